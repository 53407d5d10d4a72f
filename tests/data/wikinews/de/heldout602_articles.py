# Six-hundred-and-second held-out German real-news set (tests/data/heldout602-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3580-3584). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-second held-out set": seven releases of Austrian media (not NEWS) on the
# APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): one of the TV magazine TV-MEDIA (Robert Hochner on "Zur Sache
# spezial" and Hannes Leopoldseder applying for the ORF's information directorate, August 1998), three of the daily ÖSTERREICH
# (its rebuttal on the Ernst Strasser interview, March 2011; Werner Faymann on Michael Spindelegger, April 2011, sender
# inferred; Faymann on the new finance minister, January 2014, sender inferred), one of the ORF (a changed "Pressestunde" with
# Nikolaus Berlakovich after the Fukushima accident, March 2011), one of the broadcaster PULS 24 (Corinna Milborn's new talk,
# November 2019, sender inferred) and one of the business magazine trend (its jubilee issue, September 2025, sender inferred).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), the wire furniture (date prefixes, the ots.at time and number lines, contact blocks and footers) is dropped
# and hard line breaks are joined (rules 2580, 3040, 3090, 3350, 3580), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

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


HOCHNER = "Robert Hochner"
LEOPOLDSEDER = "Hannes Leopoldseder"
FAYMANN = "Werner Faymann"
BERLAKOVICH = "Nikolaus Berlakovich"
MILBORN = "Corinna Milborn"
ECKER = "Bernhard Ecker"
SIX = "Ralf B. Six"

# --- APA-OTS, TV-MEDIA, 18 August 1998: Robert Hochner leaves "Zur Sache spezial", Hannes Leopoldseder applies ---

TV_T = "Robert Hochner hört mit \"Zur Sache spezial\" auf"
TV_P1 = ("Wien (OTS) - In der neuen Ausgabe von TV-Media kündigt Robert Hochner an, daß er nächstes Jahr definitiv nicht mehr "
         "für den umstrittenen Polit-Talk \"Zur Sache spezial\" zur Verfügung stehen werde: \"Ich will es nicht mehr machen! Ich "
         "erfülle als ZIB2-Moderator ein anderes Anforderungsprofil.\" Für 1999 propagiert Hochner anstelle von Gästen, die mit "
         "den Politikern parlieren, zwei ORF-Journalisten, die wesentlich gezielter diskutieren: \"Der ORF muß wieder klar "
         "Flagge zeigen! Wir geben journalistisches Profil auf, wenn wir uns nicht trauen, zwei ORF-Journalisten mit einem "
         "Politiker diskutieren zu lassen.\" Hochner bringt auch schon einige Journalisten-Namen ins Gespräch: \"Elmar "
         "Oberhauser, Margit Czöppan, Johannes Fischer, Gisela Hopfmüller - um nur einige zu nennen.\"")
TV_H2 = "Hannes Leopoldseder bewirbt sich als ORF-Info-Intendant"
TV_P2 = ("In der neuen Ausgabe von TV-MEDIA kündigt der Intendant des Landesstudios Oberösterrreich erstmals öffentlich an, daß "
         "er Info-Intendant des ORF und damit Nachfolger Rudolf Nagillers werden will: \"Ja, ich werde mich um die Position des "
         "ORF-Informationsintendanten bewerben!\" Leopoldseder, den eine lange Freundschaft mit Gerhard Weis verbindet, "
         "bestätigt weiters, daß er aus Wien \"gerufen\" wurde: \"Die Entscheidung, mich als Info-Intendanten zu bewerben, "
         "hängt nur zum Teil von meinem eigenen Willen ab - teilweise hat man mich gerufen! So werde ich mich dieser neuen "
         "Aufgabe stellen, auch wenn sie vermutlich sehr schwierig wird.\" Einzige Einschränkung des 58jährigen: \"Ich bleibe "
         "nur eine Funktionsperiode. 2002 werde ich aus dem ORF ausscheiden.\"")

add(id="ho602-ots-tvmedia-1998-08-18-hochner-leopoldseder",
    title=TV_T,
    url="https://www.ots.at/presseaussendung/OTS_19980818_OTS0066/robert-hochner-hoert-mit-zur-sache-spezial-auf",
    retrieved="same address (release of TV-MEDIA on the APA-OTS service, 18 August 1998 by its OTS number; the sender is "
              "told by the contact block 'TV-MEDIA / Tel.: 21320-0', dropped with the footer 'ORIGINALTEXT-SERVICE UNTER "
              "VERANTWORTUNG DES AUSSENDERS | NEF/OTS', the code of the magazines' common publishing group at the time (rules "
              "3040, 3330, 3580)); the headline is the title; the release carries two advance items, each with its own "
              "headline, and is one document: the second item's headline 'Hannes Leopoldseder bewirbt sich als "
              "ORF-Info-Intendant' stays a line of the body (rule 3090); both body paragraphs are one line each as stored; "
              "'daß', 'muß', 'TV-Media' beside 'TV-MEDIA', 'Oberösterrreich' and 'des 58jährigen' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[TV_P1, TV_H2, TV_P2],
    # the discussion programme's name in marks, in the headline and in the first paragraph, is null (rules 24, 48); the colon
    # quotations after `kündigt Robert Hochner an, daß er … werde:`, `propagiert Hochner …:` and `Hochner bringt auch schon
    # einige Journalisten-Namen ins Gespräch:` are his (rule 9), the names of the journalists he proposes being his words;
    # the second item's colon quotation after `kündigt der Intendant des Landesstudios Oberösterrreich … an, daß er …
    # werden will:` is Hannes Leopoldseder's, the role subject taking up the man the item's headline names (rules 8, 30,
    # 3090); the partial quotation in `bestätigt weiters, daß er aus Wien "gerufen" wurde` is his word, which his next
    # quotation repeats (`teilweise hat man mich gerufen!`; rules 3, 25), and so are the colon quotations after it and after
    # the verbless `Einzige Einschränkung des 58jährigen:` (rules 8, 9); the magazine named without marks is the addressee
    # (rules 12, 3040); Rudolf Nagiller, Gerhard Weis, the ORF and the journalists named by Hochner say nothing; `Intendant des
    # Landesstudios Oberösterrreich` names a body and is no alias (rule 33)
    quotes=[("\"Zur Sache spezial\"", None, 0),
            ("\"Zur Sache spezial\"", None, 1),
            (cut(TV_P1, "\"Ich will", "Anforderungsprofil.\""), HOCHNER),
            (cut(TV_P1, "\"Der ORF muß", "zu lassen.\""), HOCHNER),
            (cut(TV_P1, "\"Elmar", "zu nennen.\""), HOCHNER),
            (cut(TV_P2, "\"Ja, ich", "bewerben!\""), LEOPOLDSEDER),
            ("\"gerufen\"", LEOPOLDSEDER),
            (cut(TV_P2, "\"Die Entscheidung", "schwierig wird.\""), LEOPOLDSEDER),
            (cut(TV_P2, "\"Ich bleibe", "ausscheiden.\""), LEOPOLDSEDER)],
    aliases={HOCHNER: ["Robert Hochner", "Hochner"],
             LEOPOLDSEDER: ["Hannes Leopoldseder", "Leopoldseder"]})

# --- APA-OTS, the daily ÖSTERREICH, 27 March 2011: the paper rejects the charge of an invented Strasser interview ---

ST_T = "ÖSTERREICH: Drei Telefon-Interviews mit Strasser"
ST_SUB = "Ex-EU-Abgeordneter rief sogar selbst in der Redaktion an"
ST_P1 = ("Wien (OTS) - Die Tageszeitung ÖSTERREICH weist den Vorwurf, in der Sonntag-Ausgabe ein Interview mit Ernst Strasser "
         "\"erfunden\" zu haben, auf das Schärfste zurück. Es gab in der vergangenen Woche gleich drei Telefon-Kontakte mit dem "
         "Ex-EU-Abgeordneten.")
ST_P2 = ("Besonders grotesk: Strasser selbst hat am vergangenen Dienstag, 22. März 2011, gegen 16.30 Uhr in der "
         "ÖSTERREICH-Redaktion angerufen und ein Interview gegeben. Die in der OTS erstellte Behauptung, seit dem 22. März um "
         "11.50 Uhr stehe Strasser \"ausschließlich den Behörden zur Verfügung\" ist damit nachweislich falsch.")
ST_P3 = "Auch am Donnerstag gab es zwei weitere Telefongespräche mit Strasser."

add(id="ho602-ots-oesterreich-2011-03-27-strasser-telefon-interviews",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20110327_OTS0038/oesterreich-drei-telefon-interviews-mit-strasser",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 27 March 2011 by its OTS number; the "
              "sender is told by the contact block 'ÖSTERREICH, Chefredaktion / Tel.: (01) 588 11 / 1010 / "
              "redaktion@oe24.at', dropped with the footer '… | FEL0001' (rules 3040, 3350)); headline and subtitle lines of "
              "their own, the dateline run into the first paragraph as stored; the missing comma after the closing mark "
              "('zur Verfügung\" ist') kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[ST_SUB, ST_P1, ST_P2, ST_P3],
    # no person's words are quoted: the marked word of the charge the paper rejects (`weist den Vorwurf, … ein Interview mit
    # Ernst Strasser "erfunden" zu haben, … zurück`) and the marked words of the claim it calls false (`Die in der OTS
    # erstellte Behauptung, … stehe Strasser "…"`) come from a release whose sender the text never names; both are null, and
    # Strasser, of whom the claim speaks, is not its speaker (rules 24, 36, 3584); the paper, named without marks, says
    # nothing in marks of its own
    quotes=[("\"erfunden\"", None),
            ("\"ausschließlich den Behörden zur Verfügung\"", None)],
    aliases={})

# --- APA-OTS, the daily ÖSTERREICH (inferred), 23 April 2011: Werner Faymann on Michael Spindelegger ---

F1_T = "Faymann in ÖSTERREICH: \"Spindelegger ist Glücksgriff für mich\""
F1_SUB = "Kanzler im Interview über Pröll-Rücktritt, die neue ÖVP und Jung-Politiker Kurz"
F1_P1 = ("Wien (OTS) - Im großen Interview mit ÖSTERREICH (Sonntag-Ausgabe) streut Bundeskanzler Werner Faymann dem neuen "
         "ÖVP-Chef Michael Spindelegger Rosen. \"Dass sich die ÖVP für Michael Spindelegger entschieden hat, ist für mich ein "
         "Glücksgriff. Ich kenne viele andere ÖVP-Politiker wie Bartenstein, Schüssel oder Molterer, bei denen das "
         "Auseinanderführen das Ziel ist. Und ich rechne es Michael Spindelegger hoch an, dass er in seiner bisherigen "
         "politischen Tätigkeit immer den Grundsatz der Zusammenarbeit hatte\", sagt Faymann im Interview.")
F1_P2 = ("Der Kanzler erzählt auch, wie er vom Rücktritt von Josef Pröll erfahren hat. \"Ich bin - ehrlich gesagt - aus allen "
         "Wolken gefallen. Ich respektiere aber seinen Schritt voll. Gesundheit und Familie sind das höchste Gut\". Er selbst "
         "fühle sich nicht überlastet. \"Mein Arzt sagt, ich bin heute viel besser drauf als früher\".")
F1_P3 = ("Mit Spindelegger wolle die Regierung einen Neustart. \"Genau jetzt - im Juni - beginnt die zweite Halbzeit der "
         "Regierung. Ich sehe den Wechsel bei der ÖVP als neue Aufstellung für diese zweite Halbzeit. Das macht jede gute "
         "Mannschaft so - in der zweiten Halbzeit bringt man neue, frische Spieler, stellt den einen oder anderen auf eine neue "
         "Position\".")
F1_P4 = ("Faymanns Ansage für die \"zweite Halbzeit\" lautet: \"Mehr Tempo. Das Wichtigste ist, dass wir in der zweiten "
         "Halbzeit den Teamgeist erneuern. Ich sehe dabei Michael Spindelegger als idealen Partner. Weil ich so wie er der "
         "felsenfesten Überzeugung bin, dass eine Mannschaft nur so gut ist, so gut sie zusammenspielt\".")
F1_P5 = ("Von der neuen Finanzministerin Maria Fekter wünscht sich Faymann \"jenen Einsatz, der dazu führt, dass unsere "
         "Gesellschaft gerechter wird ... Und es soll 2013 eine Steuerreform geben, die mehr soziale Gerechtigkeit schafft.")

add(id="ho602-ots-oesterreich-2011-04-23-faymann-spindelegger-gluecksgriff",
    title=F1_T,
    url="https://www.ots.at/presseaussendung/OTS_20110423_OTS0010/faymann-in-oesterreich-spindelegger-ist-gluecksgriff-fuer-mich",
    retrieved="same address (release on the APA-OTS service, 23 April 2011 by its OTS number, for the Sunday edition of 24 "
              "April; the stored copy breaks off inside its sixth paragraph ('Das Alter des neuen Intergrations-Staatssekretärs "
              "Sebastian Kurz hält'), which is dropped as cut off (rule 15; no mark in its stored part), before any contact "
              "block; the sender is inferred as the daily ÖSTERREICH from the headline label 'Faymann in ÖSTERREICH:' and the "
              "release's own voice, 'Im großen Interview mit ÖSTERREICH (Sonntag-Ausgabe)', the formula of the paper's "
              "releases (rules 3090, 3330, 3580)); headline and subtitle lines of their own, the dateline run into the first "
              "paragraph as stored; the full stops after the closing marks ('höchste Gut\".', 'als früher\".', 'neue "
              "Position\".', 'zusammenspielt\".'), 'so gut ist, so gut sie zusammenspielt' and the quotation never closed in "
              "the fifth paragraph kept (rules 20, 22))",
    license=APA_OTS_SENDERS,
    paras=[F1_SUB, F1_P1, F1_P2, F1_P3, F1_P4, F1_P5],
    # the headline label `Faymann in ÖSTERREICH:` gives him the headline quotation (rules 54, 3040), which the first body
    # quotation says at length (rule 26); the first body quotation is closed by `sagt Faymann im Interview` (rule 30); the
    # quotation after `Der Kanzler erzählt auch, wie er vom Rücktritt von Josef Pröll erfahren hat.` is Faymann's, the
    # subject, not Pröll's, named last before it and spoken of as `seinen Schritt` (rules 8, 30); the cue-less quotations
    # after the paper's Konjunktiv reports `Er selbst fühle sich nicht überlastet.` and `Mit Spindelegger wolle die Regierung
    # einen Neustart.` go on reporting his answers (NOTES.md continuation); the doctor whom he cites inside his own words
    # (`Mein Arzt sagt, …`) is no speaker (rule 47); the marked `"zweite Halbzeit"` in `Faymanns Ansage für die "…" lautet:`
    # is his own term from the quotation before (rules 3, 25), and the colon quotation after the verbless `Faymanns Ansage …
    # lautet:` is his (rule 9); the quotation opened after `wünscht sich Faymann` and never closed runs to the end of its
    # paragraph (rule 22); Michael Spindelegger, Bartenstein, Schüssel, Molterer, Josef Pröll, Maria Fekter, the ÖVP and the
    # Regierung say nothing; the paper named without marks is the addressee (rule 12); `Bundeskanzler` and `Kanzler`, which
    # name only Faymann in the release, are aliases (rule 44)
    quotes=[("\"Spindelegger ist Glücksgriff für mich\"", FAYMANN),
            (cut(F1_P1, "\"Dass sich", "Zusammenarbeit hatte\""), FAYMANN),
            (cut(F1_P2, "\"Ich bin", "höchste Gut\""), FAYMANN),
            (cut(F1_P2, "\"Mein Arzt", "als früher\""), FAYMANN),
            (cut(F1_P3, "\"Genau jetzt", "neue Position\""), FAYMANN),
            ("\"zweite Halbzeit\"", FAYMANN),
            (cut(F1_P4, "\"Mehr Tempo", "zusammenspielt\""), FAYMANN),
            (cut(F1_P5, "\"jenen Einsatz", "Gerechtigkeit schafft."), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler", "Kanzler"]})

# --- APA-OTS, the daily ÖSTERREICH (inferred), 12 January 2014: Werner Faymann on Spindelegger as finance minister ---

F2_T = "Faymann in ÖSTERREICH: \"Harte Zeiten für den Finanzminister\""
F2_SUB = ("Kanzler nimmt im ÖSTERREICH-Interview Vizekanzler in Schutz: \"Habe volles Vertrauen zu Michael Spindelegger.\" "
          "\"Kein Salz in die Wunden des Partners.\"")
F2_P1 = ("Wien (OTS) - Im Interview für die Sonntagsausgabe der Tageszeitung ÖSTERREICH stellt sich Bundeskanzler Werner "
         "Faymann hinter seinen Koalitionspartner, Vizekanzler Michael Spindelegger: \"Ich habe volles Vertrauen zu Michael "
         "Spindelegger.\"")
F2_P2 = ("Die Doppelbelastung Vizekanzler-Finanzminister werde für Spindelegger kein Problem sein. Faymann: \"Arbeitstechnisch "
         "kann er das. Ich weiß, dass er jemand ist, der sehr gut Teams um sich aufbaut. Die Doppelbelastung wird er können.\"")
F2_P3 = ("\"Aber\", so Faymann, \"es wird eine harte Zeit für einen Finanzminister. Weil wir jeden Euro zweimal umdrehen müssen "
         "und - im Gegensatz zu den Zeiten von Androsch & Co - nichts mehr zu verteilen oder zu verschenken haben.\" Er sehe "
         "Finanzminister und Vizekanzler in einer Person durchaus positiv: \"Weil wir in Zukunft viele Fragen auf schnellstem "
         "Weg entscheiden können - ohne die Frage: Was wird die Finanzministerin dazu sagen?\"")
F2_P4 = ("Den ÖVP-internen Konflikt um die gemeinsame Schule will Faymann nicht kommentieren: \"Erstens: Weil jeder "
         "Österreicher weiß, dass die SPÖ einen Parteitagsbeschluss hat, dass wir die Neue Mittelschule durchgängig einführen "
         "wollen - das muss ich nicht täglich wiederholen. Zweitens: Weil es nicht mehr Stil in dieser Regierung ist, Salz in "
         "die Wunden des Partners zu streuen. An Streit beteilige ich mich nicht mehr.\"")

add(id="ho602-ots-oesterreich-2014-01-12-faymann-finanzminister",
    title=F2_T,
    url="https://www.ots.at/presseaussendung/OTS_20140112_OTS0021/faymann-in-oesterreich-harte-zeiten-fuer-den-finanzminister",
    retrieved="same address (release on the APA-OTS service, 12 January 2014 by its OTS number; the stored copy breaks off "
              "inside its sixth paragraph ('Das sei Ausdruck des neuen Stils in der Regierung. Faymann: / Inhaltliche "
              "Unterschiede … unsere Arbeit künftig gemeinsam zu vertreten und es d'), which is dropped as cut off with its "
              "two quotations (rules 15, 52), before any contact block; the sender is inferred as the daily ÖSTERREICH from "
              "the headline label 'Faymann in ÖSTERREICH:' and the release's own voice, 'Im Interview für die Sonntagsausgabe "
              "der Tageszeitung ÖSTERREICH' (rules 3330, 3580)); headline and subtitle lines of their own, the dateline run "
              "into the first paragraph as stored; 'Androsch & Co' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[F2_SUB, F2_P1, F2_P2, F2_P3, F2_P4],
    # the headline label `Faymann in ÖSTERREICH:` gives him the headline quotation (rule 54), whose words the body gives him
    # (`es wird eine harte Zeit für einen Finanzminister`; rule 26); the two subtitle quotations follow the role subject
    # `Kanzler nimmt … Vizekanzler in Schutz:` and are Faymann's, not Spindelegger's, the object named right before the
    # colon and spoken of in the first of them (rules 9, 107, 3045), the body saying both again (rule 26); the lead's colon
    # quotation after `stellt sich Bundeskanzler Werner Faymann hinter …, Vizekanzler Michael Spindelegger:` is Faymann's for
    # the same reason (rules 9, 55); the quotation after the verbless label `Faymann:` is his (rule 9); the quotation split by
    # `so Faymann` is two spans of his (rule 30); the colon quotations after the Konjunktiv sentence `Er sehe … durchaus
    # positiv:` and after `will Faymann nicht kommentieren:` are his (rules 8, 9); Michael Spindelegger, Androsch, the ÖVP,
    # the SPÖ and the Finanzministerin he mentions say nothing; the paper named without marks is the addressee (rule 12);
    # `Bundeskanzler` and `Kanzler`, which name only Faymann in the release, are aliases (rule 44)
    quotes=[("\"Harte Zeiten für den Finanzminister\"", FAYMANN),
            ("\"Habe volles Vertrauen zu Michael Spindelegger.\"", FAYMANN),
            ("\"Kein Salz in die Wunden des Partners.\"", FAYMANN),
            ("\"Ich habe volles Vertrauen zu Michael Spindelegger.\"", FAYMANN),
            (cut(F2_P2, "\"Arbeitstechnisch", "wird er können.\""), FAYMANN),
            ("\"Aber\"", FAYMANN),
            (cut(F2_P3, "\"es wird", "zu verschenken haben.\""), FAYMANN),
            (cut(F2_P3, "\"Weil wir in Zukunft", "dazu sagen?\""), FAYMANN),
            (cut(F2_P4, "\"Erstens", "mich nicht mehr.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler", "Kanzler"]})

# --- APA-OTS, ORF, 12 March 2011: the changed "Pressestunde" with Nikolaus Berlakovich after the Fukushima accident ---

OR_T = "Achtung Änderung: ORF-\"Pressestunde\" morgen um 11.15 Uhr mit Umweltminister Nikolaus Berlakovich"
OR_P1 = join("Wien (OTS) - Weitere ORF-TV-Programmänderung in Folge der",
             "Erdbebenkatastrophe in Japan: Anstelle von ÖVP-Klubobmann Karl-Heinz",
             "Kopf wird Umweltminister Nikolaus Berlakovich in der \"Pressestunde\"",
             "morgen, am Sonntag, dem 13. März, zu Gast sein. ACHTUNG: In Folge der",
             "verlängerten ZiB\" wird die \"Pressestunde\" erst um 11.15 Uhr in ORF 2",
             "beginnen.")
OR_P2 = join("\"Österreich ist nicht gefährdet\", meinte der Umweltminister nach",
             "einer großen Lage- und Koordinierungssitzung von insgesamt neun",
             "Ministerien und Hilfsorganisationen am Samstag-Abend in Wien. Im",
             "Mittelpunkt der Besprechung: der Störfall im Atomkraftwerk Fukushima.",
             "Dazu wird Berlakovich auch in der ORF-Pressestunde befragt werden.",
             "Aber auch zu aktuellen innenpolitischen Themen.")
OR_P3 = "Die Fragen stellen Eva Linsinger, \"profil\", und Hans Bürger, ORF."
OR_P4 = join("Die Sendung ist nach der TV-Ausstrahlung sieben Tage auf der",
             "Video-Plattform ORF-TVthek (http://TVthek.ORF.at) als Video-on-Demand",
             "abrufbar.")

add(id="ho602-ots-orf-2011-03-12-pressestunde-berlakovich",
    title=OR_T,
    url="https://www.ots.at/presseaussendung/OTS_20110312_OTS0060/achtung-aenderung-orf-pressestunde-morgen-um-1115-uhr-mit-"
        "umweltminister-nikolaus-berlakovich",
    retrieved="same address (release of the ORF on the APA-OTS service, 12 March 2011; the store's time and number lines "
              "'• 12.03.2011, 19:10:39' / '• /' / '• OTS0060 OTW0060' before the headline dropped (rules 2580, 3040, 3350); the "
              "sender is told by the contact block 'Rückfragehinweis: ORF-Pressestelle / Rainer Scheuer / Tel.: 0664 62 78 041', "
              "dropped with the footer '… - WWW.OTS.AT | GOK' and the share links, 'Stichworte' and 'Channel' lines (rules "
              "2580, 3350)); the headline is the title; the copy is hard-wrapped at about seventy characters with empty lines "
              "between paragraphs, so its breaks inside a paragraph are joined with a space (rules 2580, 3350); the closing "
              "mark after 'ZiB' without an opening mark, and 'Samstag-Abend' kept (rules 20, "
              "3581); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[OR_P1, OR_P2, OR_P3, OR_P4],
    # the programme's name in marks, as the marked part of `ORF-"Pressestunde"` in the headline and twice in the first
    # paragraph, is null (rules 24, 1882); the news programme's name `ZiB"`, published with its closing mark only, is null
    # from the first letter of the name to the mark (rule 3581); the quotation closed by `meinte der Umweltminister` is
    # Nikolaus Berlakovich's, the one Umweltminister of the release, named in the headline and the paragraph before (rules
    # 30, 44); the magazine's name `"profil"` beside the questioner's name is null (rule 2); Karl-Heinz Kopf, whom he
    # replaces, the questioners Eva Linsinger and Hans Bürger and the ORF say nothing; `Umweltminister` names only him and is
    # an alias (rule 44)
    quotes=[("\"Pressestunde\"", None, 0),
            ("\"Pressestunde\"", None, 1),
            ("ZiB\"", None),
            ("\"Pressestunde\"", None, 2),
            ("\"Österreich ist nicht gefährdet\"", BERLAKOVICH),
            ("\"profil\"", None)],
    aliases={BERLAKOVICH: ["Nikolaus Berlakovich", "Berlakovich", "Umweltminister"]})

# --- APA-OTS, PULS 24 (inferred), 7 November 2019: Corinna Milborn starts her talk "Milborn" ---

MI_T = "Corinna Milborn startet mit neuem Talk: \"Milborn\" am Montag um 21:00 Uhr auf PULS 24"
MI_SUB = ("Vor kurzem erst mit der MedienLÖWIN 2019 für ihr bisheriges Lebenswerk ausgezeichnet, präsentiert Corinna Milborn "
          "ihr neues wöchentliches Talk-Format „Milborn“ erstmals auf PULS 24.")
MI_P1 = ("Wien (OTS) - Corinna Milborn lädt in ihrem neuen Talk \"Milborn\" Politiker und politisch aktive Gäste zum "
         "Interview:")
MI_P2 = ("„Ich freue mich, neben dem konfrontativen Format „Pro und Contra“ in meiner neuen Sendung auf tiefergehende "
         "Gespräche. Ich werde jeweils eine Politikerin oder einen Politiker zu Gast haben, mit dem ich ausgehend von aktuellen "
         "Anlässen ein grundsätzlicheres Gespräch führe, und zwei weitere Gäste, die in der Woche aufgefallen sind, aber keine "
         "aktiven PolitikerInnen sind: WissensschaftlerInnen, AutorInnen, AktivistInnen, die man sonst in News-Sendungen "
         "vielleicht nicht sieht.")
MI_H = "Neuer Talk mit neuem Konzept:"
MI_P3 = ("Anders als bei ihrem Talk \"Pro und Contra\" setzt die Infochefin bei \"Milborn\" auf aufeinander folgende "
         "Einzelinterviews: \"Ich spreche mit den Gästen hintereinander, sie können nachfragen und aufeinander reagieren, aber "
         "nicht in eine Konfrontation einsteigen\", so Milborn.")
MI_P4 = ("In ausführlichen Einzelgesprächen werden politische und gesellschaftspolitische Themen erörtert, analysiert und "
         "hinterfragt. Gäste, die derzeit das Meinungsfeld in Österreich bestimmen, von aktiven PolitikerInnen bis hin zu "
         "WissenschaftlerInnen und ExpertInnen, erklären ihren aktuellen Standpunkt.")
MI_P5 = ("\"Ich verspreche mir von der Sendung tiefergehende Einblicke in die Politik und eine Bühne für interessante "
         "Menschen im Land, die man kennenlernen sollte\", so die PULS 24-Infochefin.")

add(id="ho602-ots-puls24-2019-11-07-milborn-talk",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20191107_OTS0028/corinna-milborn-startet-mit-neuem-talk-milborn-am-montag-um-"
        "2100-uhr-auf-puls-24",
    retrieved="same address (release on the APA-OTS service, 7 November 2019 by its OTS number; the store's date prefix ' date "
              "2019-11' before the headline dropped (rule 63); the copy separates its paragraphs by runs of empty lines, each "
              "run one paragraph break; it breaks off inside the list of the first guests ('Michael Ludwig, Bürgermeister und "
              "Landeshauptmann von Wien. … erstmals der Wiener- Landtags und Bü'), which is dropped as cut off, together with "
              "the list's lead-in line 'Die ersten Gäste bei \"Milborn\" am Montag um 21:00 Uhr sind:' left dangling before it, "
              "as a dangling subheading is (rules 15, 52), before any contact block; the sender is inferred as the broadcaster "
              "PULS 24 (ProSiebenSat.1 PULS 4) from the release's own voice, which presents its information chief's new "
              "programme on PULS 24 (rules 2581, 3580)); headline, subtitle and the subheading 'Neuer Talk mit neuem Konzept:' "
              "lines of their own; the quotation opened after the lead's colon and never closed, with the nested „Pro und "
              "Contra“ inside it, kept (rules 20, 3583); 'WissensschaftlerInnen' and 'PULS 24-Infochefin' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[MI_SUB, MI_P1, MI_P2, MI_H, MI_P3, MI_P4, MI_P5],
    # the talk's name `"Milborn"`, named after its host, is null wherever it stands in marks: after the headline's colon
    # `Corinna Milborn startet mit neuem Talk:`, in the subtitle's `Talk-Format „Milborn“` and in the lead's and the third
    # paragraph's `Talk "Milborn"` / `bei "Milborn"` (rules 24, 3582); the other programme's name `"Pro und Contra"` is null
    # (rule 24); the paragraph opened with `„Ich freue mich` after the lead ending in `… lädt … zum Interview:` is Corinna
    # Milborn's, one span from its opening mark to the paragraph end, the nested programme name „Pro und Contra“ inside it
    # getting no span of its own (rules 22, 311, 780, 3583); the quotation after the colon of `setzt die Infochefin … auf …
    # Einzelinterviews:` and closed by `so Milborn` is hers (rules 9, 30, 3582), and so is the one closed by `so die PULS
    # 24-Infochefin` (rule 30); `Infochefin`, which names only her, is an alias; `PULS 24-Infochefin` names the broadcaster and
    # is not (rule 33)
    quotes=[("\"Milborn\"", None, 0),
            ("„Milborn“", None),
            ("\"Milborn\"", None, 1),
            (MI_P2, MILBORN),
            ("\"Pro und Contra\"", None),
            ("\"Milborn\"", None, 2),
            (cut(MI_P3, "\"Ich spreche", "einsteigen\""), MILBORN),
            (cut(MI_P5, "\"Ich verspreche", "kennenlernen sollte\""), MILBORN)],
    aliases={MILBORN: ["Corinna Milborn", "Milborn", "Infochefin"]})

# --- APA-OTS, trend (inferred), 25 September 2025: the business magazine's jubilee issue ---

TR_L1 = "Wien (OTS) -"
TR_P1 = ("Das Wirtschaftsmagazin trend. feiert heuer sein 55-jähriges Bestehen. Seit mehr als fünf Jahrzehnten begleitet der "
         "trend. seine Leserinnen und Leser mit fundierten Analysen, exklusiven Interviews und tiefgehenden Recherchen zu "
         "Wirtschaft, Politik und Gesellschaft. Zum Jubiläum widmet sich die Redaktion in einer Sonderausgabe den „55 "
         "Legenden“, die Österreichs Wirtschaftsgeschichte nachhaltig geprägt und gestaltet haben.")
TR_P2 = ("Mit diesem Schwerpunkt gelingt es dem trend., die Brücke zwischen Vergangenheit, Gegenwart und Zukunft zu schlagen: "
         "Welche Persönlichkeiten und Unternehmen haben die Wirtschaft über Jahrzehnte entscheidend beeinflusst? Welche Ideen, "
         "Innovationen und Weichenstellungen haben Österreich international konkurrenzfähig gemacht? Und welche Lehren lassen "
         "sich daraus für die kommenden Jahre ziehen?")
TR_P3 = ("„Es ist mir eine große Freude, den trend. in diesem besonderen Jubiläumsjahr als Chefredakteur führen zu dürfen. "
         "Inhaltlich haben wir uns ganz den Legenden und ihrem Einfluss auf Österreich verschrieben. Die Jubiläumsausgabe ist "
         "ein Kaleidoskop an Persönlichkeiten, Erfolgen und Herausforderungen – eine außergewöhnliche Ausgabe mit vielen "
         "spannenden Insights und einem klaren Blick auf die Zukunft“, so Bernhard Ecker, Chefredakteur des trend.")
TR_P4 = ("Auch Ralf B. Six, CEO des trend., unterstreicht die Bedeutung dieses Meilensteins: „Es erfüllt mich mit Stolz, den "
         "trend. seit vielen Jahren begleiten und nun auch dieses Jubiläum mitgestalten zu dürfen. In einer Zeit, in der "
         "Medienlandschaften sich rasant verändern und viele Titel unter Druck geraten, ist es ein starkes Signal, dass wir am "
         "österreichischen Markt konstant erfolgreich reüssieren. Der trend. steht für journalistische Qualität, "
         "Unabhängigkeit und Relevanz – und das seit 55 Jahren.“")

add(id="ho602-ots-trend-2025-09-25-jubilaeumsausgabe",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20250925_OTS0084/jubilaeumsausgabe-trend",
    retrieved="same address (release on the APA-OTS service, 25 September 2025 by its OTS number and the store's date; the "
              "stored copy shows no headline: after the crawl date prefix ' date 2025-09-25' (dropped, rule 63) the dateline "
              "'Wien (OTS) -' stands on a line of its own before an empty line and is the first line, no title being invented "
              "from the address slug (rules 18, 32, 2580, 3430); the copy breaks off inside its fifth paragraph ('Die trend. "
              "Jubiläumsausgabe „55 Jahre – 55 Legenden“ erscheint a'), which is dropped as cut off with the issue's title in "
              "marks (rule 15), before any contact block; the sender is inferred as the magazine trend, or its publisher, from "
              "the release's own voice, which presents the magazine's jubilee issue and quotes its editor-in-chief and its CEO "
              "(rules 2581, 3580)); the magazine's name with its full stop 'trend.' beside 'trend' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[TR_L1, TR_P1, TR_P2, TR_P3, TR_P4],
    # the special issue's theme `„55 Legenden“` is a title in marks, null (rule 24); the quotation closed by `so Bernhard
    # Ecker, Chefredakteur des trend.` is his (rule 30), and the colon quotation after `Auch Ralf B. Six, CEO des trend.,
    # unterstreicht …:` is Ralf B. Six's (rule 9); the Redaktion and the magazine, named without marks, say nothing in
    # marks; `Chefredakteur des trend` and `CEO des trend.` name the magazine and are no aliases (rule 33)
    quotes=[("„55 Legenden“", None),
            (cut(TR_P3, "„Es ist mir", "die Zukunft“"), ECKER),
            (cut(TR_P4, "„Es erfüllt", "seit 55 Jahren.“"), SIX)],
    aliases={ECKER: ["Bernhard Ecker"],
             SIX: ["Ralf B. Six"]})
