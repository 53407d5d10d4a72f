# Five-hundred-and-forty-fourth held-out German real-news set (tests/data/heldout544-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3120-3125). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-forty-fourth held-out set": nine releases of German regional
# newspapers sent over the ots service of news aktuell ahead of their editions, each reporting what politicians told or
# wrote for the paper, all shown in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): three of the Rheinische
# Post, Düsseldorf (Peer Steinbrück's and Jürgen Rüttgers's ten reasons for Schröder and for Merkel, late summer 2005;
# Wolfgang Bosbach and Stefan Mappus on Ronald Pofalla, July 2006; Pofalla warning voters against the FDP, May 2009), three
# of the Mitteldeutsche Zeitung, Halle (Dietrich Austermann and Hermann Kues on Edmund Stoiber, November 2005; Jens
# Bullerjahn on the SPD, November 2005; Wolfgang Böhmer on the terror warning, November 2010), one of the Westdeutsche
# Allgemeine Zeitung, Essen (Rüttgers against Franz Müntefering, autumn 2008), one of the Märkische Oderzeitung, Frankfurt
# (Oder) (Matthias Platzeck on the Oder flood, May 2010) and one of the Neue Ruhr Zeitung / Neue Rhein Zeitung, Essen (Josef
# Krings on Adolf Sauerland after the council's vote, September 2010). Stored copies are the `search` tool's `pages`
# excerpts; every release body is complete in them, and the newsroom and wire furniture is dropped and the line layouts
# undone (rules 2590, 2770, 3010, 3030, 3120); each retrieval note names what was dropped.
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


STEINBRUECK = "Peer Steinbrück"
RUETTGERS = "Jürgen Rüttgers"
AUSTERMANN = "Dietrich Austermann"
KUES = "Hermann Kues"
BULLERJAHN = "Jens Bullerjahn"
BOSBACH = "Wolfgang Bosbach"
MAPPUS = "Stefan Mappus"
MUENTEFERING = "Franz Müntefering"
POFALLA = "Ronald Pofalla"
PLATZECK = "Matthias Platzeck"
KRINGS = "Josef Krings"
BOEHMER = "Wolfgang Böhmer"

# --- Rheinische Post (presseportal.de, newsroom 30621), late summer 2005: ten reasons for Schröder and for Merkel ---

SR_T = "Rheinische Post: Steinbrück: Wir brauchen Schröder für die WM"
SR_P1 = ("Der frühere NRW-Ministerpräsident Peer Steinbrück (SPD) hat in einem Wahlkampf-Plädoyer für die in Düsseldorf "
         "erscheinende Rheinische Post (Samstagausgabe) zehn Gründe für einen Verbleib von Bundeskanzler Schröder im Amt "
         "aufgelistet. Unter anderem argumentiert Steinbrück gegenüber der Zeitung: \"Gerhard Schröder muss Bundeskanzler "
         "bleiben, weil im nächsten Jahr bei der WM im eigenen Land ein echter Fußballfan Bundeskanzler sein muss.\" In einer "
         "Entgegnung in derselben Zeitung nennt der amtierende NRW-Ministerpräsident Jürgen Rüttgers (CDU) ebenfalls zehn "
         "Argumente für CDU-Kanzlerkandidatin Angela Merkel. Unter anderem erklärt Rüttgers dort: \"Angela Merkel bietet mit "
         "Paul Kirchhof, Ursula von der Leyen, Peter Müller, Norbert Lammert, Dieter Althaus und Wolfgang Schäuble die besten "
         "Köpfe für Deutschland.\"")

add(id="ho544-presseportal-rp-2005-steinbrueck-ruettgers-zehn-gruende",
    title=SR_T,
    url="https://presseportal.de/pm/30621/726183?langid=3",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Saturday "
              "edition; undated in the stored copy, late summer 2005 by its content (the federal election campaign of "
              "September 2005, Paul Kirchhof in Merkel's team from 17 August 2005, the football World Cup 'im nächsten Jahr') "
              "and by its release number, below those of the Mitteldeutsche Zeitung releases of 2 and 3 November 2005 in "
              "this set); the copy stored with the language parameter shows no widget and no label, the headline first and "
              "the body as one line (rule 2770); the headline with its prefix 'Rheinische Post:' is the title and the "
              "dateline 'Düsseldorf (ots)' a line of its own as stored; the contact block 'Rückfragen bitte an: Rheinische "
              "Post Redaktion Telefon: (0211) 505-2303' and the line 'Original-Content von: Rheinische Post, übermittelt "
              "durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", SR_P1],
    # the headline label `Steinbrück:` stands before words without marks and carries no span (rule 5); the colon quotation
    # after `Unter anderem argumentiert Steinbrück gegenüber der Zeitung:` is his and the one after `Unter anderem erklärt
    # Rüttgers dort:` is Rüttgers's, each the written words of a contribution to the paper (rules 9, 28, 3125); each opens
    # with the name of the candidate it pleads for (Gerhard Schröder, Angela Merkel), who is spoken of and says nothing (rule
    # 30); the paper, named without marks, is where the pleas appear, not a speaker (rule 12); `Der frühere
    # NRW-Ministerpräsident` and `der amtierende NRW-Ministerpräsident` name the Land and are no aliases (rule 33)
    quotes=[(cut(SR_P1, "\"Gerhard Schröder", "sein muss.\""), STEINBRUECK),
            (cut(SR_P1, "\"Angela Merkel bietet", "für Deutschland.\""), RUETTGERS)],
    aliases={STEINBRUECK: ["Peer Steinbrück", "Steinbrück"],
             RUETTGERS: ["Jürgen Rüttgers", "Rüttgers"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 2 November 2005: CDU politicians on Stoiber's retreat ---

AU_T = "Mitteldeutsche Zeitung: CSU-Chef"
AU_SUB = "Unionspolitiker: Stoiber politisch geschwächt"
AU_P1 = ("Führende Vertreter der CDU halten den CSU-Vorsitzenden Edmund Stoiber mittlerweile für politisch zu schwach, um die "
         "Konfrontation mit einer Kanzlerin Angela Merkel suchen zu können. Schleswig-Holsteins Wirtschaftsminister Dietrich "
         "Austermann sagte der in Halle erscheinenden Mitteldeutschen Zeitung (Donnerstag-Ausgabe): \"Der Rückzug stärkt "
         "Herrn Stoiber nicht.\" Für einen Streit mit Merkel \"wird er weder Unterstützung in München noch in Berlin "
         "bekommen\". Ähnlich äußerte sich der Vorsitzende der niedersächsischen CDU-Landesgruppe im Bundestag, Hermann Kues: "
         "\"Eine Konfrontation mit Angela Merkel würde auch die CSU-Landesgruppe nicht akzeptieren. Den Kollegen in München "
         "und Berlin reicht es.\"")

add(id="ho544-presseportal-mz-2005-11-austermann-kues-stoiber",
    title=AU_T,
    url="https://presseportal.de/pm/amp/47409/743839",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell ahead of a Thursday "
              "edition, 2 November 2005 by the teaser 'CSU-Chef / Unionspolitiker: Stoiber politisch geschwächt' with the "
              "time 02.11.2005 – 10:59 in the story list of the Bullerjahn release of this set, and by its content (Edmund "
              "Stoiber's withdrawal from the federal cabinet of 1 November 2005); AMP view); two copies of the address are "
              "stored: one shows the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr "
              "verpassen.', the label 'Mitteldeutsche Zeitung', the body hard-wrapped and a story list with teasers of "
              "01.11.2005, the other shows the headline first, no widget, and the body as one line; the second is used (rules "
              "2770, 3030, 3120); its headline, stored over two lines, is kept so: 'Mitteldeutsche Zeitung: CSU-Chef' is the "
              "title and 'Unionspolitiker: Stoiber politisch geschwächt' a line of its own, and the dateline 'Halle (ots)' a "
              "line of its own (rule 3120); the copy used has one space in 'Hermann Kues: \"Eine', where the hard-wrapped "
              "copy has two (rule 2770: the copy used decides); the contact block 'Rückfragen bitte an: Mitteldeutsche Zeitung "
              "Markus Decker Parlamentsbüro Tel.: 030/2888 1415' and the line 'Original-Content von: Mitteldeutsche Zeitung, "
              "übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[AU_SUB, "Halle (ots)", AU_P1],
    # the label `Unionspolitiker:` stands before words without marks (rule 5), and the unmarked opinion of `Führende Vertreter
    # der CDU` has no span; the colon quotation after `sagte … Dietrich Austermann … der … Mitteldeutschen Zeitung …:` is his
    # (rule 9), and so is the marked rest of the next sentence, `Für einen Streit mit Merkel "wird er …"`, whose `er` is
    # Stoiber (rule 3121); the colon quotation after `Ähnlich äußerte sich der Vorsitzende der … CDU-Landesgruppe …, Hermann
    # Kues:` is his (rule 9); the paper, named without marks, is the addressee (rule 12); `Schleswig-Holsteins
    # Wirtschaftsminister` and `der Vorsitzende der niedersächsischen CDU-Landesgruppe im Bundestag` name a Land and a party
    # group and are no aliases (rule 33); Edmund Stoiber and Angela Merkel, of whom they speak, say nothing
    quotes=[(cut(AU_P1, "\"Der Rückzug", "nicht.\""), AUSTERMANN),
            ("\"wird er weder Unterstützung in München noch in Berlin bekommen\"", AUSTERMANN),
            (cut(AU_P1, "\"Eine Konfrontation", "reicht es.\""), KUES)],
    aliases={AUSTERMANN: ["Dietrich Austermann"],
             KUES: ["Hermann Kues"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), November 2005: Bullerjahn on the SPD after its turmoil ---

BU_T = "Mitteldeutsche Zeitung: Politik/SPD"
BU_SUB = "Bullerjahn sieht SPD gestärkt"
BU_P1 = join("Der SPD-Fraktionschef im Landtag von Sachsen-Anhalt,",
             "Jens Bullerjahn, sieht die Sozialdemokraten auf Bundesebene nach den ",
             "Turbulenzen der vergangenen Tage gestärkt. Das sagte Bullerjahn in ",
             "einem Interview mit der in Halle erscheinenden Mitteldeutschen ",
             "Zeitung (Freitag-Ausgabe). Mit einem neuen",
             "Vorsitzenden Matthias Platzeck und einem Vizekanzler Franz ",
             "Müntefering sei die SPD gut aufgestellt, sagte Bullerjahn in einem ",
             "MZ-Interview. Von den Koalitionsverhandlungen erwartet er Ergebnisse,",
             "\"die das Land nach vorne bringen\".")

add(id="ho544-presseportal-mz-2005-11-bullerjahn-spd-gestaerkt",
    title=BU_T,
    url="https://www.presseportal.de/pm/47409/744786",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell ahead of a Friday edition, "
              "November 2005 by the newsroom's stories of 02.11.2005 listed in the stored copy and by its content (Matthias "
              "Platzeck as the SPD's new chairman and Franz Müntefering as vice-chancellor after the turmoil of 31 October - 2 "
              "November 2005)); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung "
              "mehr verpassen.' and the newsroom label 'Mitteldeutsche Zeitung' dropped (rules 2590, 2770, 3010); the "
              "headline, stored over two lines, is kept so: 'Mitteldeutsche Zeitung: Politik/SPD' is the title and "
              "'Bullerjahn sieht SPD gestärkt' a line of its own, and the dateline 'Halle (ots)' a line of its own (rule "
              "3120); the body, hard-wrapped in the copy, joined into one paragraph with one space per break, a line-end space "
              "counting as that space, also after the short line 'Zeitung (Freitag-Ausgabe). Mit einem neuen', which closes no "
              "sentence (rules 1372, 2590); the contact block 'Rückfragen bitte an: Mitteldeutsche Zeitung Walter Zöller "
              "Ressortleiter Sachsen-Anhalt/Wirtschaft Tel.: 0345/565-4266', the line 'Original-Content von: Mitteldeutsche "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with the teasers "
              "of two other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[BU_SUB, "Halle (ots)", BU_P1],
    # the partial quotation, a relative clause in marks after `Von den Koalitionsverhandlungen erwartet er Ergebnisse,`, is
    # Bullerjahn's: `er` takes up the subject of the cues `sagte Bullerjahn` before it (rules 3, 8, 30); the unmarked
    # Konjunktiv report has no span (rule 5); the paper, named without marks and as `MZ-Interview`, is the addressee (rule
    # 12); `Der SPD-Fraktionschef im Landtag von Sachsen-Anhalt` names the party and the Land and is no alias (rule 33);
    # Matthias Platzeck and Franz Müntefering, of whom he speaks, say nothing
    quotes=[("\"die das Land nach vorne bringen\"", BULLERJAHN)],
    aliases={BULLERJAHN: ["Jens Bullerjahn", "Bullerjahn"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), July 2006: Bosbach and Mappus on the general secretary Pofalla ---

BO_T = "Rheinische Post: Bosbach: Pofalla verdient Unterstützung"
BO_P1 = join("Der in die Kritik geratene CDU-Generalsekretär",
             "Ronald Pofalla hat massive Unterstützung aus der Bundestagsfraktion ",
             "bekommen. Deren Vize-Chef Wolfgang Bosbach (CDU) sagte der ",
             "\"Rheinischen Post\" (Freitagausgabe): \"Es kann ja wohl nicht Aufgabe ",
             "eines Generalsekretärs sein, Öl ins Feuer zu gießen. Ronald Pofalla ",
             "verdient nicht Kritik, sondern Unterstützung.\" Pofalla müsse das ",
             "Profil der Union in der Koalition schärfen. Auf der anderen Seite ",
             "dürfe er aber nicht den Koalitionsfrieden gefährden. Angesichts der ",
             "Attacken aus den Reihen der SPD sei die Union gut beraten, nicht nach",
             "der Devise zu verfahren \"Auf einen groben Klotz gehört ein grober ",
             "Keil\". Die Bevölkerung wolle, dass die Koalition \"arbeitet, und ",
             "nicht, dass wir übereinander herfallen.")
BO_P2 = join("Baden-Württembergs Fraktionschef Stefan Mappus hatte mit Blick auf ",
             "Pofallas verhaltene Reaktionen auf die Attacken aus der SPD  bemerkt,",
             "die Position des Generalsekretärs sei \"inhaltlich falsch ausgefüllt\".")

add(id="ho544-presseportal-rp-2006-07-bosbach-mappus-pofalla",
    title=BO_T,
    url="https://presseportal.de/pm/30621/845115?langid=2",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Friday edition, "
              "July 2006 by the newsroom's story of 05.07.2006 listed in the stored copy and by its content (the criticism of "
              "the CDU's general secretary Ronald Pofalla in the grand coalition's first summer); this copy with the language "
              "parameter shows the newsroom widget); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische "
              "Post mehr verpassen.' and the newsroom label 'Rheinische Post' dropped (rules 2590, 2770); the headline with "
              "its prefix 'Rheinische Post:' is the title, the dateline 'Düsseldorf (ots)' a line of its own as stored; the "
              "body, hard-wrapped in the copy without empty lines, joined with one space per break, a line-end space counting "
              "as that space, also inside the marks, and divided into two paragraphs at the short line 'nicht, dass wir "
              "übereinander herfallen.' (rules 1372, 2590, 3123); the published unclosed quotation after 'dass die Koalition' "
              "and the double space in 'aus der SPD  bemerkt' kept (rules 20, 22); the contact block 'Rückfragen bitte an: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with the teaser of another "
              "release dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", BO_P1, BO_P2],
    # the headline label `Bosbach:` stands before words without marks (rule 5); the paper's name in marks is null and the
    # paper the addressee (rules 2, 2771); the colon quotation after `Deren Vize-Chef Wolfgang Bosbach (CDU) sagte der
    # "Rheinischen Post" (Freitagausgabe):` is his, Ronald Pofalla, named in it, being spoken of (rules 9, 30); the proverb
    # named as `der Devise` in his Konjunktiv report is null (rule 3122); the partial quotation opening in the next Konjunktiv
    # sentence of his report and never closed runs to the end of the paragraph and is his (rules 22, 908, 3123); the marked
    # judgement after `Stefan Mappus hatte … bemerkt, die Position des Generalsekretärs sei` is Mappus's (rules 3, 30);
    # `Deren Vize-Chef` names the parliamentary group and `Baden-Württembergs Fraktionschef` the Land, and neither is an
    # alias (rule 33); Pofalla, of whom both speak, says nothing
    quotes=[("\"Rheinischen Post\"", None),
            (cut(BO_P1, "\"Es kann", "Unterstützung.\""), BOSBACH),
            ("\"Auf einen groben Klotz gehört ein grober Keil\"", None),
            ("\"arbeitet, und nicht, dass wir übereinander herfallen.", BOSBACH),
            ("\"inhaltlich falsch ausgefüllt\"", MAPPUS)],
    aliases={BOSBACH: ["Wolfgang Bosbach"],
             MAPPUS: ["Stefan Mappus"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), autumn 2008: Rüttgers against Müntefering ---

WZ_T = "WAZ: \"Müntefering spielt den Traditions-Sozi\": Rüttgers wehrt sich gegen Vorwürfe des SPD-Chefs"
WZ_P1 = ("Essen (ots) - Der nordrhein-westfälische Ministerpräsident Jürgen Rüttgers (CDU) wehrt sich vehement gegen den  "
         "Vorwurf des designierten SPD-Parteichefs Franz Müntefering, wonach Rüttgers den Namen von Johannes Rau "
         "\"missbrauche\". \"Ich bin von den Angriffen enttäuscht\", sagte Rüttgers der in Essen erscheinenden \"Westdeutschen "
         "Allgemeinen Zeitung\" (WAZ, Samstagsausgabe).  \"Als SPD-Chef den Traditions-Sozi zu spielen und gleichzeitig mit "
         "Ex-Kommunisten zu paktieren, passt nicht zusammen. Müntefering unterstützt Frau Ypsilanti, die mit Leuten zusammen "
         "arbeiten will, die noch 1989 viel Geld vom Honecker-Regime erhalten haben. Dies steht im Gegensatz zu Geist und "
         "Handeln von Johannes Rau.\" Müntefering habe keine Berechtigung, \"sich als politischer Nachlassverwalter\" des "
         "früheren NRW-Ministerpräsidenten auszugeben.  Rüttgers hatte in den vergangenen Jahren mehrfach betont, dass er "
         "sich aufgrund der SPD-Schwäche in NRW \"um die Johannes-Rau-Wähler kümmern\" werde.")

add(id="ho544-presseportal-waz-2008-ruettgers-muentefering-traditions-sozi",
    title=WZ_T,
    url="http://www.presseportal.de/pm/55903/1280028",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell ahead of a "
              "Saturday edition; undated in the stored copy, autumn 2008 by its content (Franz Müntefering as 'designierter "
              "SPD-Parteichef' between his nomination of 7 September and his election of 18 October 2008, Andrea "
              "Ypsilanti's plans in Hesse) and by its release number, below that of the Rheinische Post release of May 2009 "
              "in this set); the plain layout of the older newsroom pages: the newsroom label 'Westdeutsche Allgemeine "
              "Zeitung' dropped, the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots) -' stays run "
              "into the paragraph and its indentation is dropped (rules 2770, 3030); the published double spaces in 'gegen "
              "den  Vorwurf', 'Samstagsausgabe).  \"Als' and 'auszugeben.  Rüttgers' kept (rule 20); the contact block "
              "'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-2727 …', 'Weitere "
              "Meldungen: Westdeutsche Allgemeine Zeitung' and 'Das könnte Sie auch interessieren:' dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=[WZ_P1],
    # the headline quotation after the prefix, which opens with Müntefering's name, condenses Rüttgers's body quotation (`Als
    # SPD-Chef den Traditions-Sozi zu spielen …`) and is his, the label after its colon naming him (rules 26, 107, 3124);
    # the marked verb in the `wonach`-clause of `den Vorwurf des … Franz Müntefering` is Müntefering's word (rule 3124); the
    # quotation before `sagte Rüttgers der … "Westdeutschen Allgemeinen Zeitung"` and its cue-less continuation are
    # Rüttgers's, the paper's name in marks null (rules 2, 30, 2771, NOTES.md continuation); the partial quotation in the
    # Konjunktiv sentence whose subject is Müntefering is Rüttgers's (rules 3, 908, 3034); the partial quotation in the
    # pluperfect report of what he `hatte … mehrfach betont` is his too (rules 3, 3124); `Der nordrhein-westfälische
    # Ministerpräsident` names the Land and `des SPD-Chefs` the party, and neither is an alias (rule 33); Johannes Rau and
    # Andrea Ypsilanti say nothing
    quotes=[("\"Müntefering spielt den Traditions-Sozi\"", RUETTGERS),
            ("\"missbrauche\"", MUENTEFERING),
            (cut(WZ_P1, "\"Ich bin", "enttäuscht\""), RUETTGERS),
            ("\"Westdeutschen Allgemeinen Zeitung\"", None),
            (cut(WZ_P1, "\"Als SPD-Chef", "Johannes Rau.\""), RUETTGERS),
            ("\"sich als politischer Nachlassverwalter\"", RUETTGERS),
            ("\"um die Johannes-Rau-Wähler kümmern\"", RUETTGERS)],
    aliases={RUETTGERS: ["Jürgen Rüttgers", "Rüttgers"],
             MUENTEFERING: ["Franz Müntefering", "Müntefering"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), May 2009: Pofalla warns bourgeois voters against the FDP ---

PO_T = "Rheinische Post: Pofalla: Wer FDP wählt, riskiert Koalition aus SPD und FDP"
PO_P1 = join("CDU-Generalsekretär Ronald Pofalla wirft dem",
             "FDP-Vorsitzenden Guido-Westerwelle einen Wackelkurs in der ",
             "Koalitionsfrage vor. Zugleich warnt Pofalla in einem Gespräch mit der",
             "in Düsseldorf erscheinenden \"Rheinischen Post\" (Donnerstagausgabe) ",
             "bürgerliche Wähler vor einer Stimmabgabe für die FDP. \"Nach ",
             "derzeitigem Stand kann deshalb derjenige, der bei der Bundestagswahl ",
             "der FDP die Stimme gibt, eine Koalition mit der SPD herbeiführen. Wer",
             "wirklich eine bürgerliche Regierung will, der muss CDU oder CSU ",
             "wählen.\" Gleichzeitig betonte der Generalsekretär: \"Für uns steht ",
             "seit langem fest: Wir werden uns im Wahlprogramm klar für  eine ",
             "Koalition mit der FDP aussprechen. Wer zur Zeit wackelt, ist Guido ",
             "Westerwelle.\"")
PO_P2 = join("Pofalla erklärte zugleich die große Koalition für verbraucht. \"Sie ",
             "hat gute Arbeit geleistet, aber ein solches Bündnis muss die Ausnahme",
             "bleiben. Mittlerweile sind auch die Gemeinsamkeiten mit der SPD ",
             "aufgebraucht. Deutschland kommt am besten mit einer bürgerlichen ",
             "Regierung wieder aus der wirtschaftlichen Talsohle heraus\", sagte der",
             "CDU-Generalsekretär.")
PO_P3 = join("Scharfe Kritik übte Pofalla an Ärztepräsident Jörg-Dietrich Hoppe ",
             "und dessen Forderung, eine Rangliste für die Behandlung von ",
             "Krankheiten einzuführen. \"Dazu fällt mir wirklich nichts mehr ein. ",
             "Der Mann hätte besser geschwiegen, anstatt derart abwegige ",
             "Diskussionen anzustoßen\", sagte Pofalla.")

add(id="ho544-presseportal-rp-2009-05-pofalla-fdp-wackelkurs",
    title=PO_T,
    url="https://www.presseportal.de/pm/30621/1409180",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell ahead of a Thursday "
              "edition, May 2009 by the newsroom's story of 21.05.2009 listed in the stored copy and by its content (Jörg-"
              "Dietrich Hoppe's call for a ranking of treatments at the Ärztetag of May 2009, the coming federal election)); "
              "the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the "
              "newsroom label 'Rheinische Post' dropped (rules 2590, 2770); the headline with its prefix 'Rheinische Post:' "
              "is the title, the dateline 'Düsseldorf (ots)' a line of its own as stored; the body, hard-wrapped in the copy "
              "without empty lines, joined with one space per break, a line-end space counting as that space, also inside "
              "the marks, and divided into three paragraphs at the short lines 'Westerwelle.\"' and 'CDU-Generalsekretär.', "
              "which close a sentence (rules 1372, 2590, 3072); the published 'Guido-Westerwelle' and the double space in "
              "'klar für  eine' kept (rule 20); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) "
              "505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Rheinische Post' with the teaser of another release dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", PO_P1, PO_P2, PO_P3],
    # the headline label `Pofalla:` stands before words without marks (rule 5); the paper's name in marks is null and the
    # paper the addressee (rules 2, 2771); the cue-less quotation after `Zugleich warnt Pofalla in einem Gespräch mit der …
    # "Rheinischen Post" … bürgerliche Wähler vor …` continues him (rule 8, NOTES.md continuation), and the colon quotation
    # after `Gleichzeitig betonte der Generalsekretär:` is his, one span although a colon stands inside it (rules 9, 30);
    # `"…", sagte der CDU-Generalsekretär` and `"…", sagte Pofalla` are his (rule 30); `Generalsekretär` names only him and is
    # an alias (rule 44), `CDU-Generalsekretär` names the party and is not listed (rule 33); Guido Westerwelle and Jörg-
    # Dietrich Hoppe (`Der Mann` in the last quotation), of whom he speaks, say nothing
    quotes=[("\"Rheinischen Post\"", None),
            (cut(PO_P1, "\"Nach derzeitigem", "wählen.\""), POFALLA),
            (cut(PO_P1, "\"Für uns", "Westerwelle.\""), POFALLA),
            (cut(PO_P2, "\"Sie hat", "heraus\""), POFALLA),
            (cut(PO_P3, "\"Dazu fällt", "anzustoßen\""), POFALLA)],
    aliases={POFALLA: ["Ronald Pofalla", "Pofalla", "Generalsekretär"]})

# --- Märkische Oderzeitung (presseportal.de, newsroom 55506), May 2010: Platzeck on the Oder flood ---

PL_T = ("Märkische Oderzeitung: Die Märkische Oderzeitung Frankfurt/Oder übermittelt Ihnen die redaktionelle Fassung eines "
        "Interviews mit Brandenburgs Ministerpräsidenten Matthias Platzeck (Samstagsausgabe)")
PL_P1 = ("Brandenburgs Ministerpräsident Matthias Platzeck ist optimistisch, dass das Hochwasser an der Oder weiter "
         "beherrschbar bleibt. \"Wir sind einfach besser aufgestellt und besser gerüstet als vor 13 Jahren. Was uns derzeit "
         "Sorgen macht, sind die paar Kilometer alter Deiche, die wir noch haben. Und es hat sich schon gezeigt, dass es gut "
         "war, die Deiche von Grund auf zu erneuern - auch wenn es uns 220 Millionen Euro gekostet hat,\" sagte Platzeck in "
         "einem Interview mit der Märkischen Oderzeitung (Samstagsausgabe). Der SPD-Politiker lobte die Zusammenarbeit mit den "
         "polnischen Nachbarn: \"Alles was ich höre klingt ganz anders als 1997. Nämlich, dass der Kontakt permanent steht, "
         "dass es gut klappt und dass wir voneinander viel wissen. Und das ist eine Qualität, die hatten wir nicht annähernd "
         "so vor dreizehn Jahren. Die Öffnung unserer Polder in der Uckermark wird auch den Stettinern helfen.\"")

add(id="ho544-presseportal-moz-2010-05-platzeck-oder-hochwasser",
    title=PL_T,
    url="https://presseportal.de/pm/55506/1622094",
    retrieved="same address (release of the Märkische Oderzeitung, Frankfurt (Oder), sent over news aktuell ahead of a "
              "Saturday edition; undated in the stored copy, May 2010 by its content (the Oder flood of May 2010, 'vor 13 "
              "Jahren' the flood of 1997) and by its release number, between those of the two WAZ releases of May and July "
              "2010 in the 534th set); the copy shows the headline first and no widget; the headline, in which the paper's "
              "prefix is followed by its own service formula ('Die Märkische Oderzeitung Frankfurt/Oder übermittelt Ihnen die "
              "redaktionelle Fassung eines Interviews mit …'), is the title as stored, and the dateline 'Frankfurt/Oder (ots)' "
              "a line of its own (rules 3010, 3120); the published comma inside the closing mark ('gekostet hat,\" sagte') "
              "and 'Alles was ich höre' kept (rule 20); the contact block 'Pressekontakt: Märkische Oderzeitung CvD Telefon: "
              "0335/5530 563 cvd@moz.de' and the line 'Original-Content von: Märkische Oderzeitung, übermittelt durch news "
              "aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Frankfurt/Oder (ots)", PL_P1],
    # the quotation before `sagte Platzeck in einem Interview mit der Märkischen Oderzeitung` is his, its comma inside the
    # closing mark included in the span, which runs from mark to mark (rules 6, 30); the colon quotation after `Der SPD-Politiker lobte die Zusammenarbeit
    # mit den polnischen Nachbarn:` is his, `Der SPD-Politiker` taking up the name of the cue before it (rules 9, 30); the
    # paper, named without marks, is the addressee (rule 12); `Brandenburgs Ministerpräsident(en)` and `Der SPD-Politiker`
    # name the Land and the party and are no aliases (rule 33)
    quotes=[(cut(PL_P1, "\"Wir sind", "gekostet hat,\""), PLATZECK),
            (cut(PL_P1, "\"Alles was", "helfen.\""), PLATZECK)],
    aliases={PLATZECK: ["Matthias Platzeck", "Platzeck"]})

# --- Neue Ruhr Zeitung / Neue Rhein Zeitung (presseportal.de, newsroom 58972), September 2010: Krings on Sauerland ---

KR_T = ("NRZ: Loveparade/Duisburgs Alt-Oberbürgermeister Krings zur Ratsentscheidung: \"Es fehlt an der richtigen "
        "Geste\"")
KR_P1 = ("Nach dem gescheiterten Abwahlverfahren gegen Oberbürgermeister Adolf Sauerland beklagt Duisburgs Ex-OB Josef Krings "
         "mangelnde politische Sensibilität. \"Die Abstimmung im Rat ist die eine Wahrheit für die Politik. Aber die Menschen "
         "spüren, dass es an der richtigen Geste zur richtigen Zeit gefehlt hat - genau das hat Sauerland nicht "
         "hinbekommen\", sagte Krings der in Essen erscheinenden Neue Ruhr/Neue Rhein Zeitung (Dienstagsausgabe). \"Duisburg "
         "ist schwer angeschlagen, und ich weiß nicht, wie es jetzt weitergehen soll. Sauerland wird sich vor jeder "
         "öffentlichen Veranstaltung fragen müssen, ob die Leute pfeifen. Ein normales Verhältnis zwischen ihm und den "
         "Menschen in der Stadt wird kaum noch herzustellen sein.\" Zu den Bestrebungen zweier überparteilicher Gruppierungen, "
         "die nach einer Alternative zu Sauerland suchen, sagte Krings: \"Das ist politisch sehr schwierig, weil wir nun "
         "einmal die Ratsentscheidung für Sauerland haben. Es könnte aber sein, dass hier in Duisburg eine Art Gauck-Effekt "
         "eintritt. Nämlich, dass für eine bestimmte Zeit jemand auftritt und die Stadt nach außen vertritt und die Menschen "
         "eint. Das ist noch sehr theoretisch und ich kann mir im Moment niemanden konkret vorstellen. Aber ich will mich an "
         "dieser Diskussion gern beteiligen.\"")

add(id="ho544-presseportal-nrz-2010-09-krings-sauerland-geste",
    title=KR_T,
    url="http://www.presseportal.de/pm/58972/1680886",
    retrieved="same address (release of the Neue Ruhr Zeitung / Neue Rhein Zeitung, Essen, sent over news aktuell ahead of "
              "a Tuesday edition, September 2010 by the newsroom's story of 10.09.2010 listed in the stored copy and by its "
              "content (the Duisburg council's vote of 13 September 2010 against the recall of Adolf Sauerland after the "
              "Loveparade disaster)); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue Ruhr Zeitung / "
              "Neue Rhein Zeitung mehr verpassen.' and the newsroom label 'Neue Ruhr Zeitung / Neue Rhein Zeitung' dropped "
              "(rules 2770, 3030); the headline with its prefix 'NRZ:' and the section kicker 'Loveparade/' run into it as "
              "stored is the title (rule 3010), the dateline 'Essen (ots)' a line of its own; the published 'der in Essen "
              "erscheinenden Neue Ruhr/Neue Rhein Zeitung' kept (rule 20); the contact block 'Pressekontakt: Neue Ruhr Zeitung "
              "/ Neue Rhein Zeitung Redaktion Telefon: 0201/8042607', the line 'Original-Content von: Neue Ruhr Zeitung / Neue "
              "Rhein Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: …' with the teaser of another "
              "release dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", KR_P1],
    # the headline quotation after the label `Duisburgs Alt-Oberbürgermeister Krings zur Ratsentscheidung:` shortens his
    # body quotation (`dass es an der richtigen Geste zur richtigen Zeit gefehlt hat`) and is his (rules 26, 54, 107); the
    # quotation before `sagte Krings der … Zeitung` and its cue-less continuation are his (rule 30, NOTES.md continuation),
    # and so is the colon quotation after `Zu den Bestrebungen zweier überparteilicher Gruppierungen, …, sagte Krings:` (rule
    # 9); the paper, named without marks, is the addressee (rule 12); `Duisburgs Ex-OB` and `Alt-Oberbürgermeister` are not
    # listed: the first names the city, the second holds the title `Oberbürgermeister` that the release gives Adolf Sauerland
    # (rules 33, 3034); Sauerland, of whom he speaks, says nothing
    quotes=[("\"Es fehlt an der richtigen Geste\"", KRINGS),
            (cut(KR_P1, "\"Die Abstimmung", "hinbekommen\""), KRINGS),
            (cut(KR_P1, "\"Duisburg ist", "herzustellen sein.\""), KRINGS),
            (cut(KR_P1, "\"Das ist politisch", "beteiligen.\""), KRINGS)],
    aliases={KRINGS: ["Josef Krings", "Krings"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 22 November 2010: Böhmer defends the terror warning ---

BM_T = ("Mitteldeutsche Zeitung: Terrorgefahr Sachsen-Anhalts Ministerpräsident Böhmer verteidigt jüngste "
        "Terrorwarnungen")
BM_P1 = ("Sachsen-Anhalts Ministerpräsident Wolfgang Böhmer (CDU) hat die jüngste Terrorwarnung von Bundesinnenminister "
         "Thomas de Maizière (CDU) verteidigt. \"Ich halte sie für sachgerecht\", sagte er der in Halle erscheinenden "
         "\"Mitteldeutschen Zeitung\" (Montag-Ausgabe). \"Wenn er solche Hinweise nicht ausspricht, würde man ihn kritisieren. "
         "Wenn er sie ausspricht, wird er gelegentlich auch kritisiert.\" Das liege in der Natur der Sache. Böhmer betonte: "
         "\"Es besteht Anlass zur erhöhten Aufmerksamkeit für jeden.\" Es bestehe aber kein Grund zur Hysterie.")

add(id="ho544-presseportal-mz-2010-11-boehmer-terrorwarnung",
    title=BM_T,
    url="https://presseportal.de/en/pm/amp/47409/1721438",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell ahead of a Monday "
              "edition, 22.11.2010 – 02:00 by the newsroom's time stamp under the headline; AMP view of the English "
              "interface); the newsroom label 'Mitteldeutsche Zeitung' and the time stamp line '22.11.2010 – 02:00' dropped "
              "(rules 2770, 3120); the headline with its prefix 'Mitteldeutsche Zeitung:' and the section kicker "
              "'Terrorgefahr' run into it as stored is the title (rule 3010), the dateline 'Halle (ots)' a line of its own; "
              "the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line "
              "'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell', the line 'Places in this release' "
              "and the list 'More stories: Mitteldeutsche Zeitung' with the teaser of another release dropped (rule 3120); "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BM_P1],
    # the quotation before `sagte er der … "Mitteldeutschen Zeitung"` is Böhmer's: `er` takes up the subject of the
    # sentence before, not Thomas de Maizière, named there only in a `von`-phrase (rule 8); the paper's name in marks is null
    # and the paper the addressee (rules 2, 2771); the cue-less quotation after the cue continues Böhmer although its `er`
    # and `ihn` are de Maizière (NOTES.md continuation, rule 3034), and the colon quotation after `Böhmer betonte:` is his
    # (rule 9); the unmarked Konjunktiv sentences have no span (rule 5); `Sachsen-Anhalts Ministerpräsident` names the Land
    # and is no alias (rule 33); de Maizière, whose warning he defends, says nothing
    quotes=[(cut(BM_P1, "\"Ich halte", "sachgerecht\""), BOEHMER),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(BM_P1, "\"Wenn er", "kritisiert.\""), BOEHMER),
            ("\"Es besteht Anlass zur erhöhten Aufmerksamkeit für jeden.\"", BOEHMER)],
    aliases={BOEHMER: ["Wolfgang Böhmer", "Böhmer"]})
