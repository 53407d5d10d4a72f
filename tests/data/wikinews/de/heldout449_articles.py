# Four-hundred-and-forty-ninth held-out German real-news set (tests/data/heldout449-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2330-2332). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, release number or
# address slug, headline and two or more distinctive phrases of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-forty-ninth held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz on the OTS press-release service (2017, 2018, 2019 twice, 2021 twice), two releases on
# parlament.gv.at (PK 394/2015, PK 911/2016) and one release reposted by the press portal brandaktuell.at (2023), all under
# licence PK. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 48), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on parlament.gv.at, No. 911 of 25.08.2016: Bures swears in the Paralympics team for Rio ---

BURES = "Doris Bures"

PR_P1 = ("Wien (PK) – \"Sie sind nun die athletischen Botschafterinnen und Botschafter Österreichs.\" Mit diesen Worten "
         "verabschiedete gestern Abend Nationalratspräsidentin Doris Bures die österreichischen Teilnehmerinnen und "
         "Teilnehmer an den Paralympics 2016 in Rio de Janeiro. In Anwesenheit von Maria Rauch-Kallat, der Präsidentin des "
         "Österreichischen Paralympischen Komitees, und ÖOC-Präsidenten Karl Stoss wurden die Sportlerinnen und Sportler "
         "von der Nationalratspräsidentin schließlich feierlich vereidigt.")
PR_P2 = ("Es sei ihr eine große Ehre und auch eine persönliche Freude, den anwesenden Athletinnen und Athleten den "
         "paralympischen Eid abnehmen zu dürfen, betonte Bures. Denn das biete ihr die Gelegenheit, den Mitgliedern des "
         "Paralympic-Teams ihren allergrößten Respekt und ihre Bewunderung auszudrücken. \"Ihre Spitzenleistungen machen "
         "Sie zu großen und wertvollen Vorbildern für unzählige Menschen in unserem Land und auf der ganzen Welt\", so Bures "
         "zu den OlympiateilnehmerInnen. \"Sie legen beeindruckend Zeugnis darüber ab, dass Grenzen überwunden, Ziele "
         "erreicht und Träume verwirklicht werden können. Ihr Beispiel macht anderen Mut und gibt sicherlich sehr vielen "
         "die Kraft – egal in welcher Situation – nicht aufzugeben und Herausforderungen anzupacken und zu meistern. Auch "
         "wenn es mit großen Anstrengungen verbunden ist.\"")

add(id="ho449-pk-2016-08-25-bures-paralympics-rio-vereidigung",
    title="Parlamentskorrespondenz Nr. 911 vom 25.08.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0911/index.shtml",
    retrieved="same address (stored page of the release; the page lines 'LETZTES UPDATE: 31.08.2016; 16:07' and 'Diese "
              "Seite als Lesezeichen hinzufügen' and the index block 'Themenfelder: Parlament allgemein/Sport / Format: "
              "Vermischtes / Stichworte: Parlament/Bures/Paralympics' dropped (rules 14, 19), as in the twenty-third set; "
              "the release's number line is the first line (rule 18), then headline and subtitle as lines of their own; "
              "the en dashes and straight marks kept as published (rule 20); the fourth paragraph ('Sie sei stolz auf das "
              "gesamte Team, … \"Man spürt buchstäblich den Kampfgeist, … jene Eigenschaften, die Si'), cut off in the "
              "stored copy, dropped with its quotation (rule 15))",
    license=PK,
    paras=["Nationalratspräsidentin Bures: Stolz auf \"athletische Botschafter\" Österreichs",
           "Bures verabschiedet österreichische TeilnehmerInnen an den Paralympics 2016",
           PR_P1, PR_P2],
    # the headline label 'Nationalratspräsidentin Bures:' gives her the shortened form of her first sentence (rules 54,
    # 250); that sentence opens the body before its backward cue 'Mit diesen Worten verabschiedete … Doris Bures' (rule
    # 44); 'so Bures zu den OlympiateilnehmerInnen' names the addressees, not a speaker (rule 12), and the cue-less
    # quotation after it continues her (NOTES.md); Maria Rauch-Kallat and Karl Stoss say nothing in marks
    quotes=[("\"athletische Botschafter\"", BURES),
            ("\"Sie sind nun die athletischen Botschafterinnen und Botschafter Österreichs.\"", BURES),
            (cut(PR_P2, "\"Ihre Spitzenleistungen", "ganzen Welt\""), BURES),
            (cut(PR_P2, "\"Sie legen", "verbunden ist.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin Bures",
                     "Nationalratspräsidentin"]})

# --- PK reposted by brandaktuell.at, 20.05.2023: the 50th parliamentarians' football championship in Wiener Neustadt ---

SOBOTKA = "Wolfgang Sobotka"

FB_P1 = ("Finnland sicherte sich heute mit einem 4:0-Sieg im letzten Spiel gegen die Schweiz den Titel bei der 50. "
         "\"Internationalen Parlamentarier:innen-Fußball-Europameisterschaft\" in Wiener Neustadt. Gastgeber Österreich "
         "durfte sich über den \"Vize-Europameistertitel\" vor der Schweiz und Deutschland freuen.")
FB_P3 = ("\"Es ist schön zu sehen, wie der Fußball die Spielerinnen und Spieler über alle Parteigrenzen hinweg "
         "verbindet\", sagte Nationalratspräsident Wolfgang Sobotka. \"Neben dem sportlichen Wettkampf zeichnet dieses "
         "Turnier vor allem aus, dass der Austausch zwischen den Parlamentarierinnen und Parlamentariern gepflegt wird und "
         "auch in politisch herausfordernden Zeiten nicht zu kurz kommt. Ich gratuliere Finnland sehr herzlich zum "
         "Turniersieg.\" Das 51. Turnier wird kommendes Jahr in der Schweiz stattfinden.")

add(id="ho449-pk-brandaktuell-2023-05-20-parlamentarier-fussball-em",
    title="50. internationales Parlamentarier:innen-Fußballturnier",
    url="https://brandaktuell.at/2023/05/20/medien/50-internationales-parlamentarierinnen-fussballturnier",
    retrieved="same address (the Parlamentskorrespondenz's OTS release of 20 May 2023 as reposted by the press portal "
              "brandaktuell.at, which reposts OTS releases unchanged, as in the three-hundred-and-forty-third set (rule "
              "31); the stored copy shows the headline and then the body without the release's subtitle and without the "
              "dateline 'Wien (PK)', and is kept so (rules 18, 32); the closing lines 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG "
              "UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS. www.ots.at' and '(C) Copyright APA-OTS "
              "Originaltext-Service GmbH und der jeweilige Aussender. Pressedienst der Parlamentsdirektion – "
              "Parlamentskorrespondenz', which name the sender, dropped as the OTS footer (rules 48, 2290, 2332); the list "
              "of Austria's matches kept line by line, with the published spellings 'Propadalo' and 'Propadlo' (rules 20, "
              "2261); complete in the stored copy)",
    license=PK,
    paras=[FB_P1,
           "Die österreichische Mannschaft um Kapitän Andreas Hanger (VP) feierte im letzten Spiel einen "
           "4:0-Prestige-Erfolg gegen Deutschland mit Trainer Felix Magath. Bester Torschütze des Turniers für Österreich "
           "war der Burgenländer Max Köllner (SP) mit drei Treffern.",
           FB_P3,
           "Die Österreich-Spiele:",
           "Österreich – Finnland 2:3",
           "Tore für Österreich: Maximilian Köllner, Rouven Ertlschweiger",
           "Österreich – Schweiz 2:0",
           "Tore: Maximilian Köllner, Mladen Propadalo",
           "Österreich – Deutschland 4:0",
           "Tore: Douglas Hoyos-Trauttmansdorff, Maximilian Köllner, Mladen Propadlo, Eigentor"],
    # the tournament's name is null (rule 24) and so is the title the report sets in distancing marks (rule 75); Sobotka's
    # statement before its cue 'sagte Nationalratspräsident Wolfgang Sobotka' and the cue-less quotation that continues it
    # (NOTES.md); captain Andreas Hanger and coach Felix Magath say nothing in marks
    quotes=[("\"Internationalen Parlamentarier:innen-Fußball-Europameisterschaft\"", None),
            ("\"Vize-Europameistertitel\"", None),
            (cut(FB_P3, "\"Es ist schön", "verbindet\""), SOBOTKA),
            (cut(FB_P3, "\"Neben dem", "Turniersieg.\""), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka"]})

# --- PK on OTS, 12.07.2018: Inge Posch-Gruska's inaugural speech as President of the Bundesrat ---

POSCH = "Inge Posch-Gruska"

PG_P1 = ("Wien (PK) - In ihrer Antrittsrede im Bundesrat unterstrich die neue Bundesratspräsidentin Inge Posch-Gruska die "
         "Bedeutung des Bundesrats als Länderkammer. In diesem Sinne will sie die wertvolle Arbeit für die Österreichische "
         "Bevölkerung auch näher an die Menschen bringen. \"Um das zu erreichen, muss es unser gemeinsames Ziel sein, den "
         "Bundesrat als gesetzgebendes Gremium weiter zu stärken und in der öffentlichen wie internen Wahrnehmung präsenter "
         "zu machen. Ich will dazu beitragen, indem ich in meiner Präsidentschaft Taten setze und durch meine Projekte in "
         "direkten Kontakt mit den Gemeinden trete\", manifestiert Posch-Gruska.")
PG_P2 = ("Als Zukunftskammer hält sie es auch für notwendig, sich der Zukunft - nämlich den Kindern - stärker zu widmen. "
         "Daher legt Posch-Gruska den Schwerpunkt ihrer Präsidentschaft auf Kinderrechte und Kindermitbestimmung. \"Unter "
         "dem Motto \"Mitbestimmung in Österreich - das kann doch jedes Kind!\" werde ich in Kooperation mit der "
         "Demokratiewerkstatt die aktuelle Lage der Kindermitbestimmung auf kommunaler Ebene untersuchen\", erklärt sie. "
         "Aus dieser Studie soll eine Publikation mit Atlas und Best Practice Beispielen entstehen, die allen "
         "Bürgermeisterinnen und Bürgermeistern sowie öffentlich in den Gemeinden zur Verfügung gestellt werden soll.")

add(id="ho449-pk-ots-2018-07-12-posch-gruska-antrittsrede",
    title="Posch-Gruska: Bundesrat ist Länderkammer, Zukunftskammer und Europakammer zugleich",
    url="https://www.ots.at/presseaussendung/OTS_20180712_OTS0107/posch-gruska-bundesrat-ist-laenderkammer-"
        "zukunftskammer-und-europakammer-zugleich",
    retrieved="same address (Parlamentskorrespondenz release of 12 July 2018 on the OTS press-release service, dateline "
              "'Wien (PK)'; the stored date line ' date 2018-07' dropped (rule 14); headline as title, subtitle and the "
              "subheading 'Bundesrat ist Zukunftskammer' as lines of their own (rule 18); the hyphens used as dashes, the "
              "straight marks and the capital in 'die Österreichische Bevölkerung' kept as published (rule 20); the "
              "subheading 'Mitbestimmung von Kindern voranbringen' and the paragraph under it ('Dieses Projekt nannte "
              "Posch-Gruska das absolute Herzstück … Denn damit'), cut off in the stored copy, dropped together (rule 15))",
    license=PK,
    paras=["Motto für Bundesratspräsidentschaft: Mitbestimmung in Österreich - das kann doch jedes Kind",
           PG_P1,
           "Bundesrat ist Zukunftskammer",
           PG_P2],
    # both statements before their cues ('manifestiert Posch-Gruska', 'erklärt sie', rule 8); the motto that the second
    # statement names in the same ASCII marks stays inside its span, read as a nested pair (rules 143, 835); the headline
    # and the subtitle give her words and the motto without marks and carry no annotation (rule 5)
    quotes=[(cut(PG_P1, "\"Um das", "Gemeinden trete\""), POSCH),
            (cut(PG_P2, "\"Unter dem Motto", "untersuchen\""), POSCH)],
    aliases={POSCH: ["Inge Posch-Gruska", "Posch-Gruska", "Bundesratspräsidentin Inge Posch-Gruska"]})

# --- PK on OTS, 28.01.2021: Christian Buchmann's inaugural speech as President of the Bundesrat ---

BUCHMANN = "Christian Buchmann"

CB_P1 = ("Wien (PK) - Der neue Bundesratspräsident Christian Buchmann hat seine Antrittsrede im Bundesrat dazu genützt, um "
         "Zusammenhalt und Solidarität in der COVID-19-Pandemie einzumahnen. Viele Menschen hätten Sehnsucht nach "
         "Normalität, das eine die Politik mit der Bevölkerung, betonte er. Es sei aber wichtig, die verletzlichen Gruppen "
         "der Gesellschaft besonders zu schützen. \"Kampfrhetorik\", Halbwahrheiten oder das bewusste Leugnen der Pandemie "
         "seien kein Beitrag für eine solidarische Gesellschaft. Er wolle gemeinsam mit den anderen Mitgliedern des "
         "Bundesrats daran arbeiten, dem Auseinanderdriften der Gesellschaft entgegenzuwirken und das Gemeinsame vor das "
         "Trennende zu stellen. Das sei ihm ein besonderes Anliegen. Buchmann bekräftigte außerdem, dass es im Kampf gegen "
         "die Pandemie ein \"Sowohl-als-auch\" brauche. Neben dem Erhalt der Gesundheit gelte es auch, eine Trendwende am "
         "Arbeitsmarkt zu schaffen und das Comeback der Wirtschaft zu unterstützen.")
CB_P2 = ("Für seine halbjährige Präsidentschaft hat Buchmann das Motto \"Das Gute liegt so nah - die Regionen sind die "
         "Fundamente Europas\" gewählt. Er wolle mit jungen Menschen an der Zukunft Europas arbeiten, unterstrich er und "
         "kündigte in diesem Zusammenhang ein Jugendmeeting an. Zudem plant er, die Europaausschüsse der Landtage nach Graz "
         "einzuladen. Auch Kunst ist ihm wichtig - dazu soll es eine \"Steiermark-Schau\" in Wien, voraussichtlich am "
         "Heldenplatz, geben. Zudem wird der in Graz lebende Künstler Richard Kriesche eine Kunstinstallation in den "
         "Räumlichkeiten des Bundesrats errichten.")
CB_SUB = ("Halbjährige Präsidentschaft steht unter dem Motto \"Das Gute liegt so nah - die Regionen sind die Fundamente "
          "Europas\"")

add(id="ho449-pk-ots-2021-01-28-buchmann-antrittsrede",
    title="Corona-Pandemie: Bundesratspräsident Buchmann mahnt Solidarität und Zusammenhalt ein",
    url="https://www.ots.at/presseaussendung/OTS_20210128_OTS0077/corona-pandemie-bundesratspraesident-buchmann-mahnt-"
        "solidaritaet-und-zusammenhalt-ein",
    retrieved="same address (Parlamentskorrespondenz release of 28 January 2021 on the OTS press-release service, dateline "
              "'Wien (PK)'; the stored date line ' date 2021-01' dropped (rule 14); headline as title, subtitle as its own "
              "line (rule 18); the published 'das eine die Politik' left as it stands (rule 20), the hyphens used as dashes "
              "and the straight marks kept; the third paragraph ('Den Bundesrat bezeichnete "
              "Buchmann als einen zentralen Grundpfeiler … Der Bundes'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=[CB_SUB, CB_P1, CB_P2],
    # the presidency's motto is null in the subtitle and in the body (rules 24, 502); the marked word that opens a
    # Konjunktiv sentence of his report and the marked formula after 'bekräftigte …, dass' are Buchmann's (rules 3, 25,
    # 2331); the name of the planned exhibition is null (rule 24)
    quotes=[(cut(CB_SUB, "\"Das Gute", "Europas\""), None, 0),
            ("\"Kampfrhetorik\"", BUCHMANN),
            ("\"Sowohl-als-auch\"", BUCHMANN),
            (cut(CB_P2, "\"Das Gute", "Europas\""), None, 1),
            ("\"Steiermark-Schau\"", None)],
    aliases={BUCHMANN: ["Christian Buchmann", "Buchmann", "Bundesratspräsident Christian Buchmann",
                        "Bundesratspräsident Buchmann"]})

# --- PK on OTS, 11.07.2019: Karl Bader's inaugural speech as President of the Bundesrat ---

BADER = "Karl Bader"

KB_TITLE = ("BR-Präsident Bader will mit Generalthema \"Masterplan ländlicher Raum\" der Länderkammer kontinuierliches "
            "Profil geben")
KB_P1 = ("Wien (PK) - Mit dem Generalthema \"Masterplan ländlicher Raum\" will der neue Bundesratspräsident Karl Bader der "
         "Länderkammer ein kontinuierliches Profil geben, wie er heute in seiner Antrittsrede im Bundesrat betonte. Jedes "
         "Bundesland soll daraus während der Zeit seines Vorsitzes ein Spezialthema wählen. Für die niederösterreichische "
         "Präsidentschaft hat Bader vor, sich insbesondere dem Thema \"Dezentralisierung\" zu widmen, und schlägt vor, "
         "Bundeseinrichtungen in den Regionen anzusiedeln.")
KB_P2 = ("Die Idee eines Leitmotivs für die Schwerpunktsetzung über den halbjährlichen Wechsel an der Spitze des Bunderats "
         "hinaus soll nicht nur die Kontinuität im Staat durch die zweite Kammer des österreichischen Parlaments "
         "unterstreichen, sondern auch deren Wiedererkennbarkeit stärken. Den Bundesrat selbst sieht Bader - insbesondere "
         "auch in der gegenwärtigen bewegten politischen Phase und in einer \"kaum zu überbietenden Dynamik in der "
         "Gesetzgebung\" - als einen \"stabilen Faktor der Republik\". Eine Bundesverfassung ohne Länderkammer ist für ihn "
         "nicht denkbar.")

add(id="ho449-pk-ots-2019-07-11-bader-antrittsrede",
    title=KB_TITLE,
    url="https://www.ots.at/presseaussendung/OTS_20190711_OTS0039/br-praesident-bader-will-mit-generalthema-masterplan-"
        "laendlicher-raum-der-laenderkammer-kontinuierliches-profil-geben",
    retrieved="same address (Parlamentskorrespondenz release of 11 July 2019 on the OTS press-release service, dateline "
              "'Wien (PK)'; the stored date line ' date 2019-07' dropped (rule 14); headline as title, subtitle as its own "
              "line (rule 18); the published typo 'Bunderats', the hyphens used as dashes and the straight marks kept (rule "
              "20); the subheading 'Mehr Chancen für den ländlichen Raum durch Verwaltungsdezentralisierung und "
              "Digitalisierung' and the paragraph under it ('Als langjähriger Vertreter des ländlichen Raums - Bader ist "
              "schon lange Bürgermeister von Rohrbach an der Gölsen'), cut off in the stored copy, dropped together (rule "
              "15))",
    license=PK,
    paras=["Bader fordert gerechte Verteilung der Bundesdienststellen im gesamten Bundesgebiet",
           KB_P1, KB_P2,
           "Bader hat mit 1. Juli für das Land Niederösterreich turnusmäßig den Vorsitz im Bundesrat übernommen. Er folgt "
           "dem Kärntner Ingo Appé, der sich vor allem für den Schutz des Trinkwassers stark gemacht hat. Die "
           "verfassungsmäßige Verankerung der öffentlichen Trinkwasserversorgung, die heute auch im Bundesrat bestätigt "
           "wird, wertet Bader als einen Erfolg seines Vorgängers und der Arbeit des Bundesrats."],
    # the name of the Bundesrat's general theme is null in the headline and in the body (rules 24, 502), and so is the
    # topic 'Dezentralisierung' (rule 48); the two partial quotations in the sentence 'Den Bundesrat selbst sieht Bader …
    # als einen "…"' are Bader's words from the speech the release reports (rule 2330); his predecessor Ingo Appé says
    # nothing in marks
    quotes=[("\"Masterplan ländlicher Raum\"", None, 0),
            ("\"Masterplan ländlicher Raum\"", None, 1),
            ("\"Dezentralisierung\"", None),
            ("\"kaum zu überbietenden Dynamik in der Gesetzgebung\"", BADER),
            ("\"stabilen Faktor der Republik\"", BADER)],
    aliases={BADER: ["Karl Bader", "Bader", "Bundesratspräsident Karl Bader", "BR-Präsident Bader"]})

# --- PK on OTS, 19.12.2019: Karl Bader's closing speech at the end of the Lower Austrian presidency ---

KA_P1 = ("Wien (PK) - In wenigen Tagen wird Niederösterreich den Vorsitz im Bundesrat an Oberösterreich übergeben. Der "
         "Vorsitz stand unter dem Motto \"Nah an den Menschen. Bereit für die Zukunft\", wie der scheidende "
         "Bundesratspräsident Karl Bader heute in seiner Abschlussrede zu Beginn der heutigen Bundesratssitzung festhielt.")
KA_P2 = ("\"Nah an den Menschen zu sein ist für mich eine elementare Voraussetzung für einen politischen Mandatar, eine "
         "politische Mandatarin\", sagte Bader in seiner Rede. Um mit dem Bundesrat nah an den Menschen sein zu können, sei "
         "es ihm ein besonderes Anliegen gewesen, mit der Länderkammer hinaus in die Bundesländer zu gehen. Daher habe er "
         "während seiner Amtsperiode das Projekt \"Bundesrat im Bundesland\" gestartet. Er freue sich, dass sie von seinem "
         "Nachfolger Robert Seeber fortgesetzt wird, sagte Bader. Nahe an den Menschen zu sein habe für ihn während seiner "
         "Präsidentschaft auch bedeutet, die BürgerInnen ins Parlament zu holen.")
KA_P3 = ("Zentrales Anliegen des zweiten Teils des Vorsitzmottos \"Bereit für Zukunft\" war es, mehr Fairness für den "
         "ländlichen Raum zu schaffen. Im Mittelpunkt stand dabei der \"Masterplan ländlicher Raum\". Dieser sieht eine "
         "strategische Neuausrichtung und eine ambitionierte politische Schwerpunktsetzung für die Zukunft des ländlichen "
         "Raums vor. Der Masterplan zeige konkrete Perspektiven und Lösungen auf, um die Wirtschafts- und "
         "Lebensbedingungen am Land systematisch zu verbessern und die Zukunft des ländlichen Raums zu sichern, erklärte "
         "Bunderatspräsident Bader.")

add(id="ho449-pk-ots-2019-12-19-bader-abschlussrede",
    title="Bundesratspräsident Bader: Ansiedelung von Bundes- und Landeseinrichtungen fördert ländliche Regionen",
    url="https://www.ots.at/presseaussendung/OTS_20191219_OTS0033/bundesratspraesident-bader-ansiedelung-von-bundes-und-"
        "landeseinrichtungen-foerdert-laendliche-regionen",
    retrieved="same address (Parlamentskorrespondenz release of 19 December 2019 on the OTS press-release service, "
              "dateline 'Wien (PK)'; the stored date line ' date 2019-12' dropped (rule 14); headline as title, subtitle "
              "as its own line (rule 18); the published 'Bereit für Zukunft' (the motto reads 'Bereit für die Zukunft' a "
              "paragraph earlier), the typo 'Bunderatspräsident' and the straight marks kept (rule 20); the fourth "
              "paragraph ('Im Bundesrat konnte auf diese Weise ein Thema positioniert werden, … die nächsten "
              "Präsidentschaf'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Rede zum Abschluss des niederösterreichischen Vorsitzes in der Länderkammer",
           KA_P1, KA_P2, KA_P3],
    # the presidency's motto is null although a speech cue ('wie … Karl Bader … festhielt') frames the sentence, and so is
    # the motto's second part quoted in other words (rules 161, 502); the project and the plan named in marks are null
    # (rule 24); Bader's one full quotation stands before 'sagte Bader in seiner Rede'; Robert Seeber says nothing
    quotes=[(cut(KA_P1, "\"Nah an", "Zukunft\""), None),
            (cut(KA_P2, "\"Nah an", "Mandatarin\""), BADER),
            ("\"Bundesrat im Bundesland\"", None),
            ("\"Bereit für Zukunft\"", None),
            ("\"Masterplan ländlicher Raum\"", None)],
    aliases={BADER: ["Karl Bader", "Bader", "Bundesratspräsident Karl Bader", "Bundesratspräsident Bader"]})

# --- PK on OTS, 16.09.2021: Sobotka congratulates the Paralympics medallists of Tokyo ---

SB_P1 = ("Wien (PK) - Einmal Gold, fünfmal Silber, dreimal Bronze. Von rund 160 Nationen holte sich Österreich bei den "
         "Paralympischen Spielen in Tokio den dreiundvierzigsten Platz im internationalen Medaillenranking. Vor diesem "
         "Hintergrund lud Nationalratspräsident Wolfgang Sobotka die paralympischen MedaillengewinnerInnen ins Palais "
         "Epstein ein, um ihnen persönlich zu gratulieren. \"Der österreichische Sportsommer ist durch die Arbeit und "
         "Leistungen der SportlerInnen besonders ausgezeichnet worden. Die Vorbereitung für diesen Wettkampf - gerade in "
         "der Coronazeit - hat sicherlich einiges abverlangt. Ein Sportereignis, auf welches man hintrainiert, ist nicht nur "
         "eine körperliche Anstrengung, sondern auch eine mentale Herausforderung. Zu dem Medaillenregen möchte ich Ihnen "
         "herzlich gratulieren\", begrüßte der Nationalratspräsident die anwesenden SportlerInnen.")

add(id="ho449-pk-ots-2021-09-16-sobotka-paralympics-tokio",
    title="Paralympische MedaillengewinnerInnen bei Nationalratspräsident Sobotka zu Gast",
    url="https://www.ots.at/presseaussendung/OTS_20210916_OTS0193/paralympische-medaillengewinnerinnen-bei-"
        "nationalratspraesident-sobotka-zu-gast",
    retrieved="same address (Parlamentskorrespondenz release of 16 September 2021 on the OTS press-release service, "
              "dateline 'Wien (PK)'; the stored date line ' date 2021-09' dropped (rule 14); headline as title, subtitle "
              "as its own line (rule 18); the hyphens used as dashes and the straight marks kept (rule 20); the subheading "
              "'Barrierefreiheit: Renoviertes Parlament soll Vorbild in Europa sein' and the paragraph under it ('Sobotka "
              "verknüpfte die Gratulation … \"Das Parlament als offenes Haus muss für alle erreichbar sein. …\" … begleitet "
              "von ExepertInnen - in'), cut off in the stored copy, dropped together with its quotation (rule 15))",
    license=PK,
    paras=["Sobotka: Es braucht im Bereich Integration einen Umdenkprozess in der Gesellschaft",
           SB_P1,
           "Mehr als 15 Prozent der österreichischen Gesamtbevölkerung lebe mit einer Behinderung und es sei die Aufgabe "
           "aller ParlamentarierInnen und aller Parteien, sich dafür einzusetzen, dieser großen Gruppe eine Stimme zu "
           "geben. Es brauche einen Umdenkprozess in der Gesellschaft und zu diesem Umdenken wolle das Parlament "
           "anstoßen."],
    # the greeting stands before its cue 'begrüßte der Nationalratspräsident die anwesenden SportlerInnen', a verb of
    # greeting with the addressees as object; the role noun goes back to Sobotka, named in the sentence before (rules 30,
    # 44); the subtitle 'Sobotka: …' and the Konjunktiv paragraph are unmarked (rule 5)
    quotes=[(cut(SB_P1, "\"Der österreichische", "herzlich gratulieren\""), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka",
                       "Nationalratspräsident Sobotka", "Nationalratspräsident"]})

# --- PK on OTS, 14.02.2017: Tirol-Abend for Sonja Ledl-Rossmann's presidency of the Bundesrat ---

LINDNER = "Mario Lindner"

add(id="ho449-pk-ots-2017-02-14-tirol-abend-ledl-rossmann",
    title="Neue Bundesratspräsidentin Ledl-Rossmann legt Schwerpunkt auf die Zukunft der Pflege",
    url="http://www.ots.at/presseaussendung/OTS_20170214_OTS0171/neue-bundesratspraesidentin-ledl-rossmann-legt-"
        "schwerpunkt-auf-die-zukunft-der-pflege",
    retrieved="same address (Parlamentskorrespondenz release of 14 February 2017 on the OTS press-release service, "
              "dateline 'Wien (PK)'; the stored date line ' date 2017-02' dropped (rule 14); headline as title, subtitle "
              "as its own line (rule 18); the straight marks kept (rule 20); the fifth paragraph ('Nach der "
              "Schlüsselübergabe an Ledl-Rossmann durch Lindner freute sich Günther Platter … Auf die aktuelle "
              "Innenpolitik gemünzt, meinte'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Tirol-Abend im Parlament anlässlich der Vorsitzübernahme des Landes Tirol in der Länderkammer",
           "Wien (PK) - Anlässlich der Vorsitzübernahme des Landes Tirol im Bundesrat lud heute die neue Präsidentin des "
           "Bundesrats Sonja Ledl-Rossmann gemeinsam mit dem Tiroler Landeshauptmann Günther Platter zu einem Tirol-Abend "
           "in die Säulenhalle des Parlaments ein. In ihrer Ansprache erklärte Ledl-Rossmann, sie wolle vor allem das Thema "
           "Pflege in den Mittelpunkt rücken. Platter betonte die Wichtigkeit des Föderalismus.",
           "Im Vorfeld wurden die Gäste mit einem landesüblichen Empfang am Vorplatz des Parlaments willkommen geheißen. "
           "Eine Abordnung der Tiroler Traditionsverbände, die gemeinsame Schützenkompanie Vils-Lechaschau und die "
           "gemeinsame Musikkapelle aus Vils, Lechaschau und Ehenbichl stimmten zwischen interessierten TouristInnen die "
           "geladenen Gäste bereits vor den Toren des Parlaments auf den Empfang ein. Den winterlichen Temperaturen "
           "trotzend hisste Sonja Ledl-Rossmann unter Anwesenheit des Tiroler Landeshauptmanns die Fahne des Landes Tirol "
           "am Parlamentsdach.",
           "Im Anschluss übernahm die neue Präsidentin des Bundesrats die offizielle Begrüßung, allerdings dann in der "
           "Säulenhalle. In dieser unterstrich sie die Notwendigkeit, sich bereits heute mit den Fragen von morgen "
           "auseinanderzusetzen. Den Fokus ihrer sechsmonatigen Präsidentschaft widmet sie dem Thema Pflege.",
           "Der ehemalige Bundesratspräsident Mario Lindner gratulierte seiner Nachfolgerin und freut sich mit ihr auf das "
           "\"gemeinsame Bearbeiten dieses spannenden Themas\"."],
    # the one quotation is the former president's, the subject of 'gratulierte … und freut sich mit ihr auf', although the
    # sentence's 'ihr' and the text's main figure are Ledl-Rossmann (rule 761); Ledl-Rossmann's and Platter's speeches are
    # reported without marks (rule 5)
    quotes=[("\"gemeinsame Bearbeiten dieses spannenden Themas\"", LINDNER)],
    aliases={LINDNER: ["Mario Lindner", "Bundesratspräsident Mario Lindner"]})

# --- PK on parlament.gv.at, No. 394 of 23.04.2015: Girls Day in the Parliament ---

GD_P1 = ("Wien (PK) – Zwanzig Mädchen erkunden heute das Parlament. Zum Auftakt wurden sie von Nationalratspräsidentin "
         "Doris Bures persönlich begrüßt, die den 15- und 16-jährigen Schülerinnen Mut machte: \"Es wird höchste Zeit, dass "
         "Mädchen auch frauenuntypische Berufsfelder erobern. Der Girls Day im Parlament soll euch dabei tatkräftig "
         "unterstützen.\" An diesem wichtigen Aktionstag können Mädchen hautnah sehen und erleben, welche Bandbreite an "
         "beruflichen Möglichkeiten es jenseits traditioneller Rollenbilder gibt, und das Vertrauen gewinnen, dass sie auch "
         "einen untypischen Berufsweg gehen können. Dies unterstütze sie als Nationalratspräsidentin sehr gerne, so Bures.")

add(id="ho449-pk-2015-04-23-girls-day-bures",
    title="Parlamentskorrespondenz Nr. 394 vom 23.04.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0394/index.shtml",
    retrieved="same address (stored page of the release; it begins with the release's number line, which is the first "
              "line (rule 18), then headline and subtitle as lines of their own; the en dash of the dateline and the "
              "straight marks kept as published (rule 20); the third paragraph ('\"Hier im Parlament haben wir einen "
              "vorbildlichen Frauenanteil. … nur drei von zehn sind weiblich\", bedauert Nationalratspräsidentin Bures. … "
              "von Bundesratspräsidentin'), cut off in the stored copy, dropped with its quotation (rule 15))",
    license=PK,
    paras=["Girls Day im Parlament: Bures macht Mädchen Mut für neue Wege",
           "Nationalratspräsidentin begrüßt Mädchen am Girls Day im Parlament",
           GD_P1,
           "Nach einer Führung durch das Parlamentsgebäude, bei dem die Teilnehmerinnen auch die Nationalratssitzung "
           "besuchen, lernen die Mädchen im Sinne der Grundidee des Girls Day frauenuntypische Berufe im breiten "
           "Arbeitsumfeld der Parlamentsdirektion kennen. Sie bekommen Einblick in die Berichterstattung des "
           "Pressedienstes sowie in die Aktivitäten des Parlaments im Internet und in den sozialen Medien wie Twitter oder "
           "Facebook. Sie treffen Frauen, die für die Heizungs- und Klimatechnik verantwortlich sind oder die für die "
           "Sicherheit im Hohen Haus sorgen. Die Schülerinnen werden über die Pläne zur Sanierung des historischen "
           "Parlamentsgebäudes informiert und treffen Kamerafrauen und Redakteurinnen."],
    # the colon that closes the relative clause 'die den … Schülerinnen Mut machte:' introduces Bures's words: the
    # relative pronoun goes back to her (rules 9, 291); the headline says it without marks (rule 5)
    quotes=[(cut(GD_P1, "\"Es wird", "unterstützen.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin"]})
