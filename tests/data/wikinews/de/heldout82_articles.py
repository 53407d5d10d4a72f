# Eighty-second held-out German real-news set (tests/data/heldout82-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 630). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and document number against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation
# was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Eighty-second held-out set" of SOURCES.md: releases of the Austrian Parliament's
# Parlamentskorrespondenz, one on OTS and one as reposted by the Österreich Journal (licence PK). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- OTS: a Parlamentskorrespondenz release of September 2023 on an award to the President of the Nationalrat ---

SOBOTKA = "Wolfgang Sobotka"
HU_P1 = ("Wien (PK) - Anlässlich des Jahrestags der slowakischen Verfassung wurde Nationalratspräsident Wolfgang Sobotka "
         "heute der Jozef-Miloslav-Hurban-Staatspreis verliehen. Überreicht wurde Sobotka der Staatspreis für seine "
         "diplomatischen Bemühungen zur Förderung der österreichisch-slowakischen Beziehungen insbesondere auf "
         "parlamentarischer Ebene von seinem Amtskollegen Boris Kollár. \"Es ist mir eine besondere Ehre und persönliche "
         "Freude, den Staatspreis Josef Miloslav Hurban zu erhalten. Die Auszeichnung, die nach dem ersten Präsidenten des "
         "Nationalrats der Slowakei benannt ist, hat für mich große Bedeutung\", sagte Sobotka bei der Ehrung in "
         "Bratislava.")
HU_P2 = ("Österreich und die Slowakei seien bilateral, regional und in internationalen Foren traditionell enge Partner, "
         "verwies Sobotka etwa in Hinblick auf das Austerlitz-Format, das gemeinsame Engagement für die Annäherung des "
         "Westbalkans an die Europäische Union sowie den Kampf gegen Antisemitismus. Die bilateralen Beziehungen zwischen "
         "Österreich und der Slowakei seien eng und freundschaftlich und durch eine dichte Verflechtung in den Bereichen "
         "Politik, Wirtschaft, Infrastruktur und Kultur gekennzeichnet. Die Slowakei sei ein enger Partner Österreichs "
         "innerhalb der EU. \"Vor dem Hintergrund dieser engen gutnachbarschaftlichen Beziehungen ist es mir eine große "
         "Freude, die mit der Auszeichnung verbundene Dotierung für ein Projekt zur Aufarbeitung und Darstellung der "
         "gemeinsamen Geschichte zwischen unseren beiden Ländern zur Verfügung zu stellen\", sagte Sobotka.")

add(id="ho82-ots-2023-09-01-sobotka-hurban-staatspreis",
    title="Nationalratspräsident Sobotka erhielt hohe slowakische Auszeichnung",
    url="https://www.ots.at/presseaussendung/OTS_20230901_OTS0125/nationalratspraesident-sobotka-erhielt-hohe-slowakische-"
        "auszeichnung",
    retrieved="same address (stored OTS release of 1 September 2023, dateline 'Wien (PK)'; the date line ' date 2023-09' "
              "dropped (rule 93); the subtitle kept as a line of its own (rule 18); the paragraph 'Sobotkas Dank ging auch "
              "an den slowakischen Parlamentspräsidenten Boris Kollàr, … Nicht zuletzt ha', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Slowakischer Parlamentspräsident Kollár überreichte Jozef-Miloslav-Hurban-Staatspreis in Bratislava",
           HU_P1,
           HU_P2],
    quotes=[(HU_P1[HU_P1.index("\"Es ist"):HU_P1.index("Bedeutung\"") + len("Bedeutung\"")], SOBOTKA),
            (HU_P2[HU_P2.index("\"Vor dem"):HU_P2.index("stellen\"") + len("stellen\"")], SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka"]})

# --- Parlamentskorrespondenz reposted by the Österreich Journal ---

BURES = "Doris Bures"
IT_P = ("Rom/Wien (pk) - Angesichts der schweren Erdbebenkatastrophe in Mittelitalien sprach Nationalratspräsidentin Doris "
        "Bures am 24.08. im Namen des Nationalratspräsidiums, das derzeit die Funktion des Bundespräsidenten ausübt, "
        "gegenüber dem italienischen Staatsoberhaupt Sergio Mattarella die tief empfundene Anteilnahme Österreichs aus. "
        "Ebenso drückte sie gegenüber ihrer italienischen Amtskollegin Laura Boldrini, der Präsidentin der "
        "Abgeordnetenkammer, das Mitgefühl der österreichischen Bevölkerung aus. \"Unsere Gedanken sind bei den Opfern und "
        "ihren Angehörigen. Die Österreicherinnen und Österreicher stehen in dieser schweren Stunde an der Seite ihrer "
        "italienischen Nachbarn und Freunde\", unterstrich Bures in beiden Schreiben.")

add(id="ho82-pk-oej-2016-08-bures-erdbeben-italien",
    title="Bures: Tief empfundene Anteilnahme Österreichs",
    url="http://www.oe-journal.at/Aktuelles/!2016/0816/W4/32508ApkBures.htm",
    retrieved="same address (the Parlamentskorrespondenz's release of 24/25 August 2016, dateline 'Rom/Wien (pk)', as "
              "reposted by the Österreich Journal (rule 31); the repost's date lines 'erstellt am' / '25. 08. 16' / "
              "'11:00 MEZ' dropped (rule 93); the subtitle kept as a line of its own (rule 18); the link line "
              "'Allgemeine Informationen: http://www.parlament.gv.at', the navigation 'zurück' and the Österreich "
              "Journal's notes on its rubric and its monthly magazine dropped (rule 93); complete in the stored copy)",
    license=PK,
    paras=["Nationalratspräsidentin zu Erdbebenkatastrophe in Italien – an italienischen Präsidenten Mattarella und "
           "Parlamentspräsidentin Boldrini",
           IT_P],
    quotes=[(IT_P[IT_P.index("\"Unsere"):IT_P.index("Freunde\"") + len("Freunde\"")], BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures"]})
