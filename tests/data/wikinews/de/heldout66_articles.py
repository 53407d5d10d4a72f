# Sixty-sixth held-out German real-news set (tests/data/heldout66-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 470). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files), except where a document's note says otherwise. The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Sixty-sixth held-out set" of SOURCES.md: texts of the German Federal Government (news and archive
# pages and a photo series of bundesregierung.de and bundeskanzlerin.de, 2017-2024; licence BREG) and of the Federal
# Government Commissioner for Migration, Refugees and Integration (integrationsbeauftragte.de, 2018; licence
# BREG_COMMISSIONER). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_COMMISSIONER  # noqa: E402
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

# --- integrationsbeauftragte.de: news pages of the Federal Government Commissioner for Migration, Refugees and Integration ---

WIDMANN_MAUZ = "Annette Widmann-Mauz"
MERKEL = "Angela Merkel"

TDOT_P4 = ("Annette Widmann-Mauz nahm sich viel Zeit für alle interessierten Gäste und Projekte. Mit der Initiative "
           "#Meinwanderungsland sammelte DOMiD e.V. Geschichten der Migrationsgesellschaft in Deutschland. „Es ist "
           "#Meinwanderungsland, weil Vielfalt unser Land stark macht!“ so die Integrationsbeauftragte. Danach machte die "
           "Integrationsbeauftragte eine Zeitreise im virtuellen Migrationsmuseum des Vereins. Per Virtual Reality-Brille "
           "konnten die Besucherinnen und Besucher hier interaktiv alles über die Geschichte der Migration in Deutschland seit "
           "1945 erfahren.")

add(id="ho66-ib-2018-08-tag-der-offenen-tuer",
    title="Tag der offenen Tür der Bundesregierung 2018",
    url="https://www.integrationsbeauftragte.de/ib-de/amt-und-person/amt-und-aufgaben/tag-der-offenen-tuer-der-bundesregierung-2018-1506542",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, August 2018; the site name "
              "'Integrationsbeauftragte' and the kicker line '\"Hallo Politik\"' above the headline dropped (rules 352, 440, "
              "473); the headline is the title and the teaser line 'Viele Besucher konnten …' kept as a line of its own (rule "
              "18); the image texts 'Integrationsbeauftragte beim Integrationsquiz' (three times) and 'Beim Projekt No Hate "
              "Staatsministerin Widmann-Mauz, DFB-Integrationsbeauftragter Cacau und No Hate Speech …' (twice) with their "
              "credits 'Quelle: Integrationsbeauftragte / Franquesa' dropped (rule 93); the subheadings kept as lines of their "
              "own; the subheading '„Respekt zeigen, statt Hass verbreiten“' and the paragraph after it ('Die Neuen Deutschen "
              "Medienmacher setzen mit der Internationalen Kampagne „No Hate Speech“ … Staatsminis'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Viele Besucher konnten die Integrationsbeauftragte Staatsministerin Widmann-Mauz am Wochenende persönlich "
           "kennenlernen.",
           "Mehr als 130.000 Bürgerinnen und Bürger besuchten am Wochenende den Tag der offenen Tür der Bundesregierung. Zum "
           "20. Mal öffneten das Bundeskanzleramt, die 14 beteiligten Ministerien und das Bundespresseamt dieses Jahr ihre "
           "Türen.",
           "Mehr erfahren über Integration, Migration und Zivilcourage",
           "Am Stand der Integrationsbeauftragten im Kanzlergarten konnten die Besucherinnen und Besucher viel über "
           "Integration, Migration und Zivilcourage erfahren. Und Staatsministerin Annette Widmann-Mauz persönlich beim Quiz "
           "über Integration kennenlernen.",
           "Widmann-Mauz: „… weil Vielfalt unser Land stark macht!“",
           TDOT_P4],
    quotes=[("„… weil Vielfalt unser Land stark macht!“", WIDMANN_MAUZ),
            (cut(TDOT_P4, "„Es ist", "stark macht!“"), WIDMANN_MAUZ)],
    aliases={WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Staatsministerin Annette Widmann-Mauz", "Widmann-Mauz",
                            "Staatsministerin Widmann-Mauz", "Integrationsbeauftragte"]})

IB40_P3 = ("Wenn sich die ehemaligen Integrationsbeauftragten erinnern, wird es lustig, ernst und traurig. Aber vor allem: "
           "bewegend. Zur 40-Jahr-Feier kamen die ehemaligen Beauftragten Almuth Berger, Cornelia Schmalz-Jacobsen, Marieluise "
           "Beck, Maria Böhmer und Aydan Özoguz. Sie blickten im Podiumsgespräch auf die vergangenen Jahre und richteten mit der "
           "amtierenden Integrationsbeauftragten, Staatsministerin Annette Widmann-Mauz, den Blick in die Zukunft. "
           "Bundeskanzlerin Angela Merkel würdigte in ihrer Rede das Amt der Beauftragten. Die Politik habe sehr lange "
           "gebraucht, um Deutschland als Einwanderungsland zu betrachten. Heute sei Integration eine Querschnittsaufgabe, "
           "betonte die Bundeskanzlerin: \"Integration ist Arbeitsbeschreibung für jeden Minister und jede Ministerin und für "
           "die Bundeskanzlerin.\"")
IB40_P5 = ("„Wir alle sind Deutschland“, sagte Staatsministerin Widmann-Mauz. „Jede und jeder Vierte in unserem Land hat eine "
           "familiäre Einwanderungsgeschichte. Es ist in unserem eigenen Interesse, diese Vielfalt als Wert zu begreifen und "
           "als Chance zu nutzen.“")

add(id="ho66-ib-2018-12-40-jahre-integrationsbeauftragte",
    title="Wir alle sind Deutschland",
    url="https://www.integrationsbeauftragte.de/ib-de/amt-und-person/amt-und-aufgaben/wir-alle-sind-deutschland-1560406",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, December 2018; the site name "
              "'Integrationsbeauftragte' and the kicker line '40 Jahre Integrationsbeauftragte' above the headline dropped "
              "(rules 352, 440); the headline is the title and the teaser paragraph 'Seit 40 Jahren gibt es das Amt …' kept "
              "as a line of its own (rule 18); the image text '40 Jahre Integrationsbeauftragte Die Beauftragte der "
              "Bundesregierung für Migration, Flüchtlinge und Integration Staatsministerin Annette Widmann-Mauz' and the "
              "credit 'Quelle: Integrationsbeauftragte / Eckel' dropped (rule 93); the published mixed marks (ASCII \"…\" for "
              "the Chancellor, „…“ for the Commissioner) kept (rule 21); the subheading 'Gemeinsam Erreichtes nicht vergessen' "
              "and the paragraph after it ('Staatsministerin Widmann-Mauz betonte, dass Einwanderung … „70 Jahre nach den "
              "Arbeiten am Grundgesetz können wir heute in Frie'), cut off in the stored copy, dropped with its unclosed "
              "quotation (rule 15). The heldout63 module names this page only as a dropped teaser of another page; its text is "
              "in no set)",
    license=BREG_COMMISSIONER,
    paras=["Seit 40 Jahren gibt es das Amt der Beauftragten der Bundesregierung für Migration, Flüchtlinge und Integration. Am "
           "Amtsjubiläum mit Bundeskanzlerin Angela Merkel und Staatsministerin Annette Widmann-Mauz nahmen rund 1000 Gäste "
           "aus Politik, Wissenschaft, Wirtschaft, Medien und Verbänden teil.",
           IB40_P3,
           "Vielfalt als Wert",
           IB40_P5],
    quotes=[(cut(IB40_P3, "\"Integration ist", "Bundeskanzlerin.\""), MERKEL),
            ("„Wir alle sind Deutschland“", WIDMANN_MAUZ),
            (cut(IB40_P5, "„Jede und", "zu nutzen.“"), WIDMANN_MAUZ)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin"],
             WIDMANN_MAUZ: ["Annette Widmann-Mauz", "Staatsministerin Annette Widmann-Mauz", "Widmann-Mauz",
                            "Staatsministerin Widmann-Mauz"]})

TDOT_PRE_P7 = ("Wer online auf Instagram oder Facebook Haltung zeigen möchte, kann mit den Neuen Deutschen Medienmachern Fotos mit "
               "Requisiten der No-Hate-Speech-Kampagne machen und klar stellen: „Hass ist keine Meinung“.")

add(id="ho66-ib-2018-08-tag-der-offenen-tuer-vorschau",
    title="Tag der offenen Tür der Bundesregierung 2018",
    url="https://www.integrationsbeauftragte.de/ib-de/amt-und-person/amt-und-aufgaben/tag-der-offenen-tuer-der-bundesregierung-2018-1504378",
    retrieved="same address (stored preview page of the Integrationsbeauftragte's site, August 2018, published before the "
              "open day; a different page from the report of ho66-ib-2018-08-tag-der-offenen-tuer; the site name "
              "'Integrationsbeauftragte' and the kicker line '\"Hallo Politik\"' above the headline dropped (rules 352, 440, "
              "473); the headline is the title and the teaser line kept as a line of its own (rule 18); the subheading "
              "'Zugang und Barrierefreiheit' and the paragraph after it ('Die meisten Zugänge zu den Ministerie'), cut off in "
              "the stored copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Zum 20. Mal spricht die Bundesregierung eine \"Einladung zum Staatsbesuch\" aus.",
           "Am Tag der offenen Tür 2018 können Sie das Bundeskanzleramt, 14 Bundesministerien und das Bundespresseamt "
           "besuchen. Bereits zum 20. Mal können über 100.000 Besucherinnen und Besucher so einen Einblick in die Arbeit der "
           "Bundesregierung erhalten.",
           "Am 25. und 26. August 2018 jeweils von 10.00 bis 18.00 Uhr können Sie sich in den Häusern der Bundesregierung "
           "umsehen. Der Veranstaltungsflyer informiert Sie über das Programm und die Lage der Häuser im Regierungsviertel. "
           "Der kostenlose Bus-Shuttle ermöglicht es Ihnen von Ort zu Ort zu kommen.",
           "Auftritt der Integrationsbeauftragten",
           "Die Integrationsbeauftragte beteiligt sich im Garten des Bundeskanzleramts am Tag der offenen Tür. An unserem "
           "Stand können Sie mehr über Integration, Migration und Zivilcourage erfahren. Stellen Sie Ihr Wissen über "
           "Integration mit einem Quiz auf die Probe: Wie viele Menschen mit Migrationshintergrund leben eigentlich momentan in "
           "Deutschland? Aus welchen Ländern kommen sie?",
           "Aber auch körperliches Geschick ist gefragt: Denn Sport fördert gesellschaftliche Teilhabe – und macht auch noch "
           "Spaß! Am Stand der DFL-Stiftung können Fußballbegeisterte in jedem Alter mit dem DFB-Integrationsbeauftragten Cacau "
           "Torwandschießen und nebenbei die vielfältigen Integrationsprojekte des DFB kennenlernen.",
           "Statt Tore zu schießen, dürfen unsere technikaffinen Besucher virtuelle Welten entdecken: Das "
           "Dokumentationszentrum und Museum über die Migration in Deutschland e.V. (DOMiD) lässt unsere Gäste in ein "
           "Virtual-Reality-Museum zu Migration eintauchen.",
           TDOT_PRE_P7],
    quotes=[("\"Einladung zum Staatsbesuch\"", None),
            ("„Hass ist keine Meinung“", None)],
    aliases={})

# --- bundesregierung.de archive: the Government's open day 2017 ---

add(id="ho66-breg-2017-08-tag-der-offenen-tuer",
    title="Bereits zum 19. Mal hatte die Bundesregierung alle Bürger zum Tag der offenen Tür eingeladen. Kanzleramt, die 14 "
          "beteiligten Ministerien und das Bundespresseamt waren wieder einmal Zuschauermagnete. Am vergangenen Wochenende "
          "wurden dort fast 135.000 Besuche gezählt.",
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/fast-135-000-dates-mit-der-demokratie--240840",
    retrieved="same address (stored archive page of bundesregierung.de, August 2017; the stored copy begins with the teaser "
              "and shows no headline, so the teaser is the first line (rule 18, no invented title: the address's words "
              "'Fast 135.000 Dates mit der Demokratie' are not used); the reading-time line '4 Min. Lesedauer' dropped as "
              "furniture; the last paragraph 'Ein Höhepunkt im BPA am Sonntag: Die Kinder- und Jugendpressekonferenz. BPA-Chef "
              "und Regierungssprecher St', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Die Bundesregierung hatte zu einem \"Date mit der Demokratie\" eingeladen. Viele Bürgerinnen und Bürger von Nah und "
           "Fern nutzten am vergangenen Wochenende die Gelegenheit, um in Berlins politischer Mitte einen Besuch abzustatten. Im "
           "Kanzleramt, den Bundesministerien sowie dem Presse- und Informationsamt der Bundesregierung wurden insgesamt rund "
           "134.800 Besuche gezählt.",
           "Es war bereits der 19. Tag der offenen Tür der Bundesregierung – und längst kein Geheimtipp mehr. Seit dem "
           "Regierungsumzug ist die Veranstaltung ein Publikumsmagnet in Berlin. Jahr für Jahr nutzen weit mehr als 100.000 "
           "\"Staatsgäste\" die Gelegenheit, um sich an Ort und Stelle über den Regierungsalltag zu informieren - in diesem Jahr "
           "unter dem Motto \"Lust auf ein Date mit der Demokratie?\".",
           "Auch das Presse- und Informationsamt der Bundesregierung (kurz: Bundespresseamt oder BPA) hat über seine Arbeit "
           "informiert. Ein buntes Programm erwartete die Besucher am Dienstsitz an der Spree: Die Ausstellung \"Das "
           "Bundespresseamt – Regierungskommunikation seit 1949\" etwa erzählte die Geschichte des Bundespresseamtes anhand der "
           "Bundeskanzler und der Regierungssprecher. Interessierte konnten zudem den Mitarbeitern der Social-Media-Redaktion "
           "und der Presseauswertung bei der Arbeit über die Schulter schauen.",
           "Außerdem wurde den Gästen ein abwechslungsreiches Unterhaltungsprogramm geboten - mit Bühnentalks in der "
           "Presselounge sowie Liveauftritten bekannter Künstler wie Max Giesinger und 2raumwohnung. Außerdem gab es "
           "Quiz-Runden sowie einen \"Seh-Container\", der über das 500-jährige Reformationsjubiläum informierte."],
    quotes=[("\"Date mit der Demokratie\"", None),
            ("\"Staatsgäste\"", None),
            ("\"Lust auf ein Date mit der Demokratie?\"", None),
            ("\"Das Bundespresseamt – Regierungskommunikation seit 1949\"", None),
            ("\"Seh-Container\"", None)],
    aliases={})

# --- bundesregierung.de / bundeskanzlerin.de: the Chancellor's digital citizens' dialogues of 2020 ---

STUD_P1 = ("Die Bundeskanzlerin will sich weiterhin mit Nachdruck für die Belange der Studierenden in Deutschland einsetzen. "
           "\"Wir wollen, dass Sie gestärkt aus dieser Krise hervorgehen. Denn Sie tragen eines Tages dieses Land\", betonte "
           "Merkel bei ihrem vierten digitalen Bürgerdialog. Bei dem Austausch erkundigte sich die Kanzlerin nach der "
           "Lebenssituation der Studierenden inmitten der Corona-Pandemie.")

add(id="ho66-bkin-2020-12-buergerdialog-studierende",
    title="Bürgerdialog: Merkel im Gespräch mit Studierenden \"Sie sind unsere Zukunft\"",
    url="http://www.bundeskanzlerin.de/bkin-de/aktuelles/buergerdialog-studierende-1829030",
    retrieved="same address (stored news page of bundeskanzlerin.de, December 2020; the title line '\"Sie sind unsere "
              "Zukunft\"' dropped and the kicker and headline run together in the second line kept as the title (rules 18, "
              "20, 150); trailing spaces after the teaser dropped; the reading-time line '4 Min. Lesedauer', the image text "
              "'Bundeskanzlerin Angela Merkel spricht per Videoschalte mit einer Studentin.', the caption 'Das letzte "
              "Bürgergespräch führte die Kanzlerin mit Studierenden, …' and the credit 'Foto: Bundesregierung/Steins' dropped "
              "(rule 93); the subheading kept as a line of its own; the last paragraph 'Gleich mehrere Studierende treibt die "
              "Sorge um, … Ceyda Aleyna Arslan beispielsweise studiert … Sie habe no', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=[STUD_P1,
           "Kann ich das Studium trotz fehlender Praxisanteile in der Regelstudienzeit beenden? Kann die Politik junge "
           "Studierende noch stärker finanziell unterstützen? Warum werden Online-Prüfungen zum Teil nicht anerkannt? Und was "
           "können junge Leute gegen Verschwörungstheorien in ihrem Umfeld tun? Zu diesen und anderen Fragen hat die "
           "Bundeskanzlerin in ihrem eineinhalbstündigen digitalen Dialog mit Studierenden, wissenschaftlichen Hilfskräften und "
           "Lehrpersonal aus ganz Deutschland Stellung genommen.",
           "Studium \"unter ganz neuen Bedingungen\"",
           "Zu Beginn betonte Merkel, wie wichtig ihr persönlich das unmittelbare Gespräch über den aktuellen Hochschul-Alltag "
           "ist. Ihr Ziel sei es, dass die Studierenden eine möglichst gute Ausbildung hinbekämen - gerade auch in dieser Zeit "
           "\"unter ganz neuen Bedingungen\". Umso mehr liege ihr daran, bei dem Dialog mehr über die derzeitige "
           "Lebenswirklichkeit der jungen Leute zu erfahren."],
    quotes=[("\"Sie sind unsere Zukunft\"", "Merkel"),
            (cut(STUD_P1, "\"Wir wollen", "dieses Land\""), "Merkel"),
            ("\"unter ganz neuen Bedingungen\"", "Merkel", 0),
            ("\"unter ganz neuen Bedingungen\"", "Merkel", 1)],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin", "Kanzlerin"]})

PFLEGE_P2 = ("Im Mittelpunkt des zweiten virtuellen Bürgerdialogs stand am Donnerstag das Thema Pflege. Pflegebedürftige und "
             "Pflegende haben mit Bundeskanzlerin Angela Merkel über ihre Erfahrungen aus dem Pflegealltag gesprochen. Viele "
             "Teilnehmer schilderten Merkel auch ihre Wünsche und Erwartungen an die Politik. \"Die Menschen, die gepflegt "
             "werden müssen, ihre Angehörigen und die Pflegekräfte sind eine Gruppe unserer Gesellschaft, der wir besondere "
             "Aufmerksamkeit schenken müssen\", hatte Bundeskanzlerin Angela Merkel zuvor betont, als sie den Dialog in ihrem "
             "aktuellen Video-Podcast ankündigte.")
PFLEGE_P4 = ("Der direkte Kontakt zu den Menschen ist der Kanzlerin auch in der Corona-Pandemie sehr wichtig. In Zeiten, in "
             "denen persönliche Begegnungen aufgrund der Pandemie nicht möglich sind, setzt Merkel mit der Reihe \"Im Gespräch "
             "mit der Bundeskanzlerin\" die Tradition ihrer Bürgerdialoge daher online fort. Sie freue sich auf die Gespräche, "
             "so Merkel: \"Auch sie lassen uns wieder ein Stück näher zusammenrücken.\"")

add(id="ho66-breg-2020-11-buergerdialog-pflege",
    title="Virtueller Bürgerdialog Kanzlerin im Gespräch zum Thema Pflege",
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/"
        "buergerdialog-pflege-1809906",
    retrieved="same address (stored news page of bundesregierung.de, November 2020; the title line 'Kanzlerin im Gespräch "
              "zum Thema Pflege' dropped and the kicker and headline run together in the second line kept as the title "
              "(rules 18, 20, 150); the reading-time line '1 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel im "
              "Gespräch mit mit Pflegebedürftigen, …', the caption 'Die Bundeskanzlerin im Gespräch: Angela Merkel unterhielt "
              "sich …' and the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the quoted subheading kept as a line "
              "of its own; the last paragraph 'Die Gesprächsteilnehmer wurden aus unterschiedlichen Regionen Deutschlands "
              "zugeschaltet. Sie erleben Pflege aus unterschiedlichen Perspektiven: als', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=["Wie erleben Pflegebedürftige, pflegende Angehörige und Pflegekräfte die Pandemie? Wie hat sich die "
           "Pflegesituation verändert und was ist dabei besonders herausfordernd? Darüber sprach Kanzlerin Merkel am "
           "Donnerstag mit dieser besonders vom Coronavirus betroffenen Gruppe. Es war der zweite virtuelle Bürgerdialog in "
           "der Reihe \"Die Bundeskanzlerin im Gespräch\".",
           PFLEGE_P2,
           "\"Ein Stück näher zusammenrücken\"",
           PFLEGE_P4],
    quotes=[("\"Die Bundeskanzlerin im Gespräch\"", None),
            (cut(PFLEGE_P2, "\"Die Menschen", "schenken müssen\""), MERKEL),
            ("\"Ein Stück näher zusammenrücken\"", MERKEL),
            ("\"Im Gespräch mit der Bundeskanzlerin\"", None),
            (cut(PFLEGE_P4, "\"Auch sie", "zusammenrücken.\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Kanzlerin Merkel", "Kanzlerin"]})

POLIZEI_P3 = ("Die Herausforderungen der momentanen Situation machen auch die alltägliche Arbeit der Polizistinnen und Polizisten "
              "nicht leichter, aber umso wichtiger. Bundeskanzlerin Angela Merkel hörte den Berichten der Einsatzkräfte über "
              "ihre Erlebnisse und Erfahrungen im Dienst in der Corona-Pandemie aufmerksam zu und nahm auch ihre Wünsche und "
              "Kritikpunkte auf. Sie versicherte den Polizistinnen und Polizisten die höchste Wertschätzung von Politik und "
              "Gesellschaft. \"Ihre Arbeitsbedingungen sind nicht einfacher unter Corona-Bedingungen, Ihr Dienst ist aber "
              "wichtig, um die Ordnung aufrecht zu erhalten\", anerkannte die Bundeskanzlerin die Leistungen der Einsatzkräfte.")

add(id="ho66-breg-2020-11-buergerdialog-polizei",
    title="Die Bundeskanzlerin im Gespräch Digitaler Austausch mit Polizistinnen und Polizisten",
    url="https://www.bundesregierung.de/breg-de/service/archiv/buergerdialog-polizei-1820686",
    retrieved="same address (stored archive page of bundesregierung.de, November 2020; the title line 'Digitaler Austausch "
              "mit Polizistinnen und Polizisten' dropped and the kicker and headline run together in the second line kept as "
              "the title (rules 18, 20, 150); trailing spaces after the teaser dropped; the reading-time line '3 Min. "
              "Lesedauer', the image text 'Bundeskanzlerin Angela Merkel im Gespräch mit Polizisten.', the caption '\"Die "
              "Bundeskanzlerin im Gespräch\": Diesmal mit Polizistinnen und Polizisten.' (with the series name in marks) and "
              "the credit 'Foto: Bundesregierung/Steins' dropped (rule 93); the subheading kept as a line of its own; the last "
              "word 'Gewal', a subheading cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Wie haben Polizistinnen und Polizisten die vergangenen Monate in diesem ereignisreichen Jahr wahrgenommen? Welche "
           "Abläufe haben bundesweit gut geklappt und wie gestaltete sich die Zusammenarbeit mit den Kommunen vor Ort? Diese "
           "und weitere Fragen hat Bundeskanzlerin Merkel am Montag mit Polizistinnen und Polizisten aus dem ganzen Land "
           "diskutiert.",
           "Mit dem digitalen Austausch am Montag hat Bundeskanzlerin Merkel tiefe Einblicke in den Arbeitsalltag der "
           "Polizistinnen und Polizisten bekommen - und wie sich dieser in den vergangenen Monaten verändert hat. Welche "
           "Erfahrungen haben sie gemacht und wie blicken sie auf die nächsten Monate der Pandemie? Die Gesprächsteilnehmer der "
           "Polizeien der Länder und der Bundespolizei waren aus unterschiedlichen Regionen Deutschlands zugeschaltet. Im "
           "Mittelpunkt des Austausches standen die Fragen und Anliegen der Polizistinnen und Polizisten sowie ihre Erwartungen "
           "an die Politik der Bundesregierung.",
           "Harte Einsätze und große Wertschätzung",
           POLIZEI_P3],
    quotes=[(cut(POLIZEI_P3, "\"Ihre Arbeits", "aufrecht zu erhalten\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Bundeskanzlerin"]})
