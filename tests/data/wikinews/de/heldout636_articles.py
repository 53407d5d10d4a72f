# Six-hundred-and-thirty-sixth held-out German real-news set (tests/data/heldout636-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3840-3843). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-thirty-sixth held-out set": nine releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what one or more politicians told the paper: one of
# the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Hannelore Kraft
# against Angela Merkel's reproach, June 2010), one of the WAZ reposted by the press-release portal pressekat.de
# (OTS_MEDIEN_REPOST_PRESSEKAT: Kraft after her election as the SPD's deputy chair, December 2011), four of the Mitteldeutsche
# Zeitung, Halle, read in its newsroom (OTS_MEDIEN: Jens Bullerjahn leaving the top candidacy to Katrin Budde, January 2013;
# Budde on the dismissal of Birgitta Wolff, April 2013; Bullerjahn on his savings course, 2013; Stephan Dorgerloh, Claudia
# Dalbert and Matthias Höhn on the primary schools, October 2014), and three shown unchanged with their ots datelines by the
# finance portal finanznachrichten.de (OTS_MEDIEN_REPOST: the Tagesspiegel's release on Stephan Weil, August 2017; the
# Mitteldeutsche Zeitung's on Holger Stahlknecht, September 2018; the Kölner Stadt-Anzeiger's on Sylvia Löhrmann, June 2022).
# Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them; the newsroom, portal and wire
# furniture is dropped and hard-wrapped or run-together lines are joined or divided (rules 2691, 2770, 3010, 3590, 3650,
# 3840); each retrieval note names what was dropped.
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


KRAFT = "Hannelore Kraft"
MERKEL = "Angela Merkel"
STAHLKNECHT = "Holger Stahlknecht"
DORGERLOH = "Stephan Dorgerloh"
DALBERT = "Claudia Dalbert"
HOEHN = "Matthias Höhn"
BUDDE = "Katrin Budde"
BULLERJAHN = "Jens Bullerjahn"
LOEHRMANN = "Sylvia Löhrmann"
WEIL = "Stephan Weil"

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), June 2010: Kraft against Merkel's reproach ---

KM_T = "WAZ: Kraft verbittet sich Ratschläge von Kanzlerin einer \"Chaos-Koalition\""
KM_P1 = ("NRW-SPD-Landeschefin Hannelore Kraft wehrt sich gegen Vorwürfe von Bundeskanzlerin Angela Merkel. \"Eine "
         "Bundeskanzlerin, die eine solche Chaos-Koalition anführt, sollte sich zurückhalten mit Ratschlägen für "
         "Nordrhein-Westfalen und Hinweisen, was verantwortliche Politik ausmacht\", sagte Kraft Internetportal und Zeitungen "
         "der WAZ-Mediengruppe (Montagausgaben).")
KM_P2 = ("Damit reagierte sie auf den Vorwurf von Angela Merkel (CDU), Kraft zeige eine \"unverantwortliche "
         "Verweigerungshaltung\", wenn sie nicht wieder mit der CDU über eine Große Koalition in NRW verhandle. Zugleich "
         "reagierte die SPD-Landeschefin im WAZ-Interview auf die Forderung der Grünen, schnell eine rot-grüne "
         "Minderheitsregierung zu bilden. Kraft riet zu mehr Gelassenheit. \"Warten wir doch erst einmal die weitere "
         "Entwicklung in Berlin und Düsseldorf ab.\" Außerdem gehe es der SPD \"eben nicht um Ministersessel und Dienstwagen, "
         "sondern um eine bessere Politik für das Land\".")

add(id="ho636-presseportal-waz-2010-06-kraft-merkel-chaos-koalition",
    title=KM_T,
    url="https://www.presseportal.de/pm/55903/1630508",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Monday "
              "editions of the WAZ group's papers, 14 June 2010 by the edition day and by the story list, whose latest teaser "
              "is the paper's commentary of '13.06.2010 – 18:48'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Westdeutsche Allgemeine Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline "
              "with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own, the two paragraphs as stored "
              "with an empty line between them (rule 3840); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-6528 zentralredaktion@waz.de', the line 'Original-Content von: Westdeutsche "
              "Allgemeine Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: Westdeutsche Allgemeine "
              "Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", KM_P1, KM_P2],
    # the headline's marked compound is Kraft's word, which her body quotation holds without marks (`Eine Bundeskanzlerin, die
    # eine solche Chaos-Koalition anführt, …`), although Merkel is named nearest to it (rule 3843); the quotation before
    # `sagte Kraft Internetportal und Zeitungen der WAZ-Mediengruppe` is hers, the papers the addressees (rules 12, 30); the
    # marked phrase in the Konjunktiv content of `den Vorwurf von Angela Merkel (CDU), Kraft zeige eine "…"` is Merkel's, the
    # reproach's author, although its subject and the sentence's `sie` are Kraft (rule 3124); the cue-less quotation after the
    # narrator's `Kraft riet zu mehr Gelassenheit.` and the partial quotation in the Konjunktiv sentence `Außerdem gehe es der
    # SPD "…"` are Kraft's (rules 3, 25; NOTES.md continuation); the Grünen, the SPD and the CDU say nothing in marks;
    # `NRW-SPD-Landeschefin` and `SPD-Landeschefin` name the party and are no aliases (rule 33), while `Bundeskanzlerin`, the
    # title before Merkel's name, names only her in the release (rule 44)
    quotes=[("\"Chaos-Koalition\"", KRAFT),
            (cut(KM_P1, "\"Eine", "ausmacht\""), KRAFT),
            ("\"unverantwortliche Verweigerungshaltung\"", MERKEL),
            ("\"Warten wir doch erst einmal die weitere Entwicklung in Berlin und Düsseldorf ab.\"", KRAFT),
            (cut(KM_P2, "\"eben nicht", "für das Land\""), KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft"],
             MERKEL: ["Angela Merkel", "Bundeskanzlerin"]})

# --- Westdeutsche Allgemeine Zeitung (ots, reposted by pressekat.de), 5 December 2011: Kraft after the SPD's party congress ---

K2_T = "WAZ: Kraft: NRW steht für mich weiter im Zentrum"
K2_P1 = join("(ots) - Obwohl von der Bundes-SPD gefeiert, steht für",
             "Hannelore Kraft weiter NRW \"im Zentrum\". Ihr Ziel sei, \"die nächste",
             "Wahl in NRW zu gewinnen\", sagte die Düsseldorfer Ministerpräsidentin",
             "der WAZ-Mediengruppe. Sie führe eine Minderheitsregierung, \"das ist",
             "nicht einfach\". Dass sie mit 97,2 Prozent als SPD-Vizechefin gewählt",
             "wurde, wertet Kraft als \"Dankeschön\" für den Wahlsieg in NRW. Die",
             "Landespartei habe \"der gesamten SPD Mut gemacht\". Wer die SPD 2013",
             "als Kanzlerkandidat anführe, darüber werde man in aller Ruhe",
             "befinden. Zur Frage, ob sie die Königsmacherin sei, sagte Kraft, NRW",
             "sei der größte Landesverband, \"aber am wichtigsten ist, dass wir",
             "geschlossen als Gesamtpartei bleiben.\"")

add(id="ho636-pressekat-waz-2011-12-kraft-nrw-im-zentrum",
    title=K2_T,
    url="https://www.pressekat.de/pressinfo534072-waz-kraft-nrw-steht-f-r-mich-weiter-im-zentrum.html",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung sent over ots after the SPD's federal party "
              "congress in Berlin, reposted by the press-release portal pressekat.de with the date line 'Datum: 05.12.2011 - "
              "18:23 Uhr' and 'Bereitgestellt von Benutzer: ots'; the sender is named in the headline prefix 'WAZ:', in the "
              "body's 'der WAZ-Mediengruppe' and in the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 / 804-6528 zentralredaktion(at)waz.de'); the stored copy begins with the "
              "headline, which is the title; the body, which the portal sets directly under it without empty line and with "
              "the wire's '(ots) -' run in without the place, is hard-wrapped and reaches no line that closes a sentence before "
              "its last, so its lines are joined with one space into one paragraph (rules 1372, 3650, 3840); the contact "
              "block and the portal's lines under it ('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / "
              "Kurzprofil:', 'Bereitgestellt von Benutzer: ots', date, language, id and character count, 'Kontakt-"
              "Informationen:', the view counter and the teasers of three other releases) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[K2_P1],
    # the headline `Kraft: NRW steht für mich weiter im Zentrum` is a label with unmarked words and carries no span (rule 5);
    # the marked phrase of the lead `steht für Hannelore Kraft weiter NRW "im Zentrum"` is hers, the `für`-phrase naming
    # whose view the words give and the headline giving them in her first person (rule 3841); the partial quotations in the
    # Konjunktiv sentences `Ihr Ziel sei, "…", sagte die Düsseldorfer Ministerpräsidentin der WAZ-Mediengruppe`, `Sie führe
    # eine Minderheitsregierung, "…"` and `Die Landespartei habe "…"`, her term after `wertet Kraft als "…"` and the
    # quotation that ends the sentence `sagte Kraft, NRW sei …, "…"` are hers (rules 3, 8, 25, 30, 845); the Bundes-SPD, the
    # Landespartei and the unnamed Kanzlerkandidat say nothing in marks; `Düsseldorfer Ministerpräsidentin` names the seat of
    # the government and `SPD-Vizechefin` the party, and neither is an alias (rule 33)
    quotes=[("\"im Zentrum\"", KRAFT),
            ("\"die nächste Wahl in NRW zu gewinnen\"", KRAFT),
            ("\"das ist nicht einfach\"", KRAFT),
            ("\"Dankeschön\"", KRAFT),
            ("\"der gesamten SPD Mut gemacht\"", KRAFT),
            (cut(K2_P1, "\"aber am", "bleiben.\""), KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 26 January 2013: Bullerjahn leaves the candidacy to Budde ---

BV_T = ("Mitteldeutsche Zeitung: Pläne von Sachsen-Anhalts Finanzminister Jens Bullerjahn Bullerjahn lässt Budde 2016 den "
        "Vortritt")
BV_P1 = ("Sachsen-Anhalts Finanzminister Jens Bullerjahn (SPD) will nicht ein drittes Mal Spitzenkandidat seiner Partei "
         "werden. Zur Landtagswahl 2016 wolle er Partei- und Fraktionschefin Katrin Budde den Vortritt lassen. \"Im Moment kann "
         "ich mir nicht vorstellen, dass ich noch einmal aktiv die Spitzenkandidatur anstrebe\", sagte Bullerjahn der in Halle "
         "erscheinenden Mitteldeutschen Zeitung (Samstag-Ausgabe). Wenn Budde antreten wolle, werde er sie unterstützen. Der "
         "Finanzminister verteidigte zudem seinen rigorosen Sparkurs gegenüber Forderungen seiner Ministerkollegen. Er stehe "
         "definitiv nicht für neue Schulden zur Verfügung. Wenn mehr Geld ausgegeben werden soll, dann müsse an anderer Stelle "
         "gespart werden: Bei den Beratungen für den Etat 2014 werde er daher seine Kabinettskollegen \"zwingen\", politische "
         "Prioritäten zu setzen. Derzeit fehlen Bullerjahn zufolge noch 350 Millionen Euro an einem ausgeglichen Haushalt "
         "2014.")

add(id="ho636-presseportal-mz-2013-01-bullerjahn-budde-vortritt",
    title=BV_T,
    url="https://presseportal.de/en/pm/47409/2404720",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Saturday edition, "
              "26 January 2013 by the edition day and by the story list, whose latest teasers are the paper's commentaries of "
              "'25.01.2013 – 19:57' and '– 19:55'); the English interface: the widget lines 'All Stories', 'Follow', "
              "'Subscribe to Mitteldeutsche Zeitung' and the newsroom label dropped (rules 3010, 3650); the headline with its "
              "prefix and its kicker run into the headline as stored is the title (rule 3420), the dateline 'Halle (ots)' a "
              "line of its own; the published 'einem ausgeglichen Haushalt' kept (rule 20); the contact block 'Pressekontakt: "
              "Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original content of: Mitteldeutsche "
              "Zeitung, transmitted by news aktuell' and the list 'More stories: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BV_P1],
    # the headline is unmarked and carries no span (rule 5); the quotation before `sagte Bullerjahn der in Halle erscheinenden
    # Mitteldeutschen Zeitung` is his (rules 12, 30); the marked verb in the Konjunktiv report `werde er daher seine
    # Kabinettskollegen "zwingen"`, which goes on reporting the subject of `Der Finanzminister verteidigte …`, is his (rules 3,
    # 8, 25); Katrin Budde, the Ministerkollegen and the Kabinettskollegen say nothing; `Finanzminister`, which names only him
    # in the release, is an alias (rule 44), `Sachsen-Anhalts Finanzminister` names the Land and is not (rule 33)
    quotes=[(cut(BV_P1, "\"Im Moment", "anstrebe\""), BULLERJAHN),
            ("\"zwingen\"", BULLERJAHN)],
    aliases={BULLERJAHN: ["Jens Bullerjahn", "Bullerjahn", "Finanzminister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 23 April 2013: Budde on the dismissal of Birgitta Wolff ---

BW_T = "Mitteldeutsche Zeitung: Sachsen-Anhalt: Ministerwechsel belastet die Koalition"
BW_P1 = ("Die Entlassung von Wissenschafts- und Wirtschaftsministerin Birgitta Wolff und die Ernennung des ehemaligen "
         "niedersächsischen Finanzministers Hartmut Möllring (beide CDU) belasten zusehends das Klima in der Koalition von CDU "
         "und SPD. SPD-Partei- und Fraktionsvorsitzende Katrin Budde hat gestern die Personalentscheidungen von "
         "Ministerpräsident Reiner Haseloff (CDU) scharf kritisiert, berichtet die in Halle erscheinende Mitteldeutsche Zeitung "
         "(Dienstagausgabe). \"Die Entlassung von Birgitta Wolff war eine Entscheidung des Ministerpräsidenten. Er hat sie ohne "
         "Absprache mit den Vorsitzenden der Regierungsparteien getroffen\", sagte Budde der Zeitung und bezog dies ausdrücklich "
         "auch auf den Vorsitzenden der Landes-CDU, Thomas Webel. Sie sei erst kurz vor der Bekanntgabe der Entlassung von "
         "Haseloff informiert worden. Budde kritisierte auch, dass der Regierungschef Wolff per Telefon über ihre Entlassung "
         "informiert habe: \"Bei der Art und Weise ihrer Entlassung stellt sich in der Tat die Stilfrage.\"")

add(id="ho636-presseportal-mz-2013-04-budde-entlassung-wolff",
    title=BW_T,
    url="https://presseportal.de/pm/47409/2456280",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Tuesday edition, 23 "
              "April 2013 by the edition day and by the story list, whose latest teasers are the paper's releases of "
              "'23.04.2013 – 02:00' and '22.04.2013 – 19:52'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 3010, 3650); the headline with its "
              "prefix and its kicker 'Sachsen-Anhalt:' is the title, the dateline 'Halle (ots)' a line of its own (rule 3840); "
              "the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list 'Weitere Storys: "
              "Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BW_P1],
    # the paper, named without marks as the reporter of Budde's criticism, is no speaker (rules 12, 2771); the quotation before
    # `sagte Budde der Zeitung und bezog dies … auf den Vorsitzenden der Landes-CDU, Thomas Webel` is hers, Webel the person
    # her words are applied to (rule 30); the colon quotation after `Budde kritisierte auch, dass der Regierungschef Wolff per
    # Telefon … informiert habe:` is hers, although the `dass`-clause names Haseloff and Wolff nearer to the colon (rules 9,
    # 55); Birgitta Wolff, Hartmut Möllring, Reiner Haseloff and Thomas Webel say nothing; `SPD-Partei- und
    # Fraktionsvorsitzende` names the party and is no alias (rule 33)
    quotes=[(cut(BW_P1, "\"Die Entlassung", "getroffen\""), BUDDE),
            ("\"Bei der Art und Weise ihrer Entlassung stellt sich in der Tat die Stilfrage.\"", BUDDE)],
    aliases={BUDDE: ["Katrin Budde", "Budde"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 2013: Bullerjahn on his savings course ---

BS_T = "Mitteldeutsche Zeitung: Sachsen-Anhalt Bullerjahn: Ich spare das Land nicht zu Tode"
BS_P1 = ("Finanzminister Jens Bullerjahn bekräftigt, am Sparkurs festhalten zu wollen. Er wolle gestalten und wehre sich gegen "
         "den Vorwurf, das Land zu Tode sparen zu wollen, sagte Bullerjahn der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Mittwoch-Ausgabe). \"Ich nehme ausdrücklich für mich in Anspruch, dass ich einer der Finanzminister in Deutschland "
         "bin, der gestaltet\", sagte der SPD-Politiker. \"Wir geben sehr viel Geld für die Kinderbetreuung aus, weil wir für "
         "die Zukunft planen. Und unsere Entschuldungsprogramme für die Kommunen sind bundesweit ebenso einmalig wie unser "
         "Programm zur Sanierung aller bestandsfähigen Kitas und Schulen.\"")

add(id="ho636-presseportal-mz-2013-bullerjahn-spare-nicht-zu-tode",
    title=BS_T,
    url="https://presseportal.de/pm/47409/2510714",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Wednesday edition; the "
              "stored copy shows neither date nor story list and is dated only by its release number, between those of this "
              "newsroom's releases of 23 April 2013 (pm/47409/2456280) and 27 February 2014 (pm/47409/2676690), to 2013, "
              "probably summer (the least certain)); the copy shows no widget and no label; the headline with its prefix and "
              "its kicker 'Sachsen-Anhalt' run into the headline as stored is the title (rule 3420), the dateline 'Halle (ots)' "
              "a line of its own, the body one line as stored (rule 3840); the contact block 'Pressekontakt: Mitteldeutsche "
              "Zeitung Hartmut Augustin Telefon: 0345 565 4200' and the line 'Original-Content von: Mitteldeutsche Zeitung, "
              "übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BS_P1],
    # the headline label `Bullerjahn:` before unmarked first-person words carries no span (rule 5); the Konjunktiv report closed
    # by `sagte Bullerjahn der …` is unmarked (rule 5); the quotation before `sagte der SPD-Politiker` is his, the role taking up
    # the subject of the sentence before (rules 8, 30), and the cue-less quotation after it continues him (NOTES.md
    # continuation); `Finanzminister`, the title before his name, names only him in the release and is an alias (rule 44), the
    # plural inside his quotation being no other person; `SPD-Politiker` names the party and is no alias (rule 33)
    quotes=[(cut(BS_P1, "\"Ich nehme", "gestaltet\""), BULLERJAHN),
            (cut(BS_P1, "\"Wir geben", "Schulen.\""), BULLERJAHN)],
    aliases={BULLERJAHN: ["Jens Bullerjahn", "Bullerjahn", "Finanzminister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 1 October 2014: Dorgerloh, Dalbert and Höhn on the schools ---

DO_T = "Mitteldeutsche Zeitung: Bildung Hoffnung für Grundschulen - überparteilicher Schulfrieden scheitert aber"
DO_P1 = ("Die zweite Schließungswelle von Grundschulen in Sachsen-Anhalt ist vom Tisch. Kultusminister Stephan Dorgerloh (SPD) "
         "kündigte gestern an, die neuen Vorgaben für Mindestschülerzahlen wieder zurück zu nehmen. \"Wir haben dazu gelernt und "
         "sind bereit, uns zu korrigieren\", sagte Dorgerloh der in Halle erscheinenden Mitteldeutschen Zeitung "
         "(Mittwochausgabe). Eigentlich sollen die Schulen ab Sommer 2017 mindestens 80 Schüler haben, jetzt soll es bei 60 als "
         "Untergrenze bleiben. Überparteiliche Gespräche über ein Schulfrieden sind aber gescheitert, weil die SPD-Fraktion ein "
         "von Dorgerloh ausgehandeltes Kompromisspapier nicht mittragen wollte. \"Ich hätte gerne den Konsens gehabt, es geht "
         "aber auch ohne\", so Dorgerloh.")
DO_P2 = ("Vertreter der Opposition bedauerten das Scheitern der Verhandlungen. \"Das ist ein Ausweis für mangelnde "
         "Politikfähigkeit der Koalition\", kritisierte Grünen-Fraktionschefin Claudia Dalbert. \"Die Verständigung ist "
         "endgültig gescheitert, an einer koalitionsinternen Befindlichkeit - in der SPD gibt es kein Durchkommen\", sagte "
         "Matthias Höhn (Linke) dem Blatt.")

add(id="ho636-presseportal-mz-2014-10-dorgerloh-grundschulen-schulfrieden",
    title=DO_T,
    url="http://www.presseportal.de/pm/47409/2844159",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Wednesday edition, 1 "
              "October 2014 by the edition day and by the story list, whose latest teaser is the paper's commentary of "
              "'30.09.2014 – 19:18'); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr "
              "verpassen.' and the newsroom label dropped (rules 3010, 3650); the headline with its prefix and its kicker "
              "'Bildung' run into the headline as stored is the title (rule 3420), the dateline 'Halle (ots)' a line of its "
              "own, the two paragraphs as stored with an empty line between them; the published 'zurück zu nehmen' and 'über "
              "ein Schulfrieden' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", DO_P1, DO_P2],
    # the quotations before `sagte Dorgerloh der …` and `so Dorgerloh` are his (rule 30); in the second paragraph the
    # narrator's unmarked `Vertreter der Opposition bedauerten …` announces the reactions, and each quotation is given to the
    # person its own cue names, Dalbert's before `kritisierte Grünen-Fraktionschefin Claudia Dalbert` and Höhn's before
    # `sagte Matthias Höhn (Linke) dem Blatt`, not to the group (rules 27, 30); the SPD-Fraktion, the Koalition and the
    # Opposition say nothing in marks; `Kultusminister`, the title before Dorgerloh's name, names only him in the release and
    # is an alias (rule 44), `Grünen-Fraktionschefin` names the party and is no alias (rule 33)
    quotes=[(cut(DO_P1, "\"Wir haben", "korrigieren\""), DORGERLOH),
            (cut(DO_P1, "\"Ich hätte", "auch ohne\""), DORGERLOH),
            (cut(DO_P2, "\"Das ist", "Koalition\""), DALBERT),
            (cut(DO_P2, "\"Die Verständigung", "Durchkommen\""), HOEHN)],
    aliases={DORGERLOH: ["Stephan Dorgerloh", "Dorgerloh", "Kultusminister"],
             DALBERT: ["Claudia Dalbert"],
             HOEHN: ["Matthias Höhn"]})

# --- Der Tagesspiegel (ots, shown by finanznachrichten.de), August 2017: Stephan Weil before the new election ---

WE_P1 = ("Berlin (ots) - Niedersachsens Ministerpräsident Stephan Weil (SPD) will auch nach einer Neuwahl mit den Grünen "
         "weiter regieren. Er habe \"den Eindruck\", sagte Weil dem in Berlin erscheinenden Tagesspiegel (Montagausgabe), \"dass "
         "die Wählerinnen und Wähler wissen, was sie an der rot-grünen Landesregierung haben und würde mich freuen, wenn wir "
         "zusammen mit den Grünen weitermachen könnten\".")

add(id="ho636-ots-tagesspiegel-2017-08-weil-rot-gruen-neuwahl",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-08/41396155-der-tagesspiegel-niedersachsen-weil-will-rot-gruen-"
        "nach-neuwahl-fortsetzen-007.htm",
    retrieved="same address (release of Der Tagesspiegel, Berlin, 'Niedersachsen: Weil will Rot-Grün nach Neuwahl fortsetzen' "
              "(headline by the address only), sent over ots for a Monday edition during the government crisis in Lower Saxony "
              "in August 2017, probably for 7 August 2017, and shown unchanged by finanznachrichten.de with the ots dateline "
              "('Berlin (ots) -'); the crawl date prefix ' date 2017-08' dropped (rule 63); no headline in the copy, the "
              "paragraph with its dateline is the first line (rules 32, 3590); the link line 'http://www.tagesspiegel.de/"
              "politik/regierungskrise-in-niedersachse n-rot-gruen-…', the line 'Inhaltliche Rückfragen richten Sie bitte an: "
              "Der Tagesspiegel, Newsroom, …', the line 'OTS: Der Tagesspiegel newsroom: http://www.presseportal.de/nr/2790 "
              "newsroom via RSS: …' and the contact block 'Pressekontakt: Der Tagesspiegel Chefin vom Dienst …' dropped "
              "(rules 3710, 3840); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[WE_P1],
    # the quotation split by the cue `sagte Weil dem in Berlin erscheinenden Tagesspiegel (Montagausgabe)` is his in both
    # parts: the marked object of the narrator's Konjunktiv frame `Er habe "…"` and the marked `dass`-clause after the cue,
    # which goes on in his first person (`würde mich freuen`, `wir`); the unmarked frame carries no span (rule 3842); the
    # paper, named without marks, is the addressee (rule 12); the Grünen and the Wählerinnen und Wähler say nothing;
    # `Ministerpräsident`, which names only him in the release, is an alias (rule 44), `Niedersachsens Ministerpräsident`
    # names the Land and is not (rule 33)
    quotes=[("\"den Eindruck\"", WEIL),
            (cut(WE_P1, "\"dass die", "weitermachen könnten\""), WEIL)],
    aliases={WEIL: ["Stephan Weil", "Weil", "Ministerpräsident"]})

# --- Mitteldeutsche Zeitung (ots, shown by finanznachrichten.de), 4 September 2018: Holger Stahlknecht after Chemnitz ---

ST_P1 = ("Halle (ots) - Sachsen-Anhalts Innenminister Holger Stahlknecht (CDU) fordert, dass abgelehnte Asylbewerber unter "
         "bestimmten Bedingungen in Deutschland bleiben können sollen. \"Abgelehnte Asylbewerber, die ihren Lebensunterhalt "
         "selbst verdienen und nicht über ihre Identität getäuscht haben, sollen hier bleiben können\", sagte Stahlknecht im "
         "Interview mit der in Halle erscheinenden Mitteldeutschen Zeitung (Dienstagausgabe). Das müsse das künftige "
         "Einwanderungsgesetz ermöglichen. Stahlknecht weiter: \"Wir brauchen dafür aber eine Stichtagsregelung, damit gar "
         "nicht erst ein falscher Anreiz gesetzt wird.\" Stichtag könne zum Beispiel der 31. Juli 2018 sein. Als Vorsitzender "
         "der Innenministerkonferenz will er bei seinen Kollegen für einen \"Spurwechsel von abgelehnten Asylbewerbern\" "
         "werben.")
ST_P2 = ("Auf die Frage, ob Ereignisse wie in Chemnitz auch in Sachsen-Anhalt passieren könnten, sagte Stahlknecht der "
         "Zeitung: \"Ich kann das nicht ausschließen. Teile der Bevölkerung bewerten es schärfer, wenn ein Verbrechen von "
         "jemandem verübt wird, der hier Schutz gesucht hat. Das muss ich zur Kenntnis nehmen. Da kann ich nicht sagen: Die sind "
         "alle rechtsradikal. Ich muss zuhören, erklären und auch Mut machen\", so der Minister. Er verurteilte, dass in "
         "Chemnitz der Tod eines 35-Jährigen instrumentalisiert wurde. \"Selbstjustiz und Pogromstimmung darf es nicht geben\", "
         "sagte Stahlknecht.")

add(id="ho636-ots-mz-2018-09-stahlknecht-einwanderungsgesetz-stichtag",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2018-09/44686204-mitteldeutsche-zeitung-sachsen-anhalt-politik-"
        "stahlknecht-fordert-einwanderungsgesetz-mit-stichtag-innenminister-kann-fuer-sachsen-anhalt-ereignisse-007.htm",
    retrieved="same address (release of the Mitteldeutsche Zeitung 'Sachsen-Anhalt/Politik Stahlknecht fordert "
              "Einwanderungsgesetz mit Stichtag - Innenminister kann für Sachsen-Anhalt Ereignisse wie in Chemnitz nicht "
              "ausschließen' (headline by the address and by a second stored copy on images.finanzen.at dated '03.09.2018 "
              "22:03:42', which begins after the lead and was not used), sent over ots for the Tuesday edition of 4 September "
              "2018 and shown unchanged by finanznachrichten.de with the ots dateline ('Halle (ots) -'); the crawl date prefix "
              "' date 2018-09' dropped (rule 63); no headline in the copy, the first paragraph with its dateline is the first "
              "line (rules 32, 3590); the two paragraphs as stored, separated by empty lines; the stored excerpt ends after "
              "the second paragraph, where the finanzen.at copy shows only the newsroom line 'OTS: Mitteldeutsche Zeitung "
              "newsroom: …' and the contact block (rule 3840); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[ST_P1, ST_P2],
    # the quotation before `sagte Stahlknecht im Interview mit der … Mitteldeutschen Zeitung` is his (rules 12, 30); the
    # colon quotation after the verbless `Stahlknecht weiter:` is his (rules 9, 54); his term in `will er bei seinen Kollegen
    # für einen "…" werben` is his (rules 3, 8, 25); the quotation opened after `sagte Stahlknecht der Zeitung:` and closed by
    # `so der Minister` is one span, his, with the unmarked `Die sind alle rechtsradikal` inside it as his own words (rules 9,
    # 30); the quotation before `sagte Stahlknecht` is his (rule 30); the Bevölkerung, the Kollegen and the
    # Innenministerkonferenz say nothing; `Innenminister` and `Minister`, which name only him in the release, are aliases (rule
    # 44), while `Sachsen-Anhalts Innenminister` and `Vorsitzender der Innenministerkonferenz` name the Land and a body and are
    # not (rule 33)
    quotes=[(cut(ST_P1, "\"Abgelehnte", "bleiben können\""), STAHLKNECHT),
            (cut(ST_P1, "\"Wir brauchen", "gesetzt wird.\""), STAHLKNECHT),
            ("\"Spurwechsel von abgelehnten Asylbewerbern\"", STAHLKNECHT),
            (cut(ST_P2, "\"Ich kann", "Mut machen\""), STAHLKNECHT),
            (cut(ST_P2, "\"Selbstjustiz", "nicht geben\""), STAHLKNECHT)],
    aliases={STAHLKNECHT: ["Holger Stahlknecht", "Stahlknecht", "Innenminister", "Minister"]})

# --- Kölner Stadt-Anzeiger (ots, shown by finanznachrichten.de), June 2022: Sylvia Löhrmann on the school ministry ---

LO_P1 = ("Köln. (ots) -Die frühere NRW-Schulministerin Sylvia Löhrmann (Grüne) hat angeregt, die Leitung des Schulressorts in "
         "einem schwarz-grünen Bündnis an einen externen Experten zu vergeben. Wenn sich für die Leitung des Ministeriums "
         "\"erkennbar niemand aufdrängt, müssen die Verantwortlichen einen Schritt zur Seite gehen und die Besetzung anders "
         "angehen\", sagte Löhrmann dem \"Kölner Stadt-Anzeiger\" (Mittwoch-Ausgabe). \"Zum Beispiel, indem das Ressort vor die "
         "Klammer gezogen und gemeinsam eine renommierte Persönlichkeit gewonnen wird. Das Amt und die Aufgabe brauchen die "
         "Unterstützung der gesamten Regierung. Es muss raus aus dem Parteiengezänk und der Kurzatmigkeit von Wahlterminen\", "
         "fügte Löhrmann hinzu.")
LO_P2 = ("Bei dem Schulministerium handele es sich um ein \"Schlüsselressort\" auf Landesebene. \"Das muss jemand machen, der "
         "für die Sache des guten Lernens der Kinder brennt, der um die Komplexität von innerer und äußerer Schulentwicklung "
         "weiß, möglichst aus eigener Verantwortung\", sagte Löhrmann der Zeitung. \"Jemand, der die Expertise und Loyalität "
         "des Ministeriums zu schätzen und zu nutzen weiß\", ergänzte die frühere Spitzenpolitikerin der Grünen, die bis 2017 "
         "Schulministerin war. Die Besetzung des Schulressorts dürfe \"doch nicht als Last gesehen werden\", sondern habe eine "
         "große Aufgabe für die Gestaltung der Gesellschaft, sagte Löhrmann.")

add(id="ho636-ots-ksta-2022-06-loehrmann-schulministerium-experte",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2022-06/56305674-ex-ministerin-loehrmann-will-unabhaengigen-experten-"
        "als-schulminister-amt-muss-raus-aus-parteiengezaenk-007.htm",
    retrieved="same address (release of the Kölner Stadt-Anzeiger 'Ex-Ministerin Löhrmann will unabhängigen Experten als "
              "Schulminister / Amt muss raus aus Parteiengezänk' (headline by the address only), sent over ots for a Wednesday "
              "edition in June 2022, during the talks on a CDU-Green government in North Rhine-Westphalia, and shown by "
              "finanznachrichten.de with the ots dateline and the line 'Originalmeldung: https://www.presseportal.de/pm/66749/"
              "5248202', which names the original in the paper's newsroom); the crawl date prefix ' date 2022-06' dropped (rule "
              "63); no headline in the copy, the paragraph with its dateline is the first line (rules 32, 3590); the copy keeps "
              "the spaces inside its paragraphs but runs them together, and the break is restored at the join 'hinzu.Bei' "
              "(rule 2691), while the published 'Köln. (ots) -Die' stays as stored (rules 20, 2691); the title of the paper's "
              "online article with its link, run on after the last sentence ('sagte Löhrmann.Grüne Ex-Spitzenfrau Sylvia "
              "Löhrmann fordert: … | Kölner Stadt-Anzeiger (ksta.de) (https://www.ksta.de/…)'), the contact block "
              "'Pressekontakt:Kölner Stadt-AnzeigerNewsdeskTelefon: 0221 224 2080', the line 'Original-Content von: Kölner "
              "Stadt-Anzeiger, übermittelt durch news aktuell' and the 'Originalmeldung' line dropped (rules 3010, 3840); "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[LO_P1, LO_P2],
    # the quotation that completes the `Wenn`-clause before `sagte Löhrmann dem "Kölner Stadt-Anzeiger"` is hers (rules 3,
    # 30), the paper's name in marks null (rules 2, 2771); the quotation before `fügte Löhrmann hinzu` is hers (rule 30); the
    # marked term in the Konjunktiv sentence that opens the second paragraph, `handele es sich um ein "…"`, goes on reporting
    # her, as the cue of the next sentence confirms (rules 3, 8, 25); the quotations before `sagte Löhrmann der Zeitung` and
    # `ergänzte die frühere Spitzenpolitikerin der Grünen, die bis 2017 Schulministerin war` are hers, the role taking her up
    # (rule 30); the partial quotation in the Konjunktiv sentence closed by `sagte Löhrmann` is hers (rules 3, 25); the
    # Verantwortlichen, the Regierung and the Ministerium say nothing; `NRW-Schulministerin` and `frühere Spitzenpolitikerin
    # der Grünen` name the Land and the party and are no aliases (rule 33)
    quotes=[(cut(LO_P1, "\"erkennbar", "angehen\""), LOEHRMANN),
            ("\"Kölner Stadt-Anzeiger\"", None),
            (cut(LO_P1, "\"Zum Beispiel", "Wahlterminen\""), LOEHRMANN),
            ("\"Schlüsselressort\"", LOEHRMANN),
            (cut(LO_P2, "\"Das muss", "Verantwortung\""), LOEHRMANN),
            (cut(LO_P2, "\"Jemand,", "nutzen weiß\""), LOEHRMANN),
            ("\"doch nicht als Last gesehen werden\"", LOEHRMANN)],
    aliases={LOEHRMANN: ["Sylvia Löhrmann", "Löhrmann"]})
