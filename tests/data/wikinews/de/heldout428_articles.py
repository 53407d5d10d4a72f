# Four-hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout428-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2240-2245). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or portal number,
# headline or first words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-eighth held-out set": three netzpolitik.org articles (April 2017
# on the cabinet's Netzwerkdurchsetzungsgesetz; 2016 on the European Ombudsman's decision against the Commission in the
# GCHQ documents case; October 2024 on two Green MPs' guest article against the Ampel's security package; licence NP) and
# one press release of the Polizeipräsidium Mannheim sent over ots (news aktuell) and shown on presseportal.de (April 2020,
# crime and traffic statistics 2019; new licence OTS_POLIZEI, see the licence caveat in SOURCES.md). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP, OTS_POLIZEI  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(s, start, end):
    """The substring of s from the first occurrence of start to the end of the first occurrence of end after it."""
    i = s.index(start)
    j = s.index(end, i) + len(end)
    return s[i:j]


# --- netzpolitik.org, April 2017: the opposition on the cabinet's Netzwerkdurchsetzungsgesetz ---

NOTZ = "Konstantin von Notz"

NETZDG_TITLE = "Hate-Speech-Gesetz: „Unausgegorener Gesetzesentwurf auf den letzten Metern vorm Wahlkampf“ (Update)"
NETZDG_P5 = ("Laut von Notz gehören „hochkomplexe Abwägungsfälle zwischen Grundrechten der Meinungsfreiheit und der "
             "Persönlichkeitsrechte […] vor Gericht und nicht zwischen drei Privaten geklärt“.")

add(id="ho428-np-2017-04-netzdg-unausgegorener-gesetzesentwurf",
    title=NETZDG_TITLE,
    url="https://netzpolitik.org/2017/hate-speech-gesetz-unausgegorener-gesetzesentwurf-auf-den-letzten-metern-vorm-"
        "wahlkampf/",
    retrieved="same address (stored page of April 2017, the day after the cabinet decision; the headline with its "
              "published '(Update)' is the first line (rule 18); the image caption 'Justizminister Maas flitzt mit seinem "
              "Vorhaben durch die Legislative. (Symbolbild) – Public Domain Julia Raasch' dropped (rules 14, 93); the "
              "subheading 'Rechtsunsicherheit im Rechtsstaat?' kept as its own line (rule 13); the block quote of Konstantin "
              "von Notz, which the page sets without quotation marks, kept as a line and not annotated (rule 23); the "
              "paragraph ending in the colon cue 'Die netzpolitische Sprecherin der Linken, Halina Wawzyniak, sagt dazu "
              "explizit:' kept, since it is complete, and only her block quote 'Bei de', cut off in the stored copy, "
              "dropped (rules 15, 2241))",
    license=NP,
    paras=["Das geplante Netzwerkdurchsetzungsgesetz gefährdet elementare Funktionsweisen des Rechtsstaats, kritisiert die "
           "Opposition im Bundestag. Eigentliche Probleme wie Hassrede und Fake News würden durch den Entwurf nicht "
           "bekämpft. Kritiker warnen vor Zensur.",
           "Gestern hat die Bundesregierung das Netzwerkdurchsetzungsgesetz beschlossen. Die Regierung plant mit dem "
           "Entwurf, Hassrede und Fake News im Internet zu bekämpfen. Die Oppositionsfraktionen im Bundestag warnen vor "
           "privatisierten Rechtsdurchsetzung durch Soziale Netzwerke, wie es der Entwurf momentan vorsieht. Ein Kommentar "
           "in der Süddeutschen Zeitung fürchtet Zensur.",
           "Rechtsunsicherheit im Rechtsstaat?",
           "Die Grünen greifen Justizminister Heiko Maas (SPD) direkt an. Bisher sei der Minister nicht ausreichend gegen "
           "Hassrede und Fake News im Internet vorgegangen. Der netzpolitische Sprecher der Grünen, Konstantin von Notz, "
           "sagt gegenüber netzpolitik.org:",
           "Nachdem der Justizminister monatelang außer PR-Aktionen nichts vorlegte, kommt er nun auf den letzten Metern "
           "vorm Wahlkampf mit einem unausgegorenen Gesetzesentwurf daher. So sind die aufgezählten Straftatbestände völlig "
           "eklektisch mit vielen Lücken und Wertungswidersprüchen zusammengestückelt, daran ändern die jüngsten "
           "Ergänzungen im Grundsatz nichts.",
           NETZDG_P5,
           "Die Linke weist darauf hin, dass Soziale Netzwerke eben deswegen unter Umständen zu Overblocking neigen "
           "könnten. Plattformen löschen dann Inhalte proaktiv, ohne den vorgeworfenen Tatbestand genau zu prüfen. Die "
           "netzpolitische Sprecherin der Linken, Halina Wawzyniak, sagt dazu explizit:"],
    # the headline quotation rewords von Notz's block quote, which the page sets without marks (rule 2240); the
    # editorial ellipsis in brackets stays inside the span (rule 2164)
    quotes=[("„Unausgegorener Gesetzesentwurf auf den letzten Metern vorm Wahlkampf“", NOTZ),
            (cut(NETZDG_P5, "„hochkomplexe", "geklärt“"), NOTZ)],
    aliases={NOTZ: ["Konstantin von Notz", "von Notz"]})

# --- netzpolitik.org, October 2024: two Green MPs against the Ampel's security package ---

ROESSNER = "Tabea Rößner"

SIPA_P4 = ("Der Regierung werfen Rößner und Grützmacher „Aktivismus“ vor, weil keineswegs sicher sei, ob die geplanten "
           "Maßnahmen ein Attentat wie in Solingen hätten verhindern können und „ob sie in einem angemessenen Verhältnis zu "
           "dem versprochenen Gewinn an Sicherheit stehen“. Was nun als Gesetzespaket auf dem Tisch liege, ermögliche "
           "„Grundrechtseingriffe von ganz erheblichem Ausmaß und kann bei Missbrauch zur tiefgreifenden Überwachung "
           "führen“, so Rößner und Grützmacher weiter.")
SIPA_P5 = ("„Es drängt sich der Eindruck auf, das Bundesinnenministerium und die Sicherheitsbehörden nähmen die derzeitige "
           "Stimmung zum Anlass, ihre Befugnisse derart zu erweitern, wie sie es in der Vergangenheit schon oft (erfolglos) "
           "versucht hatten.“ Stattdessen fordern die beiden Abgeordneten, dass die Ampel die im Koalitionsvertrag "
           "vereinbarte Überwachungsgesamtrechnung durchführen solle.")

add(id="ho428-np-2024-10-roessner-gruetzmacher-ueberwachungspaket",
    title=None,
    url="https://netzpolitik.org/2024/ampel-plaene-zwei-gruene-abgeordnete-stellen-sich-gegen-ueberwachungspaket/",
    retrieved="same address (stored page with the date prefix ' date 2024-10', dropped (rule 63); the stored copy begins "
              "with the first body paragraph and shows no headline, so the text has no title line (rules 18, 32); the "
              "subheading '„Weder mit Grundgesetz noch Europarecht vereinbar“' kept as its own line (rules 13, 2242); the "
              "paragraph 'In Sachen Biometrie befürchten Rößner und Grützmacher eine „zentral', cut off in the stored copy "
              "inside a quotation, dropped with its unclosed mark (rules 15, 52))",
    license=NP,
    paras=["Erst sah es so aus als würde die grüne Bundestagsfraktion das Sicherheitspaket der Ampel hinnehmen oder nur "
           "hinter vorgehaltener Hand kritisieren. Jetzt regt sich doch so etwas wie öffentliche Kritik an den Plänen aus "
           "dem Hause von Bundesinnenministerin Nancy Faeser. In einem Gastbeitrag in der taz kritisieren die "
           "Bundestagsabgeordnete und Digitalausschuss-Vorsitzende Tabea Rößner und die Abgeordnete Sabine Grützmacher das "
           "Überwachungspaket.",
           "Sie konzentrieren sich dabei allerdings auf die Felder Biometrie und Gesichtserkennung aus dem viele Maßnahmen "
           "umfassenden Gesetzespaket. Die Verschärfungen des Asylrechts, die in der SPD für Unruhe sorgen, und die "
           "Verschärfung des Waffenrechts, die zu weitreichenden anlasslosen Kontrollen führen würde, nennen die beiden "
           "Abgeordneten ebenso wenig wie die geplanten Befugnisse der Polizei zu Big-Data-Anwendungen.",
           "„Weder mit Grundgesetz noch Europarecht vereinbar“",
           SIPA_P4,
           SIPA_P5],
    # the two MPs' guest article is one joint statement: the first-named is canonical, the co-author and the joint form
    # are aliases (rules 27, 28); the quoted subheading, whose words no kept sentence gives, is null (rules 183, 2242);
    # the cue-less sentence after their report continues them (NOTES.md)
    quotes=[("„Weder mit Grundgesetz noch Europarecht vereinbar“", None),
            ("„Aktivismus“", ROESSNER),
            (cut(SIPA_P4, "„ob sie", "stehen“"), ROESSNER),
            (cut(SIPA_P4, "„Grundrechtseingriffe", "führen“"), ROESSNER),
            (cut(SIPA_P5, "„Es drängt", "versucht hatten.“"), ROESSNER)],
    aliases={ROESSNER: ["Tabea Rößner", "Rößner", "Sabine Grützmacher", "Grützmacher", "Rößner und Grützmacher"]})

# --- netzpolitik.org, 2016: the European Ombudsman finds maladministration in the Commission's GCHQ documents refusal ---

OREILLY = "Emily O’Reilly"
KOM = "Europäische Kommission"
CT = "Redaktion der c’t"

GCHQ_P1 = ("Die Europäische Bürgerbeauftragte Emily O’Reilly rügte in einer offiziellen Entscheidung die Europäische "
           "Kommission dafür, Dokumente zur Überwachung durch den britischen Geheimdienst GCHQ nicht herausgegeben zu "
           "haben. Die Kommission begründe dies zwar mit ihrer Untersuchungstätigkeit, habe jedoch „anscheinend seit 2013 "
           "ihre Untersuchung nicht fortgesetzt“. Ihr Verhalten stelle „einen Missstand in der Verwaltungstätigkeit“ dar "
           "und komme sogar einem schweren Missstand gleich, „da dieses bestimmte Thema für die EU-Bürger von besonderer "
           "Wichtigkeit ist“.")
GCHQ_P2 = ("Gegenstand ihrer Untersuchung ist eine Beschwerde aus der Redaktion der c’t. Diese hatte bereits kurz nach "
           "Bekanntwerden der Bespitzelung durch den GCHQ im Juni 2013 die Kommission auf Grundlage der sogenannten "
           "Transparenzverordnung (VO 1049/2001/EG, pdf) um Herausgabe verschiedener Dokumente gebeten, darunter solche, "
           "„die Aufschluss darüber geben, welche Informationen der Kommission bezüglich Erhebung, Speicherung und Nutzung "
           "von Daten aus dem Internetverkehr durch Behörden des Vereinigten Königreichs vorliegen“. Die Kommission hatte "
           "die Herausgabe der Dokumente jedoch verweigert, da die Freigabe „ihren Dialog mit den britischen Behörden "
           "beeinträchtigen [würde], für den gegenseitiges Vertrauen bis zum Abschluss der Verhandlungsphase nötig sei“.")
GCHQ_P3 = ("In der Entscheidung der Bürgerbeauftragten heißt es, die Kommission habe ihre Haltung weiterhin damit begründet, "
           "dass sie immer noch der Frage nachgehe, ob die Massenüberwachungsprogramme des Vereinigten Königreichs gegen "
           "EU-Recht verstoßen, insbesondere in Bezug auf das Recht des Einzelnen auf Datenschutz. Generell müsse „Druck von "
           "außen vermieden werden“, damit die Kommission ihre Untersuchung „effektiv durchführen und eine angemessene "
           "Entscheidung treffen könne“. Grundsätzlich erkennt die Kommission außerdem „kein übergeordnetes öffentliches "
           "Interesse an der Freigabe“ der geforderten Dokumente.")

add(id="ho428-np-2016-gchq-kommission-intransparenz-geruegt",
    title=None,
    url="https://netzpolitik.org/2016/ueberwachung-durch-gchq-eu-kommission-fuer-intransparenz-geruegt/",
    retrieved="same address (stored page of 2016; the stored copy begins with the first body paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); the fourth paragraph 'O’Reilly s', cut off in the "
              "stored copy, dropped (rule 15); the tag page https://netzpolitik.org/tag/emily-oreilly/, whose only stored "
              "teaser repeats the first paragraph up to 'und komme sogar […]', not used, so that no wording is in two "
              "documents)",
    license=NP,
    paras=[GCHQ_P1, GCHQ_P2, GCHQ_P3],
    # the Ombudsman's findings are hers even where the Commission is the grammatical subject; the justification her
    # decision relays is the Commission's (rule 2243); the wording of the c't request is the requester's (rule 2244);
    # the editorial bracket stays inside the span (rule 2164)
    quotes=[(cut(GCHQ_P1, "„anscheinend", "fortgesetzt“"), OREILLY),
            ("„einen Missstand in der Verwaltungstätigkeit“", OREILLY),
            (cut(GCHQ_P1, "„da dieses", "ist“"), OREILLY),
            (cut(GCHQ_P2, "„die Aufschluss", "vorliegen“"), CT),
            (cut(GCHQ_P2, "„ihren Dialog", "nötig sei“"), KOM),
            ("„Druck von außen vermieden werden“", KOM),
            ("„effektiv durchführen und eine angemessene Entscheidung treffen könne“", KOM),
            ("„kein übergeordnetes öffentliches Interesse an der Freigabe“", KOM)],
    aliases={OREILLY: ["Emily O’Reilly", "Bürgerbeauftragte", "Bürgerbeauftragten"],
             KOM: ["Europäische Kommission", "Kommission"],
             CT: ["Redaktion der c’t", "c’t"]})

# --- presseportal.de (ots), April 2020: Polizeipräsidium Mannheim presents its crime and traffic statistics 2019 ---

STENGER = "Andreas Stenger"

PKS_P4 = ("\"Jede Straftat ist eine zu viel, aber objektiv betrachtet bewegt sich die Kriminalitätsentwicklung des Jahres "
          "2019 konstant auf einem sehr guten Niveau\", so Polizeipräsident Andreas Stenger bei der Präsentation der "
          "Polizeilichen Kriminalstatistik. \"Viele Kriminalitätsfelder haben sich sehr erfreulich entwickelt und sind "
          "teilweise auf einem historischen Tiefstand. Damit konnte das gute Ergebnis aus dem Jahr 2018 noch weiter "
          "verbessert werden. In einigen Bereichen registrieren wir aber auch Anstiege. Vor allem die prosperierende "
          "Computerkriminalität und die Entwicklung bei den Betrugsdelikten sind besorgniserregend. Deshalb ist die "
          "positive Gesamtbilanz der Kriminalitätsentwicklung nichts, worauf wir uns ausruhen werden\", betonte der "
          "Polizeipräsident")

add(id="ho428-ots-2020-04-pp-mannheim-kriminalstatistik-2019",
    title="POL-MA: Mannheim/Heidelberg/Rhein-Neckar-Kreis: Polizeiliche Kriminalstatistik und Verkehrsunfallstatistik 2019",
    url="https://www.presseportal.de/blaulicht/pm/14915/4562778",
    retrieved="same address (press release of the Polizeipräsidium Mannheim of April 2020, sent over ots by news aktuell "
              "and shown in the authority's newsroom on presseportal.de; the date prefix ' date 2020-04' and the newsroom "
              "label 'Polizeipräsidium Mannheim' above the headline dropped, the headline with its ots prefix 'POL-MA:' is "
              "the title, the dateline 'Mannheim/Heidelberg/Rhein-Neckar-Kreis (ots)' and the subheading kept as lines of "
              "their own, the summary of dash-separated points kept as the one line the stored copy shows (rule 2245); "
              "the published missing full stop after 'betonte der Polizeipräsident' kept (rule 20); the paragraph 'Den "
              "erheblichen', cut off in the stored copy, dropped (rule 15))",
    license=OTS_POLIZEI,
    paras=["Mannheim/Heidelberg/Rhein-Neckar-Kreis (ots)",
           "Polizeiliche Kriminalstatistik und Verkehrsunfallstatistik",
           "- Kriminalitätsentwicklung im Präsidiumsbereich auf Fünfjahrestief - Rückgang der Straftaten setzt sich weiter "
           "fort - Zahl der Gesamtstraftaten deutlich gesunken - Ergebnis aus dem Jahr 2018 nochmals verbessert - "
           "Wohnungseinbruch und Straßenkriminalität auf Zehnjahrestief - Aufklärungsquote bei stabilen 59,4 Prozent - "
           "Gesamtzahl der Unfälle leicht rückläufig - Zahl der Verkehrstoten erneut gestiegen",
           PKS_P4,
           "Im Präsidiumsbereich sind die Straftaten um stolze 5,2 Prozent zurückgegangen und liegen derzeit bei 70.115 "
           "Delikten (2018: 73.991).",
           "Während in Mannheim die Straftaten um 6,0 Prozent zurückgingen, fällt der Rückgang in Heidelberg mit einem "
           "Minus von 12,2 Prozent noch deutlicher aus. Einzig der Rhein-Neckar-Kreis hinkt den beiden Großstädten ein "
           "wenig hinterher. Dort wurde ein leichter Anstieg um 160 Straftaten oder + 0,7 Prozent registriert."],
    # a quotation with a `so`-cue naming the president, and a second one closed by the role-noun cue (rules 30, 97)
    quotes=[(cut(PKS_P4, "\"Jede Straftat", "Niveau\""), STENGER),
            (cut(PKS_P4, "\"Viele Kriminalitätsfelder", "ausruhen werden\""), STENGER)],
    aliases={STENGER: ["Andreas Stenger", "Polizeipräsident Andreas Stenger", "Polizeipräsident"]})
