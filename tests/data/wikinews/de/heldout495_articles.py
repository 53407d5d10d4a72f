# Four-hundred-and-ninety-fifth held-out German real-news set (tests/data/heldout495-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2680-2683). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-ninety-fifth held-out set": nine releases of Austrian federal
# ministries on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: three of the Foreign Ministry (Ursula Plassnik
# opening the Botschafterkonferenz before the EU presidency, September 2005; after the Ministerrat on Austria's foreign
# policy, August 2007; on the missing Austrians and the EU summit, March 2008), one of the Ministry of Economics and Labour
# (Martin Bartenstein on growth and the labour market, September 2006), one of the Ministry of Defence (Norbert Darabos at
# the EUFOR contingent's preparation for Chad, November 2007), one of the Ministry of Labour and Social Affairs (Rudolf
# Hundstorfer on the delayed Mindestsicherung, March 2009), one of the Ministry of Science and Research (Johannes Hahn at the
# third 'Lange Nacht der Forschung', November 2009), one of the Ministry of Transport (Doris Bures on a VCÖ study, November
# 2013) and one of the Ministry of Economics and Science (Reinhold Mitterlehner on the death of Josef Staribacher, January
# 2014). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), the wire furniture (crawl-date prefix, skip link, the OTS marker '****', end marks, contact blocks
# and footers) is dropped (rules 19, 48, 460, 2570, 2680), and each retrieval note names what was dropped.
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


PLASSNIK = "Ursula Plassnik"
BARTENSTEIN = "Martin Bartenstein"
DARABOS = "Norbert Darabos"
HUNDSTORFER = "Rudolf Hundstorfer"
HAHN = "Johannes Hahn"
BURES = "Doris Bures"
MITTERLEHNER = "Reinhold Mitterlehner"

PLASSNIK_ALIASES = ["Ursula Plassnik", "Außenministerin Ursula Plassnik", "Plassnik", "Außenministerin"]

# --- APA-OTS, Foreign Ministry, 5 September 2005: Plassnik opens the Botschafterkonferenz before the EU presidency ---

TC_T = "Plassnik: \"Teamcoach und Impulsgeber\""
TC_SUB = "Botschafterkonferenz 2005 im Zeichen der bevorstehenden österreichischen EU-Präsidentschaft"
TC_P1 = ("Wien (OTS) - \"Als Team und mit Mut und Zuversicht\" möchte Außenministerin Ursula Plassnik im nächsten Jahr den "
         "EU-Vorsitz führen. Dies sagte die Außenministerin anlässlich der Eröffnung der Botschafterkonferenz, die knapp 100 "
         "österreichische Amtsleiterinnen und Amtsleiter aus dem Ausland für 5 Tage in Wien versammelt.")
TC_P2 = ("\"Die Präsidentschaft wird von Österreich nicht nur in Wien und in Brüssel durchgeführt, sondern in insgesamt 86 "
         "Staaten und an 6 multilateralen Amtssitzen - unsere Gesamtleistung ist wichtig und unsere Arbeit wird danach "
         "beurteilt,\" so die Außenministerin. Den Vorsitz sieht Plassnik nicht als Anlass für Selbstdarstellungen, sondern als "
         "Dienstleistung an Europa und unseren Partnern in der Welt.")
TC_P3 = ("Während der EU-Präsidentschaft werden die österreichischen Botschaften weltweit die zentralen "
         "Informationsvermittler für alle EU-Angelegenheiten sein ebenso wie EU-Krisenmanager in Notfällen. \"Auch wenn jede "
         "Katastrophe anders in Erscheinung tritt und mit unterschiedlichen Mitteln bekämpft werden muss, müssen wir alle im "
         "Vorfeld mögliche Szenarien durchgehen, um im Katastrophenfall optimal und ohne Zeitverlust reagieren zu können,\" so "
         "Plassnik.")
TC_P4 = ("Plassnik möchte als Leitmotiv für den österreichischen EU-Vorsitz das Vertrauen der Bürgerinnen und Bürger "
         "wiedergewinnen. \"Wir erleben eine Vertrauenskrise in Europa. Unser vorrangiges Ziel ist es daher, das Vertrauen der "
         "Bürger in die Europäische Union wieder zu stärken. Dafür genügen nicht mehr und bessere Informationen. Das muss in "
         "unserer Art des europäischen Politikmachens wieder zunehmend konkret sichtbar und nachvollziehbar werden,\" so "
         "Plassnik. Unter dem Arbeitsmotto \"Europe 4 people - people 4 Europe\" soll Österreich als Impulsgeber wirken, der "
         "auch signalisiert, dass Europa sehr wohl auf die Sorgen und Anliegen seiner Bürger hört.")

add(id="ho495-ots-bmaa-2005-09-05-plassnik-teamcoach-impulsgeber",
    title=TC_T,
    url="https://www.ots.at/presseaussendung/OTS_20050905_OTS0180/plassnik-teamcoach-und-impulsgeber",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 5 September 2005 by its OTS number; "
              "headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of "
              "the first paragraph; the fifth paragraph 'Neben sc…', cut off in the stored copy, dropped (rule 15); the "
              "stored copy ends before the contact block, so the sender is inferred from the release's own voice, which "
              "reports the foreign minister opening her ministry's conference of heads of mission under the plain dateline "
              "(rule 2680); the published commas inside the closing marks ('beurteilt,\"', 'können,\"', 'werden,\"') and "
              "'sein ebenso wie' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[TC_SUB, TC_P1, TC_P2, TC_P3, TC_P4],
    # the headline label `Plassnik: "…"` is hers (rules 54, 107); the marked phrase fronted in the sentence whose subject she
    # is, confirmed as speech by `Dies sagte die Außenministerin`, is hers (rule 2682); `so die Außenministerin` and `so
    # Plassnik` close her three quotations (rule 30); the working motto in marks is null (rules 2, 24, 110)
    quotes=[("\"Teamcoach und Impulsgeber\"", PLASSNIK),
            ("\"Als Team und mit Mut und Zuversicht\"", PLASSNIK),
            (cut(TC_P2, "\"Die Präsidentschaft", "beurteilt,\""), PLASSNIK),
            (cut(TC_P3, "\"Auch wenn", "können,\""), PLASSNIK),
            (cut(TC_P4, "\"Wir erleben", "werden,\""), PLASSNIK),
            ("\"Europe 4 people - people 4 Europe\"", None)],
    aliases={PLASSNIK: PLASSNIK_ALIASES})

# --- APA-OTS, BMWA, 7 September 2006: Bartenstein on growth and the labour market after the Commission's interim forecast ---

WB_T = "Bartenstein: Österreichs Wirtschaft läuft prächtig"
WB_SUB = "Europa hat die USA im zweiten Quartal beim Wachstum überholt"
WB_P1 = ("Wien (BMWA-OTS) - \"Die Wirtschaft wächst, die Zahl der Arbeitslosen sinkt deutlich. Die derzeitig Entwicklung in "
         "Österreich, aber auch in ganz Europa, stimmt zuversichtlich\", sagte Wirtschaftsminister Martin Bartenstein heute "
         "angesichts der gestern veröffentlichten Zwischenprognose der EU Kommission, die erfreulicherweise die "
         "Wachstumsprognose für Europa nach oben korrigiert habe.")
WB_P2 = ("In Österreich, so Bartenstein, sei heuer sogar ein Wachstum von drei Prozent in Sicht, was für einen merklichen "
         "Aufschwung im Land sorgen werde. Besonders bemerkenswert sei auch, dass Europa im 2. Quartal dieses Jahres die USA in "
         "punkto Wachstum überholt habe.")
WB_P3 = ("Seit April, so Bartenstein weiter, sei die Trendwende am Arbeitsmarkt spürbar, im August sei die Zahl der "
         "Arbeitslosen um 8,4 % gesunken, ein Jobrekord jage den nächsten.")
WB_P4 = ("Die Regierung habe auch einen guten Rahmen für Jugendbeschäftigung geschaffen. Daher könne man jedem "
         "arbeitswilligen jungen Menschen heute sagen, dass er eine Lehrstelle oder einen Lehrgangsplatz bekommt. Es sei aber "
         "auch eine Verpflichtung, jenen jungen Menschen, die keinen Hauptschulabschluss haben, eine zweite, dritte oder vierte "
         "Chance zu geben, wie das im Rahmen der Qualifizierungsoffensive mit einem Volumen von 285 Millionen Euro gemacht "
         "werde.")
WB_P5 = ("\"Wir wollen für Österreich das Ziel der Vollbeschäftigung erreichen\", so Bartenstein weiter: \"Wir haben seit 2000 "
         "die Rahmenbedingungen optimiert.\" Das Nulldefizit sei die Basis für die Entlastung durch die Steuerreform gewesen. "
         "Das Pensionssystem sei reformiert und nachhaltig saniert. Im September werde der zweimillionste Arbeitnehmer ins "
         "System der betrieblichen Vorsorge aufgenommen.")

add(id="ho495-ots-bmwa-2006-09-07-bartenstein-wirtschaft-laeuft-praechtig",
    title=WB_T,
    url="https://www.ots.at/presseaussendung/OTS_20060907_OTS0169/bartenstein-oesterreichs-wirtschaft-laeuft-praechtig",
    retrieved="same address (release of the Federal Ministry of Economics and Labour on the APA-OTS service, 7 September 2006 "
              "by its OTS number; the ministry's own dateline 'Wien (BMWA-OTS) -' kept at the start of the first paragraph; "
              "headline and subtitle kept as lines of their own as stored; the hard line break after 'die Zahl der' joined "
              "with a space (rules 48, 2680); the sixth paragraph 'Im Bereich Forschung und Entwicklung … Trotzdem sei die "
              "Sozialquote in Österreich um eine', cut off in the stored copy, dropped with the rest (rule 15); the "
              "published 'Die derzeitig Entwicklung', 'EU Kommission' and 'in punkto' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[WB_SUB, WB_P1, WB_P2, WB_P3, WB_P4, WB_P5],
    # `"…", sagte Wirtschaftsminister Martin Bartenstein` (rule 44) and `"…", so Bartenstein weiter: "…"`, the colon after the
    # cue opening his next quotation (rules 9, 30); the Konjunktiv report between and after them, with its inserted `so
    # Bartenstein (weiter)`, carries no marks and no span (rule 5); the European Commission says nothing in marks
    quotes=[(cut(WB_P1, "\"Die Wirtschaft", "zuversichtlich\""), BARTENSTEIN),
            (cut(WB_P5, "\"Wir wollen", "erreichen\""), BARTENSTEIN),
            (cut(WB_P5, "\"Wir haben", "optimiert.\""), BARTENSTEIN)],
    aliases={BARTENSTEIN: ["Martin Bartenstein", "Bartenstein", "Wirtschaftsminister Martin Bartenstein",
                           "Wirtschaftsminister"]})

# --- APA-OTS, Foreign Ministry, 29 August 2007: Plassnik after the Ministerrat on the principles of foreign policy ---

BS_T = "Plassnik: \"Österreich ist nicht der 51. Bundesstaat der USA, aber auch nicht eine Filiale Russlands\""
BS_P1 = ("Wien (OTS) - \"Österreich ist nicht der 51. Bundesstaat der USA, aber auch nicht eine Filiale Russlands\", stellte "
         "Außenministerin Ursula Plassnik nach dem heutigen Ministerrat, der eine intensive Diskussion über die Grundsätze der "
         "österreichischen Außen- und Sicherheitspolitik führte, klar. Diese Klarstellung sei - so Plassnik - angesichts "
         "begeisterter Medienreaktionen in Russland auf jüngste Äußerungen in Österreich zu dem in zwei EU-Mitgliedstaaten "
         "geplanten US-Raketenabwehrschild erfolgt und nicht eine Kritik am Verteidigungsminister. \"Die Diskussion im "
         "Ministerrat hat deutlich gezeigt, dass in diesem Punkt volle Übereinstimmung in der Bundesregierung herrscht. Die "
         "österreichische Außenpolitik hat ein eigenständiges und selbstbestimmtes Profil und verfolgt eine klare eigene "
         "Linie. Das werde ich auch in Zukunft so halten\", so die Außenministerin, die fortfuhr: \"Ich habe dafür plädiert, "
         "die österreichische Außen- und Sicherheitspolitik mit Umsicht und Ernsthaftigkeit aus parteipolitischen "
         "Konfliktzonen herauszuhalten. Unsere Partner in Europa und in der Welt erwarten Klarheit und Verlässlichkeit.\"")
BS_P2 = ("Plassnik sprach im Ministerrat auch die Wahlen in der Türkei und die österreichischen Hilfeleistungen für "
         "Griechenland an. \"Nach den verheerenden Bränden müssen wir alles tun und nichts unterlassen, um unseren Freunden in "
         "Griechenland zu helfen.\" Die Außenministerin sah auch ihre klare Linie zu den EU-Verhandlungen mit der Türkei "
         "bestätigt: \"Österreich wird seine verantwortungsvolle und umsichtige Politik zum künftigen Verhältnis EU-Türkei "
         "fortsetzen. Wir werden auch weiterhin ein fairer Partner der Türkei sein. Unsere Präferenz gilt - wie im "
         "Regierungsabkommen festgehalten - einer maßgeschneiderten europäisch-türkischen Gemeinschaft. Aber wir werden die "
         "Tür nicht zuschlagen. Es gibt keine Automatik.\"")

BS_Q = "\"Österreich ist nicht der 51. Bundesstaat der USA, aber auch nicht eine Filiale Russlands\""

add(id="ho495-ots-bmeia-2007-08-29-plassnik-51-bundesstaat",
    title=BS_T,
    url="https://www.ots.at/presseaussendung/OTS_20070829_OTS0245/plassnik-oesterreich-ist-nicht-der-51-bundesstaat-der-usa-aber-auch-nicht-eine-filiale-russlands",
    retrieved="same address (release of the Federal Ministry for European and International Affairs on the APA-OTS service, "
              "29 August 2007 by its OTS number; the headline kept as the title; the dateline 'Wien (OTS) -' kept at the "
              "start of the first paragraph; the contact block, of which the stored copy holds only 'Rückfragen & Kontakt: "
              "Außen', dropped (rules 48, 2680); the sender inferred from that cut-off contact line and the release's own "
              "voice, which reports the foreign minister after the Ministerrat under the plain dateline (rule 2680))",
    license=APA_OTS_POLITICS,
    paras=[BS_P1, BS_P2],
    # the headline label repeats the lead quotation word for word: two spans by occurrence index, both hers (rules 54, 107);
    # `stellte Außenministerin Ursula Plassnik … klar` (rule 44); the Konjunktiv sentence with the inserted `- so Plassnik -`
    # has no marks (rule 5); `so die Außenministerin, die fortfuhr: "…"` gives her both quotations around it (rule 2683); the
    # cue-less quotation after `Plassnik sprach im Ministerrat auch … an.` continues her (NOTES.md continuation), and the
    # colon quotation after `Die Außenministerin sah auch ihre klare Linie … bestätigt:` is hers (rule 9); the unnamed
    # `Verteidigungsminister` says nothing
    quotes=[(BS_Q, PLASSNIK, 0),
            (BS_Q, PLASSNIK, 1),
            (cut(BS_P1, "\"Die Diskussion", "halten\""), PLASSNIK),
            (cut(BS_P1, "\"Ich habe", "Verlässlichkeit.\""), PLASSNIK),
            (cut(BS_P2, "\"Nach den", "helfen.\""), PLASSNIK),
            (cut(BS_P2, "\"Österreich wird", "Automatik.\""), PLASSNIK)],
    aliases={PLASSNIK: PLASSNIK_ALIASES})

# --- APA-OTS, BMLV, 23 November 2007: Darabos visits the EUFOR contingent preparing for Chad in Götzendorf ---

TS_T = "Darabos beeindruckt von guter Vorbereitung"
TS_SUB = "Österreichisches Bundesheer präsentiert sich hoch professionell"
TS_P1 = ("Wien (BMLV) - Heute, 23. November 2007, besuchte Verteidigungsminister Norbert Darabos das Zentrum "
         "Einsatzvorbereitung in der Wallenstein-Kaserne in Götzendorf. Dort bereitet sich das österreichische "
         "EUFOR-Kontingent auf die humanitäre Mission im Tschad vor.")
TS_P2 = ("In mehreren Stationen wurden verschiedene Ausbildungsinhalte präsentiert, wie beispielsweise das Verhalten im "
         "ungeklärten Gelände, Präsentation der Mannesausrüstung, Darstellung von Patrouillentätigkeit oder Einweisung in die "
         "Einsatzbefugnisse und Verhaltensregeln. Verteidigungsminister Darabos zeigte sich begeistert von der guten "
         "Vorbereitung: \"Wir sind gut ausgerüstet und vorbereitet und wir werden das auch unter Beweis stellen.\"")
TS_P3 = ("Danach erteilte Darabos den Auftrag zur Mission an den Kontingentskommandanten Oberst Heinz Assmann. Dieser "
         "versicherte, den humanitären Einsatz zum Schutz der Flüchtlinge kompetent und hoch professionell durchzuführen.")
TS_P4 = ("Um rund um die Flüchtlingscamps im Tschad für Schutz und Hilfe zu sorgen, beteiligt sich Österreich an der "
         "humanitären EUFOR-Mission mit 160 Soldatinnen und Soldaten aus folgenden Bundesländern:")
TS_P5 = ("Niederösterreich (77), Steiermark (47), Kärnten (22), Wien und Oberösterreich (je 17), Salzburg (14), Burgenland "
         "(8) und Tirol (7). Wie hoch motiviert die österreichischen Soldaten zu humanitärer Hilfe im Ausland bereit sind, "
         "erkenne man - laut Generalleutnant Günter Höfler, Kommandant der Streitkräfte - an den fast 600 "
         "Freiwilligenmeldungen zum Einsatz im Tschad.")

add(id="ho495-ots-bmlv-2007-11-23-darabos-tschad-vorbereitung",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20071123_OTS0309/darabos-beeindruckt-von-guter-vorbereitung",
    retrieved="same address (release of the Federal Ministry of Defence on the APA-OTS service, 23 November 2007 by its OTS "
              "number; the skip link 'Zum Inhalt springen' before the headline dropped (rule 2680); headline and subtitle "
              "kept as lines of their own as stored; the ministry's dateline 'Wien (BMLV) -' kept at the start of the first "
              "paragraph; the list of Länder that the stored copy sets on the line after its introducing colon kept as a line "
              "of its own, with the sentence that follows it on that line (rules 13, 2680); the contact block 'Rückfragen & "
              "Kontakt: Bundesministerium für Landesverteidigung … Pressesprecher des Verteidigungsministers …' and the "
              "footer with the sender code 'NLA' dropped (rules 48, 2680); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2, TS_P3, TS_P4, TS_P5],
    # the colon quotation after `Verteidigungsminister Darabos zeigte sich begeistert von der guten Vorbereitung:` is his
    # (rule 9); the contingent commander's `versicherte` and the army commander's `laut …` report them without marks (rule
    # 5), so Heinz Assmann and Günter Höfler say nothing in marks
    quotes=[(cut(TS_P2, "\"Wir sind", "stellen.\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos", "Verteidigungsminister Norbert Darabos", "Verteidigungsminister Darabos",
                       "Verteidigungsminister"]})

# --- APA-OTS, Foreign Ministry, 13 March 2008: Plassnik on the missing Austrians and the themes of the EU summit ---

AG_T = "Plassnik: \"Bemühen uns so, als ob es unsere Angehörigen wären\""
AG_SUB = "Außenministerin zu vermissten Österreichern und Themen des EU-Gipfels"
AG_P1 = ("Wien (OTS) - \"Wir in der Bundesregierung setzen uns so ein, als ob es unsere eigenen Angehörigen wären\", schilderte "
         "Außenministerin Ursula Plassnik heute die Bemühungen um die beiden in Tunesien vermissten Salzburger, Mag. Wolfgang "
         "Ebner und Andrea Kloiber, und um den im Irak verschleppten Oberösterreicher Bert Nussbaumer. Plassnik verwies auf die "
         "Arbeit des rund um die Uhr tätigen Krisenstabs der Fachleute von Außen-, Innen- und Verteidigungsministerium. Die "
         "Außenministerin richtete dann einen eindringlichen Appell an die Medien: \"Ich bitte Sie, im Interesse der Vermissten "
         "und deren Familien Ihre Arbeit mit Ernsthaftigkeit und ohne Sensationslust zu tun.\"")
AG_P2 = ("In den weiteren Ausführungen mit Blick auf den heute Abend in Brüssel beginnenden Europäischen Rat sprach Plassnik "
         "von der \"nun beginnenden Phase der Umsetzung ambitionierter EU-Klimaziele\". Plassnik: \"Die Europäische Union muss "
         "Marktführer für vorausschauende Klima- und Energiepolitik bleiben. Jetzt geht es darum, die verschiedenen Bausteine "
         "zu einer soliden Architektur für Klimaschutz nach 2012 zu verdichten.\" Die Außenministerin ging auf das von Javier "
         "Solana und Benita Ferrero-Waldner für die Europäische Kommission verfasste Grundsatzpapier zu sicherheitspolitischen "
         "Aspekten des Klimawandels ein. Plassnik: \"Es ist ein Papier zur Bewusstseinsbildung. Es geht um unterschiedliche "
         "regionale Veränderungen mit Auswirkungen auf die Lebensgrundlagen der Menschen. Eine Folge könnte ein für uns noch "
         "stärker spürbarer Migrationsdruck sein.\"")

add(id="ho495-ots-bmeia-2008-03-13-plassnik-vermisste-eu-gipfel",
    title=AG_T,
    url="https://www.ots.at/presseaussendung/OTS_20080313_OTS0151/plassnik-bemuehen-uns-so-als-ob-es-unsere-angehoerigen-waeren",
    retrieved="same address (release of the Federal Ministry for European and International Affairs on the APA-OTS service, "
              "13 March 2008 by its OTS number; headline and subtitle kept as lines of their own as stored; the dateline "
              "'Wien (OTS) -' kept at the start of the first paragraph; the third paragraph 'Zum Thema Mittelmeer-Union "
              "erklärte Plassnik, dass … \"in die richtige Richtung geht\". Die Außenministerin: \"Der Barcelona-Prozess bleibt "
              "… Es kann nur eine Mittelmeerpolitik aller 27 Mitglieder der Europäischen Gem', cut off in the stored copy, "
              "dropped with its quotations (rule 15); the stored copy ends there, before the contact block, so the sender is "
              "inferred from the release's own voice, which reports the foreign minister and the ministry's crisis team under "
              "the plain dateline (rule 2680))",
    license=APA_OTS_POLITICS,
    paras=[AG_SUB, AG_P1, AG_P2],
    # the headline label `Plassnik: "…"` condenses her lead quotation and is hers (rules 54, 107); `"…", schilderte
    # Außenministerin Ursula Plassnik` (rule 44); the colon quotation after `richtete … einen eindringlichen Appell an die
    # Medien:` is hers, the media the addressee (rules 9, 12); the noun phrase in marks after `sprach Plassnik von der` is her
    # wording (rules 3, 25); the two quotations after the label `Plassnik:` in the body are hers (rule 9); the missing
    # Austrians, Javier Solana and Benita Ferrero-Waldner say nothing
    quotes=[("\"Bemühen uns so, als ob es unsere Angehörigen wären\"", PLASSNIK),
            (cut(AG_P1, "\"Wir in der", "wären\""), PLASSNIK),
            (cut(AG_P1, "\"Ich bitte", "tun.\""), PLASSNIK),
            ("\"nun beginnenden Phase der Umsetzung ambitionierter EU-Klimaziele\"", PLASSNIK),
            (cut(AG_P2, "\"Die Europäische", "verdichten.\""), PLASSNIK),
            (cut(AG_P2, "\"Es ist ein", "sein.\""), PLASSNIK)],
    aliases={PLASSNIK: PLASSNIK_ALIASES})

# --- APA-OTS, BMASK, 11 March 2009: Hundstorfer on the delay of the Mindestsicherung ---

MS_T = "Hundstorfer zu Mindestsicherung: Lassen die Armen nicht im Stich - Umsetzung nur verzögert"
MS_P1 = ("Wien (BMASK) - \"Wir werden die armen Menschen in Österreich nicht im Stich lassen\", unterstrich Sozialminister "
         "Rudolf Hundstorfer in einer Aussendung. Es werde mit Hochdruck an der Umsetzung der Mindestsicherung gearbeitet. "
         "\"Der zeitliche Aufwand für die praktische Umsetzung wurde unterschätzt, daher wird sich die Einführung der "
         "Mindestsicherung etwas verzögern - sie wird aber im Jahr 2010 erfolgen\", so Hundstorfer.")
MS_P2 = ("\"Die Zahlenspielereien, die jetzt kursieren und von einer Million Betroffenen sprechen, bringen der Sache "
         "überhaupt nichts. Es sind nicht eine Million Menschen, sondern maximal 270.000, die von der bedarfsorientierten "
         "Mindestsicherung von Bundes- und Landesseite profitieren werden. Es macht keinen Sinn, jetzt eine Panikstimmung zu "
         "verbreiten. Wir werden diese sozialpolitisch enorm wichtige Maßnahme so rasch wie möglich umsetzen\", schloss der "
         "Sozialminister.")

add(id="ho495-ots-bmask-2009-03-11-hundstorfer-mindestsicherung",
    title=MS_T,
    url="https://www.ots.at/presseaussendung/OTS_20090311_OTS0241/hundstorfer-zu-mindestsicherung-lassen-die-armen-nicht-im-stich-umsetzung-nur-verzoegert",
    retrieved="same address (release of the Federal Ministry of Labour, Social Affairs and Consumer Protection on the APA-OTS "
              "service, 11 March 2009 by its OTS number; the headline kept as the title; the ministry's dateline 'Wien "
              "(BMASK) -' kept at the start of the first paragraph; the OTS marker '****' at the end of the first paragraph "
              "and the end mark '(Schluss)' at the end of the second dropped (rules 48, 460, 2680); the contact block "
              "'Rückfragen & Kontakt: Bundesministerium für Arbeit, Soziales und Konsumentenschutz (BMASK) … Pressesprecher "
              "des Sozialministers …', the service line and the footer with the sender code 'NSO0002' dropped (rules 48, "
              "2680); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[MS_P1, MS_P2],
    # `unterstrich Sozialminister Rudolf Hundstorfer in einer Aussendung` (rule 44), `so Hundstorfer` and `schloss der
    # Sozialminister` (rule 30) close his three quotations; the Konjunktiv sentence between the first two and the unmarked
    # headline carry no span (rule 5)
    quotes=[(cut(MS_P1, "\"Wir werden", "lassen\""), HUNDSTORFER),
            (cut(MS_P1, "\"Der zeitliche", "erfolgen\""), HUNDSTORFER),
            (cut(MS_P2, "\"Die Zahlenspielereien", "umsetzen\""), HUNDSTORFER)],
    aliases={HUNDSTORFER: ["Rudolf Hundstorfer", "Hundstorfer", "Sozialminister Rudolf Hundstorfer", "Sozialminister"]})

# --- APA-OTS, BMWF, 8 November 2009: Hahn at the third 'Lange Nacht der Forschung' ---

LN_T = "Johannes Hahn bei der dritten \"Langen Nacht der Forschung\""
LN_SUB = "Österreichweit tausende Neugierige unterwegs - 366.000 Besuche verzeichnet"
LN_P1 = ("Wien (OTS) - \"Die 'Lange Nacht der Forschung' ist eine wichtige Bühne für Forscherinnen und Forscher, ihre Arbeit "
         "und ihr Engagement einem breiten Publikum bekannt zu machen\", so Wissenschafts- und Forschungsminister Johannes "
         "Hahn. Er eröffnete gestern Abend in der Österreichischen Akademie der Wissenschaften die dritte \"Lange Nacht der "
         "Forschung\", die vom Bundesministerium für Wissenschaft und Forschung (BMWF) mitinitiiert und -finanziert wird. Der "
         "Minister freute sich über das große Interesse, österreichweit wurden vergangene Nacht 366.000 Besuche verzeichnet.")
LN_P2 = ("\"Die Universitäten und Fachhochschulen sind ein wichtiger und unverzichtbarer Bestandteil der 'Langen Nacht der "
         "Forschung'\", so Minister Hahn. Die Universitäten beteiligen sich mit 216 Stationen, 88 Stationen werden von den "
         "Fachhochschulen veranstaltet. \"Forschung ist Fortschritt und wir alle sind tagtäglich mit den Ergebnissen der "
         "Forscherinnen und Forscher konfrontiert - sei es eine innovative Software, ein neues Medikament oder eine "
         "umweltschonende Energiesparlampe. Sie alle haben denselben Ursprung: ein Labor mit engagierten Forscherinnen und "
         "Forschern\", so der Minister.")

add(id="ho495-ots-bmwf-2009-11-08-hahn-lange-nacht-der-forschung",
    title=LN_T,
    url="https://www.ots.at/presseaussendung/OTS_20091108_OTS0041/johannes-hahn-bei-der-dritten-langen-nacht-der-forschung-bild",
    retrieved="same address (release of the Federal Ministry of Science and Research on the APA-OTS service, 8 November 2009 "
              "by its OTS number; headline and subtitle kept as lines of their own as stored, the slug ending '-bild' adding "
              "nothing to the headline (rule 2570); the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the "
              "contact block 'Rückfragen & Kontakt: Bundesministerium für Wissenschaft und Forschung … Pressebüro …', the "
              "service line and the footer with the sender code 'MWF0001' dropped (rules 48, 2680); complete in the stored "
              "copy)",
    license=APA_OTS_POLITICS,
    paras=[LN_SUB, LN_P1, LN_P2],
    # the event's name in marks, inflected in the headline and in the nominative in the lead, is null (rules 2, 24); the same
    # name in ASCII single marks inside his two quotations stays inside his spans (rule 110); `so Wissenschafts- und
    # Forschungsminister Johannes Hahn`, `so Minister Hahn` and `so der Minister` close his three quotations (rules 30, 44)
    quotes=[("\"Langen Nacht der Forschung\"", None),
            (cut(LN_P1, "\"Die 'Lange", "machen\""), HAHN),
            ("\"Lange Nacht der Forschung\"", None),
            (cut(LN_P2, "\"Die Universitäten", "Forschung'\""), HAHN),
            (cut(LN_P2, "\"Forschung ist", "Forschern\""), HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Hahn", "Wissenschafts- und Forschungsminister Johannes Hahn", "Minister Hahn",
                    "Minister"]})

# --- APA-OTS, BMVIT, 6 November 2013: Bures on a VCÖ study on environment-friendly mobility and jobs ---

VC_T = "Bures: VCÖ-Studie bestätigt Kurs der österreichischen Verkehrspolitik"
VC_SUB = ("Investitionen in umweltfreundliche Mobilität sind wichtiger Beschäftigungsmotor Investitionen in "
          "umweltfreundliche Mobilität sind wichtiger Beschäftigungsmotor")
VC_P1 = ("Wien (OTS/BMVIT) - \"Einmal mehr zeigt sich: Umweltfreundliche Mobilität ist ein zentraler Wirtschafts- und "
         "Beschäftigungsmotor für Österreich. Es zahlt sich also auf mehreren Ebe-nen aus, dass wir unsere Infrastruktur in "
         "Schuss halten und insbesondere den Ausbau des öffentlichen Verkehrs gezielt vorantreiben. Damit schaffen wir das "
         "Mobilitätssystem der Zu-kunft, sichern Arbeitsplätze und sind vor allem für viele kleinere und mittlere Unternehmen "
         "ein wichtiger Partner\", reagiert Verkehrsministerin Doris Bures auf die heute vorgestellte neue VCÖ-Publikation. "
         "\"Mit dem Gesamtverkehrsplan für Österreich und den ambitionierten Ausbauplänen für die Schiene sind die Weichen für "
         "ein modernes, umweltfreundliches und leistungsfähiges Mobilitätssystem der Zukunft gestellt\", so Bures. Darüber "
         "hinaus ziele der Gesamtverkehrsplan auf die intelligente Verknüpfung von Verkehrsmitteln und den Einsatz modernster "
         "Verkehrstechnologien, um das österreichische Verkehrssystem sozialer, sicherer, umweltfreundlicher und effizienter "
         "zu gestalten\", so Verkehrsministerin Bures.")

add(id="ho495-ots-bmvit-2013-11-06-bures-vcoe-studie",
    title=VC_T,
    url="https://www.ots.at/presseaussendung/OTS_20131106_OTS0078/bures-vcoe-studie-bestaetigt-kurs-der-oesterreichischen-verkehrspolitik",
    retrieved="same address (release of the Federal Ministry of Transport, Innovation and Technology on the APA-OTS service, "
              "6 November 2013 by its OTS number; the crawl-date prefix ' date 2018-03' before the headline dropped (rules "
              "63, 2680); headline and subtitle kept as lines of their own as stored, the subtitle with its wording printed "
              "twice on one line as stored (rules 20, 2680); the ministry's dateline 'Wien (OTS/BMVIT) -' kept at the start "
              "of the first paragraph; the end mark '(Schluss)' at the end of the paragraph and the contact block "
              "'Rückfragen & Kontakt: Bundesministerium für Verkehr, Innovation und Technologie … Pressesprecherin …' "
              "dropped (rules 48, 2680); the published word breaks 'Ebe-nen' and 'Zu-kunft' and the closing mark without an "
              "opening mark after 'gestalten' kept (rules 20, 2681))",
    license=APA_OTS_POLITICS,
    paras=[VC_SUB, VC_P1],
    # `"…", reagiert Verkehrsministerin Doris Bures auf …` (rule 44) and `"…", so Bures` (rule 30) are hers; the closing mark
    # after the Konjunktiv sentence that follows, with no opening mark, is a stray mark: minimal span, hers by the `so
    # Verkehrsministerin Bures` after it (rule 2681); the VCÖ, whose publication she answers, says nothing
    quotes=[(cut(VC_P1, "\"Einmal mehr", "Partner\""), BURES),
            (cut(VC_P1, "\"Mit dem", "gestellt\""), BURES),
            ("gestalten\"", BURES)],
    aliases={BURES: ["Doris Bures", "Bures", "Verkehrsministerin Doris Bures", "Verkehrsministerin Bures",
                     "Verkehrsministerin"]})

# --- APA-OTS, BMWFJ-BMWF, 5 January 2014: Mitterlehner on the death of the former trade minister Josef Staribacher ---

ST_T = "Bundesminister Mitterlehner zum Ableben von Josef Staribacher"
ST_SUB = "Langjähriger früherer Handelsminister hat zur Weiterentwicklung des Standorts Österreich beigetragen"
ST_P1 = ("Wien (OTS/BMWFJ-BMWF) - \"Mit Josef Staribacher verliert unser Land eine Persönlichkeit, die insbesondere als "
         "langjähriger Handelsminister zur Weiterentwicklung des Standorts Österreich beigetragen hat. Seine konziliante und "
         "sachliche Art haben ihm dabei über die Parteigrenzen hinweg Respekt eingebracht\", sagt Wirtschafts-und "
         "Wissenschaftsminister Reinhold Mitterlehner anlässlich des heute bekannt gewordenen Ablebens des ehemaligen "
         "Handelsministers. \"Besonderes Augenmerk legte Staribacher unter anderem auf die Förderung von Klein- und "
         "Mittelbetrieben sowie auf die Positionierung Österreichs als vielfältiges Tourismusland, indem er zum Beispiel den "
         "Slogan 'Wanderbares Österreich' prägte. Für seinen Einsatz für die Republik gebühren Josef Staribacher Respekt und "
         "Anerkennung\", betont Mitterlehner.")

add(id="ho495-ots-bmwfj-2014-01-05-mitterlehner-staribacher",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20140105_OTS0020/bundesminister-mitterlehner-zum-ableben-von-josef-staribacher",
    retrieved="same address (release of the Federal Ministry of Economy, Family and Youth, then joined with the science "
              "ministry, on the APA-OTS service, 5 January 2014 by its OTS number; headline and subtitle kept as lines of "
              "their own as stored; the dateline 'Wien (OTS/BMWFJ-BMWF) -' kept at the start of the paragraph; the contact "
              "block 'Rückfragen & Kontakt: Wirtschafts- und Wissenschaftsministerium … Stv. Pressesprecher des "
              "Bundesministers …', the service line and the footer with the sender code 'MWA0001' dropped (rules 48, 2680); "
              "the published 'Wirtschafts-und Wissenschaftsminister' and 'Art haben' kept (rule 20); complete in the stored "
              "copy)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1],
    # `sagt Wirtschafts-und Wissenschaftsminister Reinhold Mitterlehner` and `betont Mitterlehner` close his two quotations
    # (rule 44); the slogan that Staribacher coined, in ASCII single marks inside the second, stays inside Mitterlehner's span
    # (rules 47, 110); the deceased says nothing, and the unmarked headline carries no span (rule 5)
    quotes=[(cut(ST_P1, "\"Mit Josef", "eingebracht\""), MITTERLEHNER),
            (cut(ST_P1, "\"Besonderes", "Anerkennung\""), MITTERLEHNER)],
    aliases={MITTERLEHNER: ["Reinhold Mitterlehner", "Mitterlehner", "Bundesminister Mitterlehner",
                            "Wirtschafts-und Wissenschaftsminister Reinhold Mitterlehner",
                            "Wirtschafts-und Wissenschaftsminister"]})
