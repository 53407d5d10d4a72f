# Seven-hundred-and-fifty-third held-out German real-news set (tests/data/heldout753-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4720-4725). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets heldout751 to
# heldout758). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-third held-out set": nine releases of Austrian associations,
# chambers, unions and clubs on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): the Johanniter-Unfall-Hilfe on
# its magazine's interviews with Josef Pröll and David Heissig (June 2012); the KOBV Österreich - Der Behindertenverband on its
# eightieth anniversary (October 2025); the younion _ Die Daseinsgewerkschaft's Christmas thanks (December 2016); the
# Wirtschaftskammer Wien's Sparte Handel on its tram campaign (October 2014); the Pensionistenverband Österreichs announcing its
# fiftieth-birthday fest (September 1999); the ARBÖ's car gala (November 2013); the Gewerkschaft vida's congress (November
# 2014); the Österreichische Tierärztekammer on the Welttierschutztag (October 2016); and the Bundesinnung der Buchbinder of the
# Wirtschaftskammer Österreich on its apprentices' competition (April 2000). Stored copies are the `search` tool's `pages`
# excerpts; only complete paragraphs are kept (rules 15, 17), the wire and store furniture is dropped (rules 460, 3040, 4540,
# 4600, 4660, 4720), and each retrieval note names what was dropped. The search budget of the session allowed 60 queries; 40
# were used (SOURCES.md).
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
    """A stored paragraph broken by single line breaks: its lines joined with one space."""
    return " ".join(line.strip(" ") for line in lines)


POELL = "Josef Pröll"
HEISSIG = "David Heissig"
GROSCHAN = "Franz Groschan"
MEIDLINGER = "Christian Meidlinger"
PELLET = "Erwin Pellet"
BLECHA = "Karl Blecha"
HOFER = "Heinz Hofer"
WINKLER = "Gottfried Winkler"
FRUEHWIRTH = "Kurt Frühwirth"
LOY = "Kurt Loy"

# --- APA-OTS, Johanniter-Unfall-Hilfe in Österreich, 13 June 2012: Pröll and Heissig in the Johanniter magazine ---

JO_T = "\"Die Botschaft ist das Ehrenamt\""
JO_SUB = ("Ex-Finanzminister Pröll und \"Dancing Star\" Heissig werben für Blaulichtorganisation im Interview nachzulesen im "
          "Johanniter-Magazin.")
JO_P1 = ("Wien (OTS) - Eine Lanze für das Ehrenamt brechen Ex-Finanzminister Josef Pröll und Jungschauspieler David Heissig in "
         "der aktuellen Ausgabe von \"die Johanniter\", dem Magazin der Johanniter-Unfall-Hilfe in Österreich.")
JO_P2 = ("2011 war das Europäische Jahr der Freiwilligenarbeit - ein halbes Jahr danach erwartet der ehemalige Finanzminister "
         "und heutige Vorstandsprecher der Leipnik- Lundenburger Invest, DI Josef Pröll, \"mehr als nur ein Jahr des besonderen "
         "Lobes\". Im \"Johanniter\"-Interview zeigt sich der im Vorjahr nach akuter Krankheit aus der Politik in die "
         "Wirtschaft gewechselte Pröll begeistert von der Arbeit der Rettungsdienste und fordert weitere Unterstützung.")
JO_H1 = "Ehrenamt als persönliche Entwicklung"
JO_P3 = ("Pröll wünscht sich von den Menschen in Österreich \"mehr öffentliches, ehrenamtliches Engagement auch als Maßstab für "
         "die persönliche Entwicklung\". Es dürfe nicht mit \"innerer Emigration bzw. Rückzug\" reagiert werden, auch wenn "
         "derzeit \"die politische Diskussion\" etwa angesichts des parlamentarischen Korruptionsausschusses \"unappetitlich\" "
         "sei.")
JO_H2 = "Positives Beispiel David Heissig"
JO_P4 = ("Der 22-jährige Schauspieler David Heissig, zuletzt im TV bei den Dancing Stars gefeiert, leistet seit drei Jahren bei "
         "den Johannitern ehrenamtliche Dienste und begleitet Menschen ins Spital oder bringt sie nach Hause. Heissigs "
         "Motivation für seine monatliche, gute Tat:")
JO_P5 = ("\"Ich lerne gerne Menschen kennen und liebe es mit Leuten zu reden. Und selbst wenn er in fünf Jahren ein Engagement "
         "am Burgtheater haben sollte - den Johannitern will er auch dann noch treu bleiben.")

add(id="ho753-ots-johanniter-2012-06-13-proell-heissig-ehrenamt",
    title=JO_T,
    url="https://www.ots.at/presseaussendung/OTS_20120613_OTS0053/die-botschaft-ist-das-ehrenamt",
    retrieved="same address (release on the APA-OTS service, 13 June 2012 by its OTS number, on 'der aktuellen Ausgabe' of "
              "the Johanniter magazine, half a year after the Europäisches Jahr der Freiwilligenarbeit 2011); headline, subtitle "
              "and the two subheadings kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; "
              "the label sentence '… Heissigs Motivation für seine monatliche, gute Tat:' and the quotation paragraph after it, "
              "which the copy separates by a single line break, kept as two paragraphs (rules 4661, 4722); the copy ends inside "
              "the paragraph after the subheading '\"Johanniter allen voran\"' ('Auf die Frage, was Josef Pröll den 44.000 "
              "Unterstützern der Johanniter-Unfall-Hilfe auf den Weg geben möchte: \"Die Botschaft ist das Ehrenamt: Ein großes "
              "Dankeschön für das Engagement und die professionelle Arbeit in den Blaulichtorga'), which is dropped with its "
              "quoted subheading and its unclosed quotation (rules 15, 290, 4721), and before any contact block, so the sender "
              "is inferred from the release's own voice: its own magazine, 'dem Magazin der Johanniter-Unfall-Hilfe in "
              "Österreich', and its volunteers (rule 4720); 'im Interview nachzulesen' without a comma, 'Leipnik- Lundenburger' "
              "with the space, 'Vorstandsprecher', 'liebe es mit Leuten' without a comma and the quotation without its closing "
              "mark kept (rules 20, 22, 4722)",
    license=APA_OTS_SENDERS,
    paras=[JO_SUB, JO_P1, JO_P2, JO_H1, JO_P3, JO_H2, JO_P4, JO_P5],
    # the headline's quoted words are Pröll's: the stored copy's last, cut-off paragraph gives the same words to him after
    # `Auf die Frage, was Josef Pröll … auf den Weg geben möchte:`, and the kept subtitle and lead name him first as the
    # interviewee (rules 26, 4721); the TV show's label `"Dancing Star"` in the subtitle is null (rules 24, 75); the magazine's
    # name `"die Johanniter"` and its short form in `Im "Johanniter"-Interview` are null (rules 2, 4722); the partial
    # quotations after `erwartet der ehemalige Finanzminister …, DI Josef Pröll,`, after `Pröll wünscht sich …` and in the
    # Konjunktiv sentence that follows (`Es dürfe nicht mit "innerer Emigration bzw. Rückzug" reagiert werden, auch wenn
    # derzeit "die politische Diskussion" … "unappetitlich" sei.`) are his words from the interview (rules 3, 25, 4722); the
    # first-person quotation after the label `Heissigs Motivation für seine monatliche, gute Tat:` is Heissig's and, its
    # closing mark missing, ends with the full stop of his one first-person sentence before the narrator's `Und selbst wenn er
    # …` (rules 9, 22, 4722); the Leipnik-Lundenburger Invest, the Korruptionsausschuss, the Burgtheater and the Johanniter say
    # nothing; `Vorstandsprecher der Leipnik- Lundenburger Invest` carries a company's name and is not listed (rule 33)
    quotes=[(JO_T, POELL),
            ("\"Dancing Star\"", None),
            ("\"die Johanniter\"", None),
            (cut(JO_P2, "\"mehr als", "Lobes\""), POELL),
            ("\"Johanniter\"", None),
            (cut(JO_P3, "\"mehr öffentliches", "Entwicklung\""), POELL),
            ("\"innerer Emigration bzw. Rückzug\"", POELL),
            ("\"die politische Diskussion\"", POELL),
            ("\"unappetitlich\"", POELL),
            (cut(JO_P5, "\"Ich lerne", "zu reden."), HEISSIG)],
    aliases={POELL: ["Josef Pröll", "DI Josef Pröll", "Pröll", "Ex-Finanzminister Josef Pröll", "Ex-Finanzminister",
                     "ehemalige Finanzminister"],
             HEISSIG: ["David Heissig", "Heissig", "Jungschauspieler David Heissig", "Schauspieler David Heissig"]})

# --- APA-OTS, KOBV Österreich - Der Behindertenverband, 24 October 2025: eighty years of the association ---

KO_D = "Wien (OTS) -"
KO_P1 = ("80 Jahre KOBV Österreich – Der Behindertenverband: Das sind 80 Jahre gelebte Solidarität. Ursprünglich am 17. April "
         "1945 als Selbsthilfegruppe für Kriegsopfer gegründet, vertritt der KOBV heute alle Menschen mit Behinderung und zählt "
         "45.000 Mitglieder in ganz Österreich. Gefeiert wurde das Jubiläum mit einem Festakt im Bildungszentrum der "
         "Arbeiterkammer Wien. Zuvor wurden die Verbandsorgane neu gewählt; KOBV-Präsident Franz Groschan wurde dabei einstimmig "
         "in seiner Funktion bestätigt.")
KO_P2 = ("„Als der KOBV Österreich 1945 gegründet wurde, war das ein Versprechen der Solidarität“, betonte KOBV-Präsident Franz "
         "Groschan. Zu tun gebe es aber auch nach 80 Jahren noch mehr als genug: „Trotz aller Fortschritte ist die volle "
         "Inklusion von Menschen mit Behinderungen in unserer Gesellschaft noch immer nicht umgesetzt.“ Darum habe der KOBV auch "
         "ein umfassendes Positionspapier verabschiedet, das die Basis für die Umsetzung behindertenpolitischer Maßnahmen "
         "bildet.")
KO_P3 = ("Unter anderem fordert der KOBV Österreich darin, dass der Ausgleichstaxfonds ausreichend finanziell abgesichert wird "
         "und die wichtigen Förderungsmaßnahmen für die Beschäftigung von Menschen mit Behinderungen weiter ausgebaut und "
         "verbessert werden. Auch im Bereich der inklusiven Bildung gibt es großen Verbesserungsbedarf, und die "
         "gesundheitspolitisch bedenkliche Entwicklung in Richtung einer Zweiklassenmedizin sei für Menschen mit Behinderungen "
         "eine große Belastung.")
KO_P4 = ("„Wir werden das Positionspapier aktiv an die Politik herantragen, um wie bisher aktiv und konstruktiv die "
         "Behindertenpolitik mitzugestalten“, versprach Präsident Groschan den zahlreich erschienen Gästen.")

add(id="ho753-ots-kobv-2025-10-24-groschan-80-jahre",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251024_OTS0098/80-jahre-kobv-oesterreich-der-behindertenverband-80-jahre-"
        "fundament-fuer-fairness",
    retrieved="same address (release on the APA-OTS service, 24 October 2025 by the crawl-date prefix ' date 2025-10-24' and "
              "its OTS number, which is dropped with the prefix (rule 4540)); the stored copy shows no headline and gives the "
              "dateline 'Wien (OTS) -' alone on its line before an empty line, so the document has no title and that line is "
              "its first line (rules 18, 32, 4020, 4720); the copy ends inside the paragraph on the federal minister's speech "
              "('Unter diesen befand sich auch Bundesministerin Korinna Schumann, die in ihrer Ansprache die Zusammenarbeit mit "
              "dem KOBV Österreich würdigte: „Der KOBV ist ein starker, zuverlässiger Partner“, betonte'), which is dropped with "
              "her quotation (rule 15), and before any contact block, so the sender is inferred from the release's own voice: "
              "the association's own anniversary, its re-elected president's quotations and its Positionspapier (rule 4720); "
              "'den zahlreich erschienen Gästen' kept (rule 20); another copy of the same release on bizeps.or.at, with the "
              "headline, was not used",
    license=APA_OTS_SENDERS,
    paras=[KO_D, KO_P1, KO_P2, KO_P3, KO_P4],
    # the quotation before `betonte KOBV-Präsident Franz Groschan` is his (rule 30); the colon quotation after the narrator's
    # Konjunktiv sentence `Zu tun gebe es aber auch nach 80 Jahren noch mehr als genug:`, which reports him, goes on in his
    # voice (rules 9, 4665); the quotation before `versprach Präsident Groschan den zahlreich erschienen Gästen` is his (rule
    # 30); the Konjunktiv sentences `Darum habe der KOBV …` and `… sei für Menschen mit Behinderungen eine große Belastung` carry
    # no span (rule 5); the Arbeiterkammer Wien and the Gäste say nothing, and Korinna Schumann's quotation is in the dropped
    # paragraph; `KOBV-Präsident Franz Groschan` carries the body's name and is not listed (rule 33)
    quotes=[(cut(KO_P2, "„Als der KOBV", "Solidarität“"), GROSCHAN),
            (cut(KO_P2, "„Trotz aller", "umgesetzt.“"), GROSCHAN),
            (cut(KO_P4, "„Wir werden", "mitzugestalten“"), GROSCHAN)],
    aliases={GROSCHAN: ["Franz Groschan", "Groschan", "Präsident Groschan"]})

# --- APA-OTS, younion _ Die Daseinsgewerkschaft, 22 December 2016: thanks for the Christmas service ---

YO_T = "younion-Meidlinger: Danke für den Weihnachtsseinsatz im Dienst der Bürgerinnen und Bürger!"
YO_SUB = "Allein in Wien sind an den Feiertagen rund 25.000 ArbeitnehmerInnen im Dienst"
YO_P1 = ("Wien (OTS/ÖGB) - \"Für rund 25.000 ArbeitnehmerInnen allein in Wien bringen die Feiertage keine verdiente Pause, "
         "Erholung und Entspannung. Wie das ganze Jahr über sind sie für die Bürgerinnen und Bürger im Einsatz. Dafür sagen wir "
         "heute Danke\", erklärte heute, Donnerstag, der Vorsitzende der younion_Die Daseinsgewerkschaft, Christian "
         "Meidlinger.")
YO_P2 = ("\"Man vergisst zu leicht, dass funktionierende Städte und Kommunen keine Selbstverständlichkeit sind. Dahinter stehen "
         "die großartigen Leistungen der Bediensteten in den mehr als 200 Berufen, die diese reibungslosen Abläufe erst "
         "ermöglichen\", sagte Meidlinger. Dazu zählen unter anderen die Beschäftigten im Gesundheitswesen, öffentlichem "
         "Verkehr, Ver- und Entsorgungseinrichtungen (Elektrizität, Gas, Wasser, Abfall etc.), im Bildungssektor, im Rahmen von "
         "sozialen Dienstleistungen, Bestattung und in der öffentlichen Gemeindeverwaltung.")
YO_P3 = ("\"Qualitativ hochwertige öffentliche Dienste sind ein wesentlicher Bestandteil der Wirtschafts- und Sozialsysteme. "
         "Sie sind das Rückgrat unseres Gemeinwesens und dürfen nicht gefährdet werden\", schloss Meidlinger.")

add(id="ho753-ots-younion-2016-12-22-meidlinger-weihnachtseinsatz",
    title=YO_T,
    url="http://www.ots.at/presseaussendung/OTS_20161222_OTS0091/younion-meidlinger-danke-fuer-den-weihnachtsseinsatz-im-"
        "dienst-der-buergerinnen-und-buerger",
    retrieved="same address (release on the APA-OTS service, 22 December 2016 by its OTS number, 'heute, Donnerstag'; sent "
              "through the ÖGB's desk, dateline 'Wien (OTS/ÖGB) -'); headline and subtitle kept as lines of their own, the "
              "dateline run into the first paragraph; the OTS marker '++++' that the release runs onto the last word of its "
              "lead ('Christian Meidlinger.++++') dropped (rules 460, 4720); the sender is told by the contact block 'younion _ "
              "Die Daseinsgewerkschaft' / 'Referat für Kommunikation und Öffentlichkeitsarbeit' / '(01) 313 16 / 83615', which "
              "is dropped with the heading 'Rückfragen & Kontakt:' (rules 3040, 4600); 'Weihnachtsseinsatz', "
              "'younion_Die Daseinsgewerkschaft' without spaces and 'unter anderen' kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[YO_SUB, YO_P1, YO_P2, YO_P3],
    # the unmarked headline `younion-Meidlinger: Danke …` carries no span (rule 5); the quotation before `erklärte heute,
    # Donnerstag, der Vorsitzende der younion_Die Daseinsgewerkschaft, Christian Meidlinger` is his (rule 30), and so are the
    # ones before `sagte Meidlinger` and `schloss Meidlinger` (rule 30); the Beschäftigten and the Bürgerinnen und Bürger say
    # nothing; `younion-Meidlinger` and `der Vorsitzende der younion_Die Daseinsgewerkschaft` carry the body's name and are not
    # listed (rule 33)
    quotes=[(cut(YO_P1, "\"Für rund", "Danke\""), MEIDLINGER),
            (cut(YO_P2, "\"Man vergisst", "ermöglichen\""), MEIDLINGER),
            (cut(YO_P3, "\"Qualitativ", "gefährdet werden\""), MEIDLINGER)],
    aliases={MEIDLINGER: ["Christian Meidlinger", "Meidlinger"]})

# --- APA-OTS, Wirtschaftskammer Wien, Sparte Handel, 21 October 2014: the tram campaign of the Viennese trade ---

WH_T = "Der Wiener Handel bewegt die Stadt"
WH_P1 = ("Wien (OTS) - 21.10.2014 - Anlässlich des 150-Jahr Jubiläums des Gremiums der Wiener Kaufmannschaft startet die "
         "Sparte Handel ab Oktober 2014 eine Wien-weite Imagedachkampagne auf 24 Straßenbahn-Triebwägen, um die Vielfalt des "
         "Handels darzustellen.")
WH_P2 = ("\"Die Vielfalt im Wiener Handel ist einzigartig\", weiß der Obmann der Sparte Handel, KommR Erwin Pellet. Von A - Z, "
         "vom Außenhandel bis zum Zoofachhandel bieten die Wiener Handelsunternehmen den Konsumenten alles, was für die hohe "
         "Lebensqualität in unserer Stadt notwendig ist und vieles darüber hinaus. Mit kompetenter Fachberatung und einem "
         "riesigen Produktportfolio stellt der Handel täglich Milliarden von Produkten in seinen Geschäften zur Verfügung. "
         "\"Diese wichtige Wirtschaftsleistung für die Stadt möchten wir mit unserer Kampagne gemäß dem Motto \"Der Handel macht "
         "unsere Stadt lebenswerter\" darstellen\", erklärt Pellet die Dachkampagne. Von 1.10.2014 -15.1.2015 werden insgesamt "
         "24 Triebwägen der Wiener Linien das Stadtbild prägen und auf diese enorme Bedeutung des Handels für das tägliche Leben "
         "in unserer Stadt hinweisen.")
WH_P3 = ("Das Rückgrat des Wiener Handels bilden heute die über 34.000 Handelsunternehmen mit ihren mehr als 115.000 "
         "Beschäftigten. Alleine der Wiener Einzelhandel setzt jährlich etwa 12,4 Milliarden Euro um. Der Wiener Groß- und "
         "Außenhandel kommt mit rd. 74 Milliarden EUR gar auf fast die Hälfte der österreichischen Großhandelsumsätze. Die 25 "
         "Landesgremien der Sparte Handel spiegeln die Vielfalt der Branche wider.")

add(id="ho753-ots-wk-wien-handel-2014-10-21-pellet-dachkampagne",
    title=WH_T,
    url="https://www.ots.at/presseaussendung/OTS_20141021_OTS0015/der-wiener-handel-bewegt-die-stadt-bild",
    retrieved="same address (release on the APA-OTS service, 21 October 2014 by its OTS number and the date the release sets "
              "after its dateline, 'Wien (OTS) - 21.10.2014 -', which is kept in the first paragraph as stored); the headline is "
              "the title; the copy ends inside the fourth paragraph ('Wien ist seit langem nicht mehr nur die Weltstadt der "
              "Kunst und Musik, … eröffnen hier ihre Flagship-Stores. Diese sind ei'), which is dropped (rule 15), and before "
              "any contact block, so the sender is inferred from the release's own voice: the campaign that 'die Sparte Handel' "
              "starts for the jubilee of the Gremium der Wiener Kaufmannschaft, its Obmann's quotations in the first person "
              "plural and its 25 Landesgremien, the trade division of the Wirtschaftskammer Wien (rule 4720); '150-Jahr "
              "Jubiläums', 'Wien-weite', 'Von A - Z', 'Von 1.10.2014 -15.1.2015' and the ASCII marks of the nested motto kept "
              "(rules 20, 4723)",
    license=APA_OTS_SENDERS,
    paras=[WH_P1, WH_P2, WH_P3],
    # the quotation before `weiß der Obmann der Sparte Handel, KommR Erwin Pellet` is his (rule 30); the quotation before
    # `erklärt Pellet die Dachkampagne` is his, one span from its first ASCII mark to the mark before `, erklärt`, with the
    # campaign's motto `"Der Handel macht unsere Stadt lebenswerter"` nested in it and no span of its own (rules 30, 999,
    # 4723); the Konsumenten, the Wiener Linien and the Landesgremien say nothing; `der Obmann der Sparte Handel` names the
    # body's division and is not listed (rule 33)
    quotes=[(cut(WH_P2, "\"Die Vielfalt", "einzigartig\""), PELLET),
            (cut(WH_P2, "\"Diese wichtige", "darstellen\""), PELLET)],
    aliases={PELLET: ["Erwin Pellet", "KommR Erwin Pellet", "Pellet"]})

# --- APA-OTS, Pensionistenverband Österreichs, 15 September 1999: the fiftieth-birthday fest in the Stadthalle ---

PV_T = "50 Jahre Pensionistenverband Österreichs"
PV_SUB = "7.000 Senioren aus ganz Österreich feiern am 17. September 1999 um 14.30 Uhr in der Wiener Stadthalle"
PV_P1 = join("Wien (OTS) - Auf den Tag genau 50 Jahre nach seiner Gründung",
             "feiert der Pensionistenverband Österreichs am Freitag, 17. September 1999 sein großes Geburtstagsfest um 14.30 "
             "Uhr in der Wiener Stadthalle.")
PV_P2 = ("Verbandspräsident Karl Blecha wird 7.000 Mitglieder aus ganz Österreich begrüßen, darunter zahlreiche Ehrengäste und "
         "Zeitzeugen.")
PV_H1 = "Von \"Rock around the Clock\" bis \"Mambo Number Five\""
PV_P3 = ("Das zweiteilige Programm beginnt mit einer visuellen Zeitreise durch die vergangenen fünf Jahrzehnte und zeigt die "
         "herausragendesten gesellschaftlichen, wirtschaftlichen, sportlichen und kulturellen Ereignisse. Bekannte und "
         "prominente Persönlichkeiten aus dieser Zeit, die Hits aus den 50er bis 90er-Jahren und Show-Einlagen sorgen für gute "
         "Unterhaltung und schöne Erinnerungen.")
PV_H2 = "Donauwalzer & Radetzky-Marsch"
PV_P4 = ("Der zweite Teil besteht aus einem Konzert des Richard Oesterreicher Wiener Symphonie Orchesters unter der Leitung von "
         "BM a.D. Dr. Rudolf Streicher.")
PV_P5 = join("Durch das Programm führt Felix Dvorak, Richard Oesterreicher sorgt mit seinem Orchester für die Musik. Weitere "
             "Mitwirkende Künstler:",
             "Karl Hodina, Stanglwirt-Musik und Andy Rühl.")
PV_P6 = ("\"Dass die politische Prominenz an so einem Geburtstagsfest nicht fehlt, ist klar\", freut sich Präsident Karl "
         "Blecha, über die Zusagen zahlreicher Ehren- und Festgäste. Bundeskanzler Klima wird eine Festrede halten.")
PV_P7 = "Achtung: Medien-Empfang im VIP-Raum der Wiener Stadthalle um 13.30 Uhr !"

add(id="ho753-ots-pensionistenverband-1999-09-15-blecha-geburtstagsfest",
    title=PV_T,
    url="https://www.ots.at/presseaussendung/OTS_19990915_OTS0204/50-jahre-pensionistenverband-oesterreichs-bild",
    retrieved="same address (release on the APA-OTS service, 15 September 1999 by its OTS number, announcing the fest of "
              "'Freitag, 17. September 1999'); headline, subtitle and the two subheadings kept as lines of their own, the "
              "dateline 'Wien (OTS) -' run into the first paragraph; the single line breaks inside the first sentence ('… nach "
              "seiner Gründung' / 'feiert der Pensionistenverband …') and after the colon of '… Weitere Mitwirkende Künstler:' "
              "before the list of names are joined with one space (rules 3260, 4601, 4720); the picture-service line '(siehe "
              "auch APA/AOM - Original Bild Service www.ots.apa.at/file-service/4108.htm)', the banner '*** OTS-ORIGINALTEXT "
              "UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the heading 'Rückfragen & Kontakt:', "
              "the contact block 'Andy Wohlmuth' / 'Pensionistenverband' / 'Österreichs/Öffentlichkeitsarbeit' / telephone, "
              "fax and e-mail lines, which tells the sender, and the footer cut off in the copy dropped (rules 3040, 3200, 4600, "
              "4720); the media note 'Achtung: Medien-Empfang … um 13.30 Uhr !' is the release's own text and kept; "
              "'herausragendesten', 'Mitwirkende Künstler', 'Präsident Karl Blecha, über' with the comma and 'Uhr !' with the "
              "space kept (rule 20); complete as stored up to the service line",
    license=APA_OTS_SENDERS,
    paras=[PV_SUB, PV_P1, PV_P2, PV_H1, PV_P3, PV_H2, PV_P4, PV_P5, PV_P6, PV_P7],
    # the song titles `"Rock around the Clock"` and `"Mambo Number Five"` in the subheading are null (rules 2, 4724); the
    # quotation before `freut sich Präsident Karl Blecha, über die Zusagen …` is his, the comma after his name not making the
    # cue anyone else's (rules 20, 30, 4724); the Ehrengäste, Rudolf Streicher, Felix Dvorak, Richard Oesterreicher, the
    # Künstler and Bundeskanzler Klima, who `wird eine Festrede halten`, say nothing in marks
    quotes=[("\"Rock around the Clock\"", None),
            ("\"Mambo Number Five\"", None),
            (cut(PV_P6, "\"Dass die", "ist klar\""), BLECHA)],
    aliases={BLECHA: ["Karl Blecha", "Verbandspräsident Karl Blecha", "Präsident Karl Blecha"]})

# --- APA-OTS, ARBÖ, 8 November 2013: the Großer Österreichischer Automobil-Preis at the club's gala ---

AR_T = "ARBÖ: Beliebteste Autos Österreichs wurden ausgezeichnet"
AR_SUB = ("Gold zum 30-Jahr-Jubiläum ging an VW Golf VII, Mazda6 und Jaguar F-TYPE - Alle Bilder des Galaabends unter "
          "www.arboe.at/autogala und www.arboe-tv.at")
AR_P1 = ("Wien (OTS) - VW Golf VII, Mazda6 und Jaguar F-TYPE sind die beliebtesten Autos der Österreicherinnen und Österreicher. "
         "Sie wurden am Donnerstag-Abend mit der wichtigsten Auszeichnung des Landes, dem Großen Österreichischen "
         "Automobil-Preis prämiert. Zahlreiche Gäste aus Wirtschaft, Wissenschaft, Sport, Medien und Politik leisteten der "
         "Einladung des ARBÖ zum 30-Jahr-Jubiläum folge und kamen ins Wiener Colosseum 21. Bilder der Veranstaltung stehen ab "
         "sofort unter www.arboe.at/autogala zum Download zur Verfügung.")
AR_P2 = ("\"Sinnvoll genutzte Mobilität muss leistbar, möglichst umweltschonend und angepasst an die individuellen Bedürfnisse "
         "der Menschen sein. Das ist auch in unserem 21. Jahrhundert Basis und Voraussetzung für Wohlstand und Erfolg\", "
         "erinnert ARBÖ-Präsident KR Dr. Heinz Hofer in seiner Rede und fordert daher von der Politik einen Belastungsstopp für "
         "den Individualverkehr, denn immerhin fließen jährlich aus automotiven Steuern der Autofahrerinnen und Autofahrer 12,6 "
         "Milliarden Euro ins Budget, von denen nur vier Milliarden in den Verkehr zurückinvestiert werden.")
AR_P3 = ("Auch Österreichs Beachvolleyball-Europameisterin und die eine Hälfte der Mannschaft des Jahres, Doris Schwaiger "
         "staunte über die 30-jährige Geschichte des traditionsreichsten Automobil-Preises, die vor Ort in einem Video "
         "zusammengefasst wurde. Ab sofort kann der Film auch unter www.arboe.at/autogala gesehen werden. Begleitet von der Band "
         "Smart Club genossen unter anderem der Bundesgremialobmann des Fahrzeughandels, Kommerzialrat Burkhard Ernst und die "
         "Legende unter den heimischen Motoren- und Fahrzeugentwicklern, Dipl. Ing. Pro. Dr. Fritz Indra die Autogala.")

add(id="ho753-ots-arboe-2013-11-08-hofer-autogala",
    title=AR_T,
    url="https://www.ots.at/presseaussendung/OTS_20131108_OTS0108/arboe-beliebteste-autos-oesterreichs-wurden-ausgezeichnet",
    retrieved="same address (release on the APA-OTS service, 8 November 2013 by its OTS number, the gala 'am "
              "Donnerstag-Abend', 7 November 2013); headline and subtitle kept as lines of their own, the dateline 'Wien (OTS) "
              "-' run into the first paragraph; the copy ends inside the paragraph after the subheading 'ARBÖ-Umweltpreis für "
              "Serienproduktion des Volkswagen XL1=' ('Mit dem XL 1 realisierte Volkswagen die langjährige Vision de'), which "
              "is dropped with the subheading (rules 15, 290), and before any contact block, so the sender is inferred from the "
              "release's own voice: the headline 'ARBÖ: …', the club's own prize and gala, its president's speech and its own "
              "addresses www.arboe.at and www.arboe-tv.at (rule 4720); 'folge' in lower case, 'Doris Schwaiger staunte' "
              "without a comma and 'Dipl. Ing. Pro. Dr.' kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[AR_SUB, AR_P1, AR_P2, AR_P3],
    # the quotation before `erinnert ARBÖ-Präsident KR Dr. Heinz Hofer in seiner Rede` is his (rule 30); the unmarked report
    # of his demand `und fordert daher von der Politik einen Belastungsstopp …` carries no span (rule 5); Doris Schwaiger, who
    # `staunte`, Burkhard Ernst and Fritz Indra say nothing in marks; `ARBÖ-Präsident` carries the club's name and is not
    # listed (rule 33)
    quotes=[(cut(AR_P2, "\"Sinnvoll", "Erfolg\""), HOFER)],
    aliases={HOFER: ["Heinz Hofer", "Dr. Heinz Hofer", "KR Dr. Heinz Hofer"]})

# --- APA-OTS, Gewerkschaft vida, 6 November 2014: Gottfried Winkler elected chairman ---

VI_T = "3. vida-Gewerkschaftstag: Gottfried Winkler zum vida-Vorsitzenden gewählt"
VI_SUB = "Mit neuem vida-Grundsatzprogramm das politische Profil der Gewerkschaft schärfen"
VI_P1 = ("Wien (OTS/ÖGB) - Gottfried Winkler wurde im Rahmen des 3. ordentlichen vida-Gewerkschaftstags mit 91,39 Prozent der "
         "Delegiertenstimmen zum vida-Vorsitzenden gewählt. Winkler bedankte sich bei den Delegierten für das Wahlergebnis und "
         "das in ihn gesetzte große Vertrauen.")
VI_P2 = ("Zu Winklers StellvertreterInnen wurden Willibald Steinkellner, Elisabeth Vondrasek, Roman Hebenstreit und Christian "
         "Gruber gewählt. Weiters wurden Walter Bacher, Yvonne Rychly und Günter Mayr als Mitglieder ins Präsidium der "
         "Dienstleistungs- und Verkehrsgewerkschaft vida gewählt.")
VI_P3 = ("\"Wir haben bei diesem Gewerkschaftstag nicht nur die personellen Weichen gestellt, sondern mit unserem neuen "
         "vida-Grundsatzprogramm auch inhaltliche Vorgaben beschlossen. Mit diesem Programm wollen wir unser politisches Profil "
         "schärfen und wichtige gewerkschaftspolitische Akzente setzen\", betonte Winkler.")
VI_P4 = ("Von Dienstag, 4. November bis Donnerstag, 6. November 2014 fand der 3. Gewerkschaftstag der Verkehrs- und "
         "Dienstleistungsgewerkschaft vida im Wiener Austria Center (ACV) statt. Mehr Informationen zum Gewerkschaftstag gibt es "
         "im Internet unter http://gewerkschaftstag.vida.at")

add(id="ho753-ots-vida-2014-11-06-winkler-gewerkschaftstag",
    title=VI_T,
    url="https://www.ots.at/presseaussendung/OTS_20141106_OTS0207/3-vida-gewerkschaftstag-gottfried-winkler-zum-vida-"
        "vorsitzenden-gewaehlt",
    retrieved="same address (release on the APA-OTS service, 6 November 2014 by its OTS number, the last day of the congress "
              "of 4-6 November 2014; sent through the ÖGB's desk, dateline 'Wien (OTS/ÖGB) -'); headline and subtitle kept as "
              "lines of their own, the dateline run into the first paragraph; the OTS marker ' ****' after the lead dropped "
              "(rule 460); the service line 'Fotos von der Veranstaltung werden auf Anfrage zugesendet.', the heading "
              "'Rückfragen & Kontakt:', the contact block 'vida/Presse:' / 'Hansjörg Miethling' / telephone, e-mail and 'Internet: "
              "www.vida.at', which tells the sender, and the line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NGB0005' dropped (rules 3040, 4600, 4660, 4720); 'Von Dienstag, 4. "
              "November bis Donnerstag' without a comma and the address without a full stop kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[VI_SUB, VI_P1, VI_P2, VI_P3, VI_P4],
    # the quotation before `betonte Winkler` is his (rule 30); `Winkler bedankte sich …` is unmarked (rule 5); the deputies and
    # members of the Präsidium named in the second paragraph and the Delegierten say nothing; `vida-Vorsitzenden` carries the
    # union's name and is not listed (rule 33)
    quotes=[(cut(VI_P3, "\"Wir haben", "Akzente setzen\""), WINKLER)],
    aliases={WINKLER: ["Gottfried Winkler", "Winkler"]})

# --- APA-OTS, Österreichische Tierärztekammer, 4 October 2016: the Welttierschutztag ---

TK_T = "Welttierschutztag 2016: Tierärztinnen und Tierärzte sind die Anwälte der Tiere"
TK_SUB = "Nutztierhaltung und gelebter Tierschutz im Mittelpunkt"
TK_P1 = ("Wien (OTS) - Anlässlich des jährlich am 4. Oktober begangenen Welttierschutztages rückt die Österreichische "
         "Tierärztekammer das Thema „Nutztierhaltung und gelebter Tierschutz“ in den Vordergrund.")
TK_P2 = join("„Der verantwortungsvolle Umgang mit Nutztieren sowie der Tierschutz liegen uns Tierärztinnen und Tierärzten "
             "besonders am Herzen. Angefangen von der tiergerechten Haltung bis hin zur tierärztlichen Versorgung, verstehen wir "
             "uns als Anwältin bzw. Anwalt der Tiere und tragen damit eine besondere Verantwortung für die Gesundheit von Mensch "
             "und Tier. Damit leisten Tierärztinnen und Tierärzte einen wichtigen Beitrag für die Allgemeinheit. Ganz nach dem "
             "Motto:",
             "Kompetenz vermittelt Sicherheit!“, sagt Tierärztekammer-Präsident Mag. Kurt Frühwirth.")

add(id="ho753-ots-tieraerztekammer-2016-10-04-fruehwirth-welttierschutztag",
    title=TK_T,
    url="https://www.ots.at/presseaussendung/OTS_20161004_OTS0140/welttierschutztag-2016-tieraerztinnen-und-tieraerzte-sind-"
        "die-anwaelte-der-tiere",
    retrieved="same address (release on the APA-OTS service, 4 October 2016 by its OTS number, the Welttierschutztag); "
              "headline and subtitle kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the "
              "single line break inside the quotation after the colon of '… Ganz nach dem Motto:' before 'Kompetenz vermittelt "
              "Sicherheit!“, sagt …' is joined with one space, the quotation being one sentence run and one paragraph (rules "
              "3260, 4601, 4725); the heading 'Rückfragen & Kontakt:', the contact block 'Rückfragehinweis für Medien:' / 'Mag. "
              "Silvia Stefan-Gromen' / 'Medien und Kommunikation' / 'Österreichische Tierärztekammer' / telephone and e-mail, "
              "which tells the sender, and the footer line '… | TIE0001' dropped (rules 3040, 4600); 'Versorgung, verstehen wir' "
              "with the comma kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[TK_SUB, TK_P1, TK_P2],
    # the topic `„Nutztierhaltung und gelebter Tierschutz“` after `rückt … das Thema` is null, the unmarked subtitle giving the
    # same words as the release's theme (rules 24, 4725); the quotation before `sagt Tierärztekammer-Präsident Mag. Kurt
    # Frühwirth` is his, one span over the joined line break, the unmarked motto after `Ganz nach dem Motto:` inside it (rules
    # 30, 4725); `Tierärztekammer-Präsident` carries the chamber's name and is not listed (rule 33)
    quotes=[("„Nutztierhaltung und gelebter Tierschutz“", None),
            (cut(TK_P2, "„Der verantwortungsvolle", "Sicherheit!“"), FRUEHWIRTH)],
    aliases={FRUEHWIRTH: ["Kurt Frühwirth", "Mag. Kurt Frühwirth"]})

# --- APA-OTS (PWK), Bundesinnung der Buchbinder, Kartonagewaren- und Etuierzeuger, 18 April 2000: apprentices' competition ---

BB_T = "Österreichs beste Buchbinderlehrlinge gekürt"
BB_SUB = ("Sabine Stelzl, Kerstin Schantl, Veronika Czech und Eva Maria Kahrer sind die Sieger des "
          "Bundeslehrlingswettbewerbes")
BB_P1 = ("Wien (PWK) - Für ihre weitere berufliche Laufbahn bestens gerüstet, zeigten sich die Teilnehmer des diesjährigen "
         "Bundeslehrlingswettbewerbes der Buchbinder, Kartonagewaren- und Etuierzeuger, einem der ältesten Handwerke mit einer "
         "über 450 Jahre alten Tradition.")
BB_P2 = ("Der Vormarsch von Frauen in einem vormals traditionellen Männerberuf wird eindrucksvoll vom diesjährigen Ergebnis des "
         "Wettbewerbs bestätigt. So heißt die Siegerin im 1. Lehrjahr Eva Maria Kahrer aus Innsbruck, ebenso geht der Sieg im "
         "3. Lehrjahr an Sabine Stelzl aus Matrei am Brenner. Den Sieg im 2. Lehrjahr teilten sich Kerstin Schantl aus "
         "Heiligenkreuz und Veronika Czech aus Wien.")
BB_P3 = ("Die Wettbewerbsjury war insbesondere vom Ideenreichtum und dem hervorragenden handwerklichen Können aller 36 "
         "Teilnehmer beeindruckt. \"Bei derartig hervorragenden Leistungen des Berufsnachwuchses braucht man um die Zukunft des "
         "traditionellen Handwerks auch im 3. Jahrtausend nicht besorgt sein\", freut sich Bundeslehrlingswart Kurt Loy. Die "
         "Siegerehrung wird im festlichen Rahmen des Bundestages der Buchbinder, Kartonagewaren- und Etuierzeuger in Velden am "
         "30. April 2000 stattfinden. (MH)")

add(id="ho753-ots-bi-buchbinder-2000-04-18-loy-bundeslehrlingswettbewerb",
    title=BB_T,
    url="https://www.ots.at/presseaussendung/OTS_20000418_OTS0126/oesterreichs-beste-buchbinderlehrlinge-gekuert",
    retrieved="same address (release on the APA-OTS service, 18 April 2000 by its OTS number, before the prize-giving 'am 30. "
              "April 2000'; sent through the Wirtschaftskammer Österreich's press service, dateline 'Wien (PWK) -'); headline and "
              "subtitle kept as lines of their own, the dateline run into the first paragraph; the press service's sign '(MH)' "
              "at the end of the last paragraph kept (rule 2610); the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the heading 'Rückfragen & Kontakt:', the contact block 'BI der "
              "Buchbinder, Kartonagewaren- und' / 'Etuierzeuger' / 'Tel.: (01) 50105-3264' / 'Wirtschaftskammer Österreich', "
              "which tells the sender, a Bundesinnung of the chamber, and the footer line '… | PWK/PWK' dropped (rules 3040, "
              "4600, 4720); 'Bundeslehrlingswettbewerbes', 'braucht man um die Zukunft … nicht besorgt sein' and 'Sieger' for the "
              "four women kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[BB_SUB, BB_P1, BB_P2, BB_P3],
    # the quotation before `freut sich Bundeslehrlingswart Kurt Loy` is his (rule 30); the Wettbewerbsjury and the four
    # winners named in the subtitle and the second paragraph say nothing; `Bundeslehrlingswart` names only him in the release
    # and is listed with his name (rules 33, 73)
    quotes=[(cut(BB_P3, "\"Bei derartig", "besorgt sein\""), LOY)],
    aliases={LOY: ["Kurt Loy", "Bundeslehrlingswart Kurt Loy"]})
