# Hundred-and-ninth held-out German real-news set (tests/data/heldout109-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 895-899). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of /work/wt-heldout*, and by the authors' names and
# distinctive phrases against the texts of all sets). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-ninth held-out set": pages of the Bundeszentrale für politische Bildung
# (bpb.de; licence BPB, CC BY-NC-ND 4.0, as in the seventy-second set): eight daily issues in the newsletter archive of its
# "Sicherheitspolitische Presseschau" (January 2019, May, June and September 2020, October 2021) and eight of its section and
# source pages ("2.2. USA", "2.4. Naher und Mittlerer Osten, Maghreb", "CNN", "NBC News", "Time", "Politico", "Foreign
# Policy", "Atlantic Council"), commented link lists whose summaries quote the linked texts (rules 530-535). The
# pages corpus held no unused stored copy of a single "Hintergrund aktuell" article, and the unused netzpolitik.org pages
# found held too few quotations. Stored copies are excerpts cut after about 2,000 characters; only complete items are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# Shared retrieval wording for the Presseschau pages (as in heldout72_articles.py).
PS_FURNITURE = ("the banner line(s) ('30 Jahre Deutsche Einheit Mehr erfahren' / 'BUNDESTAGSWAHL 2021 Mehr erfahren'), the "
                "image caption 'US-Soldaten in Afghanistan', the pager line 'suche-links1 2 … suche-rechts' and the links "
                "'Mehr lesen' dropped as furniture (rules 19, 93); source lines, section lines and linked titles kept as "
                "lines of their own (rules 18, 19)")
ARCHIVE = "https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/197065/newsletter-archiv?date="
PS = "https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/"

# --- newsletter archive: issue of 16.09.2020 ---

EMMA_P = '''Die feministische Zeitschrift Emma veröffentlicht einen Text der belarussischen Schriftstellerin Swetlana Alexijewitsch, in dem diese die russische Intelligenzija aufruft, Stellung zu den Vorkommnissen in Belarus zu beziehen. In einem weiteren Text reagiert die russische Schriftstellerin Ljudmila Ulitzkaja auf ihren Aufruf. "Die beiden Schriftstellerinnen haben einen Löwenmut – Alexijewitsch in Minsk und Ulitzkaja in Moskau – gehen da auch bald die Menschen auf die Straße?"'''
GRIGAT_P = '''Der Politikwissenschaftler Stephan Grigat fordert in der Neuen Zürcher Zeitung ein Betätigungsverbot für die Terrortruppe Hizbullah in der Schweiz. "Wenn Schweizer Politiker ihre Kampfansage an den schiitischen Islamismus ernst meinen, müssten sie auch die wirtschaftlichen und politischen Beziehungen zum iranischen Regime ins Visier nehmen und sich für die Listung der iranischen Revolutionswächter als Terrororganisation aussprechen. Wenn Rechte, Konservative und Liberale ihre mitunter betont proisraelische Haltung nicht nur als Attitüde vor sich hertragen wollen, müssten sie nicht nur die Forderungen nach einem Betätigungsverbot für den Hizbullah schnellstmöglich umsetzen, sondern eine grundlegende Wende in der schweizerischen Iran-Politik einleiten: keinerlei Kooperation mehr mit dem Ajatollah-Regime, das sich bisher auch durch Geschäfte mit Schweizer Unternehmen an der Macht halten konnte – stattdessen offene Unterstützung für jene Menschen, die sich nach einer Zukunft jenseits des iranischen Terrorstaats und des Hizbullah sehnen."'''

add(id="ho109-bpb-2020-09-16-presseschau-archiv",
    title="Links vom 16.09.2020",
    url=ARCHIVE + "1600207200",
    retrieved="same address (stored issue 'Links vom 16.09.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the third item "
              "(source line 'Der Spiegel vom 15.09.2020', title \"Germany Unable to Reach Agreement on Sanctions against "
              "Russia\"), whose summary is cut off in the stored copy ('Deutschland sei es bisher nicht gelungen, auf E'), "
              "dropped with its source line and title (rule 15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "EMMA vom 14.09.2020",
           '"Belarus: Warum schweigt ihr"',
           EMMA_P,
           "Neue Zürcher Zeitung vom 16.09.2020",
           '"Für ein europaweites Verbot des Hizbullah – und seiner Financiers"',
           GRIGAT_P],
    quotes=[('"Belarus: Warum schweigt ihr"', None),
            (cut(EMMA_P, '"Die beiden', 'Straße?"'), "Emma"),
            ('"Für ein europaweites Verbot des Hizbullah – und seiner Financiers"', None),
            (cut(GRIGAT_P, '"Wenn Schweizer', 'sehnen."'), "Stephan Grigat")],
    aliases={"Emma": ["Emma", "Zeitschrift Emma"],
             "Stephan Grigat": ["Stephan Grigat", "Der Politikwissenschaftler Stephan Grigat"]})

# --- newsletter archive: issue of 27.09.2020 ---

SPIEGEL_P = '''Von vielen Verletzten und Toten nach Gefechten in der Region Berg-Karabach berichtet der Spiegel. "Armenien hat nach Kämpfen mit dem Nachbarland Aserbaidschan in der Konfliktregion Berg-Karabach das Kriegsrecht verhängt und die Generalmobilmachung verkündet. Regierungschef Nikol Paschinjan rief seine Landsleute am Sonntag in einem Facebook-Eintrag auf, sich für die Verteidigung des 'heiligen Vaterlandes' bereit zuhalten. Zuvor hatte Aserbaidschan eine Militäroperation gegen Berg-Karabach angekündigt. Es soll zahlreiche Verletzte und rund zehn Tote unter den Soldaten in dem Südkaukasus-Gebiet geben. Es handelt sich um die schwerste Eskalation seit Jahrzehnten."'''

add(id="ho109-bpb-2020-09-27-presseschau-archiv",
    title="Links vom 27.09.2020",
    url=ARCHIVE + "1601157600",
    retrieved="same address (stored issue 'Links vom 27.09.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the section line "
              "'2.1. Deutschland / Europa' with its only item (source line 'Radio Free Europe/Radio Liberty vom "
              "24.09.2020', title \"The West Says It Won't Recognize Lukashenka As The President Of Belarus. Now What?\"), "
              "whose summary is cut off in the stored copy inside its quotation ('… the reality of the [EU's] relations "
              "with the state of'), dropped (rule 15))",
    license=BPB,
    paras=["1. Aktuelles",
           "Der Spiegel vom 27.09.2020",
           '"Schwere Kämpfe im Südkaukasus - Armenien ruft Kriegszustand aus"',
           SPIEGEL_P],
    quotes=[('"Schwere Kämpfe im Südkaukasus - Armenien ruft Kriegszustand aus"', None),
            (cut(SPIEGEL_P, '"Armenien hat', 'Jahrzehnten."'), "Der Spiegel")],
    aliases={"Der Spiegel": ["Der Spiegel", "Spiegel"]})

# --- newsletter archive: issue of 24.09.2020 ---

FISHER_P = '''Trotz andauernder Proteste gegen das offizielle Wahlergebnis in Belarus hat sich Amtsinhaber Lukaschenko in einer geheimen Zeremonie erneut als Präsident vereidigen lassen. BBC-Korrespondent Jonah Fisher berichtet: "The inauguration of Alexander Lukashenko on Wednesday morning appears to have changed the mood of both Belarus's demonstrators and the security forces. In the capital Minsk protesters were more confrontational, blocking roads and at times chasing the police vehicles away. In response, water cannon was used and masked riot police used tactics that haven't been seen since the violent days immediately after the disputed election in August. Video posted to Telegram channels shows batons being used on crowds and both men and women with bloody injuries to their heads. During his inaugural address, Mr Lukashenko spoke as if the protests that followed the election were over. That's clearly not the case."'''
DEKSNIS_P = '''In Folge 12 ihres Tagesbuches aus Minsk schreibt Olga Deksnis über Sexismus in ihrer Heimat Belarus in Zeiten der Proteste. "Politik? Auf keinen Fall! Frauen sollen lieber eine Familie gründen. Olga Deksnis erzählt von stürmischen Zeiten in Minsk."'''
DW_P = '''Eine große Anzahl belarussischer Athleten positioniert sich im Rahmen der Proteste gegen Lukaschenko, berichtet die Deutsche Welle. "Allen Risiken zum Trotz stellen sich Sportler aus Belarus gegen Präsident Alexander Lukaschenko. Die Athleten wollen Lukaschenko unter Druck zu setzen und eine Trennung von Sportlichem und Politischem erreichen."'''

add(id="ho109-bpb-2020-09-24-presseschau-archiv",
    title="Links vom 24.09.2020",
    url=ARCHIVE + "1600898400",
    retrieved="same address (stored issue 'Links vom 24.09.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the fourth item "
              "(source line 'The Washington Post vom 23.09.2020', title \"Belarusian-style revolution means clea…\"), cut off "
              "in the stored copy inside its title, dropped with its source line (rule 15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "BBC vom 24.09.2020",
           '"Belarus: Mass protests after Lukashenko secretly sworn in"',
           FISHER_P,
           "Tageszeitung vom 23.09.2020",
           '"Bleib zu Hause!"',
           DEKSNIS_P,
           "Deutsche Welle vom 22.09.2020",
           '"Belarus: Athleten vereint im Kampf gegen den "paranoiden Diktator" Lukaschenko"',
           DW_P],
    quotes=[('"Belarus: Mass protests after Lukashenko secretly sworn in"', None),
            (cut(FISHER_P, '"The inauguration', 'the case."'), "Jonah Fisher"),
            ('"Bleib zu Hause!"', None),
            (cut(DEKSNIS_P, '"Politik?', 'in Minsk."'), "Tageszeitung"),
            ('"Belarus: Athleten vereint im Kampf gegen den "paranoiden Diktator" Lukaschenko"', None),
            (cut(DW_P, '"Allen Risiken', 'erreichen."'), "Deutsche Welle")],
    aliases={"Jonah Fisher": ["Jonah Fisher", "BBC-Korrespondent Jonah Fisher"],
             "Tageszeitung": ["Tageszeitung"],
             "Deutsche Welle": ["Deutsche Welle"]})

# --- newsletter archive: issue of 17.01.2019 ---

GADBHAN_P = '''Der Migrationsforscher Ralph Gadbhan sieht die Clankriminalität als ein Integrationsproblem, das man nicht nur mit Polizeiarbeit lösen könne. Im Gespräch mit der Tageszeitung erläutert Gadbhan, warum er den Kampf gegen kriminelle Familienclans als gesamtgesellschaftliche Aufgabe sieht. "Das ist eine gesamtgesellschaftliche Aufgabe, alle staatlichen Institutionen von der Schule über Sozialdienste, Polizei bis zur Justiz müssen ihre Arbeit koordinieren. Die verstorbene Jugendrichterin Kirsten Heisig hat mit ihrem 'Neuköllner Modell' den Grundstein gelegt…"'''
AVILOV_P = '''Einer neuen Umfrage zufolge sind 75% der Russen vom "Supermacht"-Status ihres Landes überzeugt. Die Zahl habe in den vergangenen 20 Jahren stetig zugenommen, berichtet Alexander Avilov. "When asked which historical event they feel most proud of, the overwhelming majority of respondents – 87 percent – named the Soviet victory in World War II. The country’s achievements in space and the 2014 annexation of Ukraine’s Crimean peninsula, which Moscow views as reunification with Russia, lagged behind as the next most popular responses at 50 and 45 percent. Overall, 75 percent of respondents said they believe Russia is a superpower. The number has climbed steadily over the past two decades, from a low of 30 percent in November 2005. The number of respondents who say Russia must preserve its status as a great power also reached a historic high in the latest Levada survey, with 88 percent subscribing to the view, up from a low of 72 percent in April 1992."'''

add(id="ho109-bpb-2019-01-17-presseschau-archiv",
    title="Links vom 17.01.2019",
    url="http://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/197065/newsletter-archiv?date=1547679600",
    retrieved="same address (stored issue 'Links vom 17.01.2019' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the title line "
              "of the first item keeps the remnant of its link address ('\"Diese Leute bellen nicht\"!5563374/') as "
              "stored (rule 20); the section line '2.2. USA' with its first item (source line 'NBC News vom 16.01.2019', "
              "title \"Trump's governing philosophy shares more in common with Alexander Hamilton than Machiavelli\"), "
              "whose summary is cut off in the stored copy ('Keith Koffler meint, dass US-Präsident Tr'), dropped (rule "
              "15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "Tageszeitung vom 17.01.2019",
           '"Diese Leute bellen nicht"!5563374/',
           GADBHAN_P,
           "The Moscow Times vom 17.01.2019",
           '"Russians’ Belief in Country’s Superpower Status Reaches 20-Year High – Poll"',
           AVILOV_P],
    quotes=[('"Diese Leute bellen nicht"', None),
            (cut(GADBHAN_P, '"Das ist eine', 'gelegt…"'), "Ralph Gadbhan"),
            ('"Russians’ Belief in Country’s Superpower Status Reaches 20-Year High – Poll"', None),
            ('"Supermacht"', None),
            (cut(AVILOV_P, '"When asked', '1992."'), "Alexander Avilov")],
    aliases={"Ralph Gadbhan": ["Ralph Gadbhan", "Gadbhan"],
             "Alexander Avilov": ["Alexander Avilov"]})

# --- newsletter archive: issue of 20.09.2020 ---

WALESA_P = '''Gabriele Lesser im Gespräch mit dem Anführer der polnischen Friedens- und Gewerkschaftsbewegung Solidarnosc von 1980 "über Populismus, Putin und Protest".'''
LETTER_P = '''114 aktuelle und frühere Diplomaten, Militär- und Sicherheitsexperten haben in einem Offenen Brief einen Stopp der Ostseepipeline Nord Stream 2 gefordert. "Over the past decade, the Government of the Russian Federation has engaged in a litany of malign activities aimed at upending liberal democratic norms across Europe and North America. The shocking poisoning of Russian opposition leader Alexei Navalny by a variant of the weapons-grade nerve agent Novichok shows that Moscow has not been deterred by Western actions and statements and refuses to reverse its destabilizing political adventurism at home and abroad. And at the crucial moment of the ongoing demonstrations in Belarus for free and fair elections, Western values must be held up high. In light of this latest malign action, which we believe can only have been carried out or sanctioned by the Kremlin, we are calling on the European Commission, and the Governments of all European Union Member States, as well as the United States, Canada, Norway, the United Kingdom, Ukraine, Georgia, and Moldova to take immediate action to stop the Kremlin-backed Nord Stream 2 pipeline."'''
SIGNERS = "114 aktuelle und frühere Diplomaten, Militär- und Sicherheitsexperten"

add(id="ho109-bpb-2020-09-20-presseschau-archiv",
    title="Links vom 20.09.2020",
    url=ARCHIVE + "1600552800",
    retrieved="same address (stored issue 'Links vom 20.09.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the third item "
              "(source line 'The Guardian vom 18.09.2020', title \"Trump 'associates' offered Assange pardon in return for "
              "emails source, court hears\"), whose summary is cut off in the stored copy inside its quotation ('\"Two po'), "
              "dropped with its source line and title (rule 15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "Tageszeitung vom 20.09.2020",
           '''"Lech Walesa zu Protesten in Belarus: 'Die Opposition hat keine Struktur'"''',
           WALESA_P,
           "Newsweek vom 17.09.2020",
           '"Open Letter: For the Sake of Transatlantic Security, Stop Nord Stream 2"',
           LETTER_P],
    quotes=[('''"Lech Walesa zu Protesten in Belarus: 'Die Opposition hat keine Struktur'"''', None),
            ('"über Populismus, Putin und Protest"', "Tageszeitung"),
            ('"Open Letter: For the Sake of Transatlantic Security, Stop Nord Stream 2"', None),
            (cut(LETTER_P, '"Over the past', 'pipeline."'), SIGNERS)],
    aliases={"Tageszeitung": ["Tageszeitung"],
             SIGNERS: [SIGNERS]})

# --- section page "2.2. USA" ---

KORMANN_P = '''Judith Kormann berichtet über Fortschritte und Mängel im Bestreben der USA, Hackerangriffe aus Russland gegen das Wahlsystem zu verhindern. "Vor vier Jahren versuchte Russland mit Hackerangriffen die amerikanische Präsidentschaftswahl zu torpedieren. Seitdem haben die USA bei der Cybersicherheit aufgerüstet. Doch es bleiben Schwachstellen."'''

add(id="ho109-bpb-2020-10-presseschau-2-2-usa",
    title="2.2. USA",
    url=PS + "195319/2-2-usa",
    retrieved="same address (stored first page of the archive section '2.2. USA' of the bpb's Sicherheitspolitische "
              "Presseschau, October 2020; " + PS_FURNITURE + "; the section name is the title (rule 18); the second item "
              "(source line 'OZY vom 13.10.2020', title \"China: Charting a Course Between Conflict and Accommodation\"), "
              "whose summary is cut off in the stored copy inside its quotation ('… to end any dependency on Chi'), "
              "dropped with its source line and title (rule 15))",
    license=BPB,
    paras=["Neue Zürcher Zeitung vom 17.10.2020",
           '"Bedrohung durch Hackerangriffe und unsichere Wahlmaschinen – haben die USA aus den Erfahrungen von 2016 '
           'gelernt?"',
           KORMANN_P],
    quotes=[('"Bedrohung durch Hackerangriffe und unsichere Wahlmaschinen – haben die USA aus den Erfahrungen von 2016 '
             'gelernt?"', None),
            (cut(KORMANN_P, '"Vor vier', 'Schwachstellen."'), "Judith Kormann")],
    aliases={"Judith Kormann": ["Judith Kormann"]})

# --- source page "CNN", page 3 ---

WESTCOTT_P = '''Ben Westcott warnt vor den ungewollten Folgen der gegenseitigen Drohungen der USA und Nordkoreas. "While neither country is outwardly moving towards an actual war footing, military displays of power, mixed with threats and counter threats may result in an ugly outcome, Stratfor Vice President of Strategic Analysis Rodger Baker told CNN. 'The North Koreans assume that the threats will be enough to restrain US action but the US might be thinking the same thing, so you end up in a situation where a provocation from one side is seen by the other as an actual move towards war,' he said. (...) Euan Graham, director of the International Security Program at Sydney's Lowy Institute, said while the physical threat of war had not increased, every unfulfilled threat from the US did damage to its international position. 'When threats are made and not followed through US credibility suffers both in the eyes of North Korea and its allies,' Graham said. 'The US is very unlikely to engage in a preventative war against North Korea, so it's more the risk of stumbling into this because the North Koreans decide they have to escalate or they believe something US is doing is a preventative strike or a decapitation attack (against the leadership).'"'''

add(id="ho109-bpb-2017-presseschau-cnn-3",
    title=None,
    url=PS + "195540/cnn?&paginator=3",
    retrieved="same address (stored page 3 of the source 'CNN' in the bpb's Sicherheitspolitische Presseschau, items of "
              "2017; " + PS_FURNITURE + "; the stored copy shows no page name, so there is no title line (rules 18, 32); "
              "the second item (title \"16 years after 9/11: The state of the terrorist threat\"), whose summary is cut off "
              "in the stored copy inside its quotation ('… not by foreign terrorists as'), dropped with its title (rule "
              "15))",
    license=BPB,
    paras=['"Could North Korean, US threats of destruction cause an accidental war?"',
           WESTCOTT_P],
    quotes=[('"Could North Korean, US threats of destruction cause an accidental war?"', None),
            (cut(WESTCOTT_P, '"While neither', 'leadership).\'"'), "Ben Westcott")],
    aliases={"Ben Westcott": ["Ben Westcott"]})

# --- source page "NBC News" ---

MI5_P = '''Dem Chef des britischen Geheimdienstes MI5 zufolge versuchen derzeit "feindliche Mächte", britische Forschungsprojekte zur Entwicklung eines Covid-19-Impfstoffes auszuspionieren oder zu sabotieren. "British spies are trying to defend Covid-19 vaccine work against hostile powers that seek to either steal or sabotage research data in the race for the global prize of a jab that could provide immunity, the head of MI5 said on Wednesday. Oxford University’s vaccine candidate, which has been licensed to AstraZeneca, is in late stage trials, while a vaccine candidate being developed by Imperial College London is in early stage clinical trials. 'Clearly, the global prize of having a first useable vaccine against this deadly virus is a large one, so we would expect that a range of other parties around the globe would be quite interested in that research,' Security Service (MI5) Director General Ken McCallum told reporters."'''

add(id="ho109-bpb-2020-10-presseschau-nbc-news",
    title="NBC News",
    url=PS + "196142/nbc-news",
    retrieved="same address (stored first page of the source 'NBC News' in the bpb's Sicherheitspolitische Presseschau, "
              "October 2020; " + PS_FURNITURE + "; the page name is the title (rule 18); the second item (title \"Cheap "
              "drones from China, Turkey and Israel are fueling conflicts like Armenia and Azerbaijan's\"), whose summary is "
              "cut off in the stored copy inside its quotation ('… affordable ways to proj'), dropped with its title (rule "
              "15))",
    license=BPB,
    paras=['"Britain\'s spies defending Covid-19 vaccine work, MI5 chief says"',
           MI5_P],
    quotes=[('"Britain\'s spies defending Covid-19 vaccine work, MI5 chief says"', None),
            ('"feindliche Mächte"', "Ken McCallum"),
            (cut(MI5_P, '"British spies', 'told reporters."'), "NBC News")],
    aliases={"Ken McCallum": ["Ken McCallum", "Chef des britischen Geheimdienstes MI5"],
             "NBC News": ["NBC News"]})

# --- source page "Time" ---

WALCOTT_P = '''In den laufenden Verhandlungen über eine Verlängerung des New-START-Abkommens mit Russland strebe die US-Regierung vor dem Hintergrund des laufenden Wahlkampfes das umfassendste Rüstungsabkommen der Geschichte an, berichtet John Walcott. Dafür hätten die USA insgeheim auf die Vorbedingung einer Beteiligung Chinas verzichtet. "If the U.S. and Russia do hammer out some kind of new framework agreement without China, there are divisions in the Administration about how, when, where, and by whom such a deal should be announced, multiple officials tell Time. In one camp are some of Trump’s political advisers, who would like to see the President and Russian President Vladimir Putin meet before Election Day in Austria or another third country to make the announcement. (…) Others in the Administration, however, fear that another Putin-Trump meeting would rekindle the controversy over their relationship, and that with Trump trailing Democratic nominee Joe Biden in the polls, any U.S. eagerness for such a meeting would give Russia added leverage in negotiations."'''

add(id="ho109-bpb-2020-10-presseschau-time",
    title=None,
    url=PS + "196583/time",
    retrieved="same address (stored first page of the source 'Time' in the bpb's Sicherheitspolitische Presseschau, "
              "October 2020; " + PS_FURNITURE + "; the stored copy shows no page name, so there is no title line (rules 18, "
              "32); the second item (title \"Why Trump Mocked al-Baghdadi and Gave Gruesome Details of the ISIS Leader's "
              "Death\"), whose summary is cut off in the stored copy before its quotation closes ('… rather than fight.''), "
              "dropped with its title (rule 15))",
    license=BPB,
    paras=['"Trump Administration Seeks Pre-Election Win on Nuclear Arms Deal with Russia"',
           WALCOTT_P],
    quotes=[('"Trump Administration Seeks Pre-Election Win on Nuclear Arms Deal with Russia"', None),
            (cut(WALCOTT_P, '"If the U.S.', 'negotiations."'), "John Walcott")],
    aliases={"John Walcott": ["John Walcott"]})

# --- source page "Politico" ---

POLITICO_P = '''Mit der Übernahme des Repräsentantenhauses durch die Demokraten ist die Wahrscheinlichkeit eines Amtsenthebungsverfahrens gegen Präsident Trump gestiegen. Politico hat in diesem Übersichtsbeitrag wichtige Informationen über das Verfahren zusammengestellt. "As talk of the I-word heats up, here’s POLITICO Magazine’s soup-to-nuts answers to all your questions about the politics — and the practical realities — of removing a president."'''
MORGAN_P = '''US-Präsident Trump hat noch vor kurzem eine grundsätzliche Kürzung des Verteidigungshaushalts in Erwägung gezogen. Nun habe Trump dem Pentagon allerdings empfohlen, dem Kongress ein deutlich erhöhtes Budget vorzuschlagen, berichtet Wesley Morgan. "President Donald Trump has told Defense Secretary Jim Mattis to submit a $750 billion budget proposal for fiscal 2020, in a reversal from his pledge to trim defense spending, two people familiar with the budget negotiations have told POLITICO. (...) That would dwarf the $733 billion budget proposal Mattis and other top military leaders have been fighting to preserve and would represent a stunning about-face for a president who recently called the fiscal 2019 top line of $716 billion for defense spending 'crazy.'"'''

add(id="ho109-bpb-2018-presseschau-politico",
    title=None,
    url="http://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/195782/politico",
    retrieved="same address (stored first page of the source 'Politico' in the bpb's Sicherheitspolitische Presseschau, "
              "items of December 2018; " + PS_FURNITURE + "; the stored copy shows no page name, so there is no title line "
              "(rules 18, 32); the third item (title \"Europe hasn’t won the war on terror\"), whose summary is cut off in "
              "the stored copy inside its quotation ('… to measure the terrorist threat b'), dropped with its title (rule "
              "15))",
    license=BPB,
    paras=['"The Only Impeachment Guide You’ll Ever Need"',
           POLITICO_P,
           '"Trump reverses course, tells Pentagon to boost budget request to $750 billion"',
           MORGAN_P],
    quotes=[('"The Only Impeachment Guide You’ll Ever Need"', None),
            (cut(POLITICO_P, '"As talk', 'president."'), "Politico"),
            ('"Trump reverses course, tells Pentagon to boost budget request to $750 billion"', None),
            (cut(MORGAN_P, '"President Donald', 'crazy.\'"'), "Wesley Morgan")],
    aliases={"Politico": ["Politico"],
             "Wesley Morgan": ["Wesley Morgan"]})

# --- section page "2.4. Naher und Mittlerer Osten, Maghreb" ---

KHAYTI_P = '''Die Deutsche Welle porträtiert die mit dem Covid-19-Virus infizierte Leiterin eines Frauenzentrums im syrischen Idlib. "Seit dem Frühjahr 2018 leitet Huda Khayti ein Frauenzentrum in Idlib. Sie selbst war damals allein nach Idlib gekommen als demokratische Oppositionelle und Rebellengruppen gleichermaßen in die Provinz gebracht wurden, die von der extremistisch-islamistischen Gruppe Hayat Tahrir al-Scham (HTS) kontrolliert wird - weit weg vom Assad-Regime. Idlib ist damit die letzte verbliebene Rebellenhochburg Syriens. Huda Khayti klingt ein bisschen verzweifelt über die Tatsache, dass sie sich infiziert hat, denn im Frauenzentrum steht das Thema Corona-Aufklärung an oberster Stelle. Dort reden die Mitarbeiterinnen mit den Frauen über Corona-Symptome, über die nötige Hygiene, über Abstandsregeln und auch wie Masken selber gemacht werden können. 'Ich trage eigentlich immer Maske und halte Abstand, aber es hat mich eben doch erwischt', sagte sie."'''
DLF_P = '''Wie sind die Abkommen zwischen Israel und den Golfstaaten sicherheitspolitisch einzustufen, fragen Benjamin Hammer und Carsten Kühntopp im Deutschlandfunk. "Im September unterzeichnete Israel Abkommen mit den Vereinigten Arabischen Emiraten und Bahrain. Doch hinter dem 'Friedensdeal' sehen Kritiker eine Mobilmachung gegen den gemeinsamen Feind Iran – und die Palästinenser fühlen sich verraten."'''

add(id="ho109-bpb-2020-10-presseschau-2-4-naher-osten",
    title="2.4. Naher und Mittlerer Osten, Maghreb",
    url=PS + "195321/2-4-naher-und-mittlerer-osten-maghreb?paginator=0",
    retrieved="same address (stored first page of the archive section '2.4. Naher und Mittlerer Osten, Maghreb' of the bpb's "
              "Sicherheitspolitische Presseschau, October 2020; " + PS_FURNITURE + "; the section name is the title (rule "
              "18); the address lines of the linked texts ('https://p.dw.com/p/3kLDi' and the Deutschlandfunk address, "
              "broken over two lines) dropped as furniture (as in the seventy-second set); the third item (source line "
              "'Al-Monitor vom 22.10.2020', title \"Turkey’s withdrawal in Idlib may be omen of war\"), cut off in the stored "
              "copy inside its address line, dropped with its source line and title (rule 15))",
    license=BPB,
    paras=["Deutsche Welle vom 24.10.2020",
           '"Eine Coronavirus-Infektion im Kriegsgebiet"',
           KHAYTI_P,
           "Deutschlandfunk vom 23.10.2020",
           '"Friedensdeal oder Risiko für die Region?"',
           DLF_P],
    quotes=[('"Eine Coronavirus-Infektion im Kriegsgebiet"', None),
            (cut(KHAYTI_P, '"Seit dem', 'sagte sie."'), "Deutsche Welle"),
            ('"Friedensdeal oder Risiko für die Region?"', None),
            (cut(DLF_P, '"Im September', 'verraten."'), "Benjamin Hammer")],
    aliases={"Deutsche Welle": ["Deutsche Welle"],
             "Benjamin Hammer": ["Benjamin Hammer", "Carsten Kühntopp"]})

# --- newsletter archive: issue of 25.05.2020 ---

MASON_P = '''Paul Mason kann sich vorstellen, dass die derzeitigen Pläne der britischen Regierung zum Brexit dazu dienen sollen, vom eigenen Versagen in der Corona-Krise abzulenken. "(...) die Versuchung für Johnson ist groß. Die britische Staatsverschuldung dürfte auf über 100 Prozent des Bruttoinlandsprodukts steigen, und er hat seinem Kabinett versprochen, nicht zur Sparpolitik zurückzukehren, die in den letzten zehn Jahren die Regierungspolitik seiner Partei prägte. Daher zeichnet sich ab, dass er versuchen könnte, die Kosten einer plötzlichen Umkehr zu den Bedingungen der Welthandelsorganisation im Jahr 2021 unter dem deutlich größeren wirtschaftlichen Scherbenhaufen durch den Lockdown zu verstecken."'''
PAULUS_P = '''Im Gegensatz zu vielen anderen Regierungschefs verzichte Bundeskanzlerin Merkel in ihren Anmerkungen zur Coronakrise auf Kriegsmetaphern, stellt Dagmar Paulus fest. "Many political leaders around the world have reached for the imagery of conflict to describe the coronavirus pandemic. In France, President Emmanuel Macron said his nation was at war with an invisible enemy. Over in the US, President Donald Trump positively revels in the idea of being a 'wartime president'. In the UK, Prime Minister Johnson has spoken of the virus as an 'enemy and even said that 'we must act like any wartime government' to protect the economy. But in Germany this kind of language is not circulating. The virus is not an 'enemy', and the process of containing it is not a war. Perhaps there’s a tendency among German politicians to avoid war metaphors for historical reasons. There may be a feeling that it does not go down well nationally and internationally if German political leaders speak about war, even metaphorically."'''

add(id="ho109-bpb-2020-05-25-presseschau-archiv",
    title="Links vom 25.05.2020",
    url=ARCHIVE + "1590357600",
    retrieved="same address (stored issue 'Links vom 25.05.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the stored copy "
              "ends after the second item with the cut-off link 'Mehr ', dropped as furniture)",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "ipg-journal vom 22.05.2020",
           '"Inszenierte Eskalation"',
           MASON_P,
           "The Conversation vom 22.05.2020",
           '"How politicians talk about coronavirus in Germany, where war metaphors are avoided"',
           PAULUS_P],
    quotes=[('"Inszenierte Eskalation"', None),
            (cut(MASON_P, '"(...) die', 'verstecken."'), "Paul Mason"),
            ('"How politicians talk about coronavirus in Germany, where war metaphors are avoided"', None),
            (cut(PAULUS_P, '"Many political', 'metaphorically."'), "Dagmar Paulus")],
    aliases={"Paul Mason": ["Paul Mason"],
             "Dagmar Paulus": ["Dagmar Paulus"]})

# --- newsletter archive, undated address: issue of 22.10.2021 ---

BUBROWSKI_P = '''Im Cyberraum seien dem Lagebericht 2021 des Bundesamts für Sicherheit in der Informationstechnik (BSI) zufolge immer mehr kriminelle Attacken zu verzeichnen, berichtet Helene Bubrowski. "In Teilbereichen der Informationssicherheit herrsche schon 'Alarmstufe Rot', sagt BSI-Präsident Arne Schönbohm. Bundesinnenminister Horst Seehofer (CSU) äußerte die Einschätzung, dass die Gefährdungslage in Deutschland weiter angespannt bleibe. Grund dafür sei die zunehmende Digitalisierung, die Cyberkriminellen immer mehr Angriffsziele biete. (…) Die Angriffe würden nicht nur zahlreicher und folgenschwerer, sondern auch professioneller."'''
KUHN_P = '''Die nächste Bundesregierung habe im Bereich Cybersicherheit die Chance, einen neuen Kurs einzuschlagen, argumentiert Johannes Kuhn. "Ein BSI [Bundesamt für Sicherheit in der Informationstechnik] zu entwickeln, das ausreichend Kompetenz und Ausstattung hat, um Staat, Wirtschaft und Gesellschaft bei der Minimierung von Cyberrisiken zu unterstützen. Und das dabei keine Zweifel an seiner Vertrauenswürdigkeit aufkommen lässt."'''

add(id="ho109-bpb-2021-10-22-presseschau-archiv",
    title="Links vom 22.10.2021",
    url="https://www.bpb.de/internationales/weltweit/sicherheitspolitische-presseschau/197065/newsletter-archiv",
    retrieved="same address (the undated address of the newsletter archive of the bpb's Sicherheitspolitische Presseschau, "
              "which showed the issue 'Links vom 22.10.2021' when stored; " + PS_FURNITURE + "; the date line of the issue "
              "is the first line (rule 18); the address lines of the linked texts (the FAZ and Deutschlandfunk addresses, "
              "the latter broken over two lines) dropped as furniture; the third item (source line 'Zeit Online vom "
              "21.10.2021', title \"Merkel wirft Lukaschenko staatlichen Menschenhandel vor\"), whose summary is cut off in "
              "the stored copy inside its quotation ('\"Damit wolle man deutlich machen, 'dass wi'), dropped with its source "
              "line and title (rule 15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "Frankfurter Allgemeine Zeitung vom 22.10.2021",
           '"Anzahl der Cyberangriffe weiter gestiegen"',
           BUBROWSKI_P,
           "Deutschlandfunk vom 21.10.2021",
           '"Chance für eine Richtungsänderung"',
           KUHN_P],
    quotes=[('"Anzahl der Cyberangriffe weiter gestiegen"', None),
            (cut(BUBROWSKI_P, '"In Teilbereichen', 'professioneller."'), "Helene Bubrowski"),
            ('"Chance für eine Richtungsänderung"', None),
            (cut(KUHN_P, '"Ein BSI', 'lässt."'), "Johannes Kuhn")],
    aliases={"Helene Bubrowski": ["Helene Bubrowski"],
             "Johannes Kuhn": ["Johannes Kuhn"]})

# --- newsletter archive: issue of 29.06.2020 ---

MANZ_P = '''Eva-Maria Manz stellt die Arbeit des Stuttgarter Streetworkers Serkan Bicen vor, der in der schwäbischen Stadt mit Jugendlichen aus schwierigen Verhältnissen arbeitet. "Glaubt man Bicen, so hat die Gewalt des vergangenen Wochenendes auch einen Riss offenbart, der sich durch die Stadt zieht. Auf der einen Seite die Jugendlichen vom Eckensee, die dort feiern wollen, weil sie nicht genug Geld haben, um in Bars und Clubs zu gehen. Auf der anderen Seite eine Stadtgesellschaft, die die Jugendlichen zum Großteil nur als Problem begreift, das möglichst bald verschwinden müsse. 'Respektlos', so empfindet Bicen das Verhalten vor allem der Polizei gegenüber den Jugendlichen."'''

add(id="ho109-bpb-2020-06-29-presseschau-archiv",
    title="Links vom 29.06.2020",
    url=ARCHIVE + "1593381600",
    retrieved="same address (stored issue 'Links vom 29.06.2020' in the newsletter archive of the bpb's Sicherheitspolitische "
              "Presseschau; " + PS_FURNITURE + "; the date line of the issue is the first line (rule 18); the second item "
              "(source line 'European Council on Foreign Relations vom 24.06.2020', title \"Europe’s pandemic politics: How "
              "the virus has changed the public’s worldview\"), whose summary is cut off in the stored copy inside its "
              "quotation ('… joint foreign policy, co'), dropped with its source line and title (rule 15))",
    license=BPB,
    paras=["2.1. Deutschland / Europa",
           "Zeit Online vom 28.06.2020",
           '"Eine Stadt hadert mit ihren Jugendlichen"',
           MANZ_P],
    quotes=[('"Eine Stadt hadert mit ihren Jugendlichen"', None),
            (cut(MANZ_P, '"Glaubt man', 'Jugendlichen."'), "Eva-Maria Manz")],
    aliases={"Eva-Maria Manz": ["Eva-Maria Manz"]})

# --- source page "Foreign Policy" ---

COOK_P = '''US-Außenminister Pompeo hat der irakischen Regierung damit gedroht, dass die USA sich aus ihrer Botschaft in der schwer befestigten Green Zone in Bagdad zurückziehen könnten. Steven A. Cook hält diesen Schritt für überfällig. "To the extent that any Americans think about Iraq or the U.S. Embassy in Baghdad these days, they likely envision a building, but it is much more than that. The compound, which is only slightly smaller than Disneyland, features 20 office buildings, six apartment blocks, and various amenities for the staff, which at one time numbered 16,000. The tab for the complex’s completion was $750 million. It is the physical manifestation of American hubris in Iraq. And, unlike Disneyland, no dreams came true there. The next administration should shut down the compound and hand it over to the Iraqis. The grounds would make a fine addition to the University of Baghdad. (…) There is, however, an important mission that the United States should sustain in Iraq: security, specifically the related efforts to keep extremists at bay and ensure Iraqi sovereignty. These goals are intertwined with each other, and they require significant American attention."'''

add(id="ho109-bpb-2020-10-presseschau-foreign-policy",
    title="Foreign Policy",
    url=PS + "195538/foreign-policy",
    retrieved="same address (stored first page of the source 'Foreign Policy' in the bpb's Sicherheitspolitische "
              "Presseschau, October 2020; " + PS_FURNITURE + "; the page name is the title (rule 18); the second item "
              "(title \"Is Turkey’s Military Overstretched?\"), whose summary is cut off in the stored copy inside its "
              "quotation ('… being occupied and regarde'), dropped with its title and the marked words \"militärischer "
              "Abenteuer\" of its summary (rule 15))",
    license=BPB,
    paras=['"America’s Iraqi Embassy Is a Monstrosity Out of Time"',
           COOK_P],
    quotes=[('"America’s Iraqi Embassy Is a Monstrosity Out of Time"', None),
            (cut(COOK_P, '"To the extent', 'attention."'), "Steven A. Cook")],
    aliases={"Steven A. Cook": ["Steven A. Cook"]})

# --- source page "Atlantic Council" ---

KEFF_P = '''Roderick Kefferpütz, stellvertretender Leiter des Grundsatz- und Strategiereferats im baden-württembergischen Staatsministerium, analysiert die Aussichten auf eine Annäherung der amerikanischen und deutschen China-Politik. "The upcoming US and German elections could offer a window of opportunity to relaunch transatlantic relations, with at least one, if not two, new leaders on both sides of the Atlantic. Many actors in the German political establishment have started to understand — perhaps indeed due to the Trump administration’s aggressive style, but also because of Beijing’s new diplomatic aggression — that new geopolitical realities mean that business-as-usual is not an option anymore with China. The 'pro-engagement with China' camp in Germany, led by Chancellor Angela Merkel, is on the wane. The need to consider geopolitics alongside economics is gaining traction, as well as the need for more military spending. Simultaneously, the US approach towards Germany should change, as when you treat your allies like vassals, you risk losing them."'''

add(id="ho109-bpb-2020-presseschau-atlantic-council",
    title="Atlantic Council",
    url=PS + "196306/atlantic-council",
    retrieved="same address (stored first page of the source 'Atlantic Council' in the bpb's Sicherheitspolitische "
              "Presseschau, items of 2020; " + PS_FURNITURE + "; the page name is the title (rule 18); the second item "
              "(title \"Why U.S. global leadership rests on how it manages anti-racism upheavals\"), whose summary is cut "
              "off in the stored copy inside its quotation ('… viewing this period as a lit'), dropped with its title "
              "(rule 15))",
    license=BPB,
    paras=['"Can the US and Germany finally see eye to eye on China?"',
           KEFF_P],
    quotes=[('"Can the US and Germany finally see eye to eye on China?"', None),
            (cut(KEFF_P, '"The upcoming', 'losing them."'), "Roderick Kefferpütz")],
    aliases={"Roderick Kefferpütz": ["Roderick Kefferpütz"]})
