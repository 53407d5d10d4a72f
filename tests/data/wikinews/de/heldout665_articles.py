# Six-hundred-and-sixty-fifth held-out German real-news set (tests/data/heldout665-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4050-4053). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-sixty-fifth held-out set": nine releases of Austrian parties, a party club,
# the SPÖ's press service, a Land party and three party organisations (the Wirtschaftsbund, the Seniorenbund, the SPÖ-Frauen's
# conference reported by the press service) on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the SPÖ
# Niederösterreich (Oswald Posch before the Land party congress, June 1999), the Wirtschaftsbund (Christoph Leitl at the
# 'Wirtschaftsdialog 2001', October 2001), the SPÖ's press service (Norbert Darabos on the date of the presidential election,
# November 2003), the ÖVP (Reinhold Lopatka against Darabos, with a sentence of Helmut Zilk, May 2006), the SPÖ's press service
# for the SPÖ-Frauen (Bettina Stadlbauer at the Bundesfrauenkonferenz, September 2006), the Seniorenbund (Andreas Khol on the
# pension increase, September 2007), the BZÖ Oberösterreich (Rainer Widmann on Rudi Anschober, August 2012), the ÖVP's press
# service (Hannes Rauch against Darabos, May 2013) and the SPÖ's press service (Darabos on Strache's speech in Ried, March
# 2014). Stored copies are the `search` tool's `pages` excerpts; seven release bodies are complete in them, two are cut off
# inside a later paragraph, which is dropped (rule 15); the wire and site furniture (the ots.at lines of time and number, the
# crawl-date prefix, the OTS marker `****`, end marks, the 1999 banner, contact blocks and footers) is dropped and the
# hard-wrapped lines of three copies are joined (rules 48, 63, 460, 1372, 1681, 2580, 2810, 3990, 4050, 4051); each retrieval
# note names what was dropped.
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


POSCH = "Oswald Posch"
LEITL = "Christoph Leitl"
DARABOS = "Norbert Darabos"
LOPATKA = "Reinhold Lopatka"
ZILK = "Helmut Zilk"
STADLBAUER = "Bettina Stadlbauer"
KHOL = "Andreas Khol"
WIDMANN = "Rainer Widmann"
RAUCH = "Hannes Rauch"

# --- APA-OTS, SPÖ Niederösterreich, 20 June 1999: Oswald Posch before the Land party congress ---

PO_T = "POSCH: SPÖ-NÖ PARTEITAG IM ZEICHEN DER ERFOLGE"
PO_P1 = join("Niederösterreich (OTS-SPI) \"Der heutige Landesparteitag",
             "steht ganz im Zeichen der Erfolge der letzten Monate. Er wird",
             "ein Parteitag des Selbstbewußtseins sein, weil sich die Schlögl-SPÖ im Aufwind befindet\", sagte "
             "SPÖ-Landesgeschäftsführer",
             "Oswald Posch.")
PO_P2 = join("\"Wir sind stolz darauf, daß die SPÖ in der ersten Halbzeit",
             "des Jahres 1999 die Landespolitik bestimmt und die wesent-",
             "lichen Themen vorgegeben hat. Mit der Aktion für die nö-Fami-",
             "lien und unserer Verkehrsaktion haben wir die Schwerpunkte in",
             "diesem Frühjahr gesetzt und die Pröll-ÖVP zum Handeln ge-zwungen\", stellte er weiter fest.")
PO_P3 = ("\"Wir feiern aber auch den Wahlerfolg bei der Europa-Parla-mentswahlt, bei der wir alle unsere Ziele erreicht haben\", "
         "sagte Posch weiter:")
PO_L1 = join("- Wir wollten den Abstand zur ÖVP verringern, das haben wir",
             "erreicht.")
PO_L2 = join("- Wir wollten unsere Kandidatin Karin Scheele in das Europa-",
             "Parlament bringen, auch das haben wir erreicht.")
PO_L3 = join("- Und wir wollten einen wesentlichen Beitrag zum Gesamter-",
             "folg der SPÖ leisten, und auch das haben wir erreicht. Die NÖ-SPÖ brachte in den Gesamttopf nicht weniger als "
             "ein",
             "Viertel aller SPÖ-Stimmen von ganz Österreich ein und damit",
             "bei weitem die meisten Stimmen aller Bundesländer-Parteien.")
PO_P4 = join("\"Dies alles ist eine äußerst gute Grundlage für die Arbeit in den kommenden Monaten, mit der wir einen weiteren "
             "Beitrag",
             "zur Erneuerung Niederösterreichs leisten werden\", sagte der SPÖ-Manager abschließen.")

add(id="ho665-ots-spoe-noe-1999-06-20-posch-parteitag-erfolge",
    title=PO_T,
    url="https://www.ots.at/presseaussendung/OTS_19990620_OTS0006/posch-spoe-noe-parteitag-im-zeichen-der-erfolge",
    retrieved="same address (release of the SPÖ Niederösterreich on the APA-OTS service, 20 June 1999 by its OTS number, a "
              "Sunday, the day of the congress ('Der heutige Landesparteitag'); the sender is told by the dateline code "
              "'OTS-SPI', the contact block 'SPÖ-NÖ 402 42 61 45/0664 300 85 32' and the footer code NSN/OTS-SPI; the end "
              "mark '(schluß)' on a line of its own, the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / "
              "'VERANTWORTUNG DES AUSSENDERS ***', the contact block and the footer dropped (rules 48, 2810, 4050); the "
              "headline in capitals is the title, the dateline without a dash at the start of the first paragraph as stored; "
              "the copy is hard-wrapped with empty lines between paragraphs, and the lines of each paragraph are joined with "
              "one space; the three dash items after 'sagte Posch weiter:' are lines of their own (rule 1681), and the empty "
              "lines that the copy sets inside each item, in the middle of a sentence or of a word, are wraps and joined "
              "likewise (rule 4050); a hyphen at a line end ('wesent-' / 'lichen', 'nö-Fami-' / 'lien', 'Europa-' / "
              "'Parlament', 'Gesamter-' / 'folg') is kept and the line joined after it with one space (rule 4051); the "
              "published 'ge-zwungen', 'Europa-Parla-mentswahlt', 'daß', 'Selbstbewußtseins' and 'abschließen' kept (rules "
              "20, 2810); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PO_P1, PO_P2, PO_P3, PO_L1, PO_L2, PO_L3, PO_P4],
    # the headline in capitals with the label `POSCH:` has no marks and no span (rule 5); the quotation before `sagte
    # SPÖ-Landesgeschäftsführer Oswald Posch` is his (rule 30); the next paragraph's quotation before `stellte er weiter fest`
    # is his, the `er` taking up the speaker of the paragraph before (rules 8, 30); the quotation before `sagte Posch weiter:`
    # is his (rule 30), and the three dash items after that colon, though in his first person, carry no marks and no span
    # (rules 5, 1681; rule 4052); the last quotation before `sagte der SPÖ-Manager abschließen` is his, the role naming only
    # him in the release (rules 8, 30); Karin Scheele, the Pröll-ÖVP, the Schlögl-SPÖ and the NÖ-SPÖ say nothing;
    # `SPÖ-Landesgeschäftsführer` and `SPÖ-Manager` name the party and are no aliases (rule 33); the capitals form `POSCH` of
    # the headline label is an alias (rule 114)
    quotes=[(cut(PO_P1, "\"Der heutige", "befindet\""), POSCH),
            (cut(PO_P2, "\"Wir sind stolz", "ge-zwungen\""), POSCH),
            (cut(PO_P3, "\"Wir feiern", "erreicht haben\""), POSCH),
            (cut(PO_P4, "\"Dies alles", "leisten werden\""), POSCH)],
    aliases={POSCH: ["Oswald Posch", "Posch", "POSCH"]})

# --- APA-OTS, Wirtschaftsbund, 6 October 2001: Christoph Leitl at the 'Wirtschaftsdialog 2001' ---

LE_T = "LEITL: \"ÖSTERREICH GUT REGIEREN\""
LE_SUB = "Wirtschaftsbund rüstet sich organisatorisch und politisch"
LE_P1 = ("St. Wolfgang (OTS) - \"Wenn das Motto der ersten Halbzeit der Bundesregierung Österreich neu regieren lautete, so "
         "muss das Motto der zweiten Halbzeit lauten: Österreich gut regieren - für den Mittelstand\", erklärte heute, "
         "Samstag, Wirtschaftsbund-Präsident Christoph Leitl beim \"Wirtschaftsdialog 2001\" des Wirtschaftsbundes in St. "
         "Wolfgang in Oberösterreich.")
LE_P2 = ("Gut regieren für den Mittelstand bedeute, so Leitl weiter, dass \"Versprechen an die Wirtschaft nicht verschoben "
         "werden, sondern dass wir konkrete Ergebnisse in dieser Legislaturperiode sehen wollen.\" Das gelte für die "
         "Lohnnebenkostensenkung genauso, wie für deren Voraussetzung - \"eine professionelle Staatsreform, zu deren Umsetzung "
         "wir die reellen Erfolge der Kammerreform der Regierung gerne zur Verfügung stellen\", sagte Leitl.")
LE_H1 = "KEIN SAND IM GETRIEBE"
LE_P3 = ("\"Wir sind nicht, wie die Vizekanzlerin meint, 'Sand im Getriebe der Regierung'. Der Wirtschaftsbund ist der, der "
         "den Sand aus dem Getriebe der Regierung herausholen will\", stellte Leitl klar, der zudem dabei bleibt, dass "
         "Einsparungen im Zuge der umfassenden Staatsreform von 10 Prozent machbar sind und damit sowohl die "
         "Lohnnebenkosten-Senkung als auch den Neuverschuldungsstopp zu schaffen sind.")
LE_P4 = ("Der Wirtschaftsbund rüste sich organisatorisch und politisch - im Interesse des Mittelstandes. Die heute, zum "
         "Abschluss des zweitägigen \"Wirtschaftsdialoges 2001\" präsentierte \"Charta für die mittelständische Wirtschaft\" "
         "des Wirtschaftsbundes (erhältlich über die WB-Presseabteilung, Anm.) soll, so Leitl in seinen Schlussworten, \"ein "
         "Symbol zur Ermutigung für die Betriebe, für die Wirtschaft\" sein.")

add(id="ho665-ots-wirtschaftsbund-2001-10-06-leitl-oesterreich-gut-regieren",
    title=LE_T,
    url="https://www.ots.at/presseaussendung/OTS_20011006_OTS0041/leitl-oesterreich-gut-regieren",
    retrieved="same address (release of the Österreichischer Wirtschaftsbund, the ÖVP's organisation of business people, on "
              "the APA-OTS service, 6 October 2001 by its OTS number, a Saturday ('heute, Samstag'); the sender is told by "
              "the contact block 'Thomas Lang, Tel.: 0664/532 91 20Wirtschaftsbund' and the footer of the older form "
              "'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NWB/OTS', both dropped "
              "(rule 4050); the OTS marker '****' after the first paragraph's last full stop dropped (rule 460); the headline "
              "in capitals is the title, the subtitle and the subheading in capitals 'KEIN SAND IM GETRIEBE' lines of their "
              "own (rule 13), the dateline 'St. Wolfgang (OTS) -' at the start of the first paragraph as stored; the "
              "published 'genauso, wie für' and the note '(erhältlich über die WB-Presseabteilung, Anm.)' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LE_SUB, LE_P1, LE_P2, LE_H1, LE_P3, LE_P4],
    # the headline quotation after the label `LEITL:` is his, and the body's first quotation holds its words in normal
    # spelling (`Österreich gut regieren`; rules 26, 54; rule 4053); the quotation before `erklärte heute, Samstag,
    # Wirtschaftsbund-Präsident Christoph Leitl` is his (rule 30); the congress's name `"Wirtschaftsdialog 2001"`, and its
    # genitive `"Wirtschaftsdialoges 2001"`, are null (rules 2, 24); the partial quotation in the `dass`-clause after the
    # inserted `so Leitl weiter` and the one after the dash, closed by `sagte Leitl`, are his (rules 3, 30); the quotation
    # before `stellte Leitl klar` is his, the single marks around `Sand im Getriebe der Regierung`, the Vizekanzlerin's phrase
    # as he cites it, nested inside his span and not annotated separately (rules 898, 999, NOTES.md nested quotes); the
    # document's title `"Charta für die mittelständische Wirtschaft"` is null (rules 2, 24), and the partial quotation after
    # the inserted `so Leitl in seinen Schlussworten` is his (rules 3, 2811); the Vizekanzlerin, the Bundesregierung and the
    # Wirtschaftsbund, whose Konjunktiv `rüste sich` the release reports without marks, have no span (rules 5, 11);
    # `Wirtschaftsbund-Präsident` names the organisation and is no alias (rule 33); the capitals form `LEITL` is an alias
    # (rule 114)
    quotes=[("\"ÖSTERREICH GUT REGIEREN\"", LEITL),
            (cut(LE_P1, "\"Wenn das Motto", "Mittelstand\""), LEITL),
            ("\"Wirtschaftsdialog 2001\"", None),
            (cut(LE_P2, "\"Versprechen", "sehen wollen.\""), LEITL),
            (cut(LE_P2, "\"eine professionelle", "stellen\""), LEITL),
            (cut(LE_P3, "\"Wir sind nicht", "herausholen will\""), LEITL),
            ("\"Wirtschaftsdialoges 2001\"", None),
            ("\"Charta für die mittelständische Wirtschaft\"", None),
            ("\"ein Symbol zur Ermutigung für die Betriebe, für die Wirtschaft\"", LEITL)],
    aliases={LEITL: ["Christoph Leitl", "Leitl", "LEITL"]})

# --- APA-OTS, SPÖ Pressedienst, 29 November 2003: Norbert Darabos on the date of the presidential election ---

DA3_T = ("Darabos: Bekanntgabe des Termins für Bundespräsidenten-Wahl nach ÖVP-Parteivorstand \"ziemlich eigenartig\"")
DA3_SUB = "\"ÖVP agiert, als hätte sie die absolute Mehrheit\""
DA3_P1 = ("Wien (SK) Für SPÖ-Bundesgeschäftsführer Norbert Darabos ist die gestrige Bekanntgabe des Termins für die "
          "Bundespräsidenten-Wahl nach dem ÖVP-Parteivorstand \"ziemlich eigenartig und befremdlich\". Nach den "
          "demokratischen Spielregeln werde der Wahltermin durch den Hauptausschuss des Nationalrats, dem alle vier Parteien "
          "angehören, festgelegt. \"Doch die ÖVP agiert so, als hätte sie die absolute Mehrheit in diesem Land\", sagte "
          "Darabos am Samstag gegenüber dem SPÖ-Pressedienst. \"Diese Geisteshaltung ist sehr bedenklich und stößt ganz "
          "offensichtlich bei den Österreicherinnen und Österreichern immer stärker auf Unverständnis\", verweist der "
          "SPÖ-Bundesgeschäftsführer auf die sinkenden Umfragewerte der ÖVP und die Sympathieverluste für Kanzler Schüssel.")

add(id="ho665-ots-spoe-2003-11-29-darabos-wahltermin-eigenartig",
    title=DA3_T,
    url="https://www.ots.at/presseaussendung/OTS_20031129_OTS0017/darabos-bekanntgabe-des-termins-fuer-bundespraesidenten-wahl-nach-oevp-parteivorstand-ziemlich-eigenartig",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 29 November 2003 by its OTS number, a "
              "Saturday ('am Samstag'); the sender is told by the dateline code 'SK', the cue's 'gegenüber dem "
              "SPÖ-Pressedienst', the contact block 'Pressedienst der SPÖ, Tel.: (++43-1) 53427-275, http://www.spoe.at' and "
              "the footer code SPK0001; the end mark with the editor's sign and the OTS marker run onto the last paragraph "
              "('(Schluss) se ****'), the contact block and the footer dropped (rules 48, 460, 4050); headline and subtitle "
              "lines of their own, the dateline 'Wien (SK)' without a dash at the start of the body paragraph as stored; "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[DA3_SUB, DA3_P1],
    # the headline's marked `"ziemlich eigenartig"` after the label `Darabos:` is his, the body giving it in the longer
    # `"ziemlich eigenartig und befremdlich"` (rules 3, 54); the subtitle quotation, which the body's second quotation says
    # at length, is his (rules 26, 107); the partial quotation in `Für SPÖ-Bundesgeschäftsführer Norbert Darabos ist … "…"`
    # is his (rule 622); the narrator's Konjunktiv sentence on the Hauptausschuss carries no span (rule 5); the quotations
    # before `sagte Darabos am Samstag gegenüber dem SPÖ-Pressedienst` and before `verweist der SPÖ-Bundesgeschäftsführer auf
    # …`, the role naming only him, are his (rules 8, 30); the ÖVP, its Parteivorstand, the Hauptausschuss and Kanzler
    # Schüssel say nothing; `SPÖ-Bundesgeschäftsführer` names the party and is no alias (rule 33)
    quotes=[("\"ziemlich eigenartig\"", DARABOS),
            (DA3_SUB, DARABOS),
            ("\"ziemlich eigenartig und befremdlich\"", DARABOS),
            (cut(DA3_P1, "\"Doch die ÖVP", "in diesem Land\""), DARABOS),
            (cut(DA3_P1, "\"Diese Geisteshaltung", "Unverständnis\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos"]})

# --- APA-OTS, ÖVP, 11 May 2006: Reinhold Lopatka against Darabos, with a sentence of Helmut Zilk ---

LO_T = "Lopatka zu Darabos: Warum verraten Sie sich selbst?"
LO_SUB = "Gerücht um BZÖ-Spitzenkandidaten kommt aus der Löwelstraße"
LO_P1 = join("Wien, 11. Mai 2006 (ÖVP-PK) - \"SPÖ-Bundesgeschäftführer Norbert Darabos hat mit seiner heutigen Aussendung "
             "selbst verraten, dass das Gerücht um den BZÖ-Spitzenkandidaten aus der Löwelstraße kommt\", sagte heute, "
             "Donnerstag, ÖVP-Generalsekretär Abg.z.NR Dr. Reinhold Lopatka. Der parteiunabhängige Finanzminister Karl Heinz "
             "Grasser hat und wird auch in Zukunft eine zentrale Aufgabe im Team von Bundeskanzler Wolfgang Schüssel haben. "
             "Dass der SPÖ ein solches Kompetenzteam fehlt, wird ihr mittlerweile auch schon von erfahrenen und erfolgreichen "
             "SPÖ-Politikern mitgeteilt. Darabos solle sich daher lieber Gedanken um seine eigene Partei machen. Der Wiener "
             "Alt-Bürgermeister Helmut Zilk habe heute richtigerweise festgestellt:",
             "\"Unter Gusenbauer hat die SPÖ sehr abgebaut.\"")

add(id="ho665-ots-oevp-2006-05-11-lopatka-darabos-geruecht",
    title=LO_T,
    url="https://www.ots.at/presseaussendung/OTS_20060511_OTS0245/lopatka-zu-darabos-warum-verraten-sie-sich-selbst",
    retrieved="same address (release of the ÖVP on the APA-OTS service, 11 May 2006 by its OTS number and its date line 'Wien, "
              "11. Mai 2006 (ÖVP-PK) -', a Thursday ('heute, Donnerstag'); the sender is told by the dateline code 'ÖVP-PK', "
              "the contact block 'ÖVP Bundespartei, Abteilung Presse und Medien, Tel.: (01) 401 26-420; Internet: "
              "http://www.oevp.at' and the footer code NVP0004; the OTS marker '****' after the last closing mark, the contact "
              "block and the footer dropped (rules 460, 4050); headline and subtitle lines of their own, the date line at the "
              "start of the body paragraph as stored; the single stored line break after the colon of 'habe heute "
              "richtigerweise festgestellt:', before the quotation that ends the paragraph, in a copy that separates its "
              "paragraphs by empty lines, joined with one space (rules 3050, 3990, 4050); the published "
              "'SPÖ-Bundesgeschäftführer' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LO_SUB, LO_P1],
    # the headline `Lopatka zu Darabos: …` asks in Lopatka's voice without marks and carries no span (rule 5); the quotation
    # before `sagte heute, Donnerstag, ÖVP-Generalsekretär Abg.z.NR Dr. Reinhold Lopatka` is his, Darabos its topic (rules
    # 12, 30); the narrator's sentences on Grasser, the Kompetenzteam and Darabos carry no marks and no span (rule 5); the
    # colon quotation after `Der Wiener Alt-Bürgermeister Helmut Zilk habe heute richtigerweise festgestellt:` is Zilk's, the
    # subject of the verb of saying, although the frame is Lopatka's Konjunktiv report (rules 9, 3993); Darabos, Karl Heinz
    # Grasser, Wolfgang Schüssel, Gusenbauer and the SPÖ-Politiker say nothing; `ÖVP-Generalsekretär` and `Wiener
    # Alt-Bürgermeister` name the party and the city and are no aliases (rule 33)
    quotes=[(cut(LO_P1, "\"SPÖ-Bundesgeschäftführer", "Löwelstraße kommt\""), LOPATKA),
            ("\"Unter Gusenbauer hat die SPÖ sehr abgebaut.\"", ZILK)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Lopatka"],
             ZILK: ["Helmut Zilk"]})

# --- APA-OTS, SPÖ Pressedienst, 7 September 2006: Bettina Stadlbauer at the Bundesfrauenkonferenz ---

ST_T = ("Bundesfrauenkonferenz (3): Barbara Prammer mit 97 Prozent der Delegiertenstimmen als Bundesfrauenvorsitzende "
        "bestätigt")
ST_SUB = "Hervorragende Stimmung bei der Bundesfrauenkonferenz 2006"
ST_P1 = ("Wien (SK) - Mehr als 600 Delegierte und Sympathisantinnen trafen sich in Linz zur Bundesfrauenkonferenz, die "
         "traditionell vor dem SPÖ-Bundesparteitag abgehalten wird. Die Zweite Nationalratspräsidentin Barbara Prammer wurde "
         "mit eindrucksvollen 97 Prozent der Delegiertenstimmen als Bundesfrauenvorsitzende bestätigt. Als ihre "
         "Stellvertreterinnen wurden Sonja Ablinger, Gabriele Binder-Maier, Renate Brauner, Barbara Gross, Olga Pircher, "
         "Gertrude Spiesz, Sieglinde Trannacher, Hilde Wanner und Gisela Wurm gewählt. SPÖ-Frauen- und "
         "Gleichbehandlungssprecherin Gabriele Heinisch-Hosek wurde mit 99,3 Prozent der Stimmen in den Bundesvorstand "
         "wiedergewählt. Der strahlende Sonnenschein spiegelte die hervorragende Stimmung im höchsten SPÖ-Frauengremium wider "
         "- noch nie waren die SPÖ-Frauen so stark und voller Zuversicht gehe man daher in die Wahlauseinandersetzung, war der "
         "einhellige Tenor der Veranstaltung.")
ST_P2 = ("SPÖ-Bundesfrauengeschäftsführerin Bettina Stadlbauer eröffnete die Konferenz unter dem Motto \"Mehr ist fair. "
         "Chancen, Rechte, Einkommen\" und übte harsche Kritik an der Bundesregierung: \"Die letzten sechs Jahre waren geprägt "
         "von einer konservativen Politik, die sich bei den Frauen am negativsten ausgewirkt hat!\" Stadlbauer verwies auf die "
         "Verschlechterungen im Bereich Bildung, bei der Arbeitslosigkeit, bei der Vereinbarkeit von Beruf und Familie oder bei "
         "den Pensionen. \"Diese Verschlechterungen haben einen Namen: ÖVP!\" Die SPÖ tritt für mehr Chancen der Frauen in der "
         "Arbeitswelt, bei Bildung und Einkommen ein. \"Wir wollen mehr Einkommen für Frauen, denn ökonomische Unabhängigkeit "
         "ist der Schlüssel für ein selbst bestimmtes Leben\", stellte die SPÖ-Politikerin klar.")

add(id="ho665-ots-spoe-frauen-2006-09-07-stadlbauer-bundesfrauenkonferenz",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20060907_OTS0299/bundesfrauenkonferenz-3-barbara-prammer-mit-97-prozent-der-delegiertenstimmen-als-bundesfrauenvorsitzende-bestaetigt",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service for the SPÖ-Frauen's conference in "
              "Linz, 7 September 2006 by its OTS number; the sender is read from the dateline code 'SK' and the release's "
              "numbering as part (3) of a series on the conference; the stored copy breaks off before the contact block "
              "(rule 4050); the OTS marker '****' after the first paragraph's last full stop dropped (rule 460); headline and "
              "subtitle lines of their own, the dateline 'Wien (SK) -' at the start of the first paragraph as stored; the "
              "subheading 'Gusenbauer: Nur mit einem Frauenministerium ist konsequente Frauenpolitik möglich' and the "
              "paragraph after it, cut off in the stored copy ('In einer Video-Grußbot'), dropped (rule 15); the published "
              "'so stark und voller Zuversicht gehe man' and 'selbst bestimmtes' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the headline and the first paragraph report the elections without marks and carry no span (rule 5); the conference
    # motto after `eröffnete die Konferenz unter dem Motto` is null (rules 24, 1977); the colon quotation after `und übte
    # harsche Kritik an der Bundesregierung:` is Stadlbauer's, the subject of both verbs (rule 9); the cue-less quotation
    # after the narrator's `Stadlbauer verwies auf die Verschlechterungen …` is hers (NOTES.md continuation); the
    # quotation before `stellte die SPÖ-Politikerin klar`, after the narrator's unmarked sentence on the SPÖ, is hers, the
    # role taking up the speaker of the paragraph, not Barbara Prammer or Gabriele Heinisch-Hosek of the paragraph before
    # (rules 8, 30); Barbara Prammer, her deputies, Gabriele Heinisch-Hosek, the Bundesregierung, the ÖVP and the SPÖ say
    # nothing; `SPÖ-Bundesfrauengeschäftsführerin` and `SPÖ-Politikerin` name the party and are no aliases (rule 33)
    quotes=[("\"Mehr ist fair. Chancen, Rechte, Einkommen\"", None),
            (cut(ST_P2, "\"Die letzten", "ausgewirkt hat!\""), STADLBAUER),
            ("\"Diese Verschlechterungen haben einen Namen: ÖVP!\"", STADLBAUER),
            (cut(ST_P2, "\"Wir wollen mehr", "Leben\""), STADLBAUER)],
    aliases={STADLBAUER: ["Bettina Stadlbauer", "Stadlbauer"]})

# --- APA-OTS, Österreichischer Seniorenbund, 20 September 2007: Andreas Khol on the pension increase ---

KH_T = "Seniorenbundobmann Khol: \"Werden für gerechte Pensionserhöhung kämpfen!\""
KH_SUB = ("Bundesvorstand des Österreichischen Seniorenbundes unterstützt einstimmig Unterschriftenaktion zur "
          "Kaufkraftsicherung der Pensionen")
KH_P1 = join("Wien (OTS) - Die Bundesvorstandssitzung des Österreichischen",
             "Seniorenbundes fand im Rahmen eines Treffens mit den CSU-Senioren und",
             "den CDU-Senioren in Passau statt. \"Der Bundesvorstand hat, mit Blick",
             "auf die bevorstehenden Verhandlungen mit der Bundesregierung,",
             "einstimmig beschlossen, mit allen Mitteln für eine gerechte",
             "Pensionserhöhung 2008 zu kämpfen\", berichtete Dr. Andreas Khol, der",
             "Bundesobmann des Österreichischen Seniorenbundes: \"Alle",
             "Landesorganisationen werden, als erste Maßnahme, die",
             "Unterschriftenaktion des Österreichischen Seniorenrates zur",
             "Kaufkraftsicherung der Pensionen unterstützen. Wir rufen alle",
             "Österreicherinnen und Österreicher dazu auf, diese Aktion",
             "mitzutragen.\" Es sei nicht nur im Interesse der jetzigen",
             "Pensionisten, dass der Preisindex für Pensionistenhaushalte (PIPH)",
             "zur Grundlage der jährlichen Pensionserhöhung wird. \"Auch die",
             "österreichische Jugend kann, wenn sie in der Zukunft in Pension geht,",
             "nicht wünschen, dass ihre Pensionsanspruche dann von der Inflation",
             "stetig geschmälert werden\", so Seniorenbundobmann Khol.")

add(id="ho665-ots-seniorenbund-2007-09-20-khol-pensionserhoehung-kaempfen",
    title=KH_T,
    url="https://www.ots.at/presseaussendung/OTS_20070920_OTS0063/seniorenbundobmann-khol-werden-fuer-gerechte-pensionserhoehung-kaempfen",
    retrieved="same address (release of the Österreichischer Seniorenbund, the ÖVP's organisation of its older members, on the "
              "APA-OTS service, 20 September 2007 by its OTS number and the ots.at line '20.09.2007, 09:58:39'; the ots.at "
              "lines of time and number above the headline ('• 20.09.2007, 09:58:39' / '• /' / '• OTS0063 OTW0063') dropped "
              "(rule 2580); the stored copy breaks off before the contact block, and the sender is inferred from the "
              "release's own voice: its headline label 'Seniorenbundobmann Khol:', its subtitle and lead on the Seniorenbund's "
              "own Bundesvorstand and its quotations of the Bundesobmann only (rule 4050); headline and subtitle lines of "
              "their own; the copy is hard-wrapped at about seventy characters with an empty line between paragraphs, and the "
              "lines of the first paragraph are joined with one space (rules 1372, 2580); the second paragraph, cut off in the "
              "stored copy inside its last sentence ('… als Grundlage der Anpassun'), dropped with its marked phrase "
              "'\"sprudelnden Steuerquellen\"', Khol's quotation after the label 'Khol:' and the marked words of the law "
              "(rule 15); the published 'Pensionsanspruche' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KH_SUB, KH_P1],
    # the headline quotation after the label `Seniorenbundobmann Khol:` is his, the body's first quotation giving its content
    # at length (rules 26, 54); the quotation before `berichtete Dr. Andreas Khol, der Bundesobmann des Österreichischen
    # Seniorenbundes:` and the colon quotation after that same cue are his (rules 9, 30); the narrator's Konjunktiv sentence
    # `Es sei nicht nur im Interesse …` carries no span (rule 5); the quotation before `so Seniorenbundobmann Khol` is his
    # (rule 30); the Bundesvorstand, the CSU-Senioren and CDU-Senioren, the Bundesregierung and the Seniorenrat say nothing;
    # the organisation compound `Seniorenbundobmann` and the role phrase `Bundesobmann des Österreichischen Seniorenbundes`
    # are no aliases (rule 33)
    quotes=[("\"Werden für gerechte Pensionserhöhung kämpfen!\"", KHOL),
            (cut(KH_P1, "\"Der Bundesvorstand", "zu kämpfen\""), KHOL),
            (cut(KH_P1, "\"Alle Landesorganisationen", "mitzutragen.\""), KHOL),
            (cut(KH_P1, "\"Auch die", "geschmälert werden\""), KHOL)],
    aliases={KHOL: ["Andreas Khol", "Khol"]})

# --- APA-OTS, BZÖ Oberösterreich, 21 August 2012: Rainer Widmann on Rudi Anschober ---

WI_T = "BZÖ-Widmann: Grüner Anschober ist schwarzes Auslaufmodell"
WI_SUB = "Stronach fischt in blauen, roten und schwarzen Teichen"
WI_P1 = ("Linz (OTS) - \"Die Sorge von Grünen Chef Anschober, die Stronachpartei sei eine Gefahr für das BZÖ ist nett, aber "
         "umsonst. Stronach fische vorwiegend in blauen, roten und schwarzen Teichen, wenngleich das für das Parlament nicht "
         "reichen werde. Oberösterreichs Obergrüner sollte sich vielmehr Sorgen um seinen eigenen Rauswurf aus der "
         "Landesregierung machen. Von der ÖVP wird Anschober ohnehin nur mehr als billiger Politsteigbügelhalter und "
         "Regierungsauslaufmodell gesehen. Völlig tatenlos sieht Anschober gerade zu, wie sein ureigenstes Thema "
         "\"Energiewende\" von der ÖVP landauf und landab als ihr Thema plakatiert wird, ohne natürlich große Taten folgen zu "
         "lassen. Das ist grüne Selbstaufgabe in reinster natürlichster Form. Zeitgleich bereite die Landes-ÖVP schon jetzt den "
         "Boden strategisch für eine Koalition mit der handzahmen, aber regierungsgeilen oö. FPÖ vor\", erklärte heute "
         "BZÖ-Landessprecher Abg. Mag. Rainer Widmann.")

add(id="ho665-ots-bzoe-ooe-2012-08-21-widmann-anschober-auslaufmodell",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20120821_OTS0122/bzoe-widmann-gruener-anschober-ist-schwarzes-auslaufmodell",
    retrieved="same address (release of the BZÖ Oberösterreich on the APA-OTS service, 21 August 2012 by its OTS number; the "
              "sender is told by the contact block 'BZÖ-Oberösterreich/Presse' and the footer code BZC0004, both dropped "
              "(rule 4050); headline and subtitle lines of their own, the dateline 'Linz (OTS) -' at the start of the single "
              "body paragraph as stored; the published 'Grünen Chef', 'für das BZÖ ist nett' without a comma, 'sieht … "
              "gerade zu' and 'in reinster natürlichster Form' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WI_SUB, WI_P1],
    # the headline label `BZÖ-Widmann:` stands before unmarked words and carries no span, nor does the unmarked subtitle
    # (rule 5); the one quotation runs from the opening mark after the dateline to the closing mark before `erklärte heute
    # BZÖ-Landessprecher Abg. Mag. Rainer Widmann` and is his (rule 30): the ASCII pair around `Energiewende` is nested in
    # it, as his sentence goes on after it (rules 835, 2175), and the Konjunktiv sentences inside his marks (`Stronach
    # fische …`, `bereite die Landes-ÖVP … vor`) stay in the span (NOTES.md: a span runs from mark to mark); Rudi Anschober,
    # Stronach, the ÖVP and the FPÖ say nothing; `BZÖ-Landessprecher` names the party and is no alias (rule 33), nor is the
    # fused label `BZÖ-Widmann` (rule 3672)
    quotes=[(cut(WI_P1, "\"Die Sorge", "oö. FPÖ vor\""), WIDMANN)],
    aliases={WIDMANN: ["Rainer Widmann"]})

# --- APA-OTS, ÖVP-Pressedienst, 24 May 2013: Hannes Rauch against Darabos ---

RA_T = "Rauch zu Darabos: SPÖ von Panik getrieben"
RA_SUB = ("Offensichtliche Konzeptlosigkeit der SPÖ \u2013 Keine Linie ist auch eine Linie - Inhaltliche Arbeit bleibt auf "
          "der Strecke")
RA_P1 = join("Wien, 24. Mai 2013 (ÖVP-PD) \"Die SPÖ scheint von Panik getrieben\", zeigt sich ÖVP-Generalsekretär Hannes "
             "Rauch zu den vermehrten Rundumschlägen von SPÖ-Zentralsekretär Darabos amüsiert. \"Offenbar schwebt die SPÖ "
             "orientierungs- und konzeptlos in einem kreativen Vakuum. Anstatt die eigenen, zahlreichen Baustellen",
             "fertig zu stellen, feuert Herr Darabos in alle Richtungen\", so Rauch. Denn an einem Tag lobt Bundeskanzler "
             "Faymann die Grünen, tags darauf attackiert Darabos die Grünen wegen ihrem Regierungswillen in Salzburg. \"Das "
             "Motto der SPÖ scheint zu lauten:",
             "Keine Linie ist auch eine Linie. Da fehlt klar ein roter Faden\", so der Generalsekretär, der feststellt, dass "
             "\"den Genossen wohl gerade klar wird, dass ausreichend Gegner für sie da sind. Der Darabos-Sager 'Uns gehen die "
             "Gegner aus' ist also längst korrigiert\", betont Rauch und abschließend: \"Ich kann Herrn Darabos beruhigen:",
             "Zumindest die eigenen Baustellen dürften der SPÖ-Zentrale noch einige Zeit lang nicht ausgehen. Ob es genug "
             "ist, die inhaltlichen Löcher mit Plakaten zu überdecken, darf zumindest zu diesem Zeitpunkt bezweifelt werden.\"")

add(id="ho665-ots-oevp-2013-05-24-rauch-darabos-panik",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20130524_OTS0207/rauch-zu-darabos-spoe-von-panik-getrieben",
    retrieved="same address (release of the ÖVP's federal party by its press service on the APA-OTS service, 24 May 2013 by "
              "its OTS number and its date line 'Wien, 24. Mai 2013 (ÖVP-PD)'; the sender is read from the dateline code "
              "'ÖVP-PD', the party's press service, as the stored copy ends with the OTS marker before any contact block "
              "(rule 4050); the crawl-date prefix ' date 2018-03' before the headline and the closing '****' dropped (rules "
              "63, 460); headline and subtitle lines of their own, the subtitle's en dash beside its hyphen kept (rule 20), "
              "the date line without a dash at the start of the body paragraph as stored (rule 3520); the copy sets three "
              "empty lines inside the body, one in the middle of a sentence of a quotation ('… zahlreichen Baustellen' / "
              "'fertig zu stellen, …') and two after a colon inside a quotation ('scheint zu lauten:' / 'Keine Linie …'; "
              "'beruhigen:' / 'Zumindest …'), none of them at a sentence's end outside marks: they are wraps, and the body is "
              "joined into one paragraph with one space at each (rules 3990, 4050); the published 'wegen ihrem "
              "Regierungswillen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RA_SUB, RA_P1],
    # the headline `Rauch zu Darabos: …` and the subtitle report without marks and carry no span (rule 5); the quotation before
    # `zeigt sich ÖVP-Generalsekretär Hannes Rauch zu den … Rundumschlägen von SPÖ-Zentralsekretär Darabos amüsiert` is
    # Rauch's, Darabos the topic (rules 12, 30); the quotations before `so Rauch` and `so der Generalsekretär`, a role naming
    # only him in the release, are his (rules 8, 30); the quotation opened in the `dass`-clause after `der feststellt,` and
    # closed by `betont Rauch` is his, the single marks around `Uns gehen die Gegner aus`, the `Darabos-Sager` he cites,
    # nested in his span and not annotated separately (rules 898, 999, NOTES.md nested quotes); the colon quotation after the
    # verbless `und abschließend:` is his (rule 9); Darabos, Bundeskanzler Faymann, the Grünen and the SPÖ-Zentrale say
    # nothing; `ÖVP-Generalsekretär` names the party and is no alias (rule 33), the bare `Generalsekretär` is (rule 44)
    quotes=[("\"Die SPÖ scheint von Panik getrieben\"", RAUCH),
            (cut(RA_P1, "\"Offenbar schwebt", "Richtungen\""), RAUCH),
            (cut(RA_P1, "\"Das Motto", "roter Faden\""), RAUCH),
            (cut(RA_P1, "\"den Genossen", "längst korrigiert\""), RAUCH),
            (cut(RA_P1, "\"Ich kann", "bezweifelt werden.\""), RAUCH)],
    aliases={RAUCH: ["Hannes Rauch", "Rauch", "Generalsekretär"]})

# --- APA-OTS, SPÖ Pressedienst, 6 March 2014: Norbert Darabos on Strache's speech in Ried ---

DA4_T = "Darabos zu Strache: Peinliche Biertisch-Kalauer können nicht vom blauen Hypo-Desaster ablenken"
DA4_P1 = ("Wien (OTS/SK) - \"Wie in einer Endlosschleife\" wiederholen sich Straches Auftritte in Ried Jahr für Jahr - \"mit "
          "dem einzigen Unterschied, dass die Peinlichkeitsgrenze jedes Jahr noch einmal weiter unterschritten wird\", so "
          "SPÖ-Bundesgeschäftsführer Norbert Darabos zum gestrigen Auftritt des FPÖ-Chefs. \"Die vom Blatt gelesenen billigen "
          "Gags aus der Feder Kickls können freilich nicht davon ablenken, wer die Verantwortung für das Hypo-Desaster - das "
          "größte Banken-Debakel der Zweiten Republik - trägt: Die FPÖ in Kärnten, die die Milliarden-Haftungen eingegangen "
          "ist, unter denen die ganze Republik heute noch leidet.\" Was von der FPÖ in Regierungsverantwortung geblieben ist, "
          "seien \"Finanzdesaster, Korruption, Gerichtsverfahren, Verurteilungen und rechtsextreme Ausfälle von "
          "FP-Funktionären - wer so viel am Kerbholz hat, sollte besser schweigen\", sagte Darabos heute, Donnerstag, "
          "gegenüber dem SPÖ-Pressedienst.")

add(id="ho665-ots-spoe-2014-03-06-darabos-strache-ried",
    title=DA4_T,
    url="https://www.ots.at/presseaussendung/OTS_20140306_OTS0066/darabos-zu-strache-peinliche-biertisch-kalauer-koennen-nicht-vom-blauen-hypo-desaster-ablenken",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 6 March 2014 by its OTS number, a "
              "Thursday ('heute, Donnerstag'), the day after the FPÖ's Ash Wednesday rally in Ried ('zum gestrigen "
              "Auftritt'); the sender is told by the dateline code 'OTS/SK', the cue's 'gegenüber dem SPÖ-Pressedienst', the "
              "contact block 'SPÖ-Bundesorganisation, Pressedienst, Löwelstraße 18, 1014 Wien' and the footer code NSK0005; "
              "the OTS marker and end mark with the editors' signs run onto the last paragraph ('**** (Schluss) ah/mb'), the "
              "contact block and the footer dropped (rules 48, 460, 4050); the headline is the title, the dateline 'Wien "
              "(OTS/SK) -' at the start of the single body paragraph as stored; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[DA4_P1],
    # the headline label `Darabos zu Strache:` stands before unmarked words and carries no span (rule 5); the two partial
    # quotations of the first sentence, the marked opening `"Wie in einer Endlosschleife"` and the marked clause after the
    # dash, are his, the sentence closed by `so SPÖ-Bundesgeschäftsführer Norbert Darabos zum gestrigen Auftritt des
    # FPÖ-Chefs` (rules 3, 30); the cue-less quotation after it is his (NOTES.md continuation); the partial quotation in the
    # Konjunktiv `seien "…"`, closed by `sagte Darabos heute, Donnerstag, gegenüber dem SPÖ-Pressedienst`, is his (rules 3,
    # 30); Strache, Kickl, the FPÖ and the FP-Funktionäre say nothing; `SPÖ-Bundesgeschäftsführer` names the party and is no
    # alias (rule 33)
    quotes=[("\"Wie in einer Endlosschleife\"", DARABOS),
            (cut(DA4_P1, "\"mit dem einzigen", "unterschritten wird\""), DARABOS),
            (cut(DA4_P1, "\"Die vom Blatt", "noch leidet.\""), DARABOS),
            (cut(DA4_P1, "\"Finanzdesaster", "besser schweigen\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos"]})
