# Three-hundred-and-eighty-second held-out German real-news set (tests/data/heldout382-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2050-2052). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number, OTS number or
# content id, headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-second held-out set": two releases of the Austrian
# Parliament's Parlamentskorrespondenz on parlament.gv.at (the Gedenktag of May 2015, No. 460/2015; the Minister of
# Health's report on prevention, No. 874/2023), one Parlamentskorrespondenz release on the OTS press-release service (the
# art project of the open day, October 2016) and one page of the stenographic protocol of the Bundesrat (883rd sitting,
# July 2018), all under licence PK; one OTS release of the Staatssekretariat für Kunst und Medien in the Federal Chancellery
# (December 2003, licence BKA); one OTS release of the education ministry on the handover from Heinz Faßmann to Martin
# Polaschek (December 2021, licence BMBF); one news item of sozialversicherung.at (June 2015, licence SV_PORTAL). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, BMBF, PK, SV_PORTAL  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on parlament.gv.at, No. 460 of 05.05.2015: Christine Nöstlinger at the Gedenkveranstaltung ---

NOESTLINGER = "Christine Nöstlinger"
MUTTER = "Mutter"

GD_P1 = ("Wien (PK) – \"Als das Konzentrationslager Mauthausen errichtet wurde, war ich fast zwei Jahre alt. Als die letzten "
         "Überlebenden von der US-Armee befreit wurden, war ich acht Jahre alt. Man könnte also denken, dass in meinen "
         "Erinnerungen an diese Jahre das KZ-Mauthausen kein Thema wäre. Dem ist aber nicht so.\" Mit diesen Worten "
         "eröffnete die Schriftstellerin Christine Nöstlinger ihre Rede bei der heutigen Gedenkveranstaltung gegen Gewalt "
         "und Rassismus im Gedenken an die Opfer des Nationalsozialismus im Historischen Sitzungssaal des Parlaments (siehe "
         "Parlamentskorrespondenz Nr. 459). Die Veranstaltung stand heuer – am 70. Jahrestag der Befreiung des "
         "Konzentrationslagers Mauthausen – im Zeichen der Überlebenden der NS-Verbrechen.")
GD_P2 = ("Neben Christine Nöstlinger sprachen Nationalratspräsidentin Doris Bures und Bundesratspräsidentin Sonja Zwazl zu "
         "den rund 600 Gästen. Im Anschluss wurden Lebensgeschichten der NS-Überlebenden Rudolf Gelbart, Lucia Heilman, "
         "Suzanne-Lucienne Rabinovici und Ari Rath vorgetragen - teils von den Überlebenden selbst, teils von "
         "SchauspielerInnen des Burgtheaters. Die Aufführung fand im Rahmen der eigens für das Parlament adaptierten Fassung "
         "der Burgtheater-Produktion \"Die letzten Zeugen\" statt.")
GD_P3 = ("Nöstlinger thematisierte in ihrer Rede ihre persönlichen kindlichen Erlebnisse mit dem Unrecht der NS-Zeit. Etwa "
         "wenn sie von ihrer Mutter hörte, wie SA-Männer den \"Herrn Fischl\" abführten, in dessen Wohnung und Werkstatt kurz "
         "darauf ein \"arischer Schuster\" einzog. Als Nöstlinger ihre Mutter fragte, wohin denn der \"Herr Fischl\" gebracht "
         "worden sei, bekam sie als Antwort: \"Na, ins KZ.\"")

add(id="ho382-pk-2015-05-05-gedenkveranstaltung-noestlinger",
    title="Parlamentskorrespondenz Nr. 460 vom 05.05.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0460/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the subheading 'Nöstlinger: Nicht allzu viel zum Positiven "
              "verändert' kept as its own line (rule 5: unmarked, not annotated); the straight marks kept as published "
              "(rule 20); the paragraph 'Die Nachkriegsregierungen seien \"nicht besonders emsig bemüht\" gewesen, … sagte "
              "Nöstlinger weiters. Die S', cut off in the stored copy, dropped with its quotation (rule 15))",
    license=PK,
    paras=["Unermesslich ist der Dank, den wir ihnen schulden",
           "Das Parlament gedenkt der Opfer des Nationalsozialismus",
           GD_P1, GD_P2,
           "Nöstlinger: Nicht allzu viel zum Positiven verändert",
           GD_P3],
    # the opening quotation before its cue 'Mit diesen Worten eröffnete … Christine Nöstlinger ihre Rede' (rule 8); the
    # title of the Burgtheater production is null (rule 24); the name and the period label in her recollection are null
    # and the mother's answer is the mother's (rule 2051)
    quotes=[(cut(GD_P1, "\"Als das", "nicht so.\""), NOESTLINGER),
            ("\"Die letzten Zeugen\"", None),
            ("\"Herrn Fischl\"", None),
            ("\"arischer Schuster\"", None),
            ("\"Herr Fischl\"", None),
            ("\"Na, ins KZ.\"", MUTTER)],
    aliases={NOESTLINGER: ["Christine Nöstlinger", "Nöstlinger", "Schriftstellerin Christine Nöstlinger"],
             MUTTER: ["Mutter", "ihrer Mutter", "ihre Mutter"]})

# --- PK on parlament.gv.at, No. 874 of 01.08.2023: the Minister of Health's report on prevention ---

RAUCH = "Johannes Rauch"

VS_P1 = ("Wien (PK) – Vorsorge in Form von Gesundheitsförderung in der Bevölkerung sei den österreichischen "
         "Sozialversicherungsträgern ein großes Anliegen. Das betont Gesundheits- und Sozialminister Johannes Rauch in einem "
         "vom Nationalrat per Entschließung eingeforderten Bericht (III-980 d.B.) über die Umsetzung von "
         "\"Präventionsmaßnahmen\", die im Allgemeinen Sozialversicherungsgesetz für Versicherungsanstalten wie die "
         "Österreichische Gesundheitskasse (ÖGK), die Versicherungsanstalt Öffentlich Bediensteter, Eisenbahnen und Bergbau "
         "(BVAEB) oder die Sozialversicherung der Selbständigen (SVS) vorgeschrieben sind. Entsprechende Vorsorgemaßnahmen "
         "haben laut Rauch vor allem zum Ziel, \"die Gesundheitskompetenz der Versicherten zu entwickeln und zu fördern\", "
         "wobei die aktive Mitwirkung des/der Einzelnen am Erhalt der eigenen Gesundheit als notwendige Voraussetzung betont "
         "werde. Zur Prävention negativer Einflüsse auf die Gesundheit müssten allerdings auch Politikbereiche außerhalb des "
         "Gesundheitssektors die Inhalte der Gesundheitsförderung umsetzen, unterstreicht der Minister. Letztendlich gehe es "
         "um ein gesamtgesellschaftliches Verständnis zum Erhalt der Gesundheit.")
VS_P2 = ("Zu den klassischen Präventionsmaßnahmen der öffentlichen Hand wie die Kostenunterstützung gesetzlich definierter "
         "Impfungen führt der Bericht daher Initiativen zur Stärkung der \"Gesundheitskompetenz\" in der Bevölkerung an. "
         "Verhaltens- und verhältnisorientierte Ansätze gehen dabei Hand in Hand, um nicht nur eine gesündere Lebensweise der "
         "Menschen herbeizuführen, sondern auch deren alltägliche Rahmenbedingungen zu beeinflussen, etwa in Zusammenhang "
         "mit Sicherheitsvorkehrungen am Arbeitsplatz.")

add(id="ho382-pk-2023-08-01-bericht-rauch-vorsorge",
    title="Parlamentskorrespondenz Nr. 874 vom 01.08.2023",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2023/pk0874",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the subheading 'Krankheitsprävention braucht "
              "Gesundheitskompetenz' kept as its own line; the straight marks kept as published (rule 20); the paragraph "
              "'In \"Gesundheitskompetenz-Coachings\" erhalten die Versicherten dem Bericht zuf', cut off in the stored "
              "copy, dropped with its marks (rule 15))",
    license=PK,
    paras=["Sozialversicherungen richten Fokus auf Vorsorge",
           "Gesundheitsminister Rauch stellt Maßnahmen zur Gesundheitsförderung vor",
           VS_P1,
           "Krankheitsprävention braucht Gesundheitskompetenz",
           VS_P2],
    # the clause cued by 'laut Rauch' is the minister's (his report; rules 3, 28); the single quoted keywords are terms
    # of the law and the report, null (rule 2052)
    quotes=[("\"Präventionsmaßnahmen\"", None),
            ("\"die Gesundheitskompetenz der Versicherten zu entwickeln und zu fördern\"", RAUCH),
            ("\"Gesundheitskompetenz\"", None)],
    aliases={RAUCH: ["Johannes Rauch", "Rauch", "Gesundheits- und Sozialminister Johannes Rauch",
                     "Gesundheitsminister Rauch", "Minister"]})

# --- PK on OTS, 26.10.2016: the art project "Im Herzen der Demokratie" on the open day ---

KP_P1 = ("Wien (PK) - Zu einem Fest der Demokratie und der Kunst lädt das Parlament am heutigen Nationalfeiertag ein. Etwa "
         "tausend BesucherInnen werden stündlich eingelassen, um das Haus am Ring unter neuen Blickwinkeln kennenzulernen. "
         "Um die Mittagszeit war der Andrang besonders groß, die Schlange reichte von der Parlamentsrampe bis zur "
         "Ringstraße. Anders als in den Jahren zuvor gibt es diesmal keine vorgegebene Route durch das Haus am Ring, die "
         "BesucherInnen können viele Räume erkunden, die der Öffentlichkeit sonst nicht zugänglich sind. Viele bleiben lange "
         "im Haus, um die verschiedenen Stationen des Kunstprojekts zu erleben. Gleich in der Mitte der Säulenhalle des Hohen "
         "Hauses laden weiße Wände die Gäste ein, mit einem \"Kreuzerl\" ihren Besuch im Haus der Demokratie zu "
         "dokumentieren. Auf einer Social-Media-Wall werden Beiträge mit Hashtag #demokratieimherzen sichtbar gemacht.")
KP_P2 = ("Ausgehend von der zentralen Säulenhalle, die von dem Streichquartett Alma und dem \"Chorus sine nomine\" immer "
         "wieder mit Sphärenklängen erfüllt wird, gibt es verschiedene Aspekte des Kunstprojekts \"Im Herzen der Demokratie\" "
         "zu entdecken. Im historischen Sitzungssaal bietet das Blasmusikensemble Federspiel eine Interpretation der "
         "Bundeshymne mit \"umwerfendem\" Schluss. Sie leiten damit zum Essay von Franz Schuh über, der sich unter dem Titel "
         "\"Die strenge Kammer der Phrasen\" Gedanken über das Verhältnis von Politik und Sprache macht. Im Sitzungslokal III "
         "interpretiert der Pianist Marino Formenti nicht nur selber Musikstücke, er lädt auch zum Mitmachen ein. "
         "BesucherInnen überwinden ihre anfängliche Scheu, um ein Lied vorzutragen, oder drücken sich musikalisch an "
         "Schlagzeug oder E-Gitarre aus.")

add(id="ho382-pk-ots-2016-10-26-kunstprojekt-herzen-der-demokratie",
    title="Parlament: Kunstprojekt \"Im Herzen der Demokratie\" findet großen Anklang",
    url="http://www.ots.at/presseaussendung/OTS_20161026_OTS0066/parlament-kunstprojekt-im-herzen-der-demokratie-findet-"
        "grossen-anklang",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.10.2016, "
              "dateline 'Wien (PK)'; the stored date line ' date 2016-10' dropped (rule 14); the subtitle 'Nationalfeiertag "
              "mit zwei Tagen offenem Parlament' kept as its own line; the straight marks kept as published (rule 20); the "
              "paragraph 'Neben dem Erlebnis des Kunstprogramms haben die BesucherInnen auch', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Nationalfeiertag mit zwei Tagen offenem Parlament", KP_P1, KP_P2],
    # names of the project, an ensemble and an essay, the name of the ballot cross and a scare-quoted adjective of the
    # report: all null (rules 2, 24, 48)
    quotes=[("\"Im Herzen der Demokratie\"", None, 0),
            ("\"Kreuzerl\"", None),
            ("\"Chorus sine nomine\"", None),
            ("\"Im Herzen der Demokratie\"", None, 1),
            ("\"umwerfendem\"", None),
            ("\"Die strenge Kammer der Phrasen\"", None)],
    aliases={})

# --- stenographic protocol of the Bundesrat, 883rd sitting (12 July 2018), page 137: the outgoing president ---

add(id="ho382-br-2018-07-12-sitzung-883-seite-137",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00883/SEITE_0137.html",
    retrieved="same address (stored page of the stenographic protocol of the 883rd sitting of the Bundesrat, 12 July 2018, "
              "page 137; the page header 'BundesratStenographisches Protokoll883. Sitzung, 883. Sitzung des Bundesrates am "
              "12. Juli 2018 / Seite 137' and the navigation line 'HomeGesamtes ProtokollVorherige SeiteNächste Seite' "
              "dropped (rule 14); the page begins inside the outgoing president's speech, so the text has no title line "
              "(rules 18, 32); the paragraph 'Viele Medien und Journalisten in Österreich … wenn jemandem von der P', cut off "
              "in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Mit einem Kuriosum darf ich langsam zum Schluss kommen: Ich bin mir auch bewusst, ich werde es damit nicht in die "
           "Geschichtsbücher schaffen oder als Frage in die „Millionenshow“, aber es war doch etwas Besonderes, denn als "
           "Präsident des Bundesrates hatte ich in einem Zeitraum von sechs Monaten die große Herausforderung zu bewältigen, "
           "drei Nationalratspräsidenten zu begrüßen und Antrittsbesuche zu machen – Doris Bures, Elisabeth Köstinger und "
           "Wolfgang Sobotka. Das ist wirklich ein einmaliges Ereignis in der Geschichte des Bundesrates.",
           "Ich bedanke mich auch bei Präsident Sobotka. Er hat ein neues Projekt auf die Beine gestellt, in dem es um "
           "Parlamentarismus Neu geht, und da ist auch für den Bundesrat einiges Neues mit dabei, einiges, mit dem wir uns "
           "weiterentwickeln können. Das ist ein Projekt, bei dem man nicht nur den Nationalrat sozusagen ins Licht stellt, "
           "sondern auch den Bundesrat entsprechend berücksichtigt hat. Dafür danke ich dem Präsidenten sehr herzlich. "
           "(Beifall bei ÖVP, SPÖ und FPÖ sowie des Bundesrates Stögmüller.)",
           "Ich war sehr gerne Bundesrat, sehr gerne EU-Ausschussvorsitzender, sehr gerne Fraktionsobmann, sehr gerne "
           "Präsident dieser wunderbaren Länderkammer, da wiederhole ich mich gerne. Ich habe während meiner Auslandsreisen – "
           "und das waren doch einige während der zwei Präsidentschaften – immer hohe Wertschätzung und Anerkennung für den "
           "Bundesrat und auch als Bundesratspräsident erfahren dürfen. In China und Japan wurden wir sogar mit allen "
           "Staatsehren empfangen – unglaublich!"],
    # the name of a television quiz show in the speech is null (rules 2, 24)
    quotes=[("„Millionenshow“", None)],
    aliases={})

# --- BKA (Staatssekretariat für Kunst und Medien) on OTS, 16.12.2003: Franz Morak on the Jubiläumsjahr 2005 ---

MORAK = "Franz Morak"

JJ_P2 = ("\"Bei diesem historisch so zentralen Jubiläumsjahr der Geschichte der 2. Republik wollen wir ganz Österreich "
         "einbinden. Wir wollen einen weiten Bogen über das Jubiläum spannen, daher sollen die Bundesländer, Schulen, Museen "
         "und Kulturinstitutionen miteinbezogen werden\", betonte Morak. Er sehe es aber sehr positiv, dass sich auch "
         "Persönlichkeiten außerhalb der Bundesregierung Gedanken über das für Österreich so wichtige Jubiläum \"50 Jahre "
         "Staatsvertrag\" machen und einen Beitrag leisten wollen.")

add(id="ho382-bka-ots-2003-12-16-morak-jubilaeumsjahr-2005",
    title="Morak kündigt Gesamtkonzept für Jubiläumsjahr 2005 an",
    url="https://www.ots.at/presseaussendung/OTS_20031216_OTS0154/morak-kuendigt-gesamtkonzept-fuer-jubilaeumsjahr-2005-an",
    retrieved="same address (release of 16 December 2003 on the OTS press-release service; the contact block 'Rückfragen & "
              "Kontakt: / Staatssekretariat für Kunst und Medien / Tel.: …' names the state secretariat in the Federal "
              "Chancellery as sender; the contact block and the OTS footer 'OTS-ORIGINALTEXT … | SKM0001' dropped (rule "
              "19); the straight marks kept as published (rule 20); complete in the stored copy)",
    license=BKA,
    paras=["Wien (OTS) - Staatssekretär Franz Morak wurde von der Bundesregierung zum Koordinator des Jubiläumsjahres 2005 "
           "bestellt. In dieser Funktion kündigte Morak, heute, Dienstag an, dass derzeit ein Gesamtkonzept für das Jahr "
           "2005 erstellt wird.",
           JJ_P2,
           "Die Planungen zu einem Gesamtkonzept seien bereits weit fortgeschritten, Gespräche mit den verschiedensten "
           "Institutionen werden gerade geführt. Das Konzept werde zu einem geeigneten Zeitpunkt präsentiert werden, so der "
           "Staatssekretär abschließend."],
    # the quotation before its cue 'betonte Morak' (rule 8); the name of the anniversary in his reported speech is null
    # (rules 2, 24)
    quotes=[(cut(JJ_P2, "\"Bei diesem", "werden\""), MORAK),
            ("\"50 Jahre Staatsvertrag\"", None)],
    aliases={MORAK: ["Franz Morak", "Morak", "Staatssekretär Franz Morak", "Staatssekretär"]})

# --- education ministry (BMBWF) on OTS, 06.12.2021: handover from Heinz Faßmann to Martin Polaschek ---

FASSMANN = "Heinz Faßmann"
POLASCHEK = "Martin Polaschek"

AU_P2 = ("„Die Aufgaben im Bildungsministerium sind vielfältig und spannend“, so Faßmann. Neben der Pandemie-Bekämpfung "
         "steht eine Reihe von pädagogischen Projekten wie die Neugestaltung der Lehrpläne und die Digitalisierung an den "
         "Schulen in den Startlöchern. Ich übergebe Martin Polaschek ein gut aufgestelltes Haus und wünsche ihm alles Gute und "
         "viel Erfolg bei der Umsetzung der neuen Aufgaben.“")
AU_P3 = ("Der neue Bundesminister für Bildung, Wissenschaft und Forschung, Martin Polaschek, will sich nun mit voller Kraft "
         "den neuen Aufgaben widmen. „Ich freue mich auf die neuen Herausforderungen und gehe mit großem Respekt an die neue "
         "Aufgabe heran“, so Polaschek. „Die oberste Priorität wird weiterhin die Bekämpfung der Pandemie haben. Der "
         "Bildungs-, Wissenschafts- und Forschungsbereich steht aber nicht nur aufgrund dessen vor großen Herausforderungen, "
         "denn wir müssen jetzt die Weichen für die Zukunft stellen, um die beste Bildung zu ermöglichen und als "
         "Wissenschafts- und Forschungsstandort noch attraktiver zu werden. Wir werden daher das Regierungsprogramm weiter "
         "umsetzen und gemeinsam mit allen Seiten an nachhaltigen Lösungen arbeiten, um unsere Schulen, Hochschulen und "
         "Forschungseinrichtungen für die Zukunft bestmöglich aufzustellen“, so Bundesminister Polaschek weiter. „Mein Dank "
         "gilt Heinz Faßmann für seinen unermüdlichen Einsatz in den vergangenen vier Jahren. Ich wünsche ihm für die Zukunft "
         "alles erdenklich Gute“, so Polaschek abschließend.")

add(id="ho382-bmbf-ots-2021-12-06-amtsuebergabe-fassmann-polaschek",
    title="Amtsübergabe im Bildungsministerium",
    url="https://www.ots.at/presseaussendung/OTS_20211206_OTS0166/amtsuebergabe-im-bildungsministerium-bild",
    retrieved="same address (release of 6 December 2021 on the OTS press-release service, plain dateline 'Wien (OTS)'; the "
              "stored date line ' date 2021-12' dropped (rule 14); the stored copy ends after the third paragraph, before "
              "any contact block, so the sender is not printed in it: the release is taken as the ministry's by its plain "
              "dateline and content, the handover inside the ministry (rule 670); complete in the stored copy; the "
              "closing mark without an opening mark after '… der neuen Aufgaben.' kept as published (rules 20, 22, 2050))",
    license=BMBF,
    paras=["Wien (OTS) - Die Amtsübergabe im Ministerium für Bildung, Wissenschaft und Forschung erfolgte am heutigen "
           "Montagnachmittag. Der scheidende Minister Heinz Faßmann übergab die Ressortagenden an seinen Nachfolger Martin "
           "Polaschek nach dessen Angelobung.",
           AU_P2, AU_P3],
    # the quotation before its cue 'so Faßmann' (rule 8); the words after that cue up to the closing mark that has no
    # opening mark are his too (rules 22, 2050); Polaschek's three quotations before their cues (rule 8)
    quotes=[("„Die Aufgaben im Bildungsministerium sind vielfältig und spannend“", FASSMANN),
            (cut(AU_P2, "Neben der Pandemie", "neuen Aufgaben.“"), FASSMANN),
            (cut(AU_P3, "„Ich freue", "heran“"), POLASCHEK),
            (cut(AU_P3, "„Die oberste", "aufzustellen“"), POLASCHEK),
            (cut(AU_P3, "„Mein Dank", "erdenklich Gute“"), POLASCHEK)],
    aliases={FASSMANN: ["Heinz Faßmann", "Faßmann", "scheidende Minister Heinz Faßmann"],
             POLASCHEK: ["Martin Polaschek", "Polaschek", "Bundesminister Polaschek",
                         "Der neue Bundesminister für Bildung, Wissenschaft und Forschung, Martin Polaschek"]})

# --- sozialversicherung.at, 25.06.2015: Peter McDonald on prevention ---

MCDONALD = "Peter McDonald"

SV_P1 = ("„80 Prozent der Krankheitslast basieren auf mehr oder weniger beeinflussbaren Zivilisationskrankheiten. Gerade "
         "deswegen ist Gesundheitsförderung und Vorsorge für längere Gesundheit der Menschen die zentrale "
         "Herausforderung.“, so Peter McDonald Vorsitzender des Hauptverbandes der österreichischen "
         "Sozialversicherungsträger. „Wir brauchen eine breite Bewusstseinsänderung – weg von der reinen Reparaturmedizin hin "
         "zu einer lebenslangen aktiven Gesundheitsbegleitung. Notwendig ist hier eine nationale Kraftanstrengung wie beim "
         "Thema Umweltschutz in den 1980er-Jahren. Das ist nicht nur Thema der Sozialversicherung, sondern aller Player: "
         "Ärzteschaft, Bundesregierung und auch der Versicherten selbst.“")
SV_P2 = ("McDonald weiter: „Die Österreicher verlieren 1,5 Jahre mehr gesunde Lebensjahre als der Durchschnitts-Europäer – "
         "und das obwohl pro Jahr mehr als 34 Mrd. Euro in unser Gesundheitssystem fließen.“ Es gehe vor allem darum, "
         "vermeidbare Zivilisationskrankheiten zu bekämpfen und die Vorsorgeangebote zu verstärken.")
SV_P3 = ("„Die Vorsorgeuntersuchung ist derzeit unser wichtigstes Angebot, um gefährliche Krankheiten in einer Frühphase zu "
         "erkennen und den Menschen in Österreich mehr gesunde Lebensjahre zu ermöglichen. Deshalb muss diese "
         "Vorsorgeuntersuchung modernisiert und attraktiver gemacht werden – daran arbeiten wir gerade.“")

add(id="ho382-sv-2015-06-25-mcdonald-vorsorge",
    title="Sozialversicherung engagiert sich stärker für Gesundheitsförderung und Vorsorge",
    url="https://sso.sozialversicherung.at/cdscontent/?contentid=10007.845337&portal=svportal",
    retrieved="same address (news item of the Hauptverband of 25 June 2015 on sozialversicherung.at, served under its "
              "sso. host name; the print-button label 'DRUCKEN' dropped as furniture (rule 14); the date line '25. Juni "
              "2015' kept as a line of its own and the subtitle kept (rule 18); the stored blank lines holding a single "
              "space between the paragraphs dropped as layout; the published '.“,' kept (rule 20); the paragraph 'Die "
              "Vorsorgeuntersuchung solle nicht nur ein Gesundheitscheck sein, … bisher noch nich', cut off in the stored "
              "copy, dropped (rule 15))",
    license=SV_PORTAL,
    paras=["25. Juni 2015",
           "McDonald: Erfolgsprojekt Vorsorgeuntersuchung muss modernisiert und attraktiver gemacht werden – plus 10 "
           "Prozent Honorarangebot für Ärzte bei Weiterentwicklung",
           SV_P1, SV_P2, SV_P3],
    # the quotation before its cue 'so Peter McDonald' (rule 8) and the cue-less quotation after the cue sentence
    # (NOTES.md continuation); the colon cue 'McDonald weiter:' (rule 9); the paragraph that is one quotation without a
    # cue continues his statement (NOTES.md continuation)
    quotes=[(cut(SV_P1, "„80 Prozent", "Herausforderung.“"), MCDONALD),
            (cut(SV_P1, "„Wir brauchen", "selbst.“"), MCDONALD),
            (cut(SV_P2, "„Die Österreicher", "fließen.“"), MCDONALD),
            (SV_P3, MCDONALD)],
    aliases={MCDONALD: ["Peter McDonald", "McDonald",
                        "Vorsitzender des Hauptverbandes der österreichischen Sozialversicherungsträger"]})
