# Five-hundred-and-sixtieth held-out German real-news set (tests/data/heldout560-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3250-3255). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixtieth held-out set": nine releases of Austrian parties, their Land
# organisations and their youth and women's organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS, from
# senders and years that earlier sets used little: the Sozialistische Jugend Niederösterreich (Bernhard Wieland against the
# ÖVP NÖ and the NÖN, June 2002), the Wiener SPÖ-Frauen by the Vienna SPÖ's press service (Renate Brauner and Martina Ludwig
# at the Frauentag demonstration, March 2004), the BZÖ Kärnten (Stefan Petzner on a newspaper report, October 2007), the Junge
# ÖVP (Sebastian Kurz on the presidential election, March 2010), the Grüne Wien (David Ellensohn at the Landesversammlung, June
# 2012, sender inferred), the SPÖ Kärnten (Peter Kaiser presenting the Land list, January 2013, sender inferred), the BZÖ
# (Josef Bucher on Kurt Scheuch, February 2013, sender inferred), the Team Stronach in Kärnten (Gerhard Köfer, Gerhard Klocker
# and Hartmut Prasch on a boat trip, July 2014) and the ÖVP's federal party (Sebastian Kurz and Karl Nehammer congratulating
# Juliane Bogner-Strauß, November 2018, sender inferred). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS
# marker '****', the end mark '(Schluss)', the pointer to the digital press kit, contact blocks and footers) is dropped (rules
# 63, 460, 2570, 3050, 3190, 3250), single stored line breaks inside a paragraph are joined (rules 740, 3050, 3190), and each
# retrieval note names what was dropped.
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


WIELAND = "Bernhard Wieland"
SPOE_FRAUEN = "Wiener SPÖ-Frauen"
BRAUNER = "Renate Brauner"
LUDWIG = "Martina Ludwig"
PETZNER = "Stefan Petzner"
KURZ = "Sebastian Kurz"
ELLENSOHN = "David Ellensohn"
SPOE = "SPÖ"
KAISER = "Peter Kaiser"
SCHEUCH = "Kurt Scheuch"
BUCHER = "Josef Bucher"
TEAM = "Kärntner Team Stronach"
KOEFER = "Gerhard Köfer"
KLOCKER = "Gerhard Klocker"
PRASCH = "Hartmut Prasch"
NEHAMMER = "Karl Nehammer"

# --- APA-OTS, Sozialistische Jugend Niederösterreich, 17 June 2002: Wieland against the ÖVP NÖ and the NÖN ---

SJ_T = "SJ NÖ: Lächerliche Vorwürfe zeigen die Hilflosigkeit der ÖVP!"
SJ_SUB = "Glosse im Landesteil einmal mehr ein Beweis für die Parteilichkeit der NÖN!"
SJ_P1 = ("Wien (OTS) - \"Einfach lächerlich!\" - Mit diesen Worten reagiert der Landesvorsitzende der Sozialistischen Jugend "
         "NÖ (SJ NÖ), Bernhard Wieland, auf die wüsten Diffamierungen der ÖVP NÖ und deren Auftragsschreibern in der NÖN.")
SJ_P2 = ("\"Ansatzlos werden hier falsche Argumentationen übernommen. Bestes Beispiel: Bei den AktivistInnen der SJ NÖ, - die "
         "vergangenen Dienstag eine Protestaktion anlässlich des Österreich-Tages der ÖVP vor dem Casino Baden abhielten - "
         "handle es sich um bezahlte DemonstrantInnen der SP\", kritisiert Wieland.")
SJ_P3 = ("Ganz besonders verlogen ist der in der NÖN-Glosse gebrachte Vorwurf, wonach die SJ NÖ keine Argumente vorgebracht "
         "hätte.")
SJ_P4 = ("Erstens waren es die ÖVP-Bonzen, die sich an der Protestaktion vorbeischummelten um sich keiner Debatte stellen zu "
         "müssen.")
SJ_P5 = ("Zweitens ist die NÖN zwar offenbar bereit die Untergriffe des ÖVP NÖ Pressedienstes beinahe wortgleich abzudrucken, "
         "findet es aber nicht der Mühe wert die von ihr kritisierte Organisation zu einer Stellungnahme einzuladen bzw. aus "
         "den, ihr nachweislich zur Verfügung stehenden Pressemitteilungen zu zitieren.")
SJ_P6 = ("Inhaltlich wurde die höchste Steuer- und Abgabenquote aller Zeiten, die Rekordarbeitslosigkeit und der schamlose "
         "blauschwarze Postenschacher - am Beispiel Gaugg - von den SJ-AktivistInnen thematisiert.")
SJ_P7 = ("\"Diese ganze gekünstelte Aufregung ist in Wirklichkeit nur ein Beleg für den argumentativen Notstand der ÖVP und "
         "beweist einmal mehr die Parteilichkeit der NÖN\", so Wieland abschließend.")

add(id="ho560-ots-sj-noe-2002-06-17-wieland-laecherliche-vorwuerfe",
    title=SJ_T,
    url="https://www.ots.at/presseaussendung/OTS_20020617_OTS0157/sj-noe-laecherliche-vorwuerfe-zeigen-die-hilflosigkeit-"
        "der-oevp",
    retrieved="same address (release of the Sozialistische Jugend Niederösterreich, the SPÖ's youth organisation in the "
              "Land, on the APA-OTS service, 17 June 2002 by its OTS number; the contact block 'SJ NÖ Tel.: "
              "02742/2255-222' and the footer 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
              "AUSSENDERS | SJO/SJO/OTS' show the sender and are dropped (rules 2570, 3250); headline and subtitle kept as "
              "lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the single "
              "stored line break inside the first paragraph ('reagiert' / 'der Landesvorsitzende') joined with a space "
              "(rules 740, 3050); the published 'SJ NÖ, - die', 'vorbeischummelten um', 'bereit die Untergriffe', 'wert die "
              "von ihr' and 'aus den, ihr nachweislich' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SJ_SUB, SJ_P1, SJ_P2, SJ_P3, SJ_P4, SJ_P5, SJ_P6, SJ_P7],
    # the exclamation before `- Mit diesen Worten reagiert der Landesvorsitzende der Sozialistischen Jugend NÖ (SJ NÖ),
    # Bernhard Wieland,` is his (rule 44: a quotation that precedes its cue sentence); the quotation before `kritisiert
    # Wieland` is his, the Konjunktiv `handle es sich um bezahlte DemonstrantInnen` inside it being his report of the ÖVP's
    # claim, which gets no span of its own (rules 3, 5); the quotation before `so Wieland abschließend` is his (rule 30);
    # the unmarked paragraphs in the organisation's own voice between them carry no span (rule 5); the headline label `SJ NÖ:`
    # stands before words without marks (rule 5); the role phrase with the organisation's name (`Landesvorsitzende der
    # Sozialistischen Jugend NÖ`) is no alias (rule 33); the ÖVP NÖ, the NÖN and Gaugg say nothing
    quotes=[("\"Einfach lächerlich!\"", WIELAND),
            (cut(SJ_P2, "\"Ansatzlos", "der SP\""), WIELAND),
            (cut(SJ_P7, "\"Diese ganze", "der NÖN\""), WIELAND)],
    aliases={WIELAND: ["Bernhard Wieland", "Wieland"]})

# --- APA-OTS, SPÖ Wien (Pressedienst), 8 March 2004: the Wiener SPÖ-Frauen demonstrate on the Ballhausplatz ---

FR_T = "Frauen fordern Frauenpolitik!"
FR_SUB = "SP-Politikerinnen demonstrieren vor dem Bundeskanzleramt"
FR_P1 = ("Wien (SPW) Anlässlich des internationalen Frauentages demonstrierten die Wiener SPÖ-Frauen heute, am 8. März, mit "
         "einem Unterschriften-Transparent auf dem Ballhausplatz. \"Herr Bundeskanzler Schüssel, wo ist die Frauenpolitik der "
         "Bundesregierung?\" und \"Frauen Ministerin Rauch-Kallat, wo bleibt die Stimme der Frauenministerin?\" lauten die "
         "zentralen Fragen, die von mehreren hundert Menschen signiert worden waren. \"Die Frauenpolitik des letzten Jahres war "
         "aus unserer Sicht geradezu katastrophal\", zog auch die Frauenvorsitzende der Wiener SPÖ Renate Brauner kritische "
         "Bilanz und betonte: \"Ob Pensionsbestimmungen, Teilzeit-Regelung oder Steuerreform - den Frauen brachte diese "
         "Bundesregierung nichts Positives.\"")
FR_P2 = ("Bei der Kundgebung waren neben Renate Brauner, Familiensprecherin Andrea Kuntzl, Wiens jüngste Gemeinderätin Laura "
         "Rudas, Nationalratsabgeordnete Elisabeth Hlavac, sowie zahlreiche andere SPÖ-Mandatarinnen anwesend. LAbg. und "
         "Wiener Frauensekretärin Martina Ludwig: \"Aber allen Problemen zum Trotz haben wir an diesem Frauentag auch Grund zu "
         "feiern: etwa die künftige Landeshauptfrau von Salzburg!\"")
FR_P3 = ("Die Hunderten Unterschriften auf dem Transparent stammen zum Großteil vom Frauentagsfest der Wiener SPÖ-Frauen vom "
         "vergangenen Samstag. Die traditionell gut besuchte Veranstaltung war auch diesmal ein voller Erfolg. Die Gäste - "
         "darunter Politprominenz wie Heinz Fischer, EZB-Direktoriumsmitglied Getrude Tumpel-Gugerell, EU-Parlamentarier "
         "Hannes Swoboda, AK-Präsident Herbert Tumpel, die StadträtInnen Renate Brauner, Isabella Kossina, Werner Faymann, "
         "Andreas Mailath-Pokorny, und Rudolf Schicker - feierten mit Kabarettprogramm, Videopräsentation, Sängerin Sandra "
         "Pires, und DJane Mata.")

add(id="ho560-ots-spoe-wien-frauen-2004-03-08-brauner-ludwig-frauentag",
    title=FR_T,
    url="https://www.ots.at/presseaussendung/OTS_20040308_OTS0118/frauen-fordern-frauenpolitik",
    retrieved="same address (release of the Vienna SPÖ's press service on the Wiener SPÖ-Frauen, the party's women's "
              "organisation in Vienna, on the APA-OTS service, 8 March 2004 by its OTS number and its text ('heute, am 8. "
              "März'); the dateline 'Wien (SPW)' and the contact block 'Pressedienst der SPÖ-Wien … wien.presse@spoe.at' show "
              "the sender; headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the "
              "first paragraph without a dash, as stored (rule 20); the OTS marker '****' run onto the closing mark at the "
              "end of the first paragraph ('Positives.\"****') and the end mark '(Schluss)' run onto the last sentence "
              "('DJane Mata.(Schluss)') dropped (rules 460, 3050, 3250); the contact block and the footer, which the stored "
              "copy breaks off inside the service line ('OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER V'), dropped; "
              "the published 'Frauen Ministerin', 'Hlavac, sowie', 'Die Hunderten Unterschriften', 'Getrude' and "
              "'Mailath-Pokorny, und' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[FR_SUB, FR_P1, FR_P2, FR_P3],
    # the two questions on the banner with which `die Wiener SPÖ-Frauen` demonstrate, introduced by `lauten die zentralen
    # Fragen`, are the demonstrating group's written words (rule 3251), not null as an agentless banner (rule 174), and not
    # the signatories'; Schüssel and Rauch-Kallat, whom they address, say nothing (rule 12); the quotation before `zog auch die
    # Frauenvorsitzende der Wiener SPÖ Renate Brauner kritische Bilanz und betonte:` and the colon quotation after that
    # `betonte:` are hers (rules 9, 30, 44); the colon quotation after the verbless label `LAbg. und Wiener Frauensekretärin
    # Martina Ludwig:` is hers (rules 9, 54); the role phrases with the party's name (`Frauenvorsitzende der Wiener SPÖ`) and
    # with the city (`Wiener Frauensekretärin`) are no aliases (rule 33); the other politicians and guests listed say nothing
    quotes=[("\"Herr Bundeskanzler Schüssel, wo ist die Frauenpolitik der Bundesregierung?\"", SPOE_FRAUEN),
            ("\"Frauen Ministerin Rauch-Kallat, wo bleibt die Stimme der Frauenministerin?\"", SPOE_FRAUEN),
            (cut(FR_P1, "\"Die Frauenpolitik des", "katastrophal\""), BRAUNER),
            (cut(FR_P1, "\"Ob Pensions", "Positives.\""), BRAUNER),
            (cut(FR_P2, "\"Aber allen", "Salzburg!\""), LUDWIG)],
    aliases={SPOE_FRAUEN: ["Wiener SPÖ-Frauen"],
             BRAUNER: ["Renate Brauner"],
             LUDWIG: ["Martina Ludwig"]})

# --- APA-OTS, BZÖ Kärnten, 18 October 2007: Petzner on a report of the Kärntner Tageszeitung ---

PE_T = "BZÖ-Petzner zu Zeitungsente der KTZ: Wir sind ja nicht die SPÖ!"
PE_SUB = "\"Im Gegensatz zu den Kärntner Sozialisten sind unsere Reihen dicht geschlossen\""
PE_P1 = ("Klagtenfurt (OTS) - Mit den Worten \"Wir sind ja nicht die SPÖ\" kommentierte der geschäftsführende "
         "Landesparteiobmann des BZÖ Kärnten, Stefan Petzner, die heutige Berichterstattung der Kärntner Tageszeitung, wonach "
         "es Ablösegerüchte über Uwe Scheuch gebe. Bei dieser Berichterstattung handle es sich um nichts anderes als den "
         "untauglichen Versuch der roten KTZ, von den internen Dauer-Problemen der SPÖ abzulenken. \"Im Gegensatz zu den "
         "Kärntner Sozialisten sind unsere Reihen dicht geschlossen, steht das gesamte Kärntner BZÖ hinter unserem "
         "Regierungsteam mit Landeshauptmann Jörg Haider, Landeshauptmannstellvertreter Gerhard Dörfler und Landesrat Uwe "
         "Scheuch\", so Petzner.")
PE_P2 = ("Bei den kolportierten Ablösegerüchten sei wohl mehr der Wunsch Vater des Gedankens gewesen, was alleine die "
         "Tatsache zeige, dass Uwe Scheuch nicht wie von der KTZ behauptet für die Veranstaltung des "
         "BZÖ-Familien-Erlebnisfestes zuständig gewesen sei.")

add(id="ho560-ots-bzoe-kaernten-2007-10-18-petzner-zeitungsente-ktz",
    title=PE_T,
    url="https://www.ots.at/presseaussendung/OTS_20071018_OTS0106/bzoe-petzner-zu-zeitungsente-der-ktz-wir-sind-ja-nicht-"
        "die-spoe",
    retrieved="same address (release of the BZÖ Kärnten on the APA-OTS service, 18 October 2007 by its OTS number; the contact "
              "block 'Die Freiheitlichen in Kärnten-BZÖ' and the footer 'BZK0001' show the sender; headline and subtitle kept "
              "as lines of their own as stored; the published dateline 'Klagtenfurt (OTS) -' kept at the start of the first "
              "paragraph (rule 20); the end mark '(Schluss)' on a line of its own, the contact block, the service line and the "
              "footer dropped (rules 48, 2570, 3250); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PE_SUB, PE_P1, PE_P2],
    # the subtitle quotation, set under a headline that names him, repeats the opening of his body quotation and is his
    # (rules 26, 107); the marked words after `Mit den Worten` that `kommentierte der geschäftsführende Landesparteiobmann des
    # BZÖ Kärnten, Stefan Petzner,` are his (rules 3, 44), and so is the quotation before `so Petzner` (rule 30); the headline
    # repeats his words without marks after the label `BZÖ-Petzner` and carries no span (rule 5); the unmarked Konjunktiv
    # reports have no span (rule 5); the role phrase with the party's name (`geschäftsführende Landesparteiobmann des BZÖ
    # Kärnten`) and the label are no aliases (rules 33, 2583); Uwe Scheuch, Jörg Haider, Gerhard Dörfler and the Kärntner
    # Tageszeitung say nothing
    quotes=[(PE_SUB, PETZNER),
            ("\"Wir sind ja nicht die SPÖ\"", PETZNER),
            (cut(PE_P1, "\"Im Gegensatz", "Uwe Scheuch\""), PETZNER)],
    aliases={PETZNER: ["Stefan Petzner", "Petzner"]})

# --- APA-OTS, Junge ÖVP, 7 March 2010: Kurz on the presidential election ---

JV_T = ("JVP-Kurz zur Bundespräsidentenwahl: Wer in der Hofburg hockt und das Augarten-Porzellan verteilt ist nicht "
        "entscheidend")
JV_SUB = "Rosenkranz ist für uns Junge nicht wählbar"
JV_P1 = ("Wien, 07. März 2010 (OTS) Der Bundesobmann der Jungen ÖVP, Sebastian Kurz, betont einmal mehr im Rahmen einer "
         "Veranstaltung der Jungen ÖVP in Retz (NÖ), dass die Entscheidung der ÖVP, keinen Kandidaten für die "
         "Bundespräsidentenwahl ins Rennen zu schicken, richtig ist: „Für uns ist nicht entscheidend, wer in der Hofburg hockt "
         "und Augarten-Porzellan verteilt!“ Viel wichtiger sei es, sich auf die bevorstehenden Gemeindratswahlen und "
         "Landtagswahlen zu konzentrieren, wo es zahlreiche junge Kandidatinnen und Kandidaten gibt, sowie auf die "
         "Nationalratswahl 2013.")
JV_P2 = ("Vehement lehnt der JVP-Obmann die Kandidatin der FPÖ ab: „Barbara Rosenkranz ist kein Angebot an junge Wähler“, so "
         "Kurz, und betont abschließend: „Jemand, der die Gräuel der Nazizeit in Frage stellt und mitten in rechtsextremen "
         "Kreisen steckt, ist uns zuwider und undenkbar für jedes politische Amt.“")

add(id="ho560-ots-junge-oevp-2010-03-07-kurz-bundespraesidentenwahl",
    title=JV_T,
    url="https://www.ots.at/presseaussendung/OTS_20100307_OTS0048/jvp-kurz-zur-bundespraesidentenwahl-wer-in-der-hofburg-"
        "hockt-und-das-augarten-porzellan-verteilt-ist-nicht-entscheidend",
    retrieved="same address (release of the Junge ÖVP, the ÖVP's youth organisation, on the APA-OTS service, 7 March 2010 by "
              "its OTS number and its date line; the contact block 'Junge ÖVP, Bernadett Thaler, … http://www.junge.oevp.at' "
              "and the footer 'NVP0001' show the sender; headline and subtitle kept as lines of their own as stored; the date "
              "line 'Wien, 07. März 2010 (OTS)' without a dash kept at the start of the first paragraph (rules 2570, 3190); "
              "the OTS marker ' ****' at the end of the first paragraph dropped (rule 460); the single stored line breaks "
              "inside the first paragraph ('Veranstaltung' / 'der Jungen ÖVP') and after the colon of the second ('ab:' / "
              "'„Barbara Rosenkranz') joined with a space (rules 740, 3050); the line 'Digitale Pressemappe: "
              "http://www.ots.at/pressemappe/165', the contact block, the service line and the footer dropped (rules 2570, "
              "3250); the published 'Gemeindratswahlen' and 'verteilt ist' without a comma in the headline kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[JV_SUB, JV_P1, JV_P2],
    # the colon quotation after `Der Bundesobmann der Jungen ÖVP, Sebastian Kurz, betont …, dass die Entscheidung der ÖVP …
    # richtig ist:` is his (rule 9), the dass-clause before the colon being his report, not a speaker of its own; the colon
    # quotation after `Vehement lehnt der JVP-Obmann die Kandidatin der FPÖ ab:`, closed by `so Kurz`, and the colon quotation
    # after `und betont abschließend:` are his (rules 9, 30); the headline and the subtitle give his words without marks
    # after the label `JVP-Kurz` and carry no span (rule 5); Barbara Rosenkranz, of whom he speaks, says nothing; the role
    # phrases with the organisation's name (`Bundesobmann der Jungen ÖVP`, `JVP-Obmann`) and the label are no aliases (rules
    # 33, 2583)
    quotes=[("„Für uns ist nicht entscheidend, wer in der Hofburg hockt und Augarten-Porzellan verteilt!“", KURZ),
            ("„Barbara Rosenkranz ist kein Angebot an junge Wähler“", KURZ),
            (cut(JV_P2, "„Jemand, der", "politische Amt.“"), KURZ)],
    aliases={KURZ: ["Sebastian Kurz", "Kurz"]})

# --- APA-OTS, Grüne Wien (sender inferred), 17 June 2012: Ellensohn at the 67th Landesversammlung ---

EL_T = "Grüne Wien/Ellensohn bei Landesversammlung: \"Grün-rotes Wien als Vorbild für Österreich\""
EL_P1 = ("Wien (OTS) - Der Klubobmann der Grünen Wien, David Ellensohn, hat auf der heutigen 67. Landesversammlung der "
         "Grünen Wien das rot-grüne Wien als Vorbild für eine mögliche Koalition auf Bundesebene thematisiert. Ellensohn: "
         "\"Rot-Schwarz im Bund hat ausgedient, die Dauerrangeleien zwischen Faymann und Spindelegger fadisieren uns alle. Und "
         "wer will eine schwarzblaue Koalition, eine Koalition der Ewiggestrigen und Ewiggierigen? Was dieses Land braucht, "
         "ist ein Aufbruch, dafür leisten wir in Wien unseren Beitrag. Rot Grün ist ein Vorbild für ganz Österreich\".")
EL_P2 = ("Der ÖVP Wien empfiehlt Ellensohn: \"Mehr Petra Roth würde der Wiener ÖVP gut tun\". Die Frankfurter "
         "CDU-Oberbürgermeisterin hat ihren ParteikollegInnen bei einer Veranstaltung der ÖVP Wien erkärt, dass man andere "
         "Wege gehen muss, als gestrige Verkehrspolitik mit scharf rechten Sprüchen zu kombinieren; Roth hat sich außerdem "
         "für das Wahlrecht für alle - es kommt nicht auf den Pass an - stark gemacht.")
EL_P3 = ("Ellensohn verwies auf der Landesversammlung einmal mehr auf die Erfolge der Grünen Regierungsbeteiligung in Wien: "
         "Einführung der 365-Euro Jahreskarte - in Folge 60.000 neue Jahreskartenbesitzer im heurigen Jahr - Wiener Charta, "
         "Einführung der Kindermindestsicherung, BürgerInnenkraftwerk und vieles mehr. Zur Diskussion rund um das Parkpickerl "
         "sagt Ellensohn: \"Ja, unsere Verkehrspolitik eckt an, aber richtig ist sie allemal. Maria Vassilakou kämpft für eine "
         "bessere, umweltfreundliche Stadt, wir Wiener Grüne kämpfen eng an ihrer Seite\".")

add(id="ho560-ots-gruene-wien-2012-06-17-ellensohn-landesversammlung",
    title=EL_T,
    url="https://www.ots.at/presseaussendung/OTS_20120617_OTS0034/gruene-wienellensohn-bei-landesversammlung-gruen-rotes-"
        "wien-als-vorbild-fuer-oesterreich",
    retrieved="same address (release on the APA-OTS service, 17 June 2012 by its OTS number; the stored copy breaks off inside "
              "the fourth paragraph, before any contact block, under the plain 'Wien (OTS) -', and the sender is inferred from "
              "the release's own voice as the Grüne Wien, the Greens' Vienna party or their club in the Rathaus (rules 3190, "
              "3250): the headline label 'Grüne Wien/Ellensohn' and a report of the party's Landesversammlung quoting only "
              "its club chairman; the headline kept as the first line; the dateline kept at the start of the first paragraph; "
              "the fourth paragraph ('\"Wir leisten mit unserer Arbeit in Wien einen Beitrag dafür, … von korruptionsanfälligen "
              "Konservativen und Oma-Abzockern regiert werden\", so '), cut off in the stored copy after the quotation and "
              "before its cue, dropped with the quotation (rule 15); the published full stops after the closing marks "
              "('Österreich\".', 'gut tun\".', 'Seite\".'), 'Rot Grün', 'erkärt' and '365-Euro Jahreskarte' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[EL_P1, EL_P2, EL_P3],
    # the headline quotation after the label `Grüne Wien/Ellensohn bei Landesversammlung:` is his (rules 54, 107), the body's
    # `Rot Grün ist ein Vorbild für ganz Österreich` saying the same (rule 26); the colon quotations after the verbless label
    # `Ellensohn:` (rule 9), after `Der ÖVP Wien empfiehlt Ellensohn:`, the subject standing after the verb and the ÖVP Wien
    # being the addressee in the dative (rules 9, 12), and after `Zur Diskussion rund um das Parkpickerl sagt Ellensohn:` are
    # his; Petra Roth, whom he names inside his quotation and whose views the next sentences report without marks, says
    # nothing in marks (rule 5); Faymann, Spindelegger and Maria Vassilakou say nothing; the role phrase with the party's name
    # (`Klubobmann der Grünen Wien`) and the label `Grüne Wien/Ellensohn` are no aliases (rules 33, 2573)
    quotes=[("\"Grün-rotes Wien als Vorbild für Österreich\"", ELLENSOHN),
            (cut(EL_P1, "\"Rot-Schwarz", "ganz Österreich\""), ELLENSOHN),
            ("\"Mehr Petra Roth würde der Wiener ÖVP gut tun\"", ELLENSOHN),
            (cut(EL_P3, "\"Ja, unsere", "ihrer Seite\""), ELLENSOHN)],
    aliases={ELLENSOHN: ["David Ellensohn", "Ellensohn"]})

# --- APA-OTS, SPÖ Kärnten (sender inferred), 12 January 2013: Kaiser presents the Land list ---

KA_T = ("SPÖ bringt mit neuen Gesichtern frischen Wind in die Kärntner Politik: \"Gemeinsam sind wir die Kraft, die den "
        "Wechsel in Kärnten schafft!\"")
KA_P1 = ("Klagenfurt (OTS) - \"Wir geben dem politischen Wechsel in Kärnten Gesichter! Kärnten kann mehr, gemeinsam "
         "gehts!\"")
KA_P2 = ("Mit diesen Worten präsentierte SPÖ-Landesparteivorsitzender Landeshauptmann-Stv. Peter Kaiser heute, Samstag, im "
         "Rahmen des Tages der offenen Türe in der neuen SPÖ-Zentrale in der Lidmanskygasse 15 die Kandidatinnen und "
         "Kandidaten auf der SPÖ-Landesliste für die vorgezogenen Neuwahlen am 3. März. Unter den ersten 12 Kandidaten "
         "befinden sich gleich sieben Neue. Zudem wird mit einem Reißverschlusssystem eine mehr als 40prozentige Frauenquote "
         "erreicht.")
KA_P3 = ("\"Ich bin stolz und freue mich, mit diesem engagierten Team, das eine hervorragende Mischung aus Bewährtem und "
         "Neuen darstellt, gemeinsam die Zukunft Kärntens mit ehrlicher und anständiger Politik zum Positiven zu verändern\", "
         "machte Kaiser deutlich. Die Liste zeige deutlich, dass die SPÖ-Kärnten durch und durch eine moderne, demokratische "
         "Partei ist. \"Beschlossen wurde die von Peter Kaiser vorgeschlagene Liste vom Landesparteivorstand einstimmig: \"Das "
         "zeigt, dass die Partei mir vertraut, und das wir im Gegensatz zu anderen keine Führerpartei sondern breit "
         "aufgestellt sind\", so Kaiser. Er verwies darauf, dass die SPÖ bestens vorbereitet und die einzige Partei mit einem "
         "klaren Plan für Kärnten sei. \"Und, im Unterschied zu anderen halten wir was wir versprechen\", stellte Kaiser einmal "
         "mehr klar, dass die SPÖ einen sparsamen Wahlkampf ohne Plakate und ohne Wahlgeschenke führen wird. Es werde "
         "lediglich ein Werkzeug verteilt:")
KA_P4 = ("Ein Kugelschreiber mit dem jede und jeder Einzelne am 3. März beim notwendigen politischen Wechsel in Kärnten "
         "mithelfen könne.")

add(id="ho560-ots-spoe-kaernten-2013-01-12-kaiser-landesliste",
    title=KA_T,
    url="https://www.ots.at/presseaussendung/OTS_20130112_OTS0037/spoe-kaiser-praesentiert-landeskandidatenliste-fuer-"
        "landtagswahl",
    retrieved="same address (release on the APA-OTS service, 12 January 2013 by its OTS number and its text ('heute, "
              "Samstag', the Saturday before the Carinthian election of 3 March 2013); the stored copy breaks off inside the "
              "sixth paragraph, before any contact block, under the plain 'Klagenfurt (OTS) -', and the sender is inferred "
              "from the release's own voice as the SPÖ Kärnten (rules 3190, 3250): a report of the party's list presentation "
              "in its new headquarters quoting only its Land chairman; the first line the stored copy shows is kept as the "
              "title although the address slug names another headline ('SPÖ-Kaiser präsentiert Landeskandidatenliste für "
              "Landtagswahl'; rules 18, 32); the dateline kept at the start of the first paragraph; the colon at the end of "
              "the third paragraph and the one-sentence fourth paragraph kept as stored; the sixth paragraph ('In der "
              "Pressekonferenz machten Kaiser und LRin Beate Prettner auch deutlich, dass sie bei der bevorstehenden "
              "Volksbefragung … und des freiw'), cut off in the stored copy, dropped (rule 15; its stored part holds no "
              "marks); the published stray opening mark before 'Beschlossen' (rule 3255), 'gehts', '40prozentige', 'und das "
              "wir', 'Führerpartei sondern', 'halten wir was wir' and 'Kugelschreiber mit dem' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KA_P1, KA_P2, KA_P3, KA_P4],
    # the headline quotation after `SPÖ bringt mit neuen Gesichtern frischen Wind in die Kärntner Politik:` is credited to
    # nobody in the stored body and goes to the party, the subject before the colon (rule 3252); the exclamations of the
    # first paragraph, followed by `Mit diesen Worten präsentierte SPÖ-Landesparteivorsitzender Landeshauptmann-Stv. Peter
    # Kaiser`, are his (rule 44); the quotations before `machte Kaiser deutlich`, `so Kaiser` and `stellte Kaiser einmal mehr
    # klar, dass …` are his (rule 30); the opening mark before the narrator's sentence `Beschlossen wurde die von Peter
    # Kaiser vorgeschlagene Liste …`, which speaks of him in the third person and is never closed, is a stray mark: its span
    # is the mark and the word it opens, null, and the paired quotation after the colon is his (rules 43, 3255); the unmarked
    # Konjunktiv reports (`Die Liste zeige deutlich, …`, `Er verwies darauf, …`, `Es werde lediglich …`) and the fourth
    # paragraph carry no span (rule 5); the party role (`SPÖ-Landesparteivorsitzender`) is no alias (rule 33); Beate Prettner
    # is named only in the cut-off paragraph
    quotes=[("\"Gemeinsam sind wir die Kraft, die den Wechsel in Kärnten schafft!\"", SPOE),
            (cut(KA_P1, "\"Wir geben", "gemeinsam gehts!\""), KAISER),
            (cut(KA_P3, "\"Ich bin stolz", "zu verändern\""), KAISER),
            ("\"Beschlossen", None),
            (cut(KA_P3, "\"Das zeigt", "aufgestellt sind\""), KAISER),
            (cut(KA_P3, "\"Und, im Unterschied", "wir versprechen\""), KAISER)],
    aliases={SPOE: ["SPÖ"],
             KAISER: ["Peter Kaiser", "Kaiser"]})

# --- APA-OTS, BZÖ (sender inferred), 23 February 2013: Bucher on Kurt Scheuch's interview in the Kronen Zeitung ---

SC_T = "Kurt Scheuch: \"Wer Dörfler wählt, bekommt auch Kurt Scheuch\""
SC_P1 = ("Klagenfurt (OTS) - Kurt Scheuch hat heute in der Kärntner Kronen Zeitung selbst wortwörtlich das bestätigt, wovor "
         "das BZÖ und Josef Bucher immer warnen. Scheuch erklärte nämlich zu Gerüchten, wonach in Dörfler aus der Regierung "
         "werfen will: \"Wer Dörfler wählt, bekommt auch Kurt Scheuch.\"")
SC_P2 = ("Dazu BZÖ-Bündnisobmann und BZÖ-Spitzenkandidat: \"Wir danken Kurt Scheuch für diese unmissverständliche "
         "Klarstellung, dass nur ein deutlicher Denkzettel der Wähler dazu führen kann, Kärnten von den Scheuchs zu befreien. "
         "Passiert das nicht, bleibt alles so wie es ist und das Scheuch-Regime geht weiter mit Dörfler als deren "
         "Marionette.\" Diese Aussagen Scheuchs, aber auch der aktuelle Wahlslogan Dörflers zeige die völlige Abgehobenheit "
         "und Präpotenz der FPK sowie den Machtrausch, in dem sich die blaue Truppe befinde. \"Es ist Zeit, diese Herrschaften "
         "auf den Boden der Tatsachen zurück zu holen.\"")
SC_P3 = ("Nicht zuletzt, so Bucher, würden diese Gerüchte über einen Scheuch-Rauswurf auch bestätigen, dass intern in der FPK "
         "die Fetzen fliegen. Bucher: \"Das Motto lautet: Jeder gegen jeden. Und alle klammern sich an die Macht. Das Land ist "
         "der FPK längst egal. Es geht nur mehr um sie selbst und den eigenen Machterhalt. Kärnten braucht dringend einen "
         "Neustart und die Befreiung von der Scheuch-Last. Mit einem starken BZÖ wird das gelingen.\"")

add(id="ho560-ots-bzoe-2013-02-23-bucher-kurt-scheuch-doerfler",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20130223_OTS0037/kurt-scheuch-wer-doerfler-waehlt-bekommt-auch-kurt-"
        "scheuch",
    retrieved="same address (release on the APA-OTS service, 23 February 2013 by its OTS number, eight days before the "
              "Carinthian election; the stored copy ends after the third paragraph without a contact block, under the plain "
              "'Klagenfurt (OTS) -', and the sender is inferred from the release's own voice as the BZÖ, its federal party or "
              "its Carinthian organisation (rules 3190, 3250): a release that reports what `das BZÖ und Josef Bucher` warn of "
              "and quotes only its federal chairman and top candidate against the FPK; the crawl-date prefix ' date 2018-03' "
              "before the headline dropped (rule 63); the headline kept as the first line; the dateline kept at the start of "
              "the first paragraph; the published 'wonach in Dörfler aus der Regierung werfen will', the colon label "
              "'BZÖ-Bündnisobmann und BZÖ-Spitzenkandidat:' without the name (rule 3253), 'zeige' after a plural subject and "
              "'zurück zu holen' kept (rule 20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[SC_P1, SC_P2, SC_P3],
    # the headline quotation after the label `Kurt Scheuch:` is his (rule 54), and so is the colon quotation after `Scheuch
    # erklärte nämlich zu Gerüchten, …:`, the words he gave the Kronen Zeitung, which the BZÖ's release cites (rules 9, 12);
    # the colon quotation after the label `Dazu BZÖ-Bündnisobmann und BZÖ-Spitzenkandidat:`, printed without the name, is
    # Josef Bucher's (rule 3253); the cue-less quotation after the unmarked Konjunktiv report that follows continues him
    # (NOTES.md continuation, rule 5 for the report); the colon quotation after the verbless label `Bucher:` is his (rule 9);
    # `Kurt Scheuch`, whom Bucher thanks inside his quotation, is not its speaker (rule 12); the party roles (`BZÖ-Bündnisobmann`,
    # `BZÖ-Spitzenkandidat`) are no aliases (rule 33); Gerhard Dörfler, the FPK and `die Scheuchs` say nothing
    quotes=[("\"Wer Dörfler wählt, bekommt auch Kurt Scheuch\"", SCHEUCH),
            ("\"Wer Dörfler wählt, bekommt auch Kurt Scheuch.\"", SCHEUCH),
            (cut(SC_P2, "\"Wir danken", "Marionette.\""), BUCHER),
            (cut(SC_P2, "\"Es ist Zeit", "zurück zu holen.\""), BUCHER),
            (cut(SC_P3, "\"Das Motto", "wird das gelingen.\""), BUCHER)],
    aliases={SCHEUCH: ["Kurt Scheuch", "Scheuch"],
             BUCHER: ["Josef Bucher", "Bucher"]})

# --- APA-OTS, Team Stronach Kärnten, 6 July 2014: Köfer, Klocker and Prasch on a boat trip on the Wörthersee ---

TS_T = "Stronach/Köfer/Prasch/Klocker: Weiter mit Volldampf für unser Kärnten!"
TS_SUB = "Schiffsfahrt am Wörthersee als symbolischer Startschuss für weitere Reformen und Veränderungen"
TS_P1 = ("Klagenfurt (OTS) - Begleitet von strahlend schönem Wetter und mit einem kräftigen \"Schiff ahoi!\" startete das "
         "Kärntner Team Stronach, angeführt von Kapitän Landesrat Gerhard Köfer, kraftvoll in den politischen Sommer 2014. "
         "Symbolisch wurde dieser Startschuss mit einer Schiffsfahrt am Wörthersee, der über 200 Freunde und Mitstreiter der "
         "Bewegung beiwohnten, begangen. \"Das Team Stronach Kärnten hat seit seiner Gründung viel für unser Land erreicht und "
         "wird von den Menschen als der \"Bürgeranwalt\" gesehen. Die politische Unabhängigkeit ist zudem die größte Stärke "
         "unserer jungen und dynamischen Gemeinschaft\", so Landesrat Köfer bei seiner \"Kapitänsrede\" am Schiff, das "
         "übervoll den Wörthersee durchquerte.")
TS_P2 = ("Für Gerhard Klocker, seit wenigen Monaten Landesparteiobmann des Teams, ist die heutige Schiffsfahrt auch der "
         "Auftakt für die Gemeinderatswahlen: \"Die erwähnte Unabhängigkeit werden wir auch bei diesem Wahlgang in den "
         "Mittelpunkt rücken. Wir sehen uns ausschließlich den Menschen, ihren Bedürfnissen und nicht irgendwelchen Kammern "
         "oder Interessensvertretungen verpflichtet.\" Der Obmann der Team Stronach-IG im Kärntner Landtag, Abg. Hartmut "
         "Prasch, bezeichnete das heutige Zusammentreffen als klaren Handlungsauftrag für Reformen und Veränderungen in "
         "Kärnten: \"Unser Team im Landtag wird im Sommer keinesfalls ruhig sein. Wir werden uns mit vollster Entschlossenheit "
         "und Einsatz den wichtigen Herausforderungen stellen und uns weiter als der Reformmotor im Land präsentieren.\"")

add(id="ho560-ots-team-stronach-kaernten-2014-07-06-koefer-klocker-prasch-schiffsfahrt",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20140706_OTS0040/stronachkoeferpraschklocker-weiter-mit-volldampf-fuer-"
        "unser-kaernten-bild",
    retrieved="same address (release of the Team Stronach in Kärnten, the party's Land organisation, on the APA-OTS service, "
              "6 July 2014 by its OTS number; the contact block 'Thomas-Martin FIAN … thomas.fian@teamstronach.at' and the "
              "footer 'KTS0001' show the sender; headline and subtitle kept as lines of their own as stored, the slug ending "
              "'-bild' adding nothing to the headline (rule 2570); the dateline 'Klagenfurt (OTS) -' kept at the start of the "
              "first paragraph; the contact block, the service line and the footer dropped (rules 2570, 3250); the published "
              "'Kapitän Landesrat', 'Team Stronach-IG' and 'Interessensvertretungen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2],
    # the cheer `mit einem kräftigen "Schiff ahoi!" startete das Kärntner Team Stronach` is the team's, the subject that
    # raises it (rule 3254); Köfer's quotation before `so Landesrat Köfer` holds the term `"Bürgeranwalt"` in the same ASCII
    # marks inside one span (rule 143) and is his (rule 30); the release's own playful `"Kapitänsrede"` for his speech is null
    # (rules 68, 3254); the colon quotation after `Für Gerhard Klocker, …, ist die heutige Schiffsfahrt auch der Auftakt für
    # die Gemeinderatswahlen:` is his (rules 9, 151, 2605), and the colon quotation after `Der Obmann der Team Stronach-IG im
    # Kärntner Landtag, Abg. Hartmut Prasch, bezeichnete …:` is Prasch's (rule 9); `Landesrat`, which names only Köfer, is
    # part of his alias (rule 44); the role phrases with the party's name (`Landesparteiobmann des Teams`, `Obmann der Team
    # Stronach-IG im Kärntner Landtag`) are no aliases (rule 33); the headline label `Stronach/Köfer/Prasch/Klocker:` stands
    # before words without marks (rule 5), and Frank Stronach, named only in it, says nothing
    quotes=[("\"Schiff ahoi!\"", TEAM),
            (cut(TS_P1, "\"Das Team Stronach", "dynamischen Gemeinschaft\""), KOEFER),
            ("\"Kapitänsrede\"", None),
            (cut(TS_P2, "\"Die erwähnte", "verpflichtet.\""), KLOCKER),
            (cut(TS_P2, "\"Unser Team", "Land präsentieren.\""), PRASCH)],
    aliases={TEAM: ["Kärntner Team Stronach", "Team Stronach Kärnten"],
             KOEFER: ["Gerhard Köfer", "Köfer", "Landesrat Köfer"],
             KLOCKER: ["Gerhard Klocker", "Klocker"],
             PRASCH: ["Hartmut Prasch", "Prasch"]})

# --- APA-OTS, ÖVP (sender inferred), 10 November 2018: Kurz and Nehammer congratulate Bogner-Strauß ---

VP_T = "Volkspartei gratuliert Bogner-Strauß:„hervorragende Wahl“"
VP_P1 = ("Wien (OTS) - Bundeskanzler Sebastian Kurz und Generalsekretär Karl Nehammer gratulieren Juliane Bogner-Strauß zur "
         "Wahl als neue Frauenchefin der Volkspartei und bedanken sich bei Dorothea Schittenhelm für ihre Arbeit.")
VP_P2 = ("Beim heutigen Bundestag der ÖVP Frauen wurde Bundesministerin Juliane Bogner Strauß von 99,3 % der Delegierten zur "
         "neuen Frauenchefin gewählt. Für Bundeskanzler Sebastian Kurz ist sie eine hervorragende Wahl: „Juliane "
         "Bogner-Strauß ist mit ihrer leidenschaftlichen und lösungsorientierten Art eine Bereicherung für die "
         "Bundesregierung. Sie leistet hervorragende Arbeit als Frauenministerin und ich bin überzeugt, dass sie das auch als "
         "Chefin der ÖVP Frauen machen wird.“ Sie habe in der noch kurzen Zeit als Frauenministerin stets Tatendrang "
         "bewiesen, so Kurz: \"Ihren Fleiß und ihre Energie stellte sie bereits vielfach unter Beweis: Beim Ausbau der "
         "Kinderbetreuung, bei der Umsetzung des Familienbonus und gerade in den letzten Wochen insbesondere auch beim Kampf "
         "gegen Frauenhass im Netz.\"")
VP_P3 = ("Der Bundesparteiobmann bedankte sich auch bei der scheidenden Frauenleiterin Dorothea Schittenhelm für Ihren "
         "jahrelangen Einsatz für die Frauen in Österreich: „Die Erhöhung des Frauenanteils in der Volkspartei und die "
         "erfolgreiche Einführung des Reißverschlusssystems bauen auf ihre Arbeit und ihren unermüdlichen Einsatz auf. Ich "
         "bedanke mich bei Dorothea Schittenhelm herzlich für die gute Zusammenarbeit in den vergangenen Jahren.“")
VP_P4 = ("Auch Generalsekretär Karl Nehammer gratuliert der neuen Frauenchefin: „Mit Juliane Bogner-Strauß und ihrem Team "
         "ist auch in Zukunft sicher, dass die Frauen in unserem Land und vor allem in unserer Partei eine starke Stimme "
         "haben. Mein herzlicher Dank gilt Dorothea Schittenhelm für ihre engagierte Arbeit insbesondere in den letzten 8 "
         "Jahren als Leiterin der ÖVP Frauen.“")

add(id="ho560-ots-oevp-2018-11-10-kurz-nehammer-bogner-strauss",
    title=VP_T,
    url="https://www.ots.at/presseaussendung/OTS_20181110_OTS0026/volkspartei-gratuliert-bogner-strausshervorragende-wahl",
    retrieved="same address (release on the APA-OTS service, 10 November 2018 by its OTS number and its text ('Beim heutigen "
              "Bundestag der ÖVP Frauen'); the stored copy ends after the fourth paragraph without a contact block, under "
              "the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the ÖVP's federal party "
              "(rules 3190, 3250): the headline `Volkspartei gratuliert` and a release quoting only the party's chairman and "
              "its general secretary; the headline kept as the first line as stored, without a space after its colon; the "
              "dateline kept at the start of the first paragraph; the empty lines between the paragraphs taken as paragraph "
              "breaks; the published 'Juliane Bogner Strauß' without the hyphen, 'für Ihren' and the ASCII marks of Kurz's "
              "second quotation beside the „…“ of the others kept (rule 20); used as stored, ending after a complete "
              "paragraph)",
    license=APA_OTS_POLITICS,
    paras=[VP_P1, VP_P2, VP_P3, VP_P4],
    # the headline quotation after `Volkspartei gratuliert Bogner-Strauß:` takes up the body's unmarked `Für Bundeskanzler
    # Sebastian Kurz ist sie eine hervorragende Wahl` and is Kurz's, not the party's (rules 26, 3252); the colon quotation
    # after that sentence (rules 151, 2605) and the colon quotation after the Konjunktiv report closed by `so Kurz:` are his
    # (rules 9, 30); the colon quotation after `Der Bundesparteiobmann bedankte sich auch bei der scheidenden Frauenleiterin
    # Dorothea Schittenhelm …:` is his too, the role naming only him in the release (rules 9, 30, 44), Schittenhelm, whom he
    # thanks, being the addressee (rule 12); the colon quotation after `Auch Generalsekretär Karl Nehammer gratuliert der neuen
    # Frauenchefin:` is Nehammer's (rule 9); `Bundeskanzler`, `Bundesparteiobmann` and `Generalsekretär`, each naming only one
    # of them, are part of their aliases (rule 44); Juliane Bogner-Strauß and Dorothea Schittenhelm say nothing
    quotes=[("„hervorragende Wahl“", KURZ),
            (cut(VP_P2, "„Juliane", "machen wird.“"), KURZ),
            (cut(VP_P2, "\"Ihren Fleiß", "im Netz.\""), KURZ),
            (cut(VP_P3, "„Die Erhöhung", "vergangenen Jahren.“"), KURZ),
            (cut(VP_P4, "„Mit Juliane", "ÖVP Frauen.“"), NEHAMMER)],
    aliases={KURZ: ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Kurz", "Bundesparteiobmann"],
             NEHAMMER: ["Karl Nehammer", "Generalsekretär Karl Nehammer"]})
