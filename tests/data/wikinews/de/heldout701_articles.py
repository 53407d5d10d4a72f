# Seven-hundred-and-first held-out German real-news set (tests/data/heldout701-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4330-4333). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets
# heldout697-heldout704). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-first held-out set": nine releases distributed by APA-OTS
# Originaltext-Service and shown on ots.at: two of the press service of the Land Niederösterreich under APA_OTS_PUBLIC (Erwin
# Pröll opening the Gemeindezentrum of Obritzberg-Rust, August 1999; Johanna Mikl-Leitner's open day in the Landhaus, November
# 2019); five of the Foreign Ministry under APA_OTS_POLITICS (Benita Ferrero-Waldner after her breakfast with António Martins
# da Cruz, May 2002; her letter to Igor Iwanow on the Moscow hostage crisis, October 2002; her condolences after the Istanbul
# attacks, November 2003; Ursula Plassnik on the bombings in Mumbai, July 2006; Michael Spindelegger on the attack at Moscow's
# Domodedowo airport, January 2011); one of the Federal Ministry of Finance under APA_OTS_POLITICS (Karl-Heinz Grasser on the
# Steiermark's signature of the Stabilitätspakt, July 2006); and one on Werner Faymann's laudation for Hans Niessl, March 2011,
# whose stored copy ends before its contact block (the Federal Chancellery's by its voice, under APA_OTS_POLITICS, which covers
# ministries and parties alike; BKA would fit the Chancellery). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), the wire furniture (the crawl-date prefix, the ots.at time and number lines, the
# OTS marker, a stray end character, contact blocks, service lines and footers) is dropped, and hard-wrapped lines are joined
# and divided at the short lines that close a sentence (rules 48, 63, 460, 1372, 2580, 3260, 4160, 4330); each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, APA_OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space."""
    return " ".join(line.strip(" ") for line in lines)


PROELL = "Erwin Pröll"
BFW = "Benita Ferrero-Waldner"
FW = "Ferrero-Waldner"
MARTINS = "Antonio Martins da Cruz"
PUTIN = "Putin"
PLASSNIK = "Ursula Plassnik"
GRASSER = "Grasser"
SPINDELEGGER = "Michael Spindelegger"
FAYMANN = "Werner Faymann"
MIKL = "Johanna Mikl-Leitner"

BFW_ALIASES = ["Benita Ferrero-Waldner", "Außenministerin Benita Ferrero-Waldner", "Ferrero-Waldner"]

# --- APA-OTS, NLK, 29 August 1999: Erwin Pröll opens the Gemeindezentrum of Obritzberg-Rust ---

OR_T = "Gemeinde Obritzberg-Rust erhielt neues Gemeindezentrum"
OR_SUB = "LH Pröll: \"Hand in Hand arbeiten, damit Gutes geschieht\""
OR_P1 = join("Niederösterreich (NLK) - Um 400 Einwohner ist die Gemeinde",
             "Rust-Obritzberg seit der letzten Volkszählung angewachsen, der Ausbau",
             "der Infrastruktur - Kanal- und Wasserleitungsbau, Dorferneuerung,",
             "Schul- sowie Wohnbau - geht rasant voran und fordert die",
             "Gemeindeverwaltung. In dreijähriger Bauzeit wurde jetzt auch ein",
             "modernes Amtshaus errichtet, das heute Vormittag durch",
             "Landeshauptmann Dr. Erwin Pröll eröffnet wurde. Im Haus sind auch",
             "Freiwillige Feuerwehr, Post und Raiffeisenbank untergebracht, und",
             "auch ein großer Veranstaltungssaal wurde integriert. Die Gesamtkosten",
             "beliefen sich auf 28 Millionen Schilling.")
OR_P2 = join("Das neue Gemeindezentrum sei in typisch niederösterreichischem",
             "Klima entstanden: An gemeinsamen Zielen arbeiten, Hand in Hand, damit",
             "Gutes geschieht. Niederösterreich sei deshalb so erfolgreich und",
             "befinde sich auf der Überholspur, weil hier Gemeininteresse vor",
             "Eigeninteresse gestellt werde, hob Landeshauptmann Dr. Pröll hervor.",
             "Obritzberg-Rust habe sich an der Schwelle zum neuen Jahrtausend",
             "selbst das schönste Geschenk gemacht, indem dieses Zentrum eine",
             "mehrfache Funktion erfülle könne: Es sei Serviceeinrichtung ebenso",
             "wie Kommunikationszentrum und Sicherheitszentrum. Mit derartigen",
             "Anstrengungen überall im Lande werde es gelingen, Niederösterreich",
             "eines Tages zu den erfolgreichsten Regionen Europas zu machen,",
             "erklärte Pröll.")

add(id="ho701-ots-nlk-1999-08-29-proell-obritzberg-rust-gemeindezentrum",
    title=OR_T,
    url="https://www.ots.at/presseaussendung/OTS_19990829_OTS0035/gemeinde-obritzberg-rust-erhielt-neues-gemeindezentrum",
    retrieved="same address (release of the press service of the Land Niederösterreich on the APA-OTS service, 29 August "
              "1999 by the ots.at time line '29.08.1999, 11:32:31' and the OTS number; two stored copies of the page: the "
              "one with the whole text, hard-wrapped at about seventy characters without empty lines, is used, the other, "
              "with empty lines, ends after the lead and confirms that the lead ends at the OTS marker; the ots.at lines of "
              "time and number ('- 29.08.1999, 11:32:31' / '- /' / '- OTS0035') dropped (rule 2580); headline and subtitle "
              "kept as lines of their own as stored; the dateline 'Niederösterreich (NLK) -' kept at the start of the first "
              "paragraph; the lines joined with one space and the lead ended at the OTS marker ' ****', which is dropped "
              "(rule 460); the line '… hob Landeshauptmann Dr. Pröll hervor.' fills the copy's width and is a wrap, not a "
              "paragraph end (rules 1372, 4330); the stray line 'ß' after the last paragraph, the contact block "
              "'Rückfragehinweis: Niederösterreichische Landesregierung Pressestelle Tel.: 02742/200-2172', the end mark "
              "'(Schluss)', the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES "
              "AUSSENDERS ***' and the footer with the sender code 'NLK/NLK' dropped (rules 2600, 2810, 4330); the published "
              "'Rust-Obritzberg' beside 'Obritzberg-Rust' and 'erfülle könne' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[OR_SUB, OR_P1, OR_P2],
    # the subtitle quotation after the label `LH Pröll:` is his (rule 54); the body gives the same words without marks in his
    # Konjunktiv report, closed by `hob Landeshauptmann Dr. Pröll hervor` and `erklärte Pröll`, and carries no span (rule 5);
    # the Gemeinde, the Gemeindeverwaltung and the Feuerwehr say nothing; the canonical name is without the title `Dr.`, the
    # forms with it and `LH Pröll` are aliases (rules 7, 44, 181)
    quotes=[("\"Hand in Hand arbeiten, damit Gutes geschieht\"", PROELL)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "LH Pröll", "Pröll", "Dr. Pröll",
                      "Landeshauptmann Dr. Pröll"]})

# --- APA-OTS, Foreign Ministry, 3 May 2002: Ferrero-Waldner after her breakfast with António Martins da Cruz ---

MC_T = "Ferrero-Waldner traf portugiesischen Außenminister Antonio Martins da Cruz"
MC_SUB = "Erster bilateraler Besuch nach Amtsübernahme galt Wien: \"ausgezeichnete bilaterale Beziehungen\""
MC_P1 = ("Wien (OTS) - Außenministerin Benita Ferrero-Waldner zeigte sich im Anschluss an das Arbeitsfrühstück mit ihrem "
         "portugiesischen Amtskollegen Antonio Martins da Cruz sehr erfreut darüber, dass ihn sein erster bilateraler "
         "Auslandsbesuch nach Wien geführt habe. Das Zusammentreffen stehe für \"die völlige Normalisierung und die heute "
         "bestehende ausgezeichnete Qualität der bilateralen Beziehungen zwischen Österreich und Portugal\", so die "
         "Außenministerin. Ende Juli werde auch Staatspräsident Sampaio zu einem offiziellen Staatsbesuch nach Österreich "
         "kommen.")
MC_P2 = ("Ein prominentes Gesprächsthema der beiden Außenminister war die portugiesische OSZE-Präsidentschaft und die von "
         "Portugal definierte Priorität der Terrorismusbekämpfung. Dabei würdigte Ferrero-Waldner \"die große "
         "Herausforderung für das jeweilige Vorsitzland, die diese Funktion an der Spitze einer Organisation, die aktiv mit "
         "zivilem Krisenmanagement und Konfliktverhütung in einem weiten geografischen Einzugsgebiet von Südosteuropa bis "
         "nach Zentralasien befasst ist, darstellt.\"")
MC_P3 = ("Als weitere aktuelle Fragen aus dem Bereich der Europäischen Union wurden insbesondere die Erweiterung und die "
         "Zukunft Europas diskutiert. Neben den Fragen der Benes-Dekrete wies Ferrero-Waldner insbesondere auf die \"äußerst "
         "problematische Situation des Straßengüterverkehrs durch die Alpen\" hin und betonte die Notwendigkeit einer "
         "nachhaltigen Transportpolitik für ganz Europa. Portugal wurde dabei ersucht, den jüngsten Vorschlag der "
         "Europäischen Kommission zur Verlängerung des Ökopunkte-Systems zu unterstützen. Martins da Cruz sprach einige für "
         "Portugal wichtige Belange wie Angola und Osttimor an und hob wiederholt die Bedeutung der \"Solidarität zwischen "
         "EU-Mitgliedstaaten gleicher Größe\" hervor.")

add(id="ho701-ots-bmaa-2002-05-03-ferrero-waldner-martins-da-cruz",
    title=MC_T,
    url="https://www.ots.at/presseaussendung/OTS_20020503_OTS0133/ferrero-waldner-traf-portugiesischen-aussenminister-"
        "antonio-martins-da-cruz",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 3 May 2002 by its OTS number and by the "
              "ministry's invitation of 2 May to the meeting 'morgen, den 3. Mai' (OTS_20020502_OTS0154, seen in this set's "
              "searches); headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at "
              "the start of the first paragraph; the stored copy ends inside the contact block ('Rückfragen & Kontakt: "
              "AußenministeriumPres'), which is dropped and names the sender (rules 2870, 4160); the published 'Antonio' "
              "without accent and 'Benes-Dekrete' kept (rule 20); the release body complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[MC_SUB, MC_P1, MC_P2, MC_P3],
    # the subtitle's marked words condense the minister's own body quotation `"… ausgezeichnete Qualität der bilateralen
    # Beziehungen …"` and are hers, although the label before the colon speaks of her guest's visit (rules 26, 2703, 4331);
    # the partial quotation in the Konjunktiv sentence closed by `so die Außenministerin` is hers (rules 3, 30); the marked
    # objects of `würdigte Ferrero-Waldner` and of `wies Ferrero-Waldner … auf … hin` are her words (rules 3, 8); the marked
    # object of `Martins da Cruz … hob … die Bedeutung der "…" hervor` is his (rules 3, 8); Staatspräsident Sampaio, Portugal
    # and the Europäische Kommission say nothing; the bare `Außenministerin`, which names only her (her guest is `Amtskollege`
    # and `Außenminister`), is her alias, `portugiesischen Außenminister` and `portugiesischen Amtskollegen` name his country
    # and are no aliases (rules 33, 44, 4161)
    quotes=[("\"ausgezeichnete bilaterale Beziehungen\"", BFW),
            (cut(MC_P1, "\"die völlige", "und Portugal\""), BFW),
            (cut(MC_P2, "\"die große", "darstellt.\""), BFW),
            ("\"äußerst problematische Situation des Straßengüterverkehrs durch die Alpen\"", BFW),
            ("\"Solidarität zwischen EU-Mitgliedstaaten gleicher Größe\"", MARTINS)],
    aliases={BFW: BFW_ALIASES + ["Außenministerin"],
             MARTINS: ["Antonio Martins da Cruz", "Martins da Cruz"]})

# --- APA-OTS, Foreign Ministry, 24 October 2002: Ferrero-Waldner writes to Igor Iwanow on the Moscow hostage crisis ---

GD_T = "Moskauer Geiseldrama: Ferrero-Waldner nimmt Kontakt mit russischem Außenminister auf"
GD_P1 = ("Wien/Brüssel (OTS) - Im Zusammenhang mit dem Moskauer Geiseldrama wandte sich Außenministerin Ferrero-Waldner "
         "heute an ihren russischen Amtskollegen Igor Iwanow.")
GD_P2 = ("In einem an Iwanow gerichteten Schreiben brachte die Außenministerin ihr \"tiefempfundenes Mitgefühl für die "
         "Geiseln und ihre Angehörigen\" zum Ausdruck. Weiters wies die Außenministerin darauf hin, dass sich unter den "
         "Geiseln auch eine Österreicherin befinde. Die Erklärung von Präsident Putin, dass \"der unversehrten Freilassung "
         "der Geiseln höchste Priorität beigemessen werde\" sei daher in Österreich mit großer Genugtuung aufgenommen "
         "worden.")
GD_P3 = ("Abschließend stellte Ferrero-Waldner mit aller Deutlichkeit fest, dass \"terroristische Akte durch kein wie immer "
         "geartetes Motiv entschuldigt werden können\". \"Wo immer es Terrorismus gibt muss dieser durch entschlossenes und "
         "solidarisches Vorgehen der Staatengemeinschaft bekämpft werden\", so die Außenministerin.")

add(id="ho701-ots-bmaa-2002-10-24-ferrero-waldner-iwanow-geiseldrama",
    title=GD_T,
    url="https://www.ots.at/presseaussendung/OTS_20021024_OTS0306/moskauer-geiseldrama-ferrero-waldner-nimmt-kontakt-mit-"
        "russischem-aussenminister-auf",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 24 October 2002 by its OTS number and "
              "the hostage-taking in the Moscow theatre of 23 October 2002; the headline kept as the title; the dateline "
              "'Wien/Brüssel (OTS) -' kept at the start of the first paragraph; the contact block 'Rückfragen & Kontakt: "
              "Außenministerium Presseabteilung Tel.: … abti3@bmaa.gv.at', the service line and the footer with the sender "
              "code 'MAA0003' dropped (rules 2870, 4160); the published missing comma before 'sei daher' and after 'gibt' "
              "kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[GD_P1, GD_P2, GD_P3],
    # the marked object of `brachte die Außenministerin ihr "…" zum Ausdruck` is the wording of her letter and hers (rules 3,
    # 28); the marked dass-clause after `Die Erklärung von Präsident Putin` quotes his declaration and is Putin's, not the
    # minister's, although the sentence goes on reporting her letter in the Konjunktiv (rules 2572, 4332); the dass-clause
    # after `stellte Ferrero-Waldner … fest` and the quotation closed by `so die Außenministerin` are hers (rules 3, 30); Igor
    # Iwanow, the addressee, the Österreicherin among the hostages and Österreich say nothing; only the surnames are given,
    # so `Ferrero-Waldner` and `Putin` are canonical (rule 7); the bare `Außenministerin` names only her (rule 44), while
    # `russischem Außenminister` and `russischen Amtskollegen` name Iwanow by his country (rule 33)
    quotes=[("\"tiefempfundenes Mitgefühl für die Geiseln und ihre Angehörigen\"", FW),
            (cut(GD_P2, "\"der unversehrten", "beigemessen werde\""), PUTIN),
            (cut(GD_P3, "\"terroristische", "werden können\""), FW),
            (cut(GD_P3, "\"Wo immer", "bekämpft werden\""), FW)],
    aliases={FW: ["Ferrero-Waldner", "Außenministerin Ferrero-Waldner", "Außenministerin"],
             PUTIN: ["Putin", "Präsident Putin"]})

# --- APA-OTS, Foreign Ministry, 20 November 2003: Ferrero-Waldner's condolences after the Istanbul attacks ---

IS_T = "Ferrero-Waldner: \"Terror mit Entschiedenheit entgegentreten\""
IS_SUB = "Aussenministerin kondoliert britischem und türkischem Aussenminister"
IS_P1 = ("Wien (OTS) Angesichts der jüngsten Terroranschläge in Istanbul hat Aussenministerin Benita Ferrero-Waldner heute "
         "ihrem türkischen Amtskollegen Abdullah Gül und ihrem britischen Amtskollegen Jack Straw Kondolenzschreiben "
         "übersandt.")
IS_P2 = ("\"Ich bin tief entsetzt über den heutigen menschenverachtenden Terrorakt gegen das britische Generalkonsulat, dem "
         "der Generalkonsul zum Opfer gefallen ist und bei dem so viele Menschen ihr Leben verloren haben. Österreich "
         "verurteilt diesen verbrecherischen Terroranschlag auf das Schärfste. Wir müssen die gemeinsamen Anstrengungen der "
         "internationalen Gemeinschaft weiter verstärken und dem Terrorismus in all seinen Escheinungsformen mit aller "
         "Entschiedenheit entgegentreten, um ihm endlich das Handwerk zu legen. Mein tiefes Mitgefühl und das der "
         "österreichischen Bevölkerung gilt den jüngsten Opfern des Terrors und ihren Angehörigen\", sagte Ferrero-Waldner.")

add(id="ho701-ots-bmaa-2003-11-20-ferrero-waldner-istanbul-terror",
    title=IS_T,
    url="https://www.ots.at/presseaussendung/OTS_20031120_OTS0284/ferrero-waldner-terror-mit-entschiedenheit-entgegentreten",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 20 November 2003 by its OTS number and "
              "the attack on the British Consulate General in Istanbul of that day; headline with its label and subtitle "
              "kept as lines of their own as stored; the dateline 'Wien (OTS)' without a dash kept at the start of the first "
              "paragraph as published; the contact block 'Rückfragen & Kontakt: Außenministerium Presseabteilung Tel.: … "
              "abti3@bmaa.gv.at', the service line and the footer with the sender code 'MAA0001' dropped (rules 2870, 4160); "
              "the published 'Aussenministerin', 'Aussenminister' and 'Escheinungsformen' kept (rule 20); complete in the "
              "stored copy)",
    license=APA_OTS_POLITICS,
    paras=[IS_SUB, IS_P1, IS_P2],
    # the headline quotation after the label `Ferrero-Waldner:` condenses her body words `mit aller Entschiedenheit
    # entgegentreten` and is hers (rules 26, 54); the body quotation closed by `sagte Ferrero-Waldner` is hers (rule 30), its
    # `Österreich verurteilt` and `Wir` speaking for the country; Abdullah Gül and Jack Straw, the addressees of her letters,
    # and the Generalkonsul say nothing; the subtitle's bare `Aussenministerin` names only her and is an alias, `türkischen
    # Amtskollegen` and `britischen Amtskollegen` name the others by their countries (rules 33, 44)
    quotes=[("\"Terror mit Entschiedenheit entgegentreten\"", BFW),
            (cut(IS_P2, "\"Ich bin tief", "Angehörigen\""), BFW)],
    aliases={BFW: ["Benita Ferrero-Waldner", "Aussenministerin Benita Ferrero-Waldner", "Ferrero-Waldner",
                   "Aussenministerin"]})

# --- APA-OTS, Foreign Ministry, 11 July 2006: Ursula Plassnik on the bombings in Mumbai ---

MU_T = "Außenministerin Plassnik zu den Bombenanschlägen in Mumbai (Bombay)"
MU_P1 = ("Wien (OTS) - Außenministerin Ursula Plassnik verurteilte die heutigen Bombenanschläge auf Züge in den Vororten "
         "von Mumbai (Bombay) auf das Schärfste.")
MU_P2 = ("\"Ich möchte den Familien, die Angehörige verloren haben, mein tiefstes Mitgefühl aussprechen, und wünsche "
         "denjenigen, die bei diesem schändlichen terroristischen Akt verletzt wurden, eine rasche Genesung\", sagte "
         "Plassnik.")
MU_P3 = ("\"Ich hoffe sehr, dass die Urheber dieser barbarischen Anschläge rasch gefunden und vor Gericht zur Verantwortung "
         "gezogen werden\", so die Außenministerin.")

add(id="ho701-ots-bmaa-2006-07-11-plassnik-mumbai-anschlaege",
    title=MU_T,
    url="https://www.ots.at/presseaussendung/OTS_20060711_OTS0211/aussenministerin-plassnik-zu-den-bombenanschlaegen-in-"
        "mumbai-bombay",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 11 July 2006 by its OTS number and the "
              "train bombings in Mumbai of that day; the headline kept as the title; the dateline 'Wien (OTS) -' kept at the "
              "start of the first paragraph; the contact block 'Rückfragen & Kontakt: Außenministerium Presseabteilung Tel.: "
              "… abti3@bmaa.gv.at http://www.aussenministerium.at', the service line and the footer with the sender code "
              "'MAA0002' dropped (rules 2870, 4160); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[MU_P1, MU_P2, MU_P3],
    # the lead's `verurteilte … auf das Schärfste` is unmarked (rule 5); the quotation closed by `sagte Plassnik` and the one
    # closed by `so die Außenministerin`, a paragraph of its own after hers, are hers (rules 8, 30); the families, the injured
    # and the Urheber say nothing; `Außenministerin`, which names only her, is an alias (rule 44)
    quotes=[(cut(MU_P2, "\"Ich möchte", "Genesung\""), PLASSNIK),
            (cut(MU_P3, "\"Ich hoffe", "gezogen werden\""), PLASSNIK)],
    aliases={PLASSNIK: ["Ursula Plassnik", "Außenministerin Ursula Plassnik", "Außenministerin Plassnik", "Plassnik",
                        "Außenministerin"]})

# --- APA-OTS, Federal Ministry of Finance, 19 July 2006: Grasser on the Steiermark's signature of the Stabilitätspakt ---

SP_T = "BMF: Steiermark unterzeichnet innerösterreichischen Stabilitätspakt"
SP_SUB = ("Grasser: \"Dies ist ein gutes Signal für eine stabilitätsorientierte Finanzpolitik und ein wichtiger Schritt in "
          "Richtung ausgeglichener Haushalt 2008\"")
SP_P1 = join("Wien (OTS) - Das Land Steiermark hat nun als letztes Bundesland",
             "den innerösterreichischen Stabilitätspakt unterschrieben. Damit verfolgen nun alle Länder das Ziel einer "
             "stabilitätsorientierten Finanzpolitik, welche eine wesentliche Grundlage für einen gesunden Haushalt ist und "
             "somit allen Österreicherinnen und Österreichern zu gute kommen soll. Somit kann auch das Ziel eines "
             "ausgeglichenen Haushaltes 2008 weiter verfolgt werden. In einem nächsten Schritt kann dadurch das erklärte Ziel "
             "dieser Bundesregierung - nämlich Entlastung aller Bürger - durch eine weitere Steuerreform umgesetzt werden.")

add(id="ho701-ots-bmf-2006-07-19-grasser-steiermark-stabilitaetspakt",
    title=SP_T,
    url="https://www.ots.at/presseaussendung/OTS_20060719_OTS0150/bmf-steiermark-unterzeichnet-inneroesterreichischen-"
        "stabilitaetspakt",
    retrieved="same address (release of the Bundesministerium für Finanzen on the APA-OTS service, 19 July 2006 by its OTS "
              "number; the headline with its label 'BMF:' kept as the title, the labelled subtitle as a line of its own as "
              "stored; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the single stored line break "
              "inside the first sentence ('… als letztes Bundesland' / 'den innerösterreichischen …') joined with one space "
              "(rules 3260, 4330); the contact block 'Rückfragen & Kontakt: Bundesministerium für Finanzen Mag. Manfred "
              "Lepuschitz Pressesprecher Tel.: … http://www.bmf.gv.at', the service line and the footer with the sender code "
              "'NFI0003' dropped (rules 3260, 4160); the published 'zu gute kommen' kept (rule 20); complete in the stored "
              "copy)",
    license=APA_OTS_POLITICS,
    paras=[SP_SUB, SP_P1],
    # the subtitle quotation after the label `Grasser:` is his (rule 54), the finance minister's, whose ministry the headline
    # label `BMF:` names as the sender; the body speaks in the ministry's voice without marks (rule 5); the Land Steiermark,
    # the Länder and the Bundesregierung say nothing; only the surname is given, so `Grasser` is canonical (rule 7; as the
    # 678th set named him)
    quotes=[(cut(SP_SUB, "\"Dies ist", "Haushalt 2008\""), GRASSER)],
    aliases={GRASSER: ["Grasser"]})

# --- APA-OTS, Foreign Ministry, 25 January 2011: Michael Spindelegger on the attack at Moscow's Domodedowo airport ---

DO_T = "Außenminister zum Anschlag in Moskau"
DO_SUB = "Auch Österreicher unter den Opfern zu beklagen"
DO_P1 = join("Wien (OTS) - Mit Entsetzen reagierte heute Außenminister Michael",
             "Spindelegger auf den grausamen Terroranschlag am Moskauer Flughafen",
             "Domodedowo: \"Die Feigheit und Brutalität dieses hinterhältigen",
             "Anschlages ist erschütternd und durch nichts zu rechtfertigen. Ich",
             "verurteile diesen Gewaltakt und die dadurch ausgedrückte",
             "Menschenverachtung auf das Schärfste.\"")
DO_P2 = join("Im Laufe des Tages haben sich leider die Befürchtungen bestätigt,",
             "dass sich auch ein österreichischer Staatsbürger unter den Opfern",
             "befindet.")
DO_P3 = join("\"Mein tiefes Mitgefühl gilt den Familien und Angehörigen der Opfer.",
             "Unsere Gedanken sind in dieser schweren Stunde bei ihnen\", zeigte",
             "sich der Außenminister tief betroffen.")
DO_P4 = join("Bis zum gegenwärtigen Zeitpunkt konnte die Identifizierung aller",
             "getöteten Opfer noch nicht abgeschlossen werden. Mit größter",
             "Wahrscheinlichkeit dürfte jedoch noch eine weitere österreichische",
             "Staatsbürgerin bei den Anschlägen ums Leben gekommen sein, die bisher",
             "als vermisst gegolten hat. Das Außenministerium sowie die",
             "österreichische Botschaft in Moskau sind in ständigem Kontakt mit den",
             "Behörden in Russland und stehen besorgten Angehörigen jederzeit als",
             "Ansprechpartner zur Seite.")

add(id="ho701-ots-bmeia-2011-01-25-spindelegger-domodedowo-anschlag",
    title=DO_T,
    url="https://www.ots.at/presseaussendung/OTS_20110125_OTS0250/aussenminister-zum-anschlag-in-moskau",
    retrieved="same address (release of the Bundesministerium für europäische und internationale Angelegenheiten on the "
              "APA-OTS service, 25 January 2011 by the ots.at time line '25.01.2011, 17:36:16' and the OTS number; the ots.at "
              "lines of time and number ('- 25.01.2011, 17:36:16' / '- /' / '- OTS0250 OTW0250') dropped (rule 2580); "
              "headline and subtitle kept as lines of their own as stored; the copy is hard-wrapped at about seventy "
              "characters without empty lines: its lines are joined with one space and divided only at the short lines that "
              "close a sentence with no quotation left open ('Menschenverachtung auf das Schärfste.\"', 'befindet.', 'sich "
              "der Außenminister tief betroffen.'), while the full-width line ending '… der Opfer.' inside the open "
              "quotation is joined (rules 1372, 3123, 4330); the contact block 'Rückfragehinweis: Bundesministerium für "
              "europäische und internationale Angelegenheiten Presseabteilung', at which the stored copy ends, dropped and "
              "read as the sender (rule 4160); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[DO_SUB, DO_P1, DO_P2, DO_P3, DO_P4],
    # the colon quotation after `Mit Entsetzen reagierte heute Außenminister Michael Spindelegger auf den … Terroranschlag …
    # Domodedowo:` is his (rule 9); the quotation closed by the cue of feeling `zeigte sich der Außenminister tief betroffen`
    # is his (rule 30); the headline `Außenminister zum Anschlag in Moskau` and the ministry's report of the victims are
    # unmarked (rule 5); the Austrian victims, the Botschaft and the Russian Behörden say nothing; the bare `Außenminister`,
    # which names only him, is an alias (rule 44)
    quotes=[(cut(DO_P1, "\"Die Feigheit", "Schärfste.\""), SPINDELEGGER),
            (cut(DO_P3, "\"Mein tiefes", "bei ihnen\""), SPINDELEGGER)],
    aliases={SPINDELEGGER: ["Michael Spindelegger", "Außenminister Michael Spindelegger", "Spindelegger", "Außenminister"]})

# --- APA-OTS, 3 March 2011: Werner Faymann's laudation for Hans Niessl in the Präsidentschaftskanzlei ---

NI_T = "Bundeskanzler Faymann ehrt Landeshauptmann Niessl"
NI_SUB = ("Burgenlands Landeshauptmann Hans Niessl erhält Großes Goldenes Ehrenzeichen am Bande für Verdienste um die "
          "Republik Österreich")
NI_P1 = ("Wien (OTS) - \"Die Burgenländerinnen und Burgenländer können stolz auf die Entwicklung ihres Landes sein. Viele "
         "der Erfolge, sei es in der Bildung, am Arbeitsmarkt oder in der Wirtschaft, tragen die Handschrift ihres "
         "Landeshauptmannes, Hans Niessl\", sagte Bundeskanzler Werner Faymann anlässlich der Ehrung des Landeshauptmanns von "
         "Burgenland. Hans Niessl wurde heute in der Wiener Präsidentschaftskanzlei mit dem Großen Goldenen Ehrenzeichen am "
         "Bande für Verdienste um die Republik Österreich ausgezeichnet. Bundespräsident Heinz Fischer betonte, dass die "
         "Verleihung eine Anerkennung für die persönlichen Leistungen des Geehrten sei, aber gleichzeitig auch eine "
         "Auszeichnung für das ganze Burgenland.")
NI_P2 = ("Der burgenländische Landeshauptmann habe sich in seiner nunmehr zehnjährigen Amtszeit in vielen wesentlichen "
         "gesellschaftspolitischen Bereichen engagiert, so der Bundeskanzler in seiner Laudatio. \"Bildung und Beschäftigung "
         "gehören dabei zu den ganz zentralen Anliegen von Hans Niessl\", so Faymann. Der Erfolg lasse sich am Anstieg der "
         "mittleren Einkommen im Burgenland im letzten Jahrzehnt ablesen, was eine Verbesserung im Österreichvergleich vom "
         "fünften auf den zweiten Platz gebracht habe. Auch der österreichweit höchste Anteil an Maturantinnen und Maturanten "
         "in der Bevölkerung sowie die gute Entwicklung der Beschäftigungszahlen zeige die Wirkung der unter Niessl gesetzten "
         "Maßnahmen.")

add(id="ho701-ots-bka-2011-03-03-faymann-laudatio-niessl-ehrenzeichen",
    title=NI_T,
    url="https://www.ots.at/presseaussendung/OTS_20110303_OTS0200/bundeskanzler-faymann-ehrt-landeshauptmann-niessl",
    retrieved="same address (release on the APA-OTS service, 3 March 2011 by its OTS number and the release's 'heute'; the "
              "crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); headline and subtitle kept as lines "
              "of their own as stored; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the stored copy "
              "is cut off inside the third body paragraph, within a quotation ('\"Der vorbildhafte Einsatz nachhaltiger "
              "Energien … In einem Zeitalter,'), which is dropped with its quotation (rule 15); no contact block in the copy: "
              "the sender is read from the release's voice, the Chancellor's laudation reported with his title and with the "
              "President's words only in indirect speech, as a release of the Federal Chancellery (rules 2680, 4220, 4330; "
              "licence caveat in SOURCES.md); the published 'Landeshauptmannes' beside 'Landeshauptmanns' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[NI_SUB, NI_P1, NI_P2],
    # the quotation that opens the release after the dateline is closed by `sagte Bundeskanzler Werner Faymann`, the subject
    # of the cue, not Hans Niessl, whom it praises and names inside (rules 12, 30); the Konjunktiv sentence closed by `so der
    # Bundeskanzler in seiner Laudatio` is unmarked (rule 5), and the quotation after it, closed by `so Faymann`, is his (rule
    # 30); Heinz Fischer's `betonte, dass …` is indirect speech without marks and carries no span (rule 5); Hans Niessl, the
    # honoured, says nothing in the kept paragraphs; `Bundeskanzler`, which names only him, goes with his name forms as an
    # alias (rule 44), while `Bundespräsident Heinz Fischer` and `burgenländische Landeshauptmann` name others
    quotes=[(cut(NI_P1, "\"Die Burgenländerinnen", "Hans Niessl\""), FAYMANN),
            (cut(NI_P2, "\"Bildung und", "Hans Niessl\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Faymann",
                       "Bundeskanzler"]})

# --- APA-OTS, NLK, 10 November 2019: Johanna Mikl-Leitner's open day in the Landhaus ---

TT_T = "Großer Andrang beim „Tag der offenen Tür“ im Büro der Landeshauptfrau"
TT_SUB = "LH Mikl-Leitner begrüßte die Besucherinnen und Besucher"
TT_P1 = ("St. Pölten (OTS/NLK) - „Ein herzliches Willkommen“ richtete Landeshauptfrau Johanna Mikl-Leitner am heutigen "
         "Sonntag an alle Besucherinnen und Besucher des „Tages der offenen Tür“ in ihrem Büro. Vor dem Haupteingang des "
         "Landhauses in St. Pölten herrschte großer Andrang, viele Landesbürgerinnen und –bürger waren gekommen, um das Büro "
         "der Landeshauptfrau im sechsten Stock des Landhauses zu besichtigen. Jeder einzelne Gast wurde von der "
         "Landeshauptfrau persönlich begrüßt und viele nutzten die Gelegenheit, einmal am Sessel der Landeshauptfrau „Probe "
         "zu sitzen“.")
TT_P2 = ("Im Gespräch mit den interessierten Besucherinnen und Besuchern informierte sie über ihr Arbeitsumfeld wie etwa den "
         "großen Besprechungstisch oder den Kristallluster, der noch aus dem Büro von Leopold Figl im damaligen „Alten "
         "Landhaus“ und jetzigen „Palais Niederösterreich“ in der Wiener Herrengasse stammt. Besonders wies sie auch auf ein "
         "Bild des Gugginger Art Brut-Künstlers Heinrich Reisenbauer hin: „Dieses Bild wurde an dem Tag gemalt, an dem ich "
         "zur Landeshauptfrau gewählt wurde, und darum hat es hier in meinem Büro einen besonderen Platz.“")
TT_P3 = ("Neben dem „Tag der offenen Tür“ im Büro der Landeshauptfrau zogen auch die Freiwilligenmesse im NÖ Landhaus sowie "
         "die Leistungsschau der Blaulichtorganisationen am Landhausplatz viele Besucherinnen und Besucher an. Angeboten "
         "wurden auch zahlreiche weitere Programmpunkte, wie zum Beispiel ein Tag der offenen Tür im ORF Landesstudio.")

add(id="ho701-ots-nlk-2019-11-10-mikl-leitner-tag-der-offenen-tuer",
    title=TT_T,
    url="https://www.ots.at/presseaussendung/OTS_20191110_OTS0027/grosser-andrang-beim-tag-der-offenen-tuer-im-buero-der-"
        "landeshauptfrau",
    retrieved="same address (release of the press service of the Land Niederösterreich on the APA-OTS service, 10 November "
              "2019 by its OTS number and the release's 'am heutigen Sonntag'; headline and subtitle kept as lines of their "
              "own as stored; the dateline 'St. Pölten (OTS/NLK) -' kept at the start of the first paragraph; the contact "
              "block 'Rückfragen & Kontakt: Amt der Niederösterreichischen Landesregierung Landesamtsdirektion/"
              "Öffentlichkeitsarbeit Mag. Christian Salzmann 02742/9005-12172 presse @ noel.gv.at www.noe.gv.at/presse', "
              "which names the sender, dropped (rules 2870, 4330); the published 'Landesbürgerinnen und –bürger' with an en "
              "dash and 'Art Brut-Künstlers' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[TT_SUB, TT_P1, TT_P2, TT_P3],
    # the open day's name in marks is null in the headline, in the genitive `des „Tages der offenen Tür“` and in the last
    # paragraph (rules 2, 24), while the unmarked `ein Tag der offenen Tür im ORF Landesstudio` carries no span (rule 5); the
    # marked greeting that `richtete Landeshauptfrau Johanna Mikl-Leitner … an alle Besucherinnen und Besucher` is hers
    # (rules 3, 62, 4333); the visitors' `„Probe zu sitzen“` marks an idiom for what they did, not words anyone says, and is
    # null, and so are the building names `„Alten Landhaus“` and `„Palais Niederösterreich“` (rules 2, 24, 4333); the colon
    # quotation after `Besonders wies sie auch auf ein Bild … hin:` is hers, `sie` taking up the Landeshauptfrau of the
    # paragraph before (rules 8, 9), its `ich zur Landeshauptfrau gewählt` confirming it; Leopold Figl and Heinrich
    # Reisenbauer say nothing; `Landeshauptfrau`, which names only her, and `LH Mikl-Leitner` are aliases (rule 44)
    quotes=[("„Tag der offenen Tür“", None, 0),
            ("„Ein herzliches Willkommen“", MIKL),
            ("„Tages der offenen Tür“", None),
            ("„Probe zu sitzen“", None),
            ("„Alten Landhaus“", None),
            ("„Palais Niederösterreich“", None),
            (cut(TT_P2, "„Dieses Bild", "Platz.“"), MIKL),
            ("„Tag der offenen Tür“", None, 1)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner", "LH Mikl-Leitner", "Mikl-Leitner",
                    "Landeshauptfrau"]})
