# Three-hundred-and-thirty-first held-out German real-news set (tests/data/heldout331-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1950-1951). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-thirty-first held-out set": two German Wikinews articles read on
# de.wikinews.org (the death of the polar bear Knut, March 2011; Jürgen Klinsmann leaves the national team, July 2006)
# (licence WN). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17),
# page furniture (status box, caption, 'Themenverwandte Artikel', 'Quellen') is dropped (rule 14), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


KLOES = "Heiner Klös"
WOWEREIT = "Klaus Wowereit"

# --- de.wikinews.org, 20 March 2011: the polar bear Knut is dead ---

KNUT_P2 = ("Bären-Kurator Heiner Klös am Abend im RBB: „Knut hat sich den ganzen Tag über normal verhalten. Dann ist er ins "
           "Wasser gegangen, hat einmal kurz aufgezuckt, hat sich gedreht und ist leider von uns gegangen.“ Klös sagte "
           "weiter, etwa 600 bis 700 Zoo-Besucher hätten seinen Tod beobachtet. Einige hätten Fotos geschossen. Die "
           "Zoo-Mitarbeiter seien geschockt. Bürgermeister Klaus Wowereit sagte der Berliner Tageszeitung B.Z.: „Das ist "
           "entsetzlich. Wir alle hatten ihn ins Herz geschlossen. Er war der Star des Berliner Zoos.“")

add(id="ho331-wn-2011-03-20-eisbaer-knut-gestorben",
    title="Eisbär Knut gestorben",
    url="https://de.wikinews.org/wiki/Eisb%C3%A4r_Knut_gestorben",
    retrieved="http://de.wikinews.org/wiki/Eisb%C3%A4r%20Knut%20gestorben (stored copy of the article of 20.03.2011; the "
              "status box 'Bitte keine inhaltlichen Veränderungen vornehmen. |' dropped (rule 14); 'Themenverwandte "
              "Artikel' and the list 'Quellen' with the five source headlines (stern.de, dewezet.de, kindercampus.de, "
              "focus.de, berlinerumschau.com) after the body dropped (rule 14); the body is complete in the stored copy)",
    license=WN,
    paras=["Berlin (Deutschland), 20.03.2011 – Eisbär Knut ist tot. Der durch einen gewaltigen Medienrummel bekannt "
           "gewordene Eisbär Knut, der mit seinem 2008 verstorbenen Ziehvater Thomas Dörflein einen hohen Besucherandrang "
           "im Berliner Zoo auslöste, wurde am Samstag tot im Wassergraben in der Bärenanlage entdeckt. Eine Obduktion "
           "soll die genaue Todesursache klären. Knut wurde vier Jahre alt.",
           KNUT_P2],
    # Klös: the verb of saying is left out, name + place and medium + colon (rule 1950); Wowereit: `sagte … :` (rule 1)
    quotes=[("„Knut hat sich den ganzen Tag über normal verhalten. Dann ist er ins Wasser gegangen, hat einmal kurz "
             "aufgezuckt, hat sich gedreht und ist leider von uns gegangen.“", KLOES),
            ("„Das ist entsetzlich. Wir alle hatten ihn ins Herz geschlossen. Er war der Star des Berliner Zoos.“",
             WOWEREIT)],
    aliases={KLOES: [KLOES, "Klös", "Bären-Kurator"],
             WOWEREIT: [WOWEREIT, "Bürgermeister"]})

# --- de.wikinews.org, 12 July 2006: Klinsmann does not extend his contract ---

add(id="ho331-wn-2006-07-12-klinsmann-hoert-auf",
    title="Klinsmann hört auf",
    url="https://de.wikinews.org/wiki/Klinsmann_h%C3%B6rt_auf",
    retrieved="http://de.wikinews.org/wiki/Klinsmann_h%C3%B6rt_auf (stored copy of the article of 12.07.2006; the lines "
              "'aus Wikinews, einem freien Wiki für Nachrichten' and 'Wechseln zu: Navigation, Suche', the status box "
              "'Artikelstatus: Fertig 12:21, 12. Jul. 2006 (CEST) Bitte keine weiteren inhaltlichen Veränderungen "
              "vornehmen, sondern einen Folgeartikel schreiben.', the caption 'Jürgen Klinsmann (Archivbild)' and the "
              "heading 'Quellen' after the body dropped (rule 14); the body is complete in the stored copy)",
    license=WN,
    paras=["Leipzig (Deutschland), 12.07.2006 – Der DFB hat in einer Pressekonferenz bestätigt, dass Jürgen Klinsmann "
           "seinen Vertrag als Bundestrainer der deutschen Nationalmannschaft nicht verlängert hat. Neuer Bundestrainer "
           "wird Joachim Löw, der vorher als Assistenztrainer bei der deutschen Nationalmannschaft tätig war.",
           "Jürgen Klinsmann meinte, es sei für ihn eine harte Entscheidung gewesen. Er möchte aber jetzt zurück zu "
           "seiner Familie und ein Stück weit Normalität. Die letzten zwei Jahre hätten ihn viel Kraft gekostet. Laut "
           "„Bild“ und der „Süddeutschen Zeitung“ hat Klinsmann bereits gestern DFB-Präsident Theo Zwanziger und "
           "DFB-Teammanager Oliver Bierhoff seine Entscheidung mitgeteilt. Das WM-Team hatte sich dafür ausgesprochen, "
           "dass Jürgen Klinsmann bleibt."],
    # newspaper names after `Laut` are titles, not quotations (rule 1951); Klinsmann's reported speech is unmarked (rule 5)
    quotes=[("„Bild“", None),
            ("„Süddeutschen Zeitung“", None)],
    aliases={})
