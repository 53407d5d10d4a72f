# Forty-fourth held-out German real-news set (tests/data/heldout44-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the new rules of this set, 250 onwards). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every source/url field and every address named in the modules and SOURCES.md files of
# tests/data, and by a distinctive-phrase search against the texts of all sets). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-fourth held-out set": texts of the Austrian Federal Chancellery (a news item of
# bundeskanzleramt.at; releases of its press service, the Bundespressedienst, as reposted by the Österreich Journal under
# the dateline 'Wien (bpd)'), licences.BKA. Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Österreich Journal: reposts of Bundespressedienst releases ---

GEDENKEN_P1 = ('Wien (bpd) - "An Gedenktagen, die im Zusammenhang mit Kriegen und Verbrechen stehen, besinnen wir uns jener '
               'Werte, die für das Österreich und das Europa von heute maßgeblich sind. Dazu zählen Freiheit, Wohlstand und '
               'das Recht auf Selbstbestimmung – allesamt Dinge, die in den Jahren des Krieges abhandengekommen waren", '
               'sagte Bundeskanzler Werner Faymann am 27.04. anlässlich der Kranzniederlegung im Weiheraum und vor der '
               'Krypta des Äußeren Burgtores zum Gedenken an den 71. Jahrestag der Wiedererrichtung der Republik '
               'Österreich.')
GEDENKEN_P2 = ('"Für die österreichische Bundesregierung ist es am heutigen Jahrestag mehr als eine bloßes Gebot, mit diesem '
               'symbolischen Akt daran zu erinnern, dass die für uns heute selbstverständlich scheinenden Werte erst mühsam '
               'errungen werden mussten", so der Bundeskanzler abschließend.')

add(id="ho44-bka-oej-2016-04-27-faymann-gedenken",
    title="Faymann zum Gedenken an die Wiedererrichtung der Republik Österreich",
    url="http://oe-journal.at/Aktuelles/!2016/0416/W4/32804bpdGedenken.htm",
    retrieved="same address (the Federal Chancellery press service's release of 27 April 2016 as reposted by the "
              "Österreich Journal under the dateline 'Wien (bpd)', which names the Bundespressedienst as its source (rule "
              "31); the headline, which the stored copy breaks after 'Wiedererrichtung', joined with a space (rule 48); the "
              "line 'erstellt am 28. 04. 16 11:00 MEZ', the link 'zurück' and the magazine's closing line 'Kennen Sie schon "
              "unser kostenloses Monatsmagazin …' dropped as the reposting site's furniture (rule 94); the subtitle "
              "'Kranzniederlegung der Bundesregierung beim Äußeren Burgtor' kept as its own line (rule 18); the published "
              "'eine bloßes Gebot' kept (rule 20); complete in the stored copy)",
    license=BKA,
    paras=["Kranzniederlegung der Bundesregierung beim Äußeren Burgtor",
           GEDENKEN_P1,
           GEDENKEN_P2,
           "Gemeinsam mit Bundeskanzler Faymann nahmen Vizekanzler Reinhold Mitterlehner und weitere Mitglieder der "
           "Bundesregierung an der Kranzniederlegung teil."],
    quotes=[(cut(GEDENKEN_P1, '"An Gedenktagen', 'abhandengekommen waren"'), "Werner Faymann"),
            (cut(GEDENKEN_P2, '"Für die österreichische', 'werden mussten"'), "Werner Faymann")],
    aliases={"Werner Faymann": ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Faymann",
                                "Bundeskanzler"]})

# --- bundeskanzleramt.at ---

KERN_P1 = ('Wenige Tage nachdem die EU-Staats- und Regierungschefs dem 60. Jahrestag der Unterzeichnung der Römischen '
           'Verträge gedachten, nahm Bundeskanzler Christian Kern an einer Diskussionsrunde im Haus der EU in der Wiener '
           'Innenstadt teil. Unter dem Titel "60 Jahre EU – Wie geht es weiter? Welche Rolle spielt Österreich" skizzierte '
           'er mit den GesprächspartnerInnen Evelyn Regner (Mitglied des Europäischen Parlaments), den beiden '
           'Journalistinnen Anneliese Rohrer und Stephanie Pack sowie Othmar Karas und Johannes Voggenhuber vom '
           '"Bürgerforum Europa" Vorstellungen darüber, welche Rolle Österreich im zukünftigen Europa spielen werde. '
           'Aktuelle Herausforderungen wie Migration, Sicherheitspolitik und Wirtschaftspolitik standen im Mittelpunkt der '
           'Gespräche. Jörg Wojahn von der Vertretung der Europäischen Kommission in Österreich übernahm die einleitenden '
           'Worte im Rahmen des Diskussionsabends.')

add(id="ho44-bka-2017-03-kern-buergerforum-europa",
    title='Christian Kern zu Gast beim "Bürgerforum Europa"',
    url="https://www.bundeskanzleramt.at/-/bundeskanzler-christian-kern-zu-gast-beim-burgerforum-europa-",
    retrieved="same address (stored news item of the Federal Chancellery of March 2017; the skip-link line 'Inhalt' "
              "dropped as site furniture (rule 93); the closing service line 'Bilder von der Veranstaltung im Haus der EU "
              "sind über das Fotoservice des Bundespressedienstes kostenfrei abrufbar.' dropped as a photo credit (rule "
              "93); complete in the stored copy)",
    license=BKA,
    paras=[KERN_P1],
    quotes=[('"Bürgerforum Europa"', None, 0),
            ('"60 Jahre EU – Wie geht es weiter? Welche Rolle spielt Österreich"', None),
            ('"Bürgerforum Europa"', None, 1)],
    aliases={})
