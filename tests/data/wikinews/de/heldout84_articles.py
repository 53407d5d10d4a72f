# Eighty-fourth held-out German real-news set (tests/data/heldout84-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 650). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Eighty-fourth held-out set" of SOURCES.md: German Wikinews articles of 2009 and 2012 as stored
# on the de.wikiactu.com mirror (licence WN, retrieval note MIRROR) and list pages of the German service of the press agency
# Pressenza (licence PZ). Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import MIRROR, PZ, WN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


LIST_NOTE = ("same address (stored list page: the page name is the first line (rule 18), then the bureau line and the "
             "headline and teaser of each article as the page shows them, the teasers with their published '…' (rules "
             "19, 69)")

# --- German Wikinews: articles as stored on the de.wikiactu.com mirror ---

PADANG_P2 = ("In der Ortschaft Jumanak begrub ein Erdrutsch eine ganze Hochzeitsgesellschaft mit über 200 Gästen unter sich. "
             "Einer der Überlebenden, der 15-jährige Bruder der Braut, berichtete, dass seine Schwester zu den "
             "Hochzeitsfeierlichkeiten in ihr Heimatdorf zurückgekehrt war. Auch die Nachbardörfer Pulau Aiya, Lubuk Lawe "
             "und Limo Koto Timur wurden verschüttet. Die Überlebenden beklagten, bisher keine Hilfe von außen erhalten zu "
             "haben. Der 48-jährige Dola Jambak berichtete der Associated Press, sieben Verwandte verloren zu haben. „Alles "
             "was ich tun kann, ist auf die Suchteams zu warten. Aber sie kommen nicht.“")

add(id="ho84-wn-2009-10-04-padang-ueberlebende",
    title="Erdbeben in Padang: Hoffnung auf Überlebende schwindet",
    url="https://de.wikinews.org/wiki/Erdbeben_in_Padang:_Hoffnung_auf_%C3%9Cberlebende_schwindet",
    retrieved="http://de.wikiactu.com/?cat=3484 (" + MIRROR.format(date="04.10.2009") + "; the mirror's date line "
              "'October 4, 2009' and the repeated headline dropped; the third paragraph 'Der Manager des völlig zerstörten "
              "Hotels Ambacang in Padang, Sarana Aji, sagte … weil er zu Beginn des', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark in the stored part)",
    license=WN,
    paras=["Padang (Indonesien), 04.10.2009 – Am vierten Tage nach dem Erdbeben auf der indonesischen Insel Sumatra "
           "schwindet die Hoffnung, weitere Überlebende zu finden. Nach Behördenangaben wurden in den Bergdörfern im "
           "Bezirk Padang Pariaman mehrere Dörfer durch Erdrutsche verschüttet, manche Dörfer wurden bis zu 30 Meter hoch "
           "begraben. Die Dorfbewohner sind jedoch weitgehend auf sich gestellt, weil sich die Hilfsmannschaften auf die "
           "900.000 Einwohner zählende Stadt Padang konzentrieren. Vielerorts graben sie mit den Händen nach "
           "Verschütteten. Bislang wurden 809 Leichen geborgen, mehr als 4.000 Personen werden noch vermisst. Die Region "
           "wird immer wieder von Nachbeben erschüttert, was die Rettungs- und Bergungsarbeiten erschwert. Unter den Toten "
           "sind mindestens 285 Bewohner im Bezirk Padang Pariaman.",
           PADANG_P2],
    # the cue-less quotation after the indirect report of Dola Jambak's words is his (continuation of the reported
    # speech of the sentence before); the news agency that relays him is not the speaker
    quotes=[(cut(PADANG_P2, "„Alles was", "kommen nicht.“"), "Dola Jambak")],
    aliases={"Dola Jambak": ["Dola Jambak", "Der 48-jährige Dola Jambak"]})

add(id="ho84-wn-2012-07-21-aurora-kino",
    title="Schießerei in einem Kino in Colorado: Viele Tote und Verletzte",
    url="https://de.wikinews.org/wiki/Schie%C3%9Ferei_in_einem_Kino_in_Colorado:_Viele_Tote_und_Verletzte",
    retrieved="http://de.wikiactu.com/?cat=5193 (" + MIRROR.format(date="21.07.2012") + "; the mirror's date line "
              "'July 21, 2012' and the repeated headline dropped; the third paragraph '„Michelle und ich sind schockiert "
              "… in Colorado“, reagierte US-Präsident Barack Obama in einer Erklärung und forderte dazu auf,', cut off in "
              "the stored copy after the comma, dropped with its quotation (rule 15))",
    license=WN,
    paras=["Denver (Colorado) (Vereinigte Staaten), 21.07.2012 – Bei einer Schießerei in einem Kino in Aurora bei Denver, "
           "der Hauptstadt Colorados in den Vereinigten Staaten, wurden am Freitag gegen 0:30 Uhr Ortszeit mindestens "
           "zwölf Personen getötet, 38 weitere wurden verletzt. Die meisten der Opfer starben an Ort und Stelle, vier von "
           "ihnen erlagen ihren Schussverletzungen im Krankenhaus. Zunächst hieß es, der Schütze habe 14 Personen tödlich "
           "getroffen, doch am frühen Morgen in Denver korrigierte die Polizei die Zahl der Opfer um zwei nach unten.",
           "Die Polizei nahm den Tatverdächtigten fest, der keine Gegenwehr leistete. Nach den Angaben von Frank Fania von "
           "der Polizei in Aurora sei das Motiv des Schützen noch unklar. Der Mann habe angegeben, in seiner Wohnung "
           "Sprengsätze deponiert zu haben. Das Gebäude und seine Umgebung wurden evakuiert. Der Verdächtige habe eine "
           "schusssichere Weste getragen und sei mit einem Gewehr sowie zwei Pistolen bewaffnet gewesen. Die Schüsse "
           "fielen während der lokalen Premiere des neuesten Batman-Filmes „The Dark Knight Rises“. Zahlreiche "
           "Kinobesucher haben die Schüsse zunächst für einen Bestandteil des Films gehalten. Der mutmaßliche Täter, so "
           "sagte Fania dem Nachrichtensender CNN, habe zunächst Tränengas in den Kinosaal geworfen und dann das Feuer "
           "eröffnet. Die Festnahme des mutmaßlichen Täters erfolgte auf einem Parkplatz hinter dem Kino. Nach Angaben von "
           "CNN gibt es keinen terroristischen Hintergrund für die Tat."],
    # the film title (rule 24); Fania's words are reported without marks and are not annotated
    quotes=[("„The Dark Knight Rises“", None)],
    aliases={})

# --- Pressenza: list pages ---

JALLOH_P = ("Oury Jallohs verbrannte in der Gewahrsamszelle Nr. 5 des Polizeireviers Dessau-Roßlau am 7. Januar 2005. Die "
            "Ermittlungen der Staatsanwaltschaft Dessau in dem Fall waren von Anfang an darauf ausgerichtet, nachzuweisen, "
            "„…dass die theoretische Möglichkeit jedenfalls bestand, dass er (Oury Jalloh)…")
OEDP_P = ("„Wir teilen die Verzweiflung dieser jungen Menschen, und machen uns ernsthaft Sorgen um sie. Wir sorgen uns aber "
          "mit ihnen auch um die Zukunft ihrer Generation. Daher appellieren auch wir an die sogenannten großen Parteien: "
          "nehmt das Gesprächsangebot dieser verzweifelten…")
NATO_P = ("„DIE LINKE lehnt die Ansiedlung neuer Militäreinrichtungen wie der NATO-Cyberkriegsagentur NCIA in Bochum oder "
          "Bonn ab. Statt die Militarisierung der Rhein-Ruhr-Region weiter voranzutreiben, braucht das Metropolgebiet mit "
          "Millionen Menschen Investitionen in soziale Sicherheit, Bildung, Gesundheit und Klimaschutz“, erklärt Sevim "
          "Dagdelen,…")

add(id="ho84-pz-staging1-author-pressenza-berlin-22",
    title="Pressenza Berlin",
    url="https://staging1.pressenza.com/de/author/pressenza-berlin/page/22",
    retrieved=LIST_NOTE + "; the staging host of pressenza.com, same pages and licence; the English bureau line 'News from "
              "the Pressenza Bureau in Berlin, Germany' kept as a line of its own (rule 18); the published 'Oury Jallohs "
              "verbrannte' kept (rule 20); the last item (headline 'Hungerstreik für das Klima – Offener Brief an die "
              "Kanzlerkandidat:innen' and its teaser, cut off in the stored copy after 'Wir veröffentlichen an dieser') "
              "dropped (rule 15); it holds no quotation mark in the stored part)",
    license=PZ,
    paras=["News from the Pressenza Bureau in Berlin, Germany",
           "Protestschreiben der Initiative in Gedenken an Oury Jalloh",
           JALLOH_P,
           "Verzweiflungstat zeigt Sorgen einer ganzen Generation – ÖDP solidarisch mit Hungerstreikenden",
           OEDP_P,
           "NATO-Kriegsagenturen abbauen statt ansiedeln",
           NATO_P,
           "Lobbyreport 2021: Beispiellose Lobbyskandale – und strengere Regeln",
           "Durchwachsene Bilanz von vier Jahren Schwarz-Rot: Wichtige Aufgaben für nächste Koalition Lobby- und "
           "Korruptionsskandale haben der Demokratie in dieser Legislaturperiode schweren Schaden zugefügt. Insbesondere "
           "die Maskenaffäre und die Aserbaidschan-Verstrickungen in der Union haben gezeigt, wie nötig schärfere Regeln "
           "für mehr…"],
    # the wording the prosecutors set out to prove, cut by the teaser's length (rules 650, 140); the cue-less teaser
    # quotation under a headline that names the party (rule 651); the closing cue 'erklärt Sevim Dagdelen' after a
    # quotation that names her party inside it: the person, not the party named in the quote
    quotes=[(cut(JALLOH_P, "„…dass", "Jalloh)…"), "Staatsanwaltschaft Dessau"),
            (OEDP_P, "ÖDP"),
            (cut(NATO_P, "„DIE LINKE", "Klimaschutz“"), "Sevim Dagdelen")],
    aliases={"Staatsanwaltschaft Dessau": ["Staatsanwaltschaft Dessau"],
             "ÖDP": ["ÖDP"],
             "Sevim Dagdelen": ["Sevim Dagdelen"]})

add(id="ho84-pz-author-pressenza-berlin-7",
    title="Pressenza Berlin",
    url="https://pressenza.com/de/author/pressenza-berlin/page/7",
    retrieved=LIST_NOTE + "; the link line 'Mastodon' before the page name dropped as furniture (rule 19); the last "
              "item (headline 'Rechtsoffenheit in der Friedensbewegung – Kampfbegriff oder reales Problem?' and its "
              "teaser 'Diskussionspapier der Initiative „Nie wieder Krieg – Die Waffen nieder“ … Besonders m', cut off in "
              "the stored copy) dropped with its headline (rule 15); the published '.…' after 'Demokratie-Verachtung' "
              "kept (rule 20))",
    license=PZ,
    paras=["Nachrichten von der Pressenza-Redaktion in Berlin, Deutschland",
           "Berliner Appell gegen die neuen Mittelstreckenwaffen: Ein dringender Aufruf zum Handeln",
           "Am 3. Oktober 2024 versammelten sich über 40.000 Menschen in Berlin zu einer eindrucksvollen "
           "Friedensdemonstration (Pressenza berichtet). Die Kundgebung, die anlässlich des Tags der Deutschen Einheit "
           "stattfand, wurde von einer breiten Allianz von Friedensorganisationen und zivilgesellschaftlichen Gruppen "
           "organisiert. Neben bewegenden…",
           "Ein Appell für Vernunft und Zivilcourage: „Zieht die kenternden Boote an Land!“",
           "Am 3. Oktober 2024 fand in Stuttgart ein Demokratiekongress statt, zu dem das Theaterhaus, das Bürgerprojekt "
           "Die AnStifter und 75 zivilgesellschaftliche Gruppen eingeladen hatten. An dem achtstündigen Kongress mit "
           "Foren, Arbeitsgruppen und szenischen Lesungen nahmen nach Angaben der Veranstalter mehr…",
           "»Demokratie ist eine fragile Konstruktion…«",
           "Der Verlust von Zukunftsglauben ist ein Problem für die Demokratie. Sie lebt auch von der Hoffnung, dass Dinge "
           "besser werden. Daran aber glauben immer weniger. Kein guter Zustand, sagt unser Autor, denn wo Vertrauen in "
           "die Politik schwindet, grassiert Demokratie-Verachtung.…",
           "Julian Assanges vollständige Rede vor der Parlamentarischen Versammlung des Europarats (PACE) in Straßburg",
           "Julian Assanges Rede vor der Parlamentarischen Versammlung des Europarats (PACE) in Straßburg stellt einen "
           "eindrucksvollen Appell an die Meinungs- und Pressefreiheit dar. In einer tief persönlichen und eindringlichen "
           "Ansprache beschreibt er seine jahrelange Inhaftierung, die internationalen Bemühungen um seine Freilassung…"],
    # the appeal's title in a headline (rule 24); the headline quotation of an essay whose author the teaser does not
    # name (rule 652)
    quotes=[("„Zieht die kenternden Boote an Land!“", None),
            ("»Demokratie ist eine fragile Konstruktion…«", None)],
    aliases={})
