# Three-hundred-and-forty-ninth held-out German real-news set (tests/data/heldout349-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1990-1992). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number or address and
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-forty-ninth held-out set": two releases of the Austrian Parliament's
# Parlamentskorrespondenz on the OTS press-release service (a statement of the Second President Doris Bures, June 2018; the
# weekly preview 'Die Parlamentswoche', May 2022) and one page of the stenographic protocol of the Nationalrat (193rd
# sitting of the XXV. GP, 13 July 2017, page 4), all under licence PK. Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on OTS, 11.06.2018: Second President Doris Bures on the swearing-in of Peter Pilz ---

BURES = "Doris Bures"

add(id="ho349-pk-2018-06-11-bures-kulturwandel",
    title="Bures: Heutige Aktion gegen Frauenfeindlichkeit könnte Beginn eines echten Kulturwandels sein",
    url="https://www.ots.at/presseaussendung/OTS_20180611_OTS0082/bures-heutige-aktion-gegen-frauenfeindlichkeit-koennte-"
        "beginn-eines-echten-kulturwandels-sein",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 11.06.2018, "
              "dateline 'Wien (PK)'; headline as title, the subtitle kept as a line of its own (rule 18); the end mark "
              "'(Schluss) red.' after the last paragraph dropped (rule 48); the straight marks kept as published (rule 20))",
    license=PK,
    paras=["Parlamentarische Vorgänge sicherstellen ist Aufgabe der PräsidentInnen",
           "Wien (PK) - \"Als Zweite Präsidentin des Nationalrats ist es eine meiner Aufgaben sicherzustellen, dass die "
           "parlamentarischen Vorgänge und Verfahren ordnungsgemäß ablaufen. Dies gilt auch für eine Angelobung\", "
           "erklärt die Zweite Nationalratspräsidentin Doris Bures am Montag im Anschluss an die Angelobung des "
           "Nationalratsabgeordneten Peter Pilz. \"Ich bin mein ganzes Leben für Frauenrechte und gegen Diskriminierung "
           "eingetreten. Ich hoffe daher, dass die heutige Aktion im Nationalrat der Beginn eines Kulturwandels über alle "
           "Parteigrenzen hinweg ist. Voraussetzung dafür ist jedoch, dass das Auftreten gegen frauenfeindliche Tendenzen "
           "selbstverständlich wird - auch und vor allem wenn es Vorkommnisse in den eigenen Reihen betrifft\", so Bures "
           "abschließend."],
    # both spans are the Second President's: the first opens the release and is attributed by the inverted cue after it,
    # the second closes with 'so Bures abschließend'; the headline's 'Bures:' prefix is unmarked and not annotated
    # (rules 5, 1990)
    quotes=[("\"Als Zweite Präsidentin des Nationalrats ist es eine meiner Aufgaben sicherzustellen, dass die "
             "parlamentarischen Vorgänge und Verfahren ordnungsgemäß ablaufen. Dies gilt auch für eine Angelobung\"", BURES),
            ("\"Ich bin mein ganzes Leben für Frauenrechte und gegen Diskriminierung eingetreten. Ich hoffe daher, dass die "
             "heutige Aktion im Nationalrat der Beginn eines Kulturwandels über alle Parteigrenzen hinweg ist. "
             "Voraussetzung dafür ist jedoch, dass das Auftreten gegen frauenfeindliche Tendenzen selbstverständlich wird "
             "- auch und vor allem wenn es Vorkommnisse in den eigenen Reihen betrifft\"", BURES)],
    aliases={BURES: ["Doris Bures", "Bures", "Zweite Nationalratspräsidentin Doris Bures",
                     "Zweite Präsidentin des Nationalrats"]})

# --- PK on OTS, 27.05.2022: the weekly preview 'Die Parlamentswoche vom 30. Mai bis 3. Juni 2022' ---

add(id="ho349-pk-2022-05-27-parlamentswoche",
    title="Die Parlamentswoche vom 30. Mai bis 3. Juni 2022",
    url="https://www.ots.at/presseaussendung/OTS_20220527_OTS0120/die-parlamentswoche-vom-30-mai-bis-3-juni-2022",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz's weekly preview of 27 May 2022, dateline "
              "'Wien (PK)'; the stored copy's date prefix ' date 2022-05' dropped (rule 63); the day heading 'Montag, 30. "
              "Mai 2022' kept as a line of its own (rule 18); the straight marks kept as published (rule 20); the "
              "paragraph '13.00 Uhr: Der Verfassungsausschuss behandelt … ein weiteres', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - Kommende Woche soll die aufgrund der Regierungsumbildung notwendig gewordene Änderung des "
           "Bundesministeriengesetzes auf Schiene gebracht werden. Zudem tagen alle drei EU-Ausschüsse des Parlaments. Die "
           "Länderkammer behandelt die jüngsten Beschlüsse des Nationalrats. Nationalratspräsident Wolfgang Sobotka hält "
           "eine Laudatio bei der Europäischen Rabbinerkonferenz in München. Bundesratspräsidentin Christine "
           "Schwarz-Fuchs lädt zur Enquete \"Die Zukunft dezentraler Lebensräume\", Zweite Nationalratspräsidentin Doris "
           "Bures zusammen mit der Österreichischen Krebshilfe zu einem Rosenfrühstück in den Volksgarten.",
           "Montag, 30. Mai 2022",
           "Nationalratspräsident Wolfgang Sobotka trifft in München die Präsidentin des Bayrischen Landtags Ilse Aigner "
           "sowie die Präsidentin der Israelitischen Kultusgemeinde Charlotte Knobloch. Bei der Europäischen "
           "Rabbinerkonferenz hält er eine Laudatio.",
           "09:00 Uhr: Im Vorfeld des Treffens des Europäischen Rats, auf dessen Agenda die Themen Krieg in der Ukraine, "
           "Verteidigung, Energie und Ernährungssicherheit stehen, tritt der EU-Hauptausschuss zusammen. Bundeskanzler "
           "Karl Nehammer und EU- und Verfassungsministerin Karoline Edtstadler werden dem Ausschuss zur Verfügung stehen. "
           "(Hofburg, Großer Redoutensaal)"],
    # the title of the enquete to which the Bundesrat's president invites is null (rules 24, 1992)
    quotes=[("\"Die Zukunft dezentraler Lebensräume\"", None)],
    aliases={})

# --- Stenographic protocol of the Nationalrat, XXV. GP, 193rd sitting (13.07.2017), page 4 ---

add(id="ho349-nr-2017-07-13-seite-0004-geste-der-verantwortung",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXV/NRSITZ/NRSITZ_00193/SEITE_0004.html",
    retrieved="same address (stored page of the stenographic protocol of the 193rd sitting of the Nationalrat, XXV. GP, "
              "page 4, which continues the closing address begun on page 3; the page header 'Nationalrat, XXV.GP"
              "Stenographisches Protokoll193. Sitzung / Seite 4' and the navigation line 'HomeSeite 1Vorherige Seite"
              "Nächste Seite' dropped (rules 14, 575); the page opens inside the address with no heading and no speaker "
              "line, so there is no title line (rules 18, 32, 1991); the line break inside '2016/' / '2017' joined without "
              "a space; the last paragraph 'Bei all', cut off, dropped (rule 15))",
    license=PK,
    paras=["Meine sehr geehrten Damen und Herren! Im vorangegangenen Parlamentsjahr 2016/2017, das wir nun regulär "
           "beenden, haben wir 153 Gesetze beschlossen und davon 53, jedes dritte, auch einstimmig. Es sind Gesetze, die "
           "den Menschen in unserem Land ganz konkrete Verbesserungen gebracht haben. Hier möchte ich nur drei dieser "
           "Gesetze beispielhaft für die vielen erwähnen: Wir haben den Pflegeregress abgeschafft, wir haben Renten für "
           "Opfer von Gewalt und Missbrauch in kirchlichen und staatlichen Kinderheimen beschlossen, und wir haben eine "
           "Ökostromgesetz-Novelle verabschiedet, damit Österreich auch die Energieversorgung nachhaltig sichern kann.",
           "Nun, am Ende dieser Tagung, ziehen wir eben um, damit wir dieses Parlamentsgebäude auch für kommende "
           "Generationen bewahren können. Wir verbinden dabei das Notwendige mit dem Nützlichen und machen dieses Haus "
           "fit für die Zukunft, hoffentlich für die nächsten 130 Jahre. So ein Jahrhundertvorhaben stellt alle "
           "Beteiligten vor ganz, ganz große Herausforderungen. Das gilt auch aktuell für das ausklingende "
           "Parlamentsjahr, das, wie gesagt, ein wirklich ereignisreiches war und mit dem neben wichtigen alltäglichen "
           "Aufgaben auch allerlei außergewöhnliche, außerordentliche Aufgaben verbunden waren.",
           "Ich denke an die Sedisvakanz des Bundespräsidenten und an die Tatsache, dass die drei Präsidenten des Hauses "
           "201 Tage die Geschäfte geführt haben – und auch einen Wahlkampf geführt haben. Ich denke daran, dass wir "
           "dann anschließend im historischen Sitzungssaal ein neues Staatsoberhaupt angeloben konnten.",
           "Ich denke an den 26. Oktober, unseren Nationalfeiertag, an den Tag der offenen Tür, an dem 15 000 Menschen "
           "das österreichische Parlament besucht haben, so viele wie noch niemals zuvor. Und ich denke natürlich an die "
           "„Geste der Verantwortung“ gegenüber den ehemaligen Heimkindern."],
    # the name of the state act for former children in care is null; the page names no speaker (rule 1991)
    quotes=[("„Geste der Verantwortung“", None)],
    aliases={})
