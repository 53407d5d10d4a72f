# Fifty-seventh held-out German real-news set (tests/data/heldout57-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 380). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-seventh held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz of 2000-2016 (parlament.gv.at PK pages and OTS copies) and OTS releases of the Austrian Federal
# Chancellery (its State Secretariat for Arts and Media, 2003, the handover of its women's and media portfolios, 2008, and
# the Minister for Art and Culture in the Chancellery, 2015). Stored copies are excerpts cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- parlament.gv.at: Parlamentskorrespondenz pages ---

WINKLER = "Hans Winkler"

add(id="ho57-pk-2007-03-menschenrechtsausschuss-winkler",
    title="Parlamentskorrespondenz Nr. 185 vom 20.03.2007",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2007/pk0185",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline and the subtitle, kept as lines of their own; the paragraph 'In zwei Fragerunden wurde von den "
              "Abgeordneten eine Fülle von Fragen angesprochen. Die Palette umfasste die Themen Menschen', cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Menschenrechte - ein Thema ohne zuständiges Ministerium",
           "Aktuelle Aussprache im Ausschuss für Menschenrechte",
           "Wien (PK) – Mit einer Aussprache über aktuelle Fragen aus seinem Arbeitsbereich hat heute der "
           "Menschenrechtsausschuss des Nationalrats seine Arbeit in der XXIII. Gesetzgebungsperiode aufgenommen. "
           "Vorsitzende Terezija Stoisits begrüßte Staatssekretär Hans Winkler zu der Sitzung. In der rund zweistündigen "
           "Sitzung wurde von den Abgeordneten eine lange Reihen von Themen angesprochen und zahlreiche Fragen an den "
           "Staatssekretär gerichtet. Dieser allerdings musste vielfach darauf verweisen, dass sein Ressort bei einzelnen "
           "Themen keine Kompetenz habe, ja dass Menschenrechte prinzipiell eine Querschnittmaterie und damit ohne ein "
           "\"zuständiges Ministerium\" sei. Die Palette der Fragen reichte vom Aktionsplan gegen Menschenhandel bis zur "
           "Position Österreichs gegenüber Russland und China, von verfolgten Frauenrechtlerinnen im Iran bis zu Aufgaben "
           "und Arbeitsweise der am 1. März in Wien eröffneten Grundrechteagentur.",
           "Staatssekretär Hans Winkler betonte in einem Eingangsstatement die zentrale Rolle der Menschenrechtspolitik im "
           "Rahmen der österreichischen Außenpolitik und verwies in diesem Zusammenhang auf das Regierungsprogramm, wo dies "
           "auch zum Ausdruck komme. So habe Österreich auch bei seinem EU-Vorsitz Schwerpunkte gesetzt und Entwicklungen "
           "in Gang gesetzt oder verstärkt. Entgegen einer gelegentlich geäußerten Ansicht stehe die Anfang März in Wien "
           "etablierte Grundrechteagentur nicht in Konkurrenz zum Europarat, weil sie auf das Gemeinschaftsrecht abstelle. "
           "Bezüglich Personenminen betonte Winkler, dass Österreich in dieser Frage an vorderster Stelle aktiv sei; \"am "
           "Ende des Weges\" werde eine allgemeine Ächtung dieser Waffen stehen, zeigte sich der Staatssekretär überzeugt."],
    quotes=[("\"zuständiges Ministerium\"", WINKLER),
            ("\"am Ende des Weges\"", WINKLER)],
    aliases={WINKLER: ["Hans Winkler", "Staatssekretär Hans Winkler", "Winkler", "Staatssekretär"]})

DAR_P1 = ("Wien (PK) – Die mehrheitliche Ablehnung eines Berufsheers durch die Bevölkerung bei der Wehrpflicht-Volksbefragung "
          "hatte heute ein parlamentarisches Nachspiel. Die FPÖ brachte in der heutigen Sitzung des Nationalrats eine "
          "Dringliche Anfrage betreffend \"Beibehaltung der Wehrpflicht als Ergebnis der Volksbefragung\" an "
          "Verteidigungsminister Norbert Darabos ein und forderte als Konsequenz der Entscheidung der BürgerInnen eine "
          "Abdankung des Ministers. Die FPÖ bezweifelt, dass Darabos in der Lage sein wird, die notwendige Reform des "
          "Grundwehrdienstes durchzuführen, zudem warf sie dem Verteidigungsminister vor, die private Werbekampagne der "
          "Berufsheer-Befürworter unterstützt zu haben. Der entsprechende Misstrauensantrag wurde in namentlicher Abstimmung "
          "bei 154 abgegebenen Stimmen mit 52 Ja-Stimmen zu 102 Nein-Stimmen abgelehnt.")
DAR_P4 = ("Begründet wurde die Dringliche Anfrage von Abgeordnetem Peter FICHTENBAUER (F). Er äußerte die Vermutung, dass "
          "Verteidigungsminister Darabos nach dem Ergebnis der Volksbefragung am liebsten zur Tagesordnung übergehen würde. Die "
          "FPÖ werde ihm diesen Gefallen aber nicht leisten, meinte er in Richtung Darabos: \"Die Sache die Sie angezettelt "
          "haben, ist zu ernst.\"")

add(id="ho57-pk-2013-01-dringliche-darabos",
    title="Parlamentskorrespondenz Nr. 58 vom 31.01.2013",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2013/PK0058/",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline and the subtitle, kept as lines of their own; the paragraph 'Fichtenbauer schloss sich der "
              "Meinung eines Zeitungskommentares an, … Darabos sei es zwar in den vergangenen Monaten vermu', cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Quo Vadis Bundesheer? Heftige Debatte im NR nach Volksentscheid",
           "Dringliche Anfrage der FPÖ an Darabos; Misstrauensantrag abgelehnt",
           DAR_P1,
           "Der Entschließungsantrag der Grünen zur Reform des Zivildienstes blieb ebenfalls in der Minderheit.",
           "In 30 detaillierten Fragen verlangen die FPÖ-Abgeordneten nähere Auskunft unter anderem über die in der "
           "Vergangenheit gestarteten Berufsheerprojekte, die Kosten der Werbung für ein Berufsheer, die Maßnahmen zur "
           "Umsetzung des Ergebnisses der Volksbefragung und die anstehende Besetzung von Spitzenpositionen im Ressort.",
           DAR_P4],
    quotes=[("\"Beibehaltung der Wehrpflicht als Ergebnis der Volksbefragung\"", "FPÖ"),
            ("\"Die Sache die Sie angezettelt haben, ist zu ernst.\"", "Peter FICHTENBAUER")],
    aliases={"FPÖ": ["FPÖ"],
             "Peter FICHTENBAUER": ["Peter FICHTENBAUER", "Abgeordnetem Peter FICHTENBAUER"]})

FB_P1 = ("Wien (PK)- Mehr Geld wird es für alle Familien ab Mitte Juli des heurigen Jahres geben. Ein entsprechendes "
         "Bundesgesetz , das von allen Fraktionen begrüßt und in der Folge einstimmig im Plenum beschlossen wurde, sieht die "
         "Erhöhung der Familienbeihilfe vor. Sie wird in einem ersten Schritt um 4 % angehoben, dann jedes zweite Jahr (bis "
         "2018) um jeweils 1,9 %. Damit werden insgesamt zusätzlich 828 Mio. € für diese Familienleistung von der "
         "Bundesregierung bereitgestellt. In diesem Zusammenhang wurden auch drei Anträge der Freiheitlichen diskutiert, die "
         "jedoch - wie schon im Ausschuss - keine Mehrheit fanden. Die FPÖ forderte unter anderem einen \" Stopp für den "
         "Familienbeihilfenexport \" ins Ausland sowie die Ermöglichung einer echten Wahlfreiheit in der Kinderbetreuung , die "
         "nach Auffassung der freiheitlichen Mandatare nur durch eine ausreichende Förderung der familieninternen "
         "Kinderbetreuung gewährleistet werden kann. Etliche Abgeordnete ließen es sich nicht nehmen, bei diesem Teil der "
         "Tagesordnung allgemeine Überlegungen zum Budget einfließen zu lassen.")

add(id="ho57-pk-2014-04-familienbeihilfe-plenum",
    title="Parlamentskorrespondenz Nr. 362 vom 29.04.2014",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0362/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline and the subtitle, kept as lines of their own; the stored spaces before commas and inside the "
              "marks where the page had links (' , ', '\" Stopp … \"') kept as stored (rule 20); the subheading 'Karmasin: "
              "Österreich soll familienfreundlichstes Land Europas werden' with its paragraph 'Bundesministerin Sophie Karmasin "
              "gab einleitend zu bedenken, … Ihr', cut off in the stored copy, dropped (rule 15); they hold no quotation mark)",
    license=PK,
    paras=["Plenum einstimmig für Erhöhung der Familienbeihilfe ab Juli 2014",
           "Oppositionsparteien unzufrieden mit Ausmaß der Anhebung",
           FB_P1],
    quotes=[("\" Stopp für den Familienbeihilfenexport \"", "FPÖ")],
    aliases={"FPÖ": ["FPÖ", "Freiheitlichen"]})

# --- ots.at: releases of the Parlamentskorrespondenz ---

PRAMMER = "Barbara Prammer"
SWS_P1 = ("Wien (PK) - Die in Aussicht genommene Arbeitsgruppe des Nationalrats zur Wahlrechtsreform wird am 13. April ihre "
          "Arbeit aufnehmen. Das kündigte Nationalratspräsidentin Barbara Prammer bei einem Pressegespräch im Parlament an. "
          "Der Arbeitsgruppe sollen zwei bis drei Abgeordnete pro Fraktion sowie MitarbeiterInnen der Klubs angehören. Thema "
          "wird nicht nur die von der Regierung gewünschte Verkleinerung des Nationalrats sein, die Arbeitsgruppe will sich "
          "generell mit der Zusammensetzung, der Arbeit und dem Selbstverständnis des Parlaments beschäftigen. Es gehe darum, "
          "die Legislative zu stärken und nicht zu schwächen, bekräftigte Prammer. Das sei für sie \"die Fahnenfrage\" und "
          "darin seien sich auch alle Fraktionen einig. \"Wir wollen ein Parlament des 21. Jahrhunderts.\"")

add(id="ho57-pk-2012-03-prammer-superwahlsonntag",
    title="Wahlrecht: Prammer nach wie vor für \"Superwahlsonntag\" \"Untersuchungsausschuss wird sicher nicht zugedreht\"",
    url="https://www.ots.at/presseaussendung/OTS_20120327_OTS0094/wahlrecht-prammer-nach-wie-vor-fuer-superwahlsonntag-untersuchungsausschuss-wird-sicher-nicht-zugedreht",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz, 27 March 2012; the stored copy's date marker "
              "' date 2018-03' before the headline dropped as furniture; headline and subtitle, which the stored copy runs "
              "together in one line, kept so as the title (rules 18, 20); the paragraph 'Nationalratswahlen alle fünf Jahre "
              "ohne Möglichkeit einer vorzeitigen Auflösung … Nur weil eine Regierung s', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark)",
    license=PK,
    paras=[SWS_P1,
           "Prammer zufolge zeichnen sich nach Gesprächen mit den fünf Klubobleuten drei Hauptthemen für die Arbeitsgruppe "
           "ab: die Reform des Wahlrechts, wie arbeitet der Nationalrat und wie stärkt man direktdemokratische Instrumente. "
           "Auch der Vorschlag der Regierung, den Nationalrat auf 165 Abgeordnete zu verkleinern, wird zur Diskussion stehen. "
           "Jeder wisse, dass sie über den Vorschlag nicht erfreut gewesen sei, meinte Prammer, er liege aber am Tisch, daher "
           "müsse man sich auch damit auseinandersetzen.",
           "Prammer selbst hat allerdings andere Sparvorschläge. Sie brachte erneut die Idee des \"Superwahlsonntags\" aufs "
           "Tapet:"],
    quotes=[("\"Superwahlsonntag\"", None),
            ("\"Untersuchungsausschuss wird sicher nicht zugedreht\"", PRAMMER),
            ("\"die Fahnenfrage\"", PRAMMER),
            ("\"Wir wollen ein Parlament des 21. Jahrhunderts.\"", PRAMMER),
            ("\"Superwahlsonntags\"", None)],
    aliases={PRAMMER: ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer", "Prammer"]})


# --- ots.at: releases of the Federal Chancellery (Bundeskanzleramt) ---

MORAK = "Franz Morak"
MOR_P1 = ("Wien (OTS) - \"Diese Ausstellung ist eine beeindruckende Leistungsschau, die uns einmal mehr vor Augen führt, über "
          "welches Potential an künstlerischer Leistung Österreich verfügt. Gemeinsam mit dem Katalog bietet sie erstmals eine "
          "einzigartige ästhetische und inhaltliche Aufarbeitung der Entwicklung der Kunst- und Kulturgeschichte "
          "Österreichs.\" Das sagte Kunststaatssekretär Franz Morak, heute, Donnerstag, im Rahmen einer Pressekonferenz zur "
          "Ausstellung über die Preisträger des Großen Österreichischen Staatspreises und des Kunstsenats gemeinsam mit dem "
          "Präsidenten des Kunstsenats, Hans Hollein, Kurator John Sailer, dem Direktor der österreichischen Galerie Belvedere "
          "Gerbert Frodl und Gustav Peichl. Als weitere Mitglieder des Kunstsenats waren auch Günther Brus, Friedrich Cerha, "
          "Maria Lassnig, Gerhard Rühm, und Walter Pichler anwesend.")
MOR_P2 = ("Die bis 6. April laufende Ausstellung \"ist ein Kommentar zu den letzten 50 Jahren österreichischer Kulturgeschichte "
          "und präsentiert ein Gremium von herausragenden Persönlichkeiten. Denn Kunst ist immer eine Bebilderung, Bebauung, "
          "eine Aufnahme von den Klängen der Zeit und ihrer Literatur\", so Morak weiter. Der Staatssekretär betonte in diesem "
          "Zusammenhang auch das Verdienst der historischen Aufarbeitung der Entstehung und problematischen "
          "Instrumentalisierung des Staatspreises in den 30er Jahren aber auch noch zu Beginn der 50er Jahre. Unter den "
          "zweiundneunzig Preisträgern finden sich aber auch einige Namen, die zur Frage Anlass geben, ob \"sie zu jeder Zeit "
          "so behandelt wurden, wie es ihrer heute anerkannten Leistung entsprach\", so Morak.")

add(id="ho57-bka-2003-02-morak-staatspreis",
    title="Morak: beeindruckende Leistungsschau österreichischer Kunst- und Kulturgeschichte",
    url="https://www.ots.at/presseaussendung/OTS_20030227_OTS0180/morak-beeindruckende-leistungsschau-oesterreichischer-kunst-und-kulturgeschichte",
    retrieved="same address (stored OTS release of the State Secretary for Arts and Media in the Federal Chancellery, 27 "
              "February 2003; the headline is the title and the subtitle is kept as a line of its own (rule 18); the stored "
              "copy ends inside the paragraph 'Die Liste der Staatspreisträger lese sich wie eine \"Best-of-Liste der "
              "österreichischen Künstlerinnen und Künstler. \"Der Stolz auf unsere Künstlerinnen und Künstler sollte sic', "
              "which is dropped with its unclosed marks (rule 15), so the sender's contact block is not in the stored copy; "
              "the invitation to the same press conference, OTS_20030226_OTS0094, names the Staatssekretariat für Kunst und "
              "Medien with a bka.gv.at address as its sender)",
    license=BKA,
    paras=["Ausstellungseröffnung zum Großen Österreichischen Staatspreis \"Kunst.Kunst.Kunst\" am 28. Februar 2003 im 20er "
           "Haus",
           MOR_P1,
           MOR_P2],
    quotes=[("\"Kunst.Kunst.Kunst\"", None),
            (cut(MOR_P1, "\"Diese Ausstellung", "Österreichs.\""), MORAK),
            (cut(MOR_P2, "\"ist ein Kommentar", "Literatur\""), MORAK),
            (cut(MOR_P2, "\"sie zu jeder Zeit", "entsprach\""), MORAK)],
    aliases={MORAK: ["Franz Morak", "Kunststaatssekretär Franz Morak", "Morak", "Staatssekretär"]})

OSTERMAYER = "Josef Ostermayer"
OST_P1 = ("Wien (OTS) - \"Die Verleihung des Kunstpreises ist mir eine besondere Freude. Wir können uns auf diese Weise für das "
          "herausragende Schaffen österreichischer Künstlerinnen und Künstler bedanken\", sagte Kulturminister Josef "
          "Ostermayer gestern, Dienstagabend, bei seiner Begrüßungsrede zur Verleihung der Österreichischen Kunstpreise 2014, "
          "die er gemeinsam mit Bundespräsident Heinz Fischer in der Präsidentschaftskanzlei vornahm.")
OST_P2 = ("\"Es ist aber auch der Moment innezuhalten. Gerade nach den Vorfällen der letzten Wochen wird uns wieder bewusst, "
          "welch hohes Gut Menschenrechte und die Freiheit der Kunst sind. Gerade im Verhältnis von Kunst und Politik ist die "
          "Kunst ein essentieller Indikator zur Orientierung, wo wir gerade stehen. Der Kunstpreis setzt auf das Einzigartige. "
          "Er ist eine Hommage an Künstlerinnen und Künstler, die dem Weg des Konventionellen nicht folgen wollten und nicht "
          "folgen konnten\", so Ostermayer.")

add(id="ho57-bka-2015-01-ostermayer-kunstpreise",
    title="Verleihung der Österreichischen Kunstpreise 2014 in der Hofburg",
    url="http://www.ots.at/presseaussendung/OTS_20150121_OTS0053/bundesminister-ostermayer-die-freiheit-der-kunst-ist-ein-hohes-gut",
    retrieved="same address (stored OTS release of the Minister for Art and Culture in the Federal Chancellery, 21 January "
              "2015, in the old OTS layout; the stored copy begins with the line 'Verleihung der Österreichischen Kunstpreise "
              "2014 in der Hofburg', kept as the title (rule 18), and repeats it as the subtitle line 'Utl.: Verleihung der "
              "Österreichischen Kunstpreise 2014 in der' / 'Hofburg =', dropped as OTS furniture; the headline of the address "
              "('Bundesminister Ostermayer: Die Freiheit der Kunst ist ein hohes Gut') is not in the stored copy; hard line "
              "breaks inside paragraphs joined with a space (rule 48), paragraphs taken where a sentence ends the line and the "
              "next line opens a new statement or prize category; the paragraph 'Den Preis für Künstlerische Fotografie "
              "erhielt Christian Wachter, … für seine komplexen wie inhaltlich und', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark)",
    license=BKA,
    paras=[OST_P1,
           OST_P2,
           "Anschließend stellte Ostermayer die Preisträgerinnen und Preisträger aus acht Kategorien vor:",
           "In der Kategorie Bildende Kunst erhielt der gebürtige Steirer Alois Mosbacher den Preis. Er wurde durch eine "
           "Vielzahl von Ausstellungen bekannt und lebt und arbeitet heute in Wien.",
           "In der Gattung Film wurde der kürzlich verstorbene Regisseur Florian Flicker ausgezeichnet, der sich mit Filmen wie "
           "\"No Name City\" oder \"Grenzgänger\" auch über Österreichs Grenzen hinweg einen Namen machte. Den Preis nahm "
           "stellvertretend seine Frau Nora Breitenecker entgegen.",
           "Die Autorin Edith Schreiber-Wicke wurde in der Sparte Kinder- und Jugendliteratur geehrt. In ihren Büchern schreibt "
           "sie über das Anderssein, die Selbstfindung, die Selbstbestimmung und über Toleranz."],
    quotes=[(cut(OST_P1, "\"Die Verleihung", "bedanken\""), OSTERMAYER),
            (cut(OST_P2, "\"Es ist aber", "folgen konnten\""), OSTERMAYER),
            ("\"No Name City\"", None),
            ("\"Grenzgänger\"", None)],
    aliases={OSTERMAYER: ["Josef Ostermayer", "Kulturminister Josef Ostermayer", "Ostermayer"]})

SILHAVY = "Heidrun Silhavy"
HH = "Gabriele Heinisch-Hosek"
SIL_P1 = ("Wien (OTS) - An den neuen Staatssekretär übergab Heidrun Silhavy \"mit den Medienagenden eine große Verantwortung "
          "gegenüber der Bevölkerung - ich nenne hier nur das Stichwort Opferschutz in den Medien - aber auch große "
          "Herausforderungen angesichts der Zukunft der staatlichen Rundfunksender und der Entwicklung des Internets.\" Der "
          "frisch angelobte Staatsekretär dankte für die gute Vorarbeit und die hervorragenden Mitarbeiter, die er übernehmen "
          "könne.")
SIL_P2 = ("Für die neue Frauenministerin hielt Silhavy ein Hufeisen \"für das Glück der Tüchtigen\" bereit, dazu Blumen "
          "\"typisch Frau, schon in der Vase\", und übergab die Büroschlüssel: \"Du findest hier eine ausgezeichnete Basis "
          "vor\", lobte Silhavy ihre Mitarbeiter, \"die Frauensektion arbeitet wunderbar!\" Doch auch das neue "
          "Regierungsprogramm böte eine gute Grundlage für die kommende Arbeit: \"Wir haben einen nationalen Aktionsplan für "
          "die Gleichstellung der Frauen ausgehandelt!\"")
SIL_P3 = ("Heinisch-Hosek übernahm \"mit großem Respekt und viel Freude\" dieses Amt, denn immerhin seien mehr als die Hälfte "
          "der Bevölkerung Frauen. Von Staatssekretär Andreas Schieder übernahm die Ministerin auch die Agenden des "
          "öffentlichen Dienstes. \"Der öffentliche Dienst ist tatsächlich ein Goldschatz: Die Mitarbeiter sind Dienstleister "
          "an den Bürgerinnen und Bürgern!\", so Heinisch-Hosek.")

add(id="ho57-bka-2008-12-amtsuebergabe-frauenministerin",
    title="Blumen und Büro-Schlüssel für die neue Frauenministerin",
    url="https://www.ots.at/presseaussendung/OTS_20081202_OTS0235/blumen-und-buero-schluessel-fuer-die-neue-frauenministerin",
    retrieved="same address (stored OTS release of 2 December 2008 on the handover in the Federal Chancellery from Minister "
              "Heidrun Silhavy and State Secretary Andreas Schieder to Gabriele Heinisch-Hosek and Josef Ostermayer; the "
              "headline is the title and the subtitle is kept as a line of its own (rule 18); the hard line break before the "
              "colon quotation '\"Wir haben einen nationalen Aktionsplan …\"' joined with a space, as the stored copy separates "
              "paragraphs with an empty line (rule 48); the paragraph 'Silhavy wurde auch von ihrer höchsten Beamtin, der "
              "Leiterin der Frauensektion, Johanna Hoffmann, … \"Heinisch-Hosek ist eine erfahrende Frauenpolitikerin. Wir "
              "werden s', cut off in the stored copy, dropped with its unclosed quotation (rule 15), so the sender's contact "
              "block is not in the stored copy)",
    license=BKA,
    paras=["Bundesministerin Heidrun Silhavy und Staatssekretär Andreas Schieder übergaben ihre Amtsgeschäfte an Gabriele "
           "Heinisch-Hosek und Josef Ostermayer",
           SIL_P1, SIL_P2, SIL_P3],
    quotes=[(cut(SIL_P1, "\"mit den Medienagenden", "Internets.\""), SILHAVY),
            ("\"für das Glück der Tüchtigen\"", SILHAVY),
            ("\"typisch Frau, schon in der Vase\"", SILHAVY),
            ("\"Du findest hier eine ausgezeichnete Basis vor\"", SILHAVY),
            ("\"die Frauensektion arbeitet wunderbar!\"", SILHAVY),
            (cut(SIL_P2, "\"Wir haben", "ausgehandelt!\""), SILHAVY),
            ("\"mit großem Respekt und viel Freude\"", HH),
            (cut(SIL_P3, "\"Der öffentliche Dienst", "Bürgern!\""), HH)],
    aliases={SILHAVY: ["Heidrun Silhavy", "Bundesministerin Heidrun Silhavy", "Silhavy"],
             HH: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Frauenministerin", "Ministerin"]})
