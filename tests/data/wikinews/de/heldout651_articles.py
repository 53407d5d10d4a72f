# Six-hundred-and-fifty-first held-out German real-news set (tests/data/heldout651-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3950-3953). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed
# before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fifty-first held-out set": nine releases of German newspapers sent over the
# ots service of news aktuell ahead of their editions and read in their newsrooms on presseportal.de (licence OTS_MEDIEN), each
# reporting what one or two politicians or a company chief told the paper or said elsewhere: eight of the Mitteldeutsche
# Zeitung, Halle (Klaas Hübner and Klaus Lippold on a withheld audit report of the Federal Transport Ministry, November 2004;
# Holger Hövelmann calling the district reform a 'Rohrkrepierer', with Wulf Gallert's reply, September 2006; Reiner Haseloff
# and Stanislaw Tillich against tax cuts, spring 2010; Hövelmann's call for vigilance after the terror warning, November
# 2010; Jan Mücke against Haseloff, June 2011; Hans-Joachim Hacker on Stuttgart 21, February 2013; Haseloff on Angela
# Merkel, December 2018; Haseloff after the attack of Halle, December 2019) and one of the Rheinische Post, Düsseldorf (René
# Obermann on the US government's suit against the sale of T-Mobile USA, September 2011). Stored copies are the `search`
# tool's `pages` excerpts; every release body is complete in them; the newsroom widgets, labels, contact blocks, footers,
# wire lines and story lists are dropped and the hard-wrapped lines of two old copies are joined (rules 1372, 2770, 3010,
# 3420, 3590, 3710, 3840, 3950); each retrieval note names what was dropped.
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


HUEBNER = "Klaas Hübner"
LIPPOLD = "Klaus Lippold"
HOEVELMANN = "Holger Hövelmann"
GALLERT = "Wulf Gallert"
HASELOFF = "Reiner Haseloff"
TILLICH = "Stanislaw Tillich"
MUECKE = "Jan Mücke"
OBERMANN = "René Obermann"
HACKER = "Hans-Joachim Hacker"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 1 November 2004: a withheld audit report of the ministry ---

PB_T = "Mitteldeutsche Zeitung: Korruption in Verkehrsbehörde Bundestagsabgeorndete fordern Aufklärung"
PB_P1 = join("Die Rufe nach Aufklärung der zahlreichen",
             "Korruptionsverdachtsfälle im Bundesverkehrsministerium werden in",
             "Koalition und Opposition lauter. Der Sprecher des Seeheimer Kreises",
             "in der SPD- Bundestagsfraktion, Klaas Hübner, sagte der in Halle",
             "erscheinenden „Mitteldeutschen Zeitung“ (Montag-Ausgabe) zu",
             "Meldungen, ein interner Prüfbericht werde im Ministerium von",
             "Staatssekretär Ralf Nagel unter Verschluss gehalten: „Wenn es einen",
             "Bericht gibt, sollte das Parlament darüber unterrichtet werden.“ Der",
             "für Verkehrspolitik zuständige Unionsfraktionsvize Klaus Lippold",
             "erklärte: „Wir verlangen, dass der Bericht sofort vorgelegt wird,",
             "damit wir darüber in der nächsten Ausschusssitzung beraten können.",
             "Stolpe hat das Haus nicht im Griff.“ Zu dessen Ankündigung, nach der",
             "Wahl 2006 nicht mehr Minister sein zu wollen, meinte Lippold: „Stolpe",
             "sollte darüber nachdenken, ob er den Schritt nicht vorzieht. Dies ist",
             "nicht der Mann, der mit harter Hand das Ministerium führt.“")

add(id="ho651-presseportal-mz-2004-11-huebner-lippold-pruefbericht",
    title=PB_T,
    url="https://presseportal.de/pm/47409/612330",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Monday edition, 1 "
              "November 2004 by the edition day and by the story list, whose latest teaser is the paper's commentary on the "
              "PDS congress of '31.10.2004 – 18:10'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 3010, 3420); the headline with its "
              "prefix and its two parts run together as stored is the title, the dateline 'Halle (ots)' a line of its own; the "
              "hard-wrapped body shows no empty line and no line that closes a sentence outside marks before its last, so its "
              "lines are joined with one space into one paragraph (rules 1372, 3590, 3950); the published 'Bundestagsabgeorndete' "
              "and 'SPD- Bundestagsfraktion' kept (rule 20); the wire lines 'ots-Originaltext: Mitteldeutsche Zeitung', "
              "'Digitale Pressemappe: http://www.presseportal.de/story.htx?firmaid=47409', the contact block 'Rückfragen bitte "
              "an: Mitteldeutsche Zeitung Markus Decker Telefon: 030/28 88 14 15', the line 'Original-Content von: "
              "Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' "
              "with its teasers dropped (rules 3710, 3950); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", PB_P1],
    # the paper's name in marks is null (rules 2, 2771); the colon quotation after `Klaas Hübner, sagte der … "Mitteldeutschen
    # Zeitung" (Montag-Ausgabe) zu Meldungen, ein interner Prüfbericht werde … von Staatssekretär Ralf Nagel unter Verschluss
    # gehalten:` is Hübner's, the subject of the cue, though the Konjunktiv clause names Nagel nearer to the colon (rules 9,
    # 30, 55); the colon quotations after `Unionsfraktionsvize Klaus Lippold erklärte:` and `meinte Lippold:` are his, the
    # first running over two sentences (rule 9); Stolpe, named inside Lippold's quotations and taken up by `dessen
    # Ankündigung`, Ralf Nagel, the Koalition, the Opposition and the Parlament say nothing in marks; `Sprecher des Seeheimer
    # Kreises` and `Unionsfraktionsvize` name a body and are no aliases (rule 33)
    quotes=[("„Mitteldeutschen Zeitung“", None),
            (cut(PB_P1, "„Wenn es", "unterrichtet werden.“"), HUEBNER),
            (cut(PB_P1, "„Wir verlangen", "im Griff.“"), LIPPOLD),
            (cut(PB_P1, "„Stolpe sollte", "Ministerium führt.“"), LIPPOLD)],
    aliases={HUEBNER: ["Klaas Hübner"],
             LIPPOLD: ["Klaus Lippold", "Lippold"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 27 September 2006: Hövelmann on the district reform ---

GR_T = ("Mitteldeutsche Zeitung: Gebietsreform Minister: Reform ist Rohrkrepierer - Wirbel um Hövelmann-Kritik an neuen "
        "Kreisen")
GR_P1 = join("Innenminister Holger Hövelmann (SPD) sorgt mit",
             "Äußerungen zur Gebietsreform für Irritationen. Er distanzierte sich ",
             "von der Reform, die er umsetzen soll, schreibt die in Halle ",
             "erscheinende Mitteldeutsche Zeitung (Mittwochausgabe). Bei einer ",
             "Veranstaltung des SPD-Ortsvereins Roßlau redete Hövelmann Klartext: ",
             "\"Ich bin überzeugt, die Kreisgebietsreform ist ein Rohrkrepierer\", ",
             "sagte der Minister. Hövelmann ließ kein gutes Haar an der Reform, die",
             "er als Minister umsetzt. Sie sei ein \"Kind, das in einer schwachen ",
             "Stunde entstanden ist\". Er sei überzeugt, die nächste Kreisreform ",
             "komme. Und: \"Dessau wird irgendwann Kreisstadt werden.\"")
GR_P2 = join("Aussagen, für die es Montagabend in Anhalt Beifall gab, die am ",
             "Dienstag in Magdeburg aber für Kritik sorgten. \"Die SPD setzt eine ",
             "Reform um, die in ihren Augen völliger Blödsinn ist\", sagte ",
             "PDS-Fraktionschef Wulf Gallert. Hövelmann habe zwar eine \"richtige ",
             "Erkenntnis\". Aber wenn er die schon habe, \"darf er die Reform nicht ",
             "machen\". Die PDS hatte sich wie ursprünglich auch die SPD für ein ",
             "Modell mit fünf Großkreisen stark gemacht, stattdessen hat die ",
             "vorherige Landesregierung aus CDU und FDP ein Modell mit elf Kreisen ",
             "durchgesetzt. Die Reform tritt im Sommer 2007 in Kraft.")

add(id="ho651-presseportal-mz-2006-09-hoevelmann-gebietsreform-rohrkrepierer",
    title=GR_T,
    url="http://www.presseportal.de/pm/47409/878821",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell on Wednesday 27 September "
              "2006, the day of the edition it reports on ('Mittwochausgabe'), after the latest teaser of its story list, "
              "'27.09.2006 – 07:58', and after the events of 'Montagabend' and 'Dienstag' it names); the widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped "
              "(rules 3010, 3420); the headline with its prefix, its kicker 'Gebietsreform' and its two parts run together as "
              "stored is the title, the dateline 'Halle (ots)' a line of its own; the hard-wrapped body shows no empty line; its "
              "lines are joined with one space, a line-end space of the copy taken as that space, and the body is divided at "
              "the one short line without wrap space that closes a sentence with no quotation open ('komme. Und: \"Dessau wird "
              "irgendwann Kreisstadt werden.\"'), so it has two paragraphs (rules 1372, 3590, 3950); the contact block "
              "'Rückfragen bitte an: Mitteldeutsche Zeitung Chefredakteur Jörg Biallas Telefon: 0345/565-4242', the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GR_P1, GR_P2],
    # the headline label `Minister:` before unmarked words carries no span (rule 5); the paper named without marks as the
    # reporter (`schreibt die in Halle erscheinende Mitteldeutsche Zeitung`) is no speaker (rule 2771); the quotation after
    # `redete Hövelmann Klartext:` and before `sagte der Minister` is his (rules 9, 30); the partial quotation in the
    # Konjunktiv sentence `Sie sei ein "…"` is his (rules 3, 25); the quotation after the verbless `Und:` continues him (rule
    # 9, NOTES.md continuation); the quotation before `sagte PDS-Fraktionschef Wulf Gallert` is Gallert's (rule 30), and the
    # partial quotations of the two Konjunktiv sentences after it, the first with Hövelmann as its subject (`Hövelmann habe
    # zwar eine "…"`), go on reporting Gallert and are his (rule 3951); the SPD-Ortsverein, the PDS, the SPD, the
    # Landesregierung, CDU and FDP say nothing in marks; `Innenminister` and `Minister` name only Hövelmann in the release and
    # are aliases (rule 44), `PDS-Fraktionschef` names the party and is none (rule 33)
    quotes=[(cut(GR_P1, "\"Ich bin", "Rohrkrepierer\""), HOEVELMANN),
            (cut(GR_P1, "\"Kind,", "entstanden ist\""), HOEVELMANN),
            ("\"Dessau wird irgendwann Kreisstadt werden.\"", HOEVELMANN),
            (cut(GR_P2, "\"Die SPD", "Blödsinn ist\""), GALLERT),
            ("\"richtige Erkenntnis\"", GALLERT),
            ("\"darf er die Reform nicht machen\"", GALLERT)],
    aliases={HOEVELMANN: ["Holger Hövelmann", "Hövelmann", "Innenminister", "Minister"],
             GALLERT: ["Wulf Gallert"]})

# --- Mitteldeutsche Zeitung (presseportal.de AMP copy, newsroom 47409), spring 2010: Haseloff and Tillich on tax cuts ---

ST_T = "Mitteldeutsche Zeitung: Steuern Haseloff: Derzeit keine Spielräume für Steuersenkungen"
ST_P1 = ("In den CDU-regierten Ländern formiert sich Widerstand gegen die Ankündigung weiterer Steuersenkungen vor der "
         "nordrhein-westfälischen Landtagswahl am 9. Mai. \"Ich sehe derzeit keine Spielräume für Steuersenkungen\", sagte der "
         "CDU-Spitzenkandidat bei der Landtagswahl in Sachsen-Anhalt, Wirtschaftsminister Reiner Haseloff, der in Halle "
         "erscheinenden \"Mitteldeutschen Zeitung\" (Dienstag-Ausgabe). \"Die öffentlichen Haushalte sind so strapaziert, dass "
         "wir keine Möglichkeit haben, das zu verkraften.\" Höchstens gegen Ende der Legislaturperiode lasse sich etwas machen. "
         "Der sächsische Ministerpräsident Stanislaw Tillich (CDU) will \"keine Debatte, bevor die Steuerschätzung vorliegt.")

add(id="ho651-presseportal-mz-2010-haseloff-tillich-keine-steuersenkungen",
    title=ST_T,
    url="https://presseportal.de/pm/amp/47409/1582742",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Tuesday edition before "
              "the North Rhine-Westphalian Landtag election of 9 May 2010 that it names, probably late April 2010 by its "
              "release number; undated in the stored copy, which shows no story list); the AMP view of the German interface "
              "shows no widget and no label: the headline with its prefix and its kicker 'Steuern' is the title, the dateline "
              "'Halle (ots)' and the body lines of their own as stored (rules 2770, 3950); the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Jörg Biallas Telefon: 0345 565 4300' and the line 'Original-Content von: Mitteldeutsche "
              "Zeitung, übermittelt durch news aktuell' dropped; the plain copy of the same release "
              "(http://www.presseportal.de/pm/47409/1582742), which runs the dateline and the contact block into the paragraph, "
              "has the same wording, also the missing closing mark after 'vorliegt.'; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", ST_P1],
    # the headline label `Haseloff:` before unmarked words carries no span (rule 5); the quotation before `sagte der
    # CDU-Spitzenkandidat …, Wirtschaftsminister Reiner Haseloff, der … "Mitteldeutschen Zeitung"` is his, the paper's name
    # null (rules 2, 30, 2771); the cue-less quotation after it continues him (NOTES.md continuation); the partial quotation
    # after `Der sächsische Ministerpräsident Stanislaw Tillich (CDU) will` is Tillich's, and since the release gives it no
    # closing mark it runs to the end of the paragraph (rules 3, 22); the CDU-regierten Länder say nothing in marks;
    # `Wirtschaftsminister` and `Ministerpräsident` name only one person each in the release and are aliases (rule 44),
    # `CDU-Spitzenkandidat` and `sächsische Ministerpräsident` are not (rule 33)
    quotes=[("\"Ich sehe derzeit keine Spielräume für Steuersenkungen\"", HASELOFF),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(ST_P1, "\"Die öffentlichen", "verkraften.\""), HASELOFF),
            ("\"keine Debatte, bevor die Steuerschätzung vorliegt.", TILLICH)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Wirtschaftsminister"],
             TILLICH: ["Stanislaw Tillich", "Ministerpräsident"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), November 2010: Hövelmann after the terror warning ---

TW_T = ("Mitteldeutsche Zeitung: Terrorwarnung Minister ruft zur Wachsamkeit auf - Hövelmann: \"Im Vorweihnachtstrubel "
        "besonders aufpassen")
TW_P1 = ("Sachsen-Anhalts Innenminister Holger Hövelmann (SPD) hat wegen der erhöhten Terrorgefahr die Bevölkerung im Land "
         "zu besonderer Wachsamkeit aufgefordert. Die Landespolizei werde ihre Präsenz an strategisch wichtigen Punkten wie "
         "Bahnhöfen oder in großen Innenstädten erhöhen. \"Die Leute sollen aufpassen, ob etwa im vorweihnachtlichen Trubel "
         "auf den Märkten einzelne Personen den Eindruck machen, als würden sie etwas ausspähen\", sagte Hövelmann der in "
         "Halle erscheinenden Mitteldeutschen Zeitung (Donnerstagausgabe). In solchen Fällen sollten Bürger \"ohne in Panik "
         "zu verfallen\" die nächste Polizeistreife aufmerksam machen und von ihren Beobachtungen berichten. Besonders wachsam "
         "solle die Bevölkerung überall dort sein, wo viele Menschen zusammenkommen. Grundsätzlich geht Hövelmann davon aus, "
         "dass Sachsen-Anhalt eher nicht im Visier von Terrorgruppen steht. \"Aber wir liegen mitten in Deutschland. Deswegen "
         "ist denkbar, dass wir Durchreiseland für solche Gruppen sind oder sie sich hier vorbereiten\", so der Minister.")

add(id="ho651-presseportal-mz-2010-11-hoevelmann-terrorwarnung-wachsamkeit",
    title=TW_T,
    url="https://presseportal.de/pm/47409/1719343?langid=7",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Thursday edition, 18 "
              "November 2010 by the edition day, by the federal terror warning of 17 November 2010 and by the story list, "
              "whose latest teaser is the paper's commentary of '16.11.2010 – 18:54'); the copy with the language parameter "
              "shows the German widget and gives the body as one line, as the copies of rule 3420 do: the widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped; the "
              "headline with its prefix, its kicker 'Terrorwarnung' and its two parts run together as stored is the title, "
              "its quotation without closing mark as published (rules 20, 3952), the dateline 'Halle (ots)' a line of its "
              "own; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the "
              "line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere "
              "Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", TW_P1],
    # the headline quotation after the label `Hövelmann:` has no closing mark and runs to the end of the title line; it is
    # his (rule 3952); the quotation before `sagte Hövelmann der … Mitteldeutschen Zeitung` is his, the paper named without
    # marks the addressee (rules 12, 30); the partial quotation in the Konjunktiv sentence `In solchen Fällen sollten Bürger
    # "…"`, which goes on reporting his call, is his (rules 3, 25); the quotation before `so der Minister`, after the
    # narrator's `Grundsätzlich geht Hövelmann davon aus, dass …`, is his (rule 30); the Landespolizei, the Bürger, the
    # Bevölkerung and the Terrorgruppen say nothing; `Innenminister` and `Minister` name only Hövelmann in the release and are
    # aliases (rule 44), `Sachsen-Anhalts Innenminister` is not (rule 33)
    quotes=[("\"Im Vorweihnachtstrubel besonders aufpassen", HOEVELMANN),
            (cut(TW_P1, "\"Die Leute", "ausspähen\""), HOEVELMANN),
            ("\"ohne in Panik zu verfallen\"", HOEVELMANN),
            (cut(TW_P1, "\"Aber wir liegen", "vorbereiten\""), HOEVELMANN)],
    aliases={HOEVELMANN: ["Holger Hövelmann", "Hövelmann", "Innenminister", "Minister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 24 June 2011: Jan Mücke against Haseloff ---

MU_T = "Mitteldeutsche Zeitung: Finanzpolitik FDP-Finanzpolitiker Mücke kritisert Haseloffs Ablehnung einer Steuersenkung"
MU_P1 = ("Der aus Sachsen stammende Parlamentarische Staatssekretär im Bundesverkehrsministerium, Jan Mücke (FDP), hat "
         "Sachsen-Anhalts Ministerpräsidenten Reiner Haseloff (CDU) wegen seiner Ablehnung von Steuersenkungen scharf "
         "kritisiert. \"Der Herr Haseloff ist uns ja schon in den vergangenen Jahren in herzlicher Abneigung verbunden gewesen; "
         "und wir erwidern seine Gefühle mindestens ebenso herzlich\", sagte er der in Halle erscheinenden \"Mitteldeutschen "
         "Zeitung\" (Freitag-Ausgabe). \"Insofern überrascht mich seine Reaktion kein Stück. Und wenn ich mir die "
         "Haushaltssituation in Sachsen-Anhalt angucke, dann würde mir an seiner Stelle auch angst und bange werden.\" Dennoch "
         "sei Haseloffs Argumentation im Kern \"rein parteipolitisch begründet\", so Mücke, und verkenne das Bemühen der FDP, "
         "\"kleinere und mittlere Einkommen zu entlasten - von denen Sachsen-Anhalt ganz besonders viele hat\". Haseloff hatte "
         "sich in den vergangenen beiden Tagen mehrfach gegen Steuersenkungen gewandt.")

add(id="ho651-presseportal-mz-2011-06-muecke-kritisiert-haseloff",
    title=MU_T,
    url="https://presseportal.de/pm/47409/2067498",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, 24 "
              "June 2011 by the edition day and by the story list, whose latest teaser is the paper's release of '23.06.2011 – "
              "02:00'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and "
              "the newsroom label dropped (rules 3010, 3420); the headline with its prefix and its kicker 'Finanzpolitik' run "
              "together as stored is the title, the published 'kritisert' kept (rule 20), the dateline 'Halle (ots)' a line of "
              "its own, the body one line as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", MU_P1],
    # the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Mücke's, `er` taking up the subject of the lead
    # sentence, not Haseloff, its object, who is named inside the quotation (rules 8, 30), the paper's name null (rules 2,
    # 2771); the cue-less quotation after it continues him (NOTES.md continuation); the partial quotations of the Konjunktiv
    # sentence with the inserted `so Mücke`, the second in the clause `verkenne das Bemühen der FDP, "…"`, are his (rules 3,
    # 25, 30); Haseloff, the subject of the last sentence and of the headline's object phrase, says nothing in marks, nor does
    # the FDP; `Parlamentarische Staatssekretär im Bundesverkehrsministerium` and `FDP-Finanzpolitiker` name a body or a party
    # and are no aliases (rule 33)
    quotes=[(cut(MU_P1, "\"Der Herr", "ebenso herzlich\""), MUECKE),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(MU_P1, "\"Insofern", "bange werden.\""), MUECKE),
            ("\"rein parteipolitisch begründet\"", MUECKE),
            (cut(MU_P1, "\"kleinere", "viele hat\""), MUECKE)],
    aliases={MUECKE: ["Jan Mücke", "Mücke"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 2 September 2011: René Obermann on the US government's suit ---

OB_T = "Rheinische Post: Telekom-Chef Obermann kritisiert US-Regierung im Kartellstreit um Verkauf von T-Mobile USA"
OB_P1 = ("Der Vorstandsvorsitzende der Deutschen Telekom AG, René Obermann, hat sich intern \"überrascht\" geäußert, dass die "
         "amerikanische Regierung eine Klage gegen den Verkauf von T-Mobile USA an AT&T angekündigt hat. Wie die in Düsseldorf "
         "erscheinende \"Rheinische Post\" (Freitagausgabe) berichtet, greift Obermann die US-Regierung in einem Interview im "
         "Intranet des Konzerns an. Die Sorge vor höheren Preisen wegen einer Fusion seien \"nicht verständlich.\" Es habe "
         "zudem \"keine Signale\" für eine solche Klage gegeben. Gleichzeitig betont der Telekom-Chef, er nehme die Klage der "
         "US-Regierung \"sehr ernst\". Nun wolle er \"gemeinsam mit AT&T\" die Behörden überzeugen. Obermann wörtlich: \"Wir "
         "werden mit Nachdruck unsere Position vor Gericht vertreten und gleichzeitig mit der Behörde konstruktiv "
         "verhandeln.\"")

add(id="ho651-presseportal-rp-2011-09-obermann-us-klage-t-mobile",
    title=OB_T,
    url="https://presseportal.de/pm/30621/2105297?langid=4",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Friday edition, 2 "
              "September 2011 by the edition day, by the US Department of Justice's suit of 31 August 2011 and by the story "
              "list, whose latest teaser is the paper's commentary of '31.08.2011 – 20:34'); the copy with the language "
              "parameter shows the German widget and gives the body as one line (rule 3420): the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label dropped; the headline with "
              "its prefix is the title, the dateline 'Düsseldorf (ots)' a line of its own; the contact block 'Pressekontakt: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", OB_P1],
    # the marked word after `René Obermann, hat sich intern "…" geäußert` is his (rules 3, 25); the paper's name in marks,
    # as the reporter, is null (rules 2, 2771); the partial quotations of the Konjunktiv sentences that report his intranet
    # interview, `Die Sorge … seien "nicht verständlich."` with its full stop inside the marks, `Es habe zudem "keine
    # Signale" …`, `er nehme die Klage … "sehr ernst"` after `betont der Telekom-Chef` and `Nun wolle er "gemeinsam mit AT&T"
    # die Behörden überzeugen`, are his (rules 3, 8, 25), the last one a phrase of his own that holds a company's name, not a
    # name in marks (rule 3953); the colon quotation after the verbless `Obermann wörtlich:` is his (rule 9); the amerikanische
    # Regierung, AT&T and the Behörden say nothing; `Vorstandsvorsitzende der Deutschen Telekom AG` and `Telekom-Chef` name
    # the company and are no aliases (rule 33)
    quotes=[("\"überrascht\"", OBERMANN),
            ("\"Rheinische Post\"", None),
            ("\"nicht verständlich.\"", OBERMANN),
            ("\"keine Signale\"", OBERMANN),
            ("\"sehr ernst\"", OBERMANN),
            ("\"gemeinsam mit AT&T\"", OBERMANN),
            (cut(OB_P1, "\"Wir werden", "verhandeln.\""), OBERMANN)],
    aliases={OBERMANN: ["René Obermann", "Obermann"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 6 February 2013: Hans-Joachim Hacker on Stuttgart 21 ---

SH_T = ("Mitteldeutsche Zeitung: Stuttgart 21 SPD-Verkehrsexperte Hacker fordert klare Aussagen von Verkehrsminister "
        "Ramsauer")
SH_P1 = ("Der SPD-Verkehrsexperte Hans-Joachim Hacker hat Bundesverkehrsminister Peter Ramsauer (CSU) aufgefordert, mit "
         "Blick auf Stuttgart 21 die Karten auf den Tisch zu legen. \"Die neuesten Meldungen müssen für den "
         "Bundesverkehrsminister Veranlassung sein, konkrete Zahlen auf den Tisch zu legen, damit sie im Aufsichtsrat der "
         "Deutschen Bahn AG und auch im Parlament bewertet werden können\", sagte das Mitglied des "
         "Bundestags-Verkehrsausschusses der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Mittwoch-Ausgabe). \"Im "
         "Moment sind das wieder nur Spekulationen. Damit ist der Öffentlichkeit, dem Parlament und auch dem Projekt selbst "
         "nicht gedient.\" Hacker fügte hinzu: \"Wir brauchen belastbare Zahlen. Das ist die Botschaft an Herrn Ramsauer. Und "
         "diese Botschaft muss er aufnehmen.\"")

add(id="ho651-presseportal-mz-2013-02-hacker-stuttgart21-ramsauer",
    title=SH_T,
    url="https://presseportal.de/pm/47409/2410628?langid=4",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Wednesday edition, 6 "
              "February 2013 by the edition day and by the story list, whose latest teaser is the paper's commentary of "
              "'04.02.2013 – 19:37'; a copy on firmenpresse.de, not used, dates it '05.02.2013 - 13:07 Uhr'); the copy with "
              "the language parameter shows the German widget and gives the body as one line (rule 3420): the widget lines "
              "'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label "
              "dropped; the headline with its prefix and its kicker 'Stuttgart 21' run together as stored is the title, the "
              "dateline 'Halle (ots)' a line of its own; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", SH_P1],
    # the quotation before `sagte das Mitglied des Bundestags-Verkehrsausschusses der … "Mitteldeutschen Zeitung"` is
    # Hacker's, the role phrase taking up the subject of the lead sentence, not Ramsauer, its object (rules 29, 30), the
    # paper's name null (rules 2, 2771); the cue-less quotation after it continues him (NOTES.md continuation); the colon
    # quotation after `Hacker fügte hinzu:` is his (rule 9); Peter Ramsauer, named as `Bundesverkehrsminister` and `Herrn
    # Ramsauer` inside the quotations, the Deutsche Bahn AG and the Parlament say nothing; `SPD-Verkehrsexperte` and
    # `Mitglied des Bundestags-Verkehrsausschusses` name a party or a body and are no aliases (rule 33)
    quotes=[(cut(SH_P1, "\"Die neuesten", "bewertet werden können\""), HACKER),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(SH_P1, "\"Im Moment", "nicht gedient.\""), HACKER),
            (cut(SH_P1, "\"Wir brauchen", "er aufnehmen.\""), HACKER)],
    aliases={HACKER: ["Hans-Joachim Hacker", "Hacker"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 28 December 2018: Haseloff on Angela Merkel ---

HM_T = "Mitteldeutsche Zeitung: Impulse für Ostdeutschland Haseloff relativiert Bedeutung Merkels"
HM_P1 = ("Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) hat die Bedeutung Angela Merkels für den Osten relativiert. "
         "\"Sie konnte nur in wenigen Fällen für uns Hebel umlegen. Teils noch weniger als Helmut Kohl - weil der als "
         "Westdeutscher unverdächtig war, den Osten besonders zu bevorzugen\", sagte Haseloff im Gespräch mit der in Halle "
         "erscheinenden Mitteldeutschen Zeitung (Freitag-Ausgabe). Zu seiner mehrfach geäußerten Kritik an Angela Merkel - "
         "beispielsweise in der Flüchtlingspolitik - steht Haseloff. \"Die Entwicklung hat mir oft Recht gegeben. Die "
         "Migrationsobergrenze steht heute im Koalitionsvertrag.\" Den persönlichen Umgang mit Merkel schätze er gleichwohl. "
         "\"Wir sind zum Teil unterschiedlicher Meinung gewesen. Aber die Kanzlerin ist nicht nachtragend. Sie weiß, dass ich "
         "nicht für meine Person unterwegs bin, sondern für unser Sachsen-Anhalt und Ostdeutschland.\"")

add(id="ho651-presseportal-mz-2018-12-haseloff-bedeutung-merkels",
    title=HM_T,
    url="https://presseportal.de/pm/47409/4153394",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, 28 "
              "December 2018 by the edition day and by the story list, whose latest teaser is the paper's release on "
              "Haseloff's tax proposal of '28.12.2018 – 02:00', for the same edition); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 3010, "
              "3420); the headline with its prefix and its kicker 'Impulse für Ostdeutschland' run together as stored is the "
              "title, the dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact block "
              "'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the "
              "line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere "
              "Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", HM_P1],
    # the quotation before `sagte Haseloff im Gespräch mit der … Mitteldeutschen Zeitung` is his, the paper named without
    # marks the addressee (rules 12, 30); the cue-less quotations after the narrator's `… steht Haseloff.` and after the
    # Konjunktiv report `Den persönlichen Umgang mit Merkel schätze er gleichwohl.` continue him (NOTES.md continuation), though
    # the second follows a sentence that names Merkel nearer to the marks and speaks of her as `Sie` and `die Kanzlerin`;
    # Angela Merkel and Helmut Kohl say nothing; `Ministerpräsident` names only Haseloff in the release and is an alias (rule
    # 44), `Sachsen-Anhalts Ministerpräsident` is not (rule 33)
    quotes=[(cut(HM_P1, "\"Sie konnte", "zu bevorzugen\""), HASELOFF),
            (cut(HM_P1, "\"Die Entwicklung", "Koalitionsvertrag.\""), HASELOFF),
            (cut(HM_P1, "\"Wir sind", "Ostdeutschland.\""), HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Ministerpräsident"]})

# --- Mitteldeutsche Zeitung (presseportal.de, English interface, newsroom 47409), 23 December 2019: Haseloff after Halle ---

HA_T = ("Sachsen-Anhalt/Regierung Ministerpräsident Haseloff im MZ-Interview: \"Anschlag von Halle hinterlässt eine tiefe "
        "Wunde\"")
HA_P1 = ("Nach dem antisemitischen Anschlag von Halle will die Landesregierung neue Anstrengungen gegen die Radikalisierung "
         "isolierter Menschen unternehmen. Einen Teil der Bevölkerung erreiche politische Bildung bislang gar nicht, sagte "
         "Ministerpräsident Reiner Haseloff (CDU) im Interview mit der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Montagausgabe). Nötig seien neue Ansätze in ganz Deutschland, sagte Haseloff, \"denn diesen Tätertyp kann es "
         "überall geben\". Der Anschlag habe dem Land eine tiefe Wunde geschlagen. Mit Blick auf den Fall Robert Möritz sagte "
         "Haseloff, die CDU stehe für das christliche Kreuz \"und nicht für das genaue Gegenteil, das Hakenkreuz\".")

add(id="ho651-presseportal-mz-2019-12-haseloff-anschlag-halle-wunde",
    title=HA_T,
    url="https://presseportal.de/en/pm/47409/4476366?langid=1",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Monday edition, 23 "
              "December 2019 by the edition day and by the story list, whose latest teaser is the paper's commentary of "
              "'22.12.2019 – 18:33'); the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe to "
              "Mitteldeutsche Zeitung' and the newsroom label dropped (rules 3010, 3420); the headline, which carries no "
              "prefix 'Mitteldeutsche Zeitung:', with its kicker 'Sachsen-Anhalt/Regierung' run in as stored is the title, the "
              "dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the line "
              "'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell' and the list 'More stories: "
              "Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", HA_P1],
    # the headline quotation after the label `Ministerpräsident Haseloff im MZ-Interview:` is his: the label names him and
    # the interview, and the body gives him the same thought without marks (`Der Anschlag habe dem Land eine tiefe Wunde
    # geschlagen.`; rules 26, 54); the unmarked reports `Einen Teil der Bevölkerung erreiche …, sagte …` carry no span (rule
    # 5); the partial quotations that complete the Konjunktiv sentences after `sagte Haseloff,` are his, also where the
    # `dass`-less clause has the CDU as its subject (rules 3, 25, 30); the Landesregierung, the CDU and Robert Möritz say
    # nothing; `Ministerpräsident` names only Haseloff in the release and is an alias (rule 44)
    quotes=[("\"Anschlag von Halle hinterlässt eine tiefe Wunde\"", HASELOFF),
            ("\"denn diesen Tätertyp kann es überall geben\"", HASELOFF),
            ("\"und nicht für das genaue Gegenteil, das Hakenkreuz\"", HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Ministerpräsident"]})
