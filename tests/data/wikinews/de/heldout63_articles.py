# Sixty-third held-out German real-news set (tests/data/heldout63-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 440). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see the section "Sixty-third held-out set" of SOURCES.md (to be added by the main session): texts of Federal
# Government Commissioners in the Chancellery (the Integrationsbeauftragte's site integrationsbeauftragte.de) and of the
# German Federal Government (one news page of bundeskanzlerin.de). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_COMMISSIONER  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WIDMANN_MAUZ = "Annette Widmann-Mauz"
KRETSCHMER = "Michael Kretschmer"

# --- integrationsbeauftragte.de: news pages ---

CDV_P3 = ("„Sachsen zeigt Flagge für Vielfalt – das ist ein starkes Zeichen. Der Freistaat Sachsen wird heute Teil des größten "
          "Netzwerks deutscher Unternehmen, Institutionen und Behörden, die gemeinsam erkannt haben, dass Vielfalt allen nutzt: "
          "denn gemischte Teams bringen die besseren Ergebnisse. Mit der heutigen Unterzeichnung der Charta der Vielfalt wird "
          "Sachsen Teil einer Erfolgsgeschichte für einen starken und weltoffenen Standort Deutschland.“")
CDV_P4 = ("Der Sächsische Ministerpräsident Michael Kretschmer sagte: „Sachsen setzt auf Vielfalt und Wertschätzung. Das gilt "
          "natürlich auch für den Freistaat als Arbeitgeber. Wir setzen mit der heutigen Unterzeichnung ein deutliches Zeichen für "
          "eine Kultur eines guten Miteinanders und der Akzeptanz, um die Persönlichkeiten unserer Mitarbeiterinnen und "
          "Mitarbeiter zu würdigen und für neue Mitarbeiterinnen und Mitarbeiter attraktiv zu sein. Wir nehmen diese "
          "Verpflichtung sehr ernst.“")

add(id="ho63-ib-2019-06-widmann-mauz-charta-vielfalt-sachsen",
    title="Widmann-Mauz: „Sachsen zeigt Flagge für Vielfalt“",
    url="https://www.integrationsbeauftragte.de/ib-de/themen/bildung-und-arbeit/arbeitsmarkt/widmann-mauz-sachsen-zeigt-flagge-fuer-vielfalt--1634650",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, June 2019; the site name 'Integrationsbeauftragte' "
              "dropped as furniture (rule 352); the headline is the title and the teaser line 'Die Staatsministerin für "
              "Integration unterzeichnet …' kept as a line of its own (rule 18); the image text 'Staatsministerin Annette "
              "Widmann-Mauz bei der Unterzeichnung der Charta der Vielfalt in Dresden', repeated three times, and the credit "
              "'Quelle: André Wirsig' dropped (rule 93); the lead's cue line and the statement paragraph kept as published, one "
              "line each (rule 353); the last paragraph 'Staatsministerin Annette Widmann-Mauz unterzeichnete die Charta … des "
              "Demokratie-Zentrums Sachsen, ein', cut off in the stored copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Die Staatsministerin für Integration unterzeichnet mit Ministerpräsident Kretschmer Charta der Vielfalt in Dresden.",
           "Bei der Unterzeichnung der Charta der Vielfalt durch den Freistaat Sachsen am 4. Juni 2019 erklärte die "
           "Staatsministerin für Integration, Annette Widmann-Mauz:",
           CDV_P3,
           CDV_P4],
    quotes=[("„Sachsen zeigt Flagge für Vielfalt“", WIDMANN_MAUZ),
            (CDV_P3, WIDMANN_MAUZ),
            (cut(CDV_P4, "„Sachsen setzt", "ernst.“"), KRETSCHMER)],
    aliases={WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Widmann-Mauz", "Staatsministerin für Integration"],
             KRETSCHMER: ["Michael Kretschmer", "Kretschmer", "Ministerpräsident Kretschmer"]})

HEIL = "Hubertus Heil"

AMI_P3 = ("Staatsministerin Annette Widmann-Mauz sagte zu Beginn der Veranstaltung: „Arbeit ist der Integrationsmotor Nr. 1. Wenn "
          "Menschen, die zu uns kommen, gleichberechtigte Chancen am Arbeitsmarkt haben und Potenziale von Anfang gefördert "
          "werden, nutzt das dem Einzelnen, unserer Wirtschaft und der ganzen Gesellschaft. Gerade Frauen mit "
          "Einwanderungsgeschichte müssen wir stärken, noch besser beruflich Fuß zu fassen. Wenn sie ihre Fähigkeiten optimal "
          "einsetzen können, fördert das die Integration der ganzen Familie. Ich freue mich, dass der Bundesarbeitsminister "
          "zugesagt hat, die Integration in Arbeit jetzt gemeinsam kraftvoll voranzutreiben.“")

add(id="ho63-ib-2019-05-arbeitsmarktintegration-nap-i",
    title="Arbeitsmarktintegration kraftvoll vorantreiben",
    url="https://www.integrationsbeauftragte.de/ib-de/themen/bildung-und-arbeit/arbeitsmarkt/arbeitsmarktintegration-kraftvoll-vorantreiben-1631644",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, May 2019; the site name 'Integrationsbeauftragte' "
              "and the kicker line 'Nationaler Aktionsplan Integration' above the headline dropped as furniture (rules 352, "
              "18); the headline is the title and the teaser line 'Staatsministerin Annette Widmann-Mauz und "
              "Bundesarbeitsminister Hubertus Heil wollen …' kept as a line of its own; the image text 'am Mikrofon "
              "Staatsministerin Annette Widmann-Mauz und Bundesarbeitsminister Hubertus Heil' and the credit 'Quelle: "
              "Integrationsbeauftragte / Coddou' dropped (rule 93); the paragraph 'Bundesminister für Arbeit und Soziales "
              "Hubertus Heil unterstrich: „Für das Gelingen … wenn wir unseren Wo', cut off in the stored copy, dropped with its "
              "unclosed quotation (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Staatsministerin Annette Widmann-Mauz und Bundesarbeitsminister Hubertus Heil wollen Einwanderer schneller in "
           "Ausbildung und Arbeit bringen.",
           "Die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration, Staatsministerin Annette "
           "Widmann-Mauz, und der Bundesminister für Arbeit und Soziales, Hubertus Heil, wollen die Integration von "
           "Zugewanderten in den Arbeitsmarkt gemeinsam vorantreiben. Dazu fand am 28. Mai 2019 eine Fachveranstaltung im "
           "Bundeskanzleramt statt.",
           AMI_P3],
    quotes=[(cut(AMI_P3, "„Arbeit ist", "voranzutreiben.“"), WIDMANN_MAUZ)],
    aliases={WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Staatsministerin Annette Widmann-Mauz"]})

ULM_P2 = ("Auf Einladung von Staatsministerin Annette Widmann-Mauz, Beauftragte der Bundesregierung für Migration, Flüchtlinge "
          "und Integration, tagte am 20. und 21. Mai 2019 in Ulm die Bundeskonferenz der Integrationsbeauftragten von Bund, "
          "Ländern und Kommunen. Unter dem Titel „Vielfalt: Herausforderung und Chance für unser Land“ beraten die rund 200 "
          "Teilnehmerinnen und Teilnehmer über integrationspolitische Fragen und Lösungsansätze in Kommunen und Bundesländern.")
ULM_P3 = ("Staatsministerin Annette Widmann-Mauz betonte zu Beginn der Konferenz: „Integration ist eine Investition in die "
          "Zukunftsfähigkeit unseres Landes. Damit Integration gelingt, müssen wir Menschen, die zu uns kommen, Sprache und "
          "Werte von Anfang an vermitteln. Dazu gehört der Zugang zu guten Sprach- und Integrationskursen, zugleich müssen wir "
          "die Arbeitsmarktintegration weiter vorantreiben. Mit dem Ausländerbeschäftigungsförderungsgesetz und der "
          "Beschäftigungsduldung sind wir auf dem richtigen Weg.")
ULM_P4 = ("Wir müssen aber auch dafür sorgen, dass besonders Frauen mit Einwanderungsgeschichte noch besser beruflich und "
          "gesellschaftlich Fuß fassen können. Denn Frauen sind wichtige Motoren der Integration für die ganze Familie. Um alle "
          "diese Punkte wird es heute und morgen auf der Bundeskonferenz der Integrationsbeauftragten gehen – denn Integration "
          "findet vor Ort statt. Ich freue mich auf den Austausch mit meinen Kolleginnen und Kollegen aus den Kommunen und "
          "Ländern.“")

add(id="ho63-ib-2019-05-bundeskonferenz-ulm",
    title="Chancen der Vielfalt am besten nutzen",
    url="https://www.integrationsbeauftragte.de/ib-de/themen/gesellschaft-und-teilhabe/vor-ort/chancen-der-vielfalt-am-besten-nutzen-1613380",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, May 2019; the site name 'Integrationsbeauftragte' "
              "and the kicker line 'Integration vor Ort gestalten' above the headline dropped as furniture (rules 352, 18); the "
              "headline is the title and the teaser line 'Integrationsbeauftragte von Bund, Ländern und Kommunen treffen sich in "
              "Ulm.' kept as a line of its own; the image text 'Gruppenbild Bundeskonferenz 2019 Manne Lucha, … Gunter Czisch, "
              "Oberbürgermeister der Stadt Ulm' and the credit 'Quelle: Integrationsbeauftragte /Jan Potente' dropped (rule 93); "
              "the subheading 'Praxisbeispiele für gelingende Alltagsintegration', left dangling before the cut of the stored "
              "copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Integrationsbeauftragte von Bund, Ländern und Kommunen treffen sich in Ulm.",
           ULM_P2,
           ULM_P3,
           ULM_P4],
    quotes=[("„Vielfalt: Herausforderung und Chance für unser Land“", None),
            (cut(ULM_P3, "„Integration ist", "richtigen Weg."), WIDMANN_MAUZ),
            (ULM_P4, WIDMANN_MAUZ)],
    aliases={WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Staatsministerin Annette Widmann-Mauz"]})

add(id="ho63-ib-2018-06-weltfluechtlingstag",
    title="Widmann-Mauz: „Wirksamer Flüchtlingsschutz kann nur gemeinsam gelingen“",
    url="https://www.integrationsbeauftragte.de/ib-de/widmann-mauz-wirksamer-fluechtlingsschutz-kann-nur-gemeinsam-gelingen--1146866",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, June 2018; the site name "
              "'Integrationsbeauftragte' and the block of teasers for other items of the site above the article (among them "
              "'\"Wir brauchen Sprach- und Wertevermittlung von Anfang an.\"', 'Integration in Arbeit', 'Wir alle sind "
              "Deutschland', with their image texts and 'mehr' links) dropped as site furniture (rule 352); the kicker line "
              "'Weltflüchtlingstag' dropped (rule 440); the lines 'Ausgabejahr: 2018' and 'Datum: 20. Juni 2018' dropped as "
              "furniture; the lead's cue line kept as published, a line of its own (rule 353); the statement paragraph "
              "'„Menschen, die vor Gewalt und Verfolgung fliehen, … die Zusammenarbeit mit international', cut off in the "
              "stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Anlässlich des Weltflüchtlingstags am 20. Juni erklärte die Beauftragte der Bundesregierung für Migration, "
           "Flüchtlinge und Integration, Staatsministerin Annette Widmann-Mauz:"],
    quotes=[("„Wirksamer Flüchtlingsschutz kann nur gemeinsam gelingen“", WIDMANN_MAUZ)],
    aliases={WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Widmann-Mauz"]})

MERKEL = "Angela Merkel"

# --- bundeskanzlerin.de: news page ---

add(id="ho63-bkin-bamf-60-jahre-herkunft",
    title="Integration Merkel: Herkunft darf keine Rolle spielen",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/merkel-herkunft-darf-keine-rolle-spielen-450502",
    retrieved="same address (stored news page of the Chancellor's site on the 60th anniversary of the Bundesamt für Migration "
              "und Flüchtlinge, 2013; the title line 'Merkel: Herkunft darf keine Rolle spielen' dropped and the kicker and "
              "headline run together in the second line kept as the title (rules 18, 20, 150); the reading-time line '2 Min. "
              "Lesedauer', the image text 'Bundeskanzlerin Angela Merkel spricht auf der Veranstaltung zu \"60 Jahre Bundesamt "
              "für für Migration und Flüchtlinge\"', the caption 'Merkel: Jeder, der sich in die Gesellschaft einbringt, ist ein "
              "Gewinn' and the credit 'Foto: Bundesregierung/Bergmann' dropped (rule 93); the subheadings 'Gewinn für unser "
              "Land' and 'Kein Raum für Gewalt, Hass und Rassismus' kept as lines of their own; the last paragraph 'Das "
              "Bundesamt für Migration und Flüchtlinge (BAMF) wurde 1953 … als \"Bundesdienststelle für die Anerk', cut off in "
              "the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel sieht Deutschland auf dem Weg zu einem \"Integrationsland\". Jeder, der sich in unserem "
           "Land einbringe, sei ein Gewinn für unser Land, erklärte die Kanzlerin zum 60-jährigen Bestehen des Bundesamtes für "
           "Migration und Flüchtlinge.",
           "In ihrer Rede auf der Jubiläumsfeier in Nürnberg unterstrich die Bundeskanzlerin die gesamtgesellschaftliche "
           "Relevanz der Themen Integration und Migration.",
           "Jetzt gehe es darum, passgenaue, schnelle, umfassende Teilhabechancen zu eröffnen. Das Bundesamt habe hierbei eine "
           "wichtige Rolle übernommen: Integration sei zwar noch nicht Teil des Namens, aber Integration werde im Bundesamt "
           "inzwischen ganz groß geschrieben, so Merkel.",
           "Gewinn für unser Land",
           "Integration sei vor allem mit Blick auf den demografischen Wandel in Deutschland von allergrößter Bedeutung. Und "
           "deshalb müsse es für jeden klar sein: Jeder, der sich mit seinem jeweiligen kulturellen Hintergrund, mit seinen "
           "Interessen, Kenntnissen und Erfahrungen in Wirtschaft, Gesellschaft und Politik in unserem Land einbringe, sei ein "
           "Gewinn für unser Land, betonte die Bundeskanzlerin.",
           "Kein Raum für Gewalt, Hass und Rassismus",
           "In ihrer Rede forderte Merkel erneut eine restlose Aufklärung der Taten der rechtsextremen Terrorgruppe NSU und ihrer "
           "Hintergründe. Dafür müsse alles getan werden. \"Gewalt, Hass und Rassismus dürfen keinen Platz in unserem Land "
           "haben. Wir sind das den Opfern, den Hinterbliebenen und letztlich uns allen schuldig\", erklärte die "
           "Bundeskanzlerin."],
    quotes=[("\"Integrationsland\"", MERKEL),
            ("\"Gewalt, Hass und Rassismus dürfen keinen Platz in unserem Land haben. Wir sind das den Opfern, den "
             "Hinterbliebenen und letztlich uns allen schuldig\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "die Kanzlerin", "Bundeskanzlerin"]})
