# Two-hundred-and-seventh held-out German real-news set (tests/data/heldout207-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1510-1512). None of these
# pages is in any tests/data/*.jsonl (checked by URL, PK number and address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-seventh held-out set" of SOURCES.md: texts of the Austrian Parliament (licence
# PK): two releases of the Parlamentskorrespondenz on parlament.gv.at (the Bundesrat's 783rd sitting of April 2010, an
# AVISO of October 2014 for a lecture in the Palais Epstein) and two news items of parlament.gv.at/aktuelles/news (the
# Lupac prizes of December 2025, Salzburg's Bundesrat presidency of January 2025). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz Nr. 243 of 9 April 2010: the Bundesrat's 783rd sitting ---

BR_KONECNY = ("Bundesrat Albrecht KONECNY (S/W) appellierte an das Ministerium, die lange Liste von Verträgen, Vereinbarungen "
              "und Konventionen einmal systematisch durchzugehen und dabei die Frage zu prüfen, welche dieser Organisationen "
              "in einem institutionellen Verbund angesiedelt werden könnten und inwieweit eine Mitgliedschaft Österreichs "
              "überhaupt von Bedeutung sei. Konecny sprach in diesem Zusammenhang von einem \"Putztag\".")

add(id="ho207-pk-2010-04-09-bundesrat-schwerpunkt-verkehr",
    title="Bundesrat mit Schwerpunkt Verkehr",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2010/pk0243",
    retrieved="same address (release of the Parlamentskorrespondenz of 9 April 2010; the line 'Parlamentskorrespondenz Nr. "
              "243 vom 09.04.2010' dropped as furniture; subtitle and the subheading 'Bericht über Gemeinwirtschaftliche "
              "Leistungen der Bahn im Jahr 2008' kept as lines of their own (rules 18, 19); trailing blanks after the "
              "Konecny paragraph dropped; the paragraph 'Bundesrat Karl BODEN (S/N) begrü…', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Kein Einspruch bei der 783. Sitzung der Länderkammer",
           "Wien (PK) – Die 783. Sitzung des Bundesrats begann erstmals mit einer Aktuellen Stunde (siehe PK Nr. 242 /2010), "
           "danach aber verlief die Sitzung in den gewohnten Bahnen. Zunächst passierten drei Abkommen – betreffend die "
           "Sicherheit von Plattformen auf Festlandssockel, die Sicherheit der Seeschifffahrt und das Übereinkommen zum "
           "Europäischen Zentrum für mittelfristige Wettervorhersage – einstimmig die Länderkammer.",
           "Bundesrat Franz Eduard KÜHNEL (V/W) erläuterte die drei Abkommen und kündigte die Zustimmung seiner Fraktion an.",
           BR_KONECNY,
           "Bundesrat Stefan SCHENNACH (G/W) befasste sich mit dem Protokoll über das Europäische Zentrum für mittelfristige "
           "Wettervorhersage und begrüßte die Mitgliedschaft Österreichs bei dieser Einrichtung vor allem vor dem Hintergrund "
           "des Klimawandels.",
           "Bei der Abstimmung wurde gegen die drei Beschlüsse einstimmig kein Einspruch erhoben.",
           "Bericht über Gemeinwirtschaftliche Leistungen der Bahn im Jahr 2008",
           "Bundesrat Elmar PODGORSCHEK (F/O) betrachtete die ÖBB als volkswirtschaftliches Problem und sprach angesichts des "
           "Finanzierungsbedarfs von einem Fass ohne Boden, das jeden Bürger 2500 Euro pro Jahr kostet. Er kritisierte "
           "steigende Personalkosten trotz sinkendem Mitarbeiterstand sowie die nach wie vor hohe Anzahl von unkündbaren "
           "ÖBB-Bediensteten und forderte eine Kraftanstrengung aller Parteien, um die ÖBB ins 21. Jahrhundert zu führen."],
    quotes=[("\"Putztag\"", "Konecny")],
    aliases={"Konecny": ["Konecny", "Albrecht KONECNY", "Bundesrat Albrecht KONECNY"]})

# --- Parlamentskorrespondenz Nr. 851 of 1 October 2014: AVISO for the lecture "Die ersten Europäer" ---

EUR_P1 = ("Wien (PK) – \"Die eigentliche Heimat, die mein Herz sich erwählt, Europa, ist mir verloren\", schrieb der Wiener "
          "Schriftsteller Stefan Zweig in seinen \"Erinnerungen eines Europäers\", die 1942 posthum unter dem Titel \"Die Welt "
          "von Gestern\" erschienen. Die Heimat, deren Verlust Stefan Zweig beklagte, war das Europa vor dem Ersten Weltkrieg, "
          "vor allem das Vielvölkerreich der Habsburger, in dem Jüdinnen und Juden sowie Menschen jüdischer Herkunft aufgrund "
          "ihrer Mobilität und internationalen Vernetzung eine besondere Rolle in Wirtschaft und Gesellschaft, Wissenschaft, "
          "Kunst und Kultur einnahmen. Das besondere Verhältnis, das Habsburger und Juden seit dem Toleranzpatent Josephs II. "
          "nach und nach zueinander fanden sowie die Bedeutung der Donaumonarchie für die \"Idee Europa\" ist Thema eines "
          "Vortragsabends, zu dem Nationalratspräsidentin Doris Bures  heute Mittwoch, 1. Oktober 2014, um 17.30 Uhr im "
          "Palais Epstein begrüßen wird.")
EUR_P2 = ("Über Jüdinnen und Juden in der Habsburgermonarchie als dynamischer Faktor europäischer Entwicklung wird die "
          "Judaistin, Museologin und Ausstellungskuratorin Felicitas Heimann-Jelinek in einem Vortrag zum Thema \"Die ersten "
          "Europäer. Habsburger und andere Juden – eine Welt vor 1914\" sprechen. Denselben Titel tragen eine Ausstellung im "
          "Jüdischen Museum Hohenems, die dort noch bis 5. Oktober 2014 zu sehen ist, sowie ein Buch von Felicitas "
          "Heimann-Jelinek und Michaela Feurstein-Prasser, das im Wiener Mandelbaum Verlag (März 2014) erschienen ist. - "
          "Musikalisch umrahmt wird die Veranstaltung im Palais Epstein von Hannes Löschel und Vinzenz Wizlsperger mit "
          "Liedern aus der Zeit vor 1914.")

add(id="ho207-pk-2014-10-01-aviso-die-ersten-europaeer",
    title="AVISO: Vortrag \"Die ersten Europäer\" - heute 17.30 im Palais Epstein",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0851/index.shtml",
    retrieved="same address (AVISO of the Parlamentskorrespondenz of 1 October 2014; the line 'Parlamentskorrespondenz Nr. "
              "851 vom 01.10.2014' dropped as furniture; subtitle kept as a line of its own (rules 18, 19); the double "
              "blank in 'Doris Bures  heute' kept as stored; the end mark '(Schluss) fru' (rule 48) and the note 'HINWEIS: "
              "Fotos von dieser Veranstaltung finden Sie im Fotoalbum auf www.parlament.gv.at.' dropped; the release is "
              "complete in the stored copy)",
    license=PK,
    paras=["Die Juden in der Donaumonarchie als Faktor europäischer Entwicklung",
           EUR_P1,
           EUR_P2],
    quotes=[("\"Die ersten Europäer\"", None),
            ("\"Die eigentliche Heimat, die mein Herz sich erwählt, Europa, ist mir verloren\"", "Stefan Zweig"),
            ("\"Erinnerungen eines Europäers\"", None),
            ("\"Die Welt von Gestern\"", None),
            ("\"Idee Europa\"", None),
            ("\"Die ersten Europäer. Habsburger und andere Juden – eine Welt vor 1914\"", None)],
    aliases={"Stefan Zweig": ["Stefan Zweig", "der Wiener Schriftsteller Stefan Zweig"]})

# --- parlament.gv.at news, 15 December 2025: Demokratiepreis 2024 and Wissenschaftspreis 2025 of the Lupac foundation ---

add(id="ho207-parl-news-2025-12-15-lupac-demokratiepreis-wissenschaftspreis",
    title="Demokratiepreis 2024 und Wissenschaftspreis 2025 vergeben",
    url="https://www.parlament.gv.at/aktuelles/news/Demokratiepreis-2024-und-Wissenschaftspreis-2025-vergeben",
    retrieved="same address (news item of the Austrian Parliament's website of 15 December 2025; the date line 'News "
              "15.12.2025, 19:33' dropped as furniture; the image caption 'Die Geehrten: Gina Streit (Regionsmanagement "
              "Osttirol), Barbara Coudenhove-Kalergi, Zoe Lefkofridi, Jürgen Pirker.' dropped (rule 1512); the subheading "
              "'Förderung von Verständnis für Demokratie und Parlamentarismus' and the paragraph under it ('Margaretha Lupac "
              "hat ihr ganzes Vermögen dem Parlament vermacht. … einen Diskurs der Toleranz in Po…'), cut off in the stored "
              "copy, dropped together (rules 15, 1491))",
    license=PK,
    paras=["Im feierlichen Rahmen hat das Parlament die Preisträgerinnen und Preisträger des Demokratiepreises und "
           "Wissenschaftspreises der Margaretha Lupac-Stiftung gewürdigt. Als markante Stimme für die Demokratie über viele "
           "Jahrzehnte wurde die Journalistin Barbara Coudenhove-Kalergi mit dem Demokratiepreis 2024 für ihr Lebenswerk "
           "ausgezeichnet. Gina Streit nahm den Demokratiepreis 2024 als Vertreterin des Regionsmanagements Osttirol für "
           "dessen innovative, länder- und generationenübergreifende Arbeit zur Demokratiebildung entgegen.",
           "Der Wissenschaftspreis 2025 wurde an zwei Personen vergeben. Die Universitätsprofessorin Zoe Lefkofridi vom "
           "Institut für Politikwissenschaft Salzburg wurde für ihr bisheriges wissenschaftliches Gesamtwerk ausgezeichnet, "
           "das sich in kreativer Weise mit den Grundbedingungen für Demokratie und Parlamentarismus auseinandersetzt. Der "
           "Grazer Universitätsprofessor Jürgen Pirker wurde für sein Werk \"Kollektive Rechte – Strukturfragen und "
           "Entwicklung in der Rechtsprechung zu den Freiheiten der Assoziation, Nationalität und Religion im "
           "Staatsgrundgesetz seit 1848\" ausgezeichnet. Darin wird die Bedeutung von Minderheitenrechten für den "
           "demokratischen Diskurs dargestellt."],
    quotes=[("\"Kollektive Rechte – Strukturfragen und Entwicklung in der Rechtsprechung zu den Freiheiten der Assoziation, "
             "Nationalität und Religion im Staatsgrundgesetz seit 1848\"", None)],
    aliases={})

# --- parlament.gv.at news, 2 January 2025: Salzburg takes over the chair of the Bundesrat ---

add(id="ho207-parl-news-2025-01-02-salzburg-vorsitz-bundesrat",
    title="Salzburg hat mit 1. Jänner Vorsitz im Bundesrat übernommen",
    url="https://www.parlament.gv.at/aktuelles/news/Salzburg-hat-mit-1.-Jaenner-Vorsitz-im-Bundesrat-uebernommen/",
    retrieved="same address (news item of the Austrian Parliament's website of 2 January 2025; the date line 'News "
              "02.01.2025, 10:00' dropped as furniture; the image caption 'Andrea Eder-Gitschthaler wird den Vorsitz im "
              "Bundesrat im ersten Halbjahr 2025 führen.' between the second and the last paragraph dropped (rule 1512); the "
              "double blank in 'Jahresmitte  Michael Wanner' kept as stored; the item is complete in the stored copy)",
    license=PK,
    paras=["Die Salzburgerin Eder-Gitschthaler hat mit Jahresbeginn den Oberösterreicher Franz Ebner an der Spitze der "
           "Länderkammer des österreichischen Parlaments abgelöst. Die ausgebildete Juristin ist seit einiger Zeit Obfrau des "
           "Salzburger Seniorenbundes und gehört dem Bundesrat seit Oktober 2017 an.",
           "Schon einmal, im zweiten Halbjahr 2020, hatte sie den Vorsitz im Bundesrat inne. Ab Oktober 2006 saß sie zudem "
           "zwei Jahre lang für die ÖVP im Nationalrat. Für ihre Präsidentschaft hat Eder-Gitschthaler das Motto "
           "\"Miteinander wachsen – Brücken der Generationen bauen\" gewählt und in diesem Zusammenhang unter anderem ein "
           "Expertenhearing zum Thema \"Pensionen\" angekündigt. Zudem soll der Übergang vom aktiven Berufsleben in die "
           "Pension im Rahmen einer parlamentarischen Enquete näher beleuchtet werden.",
           "Der Vorsitz im Bundesrat wechselt halbjährlich zwischen den Bundesländern in alphabetischer Reihenfolge. Im "
           "zweiten Halbjahr 2025 wird die Steiermark die Staffel übernehmen. Erstmals wird es dann gleichzeitig einen "
           "Nationalrats- und einen Bundesratspräsidenten aus den Reihen der FPÖ geben. Als Vizepräsidenten stehen "
           "Eder-Gitschthaler bis zur Jahresmitte  Michael Wanner (SPÖ) und Markus Stotter (ÖVP) zur Seite."],
    quotes=[("\"Miteinander wachsen – Brücken der Generationen bauen\"", None),
            ("\"Pensionen\"", None)],
    aliases={})
