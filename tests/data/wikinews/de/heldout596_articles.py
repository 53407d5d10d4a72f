# Five-hundred-and-ninety-sixth held-out German real-news set (tests/data/heldout596-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3540-3543). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-ninety-sixth held-out set": nine releases of German regional newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what people told the paper: six of the
# Mitteldeutsche Zeitung, Halle, shown in its newsroom on presseportal.de (licence OTS_MEDIEN: the US ambassador John B.
# Emerson on Saxony-Anhalt, October 2014; Claudia Dalbert on her predecessor, July 2016; Marco Tullner against his critics,
# August 2017; Armin Willingmann's delegation in Boston with Robert Farle and Andreas Höppner, June 2018; Claudia Dalbert's
# balance of thirty years of unity, September 2020; Eva von Angern and Katja Pähle on Petra Grimm-Benne's lawyer's fee, July
# 2021), one of the Ostsee-Zeitung, Rostock, in its newsroom (OTS_MEDIEN: Harry Glawe on coalitions in
# Mecklenburg-Vorpommern, July 2014), and two shown unchanged with their ots datelines by the finance portal
# finanznachrichten.de (licence OTS_MEDIEN_REPOST): one of the Westfalenpost, Hagen (Willi Henke on Fritz Steinhoff's letters,
# December 2022), one of the Mitteldeutsche Zeitung (Petra Grimm-Benne on not standing again for the Landtag, September 2024).
# Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them; the newsroom, portal and
# wire furniture is dropped and the run-together paragraphs of one portal copy are divided (rules 2691, 2770, 3010, 3120,
# 3540); each retrieval note names what was dropped.
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


GLAWE = "Harry Glawe"
EMERSON = "John B. Emerson"
DALBERT = "Claudia Dalbert"
TULLNER = "Marco Tullner"
WILLINGMANN = "Armin Willingmann"
FARLE = "Robert Farle"
HOEPPNER = "Andreas Höppner"
ANGERN = "Eva von Angern"
PAEHLE = "Katja Pähle"
HENKE = "Willi Henke"
GRIMM_BENNE = "Petra Grimm-Benne"

# --- Ostsee-Zeitung (presseportal.de, newsroom 65393), July 2014: Harry Glawe on coalitions in Mecklenburg-Vorpommern ---

GL_T = "Ostsee-Zeitung: Glawe zu künftigen Koalitionen in MV"
GL_P1 = ("Rostock Der Schweriner Wirtschaftsminister Harry Glawe (CDU) hält die Große Koalition in Mecklenburg-Vorpommern für "
         "ein Erfolgsmodell mit Zukunft. \"Ich würde gern auch über 2016 hinaus die Koalition mit der SPD fortsetzen\", sagte "
         "Glawe der in Rostock erscheinenden OSTSEE-ZEITUNG (Samstagsausgabe). Ein schwarz-dunkelrotes Bündnis schließt der "
         "CDU-Politiker dagegen aus. \"Mit den Linken können wir Christdemokraten gar nicht.\" Glawe betonte, die CDU müsse sich "
         "dennoch für andere Koalitionen öffnen. Er brachte indirekt Schwarz-Grün ins Spiel. \"Ich muss zugeben, dass ich "
         "persönlich mit Jürgen Suhr, dem Fraktionschef der Bündnisgrünen, ein gutes Verhältnis pflege\", erklärte der "
         "Minister.")

add(id="ho596-presseportal-oz-2014-07-glawe-koalitionen-mv",
    title=GL_T,
    url="https://presseportal.de/pm/65393/2792960?langid=5",
    retrieved="same address (release of the Ostsee-Zeitung, Rostock, sent over news aktuell for a Saturday edition, late July "
              "2014: undated in the stored copy, after the newsroom's story of '25.07.2014 – 15:04' listed in it as the latest "
              "older story, so most likely for the edition of 26 July 2014; the copy with the language parameter shows the "
              "German interface); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Ostsee-Zeitung mehr verpassen.' "
              "and the newsroom label 'Ostsee-Zeitung' dropped (rules 2770, 3010, 3420); the headline with its prefix "
              "'Ostsee-Zeitung:' is the title, the dateline 'Rostock (ots)' a line of its own, the body one line as stored, "
              "its place mark 'Rostock' without a full stop run into the first sentence as published (rules 20, 3010); the "
              "contact block 'Pressekontakt: Ostsee-Zeitung Jan-Peter Schröder Telefon: +49 (0381) 365-439 …', the line "
              "'Original-Content von: Ostsee-Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Ostsee-Zeitung' with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Rostock (ots)", GL_P1],
    # the quotation before `sagte Glawe der … OSTSEE-ZEITUNG` is his (rule 30), the paper, named in capitals without marks,
    # the addressee (rule 12); the cue-less quotation after the narrator's `Ein schwarz-dunkelrotes Bündnis schließt der
    # CDU-Politiker dagegen aus.` continues him (NOTES.md continuation), its `wir Christdemokraten` speaking for his party; the
    # last quotation, before `erklärte der Minister`, is his too, `der Minister` taking up `Glawe betonte` and `Er brachte`
    # (rules 8, 30), and Jürgen Suhr, named inside it with his office, says nothing; `Wirtschaftsminister` and `Minister`
    # name only him in the release and are aliases (rule 44), `CDU-Politiker` names the party and is not (rule 33); the SPD,
    # the Linke and the Bündnisgrüne say nothing
    quotes=[(cut(GL_P1, "\"Ich würde", "fortsetzen\""), GLAWE),
            ("\"Mit den Linken können wir Christdemokraten gar nicht.\"", GLAWE),
            (cut(GL_P1, "\"Ich muss", "pflege\""), GLAWE)],
    aliases={GLAWE: ["Harry Glawe", "Glawe", "Wirtschaftsminister", "Minister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 13 October 2014: John B. Emerson on Saxony-Anhalt ---

EM_T = ("Mitteldeutsche Zeitung: US-Botschafter Emerson sieht in Sachsen-Anhalt großes Potenzial in Tourismus und "
        "Wirtschaft")
EM_P1 = ("Sachsen-Anhalt hat nach Ansicht von US-Botschafter John B. Emerson großes touristisches und wirtschaftliches "
         "Potenzial. Das sagte er in einem Interview mit der in Halle erscheinenden Mitteldeutschen Zeitung (Montagausgabe). "
         "\"Sie haben großartige Bildungs- und Kultureinrichtungen hier. Bald steht das Luther-Jubiläum an. Es gibt viele "
         "Dinge, mit denen Sie Sachsen-Anhalt auf die Touristenkarten hieven können\", sagte der Top-Diplomat. Überzeugen "
         "konnte sich der 60-Jährige mit seiner Familie schon selbst von der Attraktivität Sachsen-Anhalts: Das erste "
         "Familienwochenende in Deutschland verbrachte Emerson in Quedlinburg (Harzkreis). \"Eine sehr schöne Stadt\", so der "
         "US-Botschafter weiter. Zudem will er in Amerika auch für die Region als Wirtschaftsstandort werben. \"Hier gibt es "
         "gut ausgebildete Fachkräfte, niedrige Lebenshaltungskosten und eine Landesregierung, die Unternehmen erholen will\", "
         "erklärte Emerson, der früher unter anderem Spenden für die Wiederwahl von US-Präsident Obama einsammelte.")

add(id="ho596-presseportal-mz-2014-10-emerson-potenzial-sachsen-anhalt",
    title=EM_T,
    url="https://presseportal.de/pm/47409/2852709",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Monday edition of "
              "13 October 2014, dated by the edition day and the newsroom's story of '12.10.2014 – 18:15' listed in the stored "
              "copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and "
              "the newsroom label 'Mitteldeutsche Zeitung' dropped (rules 2770, 3010, 3420); the headline with its prefix "
              "'Mitteldeutsche Zeitung:' is the title, the dateline 'Halle (ots)' a line of its own, the body one line as "
              "stored; the published 'eine Landesregierung, die Unternehmen erholen will' kept (rule 20); the contact block "
              "'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content "
              "von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche "
              "Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", EM_P1],
    # the headline and the lead are unmarked reports (rule 5); the quotation before `sagte der Top-Diplomat` is his, the role
    # noun taking up `er` of `Das sagte er in einem Interview` (rules 8, 30); the short quotation before `so der US-Botschafter
    # weiter` and the last before `erklärte Emerson, der früher …` are his (rule 30), Obama, named in the relative clause
    # after the cue, saying nothing; `Top-Diplomat` and `60-Jährige` name only him and are aliases (rule 44), `US-Botschafter`
    # names the state and is not (rule 33); the paper, named without marks, is the addressee (rule 12)
    quotes=[(cut(EM_P1, "\"Sie haben", "hieven können\""), EMERSON),
            ("\"Eine sehr schöne Stadt\"", EMERSON),
            (cut(EM_P1, "\"Hier gibt", "erholen will\""), EMERSON)],
    aliases={EMERSON: ["John B. Emerson", "Emerson", "Top-Diplomat", "60-Jährige"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 5 July 2016: Claudia Dalbert on her predecessor ---

DA_T = "Mitteldeutsche Zeitung: Landesregierung Umweltministerin kritisiert Vorgänger für Versäumnisse im Umweltschutz"
DA_P1 = ("Sachsen-Anhalts Umweltministerin Claudia Dalbert (Bündnis 90/Grüne) hat ihren Amtsvorgänger für Versäumnisse im "
         "Umweltschutz kritisiert. \"Der Naturschutz wurde in den vergangenen Jahren nicht an erste Stelle gestellt\", sagte "
         "Dalbert. Mit dem Fokus auf Landwirtschaft, den ihr Vorgänger Hermann Onko Aeikens (CDU) gefahren habe, seien "
         "Versäumnisse im Gewässerschutz entstanden, sagte Dalbert der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Dienstag-Ausgabe). \"Nur fünf Prozent unserer Oberflächengewässer haben eine sehr gute Qualität. In den Schubladen "
         "der Behörden liegen 40 gute Pläne, mit denen man an verschiedenen Stellen im Land an die Gewässerqualität rangehen "
         "kann\", sagte die Ministerin. \"Die liegen dort schon seit Jahren.\" Auch in der Ausweisung der FFH-Gebiete, "
         "spezieller Schutzgebiete für bestimmte Flora- und Faunaarten, sei das Land gegenüber der EU zehn Jahre im Verzug.")

add(id="ho596-presseportal-mz-2016-07-dalbert-vorgaenger-umweltschutz",
    title=DA_T,
    url="https://presseportal.de/pm/47409/3369913",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Tuesday edition of "
              "5 July 2016, dated by the edition day and the newsroom's story of '04.07.2016 – 19:10' listed in the stored "
              "copy; a copy on pressekat.de, not used, gives '05.07.2016 - 02:00 Uhr'); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, "
              "3010, 3420); the headline with its prefix and its section kicker 'Landesregierung' run into it as stored is the "
              "title, the dateline 'Halle (ots)' a line of its own, the body one line as stored; the contact block "
              "'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content "
              "von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche "
              "Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", DA_P1],
    # the quotation before `sagte Dalbert.` is hers (rule 30); the Konjunktiv sentence on her predecessor closed by `sagte
    # Dalbert der … Mitteldeutschen Zeitung` is unmarked (rule 5); the quotation before `sagte die Ministerin` and the
    # cue-less one after it are hers (rules 30, 44; NOTES.md continuation), the `unserer` of the first speaking for the Land;
    # her predecessor Hermann Onko Aeikens, the Behörden and the EU say nothing; `Umweltministerin` (headline and lead) and
    # `Ministerin` name only her and are aliases (rule 44)
    quotes=[(cut(DA_P1, "\"Der Naturschutz", "gestellt\""), DALBERT),
            (cut(DA_P1, "\"Nur fünf", "rangehen kann\""), DALBERT),
            ("\"Die liegen dort schon seit Jahren.\"", DALBERT)],
    aliases={DALBERT: ["Claudia Dalbert", "Dalbert", "Umweltministerin", "Ministerin"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 3 August 2017: Marco Tullner against his critics ---

TU_T = "Mitteldeutsche Zeitung: Sachsen-Anhalt/Politik Tullner gegen Kritiker: SPD verunsichert Lehrer und Eltern"
TU_P1 = ("Sachsen-Anhalts Bildungsminister Marco Tullner (CDU) hat Kritik an seiner Schulpolitik zurückgewiesen und "
         "seinerseits den Koalitionspartner SPD attackiert. Tullner beharrt darauf, dass sich die Situation in den von "
         "Lehrermangel geplanten Schulen bessert. \"In den ganz problematischen Schulen steuern wir jetzt aktuell nach, ordnen "
         "Lehrer ab. Vor allem in den Grundschulen schauen wir uns die Einzelfälle an. Gerade hier sehen wir, dass unsere "
         "Anstrengungen etwas gebracht haben. Da sind wir im neuen Schuljahr besser vorbereitet\", sagte der Minister im "
         "Interview mit der in Halle erscheinenden Mitteldeutschen Zeitung (Donnerstagausgabe). Tullner wehrt sich auch gegen "
         "seine innerkoalitionären Kritiker. \"Viele wollen jetzt aus ihrer Kritik politischen Nektar saugen und verunsichern "
         "dadurch Lehrkräfte und Eltern. Ich meine SPD-Landeschef Burkhard Lischka und andere\", sagte Tullner dem Blatt. Er "
         "wirft den Sozialdemokraten vor, sich in der vorigen Regierungszeit nicht genug für Bildung eingesetzt zu haben und "
         "aktuell aus wahltaktischen Gründen zu agieren: \"Wenn die sich vorher für Schule interessiert hätten, hätten wir "
         "manche Probleme nicht. Ich kann nachvollziehen, dass man jeden Strohhalm nutzt, wenn die Wahlprognosen nicht so gut "
         "sind.\"")

add(id="ho596-presseportal-mz-2017-08-tullner-kritiker-spd",
    title=TU_T,
    url="https://presseportal.de/pm/47409/3700070",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Thursday edition "
              "of 3 August 2017, dated by the edition day and the newsroom's story of '02.08.2017 – 19:03' listed in the "
              "stored copy; a copy on pressekat.de, not used, gives '03.08.2017 - 02:00 Uhr'); the widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped "
              "(rules 2770, 3010, 3420); the headline with its prefix and its section kicker 'Sachsen-Anhalt/Politik' run into "
              "it as stored is the title, the dateline 'Halle (ots)' a line of its own, the body one line as stored; the "
              "published 'in den von Lehrermangel geplanten Schulen' kept (rule 20); the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Mitteldeutsche Zeitung' with its teaser dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", TU_P1],
    # the headline label `Tullner gegen Kritiker:` stands before unmarked words (rule 5); the quotation before `sagte der
    # Minister im Interview mit …` is his, the role noun taking up the subject of the sentences before (rules 8, 30), the
    # paper named without marks the addressee (rule 12); the quotation before `sagte Tullner dem Blatt` is his, Burkhard
    # Lischka, named inside it, saying nothing; the colon quotation after `Er wirft den Sozialdemokraten vor, … zu agieren:`
    # is his, `Er` the subject of the sentence before (rules 8, 9); `Bildungsminister` and `Minister` name only him and are
    # aliases (rule 44); the SPD, its Landeschef and the Sozialdemokraten say nothing
    quotes=[(cut(TU_P1, "\"In den ganz", "vorbereitet\""), TULLNER),
            (cut(TU_P1, "\"Viele wollen", "und andere\""), TULLNER),
            (cut(TU_P1, "\"Wenn die sich", "so gut sind.\""), TULLNER)],
    aliases={TULLNER: ["Marco Tullner", "Tullner", "Bildungsminister", "Minister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 6 June 2018: the delegation's failure in Boston ---

US_T = ("Mitteldeutsche Zeitung: Sachsen-Anhalt/Wirtschaft Pleite für Delegation auf US-Tour - Investoren machen Bogen um "
        "das Land")
US_P1 = ("Auf ihrer US-Tour hat Sachsen-Anhalts Wirtschaftsdelegation unter Minister Armin Willingmann (SPD) eine erste "
         "Pleite erlebt: Ein Vortrag am berühmten MIT in Boston für amerikanische Unternehmer und potenzielle Investoren blieb "
         "ohne jedes Interesse aus den USA. Trotz zwei Dutzend Anmeldungen, so die Investitions- und Marketinggesellschaft "
         "Sachsen-Anhalt, kamen keine Gäste. Willingmann zeigte sich enttäuscht und sagte der in Halle erscheinenden "
         "Mitteldeutschen Zeitung (Mittwochausgabe): \"Das sollte uns aber nicht entmutigen.\" Die Opposition in "
         "Sachsen-Anhalt kritisierte die Episode am Dienstag. \"Diese Reisen sind nicht billig zu haben\", sagte "
         "AfD-Wirtschaftspolitiker Robert Farle dem Blatt. \"Wenn dabei nichts herauskommt, sind die Reisen in meinen Augen "
         "schwer zu rechtfertigen.\" Der Linken-Abgeordnete Andreas Höppner sagte, \"wenn dort Amerikaner zusagen und nicht "
         "erscheinen, beschreibt das die aktuellen Beziehungen zwischen den zwei Staaten gerade sehr gut\".")

add(id="ho596-presseportal-mz-2018-06-willingmann-us-tour-boston",
    title=US_T,
    url="https://presseportal.de/pm/47409/3962541",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Wednesday edition "
              "of 6 June 2018, dated by the edition day and the newsroom's story of '05.06.2018 – 19:07' listed in the stored "
              "copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and "
              "the newsroom label dropped (rules 2770, 3010, 3420); the headline with its prefix and its section kicker "
              "'Sachsen-Anhalt/Wirtschaft' run into it as stored is the title, the dateline 'Halle (ots)' a line of its own, "
              "the body one line as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the line 'Original-Content von: Mitteldeutsche Zeitung, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored; copies on aktiencheck.de, which runs words together, and extremnews.com, an "
              "aggregator copy without the ots dateline, not used)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", US_P1],
    # the colon quotation after `Willingmann zeigte sich enttäuscht und sagte der … Mitteldeutschen Zeitung (Mittwochausgabe):`
    # is his (rule 9), the paper named without marks the addressee (rule 12); the quotation before `sagte
    # AfD-Wirtschaftspolitiker Robert Farle dem Blatt` is Farle's, not the Opposition's of the sentence before (rules 30,
    # 3234), and the cue-less quotation after it continues him although the next sentence names another member of the
    # opposition (NOTES.md continuation; rule 3543); the lower-case quotation opened after `Der Linken-Abgeordnete Andreas
    # Höppner sagte,` is Höppner's (rule 3543); the unmarked `so die Investitions- und Marketinggesellschaft Sachsen-Anhalt`
    # is no quotation (rule 5); `Minister` names only Willingmann and is an alias (rule 44), `AfD-Wirtschaftspolitiker` and
    # `Linken-Abgeordnete` name the parties and are not (rule 33); the MIT, the investors and the Opposition say nothing
    quotes=[("\"Das sollte uns aber nicht entmutigen.\"", WILLINGMANN),
            ("\"Diese Reisen sind nicht billig zu haben\"", FARLE),
            (cut(US_P1, "\"Wenn dabei", "rechtfertigen.\""), FARLE),
            (cut(US_P1, "\"wenn dort", "sehr gut\""), HOEPPNER)],
    aliases={WILLINGMANN: ["Armin Willingmann", "Willingmann", "Minister"],
             FARLE: ["Robert Farle"],
             HOEPPNER: ["Andreas Höppner"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 26 September 2020: Claudia Dalbert's balance of unity ---

EB_T = "Sachsen-Anhalt/Politik Umweltministerin zieht positive Einheits-Bilanz: \"Wir haben gute Luft\""
EB_P1 = ("Die sachsen-anhaltische Umwelt- und Agrarministerin Claudia Dalbert (Grüne) zieht zum 30. Jahrestag der "
         "Wiedervereinigung eine positive Bilanz. \"Die Bilanz sieht sehr, sehr gut aus. Wir haben im Vergleich heute saubere "
         "Gewässer, das kann man etwa am Sauerstoffgehalt messen. Das kann man auch an den Tieren sehen. Das Wappentier der "
         "Stadt Wernigerode, die Bachforelle, war nahezu ausgestorben. Heute geht es der Bachforelle wieder gut\", sagte sie "
         "der in Halle erscheinenden Mitteldeutschen Zeitung (Samstagausgabe). Die Bilanz sei bei der Luftreinheit insgesamt "
         "ähnlich. \"Bei Feinstaub, Schwefeldioxid oder auch Stickstoffdioxid: Wir halten überall die Grenzwerte ein. Da gab "
         "es schon von 1991 bis zur Jahrtausendwende massive Verbesserungen. Wir haben gute Luft\", sagte Dalbert dem Blatt. "
         "Auch der Hochwasserschutz sei \"eine Erfolgsgeschichte\". Heute müssten nur noch vier Prozent der Deiche DIN-gerecht "
         "saniert werden.")

add(id="ho596-presseportal-mz-2020-09-dalbert-einheits-bilanz",
    title=EB_T,
    url="https://presseportal.de/pm/47409/4717755",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Saturday edition "
              "of 26 September 2020, dated by the edition day and the newsroom's stories of '26.09.2020 – 02:00' listed in "
              "the stored copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr "
              "verpassen.' and the newsroom label dropped (rules 2770, 3010, 3420); the headline, which in this layout has no "
              "prefix 'Mitteldeutsche Zeitung:' and begins with its section kicker 'Sachsen-Anhalt/Politik' run into it as "
              "stored, is the title (rule 3540), the dateline 'Halle (ots)' a line of its own, the body one line as stored; "
              "the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200 "
              "hartmut.augustin@mz-web.de', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", EB_P1],
    # the headline's marked words after `Umweltministerin zieht positive Einheits-Bilanz:` are the last sentence of her
    # second body quotation and are hers (rules 26, 54, 107; rule 3541); the quotation before `sagte sie der …` is hers, `sie`
    # the subject of the lead (rule 8), and so is the one before `sagte Dalbert dem Blatt` (rule 30); the partial quotation in
    # the Konjunktiv sentence `Auch der Hochwasserschutz sei "eine Erfolgsgeschichte".` continues her report (rules 3, 25,
    # 908); the paper, named without marks, is the addressee (rule 12); `Umweltministerin` names only her and is an alias
    # (rule 44); the Stadt Wernigerode says nothing
    quotes=[("\"Wir haben gute Luft\"", DALBERT),
            (cut(EB_P1, "\"Die Bilanz", "wieder gut\""), DALBERT),
            (cut(EB_P1, "\"Bei Feinstaub", "gute Luft\""), DALBERT),
            ("\"eine Erfolgsgeschichte\"", DALBERT)],
    aliases={DALBERT: ["Claudia Dalbert", "Dalbert", "Umweltministerin"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 23 July 2021: the Linke's ultimatum to Grimm-Benne ---

LU_T = "Politik/Sachsen-Anhalt/Sozialministerium"
LU_H = "Linke stellt Ministerin Grimm-Benne Ultimatum"
LU_P1 = ("Die Linksfraktion im Landtag von Sachsen-Anhalt fordert von Sozialministerin Petra Grimm-Benne (SPD) öffentlich "
         "Auskunft über die Höhe eines umstrittenen Anwaltshonorars. Das berichtet die in Halle erscheinende Mitteldeutsche "
         "Zeitung (Freitagsausgabe). \"Wenn Frau Grimm-Benne das Honorar weiterhin verschweigt, werden wir am Montag eine "
         "Landtagsanfrage stellen\", sagte Fraktionschefin Eva von Angern der MZ. Grimm-Benne hatte im vergangenen Jahr wegen "
         "einer Falschaussage über den Krankenhausbetreiber Ameos eine juristische Niederlage erlitten, die Kosten trägt der "
         "Steuerzahler. Grimm-Benne will öffentlich nicht sagen, wie hoch das Honorar des vom Ministerium beauftragten Anwalts "
         "war.")
LU_P2 = ("Für Landtagsabgeordnete ist die Honorarsumme in der Geheimschutzstelle des Landtags einsehbar. Nach MZ-Informationen "
         "soll es um einen niedrigen fünfstelligen Betrag gehen. SPD-Fraktionschefin Katja Pähle sagte, mit diesem Verfahren "
         "habe die Ministerin dem Auskunftsrecht des Parlaments \"vollumfänglich Rechnung getragen\". Pähle machte für das "
         "Hochkochen der Vorwürfe Ameos verantwortlich. Der Klinikbetreiber wolle damit vom Umgang mit dem eigenen Personal "
         "ablenken, sagte sie.")

add(id="ho596-presseportal-mz-2021-07-linke-ultimatum-grimm-benne",
    title=LU_T,
    url="https://presseportal.de/pm/47409/4975965",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition of "
              "23 July 2021, dated by the edition day and the newsroom's story of '22.07.2021 – 18:40' listed in the stored "
              "copy); a second stored copy of the address with 'www.', crawl date prefix ' date 2021-07', no widget and the body "
              "as one paragraph, not used (rule 2770: the copy used decides); the widget lines 'Alle Storys', 'Folgen', 'Keine "
              "Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010, 3420); the "
              "headline, without the paper's prefix in this layout, is stored over two lines, the section kicker "
              "'Politik/Sachsen-Anhalt/Sozialministerium' on the first, which is the title, and the headline proper on the "
              "second, a line of its own (rules 3120, 3540); the dateline in the paper's later form 'Halle/MZ (ots)' a line of "
              "its own; the two body paragraphs as stored; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200 hartmut.augustin@mz-web.de', the line 'Original-Content von: Mitteldeutsche "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[LU_H, "Halle/MZ (ots)", LU_P1, LU_P2],
    # the headline says that the Linke sets the ultimatum and the lead that the Linksfraktion demands, but the quotation
    # before `sagte Fraktionschefin Eva von Angern der MZ` is hers, its `wir` speaking for the group (rule 3542; rules 11,
    # 30, 3234), and Petra Grimm-Benne, named inside it as `Frau Grimm-Benne`, is spoken of; the partial quotation in the
    # Konjunktiv report after `SPD-Fraktionschefin Katja Pähle sagte,` is Pähle's verdict on the minister's procedure, not
    # the minister's word, although `die Ministerin` is the subject of the clause that holds it (rules 3, 908, 3034; rule
    # 3542); the last sentence, closed by `sagte sie`, is unmarked (rule 5); `Fraktionschefin` is no alias, since the same
    # word stands in `SPD-Fraktionschefin` for Pähle, and `SPD-Fraktionschefin` names the party (rule 33); Grimm-Benne,
    # Ameos, the Ministerium and the Steuerzahler say nothing
    quotes=[(cut(LU_P1, "\"Wenn Frau", "stellen\""), ANGERN),
            ("\"vollumfänglich Rechnung getragen\"", PAEHLE)],
    aliases={ANGERN: ["Eva von Angern"],
             PAEHLE: ["Katja Pähle", "Pähle"]})

# --- Westfalenpost (ots, shown by finanznachrichten.de), December 2022: Willi Henke and Fritz Steinhoff's letters ---

ST_P1 = ("Ein kurioser Fund in Hagen sorgt dafür, dass Teile der Stadt-, aber auch der Landesgeschichte von NRW neu "
         "geschrieben werden müssen, berichtet die Westfalenpost (online und Samstag-Ausgabe). Der Hagener Willi Henke hat vor "
         "15 Jahren einen alten Überseekoffer auf einer Müllhalde vor der Presse bewahrt und jetzt den Inhalt an das "
         "Stadtarchiv übergeben: Darunter sind Originalbriefe, die Fritz Steinhoff (SPD), NRW-Ministerpräsident von 1956 bis "
         "1958, aus dem Dortmunder Gestapo-Gefängnis an der Steinstraße an seine Frau geschrieben hat.")
ST_P2 = ("Anlass für die Übergabe der Briefe war Steinhoffs 125. Geburtstag, über den in Hagener Zeitungen berichtet wurde. "
         "\"Ich habe damals mit meiner Frau zunächst versucht, die mehr als 50 Briefe selbst zu entziffern\", sagte Henke der "
         "Westfalenpost über die Schreiben in Sütterlin-Handschrift. \"Letztlich sind wir gescheitert. Irgendwie sind die "
         "Funde dann in Vergessenheit geraten.\" Die Stücke, zu denen auch ein Bundesverdienstkreuz am Bande gehört, das dem "
         "Politiker verliehen wurde, werden jetzt dem Steinhoff-Nachlass im Archiv der Stadt Hagen übergeben und sollen im "
         "Stadtmuseum ausgestellt werden. Außerdem, so hieß es von Seiten der Stadt, könne aus der Auswertung der Briefe ein "
         "wissenschaftliches Projekt entstehen.")

add(id="ho596-ots-wp-2022-12-henke-steinhoff-briefe",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2022-12/57808802-westfalenpost-briefe-des-ehemaligen-nrw-ministerpraesidenten-fritz-steinhoff-vor-muellpresse-gerettet-007.htm",
    retrieved="same address (release of the Westfalenpost, Hagen, sent over ots ('Hagen (ots) -') for its online and Saturday "
              "editions and shown unchanged by finanznachrichten.de, December 2022 by the address and the crawl date, most "
              "likely 9 December 2022 for the edition of 10 December, the date under which an aggregator copy on "
              "extremnews.com, not used, files it; the release's headline 'Westfalenpost: Briefe des ehemaligen "
              "NRW-Ministerpräsidenten Fritz Steinhoff vor Müllpresse gerettet' is shown on the region list page "
              "finanz.presseportal.de/r/Hagen/330 with a cut-off teaser); the crawl date prefix ' date 2022-12' dropped (rule "
              "63); no headline of the portal in the copy, which begins with the dateline set before empty lines, so the "
              "document has no title line and the dateline 'Hagen (ots) -' is a line of its own (rules 18, 32, 3540); the two "
              "body paragraphs as stored, divided by empty lines; nothing after the second paragraph in the stored copy; "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=["Hagen (ots) -", ST_P1, ST_P2],
    # the paper, named without marks, only reports and is the addressee (rules 12, 2771); the quotation before `sagte Henke
    # der Westfalenpost über …` is his (rule 30), and the cue-less quotation after it continues him (NOTES.md continuation),
    # its `wir` being he and his wife; the unmarked `so hieß es von Seiten der Stadt` is no quotation (rule 5); Fritz
    # Steinhoff, whose letters are spoken of, his wife, the Stadtarchiv and the Stadt say nothing; `Der Hagener` is no alias
    # (rule 33)
    quotes=[(cut(ST_P2, "\"Ich habe damals", "entziffern\""), HENKE),
            (cut(ST_P2, "\"Letztlich", "geraten.\""), HENKE)],
    aliases={HENKE: ["Willi Henke", "Henke"]})

# --- Mitteldeutsche Zeitung (ots, shown by finanznachrichten.de), September 2024: Grimm-Benne will not stand again ---

GB_P1 = ("Halle/MZ (ots) -Die sachsen-anhaltische Sozial- und Gesundheitsministerin Petra Grimm-Benne (SPD) will bei der "
         "nächsten Landtagswahl nicht erneut für den Landtag antreten. Das berichtet die in Halle erscheinende Mitteldeutsche "
         "Zeitung (Wochenendausgabe) unter Berufung auf die 62-Jährige. \"Ich habe meiner Partei schon vor einiger Zeit "
         "mitgeteilt, dass ich im Jahr 2026 nicht erneut für den Landtag kandidiere und damit einen geordneten Übergang "
         "ermöglichen möchte\", sagte Grimm-Benne der MZ.")
GB_P2 = ("Die in Wuppertal (NRW) geborene Juristin wurde 2002 erstmals in den Landtag von Sachsen-Anhalt gewählt und vertrat "
         "dort bis 2016 den Wahlkreis Schönebeck. Nach den Landtagswahlen 2016 und 2021 verzichtete sie jeweils zugunsten "
         "eines Nachrückers auf das von ihr gewonnene Landtagsmandat.")
GB_P3 = ("Dass sie kein weiteres Mal für das Parlament kandidiere, bedeute für sie aber keine Verschnaufpause, sagte "
         "Grimm-Benne. \"Im Gegenteil: Als Ministerin werde ich die nächsten zwei Jahre mit voller Kraft vor allem für eine "
         "familienfreundliche Kindertagesbetreuung mit niedrigen Elternbeiträgen und eine gute flächendeckende "
         "Gesundheitsversorgung kämpfen.\"")

add(id="ho596-ots-mz-2024-09-grimm-benne-nicht-erneut-landtag",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2024-09/63194407-politik-sachsen-anhalt-spd-sachsen-anhalts-sozialministerin-grimm-benne-kuendigt-ende-ihrer-politischen-karriere-an-007.htm",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, for its weekend edition, September 2024 by the "
              "address, sent over ots ('Halle/MZ (ots) -') and shown unchanged by finanznachrichten.de; the copy's line "
              "'Originalmeldung: https://www.presseportal.de/pm/47409/5859395' names the original in the paper's newsroom); no "
              "headline of the portal in the copy, which begins with the dateline run into the first sentence without space "
              "('(ots) -Die', kept as published, rules 20, 3010); the copy runs its paragraphs together without space, and the "
              "breaks are restored at the joins ('der MZ.Die', 'Landtagsmandat.Dass'), no character added (rules 2691, 3010, "
              "3540); the contact block 'Pressekontakt:Mitteldeutsche ZeitungMarc RathTelefon: 0345 565 4200marc.rath@mz.de', "
              "the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the "
              "'Originalmeldung:' line, run on after the last closing mark ('kämpfen.\"Pressekontakt:'), dropped (rules 2770, "
              "3010); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[GB_P1, GB_P2, GB_P3],
    # the paper's report `unter Berufung auf die 62-Jährige` is unmarked (rule 5); the quotation before `sagte Grimm-Benne
    # der MZ` is hers (rule 30), the paper named without marks the addressee (rule 12); the Konjunktiv sentence closed by
    # `sagte Grimm-Benne.` is unmarked, and the cue-less quotation after it, whose `Im Gegenteil:` answers it, continues her
    # (NOTES.md continuation); `62-Jährige` names only her and is an alias (rule 44), `Sozial- und Gesundheitsministerin` and
    # `Juristin` are not used as aliases (the first a coordinated office, the second a profession said of her only in the
    # narrator's biography); her Partei and the Nachrücker say nothing
    quotes=[(cut(GB_P1, "\"Ich habe meiner", "möchte\""), GRIMM_BENNE),
            (cut(GB_P3, "\"Im Gegenteil", "kämpfen.\""), GRIMM_BENNE)],
    aliases={GRIMM_BENNE: ["Petra Grimm-Benne", "Grimm-Benne", "62-Jährige"]})
