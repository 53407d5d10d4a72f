# Four-hundred-and-ninety-seventh held-out German real-news set (tests/data/heldout497-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2700-2705). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-ninety-seventh held-out set": nine press releases of German charities,
# aid organisations and their alliance, sent over the ots service of news aktuell and shown in the senders' newsrooms on
# presseportal.de (licence OTS_VERBAENDE_DE): four of Aktion Deutschland Hilft (the award 'Ausgewählter Ort im Land der
# Ideen', autumn 2009; Richard von Weizsäcker on the help for Haiti, early 2010; the alliance's press conference on the
# Pakistan flood, August 2010; Horst Köhler taking over as patron, 10 December, about 2013), two of CARE Deutschland-
# Luxemburg (its press officer Thomas Schwarz back from the Pakistan earthquake area, November 2005; Wolfgang Jamann on the
# cyclone in Myanmar, 6 May 2008), one of World Vision Deutschland (its thirtieth anniversary, 26 November 2009), one of the
# Malteser (Beate Maaß in Leogane, Haiti, January 2010) and one of the Deutsche Welthungerhilfe (Simone Pott back from the
# Pakistan earthquake area, 19 October 2005). Stored copies are the `search` tool's `pages` excerpts, cut after 2,000 bytes;
# only complete paragraphs are kept (rules 15, 17), presseportal furniture (newsroom widget and label, image captions and
# 'Bild-Infos', contact blocks and ots lines), editors' notes, donation-account blocks and the alliance's profile are dropped
# (rules 2590, 2610, 2700), hard-wrapped copies are joined (rule 2700), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_VERBAENDE_DE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.rstrip(" ") for line in lines)


LASCHET = "Armin Laschet"
ILLEMANN = "Thomas Illemann"
WEIZSAECKER = "Richard von Weizsäcker"
ROSSBACH = "Manuela Roßbach"
MARKMILLER = "Anton Markmiller"
KOEHLER = "Horst Köhler"
PASTORS = "Bernd Pastors"
SCHWARZ = "Thomas Schwarz"
JAMANN = "Wolfgang Jamann"
CARE = "CARE"
WAFFENSCHMIDT = "Christoph Waffenschmidt"
MURKOMEN = "Cornelius Murkomen"
MAASS = "Beate Maaß"
POTT = "Simone Pott"

# --- presseportal.de (ots), newsroom 50116, autumn 2009: Aktion Deutschland Hilft named 'Ausgewählter Ort im Land der Ideen' ---

LI_T = "\"Aktion Deutschland Hilft mobilisiert Kreativität und Solidarität, um weltweite Not zu lindern\""
LI_SUB = "Initiative \"Deutschland - Land der Ideen\" zeichnet Aktion Deutschland Hilft aus"
LI_P1 = ("Bonn (ots) - \"Gemeinsam schneller helfen\", der Grundgedanke von Aktion Deutschland Hilft, ist eine der besten "
         "Ideen des Landes. In seiner Funktion als Botschafter des Bündnisses nahm Handball-Bundestrainer Heiner Brand am "
         "Sonntag die offizielle Auszeichnung zum \"Ausgewählten Ort im Land der Ideen\" im Bonner Museum Koenig entgegen "
         "und würdigte anschließend das Engagement der Bündnispartner. Armin Laschet, Nordrhein-Westfalens Minister für "
         "Generationen, Familie, Frauen und Integration, betonte in seinem Grußwort, \"Aktion Deutschland Hilft mobilisiert "
         "Kreativität und Solidarität, um gemeinsam weltweit Not zu lindern.\" Das Bündnis trage damit eine Verbundenheit "
         "in die Welt, wie sie der Bundesrepublik Deutschland nach dem Kriege widerfahren sei, so der Minister weiter. Auch "
         "für Nordrhein-Westfalen sei Aktion Deutschland Hilft von Bedeutung, da fünf der zehn Mitglieder ihren Sitz in "
         "diesem Bundesland haben.")
LI_P2 = ("Die Deutsche Bank und die Standortinitiative \"Deutschland - Land der Ideen\" führen die Veranstaltungsreihe "
         "bereits im vierten Jahr gemeinsam unter der Schirmherrschaft von Bundespräsident Horst Köhler durch. \"Bei "
         "Katastrophen wie Erdbeben oder Überschwemmungen ist schnelle und koordinierte Hilfe, wie Aktion Deutschland Hilft "
         "sie erbringt, dringend geboten\", hob Laudator Thomas Illemann von der Deutschen Bank Köln hervor. Illemann hatte "
         "am Sonntag den Preis an Botschafter Heiner Brand überreicht.")

add(id="ho497-presseportal-adh-2009-land-der-ideen",
    title=LI_T,
    url="http://www.presseportal.de/pm/50116/1487216",
    retrieved="same address (release of Aktion Deutschland Hilft e.V. sent over news aktuell, autumn 2009: the release "
              "number, the 'aktuellen Katastrophen in Südostasien' and Armin Laschet's office of 2005-2010 date it; the "
              "stored copy gives no date); the newsroom label 'Aktion Deutschland Hilft e.V.' dropped, the headline is the "
              "title and the subtitle a line of its own, the dateline 'Bonn (ots) -' run into the first paragraph kept "
              "(rules 2590, 2700); the third paragraph, cut off in the stored copy in the middle of its closing cue ('so "
              "Heribert Röhrig, Vorsitzender von Aktion De'), dropped with Röhrig's quotation (rule 15); the published 'nach "
              "dem Kriege' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[LI_SUB, LI_P1, LI_P2],
    # the headline quotation without a label is the minister's, whose greeting the body quotes in nearly the same words
    # (rules 26, 2701); the alliance's motto in apposition to 'der Grundgedanke', the prize title and the name of the
    # initiative (subtitle and body) are null (rules 2, 24, 2661, 2701); 'betonte in seinem Grußwort, "…"' is Laschet's and
    # the Konjunktiv after it unmarked (rule 5); 'hob Laudator Thomas Illemann … hervor' is Illemann's; Heiner Brand, who
    # 'würdigte' without marks, and Horst Köhler say nothing
    quotes=[(LI_T, LASCHET),
            ("\"Deutschland - Land der Ideen\"", None, 0),
            ("\"Gemeinsam schneller helfen\"", None),
            ("\"Ausgewählten Ort im Land der Ideen\"", None),
            (cut(LI_P1, "\"Aktion Deutschland Hilft mobilisiert", "lindern.\""), LASCHET),
            ("\"Deutschland - Land der Ideen\"", None, 1),
            (cut(LI_P2, "\"Bei Katastrophen", "geboten\""), ILLEMANN)],
    aliases={LASCHET: ["Armin Laschet", "Minister"],
             ILLEMANN: ["Thomas Illemann", "Illemann", "Laudator"]})

# --- presseportal.de (ots), newsroom 50116, early 2010: Richard von Weizsäcker on the help for Haiti ---

WZ_T = "Weizsäcker: \"Haiti zeigt, dass die Weltgemeinschaft zusammenstehen kann\""
WZ_SUB = ("Neben dem ehemaligen Bundespräsidenten engagieren sich viele weitere Prominente für Aktion Deutschland Hilft")
WZ_P1 = ("Richard von Weizsäcker, ehemaliger Bundespräsident sowie Schirmherr von Aktion Deutschland Hilft, zeigt sich von "
         "der Hilfsbereitschaft der Deutschen, die sich solidarisch mit den Menschen in Haiti zeigen, zutiefst beeindruckt. "
         "\"Wir fühlen Trauer und Fassungslosigkeit. Dennoch zeigt diese Katastrophe auch eines: Die Weltgemeinschaft kann "
         "zusammenstehen, um Mitmenschen in Not schnelle und effektive Hilfe zukommen zu lassen\", sagt Weizsäcker. Über "
         "die Nothilfe hinaus müsse Haiti jetzt aber auch darin unterstützt werden, den Wiederaufbau der Häuser und Straßen "
         "genauso voranzutreiben wie den Aufbau stabiler politischer Strukturen. Regierungen müssten dabei mit "
         "Hilfsorganisationen zusammenarbeiten. \"Die Mitgliedsorganisationen von Aktion Deutschland Hilft sind von Anfang "
         "an vor Ort im Einsatz für die Menschen. Auf diese Helfer können wir stolz sein. Den Spendenaufruf des Bündnisses "
         "unterstütze ich nachhaltig - gemeinsam mit den Kuratoriumsmitgliedern.\"")

add(id="ho497-presseportal-adh-2010-weizsaecker-haiti",
    title=WZ_T,
    url="https://presseportal.de/pm/50116/1555351?langid=7",
    retrieved="same address (release of Aktion Deutschland Hilft e.V. sent over news aktuell, about three weeks after the "
              "earthquake in Haiti of 12 January 2010, as its second paragraph says; the stored copy gives no date); the "
              "headline is the title, subtitle and dateline 'Bonn (ots)' lines of their own as stored (rules 2590, 2700); "
              "the second paragraph, on the members of the alliance's board of trustees, cut off in the stored copy ('und "
              "u'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE,
    paras=[WZ_SUB, "Bonn (ots)", WZ_P1],
    # the headline label 'Weizsäcker: "…"' is his (rule 54); 'sagt Weizsäcker' and the cue-less quotation after his
    # Konjunktiv report (NOTES.md continuation) are his; the role phrases that name only him are aliases (rule 44)
    quotes=[("\"Haiti zeigt, dass die Weltgemeinschaft zusammenstehen kann\"", WEIZSAECKER),
            (cut(WZ_P1, "\"Wir fühlen", "lassen\""), WEIZSAECKER),
            (cut(WZ_P1, "\"Die Mitgliedsorganisationen", "Kuratoriumsmitgliedern.\""), WEIZSAECKER)],
    aliases={WEIZSAECKER: ["Richard von Weizsäcker", "Weizsäcker", "ehemaliger Bundespräsident", "Schirmherr"]})

# --- presseportal.de (ots), newsroom 50116, August 2010: the alliance's press conference on the flood in Pakistan ---

PK_T = "Aktion Deutschland Hilft begrüßt verstärktes Engagement"
PK_SUB = "CARE-Mitarbeiter aus Pakistan zurück (mit Bild)"
PK_P1 = ("\"Aufgrund der mittlerweile zahlreichen Spenden konnten unsere Mitgliedsorganisationen nun auch auf die Provinzen "
         "Punjab und Sindh ihre Hilfe ausweiten. Wir danken den Menschen in Deutschland für ihre Unterstützung\", betonte "
         "Manuela Roßbach auf der heutigen Bundespressekonferenz des Bündnisses in Berlin zum Thema Hilfe in Pakistan.")
PK_P2 = ("Aktion Deutschland Hilft und seine Bündnispartner verzeichnen mit Stand 24. August ein gemeinsames "
         "Spendenaufkommen von 16 Millionen Euro, davon entfallen 8,5 Millionen Euro auf das Bündnis. Bislang konnten die "
         "Mitgliedsorganisationen in Pakistan etwa 250.000 Menschen mit Nahrungsmitteln, Trinkwasser, Decken und Planen, "
         "Hygiene- und Kochutensilien versorgen. 4.000 Menschen erhielten Obdach in Zelten, die Medikamentenversorgung für "
         "150.000 Menschen für einen Monat ist sichergestellt, in mobilen Kliniken werden täglich 8.000 Menschen "
         "medizinisch behandelt.")
PK_P3 = ("\"Gleichzeitig mit der laufenden Nothilfe für Pakistan muss der Wiederaufbau jetzt geplant werden\", so der "
         "Hauptgeschäftsführer des Bündnispartners CARE Deutschland-Luxemburg, Dr. Anton Markmiller heute in Berlin. "
         "Niemand könne zwar sagen, was sich \"unter den Wassermassen genau an Aufgaben verberge\". Dennoch müssten \"in "
         "dieser Katastrophe einmalige Wege\" beschritten werden. Dazu gehöre auch die Luftbrücke, die die NATO inzwischen "
         "für Pakistan eingerichtet hat. \"CARE begrüßt die Luftbrücke der NATO. Auch Berlin überlebte nach dem Zweiten "
         "Weltkrieg nur mit einer solchen Luftbrücke. Jetzt haben wir die Chance, zurückzugeben, was wir einst erhielten\", "
         "so Markmiller.")

add(id="ho497-presseportal-adh-2010-08-pakistan-bundespressekonferenz",
    title=PK_T,
    url="https://presseportal.de/pm/50116/1669662",
    retrieved="same address (release of Aktion Deutschland Hilft e.V. sent over news aktuell on the day of its press "
              "conference in Berlin, August 2010 ('mit Stand 24. August'); the headline is the title, subtitle with its "
              "published photo note '(mit Bild)' and dateline 'Bonn (ots)' lines of their own as stored (rules 2590, 2700); "
              "the stored copy ends exactly at its 2,000-byte limit after the fourth paragraph's last sentence (CARE's press "
              "officer Thomas Schwarz, 'Apathie bis Aggression'), which may therefore be cut off and is dropped with its two "
              "quotations (rules 15, 52); the published 'Dr. Anton Markmiller heute' without a comma kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[PK_SUB, "Bonn (ots)", PK_P1, PK_P2, PK_P3],
    # 'betonte Manuela Roßbach' is hers; the quotation before 'so der Hauptgeschäftsführer …, Dr. Anton Markmiller', the two
    # partial quotations of the Konjunktiv report that follows and the quotation before 'so Markmiller' are his (rules 3,
    # 30, 857)
    quotes=[(cut(PK_P1, "\"Aufgrund", "Unterstützung\""), ROSSBACH),
            (cut(PK_P3, "\"Gleichzeitig", "werden\""), MARKMILLER),
            ("\"unter den Wassermassen genau an Aufgaben verberge\"", MARKMILLER),
            ("\"in dieser Katastrophe einmalige Wege\"", MARKMILLER),
            (cut(PK_P3, "\"CARE begrüßt", "erhielten\""), MARKMILLER)],
    aliases={ROSSBACH: ["Manuela Roßbach"],
             MARKMILLER: ["Anton Markmiller", "Dr. Anton Markmiller", "Markmiller", "Hauptgeschäftsführer"]})

# --- presseportal.de (ots), newsroom 50116, 10 December (about 2013): Horst Köhler becomes the alliance's patron ---

HK_T = "Aktion Deutschland Hilft: Horst Köhler übernimmt Schirmherrschaft"
HK_SUB = "Bundespräsident a.D. tritt Nachfolge von Dr. Richard von Weizsäcker an"
HK_P1 = ("Bundespräsident a.D. Prof. Dr. Horst Köhler übernimmt die Schirmherrschaft über Aktion Deutschland Hilft. Damit "
         "tritt er die Nachfolge von Bundespräsident a.D. Dr. Richard von Weizsäcker an, der seit 2003 als Schirmherr das "
         "Bündnis deutscher Hilfsorganisationen vertreten hat.")
HK_P2 = ("\"Wir Deutschen haben eine humanitäre Pflicht Menschen weltweit zu helfen, die unverschuldet unter den Folgen von "
         "Naturkatastrophen oder Konflikten leiden. Diese Hilfe gelingt am besten gemeinsam: So wie bei Aktion Deutschland "
         "Hilft, dem Bündnis deutscher Hilfsorganisationen\", so Köhler zu seinem zukünftigen Engagement für Aktion "
         "Deutschland Hilft. Die Schirmherrschaft wurde am heutigen 10. Dezember offiziell durch Frank-Walter Steinmeier, "
         "Vorsitzender des Kuratoriums von Aktion Deutschland Hilft, an Prof. Dr. Köhler übergeben.")
HK_P3 = ("Der Vorstand von Aktion Deutschland Hilft dankt für die Übernahme der Schirmherrschaft durch den "
         "Bundespräsidenten a.D: \"Horst Köhler engagiert sich bereits seit vielen Jahren im Bereich der globalen "
         "Zusammenarbeit u.a. durch seinen Einsatz für eine neue Entwicklungsagenda. Wir freuen uns auf die Zusammenarbeit "
         "und werden gemeinsam viel bewegen\", so Bernd Pastors, Vorstandsvorsitzender.")
HK_P4 = ("Bundespräsident a.D. Dr. Richard von Weizsäcker war seit 2003 der Schirmherr von Aktion Deutschland Hilft. Er hat "
         "das 2001 gegründete Bündnis seither eng begleitet und dessen erfolgreiche Entwicklung mit geprägt.")

add(id="ho497-presseportal-adh-koehler-schirmherrschaft",
    title=HK_T,
    url="http://www.presseportal.de/pm/50116/2618186",
    retrieved="same address (release of Aktion Deutschland Hilft e.V. sent over news aktuell on 10 December, the year not "
              "given in the stored copy; the release number places it about December 2013); the newsroom widget ('Alle "
              "Storys', 'Folgen', 'Keine Story von Aktion Deutschland Hilft e.V. mehr verpassen.') and label dropped, the "
              "image caption that repeats headline and subtitle joined by ' / ' and the image furniture '• Bild-Infos', '• "
              "Download' dropped (rules 2590, 2610, 2700); the headline is the title, subtitle and dateline 'Berlin (ots)' "
              "lines of their own; the alliance's profile 'Kurzprofil Aktion Deutschland Hilft e.V.', cut off in the stored "
              "copy, dropped with its heading (rules 15, 2700); the published 'eine humanitäre Pflicht Menschen', 'a.D:' "
              "and 'mit geprägt' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[HK_SUB, "Berlin (ots)", HK_P1, HK_P2, HK_P3, HK_P4],
    # 'so Köhler zu seinem zukünftigen Engagement' is Köhler's; the quotation after the board's colon sentence and before
    # 'so Bernd Pastors, Vorstandsvorsitzender' is Pastors's (rule 2702); Steinmeier and Weizsäcker say nothing
    quotes=[(cut(HK_P2, "\"Wir Deutschen", "Hilfsorganisationen\""), KOEHLER),
            (cut(HK_P3, "\"Horst Köhler engagiert", "bewegen\""), PASTORS)],
    aliases={KOEHLER: ["Horst Köhler", "Prof. Dr. Horst Köhler", "Köhler", "Prof. Dr. Köhler"],
             PASTORS: ["Bernd Pastors", "Vorstandsvorsitzender"]})

# --- presseportal.de (ots), newsroom 6745, November 2005: CARE's press officer back from the earthquake area in Pakistan ---

CS_T = "CARE-Pressesprecher für \"AKTION DEUTSCHLAND HILFT\" im Erdbebengebiet Pakistans unterwegs"
CS_SUB = "\"Nicht erst in zwei Wochen: Jetzt ist Zeit, Winterunterkünfte zu bauen!\""
CS_P1 = ("Bonn (ots) - Islamabad/Bonn Thomas Schwarz, Pressesprecher von CARE International Deutschland ist soeben aus dem "
         "Erdbebengebiet Pakistans zurückgekehrt. Als Medienkoordinator für die \"AKTION DEUTSCHLAND HILFT\" (ADH) hat "
         "Schwarz mehrere Tage das Allai-Tal in der Provinz Battagram besucht. \"CARE geht dahin, wo sonst niemand hingeht. "
         "Die Dörfer liegen 1300, 1400 oder 1800 Meter über dem Meeresspiegel\", so Schwarz über den Einsatz seiner "
         "Organisation. \"Gegen sechs oder sieben Uhr morgens ist es derzeit minus sieben Grad Celsius. Der Winter schleicht "
         "sich immer näher an die Dörfer heran und droht mit bis zu minus 18 Grad - jetzt ist Zeit, zu liefern, zu helfen, "
         "zu bauen - und nicht in zwei Wochen. Sonst kann es für viele Überlebende des Erdbebens zu spät sein.\" Die "
         "gemeinsame Anstrengung der zehn in der AKTION DEUTSCHLAND HILFT zusammengeschlossenen Organisationen wirkten sich "
         "seit Wochen positiv aus, so Schwarz. Und weiter: \"Das bedeutet aber nicht, dass wir unsere Hände jetzt in den "
         "Schoß legen dürfen. Die Zeit rennt erbarmungslos.\"")
CS_P2 = ("CARE International Deutschland baut derzeit Holzunterkünfte und verteilt winterfeste Zelte sowie Öfen, Decken, "
         "Schuhe und Hygieneartikel. \"CARE hat sich dort eine enorme Reputation erworben. Das äußern die Menschen mit viel "
         "Respekt, Dankbarkeit und offener Gastfreundschaft\", beschreibt Schwarz seine Eindrücke von der Region. \"Die "
         "Überlebenden der Katastrophe räumen ihre dem Erdboden gleichgemachten Dörfer mit nackten Händen wieder auf. "
         "Räumfahrzeuge können nicht dorthin geschafft werden,\" so Schwarz \"Die Bergbewohner möchten später einmal mit "
         "Stolz auf 'ihren' Wiederaufbau zurückblicken können.\"")

add(id="ho497-presseportal-care-2005-schwarz-erdbebengebiet-pakistan",
    title=CS_T,
    url="https://www.presseportal.de/pm/6745/765189",
    retrieved="same address (release of CARE Deutschland-Luxemburg e.V. sent over news aktuell, November 2005: the release "
              "number and the coming winter after the Kashmir earthquake of 8 October 2005 date it; the stored copy gives no "
              "date); the newsroom label 'CARE Deutschland-Luxemburg e.V.' dropped, headline as title and subtitle as a line "
              "of its own, the dateline 'Bonn (ots) - Islamabad/Bonn' run into the first paragraph kept, the four leading "
              "spaces of the old layout's paragraphs dropped (rules 20, 2590, 2700); the last paragraph, an editors' note "
              "offering interviews and cut off in the stored copy ('Thomas Schwarz steht für Interviews zur Verfügung. "
              "Gerne vermittelt Ihnen unsere Pressestelle ein'), dropped (rules 15, 2700); the published 'Pressesprecher von "
              "CARE International Deutschland ist' without a comma, 'wirkten sich', the comma inside the closing mark "
              "('werden,\"') and the missing full stop after 'so Schwarz' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[CS_SUB, CS_P1, CS_P2],
    # the alliance's name in marks in the headline and the first paragraph is null (rule 2; its third mention has no
    # marks); the subtitle quotation without a label is the press officer's, whose body quotation makes the same demand
    # (rule 2703); his five body quotations are his: 'so Schwarz über …', the cue-less continuation, 'Und weiter: "…"'
    # (rule 9), 'beschreibt Schwarz seine Eindrücke', and the two quotations on either side of 'so Schwarz' without
    # punctuation (rule 2703), the second with the nested ASCII single marks around 'ihren' inside its span (NOTES.md)
    quotes=[("\"AKTION DEUTSCHLAND HILFT\"", None, 0),
            (CS_SUB, SCHWARZ),
            ("\"AKTION DEUTSCHLAND HILFT\"", None, 1),
            (cut(CS_P1, "\"CARE geht", "Meeresspiegel\""), SCHWARZ),
            (cut(CS_P1, "\"Gegen sechs", "zu spät sein.\""), SCHWARZ),
            (cut(CS_P1, "\"Das bedeutet", "erbarmungslos.\""), SCHWARZ),
            (cut(CS_P2, "\"CARE hat sich", "Gastfreundschaft\""), SCHWARZ),
            (cut(CS_P2, "\"Die Überlebenden", "werden,\""), SCHWARZ),
            (cut(CS_P2, "\"Die Bergbewohner", "können.\""), SCHWARZ)],
    aliases={SCHWARZ: ["Thomas Schwarz", "Schwarz", "Pressesprecher", "Medienkoordinator"]})

# --- presseportal.de (ots), newsroom 6745, 6 May 2008: CARE raises its help for the cyclone victims in Myanmar ---

CJ_T = "CARE stockt Hilfe auf 100.000 EUR auf Jamann: \"Arbeit wird Jahre dauern\""
CJ_SUB = "Zusammenarbeit mit UNO"
CJ_P1 = ("Bonn (ots) - BONN/RANGUN 6. Mai 2008 - Die Hilfsorganisation CARE Deutschland-Luxemburg hat ihre Hilfe für die "
         "vom Zyklon betroffenen Regionen in Myanmar auf 100.000 Euro aufgestockt. Dennoch wird dieses Geld nach "
         "Einschätzung von CARE-Hauptgeschäftsführer Dr. Wolfgang Jamann bei weitem nicht ausreichen. Er rechnet mit einem "
         "\"jahrelangen Aufbau nach dem schrecklichen Zyklon in Myanmar\". Jamann erklärte dazu in Bonn, selbstverständlich "
         "gehe es jetzt darum, \"den Wirbelsturmopfern das Überleben zu sichern\". Gleichzeitig müsse alles unternommen "
         "werde, \"damit die Menschen auf eine solche Katastrophe besser vorbereitet sind\". Jamann bestätigte die nach wie "
         "vor \"extrem schwierige Informationslage\". Dennoch gäbe es immer wieder \"Schleusen der Kommunikation\". Danach "
         "werde möglicherweise mit \"einem weiteren Anstieg der Todeszahlen gerechnet werden müssen\", so Jamann. CARE wird "
         "- sobald dies möglich ist - gemeinsam mit dem Welternährungsprogramm WFP mit der Verteilung von Nahrungsmittel "
         "beginnen. Dazu werden nach Einschätzung von CARE auch möglicherweise eine \"regelrechte Luftbrücke\" erforderlich "
         "sein. Ebenso wichtig wie Lebensmittelversorgung ist nach CARE-Einschätzung das Reinigen des Wassers. Jamann: "
         "\"Gerade die ohnehin bereits mangelernährten und kranken Frauen und Kinder wären von verschmutztem Wasser "
         "unmittelbar betroffen.\"")

add(id="ho497-presseportal-care-2008-05-06-jamann-myanmar",
    title=CJ_T,
    url="http://www.presseportal.de/pm/6745/1186016",
    retrieved="same address (release of CARE Deutschland-Luxemburg e.V. sent over news aktuell, 6 May 2008, as its own "
              "dateline 'BONN/RANGUN 6. Mai 2008' says); the newsroom label dropped, the stored line that runs headline and "
              "subtitle together kept as the title, the second subtitle 'Zusammenarbeit mit UNO' a line of its own, the "
              "dateline 'Bonn (ots) - BONN/RANGUN 6. Mai 2008 -' run into the paragraph kept (rules 18, 2590, 2700); the "
              "contact block 'Pressekontakt: Rückfragen bitte an: CARE Deutschland-Luxemburg e.V. Thomas Schwarz …' and "
              "'Original-Content von: CARE Deutschland-Luxemburg e.V., übermittelt durch news aktuell', which the stored copy "
              "runs onto the end of the paragraph, and the link lines 'Weitere Meldungen: …', 'Das könnte Sie auch "
              "interessieren:' dropped (rules 2590, 2700); complete as stored; the published 'unternommen werde', "
              "'Nahrungsmittel beginnen', 'gäbe' and 'werden … eine \"regelrechte Luftbrücke\" erforderlich sein' kept (rule "
              "20)",
    license=OTS_VERBAENDE_DE,
    paras=[CJ_SUB, CJ_P1],
    # the label 'Jamann: "…"' inside the line that runs headline and subtitle together is his (rules 54, 2704); the six
    # partial quotations of his report ('Er rechnet mit einem "…"' after the sentence that names him, 'erklärte', the
    # Konjunktiv continuation, 'bestätigte', 'gäbe', 'so Jamann') and the colon quotation after 'Jamann:' are his (rules 3,
    # 8, 9, 25, 857); the quoted words of the assessment credited to 'CARE' itself are the organisation's (rule 2704)
    quotes=[("\"Arbeit wird Jahre dauern\"", JAMANN),
            ("\"jahrelangen Aufbau nach dem schrecklichen Zyklon in Myanmar\"", JAMANN),
            ("\"den Wirbelsturmopfern das Überleben zu sichern\"", JAMANN),
            ("\"damit die Menschen auf eine solche Katastrophe besser vorbereitet sind\"", JAMANN),
            ("\"extrem schwierige Informationslage\"", JAMANN),
            ("\"Schleusen der Kommunikation\"", JAMANN),
            ("\"einem weiteren Anstieg der Todeszahlen gerechnet werden müssen\"", JAMANN),
            ("\"regelrechte Luftbrücke\"", CARE),
            (cut(CJ_P1, "\"Gerade die", "betroffen.\""), JAMANN)],
    aliases={JAMANN: ["Wolfgang Jamann", "Dr. Wolfgang Jamann", "Jamann"],
             CARE: ["CARE", "Hilfsorganisation"]})

# --- presseportal.de (ots), newsroom 6795, 26 November 2009: World Vision Deutschland thirty years old ---

WV_T = "Start weltweite Kampagne - versteckte Tsunami beenden!"
WV_H1 = "30 Jahre World Vision Deutschland:"
WV_H2 = "Hunderttausende Paten schenken Zukunft für Kinder"
WV_H3 = join("Neue Kampagne soll Chance auf Leben für 6 Millionen Kinder ",
             "jährlich ermöglichen - versteckten Tsunami beenden!")
WV_P1 = join("Friedrichsdorf, 26.11.2009. Die Kinderhilfsorganisation World ",
             "Vision Deutschland feiert heute ihr 30-jähriges Bestehen.")
WV_P2 = join("Seit 1979 haben Hunderttausende Paten aus Deutschland Kindern in ",
             "Entwicklungsländern eine Zukunft geschenkt. Der Vorstandsvorsitzende ",
             "Christoph Waffenschmidt betont: \"Am heutigen Tag möchten wir unseren ",
             "vielen Tausend Paten, die uns in den vergangenen Jahren unterstützt ",
             "haben, einen ganz besonderen Dank aussprechen. Sie haben vielen ",
             "Tausenden Kindern, ihren Familien und Nachbarn eine Zukunft ",
             "ermöglicht. Zahlreiche Erfolgsgeschichten aus unseren Projektgebieten",
             "sind der Beweis.\"")
WV_P3 = join("Cornelius Murkomen, ehemaliges Patenkind aus Kenia, erklärt: \"Ich ",
             "arbeite heute als Lehrer an einer Grundschule. Durch die ",
             "Unterstützung meines Paten in Deutschland war ich in der Lage, diese ",
             "Ausbildung zu machen. Heute kann ich mein Wissen wiederum an die ",
             "Kinder in unserem Dorf weitergeben. Auch das Leben in unserer ",
             "Gemeinschaft hat sich durch die Unterstützung aus Deutschland ",
             "maßgeblich verbessert. Es gibt Straßen und Schulen. Wir haben ",
             "sauberes Trinkwasser, durch Schulung der Bauern konnten die ",
             "landwirtschaftlichen Erträge verbessert werden. Die Menschen sind ",
             "heute gesünder, und es geht ihnen auch wirtschaftlich viel besser.\"")

add(id="ho497-presseportal-world-vision-2009-11-26-30-jahre",
    title=WV_T,
    url="http://www.presseportal.de/pm/6795/1519208",
    retrieved="same address (release of World Vision Deutschland e.V. sent over news aktuell, 26 November 2009, as its "
              "own date line says); the newsroom widget ('Alle Storys', 'Folgen', 'Keine Story von World Vision Deutschland "
              "e.V. mehr verpassen.') and label dropped, the headline is the title and the dateline 'Friedrichsdorf (ots)' "
              "a line of its own (rules 2590, 2700); the hard-wrapped body joined as rule 2700 says: the three heading lines "
              "of the release kept as lines, the wrapped third heading joined, and paragraphs ending at the short lines that "
              "close a sentence ('… 30-jähriges Bestehen.', '… der Beweis.\"', '… viel besser.\"'); the fourth paragraph, "
              "cut off in the stored copy inside its quotation ('auf der Prioritätenliste der Politiker steh'), dropped "
              "with it (rule 15); the published 'versteckte Tsunami' (headline) kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=["Friedrichsdorf (ots)", WV_H1, WV_H2, WV_H3, WV_P1, WV_P2, WV_P3],
    # 'Der Vorstandsvorsitzende Christoph Waffenschmidt betont: "…"' and 'Cornelius Murkomen, ehemaliges Patenkind aus
    # Kenia, erklärt: "…"' are the colon quotations of the two men named before the colon (rule 9); the role forms that name
    # only one of them are aliases (rule 44)
    quotes=[(cut(WV_P2, "\"Am heutigen", "Beweis.\""), WAFFENSCHMIDT),
            (cut(WV_P3, "\"Ich arbeite", "besser.\""), MURKOMEN)],
    aliases={WAFFENSCHMIDT: ["Christoph Waffenschmidt", "Vorstandsvorsitzende"],
             MURKOMEN: ["Cornelius Murkomen", "ehemaliges Patenkind"]})

# --- presseportal.de (ots), newsroom 58983, 26 January 2010: the Malteser health station in Leogane, Haiti ---

ML_T = "Erdbeben Haiti: Medizinische Hilfe weiter dringend nötig"
ML_SUB = "Dr. Georg Nothelle kehrt am 27. Januar zurück, weiteres Team startet am gleichen Tag"
ML_P1 = ("\"Unsere Arbeit hat sich rumgesprochen, jetzt werden Patienten auch aus der Umgebung zu uns gebracht - mit "
         "Motorrädern oder einfach getragen\", berichtet Beate Maaß, Nothilfe-Koordinatorin der Malteser in Haiti, von der "
         "Gesundheitsstation der Malteser in Leogane. Dort versorgen drei aus Haiti stammenden amerikanischen Ärzte und drei "
         "Krankenschwestern der Malteser die Patienten nach Operationen und helfen auch bei Krankheiten, die nicht "
         "unmittelbar aufs Erdbeben zurückgehen. Zwei weiteren Babys konnten sie inzwischen auf die Welt helfen. \"Jetzt "
         "haben wir endlich Trinkwasser, das haben die Kollegen von Arche Nova installiert. Die Kooperation mit anderen "
         "Organisationen läuft ausgezeichnet\", freut sich die 34-jährige Bochumerin. Malteser und Arche Nova sind "
         "Mitglieder von Aktion Deutschland Hilft.")
ML_P2 = ("Am Mittwoch, 27. Januar, kehrt Dr. Georg Nothelle nach 14-tägigem Haiti-Einsatz nach Deutschland zurück. Er wird "
         "um 16.40 Uhr auf dem Düsseldorfer Flughafen eintreffen.")
ML_P3 = ("Am gleichen Tag starten der Chirurg Dr. Bernd Dietz, der im fränkischen Scheßlitz wohnt, und die Krankenschwester "
         "Eva-Maria Schmidt, die aus der Pfalz stammt und derzeit im Elsass lebt, um 12.20 Uhr vom Frankfurter Flughafen "
         "aus nach Haiti. Dietz wird vor Ort die medizinische Leitung übernehmen.")

add(id="ho497-presseportal-malteser-2010-01-haiti-leogane",
    title=ML_T,
    url="https://presseportal.de/pm/58983/1550933?langid=4",
    retrieved="same address (release of the Malteser sent over news aktuell, 26 January 2010: the eve of 'Mittwoch, 27. "
              "Januar' of 2010, the year of the Haiti earthquake; the stored copy gives no date; the sender is the newsroom "
              "58983, whose release of 13 January 2010 (pm/58983/1543771, not used) ends with 'Original-Content von: "
              "Malteser in Deutschland, übermittelt durch news aktuell', and the release's own voice); the headline is the "
              "title, subtitle and dateline 'Leogane/Port-au-Prince/Köln (ots)' lines of their own as stored (rules 2590, "
              "2700); the editors' note 'Achtung Redaktionen: Dr. Georg Nothelle steht nach seiner Ankunft … für Interviews "
              "zur Verfügung …', cut off in the stored copy, dropped (rules 15, 2700); the published 'drei aus Haiti "
              "stammenden amerikanischen Ärzte' and 'Zwei weiteren Babys' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[ML_SUB, "Leogane/Port-au-Prince/Köln (ots)", ML_P1, ML_P2, ML_P3],
    # 'berichtet Beate Maaß, Nothilfe-Koordinatorin der Malteser in Haiti' is hers, and so is 'freut sich die 34-jährige
    # Bochumerin', a description by age and home town that takes her up (rule 2705); Georg Nothelle, Bernd Dietz and
    # Eva-Maria Schmidt say nothing
    quotes=[(cut(ML_P1, "\"Unsere Arbeit", "getragen\""), MAASS),
            (cut(ML_P1, "\"Jetzt haben", "ausgezeichnet\""), MAASS)],
    aliases={MAASS: ["Beate Maaß", "Nothilfe-Koordinatorin", "Bochumerin"]})

# --- presseportal.de (ots), newsroom 6596, 19 October 2005: the Welthungerhilfe doubles its help after the Pakistan earthquake ---

WH_T = "Welthungerhilfe verdoppelt Hilfe für Pakistan"
WH_P1 = join("19.10.2005. Die Deutsche Welthungerhilfe (DWHH) hat",
             "ihre Hilfe für Pakistan verdoppelt und versorgt mittlerweile 5.000 ",
             "Personen in der Kaschmirregion und der North-West Frontier Province. ",
             "Familien in vom Erdbeben zerstörten Dörfern erhalten Zelte, Decken, ",
             "Plastikplanen, Schlafmatten, Kochutensilien und Nahrungsmittel.")
WH_P2 = join("\"Die Menschen müssen aufgrund des starken Regens im knöcheltiefen ",
             "Schlamm leben und frieren ständig\", berichtet Simone Pott von der ",
             "Deutschen Welthungerhilfe, die soeben von einer Reise in die ",
             "Erdbebenregion zurückgekehrt ist. Nach wie vor mangele es an Zelten. ",
             "Auch Wellbleche würden stark nachgefragt, um sich aus dem Schutt ",
             "einfache Baracken zum Schutz auszubauen.")
WH_P3 = join("Pott rief dringend zu Spenden auf: \"Die Hilfsbereitschaft der ",
             "pakistanischen Bevölkerung ist sehr hoch, aber diese Krise übersteigt",
             "ihre finanziellen und logistischen Möglichkeiten bei weitem\", sagt ",
             "sie. Die internationale Gemeinschaft dürfe bei dieser Krise nicht ",
             "versagen. Auch wenn sich die Katastrophen häuften, dürfe dafür nicht ",
             "die pakistanische Bevölkerung bestraft werden.")
WH_P4 = join("Problematisch seien die ständigen Nachbeben. Durch sie drohten die",
             "ohnehin beschädigten Straßen noch schwerer passierbar zu werden. ",
             "Viele der betroffenen Dörfer könnten ohnehin nur zu Fuß erreicht ",
             "werden, so Pott. Die DWHH erwägt daher jetzt, Maultiere zum Transport",
             "von Hilfsgütern einzusetzen.")
WH_P5 = join("Die Welthungerhilfe bittet dringend um Spenden für die Opfer des ",
             "Erdbebens in Südasien.")
WH_P6 = join("Das Erdbeben in Pakistan wird auch Thema bei der Stargala ",
             "zugunsten der Deutschen Welthungerhilfe sein. Sie wird am morgigen ",
             "Donnertag, dem 20.10.2005 um 20 Uhr 15  live im ZDF übertragen.")

add(id="ho497-presseportal-welthungerhilfe-2005-10-19-pakistan",
    title=WH_T,
    url="https://presseportal.de/pm/6596/738407",
    retrieved="same address (release of the Deutsche Welthungerhilfe e.V. sent over news aktuell, 19 October 2005, as its "
              "own date line says); the newsroom widget ('Alle Storys', 'Folgen', 'Keine Story von Deutsche Welthungerhilfe "
              "e.V. mehr verpassen.') and label dropped, the headline is the title and the dateline 'Bonn (ots)' a line of "
              "its own (rules 2590, 2700); the hard-wrapped body joined as rule 2700 says, paragraphs ending at the short "
              "lines that close a sentence ('… und Nahrungsmittel.', '… auszubauen.', '… bestraft werden.', '… "
              "einzusetzen.', '… in Südasien.', '… übertragen.'); the donation-account lines between the fifth and the last "
              "paragraph ('Kontonummer 1115', 'Sparkasse KölnBonn', 'BLZ 380 500 00', 'Stichwort: Erdbeben Pakistan') and "
              "the contact block 'Kontakt: Marion Aberle, Pressesprecherin …' dropped (rule 2700); complete as stored up to "
              "the contact block; the published 'Donnertag' and the double space in '20 Uhr 15  live' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=["Bonn (ots)", WH_P1, WH_P2, WH_P3, WH_P4, WH_P5, WH_P6],
    # 'berichtet Simone Pott von der Deutschen Welthungerhilfe' is hers; the quotation after the colon cue 'Pott rief
    # dringend zu Spenden auf:' and before 'sagt sie' is hers too (rules 8, 9), and her Konjunktiv reports ('Nach wie vor
    # mangele es …', '…, so Pott') are unmarked (rule 5)
    quotes=[(cut(WH_P2, "\"Die Menschen", "ständig\""), POTT),
            (cut(WH_P3, "\"Die Hilfsbereitschaft", "bei weitem\""), POTT)],
    aliases={POTT: ["Simone Pott", "Pott"]})
