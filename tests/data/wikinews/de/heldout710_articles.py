# Seven-hundred-and-tenth held-out German real-news set (tests/data/heldout710-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4390-4393). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout697-
# heldout709). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-tenth held-out set": nine releases distributed by APA-OTS
# Originaltext-Service and shown on ots.at, each of a member of the federal government or of his or her state secretariat or
# ministry: four of the Staatssekretariat für Sport in the Federal Chancellery under APA_OTS_POLITICS (Reinhold Lopatka on the
# U20 team's semi-final at the World Cup in Canada, July 2007; on the 'Walk of Fame' and the UEFA's anti-doping programme, March
# 2008; on the Ski-WM 2013 for Schladming, May 2008; on Friedrich Stickler's resignation as ÖFB president, November 2008), one of
# the Federal Chancellery under BKA (Alfred Gusenbauer as Chancellor and sports minister congratulating Veronika Halder, January
# 2008), one of the Federal Ministry of Defence and Sport under APA_OTS_POLITICS (Norbert Darabos congratulating the Nordic
# combined team, March 2011), one of the sports minister Heinz-Christian Strache under APA_OTS_POLITICS (David Gleirscher's
# Olympic gold, February 2018, sender inferred), one of the Federal Ministry of Defence under APA_OTS_POLITICS (Klaudia Tanner
# visiting the troops in Tirol with Landeshauptmann Günther Platter, May 2020, sender inferred) and one of the state secretary
# for arts and culture under APA_OTS_POLITICS (Andrea Mayer congratulating Gottfried Helnwein and Tobias Moretti, August 2021,
# sender inferred). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17),
# the wire furniture (crawl-date prefix, the old layout's time and number lines, the OTS marker, contact blocks, service lines
# and footers) is dropped, and the hard-wrapped lines of the copy of November 2008 are joined (rules 2580, 3440, 4220, 4390);
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, BKA  # noqa: E402

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


LOPATKA = "Reinhold Lopatka"
GUSENBAUER = "Gusenbauer"
DARABOS = "Norbert Darabos"
STRACHE = "Strache"
TANNER = "Klaudia Tanner"
MAYER = "Andrea Mayer"

# --- APA-OTS, Staatssekretariat für Sport, 19 July 2007: Lopatka on the U20 team's semi-final at the World Cup in Canada ---

UH_T = "Sportstaatssekretär Reinhold Lopatka: Historischer Erfolg der U20-Nationalmanschaft"
UH_SUB = "Lopatka gratuliert dem ÖFB-U20-Team zum Einzug ins Kleine Finale"
UH_P1 = ("Wien (OTS) - \"Der Einzug der U20-Nationalmannschaft ins Kleine Finale der Fußball-Junioren-Weltmeisterschaft in Kanada "
         "ist ein historischer Erfolg für Österreich und den ÖFB\", so Sportstaatssekretär Dr. Reinhold Lopatka nach der "
         "0:2-Niederlage gegen Tschechien. Lopatka gratulierte dem Team von Paul Gludovatz zum Spiel um den dritten Platz. \"Auch "
         "wenn der Traum vom WM-Finale zum greifen nahe war, so ist das erreichen des Halbfinales mehr als man vor Beginn der "
         "Weltmeisterschaft zu träumen wagte. Nach dem 3. Platz der ÖFB-Nationalmannschaft bei der WM 1954 in Bern ist das der "
         "größte internationale Erfolg einer österreichischen Fußball-Nationalmannschaft in der Geschichte der 2. Republik.\" Das "
         "junge Team mit Hoffer & Co habe hervorragenden Fußball geboten und sich mit seinem Einsatzwillen und Teamgeist \"in die "
         "Herzen der Österreicher gespielt\". Der ÖFB habe jedenfalls eine \"Visitenkarte\" abgegeben, die international für "
         "Aufsehen gesorgt habe. \"Österreich gehört zu den vier besten Teams der Welt. Jetzt gilt es, die Jugendarbeit weiter zu "
         "forcieren.\" Es sei Signal auch an die Bundesliga, noch mehr einheimische Nachwuchsspieler als bisher einzusetzen, so "
         "Lopatka.")

add(id="ho710-ots-sts-sport-2007-07-19-lopatka-u20-halbfinale",
    title=UH_T,
    url="https://www.ots.at/presseaussendung/OTS_20070719_OTS0002/sportstaatssekretaer-reinhold-lopatka-historischer-erfolg-"
        "der-u20-nationalmanschaft",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 19 "
              "July 2007 by its OTS number and the semi-final of the U20 World Cup in Canada the night before; the sender is told "
              "by the contact block 'Roland Achatz / Staatssekretariat für Sport' with an address at bka.gv.at and the footer "
              "code STS0001, both dropped (rules 3440, 4220); the OTS marker ' ****' after the last sentence dropped (rule 460); "
              "headline and subtitle kept as lines of their own as stored; the published 'U20-Nationalmanschaft', 'zum greifen "
              "nahe' and 'das erreichen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[UH_SUB, UH_P1],
    # the headline label `Sportstaatssekretär Reinhold Lopatka:` and the subtitle before unmarked words carry no span (rule 5);
    # the quotation before `so Sportstaatssekretär Dr. Reinhold Lopatka nach der 0:2-Niederlage` is his (rule 30); the
    # cue-less quotation after the narrator's `Lopatka gratulierte dem Team von Paul Gludovatz …` goes on in his voice (rule
    # 59; NOTES.md continuation); the partial quotations in the Konjunktiv sentences `Das junge Team … habe … "in die Herzen
    # der Österreicher gespielt"` and `Der ÖFB habe jedenfalls eine "Visitenkarte" abgegeben` are his, the reported speech
    # closed by the final `so Lopatka` (rules 3, 4392); the cue-less quotation between those sentences is his as well (rule
    # 59); Paul Gludovatz, Hoffer, the ÖFB, Tschechien and the Bundesliga say nothing; `Sportstaatssekretär`, which names only
    # him, is an alias (rule 44)
    quotes=[(cut(UH_P1, "\"Der Einzug", "den ÖFB\""), LOPATKA),
            (cut(UH_P1, "\"Auch wenn", "2. Republik.\""), LOPATKA),
            ("\"in die Herzen der Österreicher gespielt\"", LOPATKA),
            ("\"Visitenkarte\"", LOPATKA),
            (cut(UH_P1, "\"Österreich gehört", "forcieren.\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 12 March 2008: Lopatka on the 'Walk of Fame' and the UEFA's anti-doping programme ---

WF_T = "Sportstaatssekretär Lopatka: \"Walk of Fame\" ist bleibendes Zeichen der EURO 2008"
WF_SUB = "Anti-Doping-Programm der UEFA für die EURO 2008 ist wichtiger Schritt"
WF_P1 = ("Wien, 12. März 2008 (OTS) - Sportstaatssekretär Dr. Reinhold Lopatka gratulierte ÖFB-Präsident Friedrich Stickler zur "
         "Idee des \"Walk of Fame\", zu dessen Präsentation heute die Fußball-Präsidenten und Teamchefs der 16 Teilnehmerländer "
         "ins Wiener Ernst-Happel-Stadion gekommen sind. Im Rahmen des Workshops für die teilnehmenden Verbände der UEFA EURO "
         "2008(TM) in Wien wurden heute gemeinsam mit UEFA-Präsident Michel Platini die ersten 18 Säulen enthüllt. \"Der 'Walk of "
         "Fame' ist ein bleibendes Zeichen und eine schöne Erinnerung für die Fußball-Fans an das Jahrhundertsportereignis in "
         "unserem Land\", so Lopatka. Die Enthüllung weiterer Säulen wird rund um Länderspiel Österreich-Niederlande am 26. März "
         "stattfinden. Insgesamt 70 Tafeln sollen rund um das Stadion aufgehängt, um bisherige Höhepunkte in der Geschichte des "
         "Stadions festzuhalten.")
WF_P2 = ("Gleichzeitig begrüßte der Sportstaatssekretär die Unterzeichnung des Antidoping-Programms für die EURO durch 16 "
         "Teilnehmer-Nationen. \"Die UEFA übernimmt eine Vorreiterrolle innerhalb der Fußball-Familie.\" Erstmals werden bei "
         "einer Fußball-EM Urin- und Bluttests genommen. Insgesamt werden rund 300 Kontrollen durchgeführt, mit einem Schwerpunkt "
         "auf unangekündigte Trainingskontrollen bereits in der Vorbereitungsphase aller Teams. Im Gespräch mit Laurentino Dias, "
         "Gründungsrats-Mitglied der Welt-Anti-Doping-Agentur (WADA), bestätigte dieser Lopatka, dass die Proben vom "
         "WADA-akkreditierten Labor in Seibersdorf bei Wien untersucht werden. Bereits vor Beginn der EURO werden die ersten "
         "Ergebnisse der unangekündigten Trainingskontrollen vorliegen. \"Wir werden in Österreich und der Schweiz saubere Spiele "
         "erleben\", so Lopatka.")

add(id="ho710-ots-sts-sport-2008-03-12-lopatka-walk-of-fame-antidoping",
    title=WF_T,
    url="https://www.ots.at/presseaussendung/OTS_20080312_OTS0246/sportstaatssekretaer-lopatka-walk-of-fame-ist-bleibendes-"
        "zeichen-der-euro-2008",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 12 "
              "March 2008 by its OTS number and its dateline; the stored copy ends inside the contact block 'Roland Achatz / "
              "Staatssekretariat für Sport' with its telephone lines, which tells the sender and is dropped with it (rules 3440, "
              "4220); the OTS marker ' ****' after the first paragraph dropped (rule 460); the dateline 'Wien, 12. März 2008 "
              "(OTS) -' kept at the start of the first paragraph as stored; headline and subtitle kept as lines of their own as "
              "stored; the published 'UEFA EURO 2008(TM)', 'rund um Länderspiel' and 'sollen … aufgehängt, um' kept (rule 20); "
              "body complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WF_SUB, WF_P1, WF_P2],
    # the name `"Walk of Fame"` in double marks after the headline label `Sportstaatssekretär Lopatka:`, inside the label's
    # unmarked statement, and after `zur Idee des` in the narrator's sentence is null both times; the same name in single marks
    # inside Lopatka's quotation stays inside his span (rules 2, 6, 24, 4393); the quotation before `so Lopatka` is his (rule
    # 30); the cue-less quotation right after `Gleichzeitig begrüßte der Sportstaatssekretär die Unterzeichnung …` gives the
    # welcome in his voice (rules 9, 59; NOTES.md continuation); Laurentino Dias's confirmation is unmarked indirect speech
    # (rule 5), and the closing quotation before `so Lopatka` is Lopatka's (rule 30); Friedrich Stickler, Michel Platini, the
    # UEFA and the WADA say nothing; `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[("\"Walk of Fame\"", None, 0),
            ("\"Walk of Fame\"", None, 1),
            (cut(WF_P1, "\"Der 'Walk", "in unserem Land\""), LOPATKA),
            ("\"Die UEFA übernimmt eine Vorreiterrolle innerhalb der Fußball-Familie.\"", LOPATKA),
            (cut(WF_P2, "\"Wir werden", "erleben\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Dr. Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 30 May 2008: Lopatka on the Ski-WM 2013 for Schladming, from Cape Town ---

SW_T = "Lopatka: Ski-WM ist nationales Interesse"
SW_SUB = "Erste Gespräche mit Gemeinde- und Landesvertretern in Kapstadt"
SW_P1 = ("Wien (OTS) - Nach dem Zuschlag für Schladming als Austragungsort für die Ski- WM 2013 geht es dem österreichischen "
         "Sportstaatssekretär Dr. Reinhold Lopatka nun darum, möglichst rasch die notwendigen Vorbereitungsarbeiten für dieses "
         "einzigartige Sportevent auf die Schienen zu bringen: \"Die Ski- WM ist im nationalen Interesse, deswegen wird der Bund, "
         "wie schon 2001 in St.Anton, seinen Beitrag leisten.\" sicherte der Sportstaatssekretär heute in Gesprächen in Kapstadt, "
         "mit Bürgermeister Jürgen Winter aus Schladming und dem steirischen Sportlandesrat Manfred Wegscheider, seine "
         "Unterstützung zu.")
SW_P2 = ("Zunächst müsste geklärt werden, welche infrastruktruellen Projekte zur Realisierung der Ski- WM nötig seien. \"Eine "
         "Arbeitsgruppe aus Vertretern von Stadt, Land und Bund wird in den nächsten Wochen ihre Arbeit aufnehmen,\" so Lopatka "
         "abschließend in Kapstadt.")

add(id="ho710-ots-sts-sport-2008-05-30-lopatka-ski-wm-schladming",
    title=SW_T,
    url="https://www.ots.at/presseaussendung/OTS_20080530_OTS0323/lopatka-ski-wm-ist-nationales-interesse",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 30 "
              "May 2008 by its OTS number and the award of the Ski-WM 2013 to Schladming at the FIS congress in Cape Town; the "
              "sender is told by the contact block 'Sven Pöllauer / Staatssekretariat für Sport' with an address at bka.gv.at "
              "and the footer code NBU0005, both dropped (rules 3440, 4220, 4390); headline and subtitle kept as lines of their "
              "own as stored; the published 'Ski- WM' (three times), 'St.Anton', 'infrastruktruellen', the full stop before the "
              "closing mark without a comma ('leisten.\" sicherte') and the comma inside the closing mark ('aufnehmen,\" so') "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SW_SUB, SW_P1, SW_P2],
    # the headline label `Lopatka:` before unmarked words carries no span (rule 5); the colon quotation after the sentence
    # whose dative names Lopatka (`geht es dem österreichischen Sportstaatssekretär Dr. Reinhold Lopatka nun darum, …:`),
    # closed by `sicherte der Sportstaatssekretär heute in Gesprächen in Kapstadt, mit Bürgermeister Jürgen Winter … und dem
    # steirischen Sportlandesrat Manfred Wegscheider, seine Unterstützung zu`, is his; the mayor and the Landesrat are his
    # interlocutors in the `mit`-phrase, not speakers (rules 9, 30); the Konjunktiv sentence after it is unmarked (rule 5);
    # the closing quotation before `so Lopatka abschließend in Kapstadt` is his (rule 30); the Bund, Stadt and Land say
    # nothing; `Sportstaatssekretär`, which names only him, is an alias; `österreichischen Sportstaatssekretär` is not listed,
    # the adjective naming the country (rules 33, 44)
    quotes=[(cut(SW_P1, "\"Die Ski- WM", "Beitrag leisten.\""), LOPATKA),
            (cut(SW_P2, "\"Eine Arbeitsgruppe", "aufnehmen,\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Dr. Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka",
                       "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 7 November 2008: Lopatka on Friedrich Stickler's resignation as ÖFB president ---

ST_T = "Sportstaatssekretär Lopatka zu Stickler: Erfolgreiche Jahre mit EURO 2008 und Challenge-Nachwuchsarbeit"
ST_P1 = join("Wien, 7. November 2008 (OTS) - \"Die reibungslose Vorbereitung und",
             "Durchführung des einmaligen Sportereignisses EURO 2008 und die",
             "erfolgreiche Forcierung der Jugendarbeit im österreichischen Fußball",
             "- das sind die beiden prägendsten Erfolge der Amtszeit von",
             "ÖFB-Präsident Friedrich Stickler\", so Sportstaatssekretär Dr.",
             "Reinhold Lopatka zum überraschenden Rücktritt Friedrich Sticklers von",
             "seiner Funktion als Präsident des Österreichischen Fußballbundes",
             "(ÖFB). In seiner sechsjährigen Amtszeit habe Österreich die",
             "Fußball-Europameisterschaft bekommen und mit der \"Challenge 08\" ein",
             "europaweit einzigartiges Nachwuchsförderungsprojekt gestartet, das",
             "seinen ersten Erfolg bereits bei der U20-Weltmeisterschaft in Kanada",
             "erzielte. \"Dafür möchte ich Friedrich Stickler im Namen des",
             "österreichischen Sports sehr herzlich danken\", so Lopatka",
             "abschließend.")

add(id="ho710-ots-sts-sport-2008-11-07-lopatka-stickler-ruecktritt",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20081107_OTS0313/sportstaatssekretaer-lopatka-zu-stickler-erfolgreiche-jahre-"
        "mit-euro-2008-und-challenge-nachwuchsarbeit",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 7 "
              "November 2008 by its OTS number and its dateline; the old layout's lines of time and number above the headline "
              "('- 07.11.2008, 21:09:54' / '- /' / '- OTS0313 OTW0313') dropped (rules 2580, 4390); the sender is told by the "
              "contact block 'Rückfragehinweis: Roland Achatz Staatssekretariat für Sport' with an address at bka.gv.at and the "
              "service line, whose footer code is cut after 'STS', all dropped (rules 3440, 4220); no subtitle stored; the "
              "body, hard-wrapped at about seventy characters, joined into one paragraph with one space at each line end, the "
              "line that begins with a dash ('- das sind …') included (rules 3050, 4390); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_P1],
    # the headline label `Sportstaatssekretär Lopatka zu Stickler:` before unmarked words carries no span (rule 5); the
    # quotation before `so Sportstaatssekretär Dr. Reinhold Lopatka zum überraschenden Rücktritt Friedrich Sticklers …` is
    # his, Stickler, named inside it and in the genitive of the cue, the one spoken of (rule 30); the project's name
    # `"Challenge 08"` inside his Konjunktiv report is null (rules 2, 24; the headline's unmarked compound
    # `Challenge-Nachwuchsarbeit` carries no span); the closing quotation before `so Lopatka abschließend` is his (rule 30);
    # Friedrich Stickler and the ÖFB say nothing; `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[(cut(ST_P1, "\"Die reibungslose", "Friedrich Stickler\""), LOPATKA),
            ("\"Challenge 08\"", None),
            (cut(ST_P1, "\"Dafür möchte", "herzlich danken\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Dr. Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Bundeskanzleramt, 12 January 2008: Chancellor Gusenbauer congratulates Veronika Halder on her bronze medal ---

HA_T = "BK Gusenbauer gratuliert Veronika Halder zur Bronzemedaille"
HA_P1 = ("Wien (OTS) - \"Die Bronzemedaille im Einsitzer-Bewerb von Veronika Halder ist der sensationelle Start bei dieser EM "
         "der Kunstbahn-Rodler. Erstmals seit vielen Jahrzehnten konnte eine Österreicherin die Riege des dominanten deutschen "
         "Teams durchbrechen. Die bisherige Arbeit und Nachwuchsbetreung Teams um Ex Rodel As Markus Prock, haben sich für die "
         "Rodel-Damen ausgezahlt. Ich gratuliere Veronika Halder zu diesem Sensationsplatz und hoffe, dass dies Ansporn auch für "
         "andere Sportarten ist, in denen es Dominanzen anderer Nationen gibt\", so Bundeskanzler und Sportminister "
         "Gusenbauer.")

add(id="ho710-ots-bka-2008-01-12-gusenbauer-halder-bronze",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20080112_OTS0039/bk-gusenbauer-gratuliert-veronika-halder-zur-bronzemedaille",
    retrieved="same address (release of the Federal Chancellery on the APA-OTS service, 12 January 2008 by its OTS number; the "
              "sender is told by the contact block 'Bundeskanzleramt/Bundespressedienst' with its telephone line and the footer "
              "code NBU0001, both dropped (rules 3440, 4220); no subtitle stored; the published 'Nachwuchsbetreung Teams um Ex "
              "Rodel As Markus Prock, haben' kept (rule 20); complete as stored)",
    license=BKA,
    paras=[HA_P1],
    # the headline `BK Gusenbauer gratuliert …` is unmarked (rule 5); the quotation before `so Bundeskanzler und Sportminister
    # Gusenbauer` is his (rule 30); only the surname is ever given, so it is canonical (rule 7); `BK Gusenbauer` and
    # `Bundeskanzler und Sportminister Gusenbauer`, which name only him, are aliases (rule 44); Veronika Halder and Markus
    # Prock, named inside his quotation, say nothing
    quotes=[(cut(HA_P1, "\"Die Bronzemedaille", "Nationen gibt\""), GUSENBAUER)],
    aliases={GUSENBAUER: ["Gusenbauer", "BK Gusenbauer", "Bundeskanzler und Sportminister Gusenbauer"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 4 March 2011: Darabos on the Nordic combined team's gold ---

KO_T = "Sportminister Darabos gratuliert unseren nordischen Kombinierern zum neuerlichen WM-Gold"
KO_P1 = ("Wien (OTS/BMLVS) - Österreichs einzigartiger Erfolgslauf bei der Nordischen Ski-WM in Oslo hält an. In einem "
         "hochdramatischen Bewerb konnten Bernhard Gruber, Felix Gottwald, David Kreiner und Mario Stecher auch im zweiten "
         "Team-Bewerb die Goldmedaille erringen.")
KO_P2 = ("Sportminister Norbert Darabos, der unser Quartett live vor Ort anfeuerte, gratuliert den Siegern: \"Österreichs "
         "Kombinierer haben sich mit Deutschland einen packenden Zweikampf geliefert. Alle vier ÖSV-Athleten haben eine "
         "hervorragende Leistung geboten, Mario Stecher hat zum Schluss wieder einmal seine unglaubliche Sprintstärke bewiesen. "
         "Diese WM-Tage von Oslo, wo die ÖSV-Mannschaft bereits sechs Goldmedaillen geholt hat, geht auf jeden Fall in die "
         "österreichische Sportgeschichte ein!\", so Darabos.")

add(id="ho710-ots-bmlvs-2011-03-04-darabos-kombinierer-wm-gold",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20110304_OTS0251/sportminister-darabos-gratuliert-unseren-nordischen-"
        "kombinierern-zum-neuerlichen-wm-gold",
    retrieved="same address (release of the Federal Ministry of Defence and Sport on the APA-OTS service, 4 March 2011 by its "
              "OTS number and the second team event of the Nordic World Ski Championships in Oslo; the sender is told by the "
              "dateline code '(OTS/BMLVS)', the contact block 'Bundesministerium für Landesverteidigung und Sport / Mag. Stefan "
              "Hirsch, Pressesprecher des Bundesministers' and the footer code NLA0003, the last two dropped (rules 3440, "
              "4220); no subtitle stored; the published 'Diese WM-Tage … geht' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_P1, KO_P2],
    # the headline `Sportminister Darabos gratuliert …` is unmarked (rule 5); the colon quotation after `Sportminister Norbert
    # Darabos, der unser Quartett live vor Ort anfeuerte, gratuliert den Siegern:`, closed again by `so Darabos`, is his (rules
    # 9, 30); Bernhard Gruber, Felix Gottwald, David Kreiner and Mario Stecher, named in the lead and inside his quotation, say
    # nothing; `Sportminister`, which names only him, is an alias (rule 44)
    quotes=[(cut(KO_P2, "\"Österreichs", "Sportgeschichte ein!\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Sportminister Norbert Darabos", "Sportminister Darabos", "Darabos",
                       "Sportminister"]})

# --- APA-OTS, sports minister Heinz-Christian Strache, 11 February 2018: David Gleirscher's Olympic gold in Pyeongchang ---

GL_T = "Sportminister Strache jubelt über erste Goldmedaille"
GL_SUB = "\"Vizekanzler und Sportminister Strache gratuliert Rodler David Gleirscher zum historischen Olympiasieg\""
GL_P1 = ("Wien (OTS) - \"David Gleirscher hat dank einer furiosen Leistung für die erste österreichische Goldmedaille in einem "
         "Rodel-Einsitzerbewerb der Herren seit 50 Jahren gesorgt. Nachdem Julian Eberhard im Biathlon leider um wenige "
         "Zehntelsekunden das Podest verpasst hat und nach dem hervorragenden siebenten Platz von Teresa Stadlober im Langlauf, "
         "können wir nun über die erste rotweißrote Medaille bei diesen Spielen jubeln. Ich freue mich sehr, dass diese gleich "
         "aus Gold ist. Ich bin überzeugt davon, dass noch viele weitere folgen werden.\", so Vizekanzler Strache in einer "
         "ersten Reaktion.")

add(id="ho710-ots-sport-2018-02-11-strache-gleirscher-olympiagold",
    title=GL_T,
    url="https://www.ots.at/presseaussendung/OTS_20180211_OTS0027/sportminister-strache-jubelt-ueber-erste-goldmedaille",
    retrieved="same address (release on the APA-OTS service, 11 February 2018 by its OTS number and David Gleirscher's win in "
              "the men's luge singles at Pyeongchang that day; the stored copy ends after the only paragraph, before any "
              "contact block, and the sender is inferred from the release's own voice as the sports minister's (his ministry, "
              "the Federal Ministry for the Civil Service and Sport, or his office; rules 2581, 4390); headline and subtitle "
              "kept as lines of their own as stored; the full stop before the closing mark followed by a comma ('folgen "
              "werden.\", so') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GL_SUB, GL_P1],
    # the subtitle wholly in marks reports in the third person what the minister does (`Vizekanzler und Sportminister Strache
    # gratuliert …`); it is the release's own line set in marks, not his words and not a quotation credited to anyone: null
    # (rule 4391; contrast rules 461, 2923); the quotation before `so Vizekanzler Strache in einer ersten Reaktion` is his
    # (rule 30); only the surname is ever given, so it is canonical (rule 7); `Sportminister Strache` and `Vizekanzler
    # Strache`, which name only him, are aliases (rule 44); David Gleirscher, Julian Eberhard and Teresa Stadlober, named in
    # the subtitle and inside his quotation, say nothing
    quotes=[(GL_SUB, None),
            (cut(GL_P1, "\"David Gleirscher", "folgen werden.\""), STRACHE)],
    aliases={STRACHE: ["Strache", "Sportminister Strache", "Vizekanzler Strache"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 19 May 2020: Klaudia Tanner visits the troops in Tirol with Platter ---

TT_T = "Verteidigungsministerin Tanner auf Truppenbesuch in Tirol"
TT_SUB = "Tanner: „Ich bedanke mich bei den Einsatzorganisationen und unseren Soldaten für die gute Zusammenarbeit.“"
TT_P1 = ("Innsbruck (OTS) - Am Dienstag, 19. Mai 2020, besuchte Verteidigungsministerin Klaudia Tanner gemeinsam mit "
         "Landeshauptmann Günther Platter die Soldatinnen und Soldaten in Tirol. Der Besuch begann am höchstgelegenen "
         "Truppenübungsplatz Österreichs, in der Wattener Lizum. Der Kommandant der 6. Gebirgsbrigade, Brigadier Hans "
         "Gaiswinkler, informierte Ministerin Tanner über das Einsatzspektrum der Brigade. Am Truppenübungsplatz findet derzeit "
         "auch die Endphase der Einsatzvorbereitung der 2. Jägerkompanie des Jägerbataillons Tirol statt. Diese Milizkompanie "
         "hat sich hier zwei Wochen auf den am Mittwoch beginnenden Einsatz vorbereitet.")
TT_P2 = ("Am frühen Nachmittag besuchte Verteidigungsministerin Tanner gemeinsam mit Landeshauptmann Platter die "
         "Assistenzsoldaten in der Standschützen-Kaserne. Derzeit unterstützen rund 550 Soldatinnen und Soldaten die Behörden und "
         "Organisationen in Tirol bei der Bewältigung der Corona-Lage. Im persönlichen Gespräch konnten sich die Bundesministerin "
         "und der Landeshauptmann von der Motivation und Professionalität der eingesetzten Soldaten überzeugen. Die gute "
         "Zusammenarbeit zwischen Behörden, Organisationen und dem Österreichischen Bundesheer in Tirol wurde bei den Gesprächen "
         "besonders betont.")
TT_P3 = ("„Ich bin von der Professionalität und der Motivation der eingesetzten Soldatinnen und Soldaten und den zivilen "
         "Einsatzorganisationen sehr beeindruckt. Gemeinsam sorgen wir für den Schutz und die Sicherheit der österreichischen "
         "Bevölkerung. Es ist mir ein besonderes Anliegen, mich bei den Einsatzorganisationen für die gute Zusammenarbeit und bei "
         "allen für ihre erbrachten Leistungen herzlich zu bedanken, ich bin sehr stolz auf sie“, so Verteidigungsministerin "
         "Tanner.")

add(id="ho710-ots-bmlv-2020-05-19-tanner-truppenbesuch-tirol-platter",
    title=TT_T,
    url="https://www.ots.at/presseaussendung/OTS_20200519_OTS0189/verteidigungsministerin-tanner-auf-truppenbesuch-in-tirol",
    retrieved="same address (release on the APA-OTS service, 19 May 2020 by its OTS number and its lead; the crawl-date prefix "
              "' date 2020-05' before the headline dropped (rule 63); the stored copy ends after the third body paragraph, "
              "before any contact block, and the sender is inferred from the release's own voice as the Federal Ministry of "
              "Defence, whose minister's visit it reports in the words of the Bundesheer (rules 2581, 4390); headline and "
              "subtitle kept as lines of their own as stored; every kept paragraph complete as stored, a later part of the "
              "release, if any, not stored (rule 17))",
    license=APA_OTS_POLITICS,
    paras=[TT_SUB, TT_P1, TT_P2, TT_P3],
    # the subtitle's colon quotation after the bare label `Tanner:` is hers (rule 54), a shortened form of her body quotation
    # (rule 26); the body quotation at the start of its paragraph, closed by `so Verteidigungsministerin Tanner`, is hers
    # (rule 30); Landeshauptmann Günther Platter, who accompanies her and takes part in the talks, is given no words, and the
    # unmarked `wurde bei den Gesprächen besonders betont` has no span (rule 5); Brigadier Hans Gaiswinkler, who informs her
    # without marks, says nothing in marks; the role words `Verteidigungsministerin`, `Ministerin Tanner` and `die
    # Bundesministerin`, which name only her, are aliases (rule 44); `Landeshauptmann` names Platter and is not hers
    quotes=[(TT_SUB[len("Tanner: "):], TANNER),
            (cut(TT_P3, "„Ich bin", "stolz auf sie“"), TANNER)],
    aliases={TANNER: ["Klaudia Tanner", "Verteidigungsministerin Klaudia Tanner", "Verteidigungsministerin Tanner",
                      "Ministerin Tanner", "Tanner", "Verteidigungsministerin", "Bundesministerin"]})

# --- APA-OTS, state secretary for arts and culture, 29 August 2021: Andrea Mayer congratulates Helnwein and Moretti ---

MA_T = "Staatssekretärin Mayer gratuliert Gottfried Helnwein und Tobias Moretti zur Auszeichnung Europäischer Kulturpreis"
MA_P1 = ("Wien (OTS) - „Ich gratuliere Gottfried Helnwein und Tobias Moretti ganz herzlich zum Europäischen Kulturpreis 2021. Mit "
         "dieser international herausragenden Auszeichnung werden zwei außergewöhnliche und erfolgreiche Künstlerkarrieren "
         "gekrönt und geehrt. Der Deutsche Kulturpreis wurde an zwei österreichische Ausnahmekünstler vergeben, die trotz "
         "weltweiter Anerkennungen im österreichischen und europäischen Kunst- und Kulturgeschehen tief verwurzelt sind und "
         "dieses auch stets gefördert haben. Sie begeistern eine große Fangemeinde mit ihrer Kunst und sind zugleich die besten "
         "Botschafter unseres Landes. Ich freue mich für Gottfried Helnwein und Tobias Moretti für diese verdienterweise "
         "zugesprochene Würdigung“, so Kunst- und Kulturstaatssekretärin Andrea Mayer in einer ersten Reaktion.")

add(id="ho710-ots-bmkoes-2021-08-29-mayer-helnwein-moretti-kulturpreis",
    title=MA_T,
    url="https://www.ots.at/presseaussendung/OTS_20210829_OTS0021/staatssekretaerin-mayer-gratuliert-gottfried-helnwein-und-"
        "tobias-moretti-zur-auszeichnung-europaeischer-kulturpreis",
    retrieved="same address (release on the APA-OTS service, 29 August 2021 by its OTS number; the crawl-date prefix ' date "
              "2021-08' before the headline dropped (rule 63); the stored copy ends after the only paragraph, before any contact "
              "block, and the sender is inferred from the release's own voice as the state secretary for arts and culture in the "
              "Federal Ministry for Arts, Culture, the Civil Service and Sport (rules 2581, 4390); no subtitle stored; the "
              "published 'Europäischer Kulturpreis' / 'Europäischen Kulturpreis' beside 'Der Deutsche Kulturpreis' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[MA_P1],
    # the headline `Staatssekretärin Mayer gratuliert …` is unmarked (rule 5); the quotation before `so Kunst- und
    # Kulturstaatssekretärin Andrea Mayer in einer ersten Reaktion` is hers (rule 30); Gottfried Helnwein and Tobias Moretti,
    # the two she congratulates, say nothing; the role forms that name only her are aliases (rule 44)
    quotes=[(cut(MA_P1, "„Ich gratuliere", "Würdigung“"), MAYER)],
    aliases={MAYER: ["Andrea Mayer", "Kunst- und Kulturstaatssekretärin Andrea Mayer", "Staatssekretärin Mayer", "Mayer"]})
