# Eighty-fifth held-out German real-news set (tests/data/heldout85-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 660). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Eighty-fifth held-out set" of SOURCES.md: press releases of the Federal Statistical Office
# (Statistisches Bundesamt, Destatis) sent over ots and shown unchanged by finance portals (licence DESTATIS, new in
# licences.py: Datenlizenz Deutschland – Namensnennung 2.0, as Destatis states it for its texts), and one article of
# bundeskanzler.de on the Chancellor's visit to the Office (licence BREG). Stored copies are the `search` tool's `pages`
# corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval
# note names what was dropped. The portals' hard line wraps are joined with a space, and paragraph breaks that a portal
# lost are restored where the stored text runs them together (rule 660).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, DESTATIS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"
BRAND = "Ruth Brand"
THIEL = "Georg Thiel"
WILKEN = "Katja Wilken"

# --- Destatis press releases over ots ---

BESUCH_P1 = ("WIESBADEN (ots) - Bundeskanzler Olaf Scholz hat am 11. August 2023 das Statistische Bundesamt (Destatis) in "
             "Wiesbaden besucht. Die Behörde im Geschäftsbereich des Bundesministeriums des Innern und für Heimat (BMI) "
             "feiert in diesem Jahr ihr 75-jähriges Bestehen. Scholz nutzte den Besuch, um sich über das breite "
             "Datenangebot des Statistischen Bundesamtes für Gesellschaft, Politik, Wirtschaft und Wissenschaft zu "
             "informieren Anlässlich des Besuchs sagte Bundeskanzler Scholz: \"Das Statistische Bundesamt stellt mit "
             "inzwischen rund 400 Bundesstatistiken ein wirklich umfangreiches, aktuelles und qualitativ hochwertiges "
             "Datenangebot zur Verfügung, das nicht nur von uns - der Politik - sondern auch seitens der Wirtschaft, der "
             "Wissenschaft, der Verwaltung und der Gesellschaft genutzt werden kann und genutzt wird. Und über die "
             "mittlerweile 75 Jahre Statistisches Bundesamt galt immer eines: Auf Ihre Arbeit ist Verlass. Vielen Dank "
             "dafür!\"")
BESUCH_P2 = ("Die Präsidentin des Statistischen Bundesamtes Ruth Brand erklärte in ihrem Statement: \"Unsere fachliche und "
             "politische Unabhängigkeit ist unser größter Trumpf im Kampf gegen Desinformation und Fake News.\" Brand ging "
             "zudem auf die Herausforderungen ein, denen sich das Amt gegenübersieht: \"Das Statistische Bundesamt ist der "
             "führende Anbieter unabhängiger Statistiken, aber darauf wollen wir uns nicht ausruhen. Wir entwickeln uns "
             "laufend weiter: Wir nutzen neue Methoden für unsere Statistiken, wir setzen auf künstliche Intelligenz und "
             "integrieren digitale Datenquellen. Aber eins bleibt bei aller Neuerung gleich: Unser hoher Anspruch an die "
             "Qualität unserer Daten. Diesem Anspruch bleiben wir auch in Zukunft treu. Denn: Demokratie braucht Daten, "
             "Daten brauchen Demokratie!\"")

add(id="ho85-destatis-ots-2023-08-11-scholz-besuch",
    title="Bundeskanzler Olaf Scholz würdigt Arbeit des Statistischen Bundesamtes",
    url="https://www.wallstreet-online.de/nachricht/17234283-bundeskanzler-olaf-scholz-wuerdigt-arbeit-statistischen-bundesamtes",
    retrieved="same address (the Destatis release of 11 August 2023 sent over ots, as shown by wallstreet-online.de; the "
              "stored copy's date prefix ' date 2023-08' dropped (rule 63); the portal's hard line wraps joined with a "
              "space, the paragraph break kept where the copy shows an empty line (rule 660); the published missing full "
              "stop in 'zu informieren Anlässlich' and the ASCII marks and hyphens kept (rule 20); the copy ends after the "
              "second paragraph, whose end the finanznachrichten.de copy of the same release confirms ('… Daten brauchen "
              "Demokratie!\"Beim Besuch des Bundeskanzlers …'); the rest of the release is not in the stored copy)",
    license=DESTATIS,
    paras=[BESUCH_P1, BESUCH_P2],
    # the split statement of Ruth Brand ("erklärte in ihrem Statement: …" and "Brand ging zudem … ein: …") is two quotes,
    # both hers; "in ihrem Statement" is no title
    quotes=[(cut(BESUCH_P1, "\"Das Statistische", "dafür!\""), SCHOLZ),
            (cut(BESUCH_P2, "\"Unsere fachliche", "Fake News.\""), BRAND),
            (cut(BESUCH_P2, "\"Das Statistische", "Demokratie!\""), BRAND)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Bundeskanzler Scholz"],
             BRAND: ["Die Präsidentin des Statistischen Bundesamtes Ruth Brand", "Ruth Brand", "Brand"]})

START_P1 = ("Knapp zwei Wochen nach dem Stichtag des Zensus 2022, dem 15. Mai 2022, haben die Bürgerinnen und Bürger bereits "
            "6,6 Millionen Online-Fragebogen zur Gebäude- und Wohnungszählung beantwortet. Um die 400°000 Bürgerinnen und "
            "Bürger haben bereits den Online-Fragebogen zur Haushaltebefragung ausgefüllt. \"Wir freuen uns zu sehen, dass "
            "besonders die einfache und ressourcenschonende Möglichkeit der Online-Teilnahme am Zensus von den Bürgerinnen "
            "und Bürgern so gut angenommen wird\", sagt Katja Wilken, Gesamtprojektleitung des Zensus 2022 beim "
            "Statistischen Bundesamt.")
START_P2 = ("Zwischen dem 9. und dem 27. Mai wurden in mehreren Wellen die Anschreiben zur Gebäude- und Wohnungszählung an "
            "Eigentümerinnen und Eigentümer sowie Verwaltungen von Wohngebäuden und Wohnungen versendet (circa 23 Millionen "
            "Anschreiben). Seit Mitte Mai sind in ganz Deutschland Interviewerinnen und Interviewer unterwegs, die sich bei "
            "den Haushalten an zufällig ausgewählten Anschriften (10,3 Millionen Personen) und an allen Wohnheimen (300.000 "
            "Personen) ankündigen und persönliche Befragungen durchführen. \"Insgesamt haben wir in einem Zeitraum von rund "
            "drei Wochen fast 7 Millionen Online-Meldungen erhalten\", erklärt Katja Wilken. \"Das ist ein sehr guter Start "
            "für den Zensus 2022.\"")

add(id="ho85-destatis-ots-2022-05-zensus-start",
    title="WIESBADEN (ots) -",
    url="http://www.aktiencheck.de/news/Artikel-Zensus_2022_erfolgreich_gestartet_7_Millionen_Online_Fragebogen_wurden_beantwortet-14522563",
    retrieved="same address (the Destatis release of late May 2022 on the start of the census, sent over ots, as shown by "
              "aktiencheck.de; the stored copy's date prefix ' date 2022-05' dropped (rule 63); the copy shows no headline "
              "and begins with the ots dateline, which is the first line (rules 18, 32); the copy runs the dateline, the "
              "two summary bullets, the subheading 'In einem Zeitraum von knapp drei Wochen sind bereits an die 7 Millionen "
              "Online-Meldungen eingegangen' and the paragraphs together without space ('ausgelastetKnapp', 'Bundesamt.In', "
              "'eingegangenZwischen'); the breaks are restored there as line breaks, nothing else changed (rule 660); the "
              "published '400°000' kept (rule 20); the subheading 'Zensus-Hotlines und Website zum Zensus stark "
              "frequentiert' and its paragraph 'Für Fragen rund um den Zensus … sehr viele Anrufe', cut off in the stored "
              "copy, dropped (rule 15))",
    license=DESTATIS,
    paras=["- Fast 6,6 Millionen Online-Fragebogen zur Gebäude- und Wohnungszählung beantwortet",
           "- Zensus-Hotlines zeitweise stark ausgelastet",
           START_P1,
           "In einem Zeitraum von knapp drei Wochen sind bereits an die 7 Millionen Online-Meldungen eingegangen",
           START_P2],
    # the closing cue names her role, not a title; the quotation after "erklärt Katja Wilken." is her continuation
    quotes=[(cut(START_P1, "\"Wir freuen", "angenommen wird\""), WILKEN),
            (cut(START_P2, "\"Insgesamt", "erhalten\""), WILKEN),
            (cut(START_P2, "\"Das ist", "2022.\""), WILKEN)],
    aliases={WILKEN: ["Katja Wilken", "Katja Wilken, Gesamtprojektleitung des Zensus 2022 beim Statistischen Bundesamt"]})

BEFR_P1 = ("WIESBADEN (ots) - Die persönlichen Befragungen durch Interviewerinnen und Interviewer zum Zensus 2022 neigen "
           "sich dem Ende zu. In einem Zeitraum von knapp 12 Wochen haben die Menschen bei den Befragungen der Haushalte und "
           "Wohnheime persönlich, online, per digitaler Tablet-Befragung, telefonisch oder auf Papier geantwortet. "
           "Insgesamt sind beim Zensus 2022 bereits 24,5 Millionen Meldungen eingegangen. \"Wir freuen uns, dass die "
           "Befragungen zum Zensus 2022 so erfolgreich voranschreiten\", sagt Dr. Georg Thiel, Präsident des Statistischen "
           "Bundesamts. \"Das liegt auch an der hohen Akzeptanz des Zensus 2022 und vor allem der Online-Befragung in der "
           "Bevölkerung. Daher sind wir zuversichtlich, dass die Bürgerinnen und Bürger auch in den nächsten Wochen "
           "weiterhin zuverlässig teilnehmen. Die Interviewerinnen und Interviewer, die Kommunen und die statistischen Ämter "
           "leisten gemeinsam tolle Arbeit.\"")

add(id="ho85-destatis-ots-2022-08-zensus-befragungen",
    title="Persönliche Befragungen des Zensus 2022 neigen sich dem Ende zu",
    url="https://www.wallstreet-online.de/nachricht/15791340-persoenliche-befragungen-zensus-2022-neigen",
    retrieved="same address (the Destatis release of August 2022 sent over ots, as shown by wallstreet-online.de; the "
              "stored copy's date prefix ' date 2022-08' dropped (rule 63); the portal's hard line wraps joined with a "
              "space (rule 660); the subheading 'Persönliche Befragungen gehen Mitte August nach insgesamt 12 Wochen zu "
              "Ende', after which the stored copy stops, dropped with the cut-off section it heads (rule 15))",
    license=DESTATIS,
    paras=[BEFR_P1],
    # split quotation around the cue "sagt Dr. Georg Thiel, …": two quotes, one speaker; "Dr." is not part of the name
    quotes=[(cut(BEFR_P1, "\"Wir freuen", "voranschreiten\""), THIEL),
            (cut(BEFR_P1, "\"Das liegt", "tolle Arbeit.\""), THIEL)],
    aliases={THIEL: ["Dr. Georg Thiel", "Georg Thiel"]})

# --- bundeskanzler.de ---

BK_P1 = ("Bundeskanzler Scholz hat das Statistische Bundesamt in Wiesbaden besucht. Anlässlich des 75-jährigen Bestehens "
         "dankte er für ein „umfangreiches, aktuelles und qualitativ hochwertiges Datenangebot“.")
BK_P4 = ("Bundeskanzler Scholz betonte: „Das Statistische Bundesamt stellt mit inzwischen rund 400 Bundesstatistiken ein "
         "wirklich umfangreiches, aktuelles und qualitativ hochwertiges Datenangebot zur Verfügung, das nicht nur von uns – "
         "der Politik – sondern auch seitens der Wirtschaft, der Wissenschaft, der Verwaltung und der Gesellschaft genutzt "
         "werden kann und genutzt wird.“ Anlässlich des 75-jährigen Bestehens des Statistischen Bundesamtes bedankte sich "
         "der Kanzler: „Auf Ihre Arbeit ist Verlass. Vielen Dank dafür!\"")

add(id="ho85-breg-2023-08-11-scholz-destatis",
    title="Bundeskanzler beim Statistischen Bundesamt",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/75jahre-statistisches-bundesamt-2206702",
    retrieved="same address (article of bundeskanzler.de on the visit of 11 August 2023; the image caption 'Bundeskanzler "
              "Scholz dankte der Präsidentin des Statistischen Bundesamtes Ruth Brand: „Auf Ihre Arbeit ist Verlass.“' and "
              "the credit 'Foto: Bundesregierung/Ronny Hartmann' dropped with the caption's quotation (rule 93); the "
              "subheading kept as its own line; the published closing ASCII mark after '„Auf Ihre Arbeit ist Verlass. "
              "Vielen Dank dafür!' kept (rule 20); the last paragraph 'Präsidentin Brand ergänzte: „Unsere fachliche … wir "
              "setzen auf kü', cut off in the stored copy, dropped with its quotation (rule 15))",
    license=BREG,
    paras=[BK_P1,
           "In Zeiten von gezielten Desinformationen, Manipulationen und sogenannten Fake-News sind objektive und "
           "qualitativ hochwertige Informationen und Daten unerlässlich und besonders wichtig. Objektive Daten und "
           "nachvollziehbare Zahlen schaffen Vertrauen und beugen somit auch frühzeitig Desinformationen vor. Hiervon "
           "profitiert nicht zuletzt auch die Politik, die ihre Entscheidungen nur aufgrund zuverlässiger Annahmen treffen "
           "kann. Bei seinem Besuch anlässlich des 75-jährigen Bestehens des Statistischen Bundesamtes informierte deren "
           "Präsidentin Ruth Brand den Kanzler über die Tätigkeit der Behörde und aktuelle Themenschwerpunkte.",
           "75 Jahre qualitativ hochwertiges Datenangebot",
           BK_P4],
    # the teaser's quoted phrase after "dankte er für ein" is the Chancellor's (pronoun resolved, rule 661); the closing
    # ASCII mark closes the „ quotation (rule 21)
    # the page names him only as "Bundeskanzler Scholz", so the canonical name is "Scholz" (as heldout16)
    quotes=[(cut(BK_P1, "„umfangreiches", "Datenangebot“"), "Scholz"),
            (cut(BK_P4, "„Das Statistische", "genutzt wird.“"), "Scholz"),
            (cut(BK_P4, "„Auf Ihre", "dafür!\""), "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Kanzler"]})

AMT_P2 = ("Bundesinnenministerin Nancy Faeser: \"Statistiken sind unverzichtbar für unsere Demokratie und für politische "
          "Entscheidungen. Die Informationen des Statistischen Bundesamtes genießen zu Recht hohes Vertrauen, weil sie "
          "unabhängig und qualitätsgesichert sind. Gerade in Krisenzeiten, wenn der Staat schnelle und weitreichende "
          "Entscheidungen treffen muss, zeigt sich, wie wichtig zuverlässige und vor allem aktuelle Informationen sind. Mit "
          "Dr. Ruth Brand gewinnt das Statistische Bundesamt eine erfahrene Statistikerin aus den eigenen Reihen zurück, die "
          "bereits fast 20 Jahre für das Haus gearbeitet hat. Sie steht für die große Verlässlichkeit, die das Statistische "
          "Bundesamt seit Jahrzehnten auszeichnet, und zugleich für weitere Innovationen und Digitalisierung.\"")
AMT_P3 = ("Dr. Ruth Brand, neue Präsidentin des Statistischen Bundesamtes: \"Unser Anspruch und Ansporn als Statistisches "
          "Bundesamt ist es, der Garant für unabhängige qualitätsgesicherte Informationen in Deutschland zu sein. Wir wollen "
          "alle gesellschaftlichen Gruppen erreichen und zu einem faktenbasierten demokratischen Diskurs beitragen. Mit neuen "
          "Datenquellen, innovativen Methoden und kreativen Ideen werden wir unsere Angebote in der kommenden Zeit stetig "
          "weiterentwickeln. Ich freue mich außerordentlich auf die Zusammenarbeit mit einem starken Team im Statistischen "
          "Bundesamt.\"")

add(id="ho85-destatis-ots-2023-01-brand-amtseinfuehrung",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2023-01/58109475-dr-ruth-brand-ist-neue-praesidentin-des-statistischen-bundesamtes-007.htm",
    retrieved="same address (the release 'Dr. Ruth Brand ist neue Präsidentin des Statistischen Bundesamtes' of January "
              "2023, dateline 'WIESBADEN/BERLIN (ots)', as shown by finanznachrichten.de; the stored copy's date prefix "
              "' date 2023-01' dropped (rule 63); the copy shows no headline and begins with the dateline and first "
              "paragraph, which is the first line (rule 32); the paragraphs, run together without space in the copy "
              "('in Wiesbaden.Bundesinnenministerin', 'Digitalisierung.\"Dr. Ruth Brand'), separated at their joins (rule "
              "660); the missing space in '(ots) -Bundesinnenministerin' kept as published (rule 20); the last paragraph "
              "'Dr. Ruth Brand hat die Leitung … Die pr', cut off in the stored copy, dropped (rule 15))",
    license=DESTATIS,
    paras=["WIESBADEN/BERLIN (ots) -Bundesinnenministerin Nancy Faeser hat heute Dr. Ruth Brand als Präsidentin des "
           "Statistischen Bundesamtes (Destatis) in ihr Amt eingeführt. Die Amtseinführung erfolgte im Rahmen einer "
           "Festveranstaltung in Wiesbaden.",
           AMT_P2,
           AMT_P3],
    # statements introduced by a name label and a colon are the named person's; the joint dateline does not make the
    # ministry the speaker of its minister's statement
    quotes=[(cut(AMT_P2, "\"Statistiken", "Digitalisierung.\""), "Nancy Faeser"),
            (cut(AMT_P3, "\"Unser Anspruch", "Bundesamt.\""), BRAND)],
    aliases={"Nancy Faeser": ["Nancy Faeser", "Bundesinnenministerin Nancy Faeser"],
             BRAND: ["Ruth Brand", "Dr. Ruth Brand", "Dr. Ruth Brand, neue Präsidentin des Statistischen Bundesamtes"]})
