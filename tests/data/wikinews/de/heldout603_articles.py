# Six-hundred-and-third held-out German real-news set (tests/data/heldout603-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3590-3592). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-third held-out set": seven releases of German regional newspapers sent
# over the ots service of news aktuell ahead of their editions, each reporting what a person told the paper or wrote: two of
# the Westdeutsche Allgemeine Zeitung, Essen, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Ista's chief Thomas
# Zinnöcker on a long-term investor, January 2017; E.ON's chief Johannes Teyssen on the British government's Brexit course,
# January 2017), three of the Rheinische Post, Düsseldorf, read in its newsroom (OTS_MEDIEN: Norbert Klusen of the Techniker
# Krankenkasse on the Gesundheitsfonds, May 2009; Karl-Theodor zu Guttenberg meeting Metro's chief Eckhard Cordes, with a
# phrase of Cordes's letter, May 2009; Christian Lindner before the Jamaica exploratory talks, October 2017), one of the
# Rheinische Post shown unchanged with its ots dateline by the finance portal finanznachrichten.de (OTS_MEDIEN_REPOST: Lindner
# on the new grand coalition, March 2018), and one of the Neue Osnabrücker Zeitung reposted with the wire's '(ots) -' by the
# press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT, new: Wolfgang Kubicki before the FDP's party congress in
# Dresden, May 2014). Stored copies are the `search` tool's `pages` excerpts; every release body is complete in them; the
# newsroom, portal and wire furniture is dropped and the hard-wrapped lines are joined (rules 660, 1372, 2770, 3010, 3070,
# 3420, 3590); each retrieval note names what was dropped.
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


ZINNOECKER = "Thomas Zinnöcker"
TEYSSEN = "Johannes Teyssen"
KLUSEN = "Norbert Klusen"
CORDES = "Eckhard Cordes"
LINDNER_J = "Lindner"
LINDNER = "Christian Lindner"
KUBICKI = "Wolfgang Kubicki"

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 17 January 2017: Thomas Zinnöcker on Ista's owner ---

IS_T = "WAZ: Ablesedienst Ista sucht langfristigen Investor"
IS_P1 = ("Der Essener Energiedienstleister Ista ist auf der Suche nach einem dauerhaften Investor. \"Ich persönlich wünsche "
         "mir einen langfristigen Investor. Ich denke an einen Zeitraum von zehn oder 15 Jahren\", sagte Ista-Chef Thomas "
         "Zinnöcker der in Essen erscheinenden Westdeutschen Allgemeinen Zeitung (WAZ, Dienstagausgabe).")
IS_P2 = ("Ista gehört derzeit dem Finanzinvestor CVC, der einen Verkauf des Unternehmens prüft. Es gebe allerdings \"bisher "
         "keine Entscheidung über einen Verkauf\", sagte Zinnöcker. Ista beschäftigt weltweit mehr als 5100 Mitarbeiter, "
         "davon 1700 in Deutschland.")
IS_P3 = ("Mit Blick auf eine Sektoruntersuchung des Bundeskartellamts, von der auch Ista betroffen ist, zeigte sich Zinnöcker "
         "gelassen. \"Wir hatten sehr konstruktive Gespräche mit dem Kartellamt. Ich bin mit Blick auf das Ergebnis der "
         "Untersuchung sehr zuversichtlich\", sagte Zinnöcker. Ista ermittelt nach eigenen Angaben in bundesweit rund 4,5 "
         "Millionen Wohnungen, wie viel die Mieter geheizt haben. Kunden von Ista sind Vermieter und Verwalter, die Kosten "
         "tragen aber die Mieter.")
IS_P4 = ("Zinnöcker verteidigte das Geschäftsmodell: \"90 Prozent aller Mehrfamilienhäuser werden zentral beheizt. Damit aber "
         "niemand für den Nachbarn mitbezahlen muss, ist der Vermieter verpflichtet, für jeden einzelnen Mieter eine "
         "individuelle Abrechnung zu erstellen.\" Bei einer 70-Quadratmeter-Wohnung fallen nach Angaben von Ista für einen "
         "Mieter je nach Standort jährlich zwischen 50 und 100 Euro für die Ista-Dienstleistung an.")

add(id="ho603-presseportal-waz-2017-01-zinnoecker-ista-investor",
    title=IS_T,
    url="https://presseportal.de/pm/55903/3536540",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Tuesday "
              "edition of 17 January 2017, dated by the edition day and by the teaser of this release, '17.01.2017 – 05:00', "
              "in the story list of the paper's release pm/55903/3537423, also used in this set); the stored copy shows no "
              "widget, the newsroom label 'Westdeutsche Allgemeine Zeitung' above the headline dropped (rules 2770, 3010); the "
              "headline with its prefix 'WAZ:' is the title, the dateline 'Essen (ots)' a line of its own, each paragraph one "
              "line as stored (rule 3590); the contact block 'Pressekontakt: Westdeutsche Allgemeine Zeitung "
              "Zentralredaktion Telefon: 0201 - 804 6519 zentralredaktion@waz.de' and the line 'Original-Content von: "
              "Westdeutsche Allgemeine Zeitung, übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", IS_P1, IS_P2, IS_P3, IS_P4],
    # the quotation before `sagte Ista-Chef Thomas Zinnöcker der … Westdeutschen Allgemeinen Zeitung` is his, the paper named
    # without marks the addressee (rules 12, 30); the partial quotation in the Konjunktiv sentence closed by `sagte Zinnöcker`
    # is his (rules 3, 25, 30); the quotation after the narrator's `zeigte sich Zinnöcker gelassen.` is closed by its own
    # `sagte Zinnöcker` (rule 30); the colon quotation after `Zinnöcker verteidigte das Geschäftsmodell:` is his (rule 9);
    # Ista's `nach eigenen Angaben` and `nach Angaben von Ista` introduce unmarked figures (rule 5); CVC, the
    # Bundeskartellamt, the landlords and the tenants say nothing; `Ista-Chef` names the company and is no alias (rule 33)
    quotes=[(cut(IS_P1, "\"Ich persönlich", "15 Jahren\""), ZINNOECKER),
            ("\"bisher keine Entscheidung über einen Verkauf\"", ZINNOECKER),
            (cut(IS_P3, "\"Wir hatten", "zuversichtlich\""), ZINNOECKER),
            (cut(IS_P4, "\"90 Prozent", "erstellen.\""), ZINNOECKER)],
    aliases={ZINNOECKER: ["Thomas Zinnöcker", "Zinnöcker"]})

# --- Westdeutsche Allgemeine Zeitung (presseportal.de, newsroom 55903), 18 January 2017: Johannes Teyssen on the Brexit ---

TB_T = "WAZ: Eon-Chef bedauert Londons harten Brexit-Kurs Teyssen hofft auf Austrittsverhandlungen mit Augenmaß"
TB_P1 = ("Eon-Chef Johannes Teyssen hat sich enttäuscht über den harten Brexit-Kurs von Premierministerin Theresa May "
         "geäußert. \"Der Wert enger Partnerschaften wird heutzutage leider zunehmend weniger wertgeschätzt. Das bedauere ich "
         "als überzeugter Europäer und Transatlantiker\", sagte Teyssen der Westdeutschen Allgemeinen Zeitung (WAZ, "
         "Mittwochausgabe).")
TB_P2 = ("Trotzdem respektiere er \"die demokratische Entscheidung in Großbritannien für den eigenen Weg\". Zugleich äußerte "
         "Teyssen die Hoffnung, dass London und Brüssel \"jetzt mit Augenmaß und dem Blick auf die längere Zukunft\" über die "
         "Modalitäten des Austritts verhandeln.")
TB_P3 = ("Eon zählt auch in Großbritannien zu den größten Energieversorgern mit 7,6 Millionen Kunden. \"Klimaschutz und der "
         "Aufbau einer dezentralen und erneuerbaren Energiewirtschaft bleiben im Kern gemeinsames Anliegen diesseits und "
         "jenseits des Ärmelkanals\", betonte Teyssen.")
TB_P4 = ("autorisiertes Zitat: \"Der Wert enger Partnerschaften wird heutzutage leider zunehmend weniger wertgeschätzt\"")

add(id="ho603-presseportal-waz-2017-01-teyssen-brexit-kurs",
    title=TB_T,
    url="https://presseportal.de/en/pm/55903/3537423",
    retrieved="same address (release of the Westdeutsche Allgemeine Zeitung, Essen, sent over news aktuell for the Wednesday "
              "edition, 18 January 2017 by the edition day, by Theresa May's speech on the Brexit course of 17 January 2017 "
              "and by the story list, whose latest teaser is the Ista release of '17.01.2017 – 05:00', also used in this "
              "set); the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe to Westdeutsche Allgemeine "
              "Zeitung' and the newsroom label dropped (rules 2770, 3010); the headline with its prefix 'WAZ:' and its two "
              "parts run together as stored is the title (rule 3420), the dateline 'Essen (ots)' a line of its own, the "
              "paragraphs as stored with empty lines between them; the line 'autorisiertes Zitat: \"…\"' after the last "
              "paragraph kept as a paragraph of its own (rules 3590, 3591); the contact block 'Pressekontakt: Westdeutsche "
              "Allgemeine Zeitung Zentralredaktion Telefon: 0201 - 804 6519 zentralredaktion@waz.de', the line 'Original "
              "content of: Westdeutsche Allgemeine Zeitung, transmitted by news aktuell' and the list 'More stories: "
              "Westdeutsche Allgemeine Zeitung' with its teaser dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Essen (ots)", TB_P1, TB_P2, TB_P3, TB_P4],
    # the headline's `Teyssen hofft auf Austrittsverhandlungen mit Augenmaß` carries no marks and no span (rule 5); the
    # quotation before `sagte Teyssen der Westdeutschen Allgemeinen Zeitung` is his (rule 30); the partial quotations in the
    # Konjunktiv sentence `Trotzdem respektiere er "…"` and in the `dass`-clause after `äußerte Teyssen die Hoffnung` are his
    # (rules 3, 8, 25); the quotation before `betonte Teyssen` is his (rule 30); the line `autorisiertes Zitat: "…"` repeats
    # the first sentence of his first quotation under a label that names no speaker and is his (rule 3591); Theresa May,
    # London, Brüssel and Eon say nothing; `Eon-Chef` names the company and is no alias (rule 33)
    quotes=[(cut(TB_P1, "\"Der Wert", "Transatlantiker\""), TEYSSEN),
            ("\"die demokratische Entscheidung in Großbritannien für den eigenen Weg\"", TEYSSEN),
            ("\"jetzt mit Augenmaß und dem Blick auf die längere Zukunft\"", TEYSSEN),
            (cut(TB_P3, "\"Klimaschutz", "Ärmelkanals\""), TEYSSEN),
            ("\"Der Wert enger Partnerschaften wird heutzutage leider zunehmend weniger wertgeschätzt\"", TEYSSEN)],
    aliases={TEYSSEN: ["Johannes Teyssen", "Teyssen"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 19 May 2009: Norbert Klusen on the Gesundheitsfonds ---

KL_T = "Rheinische Post: TK-Chef Klusen: Krankenkassen sollen Beitrag wieder selbst bestimmen"
KL_P1 = join("Der Chef der Techniker Krankenkasse, Norbert",
             "Klusen, hat einen Umbau des Gesundheitsfonds gefordert. \"Der ",
             "Gesundheitsfonds bewährt sich nicht\", sagte Klusen der \"Rheinischen ",
             "Post\" (Dienstagausgabe).  Die Kassen sollten wieder das Recht ",
             "bekommen, ihre Beiträge selbst zu bestimmen. \"Man könnte auch den ",
             "Arbeitgeberbeitrag einheitlich festlegen, den Arbeitnehmerbeitrag ",
             "aber die Kassen flexibel gestalten lassen. Dann hätten wir auf diesem",
             "Gebiet auch wieder Wettbewerb.\"")
KL_P2 = join("Klusen forderte zugleich, dass künftig weniger Geld zwischen den ",
             "Krankenkassen umverteilt wird. \"Man muss die Geldverteilung nach ",
             "Krankheiten entweder wieder abschaffen oder sie auf eine Grundlage ",
             "stellen, die nicht so anfällig  ist für Beeinflussung oder ",
             "Manipulation. Die Geldmengen, die zwischen den Kassen verteilt ",
             "werden, müsssen deutlich geringer sein.\"")
KL_P3 = join("Seit dem Start des Gesundheitsfonds liegt der einheitliche ",
             "Beitragssatz der Krankenkassen bei 15,5 Prozent. Das Geld fließt in ",
             "den Gesundheitsfonds und wird von dort an die Krankenkassen verteilt.")

add(id="ho603-presseportal-rp-2009-05-klusen-gesundheitsfonds",
    title=KL_T,
    url="https://presseportal.de/pm/30621/1407626?langid=2",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Tuesday edition of 19 "
              "May 2009, dated by the edition day and by its own teaser, '19.05.2009 – 00:00', in the story list of the "
              "paper's release pm/30621/1408306, also used in this set; the copy with the language parameter shows the "
              "German interface, as in rule 3420); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post "
              "mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline with its prefix and its label "
              "'TK-Chef Klusen:' is the title, the dateline 'Düsseldorf (ots)' a line of its own; the hard-wrapped lines "
              "joined with one space, a line-end space of the copy taken as that space, and a paragraph ended at the two short "
              "lines without line-end space that close a quotation and its sentence (rules 1372, 2770, 3590); the published "
              "double spaces '(Dienstagausgabe).  Die' and 'anfällig  ist' and 'müsssen' kept (rule 20); the contact block "
              "'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische "
              "Post, übermittelt durch news aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KL_P1, KL_P2, KL_P3],
    # the headline label `TK-Chef Klusen:` before unmarked words carries no span (rule 5); the quotation before `sagte
    # Klusen der "Rheinischen Post"` is his, the paper's name in marks null (rules 2, 30, 2771); the cue-less quotation after
    # the Konjunktiv sentence `Die Kassen sollten wieder das Recht bekommen, …`, which goes on reporting him, is his (NOTES.md
    # continuation), its `wir` speaking for the health insurers; the quotation after the narrator's `Klusen forderte zugleich,
    # dass …` is his (rules 8, 30); the Kassen, the Gesundheitsfonds and the Arbeitgeber say nothing; `Der Chef der
    # Techniker Krankenkasse` and `TK-Chef` name the insurer and are no aliases (rule 33)
    quotes=[("\"Der Gesundheitsfonds bewährt sich nicht\"", KLUSEN),
            ("\"Rheinischen Post\"", None),
            (cut(KL_P1, "\"Man könnte", "Wettbewerb.\""), KLUSEN),
            (cut(KL_P2, "\"Man muss", "geringer sein.\""), KLUSEN)],
    aliases={KLUSEN: ["Norbert Klusen", "Klusen"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 19 May 2009: zu Guttenberg meets Metro's chief Eckhard Cordes ---

CO_T = "Rheinische Post: Wirtschaftsminister zu Guttenberg trifft am frühen Abend Metro-Chef Cordes"
CO_P1 = join("Wirtschaftsminister Karl-Theodor zu Guttenberg",
             "(CSU) trifft heute am frühen Abend den Vorstandsvorsitzenden des ",
             "Düsseldorfer Metro-Konzerns, Eckhard Cordes. Das erfuhr die in ",
             "Düsseldorf erscheinende \"Rheinische Post\" (Dienstagausgabe) aus ",
             "Regierungskreisen. Dem Vernehmen nach geht es um die von Cordes ",
             "vorgeschlagene Zusammenlegung des operativen Geschäfts der beiden ",
             "Warenhaustöchter von Metro und Arcandor, Kaufhof und Karstadt. ",
             "Metro-Chef Cordes wirbt bei zu Guttenberg mit einem Konzept, bei dem ",
             "weniger Arbeitsplätze wegfielen als bei einer Lösung, in der beide ",
             "Kaufhauskonzerne unabhängig blieben. In einem Schreiben des ",
             "Metro-Chefs an zu Guttenberg heißt es, eine Zusammenlegung würde die ",
             "\"Mehrheit der Warenhäuser und einen großen Teil der Beschäftigung ",
             "sichern\".")

add(id="ho603-presseportal-rp-2009-05-guttenberg-trifft-metro-chef-cordes",
    title=CO_T,
    url="https://presseportal.de/en/pm/30621/1408306",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell on 19 May 2009 for its "
              "Tuesday edition: the meeting is 'heute am frühen Abend', and the story list's latest teaser is the Klusen "
              "release of '19.05.2009 – 00:00', also used in this set); the English interface: the widget lines 'All "
              "Stories', 'Follow', 'Subscribe to Rheinische Post' and the newsroom label dropped (rules 2770, 3010); the "
              "headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line of its own; the hard-wrapped "
              "lines joined with one space, a line-end space of the copy taken as that space; the one line that closes a "
              "sentence ('… Kaufhof und Karstadt. ') ends with the copy's wrap space and is no paragraph end, so the body is "
              "one paragraph (rules 1372, 2770, 3590); the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: "
              "(0211) 505-2303', the line 'Original content of: Rheinische Post, transmitted by news aktuell' and the list "
              "'More stories: Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", CO_P1],
    # the paper's name in marks, reporting what it learnt from government circles, is null (rules 2, 2771); the partial
    # quotation in the Konjunktiv report `In einem Schreiben des Metro-Chefs an zu Guttenberg heißt es, eine Zusammenlegung
    # würde die "…"` gives the written words of the letter's writer, Eckhard Cordes, whom `des Metro-Chefs` takes up (rules
    # 3, 28, 30); the Regierungskreise give an unmarked report (rule 5); zu Guttenberg, Metro, Arcandor, Kaufhof and Karstadt
    # say nothing in marks; `Metro-Chef` and `Vorstandsvorsitzenden des Düsseldorfer Metro-Konzerns` name the company and
    # are no aliases (rule 33)
    quotes=[("\"Rheinische Post\"", None),
            (cut(CO_P1, "\"Mehrheit", "sichern\""), CORDES)],
    aliases={CORDES: ["Eckhard Cordes", "Cordes"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), October 2017: Lindner before the Jamaica exploratory talks ---

JA_T = "Rheinische Post: FDP will \"Verliebtheit in den Status quo\" durch Jamaika überwinden"
JA_P1 = ("Düsseldorf (ots) - Bei den ersten Sondierungsgesprächen mit CDU, CSU und Grünen will die FDP die Flexibilität für "
         "Veränderungen austesten. \"Wir wollen wissen, ob eine neue Koalition die unvernünftige Verliebtheit in den Status "
         "quo überwinden kann\", sagte Lindner der in Düsseldorf erscheinenden \"Rheinischen Post\" (Mittwochausgabe). Bei den "
         "Sondierungen müssten aus Sicht der Liberalen die fünf großen \"E\" auf den Tisch: Einwanderung, Europa, Energie, "
         "Entlastung und Edukation, also Bildung.")

add(id="ho603-presseportal-rp-2017-10-lindner-jamaika-status-quo",
    title=JA_T,
    url="https://www.presseportal.de/pm/30621/3763867",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Wednesday edition "
              "before the first exploratory talks of CDU, CSU, FDP and Grüne after the federal election of 24 September "
              "2017, probably 18 October 2017, the day of the first talks; undated in the stored copy, which shows no story "
              "list); the newsroom label 'Rheinische Post' above the headline dropped (rules 2770, 3010); the headline with "
              "its prefix is the title; the dateline 'Düsseldorf (ots) -' run into the paragraph as stored (rule 2770); the "
              "service line 'www.rp-online.de' after the paragraph dropped with the contact block 'Pressekontakt: Rheinische "
              "Post Redaktion Telefon: (0211) 505-2621', the line 'Original-Content von: Rheinische Post, übermittelt durch "
              "news aktuell' and the lines 'Weitere Meldungen: Rheinische Post' and 'Das könnte Sie auch interessieren:' "
              "(rule 3590); complete as stored)",
    license=OTS_MEDIEN,
    paras=[JA_P1],
    # the headline quotation, whose sentence has the FDP as subject, is Lindner's: the body gives him the same words in his
    # quotation before `sagte Lindner der … "Rheinischen Post"` (rule 26); the body quotation is his (rule 30), the paper's
    # name null (rules 2, 2771); Lindner is named by his surname only, which is the canonical name (rule 7); the single
    # letter in marks that names the Liberals' five topics in the Konjunktiv sentence `Bei den Sondierungen müssten aus Sicht
    # der Liberalen die fünf großen "E" auf den Tisch: …` is null (rule 3592); the FDP, CDU, CSU and Grüne say nothing in
    # marks
    quotes=[("\"Verliebtheit in den Status quo\"", LINDNER_J),
            (cut(JA_P1, "\"Wir wollen", "überwinden kann\""), LINDNER_J),
            ("\"Rheinischen Post\"", None),
            ("\"E\"", None)],
    aliases={LINDNER_J: ["Lindner"]})

# --- Rheinische Post (ots, shown by finanznachrichten.de), March 2018: Christian Lindner on the new grand coalition ---

GK_P1 = ("Düsseldorf (ots) - FDP-Chef Christian Lindner geht davon aus, dass die große Koalition hält. \"Ich rechne damit, "
         "dass diese Regierung die volle Wahlperiode amtieren wird\", sagte Lindner der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Mittwochausgabe). Die Union stelle Machterhalt über Inhalte - und die SPD habe sich zu 70 "
         "Prozent bei den Inhalten durchgesetzt. \"Welchen Grund sollte es geben, diese Koalition vorzeitig platzen zu "
         "lassen?\", sagte Lindner. Er kündigte eine Opposition an, \"die nicht durch Schrillheit oder permanentes "
         "Nein-Sagen von sich reden\" mache. \"Wir werden die Stimme der Mitte sein, die auf Erneuerung und mehr Freiräume für "
         "den einzelnen Menschen drängt.\"")

add(id="ho603-ots-rp-2018-03-lindner-stabile-grosse-koalition",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2018-03/43255372-rheinische-post-fdp-chef-lindner-rechnet-mit-"
        "stabiler-grosser-koalition-007.htm",
    retrieved="same address (release of the Rheinische Post 'FDP-Chef Lindner rechnet mit stabiler großer Koalition' "
              "(headline by the address only) for a Wednesday edition of March 2018, sent over ots ('Düsseldorf (ots) -') and "
              "shown unchanged by finanznachrichten.de; the crawl date prefix ' date 2018-03' dropped (rule 63); no headline "
              "in the copy, the paragraph with its dateline is the first line (rules 32, 2770); the empty lines after the "
              "paragraph are the end of the stored copy; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[GK_P1],
    # the quotations before `sagte Lindner der … "Rheinischen Post"` and `sagte Lindner` are his (rule 30), the paper's name
    # null (rules 2, 2771); the Konjunktiv sentence on the Union and the SPD is unmarked (rule 5); the partial quotation in
    # `Er kündigte eine Opposition an, "…" mache` is his (rules 3, 8, 25), and the cue-less quotation after it continues him
    # (NOTES.md continuation), its `Wir` speaking for the FDP; the Union, the SPD and the Regierung say nothing; `FDP-Chef`
    # names the party and is no alias (rule 33)
    quotes=[(cut(GK_P1, "\"Ich rechne", "amtieren wird\""), LINDNER),
            ("\"Rheinischen Post\"", None),
            (cut(GK_P1, "\"Welchen Grund", "lassen?\""), LINDNER),
            (cut(GK_P1, "\"die nicht", "von sich reden\""), LINDNER),
            (cut(GK_P1, "\"Wir werden", "drängt.\""), LINDNER)],
    aliases={LINDNER: ["Christian Lindner", "Lindner"]})

# --- Neue Osnabrücker Zeitung (ots, reposted by pressekat.de), 10 May 2014: Wolfgang Kubicki before the FDP congress ---

KU_T = "Neue OZ: Gespräch mit Wolfgang Kubicki, stellvertretender Bundesvorsitzender der FDP"
KU_H1 = join("(ots) - FDP-Vize fordert \" Bundesparteitag der",
             "Kampfbereitschaft\"")
KU_H2 = join("\"Liberale nach personeller Erneuerung wie befreit\" - Kubicki: Aber",
             "die Trümmerfrauen brauchen noch Zeit")
KU_P1 = join("Osnabrück.- Wolfgang Kubicki, Vizechef der Liberalen, erwartet",
             "einen \"FDP-Bundesparteitag der Kampfbereitschaft\" an diesem",
             "Wochenende in Dresden. In einem Gespräch mit der \"Neuen Osnabrücker",
             "Zeitung\" mahnte Kubicki: \"Die FDP muss positiv sein.\" Er rief die",
             "Liberalen auf, technokratische Debatten zu lassen. \"Kalte Reden über",
             "die kalte Progression helfen uns nicht weiter. Wenn wir sagen, es sei",
             "unerhört, wie der Finanzminister uns heimlich Geld wegnimmt, versteht",
             "das jeder\", meinte Kubicki. Bei der Europawahl am 25. Mai sei Ziel",
             "der FDP \"eine 5 vor dem Komma\". Und wenn es nicht reiche, \"verkriecht",
             "sich niemand - oder zettelt eine Personaldebatte an\", forderte das",
             "FDP-Präsidiumsmitglied Geschlossenheit ein. Er sieht die Liberalen",
             "nach personeller Erneuerung \"wie vom Eise befreit\", warnte aber",
             "davor, die FDP auf deren Parteichef Christian Lindner und ihn zu",
             "reduzieren. Es gebe starkes Potenzial und Talente in den Ländern.",
             "Aber die Schuttberge nach dem Debakel bei der Bundestagswahl seien",
             "nicht innerhalb weniger Wochen beiseite zu räumen. \"Die Trümmerfrauen",
             "Lindner, Kubicki und andere brauchen ein bisschen Zeit\", meinte der",
             "Partei-Vize.")

add(id="ho603-pressekat-noz-2014-05-kubicki-bundesparteitag-kampfbereitschaft",
    title=KU_T,
    url="https://pressekat.de/pressinfo1057381-neue-oz-gespr-ch-mit-wolfgang-kubicki-stellvertretender-bundesvorsitzender-der-"
        "fdp.html",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over ots on the Saturday of the FDP's party congress "
              "in Dresden, reposted by the press-release portal pressekat.de with the date line 'Datum: 10.05.2014 - 07:00 Uhr' "
              "and 'Bereitgestellt von Benutzer: ots'; the sender is named in the headline prefix 'Neue OZ:', in the body and "
              "in the contact block 'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 207'); the "
              "portal's page title 'PresseKat - …', which repeats the headline, and its line 'ID: 1057381' dropped; the "
              "paper's generic headline 'Neue OZ: Gespräch mit …' is the title; the paper's own headline, into which the copy "
              "runs the wire's '(ots) -' without the place, the subtitle and the body are the blocks of the copy separated by "
              "empty lines, each hard-wrapped block's lines joined with one space (rules 660, 3010, 3070, 3590); the "
              "published '\" Bundesparteitag' with a space after the opening mark and the place mark 'Osnabrück.-' kept (rules "
              "20, 3010); the contact block and the portal's lines under it ('Themen in dieser Pressemitteilung:', "
              "'Unternehmensinformation / Kurzprofil:', the links 'drucken als PDF an Freund senden' with the headlines of the "
              "neighbouring releases, 'Bereitgestellt von Benutzer: ots', the date, language, id and character count lines) "
              "dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[KU_H1, KU_H2, KU_P1],
    # the paper's own headline `FDP-Vize fordert " Bundesparteitag der Kampfbereitschaft"` gives Kubicki's word, which the
    # body quotes after `Wolfgang Kubicki, Vizechef der Liberalen, erwartet einen "…"` (rules 3, 26), the headline's
    # `FDP-Vize` being the same man; the subtitle quotation before `- Kubicki:` condenses his partial quotation `nach
    # personeller Erneuerung "wie vom Eise befreit"`, whose unmarked `nach personeller Erneuerung` it takes into its marks,
    # and is his (rules 26, 461, 3011); the label and the unmarked summary after it carry no span (rule 5); the paper's name
    # in marks is null (rules 2, 2771); the colon quotation after `mahnte Kubicki:` and the quotations before `meinte
    # Kubicki`, `forderte das FDP-Präsidiumsmitglied Geschlossenheit ein` and `meinte der Partei-Vize` are his (rules 9, 30);
    # the partial quotations in the Konjunktiv sentence `Bei der Europawahl … sei Ziel der FDP "…"` and after `Er sieht die
    # Liberalen nach personeller Erneuerung` are his (rules 3, 8, 25); Christian Lindner, the Finanzminister and the Liberalen
    # say nothing in marks, Lindner and Kubicki named inside Kubicki's own last quotation; `Partei-Vize`, which names only him
    # in the release, is an alias (rule 44), while `FDP-Vize`, `FDP-Präsidiumsmitglied`, `Vizechef der Liberalen` and
    # `stellvertretender Bundesvorsitzender der FDP` name the party and are not (rule 33)
    quotes=[("\" Bundesparteitag der Kampfbereitschaft\"", KUBICKI),
            ("\"Liberale nach personeller Erneuerung wie befreit\"", KUBICKI),
            ("\"FDP-Bundesparteitag der Kampfbereitschaft\"", KUBICKI),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            ("\"Die FDP muss positiv sein.\"", KUBICKI),
            (cut(KU_P1, "\"Kalte Reden", "das jeder\""), KUBICKI),
            ("\"eine 5 vor dem Komma\"", KUBICKI),
            (cut(KU_P1, "\"verkriecht", "Personaldebatte an\""), KUBICKI),
            ("\"wie vom Eise befreit\"", KUBICKI),
            (cut(KU_P1, "\"Die Trümmerfrauen", "bisschen Zeit\""), KUBICKI)],
    aliases={KUBICKI: ["Wolfgang Kubicki", "Kubicki", "Partei-Vize"]})
