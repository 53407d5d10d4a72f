# Two-hundred-and-twenty-seventh held-out German real-news set (tests/data/heldout227-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from
# 1610). None of these pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, the speakers'
# names and a distinctive phrase against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data and /work/wt-heldout*/tests/data). The annotation was finished and committed before whosaid was run
# on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twenty-seventh held-out set": German Wikinews articles (CC BY 2.5) as
# stored on the de.wikiactu.com mirror. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import MIRROR, WN  # noqa: E402
from spans import cut  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- de.wikiactu.com mirror of German Wikinews ---

add(id="ho227-wn-2012-01-02-wulff-bild-druck",
    title="Bundespräsident hat angeblich Bild-Zeitung unter Druck gesetzt",
    url="https://de.wikinews.org/wiki/Bundespräsident_hat_angeblich_Bild-Zeitung_unter_Druck_gesetzt",
    retrieved="http://de.wikiactu.com/?cat=5400 (" + MIRROR.format(date="02.01.2012") + " (the mirror repeats the "
              "headline); the caption 'Bundespräsident Christian Wulff (CDU)' dropped (rule 14); the second paragraph "
              "('Diekmann wurde von Wulff am 12. Dezember angerufen. Er sprach dabei von „Krieg“, … Ungeachtet der "
              "Drohungen erschien der Artikel am 13. Dez'), cut off in the stored copy, dropped with its quotations "
              "(rules 15, 17))",
    license=WN,
    paras=["Berlin (Deutschland), 02.01.2012 – Im Rahmen der Kritik an Bundespräsident Christian Wulff (CDU) wegen "
           "seines Privatkredits zur Finanzierung seines Einfamilienhauses sind um den Jahreswechsel neue Vorwürfe "
           "erhoben worden. Wie Journalisten der FAZ und der Süddeutschen Zeitung wissen wollen, hatte Wulff den "
           "Chefredakteur der Bild-Zeitung, Kai Diekmann, sowie den Vorstandsvorsitzenden des die Boulevardzeitung "
           "herausgebenden Axel-Springer-Verlags, Mathias Döpfner, telefonisch dazu aufgefordert, dafür zu sorgen, dass "
           "Berichte zu den Hintergründen des Privatkredits zurückgehalten werden. Mit drastischen Worten habe er die "
           "Aufforderung um eine Andeutung ergänzt, er würde eine zukünftige Kooperation mit dem Verlagshaus ansonsten "
           "überdenken, weil es sich im Falle der Veröffentlichung der Artikel um ein unkooperatives Vorgehen handeln "
           "würde. Der Verlag hat die Berichte inzwischen als zutreffend bestätigt. Wulff habe auch über strafrechtliche "
           "„Konsequenzen“ für die beteiligten Journalisten gesprochen."],
    # the one-word fragment in Wulff's reported words is his, not the newspapers' that relay it (rule 1610)
    quotes=[("„Konsequenzen“", "Christian Wulff")],
    aliases={"Christian Wulff": ["Christian Wulff", "Bundespräsident Christian Wulff", "Wulff"]})

KEPLER_P1 = ("Leinfelden-Echterdingen (Deutschland), 24.07.2015 – Massive Kritik übt der Wissenschafts-Blogger und Autor "
             "Florian Freistetter im Zusammenhang mit der Verwendung des Begriffs „Zweite Erde“ bei der Entdeckung des "
             "Exoplaneten Kepler-452b, der fast durchgängig in den Medien verwendet wird, im ScienceBlogs. Unter der "
             "Überschrift „Die ‚zweite Erde‘ die schon wieder mal keine zweite Erde ist!“ schrieb Freistetter: „Es ist "
             "eine schöne und interessante Entdeckung. Aber noch keine Entdeckung der ‚zweiten Erde‘.“ Im weiteren Verlauf "
             "wird er mit seiner Kritik deutlicher. So könne es sich nur entweder um übertriebene PR oder schlecht "
             "recherchierten Journalismus handeln, wie der Autor ausführt. So sei in den vergangenen Jahren (2011, 2012 und "
             "2014) insgesamt dreimal behauptet worden, dass eine zweite Erde gefunden worden sei.")

add(id="ho227-wn-2015-07-24-kepler-zweite-erde",
    title="Kepler-Exoplanet-Entdeckung: Autor kritisiert Begriff „Zweite Erde“",
    url="https://de.wikinews.org/wiki/Kepler-Exoplanet-Entdeckung:_Autor_kritisiert_Begriff_„Zweite_Erde“",
    retrieved="http://de.wikiactu.com/?cat=7737 (" + MIRROR.format(date="24.07.2015") + " (the mirror repeats the "
              "headline; the status box gives the publication of 3 Aug. 2015); the caption 'Erde und Supererde "
              "„Kepler-452b“ (künstlerisch gestaltet)' dropped (rule 14); the second paragraph ('Als Begründung für seine "
              "Kritik führt der Blogger auf, … Die wohl wichtigste Begrün'), cut off in the stored copy, dropped with its "
              "quotation (rules 15, 17); the missing comma in the blog headline kept as published (rule 20))",
    license=WN,
    paras=[KEPLER_P1],
    # the criticised media term is null in the headline and in the body (rule 1611); the headline of Freistetter's blog
    # post is a title and null (rule 520); the nested ‚…‘ marks stay inside the enclosing quotations
    quotes=[("„Zweite Erde“", None, 0),
            ("„Zweite Erde“", None, 1),
            ("„Die ‚zweite Erde‘ die schon wieder mal keine zweite Erde ist!“", None),
            (cut(KEPLER_P1, "„Es ist eine schöne", "‚zweiten Erde‘.“"), "Florian Freistetter")],
    aliases={"Florian Freistetter": ["Florian Freistetter", "Freistetter"]})
