# Sixty-eighth held-out German real-news set (tests/data/heldout68-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 490 ff.). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by speaker names, and by an 8-word overlap search against the texts of all sets). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: the German service of the press agency Pressenza (pressenza.com/de; CC BY 4.0): list pages (an author page, a
# section page, the press-release page, a bureau page) and reports. All stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs and complete list items are kept (rules 15, 17), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PZ  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


LIST_NOTE = ("same address (stored list page: the page name is the first line (rule 18), then headline and teaser of "
             "each article as the page shows them, the teasers with their published '…' (rules 19, 69)")

# --- Pressenza: list pages ---

LINKE_P = ("„DIE LINKE fordert die sofortige Freilassung von Julian Assange aus dem britischen Hochsicherheitsgefängnis "
           "Belmarsh in London. Auch vor dem Hintergrund von Berichten über Mordplanungen im Auftrag des früheren "
           "CIA-Direktors Mike Pompeo muss eine Auslieferung des Journalisten und Wikileaks-Gründers an die…")
ASYL_P = ("„Es darf bei der Asylpolitik keinen Überbietungswettbewerb auf Kosten schutzsuchender Menschen geben. "
           "Insbesondere Angehörige ethnischer und religiöser Minderheiten sind eine sehr vulnerable Gruppe und oft "
           "mehrfacher Verfolgung in ihren Herkunftsländern ausgesetzt. Ihr individuelles Recht auf Asyl in Deutschland "
           "darf nicht…")


add(id="ho68-pz-author-redaccion-chile-4",
    title="Redacción Chile",
    url="https://www.pressenza.com/de/author/redaccion-chile/page/4/",
    retrieved=LIST_NOTE + "; the published footnote mark '[1]' and the mixed marks '“Acción Humanista“' kept (rule "
              "20); complete as stored)",
    license=PZ,
    paras=["Abgeordneter Tomás Hirsch startet die Bewegung “Acción Humanista“",
           "Tomás Hirsch, Abgeordneter der Humanistischen Partei in Chile, hat am letzten Donnerstag, dem 30. Juli, "
           "gemeinsam mit hunderten Menschen aus verschiedensten Regionen des Landes die politische und soziale Bewegung "
           "„Acción Humanista“ (AH) vorgestellt. Einem Dokument zufolge, das die politischen Definitionen…",
           "In Chile brodelt es von Neuem",
           "Als Präsident Piñera ein neues wirtschaftliches Unterstützungspaket ankündigte, das vor allem den Mittelstand "
           "begünstigt, entlarvte die Bevölkerung die politische Absicht dahinter in den sozialen Medien: Die Regierung "
           "wollte den Gesetzesentwurf verhindern, der sich am folgenden Tag in der Abgeordnetenkammer klären…",
           "Chile: Der Abgeordnete Hirsch fordert die Aufhebung der steigenden Gesundheitskosten während der "
           "Corona-Pandemie",
           "Der Abgeordnete der Humanistischen Partei Chiles, Tomás Hirsch, stellte einen Gesetzesentwurf vor, mit dem "
           "die Preiserhöhung für ISAPREs (Sozialversicherungseinrichtungen[1]) während des durch die "
           "COVID-19-Pandemie ausgerufenen Katastrophenzustandes ausgesetzt werden soll. Er erläuterte: „Ich habe "
           "beschlossen, diesen Gesetzesentwurf vorzulegen, um die Preise…",
           "Öffentliche Anprangerung der Femizide",
           "Wir veröffentlichen diese Fotostrecke von Riccardo Marinai, der zwischen vielen Ausdrucksformen des "
           "feministischen Kampfes, die am internationalen Frauentag auf dem Plaza Dignidad (Platz der Würde) in "
           "Santiago de Chile bekundet wurden, die öffentliche Anprangerung der Femizide festhielt. Diese "
           "geschlechterspezifischen Morde…"],
    # the movement's name, twice (rule 24); the statement cut off by the teaser's length keeps the speaker of its colon
    # cue 'Er erläuterte:' (rule 140), the pronoun resolved to the deputy named in the sentence before
    quotes=[("“Acción Humanista“", None),
            ("„Acción Humanista“", None),
            ("„Ich habe beschlossen, diesen Gesetzesentwurf vorzulegen, um die Preise…", "Tomás Hirsch")],
    aliases={"Tomás Hirsch": ["Tomás Hirsch", "Abgeordneter Tomás Hirsch", "Der Abgeordnete Hirsch", "Hirsch"]})

add(id="ho68-pz-pressemitteilungen-121",
    title="Pressemitteilungen",
    url="https://www.pressenza.com/de/-/pressemitteilungen/page/121",
    retrieved=LIST_NOTE + "; the published 'Menschenrrechtsorganisationen' kept (rule 20); the last item (headline "
              "'Seehofers blinder Fleck: Menschenrechtsverletzungen an den EU-Außengrenzen' and its teaser, cut off in "
              "the stored copy after 'S') dropped (rule 15); it holds no quotation mark in the stored part)",
    license=PZ,
    paras=["London: Julian Assange wird Ehrenmitglied des deutschen PEN",
           "Das deutsche PEN-Zentrum ernennt den investigativen Journalisten Julian Assange zum Ehrenmitglied. Assange "
           "befindet sich seit April 2019 im Londoner Hochsicherheitsgefängnis Belmarsh in Einzelhaft, nachdem er 2012 "
           "in der ecuadorianischen Botschaft in London Asyl beantragt und dort fast sieben Jahre als…",
           "Menschenrechtsarbeit darf nicht kriminalisiert werden!",
           "Terrorismusvorwurf gegen palästinensische Menschenrrechtsorganisationen. Die ärztliche Friedensorganisation "
           "IPPNW hat Bundesaußenminister Maas aufgefordert, sich gegenüber seinem israelischen Amtskollegen gegen die "
           "Kriminalisierung und für eine sofortige Rehabilitierung palästinensischer Menschenrechtsgruppen "
           "einzusetzen. Der israelische Verteidigungsminister Benny Gantz hat sechs palästinensische "
           "Menschenrechtsgruppen zu „terroristischen Organisationen“…",
           "Verfolgung von Julian Assange beenden",
           LINKE_P,
           "Schweiz schlägt weiterhin Millionen aus Menschenrechtsverletzungen",
           "Die Schweiz exportiert weiterhin in Millionenhöhe Kriegsmaterial in Länder, deren Regierungen systematisch "
           "Menschenrechtsverletzungen begehen. Insbesondere den Jemenkrieg hat die Schweiz dieses Jahr in Rekordhöhe "
           "mitfinanziert. von Lewin Lempert Das Rekordjahr 2020 wird in den ersten neun Monaten zwar nicht "
           "geschlagen,…"],
    # the designation the minister gave the groups, cut before its verb (rule 490); the party statement that opens its
    # teaser with no cue and names the party as the one demanding (rule 491)
    quotes=[("„terroristischen Organisationen“", "Benny Gantz"),
            (cut(LINKE_P, "„DIE LINKE fordert", "an die…"), "DIE LINKE")],
    aliases={"Benny Gantz": ["Benny Gantz", "Verteidigungsminister Benny Gantz"],
             "DIE LINKE": ["DIE LINKE"]})

add(id="ho68-pz-rubrik-menschenrechte-8",
    title="Menschenrechte",
    url="https://pressenza.com/de/-/rubrik/menschenrechte/page/8",
    retrieved=LIST_NOTE + "; the author line 'Fabian Molina für die Online-Zeitung INFOSperber Red.' run into the first "
              "teaser and the missing stop in 'Trump; Trump unterstützt Tiktok Die Eigentümer' kept as the teasers show "
              "them (rule 20); complete as stored)",
    license=PZ,
    paras=["Die Opfer in der letzten Kolonie Afrikas fordern ihre Rechte",
           "Marokko unterdrückt völkerrechtswidrig die Sahraouis in der Westsahara. Ein Augenschein in den "
           "Flüchtlingslagern an der Grenze. Fabian Molina für die Online-Zeitung INFOSperber Red. Marokko gibt dem IKRK "
           "keinen Zugang zu gefangengehaltenen Sahraouis. Mitglieder der Parlamentarischen Gruppe Westsahara aus der "
           "Schweiz…",
           "Kein Überbietungswettbewerb auf Kosten Schutzsuchender",
           ASYL_P,
           "Trump 2.0: eine Tragödie für Migration und Umwelt",
           "Umgeben von Tech-Mogul*innen und Vertreter*innen autoritärer Regierungen wurde Donald J. Trump als Präsident "
           "der Vereinigten Staaten vereidigt. In seiner Rede wetterte er gegen irreguläre Migranten*innen, LGBTQ+ "
           "Menschen und reproduktive Rechte. TikTok unterstützt Trump; Trump unterstützt Tiktok Die Eigentümer und "
           "Vertreter…",
           "„Dann sollen sie doch Burger essen“ – Ernährungsarmut in Österreich",
           "Ernährungsarmut in einer Überfluss- und Wegwerfgesellschaft? 420.000 Menschen in Österreich können sich zu "
           "wenig oder nur unzureichende Lebensmittel leisten, obwohl mehr als genug Nahrungsgüter vorhanden wären. Was "
           "es braucht? Aktives politisches Eingreifen, das Ernährungsarmut bekämpft und positive Auswirkungen auf "
           "Menschen,…",
           "Die Angst vor dem Vergessen – „Never Again“ zum Holocaust-Gedenktag",
           "Am 27. Januar, dem Internationalen Holocaust-Gedenktag, veröffentlicht Pressenza den Kurzfilm „Never Again“ "
           "von Mario Dahl. Dieser Film ist eine eindringliche Erinnerung an die unvorstellbaren Schrecken des "
           "Holocausts und eine Mahnung, die Lehren der Geschichte nicht in Vergessenheit geraten zu lassen.…"],
    # a statement and a headline saying whose source the page does not name (rule 492); the film title twice (rule 24)
    quotes=[(cut(ASYL_P, "„Es darf bei der Asylpolitik", "darf nicht…"), None),
            ("„Dann sollen sie doch Burger essen“", None),
            ("„Never Again“", None, 0),
            ("„Never Again“", None, 1)],
    aliases={})

add(id="ho68-pz-author-pressenza-berlin-83",
    title="Pressenza Berlin",
    url="https://www.pressenza.com/de/author/pressenza-berlin/page/83/",
    retrieved=LIST_NOTE + "; the bureau line 'News from the Pressenza Bureau in Berlin, Germany' kept as a line of its "
              "own (rule 18); the published 'am Kriegs in Syrien' and the missing space in 'Syrien“versuchen' kept (rule "
              "20); the last item (headline 'Erahnen, was es heisst, auf der Flucht zu sein' and its teaser, cut off in "
              "the stored copy after 'die eigene') dropped (rule 15); it holds no quotation mark in the stored part)",
    license=PZ,
    paras=["News from the Pressenza Bureau in Berlin, Germany",
           "Rechtsextreme Demonstration im Zentrum Berlins und Räumung der Gegendemonstration",
           "Am Samstag den 5. November fand im Zentrum Berlins eine Kundgebung „Merkel muss weg“ von etwa 500 "
           "Rechtsextremen, die bald zusammenschrumpfte auf etwa 200, statt. Ihnen stellten sich ungefähr 300 "
           "Gegendemonstranten am Oranienburger Tor entgegen. Nach brutaler Räumung durch die…",
           "Kampagne gegen Verlängerung des Syrieneinsatzes der Bundeswehr",
           "Der Bundestag entscheidet am 10. November darüber, ob die Bundeswehr sich weiter mit Fregatten, Tornados und "
           "AWACS-Flugzeugen, 1200 Soldaten und fast 150 Millionen € am Kriegs in Syrien beteiligen wird. Mit der "
           "Kampagne „Macht Frieden! Zivile Lösungen für Syrien“versuchen derzeit…",
           "Premiere des ecuadorianischen Films Alba in Deutschland",
           "Am 26. Oktober wurde der ecuadorianische Film Alba von Ana Cristina Barragán zum ersten Mal in Deutschland "
           "vorgeführt: beim Lateinamerikanischen Filmfestival Lakino in Berlin. Die Filmvorstellung fand auf der Bühne "
           "des Kinos Babylon statt. Der Film zeigt das Leben der…",
           "CETA: Abkommen gegen Kritiker demokratisch nicht durchsetzbar",
           "Forderungen Belgiens müssen in Vertrag aufgenommen werden / EU-Kommission, nicht Kanada, beharrt auf "
           "Schiedsgerichten / Zeit für Neustart der EU-Handels- und Investitionspolitik Auch nach der Einigung zwischen "
           "der belgischen Zentralregierung mit Wallonien und Brüssel ist CETA nach Einschätzung nicht in…",
           "Große Teilnahme an der UN-Konferenz Habitat III in Ecuador",
           "Vom 15. bis 20. Oktober fand in der ecuadorianischen Hauptstadt die Konferenz der Vereinten Nationen "
           "Habitat III statt, zu deren Abschluss die Delegationen der teilnehmenden Staaten die New Urban Agenda "
           "angenommen haben. Diese New Urban Agenda gestaltet die globalen Leitlinien…"],
    # the rally's motto and the campaign's name (rule 493)
    quotes=[("„Merkel muss weg“", None),
            ("„Macht Frieden! Zivile Lösungen für Syrien“", None)],
    aliases={})

# --- Pressenza: reports ---

add(id="ho68-pz-2023-10-stella-assange-berlin",
    title=None,
    url="https://www.pressenza.com/de/2023/10/julian-assange-in-berlin-ausgezeichnet-exklusiv-interview-mit-stella-"
        "assange/",
    retrieved="same address (stored report of October 2023; the stored copy begins with the lead, so there is no title "
              "line (rules 18, 32); the photo caption 'Stella und Julian Assange (Foto von Actvism, München)' dropped "
              "(rule 19); the published 'Actvism' is in the dropped caption only; the interview that follows the line "
              "'Das Interview mit Stella Assange führte Vasco Esteves …', cut off in the stored copy after 'Pressenza: "
              "Wie ist die aktuelle rechtliche Situatio', dropped (rule 15); it holds no quotation mark in the stored "
              "part)",
    license=PZ,
    paras=["Julian Assange muss uns nicht mehr vorgestellt werden. Sein Kampf ist unser Kampf, der Kampf für die Freiheit "
           "der Meinungsäußerung: eine Freiheit, die heutzutage zunehmend durch die grassierende Desinformation und die "
           "„Meinungsdiktatur“ bedroht ist, die immer mehr in unsere Demokratien eindringt und sie korrumpiert!",
           "Wer die öffentliche Meinung kontrolliert, kontrolliert die Welt, und die Mittel zur Manipulation dieser "
           "öffentlichen Meinung werden immer ausgeklügelter und befinden sich in den Händen von Regierungen, Oligarchen "
           "und Monopolkonzernen.",
           "In diesem Jahr hat die Akademie der Künste in Berlin, eine Akademie, die vor 300 Jahren gegründet wurde, "
           "ihren Konrad-Wolf-Preis (in Erinnerung an einen Filmregisseur aus der ehemaligen DDR, der viele Jahre lang "
           "Präsident der Akademie war) Julian Assange gewidmet!",
           "Da Julian Assange seit vier Jahren im Hochsicherheitsgefängnis Belmarsh in London sitzt und gegen seine "
           "Auslieferung an die USA kämpft (wo ihm lebenslange Haft oder sogar die Todesstrafe droht), wurde der "
           "Akademiepreis von seiner Frau Stella Assange entgegengenommen, einer Anwältin, die ebenfalls für die "
           "Menschenrechte kämpft.",
           "In diesem Bericht werden mehrere Fotos gezeigt, die während der Preisverleihung aufgenommen wurden.",
           "PRESSENZA hatte auch die Gelegenheit, mit Stella ein Interview über Julians aktuelle Situation zu führen. "
           "Stella Assange hob besonders die positive Rolle von Lula da Silva hervor, der auf Pressekonferenzen immer "
           "wieder über Julian Assange spricht. Lula sprach den Fall Julian auch in seiner Eröffnungsrede vor der "
           "UN-Generalversammlung in New York im vergangenen September an, wo er seine Freilassung forderte – unter "
           "großem Beifall der überwältigenden Mehrheit der anwesenden politischen Vertreter aus aller Welt!",
           "Das Interview mit Stella Assange führte Vasco Esteves für PRESSENZA in Berlin am 22.10.2023"],
    # the author's own scare quote (rules 2, 75)
    quotes=[("„Meinungsdiktatur“", None)],
    aliases={})

add(id="ho68-pz-2024-11-tolcachier-lima",
    title=None,
    url="https://pressenza.com/de/?p=2569767",
    retrieved="same address (stored text of November/December 2024; the stored copy begins with the editorial note, so "
              "there is no title line (rules 18, 32); the last paragraph 'Und so flüchten sich große, … Wahlmöglichkeiten, "
              "die manchmal verlockend erscheine', cut off in the stored copy, dropped (rule 15); it holds no quotation "
              "mark)",
    license=PZ,
    paras=["Dieser Text basiert auf Bemerkungen, die Javier Tolcachier, ein argentinischer Redakteur von Pressenza, am "
           "22. November 2024 an der Fakultät für Kommunikation und Humanwissenschaften der San-Marcos-Universität in "
           "Lima, Peru, während der dort stattfindenden Podiumsdiskussion „Herausforderungen des gewaltfreien "
           "Journalismus“ äußerte.",
           "Es gibt viele Anforderungen von unserer Seite. Wir brauchen eine Umverteilung des Reichtums und Garantien für "
           "ein menschenwürdiges Leben für alle. Wir brauchen einen neuen politischen Ansatz, der über leere Rhetorik, "
           "trügerische Versprechungen, Verrat am Volkswillen und die Ausnutzung der repräsentativen Stellung zur "
           "Erreichung belangloser Ziele hinausgeht.",
           "Wir brauchen eine Souveränität – politische und kulturelle Souveränität –, die es uns ermöglicht, uns zu "
           "entwickeln, ohne äußere Zwänge, die gegen unser Wohlergehen gerichtet sind. Wir brauchen und fordern Freiheit "
           "von Diskriminierung aufgrund unserer Herkunft, Hautfarbe, unseres Geschlechts oder unserer Überzeugung.",
           "Wir brauchen Wissen, Solidarität und Verbundenheit miteinander. Doch inmitten all dieser Bedürfnisse und "
           "Unzulänglichkeiten gibt es eines, das grundlegend ist und oft übersehen wird: Es ist das Bedürfnis nach "
           "sicheren Bezugspunkten in einer unbeständigen und sich verändernden Welt. Einen Horizont, an dem man sich "
           "ausrichten kann, einen Orientierungspunkt – sowohl persönlich als auch sozial.",
           "Angesichts dieser Instabilität spüren Millionen Menschen auf der ganzen Welt zutiefst dieses eine Bedürfnis. "
           "Konfrontiert mit einer ungewissen und verschwommenen Zukunft, unfähig, neue Alternativen zu finden, wenden "
           "sich viele der Vergangenheit zu und suchen nach Bezugspunkten in einer vergangenen Welt."],
    # the title of the panel (rule 24); the remarks themselves stand without marks and are not annotated (rule 23)
    quotes=[("„Herausforderungen des gewaltfreien Journalismus“", None)],
    aliases={})
