# Seven-hundred-and-twenty-second held-out German real-news set (tests/data/heldout722-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4490-4493). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout719 to heldout726). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twenty-second held-out set": six advance releases of Austrian media on
# the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS), each reporting the medium's own interview: the news magazine
# NEWS three times (Karl-Heinz Grasser backing Benita Ferrero-Waldner, January 2004; Heinz Fischer on a book attacking him,
# January 2004; Reinhold Mitterlehner as new Vizekanzler, September 2014), the daily KURIER twice (Heinz Fischer on Greece,
# direct democracy and Martin Graf, May 2012; Christoph Kardinal Schönborn's Easter interview, April 2019) and the daily
# ÖSTERREICH once (Werner Faymann on a smaller government, September 2013). Stored copies are the `search` tool's `pages`
# excerpts; three bodies are complete in them (Grasser, Fischer 2012, Mitterlehner), two end after a complete paragraph without
# any contact block and may go on beyond the excerpt (Faymann, Schönborn; rule 17), and the NEWS copy with Fischer is cut off in
# its fourth body paragraph, which is dropped (rule 15); the wire furniture (the store's time and number lines, contact
# headings, contact blocks, footers, crawl-date prefix) is dropped and the hard-wrapped lines of the Mitterlehner copy are
# joined (rules 63, 3040, 3200, 4490); each retrieval note names what was dropped.
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


FAYMANN = "Werner Faymann"
MITTERLEHNER = "Reinhold Mitterlehner"
FISCHER = "Heinz Fischer"
GRASSER = "Karl-Heinz Grasser"
SCHOENBORN = "Christoph Kardinal Schönborn"

# --- APA-OTS, the daily ÖSTERREICH, 14 September 2013: Werner Faymann on a smaller government and on Schwarz-Blau ---

WF_T = "Faymann kündigt in ÖSTERREICH Verkleinerung der Regierung an"
WF_SUB = ("Kanzler im Interview: \"Nächste Regierung um zwei Köpfe kleiner.\" -\"Müssen bei Reformen schneller werden.\" - "
          "\"Wenn ich nicht Erster werde, kommt Schwarz-Blau.\"")
WF_P1 = ("Wien (OTS) - Im Interview für die Sonntags-Ausgabe der Tageszeitung ÖSTERREICH kündigt Bundeskanzler Werner Faymann "
         "eine Verkleinerung der nächsten Regierung an. Faymann: \"Sie wird, wie versprochen, um zwei Köpfe kleiner sein.\"")
WF_P2 = ("Der Kanzler spricht sich im ÖSTERREICH-Interview erneut für eine Zweier-Koalition nach der Wahl aus: \"Eine starke "
         "Zweier-Koalition ist mir in jedem Fall lieber. Viele kritisieren zu Recht, dass die Reformen in diesem Land zu langsam "
         "gehen. Deshalb will ich in der Regierung bei Reformen deutlich schneller werden. Dafür kann ich Bremser in einer "
         "Regierung nicht brauchen. Ein Dritter ist immer ein Bremser - da wird dann getrickst, blockiert.\"")
WF_P3 = ("Ob Faymann nach einer Niederlage am 29. September an Rücktritt denke? Faymann: \"Damit beschäftige ich mich nicht. "
         "Ich will wie jeder Spitzensportler nur gewinnen. Und ich muss Erster werden, um Schwarz-Blau in Österreich zu "
         "verhindern.\"")
WF_P4 = ("Der Kanzler sei nämlich überzeugt, dass die ÖVP diesen Schritt wagen würde. Faymann: \"Schauen Sie sich die Umfragen "
         "an, wie leicht sich da Schwarz-Blau mit ein bisschen Stronach ausgeht. Und dann fragen Sie den Michael Spindelegger "
         "mal, warum er Schwarz-Blau nicht ausschließt, sondern sich dezidiert als Option offenlässt. Wenn die SPÖ nicht Erster "
         "wird, dann ist die Gefahr von Schwarz-Blau-Stronach riesengroß.\"")

add(id="ho722-ots-oesterreich-2013-09-14-faymann-verkleinerung-regierung",
    title=WF_T,
    url="https://www.ots.at/presseaussendung/OTS_20130914_OTS0059/faymann-kuendigt-in-oesterreich-verkleinerung-der-regierung-an",
    retrieved="same address (advance release of the daily ÖSTERREICH on the APA-OTS service, 14 September 2013 by its OTS "
              "number, a Saturday, for 'die Sonntags-Ausgabe der Tageszeitung ÖSTERREICH'; the crawl-date prefix ' date "
              "2018-03' dropped (rule 63); headline and subtitle kept as lines of their own as stored, the subtitle with the "
              "published '-\"Müssen' without a space (rule 20); the dateline at the start of the first paragraph; the copy sets "
              "its paragraphs apart by empty lines and ends after the fourth body paragraph without a contact block, so the "
              "release may go on beyond the excerpt (rule 17) and the sender is inferred from the release's own voice, the "
              "headline 'in ÖSTERREICH' and the formula 'Im Interview für die Sonntags-Ausgabe der Tageszeitung ÖSTERREICH' "
              "(rule 4490); used as stored)",
    license=APA_OTS_SENDERS,
    paras=[WF_SUB, WF_P1, WF_P2, WF_P3, WF_P4],
    # the headline carries no marks (rule 5); the three subtitle quotations after the role label `Kanzler im Interview:`,
    # joined by dashes, are Faymann's, the headline's subject (rule 4491); the colon quotations after the labels `Faymann:`
    # are his (rules 9, 54), also after the narrator's question `Ob Faymann … an Rücktritt denke?` and after the Konjunktiv
    # `Der Kanzler sei nämlich überzeugt, …` (rule 5 for the unmarked words); the colon quotation after `Der Kanzler spricht
    # sich im ÖSTERREICH-Interview … aus:` is his (rules 9, 30); ÖSTERREICH named without marks is the addressee (rule 12);
    # the ÖVP, Stronach, Michael Spindelegger and the SPÖ are spoken of and say nothing; `Kanzler` names only Faymann in the
    # release and is an alias (rule 44)
    quotes=[("\"Nächste Regierung um zwei Köpfe kleiner.\"", FAYMANN),
            ("\"Müssen bei Reformen schneller werden.\"", FAYMANN),
            ("\"Wenn ich nicht Erster werde, kommt Schwarz-Blau.\"", FAYMANN),
            ("\"Sie wird, wie versprochen, um zwei Köpfe kleiner sein.\"", FAYMANN),
            (cut(WF_P2, "\"Eine starke", "blockiert.\""), FAYMANN),
            (cut(WF_P3, "\"Damit beschäftige", "verhindern.\""), FAYMANN),
            (cut(WF_P4, "\"Schauen Sie", "riesengroß.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Kanzler"]})

# --- APA-OTS, the news magazine NEWS, 18 September 2014: Reinhold Mitterlehner as new Vizekanzler and ÖVP-Chef ---

RM_T = "Mitterlehner: \"Auf höherem Level regieren!\""
RM_P1 = join("Wien (OTS) - Wien.- Kaum zwei Wochen erst in seinen neuen Ämtern als",
             "Vizekanzler der Koalitionsregierung und als neuer ÖVP-Chef gibt",
             "Wirtschaftsminister Reinhold Mitterlehner sowohl für die Regierung",
             "als auch seine Partei sehr deftig neue Linien vor. Mitterlehner in",
             "der morgen Donnerstag erscheinenden jüngsten Ausgabe des",
             "Nachrichtenmagazins NEWS: \"Es muss Schluss sein, mit ideologischen",
             "Schlagwörtern nur Pattstellungen in der Regierung zu bieten. Ich",
             "glaube, dass beide Koalitionsparteien höchstes Interesse haben, dass",
             "wir insgesamt auf einem höheren Level agieren, damit die",
             "Regierungswerte wieder nach oben gehen.\" SPÖ und ÖVP bräuchten einen",
             "gemeinsamen Nenner, erkennbar für die Bürger, ansonsten \"braucht es",
             "keine Koalition\", so der Vizekanzler im NEWS-Gespräch.")
RM_P2 = join("Und auch seiner ÖVP liest Mitterlehner indirekt einigermaßen die",
             "Leviten: Die Wähler hätten bislang den Eindruck gehabt, der Partei",
             "gehe es nur um eigene Interessen, ihrer Bünde oder jener der",
             "Landesparteien. Mitterlehner: \"Wir dürfen uns nicht auf eine",
             "Interessensvertretung reduzieren, sondern müssen eine",
             "Sinngemeinschaft sein. Wir müssen uns dem Wandel der Zeit in unserer",
             "Parteiarbeit stellen\", und was politische Themen und Herausforderung",
             "angehe, formuliert Mitterlehner sehr klar: \"Es gibt nicht immer von",
             "vorneherein nur ein Nein!\"")

add(id="ho722-ots-news-2014-09-18-mitterlehner-hoeherem-level",
    title=RM_T,
    url="https://www.ots.at/presseaussendung/OTS_20140918_OTS0002/mitterlehner-auf-hoeherem-level-regieren",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 18 September 2014, 06:00, by "
              "the store's time and number lines '- 18.09.2014, 06:00:31' / '- /' / '- OTS0002 OTW0002', which are dropped "
              "(rule 3040); the release speaks of 'der morgen Donnerstag erscheinenden jüngsten Ausgabe', written the day "
              "before; the sender is told by the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS - WWW.OTS.AT | NES', dropped; the headline is the title; the copy is hard-wrapped "
              "at about seventy characters without empty lines, so its wrapped lines are joined with a space and the one short "
              "line ending in 'NEWS-Gespräch.' marks the only paragraph break (rules 3040, 3200, 4490); the dateline with the "
              "published 'Wien.-' at the start of the first paragraph, and 'Schluss sein, mit', 'Herausforderung' and "
              "'vorneherein' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[RM_P1, RM_P2],
    # the headline quotation after the label `Mitterlehner:` is his, condensing `auf einem höheren Level agieren` of his
    # first body quotation (rules 26, 54); the colon quotation after the verbless label `Mitterlehner in der morgen …
    # erscheinenden … Ausgabe des Nachrichtenmagazins NEWS:` is his (rules 9, 3332), NEWS named without marks being the
    # addressee (rule 12); the Konjunktiv `SPÖ und ÖVP bräuchten …` carries no marks (rule 5) and its partial quotation
    # `"braucht es keine Koalition"` is his under `so der Vizekanzler im NEWS-Gespräch` (rules 3, 30); the Konjunktiv report
    # of the Wähler's impression carries no marks; the colon quotations after the label `Mitterlehner:` and after `formuliert
    # Mitterlehner sehr klar:` are his (rules 9, 54); the SPÖ, the ÖVP, the Wähler, the Bünde and the Landesparteien say
    # nothing; `Vizekanzler` and `Wirtschaftsminister` name only him in the release and are aliases (rule 44), `neuer
    # ÖVP-Chef` carries a party and is not listed (rule 33)
    quotes=[("\"Auf höherem Level regieren!\"", MITTERLEHNER),
            (cut(RM_P1, "\"Es muss Schluss", "nach oben gehen.\""), MITTERLEHNER),
            ("\"braucht es keine Koalition\"", MITTERLEHNER),
            (cut(RM_P2, "\"Wir dürfen", "Parteiarbeit stellen\""), MITTERLEHNER),
            ("\"Es gibt nicht immer von vorneherein nur ein Nein!\"", MITTERLEHNER)],
    aliases={MITTERLEHNER: ["Reinhold Mitterlehner", "Mitterlehner", "Wirtschaftsminister Reinhold Mitterlehner",
                            "Wirtschaftsminister", "Vizekanzler"]})

# --- APA-OTS, the news magazine NEWS, 21 January 2004: Heinz Fischer on a book attacking him ---

HF_T = "Fischer in NEWS: \"Anwalt prüft Klage\" gegen Skandalbuch."
HF_SUB = "SP-Präsidentschaftskandidat antwortet in NEWS auf Skandal-Vorwürfe"
HF_P1 = ("Wien (OTS) - In einem Interview in der Donnerstag erscheinenden Ausgabe des Nachrichtenmagazins NEWS nimmt "
         "SP-Präsidentschaftskandidat Heinz Fischer erstmals zu einem mit Angriffen auf ihn gespickten Buch Stellung: \"Dieser "
         "Herr Hofbauer wird ja nicht ernst genommen\", meint Fischer etwa zu Vorhaltungen, er habe die EU-Sanktionen betrieben. "
         "Fischer: \"Es gab von mir aktive Bemühungen um eine Normalisierungsstrategie in voller Absprache mit Wolfgang "
         "Schüssel.\" Auch der angebliche \"Prachtbau\" Fischers auf der Hohen Wand bestehe aus \"zwei mal 70 Quadratmeter "
         "Gesamtfläche.\"")
HF_P2 = ("Fischer weiter: \"Wir werden das einem Anwalt übergeben. Ich persönlich habe noch nie geklagt, aber ob diese spezielle "
         "Form eines Wahlkampfbeitrags zwischen Buchdeckeln meine Gewohnheit ändern wird, entscheide ich erst nach dem Rat des "
         "Anwalts.\"")
HF_P3 = ("Tatsächlich liege \"der viel höhere Aufklärungsbedarf auf der anderen Seite. Interessant ist, dass Autor Hofbauer ein "
         "Ex-Mitarbeiter der ÖVP ist, sowie auch Kurt Bergmann und dass er gemeinsam mit Wolfgang Schüssel 1984 ein Buch zur "
         "\"Schattenwirtschaft in Österreich\" herausgegeben hat.\" Fischer wolle \"nicht auf das Niveau von Hofbauer "
         "herabsteigen. Insebesondere eine Bundespräsidentenwahl darf auf keinen Fall zur Schlammschlacht ausarten. Gewählt "
         "werden soll, wer das Amt besser ausfüllt und nicht, wer in die tiefe Lade greift.\"")

add(id="ho722-ots-news-2004-01-21-fischer-anwalt-prueft-klage",
    title=HF_T,
    url="https://www.ots.at/presseaussendung/OTS_20040121_OTS0162/fischer-in-news-anwalt-prueft-klage-gegen-skandalbuch",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 21 January 2004 by its OTS "
              "number, a Wednesday, for 'der Donnerstag erscheinenden Ausgabe des Nachrichtenmagazins NEWS'; headline and "
              "subtitle kept as lines of their own as stored; the dateline at the start of the first paragraph; the stored copy "
              "ends inside its fourth body paragraph ('Auf die Frage, welches der größte Unterschied zur Gegenkandidatin sei, "
              "antwortet Fischer: \"Viele sagen mir: ,President for President'. … Der Unterschied ist, das'), which is dropped "
              "with its quotation (rule 15), and before any contact block, so the sender is inferred from the headline 'Fischer "
              "in NEWS:' and the magazine's formula (rule 4490); 'Gesamtfläche.\"' with the full stop inside the mark of a "
              "partial quotation and 'Insebesondere' kept (rule 20); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[HF_SUB, HF_P1, HF_P2, HF_P3],
    # the headline's marked `"Anwalt prüft Klage"` after the label `Fischer in NEWS:` is his, the editor's condensation of
    # his body quotation on handing the book to a lawyer, with the unmarked `gegen Skandalbuch.` outside the span (rule
    # 4492); the subtitle carries no marks (rule 5); the quotation before `meint Fischer etwa zu Vorhaltungen, …` is his
    # (rule 30); the colon quotations after the labels `Fischer:` and `Fischer weiter:` are his (rules 9, 54); the marked
    # `"Prachtbau"` after `Auch der angebliche` is null, the accusers' word that his rebuttal rejects (rule 4493), while
    # `"zwei mal 70 Quadratmeter Gesamtfläche."` in the same Konjunktiv sentence is his (rule 3); the cue-less Konjunktiv
    # `Tatsächlich liege "…"` goes on in his voice after `Fischer weiter:` (rules 3, 30; NOTES.md continuation), one span to
    # its last mark, with the book title `"Schattenwirtschaft in Österreich"` nested inside it (rule 835); the partial
    # quotation after `Fischer wolle` is his (rule 3); Hofbauer, Wolfgang Schüssel, Kurt Bergmann and the ÖVP say nothing;
    # `SP-Präsidentschaftskandidat` carries a party and is not listed (rule 33), nor is the genitive `Fischers` (rule 7)
    quotes=[("\"Anwalt prüft Klage\"", FISCHER),
            ("\"Dieser Herr Hofbauer wird ja nicht ernst genommen\"", FISCHER),
            (cut(HF_P1, "\"Es gab von mir", "Schüssel.\""), FISCHER),
            ("\"Prachtbau\"", None),
            ("\"zwei mal 70 Quadratmeter Gesamtfläche.\"", FISCHER),
            (cut(HF_P2, "\"Wir werden", "Anwalts.\""), FISCHER),
            (cut(HF_P3, "\"der viel höhere", "herausgegeben hat.\""), FISCHER),
            (cut(HF_P3, "\"nicht auf das Niveau", "Lade greift.\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Fischer"]})

# --- APA-OTS, the daily KURIER, 26 May 2012: Heinz Fischer on Greece, direct democracy and Martin Graf ---

HK_T = "Heinz Fischer: Ja zu Griechenland in der Eurozone, Nein zu mehr Volksabstimmungen"
HK_SUB = ("KURIER: Bundespräsident will keine Volksabstimmungen nach Schweizer Vorbild und kritisiert FPÖ-Mann Martin Graf: "
          "\"Das tut man so nicht\"")
HK_P1 = ("Wien (OTS) - In einem Interview für die Sonntagsausgabe der Tageszeitung KURIER plädiert Bundespräsident Heinz "
         "Fischer für den Verbleib Griechenlands in der Eurozone (\"ökonomisch billiger\" und \"politisch besser\") und er spricht "
         "sich gegen ein direkt-demokratische Modell nach Schweizer Vorbild aus: \"Die Politiker sollten mehr Staatsmänner sein. "
         "Sie müssen Lehren aus der Politiker-Verdrossenheit ziehen, langfristig denken und Resultate liefern.Sie müssen bereit "
         "sein, Entscheidungen zu treffen und diese nicht an ihre Auftraggeber, also die Wählerinnen und Wähler, zurückgeben. "
         "Das Volk ist der Auftraggeber und wählt Politiker, damit diese Verantwortung übernehmen.\"")
HK_P2 = ("In dem Interview weist Fischer zurück, er habe keinen Termin für den Dalai Lama gehabt (\"Das ist frei erfunden\"), "
         "und er kritisiert den in eine Stiftungsaffäre verwickelten Dritten Nationalratspräsidenten Martin Graf: Bei dem Fall "
         "gehe \"es nicht in erster Linie darum, ob gegen eine Bestimmung des Strafgesetzes verstoßen wurde, sondern um die "
         "Unterscheidung zwischen dem, was sich gehört und was nicht\".")
HK_P3 = ("Im konkreten Fall hätte sich Fischer von Graf \"eine andere Vorgangsweise\" gewünscht. Das hätte \"eine "
         "Selbstverständlichkeit sein müssen. Das tut man so nicht.\"")

add(id="ho722-ots-kurier-2012-05-26-fischer-griechenland-volksabstimmungen",
    title=HK_T,
    url="https://www.ots.at/presseaussendung/OTS_20120526_OTS0031/heinz-fischer-ja-zu-griechenland-in-der-eurozone-nein-zu-"
        "mehr-volksabstimmungen",
    retrieved="same address (advance release of the daily KURIER on the APA-OTS service, 26 May 2012 by its OTS number, a "
              "Saturday, for 'die Sonntagsausgabe der Tageszeitung KURIER'; the sender is told by the contact block "
              "'KURIER-Innenpolitik: / 01-52100-2649' and the footer code 'PKU0001', dropped with the heading 'Rückfragen & "
              "Kontakt:' (rule 4490); headline and subtitle kept as lines of their own as stored, the subtitle with its label "
              "'KURIER:' (rules 3040, 4270); the dateline at the start of the first paragraph; the copy sets its body "
              "paragraphs on unwrapped lines, so its single breaks are paragraph breaks (rule 3040); 'ein direkt-demokratische "
              "Modell', 'liefern.Sie' and 'was nicht\".' with the full stop after the mark kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[HK_SUB, HK_P1, HK_P2, HK_P3],
    # the headline `Heinz Fischer: Ja zu …` carries no marks (rules 5, 630); the subtitle quotation after `KURIER:
    # Bundespräsident will … und kritisiert FPÖ-Mann Martin Graf:` is the Bundespräsident's, the subject of the label's verbs,
    # not Graf's, their object (rule 3333), the last sentence of his body quotation (rule 26), KURIER without marks being the
    # medium (rule 12); the two partial quotations in parentheses after `plädiert Bundespräsident Heinz Fischer für den
    # Verbleib Griechenlands in der Eurozone` are his reasons (rules 3, 242); the colon quotation after `er spricht sich …
    # aus:` is his (rule 9); the parenthesised `("Das ist frei erfunden")` after `weist Fischer zurück, er habe …` is his
    # (rules 3, 242); the partial quotations after `Bei dem Fall gehe`, `hätte sich Fischer von Graf … gewünscht` and `Das
    # hätte` are his, in his Konjunktiv report (rules 3, 30); Martin Graf, the Dalai Lama, the Politiker and the Wähler say
    # nothing; `Bundespräsident` names only Fischer in the release and is an alias (rule 44); `FPÖ-Mann` and `Dritten
    # Nationalratspräsidenten` are Graf's
    quotes=[("\"Das tut man so nicht\"", FISCHER),
            ("\"ökonomisch billiger\"", FISCHER),
            ("\"politisch besser\"", FISCHER),
            (cut(HK_P1, "\"Die Politiker", "übernehmen.\""), FISCHER),
            ("\"Das ist frei erfunden\"", FISCHER),
            (cut(HK_P2, "\"es nicht in erster", "was nicht\""), FISCHER),
            ("\"eine andere Vorgangsweise\"", FISCHER),
            (cut(HK_P3, "\"eine Selbstverständlichkeit", "so nicht.\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Fischer", "Bundespräsident Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, the news magazine NEWS, 14 January 2004: Karl-Heinz Grasser backing Benita Ferrero-Waldner ---

KG_T = "Grasser in NEWS: \"Ferrero-Waldner hat meine volle Unterstützung.\""
KG_P1 = ("Wien (OTS) - In der Donnerstag erscheinenden Ausgabe des Nachrichtenmagazins NEWS sagt Finanzminister Karl-Heinz "
         "Grasser, warum er als parteiunabhängiger Minister die Kandidatur von Außenministerin Benita Ferrero-Waldner "
         "unterstützt: \"Ich halte sie für eine tolle Frau, die einen tollen Job als Außenministerin gemacht hat. Beide "
         "Kandidaten sind sicher geeignet für das Amt. Aber Ferrero-Waldner hat meine volle Unterstützung, weil Fischer einer der "
         "extremen Links-Vertreter der SPÖ ist. Ich habe mit der SPÖ wenig am Hut, schon gar nicht mit ihren "
         "Links-Vertretern.\"")
KG_P2 = ("Angesprochen auf seine neue Freundschaft zum Kärntner Landeshauptmann Jörg Haider, erklärt Grasser: \"Wir haben "
         "gemeinsam, dass wir eher in die Zukunft als in die Vergangenheit schauen. Es verbindet uns vieles, es trennt uns "
         "manches, aber am Ende des Tages haben wir wieder einen guten gemeinsamen Nenner gefunden.\"")

add(id="ho722-ots-news-2004-01-14-grasser-ferrero-waldner",
    title=KG_T,
    url="https://www.ots.at/presseaussendung/OTS_20040114_OTS0111/grasser-in-news-ferrero-waldner-hat-meine-volle-"
        "unterstuetzung",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 14 January 2004 by its OTS "
              "number, a Wednesday, for 'der Donnerstag erscheinenden Ausgabe des Nachrichtenmagazins NEWS'; the sender is told "
              "by the contact block 'NEWS-Chefredaktion / 01/213 12/1103 DW' and the footer code 'NES0005', dropped with the "
              "heading 'Rückfragen & Kontakt:' and the banner line 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS' (rule 4490); the headline is the title; the dateline at the start of the first "
              "paragraph; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KG_P1, KG_P2],
    # the headline quotation after the label `Grasser in NEWS:` is his, repeating a sentence of his body quotation with a
    # full stop (rules 26, 54, 3332); Ferrero-Waldner, named inside it, is the one he backs (rule 3333); the colon quotations
    # after `sagt Finanzminister Karl-Heinz Grasser, warum …:` and `erklärt Grasser:` are his (rule 9); Benita
    # Ferrero-Waldner, Fischer, the SPÖ and Jörg Haider say nothing; `Finanzminister` names only Grasser in the release and is
    # an alias (rule 44), `Außenministerin` is Ferrero-Waldner's and `Kärntner Landeshauptmann` Haider's
    quotes=[("\"Ferrero-Waldner hat meine volle Unterstützung.\"", GRASSER),
            (cut(KG_P1, "\"Ich halte sie", "Links-Vertretern.\""), GRASSER),
            (cut(KG_P2, "\"Wir haben", "Nenner gefunden.\""), GRASSER)],
    aliases={GRASSER: ["Karl-Heinz Grasser", "Grasser", "Finanzminister Karl-Heinz Grasser", "Finanzminister"]})

# --- APA-OTS, the daily KURIER, 13 April 2019: Christoph Kardinal Schönborn's Easter interview ---

CS_T = "Osterinterview Christoph Kardinal Schönborn mit KURIER-Herausgeber Helmut Brandstätter"
CS_SUB = "Schönborn zu den Osterfeiertagen, zum sozialen Klima und zum Zölibat"
CS_P1 = ("Wien (OTS) - Im großen KURIER-Gespräch zum Palmsonntag hat der Wiener Erzbischof Kardinal Schönborn zu aktuellen "
         "Fragen Stellung genommen:")
CS_P2 = ("„Es heißt schon ausdrücklich in der Bibel, dass du den Flüchtling, den Fremden, so behandeln sollst wie deinen "
         "Nächsten. Das ist urbiblisch und ein Appell an das Elementarste im Menschen“. Auf die Frage, ob dieser Appell von der "
         "Regierung nicht gehört wird, sagt Schönborn: „Das würde ich sicher nicht in dieser Allgemeinheit sagen. Ich sehe zum "
         "Beispiel das Bemühen um den Familienbonus als einen Schritt in die richtige Richtung“.")
CS_P3 = ("Angesprochen auf die Herausforderung für das Christentum durch muslimische Zuwanderer sagt Schönborn: „Ich kann gut "
         "verstehen, wenn jemand vom Islam überzeugt ist, dass er sich wünscht, dass alle Menschen diese Überzeugung teilen. Das "
         "ist nichts Böses. Der Islam steht heute vor der ganz großen Herausforderung, ob er akzeptiert, dass persönlicher "
         "Glaube und Religion nur in Freiheit möglich sind“.")
CS_P4 = ("Wird die Kirche einmal das Zölibat, die Ehelosigkeit, aufheben? Schönborn: „Das ist nicht auf ewig festgeschrieben. "
         "Ich warne nur davor, zu glauben, dass mit der Freigabe des Zölibats alle Probleme vom Tisch sind. Dann kommen neue "
         "Probleme.“. Kardinal Schönborn bestätigt in dem KURIER-Gespräch, dass er sich in Kürze einer Operation der Prostata "
         "unterziehen werde.")
CS_P5 = ("\"Bei mir ist der Krebs frühzeitig erkannt worden, die Operation hat gute Chancen. Ich weiß, das Leben hat so oder so "
         "ein Ende. Für mich ist die Perspektive in meinem Alter nicht tragisch. Wenn es so ausgeht, freue ich mich, und wenn es "
         "anders ausgeht, bin ich auch nicht unglücklich.\"")

add(id="ho722-ots-kurier-2019-04-13-schoenborn-osterinterview",
    title=CS_T,
    url="https://www.ots.at/presseaussendung/OTS_20190413_OTS0032/osterinterview-christoph-kardinal-schoenborn-mit-kurier-"
        "herausgeber-helmut-brandstaetter",
    retrieved="same address (advance release of the daily KURIER on the APA-OTS service, 13 April 2019 by its OTS number, the "
              "Saturday before Palmsonntag, for 'Im großen KURIER-Gespräch zum Palmsonntag'; headline and subtitle kept as lines "
              "of their own as stored; the dateline at the start of the first paragraph, whose colon ends the paragraph before "
              "the empty line and the first quotation paragraph (rule 311); the copy ends after the fifth body paragraph "
              "without a contact block, so the release may go on beyond the excerpt (rule 17) and the sender is inferred from "
              "the release's own voice, 'Im großen KURIER-Gespräch' and 'mit KURIER-Herausgeber Helmut Brandstätter' (rule "
              "4490); the mixed marks „…“ and \"…\" of the copy, the full stops after the closing marks ('Menschen“.', "
              "'Richtung“.', 'sind“.') and the double 'Probleme.“.' kept (rule 20); used as stored)",
    license=APA_OTS_SENDERS,
    paras=[CS_SUB, CS_P1, CS_P2, CS_P3, CS_P4, CS_P5],
    # headline and subtitle carry no marks (rule 5); the quotation that opens the paragraph after the cue paragraph `… hat der
    # Wiener Erzbischof Kardinal Schönborn zu aktuellen Fragen Stellung genommen:` is his (rule 311); the colon quotations
    # after `sagt Schönborn:` (twice) and after the label `Schönborn:` following the narrator's question are his (rules 9,
    # 54); the cue-less quotation paragraph after the narrator's `Kardinal Schönborn bestätigt in dem KURIER-Gespräch, dass er
    # sich … einer Operation … unterziehen werde.` goes on in his voice, the first person of `Bei mir ist der Krebs …` taking
    # up his reported operation (rule 30; NOTES.md continuation); Helmut Brandstätter, the interviewer, the Regierung, the
    # Kirche and the Islam say nothing; canonical is the fullest form of the headline (rule 7), with `Kardinal Schönborn` and
    # `Schönborn` as aliases; `Wiener Erzbischof` carries the city and is not listed (rule 33)
    quotes=[(cut(CS_P2, "„Es heißt", "im Menschen“"), SCHOENBORN),
            (cut(CS_P2, "„Das würde", "richtige Richtung“"), SCHOENBORN),
            (cut(CS_P3, "„Ich kann", "möglich sind“"), SCHOENBORN),
            (cut(CS_P4, "„Das ist nicht", "neue Probleme.“"), SCHOENBORN),
            (CS_P5, SCHOENBORN)],
    aliases={SCHOENBORN: ["Christoph Kardinal Schönborn", "Kardinal Schönborn", "Schönborn"]})
