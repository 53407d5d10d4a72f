# Seven-hundred-and-sixth held-out German real-news set (tests/data/heldout706-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4360-4361). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixth held-out set": nine releases of German newspapers sent over the
# ots service of news aktuell ahead of their editions, each reporting what a politician or a works council chief told the
# paper: one of the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom on presseportal.de (licence OTS_MEDIEN:
# Thomas Schlenz welcoming Thyssen-Krupp's new chief, May 2010), one of the Märkische Oderzeitung, Frankfurt (Oder), read in
# its newsroom (OTS_MEDIEN: Frank Bretsch on Matthias Platzeck's candidacy in the Uckermark, September 2007), six of the
# Mitteldeutsche Zeitung, Halle, read in its newsroom (OTS_MEDIEN: Thomas de Maizière on the Solidarpakt, May 2010; André
# Schröder against the cuts in investment, June 2011; Sahra Wagenknecht's advice to Klaus Wiesehügel, May 2013; Iris Gleicke
# on her new office, February 2014, and on the anniversary of the fall of the Wall, April 2014; Reiner Haseloff on a tax
# reform, December 2018) and one of the Mitteldeutsche Zeitung shown with its ots dateline by the finance portal
# finanznachrichten.de (OTS_MEDIEN_REPOST: Armin Willingmann on start-ups, November 2016). Stored copies are the `search`
# tool's `pages` excerpts; every release body is complete in them; the newsroom, portal and wire furniture is dropped (rules
# 2770, 3010, 3120, 3840, 4360); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST  # noqa: E402

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


SCHLENZ = "Thomas Schlenz"
BRETSCH = "Frank Bretsch"
DE_MAIZIERE = "Thomas de Maizière"
SCHROEDER = "André Schröder"
WAGENKNECHT = "Sahra Wagenknecht"
GLEICKE = "Iris Gleicke"
HASELOFF = "Reiner Haseloff"
WILLINGMANN = "Armin Willingmann"

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 5 May 2010: Schlenz on Thyssen-Krupp's new chief ---

TK_T = "WAZ: ThyssenKrupp-Betriebsrat begrüßt neuen Konzernchef"
TK_P1 = ("Thomas Schlenz, Konzernbetriebsratschef von Thyssen-Krupp, begrüßte gegenüber dern Zeitungen der WAZ-Mediengruppe "
         "(Mittwoch-Ausgaben) die Berufung von Heinrich Heisinger als Thyssen-Krupp-Chef. Er habe im Vorfeld mit Heisinger "
         "gesprochen, \"er erfüllt unsere Kriterien als Betriebsrat\", so Schlenz. Heisinger verfüge über eine hohe "
         "Industriekompetenz, in der Technologie wie auch in der Produktion, was auch den Stahlbereich umfasse. Es sei wichtig "
         "für den Konzern, beide Säulen im Blick zu haben, zumal der Technologiebereich für einen Ausgleich für das sehr "
         "schwankungsanfällige Stahlgeschäft sorge. Zudem \"versteht und akzeptiert Heisinger die Mitbestimmung.\" Er sei sehr "
         "froh, dass die Zeit der Unsicherheit nun vorbei sei.")

add(id="ho706-presseportal-waz-2010-05-schlenz-neuer-konzernchef",
    title=TK_T,
    url="https://presseportal.de/pm/55903/1607888?langid=2",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Wednesday "
              "editions of the WAZ group's papers, 5 May 2010 by the edition day and by the story list, whose latest teaser "
              "is the paper's release of '04.05.2010 – 12:22'); of the two stored copies of the address (the other without the language parameter, in the older "
              "layout with the dateline run into the body), the one with the German widget is used: the widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label "
              "dropped (rules 2770, 3010); the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line "
              "of its own, the body one paragraph as stored; the published 'dern Zeitungen' and the misspelt name 'Heisinger' "
              "(three times) kept (rule 20); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion "
              "Telefon: 0201 / 804-6528 zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with "
              "its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", TK_P1],
    # the partial quotation after the Konjunktiv `Er habe im Vorfeld mit Heisinger gesprochen,` and before `so Schlenz` is
    # his, its `er` the new chief spoken of (rules 3, 25, 30); the marked main clause opened after the narrator's `Zudem`,
    # without a cue, between his Konjunktiv reports, is his too (rule 4361); Heisinger (Hiesinger), the Konzern and the
    # WAZ-Mediengruppe, the addressee, say nothing; `Konzernbetriebsratschef von Thyssen-Krupp` and the headline's
    # `ThyssenKrupp-Betriebsrat` name the company and are no aliases (rule 33)
    quotes=[("\"er erfüllt unsere Kriterien als Betriebsrat\"", SCHLENZ),
            ("\"versteht und akzeptiert Heisinger die Mitbestimmung.\"", SCHLENZ)],
    aliases={SCHLENZ: ["Thomas Schlenz", "Schlenz"]})

# --- Märkische Oderzeitung (presseportal.de, newsroom 55506), September 2007: Bretsch on Platzeck's candidacy ---

UM_T = ("Märkische Oderzeitung: Die Märkische Oderzeitung veröffentlicht in der Donnerstagausgabe folgende Nachricht. Wir "
        "stellen sie vorab zur Verbreitung zur Verfügung.")
UM_P1 = ("Frankfurt (Oder). Ministerpräsident Matthias Platzeck (SPD) wird bei den Landtagswahlen 2009 in der Uckermark "
         "kandidieren. Darüber informierte nach einem Bericht der Märkischen Oderzeitung der Unterbezirksvorsitzende der SPD "
         "Uckermark Frank Bretsch gestern.")
UM_P2 = ("Er freute sich darüber, dass es dem Unterbezirk gelungen sei, den SPD-Landesvorsitzenden für eine Kandidatur im "
         "Wahlkreis 11, der die Städte Angermünde und Prenzlau einschließlich des Umlandes beinhaltet, zu gewinnen. Der "
         "bisherige SPD-Landtagsabgeordnete aus dem Wahlkreis, Ex-Landwirtschaftsminister Wolfgang Birthler, wird nicht noch "
         "mal kandidieren.")
UM_P3 = ("Platzeck gibt damit seinen Wahlkreis in Potsdam auf. Für ihn soll nach Informationen der Märkischen Oderzeitung der "
         "jetzige SPD-Fraktionschef im Potsdamer Stadtparlament Mike Schubert antreten. Platzeck will nach eigenem Bekunden mit "
         "seiner Kandidatur in der Uckermark deutlich machen, dass auch berlinferne Regionen in der Potsdam Gehör finden und "
         "eine Wertschätzung erfahren. \"Wir freuen uns darüber, dass unsere gemeinsamen Anstrengungen zur Kandidatur von "
         "Matthias Platzeck geführt haben\", sagte Bretsch.")

add(id="ho706-presseportal-moz-2007-09-bretsch-platzeck-uckermark",
    title=UM_T,
    url="https://presseportal.de/pm/55506/1051912",
    retrieved="same address (release of the Märkische Oderzeitung, Frankfurt (Oder), sent over news aktuell for a Thursday "
              "edition; undated in the stored copy, which shows no story list; September 2007 by its content (Platzeck's "
              "announcement of his candidacy in the Uckermark for the Landtag election of 2009, reported in September 2007), "
              "probably for Thursday 20 September 2007, and by its release number, between the Rheinische Post's "
              "pm/30621/992350 of May 2007 and the WAZ's pm/55903/1074867 of autumn 2007, both named in earlier sets); the copy "
              "shows the headline first and no widget; the headline made of the paper's prefix and its service formula "
              "('Die Märkische Oderzeitung veröffentlicht … Wir stellen sie vorab zur Verbreitung zur Verfügung.') is the "
              "title as stored (rule 3120), the dateline 'Frankfurt/Oder (ots)' a line of its own, the paper's own place mark "
              "'Frankfurt (Oder).' at the start of the first paragraph kept (rules 3010, 4360), each paragraph one line as "
              "stored; the published 'in der Potsdam' and 'nicht noch mal' kept (rule 20); the end mark '+++' after the last "
              "sentence dropped (rule 4360); the contact block 'Pressekontakt: Rückfragen bitte an: Märkische Oderzeitung CvD "
              "Telefon: 0335/5530 563 cvd@moz.de' and the line 'Original-Content von: Märkische Oderzeitung, übermittelt durch "
              "news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Frankfurt/Oder (ots)", UM_P1, UM_P2, UM_P3],
    # the quotation before `sagte Bretsch` is his, named in the first paragraph as the one who informed the paper (rule 30);
    # Platzeck, the subject of the release and named inside the quotation, gives his aim only unmarked, `nach eigenem
    # Bekunden` (rule 5); the Unterbezirk, Wolfgang Birthler and Mike Schubert say nothing; `Unterbezirksvorsitzende der SPD
    # Uckermark` names the party and is no alias (rule 33)
    quotes=[(cut(UM_P3, "\"Wir freuen", "geführt haben\""), BRETSCH)],
    aliases={BRETSCH: ["Frank Bretsch", "Bretsch"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 31 May 2010: de Maizière on the Solidarpakt ---

SP_T = ("Mitteldeutsche Zeitung: Neue Länder/Aufbau Ost De Maizière gegen Kürzung der Ostförderung - \"Der Solidarpakt "
        "gilt\"")
SP_P1 = ("Bundesinnenminister Thomas de Maizière (CDU) hat sich in der Debatte über die Zahlungen an Ostdeutschland für den "
         "Solidarpakt ausgesprochen. \"Der Solidarpakt gilt. Er ist verabredet und im Grundgesetz verankert\", sagte de "
         "Maizière der in Halle erscheinenden Mitteldeutschen Zeitung (Montagausgabe). Er betonte allerdings, dass auch der "
         "Abbau der Zahlungen aus dem Solidarpakt \"ebenso fest verabredet\" sei. \"Das ist für beide Seiten eine wichtige "
         "Nachricht\", sagte der Minister weiter.")

add(id="ho706-presseportal-mz-2010-05-de-maiziere-solidarpakt",
    title=SP_T,
    url="https://www.presseportal.de/pm/47409/1622443",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell on 30 May 2010 for the "
              "Monday edition of 31 May 2010, by the newsroom's time stamp '30.05.2010 – 14:10' and the edition day); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Meldung von Mitteldeutsche Zeitung mehr verpassen.', the time stamp "
              "on a line of its own and the newsroom label dropped (rules 3010, 3120); the headline with its prefix and its "
              "kicker 'Neue Länder/Aufbau Ost' run together as stored is the title, the dateline 'Halle (ots)' a line of its "
              "own, the body one paragraph as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Jörg Biallas "
              "Telefon: 0345 565 4300', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the lines 'Weitere Storys: Mitteldeutsche Zeitung' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", SP_P1],
    # the headline quotation after the dash is the first sentence of his body quotation and his (rule 26); the quotation
    # before `sagte de Maizière der … Mitteldeutschen Zeitung` is his (rules 12, 30); the partial quotation in the `dass`-clause
    # after `Er betonte allerdings,` is his (rules 3, 8, 25); the quotation before `sagte der Minister weiter` is his, the role
    # noun taking him up (rule 30); `Minister` and `Bundesinnenminister`, which name only him in the release, are aliases
    # (rule 44); Ostdeutschland and `beide Seiten` say nothing
    quotes=[("\"Der Solidarpakt gilt\"", DE_MAIZIERE),
            (cut(SP_P1, "\"Der Solidarpakt gilt.", "verankert\""), DE_MAIZIERE),
            ("\"ebenso fest verabredet\"", DE_MAIZIERE),
            (cut(SP_P1, "\"Das ist", "Nachricht\""), DE_MAIZIERE)],
    aliases={DE_MAIZIERE: ["Thomas de Maizière", "de Maizière", "De Maizière", "Bundesinnenminister", "Minister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 23 June 2011: André Schröder against the cuts ---

NR_T = "Mitteldeutsche Zeitung: Politik Landeshaushalt: CDU gegen Nullrunde bei Investitionen"
NR_P1 = ("In der CDU Sachsen-Anhalts wächst der Widerstand gegen die geplanten Kürzungen von Finanzminister Jens Bullerjahn "
         "(SPD) zur Sanierung des Landesetats. Vor allem die Streichungen bei Investitionen sind Mitgliedern der "
         "Landtagsfraktion ein Dorn im Auge, berichtet die in Halle erscheinende Mitteldeutsche Zietung (Donnerstagausgabe). "
         "\"Die Beschlussvorschläge zu den Eckwerten des Doppel-Haushaltes müssen überarbeitet werden, um bei wichtigen "
         "Investitionen keinen Stillstand zu erzeugen\", sagte Fraktionschef André Schröder. Es müsse eine Balance zwischen "
         "investiven und konsumptiven Ausgaben geben. Im Zweifel sollten Steuermehreinnahmen für einen begrenzten Zeitraum "
         "nicht für die Schuldentilgung, sondern für Investitionen genutzt werden. CDU-Wirtschaftspolitiker Ulrich Thomas "
         "warnte davor, auf kurzfristige belebende Effekte im Handwerk, etwa bei der Sanierung von Kindergärten und Schulen, "
         "zu setzen, dafür aber die langfristige Wirtschaftsförderung zu vernachlässigen. Die Kürzungen gefährdeten die "
         "Ko-Finanzierung von Bundes- und EU-Fördermitteln, von denen in den nächsten Jahren mögliche Investitionen von bis "
         "zu sechs Milliarden Euro abhingen.")

add(id="ho706-presseportal-mz-2011-06-schroeder-nullrunde-investitionen",
    title=NR_T,
    url="https://presseportal.de/pm/47409/2067321",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Thursday edition, "
              "23 June 2011 by the edition day and by the story list, whose latest teaser is the paper's commentary of "
              "'22.06.2011 – 19:49'; the newsroom's list on another page of the same newsroom dates it '23.06.2011 – 02:00'); "
              "of the two stored copies of the address, the one with the German widget is used: the widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rule "
              "3010); the headline with its prefix and its kicker 'Politik Landeshaushalt:' run together as stored is the "
              "title, the dateline 'Halle (ots)' a line of its own, the body one paragraph as stored; the published 'Zietung' "
              "kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 "
              "4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", NR_P1],
    # the quotation before `sagte Fraktionschef André Schröder` is his (rule 30); the Konjunktiv sentences after it and Ulrich
    # Thomas's warning are unmarked and carry no span (rule 5); the CDU, the Landtagsfraktion, Jens Bullerjahn and the paper,
    # which reports, say nothing (rule 2771); `Fraktionschef`, which names only him in the release, is an alias (rule 44)
    quotes=[(cut(NR_P1, "\"Die Beschlussvorschläge", "zu erzeugen\""), SCHROEDER)],
    aliases={SCHROEDER: ["André Schröder", "Fraktionschef"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 11 May 2013: Wagenknecht's advice to Wiesehügel ---

WH_T = ("Mitteldeutsche Zeitung: Bundestagswahl Linksvize Wagenknecht empfiehlt Gewerkschafter Wiesehügel, sein Amt "
        "niederzulegen")
WH_P1 = ("Die stellvertretende Vorsitzende der Linkspartei, Sahra Wagenknecht, hat dem Vorsitzende n der Gewerkschaft IG Bau, "
         "Klaus Wiesehügel, nahe gelegt, sein Amt nieder zu legen. Grund ist Wiesehügels Berufung in das Kompetenzteam von "
         "SPD-Kanzlerkandidat Peer Steinbrück. \"Ich rate zur Ziehung eines klaren Trennungsstrichs\", sagte sie der in Halle "
         "erscheinenden \"Mitteldeutschen Zeitung\" (Online-Ausgabe). \"Sonst geraten die Gewerkschaften in den Verruf, einmal "
         "mehr zu viel Nähe zu einer Partei zuzulassen, die die Grundlage für Millionen Hungerjobs gelegt hat.\" Wagenknecht "
         "fügte hinzu, sie fürchte auch, \"der Leiharbeitseinsatz bei Steinbrück\" werde \"zum Totalschaden für Wiesehügels "
         "Glaubwürdigkeit. Wer die Agenda 2010 als Gewerkschaftsführer asozial nennt, kann nicht Steinbrück als Wahlkämpfer "
         "sozial nennen. Das wird Steinbrück nicht helfen und Wiesehügel schaden.\" Wiesehügel hatte die Agenda 2010 wiederholt "
         "kritisiert, während Steinbrück sie bis heute gutheißt.")

add(id="ho706-presseportal-mz-2013-05-wagenknecht-wiesehuegel",
    title=WH_T,
    url="https://presseportal.de/pm/47409/2469558?langid=2",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for its online edition, "
              "11 May 2013 by the story list, whose latest teaser is the paper's commentary of '10.05.2013 – 19:50', and by "
              "the time lines of two reposts seen in the search results and not used, '11.05.2013 02:14:58' on "
              "images.finanzen.at and 'Datum: 11.05.2013 - 02:00 Uhr' on firmenpresse.de); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rule 3010); "
              "the headline with its prefix and its kicker 'Bundestagswahl' run together as stored is the title, the dateline "
              "'Halle (ots)' a line of its own, the body one paragraph as stored; the published 'dem Vorsitzende n', 'nahe "
              "gelegt' and 'nieder zu legen' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", WH_P1],
    # the quotation before `sagte sie der … "Mitteldeutschen Zeitung"` is Wagenknecht's, `sie` taking up the subject of the
    # lead (rules 8, 30), the paper's name null (rules 2, 2771); the cue-less quotation after it continues her (NOTES.md
    # continuation); after `Wagenknecht fügte hinzu, sie fürchte auch,` the marked subject of the Konjunktiv clause is her
    # phrase (rules 3, 25), and the second span, opened inside the same clause after `werde`, runs on into her own sentences
    # up to its closing mark and is one span (rule 1948); Klaus Wiesehügel, Peer Steinbrück, the Gewerkschaften and the
    # Partei are spoken of and say nothing in marks; `stellvertretende Vorsitzende der Linkspartei` and `Linksvize` name the
    # party and are no aliases (rule 33)
    quotes=[(cut(WH_P1, "\"Ich rate", "Trennungsstrichs\""), WAGENKNECHT),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(WH_P1, "\"Sonst geraten", "gelegt hat.\""), WAGENKNECHT),
            ("\"der Leiharbeitseinsatz bei Steinbrück\"", WAGENKNECHT),
            (cut(WH_P1, "\"zum Totalschaden", "Wiesehügel schaden.\""), WAGENKNECHT)],
    aliases={WAGENKNECHT: ["Sahra Wagenknecht", "Wagenknecht"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 14 February 2014: Iris Gleicke on her new office ---

GO_T = ("Mitteldeutsche Zeitung: Neue Länder Neue Ostbeauftragte Gleicke will ihr Amt offensiver ausfüllen als ihr "
        "Vorgänger")
GO_P1 = ("Die Ostbeauftragte der Bundesregierung, Iris Gleicke (SPD), will ihr Amt offensiver ausfüllen als Amtsvorgänger "
         "Christoph Bergner (CDU). \"Herr Bergner ist ein Mann, und ich bin eine Frau\", sagte sie der in Halle erscheinenden "
         "\"Mitteldeutschen Zeitung\" (Freitag-Ausgabe). \"Er ist außerdem ein sehr netter Mann. Aber ich möchte gerne "
         "offensiver als er auf die Ost-West-Unterschiede hinweisen. Und ich möchte, dass die Probleme des Ostens nicht nur im "
         "Osten ventiliert werden. Das ist eine gesamtdeutsche Aufgabe.\"")

add(id="ho706-presseportal-mz-2014-02-gleicke-ostbeauftragte-offensiver",
    title=GO_T,
    url="https://presseportal.de/pm/47409/2664276",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, 14 "
              "February 2014 by the edition day and by the story list, whose latest teaser is the paper's commentary of "
              "'13.02.2014 – 19:20'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr "
              "verpassen.' and the newsroom label dropped (rule 3010); the headline with its prefix and its kicker 'Neue "
              "Länder' run together as stored is the title, the dateline 'Halle (ots)' a line of its own, the body one "
              "paragraph as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 "
              "4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GO_P1],
    # the quotation before `sagte sie der … "Mitteldeutschen Zeitung"` is Gleicke's, `sie` taking up the subject of the lead,
    # not Christoph Bergner, its object, of whom the quotation speaks (rules 8, 30); the paper's name null (rules 2, 2771); the
    # cue-less quotation after it continues her (NOTES.md continuation), its `Er` Bergner spoken of; the headline carries no
    # marks (rule 5); `Ostbeauftragte`, which names only her in the release, is an alias (rule 44), `Ostbeauftragte der
    # Bundesregierung` names a body and is not (rule 33)
    quotes=[(cut(GO_P1, "\"Herr Bergner", "eine Frau\""), GLEICKE),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(GO_P1, "\"Er ist", "Aufgabe.\""), GLEICKE)],
    aliases={GLEICKE: ["Iris Gleicke", "Gleicke", "Ostbeauftragte"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 19 April 2014: Iris Gleicke on the fall of the Wall ---

GM_T = ("Mitteldeutsche Zeitung: Deutsche Geschichte Ostbeauftragte Iris Gleicke setzt sich für angemessenen Feier zum Tag "
        "des Mauerfalls ein")
GM_P1 = ("Die Ostbeauftragte der Bundesregierung, Iris Gleicke (SPD), will den 25. Jahrestag des Mauerfalls ebenso angemessen "
         "feiern wie die friedliche Revolution von 1989. \"Ich habe großen Respekt vor der Absicht des Bundespräsidenten\", "
         "sagte sie der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Online-Ausgabe) angesichts der Ankündigung von "
         "Joachim Gauck, den Schwerpunkt auf das Gedenken an die Leipziger Großdemonstration vom 9. Oktober zu legen. Gleicke "
         "fügte allerdings hinzu: \"Ich bin aber dafür, auch den authentischen Tag der Grenzöffnung gebührend zu feiern.\" "
         "Gauck will am 9. Oktober mit den Staatspräsidenten Polens, der Slowakei, Tschechiens und Ungarns im Leipziger "
         "Gewandhaus zusammen kommen. Nach Angaben des Bundespräsidialamtes möchte das Staatsoberhaupt damit vor allem "
         "deutlich machen, dass der Mauerfall ohne die friedliche Revolution gar nicht möglich gewesen wäre.")

add(id="ho706-presseportal-mz-2014-04-gleicke-mauerfall-feier",
    title=GM_T,
    url="http://www.presseportal.de/pm/47409/2716958/mitteldeutsche-zeitung-deutsche-geschichte-ostbeauftragte-iris-"
        "gleicke-setzt-sich-fuer-angemessenen/pe",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for its online edition, 18 "
              "or 19 April 2014 by the story list, whose latest teaser is the paper's commentary of '18.04.2014 – 18:31', and "
              "by a repost of 19 April 2014 on extremnews.com seen in the search results and not used); the stored address "
              "carries the release's slug after the number, as stored; the widget lines 'Alle Storys', 'Folgen', 'Keine Story "
              "von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rule 3010); the headline with its "
              "prefix and its kicker 'Deutsche Geschichte' run together as stored is the title, the published 'für "
              "angemessenen Feier' kept (rule 20), the dateline 'Halle (ots)' a line of its own, the body one paragraph as "
              "stored; the published 'zusammen kommen' kept; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GM_P1],
    # the quotation before `sagte sie der … "Mitteldeutschen Zeitung" (Online-Ausgabe) angesichts der Ankündigung von Joachim
    # Gauck` is Gleicke's, `sie` taking up the subject of the lead; Gauck, named in the cue's object and meant by
    # `Bundespräsidenten` inside her words, says nothing in marks (rules 8, 30); the paper's name null (rules 2, 2771); the
    # colon quotation after `Gleicke fügte allerdings hinzu:` is hers (rule 9); Gauck's plan and the Bundespräsidialamt's
    # account are unmarked (rule 5); `Ostbeauftragte`, which names only her in the release, is an alias (rule 44),
    # `Ostbeauftragte der Bundesregierung` is not (rule 33)
    quotes=[(cut(GM_P1, "\"Ich habe", "Bundespräsidenten\""), GLEICKE),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(GM_P1, "\"Ich bin aber", "zu feiern.\""), GLEICKE)],
    aliases={GLEICKE: ["Iris Gleicke", "Gleicke", "Ostbeauftragte"]})

# --- Mitteldeutsche Zeitung (ots, shown by finanznachrichten.de), November 2016: Willingmann on start-ups ---

WI_P1 = ("Halle (ots) - Sachsen-Anhalts neuer Wirtschafts- und Wissenschaftsminister Armin Willingmann (SPD) möchte "
         "Hochschulabsolventen ermutigen, Unternehmen zu gründen. Das berichtet die in Halle erscheinende Mitteldeutsche "
         "Zeitung (Donnerstag-Ausgabe). In anderen Landstrichen Deutschlands gelinge das besser, sagte Willingmann. Sein "
         "Ministerium könne dabei Startschwierigkeiten abfangen. \"Und wir müssen deutlich machen, dass sich Selbstständigkeit "
         "durchaus lohnt.\" Staatlichen Interventionen in die Wirtschaft steht Willingmann eher skeptisch gegenüber. \"Wir "
         "sind da nicht völlig mittellos, aber zunächst funktioniert soziale Marktwirtschaft dadurch, dass der Staat nicht "
         "allzu intensiv in Geschäftsprozesse eingreift.\"")

add(id="ho706-ots-mz-2016-11-willingmann-unternehmensgruendungen",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2016-11/39212081-mitteldeutsche-zeitung-neuer-wirtschaftsminister-"
        "willingmann-wuenscht-sich-mehr-mut-fuer-unternehmensgruendungen-007.htm",
    retrieved="same address (release of the Mitteldeutsche Zeitung 'Neuer Wirtschaftsminister Willingmann wünscht sich mehr "
              "Mut für Unternehmensgründungen' (headline by the address only), sent over ots for a Thursday edition of "
              "November 2016 by the address and the edition day, and shown unchanged by finanznachrichten.de with the ots "
              "dateline ('Halle (ots) -'); the crawl date prefix ' date 2016-11' dropped (rule 63); no headline in the copy, "
              "the paragraph with its dateline is the first line (rules 32, 3590, 3840); the line 'OTS: Mitteldeutsche Zeitung "
              "newsroom: http://www.presseportal.de/nr/47409 newsroom via RSS: http://www.presseportal.de/rss/pm_47409.rss2' "
              "and the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200' dropped "
              "(rules 3710, 3840); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[WI_P1],
    # Willingmann's first statement, closed by `sagte Willingmann`, and the next Konjunktiv sentence are unmarked (rule 5);
    # the cue-less quotation after them goes on in his voice (`wir`, NOTES.md continuation; rule 30), and so does the
    # quotation after the narrator's `Staatlichen Interventionen … steht Willingmann eher skeptisch gegenüber.`, whose
    # subject he is (rule 30); the paper reports and says nothing (rule 2771); `Wirtschafts- und Wissenschaftsminister` is
    # kept out with the role phrase `Sachsen-Anhalts neuer …` it belongs to (rule 33)
    quotes=[(cut(WI_P1, "\"Und wir", "lohnt.\""), WILLINGMANN),
            (cut(WI_P1, "\"Wir sind", "eingreift.\""), WILLINGMANN)],
    aliases={WILLINGMANN: ["Armin Willingmann", "Willingmann"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 28 December 2018: Haseloff on a tax reform ---

HS_T = "Mitteldeutsche Zeitung: Steuerreform Haseloff will Unternehmen in die Pflicht nehmen"
HS_P1 = ("Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) drängt auf eine Steuerreform, um die Wirtschaftskraft der "
         "ostdeutschen Länder zu stärken. \"Alle Unternehmen, die hier ihr Geld verdienen, sollen auch hier Gewerbesteuern "
         "bezahlen\", forderte der Regierungschef im Gespräch mit der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Freitag-Ausgabe). Zu oft zahlten Konzerne lediglich am Sitz der Zentralen in Westdeutschland - im Gegenzug fehlten "
         "Kommunen im Osten aber die Steuereinnahmen. Haseloff erklärte, er wolle 2019 eine Steuerreform mit "
         "Bundesfinanzminister Olaf Scholz (SPD) anschieben. \"Anders wird die Ungleichheit zum Westen nicht zu überwinden "
         "sein.\" Zudem will der Regierungschef auch persönlich auf Wirtschaftsakteure einwirken. Er werde 2019 gemeinsam "
         "\"mit Oberbürgermeistern Konzernzentralen im Westen besuchen und die Manager auf ihre moralische Verantwortung für "
         "die Menschen und die Entwicklung in unserer Region ansprechen\".")

add(id="ho706-presseportal-mz-2018-12-haseloff-steuerreform-gewerbesteuer",
    title=HS_T,
    url="https://www.presseportal.de/pm/47409/4153179",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, 28 "
              "December 2018 by the edition day, by the story list, whose latest teaser is the paper's commentary of "
              "'27.12.2018 – 18:04', and by the teaser of this release, '28.12.2018 – 02:00', in the story list of the paper's "
              "pm/47409/4153394 from the same interview, used by the 651st set); the widget lines 'Alle Storys', 'Folgen', "
              "'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rule 3010); the "
              "headline with its prefix and its kicker 'Steuerreform' run together as stored is the title, the dateline 'Halle "
              "(ots)' a line of its own, the body one paragraph as stored; the contact block 'Pressekontakt: Mitteldeutsche "
              "Zeitung Hartmut Augustin Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the line 'Original-Content von: "
              "Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' "
              "with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", HS_P1],
    # the quotation before `forderte der Regierungschef im Gespräch mit der … Mitteldeutschen Zeitung` is Haseloff's, the role
    # noun taking up the subject of the lead (rules 12, 30); the cue-less quotation after the unmarked report `Haseloff
    # erklärte, er wolle …` goes on in his voice (NOTES.md continuation; rule 5 for the report); the partial quotation in
    # the Konjunktiv sentence `Er werde 2019 gemeinsam "…"`, with his `unserer Region`, is his (rules 3, 8, 25); Olaf Scholz,
    # the Konzerne, the Kommunen and the Manager say nothing; `Regierungschef`, which names only him in the release, is an
    # alias (rule 44), `Sachsen-Anhalts Ministerpräsident` names the Land and is not (rule 33)
    quotes=[(cut(HS_P1, "\"Alle Unternehmen", "bezahlen\""), HASELOFF),
            (cut(HS_P1, "\"Anders wird", "sein.\""), HASELOFF),
            (cut(HS_P1, "\"mit Oberbürgermeistern", "ansprechen\""), HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Regierungschef"]})
