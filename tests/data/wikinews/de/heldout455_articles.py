# Four-hundred-and-fifty-fifth held-out German real-news set (tests/data/heldout455-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2370-2372). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifty-fifth held-out set": nine news items and statements of the
# Council of Europe on its portal coe.int/de (one of them read through the portal's language switch), 2017 to 2023: the
# elections of the PACE Presidents Stella Kyriakides (2017) and Michele Nicoletti (2018) and of the Congress President Marc
# Cools (2023), the Congress President Gudrun Mosler-Törnström opening the 32nd Congress session (2017), the Secretary
# General Marija Pejčinović Burić on her annual report 2020, before PACE members during the pandemic and at the opening of
# the World Forum for Democracy 2023, the Deputy Secretary General Gabriella Battaini-Dragoni before the 75th anniversary of
# the liberation of Auschwitz-Birkenau (2020), and the statement of the Chair of the Committee of Ministers Thórdís Kolbrún
# Reykfjörd Gylfadóttir one year after Russia's expulsion (2023); licence COE (excerpts of under 500 words of one item,
# reproduced unchanged with the address and the Council of Europe named). No press release of the European Parliament or of
# the European Economic and Social Committee is in the set: the stored copies found were all in earlier sets or carried no
# usable quotation (see SOURCES.md). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 93, 2372), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


NICOLETTI = "Michele Nicoletti"
KYRIAKIDES = "Stella Kyriakides"
COOLS = "Marc Cools"
MOSLER = "Gudrun Mosler-Törnström"
BURIC = "Marija Pejčinović Burić"
BATTAINI = "Gabriella Battaini-Dragoni"
GYLFADOTTIR = "Thórdís Kolbrún Reykfjörd Gylfadóttir"

# --- January 2018: Michele Nicoletti elected PACE President; a partial quotation in apposition, then a cue-less
#     quotation paragraph that continues him ---

NI_P4 = ("In seiner Antrittsrede rief der neu gewählte Präsident zu einer stärkeren Einheit des Europarates auf, einer "
         "„einzigartigen europäischen Institution, die 47 Staaten um die Werte der Menschenrechte, der Demokratie und der "
         "Rechtsstaatlichkeit, sowie um die Anerkennung des Europäischen Gerichtshofs für Menschenrechte versammelt“.")
NI_P5 = ("„In Zeiten enormer Herausforderungen – vom Terrorismus bis zur Migration, von alten und neuen Formen der Armut bis "
         "zum Misstrauen gegenüber repräsentativen Institutionen, vom Wiederaufleben von Rassismus und Fremdenfeindlichkeit "
         "bis zur immensen Einsamkeit so vieler Menschen – müssen wir der Versuchung des nationalistischen Rückzugs und des "
         "Chauvinismus, müssen wir Konflikten und zentrifugalen Kräften widerstehen, indem wir die Notwendigkeit von Frieden "
         "und Gerechtigkeit auf unserem Kontinent bekräftigen.“")

add(id="ho455-coe-2018-01-nicoletti-pace-praesident",
    title=None,
    url="https://coe.int/de/web/portal/-/michele-nicoletti-from-italy-elected-new-pace-president",
    retrieved="same address (news item of the Council of Europe of 22 January 2018 on the election of Michele Nicoletti as "
              "PACE President; the stored copy begins with the first paragraph and shows no headline, so the text has no "
              "title line (rules 18, 32); the three link lines after the last paragraph ('- Lesen Sie den ganzen Artikel - "
              "Michele Nicoletti from Italy elected new PACE President', '- Webseite des neuen Präsidenten Michele "
              "Nicoletti', '- Antrittsrede von Michele Nicoletti') dropped as furniture (rule 2372); complete as stored "
              "otherwise)",
    license=COE,
    paras=["Der Italiener Michele Nicoletti (Italien, SOC) wurde soeben zum Präsidenten der Parlamentarischen Versammlung des "
           "Europarates (PACE) gewählt.",
           "Er folgt damit auf Stella Kyriakides (Zypern, PPE/DC) und wird der 31. Präsident der PACE seit der Gründung des "
           "Europarates im Jahre 1949, und der zweite Italiener in diesem Amt.",
           "Es gab keine Gegenkandidaten. Entsprechend der Geschäftsordnung der Versammlung hat der Präsident eine Amtszeit "
           "von einem Jahr, die einmal verlängert werden kann.",
           NI_P4,
           NI_P5],
    # the marked apposition is a phrase of his inaugural speech (rule 3); the next paragraph, a quotation without a cue,
    # continues the speech the paragraph before reports (NOTES.md continuation); Stella Kyriakides, his predecessor, says
    # nothing in marks
    quotes=[(cut(NI_P4, "„einzigartigen", "versammelt“"), NICOLETTI),
            (NI_P5, NICOLETTI)],
    aliases={NICOLETTI: ["Michele Nicoletti", "Der Italiener Michele Nicoletti", "neu gewählte Präsident"]})

# --- October 2017: Stella Kyriakides elected PACE President after Pedro Agramunt's resignation ---

KY_P4 = ("„Die Wahl erfolgt in einer außergewöhnlichen Zeit für die Versammlung – einer Zeit, in der unsere Glaubwürdigkeit und "
         "Integrität bezweifelt werden. Einer Zeit, in der die Tätigkeit der Versammlung auf oftmals falsche Art und Weise im "
         "Blickpunkt der Öffentlichkeit steht. Dies führt dazu, dass die Grundsätze von Transparenz und Integrität der "
         "Institutionen des Europarates infrage stehen. Es handelt sich um Herausforderungen und Verantwortlichkeiten, die "
         "wir alle gemeinsam übernehmen müssen. In erster Linie jedoch obliegen sie mir als neu gewählter Präsidentin der "
         "Versammlung“, erklärte Kyriakides.")

add(id="ho455-coe-2017-10-10-kyriakides-pace-praesidentin",
    title="Stella Kyriakides zur Präsidentin der Parlamentarischen Versammlung gewählt",
    url="https://coe.int/de/web/portal/-/stella-kyriakides-elected-pace-president?p_l_back_url=%2Fde%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D4%26start%3D684",
    retrieved="same address (news item of the Council of Europe of 10 October 2017; the link word 'Zurück' before the "
              "heading and the repeated heading dropped (rule 93), the heading kept once as title; trailing spaces at the "
              "ends of two paragraphs dropped; the link line 'Vollständiger Artikel – Stella Kyriakides zur Präsidentin der "
              "Parlamentarischen Versammlung gewählt' dropped as furniture (rule 2372); the footer line 'Sitzung der "
              "Parlamentarischen Versammlung Straßburg 10. Oktober 2017' and the page's French buttons ('Diminuer la taille "
              "du texte', 'Augmenter la taille du texte', 'Imprimer la page') dropped)",
    license=COE,
    paras=["Stella Kyriakides (Zypern, EPP/CD) ist heute nach dem Rücktritt von Pedro Agramunt (Spanien, EVP/CD) am 6. "
           "Oktober 2017 zur neuen Präsidentin der Parlamentarischen Versammlung des Europarates gewählt worden.",
           "Gegenüber ihrem Herausforderer, Emanuelis Zingeris (Litauen, EPP/CD) erzielte sie in der dritten Wahlrunde die "
           "klare Mehrheit. Bis zur Eröffnung der nächsten ordentlichen Sitzung in Straßburg vom 22. bis 26. Januar 2018 "
           "wird sie ihr Amt ausüben.",
           "Seit 1949 ist Kyriakides die 30. Präsidentin der Versammlung. Sie ist die erste Zypriotin und die dritte Frau, "
           "die dieses Amt übernimmt.",
           KY_P4],
    # Pedro Agramunt (her predecessor) and Emanuelis Zingeris (her rival) are named and say nothing in marks
    quotes=[(cut(KY_P4, "„Die Wahl", "Versammlung“"), KYRIAKIDES)],
    aliases={KYRIAKIDES: ["Stella Kyriakides", "Kyriakides"]})

# --- October 2023: Marc Cools elected Congress President; the outgoing President Leendert Verbeek is named in the first
#     quotation and in apposition, and the second quotation is closed by `so der Präsident` (rule 2370) ---

CO_P2 = ("Präsident Cools hob die Arbeit des Kongresses unter der Leitung des scheidenden Präsidenten, Leendert Verbeek "
         "(Niederlande, SOC/G/PD), hervor: „Präsident Verbeek hat sehr viel Zeit und Energie in unseren Kongress investiert, "
         "und er hat auch Ergebnisse für ihn erzielt, insbesondere auf dem Gipfeltreffen in Reykjavik.“")
CO_P3 = ("Er betonte, dass seine Vision des Mandats darin bestehe, die bereits geleistete Arbeit fortzusetzen und gemeinsam "
         "daran zu arbeiten, die kommunale und regionale Demokratie in ganz Europa zu fördern. Cools erklärte, dass die Nähe "
         "von gewählten Vertreterinnen und Vertretern zur Bevölkerung auf lokaler Ebene eine lebendige Demokratie ausmache: "
         "„Es müssen neue Wege gefunden werden, um die Bürger direkt in die Beratungen einzubeziehen und die "
         "Entscheidungsfindung so nah wie möglich an sie heranzubringen“, so der Präsident, der auch eine Aufstockung der "
         "Mittel und des Personals des Kongresses forderte, damit dieser seinen Auftrag und das beim Reykjavik-Gipfel "
         "erteilte Mandat erfüllen kann.")

add(id="ho455-coe-2023-10-24-cools-kongresspraesident",
    title="Kongress wählt neuen Präsidenten",
    url="https://coe.int/fr/c/portal/update_language?languageId=de_DE&p_l_id=8610431&redirect=%2Ffr%2Fweb%2Fportal%2F-%2F"
        "congress-elects-new-president%3Fp_l_back_url%3D%252Fde%252Fweb%252Fportal%252Fnewsroom%253Fdelta%253D3%2526start"
        "%253D157",
    retrieved="same address (German version of the news item of 24 October 2023, reached through the portal's language "
              "switch; the link word 'Zurück' before the heading and the repeated heading dropped (rule 93), the heading kept "
              "once as title; the three link lines 'Tagesordnung der 45. Kongresssitzung [EN]', 'Webseite zur Sitzung [EN]' "
              "and 'Rede des Kongresspräsidenten, Marc Cools [EN]' dropped as furniture (rule 2372); the footer line "
              "'Kongresssitzung Strassburg 24. Oktober 2023' and the page's French buttons dropped)",
    license=COE,
    paras=["Die Mitglieder des Kongresses der Gemeinden und Regionen des Europarates haben Marc Cools (Belgien, GILD) für eine "
           "Amtszeit von zweieinhalb Jahren zum neuen Präsidenten des Kongresses gewählt. Cools ist Gemeinderat von Uccle und "
           "Ehrenvizepräsident des Brüsseler Parlaments und war zuvor Vorsitzender der Fraktion der Unabhängigen und "
           "Liberaldemokraten im Kongress.",
           CO_P2,
           CO_P3],
    # both quotations are the new President's: the first after his colon introduction (rule 9 with a verb), the second
    # after `Cools erklärte, …:` and closed by `so der Präsident` (rule 2370); the bare `Präsident` names Verbeek as well
    # and is no alias (rule 44)
    quotes=[(cut(CO_P2, "„Präsident Verbeek", "Reykjavik.“"), COOLS),
            (cut(CO_P3, "„Es müssen", "heranzubringen“"), COOLS)],
    aliases={COOLS: ["Marc Cools", "Cools", "Präsident Cools"]})

# --- March 2017: Congress President Gudrun Mosler-Törnström opens the 32nd session; a headline quotation under her name,
#     two partial quotations in dass-clauses and two quotations separated from them by the editor's `[…]` (rule 2371) ---

MO_TITLE = "Gudrun Mosler-Törnström: „Gebietskörperschaften sind für die demokratische Stabilität in Europa entscheidend“"
MO_P1 = ("In ihrer Mitteilung bei der Eröffnung der 32. Sitzung des Kongresses der Gemeinden und Regionen (Straßburg, 28. bis "
         "30. März 2017) erinnerte Präsidentin Gudrun Mosler-Törnström daran, dass „Kommunal- und Regionalbehörden für einen "
         "erheblichen Teil der öffentlichen Maßnahmen in ihren Staaten verantwortlich sind“.")
MO_P2 = ("Sie brachte ihre Besorgnis hinsichtlich der Lage in den Mitgliedsstaaten und insbesondere jene der lokalen und "
         "regionalen Demokratie zum Ausdruck und unterstrich, dass „das Europa der Demokratie und das Europa der Werte in "
         "Gefahr sind“. […] „Wenn ich erfahre, dass gewählte Bürgermeister festgenommen und durch Beamte ersetzt werden und "
         "der Zentralregierung Befugnisse übertragen werden, wenn der Wind der Rezentralisierung weht, habe ich das Gefühl, "
         "dass unser großes Ziel untergraben wird“, erklärte sie und fügte hinzu, dass diese Entwicklungen kein "
         "unausweichliches Schicksal seien.")
MO_P3 = ("Sie rief die kommunalen und regionalen Mandatsträger und den gesamten Kongress dazu auf, jeder Form des Rückzugs der "
         "Kommunalverwaltung entgegenzutreten. „Wir müssen uns einsetzen und unsere Hauptstädte davon überzeugen, dass die "
         "Krisen, durch die wir gehen, durch ein gemeinsames, abgestimmtes und konkretes Vorgehen überwunden werden können. "
         "Zu diesem können und müssen wir, die gewählten Vertreter und des Kongresses, beitragen“, führte sie abschließend aus "
         "und hob dabei hervor, dass die Fortschritte auf dem Weg zur kommunalen und regionalen Selbstverwaltung ein "
         "wichtiger Beitrag zur demokratischen Stabilität des Kontinents seien.")

add(id="ho455-coe-2017-03-28-mosler-toernstroem-kongresssitzung",
    title=MO_TITLE,
    url="https://coe.int/de/web/portal/-/gudrun-mosler-tornstrom-local-and-regional-authorities-are-essential-to-the-"
        "democratic-stability-of-europe-?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D40",
    retrieved="same address (news item of the Council of Europe of 28 March 2017; the link word 'Zurück' before the heading "
              "and the repeated heading dropped (rule 93), the heading kept once as title; an empty list bullet, the footer "
              "line 'Sitzung des Kongresses der Gemeinden und Regionen Straßburg 28. März 2017' and the page's French buttons "
              "dropped; the published editorial ellipsis '[…]' and the published 'die gewählten Vertreter und des Kongresses' "
              "kept (rules 20, 2371); complete as stored)",
    license=COE,
    paras=[MO_P1, MO_P2, MO_P3],
    # the headline quotation is the named person's (rule 54); the marked dass-clauses are her words (rule 3); the `[…]`
    # between two quotations is the editor's omission and belongs to neither span (rule 2371)
    quotes=[(cut(MO_TITLE, "„Gebietskörperschaften", "entscheidend“"), MOSLER),
            (cut(MO_P1, "„Kommunal-", "sind“"), MOSLER),
            (cut(MO_P2, "„das Europa", "sind“"), MOSLER),
            (cut(MO_P2, "„Wenn ich", "wird“"), MOSLER),
            (cut(MO_P3, "„Wir müssen", "beitragen“"), MOSLER)],
    aliases={MOSLER: ["Gudrun Mosler-Törnström", "Präsidentin Gudrun Mosler-Törnström"]})

# --- 2020: the Secretary General presents her annual report; two quotations closed with `”` (rule 2208) ---

BR_P2 = ("„Unsere wertebasierte Unterstützung und Hilfestellung für unsere Mitgliedsstaaten bei der Wahrung von "
         "Menschenrechten, Demokratie und Rechtsstaatlichkeit während der Krise ist ein Musterbeispiel für Multilateralismus "
         "und warum wir ihn schützen müssen. In diesem Sinne haben wir den Stresstest erfolgreich bestanden”, erklärte "
         "Generalsekretärin Marija Pejčinović Burić bei einem Pressetermin.")
BR_P4 = ("Die Generalsekretärin betonte dabei auch die Notwendigkeit weiterer Reformen. „Ich möchte den Europarat noch "
         "stärker machen, noch wirkungsvoller, um aktuelle und kommende Herausforderungen bewältigen zu können”, sagte sie und "
         "erwähnte die Gleichstellung der Geschlechter, die Bekämpfung von Hassrede und Hassverbrechen, sowie Künstliche "
         "Intelligenz als vorrangige Anliegen der Organisation.")

add(id="ho455-coe-2020-buric-jahresbericht-covid",
    title=None,
    url="https://coe.int/de/web/portal/-/multiculturalism-2020-secretary-general-publishes-annual-report?p_l_back_url=%2Fru"
        "%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D23",
    retrieved="same address (news item of the Council of Europe on the Secretary General's annual report of 2020, which "
              "covers May 2019 to the pandemic of 2020; the stored copy begins with the first paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); complete as stored)",
    license=COE,
    paras=["Der Europarat hat sich während der Covid-19-Pandemie als wesentlicher und unerlässlicher Garant der Menschenrechte "
           "erwiesen. Zu diesem Schluss kommt der jüngste Bericht der Generalsekretärin, der die Arbeit des Europarates von "
           "der Ministerkonferenz in Helsinki im Mai 2019 bis zur Reaktion der Organisation auf die Covid-19-Pandemie 2020 "
           "zusammenfasst.",
           BR_P2,
           "Der Bericht beschreibt im Detail die Richtlinien und Hilfestellungen, die der Europarat seinen Mitgliedsstaaten "
           "während der Gesundheitskrise zur Verfügung stellte und stellt, darunter auch das so genannte Toolkit, mit dem "
           "sichergestellt wird, dass die von den Mitgliedsstaaten während der Krise ergriffenen Maßnahmen in einem "
           "angemessenen Verhältnis zur Bedrohung durch die Verbreitung des Virus stehen und zeitlich begrenzt bleiben.",
           BR_P4],
    # each quotation opens with „ and closes with ” (rule 2208); `sagte sie` after a sentence with the Secretary General as
    # subject (rule 8)
    quotes=[(cut(BR_P2, "„Unsere", "bestanden”"), BURIC),
            (cut(BR_P4, "„Ich möchte", "können”"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})

# --- 2021: the Secretary General before PACE members on the Council of Europe's help during the pandemic; headline
#     quotation under the bare office (rules 1965, 2030) ---

CP_TITLE = ("Generalsekretärin vor Mitgliedern der Parlamentarischen Versammlung: „In der Coronakrise sind wir dort, wo man "
            "uns braucht“")
CP_P1 = ("Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat in einer Rede vor Mitgliedern der "
         "Parlamentarischen Versammlung (PACE) betont, dass der Europarat seit Beginn der Coronakrise in Europa die "
         "Mitgliedsstaaten nicht nur beratend unterstützt, sondern ihnen auch materielle Hilfe zur Verfügung stellt. „Wir "
         "haben Informationen ausgetauscht und Anleitungen und Standards aus unserem Arzneibuch für Personen, die an der "
         "Entwicklung von Covid-19-Impfstoffen arbeiten, temporär frei zugänglich gemacht. Wir haben Leitlinien herausgegeben, "
         "um sie bei der Qualitätskontrolle zu unterstützen. Wir haben Gefängnisverwaltungen in ganz Europa über 52 000 "
         "Schutzausrüstungen geliefert, darunter Sauerstoffgeneratoren, Schutzmasken, Gesichtsschutzschilde und "
         "Schutzanzüge“, erklärte Pejčinović Burić.")

add(id="ho455-coe-2021-buric-pace-coronakrise",
    title=CP_TITLE,
    url="https://coe.int/de/web/portal/-/secretary-general-tells-pace-during-covid-we-have-been-present-where-people-need-us-"
        "?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D15",
    retrieved="same address (news item of the Council of Europe on the Secretary General's exchange with PACE "
              "members, undated in the stored copy and placed in 2021 by the vaccines and vaccination certificates it "
              "discusses; the link word 'Zurück' before the heading and the repeated heading dropped (rule 93), the heading "
              "kept once as title; the fifth paragraph 'Aus der Oviedo-Konvention geht klar hervor, dass … während die "
              "Europäische Menschenrechtskommission eine strenge Prüfung der Recht- und V', cut off in the stored copy, "
              "dropped (rule 15); the published space in '52 000' kept)",
    license=COE,
    paras=[CP_P1,
           "Die Entwicklungsbank des Europarates hat mehr als 3 Milliarden Euro in über 20 covidbezogene Notfallprojekte "
           "investiert und Sozialanleihen herausgegeben, um die Mitgliedsstaaten dabei zu unterstützen, die sozialen und "
           "wirtschaftlichen Folgen der Pandemie zu lindern.",
           "Die Generalsekretärin hinterfragte, ob es hinnehmbar wäre, wenn die Länder die Impfung für alle oder nur für "
           "bestimmte Gruppen verpflichtend machen oder wenn sie Impfbescheinigungen ausstellen, die Geimpften größere "
           "Freiheiten ermöglichen. Sie unterstrich, dass dies komplexe Fragen mit einer erheblichen menschenrechtlichen "
           "Dimension seien."],
    # the headline quotation under the bare office is the office-holder's the body names (rules 1965, 2030), although the
    # body does not repeat its words; her questions and remarks in the last paragraph are indirect speech without marks
    # (rule 5)
    quotes=[(cut(CP_TITLE, "„In der", "braucht“"), BURIC),
            (cut(CP_P1, "„Wir haben", "Schutzanzüge“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin",
                     "Die Generalsekretärin des Europarates"]})

# --- November 2023: the World Forum for Democracy opens; the event title is null, the Secretary General's two-paragraph
#     quotation is two spans (rule 935) ---

WF_P1 = ("Das Weltforum für Demokratie 2023 ist in Straßburg eröffnet worden. Zu der Veranstaltung, die von Montag, dem 6. "
         "November, bis Mittwoch, dem 8. November, stattfindet, kommen Intellektuelle, Politikerinnen und Politiker, "
         "Aktivistinnen und Aktivisten, Fachpersonen und junge Menschen aus der ganzen Welt zusammen, um darüber zu "
         "diskutieren, wie die Demokratie den Frieden besser garantieren kann. Der Titel der diesjährigen Veranstaltung "
         "„Demokratie = Frieden?“ ist in einer Zeit, in welcher der Krieg auf den europäischen Kontinent und in den Nahen "
         "Osten zurückgekehrt ist, die Demokratie bedroht ist, die Ungleichheiten zunehmen, die Politik sich polarisiert und "
         "die Regierungen vor neuen Aufgaben wie dem Klimawandel, Pandemien und der Verbreitung neuer Technologien stehen, "
         "eine hochaktuelle Frage.")
WF_P2 = ("In ihrer Rede im Rahmen der Eröffnung des Forums erklärte die Generalsekretärin des Europarates, Marija Pejčinović "
         "Burić: „Ich glaube an die Demokratie. An die Demokratie zu glauben, bedeutet, an Offenheit, Transparenz und die "
         "öffentliche Debatte zu glauben.")
WF_P3 = ("Daher müssen wir uns nicht nur fragen, ob Demokratie mit Frieden gleichzusetzen ist, sondern ob sie immer noch "
         "genauso wirksam ist, wie sie es bisher war, wenn es darum geht, Frieden zu schaffen. Und falls dies nicht der Fall "
         "ist, welche Gründe es dafür gibt und was wir dagegen tun können. Die Zukunft der Demokratie liegt in Ihren Händen. "
         "Darum sind Ihre Einsichten und Ihre Erfahrungen unverzichtbar, um zu entscheiden, wie wir gemeinsam voranschreiten "
         "und die friedliche Zukunft gewährleisten, die wir uns alle wünschen.“")

add(id="ho455-coe-2023-11-06-weltforum-demokratie-buric",
    title=None,
    url="https://coe.int/de/web/portal/-/world-forum-for-democracy-2023-opens-in-strasbourg?p_l_back_url=%2Fde%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D2%26start%3D247",
    retrieved="same address (news item of the Council of Europe of 6 November 2023 on the opening of the World Forum for "
              "Democracy; the stored copy begins with the first paragraph and shows no headline, so the text has no title "
              "line (rules 18, 32); the fourth paragraph 'Das Programm für das diesjährige Weltforum umfasst "
              "„Forumsgespräche“ zu folgenden Themen: … Scheitern des demokratischen', cut off in the stored copy, dropped "
              "with its quotation (rule 15))",
    license=COE,
    paras=[WF_P1, WF_P2, WF_P3],
    # the forum's title in marks is null (rule 24); the statement opens in WF_P2 without closing and closes at the end of
    # WF_P3 without a new opening mark: two spans, both hers (rules 22, 935)
    quotes=[("„Demokratie = Frieden?“", None),
            (WF_P2[WF_P2.index("„Ich glaube"):], BURIC),
            (WF_P3, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "die Generalsekretärin des Europarates"]})

# --- January 2020: the Deputy Secretary General at the 75th anniversary of the liberation of Auschwitz-Birkenau; her
#     quotation comes from a conference of the week before and is cued by her office alone ---

BD_P2 = ("„Der Europarat wurde 1949 mit dem Ziel gegründet, den Schutz der Menschenrechte sicherzustellen. Siebzig Jahre "
         "danach nimmt Antisemitismus wieder zu und bedroht die Jüdinnen und Juden, ihre Gemeinschaften und unsere Demokratie "
         "insgesamt“, betonte die Stellvertretende Generalsekretärin im Rahmen der Ministerkonferenz der Internationalen "
         "Allianz zum Holocaustgedenken (IHRA) in der vergangenen Woche in Brüssel.")

add(id="ho455-coe-2020-01-battaini-dragoni-auschwitz",
    title=None,
    url="https://coe.int/de/web/portal/-/council-of-europe-represented-by-deputy-secretary-general-at-75th-anniversary-of-"
        "the-liberation-of-german-nazi-concentration-and-extermination-camp-au?p_l_back_url=%2Ffr%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D100%26start%3D19",
    retrieved="same address (news item of the Council of Europe of 27 January 2020; the stored copy begins with the first "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); complete as stored)",
    license=COE,
    paras=["Die Stellvertretende Generalsekretärin des Europarates, Gabriella Battaini-Dragoni, nimmt heute gemeinsam mit den "
           "Leiter/inne/n von Delegationen aus 54 Ländern und Vertreter/inne/n mehrerer internationaler Organisationen an der "
           "Gedenkveranstaltung anlässlich des 75. Jahrestags der Befreiung des Konzentrations- und Vernichtungslagers "
           "Auschwitz-Birkenau teil. Zu der Veranstaltung werden Auschwitz- und Holocaust-Überlebende aus den Vereinigten "
           "Staaten, Kanada, Israel, Australien und zahlreichen europäischen Staaten erwartet.",
           BD_P2],
    # the office noun of the cue names only her in the text (rules 30, 44)
    quotes=[(cut(BD_P2, "„Der Europarat", "insgesamt“"), BATTAINI)],
    aliases={BATTAINI: ["Gabriella Battaini-Dragoni", "Stellvertretende Generalsekretärin"]})

# --- March 2023: statement of the Chair of the Committee of Ministers one year after Russia's expulsion; the statement is
#     still open where the stored copy is cut off (rule 2205) ---

GY_P1 = ("Die isländische Außenministerin und Vorsitzende des Ministerkomitees des Europarates, Thórdís Kolbrún Reykfjörd "
         "Gylfadóttir, hat anlässlich des ersten Jahrestags des Ausschlusses der Russischen Föderation aus dem Europarat die "
         "folgende Erklärung abgegeben:")
GY_P2 = ("„Auf den Tag genau vor einem Jahr hat das Ministerkomitee des Europarates, in dem alle 46 Mitgliedsstaaten "
         "vertreten sind, die Entschließung CM/Res(2022)2 über die Beendigung der Mitgliedschaft der Russischen Föderation im "
         "Europarat verabschiedet.")
GY_P3 = ("Die Russische Föderation wurde wegen ihres ungerechtfertigten und grundlosen militärischen Angriffs auf die Ukraine "
         "ausgeschlossen, der einen eklatanten Verstoß gegen das Völkerrecht, einschließlich der Satzung des Europarates, "
         "darstellt. Auf diese Weise demonstrierte der Europarat eindeutig sein Bekenntnis zur Satzung und seine Unterstützung "
         "für die Ukraine.")
GY_P4 = ("Nach meinem jüngsten Besuch in Kyiv, Borodjanka und Butscha, wo ich die schrecklichen Folgen der Aggression der "
         "Russischen Föderation mit eigenen Augen gesehen habe, verurteile ich auf das Schärfste die Art und Weise, in der "
         "Russland vorsätzlich gegen das humanitäre Völkerrecht verstößt, indem das Land gezielt Zivilisten angreift und danach "
         "strebt, die Bevölkerung zu terrorisieren. Die individuelle rechtliche Verantwortung der Urheber von Verbrechen ist "
         "von größter Bedeutung und die Rechenschaftspflicht muss dringend gewährleistet werden.")
GY_P5 = ("Ich habe den Mut und die Entschlossenheit des ukrainischen Volks und seiner Führung in ihrem Kampf zur Verteidigung "
         "der Freiheit der Ukraine gewürdigt und ich bekräftige erneut meine uneingeschränkte Unterstützung für die Ukraine und "
         "ihre Unabhängigkeit, Souveränität und territoriale Integrität innerhalb ihrer international anerkannten Grenzen.")

add(id="ho455-coe-2023-03-16-gylfadottir-ausschluss-russlands",
    title=None,
    url="https://coe.int/de/web/portal/-/dichiarazione-della-presidente-del-comitato-dei-ministri-in-occasione-del-primo-"
        "anniversario-dell-espulsione-della-federazione-russa-dal-consiglio-d-europa?p_l_back_url=%2Fit%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D75%26start%3D13",
    retrieved="same address (statement of the Chair of the Committee of Ministers of 16 March 2023, published under an "
              "Italian address slug in the German portal; the stored copy begins with the introducing paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); the sixth paragraph 'Ich möchte unterstreichen, dass "
              "die Russische Föderation die alleinige Verantwortung dafür trägt, … den die Europ', cut off in the stored copy "
              "before the statement's closing mark, dropped (rule 15))",
    license=COE,
    paras=[GY_P1, GY_P2, GY_P3, GY_P4, GY_P5],
    # the statement opens in GY_P2 and is still open at the cut: every kept paragraph of it is a quotation of hers, the
    # unmarked ones whole (rule 2205); her office phrase names the Committee of Ministers, a body that speaks in its own
    # right, and is no alias (rule 33)
    quotes=[(GY_P2, GYLFADOTTIR),
            (GY_P3, GYLFADOTTIR),
            (GY_P4, GYLFADOTTIR),
            (GY_P5, GYLFADOTTIR)],
    aliases={GYLFADOTTIR: ["Thórdís Kolbrún Reykfjörd Gylfadóttir"]})
