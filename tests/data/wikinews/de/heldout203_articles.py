# Two-hundred-and-third held-out German real-news set (tests/data/heldout203-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1490-1491). None of these
# pages is in any tests/data/*.jsonl (checked by page number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-third held-out set" of SOURCES.md: a press note of the Deutsche Bundesbank on
# an art exhibition of its collection in the Geldmuseum, a news item under "Aufgaben > Themen" on the first public show of
# its art commitment in the Geldmuseum, a news item on its meeting with teachers, a speech opening a special exhibition of
# the Geldmuseum, and a graduation item of the Hochschule der Deutschen Bundesbank (licence BUBA, as in the eighty-ninth
# set). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15),
# captions, photo credits and navigation lines are dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WEIDMANN = "Jens Weidmann"
AICHINGER = "Hans Aichinger"
DOMBRET = "Andreas Dombret"
KRUSE = "Oliver Kruse"

# --- bundesbank.de press note: art exhibition "Zeigen & Sagen" in the Geldmuseum (2018) ---

ZS_TITLE = ("Neue Ausstellung „Zeigen & Sagen. Sieben Künstler sehen die Kunstsammlung der Deutschen Bundesbank“")
ZS_P1 = ("Das Geldmuseum in Frankfurt präsentiert vom 26. November 2018 bis 24. Februar 2019 die Kunstausstellung „Zeigen & "
         "Sagen. Sieben Künstler sehen die Kunstsammlung der Deutschen Bundesbank“. Die aktuelle Ausstellung bringt "
         "Kunstwerke aus der Sammlung der Bundesbank und Arbeiten zeitgenössischer Leipziger Künstler zusammen. „Unsere "
         "Kunstsammlung soll keine historische Schatzkammer sein“, sagte Bundesbankpräsident Jens Weidmann zur "
         "Ausstellungseröffnung. Gegenwart und jüngere Vergangenheit zu verbinden, passe zum Kunstengagement der "
         "Bundesbank.")
ZS_P2 = ("Die vom Künstler Hans Aichinger kuratierte Ausstellung schafft lebendige Dialoge zwischen Kunstwerken jenseits "
         "von historischen und kunstwissenschaftlichen Einordnungen. „In der Kunst scheint eine Lücke auf, die ein völlig "
         "anderes Sprechen und Zeigen möglich macht“, sagte Aichinger, der sich mit dem Ausstellungstitel auf den "
         "Philosophen Ludwig Wittgenstein bezieht. Aus seinem Leipziger Umfeld lud er Tilo Baumgärtel, Katrin Brause "
         "a.k.a. Heichel, Martin Kobe, Rosa Loy, Christoph Ruckhäberle und Rigo Schmidt ein, sich jeweils ein Gemälde aus "
         "der Bundesbank-Sammlung auszusuchen, um es einem eigenen Werk gegenüberzustellen. Die Arbeiten dieser "
         "zeitgenössischen Künstlerinnen und Künstlern korrespondieren mit Werken von Gerhard Altenbourg, Otto Dix, Isa "
         "Genzken, Hermann Glöckner, Karl Hofer, Per Kirkeby und Ernst Wilhelm Nay.")

add(id="ho203-buba-pressenotiz-2018-zeigen-und-sagen",
    title=ZS_TITLE,
    url="https://www.bundesbank.de/de/presse/pressenotizen/"
        "neue-ausstellung--zeigen---sagen--sieben-kuenstler-sehen-die-kunstsammlung-der-deutschen-bundesbank--768490",
    retrieved="same address (press note of the Deutsche Bundesbank of November 2018 on the art exhibition in the "
              "Geldmuseum; complete in the stored copy)",
    license=BUBA,
    paras=[ZS_P1,
           ZS_P2,
           "Mit den regelmäßigen Kunstausstellungen im Geldmuseum macht die Bundesbank die Werke ihrer Kunstsammlung auch "
           "außerhalb der eigenen Bürogebäude zugänglich. Die Ausstellungen können während der Öffnungszeiten des "
           "Geldmuseums von Sonntag bis Freitag von 9 bis 17 Uhr besucht werden. Der Eintritt ist frei. Das Museum ist "
           "barrierefrei."],
    quotes=[(cut(ZS_TITLE, "„Zeigen", "Bundesbank“"), None, 0),
            (cut(ZS_P1, "„Zeigen", "Bundesbank“"), None, 1),
            (cut(ZS_P1, "„Unsere", "sein“"), WEIDMANN),
            (cut(ZS_P2, "„In der Kunst", "macht“"), AICHINGER)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann"],
             AICHINGER: ["Hans Aichinger", "Aichinger"]})

# --- bundesbank.de "Aufgaben > Themen": Michael Riedel in the Geldmuseum (2017); line break before a closing mark ---

MR_TITLE = "Künstler Michael Riedel wird zum \"Geldmacher\" bei der Bundesbank"
MR_P1 = ("Eine der Aufgaben der Bundesbank ist es, Falschgeld aus dem Verkehr zu ziehen. Dem Frankfurter Künstler Michael "
         "Riedel haben die Währungshüter allerdings sogar erlaubt, sein persönliches Geld auf original "
         "Euro-Banknotenpapier zu drucken. Zu sehen sind die 300.000 \"Riedel\"-Scheine im Geldmuseum in Frankfurt am Main. "
         "Die Druckgrafiken können noch bis zum 25. Februar 2018 besichtigt und erworben werden.")
MR_P3 = ("\"Wir etablieren mit dieser Ausstellung einen Ort, an dem wir das Kunstengagement der Bundesbank der "
         "Öffentlichkeit präsentieren\", sagte Vorstandsmitglied Andreas Dombret zur Eröffnung, zu der am Montag rund 200 "
         "Gäste kamen. Es ist das erste Mal, dass eine Kunstausstellung der Notenbank öffentlich zugänglich ist. Sie kann "
         "zu den Öffnungszeiten des Geldmuseums besucht werden.")

add(id="ho203-buba-themen-2017-riedel-geldmacher",
    title=MR_TITLE,
    url="https://bundesbank.de/de/aufgaben/themen/kuenstler-michael-riedel-wird-zum-geldmacher-bei-der-bundesbank-665530",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of late 2017 on Michael "
              "Riedel's exhibition in the Geldmuseum; the stored copy breaks its line right before the closing mark of "
              "Dombret's quotation ('präsentieren⏎\", sagte'): joined without a space (rule 1490); the subheading 'Rund "
              "200 Gäste bei Vernissage' kept as a line of its own (rule 18); complete in the stored copy)",
    license=BUBA,
    paras=[MR_P1,
           "Rund 200 Gäste bei Vernissage",
           MR_P3,
           "Die Bundesbank sammelt und fördert seit ihrer Errichtung im Jahr 1957 zeitgenössische Kunst. Die zahlreichen "
           "Werke sind in allen Standorten der Bundesbank in ganz Deutschland zu finden."],
    quotes=[("\"Geldmacher\"", None),
            ("\"Riedel\"", None),
            (cut(MR_P3, "\"Wir etablieren", "präsentieren\""), DOMBRET)],
    aliases={DOMBRET: ["Andreas Dombret", "Vorstandsmitglied Andreas Dombret"]})

# --- hochschule-bundesbank.de: graduation of March 2017 (Kruse) ---

HK_P3 = ("Im Namen von Hochschulrektor Erich Keller gratulierte dessen Stellvertreter Oliver Kruse den Absolventinnen und "
         "Absolventen vor zahlreichen geladenen Gästen, darunter Zentralbereichsleiter und deren Stellvertreter, "
         "Hauptverwaltungspräsidenten und weitere Führungskräfte aus Hauptverwaltungen und Filialen, : \"Ich weiß, dass Sie "
         "sich alle das notwendige Rüstzeug angeeignet haben, um in der Bundesbank und der BaFin ihre angedachte Funktion "
         "zu übernehmen.\" Neben der fachlichen Qualifikation lobte Kruse in seiner Rede insbesondere die hohe soziale "
         "Kompetenz des aktuellen Abschlussjahrgangs. Diese zeichne sich nicht allein durch den großen Zusammenhalt "
         "innerhalb der sehr homogenen Gruppe aus.")
HK_P4 = ("\"Ihr Jahrgang hat zudem das Konzept der Lernpatenschaft entwickelt und umgesetzt\", sagte Kruse. Die Idee: neuen "
         "Studierenden stehen ein Pate oder eine Patin aus einem höheren Studienabschnitt zur Seite, die zugleich "
         "Ansprechpartner wie Vertrauensperson sind. Es sei unbestritten, so Kruse, dass die in Hachenburg erworbenen "
         "Kompetenzen die Absolventinnen und Absolventen hinsichtlich ihrer zukünftigen Aufgaben \"deutlich reifer "
         "aussehen lassen\".")

add(id="ho203-hdb-2017-abschlussfeier-bachelor",
    title="Hachenburg-Studierende feiern Abschluss",
    url="http://www.hochschule-bundesbank.de/hochschule/Redaktion/DE/Standardartikel/Hochschule/"
        "2017_03_30_abschlussfeier_bachelor.html",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of 30 March 2017 in the site's older "
              "address scheme; the lines 'Navigation und Service' and 'Deutsche Bundesbank (zur Startseite)' and the "
              "caption 'Gruppenfoto der Bachelor-Absolventen [+] Gruppenfoto der Bachelor-Absolventen' dropped (rule 93); "
              "the subheading 'Hohe fachliche und soziale Kompetenz' kept as a line of its own (rule 18); the quoted "
              "subheading '\"Seien Sie sichtbar\"' and the paragraph under it ('Raimund Röseler, Exekutivdirektor der "
              "BaFin, empfahl … \"Seien Sie zudem sichtbar. … Zeigen Sie, dass Sie gute Arbeit leisten können.\" "
              "Bundesbank wie BaFin, so R…'), cut off in the stored copy, dropped (rules 15, 1491))",
    license=BUBA,
    paras=["In der Hochschule der Bundesbank in Hachenburg wurde am 30. März der siebte Bachelorjahrgang feierlich "
           "verabschiedet. Vor hochrangigen Vertretern von Bundesbank und der Bundesanstalt für "
           "Finanzdienstleistungsaufsicht (BaFin) erhielten 48 Absolventinnen und Absolventen ihre Bachelorurkunden.",
           "Hohe fachliche und soziale Kompetenz",
           HK_P3,
           HK_P4],
    quotes=[(cut(HK_P3, "\"Ich weiß", "übernehmen.\""), KRUSE),
            (cut(HK_P4, "\"Ihr Jahrgang", "umgesetzt\""), KRUSE),
            (cut(HK_P4, "\"deutlich", "lassen\""), KRUSE)],
    aliases={KRUSE: ["Oliver Kruse", "Kruse"]})

# --- bundesbank.de "Aufgaben > Themen": Lienenkämper meets teachers (2025); words of the speaker without marks ---

LL_P2 = ("Neben einer Führung im Geldmuseum der Bundesbank und einem Expertenvortrag zur aktuellen Geldpolitik, gab es einen "
         "ausführlichen Austausch mit Lienenkämper. Wie steht die Bundesbank zur verbindlichen Einführung eines "
         "Unterrichtsfaches „Wirtschaft“ in weiterführenden Schulen, wie werden die Aufgaben der Bundesbank in Zukunft "
         "aussehen und welche Ausbildungsmöglichkeiten und beruflichen Perspektiven ergeben sich daraus? Insbesondere "
         "Fragen rund um das Thema Finanzbildung in Schulen standen im Fokus des Austausches. Wir begrüßen es, wenn "
         "ökonomische Inhalte stärker in der Schule verankert werden. Schülerinnen und Schüler profitieren von einer "
         "soliden ökonomischen Grundbildung, so Lienenkämper. Ob und wie die Vermittlung dieser Inhalte in der Schule "
         "erfolge, bestimme die Bildungspolitik der Länder. Wir unterstützen die Schulen mit unseren Bildungsmaterialien "
         "und bieten bundesweit Vorträge für Lehrkräfte und Schülerinnen und Schüler an.")

add(id="ho203-buba-themen-lienenkaemper-lehrkraefte",
    title="Lutz Lienenkämper im Austausch mit Lehrerinnen und Lehrern",
    url="https://www.bundesbank.de/de/aufgaben/themen/geschaefstbericht-989356",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on its yearly meeting with "
              "teachers, with board member Lutz Lienenkämper; the page's address carries an unrelated slug; the photo "
              "line 'Gruppenfoto mit Lienenkämper ©Tim Wegner' and the photo line 'Lehrertag ©Tim Wegner' dropped (rule "
              "93); the last paragraph ('Darüber hinaus wollten die Lehrkräfte wissen, … wie wichtig ihm der Kontakt zu "
              "den Lehrenden se…'), cut off in the stored copy, dropped (rule 15); the words of Lienenkämper stand "
              "without marks and are not annotated (rule 1491))",
    license=BUBA,
    paras=["Einmal im Jahr lädt die Bundesbank Lehrerinnen und Lehrer ein, um über aktuelle Zentralbankthemen zu sprechen "
           "und sich über deren Vermittlung in den Schulen auszutauschen. Lutz Lienenkämper, der im Vorstand unter "
           "anderem für das Thema Ökonomische Bildung zuständig ist und sich für die Vermittlung von finanzieller Bildung "
           "an Schulen einsetzt, empfing die Gäste aus ganz Deutschland in Frankfurt.",
           LL_P2],
    quotes=[("„Wirtschaft“", None)],
    aliases={})

# --- bundesbank.de speech: opening of the special exhibition "Mein Geld & Ich" in the Geldmuseum ---

MG_TITLE = ("„Mein Geld & Ich – seid Ihr bereit für die Challenge“ Rede anlässlich der Eröffnung der Sonderausstellung im "
            "Geldmuseum der Deutschen Bundesbank")
MG_P3 = ("ich freue mich sehr, Sie heute zur Eröffnung unserer neuen Sonderausstellung „Mein Geld & Ich – seid ihr bereit "
         "für die Challenge?“ hier im Geldmuseum der Deutschen Bundesbank in Frankfurt zu begrüßen.")
MG_P4 = ("Unsere Gesellschaft steht vor großen wirtschaftlichen Herausforderungen. Schlagworte dafür sind die vier „Ds“: "
         "Digitalisierung, demografischer Wandel, Dekarbonisierung und Deglobalisierung.")

add(id="ho203-buba-rede-mein-geld-und-ich",
    title=MG_TITLE,
    url="https://www.bundesbank.de/de/presse/reden/-mein-geld-ich-seid-ihr-bereit-fuer-die-challenge--969690",
    retrieved="same address (speech of a member of the Bundesbank's Executive Board opening the special exhibition of "
              "the Geldmuseum; the speaker is not named in the stored copy; the title and its subtitle, which the stored "
              "copy runs together in one line, kept so (rule 20); the last paragraph ('Zugleich kann sie helfen, das hohe "
              "Sparvermögen … in produktive Invest…'), cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Meine sehr geehrten Damen und Herren,",
           MG_P3,
           MG_P4,
           "Jede Herausforderung ist für sich genommen schon nicht einfach zu bewältigen. Das zeigen die aktuellen "
           "politischen und gesellschaftlichen Diskussionen zum Umgang mit künstlicher Intelligenz, zur Rentenreform, zur "
           "Zukunft des Verbrenners oder zum Umgang mit Zöllen im internationalen Handel.",
           "Allen Herausforderungen ist gemeinsam, dass für ihre Bewältigung erhebliche Investitionen nötig sind. Über die "
           "erforderlichen finanziellen Mittel und ihre Zuteilung wird in der Politik gerungen. Das gehört zu unserem "
           "demokratischen Selbstverständnis und zum Wettbewerb der Ideen und Lösungskonzepte.",
           "Erschwerend kommt hinzu, dass die vor uns liegenden Aufgaben nicht nacheinander abgearbeitet werden können, "
           "sondern gleichzeitig bewältigt werden müssen. Umso mehr kommt es darauf an, genügend finanzielle Mittel zu "
           "gewinnen und diese sorgfältig und sachgerecht einzusetzen. Und im Übrigen kommt es auch darauf an, dass diese "
           "dann tatsächlich ausgegeben werden.",
           "Dafür brauchen wir in Europa einen tiefen und differenzierten Kapitalmarkt. Die europäische Spar- und "
           "Investitionsunion (SIU) ist ein wichtiger Schritt in diese Richtung. Sie kann unsere Kapitalmärkte enger "
           "verzahnen und grenzüberschreitende Investitionen erleichtern."],
    quotes=[(cut(MG_TITLE, "„Mein Geld", "Challenge“"), None),
            (cut(MG_P3, "„Mein Geld", "Challenge?“"), None),
            ("„Ds“", None)],
    aliases={})
