# Seven-hundred-and-twelfth held-out German real-news set (tests/data/heldout712-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4410-4411). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twelfth held-out set": eight releases of German newspapers sent over the
# ots service of news aktuell ahead of their editions, each reporting what a politician or a union leader told the paper: one
# of the Leipziger Volkszeitung read in its newsroom on presseportal.de (licence OTS_MEDIEN: Christoph Matschie on the crisis
# of the Saxon coalition, April 2008), two of the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom (OTS_MEDIEN:
# Berthold Huber on the VW law, September 2008; Annette Schavan on the resignations in the CDU, July 2010), one of the
# Rheinische Post, Düsseldorf, read in the AMP view of its newsroom (OTS_MEDIEN: Michael Groschek on the Cologne Klüngel
# affair, February 2009), one of the Kölner Stadt-Anzeiger read in its newsroom (OTS_MEDIEN: Karl-Josef Laumann before the
# Chancellor's meeting with the unions, summer 2009), one of the Rheinische Post reposted by the press-release portal
# pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Hannelore Kraft after her election as Ministerpräsidentin, July 2010), one of the
# Mitteldeutsche Zeitung, Halle, read in its newsroom (OTS_MEDIEN: Reiner Haseloff on Röttgen's dismissal, May 2012) and one of
# the Kölner Stadt-Anzeiger shown with its ots dateline by the finance portal finanznachrichten.de (OTS_MEDIEN_REPOST: Andreas
# Pinkwart on the exploratory talks in Berlin, October 2017). Stored copies are the `search` tool's `pages` excerpts; every
# release body is complete in them; the newsroom, portal and wire furniture is dropped and hard-wrapped lines are joined
# (rules 1372, 2770, 3010, 3120, 3650, 3840, 4360, 4410); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST, OTS_MEDIEN_REPOST_PRESSEKAT  # noqa: E402

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


MATSCHIE = "Christoph Matschie"
HUBER = "Berthold Huber"
GROSCHEK = "Michael Groschek"
LAUMANN = "Karl-Josef Laumann"
KRAFT = "Hannelore Kraft"
SCHAVAN = "Annette Schavan"
HASELOFF = "Reiner Haseloff"
PINKWART = "Andreas Pinkwart"

# --- Leipziger Volkszeitung (presseportal.de, newsroom 6351), April 2008: Matschie on the crisis of the Saxon coalition ---

MA_T = "LVZ: Matschie zur Krise der Sachsen-Koalition: Das Problem der Koalition heißt Milbradt"
MA_S = "Der Regierungschef schlittere von einem Skandal in den nächsten"
MA_P1 = ("Leipzig (ots) - Im Koalitionsstreit in Sachsen zwischen CDU und SPD um mögliche Insidergeschäfte mit der Landesbank "
         "durch die Familie des CDU-Ministerpräsidenten Georg Milbradt und um damit verbundene Erklärungs-Ultimaten der einen "
         "wie der anderen Koalitionspartei hat SPD-Präsidiumsmitglied Christoph Matschie den amtierenden Regierungschef in "
         "Dresden als klaren Verursacher der Koalitionskrise benannt. Gegenüber der \"Leipziger Volkszeitung\" "
         "(Freitag-Ausgabe) sagte Matschie, der auch SPD-Partei- und Fraktionschef in Thüringen ist: \"Das Problem der "
         "Koalition in Sachsen heißt Georg Milbradt. Der Ministerpräsident schlittert von einem Skandal in den nächsten. Dieses "
         "Problem kann nur die CDU selbst lösen, nicht die SPD.\"")

add(id="ho712-presseportal-lvz-2008-04-matschie-problem-milbradt",
    title=MA_T,
    url="http://www.presseportal.de/pm/6351/1169863",
    retrieved="same address (release of the Leipziger Volkszeitung, Leipzig, sent over news aktuell for a Friday edition; "
              "undated in the stored copy, which shows no story list; April 2008 by its content (the coalition crisis in "
              "Saxony over the Milbradt family's dealings with the Sachsen LB, before Georg Milbradt announced his resignation "
              "in mid-April 2008) and by its release number, between the WAZ's pm/55903/1080582 of November 2007 and "
              "pm/55903/1263289 of September 2008); the newsroom label 'Leipziger Volkszeitung' above the headline dropped "
              "(rules 2770, 3010); the headline with its prefix 'LVZ:' is the title, the subtitle in Konjunktiv a line of its "
              "own as stored, the dateline 'Leipzig (ots) -' run into the body as stored (rule 3590); the contact block "
              "'Pressekontakt: Leipziger Volkszeitung Büro Berlin Telefon: 030/72626-2000' and the line 'Original-Content von: "
              "Leipziger Volkszeitung, übermittelt durch news aktuell', which the copy runs onto the end of the paragraph after "
              "the closing mark, and the portal's 'Das könnte Sie auch interessieren:' dropped (rules 3840, 4410); complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=[MA_S, MA_P1],
    # the headline label `Matschie zur Krise der Sachsen-Koalition:` before unmarked words and the unmarked subtitle in
    # Konjunktiv carry no span (rule 5); the paper's name in marks in the cue that precedes the quotation is null and the
    # paper the addressee (rules 2, 2771); the colon quotation after `sagte Matschie, der auch SPD-Partei- und Fraktionschef
    # in Thüringen ist:` is his, the relative clause about him standing between verb and colon (rules 9, 30); Georg
    # Milbradt, named in his words and in the lead, the CDU and the SPD say nothing in marks; `SPD-Präsidiumsmitglied` and
    # `SPD-Partei- und Fraktionschef in Thüringen` name the party and are no aliases (rule 33)
    quotes=[("\"Leipziger Volkszeitung\"", None),
            (cut(MA_P1, "\"Das Problem", "nicht die SPD.\""), MATSCHIE)],
    aliases={MATSCHIE: ["Christoph Matschie", "Matschie"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 12 September 2008: Huber on the VW law ---

HU_T = "WAZ: IG-Metall-Chef Huber droht Brüssel wegen VW-Gesetz mit Demonstration"
HU_P1 = join("Vor der Großkundgebung der VW-Beschäftigten am",
             "Freitag in Wolfsburg hat IG-Metall-Chef Berthold Huber die EU ",
             "gewarnt, auch in Brüssel für den Erhalt des VW-Gesetzes zu ",
             "demonstrieren. \"Wenn die EU-Kommission meint, erneut gegen das ",
             "VW-Gesetz klagen zu müssen, dann soll sie es tun. Wenn es sein muss, ",
             "gehe ich auch nach Brüssel - und zwar nicht allein\", sagte Huber der ",
             "Westdeutschen Allgemeinen Zeitung (Freitagausgabe). \"Aus der ",
             "Geschichte und der Herkunft von VW erwächst eine besondere Form der ",
             "Mitbestimmung. Das werden wir nicht kampflos preisgeben\", sagte Huber",
             "weiter.")

add(id="ho712-presseportal-waz-2008-09-huber-vw-gesetz-bruessel",
    title=HU_T,
    url="https://presseportal.de/pm/55903/1263289",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Friday "
              "edition, 12 September 2008 by the edition day and by the story list, whose latest teaser is the paper's "
              "leading article of '10.09.2008 – 19:54'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline "
              "with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own; the body's hard-wrapped lines "
              "joined with one space into the one paragraph they form, also the last line 'weiter.' after the break without a "
              "line-end space (rules 1372, 3650); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-2727 zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche "
              "Allgemeine Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine "
              "Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", HU_P1],
    # the quotations before `sagte Huber der Westdeutschen Allgemeinen Zeitung` and `sagte Huber weiter` are his (rule 30);
    # the EU, the EU-Kommission and the VW-Beschäftigten say nothing in marks, the Kommission being the subject inside his
    # words; the paper's name is unmarked; `IG-Metall-Chef` names the union and is no alias (rule 33)
    quotes=[(cut(HU_P1, "\"Wenn die", "nicht allein\""), HUBER),
            (cut(HU_P1, "\"Aus der", "kampflos preisgeben\""), HUBER)],
    aliases={HUBER: ["Berthold Huber", "Huber"]})

# --- Rheinische Post (presseportal.de AMP copy, newsroom 30621), 3 February 2009: Groschek on the Klüngel affair ---

GR_T = "Rheinische Post: Klüngel-Affäre: SPD greift Rüttgers an"
GR_P1 = join("Die NRW-SPD gibt Ministerpräsident Jürgen",
             "Rüttgers (CDU) eine Mitschuld an der Klüngel-Affäre um ",
             "Beraterverträge zwischen Kölner Kommunalpolitikern und den ",
             "Sparkassen. \"Jürgen Rüttgers ist mitverantwortlich dafür, dass sich ",
             "solche Zustände in Köln halten konnten\", sagte Michael Groschek, ",
             "Generalsekretär der NRW-SPD, der in Düsseldorfer erscheinenden ",
             "Zeitung \"Rheinische Post\" (Mittwochausgabe). Schon nach der ",
             "Trienekens-Affäre im Jahr 2002 hätte die Landes-CDU \"auf einem ",
             "personellen Neustart bestehen müssen\", sagte der SPD-Politiker. \"Doch",
             "die Union hat sich vor der Verantwortung gedrückt. Jetzt bekommt sie ",
             "die Quittung. Die Kölner CDU steht vor einem Scherbenhaufen.\"")

add(id="ho712-presseportal-rp-2009-02-groschek-kluengel-ruettgers",
    title=GR_T,
    url="https://presseportal.de/en/pm/amp/30621/1346563",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell on 3 February 2009 for the "
              "Wednesday edition, by the time stamp '03.02.2009 – 17:22' under the headline; AMP view of the English "
              "interface); the newsroom label 'Rheinische Post' and the time stamp line dropped (rules 2770, 3120); the headline "
              "with its prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own; the body's "
              "hard-wrapped lines joined with one space into the one paragraph they form, also where a line ends after the "
              "opening mark '\"Doch' without a line-end space (rules 1372, 3650); the published 'der in Düsseldorfer "
              "erscheinenden Zeitung' kept (rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: "
              "(0211) 505-2303', the line 'Original content of: Rheinische Post, transmitted by news aktuell', the line 'Places "
              "in this release' and the list 'More stories: Rheinische Post' with the teaser of the paper's commentary of "
              "'02.02.2009 – 21:57' dropped (rule 3120); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", GR_P1],
    # the lead gives the party's charge unmarked (rule 5); the quotation before `sagte Michael Groschek, Generalsekretär der
    # NRW-SPD, der … Zeitung "Rheinische Post"` is his, the paper's name in marks null (rules 2, 30, 2771); the partial
    # quotation in the Konjunktiv sentence closed by `sagte der SPD-Politiker`, whose subject is the Landes-CDU he speaks
    # of, is his (rules 3, 25, 30), and the cue-less quotation after it, opened by `Doch`, continues him (NOTES.md
    # continuation); Jürgen Rüttgers, the NRW-SPD, the Union and the Kölner CDU say nothing in marks; `Generalsekretär der
    # NRW-SPD` and `SPD-Politiker` name the party and are no aliases (rule 33)
    quotes=[(cut(GR_P1, "\"Jürgen Rüttgers", "halten konnten\""), GROSCHEK),
            ("\"Rheinische Post\"", None),
            (cut(GR_P1, "\"auf einem", "bestehen müssen\""), GROSCHEK),
            (cut(GR_P1, "\"Doch", "Scherbenhaufen.\""), GROSCHEK)],
    aliases={GROSCHEK: ["Michael Groschek"]})

# --- Kölner Stadt-Anzeiger (presseportal.de, newsroom 66749), summer 2009: Laumann before the Chancellor's union meeting ---

LA_T = ("Kölner Stadt-Anzeiger: Laumann vor Kanzler-Treff mit Gewerkschaften erfreut über gutes Verhältnis vor der "
        "Wahl")
LA_P1 = join("Der Vorsitzende der Christlich-Demokratischen",
             "Arbeitnehmerschaft (CDA), Karl-Josef Laumann, hat sich vor dem ",
             "Treffen von Kanzlerin Angela Merkel mit DGB-Chef Michael Sommer und ",
             "den Chefs von acht Einzelgewerkschaften am Freitag im Kanzleramt ",
             "erfreut darüber gezeigt, dass die Gewerkschaften nicht zulasten der ",
             "Union in den Wahlkampf eingreifen. \"Das Verhältnis war schon ",
             "schlechter in unserer Geschichte\", sagte Laumann dem \"Kölner ",
             "Stadt-Anzeiger\" (Freitag-Ausgabe). \"Es gibt eine gegenseitige ",
             "Achtung. Wir wissen als CDU, dass wir den Gewerkschaften viel zu ",
             "verdanken haben - etwa dafür, dass wir den Aufschwung hingekriegt ",
             "haben. Umgekehrt sehen die Gewerkschafter, dass wir derzeit alles ",
             "unternehmen, damit die Arbeitnehmer von der Krise nicht so stark ",
             "betroffen werden.\" Zur Zurückhaltung der Gewerkschaften im Wahlkampf ",
             "erklärte er: \"Das finde ich gut so. Das war schon mal anders.\" ",
             "SPD-Fraktionschef Peter Struck hatte kritisiert, dass die ",
             "Gewerkschaften nicht deutlicher gegen eine womöglich schwarz-gelbe ",
             "Koalition zu Felde zögen.")

add(id="ho712-presseportal-ksta-2009-laumann-gewerkschaften-kanzleramt",
    title=LA_T,
    url="http://www.presseportal.de/pm/66749/1465105",
    retrieved="same address (release of the Kölner Stadt-Anzeiger, Köln, sent over news aktuell for a Friday edition before "
              "the Bundestag election of September 2009 and a Friday meeting of the Chancellor with the unions' chiefs; "
              "undated in the stored copy, whose story list shows no teaser; late August or early September 2009 by its "
              "release number, a few thousand below the WAZ's pm/55903/1470390, whose story list runs to 6 September 2009); "
              "the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Kölner Stadt-Anzeiger mehr verpassen.' and the "
              "newsroom label dropped (rules 2770, 3010); the headline with its prefix 'Kölner Stadt-Anzeiger:' is the title, "
              "the dateline 'Köln (ots)' a line of its own; the body's hard-wrapped lines joined with one space into the one "
              "paragraph they form, also inside the marks of the paper's name, broken after 'Kölner', and after the line that "
              "ends 'schon mal anders.\" ' with a line-end space, a wrap and no paragraph end (rules 1372, 3650, 4410); the "
              "contact block 'Pressekontakt: Kölner Stadt-Anzeiger Politik-Redaktion Telefon: +49 (0221)224 2444 "
              "ksta-produktion@mds.de', the line 'Original-Content von: Kölner Stadt-Anzeiger, übermittelt durch news aktuell' "
              "and the lines 'Weitere Storys: Kölner Stadt-Anzeiger' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Köln (ots)", LA_P1],
    # the quotation before `sagte Laumann dem "Kölner Stadt-Anzeiger"` is his, the paper's name in marks null (rules 2, 30,
    # 2771); the cue-less quotation after the cue continues him (NOTES.md continuation), its `wir … als CDU` his party; the
    # colon quotation after `erklärte er:` is his, `er` taking up the subject of the paragraph (rules 8, 9); Peter Struck's
    # criticism is unmarked (rule 5); Angela Merkel, Michael Sommer, the Gewerkschaften and the Union say nothing in marks;
    # `Der Vorsitzende der Christlich-Demokratischen Arbeitnehmerschaft (CDA)` names a body and is no alias (rule 33)
    quotes=[(cut(LA_P1, "\"Das Verhältnis", "unserer Geschichte\""), LAUMANN),
            ("\"Kölner Stadt-Anzeiger\"", None),
            (cut(LA_P1, "\"Es gibt", "betroffen werden.\""), LAUMANN),
            (cut(LA_P1, "\"Das finde", "schon mal anders.\""), LAUMANN)],
    aliases={LAUMANN: ["Karl-Josef Laumann", "Laumann"]})

# --- Rheinische Post (ots, reposted by pressekat.de), 15 July 2010: Kraft after her election as Ministerpräsidentin ---

KR_T = "Rheinische Post: NRW-Ministerpräsidentin Hannelore Kraft setzt auf die Unterstützung der Opposition"
KR_P1 = join("(ots) - Die neue Ministerpräsidentin von NRW, Hannelore",
             "Kraft (SPD), ist zuversichtlich, dass ihre rot-grüne",
             "Minderheitsregierung auch Unterstützung von Christdemokraten und",
             "Liberalen erhält. \"Bei Union und FDP sind die Wunden derzeit noch",
             "sehr tief. Aber es kann sein, dass das nach der Sommerpause",
             "vielleicht schon wieder anders aussieht\", sagte die frischgewählte",
             "Regierungschefin der Rheinischen Post (Donnerstagsausgabe). Zu ihrem",
             "Vorhaben, ihr Kabinett paritätisch mit Männern und Frauen zu",
             "besetzen, sagte Kraft: \"Ich glaube, das ist das erste Mal in",
             "Deutschland der Fall. Es lohnt sich, für die Gleichberechtigung und",
             "für gleiche Bezahlung von Männern und Frauen zu kämpfen. Für mich",
             "beginnt das mit der Besetzung des Kabinetts.\"")

add(id="ho712-pressekat-rp-2010-07-kraft-unterstuetzung-opposition",
    title=KR_T,
    url="http://www.pressekat.de/pressinfo228291/rheinische-post-nrw-ministerpraesidentin-hannelore-kraft-setzt-auf-die-"
        "unterstuetzung-der-opposition.html",
    retrieved="same address (release of the Rheinische Post sent over ots for the Thursday edition after Hannelore Kraft's "
              "election as Ministerpräsidentin on 14 July 2010, reposted by the press-release portal pressekat.de with the "
              "date line 'Datum: 15.07.2010 - 00:00 Uhr' and 'Bereitgestellt von Benutzer: ots'; the sender is named in the "
              "headline prefix 'Rheinische Post:', in the body, in the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2303', the city line 'Düsseldorf' and the portal's line '… steht unter der "
              "journalistisch-redaktionellen Verantwortung von Rheinische Post'); the portal's page title 'PresseKat - "
              "Rheinische Post: … der Oppositio', which repeats the headline cut off, and its line 'ID: 228291' dropped; the "
              "headline is the title; the body, with the wire's '(ots) -' run in without the place, is hard-wrapped and is "
              "joined with one space into one paragraph (rules 1372, 3650, 3840); the contact block and the portal's lines "
              "under it ('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von "
              "Benutzer: ots', the date, language, id and character count lines, 'Kontakt-Informationen:', the city and "
              "category, the view counter and the responsibility line) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[KR_P1],
    # the headline is unmarked (rule 5); the quotation before `sagte die frischgewählte Regierungschefin der Rheinischen
    # Post` is Kraft's, the role noun taking up the subject of the lead (rules 8, 30); the colon quotation after `sagte
    # Kraft:` is hers (rule 9); the paper's name is unmarked; Union, FDP, the Christdemokraten and the Liberalen say nothing;
    # `Regierungschefin` and `Ministerpräsidentin`, which name only her in the release, are aliases (rule 44), the phrase
    # `Ministerpräsidentin von NRW` with the Land is not (rule 33)
    quotes=[(cut(KR_P1, "\"Bei Union", "anders aussieht\""), KRAFT),
            (cut(KR_P1, "\"Ich glaube", "des Kabinetts.\""), KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft", "Regierungschefin", "Ministerpräsidentin"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 20 July 2010: Schavan after the resignations ---

SC_T = "WAZ: CDU-Vizechefin Annette Schavan sieht Partei nach Rücktritten nicht geschwächt"
SC_P1 = ("CDU-Vizechefin und Bildungsministerin Annette Schavan sieht ihre Partei nicht geschwächt, nachdem sich mit Ole von "
         "Beust eine weitere Führungsfigur aus der Politik zurückzieht. \"Es sind starke Männer gegangen und starke Männer "
         "gekommen\", sagte sie den Zeitungen der WAZ-Mediengruppe (Dienstagausgabe). Um Parteichefin Angela Merkel werde es "
         "nicht einsam. Nachrücker wie David McAllister in Niedersachsen und Stefan Mappus in Baden-Württemberg seien jung, "
         "aber \"keine unbeschriebenen Blätter\". Im Übrigen könne man nicht alle Rücktritte der letzten Monate über einen "
         "Kamm scheren. Günther Oettinger und Christian Wulff etwa seien nicht weg, sondern in anderen wichtigen Funktionen, "
         "erinnerte Schavan. Generationenwechsel habe es immer gegeben. Die CDU werde auf ihrem Parteitag im November für die "
         "neue Führung eine \"gute Mischung\" finden und ein Gremium präsentieren, \"das die ganze Bandbreite der Partei "
         "repräsentiert\". Nach dem Hamburger Bürgerentscheid zur Schulpolitik rief Schavan die CDU auf, ihre Bildungspolitik "
         "programmatisch neu auszurichten. Man müsse mehr Vergleichbarkeit haben und die Kinder und Jugendliche stärker "
         "motivieren. Es gehe jetzt darum, Ruhe und Kontinuität ins Schulsystem zu bringen. Die CDU müsse bei den Wählern den "
         "Eindruck vermeiden, \"dass es nach jeder Wahl eine neue Strukturdebatte gibt und ewig am System herumgedoktert "
         "wird.\"")

add(id="ho712-presseportal-waz-2010-07-schavan-partei-nicht-geschwaecht",
    title=SC_T,
    url="http://www.presseportal.de/pm/55903/1650990",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Tuesday "
              "editions of the WAZ group's papers, 20 July 2010 by the edition day, by the story list, whose latest teaser is "
              "the paper's commentary of '19.07.2010 – 19:44', and by the teaser of this release, '20.07.2010 – 05:00', in "
              "the story list of the paper's pm/55903/1651373, used by the 534th set); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped "
              "(rules 2770, 3010); the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its "
              "own, the body one paragraph as stored; the published 'die Kinder und Jugendliche' kept (rule 20); the contact "
              "block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 "
              "zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with its teaser dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", SC_P1],
    # the quotation before `sagte sie den Zeitungen der WAZ-Mediengruppe` is Schavan's, `sie` taking up the subject of the
    # lead (rules 8, 30); the partial quotations in her Konjunktiv report (`seien jung, aber "…"`, `Die CDU werde … eine
    # "…" finden und ein Gremium präsentieren, "…"`) are hers, also where the sentence's subject is her party (rules 3, 25,
    # 3014); the marked `dass`-clause that gives the impression the CDU must avoid in the voters' eyes is her wording, not the
    # voters' (rule 4411); Ole von Beust, Angela Merkel, David McAllister, Stefan Mappus, Günther Oettinger, Christian Wulff,
    # the CDU and the Wähler say nothing in marks; `Bildungsministerin`, which names only her in the release, is an alias
    # (rule 44), `CDU-Vizechefin` names the party and is not (rule 33)
    quotes=[(cut(SC_P1, "\"Es sind", "Männer gekommen\""), SCHAVAN),
            ("\"keine unbeschriebenen Blätter\"", SCHAVAN),
            ("\"gute Mischung\"", SCHAVAN),
            ("\"das die ganze Bandbreite der Partei repräsentiert\"", SCHAVAN),
            (cut(SC_P1, "\"dass es nach", "herumgedoktert wird.\""), SCHAVAN)],
    aliases={SCHAVAN: ["Annette Schavan", "Schavan", "Bildungsministerin"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 18 May 2012: Haseloff on Röttgen's dismissal ---

HA_T = ("Mitteldeutsche Zeitung: Röttgen/Altmaier Sachsen-Anhalts Regierungschef Haseloff: Ablösung Röttgens ist Chance für "
        "Energiewende")
HA_P1 = ("Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) sieht in der Ablösung von Bundesumweltminister Norbert "
         "Röttgen durch Peter Altmaier (beide CDU) eine Chance. \"Der personelle Neuanfang bietet die inhaltliche Chance, das "
         "Thema Energiewende mit der Restrukturierung der Solarbranche zu verbinden und offensiv Lösungen dafür zu "
         "entwickeln\", sagte er der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Online-Ausgabe). \"Der Energiegipfel "
         "am nächsten Donnerstag bei der Kanzlerin, den wir mit vorbereitet haben, ist dafür ein erster Prüfstein.\" Haseloff "
         "hatte sich vehement für die von Röttgen betriebene Kürzung der Solarförderung eingesetzt und wesentlich dazu "
         "beigetragen, dass die Reform des Erneuerbare-Energien-Gesetzes im Bundesrat in den Vermittlungsausschuss verwiesen "
         "wurde.")

add(id="ho712-presseportal-mz-2012-05-haseloff-roettgen-altmaier-energiewende",
    title=HA_T,
    url="http://www.presseportal.de/pm/47409/2254750",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for its online edition, 18 "
              "May 2012 by the story list, whose latest teaser is the paper's commentary of '17.05.2012 – 19:27', and by the "
              "date lines 'Datum: 18.05.2012 - 02:00 Uhr' of two reposts seen in the search results and not used (pressekat.de "
              "and firmenpresse.de, id 641093)); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche "
              "Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline with its prefix and its "
              "kicker 'Röttgen/Altmaier' run together as stored is the title, the dateline 'Halle (ots)' a line of its own, the "
              "body one paragraph as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", HA_P1],
    # the headline label `Sachsen-Anhalts Regierungschef Haseloff:` before unmarked words carries no span (rule 5); the
    # quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Haseloff's, `er` taking up the subject of the lead, not
    # Norbert Röttgen or Peter Altmaier, named there in a `von`- and a `durch`-phrase (rules 8, 30); the paper's name in
    # marks is null (rules 2, 2771); the cue-less quotation after it continues him (NOTES.md continuation), its `wir` his
    # government; Röttgen, Altmaier, the Kanzlerin and the Bundesrat say nothing in marks; `Sachsen-Anhalts
    # Ministerpräsident` and `Sachsen-Anhalts Regierungschef` name the Land and are no aliases (rule 33)
    quotes=[(cut(HA_P1, "\"Der personelle", "zu entwickeln\""), HASELOFF),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(HA_P1, "\"Der Energiegipfel", "Prüfstein.\""), HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff"]})

# --- Kölner Stadt-Anzeiger (ots, shown by finanznachrichten.de), October 2017: Pinkwart stays in NRW ---

PI_P1 = ("Köln (ots) - NRW-Wirtschaftsminister Andreas Pinkwart hat Spekulationen über einen möglichen Wechsel in die "
         "Bundesregierung zurückgewiesen. Der FDP-Politiker sagte dem \"Kölner Stadt-Anzeiger\" (Freitag-Ausgabe): \"Ich "
         "nehme sehr gerne an den Sondierungsgesprächen teil, um unsere energie-, umwelt- und industriepolitischen Interessen "
         "und Überzeugungen in Berlin einzubringen. Wir haben in NRW noch viel vor und dafür brauchen wir Rückenwind von einer "
         "neuen Bundesregierung. Mein Platz ist in Nordrhein-Westfalen.\"")

add(id="ho712-ots-ksta-2017-10-pinkwart-platz-in-nrw",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-10/42067512-koelner-stadt-anzeiger-nrw-wirtschaftsminister-"
        "pinkwart-weist-spekulationen-ueber-einen-wechsel-nach-berlin-zurueck-007.htm",
    retrieved="same address (release of the Kölner Stadt-Anzeiger 'NRW-Wirtschaftsminister Pinkwart weist Spekulationen über "
              "einen Wechsel nach Berlin zurück' (headline by the address only), sent over ots for a Friday edition of October "
              "2017, the week of the Jamaica exploratory talks, by the address and the edition day, probably for 27 October "
              "2017 by a repost dated 26 October 2017 on extremnews.com seen in the search results and not used, and shown "
              "unchanged by finanznachrichten.de with the ots dateline ('Köln (ots) -'); no headline in the copy, the paragraph "
              "with its dateline is the first line (rules 32, 3590, 3840); the empty lines after the paragraph dropped; "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[PI_P1],
    # the paper's name in marks in the cue is null and the paper the addressee (rules 2, 2771); the colon quotation after
    # `Der FDP-Politiker sagte dem "Kölner Stadt-Anzeiger" (Freitag-Ausgabe):` is Pinkwart's, the role noun taking up the
    # subject of the lead (rules 8, 9, 30); the Bundesregierung says nothing; `NRW-Wirtschaftsminister` names the Land and
    # `FDP-Politiker` the party, and neither is an alias (rule 33)
    quotes=[("\"Kölner Stadt-Anzeiger\"", None),
            (cut(PI_P1, "\"Ich nehme", "Nordrhein-Westfalen.\""), PINKWART)],
    aliases={PINKWART: ["Andreas Pinkwart"]})
