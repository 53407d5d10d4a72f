# Forty-sixth held-out German real-news set (tests/data/heldout46-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the later sets' rules, and the new rules of this set, 270-273). None of these pages is in any
# tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data, and by a distinctive-phrase and speaker-name search against the texts of all sets). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-sixth held-out set": texts of the German Federal Government (an article of
# bundeskanzlerin.de on Merkel's digital dialogue with apprentices, an article of bundesregierung.de on Scholz's talk with the
# winners of the school-newspaper competition, a list page of the Commissioner for Culture and the Media on bundesregierung.de),
# licences.BREG; a release of the Austrian Parliament on OTS and a top-news.at tag page whose teaser is a release of the
# Parlamentskorrespondenz, licences.PK. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundeskanzlerin.de / bundesregierung.de ---

AZUBI_P1 = ('Die Bundeskanzlerin hat an junge Leute appelliert, auch unter besonderen Bedingungen in Corona-Zeiten auf eine '
            'berufliche Ausbildung zu setzen. "Für mich ist eine Berufsausbildung gleichwertig mit einem Studium", erklärte '
            'Merkel bei einem virtuellen Bürgerdialog mit Auszubildenden und Ausbildern. Themen waren der aktuelle '
            'Ausbildungsalltag in Betrieb und Berufsschule.')
AZUBI_P2 = ('Gleich zu Beginn macht die Kanzlerin deutlich, warum ihr der Dialog mit den Auszubildenden so wichtig ist. Das '
            'Corona-Virus verlange allen eine Menge ab. Aber den Lehrlingen umso mehr. "Sie sind in einer entscheidenden Phase '
            'ihres Lebens, gucken auf ihre Zukunft und darauf, was sie gerade lernen oder eben nicht lernen", betont Merkel mit '
            'Blick auf Einschränkungen in den Firmen und den Berufsschulen. Und die jungen Leute, die im Moment eine '
            'Ausbildungsstelle suchen, hätten es wegen der Unsicherheit durch die Pandemie im Moment noch schwerer.')
AZUBI_P4 = ('Anlass genug für die Bundeskanzlerin, sich eineinhalb Stunden für einen Austausch mit Auszubildenden und '
            'Ausbildern Zeit zu nehmen – virtuell. Ihr fehle es, sich wie normalerweise mit vielen Menschen treffen zu können. '
            'Umso mehr gebe ihr der digitale Dialog die Chance, das wichtige Gespräch mit der "Generation Corona" zu führen, die '
            '"gerade etwas Außergewöhnliches erlebt".')

add(id="ho46-breg-bkin-2020-buergerdialog-ausbildung",
    title='Im Gespräch mit Auszubildenden "Deutschland kann auf Sie bauen"',
    url="https://www.bundeskanzlerin.de/breg-de/themen/coronavirus/buergerdialog-ausbildung-1810924",
    retrieved="same address (stored article of the Federal Government on the Chancellor's virtual citizens' dialogue with "
              "apprentices and trainers, 2020; the title line '\"Deutschland kann auf Sie bauen\"', which repeats the headline, "
              "and the navigation list 'Bundesregierung ⏐ Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', "
              "'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped, the kicker and headline, which the page runs "
              "together, kept as the first line (rule 150); '4 Min. Lesedauer', the image text 'EIn Bildschirm im Kanzleramt, "
              "…', the caption 'Im Gespräch: Kanzlerin Merkel beim digitalen Bürgerdialog zum Thema Ausbildung.', the credit "
              "'Foto: Bundesregierung / Steins', the player lines '01:36' and 'Video Die Kanzlerin über die außergewöhnliche "
              "Zeit für junge Leute' dropped (rule 93); trailing spaces after the first paragraph removed; the paragraph 'Der "
              "Austausch mit den A', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=[AZUBI_P1,
           AZUBI_P2,
           'Austausch mit "Generation Corona"',
           AZUBI_P4],
    quotes=[('"Deutschland kann auf Sie bauen"', "Merkel"),
            ('"Für mich ist eine Berufsausbildung gleichwertig mit einem Studium"', "Merkel"),
            (cut(AZUBI_P2, '"Sie sind in', 'nicht lernen"'), "Merkel"),
            ('"Generation Corona"', None, 0),
            ('"Generation Corona"', None, 1),
            ('"gerade etwas Außergewöhnliches erlebt"', "Merkel")],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin", "Kanzlerin"]})

SCHUELER_P1 = ('Bundeskanzler Olaf Scholz tauschte sich mit den Gewinnerinnen und Gewinnern des Schülerzeitungswettbewerbs der '
               'Jugendpresse aus. „Schönen Dank für all das Engagement und die Arbeit, die mit so einer Schülerzeitung '
               'verbunden sind,“ begrüßt der Kanzler seine Gäste einleitend. Dann nutzten die jungen Menschen die Gelegenheit, '
               'dem Kanzler ihre Fragen zu stellen.')

add(id="ho46-breg-2024-scholz-schuelergespraech",
    title="„Wir sind eine Demokratie, und das ist ein großes Glück“",
    url="https://www.bundesregierung.de/breg-de/suche/kanzler-im-schuelergespraech-2293528",
    retrieved="same address (stored article of the Federal Government on Chancellor Scholz's talk with the winners of the "
              "Jugendpresse's school-newspaper competition; the headline is the first line (rule 18); the navigation list "
              "'Bundesregierung | Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', "
              "'Mediathek', 'Service', the image text 'Bundeskanzler Scholz empfängt Schülerinnen und Schüler im "
              "Bundeskanzleramt.', the caption 'Olaf Scholz stellt sich den Fragen von Schülerzeitungsmitgliedern aus ganz "
              "Deutschland.', the credit 'Foto: Bundesregierung / Bergmann', the video pointer 'Sehen Sie hier das Video des "
              "Gesprächs:' with the player lines '18:11' and 'Video Bundeskanzler Scholz im Austausch … Anmoderiert von der "
              "stellvertretenden Regierungssprecherin Christiane Hoffmann.' dropped (rules 93, 150); the trailing space of "
              "the first paragraph removed; the line 'Lesen Sie hier die Mitschrift des Gesprächs:' and the transcript's "
              "first three turns kept as published; the fourth turn 'Bundeskanzler Scholz: Tja, ich glaube, … Wer "
              "Bundeskanzler oder Bundeskanz', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=[SCHUELER_P1,
           "Lesen Sie hier die Mitschrift des Gesprächs:",
           "Bundeskanzler Olaf Scholz: Schönen Dank fürs Kommen und, noch viel mehr, schönen Dank für all das Engagement "
           "und die Arbeit, die mit so einer Schülerzeitung verbunden sind. Ich glaube, ich habe vor langer Zeit nur "
           "irgendwie an zwei Ausgaben mitgewirkt. Insofern kann ich mir aber vorstellen, was das alles so bedeutet. "
           "Insofern alles Gute für die weitere Arbeit!",
           "Ansonsten freue ich mich darauf, dass wir ein wenig miteinander diskutieren können. Deshalb will ich nicht viele "
           "Worte sagen, sondern frage: Wer will loslegen?",
           "Frage: Herr Scholz, meine Frage wäre, da man ja als Bundeskanzler durchaus heftiger Kritik von Medien und "
           "Bürgern und Kollegen ausgesetzt sein kann, was das mit der psychischen und physischen Gesundheit macht und "
           "welche Wege Sie haben, damit umzugehen."],
    quotes=[("„Wir sind eine Demokratie, und das ist ein großes Glück“", "Olaf Scholz"),
            (cut(SCHUELER_P1, "„Schönen Dank", "verbunden sind,“"), "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Herr Scholz", "Kanzler"]})

BKM_P1 = ('Am 22. April 1945 wurden die Häftlinge im Lager Sachsenhausen befreit. Zum 73. Jahrestag mahnte '
          'Kulturstaatsministerin Grütters zu Zivilcourage und Verantwortungsbewusstsein. "Deutschland darf nie wieder ein '
          'Land sein, in dem Hass und Hetze gegen Minderheiten auf eine schweigende Mehrheit trifft."')
BKM_P2 = ('Erinnerung, Schmerz, Vertrauen: Mit ihren Aufführungen zu existentiellen Themen beeindruckt und verstört Marina '
          'Abramović seit Jahrzehnten. Ihre europäische Retrospektive "The Cleaner" läuft jetzt in der Bundeskunsthalle. '
          '"Mit ihrer Kunst zwingt sie uns zum Mitfühlen", so Kulturstaatsministerin Grütters.')
BKM_P3 = ('In der Ausstellung "Neolithische Kindheit. Kunst in einer falschen Gegenwart, ca. 1930" beleuchtet das Haus der '
          'Kulturen der Welt die Rolle der Kunst in der Zwischenkriegszeit. Bestimmte Ereignisse erstellten auch heute ein '
          'Gefühl, "dass wir wieder in einer falschen Gegenwart leben", so die Kulturstaatsministerin.')
BKM_P4 = ('Das ehemalige Untersuchungsgefängnis der Staatssicherheit ist eine der meistbesuchten Stätten der Zeitgeschichte in '
          'Berlin. Für Kulturstaatsministerin Grütters ein Beleg, dass Geschichtsaufarbeitung dieser Art gut funktioniert. '
          '"Der Wert von Freiheit und Demokratie muss immer neu vermittelt werden."')
BKM_P6 = ('Kulturstaatsministerin Grütters will das Kulturleben "insbesondere in der Breite maßgeblich fördern". Mit dem '
          'Programm "Invest Ost" unterstützt sie überregional bedeutsame Einrichtungen in Ostdeutschland. Für 27 Projekte, '
          'darunter Schloss Branitz, stellt Grütters jetzt rund vier Millionen Euro bereit.')

add(id="ho46-breg-2018-bkm-gruetters-teaserliste",
    title=None,
    url="https://www.bundesregierung.de/Webs/Breg/DE/Bundesregierung/BeauftragtefuerKulturundMedien/"
        "beauftragte-fuer-kultur-und-medien.html;jsessionid=482F69A4DF0F792D9F9D3EB51E64AEBB.s1t2",
    retrieved="same address (stored overview page of the Federal Government Commissioner for Culture and the Media on "
              "bundesregierung.de, 2018, a list of six teasers; the stored copy begins with the first teaser, so the document "
              "has no title (rules 18, 32); each teaser is a line of its own; the link line 'mehr' after each teaser dropped "
              "as link furniture (rules 19, 93); complete as stored)",
    license=BREG,
    paras=[BKM_P1, BKM_P2, BKM_P3, BKM_P4,
           "Das Bauhaus war Avantgarde, Experiment und Provokation. Seine Konzepte prägten die Klassische Moderne weltweit. "
           "2019 jährt sich die Gründung der legendären Schule für Architektur, Gestaltung und Kunst zum 100. Mal. Das wird "
           "groß gefeiert, weit über die Haupt-Wirkungsstätten Weimar, Dessau und Berlin hinaus.",
           BKM_P6],
    quotes=[(cut(BKM_P1, '"Deutschland darf', 'Mehrheit trifft."'), "Grütters"),
            ('"The Cleaner"', None),
            ('"Mit ihrer Kunst zwingt sie uns zum Mitfühlen"', "Grütters"),
            ('"Neolithische Kindheit. Kunst in einer falschen Gegenwart, ca. 1930"', None),
            ('"dass wir wieder in einer falschen Gegenwart leben"', "Grütters"),
            ('"Der Wert von Freiheit und Demokratie muss immer neu vermittelt werden."', "Grütters"),
            ('"insbesondere in der Breite maßgeblich fördern"', "Grütters"),
            ('"Invest Ost"', None)],
    aliases={"Grütters": ["Grütters", "Kulturstaatsministerin Grütters", "Kulturstaatsministerin"]})

# --- Austrian Parliament ---

STV_P1 = ('Wien (OTS) - Aus Anlass des 75. Jahrestags der Gründung der Zweiten Republik am 27. April und des 65. Jubiläums der '
          'Staatsvertragsunterzeichnung am heutigen 15. Mai zeichnet das Parlament den Weg unseres Landes in einem Kurzvideo '
          'und einer Ausstellung am Wiener Heldenplatz nach. "Gerade, wenn man sich in diesen schwierigen Zeiten bewusst '
          'macht, was wir bisher schon erreicht haben, wird uns klar, wieviel wir im Stande sind zu leisten und zu schaffen", '
          'erklärt Nationalratspräsident Wolfgang Sobotka dazu.')

add(id="ho46-pk-ots-2020-05-15-sobotka-staatsvertrag",
    title="75 Jahre Zweite Republik, 65 Jahre Staatsvertrag: Parlament feiert mit Ausstellung und Video",
    url="https://www.ots.at/presseaussendung/OTS_20200515_OTS0053/"
        "75-jahre-zweite-republik-65-jahre-staatsvertrag-parlament-feiert-mit-ausstellung-und-video-video",
    retrieved="same address (release of the Austrian Parliament of 15 May 2020 on the OTS press-release service under the "
              "plain dateline 'Wien (OTS)', signed with the Parlamentskorrespondenz staff sign 'taf' (rule 271); the crawl "
              "line 'date 2020-05' dropped; the subtitle kept as its own line (rule 18); the closing sign 'taf' kept as "
              "published (rule 20); the stored copy ends after the third paragraph, which is complete)",
    license=PK,
    paras=['NR-Präsident Sobotka: "In schwierigen Zeiten bewusst machen, was schon erreicht wurde."',
           STV_P1,
           "Das Video und die Ausstellung zeigen die eindrucksvolle Entwicklung, die Österreich im vergangenen "
           "Dreivierteljahrhundert genommen hat. Sie beleuchten dabei Hintergründe und Höhepunkte unserer Geschichte von der "
           "Republiksgründung im April 1945 über die Reformen und gesellschaftlichen Veränderungen der 60er- und 70er-Jahre "
           "bis hin zum Fall des Eisernen Vorhangs 1989 und die Flüchtlingskrise 2015.",
           "Interessierte finden das Video auf den Facebook-, Instagram- und YouTube-Accounts des Parlaments "
           "(www.facebook.com/OeParl, www.instagram.com/OeParl, www.youtube.com/OeParl) sowie in der Mediathek auf der "
           "Parlamentswebsite (www.parlament.gv.at/MEDIA). Die Ausstellung ist am Wiener Heldenplatz gleich neben der "
           "Reiterstatue Erzherzog Karls unter Einhaltung der gebotenen Corona-Sicherheitsvorkehrungen frei zugänglich. taf"],
    quotes=[('"In schwierigen Zeiten bewusst machen, was schon erreicht wurde."', "Wolfgang Sobotka"),
            (cut(STV_P1, '"Gerade, wenn', 'zu schaffen"'), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "NR-Präsident Sobotka",
                                  "Sobotka"]})

MAUER_P2 = ('Wien (PK) - "Diese Gedenkmauer gibt den '
            '64.450 jüdischen Kindern, Frauen und Männern, die in Österreich gelebt haben und in der Shoah ermordet wurden, '
            'ihre Identität zurück. Ihre in Stein gemeißelten Namen sorgen dafür, dass sie niemals vergessen werden", '
            'unterstrich Nationalratspräsident Wolfgang Sobotka heute in seiner Ansprache anlässlich der Eröffnung der Shoah '
            'Namensmauern Gedenkstätte im Ostarrichipark. Die Gedenkstätte sei')

add(id="ho46-pk-topnews-tag-stein-seite-92",
    title="Sobotka: Shoah-Namensmauer gibt den ermordeten jüdischen Kindern, Frauen und Männern ihre Identität zurück",
    url="https://www.top-news.at/tag/stein/page/92",
    retrieved="same address (stored tag page of the news aggregator top-news.at; its one stored item is a release of the "
              "Parlamentskorrespondenz with the dateline 'Wien (PK)' (rules 31, 166) on the opening of the Shoah name-wall "
              "memorial; the item's headline is the first line and the release's subtitle 'Nationalratspräsident spricht bei der "
              "Eröffnung der neuen Gedenkstätte' its own line, as stored (rule 18); the teaser is cut off by the site "
              "after 'Die Gedenkstätte sei' and kept so (rule 69); the markup residue '!-->!-->!-->…' that the stored copy "
              "shows after the cut dropped (rule 272))",
    license=PK,
    paras=["Nationalratspräsident spricht bei der Eröffnung der neuen Gedenkstätte", MAUER_P2],
    quotes=[(cut(MAUER_P2, '"Diese Gedenkmauer', 'vergessen werden"'), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka",
                                  "Nationalratspräsident"]})
