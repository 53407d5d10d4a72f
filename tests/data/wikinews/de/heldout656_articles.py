# Six-hundred-and-fifty-sixth held-out German real-news set (tests/data/heldout656-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3980-3982). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal.ch story number and
# finanznachrichten.de item number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against
# every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fifty-sixth held-out set": nine press releases of the Government of the
# Principality of Liechtenstein sent over the ots service of news aktuell (licence LI_OTS of the three-hundred-and-ninety-sixth
# set), six as shown in the newsroom "Fürstentum Liechtenstein" on presseportal.ch (the postal agreement with the Sovereign
# Order of Malta, December 2012, Martin Meyer; the opening of the Alpine Ski World Championships in St. Moritz, February 2017,
# Marlies Amann-Marxer; the Vorarlberg government's visit in the jubilee year, December 2019, Adrian Hasler; the visit of
# Andorra's head of government and foreign minister, October 2022, Dominique Hasler and Daniel Risch; the gala evening for
# the centenary of the customs treaty with Switzerland, March 2023, Erbprinz Alois; the Vorarlberg government's visit,
# November 2023, Daniel Risch) and three as shown unchanged with their ots datelines by the finance portal
# finanznachrichten.de (the reception for the medal winners of the Games of the Small States, August 2019, Daniel Risch; the
# Vorarlberg art prize for Anna Hilti, October 2021, Manuel Frick; the Liechtenstein government's visit to Bregenz, September
# 2025, Brigitte Haas and Markus Wallner jointly). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17), the portal furniture (date prefixes, newsroom labels and widgets, contact blocks, the
# 'Original-Content von:' and 'Originalmeldung:' lines, a photo service line and a portal advertisement) is dropped (rules
# 2100, 3980), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import LI_OTS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


MEYER = "Martin Meyer"
AMANN = "Marlies Amann-Marxer"
A_HASLER = "Adrian Hasler"
RISCH = "Daniel Risch"
D_HASLER = "Dominique Hasler"
ALOIS = "Alois"
FRICK = "Manuel Frick"
HAAS = "Brigitte Haas"

# --- presseportal.ch (newsroom 100000148), December 2012: postal agreement with the Sovereign Order of Malta ---

PA_T = "ikr: Postabkommen mit dem Souveränen Malteser-Ritter-Orden"
PA_P1 = ("Regierungschef-Stellvertreter Martin Meyer, Inhaber des Ressorts Wirtschaft, und der Botschafter des Souveränen "
         "Malteser-Ritter-Ordens, Maximilian Turnauer, haben am 12. Dezember 2012 in Vaduz das Abkommen über Postdienste "
         "zwischen Liechtenstein und dem Souveränen Malteser-Ritter-Orden unterzeichnet. Dieses Postabkommen ermöglicht es dem "
         "Orden, Briefe und Postkarten nach Liechtenstein zu versenden. Zudem trägt das Postabkommen zur Vertiefung der guten "
         "diplomatischen Beziehungen bei, welche zwischen Liechtenstein und dem Orden seit 1994 bestehen. Bereits seit einigen "
         "Jahrzehnten betreibt der Orden ein Postamt, gibt eigene Briefmarken heraus und unterhält mit aktuell 57 Staaten "
         "bilaterale postalische Beziehungen. \"Gerade als Kleinstaat sind wir sensibel, wenn es darum geht, dass kleine "
         "Völkerrechtssubjekte gleichberechtigt anerkannt werden\", betont Regierungschef-Stellvertreter Martin Meyer.")

add(id="ho656-li-ots-2012-12-postabkommen-malteserorden-meyer",
    title=PA_T,
    url="https://presseportal.ch/de/pm/100000148/100729910",
    retrieved="same address (release of the Government's information service (ikr) of December 2012, dated by the signing "
              "'am 12. Dezember 2012' in its text, in the newsroom 'Fürstentum Liechtenstein' on presseportal.ch; the compact "
              "layout without widget and newsroom label: the headline with its published prefix 'ikr:' is the title, the "
              "dateline 'Vaduz (ots/ikr) -' a line of its own as stored (rules 2100, 3980); the contact block 'Kontakt: Amt "
              "für Auswärtige Angelegenheiten Claudio Nardi T …' dropped; complete as stored)",
    license=LI_OTS,
    paras=["Vaduz (ots/ikr) -", PA_P1],
    # the quotation before `betont Regierungschef-Stellvertreter Martin Meyer` is his (rule 30); its `wir` is Liechtenstein,
    # for which he signed; Maximilian Turnauer, the Order's ambassador and co-signatory, named in the same paragraph, and the
    # Order say nothing; `Inhaber des Ressorts Wirtschaft` names the portfolio and is no alias (rule 33)
    quotes=[(cut(PA_P1, "\"Gerade als", "anerkannt werden\""), MEYER)],
    aliases={MEYER: ["Martin Meyer", "Regierungschef-Stellvertreter Martin Meyer", "Regierungschef-Stellvertreter"]})

# --- presseportal.ch (newsroom 100000148), February 2017: the opening of the Alpine Ski World Championships ---

SK_T = "ikr: Eröffnung der 44. Alpinen Skiweltmeisterschaften in St. Moritz"
SK_P1 = ("Am 6. Februar 2017 wurden in St. Moritz, Schweiz, die 44. FIS Alpinen Skiweltmeisterschaften eröffnet. "
         "Sportministerin Marlies Amann-Marxer vertrat die Regierung Liechtensteins an der offiziellen Eröffnungsfeier. Am Rande "
         "der Feierlichkeiten traf sie u.a. mit Bundespräsidentin Doris Leuthard, den Tiroler Landeshauptmann Günther Platter, "
         "die Regierungspräsidentin von Graubünden Barbara Janom Steiner, dem Gemeindepräsidenten von St. Moritz Sigi Asprion "
         "und dem Präsidenten des Organisationskomitees Hugo Wetzel zusammen. \"Alle waren sehr angetan von der begeisternden "
         "und künstlerisch überzeugenden Eröffnungsfeier. Der Einmarsch unserer Delegation war für mich der Höhepunkt der "
         "Zeremonie und die Darbietung der Luftakrobatin Tamara Kaufmann verlieh dem Abend eine zusätzliche liechtensteinische "
         "Note! Man merkt hier überall ganz deutlich den Enthusiasmus und die Vorfreude auf die nächsten rund zwei Wochen\", so "
         "die Sportministerin. Am 7. Februar steht der Besuch des Super-G der Damen auf dem Programm, wo Regierungsrätin "
         "Amann-Marxer gemeinsam mit den zahlreich angereisten liechtensteinischen Fans die LSV-Läuferinnen unterstützen wird. "
         "Am Abend treffen sich die Liechtensteinerinnen und Liechtensteiner, u.a. auch viele Trägerinnen und Träger des "
         "Goldenen Lorbeerblatts der Regierung, im \"House of Liechtenstein\".")

add(id="ho656-li-ots-2017-02-ski-wm-st-moritz-amann-marxer",
    title=SK_T,
    url="https://presseportal.ch/de/pm/100000148/100798704",
    retrieved="same address (release of the Government's information service (ikr) of February 2017, dated by the opening "
              "'Am 6. Februar 2017' and the programme of 7 February in its text, in the newsroom 'Fürstentum Liechtenstein' "
              "on presseportal.ch; the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Fürstentum Liechtenstein mehr "
              "verpassen.' and the newsroom label 'Fürstentum Liechtenstein' dropped (rules 2100, 3980); the headline with its "
              "prefix 'ikr:' is the title, the dateline 'Vaduz (ots/ikr) -' a line of its own as stored; the second paragraph "
              "('Liechtenstein ist an Skiweltmeisterschaften traditionell stark vertreten. … Da der Weltski'), cut off in the "
              "stored copy, dropped (rule 15))",
    license=LI_OTS,
    paras=["Vaduz (ots/ikr) -", SK_P1],
    # the quotation after the list of the five persons the minister met is closed by `so die Sportministerin`, the role that
    # names Marlies Amann-Marxer, the subject of the sentences before the list (rules 8, 30, 3982); Doris Leuthard, Günther
    # Platter, Barbara Janom Steiner, Sigi Asprion, Hugo Wetzel and Tamara Kaufmann say nothing; the venue's name in marks,
    # `im "House of Liechtenstein"`, is null (rules 2, 24)
    quotes=[(cut(SK_P1, "\"Alle waren", "zwei Wochen\""), AMANN),
            ("\"House of Liechtenstein\"", None)],
    aliases={AMANN: ["Marlies Amann-Marxer", "Sportministerin Marlies Amann-Marxer", "Regierungsrätin Amann-Marxer",
                     "Amann-Marxer", "Sportministerin", "Regierungsrätin"]})

# --- finanznachrichten.de, August 2019: reception for the medal winners of the Games of the Small States ---

KS_P1 = ("Vaduz (ots/ikr) - Regierungschef-Stellvertreter und Sportminister Daniel Risch empfing am Dienstag, 20. August 2019, "
         "die Medaillengewinner der Kleinstaatenspiele 2019 im Fürst-Johannes-Saal in Vaduz.")
KS_P2 = ("Die 18. Kleinstaatenspiele wurden vom 27. Mai bis 1. Juni 2019 in Montenegro ausgetragen. Liechtenstein war an den "
         "Spielen mit 33 Athletinnen und Athleten vertreten, die insgesamt 20 Medaillen gewannen. \"Unsere Sportlerinnen und "
         "Sportler haben in Montenegro viel Kraft, Ausdauer und Mut bewiesen\", lobte Daniel Risch und gratulierte den "
         "Medaillengewinner für ihre unglaublichen Leistungen an den diesjährigen Kleinstaatenspielen. \"Liechtenstein darf "
         "sich mittlerweile über sage und schreibe 251 Medaillen freuen, die wir an insgesamt 18 Kleinstaatenspielen für uns "
         "gewinnen konnten.\"")
KS_P3 = ("Er bedankte sich ausserdem bei den Coaches für die Betreuung der Athletinnen und Athleten und dem gesamten Team des "
         "Liechtenstein Olympic Committees (LOC) für die Organisation und das Engagement vor und während der "
         "Kleinstaatenspiele. Nach der Ansprache von Daniel Risch und einem kleinen Präsent für die Gewinner, bot der Abend "
         "die Möglichkeit, die vielen erfolgreichen und schönen Momente noch einmal gemeinsam Revue passieren zu lassen.")

add(id="ho656-li-ots-2019-08-kleinstaatenspiele-gratulationsempfang-risch",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-08/47509962-ikr-gratulationsempfang-fuer-die-medaillengewinner-"
        "der-kleinstaatenspiele-2019-006.htm",
    retrieved="same address (the Government's release of 20 August 2019 sent over ots, as shown unchanged by "
              "finanznachrichten.de; the stored copy's date prefix ' date 2019-08' dropped; the copy shows no headline, so "
              "there is no title line, and its dateline 'Vaduz (ots/ikr) -' runs into the first sentence as stored (rules "
              "2100, 3980); the empty lines between the paragraphs dropped; the copy ends after the third paragraph, before "
              "any contact block; used as stored)",
    license=LI_OTS,
    paras=[KS_P1, KS_P2, KS_P3],
    # the quotation before `lobte Daniel Risch und gratulierte …` is his (rule 30); the next quotation has no cue and
    # continues him, the only speaker of the release, in his `wir` for the Liechtenstein teams (NOTES.md continuation); the
    # athletes, the coaches and the Liechtenstein Olympic Committee say nothing; `Regierungschef-Stellvertreter` and
    # `Sportminister` name only him here (rule 44)
    quotes=[(cut(KS_P2, "\"Unsere Sportlerinnen", "Mut bewiesen\""), RISCH),
            (cut(KS_P2, "\"Liechtenstein darf", "gewinnen konnten.\""), RISCH)],
    aliases={RISCH: ["Daniel Risch", "Sportminister Daniel Risch", "Regierungschef-Stellvertreter", "Sportminister"]})

# --- presseportal.ch (newsroom 100000148), December 2019: the Vorarlberg government visits Liechtenstein ---

VB_T = "ikr: Vorarlberger Landesregierung zu Gast in Liechtenstein"
VB_P1 = ("Anlässlich des 300-Jahr-Jubiläums von Liechtenstein stattete am Dienstag, 10. Dezember 2019 die Vorarlberger "
         "Landesregierung dem Land Liechtenstein einen Besuch ab. Dieser stand ganz im Zeichen der "
         "freundschaftlich-nachbarschaftlichen Beziehungen.")
VB_P2 = ("Regierungschef Adrian Hasler begrüsste die Gäste im Fürst-Johannes-Saal des Regierungsgebäudes. Aus dem "
         "Nachbarland angereist waren Landeshauptmann Markus Wallner, Landesstatthalterin Barbara Schöbi-Fink, die Landesrätin "
         "Martina Rüscher sowie die Landesräte Johannes Rauch, Christian Gantner und Marco Tittler und Landesamtsdirektor "
         "Günther Eberle. Von Seiten der Liechtensteiner Regierung waren neben Regierungschef Adrian Hasler auch "
         "Regierungschef-Stellvertreter Daniel Risch und Regierungsrat Mauro Pedrazzini sowie Regierungssekretär Horst "
         "Schädler anwesend. Begleitet wurden die Vorarlberger und Liechtensteiner Regierungsmitglieder durch ihre "
         "Partnerinnen und Partner.")
VB_P3 = ("Adrian Hasler würdigte in seinen Grussworten den intensiven und produktiven Austausch von Liechtenstein und "
         "Vorarlberg auf Regierungs- und Verwaltungsebene. \"Die enge Zusammenarbeit in der Region ist ein Erfolgsgarant und "
         "hat dadurch einen hohen Stellenwert für das Fürstentum Liechtenstein. Ich freue mich, dass wir durch diesen Besuch "
         "unsere guten nachbarschaftlichen Beziehungen weiter vertiefen können\", so der Regierungschef.")

add(id="ho656-li-ots-2019-12-vorarlberger-landesregierung-zu-gast-hasler",
    title=VB_T,
    url="https://www.presseportal.ch/de/pm/100000148/100838273",
    retrieved="same address (release of the Government's information service (ikr) of December 2019, dated by the visit "
              "'am Dienstag, 10. Dezember 2019' in its text, in the newsroom 'Fürstentum Liechtenstein' on presseportal.ch; "
              "the newsroom label 'Fürstentum Liechtenstein' above the headline dropped (rules 2100, 3980); the headline with "
              "its prefix 'ikr:' is the title, the dateline 'Vaduz (ots)' a line of its own as stored; the fourth paragraph "
              "('Nach diesen Grussworten leitete Leander Schädler … die willkommene Gelegenheit b'), cut off in the stored "
              "copy, dropped with the name of the jubilee exhibition in marks that it holds (rule 15))",
    license=LI_OTS,
    paras=["Vaduz (ots)", VB_P1, VB_P2, VB_P3],
    # the quotation after `Adrian Hasler würdigte in seinen Grussworten …` is closed by `so der Regierungschef`, the role that
    # names only him as a word of its own in the release (rules 8, 30, 44); the Vorarlberg government members, Daniel Risch,
    # Mauro Pedrazzini and Horst Schädler are named as guests and participants only
    quotes=[(cut(VB_P3, "\"Die enge", "vertiefen können\""), A_HASLER)],
    aliases={A_HASLER: ["Adrian Hasler", "Regierungschef Adrian Hasler", "Regierungschef"]})

# --- finanznachrichten.de, October 2021: the Vorarlberg art prize for Anna Hilti ---

KP_P1 = ("Regierungsrat Manuel Frick nahm am Montag, 4. Oktober 2021 auf Einladung des Landes Vorarlberg an der Verleihung "
         "des Internationalen Kunstpreises 2021 in Bregenz teil. Der alle zwei Jahre zu vergebende Preis ging 2021 erstmals "
         "nach Liechtenstein, an die Künstlerin Anna Hilti. Die internationale Fachjury entschied einstimmig und lobte "
         "insbesondere Anna Hiltis vielgestaltiges Werk, das Zeichnungen, Illustrationen, Installationen und Performances "
         "umfasst.")
KP_P2 = ("\"Die erstmalige Vergabe des Vorarlberger Kunstpreises nach Liechtenstein freut mich als für Kultur zuständiger "
         "Regierungsrat besonders. Ich gratuliere Anna Hilti herzlich zu dieser Auszeichnung\", so Regierungsrat Frick.")

add(id="ho656-li-ots-2021-10-kunstpreis-vorarlberg-anna-hilti-frick",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2021-10/54111354-verleihung-des-internationalen-kunstpreis-2021-des-"
        "landes-vorarlberg-an-anna-hilti-006.htm",
    retrieved="same address (the Government's release of October 2021 sent over ots, as shown unchanged by "
              "finanznachrichten.de; the stored copy has no date prefix and no headline, so there is no title line, and its "
              "dateline 'Vaduz (ots) -' is a line of its own as stored (rules 2100, 3980); the empty lines between the "
              "paragraphs dropped; the contact block 'Pressekontakt: Ministerium für Gesellschaft und Kultur Tanja Deuring T "
              "…', the lines 'Original-Content von: Fürstentum Liechtenstein, übermittelt durch news aktuell' and "
              "'Originalmeldung: https://www.presseportal.ch/de/pm/100000148/100878729' and the portal's advertisement "
              "'HILTI-Aktie komplett kostenlos handeln - auf Smartbroker.de' dropped (rule 3980); complete as stored)",
    license=LI_OTS,
    paras=["Vaduz (ots) -", KP_P1, KP_P2],
    # the quotation opening the second paragraph is closed by `so Regierungsrat Frick` (rule 30); its `als für Kultur
    # zuständiger Regierungsrat` is his own first person; Anna Hilti, named inside it, and the Fachjury, whose praise is
    # reported without marks (rule 5), say nothing; `Regierungsrat` names only him (rule 44)
    quotes=[(cut(KP_P2, "\"Die erstmalige", "Auszeichnung\""), FRICK)],
    aliases={FRICK: ["Manuel Frick", "Regierungsrat Manuel Frick", "Regierungsrat Frick", "Frick", "Regierungsrat"]})

# --- presseportal.ch (newsroom 100000148), October 2022: Andorra's head of government and foreign minister visit ---

AN_T = "Andorras Premierminister und Aussenministerin besuchen Liechtenstein"
AN_P1 = ("Beim Besuch von Andorras Premierminister Xavier Espot Zamora und der andorranischen Aussenministerin Maria Ubach "
         "Font stand am Montag, 3. Oktober unter anderem ein Arbeitsgespräch mit Regierungschef Daniel Risch und "
         "Aussenministerin Dominique Hasler in Vaduz auf dem Programm.")
AN_P2 = ("Das Arbeitsgespräch wurde genutzt, um staatenspezifische Themen und Anliegen zu erörtern. \"Liechtenstein gehört "
         "seit mittlerweile 27 Jahren dem EWR an und übernimmt nächstes Jahr den Europaratsvorsitz in Brüssel. Andorra "
         "seinerseits trat 2020 als letztes Mitglied dem IWF bei. So war seitens Andorra, das weder Teil der EU noch des EWR "
         "ist, insbesondere das Thema der Europäischen Integration von Interesse. Liechtenstein wiederum brachte im Hinblick "
         "auf einen möglichen Beitritt den Internationalen Währungsfonds (IWF) auf die Agenda. Vor diesem Hintergrund konnten "
         "die beiden Staaten gegenseitig wertvolle Erfahrungen austauschen und die gute Zusammenarbeit unter den Kleinstaaten "
         "vertiefen\", erklärte Aussenministerin Dominique Hasler am Rande der Unterredung.")
AN_P3 = ("Aus aktuellem Anlass war der Austausch auch von Russlands Angriffskrieg auf die Ukraine geprägt, der die Welt seit "
         "nunmehr über sieben Monaten in Atem hält und die internationale Staatengemeinschaft mit grossen Herausforderungen "
         "konfrontiert. \"In den Gesprächen wurde einmal mehr deutlich, dass wir diese nur gemeinsam bewältigen können. "
         "Entsprechend klar haben sich beide Seiten zu einem koordinierten, partnerschaftlichen Vorgehen und zur konsequenten "
         "Umsetzung der EU-Sanktionen bekannt\", so Regierungschef Daniel Risch.")

add(id="ho656-li-ots-2022-10-andorra-besuch-hasler-risch",
    title=AN_T,
    url="https://www.presseportal.ch/de/pm/100000148/100895895",
    retrieved="same address (release of the Government of October 2022, dated by the stored copy's prefix and the visit 'am "
              "Montag, 3. Oktober' in its text, in the newsroom 'Fürstentum Liechtenstein' on presseportal.ch; the date "
              "prefix ' date 2022-10' and the newsroom label 'Fürstentum Liechtenstein' dropped (rules 2100, 3980); the "
              "headline is the title, the dateline 'Vaduz (ots)' a line of its own as stored; the fourth paragraph ('Im "
              "Anschluss an das Treffen begab sich die andorranische Delegation nach Schloss Vaduz, … Der Besuch wurde "
              "abgerundet durch verschiede'), cut off in the stored copy, dropped (rule 15); the published "
              "'Europaratsvorsitz in Brüssel' kept (rule 20))",
    license=LI_OTS,
    paras=["Vaduz (ots)", AN_P1, AN_P2, AN_P3],
    # each quotation is closed by its own cue: `erklärte Aussenministerin Dominique Hasler am Rande der Unterredung` and `so
    # Regierungschef Daniel Risch` (rule 30); Hasler's quotation speaks of both states in the third person and is still hers;
    # Xavier Espot Zamora and Maria Ubach Font, the guests, say nothing; `Aussenministerin` also names Ubach Font and is no
    # alias, `Regierungschef` names only Risch (rule 44)
    quotes=[(cut(AN_P2, "\"Liechtenstein gehört", "Kleinstaaten vertiefen\""), D_HASLER),
            (cut(AN_P3, "\"In den Gesprächen", "EU-Sanktionen bekannt\""), RISCH)],
    aliases={D_HASLER: ["Dominique Hasler", "Aussenministerin Dominique Hasler"],
             RISCH: ["Daniel Risch", "Regierungschef Daniel Risch", "Regierungschef"]})

# --- presseportal.ch (newsroom 100000148), March 2023: gala evening for 100 years of the customs treaty ---

ZV_T = "Ein Abend im Zeichen der Verbundenheit"
ZV_P1 = ("Am 29. März 1923 unterschrieben die Schweiz und Liechtenstein den Zollanschlussvertrag, der die beiden Länder seit "
         "dem 1. Januar 1924 zu einem einheitlichen Zoll- und Wirtschaftsraum verbindet. Um den Jahrestag der Unterzeichnung "
         "würdig zu begehen, fand am Mittwoch, 29. März 2023 im SAL in Schaan ein festlicher Gala-Abend statt. Unter den 250 "
         "geladenen Gästen befanden sich S.D. Erbprinz Alois von und zu Liechtenstein und der Schweizer Bundespräsident Alain "
         "Berset. Die beiden Staatsoberhäupter trafen sich vor dem Anlass zu einem Arbeitsgespräch auf Schloss Vaduz.")
ZV_P2 = ("Ganz im Zeichen der grenzüberschreitenden Zusammenarbeit führten die ehemalige Liechtensteiner Skirennläuferin Tina "
         "Weirather und der Schweizer Radiomoderator Fabio Nay durch das Programm des Abends. Auf einen filmischen Rückblick auf "
         "100 Jahre Zollvertrag folgte die Ansprache von S.D. Erbprinz Alois von und zu Liechtenstein. Er würdigte die "
         "besondere Partnerschaft und betonte, dass mit dem Abschluss des Abkommens vor 100 Jahren Rahmenbedingungen "
         "geschaffen wurden, die dazu beitrugen, dass sich Liechtenstein zu einem prosperierenden Wirtschaftsstandort "
         "entwickeln konnte. \"Gerade in diesem von Unsicherheiten geprägten Umfeld erfüllt es mich mit grosser Dankbarkeit, "
         "dass das daraus gewachsene, besonders nahe sowie freundschaftliche Verhältnis zwischen Liechtenstein und der Schweiz "
         "von gegenseitigem Vertrauen geprägt ist\", unterstrich S.D. Erbprinz Alois von und zu Liechtenstein die Bedeutung des "
         "Zollvertrags.")

add(id="ho656-li-ots-2023-03-zollvertrag-gala-abend-erbprinz-alois",
    title=ZV_T,
    url="https://www.presseportal.ch/de/pm/100000148/100905157",
    retrieved="same address (release of the Government of March 2023, dated by the stored copy's prefix and the gala 'am "
              "Mittwoch, 29. März 2023' in its text, in the newsroom 'Fürstentum Liechtenstein' on presseportal.ch; the date "
              "prefix ' date 2023-03' and the newsroom label 'Fürstentum Liechtenstein' dropped (rules 2100, 3980); the "
              "headline is the title, the dateline 'Vaduz (ots)' a line of its own as stored; the subheading 'Eine besondere "
              "Nähe' and the paragraph after it ('Bundespräsident Alain Berset führte diese Gedanken in seiner Ansprache weiter "
              "… ausserordentlich nahe und'), cut off in the stored copy, dropped (rule 15))",
    license=LI_OTS,
    paras=["Vaduz (ots)", ZV_P1, ZV_P2],
    # the quotation before `unterstrich S.D. Erbprinz Alois von und zu Liechtenstein die Bedeutung des Zollvertrags` is his
    # (rule 30), after the unmarked report of his speech (`Er würdigte … und betonte, dass …`, no span, rule 5);
    # canonical name and aliases without the house name `von und zu Liechtenstein`, whose token names the state (rule 3981);
    # Alain Berset, whose speech is in the cut-off paragraph, Tina Weirather and Fabio Nay say nothing here
    quotes=[(cut(ZV_P2, "\"Gerade in diesem", "geprägt ist\""), ALOIS)],
    aliases={ALOIS: ["Alois", "Erbprinz Alois"]})

# --- presseportal.ch (newsroom 100000148), November 2023: the Vorarlberg government visits Vaduz ---

VV_T = "Vorarlberger Landesregierung zu Besuch in Vaduz"
VV_P1 = ("Auf Einladung von Regierungschef Daniel Risch besuchten am Dienstag, 21. November 2023, die Mitglieder der "
         "Vorarlberger Landesregierung und der Landesamtsdirektor die liechtensteinische Regierung zum jährlichen Austausch in "
         "Vaduz.")
VV_P2 = ("Nach dem offiziellen Empfang im Fürst Johannes Saal im Regierungsgebäude in Vaduz widmeten sich die "
         "Regierungsmitglieder dem Arbeitsgespräch. Es wurden Themen wie die Zollabwicklung an den Grenzübergängen und der "
         "aktuelle Projektstand des Stadttunnels Feldkirch von Seiten der Vorarlberger Regierung eingebracht. Liechtenstein "
         "informierte über die Projektlancierung \"Raum und Mobilität 2050\" und griff die Sozialversicherungs- und "
         "Homeoffice-Thematik auf. Zudem wurde über den Wildnispark Samina, die neuen gesundheitlichen Versorgungsmodelle und "
         "Entwicklungen in der Psychiatrie sowie den Anschluss an das Wasserstoff-Fernleitungsnetz Deutschland in Lindau "
         "gesprochen. \"Der regelmässige Austausch mit unserem Nachbar Vorarlberg ist sehr wertvoll\", sagte Regierungschef "
         "Daniel Risch im Anschluss an das Treffen. \"Wir schätzen die Freundschaft und das jahrhundertealte Band, das unsere "
         "beiden Länder verbindet.\" Nach dem Arbeitsgespräch fand eine Firmenbesichtigung der Ivoclar-Vivadent AG statt.")
VV_P3 = ("Von Vorarlberger Seite nahmen Landesstatthalterin Barbara Schöbi-Fink, die Landesrätinnen Martina Rüscher und "
         "Katharina Wiesflecker, die Landesräte Christian Gantner, Daniel Zadra und Marco Tittler sowie Landesamtsdirektor "
         "Philipp Abbrederis teil. Liechtenstein war durch Regierungschef Daniel Risch, Regierungschef-Stellvertreterin Sabine "
         "Monauni, Regierungsrätin Graziella Marok-Wachter, Regierungsrat Manuel Frick und Regierungssekretär Horst Schädler "
         "sowie I.D. Prinzessin Maria-Pia Kothbauer, Botschafterin in Wien, vertreten.")

add(id="ho656-li-ots-2023-11-vorarlberger-landesregierung-besuch-risch",
    title=VV_T,
    url="https://www.presseportal.ch/de/pm/100000148/100913683",
    retrieved="same address (release of the Government of November 2023, dated by the stored copy's prefix and the visit 'am "
              "Dienstag, 21. November 2023' in its text, in the newsroom 'Fürstentum Liechtenstein' on presseportal.ch; the "
              "date prefix ' date 2023-11' and the newsroom label 'Fürstentum Liechtenstein' dropped (rules 2100, 3980); the "
              "headline is the title, the dateline 'Vaduz (ots)' a line of its own as stored; the stored copy ends after the "
              "third paragraph, before any contact block; used as stored)",
    license=LI_OTS,
    paras=["Vaduz (ots)", VV_P1, VV_P2, VV_P3],
    # the project's name in marks after `informierte über die Projektlancierung` is null (rule 24), although Liechtenstein is
    # the subject of the sentence; the quotation before `sagte Regierungschef Daniel Risch im Anschluss an das Treffen` is
    # his (rule 30) and the cue-less quotation after it continues him in the government's `wir` (NOTES.md continuation); the
    # Vorarlberg and Liechtenstein participants listed in the last paragraph say nothing
    quotes=[("\"Raum und Mobilität 2050\"", None),
            (cut(VV_P2, "\"Der regelmässige", "sehr wertvoll\""), RISCH),
            (cut(VV_P2, "\"Wir schätzen", "Länder verbindet.\""), RISCH)],
    aliases={RISCH: ["Daniel Risch", "Regierungschef Daniel Risch", "Regierungschef"]})

# --- finanznachrichten.de, September 2025: the Liechtenstein government visits the Vorarlberg government in Bregenz ---

BR_P1 = ("Anlässlich des traditionellen Treffens mit der Landesregierung Vorarlbergs weilte Liechtensteins Regierung auf "
         "Einladung von Landeshauptmann Markus Wallner am Dienstag, 23. September 2025, in Bregenz.")
BR_P2 = ("Die Mitglieder beider Exekutiven widmeten sich im Rahmen eines Arbeitsgesprächs unter anderem den Themen Sicherheit, "
         "der Weiterentwicklung des Zollamts Schaanwald, der Windenergie und dem Pilotversuch eines LKW-Nachtfahrverbots auf "
         "der L191 in Feldkirch.")
BR_P3 = ("Regierungschefin Brigitte Haas und Landeshauptmann Markus Wallner betonten am Rande des Treffens die Wichtigkeit "
         "eines institutionalisierten Austauschs zwischen den Landesregierungen der beiden Nachbarn: \"Liechtenstein und "
         "Vorarlberg verbindet nicht nur ein enges, freundschaftliches Verhältnis, sondern auch eine Vielzahl beidseitig "
         "relevanter Themen und geteilter Herausforderungen. Indem wir uns regelmässig austauschen, schaffen wir die Basis für "
         "gemeinsame Antworten auf drängende Fragen.\"")
BR_P4 = ("Von Seiten Vorarlbergs nahmen Landeshauptmann Markus Wallner, Landesstatthalter Christof Bitschi, die Landesrätinnen "
         "Barbara Schöbi-Fink und Martina Rüscher, die Landesräte Marco Tittler, Daniel Allgäuer sowie Landesamtsdirektor "
         "Philipp Abbrederis teil. Liechtenstein wurde durch Regierungschefin Brigitte Haas, die Regierungsräte Daniel Oehry, "
         "Hubert Büchel und Emanuel Schädler, Regierungssekretär Michael Hasler sowie Botschafter Simon Biedermann vertreten.")

add(id="ho656-li-ots-2025-09-regierung-besuch-vorarlberg-haas-wallner",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2025-09/66513888-liechtensteinische-regierung-zu-besuch-in-vorarlberg-"
        "006.htm",
    retrieved="same address (the Government's release of 23 September 2025 sent over ots, as shown unchanged by "
              "finanznachrichten.de; two stored copies of the address were returned, one with a line break after every "
              "paragraph and one running the paragraphs together without space; the first is used (rule 3980); it shows no "
              "headline, so there is no title line, and the dateline 'Vaduz (ots) -' is a line of its own as stored; the "
              "photo service line 'Weitere Bilder stehen unter www.regierung.li/medienportal zum Download verfügbar.', the "
              "contact block 'Pressekontakt: Ministerium für Präsidiales und Finanzen Michael Hasler, Regierungssekretär T … "
              "michael.hasler@regierung.li', the lines 'Original-Content von: Fürstentum Liechtenstein, übermittelt durch news "
              "aktuell' and 'Originalmeldung: https://www.presseportal.ch/de/pm/100000148/100935395' and the portal's repeat "
              "of the opening sentence after them, cut off at '23. September 2', dropped (rule 3980); complete as stored)",
    license=LI_OTS,
    paras=["Vaduz (ots) -", BR_P1, BR_P2, BR_P3, BR_P4],
    # the colon quotation after `Regierungschefin Brigitte Haas und Landeshauptmann Markus Wallner betonten …:` is their joint
    # statement: the first-named is canonical and the co-speaker and the joint form are aliases (rules 9, 27); its `wir` is
    # both governments; the other participants listed in the last paragraph say nothing
    quotes=[(cut(BR_P3, "\"Liechtenstein und", "drängende Fragen.\""), HAAS)],
    aliases={HAAS: ["Brigitte Haas", "Regierungschefin Brigitte Haas", "Regierungschefin", "Markus Wallner",
                    "Landeshauptmann Markus Wallner", "Landeshauptmann",
                    "Brigitte Haas und Landeshauptmann Markus Wallner"]})
