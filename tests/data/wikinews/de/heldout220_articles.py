# Two-hundred-and-twentieth held-out German real-news set (tests/data/heldout220-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1580-1581). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the quotations
# against the texts of all sets). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twentieth held-out set": texts of the European Commission: a news item
# of the Representation in Germany (germany.representation.ec.europa.eu, June 2016, Commissioner Hogan at the Bauerntag in
# Hannover) and a news item of the Commission's central news pages (ec.europa.eu/news, January 2017, the College's visit to
# the Maltese Council presidency). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


HOGAN = "Hogan"
JUNCKER = "Juncker"

# --- germany.representation.ec.europa.eu: news of the Representation in Germany, 2016 ---

HOGAN_P1 = ("(30.06.2016) – Um die nachhaltige und hochwertige europäische Landwirtschaft für die kommenden Jahre zu "
            "schützen und zu erhalten, sei es nötig, dass das europäische Landwirtschaftssystem an den globalen Markt "
            "weiter angekoppelt bleibe. „Die EU-Kommission bleibt weiterhin auf der Seite der Erzeuger“, versicherte Hogan "
            "vor 600 Delegierten der deutschen Bauernverbände. „In der Kommission herrscht ein klares Verständnis darüber, "
            "dass es ohne Erzeuger kein Produkt geben kann. Ohne qualitativ hochwertige Produkte können Arbeitsplätze in "
            "ländlichen Räumen nicht geschützt und das Wachstum des ländlichen Raums nicht gefördert werden. “")
HOGAN_P2 = ("Die Kommission habe unverzüglich Schritte eingeleitet, um die aktuelle Krise anzugehen und hat dabei alle ihr "
            "zur Verfügung stehenden Mittel genutzt. „Wir haben seit Beginn der Krise mehr als 1 Milliarde Euro "
            "eingesetzt“, sagte Hogan.")

add(id="ho220-eucom-2016-06-hogan-bauerntag",
    title="Agrarkommissar Hogan beim Bauerntag in Hannover",
    url="https://germany.representation.ec.europa.eu/news/agrarkommissar-hogan-beim-bauerntag-hannover-2016-06-30_de",
    retrieved="same address (stored page of the Representation in Germany, news of 30.06.2016; the stored copy begins "
              "with the dateline paragraph, without the headline, so the title field is taken from the page address and "
              "the text begins with the dateline paragraph (rule 32); the closing mark of the first paragraph's second "
              "quotation follows a space ('gefördert werden. “'), kept as stored (rule 20); the last paragraph 'Im "
              "Milchmarkt sei die Lage weiter ernst. … Aber: „Eine Wiedereinführung der Milchquote, auch zeitlich bef', "
              "cut off in the stored copy inside an unclosed quotation, dropped (rule 15))",
    license=EU,
    paras=[HOGAN_P1,
           HOGAN_P2,
           "Die ergriffenen Maßnahmen zeigten bereits positive Auswirkungen, vor allem auf dem Fleischsektor. Hogan "
           "kündigte an, eine Fleischmarktbeobachtungsstelle für Rund-und Schweinefleisch einzurichten.",
           "Die Lage auf dem Markt für Obst und Gemüse ist weiterhin schwierig und hat sich noch nicht ganz vom "
           "Russlandembargo erholt. Die EU-Kommission unterstützt weiterhin die Suche nach alternativen Märkten. Aber dies "
           "erfordere Zeit. Die EU-Kommission hat die aktuellen Hilfsmaßnahmen angesichts der niedrigen Preise bis 30. "
           "Juni 2017 ausgeweitet."],
    quotes=[("„Die EU-Kommission bleibt weiterhin auf der Seite der Erzeuger“", HOGAN),
            (cut(HOGAN_P1, "„In der Kommission", "gefördert werden. “"), HOGAN),
            ("„Wir haben seit Beginn der Krise mehr als 1 Milliarde Euro eingesetzt“", HOGAN)],
    aliases={HOGAN: ["Hogan"]})

# --- ec.europa.eu/news: news of the European Commission, 2017 ---

MALTA_P3 = ("Auf einer Pressekonferenz nach dem Treffen äußerte sich Präsident Juncker anerkennend zu den vorbereitenden "
            "Arbeiten der neuen Ratspräsidentschaft und betonte, dass die Kommission und die Ratspräsidentschaft „auf einer "
            "Wellenlänge“ sind und „in dieselbe Richtung“ gehen.")
MALTA_P4 = ("Präsident Juncker nannte die Migration als eine der großen Herausforderungen der nächsten sechs Monate und "
            "unterstrich, wie wichtig es sei, „den Grundsatz der Solidarität zu achten“. Er rief die Mitgliedstaaten auf, "
            "ihren Verpflichtungen nachzukommen, insbesondere im Hinblick auf eine verstärkte europäische Präsenz im "
            "Mittelmeerraum. Fortschritte beim Gemeinsamen Europäischen Asylsystem und beim Ausbau des Europäischen "
            "Unterstützungsbüros für Asylfragen zu einer vollwertigen Agentur sind seiner Meinung nach entscheidende "
            "Bereiche, in denen es gilt, während der maltesischen Präsidentschaft voranzukommen.")
MALTA_P5 = ("Präsident Juncker zeigte sich erfreut darüber, dass einer der Schwerpunkte Maltas die soziale Dimension des "
            "Binnenmarkts und der Wirtschafts- und Währungsunion betrifft, zu der die Kommission im März Vorschläge "
            "vorlegen wird. Den Gipfel in Valletta im Februar bezeichnete er als einen wichtigen Meilenstein bei der "
            "Vorbereitung der Feierlichkeiten zum 60. Jahrestag in Rom. Er hoffe, dass der Gipfel „die positiven Energien "
            "der europäischen Nationen zusammenführen“ wird.")

add(id="ho220-eucom-2017-01-kollegium-malta",
    title="Kollegium besucht maltesische Ratspräsidentschaft",
    url="http://ec.europa.eu/news/2017/01/20170111_de.htm",
    retrieved="same address (stored news page of the European Commission of 11/01/2017; the site name 'Europäische "
              "Kommission', the date line 'Nachricht | 11/01/2017' and the image credit '© EU© EU' dropped as furniture "
              "(rule 14); the trailing space after the first paragraph dropped; the double space in 'Präsident  Juncker' "
              "kept as stored (rule 20); the last paragraph 'Im A…', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Kollegium besucht maltesische Ratspräsidentschaft",
           "Angeführt von Präsident Juncker fand sich das Kollegium der Kommissionsmitglieder heute in Valletta (Malta) zu "
           "seinem traditionellen Besuch bei der neuen EU-Ratspräsidentschaft ein.",
           "Nach dem Treffen von Präsident  Juncker mit Präsident Coleiro Preca kam das Kollegium mit dem maltesischen "
           "Premierminister Muscat und seinem Kabinett zusammen, um über die Schwerpunkte des Vorsitzes und die der EU "
           "bevorstehenden Herausforderungen in den kommenden sechs Monaten zu beraten.",
           MALTA_P3,
           MALTA_P4,
           MALTA_P5],
    quotes=[("„auf einer Wellenlänge“", JUNCKER),
            ("„in dieselbe Richtung“", JUNCKER),
            ("„den Grundsatz der Solidarität zu achten“", JUNCKER),
            ("„die positiven Energien der europäischen Nationen zusammenführen“", JUNCKER)],
    aliases={JUNCKER: ["Präsident Juncker", "Juncker"]})
