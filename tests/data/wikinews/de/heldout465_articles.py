# Four-hundred-and-sixty-fifth held-out German real-news set (tests/data/heldout465-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2450-2453). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug or release number,
# two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixty-fifth held-out set": five texts of the Bavarian State Ministry
# of the Interior, for Sport and Integration (StMI; licence BAYSTMI): four press releases (Herrmann on the
# Integrationslotsen, 209b/2018; Kirchner at the Blaulichtempfang in Lindau, S15/2022; Kirchner at the ground-breaking of
# the Polizeiinspektion Simbach am Inn, 153/2023; Kirchner at the Integrationspreis der Regierung von Schwaben, 383/2023)
# and one news item of its 'Aktuelles' archive (the new cabinet of November 2023, marked '(stmi)', rule 2321); two texts of
# the Federal Ministry of Justice on bmjv.de (the quotation page of Heiko Maas on the Deutscher Verbrauchertag, June 2017,
# and the news item on Katarina Barley's taking office, March 2018; licence BMJ_DE); two texts of the Deutsche Bundesbank on
# bundesbank.de (the topic page announcing the third cash symposium, June 2016, and the speech at the topping-out ceremony
# of the new Dortmund branch, April 2017; licence BUBA). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture (date lines, site names, captions,
# link labels) is dropped (rules 14, 93, 2261, 2321, 2450), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, BMJ_DE, BUBA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


KIRCHNER = "Sandro Kirchner"
HERRMANN = "Joachim Herrmann"
MAAS = "Heiko Maas"
BARLEY = "Katarina Barley"

# --- StMI press release 153/2023, 2 May 2023: Kirchner at the ground-breaking for the Polizeiinspektion Simbach am Inn ---

SIM_T = "Kirchner beim Spatenstich für den Neubau der Polizeiinspektion Simbach am Inn"
SIM_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner beim Spatenstich für den Neubau der Polizeiinspektion Simbach am "
           "Inn: Großartige Investition für optimale Arbeitsbedingungen der Polizistinnen und Polizisten")
SIM_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute für den Neubau des Dienstgebäudes der "
          "Polizeiinspektion Simbach am Inn den ersten Spatenstich gesetzt. \"Mit 657 Quadratmetern Nutzfläche wird das "
          "neue Dienstgebäude beste Arbeitsbedingungen, zeitgemäße Räumlichkeiten und eine hochmoderne Ausstattung "
          "bieten\", betonte Kirchner. \"Außerdem ist der Standort verkehrsgünstig gelegen. Der Freistaat Bayern investiert "
          "in den Neubau bestens angelegte 9,3 Millionen Euro für die Innere Sicherheit in unserem Land.\" Die "
          "Fertigstellung der Baumaßnahme ist im Frühjahr 2025 geplant. +++")
SIM_P2 = ("Das alte Dienstgebäude in der Innstraße stammt aus dem Jahr 1876 entspricht bei Weitem nicht mehr den "
          "Anforderungen. Zudem wurde es durch die Flutkatastrophe 2016 nachhaltig an der Bausubstanz beschädigt. Der "
          "Neubau erfolgt nun an einem hochwassersicheren Standort.")
SIM_P3 = ("Die Beamtinnen und Beamten der Polizeiinspektion Simbach verdienen laut Kirchner optimale Arbeitsbedingungen, "
          "schließlich müssen sie in ihrem täglichen Dienst eine Fülle von Aufgaben bewältigen. \"Ob "
          "'Corona-Spaziergänge', die Häufung von schweren Verkehrsunfällen mit tödlichem Ausgang im Sommer 2022 oder im "
          "Februar 2023 die Einrichtung einer Koordinierungsstelle unter Beteiligung der polizeilichen Betreuungsgruppe "
          "nach dem schweren Busunglück in Schladming, immer sind Sie gefragt. Vielen Dank für Ihren Einsatz\", so der "
          "Innenstaatssekretär.")

add(id="ho465-stmi-2023-05-02-kirchner-spatenstich-pi-simbach",
    title=SIM_T,
    url="https://www.stmi.bayern.de/med/pressemitteilungen/pressearchiv/2023/153/index.php",
    retrieved="same address (press release 153/2023 of the StMI, 2 May 2023; the date line 'München, 02.05.2023' dropped "
              "(rule 2261); the subtitle kept as a line of its own; the teaser markers '+++' kept as published (rule "
              "2260); the published 'stammt aus dem Jahr 1876 entspricht' kept (rule 20); the last paragraph 'Laut "
              "Kirchner zeigt die Polizeiliche Kriminalstatistik … : \"Das Polizeipräsidium Niederbayern hat eine "
              "Kriminalitätsbelastung von 3.375 Straftaten ', cut off in the stored copy inside its quotation, dropped "
              "(rule 15))",
    license=BAYSTMI,
    paras=[SIM_SUB, SIM_P1, SIM_P2, SIM_P3],
    # the cue-less second quotation continues the cued first (NOTES.md continuation); the protest label in ASCII single
    # marks inside the third stays part of its span (rule 110); 'so der Innenstaatssekretär' takes up Kirchner (rule 30)
    quotes=[(cut(SIM_P1, "\"Mit 657", "bieten\""), KIRCHNER),
            (cut(SIM_P1, "\"Außerdem", "Land.\""), KIRCHNER),
            (cut(SIM_P3, "\"Ob", "Einsatz\""), KIRCHNER)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]})

# --- StMI regional press release S15/2022, 13 September 2022: Kirchner at the Blaulichtempfang of the Landkreis Lindau ---

LI_T = "Kirchner: Stärkung des Ehrenamts Herzensanliegen der Bayerischen Staatsregierung"
LI_SUB = ("Blaulichtempfang des Landkreises Lindau am Bodensee: Bayerns Innenstaatssekretär Sandro Kirchner lobt "
          "Einsatzkräfte - Stärkung des Ehrenamts Herzensanliegen der Bayerischen Staatsregierung - Kräftige Investition in "
          "den Katastrophenschutz")
LI_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner bedankte sich heute beim Blaulichtempfang des Landkreises Lindau "
         "am Bodensee aufs Herzlichste bei Polizei, Feuerwehren, Technischem Hilfswerk und freiwilligen "
         "Hilfsorganisationen und betonte das starke Netzwerk, zu dem auch die Bundespolizei und Bundeswehr zählen: \"Jede "
         "und jeder Einzelne von Ihnen stellt sich in den Dienst unserer Gemeinschaft und steht für wichtige Werte wie "
         "Leistungsfähigkeit, Verantwortungs- und Einsatzbereitschaft, Zuverlässigkeit und Solidarität\". Zur Stärkung des "
         "Ehrenamts werde die Bayerische Staatsregierung den hohen Standard bei der Ausbildung und der Ausrüstung weiter "
         "verbessern, kündigte der Innenstaatssekretär an. Die Bedrohungen und Herausforderungen hätten in den letzten "
         "Jahren massiv zugenommen, etwa Extremwetterereignisse aufgrund der Klimaveränderung. \"Bayern verstärkt daher "
         "den Katastrophenschutz. Beginnend mit dem Doppelhaushalt 2019/2020 haben wir ein bayerisches "
         "Sonderinvestitionsprogramm Katastrophenschutz Bayern 2030 aufgelegt. Allein in den Jahren 2019 bis 2021 haben "
         "wir 50 Millionen Euro für Investitionen in den Katastrophenschutz bereitgestellt, heuer stehen 21 Millionen Euro "
         "zur Verfügung.\", betonte Kirchner. +++")

add(id="ho465-stmi-2022-09-13-kirchner-blaulichtempfang-lindau",
    title=LI_T,
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/regional/2022/S15/index.php",
    retrieved="same address (regional press release S15 of the StMI, 13 September 2022; the date line 'München, "
              "13.09.2022', run into the subtitle without a space in the stored copy, dropped and the subtitle kept as a "
              "line of its own (rule 2261); the teaser markers '+++' kept (rule 2260); the published full stop after the "
              "closing mark of the first quotation and the full stop inside the closing mark before the comma of the "
              "second ('zur Verfügung.\", betonte') kept (rule 20); the next paragraph 'Das Innenministerium unterstützt "
              "laut Kirchner … erhielten davon im selben Ze', cut off in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[LI_SUB, LI_P1],
    # the colon quotation after `betonte das starke Netzwerk, …:` is Kirchner's (rule 9); the Konjunktiv sentences between
    # the two quotations report him ('kündigte der Innenstaatssekretär an'), and the second quotation has its own cue; the
    # programme name 'Katastrophenschutz Bayern 2030' is unmarked and inside his span
    quotes=[(cut(LI_P1, "\"Jede", "Solidarität\""), KIRCHNER),
            (cut(LI_P1, "\"Bayern verstärkt", "Verfügung.\""), KIRCHNER)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]})

# --- StMI press release 209b/2018, 21 June 2018: Herrmann at the kick-off meeting of the full-time Integrationslotsen ---

IL_T = "Herrmann schiebt Integration an"
IL_SUB = ("Bayerns Innen- und Integrationsminister Joachim Herrmann schiebt Integration an: Immer mehr hauptamtliche "
          "Integrationslotsen unterstützen ehrenamtliche Helfer - Bereits 74 Landkreise und kreisfreie Städte erhalten "
          "staatliche Förderung für ihre Integrationsprofis - 'Fördern und Fordern' Richtschnur bayerischer "
          "Integrationspolitik")
IL_P1 = ("+++ „Entscheidend für eine gelingende Integration in Bayern ist das Engagement unserer vielen ehrenamtlichen "
         "Helfer. Ihre wertvolle Integrationsarbeit wollen wir nach Kräften unterstützen. Mit unseren hauptamtlichen "
         "Integrationslotsen geben wir daher den Ehrenamtlichen in immer mehr Kommunen kompetente Ansprechpartner an die "
         "Hand.“ Das hat Bayerns Innen- und Integrationsminister Joachim Herrmann bei der heutigen ‚Auftaktveranstaltung für "
         "Integrationslotsen‘ betont. Hauptamtliche Integrationsprofis aus mehr als 40 Landkreisen und kreisfreien Städte "
         "sind aus diesem Anlass im Bayerischen Innenministerium zusammengekommen. Bei Workshops und Vorträgen bilden sie "
         "sich hier für ihre verantwortungsvolle Aufgabe fort. In 74 bayerischen Landkreisen und kreisfreien Städten "
         "fördert der Freistaat mittlerweile hauptamtliche Integrationslotsen, allein 49 sind im Jahr 2018 neu "
         "hinzugekommen. Hierfür stehen dieses Jahr 6,5 Millionen Euro zur Verfügung. Gut angelegtes Geld, wie Herrmann "
         "findet: „Wir investieren kräftig in eine erfolgreiche Integration und damit in den Zusammenhalt unserer "
         "Gesellschaft. Außerdem machen wir klar: Wir stehen eng an der Seite unserer vielen ehrenamtlichen Helfer.“ +++")

add(id="ho465-stmi-2018-06-21-herrmann-integrationslotsen",
    title=IL_T,
    url="https://innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2018/209b/index.php",
    retrieved="same address (press release 209b/2018 of the StMI, 21 June 2018; the date line 'München, 21.06.2018' "
              "dropped (rule 2261); the subtitle kept as a line of its own; the teaser markers '+++' kept (rule 2260); the "
              "published 'kreisfreien Städte sind' kept (rule 20); the next paragraph 'In Bayern gelingt nach Herrmanns "
              "Worten Integration auch deshalb besser als andernorts, … ‚Fordern und Fördern‘. „Wir fordern "
              "Integrationswillen ausdrücklich ein – …“, so der Minister. Zuwanderer, die dauerhaft ', cut off in the "
              "stored copy, dropped with its single-mark principle and its quotation (rule 15))",
    license=BAYSTMI,
    paras=[IL_SUB, IL_P1],
    # the principle in ASCII single marks in the subtitle is the government's motto, null (rules 161, 2176; checked by
    # eye); the teaser quotation before the backward cue `Das hat … Joachim Herrmann … betont` is his (rules 44, 2260);
    # the event name in ‚…‘ is null (rules 24, 160; checked by eye); the colon quotation after `wie Herrmann findet:` is his
    # (rule 9); 'Bayerns Innen- und Integrationsminister' names a Land and is no alias (rule 33)
    quotes=[("'Fördern und Fordern'", None),
            (cut(IL_P1, "„Entscheidend", "Hand.“"), HERRMANN),
            ("‚Auftaktveranstaltung für Integrationslotsen‘", None),
            (cut(IL_P1, "„Wir investieren", "Helfer.“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann"]})

# --- StMI press release 383/2023, 10 November 2023: Kirchner presents the Integrationspreis der Regierung von Schwaben ---

IP_T = "Kirchner würdigt herausragende Integrationsprojekte"
IP_SUB = ("Verleihung des 16. Integrationspreises der Regierung von Schwaben - Bayerns Innenstaatssekretär Sandro Kirchner "
          "würdigt herausragende Integrationsprojekte: Vorbilder für gelingende Integration und für ein friedliches "
          "Miteinander")
IP_P1 = ("+++ Bayerns Innen- und Integrationsstaatssekretär Sandro Kirchner hat heute gemeinsam mit Regierungspräsidentin "
         "Barbara Schretter den diesjährigen Integrationspreis der Regierung von Schwaben an sieben herausragende "
         "Integrationsprojekte verliehen und hierbei das besondere Engagement gewürdigt: \"Mit Ihren Initiativen setzen Sie "
         "sich in vorbildlicher Weise für eine gelingende Integration und ein friedliches Miteinander der Kulturen ein.\" In "
         "einer Zeit, in der rechtspopulistisches Gedankengut einen immer breiteren Raum einnehme, sei ein solches "
         "Eintreten für den gesellschaftlichen Zusammenhalt wichtiger denn je. \"Denn gemeinsam sind wir stark und "
         "widerstandsfähiger gegen Extremismus und Spaltung\", betonte Kirchner. +++")
IP_P2 = ("Wie der Staatssekretär betonte sei das Engagement der Bürgerinnen und Bürger auch im Hinblick auf das derzeit hohe "
         "Zugangsgeschehen besonders wichtig. \"Besonders müssen wir diejenigen, die dauerhaft bei uns bleiben, "
         "bestmöglich integrieren – auch um mögliche Parallelgesellschaften zu vermeiden. Engagierte Finalisten, wie Sie, "
         "leisten dazu einen großartigen Beitrag. Ich kann Sie daher nur ermuntern: Machen Sie bitte weiter so. Der "
         "Freistaat unterstützt Sie hierbei nach Kräften.\"")
IP_P3 = ("Die Preisträger des 16. Integrationspreises der Regierung von Schwaben wurden von einer Jury aus Vertretern der "
         "Regierung ausgewählt. Das Preisgeld in Höhe von 6.000 Euro hat das Bayerischen Staatsministerium des Innern, für "
         "Sport und Integration zur Verfügung gestellt.")
IP_L1 = "\"Deutsch-Café\", Tür an Tür - Integrationsprojekte gGmbH, Stadt Augsburg"

add(id="ho465-stmi-2023-11-10-kirchner-integrationspreis-schwaben",
    title=IP_T,
    url="http://www.innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2023/383/index.php",
    retrieved="same address (press release 383/2023 of the StMI, 10 November 2023; the date line 'München, 10.11.2023' "
              "dropped (rule 2261); the subtitle kept as a line of its own; the teaser markers '+++' kept (rule 2260); the "
              "published 'Wie der Staatssekretär betonte sei' (no comma) and 'das Bayerischen Staatsministerium' kept "
              "(rule 20); the list heading and the first list item kept as lines, the bullet '•' and the leading blanks "
              "dropped (rule 2261); the second item '\"Dolmetscherpool\", Diakonie Allgäu e. V., Stadt Kem', cut off in "
              "the stored copy, dropped with the rest (rule 15))",
    license=BAYSTMI,
    paras=[IP_SUB, IP_P1, IP_P2, IP_P3, "Zu den diesjährigen Preisträgern zählen:", IP_L1],
    # the Regierungspräsidentin confers the prize 'gemeinsam mit' Kirchner but the words after the colon are his alone (no
    # verb of saying has both as subject, rule 27); the cue-less quotation after the Konjunktiv report `Wie der
    # Staatssekretär betonte sei …` continues him (NOTES.md continuation, rule 30); the project name of the prize winner
    # is null (rule 24); 'Staatssekretär' and 'Innenstaatssekretär' name only him (rule 44)
    quotes=[(cut(IP_P1, "\"Mit Ihren", "ein.\""), KIRCHNER),
            (cut(IP_P1, "\"Denn", "Spaltung\""), KIRCHNER),
            (cut(IP_P2, "\"Besonders", "Kräften.\""), KIRCHNER),
            ("\"Deutsch-Café\"", None)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär", "Staatssekretär"]})

# --- StMI news item of its 'Aktuelles' archive, 8 November 2023: Herrmann and Kirchner stay in office in the new cabinet ---

KAB_T = "Neues Kabinett: Herrmann und Kirchner weiterhin Innenminister und Innenstaatssekretär"
KAB_P1 = ("München, 8. November 2023 (stmi). Ministerpräsident Dr. Markus Söder hat Joachim Herrmann heute erneut als "
          "Innenminister und Sandro Kirchner als Innenstaatssekretär ins Kabinett berufen. „Wir freuen uns über diese "
          "Bestätigung und werden unsere Arbeit mit unverändertem Tatendrang kraftvoll und hochmotiviert fortführen“, "
          "erklärten Herrmann und Kirchner nach ihrer Vereidigung.")
KAB_P2 = ("Der Koalitionsvertrag – und damit das Programm der Bayerischen Staatsregierung für die nächsten Jahre – steht "
          "unter der Überschrift ‚Freiheit und Stabilität – für ein modernes, weltoffenes und heimatverbundenes Bayern.‘ "
          "Herrmann und Kirchner betonten besonders nachfolgende wichtige Schwerpunkte, die insbesondere das "
          "Innenministerium und seinen Geschäftsbereich betreffen.")
KAB_P3 = ("An oberster Stelle steht für uns das klare Bekenntnis zum Schutz unserer Demokratie und unserer "
          "freiheitlich-demokratischen Grundordnung. Auch weiterhin werden wir jedwede Form von Extremismus, Intoleranz, "
          "Fremdenfeindlichkeit und Rassismus konsequent und mit allen rechtsstaatlichen Mitteln bekämpfen.")
KAB_P4 = ("Unseren Spitzenplatz bei der Inneren Sicherheit möchten wir auch künftig verteidigen. Soweit der Bayerische "
          "Landtag zustimmt, wollen wir die Gesamtmitarbeiterzahl der Bayerischen Polizei bis 2028 um 2.000 auf insgesamt "
          "47.000 Stellen ausbauen. Damit stärken wir auch die Bayerische Grenzpolizei. Dass wir auch weiterhin für die "
          "beste und modernste Ausrüstung unserer Polizistinnen und Polizisten sorgen, ist für uns selbstverständlich. "
          "Gleiches gilt für moderne Recherche- und Analysetools, für deren Nutzung wir die rechtlichen Grundlagen schaffen "
          "wollen.")

add(id="ho465-stmi-aktuell-2023-11-08-neues-kabinett-herrmann-kirchner",
    title=KAB_T,
    url="https://www.stmi.bayern.de/med/aktuell/archiv/2023/231108kabinett/index.php",
    retrieved="same address ('Aktuelles' item of the StMI, 8 November 2023, marked '(stmi)' in its dateline and taken as "
              "the ministry's press text by inference (rule 2321); the photo caption 'Gruppenfoto der Kabinettsmitglieder "
              "in Residenz mit Urkunde' and its credit '© StMWi/ E. Neureuther' above the headline dropped (rules 14, "
              "2321); the dateline 'München, 8. November 2023 (stmi). ' kept in the first paragraph (rule 2321); the "
              "subheadings 'Schutz der Demokratie und freiheitlich-demokratischen Grundordnung' and 'Sicherheit in Bayern' "
              "kept as lines (rule 13); the subheading 'Feuerwehr, Rettungsdienst und Katastrophenschutz weiter stärken' "
              "and the paragraph under it ('Um bei der G'), cut off in the stored copy, dropped together (rule 15))",
    license=BAYSTMI,
    paras=[KAB_P1, KAB_P2, "Schutz der Demokratie und freiheitlich-demokratischen Grundordnung", KAB_P3,
           "Sicherheit in Bayern", KAB_P4],
    # the joint statement `erklärten Herrmann und Kirchner` goes to the first named, with the co-speaker and the joint form
    # as aliases (rules 27, 2452); the title of the coalition agreement in ‚…‘ is null (rules 24, 160; checked by eye); the
    # first-person programme paragraphs under the subheadings carry no marks and are not annotated (rules 5, 23, 2452); the
    # Ministerpräsident who appointed them says nothing in marks
    quotes=[(cut(KAB_P1, "„Wir freuen", "fortführen“"), HERRMANN),
            (cut(KAB_P2, "‚Freiheit", "Bayern.‘"), None)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Sandro Kirchner", "Kirchner", "Herrmann und Kirchner",
                        "Innenminister", "Innenstaatssekretär"]})

# --- Federal Ministry of Justice (bmjv.de), quotation page of 19 June 2017: Heiko Maas on the Deutscher Verbrauchertag ---

VT_L1 = ("DokumenttypZitat | Datum19. Juni 2017 | Person Heiko Maas„Verbraucherschutz wirkt: Mit den Marktwächtern haben "
         "wir ein Frühwarnsystem für mehr Verbraucherschutz geschaffen. Und: Wir haben den Verbraucherorganisationen mehr "
         "Rechte gegeben, zum Beispiel durch die Ausweitung der Verbandsklage.“")
VT_H = "Heiko Maas zum Deutschen Verbrauchertag"
VT_P1 = "„Wer Recht hat, muss auch Recht bekommen."
VT_P2 = ("Deswegen haben wir zum Beispiel mit der Verbraucherschlichtung einen Weg geschaffen, damit Betroffene ihre Rechte "
         "gegenüber Unternehmen einfach, schnell und kostengünstig durchsetzen können. Mit den Marktwächtern haben wir eine "
         "Art Frühwarnsystem geschaffen, um Missstände, die es gegenüber Verbraucherinnen und Verbrauchern gibt, zu "
         "erkennen und sie den Entscheidungsträgern zuzuführen. Und: Wir haben den Verbraucherorganisationen mehr Rechte "
         "gegeben, zum Beispiel durch die Ausweitung der Verbandsklage.")
VT_P3 = ("Und: Wir haben schon lange vor Bekanntwerden der VW-Problematik geprüft, ob es hier Handlungsbedarf gibt. Wir "
         "denken, dass eine Musterfeststellungsklage eine große Vereinfachung für unser Recht wäre. Ein Verband könnte dann "
         "gegen ein Unternehmen klagen, Richter würden den Sachverhalt feststellen. Kundinnen und Kunden, die vor dem "
         "gleichen Problem stehen, könnten sich in ein Register eintragen. Das Urteil zur Musterklage wäre dann die "
         "Grundlage für die gerichtliche Entscheidung zu jedem Einzelfall oder für Vergleiche. In der Praxis könnte man "
         "sich viele umfangreiche Prozesse sparen und es bestünde endlich mehr Augenhöhe zwischen Verbrauchern und "
         "Konzernen. Und: Mit einer Musterfeststellungsklage könnten zentrale Streitfragen zügig und einheitlich "
         "entschieden werden. Zahlreiche Parallelprozesse werden vermieden. Das hat ja nicht nur für die Verbraucher, "
         "sondern auch für die Unternehmen große Vorteile.“")

add(id="ho465-bmjv-2017-06-19-zitat-maas-deutscher-verbrauchertag",
    title=None,
    url="http://www.bmjv.de/SharedDocs/Zitate/DE/2017/06192017_Deutscher_Verbrauchertag.html;jsessionid="
        "3175E01783794703808174B0DCC77580.2_cid334",
    retrieved="same address, as stored with its session parameter (quotation page ('Zitat') of the Federal Ministry of "
              "Justice and Consumer Protection, 19 June 2017; the site name 'Bundesministerium der Justiz und für "
              "Verbraucherschutz' and the header caption 'Heiko Maas, Bundesminister der Justiz und für "
              "Verbraucherschutz' dropped as furniture (rules 14, 2450); the strip of screen-reader labels 'DokumenttypZitat "
              "| Datum19. Juni 2017 | Person Heiko Maas', which the stored copy runs into the teaser quotation, kept with it "
              "as the first line, so the text has no separate title (rules 18, 2450); the heading 'Heiko Maas zum Deutschen "
              "Verbrauchertag' kept as a line (rule 13); complete as stored, the last paragraph ending with the closing "
              "mark)",
    license=BMJ_DE,
    paras=[VT_L1, VT_H, VT_P1, VT_P2, VT_P3],
    # the teaser quotation is labelled by the page's own 'Person Heiko Maas' (rules 265, 2066, 2451); the statement under
    # the heading that names him opens in one paragraph, runs through an unmarked middle paragraph and closes in the third:
    # three spans, the middle one whole (rules 935, 1350, 2451)
    quotes=[(cut(VT_L1, "„Verbraucherschutz", "Verbandsklage.“"), MAAS),
            (VT_P1, MAAS),
            (VT_P2, MAAS),
            (VT_P3, MAAS)],
    aliases={MAAS: ["Heiko Maas"]})

# --- Federal Ministry of Justice (bmjv.de), news item of 15 March 2018: the ministry welcomes Katarina Barley ---

AU_T = "Headline Amtsübergabe BMJV begrüßt die neue Ministerin"
AU_P1 = ("Mit einer feierlichen Zeremonie im Repräsentationshof des Bundesministeriums der Justiz und für Verbraucherschutz "
         "wurde die neue Bundesministerin der Justiz und für Verbraucherschutz Dr. Katarina Barley am 15. März 2018 "
         "offiziell im Ministerium eingeführt. Gleichzeitig verabschiedete sich ihr Vorgänger Heiko Maas, der neu das "
         "Auswärtige Amt leitet, bei seinen bisherigen Mitarbeiterinnen und Mitarbeitern.")
AU_P2 = ("In ihrer Antrittsrede dankte Ministerin Dr. Barley ihrem Vorgänger Heiko Maas insbesondere für sein Engagement für "
         "eine moderne Rechtspolitik, die für beide immer auch Gesellschaftspolitik ist. Das Land verdanke Heiko Maas eine "
         "Reihe von Veränderungen, die ganz unmittelbar den Menschen dienen und in ihrem alltäglichen Leben nutzen.")
AU_P3 = ("Ministerin Dr. Barley kündigte an, sich neben der Rechtspolitik auch für den Verbraucherschutz stark zu machen, "
         "denn wie eine starke Justiz ist auch ein wirkungsvoller Verbraucherschutz vor allem eine Frage der "
         "Gerechtigkeit:")
AU_P4 = ("„Ich will - obwohl Juristin durch und durch - den Verbraucherschutz zu einem Schwerpunkt meiner zukünftigen Arbeit "
         "machen. Der Koalitionsvertrag hat im Bereich der Verbraucherpolitik viele Ziele definiert, die es nun zum Wohle "
         "der Bürgerinnen und Bürger rasch und engagiert anzugehen gilt. Ich denke hier vor allem auch an die Umsetzung der "
         "Musterfeststellungsklage, um Verbraucherinnen und Verbraucher in der Auseinandersetzung mit Großkonzernen zu "
         "stärken, die Gerichte zu entlasten und gleichzeitig auch den Unternehmen mehr Rechtssicherheit zu geben. Das "
         "wird sehr bald geschehen und darauf freue ich mich sehr!“")

add(id="ho465-bmjv-2018-03-15-amtsuebergabe-barley",
    title=AU_T,
    url="https://www.bmjv.de/SharedDocs/Artikel/DE/2018/031518_Amtsuebergabe.html",
    retrieved="same address (news item ('Artikel') of the Federal Ministry of Justice and Consumer Protection on the "
              "handover of 15 March 2018; the site name dropped (rule 2450); the line 'Headline Amtsübergabe BMJV begrüßt "
              "die neue Ministerin', in which the stored copy runs the screen-reader label and the kicker into the "
              "headline, kept as the title as stored (rules 18, 2450); the image text and caption 'Dr. Katarina Barley "
              "reicht Heiko Maas die Hand Feierliche Amtsübergabe im BMJV' between the first and second paragraphs and "
              "the trailing link label 'Zusatzinformationen' dropped (rules 14, 93, 2450); the published hyphens as dashes "
              "('Ich will - obwohl') kept (rule 20); complete as stored)",
    license=BMJ_DE,
    paras=[AU_P1, AU_P2, AU_P3, AU_P4],
    # the paragraph after the colon-ending report of her announcement is her statement (rules 9, 2065); her predecessor,
    # named three times, says nothing in marks; the office phrase 'Bundesministerin der Justiz und für Verbraucherschutz'
    # names the ministry and is no alias (rule 33), while 'Ministerin', which names only her, is (rule 44); the canonical
    # name drops the academic title (rule 2065)
    quotes=[(AU_P4, BARLEY)],
    aliases={BARLEY: ["Katarina Barley", "Dr. Katarina Barley", "Dr. Barley", "Ministerin Dr. Barley", "Ministerin"]})

# --- Deutsche Bundesbank, topic page of June 2016: announcement of the third cash symposium ---

BF_T = "Bargeld im Fokus"
BF_P1 = ("Das Thema Bargeld ist im Jahr 2016 ganz besonders in den Fokus der Medien gerückt: Während es manche als "
         "„geprägte Freiheit“ bezeichnen, sehen andere es bereits durch elektronische Zahlungsmethoden ersetzt. Die "
         "Deutsche Bundesbank bringt anlässlich ihres 3. Bargeldsymposiums am 13. Juni hochrangige Vertreter aus ganz "
         "verschiedenen Bereichen zusammen, die über das Thema diskutieren.")
BF_P2 = ("Jens Weidmann, Präsident der Deutschen Bundesbank, eröffnet das Symposium mit einer kurzen Ansprache. Danach hält "
         "Carl-Ludwig Thiele, Mitglied des Vorstands der Deutschen Bundesbank, eine Rede über die Bedeutung des Bargeldes "
         "in Deutschland.")
BF_P3 = ("Später spricht Hans-Jürgen Papier, ehemaliger Präsident des Bundesverfassungsgerichts über „Aktuelle "
         "Bargeldentwicklungen“. Volker Wieland, geschäftsführender Direktor des Institute for Monetary and Financial "
         "Stability an der Goethe-Universität Frankfurt, hält eine Rede zum Thema „Die Rolle von Bargeld in der Geldtheorie "
         "und Geldpolitik“. Neben dem Philosophen Richard David Precht (Redetitel: „Geld im Spiegel der Philosophie“) "
         "sprechen am Nachmittag auch Vertreter verschiedener Verbände. Darunter sind Michael Kemmer, "
         "Hauptgeschäftsführer des Vorstands des Bundesverbandes deutscher Banken e.V., und Josef Sanktjohanser, Präsident "
         "des Handelsverbands Deutschland. Philipp Otto, Chefredakteur der Zeitschrift für das gesamte Kreditwesen, "
         "moderiert das Symposium.")
BF_P4 = ("Die Veranstaltung findet im Hotel Steigenberger Frankfurter Hof (Am Kaiserplatz, Frankfurt am Main 60311; GPS "
         "Eingabe: Bethmannstraße 33) in Frankfurt am Main statt. Sie wird aufgezeichnet. Das Video wird auf der Webseite "
         "der Bundesbank verfügbar sein.")

add(id="ho465-bundesbank-themen-2016-06-bargeld-im-fokus-symposium",
    title=BF_T,
    url="https://bundesbank.de/de/aufgaben/themen/bargeld-im-fokus-664936",
    retrieved="same address (topic page of the Deutsche Bundesbank under 'Aufgaben > Themen' announcing its third cash "
              "symposium of 13 June 2016; the headline is the title (rule 18); complete as stored)",
    license=BUBA,
    paras=[BF_P1, BF_P2, BF_P3, BF_P4],
    # the label that unnamed 'manche' give cash is null (rules 24, 2048, 2453); the three talk titles after `spricht X über`,
    # `hält eine Rede zum Thema` and `(Redetitel: …)` are null although the named men will speak under them (rules 24, 2345,
    # 2453); the document has no speaker, and its nine names are distractors
    quotes=[("„geprägte Freiheit“", None),
            ("„Aktuelle Bargeldentwicklungen“", None),
            ("„Die Rolle von Bargeld in der Geldtheorie und Geldpolitik“", None),
            ("„Geld im Spiegel der Philosophie“", None)],
    aliases={})

# --- Deutsche Bundesbank, speech of April 2017 at the topping-out ceremony of the new Dortmund branch ---

RF_T = "Bau der neuen Bundesbank-Filiale in Dortmund – Festakt \"Richtfest\""
RF_P1 = ("ich freue mich in diesem Sinn, diesen wichtigen Meilenstein im Projekt \"Neue Filiale\" der Bundesbank mit Ihnen "
         "allen heute feiern zu können. Dies ist nach meiner Rede beim Reinoldimahl in Dortmund im Mai 2011, den "
         "Pressekonferenzen im Mai 2011 und April 2014 sowie dem ersten Spatenstich und der Grundsteinlegung bereits mein "
         "sechster offizieller Termin im Zusammenhang mit unserem Neubau hier in Dortmund. Es ist das erste Mal, dass ich "
         "hier nach Dortmund-Aplerbeck gereist bin und schon von weitem gesehen habe: Der Bau ist nicht mehr nur auf "
         "Bauplänen und in den Köpfen der vielen Projektmitarbeiterinnen und -mitarbeiter präsent. Sondern hier sind nun "
         "die Konturen der Gebäude deutlich zu erkennen. Und es erfüllt mich mit Freude, Herrn Raddatz, dem Polier, beim "
         "Richtspruch zuzuhören sowie dem Hochziehen des Richtkranzes beizuwohnen.")
RF_P2 = ("Diese Feier findet einen Tag vor der Einführung der neuen 50-Euro-Banknote statt. Ab morgen ist der vierte "
         "\"Neue\" im Umlauf, der seinen Vorgänger aus der Erstausgabe der Euro-Banknotenserie ablösen wird. Die "
         "50-Euro-Banknote ist mit einem Anteil von 46 Prozent bei der Stückzahl und 41 Prozent beim Wert die wichtigste "
         "Eurobanknote. 5.400 Tonnen wurden davon gedruckt und werden ab morgen grammweise in Umlauf gebracht.")

add(id="ho465-bundesbank-rede-2017-richtfest-filiale-dortmund",
    title=RF_T,
    url="https://bundesbank.de/de/presse/reden/bau-der-neuen-bundesbank-filiale-in-dortmund-festakt-richtfest--665316",
    retrieved="same address (speech published by the Deutsche Bundesbank under 'Presse > Reden' at the topping-out of the "
              "new Dortmund branch, held the day before the new 50-euro note was issued (4 April 2017, by its contents); the "
              "speaker is not named in the stored part; 'Es gilt das gesprochene Wort.', the numbered section headings "
              "'1 Einleitung' and '2 Neue 50-Euro-Banknote', the lines of the salutation (the third with its published "
              "', Lieber Johannes' and no final comma) and the four lines of the verse kept as lines of their own, as in "
              "the eighty-ninth set; the paragraph 'Die neuen Scheine ähneln zwar auf den ersten Blick denen aus der "
              "bisherigen Ser', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Sehr geehrter Herr Landesfinanzminister Dr. Norbert Walter-Borjans,",
           "sehr geehrter Herr Oberbürgermeister Ullrich Sierau,",
           "sehr geehrter Vorstandskollege Dr. Johannes Beermann, Lieber Johannes",
           "sehr geehrter Herr Architekt Bernhard Busch,",
           "sehr geehrte Frau Präsidentin Margarete Müller,",
           "meine sehr verehrten Damen und Herren,",
           "ein landläufiges Sprichwort sagt:",
           "die Feierstunde hat geschlagen,",
           "es ruhet die geübte Hand.",
           "Nach harten, arbeitsreichen Tagen",
           "grüßt stolz der Richtkranz nun ins Land.",
           RF_P1,
           "2 Neue 50-Euro-Banknote",
           RF_P2],
    # the ceremony's name in the headline, the project name and the speaker's nickname for the new note are null (rules
    # 24, 704); the saying introduced by `ein landläufiges Sprichwort sagt:` stands without marks and has no span (rule
    # 703); the persons addressed in the salutation and the foreman named in the speech say nothing
    quotes=[("\"Richtfest\"", None),
            ("\"Neue Filiale\"", None),
            ("\"Neue\"", None)],
    aliases={})
