# Seventy-first held-out German real-news set (tests/data/heldout71-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 520). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the names and a distinctive phrase of each text against all modules, SOURCES
# files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see the section "Seventy-first held-out set" of SOURCES.md (to be added by the main session): one article of
# Global Voices auf Deutsch (its older address de.globalvoicesonline.org; CC BY 3.0, licences.GV) and the mobile main page of
# German Wikinews (de.m.wikinews.org, state of September 2017; CC BY 2.5, licences.WN). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Global Voices auf Deutsch: article pages ---

add(id="ho71-gv-2012-02-venezuela-bewaffnete-kinder",
    title="Venezuela: Fotos bewaffneter Kinder entfachen Onlinedebatten",
    url="https://de.globalvoicesonline.org/?p=6330",
    retrieved="same address (stored article page of Global Voices auf Deutsch, February 2012; the headline is the title "
              "(rule 18); the image text 'Bild von Eduardo Ponte @acaballoregalao auf yfrog', shown twice, dropped (rule 93); "
              "the language tags '[es]', '[en]' kept as published (rule 20); Carlos Díaz's block quote in Spanish and its "
              "German translation, both set without marks, kept as lines of their own and not annotated (rule 23); the block "
              "quote after the cue line on Ludmilla Vinogradoff, cut off in the stored copy after its first letter 'E', "
              "dropped (rule 15), the cue line kept (rule 443))",
    license=GV,
    paras=["Die sozialen Netzwerke Venezuelas explodierten mit Reaktionen, nachdem Fotos viral wurden, die eine Gruppe Kinder "
           "zeigen, die mit Gewehren bewaffnet [es] in einer von Caracas repräsentativsten Nachbarschaften, dem Barrio 23 de "
           "Enero, posierten. Die Fotos, die von dem Kollektiv “La Piedrita” gemacht und auf ihrer Facebookseite [es] "
           "veröffentlicht wurden, verbreiteten sich schnell und haben eine Vielzahl an Reaktionen hervorgerufen, von denen "
           "die meisten negativ waren.",
           "In seinem Beitrag “En Venezuela Intentamos Construir Paz” (In Venezuela versuchen wir Frieden zu stiften) [es] "
           "teilt Carlos Díaz andere Links, die dabei helfen, die Geschichte in ihrem Kontext zu sehen, und fügt hinzu:",
           "Un grupo de niños de una parroquia caraqueña fue usado para un acto político, portando armas de guerra y violando "
           "más de una ley bajo la mirada complaciente de autoridades y cuerpos de seguridad. Más allá de la obvia desviación "
           "ideológica-religiosa en las paredes, se cometieron hechos punibles con un grupo de niños. El Gobierno hoy manifestó "
           "su rechazo, pero es una medida estética en tanto permita su impunidad.",
           "Eine Gruppe von Kindern aus einer Pfarrkirche in Caracas wurde für eine politische Handlung benutzt, indem sie "
           "fotografiert wurden, wie sie Kriegswaffen trugen [es], und unter den Augen der Obrigkeit und "
           "Sicherheitsbeauftragten [es] gegen mehr als ein Gesetz verstießen. Abgesehen von der offensichtlichen "
           "ideologisch-religiösen Botschaft [en] wurden sträfliche Handlungen mit einer Gruppe von Kindern verübt. Die "
           "Regierung brachte ihre Kritik heute zum Ausdruck [es], doch so lange diese Taten ungestraft bleiben, ist dies nur "
           "eine ästhetische Maßnahme.",
           "In der Zwischenzeit kommentiert Ludmilla Vinogradoff in ihrem Beitrag “Los Niños de la Revolución” (die Kinder "
           "der Revolution) [es]:"],
    quotes=[("“La Piedrita”", None),
            ("“En Venezuela Intentamos Construir Paz”", None),
            ("“Los Niños de la Revolución”", None)],
    aliases={})

# --- German Wikinews: the mobile main page ---

add(id="ho71-wn-2017-09-hauptseite-mobil",
    title="",
    url="https://de.m.wikinews.org/wiki/Hauptseite",
    retrieved="same address (stored mobile main page of German Wikinews, state of 24 September 2017; the menu line "
              "'Hauptmenü öffnen' and the site name 'Wikinews β' dropped as furniture, so there is no title line (rules 18, "
              "19, 32); the image file names ('Kim Jong-Un Photorealistic-Sketch.jpg', 'Street race - panoramio.jpg', "
              "'Borgward BX7 001 China 2017-04-05.jpg') and the separator logos 'Wikinews-logo.svg' dropped (rules 14, 19); "
              "the date lines and teasers as the page shows them, the published slips ('Künftig müssen Sie', 'in "
              "zunehmenden Maße') kept (rule 20); the date line 'Freitag, 22. September 2017' and the teaser 'Das Sammeln "
              "leerer Pfandflaschen … Dass sich hieraus auch strafrechtli', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Sonntag, 24. September 2017",
           "Medienberichten zufolge eskaliert gegenwärtig der Streit zwischen dem kommunistischen Nordkorea und den USA. Nun "
           "gelten auch die Reaktionen des US-Präsidenten Donald Trump als Risiko in der Angelegenheit. Der Streit zwischen "
           "den beiden Ländern spielt sich auf einem geistig denkbar niedrigen Niveau ab, das Diplomaten erschaudern lässt. "
           "Trumps Vorgänger war bereits im Jahre 2014 rassistisch von der staatlichen nordkoreanischen Nachrichtenagentur "
           "KCNA angegriffen worden. Die Atomtests von Nordkorea bringen eine zusätzliche Brisanz in die "
           "Auseinandersetzungen.",
           "Samstag, 23. September 2017",
           "Bis vor kurzer Zeit drohten sogenannten „Rasern“ nur Bußgelder und der einmonatige Entzug des Führerscheins. "
           "Künftig müssen Sie auch mit Geldstrafen und mehrjährigem Freiheitsentzug rechnen. Ein entsprechendes Gesetz "
           "passierte gestern den Bundesrat.",
           "Der chinesische PKW-Hersteller Borgward musste im August 2017 erneut einen Absatzeinbruch hinnehmen, und damit "
           "den Zweiten in Folge, seit Juli. Die Verkaufszahlen sind im August um 40 % zum Vorjahr, auf nur noch 3.009 "
           "abgesetzte Fahrzeuge, zurückgegangen. Besonders ernüchternd sind diese Zahlen vor dem Hintergrund, dass das "
           "SUV-Segment, in welchem alle Borgward-Modelle angesiedelt sind, um 17,1 % gewachsen ist und darüber hinaus das "
           "große, margenstarke BX7-Modell 60% zum Vorjahr verliert. Die Marke hat in zunehmenden Maße damit zu kämpfen, auf "
           "ihrem Heimatmarkt bestehen zu können, so liegt sie nur noch auf Platz 56 von insgesamt 77 Marken auf dem "
           "chinesischen Markt."],
    quotes=[("„Rasern“", None)],
    aliases={})
