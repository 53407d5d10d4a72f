# Two-hundred-and-twenty-first held-out German real-news set (tests/data/heldout221-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1590). None of
# these pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all
# modules, SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same
# time). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-twenty-first held-out set" of SOURCES.md: a page of the Federal Government
# Commissioner for Migration, Refugees and Integration (integrationsbeauftragte.de; licence BREG_COMMISSIONER).
# Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), page furniture is dropped (rules 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_COMMISSIONER  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- integrationsbeauftragte.de: portrait of Maria Böhmer, Commissioner 2005-2013 ---

BOEHMER = "Maria Böhmer"
MB_P2 = ("„Wir reden miteinander, und nicht übereinander“: So lautete das Leitmotiv von Maria Böhmer während ihrer Amtszeit "
         "von 2005 bis 2013. Erstmals wurden Migranten in die Gestaltung der Integrationspolitik unmittelbar einbezogen. Der "
         "Dialog mit den Migranten und ihren Organisationen war Maria Böhmer ein zentrales Anliegen. Zugleich wurden von "
         "Anfang an alle anderen Akteure eingebunden: Bund, Länder, Kommunen, die Wirtschaft, Gewerkschaften, die "
         "Wissenschaft, die Wohlfahrtspflege, Religionsgemeinschaften, der Sport sowie Medien und Kultur. Auf Einladung von "
         "Bundeskanzlerin Angela Merkel kamen Vertreterinnen und Vertreter dieser wichtigen gesellschaftlichen Gruppen "
         "einschließlich der Migrantenorganisationen ab 2006 bei den Integrationsgipfeln zusammen.")

add(id="ho221-ib-maria-boehmer-portrait",
    title="",
    url="https://www.integrationsbeauftragte.de/ib-de/staatsministerin/prof-dr-maria-boehmer-1864768",
    retrieved="same address (stored portrait page of the Federal Government Commissioner for Migration, Refugees and "
              "Integration on Maria Böhmer, Commissioner and Minister of State 2005-2013; the stored copy begins with the "
              "text and holds no title line (rule 18); the last paragraph 'Inhaltlich standen die Bereiche Sprache, "
              "Bildung, Ausbildung und Arbeitsmarkt im Mittelpunkt d…', cut off in the stored copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Die erste Integrationsbeauftragte der Bundesregierung mit Amtssitz im Bundeskanzleramt und zugleich mit "
           "Kabinettsrang, das erste integrationspolitische Gesamtkonzept, insgesamt sieben Integrationsgipfel im "
           "Bundeskanzleramt: Mit dem Beginn der Amtszeit von Maria Böhmer im Jahr 2005 und dem Start der Großen Koalition "
           "vollzog sich ein Paradigmenwechsel in der deutschen Integrationspolitik. Unter Bundeskanzlerin Angela Merkel "
           "wurde Integration zur Chefsache. Maria Böhmer erhielt als erste Integrationsbeauftragte den Rang einer "
           "Staatsministerin bei der Bundeskanzlerin.",
           MB_P2,
           "Auf dem zweiten Integrationsgipfel im Juli 2007 wurde der Nationale Integrationsplan vorgelegt, das erste "
           "integrationspolitische Gesamtkonzept in der Geschichte der Bundesrepublik. Mit den festgehaltenen Maßnahmen und "
           "über 400 Selbstverpflichtungen wurde eine intensive Debatte über das Thema Integration in unserem Land "
           "angestoßen. Es galt, jahrzehntelange Versäumnisse aufzuarbeiten und Integrationsmaßnahmen nachzuholen. Ziel war "
           "es, die Chancen der Migranten auf gleiche Teilhabe zu verbessern und zugleich den gesellschaftlichen Zusammenhalt "
           "zu stärken."],
    # the sentence the text names as Böhmer's own guiding motto (`das Leitmotiv von Maria Böhmer`) is hers (rule 1590,
    # after rule 53; contrast rule 161 for mottos credited to a government or an event)
    quotes=[(cut(MB_P2, "„Wir reden", "übereinander“"), BOEHMER)],
    aliases={BOEHMER: ["Maria Böhmer"]})
