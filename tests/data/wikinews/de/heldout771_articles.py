# Seven-hundred-and-seventy-first held-out German real-news set (tests/data/heldout771-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4860-4866). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# ots.at release numbers, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-seventy-first held-out set": nine releases of German and Austrian
# broadcasters, each quoting what a politician or a guest said to the broadcaster or announcing a programme: four of PHOENIX
# read in its newsroom on presseportal.de (licence OTS_MEDIEN: Werner Hoyer at the FDP party conference in Bremen on Colin
# Powell's visit and on Wolfgang Gerhardt, May 2003; Andreas Pinkwart after Guido Westerwelle's renunciation of the party
# chair, April 2011; Frank Schäffler after the FDP's membership ballot, December 2011; Hermann Otto Solms at the FDP party
# conference, May 2021), one audio release of the ZDF read in its newsroom (OTS_MEDIEN: Margot Käßmann as first guest of
# "Peter Hahne", June 2010), and four Austrian releases read on ots.at (APA_OTS_SENDERS: ATV on the draft ORF law with its
# managing director Tillmann Fuchs, April 2001; ATV's "Klartext" with Martin Gastinger, March 2016; ATV's "Klartext" with
# Norbert Hofer and Alexander Van der Bellen, October 2016; the ORF's programme note of the "Report" after the presidential
# election, October 2022). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules
# 15, 17); the newsroom and wire furniture is dropped (rules 2770, 4730, 4800, 4860); each retrieval note names what was
# dropped.
# The search budget of the session allowed 60 queries; 18 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, APA_OTS_SENDERS  # noqa: E402

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


HOYER = "Werner Hoyer"
PINKWART = "Andreas Pinkwart"
SCHAEFFLER = "Frank Schäffler"
SOLMS = "Hermann Otto Solms"
KAESSMANN = "Margot Käßmann"
HAHNE = "Peter Hahne"
FUCHS = "Tillmann Fuchs"
GASTINGER = "Martin Gastinger"
HOFER = "Norbert Hofer"

# --- PHOENIX (presseportal.de, newsroom 6511), May 2003: Werner Hoyer at the FDP party conference in Bremen ---

HO_T = "Hoyer (FDP): Riesige Chance bei Powell-Besuch verpasst"
HO_Q1 = join("\"Es ist eine riesige Chance verpasst worden.",
             "Colin Powell hat den Schritt auf die Deutschen zu gemacht. Man hätte",
             "da jetzt auch beherzt zugreifen sollen, die ausgestreckte Hand war ja",
             "da.\"")
HO_C1 = join("Der FDP-Außenpolitiker Werner Hoyer (Stellvertretender",
             "Vorsitzender der FDP-Bundestagsfraktion) im PHOENIX-Interview auf dem",
             "FDP-Bundesparteitag in Bremen auf die Frage nach den Ergebnissen des",
             "Powell-Besuches.")
HO_Q2 = join("\"Er spielt im Bundestag gegenwärtig eine glänzende Rolle, deswegen",
             "sind da zwei Seelen in meiner Brust. Auf der einen Seite muss der",
             "beste Mann nach Europa, (...) auf der anderen Seite ist er als",
             "Fraktionsvorsitzender im Bundestag auch genau der Richtige.\"")
HO_Q3 = join("\"Ich weiß es nicht, ich glaube, das weiß er selber noch nicht. Er",
             "wird sich die Zeit nehmen, das bis Herbst zu überdenken, denn es ist",
             "eine schwer wiegende Entscheidung für ihn ganz persönlich aber auch",
             "für die Partei und die Fraktion.\"")
HO_C2 = join("Werner Hoyer im PHOENIX-Interview auf dem FDP-Bundesparteitag in",
             "Bremen auf die Frage, Wolfgang Gerhardt in die Europapolitik wechseln",
             "wird.")

add(id="ho771-presseportal-phoenix-2003-05-hoyer-powell-gerhardt",
    title=HO_T,
    url="https://presseportal.de/pm/6511/446980",
    retrieved="same address (release of PHOENIX, the news and documentary channel of ARD and ZDF, Bonn, sent over news "
              "aktuell with the dateline 'Bremen / Bonn (ots)' from the FDP's Bundesparteitag in Bremen, during the visit of "
              "the US Secretary of State Colin Powell to Berlin; undated in the release and dated by its content and the "
              "story list under it, whose newest neighbouring releases are dated '17.05.2003 – 10:29' and '16.05.2003 – "
              "18:39', to 16 or 17 May 2003); the newsroom widget 'Alle Storys' / 'Folgen' / 'Keine Story von PHOENIX mehr "
              "verpassen.' and the label 'PHOENIX' dropped (rule 4730); the headline is the title, the dateline a line of "
              "its own; the hard-wrapped body is joined with one space and divided where a line closes a quotation or the "
              "caption short of the wrap width: three quotation paragraphs and two caption paragraphs (rule 4860); the "
              "published 'Stellvertretender' with a capital, 'schwer wiegende' and the caption 'auf die Frage, Wolfgang "
              "Gerhardt in die Europapolitik wechseln wird' (without 'ob') kept (rule 20); the contact block "
              "'Pressekontakt: Phoenix Pressestelle Ingo Firley Tel.: 0228-9584-193 Fax: 0228-9584-198 eMail: "
              "info@phoenix.de', the line 'Original-Content von: PHOENIX, übermittelt durch news aktuell' and the story "
              "list 'Weitere Storys: PHOENIX' with its teasers (Späth, Döring) dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bremen / Bonn (ots)", HO_Q1, HO_C1, HO_Q2, HO_Q3, HO_C2],
    # the title's label `Hoyer (FDP):` before unmarked words carries no span (rules 5, 630); the quotation that opens the
    # body is Hoyer's: the verbless caption after it (`Der FDP-Außenpolitiker Werner Hoyer … im PHOENIX-Interview … auf die
    # Frage nach den Ergebnissen des Powell-Besuches.`) names the speaker and the question (rule 4861); the two quotations
    # after it are his, the second caption (`Werner Hoyer im PHOENIX-Interview … auf die Frage, Wolfgang Gerhardt …`)
    # covering both answers, whose `er` is Gerhardt (rules 8, 4861); Colin Powell, Wolfgang Gerhardt, die Deutschen, the
    # Partei and the Fraktion say nothing; `FDP-Außenpolitiker` and `Stellvertretender Vorsitzender der
    # FDP-Bundestagsfraktion` name a party and are no aliases (rules 33, 4735)
    quotes=[(HO_Q1, HOYER),
            (HO_Q2, HOYER),
            (HO_Q3, HOYER)],
    aliases={HOYER: ["Werner Hoyer"]})

# --- PHOENIX (presseportal.de, newsroom 6511), April 2011: Andreas Pinkwart after Westerwelle's renunciation ---

PI_T = ("Pinkwart, FDP: Nach dem Rücktritt Westerwelles als Parteichef - Partei braucht eine breite Aufstellung")
PI_P1 = ("Bonn (ots) - Der stellvertretende FDP-Bundesvorsitzende Andreas Pinkwart glaubt nach dem Verzicht seines "
         "Parteichefs Guido Westerwelle auf das Amt des Parteivorsitzenden, \"dass die FDP jetzt wieder Fahrt aufnehmen "
         "kann\". Im Gespräch mit dem Sender Phoenix forderte er \"eine breite Aufstellung der Partei\". Dabei wünsche er sich "
         "eine gute Mischung, ein Team unterschiedlicher Kandidaten, Alten und Jungen, Männer und Frauen, in dem auch "
         "Wirtschaftsminister Rainer Brüderle und Justizministerin Sabine Leutheusser-Schnarrenberger ihren Platz hätten.")

add(id="ho771-presseportal-phoenix-2011-04-pinkwart-westerwelle-aufstellung",
    title=PI_T,
    url="https://www.presseportal.de/pm/6511/2019791",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell with the dateline 'Bonn (ots) -' after Guido "
              "Westerwelle's announcement of 3 April 2011 that he would not stand again for the FDP chair ('nach dem "
              "Verzicht seines Parteichefs Guido Westerwelle auf das Amt des Parteivorsitzenden'); undated in the copy, which "
              "shows no story list, and dated by its content and its release number to early April 2011); the label 'PHOENIX' "
              "above the headline dropped (rule 4730); the headline is the title, the body one paragraph with the dateline "
              "run in, as stored; the contact block 'Pressekontakt: PHOENIX PHOENIX-Kommunikation Telefon: 0228 / 9584 190 "
              "Fax: 0228 / 9584 198 pressestelle@phoenix.de', the line 'Original-Content von: PHOENIX, übermittelt durch news "
              "aktuell' and the lines 'Weitere Meldungen: PHOENIX' and 'Das könnte Sie auch interessieren:' dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=[PI_P1],
    # the title's label `Pinkwart, FDP:` before unmarked words carries no span (rules 5, 630); the partial quotation
    # closing `Andreas Pinkwart glaubt …, "…"`, a verb of opinion with a dass-clause, is his (rules 3, 25), Westerwelle, of
    # whose renunciation he speaks, saying nothing; the partial object of `forderte er` is his, `er` taking up Pinkwart, the
    # Sender Phoenix being the medium (rules 8, 25, 4731); Rainer Brüderle and Sabine Leutheusser-Schnarrenberger are named
    # in his Konjunktiv and say nothing; `stellvertretende FDP-Bundesvorsitzende` names a party and is no alias (rules 33,
    # 4735)
    quotes=[("\"dass die FDP jetzt wieder Fahrt aufnehmen kann\"", PINKWART),
            ("\"eine breite Aufstellung der Partei\"", PINKWART)],
    aliases={PINKWART: ["Andreas Pinkwart", "Pinkwart"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 16 December 2011: Frank Schäffler after the membership ballot ---

SF_T = "Schäffler: \"Schwierig, gegen das Establishment zu gewinnen\""
SF_P1 = ("Bonn/Berlin, 16. Dezember 2011 - Frank Schäffler hat im PHOENIX-Interview betont, das Ergebnis der "
         "Mitgliederbefragung zu akzeptieren. \"Es ist immer schwierig, gegen das Establishment zu gewinnen. Aber als guter "
         "Demokrat muss man das akzeptieren. Das ist Teil des innerparteilichen Willensbildungsprozesses. Den habe ich in den "
         "letzten Wochen und Monaten befruchtet\", sagte der Initiator der Mitgliederbefragung. Nun gelte es, wieder zur "
         "gemeinsamen Linie zurückzufinden. \"Ich will dazu beitragen, dass die Gräben wieder zugeschüttet werden.\"")

add(id="ho771-presseportal-phoenix-2011-12-schaeffler-establishment",
    title=SF_T,
    url="https://presseportal.de/pm/6511/2167391",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell on 16 December 2011, dated in its own text "
              "'Bonn/Berlin, 16. Dezember 2011', on the day the result of the FDP's membership ballot on the European "
              "Stability Mechanism, initiated by Frank Schäffler, was announced); the newsroom widget 'Alle Storys' / "
              "'Folgen' / 'Keine Story von PHOENIX mehr verpassen.' and the label 'PHOENIX' dropped (rule 4730); the "
              "headline is the title, the subtitle 'Gräben wieder zuschütten' and the dateline 'Bonn (ots)' lines of their "
              "own, the body one line as stored; the contact block 'Pressekontakt: PHOENIX-Kommunikation Pressestelle "
              "Telefon: 0228 / 9584 190 Fax: 0228 / 9584 198 pressestelle@phoenix.de', the line 'Original-Content von: "
              "PHOENIX, übermittelt durch news aktuell' and the story list 'Weitere Storys: PHOENIX' with the teasers of two "
              "other releases of the same day (Daniel Bahr, '16.12.2011 – 14:03'; Lasse Becker, '16.12.2011 – 13:38'), cut "
              "off by the page, dropped (rule 4860); a politikexpress.de copy of the same wording, hard-wrapped and without "
              "headline and dateline, came back too and is not used; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Gräben wieder zuschütten", "Bonn (ots)", SF_P1],
    # the title's quotation after the label `Schäffler:` is his, the release's shortening of his `"Es ist immer schwierig,
    # gegen das Establishment zu gewinnen. …"` (rules 26, 54, 4732); the body's quotation before `sagte der Initiator der
    # Mitgliederbefragung` is his, the role taking up the subject of the sentence before it (rules 8, 30, 4862); the
    # cue-less quotation after his Konjunktiv report `Nun gelte es, …` continues his speech (NOTES.md continuation, rule
    # 4862); the subtitle `Gräben wieder zuschütten` is unmarked (rule 5); `Initiator der Mitgliederbefragung` names only
    # him and no party, and is an alias (rules 44, 4866)
    quotes=[("\"Schwierig, gegen das Establishment zu gewinnen\"", SCHAEFFLER),
            (cut(SF_P1, "\"Es ist immer", "Monaten befruchtet\""), SCHAEFFLER),
            ("\"Ich will dazu beitragen, dass die Gräben wieder zugeschüttet werden.\"", SCHAEFFLER)],
    aliases={SCHAEFFLER: ["Frank Schäffler", "Schäffler", "Initiator der Mitgliederbefragung"]})

# --- PHOENIX (presseportal.de, newsroom 6511), May 2021: Hermann Otto Solms at the FDP party conference ---

SO_T = "Hermann Otto Solms (FDP): FDP war noch nie so geschlossen"
SO_P1 = ("Der ehemalige Bundesschatzmeister und Ehrenvorsitzende der FDP, Hermann Otto Solms, ist mit dem aktuellen Zustand "
         "der FDP sehr zufrieden. Im phoenix-Interview erklärt Solms am Rande des Bundesparteitags: \"Ich bin 50 Jahre in der "
         "FDP und habe noch keine Phase erlebt, in der die Partei so geschlossen war und inhaltlich auch so übereinstimmend "
         "gehandelt und gesprochen hat.\" Die Partei habe es geschafft, sich als unabhängige Kraft in der Mitte der deutschen "
         "Parteienlandschaft zu etablieren. \"Das war wichtiger als die Marotten der einzelnen Mitglieder.\"")
SO_P2 = ("Mit Blick auf die Bundestagswahl zeigt sich Solms daher zuversichtlich. Das Wahlprogramm spreche für sich: \"Wir "
         "müssen uns immer an unseren Inhalten orientieren, die Wähler kommen dann schon von alleine zu uns.\" Solms "
         "behauptet, die FDP-Wähler:innen seien die intelligenteren.")
SO_P3 = "Das gesamte Interview finden Sie in Kürze auf dem phoenix-YouTube-Kanal."

add(id="ho771-presseportal-phoenix-2021-05-solms-fdp-geschlossen",
    title=SO_T,
    url="https://www.presseportal.de/pm/6511/4915766",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell with the dateline 'Bonn/Berlin (ots)' from "
              "the FDP's Bundesparteitag of 14 to 16 May 2021 ('am Rande des Bundesparteitags'); undated in the copy and dated "
              "by its content and the story list under it, whose newest neighbouring release is dated '15.05.2021 – 11:20', "
              "to 15 or 16 May 2021); the newsroom widget 'Alle Storys' / 'Folgen' / 'Keine Story von PHOENIX mehr "
              "verpassen.' and the label 'PHOENIX' dropped (rule 4730); the headline is the title, the dateline a line of its "
              "own, the two body paragraphs and the release's pointer 'Das gesamte Interview finden Sie in Kürze auf dem "
              "phoenix-YouTube-Kanal.' lines as stored; the published 'FDP-Wähler:innen' kept (rule 20); the contact block "
              "'Pressekontakt: phoenix-Kommunikation Telefon: 0228 / 9584 192 kommunikation@phoenix.de Twitter.com: "
              "phoenix_de', the line 'Original-Content von: PHOENIX, übermittelt durch news aktuell' and the story list "
              "'Weitere Storys: PHOENIX' with its teasers (Christian Lindner, Marco Buschmann) dropped (rule 4860); complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn/Berlin (ots)", SO_P1, SO_P2, SO_P3],
    # the title's label `Hermann Otto Solms (FDP):` before unmarked words carries no span (rules 5, 630); the colon
    # quotation after `Im phoenix-Interview erklärt Solms am Rande des Bundesparteitags:` is his (rules 9, 4731); the
    # cue-less quotation after his Konjunktiv report `Die Partei habe es geschafft, …` continues his speech, and so does the
    # colon quotation after the Konjunktiv `Das Wahlprogramm spreche für sich:` (NOTES.md continuation, rules 9, 4862); the
    # unmarked `Solms behauptet, …` carries no span (rule 5); the FDP, the Partei, the Mitglieder and the Wähler say
    # nothing; `ehemalige Bundesschatzmeister und Ehrenvorsitzende der FDP` names a party and is no alias (rules 33, 4735)
    quotes=[(cut(SO_P1, "\"Ich bin 50", "gesprochen hat.\""), SOLMS),
            ("\"Das war wichtiger als die Marotten der einzelnen Mitglieder.\"", SOLMS),
            (cut(SO_P2, "\"Wir müssen", "zu uns.\""), SOLMS)],
    aliases={SOLMS: ["Hermann Otto Solms", "Solms"]})

# --- ZDF (presseportal.de, newsroom 7840), 27 June 2010: audio release on Margot Käßmann in "Peter Hahne" ---

KA_T = ("ots.Audio: \"Der liebe Gott muss viel Humor haben\" Erster Gast bei \"Peter Hahne\" am heutigen Sonntag im neuen "
        "ZDF-Talkformat ist Margot Käßmann")
KA_P1 = ("Heute um 13 Uhr zu Gast in \"Peter Hahne\", der neuen ZDF-Talk-Sendung, ist die zurückgetretene EKD-Vorsitzende "
         "Margot Käßmann. Zum ersten Mal gibt sie nach der Alkoholfahrt mit 1,54 Promille ein Fernsehinterview. Der "
         "halbstündige Talk wurde am Samstagnachmittag im Studio am Brandenburger Tor aufgezeichnet. Peter Hahne hatte seinem "
         "Publikum versprochen, alles zu fragen, was die Öffentlichkeit interessiert. Und er tat es mit der Gelassenheit eines "
         "Moderators, der mit Kanzlern und Präsidenten Fernsehinterviews gemacht hat, aber auch mit der Bissigkeit eines alt "
         "gedienten politischen Journalisten. \"Was war in der Nacht los?\", \"Wie konnten Sie mit 1,54 Promille überhaupt "
         "gerade durch Hannover fahren?\", \"Wer war der Beifahrer?\". Nicht alle Fragen bekam Peter Hahne beantwortet, aber "
         "er zog ein sehr positives Interview der 30 Minuten:")
KA_P2 = "1. O-Ton Peter Hahne"
KA_P3 = ("Es war ein sehr enges, intimes Gespräch. Sehr eng am Tisch sitzend, sehr persönlich, sie ist auch keinen privaten "
         "Fragen ausgewichen. Zum Schluss dann allerdings irgendwann das Stopp-Schild. Aber ich respektiere die Privatsphäre. "
         "Dann haben wir über Zukunft gesprochen, auch über politische Dinge. Auch Fragen zum Bundespräsidenten, was sie sehr "
         "offen beantwortet hat. Also es war sehr wohl das Fachlich-Faktische drin wie auch das Menschliche und das Ganze in "
         "einer sehr persönlichen Atmosphäre. (0'27)")

add(id="ho771-presseportal-zdf-2010-06-kaessmann-peter-hahne",
    title=KA_T,
    url="https://presseportal.de/pm/7840/1637957",
    retrieved="same address (audio release of the ZDF, Mainz, sent over news aktuell with the dateline 'Berlin (ots)' on "
              "Sunday 27 June 2010, the day of the first broadcast of the ZDF talk programme 'Peter Hahne' ('am heutigen "
              "Sonntag', 'Heute um 13 Uhr'), recorded the day before with Margot Käßmann, who had resigned as EKD chair "
              "after her drink-driving in February 2010); the newsroom widget 'Alle Storys' / 'Folgen' / 'Keine Story von ZDF "
              "mehr verpassen.', the label 'ZDF' and the audio block 'Ein Audio' / '• zdf_peter-hahne-käßmann-feature.mp3' / "
              "'MP3 - 2,6 MB - 02:48' / 'Download' dropped (rules 4730, 4860); the headline with 'ots.Audio:' is the title, "
              "the dateline 'Berlin (ots)' a line of its own, the lead paragraph, the clip heading '1. O-Ton Peter Hahne' and "
              "the clip's transcript with its length '(0'27)' lines as stored (rule 19's list items, rule 4730); the "
              "published 'alt gedienten' and 'zog ein sehr positives Interview der 30 Minuten' kept (rule 20); the excerpt "
              "breaks off in the next paragraph ('Margot Käßmann, im weißen Jackett … eine Medienj'), which is dropped with "
              "what follows (rules 15, 17); every kept paragraph is complete)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", KA_P1, KA_P2, KA_P3],
    # the title's quotation, the teaser of the programme whose first guest the same headline names, is Käßmann's (rules
    # 54, 4734, 4864); the programme's name `"Peter Hahne"` in the title and in the lead is null although it is the
    # moderator's name (rules 24, 4731, 4864); the three questions in marks after `Peter Hahne hatte seinem Publikum
    # versprochen, alles zu fragen, … Und er tat es …` are his, as examples of what he asked (rules 8, 4864); his O-Ton is
    # given without marks and carries no span (rule 5), its `sie` being Käßmann; the ZDF is the sender and medium (rule
    # 4731); the Bundespräsident, the Kanzler and Präsidenten and the Öffentlichkeit say nothing; `zurückgetretene
    # EKD-Vorsitzende` names a church body and is no alias (rules 33, 4866)
    quotes=[("\"Der liebe Gott muss viel Humor haben\"", KAESSMANN),
            ("\"Peter Hahne\"", None, 0),
            ("\"Peter Hahne\"", None, 1),
            ("\"Was war in der Nacht los?\"", HAHNE),
            ("\"Wie konnten Sie mit 1,54 Promille überhaupt gerade durch Hannover fahren?\"", HAHNE),
            ("\"Wer war der Beifahrer?\"", HAHNE)],
    aliases={KAESSMANN: ["Margot Käßmann"],
             HAHNE: ["Peter Hahne"]})

# --- ATV (ots.at, OTS_20010413_OTS0100), 13 April 2001: ATV's managing director Tillmann Fuchs on the draft ORF law ---

AF_T = "ORF-Gesetz: ATV will \"nicht aus der Hüfte schiessen\""
AF_P1 = ("Wien (OTS) - \"Nicht aus der Hüfte schießen - schon gar nicht zu Ostern\" will Tillmann Fuchs, ATV-Geschäftsführer "
         "und bisher einziger Bewerber für terrestrisches Privatfernsehen in Österreich, im Hinblick auf die nun vorliegende "
         "Gesetzesvorlage zum ORF- und Privat-TV-Gesetz. Man werde sich über die Feiertage ausführlich mit den "
         "Gesetzesentwürfen auseinandersetzen. In weiterer Folge werde sich ATV \"in der Begutachtungsphase konstruktiv zur "
         "Verbesserung dieses Gesetzes einbringen, um ein fruchtbares Nebeneinander von Öffentlich-Rechtlichem - und "
         "Privat-TV zu ermöglichen\", kündigte Fuchs an.")

add(id="ho771-ots-atv-2001-04-fuchs-orf-gesetz-huefte",
    title=AF_T,
    url="https://www.ots.at/presseaussendung/OTS_20010413_OTS0100/orf-gesetz-atv-will-nicht-aus-der-huefte-schiessen",
    retrieved="same address (release of the Austrian private broadcaster ATV, sent over APA-OTS on Friday 13 April 2001, "
              "two days before Easter (release number OTS_20010413_OTS0100, 'schon gar nicht zu Ostern', 'über die "
              "Feiertage'), contact 'ATV Pressestelle', footer ATV/ATV); the headline is the title, the body one paragraph "
              "with the dateline 'Wien (OTS) -' run in, as stored; the published 'schiessen' in the headline beside "
              "'schießen' in the body and the spaced hyphen in 'Öffentlich-Rechtlichem - und Privat-TV' kept (rule 20); the "
              "line '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the "
              "contact block 'Rückfragen & Kontakt: Birgit Kleinlercher Tel.: (01) 213 64-7945 Fax: (01) 213 64-7979 email: "
              "birgit.kleinlercher@austria-tv.at http://www.austria-tv.at ATV Pressestelle' and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "ATV/ATV' dropped (rule 4800); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[AF_P1],
    # the title's quotation, whose subject is the broadcaster (`ATV will "…"`), is Tillmann Fuchs's: the body gives the
    # same words, marked, to its managing director (`"Nicht aus der Hüfte schießen - …" will Tillmann Fuchs, ATV-
    # Geschäftsführer …`), and the headline names the company for which he speaks (rules 26, 54, 4863); the body's
    # quotation before `will Tillmann Fuchs`, the object of a modal verb of intention, is his (rules 30, 4863); the partial
    # quotation in the Konjunktiv `werde sich ATV "…"`, closed by `kündigte Fuchs an`, is his, ATV being the grammatical
    # subject of the words he announces (rules 3, 30, 4863); `ATV-Geschäftsführer` names a company and is no alias (rules 33,
    # 4866)
    quotes=[("\"nicht aus der Hüfte schiessen\"", FUCHS),
            ("\"Nicht aus der Hüfte schießen - schon gar nicht zu Ostern\"", FUCHS),
            (cut(AF_P1, "\"in der Begutachtungsphase", "zu ermöglichen\""), FUCHS)],
    aliases={FUCHS: ["Tillmann Fuchs", "Fuchs"]})

# --- ATV (ots.at, OTS_20160311_OTS0107), 11 March 2016: "Klartext" also on ATV2, with Martin Gastinger ---

KL_T = "ATV: Klartext ab Montag zusätzlich um 19.45 Uhr bei ATV2"
KL_P1 = ("Wien (OTS) - Vergangenen Montag startete „Klartext – mit Martin Thür“ in die vierte Staffel. Aufgrund der "
         "zahlreichen positiven Rückmeldungen zur Sendung, entschied ATV nun, dem qualitativ hochwertigen Polit-Talk einen "
         "zusätzlichen – früheren – Sendeplatz einzuräumen: Ab kommenden Montag, 14. März 2016, wird „Klartext“ auch um 19.45 "
         "Uhr bei ATV2 ausgestrahlt. Der Sendeplatz um 23.25 Uhr bei ATV bleibt aufrecht. Zusätzlich kann die Sendung ab "
         "20.15 auf ATV.at/klartext abgerufen werden.")
KL_P2 = ("ATV-Geschäftsführer Martin Gastinger: „Ich möchte damit ein Zeichen setzen und jenen Sehern entgegen kommen, denen "
         "der Sendeplatz um 23.25 Uhr zu spät ist. Die Informationskompetenz des Senders ist hoch und soll mit diesem Schritt "
         "unterstützt werden.“")
KL_P3 = ("Mit der kommenden Ausgabe des Interview-Formats startet der Reigen der KandidatInnengespräche zur "
         "Bundespräsidentschaftswahl. Den Anfang macht die unabhängige Kandidatin Irmgard Griss. Martin Thür fragt die "
         "ehemalige Präsidentin des Obersten Gerichtshofs nach ihren Vorhaben im höchsten Amt des Staats und ihrer Rolle als "
         "einzige weibliche Kandidatin im Bewerberfeld. Die zweite Folge der vierten Staffel ist an folgenden Terminen "
         "verfügbar:")
KL_LIST = ["Montag, 14. März 2016:", "• um 19.45 bei ATV2", "• um 23.25 Uhr bei ATV", "• und ab 20.15 Uhr auf ATV.at/klartext"]
KL_P4 = ("Martin Thür führt derzeit auch selber Wahlkampf. Der Klartext-Moderator ist für die Kurier-ROMY nominiert und "
         "mobilisiert seine Fans. Bis 18. März kann man auf ATV.at/romy noch für ihn voten.")

add(id="ho771-ots-atv-2016-03-klartext-atv2-gastinger",
    title=KL_T,
    url="https://www.ots.at/presseaussendung/OTS_20160311_OTS0107/atv-klartext-ab-montag-zusaetzlich-um-1945-uhr-bei-atv2",
    retrieved="same address (release of ATV, sent over APA-OTS on 11 March 2016 (release number OTS_20160311_OTS0107), "
              "contact 'ATV Privat TV GmbH & Co KG', footer ATP0001); the headline is the title, the subtitle 'Thür startet "
              "Hofburg-Interviews mit Griss' a line of its own, the body paragraphs, the date line 'Montag, 14. März 2016:' "
              "and the three list items with their bullets '•' lines as stored (rules 19, 4860); the published 'entgegen "
              "kommen', 'ab 20.15' without 'Uhr' and 'um 19.45 bei ATV2' kept (rule 20); the contact block 'Rückfragen & "
              "Kontakt: ATV Privat TV GmbH & Co KG Lisa Fuchs, MSc Pressesprecherin / Leiterin Presse & PR …' and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "ATP0001' dropped (rule 4800); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=["Thür startet Hofburg-Interviews mit Griss", KL_P1, KL_P2, KL_P3] + KL_LIST + [KL_P4],
    # the programme's full name `„Klartext – mit Martin Thür“`, which contains the host's name, and its short name
    # `„Klartext“` are null (rules 24, 4731, 4865); the unmarked `Klartext` of the title and the compound
    # `Klartext-Moderator` carry no span (rule 5); the colon quotation after the verbless label `ATV-Geschäftsführer Martin
    # Gastinger:` is his (rules 9, 4865); Martin Thür, Irmgard Griss and ATV say nothing in marks; `ATV-Geschäftsführer`
    # names a company and is no alias (rules 33, 4866)
    quotes=[("„Klartext – mit Martin Thür“", None),
            ("„Klartext“", None),
            (cut(KL_P2, "„Ich möchte", "unterstützt werden.“"), GASTINGER)],
    aliases={GASTINGER: ["Martin Gastinger"]})

# --- ATV (ots.at, OTS_20161020_OTS0148), 20 October 2016: "Klartext" with Van der Bellen after Hofer ---

KV_T = "Nach Hofer nun Van der Bellen: \"Klartext\" mit Martin Thür"
KV_P1 = ("Wien (OTS) - Alexander Van der Bellen steht Martin Thür am Montag in „Klartext“ Rede und Antwort und gibt Auskunft "
         "zu CETA, seinem bisherigen Wahlkampf sowie seinem generellen Verständnis vom höchsten Amt im Staat. Der Gewinner der "
         "aufgehobenen Stichwahl vom 22. Mai muss noch einmal versuchen, seine Wähler zu den Wahlurnen zu bringen.")
KV_P2 = ("Letzten Montag hatte Thür den freiheitlichen Bundespräsidentschaftskandidaten Norbert Hofer in der Sendung und "
         "dieser hatte „größtes Verständnis für die Initiatoren des EU-Austrittsvolksbegehrens“ und sagte zum umstritten Buch "
         "von Michael Howanietz „Das Buch insgesamt ist kein Fehler“. Die gesamte Sendung on Demand: ATV.at/klartext")
KV_P3 = ("Nach den Einzelinterviews in \"Klartext\" wird Martin Thür die Bundespräsidentschaftskandidaten Norbert Hofer und "
         "Alexander Van der Bellen am 27. November, also am Sonntag vor der Wahl, zum großen ATV-Duell bitten. Das Konzept des "
         "unmoderierten Duells wird nicht wiederholt, dieses Mal achtet Martin Thür auf die Diskussionskultur.")
KV_H = "Ausstrahlungstermine \"Klartext\" am 24. Oktober"

add(id="ho771-ots-atv-2016-10-klartext-van-der-bellen-hofer",
    title=KV_T,
    url="http://www.ots.at/presseaussendung/OTS_20161020_OTS0148/nach-hofer-nun-van-der-bellen-klartext-mit-martin-thuer",
    retrieved="same address (programme note of ATV sent over APA-OTS on 20 October 2016 (release number "
              "OTS_20161020_OTS0148) for the 'Klartext' interview of Monday 24 October 2016 with Alexander Van der Bellen, "
              "before the repeated presidential run-off of 4 December 2016; the sender is inferred from the release's own "
              "voice ('zum großen ATV-Duell', 'ATV.at/klartext'), the stored excerpt ending before the contact block, as rule "
              "3580 allows); the headline is the title, the subtitle 'Montag, 24. Oktober 2016, 23.25 Uhr bei ATV (19.45 Uhr "
              "ATV2)' a line of its own, the three body paragraphs, the heading 'Ausstrahlungstermine \"Klartext\" am 24. "
              "Oktober' and the two schedule lines lines as stored (rules 19, 4860); the published 'zum umstritten Buch' and "
              "the missing full stop after 'ATV.at/klartext' kept (rule 20); the excerpt ends after the line '23.25 Uhr – "
              "ATV', before the contact block; every kept paragraph is complete)",
    license=APA_OTS_SENDERS,
    paras=["Montag, 24. Oktober 2016, 23.25 Uhr bei ATV (19.45 Uhr ATV2)", KV_P1, KV_P2, KV_P3, KV_H,
           "19.45 Uhr – ATV2 und on Demand unter ATV.at/klartext", "23.25 Uhr – ATV"],
    # the programme's name `"Klartext"` in the title, in the third paragraph and in the heading, and `„Klartext“` in the
    # lead, is null (rules 24, 4731, 4865); in the note's report of the previous programme, the partial quotation after
    # `dieser hatte` (Hofer had `„größtes Verständnis …“`) and the quotation after `sagte zum umstritten Buch von Michael
    # Howanietz` are Hofer's: `dieser` takes up the last-named man, Norbert Hofer, not Thür, and both marked phrases are
    # what he said in the interview (rules 3, 8, 25, 4865); Michael Howanietz, whose book he speaks of, Alexander Van der
    # Bellen, Martin Thür and ATV say nothing in marks; `freiheitlichen Bundespräsidentschaftskandidaten` names a party and
    # is no alias (rules 33, 4735)
    quotes=[("\"Klartext\"", None, 0),
            ("„Klartext“", None),
            ("„größtes Verständnis für die Initiatoren des EU-Austrittsvolksbegehrens“", HOFER),
            ("„Das Buch insgesamt ist kein Fehler“", HOFER),
            ("\"Klartext\"", None, 1),
            ("\"Klartext\"", None, 2)],
    aliases={HOFER: ["Norbert Hofer", "Hofer"]})

# --- ORF (ots.at, OTS_20221007_OTS0139), 7 October 2022: programme note of the "Report" after the presidential election ---

RE_T = "„Report“ über die Folgen der Bundespräsidentenwahl"
RE_P1 = ("Wien (OTS) - Susanne Schnabl präsentiert den „Report“ am Montag, dem 10. Oktober 2022, um 21.10 Uhr in ORF 2 mit "
         "folgenden Themen:")
RE_P2 = ("Wie verändert die Bundespräsidentenwahl die Politlandschaft in Österreich? Was machen Van der Bellens "
         "Herausforderer nach der Wahl, wer überlegt, bei den nächsten Nationalratswahlen anzutreten? In Reportagen vom "
         "Wahlabend und mit analytischen Interviews am Tag danach geht das „Report“-Team diesen Fragen nach.")
RE_P3 = "Live im Studio ist der grüne Bundessprecher, Vizekanzler Werner Kogler."
RE_P4 = ("Die Asylanträge in Österreich kratzen heuer mit 70.000 bereits am Rekordjahr 2015 – doch die wenigsten Flüchtlinge "
         "wollen bleiben. Die Asylkoordination spricht von einer Versorgungskrise. Traiskirchen ist überfüllt, Menschen liegen "
         "auf der Straße und immer mehr Ukrainer/innen, die bisher auf große Hilfsbereitschaft getroffen sind, müssen sich um "
         "neue Quartiere umsehen. Umso außergewöhnlicher ist ein Hilfsprojekt, das ukrainische Waisenkinder nach Neudauberg im "
         "Burgenland evakuiert hat. Burgenländische Grenzgemeinden wie Pamhagen und Nickelsdorf kämpfen mit einer kaum "
         "beherrschbaren Welle illegaler Zuwanderung. Sabina Riedl über Österreichs Dilemma zwischen Willkommenskultur und "
         "Abschottung.")

add(id="ho771-ots-orf-2022-10-report-bundespraesidentenwahl",
    title=RE_T,
    url="https://www.ots.at/presseaussendung/OTS_20221007_OTS0139/report-ueber-die-folgen-der-bundespraesidentenwahl",
    retrieved="same address (programme note of the ORF sent over APA-OTS on 7 October 2022 (release number "
              "OTS_20221007_OTS0139), contact 'http://presse.ORF.at', for the 'Report' of Monday 10 October 2022, the day "
              "after the presidential election of 9 October 2022); the headline is the title, the subtitle 'Am 10. Oktober "
              "um 21.10 Uhr in ORF 2; Live-Gast im Studio ist Vizekanzler Werner Kogler' a line of its own, the lead, the "
              "topic headings 'Wahl-Folgen' and 'Flüchtlingskrise – Fakt oder Phantom?' and the topic paragraphs lines as "
              "stored (rules 19, 4800); the published 'die bisher auf große Hilfsbereitschaft getroffen sind' kept (rule "
              "20); the contact block 'Rückfragen & Kontakt: http://presse.ORF.at' dropped; the excerpt shows no footer "
              "line; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=["Am 10. Oktober um 21.10 Uhr in ORF 2; Live-Gast im Studio ist Vizekanzler Werner Kogler", RE_P1, "Wahl-Folgen",
           RE_P2, RE_P3, "Flüchtlingskrise – Fakt oder Phantom?", RE_P4],
    # every quotation of the note is the programme's name and null: `„Report“` in the title, in the lead and in the
    # compound `„Report“-Team` (rules 24, 4731, 4865); the host Susanne Schnabl, the guest Werner Kogler, the reporter
    # Sabina Riedl and the Asylkoordination, whose view is reported without marks (`spricht von einer Versorgungskrise`;
    # rule 5), say nothing in marks
    quotes=[("„Report“", None, 0),
            ("„Report“", None, 1),
            ("„Report“", None, 2)],
    aliases={})
