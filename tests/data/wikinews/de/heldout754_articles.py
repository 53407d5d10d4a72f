# Seven-hundred-and-fifty-fourth held-out German real-news set (tests/data/heldout754-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4730-4735). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# finance portal's news id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-fourth held-out set": eight releases of German public broadcasters
# sent over the ots service of news aktuell, each quoting what a politician said in an interview with the broadcaster or
# announcing a programme: six of PHOENIX read in its newsroom on presseportal.de (licence OTS_MEDIEN: Christian Wulff on Angela
# Merkel after the CDU party conference in Leipzig, December 2003; Wolfgang Tiefensee on Matthias Platzeck's speech, November
# 2005; the programme note of "Im Dialog" with Wolfgang Schäuble, which also quotes the "tageszeitung", November 2007; Peter
# Müller after the Saarland election, August 2009; Niels Annen at the SPD party conference in Dresden, November 2009; Markus
# Söder at the Political Ash Wednesday, February 2018), one of PHOENIX shown by the finance portal finanzen.at
# (OTS_MEDIEN_REPOST: Thorsten Schäfer-Gümbel on election night, September 2017), and one audio release of the ZDF read in its
# newsroom (OTS_MEDIEN: the ZDF summer interview with Angela Merkel, August 2013). Stored copies are the `search` tool's
# `pages` excerpts; only complete paragraphs are kept (rules 15, 17); the newsroom, portal and wire furniture is dropped (rules
# 2770, 3420, 4010, 4650, 4730); each retrieval note names what was dropped.
# The search budget of the session allowed 60 queries; 30 were used (SOURCES.md).
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


WULFF = "Christian Wulff"
TIEFENSEE = "Wolfgang Tiefensee"
SCHAEUBLE = "Wolfgang Schäuble"
TAZ = "tageszeitung"
MUELLER = "Peter Müller"
ANNEN = "Niels Annen"
SOEDER = "Markus Söder"
TSG = "Thorsten Schäfer-Gümbel"
MERKEL = "Angela Merkel"

# --- PHOENIX (presseportal.de, newsroom 6511), 2 December 2003: Christian Wulff on Angela Merkel after the Leipzig conference ---

WU_T = "Wulff: Merkel Chefin im Ring"
WU_P1 = ("Der niedersächsische Ministerpräsident Christian Wulff (CDU) räumt Angela Merkel nach ihrer gestrigen Rede auf dem "
         "CDU-Parteitag in Leipzig gute Chancen für eine Kanzlerkandidatur ein. \"Wenn morgen die Regierung zurückträte, was "
         "ein Segen für unser Land wäre, wären wir uns sehr schnell einig über die Kanzlerkandidatur der Union\", sagte Wulff "
         "am Dienstagmorgen in einem PHOENIX-Interview. \"Eine Parteivorsitzende der CDU, die so auftritt und so gestärkt ist "
         "und die Vorsitzende der gemeinsamen Bundestagsfraktion ist, ist natürlich die aller erste Figur der Union, die "
         "Chefin im Ring und für alle Optionen offen\", so der niedersächsische Ministerpräsident weiter. Allerdings sei die "
         "Frage nach der Kanzlerkandidatur eher hypothetisch, weil \"im Moment zu befürchten ist, dass die Bundesregierung bis "
         "2006 durchwurschtelt.\" Das Verhältnis zwischen CDU und CSU sei abgesehen von den vergangenen Wochen \"so gut wie in "
         "den letzten Jahrzehnten nie\". \"Auch Edmund Stoiber und Angela Merken verstehen sich und kooperieren eng "
         "miteinander, telefonieren ständig\", sagte Wulff. Über die Kritiker der gestern auf dem Parteitag verabschiedeten "
         "Entwürfe zu den Sozialreformen sagte Wulff: \"Ich finde das Verhalten von Norbert Blüm, Heiner Geisler und Horst "
         "Seehofer zu drastisch.\" Die angestrebten Weiterentwicklungen im Bereich der Gesundheitspolitik seien ein "
         "Quantensprung. \"Das muss eben auch Norbert Blüm begreifen, dass sich die Demografie verändert (...) und deswegen "
         "umlagefinanzierte Systeme in der Form nicht mehr funktionieren\", so der niedersächsische Ministerpräsident.")

add(id="ho754-presseportal-phoenix-2003-12-wulff-merkel-chefin-im-ring",
    title=WU_T,
    url="https://presseportal.de/pm/6511/505507",
    retrieved="same address (release of PHOENIX, the news and documentary channel of ARD and ZDF, Bonn, sent over news "
              "aktuell on the morning after Angela Merkel's speech at the CDU party conference in Leipzig (1-2 December "
              "2003): 'nach ihrer gestrigen Rede', 'am Dienstagmorgen', so Tuesday 2 December 2003); the address came back in "
              "two stored copies with the same wording, one hard-wrapped at about 70 characters under the newsroom widget "
              "('Alle Storys', 'Folgen', 'Keine Story von PHOENIX mehr verpassen.', the label 'PHOENIX'), one with the body as "
              "one line and without widget; the second is used, which needs no joining (rule 4730); the headline is the title, "
              "the dateline 'Bonn (ots)' a line of its own, the body one paragraph as stored; the published 'Angela Merken' "
              "and 'aller erste' kept (rule 20); the lines 'ots-Originaltext: Phoenix', 'Digitale Pressemappe: "
              "http://www.presseportal.de/story.htx?firmaid=6511', the contact block 'Kontakt: Ingo Firley PHOENIX-"
              "Kommunikation Telefon: 0228 / 9584 195 Fax: 0228 / 9584 198' and the line 'Original-Content von: PHOENIX, "
              "übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn (ots)", WU_P1],
    # the title's label `Wulff:` before unmarked words carries no span (rules 5, 630); the quotation before `sagte Wulff am
    # Dienstagmorgen in einem PHOENIX-Interview` is his, PHOENIX the medium (rules 30, 4731); the quotation before `so der
    # niedersächsische Ministerpräsident weiter` is his, the role taking up Wulff (rules 8, 30); the partial quotation in
    # his Konjunktiv `weil`-clause and the one closing his Konjunktiv on the Verhältnis zwischen CDU und CSU are his (rules
    # 3, 25, 44); the quotation before the second `sagte Wulff`, which speaks of Stoiber and Merkel, is his, they say nothing
    # (rule 30); the colon quotation after `sagte Wulff:` naming Blüm, Geisler and Seehofer is his (rule 9); the last
    # quotation, after his Konjunktiv on the Gesundheitspolitik, closed by `so der niedersächsische Ministerpräsident`, is
    # his (rule 30); Angela Merkel, Edmund Stoiber, Norbert Blüm, Heiner Geisler, Horst Seehofer, the Regierung and the
    # Bundesregierung say nothing in marks; `niedersächsische Ministerpräsident` names a Land and is no alias (rules 33,
    # 4735)
    quotes=[(cut(WU_P1, "\"Wenn morgen", "der Union\""), WULFF),
            (cut(WU_P1, "\"Eine Parteivorsitzende", "Optionen offen\""), WULFF),
            ("\"im Moment zu befürchten ist, dass die Bundesregierung bis 2006 durchwurschtelt.\"", WULFF),
            ("\"so gut wie in den letzten Jahrzehnten nie\"", WULFF),
            (cut(WU_P1, "\"Auch Edmund Stoiber", "telefonieren ständig\""), WULFF),
            ("\"Ich finde das Verhalten von Norbert Blüm, Heiner Geisler und Horst Seehofer zu drastisch.\"", WULFF),
            (cut(WU_P1, "\"Das muss eben", "nicht mehr funktionieren\""), WULFF)],
    aliases={WULFF: ["Christian Wulff", "Wulff"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 15 November 2005: Wolfgang Tiefensee on Matthias Platzeck's speech ---

TI_T = "Tiefensee: \"Fulminante Rede Platzecks\""
TI_H2 = "\"Ein Mann, der mit beiden Beinen fest auf dem Boden steht\""
TI_P1 = ("Bonn (ots) - Der designierte Bundesverkehrsminister Wolfgang Tiefensee (SPD) hat die Rede des neuen "
         "SPD-Parteivorsitzenden Matthias Platzeck auf dem SPD-Parteitag nach eigenen Worten \"ganz begeistert\" aufgenommen. "
         "In einem PHOENIX-Interview am Rande des SPD-Parteitages sagte er: \"Das war eine ganz großartige und fulminante "
         "Rede. Eine Rede mit ganz nachdenklichen Passagen, mit Passagen, die motiviert haben.\" Matthias Platzeck habe \"auf "
         "seine Art\" die Partei mitgenommen. \"Das ist ein Mann, der mit beiden Beinen fest auf dem Boden steht und "
         "andererseits den Überblick nicht verliert. Es ist vieles vertraut gewesen, in vielen Vokabeln, in vielen Gedanken "
         "habe ich mich wiedergefunden\", sagte Tiefensee.")

add(id="ho754-presseportal-phoenix-2005-11-tiefensee-rede-platzeck",
    title=TI_T,
    url="https://www.presseportal.de/pm/6511/749541",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell from the SPD party conference in Karlsruhe "
              "that elected Matthias Platzeck party chairman on 15 November 2005, while Wolfgang Tiefensee was designated "
              "Federal Minister of Transport before the swearing-in of 22 November 2005; undated in the copy, which shows no "
              "story list, and dated by its content to 15 November 2005); the newsroom label 'PHOENIX' dropped (rules 2770, "
              "3590); the headline is the title and the subtitle line under it, in marks, a line of its own as stored; the "
              "dateline, which the copy sets with leading spaces and runs into the body ('    Bonn (ots) - Der designierte "
              "…'), stays run in, its indentation dropped (rules 13, 4650, 4730); the contact block 'Rückfragen bitte an: "
              "PHOENIX PHOENIX-Kommunikation Ingo Firley Telefon: 0228 / 9584 195 Fax: 0228 / 9584 198', the line "
              "'Original-Content von: PHOENIX, übermittelt durch news aktuell', 'Weitere Meldungen: PHOENIX' and 'Das könnte "
              "Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[TI_H2, TI_P1],
    # the title's quotation after the label `Tiefensee:` is his: the body gives him `Das war eine ganz großartige und
    # fulminante Rede` (rules 26, 54, 4732); the subtitle line in marks shortens his last quotation (`Das ist ein Mann, der
    # mit beiden Beinen fest auf dem Boden steht und …`) and is his (rules 49, 4732); the marked words after `nach eigenen
    # Worten` are his (rules 3, 25); the colon quotation after `sagte er:` is his, `er` taking up the subject of the lead
    # (rules 8, 9); the partial quotation in his Konjunktiv `Matthias Platzeck habe "auf seine Art" die Partei mitgenommen`
    # is his, Platzeck being the one he praises, not a speaker (rules 3, 44, 4651); the quotation before `sagte Tiefensee`,
    # whose `Mann` is Platzeck, is his (rule 30); Matthias Platzeck and the SPD say nothing; `designierte
    # Bundesverkehrsminister` names only him and is an alias (rules 44, 4735), the compound `SPD-Parteivorsitzenden` names
    # Platzeck
    quotes=[("\"Fulminante Rede Platzecks\"", TIEFENSEE),
            (TI_H2, TIEFENSEE),
            ("\"ganz begeistert\"", TIEFENSEE),
            (cut(TI_P1, "\"Das war eine", "motiviert haben.\""), TIEFENSEE),
            ("\"auf seine Art\"", TIEFENSEE),
            (cut(TI_P1, "\"Das ist ein Mann", "mich wiedergefunden\""), TIEFENSEE)],
    aliases={TIEFENSEE: ["Wolfgang Tiefensee", "Tiefensee", "designierte Bundesverkehrsminister"]})

# --- PHOENIX (presseportal.de, newsroom 6511), November 2007: programme note of "Im Dialog" with Wolfgang Schäuble ---

SC_T = ("\"Im Dialog - Alfred Schier mit Wolfgang Schäuble\", PHOENIX-Programmhinweis für Freitag, 30. November 2007, "
        "24.00 Uhr")
SC_P1 = ("\"Die menschlichen Enttäuschungen in der Politik habe ich mir abgewöhnt. Da kann mich nichts mehr überraschen\", "
         "sagt Wolfgang Schäuble. Das Verhältnis zu Helmut Kohl ist seit dem CDU-Spendenskandal zerbrochen. Unter Angela "
         "Merkel, die Schäuble einst zur Generalsekretärin beförderte, machte er sich Hoffnungen auf das Amt des "
         "Bundespräsidenten. Merkel entschied sich für Köhler.")
SC_P2 = ("Wolfgang Schäuble hat sich aber auch immer wieder durchgesetzt - vor allem nach dem Attentat auf ihn im Jahre 1990. "
         "Nun ist er Bundesinnenminister, zum zweiten Mal seit 1989. Mit seinen Vorschlägen zur Terrorbekämpfung sorgt er für "
         "Empörung und heftige Kritik.")
SC_P3 = ("\"Theatervorstellungen kann er sich ansehen\", schreibt die \"tageszeitung\" über Schäuble, \"aber in der Politik "
         "lässt er die Puppen tanzen. Wein kann er schmecken, die Ergebnisse seiner Politik kostet er aus.\"")
SC_P4 = "Wolfgang Schäuble über seine Politik und sein Leben - im Dialog mit Alfred Schier."
SC_P5 = "Wiederholung: Sonntag, 2. Dezember 2007, 11.15 Uhr"

add(id="ho754-presseportal-phoenix-2007-11-im-dialog-schaeuble",
    title=SC_T,
    url="https://presseportal.de/pm/6511/1093670",
    retrieved="same address (programme note of PHOENIX, Bonn, sent over news aktuell for the talk programme 'Im Dialog' of "
              "Friday 30 November 2007, 24.00 Uhr, with its repeat on Sunday 2 December 2007; undated in the copy, which shows "
              "no story list, and dated by its content to the days before 30 November 2007); the copy shows no newsroom "
              "label; the headline with the programme's name in marks is the title, the dateline 'Bonn (ots)' a line of its "
              "own, the four body paragraphs and the repeat line 'Wiederholung: …' lines of their own as stored (rule 4730); "
              "the contact block 'Pressekontakt: PHOENIX PHOENIX-Kommunikation Ingo Firley Telefon: 0228 / 9584 195 Fax: "
              "0228 / 9584 198' and the line 'Original-Content von: PHOENIX, übermittelt durch news aktuell' dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn (ots)", SC_P1, SC_P2, SC_P3, SC_P4, SC_P5],
    # the programme's name in marks that opens the title is null, although it names the guest (rules 2, 24, 4731); the
    # quotation before `sagt Wolfgang Schäuble` is his (rule 30); the quotation interrupted by `schreibt die "tageszeitung"
    # über Schäuble` is the paper's written words in both parts, not Schäuble's: its `er` is Schäuble, of whom the paper
    # writes (rules 28, 77, 4733); the paper's name in marks is null (rules 2, 4733); Helmut Kohl, Angela Merkel, Köhler
    # and the host Alfred Schier say nothing; the predicate noun of `Nun ist er Bundesinnenminister` describes him but is
    # no referring form and is not listed (rule 4735); the paper is named only as `"tageszeitung"`, which is its canonical
    # name and only alias (rules 7, 4733)
    quotes=[("\"Im Dialog - Alfred Schier mit Wolfgang Schäuble\"", None),
            (cut(SC_P1, "\"Die menschlichen", "überraschen\""), SCHAEUBLE),
            ("\"Theatervorstellungen kann er sich ansehen\"", TAZ),
            ("\"tageszeitung\"", None),
            (cut(SC_P3, "\"aber in der Politik", "kostet er aus.\""), TAZ)],
    aliases={SCHAEUBLE: ["Wolfgang Schäuble", "Schäuble"],
             TAZ: ["tageszeitung"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 30 August 2009: Peter Müller after the Saarland Landtag election ---

MU_T = "Müller sieht sich nicht als abgelöst an"
MU_P1 = join("Bonn/Saarbrücken, 30. August 2009 - Der saarländische",
             "Ministerpräsident Peter Müller sieht sich auch nach dem schwachen ",
             "Abschneiden der CDU bei der Landtagswahl nicht als abgewählt an. Im ",
             "PHOENIX-Interview sagte Müller, man könne ihn \"keineswegs\" als ",
             "abgelöst bezeichnen. Die CDU sei im Saarland klar die stärkste ",
             "Partei. \"Wir werden mit Ausnahme der Linkspartei den anderen Parteien",
             "Gespräche anbieten und ausloten, ob eine regierungsfähige, stabile ",
             "Mehrheit gebildet werden kann. Ich bin dazu bereit.\"  Die Frage eines",
             "Wechsels nach Berlin stelle sich für ihn daher nicht, so Müller ",
             "weiter. \"Klar stärkste Partei zu sein heißt eben auch, dass wir ",
             "weiter den Auftrag haben, Regierungsverantwortung in diesem Land zu ",
             "tragen. Das ist mein Thema.\"")

add(id="ho754-presseportal-phoenix-2009-08-mueller-saarland-nicht-abgeloest",
    title=MU_T,
    url="http://www.presseportal.de/pm/6511/1466244",
    retrieved="same address (release of PHOENIX sent over news aktuell on the evening of the Saarland Landtag election, "
              "dated in its first line 'Bonn/Saarbrücken, 30. August 2009', after the channel's releases of '28.08.2009 – "
              "13:59' and '28.08.2009 – 13:32', the newest teasers of its story list); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von PHOENIX mehr verpassen.' and the newsroom label 'PHOENIX' dropped (rules 2770, "
              "4010); the headline is the title, the dateline 'Bonn (ots)' a line of its own; the body, hard-wrapped at about "
              "70 characters without empty lines, is joined with one space, a line-end space of the copy counting as that "
              "space, and stays one paragraph: its short first line ('… - Der saarländische', 52 characters) ends in "
              "mid-sentence, and no line closes a sentence outside marks short of the wrap width (rules 1372, 2695, 4730); "
              "the published double space in 'bereit.\"  Die Frage' is kept (rule 20); the contact block 'Pressekontakt: "
              "PHOENIX PHOENIX-Kommunikation Telefon: 0228 / 9584 193 Fax: 0228 / 9584 198 pressestelle@phoenix.de', the "
              "line 'Original-Content von: PHOENIX, übermittelt durch news aktuell' and the list 'Weitere Storys: PHOENIX' "
              "with its programme teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn (ots)", MU_P1],
    # the title is unmarked (rule 5); the one marked word in his Konjunktiv after `Im PHOENIX-Interview sagte Müller, man
    # könne ihn "keineswegs" als abgelöst bezeichnen` is his (rules 3, 4, 25); the cue-less quotation after his Konjunktiv
    # `Die CDU sei im Saarland klar die stärkste Partei.` is his (NOTES.md continuation); the quotation after `so Müller
    # weiter.` is his, the cue closing his Konjunktiv before it and the quotation continuing his speech (rule 30, NOTES.md
    # continuation); the CDU, the Linkspartei and the anderen Parteien say nothing; `saarländische Ministerpräsident`
    # names a Land and is no alias (rules 33, 4735)
    quotes=[("\"keineswegs\"", MUELLER),
            (cut(MU_P1, "\"Wir werden", "dazu bereit.\""), MUELLER),
            (cut(MU_P1, "\"Klar stärkste", "mein Thema.\""), MUELLER)],
    aliases={MUELLER: ["Peter Müller", "Müller"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 14 November 2009: Niels Annen at the SPD party conference in Dresden ---

AN_T = "Annen: Dürfen uns nicht zerfleischen"
AN_P1 = ("Bonn (ots) - Bonn/Dresden, 14. November 2009 - Das SPD-Vorstandsmitglied Niels Annen betont die Zäsur, die der "
         "Parteitag in Dresden für die SPD darstellt. Im PHOENIX-Interview sagte Annen: \"Das ist ein historischer Parteitag. "
         "Nach dieser krachenden Niederlage ist das wirklich auch ein Abschnitt, der hier zu Ende geht.\" Der ehemalige "
         "Juso-Vorsitzende zeigte sich davon überzeugt, dass die neue Parteiführung mit Sigmar Gabriel als Parteivorsitzendem "
         "länger halten werde, als dies in den vergangenen Jahren der Fall war. \"Wir können uns das jetzt auch gar nicht "
         "leisten, uns zu zerfleischen\", so Annen im PHOENIX-Interview.")

add(id="ho754-presseportal-phoenix-2009-11-annen-spd-parteitag-dresden",
    title=AN_T,
    url="http://www.presseportal.de/pm/6511/1512092",
    retrieved="same address (release of PHOENIX sent over news aktuell from the SPD party conference in Dresden, dated in "
              "its first sentence 'Bonn/Dresden, 14. November 2009'); the newsroom label 'PHOENIX' dropped (rules 2770, "
              "3590); the headline is the title; the dateline, which the copy sets with leading spaces and runs into the body "
              "('    Bonn (ots) - Bonn/Dresden, 14. November 2009 - …'), stays run in, its indentation dropped (rules 13, "
              "4650, 4730); the contact block 'Pressekontakt: PHOENIX PHOENIX-Kommunikation Telefon: 0228 / 9584 193 Fax: "
              "0228 / 9584 198 pressestelle@phoenix.de', the line 'Original-Content von: PHOENIX, übermittelt durch news "
              "aktuell', 'Weitere Meldungen: PHOENIX' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[AN_P1],
    # the title's label `Annen:` before unmarked words carries no span, although the words shorten his last quotation
    # (rules 5, 630); the colon quotation after `Im PHOENIX-Interview sagte Annen:` is his (rule 9); the quotation before
    # `so Annen im PHOENIX-Interview` is his (rule 30); PHOENIX is the medium (rule 4731); Sigmar Gabriel, the
    # Parteiführung and the SPD say nothing; `SPD-Vorstandsmitglied` and `ehemalige Juso-Vorsitzende` name a party and its
    # youth organisation and are no aliases (rules 33, 4735)
    quotes=[(cut(AN_P1, "\"Das ist ein historischer", "zu Ende geht.\""), ANNEN),
            (cut(AN_P1, "\"Wir können", "zu zerfleischen\""), ANNEN)],
    aliases={ANNEN: ["Niels Annen", "Annen"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 14 February 2018: Markus Söder at the Political Ash Wednesday in Passau ---

SO_T = ("phoenix der Tag - Markus Söder (CSU): GroKo darf keine \"Notstandsregierung\" sein, Mittwoch 14.02.2018 ab "
        "17.30h")
SO_P1 = ("Der designierte Ministerpräsident Bayerns, Markus Söder, hat angesichts sinkender Umfrageergebnisse der Union davor "
         "gewarnt, nur auf Prozente zu schauen. \"Die GroKo muss - wenn sie zustande kommt - hart daran arbeiten, dass sie "
         "nicht nur als Notstandsregierung gesehen wird, sondern aus innerer Überzeugung etwas für die Menschen verbessert\", "
         "sagte der CSU-Politiker dem TV-Sender phoenix am Rande des Politischen Aschermittwochs in Passau (Ausstrahlung: "
         "Sendung \"der Tag\" ab 17.30 Uhr). Es müssten endlich wieder Positionen bezogen werden, vor allem bei den Themen "
         "Zuwanderung, Innere Sicherheit und \"kulturelle Prägung\". \"Das ist doch das, was in allen deutschen Städten "
         "gefragt ist.\"")
SO_P2 = ("Auf die Frage, ob er für eine Minderheitsregierung oder Neuwahlen wäre, falls die große Koalition nicht zustande "
         "kommt, sagte Söder: \"Das, was in Berlin entschieden wird, liegt bei Horst Seehofer und nicht bei mir.\" Er hoffe "
         "aber, dass sich die SPD einsichtig zeige. \"Nach den letzten Tagen bleibt man da sehr skeptisch. Aber mal schauen: "
         "Vielleicht siegt ja doch die Vernunft.\"")
SO_P3 = "Die Mitglieder der SPD müssen dem Koalitionsvertrag noch zustimmen. Das Ergebnis wird Anfang März erwartet."

add(id="ho754-presseportal-phoenix-2018-02-soeder-notstandsregierung",
    title=SO_T,
    url="https://www.presseportal.de/pm/6511/3867495",
    retrieved="same address (release of PHOENIX sent over news aktuell from the Political Ash Wednesday in Passau, dated in "
              "its headline 'Mittwoch 14.02.2018'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von PHOENIX mehr "
              "verpassen.' and the newsroom label 'PHOENIX' dropped (rules 2770, 4010); the headline with the programme's "
              "name 'phoenix der Tag -' and the broadcast time is the title, the dateline 'Bonn/Passau (ots)' a line of its "
              "own, the three body paragraphs as stored (rule 4730); the contact block 'Pressekontakt: phoenix-Kommunikation "
              "Pressestelle Telefon: 0228 / 9584 192 Fax: 0228 / 9584 198 presse@phoenix.de presse.phoenix.de', the line "
              "'Original-Content von: PHOENIX, übermittelt durch news aktuell' and the repeated 'Weitere Storys: PHOENIX' "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn/Passau (ots)", SO_P1, SO_P2, SO_P3],
    # the single word in marks in the title's label sentence `Markus Söder (CSU): GroKo darf keine "Notstandsregierung"
    # sein` is his: the body has it, unmarked, inside his own quotation (rules 26, 54, 4732); the quotation before `sagte
    # der CSU-Politiker dem TV-Sender phoenix` is his, the party compound taking up the subject of the lead (rules 8, 30) and
    # phoenix the medium (rule 4731); the programme's name `"der Tag"` in the broadcast note is null (rules 24, 4731); the
    # marked phrase closing his Konjunktiv `Es müssten endlich wieder Positionen bezogen werden, …` is his (rules 3, 25), and
    # so is the cue-less quotation after it (NOTES.md continuation); the colon quotation after `sagte Söder:` is his (rule
    # 9), Horst Seehofer, whom it names, says nothing; the cue-less quotation after his Konjunktiv `Er hoffe aber, dass sich
    # die SPD einsichtig zeige.` is his, the SPD saying nothing (rule 8, NOTES.md continuation); `Ministerpräsident Bayerns`
    # names a Land and `CSU-Politiker` a party, so neither is an alias (rules 33, 4735)
    quotes=[("\"Notstandsregierung\"", SOEDER),
            (cut(SO_P1, "\"Die GroKo muss", "Menschen verbessert\""), SOEDER),
            ("\"der Tag\"", None),
            ("\"kulturelle Prägung\"", SOEDER),
            ("\"Das ist doch das, was in allen deutschen Städten gefragt ist.\"", SOEDER),
            ("\"Das, was in Berlin entschieden wird, liegt bei Horst Seehofer und nicht bei mir.\"", SOEDER),
            (cut(SO_P2, "\"Nach den letzten", "die Vernunft.\""), SOEDER)],
    aliases={SOEDER: ["Markus Söder", "Söder"]})

# --- PHOENIX (ots, shown by finanzen.at), 24 September 2017: Thorsten Schäfer-Gümbel on the Bundestag election night ---

TS_T = ("phoenix: Thorsten Schäfer-Gümbel (SPD): \"Wettbewerb zwischen Volksparteien muss wieder klarer werden\"")
TS_P1 = join("Bonn/Berlin (ots) - Der stellvertretende SPD-Vorsitzende Thorsten",
             "Schäfer-Gümbel hat deutlich gemacht, warum seine Partei nach der",
             "Bundestagswahl in die Opposition gehen sollte. \"Der Wettbewerb",
             "zwischen den Volksparteien muss wieder klarer und schärfer werden\",",
             "so Schäfer-Gümbel im Fernsehsender phoenix. Das Ergebnis sei eine",
             "\"bittere Niederlage\" und ein \"schwerer Schlag\". Gerade in",
             "Ostdeutschland sei es für seine Partei schwer gewesen. \"Wir haben",
             "dort die Menschen nicht für uns gewinnen können\", so der",
             "SPD-Partei-Vize.")
TS_P2 = "Bonn/Berlin, 24. September 2017"

add(id="ho754-finanzen-phoenix-2017-09-schaefer-guembel-volksparteien",
    title=TS_T,
    url="https://styles.finanzen.at/nachrichten/aktien/phoenix-thorsten-schafer-guembel-spd-wettbewerb-zwischen-"
        "volksparteien-muss-wieder-klarer-werden-1002493519",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell on the evening of the Bundestag election of "
              "24 September 2017, closed by the release's own line 'Bonn/Berlin, 24. September 2017', shown by the finance "
              "portal finanzen.at with the ots dateline 'Bonn/Berlin (ots) -' and the portal's time line '24.09.2017 "
              "21:13:56'); the portal's time line and the separator '|' under it dropped (rules 3420, 4730); the headline "
              "with its prefix 'phoenix:' is the title; the body, hard-wrapped at about 70 characters without empty lines and "
              "with the dateline run in, is joined with one space and stays one paragraph, no line closing a sentence outside "
              "marks before the last (rules 1372, 2695); the release's closing place and date line is kept as a line of its "
              "own (rule 4730); the line 'OTS: PHOENIX newsroom: http://www.presseportal.de/nr/6511 newsroom via RSS: "
              "http://www.presseportal.de/rss/pm_6511.rss2', the contact block 'Pressekontakt: phoenix-Kommunikation "
              "Pressestelle Telefon: 0228 / 9584 192 Fax: 0228 / 9584 198 presse@phoenix.de presse.phoenix.de' and the "
              "portal's advertisement lines ('Der finanzen.at Ratgeber für Aktien!', 'Wenn Sie mehr über das Thema Aktien "
              "erfahren wollen, …', 'Jetzt informieren!', each twice) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[TS_P1, TS_P2],
    # the title's quotation after the label `Thorsten Schäfer-Gümbel (SPD):` is his: it shortens the body's quotation `Der
    # Wettbewerb zwischen den Volksparteien muss wieder klarer und schärfer werden` (rules 26, 54); that quotation, before
    # `so Schäfer-Gümbel im Fernsehsender phoenix`, is his, phoenix the medium (rules 30, 4731); the two marked phrases in
    # his Konjunktiv `Das Ergebnis sei eine "…" und ein "…"` are his (rules 3, 25); the quotation before `so der
    # SPD-Partei-Vize` is his, the party compound taking up Schäfer-Gümbel (rules 8, 30); the SPD and the Volksparteien say
    # nothing; `stellvertretende SPD-Vorsitzende` and `SPD-Partei-Vize` name a party and are no aliases (rules 33, 4735)
    quotes=[("\"Wettbewerb zwischen Volksparteien muss wieder klarer werden\"", TSG),
            (cut(TS_P1, "\"Der Wettbewerb", "schärfer werden\""), TSG),
            ("\"bittere Niederlage\"", TSG),
            ("\"schwerer Schlag\"", TSG),
            (cut(TS_P1, "\"Wir haben", "gewinnen können\""), TSG)],
    aliases={TSG: ["Thorsten Schäfer-Gümbel", "Schäfer-Gümbel"]})

# --- ZDF (presseportal.de, newsroom 7840), 18 August 2013: audio release on the summer interview with Angela Merkel ---

ME_T = ("Die Kanzlerin im ZDF Sommerinterview: \"Ich bin zutiefst davon überzeugt, dass die Wahl sehr, sehr knapp ausgehen "
        "wird!\" (AUDIO)")
ME_P1 = ("Sie gelten als Klassiker der politischen Fernsehberichterstattung: Die ZDF-Sommerinterviews. Von Ende Juni bis Ende "
         "August strahlt das Zweite sonntags um 19 Uhr 10 zwanzigminütige Exklusivinterviews mit den deutschen "
         "Spitzenpolitikern aus. Den Anfang machte am 30. Juni Bundespräsident Joachim Gauck. Das \"Schlusslicht\" wird "
         "Ministerpräsident Horst Seehofer am 25.8. bilden. Jetzt am Wochenende stand die Bundeskanzlerin dem ZDF Rede und "
         "Antwort. Das Interview, das Bettina Schausten, die Leiterin des ZDF-Hauptstadtstudios mit der Bundeskanzlerin am "
         "Sonntag geführt hat, wurde in der Bibliothek im Kanzleramt aufgezeichnet. Die Kanzlerin gab sich im Interview trotz "
         "des Wahlkampf-Stress gelassen und zuversichtlich. Hatte ihr das ZDF-Politbarometer vom Freitag (16.08.) einen "
         "wachsenden Vorsprung vor Peer Steinbrück attestiert: 63 % der Deutschen (vor 14 Tagen 60 %) wünschen sich Merkel als "
         "Kanzlerin, nur 29 % (vor 14 Tagen 31 %) Steinbrück. Die wichtigsten Themen im ZDF-Sommerinterview:")
ME_ITEMS = ["1. Ausschnitt Angela Merkel zur aktuellen Situation in Ägypten",
            "2. Ausschnitt Angela Merkel auf die Frage, ob ein Rüstungsstopp deutscher Waffen kommen wird",
            "3. Ausschnitt Angela Merkel zum Thema Mindestlohn",
            "4. Ausschnitt Angela Merkel zur Maut und zum Konflikt mit der CSU bei diesem Thema.",
            "5. Ausschnitt Angela Merkel, ob sie die Wahl gewinnen wird.",
            "6. Ausschnitt Angela Merkel zur Frage, ob es eine Große Koalition geben wird.",
            "7. Ausschnitt Angela Merkel zur Frage, ob sie nicht die komplette Amtszeit Kanzlerin bleiben wird, sondern in "
            "drei Jahren durch Nepal wandern wird."]

add(id="ho754-presseportal-zdf-2013-08-merkel-sommerinterview-audio",
    title=ME_T,
    url="http://www.presseportal.de/pm/7840/2537454/die-kanzlerin-im-zdf-sommerinterview-ich-bin-zutiefst-davon-"
        "ueberzeugt-dass-die-wahl-sehr-sehr",
    retrieved="same address (audio release of the ZDF, Mainz, sent over news aktuell with its dateline 'Berlin (ots)' for "
              "the ZDF summer interview of 'Berlin direkt' with Angela Merkel broadcast on Sunday 18 August 2013 (the "
              "dropped closing paragraph reads 'Heute Abend, (Sonntag, 18.8.2013) um 19 Uhr 10 im ZDF'); the release lays "
              "out a radio piece with its 'Anmoderation', a numbered list of the clips ('Ausschnitt') and an "
              "'Abmoderation'); the page's media count line '1 Audio-Datei' and the separator '   | ' dropped (rule 4730); "
              "the headline with '(AUDIO)' is the title; the dateline run into 'Anmoderation:' is a line of its own as "
              "stored, the lead paragraph one line, each numbered clip item a line of its own (rules 13, 19); the closing "
              "paragraph, cut off by the stored excerpt ('… Horst Seehofer als letzter Spitzenp'), is dropped together with "
              "the heading 'Abmoderation' left dangling before it (rules 15, 17); the published 'Wahlkampf-Stress' and the "
              "unclosed apposition 'Bettina Schausten, die Leiterin des ZDF-Hauptstadtstudios mit der Bundeskanzlerin' kept "
              "(rule 20))",
    license=OTS_MEDIEN,
    paras=["Berlin (ots) - Anmoderation:", ME_P1] + ME_ITEMS,
    # the title's quotation after `Die Kanzlerin im ZDF Sommerinterview:` is Merkel's: the headline names her by her
    # office and the body names her in every clip item, of which the fifth (`ob sie die Wahl gewinnen wird`) is the
    # subject of the quoted words, which the body does not print (rules 54, 107, 4734); the writer's `"Schlusslicht"` for
    # the last guest of the series, Horst Seehofer, is null (rules 75, 4734); Joachim Gauck, Horst Seehofer, Bettina
    # Schausten, Peer Steinbrück, the ZDF, the ZDF-Politbarometer and the Deutschen say nothing in marks; `Kanzlerin` and
    # `Bundeskanzlerin` name only her in the release and are aliases (rules 44, 4734)
    quotes=[("\"Ich bin zutiefst davon überzeugt, dass die Wahl sehr, sehr knapp ausgehen wird!\"", MERKEL),
            ("\"Schlusslicht\"", None)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Kanzlerin", "Bundeskanzlerin"]})
