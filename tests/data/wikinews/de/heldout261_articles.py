# Two-hundred-and-sixty-first held-out German real-news set (tests/data/heldout261-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1750-1752). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, OTS number, PK number and page
# slug and by a distinctive phrase of each text with grep -rli against every annotation module, SOURCES file and jsonl file
# of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-sixty-first held-out set" of SOURCES.md: texts of the Austrian Parliament's
# Parlamentskorrespondenz (licence PK): a plenary report of the budget debate (PK 1076/2011) and the report of a Bundesrat
# Enquete (PK 1273/2015) on parlament.gv.at, four releases on OTS (the Jugendparlament 2017, the Parlamentswoche of October
# 2019, the Simon-Wiesenthal-Preis nominations 2022, the agenda of the Nationalrat of 29 March 2023), a release reposted by
# the Österreich Journal (the Demokratiewerkstatt, 2019) and one reposted by schoenheitsmagazin.at (the Lehrlingsparlament,
# 2025). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- OTS: Parlamentskorrespondenz of 10 March 2017 (Jugendparlament, Karlheinz Kopf) ---

KOPF = "Karlheinz Kopf"
JP_P3 = ('Für die wertvolle Erfahrung, die die Jugendlichen hier sammeln können, für ein zukünftiges Verständnis für die '
         'politische Arbeit ermutigte sie der Zweite Nationalratspräsident Karlheinz Kopf in seiner Begrüßung, sich selbst '
         'ein genaues Bild davon zu machen, wie ein Parlament funktioniert. "Mischt euch ein, bringt euch ein", so Kopf, denn '
         '"wenn ihr euch nicht einmischt, entscheiden andere", bestärkte er die TeilnehmerInnen, die besondere Gelegenheit '
         'zu nutzen und in der Rolle von Abgeordneten aktiv zu werden. In der Diskussion gehe es zudem immer auch darum, die '
         'Meinung von anderen zu respektieren und auch scheinbar unverständliche Argumente zu reflektieren, gab ihnen '
         'Karlheinz Kopf mit auf den Weg.')

add(id="ho261-pk-2017-03-10-kopf-jugendparlament",
    title="Kopf: Jugendparlament ist Ermutigung, sich einzumischen",
    url="https://www.ots.at/presseaussendung/OTS_20170310_OTS0050/kopf-jugendparlament-ist-ermutigung-sich-einzumischen",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 10 March 2017; the stored copy's date prefix "
              "' date 2017-03' dropped; the headline is the title line, the subtitle a line of its own; the fourth "
              "paragraph 'Das Thema des (fiktiven) Gesetzesvorschlags …', cut off after 'bei ihrer Arbe', dropped (rule 15))",
    license=PK,
    paras=['SchülerInnen aus Tirol und der Steiermark beraten heute im Hohen Haus über "Schule und individuelles Lernen"',
           "Wien (PK) - Spannend wird der heutige Tag für etwa 110 SchülerInnen aus Tirol und der Steiermark: Sie sind im "
           "Rahmen des Jugendparlaments für einen Tag in der Rolle von Abgeordneten im Hohen Haus, bilden Klubs, treffen in "
           "Ausschüssen zusammen und debattieren anschließend einen Gesetzesentwurf und ihre Positionen direkt im "
           "Nationalratssitzungssaal.",
           JP_P3],
    # the theme of the fictitious bill is a debate topic (rule 48); both spans of the greeting are Kopf's (rule 1751)
    quotes=[('"Schule und individuelles Lernen"', None),
            ('"Mischt euch ein, bringt euch ein"', KOPF),
            ('"wenn ihr euch nicht einmischt, entscheiden andere"', KOPF)],
    aliases={KOPF: ["Karlheinz Kopf", "Zweite Nationalratspräsident Karlheinz Kopf", "Kopf"]})

# --- OTS: Parlamentskorrespondenz of 4 May 2022 (Simon-Wiesenthal-Preis, nominations) ---

SOB = "Wolfgang Sobotka"
SW_P4 = ('"Ziel des Simon-Wiesenthal-Preises ist es, die engagierte Zivilgesellschaft vor den Vorhang zu holen und damit auch '
         'ein Beispiel zu geben, dem hoffentlich viele weitere Menschen folgen", sagte Nationalratspräsident Wolfgang '
         'Sobotka. Der Preis soll das Andenken an den Architekten, Publizisten und Schriftsteller Simon Wiesenthal ehren, der '
         'es sich nach seiner Befreiung aus dem Konzentrationslager Mauthausen zur Lebensaufgabe machte, '
         'NS-Verbrecher:innen aufzuspüren und vor Gericht zu bringen.')

add(id="ho261-pk-2022-05-04-simon-wiesenthal-preis-nominierte",
    title="Nominierte für Simon-Wiesenthal-Preis im Parlament präsentiert",
    url="https://www.ots.at/presseaussendung/OTS_20220504_OTS0192/nominierte-fuer-simon-wiesenthal-preis-im-parlament-praesentiert",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 4 May 2022; the stored copy's date prefix "
              "' date 2022-05' dropped; the headline is the title line; subtitle and subheading lines of their own; the "
              "paragraph 'Auch heute sei der Kampf gegen Antisemitismus …', cut off after 'zu adressieren,', dropped "
              "(rule 15))",
    license=PK,
    paras=["Preis für zivilgesellschaftliches Engagement gegen Antisemitismus und für Aufklärung über den Holocaust wird "
           "heuer erstmals vergeben",
           "Wien (PK) - Vier Zeitzeug:innen und sechs Initiativen sind auf der Shortlist für den Simon-Wiesenthal-Preis, der "
           "heuer erstmals für besonderes zivilgesellschaftliches Engagement gegen Antisemitismus und für Aufklärung über "
           "den Holocaust vergeben wird. Nationalratspräsident Wolfgang Sobotka, die Generalsekretärin des Nationalfonds "
           "Hannah Lessing und der Präsident der Israelitischen Kultusgemeinde Wien sowie der Israelitischen "
           "Religionsgesellschaft Österreich Oskar Deutsch haben heute, Mittwoch, die Nominierten präsentiert. Die "
           "Verleihung des Simon-Wiesenthal-Preises findet am 11. Mai um 19.30 Uhr im Großen Redoutensaal im Parlament in "
           "der Hofburg statt.",
           "Sobotka: Kampf gegen Antisemitismus muss in demokratischer Kultur verankert werden",
           SW_P4],
    quotes=[(cut(SW_P4, '"Ziel', 'folgen"'), SOB)],
    aliases={SOB: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 1076 of 17 November 2011 (budget debate, social affairs) ---

SPOE = "SPÖ"
SOZ_P3 = ('Zunächst standen die Untergliederungen Arbeit (UG 20), Soziales und Konsumentenschutz (UG 21) und '
          'Sozialversicherung (UG 22) zur Diskussion. Das Pensionssystem war dabei ein zentrales Thema. Sozialminister '
          'Rudolf Hundstorfer wies darauf hin, dass durch gezielte Maßnahmen die Invaliditätspensionen gesenkt werden '
          'konnten. Er räumte jedoch ein, dass die Pensionierungen wegen psychischer und psychosomatischer Erkrankungen im '
          'Steigen begriffen seien. Das BZÖ ortete einen allgemeinen Reformstau und forderte die Zusammenführung der '
          'Sozialversicherungsanstalten. Für die ÖVP wiederum ist das Pensionssystem noch nicht nachhaltig genug, weshalb '
          'sie weitere Reformschritte einmahnte. Seitens der SPÖ wurde mehrmals die "Millionärssteuer" gefordert, um die '
          'Erhaltung des Sozial- und Wohlfahrtsstaats sichern zu können.')

add(id="ho261-pk-2011-1076-nationalrat-budget-soziales",
    title="Soziale Situation in Österreich aus dem Blickwinkel der Parteien",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK1076/index.shtml",
    retrieved="same address (PK 1076/2011; the line 'Parlamentskorrespondenz Nr. 1076 vom 17.11.2011' dropped; the "
              "headline is the title line, the subtitle a line of its own; the paragraph 'Auf die Kritik an der "
              "Mindestsicherung …', cut off after 'unfreiwillig ihre Arbe', and the rest dropped (rule 15))",
    license=PK,
    paras=["Eine Milliarde Euro für aktive Arbeitsmarktpolitik",
           "Wien (PK) – Der Nationalrat setzte heute seine Beratungen über den Budgetentwurf für 2012 mit den Rubriken "
           "Arbeit, Soziales, Gesundheit und Familie sowie Bildung, Forschung, Kunst und Kultur fort.",
           SOZ_P3],
    quotes=[('"Millionärssteuer"', SPOE)],  # rule 1750
    aliases={SPOE: ["SPÖ"]})

# --- OTS: Parlamentskorrespondenz of 27 March 2023 (agenda of the Nationalrat of 29 March 2023) ---

add(id="ho261-pk-2023-03-27-top-nationalrat-29-maerz",
    title="Parlament: TOP im Nationalrat am 29. März 2023",
    url="https://www.ots.at/presseaussendung/OTS_20230327_OTS0124/parlament-top-im-nationalrat-am-29-maerz-2023",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 27 March 2023; the headline is the title "
              "line; subtitle and subheadings lines of their own; the paragraph 'Begründet wird die Forderung …', cut off "
              "after 'wird unter ande', dropped (rule 15))",
    license=PK,
    paras=["Wohnkostenabfederung, Verkehrsstrafen, häuslicher Unterricht, Petitionen, Volksbegehren, "
           "Corona-Untersuchungsausschuss",
           "Wien (PK) - Der Nationalrat wird in seiner nächsten Sitzung am 29. März mehrere Beschlüsse des "
           "Finanzausschusses, unter anderem zur Wohnkostenabfederung, behandeln. Außerdem könnte das Telefonieren beim "
           "Lenken eines Autos bald teurer werden. Weitere Gesetzesänderungen, die dem Plenum vorliegen, betreffen die "
           "Dekarbonisierung der Industrie und den häuslichen Unterricht. Eine breite Themenpalette - von Pflege über "
           "Kapitalbesteuerung bis zur Asylpolitik - eröffnen die Petitionen und Bürgerinitiativen, über die der "
           "Nationalrat ebenfalls diskutieren wird. Zwei Geschäftsordnungsnovellen werden Ersten Lesungen unterzogen. "
           "Wenig Chancen hat ein FPÖ-Antrag auf Einsetzung eines Corona-Untersuchungsausschusses.",
           "An der Spitze der Tagesordnung steht die abschließende Diskussion über ein Volksbegehren, das auf baldige "
           "Neuwahlen abzielt, gefolgt von zwei Volksbegehren gegen Corona-Maßnahmen.",
           "Aktuelle Stunde",
           "Die Sitzung beginnt um 09.00 Uhr mit einer Aktuellen Stunde mit Arbeits- und Wirtschaftsminister Martin "
           'Kocher. Die ÖVP hat dafür das Thema "Wirtschaft, Standort, Arbeit - Österreich 2023" ausgewählt.',
           'Volksbegehren "Rücktritt Bundesregierung"',
           "Erster Tagesordnungspunkt ist ein von 172.712 Österreicher:innen unterzeichnetes Volksbegehren, in dem ein "
           "Auflösungsbeschluss des Nationalrats gefordert wird, um den Weg für eine unverzügliche Abberufung der "
           "Bundesregierung und die Ernennung einer Expert:innenregierung frei zu machen."],
    # the topic of the Aktuelle Stunde chosen by the ÖVP (rule 834) and the name of the Volksbegehren (rule 2) are null
    quotes=[('"Wirtschaft, Standort, Arbeit - Österreich 2023"', None),
            ('"Rücktritt Bundesregierung"', None)],
    aliases={})

# --- schoenheitsmagazin.at repost of a PK release: the Lehrlingsparlament (2025) ---

LP_P1 = ("Wien (PK) – Kaum von einer regulären Nationalratssitzung zu unterscheiden war heute die abschließende "
         "Plenarsitzung des Lehrlingsparlaments im Hohen Haus. 80 Lehrlinge aus Vorarlberg, Oberösterreich und Wien übten "
         "sich in den vergangenen zwei Tagen in der Rolle von Abgeordneten: Sie gestalteten ihren Gesetzgebungsprozess und "
         "fanden sich in Klubs zusammen, suchten Mehrheiten, trafen sich in Ausschusssitzungen und beschlossen letztlich im "
         "Plenum ein fiktives Gesetz und fassten eine Reihe von Entschließungen. „Spannend, wie viele verschiedene "
         "Meinungen es zu einem kurzen Gesetzestext geben kann“, fasste eine Teilnehmerin des Lehrlingsparlaments die "
         "Debatten zusammen. Mehrfach wurde in den Redebeiträgen im Plenum seitens der Lehrlinge auch darauf hingewiesen, "
         "dass es Kompromisse zu schließen gilt, um einen gemeinsamen Weg zu finden.")

add(id="ho261-pk-repost-2025-lehrlingsparlament",
    title=None,
    url="https://www.schoenheitsmagazin.at/aussendung/lehrlingsparlament-spannend-wie-viele-verschiedene-meinungen-es-geben-kann/",
    retrieved="same address (a site's repost of the Parlamentskorrespondenz release of 2025, dateline 'Wien (PK)'; the "
              "stored copy starts with the dateline, without the headline, so the document has no title line; hard line "
              "breaks inside paragraphs joined with a space (rule 48), which leaves the opening parenthesis of "
              "'( FPÖ)' and '( NEOS)' followed by a space (rule 20); the subheading 'Vom Abänderungsantrag im Ausschuss "
              "bis zur Plenardebatte' and the paragraph after it, cut off, dropped (rule 15))",
    license=PK,
    paras=[LP_P1,
           "Inhaltlich behandelten die Lehrlinge einen fiktiven Gesetzesentwurf zu neuen Pflichten für Lehrlinge. Da "
           "zahlreiche Unternehmen gute Erfahrungen mit der Einführung von Leitfäden gemacht hätten, die den Umgang mit "
           "Lehrlingen und deren Pflichten in genauer und verständlicher Weise regelten, sollten diese nunmehr verpflichtend "
           "für alle Betriebe, die Lehrlinge ausbilden, vorgesehen werden, so die Erläuterungen. Beschlossen haben die "
           "Lehrlinge die Vorlage mehrheitlich mit von ihnen vorgeschlagenen und ausgearbeiteten Abänderungen, für die sie "
           "bereits im Ausschuss eine Koalition und damit die Mehrheit fanden.",
           "Unterstützt und begleitet wurden die Jugendlichen während der beiden Tage im Hohen Haus von den Abgeordneten "
           "Maximilian Weinzierl ( FPÖ), Lukas Brandweiner (ÖVP), Roland Baumann (SPÖ), Ines Holzegger ( NEOS) und Markus "
           "Koza (Grüne). Nationalratspräsident Walter Rosenkranz übernahm bei der abschließenden Plenarsitzung des "
           "Lehrlingsparlaments den Vorsitz."],
    # an unnamed participant: the description is the speaker (rule 10), its head noun without the genitive
    quotes=[(cut(LP_P1, "„Spannend", "kann“"), "Teilnehmerin")],
    aliases={"Teilnehmerin": ["Teilnehmerin", "eine Teilnehmerin"]})

# --- Österreich Journal repost of a PK release of June 2019 (Demokratiewerkstatt, Anneliese Kitzmüller) ---

KITZ = "Anneliese Kitzmüller"
DW_P1 = ("Wien (pk) - Am 25. Juni wurden wieder Demokratiewerkstatt-Profis ausgezeichnet. Geehrt wurden die jungen "
         "Politikinteressierten aus Wien, weil sie an vier verschiedenen Schulklassen-Workshops der Demokratiewerkstatt "
         "teilgenommen und sich dabei umfassend mit den Themen Parlament, Partizipation und Demokratie auseinandergesetzt "
         "haben. Die Übergabe der Medaillen übernahm diesmal Dritte Nationalratspräsidentin Anneliese Kitzmüller. Sie "
         "bedankte sich bei ihnen für die begeisterte Teilnahme an den Workshops der Demokratiewerkstatt. Die "
         "TeilnehmerInnen der Demokratiewerkstatt hätten nicht nur die Arbeit des Parlaments kennengelernt, sondern dabei "
         'auch selbst die Bedeutung von Demokratie und demokratischem Miteinander erleben können. "Das ist wichtig, denn '
         'ihr seid die jungen Menschen, die die Zukunft der österreichischen Demokratie mitgestalten werden", sagte '
         "Kitzmüller.")

add(id="ho261-pk-oej-2019-06-kitzmueller-demokratiewerkstatt",
    title="Dritte NR-Präsidentin Kitzmüller: Profi-TeilnehmerInnen können die Bedeutung von Demokratie und demokratischem "
          "Miteinander erleben",
    url="http://oe-journal.at/Aktuelles/!2019/0619/W4/52506pkKitzmueller.htm",
    retrieved="same address (release of the Parlamentskorrespondenz, dateline 'Wien (pk)', as reposted by the Österreich "
              "Journal, June 2019; the headline, broken over two lines in the stored copy, is the title line; hard line "
              "breaks inside paragraphs joined with a space (rule 48); the last paragraph 'Die Demokratiewerkstatt "
              "vermittelt …', where the stored copy ends, dropped (rule 15))",
    license=PK,
    paras=[DW_P1,
           "Demokratie bedeute, ein friedliches Zusammenleben in einem Land zu ermöglichen. Voraussetzung dafür seien "
           "gegenseitiger Respekt und Wertschätzung, die es ermöglichen, dass jede Meinung gleichermaßen gehört wird und "
           "Mitbestimmung für alle möglich ist. Das werden die TeilnehmerInnen, die heute als Demokratiewerkstatt-Profis "
           "geehrt werden, mitnehmen.",
           "Die Demokratiewerkstatt feiert heuer ihr 12-jähriges Bestehen. Bisher nahmen mehr als 112.000 SchülerInnen an "
           "den Workshops teil. Anwesend waren auch die NR-Abgeordneten Wolfgang Gerstl (ÖVP) und Stephanie Cox (Liste "
           "JETZT) sowie die Bundesrätin Daniela Gruber-Pruner (SPÖ)."],
    quotes=[(cut(DW_P1, '"Das ist', 'werden"'), KITZ)],
    aliases={KITZ: ["Anneliese Kitzmüller", "Dritte Nationalratspräsidentin Anneliese Kitzmüller", "Kitzmüller",
                    "Dritte NR-Präsidentin Kitzmüller"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 1273 of 18 November 2015 (Bundesrat Enquete on digital change) ---

DIG = '"Digitaler Wandel und Politik"'

add(id="ho261-pk-2015-1273-bundesrat-enquete-digitaler-wandel",
    title="Bundesrats-Enquete: Wie können wir digitalen Wandel nutzen?",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2015/pk1273",
    retrieved="same address (PK 1273/2015; the line 'Parlamentskorrespondenz Nr. 1273 vom 18.11.2015' dropped; the "
              "headline is the title line, the subtitle a line of its own; the subheading 'Kneifel: Digitales Lernen muss "
              "im Kindergarten beginnen' and the paragraph after it, cut off after 'Hier', dropped (rule 15))",
    license=PK,
    paras=['Offener Partizipationsprozess "Digitaler Wandel und Politik" soll in Digital Roadmap einfließen',
           "Wien (PK) – Welche neuen Wege können in der Gesellschaft, in unserem Zusammenleben durch digitalen Wandel "
           "beschritten werden? Und vor allem: Welche Politik braucht es dafür? Wie soll das sogenannte \"Big Picture der "
           "politischen Aufgaben\" aussehen, damit BürgerInnen Digitalisierung als Chance nutzen können? Diese "
           "gesellschaftspolitische Denkaufgabe steht im Mittelpunkt des Crowdsourcing-Projekts \"Digitaler Wandel und "
           "Politik\", das der Präsident des Bundesrats Gottfried Kneifel zum Schwerpunkt seines Vorsitzes im zweiten "
           "Halbjahr 2015 gemacht hat und heute in einer parlamentarischen Enquete mit ExpertInnen aus Politik, "
           "Wissenschaft, Wirtschaft und Zivilgesellschaft inhaltlich fortgesetzt wurde.",
           "Grundlage für die Enquete war nämlich das bereits mehr als 100 Seiten umfassende Grünbuch \"Digitaler Wandel und "
           "Politik\", an dem Interessierte seit Monaten online unter www.besserentscheiden.at mitschreiben können. Bildung, "
           "Datenschutz, Urheberrecht, Netzneutralität, Verkehr, Steuerrecht und Demokratie sind darin jene großen "
           "Überschriften, bei denen das Kollektiv Handlungsbedarf für die Politik sieht. Statements dazu gab es bei der "
           "Enquete von den beiden Staatssekretären Sonja Steßl und Harald Mahrer, die für die Digital Roadmap der "
           "Bundesregierung verantwortlich sind, sowie Max Lemke von der Europäischen Kommission."],
    # the project and Green Paper title three times (rule 2); the "sogenannte" term: rule 1752
    quotes=[(DIG, None, 0),
            ('"Big Picture der politischen Aufgaben"', None),
            (DIG, None, 1),
            (DIG, None, 2)],
    aliases={})

# --- OTS: Parlamentskorrespondenz of 18 October 2019 (Die Parlamentswoche vom 21. - 26. Oktober 2019) ---

OEL = '"Österreich liest. Treffpunkt Bibliothek."'

add(id="ho261-pk-2019-10-18-parlamentswoche-parlamentsbibliothek",
    title="Die Parlamentswoche vom 21. - 26. Oktober 2019",
    url="https://www.ots.at/presseaussendung/OTS_20191018_OTS0116/die-parlamentswoche-vom-21-26-oktober-2019",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 18 October 2019; the stored copy's date prefix "
              "' date 2019-10' dropped; the headline is the title line; subtitle and date lines of their own; the date "
              "line 'Mittwoch, 23. Oktober 2019' and the paragraph after it, cut off after 'fünf Nationalratsfraktionen "
              "geben', dropped (rule 15))",
    license=PK,
    paras=["Konstituierende Sitzung des Nationalrats, 150 Jahre Parlamentsbibliothek, Tag der offenen Tür 2019",
           "Wien (PK) - Mit der konstituierenden Sitzung des neu gewählten Nationalrats am 23. Oktober wird die XXVII. "
           "Gesetzgebungsperiode eingeläutet. Beim Tag der offenen Tür am Nationalfeiertag ist das Parlament im "
           "Demokratiequartier auch heuer wieder geöffnet. Die Parlamentsbibliothek begeht im Rahmen des "
           "Literaturfestivals \"Österreich liest. Treffpunkt Bibliothek.\" mit einer Festveranstaltung ihr 150-jähriges "
           "Jubiläum.",
           "Dienstag, 22. Oktober 2019",
           "16.00 Uhr: Nationalratspräsident Wolfgang Sobotka, Bundesratspräsident Karl Bader und Parlamentsdirektor "
           "Harald Dossi laden gemeinsam anlässlich des 150-jährigen Bestehens der Parlamentsbibliothek zu einer "
           "Festveranstaltung im Rahmen des Literaturfestivals \"Österreich liest. Treffpunkt Bibliothek.\". Begrüßt werden "
           "die Gäste von Bundesratspräsident Bader, einleitende Worte spricht die Direktorin der Parlamentsbibliothek, "
           "Elisabeth Dietrich-Schulz. Nationalratspräsident Sobotka hält eine Festrede und präsentiert die Festschrift "
           "\"Zu Wort gemeldet ist … das Buch. 150 Jahre Parlamentsbibliothek\". Universitätsprofessor Philipp Ther vom "
           "Institut für Osteuropäische Geschichte an der Universität Wien wird über \"Die Demokratisierung des späten "
           "Habsburgerreiches und die Transformationen Ostmitteleuropas im 20. Jahrhundert\" sprechen. Die Schlussworte "
           "kommen von Parlamentsdirektor Harald Dossi. (Palais Epstein)"],
    # festival name twice, a book title and a lecture title (rules 2, 24, 805)
    quotes=[(OEL, None, 0),
            (OEL, None, 1),
            ('"Zu Wort gemeldet ist … das Buch. 150 Jahre Parlamentsbibliothek"', None),
            ('"Die Demokratisierung des späten Habsburgerreiches und die Transformationen Ostmitteleuropas im 20. '
             'Jahrhundert"', None)],
    aliases={})
