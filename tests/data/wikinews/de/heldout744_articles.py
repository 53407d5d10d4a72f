# Seven-hundred-and-forty-fourth held-out German real-news set (tests/data/heldout744-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4650-4654). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# press-release portal's news id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against
# every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data; one release address,
# pm/30621/3113200, is named in the SOURCES section of the 580th set and a retrieval note of its module as looked at and not
# used, and its text is in no document). The annotation was finished and committed before whosaid was run on any of these
# texts; no extractor and no code of the project was run on them.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-forty-fourth held-out set": eight releases of German regional newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what a politician, a bishop or a works
# council chief told the paper: five of the Rheinische Post read in its newsroom on presseportal.de (licence OTS_MEDIEN: Ronald
# Pofalla on the threatened train drivers' strike, August 2007; Jürgen Rüttgers, spelt 'Jürgern' in the release, on the hole
# in Dortmund's budget, September 2009; Hans-Peter Friedrich on the strikes at the airports, March 2012; Rainer Maria Woelki on
# refugees, December 2014; Franz-Josef Antwerpes on the Cologne ballot-paper affair, September 2015), two of the Westdeutsche
# Allgemeine Zeitung read in its newsroom (OTS_MEDIEN: Joachim Erwin on the move of Thyssen-Krupp to Essen, before November
# 2007; Hellmut Patzelt on the Karstadt department stores, spring 2009), and one of the Mitteldeutsche Zeitung reposted by the
# press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Dagmar Szabados on the crime series "Polizeiruf 110", March
# 2012). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17); the
# newsroom, portal and wire furniture is dropped (rules 2770, 3010, 4010, 4650); each retrieval note names what was dropped.
# The search budget of the session allowed 60 queries; 47 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST_PRESSEKAT  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


POFALLA = "Ronald Pofalla"
RUETTGERS = "Jürgern Rüttgers"
FRIEDRICH = "Hans-Peter Friedrich"
WOELKI = "Rainer Maria Woelki"
ANTWERPES = "Franz-Josef Antwerpes"
ERWIN = "Joachim Erwin"
PATZELT = "Hellmut Patzelt"
SZABADOS = "Dagmar Szabados"

# --- Rheinische Post (presseportal.de, newsroom 30621), 7 August 2007: Ronald Pofalla on the train drivers' strike ---

PO_T = "Rheinische Post: Pofalla mahnt: Lokführer-Streik verhindern"
PO_P1 = join("Angesichts des absehbaren Streiks der Lokführer",
             "hat CDU-Generalsekretär Ronald Pofalla die Verantwortlichen ",
             "aufgerufen, einen Arbeitskampf abzuwenden.  \"Ich appelliere an beide ",
             "Seiten, den Streik mit allen Mitteln zu verhindern\", sagte Pofalla ",
             "der \"Rheinischen Post\" (Dienstagausgabe). Er betonte: \"Die Politik ",
             "sollte sich aus Tarifauseinandersetzungen heraushalten. Doch klar ist",
             "auch: Wenn es in der Urlaubszeit zu einem Bahnstreik kommt, belastet ",
             "das in- und ausländische Fahrgäste in Deutschland unverhältnismäßig ",
             "stark.\"")

add(id="ho744-presseportal-rp-2007-08-pofalla-lokfuehrer-streik",
    title=PO_T,
    url="https://presseportal.de/pm/30621/1027797",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Tuesday edition "
              "('Dienstagausgabe') before the train drivers' strike of the GDL in August 2007, after the paper's releases of "
              "'06.08.2007' and '07.08.2007 – 00:00', the newest teasers of its story list, so for Tuesday 7 August 2007); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label "
              "dropped (rules 2770, 4010); the headline with its prefix 'Rheinische Post:' is the title, the dateline "
              "'Düsseldorf (ots)' a line of its own; the body, hard-wrapped at about 70 characters without empty lines, is "
              "joined with one space, a line-end space of the copy counting as that space, and stays one paragraph, since no "
              "line closes a sentence outside marks short of the wrap width (rules 1372, 2695, 2770, 4650); the published "
              "double space in 'abzuwenden.  \"Ich' kept (rule 20); the contact block 'Pressekontakt: Rückfragen bitte an: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", PO_P1],
    # the title's label `Pofalla mahnt:` before unmarked words carries no span (rules 5, 630); the quotation before `sagte
    # Pofalla der "Rheinischen Post"` is his (rule 30), the paper's name null (rules 2, 2771); the colon quotation after `Er
    # betonte:`, with a colon of its own inside the marks (`Doch klar ist auch: …`), is his, `Er` taking up the subject of
    # the cue before (rules 6, 8, 9); the Lokführer, the Verantwortlichen and the Politik, of which he speaks, say nothing;
    # `CDU-Generalsekretär` names a party and is no alias (rule 33)
    quotes=[(cut(PO_P1, "\"Ich appelliere", "zu verhindern\""), POFALLA),
            ("\"Rheinischen Post\"", None),
            (cut(PO_P1, "\"Die Politik", "stark.\""), POFALLA)],
    aliases={POFALLA: ["Ronald Pofalla", "Pofalla"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), September 2009: Jürgen Rüttgers on the Dortmund budget ---

RU_T = "Rheinische Post: Rüttgers: Steinmeier muss in Dortmund eingreifen"
RU_P1 = join("Im Zusammenhang mit dem zur Kommunalwal",
             "verschwiegenen Millionenloch im Dortmunder Haushalt hat ",
             "NRW-Regierungschef Jürgern Rüttgers (CDU) den Kanzlerkandidaten der ",
             "SPD, Frank-Walter Steinmeier, zum Einschreiten aufgefordert. Die ",
             "Vorgänge in Dortmund seien ein \"Anschlag auf die politische Kultur. ",
             "Ich mache mir darüber große Sorgen\", sagte Rüttgers der in Düsseldorf",
             "erscheinenden Rheinischen Post (Montagausgabe). Es ist das erste Mal,",
             "dass sich der CDU-Landesvorsitzende öffentlich zu dem Polit-Chaos in ",
             "Dortmund geäußert hat.")
RU_P2 = join("Weil die von Hannelore Kraft geführte NRW-SPD \"die Sache durch ",
             "Schweigen unterstützt\", müsse jetzt Steinmeier dafür sorgen, dass es ",
             "in Dortmund zu Neuwahlen komme, sagte Rüttgers. Der SPD-Außenminister",
             "wird morgen Abend zu einem Wahlkampfauftritt in Dortmund erwartet.",
             "Der amtierende Oberbürgermeister Gerhard Langemeyer (SPD) hatte dem ",
             "Stadtrat noch kurz vor der Kommunalwahl falsche Angaben über die ",
             "Kassenlage gemacht. Einen Tag nach der Wahl hatte die Kämmerin eine ",
             "Haushaltssperre verhängt, weil im Haushalt zig Millionen Euro fehlen.",
             "Es gilt als sicher, dass der bei der Kommunalwahl siegreiche OB, ",
             "Stadtdirektor Ullrich Sierau (SPD), die Fakten gekannt hat, was er ",
             "aber bestreitet.")

add(id="ho744-presseportal-rp-2009-09-ruettgers-dortmund-millionenloch",
    title=RU_T,
    url="https://presseportal.de/pm/30621/1478707?langid=5",
    retrieved="same address (release of the Rheinische Post sent over news aktuell for a Monday edition ('Montagausgabe') "
              "after the NRW local elections of 30 August 2009 and before the Bundestag election of 27 September 2009, in "
              "which Frank-Walter Steinmeier ran for chancellor, and after the paper's release of '19.09.2009 – 00:00', the "
              "newest teaser of its story list, so for Monday 21 September 2009; the copy with the language parameter shows "
              "the German interface); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr "
              "verpassen.' and the newsroom label dropped (rules 2770, 4010); the headline with its prefix 'Rheinische Post:' "
              "is the title, the dateline 'Düsseldorf (ots)' a line of its own; the body, hard-wrapped at about 70 characters "
              "without empty lines, is joined with one space and divided once, after the line 'Dortmund geäußert hat.' (22 "
              "characters), which closes a sentence outside marks far short of the wrap width; the lines 'wird morgen Abend "
              "… erwartet.' (66 characters) and '… zig Millionen Euro fehlen.' (69) are full lines, where the next word would "
              "not have fitted, and the line '… ein \"Anschlag auf die politische Kultur.' ends inside open marks, so none of "
              "them ends a paragraph (rules 1372, 2695, 4650); the published 'Kommunalwal' and 'Jürgern Rüttgers' kept (rules "
              "20, 2117); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2304', the line "
              "'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", RU_P1, RU_P2],
    # the title's label `Rüttgers:` before unmarked words carries no span (rules 5, 630); the quotation that opens inside
    # his Konjunktiv sentence (`Die Vorgänge in Dortmund seien ein "Anschlag …`) and runs on into a sentence of his own
    # before `sagte Rüttgers der in Düsseldorf erscheinenden Rheinischen Post` is his (rules 3, 25, 30); the paper is named
    # without marks (rule 2771); the partial quotation in the Konjunktiv `weil`-clause whose subject is the NRW-SPD, closed
    # by `sagte Rüttgers`, is his (rule 4651); Frank-Walter Steinmeier, Hannelore Kraft, the NRW-SPD, Gerhard Langemeyer, the
    # Kämmerin and Ullrich Sierau say nothing in marks; the misspelt `Jürgern Rüttgers` is the only full form in the
    # release and is the canonical name (rules 7, 2117, 2433); `NRW-Regierungschef` names a Land and `CDU-Landesvorsitzende`
    # a party, so neither is an alias (rule 33)
    quotes=[(cut(RU_P1, "\"Anschlag auf", "große Sorgen\""), RUETTGERS),
            ("\"die Sache durch Schweigen unterstützt\"", RUETTGERS)],
    aliases={RUETTGERS: ["Jürgern Rüttgers", "Rüttgers"]})

# --- Rheinische Post (presseportal.de, newsroom 30621, English interface), 27 March 2012: Hans-Peter Friedrich on strikes ---

FR_T = "Rheinische Post: Innenminister Friedrich kritisiert Ausweitung der Streiks als unangemessen"
FR_P1 = ("Im Tarifkonflikt des öffentlichen Dienstes hat Bundesinnenminister Hans-Peter Friedrich (CSU) die Ausweitung der "
         "Streiks auf Flughäfen als \"unangemessene Reaktion\" kritisiert. \"Da wir ein substanzielles Angebot gemacht haben, "
         "ist es ungerechtfertigt, die Bevölkerung jetzt mit diesen Streiks zu malträtieren\", sagte Friedrich der in "
         "Düsseldorf erscheinenden \"Rheinischen Post\" (Dienstagausgabe). Durch die Streiks vor den nächsten "
         "Verhandlungsrunden werden am Dienstag voraussichtlich Hunderte von Flügen ausfallen.")

add(id="ho744-presseportal-rp-2012-03-friedrich-streiks-flughaefen",
    title=FR_T,
    url="https://presseportal.de/en/pm/30621/2223918?langid=1",
    retrieved="same address (release of the Rheinische Post sent over news aktuell in the collective bargaining of the "
              "public service for the Tuesday edition ('Dienstagausgabe'), after the paper's releases of '26.03.2012' and "
              "'27.03.2012 – 00:00', the newest teasers of its story list, so for Tuesday 27 March 2012; the copy in the "
              "English interface of presseportal.de, the release itself in German); the widget lines 'All Stories', 'Follow', "
              "'Subscribe to Rheinische Post' and the newsroom label dropped (rules 3010, 4010); the headline with its prefix "
              "'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, the body one line as "
              "stored; the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621', the line "
              "'Original content of: Rheinische Post, transmitted by news aktuell' and the list 'More stories: Rheinische Post' "
              "with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", FR_P1],
    # the title is unmarked (rule 5); the marked phrase after `hat Bundesinnenminister Hans-Peter Friedrich (CSU) die
    # Ausweitung der Streiks … als "…" kritisiert` is his (rules 3, 25); the quotation before `sagte Friedrich der in
    # Düsseldorf erscheinenden "Rheinischen Post"` is his (rule 30), the paper's name null (rules 2, 2771); the strikers and
    # the Bevölkerung say nothing; `Bundesinnenminister` and the title's `Innenminister` name only him in the release and
    # are aliases (rule 44)
    quotes=[("\"unangemessene Reaktion\"", FRIEDRICH),
            (cut(FR_P1, "\"Da wir", "zu malträtieren\""), FRIEDRICH),
            ("\"Rheinischen Post\"", None)],
    aliases={FRIEDRICH: ["Hans-Peter Friedrich", "Friedrich", "Bundesinnenminister", "Innenminister"]})

# --- Rheinische Post (presseportal.de under the API host, newsroom 30621), 20 December 2014: Rainer Maria Woelki ---

WO_T = "Rheinische Post: Kölner Erzbischof Woelki sieht Zuwanderer als Chance zur Bereicherung"
WO_P1 = ("Für den Kölner Erzbischof Rainer Maria Woelki können die Menschen in Deutschland \"bei und von den Armen, "
         "Flüchtlingen, Randständigen, Obdachlosen lernen, was das Evangelium ist - nämlich nicht eine blutarme Heilslehre, "
         "sondern eine Einladung und eine Herausforderung zu tatkräftigem Handeln\", sagte er im Gespräch mit der in "
         "Düsseldorf erscheinenden \"Rheinische Post\" (Samstagausgabe). Auch darum will er bei vielen kirchlichen Gebäuden, "
         "die sich für eine Unterbringung von Flüchtlingen eignen, jetzt prüfen, was sich machen lässt. Insgesamt bezeichnete "
         "Woelki die Zuwanderung und das Zusammenleben mit Flüchtlingen als große Herausforderung für unsere Gesellschaft. "
         "\"Wenn wir uns öffnen, wenn wir den neuen Nachbarn vorurteilslos begegnen, ist das eine große Bereicherung für uns "
         "alle\", sagte der 58-jährige Kardinal. Die Frage danach, wo Gott bei diesem Flüchtlingsdrama ist, sei nach Woelkis "
         "Worten beantwortet: Gott sitze mitten unter den Flüchtlingen im Boot und kämpfe um sein Leben, nackt, obdachlos, "
         "fremd.")

add(id="ho744-presseportal-rp-2014-12-woelki-fluechtlinge-bereicherung",
    title=WO_T,
    url="http://api.pressportal.de/pm/30621/2911057",
    retrieved="same address (release of the Rheinische Post sent over news aktuell for a Saturday edition "
              "('Samstagausgabe') after the paper's release of '19.12.2014 – 20:55', the newest teaser of its story list, so "
              "for Saturday 20 December 2014, when Woelki, born in August 1956, was 58; the page is stored under the API host "
              "api.pressportal.de with the newsroom's furniture and is prepared as the newsroom copy, rule 4010); the widget "
              "lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label dropped; "
              "the headline with its prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, "
              "the body one line as stored; the published nominative 'der in Düsseldorf erscheinenden \"Rheinische Post\"' kept "
              "(rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621', the line "
              "'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", WO_P1],
    # the title is unmarked (rule 5); the quotation that opens inside the sentence whose subject is `die Menschen in
    # Deutschland`, closed by `sagte er`, is Woelki's: `er` takes up the man named in the frame `Für den Kölner Erzbischof
    # Rainer Maria Woelki`, not the sentence's subject, of whom the words speak (rules 8, 4652); the paper's name in marks,
    # published in the nominative, is null (rules 2, 20, 2771); the quotation before `sagte der 58-jährige Kardinal` is his,
    # the role taking up Woelki of the sentence before (rules 8, 30); the last sentence's unmarked Konjunktiv carries no span
    # (rule 5); the Armen, Flüchtlinge, Randständigen and Obdachlosen and Gott say nothing; `Kardinal` names only him in the
    # release and is an alias (rule 44), while `Kölner Erzbischof` names a city and is not (rule 33)
    quotes=[(cut(WO_P1, "\"bei und von", "tatkräftigem Handeln\""), WOELKI),
            ("\"Rheinische Post\"", None),
            (cut(WO_P1, "\"Wenn wir uns", "für uns alle\""), WOELKI)],
    aliases={WOELKI: ["Rainer Maria Woelki", "Woelki", "Kardinal"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 3 September 2015: Franz-Josef Antwerpes on Cologne's politics ---

AN_T = ("Rheinische Post: Ex-Regierungspräsident Antwerpes kritisiert Kölner Politik: \"Hier wird derzeit viel Mist "
        "gemacht\"")
AN_P1 = ("Im Kölner Wahlzettel-Skandal hat der frühere Regierungspräsident Franz-Josef Antwerpes (SPD) massive Vorwürfe gegen "
         "Regierungspräsidentin Gisela Walsken und Oberbürgermeister Jürgen Roters (beide SPD) gerichtet. Roters sei "
         "konfliktscheu und zeige keine Führung gegenüber der Verwaltung, sagte Antwerpes der \"Rheinischen Post\" "
         "(Freitagausgabe). Walsken warf er \"Hin und Her\" vor: \"Sie hätte viel früher klar Stellung nehmen müssen.\" Aber "
         "offenbar habe sie erst aufgrund einer Intervention des Innenministers reagiert. Pannen, so Antwerpes, gehörten in "
         "Köln zwar zum Alltag, aber \"hier wird derzeit so viel Mist gemacht - das gibt es gar nicht\".")

add(id="ho744-presseportal-rp-2015-09-antwerpes-koeln-wahlzettel",
    title=AN_T,
    url="https://presseportal.de/pm/30621/3113200?langid=3",
    retrieved="same address (release of the Rheinische Post sent over news aktuell in the affair of the faulty ballot papers "
              "for the Cologne mayoral election of September 2015, for the Friday edition ('Freitagausgabe'), after the "
              "paper's releases of '03.09.2015 – 05:00', the newest teasers of its story list, so for Friday 4 September 2015; "
              "the copy with the language parameter shows the German interface); the widget lines 'Alle Storys', 'Folgen', "
              "'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label dropped (rules 2770, 4010); the "
              "headline with its prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, "
              "the body one line as stored; the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) "
              "505-2621', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Rheinische Post' with its teasers dropped; complete as stored. The 580th set's SOURCES section "
              "names this address as looked at and not used there; its text is in no document)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", AN_P1],
    # the title's quotation after the label `Ex-Regierungspräsident Antwerpes kritisiert Kölner Politik:` is his: the body
    # gives him the longer wording `"hier wird derzeit so viel Mist gemacht - …"` after `so Antwerpes` (rules 26, 54,
    # 4653); his Konjunktiv on Roters, closed by `sagte Antwerpes der "Rheinischen Post"`, is unmarked (rule 5), the paper's
    # name null (rules 2, 2771); the marked phrase after `Walsken warf er "…" vor` is his, `er` taking up the subject of the
    # cue before, not the addressee Walsken in the dative (rules 3, 8, 25), and the colon quotation after it, which says what
    # he reproaches her with, is his (rules 9, 4653); the partial quotation after the Konjunktiv interrupted by `so
    # Antwerpes` is his (rules 3, 30); Gisela Walsken, Jürgen Roters and the Innenminister say nothing in marks;
    # `Ex-Regierungspräsident` and `frühere Regierungspräsident` name only him in the release and are aliases (rule 44; the
    # feminine `Regierungspräsidentin` names Walsken)
    quotes=[("\"Hier wird derzeit viel Mist gemacht\"", ANTWERPES),
            ("\"Rheinischen Post\"", None),
            ("\"Hin und Her\"", ANTWERPES),
            ("\"Sie hätte viel früher klar Stellung nehmen müssen.\"", ANTWERPES),
            ("\"hier wird derzeit so viel Mist gemacht - das gibt es gar nicht\"", ANTWERPES)],
    aliases={ANTWERPES: ["Franz-Josef Antwerpes", "Antwerpes", "Ex-Regierungspräsident", "frühere Regierungspräsident"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), before November 2007: Joachim Erwin on Thyssen-Krupp ---

ER_T = "WAZ: OB Erwin: Thyssen-Umzug ist kein gutes Zeichen"
ER_H1 = "Essen (ots) - OB Erwin: Thyssen-Umzug kein gutes Zeichen"
ER_P1 = ("Der Düsseldorfer Oberbürgermeister Joachim Erwin hat die Sinnhaftigkeit der Umzugspläne des Thyssen-Krupp-Konzerns "
         "nach Essen in Zweifel gezogen und dabei das Ruhrgebiet abqualifiziert. Der \"Westdeutschen Allgemeinen Zeitung\" "
         "(Essen) sagte Erwin am Donnerstag, \"wer aus dem prosperierenden Düsseldorf ins schwache und schwierige Essen zieht, "
         "der setzt kein gutes Zeichen.\" Düsseldorf werde mit dem Wegzug klarkommen, \"das kippt uns nicht aus den "
         "Pantinen.\" Erwin bekräftigte seine Kritik an Thyssen-Krupp. Er habe sich nach dem Bekanntwerden der Pläne "
         "\"mühsam\" zum Vorstandschef Ekkehard Schulz \"durchkämpfen\" müssen. \"Das ist ein Kommunikations-Gau.\"")

add(id="ho744-presseportal-waz-erwin-thyssen-umzug-essen",
    title=ER_T,
    url="https://www.presseportal.de/pm/55903/796059",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell after a Thursday "
              "('am Donnerstag') on Thyssen-Krupp's plan to move its head office from Düsseldorf to Essen; undated in the "
              "copy, which shows no story list, and dated only by its release number, below that of the WAZ release of "
              "November 2007 (pm/55903/1080582, 698th set), to before November 2007; Joachim Erwin was Düsseldorf's mayor "
              "until 2008); the newsroom label 'Westdeutsche Allgemeine Zeitung' dropped (rules 2770, 3590); the headline with "
              "its prefix 'WAZ:' is the title; the dateline, which the copy sets with leading spaces and runs into a repeated "
              "headline without 'ist' ('    Essen (ots) - OB Erwin: Thyssen-Umzug kein gutes Zeichen'), stands as a line of "
              "its own as stored, its indentation dropped, and the body is one paragraph after an empty line, its indentation "
              "dropped too (rules 13, 20, 2770, 4650); the contact block 'Rückfragen bitte an: Westdeutsche Allgemeine Zeitung "
              "Telefon: (0201) 804-0 Email: zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell', 'Weitere Meldungen: Westdeutsche Allgemeine Zeitung' and 'Das könnte "
              "Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[ER_H1, ER_P1],
    # the title and the repeated headline, with their labels `OB Erwin:` before unmarked words, carry no span (rules 5,
    # 630); the paper's name in marks, fronted as the addressee of `sagte Erwin`, is null (rules 2, 2771); the quotation
    # after `sagte Erwin am Donnerstag,` is his (rules 9, 30); the partial quotation after his Konjunktiv `Düsseldorf werde
    # mit dem Wegzug klarkommen,` is his, the city being the subject of the report, not a speaker (rule 4651); the two
    # marked words in his Konjunktiv `Er habe sich … "mühsam" zum Vorstandschef Ekkehard Schulz "durchkämpfen" müssen` are
    # his, Schulz the one he had to reach (rules 3, 8, 25); the cue-less quotation after that report is his (NOTES.md
    # continuation); Ekkehard Schulz, Thyssen-Krupp, Düsseldorf, Essen and the Ruhrgebiet say nothing; `OB Erwin`, the form
    # of the title with the name, is an alias, while `Düsseldorfer Oberbürgermeister` names a city and is not (rule 33)
    quotes=[("\"Westdeutschen Allgemeinen Zeitung\"", None),
            (cut(ER_P1, "\"wer aus dem", "gutes Zeichen.\""), ERWIN),
            ("\"das kippt uns nicht aus den Pantinen.\"", ERWIN),
            ("\"mühsam\"", ERWIN),
            ("\"durchkämpfen\"", ERWIN),
            ("\"Das ist ein Kommunikations-Gau.\"", ERWIN)],
    aliases={ERWIN: ["Joachim Erwin", "Erwin", "OB Erwin"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), spring 2009: Hellmut Patzelt on Karstadt ---

PA_T = "WAZ: Arcandor-Betriebsrat wirbt für Erhalt der Warenhaus-Standorte"
PA_P1 = ("Essen (ots) - In der Diskussion um Staatsbürgschaften sowie einen möglichen Zusammenschluss von Karstadt und Kaufhof "
         "werben Arbeitnehmervertreter für einen Erhalt der bestehenden Warenhaus-Standorte. \"Die Warenhäuser haben eine "
         "enorme Bedeutung in den deutschen Innenstädten. Deshalb muss jede Entscheidung sehr sorgfältig abgewogen werden\", "
         "sagte der Gesamtbetriebsratschef des Karstadt-Mutterkonzerns Arcandor, Hellmut Patzelt, der Essener WAZ-Gruppe "
         "(Dienstagausgabe). Bundeswirtschaftsminister Karl-Theodor zu Guttenberg (CSU) hatte sich am Montag zurückhaltend "
         "zur von Arcandor geforderten Staatsbürgschaft in Höhe von 650 Millionen Euro geäußert. Der Kaufhof-Mutterkonzern "
         "Metro hatte derweil Interesse an den Karstadt-Warenhäusern signalisiert.")

add(id="ho744-presseportal-waz-2009-patzelt-arcandor-warenhaeuser",
    title=PA_T,
    url="http://www.presseportal.de/pm/55903/1407625",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung sent over news aktuell for a Tuesday edition "
              "('Dienstagausgabe') in the debate on the state guarantee of 650 million euros that Arcandor sought for its "
              "department stores while Karl-Theodor zu Guttenberg was Federal Minister of Economics, so in the spring of 2009, "
              "before Arcandor's insolvency of June 2009; undated in the copy, which shows no story list); the newsroom label "
              "'Westdeutsche Allgemeine Zeitung' dropped (rules 2770, 3590); the headline with its prefix 'WAZ:' is the title; "
              "the dateline, which the copy sets with leading spaces and runs into the body ('    Essen (ots) - In der "
              "Diskussion …'), stays run in, its indentation dropped (rules 13, 2770); the contact block 'Pressekontakt: "
              "Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 zentralredaktion@waz.de', the line "
              "'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell', 'Weitere Meldungen: "
              "Westdeutsche Allgemeine Zeitung' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[PA_P1],
    # the title is unmarked (rule 5); the quotation before `sagte der Gesamtbetriebsratschef des Karstadt-Mutterkonzerns
    # Arcandor, Hellmut Patzelt, der Essener WAZ-Gruppe` is his, the name in apposition to the role (rule 30), although the
    # sentence before gives the same demand to the unnamed `Arbeitnehmervertreter` as a group (rule 5); the WAZ-Gruppe is
    # named without marks (rule 2771); Karl-Theodor zu Guttenberg, Arcandor, Karstadt, Kaufhof and Metro say nothing in
    # marks; his surname never stands alone, and `Gesamtbetriebsratschef des Karstadt-Mutterkonzerns Arcandor` names a
    # company and is no alias (rule 33)
    quotes=[(cut(PA_P1, "\"Die Warenhäuser", "abgewogen werden\""), PATZELT)],
    aliases={PATZELT: ["Hellmut Patzelt"]})

# --- Mitteldeutsche Zeitung (ots, reposted by pressekat.de), 8 March 2012: Dagmar Szabados on "Polizeiruf 110" ---

SZ_T = "Mitteldeutsche Zeitung: MDR-Krimi"
SZ_H1 = "Halle kämpft für Polizeiruf 110"
SZ_P1 = join("(ots) - Halles Oberbürgermeisterin Dagmar Szabados (SPD)",
             "will sich mit allen Mitteln dafür einsetzen, dass der \"Polizeiruf",
             "110\" auch künftig in Halle gedreht wird. Das berichtet die in Halle",
             "erscheinende Mitteldeutsche Zeitung (Donnerstag-Ausgabe). \"Ich werde",
             "Karola Wille, die Intendantin des MDR, noch in dieser Woche dazu",
             "sprechen\", sagte Szabados gestern. Ein Termin sei bereits vereinbart",
             "worden. Die Entscheidung des MDR, die Krimi-Serie ab kommendem Jahr",
             "in Magdeburg spielen zu lassen, kam für die Oberbürgermeisterin",
             "überraschend. \"Wir waren immer sehr gute Partner - der MDR und die",
             "Stadt Halle.\" Doch nicht nur die Stadt, auch das Land müsse sich",
             "jetzt für Halle einsetzen: \"Ich erwarte, dass das Land auch beim MDR",
             "vorspricht.\" Mit dem Chef der Staatskanzlei, Rainer Robra (CDU), der",
             "für die Medienpolitik zuständig ist, will Szabados möglichst bald",
             "darüber reden. \"Die Magdeburger sollen verdammt noch einmal dafür",
             "sorgen, dass sie etwas Zusätzliches kriegen und nichts von Halle",
             "abziehen.\"")

add(id="ho744-pressekat-mz-2012-03-szabados-polizeiruf-halle",
    title=SZ_T,
    url="https://www.pressekat.de/pressinfo590885-mitteldeutsche-zeitung-mdr-krimi-halle-k-mpft-f-r-polizeiruf-110.html",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over ots for the Thursday edition "
              "('Donnerstag-Ausgabe') and reposted by the press-release portal pressekat.de with the lines 'Bereitgestellt von "
              "Benutzer: ots' and 'Datum: 08.03.2012 - 02:00 Uhr', so for Thursday 8 March 2012; the sender is named in the "
              "headline prefix 'Mitteldeutsche Zeitung:', in the body and in the contact block 'Pressekontakt: Mitteldeutsche "
              "Zeitung Hartmut Augustin Telefon: 0345 565 4200'); the copy shows no page title line and no id line; the "
              "headline's two stored lines, the prefix with the section kicker 'Mitteldeutsche Zeitung: MDR-Krimi' and the "
              "headline 'Halle kämpft für Polizeiruf 110', are the title and a line of its own, as the portal's own title "
              "line sets them on two lines (rules 3010, 4650); the body, into which the copy runs the wire's '(ots) -' without "
              "place and which it hard-wraps at about 70 characters without empty lines, is joined with one space and stays one "
              "paragraph: no line closes a sentence outside marks short of the wrap width, and the short first line ends in "
              "mid-sentence (rules 1372, 2695, 4650); the contact block and the portal's lines under it ('Themen in dieser "
              "Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von Benutzer: ots', the date, "
              "language, id and character count lines, 'Kontakt-Informationen:', 'Stadt:', 'Kategorie:', the view counter, the "
              "repeated title, the responsibility and liability notes) and the teaser of another release of the paper after "
              "them ('Der Skandal um illegal eingelagerte … (Montag-', cut off) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[SZ_H1, SZ_P1],
    # the title and the headline are unmarked, the series' name in the headline too (rule 5); the series' name in marks,
    # which the copy breaks across two lines and which is joined with one space, is null (rules 2, 24); the paper is named
    # without marks as the reporter (rule 2771); the quotation before `sagte Szabados gestern` is hers (rule 30); the
    # cue-less quotation after the narrator's sentence on the decision that surprised `die Oberbürgermeisterin` is hers
    # (rule 8, NOTES.md continuation); the colon quotation after the Konjunktiv `Doch nicht nur die Stadt, auch das Land
    # müsse sich jetzt für Halle einsetzen:` is hers, the Land being the body she makes demands of, not the speaker (rule
    # 4654); the cue-less quotation after `will Szabados möglichst bald darüber reden` is hers (NOTES.md continuation);
    # Karola Wille, the MDR, Rainer Robra, the Land, the Stadt Halle and the Magdeburger say nothing; `Oberbürgermeisterin`
    # names only her in the release and is an alias (rule 44), while `Halles Oberbürgermeisterin` names the city and is not
    # (rule 33)
    quotes=[("\"Polizeiruf 110\"", None),
            (cut(SZ_P1, "\"Ich werde", "dazu sprechen\""), SZABADOS),
            (cut(SZ_P1, "\"Wir waren", "Stadt Halle.\""), SZABADOS),
            (cut(SZ_P1, "\"Ich erwarte", "vorspricht.\""), SZABADOS),
            (cut(SZ_P1, "\"Die Magdeburger", "abziehen.\""), SZABADOS)],
    aliases={SZABADOS: ["Dagmar Szabados", "Szabados", "Oberbürgermeisterin"]})
