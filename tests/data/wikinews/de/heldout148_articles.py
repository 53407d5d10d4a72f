# Hundred-and-forty-eighth held-out German real-news set (tests/data/heldout148-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, 1150-1154). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-forty-eighth held-out set": texts of the European Commission in German
# (news items of its Representation in Germany on germany.representation.ec.europa.eu, its newsletter "EU-Aktuell" in the
# newsroom archive of ec.europa.eu, and Commission news as republished by the EIZ Niedersachsen) on disaster aid (forest
# fires 2018, 2022, 2023, an exhibition on EU disaster relief), sanctions against Russia, the State of the Union speech of
# 2025 and a competition fine (licence EU). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
LENARCIC = "Janez Lenarčič"
STYLIANIDES = "Christos Stylianides"
KUEHNEL = "Richard Kühnel"

# --- germany.representation.ec.europa.eu: news items of the Representation in Germany ---

FR_P1 = ("Im Rahmen des EU-Katastrophenschutzverfahrens schickt die EU zwei weitere Flugzeuge nach Frankreich, um dort beim "
         "Kampf gegen Waldbrände zu helfen. Janez Lenarčič, EU-Kommissar für Krisenmanagement, sagte: „Die EU ist "
         "uneingeschränkt solidarisch, wenn sich ein Land in einer Notlage befindet.\"")
FR_P2 = ("Lenarčič bedankte sich bei den Katastrophenschutzbehörden und den Helfern aus Deutschland, Griechenland, Schweden, "
         "Polen, Österreich, Rumänien und Italien. Dank kommt auch von der Präsidentin der Europäischen Kommission, Ursula von "
         "der Leyen. Sie weitet den Blick auf alle Hilfsaktionen in diesem Jahr und schreibt auf Twitter: „Tausende heroischer "
         "Feuerwehrleute arbeiten unermüdlich gegen Waldbrände auf unserem Kontinent. Die EU hat über rescEU Hilfe für "
         "Portugal, Slowenien, Tschechien, Albanien und Frankreich mobilisiert. Ich bedanke mich auch für die aktuelle "
         "Unterstützung für Frankreich.“")

add(id="ho148-eucom-2022-08-waldbraende-frankreich",
    title="Stronger together: Kampf gegen Waldbrände in Europa",
    url="https://germany.representation.ec.europa.eu/news/stronger-together-kampf-gegen-waldbrande-europa-2022-08-12_de",
    retrieved="same address (stored page of the Representation's press release of 12 August 2022; the lines 'Zum "
              "Hauptinhalt', 'Vertretung in Deutschland' and 'Pressemitteilung12. August 2022Vertretung in Deutschland' and "
              "the image text 'EU Civil Protection EU Katastrophenschutz' dropped as furniture (rule 14); the subheading "
              "'Frankreich hatte gestern ein Hilfeersuchen gestellt' kept as a line of its own; the paragraph 'Das "
              "EU-Zentrum für die Koordination von Notfallmaßnahmen … wurden die Copernicus-Satelliten d', cut off in the "
              "stored copy, dropped (rule 15))",
    license=EU,
    paras=[FR_P1, FR_P2,
           "Frankreich hatte gestern ein Hilfeersuchen gestellt",
           "Nach einem Hilfeersuchen Frankreichs im Rahmen des EU-Katastrophenschutzverfahrens hatte die Europäische "
           "Kommission gestern vier Flugzeuge ihrer rescEU-Brandbekämpfungsflotte ins Waldbrandgebiet entsandt. Die "
           "Flugzeuge sind sonst in Griechenland und Schweden stationiert. Heute nun wurden zwei weitere Flugzeuge aus der "
           "Reserve in Italien zugesagt. Darüber hinaus haben sich Feuerwehrleute aus Deutschland, Polen, Österreich und "
           "Rumänien auf den Weg gemacht, um die Helfer in Frankreich zu verstärken."],
    quotes=[(cut(FR_P1, "„Die EU", "befindet.\""), LENARCIC),
            (cut(FR_P2, "„Tausende", "Frankreich.“"), VDL)],
    aliases={LENARCIC: ["Janez Lenarčič", "Lenarčič", "EU-Kommissar für Krisenmanagement"],
             VDL: ["Ursula von der Leyen", "Präsidentin der Europäischen Kommission", "Sie"]})

RL_P1 = ("Besucher des Alexa-Einkaufszentrums in Berlin können ab Freitag erleben, wie die Europäische Union bei "
         "Naturkatastrophen und in anderen Krisen koordiniert Menschenleben rettet. Der Eintritt zu der interaktiven "
         "Ausstellung „EU rettet Leben“ ist...")
RL_P2 = ("Zur der Eröffnung im Alexa Shopping Center sagte Richard Kühnel, Vertreter der Europäischen Kommission in "
         "Deutschland: „Die Mehrheit der Europäer unterstützt bereits unseren Ansatz, dass die Europäische Union Hilfe für "
         "Menschen in Katastrophengebieten koordiniert. Aber nicht alle Menschen wissen tatsächlich, was die EU konkret im "
         "Katastrophenfall unternimmt. Mit dieser Ausstellung bringen wir Europa näher zum Menschen und zeigen "
         "multi-dimensional, wie die EU Menschenleben rettet – in Europa und weltweit“.")
RL_P7 = ("• Die Rohingya-Krise ist eine der größten humanitären Krisen weltweit. Besucher können in ein Flüchtlingslager, den "
         "Cox‘s Bazaar in Bangladesch, „eintreten“ und mehr über das Leben von Flüchtlingen und EU-finanzierte "
         "Hilfsprojekte erfahren.")

add(id="ho148-eucom-2018-05-eu-rettet-leben",
    title="EU rettet Leben: Ausstellung über Katastrophenhilfe am Berliner Alexanderplatz bis zum 26. Mai",
    url="https://germany.representation.ec.europa.eu/news/eu-rettet-leben-ausstellung-uber-katastrophenhilfe-am-berliner-"
        "alexanderplatz-bis-zum-26-mai-2018-05-16_de",
    retrieved="same address (stored page of the Representation's news item of 16 May 2018; the lines 'Zum Hauptinhalt', "
              "'Vertretung in Deutschland' and 'Presseartikel16. Mai 2018Vertretung in DeutschlandLesedauer: 1 Min' dropped "
              "as furniture (rule 14); the site's teaser, which the page itself ends with 'ist...', kept as published "
              "(rule 1152); the published 'Zur der Eröffnung' and 'Cox‘s' kept (rule 20); the bullet 'Im Cockpit eines "
              "Löschflugz', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[RL_P1, RL_P2,
           "Berlin ist nach einem erfolgreichen Start in Vilnius und Bukarest mit mehr als 110.000 Besuchern der dritte Halt "
           "dieser Ausstellung. Es folgen Rom, Marseille und Madrid.",
           "Angesichts der immer häufigeren Naturkatastrophen hat die EU-Kommission im November letzten Jahres einen "
           "Vorschlag vorgelegt, mit dem sie das bestehende System zur Katastrophenabwehr überarbeiten und eine neue "
           "europäische Reserve von Katastrophenschutzkapazitäten (rescEU) einrichten will.",
           "Für die Produktion hat ein Kamerateam mit einer speziellen 360°-Kamera gefilmt, wie die Europäische Union auf "
           "aktuelle humanitäre Krisen und Katastrophen reagiert.",
           "Drei virtuelle Erlebnisse zeigen verschiedene europäische Einsätze rund um die Welt:",
           RL_P7],
    quotes=[("„EU rettet Leben“", None),
            (cut(RL_P2, "„Die Mehrheit", "weltweit“"), KUEHNEL),
            ("„eintreten“", None)],
    aliases={KUEHNEL: ["Richard Kühnel", "Vertreter der Europäischen Kommission in Deutschland"]})

# --- ec.europa.eu/newsroom/representations/newsletter-archives: the Representation's newsletter "EU-Aktuell" ---

SK_P1 = ("Die Präsidentin der EU-Kommission, Ursula von der Leyen, hat die Einigung der 27 EU-Staats- und Regierungschefs auf "
         "weitere Sanktionen gegen Russland begrüßt. Von der Leyen sprach nach Abschluss des ersten Gipfeltages von sehr "
         "guten Gesprächen. Mit dem grundsätzlichen Ja der Mitgliedsstaaten zum sechsten Sanktionspaket „dürfte der Rat nun "
         "in der Lage sein, ein Verbot für fast 90 Prozent aller russischen Öleinfuhren bis Ende des Jahres auf den Weg zu "
         "bringen. Dies ist ein wichtiger Schritt nach vorne. Wir werden uns in Kürze erneut mit der Frage der verbleibenden "
         "10 Prozent Pipelineöl befassen.“")

add(id="ho148-eucom-newsletter-39118-sanktionen",
    title="Von der Leyen zu Russland-Sanktionen: „Wichtiger Schritt nach vorne“",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/39118",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of late May / early June 2022 (the stored "
              "copy gives no date line): its first two items; the newsletter header lines 'Falls Sie diese E-Mail nicht "
              "lesen können, …' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and "
              "the 'mehr' links dropped (rule 14); the headline of the first item is the first line, the headline of the "
              "second kept as a line of its own; the third item 'Weinprojekt aus Sachsen-Anhalt gewinnt EU-Klimapreis', cut "
              "off in the stored copy, dropped with its headline (rule 15))",
    license=EU,
    paras=[SK_P1,
           "Kriegsflüchtlinge aus der Ukraine: Kommission startet EU-Registrierungsplattform",
           "Die Mitgliedstaaten der EU können Informationen über Kriegsflüchtlinge aus der Ukraine künftig in Echtzeit "
           "austauschen. Dabei hilft die heute (Dienstag) gestartete EU-Registrierungsplattform. Die neue Plattform ist Teil "
           "des Zehn-Punkte-Plans, den die EU-Kommission Ende März den EU-Innenministern vorgelegt hatte. Damit soll die "
           "Aufnahme von Menschen, die vor dem Krieg in der Ukraine fliehen, besser koordiniert werden."],
    quotes=[("„Wichtiger Schritt nach vorne“", VDL),
            (cut(SK_P1, "„dürfte", "befassen.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Von der Leyen", "Präsidentin der EU-Kommission"]})

MM_P2 = ("Janez Lenarčič, EU-Kommissar für Krisenmanagement, betont die uneingeschränkte Solidarität der Europäischen Union "
         "mit den betroffenen Ländern im Rahmen des Katastrophenschutzverfahrens: „Die Waldbrände, die den Mittelmeerraum "
         "erschüttern, erfordern eine sofortige und einheitliche Reaktion. Gemeinsam setzen wir die verfügbaren Ressourcen "
         "ein, um die Brände zu bekämpfen und unsere Bürgerinnen und Bürger und Landschaften zu schützen. Ich spreche auch "
         "den Familien und Kollegen der beiden griechischen Feuerwehrleute, die gestern beim Absturz ihres Löschflugzeuges "
         "auf der Insel Euböa ums Leben kamen, mein aufrichtiges Mitgefühl aus. Der Absturz erinnert uns schmerzlich daran, "
         "dass Ersthelfer ihr Leben gefährden, um andere Menschen und unsere Umwelt zu retten.“")

add(id="ho148-eucom-newsletter-47007-waldbraende-mittelmeer",
    title="Waldbrände: EU leistet entscheidende Hilfe für den Mittelmeerraum",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/47007",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of late July 2023 (the stored copy gives "
              "no date line): its first item; the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, …' / "
              "'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'mehr' link "
              "dropped (rule 14); the second item 'Anpassung an den Klimawandel: Neue Leitlinien der EU-Kommission sollen "
              "EU-Länder', whose paragraph is cut off in the stored copy inside a quotation of Frans Timmermans ('„Die "
              "Wetterereignisse, die viele Europäerinnen und Europä'), dropped with its headline (rule 15))",
    license=EU,
    paras=["Mehrere Mittelmeer-Anrainerstaaten haben mit Waldbränden zu kämpfen, die sich weiter schnell ausbreiten. Die EU "
           "hat umgehend agiert, sie verstärkt die Brandbekämpfung und leistet dringend benötigte Unterstützung. Seit dem 18. "
           "Juli wurden über 490 Feuerwehrleute und neun Löschflugzeuge nach Griechenland und Tunesien entsandt.",
           MM_P2],
    quotes=[(cut(MM_P2, "„Die Waldbrände", "zu retten.“"), LENARCIC)],
    aliases={LENARCIC: ["Janez Lenarčič", "EU-Kommissar für Krisenmanagement"]})

# --- eiz-niedersachsen.de: Commission news as republished by the EIZ Niedersachsen ---

SE_P3 = ("Der für humanitäre Hilfe und Krisenmanagement zuständige EU-Kommissar Christos Stylianides erklärte: „Wir haben "
         "rund um die Uhr gearbeitet, um Schweden zu helfen. Das ist unsere Pflicht in einem Europa, das schützt und "
         "bürgernah ist. In der vergangenen Woche und am Wochenende wurde eine Rekordhöhe an EU-Unterstützung mobilisiert. "
         "Die Brände in Schweden zeigen, dass der Klimawandel real und kein Land gegen Naturkatastrophen immun ist. Aus "
         "diesem Grund hat die Kommission vorgeschlagen, die Katastrophenschutzmaßnahmen der EU durch rescEU zu verstärken, "
         "damit die Mitgliedstaaten bei einer Vielzahl von Katastrophen besser gerüstet sind.“")

add(id="ho148-eiz-2018-07-waldbraende-schweden",
    title=None,
    url="https://www.eiz-niedersachsen.de/waldbraende-eu-koordiniert-bislang-groesste-hilfemassnahme-in-schweden/",
    retrieved="same address (stored page of the Commission's press release of 24 July 2018 as republished by the EIZ "
              "Niedersachsen (rule 31); the part of the stored copy that the search tool returned begins with the dated "
              "lead and holds no headline, so the document has no title line (rule 32); the trailing space after the "
              "quotation's closing mark dropped)",
    license=EU,
    paras=["24.07.2018 Brüssel – Die Kommission erleichtert die Bereitstellung von Hilfe in Rekordhöhe, mit der Schweden bei "
           "der Bekämpfung der beispiellosen Waldbrände unterstützt wird.",
           "Bisher wurden über das Katastrophenschutzverfahren der EU von Italien, Frankreich, Deutschland, Litauen, "
           "Dänemark, Portugal, Polen und Österreich insgesamt 7 Löschflugzeuge, 7 Hubschrauber, 60 Fahrzeuge und mehr als "
           "340 Feuerwehrleute zugesagt.",
           SE_P3,
           "Der rescEU-Vorschlag ist ein zentraler Bestandteil der Agenda von Präsident Juncker für ein Europa, das schützt. "
           "Das Zentrum für die Koordination von Notfallmaßnahmen der Kommission überwacht die Lage in Schweden und die "
           "Waldbrandgefahr in ganz Europa genau."],
    quotes=[(cut(SE_P3, "„Wir haben", "gerüstet sind.“"), STYLIANIDES)],
    aliases={STYLIANIDES: ["Christos Stylianides", "EU-Kommissar Christos Stylianides"]})

SOTEU_P1 = ("EU-Kommissionspräsidentin Ursula von der Leyen hat in ihrer ersten Rede zur Lage der Union (SOTEU) ihrer "
            "zweiten Amtszeit mit Blick auf die globale Krise zu Geschlossenheit und einem gemeinsamen Kampf Europas "
            "aufgerufen. „Einen Kampf für unsere Werte und unsere Demokratien. Einen Kampf für unsere Freiheit und dafür, "
            "dass wir selbst über unser Schicksal bestimmen können“, sagte von der Leyen vor dem Europäischen Parlament. "
            "„Deshalb trete ich heute für Geschlossenheit ein. Geschlossenheit der Mitgliedstaaten untereinander. "
            "Geschlossenheit der EU-Institutionen.“")
GOOGLE_P = ("Die Europäische Kommission hat gegen den US-amerikanischen Konzern Google eine Geldbuße in Höhe von 2.95 "
            "Milliarden Euro verhängt – weil er gegen das EU-Kartellrecht verstoßen hat, indem er den Wettbewerb in der "
            "Werbetechnologiebranche („adtech“) verzerrt hat. Konkret wirft die Kommission dem Unternehmen vor, seine "
            "eigenen Technologiedienste für Online-Werbeanzeigen zum Nachteil konkurrierender Anbieter von "
            "Werbetechnologie, Werbetreibenden und Online‑Publishern zu bevorzugen.")

add(id="ho148-eiz-nachrichten-1-lage-der-union-google",
    title="Präsidentin von der Leyen zur Lage der Union: „Europa muss kämpfen“",
    url="https://www.eiz-niedersachsen.de/category/aktmeld/nachrichten/page/1",
    retrieved="same address (stored first page of the news list 'Nachrichten' of the EIZ Niedersachsen, which lists the "
              "Commission's news as republished by the EIZ (rule 31), September 2025: its first two items; in the headline "
              "lines the image text and credit run together with the headline ('Rede zur Lage der Union 2025 © "
              "EU-Kommission - Audiovisueller Dienst Fotograf: Christophe Licoppe'; 'Teresa RIBERA, Executive "
              "Vice-President of the European Commission for a Clean, Just and Competitive Transition Fotograf*in: Bogdan "
              "Hoyaux © European Union, 2024 EC - Audiovisual Service') dropped, the headlines kept (rule 1154); the third "
              "item 'Eurobarometer: Zwei Drittel der jungen Europäer befürworten eine EU-Erweiterung', cut off in the "
              "stored copy, dropped with its headline (rule 15); the published '2.95 Milliarden' and the non-breaking "
              "hyphen in 'Online‑Publishern' kept (rule 20))",
    license=EU,
    paras=[SOTEU_P1,
           "Online-Werbung: Kommission verhängt fast 3 Milliarden Euro Geldbuße gegen Google",
           GOOGLE_P],
    quotes=[("„Europa muss kämpfen“", VDL),
            (cut(SOTEU_P1, "„Einen Kampf", "bestimmen können“"), VDL),
            (cut(SOTEU_P1, "„Deshalb", "EU-Institutionen.“"), VDL),
            ("„adtech“", None)],
    aliases={VDL: ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen", "von der Leyen",
                   "Präsidentin von der Leyen"]})
