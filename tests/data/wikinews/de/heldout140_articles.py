# Hundred-and-fortieth held-out German real-news set (tests/data/heldout140-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1090-1092). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the quotations against
# the texts of all sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-fortieth held-out set": German press releases of the European Central Bank
# (ECB_PR: 'Nachdruck nur mit Quellenangabe gestattet.') and pages of the website of the European Council and the Council
# of the EU, consilium.europa.eu/de (CONSILIUM: 'Nachdruck mit Quellenangabe gestattet' as the General Secretariat of the
# Council states it for its publications). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import ECB_PR, CONSILIUM  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


TUSK = "Donald Tusk"
TUSK_REF_ALIASES = ["Donald Tusk", "Präsident Donald Tusk"]
TUSK_EP_ALIASES = ["Donald Tusk", "Präsident Donald Tusk", "Tusk", "Präsident des Europäischen Rates"]

# --- European Central Bank: German press releases ---

ECB20_P5 = ("„Bargeld war, ist und bleibt ein wichtiges Zahlungsmittel. Die Einführung der neuen 20\u2011€\u2011Banknote ist "
            "dafür ein greifbarer Beweis“, erklärte Yves Mersch, Mitglied des EZB-Direktoriums, zur Einführung des neuen "
            "20-€-Scheins.")

add(id="ho140-ecb-2015-11-neue-20-euro-banknote",
    title="Eurosystem führt morgen die neue 20-€-Banknote ein",
    url="https://zentral-bank.eu/press/pr/date/2015/html/pr151124.de.html",
    retrieved="same address (stored copy of the ECB press release of 24 November 2015, served under zentral-bank.eu with "
              "the ECB's page layout; the ECB's own address is ecb.europa.eu/press/pr/date/2015/html/pr151124.de.html; "
              "the navigation lines 'Suchoptionen', 'Startseite Medien Wissenswertes Forschung und Publikationen "
              "Statistiken Geldpolitik Der Euro Zahlungsverkehr und Märkte Karriere', 'Vorschläge', 'Sortieren nach' and "
              "the label 'PRESSEMITTEILUNG' dropped as furniture (rule 93); the date line and the two bullet lines of the "
              "summary kept as lines of their own; the non-breaking hyphens of '20‑€‑Banknote' in the quotation kept as "
              "published (rule 20); the media line 'Medienanfragen sind an …' kept; the contact block 'KONTAKT / "
              "Europäische Zentralbank / Generaldirektion Kommunikation / Nachdruck nur mit Quellenangabe gestattet. / "
              "Ansprechpartner für Medienvertreter' dropped as furniture, its licence line recorded in ECB_PR)",
    license=ECB_PR,
    paras=["24. November 2015",
           "Neue 20-€-Banknote wird morgen in Umlauf gebracht",
           "Euro-Ausstellung wird heute im EZB-Hauptgebäude eröffnet und präsentiert neue Banknote",
           "Die neue 20-€-Banknote wird am 25. November 2015 in Umlauf gebracht. Leicht erkennbar ist sie durch das "
           "innovative „Porträt-Fenster“ am oberen Rand des Hologramms, das bei Betrachtung gegen das Licht durchsichtig "
           "wird. Darin erscheint ein Porträt der Europa, einer Gestalt aus der griechischen Mythologie, das von beiden "
           "Seiten zu erkennen ist.",
           ECB20_P5,
           "Bislang sind 4,3 Mrd neue 20-€-Banknoten gedruckt worden. Sie werden die 20-€-Banknoten der ersten Serie "
           "schrittweise ersetzen, die jedoch gesetzliches Zahlungsmittel bleiben.",
           "Ebenfalls am heutigen Tag wird im EZB-Hauptgebäude die Euro-Ausstellung eröffnet, in der die neue "
           "20-€-Banknote einen besonderen Platz einnimmt. Die Ausstellung ist eine gute Gelegenheit, Interessantes über "
           "die Euro-Banknoten und -Münzen, die Sicherheitsmerkmale sowie die Geschichte des Geldes zu erfahren. Sie ist "
           "bis zum 29. Februar 2016 geöffnet.",
           "Medienanfragen sind an Frau Eva Taylor unter +49 69 1344 7162 zu richten."],
    quotes=[("„Porträt-Fenster“", None),
            ("„Bargeld war, ist und bleibt ein wichtiges Zahlungsmittel. Die Einführung der neuen 20\u2011€\u2011Banknote "
             "ist dafür ein greifbarer Beweis“", "Yves Mersch")],
    aliases={"Yves Mersch": ["Yves Mersch", "Mersch", "Mitglied des EZB-Direktoriums"]})

# --- consilium.europa.eu: pages of the European Council ---

add(id="ho140-consilium-2016-06-tusk-referendum",
    title="Erklärung des Präsidenten des Europäischen Rates zum Ergebnis des Referendums im Vereinigten Königreich, 24. Juni",
    url="http://www.consilium.europa.eu/de/home/",
    retrieved="same address (stored start page of consilium.europa.eu/de of June 2016; the cookie line 'Wir verwenden "
              "Cookies, … Voreinstellungen ändern können.' dropped as furniture (rule 93); the lead item of the page, its "
              "headline as the first line and its three paragraphs; the second copy of the same item (headline and three "
              "paragraphs, repeated word for word by the page's slider) dropped (rule 1090); the box 'Der Europäische Rat' "
              "with its heading kept, the box 'Der Rat der EU' ('Der Rat der EU ist ', cut off in the stored copy) "
              "dropped (rule 15))",
    license=CONSILIUM,
    paras=["\"Wir sind auf dieses negative Szenario vorbereitet. Es wird kein rechtliches Vakuum geben\", erklärte "
           "Präsident Donald Tusk nach Vorliegen des amtlichen Ergebnisses des Referendums im Vereinigten Königreich.",
           "\"Im Namen der 27 Staats- und Regierungschefs kann ich sagen, dass wir entschlossen sind, an unserer Einheit als "
           "siebenundzwanzig festzuhalten\", betonte er.",
           "Abschließend schlug er ein informelles Treffen der 27 Staats- und Regierungschefs am Rande der Tagung des "
           "Europäischen Rates am 28./29. Juni vor, bei dem begonnen werden soll, umfassendere Überlegungen über die "
           "Zukunft der Union anzustellen.",
           "Der Europäische Rat",
           "Er setzt sich zusammen aus den Staats- und Regierungschefs der Mitgliedstaaten sowie dem Präsidenten des "
           "Europäischen Rates und dem Präsidenten der Kommission. Der Europäische Rat legt die allgemeinen politischen "
           "Zielvorstellungen und Prioritäten der EU fest."],
    quotes=[("\"Wir sind auf dieses negative Szenario vorbereitet. Es wird kein rechtliches Vakuum geben\"", TUSK),
            ("\"Im Namen der 27 Staats- und Regierungschefs kann ich sagen, dass wir entschlossen sind, an unserer Einheit "
             "als siebenundzwanzig festzuhalten\"", TUSK)],
    aliases={TUSK: TUSK_REF_ALIASES})

TUSK_EP_P5 = ("\"Im letzten Jahr sind hundertachtzigtausend Migrantinnen und Migranten irregulär in Italien angekommen. Dies "
              "kann so nicht weitergehen\", betonte Tusk. \"Deshalb werden Libyen und unser Vorgehen in Bezug auf die "
              "zentrale Mittelmeerroute im Mittelpunkt unseres nächsten informellen Gipfeltreffens in Malta stehen\", "
              "fügte er hinzu.")

add(id="ho140-consilium-2017-01-tusk-europaeisches-parlament",
    title="Donald Tusk, Präsident des Europäischen Rates",
    url="http://www.consilium.europa.eu/de/european-council/president/",
    retrieved="same address (stored page of the President of the European Council of January 2017; the lines 'Im "
              "Mittelpunkt' and 'Donald Tusk folgen auf' dropped as furniture (rule 93); the item 'Unterrichtung des "
              "Europäischen Parlaments, 18. Januar 2017' with its heading kept as a line of its own; its last paragraph "
              "'Der Europäische Rat habe zudem über Sicherheitsfragen gesprochen, … \"Sowohl die europäischen Länder als "
              "auch die Europäische Union müssen angesichts der unmittelbaren Gefahren für die Sicherheit unserer "
              "Bürgerinnen und Bürger mehr tun\",', cut off in the stored copy, dropped (rule 15))",
    license=CONSILIUM,
    paras=["Unterrichtung des Europäischen Parlaments, 18. Januar 2017",
           "Präsident Donald Tusk hat das Europäische Parlament über die wichtigsten Ergebnisse der Dezembertagung des "
           "Europäischen Rates unterrichtet. Zu Beginn gratulierte er Antonio Tajani zu seiner Wahl zum Präsidenten des "
           "Europäischen Parlaments und äußerte sich zuversichtlich, dass es gelingen werde, die Herausforderungen des "
           "Jahres 2017 gemeinsam mit allen Abgeordneten zu bewältigen.",
           "\"Im vergangenen Jahr haben wir trotz der beispiellosen Schwierigkeiten Fortschritte in den Bereichen "
           "Migration, Sicherheit und Wirtschaft erzielt\", erklärte er.",
           "Was das Thema Migration anbelange, so habe der Europäische Rat zunächst die Umsetzung der Erklärung EU-Türkei "
           "erörtert und die Fortschritte bei den Migrationspakten mit den ausgewählten afrikanischen Ländern bewertet.",
           TUSK_EP_P5,
           "Zur Ukraine habe der Europäische Rat einen rechtsverbindlichen Beschluss der Staats- und Regierungschefs "
           "angenommen, um die Ratifizierung des Assoziierungsabkommens in den Niederlanden zu erleichtern. Da Russland "
           "die Vereinbarungen von Minsk noch immer nicht umgesetzt habe, hätten Kanzlerin Merkel und Präsident Hollande "
           "empfohlen, die Sanktionen zu verlängern. Sie blieben nun für weitere sechs Monate in Kraft."],
    quotes=[("\"Im vergangenen Jahr haben wir trotz der beispiellosen Schwierigkeiten Fortschritte in den Bereichen "
             "Migration, Sicherheit und Wirtschaft erzielt\"", TUSK),
            ("\"Im letzten Jahr sind hundertachtzigtausend Migrantinnen und Migranten irregulär in Italien angekommen. "
             "Dies kann so nicht weitergehen\"", TUSK),
            ("\"Deshalb werden Libyen und unser Vorgehen in Bezug auf die zentrale Mittelmeerroute im Mittelpunkt unseres "
             "nächsten informellen Gipfeltreffens in Malta stehen\"", TUSK)],
    aliases={TUSK: TUSK_EP_ALIASES})
