# Hundred-and-twenty-fourth held-out German real-news set (tests/data/heldout124-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1045-1047). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by an 8-word overlap
# search against the texts of all sets and distinctive phrases of the quotations). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-fourth held-out set": texts of the German Federal Government (news,
# press-conference and media-library pages of bundesregierung.de and bundeskanzler.de, 2022-2025) on the Chancellor's
# foreign trips, European Councils and statements (Olaf Scholz, Friedrich Merz). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 93), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"
MERZ = "Friedrich Merz"

# --- bundesregierung.de / bundeskanzler.de: news and press-conference pages ---

add(id="ho124-breg-2024-10-scholz-indien",
    title="Freihandelsabkommen muss schneller gelingen",
    url="https://www.bundesregierung.de/breg-de/aktuelles/pk-scholz-indien-2317676",
    retrieved="same address (stored page of 25 October 2024; the navigation lines 'Bundesregierung | Startseite', "
              "'Schwerpunkte der Bundesregierung', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', "
              "'Service' dropped as furniture (rule 93); the kicker and headline, which the stored copy runs together "
              "('Rede und Pressekonferenz von Bundeskanzler Scholz in Neu-Delhi Freihandelsabkommen muss schneller "
              "gelingen'), kept so as the first body line (rules 18, 93); the lines '16 Min. Lesedauer', 'Mitschrift "
              "Pressekonferenz', 'Freitag, 25. Oktober 2024', the image text 'Bundeskanzler Scholz am Rednerpult in "
              "Indien.', the caption 'Bundeskanzler Olaf Scholz bei seiner Pressekonferenz am Freitag in Neu-Delhi.' and "
              "the credit 'Foto: Bundesregierung/Marvin Ibo Güngör' dropped (rule 93); the link line 'Lesen Sie hier die "
              "Mitschrift der Rede und anschließenden Pressekonferenz:' and the beginning of the transcript '(übersetzte "
              "Fassung der Rede) / Bundeskanzler Olaf Scholz: / Sehr geehrter Herr Premierminister Modi, … Gäste der "
              "Asien-P', cut off in the stored copy, dropped (rules 15, 1047); the published 'zurvor' kept (rule 20))",
    license=BREG,
    paras=["Rede und Pressekonferenz von Bundeskanzler Scholz in Neu-Delhi Freihandelsabkommen muss schneller gelingen",
           "Bundeskanzler Olaf Scholz hat bei seinem Besuch in Neu-Delhi nachdrücklich für ein Freihandelsabkommen "
           "zwischen der EU und Indien geworben: „Jetzt ist die Zeit, das nach so langen Jahren der Verhandlungen zum "
           "Abschluss zu bringen“. Das betonte er bei seinem Besuch von Airbus India.",
           "Indien sei ein Land mit großen Wachstumsperspektiven, „und wir als Deutschland und Europa wollen dabei "
           "sein“, sagte Bundeskanzler Scholz in einer Pressekonferenz am Freitag in Neu-Delhi. Ein "
           "Freihandelsabkommen der EU mit Indien würde noch mehr Investitionen und Handelsaustausch ermöglichen und "
           "auch den Austausch von Wissenschaft und Arbeitskräften befördern.",
           "Zudem betonte der Bundeskanzler, dass es in Bezug auf den russischen Angriffskrieg auf die Ukraine gut sei, "
           "„dass zum Beispiel ein Land wie Indien den festen Willen hat, hilfreich zu sein“, um bei Friedensgesprächen "
           "weiterzukommen. Vor der Pressekonferenz hatte der Kanzler an der Eröffnung einer neuen Zentrale von Airbus "
           "India teilgenommen und eine Rede gehalten. Außerdem hatten zurvor die deutsch-indischen "
           "Regierungskonsultationen stattgefunden."],
    quotes=[("„Jetzt ist die Zeit, das nach so langen Jahren der Verhandlungen zum Abschluss zu bringen“", SCHOLZ),
            ("„und wir als Deutschland und Europa wollen dabei sein“", SCHOLZ),
            ("„dass zum Beispiel ein Land wie Indien den festen Willen hat, hilfreich zu sein“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Scholz", "Bundeskanzler",
                      "Kanzler"]})

GHANA_P6 = ("Für Fachkräfte aus Ghana sehe die Bundesregierung großes Potential. Deutschland wolle auch weiter legal "
            "Zuwanderungswege schaffen. Denn „Ghana ist ein wichtiger Schlüsselpartner bei Wissenschaft und Forschung“, "
            "so Scholz.")

add(id="ho124-bk-2023-10-scholz-nigeria-ghana",
    title="Antrittsbesuch in Nigeria und Ghana",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/reise-bk-westafrika-2233750",
    retrieved="same address (stored page of October 2023: headline, lead and body; the subheading 'Ghana: "
              "Schlüsselpartner bei Wissenschaft und Forschung' kept as a line of its own (rule 13); the published 'Es "
              "ist bereits dritte Reise' and 'Afrikanischen Nachbarkontinent' kept (rule 20); the last paragraph 'Auch "
              "auf internationaler Ebene seien die Beziehungen eng, sagte Scholz: „Uns', cut off in the stored copy, "
              "dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Engere Zusammenarbeit, um Demokratie und Resilienz der Staaten in der Region zu stärken: Künftig will "
           "Deutschland mit Nigeria und Ghana enger zusammenarbeiten. Zum Abschluss seiner Afrika-Reise hat Kanzler "
           "Scholz in Ghana die herausragenden Beziehungen zwischen Deutschland und dem westafrikanischen Staat betont.",
           "Es ist bereits dritte Reise des Bundeskanzlers auf unseren Afrikanischen Nachbarkontinent: Die Bedeutung "
           "Afrikas für das Weltgeschehen nimmt immer weiter zu. Die Stärkung der Beziehungen zu Schlüsselländern des "
           "Kontinents genießt für die Bundesregierung hohe Priorität. Dass es den Kanzler von Sonntag bis Dienstag nach "
           "Nigeria und Ghana führte, ist also kein Zufall. Vor Ort kam er mit Vertreterinnen und Vertretern aus "
           "Politik, Wirtschaft, Zivilgesellschaft und Kultur ins Gespräch.",
           "Ghana: Schlüsselpartner bei Wissenschaft und Forschung",
           "Nach seinem Antrittsbesuch in Nigeria reiste der Bundeskanzler nach Ghana und traf Staatspräsident Nana "
           "Akufo-Addo. Addo und Scholz trafen sich bereits das siebte Mal – ein Zeichen für die Vielfalt der engen "
           "Beziehungen zwischen beiden Ländern.",
           "Lebendig machen die Beziehungen vor allem die vielen in Deutschland lebenden Ghanaerinnen und Ghanaer. So "
           "sagte der Kanzler, dass in seiner Heimatstadt Hamburg die ghanaische Spezialität „Fufu“ fast so gut sei wie "
           "in Accra.",
           GHANA_P6,
           "Es gebe deutsch-ghanaische Leuchtturmzentren in vielen Disziplinen, von Klimaforschung über Tropenmedizin bis "
           "hin zu Mathematik und Sozialwissenschaften. Auch deshalb tauschte der Kanzler sich zuvor mit Studentinnen "
           "und Studenten der Ashesi Universität in Accra über die Zukunftsperspektiven des Landes aus."],
    quotes=[("„Fufu“", None),
            ("„Ghana ist ein wichtiger Schlüsselpartner bei Wissenschaft und Forschung“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Kanzler Scholz", "Bundeskanzler", "Kanzler"]})

MERZ_ER_P4 = ("„Erst G7, dann die NATO und heute der Europäische Rat. Wir haben gewaltige Aufgaben, denen wir uns stellen "
              "müssen und denen wir uns auch stellen werden“, resümierte Bundeskanzler Friedrich Merz nach Abschluss des "
              "Europäischen Rates in Brüssel. Es sei an der Zeit, dass die Europäische Union „mit einer Stimme spricht, um "
              "sich im rauen geopolitischen Umfeld behaupten zu können.“ Wichtige Themen des Gipfels waren die Stärkung "
              "der Verteidigungsfähigkeit, der Bürokratieabbau und die Unterstützung der Ukraine.")
MERZ_ER_P6 = ("Europäische Verteidigungsfähigkeit: Im Anschluss an den NATO-Gipfel haben sich die Mitgliedsstaaten der "
              "Europäischen Union über das Fünf-Prozent-Ziel beraten. Zur Verteidigungsfinanzierung wurde das "
              "150-Milliarden-Programm SAFE in Rekordzeit von den EU-Staaten verabschiedet. Drei Dinge sind Kanzler Merz "
              "bei der Umsetzung besonders wichtig: „Simplifizierung, Standardisierung und Stückzahlen. Ein echter "
              "Binnenmarkt der Verteidigungsindustrie würde sehr viel höhere Effizienz ermöglichen.“")

add(id="ho124-bk-2025-06-merz-europaeischer-rat",
    title="Pressekonferenz des Bundeskanzlers nach dem Europäischen Rat in Brüssel",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/pressekonferenz-kanzler-merz-abschluss-er-2359318",
    retrieved="same address (stored page of 27 June 2025: headline, lead and the summary above the transcript; the "
              "metadata lines 'Mitschrift Pressekonferenz' and 'Freitag, 27. Juni 2025', the photo caption 'Der "
              "Bundeskanzler lobte die „äußerst konstruktive und auch sehr kollegiale Atmosphäre” des Europäischen Rates.' "
              "with its quotation and the credit 'Foto: Bundesregierung/Marvin Ibo Güngör' dropped (rule 93); the link "
              "line 'Lesen Sie hier die wichtigsten Punkte des Statements im Überblick und anschließend das gesamte "
              "Pressestatement.' dropped as furniture (rule 1047); the subheading 'Das Wichtigste in Kürze:' and the first "
              "list item kept as lines of their own without the list dash (rule 93); the second list item 'Stärkung der "
              "Wettbewerbsfähigkeit: … „Wir sprechen auch über weitere Abkommen, … Da steht ein großes "
              "Freihandelsabkommen mit Indien ', cut off in the stored copy, dropped with its unclosed quotation (rule "
              "15); the mixed marks „…” of the lead kept as published (rule 21))",
    license=BREG,
    paras=["„Nur wenn wir mit einer Stimme sprechen, werden wir uns in einem rauen geopolitischen Umfeld behaupten "
           "können”, betonte Bundeskanzler Merz zum Abschluss des Europäischen Rats. Was ihm im gemeinsamen Handeln "
           "wichtig ist, lesen Sie hier.",
           MERZ_ER_P4,
           "Das Wichtigste in Kürze:",
           MERZ_ER_P6],
    quotes=[("„Nur wenn wir mit einer Stimme sprechen, werden wir uns in einem rauen geopolitischen Umfeld behaupten "
             "können”", MERZ),
            (cut(MERZ_ER_P4, "„Erst G7", "stellen werden“"), MERZ),
            ("„mit einer Stimme spricht, um sich im rauen geopolitischen Umfeld behaupten zu können.“", MERZ),
            (cut(MERZ_ER_P6, "„Simplifizierung", "ermöglichen.“"), MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler Merz", "Kanzler Merz", "Merz",
                    "Bundeskanzler", "Kanzler"]})

add(id="ho124-breg-2022-05-scholz-afrika",
    title="Partnerschaften auf dem afrikanischen Kontinent ausbauen",
    url="https://www.bundesregierung.de/breg-de/suche/bundeskanzler-scholz-in-afrika-2041830",
    retrieved="same address (stored page of May 2022; the navigation lines 'Bundesregierung | Startseite', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped "
              "as furniture (rule 93); the kicker and headline, which the stored copy runs together ('Kanzler Scholz in "
              "Senegal, Niger und Südafrika Partnerschaften auf dem afrikanischen Kontinent ausbauen'), kept so as the "
              "first body line (rules 18, 93); the line '7 Min. Lesedauer', the image text 'Bundeskanzler Scholz und der "
              "südafrikanische Präsident Ramaphosa in Pretoria.', the caption 'Südafrika habe eine „unschätzbare Rolle“ "
              "für die Stabilität des afrikanischen Kontinents, erklärte Bundeskanzler Scholz bei seinem Treffen mit "
              "Präsident Ramaphosa (r.).' with its quotation and the credit 'Foto: Bundesregierung/Kugler' dropped (rules "
              "93, 1047); the paragraph 'Der Bundeskanzler gab bekannt, dass er Südafrika als Gastland zum G7-Gipfel nach "
              "Schloss Elmau eingeladen habe: „Von dort soll ein gemeinsames Signal starker Demokratien ausgehen, …“, so "
              "Scholz. … die globale Gesundheit erhöhen und Demokratien ', cut off in the stored copy, dropped with its "
              "quotation and with the subheading 'Südafrika Gastland bei G7-Gipfel' left dangling before it (rule 15))",
    license=BREG,
    paras=["Kanzler Scholz in Senegal, Niger und Südafrika Partnerschaften auf dem afrikanischen Kontinent ausbauen",
           "Nach dem Senegal und Niger bildete Südafrika die abschließende Station der dreitägigen Reise von Bundeskanzler "
           "Scholz. Schwerpunkte der Gespräche waren die Vertiefung der Wirtschaftsbeziehungen – vor allem bei Energie, "
           "Investitionen und Handel. Scholz würdigte Südafrika als „Schlüsselland“ für Deutschland.",
           "Zum Abschluss seiner dreitägigen Reise auf den afrikanischen Kontinent hat Bundeskanzler Scholz heute "
           "Südafrika besucht. Dort wurde er von Präsident Cyril Ramaphosa mit militärischen Ehren begrüßt. „Südafrika "
           "ist und bleibt für Deutschland ein Schlüsselland auf dem afrikanischen Kontinent“, betonte Scholz bei einer "
           "gemeinsamen Pressekonferenz in Pretoria. Das Land ist das wichtigste deutsche Partnerland auf dem Kontinent "
           "südlich der Sahara und gehört als einziges afrikanisches Land der G20-Gruppe an."],
    quotes=[("„Schlüsselland“", "Scholz"),
            ("„Südafrika ist und bleibt für Deutschland ein Schlüsselland auf dem afrikanischen Kontinent“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Kanzler Scholz", "Bundeskanzler"]})

# --- bundesregierung.de: media library (video pages) ---

add(id="ho124-breg-2023-04-scholz-moldau",
    url="https://www.bundesregierung.de/breg-de/mediathek/kanzler-moldau-2183234",
    retrieved="same address (stored video page of April 2023: the teaser only; the player kicker 'Video in "
              "Gebärdensprache' dropped as furniture and no title given, as the stored copy shows no headline (rules 18, "
              "93))",
    license=BREG,
    paras=["Durch den Angriffskrieg in der Ukraine und Russlands Destabilisierung ist Moldau in einer schwierigen "
           "Situation. Kanzler Scholz sicherte Präsidentin Maia Sandu bei einem Treffen in Rumänien Deutschlands "
           "Unterstützung zu. „Ich begrüße es sehr, wie entschlossen Moldau die nötigen Reformen angegangen ist, die für "
           "einen EU-Beitritt unabdingbar sind“, so der Kanzler."],
    quotes=[("„Ich begrüße es sehr, wie entschlossen Moldau die nötigen Reformen angegangen ist, die für einen "
             "EU-Beitritt unabdingbar sind“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Kanzler Scholz", "Kanzler"]})

add(id="ho124-breg-2022-12-scholz-chanukka",
    title="Bundeskanzler entzündet erste Chanukka-Kerze",
    url="https://www.bundesregierung.de/breg-de/mediathek/bundeskanzler-entzuendet-erste-chanukka-kerze-2155100",
    retrieved="same address (stored video page of December 2022: headline and teaser; the player line '01:13' and the "
              "player caption 'Video in Gebärdensprache Bundeskanzler entzündet erste Chanukka-Kerze', which repeats the "
              "headline, dropped as furniture (rule 93))",
    license=BREG,
    paras=["„Das jüdische Lichterfest zeigt, dass es heute wieder ein blühendes jüdisches Leben in Deutschland gibt“, "
           "sagte Scholz. „Das ist ein großes Wunder und ein Geschenk, wenn man bedenkt, wie unvorstellbar großes Leid "
           "Deutsche über das jüdische Volk gebracht haben.“ Der Kanzler nahm am Montag zusammen mit Josef Schuster, dem "
           "Präsidenten des Zentralrats der Juden in Deutschland, am Auftakt des Chanukka-Festes in der Berliner "
           "Heinz-Galinski-Schule teil."],
    quotes=[("„Das jüdische Lichterfest zeigt, dass es heute wieder ein blühendes jüdisches Leben in Deutschland gibt“",
             "Scholz"),
            ("„Das ist ein großes Wunder und ein Geschenk, wenn man bedenkt, wie unvorstellbar großes Leid Deutsche über "
             "das jüdische Volk gebracht haben.“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho124-breg-2023-03-scholz-europaeischer-rat",
    url="https://www.bundesregierung.de/breg-de/mediathek/kanzler-scholz-vor-beginn-des-europaeischen-rates-2199578",
    retrieved="same address (stored video page of March 2023: the teaser only; the player kicker 'Video in "
              "Gebärdensprache' dropped as furniture and no title given, as the stored copy shows no headline (rules 18, "
              "93))",
    license=BREG,
    paras=["„Beim Europäischen Rat in Brüssel haken wir uns einmal mehr unter: Wir sind bereit, die Ukraine so lange zu "
           "unterstützen wie nötig – finanziell, humanitär und auch mit Waffen“, so Bundeskanzler Olaf Scholz zu Beginn "
           "des Treffens der EU-Staats- und Regierungschefinnen und -chefs. Man müsse sich darauf einstellen, dass der "
           "russische Angriffskrieg noch lange dauern könne."],
    quotes=[("„Beim Europäischen Rat in Brüssel haken wir uns einmal mehr unter: Wir sind bereit, die Ukraine so lange "
             "zu unterstützen wie nötig – finanziell, humanitär und auch mit Waffen“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Bundeskanzler"]})
