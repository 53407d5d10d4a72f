# Six-hundred-and-ninety-eighth held-out German real-news set (tests/data/heldout698-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4300-4302). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-ninety-eighth held-out set": eight releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what politicians, union leaders or club chiefs told
# the paper, all read in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): four of the Mitteldeutsche Zeitung,
# Halle (Reiner Haseloff on the CDU's result in the federal election, December 2005; Jens Bullerjahn backing Burkhard
# Lischka's proposal in the SPD's leadership crisis, autumn 2009; Wolfgang Böhmer on the Land's problems, August 2010; Birke
# Bull for Gregor Gysi as sole leading candidate, November 2012), two of the Westdeutsche Allgemeine Zeitung, Essen (the GDL's
# Manfred Schell and Frank Schmidt during the freight strike, November 2007; Clemens Tönnies and Hans-Joachim Watzke on
# Schalke's finances, September 2009) and two of the Rheinische Post, Düsseldorf (Andreas Pinkwart and Gerhard Papke against
# a traffic-light coalition, April 2010; Harald Christ of the SPD-Wirtschaftsforum defending Olaf Scholz, January 2019).
# Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them; the newsroom furniture is
# dropped and the hard-wrapped lines are joined (rules 1372, 2770, 3010, 3120, 3420, 4300); each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN  # noqa: E402

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


HASELOFF = "Reiner Haseloff"
SCHELL = "Manfred Schell"
SCHMIDT = "Frank Schmidt"
TOENNIES = "Clemens Tönnies"
WATZKE = "Hans-Joachim Watzke"
BULLERJAHN = "Jens Bullerjahn"
PINKWART = "Andreas Pinkwart"
PAPKE = "Gerhard Papke"
BOEHMER = "Wolfgang Böhmer"
BULL = "Birke Bull"
CHRIST = "Harald Christ"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 5 December 2005: Haseloff on the Union's election result ---

HA_T = "Mitteldeutsche Zeitung: Debatte um Wahlergebnis der Union"
HA_SUB = "Haseloff: Merkel hat Konsequenz bereits gezogen"
HA_P1 = join("Der stellvertretende Vorsitzende der CDU",
             "Sachsen-Anhalt, Reiner Haseloff, hat die Ansicht vertreten, die Union",
             "habe die Konsequenz aus dem schlechten Abschneiden bei der ",
             "Bundestagswahl bereits gezogen. \"Wir haben in den ",
             "Koalitionsvereinbarungen mehr auf den sozialen Ausgleich geachtet als",
             "im Wahlprogramm\", sagte Haseloff der in Halle erscheinenden ",
             "\"Mitteldeutschen Zeitung\" (Montag-Ausgabe). \"Frau Merkel hat für die ",
             "CDU schon Konsequenzen gezogen. Das ist eine nötige Ausgangsposition ",
             "für die Landtagswahl am 26. März.\" Haseloff erklärte weiter: \"Mit den",
             "24 Prozent im Osten haben wir das Ergebnis für die CDU im Westen ",
             "konterkariert. Und wir haben uns auf der Demoskopie ausgeruht.\" Die ",
             "Union habe \"Problemlösungen für die alten Länder\" angeboten. In ",
             "Ostdeutschland habe man ihren Versprechungen nicht geglaubt. Haseloff",
             "ist Staatssekretär im Magdeburger Wirtschaftsministerium.")

add(id="ho698-presseportal-mz-2005-12-haseloff-merkel-konsequenz-gezogen",
    title=HA_T,
    url="https://presseportal.de/pm/47409/757743?langid=2",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Monday edition, 5 "
              "December 2005 by the story list, whose latest teasers are the paper's commentaries of '02.12.2005 – 20:27' and "
              "'01.12.2005 – 19:49', and by its content: the coalition agreement after the federal election of 18 September "
              "2005 and the Landtag election of 26 March 2006 ahead); the copy with the language parameter shows the German "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom "
              "label 'Mitteldeutsche Zeitung', dropped (rules 3010, 3420); the headline, stored over two lines, is kept so: "
              "'Mitteldeutsche Zeitung: Debatte um Wahlergebnis der Union' is the title and 'Haseloff: Merkel hat Konsequenz "
              "bereits gezogen' a line of its own, and the dateline 'Halle (ots)' a line of its own (rule 3120); the body, "
              "hard-wrapped in this copy, joined into one paragraph with one space per break, a line-end space counting as "
              "that space; no line closes a sentence outside marks short of the wrap width (rules 1372, 3120, 4300); the "
              "contact block 'Rückfragen bitte an: Mitteldeutsche Zeitung Markus Decker Parlamentsredaktion Tel.: 030/2888 "
              "1415', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Mitteldeutsche Zeitung' with its two teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[HA_SUB, "Halle (ots)", HA_P1],
    # the second headline line `Haseloff: Merkel hat Konsequenz bereits gezogen` carries no marks and no span (rule 5); the
    # quotation before `sagte Haseloff der … "Mitteldeutschen Zeitung"` is his, the paper's name null (rules 2, 30, 2771);
    # the cue-less quotation after it continues him (NOTES.md continuation), its `Frau Merkel` the person he speaks of; the
    # colon quotation after `Haseloff erklärte weiter:` is his (rule 9); the partial quotation in the Konjunktiv sentence `Die
    # Union habe "…" angeboten`, which has no cue of its own and goes on reporting him, is his, the Union being the subject he
    # speaks of (rules 3, 3951); the unmarked Konjunktiv reports have no span (rule 5); Angela Merkel, the Union and the CDU
    # say nothing; `Der stellvertretende Vorsitzende der CDU Sachsen-Anhalt` names the party and is no alias (rule 33), and
    # `Staatssekretär` stands only in the predicate of the last sentence
    quotes=[(cut(HA_P1, "\"Wir haben", "Wahlprogramm\""), HASELOFF),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(HA_P1, "\"Frau Merkel", "26. März.\""), HASELOFF),
            (cut(HA_P1, "\"Mit den", "ausgeruht.\""), HASELOFF),
            ("\"Problemlösungen für die alten Länder\"", HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 9 November 2007: the GDL during the freight strike ---

GD_T = "WAZ: GDL-Chef Schell mahnt Bevölkerung und Wirtschaft: \"Es muss niemand verhungern\""
GD_P1 = ("Der Chef der Lokführer-Gewerkschaft GDL, Manfred Schell, ermahnt die deutsche Wirtschaft und die Bevölkerung, trotz "
         "des Streiks den Blick für die Realität nicht zu verlieren. \"Die Industrie wird nicht gleich zu Grunde gehen. "
         "Außerdem muss auch niemand verhungern, weil keine Waren mehr ankommen\", sagte Schell im Zusammenhang mit dem Streik "
         "im Güterverkehr der in Essen erscheinenden \"Westdeutschen Allgemeinen Zeitung\" (WAZ), Freitagausgabe. Auch der "
         "GDL-Bezirksvorsitzende in NRW, Frank Schmidt, forderte die Wirtschaft auf, \"das Jammern zu beenden.\" Gerade in "
         "Westdeutschland gehe es den Unternehmen noch gut. \"Die sollen mal nach Ostdeutschland blicken. Da steht alles "
         "still.\"")

add(id="ho698-presseportal-waz-2007-11-schell-schmidt-gdl-niemand-verhungern",
    title=GD_T,
    url="https://presseportal.de/pm/55903/1080582",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Friday "
              "edition of 9 November 2007, dated by the edition day, by the GDL's freight strike that began on 8 November 2007 "
              "and by its release number, just below that of the Rheinische Post's release on the same strike for the same "
              "Friday (pm/30621/1080753, 659th set); undated in the stored copy, which shows no story list); the plain copy of "
              "the WAZ newsroom shows no widget; the newsroom label 'Westdeutsche Allgemeine Zeitung' above the headline "
              "dropped (rules 2770, 3010); the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line "
              "of its own, the body one line as stored (rule 4300); the contact block 'Pressekontakt: Westdeutsche Allgemeine "
              "Zeitung Zentralredaktion Telefon: 0201 / 804-1566 zentralredaktion@waz.de' and the line 'Original-Content von: "
              "Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", GD_P1],
    # the headline quotation after the label clause `GDL-Chef Schell mahnt Bevölkerung und Wirtschaft:` is Schell's: the
    # label names him as the one who admonishes, and the words condense his body quotation `Außerdem muss auch niemand
    # verhungern` (rules 9, 26, 54); the body quotation before `sagte Schell … der … "Westdeutschen Allgemeinen Zeitung"` is
    # his, the paper's name null (rules 2, 30, 2771); the partial quotation after `Auch der GDL-Bezirksvorsitzende in NRW,
    # Frank Schmidt, forderte die Wirtschaft auf,` is Schmidt's, full stop inside the marks as published (rules 3, 20); the
    # cue-less quotation after Schmidt's unmarked Konjunktiv report continues Schmidt, not Schell (rule 4302); the Wirtschaft,
    # the Bevölkerung, the Industrie and the Unternehmen say nothing; `GDL-Chef`, `Chef der Lokführer-Gewerkschaft GDL` and
    # `GDL-Bezirksvorsitzende in NRW` name the union and are no aliases (rule 33)
    quotes=[("\"Es muss niemand verhungern\"", SCHELL),
            (cut(GD_P1, "\"Die Industrie", "mehr ankommen\""), SCHELL),
            ("\"Westdeutschen Allgemeinen Zeitung\"", None),
            ("\"das Jammern zu beenden.\"", SCHMIDT),
            (cut(GD_P1, "\"Die sollen", "still.\""), SCHMIDT)],
    aliases={SCHELL: ["Manfred Schell", "Schell"],
             SCHMIDT: ["Frank Schmidt"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), September 2009: Tönnies and Watzke on Schalke ---

TW_T = "WAZ: Schalke 04-Boss Tönnies versichert: Alle Rechnungen bezahlt"
TW_P1 = join("Zur aktuellen Finanzlage auf Schalke versicherte",
             "Clemens Tönnies der WAZ-Gruppe, dass er kein privates Geld in den ",
             "Verein stecken müsse, weil dies nicht nötig sei. Tönnies: \"Wir haben ",
             "in der letzten Woche alles bezahlt, alle offenen Rechnungen, auch ",
             "wenn die Zahlungsfrist noch nicht erreicht war. Ich wollte, dass ",
             "Schalke aus dieser Diskussion herauskommt.\"")
TW_P2 = join("Rückendeckung erhielt Tönnies bei seiner Lagebeschreibung durch ",
             "Hans-Joachim Watzke. \"Nach allem, was ich höre, sind die Ausmaße der ",
             "Schalker Finanzkrise nicht mit denen zu vergleichen, die wir 2004 ",
             "beim BVB hatten\", erklärte der Borussia-Geschäftsführer. \"Solange ",
             "Tönnies am Ruder ist, habe ich keine Befürchtung.\"")

add(id="ho698-presseportal-waz-2009-09-toennies-watzke-schalke-rechnungen",
    title=TW_T,
    url="https://presseportal.de/pm/55903/1481835?langid=7",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell in late September "
              "2009, dated by the story list, whose latest teasers are the paper's leading articles of '24.09.2009 – 20:00' "
              "and '24.09.2009 – 19:58', so 24 or 25 September 2009; no edition day named); the copy with the language "
              "parameter shows the German widget lines 'Alle Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine "
              "Zeitung mehr verpassen.' and the newsroom label, dropped (rules 2770, 3010); the headline with its prefix 'WAZ:' "
              "is the title, the dateline 'Essen (ots)' a line of its own; the body is hard-wrapped without empty lines: the "
              "lines are joined with one space, a line-end space counting as that space, and the body is divided into two "
              "paragraphs after the short line '… Schalke aus dieser Diskussion herauskommt.\"', which closes a sentence and "
              "its quotation without the wrap space and is followed by the copy's only line that begins with a space ('"
              " Rückendeckung erhielt Tönnies …'), the release's paragraph indent, which is dropped (rules 1372, 2770, 4300); "
              "the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 "
              "zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with its teasers dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", TW_P1, TW_P2],
    # the headline `Schalke 04-Boss Tönnies versichert: Alle Rechnungen bezahlt` carries no marks and no span (rule 5), nor
    # does the unmarked Konjunktiv report of what Tönnies assured the WAZ-Gruppe; the colon quotation after the bare label
    # `Tönnies:` is his (rules 9, 54); the quotation before `erklärte der Borussia-Geschäftsführer` is Watzke's, named by the
    # agent `durch Hans-Joachim Watzke` in the sentence before, and so is the cue-less quotation after it, although Tönnies is
    # the subject of that sentence and is named in the last quotation (rule 4301; NOTES.md continuation); the WAZ-Gruppe, the
    # Verein and the BVB say nothing; `Schalke 04-Boss` and `Borussia-Geschäftsführer` name the clubs and are no aliases
    # (rules 33, 4301)
    quotes=[(cut(TW_P1, "\"Wir haben", "herauskommt.\""), TOENNIES),
            (cut(TW_P2, "\"Nach allem", "BVB hatten\""), WATZKE),
            (cut(TW_P2, "\"Solange", "Befürchtung.\""), WATZKE)],
    aliases={TOENNIES: ["Clemens Tönnies", "Tönnies"],
             WATZKE: ["Hans-Joachim Watzke"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), autumn 2009: Bullerjahn backs Lischka's proposal ---

BJ_T = "Mitteldeutsche Zeitung: Führungskrise der SPD in Sachsen-Anhalt Bullerjahn unterstützt Lischkas Vorschlag"
BJ_P1 = ("Halle (ots) - Finanzminister Jens Bullerjahn unterstützt den Vorstoß von Justiz-Staatssekretär Burkhard Lischka, die "
         "Führungskrise in der SPD durch den Rücktritt des gesamten Landesvorstands zu lösen. \"Ich halte Lischkas Vorschlag "
         "für gut\", sagt er der in Halle erscheinenden Mitteldeutschen Zeitung (Samstagausgabe). Er könne der Partei helfen, "
         "mit der jetzigen Situation offen umzugehen.")

add(id="ho698-presseportal-mz-2009-bullerjahn-lischka-vorschlag",
    title=BJ_T,
    url="http://www.presseportal.de/pm/47409/1494944",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Saturday edition, "
              "undated in the stored copy, which shows no story list; probably October 2009: its release number lies just above "
              "that of the WAZ release of 24 or 25 September 2009 in this set (pm/55903/1481835) and far below that of the "
              "Rheinische Post release of 14 April 2010 in this set (pm/30621/1594545), and it reports a leadership crisis of "
              "the SPD in Sachsen-Anhalt, which followed the federal election of 27 September 2009); the plain copy shows no "
              "widget; the newsroom label 'Mitteldeutsche Zeitung' above the headline dropped (rules 2770, 3010); the headline "
              "with its prefix and its kicker run into it as stored ('Führungskrise der SPD in Sachsen-Anhalt Bullerjahn …') is "
              "the title (rule 3010); the dateline 'Halle (ots) -' stays run into the paragraph and the copy's leading spaces "
              "before it are dropped (rule 2770); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Jörg Biallas "
              "Telefon: 0345 565 4300', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the lines 'Weitere Meldungen: Mitteldeutsche Zeitung' and 'Das könnte Sie auch interessieren:' "
              "dropped (rule 4300); complete as stored)",
    license=OTS_MEDIEN,
    paras=[BJ_P1],
    # the title carries no marks and no span (rule 5); the quotation before `sagt er der … Mitteldeutschen Zeitung` is
    # Bullerjahn's: `er` takes up the subject of the sentence before, not Burkhard Lischka in its object, whose proposal
    # the quotation judges (rules 8, 30); the paper, named without marks, is the addressee (rule 12); the unmarked
    # Konjunktiv report has no span (rule 5); Lischka, the SPD and the Landesvorstand say nothing; `Finanzminister` names only
    # Bullerjahn in the release and is an alias (rules 7, 30)
    quotes=[("\"Ich halte Lischkas Vorschlag für gut\"", BULLERJAHN)],
    aliases={BULLERJAHN: ["Jens Bullerjahn", "Bullerjahn", "Finanzminister"]})

# --- Rheinische Post (presseportal.de AMP copy, newsroom 30621), 14 April 2010: the NRW-FDP against a traffic-light coalition ---

PP_T = "Rheinische Post: FDP-Spitze in NRW lehnt Ampel-Bündnis ab"
PP_P1 = join("Der nordrhein-westfälische FDP-Vorsitzende",
             "Andreas Pinkwart hat einer Ampelkoalition mit SPD und Grünen  eine ",
             "Absage erteilt. \"Parteien, die sich ein Bündnis mit Extremisten, egal",
             "ob von rechts oder links, offen halten, kommen für uns als Partner ",
             "nicht in Frage\", sagte er der Rheinischen Post (Mittwochausgabe). ",
             "Auch der Fraktionsvorsitzende der FDP im Landtag, Gerhard Papke, wies",
             "Spekulationen über ein solches Dreierbündnis als \"völligen Blödsinn\" ",
             "zurück. Die Ampel sei \"lediglich der erkennbare Versuch von SPD und ",
             "Grünen, von ihren Vorbereitungen für eine Koalition mit den ",
             "Linksextremisten abzulenken\". Für die FDP sei Glaubwürdigkeit ",
             "wichtiger als Macht um jeden Preis, sagte er der Zeitung. Auf einem ",
             "Parteitag am 2. Mai in Aachen will die NRW-FDP ihre Koalitionsaussage",
             "beschließen.")

add(id="ho698-presseportal-rp-2010-04-pinkwart-papke-ampel-bluedsinn",
    title=PP_T,
    url="https://www.presseportal.de/pm/amp/30621/1594545",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of "
              "14 April 2010, dated by the newsroom's time stamp '14.04.2010 – 00:00' under the headline and by the edition "
              "day); the AMP view of the German interface: the newsroom label 'Rheinische Post' above the headline and the time "
              "stamp are dropped (rule 3120); the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line "
              "of its own; the hard-wrapped body joined into one paragraph with one space per break, a line-end space counting "
              "as that space; the one line that closes a sentence ('… sagte er der Rheinischen Post (Mittwochausgabe). ') ends "
              "with the wrap space and divides nothing (rules 1372, 3590); the published double space in 'Grünen  eine' kept "
              "(rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2303', the line "
              "'Original-Content von: Rheinische Post, übermittelt durch news aktuell', the line 'Orte in dieser Meldung' and "
              "the list 'Weitere Storys: Rheinische Post' with its teasers dropped (rules 3120, 4300); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", PP_P1],
    # the quotation before `sagte er der Rheinischen Post` is Pinkwart's, `er` taking up the subject of the sentence before
    # (rules 8, 30); the paper, named without marks and as `der Zeitung`, is the addressee (rule 12); the partial quotation
    # after `Auch der Fraktionsvorsitzende der FDP im Landtag, Gerhard Papke, wies Spekulationen … als "…" zurück` is Papke's
    # (rule 3), and so is the partial quotation in the next Konjunktiv sentence `Die Ampel sei "…"`, which has no cue of its
    # own and goes on reporting him, as the cue `sagte er der Zeitung` of the sentence after it confirms (rules 3, 3951); the
    # unmarked Konjunktiv report has no span (rule 5); the SPD, the Grünen, the Linksextremisten and the NRW-FDP say nothing;
    # `FDP-Vorsitzende` and `Fraktionsvorsitzende der FDP im Landtag` name the party and are no aliases (rule 33)
    quotes=[(cut(PP_P1, "\"Parteien,", "in Frage\""), PINKWART),
            ("\"völligen Blödsinn\"", PAPKE),
            (cut(PP_P1, "\"lediglich", "abzulenken\""), PAPKE)],
    aliases={PINKWART: ["Andreas Pinkwart"],
             PAPKE: ["Gerhard Papke"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 21 August 2010: Böhmer on the Land's development ---

BO_T = "Mitteldeutsche Zeitung: Interview mit Ministerpräsident Böhmer Böhmer: Erhebliche Probleme bei der Entwicklung"
BO_P1 = ("Sachsen-Anhalts Ministerpräsident Wolfgang Böhmer (CDU) hat dem Land im 20. Jahr seines Bestehens erhebliche Probleme "
         "bei dessen Entwicklung attestiert. Gegenüber der in Halle erscheinenden Mitteldeutschen Zeitung (Sonnabendausgabe) "
         "erklärte Böhmer: \"Ich muss ganz ehrlich sagen, in einigen Parametern sind wir durchaus schlecht.\" Dazu gehören laut "
         "Böhmer die hohe Schulabbrecher- und Arbeitslosenquote sowie die große Zahl an Berufspendlern. Er könne aber verstehen, "
         "dass die Menschen dahin gingen, wo sie Arbeit fänden. \"Und ich kann auch verstehen, dass Leute wegen des "
         "Tarifgefälles sagen: Es lohnt sich für mich nicht, in Sachsen-Anhalt zu arbeiten.\" Böhmer rechnet damit, dass in den "
         "nächsten zwei bis drei Jahren die Abwanderung gestoppt werden kann. Zudem verwies Böhmer darauf, dass Sachsen-Anhalt "
         "bei der wirtschaftlichen Entwicklung zwar noch nicht im Mittelfeld angekommen, man aber auch nicht mehr das "
         "schlechteste Land sei.")

add(id="ho698-presseportal-mz-2010-08-boehmer-erhebliche-probleme-entwicklung",
    title=BO_T,
    url="https://presseportal.de/en/pm/47409/1668128?langid=1",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Saturday edition of "
              "21 August 2010, dated by the edition day ('Sonnabendausgabe') and by the story list, whose latest teasers are the "
              "paper's commentaries of '19.08.2010 – 19:12' and '18.08.2010 – 18:25'); the English interface: the widget lines "
              "'All Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' and the newsroom label dropped (rules 3010, "
              "3420); the headline with its prefix and its two parts run together as stored ('Interview mit Ministerpräsident "
              "Böhmer Böhmer: …') is the title (rule 3420), the dateline 'Halle (ots)' a line of its own, the body one line as "
              "stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the "
              "line 'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell' and the list 'More stories: "
              "Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BO_P1],
    # the headline label `Böhmer:` before unmarked words carries no span (rule 5); the colon quotation after `Gegenüber der
    # … Mitteldeutschen Zeitung (Sonnabendausgabe) erklärte Böhmer:` is his, the paper named without marks the addressee
    # (rules 9, 12); the cue-less quotation after his unmarked Konjunktiv report continues him (NOTES.md continuation), and
    # the words it ascribes to `Leute` after `sagen:`, set without marks inside his quotation, get no span of their own and
    # do not change its speaker (rule 5); the unmarked reports after `laut Böhmer`, `Böhmer rechnet damit` and `verwies Böhmer
    # darauf` have no span (rule 5); the Menschen, the Leute and the Land say nothing; `Ministerpräsident` names only Böhmer
    # in the release and is an alias (rules 7, 30), `Sachsen-Anhalts Ministerpräsident` names the Land and is not (rule 33)
    quotes=[(cut(BO_P1, "\"Ich muss", "durchaus schlecht.\""), BOEHMER),
            (cut(BO_P1, "\"Und ich kann", "zu arbeiten.\""), BOEHMER)],
    aliases={BOEHMER: ["Wolfgang Böhmer", "Böhmer", "Ministerpräsident"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 27 November 2012: Birke Bull for Gysi as leading candidate ---

BB_T = ("Mitteldeutsche Zeitung: Linkspartei Sachsen-Anhalts Linken-Chefin Bull plädiert für Gysi als alleinigen "
        "Spitzenkandidaten zur Bundestagswahl")
BB_P1 = ("Sachsen-Anhalts Linksparteivorsitzende Birke Bull hat für den Linksfraktionsvorsitzenden Gregor Gysi als alleinigem "
         "Spitzenkandidaten bei der Bundestagswahl 2013 plädiert. \"Ich kenne den Vorschlag, um Gregor Gysi ein Team zu "
         "bilden\", sagte sie der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Dienstag-Ausgabe). \"Damit kann ich mich "
         "gut anfreunden. Gysi kann Leute begeistern. Für zwei Spitzenkandidaten sehe ich keine Notwendigkeit.\" Bull sprach "
         "sich damit indirekt gegen eine Spitzenkandidatur der stellvertretenden Partei- und Fraktionsvorsitzenden Sahra "
         "Wagenknecht aus. Gysi lehnt es ab, mit Wagenknecht gemeinsam anzutreten.")

add(id="ho698-presseportal-mz-2012-11-bull-gysi-alleiniger-spitzenkandidat",
    title=BB_T,
    url="https://presseportal.de/pm/47409/2371342",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Tuesday edition of "
              "27 November 2012, dated by the edition day and by the story list, whose latest teasers are the paper's "
              "commentaries of '26.11.2012 – 18:34' and '26.11.2012 – 18:10'); the widget lines 'Alle Storys', 'Folgen', 'Keine "
              "Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 3010, 3420); the headline "
              "with its prefix and its kicker 'Linkspartei' run into it as stored is the title (rule 3010), the dateline 'Halle "
              "(ots)' a line of its own, the body one line as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung "
              "Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt "
              "durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as "
              "stored; a copy of the same release on politikexpress.de, a repost without the ots dateline named as unused by an "
              "earlier set, was not used)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BB_P1],
    # the quotation before `sagte sie der … "Mitteldeutschen Zeitung"` is Bull's: `sie` takes up the subject of the sentence
    # before, the only woman it names, and Gregor Gysi, of whom the quotation speaks, is named in its object (rules 8, 30);
    # the paper's name is null (rules 2, 2771); the cue-less quotation after it continues her (NOTES.md continuation), its
    # `Gysi` the man she speaks of; the narrator's last two sentences are unmarked (rule 5); Gregor Gysi and Sahra Wagenknecht
    # say nothing in marks; `Linksparteivorsitzende`, `Linken-Chefin` and the headline's kicker name the party and are no
    # aliases (rule 33)
    quotes=[(cut(BB_P1, "\"Ich kenne", "zu bilden\""), BULL),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(BB_P1, "\"Damit kann", "Notwendigkeit.\""), BULL)],
    aliases={BULL: ["Birke Bull", "Bull"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 8 January 2019: the SPD-Wirtschaftsforum defends Olaf Scholz ---

SC_T = "Rheinische Post: SPD-Wirtschaftsforum verteidigt Scholz"
SC_P1 = ("Das SPD-Wirtschaftsforum hat Bundesfinanzminister Olaf Scholz (SPD) in der Debatte um seine Äußerungen zur "
         "Kanzlerkandidatur gegen Kritik verteidigt. \"Wenn der Vizekanzler und Finanzminister sich die Position eines "
         "Bundeskanzlers zutraut, ist das im Grunde doch selbstverständlich - sonst hätten wir in dieser Rolle den falschen\", "
         "sagte Harald Christ, Präsidiumsmitglied und Schatzmeister des SPD-Wirtschaftsforums, der Düsseldorfer \"Rheinischen "
         "Post\" (Dienstag). Olaf Scholz sei ein sehr erfahrener und kompetenter Politiker. \"Er wäre sicher auch ein guter "
         "Bundeskanzler\", sagte Christ, betonte aber, dass die Frage einer Kandidatur sich derzeit nicht stelle. Zur Idee einer "
         "Urwahl sagte Christ: \"Erst wenn die Umstände klar sind, kann auch sinnvoll über die Möglichkeit einer Urwahl "
         "entschieden werden.\" Außerdem sei wichtig, wen die Wählerinnen und Wähler in unserem Land diese Rolle zutrauten und "
         "nicht wer am beliebtesten innerhalb der SPD sei. \"Die Empörung einiger innerhalb der SPD über das Zitat von Olaf "
         "Scholz ist befremdlich\", sagte Christ.")

add(id="ho698-presseportal-rp-2019-01-christ-wirtschaftsforum-verteidigt-scholz",
    title=SC_T,
    url="https://www.presseportal.de/pm/30621/4159922",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Tuesday edition "
              "('Dienstag'), 8 January 2019 by the story list, whose latest teasers are the paper's releases of '08.01.2019 – "
              "00:00' (on Katarina Barley, also for the Tuesday edition) and '07.01.2019 – 20:22', and by the debate on Olaf "
              "Scholz's remarks on a candidacy for chancellor at the turn of 2018/19); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); "
              "the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line of its own, the body one line "
              "as stored; the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621', the line "
              "'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische "
              "Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", SC_P1],
    # the quotation before `sagte Harald Christ, Präsidiumsmitglied und Schatzmeister des SPD-Wirtschaftsforums, der
    # Düsseldorfer "Rheinischen Post"` is his, not the Wirtschaftsforum's, the subject of the lead: the cue names the person
    # (rule 30); its `der Vizekanzler und Finanzminister` is Scholz, of whom he speaks; the paper's name is null (rules 2,
    # 2771); the quotations before `sagte Christ, betonte aber, …` and `sagte Christ` and the colon quotation after `Zur Idee
    # einer Urwahl sagte Christ:` are his (rules 9, 30), the `Er` of the second being Scholz; `das Zitat von Olaf Scholz` names
    # Scholz's remark without giving it in marks, so Scholz says nothing (rule 5); the unmarked Konjunktiv reports have no
    # span (rule 5); the SPD-Wirtschaftsforum, the SPD and the Wählerinnen und Wähler say nothing; `Präsidiumsmitglied und
    # Schatzmeister des SPD-Wirtschaftsforums` names the body and is no alias (rule 33)
    quotes=[(cut(SC_P1, "\"Wenn der", "den falschen\""), CHRIST),
            ("\"Rheinischen Post\"", None),
            ("\"Er wäre sicher auch ein guter Bundeskanzler\"", CHRIST),
            (cut(SC_P1, "\"Erst wenn", "entschieden werden.\""), CHRIST),
            (cut(SC_P1, "\"Die Empörung", "befremdlich\""), CHRIST)],
    aliases={CHRIST: ["Harald Christ", "Christ"]})
