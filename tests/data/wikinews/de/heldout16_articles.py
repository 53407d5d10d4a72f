# Sixteenth held-out German real-news set (tests/data/heldout16-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-87 and the sixteenth held-out rules 93 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, by title, and by
# an 8-word overlap search against the texts of all sets: no shared 8-word window). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: the German Federal Government (Presse- und Informationsamt der Bundesregierung): articles and media-library
# items of bundesregierung.de, bundeskanzler.de and bundeskanzlerin.de, and the teasers of the Chancellor's podcast as the
# Government's podcast feed is shown by two podcast directories (ivy.fm, meinpodcast.de). No Wikinews, Global Voices,
# Pressenza, Parlamentskorrespondenz or Commission Representation text. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_FEED  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de / bundeskanzler.de / bundeskanzlerin.de ---

add(id="ho16-breg-2024-07-12-nato-gipfel-pk",
    title="Im Wortlaut",
    url="https://www.bundesregierung.de/breg-de/aktuelles/pk-von-kanzler-bei-nato-gipfel-2298692",
    retrieved="same address (stored page of 12.07.2024; it begins with the kicker 'Im Wortlaut', which is the first line "
              "(rule 18); the two metadata lines '- Mitschrift Pressekonferenz' and '- Freitag, 12. Juli 2024' kept as "
              "lines of their own without the list dashes, and so are the bullet items of 'Das Wichtigste … in Kürze' "
              "(rule 93); the link annotation ' PDF, 37 KB, barrierefrei' after 'Gemeinsamen Erklärung' dropped (rule 93); "
              "the last bullet 'Unterstützung der Ukraine: … soll die Koordinierung der Ukraine-Unterstützung künftig', "
              "cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["„Das Bündnis ist stark und einig, und deshalb gilt auch unverändert, dass die NATO für unsere eigene "
           "Sicherheit unersetzlich ist“, sagte Bundeskanzler Scholz bei der abschließenden Pressekonferenz zum "
           "NATO-Gipfel am Donnerstagabend in Washington.",
           "Mitschrift Pressekonferenz",
           "Freitag, 12. Juli 2024",
           "Die weitere Unterstützung der Ukraine, Strategien zur Stärkung der Abschreckung und Verteidigung sowie die "
           "Vertiefung der Partnerschaften im Indo-Pazifik – diese Themen standen im Zentrum der Beratungen des "
           "diesjährigen NATO-Gipfeltreffens. Drei Tage lang kamen die Staats- und Regierungschefs der 32 "
           "NATO-Mitgliedstaaten in Washington, D.C. zusammen, um das 75-jährige Bestehen der Allianz zu feiern und über "
           "wichtige Themen zu entscheiden.",
           "„Die NATO hat auf die Zeitenwende reagiert und einiges erreicht, aber es bleibt – das will ich ausdrücklich "
           "sagen – noch viel zu tun“, sagte Bundeskanzler Olaf Scholz zum Abschluss des Gipfels in einer "
           "Pressekonferenz am Donnerstag. Aus Deutschland reisten neben Bundeskanzler Olaf Scholz auch "
           "Außenministerin Annalena Baerbock und Verteidigungsminister Boris Pistorius nach Washington.",
           "Das Wichtigste aus der Pressekonferenz des Kanzlers in Kürze:",
           "NATO-Ostflanke stärken: Deutschland wird zur Stärkung der Ostflanke dauerhaft eine Brigade in Litauen "
           "stationieren. Für das nächste Jahr stellt die Bundeswehr 35.000 Soldaten in der höchsten Bereitschaftsstufe "
           "der NATO.",
           "Amerikanische Waffen dauerhaft in Deutschland stationieren: In einer Gemeinsamen Erklärung am Rande des "
           "NATO-Gipfels haben Deutschland und die USA entschieden, dass künftig wieder konventionelle amerikanische "
           "Waffen auf deutschem Boden stationiert werden sollen. Sie dienen der Abschreckung und Verteidigung."],
    quotes=[("„Das Bündnis ist stark und einig, und deshalb gilt auch unverändert, dass die NATO für unsere eigene "
             "Sicherheit unersetzlich ist“", "Olaf Scholz"),
            ("„Die NATO hat auf die Zeitenwende reagiert und einiges erreicht, aber es bleibt – das will ich "
             "ausdrücklich sagen – noch viel zu tun“", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Bundeskanzler Olaf Scholz"]})

p = ("\"Wir alle werden ein ganz anderes Osterfest erleben als je zuvor\", erklärt Kanzlerin Merkel in ihrem aktuellen "
     "Podcast. Aber die Einschränkungen seien \"buchstäblich lebenswichtig\", noch sei es \"viel zu früh, um auch nur an "
     "irgendeiner Stelle die strengen Regeln schon wieder zu lockern\". Was die allermeisten Menschen derzeit leisten, "
     "sei \"schlichtweg großartig\", Deutschland zeige sich \"von seiner besten Seite\", betont Merkel. In dieser "
     "sorgenvollen Zeit versichere sie: Die Bundesregierung tue \"alles, damit unsere solidarische soziale "
     "Marktwirtschaft sich in dieser Prüfung bewährt\".")
add(id="ho16-breg-2020-04-podcast-ostern-zu-frueh",
    title="\"Zu früh, um die strengen Regeln zu lockern“",
    url="https://www.bundesregierung.de/breg-de/themen/coronavirus/zu-frueh-um-regeln-zu-lockern-1739058",
    retrieved="same address (stored page of the Chancellor's video podcast before Easter 2020; the player lines "
              "'Audio/Video 11:29' and 'Video-Podcast \"Zu früh, um die strengen Regeln zu lockern“', which repeats the "
              "headline, dropped as furniture (rule 93); the headline's published mixed marks '\"…“' kept (rules 20, "
              "21); complete in the stored copy)",
    license=BREG,
    paras=[p],
    quotes=[("\"Zu früh, um die strengen Regeln zu lockern“", "Merkel"),
            ("\"Wir alle werden ein ganz anderes Osterfest erleben als je zuvor\"", "Merkel"),
            ("\"buchstäblich lebenswichtig\"", "Merkel"),
            ("\"viel zu früh, um auch nur an irgendeiner Stelle die strengen Regeln schon wieder zu lockern\"",
             "Merkel"),
            ("\"schlichtweg großartig\"", "Merkel"),
            ("\"von seiner besten Seite\"", "Merkel"),
            ("\"alles, damit unsere solidarische soziale Marktwirtschaft sich in dieser Prüfung bewährt\"", "Merkel")],
    aliases={"Merkel": ["Merkel", "Kanzlerin Merkel"]})

add(id="ho16-breg-2022-02-mediathek-scholz-washington",
    title="Statement von Bundeskanzler Scholz vor seinem Gespräch mit US-Präsident Biden",
    url="https://www.bundesregierung.de/breg-de/mediathek/statement-scholz-washington-2003620",
    retrieved="same address (stored media-library item of February 2022; the player lines '02:23' and 'Video' "
              "dropped as furniture (rule 93); complete in the stored copy)",
    license=BREG,
    paras=["Bundeskanzler Scholz ist zu seinem Antrittsbesuch in die USA gereist. Vor seinem Gespräch mit US-Präsident "
           "Biden skizzierte er die geplanten Themen des Austauschs. „Das werden heute sehr wichtige Gespräche im "
           "Rahmen unserer transatlantischen Zusammenarbeit“, betonte er."],
    quotes=[("„Das werden heute sehr wichtige Gespräche im Rahmen unserer transatlantischen Zusammenarbeit“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz"]})

add(id="ho16-breg-mediathek-kanzler-kyjiw",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/kanzler-kyjiw-2322918",
    retrieved="same address (stored media-library item on Chancellor Scholz's visit to Kyiv and his press conference "
              "with President Zelensky; the stored copy shows no headline, only the player kicker 'Video', which is "
              "dropped as furniture, so the teaser is the only line (rules 32, 93); complete in the stored copy)",
    license=BREG,
    paras=["Bundeskanzler Scholz ist in die Ukraine gereist. Seine Nachricht aus Kyjiw an Putin: „Wir haben einen langen "
           "Atem. Wir werden in unserer Unterstützung für die Ukraine nicht nachlassen. Wir stehen an der Seite der "
           "Ukrainerinnen und Ukrainer – so lange wie nötig.“ Sehen Sie hier das Eingangsstatement aus seiner "
           "Pressekonferenz mit Präsident Selenskyj."],
    quotes=[("„Wir haben einen langen Atem. Wir werden in unserer Unterstützung für die Ukraine nicht nachlassen. Wir "
             "stehen an der Seite der Ukrainerinnen und Ukrainer – so lange wie nötig.“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz"]})

add(id="ho16-breg-2025-06-05-merz-washington",
    title="Antrittsbesuch des Bundeskanzlers in den USA",
    url="https://www.bundesregierung.de/breg-de/aktuelles/merz-reist-nach-washington-2352332",
    retrieved="same address (stored article of June 2025 (the same text is announced under "
              "https://www.bundeskanzler.de/bk-de/aktuelles/merz-reist-nach-washington-2352332); the kicker is the "
              "first line, the teaser the second (rule 18); '2 Min. Lesedauer', the photo caption 'Bundeskanzler Merz "
              "und Präsident Trump kamen zum gemeinsamen Gespräch im Oval Office des Weißen Hauses zusammen.' and the "
              "credit 'Foto: Bundesregierung/Steffen Kugler' dropped (rules 14, 93); the subheading 'Kanzler lobt im "
              "Anschluss „gutes Gespräch”' and the paragraph after it ('Nach dem Gespräch … und die bilatera'), cut off "
              "in the stored copy, dropped with their two quotations (rule 15))",
    license=BREG,
    paras=["Der russische Angriffskrieg gegen die Ukraine, die NATO, Wirtschafts- und Handelsfragen sowie die "
           "bilateralen Beziehungen: Für das erste Treffen mit US-Präsident Trump hatte Bundeskanzler Friedrich Merz "
           "eine breite Themenpalette im Gepäck.",
           "„Wir stimmen überein, wie fürchterlich dieser Krieg ist, und wir suchen nach Wegen, diesen Krieg zu "
           "beenden.” Das sagte Bundeskanzler Friedrich Merz bei der Pressekonferenz nach dem Gespräch mit "
           "US-Präsidenten Donald Trump im Oval Office des Weißen Hauses. Weiter betonte der Kanzler in Bezug auf den "
           "russischen Angriffskrieg, dass der US-Präsident die Macht habe, auf den russischen Präsidenten einzuwirken "
           "und ihn zu einem Waffenstillstand in der Ukraine zu bewegen. Es war das erste persönliche Treffen von "
           "Bundeskanzler Friedrich Merz mit US-Präsident Trump. Dieser hatte den Kanzler nach Washington eingeladen "
           "und begrüßte ihn im Weißen Haus.",
           "Der Bundeskanzler sagte außerdem bei dem Zusammentreffen, er wolle die Zusammenarbeit von Kanzleramt und "
           "Weißem Haus wieder intensivieren. Mit Blick auf die deutsche Herkunft von Trumps Familie erklärte der "
           "Bundeskanzler, dass dies eine „sehr gute Grundlage für enge Zusammenarbeit zwischen Amerika und "
           "Deutschland” sein könne. Er hob auch die tiefe Dankbarkeit gegenüber den Vereinigten Staaten für die "
           "Befreiung Deutschlands von der Nazi-Herrschaft vor 80 Jahren hervor: „Das werden wir nie vergessen.”"],
    quotes=[("„Wir stimmen überein, wie fürchterlich dieser Krieg ist, und wir suchen nach Wegen, diesen Krieg zu "
             "beenden.”", "Friedrich Merz"),
            ("„sehr gute Grundlage für enge Zusammenarbeit zwischen Amerika und Deutschland”", "Friedrich Merz"),
            ("„Das werden wir nie vergessen.”", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler",
                                "Kanzler"]})

add(id="ho16-breg-2025-06-05-mediathek-merz-washington",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/kanzler-merz-in-washington-2352308",
    retrieved="same address (stored picture gallery of 5 June 2025; no headline in the stored copy, whose first line is "
              "the teaser (rule 32); the share buttons ('- per E-Mail teilen, Antrittsbesuch von Bundeskanzler Merz bei "
              "US-Präsident Trump' etc., 'Beitrag teilen') dropped as furniture (rule 93); each picture caption is a "
              "line of its own; the caption 'Dabei handelte es sich um einen Golfschläger … probiert Trump den Putter "
              "auch gle', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzler Friedrich Merz traf sich zum ersten Mal mit US-Präsident Donald Trump. Im Weißen Haus "
           "sprachen sie unter anderem über den russischen Angriffskrieg in der Ukraine sowie die Zoll- und "
           "Handelspolitik. Sehen Sie hier den Antrittsbesuch in Bildern.",
           "Washington, D.C., 5. Juni 2025: Bundeskanzler Friedrich Merz ist zum Antrittsbesuch zum US-Präsidenten "
           "gereist. Weit nach Mitternacht ist er auf dem internationalen Flughafen Washington Dulles angekommen.",
           "„Ich freue mich auf den Besuch bei Präsident Trump”, ließ der Kanzler im Vorfeld wissen. Man habe sich gut "
           "vorbereitet.",
           "Am Mittag ist Bundeskanzler Merz im Weißen Haus von US-Präsident Donald Trump empfangen worden.",
           "Für das erste Treffen im Oval Office mit Präsident Trump hatte Bundeskanzler Merz eine breite "
           "Themenpalette im Gepäck.",
           "Neben den bilateralen Beziehungen zwischen Deutschland und den Vereinigten Staaten sollte es bei dem "
           "Treffen auch um den Krieg in der Ukraine sowie um Wirtschafts- und Handelsfragen gehen.",
           "Neben einer kalligraphierten und übersetzten Kopie der Geburtsurkunde von Präsident Trumps Großvater "
           "Friedrich aus Kallstadt überreichte der Kanzler dem Präsidenten noch ein weiteres Gastgeschenk."],
    quotes=[("„Ich freue mich auf den Besuch bei Präsident Trump”", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler Merz", "Merz",
                                "Kanzler"]})

add(id="ho16-bk-2024-instagram-frag-den-kanzler",
    title="Kanzler Scholz auf Instagram",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/instagram-fragen-an-bk-2188266",
    retrieved="same address (one of three stored versions of the page: the version listing the episodes up to "
              "'Folge vom 13. Juni' 2024; the versions of July 2023 and September 2024 share its wording and were not "
              "used (no text in two documents); the kicker is the first line (rule 18); each line of the episode list "
              "kept as its own line, the published 'Feburar' kept (rule 20); the heading '… ob er jungen Menschen "
              "empfehlen würde, zur Bundeswehr zu gehen' and its quotation '„Die Bundeswehr ist wichtig. Wir brauchen "
              "eine funktionierende Landesverteidigung', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Auf seinem Kanal bei Instagram beantwortet der Bundeskanzler Fragen aus der Community. Es geht um "
           "Voraussetzungen für künftiges Wirtschaftswachstum, eine realistische Migrationspolitik, gute Löhne – und "
           "die Frage, was dem Kanzler eigentlich auf langen Flügen durch den Kopf geht.",
           "Den Bürgerinnen und Bürgern die eigene Politik zu erklären – nach dieser Möglichkeit sucht Bundeskanzler "
           "Scholz so häufig wie möglich. Und er tut es: im Parlament, bei Bürgerdialogen, Veranstaltungen – und auch "
           "auf Instagram.",
           "Dort beantwortet der Kanzler häufig gestellte Fragen aus der Community. Die neueste Folge finden Sie genau "
           "wie viele weitere Beiträge auf dem Instagram-Kanal des Bundeskanzlers.",
           "Hier geht es zu allen Folgen von „Frag den Kanzler“:",
           "Folge vom 13. Juni",
           "Folge vom 12. Juni",
           "Folge vom 23. Mai",
           "Folge vom 22. Mai",
           "Folge vom 12. März",
           "Folge vom 11. März 2024",
           "Folge vom 13. Feburar 2024",
           "Folge vom 11. Februar 2024",
           "Folge vom 25. Januar 2024",
           "Folge vom 22. Januar 2024",
           "Folge vom 17. November 2023",
           "Folge vom 26. Oktober 2023",
           "Folge vom 25. September 2023",
           "Folge vom 24. Juli 2023",
           "Folge vom 19. Juli 2023",
           "Folge vom 23. Juni 2023",
           "Folge vom 30. April 2023",
           "Folge vom 28. April 2023",
           "In den bisherigen Folgen spricht der Kanzler unter anderem zu den Themen...",
           "… Begeisterung für sein Amt",
           "„Ich beschränke mich mal auf das, was mich freut: etwas tun zu dürfen für unser Land, dafür, dass es eine "
           "gute Zukunft gibt.“",
           "… Arbeit, die sich lohnt",
           "„Arbeiten lohnt sich immer. Dafür ist Sorge getragen. Und damit es sich lohnt, braucht man vor allem gute "
           "Löhne. Deshalb haben wir den Mindestlohn auf zwölf Euro angehoben. Und deshalb wollen wir uns dafür "
           "einsetzen, dass es mehr und bessere Tariflöhne gibt. Ich bin überhaupt überzeugt, dass es viel zu viel "
           "Arbeit gibt, die schlecht bezahlt wird.“"],
    quotes=[("„Frag den Kanzler“", None),
            ("„Ich beschränke mich mal auf das, was mich freut: etwas tun zu dürfen für unser Land, dafür, dass es "
             "eine gute Zukunft gibt.“", "Scholz"),
            ("„Arbeiten lohnt sich immer. Dafür ist Sorge getragen. Und damit es sich lohnt, braucht man vor allem "
             "gute Löhne. Deshalb haben wir den Mindestlohn auf zwölf Euro angehoben. Und deshalb wollen wir uns "
             "dafür einsetzen, dass es mehr und bessere Tariflöhne gibt. Ich bin überhaupt überzeugt, dass es viel zu "
             "viel Arbeit gibt, die schlecht bezahlt wird.“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Kanzler Scholz", "Bundeskanzler Scholz", "Kanzler", "Bundeskanzler"]})

add(id="ho16-bkin-podcast-weihnachten",
    title="\"Ich freue mich auf Weihnachten\"",
    url="https://www.bundeskanzlerin.de/bkin-de/service/rss-feed/-ich-freue-mich-auf-weihnachten--1147870",
    retrieved="same address (stored page of a Christmas episode of the Chancellor's podcast 'Kanzlerin direkt'; the "
              "player lines '02:13' and 'Kanzlerin direkt \"Ich freue mich auf Weihnachten\"', which repeats the "
              "headline under the series name, dropped as furniture (rule 93); complete in the stored copy)",
    license=BREG,
    paras=["Das Wichtigste an Weihnachten ist: Zeit haben. Zeit für die Familie, Zeit für Freunde, Zeit auch für "
           "Menschen, die Sorgen haben. Bundeskanzlerin Angela Merkel wünscht Ihnen im Podcast Ruhe und Muße für die "
           "Feiertage. Und einen guten Rutsch ins Neue Jahr."],
    quotes=[("\"Ich freue mich auf Weihnachten\"", "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel"]})

# --- the Chancellor's podcast feed (Presse- und Informationsamt der Bundesregierung) as shown by podcast directories ---

MERKEL = ["Angela Merkel", "Merkel"]

add(id="ho16-feed-ivy-kanzlerin-direkt-2021",
    title="Der RSS-Feed zum Abonnieren der Audio-Podcasts der Bundeskanzlerin",
    url="https://ivy.fm/podcast/audio-podcast-angela-merkel---die-kanzlerin-direkt-324766",
    retrieved="same address (stored directory page of the feed 'Audio-Podcast Angela Merkel - Die Kanzlerin direkt' "
              "of the Presse- und Informationsamt der Bundesregierung, episodes of February and March 2021: the feed's "
              "description is the first line, its author line the second (rule 18), then the episode teasers, one per "
              "line (rules 19, 94); the teaser on the anniversary of the Hanau murders ('Vor dem Jahrestag der Morde "
              "von Hanau … \"Der'), cut off in the stored copy inside its quotation, dropped (rule 15))",
    license=BREG_FEED,
    paras=["Presse- und Informationsamt der Bundesregierung",
           "Bundeskanzlerin Merkel appelliert vor den Ostertagen an die Bürgerinnen und Bürger, sich konsequent an alle "
           "Regeln zu halten. „Mit unserem Verhalten können wir das starke Wachstum der Infektionszahlen wieder bremsen, "
           "stoppen und dann umkehren.“ Im April werde die Impfkampagne große Schritte nach vorne machen: „Jede Woche "
           "werden Millionen Menschen mehr sicheren und hochwirksamen Schutz vor einer Corona-Erkrankung haben“, so die "
           "Kanzlerin.",
           "An diesem Montag ist Weltfrauentag. Der 8. März mahne, „immer wieder kritisch zu hinterfragen, was noch "
           "fehlt auf dem Weg zur Gleichstellung der Geschlechter“, sagt Bundeskanzlerin Angela Merkel in ihrem "
           "aktuellen Video-Podcast. „Es kann nicht sein, dass Frauen unsere Gesellschaften maßgeblich tragen und "
           "gleichzeitig nicht gleichberechtigt an wichtigen Entscheidungen in Politik, Wirtschaft und Gesellschaft "
           "beteiligt sind“, so die Kanzlerin. Es gehe der Bundesregierung um nicht mehr, aber auch nicht weniger als "
           "um gleiche Chancen von Männern und Frauen, um echte Gleichstellung, betont Merkel.",
           "Die Bundesregierung will der digitalen Bildung in Deutschland einen kräftigen Schub verleihen, erklärt die "
           "Bundeskanzlerin in ihrem aktuellen Podcast. „Unser Leben ist digitaler geworden“, so Merkel mit Blick etwa "
           "auf digitalen Schulunterricht oder virtuelle Hörsäle in Zeiten der Pandemie. Auch wenn all dies aus der "
           "Krise geboren sei – „wir können es auch als Rückenwind sehen“, erklärt Merkel. Deshalb hat die "
           "Bundeskanzlerin gemeinsam mit Bildungsministerin Anja Karliczek die „Initiative Digitale Bildung“ ins Leben "
           "gerufen. Am kommenden Montag findet die digitale Auftaktveranstaltung statt. Merkel berichtet über die Ziele "
           "der Initiative und wirbt für eine neue Lern-App."],
    quotes=[("„Mit unserem Verhalten können wir das starke Wachstum der Infektionszahlen wieder bremsen, stoppen und "
             "dann umkehren.“", "Angela Merkel"),
            ("„Jede Woche werden Millionen Menschen mehr sicheren und hochwirksamen Schutz vor einer Corona-Erkrankung "
             "haben“", "Angela Merkel"),
            ("„immer wieder kritisch zu hinterfragen, was noch fehlt auf dem Weg zur Gleichstellung der Geschlechter“",
             "Angela Merkel"),
            ("„Es kann nicht sein, dass Frauen unsere Gesellschaften maßgeblich tragen und gleichzeitig nicht "
             "gleichberechtigt an wichtigen Entscheidungen in Politik, Wirtschaft und Gesellschaft beteiligt sind“",
             "Angela Merkel"),
            ("„Unser Leben ist digitaler geworden“", "Angela Merkel"),
            ("„wir können es auch als Rückenwind sehen“", "Angela Merkel"),
            ("„Initiative Digitale Bildung“", None)],
    aliases={"Angela Merkel": MERKEL + ["Bundeskanzlerin Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin",
                                        "Bundeskanzlerin"]})

add(id="ho16-feed-meinpodcast-tag-merkel-seite-5",
    title="Angela Merkel",
    url="https://meinpodcast.de/tag/angela-merkel/page/5/",
    retrieved="same address (stored directory page 5 of the tag 'Angela Merkel': teasers of the Chancellor's podcast of "
              "June 2020 from the Government's feed; the stray opening mark '\"' that the stored copy puts before the "
              "page title (scraper residue of the page's title attribute, no closing mark) dropped, the tag name is the "
              "first line (rules 18, 94); the player furniture ('Serie', 'Du hast noch keinen Podcast zur Wiedergabe "
              "ausgewählt', '00:00 / 00:00', 'Herunterladen', 'Playlist', 'Aktuelle Wiedergabe', the repeated tag name, "
              "the column heads 'Nr.', 'Titel', 'Länge'), the list bullets, the episode number '11.' and the duration "
              "'5:28' dropped (rule 94); the last item ('8.', '3:22', 'Nach'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG_FEED,
    paras=["Bundeskanzlerin Merkel dankt in ihrem neuen Video-Podcast den älteren Menschen in Deutschland für ihr "
           "Verständnis und ihre Haltung in der Corona-Pandemie. Für die Älteren, die allein in ihren Wohnungen oder in "
           "Pflegeheimen lebten, sei das Schmerzhafteste sicher gewesen, „über lange Wochen die Kinder und Enkel nicht "
           "sehen, nicht einfach in den Arm nehmen zu können“, so die Kanzlerin. „Trotz all dieser Härten habe ich bei "
           "vielen Älteren nicht Zorn, sondern häufig Verständnis für unsere Politik der notwendigen "
           "Kontaktbeschränkungen gefunden. Dafür danke ich sehr“, sagt Merkel.",
           "Deutschland übernimmt am 1. Juli für ein halbes Jahr die Ratspräsidentschaft der Europäischen Union. Im "
           "Podcast beschreibt die Kanzlerin, welche Rolle Deutschland in dieser Zeit einnehmen und welche Akzente es "
           "setzen will: „Besonders wichtig ist und bleibt die Überwindung der Folgen der Corona-Pandemie. Das heißt "
           "zuallererst, die Verbreitung des Virus weiter einzudämmen“, so Angela Merkel. Wichtig sei zudem die "
           "Stärkung der europäischen Wirtschaft, die Sicherung des sozialen Zusammenhalts, der Klimaschutz, die "
           "Digitalisierung und in der Welt Verantwortung zu übernehmen.",
           "Schon in der ersten Woche nach dem Start haben Millionen Menschen die neue Corona-Warn-App heruntergeladen. "
           "Kanzlerin Merkel freut sich über die große Unterstützung: „Jeder und jede, der die App nutzt, leistet einen "
           "Beitrag dazu, das Virus auch zukünftig unter Kontrolle zu halten“, sagt sie und betont die hohe Sicherheit: "
           "„Es hat sich gelohnt, dass wir bei der Entwicklung auf absolute Transparenz, auf umfassenden Datenschutz und "
           "höchste IT-Sicherheit geachtet haben. Heute können wir sagen: Diese App verdient Ihr Vertrauen.“"],
    quotes=[("„über lange Wochen die Kinder und Enkel nicht sehen, nicht einfach in den Arm nehmen zu können“",
             "Angela Merkel"),
            ("„Trotz all dieser Härten habe ich bei vielen Älteren nicht Zorn, sondern häufig Verständnis für unsere "
             "Politik der notwendigen Kontaktbeschränkungen gefunden. Dafür danke ich sehr“", "Angela Merkel"),
            ("„Besonders wichtig ist und bleibt die Überwindung der Folgen der Corona-Pandemie. Das heißt zuallererst, "
             "die Verbreitung des Virus weiter einzudämmen“", "Angela Merkel"),
            ("„Jeder und jede, der die App nutzt, leistet einen Beitrag dazu, das Virus auch zukünftig unter Kontrolle "
             "zu halten“", "Angela Merkel"),
            ("„Es hat sich gelohnt, dass wir bei der Entwicklung auf absolute Transparenz, auf umfassenden Datenschutz "
             "und höchste IT-Sicherheit geachtet haben. Heute können wir sagen: Diese App verdient Ihr Vertrauen.“",
             "Angela Merkel")],
    aliases={"Angela Merkel": MERKEL + ["Bundeskanzlerin Merkel", "Kanzlerin Merkel", "Kanzlerin"]})

add(id="ho16-feed-meinpodcast-merkel-aktuell-2021",
    title="Bundeskanzlerin Merkel aktuell",
    url="https://meinpodcast.de/bundeskanzlerin-merkel-aktuell/",
    retrieved="same address (stored directory page of the Government's podcast feed 'Bundeskanzlerin Merkel aktuell', "
              "teasers of June to December 2021; the stray opening mark '\"' before the page title dropped, the "
              "podcast's name is the first line (rules 18, 94); the player furniture, the repeated podcast name, the "
              "list bullets, the episode number '43.' and the duration '02:56' dropped (rule 94); the teaser on 22 June "
              "1941 ('Mit dem Überfall auf die UdSSR … eingeschränkt und unm'), cut off in the stored copy, dropped with "
              "its quotation (rule 15))",
    license=BREG_FEED,
    paras=["In ihrem letzten Podcast blickt die Kanzlerin auf über 600 Folgen in mehr als 15 Jahren zurück. Außerdem "
           "weist sie auf die dramatische Lage in der vierten Welle der Corona-Pandemie hin und ruft zum Impfen auf: "
           "„Eine möglichst hohe Impfquote hilft uns allen, als Land diese Pandemie hinter uns zu lassen.“",
           "Die Zahl der täglichen Corona-Neuinfektionen ist höher als je zuvor. „Es sind sehr schwierige Wochen, die vor "
           "uns liegen,“ so die Kanzlerin. Jetzt heiße es: zusammenstehen, geschlossen handeln und schneller und mehr "
           "impfen. Welche weiteren Schritte notwendig sind, schildert die Kanzlerin im Podcast.",
           "Eineinhalb Jahre, nachdem das Corona-Virus erstmals in Deutschland auftauchte, gibt es einen zuverlässigen "
           "und wirksamen Impfstoff. Doch noch immer haben nicht ausreichend viele Bürgerinnen und Bürger diese Chance "
           "genutzt. In ihrem Podcast ruft die Kanzlerin deshalb auf: „Lassen Sie sich impfen! Jetzt.“",
           "Der Westbalkan liegt in unmittelbarer Nachbarschaft zur Europäischen Union. „Wir Mitgliedsstaaten der EU "
           "haben jedes Interesse an einer friedlichen und guten Entwicklung des Westbalkans. Und wir haben eine "
           "Verantwortung, uns dafür auch praktisch einzusetzen“, so die Kanzlerin in ihrem Podcast mit Blick auf den "
           "virtuellen Westbalkangipfel, der am 5. Juli im Rahmen des „Berliner Prozesses“ stattfindet."],
    quotes=[("„Eine möglichst hohe Impfquote hilft uns allen, als Land diese Pandemie hinter uns zu lassen.“", "Merkel"),
            ("„Es sind sehr schwierige Wochen, die vor uns liegen,“", "Merkel"),
            ("„Lassen Sie sich impfen! Jetzt.“", "Merkel"),
            ("„Wir Mitgliedsstaaten der EU haben jedes Interesse an einer friedlichen und guten Entwicklung des "
             "Westbalkans. Und wir haben eine Verantwortung, uns dafür auch praktisch einzusetzen“", "Merkel"),
            ("„Berliner Prozesses“", None)],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin Merkel", "Kanzlerin"]})

add(id="ho16-feed-meinpodcast-merkel-aktuell-seite-5",
    title="Bundeskanzlerin Merkel aktuell",
    url="https://meinpodcast.de/bundeskanzlerin-merkel-aktuell/page/5/",
    retrieved="same address (stored directory page 5 of the Government's podcast feed 'Bundeskanzlerin Merkel aktuell', "
              "teasers of May 2020; the stray opening mark '\"' before the page title dropped, the podcast's name is "
              "the first line (rules 18, 94); the player furniture, the repeated podcast name, the list bullets, the "
              "episode number '5.' and the duration '4:08' dropped (rule 94); the published 'zu der die EU-Kommission "
              "eingeladen' (without a verb at the end) kept (rule 20); the last teaser "
              "('Heute nimmt Kanzlerin Merkel die Bedeutung der Europäischen Union … höre bei der ge'), cut off in the "
              "stored copy, dropped with its quotation (rule 15))",
    license=BREG_FEED,
    paras=["Diese Woche erinnert die Bundeskanzlerin an die Gründung der ersten Zeitungen nach der Befreiung vor 75 "
           "Jahren – und an den hohen Stellenwert der Pressefreiheit für unsere Demokratie. „Auch heute erleben wir in "
           "vielen Ländern, dass autoritäre und antidemokratische Kräfte sehr schnell die Meinungs- und Pressefreiheit "
           "einschränken, wenn sie an die Macht kommen. Umso erschreckender ist es, dass auch bei uns in den vergangenen "
           "Wochen Fernsehteams und Journalisten attackiert wurden“, sagt Angela Merkel. Wie es um die Pressefreiheit "
           "bestellt ist, sei immer auch ein Gradmesser für den Zustand einer Gesellschaft.",
           "Von den Folgen der Corona-Pandemie sind Künstlerinnen und Künstler besonders betroffen, „ganz besonders hier "
           "die Freischaffenden“, betont die Bundeskanzlerin im aktuellen Podcast. Auch wenn die Zuständigkeit für "
           "Kultur in Deutschland bei den Bundesländern liegt, macht die Kanzlerin deutlich, dass die Rettung unserer "
           "vielfältigen Kulturlandschaft auch für die Bundesregierung Priorität hat.",
           "Die Corona-Pandemie könne wegen ihrer weltweiten Ausbreitung nur gemeinsam bekämpft werden, sagt "
           "Bundeskanzlerin Merkel im aktuellen Podcast. Deutschland ist am 4. Mai Co-Gastgeber einer Videokonferenz, "
           "zu der die EU-Kommission eingeladen. Dort gehe es darum, „wie wir für alle Menschen auf der Welt Impfstoffe "
           "entwickeln, Medikamente und gute Diagnosemöglichkeiten bereitstellen“."],
    quotes=[("„Auch heute erleben wir in vielen Ländern, dass autoritäre und antidemokratische Kräfte sehr schnell die "
             "Meinungs- und Pressefreiheit einschränken, wenn sie an die Macht kommen. Umso erschreckender ist es, dass "
             "auch bei uns in den vergangenen Wochen Fernsehteams und Journalisten attackiert wurden“", "Angela Merkel"),
            ("„ganz besonders hier die Freischaffenden“", "Angela Merkel"),
            ("„wie wir für alle Menschen auf der Welt Impfstoffe entwickeln, Medikamente und gute "
             "Diagnosemöglichkeiten bereitstellen“", "Angela Merkel")],
    aliases={"Angela Merkel": MERKEL + ["Bundeskanzlerin Merkel", "Bundeskanzlerin", "Kanzlerin"]})
