# Forty-fourth held-out German real-news set (tests/data/heldout44-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the new rules of this set, 250-252). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every source/url field and every address named in the modules and SOURCES.md files of
# tests/data, and by a distinctive-phrase search against the texts of all sets). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-fourth held-out set": texts of the Austrian Federal Chancellery (a news item of
# bundeskanzleramt.at; a release of its press service, the Bundespressedienst, as reposted by the Österreich Journal under
# the dateline 'Wien (bpd)'; two OTS releases of the Chancellery), licences.BKA; one weekly preview of
# the Austrian Parliament's Parlamentskorrespondenz on OTS, licences.PK. Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402
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

# --- OTS: a release of the Federal Chancellery ---

ARNIE_P1 = ('Wien (OTS) - Bundeskanzler Werner Faymann hieß heute, Samstagabend, den ehemaligen Gouverneur des '
            'US-Bundesstaates Kalifornien, Arnold Schwarzenegger, im Bundeskanzleramt willkommen, ehe ein gemeinsames '
            'Abendessen auf dem Programm stand. "Es freut mich immer, wenn Arnold Schwarzenegger Österreich einen Besuch '
            'abstattet. Er ist auf der ganzen Welt ein toller Botschafter für Österreich, der immer in höchsten Tönen von '
            'seinem Heimatland spricht. Er hat sich außerdem über die politische Situation in Österreich, gerade jetzt vor '
            'den Wahlen, informiert", sagte Faymann nach dem halbstündigen Gespräch. Zu den bevorstehenden Wahlen und dem '
            'amtierenden Bundeskanzler meinte Schwarzenegger: "Werner Faymann ist der Richtige. Er macht seine Sache am '
            'besten und leistet großartige Arbeit für Österreich. Dabei geht es nicht darum, von welcher Partei er ist. Mir '
            'geht es dabei nicht um Politik, sondern darum, wer der Beste ist, um dem Volk zu dienen."')
ARNIE_P3 = ('"Ich freue mich riesig, wieder einmal in Österreich sein zu können. Und eine Einladung von Werner Faymann freut '
            'mich besonders. Er sagt mir immer, dass ich vorbeischauen soll, wenn ich in der Nähe von Österreich bin."')

add(id="ho44-bka-ots-2013-09-07-faymann-schwarzenegger",
    title="Bundeskanzler Werner Faymann empfing Arnold Schwarzenegger im Bundeskanzleramt",
    url="https://www.ots.at/presseaussendung/OTS_20130907_OTS0064/"
        "bundeskanzler-werner-faymann-empfing-arnold-schwarzenegger-im-bundeskanzleramt",
    retrieved="same address (release of 7 September 2013 on the OTS press-release service under the plain dateline "
              "'Wien (OTS)'; the sender line is not in the stored copy, the release on the Chancellor's reception in the "
              "Chancellery is taken as the Chancellery's (rule 111, as ho19-bka-ots-2011-04-13); the crawl line 'date "
              "2018-03' dropped; the subtitle kept as its own line (rule 18); the paragraph 'Das Gespräch sei in einer "
              "sehr guten und freundschaftlichen Atmosphäre abgelaufen, … sagte der Bundeskanzler: \"Neben unseren "
              "Best-Practice-Modellen … über die wir noch genauer s', cut off in the stored copy, dropped with its "
              "unclosed quotation (rule 15))",
    license=BKA,
    paras=['Schwarzenegger: "Freue mich riesig, wieder in Österreich zu sein"',
           ARNIE_P1,
           "Arnold Schwarzenegger, der den Bundeskanzler schon zu unterschiedlichen Anlässen getroffen und im "
           "Bundeskanzleramt besucht hat, betonte außerdem seine tiefe Verbundenheit zu seiner Heimat:",
           ARNIE_P3],
    quotes=[('"Freue mich riesig, wieder in Österreich zu sein"', "Arnold Schwarzenegger"),
            (cut(ARNIE_P1, '"Es freut mich immer', 'informiert"'), "Werner Faymann"),
            (cut(ARNIE_P1, '"Werner Faymann ist', 'Volk zu dienen."'), "Arnold Schwarzenegger"),
            (ARNIE_P3, "Arnold Schwarzenegger")],
    aliases={"Werner Faymann": ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "Bundeskanzler"],
             "Arnold Schwarzenegger": ["Arnold Schwarzenegger", "Schwarzenegger"]})

XMAS_P1 = ('Wien (OTS) - Bundeskanzler Werner Faymann besuchte am heutigen Christtag die Mitarbeiterinnen und Mitarbeiter '
           'der Polizeidienststelle auf der Brandstätte in der Wiener Innenstadt. "Ich danke Ihnen im Namen der gesamten '
           'Bundesregierung für ihre Bereitschaft, auch zu Weihnachten für die Sicherheit der Bevölkerung zu sorgen", sagte '
           'der Bundeskanzler zu den diensthabenden Beamtinnen und Beamten. Gerade der Einsatz zu den Feiertagen, wenn '
           'andere mit ihren Familien feiern, sei ein ganz besonders wertvoller Dienst an der Allgemeinheit. "Daher ist es '
           'mir insbesondere auch heute ein Anliegen, Ihnen persönlich Danke zu sagen und frohe Weihnachten zu wünschen."')

add(id="ho44-bka-ots-2010-12-25-faymann-weihnachtsbesuch-polizei",
    title="Bundeskanzler Faymann auf Weihnachtsbesuch bei der Wiener Polizei",
    url="https://www.ots.at/presseaussendung/OTS_20101225_OTS0007/"
        "bundeskanzler-faymann-auf-weihnachtsbesuch-bei-der-wiener-polizei",
    retrieved="same address (release of 25 December 2010 on the OTS press-release service; its contact block names the "
              "'Pressesprecher des Bundeskanzlers', so the release is the Chancellery's (rule 111); the subtitle kept as its "
              "own line (rule 18); the photo-service line 'Bilder vom Christtagsbesuch des Bundeskanzlers finden Sie "
              "kostenfrei über das Fotoservice des Bundespressedienstes, fotoservice.bundeskanzleramt.at', the contact "
              "block 'Rückfragen & Kontakt: …' and the OTS footer dropped as furniture (rules 93, 94); complete in the "
              "stored copy)",
    license=BKA,
    paras=["Dank und Anerkennung für den Dienst an der Allgemeinheit",
           XMAS_P1,
           "Im Vorjahr hatte der Bundeskanzler die Wiener Feuerwache am Hof und im Jahr 2008 das Landeskrankenhaus "
           "Oberwart im Burgenland besucht."],
    quotes=[(cut(XMAS_P1, '"Ich danke Ihnen', 'zu sorgen"'), "Werner Faymann"),
            (cut(XMAS_P1, '"Daher ist es', 'zu wünschen."'), "Werner Faymann")],
    aliases={"Werner Faymann": ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann",
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


# --- OTS: a weekly preview of the Parlamentskorrespondenz ---

add(id="ho44-pk-ots-2018-10-28-parlamentswoche",
    title="Die Parlamentswoche vom 29. Oktober – 2. November 2018",
    url="https://www.ots.at/presseaussendung/OTS_20181028_OTS0020/die-parlamentswoche-vom-29-oktober-2-november-2018",
    retrieved="same address (the Parlamentskorrespondenz's preview of 28 October 2018 on the OTS press-release service; "
              "the crawl line 'date 2018-10' dropped; the subtitle, the dateline 'Wien (PK) -', which the release sets on "
              "a line of its own, and the repeated heading with a hyphen instead of the dash kept as their own lines as "
              "published (rules 18, 20); the day headings kept as their own lines; the stored copy ends after the "
              "Wednesday item, which is complete)",
    license=PK,
    paras=["Besuch ehemaliger EU-Mandatare; Kranzniederlegung am Wiener Zentralfriedhof",
           "Wien (PK) -",
           "Die Parlamentswoche vom 29. Oktober - 2. November 2018",
           'In der kommenden Parlamentswoche stehen zwei Ereignisse bevor: Vorstandsmitglieder der "Europäischen '
           'Vereinigung ehemaliger Mandatare in Österreich" treffen Abgeordnete bei einem Besuch im Parlament. Am '
           'Mittwoch legt Nationalratspräsident Wolfgang Sobotka einen Kranz am Wiener Zentralfriedhof zu Ehren von zwölf '
           'verstorbenen NationalratspräsidentInnen nieder.',
           "Montag, 29. Oktober 2018",
           '12.30 Uhr: Von Montag bis Mittwoch besuchen Vorstandsmitglieder der "Europäischen Vereinigung ehemaliger '
           'Mandatare in Österreich" mehrere Institutionen in Österreich, darunter auch das Parlament. Die Führung durch '
           'das Hohe Haus beginnt im Palais Epstein mit einigen Gesprächsterminen, unter anderem mit Reinhold Lopatka und '
           'Jörg Leichtfried. (Palais Epstein, Innenhof)',
           "Mittwoch, 31. Oktober 2018",
           "08.30 Uhr: Nationalratspräsident Wolfgang Sobotka besucht die Ehrengräber der verstorbenen "
           "NationalratspräsidentInnen am Wiener Zentralfriedhof zur Kranzniederlegung. Er beginnt bei der Gruppe 32 C bei "
           "der Luegerkirche (Wiener Zentralfriedhof, Gruppe 32 C)"],
    quotes=[('"Europäischen Vereinigung ehemaliger Mandatare in Österreich"', None, 0),
            ('"Europäischen Vereinigung ehemaliger Mandatare in Österreich"', None, 1)],
    aliases={})
