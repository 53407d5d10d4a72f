# Hundred-and-ninety-second held-out German real-news set (tests/data/heldout192-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1430). None of
# these pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, and by the names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-ninety-second held-out set" of SOURCES.md: a single article (print view) of Global Voices
# auf Deutsch (licence GV). Stored copies are the `search` tool's `pages` corpus,
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Global Voices auf Deutsch, July 2007: Kyrgyz bloggers on two polls ---

KG_P7 = ("Eine andere interessante Umfrage wurde von der russischen Online Zeitung “Novyi Region” [3] mit dem Ziel "
         "durchgeführt, den “sexiest president” der früheren Sowjetunion zu identifizieren.")
KG_P8 = ("Unter den 15 Staatsoberhäupten stellt es sich heraus, dass Kirgistans Präsident Kurmanbek Bakiyev der "
         "fünft-“sexiest” Präsident sei. Eine interessante Diskussion dieses Themas kann auf Svobodnoe Pokolenie [4] (Freie "
         "Generation) gelesen werden, und die vorläufigen Ergebnisse der Umfrage wurden von Mirsulzhan auf neweurasia [5] "
         "gepostet (beide Links auf Russisch).")

add(id="ho192-gv-2007-07-kirgistan-umfragen",
    title="Kirgistan: Umfragen und Spioninnen im Parlament",
    url="https://de.globalvoices.org/2007/07/05/kirgistan-umfragen-und-spioninnen-im-parlament/print/",
    retrieved="same address (stored print view of the Global Voices auf Deutsch article of 5 July 2007; the print header "
              "'- Global Voices auf Deutsch - https://de.globalvoices.org -' and the line 'Kategorien: Beliebter Artikel, "
              "Zentralasien & Kaukasus, …' dropped as furniture (rule 14); the link markers [1]-[5], 'Ergebnissed' and "
              "'Staatsoberhäupten' kept as published (rule 20); the Russian original of Zoltan's forum post kept as a "
              "paragraph of its own before its translation, both without marks and not annotated (rule 23); the last "
              "paragraph, a Russian forum post cut off in the stored copy after 'Честно г', dropped (rule 15))",
    license=GV,
    paras=["Aktiv diskutierte die kirgistanische Blogosphäre die Ergebnisse einer nationalen Umfrage [1], die vom "
           "International Republican Institute (IRI) im Mai 2007 durchgeführt wurde. Ca. 1.500 Einwohner Kirgistans über 18 "
           "Jahre wurden befragt.",
           "Den Ergebnissed zufolge sind wirtschaftliche Entwicklung, Korruption und politische Krisen die Hauptprobleme "
           "Kirgistans. Die Einwohner sind am meisten über drohende Kriege, Unruhen und wirtschaftliche und ökonomische "
           "Instabilität besorgt, wie die Ergebnisse der Umfrage zeigen.",
           "Einige pessimistische Notizen über die eigentlich positiven Indikatoren zu Kirgistans Situation wurden auf Foren "
           "gepostet.",
           "So denkt zum Beispiel IoLa [2], dass es merklich schlechter geworden ist, obwohl die Umfrage eigentlich insgesamt "
           "auf wirtschaftlichen und sozialen Fortschritt hinweist. Zoltan [2] stimmt auch einigen der Ergebnisse nicht zu "
           "(beide Links auf Russisch):",
           "Интересно кто это написа что им лучше живется, наверное жогорку кенеш опрашивали!?!?!?",
           "Ich frage mich, wer geschrieben hat, dass das Leben besser sei; ich tippe, dass auch Parlamentarier befragt "
           "worden sind?!?!",
           KG_P7,
           KG_P8],
    # the newspaper's name and the poll's English label are a name and a term (rule 1430); the label cut down to one word
    # inside the compound 'fünft-“sexiest”' stays a term as well
    quotes=[("“Novyi Region”", None),
            ("“sexiest president”", None),
            ("“sexiest”", None)],
    aliases={})
