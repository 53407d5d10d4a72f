# Fiftieth held-out German real-news set (tests/data/heldout50-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 310-311). None of these pages is in
# any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all
# modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Fiftieth held-out set": releases of the Austrian Parliament's Parlamentskorrespondenz on
# the OTS press-release service and news items of the Parliament's website parlament.gv.at (licences.PK).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = "Wolfgang Sobotka"
BURES = "Doris Bures"

# --- OTS: Literatur im Hohen Haus, October 2016 ---

LIT_P4 = ("\"Parlamente sind das Herz einer jeden Demokratie. Sie sind die Arena für den Wettstreit unterschiedlichster "
          "Weltanschauungen und der besten Ideen, wenn es darum geht, das Regelwerk unserer Gesellschaften festzulegen. Dass "
          "es dabei oft zu energischen und leidenschaftlichen Debatten kommt, liegt in der Natur der Sache.\"")

add(id="ho50-pk-ots-2016-10-04-literatur-im-hohen-haus",
    title="Literatur im Hohen Haus: historischer Leseabend mit parlamentarischen Reden und Texten",
    url="http://www.ots.at/presseaussendung/OTS_20161004_OTS0027/literatur-im-hohen-haus-historischer-leseabend-mit-"
        "parlamentarischen-reden-und-texten",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 04.10.2016; the "
              "subtitle kept as its own line (rule 18); the cue sentence 'Nationalratspräsidentin Doris Bures sagte in ihren "
              "Begrüßungsworten:' and the quotation under it are separate paragraphs as stored; the paragraph 'Mit ihren Worten "
              "nahm die Nationalratspräsidentin … Mark Twain sah im Wien der letzten Tage des Jahres 1897 eine \"Aufregung, die "
              "das', cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=PK,
    paras=["KünstlerInnen trugen Werke aus drei Jahrhunderten vor - darunter Stücke von Heinrich Heine, Mark Twain und Roger "
           "Willemsen",
           "Wien (PK) - Das österreichische Parlament und der Parlamentarismus an sich waren im Lauf ihrer Geschichte schon "
           "vielfach Ausgangspunkt für sprachliche und literarische Höchstleistungen. Gestern Abend hat im "
           "Abgeordneten-Sprechzimmer des Hohen Hauses eine Veranstaltung im Rahmen von Österreichs größtem Literaturfestival "
           "\"Österreich liest\" stattgefunden, die sich dieser mitunter äußerst künstlerischen Beziehung zwischen "
           "Parlamentarismus und gesprochenem und geschriebenem Wort gewidmet hat.",
           "Der sehr gut besuchte Leseabend streifte denn auch parlamentarische Texte aus drei Jahrhunderten und stand unter "
           "dem Motto: \"Debatten, die Geschichte machten. Reden, die bewegten.\" Die Schauspielerin Nicole Beutler und der "
           "Dramaturg Hermann Beil lasen in diesem Sinn aus Stenographischen Protokollen und Reportagen aus europäischen "
           "Parlamenten, neben dem österreichischen etwa auch aus dem britischen und dem deutschen.",
           "Nationalratspräsidentin Doris Bures sagte in ihren Begrüßungsworten:",
           LIT_P4],
    quotes=[("\"Österreich liest\"", None),
            ("\"Debatten, die Geschichte machten. Reden, die bewegten.\"", None),
            (LIT_P4, BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures"]})

# --- OTS: Europa-Ausstellung am Heldenplatz, May 2019 ---

EU_P2 = ("\"Es sind nun dreißig Jahre vergangen, in denen sich Europa weiterentwickelt hat. Von einem ursprünglichen "
         "Friedensprojekt zu einem Europa der Vielfalt, der Veränderung, aber auch der wirtschaftlichen Möglichkeiten. Das Jahr "
         "1989 ist der Beginn eines Prozesses, der bis zum heutigen Tag andauert\", sagte Nationalratspräsident Wolfgang "
         "Sobotka bei der Ausstellungseröffnung. Die Ausstellung möchte einen Beitrag dazu leisten, den Weg in ein vereintes "
         "Europa im kollektiven Gedächtnis der Menschen zu verankern, so der Nationalratspräsident. Der Heldenplatz biete, wie "
         "bereits die beiden vergangenen Ausstellungen zu \"100 Jahre Erste Republik\" und \"100 Jahre Frauenwahlrecht\" mit "
         "rund 100.000 interessierten Menschen den idealen öffentlichen Raum, um sich mit geschichtlichen Ereignissen "
         "auseinanderzusetzen. Die Ausstellungen seien aber auch Gelegenheit, den Heldenplatz in einem demokratischen "
         "Zusammenhang zu konnotieren.")
SOBOTKA_1989 = cut(EU_P2, "\"Es sind nun", "andauert\"")

add(id="ho50-pk-ots-2019-05-10-europa-ausstellung",
    title="Parlament: Europa-Ausstellung am Heldenplatz eröffnet",
    url="https://www.ots.at/presseaussendung/OTS_20190510_OTS0029/parlament-europa-ausstellung-am-heldenplatz-eroeffnet",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 10.05.2019; the "
              "stored copy's date prefix ' date 2019-05' dropped as furniture; the subtitle kept as its own line (rule 18); "
              "the paragraph 'Das Bröckeln des \"Eisernen Vorhangs\" … rief Zweite Nationalratspräsidentin Doris Bures in "
              "Erinnerung. \"30 Jahre später haben wir die große Verpflichtu', cut off in the stored copy, dropped with its "
              "unclosed quotation (rule 15))",
    license=PK,
    paras=["Bewegende Momente auf dem Weg in ein vereintes Europa",
           "Wien (PK) - Das Jahr 1989 war eines der turbulentesten im 20. Jahrhundert. Die kommunistischen Regime Osteuropas "
           "stürzten, die Zweiteilung des Kontinents fand ein Ende, die strengbewachte Grenze entlang des \"Eisernen "
           "Vorhangs\" öffnete sich. 30 Jahre nach dem Ende der Teilung Europas widmet das Parlament nun jenen bewegenden "
           "Momenten eine Ausstellung, die den Weg in ein vereintes Europa geformt haben. Anlässlich des Europatages wurde "
           "die Ausstellung mit dem Titel \"Bewegende Momente. Das Ende der Teilung Europas\" offiziell eröffnet.",
           EU_P2],
    quotes=[("\"Eisernen Vorhangs\"", None),
            ("\"Bewegende Momente. Das Ende der Teilung Europas\"", None),
            (SOBOTKA_1989, SOBOTKA),
            ("\"100 Jahre Erste Republik\"", None),
            ("\"100 Jahre Frauenwahlrecht\"", None)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident"]})

# --- parlament.gv.at news archive: the same exhibition ---

EU2_P3 = ("Drei Jahrzehnte nach dem Fall des Eisernen Vorhangs widmet das Parlament darin jenen bewegenden Momenten eine "
          "Ausstellung, die den Weg in ein vereintes Europa geformt haben. " + SOBOTKA_1989 +
          ", sagte Nationalratspräsident Wolfgang Sobotka bei der Ausstellungseröffnung.")
EU2_P4 = ("\"30 Jahre später haben wir die große Verpflichtung als auch Verantwortung, dass die Grundpfeiler dieses "
          "europäischen Friedensprojekts nicht unter Druck geraten\", so die Zweite Nationalratspräsidentin. Auch Dritte "
          "Nationalratspräsidentin Anneliese Kitzmüller würdigte den damaligen Aufbruch in ein vereintes Europa als "
          "Möglichkeit, die Freiheit der Völker auszubauen sowie deren Zukunft in Frieden zu gestalten. Ab sofort starten auch "
          "die Gratisführungen zur Ausstellung.")

add(id="ho50-pk-news-2019-05-europa-ausstellung",
    title="Ausstellung am Heldenplatz widmet sich bewegenden Momenten auf dem Weg in ein vereintes Europa",
    url="https://www.parlament.gv.at/aktuelles/news/archiv/j2019/098_europa-ausstellung",
    retrieved="same address (stored news item of the Austrian Parliament's website, archived, May 2019; the header lines "
              "'NEWS - ARCHIV' and 'Dieser Artikel wurde archiviert.' and the trailing link line 'Weitere Informationen:' "
              "dropped as site furniture (rule 93), so the headline is the first line; otherwise complete as stored)",
    license=PK,
    paras=["Anlässlich des Europatages wurde von Nationalratspräsident Wolfgang Sobotka, Zweiter Nationalratspräsidentin "
           "Doris Bures sowie Dritter Nationalratspräsidentin Anneliese Kitzmüller die Ausstellung \"Bewegende Momente. Das "
           "Ende der Teilung Europas\" am Heldenplatz offiziell eröffnet.",
           EU2_P3,
           EU2_P4,
           "Die 60 Minuten dauernden Führungen finden freitags um 16:30 Uhr sowie samstags um 14:30 Uhr statt, Treffpunkt ist "
           "der Infopoint des Parlaments am Heldenplatz."],
    quotes=[("\"Bewegende Momente. Das Ende der Teilung Europas\"", None),
            (SOBOTKA_1989, SOBOTKA),
            (cut(EU2_P4, "\"30 Jahre", "geraten\""), BURES)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka"],
             BURES: ["Doris Bures", "Zweiter Nationalratspräsidentin Doris Bures", "Zweite Nationalratspräsidentin"]})

# --- parlament.gv.at news: open days in the renovated Parliament, January 2023 ---

TDOT_P1 = ("Das sanierte Parlamentsgebäude hat an den beiden Tagen der offenen Tür tausende Besucher:innen angelockt. Bis zu "
           "drei Stunden Wartezeit nahmen Besucher:innen in Kauf, um sich selbst ein Bild vom sanierten Parlamentsgebäude zu "
           "machen. Nach dem feierlichen Eröffnungsakt am 12. Jänner wurde das Hohe Haus zwei Tage danach quasi an die "
           "Bevölkerung \"übergeben\". \"Traumhaft schön\" sei das Gebäude geworden, sagte eine ältere Dame aus Wien "
           "stellvertretend für viele. Vor allem von der neuen Glaskuppel über dem Nationalratssaal, dem Plenarium und dem "
           "historischen Sitzungssaal zeigten sich die Besucher:innen beeindruckt.")
TDOT_P2 = ("Aber auch die Säulenhalle, der Bundesratssaal, die Amtsräume der Präsident:innen und das Demokratikum stießen auf "
           "reges Interesse. Viele Besucher:innen nutzten außerdem die Möglichkeit, mit Abgeordneten ins Gespräch zu kommen. "
           "Sehr unterschiedliche Meinungen gab es zum vergoldeten Klavier im Empfangssalon: Von \"ganz toll\" und \"beste "
           "Idee\" bis hin zu \"viel zu teuer\" lauteten die Reaktionen.")

add(id="ho50-pk-news-2023-01-14-tage-der-offenen-tuer",
    title="News 14.01.2023, 18:26",
    url="https://www.parlament.gv.at/aktuelles/news/Buergerinnen-aus-dem-ganzen-Land-erkundeten-ihr-Parlament",
    retrieved="same address (stored news item of the Austrian Parliament's website of 14 January 2023; the page's date line "
              "'News 14.01.2023, 18:26' is the first line as stored (rule 18), the headline and the teaser follow as lines of "
              "their own; complete in the stored copy)",
    license=PK,
    paras=["Bürger:innen aus dem ganzen Land erkundeten ihr Parlament",
           "Aufgrund des großen Andrangs mussten die Öffnungszeiten der Tage der offenen Tür am 14. und 15. Jänner verlängert "
           "werden. Die Reaktionen auf den Umbau waren überwiegend positiv.",
           TDOT_P1,
           TDOT_P2,
           "Den Startschuss zu den beiden Tagen der offenen Tür hatten die drei Nationalratspräsident:innen Wolfgang Sobotka, "
           "Doris Bures und Norbert Hofer gemeinsam mit Bundesratspräsident Günter Kovacs gegeben. Punkt 10.00 Uhr "
           "durchschnitten sie ein blaues Band beim Zentralportikus."],
    quotes=[("\"übergeben\"", None),
            ("\"Traumhaft schön\"", "ältere Dame"),
            ("\"ganz toll\"", "Besucher:innen"),
            ("\"beste Idee\"", "Besucher:innen"),
            ("\"viel zu teuer\"", "Besucher:innen")],
    aliases={"ältere Dame": ["ältere Dame", "eine ältere Dame aus Wien"],
             "Besucher:innen": ["Besucher:innen", "Viele Besucher:innen"]})

# --- OTS: first open day in the renovated Parliament, January 2023 ---

add(id="ho50-pk-ots-2023-01-14-traumhaft-schoen",
    title="\"Traumhaft schön\": Erster Tag der offenen Tür lockt tausende Besucher:innen ins sanierte Parlamentsgebäude",
    url="https://www.ots.at/presseaussendung/OTS_20230114_OTS0018/traumhaft-schoen-erster-tag-der-offenen-tuer-lockt-tausende-"
        "besucherinnen-ins-sanierte-parlamentsgebaeude",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 14.01.2023; the "
              "stored copy's date prefix ' date 2023-01' dropped as furniture; the subtitle kept as its own line (rule 18); "
              "the paragraph 'Zu den ersten Gästen … Der Tag der offenen Tür sei eine einmalige Chance, das sanierte Gebäude "
              "selbst i', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Öffnungszeiten wurden aufgrund des großen Andrangs um zwei Stunden verlängert",
           "Wien (PK) - Um 16.00 Uhr hätte am ersten Tag eigentlich Schluss sein sollen. Aber schon am Vormittag war klar, dass "
           "sich das nicht ganz ausgehen wird. Bis zu drei Stunden Wartezeit nahmen Besucher:innen in Kauf, um sich selbst ein "
           "Bild vom sanierten Parlamentsgebäude zu machen. Nach dem feierlichen Eröffnungsakt am Donnerstag wurde das Hohe "
           "Haus heute quasi an die Bevölkerung \"übergeben\". An zwei Tagen der offenen Tür haben interessierte Bürger:innen "
           "und Tourist:innen heute und morgen Gelegenheit, die rundum erneuerten Sitzungssäle des Nationalrats und des "
           "Bundesrats und andere Räumlichkeiten des Hohen Hauses in Augenschein zu nehmen. Aufgrund des großen Andrangs "
           "entschied man sich, die Öffnungszeiten am Samstag um zwei Stunden zu verlängern.",
           "Schon bei der Eröffnung um 10.00 Uhr reicht die Warteschlange bis zum Palais Epstein zurück. Mehr als tausend "
           "Besucher:innen, von jung bis alt, warten darauf, dass Nationalratspräsident Wolfgang Sobotka, Bundesratspräsident "
           "Günter Kovacs, Zweite Nationalratspräsidentin Doris Bures und Dritter Nationalratspräsident Norbert Hofer das "
           "dunkelblaue Band beim Zentralportikus durchschneiden, wie die Einsatzkräfte schätzen. Später wird die Schlange "
           "noch deutlich länger werden."],
    quotes=[("\"Traumhaft schön\"", None),
            ("\"übergeben\"", None)],
    aliases={})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 207/2019, press conference on violence against women ---

GEW_P1 = ("Wien (PK) – Im Rahmen des parlamentarischen Dialogs \"Gemeinsam gegen Gewalt an Frauen\" sowie anlässlich des mehr "
          "als 20-jährigen Bestehens der Wiener Interventionsstelle gegen Gewalt in der Familie informierten die Zweite "
          "Nationalratspräsidentin Doris Bures und die Geschäftsführerin der Interventionsstelle Rosa Logar heute über die am "
          "5. und 6. März 2019 im Parlament stattfindende internationale Fachtagung \"Das Recht auf ein Leben frei von Gewalt! "
          "Stärkung, Unterstützung und Schutz für gewaltbetroffene Frauen und ihre Kinder in Österreich und Europa\".")
GEW_P2 = ("Die Interventionsstellen, die auf das Gewaltschutzgesetz aus dem Jahr 1997 zurückgehen, bezeichnete die Zweite "
          "Nationalratspräsidentin als \"Herzstück\" der damit einhergehenden Gewaltschutzmaßnahmen. Ihre Mitarbeiterinnen und "
          "Mitarbeiter seien stets die ersten, die Frauen und Kindern im Bedarfsfall zur Seite stehen. \"Durch ihre Tätigkeit "
          "schützen die Interventionsstellen Frauenleben\", so Bures. Im Fokus der Konferenz sollen daher die Erfahrungen jener "
          "Expertinnen und Experten stehen, die tagtäglich häusliche Gewalt miterleben und Gewaltopfer begleiten. \"Das Zuhören "
          "ist wesentlich\", sagte Bures, daher sei ihr auch der Dialog so wichtig – dazu lud sie die Vertreterinnen und "
          "Vertreter aller Parlamentsparteien ein.")

add(id="ho50-pk-2019-03-04-bures-gewaltschutz",
    title="Parlamentskorrespondenz Nr. 207 vom 04.03.2019",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2019/PK0207/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "headline and subtitle; the paragraph 'Rosa Logar bedankte sich für die Möglichkeit, … Leider könne man aber nur "
              "\"kurzfristige Krisenhilfe\" leisten, da pro Opfer nur 5,5 Stunden zur Verfügung stünden, erkl', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Bures: \"Opferschutz muss im Zentrum überparteilicher Anstrengung stehen\"",
           "Pressekonferenz zur internationalen Fachkonferenz zum Schutz gewaltbetroffener Frauen am 5. und 6. März im "
           "Parlament",
           GEW_P1,
           GEW_P2],
    quotes=[("\"Opferschutz muss im Zentrum überparteilicher Anstrengung stehen\"", BURES),
            ("\"Gemeinsam gegen Gewalt an Frauen\"", None),
            (cut(GEW_P1, "\"Das Recht auf", "Europa\""), None),
            ("\"Herzstück\"", BURES),
            ("\"Durch ihre Tätigkeit schützen die Interventionsstellen Frauenleben\"", BURES),
            ("\"Das Zuhören ist wesentlich\"", BURES)],
    aliases={BURES: ["Doris Bures", "Zweite Nationalratspräsidentin Doris Bures", "Bures", "Zweite Nationalratspräsidentin"]})

# --- OTS: open day of the Parliament on the national holiday, October 2018 ---

NF_P1 = ("Wien (PK) - Das Ausweichquartier des Parlaments rund um die Hofburg konnte sich auch heuer wieder anlässlich des Tags "
         "der offenen Tür über ein außerordentlich großes Interesse freuen. Rund 10.000 Menschen sind der Einladung von "
         "Nationalratspräsident Wolfgang Sobotka gefolgt, am Nationalfeiertag das sogenannte DemokratieQuartier zu besuchen. Es "
         "war das zweite Mal, dass sich das Parlament wegen der Sanierung des historischen Parlamentsgebäudes in neuer Umgebung "
         "präsentierte. \"Es ist wichtig, dass sich das Parlament als Herz der Demokratie offen zeigt - nicht nur am "
         "Nationalfeiertag\", sagte Sobotka, der sich beeindruckt zeigte, dass diese Öffnung auch in einem so großen Ausmaß "
         "angenommen wird. Der Nationalfeiertag ist für ihn ein Tag der Freiheit, der Selbstständigkeit und der Freude.")
NF_P3 = ("Erstmals konnten die Besucherinnen und Besucher auch das umfangreiche und sensible Aufgabengebiet des Nationalfonds "
         "der Republik Österreich für die Opfer des Nationalsozialismus näher kennenlernen. Dieser Aspekt ist dem "
         "Nationalratspräsidenten ein besonderes Anliegen. \"Die hundert Jahre Republik sind eine glückliche und leidvolle "
         "Geschichte auf dem Weg, unsere eigene Identität und unser Selbstverständnis zu finden\", so Sobotka.")

add(id="ho50-pk-ots-2018-10-26-nationalfeiertag-besucherzahl",
    title="Tag der offenen Tür im Parlament: 10.000er-Marke bei Besucherzahl wieder erreicht",
    url="https://www.ots.at/presseaussendung/OTS_20181026_OTS0071/tag-der-offenen-tuer-im-parlament-10000er-marke-bei-"
        "besucherzahl-wieder-erreicht",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.10.2018; the "
              "stored copy's date prefix ' date 2018-10' dropped as furniture; the subtitle kept as its own line (rule 18); "
              "the paragraph 'Heute fiel zudem der Startschuss für das Crowdsourcing-Projekt des Parlaments. Anhand dieses n', "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Sobotka zum Nationalfeiertag: Ein Tag der Freiheit, der Selbstständigkeit und der Freude",
           NF_P1,
           "Das Informationsangebot stand heuer auch im Zeichen des Gedenkjahres. Die interaktive Ausstellung bei den "
           "Pavillons am Heldenplatz über die \"Tage der Entscheidung\" erinnert an die Gründung der Republik vor hundert "
           "Jahren, die wesentlich von Parlamentariern getragen war. Die Stelen der Ausstellung erinnern aber auch an die "
           "damals herrschende katastrophale Lage der Bevölkerung.",
           NF_P3],
    quotes=[(cut(NF_P1, "\"Es ist wichtig", "Nationalfeiertag\""), SOBOTKA),
            ("\"Tage der Entscheidung\"", None),
            (cut(NF_P3, "\"Die hundert", "finden\""), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "Nationalratspräsidenten"]})
