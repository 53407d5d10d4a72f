# Six-hundred-and-sixth held-out German real-news set (tests/data/heldout606-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3620-3623). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release path or presseportal release number,
# portal article number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-sixth held-out set": nine press releases of public bodies and one Swiss
# publisher: seven of the Bavarian State Ministry of the Interior, for Sport and Integration (StMI) on its own site (licence
# BAYSTMI: Joachim Herrmann at the new Polizeiinspektion 29 in Munich, December 2019; on the new building of the
# Polizeiinspektion Wasserburg am Inn, March 2020; at the fire-brigade house of Schillingsfürst, March 2023; at the 150th
# anniversary of the Freiwillige Feuerwehr Reimlingen, May 2025; his invitation to the press for the BR-Radltour, July 2013;
# the state secretary Sandro Kirchner at the vehicle blessing of the Freiwillige Feuerwehr Rupboden, July 2024, and at the
# 150th anniversary of the Freiwillige Feuerwehr Sandberg, April 2025), one of the Ministry of the Interior and Building of
# Mecklenburg-Vorpommern sent over ots and shown in its newsroom on presseportal.de (licence OTS_LAND_MINISTRY: Christian Pegel
# after the barn fire in Menkendorf, July 2025), and one release of the Swiss weekly Handelszeitung sent over the ots service
# of news aktuell (Schweiz) and shown unchanged by the finance portal finanznachrichten.de (licence OTS_CH_MEDIEN_FN, new: Martin
# Nydegger of Schweiz Tourismus on the campaign 'Win-back Europe', May 2019). Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the page furniture is dropped
# (rules 2261, 2320, 2731, 3291, 3620), and each retrieval note names what was dropped and how the wrapped copy was joined.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, OTS_LAND_MINISTRY, OTS_CH_MEDIEN_FN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


HERRMANN = "Joachim Herrmann"
KIRCHNER = "Sandro Kirchner"
PEGEL = "Christian Pegel"
NYDEGGER = "Martin Nydegger"

# --- StMI regional press release M151b/2019, 19 December 2019: Herrmann at the new Polizeiinspektion 29 ---

PI_T = "Herrmann bei der Einweihung des neuen Dienstgebäudes der Polizeiinspektion 29"
PI_SUB = ("Bayerns Innenminister Joachim Herrmann bei der Einweihung des neuen Dienstgebäudes der Polizeiinspektion 29 "
          "München/Forstenried: Optimale Arbeitsbedingungen dank moderner Ausstattung - Für Bürger sehr gut erreichbar")
PI_P1 = ("+++ Wegen eines Brandschadens musste der ursprüngliche Einweihungstermin Ende Juli 2019 verschoben werden, aber "
         "jetzt war es soweit: Im Beisein von Bayerns Innenminister Joachim Herrmann und dem Münchner Polizeipräsidenten "
         "Hubertus Andrä wurde heute die neue Polizeiinspektion 29 München/Forstenried (PI 29) feierlich eingeweiht. Den "
         "kirchlichen Segen erteilten Monsignore Andreas Simbeck und Kirchenrätin Hilda-Maria Schneider von der "
         "Polizeiseelsorge der Bayerischen Polizei. \"Das neue Inspektionsgebäude bietet den rund 90 Mitarbeiterinnen und "
         "Mitarbeitern optimale Arbeitsbedingungen\", betonte Herrmann in seiner Festrede. \"Die Polizistinnen und Polizisten "
         "können auf eine moderne Ausstattung setzen und haben ausreichend Platz.\" Außerdem sei die PI 29 an der "
         "Meglingerstraße für Bürgerinnen und Bürger sehr gut erreichbar. \"Das neue barrierefreie Gebäude ist für alle "
         "Belange der Polizei hervorragend geeignet\", fasste Herrmann zusammen. \"Das ist eine ausgezeichnete Investition in "
         "die Sicherheit unserer Bürgerinnen und Bürger.\" +++")
PI_P2 = ("Die PI 29 war ursprünglich in einem Mietobjekt an der Drygalski-Allee 33 untergebracht. \"Raumnot, eine in die "
         "Jahre gekommene Gebäudetechnik sowie die gestiegenen Anforderungen an den Dienstbetrieb machten eine Alternative "
         "erforderlich\", erklärte Herrmann und lobte: \"Der neue Vermieter hat die polizeispezifischen Umbauten zeitgerecht "
         "und zu unserer vollsten Zufriedenheit durchgeführt.\" Das Mietverhältnis ist nach Herrmanns Worten auf 15 Jahre "
         "angelegt.")

add(id="ho606-stmi-2019-12-19-herrmann-polizeiinspektion-29-forstenried",
    title=PI_T,
    url="https://innenministerium-bayern.de/med/pressemitteilungen/regional/2019/M151b/index.php",
    retrieved="same address (regional press release M151b/2019 of the StMI, 19 December 2019; the date line 'München, "
              "19.12.2019', a line of its own in the stored copy, dropped, the subtitle kept as a line (rule 2261); the "
              "teaser markers '+++' kept (rule 2260); the third paragraph ('Wie der Innenminister erläuterte, ist der Umzug "
              "der PI 29 … \"Durch die Ansiedlung einer Kriminalpol'), cut off inside a quotation in the stored copy, dropped "
              "with it (rule 15); the published 'soweit' kept (rule 20))",
    license=BAYSTMI,
    paras=[PI_SUB, PI_P1, PI_P2],
    # the quotations before `betonte Herrmann in seiner Festrede` and `fasste Herrmann zusammen` are his (rule 30), and each is
    # followed by a cue-less quotation that continues him (NOTES.md continuation); the Konjunktiv sentence between them
    # reports him without marks (rule 5); the quotation before `erklärte Herrmann und lobte:` and the colon quotation after it
    # are his, the one cue serving both (rules 9, 30); the police president Hubertus Andrä, who attended, and the two
    # chaplains who gave the blessing say nothing in marks; `Innenminister` names only him in the release (rule 44)
    quotes=[(cut(PI_P1, "\"Das neue Inspektionsgebäude", "Arbeitsbedingungen\""), HERRMANN),
            (cut(PI_P1, "\"Die Polizistinnen", "Platz.\""), HERRMANN),
            (cut(PI_P1, "\"Das neue barrierefreie", "geeignet\""), HERRMANN),
            (cut(PI_P1, "\"Das ist eine", "Bürger.\""), HERRMANN),
            (cut(PI_P2, "\"Raumnot", "erforderlich\""), HERRMANN),
            (cut(PI_P2, "\"Der neue Vermieter", "durchgeführt.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI regional press release M31/2020, 30 March 2020: Herrmann on the new Polizeiinspektion Wasserburg am Inn ---

WA_T = ("Herrmann kündigt Baubeginn an: Neubau der Polizeiinspektion Wasserburg am Inn - Modernes Gebäude für optimale "
        "Arbeitsbedingungen")
WA_SUB = ("Neubau der Polizeiinspektion Wasserburg am Inn - Bayerns Innenminister Joachim Herrmann kündigt Baubeginn an: "
          "Modernes Gebäude für optimale Arbeitsbedingungen - 6,4 Millionen Euro Baukosten - Fertigstellung Ende 2021")
WA_P1 = ("+++ Wie Bayerns Innenminister Joachim Herrmann heute bekanntgegeben hat, wird jetzt mit dem Neubau der "
         "Polizeiinspektion Wasserburg am Inn begonnen. \"Die rund 35 Mitarbeiterinnen und Mitarbeiter können sich auf ein "
         "hochmodernes Gebäude freuen, das optimale Arbeitsbedingungen bieten wird\", kündigte Herrmann an. \"Dafür "
         "investieren wir rund 6,4 Millionen Euro.\" Die kommenden Tage werde mit dem Aushub der Baugrube begonnen. Mit der "
         "Fertigstellung des neuen Dienstgebäudes rechnet der Innenminister bereits Ende 2021. Herrmann wünscht den "
         "Bauarbeiten einen erfolgreichen und unfallfreien Verlauf. +++")
WA_P2 = ("Wie Herrmann erläuterte, handelt es sich beim neuen Standort um ein vom Bezirk Oberbayern erworbenes Grundstück, "
         "das verkehrsgünstig im Stadtteil Burgau an der Münchner Straße liegt. Neben dem zweigeschossigen Hauptgebäude sind "
         "auf dem rund 3.700 Quadratmeter großen Grundstück auch Garagen und ein Polizeihof vorgesehen. \"Alles wird "
         "maßgeschneidert auf die Bedürfnisse der Polizei\", erklärte der Minister. Bislang ist die Polizeiinspektion am "
         "Kaspar-Aiblinger-Platz untergebracht. Das mehr als 100 Jahre alte Gebäude bezeichnete Herrmann als \"verbraucht "
         "sowie für die heutigen Bedürfnisse der Polizei unzweckmäßig und beengt\".")

add(id="ho606-stmi-2020-03-30-herrmann-polizeiinspektion-wasserburg",
    title=WA_T,
    url="https://innenministerium-bayern.de/med/pressemitteilungen/regional/2020/M31/index.php",
    retrieved="same address (regional press release M31/2020 of the StMI, 30 March 2020; the date line 'München, "
              "30.03.2020', a line of its own in the stored copy, dropped, the subtitle kept as a line (rule 2261); the "
              "teaser markers '+++' kept (rule 2260); the stored copy ends after the second paragraph, which is complete)",
    license=BAYSTMI,
    paras=[WA_SUB, WA_P1, WA_P2],
    # the quotation before `kündigte Herrmann an` and the cue-less one after it are his (rule 30, NOTES.md continuation); the
    # quotation before `erklärte der Minister`, after a sentence of the ministry's narration introduced by `Wie Herrmann
    # erläuterte`, is his (rules 30, 44); the partial quotation as the object of `bezeichnete Herrmann als` is his word (rule
    # 3), the full stop after the closing mark outside the span (rule 20); the Bezirk Oberbayern, which sold the plot, says
    # nothing; `Innenminister` and `Minister` name only him in the release (rule 44)
    quotes=[(cut(WA_P1, "\"Die rund 35", "bieten wird\""), HERRMANN),
            (cut(WA_P1, "\"Dafür", "Euro.\""), HERRMANN),
            (cut(WA_P2, "\"Alles", "Polizei\""), HERRMANN),
            (cut(WA_P2, "\"verbraucht", "beengt\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI regional press release M27/2023, 26 March 2023: Herrmann at the new fire-brigade house of Schillingsfürst ---

SF_T = ("Herrmann nimmt den Neubau des Feuerwehrgerätehauses und den Schulungs- und Proberaum der Stadtkapelle in "
        "Schillingsfürst in Betrieb")
SF_SUB = ("Bayerns Innenminister Joachim Herrmann nimmt den Neubau des Feuerwehrgerätehauses und den Schulungs- und "
          "Proberaum der Stadtkapelle in Schillingsfürst in Betrieb - Große Bedeutung des Ehrenamtes")
SF_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat heute das Feuerwehrgerätehaus und den Schulungs- und Proberaum der "
         "Stadtkapelle Schillingsfürst offiziell in Betrieb genommen. \"Das neue Feuerwehrgerätehaus bietet nun ideale "
         "Voraussetzungen, damit Sie unseren Bürgerinnen und Bürgern im Ernstfall bestens zur Seite stehen können\", sagte "
         "Herrmann an die Adresse der Feuerwehr. \"Außerdem freue ich mich, dass die Stadtkapelle Schillingsfürst dort einen "
         "eigenen Schulungs- und Proberaum bekommen hat.\" Der Freistaat unterstützt den hochmodernen Neubau mit 258.300 "
         "Euro. +++")
SF_P2 = ("Die Bayerische Staatsregierung setze alles daran, das Feuerwehrwesen in Bayern weiter voranzubringen und "
         "zukunftsweisende Akzente zu setzen. In den letzten fünf Jahren flossen für den Erwerb von Feuerwehrfahrzeugen und in "
         "die Errichtung von Feuerwehrgerätehäusern mehr als 244 Millionen Euro an Fördergeldern. Die Gemeinden des "
         "Landkreises Ansbach erhielten dabei mehr als 4,9 Millionen Euro.")
SF_P3 = ("Außerdem wurden in der zum 1. Januar 2022 angepassten Feuerwehrzuwendungsrichtlinie die Förderfestbeträge im "
         "Schnitt um zehn Prozent angehoben. Ziel sei eine deutliche Verbesserung der Ausstattung für den Einsatz. \"So fördern "
         "wir speziell auf die Belange kleiner Gemeinden abgestimmte Anschaffungen\", erläuterte der Minister.")
SF_P4 = ("Abschließend betonte Herrmann den unschätzbaren Wert des Ehrenamtes für die gesamte Gesellschaft: \"Meine Damen und "
         "Herren, ohne Ihr großartiges Engagement nützen die beste Ausrüstung und die besten Rahmenbedingungen nichts. Deshalb "
         "Ihnen allen ein herzliches Vergelt´s Gott.\"")

add(id="ho606-stmi-2023-03-26-herrmann-feuerwehrhaus-schillingsfuerst",
    title=SF_T,
    url="https://www.stmi.bayern.de/med/pressemitteilungen/regional/2023/M27/index.php",
    retrieved="same address (regional press release M27/2023 of the StMI, 26 March 2023; the date line 'München, "
              "26.03.2023', a line of its own in the stored copy, dropped, the subtitle kept as a line (rule 2261); the "
              "teaser markers '+++' kept (rule 2260); the published 'Vergelt´s' with an acute accent kept (rule 20); "
              "complete as stored)",
    license=BAYSTMI,
    paras=[SF_SUB, SF_P1, SF_P2, SF_P3, SF_P4],
    # the quotation before `sagte Herrmann an die Adresse der Feuerwehr` is his, the fire brigade being the addressee (rules
    # 12, 30), and the cue-less one after it continues him (NOTES.md continuation); the Konjunktiv sentences of the next two
    # paragraphs report the minister without marks (rule 5), and the quotation before `erläuterte der Minister` is his (rules
    # 30, 44); the colon quotation after `Abschließend betonte Herrmann …:` is his (rule 9); the Stadtkapelle and the
    # Staatsregierung say nothing; `Innenminister` and `Minister` name only him in the release (rule 44)
    quotes=[(cut(SF_P1, "\"Das neue", "können\""), HERRMANN),
            (cut(SF_P1, "\"Außerdem", "bekommen hat.\""), HERRMANN),
            (cut(SF_P3, "\"So fördern", "Anschaffungen\""), HERRMANN),
            (cut(SF_P4, "\"Meine Damen", "Gott.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI press release 148/2025, 4 May 2025: Herrmann at the 150th anniversary of the FF Reimlingen ---

RE_T = "Herrmann: \"Feuerwehren sind das Herz unserer bayerischen Gemeinden\""
RE_SUB = ("Bayerns Innenminister Joachim Herrmann gratuliert der Freiwilligen Feuerwehr Reimlingen zum 150-jährigen "
          "Jubiläum: \"Feuerwehren sind das Herz unserer bayerischen Gemeinden\" - Weitere große Investitionen für die "
          "Feuerwehren in Bayern geplant")
RE_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat sich heute anlässlich des 150-jährigen Jubiläums der Freiwilligen "
         "Feuerwehr Reimlingen in das Goldene Buch der Gemeinde Reimlingen eingetragen. Dabei betonte er: \"Die Feuerwehren "
         "sind das Herz unserer bayerischen Gemeinden. Hier finden Alt und Jung, Frauen und Männer, Alteingesessene, "
         "Zugezogene und Menschen mit Migrationshintergrund einen Platz. Sie können helfen und Teil des starken Teams sein.\" "
         "Die 76 aktiven Feuerwehrfrauen und -männer der Reimlingener Feuerwehr leisteten im letzten Jahr über 600 "
         "Einsatzstunden unentgeltlich und ehrenamtlich. \"Egal, ob bei der 'klassischen' Brandbekämpfung oder bei den "
         "zunehmend komplexen Einsätzen im technischen Hilfsdienst – die Freiwillige Feuerwehr Reimlingen erfüllt ihre "
         "Aufgaben vorbildlich\", bedankte sich Herrmann. +++")
RE_P2 = ("Der bayerische Innenminister hob die lange Tradition der Feuerwehren hervor: \"Im 19. Jahrhundert erkannten viele, "
         "dass Bürger sich zusammenschließen müssen, um Brände erfolgreich zu bekämpfen. Diese wichtige Erkenntnis führte zur "
         "Gründung der Freiwilligen Feuerwehren. Ich gratuliere allen Freiwilligen Feuerwehren, die in diesem Jahr ein "
         "Jubiläum feiern, herzlich.\"")

add(id="ho606-stmi-2025-05-04-herrmann-ff-reimlingen-150-jahre",
    title=RE_T,
    url="https://stmi.bayern.de/med/pressemitteilungen/pressearchiv/2025/148/index.php",
    retrieved="same address (press release 148/2025 of the StMI, 4 May 2025; the date line 'München, 04.05.2025', a line of "
              "its own in the stored copy, dropped, the subtitle kept as a line (rule 2261); the teaser markers '+++' kept "
              "(rule 2260); the third paragraph ('Herrmann erklärte weiter: \"Der Bayerischen Staatsregierung ist es wichtig, "
              "… \"Seit 2011 hat der Freistaat über 122 Millionen Euro investiert, und'), cut off inside a quotation in the "
              "stored copy, dropped with its two quotations (rule 15))",
    license=BAYSTMI,
    paras=[RE_SUB, RE_P1, RE_P2],
    # the headline quotation after the verbless label `Herrmann:` is his (rules 54, 2732), and so is the subtitle's after
    # `Bayerns Innenminister Joachim Herrmann gratuliert … zum 150-jährigen Jubiläum:` (rules 54, 107): both are statements,
    # whose words the body gives him at the start of his longer colon quotation after `Dabei betonte er:` (rules 8, 9); the
    # quotation before `bedankte sich Herrmann` is his (rule 30), the fire-brigade term in ASCII single marks nested in it
    # part of his span (rule 110; build.py does not check single marks, checked by eye); the colon quotation after `Der
    # bayerische Innenminister hob … hervor:` is his (rules 9, 44); the 76 members of the brigade and the Gemeinde Reimlingen
    # say nothing; `Innenminister` names only him in the release (rule 44)
    quotes=[(cut(RE_T, "\"Feuerwehren", "Gemeinden\""), HERRMANN, 0),
            (cut(RE_SUB, "\"Feuerwehren", "Gemeinden\""), HERRMANN, 1),
            (cut(RE_P1, "\"Die Feuerwehren", "Teams sein.\""), HERRMANN),
            (cut(RE_P1, "\"Egal", "vorbildlich\""), HERRMANN),
            (cut(RE_P2, "\"Im 19.", "herzlich.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI invitation 233/2013, 31 July 2013: Herrmann at the BR-Radltour, press conference in Cadolzburg ---

RT_T = "Einladung - BR Radltour"
RT_SUB = ("Bayerns Innenminister Joachim Herrmann fährt am 5. und 6. August bei der BR-Radltour mit - \"Sicherheit für "
          "Radfahrer weiter ausbauen\" - Pressekonferenz zur bayerischen Radverkehrspolitik in Cadolzburg - Einladung an die "
          "Presse")
RT_P1 = ("Bayerns Innenminister Joachim Herrmann fährt am 5. August von Plank-stetten bis Roth und am 6. August von "
         "Cadolzburg bis Erlangen bei der BR Radltour mit. Herrmann möchte dabei auch ein Zeichen für die Sicherheit im "
         "Radverkehr setzen: „Das aktuelle Verkehrssicherheitsprogramm 'Bayern mobil – sicher ans Ziel', mit dem wir bis 2020 "
         "die Unfallzahlen weiter reduzieren und insbesondere die Zahl der Verkehrstoten um 30 Prozent gegenüber dem Jahr "
         "2011 senken wollen, setzt daher vor allem auch bei der Sicherheit unserer Radlerinnen und Radler deutliche Akzente“, "
         "so Herrmann.")
RT_LINES = ["Der Innenminister wird anlässlich der BR-Radltour auf einer",
            "Pressekonferenz",
            "am Dienstag, den 6. August 2013 um 13.00 Uhr",
            "vor dem Rathaus Cadolzburg",
            "Rathausplatz 1",
            "die bayerische Radverkehrspolitik vorstellen und darüber informieren, wo Bayern für seine Radlfahrer im Rahmen "
            "des neuen Verkehrssicherheitsprogramms die Schwerpunkte setzt: Wo verstärkt Bayern die Aufklärungsarbeit in "
            "Sachen richtiges Verhalten beim Radfahren, wie können Radwege noch sicherer gemacht werden, wie kann die "
            "Radverkehrswegweisung noch verbessert werden?",
            "Darüber hinaus informiert Herrmann auch über das veränderte Fahrverhalten mit Pedelecs und E-Bikes im Vergleich "
            "zum herkömmlichen Drahtesel. Dazu demonstrieren Kolleginnen und Kollegen des Polizeipräsidiums Mittelfranken",
            "im Anschluss an die Pressekonferenz",
            "auf dem Platz vor dem Cadolzburger Rathaus",
            "an praktischen Beispielen, was bei den elektrounterstützten Fahrrädern besonders zu beachten ist.",
            "Die Vertreter der Medien sind herzlich eingeladen. Bitte Presseausweise bereithalten."]

add(id="ho606-stmi-2013-07-31-herrmann-einladung-br-radltour",
    title=RT_T,
    url="https://stmi.bayern.de./med/pressemitteilungen/pressearchiv/2013/233/index.php",
    retrieved="same address (invitation to the press 233/2013 of the StMI, 31 July 2013; the headline with its prefix "
              "'Einladung - ' is the title and the date line 'München, 31.07.2013', a line of its own in the stored copy, is "
              "dropped, the subtitle that ends '- Einladung an die Presse' kept as a line (rules 2261, 2320); the "
              "appointment lines that run on the sentences 'Der Innenminister wird … auf einer' and 'Dazu demonstrieren … "
              "des Polizeipräsidiums Mittelfranken' kept as lines as stored, each run of the copy's single and empty line "
              "breaks one line break (rules 2320, 3620); the published 'Plank-stetten', 'BR Radltour' beside 'BR-Radltour' "
              "and 'Radlfahrer' kept (rule 20); complete as stored)",
    license=BAYSTMI,
    paras=[RT_SUB, RT_P1] + RT_LINES,
    # the subtitle's marked phrase, set between dashes after the clause whose subject is Herrmann, is his statement, not a
    # name (rules 107, 2263 contrast), and the body's quotation closed by `so Herrmann` states the same aim in other words;
    # the quotation after `Herrmann möchte dabei auch ein Zeichen … setzen:` and before `so Herrmann` is his (rules 9, 30), the
    # programme's name in ASCII single marks nested in it part of his span (rule 110; checked by eye); the police of
    # Mittelfranken and the media are named without words; `Innenminister` names only him in the invitation (rule 44)
    quotes=[(cut(RT_SUB, "\"Sicherheit", "ausbauen\""), HERRMANN),
            (cut(RT_P1, "„Das aktuelle", "Akzente“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI regional press release S15/2024, 14 July 2024: Kirchner at the vehicle blessing of the FF Rupboden ---

RU_T = "Kirchner bei Fahrzeugweihe der Freiwilligen Feuerwehr Rupboden"
RU_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner bei Fahrzeugweihe der Freiwilligen Feuerwehr Rupboden - Für "
          "zukünftige Einsätze optimal gerüstet - Verleihung des Ehrenzeichens für langjährige Verdienste")
RU_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute bei der Fahrzeugweihe der Freiwilligen Feuerwehr "
         "Rupboden zu ihrem neuen Tragkraftspritzenfahrzeug Wasser gratuliert: \"Mit dem neuen Fahrzeug sind Sie in Zukunft "
         "für ihre verantwortungsvolle Aufgabe noch besser gerüstet.\" Außerdem ehrte der Staatssekretär verdiente "
         "Feuerwehrkameradinnen und -kameraden für ihren langjährigen Dienst mit dem staatlichen Feuerwehr-Ehrenzeichen. "
         "\"Egal ob Sie 25, 40 oder 50 Jahre aktiv bei der Feuerwehr sind: Sie sind Helfer in Not und immer fachkundig und "
         "mutig für Ihre Mitbürger im Einsatz. Vielen Dank!\" +++")
RU_P2 = ("Kirchner lobte das große Engagement der Freiwilligen Feuerwehr Rupboden: \"39 aktive Mitglieder engagieren sich "
         "hier ehrenamtlich und stellen sich ihren verantwortungsvollen Aufgaben in der klassischen Brandbekämpfung sowie den "
         "immer häufiger und komplexer werdenden Einsätzen im technischen Hilfsdienst.\" In ganz Bayern sorgen rund 320.000 "
         "ehrenamtliche Feuerwehrleute für die Sicherheit ihrer Mitbürgerinnen und Mitbürger. Gerade auch bei der jüngsten "
         "Hochwasserkatastrophe haben vor allem ehrenamtliche Helfer, auch von den Freiwilligen Feuerwehren, noch größeren "
         "Schaden für die Bevölkerung verhindert. \"Das zeigt eindrucksvoll: Bayern ist ein Ehrenamtsland!\"")

add(id="ho606-stmi-2024-07-14-kirchner-ff-rupboden-fahrzeugweihe",
    title=RU_T,
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2024/S15/index.php",
    retrieved="same address (regional press release S15/2024 of the StMI, 14 July 2024; the date line 'München, 14.07.2024', "
              "run into the subtitle without a space in the stored copy ('München, 14.07.2024Bayerns Innenstaatssekretär "
              "…'), dropped and the subtitle kept as a line from 'Bayerns' (rule 2261); the teaser markers '+++' kept (rule "
              "2260); the third paragraph ('Kirchner betonte, dass der Freistaat Bayern … \"Von 2019 bis 2023 wurden mehr "
              "als 232 Millionen Euro … über 47.000 Euro an staatlicher Förderun'), cut off inside a quotation in the stored "
              "copy, dropped with it (rule 15); the published lower-case 'für ihre verantwortungsvolle Aufgabe' beside 'Ihre "
              "Mitbürger' kept (rule 20))",
    license=BAYSTMI,
    paras=[RU_SUB, RU_P1, RU_P2],
    # the colon quotations after `… hat heute … zu ihrem neuen Tragkraftspritzenfahrzeug Wasser gratuliert:` and `Kirchner
    # lobte das große Engagement …:` are his (rule 9); the cue-less quotation after the indicative sentence `Außerdem ehrte der
    # Staatssekretär verdiente Feuerwehrkameradinnen …`, of which he is the subject, is his words to the honoured (rules 30,
    # 2262; NOTES.md continuation); the cue-less quotation that closes the release after two sentences of the ministry's
    # narration on the volunteers of Bavaria draws the lesson of that narration in his exclamatory voice and belongs to the
    # one speaker of the release (rules 2262, 3623); the honoured and the brigade say nothing; `Innenstaatssekretär` and
    # `Staatssekretär` name only him (rule 44)
    quotes=[(cut(RU_P1, "\"Mit dem", "gerüstet.\""), KIRCHNER),
            (cut(RU_P1, "\"Egal", "Dank!\""), KIRCHNER),
            (cut(RU_P2, "\"39", "Hilfsdienst.\""), KIRCHNER),
            (cut(RU_P2, "\"Das zeigt", "Ehrenamtsland!\""), KIRCHNER)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär", "Staatssekretär"]})

# --- StMI regional press release S4/2025, 5 April 2025: Kirchner at the 150th anniversary of the FF Sandberg ---

SB_T = "Kirchner beim Kommersabend zum 150-jährigen Jubiläum der Freiwilligen Feuerwehr Sandberg"
SB_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner beim Kommersabend zum 150-jährigen Jubiläum der Freiwilligen "
          "Feuerwehr Sandberg: Fachkundig und mutig für Menschen in Not - Starke Nachwuchsarbeit")
SB_P1 = ("+++ \"150 Jahre ist die Freiwillige Feuerwehr Sandberg ein Vorbild für solidarisches Engagement: Auf Sie, liebe "
         "Feuerwehrfrauen und -männer ist Verlass. Ob 'klassische' Brandbekämpfung, Brandschutz oder Einsätze im technischen "
         "Hilfsdienst: Immer sind Sie fachkundig und mutig zur Stelle, wenn Mitbürger Hilfe benötigen.\" Das sagte Bayerns "
         "Innenstaatssekretär Sandro Kirchner heute am Kommersabend anlässlich des 150-jährigen Jubiläums der Freiwilligen "
         "Feuerwehr Sandberg. Die Freiwillige Feuerwehr Sandberg zählt 56 aktive Mitglieder, die im vergangenen Jahr über 280 "
         "Einsatzstunden geleistet haben. Kirchner betonte die Verantwortung und den Mut der Feuerwehrleute, die sich in immer "
         "komplexer werdenden Einsätzen bewähren. \"Vielen Dank für Ihr wertvolles Engagement! Bayern braucht Menschen wie "
         "Sie!\" +++")
SB_P2 = ("Laut Innenstaatssekretär Kirchner ist eine intensive Nachwuchsgewinnung erforderlich, um die Zahl der "
         "Feuerwehrleute konstant zu halten. Jugend- und Kinderfeuerwehren seien dabei ein wichtiges Instrument der "
         "Nachwuchssicherung. In Bayern engagieren sich aktuell mehr als 51.000 Jugendliche in rund 5.200 Jugendgruppen. "
         "Kirchner lobte das Engagement der Freiwilligen Feuerwehr Sandberg in der Nachwuchsarbeit: \"19 "
         "Feuerwehranwärterinnen und -anwärter stellen einen erheblichen Teil ihrer Freizeit in den Dienst ihrer örtlichen "
         "Gemeinschaft. Die 32 Kinder der Kinderfeuerwehr können die Feuerwehr kennenlernen und neue Freunde finden. Es freut "
         "mich sehr, dass sich so viele junge Menschen für die Feuerwehr begeistern, denn wer Teil der Feuerwehr ist, ist Teil "
         "der Dorfgemeinschaft und des gemeinschaftlichen Lebens.\"")

add(id="ho606-stmi-2025-04-05-kirchner-ff-sandberg-150-jahre",
    title=SB_T,
    url="https://www.innenministerium.bayern.de/med/pressemitteilungen/regional/2025/S4/index.php",
    retrieved="same address (regional press release S4/2025 of the StMI, 5 April 2025; the date line 'München, 05.04.2025', "
              "run into the subtitle without a space in the stored copy, dropped and the subtitle kept as a line from "
              "'Bayerns' (rule 2261); the teaser markers '+++' kept (rule 2260); the third paragraph ('Die Bayerische "
              "Staatsregierung unterstützt die Fre'), cut off in the stored copy, dropped (rule 15); the published 'Auf Sie, "
              "liebe Feuerwehrfrauen und -männer ist Verlass' without a closing comma kept (rule 20))",
    license=BAYSTMI,
    paras=[SB_SUB, SB_P1, SB_P2],
    # the quotation that opens the teaser after the marker and is followed by the anaphoric cue sentence `Das sagte Bayerns
    # Innenstaatssekretär Sandro Kirchner heute …` is his (rules 97, 2260), the fire-brigade term in ASCII single marks nested
    # in it part of his span (rule 110; checked by eye); the cue-less quotation after the indicative sentence `Kirchner
    # betonte die Verantwortung und den Mut der Feuerwehrleute, …`, whose subject he is, is his (rules 30, 2262; NOTES.md
    # continuation); the colon quotation after `Kirchner lobte das Engagement …:` is his (rule 9); the sentence opened by
    # `Laut Innenstaatssekretär Kirchner` and the Konjunktiv sentence after it report him without marks (rule 5); the 56
    # members of the brigade say nothing; `Innenstaatssekretär` names only him (rule 44)
    quotes=[(cut(SB_P1, "\"150 Jahre", "benötigen.\""), KIRCHNER),
            (cut(SB_P1, "\"Vielen Dank", "Sie!\""), KIRCHNER),
            (cut(SB_P2, "\"19", "Lebens.\""), KIRCHNER)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]})

# --- IM-MV (presseportal.de, newsroom 108531), July 2025: Pegel after the barn fire in Menkendorf ---

MK_T = "IM-MV: Genesungswünsche und Dank nach Scheunenbrand in Menkendorf"
MK_DL = "Schwerin (ots)"
MK_P1 = ("Nach dem schweren Scheunenbrand in Menkendorf (Landkreis Ludwigslust-Parchim), bei dem am Montagabend ein "
         "Feuerwehrmann schwer verletzt wurde, hat sich Innenminister Christian Pegel mit Genesungswünschen an den "
         "Betroffenen gewandt:")
MK_P2 = ("\"Die Nachricht von dem verletzten Kameraden hat mich sehr bewegt. Ich wünsche ihm im Namen der Landesregierung "
         "und ganz persönlich eine schnelle und vollständige Genesung. Unsere Gedanken sind bei ihm, seiner Familie und seinen "
         "Kameradinnen und Kameraden.\"")
MK_P3 = ("Der Minister lobt das schnelle und engagierte Handeln der rund 60 Feuerwehrleute aus Menkendorf und den "
         "umliegenden Wehren. \"Alle Einsatzkräfte verdienen unseren größten Respekt. Sie leisten nicht nur im Notfall "
         "Außergewöhnliches, sondern stehen tagtäglich bereit - oft ehrenamtlich -, um Menschen, Tiere und Sachwerte zu "
         "schützen. Ihr Mut, ihre Entschlossenheit und ihr sind unverzichtbar für unser Miteinander\", so Christian Pegel und:")
MK_P4 = ("\"Gerade in Momenten wie diesen wird deutlich, wie wertvoll die Arbeit unserer Feuerwehren ist - und wie hoch der "
         "Preis manchmal sein kann. Dieser Einsatz war nicht nur körperlich fordernd, sondern auch emotional belastend. Dafür "
         "gebührt den Feuerwehrfrauen und -männern unsere volle Anerkennung und unser tief empfundener Dank.\"")
MK_P5 = "Bei dem Brand in Menkendorf war am Abend eine Scheune in Flammen aufgegangen."

add(id="ho606-ots-im-mv-2025-07-pegel-scheunenbrand-menkendorf",
    title=MK_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6086484",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, July 2025 by the crawl date; the day is not stated ('am Montagabend'); the crawl date prefix ' date "
              "2025-07' and the newsroom label 'Ministerium für Inneres und Bau Mecklenburg-Vorpommern' dropped (rules 2731, "
              "3320); headline and dateline 'Schwerin (ots)' as lines of their own as stored; the footer 'Original-Content "
              "von: Ministerium für Inneres und Bau Mecklenburg-Vorpommern, übermittelt durch news aktuell' dropped; the "
              "published 'Ihr Mut, ihre Entschlossenheit und ihr sind' with a word missing kept (rule 20); complete as "
              "stored)",
    license=OTS_LAND_MINISTRY,
    paras=[MK_DL, MK_P1, MK_P2, MK_P3, MK_P4, MK_P5],
    # the paragraph-long quotation after the lead that ends with its colon (`… hat sich Innenminister Christian Pegel mit
    # Genesungswünschen an den Betroffenen gewandt:`) is his message (rules 9, 28); the quotation after `Der Minister lobt …`
    # and before `so Christian Pegel und:` is his (rule 30), and the elliptic `und:` introduces his next quotation, a
    # paragraph of its own (rule 2801); the injured fireman, the 60 firemen and the Landesregierung say nothing;
    # `Innenminister` and `Minister` name only him (rule 44); `IM-MV` is no alias (rule 2732)
    quotes=[(MK_P2, PEGEL),
            (cut(MK_P3, "\"Alle", "Miteinander\""), PEGEL),
            (MK_P4, PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister", "Minister"]})

# --- finanznachrichten.de (ots), May 2019: the Handelszeitung on Martin Nydegger and 'Win-back Europe' ---

HZ_P1 = join("Zürich (ots) - Die Marketingorganisation Schweiz Tourismus plant",
             "eine Kampagne zur Rückgewinnung europäischer Touristen. Das schreibt",
             "die «Handelszeitung» in ihrer aktuellen Ausgabe. Die Aktion «Win-back",
             "Europe» konzentriere sich auf die vier Quellenmärkte Deutschland,",
             "Benelux, Frankreich und Grossbritannien. Dies sei nötig, weil die",
             "Zahl der europäischen Übernachtungen in den Schweizer Berggebieten",
             "seit 2008 um 43 Prozent zurückgegangen sei, sagt Martin Nydegger,",
             "Direktor von Schweiz Tourismus: «Die Aktion soll 2020 starten und",
             "mindestens zwei Jahre lang anhalten. Zu den Kosten für «Win-back",
             "Europe» sagt Nydegger: «Für die zwei Jahre rechnen wir mit 5,5",
             "Millionen Franken.»")
HZ_P2 = join("Nydegger erklärt im Gespräch mit der «Handelszeitung», warum er",
             "für Schweiz Tourismus für die nächsten vier Jahre 240 Millionen",
             "Franken Bundesgelder fordert: «Seit 2015 ist im Ausland, insbesondere",
             "in Asien, eine hohe Teuerung eingetreten, und die Digitalisierung ist",
             "viel anspruchsvoller und damit aufwändiger geworden.» Würden die",
             "Bundesmittel gekürzt, müssten Aktivitäten abgebaut werden: «Im Falle",
             "einer Kürzung gegenüber dem Beschluss von vor vier Jahren wäre ein",
             "Programm wie 'Win-back Europe' akut gefährdet, und wir müssten auch",
             "über Schliessungen von Niederlassungen im Ausland nachdenken.»")
HZ_P3 = join("Im Interview mit der «Handelszeitung» spricht Nydegger zudem über",
             "die Rolle von Roger Federer für die Schweiz, die Zusammenarbeit mit",
             "dem indischen Filmstar Ranveer Singh und erklärt, weshalb Schweiz",
             "Tourismus nicht mehr an der grossen Fachmesse World Travel Market in",
             "London teilnehmen wird.")

add(id="ho606-fn-2019-05-handelszeitung-nydegger-win-back-europe",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-05/46779277-media-service-schweiz-tourismus-bringt-programm-zur-"
        "rueckgewinnung-europaeischer-touristen-006.htm",
    retrieved="same address (release of the Swiss weekly Handelszeitung on an interview in its current issue, sent over ots "
              "by news aktuell (Schweiz) under the label 'Media Service' that the address slug keeps before the headline, and "
              "shown unchanged by finanznachrichten.de with the ots dateline, May 2019 by the address and the crawl date; the "
              "sender is inferred from the text, which reports what the paper writes and what Nydegger told it, as the stored "
              "copy shows no sender line (rule 3620); the crawl date prefix ' date 2019-05' dropped (rule 63); no headline in "
              "the copy, so no title line, and the dateline, followed by a space, stays run into the first paragraph (rule "
              "3291); each wrapped line of the copy is followed by one empty line and the paragraph breaks are three empty "
              "lines: the wrapped lines joined with one space, the triple empty lines kept as the paragraph breaks (rule "
              "3291); whatever followed the third paragraph is cut off in the stored copy, which ends after its full stop and "
              "the breaks; the published opening mark of Nydegger's first quotation without its closing mark kept (rules 20, "
              "3621); the Swiss spellings 'Grossbritannien', 'grossen', 'Schliessungen' kept)",
    license=OTS_CH_MEDIEN_FN,
    paras=[HZ_P1, HZ_P2, HZ_P3],
    # the paper's name in guillemets is null each time (rules 2, 12); the campaign's name «Win-back Europe» is null both times it
    # stands alone in guillemets (rules 24, 110), and inside Nydegger's last quotation, in ASCII single marks, it is part of
    # his span (rule 110; checked by eye); the colon quotation after `…, sagt Martin Nydegger, Direktor von Schweiz
    # Tourismus:` is published without its closing mark and ends with its own sentence before the narrator's `Zu den Kosten
    # für «Win-back Europe» sagt Nydegger:` (rule 3621); the colon quotations after `sagt Nydegger:` and `… warum er … fordert:`
    # are his (rule 9); the colon quotation after the Konjunktiv report `Würden die Bundesmittel gekürzt, müssten Aktivitäten
    # abgebaut werden:` continues his answer to the paper (rule 3622); Schweiz Tourismus, Roger Federer and Ranveer Singh
    # say nothing; `Direktor von Schweiz Tourismus` names his organisation and is no alias (rule 33)
    quotes=[("«Handelszeitung»", None, 0),
            ("«Win-back Europe»", None, 0),
            (cut(HZ_P1, "«Die Aktion", "lang anhalten."), NYDEGGER),
            ("«Win-back Europe»", None, 1),
            (cut(HZ_P1, "«Für die", "Franken.»"), NYDEGGER),
            ("«Handelszeitung»", None, 1),
            (cut(HZ_P2, "«Seit 2015", "geworden.»"), NYDEGGER),
            (cut(HZ_P2, "«Im Falle", "nachdenken.»"), NYDEGGER),
            ("«Handelszeitung»", None, 2)],
    aliases={NYDEGGER: ["Martin Nydegger", "Nydegger"]})
