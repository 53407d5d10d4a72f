# Sixty-seventh held-out German real-news set (tests/data/heldout67-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rule of this set, 480). None of these pages is in
# any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, and by a distinctive-phrase search against the texts of all sets). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Sixty-seventh held-out set": one news page of the European Commission's
# Representation in Germany (germany.representation.ec.europa.eu; CC BY 4.0 under the Commission's reuse policy). The
# stored copy is the `search` tool's `pages` corpus; only complete paragraphs are kept (rules 15, 17), and the retrieval
# note names what was dropped. Most Commission and Parliament pages the search tool returned for this set were already
# used by earlier sets, so the set is small.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHINAS = "Margaritis Schinas"

# --- germany.representation.ec.europa.eu: news of the Representation ---

p1 = ("Auf die Frage, ob die Kommission durch den Aufstieg der AfD besorgt sei, sagte Kommissionssprecher Margaritis "
      "Schinas heute Mittag vor Journalisten in Brüssel: „Die Kommission hat Vertrauen in die Demokratie. Präsident "
      "Juncker hat wiederholt auf die Notwendigkeit verwiesen, Selbstzufriedenheit zu vermeiden und zwischen denen zu "
      "unterscheiden, die die Rolle und die Politik der Europäischen Union kritisch hinterfragen – und denen, die die EU "
      "schlicht zerstören wollen.“ Die Politik müsse echte Lösungen für echte Probleme bieten, sich dem populistischen "
      "Diskurs entgegenstellen und Europa besser erklären. „Die Juncker-Kommission ist entschlossen, die Arbeit an all "
      "diesen Fronten fortzusetzen“, sagte Schinas.")
add(id="ho67-eucom-2017-09-25-juncker-gratuliert-merkel-schinas",
    url="https://germany.representation.ec.europa.eu/news/prasident-juncker-gratuliert-bundeskanzlerin-merkel-2017-09-25_de",
    retrieved="same address (stored news page of the Representation in Germany of 25 September 2017; the stored copy "
              "as returned by the search tool begins with the paragraph 'Auf die Frage, ob die Kommission …', so the "
              "page's headline and lead paragraph are not in the kept text and no title line is given (rule 15: only "
              "complete stored paragraphs are kept); the contact line 'Pressekontakt: reinhard [dot] hoenighausec [dot] "
              "europa [dot] eu (Reinhard Hönighaus), Tel.: +49 (30) 2280-2300', the service line 'Anfragen von "
              "Bürgerinnen und Bürgern beantwortet das Team des Besucherzentrums ERLEBNIS EUROPA …' and the page "
              "furniture 'Einzelheiten / Datum der Veröffentlichung / 25. September 2017 / Autor / Vertretung in "
              "Deutschland' dropped (rules 93, 352))",
    license=EU,
    paras=[p1],
    quotes=[(cut(p1, "„Die Kommission hat", "zerstören wollen.“"), SCHINAS),
            ("„Die Juncker-Kommission ist entschlossen, die Arbeit an all diesen Fronten fortzusetzen“", SCHINAS)],
    aliases={SCHINAS: ["Margaritis Schinas", "Kommissionssprecher Margaritis Schinas", "Schinas"]})
