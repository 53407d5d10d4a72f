# Three-hundred-and-seventy-third held-out German real-news set (tests/data/heldout373-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2035-2036). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, headline and two
# distinctive phrases of each text with grep -rliF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data; no hit for either page). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-seventy-third held-out set": two texts of the European Commission's
# Representation in Germany (licence EU): the stored home page ec.europa.eu/germany/home_de of 20 June 2018 (its two news
# items of that day, one of them the joint statement of seven Commissioners on World Refugee Day) and the press release of
# 16 May 2023 on germany.representation.ec.europa.eu with President von der Leyen's statement on Commissioner Gabriel's
# resignation. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


TIMMERMANS = "Frans Timmermans"
VDL = "Ursula von der Leyen"

# --- Representation in Germany, home page of 20 June 2018: Meseberg and the World Refugee Day statement ---

HOME_P1 = ("Kommissionspräsident Juncker hat für Sonntag ein informelles Arbeitstreffen in Brüssel zum Thema Migration und "
           "Asyl einberufen, um mit einer Gruppe von Staats- und Regierungschefs interessierter Mitgliedstaaten im Vorfeld "
           "des anstehenden Europäischen Rates an europäischen Lösungen zu arbeiten. Am Dienstagabend traf Juncker in "
           "Meseberg mit Bundeskanzlerin Angela Merkel und Frankreichs Präsident Emmanuel Macron zusammen. Juncker lobte "
           "die deutsch-französische Erklärung von Meseberg als wichtigen politischen Schritt für die Fortentwicklung der "
           "EU. Zur Vertiefung der Wirtschafts- und Währungsunion hat die Kommission heute (Mittwoch) ihren Beitrag für den "
           "anstehenden EU-Gipfel veröffentlicht. Zum Stand der Gipfelvorbereitungen zu Migration und Asyl wird "
           "Migrationskommissar Dimitris Avramopoulos morgen Stellung nehmen. Die EU-Kommission befasste sich heute auch "
           "mit dem Brexit und dem Rechtsstaatsdialog mit Polen.")
HOME_P2 = ("Anlässlich des Weltflüchtlingstages haben die Vizepräsidenten und Kommissare Frans Timmermans, Federica "
           "Mogherini, Johannes Hahn, Neven Mimica, Dimitris Avramopoulos, Christos Stylianides, und Vera Jourová, eine "
           "gemeinsame Erklärung abgegeben: „Jede Minute, jeden Tag werden fast 31 Menschen gewaltsam vertrieben. Heute "
           "sind mehr als 68,5 Millionen Menschen aufgrund von Konflikten und Gewalt, Verfolgung, Naturkatastrophen oder "
           "den sehr realen Folgen des Klimawandels gezwungen, ihre Heimat zu verlassen - 25,4 Millionen von ihnen sind "
           "Flüchtlinge. Mehr als 67 Jahre nach der Genfer Flüchtlingskonvention von 1951 gelten ihre internationalen "
           "Grundsätze mehr denn je. Diese Grundsätze sind im Besitzstand der EU im Asylbereich verankert, und die EU ist "
           "weiterhin entschlossen, sich für diejenigen einzusetzen, die Hilfe benötigen.“")

add(id="ho373-eucom-2018-06-home-meseberg-weltfluechtlingstag",
    title=None,
    url="https://ec.europa.eu/germany/home_de",
    retrieved="same address (stored home page of the Representation in Germany of 20 June 2018, section 'Nachrichten': "
              "its two items of that day, kept together as one document (rule 2036); the site header lines 'Vertretung in "
              "Deutschland' / 'Die Vertretung der Europäischen Kommission' / 'Nachrichten' and the date line '20/06/2018' "
              "above each item dropped (rule 14); the items have no headline in the stored copy, so the first item's first "
              "paragraph is the first line (rules 18, 32); the stored copy ends with the second item's closing mark)",
    license=EU,
    paras=[HOME_P1, HOME_P2],
    quotes=[(cut(HOME_P2, "„Jede Minute", "benötigen.“"), TIMMERMANS)],
    # joint statement of seven office-holders: canonical = the first-named (rule 27); the co-signers' names are
    # aliases (rule 2035)
    aliases={TIMMERMANS: ["Frans Timmermans", "Vizepräsidenten und Kommissare", "Federica Mogherini", "Johannes Hahn",
                          "Neven Mimica", "Dimitris Avramopoulos", "Christos Stylianides", "Vera Jourová"]})

# --- Representation in Germany, press release of 16 May 2023: von der Leyen on Commissioner Gabriel's resignation ---

GAB_P1 = ("Kommissionspräsidentin Ursula von der Leyen hat den Rücktritt von EU-Kommissarin Mariya Gabriel angenommen. "
          "Gabriel wurde dem Präsidenten der Republik Bulgarien vorgestellt, um den Auftrag zur Bildung einer Regierung zu "
          "erhalten und hat daher ihren Rücktritt als Mitglied der Kommission eingereicht. Die Kommissionspräsidentin "
          "dankte Mariya Gabriel für ihren Dienst als Kommissarin für Innovation, Forschung, Kultur, Bildung und Jugend. In "
          "ihrer dreieinhalbjährigen Amtszeit habe sie einen wichtigen Beitrag zur Förderung der Prioritäten der Kommission "
          "in diesem Bereich geleistet.")
GAB_P2 = ("Von der Leyen betonte: „Besonders dankbar bin ich Kommissarin Gabriel für die ausgezeichnete Umsetzung unserer "
          "Leitinitiative Horizont Europa, für die starken Impulse für Innovation und Start-up-Unternehmen durch den "
          "Europäischen Innovationsrat und für ihr persönliches Engagement, um das Europäische Jahr der Jugend zum Erfolg "
          "zu machen.")
GAB_P3 = ("Und ich möchte Kommissarin Gabriel auch für ihren konstruktiven und freundschaftlichen Beitrag zur Arbeit des "
          "Kollegiums der Kommissionsmitglieder im Allgemeinen danken. Ich wünsche Mariya Gabriel alles Gute und bin "
          "zuversichtlich, dass sie ihre europäische Erfahrung in diesem und im vorherigen Kollegium zum Wohle ihres Landes "
          "einbringen wird.“")
GAB_P4 = ("In der Zwischenzeit übernehmen Exekutiv-Vizepräsidentin Margrethe Vestager und Vizepräsident Margaritis Schinas "
          "mit sofortiger Wirkung die Aufsicht über das Ressort von Kommissarin Gabriel. Exekutiv-Vizepräsidentin Vestager "
          "wird für Innovation und Forschung zuständig sein, Vizepräsident Schinas wird für Bildung, Kultur und Jugend.")

add(id="ho373-eucom-2023-05-vdl-ruecktritt-gabriel",
    title="Erklärung von Präsidentin von der Leyen zum Rücktritt von Kommissarin Gabriel",
    url="https://germany.representation.ec.europa.eu/news/erklarung-von-prasidentin-von-der-leyen-zum-rucktritt-von-"
        "kommissarin-gabriel-2023-05-16_de",
    retrieved="same address (stored press release of the Representation in Germany of 16 May 2023; the site lines 'Zum "
              "Hauptinhalt' / 'Vertretung in Deutschland' and the run-together label line 'Pressemitteilung16. Mai "
              "2023Vertretung in Deutschland' above the headline dropped, as is the English video caption 'Read-out of the "
              "weekly meeting of the von der Leyen Commission by Mariya Gabriel, European Commissioner, on the new European "
              "innovation agenda' under it (rule 14); the link list from 'Weitere Informationen:' on ('Erklärung v', cut "
              "off in the stored copy) dropped (rules 14, 15); the same text reposted by bayfor.org with the line 'Quelle: "
              "Vertretung der Europäischen Kommission in Deutschland' was seen and not used)",
    license=EU,
    paras=[GAB_P1, GAB_P2, GAB_P3, GAB_P4],
    # a statement over two paragraphs: the first piece from its opening mark to the paragraph end, the second from the
    # paragraph start to the closing mark (rule 935, NOTES.md multi-paragraph quotes)
    quotes=[(cut(GAB_P2, "„Besonders", "zu machen."), VDL),
            (GAB_P3, VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen", "Präsidentin von der Leyen",
                   "Kommissionspräsidentin", "Von der Leyen"]})
