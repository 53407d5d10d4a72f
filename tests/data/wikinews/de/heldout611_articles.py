# Six-hundred-and-eleventh held-out German real-news set (tests/data/heldout611-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3650-3651). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eleventh held-out set": nine releases of German regional newspapers sent
# over the ots service of news aktuell ahead of their editions, each reporting what a politician or manager told the paper:
# four of the Mitteldeutsche Zeitung, Halle, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Reiner Haseloff at
# the start of the paper's summer talks, July 2014; Wolfgang Thierse on the removal of the Limburg bishop, March 2014; Wulf
# Gallert on a double leadership of the Linke's Bundestag group, 2015; Gregor Gysi after the row with Klaus Ernst, July 2011),
# one of the Mitteldeutsche Zeitung reposted by the press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Haseloff
# three years after the flood of 2013, June 2016), one of the Rheinische Post, Düsseldorf, read in its newsroom (OTS_MEDIEN:
# Helmut Linssen on the sale of the IKB, August 2008), one of the Rheinische Post reposted by pressekat.de
# (OTS_MEDIEN_REPOST_PRESSEKAT: Metro's chief Olaf Koch on the Dax, March 2013) and two of the Neue Osnabrücker Zeitung read in
# its newsroom (OTS_MEDIEN: Wolfgang Bosbach on Bodo Ramelow, October 2014; Peter Altmaier on the Union's unity, November
# 2015). Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them; the newsroom, portal
# and wire furniture is dropped and the hard-wrapped lines of the two pressekat.de copies are joined (rules 2770, 3010, 3420,
# 3590, 3650); each retrieval note names what was dropped.
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


HASELOFF = "Reiner Haseloff"
THIERSE = "Wolfgang Thierse"
GALLERT = "Wulf Gallert"
GYSI = "Gregor Gysi"
LINSSEN = "Helmut Linssen"
KOCH = "Olaf Koch"
BOSBACH = "Wolfgang Bosbach"
ALTMAIER = "Peter Altmaier"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 24 July 2014: Haseloff at the start of the summer talks ---

SG_T = "Mitteldeutsche Zeitung: Ministerpräsident Sommergespräch mit Reiner Haseloff: \"Ich bin mit mir im Reinen\""
SG_P1 = ("\"Ich bin mit mir im Reinen\", sagte Ministerpräsident Reiner Haseloff (CDU) der in Halle erscheinenden "
         "\"Mitteldeutschen Zeitung\" (Donnerstag-Ausgabe) zum Auftakt einer Serie von Sommergesprächen. Das bedeute aber "
         "nicht, \"dass ich alles richtig gemacht habe\", fügte er hinzu. \"Im Nachhinein sieht man manche Sachen "
         "differenzierter.\" Er habe \"wenigstens immer versucht, eine richtige Entscheidung zu fällen unter Einbeziehung "
         "aller in diesem Moment verfügbaren Informationen\". Haseloff äußerte sich in dem Gespräch außerdem zu einem letzten "
         "Gespräch mit dem inzwischen verstorbenen Vor-Vor-Gänger Reinhard Höppner (SPD) sowie zum Sterben: \"Den Tod darf "
         "man nicht verdrängen, den muss man erleben.\" Schließlich schilderte der Ministerpräsident die wichtige Rolle, die "
         "für ihn seine Familie als Stütze auch in schwierigen Situationen spielt.")

add(id="ho611-presseportal-mz-2014-07-haseloff-sommergespraech-im-reinen",
    title=SG_T,
    url="https://presseportal.de/pm/47409/2791297",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Thursday edition, "
              "24 July 2014 by the edition day and by the newsroom's latest story of '23.07.2014 – 19:15' listed in the "
              "stored copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr "
              "verpassen.' and the newsroom label 'Mitteldeutsche Zeitung' dropped (rules 3010, 3420); the headline with its "
              "prefix 'Mitteldeutsche Zeitung:' and the section kicker 'Ministerpräsident' run into it as stored is the title, "
              "the dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content von: "
              "Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' "
              "with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", SG_P1],
    # the headline quotation after the label `Sommergespräch mit Reiner Haseloff:` is his, the body opening with the same
    # words (rules 26, 54), located by occurrence index; the body quotation before `sagte Ministerpräsident Reiner Haseloff
    # (CDU) der … "Mitteldeutschen Zeitung"` is his, the paper's name in marks null (rules 2, 30, 2771); the partial
    # quotation in the Konjunktiv sentence closed by `fügte er hinzu` and the one after `Er habe` are his (rules 3, 8, 25);
    # the cue-less quotation between them continues him (NOTES.md continuation); the colon quotation after `Haseloff äußerte
    # sich … zu einem letzten Gespräch mit dem inzwischen verstorbenen Vor-Vor-Gänger Reinhard Höppner (SPD) sowie zum
    # Sterben:` is Haseloff's, the subject of the sentence, not Höppner's, a dead man named nearest the colon as the object
    # of the talk (rules 9, 55); Reinhard Höppner and the family say nothing; `Ministerpräsident`, which names only Haseloff
    # here (Höppner is the `Vor-Vor-Gänger`), is an alias (rule 44)
    quotes=[("\"Ich bin mit mir im Reinen\"", HASELOFF, 0),
            ("\"Ich bin mit mir im Reinen\"", HASELOFF, 1),
            ("\"Mitteldeutschen Zeitung\"", None),
            ("\"dass ich alles richtig gemacht habe\"", HASELOFF),
            ("\"Im Nachhinein sieht man manche Sachen differenzierter.\"", HASELOFF),
            (cut(SG_P1, "\"wenigstens", "Informationen\""), HASELOFF),
            ("\"Den Tod darf man nicht verdrängen, den muss man erleben.\"", HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Ministerpräsident"]})

# --- Mitteldeutsche Zeitung (ots, reposted by pressekat.de), 10 June 2016: Haseloff three years after the flood of 2013 ---

HF_T = "Mitteldeutsche Zeitung: Sachsen-Anhalt/Innenpolitik"
HF_H = "Haseloff zieht Bilanz der Jahrhundertflut: \"Wir haben diese Probe bestanden\""
HF_P1 = join("(ots) - Drei Jahre nach der Jahrhundertflut von 2013 zieht",
             "Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) eine positive",
             "Bilanz. \"Angesichts des Umfangs der Schäden können wir mit dem Stand",
             "ihrer Beseitigung durchaus zufrieden sein\", sagte Haseloff der in",
             "Halle erscheinenden Mitteldeutschen Zeitung (Freitagausgabe). Und:",
             "\"Das Hochwasser war eine Bewährungsprobe für den Zusammenhalt in",
             "unserer Gesellschaft, und wir haben diese Probe bestanden.\" Die Flut",
             "vom Juni 2013 habe zwar verheerende Schäden angerichtet, stehe aber",
             "auch für eine überwältigende Hilfsbereitschaft, sagte der",
             "Regierungschef weiter. In der Tat hatten tausende Freiwillige",
             "unaufgefordert angepackt, Sandsäcke befüllt und sich gegen die Fluten",
             "gestemmt. \"Nicht nur Freunde und Nachbarn haben einander geholfen,",
             "eine Welle der Hilfsbereitschaft hatte ganz Sachsen-Anhalt erfasst\",",
             "so Haseloff.")

add(id="ho611-pressekat-mz-2016-06-haseloff-bilanz-jahrhundertflut",
    title=HF_T,
    url="https://www.pressekat.de/pressinfo1367212-mitteldeutsche-zeitung-sachsen-anhalt-innenpolitik-haseloff-zieht-bilanz-"
        "der-jahrhundertflut-wir-haben-diese-probe-bestanden.html",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over ots for the Friday edition and reposted "
              "by the press-release portal pressekat.de with the date line 'Datum: 10.06.2016 - 02:00 Uhr' and 'Bereitgestellt "
              "von Benutzer: ots'; the sender is named in the headline prefix, in the body and in the contact block "
              "'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200'); the copy sets the paper's "
              "prefix with its section kicker ('Mitteldeutsche Zeitung: Sachsen-Anhalt/Innenpolitik') and the headline on two "
              "lines, as the portal's title notice under the release repeats them: the first is the title, the headline a "
              "line of its own; the body, into which the portal runs the wire's '(ots) -' without the place, is hard-wrapped "
              "without any empty line and closes no sentence at a short line before its end, so its lines are joined with one "
              "space into one paragraph (rules 1372, 3590, 3650); the contact block and the portal's lines under it "
              "('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von Benutzer: "
              "ots', the date, language, id and character-count lines, 'Kontakt-Informationen:', the view counter, the title "
              "notice 'Die Pressemitteilung mit dem Titel: … steht unter der journalistisch-redaktionellen Verantwortung von "
              "Mitteldeutsche Zeitung', the liability and privacy notices and the teasers of neighbouring releases) dropped; "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[HF_H, HF_P1],
    # the headline quotation after `Haseloff zieht Bilanz der Jahrhundertflut:` is his, the body giving him the same words at
    # the end of his second quotation (rules 26, 54); the quotation before `sagte Haseloff der in Halle erscheinenden
    # Mitteldeutschen Zeitung` is his, the paper named without marks the addressee (rules 12, 30); the colon quotation after
    # the verbless `Und:` continues him (rules 9, NOTES.md continuation); the Konjunktiv sentence closed by `sagte der
    # Regierungschef weiter` is unmarked (rule 5); the quotation before `so Haseloff` is his (rule 30), after the narrator's
    # indicative sentence on the volunteers; the Freiwillige, Freunde and Nachbarn say nothing; `Regierungschef`, which names
    # only him, is an alias (rule 44), `Sachsen-Anhalts Ministerpräsident` names the Land and is not (rule 33)
    quotes=[("\"Wir haben diese Probe bestanden\"", HASELOFF),
            (cut(HF_P1, "\"Angesichts", "zufrieden sein\""), HASELOFF),
            (cut(HF_P1, "\"Das Hochwasser", "bestanden.\""), HASELOFF),
            (cut(HF_P1, "\"Nicht nur", "erfasst\""), HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Regierungschef"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 27 March 2014: Wolfgang Thierse on Tebartz-van Elst ---

TH_T = ("Mitteldeutsche Zeitung: Katholische Kirche Ex-Bundestagspräsident Thierse begrüßt Ablösung des Limburger Bischofs "
        "Tebartz-van Elst")
TH_P1 = ("Der ehemalige Bundestagspräsident Wolfgang Thierse (SPD) hat die Ablösung des Limburger Bischofs Franz-Peter "
         "Tebartz-van Elst ausdrücklich gewürdigt. \"Die Entscheidung des Papstes begrüße ich mit großer Erleichterung!\", "
         "sagte er der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Donnerstag-Ausgabe). \"Eine Rückkehr des Bischofs "
         "nach Limburg hätte vermutlich einen Sturm enttäuschter Empörung unter den katholischen Christen hervorgerufen.\" "
         "Thierse fügte hinzu: \"Die Zeiten selbstherrlicher Entscheidungen von Bischöfen sollten endgültig vorbei sein. Und "
         "die Reform der Kirche, wie sie Papst Franziskus anstrebt, geht weiter. Gut so!\" Thierse ist Mitglied des "
         "Zentralkomitees der deutschen Katholiken (ZdK).")

add(id="ho611-presseportal-mz-2014-03-thierse-abloesung-tebartz-van-elst",
    title=TH_T,
    url="https://www.presseportal.de/pm/47409/2698031",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Thursday edition, "
              "27 March 2014 by the edition day, by the Pope's acceptance of the bishop's resignation announced on 26 March "
              "2014 and by the newsroom's latest story of '26.03.2014 – 19:41' listed in the stored copy); the widget lines "
              "'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label "
              "dropped (rules 3010, 3420); the headline with its prefix and the section kicker 'Katholische Kirche' run into it "
              "as stored is the title, the dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact "
              "block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", TH_P1],
    # the headline carries no marks (rule 5); the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Thierse's,
    # the subject of the sentence before (rules 8, 30), the paper's name null (rules 2, 2771); the cue-less quotation after
    # it continues him (NOTES.md continuation), and the colon quotation after `Thierse fügte hinzu:` is his (rule 9); the
    # Pope, Papst Franziskus, the bishop Franz-Peter Tebartz-van Elst, the katholischen Christen and the ZdK say nothing;
    # `Ex-Bundestagspräsident`, which names only him, is an alias (rule 44)
    quotes=[("\"Die Entscheidung des Papstes begrüße ich mit großer Erleichterung!\"", THIERSE),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(TH_P1, "\"Eine Rückkehr", "hervorgerufen.\""), THIERSE),
            (cut(TH_P1, "\"Die Zeiten", "Gut so!\""), THIERSE)],
    aliases={THIERSE: ["Wolfgang Thierse", "Thierse", "Ex-Bundestagspräsident"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 2015: Wulf Gallert on Gysi's successors ---

GA_T = ("Mitteldeutsche Zeitung: Linke Fraktionschef Gallert: Rückzug Gysis vom Fraktionsvorsitz und Doppelspitze "
        "denkbar")
GA_P1 = ("Halle (ots) - Der Vorsitzende der Linksfraktion im Landtag von Sachsen-Anhalt, Wulf Gallert, kann sich mit einem "
         "Rückzug Gregor Gysis vom Fraktionsvorsitz und einer Doppelspitze aus seinen bisherigen Stellvertretern Sahra "
         "Wagenknecht und Dietmar Bartsch anfreunden. \"Wenn die beteiligten Personen auch davon ausgehen, dann könnte es so "
         "funktionieren und dann soll es so sein\", sagte er der in Halle erscheinenden \"Mitteldeutschen Zeitung\" "
         "(Freitag-Ausgabe) und fügte hinzu: \"Sahra Wagenknecht wird dann auch noch mal ein anderes Rollenverständnis "
         "entwickeln. Das muss jeder tun. Das muss auch Dietmar Bartsch tun, wenn er Fraktionsvorsitzender wird.\" Vor zwei "
         "Wochen hatte Gallert mit Blick auf die Landtagswahl 2016 vor einem Rückzug Gysis gewarnt, weil für den Fall mit "
         "Strömungsauseinandersetzungen zu rechnen sei.")

add(id="ho611-presseportal-mz-2015-gallert-doppelspitze-linksfraktion",
    title=GA_T,
    url="http://www.presseportal.de/pm/47409/3039110",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Friday edition of "
              "2015, undated in the stored copy, which shows no story list; dated only by its content, the debate on Gregor "
              "Gysi's withdrawal from the chair of the Linke's Bundestag group before the Landtag election of 2016, and by "
              "its release number between those of the Neue Osnabrücker Zeitung releases of October 2014 and November 2015 "
              "used in this set, probably spring 2015); the older layout: the newsroom label 'Mitteldeutsche Zeitung' above "
              "the headline dropped (rules 2770, 3010); the headline with its prefix and the section kicker 'Linke' run into "
              "it as stored is the title; the dateline 'Halle (ots) -' run into the paragraph as stored (rule 2770); the "
              "contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the lines 'Weitere "
              "Meldungen: Mitteldeutsche Zeitung' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[GA_P1],
    # the headline label `Fraktionschef Gallert:` before unmarked words carries no span (rule 5); the quotation before `sagte
    # er der … "Mitteldeutschen Zeitung"` is Gallert's, the subject of the sentence before (rules 8, 30), the paper's name
    # null (rules 2, 2771); the colon quotation after `und fügte hinzu:` in the same sentence is his (rule 9); the
    # pluperfect report of his earlier warning is unmarked (rule 5); Gregor Gysi, Sahra Wagenknecht and Dietmar Bartsch say
    # nothing, the last two named inside his quotation; `Fraktionschef`, which names only him, is an alias (rule 44), `Der
    # Vorsitzende der Linksfraktion im Landtag von Sachsen-Anhalt` names the group and the Land and is not (rule 33)
    quotes=[(cut(GA_P1, "\"Wenn die", "so sein\""), GALLERT),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(GA_P1, "\"Sahra Wagenknecht", "Fraktionsvorsitzender wird.\""), GALLERT)],
    aliases={GALLERT: ["Wulf Gallert", "Gallert", "Fraktionschef"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 1 July 2011: Gregor Gysi after the row with Klaus Ernst ---

GY_T = "Mitteldeutsche Zeitung: Linkspartei Linken-Fraktionschef Gysi stellt sich vor Parteichef Ernst"
GY_P1 = ("Der Vorsitzende der Linksfraktion im Bundestag, Gregor Gysi, hat sich nach dem Eklat in der Fraktionssitzung am "
         "Dienstag vor den Parteivorsitzenden Klaus Ernst gestellt. \"Er hat sich entschuldigt; damit ist das erledigt\", "
         "sagte Gysi der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Freitag-Ausgabe). Für ihn sei die Debatte nun "
         "beendet. \"Jetzt beginnt die Stabilisierungsphase.\" Ernst hatte den sächsischen Linkspartei-Abgeordneten Michael "
         "Leutert während der Sitzung lautstark und frontal attackiert und ihm aufgrund einer angeblich fehlenden "
         "Lebensleistung das Recht abgesprochen, sich in der Antisemitismus-Debatte zu Wort zu melden. Daraufhin hatten etwa "
         "20 Abgeordnete unter Protest den Fraktionssaal verlassen. Ernst drückte später Bedauern über die Form seines "
         "Auftritts aus, verharrte aber in der Sache auf seinem Standpunkt.")

add(id="ho611-presseportal-mz-2011-07-gysi-stellt-sich-vor-ernst",
    title=GY_T,
    url="https://presseportal.de/en/pm/47409/2071469",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, "
              "1 July 2011 by the edition day, by the group meeting 'am Dienstag' (28 June 2011) and by the newsroom's latest "
              "story of '30.06.2011 – 02:00' listed in the stored copy); the English interface: the widget lines 'All "
              "Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' and the newsroom label dropped (rules 3010, 3420); "
              "the headline with its prefix and the section kicker 'Linkspartei' run into it as stored is the title, the "
              "dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original content of: Mitteldeutsche "
              "Zeitung, transmitted by news aktuell' and the list 'More stories: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GY_P1],
    # the headline carries no marks (rule 5); the quotation before `sagte Gysi der … "Mitteldeutschen Zeitung"` is his (rule
    # 30), its `Er` being Klaus Ernst, of whom he speaks, not its speaker; the paper's name null (rules 2, 2771); the cue-less
    # quotation after the Konjunktiv sentence `Für ihn sei die Debatte nun beendet.`, which goes on reporting him, is his
    # (NOTES.md continuation); Klaus Ernst, whose regret is told without marks, Michael Leutert and the 20 Abgeordnete say
    # nothing in marks; `Linken-Fraktionschef` names the party and `Der Vorsitzende der Linksfraktion im Bundestag` the group
    # and the Bundestag: no aliases (rule 33)
    quotes=[("\"Er hat sich entschuldigt; damit ist das erledigt\"", GYSI),
            ("\"Mitteldeutschen Zeitung\"", None),
            ("\"Jetzt beginnt die Stabilisierungsphase.\"", GYSI)],
    aliases={GYSI: ["Gregor Gysi", "Gysi"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), August 2008: Helmut Linssen on the sale of the IKB ---

LI_T = "Rheinische Post: IKB-Verkauf: NRW-Finanzminister reagiert zurückhaltend"
LI_P1 = ("Düsseldorf (ots) - Der Nordrhein-Westfälische Finanzminister Helmut Linssen hat zurückhaltend auf die Nachricht "
         "vom Verkauf der Düsseldorfer Mittelstandsbank IKB an die amerikanische Beteiligungsfirma Lone Star reagiert. Er "
         "sehe den Verkauf mit Blick auf den Standort Düsseldorf \"mit Sorge\", sagte der CDU-Politiker der \"Rheinischen "
         "Post\" (Freitagsausgabe). Linssen weiter: \"Bei der Lösung stand der Finanzplatz Düsseldorf für den "
         "Bundesfinanzminister offensichtlich nicht im Vordergrund.\" Linssen ist auch Mitglied im Verwaltungsrat der "
         "bundeseigenen Förderbank KfW, die derzeit größter Anteilseigener der IKB ist.")

add(id="ho611-presseportal-rp-2008-08-linssen-ikb-verkauf",
    title=LI_T,
    url="http://www.presseportal.de/pm/30621/1250732",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Friday edition; "
              "undated in the stored copy, which shows no story list; dated by its content, the sale of the IKB to Lone Star "
              "agreed on 21 August 2008, probably for 22 August 2008); the older layout: the newsroom label 'Rheinische Post' "
              "above the headline dropped (rules 2770, 3010); the headline with its prefix and its label 'IKB-Verkauf:' is "
              "the title; the dateline 'Düsseldorf (ots) -', which the copy indents with four spaces, run into the paragraph "
              "as stored and the indentation dropped (rule 2770); the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and "
              "the lines 'Weitere Meldungen: Rheinische Post' and 'Das könnte Sie auch interessieren:' dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=[LI_P1],
    # the headline labels before unmarked words carry no span (rule 5); the partial quotation in the Konjunktiv sentence
    # closed by `sagte der CDU-Politiker der "Rheinischen Post"` is Linssen's (rules 3, 25, 30), the paper's name null (rules
    # 2, 2771); the colon quotation after the verbless `Linssen weiter:` is his (rule 9); the Bundesfinanzminister, named
    # inside his quotation, Lone Star, the IKB and the KfW say nothing; `CDU-Politiker` names the party and `NRW-Finanzminister`
    # and `Der Nordrhein-Westfälische Finanzminister` the Land: no aliases (rule 33)
    quotes=[("\"mit Sorge\"", LINSSEN),
            ("\"Rheinischen Post\"", None),
            (cut(LI_P1, "\"Bei der Lösung", "Vordergrund.\""), LINSSEN)],
    aliases={LINSSEN: ["Helmut Linssen", "Linssen"]})

# --- Rheinische Post (ots, reposted by pressekat.de), 30 March 2013: Metro's chief Olaf Koch on the Dax ---

MK_T = "Rheinische Post: Metro-Chef Koch: \"Wir wollen zurück in den Dax\""
MK_P1 = join("(ots) - Metro-Chef Olaf Koch sieht den Düsseldorfer",
             "Handelskonzern bei der Rückkehr in den Deutschen Aktien-Index nicht",
             "unter Druck. \"Natürlich wollen wir zurück in den Dax. Aber wir machen",
             "einen Schritt nach dem anderen. Wer nur auf kurzfristige Erfolge",
             "schaut, ist ein Spekulant\", sagte Koch der in Düsseldorf",
             "erscheinenden \"Rheinischen Post\" (Samstagausgabe). Das habe nichts",
             "mit nachhaltiger Unternehmensführung zu tun. Trotz Kursabstürzen der",
             "Aktie nach negativen Aussagen Kochs zur Konjunktur will der",
             "Vorstandsvorsitzende bei seiner Haltung bleiben: \"Wir können uns die",
             "Märkte nicht schönreden. Manchmal tut die Wahrheit weh.\" Interesse",
             "signalisierte der Manager an der Media-Saturn-Minderheitsbeteiligung",
             "des Firmengründers Erich Kellerhals. Falls dessen Anteil zum Verkauf",
             "stünde, würde die Metro ihn kaufen, so Koch. \"Aber das ist derzeit",
             "kein Thema.\"")

add(id="ho611-pressekat-rp-2013-03-metro-chef-koch-zurueck-in-den-dax",
    title=MK_T,
    url="https://pressekat.de/pressinfo844385.html",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over ots for the Saturday edition and reposted "
              "by the press-release portal pressekat.de with the date line 'Datum: 30.03.2013 - 00:00 Uhr' and "
              "'Bereitgestellt von Benutzer: ots'; the sender is named in the headline prefix, in the body and in the contact "
              "block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621'); the headline with its prefix and "
              "label is the title; the body, into which the portal runs the wire's '(ots) -' without the place, is "
              "hard-wrapped without any empty line and closes no sentence at a short line before its end, so its lines are "
              "joined with one space into one paragraph (rules 1372, 3590, 3650); the contact block and the portal's lines "
              "under it ('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von "
              "Benutzer: ots', the date, language, id and character-count lines, 'Kontakt-Informationen:', the view counter "
              "and the teasers of neighbouring releases) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[MK_P1],
    # the headline quotation after the label `Metro-Chef Koch:` is his, the body quotation beginning with nearly the same
    # words (rules 26, 54); the quotation before `sagte Koch der … "Rheinischen Post"` is his (rule 30), the paper's name null
    # (rules 2, 2771); the colon quotation after `will der Vorstandsvorsitzende bei seiner Haltung bleiben:` is his, the role
    # subject taking him up (rules 9, 30); the cue-less quotation after the Konjunktiv sentence closed by `so Koch` continues
    # him (NOTES.md continuation); Erich Kellerhals, Media-Saturn and the Metro say nothing; `Vorstandsvorsitzende` and
    # `Manager`, which name only him, are aliases (rule 44), `Metro-Chef` names the company and is not (rule 33)
    quotes=[("\"Wir wollen zurück in den Dax\"", KOCH),
            (cut(MK_P1, "\"Natürlich", "Spekulant\""), KOCH),
            ("\"Rheinischen Post\"", None),
            (cut(MK_P1, "\"Wir können", "weh.\""), KOCH),
            ("\"Aber das ist derzeit kein Thema.\"", KOCH)],
    aliases={KOCH: ["Olaf Koch", "Koch", "Vorstandsvorsitzende", "Manager"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), 21 October 2014: Wolfgang Bosbach on Bodo Ramelow ---

BR_T = "NOZ: Statement von Wolfgang Bosbach, CDU-Innenexperte"
BR_H1 = "CDU-Innenexperte Bosbach: Ramelow als Ministerpräsident wäre eine \"bittere Pointe der Geschichte\""
BR_H2 = "\"Ausgerechnet zum 25. Jahrestag des Mauerfalls\""
BR_P1 = ("Osnabrück. Der CDU-Innenexperte Wolfgang Bosbach hat es als eine \"bittere Pointe der Geschichte\" bezeichnet, wenn "
         "die SPD ausgerechnet zum 25. Jahrestag des Mauerfalls mit ihren Stimmen den Linken Bodo Ramelow zum "
         "Ministerpräsidenten von Thüringen wählen würde. Den Kandidaten der SED-Nachfolgepartei in diesem Regierungsamt zu "
         "sehen, wäre ein bitterer Moment für die Opfer des DDR-Regimes, sagte Bosbach der \"Neuen Osnabrücker Zeitung\" "
         "(Dienstag).")
BR_P2 = ("Der Vorsitzende des Innenausschusses des Bundestages äußerte sich, nachdem am Montag bekannt geworden war, dass die "
         "SPD-Spitze in Thüringen eine rot-rot-grüne Koalition unter Führung der Linken eingehen und damit Ramelow als "
         "bundesweit ersten Ministerpräsidenten seiner Partei in den Sattel verhelfen will.")

add(id="ho611-presseportal-noz-2014-10-bosbach-ramelow-bittere-pointe",
    title=BR_T,
    url="https://presseportal.de/pm/58964/2859558?langid=6",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell for the Tuesday edition, 21 "
              "October 2014 by the edition day, by the Thuringian SPD's decision made known 'am Montag' (20 October 2014) and "
              "by the newsroom's latest story of '18.10.2014 – 07:00' listed in the stored copy; the copy with the language "
              "parameter shows the German interface); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue "
              "Osnabrücker Zeitung mehr verpassen.' and the newsroom label dropped (rule 3010); the paper's generic headline "
              "'NOZ: Statement von …' is the title, the dateline 'Osnabrück (ots)', the paper's own headline, its subtitle and "
              "the two body paragraphs with the place mark 'Osnabrück.' lines of their own as stored (rule 3010); the contact "
              "block 'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 207', the line "
              "'Original-Content von: Neue Osnabrücker Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Neue Osnabrücker Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", BR_H1, BR_H2, BR_P1, BR_P2],
    # the headline's marked phrase after the label `CDU-Innenexperte Bosbach:` is his, the body giving him the same phrase
    # after `Wolfgang Bosbach hat es als eine "…" bezeichnet` (rules 3, 26, 54), located by occurrence index; the subtitle
    # wholly in marks gives words that the body renders without marks inside the `wenn`-clause of his statement and is his
    # (rules 26, 2594, 3651); the Konjunktiv sentence closed by `sagte Bosbach der "Neuen Osnabrücker Zeitung"` is
    # unmarked (rule 5), the paper's name null (rules 2, 2771); Bodo Ramelow, the SPD, the SPD-Spitze, the Linke and the
    # Opfer des DDR-Regimes say nothing; `CDU-Innenexperte` names the party and `Der Vorsitzende des Innenausschusses des
    # Bundestages` the committee: no aliases (rule 33)
    quotes=[("\"bittere Pointe der Geschichte\"", BOSBACH, 0),
            (BR_H2, BOSBACH),
            ("\"bittere Pointe der Geschichte\"", BOSBACH, 1),
            ("\"Neuen Osnabrücker Zeitung\"", None)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), November 2015: Peter Altmaier on the Union's unity ---

AL_T = "NOZ: Interview der Neuen Osnabrücker Zeitung mit dem Kanzleramtsminister Peter Altmaier"
AL_H1 = "Kanzleramtsminister: Einigkeit zwischen CDU und CSU ist größer als sich der politische Gegner wünscht"
AL_H2 = ("Flüchtlingskoordinator Altmaier unterstreicht Handlungsfähigkeit der Koalition - \"Die Menschen wollen Erfolge und "
         "keinen Streit\"")
AL_P1 = ("Osnabrück.- Der Flüchtlingskoordinator der Bundesregierung, Peter Altmaier (CDU), hält den unionsinternen Streit "
         "über die Flüchtlingspolitik für beendet. \"Wir haben inzwischen eine größere Einigkeit zwischen CDU und CSU als "
         "manche denken - oder auch der politische Gegner sich wünscht\", sagte Altmaier in einem Interview mit der \"Neuen "
         "Osnabrücker Zeitung\" (Samstag). Zugleich betonte er: \"Niemand will 'mehr' Flüchtlinge aufnehmen.\" Die Kanzlerin "
         "habe immer klar gesagt, dass die aktuelle Migration geordnet werden müsse. Alle Entscheidungen der letzten Wochen "
         "seien gemeinsam getroffen worden, auch mit Zustimmung von Bundesinnenminister Thomas de Maizière (CDU). Nicht alle "
         "Debattenbeiträge der letzten Wochen seien hilfreich gewesen, meinte der Kanzleramtsminister. Aber es wäre auch "
         "ungewöhnlich, wenn es bei einem so wichtigen Thema wie der Flüchtlingspolitik nicht unterschiedliche Meinungen "
         "gäbe. \"Dennoch war die Koalition zu jedem Zeitpunkt handlungsfähig\", betonte der CDU-Politiker. Die Menschen "
         "wollten \"Erfolge und keinen Streit\".")

add(id="ho611-presseportal-noz-2015-11-altmaier-einigkeit-cdu-csu",
    title=AL_T,
    url="https://presseportal.de/pm/58964/3174922",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell for a Saturday edition of "
              "November 2015, probably 14 November 2015, the Saturday after the newsroom's latest story of '12.11.2015 – "
              "05:00' listed in the stored copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue Osnabrücker "
              "Zeitung mehr verpassen.' and the newsroom label dropped (rule 3010); the paper's generic headline 'NOZ: "
              "Interview der …' is the title, the dateline 'Osnabrück (ots)', the paper's own headline, its subtitle and the "
              "body with the place mark 'Osnabrück.-' lines of their own as stored (rule 3010); the contact block "
              "'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 207', the line 'Original-Content von: "
              "Neue Osnabrücker Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Neue Osnabrücker "
              "Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", AL_H1, AL_H2, AL_P1],
    # the headline label `Kanzleramtsminister:` before unmarked words carries no span (rule 5); the subtitle quotation after
    # the dash that follows `Flüchtlingskoordinator Altmaier unterstreicht Handlungsfähigkeit der Koalition` is his, the body
    # ending with the same words, partly marked, in the Konjunktiv report of his answer (rules 26, 3011); the quotation before
    # `sagte Altmaier in einem Interview mit der "Neuen Osnabrücker Zeitung"` is his (rule 30), the paper's name null (rules
    # 2, 2771); the colon quotation after `Zugleich betonte er:` is his (rules 8, 9), the word in ASCII single marks nested in
    # it part of his span (rule 110; build.py does not check single marks, checked by eye); the quotation before `betonte der
    # CDU-Politiker` is his, the role taking him up (rule 30), and so is the partial quotation in the closing Konjunktiv
    # sentence (rules 3, 25); the Kanzlerin, whose words are reported without marks, Thomas de Maizière, CDU and CSU, the
    # politische Gegner and the Menschen say nothing; `Kanzleramtsminister` and `Flüchtlingskoordinator`, which name only him,
    # are aliases (rule 44), `CDU-Politiker` names the party and `Der Flüchtlingskoordinator der Bundesregierung` the
    # government: no aliases (rule 33)
    quotes=[("\"Die Menschen wollen Erfolge und keinen Streit\"", ALTMAIER),
            (cut(AL_P1, "\"Wir haben", "sich wünscht\""), ALTMAIER),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            ("\"Niemand will 'mehr' Flüchtlinge aufnehmen.\"", ALTMAIER),
            ("\"Dennoch war die Koalition zu jedem Zeitpunkt handlungsfähig\"", ALTMAIER),
            ("\"Erfolge und keinen Streit\"", ALTMAIER)],
    aliases={ALTMAIER: ["Peter Altmaier", "Altmaier", "Kanzleramtsminister", "Flüchtlingskoordinator"]})
