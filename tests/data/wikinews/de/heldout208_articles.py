# Two-hundred-and-eighth held-out German real-news set (tests/data/heldout208-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1520 onwards). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, by the speakers' names, and by a distinctive phrase of each text against
# the texts of all sets and against the other helpers' worktrees). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-eighth held-out set": releases of the Austrian Federal Ministry
# responsible for schools (Bundesministerium für Unterricht, Kunst und Kultur 2008 and für Bildung und Frauen 2015 on the
# OTS press-release service; für Bildung 2017 on its own site bmb.gv.at), under the copyright notice of the ministry's
# information systems (licences.BMBF; rule 670).
# Stored copies are the `search` tool's `pages` corpus; the OTS contact block ('Rückfragen & Kontakt: …'), the footer
# 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG …' and the OTS marker '****' are dropped (rules 19, 460); only complete paragraphs
# are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMBF  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHMIED = "Claudia Schmied"
HEINISCH = "Gabriele Heinisch-Hosek"
HAMMERSCHMID = "Hammerschmid"
OTS_NOTE = ("same address (release of {date} on the OTS press-release service; the contact block 'Rückfragen & Kontakt: "
            "{sender} …' names the ministry as sender; the contact block and the OTS footer dropped (rule 19){extra})")

# --- Bundesministerium für Unterricht, Kunst und Kultur (BMUKK), release on OTS ---

WIEN_TITLE = ("BM Schmied: \"Wien setzt wichtige Schritte für mehr Chancengerechtigkeit und bessere Qualität\"")
WIEN_P1 = ("Wien (OTS) - Bildungsministerin Claudia Schmied zeigt sich erfreut über die heute präsentierte Einigung für die "
           "Erprobung einer gemeinsamen neuen Schule in Wien, die bereits ab dem Schuljahr 2009/10 starten wird: \"Mit dem "
           "Start der Neuen Mittelschule bereits 2009 ist Wien auch in Zukunft ein wichtiger Reformmotor für mehr "
           "Chancengerechtigkeit und bessere Qualität an den Schulen für unsere Kinder. Ich freue mich, dass die konstruktiven "
           "Verhandlungen zu einem guten Ergebnis für die Wiener Schüler geführt haben. Die Neue Mittelschule ist bereits "
           "jetzt ein Erfolgsmodell. Das große Interesse der Eltern zeigt, dass die Menschen die neue Schule wollen. Ich "
           "freue mich, dass ab 2009 die Eltern und Schüler auch in Wien die Möglichkeit haben, an den Modellversuchen "
           "teilzunehmen\", so Schmied abschließend.")

add(id="ho208-bmukk-ots-2008-04-25-schmied-wien-nms",
    title=WIEN_TITLE,
    url="https://www.ots.at/presseaussendung/OTS_20080425_OTS0074/bm-schmied-wien-setzt-wichtige-schritte-fuer-mehr-"
        "chancengerechtigkeit-und-bessere-qualitaet",
    retrieved=OTS_NOTE.format(date="25 April 2008", sender="Bundesministerium für Unterricht, Kunst und Kultur",
                              extra="; complete in the stored copy; the only paragraph closes with 'so Schmied "
                                    "abschließend', kept as stored"),
    license=BMBF,
    paras=[WIEN_P1],
    quotes=[(cut(WIEN_TITLE, "\"Wien setzt", "Qualität\""), SCHMIED),
            (cut(WIEN_P1, "\"Mit dem", "teilzunehmen\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bildungsministerin Claudia Schmied", "Schmied"]})

# --- Bundesministerium für Bildung und Frauen (BMBF), release on OTS ---

BEWEGUNG_P1 = ("Wien (OTS/BMBF) - \"Die tägliche Bewegungseinheit wird in der ganztägigen Schule umgesetzt\", freut sich "
               "Bildungs- und Frauenministerin Gabriele Heinisch-Hosek über den bevorstehenden Beschluss im Nationalrat. "
               "\"Die Bundesregierung investiert bis 2018 insgesamt 800 Millionen in den Ausbau ganztägiger Schulformen. Im "
               "Schuljahr 2018/19 soll für jedes dritte Kind ein Ganztagsschulplatz verfügbar sein\", so die "
               "Bildungsministerin, die im vergangenen Herbst die Info-Kampagne \"Mehr Schule. Mehr Chancen.\" gestartet "
               "hat, um über die Vorteile ganztägiger Schulformen zu informieren.")

add(id="ho208-bmbf-ots-2015-02-25-heinisch-hosek-bewegung",
    title="KORREKTUR zu OTS0253 von heute: Heinisch-Hosek: Mehr Bewegung wird an ganztägigen Schulformen Realität",
    url="https://www.ots.at/presseaussendung/OTS_20150225_OTS0258/korrektur-zu-ots0253-von-heute-heinisch-hosek-mehr-"
        "bewegung-wird-an-ganztaegigen-schulformen-realitaet",
    retrieved=OTS_NOTE.format(date="25 February 2015", sender="Büro der Bundesministerin Gabriele Heinisch-Hosek … "
                                                               "veronika.maria@bmbf.gv.at",
                              extra="; the correction notice 'KORREKTUR zu OTS0253 von heute:' is part of the published "
                                    "headline and kept (rule 20); the subtitle kept as its own line (rule 18); the OTS "
                                    "marker '****' at the end of the paragraph dropped (rule 460); complete in the stored "
                                    "copy"),
    license=BMBF,
    paras=["Paket für mehr Bewegung und Qualität tritt im Schuljahr 2015/2016 in Kraft",
           BEWEGUNG_P1],
    quotes=[(cut(BEWEGUNG_P1, "\"Die tägliche", "umgesetzt\""), HEINISCH),
            (cut(BEWEGUNG_P1, "\"Die Bundesregierung", "verfügbar sein\""), HEINISCH),
            ("\"Mehr Schule. Mehr Chancen.\"", None)],
    aliases={HEINISCH: ["Gabriele Heinisch-Hosek", "Bildungs- und Frauenministerin Gabriele Heinisch-Hosek",
                        "Heinisch-Hosek", "Bildungsministerin"]})

# --- Bundesministerium für Bildung (BMB), release on the ministry's site bmb.gv.at ---

START_TITLE = ("Hammerschmid: „Wünsche allen Schülerinnen und Schülern im Westen und Süden Österreichs guten Start ins neues "
               "Schuljahr!“")
START_P1 = ("„Nach den Schülerinnen und Schülern aus Wien, Niederösterreich und dem Burgenland geht es nun auch für die Kinder "
            "und Jugendlichen aus dem Westen und Süden Österreichs in das neue Schuljahr – ihnen allen sowie den Pädagoginnen "
            "und Pädagogen und den Eltern wünsche ich dafür viel Spaß und Erfolg“, so die Bildungsministerin anlässlich des "
            "bevorstehenden Schulstarts für die Schülerinnen und Schüler aus den westlichen und südlichen Bundesländern.")

add(id="ho208-bmb-2017-09-08-hammerschmid-schulstart-west-sued",
    title=START_TITLE,
    url="https://www.bmb.gv.at/ministerium/vp/2017/20170908.html",
    retrieved="same address (release of 8 September 2017 on the site of the Bundesministerium für Bildung, bmb.gv.at, in its "
              "press section 'ministerium/vp'; the contact block 'Rückfragen & Kontakt: BM für Bildung … Pressesprecherin … "
              "www.bmb.gv.at Minoritenplatz 5 1010 Wien', the date line 'Wien, 8. September 2017', the line 'Geändert am: "
              "08.09.2017' and the link 'Nach oben' dropped as furniture (rule 19); the subtitle kept as its own line (rule "
              "18); the published 'ins neues Schuljahr' kept (rule 20); complete in the stored copy)",
    license=BMBF,
    paras=["Schuljahr 2017/18 startet nun auch in Oberösterreich, Steiermark, Kärnten, Salzburg, Tirol und Vorarlberg",
           START_P1,
           "Eine Woche nach den SchülerInnen aus Wien, Niederösterreich und dem Burgenland starten kommenden Montag rund "
           "643.500 SchülerInnen in Oberösterreich, der Steiermark, Kärnten, Salzburg, Tirol und Vorarlberg in das Schuljahr "
           "2017/18. Rund 50.000 von ihnen sind Taferlklassler."],
    quotes=[(cut(START_TITLE, "„Wünsche", "Schuljahr!“"), HAMMERSCHMID),
            (cut(START_P1, "„Nach den", "Erfolg“"), HAMMERSCHMID)],
    aliases={HAMMERSCHMID: ["Hammerschmid", "Bildungsministerin"]})
