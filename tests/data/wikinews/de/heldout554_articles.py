# Five-hundred-and-fifty-fourth held-out German real-news set (tests/data/heldout554-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3210-3213). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fifty-fourth held-out set": nine releases of German regional newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what politicians told the paper or said
# at an event its reporter attended, all shown in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): four of the
# Rheinische Post, Düsseldorf (Otto Graf Lambsdorff on the nationalisation of the Hypo Real Estate, February 2009; Gerhard
# Papke twice on the succession of the transport minister Oliver Wittke, February 2009; Arndt Klocke against Jürgen
# Rüttgers, May 2010), two of the Mitteldeutsche Zeitung, Halle (Wolfgang Tiefensee on the East, autumn 2005; Knut
# Korschewsky and Wulf Gallert on Gregor Gysi after the Göttingen party congress, June 2012), one of the Kölner
# Stadt-Anzeiger (Jürgen Roters on his candidacy for mayor of Cologne, 2008), one of the Westdeutsche Allgemeine Zeitung,
# Essen (Andreas Pinkwart defending tuition fees, 2007 or 2008) and one of the Westfalenpost, Hagen (Friedrich Merz on the
# Opel rescue, June 2009). Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them,
# and the newsroom and wire furniture is dropped and the line layouts undone (rules 2590, 2770, 3010, 3030, 3120, 3210);
# each retrieval note names what was dropped.
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


TIEFENSEE = "Wolfgang Tiefensee"
PINKWART = "Andreas Pinkwart"
ROTERS = "Jürgen Roters"
LAMBSDORFF = "Otto Graf Lambsdorff"
PAPKE = "Gerhard Papke"
MERZ = "Friedrich Merz"
KLOCKE = "Arndt Klocke"
KORSCHEWSKY = "Knut Korschewsky"
GALLERT = "Wulf Gallert"
GYSI = "Gregor Gysi"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), autumn 2005: Tiefensee on the East ---

TI_T = "Mitteldeutsche Zeitung: Tiefensee: Im Osten entscheidet sich Zukunft des Landes"
TI_P1 = ("Der künftige Bau- und Verkehrsminister Wolfgang Tiefensee (SPD) hält die Entwicklung im Osten für ausschlaggebend "
         "für die Zukunft des Landes. In den neuen Ländern \"entscheidet sich im Guten wie im Schlechten die Zukunft des "
         "Landes\", sagte er der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Samstag-Ausgabe). \"Wir müssen alle in "
         "Deutschland dazu bewegen, dem Osten mehr Aufmerksamkeit zu schenken.\" Die neuen Länder hätten noch einen steinigen "
         "Weg vor sich.")
TI_P2 = ("Tiefensee bescheinigte zugleich der künftigen Kanzlerin Angela Merkel (CDU) den Willen zur sachorientierten "
         "Zusammenarbeit. \"Wir wollen den Erfolg\", so der Leipziger. \"Das gilt für die Kanzlerin und alle anderen in der "
         "Koalition.\" Die Menschen erwarteten kein Gegeneinander, \"sondern einen Wettstreit um die besten Lösungen\".")

add(id="ho554-presseportal-mz-2005-tiefensee-osten-zukunft",
    title=TI_T,
    url="https://presseportal.de/pm/47409/736969",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell ahead of a Saturday "
              "edition; undated in the stored copy, autumn 2005 by its content (Wolfgang Tiefensee as the 'künftige Bau- und "
              "Verkehrsminister' and Angela Merkel as the 'künftige Kanzlerin' of the grand coalition formed in October and "
              "November 2005) and by its release number, below that of the Mitteldeutsche Zeitung release of 2 November 2005 "
              "in the 544th set (pm/47409/743839)); the older layout without widget and label: the headline with its prefix "
              "'Mitteldeutsche Zeitung:' and the label 'Tiefensee:' run into it is the title, the dateline 'Halle (ots)' a line "
              "of its own, and the two body paragraphs as stored; the contact block 'Rückfragen bitte an: Mitteldeutsche "
              "Zeitung Chefredakteur Jörg Biallas Telefon: 0345/565-4242' and the line 'Original-Content von: Mitteldeutsche "
              "Zeitung, übermittelt durch news aktuell' dropped (rules 2770, 3010); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", TI_P1, TI_P2],
    # the headline label `Tiefensee:` stands before words without marks (rule 5); the marked rest of the sentence opened by
    # the narrator's `In den neuen Ländern`, closed by `sagte er der … "Mitteldeutschen Zeitung"`, is his (rules 30, 3121),
    # `er` taking up the subject of the sentence before (rule 8), and the paper's name in marks is null and the paper the
    # addressee (rules 2, 2771); the cue-less quotation after it continues him (NOTES.md continuation); `"…", so der
    # Leipziger` is his, the demonym naming only him in the release (rule 301), and so is the cue-less quotation after it;
    # the partial quotation in the Konjunktiv sentence whose subject is `Die Menschen` is his (rules 3, 908); `Der künftige
    # Bau- und Verkehrsminister` is no alias (rule 33); Angela Merkel (`die Kanzlerin` in his words) says nothing
    quotes=[("\"entscheidet sich im Guten wie im Schlechten die Zukunft des Landes\"", TIEFENSEE),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(TI_P1, "\"Wir müssen", "schenken.\""), TIEFENSEE),
            ("\"Wir wollen den Erfolg\"", TIEFENSEE),
            (cut(TI_P2, "\"Das gilt", "Koalition.\""), TIEFENSEE),
            ("\"sondern einen Wettstreit um die besten Lösungen\"", TIEFENSEE)],
    aliases={TIEFENSEE: ["Wolfgang Tiefensee", "Tiefensee", "Leipziger"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 2007 or 2008: Pinkwart defends tuition fees ---

PI_T = "WAZ: Pinkwart verteidigt Studiengebühren"
PI_P1 = ("Trotz einer unterdurchschnittlichen Zahl von Studienanfängern in Nordrhein-Westfalen hat Landeswissenschaftsminister "
         "Andreas Pinkwart (FDP) die Einführung von Studiengebühren verteidigt. \"Wir wollen mit den Studiengebühren "
         "erreichen, dass die Qualität der Lehre steigt und die Abbrecherquote sinkt\", sagte Pinkwart der Westdeutschen "
         "Allgemeinen Zeitung (WAZ, Donnerstag). Bundesweit legte die Zahl der Studienanfänger um 3,8 Prozent zu, "
         "Nordrhein-Westfalen kam dagegen lediglich auf ein Plus von 2,3 Prozent. Länder wie Brandenburg und Bremen erzielten "
         "sogar einen Zuwachs von knapp 14 Prozent.")
PI_P2 = ("Pinkwart zeigte sich mit dem Wert für Nordrhein-Westfalen zufrieden. \"In NRW hat bislang nur jeder Vierte die "
         "Regelstudienzeit eingehalten. Das kann nicht im Interesse der Studierenden sein\", sagte der Minister.")

add(id="ho554-presseportal-waz-pinkwart-studiengebuehren",
    title=PI_T,
    url="http://presseportal.de/pm/55903/1101972/westdeutsche_allgemeine_zeitung",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell ahead of a "
              "Thursday edition; undated in the stored copy, 2007 or 2008 by its content (the first-year student figures after "
              "the introduction of tuition fees in North Rhine-Westphalia in 2006/07, Andreas Pinkwart as the Land's science "
              "minister, 2005-2010) and by its release number, below that of the WAZ release of autumn 2008 in the 544th set "
              "(pm/55903/1280028)); the plain "
              "layout of the older newsroom pages: the newsroom label 'Westdeutsche Allgemeine Zeitung' dropped, the headline "
              "with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own and the two body paragraphs "
              "as stored (rule 2770); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion "
              "Telefon: 0201 / 804-2727 zentralredaktion@waz.de' and the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", PI_P1, PI_P2],
    # `"…", sagte Pinkwart der Westdeutschen Allgemeinen Zeitung` and `"…", sagte der Minister` are his (rule 30); the paper,
    # named without marks, is the addressee (rule 12); `Minister` and `Landeswissenschaftsminister` name only him in the
    # release and are aliases (rule 44; the second names no Land)
    quotes=[(cut(PI_P1, "\"Wir wollen", "sinkt\""), PINKWART),
            (cut(PI_P2, "\"In NRW", "sein\""), PINKWART)],
    aliases={PINKWART: ["Andreas Pinkwart", "Pinkwart", "Minister", "Landeswissenschaftsminister"]})

# --- Kölner Stadt-Anzeiger (presseportal.de, newsroom 66749), summer 2008: Roters on his candidacy for mayor ---

RO_T = "Kölner Stadt-Anzeiger: \"Stärkere Führung\" für Köln SPD-Kandidat Roters im Interview"
RO_P1 = ("Der Sozialdemokrat Jürgen Roters (59) will mit seiner Kandidatur zum Amt des Oberbürgermeisters von Köln das \"tolle "
         "Entwicklungspotenzial der Stadt\", zur Entfaltung bringen, sagte er im Interview mit dem Kölner Stadt-Anzeiger "
         "(Montagausgabe). Der ehemalige Polizei-präsident und Regierungspräsident wolle \"nochmal selbst anpacken. Versuchen, "
         "Dinge in die Wege zu leiten, gerade in einer so großen Stadt, der etwas stärkere Führung gut täte\". Den Amtsinhaber "
         "Fritz Schramma (CDU), der vermutlich erneut antreten wird, beschreibt Roters als einen Oberbürgermeister, \"der "
         "aufgrund seiner vielen Aktivitäten natürlich populär ist und der auch einen Amtsbonus hat\". Seine eigenen Vorzüge "
         "sieht Roters \"im Hinblick auf Führungs-erfahrung, auf strategisches Denken\" und \"systematisches Vorgehen\". Ein "
         "\"Verlegenheitskandidat\" sei er überhaupt nicht. Roters war zur OB-Wahl 2000 mit Rücksicht auf seine Familienicht "
         "angetreten. \"Heute ist meine Familie einverstanden\", sagt der dreifache Vater.")

add(id="ho554-presseportal-ksta-2008-roters-staerkere-fuehrung",
    title=RO_T,
    url="https://presseportal.de/pm/66749/1243970?langid=2",
    retrieved="same address (release of the Kölner Stadt-Anzeiger, Cologne, sent over news aktuell ahead of a Monday "
              "edition; undated in the stored copy, summer 2008 by its content (Jürgen Roters, born in 1949, given as 59, as "
              "the SPD's candidate for the mayoral election of 2009 against the incumbent Fritz Schramma) and by its release "
              "number, below that of the WAZ release of autumn 2008 in the 544th set (pm/55903/1280028)); the copy stored with "
              "the language parameter shows no widget and no label, the headline first and the body as one line: the "
              "headline with its prefix 'Kölner Stadt-Anzeiger:' is the title as stored, the dateline 'Köln (ots)' a line of "
              "its own (rules 2770, 3010); the published 'Stadt\", zur Entfaltung', 'Polizei-präsident', 'Führungs-erfahrung' "
              "and 'Familienicht' kept (rules 20, 3210); the contact block 'Pressekontakt: Kölner Stadt-Anzeiger "
              "Politik-Redaktion Telefon: +49 (0221)224 2444 ksta-produktion@mds.de' and the line 'Original-Content von: "
              "Kölner Stadt-Anzeiger, übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Köln (ots)", RO_P1],
    # the headline quotation, followed by the phrase that names him and the interview, shortens the body's `der etwas
    # stärkere Führung gut täte` and is his (rules 26, 107, 281); the partial quotation before `sagte er im Interview mit dem
    # Kölner Stadt-Anzeiger` is his (rules 3, 8), the comma published after its closing mark outside the span; the quotation
    # opening in the Konjunktiv sentence whose subject is `Der ehemalige Polizei-präsident und Regierungspräsident` runs over
    # two sentences and is his (rules 302, 3021); the relative clause in marks after `beschreibt Roters als einen
    # Oberbürgermeister,` describes Fritz Schramma and is Roters's (rules 3, 30); the two partial quotations after `sieht
    # Roters` are his (rule 3); the word he rejects in his Konjunktiv report (`Ein "Verlegenheitskandidat" sei er überhaupt
    # nicht`) is his (rule 1955); `"…", sagt der dreifache Vater` is his (rules 30, 44); the paper, named without marks, is
    # the addressee (rule 12); `Regierungspräsident` and `dreifache Vater` name only him and are aliases (rule 44), while
    # `Polizei-präsident` (whose first part is a body), `Der Sozialdemokrat` and `SPD-Kandidat` (the party) are not listed
    # (rule 33); Fritz Schramma, of whom he speaks, says nothing
    quotes=[("\"Stärkere Führung\"", ROTERS),
            ("\"tolle Entwicklungspotenzial der Stadt\"", ROTERS),
            (cut(RO_P1, "\"nochmal selbst", "gut täte\""), ROTERS),
            (cut(RO_P1, "\"der aufgrund", "Amtsbonus hat\""), ROTERS),
            ("\"im Hinblick auf Führungs-erfahrung, auf strategisches Denken\"", ROTERS),
            ("\"systematisches Vorgehen\"", ROTERS),
            ("\"Verlegenheitskandidat\"", ROTERS),
            ("\"Heute ist meine Familie einverstanden\"", ROTERS)],
    aliases={ROTERS: ["Jürgen Roters", "Roters", "Regierungspräsident", "dreifache Vater"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 17 February 2009: Lambsdorff against "Staatskapitalismus" ---

LA_T = "Rheinische Post: Lambsdorff wirft Merkel \"Staatskapitalismus\" vor"
LA_P1 = join("Der frühere Bundeswirtschaftsminister Otto Graf",
             "Lambsdorff (FDP) hat die Pläne von Bundeskanzlerin Merkel (CDU) zur ",
             "Verstaatlichung der Hypo Real Estate massiv kritisiert. \"Was wir ",
             "erleben, ist der Abschied von der sozialen Marktwirtschaft\", sagte ",
             "Lambsdorff der in Düsseldorf erscheinenden \"Rheinischen Post\" ",
             "(Dienstagausgabe). \"Wenn die Bundesregierung das Eigentumsrecht ",
             "aufgibt, fördert sie den Staatskapitalismus. Und das nur, um einen ",
             "missliebigen Minderheitsaktionär los zu werden.\" Eine Enteignung sei ",
             "nicht das letzte Mittel, kritisierte der FDP-Politiker. \"Es ist gar ",
             "kein Mittel.\" Den neuen Wirtschaftsminister zu Guttenberg rief ",
             "Lambsdorff zum Eingreifen auf. \"Das muss und wird er tun. Herr zu ",
             "Guttenberg muss als Hüter der sozialen Marktwirtschaft das Schlimmste",
             "verhindern.\" In der Debatte um Staatshilfen für die Automobilfirmen ",
             "Schaeffler und Opel riet Lambsdorff zu klaren Positionen. \"Notfalls ",
             "muss man ein Unternehmen auch mal pleite gehen lassen. Der Staat kann",
             "einen notwendigen Strukturwandel nicht verhindern. Dieser Maßstab ",
             "muss auch im Fall Conti und für Opel gelten.\"")

add(id="ho554-presseportal-rp-2009-02-lambsdorff-staatskapitalismus",
    title=LA_T,
    url="https://presseportal.de/en/pm/30621/1354057",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Tuesday edition, "
              "17 February 2009 by the teaser 'Rheinische Post: Lambsdorff wirft Merkel \"Staatskapitalismus\" vor' with the "
              "time 17.02.2009 – 00:00 in the story list of the Papke release pm/30621/1354058 of this set, and by its content "
              "(the federal government's plan to nationalise the Hypo Real Estate, Karl-Theodor zu Guttenberg the new economics "
              "minister from 10 February 2009)); the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe "
              "to Rheinische Post' and the newsroom label 'Rheinische Post' dropped (rules 2770, 3010); the headline with its "
              "prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own; the body, "
              "hard-wrapped in the copy without empty lines, joined into one paragraph with one space per break, a line-end "
              "space counting as that space, also inside the marks; no line closes a sentence short of the wrap width, and the "
              "short first line 'Der frühere Bundeswirtschaftsminister Otto Graf' divides nothing (rules 2590, 3030, 3120); "
              "the published 'los zu werden' kept (rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2303', the line 'Original content of: Rheinische Post, transmitted by news aktuell' and the "
              "list 'More stories: Rheinische Post' with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", LA_P1],
    # the headline word in marks after `Lambsdorff wirft Merkel` is the word of the reproach, and the body gives it to him
    # (`fördert sie den Staatskapitalismus`), so it is his (rules 26, 3124); the quotation before `sagte Lambsdorff der …
    # "Rheinischen Post"` is his, the paper's name in marks null (rules 2, 30, 2771); the cue-less quotation after it, the
    # one after the unmarked Konjunktiv sentence closed by `kritisierte der FDP-Politiker`, and those after `rief Lambsdorff
    # zum Eingreifen auf` and `riet Lambsdorff zu klaren Positionen` are his (rules 5, 30, NOTES.md continuation), the `er`
    # and `Herr zu Guttenberg` of the fourth being the minister he speaks of (rule 3034); `Der frühere
    # Bundeswirtschaftsminister` and `der FDP-Politiker` are no aliases (rule 33); Angela Merkel and Karl-Theodor zu
    # Guttenberg say nothing
    quotes=[("\"Staatskapitalismus\"", LAMBSDORFF),
            (cut(LA_P1, "\"Was wir", "Marktwirtschaft\""), LAMBSDORFF),
            ("\"Rheinischen Post\"", None),
            (cut(LA_P1, "\"Wenn die", "los zu werden.\""), LAMBSDORFF),
            ("\"Es ist gar kein Mittel.\"", LAMBSDORFF),
            (cut(LA_P1, "\"Das muss", "verhindern.\""), LAMBSDORFF),
            (cut(LA_P1, "\"Notfalls", "gelten.\""), LAMBSDORFF)],
    aliases={LAMBSDORFF: ["Otto Graf Lambsdorff", "Lambsdorff"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 17 February 2009: Papke on the vacant transport ministry ---

PA_T = "Rheinische Post: Wittke-Nachfolge - FDP-Kritik an Rüttgers"
PA_P1 = join("Die FDP ist unzufrieden, dass es in",
             "Nordrhein-Westfalen noch keinen neuen Verkehrsminister gibt. Er hätte",
             "sich gewünscht, dass Ministerpräsident Jürgen Rüttgers (CDU) das ",
             "Ministerium noch vor seiner Reise in die USA neu besetzt hätte, sagte",
             "FDP-Fraktionschef Gerhard Papke der Rheinischen Post ",
             "(Dienstagausgabe). Seiner Ansicht dürfe nicht Eindruck entstehen, ",
             "dass es \"bei einem so wichtigen Regierungsamt ein Vakuum gibt\". Papke",
             "sagt, er glaube nicht, dass es schwierig sei, jemanden zu finden: \"In",
             "einem Land wie NRW ist das Verkehrsministerium von großer Bedeutung.\"",
             "Laut Koalitionsvereinbarung steht der CDU die Position zu. Der ",
             "bisherige Bau- und Verkehrsminister Oliver Wittke war in der ",
             "vorletzten Woche zurückgetreten, nachdem bekannt worden war, dass er ",
             "wiederholt seinen Führerschein wegen zu schnellen Fahrens hatte ",
             "abgeben müssen.")

add(id="ho554-presseportal-rp-2009-02-papke-wittke-nachfolge",
    title=PA_T,
    url="http://www.presseportal.de/pm/30621/1354058",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Tuesday edition, "
              "17 February 2009 by the newsroom's stories of 16.02.2009 and 17.02.2009 – 00:00 listed in the stored copy, the "
              "latter the Lambsdorff release of this set, and by its content (Oliver Wittke's resignation of 11 February 2009, "
              "'in der vorletzten Woche')); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische "
              "Post mehr verpassen.' and the newsroom label 'Rheinische Post' dropped (rules 2590, 2770); the headline with its "
              "prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own as stored; the body, "
              "hard-wrapped in the copy without empty lines, joined into one paragraph with one space per break, a line-end "
              "space counting as that space, also inside the marks ('\"In⏎einem Land'); the short first line 'Die FDP ist "
              "unzufrieden, dass es in' divides nothing, nor does the line 'einem Land wie NRW ist das Verkehrsministerium von "
              "großer Bedeutung.\"', which closes a quotation at the full wrap width (rules 1372, 3030, 3072, 3210); the "
              "published 'Seiner Ansicht dürfe nicht Eindruck entstehen' kept (rule 20); the contact block 'Pressekontakt: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with the teasers of other "
              "releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", PA_P1],
    # the unmarked sentence opened by `Er hätte sich gewünscht`, whose `Er` is Papke named after the cue, has no span (rule
    # 5); the partial quotation in the Konjunktiv sentence opened by `Seiner Ansicht` is Papke's (rule 3212); the colon
    # quotation after `Papke sagt, er glaube nicht, dass es schwierig sei, jemanden zu finden:` is his (rule 9); the paper,
    # named without marks, is the addressee (rule 12); `FDP-Fraktionschef` names the party and is no alias (rule 33);
    # Jürgen Rüttgers and Oliver Wittke say nothing
    quotes=[("\"bei einem so wichtigen Regierungsamt ein Vakuum gibt\"", PAPKE),
            (cut(PA_P1, "\"In einem", "Bedeutung.\""), PAPKE)],
    aliases={PAPKE: ["Gerhard Papke", "Papke"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), late February 2009: Papke presses Rüttgers ---

PB_T = "Rheinische Post: NRW-FDP drängt Rütters: Neuen Minister schnell ernennen"
PB_P1 = ("Düsseldorf (ots) - Die FDP drängt NRW-Regierungschef Jürgen Rüttgers, den Posten des Verkehrsministers möglichst "
         "noch in dieser Woche neu zu besetzen. Der Ministerpräsident müsse handeln, damit \"nicht unsinnigen "
         "Personalspekulationen der Boden bereitet wird\", sagte der Fraktionsvorsitzende der FDP im Landtag, Gerhard Papke, "
         "der \"Rheinischen Post\" (Dienstagausgabe). Hintergrund sind Vermutungen, dass Rüttgers eine größere "
         "Kabinettsumbildung vornehmen könnte, bei der zumindest der umstrittene NRW-Innenminister Ingo Wolf (FDP) seinen "
         "Posten verlieren könne. Dem allerdings erteilte Papke eine klare Absage:  \"Das Innenministerium bleibt so besetzt "
         "wie es ist.\"")

add(id="ho554-presseportal-rp-2009-02-papke-innenministerium",
    title=PB_T,
    url="http://www.presseportal.de/pm/30621/1357963",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Tuesday edition; "
              "undated in the stored copy, late February 2009 by its content (the transport ministry still vacant after Oliver "
              "Wittke's resignation of 11 February 2009) and by its release number, between that of the Papke release of 17 "
              "February 2009 in this set (pm/30621/1354058) and that of the paper's release naming Lutz Lienenkämper as "
              "Wittke's successor ahead of its Monday edition of 2 March 2009 (pm/30621/1361452, looked at, not used)); the "
              "plain layout of the older newsroom pages: the newsroom label 'Rheinische Post' dropped, the headline with its "
              "prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots) -' stays run into the paragraph and its "
              "indentation is dropped (rules 2770, 3210); the published 'Rütters' in the headline and the double space in "
              "'Absage:  \"Das' kept (rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) "
              "505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell', 'Weitere Meldungen: "
              "Rheinische Post' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[PB_P1],
    # the headline label `NRW-FDP drängt Rütters:` stands before words without marks (rule 5); the partial quotation in the
    # Konjunktiv sentence whose subject is `Der Ministerpräsident` (Rüttgers), closed by `sagte der Fraktionsvorsitzende der
    # FDP im Landtag, Gerhard Papke, der "Rheinischen Post"`, is Papke's (rules 3, 908, 3034), the paper's name in marks
    # null (rules 2, 2771); the colon quotation after `Dem allerdings erteilte Papke eine klare Absage:` is his (rule 9);
    # `der Fraktionsvorsitzende der FDP im Landtag` names the party and is no alias (rule 33); Jürgen Rüttgers and Ingo Wolf
    # say nothing
    quotes=[(cut(PB_P1, "\"nicht unsinnigen", "bereitet wird\""), PAPKE),
            ("\"Rheinischen Post\"", None),
            (cut(PB_P1, "\"Das Innenministerium", "wie es ist.\""), PAPKE)],
    aliases={PAPKE: ["Gerhard Papke", "Papke"]})

# --- Westfalenpost (presseportal.de, newsroom 58966), early June 2009: Merz on the Opel rescue ---

ME_T = "Westfalenpost: Merz kritisiert Bundesregierung für Opelpolitik"
ME_P1 = ("Von Jörg Fleischer Meschede. Der Finanz- und Wirtschaftsexperte Friedrich Merz (CDU) hat die Bundesregierung scharf "
         "für ihre Politik bei der Opel-Rettung kritisiert. Merz sagte gestern Abend bei einer Veranstaltung in Meschede: `Mit "
         "der Rettung von Opel ist die rote Linie überschritten.\" Damit habe der Staat ein Fass aufgemacht, das es ihm extrem "
         "schwierig mache, anderen Unternehmen Hilfe zu verweigern. Merz übte weiter scharfe Kritik an der gestern in München "
         "abgehaltenen Hypo Real Estate- Hauptversammlung, die von wütenden Protesten von Kleinaktionären begleitet wurde. "
         "Merz sagte, er habe den Eindruck, dass die Öffentlichkeit außen vor gehalten werden solle. `So sieht "
         "Staatskapitalismus aus.\"")

add(id="ho554-presseportal-wp-2009-06-merz-opel-rote-linie",
    title=ME_T,
    url="https://presseportal.de/en/pm/58966/1416263?langid=1",
    retrieved="same address (release of the Westfalenpost, Hagen, sent over news aktuell; undated in the stored copy, early "
              "June 2009 by its content (the federal government's rescue of Opel at the end of May 2009 and the Hypo Real "
              "Estate's general meeting in Munich 'gestern', with protests of small shareholders, as far as known the "
              "extraordinary meeting of early June 2009) and by its release number, above that of the "
              "Rheinische Post release of 21 May 2009 in the 544th set (pm/30621/1409180)); the copy stored with the language "
              "parameter shows no widget and no label, the headline first and the body as one line: the headline with its "
              "prefix 'Westfalenpost:' is the title, the dateline 'Hagen (ots)' a line of its own, and the reporter's byline "
              "with the place mark run into the paragraph ('Von Jörg Fleischer Meschede. Der …') is kept as stored (rule 3210); "
              "the published backticks as opening marks, closed by ASCII marks, and 'Hypo Real Estate- Hauptversammlung' kept "
              "(rules 20, 3211); the contact block 'Pressekontakt: Westfalenpost Redaktion Telefon: 02331/9174160' and the line "
              "'Original content of: Westfalenpost, transmitted by news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Hagen (ots)", ME_P1],
    # the colon quotation after `Merz sagte gestern Abend bei einer Veranstaltung in Meschede:` is his (rule 9), and so is
    # the cue-less quotation after his unmarked Konjunktiv report `Merz sagte, er habe den Eindruck, …` (rule 5, NOTES.md
    # continuation); each opens with a backtick and closes with an ASCII mark, and each span runs from the backtick to the
    # closing mark (rule 3211); the reporter named in the byline says nothing; `Der Finanz- und Wirtschaftsexperte`, a
    # description used only before his name, is not listed
    quotes=[(cut(ME_P1, "`Mit der", "überschritten.\""), MERZ),
            ("`So sieht Staatskapitalismus aus.\"", MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Merz"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 6 May 2010: the Greens' Klocke against Rüttgers ---

KL_T = "Rheinische Post: Grüne: Schwarz-Grün lieber ohne Rüttgers"
KL_P1 = ("Die Grünen in NRW wollen eine schwarz-grüne Koalition lieber ohne Ministerpräsident Jürgen Rüttgers (CDU) an der "
         "Spitze. \"Es gehört zu unseren klaren Wahlzielen, dass Jürgen Rüttgers nach dem 9. Mai nicht länger Ministerpräsident "
         "von Nordrhein-Westfalen ist\", sagte Arndt Klocke, der Landeschef der Grünen, der in Düsseldorf erscheinenden "
         "Rheinischen Post (Donnerstagausgabe). \"Eine Koalition mit Jürgen Rüttgers an der Spitze ist für uns Grüne nur sehr "
         "schwer vorstellbar.\" Die Stimmung an der Basis sei eindeutig gegen Rüttgers gerichtet. Der Ministerpräsident "
         "\"präsentiere sich zwar gern als Saubermann\", im Wahlkampf sei aber \"mehr als deutlich geworden, dass Rüttgers und "
         "seine engsten Vertrauten die Schmutzkampagnen gegen die Opposition steuern\". Der Wahlkampf zum Wahlerfolg 2005 sei "
         "mit illegalen Parteispenden finanziert worden. Klocke riet der Union zu einem personellen Neuanfang.")

add(id="ho554-presseportal-rp-2010-05-klocke-schwarz-gruen-ohne-ruettgers",
    title=KL_T,
    url="https://presseportal.de/en/pm/30621/1608942?langid=1",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Thursday edition, "
              "6 May 2010 by the newsroom's stories of 05.05.2010 listed in the stored copy and by its content (the Landtag "
              "election of 9 May 2010, 'nach dem 9. Mai')); the English interface: the widget lines 'All Stories', 'Follow', "
              "'Subscribe to Rheinische Post' and the newsroom label 'Rheinische Post' dropped (rules 2770, 3010); the headline "
              "with its prefix 'Rheinische Post:' and the label 'Grüne:' run into it is the title, the dateline 'Düsseldorf "
              "(ots)' a line of its own, the body as one line as stored; the contact block 'Pressekontakt: Rheinische Post "
              "Redaktion Telefon: (0211) 505-2303', the line 'Original content of: Rheinische Post, transmitted by news "
              "aktuell' and the list 'More stories: Rheinische Post' with the teasers of two other releases dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KL_P1],
    # the headline label `Grüne:` stands before words without marks (rule 5); the quotation before `sagte Arndt Klocke, der
    # Landeschef der Grünen, der … Rheinischen Post` and the cue-less one after it are his (rule 30, NOTES.md continuation),
    # their `unseren` and `uns Grüne` the party he speaks for; the two partial quotations in the Konjunktiv sentence whose
    # subject is `Der Ministerpräsident` (Rüttgers) are his, the first worded in the Konjunktiv inside the marks (rules 302,
    # 908, 3034); the paper, named without marks, is the addressee (rule 12); `der Landeschef der Grünen` names the party and
    # is no alias (rule 33); Jürgen Rüttgers, of whom he speaks, says nothing
    quotes=[(cut(KL_P1, "\"Es gehört", "Nordrhein-Westfalen ist\""), KLOCKE),
            (cut(KL_P1, "\"Eine Koalition", "vorstellbar.\""), KLOCKE),
            ("\"präsentiere sich zwar gern als Saubermann\"", KLOCKE),
            (cut(KL_P1, "\"mehr als deutlich", "Opposition steuern\""), KLOCKE)],
    aliases={KLOCKE: ["Arndt Klocke", "Klocke"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 6 June 2012: Linke politicians from the East for Gysi ---

LI_T = "Mitteldeutsche Zeitung: Linkspartei Linkspolitiker aus dem Osten stärken Gysi den Rücken"
LI_P1 = ("Der Vorsitzende der Linkspartei in Thüringen, Knut Korschewsky, will Gregor Gysi auch über die Bundestagswahl 2013 "
         "als Vorsitzenden der Bundestagsfraktion behalten. \"Herr Gysi hat eine hervorragende Arbeit gemacht\", sagte er der "
         "in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Mittwoch-Ausgabe). \"Er ist eine Integrationsfigur für diese "
         "Partei seit 1990. Ich gehe deshalb davon aus, dass er bei der Bundestagswahl 2013 die Spitzenkandidatur übernimmt und "
         "wieder Fraktionsvorsitzender wird.\" Zu dessen umstrittener Rede beim Göttinger Parteitag erklärte Korschewsky: "
         "\"Gregor Gysi hat klare Worte gefunden. Und das war auch richtig so.\" Der Vorsitzende der Linksfraktion im Landtag "
         "von Sachsen-Anhalt, Wulf Gallert, sagte der \"Mitteldeutschen Zeitung\" ebenfalls: \"Einige Dinge mussten mal sehr "
         "deutlich ausgesprochen werden. Deshalb bin ich Gregor Gysi für seine Rede außerordentlich dankbar.\" Dieser hatte den "
         "westdeutschen Parteimitgliedern in Teilen Arroganz vorgeworfen und von \"Hass\" in der Fraktion gesprochen. Gallert "
         "schließt eine Spaltung der Linken nicht völlig aus. \"Wenn wir in die alten Vorwürfe zurück fallen würden, wäre "
         "sicherlich schnell der Punkt erreicht, an dem man den Eindruck hat, es geht nicht mehr\", warnte er gegenüber dem "
         "Blatt aus Halle. Man dürfe die Möglichkeiten, die sich aus dem Parteitag und der Wahl des neuen Parteivorstandes "
         "ergäben, darum nicht leichtfertig verspielen.")

add(id="ho554-presseportal-mz-2012-06-korschewsky-gallert-gysi",
    title=LI_T,
    url="https://presseportal.de/en/pm/47409/2266067",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell ahead of a Wednesday "
              "edition, 6 June 2012 by the newsroom's story of 05.06.2012 – 18:54 listed in the stored copy and by its content "
              "(Gregor Gysi's speech at the Linke's Göttingen party congress of 2-3 June 2012)); the English interface: the "
              "widget lines 'All Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' and the newsroom label "
              "'Mitteldeutsche Zeitung' dropped (rule 3010); the headline with its prefix 'Mitteldeutsche Zeitung:' and the "
              "section kicker 'Linkspartei' run into it as stored is the title (rule 3010), the dateline 'Halle (ots)' a line "
              "of its own, the body as one line as stored; the published 'zurück fallen' kept (rule 20); the contact block "
              "'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original content of: "
              "Mitteldeutsche Zeitung, transmitted by news aktuell' and the list 'More stories: Mitteldeutsche Zeitung' with "
              "the teaser of another release dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", LI_P1],
    # the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Korschewsky's: `er` takes up the subject of the
    # sentence before, not Gregor Gysi, its object (rule 8); the cue-less quotation after it, whose `Er` is Gysi, continues
    # him (NOTES.md continuation, rule 3034), and the colon quotation after `erklärte Korschewsky:` is his, opening with
    # Gysi's name (rules 9, 30); the colon quotation after `… Wulf Gallert, sagte der "Mitteldeutschen Zeitung" ebenfalls:`
    # is Gallert's (rule 9); the marked word in the pluperfect report opened by `Dieser`, which takes up Gysi named inside
    # Gallert's quotation, is Gysi's (rule 3213); `"…", warnte er gegenüber dem Blatt aus Halle` is Gallert's, `er` the
    # subject of the sentence before (rule 8); the paper's name in marks, twice, is null and the paper, also as `dem Blatt
    # aus Halle`, the addressee (rules 2, 12, 2771); `Der Vorsitzende der Linkspartei in Thüringen` and `Der Vorsitzende der
    # Linksfraktion im Landtag von Sachsen-Anhalt` name a party, a group and a Land and are no aliases (rule 33)
    quotes=[("\"Herr Gysi hat eine hervorragende Arbeit gemacht\"", KORSCHEWSKY),
            ("\"Mitteldeutschen Zeitung\"", None, 0),
            (cut(LI_P1, "\"Er ist", "Fraktionsvorsitzender wird.\""), KORSCHEWSKY),
            (cut(LI_P1, "\"Gregor Gysi hat", "richtig so.\""), KORSCHEWSKY),
            ("\"Mitteldeutschen Zeitung\"", None, 1),
            (cut(LI_P1, "\"Einige Dinge", "dankbar.\""), GALLERT),
            ("\"Hass\"", GYSI),
            (cut(LI_P1, "\"Wenn wir", "nicht mehr\""), GALLERT)],
    aliases={KORSCHEWSKY: ["Knut Korschewsky", "Korschewsky"],
             GALLERT: ["Wulf Gallert", "Gallert"],
             GYSI: ["Gregor Gysi", "Gysi"]})
