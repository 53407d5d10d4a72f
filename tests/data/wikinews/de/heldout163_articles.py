# Hundred-and-sixty-third held-out German real-news set (tests/data/heldout163-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1250-1253). None of these
# pages is in any tests/data/*.jsonl (checked by URL, page number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-sixty-third held-out set" of SOURCES.md: news items of the Deutsche Bundesbank on
# bundesbank.de under "Aufgaben > Themen" and under its older address scheme (Redaktion/DE/Themen), news items of the
# Hochschule der Deutschen Bundesbank on hochschule-bundesbank.de (licence BUBA, as in the eighty-ninth set), and one German
# press release of the European Central Bank on ecb.europa.eu (licence ECB_PR, as in the hundred-and-fortieth set). Stored
# copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15), captions, photo credits
# and navigation lines are dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA, ECB_PR  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WEIDMANN = "Jens Weidmann"
DOMBRET = "Andreas Dombret"
KELLER = "Erich Keller"

# --- bundesbank.de, Aufgaben > Themen: start of the Bundesbank roadshow (Balz) ---

BALZ = "Burkhard Balz"
RS_P1 = ("Von Konstanz bis nach Sylt, von Aachen bis nach Görlitz: Mit einem Ausstellungstruck besucht die Bundesbank von "
         "April bis Ende Oktober 90 Städte und Gemeinden in Deutschland. Am 7. April hat Vorstandsmitglied Burkhard Balz "
         "die Ausstellung eröffnet. „Wir wollen mit den Menschen vor Ort ins Gespräch kommen, ihre Fragen rund um den Euro "
         "beantworten und ihre Anregungen aufnehmen“, erklärte Balz. „Denn Geldwertstabilität als ihren vorrangigen Auftrag "
         "kann eine Zentralbank nur gewährleisten, wenn sie das Vertrauen und die Unterstützung der Menschen genießt“, so "
         "Balz weiter. Bei der Eröffnung sprach auch der hessische Finanzminister Michael Boddenberg.")
RS_P3 = ("Im zweigeschossigen Truck befindet sich eine interaktive Ausstellung, die leicht verständlich Grundwissen rund um "
         "die Themen Euro, Geldpolitik, Finanzstabilität und Bankenaufsicht, barer und unbarer Zahlungsverkehr vermittelt. "
         "„Die Ausstellung knüpft an unser beliebtes Geldmuseum in Frankfurt am Main an. Sie bietet den Besucherinnen und "
         "Besuchern mit Bildern, Texten, Videos und Spielen einen kurzweiligen Einstieg in die Aufgaben der Bundesbank“, so "
         "Balz.")

add(id="ho163-bundesbank-themen-roadshow-gestartet",
    title="Roadshow der Bundesbank in Frankfurt am Main gestartet",
    url="https://www.bundesbank.de/de/aufgaben/themen/roadshow-der-bundesbank-in-frankfurt-am-main-gestartet-888500",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the opening of its "
              "exhibition truck by board member Burkhard Balz on 7 April 2022; the subheading 'Mitmachausstellung zum "
              "Entdecken und Erleben' kept as a line of its own (rule 18); complete in the stored copy; the first quotation "
              "repeats a sentence of the opening speech of the eighty-ninth set, see SOURCES.md)",
    license=BUBA,
    paras=[RS_P1,
           "Mitmachausstellung zum Entdecken und Erleben",
           RS_P3,
           "Im oberen Stockwerk des Trucks bieten Mitarbeiterinnen und Mitarbeiter der Hauptverwaltungen und Filialen der "
           "Bundesbank weiterführende Informationsgespräche, Falschgeldschulungen und Vorträge an. Vorgestellt werden "
           "zudem die vielfältigen Studien-, Ausbildungs- und Karrieremöglichkeiten, die die deutsche Zentralbank bietet.",
           "Der Besuch des Bundesbank-Trucks ist kostenlos. Ein umfassendes Hygienekonzept ermöglicht auch während der "
           "Corona-Pandemie einen sicheren Besuch der Roadshow."],
    quotes=[(cut(RS_P1, "„Wir wollen", "aufnehmen“"), BALZ),
            (cut(RS_P1, "„Denn Geldwert", "genießt“"), BALZ),
            (cut(RS_P3, "„Die Ausstellung", "Bundesbank“"), BALZ)],
    aliases={BALZ: ["Burkhard Balz", "Vorstandsmitglied Burkhard Balz", "Balz"]})

# --- bundesbank.de, Aufgaben > Themen: 60 years of the Bundesbank (Weidmann's guest article, Steinmeier's letter) ---

STEINMEIER = "Frank\u2011Walter Steinmeier"
SJ_P1 = ('In 60 Jahren Bundesbank\u2011Geschichte ist viel passiert. "Eines hat sich jedoch nicht geändert: Die '
         'geldpolitische Grundüberzeugung der Notenbank", schreibt Bundesbankpräsident Jens Weidmann in einem Gastbeitrag '
         'anlässlich des Jubiläums. Sie war und bleibe auf Preisstabilität ausgerichtet. Seit 60 Jahren scheue sich die '
         'Bundesbank nicht, politisch anzuecken, wenn sie Stabilitätsrisiken sehe, so Weidmann weiter. "Ihrem Ansehen in '
         'der Bevölkerung hat das nicht geschadet."')
SJ_P2 = ('Am 1. August 1957 trat das Gesetz über die Deutsche Bundesbank in Kraft, damit wurde die Bundesbank die '
         'Zentralbank Deutschlands. Seitdem setzt sie sich für eine stabile Währung ein – zunächst gut vier Jahrzehnte für '
         'die D\u2011Mark und seit 2002 für den Euro, die gemeinsame europäische Währung. Das würdigte auch Bundespräsident '
         'Frank\u2011Walter Steinmeier in seinem Gratulationsschreiben an die Bundesbank. "Die Deutsche Bundesbank hat sich '
         'in den vergangenen sechs Jahrzehnten bei den Menschen in Deutschland hohes Ansehen als unbeirrte und unbeugsame '
         'Hüterin unserer Währung erworben", so Steinmeier. Sie leiste einen wesentlichen Beitrag zur Stabilität der '
         'Gemeinschaftswährung und setzte die im EZB\u2011Rat gemeinsam beschlossenen Maßnahmen in Deutschland um.')

add(id="ho163-bundesbank-themen-60-jahre-grundueberzeugung",
    title='60 Jahre Bundesbank: "Geldpolitische Grundüberzeugung hat sich nicht geändert"',
    url="https://bundesbank.de/de/aufgaben/themen/60-jahre-bundesbank-geldpolitische-grundueberzeugung-hat-sich-nicht-"
        "geaendert--608232",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of August 2017 on the 60th "
              "anniversary, quoting President Weidmann's guest article and Federal President Steinmeier's letter of "
              "congratulation; the non-breaking hyphens of 'Bundesbank‑Geschichte', 'D‑Mark', 'Frank‑Walter' and "
              "'EZB‑Rat' kept as published (rule 20, rule 1253); the subheading 'Notenbankgeschichte in Text, Bild und "
              "Ton' kept as a line of its own (rule 18); the last paragraph 'Auf der Website www.60jahre.bundesbank.de "
              "… O‑Töne aus den vergangenen sechs Dekaden der G', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=[SJ_P1, SJ_P2,
           "Notenbankgeschichte in Text, Bild und Ton",
           "Im Jubiläumsjahr 2017 blickt die Bundesbank auf ihre bisherige Geschichte zurück und bietet der Öffentlichkeit "
           "zahlreiche Möglichkeiten, die Notenbank und ihre Aufgaben kennenzulernen."],
    quotes=[('"Geldpolitische Grundüberzeugung hat sich nicht geändert"', WEIDMANN),
            (cut(SJ_P1, '"Eines hat', 'Notenbank"'), WEIDMANN),
            ('"Ihrem Ansehen in der Bevölkerung hat das nicht geschadet."', WEIDMANN),
            (cut(SJ_P2, '"Die Deutsche', 'erworben"'), STEINMEIER)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann"],
             STEINMEIER: ["Frank\u2011Walter Steinmeier", "Bundespräsident Frank\u2011Walter Steinmeier", "Steinmeier"]})

# --- bundesbank.de, Aufgaben > Themen: Dombret at the 60th anniversary in Mainz ---

DREYER = "Malu Dreyer"
DV_P1 = ('Bundesbank-Vorstandsmitglied Andreas Dombret hat bei einem Festakt zum 60-jährigen Jubiläum der Bundesbank in der '
         'Hauptverwaltung in Rheinland-Pfalz und dem Saarland die regionale Verankerung der Bundesbank hervorgehoben. In '
         'Zeiten der Europäisierung und Internationalisierung würden nationale Behörden als Stabilitätsanker dienen, sagte '
         'Dombret vor rund 100 geladenen Gästen aus Politik, Wirtschaft und Gesellschaft. "Nicht nur auf nationaler Ebene, '
         'auch auf regionaler Ebene – direkt bei den Menschen vor Ort – müssen und wollen wir Flagge zeigen", so Dombret.')
DV_P2 = ('Begrüßt wurden die Gäste von Bernd Kaltenhäuser, dem Präsidenten der Hauptverwaltung der Bundesbank in '
         'Rheinland-Pfalz und dem Saarland. Die Ministerpräsidentin des Landes Rheinland-Pfalz, Malu Dreyer, skizzierte in '
         'ihrer Rede die Geschichte der Bundesbank und betonte deren Bedeutung sowohl für den Bund als auch für ihr '
         'Bundesland. "Die Hauptverwaltung der Deutschen Bundesbank für Rheinland-Pfalz und das Saarland mit ihren '
         'Filialen in Mainz, Ludwigshafen, Koblenz und Saarbrücken ist aufgrund ihrer vielfältigen Aufgaben – allen voran '
         'die Bargeldversorgung der Wirtschaft und der Kreditinstitute – eine wichtige Institution in unserem Land, auf die '
         'die Landesregierung stolz ist", sagte Dreyer.Weitere Gäste waren unter anderem der rheinland-pfälzische '
         'Justizminister Herbert Mertin, Landtagspräsident Hendrik Hering, der Präsident des Verfassungsgerichtshofes '
         'Rheinland-Pfalz Lars Brocker, sowie der neue Weihbischof von Mainz, Udo Bentz.')

add(id="ho163-bundesbank-themen-dombret-vertrauen",
    title='Dombret: "Vertrauen muss immer wieder neu verdient werden"',
    url="https://bundesbank.de/de/aufgaben/themen/dombret-vertrauen-muss-immer-wieder-neu-verdient-werden--665372",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of 2017 on the ceremony for "
              "the 60th anniversary in the Hauptverwaltung in Rheinland-Pfalz und dem Saarland; the image lines 'Festakt "
              "'60 Jahre Bundesbank' der Hauptverwaltung in Rheinland-Pfalz und dem Saarland ©Milton Arias' (twice) and "
              "'Malu Dreyer, die Ministerpräsidentin des Landes Rheinland-Pfalz, bei einer Rede während des Festakts in "
              "Mainz zu 60 Jahren Bundesbank.' dropped as captions and credits (rule 93); the missing space of 'sagte "
              "Dreyer.Weitere' kept (rule 20); the subheading 'Fokus auf Preisstabilität' and the paragraph under it "
              "('Bundesbank-Vorstandsmitglied ', cut off in the stored copy) dropped (rule 15))",
    license=BUBA,
    paras=[DV_P1, DV_P2],
    quotes=[('"Vertrauen muss immer wieder neu verdient werden"', DOMBRET),
            (cut(DV_P1, '"Nicht nur', 'zeigen"'), DOMBRET),
            (cut(DV_P2, '"Die Hauptverwaltung', 'stolz ist"'), DREYER)],
    aliases={DOMBRET: ["Andreas Dombret", "Bundesbank-Vorstandsmitglied Andreas Dombret", "Dombret"],
             DREYER: ["Malu Dreyer", "Dreyer", "Die Ministerpräsidentin des Landes Rheinland-Pfalz"]})

# --- bundesbank.de (older address scheme): Weidmann on the farewell of Dombret and Thiele ---

WT_P1 = ('Bundesbankpräsident Jens Weidmann hat die Arbeit der beiden ehemaligen Bundesbank-Vorstände Andreas Dombret und '
         'Carl-Ludwig Thiele gewürdigt und ihnen für ihren herausragenden Einsatz gedankt. "Sie haben die Bundesbank in '
         'Ihren jeweiligen Feldern entscheidend geprägt und vorangebracht", sagte Weidmann anlässlich der offiziellen '
         'Verabschiedung. Dombret und Thiele waren nach achtjähriger Amtszeit zum 30. April 2018 aus dem Bundesbankvorstand '
         'ausgeschieden.')
WT_P3 = ('Andreas Dombret verantwortete in der Bundesbank unter anderem den Bereich Bankenaufsicht und vertrat die Notenbank '
         'in internationalen Gremien. Weidmann betonte sein besonderes Verhandlungsgeschick im internationalen Kontext, das '
         'der Bundesbank immer wieder zu Gute gekommen sei. An der Finalisierung des Regelwerks zur Bankenregulierung Basel '
         'III habe er wesentlichen Anteil gehabt. "Angesichts eines erstarkenden Unilateralismus war es ein wichtiger '
         'Erfolg, dass die USA unter Präsident Trump in dieses internationale Finanzabkommen eingebunden werden konnten", '
         'sagte der Bundesbankpräsident. Dombret selbst nannte Basel III in seiner Rede "eine ganz besondere '
         'Herausforderung". Hier habe er "an vorderster Front viele Jahre um Stabilität im Banking gekämpft". Dabei habe '
         'er natürlich auch deutsche Interessen "fest im Blick gehabt".')
WT_P5 = ('Als Kernthema von Carl-Ludwig Thiele, der in der Bundesbank unter anderem für die Bereiche Bargeld sowie '
         'Zahlungsverkehr und Abwicklungssysteme zuständig war, hob Weidmann die Goldreserven der Bundesbank hervor. "Sie '
         'haben klargestellt, dass bei uns alles Gold ist, was glänzt", sagte Weidmann mit Blick auf die '
         'Transparenzoffensive der Bundesbank.')

add(id="ho163-bundesbank-themen-2018-verabschiedung-dombret-thiele",
    title="Weidmann würdigt ehemalige Vorstandsmitglieder Dombret und Thiele",
    url="https://www.bundesbank.de/Redaktion/DE/Themen/2018/2018_05_04_verabschiedung_thiele_dombret.html?startpageId="
        "Startseite-DE&startpageAreaId=Teaserbereich&startpageLinkName=2018_05_04_verabschiedung_thiele_dombret+428978",
    retrieved="same address (news item of the Deutsche Bundesbank of 4 May 2018 under its older address scheme; the "
              "navigation lines 'Navigation und Service' and 'Deutsche Bundesbank (zur Startseite)' dropped as furniture "
              "(rule 93); the dateline 'Frankfurt am Main | 04.05.2018' above the headline dropped as furniture, the "
              "headline taken as the first line (rule 18); the image line 'Feierstunde anlässlich der Verabschiedung der "
              "Vorstandsmitglieder Carl-Ludwig Thiele und Dr. Andreas Dombret [+]' dropped as caption (rule 93); the "
              "subheadings 'Besondere Herausforderung Basel III' and 'Transparenzoffensive Gold' kept as lines of their "
              "own; the stored copy ends after the paragraph on the gold reserves)",
    license=BUBA,
    paras=[WT_P1,
           "Besondere Herausforderung Basel III",
           WT_P3,
           "Transparenzoffensive Gold",
           WT_P5],
    quotes=[(cut(WT_P1, '"Sie haben die', 'vorangebracht"'), WEIDMANN),
            (cut(WT_P3, '"Angesichts', 'konnten"'), WEIDMANN),
            ('"eine ganz besondere Herausforderung"', DOMBRET),
            ('"an vorderster Front viele Jahre um Stabilität im Banking gekämpft"', DOMBRET),
            ('"fest im Blick gehabt"', DOMBRET),
            (cut(WT_P5, '"Sie haben klar', 'glänzt"'), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann", "der Bundesbankpräsident"],
             DOMBRET: ["Andreas Dombret", "Dombret"]})

# --- bundesbank.de, Aufgaben > Themen: the final teams of the pupils' competition G€SA 2024 (rule 1250) ---

SCHUELER = "Schülerinnen und Schüler"
GF_P1 = ("Am 21. und 22. März 2024 wurden die Teammitglieder der drei Finalteams des Generation €uro "
         "Schülerwettbewerbs (GESA) – Team „Wohlstand der Nationen“ von der Internatsschule Schloss Hansenberg, Team "
         "„Dornige Chancen“ von der Jacob-Grimm-Schule Kassel und Team „Highperformer“ von der Albert-Einstein-Schule "
         "Schwalbach a. Taunus – zum nationalen Finale in die Zentrale der Bundesbank in Frankfurt am Main eingeladen.")
GF_P5 = ("„Authentisch“, „bodenständig“, „sympathisch“, beschrieben die Schülerinnen und Schüler das informelle "
         "Zusammenkommen mit dem Bundesbankpräsidenten. In entspannter Atmosphäre nahm Nagel sich Zeit, die Fragen der "
         "Teams zu beantworten und aus seinem Berufsleben zu erzählen. Der Austausch reichte von KI im Zentralbankwesen, "
         "über persönliche Vorbilder bis hin zum Aufruf des Bundesbankpräsidenten für mehr politisches und ehrenamtliches "
         "Engagement innerhalb der jungen Generation.")

add(id="ho163-bundesbank-themen-gesa-2024-finalteams",
    title="G€SA Finalteams zu Gast bei der Bundesbank",
    url="http://www.bundesbank.de/de/aufgaben/themen/g-sa-finalteams-zu-gast-bei-der-bundesbank--928452",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the national final of the "
              "Generation €uro Students' Award in March 2024; the image line 'Schülerwettbewerb ©Lando Hass' above the "
              "headline dropped as caption and credit (rule 93); the subheading 'Highlight – Smalltalk mit dem "
              "Bundesbankpräsidenten' kept as a line of its own (rule 18); the subheading 'Schloss Hansenberg gewinnt den "
              "Wettbewerb' and the paragraph under it ('Am zweiten Tag hielten die drei ', cut off in the stored copy) "
              "dropped (rule 15))",
    license=BUBA,
    paras=[GF_P1,
           "Im Rahmen eines abwechslungsreichen Programms über den Dächern Frankfurts tauchten die Schülerinnen und Schüler "
           "in die Welt des Zentralbankwesens ein und lernten die facettenreichen Aufgaben der Bundesbank kennen. Dazu "
           "gehörten am ersten Tag ein Besuch des Handelsraums mit spannenden Vorträgen zum Eurohandel und dem "
           "Währungsreservemanagement, am zweiten Tag der Besuch des Geldmuseums der Bundesbank und eine individuelle "
           "Führung durch das Gebäude der Europäischen Zentralbank.",
           "Highlight – Smalltalk mit dem Bundesbankpräsidenten",
           "Am Nachmittag des ersten Tages ging es für die drei Schülergruppen und ihre Lehrkräfte in die Vorstandsetage "
           "der Bundesbank. Dort besichtigten sie den Raum, in dem die Vorstandssitzungen einmal wöchentlich stattfinden. "
           "Im Anschluss folgte das Highlight für die Teams – der persönliche Empfang bei Bundesbankpräsident Joachim "
           "Nagel in dessen Büro.",
           GF_P5],
    quotes=[("„Wohlstand der Nationen“", None),
            ("„Dornige Chancen“", None),
            ("„Highperformer“", None),
            ("„Authentisch“", SCHUELER),
            ("„bodenständig“", SCHUELER),
            ("„sympathisch“", SCHUELER)],
    aliases={SCHUELER: ["Schülerinnen und Schüler", "die Schülerinnen und Schüler"]})

# --- bundesbank.de, Aufgaben > Themen: the German winners at the ECB's final event 2023 (rule 1251) ---

GE_P1 = ("Am 30. und 31. Mai 2023 trafen sich die Teammitglieder des nationalen Siegerteams des zwölften Generation €uro "
         "Schülerwettbewerbs Maximilian Holzwarth, Ruben Seim und Henry Weber in Frankfurt am Main mit den Siegerteams der "
         "anderen teilnehmenden nationalen Notenbanken. Die Europäische Zentralbank (EZB) organisierte zwei spannende Tage "
         "für die Jugendlichen. Dazu gehörten am ersten Tag eine Stadtbesichtigung mit Schifffahrt auf dem Main, die "
         "Teilnahme an einem „Outdoor Escape Game“ und ein gemeinsamer Restaurantbesuch. Die drei Gewinner vom "
         "Beethoven-Gymnasium aus Bonn knüpften schnell viele Kontakte und genossen die „europäische Gemeinschaft“ mit den "
         "anderen Teams.")
GE_P3 = ("Am zweiten Tag ging es in der EZB weiter mit dem Besuch des „Governing Council Room“, dem zentralen Ort der "
         "Entscheidungen über die gemeinsame europäische Geldpolitik. Der imposante Saal, das europäische Flair und der "
         "Blick auf die Bankenstadt und das Rhein-Main-Gebiet waren echte Highlights für die Schülerinnen und Schüler. Nach "
         "einem dann folgenden Expertengespräch zum Thema „Zentralbank und Klimawandel“, einem Fototermin und einer "
         "informativen Tour durch das Gebäude und das Besucherzentrum der EZB, steuerte die Veranstaltung dem Höhepunkt "
         "entgegen.")

add(id="ho163-bundesbank-themen-gesa-2023-finale-ezb",
    title="G€SA: Gewinnerteam beim Finale in der EZB",
    url="https://bundesbank.de/de/aufgaben/themen/g-sa-gewinnerteam-beim-finale-in-der-ezb--910770",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the German winning team "
              "at the ECB's final event of May 2023; the subheadings 'Besichtigung des „Governing Council Room“' and "
              "'Urkundenüberreichung durch die EZB-Präsidentin' kept as lines of their own (rule 18); complete in the "
              "stored copy)",
    license=BUBA,
    paras=[GE_P1,
           "Besichtigung des „Governing Council Room“",
           GE_P3,
           "Urkundenüberreichung durch die EZB-Präsidentin",
           "Christine Lagarde begrüßte alle Schülerinnen und Schüler mit ihren Lehrkräften sowie die Organisatorinnen und "
           "Organisatoren des Wettbewerbes aus den verschiedenen Zentralbanken. Anschließend hatten die Teams die "
           "Möglichkeit, der Präsidentin Fragen zu stellen, bevor Lagarde den verschiedenen Teams ihre Urkunden überreichte. "
           "Für die diesjährigen Sieger endeten damit zwei unvergessliche Tage. Der nächste Wettbewerb startet "
           "voraussichtlich im Oktober 2023."],
    quotes=[("„Outdoor Escape Game“", None),
            ("„europäische Gemeinschaft“", None),
            ("„Governing Council Room“", None, 0),
            ("„Governing Council Room“", None, 1),
            ("„Zentralbank und Klimawandel“", None)],
    aliases={})

# --- bundesbank.de, Aufgaben > Themen: the European award event of the pupils' competition 2016 ---

add(id="ho163-bundesbank-themen-generation-euro-abschluss-2016",
    title='Abschlussveranstaltung des Schülerwettbewerbs "Generation €uro"',
    url="https://bundesbank.de/de/aufgaben/themen/abschlussveranstaltung-des-schuelerwettbewerbs-generation-uro--664884",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the European award event "
              "of the Generation €uro competition in April 2016; the image lines 'André Kühne, Lucas Hermersdorfer, Mara "
              "Eisel, Jens Weidmann, Oleksii Dakal, Sven Teepe, Andreas Schepers' and 'v.l.n.r.:André Kühne (Bundesbank), "
              "… Andreas Schepers (Lehrer)' dropped as captions (rule 93); complete in the stored copy)",
    license=BUBA,
    paras=['Am 20. April trafen sich die 13 nationalen Siegerteams des "Generation €uro Schülerwettbewerb 2015/16" zur '
           'Abschlussveranstaltung "European Award Event" in der Europäischen Zentralbank (EZB). Mario Draghi empfing die '
           'Schüler aus ganz Europa und diskutierte mit ihnen über die Zukunft der Währungsunion und seinen persönlichen '
           'Arbeitsalltag als EZB-Präsident.',
           'Die Siegerteams bekamen von Direktoriumsmitglied Benoît Cœuré und ihrem jeweiligen nationalen '
           'Notenbankpräsidenten feierlich die Siegerurkunden überreicht. Anschließender Höhepunkt für das fünfköpfige '
           'deutsche Siegerteam "Pearson Broes" vom Collegium Johanneum aus Westfalen war ein intensives Gespräch mit '
           'Bundesbankpräsident Jens Weidmann. Weitere Programmpunkte der zweitägigen Veranstaltung waren die Teilnahme an '
           'der offiziellen EZB-Pressekonferenz und ein Besuch der Frankfurter Börse.',
           'Der "Generation €uro Schülerwettbewerb" wird auf nationaler Ebene in verschiedenen Ländern des '
           'Euro-Währungsgebiets organisiert und richtet sich an alle Schüler weiterführender Schulen in der 11., 12. und '
           '13. Jahrgangsstufe. Die Jugendlichen lernen dabei, sich intensiv mit den geldpolitischen Instrumenten, '
           'insbesondere mit Zinsentscheidungen, auseinander zu setzen. Die nächste Wettbewerbsrunde startet im zweiten '
           'Halbjahr 2016.'],
    quotes=[('"Generation €uro"', None),
            ('"Generation €uro Schülerwettbewerb 2015/16"', None),
            ('"European Award Event"', None),
            ('"Pearson Broes"', None),
            ('"Generation €uro Schülerwettbewerb"', None)],
    aliases={})

# --- hochschule-bundesbank.de: graduation 2022 (Vice-President Buch) ---

BUCH = "Claudia Buch"
HB_P1 = ("„Wirtschaft und Gesellschaft stehen in vielfacher Hinsicht an einem Wendepunkt – das erfordert Stabilität, aber "
         "auch frische Ideen. Ich freue mich, dass Sie uns zukünftig dabei unterstützen werden, die Stabilität zu bewahren "
         "und neue Ideen einzubringen. Genau dort setzt das Rüstzeug an, das Ihnen Ihr Studium mitgegeben hat!“ Diese "
         "Botschaft überbrachte Bundesbank-Vizepräsidentin Claudia Buch den 60 Absolventinnen und Absolventen der "
         "Hochschule der Bundesbank bei ihrer Ansprache auf der Akademischen Feier, die in einem hybriden Format "
         "ausgerichtet wurde (neben gut 60 Personen im Vortragssaal waren knapp 200 Gäste per Videoschalte mit von der "
         "Partie). In Ihrer Ansprache ging sie auch darauf ein, welche Rolle die Bundesbank für die Gesellschaft leisten "
         "kann: „Ich bin überzeugt davon, dass stabile und verlässliche Institutionen das Fundament dafür sind, "
         "gesellschaftliche Herausforderungen zu meistern. Die Bundesbank ist ein solche Institution.“ Geldwertstabilität, "
         "ein funktionierender Zahlungsverkehr, die Versorgung mit Bargeld und die Stabilität des Finanzsystems seien "
         "zentral für das Funktionieren der Wirtschaft und auch wichtig dafür, dass gesellschaftliche Prozesse "
         "funktionieren.")

add(id="ho163-hdb-2022-absolventen-buch",
    title="60 Absolventinnen und Absolventen schließen Studium erfolgreich ab",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/60-absolventinnen-und-absolventen-"
        "schliessen-studium-erfolgreich-ab-888654",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on the graduation ceremony of 2022 at "
              "Schloss Hachenburg; the image line 'Abschlussfeier auf Schloss Hachenburg 2022 ©Sascha Ditscher' above the "
              "headline and again under the subheading dropped as caption and credit (rule 93); 'In Ihrer Ansprache' and "
              "'ein solche Institution' kept as published (rule 20); the subheading 'Starke „zweite Halbzeit“' and the "
              "paragraph under it ('Die Vizepräsidentin überreichte … in den vier Modulprüfung', cut off in the stored "
              "copy) dropped (rule 15))",
    license=BUBA,
    paras=[HB_P1],
    quotes=[(cut(HB_P1, "„Wirtschaft und", "mitgegeben hat!“"), BUCH),
            (cut(HB_P1, "„Ich bin überzeugt", "Institution.“"), BUCH)],
    aliases={BUCH: ["Claudia Buch", "Bundesbank-Vizepräsidentin Claudia Buch"]})

# --- hochschule-bundesbank.de: graduation 2021 (rector Keller) ---

GJ_P1 = ("Die Corona-Situation ließ es glücklicherweise zu, dass die akademische Feier des Abschlussjahrgangs Oktober 2021- "
         "wenn auch in kleinerer Runde - wieder vor Ort an der Hochschule stattfinden konnte. Mit einem Durchschnitt von "
         "14,46 von 15 möglichen Punkten konnte der Absolvent Johannes Alban in diesem Jahr den besten Abschluss der "
         "Bundesbank Hochschule in 40 Jahren erzielen. Zudem gab es mit Jonas Janz noch einen weiteren Einser-Abschluss "
         "und damit die elfte „Eins“ im 16. Bachelor-Abschlussjahrgang. Neben diesen beiden herausragenden Leistungen gab "
         "es weitere erfreuliche Zensuren:  42 Studierende schlossen mit der Gesamtnote „gut“ ab, 18 mit „befriedigend“ "
         "und die Note „ausreichend“ gab es in diesem Jahr gar nicht. „Die Ergebnisse waren um eine Nuance besser als im "
         "vorigen Bachelor-Jahrgang“, sagte Rektor Erich Keller. Er appellierte an die Absolventinnen und Absolventen, "
         "Bundesbank und BaFin treu zu bleiben: „Die Aufgaben von beiden Institutionen sind es wirklich wert, dass man "
         "ihnen sein ganzes Berufsleben widmet.“")

add(id="ho163-hdb-2021-guter-jahrgang",
    title="Guter Jahrgang",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/guter-jahrgang-876846",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on the graduation ceremony of October "
              "2021; the image lines '60 strahlende Gesichter: Die Bachelor-Absolventinnen und -Absolventen der HDB "
              "©Sascha Ditscher', 'Johannes Alban erzielte das beste Abschlussergebnis in vier Jahrzehnten und wird von "
              "Sabine Mauderer geehrt ©Sascha Ditscher' and 'Johannes Alban und Bundesbankvorstand Sabine Mauderer' dropped "
              "as captions and credits (rule 93); '2021- wenn' and the double space after 'Zensuren:' kept (rule 20); the "
              "subheading '„Eine Meisterleistung“' and the paragraph under it ('Neben den 60 Absolventinnen … „Sie haben "
              "richtig viel gelernt … gemeinsam verbracht h', cut off in the stored copy inside a quotation of Sabine "
              "Mauderer) dropped (rule 15))",
    license=BUBA,
    paras=[GJ_P1],
    quotes=[("„Eins“", None),
            ("„gut“", None),
            ("„befriedigend“", None),
            ("„ausreichend“", None),
            (cut(GJ_P1, "„Die Ergebnisse", "Jahrgang“"), KELLER),
            (cut(GJ_P1, "„Die Aufgaben", "widmet.“"), KELLER)],
    aliases={KELLER: ["Erich Keller", "Rektor Erich Keller"]})

# --- hochschule-bundesbank.de: graduation of the 18th bachelor year (rector Keller) ---

JG_P2 = ("„Ein Grund zum Feiern“, fand der Rektor der Hochschule, Erich Keller. Und zwar nicht nur für die Jungakademiker "
         "und ihre Angehörigen, sondern für die gesamte Hochschule der Deutschen Bundesbank (HDB). „Die akademische Hürde "
         "haben sie gemeistert“, gratulierte Keller. Er zeigte sich zuversichtlich, dass die Berufseinsteiger durch duales "
         "Studium und Laufbahnbefähigung das nötige Rüstzeug mitbekommen haben, um die kommenden Herausforderungen im "
         "Berufsleben zu bestehen. Dabei ermutigte Keller ausdrücklich zu Mobilität und Flexibilität sowie zur Pflege von "
         "Netzwerken, zum Beispiel im Alumni-Verein der Hochschule. Seit der Gründung der Hochschule im Jahr 1980 haben "
         "über 4000 Studierende das anspruchsvolle und komprimierte Studium – seit 2011 in Form eines "
         "Bachelorstudiengangs – absolviert und ihre Karriere bei der Bundesbank oder der BaFin gestartet.")

add(id="ho163-hdb-18-jahrgang-bachelor",
    title="Der 18. Jahrgang der Hochschule der Bundesbank feiert Bachelor-Examen",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/der-18-jahrgang-der-hochschule-der-"
        "bundesbank-feiert-bachelor-examen-898060",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on the graduation of the bachelor year "
              "that began on 1 October 2019; the image line 'Gruppenfoto der 62 Absolventinnen und Absolventen des ET "
              "01.10.2019 ©Arno Swillus' dropped as caption and credit (rule 93); the subheading 'Eine besondere "
              "Hochschule, einzigartig in Deutschland' and the paragraph under it on Raimund Röseler's speech ('Die "
              "Festrede hielt … sowie der', cut off in the stored copy) dropped with its quotations (rule 15))",
    license=BUBA,
    paras=["Im Rahmen einer akademischen Feierstunde haben 62 Absolventinnen und Absolventen des Bachelor-Studienganges "
           "Zentralbankwesen auf Schloss Hachenburg ihre Examensurkunden erhalten.",
           JG_P2],
    quotes=[("„Ein Grund zum Feiern“", KELLER),
            (cut(JG_P2, "„Die akademische", "gemeistert“"), KELLER)],
    aliases={KELLER: ["Erich Keller", "Keller", "der Rektor der Hochschule"]})

# --- hochschule-bundesbank.de (older address scheme): graduation 2016 (rule 543 for the joint speech) ---

WESENER = "Tom Wesener"
ROEGELE = "Elisabeth Roegele"
AU_P1 = ('Vor drei Jahren starteten 62 junge Abiturienten ihr Hochschulstudium "Zentralbankwesen/Central Banking" bei der '
         'Bundesbank. Jetzt erhielten 55 von ihnen die Bachelorurkunden. "Die Quote von knapp 89 Prozent kann sich sehen '
         'lassen", sagte auch der Hochschulrektor der Bundesbank, Professor Erich Keller, bei der offiziellen akademischen '
         'Abschlussfeier im Vortragssaal des Hachenburger Schlosses.')
AU_P3 = ('Neben der Bundesbank schickt auch die Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) seit Jahrzehnten '
         'Nachwuchskräfte zum Studium an die Hochschule der Bundesbank. Im aktuellen Jahrgang waren sechs der 55 '
         'Absolventinnen und Absolventen von der BaFin, darunter auch die Jahrgangsbesten, Janina Schaaf und Luisa Luhmer. '
         'Da traf es sich gut, dass Elisabeth Roegele, Exekutivdirektorin in der Wertpapieraufsicht der BaFin, als '
         'Hauptrednerin zu den etwa 220 geladenen Gästen sprach. Sie freute sich, dass  die beiden besten Absolventinnen '
         'aus ihrem Hause kamen. Den drittbesten Abschluss erreichte Janina Jung, die nun ihre erste Stelle im '
         'Rechnungswesen in der Bundesbank antreten wird. Roegeles Appell an die Herren fiel deutlich aus: "Strengt Euch '
         'an, Jungs!"')
AU_P5 = ('In ihrer Abschlussrede ließen Tom Wesener und Stina Franziska Zacharias nochmals ihr Studium Revue passieren und '
         'rückten dabei ihren Abschluss auf launige Art ins rechte Licht: "Das Bundesverdienstkreuz wird jährlich über '
         '2.000 Mal verliehen. Es wird ja geradezu inflationär verliehen, im Vergleich zu den Bachelor-Urkunden im '
         'Studiengang Central Banking." Wahre Worte: Schließlich wird diese Urkunde pro Jahr maximal 140 Mal ausgehändigt.')

add(id="ho163-hdb-2016-absolventen-urkunden",
    title="Absolventen der Hochschule erhalten Urkunden",
    url="http://www.hochschule-bundesbank.de/hochschule/Redaktion/DE/Standardartikel/Hochschule/"
        "2016_09_29_abschlussfeier_bachelor.html",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of September 2016 under the older "
              "address scheme; the navigation lines 'Navigation und Service' and 'Deutsche Bundesbank (zur Startseite)' "
              "and the image line 'Gruppenfoto der Bachelor-Absolventen [+] Gruppenfoto der Bachelor-Absolventen' dropped "
              "as furniture and caption (rule 93); the subheadings 'Drei Damen auf dem \"Podest\"' and 'Seltener als das "
              "Bundesverdienstkreuz' kept as lines of their own (rule 18); the double space of 'dass  die' kept (rule 20); "
              "complete in the stored copy)",
    license=BUBA,
    paras=[AU_P1,
           'Drei Damen auf dem "Podest"',
           AU_P3,
           "Seltener als das Bundesverdienstkreuz",
           AU_P5],
    quotes=[('"Zentralbankwesen/Central Banking"', None),
            (cut(AU_P1, '"Die Quote', 'lassen"'), KELLER),
            ('"Podest"', None),
            ('"Strengt Euch an, Jungs!"', ROEGELE),
            (cut(AU_P5, '"Das Bundesverdienstkreuz', 'Central Banking."'), WESENER)],
    aliases={KELLER: ["Erich Keller", "Professor Erich Keller", "Hochschulrektor der Bundesbank"],
             ROEGELE: ["Elisabeth Roegele", "Roegele"],
             WESENER: ["Tom Wesener", "Stina Franziska Zacharias"]})

# --- ecb.europa.eu: German press release of 6 May 2015 on the pupils' competition (Draghi) ---

DRAGHI = "Mario Draghi"
EZ_P2 = ("„Der Wettbewerb bietet uns die einzigartige Gelegenheit, in einen direkten Dialog mit Tausenden von "
         "Schülerinnen und Schülern im gesamten Euro-Währungsgebiet zu treten. Nun, da die fragile Konjunkturerholung zu "
         "greifen beginnt, ist es für uns äußerst wichtig, einen Beitrag zur Weiterentwicklung des wirtschaftlichen "
         "Verständnisses der kommenden Generation zu leisten“, so Draghi.")

add(id="ho163-ecb-2015-05-schuelerwettbewerb-teilnehmerrekord",
    title="Teilnehmerrekord beim Schülerwettbewerb der EZB",
    url="http://www.ecb.europa.eu/press/pr/date/2015/html/pr150506.de.html",
    retrieved="same address (German press release of the ECB of 6 May 2015; the navigation lines 'Suchoptionen', "
              "'Startseite Medien Wissenswertes Forschung und Publikationen Statistiken Geldpolitik Der Euro "
              "Zahlungsverkehr und Märkte Karriere', 'Vorschläge', 'Sortieren nach' and the label 'PRESSEMITTEILUNG' "
              "dropped as furniture (rule 93, as in the hundred-and-fortieth set); the date line kept; the label "
              "'EMBARGO' dropped and the line 'Sperrfrist: …' kept; the three bullet lines of the summary kept as lines of "
              "their own without the bullet marks; the last paragraph 'Der vierte Generation-€uro-Schülerwettbewerb … "
              "einen Multiple-Choice-Test', cut off in the stored copy, dropped (rule 15); the contact block with the "
              "licence line is not in the stored excerpt, the licence is that of every German ECB press release "
              "(ECB_PR))",
    license=ECB_PR,
    paras=["6. Mai 2015",
           "Sperrfrist: Mittwoch, 6. Mai 2015, 14.00 Uhr MEZ",
           "Über 5 500 Schülerinnen und Schüler im Alter von 16 bis 19 Jahren nahmen am diesjährigen "
           "Generation-€uro-Schülerwettbewerb teil.",
           "Die Teilnehmer kamen aus allen 19 Ländern des Euro-Währungsgebiets.",
           "Die Mehrzahl der Teams fasste denselben Leitzinsbeschluss wie der EZB-Rat auf seiner Sitzung am 15. April.",
           "Gemeinsam mit den Zentralbankpräsidenten der teilnehmenden Euroländer hat EZB-Präsident Mario Draghi heute die "
           "Gewinnerteams des vierten Generation-€uro-Schülerwettbewerbs in der Europäischen Zentralbank (EZB) empfangen. "
           "Bevor er den siegreichen Teams die Preise überreichte, dankte Mario Draghi sowohl den Schülerinnen und Schülern "
           "als auch den Lehrkräften für ihre Begeisterung und ihr Engagement.",
           EZ_P2,
           "Die große Mehrheit der Gewinnerteams entschied sich dafür, die Leitzinsen unverändert zu belassen und die "
           "unkonventionellen geldpolitischen Maßnahmen der EZB vollständig umzusetzen. Maßgeblich für die Auswahl der "
           "Gewinner war die Qualität ihrer Einschätzung des wirtschaftlichen Umfelds und der geldpolitischen Optionen."],
    quotes=[(cut(EZ_P2, "„Der Wettbewerb", "leisten“"), DRAGHI)],
    aliases={DRAGHI: ["Mario Draghi", "EZB-Präsident Mario Draghi", "Draghi"]})
