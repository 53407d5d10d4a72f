# Fifty-third held-out German real-news set (tests/data/heldout53-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 340). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-third held-out set": releases of the Austrian Parliament's Parlamentskorrespondenz
# (parlament.gv.at and the OTS press-release service; licences.PK) and texts of the Austrian Federal Chancellery (news items
# 'Nachrichten der Bundesregierung' of bundeskanzleramt.gv.at / bundeskanzleramt.at and the BKA media newsletter on
# services.bundeskanzleramt.gv.at; licences.BKA). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz (parlament.gv.at, OTS) ---

BURES_NY_P2 = ("Die Begegnungen mit Menschen, die so bitteres Leid erfahren mussten und trotzdem nie aufgegeben haben, sei für "
               "sie immer etwas Besonderes, sagte Bures. \"Sie sind Mahnung an die Politik, die Demokratie zu stärken und "
               "alles zu tun, um derartige Gräueltaten nie wieder zuzulassen. Wir sind heute wieder mehr denn je aufgerufen, "
               "derartige Entwicklungen im Keim zu ersticken, denn solche beginnen meist mit Worten. Dazu brauchen wir aber "
               "auch die Bevölkerung\", appellierte Bures und meinte, \"aufgerufen ist daher auch jede Bürgerin und jeder "
               "Bürger, Zivilcourage zu zeigen und sich offen und mit Nachdruck gegen antidemokratische Tendenzen und "
               "Diskriminierung zu stellen\".")
BURES_NY_P3 = ("Die Präsidentin erinnerte auch an die wichtige Rolle der Holocaust-Überlebenden und EmigrantInnen als "
               "ZeitzeugInnen, \"denn authentische Lebensberichte berühren immer mehr als Geschichtsbücher. Und das ist für "
               "die Bewusstseinsbildung vor allem junger Menschen von unschätzbarem Wert\", so Bures.")

add(id="ho53-pk-2015-901-bures-new-york",
    title="Parlamentskorrespondenz Nr. 901 vom 28.08.2015",
    url="http://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0901/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the last paragraph 'Unter den zahlreichen Gästen befand sich … in der "
              "\"Kindertransport-Association\" eine Interessensgemeinschaft gefunden haben,', cut off in the stored copy, "
              "dropped with the name in marks inside it (rule 15))",
    license=PK,
    paras=["NR-Präsidentin Bures trifft in New York Holocaust-Überlebende",
           "Bures ruft zur Zivilcourage gegen antidemokratische Tendenzen und Diskriminierung auf",
           "Wien/New York (PK) – Nationalratspräsidentin Doris Bures nahm im Rahmen ihres Aufenthalts in New York an einem "
           "Empfang im österreichischen Generalkonsulat teil, wo sie unter anderem mit Holocaust-Überlebenden und "
           "EmigrantInnen zusammentraf. Österreich habe sich spät aber doch zu seiner historischen Verantwortung bekannt und "
           "mit dem Nationalfonds, der vor zwanzig Jahren eingerichtet wurde, ein Zeichen gesetzt, betonte Bures, die als "
           "Nationalratspräsidentin auch Vorsitzende des Kuratoriums ist.",
           BURES_NY_P2,
           BURES_NY_P3],
    quotes=[(cut(BURES_NY_P2, "\"Sie sind Mahnung", "die Bevölkerung\""), "Doris Bures"),
            (cut(BURES_NY_P2, "\"aufgerufen ist", "zu stellen\""), "Doris Bures"),
            (cut(BURES_NY_P3, "\"denn authentische", "unschätzbarem Wert\""), "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Nationalratspräsidentin Doris Bures", "NR-Präsidentin Bures", "Bures",
                             "Präsidentin"]})

add(id="ho53-pk-2014-939-bures-tag-der-offenen-tuer",
    title="Parlamentskorrespondenz Nr. 939 vom 22.10.2014",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0939/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the last paragraph 'Neben dem Parlaments', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=["AVISO: Nationalratspräsidentin Bures öffnet Parlament",
           "Tag der offenen Tür am Nationalfeiertag, 26. Oktober 2014, 9.00 Uhr",
           "Wien (PK) - Nationalratspräsidentin Doris Bures lädt am 26. Oktober zum Tag der offenen Tür ins Parlament. "
           "\"Ich freue mich sehr, heuer den Nationalfeiertag gemeinsam mit der Bevölkerung im Hohen Haus begehen zu "
           "können\", so Bures. Da Demokratie von der Mitwirkung der Menschen lebt, liege ihr viel daran, die Gesetzgebung "
           "den Bürgerinnen und Bürgern näher zu bringen. Dazu gehört auch, den Sitz der Legislative von innen "
           "kennenzulernen, wie die Präsidentin betont.",
           "Um 9.00 Uhr öffnet Bures persönlich das Rampentor des Parlaments. Ab dann haben alle Interessierten "
           "Gelegenheit, das Parlamentsgebäude an der Wiener Ringstraße zu besichtigen. Bis 17.00 Uhr kann der Prachtbau aus "
           "dem 19. Jahrhundert erkundet werden, der letzte Einlass ist um 16.00 Uhr.",
           "Ein Rundgang führt die BesucherInnen an alle zentralen Orte des parlamentarischen Geschehens. Die Sitzungssäle "
           "beider Kammern, Nationalrat und Bundesrat, sind davon ebenso umfasst wie der Historische Sitzungssaal, wo "
           "traditionell neu gewählte BundespräsidentInnen ihren Amtseid leisten. Weitere Stationen sind der Budgetsaal als "
           "Ort für Ausschussberatungen und der Empfangssalon, in dem Nationalratspräsidentin Bures internationale Gäste "
           "trifft. Das Abgeordnetensprechzimmer nutzen PolitikerInnen aller sechs Parlamentsfraktionen am Tag der offenen "
           "Tür zum direkten Gespräch mit Bürgerinnen und Bürgern.",
           "Überdies erhält die Öffentlichkeit Zugang zu den Büroräumlichkeiten von Präsidentin Doris Bures und auch "
           "Zweiter Präsident Karlheinz Kopf bittet in seine Amtsräume. Im Nationalratssitzungssaal kann jede Besucherin "
           "und jeder Besucher ein Foto von sich an jenem Rednerpult machen lassen, an dem normalerweise die Abgeordneten "
           "das Wort haben. Die Fotografien sind beim Verlassen des Gebäudes kostenlos erhältlich."],
    quotes=[("\"Ich freue mich sehr, heuer den Nationalfeiertag gemeinsam mit der Bevölkerung im Hohen Haus begehen zu "
             "können\"", "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures",
                             "Präsidentin Doris Bures", "Bures", "Präsidentin"]})

SOBOTKA_P2 = ("Der Nationalratspräsident nannte das Attentat vom vergangenen Montag in der Wiener Innenstadt, bei dem es 5 "
              "Todesopfer und 22 zum Teil schwer Verletzte gegeben hat, einen \"feigen und hinterhältigen Anschlag, der uns "
              "alle ins Mark getroffen hat\" - einen geplanten islamistischen Angriff auf unsere freie Gesellschaft, auf "
              "unsere Werte und auf unsere Demokratie.")

add(id="ho53-pk-ots-2020-11-05-sobotka-terror",
    title="NR-Präsident Sobotka: Wir alle sind stärker als Hass und Terror",
    url="https://www.ots.at/presseaussendung/OTS_20201105_OTS0053/nr-praesident-sobotka-wir-alle-sind-staerker-als-hass-"
        "und-terror",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 05.11.2020; the "
              "stored copy's date line ' date 2020-11' dropped as furniture; headline and subtitle as their own lines (rule "
              "18); the subheading 'Sobotka: Wir dürfen niemals den Weg der Rechtsstaatlichkeit verlassen' and the paragraph "
              "after it ('Gleichzeitig appellierte Sobotka, … \"Nicht Hetze bringt uns weiter, …\", so seine mahnenden Worte "
              "an die Abgeord'), cut off in the stored copy, dropped with their quotations (rule 15))",
    license=PK,
    paras=["Nationalrat beginnt Sondersitzung mit Trauerminute für Opfer der Anschläge in Wien, Paris und Nizza",
           "Wien (PK) - Mit einer Trauerminute für die Opfer der jüngsten Terroranschläge in Wien, Paris und Nizza "
           "gedachten heute die Abgeordneten am Beginn der Sondersitzung des Nationalrats. Nationalratspräsident Wolfgang "
           "Sobotka sprach allen Opfern und deren Angehörigen das tiefe Mitgefühl des Parlaments aus.",
           SOBOTKA_P2],
    quotes=[(cut(SOBOTKA_P2, "\"feigen", "getroffen hat\""), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "NR-Präsident Sobotka",
                                  "Sobotka", "Nationalratspräsident"]})

WEISS_P3 = ("Zeitgleich mit dem EU-Beitritt am 1. Jänner 1995 übernahm Vorarlberg den Vorsitz im Bundesrat. In der "
            "Bundesratssitzung vom 23. Jänner 1995 ging der damals neue Bundesratspräsident Jürgen Weiss in seiner "
            "Antrittsrede auf den EU-Beitritt und eine geplante Bundesstaatsreform ein, wie in den Stenographischen "
            "Protokollen nachzulesen ist. Er drückte Sorge vor \"weiteren Einschränkungen der Länder und Gemeinden\" aus, da "
            "diese \"von der Gesetzgebungskompetenz der Europäischen Union wesentlich stärker als der Bund eingeschränkt\" "
            "sein würden. Er rief auf, darauf zu achten, dass \"die Mehrheitsbildung in der Bundesgesetzgebung nicht gegen, "
            "sondern mit den Bundesländern und mit dem Bundesrat\" erfolgt und forderte Zusammenhalt: \"Denn Miteinander "
            "statt Gegeneinander, das die Europäische Union prägt und das eine wesentliche Ursache für die Überzeugungskraft "
            "der Befürwortung unserer Beitritts war, soll für die Länder und Gemeinden auch innerstaatlich stärker wirksam "
            "werden.\"")
WEISS = "Jürgen Weiss"

add(id="ho53-pk-ots-2025-09-22-bundesrat-europakammer",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20250922_OTS0058/80-70-30-warum-der-bundesrat-als-europakammer-"
        "bezeichnet-wird",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 22.09.2025, in "
              "its series '80 70 30' on the anniversary year 2025; the stored copy shows no headline (only the address "
              "names it), so the document has no title line (rule 343); the date line ' date 2025-09-22' dropped and the "
              "dateline 'Wien (PK) -', set on a line of its own, joined to the first paragraph with a space (rule 48); the "
              "subheading kept as a line of its own (rule 18); the published 'unserer Beitritts' kept (rule 20); the "
              "paragraph 'Im EU-Begleit-Bundesverfassungsgesetz bekam der Bundesrat … wie der Nationalr', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - Mit dem österreichischen EU-Beitritt vor 30 Jahren musste auch der Bundesrat "
           "Gesetzgebungskompetenzen abgeben. Die EU-Mitgliedschaft führte aber schrittweise zu einer Erweiterung seines "
           "Aufgabenfelds: Die zweite Kammer des Parlaments ist dafür zuständig, regionale Bezugspunkte in die europäischen "
           "Entscheidungsprozesse einzubringen. Daher wird der Bundesrat auch als \"Europakammer\" bezeichnet. Was dies in "
           "der Praxis bedeutet, wie die Mitwirkung des Bundesrats an der EU-Gesetzgebung funktioniert und welche Themen "
           "dabei bisher die größte Bedeutung hatten, beleuchtet diese Ausgabe der Parlamentskorrespondenz anlässlich des "
           "Jubiläumsjahres 2025.",
           "EU-Beitritt 1995: Sorge vor Einschränkungen der Länder und Gemeinden",
           WEISS_P3],
    quotes=[("\"Europakammer\"", None),
            (cut(WEISS_P3, "\"weiteren", "Gemeinden\""), WEISS),
            (cut(WEISS_P3, "\"von der", "eingeschränkt\""), WEISS),
            (cut(WEISS_P3, "\"die Mehrheitsbildung", "dem Bundesrat\""), WEISS),
            (cut(WEISS_P3, "\"Denn Miteinander", "wirksam werden.\""), WEISS)],
    aliases={WEISS: ["Jürgen Weiss", "Bundesratspräsident Jürgen Weiss"]})

# --- Austrian Federal Chancellery (bundeskanzleramt.gv.at, bundeskanzleramt.at, services.bundeskanzleramt.gv.at) ---

RAAB_P1 = ("\"Gewalt gegen Frauen und Mädchen hat in unserer Gesellschaft keinen Platz. Die brutalen Frauenmorde, die wir im "
           "letzten Jahr wieder verzeichnen mussten, sind dabei die Spitze eines Eisbergs. Davor liegt eine Vielzahl an "
           "Fällen häuslicher Gewalt. Unsere Aufgabe als Bundesregierung ist es, alles zu tun, um gegen Gewalt anzukämpfen "
           "und Frauen und Mädchen zu schützen\", sagte Frauenministerin Susanne Raab bei einer gemeinsamen Pressekonferenz "
           "mit Innenminister Gerhard Karner und Justizministerin Alma Zadić zum Thema Gewaltschutz. \"Wenn wir Frauen vor "
           "Gewalt schützen, dann schützen wir damit auch ihre Kinder\", so die Frauen- und Familienministerin weiter.")
RAAB_H2 = "Bewusstseinsbildung stärken: Häusliche Gewalt ist kein \"Kavaliersdelikt\""
RAAB_P2 = ("Im Kampf gegen Gewalt an Frauen gebe es \"keine einzelne Stellschraube, an der wir drehen müssen\", sondern es sei "
           "ein \"gesamtgesellschaftlicher Schulterschluss\" notwendig. Wichtig sei dabei auch die Bewusstseinsbildung, so "
           "Raab: \"Wir müssen Frauen stärken und ihnen unsere Unterstützung anbieten, damit sie zu jedem Zeitpunkt wissen: "
           "Sie werden niemals verurteilt, wenn sie Hilfe bei Gewaltschutzeinrichtungen oder der Polizei suchen.\" Der "
           "Anstieg bei den Annäherungs- und Betretungsverboten zeige auf der einen Seite die faktische Zunahme von "
           "Gewalttaten, andererseits werde dadurch aber auch ein höheres Bewusstsein deutlich, dass es sich bei häuslicher "
           "Gewalt um kein \"Kavaliersdelikt\" handelt.")
RAAB = "Susanne Raab"

add(id="ho53-bka-2022-02-raab-gewaltschutz",
    title="Frauenministerin Raab: Schulterschluss der Regierung im Kampf gegen Gewalt an Frauen",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/02/frauenministerin-raab-"
        "schulterschluss-der-regierung-im-kampf-gegen-gewalt-an-frauen.html",
    retrieved="same address (stored page of February 2022, news item 'Nachrichten der Bundesregierung'; headline, subtitle "
              "and subheading as lines of their own (rule 18); the subheading 'Enge Zusammenarbeit und mehr Finanzmittel für "
              "den Gewaltschutz' and the paragraph after it ('In der Regierungsarbeit habe Gewaltschutz höchste Priorität und "
              "es herrsche ein \"enger Schulterschluss\" … sei ein wesentlicher'), cut off in the stored copy, dropped with "
              "the quotation inside it (rule 15))",
    license=BKA,
    paras=["Aufstockung der Beratungsstellen gegen sexuelle Gewalt und neue Koordinierungsstelle FGM als Schwerpunkte von "
           "Raab",
           RAAB_P1,
           RAAB_H2,
           RAAB_P2],
    quotes=[(cut(RAAB_P1, "\"Gewalt gegen", "zu schützen\""), RAAB),
            (cut(RAAB_P1, "\"Wenn wir", "ihre Kinder\""), RAAB),
            ("\"Kavaliersdelikt\"", None, 0),
            (cut(RAAB_P2, "\"keine einzelne", "drehen müssen\""), RAAB),
            ("\"gesamtgesellschaftlicher Schulterschluss\"", RAAB),
            (cut(RAAB_P2, "\"Wir müssen", "Polizei suchen.\""), RAAB),
            ("\"Kavaliersdelikt\"", None, 1)],
    aliases={RAAB: ["Susanne Raab", "Frauenministerin Susanne Raab", "Frauenministerin Raab", "Raab",
                    "Frauen- und Familienministerin"]})

EDT_P1 = ("\"Das ist heute nicht nur der letzte Rat in diesem Jahr, sondern auch der letzte unter spanischem Vorsitz und ich "
          "möchte an dieser Stelle dem spanischen Kollegen für seine Arbeit herzlich danken\", betonte Europaministerin "
          "Karoline Edtstadler bei ihrem Doorstep vor dem Rat \"Allgemeine Angelegenheiten\" in Brüssel. \"Wir erleben "
          "Zeiten, die sehr krisenhaft sind. Wir befinden uns im zweiten Jahr des russischen Angriffskrieges gegen die "
          "Ukraine und sind mit der eskalierenden Gewalt nach dem Terrorangriff in Israel konfrontiert. Es ist hier "
          "notwendig, weiter für den Frieden einzutreten\", erläuterte die Ministerin.")
EDT_P2 = ("Es seien \"schwierige Voraussetzungen, um hier gute europäischen Politik zu machen\", aber, so Edtstadler, die "
          "Europäische Union sei grundsätzlich geeint und eine gemeinsame europäische Politik so wichtig wie noch nie. Die "
          "Europaministerin erinnerte hier an ein Zitat des ehemaligen Bundeskanzlers Wolfgang Schüssel: \"Wenn wir die "
          "Europäische Union nicht hätten, wäre jetzt der richtige Zeitpunkt sie zu erfinden, um all diese Krisen zu "
          "bewältigen.\"")
EDT = "Karoline Edtstadler"

add(id="ho53-bka-2023-12-edtstadler-rat-allgemeine-angelegenheiten",
    title="Europaministerin Edtstadler: \"Die Europäische Union ist in krisenhaften Zeiten geeint\"",
    url="http://www.bundeskanzleramt.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/12/europaministerin-"
        "edtstadler-die-europaeische-union-ist-in-krisenhaften-zeiten-geeint.html",
    retrieved="same address (stored page of December 2023, news item 'Nachrichten der Bundesregierung'; headline and "
              "subtitle as lines of their own (rule 18); the subheading 'Europäische Erweiterung muss geopolitischer Moment "
              "sein' and the paragraph after it ('Der Rat \"Allgemeine Angelegenheiten\" sei diesmal besonders wichtig, … "
              "Bosnien-Herzegowina wolle gleichbehandelt werden,'), cut off in the stored copy, dropped with the quotations "
              "inside it (rule 15))",
    license=BKA,
    paras=["Rat \"Allgemeine Angelegenheiten\" in Brüssel",
           EDT_P1,
           EDT_P2],
    quotes=[("\"Die Europäische Union ist in krisenhaften Zeiten geeint\"", EDT),
            ("\"Allgemeine Angelegenheiten\"", None, 0),
            (cut(EDT_P1, "\"Das ist heute", "herzlich danken\""), EDT),
            ("\"Allgemeine Angelegenheiten\"", None, 1),
            (cut(EDT_P1, "\"Wir erleben", "einzutreten\""), EDT),
            (cut(EDT_P2, "\"schwierige", "zu machen\""), EDT),
            (cut(EDT_P2, "\"Wenn wir", "bewältigen.\""), "Wolfgang Schüssel")],
    aliases={EDT: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                   "Edtstadler", "Europaministerin", "Ministerin"],
             "Wolfgang Schüssel": ["Wolfgang Schüssel"]})

MR_P2 = ("Bundeskanzler Karl Nehammer: „Gerade in turbulenten Zeiten wie diesen ist es wichtig, dass es eine stabile Regierung "
         "gibt, die mit aller Kraft für die Menschen arbeitet. Alleine heute haben wir 28 Beschlüsse auf den Weg gebracht, die "
         "das Leben der Österreicher und Österreicherinnen nachhaltig verbessern werden. Wir haben unter anderem den massiven "
         "Ausbau von Primärversorgungszentren und das Krisensicherheitsgesetz beschlossen. Der Fokus dieser Bundesregierung "
         "liegt klar im redlichen Arbeiten, denn gerade in unsicheren Zeiten geht es darum, für Sicherheit in jeder Hinsicht "
         "zu sorgen.“")

add(id="ho53-bka-nl-ministerrat-1406",
    title=None,
    url="https://services.bundeskanzleramt.gv.at/newsletter/bka-medien-newsletter/innenpolitik/bka-medieninformation-"
        "ministerrat-1406.html",
    retrieved="same address (stored copy of the BKA media newsletter's item on the 144th Council of Ministers; the stored "
              "copy shows no headline, so the document has no title line; the paragraph 'Vizekanzler Werner Kogler: „Seit "
              "2020 arbeiten wir täglich daran, … bis zur Verkehrssicherheit und verbesserten Bedingungen von Freiw', cut "
              "off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BKA,
    paras=["Heute fand der 144. Ministerrat dieser Legislaturperiode statt. Die Bundesregierung hat 28 "
           "Ministerratsvorträge beschlossen und dabei Verbesserungen in unterschiedlichsten Bereichen – von Gesundheit, "
           "Sicherheit über Verkehr, Landesverteidigung, Medien bis Korruptionsbekämpfung umgesetzt. Der heutige Ministerrat "
           "ist damit derjenige mit den meisten Beschlüssen dieser Legislaturperiode.",
           MR_P2],
    quotes=[(cut(MR_P2, "„Gerade", "zu sorgen.“"), "Karl Nehammer")],
    aliases={"Karl Nehammer": ["Karl Nehammer", "Bundeskanzler Karl Nehammer"]})
