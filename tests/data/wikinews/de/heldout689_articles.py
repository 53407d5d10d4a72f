# Six-hundred-and-eighty-ninth held-out German real-news set (tests/data/heldout689-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4230-4234). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eighty-ninth held-out set": nine releases of Austrian parties, their press
# services, clubs and organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the SPÖ's press service three
# times (the SPÖ-Bundesfrauenkonferenz in St. Veit an der Glan with Bettina Stadlbauer, Melitta Trunk, Anita Wulz and the mayor
# Gerhard Mock, October 2003; Gabriele Heinisch-Hosek on the SPÖ's women in the Nationalrat, November 2017; Andreas Babler and
# Klaus Seltenheim congratulating Martin Winkler at the SPÖ Oberösterreich's Landesparteitag, September 2025), the Grüne Wien
# (Maria Vassilakou on the date of the Vienna election, May 2005), the Österreichischer Seniorenbund (Andreas Khol in a new TV
# programme, November 2007), the ÖVP's press service (Josef Pröll at the Junge ÖVP's Bundestag, June 2009), the Freiheitlicher
# Parlamentsklub (Manfred Haimbuchner against the RFW's chairman Amann, April 2010), the Junge ÖVP Wien (Dominik Stracke on
# Demokratie.Neu, April 2012) and the ÖVP Kärnten (Gabriel Obernosterer on new elections in Kärnten, July 2012). Stored copies
# are the `search` tool's `pages` excerpts; seven release bodies are complete in them (one copy ends inside its contact
# block), two are cut off inside a later paragraph, which is dropped (rule 15); the wire and site furniture (the old page's keyword,
# channel and number lines, the OTS marker `****`, end marks, contact blocks and footers) is dropped and the single stored
# breaks inside a sentence are joined (rules 460, 3260, 3350, 4170, 4230); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

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


STADLBAUER = "Bettina Stadlbauer"
TRUNK = "Melitta Trunk"
WULZ = "Anita Wulz"
MOCK = "Gerhard Mock"
VASSILAKOU = "Maria Vassilakou"
KHOL = "Andreas Khol"
PROELL = "Josef Pröll"
HAIMBUCHNER = "Manfred Haimbuchner"
STRACKE = "Dominik Stracke"
OBERNOSTERER = "Gabriel Obernosterer"
HEINISCH_HOSEK = "Gabriele Heinisch-Hosek"
BABLER = "Andreas Babler"
SELTENHEIM = "Klaus Seltenheim"

# --- APA-OTS, Pressedienst der SPÖ, 4 October 2003: the SPÖ-Bundesfrauenkonferenz in St. Veit an der Glan ---

FK_T = "SPÖ-Bundesfrauenkonferenz: SPÖ-Frauen machen wirklich eine Politik für alle Frauen"
FK_SUB = "Wulz: \"Frauen wollen auch von Frauen vertreten werden.\""
FK_P1 = ("St. Veit/Glan (SK) \"Die SPÖ-Frauen sind die einzige ernstzunehmende politische Kraft in diesem Lande, die Themen "
         "und Lösungsvorschläge für alle Frauen präsentieren\", betonte SPÖ-Bundesfrauensekretärin Bettina Stadlbauer in ihrer "
         "Rede zu Beginn der SPÖ-Bundesfrauenkonferenz am Samstag in St. Veit an der Glan. Die ÖVP mit Ministerin Rauch-Kallat "
         "schweige zu Frauenpolitik, die FPÖ wolle am liebsten Kindergeld auf Lebenszeit und die Grünen kritisieren nur, machen "
         "aber nichts, erläuterte Stadlbauer.")
FK_P2 = ("Die Kärntner SPÖ-Landesfrauenvorsitzende Melitta Trunk betonte, dass die Bundesfrauenkonferenz ein Start und "
         "Neubeginn sei, für eine Politik, die sich nicht gegen die Frauen richte. Eine \"zurück an den Herd, aber mit leerem "
         "Kochtopf-Politik\", wie sie die FPÖ in Kärnten mache, sei der denkbar falsche Weg. Gespannt dürfe man auch auf die neue "
         "designierte Kärntner SPÖ-Landesfrauenvorsitzende Sieglinde Trannacher sein, so Trunk, die mit Kraft und sehr viel "
         "Rückgrat für eine emanzipierte und feministische Politik stehe.")
FK_P3 = ("Die St. Veiter Stadträtin Anita Wulz unterstrich, dass es an der Zeit sei, umzudenken. Wulz: \"Blumen und Geschenke "
         "als Alibiaktion wollen wir nicht, Frauen wollen von Frauen vertreten werden.\" Frauen werden immer mehr benachteiligt, "
         "so Wulz, die forderte, dass die SPÖ mit gutem Beispiel voran gehen müsse. Wulz: \"Wir müssen auch in unseren Reihen "
         "Gleichberechtigung leben, um etwas verändern zu können für uns unsere Töchter.\"")
FK_P4 = ("Und der St. Veiter Bürgermeister Gerhard Mock forderte, das endlich Schluss sein müsse mit einer Politik der "
         "Unehrlichkeit, wie sie vor allem die Kärntner FPÖ betreibe. \"Es tut mir weh, wenn ich mir die Familienpolitik und all "
         "die leeren Versprechungen der FPÖ in den vergangenen Jahren ansehe\", stellte Mock fest.")

add(id="ho689-ots-spoe-2003-10-04-bundesfrauenkonferenz-st-veit",
    title=FK_T,
    url="https://www.ots.at/presseaussendung/OTS_20031004_OTS0030/spoe-bundesfrauenkonferenz-spoe-frauen-machen-wirklich-eine-politik-fuer-alle-frauen",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 4 October 2003 by its OTS number, a "
              "Saturday ('am Samstag'); the sender is told by the dateline code 'SK' and the contact heading 'Rückfragen & "
              "Kontakt:' with the first letters of its block, 'Pressediens', where the stored copy ends; both dropped (rules "
              "3990, 4230); the OTS marker '****' run onto the last sentence of the first paragraph ('… erläuterte "
              "Stadlbauer.****') and the end mark with the editor's sign '(Schluss) rr' run onto the last paragraph dropped "
              "(rules 460, 4170); headline and subtitle kept as lines of their own, the dateline 'St. Veit/Glan (SK)' without a "
              "dash at the start of the first paragraph as stored (rule 3520); the published 'das endlich Schluss sein müsse', "
              "'voran gehen' and 'für uns unsere Töchter' kept (rule 20); body complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[FK_SUB, FK_P1, FK_P2, FK_P3, FK_P4],
    # the subtitle quotation after the label `Wulz:` is hers, the body giving it without `auch` (rule 54); the quotation
    # before `betonte SPÖ-Bundesfrauensekretärin Bettina Stadlbauer in ihrer Rede` is hers (rule 30), her Konjunktiv report
    # after it carries no span (rule 5); the marked label `"zurück an den Herd, aber mit leerem Kochtopf-Politik"` in Melitta
    # Trunk's Konjunktiv report, closed by `so Trunk`, is her coinage for the FPÖ's policy, not the FPÖ's words (rules 3, 751,
    # 4234); the two colon quotations after the bare label `Wulz:` are Anita Wulz's (rule 9); the quotation before `stellte
    # Mock fest` is the mayor's (rule 30); Rauch-Kallat, the ÖVP, the FPÖ, the Grünen and Sieglinde Trannacher say nothing in
    # marks; `SPÖ-Bundesfrauensekretärin`, `SPÖ-Landesfrauenvorsitzende`, `St. Veiter Stadträtin` and `St. Veiter
    # Bürgermeister` name a party or a town and are no aliases (rule 33)
    quotes=[("\"Frauen wollen auch von Frauen vertreten werden.\"", WULZ),
            (cut(FK_P1, "\"Die SPÖ-Frauen", "präsentieren\""), STADLBAUER),
            ("\"zurück an den Herd, aber mit leerem Kochtopf-Politik\"", TRUNK),
            (cut(FK_P3, "\"Blumen", "vertreten werden.\""), WULZ),
            (cut(FK_P3, "\"Wir müssen", "Töchter.\""), WULZ),
            (cut(FK_P4, "\"Es tut", "ansehe\""), MOCK)],
    aliases={STADLBAUER: ["Bettina Stadlbauer", "Stadlbauer"],
             TRUNK: ["Melitta Trunk", "Trunk"],
             WULZ: ["Anita Wulz", "Wulz"],
             MOCK: ["Gerhard Mock", "Mock"]})

# --- APA-OTS, Grüne Wien (Grüner Klub im Rathaus), 20 May 2005: Maria Vassilakou on the date of the Vienna election ---

VA_T = "Grüne-Wien/Vassilakou zu Wien-Wahl: Endlich Klarheit seitens des Bürgermeisters"
VA_SUB = "Vassilakou: \"Erfreulich, dass der Bürgermeister endlich klare Verhältnisse schafft\""
VA_P1 = ("Wien (OTS) - \"Es ist erfreulich, dass der Bürgermeister endlich Klarheit geschaffen hat\", kommentiert die Klubobfrau "
         "der Wiener Grünen, Maria Vassilakou, den heutigen Entschluss des Bürgermeisters, Herbstwahlen in Wien anzusetzen: "
         "\"Damit hat das Drängen der Grünen dazu beigetragen, endlich die zuletzt unerträglichen Neuwahl-Spekulationen zu "
         "beenden.\"")
VA_P2 = ("Vassilakou weiter: \"Es ist erfreulich, dass es dadurch zu einem kurzen Wahlkampf kommt und die grossen "
         "Herausforderungen vor denen die Stadt steht, endlich gelöst werden können.\". Stillstand herrsche in Wien, so "
         "Vassilakou, in den Fragen Bildung, Armutsbekämpfung und den längst notwendigen Maßnahmen gegen die "
         "Feinstaub-Belastung.")
VA_P3 = ("\"Der baldige Wahltermin am 23. Oktober bedeutet, dass nun Bewegung in die Wiener Politik kommt. Das Wahlergebnis "
         "wird auch eine klare Absage an die instabile Bundesregierung bringen und den Weg frei für baldige Neuwahlen auch auf "
         "Bundesebene bereiten\", so Vassilakou abschließend.")

add(id="ho689-ots-gruene-wien-2005-05-20-vassilakou-wien-wahl-klarheit",
    title=VA_T,
    url="https://www.ots.at/presseaussendung/OTS_20050520_OTS0175/gruene-wienvassilakou-zu-wien-wahl-endlich-klarheit-seitens-des-buergermeisters",
    retrieved="same address (release of the Vienna Greens on the APA-OTS service, 20 May 2005 by its OTS number; the sender is "
              "told by the headline label 'Grüne-Wien/', the contact block 'Pressereferat Klaus Zellhofer Tel.: (++43-1) 4000 - "
              "81821 Mobil: 0664 83 17 401 klaus.zellhofer@gruene.at http://wien.gruene.at' and the footer code GKR0001, the "
              "last two dropped with the service line (rule 4230); headline and subtitle kept as lines of their own, the "
              "dateline 'Wien (OTS) -' at the start of the first paragraph as stored; the published full stop after the "
              "closing mark ('können.\".'), 'grossen' and the missing comma in 'Herausforderungen vor denen' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[VA_SUB, VA_P1, VA_P2, VA_P3],
    # the subtitle quotation after the label `Vassilakou:` is hers, the body giving it in a fuller wording (rule 54); the
    # quotation before `kommentiert die Klubobfrau der Wiener Grünen, Maria Vassilakou, den … Entschluss …:` and the colon
    # quotation that follows the same cue are hers (rules 9, 30); the colon quotation after the verbless `Vassilakou
    # weiter:` is hers (rule 9); her Konjunktiv `Stillstand herrsche in Wien, so Vassilakou, …` carries no span (rule 5); the
    # quotation before `so Vassilakou abschließend` is hers (rule 30); the Bürgermeister, the Grünen and the Bundesregierung
    # say nothing; `Klubobfrau der Wiener Grünen` names the body and is no alias (rule 33)
    quotes=[("\"Erfreulich, dass der Bürgermeister endlich klare Verhältnisse schafft\"", VASSILAKOU),
            (cut(VA_P1, "\"Es ist", "geschaffen hat\""), VASSILAKOU),
            (cut(VA_P1, "\"Damit", "beenden.\""), VASSILAKOU),
            (cut(VA_P2, "\"Es ist", "können.\""), VASSILAKOU),
            (cut(VA_P3, "\"Der baldige", "bereiten\""), VASSILAKOU)],
    aliases={VASSILAKOU: ["Maria Vassilakou", "Vassilakou"]})

# --- APA-OTS, Österreichischer Seniorenbund, 13 November 2007: Andreas Khol in the new programme "60plus" ---

KH_T = ("Seniorenratspräsident Khol heute in neuer Senioren-TV-Sendung \"60plus\" zu laufenden Pensionsverhandlungen: \"Ein "
        "2er muss davor stehen!\"")
KH_P1 = join("Wien (OTS) - Zur derzeitigen Intensivphase der",
             "Pensionsverhandlungen mit der Bundesregierung bestärkte Seniorenratspräsident und Bundesobmann des Seniorenbundes "
             "Dr. Andreas Khol im Studiogespräch in der heute erstmals auf TW1 ausgestrahlten Senioren-Informationssendung "
             "\"60 plus\" das Ziel, dass die Pensionsanpassung für 2008 auf Basis des Preisindex für Pensionistenhaushalte "
             "(PIPH) in Höhe von 2,1 % ausfallen muss. Khol:",
             "\"Ein 2er muss davor stehen!\" Niedrige Pensionen sollen eine darüber hinausgehende Erhöhung erhalten, "
             "Einmalzahlungen werden abgelehnt.")
KH_P2 = ("Das gesamte Gespräch von Präsident Khol zum Thema Pensionserhöhung ist erstmals heute um 15:05 Uhr auf TW1 in "
         "\"60plus\", dem neuen, wöchentlichen \"TV-Magazin für die älteren Generationen\", zu sehen. Die Sendung wird jeden "
         "Dienstag zusätzlich auch um 17:05 Uhr ausgestrahlt und jeden Mittwoch um 4:30, 5:35, 15:05 und 17:05 Uhr wiederholt.")

add(id="ho689-ots-seniorenbund-2007-11-13-khol-60plus-2er",
    title=KH_T,
    url="https://www.ots.at/presseaussendung/OTS_20071113_OTS0032/seniorenratspraesident-khol-heute-in-neuer-senioren-tv-sendung-60plus-zu-laufenden-pensionsverhandlungen-ein-2er-muss-davor-stehen",
    retrieved="same address (release of the Österreichischer Seniorenbund, the ÖVP's seniors' organisation, on the APA-OTS "
              "service, 13 November 2007 by its OTS number, a Tuesday (the programme's first broadcast 'heute', repeated 'jeden "
              "Dienstag'); the sender is told by the contact block 'Österreichischer Seniorenbund Mag. Martin Amor Tel.: "
              "01/40126-157' and the footer code SEN0001, both dropped with the service line (rule 4230); the headline is the "
              "title, the dateline 'Wien (OTS) -' at the start of the first paragraph as stored; the first paragraph's two "
              "single stored breaks, one inside its first sentence ('… Intensivphase der' / 'Pensionsverhandlungen …') and one "
              "after the colon of the label 'Khol:' before its quotation, joined with one space (rules 3050, 3260, 4230); the "
              "empty line between the two paragraphs is the paragraph break; the programme's name as published both as '60 "
              "plus' and as '60plus' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KH_P1, KH_P2],
    # the headline quotation after the long label `Seniorenratspräsident Khol heute in … zu laufenden Pensionsverhandlungen:`
    # is his, the body repeating it after the bare label `Khol:` (rules 9, 54; two occurrences, located by index); the
    # programme's name `"60plus"` (headline and body) and `"60 plus"` (body) are null, and so is the marked description `"TV-
    # Magazin für die älteren Generationen"` set in apposition to the name, the programme's own tagline (rules 2, 24, 4233); the
    # unmarked goal of the pension rise and the sentence `Niedrige Pensionen sollen …` carry no span (rule 5); the
    # Bundesregierung and TW1 say nothing; the canonical name is without `Dr.` and the form with it an alias (rule 3913);
    # `Präsident Khol` names only him (rule 44), while `Seniorenratspräsident` names the Seniorenrat and is no alias (rule 33)
    quotes=[("\"60plus\"", None, 0),
            ("\"Ein 2er muss davor stehen!\"", KHOL, 0),
            ("\"60 plus\"", None),
            ("\"Ein 2er muss davor stehen!\"", KHOL, 1),
            ("\"60plus\"", None, 1),
            ("\"TV-Magazin für die älteren Generationen\"", None)],
    aliases={KHOL: ["Andreas Khol", "Dr. Andreas Khol", "Khol", "Präsident Khol"]})

# --- APA-OTS, ÖVP-Pressedienst, 27 June 2009: Josef Pröll at the Bundestag of the Junge ÖVP in Eisenstadt ---

PR_T = "JVP-Bundestag VI - Josef Pröll: Ihr steht für die Zukunft, ihr seid die Zukunft!"
PR_SUB = "Querdenken, mutig sein und uns mit Ideen fordern"
PR_P1 = ("Eisenstadt, 27. Juni 2009 (OTS/ÖVP-PD) - \"Ihr steht für die Zukunft, ihr seid die Zukunft!\", so "
         "ÖVP-Bundesparteiobmann Josef Pröll beim heutigen Bundestag der Jungen ÖVP im Kulturzentrum Eisenstadt. \"Ich bin "
         "stolz, wenn ich mich hier umsehe, dass wir als ÖVP uns keine Sorgen um unsere Zukunft machen müssen\", betont Pröll "
         "und lobt damit die stärkste politische Jugendorganisation Österreichs mit über 100.000 Mitgliedern, mehr als 5.000 "
         "ehrenamtlichen Funktionären und rund 1.500 Orts- und Bezirksgruppen. \"Jugend ist ein Zentrales Thema. Um dafür die "
         "Verantwortung zu übernehmen haben wir ein starkes Team - dafür möchte ich Dir, liebe Silvia danken, die nach acht "
         "Jahren aktiv ihre Übergabe an Sebastian Kurz gestaltet hat und nun die Staffel an einen neuen JVP-Obmann übergibt, um "
         "die Jugendpolitik in Österreich weiterhin nachhaltig zu gestalten.\"")
PR_P2 = ("\"Bereits seit 2002 geben wir der Jugend eine Stimme im Parlament, die es in diesem Ausmaß vorher nicht gegeben hat. "
         "Mit sechs jungen Nationalräten und zwei jungen Bundesräten hat die Volkspartei ein starkes Team, das den Jungen mehr "
         "politisches Gewicht gibt als je zuvor\", betont Pröll. Das habe sich bezahlt gemacht, denn die ÖVP sei in allen "
         "bundesweiten Wahlergebnissen bei den Jugendlichen die Nummer Eins. \"Ich habe dafür gekämpft, dass die 16-jährigen "
         "wählen können. Diese Initiative hat dazu beigetragen, dass die ÖVP heute die Nummer Eins der Jugend in Österreich ist "
         "- dieser Trend muss auch in Zukunft weitegeführt werden.\"")
PR_P3 = ("In Bezug auf die Ansprachen des neuen JVP-Obmanns Sebastian Kurz, dem Pröll herzlich zu seiner Obmann-Wahl "
         "gratuliert betont der ÖVP-Bundesparteiobmann: \"Es darf kein Rütteln an den Grundwerten dieser Republik geben. Wer "
         "hier lebt darf seine Kultur leben, er hat aber in verfassungsrechtlicher Hinsicht seine Pflichten zu erfüllen.\"")

add(id="ho689-ots-oevp-2009-06-27-proell-jvp-bundestag-zukunft",
    title=PR_T,
    url="https://www.ots.at/presseaussendung/OTS_20090627_OTS0057/jvp-bundestag-vi-josef-proell-ihr-steht-fuer-die-zukunft-ihr-seid-die-zukunft",
    retrieved="same address (release of the ÖVP's press service on the APA-OTS service, 27 June 2009 by its OTS number and its "
              "dateline 'Eisenstadt, 27. Juni 2009 (OTS/ÖVP-PD)'; the stored copy ends inside the fourth body paragraph, after "
              "its first word 'Ab', before any contact block, and the sender is read from the dateline code 'ÖVP-PD', the "
              "party's Pressedienst, with the release's numbered series on the Junge ÖVP's Bundestag and its quoting of the "
              "party's chairman only (rules 4110, 4230); the cut-off fourth paragraph dropped (rule 15); the OTS marker ' ****' "
              "after the first paragraph dropped (rule 460); headline and subtitle kept as lines of their own; the published "
              "'ein Zentrales Thema', 'liebe Silvia danken', '16-jährigen', 'weitegeführt' and the missing comma after "
              "'gratuliert' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[PR_SUB, PR_P1, PR_P2, PR_P3],
    # the headline `… Josef Pröll: Ihr steht für die Zukunft, …!` carries no marks and no span (rule 5), nor does the
    # subtitle; the quotations before `so ÖVP-Bundesparteiobmann Josef Pröll` and `betont Pröll` (twice) are his (rule 30); the
    # cue-less quotation after the first `betont Pröll und lobt …` sentence and the cue-less one after the narrator's
    # Konjunktiv sentence `Das habe sich bezahlt gemacht, …` go on in his voice (NOTES.md continuation); `Dir, liebe Silvia` is
    # the addressee inside his quotation; the colon quotation after `dem Pröll herzlich … gratuliert betont der
    # ÖVP-Bundesparteiobmann:` is Pröll's, the relative clause naming Sebastian Kurz as the one congratulated, not as speaker
    # (rules 9, 30); Sebastian Kurz, Silvia, the Junge ÖVP and the Volkspartei say nothing; `ÖVP-Bundesparteiobmann` names the
    # party and is no alias (rule 33)
    quotes=[(cut(PR_P1, "\"Ihr steht", "Zukunft!\""), PROELL),
            (cut(PR_P1, "\"Ich bin", "machen müssen\""), PROELL),
            (cut(PR_P1, "\"Jugend ist", "gestalten.\""), PROELL),
            (cut(PR_P2, "\"Bereits", "je zuvor\""), PROELL),
            (cut(PR_P2, "\"Ich habe", "weitegeführt werden.\""), PROELL),
            (cut(PR_P3, "\"Es darf", "erfüllen.\""), PROELL)],
    aliases={PROELL: ["Josef Pröll", "Pröll"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 27 April 2010: Manfred Haimbuchner against the RFW's chairman Amann ---

HA_T = "FPÖ-Haimbuchner zu Amann: \"Unqualifizierte Äußerung!\""
HA_SUB = "FPÖ ist personell sehr gut aufgestellt und nimmt Herausforderungen an"
HA_P1 = ("Wien (OTS) - Aus Sicht des Landesparteiobmannes der FPÖ Oberösterreich, Landesrat Dr. Manfred Haimbuchner \"stoßen "
         "die unqualifizierten Äußerungen des RFW-Bundesobmannes Amann auf völliges Unverständnis bei den freiheitlichen "
         "Funktionären und Anhängern.\" Es sei nicht nachvollziehbar, betonte Haimbuchner, \"der eigenen freiheitlichen "
         "Kandidatin öffentlich die Unterstützung zu entziehen und anschließend das Ergebnis zu kritisieren.\"")
HA_P2 = ("Die FPÖ sei personell sehr gut aufgestellt. \"Es gibt keinen Grund über Personen eine Debatte zu führen\", so der "
         "FPÖ-Landesparteiobmann. Zudem sei die FPÖ die einzige Partei, \"die die Normalbürger - also die breite Mehrheit - in "
         "diesem Land vertritt und keine Randgruppenpolitik betreibt.\"")
HA_P3 = ("\"Wir Freiheitliche scheuen die Verantwortung nicht und nehmen die Herausforderungen an: Wir wollen die politische "
         "Vertretung der Mitte unserer Gesellschaft werden. Wir arbeiten konstruktiv an Lösungen für die Probleme in unserem "
         "Land, im klaren Interesse der Bevölkerung\", nannte Haimbuchner abschließend als Beispiele die gescheiterte "
         "Integration, aber auch die massiven Steuerbelastungen, mit denen die Bürger bereits jetzt konfrontiert sind.")

add(id="ho689-ots-fpoe-klub-2010-04-27-haimbuchner-amann-unqualifiziert",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20100427_OTS0116/fpoe-haimbuchner-zu-amann-unqualifizierte-aeusserung",
    retrieved="same address (release of the FPÖ's parliamentary club on the APA-OTS service, 27 April 2010 by its OTS number, "
              "two days after the presidential election of 25 April 2010 whose result the release calls 'das Ergebnis'; the "
              "sender is told by the contact block 'Freiheitlicher Parlamentsklub Tel.: 01/ 40 110 - 7012 "
              "presse-parlamentsklub@fpoe.at http://www.fpoe-parlamentsklub.at http://www.fpoe.at' and the footer code FPK0008, "
              "both dropped with the service line (rule 4230); headline and subtitle kept as lines of their own, the dateline "
              "'Wien (OTS) -' at the start of the first paragraph as stored; the published missing comma after 'Landesrat Dr. "
              "Manfred Haimbuchner' and after 'keinen Grund' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HA_SUB, HA_P1, HA_P2, HA_P3],
    # the headline quotation after the label `FPÖ-Haimbuchner zu Amann:` is Haimbuchner's verdict on Amann's words, not Amann's
    # words (rules 54, 4232); the partial quotation that ends the sentence `Aus Sicht des Landesparteiobmannes …, Landesrat
    # Dr. Manfred Haimbuchner "stoßen …"` is his, the `Aus Sicht des`-phrase naming whose view the marked words give (rules 3,
    # 25, 4232); the partial quotation after `Es sei nicht nachvollziehbar, betonte Haimbuchner,` is his (rules 3, 30); the
    # quotation before `so der FPÖ-Landesparteiobmann`, the release's only speaker, is his (rule 30), and so is the partial one
    # after the Konjunktiv `Zudem sei die FPÖ die einzige Partei,` (rules 3, 25); the quotation before `nannte Haimbuchner
    # abschließend als Beispiele …` is his (rule 30); Amann, the Kandidatin, the FPÖ and the Bürger say nothing; the canonical
    # name is without `Dr.`, the forms with it are aliases (rule 3913), `Landesrat` naming only him (rule 44); the fused label
    # `FPÖ-Haimbuchner` and the compound `FPÖ-Landesparteiobmann` are no aliases (rules 33, 3672)
    quotes=[("\"Unqualifizierte Äußerung!\"", HAIMBUCHNER),
            (cut(HA_P1, "\"stoßen", "Anhängern.\""), HAIMBUCHNER),
            (cut(HA_P1, "\"der eigenen", "kritisieren.\""), HAIMBUCHNER),
            (cut(HA_P2, "\"Es gibt", "führen\""), HAIMBUCHNER),
            (cut(HA_P2, "\"die die Normalbürger", "betreibt.\""), HAIMBUCHNER),
            (cut(HA_P3, "\"Wir Freiheitliche", "Bevölkerung\""), HAIMBUCHNER)],
    aliases={HAIMBUCHNER: ["Manfred Haimbuchner", "Dr. Manfred Haimbuchner", "Landesrat Dr. Manfred Haimbuchner",
                           "Haimbuchner"]})

# --- APA-OTS, Junge ÖVP Wien, 18 April 2012: Dominik Stracke on Demokratie.Neu ---

ST_T = "JVP-Stracke: Wir freuen uns auf Umsetzung von Demokratie.Neu"
ST_SUB = "Junge Persönlichkeiten für Wien"
ST_P1 = ("\"Ich freue mich sehr, dass die Vorschläge der Jungen ÖVP nicht nur angehört, sondern auch ernst genommen werden\", "
         "so der geschäftsführende Landesobmann der JVP Wien, Dominik Stracke, zum heutigen Pressegespräch von "
         "Bundesparteiobmann Michael Spindelegger und Klubobmann Karlheinz Kopf.")
ST_P2 = ("Gerade für die Wiener Volkspartei sei es wichtig, wieder näher an die Wählerinnen und Wähler zu rücken: \"Dazu gehört "
         "einfach auch, dass die Menschen sich ihre Vertreterinnen und Vertreter tatsächlich selbst aussuchen können.\" Die "
         "steigende Zahl der nichtwählenden und politikverdrossenen Jungwählerinnen und Jungwähler sei ein Warnsignal. \"Die "
         "Junge ÖVP Wien setzt hier auf ihren Landesparteiobmann Manfred Juraczka, der am Bundestag der JVP angekündigt hat, "
         "Demokratie.Neu auch auf die Wiener Ebene zu bringen. Wir freuen uns schon auf die Umsetzung der Ergebnisse\", so "
         "Dominik Stracke. \"Schließlich hat die JVP Wien genügend junge Persönlichkeiten, die in den Startlöchern stehen, um die "
         "Demokratie.Neu umzusetzen!\"")

add(id="ho689-ots-jvp-wien-2012-04-18-stracke-demokratie-neu",
    title=ST_T,
    url="http://www.ots.at/presseaussendung/OTS_20120418_OTS0202/jvp-stracke-wir-freuen-uns-auf-umsetzung-von-demokratieneu",
    retrieved="same address (release of the Junge ÖVP Wien on the APA-OTS service in the site's old layout, 18 April 2012 by "
              "its OTS number and its number line 'OTS0202   18. Apr. 2012, 13:56'; the keyword and channel line 'Stichworte: "
              "Demokratie, Innenpolitik, JVP, Stracke, Wahlrecht, Wien Channel: Politik' and the number line before the "
              "headline dropped (rules 3040, 3350); the service line, the footer line 'OTS0202 2012-04-18 13:56 181356 Apr 12 "
              "NVW0001 0174', the press-kit line 'ÖVP Wien Zur Pressemappe', the contact block 'Rückfragehinweis: Junge ÖVP "
              "Wien Tel.: 01/51543 - 500, Fax: 01/51543 - 509 presse@jvpwien.at www.jvpwien.at Bartensteingasse 16, 1010 "
              "Wien', the subscription line and the empty labels 'Geokoordinaten:' and 'Errechnete Personen:' dropped; the "
              "sender is told by the contact block with the ÖVP Wien's footer code NVW0001 (rule 4230); headline and subtitle "
              "kept as lines of their own; the release has no dateline; the published 'Demokratie.Neu', 'die Demokratie.Neu' and "
              "'nichtwählenden' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the headline label `JVP-Stracke:` stands before unmarked words and carries no span (rule 5); the quotation before `so
    # der geschäftsführende Landesobmann der JVP Wien, Dominik Stracke, zum heutigen Pressegespräch von …` is his, Spindelegger
    # and Kopf the hosts of the press talk he comments on (rule 30); the colon quotation after the narrator's Konjunktiv
    # report of his view `Gerade für die Wiener Volkspartei sei es wichtig, …:` is his (rule 9; NOTES.md continuation); the
    # quotation before `so Dominik Stracke` is his (rule 30), and so is the cue-less one after it (NOTES.md continuation);
    # Manfred Juraczka, named inside his quotation as the one who announced Demokratie.Neu, says nothing in marks, nor do
    # Michael Spindelegger, Karlheinz Kopf, the Junge ÖVP and the Volkspartei; the role phrase `geschäftsführende
    # Landesobmann der JVP Wien` names the body and is no alias (rule 33), and the fused label `JVP-Stracke` is none either
    # (rule 3672)
    quotes=[(cut(ST_P1, "\"Ich freue", "genommen werden\""), STRACKE),
            (cut(ST_P2, "\"Dazu gehört", "aussuchen können.\""), STRACKE),
            (cut(ST_P2, "\"Die Junge", "der Ergebnisse\""), STRACKE),
            (cut(ST_P2, "\"Schließlich", "umzusetzen!\""), STRACKE)],
    aliases={STRACKE: ["Dominik Stracke"]})

# --- APA-OTS, ÖVP Kärnten, 30 July 2012: Gabriel Obernosterer on new elections in Kärnten ---

OB_T = "Obernosterer: Neuwahl-Diskussion gehört in den Landtag"
OB_SUB = ("Der gf. Parteiobmann der ÖVP Kärnten, Gabriel Obernosterer, erteilt Verhandlungen im stillen Kämmerlein zu einer "
          "Neuwahl in Kärnten klare Absage.")
OB_P1 = ("Klagenfurt (OTS) - \"Ausgerechnet jener, der wegen seiner erstinstanzlichen Urteile mit ein Grund für Neuwahlen ist, "
         "will nun mit den anderen Parteien über Neuwahlen verhandeln? Verhandelt kann im nächstmöglichen Landtag werden. "
         "Nirgends ist die Diskussion öffentlicher als dort\", hält Gabriel Obernosterer, geschäftsführender Parteiobmann der "
         "ÖVP Kärnten, heute fest. Grund ist die Aussage von FPK-Parteiobmann Uwe Scheuch, die Parteien zu Gesprächen über "
         "Neuwahlen einladen zu wollen.")
OB_P2 = ("\"Wir brauchen keine Schein-Verhandlungen zu führen. Der Landtag bietet Platz genug, über Varianten zu diskutieren\", "
         "so Obernosterer. Seine Partei werde in die Diskussion jedenfalls die Abschaffung der Proporzregierung einbringen, "
         "sowie eine Reduktion der Wahlkampf-Kosten einfordern. \"Darüber reden wir sehr gerne. Herr Scheuch kann auf den "
         "fahrenden Zug für Neuwahlen aufspringen, erlösen würde er die Kärntnerinnen und Kärntner aber nur mit seinem "
         "Rücktritt!\", so Obernosterer.")

add(id="ho689-ots-oevp-kaernten-2012-07-30-obernosterer-neuwahl-landtag",
    title=OB_T,
    url="https://www.ots.at/presseaussendung/OTS_20120730_OTS0116/obernosterer-neuwahl-diskussion-gehoert-in-den-landtag",
    retrieved="same address (release of the ÖVP Kärnten on the APA-OTS service, 30 July 2012 by its OTS number; the sender is "
              "told by the contact block 'ÖVP Kärnten Presseabteilung Tel.: +43 (0)463 5862 landespartei@oevpkaernten.at "
              "www.oevpkaernten.at' and the footer code LKV0001, both dropped with the service line (rule 4230); the end mark "
              "'(Schluss)' run onto the last paragraph dropped (rule 4170); headline and subtitle kept as lines of their own, "
              "the dateline 'Klagenfurt (OTS) -' at the start of the first paragraph as stored; the single stored break after "
              "the first paragraph's last full stop ('… einladen zu wollen.' / '\"Wir brauchen …'), in a copy that otherwise "
              "sets its paragraphs off by empty lines, kept as the paragraph break (rule 3260); the published 'Verhandelt kann', "
              "'gf.' and the comma before 'sowie' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OB_SUB, OB_P1, OB_P2],
    # the headline label `Obernosterer:` stands before unmarked words and carries no span (rule 5), nor does the subtitle;
    # the quotation before `hält Gabriel Obernosterer, geschäftsführender Parteiobmann der ÖVP Kärnten, heute fest` is his
    # (rule 30), its `Ausgerechnet jener` being Uwe Scheuch, whose `Aussage` the next sentence names without marks (rule 5);
    # the quotations before `so Obernosterer` (twice) are his (rule 30), the Konjunktiv report between them carrying no span;
    # Uwe Scheuch (`Herr Scheuch`), the Parteien, the Landtag and the Kärntnerinnen und Kärntner say nothing; the role phrases
    # `gf. Parteiobmann der ÖVP Kärnten` and `geschäftsführender Parteiobmann der ÖVP Kärnten` name the party and are no
    # aliases (rule 33)
    quotes=[(cut(OB_P1, "\"Ausgerechnet", "als dort\""), OBERNOSTERER),
            (cut(OB_P2, "\"Wir brauchen", "diskutieren\""), OBERNOSTERER),
            (cut(OB_P2, "\"Darüber", "Rücktritt!\""), OBERNOSTERER)],
    aliases={OBERNOSTERER: ["Gabriel Obernosterer", "Obernosterer"]})

# --- APA-OTS, Pressedienst der SPÖ, 9 November 2017: Gabriele Heinisch-Hosek on the SPÖ's women in the Nationalrat ---

HH_T = "Heinisch-Hosek: „Ich bin stolz auf unsere starken Frauen im Nationalrat“"
HH_SUB = "Gratulation an Doris Bures - SPÖ hat einen Frauenanteil von über 46 Prozent"
HH_P1 = ("Wien (OTS/SK) - „Ich bin stolz auf unsere starken Frauen im Nationalrat. Herzlich möchte ich Doris Bures zu ihrer "
         "Wahl zur Zweiten Präsidentin des Nationalrats gratulieren“, sagte heute SPÖ-Bundesfrauenvorsitzende Gabriele "
         "Heinisch-Hosek. „Ich freue mich sehr, dass die SPÖ einen Frauenanteil von über 46 Prozent im Nationalrat hat. Das ist "
         "ein Ergebnis konsequenter Frauenpolitik und zeigt, dass die Quote und unser verschärftes Statut wirken“, so "
         "Heinisch-Hosek. Und weiter: „Der Reißverschluss alleine ist zu wenig, das kann man bei der ÖVP deutlich "
         "beobachten.“")
HH_P2 = ("„Mit der SPÖ haben die Frauen eine starke Stimme im Parlament. Wir kämpfen hartnäckig für Frauenrechte und werden "
         "mit aller Kraft wichtige Anliegen wie zum Beispiel ein Lohntransparenzgesetz, einen Mindestlohn von 1.500 Euro "
         "steuerfrei für alle, mehr Rechte für Teilzeitbeschäftigte, Schutz vor Gewalt und sexueller Belästigung, einer "
         "Unterhaltsgarantie für jedes Kind sowie den Ausbau der Kinderbetreuung und der Ganztagsschulen vorantreiben“, so "
         "Heinisch-Hosek.")

add(id="ho689-ots-spoe-2017-11-09-heinisch-hosek-starke-frauen-nationalrat",
    title=HH_T,
    url="https://www.ots.at/presseaussendung/OTS_20171109_OTS0204/heinisch-hosek-ich-bin-stolz-auf-unsere-starken-frauen-im-nationalrat",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 9 November 2017 by its OTS number, the "
              "day of the constituent sitting of the Nationalrat at which Doris Bures was elected its Second President; the "
              "sender is told by the dateline code 'OTS/SK', the contact block 'SPÖ-Bundesorganisation, Pressedienst, "
              "Löwelstraße 18, 1014 Wien, 01/53427-275 http://www.spoe.at/online/page.php?P=100493' and the footer code "
              "SPK0010, the last two dropped with the service line (rule 4230); the OTS marker ' ****' after the first "
              "paragraph and the end mark with the editor's sign '(Schluss) bj' run onto the last paragraph dropped (rules 460, "
              "4170); headline and subtitle kept as lines of their own, the dateline 'Wien (OTS/SK) -' at the start of the "
              "first paragraph as stored; the published 'einer Unterhaltsgarantie' in an accusative list kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HH_SUB, HH_P1, HH_P2],
    # the headline quotation after the label `Heinisch-Hosek:` is hers, the body's first quotation opening with the same
    # sentence (rules 26, 54); the quotations before `sagte heute SPÖ-Bundesfrauenvorsitzende Gabriele Heinisch-Hosek` and
    # `so Heinisch-Hosek` (twice) are hers (rule 30); the colon quotation after the verbless `Und weiter:` is hers (rule 9);
    # Doris Bures, whom she congratulates, the SPÖ, the ÖVP and the Frauen say nothing; `SPÖ-Bundesfrauenvorsitzende` names the
    # party and is no alias (rule 33)
    quotes=[("„Ich bin stolz auf unsere starken Frauen im Nationalrat“", HEINISCH_HOSEK),
            (cut(HH_P1, "„Ich bin stolz", "gratulieren“"), HEINISCH_HOSEK),
            (cut(HH_P1, "„Ich freue", "wirken“"), HEINISCH_HOSEK),
            (cut(HH_P1, "„Der Reißverschluss", "beobachten.“"), HEINISCH_HOSEK),
            (cut(HH_P2, "„Mit der SPÖ", "vorantreiben“"), HEINISCH_HOSEK)],
    aliases={HEINISCH_HOSEK: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek"]})

# --- APA-OTS, Pressedienst der SPÖ, 13 September 2025: Babler and Seltenheim congratulate Martin Winkler ---

WI_P1 = ("Am Landesparteitag der SPÖ Oberösterreich hat Martin Winkler, der von über 95 Prozent der Mitglieder gewählt wurde, "
         "den Landesparteivorsitz übernommen und ist zum Spitzenkandidaten der SPÖ Oberösterreich gewählt worden. "
         "SPÖ-Bundesparteivorsitzender Andreas Babler und SPÖ-Bundesgeschäftsführer Klaus Seltenheim gratulieren Martin Winkler "
         "sehr herzlich und freuen sich auf eine gute Zusammenarbeit: „Martin Winkler verbindet die Wirtschaftskompetenz eines "
         "Managers mit dem großen Herzen eines Kämpfers für die Menschen und die Zivilgesellschaft. Das überwältigende Ergebnis "
         "der Mitglieder ist ein starkes Zeichen für Demokratie und die Geschlossenheit der Partei. Martin Winkler hat die "
         "richtigen Konzepte für die Transformation der Wirtschaft, sichere Arbeitsplätze und soziale Gerechtigkeit“, sagt "
         "Babler. „Martin Winkler und die SPÖ Oberösterreich sind ein starkes Team mit viel Energie und großer Erfahrung. "
         "Gemeinsam werdet ihr erfolgreich sein!“, so Babler und Seltenheim heute, Samstag, gegenüber dem SPÖ-Pressedienst.")
WI_P2 = ("Die Konjunktur zeige erste positive Tendenzen, doch es brauche noch mehr, so Babler, der betont: „Dafür ist "
         "entscheidend, dass das Industrieherz Österreichs – der Wirtschaftsstandort Oberösterreich – stärker pulsiert. Wir "
         "werden Seite an Seite für den nötigen Aufschwung sorgen“, so Babler. „Martin Winkler und die SPÖ Oberösterreich stehen "
         "für soziale, moderne und beherzte Politik und sind der starke Gegenpol zur unsozialen schwarz-blauen Landesregierung "
         "in Oberösterreich“, sagt Seltenheim.")

add(id="ho689-ots-spoe-2025-09-13-babler-seltenheim-winkler-landesparteitag",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20250913_OTS0021/landesparteitag-spoe-oberoesterreich-bablerseltenheim-gratulieren-martin-winkler-und-freuen-sich-auf-gute-zusammenarbeit",
    retrieved="same address (release on the APA-OTS service, 13 September 2025 by its OTS number, a Saturday ('heute, "
              "Samstag'); the stored copy shows no headline and begins with the dateline 'Wien (OTS) -' on a line of its own "
              "before an empty line, kept so as the first line, without a title (rules 18, 1381); it ends inside the third "
              "body paragraph, after '… lieber Alois\", so', before any contact block, and that cut-off paragraph is dropped "
              "(rule 15); the sender, the SPÖ's press service, is inferred from the cue 'gegenüber dem SPÖ-Pressedienst' and "
              "the release's quoting of the party's chairman and federal manager only (rules 4110, 4230); the OTS marker ' "
              "****' after the first body paragraph dropped (rule 460); the en dashes kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=["Wien (OTS) -", WI_P1, WI_P2],
    # the colon quotation after the joint `Andreas Babler und … Klaus Seltenheim gratulieren … und freuen sich …:` is closed
    # by `sagt Babler` and is Babler's alone (rule 4231); the joint quotation before `so Babler und Seltenheim heute, Samstag,
    # gegenüber dem SPÖ-Pressedienst` goes to the first named, Andreas Babler, and Seltenheim, who has a quotation of his own,
    # is not made his alias (rules 27, 750); the colon quotation after `so Babler, der betont:`, closed again by `so Babler`,
    # is his (rules 9, 30), the Konjunktiv before it carrying no span (rule 5); the quotation before `sagt Seltenheim` is
    # Seltenheim's (rule 30); Martin Winkler, of whom every quotation speaks, the SPÖ Oberösterreich, the Mitglieder and the
    # Landesregierung say nothing; the press service is the addressee (rule 12); `SPÖ-Bundesparteivorsitzender` and
    # `SPÖ-Bundesgeschäftsführer` name the party and are no aliases (rule 33)
    quotes=[(cut(WI_P1, "„Martin Winkler verbindet", "Gerechtigkeit“"), BABLER),
            (cut(WI_P1, "„Martin Winkler und", "erfolgreich sein!“"), BABLER),
            (cut(WI_P2, "„Dafür", "Aufschwung sorgen“"), BABLER),
            (cut(WI_P2, "„Martin Winkler und", "Oberösterreich“"), SELTENHEIM)],
    aliases={BABLER: ["Andreas Babler", "Babler"],
             SELTENHEIM: ["Klaus Seltenheim", "Seltenheim"]})
