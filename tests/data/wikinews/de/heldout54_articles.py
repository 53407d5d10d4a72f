# Fifty-fourth held-out German real-news set (tests/data/heldout54-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 350). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-fourth held-out set": texts of the German Federal Government (news and media-library
# pages of bundesregierung.de, one page in Leichte Sprache) and of Federal Government Commissioners in the Chancellery (the
# Integrationsbeauftragte's site integrationsbeauftragte.de and the Kulturstaatsministerin's site kulturstaatsministerin.de).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_COMMISSIONER  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"
ROTH = "Claudia Roth"

# --- bundesregierung.de: news pages ---

JF22_P2 = ("Seit über 40 Jahren ist es Tradition, dass der Bundeskanzler oder die Bundeskanzlerin alle Preisträgerinnen und "
           "Preisträger von „Jugend forscht“ ins Kanzleramt einlädt – „seit Helmut Schmidt das 1981 eingeführt hat“, so "
           "Bundeskanzler Olaf Scholz am Dienstag beim diesjährigen Empfang.")
JF22_P4 = ("Für den Bundeskanzler war der heutige Termin auch eine doppelte Premiere: „Einerseits natürlich für mich als immer "
           "noch einigermaßen neuer Bundeskanzler. Und zum anderen, weil dieser Termin in den vergangenen zwei Jahren der "
           "Corona-Pandemie zum Opfer gefallen ist“. Umso schöner sei es, dass wir uns heute „live und in Farbe“ hier treffen.")
JF22_P6 = ("8.500 junge Forscherinnen und Forscher haben in diesem Jahr ihre Projekte eingereicht. Davon sind über 40 Prozent "
           "Forscherinnen. „Das freut mich ganz besonders und ich würde mir wünschen, dass wir in den nächsten Jahren die 50 "
           "Prozent erreichen – bei den Teilnehmerinnen und Teilnehmern genauso wie bei den Preisträgerinnen und "
           "Preisträgern“, bekräftigte der Bundeskanzler.")

add(id="ho54-breg-2022-09-jugend-forscht-scholz",
    title="Kanzler empfängt Preisträger Innovationen, Erfindergeist und Kreativität",
    url="https://www.bundesregierung.de/breg-de/themen/deutsche-einheit/jugend-forscht-2022-2082652",
    retrieved="same address (stored news page of bundesregierung.de, September 2022; the page-title line 'Innovationen, "
              "Erfindergeist und Kreativität' dropped and the kicker and headline, which the stored copy runs together "
              "('Kanzler empfängt Preisträger Innovationen, Erfindergeist und Kreativität'), kept as the title (rules 18, "
              "20); the navigation, the reading-time line '4 Min. Lesedauer', the image text 'Jugend forscht', the caption "
              "'Kanzler Scholz hat am Dienstag die Preisträgerinnen und Preisträger des diesjährigen „Jugend forscht“-"
              "Wettbewerb empfangen' (with the competition name in marks) and the credit 'Foto: Bundesregierung/Kugler' "
              "dropped (rules 93, 150); the subheadings kept as lines of their own (rule 18); the last paragraph 'Für den "
              "diesjährigen Wettbewerb „Jugend forscht\" unter dem M', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzler Olaf Scholz hat am Dienstag die Preisträgerinnen und und Preisträger des Bundeswettbewerbs „Jugend "
           "forscht“ im Kanzleramt empfangen. Nach zweijähriger pandemiebedingter Pause stand der persönliche Austausch "
           "wieder im Mittelpunkt. Scholz verlieh auch den „Sonderpreis für die originellste Arbeit“.",
           JF22_P2,
           "Doppelte Premiere",
           JF22_P4,
           "Über 40 Prozent Jungforscherinnen",
           JF22_P6],
    quotes=[("„Jugend forscht“", None, 0),
            ("„Sonderpreis für die originellste Arbeit“", None),
            ("„Jugend forscht“", None, 1),
            ("„seit Helmut Schmidt das 1981 eingeführt hat“", SCHOLZ),
            (cut(JF22_P4, "„Einerseits", "gefallen ist“"), SCHOLZ),
            ("„live und in Farbe“", SCHOLZ),
            (cut(JF22_P6, "„Das freut", "Preisträgern“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Bundeskanzler"]})

add(id="ho54-breg-2024-09-jugend-forscht-tradition",
    title="Kanzler-Empfang für „Jugend forscht“ „Eine lange und gute Tradition“",
    url="https://www.bundesregierung.de/breg-de/aktuelles/kanzler-empfang-jugend-forscht-2309402",
    retrieved="same address (stored news page of bundesregierung.de, 18 September 2024; the page-title line '„Eine lange und "
              "gute Tradition“' dropped and the kicker and headline, which the stored copy runs together, kept as the title "
              "(rules 18, 20); the navigation, the date line 'Mittwoch, 18. September 2024', the image text 'Die Gewinner von "
              "Jugend forscht 2024 mit dem Bundeskanzler im Bundeskanzleramt', the caption 'Der Bundeskanzler mit den "
              "Preisträgerinnen und Preisträgern von „Jugend forscht“ 2024.' (with the competition name in marks), the credit "
              "'Foto: Bundesregierung/Steffen Kugler', the video length '01:23' and the video caption 'Video vom Empfang der "
              "Preisträgerinnen und Preisträger des 59. Bundeswettbewerbs „Jugend forscht“ im Kanzleramt.' dropped (rules 93, "
              "150); the last paragraph 'Der Sonderpreis des Bundeskanzlers wurde 1971 erstmals ausgelobt, … mit dem Ziel "
              "Jugendl', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzler Scholz empfing die Preisträgerinnen und Preisträger des 59. Bundeswettbewerbs „Jugend forscht“ im "
           "Kanzleramt. Dabei verlieh der Kanzler auch seinen Sonderpreis für die originellste Arbeit an das Projekt "
           "„Verkehrte Seifenblasen“.",
           "Seit inzwischen mehr als 40 Jahren werden die Preisträgerinnen und Preisträger von „Jugend forscht“ ins "
           "Bundeskanzleramt eingeladen und so gewürdigt. Mehr als 10.000 junge Menschen haben sich in diesem Jahr am "
           "Wettbewerb beteiligt, der 1965 vom ehemaligen Chefredakteur des „stern“, Henri Nannen, ins Leben gerufen wurde.",
           "Nach der Preisverleihung überreichte Bundeskanzler Olaf Scholz seinen Sonderpreis für die originellste Arbeit an "
           "Maja Leber (16) und Julius Gutjahr (17) für ihr Projekt „Verkehrte Seifenblasen. Neue Erkenntnisse zu "
           "Antibubbles“. Das sind von einer sehr dünnen Luftschicht umschlossene Wasserblasen in Seifenwasser. Im Anschluss "
           "hatten die anwesenden Jungforscherinnen und Jungforscher Gelegenheit, dem Bundeskanzler Fragen zu stellen."],
    quotes=[("„Jugend forscht“", None, 0),
            ("„Eine lange und gute Tradition“", SCHOLZ),
            ("„Jugend forscht“", None, 1),
            ("„Verkehrte Seifenblasen“", None),
            ("„Jugend forscht“", None, 2),
            ("„stern“", None),
            ("„Verkehrte Seifenblasen. Neue Erkenntnisse zu Antibubbles“", None)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Kanzler"]})

SAX_P3 = ("Staatsministerin Claudia Roth: „Freiheit, Vielfalt und Nachhaltigkeit – das sind die Themen, die uns den Weg für die "
          "Zukunft der Demokratie weisen. Hierfür braucht es eine enge Zusammenarbeit mit allen, die in Kunst und Kultur "
          "mitwirken: mit Künstlerinnen und Künstlern, mit den Kultureinrichtungen, dem Bund im Schulterschluss mit den "
          "Ländern, den Kommunen und der Zivilgesellschaft. Gemeinsam werden wir die Kräfte von Kunst und Kultur weiter "
          "entfesseln. Dazu gehört ganz zuvorderst die Kraft der Literatur. Umso wichtiger ist es, dass die Leipziger "
          "Buchmesse im kommenden Jahr als Bühne für die deutsche Gegenwartsliteratur und Brücke in die Welt wieder "
          "stattfinden kann.“")

add(id="ho54-breg-bkm-2022-roth-sachsen",
    title="Kulturstaatsministerin Claudia Roth besucht Freistaat Sachsen: \"Gemeinsam Kräfte von Kunst und Kultur "
          "entfesseln\"",
    url="https://www.bundesregierung.de/breg-de/bundesregierung/bundeskanzleramt/staatsministerin-fuer-kultur-und-medien/"
        "aktuelles/kulturstaatsministerin-claudia-roth-besucht-freistaat-sachsen-gemeinsam-kraefte-von-kunst-und-kultur-"
        "entfesseln--2021670",
    retrieved="same address (stored press release of the Kulturstaatsministerin on bundesregierung.de, 2022; the navigation "
              "dropped; the last paragraph 'Neben dem Gespräch zur Leipziger Buchmesse stehen … sowie der sowjetischen "
              "Besatzungszei', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Kulturstaatsministerin Claudia Roth wird morgen in Leipzig, Dresden, Chemnitz und Plauen ihre Reihe von "
           "Antrittsbesuchen in allen Bundesländern fortsetzen. Zum Auftakt trifft sich die Staatsministerin mit "
           "Ministerpräsident Michael Kretschmer zu einem Gespräch über die Zukunft der Leipziger Buchmesse. Die Messe war im "
           "Februar zum dritten Mal in Folge abgesagt worden. Im Anschluss sind weitere Gespräche geplant, unter anderem mit "
           "Sachsens Staatsministerin für Kultur und Tourismus, Barbara Klepsch, sowie Sachsens Staatsministerin der Justiz "
           "und für Demokratie, Europa und Gleichstellung, Katja Meier.",
           SAX_P3],
    quotes=[("\"Gemeinsam Kräfte von Kunst und Kultur entfesseln\"", ROTH),
            (cut(SAX_P3, "„Freiheit", "stattfinden kann.“"), ROTH)],
    aliases={ROTH: ["Claudia Roth", "Kulturstaatsministerin Claudia Roth", "Staatsministerin Claudia Roth"]})

add(id="ho54-breg-2025-10-saarbruecken-prien",
    title="35 Jahre Deutsche Einheit",
    url="https://www.bundesregierung.de/breg-de/aktuelles/bundesregierung-in-saarbruecken-2387038",
    retrieved="same address (stored news page of bundesregierung.de, October 2025; the stored copy begins with the kicker, "
              "kept as the title line (rule 18); the reading-time line '5 Min. Lesedauer', the caption 'Bundeskanzler Merz "
              "mischte sich bei seinem Besuch in Saarbrücken unter die Besucherinnen und Besucher – mit etwas Glück war auch "
              "ein Selfie möglich.' and the credit 'Foto: Bundesregierung / Marvin Ibo Güngör' dropped (rules 93, 150); the "
              "subheadings kept as lines of their own (rule 18); the last paragraph 'Im Dialogforum der Bundesregierung haben "
              "sich am Tag der Deutschen Einheit … Ob das Geld in Brücken, Digitalisierung', cut off in the stored copy, "
              "dropped (rule 15); the published closing mark ” kept (rule 20))",
    license=BREG,
    paras=["Vom 2. bis 4. Oktober war die Bundesregierung zu Gast beim Bürgerfest in Saarbrücken. Beim Dialogforum gab es die "
           "Möglichkeit, mit Ministern wie Karin Prien und Lars Klingbeil ins Gespräch zu kommen. Bundeskanzler Merz war als "
           "Redner beim großen Festakt dabei.",
           "Im Dialogforum auf der Saarwiese neben dem Saarländischen Staatstheater konnten die Besucherinnen und Besucher mit "
           "Ministerinnen und Ministern der Bundesregierung und anderen prominenten Gästen ins Gespräch kommen. Das dreitägige "
           "Bürgerfest bot ein vielfältiges Programm und damit spannende Einblicke in die Arbeit der Bundesregierung – und "
           "auch die Möglichkeit für besondere Erinnerungsfotos.",
           "Austausch zu Kinder und soziale Medien eröffnet Dialogforum",
           "Den Auftakt machten am 2. Oktober Bundesfamilienministerin Karin Prien und die Vorsitzende der Expertenkommission "
           "Kinder- und Jugendschutz in der digitalen Welt, Nadine Schön. Sie sprachen darüber, wie Kinder und Jugendliche "
           "lernen können, sich sicher in Internet und Sozialen Medien zu bewegen. Die neu eingerichtete Kommission soll "
           "Handlungsempfehlungen aussprechen. „Gesetze muss die Politik machen”, so Prien.",
           "Besuch des Bundeskanzlers zum Tag der Deutschen Einheit",
           "Am 3. Oktober nahm Bundeskanzler Merz am offiziellen Teil des Tags der Deutschen Einheit teil. Er besuchte den "
           "Ökumenischen Gottesdienst in der Ludwigskirche und hielt eine Rede beim Festakt in der Congresshalle. Anschließend "
           "verschaffte er sich einen persönlichen Eindruck vom Bürgerfest."],
    quotes=[("„Gesetze muss die Politik machen”", "Karin Prien")],
    aliases={"Karin Prien": ["Karin Prien", "Bundesfamilienministerin Karin Prien", "Prien"]})

# --- bundesregierung.de: media library and Leichte Sprache ---

add(id="ho54-breg-mediathek-ostbeauftragter-schneider",
    title="Ostbeauftragter Schneider im Porträt",
    url="https://www.bundesregierung.de/breg-de/mediathek/video-beauftragter-ostdeutschland-2015912",
    retrieved="same address (stored media-library page of bundesregierung.de, the teaser of a video portrait, 2022; stored "
              "complete)",
    license=BREG,
    paras=["Carsten Schneider ist Staatsminister – und Beauftragter der Bundesregierung für Ostdeutschland. Der gebürtige "
           "Erfurter will sowohl die Sicht des Westens in den Osten tragen als auch im Westen erklären, „warum wir manchmal so "
           "sind, wie wir so sind“. Vor allem aber will er Neugierde wecken und Vorurteile auf beiden Seiten abbauen. Ein "
           "Besuch in Thüringen."],
    quotes=[("„warum wir manchmal so sind, wie wir so sind“", "Carsten Schneider")],
    aliases={"Carsten Schneider": ["Carsten Schneider", "Schneider"]})

LS_LINES = ["Bei der Bundes-Regierung war Tag der offenen Tür.",
            "Der Tag der offenen Tür hat 2 Tage gedauert.",
            "Viele Bürger und Bürgerinnen sind gekommen.",
            "Sie haben sich die Bundes-Ministerien angeschaut.",
            "Und das Kanzler-Amt.",
            "Und das Bundes-Presse-Amt.",
            "Dabei konnten Sie sehen:",
            "So arbeiten die Menschen in den",
            "Ministerien und Ämtern.",
            "Am 19. und 20. August 2023 war Tag der offenen Tür bei der Bundes-Regierung.",
            "Die Bürger und Bürgerinnen durften sich an diesem Tag die Gebäude von der Bundes-Regierung anschauen:",
            "Die Bundes-Ministerien und das Bundes-Kanzler-Amt.",
            "Und das Bundes-Presse-Amt.",
            "Die Mitarbeiter und Mitarbeiterinnen von der Bundes-Regierung",
            "haben mit den Bürgern und Bürgerinnen gesprochen.",
            "Die Bürger und Bürgerinnen konnten dabei viel",
            "über die Arbeit von der Bundes-Regierung erfahren.",
            "Beim Tag der offenen Tür waren mehr als",
            "104.000 Besucher und Besucherinnen.",
            "Es gab viele Angebote:",
            "Zum Beispiel:",
            "Führungen durch die Gebäude von der Bundes-Regierung",
            "Ausstellungen",
            "Angebote für Kinder",
            "Angebote zum Mitmachen",
            "Der Bundes-Kanzler beantwortet Fragen von den Bürgern und Bürgerinnen",
            "Die Bürger und Bürgerinnen durften auch das Bundes-Kanzler-Amt anschauen.",
            "Wolfgang Schmidt hat die Besucher und Besucherinnen",
            "dort am Samstag begrüßt.",
            "Wolfgang Schmidt ist der Chef vom Bundes-Kanzler-Amt.",
            "Am Sonntag hat Bundes-Kanzler Olaf Scholz eine Stunde lang",
            "Fragen von den Besuchern und Besucherinnen beantwortet.",
            "Manche Fragen konnte Olaf Scholz schnell beantworten.",
            "Zum Beispiel diese Frage:",
            "Wann kommt das Selbstbestimmungs-Gesetz?",
            "Olaf Scholz hat geantwortet:",
            "„Nächste Woche“.",
            "Zu anderen Fragen hat Olaf Scholz mehr erzählt.",
            "Zum Beispiel zu Fragen über diese Themen:",
            "- Die Innen-Politik in Deutschland",
            "- Der Krieg in der Ukraine",
            "- Die Klima-Politik in Deutschland.",
            "Für Olaf Scholz ist Gerechtigkeit am wichtigsten",
            "Der Bundes-Kanzler sagt:",
            "Die Welt soll besser werden.",
            "Er will für Gerechtigkeit sorgen.",
            "Das will er mit seiner Arbeit in der Politik tun."]

add(id="ho54-breg-leichte-sprache-2023-tag-der-offenen-tuer",
    title="Tag der offenen Tür",
    url="https://www.bundesregierung.de/breg-de/leichte-sprache/tag-der-offenen-tuer-2023-2216762",
    retrieved="same address (stored page of bundesregierung.de in Leichte Sprache, August 2023; the lines of the easy-language "
              "text, including the lines that wrap one sentence, kept as published, one line each (rules 18, 350); the last "
              "line 'Das ist', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=LS_LINES,
    quotes=[("„Nächste Woche“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundes-Kanzler Olaf Scholz"]})

# --- Federal Government Commissioners in the Chancellery: integrationsbeauftragte.de, kulturstaatsministerin.de ---

IB18_P4 = ("Staatsministerin Annette Widmann-Mauz unterstrich in Kassel: „Es ist gut, dass sich Deutschland mit einem "
           "Fachkräfteeinwanderungsgesetz dazu bekennt, ein Einwanderungsland zu sein. Umso wichtiger ist es, jetzt gemeinsam "
           "neue Impulse in der Integrationspolitik zu setzen. Wir müssen diejenigen stärken, die unser Land stark machen und "
           "dafür sorgen, dass alle Menschen in unserem Land ihre Potenziale voll einbringen können. Nötig ist, die "
           "Fachkräfteeinwanderung positiv zu gestalten, die Qualität der Integrationskurse nachhaltig zu verbessern und die "
           "Integration in Bildung und Arbeit weiter voranzutreiben. Integration findet vor Ort statt. Darum ist es gut, dass "
           "sich die Integrationsbeauftragten aus den Kommunen und Ländern mit mir austauschen konnten.“")
IB18_P6 = ("Die Staatsministerin bilanzierte nach der zweitägigen Konferenz: „Es war ein lebhafter Erfahrungsaustausch und wir "
           "haben über viele gute Ansätze aus der Integrationsarbeit vor Ort diskutiert. Besonderes Interesse fanden Maßnahmen "
           "zur frühen Vermittlung unserer Werteordnung für Eingewanderte und Schutzsuchende, Projekte zur interkulturellen "
           "Öffnung der Behörden und Verwaltung und die Herausforderung von Integrationsangeboten im ländlichen Raum, etwa bei "
           "den Integrationskursen.")
WM = "Annette Widmann-Mauz"

add(id="ho54-ib-2018-08-integration-vor-ort-gestalten",
    title="Integration vor Ort gestalten",
    url="https://www.integrationsbeauftragte.de/ib-de/themen/gesellschaft-und-teilhabe/vor-ort/"
        "integration-vor-ort-gestalten-1505400",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, August 2018; the site name "
              "'Integrationsbeauftragte' above the headline dropped; the subtitle kept as its own line with its published typo "
              "'Integrationsbeauftragen' (rules 18, 20); the image texts and credit 'Fishbowl auf der Bundeskonferenz 2018 "
              "Fishbowl auf der Bundeskonferenz 2018 Fishbowl auf der Bundeskonferenz 2018 Quelle: Integrationsbeauftragte / "
              "Harry Soremski' dropped (rule 150); the subheading 'Lebhafter Erfahrungsaustausch' kept as its own line (rule "
              "18); the last paragraph 'Die Bundeskonferen', cut off in the stored copy, dropped (rule 15), which leaves the "
              "quotation of the paragraph before it without its closing mark (rules 22, 351))",
    license=BREG_COMMISSIONER,
    paras=["In Kassel tagte die Bundeskonferenz der Integrationsbeauftragen.",
           "Auf Einladung der Beauftragten der Bundesregierung für Migration, Flüchtlinge und Integration, Staatsministerin "
           "Annette Widmann-Mauz, tagte am 27. und 28. August 2018 in Kassel die Bundeskonferenz der Integrationsbeauftragten "
           "von Bund, Ländern und Kommunen. In diesem Jahr fand die Konferenz unter dem Titel „Integration vor Ort gestalten – "
           "Gesellschaftlichen Zusammenhalt stärken“ statt.",
           IB18_P4,
           "Lebhafter Erfahrungsaustausch",
           IB18_P6],
    quotes=[("„Integration vor Ort gestalten – Gesellschaftlichen Zusammenhalt stärken“", None),
            (cut(IB18_P4, "„Es ist gut", "austauschen konnten.“"), WM),
            (cut(IB18_P6, "„Es war", "Integrationskursen."), WM)],
    aliases={WM: ["Annette Widmann-Mauz", "Staatsministerin Annette Widmann-Mauz", "Staatsministerin"]})

OZ = "Aydan Özoğuz"

add(id="ho54-ib-2017-11-oezoguz-integrationsministerium",
    title="Konferenz der Integrationsbeauftragten der Länder: Staatsministerin Özoğuz fordert Integrationsministerium",
    url="https://www.integrationsbeauftragte.de/ib-de/konferenz-der-integrationsbeauftragten-der-laender-staatsministerin-"
        "oezo%C4%9Fuz-fordert-integrationsministerium-751142",
    retrieved="same address (stored page of the Integrationsbeauftragte's site, November 2017; the site name "
              "'Integrationsbeauftragte' and the block of teasers for other items of the site above the article (among them "
              "'Widmann-Mauz: „Sachsen zeigt Flagge für Vielfalt“', 'Arbeitsmarktintegration kraftvoll vorantreiben', 'Chancen "
              "der Vielfalt am besten nutzen', 'Leben und Arbeiten in der Europäischen Union', 'Hand in Hand von Anfang an', "
              "with their image texts and 'mehr' links) dropped as site furniture (rule 352); the hard line break inside the "
              "headline ('fordert' / 'Integrationsministerium') joined (rule 48); the lines 'Ausgabejahr: 2017' and 'Datum: 09. "
              "November 2017' dropped as furniture; the lead's cue line and its quotation line kept as published, one line "
              "each (rules 18, 353); the statement paragraph '\"Die Integrationsbeauftragten leisten gerade in diesen Zeiten "
              "unverzichtbare Arbeit. Sie sorgen in allen 16 Bund', cut off in the stored copy, dropped with its unclosed "
              "quotation (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Auf der Jahreskonferenz der Integrationsbeauftragten der Länder betonte Özoğuz:",
           "\"Integration ist kein Nischenthema\"",
           "Zur heutigen Jahreskonferenz der Integrations- und Ausländerbeauftragten der Länder in Mainz erklärt "
           "Staatsministerin Aydan Özoğuz, Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration:"],
    quotes=[("\"Integration ist kein Nischenthema\"", OZ)],
    aliases={OZ: ["Aydan Özoğuz", "Staatsministerin Aydan Özoğuz", "Özoğuz", "Staatsministerin Özoğuz"]})

BVK_P2 = ("Kulturstaatsministerin Claudia Roth: „Mit dem Verdienstkreuz am Bande würdigen wir Persönlichkeiten, die unser "
          "Gemeinwesen mit selbstlosen Ideen bereichern, und sie mit unermüdlichem Engagement ins Werk setzen. Auf diese "
          "besonderen Verdienste sind demokratischer Staat und Gesellschaft, sind freie Kunst und Kultur angewiesen. Die "
          "Ordensträgerinnen und -träger sind wichtige Vorbilder für die Kreativen unseres Landes. Sie alle eint das Ziel des "
          "friedvollen Miteinanders in unserer vielfältigen Gesellschaft mit den Mitteln der Kunst. Sie eint die Absicht, sich "
          "in unserer Demokratie aktiv einzubringen, sie mitzugestalten und besser zu machen. Dafür danke ich ihnen sehr.“")

add(id="ho54-bkm-bundesverdienstkreuz-acht-personen-roth",
    title="Bundesverdienstkreuz für acht Personen des Kulturlebens – Roth: „Vorbilder für die Kreativen unseres Landes“",
    url="https://kulturstaatsministerin.de/presse/bundesverdienstkreuz-fuer-acht-personen-des-kulturlebens-roth-vorbilder-"
        "fuer-die-kreativen-unseres-landes",
    retrieved="same address (stored press release of the Kulturstaatsministerin on her site kulturstaatsministerin.de; the "
              "label line 'Pressemitteilung' dropped as furniture; the list of the decorated kept, one line per bullet, as "
              "published (rule 18); the last paragraph 'Der Verdienstorden ist die höchste Auszeichnung der Bundesrepublik "
              "Deutschland. … zu denen neben den Ministerpräsidenten der Länder unter anderem auch die Kultur', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=["Kulturstaatsministerin Claudia Roth hat heute im Bundeskanzleramt das Bundesverdienstkreuz an acht Personen des "
           "kulturellen Lebens überreicht. Der Orden wird von Bundespräsident Frank-Walter Steinmeier verliehen. Die "
           "Persönlichkeiten aus dem Kulturbereich wurden von der Staatsministerin für Kultur und Medien vorgeschlagen.",
           BVK_P2,
           "Mit dem Verdienstkreuz am Bande wurden ausgezeichnet:",
           "• Blixa Bargeld (Musiker)",
           "• Ólafur Elíasson (Künstler)",
           "• Eva Hubert (Kulturpolitikerin)",
           "• Joachim Kaiser (Kapitän)",
           "• Luise F. Pusch (Sprachwissenschaftlerin)",
           "• Ilse Ritter (Schauspielerin)",
           "• Sophie Rois (Schauspielerin)",
           "• Cornelia Schleime (Künstlerin)"],
    quotes=[("„Vorbilder für die Kreativen unseres Landes“", ROTH),
            (cut(BVK_P2, "„Mit dem Verdienstkreuz", "danke ich ihnen sehr.“"), ROTH)],
    aliases={ROTH: ["Claudia Roth", "Kulturstaatsministerin Claudia Roth", "Roth"]})
