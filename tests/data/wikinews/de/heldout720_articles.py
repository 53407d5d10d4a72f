# Seven-hundred-and-twentieth held-out German real-news set (tests/data/heldout720-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4470-4473). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twentieth held-out set": nine releases of German newspapers sent over the
# ots service of news aktuell ahead of their editions, each reporting what a politician, a party elder or a relative of one
# told the paper: three of the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom on presseportal.de (licence
# OTS_MEDIEN: Jürgen Rüttgers against the parties' video surveillance, autumn 2009, in the English interface; Otto Wulff of the
# Senioren-Union on the CDU's solidarity with Rüttgers, early 2010; Frank-Walter Steinmeier before the vote on the aid for
# Greece, May 2010), one of the Rheinische Post, Düsseldorf, read in its newsroom (OTS_MEDIEN: Guido Westerwelle on the Arab
# Spring and radicals at home, September 2012), two of the Mitteldeutsche Zeitung, Halle (OTS_MEDIEN: Wolfgang Böhmer ready to
# chair the commission on the Stasi records authority, April 2014, in the English interface; Friedrich Schorlemmer and Wolfgang
# Thierse on the death of Hans-Dietrich Genscher, April 2016, stored under the API host), one of the Westfalen-Blatt, Bielefeld
# (OTS_MEDIEN: Ursula Steinmeier and her son Dirk on Frank-Walter Steinmeier's nomination for Bundespräsident, November 2016),
# one more of the Rheinische Post (OTS_MEDIEN: Aydan Özoguz on Erdogan's Nazi charge against Merkel, March 2017) and one of the
# Rheinische Post shown with its ots dateline by the finance portal finanznachrichten.de (OTS_MEDIEN_REPOST: Cem Özdemir after
# the Munich Security Conference, February 2018). Stored copies are the `search` tool's `pages` excerpts; every release body is
# complete in them; the newsroom, portal and wire furniture is dropped and hard-wrapped lines are joined (rules 1372, 2770,
# 3420, 3590, 3840, 4010, 4410, 4450, 4470); each retrieval note names what was dropped.
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


RUETTGERS = "Jürgen Rüttgers"
WULFF = "Otto Wulff"
STEINMEIER = "Frank-Walter Steinmeier"
WESTERWELLE = "Guido Westerwelle"
BOEHMER = "Wolfgang Böhmer"
SCHORLEMMER = "Friedrich Schorlemmer"
THIERSE = "Wolfgang Thierse"
URSULA = "Ursula Steinmeier"
DIRK = "Dirk"
OEZOGUZ = "Aydan Özoguz"
OEZDEMIR = "Cem Özdemir"
DELEGATION = "türkische Delegation"

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), autumn 2009: Rüttgers against the video surveillance ---

RU_T = "WAZ: Rüttgers rügt Video-Einsatz"
RU_P1 = join("NRW-Ministerpräsident Jürgen Rüttgers (CDU) geht auf",
             "Distanz zur wechselseitigen Video-Beobachtung der beiden großen ",
             "Parteien in Nordrhein-Westfalen. \"Politische Parteien dürfen sich in ",
             "der Demokratie nicht feindselig gegenübertreten\", stellte Rüttgers im",
             "Gespräch mit den Zeitungen der Essener WAZ-Gruppe  (Samstagsausgabe) ",
             "klar.\"Ich halte die gegenseitige Filmerei für nicht notwendig.\" Damit",
             "rügt der Regierungschef und CDU-Landesvorsitzende das Verhalten ",
             "seines eigenen Generalsekretärs, der ein Profi-Team angeheuert hatte,",
             "um die Auftritte von SPD-Chefin Hannelore Kraft zu filmen. Zugleich ",
             "kritisiert Rüttgers aber auch die SPD, deren Jugendorganisation Reden",
             "von ihm gefilmt hatte - unter anderem jene, bei der er sich abfällig ",
             "über die Arbeitsmoral von Rumänen ausließ. Rüttgers hatte sich für ",
             "diese, wie er heute sagt, \"falsche Äußerung\" mehrfach klar ",
             "entschuldigt.")
RU_P2 = join(" Wahlkampf müsse zwar \"ein leidenschaftlicher Wettstreit\", aber eben ",
             "\"um die besten Lösungen sein\", so Rüttgers weiter. \"Ich will das ",
             "Meine dafür tun, dass wir in NRW - also auch meine Partei - uns daran",
             "halten\", sagte der CDU-Landeschef. Ausdrücklich stimmte Rüttgers dem ",
             "Bundestagspräsidenten und Bochumer CDU-Politiker Norbert Lammert zu, ",
             "der die Video-Beobachtung beider Parteien gegenüber der WAZ als ",
             "abträglich für die politische Kultur bezeichnet hatte.")

add(id="ho720-presseportal-waz-2009-ruettgers-video-einsatz",
    title=RU_T,
    url="https://presseportal.de/en/pm/55903/1478238?langid=1",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for a Saturday "
              "edition of the WAZ group's papers; undated in the stored copy, whose story list shows no teaser; autumn 2009 by "
              "its content (the CDU's and the SPD's filming of each other's campaign appearances after Rüttgers's remark on "
              "Romanian workers of late summer 2009, Norbert Lammert still Bundestagspräsident, Hannelore Kraft SPD-Chefin) and "
              "by its release number, above the Kölner Stadt-Anzeiger's pm/66749/1465105 of late August or early September 2009 "
              "(712th set)); the English interface with the language parameter: the widget lines 'All Stories', 'Follow', "
              "'Subscribe to Westdeutsche Allgemeine Zeitung' and the newsroom label dropped (rules 2770, 3010); the headline "
              "with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own; the body is hard-wrapped "
              "without empty lines: its lines joined with one space, a line-end space of the copy taken as that space, and a "
              "paragraph ended at the short line 'entschuldigt.', which closes a sentence outside marks without the wrap "
              "space, the next line's leading space dropped (rules 1372, 3590, 4470); the published double space in "
              "'WAZ-Gruppe  (Samstagsausgabe)' and 'klar.\"Ich' without a space kept (rule 20); the contact block "
              "'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 "
              "zentralredaktion@waz.de', the line 'Original content of: Westdeutsche Allgemeine Zeitung, transmitted by news "
              "aktuell' and the lines 'More stories: Westdeutsche Allgemeine Zeitung' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", RU_P1, RU_P2],
    # the quotation before `stellte Rüttgers im Gespräch mit den Zeitungen der Essener WAZ-Gruppe … klar` is his, the papers
    # the addressee (rules 12, 30), and the cue-less quotation right after it continues him (NOTES.md continuation); the
    # partial quotation after `wie er heute sagt,` gives his own present word for his remark on the Romanians and is his
    # (rules 3, 25); the two partial quotations in the Konjunktiv sentence closed by `so Rüttgers weiter` and the quotation
    # before `sagte der CDU-Landeschef`, the role noun taking up Rüttgers, are his (rules 3, 8, 30); Norbert Lammert's view
    # `gegenüber der WAZ` is unmarked (rule 5); the Generalsekretär, Hannelore Kraft, the SPD and its Jugendorganisation say
    # nothing in marks; `Regierungschef`, which names only him in the release, is an alias (rule 44), while
    # `NRW-Ministerpräsident`, `CDU-Landesvorsitzende` and `CDU-Landeschef` name a Land or a party and are not (rule 33)
    quotes=[(cut(RU_P1, "\"Politische Parteien", "gegenübertreten\""), RUETTGERS),
            ("\"Ich halte die gegenseitige Filmerei für nicht notwendig.\"", RUETTGERS),
            ("\"falsche Äußerung\"", RUETTGERS),
            ("\"ein leidenschaftlicher Wettstreit\"", RUETTGERS),
            ("\"um die besten Lösungen sein\"", RUETTGERS),
            (cut(RU_P2, "\"Ich will", "daran halten\""), RUETTGERS)],
    aliases={RUETTGERS: ["Jürgen Rüttgers", "Rüttgers", "Regierungschef"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), early 2010: Otto Wulff on solidarity with Rüttgers ---

WU_T = "WAZ: Wulff beklagt fehlende Solidarität der CDU mit Rüttgers"
WU_P1 = ("Essen (ots) - Der Bundesvorsitzende der Senioren-Union, Otto Wulff, macht fehlende Solidarität aus der CDU mit dem "
         "durch die Sponsoring-Affäre angeschlagenen NRW-Ministerpräsidenten Jürgen Rüttgers für den Vertrauensverlust für "
         "Rüttgers und seine NRW-CDU mit verantwortlich. Das berichten die Zeitungen der WAZ-Gruppe (Samstagausgaben). \"Ich "
         "verlange von unseren Führungskräften, dass Sie sich auch dann zum Ministerpräsidenten bekennen, wenn er in "
         "Schwierigkeiten gerät\", sagte Wulff den WAZ-Titeln. \"Wir haben zu viele sitzende Beobachter, die sich wegducken "
         "anstatt sich um einen Vorsitzenden zu scharen und zu ihm zu stehen.\" Zugleich warnte der 77-Jährige die  Opposition "
         "davor, in der Sponsoring-Affäre auf Rüttgers  weiterhin mit \"Vokabeln einzuschlagen, die ehrenrührig sind: "
         "Diejenigen, die ihn krimineller Handlungen bezichtigen, sollten sich schämen. So etwas tut man nicht unter "
         "demokratischen Kollegen\", sagte Wulff. Rüttgers sei \"ein Ehrenmann\".")

add(id="ho720-presseportal-waz-2010-wulff-solidaritaet-ruettgers",
    title=WU_T,
    url="http://www.presseportal.de/pm/55903/1572993",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Saturday "
              "editions of the WAZ group's papers; undated in the stored copy, which shows no story list; late February or "
              "March 2010 by its content (the sponsoring affair of the NRW-CDU, which broke in February 2010, before the "
              "Landtag election of 9 May 2010) and by its release number, below the paper's pm/55903/1607264 of early May 2010, "
              "also used in this set); the newsroom label 'Westdeutsche Allgemeine Zeitung' above the headline dropped (rules "
              "2770, 3010); the headline with its prefix 'WAZ:' is the title; the dateline 'Essen (ots) -', indented by four "
              "spaces, stays run into the paragraph and the indentation is dropped (rule 2770); the published double spaces "
              "'die  Opposition' and 'Rüttgers  weiterhin' and the capital 'dass Sie sich' kept (rule 20); the contact block "
              "'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 "
              "zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch news "
              "aktuell', the line 'Weitere Meldungen: Westdeutsche Allgemeine Zeitung' and the portal's 'Das könnte Sie auch "
              "interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[WU_P1],
    # the papers' own report (`Das berichten die Zeitungen der WAZ-Gruppe`) is unmarked (rules 5, 2771); the quotation before
    # `sagte Wulff den WAZ-Titeln` is his, and the cue-less quotation after it continues him (rule 30; NOTES.md
    # continuation); the quotation that opens inside the narrator's `warnte der 77-Jährige die Opposition davor, … mit "…"`
    # and runs on in full sentences to `sagte Wulff` is one span and his (rules 3, 30); the partial quotation in the
    # Konjunktiv `Rüttgers sei "…"` is his (rules 3, 25); Jürgen Rüttgers, named in the headline and the lead and spoken of in
    # the marks, the CDU, the NRW-CDU and the Opposition say nothing in marks; `77-Jährige`, which names only him in the
    # release, is an alias (rule 44), while `Bundesvorsitzende der Senioren-Union` names a body and is not (rule 33)
    quotes=[(cut(WU_P1, "\"Ich verlange", "Schwierigkeiten gerät\""), WULFF),
            (cut(WU_P1, "\"Wir haben", "zu stehen.\""), WULFF),
            (cut(WU_P1, "\"Vokabeln", "demokratischen Kollegen\""), WULFF),
            ("\"ein Ehrenmann\"", WULFF)],
    aliases={WULFF: ["Otto Wulff", "Wulff", "77-Jährige"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 4 May 2010: Steinmeier on the aid for Greece ---

ST_T = "WAZ: Steinmeier: Nur Geld überweisen, reicht nicht"
ST_P1 = ("Die SPD will nach den Worten von Fraktionschef Frank-Walter Steinmeier \"nicht leichtfertig die Rolle des "
         "Nein-Sagers übernehmen.\" Aber vor der Abstimmung im Bundestag über die Griechenland-Hilfe wolle er von der Kanzlerin "
         "eine verbindliche Zusage, \"dass jetzt Konsequenzen gezogen werden\", sagte Steinmeier den Zeitungen der Essener "
         "WAZ-Mediengruppe (Dienstag-Ausgaben). \"Nur Geld überweisen, reicht nicht\", fügte er hinzu. Die Regierung müsse etwas "
         "gegen die Ursachen der Krise tun und den privaten Finanzsektor an den Krisenkosten beteiligen. Durch das Verschleppen "
         "von Entscheidungen habe Merkel das Hilfspaket um 500 bis 700 Millionen Euro teurer gemacht, Merkels Krisenmanagement "
         "sei katastrophal und werde ihr bei der NRW-Wahl \"auf die Füße fallen\", sagte Steinmeier. Nach seiner Darstellung "
         "wurde der Opposition erst letzte Woche reiner Wein eingeschenkt. Bis dahin habe Merkel versucht, über den 9. Mai zu "
         "kommen. Sie habe zwischen Brüssel und Berlin ein Doppelspiel betrieben. Steinmeier: \"Madame No - das war ein großer "
         "Schwindel.\"")

add(id="ho720-presseportal-waz-2010-05-steinmeier-griechenland-hilfe",
    title=ST_T,
    url="https://presseportal.de/pm/55903/1607264",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Tuesday "
              "editions of the WAZ group's papers, 4 May 2010 by the edition day, by the Bundestag's vote on the aid for "
              "Greece later that week and the NRW election of 9 May 2010, and by the story list, whose latest teaser is the "
              "paper's commentary of '02.05.2010 – 18:02'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline "
              "with its prefix 'WAZ:' and its label 'Steinmeier:' is the title, the dateline 'Essen (ots)' a line of its own, "
              "the body one paragraph as stored; the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-6528 zentralredaktion@waz.de', the line 'Original-Content von: "
              "Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche "
              "Allgemeine Zeitung' with its teaser dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", ST_P1],
    # the headline label `Steinmeier:` before unmarked words, which the body gives him in marks, carries no span (rule 5);
    # the partial quotation after `Die SPD will nach den Worten von Fraktionschef Frank-Walter Steinmeier` is his, not the
    # party's (rule 4471); the partial quotations in the Konjunktiv sentences closed by `sagte Steinmeier` are his, also where
    # the clause's subject is Merkel's crisis management (rules 3, 25, 30); the quotation before `fügte er hinzu` is his,
    # `er` taking up Steinmeier (rules 8, 30); the colon quotation after the verbless `Steinmeier:` is his, `Madame No` his
    # label for Merkel inside his words (rule 9); Merkel (`die Kanzlerin`), the Regierung, the SPD and the Opposition say
    # nothing in marks; `Fraktionschef`, which names only him in the release, is an alias (rule 44)
    quotes=[(cut(ST_P1, "\"nicht leichtfertig", "übernehmen.\""), STEINMEIER),
            ("\"dass jetzt Konsequenzen gezogen werden\"", STEINMEIER),
            ("\"Nur Geld überweisen, reicht nicht\"", STEINMEIER),
            ("\"auf die Füße fallen\"", STEINMEIER),
            (cut(ST_P1, "\"Madame No", "Schwindel.\""), STEINMEIER)],
    aliases={STEINMEIER: ["Frank-Walter Steinmeier", "Steinmeier", "Fraktionschef"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), September 2012: Westerwelle on the Arab Spring ---

WE_T = "Rheinische Post: Westerwelle warnt vor Radikalen im eigenen Land"
WE_P1 = ("Außenminister Guido Westerwelle (FDP) hat angesichts der neuen gewaltsamen Unruhen vor einer pauschalen Verurteilung "
         "des arabischen Frühlings gewarnt. \"Die große Mehrheit der Menschen in der islamischen Welt möchte einen friedlichen "
         "Wandel. Ihren Wunsch nach Veränderung unterstützen wir\", sagte Westerwelle der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Dienstagausgabe). Zugleich warnte der FDP-Politiker aber auch vor radikalen Tendenzen im "
         "eigenen Land. \"Wir dürfen Radikalen und Fanatikern nicht das Feld überlassen, im übrigen auch nicht bei uns.\"")

add(id="ho720-presseportal-rp-2012-09-westerwelle-radikale-eigenes-land",
    title=WE_T,
    url="https://presseportal.de/pm/30621/2327225",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Tuesday edition; "
              "undated in the stored copy, which shows no story list; September 2012 by its content (the violent protests in "
              "the Islamic world after the anti-Islam video of September 2012) and by its release number, above the "
              "Mitteldeutsche Zeitung's pm/47409/2254750 of 18 May 2012 (712th set)); the copy sets headline, dateline, "
              "paragraph and contact lines one to a line without empty lines, widget and newsroom label absent: the headline "
              "with its prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, the body one "
              "paragraph as stored (rules 2770, 3590); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: "
              "(0211) 505-2621' and the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' dropped; "
              "the published 'im übrigen' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", WE_P1],
    # the headline is unmarked (rule 5); the quotation before `sagte Westerwelle der … "Rheinischen Post"` is his, the paper's
    # name in marks null (rules 2, 30, 2771); the cue-less quotation after the narrator's `Zugleich warnte der FDP-Politiker
    # …`, the role noun taking up Westerwelle, continues him (rules 8, 30; NOTES.md continuation), its `wir` and `uns` the
    # Germans; the Menschen in der islamischen Welt, the Radikalen and Fanatiker say nothing; `Außenminister`, which names
    # only him in the release, is an alias (rule 44), `FDP-Politiker` names the party and is not (rule 33)
    quotes=[(cut(WE_P1, "\"Die große", "unterstützen wir\""), WESTERWELLE),
            ("\"Rheinischen Post\"", None),
            (cut(WE_P1, "\"Wir dürfen", "bei uns.\""), WESTERWELLE)],
    aliases={WESTERWELLE: ["Guido Westerwelle", "Westerwelle", "Außenminister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), April 2014: Böhmer on the Stasi records commission ---

BO_T = ("Mitteldeutsche Zeitung: DDR-Geschichte Sachsen-Anhalts Ex-Ministerpräsident Böhmer ist bereit, die "
        "Zukunftskommission für die Stasi-Unterlagenbehörde zu leiten")
BO_P1 = ("Der ehemalige Ministerpräsident von Sachsen-Anhalt, Wolfgang Böhmer (CDU), hat seine Bereitschaft signalisiert, die "
         "Kommission zur Zukunft der Stasi-Unterlagenbehörde zu leiten. \"Ich sehe darin keine parteipolitisch orientierte "
         "Aufgabe\", sagte er der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Online-Ausgabe). \"Deshalb wäre ich "
         "bereit, sie zu übernehmen.\" Aus seiner Tätigkeit als Mediziner wisse er im Übrigen, \"wie man mit Archivalien umgeht. "
         "Das ist mir keine fremde Materie.\" Böhmer betonte, zu der umstrittenen Frage, ob auch Mitglieder der Linkspartei in "
         "die Kommission berufen werden sollten, werde er sich nicht äußern. Darüber müssten anderen entscheiden. Auch zu seinen "
         "eignen Ideen zur Zukunft der Behörde werde er nichts sagen. \"Der Spiegel\" berichtet in seiner neuen Ausgabe, dass "
         "Böhmer die von der großen Koalition geplante Kommission leiten soll.")

add(id="ho720-presseportal-mz-2014-04-boehmer-stasi-kommission",
    title=BO_T,
    url="https://presseportal.de/en/pm/47409/2706609?langid=1",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for its online edition, "
              "about 5 April 2014 by the story list, whose latest teaser is the paper's commentary of '04.04.2014 – 19:32', and "
              "by the magazine's 'neue Ausgabe' reported in it); the English interface with the language parameter: the widget "
              "lines 'All Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' and the newsroom label dropped (rules "
              "2770, 3010, 3420); the headline with its prefix and its kicker 'DDR-Geschichte' run together as stored is the "
              "title, the dateline 'Halle (ots)' a line of its own, the body one paragraph as stored; the published 'müssten "
              "anderen' and 'eignen' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell' and "
              "the list 'More stories: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BO_P1],
    # the headline is unmarked (rule 5); the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Böhmer's, `er`
    # taking up the subject of the lead (rules 8, 30), the paper's name null (rules 2, 2771); the cue-less quotation after it
    # continues him (NOTES.md continuation); the quotation that opens as the object clause of the Konjunktiv `wisse er im
    # Übrigen, "…` and runs on with a full sentence is one span and his (rules 3, 25); the news magazine's name in marks,
    # the subject of an unmarked report, is null (rule 2); the Linkspartei, the große Koalition and the `anderen` say nothing;
    # `Ex-Ministerpräsident` and `ehemalige Ministerpräsident von Sachsen-Anhalt` name the Land and are no aliases (rule 33)
    quotes=[(cut(BO_P1, "\"Ich sehe", "orientierte Aufgabe\""), BOEHMER),
            ("\"Mitteldeutschen Zeitung\"", None),
            ("\"Deshalb wäre ich bereit, sie zu übernehmen.\"", BOEHMER),
            (cut(BO_P1, "\"wie man", "fremde Materie.\""), BOEHMER),
            ("\"Der Spiegel\"", None)],
    aliases={BOEHMER: ["Wolfgang Böhmer", "Böhmer"]})

# --- Mitteldeutsche Zeitung (presseportal.de via the API host, newsroom 47409), 1 April 2016: tributes to Genscher ---

GE_T = "Mitteldeutsche Zeitung: Tod von Hans-Dietrich Genscher Bürgerrechtler Schorlemmer würdigt den Ex-Außenminister"
GE_P1 = ("Der Bürgerrechtler Friedrich Schorlemmer hat den gestorbenen ehemaligen Außenminister Hans-Dietrich Genscher (FDP) "
         "gewürdigt. \"Er war im Osten ein außerordentlich beliebter Politiker\", sagte er der in Halle erscheinenden "
         "\"Mitteldeutschen Zeitung\" (Samstag-Ausgabe). \"Er stammte nicht nur aus Halle, er war auch sein Leben lang "
         "Hallenser.\" Unvergesslich seien Genschers Direktheit, seine Freundlichkeit, sein Humor. Der frühere "
         "Bundestagspräsident Wolfgang Thierse (SPD) lobte, dass Genscher \"die Ost- und Entspannungspolitik von Willy Brandt "
         "unterstützt hat\". Wichtig sei auch seine Rolle im Jahr 1989 sowie bei der folgenden Vereinigung gewesen, fügte "
         "Thierse hinzu. \"Dafür muss man ihm dankbar sein.\"")

add(id="ho720-presseportal-mz-2016-04-schorlemmer-thierse-genscher",
    title=GE_T,
    url="http://api.pressportal.de/pm/47409/3291051",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell on 1 April 2016, the day "
              "after Hans-Dietrich Genscher's death, for the Saturday edition of 2 April 2016, by the edition day and by the "
              "story list, whose latest teaser is the paper's commentary of '01.04.2016 – 18:26'; the presseportal page as "
              "shown under the API host api.pressportal.de, with the newsroom's furniture, prepared as the newsroom copy, rule "
              "4010); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and "
              "the newsroom label dropped (rules 2770, 3010); the headline with its prefix and its kicker 'Tod von "
              "Hans-Dietrich Genscher' run together as stored is the title (rule 3420), the dateline 'Halle (ots)' a line of "
              "its own, the body one paragraph as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GE_P1],
    # the headline is unmarked (rule 5); the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Schorlemmer's:
    # `er` takes up the subject of the lead, not Genscher, its object, of whom the quotation's own `Er` speaks (rules 8, 30),
    # and the paper's name is null (rules 2, 2771); the cue-less quotation after it continues Schorlemmer (NOTES.md
    # continuation); his unmarked Konjunktiv sentence carries no span (rule 5); the partial quotation in the `dass`-clause
    # after `Der frühere Bundestagspräsident Wolfgang Thierse (SPD) lobte` is Thierse's, although the clause's subject is
    # Genscher (rules 3, 25), and the cue-less quotation after the Konjunktiv sentence closed by `fügte Thierse hinzu`
    # continues him (rule 30; NOTES.md continuation); Hans-Dietrich Genscher and Willy Brandt say nothing; `Bürgerrechtler`
    # and `Bundestagspräsident`, each naming only one of them in the release, are aliases (rule 44)
    quotes=[(cut(GE_P1, "\"Er war im Osten", "beliebter Politiker\""), SCHORLEMMER),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(GE_P1, "\"Er stammte", "Hallenser.\""), SCHORLEMMER),
            (cut(GE_P1, "\"die Ost-", "unterstützt hat\""), THIERSE),
            ("\"Dafür muss man ihm dankbar sein.\"", THIERSE)],
    aliases={SCHORLEMMER: ["Friedrich Schorlemmer", "Schorlemmer", "Bürgerrechtler"],
             THIERSE: ["Wolfgang Thierse", "Thierse", "Bundestagspräsident"]})

# --- Westfalen-Blatt (presseportal.de, newsroom 66306), November 2016: Steinmeier's mother and brother ---

WB_P1 = ("Bielefeld (ots) - Ursula Steinmeier aus Schieder-Schwalenberg (Kreis Lippe/NRW) ist \"von großem Mutterstolz "
         "erfüllt\". Das sagte die 87-Jährige Mutter Frank-Walter Steinmeiers dem WESTFALEN-BLATT (online). Mit ihrem ältesten "
         "Sohn habe sie heute noch nicht gesprochen, aber mit ihrem jüngeren Sohn Dirk. \"Der rief mich heute morgen an und "
         "sagte, dass Frank-Walter wohl zur Bundespräsidentenwahl aufgestellt wird. Höher kann er ja nun nicht mehr.\" Sie "
         "halte ihren Sohn für geeignet, sagte die Mutter. \"Er ist besonnen, ehrlich, vermittelnd und niemals aufbrausend. Von "
         "dem werden Sie kein lautes Wort hören.\" Sein Bruder Dirk (54) sagte dem WESTFALEN-BLATT, sein Bruder sei ein großer "
         "Vermittler. \"Wenn andere denken, dass nichts mehr geht, macht er weiter. Er bringt Gegner an einen Tisch und schafft "
         "es, Lösungen zu erreichen. Das wurde für mich deutlich, als er noch in Niedersachsen war und es Streit um den Ausbau "
         "der Ems für die Meyer-Werft gab.\" Ursula Steinmeier hofft, dass ihr ältester Sohn dem Amt gesundheitlich gewachsen "
         "ist. \"Er ist ja auch nicht mehr der jüngste, und er hat doch vor sechs Jahren seiner Frau eine Niere gespendet. Aber "
         "ich denke schon, dass er das schafft.\"")

add(id="ho720-presseportal-wb-2016-11-ursula-steinmeier-mutterstolz",
    title=None,
    url="http://www.presseportal.de/pm/66306/3482591",
    retrieved="same address (release of the Westfalen-Blatt, Bielefeld, sent over news aktuell for its online edition; the "
              "copy's crawl date prefix ' date 2016-11' and its content date it to November 2016, probably 14 November 2016, "
              "the day the grand coalition's leaders named Frank-Walter Steinmeier as their candidate for Bundespräsident, "
              "which the mother reports as news of 'heute morgen'); the crawl date prefix dropped (rules 63, 4450); the copy "
              "shows no newsroom label, no headline and no contact block and begins with the dateline paragraph, which is "
              "the first line; no title (rules 32, 4340, 4470); the published 'heute morgen', 'der jüngste' and '87-Jährige "
              "Mutter' kept (rule 20); the empty lines after the paragraph are the end of the stored copy; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=[WB_P1],
    # the partial quotation in the lead is Ursula Steinmeier's, whom the next sentence's `Das sagte die 87-Jährige Mutter
    # Frank-Walter Steinmeiers dem WESTFALEN-BLATT` names as its source (rules 3, 30); the cue-less quotation after her
    # Konjunktiv report of the call, which itself reports what her son Dirk said on the phone, is hers (rule 4472); the
    # quotation after `sagte die Mutter` continues her (rule 30; NOTES.md continuation); the quotation after `Sein Bruder Dirk
    # (54) sagte dem WESTFALEN-BLATT, sein Bruder sei ein großer Vermittler.` is Dirk's, whose `für mich` is his own (rules 30,
    # 4472); the last quotation after the narrator's `Ursula Steinmeier hofft, dass …` is hers (rule 30); Frank-Walter
    # Steinmeier, spoken of by both, his wife and the Meyer-Werft say nothing; the paper's name is unmarked (rule 2771);
    # `Mutter`, naming only her, is an alias, the phrase with her son's name is not (rules 10, 33, 4472)
    quotes=[("\"von großem Mutterstolz erfüllt\"", URSULA),
            (cut(WB_P1, "\"Der rief", "nicht mehr.\""), URSULA),
            (cut(WB_P1, "\"Er ist besonnen", "Wort hören.\""), URSULA),
            (cut(WB_P1, "\"Wenn andere", "Meyer-Werft gab.\""), DIRK),
            (cut(WB_P1, "\"Er ist ja", "das schafft.\""), URSULA)],
    aliases={URSULA: ["Ursula Steinmeier", "Mutter"],
             DIRK: ["Dirk"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 20 March 2017: Özoguz on Erdogan's Nazi charge ---

OG_T = "Rheinische Post: Özoguz nennt Erdogans Nazi-Vorwurf \"absurd und unsäglich\""
OG_P1 = ("Die Integrationsbeauftragte der Bundesregierung, Aydan Özoguz (SPD), hat den persönlich gegen Bundeskanzlerin Angela "
         "Merkel (CDU) gerichteten Nazi-Vorwurf des türkischen Präsidenten Recep Tayyip Erdogan scharf zurückgewiesen. \"Die "
         "verbalen Ausfälle von Erdogan sind absurd und unsäglich zugleich\", sagte Özoguz der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Dienstagausgabe). Offenbar wolle er mit aller Macht von einer inhaltlichen Auseinandersetzung mit "
         "dem Referendum ablenken. \"Die Türken könnten sonst zu dem Ergebnis gelangen, dass Erdogan als Alleinherrscher "
         "regieren und die Demokratie in der Türkei um Jahrzehnte zurückdrehen möchte\", sagte Özoguz. Die Verzweiflung in "
         "Ankara scheine groß zu sein, das Referendum zu verlieren. \"Anders lassen sich die immer überdrehteren Angriffe gegen "
         "Deutschland nicht erklären\", sagte die SPD-Politikerin.")

add(id="ho720-presseportal-rp-2017-03-oezoguz-erdogan-nazi-vorwurf",
    title=OG_T,
    url="https://presseportal.de/pm/30621/3589972",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell on 20 March 2017 for the "
              "Tuesday edition of 21 March 2017, by the edition day and by the story list, whose latest teaser is the paper's "
              "release of '20.03.2017 – 12:48'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post "
              "mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline with its prefix 'Rheinische "
              "Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, the body one paragraph as stored; the "
              "contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621', the line 'Original-Content "
              "von: Rheinische Post, übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with its "
              "teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", OG_P1],
    # the headline's partial quotation after `Özoguz nennt Erdogans Nazi-Vorwurf` is hers: the body gives her the same words
    # in her first quotation (rules 3, 26); the quotations before `sagte Özoguz der … "Rheinischen Post"`, `sagte Özoguz` and
    # `sagte die SPD-Politikerin`, the role noun taking up Özoguz, are hers (rules 8, 30), the paper's name null (rules 2,
    # 2771); her Konjunktiv sentences between them are unmarked (rule 5); Erdogan, the subject inside her words, Angela Merkel,
    # the Türken and Ankara say nothing in marks; `Integrationsbeauftragte der Bundesregierung` names a body and
    # `SPD-Politikerin` a party, and neither is an alias (rule 33)
    quotes=[("\"absurd und unsäglich\"", OEZOGUZ),
            (cut(OG_P1, "\"Die verbalen", "unsäglich zugleich\""), OEZOGUZ),
            ("\"Rheinischen Post\"", None),
            (cut(OG_P1, "\"Die Türken", "zurückdrehen möchte\""), OEZOGUZ),
            (cut(OG_P1, "\"Anders lassen", "nicht erklären\""), OEZOGUZ)],
    aliases={OEZOGUZ: ["Aydan Özoguz", "Özoguz"]})

# --- Rheinische Post (ots, shown by finanznachrichten.de), 18 February 2018: Özdemir after the Munich Security Conference ---

OE_P1 = ("Düsseldorf (ots) - Der Grünen-Politiker Cem Özdemir hat der Bundesregierung eine Mitschuld an türkischen Drohungen "
         "zugewiesen, die einen Personenschutz für ihn bei der Münchner Sicherheitskonferenz notwendig machten. \"In Berlin "
         "sollte man sich langsam fragen, ob das permanente Schönreden der Situation in Ankara nicht zu einem solchen Verhalten "
         "der türkischen Seite beiträgt\", sagte Özdemir der in Düsseldorf erscheinenden \"Rheinischen Post\" (Montagausgabe). Es "
         "sei \"bizarr\", einem \"Geiselnehmer wie Erdogan\" noch zu danken, wenn er eine seiner Geiseln nach einem Jahr "
         "freilasse und zu den gleichzeitig zu lebenslanger Haft verurteilten Journalisten nichts zu sagen habe. In München "
         "habe allerdings die Polizei einen \"großartigen Job gemacht\", unterstrich Özdemir. Er war unter Polizeischutz "
         "gestellt worden, nachdem sich die türkische Delegation nach einer Begegnung mit Özdemir über die Anwesenheit eines "
         "\"Terroristen\" beschwert hatte.")

add(id="ho720-ots-rp-2018-02-oezdemir-mitschuld-polizeischutz",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2018-02/43041118-rheinische-post-oezdemir-weist-bundesregierung-"
        "moegliche-mitschuld-an-notwendigem-polizeischutz-zu-007.htm",
    retrieved="same address (release of the Rheinische Post 'Özdemir weist Bundesregierung mögliche Mitschuld an notwendigem "
              "Polizeischutz zu' (headline by the address only), sent over ots for the Monday edition after the Munich "
              "Security Conference of 16 to 18 February 2018, that is 19 February 2018, and shown unchanged by "
              "finanznachrichten.de with the ots dateline ('Düsseldorf (ots) -'); the crawl date prefix ' date 2018-02' "
              "dropped (rule 63); no headline in the copy, the paragraph with its dateline is the first line (rules 32, 3590, "
              "3840); the line 'OTS: Rheinische Post newsroom: http://www.presseportal.de/nr/30621 newsroom via RSS: "
              "http://www.presseportal.de/rss/pm_30621.rss2' and the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2621' after the empty lines dropped (rule 3840); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[OE_P1],
    # the quotation before `sagte Özdemir der … "Rheinischen Post"` is his, the paper's name null (rules 2, 30, 2771); the
    # partial quotations in his Konjunktiv report (`Es sei "…", einem "…" noch zu danken`, `habe … die Polizei einen "…",
    # unterstrich Özdemir`) are his, the label `Geiselnehmer wie Erdogan` his word for Erdogan, and the police, subject of
    # the last clause, says nothing (rules 3, 25, 30); the marked word in the narrator's `nachdem sich die türkische
    # Delegation … über die Anwesenheit eines "Terroristen" beschwert hatte` is the delegation's word for Özdemir and the
    # delegation's (rule 4473); the Bundesregierung, Erdogan and the Journalisten say nothing in marks; `Grünen-Politiker`
    # names the party and is no alias (rule 33)
    quotes=[(cut(OE_P1, "\"In Berlin", "Seite beiträgt\""), OEZDEMIR),
            ("\"Rheinischen Post\"", None),
            ("\"bizarr\"", OEZDEMIR),
            ("\"Geiselnehmer wie Erdogan\"", OEZDEMIR),
            ("\"großartigen Job gemacht\"", OEZDEMIR),
            ("\"Terroristen\"", DELEGATION)],
    aliases={OEZDEMIR: ["Cem Özdemir", "Özdemir"],
             DELEGATION: ["türkische Delegation"]})
