# Hundred-and-eleventh held-out German real-news set (tests/data/heldout111-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 915). None of these
# pages is in any tests/data/*.jsonl (checked by URL, page number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-eleventh held-out set" of SOURCES.md: news items of the Deutsche Bundesbank on
# bundesbank.de under "Aufgaben > Themen" and one press note under "Presse > Pressenotizen" (licence BUBA). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesbank.de, Aufgaben > Themen: change of two senior posts (President Weidmann's speech) ---

WEIDMANN = "Jens Weidmann"
ROCH_P1 = ("Zwei wichtige Führungspositionen in der Bundesbank sind zum 1. Mai neu besetzt worden. Diana Rutzka-Hascher, "
           "bislang Präsidentin der Hauptverwaltung der Bundesbank in Hessen, hat den Bereich Personal in der "
           "Bundesbank-Zentrale übernommen. Thomas Ollinger, der bislang für diesen Bereich verantwortlich war, ist an die "
           "Spitze der Hauptverwaltung der Bundesbank in Hessen gewechselt. „Die Rochade der beiden liegt fachlich insofern "
           "nahe, als das Gewinnen und Halten von Personal bei der Leitung unserer Hauptverwaltungen immer wichtiger wird“, "
           "sagte Bundesbankpräsident Jens Weidmann bei einer Feier in Frankfurt vor rund 170 geladenen Gästen. Für die "
           "Hauptverwaltung am Finanzplatz Frankfurt gelte dies besonders, da die Bankenaufsicht hier eine große Rolle "
           "spiele. Neue europäische Strukturen und Regulierungsformen sowie die Vorbereitungen auf den Brexit und die "
           "Digitalisierung haben laut Weidmann dazu geführt, dass die Aufgaben der Hauptverwaltung gewachsen und die "
           "Aufsichtsarbeit noch komplexer und anspruchsvoller geworden sei. Dafür das richtige Personal zu haben, stelle "
           "eine echte Herausforderung dar, so Weidmann.")

add(id="ho111-bundesbank-themen-fuehrungspositionen-neu-besetzt",
    title="Bundesbank besetzt wichtige Führungspositionen neu",
    url="https://bundesbank.de/de/aufgaben/themen/bundesbank-besetzt-wichtige-fuehrungspositionen-neu-796076",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the exchange of posts "
              "between Diana Rutzka-Hascher and Thomas Ollinger; the paragraph 'In diesem herausfordernden Umfeld habe "
              "Rutzka-Hascher … „Schließlich beschäftigt sich der Zentralbereich Personal seit einigen Jahren intensiv mit "
              "der stärkeren Ve', cut off in the stored copy inside a quotation, dropped with its unclosed quotation (rule "
              "15), and with it the subheading 'Offener und verbindlicher Team-Player' that heads it)",
    license=BUBA,
    paras=[ROCH_P1],
    quotes=[(cut(ROCH_P1, "„Die Rochade", "wichtiger wird“"), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann"]})

# --- bundesbank.de, Aufgaben > Themen: change at the head of the Hauptverwaltung in Bayern (rule 915) ---

NAGEL_SHORT = "Nagel"
VB_P1 = ("Franz Josef Benedikt übergibt das Amt des Präsidenten der Hauptverwaltung in Bayern an Reinhold Vollbracht, den "
         "bisherigen Leiter einer Stabsstelle des Zentralbereichs Banken und Finanzaufsicht. Benedikt tritt nach 36 Jahren "
         "in unterschiedlichen Funktionen in der Bundesbank – unter anderem als Präsident der Hauptverwaltung in Sachsen und "
         "Thüringen und zuletzt als Präsident der Hauptverwaltung in Bayern – in den Ruhestand. Bis zum Ende seines langen "
         "Berufslebens sei Benedikt ein kompetenter, glaubwürdiger und gewinnender Kommunikator und Gesprächspartner "
         "gewesen, sagte Bundesbankpräsident Nagel bei der Amtswechselfeier in München. Er habe mit großem Elan die "
         "herausragenden Aufgaben eines Hauptverwaltungspräsidenten angepackt und die Bundesbank überzeugend und gewinnend "
         "repräsentiert, so der Bundesbankpräsident.")
VB_P3 = ("Seinem Nachfolger, Reinhold Vollbracht, übergebe Benedikt ein „wohlbestelltes Haus“ der Hauptverwaltung in Bayern "
         "mit ihren fünf Filialen. Vollbracht bringt aus Sicht Nagels für das neue Amt wichtige Voraussetzungen mit: Die "
         "besonderen Herausforderungen der Banken und die wichtigen Aufgaben der Aufsicht verstünden wenige so gut wie er, "
         "so Nagel. Denn beides hätte in seinem Berufsleben eine zentrale Rolle gespielt. Seit 2012 hatte Vollbracht "
         "verschiedene Leitungspositionen im Bereich Banken und Finanzaufsicht inne.")

add(id="ho111-bundesbank-themen-vollbracht-folgt-auf-benedikt",
    title="Reinhold Vollbracht folgt auf Franz-Josef Benedikt",
    url="https://bundesbank.de/de/aufgaben/themen/reinhold-vollbracht-folgt-auf-franz-josef-benedikt--894314",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the change at the head of "
              "the Hauptverwaltung in Bayern; the image line 'Foto der Feier zum Amtswechsel des Präsidenten der HV Bayern "
              "©Sebastian Widmann' above the headline dropped as caption and credit (rule 93); the trailing space after "
              "the first paragraph dropped; the subheading 'Besonderer Einsatz für die ökonomische Bildung' kept as a line "
              "of its own (rule 18); the subheading 'Nagel: Inflation wieder zurückführen' and its paragraph 'Neben der "
              "Würdigung der beiden Amtsträger … und die jüngs', cut off in the stored copy, dropped (rule 15); the "
              "spellings 'Franz Josef Benedikt' in the text and 'Franz-Josef Benedikt' in the headline kept as published "
              "(rule 20))",
    license=BUBA,
    paras=[VB_P1, "Besonderer Einsatz für die ökonomische Bildung",
           "Speziell habe sich Benedikt viele Jahre für die ökonomische Bildung eingesetzt und vor allem die "
           "Lehrerfortbildung ausgebaut, betonte Nagel. Besonderes Interesse Benedikts seien digitale Innovationen im "
           "Zahlungsverkehr gewesen.",
           VB_P3],
    quotes=[("„wohlbestelltes Haus“", NAGEL_SHORT)],
    aliases={NAGEL_SHORT: ["Nagel", "Bundesbankpräsident Nagel", "der Bundesbankpräsident"]})

# --- bundesbank.de, Aufgaben > Themen: second term for Vice-President Buch (rule 917) ---

JN = "Joachim Nagel"
BUCH_P2 = ("Bundesbankpräsident Joachim Nagel dankte Buch für die herausragende Arbeit in ihrer ersten Amtsperiode. „Ich "
           "freue mich auf die Zusammenarbeit in den nächsten acht Jahren“")

add(id="ho111-bundesbank-themen-zweite-amtszeit-buch",
    title="Bundesbankvorstand befürwortet zweite Amtszeit für Vizepräsidentin Claudia Buch",
    url="https://bundesbank.de/de/aufgaben/themen/bundesbankvorstand-befuerwortet-zweite-amtszeit-fuer-vizepraesidentin-"
        "claudia-buch-889038",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the Executive Board's "
              "opinion on a second term for Vice-President Claudia Buch; the stored copy breaks the line after the closing "
              "mark, so that the cue ', sagte Nagel.' opens a line of its own; the break is kept as stored (rules 706, "
              "917); complete in the stored copy)",
    license=BUBA,
    paras=["Der Vorstand der Bundesbank hat eine zweite Amtszeit für Bundesbank-Vizepräsidentin Claudia Buch befürwortet. "
           "Er teilte der Bundesregierung mit, dass gegen einen entsprechenden Vorschlag des Bundeskabinetts keine "
           "Einwände erhoben wurden.",
           BUCH_P2,
           ", sagte Nagel.",
           "Nachdem nun der Bundesbankvorstand – wie es das Bundesbankgesetz vorsieht – angehört wurde, kann die "
           "Bundesregierung dem Bundespräsidenten den Vorschlag vorlegen. Der Bundespräsident ernennt Buch dann für "
           "weitere acht Jahre zur Bundesbank-Vizepräsidentin. Dem Vorstand gehören neben dem Präsidenten und der "
           "Vizepräsidentin Johannes Beermann, Joachim Wuermeling, Burkhard Balz und Sabine Mauderer an.",
           "Claudia Buch gehört dem Bundesbankvorstand seit Mai 2014 an und ist für die Bereiche Finanzstabilität, "
           "Statistik und Revision verantwortlich. Die 56-jährige habilitierte Volkswirtin war zuvor unter anderem "
           "Inhaberin eines Lehrstuhls für Wirtschaftstheorie an der Eberhard Karls Universität Tübingen. Ab 2012 war sie "
           "Mitglied im Sachverständigenrat zur Begutachtung der gesamtwirtschaftlichen Entwicklung und ab 2013 "
           "Präsidentin des Instituts für Wirtschaftsforschung (IWH) in Halle."],
    quotes=[(cut(BUCH_P2, "„Ich freue", "Jahren“"), JN)],
    aliases={JN: ["Joachim Nagel", "Bundesbankpräsident Joachim Nagel", "Nagel"]})

# --- bundesbank.de, Aufgaben > Themen: the German final of the Generation €uro competition (rule 916) ---

GE_TEAM = "„FTX Risk Management Departement“"

add(id="ho111-bundesbank-themen-generation-euro-2023",
    title="Deutsches Siegerteam des Generation-€uro-Schülerwettbewerbs heißt dieses Jahr „FTX Risk Management "
          "Departement“",
    url="https://bundesbank.de/de/aufgaben/themen/deutsches-siegerteam-des-generation-uro-schuelerwettbewerbs-heisst-"
        "dieses-jahr-ftx-risk-management-departement--906678",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the German final of the "
              "Generation €uro Students' Award 2023; one stored copy opens with the image line 'Bundesbankpräsident mit "
              "Gewinnern des Generation Euro Schülerwettbewerbs 2023 ©Bert Bostelmann', dropped as caption and credit "
              "(rule 93); the subheading 'Drei Teams zum Finale ins Geldmuseum der Bundesbank eingeladen' kept as a line "
              "of its own (rule 18); the subheading 'Urkundenverleihung durch den Bundesbankpräsidenten' and its paragraph "
              "'Bei der abschließenden Urkundenverleihung … über einen Geldpreis freu', cut off in the stored copy, dropped "
              "(rule 15); 'zu erläuterten' and 'nach langem Tagen der Jury' kept as published (rule 20))",
    license=BUBA,
    paras=["Im Oktober vergangenen Jahres startete die zwölfte Runde des jährlichen „Generation €uro "
           "Schülerwettbewerb“. Der Wettbewerb richtet sich an Schülerinnen und Schüler der Sekundarstufe II, die sich für "
           "Themen rund um Geld- und Währungspolitik interessieren. Die Teams bestehen aus vier bis fünf Mitgliedern und "
           "einer unterstützenden Lehrkraft. Dieses Mal war der Wettbewerb mit mehr als 140 registrierten Teams sehr "
           "nachgefragt.",
           "Drei Teams zum Finale ins Geldmuseum der Bundesbank eingeladen",
           "Der Wettbewerb lief über drei Runden. Bis zum 7. Dezember 2022 nahmen alle angemeldeten Teams an einem "
           "Online-Quiz zu Bargeld, Zahlungsverkehr und Geldpolitik teil. Rund 50 Teams wurden in die zweite Runde "
           "eingeladen, in der sie die Aufgabe bekamen, die Inflationsentwicklung, ihre wirtschaftlichen Hintergründe und "
           "die Preismessung in einem kompakten Video zu erläuterten.",
           "Die drei besten Teams, die Teams der Jacob-Grimm-Schule in Kassel, des Beethoven-Gymnasium in Bonn und der "
           "Internatsschule Schloss Hansenberg, wurden schließlich am 21. März 2023 zum großen Finale ins Geldmuseum der "
           "Bundesbank nach Frankfurt am Main eingeladen. Dort mussten sie vor Fachleuten der Bundesbank ihre letzte und "
           "schwierigste Aufgabe meistern, eine Prognose für eine anstehende geldpolitische Entscheidung erarbeiten und der "
           "Jury präsentieren.",
           "Die Entscheidung fiel dieses Mal so knapp aus wie noch nie – nach langem Tagen der Jury entschied sie sich "
           "letztendlich für das Team „FTX Risk Management Departement“ vom Beethoven-Gymnasium aus Bonn, das sich mit "
           "großem Engagement ins Finale kämpfte."],
    quotes=[(GE_TEAM, None, 0),
            ("„Generation €uro Schülerwettbewerb“", None),
            (GE_TEAM, None, 1)],
    aliases={})

# --- bundesbank.de, Presse > Pressenotizen: the gold exhibition in the money museum (rule 918) ---

THIELE = "Carl-Ludwig Thiele"
GOLD_P1 = ("Die Deutsche Bundesbank eröffnet in ihrem Geldmuseum eine Sonderausstellung zum Thema Gold. \"In der Ausstellung "
           "‚Gold. Schätze in der Deutschen Bundesbank‘ zeigt die Notenbank erstmals verschiedene Goldbarren der breiten "
           "Öffentlichkeit\", sagte Vorstandsmitglied Carl-Ludwig Thiele anlässlich der Eröffnung.")
GOLD_P3 = ("\"Die Sonderausstellung rundet die Transparenzoffensive der Bundesbank zum Gold ab. Gleich-zeitig setzt sie das "
           "Thema Gold in einen weiteren Rahmen\", sagte Thiele. Ziel sei es, Besucher umfassend über das Gold und die "
           "deutschen Goldreserven zu informieren.")

add(id="ho111-bundesbank-presse-goldausstellung-2018",
    title="Bundesbank eröffnet Ausstellung \"Gold. Schätze in der Deutschen Bundesbank\"",
    url="https://bundesbank.de/de/presse/pressenotizen/bundesbank-eroeffnet-ausstellung-gold-schaetze-in-der-deutschen-"
        "bundesbank--723908",
    retrieved="same address (press note of the Deutsche Bundesbank under 'Presse > Pressenotizen' on the opening of the "
              "gold exhibition in the money museum, April 2018; complete in the stored copy; 'Gleich-zeitig' kept as "
              "published (rule 20); the Bundesbank's own news item on the same opening (Aufgaben > Themen, page 759366), "
              "whose stored copy breaks a quotation over three lines ('zum' / 'G' / 'old ab.'), not used)",
    license=BUBA,
    paras=[GOLD_P1,
           "Für die Ausstellung wurden repräsentative Barren aus dem Bundesbank-Tresor ausgewählt. Die Auswahl reiche vom "
           "ältesten bis zu den jüngsten Goldbarren und ermögliche einen außergewöhnlichen Einblick, der sonst aus "
           "Sicherheitsgründen nicht möglich sei, so Thiele. Die Ausstellung zeigt zudem bedeutsame Raritäten aus der "
           "numismatischen Sammlung der Bundesbank, vom Solidus über die Dukaten bis hin zu den Goldmünzen der Gegenwart. "
           "Die historische Bedeutung von Gold als Zahlungsmittel, die Eigenschaften des Edelmetalls, dessen weltweites "
           "Vorkommen, die Gewinnung und Weiterverarbeitung werden in der Ausstellung ebenso dargestellt wie die Hilfsmittel "
           "zur Echtheitserkennung der Goldbarren aus dem täglichen Einsatz in der Bundesbank.",
           GOLD_P3,
           "Die Ausstellung dauert vom 11. April 2018 bis zum 30. September 2018 und kann während der Öffnungszeiten des "
           "Geldmuseums von Montag bis Freitag sowie Sonntag von 9:00 bis 17:00 Uhr besucht werden. Der Eintritt ist frei. "
           "Das Museum ist barrierefrei."],
    quotes=[("\"Gold. Schätze in der Deutschen Bundesbank\"", None),
            (cut(GOLD_P1, "\"In der Ausstellung", "Öffentlichkeit\""), THIELE),
            (cut(GOLD_P3, "\"Die Sonderausstellung", "Rahmen\""), THIELE)],
    aliases={THIELE: ["Carl-Ludwig Thiele", "Vorstandsmitglied Carl-Ludwig Thiele", "Thiele"]})
