# Six-hundred-and-seventy-fifth held-out German real-news set (tests/data/heldout675-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4130-4132). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-seventy-fifth held-out set": nine releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what politicians or a union leader told the paper:
# seven read in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN) - Der Tagesspiegel (the Transnet chief Norbert
# Hansen on the Bahn's flotation, February 2006), the Rheinische Post three times (Ronald Pofalla on the grand coalition and
# the Landtag elections, February 2006; Pofalla on the SPD's `Kriegsgeheul`, April 2007; Dirk Niebel against a traffic-light
# coalition, spring 2009), the Mitteldeutsche Zeitung twice (Thomas Webel and Jens Bullerjahn on Wolfgang Böhmer's remarks,
# February 2008; Pofalla on criticism from his party, May 2009) and, a newsroom no earlier set used, the Schweriner
# Volkszeitung (Manuela Schwesig on an East German minister, February 2018) -, one release of the Leipziger Volkszeitung
# reposted by the press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Niebel before the North Rhine-Westphalian
# election, May 2012) and one of the Neue Westfälische shown with its ots dateline by finanznachrichten.de (OTS_MEDIEN_REPOST:
# Armin Laschet on Christian Lindner, May 2017). Stored copies are the `search` tool's `pages` excerpts; every release body is
# complete in them; the newsroom, portal and wire furniture is dropped and the hard-wrapped lines are joined (rules 2770, 3010,
# 3120, 3590, 3950, 4130); each retrieval note names what was dropped.
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


HANSEN = "Norbert Hansen"
POFALLA = "Ronald Pofalla"
WEBEL = "Thomas Webel"
BULLERJAHN = "Jens Bullerjahn"
NIEBEL = "Dirk Niebel"
LASCHET = "Armin Laschet"
SCHWESIG = "Manuela Schwesig"

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), February 2006: Norbert Hansen on the Bahn's flotation ---

TR_T = "Der Tagesspiegel: Transnetchef Hansen will mit Parteispitzen von CDU, Grünen und FDP reden"
TR_P1 = ("Der Chef der Transportgewerkschaft Transnet, Norbert Hansen, will mit den Parteispitzen von CDU, Grünen und FDP über "
         "den Börsengang der Bahn sprechen. In Schreiben, die zum Wochenende verschickt wurden, regt Hansen Treffen an. Ziel "
         "sei es, \"von einer ideologisch behafteten Debatte wegzukommen\", sagte Hansen dem \"Tagesspiegel am Sonntag\". "
         "Hintergrund ist die jüngste Auseinandersetzung um Informationen, die im so genannten Ergänzungsgutachten zum "
         "Bahnbörsengang geschwärzt und damit den Verkehrspolitikern nicht zur Verfügung gestellt wurden. Hansen hatte "
         "daraufhin vor allem Politikern von CDU, Grünen und FDP Populismus vorgeworfen. Auch Medienberichte über die angeblich "
         "schlechte Schuldenlage des Konzerns ärgerten Hansen. \"Die Bahn ist kein Pleitebetrieb\", sagte er.")

add(id="ho675-presseportal-tagesspiegel-2006-02-hansen-transnet-parteispitzen",
    title=TR_T,
    url="https://presseportal.de/pm/2790/787884?langid=7",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for the Sunday paper 'Tagesspiegel am "
              "Sonntag'; undated in the stored copy, which shows no story list; February 2006 by its release number, just "
              "below the Rheinische Post's release pm/30621/789137 of 22 February 2006, also used in this set, and by the "
              "quarrel over the blackened supplementary report on the Bahn's flotation of mid-February 2006, probably the "
              "edition of 19 February 2006); the copy with the language parameter begins with the headline and shows no "
              "widget and no label: the headline with its prefix is the title, the dateline 'Berlin (ots)' a line of its "
              "own, the body one line as stored (rules 3420, 3950); the service line 'Inhaltliche Rückfragen richten Sie bitte "
              "an: Der Tagesspiegel am Sonntag, Ressort Wirtschaft, Telefon: 030/26009-260', the contact block 'Rückfragen "
              "bitte an: Der Tagesspiegel Chef vom Dienst Thomas Wurster …' and the line 'Original-Content von: Der "
              "Tagesspiegel, übermittelt durch news aktuell' dropped (rule 4130); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", TR_P1],
    # the partial quotation in the Konjunktiv sentence `Ziel sei es, "…"`, closed by `sagte Hansen dem "Tagesspiegel am
    # Sonntag"`, is his (rules 3, 25, 30); the Sunday paper's name in marks is null (rules 2, 2771); the quotation before
    # `sagte er` is his, the `er` taking up Hansen, the object of the sentence before, whom the media reports annoyed (rule
    # 30); the letters, CDU, Grüne and FDP, the Verkehrspolitiker and the Medienberichte say nothing in marks; `Der Chef der
    # Transportgewerkschaft Transnet` and `Transnetchef` name the union and are no aliases (rule 33)
    quotes=[("\"von einer ideologisch behafteten Debatte wegzukommen\"", HANSEN),
            ("\"Tagesspiegel am Sonntag\"", None),
            ("\"Die Bahn ist kein Pleitebetrieb\"", HANSEN)],
    aliases={HANSEN: ["Norbert Hansen", "Hansen"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 22 February 2006: Ronald Pofalla on the grand coalition ---

LW_T = "Rheinische Post: Pofalla: Landtagswahlen ohne Einfluss auf Berlin"
LW_P1 = join("Die Große Koalition in Berlin bleibt nach",
             "Überzeugung des neuen CDU-Generalsekretärs Ronald Pofalla in jede ",
             "Fall vier Jahr im Amt. \"Wir sind natürlich zwei unterschiedliche ",
             "Parteien. Aber die Zusammenarbeit hat ihren Reiz. Ich gehe davon aus,",
             "dass diese Koalition vier Jahre hält\", sagte Pofalla der in ",
             "Düsseldorf erscheinenden Rheinischen Post (Mittwochausgabe). Pofalla ",
             "schloss zugleich aus, dass die Ergebnisse der Landtagswahlen Einfluss",
             "auf die Berliner Politik haben werden. \"Landtagswahlen waren bisher ",
             "oft vorgezogene Bundestagswahlen. Ich sage voraus: Sie werden künftig",
             "wieder mehr Landtagswahlen sein\", so Pofalla.")

add(id="ho675-presseportal-rp-2006-02-pofalla-landtagswahlen-ohne-einfluss",
    title=LW_T,
    url="https://www.presseportal.de/pm/30621/789137",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of "
              "22 February 2006, dated by the edition day and by the story list under it, whose teasers of '22.02.2006 – "
              "05:00' are the paper's releases of the same night); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Rheinische Post mehr verpassen.' and the newsroom label 'Rheinische Post' dropped (rules 2770, 3010); the "
              "headline with its prefix and its label 'Pofalla:' is the title, the dateline 'Düsseldorf (ots)' a line of its "
              "own; the hard-wrapped lines joined with one space, a line-end space of the copy taken as that space; no line "
              "short of the wrap width closes a sentence before the last, so the body is one paragraph (rules 1372, 3590); the "
              "published 'in jede Fall vier Jahr im Amt' kept (rule 20); the contact block 'Rückfragen bitte an: Rheinische "
              "Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", LW_P1],
    # the headline label `Pofalla:` before unmarked words carries no span (rule 5); the quotation before `sagte Pofalla der …
    # Rheinischen Post` is his, the paper named without marks the addressee (rules 12, 30); the quotation before `so Pofalla`
    # after the narrator's `Pofalla schloss zugleich aus, dass …` is his (rules 8, 30); the Große Koalition and the parties say
    # nothing; `CDU-Generalsekretärs` is a genitive compound with the party's name and no alias (rules 7, 33)
    quotes=[(cut(LW_P1, "\"Wir sind", "Jahre hält\""), POFALLA),
            (cut(LW_P1, "\"Landtagswahlen waren", "Landtagswahlen sein\""), POFALLA)],
    aliases={POFALLA: ["Ronald Pofalla", "Pofalla"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), April 2007: Pofalla on the SPD's `Kriegsgeheul` ---

KG_T = "Rheinische Post: Pofalla: \"Kriegsgeheul\" der SPD ist \"durchsichtiges Manöver\""
KG_P1 = ("Die harschen Töne der SPD-Führungsleute gegen die Union sind aus Sicht von CDU-Generalsekretär Ronald Pofalla taktisch "
         "begründet. \"Immer, wenn die SPD-Fraktion nach Sitzungspausen wieder zusammenkommt, stimmen Struck und Beck das "
         "Kriegsgeheul an\", sagte Pofalla der \"Rheinischen Post\" (Donnerstagausgabe). \"Ich bin gespannt, wie lange deren "
         "eigene Truppen dieses durchsichtige Manöver mitmachen\", kommentierte Pofalla das Verhalten von SPD-Fraktionschef "
         "Peter Struck und SPD-Parteichef Kurt Beck.")

add(id="ho675-presseportal-rp-2007-04-pofalla-kriegsgeheul-der-spd",
    title=KG_T,
    url="https://presseportal.de/pm/30621/976308?langid=5",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Thursday edition; "
              "undated in the stored copy, which shows no story list; April 2007 by its release number, a little above the "
              "police release pm/12726/963251 on a meeting of 29 March 2007 used by an earlier set, and by its content, the "
              "SPD parliamentary group meeting again after a recess, probably after the Easter recess of 2007); the copy with "
              "the language parameter begins with the headline and shows no widget and no label: the headline with its prefix "
              "and its label 'Pofalla:' is the title, the dateline 'Düsseldorf (ots)' a line of its own, the body one line as "
              "stored (rules 3420, 3950); the lines 'Pressekontakt:' and 'Rückfragen bitte an:' with the contact block "
              "'Rheinische Post Redaktion Telefon: (0211) 505-2303' and the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KG_P1],
    # the two headline words in marks after the label `Pofalla:` are his, also `"Kriegsgeheul"` with the genitive `der SPD`,
    # which names whose conduct the word describes, not who used it: the body gives the word to Pofalla, and `"durchsichtiges
    # Manöver"` condenses his `dieses durchsichtige Manöver` (rules 26, 54, 4131); the quotations before `sagte Pofalla der
    # "Rheinischen Post"` and `kommentierte Pofalla das Verhalten von …` are his (rule 30), the paper's name null (rules 2,
    # 2771); Peter Struck, Kurt Beck, the SPD-Fraktion, the SPD-Führungsleute and the Union say nothing in marks;
    # `CDU-Generalsekretär` names the party and is no alias (rule 33)
    quotes=[("\"Kriegsgeheul\"", POFALLA),
            ("\"durchsichtiges Manöver\"", POFALLA),
            (cut(KG_P1, "\"Immer, wenn", "Kriegsgeheul an\""), POFALLA),
            ("\"Rheinischen Post\"", None),
            (cut(KG_P1, "\"Ich bin gespannt", "mitmachen\""), POFALLA)],
    aliases={POFALLA: ["Ronald Pofalla", "Pofalla"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), February 2008: Webel and Bullerjahn on Böhmer's remarks ---

BO_T = "Mitteldeutsche Zeitung: Politik/Böhmer Kritik an Erklärungsversuchen Böhmers"
BO_P1 = ("Nach seinen umstrittenen Erklärungsversuchen zu Kindstötungen im Osten geht Sachsen-Anhalts Landes-CDU auf Distanz zu "
         "Ministerpräsident Wolfgang Böhmer. Gleichzeitig erwartet der Koalitionspartner SPD von Böhmer eine deutliche "
         "Distanzierung von seinen Aussagen. \"Das sind die Aussagen des ehemaligen Gynäkologen Böhmer, das ist nicht die "
         "Meinung der CDU\", sagte deren Landesvorsitzender Thomas Webel der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Dienstagausgabe). Vize-Regierungschef und Finanzminister Jens Bullerjahn (SPD) erwartet unterdessen eine Klarstellung "
         "Böhmers auf der heutigen Kabinettssitzung: \"Wenn er seine Meinung nicht wesentlich differenzierter darstellt oder "
         "seine These zurücknimmt, belastet das auch die Arbeit der Koalition\", so Bullerjahn. Es sei zu befürchten, dass die "
         "Opposition die Äußerungen benutzen werde, um einen Keil in die Koalition zu treiben.")

add(id="ho675-presseportal-mz-2008-02-webel-bullerjahn-boehmer-erklaerungsversuche",
    title=BO_T,
    url="https://presseportal.de/pm/47409/1142495",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Tuesday edition; "
              "undated in the stored copy, which shows no story list; late February 2008 by its content, the reactions to "
              "Wolfgang Böhmer's remarks on infanticides in eastern Germany of the weekend before and the cabinet meeting 'on "
              "today's' Tuesday, probably the edition of 26 February 2008, and by its release number between those of the "
              "Rheinische Post of November 2007 (pm/30621/1080753) and May 2009 (pm/30621/1407626) used by earlier sets); the "
              "copy begins with the headline and shows no widget and no label: the headline with its prefix and the section "
              "kicker 'Politik/Böhmer' run into it as stored is the title (rules 3010, 3950), the dateline 'Halle (ots)' a line "
              "of its own, the body one line as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung "
              "Chefredaktion Tel.: 0345 565 4300' and the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt "
              "durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BO_P1],
    # the first quotation, before `sagte deren Landesvorsitzender Thomas Webel der … Mitteldeutschen Zeitung`, is Webel's: the
    # cue names the person, although the sentences before make the Landes-CDU the subject that distances itself and its
    # `deren` points to the party (rules 11, 30); the colon quotation after the narrator's `Jens Bullerjahn (SPD) erwartet
    # unterdessen eine Klarstellung …:`, closed by `so Bullerjahn`, is Bullerjahn's (rules 9, 30), its `er` taking up Böhmer,
    # the topic; the Konjunktiv sentence after it is unmarked (rule 5); Wolfgang Böhmer, the SPD as Koalitionspartner, the
    # CDU and the Opposition say nothing in marks; the role words `Landesvorsitzender`, `Vize-Regierungschef` and
    # `Finanzminister`, each naming one person in the release, are aliases (rule 44), `Ministerpräsident` names Böhmer only
    quotes=[(cut(BO_P1, "\"Das sind", "der CDU\""), WEBEL),
            (cut(BO_P1, "\"Wenn er", "der Koalition\""), BULLERJAHN)],
    aliases={WEBEL: ["Thomas Webel", "Landesvorsitzender"],
             BULLERJAHN: ["Jens Bullerjahn", "Bullerjahn", "Vize-Regierungschef", "Finanzminister"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), spring 2009: Dirk Niebel against a traffic-light coalition ---

AM_T = "Rheinische Post: Niebel dämpft Hoffnung auf Ampel-Koalition"
AM_P1 = ("Düsseldorf (ots) - FDP-Generalsekretär Dirk Niebel hat die Hoffnungen der Grünen auf eine Ampel-Koalition nach der "
         "Bundestagswahl erheblich gedämpft. \"Solange die Grünen eine ganz andere Politik wollen als die FDP, sehe ich keine "
         "realistische Möglichkiet für eine Ampelkoalition\", sagte FDP-Generalsekretär Dirk Niebel der \"Rheinischen Post\" "
         "(Samstagausgabe). Niebel fügte hinzu: \"Die Grünen sind programmatisch stehen geblieben bei ihren Wurzeln als "
         "Umerziehungspartei mit dem versteiften Drohfinger. Wie eh und je wollen sie eine andere Politik als wir Liberale.\" "
         "Die Grünen strebten nach höheren Steuern, mehr Bürokratie und Bürger-Entmündigung, meinte Niebel. Damit blieben sie "
         "das komplette Gegenmodell zur FDP.")

add(id="ho675-presseportal-rp-2009-niebel-daempft-hoffnung-auf-ampel",
    title=AM_T,
    url="http://www.presseportal.de/pm/30621/1365240",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Saturday edition before "
              "the federal election of 27 September 2009 that it names; undated in the stored copy, which shows no story "
              "list; spring 2009, probably March, by its release number, some 42,000 below the paper's release of 19 May 2009 "
              "(pm/30621/1407626) used by an earlier set); the newsroom label 'Rheinische Post' above the headline dropped "
              "(rules 2770, 3010); the headline with its prefix is the title; the dateline 'Düsseldorf (ots) -', indented in "
              "the copy, run into the paragraph as stored, the indentation dropped (rules 2770, 3590); the published "
              "'Möglichkiet' kept (rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) "
              "505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the lines "
              "'Weitere Meldungen: Rheinische Post' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[AM_P1],
    # the quotation before `sagte FDP-Generalsekretär Dirk Niebel der "Rheinischen Post"` is his (rule 30), the paper's name
    # null (rules 2, 2771); the colon quotation after `Niebel fügte hinzu:` is his (rule 9); the Konjunktiv report closed by
    # `meinte Niebel` and the sentence after it are unmarked (rule 5); the Grünen, the FDP and the Liberale say nothing;
    # `FDP-Generalsekretär` names the party and is no alias (rule 33)
    quotes=[(cut(AM_P1, "\"Solange", "Ampelkoalition\""), NIEBEL),
            ("\"Rheinischen Post\"", None),
            (cut(AM_P1, "\"Die Grünen sind", "wir Liberale.\""), NIEBEL)],
    aliases={NIEBEL: ["Dirk Niebel", "Niebel"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 30 May 2009: Pofalla on criticism from his party ---

KR_T = "Mitteldeutsche Zeitung: CDU-Generalsekretär"
KR_H2 = "Pofalla wehrt sich gegen Kritik aus der CDU"
KR_P1 = join("CDU-Generalsekretär Ronald Pofalla hat die",
             "unterschwellige Kritik aus Teilen der Partei an seiner Arbeit zurück ",
             "gewiesen. \"Als Generalsekretär steht man immer im Mittelpunkt - auch ",
             "dann, wenn es Kritik gibt\", sagte er der in Halle erscheinenden ",
             "\"Mitteldeutschen Zeitung\" (Samstag-Ausgabe). \"Dabei gilt: Wer Hitze ",
             "nicht vertragen kann, der sollte die Küche meiden. Die Bilanz wird ",
             "bei der Bundestagswahl gezogen. Unser Ziel ist eine klare bürgerliche",
             "Mehrheit. Und ich werde alles dafür tun, dass wir diese erreichen.\" ",
             "Auf die Frage, ob er zu wenig selbstkritisch sei, erwiderte Pofalla:",
             "\"Nein. Ich nehme die Kritik sehr ernst und ziehe daraus, wenn nötig, ",
             "die richtigen Konsequenzen. Aber ich bin kein Fähnlein im Wind, ",
             "sondern stehe zu meinen Überzeugungen.\" Manche in der CDU sind der ",
             "Ansicht, die Wahlkampfvorbereitung des Generalsekretärs sei zu ",
             "dürftig und er zeige zu wenig Profil.")

add(id="ho675-presseportal-mz-2009-05-pofalla-wehrt-sich-gegen-kritik",
    title=KR_T,
    url="https://www.presseportal.de/pm/amp/47409/1414708",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Saturday edition of "
              "30 May 2009, dated by the edition day and by the newsroom's time stamp '30.05.2009 – 02:00' under the headline, "
              "which is dropped (rule 3120); AMP view of the German interface without widget): the newsroom label "
              "'Mitteldeutsche Zeitung' dropped; the headline, stored over two lines, is kept so: 'Mitteldeutsche Zeitung: "
              "CDU-Generalsekretär' is the title and 'Pofalla wehrt sich gegen Kritik aus der CDU' a line of its own (rules "
              "3120, 4130); the dateline 'Halle (ots)' a line of its own; the hard-wrapped body lines joined with one space, a "
              "line-end space of the copy taken as that space, also the break after the colon cue 'erwiderte Pofalla:' (rules "
              "3050, 3950); no line short of the wrap width closes a sentence before the last, so the body is one paragraph; "
              "the published 'zurück gewiesen' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Jörg "
              "Biallas Telefon: 0345 565 4300', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell', the line 'Orte in dieser Meldung' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its "
              "teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[KR_H2, "Halle (ots)", KR_P1],
    # the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Pofalla's, the `er` taking up the subject of the
    # sentence before (rule 30), the paper's name null (rules 2, 2771); the cue-less quotation right after the cue sentence
    # continues him (NOTES.md continuation), its `wir` speaking for the Union; the colon quotation after `Auf die Frage, ob er
    # zu wenig selbstkritisch sei, erwiderte Pofalla:` is his answer (rule 9); `Manche in der CDU` give an unmarked
    # Konjunktiv view (rule 5); the generic `Als Generalsekretär` inside his words and the genitive `des Generalsekretärs`
    # are no aliases, `CDU-Generalsekretär` names the party (rules 7, 33)
    quotes=[(cut(KR_P1, "\"Als Generalsekretär", "Kritik gibt\""), POFALLA),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(KR_P1, "\"Dabei gilt", "diese erreichen.\""), POFALLA),
            (cut(KR_P1, "\"Nein.", "Überzeugungen.\""), POFALLA)],
    aliases={POFALLA: ["Ronald Pofalla", "Pofalla"]})

# --- Leipziger Volkszeitung (ots, reposted by pressekat.de), 7 May 2012: Dirk Niebel before the NRW election ---

RV_T = ("LVZ: Niebel sieht im CDU-NRW-Spitzenkandidaten Röttgen die beste Rückversicherung für einen weiteren "
        "FDP-Wahlerfolg am nächsten Sonntag")
RV_P1 = join("(ots) - Das FDP-Präsidiumsmitglied,",
             "Bundesentwicklungsminister Dirk Niebel, sieht im",
             "CDU-Spitzenkandidaten von Nordrhein-Westfalen die beste",
             "Rückversicherung für einen weiteren FDP-Wahlerfolg. In einem Gespräch",
             "mit der \"Leipziger Volkszeitung\" (Montag-Ausgabe) sagte Niebel: \"Wir",
             "sind ein klares Angebot für Unions-Wähler, für die der ungeeignete",
             "Spitzenkandidat Norbert Röttgen kein interessantes Angebot ist.\"",
             "Jetzt wüssten die Wähler wieder, man könne mit der FDP im Parlament",
             "für die Freiheit etwas bewirken. Die FDP trete für Toleranz und",
             "Freiheit ein. \"Das spiegelt der CDU-Kandidat nicht wieder. Wir sind",
             "die Anlaufadresse für die, die aus Frust über die Union vielleicht zu",
             "Hause bleiben wollen\", meinte Niebel. Der Wahlerfolg der Liberalen in",
             "Schleswig-Holstein könne \"der Anfang einer Trendwende für die FDP",
             "sein, die wir in Nordrhein-Westfalen fortsetzen müssen\". Man habe ja",
             "eigentlich \"Schlimmeres erwartet\". Zur neu aufgeflammten",
             "Personaldiskussion in den eigenen Reihen meinte Niebel lediglich:",
             "\"Wenn eine Partei sich auf Erfolgskurs befindet, sollte sie sich",
             "nicht von Außen eine Personaldiskussion ans Bein binden lassen. Wir",
             "sind ein vertragstreuer Koalitionspartner und wir machen als Partei",
             "deutlich, was wir darüber hinaus wollen.\" Das Letztere \"werden wir in",
             "Zukunft deutlicher machen\", betonte Niebel.")

add(id="ho675-pressekat-lvz-2012-05-niebel-roettgen-rueckversicherung",
    title=RV_T,
    url="https://www.pressekat.de/pressinfo632049-lvz-niebel-sieht-im-cdu-nrw-spitzenkandidaten-r-ttgen-die-beste-r-"
        "ckversicherung-f-r-einen-weiteren-fdp-wahlerfolg-am-n-chsten-sonntag.html",
    retrieved="same address (release of the Leipziger Volkszeitung sent over ots for the Monday edition after the "
              "Schleswig-Holstein Landtag election of 6 May 2012, reposted by the press-release portal pressekat.de with the "
              "lines 'Bereitgestellt von Benutzer: ots' and 'Datum: 07.05.2012 - 07:00 Uhr'; the sender is named in the "
              "headline prefix 'LVZ:', in the body and in the contact block 'Pressekontakt: Leipziger Volkszeitung Büro Berlin "
              "Telefon: 030/233 244 0'); the stored copy begins with the headline, which is the title; the body, which the "
              "copy opens with the wire's '(ots) -' without the place, is hard-wrapped without line-end spaces and without "
              "empty lines: its lines are joined with one space and stay one paragraph, no line short of the wrap width "
              "closing a sentence before the last (rules 3590, 4130); the published 'nicht wieder' (for 'wider') and 'von "
              "Außen' kept (rule 20); the contact block and the portal's lines under it ('Themen in dieser Pressemitteilung:', "
              "'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von Benutzer: ots', the date, language, 'News-ID "
              "632049', character count and contact lines, the view counter and the repeated title) dropped; complete as "
              "stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[RV_P1],
    # the paper's name in marks is null (rules 2, 2771); the colon quotation after `In einem Gespräch mit der "Leipziger
    # Volkszeitung" (Montag-Ausgabe) sagte Niebel:` is his (rule 9); the unmarked Konjunktiv report after it (rule 5) goes on
    # with his view, and the quotation before `meinte Niebel` is his (rule 30); the partial quotations in the Konjunktiv
    # sentences `Der Wahlerfolg der Liberalen … könne "…"` and `Man habe ja eigentlich "…"` go on reporting him (rules 3, 25,
    # 4132); the colon quotation after `meinte Niebel lediglich:` and the partial quotation before `betonte Niebel` are his
    # (rules 3, 9, 30); Norbert Röttgen, named inside Niebel's words, the Union, the FDP and the Wähler say nothing;
    # `Bundesentwicklungsminister`, which names only him, is an alias (rule 44), `FDP-Präsidiumsmitglied` names the party and
    # is not (rule 33)
    quotes=[("\"Leipziger Volkszeitung\"", None),
            (cut(RV_P1, "\"Wir sind ein klares", "Angebot ist.\""), NIEBEL),
            (cut(RV_P1, "\"Das spiegelt", "bleiben wollen\""), NIEBEL),
            (cut(RV_P1, "\"der Anfang", "fortsetzen müssen\""), NIEBEL),
            ("\"Schlimmeres erwartet\"", NIEBEL),
            (cut(RV_P1, "\"Wenn eine Partei", "hinaus wollen.\""), NIEBEL),
            ("\"werden wir in Zukunft deutlicher machen\"", NIEBEL)],
    aliases={NIEBEL: ["Dirk Niebel", "Niebel", "Bundesentwicklungsminister"]})

# --- Neue Westfälische (ots, shown by finanznachrichten.de), May 2017: Armin Laschet on Christian Lindner ---

LL_P1 = ("Bielefeld (ots) - Der Spitzenkandidat der NRW-CDU, Armin Laschet, wirft FDP-Landeschef Christian Lindner vor, "
         "Nordrhein-Westfalen nur als politische Durchgangsstation zu benutzen. Deshalb habe Lindner auch ein so genanntes "
         "Schattenkabinett berufen. \"Christian Lindner braucht das vielleicht, weil er in ein paar Wochen selbst weg aus NRW "
         "ist\", sagte Laschet der in Bielefeld erscheinenden Neuen Westfälischen (Samstagausgabe). \"Bei uns ist das anders. "
         "Ich ernenne vor der Wahl keine Minister, sondern die Köpfe, mit denen wir nach der Wahl für mehr Sicherheit, mehr "
         "Arbeitsplätze, bessere Bildung sorgen wollen\", so Laschet.")

add(id="ho675-ots-nw-2017-05-laschet-lindner-durchgangsstation",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-05/40636573-neue-westfaelische-bielefeld-nrw-cdu-chef-laschet-"
        "kritisiert-fdp-landeschef-lindner-007.htm",
    retrieved="same address (release of the Neue Westfälische (Bielefeld) 'NRW-CDU-Chef Laschet kritisiert FDP-Landeschef "
              "Lindner' (headline by the address only) for a Saturday edition of May 2017 before the North Rhine-Westphalian "
              "Landtag election of 14 May 2017, sent over ots ('Bielefeld (ots) -') and shown unchanged by "
              "finanznachrichten.de; the crawl date prefix ' date 2017-05' dropped (rule 63); no headline in the copy, the "
              "paragraph with its dateline is the first line (rules 32, 2770); the empty lines after the paragraph are the end "
              "of the stored copy; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[LL_P1],
    # the quotation before `sagte Laschet der … Neuen Westfälischen`, the paper named without marks, and the one before `so
    # Laschet` are his (rules 12, 30); the Konjunktiv sentence on Lindner's Schattenkabinett is unmarked (rule 5); Christian
    # Lindner, named inside Laschet's first quotation, says nothing; `Der Spitzenkandidat der NRW-CDU` names the party and is
    # no alias (rule 33)
    quotes=[(cut(LL_P1, "\"Christian Lindner", "aus NRW ist\""), LASCHET),
            (cut(LL_P1, "\"Bei uns", "sorgen wollen\""), LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Laschet"]})

# --- Schweriner Volkszeitung (presseportal.de, newsroom 65397), February 2018: Manuela Schwesig on an East German minister ---

OM_P1 = ("Schwerin (ots) - Schwerin/Berlin - Trotz der Ankündigung aus CDU-Kreisen, dass Bundeskanzlerin Angela Merkel (CDU) "
         "bei einer Neuauflage der großen Koalition wieder einen Ostbeauftragten einsetzen will, fordert die stellvertretende "
         "Parteivorsitzende der SPD, Manuela Schwesig, weiter einen ostdeutschen Minister in einem neuen Kabinett Merkel. \"Wir "
         "brauchen mindestens eine oder einen Minister am Kabinettstisch, der oder die Erfahrung aus dem Osten mitbringt\", "
         "sagte die Ministerpräsidentin von Mecklenburg-Vorpommern der \"Schweriner Volkszeitung\" (Dienstagausgabe). Außerdem "
         "brauche man weiterhin einen Ostbeauftragten. Manuela Schwesig: \"Es gibt immer noch wirtschaftliche Unterschiede, die "
         "wir nicht vernachlässigen dürfen. Es ist ein Irrtum, dass das 27 Jahre nach dem Mauerfall keine Rolle mehr spielt. "
         "Ostdeutsche wollen sich vertreten sehen.\"")

add(id="ho675-presseportal-svz-2018-02-schwesig-ostdeutscher-minister",
    title=None,
    url="https://www.presseportal.de/pm/65397/3877555",
    retrieved="same address (release of the Schweriner Volkszeitung, Schwerin, sent over news aktuell for a Tuesday edition "
              "during the coalition negotiations of CDU, CSU and SPD after the federal election of 2017; undated in the stored "
              "copy; February 2018 by its release number, a few hundred above the customs release pm/50366/3877295 of "
              "February 2018 used by an earlier set, probably the edition of 6 February 2018, the day before the coalition "
              "agreement was concluded); the stored copy begins with the paragraph and shows no headline, no widget and no "
              "label, so the document has no title and the paragraph is its first line (rules 32, 2770); the wire's dateline "
              "'Schwerin (ots) -' and the paper's own place line 'Schwerin/Berlin -' after it run into the paragraph as "
              "published (rules 20, 4130); the empty lines after the paragraph are the end of the stored copy; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=[OM_P1],
    # the quotation before `sagte die Ministerpräsidentin von Mecklenburg-Vorpommern der "Schweriner Volkszeitung"` is
    # Schwesig's, the role phrase taking up the subject of the sentence before (rule 30), the paper's name null (rules 2,
    # 2771); the Konjunktiv sentence `Außerdem brauche man …` is unmarked (rule 5); the colon quotation after the verbless
    # label `Manuela Schwesig:` is hers (rules 9, 54); Angela Merkel, the CDU-Kreise and the große Koalition say nothing;
    # `stellvertretende Parteivorsitzende der SPD` and `Ministerpräsidentin von Mecklenburg-Vorpommern` name the party and the
    # Land and are no aliases (rule 33)
    quotes=[(cut(OM_P1, "\"Wir brauchen", "Osten mitbringt\""), SCHWESIG),
            ("\"Schweriner Volkszeitung\"", None),
            (cut(OM_P1, "\"Es gibt", "vertreten sehen.\""), SCHWESIG)],
    aliases={SCHWESIG: ["Manuela Schwesig"]})
