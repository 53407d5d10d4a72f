# Five-hundred-and-thirty-fourth held-out German real-news set (tests/data/heldout534-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3030-3034). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-fourth held-out set": six releases of German regional
# newspapers sent over the ots service of news aktuell ahead of their editions, each reporting what a politician or an
# official told the paper, all shown in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): two of the Neue
# Westfälische, Bielefeld (Frank-Walter Steinmeier as the SPD's candidate for chancellor before the NRW local elections,
# August 2009; Hannelore Kraft congratulating SC Paderborn on its promotion, May 2014), one of the Ostsee-Zeitung, Rostock
# (Lothar de Maiziere on the Sat.1 thriller "Die Grenze", March 2010), two of the Westdeutsche Allgemeine Zeitung, Essen
# (Fritz Pleitgen on the visitors of Ruhr.2010, May 2010; Harry Voigtsberger on the "Still-Leben A40", July 2010) and one of
# the Neue Ruhr Zeitung / Neue Rhein Zeitung, Essen (Frank-Walter Steinmeier on his successor Guido Westerwelle, spring
# 2010). Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them, and the newsroom
# and wire furniture is dropped and the line layouts undone (rules 2590, 2770, 3010, 3030); each retrieval note names what
# was dropped.
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


KRAFT = "Hannelore Kraft"
STEINMEIER = "Frank-Walter Steinmeier"
DE_MAIZIERE = "Lothar de Maiziere"
VOIGTSBERGER = "Harry Voigtsberger"
PLEITGEN = "Fritz Pleitgen"

# --- Neue Westfälische (presseportal.de, newsroom 65487), May 2014: Kraft on SC Paderborn's promotion ---

KR_T = "Neue Westfälische (Bielefeld): Ministerpräsidentin Kraft: NRW ist in der Fußball-Bundesliga die Nummer eins"
KR_P1 = ("NRW-Ministerpräsidentin Hannelore Kraft hat dem Neu-Bundesligisten SC Paderborn gratuliert: \"Der Aufstieg des SC "
         "Paderborn ist mehr als verdient. Die Stadt steht zu Recht kopf\", sagte Kraft der in Bielefeld erscheinenden Neuen "
         "Westfälischen (Samstagausgabe). \"Er trägt übrigens dazu bei, dass NRW auch als Fußball-Land mit sechs "
         "Erstligavereinen wieder bundesweit auf Platz eins steht\", so Kraft, die auch Arminia Bielefeld in der "
         "Zweitliga-Relegation die Daumen drückt: \"Arminia muss drinbleiben.\"")

add(id="ho534-presseportal-nw-2014-05-kraft-sc-paderborn",
    title=KR_T,
    url="https://presseportal.de/pm/65487/2739164",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell ahead of a Saturday "
              "edition; undated in the stored copy, May 2014 by its content (SC Paderborn's promotion to the Bundesliga and "
              "Arminia Bielefeld's relegation matches of May 2014, six first-division clubs from NRW) and its release "
              "number); the copy shows the headline first and no newsroom widget; the headline with its prefix 'Neue "
              "Westfälische (Bielefeld):' is the title and the dateline 'Bielefeld (ots)' a line of its own as stored (rules "
              "2590, 2770, 3030); the contact block 'Pressekontakt: Neue Westfälische News Desk Telefon: 0521 555 271 …' and "
              "the line 'Original-Content von: Neue Westfälische (Bielefeld), übermittelt durch news aktuell' dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bielefeld (ots)", KR_P1],
    # the headline label `Ministerpräsidentin Kraft:` stands before words without marks (rule 5); the colon quotation after
    # `hat dem Neu-Bundesligisten SC Paderborn gratuliert:` is hers, the cue `sagte Kraft der … Neuen Westfälischen` after it
    # naming her (rules 9, 30); `"…", so Kraft` is hers (rule 30), and so is the colon quotation after the relative clause
    # on her, `die auch Arminia Bielefeld … die Daumen drückt:` (rule 3033); the paper, named without marks, is the
    # addressee (rule 12); `Ministerpräsidentin Kraft` names only her and is an alias (rule 44), `NRW-Ministerpräsidentin`
    # names the Land and is not (rule 33); SC Paderborn and Arminia Bielefeld say nothing
    quotes=[(cut(KR_P1, "\"Der Aufstieg", "kopf\""), KRAFT),
            (cut(KR_P1, "\"Er trägt", "Platz eins steht\""), KRAFT),
            ("\"Arminia muss drinbleiben.\"", KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft", "Ministerpräsidentin Kraft"]})

# --- Neue Westfälische (presseportal.de, newsroom 65487), August 2009: Steinmeier as the long-distance runner ---

SL_T = "Neue Westfälische: Steinmeier sieht sich als Langstreckenläufer \"Am Sonntag wird die Zwischenzeit genommen.\""
SL_P1 = ("Berlin/Bielefeld. SPD-Kanzlerkandidat Frank-Walter Steinmeier hat Bundeskanlzlerin Angela Merkel (CDU) davor "
         "gewarnt, sich in der  Wirtschaftskrise weguzuducken. Angeregt von der Berliner Leichtathletik-WM hat Steinmeier "
         "einen sportlichen Wettlauf ausgemacht: \"Gelegentlich habe ich den Eindruck des Langstreckenläufers, der sich nach "
         "dem Start umschaut und feststellt, es sind noch nicht alle Gegner losgelaufen. Die Strategie, den Wahlkampf zu "
         "vermeiden wird die Öffentlichkeit nicht fünf Wochen mitmachen.\", sagte der Bundesaußenminister im Interview mit "
         "der in Bielefeld erscheinenden Neuen Westfälischen (Dienstagsausgabe) mit Blick auf den zögerlichen Wahlkampf von "
         "Merkel.  \"Am kommenden Sonntag wird - um im Bild zu bleiben - die Zwischenzeit genommen bei den Landtagswahlen "
         "und der Kommunalwahl in NRW\", sieht er seine Partei im Wahlrennen noch längst nicht abgeschlagen.")

add(id="ho534-presseportal-nw-2009-08-steinmeier-langstreckenlaeufer",
    title=SL_T,
    url="https://presseportal.de/en/pm/65487/1462972?langid=1",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell ahead of a Tuesday "
              "edition, August 2009 by the newsroom's next stories of 24 and 25.08.2009 listed in the stored copy and by its "
              "content (the Berlin athletics world championships, the NRW local elections of Sunday 30 August 2009); English "
              "interface of the newsroom); the newsroom widget lines 'All Stories', 'Follow', 'Subscribe to Neue Westfälische "
              "(Bielefeld)' and the newsroom label 'Neue Westfälische (Bielefeld)' dropped (rules 2590, 2770, 3010); the "
              "headline with its prefix 'Neue Westfälische:' and the quotation run on after it as stored is the title, the "
              "dateline 'Bielefeld (ots)' a line of its own; the body, hard-wrapped in the copy, joined into one paragraph "
              "with one space per break, a line-end space counting as that space, also where the short first line "
              "'Berlin/Bielefeld. SPD-Kanzlerkandidat' ends without closing a sentence (rules 2590, 2770, 3030); the "
              "published 'Bundeskanlzlerin', 'weguzuducken', 'in der  Wirtschaftskrise', 'mitmachen.\",' and 'Merkel.  "
              "\"Am' kept (rule 20); the contact block 'Pressekontakt: Neue Westfälische Jörg Rinne Telefon: …', the line "
              "'Original content of: Neue Westfälische (Bielefeld), transmitted by news aktuell' and the list 'More stories: "
              "Neue Westfälische (Bielefeld)' with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bielefeld (ots)", SL_P1],
    # the headline quotation after the label `Steinmeier sieht sich als Langstreckenläufer` condenses his last body
    # quotation (`Am kommenden Sonntag wird - um im Bild zu bleiben - die Zwischenzeit genommen …`) and is his (rules 26,
    # 54, 107, 3031); the colon quotation after `hat Steinmeier einen sportlichen Wettlauf ausgemacht:` is his, the cue
    # `sagte der Bundesaußenminister im Interview mit der …` after it naming him (rules 9, 30); the last quotation, before
    # `sieht er seine Partei … nicht abgeschlagen`, is his (rule 3031); the paper, named without marks, is the addressee
    # (rule 12); `Bundesaußenminister` names only him and is an alias (rule 44), `SPD-Kanzlerkandidat` names the party and
    # is not (rule 33); Angela Merkel, of whom he speaks, says nothing
    quotes=[("\"Am Sonntag wird die Zwischenzeit genommen.\"", STEINMEIER),
            (cut(SL_P1, "\"Gelegentlich", "mitmachen.\""), STEINMEIER),
            (cut(SL_P1, "\"Am kommenden", "in NRW\""), STEINMEIER)],
    aliases={STEINMEIER: ["Frank-Walter Steinmeier", "Steinmeier", "Bundesaußenminister"]})

# --- Ostsee-Zeitung (presseportal.de, newsroom 65393), March 2010: de Maiziere on the thriller "Die Grenze" ---

DM_T = ("Ostsee-Zeitung: Letzter DDR-Ministerpräsident Lothar de Maiziere (CDU) hält die Idee des Polit-Thrillers \"Die "
        "Grenze\" für \"völlig abstrus\"")
DM_P1 = ("Rostock. Der letzte DDR-Ministerpräsident Lothar de Maiziere (CDU) hat sich mit deutlichen Worten vom "
         "Sat1-Polit-Thriller \"Die Grenze\" distanziert. \"Unglaublich. Wer denkt sich so was aus? Ich halte es für eine "
         "völlig abstruse Idee, dass Rechtsradikale an die Macht und Deutschland in ein totalitäres System drängen wollen und "
         "andererseits eine Neue Linke Mecklenburg-Vorpommern zur Deutschen Sozialistischen Republik ausrufen würde. Das geht "
         "völlig an den wirklichen Herausforderungen, vor denen unser Land derzeit steht, vorbei\", sagte de Maiziere der "
         "Ostsee-Zeitung (Mittwoch).")
DM_P2 = ("Der 70-Jährige CDU-Politiker wird am Donnerstag in einer Feierstunde des Bundestages zum 20. Jahrestag der ersten "
         "freien Volkskammerwahl in der DDR sprechen.")

add(id="ho534-presseportal-oz-2010-03-de-maiziere-die-grenze",
    title=DM_T,
    url="https://presseportal.de/en/pm/65393/1579152",
    retrieved="same address (release of the Ostsee-Zeitung, Rostock, sent over news aktuell ahead of a Wednesday edition, "
              "March 2010 by its content (the twentieth anniversary of the Volkskammer election of 18 March 1990, to be marked "
              "by the Bundestag 'am Donnerstag') and by the newsroom's next stories of 15.03.2010 listed in a second stored "
              "copy of the same address; the address is the English interface of the newsroom); two copies of the address are "
              "stored: one shows the widget lines 'All Stories', 'Follow', 'Subscribe to Ostsee-Zeitung', the label "
              "'Ostsee-Zeitung' and the body hard-wrapped, the other shows the headline first, no widget, and each paragraph "
              "on one line; the second is used (rules 2770, 3030); the headline with its prefix 'Ostsee-Zeitung:' is the "
              "title, the dateline 'Rostock (ots)' a line of its own and the place mark 'Rostock.' at the start of the body "
              "kept as stored; the published 'de Maiziere' without accent, 'Sat1-Polit-Thriller' and 'Der 70-Jährige "
              "CDU-Politiker' kept (rule 20); the contact block 'Pressekontakt: Ostsee-Zeitung Jan-Peter Schröder Telefon: "
              "+49 (0381) 365-439 …' and the line 'Original content of: Ostsee-Zeitung, transmitted by news aktuell' dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Rostock (ots)", DM_P1, DM_P2],
    # the film's title in marks, in the headline and in the body, is null (rule 24); the headline's `"völlig abstrus"` after
    # `hält die Idee … für` is his, the body's quotation giving him `eine völlig abstruse Idee` (rules 26, 54, 107, 3032);
    # the body quotation before `sagte de Maiziere der Ostsee-Zeitung (Mittwoch)` is his (rule 30), the paper, named without
    # marks, the addressee (rule 12); `70-Jährige` names only him and is an alias (rule 44), `DDR-Ministerpräsident` and
    # `CDU-Politiker` name the state and the party and are not (rule 33); Sat.1 and the Bundestag say nothing
    quotes=[("\"Die Grenze\"", None, 0),
            ("\"völlig abstrus\"", DE_MAIZIERE),
            ("\"Die Grenze\"", None, 1),
            (cut(DM_P1, "\"Unglaublich", "vorbei\""), DE_MAIZIERE)],
    aliases={DE_MAIZIERE: ["Lothar de Maiziere", "de Maiziere", "70-Jährige"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), May 2010: Pleitgen on Ruhr.2010 ---

PL_T = "WAZ: Schon 150.000 Besucher - Ruhr.2010 hat nach vier Monaten die Jahreserwartung erfüllt"
PL_P1 = ("Schon nach vier Monaten hatte die Kulturhauptstadt Ruhrgebiet mit 150.000 Besuchern ihre vorsichtig kalkulierte "
         "Jahreserwartung erfüllt. \"Die Menschen im Revier haben die Kulturhauptstadt zu ihrer Sache gemacht! Und wir werden "
         "nicht nachlassen\", versichert Fritz Pleitgen. Der Geschäftsführer der Kulturhauptstadt-GmbH Ruhr.2010 plädiert in "
         "den Zeitungen der WAZ-Mediengruppe aber schon jetzt für \"ein neues Großprojekt, in dem wir die Erfahrungen, die wir "
         "jetzt beim Organisieren der Kulturhauptstadt gesammelt haben, weiter nutzen können.\" Ein solches Projekt solle "
         "einen weiten, aber absehbaren Zeithorizont haben, der etwa bis 2020 reiche. \"Es kommt darauf an\", so Pleitgen, "
         "\"das alte Revier auf dem Weg zur neuen Region weiter voranzubringen\" - als solche stehe man längst in einem "
         "globalen Wettbewerb. Pleitgen appelliert an alle Verantwortlichen, sich schon jetzt intensiv Gedanken darüber zu "
         "machen, wie es nach der Kulturhauptstadt weitergehen soll: \"Es muss auch nicht unbedingt ein rein kulturelles "
         "Projekt sein, aber die Erfahrungen von Ruhr.2010 könnten gut einfließen.\"")

add(id="ho534-presseportal-waz-2010-05-pleitgen-ruhr2010-besucher",
    title=PL_T,
    url="https://presseportal.de/en/pm/55903/1616050",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell, May 2010 by its "
              "content (four months of the European Capital of Culture Ruhr.2010) and by the newsroom's next story of "
              "18.05.2010 listed in the stored copy; English interface of the newsroom); the newsroom widget lines 'All "
              "Stories', 'Follow', 'Subscribe to Westdeutsche Allgemeine Zeitung' and the newsroom label 'Westdeutsche "
              "Allgemeine Zeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix 'WAZ:' is the title, the "
              "dateline 'Essen (ots)' a line of its own as stored; the contact block 'Pressekontakt: Westdeutsche Allgemeine "
              "Zeitung Zentralredaktion Telefon: …', the line 'Original content of: Westdeutsche Allgemeine Zeitung, "
              "transmitted by news aktuell' and the list 'More stories: Westdeutsche Allgemeine Zeitung' with the teasers of "
              "other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", PL_P1],
    # the quotation before `versichert Fritz Pleitgen` is his (rule 30); the partial quotation after `Der Geschäftsführer der
    # Kulturhauptstadt-GmbH Ruhr.2010 plädiert … für`, whose subject takes up the name of the sentence before, is his (rules
    # 3, 30), the papers named in `in den Zeitungen der WAZ-Mediengruppe` being where he said it, not speakers (rule 12); the
    # quotation split by `so Pleitgen` is two spans of his (rules 1, 30); the colon quotation after `Pleitgen appelliert an
    # alle Verantwortlichen, …:` is his (rule 9); `Der Geschäftsführer der Kulturhauptstadt-GmbH Ruhr.2010` names the company
    # and is no alias (rule 33)
    quotes=[(cut(PL_P1, "\"Die Menschen", "nachlassen\""), PLEITGEN),
            (cut(PL_P1, "\"ein neues", "nutzen können.\""), PLEITGEN),
            ("\"Es kommt darauf an\"", PLEITGEN),
            (cut(PL_P1, "\"das alte Revier", "voranzubringen\""), PLEITGEN),
            (cut(PL_P1, "\"Es muss", "einfließen.\""), PLEITGEN)],
    aliases={PLEITGEN: ["Fritz Pleitgen", "Pleitgen"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), July 2010: Voigtsberger on the Still-Leben A40 ---

VO_T = "WAZ: Neuer NRW-Verkehrsminister wünscht sich Wiederholung des Still-Lebens A40"
VO_P1 = ("Der neue nordrhein-westfälische Wirtschafts- und Verkehrsminister Harry Voigtsberger (SPD) spricht sich für eine "
         "Wiederholung des Großereignisses \"Still-Leben A40\" aus. Zur Vollsperrung der viel befahrenen Ruhrgebietsautobahn "
         "sagte Voigtsberger den Zeitungen der Essener WAZ-Mediengruppe: \"Ich denke, man sollte es auf jeden Fall "
         "wiederholen. In welchem Rhythmus, darüber müssen wir noch nachdenken.\" Voigtsberger war selbst an einem seiner "
         "ersten Arbeitstage auf der A40. \"Das war in der Tat der beste Stau meines Lebens\", sagte der neue "
         "NRW-Verkehrsminister. \"Es war ein wirklich tolles Erlebnis, so etwas gibt es nur im Ruhrgebiet. In München oder "
         "Stuttgart wäre das undenkbar.\"")

add(id="ho534-presseportal-waz-2010-07-voigtsberger-still-leben-a40",
    title=VO_T,
    url="https://presseportal.de/pm/55903/1651373",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell, July 2010 by "
              "its content (the closure of the A40 for the Still-Leben of 18 July 2010, Voigtsberger newly in office) and by "
              "the newsroom's next stories of 19 and 20.07.2010 listed in the stored copy); the newsroom widget lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label "
              "'Westdeutsche Allgemeine Zeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix 'WAZ:' is the "
              "title, the dateline 'Essen (ots)' a line of its own as stored; the contact block 'Pressekontakt: Westdeutsche "
              "Allgemeine Zeitung Zentralredaktion Telefon: …', the line 'Original-Content von: Westdeutsche Allgemeine "
              "Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine Zeitung' with "
              "the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", VO_P1],
    # the event's name in marks is null (rule 24); the colon quotation after `sagte Voigtsberger den Zeitungen der Essener
    # WAZ-Mediengruppe:` is his, the papers the addressee (rules 9, 12); `"…", sagte der neue NRW-Verkehrsminister` is his
    # (rule 30) and the cue-less quotation after it continues him (NOTES.md continuation); `NRW-Verkehrsminister` and `Der
    # neue nordrhein-westfälische Wirtschafts- und Verkehrsminister` name the Land and are no aliases (rule 33)
    quotes=[("\"Still-Leben A40\"", None),
            (cut(VO_P1, "\"Ich denke", "nachdenken.\""), VOIGTSBERGER),
            (cut(VO_P1, "\"Das war", "Lebens\""), VOIGTSBERGER),
            (cut(VO_P1, "\"Es war", "undenkbar.\""), VOIGTSBERGER)],
    aliases={VOIGTSBERGER: ["Harry Voigtsberger", "Voigtsberger"]})

# --- Neue Ruhr Zeitung / Neue Rhein Zeitung (presseportal.de, newsroom 58972), spring 2010: Steinmeier on Westerwelle ---

NR_T = "NRZ: Ex-Außenminister Steinmeier kritisiert Amtsführung seines Nachfolgers Westerwelle"
NR_P1 = ("Essen (ots) - Ex-Außenminister Frank-Walter Steinmeier (SPD) kritisiert die Amtsführung seines Nachfolgers Guido "
         "Westerwelle (FDP) scharf: Dass der Außenminister in der Bevölkerung unbeliebt sei, liege auch daran, dass \"er sich "
         "an diese Rolle nicht recht gewöhnen mag\", sagte der Vorsitzende der SPD-Bundestagsfraktion der in Essen "
         "erscheinenden Neue Ruhr/Neue Rhein Zeitung (Samstagsausgabe). Westerwelle setze den Wahlkampf mit innenpolitischen "
         "Themen fort, \"mit Beschimpfungen von Arbeitslosen, die ihn selbst disqualifizieren\". Steinmeier weiter: \"Ein "
         "Vorgänger sollte die Amtsführung seines Nachfolger nicht ständig kommentieren, aber sagen darf und muss man, dass "
         "Deutschland das größte Land in der Europäischen Union ist, und ein Land auf das in internationalen Beziehungen "
         "geschaut wird.\" Ein deutscher Außenminister müsse sich deshalb dafür entscheiden, \"deutsche Außenpolitik mit "
         "ganzer Kraft und ganzem Herzen zu erfüllen\", so Steinmeier.")

add(id="ho534-presseportal-nrz-2010-steinmeier-westerwelle",
    title=NR_T,
    url="http://www.presseportal.de/pm/58972/1596721",
    retrieved="same address (release of the Neue Ruhr Zeitung / Neue Rhein Zeitung, Essen, sent over news aktuell ahead of "
              "a Saturday edition; undated in the stored copy, spring 2010 by its content (Steinmeier as chairman of the SPD "
              "parliamentary group since October 2009, Westerwelle's remarks on the unemployed of February 2010 and the NRW "
              "election campaign before May 2010) and by its release number, between those of the Ostsee-Zeitung release of "
              "March 2010 and the WAZ release of May 2010 in this set); the plain layout of the older newsroom pages: the "
              "newsroom label 'Neue Ruhr Zeitung / Neue Rhein Zeitung' dropped, the headline with its prefix 'NRZ:' is the "
              "title, the dateline 'Essen (ots) -' stays run into the paragraph and its indentation is dropped (rules 2770, "
              "3030); the published 'seines Nachfolger' and 'der in Essen erscheinenden Neue Ruhr/Neue Rhein Zeitung' kept "
              "(rule 20); the contact block 'Pressekontakt: Neue Ruhr Zeitung / Neue Rhein Zeitung Redaktion Telefon: …', the "
              "line 'Original-Content von: Neue Ruhr Zeitung / Neue Rhein Zeitung, übermittelt durch news aktuell', 'Weitere "
              "Meldungen: …' and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[NR_P1],
    # the partial quotation inside the Konjunktiv report on the foreign minister, before `sagte der Vorsitzende der
    # SPD-Bundestagsfraktion der … Zeitung`, is Steinmeier's although its `er` is Westerwelle, and so is the partial
    # quotation in the next Konjunktiv sentence whose subject is Westerwelle (rules 3, 30, 908, 3034); the colon quotation
    # after the verbless `Steinmeier weiter:` is his (rule 9), and so is the partial quotation before `so Steinmeier` (rule
    # 30); the paper, named without marks, is the addressee (rule 12); `Ex-Außenminister`, which a prediction of the
    # `Außenminister` Westerwelle would match, and `der Vorsitzende der SPD-Bundestagsfraktion`, which names the party, are
    # no aliases (rules 33, 3034); Guido Westerwelle, of whom he speaks, says nothing in marks
    quotes=[("\"er sich an diese Rolle nicht recht gewöhnen mag\"", STEINMEIER),
            ("\"mit Beschimpfungen von Arbeitslosen, die ihn selbst disqualifizieren\"", STEINMEIER),
            (cut(NR_P1, "\"Ein Vorgänger", "geschaut wird.\""), STEINMEIER),
            (cut(NR_P1, "\"deutsche Außenpolitik", "erfüllen\""), STEINMEIER)],
    aliases={STEINMEIER: ["Frank-Walter Steinmeier", "Steinmeier"]})
