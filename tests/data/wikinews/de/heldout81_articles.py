# Eighty-first held-out German real-news set (tests/data/heldout81-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 620). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Eighty-first held-out set": press releases of the European Commission's Representation
# in Austria on OTS, news items of its site austria.representation.ec.europa.eu and one news item of the Representation in
# Germany (germany.representation.ec.europa.eu) (licence EU). Stored copies are excerpts
# cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SELMAYR = "Martin Selmayr"
WOJAHN = "Jörg Wojahn"

# --- ots.at: releases of the Commission's Representation in Austria ---

SEL19_P1 = ("Ehemaliger Generalsekretär der Europäischen Kommission: „Freue mich, gemeinsam mit Österreich daran zu arbeiten, "
            "das europäische Projekt zukunftsfit zu machen“.")
SEL19_P3 = ("„Ich freue mich sehr, künftig im geografischen Herzen Europas tätig zu sein und gemeinsam mit Österreich daran zu "
            "arbeiten, das europäische Projekt zukunftsfit zu machen. In Anbetracht der aktuellen internen und geopolitischen "
            "Herausforderungen muss die EU Einigkeit und Handlungsfähigkeit beweisen und dafür neue Brücken in und zwischen "
            "unseren Mitgliedstaaten bauen. Europa wird nur dann sein Schicksal in die eigene Hand nehmen und seine Werte "
            "bewahren können, wenn es in den zentralen Zukunftsfragen ebenso geeint wie entschlossen auftritt. Das gilt gerade "
            "im Hinblick auf die aktuellen Verhandlungen über den langfristigen EU-Haushalt. Europa kann international ein "
            "Vorreiter in Fragen des Klimawandels und der Digitalisierung werden. Dafür brauchen wir jetzt von allen mehr "
            "Einsatz für ein starkes, handlungsfähiges Europa“, sagt Selmayr.")

add(id="ho81-ots-2019-10-selmayr-leitung-vertretung",
    title="Martin Selmayr leitet ab November die Vertretung der Europäischen Kommission in Österreich",
    url="https://www.ots.at/presseaussendung/OTS_20191031_OTS0051/martin-selmayr-leitet-ab-november-die-vertretung-der-europaeischen-kommission-in-oesterreich-bild",
    retrieved="same address (stored OTS release of the Representation of 31 October 2019; headline, subtitle line and body "
              "kept as published; the subheading 'Spitzenposten in der Kommission' and its paragraph, cut off in the stored "
              "copy ('Selmayr hat seit 15 Jahren Schlüsselpositionen in der Europäischen Kommission inne: Er war unt'), "
              "dropped (rule 15))",
    license=EU,
    paras=[SEL19_P1,
           "Wien (OTS) - Martin Selmayr, bis vor kurzem Generalsekretär der Europäischen Kommission und davor Kabinettchef "
           "von Präsident Jean-Claude Juncker, wird ab November die Vertretung der Kommission in Österreich leiten. Diese hat "
           "rund 20 Mitarbeiter und wirkt als Bindeglied zwischen den Dienststellen in Brüssel und den Menschen, der Politik, "
           "der Wirtschaft, den Medien und den Interessenvertretungen in Österreich.",
           SEL19_P3,
           "Der aus Deutschland stammende Europarechtler folgt Jörg Wojahn nach, der Anfang September von Wien nach Berlin "
           "wechselte und nun die Vertretung der Europäischen Kommission in Deutschland leitet. Die Amtsgeschäfte in "
           "Österreich hat interimistisch Wolfgang Bogensberger, Leiter der politischen Berichterstattung, geführt."],
    quotes=[(cut(SEL19_P1, "„Freue mich", "zu machen“"), SELMAYR),
            (cut(SEL19_P3, "„Ich freue mich sehr", "Europa“"), SELMAYR)],
    aliases={SELMAYR: ["Martin Selmayr", "Selmayr"]})

EB17_P2 = ("Wien (OTS) - 60 Jahre nach Unterzeichnung der Römischen Verträge – der Gründungsurkunde der Europäischen Union – "
           "steht Europa vor größeren Herausforderungen denn je. Das bestätigen die Ergebnisse der jüngsten "
           "Eurobarometer-Umfrage, die die Vertretung der Europäischen Kommission in Österreich heute in Wien vorgestellt hat. "
           "Dabei liegt die EU-Kommission mit ihren strategischen Prioritäten Migration, Sicherheit, Wirtschaftswachstum, "
           "Beschäftigung und soziale Union offenbar auf der Linie dessen, was sich die Österreicherinnen und Österreicher laut "
           "Umfrage erwarten: \"Einwanderung\" und \"Arbeitslosigkeit\" nannten sie laut Eurobarometer als dringlichste "
           "Probleme des Landes.")
EB17_P3 = ("\"Im März vor 60 Jahren haben die Gründerstaaten der heutigen EU ihren Ehevertrag unterzeichnet: die Römischen "
           "Verträge. Heute wollen so manche – dies- und jenseits des Atlantiks – eine Ehekrise herbeireden. Doch die Bürger "
           "ziehen dabei nicht mit\", so Jörg Wojahn, Vertreter der Europäischen Kommission in Österreich. \"So zeigt die "
           "Eurobarometer-Umfrage, dass zwei Drittel der Österreicherinnen und Österreicher sich als EU-Bürger fühlen. Bei den "
           "15 bis 24-Jährigen sind es sogar 77%\", betonte er und fügte hinzu: \"Wir müssen aber auch zur Kenntnis nehmen, "
           "dass viele Menschen meinen, die Dinge in Europa liefen nicht in die richtige Richtung. Umso mehr müssen wir "
           "gemeinsame Lösungen für die Probleme anbieten, die den Bürgern auf den Nägeln brennen.\"")

add(id="ho81-ots-2017-02-wojahn-eurobarometer",
    title="60 Jahre EU: Jobs und Migration höchste Priorität für Österreicher",
    url="http://www.ots.at/presseaussendung/OTS_20170217_OTS0086/60-jahre-eu-jobs-und-migration-hoechste-prioritaet-fuer-oesterreicher-bild",
    retrieved="same address (stored OTS release of the Representation of 17 February 2017; headline, subtitle line and body "
              "kept as published, ASCII marks as published (rule 20); the fourth paragraph 'Einwanderung bleibt aus Sicht der "
              "Bürgerinnen und Bürger das derzeit dringlichste Problem … nun v', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Kommissionsvertretung in Österreich präsentiert Eurobarometer-Umfrage und Top-Themen für 2017",
           EB17_P2,
           EB17_P3],
    quotes=[("\"Einwanderung\"", None),
            ("\"Arbeitslosigkeit\"", None),
            (cut(EB17_P3, "\"Im März", "nicht mit\""), WOJAHN),
            (cut(EB17_P3, "\"So zeigt", "77%\""), WOJAHN),
            (cut(EB17_P3, "\"Wir müssen", "brennen.\""), WOJAHN)],
    aliases={WOJAHN: ["Jörg Wojahn"]})

# --- austria.representation.ec.europa.eu: news items of the Representation ---

SEL24_P1 = ("Für ein halbes Jahr wird er dort vor allem zu Fragen des EU-Digitalisierungsrechts und des "
            "EU-Nachhaltigkeitsrechts in Forschung und Lehre tätig sein, bevor er im Herbst eine neue europäische Aufgabe "
            "übernimmt. „Ich freue mich sehr darauf, nun für einige Monate gemeinsam mit den exzellenten Wissenschaftlerinnen "
            "und Wissenschaftlern der Universität Wien zu den aktuellsten Fragen des Europarechts forschen und lehren zu "
            "dürfen“, sagt Selmayr, der bereits an der Universität Saarbrücken und an der Donau-Universität in Krems "
            "Europarecht lehrt, seit 2022 ehrenamtlicher Wissenschaftlicher Direktor des Centrums für Europarecht an der "
            "Universität Passau ist und nun reichhaltige Erfahrung aus der EU-Praxis an die Universität mitbringt. Mit dem "
            "Wechsel in die Wissenschaft endet nach vier Jahren Selmayrs Tätigkeit als Leiter der Vertretung der Europäischen "
            "Kommission in Österreich. In Selmayrs Mandatsperiode fiel die Covid-Pandemie, der Beginn des russischen "
            "Angriffskriegs gegen die Ukraine und die folgende Krise der Energiepreise. „Es waren herausfordernde Zeiten für "
            "Österreich und Europa“, zieht Selmayr Bilanz. „Gerade in solchen Zeiten ist es wichtig, immer wieder das Gespräch "
            "zu suchen, auf die Sorgen der Menschen einzugehen, mit Fakten zu erklären und das Vertrauen in unsere Demokratie "
            "und die Zusammenarbeit im gemeinsamen Europa zu stärken. Mir war es dabei ein besonderes Anliegen, regelmäßig in "
            "allen Bundesländern unterwegs und in den Städten und Gemeinden präsent zu sein. Dabei habe ich viel über "
            "Österreich, seine eindrucksvolle Vielfalt und seine sympathische Bevölkerung lernen dürfen.“ Für die kommenden "
            "Monate übernimmt nun Wolfgang Bogensberger, Selmayrs langjähriger Stellvertreter, geschäftsführend die Leitung "
            "der EU-Kommissionsvertretung.")

add(id="ho81-eucom-at-2024-01-selmayr-wissenschaft",
    title=None,
    url="https://austria.representation.ec.europa.eu/news/eu-botschafter-selmayr-wechselt-die-wissenschaft-2024-01-31_en?prefLang=pl",
    retrieved="same address (stored news item of the Representation in Austria of 31 January 2024, German text; the stored "
              "copy begins inside the item, after its headline and first paragraph, so there is no title line and the first "
              "line is the paragraph it shows first (rules 18, 32); the details block 'Einzelheiten' / 'Datum der "
              "Veröffentlichung' / '31. Januar 2024' / 'Autor' / 'Vertretung in Österreich' dropped as furniture (rule 19))",
    license=EU,
    paras=[SEL24_P1],
    quotes=[(cut(SEL24_P1, "„Ich freue mich sehr darauf", "dürfen“"), "Selmayr"),
            ("„Es waren herausfordernde Zeiten für Österreich und Europa“", "Selmayr"),
            (cut(SEL24_P1, "„Gerade in solchen Zeiten", "lernen dürfen.“"), "Selmayr")],
    aliases={"Selmayr": ["Selmayr"]})

SEM24_P1 = ("Es umfasst politische Leitlinien, um vor dem Hintergrund eines schwierigen geopolitischen Umfelds eine robuste "
            "und zukunftssichere Wirtschaft zu schaffen. Ziel ist es, Wettbewerbsfähigkeit, Resilienz und langfristigen "
            "Wohlstand und zugleich solide öffentliche Finanzen zu gewährleisten. Das Europäische Semester sei von "
            "entscheidender Bedeutung, wenn es darum geht, „die Politik wirksam zu koordinieren und die EU durch unsichere "
            "Zeiten zu steuern“, sagte Exekutiv-Vizepräsident Valdis Dombrovskis. Auf Basis detaillierter Länderberichte hat "
            "die Kommission länderspezifische Empfehlungen erarbeitet. Im Fall von Österreich sind es vier, und zwar eine "
            "Empfehlung zur Haushaltspolitik einschließlich Haushalts- und Strukturreformen, eine Empfehlung zur weiteren bzw. "
            "zügigeren Umsetzung des EU-Aufbauplans und der kohäsionspolitischen Programme, eine zu Arbeitsmarkt und "
            "Geschäftsumfeld, insbesondere auch zur besseren Eingliederung von Frauen und Menschen mit Migrationshintergrund, "
            "und eine zum Energie- und Klimabereich. Konkret geht es um eine raschere Diversifizierung der Gaslieferungen weg "
            "von russischen Importen und eine Reduktion der Emissionen im Transportbereich. Im Rahmen der haushaltspolitischen "
            "Überwachung hat die Kommission heute auch die Einhaltung des Defizitkriteriums in den Mitgliedstaaten bewertet. "
            "Sie ist dabei zu dem Schluss gekommen, dass die Einleitung eines Defizitverfahrens im Falle von Belgien, "
            "Frankreich, Italien, Ungarn, Malta, Polen und der Slowakei gerechtfertigt ist.")

add(id="ho81-eucom-at-2024-06-semester-empfehlungen",
    title=None,
    url="https://austria.representation.ec.europa.eu/news/europaische-kommission-gibt-wirtschaftspolitische-empfehlungen-auch-fur-osterreich-2024-06-19_lt",
    retrieved="same address (stored news item of the Representation in Austria of 19 June 2024, German text; the stored copy "
              "begins inside the item, so there is no title line (rules 18, 32); the link lines 'Länderbericht für "
              "Österreich' and 'Länderspezifische Empfehlungen für Österreich' and the details block 'Einzelheiten' / "
              "'Datum der Veröffentlichung' / '19. Juni 2024' / 'Autor' / 'Vertretung in Österreich' dropped as furniture "
              "(rule 19))",
    license=EU,
    paras=[SEM24_P1],
    quotes=[("„die Politik wirksam zu koordinieren und die EU durch unsichere Zeiten zu steuern“", "Valdis Dombrovskis")],
    aliases={"Valdis Dombrovskis": ["Valdis Dombrovskis", "Exekutiv-Vizepräsident Valdis Dombrovskis", "Dombrovskis"]})

# --- germany.representation.ec.europa.eu: news item of the Representation in Germany ---

VDL = "Ursula von der Leyen"
ER25_P1 = ("Für Kommissionspräsidentin Ursula von der Leyen war der Europäische Rat „ein produktiver Gipfel zu einem "
           "entscheidenden Zeitpunkt“. Bei einer gemeinsamen Pressekonferenz mit Ratspräsident António Costa und dem "
           "polnischen Ministerpräsidenten Donald Tusk verwies von der Leyen auf die ernste geopolitische und geoökonomische "
           "Volatilität: „Es ist also ein guter Zeitpunkt, um Bilanz zu ziehen und unsere Antworten zu koordinieren.“")
ER25_P4 = ("Verteidigung: „Seit der Tagung des Europäischen Rates im März haben wir große Fortschritte erzielt. Unser Plan für "
           "die Verteidigungsbereitschaft 2030 zeichnet den Weg vor. Im Plan „ReArm Europe“ werden die Instrumente dargelegt, "
           "mit denen der notwendige Investitionsschub erreicht werden kann. 16 Mitgliedstaaten haben die Aktivierung der "
           "nationalen Ausweichklausel beantragt. Dadurch können sie ihre Verteidigungsausgaben erheblich erhöhen, ohne dass "
           "ein Verfahren bei einem übermäßigen Defizit eingeleitet wird. Und unter Ihrer Präsidentschaft, Donald, haben wir "
           "uns in kürzester Zeit auf die SAFE-Verordnung geeinigt. So haben zehn Mitgliedstaaten bereits ihre Absicht "
           "bekundet, Darlehen im Rahmen von SAFE aufzunehmen. Und ich rechne damit, dass weitere sich anschließen werden. "
           "Aber es geht nicht nur darum, wie viel wir ausgeben, sondern auch darum, wie wir es tun. Wir bauen einen echten "
           "EU-weiten Markt für Verteidigungsgüter auf, der auf Größe, Interoperabilität und Effizienz ausgerichtet ist.“")

add(id="ho81-eucom-de-2025-06-vdl-europaeischer-rat",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/kommissionsprasidentin-von-der-leyen-nach-dem-europaischen-rat-2025-06-27_de",
    retrieved="same address (stored news item of the Representation in Germany of 27 June 2025; the stored copy begins with "
              "the body, without headline, so there is no title line (rules 18, 32); the subheading 'Verteidigung, Nahost, "
              "Ukraine, USA' and the introduction line kept as lines of their own, the list item kept without its bullet "
              "'- ' (rule 93); the second list item 'Lage im Nahen Osten: „Europa begrüßt … Iran darf niemals eine "
              "Atombombe erlangen.', cut off in the stored copy inside the quotation, dropped with its unclosed mark "
              "(rule 15))",
    license=EU,
    paras=[ER25_P1,
           "Verteidigung, Nahost, Ukraine, USA",
           "Von der Leyen gab einen Überblick über die wichtigsten Themen des Rates, hier ausgewählte Passagen aus ihrem "
           "Statement:",
           ER25_P4],
    quotes=[("„ein produktiver Gipfel zu einem entscheidenden Zeitpunkt“", VDL),
            (cut(ER25_P1, "„Es ist also", "koordinieren.“"), VDL),
            (cut(ER25_P4, "„Seit der Tagung", "ausgerichtet ist.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen", "von der Leyen",
                   "Von der Leyen"]})
