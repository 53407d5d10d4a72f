# Forty-fifth held-out German real-news set (tests/data/heldout45-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the later rules of the sets since, and the new rules of this set, 260-269). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, and by a distinctive-phrase search against the texts of all sets). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-fifth held-out set": texts of the German Federal Government (news items of
# bundeskanzlerin.de), licences.BREG; news items of the Austrian Parliament (parlament.gv.at), licences.PK. Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundeskanzlerin.de: news items ---

UNWETTER_P6 = ("Kräfte der Bundeswehr, des Technischen Hilfswerks und der Bundespolizei seien vor Ort aktiv und würden bei "
               "Bedarf verstärkt werden. \"Ich danke allen von Herzen, die in diesen Tagen im Fluteinsatz sind, oft bis an "
               "den Rand der Erschöpfung kämpfen, ob sie nun einfach Mitbürger sind, Ehrenamtliche oder Mitarbeiter in den "
               "Kommunen.\"")
UNWETTER_P8 = ("Merkel sagte, sie denke an die Bürgerinnen und Bürger, die in diesen Stunden um ihre Häuser, ihr Hab und Gut, "
               "ihre Ortschaften kämpften. \"Wir trauern um die Menschen, für die die Hilfe zu spät kam, und die in den "
               "Fluten ihr Leben verloren haben.\"")

add(id="ho45-breg-bkin-unwetter-notsituation",
    title="\"Notsituation zeigt, wie wir beieinander stehen\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/-notsituation-zeigt-wie-wir-beieinander-stehen--444192",
    retrieved="same address (stored news item of bundeskanzlerin.de on the storms and floods in Bavaria, Baden-Württemberg "
              "and the west of Germany; the headline, which the page shows first alone and then again after the kicker "
              "('Merkel zu Unwettern in Deutschland \"Notsituation …\"', run together in the stored copy), kept in both "
              "places as stored (rules 18, 20); the reading-time line '1 Min. Lesedauer' dropped as furniture; the first "
              "body word 'undeskanzlerin', whose drop-capital B the stored copy lost, kept as stored (rule 20); the last "
              "paragraph 'Die Kanzlerin sagte, sie sei in Gedanken bei den Familien, … \"Und das inmitten der Verwüstung, d', "
              "cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Merkel zu Unwettern in Deutschland \"Notsituation zeigt, wie wir beieinander stehen\"",
           "Bundeskanzlerin Merkel hat den Opfern der Unwetter in Teilen Deutschlands gedacht. Sie sei in Gedanken bei den "
           "Familien, die mitten in der Verwüstung mit dem Verlust fertig werden müssten. Merkel dankte den Helfern vor Ort. "
           "Sie beobachte die Situation weiter sehr genau.",
           "undeskanzlerin Angela Merkel hat den Angehörigen der Opfer der Hochwasserkatastrophe ihre Anteilnahme "
           "ausgesprochen. Vor allem Bayern, Baden-Württemberg, aber auch am Niederrhein, in Rheinland-Pfalz und in der "
           "Eifel verwüstete das Unwetter ganze Regionen und Ortschaften.",
           "\"Ich beobachte die Entwicklung in den betroffenen Orten und Regionen sehr genau\", sagte die Kanzlerin am Rande "
           "einer Pressekonferenz mit Nato-Generalsekretär Jens Stoltenberg. Das Bundesinnenministerium stehe im Kontakt "
           "mit den Behörden der betroffenen Länder.",
           "Bis an Rand der Erschöpfung kämpfend",
           "Die bewährten Strukturen der Katastrophenhilfe in Kommunen und Ländern seien an vielen Orten im Einsatz, um "
           "rasch Hilfe zu den Menschen zu bringen und dann auch den Wiederaufbau zu gewährleisten, so Merkel.",
           UNWETTER_P6,
           "In Gedanken bei den Opfern und ihren Familien",
           UNWETTER_P8],
    quotes=[("\"Notsituation zeigt, wie wir beieinander stehen\"", MERKEL, 0),
            ("\"Notsituation zeigt, wie wir beieinander stehen\"", MERKEL, 1),
            ("\"Ich beobachte die Entwicklung in den betroffenen Orten und Regionen sehr genau\"", MERKEL),
            (cut(UNWETTER_P6, "\"Ich danke", "Kommunen.\""), MERKEL),
            (cut(UNWETTER_P8, "\"Wir trauern", "verloren haben.\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin"]})

# --- parlament.gv.at: news items of the Austrian Parliament ---

FESTAKT_P4 = ("In seiner Festrede sprach der ehemalige Präsident des Deutschen Bundestages Wolfgang Schäuble vor allem die "
              "schwere Vertrauenskrise an, in der sich die repräsentative Demokratie derzeit befinde. Schäuble plädierte "
              "daher dafür, \"den Streit in der Mitte der Gesellschaft\" zu suchen und ihn öffentlich in den Parlamenten "
              "auszutragen. Dabei gelte es, deutlich zu machen, dass um der Sache willen miteinander gerungen werde und "
              "Politik kein Selbstzweck sei. Anschließend fand noch ein moderiertes Gespräch mit Vertreter:innen aller "
              "Parlamentsfraktionen statt.")

add(id="ho45-pk-news-2023-01-12-festakt-parlament",
    title="News 12.01.2023, 18:30",
    url="https://www.parlament.gv.at/aktuelles/news/Saniertes-Parlament-mit-grossem-Festakt-eroeffnet",
    retrieved="same address (stored news item of the Austrian Parliament's website of 12 January 2023; the page's date line "
              "'News 12.01.2023, 18:30' is the first line as stored (rule 18), the headline and the teaser follow as lines "
              "of their own; the link line 'Hier können Sie den Festakt nachschauen' dropped as site furniture (rule 93); "
              "complete in the stored copy)",
    license=PK,
    paras=["Saniertes Parlament mit großem Festakt eröffnet",
           "In seiner Festrede plädierte der ehemalige Präsident des Deutschen Bundestages, Wolfgang Schäuble, dafür, "
           "\"den Streit in der Mitte der Gesellschaft\" zu suchen und ihn öffentlich in den Parlamenten auszutragen.",
           "Anlässlich der Eröffnung des sanierten Parlamentsgebäudes fand ein großer Festakt im Bundesversammlungssaal "
           "statt, an dem neben der Spitze der heimischen Politik auch zahlreiche Ehrengäste aus dem In- und Ausland "
           "teilnahmen. Das geschichtsträchtige Haus am Ring, das fünf Jahre lang saniert und modernisiert wurde, erstrahlt "
           "nun wieder im neuen Glanz. Für die feierliche musikalische Umrahmung der Veranstaltung sorgten die Wiener "
           "Philharmoniker, die Wiener Sängerknaben sowie die Wiener Chormädchen. ",
           "Nationalratspräsident Wolfgang Sobotka, Bundesratspräsident Günter Kovacs, Zweite Nationalratspräsidentin Doris "
           "Bures und Dritter Nationalratspräsident Norbert Hofer hielten Eröffnungsansprachen. Darin betonten alle "
           "Redner:innen die Notwendigkeit eines respektvollen Miteinanders und setzten sich für die Stärkung des "
           "Vertrauens in die demokratischen Institutionen ein. ",
           FESTAKT_P4],
    quotes=[("\"den Streit in der Mitte der Gesellschaft\"", "Wolfgang Schäuble", 0),
            ("\"den Streit in der Mitte der Gesellschaft\"", "Wolfgang Schäuble", 1)],
    aliases={"Wolfgang Schäuble": ["Wolfgang Schäuble", "Schäuble"]})

WM_P5 = ("Im Sommerinterview des ZDF hatte Merkel gesagt: \"Ich finde, wenn eine so tolle Mannschaft es geschafft hat, ins "
         "Endspiel zu kommen, dann ist es auch richtig, wenn die führende Politiker des Staates, in diesem Falle der "
         "Bundespräsident und ich, dort hin reisen und die Daumen drücken.\" Einen genauen Ergebnis-Tipp gab Merkel nicht ab.")

add(id="ho45-breg-bkin-2014-07-13-weltmeister",
    title="Merkel gratuliert der Nationalelf",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/deutschland-ist-weltmeister--606770",
    retrieved="same address (stored news item of bundeskanzlerin.de of 13 July 2014; the site lines 'Navigation und Service' "
              "and 'Inhalt' dropped as furniture; the kicker is the first line and the headline 'Deutschland ist "
              "Weltmeister!' its own line (rule 18); the image text and caption 'Angela Merkel und Joachim Gauck mit dem "
              "Nationalteam Bundespräsident und Bundeskanzlerin feiern mit der Elf. Foto: Bundesregierung/Bergmann' dropped "
              "(rule 93); the published 'In Rio hat Merkel hat', 'die führende Politiker' and the double space in '1974  und' "
              "kept (rule 20); the closing date line kept as its own line; complete in the stored copy)",
    license=BREG,
    paras=["Deutschland ist Weltmeister!",
           "Weltweit hat ein Milliarden-Publikum das spannende Finale der Fußball-Weltmeisterschaft in Brasilien verfolgt. "
           "Unter den mehr als 70.000 Zuschauern im Maracanã-Stadion in Rio waren auch die Bundeskanzlerin und der "
           "Bundespräsident. Gemeinsam sahen sie den Sieg des deutschen Teams.",
           "In der Verlängerung hat Mario Götze das entscheidende 1:0 für das deutsche Team geschossen. Nach 24 Jahren holen "
           "die Spieler der Nationalelf den Pokal wieder nach Deutschland. Dies ist der vierte Weltmeister-Titel nach 1954, "
           "1974  und 1990 für eine deutsche Mannschaft.",
           "Bundeskanzlerin Angela Merkel war gemeinsam mit Bundespräsident Joachim Gauck nach Brasilien gereist. Von der "
           "Tribüne des Maracanã-Stadion in Rio de Janeiro aus hatten sie das Endspiel gegen Argentinien verfolgt.",
           WM_P5,
           "Vor dem Fußball kommt die Politik",
           "In Rio hat Merkel hat an einem Mittagessen mit Brasiliens Präsidentin Dilma Rousseff teilgenommen. Zuvor war sie "
           "mit dem russischen Präsidenten Wladimir Putin zusammengetroffen. Mit ihm sprach sie über die Lage in der Ukraine.",
           "Für die Kanzlerin ist es die zweite Brasilienreise binnen eines Monats: Bereits beim 4:0-Auftaktsieg gegen "
           "Portugal war die Kanzlerin am Spielort Salvador da Bahia dabei. Nach dem Spiel hatte Merkel die deutschen Spieler "
           "in der Kabine besucht und versprochen, noch einmal nach Brasilien zu reisen, wenn die DFB-Elf das Finale "
           "erreicht.",
           "Sonntag, 13. Juli 2014"],
    quotes=[(cut(WM_P5, "\"Ich finde", "Daumen drücken.\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})
