# Seven-hundred-and-fifty-second held-out German real-news set (tests/data/heldout752-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4710-4715). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# aggregators' news ids, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-second held-out set": nine advance releases of German newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what a federal or Land politician told
# or wrote for the paper: two releases of Der Tagesspiegel read in its newsroom on presseportal.de (licence OTS_MEDIEN:
# Jürgen Trittin on the next Greek aid package, summer 2013, AMP view; Christian Lindner, spelt 'Linder' in the body, on the
# grand coalition, April 2016), six releases of Der Tagesspiegel as reposted by the news aggregators mittelstandcafe.de and
# politikexpress.de (new licence OTS_MEDIEN_REPOST_AGGREGATOR: Wolfgang Bosbach on Greece and the euro, September 2011;
# Wolfgang Schäuble on the Greek president's criticism, February 2012; Armin Laschet on the coalition talks, autumn 2013;
# Carsten Schneider on the Tsipras government, 2015; Klaus Lederer on the Berlin SPD, summer 2016; Jürgen Trittin on the
# Jamaica exploratory talks, November 2017) and one release of the Rheinische Post as reposted by mittelstandcafe.de (Peter
# Ramsauer after the Bavarian election, October 2018). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17); the newsroom, aggregator and wire furniture is dropped (rules 2770, 3010, 3710, 4710);
# each retrieval note names what was dropped.
# The search budget of the session allowed 60 queries; 53 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST_AGGREGATOR  # noqa: E402

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


BOSBACH = "Wolfgang Bosbach"
SCHAEUBLE = "Wolfgang Schäuble"
TRITTIN = "Jürgen Trittin"
LASCHET = "Armin Laschet"
SCHNEIDER = "Carsten Schneider"
LINDNER = "Christian Linder"
LEDERER = "Klaus Lederer"
RAMSAUER = "Peter Ramsauer"

# --- Der Tagesspiegel (mittelstandcafe.de repost), 3 September 2011: Wolfgang Bosbach on Greece and the euro zone ---

BO_P1 = join("Berlin – Mit Blick auf die mangelnden Sparerfolge",
             "Griechenlands hat der CDU-Bundestagsabgeordnete Wolfgang Bosbach dem",
             "südeuropäischen Land den Austritt aus der Euro-Zone nahe gelegt. Dem",
             "Berliner „Tagesspiegel am Sonntag“ (4.9.2011) sagte Bosbach, auf",
             "Dauer werde sich Griechenland nicht aus eigener Kraft finanzieren",
             "können. Das Land müsse sich deshalb überlegen, ob es im Euro-Raum",
             "bleiben wolle. „Wenn Griechenland sich für den Verbleib entscheidet,",
             "kann das Land nicht erwarten, dauerhaft massiv unterstützt zu",
             "werden.“")

add(id="ho752-mittelstandcafe-tagesspiegel-2011-09-bosbach-griechenland-euro-zone",
    url="https://mittelstandcafe.de/der-tagesspiegel-cdu-politiker-bosbach-legt-griechenland-nahe-aus-der-euro-zone-auszutreten-473463.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for the Sunday paper 'Tagesspiegel am "
              "Sonntag' of 4 September 2011, the date the release gives in parentheses, so sent on Saturday 3 September 2011, "
              "and reposted by the news aggregator mittelstandcafe.de, news id 473463; the sender is named in the body, in the "
              "service line and in the contact block); the stored excerpt begins with the body: the aggregator's headline, "
              "which the address slug gives as 'der-tagesspiegel-cdu-politiker-bosbach-legt-griechenland-nahe-aus-der-euro-"
              "zone-auszutreten', is not in the copy, so the document has no title (rules 18, 32, 4710); the aggregator's "
              "place mark with an en dash 'Berlin –' in place of the wire's '(ots) -' stays run in as stored; the body, "
              "hard-wrapped at about 70 characters without empty lines, is joined with one space and stays one paragraph, no "
              "line closing a sentence outside marks short of the wrap width (rules 1372, 2695, 4710); the published 'nahe "
              "gelegt' kept (rule 20); the service line 'Inhaltliche Rückfragen richten Sie bitte an: Der Tagesspiegel, "
              "Newsroom, Telefon: 030-29021-14909.', the contact block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas "
              "Wurster Telefon: 030-29021 14013 E-Mail: cvd@tagesspiegel.de' and the stray character 'Â' after it dropped "
              "(rules 3710, 4710); complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[BO_P1],
    # the paper's name in marks, fronted as the addressee of `sagte Bosbach` with the edition date after it, is null (rules
    # 2, 2771); Bosbach's Konjunktiv report after the comma is unmarked (rule 5); the cue-less quotation that closes the
    # report, in the indicative and on the same subject (`Griechenland`, `das Land`), continues him (NOTES.md continuation;
    # rule 8); Greece and the euro zone say nothing; `CDU-Bundestagsabgeordnete` names a party and is no alias (rule 33)
    quotes=[("„Tagesspiegel am Sonntag“", None),
            (cut(BO_P1, "„Wenn Griechenland", "werden.“"), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- Der Tagesspiegel (politikexpress.de repost), February 2012: Wolfgang Schäuble on Karolos Papoulias ---

SC_T = "Der Tagesspiegel: Schäuble verwahrt sich gegen Kritik aus Griechenland"
SC_P1 = join("Bundesfinanzminister Wolfgang Schäuble (CDU)",
             "verwahrt sich gegen die massive Kritik des griechischen Präsidenten",
             "Karolos Papoulias. Papoulias hatte Schäuble vorgeworfen, er verhöhne",
             "Griechenland. „Ich kenne keinen Herrn Schäuble, auf den dies",
             "zutreffen würde“, sagte der CDU-Politiker dem Tagesspiegel am",
             "Sonntag. „Da ist beim griechischen Staatspräsidenten vielleicht etwas",
             "falsch angekommen.“")

add(id="ho752-politikexpress-tagesspiegel-2012-02-schaeuble-papoulias",
    title=SC_T,
    url="https://www.politikexpress.de/der-tagesspiegel-schaeuble-verwahrt-sich-gegen-kritik-aus-griechenland-577171.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for the 'Tagesspiegel am Sonntag' and "
              "reposted by the news aggregator politikexpress.de, news id 577171; undated in the copy and dated by its content "
              "to the Sunday after the Greek president Karolos Papoulias's public attack on Schäuble of 15 February 2012, so "
              "February 2012; the sender is named in the headline prefix and the contact block); the headline with the prefix "
              "'Der Tagesspiegel:' is the title; the copy shows no dateline, and none is added (rule 20); the body, hard-wrapped "
              "without empty lines, is joined with one space and stays one paragraph: its short first line 'Bundesfinanzminister "
              "Wolfgang Schäuble (CDU)' (44 characters) ends in mid-sentence (rules 1372, 2695, 4710); the contact block "
              "'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster Telefon: 030-29021 14013 E-Mail: "
              "cvd@tagesspiegel.de' dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[SC_P1],
    # the title is unmarked (rule 5); Papoulias's charge is reported without marks (rule 5); the quotation before `sagte der
    # CDU-Politiker dem Tagesspiegel am Sonntag`, in which the speaker names himself in the third person (`keinen Herrn
    # Schäuble`), is Schäuble's: the role takes up `Bundesfinanzminister Wolfgang Schäuble (CDU)` of the first sentence across
    # the sentence whose subject is Papoulias, who is no CDU politician and of whom the second quotation speaks as `dem
    # griechischen Staatspräsidenten` (rule 4712); the cue-less quotation after the cue continues him (NOTES.md
    # continuation); the paper is named without marks (rule 2771); Karolos Papoulias says nothing in marks;
    # `Bundesfinanzminister` names only him in the release and is an alias (rule 44), `CDU-Politiker` names a party and is
    # not (rule 33)
    quotes=[(cut(SC_P1, "„Ich kenne", "zutreffen würde“"), SCHAEUBLE),
            (cut(SC_P1, "„Da ist", "angekommen.“"), SCHAEUBLE)],
    aliases={SCHAEUBLE: ["Wolfgang Schäuble", "Schäuble", "Bundesfinanzminister"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790, AMP view), summer 2013: Jürgen Trittin on the Greek aid package ---

TG_T = "Der Tagesspiegel: Trittin: Merkels Politik macht Schuldenschnitt für Griechenland wahrscheinlicher"
TG_P1 = ("Berlin - Die Grünen haben Bundeskanzlerin Angela Merkel (CDU) vorgeworfen, die Kosten des nächsten "
         "Griechenland-Pakets in die Höhe zu treiben. \"Nicht das Griechenland-Paket an sich ist falsch, sondern wie Frau "
         "Merkel damit umgeht\", sagte Spitzenkandidat Jürgen Trittin im Interview mit dem \"Tagesspiegel am Sonntag\".")

add(id="ho752-presseportal-tagesspiegel-2013-trittin-griechenland-paket",
    title=TG_T,
    url="https://presseportal.de/pm/amp/2790/2541834",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for the 'Tagesspiegel am Sonntag' in "
              "the Bundestag campaign of 2013, in which Trittin was the Greens' lead candidate ('Spitzenkandidat') and the "
              "next Greek aid package was debated; undated in the AMP copy, which shows no story list, and dated by its content "
              "and its release number, between those of the Rheinische Post of March 2012 (2223918) and December 2014 "
              "(2911057), to the summer of 2013); the AMP view shows neither widget nor newsroom label; the headline with its "
              "prefix 'Der Tagesspiegel:' is the title, the dateline 'Berlin (ots)' a line of its own, the body one line as "
              "stored, its place mark 'Berlin -' kept (rule 3010); the service line 'Inhaltliche Rückfragen richten Sie bitte "
              "an: Der Tagesspiegel, Newsroom, Telefon: 030-29021-14909.', the contact block 'Pressekontakt: Der Tagesspiegel "
              "Chef vom Dienst Thomas Wurster …' and the line 'Original-Content von: Der Tagesspiegel, übermittelt durch news "
              "aktuell' dropped (rules 2770, 3710); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", TG_P1],
    # the title's label `Trittin:` before unmarked words carries no span (rules 5, 630); the lead's charge of `Die Grünen` is
    # unmarked; the quotation before `sagte Spitzenkandidat Jürgen Trittin im Interview mit dem "Tagesspiegel am Sonntag"` is
    # his, not the party's of the sentence before (rules 30, 4715); the paper's name in marks is null (rules 2, 2771); Angela
    # Merkel (`Frau Merkel` inside the marks) says nothing; `Spitzenkandidat` names only him in the release and is an alias
    # (rule 44)
    quotes=[(cut(TG_P1, "\"Nicht das", "damit umgeht\""), TRITTIN),
            ("\"Tagesspiegel am Sonntag\"", None)],
    aliases={TRITTIN: ["Jürgen Trittin", "Trittin", "Spitzenkandidat"]})

# --- Der Tagesspiegel (politikexpress.de repost), autumn 2013: Armin Laschet on the coalition talks ---

LA_T = "Der Tagesspiegel: CDU warnt Sozialdemokraten vor zu hohen Erwartungen an die Koalition"
LA_P1 = join("Berlin – Kurz vor der entscheidenden Phase der",
             "Koalitionsverhandlungen von Union und SPD pocht die CDU darauf, dass",
             "sie die Bundestagswahl gewonnen hat und nicht die SPD. „Die Menschen",
             "vertrauen der Union und haben uns beinahe mit absoluter Mehrheit",
             "gewählt“, sagte der nordrhein-westfälische CDU-Vorsitzende und",
             "Parteivize Armin Laschet dem Tagesspiegel (Sonntagausgabe). „Das war",
             "keine Entscheidung für einen Politikwechsel.“")

add(id="ho752-politikexpress-tagesspiegel-2013-laschet-koalitionsverhandlungen",
    title=LA_T,
    url="https://www.politikexpress.de/der-tagesspiegel-cdu-warnt-sozialdemokraten-vor-zu-hohen-erwartungen-an-die-koalition-982063.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for a Sunday edition "
              "('Sonntagausgabe') and reposted by the news aggregator politikexpress.de, news id 982063; undated in the copy "
              "and dated by its content to the coalition talks of CDU/CSU and SPD after the Bundestag election of 22 September "
              "2013, in which the Union came close to an absolute majority, while Laschet was the CDU's chairman in North "
              "Rhine-Westphalia and a deputy federal chairman, so October or November 2013; the sender is named in the headline "
              "prefix, the body and the contact blocks); the headline with the prefix 'Der Tagesspiegel:' is the title; the "
              "aggregator's place mark 'Berlin –' stays run in as stored; the body, hard-wrapped without empty lines, is joined "
              "with one space and stays one paragraph (rules 1372, 2695, 4710); the editor's contact block 'Lutz Haverkamp Der "
              "Tagesspiegel Leitender Redakteur Newsroom Telefon: 030-290 21 14301 lutz.haverkamp@tagesspiegel.de "
              "www.tagesspiegel.de' and the contact block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster "
              "Telefon: 030-29021 14013 E-Mail: cvd@tagesspiegel.de' dropped (rule 3710); complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[LA_P1],
    # the title gives the warning to the party without marks (rule 5); the quotation before `sagte der nordrhein-westfälische
    # CDU-Vorsitzende und Parteivize Armin Laschet dem Tagesspiegel (Sonntagausgabe)` is his, although the narrator's
    # sentence before it has `die CDU` as subject and his `uns` speaks for the Union (rules 30, 4715); the cue-less quotation
    # after the cue continues him (NOTES.md continuation); the paper is named without marks (rule 2771); the SPD and the
    # voters (`Die Menschen`) say nothing; `Parteivize` names only him and is an alias (rule 44), `nordrhein-westfälische
    # CDU-Vorsitzende` names a Land and a party and is not (rule 33)
    quotes=[(cut(LA_P1, "„Die Menschen", "gewählt“"), LASCHET),
            ("„Das war keine Entscheidung für einen Politikwechsel.“", LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Parteivize"]})

# --- Der Tagesspiegel (mittelstandcafe.de repost), 2015: Carsten Schneider on the Tsipras government ---

SN_T = "Der Tagesspiegel: SPD: Griechenland braucht eine Stunde der Wahrheit"
SN_P1 = join("Berlin – Der stellvertretende Fraktionschef der SPD",
             "im Bundestag, Carsten Schneider, hat die griechische Regierung zum",
             "Umsteuern aufgefordert. Alexis Tsipras müsse der Öffentlichkeit",
             "reinen Wein einschenken über die Lage und die Aufgaben, die vor",
             "Griechenland liegen, sagte Schneider dem „Tagesspiegel“",
             "(Montagausgabe). „Zuerst muss es eine Stunde der Wahrheit geben.“")

add(id="ho752-mittelstandcafe-tagesspiegel-2015-schneider-griechenland-stunde-der-wahrheit",
    title=SN_T,
    url="https://www.mittelstandcafe.de/der-tagesspiegel-spd-griechenland-braucht-eine-stunde-der-wahrheit-1186291.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for a Monday edition "
              "('Montagausgabe') and reposted by the news aggregator mittelstandcafe.de, news id 1186291; undated in the copy "
              "and dated by its content to the first months of the government of Alexis Tsipras, in office from January "
              "2015, so 2015; the sender is named in the headline prefix, the service line and the contact block); the "
              "headline with the prefix 'Der Tagesspiegel:' is the title; the aggregator's place mark 'Berlin –' stays run in; "
              "the body, hard-wrapped without empty lines, is joined with one space and stays one paragraph: the line 'Berlin – "
              "Der stellvertretende Fraktionschef der SPD' (51 characters) ends in mid-sentence and the line 'Griechenland "
              "liegen, sagte Schneider dem „Tagesspiegel“' ends before the edition day in parentheses (rules 1372, 2695, "
              "4710); the service line 'Inhaltliche Rückfragen richten Sie bitte an: Der Tagesspiegel, Newsroom, Telefon: "
              "030-29021-14909.', the contact block 'Pressekontakt: Der Tagesspiegel Chefin vom Dienst Patricia Wolf …' and the "
              "stray character 'Â' after it dropped (rule 3710); complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[SN_P1],
    # the title's label `SPD:` before unmarked words carries no span (rules 5, 630), and the party is not the speaker of the
    # body's words, which the cue gives to Schneider (rule 4715); his Konjunktiv on Tsipras is unmarked (rule 5); the
    # paper's name in marks is null (rules 2, 2771); the cue-less quotation after `sagte Schneider dem "Tagesspiegel"
    # (Montagausgabe)` continues him (NOTES.md continuation); Alexis Tsipras and the Greek government say nothing; `Der
    # stellvertretende Fraktionschef der SPD im Bundestag` names a party and is no alias (rule 33)
    quotes=[("„Tagesspiegel“", None),
            ("„Zuerst muss es eine Stunde der Wahrheit geben.“", SCHNEIDER)],
    aliases={SCHNEIDER: ["Carsten Schneider", "Schneider"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), April 2016: Christian Lindner on the grand coalition ---

LI_T = "Der Tagesspiegel: FDP-Chef Lindner: \"Wir haben eine dramatische Regierungskrise in Berlin\""
LI_P1 = ("Berlin - Der FDP-Bundesvorsitzende Christian Linder, gerade mit mehr als 98 Prozent in Nordrhein-Westfalen auch als "
         "Landeschef wiedergewählt, verschärft seine Kritik an der großen Koalition im Bund. \"Wir haben längst eine "
         "dramatische Regierungskrise in Berlin\", sagte Lindner dem \"Tagesspiegel\". Nur die Angst vor den Wählern und die "
         "\"irrationale Überschätzung der AfD\" halte die Koalition zusammen.")

add(id="ho752-presseportal-tagesspiegel-2016-04-lindner-regierungskrise",
    title=LI_T,
    url="https://presseportal.de/pm/2790/3298284",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell after Lindner's re-election as chairman "
              "of the FDP of North Rhine-Westphalia in April 2016; not dated in the stored copy itself, 10 April 2016 or "
              "shortly after by the newest teasers of its story list ('10.04.2016 – 14:20', '10.04.2016 – 13:37'); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Der Tagesspiegel mehr verpassen.' and the newsroom label "
              "'Der Tagesspiegel' dropped (rules 2770, 3010); the headline with its prefix 'Der Tagesspiegel:' is the title, the "
              "dateline 'Berlin (ots)' a line of its own, the body one line as stored, its place mark 'Berlin -' kept (rule "
              "3010); the published 'Christian Linder' kept (rules 20, 2117); the service line 'Inhaltliche Rückfragen richten "
              "Sie bitte an: Der Tagesspiegel, Newsroom, Telefon: 030-29021-14909.', the contact block 'Pressekontakt: Der "
              "Tagesspiegel Chefin vom Dienst Patricia Wolf …', the line 'Original-Content von: Der Tagesspiegel, übermittelt "
              "durch news aktuell' and the list 'Weitere Storys: Der Tagesspiegel' with the teasers of other releases (Jan "
              "Böhmermann, Südwestmetall's Stefan Wolf) dropped (rule 3710); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", LI_P1],
    # the headline quotation after the label `FDP-Chef Lindner:` is his: the body gives him the same words with `längst`
    # (rules 26, 54); the quotation before `sagte Lindner dem "Tagesspiegel"` is his (rule 30), the paper's name null (rules
    # 2, 2771); the partial quotation in his Konjunktiv report after the cue (`Nur die Angst … und die "…" halte die
    # Koalition zusammen.`) is his (rules 3, 25, 4651); the canonical name is the only full form the release prints,
    # `Christian Linder`, and the correctly spelt surname of the title and the cue is its alias (rule 4711); the grand
    # coalition, the voters and the AfD say nothing; `FDP-Bundesvorsitzende` and `FDP-Chef` name a party and are no aliases
    # (rule 33)
    quotes=[("\"Wir haben eine dramatische Regierungskrise in Berlin\"", LINDNER),
            ("\"Wir haben längst eine dramatische Regierungskrise in Berlin\"", LINDNER),
            ("\"Tagesspiegel\"", None),
            ("\"irrationale Überschätzung der AfD\"", LINDNER)],
    aliases={LINDNER: ["Christian Linder", "Lindner"]})

# --- Der Tagesspiegel (mittelstandcafe.de repost), summer 2016: Klaus Lederer on the Berlin SPD ---

LE_P1 = join("Der Landeschef der Linken, Klaus Lederer, wirft den",
             "Berliner Sozialdemokraten vor, das „Gespür für die Realität verloren“",
             "zu haben. Mit seiner Ankündigung, nach der Wahl am 18. September als",
             "stärkste Partei allein mit den Grünen regieren zu wollen, lasse der",
             "SPD-Spitzenkandidat Michael Müller „jeden Anflug von Nachdenklichkeit",
             "und Selbstkritik“ vermissen, schreibt Lederer in einem Beitrag für",
             "den Berliner „Tagesspiegel“.")

add(id="ho752-mittelstandcafe-tagesspiegel-2016-lederer-spd-gespuer-realitaet",
    url="https://www.mittelstandcafe.de/der-tagesspiegel-linkenchef-lederer-muellers-spd-hat-das-gespuer-fuer-die-realitaet-verloren-1391120.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell before the Berlin election of 18 "
              "September 2016 and reposted by the news aggregator mittelstandcafe.de, news id 1391120; undated in the copy, "
              "summer 2016 by its content and by the article number 14432020 of its link line; the sender is named in the body, "
              "the service line and the contact block); the stored excerpt begins with the body: the aggregator's headline, "
              "which the address slug gives as 'der-tagesspiegel-linkenchef-lederer-muellers-spd-hat-das-gespuer-fuer-die-"
              "realitaet-verloren', is not in the copy, so the document has no title (rules 18, 32, 4710); the body, "
              "hard-wrapped without empty lines, is joined with one space and stays one paragraph (rules 1372, 2695, 4710); the "
              "link line 'http://www.tagesspiegel.de/politik/berlin-wahl-linken-chef-lederer-spd-hat-gespuer-fuer-die-"
              "realitaet-verloren/14432020.html' (wrapped over two lines in the copy), the service line 'Inhaltliche Rückfragen "
              "richten Sie bitte an: Der Tagesspiegel, Newsroom, Telefon: 030-29021-14909.', the contact block 'Pressekontakt: "
              "Der Tagesspiegel Chefin vom Dienst Patricia Wolf …' and the stray character 'Â' after it dropped (rule 3710); "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[LE_P1],
    # the marked phrase of the reproach `wirft den Berliner Sozialdemokraten vor, das "…" zu haben` is Lederer's, the Social
    # Democrats being the ones reproached (rules 3, 25); the marked phrase in the Konjunktiv sentence whose subject is
    # Michael Müller (`lasse der SPD-Spitzenkandidat Michael Müller "…" vermissen`), closed by `schreibt Lederer in einem
    # Beitrag`, is Lederer's written words, not Müller's (rules 28, 4713); the paper's name in marks is null, the paper the
    # medium of the article (rules 2, 2771); Michael Müller, the SPD and the Greens say nothing; `Der Landeschef der Linken`
    # names a party and is no alias (rule 33)
    quotes=[("„Gespür für die Realität verloren“", LEDERER),
            (cut(LE_P1, "„jeden Anflug", "Selbstkritik“"), LEDERER),
            ("„Tagesspiegel“", None)],
    aliases={LEDERER: ["Klaus Lederer", "Lederer"]})

# --- Der Tagesspiegel (mittelstandcafe.de repost), November 2017: Jürgen Trittin on the Jamaica exploratory talks ---

TJ_T = ("Der Tagesspiegel: Trittin: Es steht in Sondierungen für die Grünen 0:10 / „Wir Grüne müssen am wenigsten Angst vor "
        "Neuwahlen haben“")
TJ_P1 = join("Der Grünen-Politiker Jürgen Trittin hat vor der",
             "entscheidenden Woche der Jamaika-Sondierungen eine kritische Bilanz",
             "bisheriger Verhandlungsfortschritte gezogen. „Diese Woche war für uns",
             "ernüchternd“, sagte der Ex-Umweltminister dem in Berlin erscheinenden",
             "Tagesspiegel (Sonntag). „Wenn heute Grünen-Parteitag wäre, müsste ich",
             "sagen: Von unserem Zehn-Punkte-Programm ist noch kein einziger Punkt",
             "umgesetzt. Für die Grünen steht es 0:10.“")

add(id="ho752-mittelstandcafe-tagesspiegel-2017-11-trittin-jamaika-sondierungen",
    title=TJ_T,
    url="https://www.mittelstandcafe.de/der-tagesspiegel-trittin-es-steht-in-sondierungen-fuer-die-gruenen-0-10-wir-gruene-muessen-am-wenigsten-angst-vor-neuwahlen-haben-1550288.html",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for a Sunday edition ('Tagesspiegel "
              "(Sonntag)') before the last week of the exploratory talks of CDU/CSU, FDP and Greens, which ended on 19 "
              "November 2017, so for Sunday 12 November 2017, and reposted by the news aggregator mittelstandcafe.de, news id "
              "1550288; the sender is named in the headline prefix, the service line, the contact block and the line "
              "'Original-Content von: Der Tagesspiegel, übermittelt durch news aktuell'); the double headline with the prefix "
              "'Der Tagesspiegel:' and its two parts joined by ' / ' is the title as stored; the body, hard-wrapped without "
              "empty lines, is joined with one space and stays one paragraph (rules 1372, 2695, 4710); the service line "
              "'Inhaltliche Rückfragen richten Sie bitte an: Der Tagesspiegel, Newsroom, Telefon: 030-29021-14909.', the "
              "contact block 'Pressekontakt: Der Tagesspiegel Chefin vom Dienst Patricia Wolf …' and the 'Original-Content' "
              "line dropped (rule 3710); complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[TJ_P1],
    # the title's second part, a quotation after the label `Trittin:` and the slash, is his although the body does not
    # repeat it (rules 26, 54, 4714); the first part after the label is unmarked (rule 5); the quotation before `sagte der
    # Ex-Umweltminister dem in Berlin erscheinenden Tagesspiegel (Sonntag)` is his, the role taking up `Der Grünen-Politiker
    # Jürgen Trittin` of the sentence before (rules 8, 30); the cue-less quotation after the cue continues him, the colon
    # inside its marks (`müsste ich sagen: …`) being part of it (NOTES.md continuation and span convention); the paper is
    # named without marks (rule 2771); the Greens, whose `Zehn-Punkte-Programm` he cites, say nothing;
    # `Ex-Umweltminister` names only him in the release and is an alias (rule 44), `Grünen-Politiker` names a party and is not (rule 33)
    quotes=[("„Wir Grüne müssen am wenigsten Angst vor Neuwahlen haben“", TRITTIN),
            (cut(TJ_P1, "„Diese Woche", "ernüchternd“"), TRITTIN),
            (cut(TJ_P1, "„Wenn heute", "steht es 0:10.“"), TRITTIN)],
    aliases={TRITTIN: ["Jürgen Trittin", "Trittin", "Ex-Umweltminister"]})

# --- Rheinische Post (mittelstandcafe.de repost), 15 October 2018: Peter Ramsauer after the Bavarian election ---

RA_P1 = join("Der frühere CSU-Spitzenkandidat Peter Ramsauer",
             "erwartet personelle Überlegungen nach dem Wahldebakel vom Sonntag in",
             "Bayern. „Eine Führungsdebatte wird sich gar nicht vermeiden lassen“,",
             "sagte Ramsauer der Düsseldorfer „Rheinischen Post“ (Montag). Die",
             "Landtagswahlen hätten ein „verheerendes Ergebnis für die CSU“",
             "ergeben, das „durch nichts, aber auch gar nicht zu relativieren“ sei,",
             "sagte der CSU-Politiker.")

add(id="ho752-mittelstandcafe-rp-2018-10-ramsauer-csu-fuehrungsdebatte",
    url="https://www.mittelstandcafe.de/rheinische-post-ramsauer-erwartet-csu-fuehrungsdebatte-nach-wahldebakel-1659981.html",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Monday edition "
              "('(Montag)') after the Bavarian Landtag election of Sunday 14 October 2018, so for Monday 15 October 2018, and "
              "reposted by the news aggregator mittelstandcafe.de, news id 1659981; the sender is named in the body, the "
              "contact block and the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell'); the stored "
              "excerpt begins with the body: the aggregator's headline, which the address slug gives as 'rheinische-post-"
              "ramsauer-erwartet-csu-fuehrungsdebatte-nach-wahldebakel', is not in the copy, so the document has no title "
              "(rules 18, 32, 4710); the copy shows no dateline; the body, hard-wrapped without empty lines, is joined with one "
              "space and stays one paragraph: the short first line 'Der frühere CSU-Spitzenkandidat Peter Ramsauer' (46 "
              "characters) ends in mid-sentence (rules 1372, 2695, 4710); the contact block 'Pressekontakt: Rheinische Post "
              "Redaktion Telefon: (0211) 505-2621' and the 'Original-Content' line dropped (rule 2770); complete as stored)",
    license=OTS_MEDIEN_REPOST_AGGREGATOR,
    paras=[RA_P1],
    # the quotation before `sagte Ramsauer der Düsseldorfer "Rheinischen Post" (Montag)` is his (rule 30), the paper's name
    # null (rules 2, 2771); the two partial quotations in the Konjunktiv sentence whose subject is `Die Landtagswahlen`,
    # closed by `sagte der CSU-Politiker`, are his, the role taking up Ramsauer of the sentence before (rules 3, 8, 30,
    # 4651); the CSU, of which he speaks, says nothing; `frühere CSU-Spitzenkandidat` and `CSU-Politiker` name a party and
    # are no aliases (rule 33)
    quotes=[("„Eine Führungsdebatte wird sich gar nicht vermeiden lassen“", RAMSAUER),
            ("„Rheinischen Post“", None),
            ("„verheerendes Ergebnis für die CSU“", RAMSAUER),
            ("„durch nichts, aber auch gar nicht zu relativieren“", RAMSAUER)],
    aliases={RAMSAUER: ["Peter Ramsauer", "Ramsauer"]})
