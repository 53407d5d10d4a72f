# Ninety-sixth held-out German real-news set (tests/data/heldout96-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 770). None of these
# pages is in any tests/data/*.jsonl (checked by URL, PK and OTS number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers' names
# and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Ninety-sixth held-out set" of SOURCES.md: releases of the Austrian Parliament's
# Parlamentskorrespondenz on committee meetings (Rechnungshofausschuss, Budgetausschuss on the budget of the Rechnungshof,
# Menschenrechtsausschuss, Kulturausschuss, Gleichbehandlungsausschuss), four on parlament.gv.at and one on OTS (licence
# PK). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Rechnungshofausschuss, October 2004: the new President of the Rechnungshof presents his programme ---

MOSER = "Josef Moser"
RH04_P3 = ("\"Der Rechnungshof muss sich rechnen\", sagte der neue Rechnungshofpräsident weiter, seine Leistungen bei der "
           "Verbesserung der Verwaltung müssen darzustellen sein. Josef Moser will die Effizienz des Rechnungshofs "
           "erhöhen und dessen Know-how verstärkt auch Bundesländern und Gemeinden zur Verfügung stellen. In diesem "
           "Zusammenhang wiederholte Josef Moser seinen Vorschlag, seitens des Rechnungshofs nicht erst nach Abschluss "
           "eines Projekts, sondern bereits davor tätig zu werden. Er denke nicht an eine begleitende Kontrolle, aber "
           "doch daran, bei einem Bauprojekt schon ab Abschluss der Planungsphase nach den Grundsätzen der Sparsamkeit, "
           "Wirtschaftlichkeit und Zweckmäßigkeit zu prüfen.")

add(id="ho96-pk-2004-10-06-rh-ausschuss-moser-arbeitsprogramm",
    title="Parlamentskorrespondenz Nr. 671 vom 06.10.2004",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2004/PK0671/",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline in capitals and the subtitle, each kept as a line of its own; a trailing space after "
              "'sagte Moser.' dropped; the paragraph 'Als ein Projekt, das schon auf Schienen stehe, stellte Präsi…', "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["DAS ARBEITSPROGRAMM DES NEUEN RECHNUNGSHOFPRÄSIDENTEN JOSEF MOSER",
           "Moser will alle Gemeinden prüfen und RH-Prüfer speziell ausbilden",
           "Wien (PK) - Im heutigen Rechnungshofausschuss stellte sich der neue Rechnungshofpräsident Josef Moser "
           "Obmann Werner Kogler und den Ausschussmitgliedern mit einer programmatischen Erklärung zu seiner "
           "Amtsführung vor, zu der die Abgeordneten in einer aktuellen Aussprache Stellung bezogen.",
           "Präsident Moser knüpfte in seinem Verständnis der Tätigkeit des Rechnungshofs an die Kontrollhoheit des "
           "Nationalrats an und unterstrich dabei die Unabhängigkeit und Weisungsfreiheit des Rechnungshofs von der "
           "Vollziehung. Auch werde er die Linie seines Vorgängers Fiedler, der den Rechnungshof als "
           "parteiunabhängiges Organ des Nationalrats etabliert hat, fortsetzen. Moser versteht den Rechnungshof als "
           "Anwalt des Steuerzahlers, aber auch als einen sachverständigen Berater der Entscheidungsträger. Da er "
           "darauf angewiesen sei, dass das Parlament seinen Empfehlungen zum Durchbruch verhelfe, sei ihm die "
           "Qualität der Rechnungshofberichte sehr wichtig, auch wolle der den Kontakt zum Nationalrat und zum "
           "Rechnungshofausschuss intensivieren, sagte Moser.",
           RH04_P3],
    quotes=[("\"Der Rechnungshof muss sich rechnen\"", MOSER)],
    aliases={MOSER: ["Josef Moser", "Rechnungshofpräsident Josef Moser", "Präsident Moser", "Moser"]})

# --- Budgetausschuss, November 2015: the budget of the Rechnungshof; praise from two committee members (rule 770) ---

MAYER = "Elmar Mayer"
RH15_P1 = ("Wien (PK) – Mit 32,9 Mio. € sieht der Budgetentwurf 2016 für den Rechnungshof (Untergliederung 6) um knapp "
           "0,5  Mio. € mehr Auszahlungen vor als im Budget für 2015. Die Einzahlungen werden gleichbleibend auf 86.000 € "
           "geschätzt. Auch im kommenden Jahr sichert der Rechnungshof die finanziellen Ressourcen für die Erfüllung "
           "seiner Aufgaben durch Rücklagenentnahmen, erklärte Rechnungshofpräsident Moser dem Budgetausschuss. Da seine "
           "Rücklagen ab 2017 aufgebraucht sein werden, warnte der RH-Präsident vor einer massiven Einschränkung seiner "
           "Kontrolltätigkeit, insbesondere bei den für die ParlamentarierInnen wichtigen Querschnitts- und "
           "Schwerpunktprüfungen. Moser bezifferte die Budgetlücke im übernächsten Jahr mit 3 Mio. € und bezeichnete es "
           "für notwendig, die Zahl der MitarbeiterInnen im Rechnungshof von derzeit 304 auf 310 zu erhöhen. Die "
           "Output-Input-Relation bei der – für den Rechnungshof aufwändigen - Prüfung der Parteien und der "
           "Medientransparenz sei unbefriedigend, sagte der RH-Präsident und schlug vor, die Parteienprüfung "
           "Wirtschaftsprüfern und einem speziellen Senat zu überlassen, um dem Rechnungshof weiterhin die Wahrnehmung "
           "seiner verfassungsmäßigen Kernaufgaben zu ermöglichen. Ausdrückliches Lob für seine Tätigkeit erhielt "
           "Rechnungshofpräsident Josef Moser von Elmar Mayer (S) und Hermann Gahr (V): \"Rechnungshofpräsident Josef "
           "Moser übergibt nach einer soliden und sparsamen Amtsführung ein wohlbestelltes Haus\".")

add(id="ho96-pk-2015-11-17-budgetausschuss-rechnungshof-moser",
    title="Parlamentskorrespondenz Nr. 1261 vom 17.11.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK1261/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), headline and subtitle "
              "kept as lines of their own; the double space in '0,5  Mio.' kept as stored (rule 20); the paragraph "
              "'Karin Greiner (S), Wolfgang Zanger (F), … erkundigten sich nach der Ansicht des Rechn…', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Budget: Rechnungshofpräsident Moser kämpft um Personal und Geld",
           "2017 drohen Leistungseinschränkungen beim Kontrollorgan des Parlaments",
           RH15_P1],
    quotes=[(RH15_P1[RH15_P1.index("\"Rechnungshofpräsident Josef"):RH15_P1.index("Haus\"") + len("Haus\"")], MAYER)],
    aliases={MAYER: ["Elmar Mayer", "Hermann Gahr"]})

# --- Menschenrechtsausschuss, June 2011: aktuelle Aussprache with Foreign Minister Spindelegger; a motion's title ---

add(id="ho96-pk-2011-06-21-menschenrechtsausschuss-spindelegger",
    title="Parlamentskorrespondenz Nr. 633 vom 21.06.2011",
    url="http://www.parlament.gv.at/aktuelles/pk/jahr_2011/pk0633",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), headline and subtitle "
              "kept as lines of their own; the subheading 'Spindelegger: Mensc…', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=["Menschenrechte im Kontext der österreichischen Auslandsbeziehungen",
           "Aktuelle Aussprache im Menschenrechtsausschuss",
           "Wien (PK) – Die heutige Sitzung des Menschenrechtsausschusses wurde mit einer Aussprache über aktuelle "
           "Fragen aus dem Arbeitsbereich des Ausschusses mit Vizekanzler und Bundesminister für europäische und "
           "internationale Angelegenheiten Michael Spindelegger eröffnet. Nachdem er die Linie Österreichs in "
           "Menschenrechtsfragen, welche in den internationalen Beziehungen Österreichs relevant sind, debattiert "
           "hatte, wandte sich der Ausschuss der Diskussion mehrerer Anträge zu, welche von Abgeordneten der "
           "Koalitionsparteien sowie von BZÖ und Grünen eingebracht worden waren.",
           "Vertagt wurde ein Entschließungsantrag (1073/A[E]), in dem BZÖ-Abgeordnete die \"Aufarbeitung der "
           "Verbrechen wider die Menschlichkeit in Slowenien\", welche nach Ende des Zweiten Weltkriegs verübt wurden, "
           "einfordern. Mehrheitlich abgelehnt wurde hingegen ein weiterer Antrag (1404/A[E]), in dem das BZÖ einen "
           "stärkeren Einsatz Österreichs zugunsten von christlichen Minderheiten im Nahen Osten wünschte.",
           "Mit den Stimmen von SPÖ, ÖVP, FPÖ und BZÖ nahm der Ausschuss eine Entschließung an, die generell "
           "Menschenrechtsverletzungen an Minderheiten anprangert. Nach Meinung einer Mehrheit der Abgeordneten geht "
           "diese Entschließung weiter als die Anträge der Grünen, an die sie angelehnt ist. Abgeordnete Alev Korun (G) "
           "hatte sich für mehr Einsatz der österreichische Außenpolitik für religiöse Minderheiten in Afghanistan "
           "ausgesprochen (1261 A[E]). Die G-Abgeordnete setzte sich außerdem für eine aktivere Rolle Österreichs und "
           "der EU im Einsatz für die Wahrung der Menschenrechte und für gefährdete Minderheiten ein (1437/A[E]).",
           "Mehrheitlich beschlossen wurde ein gemeinsamer Entschließungsantrag (1387/A[E]) von SPÖ und ÖVP für eine "
           "aktive Rolle Österreichs im Kampf gegen die Anwendung der Todesstrafe."],
    quotes=[("\"Aufarbeitung der Verbrechen wider die Menschlichkeit in Slowenien\"", None)],
    aliases={})

# --- Kulturausschuss, November 2018 (OTS): motions on the Bundesmuseen; a proposed institution's name ---

add(id="ho96-ots-2018-11-28-kulturausschuss-bundesmuseen",
    title="Kulturausschuss: Wunsch der Koalition nach gemeinsamer Eintrittskarte für Bundesmuseen und ÖNB",
    url="https://www.ots.at/presseaussendung/OTS_20181128_OTS0264/kulturausschuss-wunsch-der-koalition-nach-"
        "gemeinsamer-eintrittskarte-fuer-bundesmuseen-und-oenb",
    retrieved="same address (the Parlamentskorrespondenz's own release on OTS, 28 November 2018, dateline 'Wien (PK)'; "
              "the date prefix ' date 2018-11' dropped (rule 93); subtitle and subheading kept as lines of their own "
              "(rule 18); the spaces inside '( 321/A(E) )' kept as stored (rule 20); the paragraph 'ÖVP-Abgeordneter "
              "Martin Engelberg stellte in der Kulturausschusssitzung einen Antrag auf Vertag…', cut off in the stored "
              "copy, dropped (rule 15))",
    license=PK,
    paras=["Anträge der Opposition zum Thema Bundesmuseen teilweise vertagt bzw. abgelehnt",
           "Wien (PK) - Einen großen thematischen Block der Debatten im Kulturausschuss bildeten die Bundesmuseen mit "
           "der Österreichischen Nationalbibliothek (ÖNB). Unter anderem ging es dabei um organisatorische Fragen dieser "
           "großen Kultureinrichtungen. Die SPÖ spricht sich für eine Optimierung der Organisationsstrukturen der "
           "Bundesmuseen aus. Die Fraktion JETZT fordert einen gemeinsamen Kollektivvertrag der Bundesmuseen und der "
           "ÖNB. Zudem will JETZT das Leopold-Museum in ein Bundesmuseum umwandeln und das Museumsangebot in Österreich "
           "um ein neu zu schaffendes \"Haus der Kulturen\" erweitern. Mehrere Anträge befassen sich mit den Fragen des "
           "vergünstigten bzw. freien Eintritts in den Bundesmuseen.",
           "SPÖ: Organisationsstruktur der Österreichischen Bundesmuseen optimieren",
           "SPÖ-Kultursprecher und Vorsitzender im Kulturausschuss Thomas Drozda macht sich für eine Optimierung der "
           "Organisationsstruktur der österreichischen Bundesmuseen und der kulturpolitischen Steuerung dieser "
           "Kultureinrichtungen stark ( 321/A(E) ). Er erinnert an den Gesetzesantrag, der gegen Ende der vergangenen "
           "Legislaturperiode von SPÖ, Grünen und NEOS zur Weiterentwicklung der Strukturen der Bundesmuseen und der "
           "Österreichischen Nationalbibliothek (ÖNB) eingebracht wurde. Er erwartet vom Kulturminister dazu bis "
           "Anfang 2019 eine Regierungsvorlage. Diese solle neben der organisatorisch-strukturellen Neuaufstellung auf "
           "optimierte Geschäftsprozesse der Häuser selbst sowie untereinander abzielen. Weiters gelte es, die "
           "Eigentümerrolle des Bundes zu stärken und ein unabhängiges ExpertInnengremium zu seiner Beratung "
           "einzurichten."],
    quotes=[("\"Haus der Kulturen\"", None)],
    aliases={})

# --- Gleichbehandlungsausschuss, March 2011: reports on equal treatment; terms in marks ---

add(id="ho96-pk-2011-03-16-gleichbehandlungsausschuss-arbeitswelt",
    title="Parlamentskorrespondenz Nr. 252 vom 16.03.2011",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK0252/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), headline and subtitle "
              "kept as lines of their own; two trailing spaces after 'liefern kann.' dropped; the subheading "
              "'Einkommensschere auch im Bundesdienst' and the paragraph after it ('In ihrem Eingangsstatement wies "
              "Bundesministerin Heinisch-Hosek … gleichwer…'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Gleichbehandlungsausschuss diskutiert Probleme der Arbeitswelt",
           "Einkommensschere bleibt Problem",
           "Wien (PK) – Der Schwerpunkt der Diskussionen in der heutigen Sitzung des Gleichbehandlungsausschusses lag "
           "auf den Themen Gleichbehandlung und Diskriminierung im Arbeitsumfeld. Grundlage der Debatte waren zwei "
           "Berichte, die dem Nationalrat dazu vorliegen. Der 8. Gleichbehandlungsbericht des Bundes 2010 informiert "
           "über den Stand der Verwirklichung der Gleichbehandlung und Frauenförderung im Bundesdienst sowie die Arbeit "
           "der Gleichbehandlungskommission des Bundes, der Gleichbehandlungsbericht für die Privatwirtschaft gibt "
           "Auskunft über die Vollziehung des Gleichbehandlungsgesetzes in diesem Bereich in den Jahren 2008 und 2009 "
           "und über die Arbeit der Gleichbehandlungskommission und der Gleichbehandlungsanwaltschaft.",
           "Behandelt wurden außerdem mehrere Anträge der Oppositionsparteien. Die Freiheitlichen forderten eine "
           "genauere Festlegung, was in den Gesetzesbestimmungen zur Gleichbehandlung mit Begriffen wie "
           "\"Diskriminierung\" und \"Gleichbehandlung\" gemeint ist, und wünschten zudem eine Studie über die "
           "spezifischen Aspekte von Gewalt, die sich gegen muslimische Frauen und Mädchen richtet. Den Grünen waren "
           "die Förderung von Frauen in technischen Berufen sowie eine umfassende Neuregelung der Sexarbeit ein "
           "Anliegen. Das BZÖ wiederum wollte eine Burnout-Studie, die Daten über geschlechtsspezifische Unterschiede "
           "dieser Problematik liefern kann."],
    quotes=[("\"Diskriminierung\"", None),
            ("\"Gleichbehandlung\"", None)],
    aliases={})
