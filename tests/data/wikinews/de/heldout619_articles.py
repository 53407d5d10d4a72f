# Six-hundred-and-nineteenth held-out German real-news set (tests/data/heldout619-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3710-3714). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-nineteenth held-out set": nine releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what a politician or a works-council chairman
# told the paper: one of the Neue Westfälische, Bielefeld, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Ute
# Schäfer on the organisers of the Loveparade in Duisburg, July 2010), two of the Rheinische Post, Düsseldorf, shown
# unchanged with their ots dateline by the finance portal finanznachrichten.de (OTS_MEDIEN_REPOST: Herbert Reul against
# Jens Spahn's remark on lawless areas, April 2018; Thomas de Maizière on the Schleierfahndung in North Rhine-Westphalia, May
# 2017) and one read in its newsroom (OTS_MEDIEN: Hans-Peter Friedrich on the number of the Länder's Verfassungsschutz
# offices, probably November 2011), three of Der Tagesspiegel, Berlin, read in its newsroom (OTS_MEDIEN: Jürgen Trittin
# before the Bundestag election of 2005; Frank Henkel against Vera Lengsfeld's call for Dieter Althaus's resignation,
# September 2009; Werner Graf against Franziska Giffey, August 2021) and two of the Westdeutsche Allgemeine Zeitung, Essen,
# read in its newsroom (OTS_MEDIEN: Oliver Wittke on the funding of East and West, August 2008; Thomas Schlenz, chairman of
# Thyssen-Krupp's group works council, on the planned restructuring, May 2011). Stored copies are the `search` tool's
# `pages` excerpts; every release body is complete in them; the newsroom, portal and wire furniture is dropped and the
# hard-wrapped lines of the WAZ copy of 2008 are joined (rules 2590, 2770, 3010, 3280, 3590, 3710); each retrieval note
# names what was dropped.
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


SCHAEFER = "Ute Schäfer"
REUL = "Herbert Reul"
SPAHN = "Jens Spahn"
DE_MAIZIERE = "Thomas de Maizière"
FRIEDRICH = "Hans-Peter Friedrich"
TRITTIN = "Jürgen Trittin"
HENKEL = "Frank Henkel"
GRAF = "Werner Graf"
WITTKE = "Oliver Wittke"
SCHLENZ = "Thomas Schlenz"

# --- Neue Westfälische (presseportal.de, newsroom 65487), 25 July 2010: Ute Schäfer on the Loveparade's organisers ---

LP_T = ("Neue Westfälische (Bielefeld): NRW-Ministerin Schäfer übt Kritik an Verhalten der Verantwortlichen der Loveparade "
        "in Duisburg")
LP_P1 = ("Bielefeld. Ute Schäfer (SPD), Ministerin für Familie, Kinder, Jugend, Kultur und Sport des Landes "
         "Nordrhein-Westfalen, hat die mangelhafte Aufklärungsbereitschaft der Verantwortlichen der Loveparade in Dusiburg "
         "kritisiert. Dass diese am Veranstaltungstag selbst sich zum Ablauf des Geschehnisse äußerten, am Tag danach aber "
         "viele Antworten schuldig blieben, \"wirft für mich sehr viele Fragen auf\", sagte sie im Gespräch mit der in "
         "Bielefeld erscheinenden Neuen Westfälischen (Montagausgabe). Das Verhalten der Organisatoren nannte sie in diesem "
         "Zusammenhang \"schon merkwürdig\". Über die Ereignisse selbst zeigte sich Schäfer \"fassungslos und tief "
         "bestürzt\" und fügte hinzu: \"Man trauert mit den Familien der betroffenen Menschen.\"")

add(id="ho619-presseportal-nw-2010-07-schaefer-loveparade-verantwortliche",
    title=LP_T,
    url="http://www.presseportal.de/pm/65487/1653812",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell for the Monday edition; "
              "undated in the stored copy, 25 July 2010 by the edition day, by the disaster at the Loveparade in Duisburg "
              "on Saturday 24 July 2010 and the organisers' statements 'am Tag danach', and by the newsroom's latest story "
              "of '23.07.2010 – 18:40' listed in the stored copy); the widget lines 'Alle Storys', 'Folgen', 'Keine Story "
              "von Neue Westfälische (Bielefeld) mehr verpassen.' and the newsroom label 'Neue Westfälische (Bielefeld)' "
              "dropped (rules 3010, 3710); the headline with its prefix is the title, the dateline 'Bielefeld (ots)' a line "
              "of its own and the body with the place mark 'Bielefeld.' one line as stored; the contact block "
              "'Pressekontakt: Neue Westfälische News Desk Telefon: 0521 555 271 …', the line 'Original-Content von: Neue "
              "Westfälische (Bielefeld), übermittelt durch news aktuell' and the list 'Weitere Storys: Neue Westfälische "
              "(Bielefeld)' with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bielefeld (ots)", LP_P1],
    # the headline carries no marks (rule 5); the partial quotation that closes the `Dass`-clause before `sagte sie im
    # Gespräch mit der … Neuen Westfälischen` is Schäfer's, `sie` taking up the subject of the sentence before (rules 3, 8,
    # 30), the paper named without marks the addressee (rule 12); the marked judgement after `nannte sie` is hers (rules 3,
    # 25); the marked adjectives after `zeigte sich Schäfer` are her words, as after a cue of feeling (rule 3, as `zeigte
    # sich … "hoch erfreut …"`), and the colon quotation after `und fügte hinzu:` in the same sentence is hers (rule 9); the
    # Verantwortlichen, the Organisatoren and the Familien say nothing; `NRW-Ministerin` names the Land and `Ministerin für
    # Familie, …` the ministry and the Land: no aliases (rule 33)
    quotes=[("\"wirft für mich sehr viele Fragen auf\"", SCHAEFER),
            ("\"schon merkwürdig\"", SCHAEFER),
            ("\"fassungslos und tief bestürzt\"", SCHAEFER),
            ("\"Man trauert mit den Familien der betroffenen Menschen.\"", SCHAEFER)],
    aliases={SCHAEFER: ["Ute Schäfer", "Schäfer"]})

# --- Rheinische Post (ots, shown by finanznachrichten.de), April 2018: Herbert Reul against Jens Spahn ---

RS_P1 = ("Düsseldorf (ots) - Die Äußerungen von Bundesgesundheitsminister Jens Spahn (CDU) über rechtsfreie Räume in Essen "
         "und Duisburg haben in NRW Empörung ausgelöst - auch in den eigenen Reihen. NRW-Innenminister Herbert Reul (CDU) "
         "sagte der in Düsseldorf erscheinenden \"Rheinischen Post\" (Freitagausgabe): \"Die innere Sicherheit verbessert "
         "man nicht mit Interviews und flotten Sprüchen.\" Die neue Landesregierung arbeite seit neun Monaten mit Hochdruck "
         "daran, das unter Rot-Grün verloren gegangene Vertrauen zurückzugewinnen. \"Dafür brauchen wir keine klugen "
         "Ratschläge der Bundesregierung\", sagte Reul. Diese sei aber herzlich eingeladen mitzuhelfen, indem sie die "
         "Bundespolizisten statt nach Bayern zurück an die NRW-Bahnhöfe zurückbeordere. In einem Interview der \"Neuen "
         "Zürcher Zeitung\" hatte Spahn gesagt, dass der Staat in den vergangenen Jahren nicht ausreichend für Recht und "
         "Ordnung gesorgt habe. Wörtlich sagte der Minister: \"Schauen Sie sich doch Arbeiterviertel in Essen, Duisburg oder "
         "Berlin an. Da entsteht der Eindruck, dass der Staat gar nicht mehr willens oder in der Lage sei, Recht "
         "durchzusetzen.\"")

add(id="ho619-ots-rp-2018-04-reul-weist-spahn-in-die-schranken",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2018-04/43454666-rheinische-post-rechtsfreie-raeume-reul-weist-spahn-"
        "in-die-schranken-007.htm",
    retrieved="same address (release of the Rheinische Post 'Rechtsfreie Räume: Reul weist Spahn in die Schranken' "
              "(headline by the address only) for a Friday edition of April 2018 (by the crawl date prefix and the edition "
              "day), sent over ots ('Düsseldorf (ots) -') and shown unchanged by finanznachrichten.de; the crawl date prefix "
              "' date 2018-04' dropped (rule 63); no headline in the copy, the paragraph with its dateline is the first line "
              "(rules 32, 2770, 3590); the service line 'www.rp-online.de', the lines 'OTS: Rheinische Post newsroom: "
              "http://www.presseportal.de/nr/30621 newsroom via RSS: http://www.presseportal.de/rss/pm_30621.rss2' and the "
              "contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' dropped (rules 3590, 3710); "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[RS_P1],
    # the colon quotation after `NRW-Innenminister Herbert Reul (CDU) sagte der … "Rheinischen Post" (Freitagausgabe):` is
    # Reul's (rule 9), the paper's name null (rules 2, 2771); the Konjunktiv sentence on the Landesregierung goes on reporting
    # him without marks (rule 5); `"…", sagte Reul` is his (rule 30); the other paper's name `"Neuen Zürcher Zeitung"` in the
    # pluperfect report of Spahn's interview is null (rules 2, 2771 by analogy: a medium named as the place of an
    # interview); the colon quotation after `Wörtlich sagte der Minister:` is Spahn's, whose interview the sentence before
    # reports, not Reul's, the paper's interviewee, who is a minister too (rule 3712); the Bundesregierung, the Landesregierung,
    # the Bundespolizisten and the Staat say nothing; `Bundesgesundheitsminister` names only Spahn and is his alias, and so
    # is `Minister`, whose only standalone occurrence is that cue (rules 44, 3712); `NRW-Innenminister` names the Land and is
    # no alias (rule 33)
    quotes=[("\"Rheinischen Post\"", None),
            (cut(RS_P1, "\"Die innere", "Sprüchen.\""), REUL),
            (cut(RS_P1, "\"Dafür", "Bundesregierung\""), REUL),
            ("\"Neuen Zürcher Zeitung\"", None),
            (cut(RS_P1, "\"Schauen", "durchzusetzen.\""), SPAHN)],
    aliases={REUL: ["Herbert Reul", "Reul"],
             SPAHN: ["Jens Spahn", "Spahn", "Bundesgesundheitsminister", "Minister"]})

# --- Rheinische Post (ots, shown by finanznachrichten.de), May 2017: Thomas de Maizière on the Schleierfahndung ---

SF_P1 = ("Düsseldorf (ots) - Bundesinnenminister Thomas de Maizière erwartet von Nordrhein-Westfalen, anlasslose "
         "Polizeikontrollen in den Grenzregionen zuzulassen. \"Es darf nicht sein, dass ein Bundesland mit Außengrenzen keine "
         "Schleierfahndung im grenznahen Bereich erlaubt\", sagte der CDU-Politiker der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Mittwochausgabe). Die Schleierfahndung sei als Ausgleich zu den wegfallenden Grenzkontrollen "
         "eingeführt worden. \"Die große Mehrheit der Länder und der Bund sind sich einig, dass das ein wirksames Instrument "
         "ist\", sagte der Minister.")

add(id="ho619-ots-rp-2017-05-de-maiziere-schleierfahndung-nrw",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-05/40664550-rheinische-post-bundesinnenminister-erhoeht-druck-auf-"
        "nrw-schleierfahndung-zuzulassen-007.htm",
    retrieved="same address (release of the Rheinische Post 'Bundesinnenminister erhöht Druck auf NRW, Schleierfahndung "
              "zuzulassen' (headline by the address only) for a Wednesday edition of May 2017 (by the crawl date prefix and "
              "the edition day), sent over ots ('Düsseldorf (ots) -') and shown unchanged by finanznachrichten.de; the crawl "
              "date prefix ' date 2017-05' dropped (rule 63); no headline in the copy, the paragraph with its dateline is the "
              "first line (rules 32, 2770, 3590); the lines 'OTS: Rheinische Post newsroom: http://www.presseportal.de/nr/30621 "
              "newsroom via RSS: …' and the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' "
              "dropped (rule 3710); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[SF_P1],
    # the quotation before `sagte der CDU-Politiker der … "Rheinischen Post"` is de Maizière's, the role subject taking up
    # the subject of the sentence before (rules 8, 30), the paper's name null (rules 2, 2771); the Konjunktiv sentence goes
    # on reporting him without marks (rule 5); `"…", sagte der Minister` is his, the only minister the release names (rules
    # 30, 44); Nordrhein-Westfalen, the Länder and the Bund say nothing; `Bundesinnenminister` and `Minister`, which name
    # only him, are aliases (rule 44), `CDU-Politiker` names the party and is not (rule 33)
    quotes=[(cut(SF_P1, "\"Es darf", "erlaubt\""), DE_MAIZIERE),
            ("\"Rheinischen Post\"", None),
            (cut(SF_P1, "\"Die große", "Instrument ist\""), DE_MAIZIERE)],
    aliases={DE_MAIZIERE: ["Thomas de Maizière", "Bundesinnenminister", "Minister"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), probably November 2011: Hans-Peter Friedrich on the Länder offices ---

VS_T = "Rheinische Post: Bundesinnenminister stellt Zahl der Verfassungsschutzämter der Länder infrage"
VS_P1 = ("Bundesinnenminister Hans-Peter Friedrich (CSU) hat den Bestand der Verfassungsschutzämter der Bundesländer "
         "infrage gestellt. \"Die Schlagkraft der Verfassungsschutzbehörden bemisst sich nicht an deren Anzahl, sondern an "
         "der Intensität und Qualität ihres Zusammenwirkens\", sagte Friedrich der \"Rheinischen Post\" (Mittwochausgabe). "
         "An dieser Stelle werde er ansetzen. \"Föderalismus darf uns nicht beim Kampf gegen Extremismus blockieren\", sagte "
         "der CSU-Politiker.")

add(id="ho619-presseportal-rp-2011-friedrich-zahl-verfassungsschutzaemter",
    title=VS_T,
    url="http://www.presseportal.de/pm/30621/2152783",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Wednesday edition; "
              "undated in the stored copy, whose story list shows no teasers; dated only by its content, Hans-Peter "
              "Friedrich as Federal Minister of the Interior (March 2011 to December 2013) questioning the Länder's "
              "Verfassungsschutz offices, and by its release number between those of the Mitteldeutsche Zeitung release of "
              "30 June 2011 (pm/47409/2071469, 611th set) and the Tagesspiegel release of January 2013 (pm/2790/2399173), "
              "probably November 2011, in the debate on the Verfassungsschutz that followed the discovery of the NSU); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label "
              "'Rheinische Post' dropped (rules 3010, 3710); the headline with its prefix is the title, the dateline "
              "'Düsseldorf (ots)' a line of its own, the body one line as stored; the contact block 'Pressekontakt: "
              "Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, "
              "übermittelt durch news aktuell' and the twice stored line 'Weitere Storys: Rheinische Post' dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", VS_P1],
    # the headline carries no marks (rule 5); the quotation before `sagte Friedrich der "Rheinischen Post"` is his (rule
    # 30), the paper's name null (rules 2, 2771); the Konjunktiv sentence goes on reporting him without marks (rule 5);
    # `"…", sagte der CSU-Politiker` is his, the role subject taking up the man of the sentences before (rules 8, 30), its
    # `uns` speaking for the federal and Land authorities; the Verfassungsschutzämter and the Bundesländer say nothing;
    # `Bundesinnenminister`, which names only him, is an alias (rule 44), `CSU-Politiker` names the party and is not (rule 33)
    quotes=[(cut(VS_P1, "\"Die Schlagkraft", "Zusammenwirkens\""), FRIEDRICH),
            ("\"Rheinischen Post\"", None),
            ("\"Föderalismus darf uns nicht beim Kampf gegen Extremismus blockieren\"", FRIEDRICH)],
    aliases={FRIEDRICH: ["Hans-Peter Friedrich", "Friedrich", "Bundesinnenminister"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), summer 2005: Jürgen Trittin before the Bundestag election ---

RK_T = ("Der Tagesspiegel: \"Schwarz-Gelb öffnet dem Raubtierkapitalismus Tür und Tor\" sagt Bundesumweltminister Trittin im "
        "Interview mit dem \"Tagesspiegel\"")
RK_P1 = ("Bundesumweltminister Jürgen Trittin (Grüne) wies in einem Gespräch mit dem \"Tagesspiegel\" die Möglichkeit von "
         "sich, die SPD könnte auf eine große Koalition spekulieren, weil sie auf eine Koalitionsaussage mit den Grünen "
         "verzichtete. Der \"Kanzler kann nur mit uns Kanzler bleiben\", sagte Trittin. Er glaube daran, dass Rot- Grün "
         "fortzusetzen sei, allerdings nur \"mit gestärkten Grünen\". Andernfalls werde das Land \"den Leichtmatrosen Merkel "
         "und Westerwelle in die Hände\" fallen. \"Die oder wir\", sagte Trittin. Allerdings werde Schwarz-Gelb \"dem "
         "Raubtierkapitalismus Tor und Tür\" öffnen.")

add(id="ho619-presseportal-tagesspiegel-2005-trittin-raubtierkapitalismus",
    title=RK_T,
    url="https://presseportal.de/pm/2790/682863?langid=6",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell; undated in the stored copy, "
              "summer 2005 by its content (Jürgen Trittin as Federal Minister for the Environment in the campaign before "
              "the Bundestag election of 18 September 2005, with Angela Merkel and Guido Westerwelle as the leaders of the "
              "opposition) and by its release number; the edition day is not given); the copy with the language parameter "
              "shows no widget and no label: the headline with its prefix 'Der Tagesspiegel:' is the title, the dateline "
              "'Berlin (ots)' a line of its own and the body one line as stored (rules 2590, 2770); the service line 'Bei "
              "Fragen wenden Sie sich bitte an: Der Tagesspiegel, Ressort Politik, Tel: 030-26009-295', the line "
              "'ots-Originaltext: Der Tagesspiegel', the contact block 'Rückfragen bitte an: Der Tagesspiegel Thomas Wurster "
              "Chef vom Dienst Telefon: 030-260 09-419 …' and the line 'Original-Content von: Der Tagesspiegel, übermittelt "
              "durch news aktuell' dropped (rules 2590, 3710); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", RK_P1],
    # the headline quotation before `sagt Bundesumweltminister Trittin im Interview mit dem "Tagesspiegel"` is his, the body
    # ending with his partial quotation of the same words with the pair `Tor und Tür` turned round (rules 26, 30, 3713); the
    # paper's name in marks in the headline and in the body null (rules 2, 2771), located by occurrence index; the body's
    # partial quotation after the article `Der` before `sagte Trittin` is his (rules 3, 30), its `Kanzler` being Gerhard
    # Schröder, whom it does not name; the partial quotations in the Konjunktiv sentences `Er glaube …, allerdings nur "…"`,
    # `Andernfalls werde das Land "…" fallen` and `Allerdings werde Schwarz-Gelb "…" öffnen` go on reporting him (rules 3, 8,
    # 25); `"Die oder wir", sagte Trittin` is his (rule 30); the SPD, the Grünen, Merkel and Westerwelle, named inside his
    # words, say nothing; `Bundesumweltminister`, which names only him, is an alias (rule 44)
    quotes=[("\"Schwarz-Gelb öffnet dem Raubtierkapitalismus Tür und Tor\"", TRITTIN),
            ("\"Tagesspiegel\"", None, 0),
            ("\"Tagesspiegel\"", None, 1),
            ("\"Kanzler kann nur mit uns Kanzler bleiben\"", TRITTIN),
            ("\"mit gestärkten Grünen\"", TRITTIN),
            ("\"den Leichtmatrosen Merkel und Westerwelle in die Hände\"", TRITTIN),
            ("\"Die oder wir\"", TRITTIN),
            ("\"dem Raubtierkapitalismus Tor und Tür\"", TRITTIN)],
    aliases={TRITTIN: ["Jürgen Trittin", "Trittin", "Bundesumweltminister"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), September 2009: Frank Henkel against Vera Lengsfeld ---

EM_T = "Der Tagesspiegel: Frank Henkel, CDU-Landeschef in Berlin: Lengsfeld vertritt Einzelmeinung"
EM_P1 = ("Berlin (ots) - Der Berliner CDU-Chef Frank Henkel hat seine CDU-Parteikollegin Vera Lengsfeld, die in "
         "Friedrichshain-Kreuzberg für den kommenden Bundestag kandidiert, scharf wegen ihrer Althaus-Rücktrittsforderung "
         "kritisiert. Henkel sagte dem \"Tagesspiegel\" (Mittwochausgabe). \"Das ist eine Einzelmeinung und nicht die der "
         "Berliner CDU. Thüringen ist ein objektiv hervorragend geführtes Land, das keiner Einmischung von außen bedarf.\"")

add(id="ho619-presseportal-tagesspiegel-2009-09-henkel-lengsfeld-einzelmeinung",
    title=EM_T,
    url="https://www.presseportal.de/pm/2790/1467847",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell for a Wednesday edition; undated "
              "in the stored copy, which shows no story list; probably 1 September 2009 for the edition of Wednesday 2 "
              "September 2009, by its content: Vera Lengsfeld's call for the resignation of Dieter Althaus after the "
              "Thuringian Landtag election of 30 August 2009, before Althaus's resignation of 3 September 2009, and "
              "Lengsfeld's candidacy for the Bundestag election of 27 September 2009); the older layout: the newsroom label "
              "'Der Tagesspiegel' dropped (rule 2590); the headline with its prefix is the title; the dateline 'Berlin (ots) "
              "-', which the copy indents with four spaces, run into the paragraph as stored and the indentation dropped "
              "(rule 2770); the newsdesk's note to the receiving editors 'Zitate zur freien Verwendung bei Nennung der Quelle "
              "Tagesspiegel. Nachfragen unter: 030 26009 421.', the greetings 'Herzlichen Gruß Armin Lehmann' and 'Mit "
              "freundlichen Grüßen', the e-mail signature 'Armin Lehmann Ressortleiter Politik Verlag der Tagesspiegel GmbH "
              "Potsdamer Straße 87 10785 Berlin Tel. … mailto: … www.tagesspiegel.de', the contact block 'Pressekontakt: Der "
              "Tagesspiegel Chef vom Dienst Thomas Wurster …', the line 'Original-Content von: Der Tagesspiegel, übermittelt "
              "durch news aktuell' and the lines 'Weitere Meldungen: Der Tagesspiegel' and 'Das könnte Sie auch "
              "interessieren:' dropped (rules 3280, 3710); complete as stored)",
    license=OTS_MEDIEN,
    paras=[EM_P1],
    # the headline label `Frank Henkel, CDU-Landeschef in Berlin:` before unmarked words carries no span (rule 5); the
    # quotation after `Henkel sagte dem "Tagesspiegel" (Mittwochausgabe).`, a cue that ends with a full stop instead of a
    # colon, is Henkel's (rule 2001), the paper's name null (rules 2, 2771); Vera Lengsfeld and Althaus, whose demand is
    # told without marks, and Thüringen say nothing; `Der Berliner CDU-Chef` and `CDU-Landeschef in Berlin` name the party
    # and are no aliases (rule 33)
    quotes=[("\"Tagesspiegel\"", None),
            (cut(EM_P1, "\"Das ist", "bedarf.\""), HENKEL)],
    aliases={HENKEL: ["Frank Henkel", "Henkel"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), late August 2021: Werner Graf against Franziska Giffey ---

GG_T = ("Tagesspiegel exklusiv: Berliner Grünen-Chef attackiert die SPD: \"Wer Giffey wählt, wacht mit CDU und FDP an der "
        "Regierung auf\"")
GG_P1 = ("Der Landeschef der Berliner Grünen, Werner Graf, warnt vor einer sogenannten Deutschland-Koalition in Berlin. Graf "
         "sagte dem Tagesspiegel: \"Wer Giffey wählt, wacht mit CDU und FDP an der Regierung auf und kann dann von "
         "Verkehrswende, Mieterschutz oder einem klimaneutralen Berlin nur noch träumen.\" Graf griff die SPD unter der "
         "Führung von Spitzenkandidatin Franziska Giffey scharf an. \"Franziska Giffey will Berlin mit Benzin im Blut und "
         "Beton im Kopf führen\", sagte er. \"Franziska Giffey sagt nur, dass sie auf keinen Fall enteignen will, sonst aber "
         "alles passt. Sie hat keinen Plan, wie sie Mieter schützen will. Das ist keine Herzenssache, das ist kalte Politik. "
         "Die Giffey-SPD will zurück zu den stadtentwicklungspolitischen Ideen der 60er Jahre.\"")

add(id="ho619-presseportal-tagesspiegel-2021-08-graf-wer-giffey-waehlt",
    title=GG_T,
    url="https://presseportal.de/pm/2790/5006612?langid=2",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell before the Berlin elections of 26 "
              "September 2021; not dated in the stored copy itself, late August 2021 by the newsroom's latest story of "
              "'29.08.2021 – 12:12' listed under it and by its content); the widget lines 'Alle Storys', 'Folgen', 'Keine "
              "Story von Der Tagesspiegel mehr verpassen.' and the newsroom label 'Der Tagesspiegel' dropped (rules 2590, "
              "3010); the headline with the paper's prefix 'Tagesspiegel exklusiv:' is the title, the dateline 'Berlin (ots)' "
              "a line of its own, the body one line as stored; the link line 'Online unter: https://www.tagesspiegel.de/"
              "berlin/berliner-gruenen-chef-attackiert-die-spd-…/27560316.html', the service lines 'Rückfragen richten Sie "
              "bitte an: Der Tagesspiegel, Newsroom, Tel. 030-29021-14909', the contact block 'Pressekontakt: Der "
              "Tagesspiegel Chefin vom Dienst Patricia Wolf …', the line 'Original-Content von: Der Tagesspiegel, übermittelt "
              "durch news aktuell' and the list 'Weitere Storys: Der Tagesspiegel' with the teasers of other releases dropped "
              "(rule 3710); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", GG_P1],
    # the headline quotation after the label `Berliner Grünen-Chef attackiert die SPD:` is Graf's, the body's colon quotation
    # opening with the same words (rules 26, 54); the colon quotation after `Graf sagte dem Tagesspiegel:` is his, the paper
    # named without marks the addressee (rules 9, 12); `"…", sagte er` is his, `er` taking up `Graf`, the subject of the
    # sentence before, not Franziska Giffey, named in it as the SPD's leader (rules 8, 30); the cue-less quotation after it
    # continues him (NOTES.md continuation), the `sagt nur, dass …` inside it being his account of Giffey's words, not a
    # quotation of hers; Franziska Giffey, the SPD, CDU and FDP say nothing; `Der Landeschef der Berliner Grünen` and
    # `Berliner Grünen-Chef` name the party and are no aliases (rule 33)
    quotes=[("\"Wer Giffey wählt, wacht mit CDU und FDP an der Regierung auf\"", GRAF),
            (cut(GG_P1, "\"Wer Giffey", "träumen.\""), GRAF),
            ("\"Franziska Giffey will Berlin mit Benzin im Blut und Beton im Kopf führen\"", GRAF),
            (cut(GG_P1, "\"Franziska Giffey sagt", "60er Jahre.\""), GRAF)],
    aliases={GRAF: ["Werner Graf", "Graf"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 26 August 2008: Oliver Wittke on the funding ---

OW_T = "WAZ: NRW verlangt neue Ost-West-Förderpolitik"
OW_P1 = join("Der nordrhein-westfälische Verkehrsminister Oliver",
             "Wittke (CDU) hat eine grundlegende Neuausrichtung der Förderpolitik ",
             "für Ost- und Westdeutschland gefordert. \"Ich will nicht Ost gegen ",
             "West ausspielen oder eine Neidkampagne starten, aber wir müssen jetzt",
             "umsteuern\", sagte Wittke der in Essen erscheinenden Westdeutschen ",
             "Allgemeinen Zeitung (WAZ, Mittwochausgabe). Wittke fügte hinzu: \"Es ",
             "gibt Erfordernisse auch im Westen der Republik.\" Der NRW-Minister ",
             "kritisierte Bundesverkehrsminister Wolfgang Tiefensee (SPD) und ",
             "forderte einen Strategiewechsel 19 Jahre nach dem Fall der Mauer. ",
             "\"Ich hoffe, dass sich die Erkenntnis durchsetzt, nicht nach ",
             "Himmelsrichtungen zu fördern\", sagte Wittke. Gerade als \"Transitland\"",
             "habe NRW enormen Nachholbedarf. Am Dienstag hatte Tiefensee eine ",
             "vorläufige Bilanz zu den \"Verkehrsprojekten Deutsche Einheit\" ",
             "vorgelegt.")

add(id="ho619-presseportal-waz-2008-08-wittke-ost-west-foerderpolitik",
    title=OW_T,
    url="http://www.presseportal.de/pm/55903/1253599",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the "
              "Wednesday edition, 26 August 2008 by the edition day, by Wolfgang Tiefensee's report presented 'Am Dienstag' "
              "(26 August 2008) and by the newsroom's latest story of '26.08.2008 – 16:20' listed in the stored copy); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and "
              "the newsroom label 'Westdeutsche Allgemeine Zeitung' dropped (rules 2770, 3010); the headline with its prefix "
              "'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own; the body is hard-wrapped without an empty "
              "line, and its only line that closes a sentence before the last (`… nach dem Fall der Mauer. `) ends with the "
              "wrap space, so its lines are joined with one space into one paragraph (rules 1372, 2770, 3590, 3710); the "
              "contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung Zentralredaktion Telefon: 0201 / 804-2727 …', "
              "the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Westdeutsche Allgemeine Zeitung' with the teasers of other releases dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", OW_P1],
    # the headline carries no marks (rule 5); the quotation before `sagte Wittke der in Essen erscheinenden Westdeutschen
    # Allgemeinen Zeitung` is his, the paper named without marks the addressee (rules 12, 30); the colon quotation after
    # `Wittke fügte hinzu:` is his (rule 9); `"…", sagte Wittke` is his (rule 30); the marked word in the Konjunktiv sentence
    # `Gerade als "Transitland" habe NRW enormen Nachholbedarf.` goes on reporting him (rules 3, 25); the name of the federal
    # programme `"Verkehrsprojekten Deutsche Einheit"` in the narrator's pluperfect sentence on Tiefensee's report is null
    # (rules 24, 3714); Wolfgang Tiefensee and NRW say nothing; `Der nordrhein-westfälische Verkehrsminister` and `Der NRW-Minister`
    # name the Land and are no aliases (rule 33)
    quotes=[(cut(OW_P1, "\"Ich will", "umsteuern\""), WITTKE),
            ("\"Es gibt Erfordernisse auch im Westen der Republik.\"", WITTKE),
            (cut(OW_P1, "\"Ich hoffe", "zu fördern\""), WITTKE),
            ("\"Transitland\"", WITTKE),
            ("\"Verkehrsprojekten Deutsche Einheit\"", None)],
    aliases={WITTKE: ["Oliver Wittke", "Wittke"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 6 May 2011: Thomas Schlenz on Thyssen-Krupp ---

TK_T = "WAZ: Thyssen-Krupp-Betriebsrat aufgeschlossen für Konzernumbau"
TK_P1 = ("Thyssen-Krupp-Konzernbetriebsratschef Thomas Schlenz hat sich mit Blick auf den angestrebten Konzernumbau "
         "aufgeschlossen gezeigt. \"Verkäufe sind nie schön für uns, wir werden die Pläne jetzt mit aller Vernunft prüfen\", "
         "sagte Schlenz den Zeitungen der Essener WAZ-Mediengruppe (Samstagausgabe). Am Montag komme der Konzernbetriebsrat "
         "zusammen, erklärte Schlenz. Man habe schon einige Erfahrungen im Verkauf nach dem \"Besten-Eigner-Prinzip\". \"Wir "
         "werden mit Blick auf die Beschäftigten in jedem Fall einen Sicherheitsrahmen um die geplanten Verkäufe ziehen\", so "
         "der Konzernbetriebsrat. Für den Bereich Edelstahl könne die Eigenständigkeit auch durchaus Chancen mit sich bringen, "
         "sagte Schlenz mit Blick auf den überbesetzten Markt.")

add(id="ho619-presseportal-waz-2011-05-schlenz-thyssen-krupp-konzernumbau",
    title=TK_T,
    url="http://www.presseportal.de/pm/55903/2039496",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the "
              "Saturday editions of the WAZ group's papers, 6 May 2011 for Saturday 7 May 2011 by the edition day and by the "
              "newsroom's latest story of '06.05.2011 – 05:00' listed in the stored copy); the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped "
              "(rules 2770, 3010); the headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its "
              "own, the body one line as stored; the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-6528 …', the line 'Original-Content von: Westdeutsche Allgemeine Zeitung, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with the "
              "teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", TK_P1],
    # the headline carries no marks (rule 5); the quotation before `sagte Schlenz den Zeitungen der Essener WAZ-Mediengruppe`
    # is his, the papers named without marks the addressees (rules 12, 30); the Konjunktiv sentence closed by `erklärte
    # Schlenz` is unmarked (rule 5), and the marked name of the principle in the next Konjunktiv sentence, which goes on
    # reporting him, is his term (rules 3, 25, 3714); the quotation before `so der Konzernbetriebsrat` is Schlenz's, the noun
    # naming here the works councillor interviewed, not the body that the sentence before has meeting on Monday (rule 3711);
    # the Beschäftigten and the Markt say nothing; `Konzernbetriebsrat`, which names both the body and him, and
    # `Thyssen-Krupp-Konzernbetriebsratschef`, which names the company, are no aliases (rules 33, 3711)
    quotes=[(cut(TK_P1, "\"Verkäufe", "prüfen\""), SCHLENZ),
            ("\"Besten-Eigner-Prinzip\"", SCHLENZ),
            (cut(TK_P1, "\"Wir werden", "ziehen\""), SCHLENZ)],
    aliases={SCHLENZ: ["Thomas Schlenz", "Schlenz"]})
