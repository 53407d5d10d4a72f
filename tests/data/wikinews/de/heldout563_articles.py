# Five-hundred-and-sixty-third held-out German real-news set (tests/data/heldout563-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3280-3282). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixty-third held-out set": seven releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what a politician told the paper, all shown in the
# papers' newsrooms on presseportal.de (licence OTS_MEDIEN): two of the Neue Westfälische, Bielefeld (Klaus Wowereit ruling
# out a Linke head of government, August 2009; Frank-Walter Steinmeier against black-green in North Rhine-Westphalia, early
# 2010), one of the Ostsee-Zeitung, Rostock (Lorenz Caffier on the NPD ban, December 2012), three of the Neue Osnabrücker
# Zeitung (Christian Lindner as designated FDP chairman, October 2013; Lindner on the Brandenburg FDP's slogan, August 2014;
# Jürgen Trittin before the Greens' Hamburg congress, November 2014) and one of Der Tagesspiegel, Berlin (Cem Özdemir as
# designated Green chairman, autumn 2008). Stored copies are the `search` tool's `pages` excerpts; six release bodies are
# complete in them, one is cut off and ends at its last complete paragraph; the newsroom and wire furniture is dropped and
# the line layouts undone (rules 2590, 3010, 3030, 3280); each retrieval note names what was dropped.
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


WOWEREIT = "Klaus Wowereit"
STEINMEIER = "Frank-Walter Steinmeier"
CAFFIER = "Lorenz Caffier"
LINDNER = "Christian Lindner"
TRITTIN = "Jürgen Trittin"
OEZDEMIR = "Cem Özdemir"

# --- Neue Westfälische (presseportal.de, newsroom 65487), late August 2009: Wowereit rules out a Linke head of government ---

WO_T = "Neue Westfälische: Wowereit: \"Es wird keinen Ministerpräsidenten der Linken geben\""
WO_P1 = join("Der Regierende Bürgermeister von Berlin, Klaus",
             "Wowereit (SPD), hat eine rot-rote Koalition unter Führung eines",
             "Ministerpräsidenten der Linken nach den Landtagswahlen im Saarland, ",
             "Sachsen oder Thüringen ausgeschlossen.")
WO_P2 = join("Gegenüber der in Bielefeld erscheinenden Tageszeitung Neue ",
             "Westfälischen sagte Wowereit: \"Es wird keinen",
             "Ministerpräsidenten der Linkspartei geben.\" Im Übrigen werde die ",
             "Entscheidung über mögliche rot-rote Koalitionen",
             "auf der Länderebene getroffen; im Bund sei die Linkspartei 2009 nicht",
             "regierungsfähig.")

add(id="ho563-presseportal-nw-2009-08-wowereit-kein-ministerpraesident-der-linken",
    title=WO_T,
    url="https://presseportal.de/en/pm/65487/1464370",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell; undated in the stored copy, "
              "late August 2009 by its content (the Landtag elections in the Saarland, Saxony and Thuringia of 30 August 2009, "
              "'2009' for the federal election) and by its release number, just above that of the Neue Westfälische release of "
              "August 2009 in the 534th set (pm/65487/1462972)); the English interface: the widget lines 'All Stories', "
              "'Follow', 'Subscribe to Neue Westfälische (Bielefeld)' and the newsroom label 'Neue Westfälische (Bielefeld)' "
              "dropped (rules 3010, 3030); the headline with its prefix 'Neue Westfälische:' and the label 'Wowereit:' is the "
              "title, the dateline 'Bielefeld (ots)' a line of its own; the body, hard-wrapped without an empty line, joined "
              "with one space per break, a line-end space counting as that space, and divided once, at the line ending "
              "'ausgeschlossen.', which closes a sentence outside marks (rules 1372, 3030, 3280); the published 'Tageszeitung "
              "Neue Westfälischen' kept (rule 20); the contact block 'Pressekontakt: Neue Westfälische Jörg Rinne Telefon: "
              "0521 555 276 …', the line 'Original content of: Neue Westfälische (Bielefeld), transmitted by news aktuell' and "
              "the lines 'More stories: Neue Westfälische (Bielefeld)' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bielefeld (ots)", WO_P1, WO_P2],
    # the headline quotation after the label `Wowereit:` is his, the body giving him nearly the same words after `sagte
    # Wowereit:` (rules 26, 54, 107); the colon quotation after `Gegenüber der … Tageszeitung Neue Westfälischen sagte
    # Wowereit:` is his (rule 9), the paper, named without marks, the addressee (rule 12); the Konjunktiv sentence after it is
    # unmarked (rule 5); `Der Regierende Bürgermeister von Berlin` names the city and is not listed (rule 33)
    quotes=[("\"Es wird keinen Ministerpräsidenten der Linken geben\"", WOWEREIT),
            (cut(WO_P2, "\"Es wird", "geben.\""), WOWEREIT)],
    aliases={WOWEREIT: ["Klaus Wowereit", "Wowereit"]})

# --- Neue Westfälische (presseportal.de, newsroom 65487), early 2010: Steinmeier does not believe in black-green in NRW ---

ST_T = "Neue Westfälische: Neue Westfälische, Bielefeld: Steinmeier glaubt nicht an Schwarz-Grün in NRW"
ST_P1 = ("Bielefeld (ots) - Bielefeld. Frank-Walter Steinmeier, Chef der SPD-Bundestagsfraktion, glaubt nicht an ein "
         "schwarz-grünes Bündnis nach der Landtagswahl am 9. Mai in NRW. \"Das würde die Grünen langfristig vor eine schwere "
         "Zerreißprobe stellen\", sagte der SPD-Politiker der in Bielefeld erscheinenden Neuen Westfälischen "
         "(Samstagsausgabe). Außerdem sei er davon überzeugt, dass es die SPD-Spitzenkandidatin Hannelore Kraft in NRW schaffe, "
         "dass gegen die SPD keine Regierung gebildet werden könne. Falls die FDP aus der Regierung in NRW fliege, geht "
         "Steinmeier davon aus, dass die schwarz-gelbe Regierung trotzdem im Bund bis zum Ende der Legislaturperiode hält: "
         "\"Ich mache mir da keine Illusionen. CDU, CSU und FDP hängen an der Macht und werden ihr chaotisches Miteinander "
         "fortsetzen\", sagte der Sozialdemokrat der Neuen Westfälischen weiter.")

add(id="ho563-presseportal-nw-2010-steinmeier-schwarz-gruen-nrw",
    title=ST_T,
    url="http://www.presseportal.de/pm/65487/1561061",
    retrieved="same address (release of the Neue Westfälische, Bielefeld, sent over news aktuell ahead of a Saturday "
              "edition; undated in the stored copy, early 2010 by its content (Frank-Walter Steinmeier as chairman of the SPD "
              "group in the Bundestag before the North Rhine-Westphalian Landtag election of 9 May 2010) and by its release "
              "number, below that of the Ostsee-Zeitung release of March 2010 in the 534th set (pm/65393/1579152)); the plain "
              "layout: the newsroom label 'Neue Westfälische (Bielefeld)' dropped (rule 3030); the headline with its prefix "
              "'Neue Westfälische:' and the paper's own 'Neue Westfälische, Bielefeld:' run into it is the title as stored, the "
              "dateline 'Bielefeld (ots) -' and the place mark 'Bielefeld.' run into the only paragraph as stored (rule 13); "
              "the contact block 'Pressekontakt: Neue Westfälische News Desk Telefon: 0521 555 271 "
              "nachrichten@neue-westfaelische.de' and the line 'Original-Content von: Neue Westfälische (Bielefeld), "
              "übermittelt durch news aktuell', which the copy runs on after the last sentence, dropped, as are the lines "
              "'Themen in dieser Meldung', 'Weitere Meldungen: Neue Westfälische (Bielefeld)' and 'Das könnte Sie auch "
              "interessieren:' (rules 2590, 3280); complete as stored)",
    license=OTS_MEDIEN,
    paras=[ST_P1],
    # `"…", sagte der SPD-Politiker der … Neuen Westfälischen` and `"…", sagte der Sozialdemokrat der Neuen Westfälischen
    # weiter` are his (rule 30), the second opening with a colon after the narrator's sentence whose subject is Steinmeier
    # (rule 9); the Konjunktiv sentence between them is unmarked (rule 5); the paper, named without marks, is the addressee
    # (rule 12); `Sozialdemokrat`, used for him alone, is listed as `Christdemokrat` was in the 531st set (rule 44), while
    # `Chef der SPD-Bundestagsfraktion` and `SPD-Politiker` name the party and are not (rule 33); Hannelore Kraft says nothing
    quotes=[(cut(ST_P1, "\"Das würde", "stellen\""), STEINMEIER),
            (cut(ST_P1, "\"Ich mache", "fortsetzen\""), STEINMEIER)],
    aliases={STEINMEIER: ["Frank-Walter Steinmeier", "Steinmeier", "Sozialdemokrat"]})

# --- Ostsee-Zeitung (presseportal.de, newsroom 65393), early December 2012: Caffier expects an NPD ban ---

CA_T = ("Ostsee-Zeitung: IMK-Vorsitzender Lorenz Caffier (CDU) in der OSTSEE-ZEITUNG (Rostock): Material für NPD-Verbot ist "
        "\"gut und stichfest\"")
CA_P1 = ("Schwerin - Mecklenburg-Vorpommerns Innenminister Lorenz Caffier (CDU) rechnet fest mit einem NPD-Verbot. Der OZ "
         "sagte der Vorsitzende der Innenministerkonferenz (IMK) gestern, Quellen belegten \"eindeutig den "
         "verfassungsfeindlichen Charakter\" der rechtsextremen Partei. Die IMK stimmt ab heute in Warnemünde über ein neues "
         "NPD-Verbotsverfahren ab. Caffier erklärte, das Beweismaterial sei \"gut und stichfest\". Die NPD wolle die Demokratie "
         "abschaffen und schrecke dabei nicht vor kämpferisch-aggressiven Mitteln zurück. Das Verbot sei wichtig, um der NPD "
         "die finanzielle Basis zu nehmen.")

add(id="ho563-presseportal-oz-2012-12-caffier-npd-verbot-stichfest",
    title=CA_T,
    url="https://presseportal.de/pm/65393/2376707",
    retrieved="same address (release of the Ostsee-Zeitung, Rostock, sent over news aktuell; undated in the stored copy, "
              "early December 2012 by its content (the autumn conference of the Land interior ministers in Warnemünde of 5 "
              "and 6 December 2012 under Lorenz Caffier's chairmanship, 'ab heute', which recommended a new NPD ban "
              "application)); the copy shows the headline first, without widget and label: the headline with its prefix "
              "'Ostsee-Zeitung:' is the title, the dateline 'Rostock (ots)' a line of its own and the place mark 'Schwerin -' "
              "at the start of the body kept (rule 3030); the contact block 'Pressekontakt: Ostsee-Zeitung Jan-Peter Schröder "
              "Telefon: +49 (0381) 365-439 …' and the line 'Original-Content von: Ostsee-Zeitung, übermittelt durch news "
              "aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Rostock (ots)", CA_P1],
    # the headline's marked predicate after the label `IMK-Vorsitzender Lorenz Caffier (CDU) in der OSTSEE-ZEITUNG
    # (Rostock):` is his, the body giving him the same words after `Caffier erklärte, das Beweismaterial sei` (rules 26, 54,
    # 107); the partial quotation after `Der OZ sagte der Vorsitzende der Innenministerkonferenz (IMK) gestern, Quellen
    # belegten` is his, the office naming the man the sentence before introduced (rules 3, 73), and the paper, named as `Der
    # OZ`, is the addressee (rule 12); the two identical spans are located by occurrence index; the Konjunktiv sentences
    # after them are unmarked (rule 5); `IMK-Vorsitzender`, `Vorsitzende der Innenministerkonferenz` and `Mecklenburg-
    # Vorpommerns Innenminister` name a body or a Land and are not listed (rule 33); the IMK and the NPD say nothing
    quotes=[("\"gut und stichfest\"", CAFFIER, 0),
            ("\"eindeutig den verfassungsfeindlichen Charakter\"", CAFFIER),
            ("\"gut und stichfest\"", CAFFIER, 1)],
    aliases={CAFFIER: ["Lorenz Caffier", "Caffier"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), October 2013: Lindner as designated FDP chairman ---

LI_T = "Neue OZ: Neue OZ - Interview mit Christian Lindner, designierter FDP-Chef"
LI_H = "Lindner: Erstmals seit Jahren Mitgliederzuwachs bei der FDP"
LI_P1 = ("Designierter Vorsitzender gibt sich \"motiviert\" für Neuaufbau der Liberalen - Gegen \"staatliche "
         "Besserungsanstalt\" - Große Koalition erwartet Osnabrück.- Der designierte FDP-Chef Christian Lindner zeigt sich "
         "trotz des historisch schwachen Abschneidens seiner Partei bei der Bundestagswahl zuversichtlich für eine "
         "außerparlamentarische Erneuerung. In einem Interview mit der \"Neuen Osnabrücker Zeitung\" (Montag) sagte Lindner, "
         "die Liberalen hätten im vorigen Monat erstmals seit Jahren wieder einen Mitgliederzuwachs verzeichnet. \"Wir haben "
         "eine schwere Niederlage eingesteckt, aber viele mutige Menschen sind bereit, beim Neuaufbau mitzuhelfen\", sagte der "
         "FDP-Politiker. \"Das motiviert.\" Linder griff Versuche der Grünen an, sich als liberale Partei und FDP-Ersatz im "
         "neuen Bundestag profilieren zu wollen. \"Die Grünen wollen nun die Partei der Freiheit sein, obwohl ihr Wahlprogramm "
         "sich liest wie die Hausordnung einer staatlichen Besserungsanstalt\", so der nordrhein-westfälische "
         "FDP-Fraktionschef. Dies belege schon jetzt, wie sehr künftig eine Farbe im Bundestag fehle. Ebenso wenig fürchte er "
         "den Wettbewerb mit der CDU, deren NRW-Chef Armin Laschet \"es nicht schnell genug gehen konnte, Steuererhöhungen in "
         "den Raum zu stellen und für Schwarz-Grün zu werben\". Persönlich rechnet Lindner \"mit einer großen Koalition der "
         "Steuererhöher\". Schwarz-Gelb übergebe \"einen Staat mit vollen Kassen und einen robusten Arbeitsmarkt\". Nun sehe er "
         "mit Sorge, dass Union, SPD und Grüne \"nur noch streiten, wie Mehrausgaben finanziert werden sollen - über den Griff "
         "in die Sozialkassen, höhere Steuern oder Schulden\".")

add(id="ho563-presseportal-noz-2013-10-lindner-mitgliederzuwachs",
    title=LI_T,
    url="https://presseportal.de/pm/58964/2575210",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell ahead of a Monday edition; "
              "undated in the stored copy, October 2013 by its content (Christian Lindner as the designated FDP chairman after "
              "the federal election of 22 September 2013, the membership growth 'im vorigen Monat') and by its release "
              "number, above that of the Neue Osnabrücker Zeitung release of 24 or 25 September 2013 in the 531st set "
              "(pm/58964/2562778)); the copy shows the headline first, without widget and label: the headline with its prefix "
              "'Neue OZ:' is the title, the dateline 'Osnabrück (ots)' and the release's own headline 'Lindner: Erstmals …' "
              "lines of their own (rule 3010); the subtitle, which the stored copy runs into the first paragraph without a "
              "break ('… - Große Koalition erwartet Osnabrück.- Der designierte …'), kept in that line as stored (rules 18, "
              "3280); the published 'Linder griff' kept (rule 20); the second paragraph, cut off in the stored copy inside an "
              "unclosed quotation ('Lindner warb um Anhänger der neuen Partei Alternative für Deutschland (AfD). … wolle aber "
              "\"für alle Menschen attraktiv sein, die ihr Leben selb'), dropped with that quotation (rule 15))",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", LI_H, LI_P1],
    # the headline label `Lindner:` stands before words without marks (rule 5); the subtitle's marked word after `Designierter
    # Vorsitzender gibt sich` echoes his `"Das motiviert."` and is his (rules 107, 154), and the marked phrase after the
    # subtitle's `Gegen` shortens his `einer staatlichen Besserungsanstalt` and is his too (rules 26, 107); the paper's name
    # is null (rules 2, 2771); `"…", sagte der FDP-Politiker` and the cue-less `"Das motiviert."` after it are his (rule 30,
    # NOTES.md continuation), and so is `"…", so der nordrhein-westfälische FDP-Fraktionschef` (rule 30); the relative clause
    # in marks whose subject is Armin Laschet, in Lindner's Konjunktiv report (`Ebenso wenig fürchte er den Wettbewerb mit der
    # CDU, deren NRW-Chef Armin Laschet "…"`), is Lindner's (rules 3, 908, 3034); the partial quotations after `Persönlich
    # rechnet Lindner`, in the Konjunktiv sentence whose subject is `Schwarz-Gelb` and after `Nun sehe er mit Sorge, dass
    # Union, SPD und Grüne` are his (rules 3, 8, 908); the misspelt `Linder` is an alias (rules 20, 3061), while
    # `designierte FDP-Chef`, `FDP-Politiker` and `nordrhein-westfälische FDP-Fraktionschef` name the party and are not
    # (rule 33); Armin Laschet, the Greens and the parties named say nothing
    quotes=[("\"motiviert\"", LINDNER),
            ("\"staatliche Besserungsanstalt\"", LINDNER),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(LI_P1, "\"Wir haben", "mitzuhelfen\""), LINDNER),
            ("\"Das motiviert.\"", LINDNER),
            (cut(LI_P1, "\"Die Grünen wollen", "Besserungsanstalt\""), LINDNER),
            (cut(LI_P1, "\"es nicht schnell", "zu werben\""), LINDNER),
            ("\"mit einer großen Koalition der Steuererhöher\"", LINDNER),
            ("\"einen Staat mit vollen Kassen und einen robusten Arbeitsmarkt\"", LINDNER),
            (cut(LI_P1, "\"nur noch streiten", "Schulden\""), LINDNER)],
    aliases={LINDNER: ["Christian Lindner", "Lindner", "Linder"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), August 2014: Lindner on "Keine Sau braucht die FDP" ---

KS_T = "Neue OZ: Neue OZ - Interview mit dem FDP-Bundesvorsitzenden Christian Lindner"
KS_H = "FDP-Chef geschockt über brandenburgischen Wahlkampfslogan"
KS_SUB = "\"Keine Sau braucht die FDP sollte eine Provokation sein\" - Lindner: Landesverbände entscheiden selbst"
KS_P1 = ("Osnabrück.- Der FDP-Bundesvorsitzende Christian Lindner hat geschockt auf den Wahlkampf-Slogan \"Keine Sau braucht "
         "die FDP\" der brandenburgischen Liberalen reagiert. In einem Interview mit der \"Neuen Osnabrücker Zeitung\" "
         "(Samstag) erklärte Lindner: \"Mir hat der Atem gestockt, als ich die Kampagne erstmals gesehen habe.\" Aber die "
         "Landesverbände entschieden selbst. \"Und man kennt nun die Pointe\", sagte Lindner. Es sei den Kollegen um einen "
         "provokanten Start gegangen, damit die Partei vor der brandenburgischen Landtagswahl am 14.September wahrgenommen "
         "werde. Jetzt werde die eigentliche Botschaft plakatiert: \"Der Mittelstand braucht die FDP\".")
KS_P2 = ("Mit Blick auf die Große Koalition in Berlin stimme das auch, betonte Lindner. \"Die SPD gibt in allen wichtigen "
         "Fragen den Ton an, und die Union wehrt sich nicht einmal mehr\", erklärte der Parteivorsitzende. \"Die Regierung ist "
         "vollkommen vom marktwirtschaftlichen Kurs der letzten Jahre abgekommen.\" Lindner nannte die bevorstehenden Wahlen "
         "in den neuen Bundesländern wichtige Meilensteine für die FDP. In Sachsen, wo die FDP mitregiert, sei die "
         "Kommunalwahl mit mehr als fünf Prozent für die FDP ermutigend gewesen. Die Alternative für Deutschland (AfD) sei "
         "nach übereinstimmender Analyse der Meinungsforscher keine Gefahr für die FDP. Lindner nannte die AfD insgesamt "
         "rückwärtsgewandt. Wettbewerber der Liberalen seien Union und SPD, \"die Deutschlands Stärke durch teure Geschenke "
         "verspielen\".")

add(id="ho563-presseportal-noz-2014-08-lindner-keine-sau-braucht-die-fdp",
    title=KS_T,
    url="https://presseportal.de/pm/58964/2803805",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell ahead of a Saturday edition; "
              "undated in the stored copy, August 2014 by its content (the Brandenburg FDP's campaign posters before the "
              "Landtag election of 14 September 2014, the coming elections in the eastern Länder, the Saxon local elections of "
              "May 2014 behind) and by its release number); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story "
              "von Neue Osnabrücker Zeitung mehr verpassen.' and the newsroom label 'Neue Osnabrücker Zeitung' dropped (rules "
              "2590, 3010); the headline with its prefix 'Neue OZ:' is the title, the dateline 'Osnabrück (ots)', the "
              "release's own headline 'FDP-Chef geschockt …' and its subtitle lines of their own as stored, the place mark "
              "'Osnabrück.-' at the start of the body kept (rule 3010); the published 'am 14.September' kept (rule 20); the "
              "contact block 'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 207', the line "
              "'Original-Content von: Neue Osnabrücker Zeitung, übermittelt durch news aktuell' and the cut-off 'Weitere "
              "Stor…' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", KS_H, KS_SUB, KS_P1, KS_P2],
    # the subtitle quotation before the dash and the label `Lindner:`, which takes up the slogan without inner marks and
    # adds a verdict on it, is his (rules 26, 107, 3011, 3281); the slogan in marks in the body, credited to the Brandenburg
    # Liberals, is null, and so is the new slogan after `Jetzt werde die eigentliche Botschaft plakatiert:` in his Konjunktiv
    # report (rules 270, 1321, 2086, 3281); the paper's name is null (rules 2, 2771); the colon quotation after `erklärte
    # Lindner:` is his (rule 9), `"…", sagte Lindner` and `"…", erklärte der Parteivorsitzende` are his (rule 30) and so is the
    # cue-less quotation after the last (NOTES.md continuation); the relative clause in marks in his Konjunktiv report
    # (`Wettbewerber der Liberalen seien Union und SPD, "die …"`) is his (rules 3, 908); `Parteivorsitzende`, used for him
    # alone, is an alias (rule 44), `FDP-Bundesvorsitzende` and `FDP-Chef` name the party and are not (rule 33); the
    # Brandenburg Liberals and the AfD say nothing
    quotes=[("\"Keine Sau braucht die FDP sollte eine Provokation sein\"", LINDNER),
            ("\"Keine Sau braucht die FDP\"", None),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(KS_P1, "\"Mir hat", "gesehen habe.\""), LINDNER),
            ("\"Und man kennt nun die Pointe\"", LINDNER),
            ("\"Der Mittelstand braucht die FDP\"", None),
            (cut(KS_P2, "\"Die SPD gibt", "nicht einmal mehr\""), LINDNER),
            (cut(KS_P2, "\"Die Regierung", "abgekommen.\""), LINDNER),
            (cut(KS_P2, "\"die Deutschlands", "verspielen\""), LINDNER)],
    aliases={LINDNER: ["Christian Lindner", "Lindner", "Parteivorsitzende"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), November 2014: Trittin before the Hamburg congress ---

TR_T = "NOZ: Gespräch mit Jürgen Trittin, Grünen-Politiker"
TR_H = "Grünen-Politiker Trittin beschwört vor Bundeskongress Einheit seiner Partei"
TR_SUB = ("\"Jenseits aller Aufgeregtheiten gibt es einen Grundkonsens für mehr Klimaschutz und mehr Gleichheit\" - Alle "
          "Grünen arbeiten an Beendigung der Großen Koalition")
TR_P1 = ("Osnabrück.- Grünen-Politiker Jürgen Trittin sieht in seiner Partei \"jenseits aller Aufgeregtheiten\" einen "
         "Grundkonsens \"für mehr Klimaschutz und mehr Gleichheit.\" In einem Gespräch mit der \"Neuen Osnabrücker Zeitung\" "
         "(Dienstag) sagte der frühere Grünen-Spitzenkandidat mit Blick auf die Debatten vor der Bundesdelegiertenkonferenz, "
         "Parteien bräuchten \"Flügel, um zu fliegen\". Aber auf die Mitte käme es an, wo die Flügel zusammenwüchsen. Hier "
         "werde über die Richtung der Partei entschieden. Alle Grünen arbeiteten daran, die Große Koalition zu beenden. So "
         "erkläre sich auch, dass er und der Realo Boris Palmer den Antrag \"Grüner Aufbruch 2017\" unterstützten. An diesem "
         "Freitag kommen die Grünen in Hamburg zu dreitägigen Beratungen zusammen. In der Partei waren zuvor Flügelkämpfe "
         "aufgebrochen, als der Parteilinke Trittin intern die Realos in Baden-Württemberg und Hessen mit den Taliban in "
         "\"Waziristan\" verglich. Der so gescholtene und gerade wiedergewählte Grünen-Oberbürgermeister Boris Palmer warnte "
         "vor Trittins Comeback.")

add(id="ho563-presseportal-noz-2014-11-trittin-fluegel-um-zu-fliegen",
    title=TR_T,
    url="https://www.presseportal.de/pm/58964/2883384",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell ahead of a Tuesday edition, "
              "18 November 2014 by its content (the Greens' Bundesdelegiertenkonferenz in Hamburg from Friday 21 November "
              "2014, 'An diesem Freitag') and by the newsroom's next story of 18.11.2014 – 05:00 listed in the stored copy); "
              "the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue Osnabrücker Zeitung mehr verpassen.' "
              "and the newsroom label 'Neue Osnabrücker Zeitung' dropped (rules 2590, 3010); the headline with its prefix "
              "'NOZ:' is the title, the dateline 'Osnabrück (ots)', the release's own headline 'Grünen-Politiker Trittin "
              "beschwört …' and its subtitle lines of their own as stored, the place mark 'Osnabrück.-' at the start of the "
              "body kept (rule 3010); the full stop published inside the closing mark ('Gleichheit.\" In einem') kept (rule "
              "20); the contact block 'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 207', the line "
              "'Original-Content von: Neue Osnabrücker Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Neue Osnabrücker Zeitung' with the teaser of another release dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", TR_H, TR_SUB, TR_P1],
    # the subtitle quotation before the dash, whose words the body gives him in two partial quotations, is his (rules 26,
    # 107), the unmarked summary after the dash carrying no span (rule 5); the two partial quotations after `Grünen-Politiker
    # Jürgen Trittin sieht in seiner Partei` are his (rules 3, 25), the second with the full stop inside the marks (rule 20);
    # the paper's name is null (rules 2, 2771); the partial quotation in his Konjunktiv report after `sagte der frühere
    # Grünen-Spitzenkandidat …, Parteien bräuchten` is his (rules 3, 908); the name of the motion after `den Antrag` is null
    # (rules 24, 3282); the place name in marks in the report of his earlier comparison (`als der Parteilinke Trittin intern
    # die Realos … mit den Taliban in "Waziristan" verglich`) is his (rule 3282); `frühere Grünen-Spitzenkandidat` and
    # `Grünen-Politiker` name the party and are not listed (rule 33), nor is `Parteilinke`, a description used once before his
    # name; Boris Palmer, whose warning is reported without marks, says nothing in marks (rule 5)
    quotes=[(cut(TR_SUB, "\"Jenseits", "Gleichheit\""), TRITTIN),
            ("\"jenseits aller Aufgeregtheiten\"", TRITTIN),
            ("\"für mehr Klimaschutz und mehr Gleichheit.\"", TRITTIN),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            ("\"Flügel, um zu fliegen\"", TRITTIN),
            ("\"Grüner Aufbruch 2017\"", None),
            ("\"Waziristan\"", TRITTIN)],
    aliases={TRITTIN: ["Jürgen Trittin", "Trittin"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), autumn 2008: Özdemir as designated Green chairman ---

OE_T = ("Der Tagesspiegel: Cem Özdemir, designierter Grünen-Parteichef: Ich bin ein Signal an Menschen mit "
        "Migrationshintergrund")
OE_SUB = "An die Realos: Ich werde nicht Krawall schlagen"
OE_P1 = ("Berlin. Der designierte Grünen-Parteichef Cem Özdemir will mit seiner Wahl auch Migranten für die Grünen gewinnen. "
         "\"Ich heiße bekanntlich nicht Hans oder Eberhard\", sagte der Deutsch-Türke dem in Berlin erscheinenden "
         "\"Tagesspiegel\" (Montagsausgabe): \"Wenn jemand, der Cem Özdemir heißt, an die Spitze einer großen deutschen Partei "
         "gewählt wird, dann ist das ein klares Signal auch an Menschen mit Migrationshintergrund.\" Der Vertreter des "
         "realpolitischen Flügels kündigte an, er werde nicht den Konflikt mit der Mehrheitsmeinung der Grünen suchen. \"Ich "
         "will nicht Vorsitzender werden, um in meiner Partei Krawall zu schlagen\", sagte er. Er sehe dazu auch keinen "
         "Anlass, weil die Grünen programmatisch gut aufgestellt seien.")

add(id="ho563-presseportal-tagesspiegel-2008-oezdemir-nicht-hans-oder-eberhard",
    title=OE_T,
    url="https://presseportal.de/en/pm/2790/1268379",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell ahead of a Monday edition; undated "
              "in the stored copy, autumn 2008 by its content (Cem Özdemir as the designated chairman of the Greens before his "
              "election at the party congress of 15 November 2008) and by its release number, between that of the Kölner "
              "Stadt-Anzeiger release of summer 2008 in the 554th set (pm/66749/1243970) and that of the WAZ release of autumn "
              "2008 in the 544th set (pm/55903/1280028)); the copy shows the headline first, without widget and label: the "
              "headline with its prefix 'Der Tagesspiegel:' is the title, the subtitle 'An die Realos: …' and the dateline "
              "'Berlin (ots)' lines of their own, the place mark 'Berlin.' at the start of the body kept (rules 2590, 3010); "
              "the paper's service note to the receiving editors 'Bei Nennung der Quelle \"Tagesspiegel\" stehen Ihnen die "
              "genannten Zitate zur freien Verfügung. Nachfragen unter: 030 26009 421.' and the greeting 'Herzlichen Gruß und "
              "Dank Armin Lehmann' dropped as furniture with the paper's name in marks they hold (rule 3280); the contact "
              "block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster Telefon: 030-260 09-308 …' and the line "
              "'Original content of: Der Tagesspiegel, transmitted by news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[OE_SUB, "Berlin (ots)", OE_P1],
    # the headline's and the subtitle's first-person sentences carry no marks (rule 5); `"…", sagte der Deutsch-Türke dem …
    # "Tagesspiegel" (Montagsausgabe): "…"` gives him both quotations, the cue standing between them and its colon opening
    # the second (rules 9, 30; NOTES.md, interrupted quotes), the paper's name in marks null and the paper the addressee
    # (rules 2, 12, 2771); `"…", sagte er` is his, `er` taking up `Der Vertreter des realpolitischen Flügels`, the subject of
    # the sentence before (rule 8); `Deutsch-Türke`, which names only him in the release, is an alias (rules 44, 301), while
    # `designierte Grünen-Parteichef` names the party and is not (rule 33)
    quotes=[("\"Ich heiße bekanntlich nicht Hans oder Eberhard\"", OEZDEMIR),
            ("\"Tagesspiegel\"", None),
            (cut(OE_P1, "\"Wenn jemand", "Migrationshintergrund.\""), OEZDEMIR),
            (cut(OE_P1, "\"Ich will", "zu schlagen\""), OEZDEMIR)],
    aliases={OEZDEMIR: ["Cem Özdemir", "Özdemir", "Deutsch-Türke"]})
