# Four-hundred-and-twenty-first held-out German real-news set (tests/data/heldout421-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2195-2197). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL path, headline or first words and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-first held-out set": the Global Voices auf Deutsch list page of
# short news items of March 2014 (licence GV) and a Pressenza commentary of November 2019 on nonviolence (licence PZ). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture and captions are dropped (rules 14, 19), and each retrieval note names what was dropped. The
# set is small: the source family is nearly exhausted by the earlier sets (see SOURCES.md for what was looked at).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


STUDENT = "Student"
MANN = "Mann"

# --- Global Voices auf Deutsch, short news items of March 2014 ---

IT_P2 = ("Als die Mitarbeiter des italienischen Verlags Alma Edizioni gerade damit beschäftigt waren, eine Veranstaltung zur "
         "italienischen Sprache in Rom zu organisieren, überraschte sie ein unerwartetes Schreiben [it] von jemanden, der "
         "sich selbst als “enttäuschter Student” bezeichnete:")
IT_P6 = ("Teilnehmer wurden dazu eingeladen, einminütige Videos zu produzieren, in denen sie erklären, warum es auch im Jahr "
         "2014 immer noch wert ist, die Sprache des “Stiefels Europas” zu studieren. Mehr als 80 Studentengruppen nahmen "
         "laut dem Youtube-Kanal des Unternehmens am Wettbewerb teil.")

add(id="ho421-gv-2014-03-kurzmeldungen",
    title="Artikel vom Kurzmeldungen vom März, 2014",
    url="https://de.globalvoices.org/category/type/roundups/?m=201403",
    retrieved="same address (stored page of short news items of March 2014; the site header lines 'Wir übersetzen die "
              "Beiträge von Global Voices in viele Sprachen, …' and 'Erfahre mehr zu Lingua-Übersetzungen »' and the date "
              "line '· März, 2014' dropped (rules 14, 19); the page's section name kept as the title; the English image "
              "caption '\"L'Italiano...non serve a niente?\", from Alma Edizioni's contest page.' and its German translation "
              "'“Das Italienische… dient zu nichts?” von der Wettbewerbsseite des Verlags Alma Edizioni.' dropped as captions "
              "(rules 14, 19, as the Amman captions in heldout-de); the quoted letter, which the page sets as an English and "
              "a German block quote without quotation marks, kept as its own lines and not annotated; the next item 'Video: "
              "Das indische Kopfschütteln in nur zwei …', cut off in the stored copy, dropped (rule 15))",
    license=GV,
    paras=["Warum es immer noch Sinn macht, Italienisch zu lernen",
           IT_P2,
           "Why? What's the point of studying Italian today? […] No one wants to study a language that no longer has a "
           "place in the world, the language of a country that keeps getting worse day by day. […] For years I've "
           "studied Italian which today, however, is neither a language of culture, nor of work opportunities.",
           "Warum? Was bringt es heutzutage Italienisch zu lernen? […] Niemand will eine Sprache lernen, die nicht länger "
           "einen Platz in der Welt hat, die Sprache eines Landes, dem es Tag um Tag schlechter geht. […] Ich habe "
           "jahrelang Italienisch gelernt, was heute weder die Sprache einer Kultur ist noch Arbeitsmöglichkeiten dient.",
           "Um auf derart scharfe Fragen zu antworten, entschied sich Alma Edizioni, Studierende aus aller Welt um ihre "
           "Meinung zu fragen. Das geschah über einen Wettbewerb, der über den Hashtag #litalianononserveaniente (das "
           "Italienische ist nutzlos) verfolgt werden konnte.",
           IT_P6],
    # the letter writer's self-designation is his own words; he is described only by it (rule 2195); the nickname of Italy
    # in the publisher's call, set in marks by the author, is null (rule 2197)
    quotes=[("“enttäuschter Student”", STUDENT),
            ("“Stiefels Europas”", None)],
    aliases={STUDENT: ["Student", "enttäuschter Student"]})

# --- Pressenza, November 2019: "Wir brauchen Gewaltfreiheit" ---

GW_P1 = ("„Falsche Lösungen können Gewalt nicht beenden. Diese Welt steht kurz davor zu explodieren, und es gibt keine "
         "Möglichkeit, die Gewalt zu beenden!“ (1)")
GW_P2 = ("Ein Satz, der auch für die heutige Zeit gilt? Tatsächlich hat ihn vor 50 Jahren ein junger Mann (mit 31 Jahren ist "
         "man in dieser gerontokratischen Gesellschaft noch jung, nicht wahr?) auf dem Gipfel eines Berges gesagt, als er "
         "zu zweihundert Freunden sprach und eine Bewegung gründete.")

add(id="ho421-pz-2019-11-wir-brauchen-gewaltfreiheit",
    title=None,
    url="https://www.pressenza.com/de/2019/11/wir-brauchen-gewaltfreiheit/",
    retrieved="same address (Pressenza, November 2019; the stored copy begins with the opening quotation and shows no "
              "headline, byline or date line, so the text has no title line (rules 18, 32); the footnote mark '(1)' after "
              "the quotation kept as printed (the note itself is not in the stored copy); the seventh paragraph 'Aber "
              "irgendwie scheint es, dass wir nicht dazu in der Lage sind, … die uns unsere Zukun', cut off in the stored "
              "copy, dropped with the „modernste“ in it (rule 15))",
    license=PZ,
    paras=[GW_P1, GW_P2,
           "Aber wenn ich diesen Satz und diese Rede lese, fällt mir die Welt von heute ein und ihre stumpfe Unfähigkeit, "
           "mit den grundlegenden Problemen umzugehen. Und eines der grundlegenden Probleme, vielleicht DAS grundlegende "
           "Problem, ist die Gewalt.",
           "Gewalt manifestiert sich nicht nur im physischen Aspekt der Aggression, Tötung, Selbstmord, Entführung, Prügel "
           "usw.. Das ist vielleicht der äußerste, am meisten sichtbare Aspekt von Gewalt. Aber Gewalt durchdringt auch "
           "Bereiche wie Wirtschaft, Bildung, menschliche Beziehungen oder Arbeit. Eine besonders offensichtliche Gewalt "
           "ist derzeit die Diskriminierung, die zu Rassismus, Sexismus, Ausgrenzung aus ethnischen Gründen, Missbrauch und "
           "morphologischer Struktur führt (wie viele Behinderte sind immer noch in Häusern eingeschlossen?).",
           "Wohin ich auch schaue, sehe ich Gewalt als Ursache für alles Leid, für alle Ungerechtigkeit, für all das "
           "Unrecht, das jedem und allen Menschen angetan wird.",
           "Junge Menschen fordern Klimagerechtigkeit und werden nicht angehört, Völker fordern soziale Gerechtigkeit und "
           "werden nicht angehört, jeder von uns fordert ein besseres Leben, während er damit kämpft, alles am Laufen zu "
           "halten, und manch einer fordert gar nichts mehr, weil er den Hungertod gestorben ist, seitdem ich begann, "
           "diesen Artikel zu schreiben, obwohl es genügend Nahrung für alle gäbe."],
    # the opening quotation is attributed in the next paragraph (`hat ihn … ein junger Mann … gesagt`) to a speaker the
    # stored text never names: the head noun of the indefinite description (rules 44, 61; rule 2196)
    quotes=[(GW_P1[:GW_P1.index(" (1)")], MANN)],
    aliases={MANN: ["Mann", "ein junger Mann"]})
