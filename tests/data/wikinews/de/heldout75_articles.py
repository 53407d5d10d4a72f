# Seventy-fifth held-out German real-news set (tests/data/heldout75-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 560). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Seventy-fifth held-out set" of SOURCES.md: texts of the German Federal Government on the
# Chancellor's trips abroad, summits and visits of foreign leaders (news and media-library pages of bundesregierung.de,
# bundeskanzler.de and bundeskanzlerin.de, 2014-2025; licence BREG). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"
SCHOLZ = "Olaf Scholz"
MERZ = "Friedrich Merz"

# --- bundesregierung.de: Scholz in Kyjiw, December 2024 ---

KYJIW_P4 = ("„Deutschland steht fest an der Seite der Ukraine. Wir sagen, was wir tun und wir tun, was wir sagen.“ Das "
            "bekräftigte Bundeskanzler Olaf Scholz in einer gemeinsamen Pressekonferenz mit dem ukrainischen Präsidenten "
            "Wolodymyr Selenskyj am Montag in Kyjiw.")
KYJIW_P5 = ("Alle wünschten „ein Ende dieses brutalen Krieges“, sagte der Bundeskanzler: „Keiner will Frieden mehr als die "
            "Ukrainerinnen und Ukrainer.“ Mit Präsident Selenskyj habe er deshalb eingehend darüber gesprochen, wie die "
            "Ukraine aus einer Position der Stärke heraus zu einem fairen, gerechten und dauerhaften Frieden kommen könne.")

add(id="ho75-breg-2024-12-scholz-kyjiw",
    title="Kanzler in Kyjiw „Die Ukraine kann sich auf Deutschland verlassen“",
    url="https://www.bundesregierung.de/breg-de/aktuelles/kanzler-pk-kyjiw-2322894",
    retrieved="same address (stored page of 2 December 2024; the page-title line '„Die Ukraine kann sich auf Deutschland "
              "verlassen“' and the navigation list ('Bundesregierung | Startseite', 'Schwerpunkte der Bundesregierung', "
              "'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service') dropped, the kicker and headline "
              "run together in one line kept as the first line (rule 150); the metadata lines '• Mitschrift "
              "Pressekonferenz' and '• Montag, 2. Dezember 2024' kept as lines of their own without the bullets (rule 93); "
              "the image text 'Kanzler Scholz gibt eine Pressekonferenz mit dem ukrainischen Präsidenten Selenskyj in "
              "Kyjiw.', the photo caption 'Kanzler Scholz mit Präsident Selenskyj in Kyjiw: „Wir haben einen langen Atem "
              "und wir werden an der Seite der Ukraine stehen.“' with its quotation and the credit 'Foto: "
              "Bundesregierung/Marvin Güngör' dropped (rule 93); the bullet 'Deutschland hilft verlässlich: … „Uns allen "
              "ist sehr bewusst, … begonnen hat“, so Scholz. … Energieinfrastruktur der Ukraine. P', cut off in the stored "
              "copy, dropped with its quotation, and the subheading 'Das Wichtigste in Kürze:' left dangling before it "
              "dropped too (rule 15))",
    license=BREG,
    paras=["Die Ukraine kann in ihrem Kampf gegen die russische Aggression weiterhin auf die unverbrüchliche Unterstützung "
           "durch Deutschland bauen. Das sagte Kanzler Scholz bei seinem Besuch in Kyjiw. Er kündigte weitere "
           "Waffenlieferungen an die Ukraine an.",
           "Mitschrift Pressekonferenz",
           "Montag, 2. Dezember 2024",
           KYJIW_P4,
           KYJIW_P5],
    quotes=[("„Die Ukraine kann sich auf Deutschland verlassen“", SCHOLZ),
            (cut(KYJIW_P4, "„Deutschland steht", "was wir sagen.“"), SCHOLZ),
            ("„ein Ende dieses brutalen Krieges“", SCHOLZ),
            ("„Keiner will Frieden mehr als die Ukrainerinnen und Ukrainer.“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Kanzler Scholz", "Scholz", "Bundeskanzler",
                      "Kanzler"]})

# --- bundeskanzlerin.de: state visit of the Mexican President in Berlin (date not in the stored copy) ---

MEX_P2 = ("Präsident Nieto lobte den politischen Willen der Bundesregierung, den Dialog und die Kooperation zwischen "
          "Deutschland und Mexiko voranzubringen. Er hob auch Deutschlands Führungsrolle hervor: \"Deutschland unter "
          "Bundeskanzlerin Merkel ist ein relevanter Akteur der Politik in Europa und der Welt\", sagte er. Deutschland und "
          "Mexiko teilten die gleichen Werte wie Demokratie und den freien Handel: \"Dadurch ist es möglich, dass unsere "
          "Länder weiter wachsen und sich zum Wohle unserer Gesellschaften weiter entwickeln können\"")

add(id="ho75-bkin-merkel-pena-nieto-berlin",
    title="Präsident Peña Nieto in Berlin Merkel: Partnerschaft mit Mexiko stärken",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/merkel-partnerschaft-mit-mexiko-staerken-370338",
    retrieved="same address (stored page of the state visit of President Enrique Peña Nieto in Berlin; the page-title "
              "line 'Merkel: Partnerschaft mit Mexiko stärken' dropped and the kicker and headline run together in one "
              "line kept as the first line (rule 150); the reading-time line '3 Min. Lesedauer', the image text "
              "'Bundeskanzlerin Angela Merkel und der mexikanische Präsident Enrique Pena Nieto.', the caption 'Der "
              "mexikanische Präsident Enrique Peña Nieto ist zu seinem ersten Staatsbesuch nach Berlin gekommen.' and the "
              "credit 'Foto: Bundesregierung/Bergmann' dropped (rule 93); the published ASCII marks and the missing full "
              "stop after the last quotation of the second body paragraph kept (rule 20); the paragraph 'Bei dem Gespräch "
              "ging es auch im die innere Sicherheit, … \"Weil auch Deutschland ein föderales Land ist, … austauschen "
              "können\", erklärte Merkel. Dazu gehörten auch gemeinsame Pro', cut off in the stored copy, dropped with its "
              "quotation, and the subheading 'Kampf gegen organisierte Kriminalität' left dangling before it dropped too "
              "(rule 15))",
    license=BREG,
    paras=["Deutschland und Mexiko wollen ihre Partnerschaft weiterentwickeln und die Wirtschaftszusammenarbeit ausbauen. "
           "Das sagte die Bundeskanzlerin nach ihrem Gespräch mit dem mexikanischen Staatspräsidenten Peña Nieto im "
           "Kanzleramt.",
           "In einer Reihe von Bereichen gebe es bereits eine intensive Kooperation zwischen beiden Ländern - vor allem bei "
           "der Wirtschafts- und Energiezusammenarbeit, aber auch im Bereich der Durchsetzung von Menschenrechten, sagte "
           "Bundeskanzlerin Angela Merkel nach ihrem Gespräch mit dem mexikanischen Staatspräsidenten Enrique Peña Nieto. "
           "Eine binationale Kommission, die im vergangenen Jahr unter Beteiligung mehrerer Ressorts eingesetzt worden "
           "sei, werde die bilateralen Beziehungen nun auch in der Breite verbessern, betonte Merkel.",
           MEX_P2],
    quotes=[("\"Deutschland unter Bundeskanzlerin Merkel ist ein relevanter Akteur der Politik in Europa und der Welt\"",
             "Enrique Peña Nieto"),
            (cut(MEX_P2, "\"Dadurch ist", "entwickeln können\""), "Enrique Peña Nieto")],
    aliases={"Enrique Peña Nieto": ["Enrique Peña Nieto", "Peña Nieto", "Präsident Nieto", "Nieto",
                                    "Staatspräsidenten Enrique Peña Nieto"]})

# --- bundeskanzler.de media library: G20 summit in Brisbane, November 2014 ---

G20_P5 = ("Angela Merkel: “Es ist ja unübersehbar, dass diese geopolitischen Spannungen, zu denen auch das Verhältnis zu "
          "Russland gehört nicht gerade wachstumsfördernd sind. Daher sind wir alle bemüht, immer wieder alles diplomatisch "
          "mögliche daran zu setzen, auch Verbesserungen zu erreichen.”")

add(id="ho75-bk-mediathek-2014-11-g20-brisbane-teil-1",
    title="Die Woche der Kanzlerin - Extra - G20-Gipfel, Teil 1",
    url="https://www.bundeskanzler.de/bk-de/mediathek/die-woche-der-kanzlerin-extra-g20-gipfel-teil-1-423096",
    retrieved="same address (stored media-library page with the transcript of the video of November 2014, complete; the "
              "navigation list ('Bundeskanzler ⏐ Startseite', 'Olaf Scholz', 'Aktuelles', 'Kanzleramt', 'Mediathek', "
              "'Service') dropped as furniture (rule 93); the place line 'Brisbane, an der Ostküste Australiens' kept as a "
              "line of its own; the published '-und', the missing comma after 'gehört' and the lower-case 'mögliche' kept "
              "(rule 20); the published turn of Tony Abbott, whose English quotation has no closing mark, kept as published "
              "(rules 22, 560))",
    license=BREG,
    paras=["Brisbane, an der Ostküste Australiens",
           "Bevor der G20-Gipfel offiziell beginnt, treffen sich im Parlamentsgebäude des Bundesstaates Queensland die "
           "zwanzig Regierungschefs in etwas persönlicherer Atmosphäre.",
           "Tony Abbott: “And if we could use first names, that would be good as well.",
           "Als Gastgeber bittet der australische Premierminister alle, einander mit Vornamen anzusprechen -und die "
           "Diskussionen offenen Herzens zu führen. Das erklärte Ziel der Konferenz: ein starkes, nachhaltiges und "
           "ausgewogenes Wachstum schaffen. Mit einer Aborigines-Aufführung des Bangarra Theaters aus Sydney beginnt das "
           "offizielle Programm des Gipfels. Im Anschluss die erste von drei Arbeitssitzungen. Die Delegierten sprechen "
           "über Infrastrukturprogramme, darüber wie sich Arbeitsplätze schaffen lassen und wie Handel und Investitionen "
           "gefördert werden können. Thema ist auch der Konflikt in der Ukraine, auf den Angela Merkel bei ihrer "
           "Pressekonferenz angesprochen wird.",
           G20_P5,
           "Die Kanzlerin wird am späten Abend mit dem russischen Präsidenten unter vier Augen sprechen.",
           "Zum zweiten Tag des Gipfels morgen eine weitere Extra-Folge."],
    quotes=[("“And if we could use first names, that would be good as well.", "Tony Abbott"),
            (cut(G20_P5, "“Es ist ja", "zu erreichen.”"), MERKEL)],
    aliases={"Tony Abbott": ["Tony Abbott", "australische Premierminister"],
             MERKEL: ["Angela Merkel", "Kanzlerin"]})

# --- bundesregierung.de: Merz after the NATO summit in The Hague, June 2025 ---

NATO_P4 = ("„Das ist ein denkwürdiger Tag, der ganz sicher in die Geschichte der NATO eingehen wird“, sagte Bundeskanzler "
           "Friedrich Merz nach dem Abschluss des NATO-Gipfels in Den Haag. Aber auch für Deutschland, gerade vor dem "
           "Hintergrund der 70-jährigen Mitgliedschaft Deutschlands in dem Bündnis. Es sei „ganz entscheidend das Verdienst "
           "der NATO“, dass die Menschen seit Jahrzehnten in Frieden, Freiheit und in Sicherheit im euroatlantischen Raum "
           "leben könnten, so der Kanzler.")
NATO_P7 = ("Wirkungsvoll abschrecken: Die NATO-Mitglieder haben beschlossen, künftig 3,5 Prozent des Bruttoinlandsprodukts "
           "für militärische Ausrüstung aufzuwenden und 1,5 Prozent für zivile Verteidigung und militärisch genutzte "
           "Infrastruktur. Das sei nötig, um Russland wirkungsvoll abzuschrecken und um das Fundament für Freiheit, "
           "Sicherheit und Wohlstand zu legen. Die zusätzlichen Ausgaben erfolgten im Interesse der eigenen Sicherheit, "
           "nicht „um irgendjemanden einen Gefallen zu tun”, betonte Merz.")

add(id="ho75-breg-2025-06-merz-nato-den-haag",
    title="Pressekonferenz des Bundeskanzlers nach dem NATO-Gipfel in Den Haag",
    url="https://www.bundesregierung.de/breg-de/aktuelles/merz-statement-nato-gipfel-2357998",
    retrieved="same address (stored page of 25 June 2025; the metadata lines '- Mitschrift Pressekonferenz' and '- "
              "Mittwoch, 25. Juni 2025' kept as lines of their own without the list dashes (rule 93); the photo caption "
              "'„Artikel 5 des Nordatlantikvertrages gilt“, sagte Kanzler Merz nach dem Gipfel.' with its quotation and the "
              "credit 'Foto: Bundesregierung/Marvin Ibo Güngör' dropped (rule 93); the list dash before the bullet kept "
              "off, the bullet a line of its own (rule 93); the published comma inside the closing mark ('haben,“') and the "
              "mixed closing mark '”' kept (rules 20, 21); the bullet 'Beistandspflicht: … „Artikel 5 des "
              "Nordatlantikvertrages gilt“, so Merz. Das sei ein Zeichen der Stärke und Geschlossenheit gegenüber unseren "
              "potentiellen Gegne', cut off in the stored copy, dropped with its quotation (rule 15))",
    license=BREG,
    paras=["Die 32 NATO-Partner haben beschlossen, die Verteidigungsausgaben auf fünf Prozent des Bruttoinlandsproduktes zu "
           "erhöhen, um Freiheit, Sicherheit und Wohlstand zu sichern. Außerdem bekräftigten sie, einander im "
           "Verteidigungsfall beizustehen.",
           "Mitschrift Pressekonferenz",
           "Mittwoch, 25. Juni 2025",
           NATO_P4,
           "Der verbrecherische Angriffskrieg Russlands gegen die Ukraine sowie Irans illegales Nuklearprogramm "
           "gefährdeten die Sicherheit und den Frieden. „Diese Krisen zeigen, was wir an der NATO haben,“ betonte Merz.",
           "Das Wichtigste in Kürze:",
           NATO_P7],
    quotes=[(cut(NATO_P4, "„Das ist ein", "eingehen wird“"), MERZ),
            ("„ganz entscheidend das Verdienst der NATO“", MERZ),
            ("„Diese Krisen zeigen, was wir an der NATO haben,“", MERZ),
            ("„um irgendjemanden einen Gefallen zu tun”", MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Kanzler", "Bundeskanzler"]})

# --- bundeskanzler.de: Kenya's President Ruto in the Chancellery, September 2024 ---

RUTO_P4 = ("Die Verbindungen zwischen Deutschland und Kenia seien gut, hat Bundeskanzler Olaf Scholz nach dem Treffen mit dem "
           "kenianischen Staatspräsidenten William Samoei Ruto gesagt. Er freue sich beispielsweise, dass die beiden Staaten "
           "„bei der Zukunftstechnologie grüner Wasserstoff intensiv kooperieren“. Ein wichtiges und gemeinsames Anliegen sei "
           "auch die engere Zusammenarbeit im Bereich Migration.")
RUTO_P5 = ("In Anwesenheit von Scholz und Ruto unterzeichneten Bundesinnenministerin Nancy Faeser und Kenias Außenminister "
           "Musalia Mudavadi sowie die Staatsministerin des Auswärtigen Amtes, Katja Keul, daher ein umfassendes Mobilitäts- "
           "und  Migrationsabkommen. Für Kenianerinnen und Kenianer eröffnet das Abkommen neue Perspektiven, da Fachkräfte "
           "oder junge Menschen künftig für eine Ausbildung nach Deutschland kommen können. Gleichzeitig sieht die "
           "Vereinbarung ein wirksames Rückkehrverfahren für diejenigen vor, die aus Kenia nach Deutschland gekommen sind, "
           "allerdings kein Bleiberecht haben. „Aus meiner Sicht ein ganz wichtiges Abkommen“, so der Bundeskanzler.")

add(id="ho75-bk-2024-09-scholz-ruto-berlin",
    title="Bundeskanzler empfängt Kenias Präsidenten Ruto Engere Kooperation im Bereich Migration",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/scholz-trifft-ruto-2308452",
    retrieved="same address (stored page of 13 September 2024; the page-title line 'Engere Kooperation im Bereich "
              "Migration' and the navigation list ('Bundeskanzler⏐ Startseite', 'Olaf Scholz', 'Aktuelles', 'Kanzleramt', "
              "'Mediathek', 'Service') dropped, the kicker and headline run together in one line kept as the first line "
              "(rule 150); the metadata lines '• Mitschrift Pressekonferenz' and '• Freitag, 13. September 2024' kept as "
              "lines of their own without the bullets (rule 93); the image text 'Bundeskanzler Olaf Scholz und William "
              "Ruto, Präsident von Kenia.', the caption 'Die beiden Staaten haben ein Migrationsabkommen vereinbart, …' and "
              "the credit 'Foto: Bundesregierung/Steffen Kugler' dropped (rule 93); the published double space in "
              "'Mobilitäts- und  Migrationsabkommen' and 'in vielen Bereich' kept (rule 20); the bullet '• Klima- und "
              "Entwickl', cut off in the stored copy, dropped with the subheading 'Das Wichtigste aus der Pressekonferenz "
              "in Kürze:' left dangling before it (rule 15))",
    license=BREG,
    paras=["Deutschland und Kenia wollen ihre Zusammenarbeit in vielen Bereich ausbauen und dabei auch neue "
           "Kooperationsfelder betreten. Das sagte Kanzler Scholz bei einer Pressekonferenz anlässlich des Besuchs von "
           "Kenias Staatspräsidenten William Ruto im Kanzleramt.",
           "Mitschrift Pressekonferenz",
           "Freitag, 13. September 2024",
           RUTO_P4,
           RUTO_P5],
    quotes=[("„bei der Zukunftstechnologie grüner Wasserstoff intensiv kooperieren“", SCHOLZ),
            ("„Aus meiner Sicht ein ganz wichtiges Abkommen“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Kanzler Scholz", "Scholz", "Bundeskanzler"]})
