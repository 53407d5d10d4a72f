# Sixty-sixth held-out German real-news set (tests/data/heldout66-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 470). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files), except where a document's note says otherwise. The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Sixty-sixth held-out set" of SOURCES.md (to be added by the main session): texts of the German
# Federal Government (news pages and a photo series of bundesregierung.de and bundeskanzlerin.de, 2022-2024). Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"

# --- bundesregierung.de / bundeskanzlerin.de: the Chancellor's visits ---

TESLA_P3 = ("Der neue Industriestandort „ist ein Zeichen dafür, dass wir auf den Fortschritt setzen müssen, der mit neuen "
            "Technologien einhergeht, weil das uns neue Arbeitsplätze schafft“, sagte der Kanzler in seiner Rede.")
TESLA_P4 = ("Denn „die Dinge, die wir heute schon können, werden uns keinen Wohlstand in 10, 20 oder 50 Jahren schaffen, "
            "sondern nur Dinge, die wir jetzt neu anfangen. Genau das ist das, was hier geschieht. Die Elektromobilität wird "
            "die Mobilität der Zukunft prägen, und das ist heute hier klar“.")
TESLA_P6 = ("Scholz zeigte sich von der Schnelligkeit der Fertigstellung beeindruckt – als Ansporn für zukünftige Projekte, "
            "„damit die Energietransformation, der Ausbau der modernen Technologien, so schnell vorankommen kann, wie es sein "
            "muss, wenn man in 20 oder 25 Jahren klimaneutral wirtschaften wird“.")

add(id="ho66-breg-2022-03-scholz-tesla-gruenheide",
    title="Fotoreihe",
    url="https://www.bundesregierung.de/breg-de/suche/tesla-fabrik-brandenburg-2018706",
    retrieved="same address (stored photo-series page of bundesregierung.de, March 2022; the page's first line 'Fotoreihe' "
              "kept as the title (rules 18, 470); the share-button lines ('- per E-Mail teilen, Bundeskanzler Scholz besucht "
              "Tesla-Werk in Grünheide', '- per Facebook teilen, …', 'Beitrag teilen', '- E-Mail per E-Mail teilen, …', "
              "'- Facebook …', '- Threema …', '- WhatsApp …', '- X per X teilen, …') dropped as furniture (rules 93, 470); "
              "the photo captions are the text and kept one line each as stored; the last line 'In dem Werk will der "
              "US-Hersteller später rund 12.000', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Grünheide, 22. März 2022: Die Spannung war groß bei der Eröffnung der ersten europäischen Fabrik des "
           "US-Elektroautobauers Tesla. Im ersten Halbjahr 2022 sollen hier bereits 30.000 Fahrzeuge vom „Model Y“ vom Band "
           "laufen.",
           "Zur Eröffnung nach gut zwei Jahren Bauzeit war neben Bundeskanzler Olaf Scholz auch Wirtschaftsminister Robert "
           "Habeck eingeladen.",
           TESLA_P3,
           TESLA_P4,
           "Auch Firmengründer Elon Musk kam in den Landkreis Oder-Spree zur feierlichen Einweihung. Musk wolle persönlich "
           "die 30 ersten gefertigten Teslas an die Kundinnen und Kunden übergeben.",
           TESLA_P6],
    quotes=[("„Model Y“", None),
            (cut(TESLA_P3, "„ist ein Zeichen", "Arbeitsplätze schafft“"), SCHOLZ),
            (cut(TESLA_P4, "„die Dinge", "heute hier klar“"), SCHOLZ),
            (cut(TESLA_P6, "„damit die", "wirtschaften wird“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Kanzler"]})

ELBE_P4 = ("Grund genug für Bundeskanzler Olaf Scholz, sich persönlich vor Ort einen Eindruck zu machen. Das Unternehmen sei ein "
           "Traditionsbetrieb, der schon sehr lange im Flugzeugbau aktiv sei, würdigte Scholz. Und dass hier das erste "
           "Passagierdüsenflugzeug Deutschlands gebaut wurde, sei „eine ganz besondere Tradition“.")
ELBE_P5 = ("Im Unternehmen arbeiten die Beschäftigten, darunter viele Ingenieure, daran, Flugzeuge von Personen- in "
           "Frachtflugzeuge umzubauen. Sie produzieren aber auch Teile für die Flugzeugindustrie. „Dabei geht es um Zukunft, "
           "sichere Arbeitsplätze und das, was wir für unser Land brauchen, damit wir zuversichtlich sein können, dass wir auch "
           "in zehn, zwanzig oder dreißig Jahren noch gute Arbeitsplätze haben werden“, so Scholz bei seinem Besuch.")

add(id="ho66-bkin-2024-02-scholz-elbe-flugzeugwerke",
    title="„Wir brauchen auch in 30 Jahren noch gute Arbeitsplätze“",
    url="http://www.bundeskanzlerin.de/breg-de/themen/erinnern-und-gedenken/kanzler-elbe-flugzeuwerke-2262846",
    retrieved="same address (stored news page of February 2024 on the bundeskanzlerin.de host of the bundesregierung.de "
              "system; the headline is the page's first line and, with no kicker line after the navigation, kept as the "
              "title (rules 18, 150); the navigation list ('Bundesregierung ⏐ Startseite', 'Erinnern und Gedenken', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service'), the image "
              "text 'Bundeskanzler Olaf Scholz beim Besuch der Elbe Flugzeugwerke.', the caption 'Kanzler Scholz bei Elbe "
              "Flugzeugwerke: Die Unternehmensgruppe beschäftigt aktuell etwa 2000 Mitarbeiterinnnen und Mitarbeiter.' and the "
              "credit 'Foto: Bundesregierung/Bergmann' dropped (rule 93); the quoted subheading kept as a line of its own; the "
              "subheading 'Qualifikation der Beschäftigten entscheidend' and the paragraph after it ('Gut qualifizierte "
              "Arbeitnehmerinnen und Arbeitnehmer seien das Wichtigste. … dass in den Betrieben ausg'), cut off in the stored "
              "copy, dropped (rule 15). Not wholly blind: the headline, with the teaser 'Bundeskanzler Scholz hat bei seinem "
              "Besuch der Elbe Flugzeugwerke in Dresden die Bedeutung von Aus- und Weiterbildung hervorgehoben …', is a feed "
              "item of the twenty-ninth set (heldout29_articles.py, the Chancellery feed as reposted); the page's body is in no "
              "set)",
    license=BREG,
    paras=["Viele denken beim Bau von modernen Verkehrsflugzeugen möglicherweise an Hamburg. Dabei rollte das erste "
           "Passagierdüsenflugzeug Deutschlands in Dresden aus der Werkshalle. Die Elbe Flugzeugwerke stellen eines der "
           "wichtigsten, sächsischen Luftfahrtcluster in Ostdeutschland dar – neben dem Flughafen Halle-Leipzig und den in "
           "der Nähe liegenden Betrieben. Zugleich sind die Elbe Flugzeugwerke ein großer und bedeutender Arbeitgeber – und "
           "beschäftigen aktuell als Unternehmensgruppe etwa 2.000 Beschäftigte.",
           "„Eine ganz besondere Tradition“",
           ELBE_P4,
           ELBE_P5],
    quotes=[("„Wir brauchen auch in 30 Jahren noch gute Arbeitsplätze“", SCHOLZ),
            ("„Eine ganz besondere Tradition“", SCHOLZ),
            ("„eine ganz besondere Tradition“", SCHOLZ),
            (cut(ELBE_P5, "„Dabei geht", "haben werden“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz"]})

add(id="ho66-breg-2024-08-scholz-tsmc-dresden",
    title="„Halbleiter sind der Treibstoff des 21. Jahrhunderts“",
    url="https://www.bundesregierung.de/breg-de/aktuelles/rede-scholz-dresden-tsmc-2303520",
    retrieved="same address (stored news page of bundesregierung.de, August 2024; the headline is the page's first line and, "
              "with no kicker line after the navigation, kept as the title (rules 18, 150); the navigation list "
              "('Bundesregierung | Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', "
              "'Mediathek', 'Service'), the image text and caption 'Bundeskanzler Scholz gemeinsam mit dem Vorstandsvorsitzenden "
              "von TSMC, C. C. Wei.' (twice) and the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the bullet items "
              "of 'Das Wichtigste im Überblick:' kept as lines of their own without the bullets; the last bullet ('Bis 2030 "
              "soll ein Fünftel der weltweiten Halbleiterproduktion in Europa stattfinden. … einen entscheidenden Beitrag z'), "
              "cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzler Scholz hat das Gelände der zukünftigen TSMC-Fabrik in Dresden besucht. Der taiwanesische "
           "Halbleiterhersteller TSMC will sich mit einer Milliardeninvestition am Aufbau einer Chipproduktion in Dresden "
           "engagieren.",
           "Das Wichtigste im Überblick:",
           "Halbleiter sind der Treibstoff des 21. Jahrhunderts. Daher ist es eine gute Nachricht, dass TSMC und seine "
           "europäischen Partner mit dem European Chips Act die nötigen Anreize haben, in Deutschland zu investieren. Die in "
           "Dresden gefertigten Chips helfen mit, gute Arbeitsplätze zu sichern und zu schaffen. Sie machen die deutsche "
           "Wirtschaft widerstandsfähiger – vom Großkonzern bis zum Mittelstand.",
           "Mit TSMC kommt ein echter Pionier nach Dresden, den Ort der europäischen Chip-Industrie. Denn: Mehr als 80.000 "
           "Beschäftigte in und um Dresden sind jetzt schon in der Mikroelektronik- und IT-Branche tätig.",
           "Generell ist der Industriestandort Ostdeutschland ein hochinnovativer Impulsgeber. Das zeigen unter anderem die "
           "Milliardeninvestitionen in Sachsen und Sachsen-Anhalt: von Bosch, Infineon, NXP – und natürlich von TSMC.",
           "Insbesondere für nachhaltige Zukunftstechnologien sind Halbleiter wichtig. Um nicht abhängig von anderen "
           "Weltregionen zu sein, ist es daher wegweisend, dass sich Chip-Fabriken in Deutschland und Europa ansiedeln und die "
           "Halbleiter-Kapazitäten wachsen."],
    quotes=[("„Halbleiter sind der Treibstoff des 21. Jahrhunderts“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz"]})
