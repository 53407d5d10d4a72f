# Three-hundred-and-eighty-third held-out German real-news set (tests/data/heldout383-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2055-2058). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, headline and two
# distinctive phrases of each text with grep -rliF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data; no hit for any of the five pages). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-third held-out set": five issues of the newsletter of the
# European Commission's Representation in Germany (licence EU) in the newsletter archive of ec.europa.eu/newsroom: four
# issues of 'EU-Aktuell – Die EU in Deutschland' of 2023 and early 2024 (sanctions and transport funding; military
# mobility; the Innovation Fund and the Hydrogen Bank; a German decarbonisation aid scheme) and one issue of 'EU-Nachrichten'
# of January 2024 (Davos and the European election year). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the newsletter furniture is dropped (rule 14),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
VALEAN = "Adina Vălean"
HOEKSTRA = "Wopke Hoekstra"
VESTAGER = "Margrethe Vestager"

AKTUELL_NOTE = ("stored issue of the Representation's newsletter 'EU-Aktuell'; the newsletter header lines 'Falls Sie diese "
                "E-Mail nicht lesen können, klicken Sie hier um zur Online-Version zu gelangen.' / 'European Commission Logo' "
                "/ 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'mehr' link line under each item dropped "
                "(rule 14), so the first item's headline is the title line; the stored copy gives no date line")

# --- Newsletter 'EU-Aktuell', issue of June 2023: sanctions package, transport projects ---

SANK_P1 = ("Die Präsidentin der Europäischen Kommission Ursula von der Leyen hat die politische Einigung der 27 Mitgliedstaaten "
           "auf ein weiteres Sanktionspaket gegen Russland begrüßt. Nach der entsprechenden Entscheidung auf Botschafter-Ebene "
           "(im sogenannten Coreper II) schrieb von der Leyen auf Twitter von einem „weiteren Schlag gegen Putins "
           "Kriegsmaschine“, mit verschärften Ausfuhrbeschränkungen gegen Unternehmen, die den Kreml unterstützen. Von der "
           "Leyen kündigte zudem bis zur Sommerpause einen Vorschlag zum Umgang mit beschlagnahmtem russischen "
           "Vermögenswerten an.")
SANK_P3 = ("Die EU-Kommission hat europaweit 107 Verkehrsinfrastrukturprojekte ausgewählt, die über 6 Milliarden Euro an "
           "EU-Finanzhilfen erhalten. 378 Millionen Euro gehen an deutsche Projekte. Das Geld stammt aus der Fazilität "
           "„Connecting Europe“ (CEF), dem EU-Instrument für strategische Investitionen in die Verkehrsinfrastruktur. "
           "Finanziert werden unter anderem der grenzüberschreitende Eisenbahnabschnitt zwischen Deutschland und den "
           "Niederlanden (Emmerich-Oberhausen) und die Installation des Europäischen Eisenbahnverkehrsleitsystem (ERTMS) in "
           "deutschen Zügen und Eisenbahnstrecken.")

add(id="ho383-eucom-nl-46313-sanktionen-verkehrsprojekte",
    title="Weitere Sanktionen gegen Russland, Unterstützung für die Ukraine",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/46313",
    retrieved="same address (" + AKTUELL_NOTE + "; issue of June 2023 (the sanctions package agreed by the ambassadors, "
              "the Connecting Europe selection): its first item and the headline and first paragraph of its second item; "
              "the second item's next paragraph 'Die für Verkehr zuständige EU-Kommissarin Adina Vălean erklärte: „Wir "
              "stellen 6,2 Milliarden Euro … Rumänien, Ungarn, Slowakei und Polen berei', cut off in the stored copy inside "
              "its quotation, dropped with the quotation (rules 15, 2057))",
    license=EU,
    paras=[SANK_P1,
           "Luftfahrt, Schienenverkehr und Schifffahrt: EU investiert 378 Millionen Euro in deutsche Verkehrsprojekte",
           SANK_P3],
    # a phrase she wrote on Twitter, quoted as a partial quote of her post (rules 3, 2056)
    quotes=[(cut(SANK_P1, "„weiteren", "Kriegsmaschine“"), VDL),
            # the name of the funding facility (rule 2)
            ("„Connecting Europe“", None)],
    aliases={VDL: ["Ursula von der Leyen", "Präsidentin der Europäischen Kommission Ursula von der Leyen",
                   "von der Leyen", "Von der Leyen"]})

# --- Newsletter 'EU-Aktuell', issue of 2023: military mobility projects ---

MOB_P1 = ("Die EU-Kommission beschleunigt die Finanzierung von 35 Projekten aus 17 Ländern im Bereich der militärischen "
          "Mobilität, um den Transport von Truppen und Ausrüstung entlang des transeuropäischen Verkehrsnetzes (TEN-V) zu "
          "verbessern. Dazu hat sie das Budget von 330 Millionen Euro auf 616 Millionen Euro aufgestockt. In Deutschland "
          "werden damit beispielsweise sechs Eisenbahnbrücken modernisiert und der Bau von zwei sogenannten "
          "Langsamfahrstellen für längere und schwerere Züge auf dem Nordsee-Ostsee-Korridor mitfinanziert. "
          "EU-Verkehrskommissarin Adina Vălean sagte dazu: „Ich freue mich, dass einige der Projekte in Deutschland, "
          "Rumänien und Polen direkt die Verbesserung der Infrastruktur auf den Solidarity Lanes, unseren Korridoren für die "
          "Ein- und Ausfuhren der Ukraine, betreffen.“")

add(id="ho383-eucom-nl-42821-militaerische-mobilitaet",
    title="EU unterstützt Ausbau der Infrastruktur für militärische Mobilität in Deutschland",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/42821",
    retrieved="same address (" + AKTUELL_NOTE + "; issue of 2023 (the top-up of the military-mobility budget): its first "
              "item; the second item 'InvestEU: German Bionic aus Augsburg erhält 15 Millionen Euro zur Weiterentwicklung "
              "von Robotikanzügen', whose only paragraph ('Körperliche Arbeit soll mit Hilfe „anziehbarer Roboter“ … "
              "EU-Wirtschaftskommissar Paolo Gentiloni sagte: „InvestEU … Diese Vereinb') is cut off in the stored copy, "
              "dropped with its headline (rules 15, 2057))",
    license=EU,
    paras=[MOB_P1],
    quotes=[(cut(MOB_P1, "„Ich freue", "betreffen.“"), VALEAN)],
    aliases={VALEAN: ["Adina Vălean", "EU-Verkehrskommissarin Adina Vălean"]})

# --- Newsletter 'EU-Aktuell', issue of November/December 2023: Innovation Fund, Hydrogen Bank ---

INNO_P2 = ("Klima-Kommissar Wopke Hoekstra sagte: „Der Innovationsfonds ist unser wichtigstes Instrument zur Unterstützung "
           "der europäischen Industrie beim Übergang zur Klimaneutralität. Tagtäglich werden in Europa immer mehr innovative "
           "Projekte angekündigt. Der Innovationsfonds sorgt dafür, dass die in Bezug auf Emissionsreduktionen und "
           "Skalierbarkeit vielversprechendsten Projekte verwirklicht werden.")

add(id="ho383-eucom-nl-49188-innovationsfonds-wasserstoffbank",
    title="EU-Innovationsfonds: 4 Mrd. Euro Förderung für Projekte zu Dekarbonisierungs-Technologien",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/49188",
    retrieved="same address (" + AKTUELL_NOTE + "; issue of late 2023 (the call of the Innovation Fund 2023, open until 9 "
              "April 2024, and the first auction of the European Hydrogen Bank, open until 8 February 2024): its first "
              "item and the headline and first paragraph of its second item; Hoekstra's quotation, opened with „ and not "
              "closed before the 'mehr' link line, kept as published (rules 20, 2055); the second item's next paragraph "
              "'Beim heutigen Start geht es darum, … Transparenz bei den Preisen zu', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EU,
    paras=["Die Europäische Kommission bittet um die Einreichung von Vorschlägen für den Innovationsfonds 2023. Mit einem "
           "Rekordbudget von 4 Milliarden Euro unterstützt der Fonds den Einsatz innovativer Dekarbonisierungs-Technologien. "
           "Das Geld stammt aus Einnahmen aus dem EU-Emissionshandel, Anträge auf Förderung können bis zum 9. April 2024 "
           "eingereicht werden.",
           INNO_P2,
           "Erste Auktion der Europäischen Wasserstoffbank: 800 Mio. Euro für Produktion von erneuerbarem Wasserstoff",
           "Bei der ersten Auktion der Europäischen Wasserstoffbank stehen 800 Millionen Euro für die Produktion von "
           "erneuerbarem Wasserstoff bereit. Die Hersteller von erneuerbarem Wasserstoff können sich um eine Förderung in "
           "Form einer festen Prämie pro Kilogramm produzierten Wasserstoffs bewerben. Die Prämie soll die Lücke schließen "
           "zwischen dem Produktionspreis und dem Preis, den die Verbraucher derzeit zu zahlen bereit sind - auf einem "
           "Markt, auf dem nicht-erneuerbarer Wasserstoff noch billiger zu produzieren ist. Bieter können sich bis zum 8. "
           "Februar 2024 über das EU-Finanzierungs- und Ausschreibungsportal bewerben. Die Fördermittel stammen aus den "
           "Einnahmen durch den Emissionshandel."],
    # opening mark without a closing mark before the item ends: from the mark to the paragraph end (rule 2055)
    quotes=[(cut(INNO_P2, "„Der Innovationsfonds", "verwirklicht werden."), HOEKSTRA)],
    aliases={HOEKSTRA: ["Wopke Hoekstra", "Klima-Kommissar Wopke Hoekstra"]})

# --- Newsletter 'EU-Aktuell', issue of early 2024: German aid scheme for decarbonising industrial processes ---

BEIH_P1 = ("Die Europäische Kommission hat eine mit 2,2 Milliarden Euro ausgestattete deutsche Beihilferegelung genehmigt. "
           "Sie soll die Investitionen in die Dekarbonisierung industrieller Produktionsprozesse fördern, um den Übergang zu "
           "einer klimaneutralen Wirtschaft im Einklang mit dem Industrieplan zum Grünen Deal zu unterstützen. Margrethe "
           "Vestager, Exekutiv-Vizepräsidentin, zuständig für Wettbewerbspolitik sagte dazu: „Dies wird dazu beitragen, den "
           "grünen Wandel zu beschleunigen. Die Maßnahmen wird Deutschland auch dabei unterstützen, im Einklang mit dem "
           "REPowerEU-Plan seine Abhängigkeit von importierten fossilen Brennstoffen schneller zu verringern, und gleichzeitig "
           "sicherstellen, dass etwaige Wettbewerbsverzerrungen auf ein Minimum beschränkt bleiben.“")

add(id="ho383-eucom-nl-52271-beihilfe-dekarbonisierung",
    title="Kommission genehmigt 2,2 Mrd. Euro deutsche Beihilfen zur Förderung der Dekarbonisierung industrieller Prozesse",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/52271",
    retrieved="same address (" + AKTUELL_NOTE + "; issue of early 2024 (after the amendment of the Temporary Crisis and "
              "Transition Framework of 20 November 2023): its first item; the second item 'Kommission zieht Bilanz zu "
              "Energiewende-Dialogen mit Industrie und Sozialpartnern', whose only paragraph ('In ihrer Rede zur Lage der "
              "Union 2023 … eine erste Bestandsaufnah') is cut off in the stored copy, dropped with its headline (rules 15, "
              "2057); the wording 'Die Maßnahmen wird Deutschland' kept as published)",
    license=EU,
    paras=[BEIH_P1,
           "Die Regelung wurde auf der Grundlage des von der Kommission am 9. März 2023 angenommenen und am 20. November "
           "2023 geänderten Befristeten Rahmens zur Krisenbewältigung und zur Gestaltung des Wandels genehmigt, um "
           "Maßnahmen in Bereichen zu fördern, die für die Beschleunigung des grünen Wandels und die Verringerung der "
           "Abhängigkeit von fossilen Brennstoffen von entscheidender Bedeutung sind."],
    quotes=[(cut(BEIH_P1, "„Dies wird", "beschränkt bleiben.“"), VESTAGER)],
    aliases={VESTAGER: ["Margrethe Vestager", "Exekutiv-Vizepräsidentin"]})

# --- Newsletter 'EU-Nachrichten', issue of January 2024: the first weekly issue, von der Leyen in Davos ---

NACH_NOTE = ("stored issue of the Representation's newsletter 'EU-Nachrichten – Die EU in Deutschland'; the e-mail line "
             "'Falls Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version zu gelangen .' and "
             "'European Commission Logo' dropped as furniture, the newsletter's name and subtitle 'EU-NACHRICHTEN' / 'DIE EU "
             "IN DEUTSCHLAND' are the first lines and the section names 'Editorial' and 'Highlights' lines of their own "
             "(as in the hundred-and-forty-second set, rules 18, 19, 100)")
NACH_P5 = ("Jeden Donnerstag versorgen wir Sie in diesem Newsletter mit den Highlights der Woche. Wir beleuchten, welche "
           "lokalen und regionalen Projekte von EU-Mitteln profitieren und was sich z.B. aus den Eurostat-Daten ablesen lässt "
           "(Stichwort „Europa in Zahlen“), das Ganze noch ergänzt mit Faktenchecks und Veranstaltungshinweisen. Feedback und "
           "Anregungen sind gerne willkommen.")
NACH_P9 = ("Beim Weltwirtschaftsforum in Davos hat Kommissionspräsidentin Ursula von der Leyen Antworten darauf gegeben. "
           "Unter anderem sagte sie, dass es unsere gemeinsame und dauerhafte Aufgabe ist, „unsere Demokratie zu stärken und "
           "sie vor Risiken und Eingriffen zu schützen. Wir müssen mehr denn je das Vertrauen wiederherstellen, und Europa ist "
           "bereit, hier eine Schlüsselrolle zu spielen.“ Die gesamte Rede ist hier verlinkt, eine zusammenfassende "
           "Pressemitteilung hier.")

add(id="ho383-eucom-nl-50480-europawahljahr-davos",
    title="EU-NACHRICHTEN",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/50480",
    retrieved="same address (" + NACH_NOTE + "; issue of January 2024 (the first weekly issue, the week of the World "
              "Economic Forum in Davos); the image text 'EU-Flagge weht vor dem Brandenburger Tor in Berlin' dropped as a "
              "caption (rule 19); the editorial kept with its salutation line and its lower-case continuation 'nach einem "
              "Testjahr …' as published; the stored copy ends with the sentence '… live zu verfolgen bei EbS.', kept as the "
              "last paragraph)",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Editorial",
           "Liebe Leserinnen, liebe Leser,",
           "nach einem Testjahr für unsere EU-Nachrichten im neuen, rein digitalen Kleid haben wir unser Angebot zum Start "
           "ins Europawahljahr 2024 weiterentwickelt. Künftig erhalten Sie die EU-Nachrichten nicht mehr im "
           "Zwei-Wochen-Rhythmus, sondern wöchentlich (und dafür insgesamt etwas schlanker).",
           NACH_P5,
           "Viele Grüße vom Presseteam der Vertretung der Europäischen Kommission in Berlin. Haben Sie noch eine schöne "
           "Woche!",
           "Highlights",
           "Ein Gedanke, der uns mit Blick auf die Europawahl am 9. Juni gerade sehr bewegt: Was ist uns unsere Demokratie "
           "wert, wie stehen wir für sie ein und was können wir gegen Desinformation und Polarisierung tun?",
           NACH_P9,
           "Ein dazu passender aktueller Termin heute Abend: Kommissionspräsidentin Ursula von der Leyen hält eine Rede bei "
           "der Verleihung des Hamburger Bürgerschaftspreises im Hamburger Rathaus. Die Veranstaltung beginnt um 18 Uhr, "
           "live zu verfolgen bei EbS."],
    # the newsletter's own rubric name (rules 2, 2058)
    quotes=[("„Europa in Zahlen“", None),
            # reported clause running into her own words in marks: hers (rules 3, 8)
            (cut(NACH_P9, "„unsere Demokratie", "zu spielen.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen"]})
