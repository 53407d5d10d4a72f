# Three-hundred-and-ninety-seventh held-out German real-news set (tests/data/heldout397-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2105-2107). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or identifier, first words
# and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-seventh held-out set": two German press releases and one German
# news item of the European Environment Agency (air quality report 2012, bathing water report 2015, the report "Marine
# Messages II") (licence EEA). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), the site's banner and print notice, the label line and the highlight
# box (unmarked pull quote with its attribution line) are dropped (rules 14, 2106), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EEA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BANNER = ("the site banner 'All official European Union website addresses are in the europa.eu domain. See all EU "
          "institutions and bodies' and the print notice 'Tun Sie etwas für unseren Planeten, drucken Sie diese Seite nur "
          "aus, wenn unbedingt nötig. …' dropped (rule 14)")

POTOCNIK = "Janez Potočnik"
MCGLADE = "Jacqueline McGlade"
VELLA = "Karmenu Vella"

# --- EEA press release, 2012: air quality in Europe, report 2012 ---

LQ_P1_Q = ("„Dieser Bericht mahnt zur rechten Zeit daran, welche Bedeutung die Luftqualität für die Gesundheit unserer "
           "Bürgerinnen und Bürger hat. Ich möchte daher 2013 zum „Jahr der Luft“ machen und werde mich darauf "
           "konzentrieren, unsere Luftreinhaltungsvorschriften zu verschärfen, um den heute festgestellten Problemen zu "
           "begegnen.“")
LQ_P2_Q = ("„Dank der Maßnahmen der Europäischen Union sind die Emissionen zahlreicher Schadstoffe in den letzten zehn Jahren "
           "zurückgegangen. Wir können aber noch mehr tun. In vielen Ländern liegen die Luftschadstoffkonzentrationen immer "
           "noch über den gesetzlich vorgeschriebenen und empfohlenen Grenzwerten, mit denen die Gesundheit der Bürgerinnen "
           "und Bürger Europas geschützt werden soll. So wird die Lebenserwartung in den am stärksten verschmutzten Städten "
           "und Gebieten durch Luftschadstoffe um rund zwei Jahre verringert.“")

add(id="ho397-eea-2012-luftqualitaet-bericht",
    title=None,
    url="https://eea.europa.eu./ds_resolveuid/cb5a1c38651d49faa7e3543c923b1fb9",
    retrieved="same address (stored German press release of the EEA on its report 'Luftqualität in Europa – Bericht 2012'; "
              + BANNER + "; the label line 'Press Release' and the highlight box — the unmarked pull quote 'In vielen "
              "Ländern liegt die Konzentration der Luftschadstoffe … um rund zwei Jahre verringert.' with its attribution "
              "line 'Jacqueline McGlade, Exekutivdirektorin der EUA' — dropped (rule 2106); the stored copy shows no "
              "headline, so the text has no title line (rules 18, 32); the paragraph 'Die EUA hat in den vergangenen Jahren "
              "im Rahmen der Richtl', cut off in the stored copy, dropped (rule 15))",
    license=EEA,
    paras=["EU-Umweltkommissar Janez Potočnik erklärte hierzu: " + LQ_P1_Q,
           "Die Exekutivdirektorin der EUA, Frau Professor Jacqueline McGlade, sagte: " + LQ_P2_Q,
           "Im EUA-Bericht „Luftqualität in Europa – Bericht 2012“ wird die Exposition der Bevölkerung gegenüber "
           "Luftschadstoffen untersucht und ein Überblick über die Luftqualität in Europa gegeben."],
    quotes=[(LQ_P1_Q, POTOCNIK),
            (LQ_P2_Q, MCGLADE),
            ("„Luftqualität in Europa – Bericht 2012“", None)],
    aliases={POTOCNIK: ["Janez Potočnik", "EU-Umweltkommissar"],
             MCGLADE: ["Jacqueline McGlade", "Frau Professor Jacqueline McGlade", "Exekutivdirektorin der EUA"]})

# --- EEA press release, 2015: bathing water quality in 2014 ---

BW_Q = ("„Wir alle suchen manchmal Erholung am Wasser. Saubere und sichere Badegewässer sind wichtig, um gesund zu bleiben, "
        "und die gute Nachricht ist, dass diese Gewässer immer besser werden. Wenn Sie das nächste Mal schwimmen gehen, "
        "können Sie das in dem Bewusstsein tun, dass die EU einen Beitrag zur Sauberkeit und Sicherheit der Gewässer "
        "geleistet hat.“")

add(id="ho397-eea-2015-badegewaesser-hohe-qualitaet",
    title=None,
    url="https://eea.europa.eu./de/pressroom/newsreleases/europaeische-badegewaesser-weiterhin-von-hoher-qualitaet",
    retrieved="same address (stored German press release of the EEA on the bathing water report for 2014; " + BANNER
              + "; the label line 'Press Release' and the highlight box — the unmarked pull quote 'Ich freue mich darüber, "
              "dass die Qualität der europäischen Badegewässer nach wie vor hoch ist … verbessert werden kann.' with its "
              "attribution line 'Hans Bruyninckx, Exekutivdirektor der EUA' — dropped (rule 2106); the stored copy shows "
              "no headline, so the text has no title line (rules 18, 32); the paragraph 'Hans Bruyninckx, Exekutivdirektor "
              "der EUA, führte aus: „Ich freue', cut off in the stored copy, dropped (rule 15))",
    license=EEA,
    paras=["Alle Badegewässer in Zypern, Luxemburg und Malta erhielten die Bestnote. Die nächstplatzierten Länder mit "
           "ausgezeichneter Badewasserqualität sind Griechenland (97 %), Kroatien (94 %) und Deutschland (90 %). Europaweit "
           "verfehlten nur knapp 2 % der Badeorte die in der Badegewässerrichtlinie festgelegten Mindeststandards für "
           "Wasserqualität und wurden als „mangelhaft“ eingestuft.",
           "Die Ergebnisse sind dem jährlichen Bericht über die Qualität der Badegewässer der Europäischen Umweltagentur "
           "(EUA) und der Europäischen Kommission zu entnehmen, in dem für 2014 die Qualität der Badegewässer in über 21 000 "
           "Küsten- und Binnenbadeorten in der EU, der Schweiz und Albanien verglichen wurde. Zusammen mit dem Bericht hat "
           "die EUA eine interaktive Karte veröffentlicht, die die Ergebnisse für jeden Badeort zeigt.",
           "Karmenu Vella, für Umwelt, Meerespolitik und Fischerei zuständiges Mitglied der Europäischen Kommission, "
           "erklärte: " + BW_Q],
    quotes=[("„mangelhaft“", None),
            (BW_Q, VELLA)],
    aliases={VELLA: ["Karmenu Vella",
                     "für Umwelt, Meerespolitik und Fischerei zuständiges Mitglied der Europäischen Kommission"]})

# --- EEA news item: the report "Marine Messages II" on the state of Europe's seas ---

add(id="ho397-eea-zukunft-der-meere-europas",
    title=None,
    url="https://eea.europa.eu./de/highlights/die-zukunft-der-meere-europas",
    retrieved="same address (stored German news item of the EEA on its report 'Marine Messages II'; " + BANNER
              + "; the label line 'Nachrichten' and the highlight box — the unmarked pull quote 'Unsere Meere und "
              "Meeresökosysteme leiden aufgrund jahrelanger starker Überfischung und Vernachlässigung.' with its "
              "attribution line 'Hans Bruyninckx, Exekutivdirektor der EUA.' — dropped (rule 2106); the stored copy shows "
              "no headline, so the text has no title line (rules 18, 32); the opening mark '„' on which the stored copy "
              "ends, the start of a cut-off paragraph, dropped (rule 15))",
    license=EEA,
    paras=["Laut dem EUA-Bericht „Marine Messages II.“ (Bericht über die Meere II) befinden sich die europäischen Meere "
           "derzeit generell in einem schlechten Zustand. Dies ist eine schlechte Nachricht für uns Menschen, da sich dies "
           "auf unsere Lebensqualität, Existenzgrundlage und die Wirtschaft auswirkt. Der Zustand unserer Meere ist von "
           "entscheidender Bedeutung für ihre Fähigkeit, unter anderem Sauerstoff, Nahrungsmittel und ein Klima, in dem wir "
           "leben können, sowie bestimmte Rohstoffe zu liefern, und ist auch von grundlegender Bedeutung für unsere "
           "Erholung, Freizeit und Gesundheit.",
           "Die historische und aktuelle Nutzung unserer Meere – von der Ostsee bis zum Mittelmeer – fordert ihren Tribut, "
           "was zu Veränderungen in der Zusammensetzung der Meeresfauna und der Lebensräume sowie zu Veränderungen in der "
           "physikalischen und chemischen Zusammensetzung der Meere insgesamt führt. Zu diesen komplexen Problemen kommt "
           "noch der Klimawandel hinzu, der die Auswirkungen der anderen Bedrohungen verschärft. Die kombinierten "
           "Auswirkungen dieser Veränderungen sind inzwischen so weit vorangeschritten, dass sie die Meeresökosysteme "
           "irreversibel schädigen könnten, heißt es im EUA-Bericht. In einigen Gebieten gibt es dem Bericht zufolge "
           "jedoch Anzeichen für eine Erholung des Meeresökosystems, was auf erhebliche, oft jahrzehntelange Bemühungen "
           "zur Verringerung bestimmter Auswirkungen zurückzuführen ist, wie sie beispielsweise durch Kontaminanten, "
           "Eutrophierung und Überfischung verursacht werden."],
    quotes=[("„Marine Messages II.“", None)],
    aliases={})
