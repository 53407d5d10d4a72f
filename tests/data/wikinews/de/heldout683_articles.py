# Six-hundred-and-eighty-third held-out German real-news set (tests/data/heldout683-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4190-4195). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eighty-third held-out set": eight releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what politicians, a government spokesman or union
# leaders told the paper or wrote, all read in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): the Mitteldeutsche
# Zeitung (eight members of parliament writing to Wolfgang Tiefensee on the A38 and A143, summer 2006, AMP view), the
# Westdeutsche Allgemeine Zeitung four times (the government spokesman Andreas Krautscheid and Gerhard Papke on Gazprom and the
# RAG, May 2007; Gerd Papke attacking Jürgen Rüttgers, May 2009; the DGB's Land chairman Guntram Schneider on Rüttgers's
# remarks on Romanians, September 2009; Rüttgers on the coalition negotiations in Berlin, October 2009), Der Tagesspiegel
# (Hermann Gröhe on Klaus Wowereit and the airport, January 2013, English interface), the Neue Westfälische (Frank Bsirske on
# the GDL, probably November 2014) and, a newsroom no earlier set took a release from, the Stuttgarter Zeitung (Günther
# Oettinger for a coalition of CDU, SPD and FDP, spring 2016). Stored copies are the `search` tool's `pages` excerpts; every
# release body is complete in them; the newsroom furniture is dropped and the hard-wrapped lines are joined (rules 2770, 3030,
# 3590, 3950, 4130, 4190); each retrieval note names what was dropped.
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


ABGEORDNETE = "Bundes- und Landtagsabgeordnete"
KRAUTSCHEID = "Andreas Krautscheid"
GERHARD_PAPKE = "Gerhard Papke"
GERD_PAPKE = "Gerd Papke"
RUETTGERS = "Jürgen Rüttgers"
SCHNEIDER = "Guntram Schneider"
GROEHE = "Hermann Gröhe"
BSIRSKE = "Frank Bsirske"
OETTINGER = "Günther Oettinger"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409, AMP view), summer 2006: a letter of eight MPs to Tiefensee ---

AB_T = ("Mitteldeutsche Zeitung: Alarmbrief an Tiefensee Brief von Abgeordneten im Zusammenhang mit dem Autobahnbau A 38 und "
        "A 143")
AB_P1 = ("Acht Bundes- und Landtagsabgeordnete von SPD und CDU drängen mit einem gemeinsamen Brief "
         "Bundesverkehrsverkehrsminister Wolfgang Tiefensee (SPD) zu einem höheren Tempo beim Bau der Autobahn-Teilstücke von "
         "A38 und A143 rund um Halle. Das berichtet die in Halle erscheinende Mitteldeutsche Zeitung (Samstagsausgabe). "
         "Tiefensee solle \"alle Möglichkeiten der Einflussnahme\" nutzen, schreiben die Politiker in einem gemeinsamen Brief. "
         "Die Abgeordneten fürchten, dass etwa die A38 erst Ende 2008 fertig wird. Das sei fünf Jahre später als ursprünglich "
         "geplant. Ursache sei unter anderem ein Rechtsstreit um die Vergabe von Bauaufträgen, der sich nun bereits in der "
         "dritten Instanz befinde.")

add(id="ho683-presseportal-mz-2006-abgeordnete-alarmbrief-tiefensee-a38",
    title=AB_T,
    url="https://www.presseportal.de/pm/amp/47409/854242",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Saturday edition; "
              "undated in the stored AMP copy, which shows no time stamp and no story list; summer 2006 by its release "
              "number, between the Rheinische Post's pm/30621/845115 of July 2006 and the paper's own pm/47409/878821 of 27 "
              "September 2006, both used by earlier sets, and by the A38 expected 'erst Ende 2008'); the AMP copy begins with "
              "the headline, stored as one line with the topic line run on without a stop ('… Alarmbrief an Tiefensee Brief "
              "von Abgeordneten …'), which is the title as stored (rule 2770), the dateline 'Halle (ots)' a line of its own, "
              "the body one line as stored; the contact block 'Rückfragen bitte an: Mitteldeutsche Zeitung Chefredakteur Jörg "
              "Biallas Telefon: 0345/565-4242' and the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' dropped; the published 'Bundesverkehrsverkehrsminister' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", AB_P1],
    # the partial quotation in the Konjunktiv sentence whose subject is the letter's addressee, closed by `schreiben die
    # Politiker in einem gemeinsamen Brief`, is the writers' (rules 10, 28, 4195), not Tiefensee's; the group's head phrase
    # without its number and its parties is canonical (rules 10, 29, 33), the cue's `Politiker` and the next sentence's
    # `Abgeordneten` are its aliases; the paper named without marks is no speaker (rules 12, 2771)
    quotes=[("\"alle Möglichkeiten der Einflussnahme\"", ABGEORDNETE)],
    aliases={ABGEORDNETE: ["Bundes- und Landtagsabgeordnete", "Politiker", "Abgeordneten"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), May 2007: Krautscheid and Papke on Gazprom ---

RAG_T = "WAZ: Landesregierung fordert Aufklärung von RAG"
RAG_P1 = join("Die Landesregierung NRW fordert von der RAG",
              "Aufklärung über vermeintliche Gespräche mit der russischen Regierung ",
              "über eine Beteiligung an der RAG. Das Dementi der RAG sei ungenügend.",
              "\"Diese Erklärungen reichen überhaupt nicht aus. Wir wollen wissen, ",
              "wer mit wem auch mittelbar gesprochen hat und ob ein Einstieg von ",
              "Gazprom geplant ist\", sagte Regierungssprecher Andreas Krautscheid ",
              "der in Essen erscheinenden Westdeutschen Allgemeinen Zeitung ",
              "(Montagausgabe). Vor einer solchen Klärung werde es keine weiteren ",
              "Schritte in der Frage der Kohlestiftung geben. FDP-Fraktionschef ",
              "Gerhard Papke sagte, sollten sich solche Pläne bewahrheiten, \"wäre ",
              "das alarmierend. Hier sind strategische Interessen des Landes ",
              "tangiert. Ich will Degussa oder Steag nicht in der Hand eines ",
              "russischen Staakskonzerns wissen.\"")

add(id="ho683-presseportal-waz-2007-05-krautscheid-papke-rag-gazprom",
    title=RAG_T,
    url="https://presseportal.de/pm/55903/988907",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for a Monday "
              "edition; dated by the story list under it, whose newest teasers are the paper's releases of '18.05.2007', so "
              "probably for the edition of Monday 21 May 2007); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rule 2770); the headline with "
              "its prefix is the title, the dateline 'Essen (ots)' a line of its own; the hard-wrapped lines joined with one "
              "space, a line-end space of the copy taken as that space; the line that closes a sentence without a line-end "
              "space ('… Das Dementi der RAG sei ungenügend.') is the longest of the copy and fills the wrap width, and the "
              "short first line closes no sentence, so the body is one paragraph (rules 1372, 3210, 3590); the published "
              "'Staakskonzerns' kept (rule 20); the lines 'Pressekontakt:' and 'Rückfragen bitte an:' with the contact block "
              "'Westdeutsche Allgemeine Zeitung Zentralredaktion …', the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with "
              "its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", RAG_P1],
    # the quotation before `sagte Regierungssprecher Andreas Krautscheid der … Westdeutschen Allgemeinen Zeitung` is his,
    # although the sentences before have the Landesregierung as subject (rules 30, 2895), and the bare `Regierungssprecher`
    # names only him (rule 44); the partial quotation that runs on into full sentences after `Gerhard Papke sagte, sollten
    # sich solche Pläne bewahrheiten, "wäre …` is Papke's (rules 3, 25); `FDP-Fraktionschef` is a compound with the party
    # and no alias (rule 33); the Landesregierung, the RAG, Gazprom, Degussa and Steag say nothing in marks; the unmarked
    # Konjunktiv `Das Dementi der RAG sei ungenügend.` carries no span (rule 5)
    quotes=[(cut(RAG_P1, "\"Diese Erklärungen", "geplant ist\""), KRAUTSCHEID),
            (cut(RAG_P1, "\"wäre", "wissen.\""), GERHARD_PAPKE)],
    aliases={KRAUTSCHEID: ["Andreas Krautscheid", "Regierungssprecher"],
             GERHARD_PAPKE: ["Gerhard Papke"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), May 2009: Papke attacks Rüttgers ---

PR_T = "WAZ: Papke greift Rüttgers an"
PR_P1 = join("FDP-Landtagsfraktionschef Gerd Papke greift",
             "NRW-Ministerpräsident Jürgen Rüttgers (CDU) wegen seiner Abkehr  von ",
             "\"der Philosophie des  gemeinsamen Koalitionsvertrags\" an.  \"Herr ",
             "Rüttgers sollte nicht vergessen, dass erst ,Privat vor Staat'  NRW ",
             "wieder nach vorne gebracht hat\", sagte  Papke der WAZ-Gruppe. ",
             "Beispielhaft nannte er den \"erfolgreichen Verkauf\" der rund 100 000 ",
             "LEG-Wohnungen an einen Finanzinvestor. Rüttgers hatte beim ",
             "CDU-Parteitag  erklärt, die Zeit einer Politik mit dem \"Mantra von ",
             "Privatisierung\" sei vorbei. Insgesamt missfällt der FDP Rüttgers   ",
             "Sozialkurs. \"Was verteilt werden soll, muss erst erwirtschaftet ",
             "werden\", sagte Papke.")

add(id="ho683-presseportal-waz-2009-05-papke-greift-ruettgers-an",
    title=PR_T,
    url="https://www.presseportal.de/pm/55903/1403039",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell; no edition "
              "named; dated by the story list under it, whose newest teasers are the paper's releases of '11.05.2009 – 15:14' "
              "and '11.05.2009 – 00:00', so 11 or 12 May 2009, after the CDU party conference it reports); the widget lines "
              "'Alle Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom "
              "label dropped (rule 2770); the headline with its prefix is the title, the dateline 'Essen (ots)' a line of its "
              "own; the hard-wrapped lines joined with one space, a line-end space of the copy (also the three after "
              "'Rüttgers') taken as that space; the double spaces inside the stored lines ('Abkehr  von', 'des  gemeinsamen', "
              "'an.  \"Herr', 'Staat'  NRW', 'sagte  Papke', 'CDU-Parteitag  erklärt') are published and kept (rules 20, "
              "3590); no line short of the wrap width closes a sentence before the last, so the body is one paragraph (rule "
              "1372); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / "
              "804-2727 …', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' and "
              "the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", PR_P1],
    # the partial quotation in the narrator's report of Papke's attack (`greift … wegen seiner Abkehr von "…" an`) is his
    # (rules 3, 25); the quotation before `sagte  Papke der WAZ-Gruppe` is his, the slogan `,Privat vor Staat'` between a
    # comma-shaped mark and an ASCII apostrophe nested in it without a span of its own (rules 1300, 4163); `Beispielhaft
    # nannte er den "…"` is his, `er` taking up Papke (rules 3, 8); the partial quotation in the pluperfect report `Rüttgers
    # hatte beim CDU-Parteitag erklärt, … "Mantra von Privatisierung" sei vorbei` is Rüttgers's, not the critic's (rule
    # 4193); the last quotation before `sagte Papke` is his (rule 30); `FDP-Landtagsfraktionschef` and
    # `NRW-Ministerpräsident` are compounds with a party and a Land and no aliases (rule 33); the FDP, the LEG and the
    # Finanzinvestor say nothing in marks
    quotes=[("\"der Philosophie des  gemeinsamen Koalitionsvertrags\"", GERD_PAPKE),
            (cut(PR_P1, "\"Herr", "gebracht hat\""), GERD_PAPKE),
            ("\"erfolgreichen Verkauf\"", GERD_PAPKE),
            ("\"Mantra von Privatisierung\"", RUETTGERS),
            (cut(PR_P1, "\"Was verteilt", "werden\""), GERD_PAPKE)],
    aliases={GERD_PAPKE: ["Gerd Papke", "Papke"],
             RUETTGERS: ["Jürgen Rüttgers", "Rüttgers"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), September 2009: Guntram Schneider on Rüttgers ---

GS_T = "WAZ: DGB-Landeschef übt scharfe Kritik an Rüttgers"
GS_P1 = join("DGB-Landeschef Guntram Schneider hat die",
             "Rumänen-Äußerungen von Ministerpräsident Rüttgers als \"grobe ",
             "Entgleisung\" bezeichnet. \"Man kann nicht Arbeitnehmer gegen ",
             "Arbeitnehmer ausspielen\",  sagte  Schneider der in Essen ",
             "erscheinenden  WAZ-Gruppe. \"Wir brauchen gesellschaftliche ",
             "Integration und nicht Spaltung.\" Der CDU-Regierungschef habe damit ",
             "das Gegenteil von dem gesagt, `was der Mann sonst so predigt\", sagte ",
             "Schneider. \"Das wiegt doppelt schwer, weil er sich in der Tradition ",
             "von Johannes Rau sieht\", so der Gewerkschaftsboss. Schneider, der ",
             "auch Bundestagskandidat für die SPD ist, betonte aber auch, er halte ",
             "Rüttgers für einen Politiker mit sozialem Gespür.")

add(id="ho683-presseportal-waz-2009-09-schneider-kritik-an-ruettgers",
    title=GS_T,
    url="http://www.presseportal.de/pm/55903/1470390",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell; no edition "
              "named; dated by the story list under it, whose newest teasers are the paper's releases of '06.09.2009 – 13:30' "
              "and '05.09.2009 – 02:00', so 6 or 7 September 2009, after Rüttgers's remarks on Romanian workers in the "
              "election campaign of late August 2009); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rule 2770); the headline with "
              "its prefix is the title, the dateline 'Essen (ots)' a line of its own; the hard-wrapped lines joined with one "
              "space, a line-end space of the copy taken as that space; the double spaces inside the stored lines "
              "('ausspielen\",  sagte  Schneider', 'erscheinenden  WAZ-Gruppe') and the backtick that opens a quotation are "
              "published and kept (rules 20, 3211); no line short of the wrap width closes a sentence before the last, so the "
              "body is one paragraph (rule 1372); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-6528 …', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", GS_P1],
    # the partial quotation after `hat die Rumänen-Äußerungen von Ministerpräsident Rüttgers als "…" bezeichnet` is
    # Schneider's, the subject of `bezeichnet` (rule 3), not Rüttgers's, whose remarks are its object; the quotation before
    # `sagte  Schneider der … WAZ-Gruppe` is his (rule 30), the cue-less quotation after it goes on in his voice (NOTES.md
    # continuation); the partial quotation opened by a backtick and closed by `"` in the Konjunktiv sentence `Der
    # CDU-Regierungschef habe damit das Gegenteil von dem gesagt, `was der Mann sonst so predigt", sagte Schneider` is
    # Schneider's, not the subject of `habe … gesagt` (rules 3211, 4194); the quotation before `so der Gewerkschaftsboss` is
    # his, the bare role noun naming only him in this release (rules 30, 44); `DGB-Landeschef` is a compound with the
    # federation's name and no alias (rules 33, 4012); Rüttgers, the CDU, Johannes Rau and the SPD say nothing in marks, and
    # the unmarked `betonte aber auch, er halte Rüttgers für …` carries no span (rule 5)
    quotes=[("\"grobe Entgleisung\"", SCHNEIDER),
            (cut(GS_P1, "\"Man kann", "ausspielen\""), SCHNEIDER),
            (cut(GS_P1, "\"Wir brauchen", "Spaltung.\""), SCHNEIDER),
            ("`was der Mann sonst so predigt\"", SCHNEIDER),
            (cut(GS_P1, "\"Das wiegt", "sieht\""), SCHNEIDER)],
    aliases={SCHNEIDER: ["Guntram Schneider", "Schneider", "Gewerkschaftsboss"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), October 2009: Rüttgers on the coalition talks ---

RK_T = "WAZ: Rüttgers zufrieden mit den Ergebnissen der Koalitionsverhandlungen"
RK_P1 = ("Essen (ots) - NRW-Ministerpräsident Jürgen Rüttgers ist zufrieden mit den Ergebnissen der Koalitionsverhandlungen in "
         "Berlin. \"Es wird keine soziale Kälte geben\", sagte Rüttgers den Zeitungen der WAZ-Mediengruppe "
         "(Samstagsausgabe). Das Etikett neoliberal sei immer nur ein Kampfbegriff gewesen. \"Es gibt keinen radikalen "
         "Wechsel, keine Brüche.\" Beitragserhöhungen im Gesundheitswesen würden nicht von der Politik ausgehen, so Rüttgers. "
         "\"Sollte es zu einem ungebremsten Kostenanstieg kommen, ist das Sache der Versicherer.\"")

add(id="ho683-presseportal-waz-2009-10-ruettgers-koalitionsverhandlungen",
    title=RK_T,
    url="https://www.presseportal.de/pm/55903/1498951",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for a Saturday "
              "edition; undated in the stored copy, which shows no story list; October 2009 by its content, the close of the "
              "CDU, CSU and FDP coalition negotiations in Berlin, probably the edition of Saturday 24 October 2009, and by its "
              "release number, above the paper's pm/55903/1470390 of September 2009 in this set); the plain copy shows the "
              "newsroom label 'Westdeutsche Allgemeine Zeitung' (dropped), the headline with its prefix, which is the title, "
              "and the dateline run into the body with leading spaces ('    Essen (ots) - NRW-Ministerpräsident …'), where the "
              "dateline stays run in and the indentation is dropped (rules 2770, 3590); the contact block 'Pressekontakt: "
              "Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 …', the line 'Original-Content von: "
              "Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell', the line 'Weitere Meldungen: Westdeutsche "
              "Allgemeine Zeitung' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[RK_P1],
    # the quotation before `sagte Rüttgers den Zeitungen der WAZ-Mediengruppe` is his (rule 30); the cue-less quotation after
    # his unmarked Konjunktiv report goes on in his voice, as does the one after `so Rüttgers` (NOTES.md continuation; rule
    # 5 for the unmarked reports); `NRW-Ministerpräsident` is a compound with the Land and no alias (rule 33); the papers
    # named without marks are no speakers (rule 2771)
    quotes=[("\"Es wird keine soziale Kälte geben\"", RUETTGERS),
            ("\"Es gibt keinen radikalen Wechsel, keine Brüche.\"", RUETTGERS),
            (cut(RK_P1, "\"Sollte es", "Versicherer.\""), RUETTGERS)],
    aliases={RUETTGERS: ["Jürgen Rüttgers", "Rüttgers"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790, English interface), January 2013: Gröhe on Wowereit ---

HG_T = "Der Tagesspiegel: CDU-General Gröhe: Wowereit sollte nicht mit dem Finger auf andere zeigen"
HG_P1 = ("Im Streit um die Verantwortung für das Berliner Flughafen-Desaster zeigt sich nun auch die CDU-Spitze verärgert über "
         "Berlins Regierenden Bürgermeister. \"Herr Wowereit sollte sich die Frage stellen, wie groß sein Anteil an dem "
         "Flughafen-Debakel ist, statt nur mit dem Finger auf andere zu zeigen\", sagte CDU-Generalsekretär Hermann Gröhe dem "
         "Berliner \"Tagesspiegel\" (Donnerstagsausgabe).")

add(id="ho683-presseportal-tagesspiegel-2013-01-groehe-wowereit-flughafen",
    title=HG_T,
    url="https://presseportal.de/en/pm/2790/2399173",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for a Thursday edition; dated by "
              "the story list under it, whose newest teasers are the paper's releases of '13.01.2013 – 16:27' and '13.01.2013 – "
              "16:25', so probably the edition of Thursday 17 January 2013, after the airport's opening was postponed again); "
              "the English interface's widget lines 'All Stories', 'Follow', 'Subscribe to Der Tagesspiegel' and the newsroom "
              "label dropped (rules 2770, 3010); the headline with its prefix and its label 'CDU-General Gröhe:' is the title, "
              "the dateline 'Berlin (ots)' a line of its own, the body one line as stored; the service line 'Inhaltliche "
              "Rückfragen richten Sie bitte an: Der Tagesspiegel, Newsroom, Telefon: 030-29021-14909.' (rule 4130), the contact "
              "block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster …', the line 'Original content of: Der "
              "Tagesspiegel, transmitted by news aktuell' and the list 'More stories: Der Tagesspiegel' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", HG_P1],
    # the headline label `CDU-General Gröhe:` before unmarked words carries no span (rule 5); the quotation before `sagte
    # CDU-Generalsekretär Hermann Gröhe dem Berliner "Tagesspiegel"` is his (rule 30), the narrator's `die CDU-Spitze` of the
    # sentence before being his party's leadership, not a speaker; the paper's name in marks is null (rules 2, 2771);
    # `CDU-General` and `CDU-Generalsekretär` are compounds with the party and no aliases (rule 33); Wowereit says nothing
    quotes=[(cut(HG_P1, "\"Herr Wowereit", "zu zeigen\""), GROEHE),
            ("\"Tagesspiegel\"", None)],
    aliases={GROEHE: ["Hermann Gröhe", "Gröhe"]})

# --- Neue Westfälische (presseportal.de, newsroom 65487), probably November 2014: Frank Bsirske on the GDL ---

FB_T = "Neue Westfälische (Bielefeld): medien-info: Verdi-Chef Bsirske: GDL schadet der gesamten Gewerkschaftsbewegung"
FB_P1 = ("Bielefeld (ots) - Der Vorsitzende der Dienstleistungsgewerkschaft Verdi, Frank Bsirske, kritisiert das Vorgehen der "
         "Lokführergewerkschaft GDL. \"Es ist schwierig, mit einer Organisation eine Verständigung zu erzielen, die offenbar "
         "nicht auf Verständigung aus ist\", sagte Bsirske in einem Gespräch mit der in Bielefeld erscheinenden Neuen "
         "Westfälischen (Donnerstagausgabe). \"Das kann am Ende der gesamten Gewerkschaftsbewegung schaden\", befürchtet der "
         "Verdi-Chef. Die Öffentlichkeit unterscheide zum Teil nicht, welche Gewerkschaft da gerade aktiv sei. \"Ich werde im "
         "Zug auf den Lokführerstreik angesprochen. Die Leute fragen mich, was Verdi da gerade wieder veranstalte\". so "
         "Bsirske.")

add(id="ho683-presseportal-nw-2014-bsirske-gdl-gewerkschaftsbewegung",
    title=FB_T,
    url="http://www.presseportal.de/pm/65487/2873127",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell for a Thursday edition; "
              "undated in the stored copy, which shows no story list; autumn 2014 by its content, the GDL's train drivers' "
              "strikes, and by its release number, some thirteen thousand above the Neue Osnabrücker Zeitung's pm/58964/2859558 "
              "of about 20 October 2014, used by an earlier set, so probably the edition of Thursday 6 November 2014); the "
              "plain copy shows the newsroom label 'Neue Westfälische (Bielefeld)' (dropped), the headline with its prefix, its "
              "service label 'medien-info:' and its label 'Verdi-Chef Bsirske:', which is the title as stored (rule 3030), and "
              "the dateline run into the body ('Bielefeld (ots) - Der Vorsitzende …'), kept so (rule 2770); the published "
              "full stop between the closing mark and the cue ('veranstalte\". so Bsirske.') kept (rules 20, 4191); the "
              "contact block 'Pressekontakt: Neue Westfälische News Desk Telefon: 0521 555 271 …', the line 'Original-Content "
              "von: Neue Westfälische (Bielefeld), übermittelt durch news aktuell', the line 'Weitere Meldungen: Neue "
              "Westfälische (Bielefeld)' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[FB_P1],
    # the headline labels `medien-info:` and `Verdi-Chef Bsirske:` before unmarked words carry no span (rule 5); the
    # quotation before `sagte Bsirske in einem Gespräch mit der … Neuen Westfälischen` is his (rule 30); the one before
    # `befürchtet der Verdi-Chef` is his, the role compound taking up the Vorsitzende of the lead (rules 8, 30); the last,
    # after his unmarked Konjunktiv report and closed by `so Bsirske` behind a stray full stop, is his (rule 4191);
    # `Verdi-Chef` and `Vorsitzende der Dienstleistungsgewerkschaft Verdi` name the union and are no aliases (rule 33); the
    # GDL, the Öffentlichkeit and `die Leute` say nothing in marks
    quotes=[(cut(FB_P1, "\"Es ist schwierig", "aus ist\""), BSIRSKE),
            ("\"Das kann am Ende der gesamten Gewerkschaftsbewegung schaden\"", BSIRSKE),
            (cut(FB_P1, "\"Ich werde", "veranstalte\""), BSIRSKE)],
    aliases={BSIRSKE: ["Frank Bsirske", "Bsirske"]})

# --- Stuttgarter Zeitung (presseportal.de, newsroom 48503), spring 2016: Günther Oettinger for CDU, SPD and FDP ---

GO_T = "Stuttgarter Zeitung: Günther Oettinger lehnt Bündnis mit den Grünen im Südwesten ab"
GO_P1 = ("Der EU-Digitalkommissar und frühere Ministerpräsident von Baden-Württemberg, Günther Oettinger (CDU), hat sich klar "
         "für ein schwarz-rot-gelbes Bündnis im Südwesten ausgesprochen. \"Ich halte eine Koalition aus CDU, SPD und FDP für "
         "sehr wohl denkbar\", sagte er im Interview der \"Stuttgarter Zeitung\" (Montagausgabe). Das Bündnis wäre "
         "\"gegenüber Grün-Schwarz aus Sicht unserer Wähler klar die bessere Option\". Er halte dies auch \"für realistisch "
         "und für einen legitimen Anspruch\".")
GO_P2 = ("Oettinger erinnerte daran, dass die Grünen seit 2011 auch nur zweitstärkste Fraktion seien und dennoch den "
         "Ministerpräsidenten gestellt hätten, obwohl ihr damaliges Wahlergebnis unter dem jetzigen Resultat der CDU gelegen "
         "hätte. Die Grünen seien \"in den letzten zehn Jahren hinter Kretschmann deutlich nach links gerückt\", betonte "
         "Oettinger. \"Deswegen glaube ich, dass bei der vor uns liegenden Tagesordnung, aber auch im Sinne der "
         "Handlungsfähigkeit im Bundesrat viel für ein Bündnis mit SPD und Liberalen spricht.\"")
GO_P3 = ("Oettinger, der von 2005 bis 2010 Ministerpräsident in Baden-Württemberg war, stärkte zudem dem Spitzenkandidaten "
         "Guido Wolf den Rücken. Gegen Kretschmann als grüner Galionsfigur hätte es jeder CDU-Spitzenkandidat schwer gehabt, "
         "sagte er. Wolf und der Landesvorsitzende Thomas Strobl seien im Augenblick die Richtigen, um die Landes-CDU zu "
         "vertreten. \"Sie könnten in den nächsten fünf Jahren das Profil der CDU trotz dieser ganz schwierigen Ausgangslage "
         "schärfen.\" In jedem Fall sei die Landespartei \"gut beraten, wenn sie jetzt ihre Geschlossenheit wahrt\".")

add(id="ho683-presseportal-stz-2016-oettinger-schwarz-rot-gelb",
    title=GO_T,
    url="http://presseportal.de/pm/48503/3275386",
    retrieved="same address (release of the Stuttgarter Zeitung, Stuttgart, sent over news aktuell for a Monday edition; "
              "undated in the stored copy, which breaks off in the line 'Original-Content von: Stuttgarter Zei…' after the "
              "contact block and shows no story list; spring 2016 by its content, the CDU's choice of partners after the "
              "Landtag election of 13 March 2016 while Kretschmann's Greens were the strongest party, and by its release number, "
              "so a Monday of March or April 2016); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Stuttgarter "
              "Zeitung mehr verpassen.' and the newsroom label 'Stuttgarter Zeitung' dropped (rule 2770); the headline with "
              "its prefix is the title, the dateline 'Stuttgart (ots)' a line of its own, the three body paragraphs as stored, "
              "divided by empty lines; the contact block 'Pressekontakt: Stuttgarter Zeitung Redaktionelle Koordination Telefon: "
              "0711 / 7205-1225 …' and the cut-off 'Original-Content' line dropped; the body complete as stored)",
    license=OTS_MEDIEN,
    paras=["Stuttgart (ots)", GO_P1, GO_P2, GO_P3],
    # the quotation before `sagte er im Interview der "Stuttgarter Zeitung"` is his, `er` taking up Oettinger of the lead
    # (rules 8, 30); the paper's name in marks is null (rules 2, 2771); the partial quotations in the cue-less Konjunktiv
    # sentences `Das Bündnis wäre "…"` and `Er halte dies auch "…"` go on reporting him (rules 3, 25); the partial quotation
    # in `Die Grünen seien "…", betonte Oettinger` is his, not the Greens', the subject of the reported sentence (rules 3, 44);
    # the cue-less quotation after it goes on in his voice (NOTES.md continuation); the cue-less quotation after the
    # Konjunktiv report `Wolf und der Landesvorsitzende Thomas Strobl seien …`, whose `Sie` takes up Wolf and Strobl, is still
    # his (rule 4192), as is the partial quotation in `In jedem Fall sei die Landespartei "…"` (rules 3, 25);
    # `EU-Digitalkommissar` and `Ministerpräsident von Baden-Württemberg` name a body and a Land and are no aliases (rule 33);
    # Kretschmann, Guido Wolf, Thomas Strobl, the Grünen, the SPD, the FDP and the CDU say nothing in marks
    quotes=[(cut(GO_P1, "\"Ich halte", "denkbar\""), OETTINGER),
            ("\"Stuttgarter Zeitung\"", None),
            (cut(GO_P1, "\"gegenüber Grün-Schwarz", "Option\""), OETTINGER),
            ("\"für realistisch und für einen legitimen Anspruch\"", OETTINGER),
            (cut(GO_P2, "\"in den letzten", "gerückt\""), OETTINGER),
            (cut(GO_P2, "\"Deswegen", "spricht.\""), OETTINGER),
            (cut(GO_P3, "\"Sie könnten", "schärfen.\""), OETTINGER),
            ("\"gut beraten, wenn sie jetzt ihre Geschlossenheit wahrt\"", OETTINGER)],
    aliases={OETTINGER: ["Günther Oettinger", "Oettinger"]})
