# Six-hundred-and-thirteenth held-out German real-news set (tests/data/heldout613-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3670-3672). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-thirteenth held-out set": eight press releases of Austrian unions, a
# chamber, a charity and a church, distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_SENDERS):
# the Gewerkschaft vida of the ÖGB (Roman Hebenstreit on Spindelegger's resignation and the ÖVP's railway policy, August 2014),
# the Wirtschaftskammer Wien (Walter Ruck congratulating Harald Mahrer, May 2018, sender inferred), the Gewerkschaft GPA-djp of
# the ÖGB (Anita Palkovich and Martin Müllauer after the first round of the commerce wage talks, October 2019, sender inferred;
# Franz-Georg Brantner and Manfred Wolf after the second round of 2013, sender inferred), the Österreichisches Rotes Kreuz
# (its spokesman Bernhard Jany on the earthquake in El Salvador, January 2001; its president Gerald Schöpfer on the volunteers
# in the Corona crisis, April 2020, sender inferred), the Gewerkschaft Bau-Holz of the ÖGB (Josef Muchitsch on heat-free days
# for building workers, August 2012, sender from the release's own code) and the Evangelische Kirche in Österreich through its
# press service epdÖ (Bishop Michael Bünker on the attack in Berlin, December 2016). Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture
# (date prefixes, the OTS marker `++++`, the old footer between asterisks, a photo line, contact blocks and footers) is dropped
# (rules 48, 460, 2530, 3100, 3430, 3670), and each retrieval note names what was dropped.
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


HEBENSTREIT = "Roman Hebenstreit"
RUCK = "Walter Ruck"
PALKOVICH = "Anita Palkovich"
MUELLAUER = "Martin Müllauer"
JANY = "Bernhard Jany"
SCHOEPFER = "Gerald Schöpfer"
MUCHITSCH = "Josef Muchitsch"
BUENKER = "Bünker"
BRANTNER = "Franz-Georg Brantner"
WOLF = "Manfred Wolf"

# --- APA-OTS, Gewerkschaft vida (ÖGB), 26 August 2014: Roman Hebenstreit on Spindelegger's resignation ---

VI_T = "Spindelegger-Rücktritt: Gewerkschaft erwartet sich bei Bahnpolitik ÖVP-Kursänderung"
VI_SUB = ("vida-Hebenstreit: \"ÖVP-Rücktritt zeigt auch, dass ständiges Hinhauen auf ÖBB und EisenbahnerInnen kein "
          "politisches Erfolgsmodell ist")
VI_P1 = ("Wien (OTS/ÖGB) - Angesichts des bevorstehenden Wechsels an der Parteispitze und in der Bundesregierung erwartet sich "
         "die Gewerkschaft vida von der ÖVP eine Kursänderung bezüglich ihrer Bahnpolitik: \" Ein ständiges und unsachliches "
         "Hinhauen auf die ÖBB und ihre Beschäftigten bringt weder politische Erfolge noch dient es den ÖBB und ihren "
         "KundInnen. Das hat die ÖBB-Politik des jetzt aus seinen Regierungs- und Parteifunktionen zurückgetretenen "
         "ÖVP-Obmanns, Vizekanzlers und Finanzministers Spindelegger bewiesen\", sagt Roman Hebenstreit, Vorsitzender der "
         "Sektion Verkehr in der Gewerkschaft vida.")
VI_P2 = ("Von einer neuen ÖVP-Spitze erwartet Hebenstreit ein Umdenken in Bezug auf die ÖBB und ihre MitarbeiterInnen sowie "
         "sachlichere Arbeit in der Regierung: \"Die ÖVP muss endlich zur Kenntnis nehmen, dass die ÖBB ein erfolgreiches "
         "Verkehrsunternehmen sind und die Produktivität der MitarbeiterInnen trotz massivem Personalabbaus in den letzten "
         "Jahren deutlich gestiegen ist.\" Das würden die Geschäftszahlen im Personen-und Güterverkehr genauso wie auch die "
         "gestiegene Zahl an Fahrgästen belegen. \"Nicht umsonst haben die Eisenbahnbeschäftigten im VCÖ-Bahntest zum "
         "wiederholten Mal in ihrer Beurteilung durch die Kundinnen und Kunden die besten Noten in allen zu bewertenden "
         "Kategorien eingefahren\", so der vida-Gewerkschafter.")

add(id="ho613-ots-vida-2014-08-26-hebenstreit-spindelegger-bahnpolitik",
    title=VI_T,
    url="https://www.ots.at/presseaussendung/OTS_20140826_OTS0060/spindelegger-ruecktritt-gewerkschaft-erwartet-sich-bei-"
        "bahnpolitik-oevp-kursaenderung",
    retrieved="same address (release of the Gewerkschaft vida on the APA-OTS service, 26 August 2014 by its OTS number, the "
              "day Michael Spindelegger announced his resignation; the sender is told by the dateline code 'Wien (OTS/ÖGB)', "
              "the contact block 'Gewerkschaft vida/Öffentlichkeitsarbeit Hansjörg Miethling Tel.: … Mobil: …' and the footer "
              "code NGB0001, the last two dropped (rule 3670); headline and subtitle kept as lines of their own as stored, the "
              "subtitle's quotation published without its closing mark (rule 3672); the space after the opening mark "
              "'\" Ein ständiges' and 'Personen-und Güterverkehr' kept as published (rule 20); the dateline kept at the start "
              "of the first paragraph; complete as stored up to the contact block)",
    license=APA_OTS_SENDERS,
    paras=[VI_SUB, VI_P1, VI_P2],
    # the subtitle's quotation after the label `vida-Hebenstreit:` is Hebenstreit's and, never closed, runs to the end of its
    # line (rules 54, 2162, 3672); the colon quotation after the union's sentence `erwartet sich die Gewerkschaft vida … :` is
    # closed by its own cue `sagt Roman Hebenstreit, …` and is his, the union being the subject of what he demands, not the
    # speaker (rules 9, 30, 2531); the colon quotation after `erwartet Hebenstreit ein Umdenken …:` is his (rule 9); the
    # quotation after the narrator's Konjunktiv sentence `Das würden die Geschäftszahlen … belegen.` is closed by `so der
    # vida-Gewerkschafter`, a role reference to him (rules 8, 30); the role phrases `vida-Hebenstreit`, `Vorsitzender der
    # Sektion Verkehr in der Gewerkschaft vida` and `vida-Gewerkschafter` carry the union's name and are no aliases (rule 33);
    # Spindelegger, the ÖVP, the ÖBB and the VCÖ say nothing in marks
    quotes=[(cut(VI_SUB, "\"ÖVP-Rücktritt", "Erfolgsmodell ist"), HEBENSTREIT),
            (cut(VI_P1, "\" Ein ständiges", "bewiesen\""), HEBENSTREIT),
            (cut(VI_P2, "\"Die ÖVP muss", "gestiegen ist.\""), HEBENSTREIT),
            (cut(VI_P2, "\"Nicht umsonst", "eingefahren\""), HEBENSTREIT)],
    aliases={HEBENSTREIT: ["Roman Hebenstreit", "Hebenstreit"]})

# --- APA-OTS, Wirtschaftskammer Wien (inferred), 18 May 2018: Walter Ruck congratulates Harald Mahrer ---

WK_T = "WK Wien Ruck zu Mahrer: Auf starke Zusammenarbeit für Österreichs Unternehmen"
WK_SUB = "Walter Ruck gratuliert Harald Mahrer zur Wahl als WKO Präsident – Dank und Anerkennung für Christoph Leitl"
WK_P1 = ("Wien (OTS) - Walter Ruck, Präsident der Wirtschaftskammer Wien, gratuliert Harald Mahrer zur Wahl als Präsident der "
         "Wirtschaftskammer Österreich und setzt „auf eine starke Zusammenarbeit im Sinne der Unternehmen und zum Wohle des "
         "Wirtschaftsstandortes“. In den vergangenen Jahren sei vieles zur Erleichterung des unternehmerischen Alltages "
         "gelungen, auch in Zukunft gelte es gemeinsam den Herausforderungen zu begegnen. „Entscheidend ist, dass die "
         "Wirtschaftskammerorganisation als unverzichtbarer Interessenvertreter und Sozialpartner mit aller Kraft für die "
         "Unternehmen, den Standort Österreich und die Bundesländer sowie für bessere wirtschaftliche Rahmenbedingungen arbeiten "
         "kann. Wir stehen für eine selbstbewusste und selbstverwaltete Unternehmerschaft. Gerade in Zeiten des Umbruchs, der "
         "Digitalisierung, neuer Wirtschafts- und Arbeitswelten ist eine starke Interessensvertretung wichtiger denn je“, sagt "
         "Ruck.")
WK_P2 = ("Großen Dank und Anerkennung spricht Walter Ruck dem bisherigen WKO-Präsidenten aus: „Christoph Leitl hat die heimische "
         "Wirtschaft seit der Jahrtausendwende geprägt wie kaum ein anderer. Sein unermüdlicher Einsatz für die österreichischen "
         "Unternehmen ist beispielgebend. Diesen Einsatz wird er sicherlich auch in seiner Funktion als Eurochambres Präsident "
         "engagiert fortsetzen. Ich wünsche Dir, lieber Christoph, alles Gute für die Zukunft!“")

add(id="ho613-ots-wk-wien-2018-05-18-ruck-mahrer-leitl",
    title=WK_T,
    url="https://www.ots.at/presseaussendung/OTS_20180518_OTS0035/wk-wien-ruck-zu-mahrer-auf-starke-zusammenarbeit-fuer-"
        "oesterreichs-unternehmen",
    retrieved="same address (release of the Wirtschaftskammer Wien on the APA-OTS service, 18 May 2018 by its OTS number, the "
              "day Harald Mahrer was elected president of the Wirtschaftskammer Österreich; the stored copy ends after the "
              "second body paragraph, before any contact block, and the sender is inferred from the headline's label 'WK Wien "
              "Ruck' and from the release's voice, which quotes only the chamber's own president (rules 3100, 3670); headline "
              "and subtitle kept as lines of their own as stored; the dateline kept at the start of the first paragraph; the "
              "published 'WKO Präsident' and 'Eurochambres Präsident' without hyphens kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WK_SUB, WK_P1, WK_P2],
    # the marked object of `setzt` in the lead is Ruck's partial quotation (rule 3); the quotation after the Konjunktiv
    # report of his view is closed by `sagt Ruck` (rule 30); the colon quotation after `spricht Walter Ruck dem bisherigen
    # WKO-Präsidenten aus:` is his, addressed to Leitl (rule 9); `Präsident der Wirtschaftskammer Wien` names the chamber and
    # is no alias (rule 33); Harald Mahrer and Christoph Leitl, of whom the quotations speak, say nothing in marks
    quotes=[("„auf eine starke Zusammenarbeit im Sinne der Unternehmen und zum Wohle des Wirtschaftsstandortes“", RUCK),
            (cut(WK_P1, "„Entscheidend ist", "wichtiger denn je“"), RUCK),
            (cut(WK_P2, "„Christoph Leitl hat", "für die Zukunft!“"), RUCK)],
    aliases={RUCK: ["Walter Ruck", "Ruck"]})

# --- APA-OTS, Gewerkschaft GPA-djp (ÖGB, inferred), 22 October 2019: the first round of the commerce wage talks ---

GP_T = "Handels-KV: GPA-djp hält Forderungen voll aufrecht"
GP_SUB = "Unglaubliche Entgleisung der Arbeitgeber-Verhandler, die Stress im Handel in Abrede stellen"
GP_P1 = ("Wien (OTS) - Die Kollektivvertragsverhandlungen für die 413.000 Angestellten und 15.000 Lehrlinge im Handel brachten "
         "in der ersten Verhandlungsrunde kein Ergebnis. Die Arbeitgeber waren nicht bereit, über das Forderungsprogramm der "
         "Gewerkschaft zu verhandeln.")
GP_P2 = ("„Anstatt sich ernsthaft mit den wohl überlegten Forderungen nach mehr Geld und Freizeit auseinander zu setzen und auf "
         "Augenhöhe zu verhandeln, verhöhnten die Arbeitgeber-Verhandler die Beschäftigten im Handel, indem sie in Abrede "
         "stellten, dass Teilzeitbeschäftigte im Handel unter Stress zu leiden hätten“, erklärt die KV-Verhandlerin der "
         "GPA-djp, Anita Palkovich.")
GP_P3 = ("„Die Angestellten in Handel haben immer noch Einstiegsgehälter unter 1.700.- Euro brutto bei Vollzeit. Die "
         "Lebenshaltungskosten sind bei den Gütern des täglichen Bedarfs zuletzt stark angestiegen. Jeder zusätzliche Euro für "
         "die Angestellten fließt direkt in den Konsum, wovon wiederum insbesondere der Handel profitiert. Mit einer "
         "Einzementierung der unteren Gehälter werden wir die Herausforderungen der Zukunft im Handel nicht bewältigen“, "
         "appelliert der Vorsitzende des GPA-djp Wirtschaftsbereichs Handel, Martin Müllauer, an die Arbeitgeber.")
GP_P4 = ("„Wir werden die kommenden Tage dafür nutzen, in den Handelsbetrieben für unsere Forderungen nach 100 Euro "
         "Gehaltserhöhung, drei zusätzliche Freizeittage und einem Schulstartgeld in den Betrieben zu werben und eine "
         "Informationsoffensive starten. Wir gehen davon aus, dass es beim nächsten Termin eine Verhandlungsbereitschaft der "
         "Arbeitgeber geben wird“, so Palkovich und Müllauer.")

add(id="ho613-ots-gpa-djp-2019-10-22-palkovich-muellauer-handels-kv",
    title=GP_T,
    url="https://www.ots.at/presseaussendung/OTS_20191022_OTS0168/handels-kv-gpa-djp-haelt-forderungen-voll-aufrecht",
    retrieved="same address (release of the Gewerkschaft GPA-djp on the APA-OTS service, 22 October 2019 by its OTS number; the "
              "store's date prefix ' date 2019-10' dropped (rule 3430); the stored copy ends after the fourth body paragraph, "
              "before any contact block, and the sender is inferred from the headline's label 'GPA-djp' and from the release's "
              "voice, which quotes only the union's own negotiators and speaks of `unsere Forderungen` (rules 3100, 3670); "
              "headline and subtitle kept as lines of their own as stored; the OTS marker ' ++++' at the end of the lead "
              "dropped with its space (rules 2530, 3670); the published 'Die Angestellten in Handel', '1.700.- Euro' and 'drei "
              "zusätzliche Freizeittage und einem Schulstartgeld' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[GP_SUB, GP_P1, GP_P2, GP_P3, GP_P4],
    # the quotation before `erklärt die KV-Verhandlerin der GPA-djp, Anita Palkovich` is hers and the one before `appelliert
    # der Vorsitzende des GPA-djp Wirtschaftsbereichs Handel, Martin Müllauer, an die Arbeitgeber` is his (rule 30); the
    # joint quotation before `so Palkovich und Müllauer` goes to the first named, and Müllauer, who has a quotation of his own,
    # is not made her alias (rules 27, 750); `KV-Verhandlerin` names only Palkovich and carries no body's name (rule 44); the
    # phrase with `GPA-djp` is no alias (rule 33); the employers' negotiators, whose words the lead and Palkovich report
    # without marks, say nothing in marks
    quotes=[(cut(GP_P2, "„Anstatt", "zu leiden hätten“"), PALKOVICH),
            (cut(GP_P3, "„Die Angestellten", "nicht bewältigen“"), MUELLAUER),
            (cut(GP_P4, "„Wir werden", "geben wird“"), PALKOVICH)],
    aliases={PALKOVICH: ["Anita Palkovich", "Palkovich", "KV-Verhandlerin"],
             MUELLAUER: ["Martin Müllauer", "Müllauer"]})

# --- APA-OTS, Österreichisches Rotes Kreuz, 15 January 2001: emergency aid for El Salvador ---

RK_T = "1 Million Schilling für Erdbebenhilfe - Österreichisches Rotes Kreuz hilft"
RK_P1 = ("Wien (ÖRK) - Das Österreichische Rote Kreuz (ÖRK) stellt aus seinem Katastrophenhilfe-Fonds eine Million Schilling "
         "als Soforthilfe für die Opfer des jüngsten Erdbebens in El Salvador zur Verfügung.")
RK_P2 = ("\"Fast niemand kann sich erinnern, dass bereits vor zwei Jahren der Hurricane \"Mitch\" diese Region heimgesucht hat. "
         "Jetzt müssen die Menschen mit der nächsten Katastrophe fertig werden. Rund 1.000 Helfer des Roten Kreuzes arbeiten "
         "rund um die Uhr im Erdbebengebiet und haben mit der Versorgung der Menschen begonnen\", berichtet Bernhard Jany, der "
         "Sprecher des Österreichischen Roten Kreuzes (ÖRK). Die Hilfe des Roten Kreuzes konzentriert sich auf San Miguel, "
         "Santa Ana, La Libertad, La Paz und San Salvador.")
RK_P3 = ("\"Mit unserer Soforthilfe können Lebensmittel, Decken und Medikamente gekauft und sofort an die Betroffenen verteilt "
         "werden. An einen Personaleinsatz seitens des ÖRK ist zur Zeit nicht gedacht\", so der Rotkreuz-Sprecher.")
RK_P4 = ("Das Österreichische Rote Kreuz bittet um Spenden auf das PSK-Konto 2.345.000, Kennwort \"Salvador\". "
         "Spendenerlagscheine auf allen Postämtern.")

add(id="ho613-ots-oerk-2001-01-15-jany-erdbeben-el-salvador",
    title=RK_T,
    url="https://www.ots.at/presseaussendung/OTS_20010115_OTS0051/1-million-schilling-fuer-erdbebenhilfe-oesterreichisches-"
        "rotes-kreuz-hilft",
    retrieved="same address (release of the Österreichisches Rotes Kreuz on the APA-OTS service, 15 January 2001 by its OTS "
              "number, two days after the earthquake of 13 January 2001 in El Salvador; the sender is told by the dateline "
              "code 'Wien (ÖRK)', the contact block 'Mag. Bernhard Jany Tel.: (01) 58 900/151 www.redcross.or.at ÖRK-"
              "Pressestelle' and the footer code ORK/ORK, the last two dropped; the old footer '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', which the stored copy splits over two "
              "lines after the last paragraph, dropped (rule 3670); headline kept as a line of its own, the dateline at the "
              "start of the first paragraph; the published 'Hurricane' and 'zur Zeit' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[RK_P1, RK_P2, RK_P3, RK_P4],
    # the quotation before `berichtet Bernhard Jany, der Sprecher des Österreichischen Roten Kreuzes (ÖRK)` is one span from
    # `"Fast` to `begonnen"`: the hurricane's name in the same ASCII marks inside its first sentence is nested, part of his
    # span and not annotated apart, since the sentence `dass bereits … der Hurricane … diese Region heimgesucht hat` runs
    # through the inner pair (rules 835, 2175); the quotation before `so der Rotkreuz-Sprecher`, a role reference to him, is
    # his (rules 8, 30); the donation password `"Salvador"` is null (rule 24; as the `Kennwort "Erdbeben Indien"` of rule
    # 3230's set); `Sprecher des Österreichischen Roten Kreuzes` and `Rotkreuz-Sprecher` carry the organisation's name and are
    # no aliases (rule 33); the Rote Kreuz, of which the unmarked sentences speak, says nothing in marks
    quotes=[(cut(RK_P2, "\"Fast niemand", "begonnen\""), JANY),
            (cut(RK_P3, "\"Mit unserer", "nicht gedacht\""), JANY),
            ("\"Salvador\"", None)],
    aliases={JANY: ["Bernhard Jany"]})

# --- APA-OTS, Österreichisches Rotes Kreuz (inferred), 1 April 2020: Gerald Schöpfer thanks the volunteers ---

RS_T = "Rotes Kreuz: Freiwillige werden jetzt dringend gebraucht"
RS_SUB = "Rotkreuz-Präsident dankt Unternehmen, die Freiwilligentätigkeit ermöglichen"
RS_P1 = ("Wien (OTS) - „Im Kampf gegen das Coronavirus ist das Rote Kreuz täglich im Einsatz. Ohne die Unterstützung der vielen "
         "Freiwilligen, wäre das nicht möglich“, sagt Rotkreuz-Präsident Gerald Schöpfer heute, der diese Funktion ebenfalls "
         "ehrenamtlich übernimmt. Fast 72.000 Frauen und Männer engagieren sich jedes Jahr ehrenamtlich beim Roten Kreuz, rund "
         "38.000 im Rettungsdienst.")
RS_P2 = ("Das Rote Kreuz testet jeden Tag tausende Menschen, die sich womöglich mit dem Coronavirus infiziert haben. "
         "„Freiwillige werden gerade jetzt dringend gebraucht“, sagt Schöpfer. Für die Testung sind täglich rund 80 mobile "
         "Abnahmeteams unterwegs sowie 25 Drive-Ins und andere stationäre Testeinrichtungen geöffnet. Aufgaben, für die es "
         "qualifiziertes Personal braucht und die vielfach von Freiwilligen übernommen werden.")
RS_P3 = ("Unterstützung kommt aus der Wirtschaft. Viele Unternehmen stellen in dieser schwierigen Situation Mitarbeiter vom "
         "Dienst frei, die ehrenamtlich als Sanitäter für das Rote Kreuz tätig sind. „Mein besonderer Dank geht an alle "
         "Mitarbeiter und Freiwilligen, die jetzt unermüdlich für die Menschen in Österreich an vorderster Front im Einsatz "
         "sind. Danke an alle Unternehmen, die das möglich machen. Lebenretten ist immer Teamarbeit. Nur gemeinsam kann es uns "
         "gelingen, die Ausbreitung des Coronavirus zu stoppen“, sagt Rotkreuz-Präsident Schöpfer.")
RS_P4 = ("Alle, die jetzt mithelfen wollen, bittet das Rote Kreuz sich beim Team Österreich, einer gemeinsamen Initiative von "
         "Hitradio Ö3 und dem Roten Kreuz, über die Team Österreich App zu registrieren. Im Bereich der Nachbarschaftshilfe "
         "werden Freiwillige gesucht, die unter anderem Einkäufe für Personen der Risikogruppe übernehmen.")

add(id="ho613-ots-rotes-kreuz-2020-04-01-schoepfer-freiwillige-corona",
    title=RS_T,
    url="https://www.ots.at/presseaussendung/OTS_20200401_OTS0023/rotes-kreuz-freiwillige-werden-jetzt-dringend-gebraucht",
    retrieved="same address (release of the Österreichisches Rotes Kreuz on the APA-OTS service, 1 April 2020 by its OTS "
              "number; the store's date prefix ' date 2020-04' dropped (rule 3430); the stored copy breaks the contact block "
              "off after its first letters ('Rückfragen & Kontakt:' / 'Ver'), which is dropped, and the sender is inferred "
              "from the headline's label 'Rotes Kreuz:' and from the release's voice, which quotes only the organisation's own "
              "president (rules 3100, 3430, 3670); the photo line 'Fotos: Hier klicken' after the last paragraph dropped "
              "(rules 2530, 3670); headline and subtitle kept as lines of their own as stored; the dateline at the start of "
              "the first paragraph; the published 'Freiwilligen, wäre' and 'Lebenretten' kept (rule 20); complete as stored "
              "up to the contact block)",
    license=APA_OTS_SENDERS,
    paras=[RS_SUB, RS_P1, RS_P2, RS_P3, RS_P4],
    # the quotation before `sagt Rotkreuz-Präsident Gerald Schöpfer heute` is his, the president speaking of the Rote Kreuz
    # in the third person (rules 30, 2614); the quotations before `sagt Schöpfer` and `sagt Rotkreuz-Präsident Schöpfer`
    # are his (rule 30); the headline's `Freiwillige werden jetzt dringend gebraucht` is unmarked and carries no span (rule
    # 5); `Rotkreuz-Präsident` carries the organisation's name and is no alias (rule 33); the Rote Kreuz, the companies, the
    # Team Österreich and Hitradio Ö3 say nothing in marks
    quotes=[(cut(RS_P1, "„Im Kampf", "nicht möglich“"), SCHOEPFER),
            ("„Freiwillige werden gerade jetzt dringend gebraucht“", SCHOEPFER),
            (cut(RS_P3, "„Mein besonderer Dank", "zu stoppen“"), SCHOEPFER)],
    aliases={SCHOEPFER: ["Gerald Schöpfer", "Schöpfer"]})

# --- APA-OTS, Gewerkschaft Bau-Holz (ÖGB), 20 August 2012: Josef Muchitsch on heat-free days for building workers ---

BH_T = "Gewerkschaft Bau-Holz fordert: Hitzefrei für Bauarbeiter!"
BH_SUB = ("Schwerarbeit in der prallen Sonne bei mehr als 35 Grad ist gesundheitsschädigend. Bau-Holz Chef Muchitsch macht sich "
          "für eine neue gesetzliche Regelung stark.")
BH_P1 = ("Wien (OTS/ÖGB) - (GBH). \"In den nächsten Tagen klettern die Temperaturen wieder steil noch oben. Bis zu plus 38 Grad "
         "werden vorhergesagt. Während Badegäste bei diesen tropischen Temperaturen einfach in den Schatten flüchten können, "
         "müssen unsere Bau-Holz Arbeiter weiter in der prallen Sonnen Schwerstarbeit leisten. Das kann es doch nicht sein\", "
         "so der Baugewerkschafter Josef Muchitsch.")
BH_P2 = ("Die Gewerkschaft Bau-Holz fordert daher eine klare Regelung in Bezug auf hitzefreie Tage. In den letzten 5 Jahren gab "
         "es österreichweit durchschnittlich 3 Tage mit plus 35 Grad Celsius und das ausschließlich am frühen Nachmittag. "
         "Abgesehen von den gesundheitlichen Beeinträchtigungen - Schwerarbeiter erleiden in der Hitze Kreislaufstörungen und "
         "Schwächeanfälle - ist es durchaus vertret- und leistbar, hier eine neue Regelung zu schaffen. Die Gespräche dazu "
         "wurden bereits vor den Sommermonaten zwischen den Bausozialpartnern aufgenommen berichtet Muchitsch weiter.")
BH_P3 = ("Schon im Mai hat die Gewerkschaft Bau-Holz eine eigene Verteiler- und Informationskampagne gestartet. Muchitsch: "
         "\"Auch heuer mussten viele Bauarbeiter aufgrund von Schwächeanfällen oder Kreisproblemen das Arbeiten einstellen. "
         "Umso wichtiger ist es, dass unsere seit Jahren laufende Infokampagne fortgesetzt wird. Ziel ist es, Bewusstsein in "
         "dieser Problematik bei unseren Bau-Holz Arbeitern zu schaffen!\"")

add(id="ho613-ots-gbh-2012-08-20-muchitsch-hitzefrei-bauarbeiter",
    title=BH_T,
    url="https://www.ots.at/presseaussendung/OTS_20120820_OTS0009/gewerkschaft-bau-holz-fordert-hitzefrei-fuer-bauarbeiter",
    retrieved="same address (release of the Gewerkschaft Bau-Holz on the APA-OTS service, 20 August 2012 by its OTS number; "
              "the sender is told by the dateline code 'Wien (OTS/ÖGB)' and the union's own code '(GBH).' that the release "
              "sets after the dateline's dash, kept as published (rule 3670); headline and subtitle kept as lines of their own "
              "as stored; the OTS marker '++++' that the lead runs onto its last word ('… Josef Muchitsch.++++') dropped, and "
              "the single line breaks after the lead and the next paragraph, each closing a sentence, kept as paragraph breaks "
              "(rules 3100, 3670); the fourth body paragraph ('Dazu wurde von der Baugewerkschaft ein 6-Punkte-Programm "
              "erarbeitet. … Zusätzlich werden'), cut off in the stored copy, dropped (rule 15); the published 'steil noch "
              "oben', 'in der prallen Sonnen', 'aufgenommen berichtet' without a comma and 'Kreisproblemen' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[BH_SUB, BH_P1, BH_P2, BH_P3],
    # the quotation after the union's code `(GBH).` and before `so der Baugewerkschafter Josef Muchitsch` is his (rule 30),
    # its `unsere Bau-Holz Arbeiter` speaking for the union (rule 2614); the colon quotation after the verbless label
    # `Muchitsch:` is his (rules 9, 54); his report `berichtet Muchitsch weiter` closes an unmarked sentence (rule 5); the
    # subtitle names him as `Bau-Holz Chef Muchitsch`, a form with the union's name that is no alias (rule 33);
    # `Baugewerkschafter` names only him and carries no body's name (rule 44); the Gewerkschaft Bau-Holz and the
    # Bausozialpartner say nothing in marks
    quotes=[(cut(BH_P1, "\"In den nächsten", "nicht sein\""), MUCHITSCH),
            (cut(BH_P3, "\"Auch heuer", "zu schaffen!\""), MUCHITSCH)],
    aliases={MUCHITSCH: ["Josef Muchitsch", "Muchitsch", "Baugewerkschafter"]})

# --- APA-OTS, Evangelische Kirche in Österreich (epdÖ), 20 December 2016: Bishop Bünker on the attack in Berlin ---

EP_T = "Anschlag in Berlin - Evangelischer Bischof Bünker tief betroffen"
EP_SUB = "Von Grundüberzeugung einer offenen Gesellschaft nicht abbringen lassen"
EP_P1 = ("Wien (OTS) - „In tiefer Betroffenheit und mit Entsetzen habe ich die Nachricht von dem Anschlag auf den "
         "Weihnachtsmarkt in Berlin aufgenommen. Ich bete für die Opfer und angehörigen“, erklärt der evangelisch-lutherische "
         "Bischof Michael in einer ersten Reaktion auf den mutmaßlichen Anschlag am Montagabend in Berlin. Die polizeiliche "
         "Ermittlungsarbeit, so der Bischof, der auch Generalsekretär der Evangelischen Kirchen in Europa ist, werde weitere "
         "Klarheit bringen. Bünker wörtlich: „Die Menschen kann ich nur bitten, zusammen zu halten und sich von feigen "
         "Anschlägen wie diesen nicht von ihren Grundüberzeugungen einer offenen Gesellschaft auf rechtsstaatlicher Grundlage "
         "abbringen zu lassen.“ Besonders schmerzlich sei, dass der Anschlag „am Platz vor einer Kirche durchgeführt wurde, die "
         "selbst ein Mahnmal gegen Krieg, Gewalt und Terror ist“.")

add(id="ho613-ots-epd-2016-12-20-buenker-anschlag-berlin",
    title=EP_T,
    url="https://www.ots.at/presseaussendung/OTS_20161220_OTS0050/anschlag-in-berlin-evangelischer-bischof-buenker-tief-"
        "betroffen",
    retrieved="same address (release of the Evangelischer Pressedienst für Österreich for the Evangelische Kirche A.B. on the "
              "APA-OTS service, 20 December 2016 by its OTS number, the morning after the attack on the Christmas market at the "
              "Breitscheidplatz of Monday, 19 December 2016; the sender is told by the contact block 'epdÖ Dr. Thomas Dasek … "
              "epd@evang.at http://www.evang.at' and the footer code EPD0001, both dropped (rule 3670); headline and subtitle "
              "kept as lines of their own as stored; the dateline at the start of the only body paragraph; the published "
              "'Opfer und angehörigen' and the cue 'Bischof Michael' without the surname kept (rules 20, 3671); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[EP_SUB, EP_P1],
    # the quotation before `erklärt der evangelisch-lutherische Bischof Michael` is Bünker's, the cue giving his first name
    # where the title and the body give his surname (rule 3671); `so der Bischof` inserts an unmarked Konjunktiv report (rule
    # 5); the colon quotation after the verbless label `Bünker wörtlich:` is his (rules 9, 54); the marked end of the
    # Konjunktiv sentence `Besonders schmerzlich sei, dass der Anschlag „…“.` is his partial quotation (rules 3, 25); the
    # canonical name is the surname (rules 7, 3671), `Bischof Bünker` (title) and `Bischof Michael` (cue) name only him and
    # are aliases (rules 44, 3671); `Generalsekretär der Evangelischen Kirchen in Europa` names a body and is no alias (rule
    # 33); the police and the victims say nothing in marks
    quotes=[(cut(EP_P1, "„In tiefer", "angehörigen“"), BUENKER),
            (cut(EP_P1, "„Die Menschen", "abbringen zu lassen.“"), BUENKER),
            (cut(EP_P1, "„am Platz", "Terror ist“"), BUENKER)],
    aliases={BUENKER: ["Bünker", "Bischof Bünker", "Bischof Michael"]})

# --- APA-OTS, Gewerkschaft GPA-djp (ÖGB, inferred), 30 October 2013: the second round of the commerce wage talks ---

GH_T = "GPA-djp: Verhandlungen für Handelsangestellte unterbrochen"
GH_SUB = "Angebot der Arbeitgeber hat noch nicht die Qualität und Substanz, dass alle Angestellten davon profitieren"
GH_P1 = ("Wien (OTS/ÖGB) - Die Kollektivvertragsverhandungen für die 530.000 Angestellten im Handel wurden heute in der "
         "zweiten Runde ergebnislos unterbrochen: \"Wir haben zwar grundsätzliche Fragen zu der Gehaltsentwicklung diskutiert, "
         "das Arbeitgeberangebot, das am Ende des Verhandlungstages vorlag, hat aber noch nicht die Qualität, die wir unseren "
         "Beschäftigten guten Gewissens vorschlagen wollen,\" so der Wirtschaftsbereichsvorsitzende der Gewerkschaft der "
         "Privatangestellten, Druck, Journalismus, Papier (GPA-djp), Franz-Georg Brantner.")
GH_P2 = ("\"Das Gesprächsklima war konstruktiv. Das Arbeitgeber-Angebot eines Doppelabschlusses mit dem Ziel, im Jahr 2015 ein "
         "Mindestgehalt von 1.500 Euro zu erreichen, hatte aber noch nicht die Substanz, dass alle Angestellten im Handel davon "
         "profitieren\", berichtet Chefverhandler Manfred Wolf.")
GH_P3 = ("Die nächsten Tage werden von den BetriebsrätInnen und der GPA-djp zur intensiven Information der Angestellten vor "
         "allem in den Einkaufszentren und in den großen Handelskonzernen genutzt. Die GPA-djp konnte zuletzt im Jahr 2012 im "
         "Zuge der KV-Verhandlungen kräftige Mitgliederzuwächse verzeichnen.")

add(id="ho613-ots-gpa-djp-2013-10-30-brantner-wolf-handel-unterbrochen",
    title=GH_T,
    url="https://www.ots.at/presseaussendung/OTS_20131030_OTS0232/gpa-djp-verhandlungen-fuer-handelsangestellte-unterbrochen",
    retrieved="same address (release of the Gewerkschaft GPA-djp on the APA-OTS service, 30 October 2013 by its OTS number; the "
              "store's date prefix ' date 2018-03', later than the release, dropped (rules 3100, 3430); the stored copy ends "
              "after the third body paragraph, before any contact block, and the sender is inferred from the dateline code "
              "'Wien (OTS/ÖGB)', the headline's label 'GPA-djp:' and the release's voice, which quotes only the union's own "
              "negotiators and reports the union's plans (rules 3100, 3670); headline and subtitle kept as lines of their own "
              "as stored; the dateline at the start of the first paragraph; the published 'Kollektivvertragsverhandungen' and "
              "the comma inside the closing mark ('vorschlagen wollen,\" so') kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[GH_SUB, GH_P1, GH_P2, GH_P3],
    # the quotation after the narrator's colon `… ergebnislos unterbrochen:` is closed by `so der Wirtschaftsbereichsvorsitzende
    # …, Franz-Georg Brantner` and is his, the comma inside the mark included (rules 20, 30); the quotation before `berichtet
    # Chefverhandler Manfred Wolf` is Wolf's (rule 30); `Chefverhandler` names only Wolf and carries no body's name (rule 44);
    # the role phrase with the union's long name is no alias (rule 33); the employers, the BetriebsrätInnen and the GPA-djp say
    # nothing in marks
    quotes=[(cut(GH_P1, "\"Wir haben zwar", "vorschlagen wollen,\""), BRANTNER),
            (cut(GH_P2, "\"Das Gesprächsklima", "profitieren\""), WOLF)],
    aliases={BRANTNER: ["Franz-Georg Brantner"],
             WOLF: ["Manfred Wolf", "Wolf", "Chefverhandler"]})
