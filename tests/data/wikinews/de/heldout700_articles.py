# Seven-hundredth held-out German real-news set (tests/data/heldout700-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4320-4324). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of
# these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundredth held-out set": seven advance releases of Austrian media on the APA-OTS
# service, shown on ots.at (licence APA_OTS_SENDERS), each reporting what a politician told the medium: two of the news
# magazine profil (the Tirol Landeshauptmann Herwig van Staa on Peter Westenthaler as a Vizekanzler without portfolio, May
# 2006; the Interior Minister Günther Platter on police support associations and the Arigona case, November 2007), two of
# the daily ÖSTERREICH (the Finance Minister Karl-Heinz Grasser before his decision to leave the government, January 2007; the
# Social Minister Erwin Buchinger on the Mindestsicherung, March 2008), two of the news magazine NEWS (the former Chancellor
# Wolfgang Schüssel against the SPÖ, August 2007; the Vizekanzler Wilhelm Molterer in the government crisis, March 2008) and
# one of the KURIER (the Chancellor Werner Faymann on the coalition talks, December 2013). Stored copies are the `search`
# tool's `pages` excerpts; every release body is complete in them; the ots.at furniture (crawl-date prefix, contact headings,
# contact blocks, footers) is dropped and one first body line broken in mid-sentence is joined (rules 63, 2530, 3200, 4270,
# 4320); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

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


VAN_STAA = "Herwig van Staa"
GRASSER = "Karl-Heinz Grasser"
VERTRAUTE = "Vertraute"
SCHUESSEL = "Wolfgang Schüssel"
PLATTER = "Günther Platter"
BUCHINGER = "Erwin Buchinger"
MOLTERER = "Wilhelm Molterer"
FAYMANN = "Werner Faymann"

# --- APA-OTS, the news magazine profil, 27 May 2006: Herwig van Staa on Peter Westenthaler as Vizekanzler ---

VS_T = "\"profil\": van Staa hätte nichts einzuwenden gegen Vizekanzler Westenthaler"
VS_SUB = ("Tiroler Landeshauptmann schlägt Vizekanzler ohne Portfeuille vor - würde bei Regierungsumbildung Staatssekretäre "
          "einsparen")
VS_P1 = ("Wien (OTS) - Wie das Nachrichtenmagazin \"profil\" in seiner Montag erscheinenden Ausgabe berichtet, wäre es für "
         "Tirols Landeshauptmann Herwig van Staa unter gewissen Voraussetzungen durchaus akzeptabel, wenn der designierte "
         "BZÖ-Obmann und -Spitzenkandidaten Peter Westenthaler eine Funktion in der Bundesregierung erhält: \"Wenn er "
         "unbedingt ein Regierungsamt will, sollten ein oder zwei Staatssekretäre eingespart und Westenthaler Vizekanzler "
         "ohne Portefeuille werden.\" Allerdings, so die Forderung des Tiroler Landeshauptmanns, sollte Westenthaler in diesem "
         "Falle auf die Fortzahlung seiner Bezüge nach einem Ausscheiden aus dem Amt verzichten.")

add(id="ho700-ots-profil-2006-05-27-van-staa-vizekanzler-westenthaler",
    title=VS_T,
    url="https://www.ots.at/presseaussendung/OTS_20060527_OTS0004/profil-van-staa-haette-nichts-einzuwenden-gegen-vizekanzler-"
        "westenthaler",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 27 May 2006 by its OTS "
              "number, a Saturday, for the issue 'in seiner Montag erscheinenden Ausgabe'; sender told by the contact block "
              "'\"profil\"-Redaktion Tel.: (01) 534 70 DW 3501 und 3502' and the footer code 'PRO0002', both dropped with the "
              "heading 'Rückfragen & Kontakt:' and the service line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS' (rule 4320)); headline and subtitle kept as lines of their own as "
              "stored; 'Portfeuille' in the subtitle beside 'Portefeuille' in the body and 'BZÖ-Obmann und "
              "-Spitzenkandidaten' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[VS_SUB, VS_P1],
    # the magazine's name `"profil"` in the headline label and after `Wie das Nachrichtenmagazin` is null at each occurrence
    # (rules 2, 2771); the headline and the subtitle carry no other marks (rule 5); the colon quotation after the long
    # sentence `wäre es für Tirols Landeshauptmann Herwig van Staa … durchaus akzeptabel, wenn der designierte BZÖ-Obmann …
    # Peter Westenthaler eine Funktion in der Bundesregierung erhält:` is van Staa's, the holder of the view, not
    # Westenthaler's, the last person named before the colon and the `er` of the quotation (rules 9, 151, 4322); the
    # following Konjunktiv demand `so die Forderung des Tiroler Landeshauptmanns` is unmarked (rule 5); Peter Westenthaler,
    # the BZÖ and the Bundesregierung say nothing; `Tirols Landeshauptmann` and `Tiroler Landeshauptmann` hold a Land and are
    # no aliases (rule 33)
    quotes=[("\"profil\"", None, 0),
            ("\"profil\"", None, 1),
            (cut(VS_P1, "\"Wenn er", "Portefeuille werden.\""), VAN_STAA)],
    aliases={VAN_STAA: ["Herwig van Staa"]})

# --- APA-OTS, the daily ÖSTERREICH, 5 January 2007: Karl-Heinz Grasser before his decision on his future ---

KG_T = "ÖSTERREICH meldet: Finanzminister Grasser entscheidet heute über Zukunft in der Regierung."
KG_SUB = "Grassers Vertraute rechnen mit \"Abschied aus der Politik\""
KG_P1 = ("Wien (OTS) - Die Tageszeitung ÖSTERREICH meldet: Finanzminister Karl-Heinz Grasser wird heute (Freitag) abend in "
         "einem Treffen mit ÖVP-Chef Wolfgang Schüssel und Klubobmann Wilhelm Molterer die Entscheidung über seine "
         "persönliche Zukunft bekannt geben. Laut ÖSTERREICH rechnen Vertraute aus der engsten Umgebung des Finanzministers "
         "damit, dass Grasser heute im Gespräch mit Wolfgang Schüssel mitteilen wird, dass er einer künftigen Großen "
         "Koalition nicht mehr als Finanzminister angehören wird. In einem Interview mit ÖSTERREICH am Silvestertag hatte "
         "Karl-Heinz Grasser gemeint: \"Die Chancen stehen eher auf Ausstieg aus der Politik. Es war nie mein Ziel, "
         "Berufspolitiker zu werden.\" In einem Interview in der heutigen (Freitag) Ausgabe von ÖSTERREICH will Grasser die "
         "Gerüchte über seinen unmittelbar bevorstehenden Rücktritt weder bestätigen noch dementieren. Grasser heute wörtlich "
         "in ÖSTERREICH: \"Die Entscheidung erfährt zuerst der Herr Bundeskanzler und ich nehme das Gespräch nicht "
         "vorweg.\"")
KG_P2 = "Laut ÖSTERREICH findet das entscheidende Gespräch zwischen Grasser und Schüssel heute (Freitag) abend statt."

add(id="ho700-ots-oesterreich-2007-01-05-grasser-entscheidung-zukunft",
    title=KG_T,
    url="http://www.ots.at/presseaussendung/OTS_20070105_OTS0001/oesterreich-meldet-finanzminister-grasser-entscheidet-heute-"
        "ueber-zukunft-in-der-regierung",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 5 January 2007 by its OTS number and by "
              "the release's own 'heute (Freitag)', for 'der heutigen (Freitag) Ausgabe'; sender told by the contact block "
              "'Österreich Zeitungsverlag GmbH Chefredaktion 588 11 - DW 2910' and the footer code 'FEL0002', both dropped "
              "with the heading 'Rückfragen & Kontakt:' and the service line (rule 4320)); headline with its published full "
              "stop and subtitle kept as lines of their own as stored; '(Freitag) abend' (twice) kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[KG_SUB, KG_P1, KG_P2],
    # the headline carries no marks (rule 5); the subtitle's marked `"Abschied aus der Politik"`, the object of `rechnen mit`
    # with the subject `Grassers Vertraute`, is the described group's, whose expectation the body reports with `Laut
    # ÖSTERREICH rechnen Vertraute aus der engsten Umgebung des Finanzministers damit, dass …` (rules 10, 245, 1250, 4323);
    # the colon quotation after `hatte Karl-Heinz Grasser gemeint:` and the one after the verbless label `Grasser heute
    # wörtlich in ÖSTERREICH:` are Grasser's (rules 9, 54), `der Herr Bundeskanzler` inside the second being Schüssel, who
    # says nothing; Wolfgang Schüssel, Wilhelm Molterer and the Große Koalition say nothing; `Finanzminister Grasser` and
    # `Finanzminister`, which name only Grasser in this release, are aliases (rules 7, 44), `ÖVP-Chef` holds a party (rule 33);
    # the group's alias is the noun of the cue without Grasser's genitive (rule 10, 4323)
    quotes=[("\"Abschied aus der Politik\"", VERTRAUTE),
            (cut(KG_P1, "\"Die Chancen", "zu werden.\""), GRASSER),
            (cut(KG_P1, "\"Die Entscheidung", "vorweg.\""), GRASSER)],
    aliases={GRASSER: ["Karl-Heinz Grasser", "Grasser", "Finanzminister Grasser", "Finanzminister"],
             VERTRAUTE: ["Vertraute"]})

# --- APA-OTS, the news magazine NEWS, 29 August 2007: Wolfgang Schüssel against the SPÖ and Erwin Buchinger ---

WS_T = "Schüssel attackiert SPÖ: \"Buchingers Nostalgie für Che Guevara ist absurd.\""
WS_SUB = "Scharfe Kritik Schüssels an Kanzler Gusenbauers SPÖ in NEWS."
WS_P1 = ("Wien (OTS) - Scharfe Kritik an der Kanzler-Partei SPÖ übt Ex-Bundeskanzler Wolfgang Schüssel in der morgen "
         "Donnerstag erscheinenden neuen Ausgabe des Nachrichtenmagazins NEWS: \"Die SPÖ klebt an alten Rezepten. Aber mit der "
         "Retro-Schiene geht nichts mehr!\", geißelt der abgewählte ÖVP-Bundeskanzler die aktuelle Regierungs-Performance von "
         "Kanzler Gusenbauer & Co., diese alte SPÖ-Politik müsse weg. Schüssel kritisiert besonders SPÖ-Minister Erwin "
         "Buchinger : \"Seine Nostalgie für Che Guevara ist völlig absurd.\"")
WS_P2 = ("Was die ÖVP angeht, weist Schüssel jegliche Nostalgie-Gedanken nach seiner Person zurück, Parteichef Vizekanzler "
         "Wilhelm Molterer mache seinen Job exzellent, \"er ist wie kein andrer Politiker in der Innenpolitik auf die Aufgabe, "
         "Österreich zu führen, vorbereitet.\" Dass Molterer mit der Perspektivengruppe einen ÖVP-Neuanfang suche, \"ist nach "
         "den 12 Jahren, die ich die ÖVP geführt habe, gut.\" Was seine persönliche Zukunft anlangt, sagt Schüssel, er fühle "
         "sich munter, frisch und tatendurstig, er sei als ÖVP-Klubchef für diese Legislaturperiode bis 2010 gewählt, und an "
         "Spekulationen, 2009 einen höchsten EU-Job in Brüssel anzupeilen, beteilige er sich nicht.")

add(id="ho700-ots-news-2007-08-29-schuessel-che-guevara-absurd",
    title=WS_T,
    url="https://www.ots.at/presseaussendung/OTS_20070829_OTS0213/schuessel-attackiert-spoe-buchingers-nostalgie-fuer-che-"
        "guevara-ist-absurd",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 29 August 2007 by its OTS "
              "number, a Wednesday, for 'der morgen Donnerstag erscheinenden neuen Ausgabe'; sender told by the contact block "
              "'Sekretariat NEWS Chefredaktion Tel.: (01) 213 12 DW 1103' and the footer code 'NES0004', both dropped with the "
              "heading 'Rückfragen & Kontakt:' and the service line (rule 4320)); headline and subtitle kept as lines of their "
              "own as stored; the space before the colon in 'Erwin Buchinger :' and 'andrer Politiker' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WS_SUB, WS_P1, WS_P2],
    # the headline quotation after the label `Schüssel attackiert SPÖ:` is Schüssel's, restating his body quotation `"Seine
    # Nostalgie für Che Guevara ist völlig absurd."` with `Buchingers` for `Seine` and without `völlig`; Buchinger, whose
    # genitive stands inside the marks, is the one spoken about, not the speaker (rules 26, 54, 4324); the quotation between
    # the colon cue of `übt Ex-Bundeskanzler Wolfgang Schüssel … NEWS:` and the backward cue `geißelt der abgewählte
    # ÖVP-Bundeskanzler` is his (rules 9, 30), Gusenbauer in the object saying nothing; the colon quotation after `Schüssel
    # kritisiert besonders SPÖ-Minister Erwin Buchinger :` is his, the minister being the object (rule 9); the partial
    # quotations completing the narrator's Konjunktiv report `weist Schüssel … zurück, … Molterer mache seinen Job exzellent,
    # "er ist …"` and the `Dass`-clause `Dass Molterer … suche, "ist … , die ich die ÖVP geführt habe, gut."` are his (rules 3,
    # 25), `ich` in the second confirming it; the unmarked report after `sagt Schüssel,` carries no span (rule 5); Erwin
    # Buchinger, Gusenbauer, Wilhelm Molterer, Che Guevara, the SPÖ and the ÖVP say nothing; `Ex-Bundeskanzler`, which names
    # only Schüssel here (Gusenbauer is `Kanzler`), is an alias (rule 44); `ÖVP-Bundeskanzler` and `ÖVP-Klubchef` hold a
    # party and are no aliases (rule 33)
    quotes=[("\"Buchingers Nostalgie für Che Guevara ist absurd.\"", SCHUESSEL),
            (cut(WS_P1, "\"Die SPÖ klebt", "nichts mehr!\""), SCHUESSEL),
            ("\"Seine Nostalgie für Che Guevara ist völlig absurd.\"", SCHUESSEL),
            (cut(WS_P2, "\"er ist wie", "vorbereitet.\""), SCHUESSEL),
            (cut(WS_P2, "\"ist nach", "gut.\""), SCHUESSEL)],
    aliases={SCHUESSEL: ["Wolfgang Schüssel", "Schüssel", "Ex-Bundeskanzler"]})

# --- APA-OTS, the news magazine profil, 10 November 2007: Günther Platter on police support associations and Arigona ---

GP_T = "\"profil\": Platter hält Unterstützung der Polizei durch Vereine für \"etwas durchaus Positives\""
GP_SUB = ("Innenminister: \"Keine Beschuldigungen gegen jene Leute aufstellen, die es nur gut gemeint haben\" - Fall Arigona für "
          "Platter \"sonnenklar\" - Kritik von Pfarrer Friedl wundert ihn")
GP_P1 = ("Wien (OTS) - Wie das Nachrichtenmagazins \"profil\" in seiner Montag erscheinenden Ausgabe berichtet, sieht "
         "Innenminister Günther Platter in der Unterstützung der Polizei durch Vereine \"etwas durchaus Positives\". Dies gelte "
         "nicht nur für die Polizei, sondern auch für viele andere Bereiche. Platter: \"Das ist prinzipiell nichts "
         "Kritisierenswertes.\" Sonst müsse man das heimische Vereinswesen in Frage stellen. Wichtig sei nur, dass die "
         "Mitglieder keinen Vorteil daraus ziehen dürften.")
GP_P2 = ("Bei der Bewertung des \"Vereins der Freunde der Wiener Polizei\", in dessen Umfeld das Büro für interne "
         "Angelegenheiten noch ermittelt, gibt sich Platter vorsichtig. Wenn es Ungereimtheiten gebe, müsse dies geprüft "
         "werden. Andererseits will er \"keine Beschuldigungen gegen jene Leute aufstellen, die es mit ihren Unterstützungen "
         "nur gut gemeint haben\".")
GP_P3 = ("Die Kritik von Pfarrer Josef Friedl im Fall Arigona wundert den Innenminister: \"Ihm wäre es vermutlich lieber, dass "
         "Asyl gewährt würde.\" Doch für Platter selbst ist der Fall \"sonnenklar\". Bisher hätten hier \"Gerichte entschieden: "
         "Kein Recht auf Asyl in Österreich.\" Nun warte man im Ministerium die Entscheidung des Verfassungsgerichtshofs ab.")

add(id="ho700-ots-profil-2007-11-10-platter-vereine-arigona",
    title=GP_T,
    url="https://www.ots.at/presseaussendung/OTS_20071110_OTS0010/profil-platter-haelt-unterstuetzung-der-polizei-durch-vereine-"
        "fuer-etwas-durchaus-positives",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 10 November 2007 by its OTS "
              "number, a Saturday, for 'seiner Montag erscheinenden Ausgabe'; sender told by the contact block "
              "'\"profil\"-Redaktion Tel.: (01) 534 70 DW 3501 und 3502' and the footer code 'PRO0007', both dropped with the "
              "heading 'Rückfragen & Kontakt:' and the service line (rule 4320)); headline and subtitle kept as lines of their "
              "own as stored; 'Wie das Nachrichtenmagazins \"profil\"' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[GP_SUB, GP_P1, GP_P2, GP_P3],
    # the magazine's name `"profil"` in the headline label and after `Wie das Nachrichtenmagazins` is null at each occurrence
    # (rules 2, 2771); the headline's partial quotation after `Platter hält … für` is his, as is the same phrase in the body
    # after `sieht Innenminister Günther Platter …` (rules 3, 25, 26); the subtitle's quotation after the label
    # `Innenminister:` condenses his body quotation `"keine Beschuldigungen … nur gut gemeint haben"` (rules 26, 54), and
    # `"sonnenklar"` after `Fall Arigona für Platter` is his view, as in the body `für Platter selbst ist der Fall
    # "sonnenklar"` (rule 151); the colon quotation after the label `Platter:` is his (rule 54); the name of the association
    # `"Vereins der Freunde der Wiener Polizei"` is null (rules 2, 24); the partial quotation after `Andererseits will er` is
    # his (rules 3, 30); the colon quotation after `Die Kritik von Pfarrer Josef Friedl im Fall Arigona wundert den
    # Innenminister:` is the minister's, the experiencer of the feeling, and its `Ihm` is Friedl (rule 4321); the partial
    # quotation in the Konjunktiv sentence `Bisher hätten hier "Gerichte entschieden: …"` is his, the courts being its subject
    # inside his words (rule 3); Josef Friedl, Arigona, the Büro für interne Angelegenheiten, the Gerichte and the
    # Verfassungsgerichtshof say nothing; `Innenminister` and `Innenminister Günther Platter`, which name only him, are aliases
    # (rule 44)
    quotes=[("\"profil\"", None, 0),
            ("\"etwas durchaus Positives\"", PLATTER, 0),
            ("\"Keine Beschuldigungen gegen jene Leute aufstellen, die es nur gut gemeint haben\"", PLATTER),
            ("\"sonnenklar\"", PLATTER, 0),
            ("\"profil\"", None, 1),
            ("\"etwas durchaus Positives\"", PLATTER, 1),
            ("\"Das ist prinzipiell nichts Kritisierenswertes.\"", PLATTER),
            ("\"Vereins der Freunde der Wiener Polizei\"", None),
            (cut(GP_P2, "\"keine Beschuldigungen", "gemeint haben\""), PLATTER),
            ("\"Ihm wäre es vermutlich lieber, dass Asyl gewährt würde.\"", PLATTER),
            ("\"sonnenklar\"", PLATTER, 1),
            ("\"Gerichte entschieden: Kein Recht auf Asyl in Österreich.\"", PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Platter", "Innenminister Günther Platter", "Innenminister"]})

# --- APA-OTS, the daily ÖSTERREICH, 3 March 2008: Erwin Buchinger on the Mindestsicherung ---

EB_T = "ÖSTERREICH: Buchinger erhöht Druck auf ÖVP bei Mindestsicherung"
EB_SUB = "Sozialminister will Bartenstein \"in die Pflicht nehmen\", um ÖVP-Bundesländer zu überzeugen"
EB_P1 = join("Wien (OTS) - Sozialminister Erwin Buchinger wird am Mittwoch",
             "erneut versuchen, die umstrittene Mindestsicherung durch den Ministerrat zu bringen. Das bestätigte der "
             "SPÖ-Sozialminister gegenüber ÖSTERREICH (Dienstag-Ausgabe): Hauptstreitpunkt ist das Nein der ÖVP-regierten "
             "Bundesländer Niederösterreich und Vorarlberg, die ablehnen, dass die Mindestsicherung über das AMS abgewickelt "
             "wird.")
EB_P2 = ("Buchinger will, dass sein ÖVP-Gegenüber, Wirtschaftsminister Martin Bartenstein, ihm hilft, die beiden "
         "Landesregierungen zu überzeugen: \"Ich will die ÖVP hier in die Pflicht nehmen. Auch Minister Bartenstein hält es für "
         "sinnvoll, dass das AMS die Mindestsicherung vollzieht. Es handelt sich um eine Einrichtung in seinem Wirkungsbereich. "
         "Das ist ganz klar.\"")

add(id="ho700-ots-oesterreich-2008-03-03-buchinger-mindestsicherung",
    title=EB_T,
    url="https://www.ots.at/presseaussendung/OTS_20080303_OTS0296/oesterreich-buchinger-erhoeht-druck-auf-oevp-bei-"
        "mindestsicherung",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 3 March 2008 by its OTS number, a "
              "Monday, for the 'Dienstag-Ausgabe'; sender told by the contact block 'ÖSTERREICH Chefredaktion Tel.: (01) 588 "
              "11 / 2510 oder 2910 redaktion@oe24.at' and the footer code 'FEL0001', both dropped with the heading 'Rückfragen "
              "& Kontakt:' and the service line (rule 4320)); headline and subtitle kept as lines of their own as stored; the "
              "first body line, broken after 'am Mittwoch' in mid-sentence, joined with a space (rules 3200, 4320); complete "
              "as stored)",
    license=APA_OTS_SENDERS,
    paras=[EB_SUB, EB_P1, EB_P2],
    # the headline carries no marks (rule 5); the subtitle's partial quotation `"in die Pflicht nehmen"` in the sentence with
    # the subject `Sozialminister` is Buchinger's, the body giving the same words in his quotation (rules 3, 26); the
    # unmarked words after the colon of `Das bestätigte der SPÖ-Sozialminister gegenüber ÖSTERREICH (Dienstag-Ausgabe):`
    # carry no span (rule 5); the colon quotation after `Buchinger will, dass sein ÖVP-Gegenüber, Wirtschaftsminister Martin
    # Bartenstein, ihm hilft, die beiden Landesregierungen zu überzeugen:` is Buchinger's, the subject of the main clause,
    # not Bartenstein's, the last person named before the colon, whose view the quotation reports without marks (`Auch
    # Minister Bartenstein hält es für sinnvoll, …`; rules 9, 4322); Martin Bartenstein, the ÖVP, the Länder Niederösterreich
    # and Vorarlberg, the AMS and the Ministerrat say nothing; `Sozialminister` and `Sozialminister Erwin Buchinger`, which
    # name only him, are aliases (rule 44); `SPÖ-Sozialminister` holds a party and is no alias (rule 33)
    quotes=[("\"in die Pflicht nehmen\"", BUCHINGER),
            (cut(EB_P2, "\"Ich will", "ganz klar.\""), BUCHINGER)],
    aliases={BUCHINGER: ["Erwin Buchinger", "Buchinger", "Sozialminister Erwin Buchinger", "Sozialminister"]})

# --- APA-OTS, the news magazine NEWS, 12 March 2008: Wilhelm Molterer on the government crisis ---

WM_T = "Vizekanzler Molterer zur Regierungskrise: \"Bis Ostern muss ich Klarheit haben\""
WM_P1 = ("Wien (OTS) - Vizekanzler ÖVP-Chef Wilhelm Molterer appelliert in der neusten Ausgabe des Nachrichtenmagazins NEWS an "
         "die SPÖ: \"Kehrt zurück an den Regierungstisch.\" Und: \"Ostern ist ein guter Zeitraum, um zur Besinnung zu kommen. "
         "Nach Ostern braucht Österreich Klarheit. Die Bürger müssen wissen, wie sie mit dieser Regierung dran sind. Niemand "
         "will die Neuwahlen. Ich auch nicht. Ich bemühe mich, dass es zum Neustart der Koalition kommt. Aber Neustart "
         "bedeutet nicht nur das klare Bekenntnis zum Regierungsprogramm, er ist auch eine Frage des Grundvertrauens.\"")
WM_P2 = ("Den Krisengipfel bei Bundespräsident Heinz Fischer zu Wochenbeginn unterstrich Molterer als \"verantwortungsvoll.\"")

add(id="ho700-ots-news-2008-03-12-molterer-bis-ostern-klarheit",
    title=WM_T,
    url="https://www.ots.at/presseaussendung/OTS_20080312_OTS0215/vizekanzler-molterer-zur-regierungskrise-bis-ostern-muss-ich-"
        "klarheit-haben",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 12 March 2008 by its OTS "
              "number, a Wednesday, for 'der neusten Ausgabe'; sender told by the contact block 'Sekretariat NEWS Chefredaktion "
              "Tel.: (01) 213 12 DW 1103' and the footer code 'NES0005', both dropped with the heading 'Rückfragen & Kontakt:' "
              "and the service line (rule 4320)); headline kept as a line of its own; 'neusten' and the full stop inside the "
              "closing mark of '\"verantwortungsvoll.\"' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WM_P1, WM_P2],
    # the headline quotation after the label `Vizekanzler Molterer zur Regierungskrise:` is his, condensing his body words
    # `Nach Ostern braucht Österreich Klarheit` in his own first person (rules 26, 54); the colon quotation after `appelliert
    # … an die SPÖ:` and the one after the verbless `Und:` continuing it are his (rule 9; NOTES.md continuation), the SPÖ
    # being the addressee; the marked word after `unterstrich Molterer als` is his (rules 3, 25); Heinz Fischer, the SPÖ and
    # the Bürger say nothing; `Vizekanzler` and `Vizekanzler Molterer`, which name only him, are aliases (rule 44);
    # `ÖVP-Chef` holds a party and is no alias (rule 33)
    quotes=[("\"Bis Ostern muss ich Klarheit haben\"", MOLTERER),
            ("\"Kehrt zurück an den Regierungstisch.\"", MOLTERER),
            (cut(WM_P1, "\"Ostern ist", "Grundvertrauens.\""), MOLTERER),
            ("\"verantwortungsvoll.\"", MOLTERER)],
    aliases={MOLTERER: ["Wilhelm Molterer", "Molterer", "Vizekanzler Molterer", "Vizekanzler"]})

# --- APA-OTS, the KURIER, 4 December 2013: Werner Faymann on the coalition talks ---

WF_T = "KURIER: Faymann: \"Ich denke nicht an Neuwahlen\""
WF_SUB = "Für den Bundeskanzler gibt es \"keine Fragen, die nicht lösbar wären\""
WF_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann sagt im KURIER-Interview (Donnerstag-Ausgabe) zu den zähen "
         "Koalitionsverhandlungen: \"Ich denke nicht an Neuwahlen. Wenn wir ernsthaft verhandeln, haben wir bis Weihnachten "
         "eine Regierung. Es gibt keine offenen Fragen, die nicht lösbar wären.\" Einen Appell an die ÖVP möchte er nicht "
         "richten: \"Dort weiß man schon, was zu tun ist.\" Zu den Privatisierungswünschen aus der ÖVP sagt Faymann: "
         "\"Privatisierungen bringen uns nichts, weder beim Maastricht-Defizit noch strukturell. Es hat doch keinen Sinn, alte "
         "ideologische Auseinandersetzungen zu führen.\" Zu den Beamtenverhandlungen sagt der Kanzler: \"Bei den Beamten ist "
         "klar, dass es eine moderate Gehaltsrunde geben wird, einen Streik würde niemand verstehen.\"")

add(id="ho700-ots-kurier-2013-12-04-faymann-keine-neuwahlen",
    title=WF_T,
    url="https://www.ots.at/presseaussendung/OTS_20131204_OTS0210/kurier-faymann-ich-denke-nicht-an-neuwahlen",
    retrieved="same address (advance release of the KURIER on the APA-OTS service, 4 December 2013 by its OTS number, a "
              "Wednesday, for the 'Donnerstag-Ausgabe'; the crawl-date prefix ' date 2018-03' before the headline dropped "
              "(rules 63, 2530); the stored copy ends after the body paragraph, before any contact block, so the sender is "
              "inferred from the headline label 'KURIER:' and the release's own 'sagt im KURIER-Interview (Donnerstag-Ausgabe)' "
              "(rules 3920, 4320); headline and subtitle kept as lines of their own as stored; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WF_SUB, WF_P1],
    # the headline quotation after the second label `Faymann:` is his, the body giving the same sentence (rules 26, 54); the
    # subtitle's partial quotation after `Für den Bundeskanzler gibt es` is his view, condensing his body sentence `Es gibt
    # keine offenen Fragen, die nicht lösbar wären.` without `offenen` (rules 26, 151); the colon quotations after `sagt im
    # KURIER-Interview … zu den zähen Koalitionsverhandlungen:`, after `Einen Appell an die ÖVP möchte er nicht richten:`,
    # after `sagt Faymann:` and after `sagt der Kanzler:` are his (rules 9, 30); the KURIER, named without marks, is the
    # medium (rule 2771); the ÖVP, the Beamten and niemand say nothing; `Bundeskanzler`, `Bundeskanzler Werner Faymann` and
    # `Kanzler`, which name only him, are aliases (rule 44)
    quotes=[("\"Ich denke nicht an Neuwahlen\"", FAYMANN),
            ("\"keine Fragen, die nicht lösbar wären\"", FAYMANN),
            (cut(WF_P1, "\"Ich denke nicht an Neuwahlen.", "lösbar wären.\""), FAYMANN),
            ("\"Dort weiß man schon, was zu tun ist.\"", FAYMANN),
            (cut(WF_P1, "\"Privatisierungen", "zu führen.\""), FAYMANN),
            (cut(WF_P1, "\"Bei den Beamten", "verstehen.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler", "Kanzler"]})
