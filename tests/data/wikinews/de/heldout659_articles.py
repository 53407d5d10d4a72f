# Six-hundred-and-fifty-ninth held-out German real-news set (tests/data/heldout659-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4010-4012). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fifty-ninth held-out set": nine releases of two German regional newspapers
# sent over the ots service of news aktuell, each reporting what persons told the paper or said: five of the Rheinische Post,
# Düsseldorf, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Detlef Wetzel of the IG Metall on a strike ballot,
# March 2006; Anton F. Börner of the BGA on the GDL's freight strike, November 2007; Oliver Zander of Gesamtmetall on the DGB
# congress's vote, May 2014; Arnold Vaatz on the train drivers' strike, October 2014; Günter Krings and Johannes Vogel on the
# NRW-SPD's refusal to govern, May 2017), three of the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom (OTS_MEDIEN:
# the NRW DGB chief Guntram Schneider's peace offer to Jürgen Rüttgers, August 2007; the WAZ group's managing director Bodo
# Hombach on Mathias Döpfner's initiative, August 2009; Thyssen-Krupp's works council chairman Thomas Schlenz on job cuts,
# October 2009) and one of the WAZ reposted with the wire's '(ots) -' by the press-release portal pressekat.de
# (OTS_MEDIEN_REPOST_PRESSEKAT: five local politicians of the Ruhr and the Rhineland on a poster slogan of the Düsseldorf CDU,
# probably spring 2014). Stored copies are the `search` tool's `pages` excerpts; eight release bodies are complete in them, the
# pressekat.de copy is cut off inside its fourth paragraph, which is dropped (rule 15); the newsroom, portal and wire furniture is
# dropped and the hard-wrapped lines are joined (rules 660, 1372, 2770, 3590, 4010); each retrieval note names what was dropped.
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


WETZEL = "Delef Wetzel"
BOERNER = "Anton F. Börner"
ZANDER = "Oliver Zander"
VAATZ = "Arnold Vaatz"
KRINGS = "Günter Krings"
VOGEL = "Johannes Vogel"
DGB = "Gewerkschaftsbund"
SCHNEIDER = "Guntram Schneider"
HOMBACH = "Bodo Hombach"
SCHLENZ = "Thomas Schlenz"
LORENZ = "Jörg Lorenz"
IBE = "Peter Ibe"
WIGLOW = "Christian Wiglow"
ZWILLING = "Peter Zwilling"
EHLERT = "Detlef Ehlert"

# --- Rheinische Post (presseportal.de, newsroom 30621), 29 March 2006: Detlef Wetzel on a strike ballot of the IG Metall ---

WE_T = "Rheinische Post: Urabstimmung nach Ostern"
WE_P1 = ("Düsseldorf (ots) - Die Warnstreiks sind kaum angelaufen, da droht die IG Metall auch schon mit Urabstimmung und harten "
         "Streiks. \"Wenn vor Ostern keine Verhandlungslösung erkennbar ist, werden wir nach Ostern über Streik und Urabstimmung "
         "nachdenken\", sagte Delef Wetzel, der Bezirksleiter der IG Metall Nordrhein-Westfalen der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Mittwochausgabe). \"Der Vorstand der IG Metall wird am 24./25. April beraten. Dann könnte eine "
         "Entscheidung über die Urabstimmung fallen.\"")

add(id="ho659-presseportal-rp-2006-03-wetzel-urabstimmung-nach-ostern",
    title=WE_T,
    url="https://www.presseportal.de/pm/30621/804001",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of "
              "29 March 2006, dated by the edition day and by the story list of the second stored copy of the same release, "
              "https://presseportal.de/pm/30621/804001?langid=7, whose latest teasers are the paper's commentaries of "
              "'28.03.2006 – 21:25' and later of that evening); the plain copy, whose body is one line, is used rather than "
              "the hard-wrapped copy with the language parameter (rule 2770: the copy used decides); the newsroom label "
              "'Rheinische Post' above the headline dropped; the headline with its prefix is the title; the dateline "
              "'Düsseldorf (ots) -' run into the paragraph as stored, its indentation dropped (rule 2770); the contact block "
              "'Rückfragen bitte an: Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: "
              "Rheinische Post, übermittelt durch news aktuell' and the lines 'Weitere Meldungen: Rheinische Post' and 'Das "
              "könnte Sie auch interessieren:' dropped; the published misspelling 'Delef Wetzel' (for Detlef Wetzel) and the "
              "missing comma after 'Nordrhein-Westfalen' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=[WE_P1],
    # the quotation before `sagte Delef Wetzel, der Bezirksleiter der IG Metall Nordrhein-Westfalen der … "Rheinischen Post"`
    # is his (rule 30), its `wir` speaking for the union; the paper's name in marks is null (rules 2, 2771); the cue-less
    # quotation right after the cue sentence continues him (NOTES.md continuation); the canonical name is the published form
    # `Delef Wetzel`, the only form in the text (rules 7, 20); the IG Metall and its Vorstand say nothing in marks;
    # `Bezirksleiter der IG Metall Nordrhein-Westfalen` names the union and is no alias (rule 33)
    quotes=[(cut(WE_P1, "\"Wenn vor Ostern", "nachdenken\""), WETZEL),
            ("\"Rheinischen Post\"", None),
            (cut(WE_P1, "\"Der Vorstand", "fallen.\""), WETZEL)],
    aliases={WETZEL: ["Delef Wetzel"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 18 August 2007: Guntram Schneider's peace offer ---

SN_T = "WAZ: DGB-Chef von NRW macht Rüttgers ein Friedensangebot"
SN_P1 = join("Nach monatelangem Dauerfeuer der Gewerkschaften",
             "gegen die schwarz-gelbe Landesregierung hat der ",
             "nordrhein-westfälische DGB-Chef Guntram Schneider Ministerpräsident ",
             "Jürgen Rüttgers (CDU) ein Friedensangebot gemacht. \"Wir haben kein ",
             "Interesse, einen Dauerkrieg zu führen\", erklärte Schneider gegenüber ",
             "der in Essen erscheinenden Westdeutschen Allgemeinen Zeitung (WAZ, ",
             "Samstagausgabe). Schriftlich bittet der Gewerkschaftsboss ",
             "CDU-Parteichef Rüttgers um einen Termin. Trotz der \"erheblichen ",
             "Spannungen\" hoffe der Gewerkschaftsbund, dass \"im Interesse der ",
             "Menschen\" die Rückkehr zu einer Arbeitsbeziehung möglich sei. Auch ",
             "FDP-Fraktionschef Gerhard Papke erhielt von Schneider ein ",
             "Gesprächsangebot.")

add(id="ho659-presseportal-waz-2007-08-schneider-friedensangebot-ruettgers",
    title=SN_T,
    url="https://www.presseportal.de/pm/55903/1034262",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Saturday "
              "edition of 18 August 2007, dated by the edition day and by the story list, whose latest teasers are the "
              "paper's releases of '17.08.2007 – 19:06' and '17.08.2007 – 17:18'); the widget lines 'Alle Storys', 'Folgen', "
              "'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, "
              "3010); the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own; the "
              "hard-wrapped lines joined with one space, a line-end space of the copy taken as that space; no line that "
              "closes a sentence ends short without the wrap space, so the body is one paragraph (rules 1372, 2770, 3590); "
              "the contact block 'Pressekontakt: Rückfragen bitte an: Westdeutsche Allgemeine Zeitung Zentralredaktion "
              "Telefon: (0201) 804-0 zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with "
              "its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", SN_P1],
    # the quotation before `erklärte Schneider gegenüber der … Westdeutschen Allgemeinen Zeitung` is his, the paper named
    # without marks the addressee (rules 12, 30), its `Wir` speaking for the unions; the two partial quotations in the
    # Konjunktiv sentence `Trotz der "…" hoffe der Gewerkschaftsbund, dass "…" …` are the federation's, the sentence's
    # subject, although the sentence before tells that its chief wrote the letter (rule 4012); the headline's unmarked
    # `Friedensangebot` carries no span (rule 5); Jürgen Rüttgers, the Landesregierung, the Gewerkschaften and Gerhard Papke
    # say nothing; `DGB-Chef`, `Gewerkschaftsboss` and `nordrhein-westfälische DGB-Chef` name the federation and are no
    # aliases of Schneider, nor is the `DGB` of the compounds an alias of the federation (rules 33, 3961)
    quotes=[(cut(SN_P1, "\"Wir haben", "zu führen\""), SCHNEIDER),
            ("\"erheblichen Spannungen\"", DGB),
            ("\"im Interesse der Menschen\"", DGB)],
    aliases={SCHNEIDER: ["Guntram Schneider", "Schneider"],
             DGB: ["Gewerkschaftsbund"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 9 November 2007: Anton F. Börner on the GDL's freight strike ---

BO_T = "Rheinische Post: Bahn-Streik: BGA-Präsident Börner kritisiert Lokführer-Gewerkschaft GDL"
BO_P1 = join("Der Präsident des Bundesverbands des deutschen",
             "Groß- und Außenhandels (BGA), Anton F. Börner, hat die ",
             "Lokführer-Gewerkschaft GDL wegen des 42-Stunden-Streiks im ",
             "Güterverkehr scharf kritisiert. \"Wir stehen vor erheblichen ",
             "Lieferverzögerungen und Kostenerhöhungen. Es drohen massive ",
             "volkswirtschaftliche Schäden\", sagte Börner der \"Rheinischen Post\" ",
             "(Freitagausgabe). Börner mahnte angesichts des Streiks eine schnelle ",
             "Bahn-Privatisierung an. \"Wir brauchen die Trennung von Schienennetz ",
             "und Fahrbetrieb sowie mehr Konkurrenten zur Deutschen Bahn, damit ",
             "solche einseitigen Störmanöver nicht mehr auftreten.\"")

add(id="ho659-presseportal-rp-2007-11-boerner-gdl-streik-gueterverkehr",
    title=BO_T,
    url="http://www.presseportal.de/pm/30621/1080753",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Friday edition of 9 "
              "November 2007, dated by the edition day, by the GDL's 42-hour freight strike that began on 8 November 2007 and "
              "by the story list, whose latest teasers are the paper's releases of '09.11.2007 – 00:00'); the widget lines "
              "'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label dropped (rules "
              "2770, 3010); the headline with its prefix and its label 'Bahn-Streik:' is the title, the dateline 'Düsseldorf "
              "(ots)' a line of its own; the hard-wrapped lines joined with one space, a line-end space of the copy taken as "
              "that space; the only line that closes a sentence inside the body ('(Freitagausgabe). Börner mahnte …') runs on "
              "and ends with the wrap space, so the body is one paragraph (rules 1372, 2770, 3590); the contact block "
              "'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: "
              "Rheinische Post, übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with its "
              "teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", BO_P1],
    # the quotation before `sagte Börner der "Rheinischen Post"` is his (rule 30), the paper's name null (rules 2, 2771), its
    # `Wir` speaking for the wholesalers; the cue-less quotation after the narrator's `Börner mahnte … eine schnelle
    # Bahn-Privatisierung an.`, whose subject is he, continues him (NOTES.md continuation); the GDL and the Deutsche Bahn say
    # nothing; `BGA-Präsident` and `Der Präsident des Bundesverbands des deutschen Groß- und Außenhandels (BGA)` name the
    # association and are no aliases (rule 33)
    quotes=[(cut(BO_P1, "\"Wir stehen", "Schäden\""), BOERNER),
            ("\"Rheinischen Post\"", None),
            (cut(BO_P1, "\"Wir brauchen", "auftreten.\""), BOERNER)],
    aliases={BOERNER: ["Anton F. Börner", "Börner"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), August 2009: Bodo Hombach on Döpfner's initiative ---

HO_T = "WAZ-Geschäftsführer begrüßt Döpfner-Initiative"
HO_P1 = ("Zu der gestrigen Anregung des Vorstandsvorsitzenden der Axel Springer AG, Dr. Mathias Döpfer, erklärt "
         "WAZ-Geschäftsführer Bodo Hombach: \"Die öffentlich gemachten Überlegungen von Dr. Döpfner sind die wichtigste "
         "medienpolitische Initiative seit Jahrzehnten. Ich wünschte mir, dass die Verbände die Diskussion darüber, wie "
         "Qualitätsjournalismus auch im Online-Bereich refinanziert und damit erhalten werden kann, aufgreifen. Diese "
         "medienpolitische Diskussion ist in Deutschland längst überfällig.\"")

add(id="ho659-presseportal-waz-2009-08-hombach-doepfner-initiative",
    title=HO_T,
    url="http://www.presseportal.de/pm/55903/1453464/westdeutsche_allgemeine_zeitung",
    retrieved="same address (statement of the WAZ Mediengruppe's managing director sent over news aktuell in the newsroom of the "
              "Westdeutsche Allgemeine Zeitung, Essen, after the story list's latest teasers of '06.08.2009 – 19:23' and "
              "'06.08.2009 – 19:22', so 7 August 2009 or a few days later; the contact block names the group's spokesman and "
              "the publishing company); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine "
              "Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline, which has no prefix, "
              "is the title, the dateline 'Essen (ots)' a line of its own; the contact block 'Pressekontakt: Paul Binder WAZ "
              "Mediengruppe - Unternehmenssprecher - …' with the company's address, registry and management lines, the line "
              "'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' and the list 'Weitere "
              "Storys: Westdeutsche Allgemeine Zeitung' with its teasers dropped; the published misspelling 'Dr. Mathias "
              "Döpfer' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", HO_P1],
    # the colon quotation after `erklärt WAZ-Geschäftsführer Bodo Hombach:` is his (rule 9); Mathias Döpfner, misspelt
    # `Döpfer` in the narration and named `Dr. Döpfner` inside Hombach's quotation, the Axel Springer AG and the Verbände say
    # nothing; the headline's unmarked report carries no span (rule 5); `WAZ-Geschäftsführer` names the group and is no alias
    # (rule 33)
    quotes=[(cut(HO_P1, "\"Die öffentlich", "überfällig.\""), HOMBACH)],
    aliases={HOMBACH: ["Bodo Hombach"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 20 October 2009: Thomas Schlenz on Thyssen-Krupp ---

SL_T = "WAZ: Unruhe bei Thyssen-Krupp"
SL_P1 = ("Für heftige Unruhe in der Thyssen-Krupp-Belegschaft sorgen Informationen des Vorstandschefs Ekkehard Schulz über den "
         "Wegfall von weiteren 20 000 Stellen. Im Gespräch mit der Essener WAZ-Gruppe (Dienstagausgabe) forderte "
         "Konzern-Betriebsratsvorsitzender Thomas Schlenz: \"Der Vorstand muss endlich aufhören, die Leute verrückt zu machen. "
         "Es kann nicht sein, dass alle Presseerklärungen von Herrn Schulz erklärt werden müssen.\" Die vom Thyssen-Krupp-Chef "
         "in Peking vorgestellten Zahlen seien eine Addition von bekannten Restrukturierungs-Maßnahmen und "
         "Betriebsveräußerungen. Das bestätigte auch ein Konzernsprecher in Düsseldorf.")

add(id="ho659-presseportal-waz-2009-10-schlenz-unruhe-thyssen-krupp",
    title=SL_T,
    url="https://presseportal.de/pm/55903/1495693",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Tuesday "
              "edition of 20 October 2009, dated by the edition day and by the story list of the second stored copy of the "
              "same release, https://presseportal.de/en/pm/55903/1495693, whose latest teasers are the paper's releases of "
              "'18.10.2009 – 18:24' and '18.10.2009 – 18:19'); the copy that gives the body as one line is used (rule 2770: "
              "the copy used decides); the newsroom label 'Westdeutsche Allgemeine Zeitung' above the headline dropped; the "
              "headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own; the contact block "
              "'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-6528 "
              "zentralredaktion@waz.de' and the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt "
              "durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", SL_P1],
    # the colon quotation after `forderte Konzern-Betriebsratsvorsitzender Thomas Schlenz:` is his (rule 9), the WAZ group
    # named without marks the addressee (rule 12); the Konjunktiv sentence on the figures after it is unmarked (rule 5);
    # Ekkehard Schulz (named inside the quotation as `Herrn Schulz`), the Vorstand and the Konzernsprecher say nothing in
    # marks; `Konzern-Betriebsratsvorsitzender`, a role without a body's name that names only him in the release, is an alias
    # (rule 44), while `Vorstandschefs` and `Thyssen-Krupp-Chef` name Schulz
    quotes=[(cut(SL_P1, "\"Der Vorstand", "werden müssen.\""), SCHLENZ)],
    aliases={SCHLENZ: ["Thomas Schlenz", "Konzern-Betriebsratsvorsitzender"]})

# --- WAZ (ots, reposted by pressekat.de), probably spring 2014: the Düsseldorf CDU's poster slogan and its neighbours ---

WK_T = "WAZ: Empörung im Ruhrgebiet über Wahlkampfspruch der Düsseldorfer CDU"
WK_P1 = join("(ots) - Mit einem ungewöhnlich deftigen Wahlkampfspruch",
             "provoziert die Düsseldorfer CDU die Nachbarn der Landeshauptstadt.",
             "Entlang der Stadtgrenze stehen 100 Plakate mit dem Slogan \"Sie",
             "verlassen den schuldenfreien Sektor\" und dessen englischer",
             "Übersetzung \"You are leaving the debt free sector.\" Die Plakate",
             "erinnern an die frühere Beschilderung der Alliierten an der Grenze",
             "zwischen West- und Ostberlin. Besonders das Ruhrgebiet reagiert",
             "empört auf die Aktion. Von \"Unverschämtheit\" ist die Rede.")
WK_P2 = join("\"Das ist hochnäsig. So etwas gehört sich nicht. Wir gönnen es den",
             "Düsseldorfern, dass es ihnen gut geht\", wetterte Jörg Lorenz,",
             "Geschäftsführer der Duisburger SPD, im Gespräch mit der Westdeutschen",
             "Allgemeinen Zeitung (WAZ, Dienstagausgabe). Der stellvertretende Chef",
             "der Duisburger CDU, Peter Ibe, findet den Spruch \"auf den ersten",
             "Blick okay\". Aber wirklich amüsiert ist der Unionspolitiker nicht",
             "angesichts des plakativen Eigenlobs der Düsseldorfer. \"Viele",
             "Duisburger arbeiten in Düsseldorf und tragen zum Wohlstand dieser",
             "Stadt bei\", sagte Ibe. Das Revier habe seine Schulden eben noch nicht",
             "abarbeiten können.")
WK_P3 = join("Christian Wiglow, Fraktionschef der SPD in Ratingen, findet die",
             "Sprüche aus Düsseldorf \"hochnotpeinlich\". Der Vergleich mit der",
             "früheren Zonengrenze sei \"völlig daneben\". Peter Zwilling,",
             "Geschäftsführer der SPD im Kreis Mettmann, sagte: \"Daraus spricht die",
             "arrogante Art der CDU und des Oberbürgermeisters der",
             "Landeshauptstadt.\" Detlef Ehlert (SPD Erkrath) attackierte den",
             "Düsseldorfer OB Dirk Elbers: \"Er sollte es sich nicht auf diese Weise",
             "mit seinen Nachbarn verderben.\"")

add(id="ho659-pressekat-waz-2014-wahlkampfspruch-duesseldorfer-cdu",
    title=WK_T,
    url="https://www.pressekat.de/pressinfo1051958-waz-emp-rung-im-ruhrgebiet-ber-wahlkampfspruch-der-d-sseldorfer-cdu.html",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over ots for a Tuesday edition and "
              "reposted by the press-release portal pressekat.de; the sender is named in the headline prefix 'WAZ:' and in the "
              "body ('im Gespräch mit der Westdeutschen Allgemeinen Zeitung (WAZ, Dienstagausgabe)'); the stored copy ends "
              "before the contact block and the portal's date line, so the release is dated only by its content, the "
              "campaign of the Düsseldorf CDU under Oberbürgermeister Dirk Elbers before a local election, and by the portal id "
              "1051958, a little below the id 1057381 of the portal's copy of a Neue Osnabrücker Zeitung release of 10 May 2014 "
              "(603rd set): probably April or early May 2014, before the local elections of 25 May 2014 (least certain); "
              "the portal's page title 'PresseKat - …', which repeats the headline, and its line 'ID: 1051958' dropped; the "
              "headline with its prefix is the title; the blocks of the copy separated by empty lines are the paragraphs, each "
              "hard-wrapped block's lines joined with one space, the wire's '(ots) -' without the place kept at the start of "
              "the first (rules 660, 3010, 3070, 3590, 4010); the fourth paragraph ('Der Kreisgeschäftsführer der CDU in Düsseldorf, "
              "Bernhard Herzog, kann die ganze Aufregung nicht verstehen. \"Wir wollen nicht provozieren, … fühlen. E'), which "
              "the copy breaks off inside a quotation, dropped with it (rule 15))",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[WK_P1, WK_P2, WK_P3],
    # the poster slogan after `100 Plakate mit dem Slogan` and its English translation on the same posters are null: a
    # campaign's poster text, which the text credits to the Land capital's CDU as the party that put it up, not a statement
    # of a speaker (rules 2086, 3281); the word in marks after `Besonders das Ruhrgebiet reagiert empört auf die Aktion. Von
    # "…" ist die Rede.` is null (rule 4011); the quotation before `wetterte Jörg Lorenz, Geschäftsführer der Duisburger SPD`
    # is his (rule 30), the paper named without marks the addressee (rule 12); the partial quotation after `Peter Ibe,
    # findet den Spruch` is his (rules 3, 25), and so is the quotation before `sagte Ibe`, although the narrator's sentence
    # between them names him only as `der Unionspolitiker` (rule 30); the Konjunktiv sentence on the Revier's debts is
    # unmarked (rule 5); the partial quotation after `Christian Wiglow, … findet die Sprüche aus Düsseldorf` and the one in
    # the next Konjunktiv sentence `Der Vergleich … sei "…"` are his (rules 3, 25); the colon quotations after `Peter
    # Zwilling, Geschäftsführer der SPD im Kreis Mettmann, sagte:` and `Detlef Ehlert (SPD Erkrath) attackierte den
    # Düsseldorfer OB Dirk Elbers:` are theirs (rule 9), Dirk Elbers the addressee and the `Er` of Ehlert's quotation; the
    # Düsseldorfer CDU, the Ruhrgebiet, the Alliierten and the Düsseldorfer say nothing; `Unionspolitiker`, `Geschäftsführer
    # der Duisburger SPD`, `stellvertretende Chef der Duisburger CDU`, `Fraktionschef der SPD in Ratingen` and `Geschäftsführer
    # der SPD im Kreis Mettmann` name a party and are no aliases (rule 33)
    quotes=[(cut(WK_P1, "\"Sie", "Sektor\""), None),
            ("\"You are leaving the debt free sector.\"", None),
            ("\"Unverschämtheit\"", None),
            (cut(WK_P2, "\"Das ist hochnäsig", "gut geht\""), LORENZ),
            (cut(WK_P2, "\"auf den ersten", "okay\""), IBE),
            (cut(WK_P2, "\"Viele", "dieser Stadt bei\""), IBE),
            ("\"hochnotpeinlich\"", WIGLOW),
            ("\"völlig daneben\"", WIGLOW),
            (cut(WK_P3, "\"Daraus spricht", "Landeshauptstadt.\""), ZWILLING),
            (cut(WK_P3, "\"Er sollte", "verderben.\""), EHLERT)],
    aliases={LORENZ: ["Jörg Lorenz"],
             IBE: ["Peter Ibe", "Ibe"],
             WIGLOW: ["Christian Wiglow"],
             ZWILLING: ["Peter Zwilling"],
             EHLERT: ["Detlef Ehlert"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 14 May 2014: Oliver Zander of Gesamtmetall on the DGB congress ---

ZA_T = "Rheinische Post: Gesamtmetall kritisiert DGB-Beschluss zur Tarifeinheit"
ZA_P1 = ("Der Arbeitgeberverband Gesamtmetall ist entsetzt, dass der Deutsche Gewerkschaftsbund (DGB) eine gesetzliche Regelung "
         "zur Tarifeinheit ablehnt. \"Die Meinung des DGB-Kongresses kann nicht maßgeblich sein für die Bundesregierung. Wir "
         "fordern die Bundesarbeitsministerin auf, die Tarifeinheit wie im Koalitionsvertrag vereinbart, nun gesetzlich "
         "umzusetzen.\", sagte Oliver Zander, Hauptgeschäftsführer von Gesamtmetall, der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Mittwochausgabe). Der DGB-Bundeskongress hat soeben eine gesetzliche Regelung zur Tarifeinheit "
         "abgelehnt, wenn damit eine Einschränkung der Tarifautonomie und des Streikrechts verbunden ist.")

add(id="ho659-presseportal-rp-2014-05-zander-gesamtmetall-tarifeinheit",
    title=ZA_T,
    url="https://presseportal.de/en/pm/30621/2735643?langid=1",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of 14 "
              "May 2014, dated by the edition day, by the DGB's federal congress in Berlin in May 2014 and by the story list, "
              "whose latest teasers are the paper's releases of '13.05.2014 – 15:04' and '13.05.2014 – 00:00'); the English "
              "interface: the widget lines 'All Stories', 'Follow', 'Subscribe to Rheinische Post' and the newsroom label "
              "dropped (rules 2770, 3010); the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line "
              "of its own, the paragraph one line as stored; the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2621', the line 'Original content of: Rheinische Post, transmitted by news aktuell' and the "
              "list 'More stories: Rheinische Post' with its teasers dropped; the published full stop and comma after the "
              "closing mark ('umzusetzen.\",') and the comma in 'die Tarifeinheit wie im Koalitionsvertrag vereinbart, nun' "
              "kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", ZA_P1],
    # the quotation before `sagte Oliver Zander, Hauptgeschäftsführer von Gesamtmetall, der … "Rheinischen Post"` is his, not
    # the association's that is the subject of the sentence before, since the cue names him (rule 30); its `Wir` speaks for
    # Gesamtmetall; its span ends at the closing mark, the full stop inside it (rule 20); the paper's name is null (rules 2,
    # 2771); the headline's unmarked `Gesamtmetall kritisiert …` carries no span (rule 5); the DGB, its congress, the
    # Bundesregierung and the Bundesarbeitsministerin say nothing; `Hauptgeschäftsführer von Gesamtmetall` names the
    # association and is no alias (rule 33)
    quotes=[(cut(ZA_P1, "\"Die Meinung", "umzusetzen.\""), ZANDER),
            ("\"Rheinischen Post\"", None)],
    aliases={ZANDER: ["Oliver Zander"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 18 October 2014: Arnold Vaatz on the train drivers' strike ---

VA_T = ("Rheinische Post: Unionsfraktionsvize Vaatz nennt Lokführerstreik \"Spiel mit dem sozialen Frieden im Land\"")
VA_P1 = ("Unionsfraktionsvize Arnold Vaatz (CDU) hat den Lokführerstreik als \"völlig unangemessen\" kritisiert. \"Das ist ein "
         "Spiel mit dem sozialen Frieden im Land\", sagte Vaatz der in Düsseldorf erscheinenden \"Rheinischen Post\" "
         "(Samstagausgabe). Der Streik werde \"negative Folgen für das Gemeinwohl\" haben, so der CDU-Politiker. Vaatz verwies "
         "auch darauf, dass es die große Koalition bisher versäumt habe, die im Koalitionsvertrag vorgesehene Tarifunion "
         "umzusetzen. \"Jetzt muss gehandelt werden\", sagte Vaatz. An dem Streik sehe man, wie dringend die Regelung sei.")

add(id="ho659-presseportal-rp-2014-10-vaatz-lokfuehrerstreik-sozialer-frieden",
    title=VA_T,
    url="http://api.pressportal.de/pm/30621/2857814",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Saturday edition of "
              "18 October 2014, dated by the edition day, by the GDL's strike of that weekend and by the story list, whose "
              "latest teasers are the paper's releases of '17.10.2014 – 12:20' and '17.10.2014 – 00:00'; the presseportal "
              "page as shown under the API host api.pressportal.de, with the same furniture as the newsroom copies; rule 4010); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label "
              "dropped (rules 2770, 3010); the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line "
              "of its own, the paragraph one line as stored; the contact block 'Pressekontakt: Rheinische Post Redaktion "
              "Telefon: (0211) 505-2621', the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' and "
              "the list 'Weitere Storys: Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", VA_P1],
    # the headline quotation after `Unionsfraktionsvize Vaatz nennt Lokführerstreik` is his: the body gives him the same words
    # in his quotation (rule 26); the partial quotation after `hat den Lokführerstreik als "…" kritisiert` is his (rules 3,
    # 25); the quotations before `sagte Vaatz der … "Rheinischen Post"` and `sagte Vaatz` are his (rule 30), the paper's name
    # null (rules 2, 2771); the partial quotation in the Konjunktiv sentence closed by `so der CDU-Politiker` is his (rules 3,
    # 8); the Konjunktiv sentences on the Tarifunion and the Regelung are unmarked (rule 5); the große Koalition and the
    # Lokführer say nothing; `Unionsfraktionsvize` and `CDU-Politiker` name the parliamentary group and the party and are no
    # aliases (rule 33)
    quotes=[("\"Spiel mit dem sozialen Frieden im Land\"", VAATZ),
            ("\"völlig unangemessen\"", VAATZ),
            (cut(VA_P1, "\"Das ist ein", "im Land\""), VAATZ),
            ("\"Rheinischen Post\"", None),
            ("\"negative Folgen für das Gemeinwohl\"", VAATZ),
            ("\"Jetzt muss gehandelt werden\"", VAATZ)],
    aliases={VAATZ: ["Arnold Vaatz", "Vaatz"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 17 May 2017: Günter Krings and Johannes Vogel on the NRW-SPD ---

KV_T = "Rheinische Post: Kritik an Regierungsabsage der NRW-SPD"
KV_P1 = ("Die Absage der nordrhein-westfälischen SPD an eine Regierungsbeteiligung unter Führung der CDU ist auf scharfe Kritik "
         "gestoßen. \"Die SPD mag eine schwere Zeit durchmachen, aber sich schon bloßen Sondierungsgesprächen zu verweigern, ist "
         "eine Flucht vor der demokratischen Verantwortung\", sagte NRW-Landesgruppenchef Günter Krings (CDU) der in Düsseldorf "
         "erscheinenden \"Rheinischen Post\" (Mittwochausgabe). Für die CDU gelte dagegen eine andere Rangfolge: \"Erst kommt "
         "das Land, dann die Partei\", erklärte Krings. Der NRW-FDP-Generalsekretär Johannes Vogel erinnerte daran, dass die "
         "Sozialdemokraten in Nordrhein-Westfalen vor der Landtagswahl noch auf eine große Koalition zugesteuert seien. \"Nach "
         "der Wahl wollen sie nicht einmal sondieren, nur weil sie nicht mehr den Ministerpräsidenten stellen würden - "
         "staatspolitische Verantwortung sieht anders aus\", sagte der FDP-Politiker der \"Rheinischen Post\". Er ermahnte die "
         "SPD, dass Reden und Handeln vor und nach der Wahl identisch sein sollten.")

add(id="ho659-presseportal-rp-2017-05-krings-vogel-regierungsabsage-nrw-spd",
    title=KV_T,
    url="https://presseportal.de/en/pm/30621/3637577?langid=1",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of "
              "17 May 2017, three days after the North Rhine-Westphalian election of 14 May 2017, dated by the edition day and "
              "by the story list, whose latest teasers are the paper's releases of '17.05.2017 – 00:00' and '16.05.2017 – 21:42'); "
              "the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe to Rheinische Post' and the "
              "newsroom label dropped (rules 2770, 3010); the headline with its prefix is the title, the dateline "
              "'Düsseldorf (ots)' a line of its own, the paragraph one line as stored; the contact block 'Pressekontakt: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2621', the line 'Original content of: Rheinische Post, "
              "transmitted by news aktuell' and the list 'More stories: Rheinische Post' with its teasers dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KV_P1],
    # the quotation before `sagte NRW-Landesgruppenchef Günter Krings (CDU) der … "Rheinischen Post"` is his (rule 30); the
    # colon quotation after the Konjunktiv frame `Für die CDU gelte dagegen eine andere Rangfolge:` is closed by its own
    # `erklärte Krings` and is his (rules 9, 30; contrast rule 3961, where no cue follows the frame); the quotation before
    # `sagte der FDP-Politiker der "Rheinischen Post"` is Johannes Vogel's, the subject of the sentence before, whom the role
    # takes up (rule 30); the paper's name is null both times (rules 2, 2771); the Konjunktiv reports of Vogel's reminder and
    # warning are unmarked (rule 5); the SPD, the Sozialdemokraten and the CDU say nothing; `FDP-Politiker`,
    # `NRW-FDP-Generalsekretär` and `NRW-Landesgruppenchef` name a party or a region and are no aliases (rule 33)
    quotes=[(cut(KV_P1, "\"Die SPD mag", "Verantwortung\""), KRINGS),
            ("\"Rheinischen Post\"", None, 0),
            ("\"Erst kommt das Land, dann die Partei\"", KRINGS),
            (cut(KV_P1, "\"Nach der Wahl", "anders aus\""), VOGEL),
            ("\"Rheinischen Post\"", None, 1)],
    aliases={KRINGS: ["Günter Krings", "Krings"],
             VOGEL: ["Johannes Vogel"]})
