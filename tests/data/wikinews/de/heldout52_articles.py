# Fifty-second held-out German real-news set (tests/data/heldout52-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 330). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-second held-out set": texts of the Austrian Federal Chancellery only (licences.BKA):
# two news items 'Nachrichten der Bundesregierung' (bundeskanzleramt.gv.at, bundeskanzleramt.at) and seven issues of the
# Chancellery's youth newsletter (newsletter.bka.gv.at/jugend). Stored copies are excerpts cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


PLAKOLM = "Claudia Plakolm"
HELLO = "Liebe Leserinnen und Leser!"
INTRO = "Wir freuen uns, Sie im aktuellen Newsletter über jugendpolitische Neuigkeiten zu informieren!"
NL_NOTE = ("stored copy of the youth newsletter of the Federal Chancellery (BKA-Jugend-Newsletter, {month}); the web-view line "
           "'Newsletter im Browser anzeigen' dropped, the salutation and the greeting sentence kept as lines of their own "
           "(rules 100, 330); {dropped}")

# --- bundeskanzleramt.gv.at / bundeskanzleramt.at: Nachrichten der Bundesregierung ---

ZD22_P2 = ("\"Vielen ist gar nicht bewusst, was unsere Zivildiener tagtäglich leisten. Deshalb wollen wir jenen, die sich über "
           "das Maß hinaus ins Zeug legen, unsere besondere Wertschätzung ausdrücken\", betonte Claudia Plakolm, "
           "Staatssekretärin für Jugend und Zivildienst, im Rahmen der Preisverleihung \"Zivildiener des Jahres 2022\" in den "
           "Wiener Sofiensälen. Dabei wurde Marcel Simma, dem die Aktivierung von Seniorinnen und Senioren ein besonderes "
           "Anliegen war, als Zivildiener des Jahres für seine Tätigkeit im Seniorenheim Wolfurt ausgezeichnet. \"Die "
           "Leistung, die das ganze Jahr über erbracht wird, wollen wir mit der Verleihung vor den Vorhang holen\", hielt die "
           "Staatssekretärin fest.")

add(id="ho52-bka-2022-11-plakolm-zivildiener",
    title="Staatssekretärin Plakolm: Leistung der Zivildiener vor den Vorhang holen",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/11/"
        "sts-plakolm-leistung-der-zivildiener-vor-den-vorhang-holen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, November 2022; "
              "the subtitle kept as its own line (rule 18); the closing service line 'Bilder von der Preisverleihung sind "
              "über das Fotoservice des Bundeskanzleramts kostenfrei abrufbar.' dropped as furniture (rule 93))",
    license=BKA,
    paras=["Auszeichnung an Marcel Simma für Aktivierung von Seniorinnen und Senioren",
           ZD22_P2,
           "Vor der jährlich stattfindenden Auszeichnung nominieren Zivildiensteinrichtungen aus einer Auswahl von rund "
           "14.000 jungen Burschen Zivildiener, die von einer Fachjury für ihre Leistungen gekürt werden. 2021 waren mit 40 "
           "Prozent die meisten davon im Rettungswesen tätig. Dazu werden vor allem noch Bereiche wie Behinderten- und "
           "Sozialhilfe, Altenbetreuung, Krankenanstalten sowie öffentliche Sicherheit, Katastrophenhilfe und "
           "Kinderbetreuung unterstützt."],
    quotes=[(cut(ZD22_P2, "\"Vielen ist", "ausdrücken\""), PLAKOLM),
            ("\"Zivildiener des Jahres 2022\"", None),
            (cut(ZD22_P2, "\"Die Leistung", "holen\""), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Staatssekretärin Plakolm", "Plakolm", "Staatssekretärin"]})

ZD23_P3 = ("\"Ohne unsere Zivildiener würde vieles in unserem Land nicht funktionieren. Knapp 14.000 Burschen leisten jedes "
           "Jahr in ihren Einrichtungen einen wichtigen Beitrag für unser Zusammenleben. Diese großartigen Leistungen heben "
           "wir mit der Auszeichnung hervor und sind stolz auf jeden Einzelnen. Denn eine starke Gesellschaft lebt davon, dass "
           "es Leute gibt, die mehr tun, als bloß ihre Pflicht\", hielt Jugendstaatssekretärin Claudia Plakolm in ihrer Rede "
           "anlässlich der Preisverleihung an die Zivildiener des Jahres in den Wiener Sofiensälen fest.")

add(id="ho52-bka-2023-11-plakolm-starke-gesellschaft",
    title="Plakolm: Eine starke Gesellschaft lebt von Menschen, die mehr tun, als bloß ihre Pflicht",
    url="http://www.bundeskanzleramt.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/11/"
        "plakolm-eine-starke-gesellschaft-lebt-von-menschen-die-mehr-tun-als-bloss-ihre-pflicht.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, November 2023; "
              "the subtitle and the subheading 'Die Preisträger' kept as lines of their own (rule 18); the image text that "
              "repeats the first paragraph word for word ('Am 16. November 2023 verlieh Staatssekretärin Claudia Plakolm … "
              "den Preis \"Zivildiener des Jahres 2023\".') dropped as a caption (rule 150); the list of the other state "
              "winners ('Die weiteren Landessieger 2023 sind:' with its bullets), cut off in the stored copy after 'Sebastian "
              "Meißnitz', dropped (rule 15))",
    license=BKA,
    paras=["Preisverleihung Zivildiener des Jahres 2023",
           "Am 16. November 2023 verlieh Staatssekretärin Claudia Plakolm im Rahmen einer Festveranstaltung, den Preis "
           "\"Zivildiener des Jahres 2023\".",
           ZD23_P3,
           "Die Verleihung \"Zivildiener des Jahres\" findet jährlich im Rahmen einer Gala statt. Ausgezeichnet werden dabei 9 "
           "Ländersieger und ein aus diesem Kreis stammender Bundessieger für die besonderen Leistungen, die sie in ihren "
           "Zivildiensteinrichtungen erbracht haben. Die Nominierungen werden von den einzelnen Zivildiensteinrichtungen "
           "vorgenommen, eine Fachjury kürt die Preisträger.",
           "Die Preisträger",
           "Als bundesweiter Preisträger wurde 2023 Simon Geiseder ausgezeichnet. Der Oberösterreicher rettete als "
           "Zivildiener beim Roten Kreuz das Leben seines Kollegen, der während eines Einsatzes einen Herzstillstand erlitt."],
    quotes=[("\"Zivildiener des Jahres 2023\"", None),
            (cut(ZD23_P3, "\"Ohne unsere", "ihre Pflicht\""), PLAKOLM),
            ("\"Zivildiener des Jahres\"", None)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Plakolm", "Staatssekretärin Claudia Plakolm",
                       "Jugendstaatssekretärin Claudia Plakolm"]})

# --- newsletter.bka.gv.at/jugend: the Chancellery's youth newsletter ---

S24_P4 = ("Mit dem Österreichischen Jugendpreis 2024 werden die besten Projekte der außerschulischen Kinder- und Jugendarbeit "
          "ausgezeichnet. Jugendstaatssekretärin Claudia Plakolm betont die Bedeutung des sozialen Engagements der Jugend: "
          "\"Junge übernehmen Verantwortung im Ehrenamt, bei sozialen Projekten, für die Gemeinschaft und für ihr Umfeld. Wir "
          "suchen die Musterbeispiele, wo Junge mehr tun als ihre Pflicht und für die Gemeinschaft Verantwortung "
          "übernehmen.\"")
S24_P8 = ("\"Unsere Zivildiener des Jahres sind 9 aus 14.000, die sich ganz besonders ins Zeug gelegt haben. Da ist von "
          "Gänsehautgeschichten bis hin zu echten Schmunzlern alles dabei. Mir taugen unsere Zivildiener des Jahres sehr, weil "
          "sie nicht nur zeigen, wie unterschiedlich die Möglichkeiten für einen Zivildienst sind, sondern was für eine "
          "wertvolle Zeit man aus dem Pflichtdienst machen kann. Mein herzliches Dankeschön\", freute sich Claudia Plakolm.")

add(id="ho52-bka-nl-2024-09-jugendpreis-zivildiener",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-september-2024.html",
    retrieved="same address (" + NL_NOTE.format(
        month="September 2024",
        dropped="the image texts 'Logo Österreichischer Jugendpreis 2024' and 'Am 5. September 2024 verlieh Staatssekretärin "
                "Claudia Plakolm (m.) die Auszeichnungen … in den Sofiensäle in Wien.' and the link lines 'Zur Website' and "
                "'Zu den Preisträgern' dropped (rule 330); the item headlines kept as lines of their own (rule 18))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "Letzte Chance: Einreichung für den Jugendpreis noch bis Sonntag, 15.9. möglich",
           S24_P4,
           "Die Online-Einreichung ist noch bis einschließlich 15. September 2024 auf der Webseite für den Österreichischen "
           "Jugendpreis 2024 möglich.",
           "Auszeichnung Zivildiener des Jahres",
           "Am 5. September zeichnete Claudia Plakolm, Staatssekretärin für Digitalisierung, Jugend und Zivildienst, in den "
           "Wiener Sofiensälen den Zivildiener des Jahres 2024 und die Landessieger aus. Der Bundessieg ging in diesem Jahr an "
           "den Tiroler \"Seniorenflüsterer\" David Rohrmoser, der seinen Dienst im St. Josefsheim in Brixlegg geleistet hat.",
           S24_P8,
           "Mit der Auszeichnung \"Zivildiener des Jahres\" werden Zivildiener geehrt, die sich in ihrer Zivildienstzeit "
           "herausragend engagiert haben und so beispielgebend für andere sind. Im Fokus steht dabei ihr Einsatz für ein "
           "besseres Miteinander von Jung und Alt oder ihre ausgeprägte Zivilcourage."],
    quotes=[(cut(S24_P4, "\"Junge", "übernehmen.\""), PLAKOLM),
            ("\"Seniorenflüsterer\"", None),
            (cut(S24_P8, "\"Unsere", "Dankeschön\""), PLAKOLM),
            ("\"Zivildiener des Jahres\"", None)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm"]})

D23_P6 = ("Jugendstaatssekretärin Claudia Plakolm ehrte in 4 Kategorien je 3 Preisträger für ihr Engagement. „Mit der "
          "Auszeichnung unterstreichen wir die Bedeutung dieses Engagements und möchten damit die wertvolle Arbeit für die "
          "jungen Leute im Land wertschätzen“, betonte Plakolm.")
D23_P9 = ("Der Preis stand in diesem Jahr unter dem Motto „Generation Zuversicht“ und wurde erstmalig auch in der Kategorie "
          "„Kommunale Jugendarbeit“ vergeben.")

add(id="ho52-bka-nl-2023-12-staatspreis-jugendpreis",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-dezember-2023.html",
    retrieved="same address (" + NL_NOTE.format(
        month="December 2023",
        dropped="the image texts 'Am 4. Dezember 2023 nahm Bundeskanzler Karl Nehammer gemeinsam mit Bundesminister Johannes "
                "Rauch und Staatssekretärin Claudia Plakolm am 1. Staatspreis … teil.', 'Österreichischer Jugendpreis 2023' "
                "and 'Urkundenverleihung Gesundheitskompetente Jugendarbeit' and the link lines 'Weitere Informationen zum "
                "Staatspreis' and 'Zum Rückblick' dropped (rule 330); the last item ('Auszeichnung gesundheitskompetente "
                "Jugendarbeit'), cut off in the stored copy after 'Insgesamt 19 Einrichtungen der Offen', dropped with its "
                "headline (rule 15); the item headlines kept as lines of their own (rule 18))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "1. Staatspreis für freiwilliges und ehrenamtliches Engagement",
           "Zum ersten Mal haben das Bundeskanzleramt und das Sozialministerium den Österreichischen Staatspreis für "
           "freiwilliges und ehrenamtliches Engagement an 26 Initiativen in fünf Kategorien sowie einen Sonderpreis verliehen.",
           "„Dieser Preis ist ein Zeichen der Anerkennung und der Wertschätzung. Und er zeichnet aus, was wir als Gemeinschaft "
           "sind und was wir als Gemeinschaft leisten können“, betont Bundeskanzler Nehammer.",
           "„Egal ob das im sozialen Bereich, im Sport, in der Kultur, in der Bildung oder einem ganz anderen Bereich ist, das "
           "Ehrenamt hält unsere Gesellschaft zusammen und dazu tragen viele junge Menschen tatkräftig bei“, stellt "
           "Jugendstaatssekretärin Plakolm fest.",
           "Verleihung „Österreichischer Jugendpreis 2023“",
           "Bereits zum 8. Mal wurde der „Österreichische Jugendpreis“ an herausragende Initiativen und Projekte der "
           "außerschulischen Jugendarbeit vergeben.",
           D23_P9,
           D23_P6],
    quotes=[("„Dieser Preis ist ein Zeichen der Anerkennung und der Wertschätzung. Und er zeichnet aus, was wir als "
             "Gemeinschaft sind und was wir als Gemeinschaft leisten können“", "Nehammer"),
            ("„Egal ob das im sozialen Bereich, im Sport, in der Kultur, in der Bildung oder einem ganz anderen Bereich ist, "
             "das Ehrenamt hält unsere Gesellschaft zusammen und dazu tragen viele junge Menschen tatkräftig bei“", PLAKOLM),
            ("„Österreichischer Jugendpreis 2023“", None),
            ("„Österreichische Jugendpreis“", None),
            ("„Generation Zuversicht“", None),
            ("„Kommunale Jugendarbeit“", None),
            (cut(D23_P6, "„Mit der", "wertschätzen“"), PLAKOLM)],
    aliases={"Nehammer": ["Nehammer", "Bundeskanzler Nehammer", "Bundeskanzler"],
             PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm", "Jugendstaatssekretärin Plakolm",
                       "Plakolm"]})

M22_P4 = ("Jugendstaatssekretärin Claudia Plakolm lud Vertreterinnen und Vertreter der außerschulischen Jugendarbeit zum "
          "Auftakt des „Europäischen Jahres der Jugend“ ins Bundeskanzleramt am Ballhausplatz ein. „Ich freue mich auf viele "
          "spannende Einreichungen im Rahmen der Initiative 'EUer Jahr der Jugend', bei der bis zu 1.000 Euro Unterstützung "
          "pro Projekt beantragt werden können“, betonte die Staatssekretärin und motivierte zur Beteiligung an der "
          "niederschwelligen Initiative.")
M22_P7 = ("Einreichungen zu den Kategorien „Nationale Jugendarbeit“ sowie „Journalistische Leistungen im Interesse der "
          "Jugend“ sind bis 31. August 2022 möglich. Weitere Informationen, Teilnahmebedingungen und die Online-Einreichung "
          "finden Sie auf der Webseite Jugendarbeit in Österreich.")
M22_P9 = ("Unter dem Motto Zusammen für ein nachhaltiges und inklusives Europa“ startet die aktuelle Beteiligungsrunde des "
          "EU-Jugenddialogs. Junge Menschen bis 30 Jahre sind eingeladen ihre Ansichten unter anderem in einer Online-Befragung "
          "einzubringen. Noch bis Mitte August kann die Befragung ausgefüllt werden.")

add(id="ho52-bka-nl-2022-05-jahr-der-jugend",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-mai-2022.html",
    retrieved="same address (" + NL_NOTE.format(
        month="May 2022",
        dropped="the image texts 'Am 28. April 2022 fand die Auftaktveranstaltung zum Europäischen Jahr der Jugend im "
                "Bundeskanzleramt statt. Im Bild Staatssekretärin Claudia Plakolm (r.).', 'Logo besteht aus dem "
                "zweizeiligen Schriftzug Österreichischer Jugendpreis …', 'Logo Jugenddialog' and 'Logo Gesund aus der "
                "Krise' and the link lines 'Zur Website' and 'Zur Online-Befragung' dropped (rule 330); the last item, whose "
                "headline is '„Gesund aus der Krise“: Neue Serviceline' and whose text is cut off in the stored copy after "
                "'Psyc', dropped with its headline and the title in it (rule 15); the item headlines kept as lines of their "
                "own, and the hard line break inside the Jugendpreis item kept as published (rule 18))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "Auftakt „Europäisches Jahr der Jugend“",
           M22_P4,
           "Jugendpreis: Einreichungen ab sofort möglich",
           "Im Fokus des 7. Österreichischen Jugendpreises stehen das besondere Engagement und Initiativen der "
           "außerschulischen Kinder- und Jugendarbeit sowie das „Europäische Jahr der Jugend“.",
           M22_P7,
           "Start der 9. Beteiligungsrunde",
           M22_P9],
    quotes=[("„Europäisches Jahr der Jugend“", None),
            ("„Europäischen Jahres der Jugend“", None),
            (cut(M22_P4, "„Ich freue", "können“"), PLAKOLM),
            ("„Europäische Jahr der Jugend“", None),
            ("„Nationale Jugendarbeit“", None),
            ("„Journalistische Leistungen im Interesse der Jugend“", None),
            ("Zusammen für ein nachhaltiges und inklusives Europa“", None)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm", "Staatssekretärin"]})

M24_P4 = ("„Für die Hälfte aller Menschen in Österreich ist Ehrenamt Ehrensache. Egal, ob am Land oder in der Stadt, ob jung "
          "oder alt: Überall, wo sich die Österreicher und Österreicherinnen freiwillig engagieren, schauen Menschen "
          "aufeinander. Mit dem Staatspreis würdigen wir dieses unverzichtbare Engagement“, so Jugendstaatssekretärin Claudia "
          "Plakolm.")
M24_P8 = ("Unter dem Motto „Das Internet für meine Karriere - aber sicher!“ lernten die Mädchen den Einstieg und die "
          "Vorbereitung auf den Job ihrer Wahl kennen. Anhand einer geführten Webtour wurden Punkte rund um das Thema „Wie "
          "finde ich den richtigen Beruf für mich?“ hinterfragt und untersucht. Dabei wurden interessante Jobbörsen, "
          "Kompetenztests und Informationsseiten entdeckt und vorgestellt.")

add(id="ho52-bka-nl-2024-05-staatspreis-girls-day",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-mai-2024.html",
    retrieved="same address (" + NL_NOTE.format(
        month="May 2024",
        dropped="the image texts 'Am 4. Dezember 2023 nahm Bundeskanzler Karl Nehammer … (im Bild) am 1. Staatspreis … "
                "teil.' and 'Am 25. April 2024 besuchte Staatssekretärin Claudia Plakolm (2.v.l.) einen Workshop im Rahmen "
                "des „Girls' Day 2024“.' (with the event name in marks inside it) and the link line 'Zur Website' dropped "
                "(rule 330); the last paragraph, cut off in the stored copy after 'Ziel des Workshops war es, den Mädchen "
                "das Internet als Werkze', dropped (rule 15); the item headlines kept as lines of their own, and the hard "
                "line break inside the workshop item kept as published (rule 18))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "Österreichischer Staatspreis für freiwilliges und ehrenamtliches Engagement: Jetzt anmelden!",
           "Von Krisenbewältigung über Inklusion und Partizipation bis hin zu Jungem Engagement und Innovation: Ab sofort "
           "können sich Initiativen, Vereine und Freiwilligenorganisationen für die mit bis 5.000 Euro dotierten "
           "Auszeichnungen bewerben.",
           M24_P4,
           "Bis 2. September 2024 sind Einreichungen online unter www.freiwilligenstaatspreis.at möglich.",
           "„Jobtalks: Digitaler Fußabdruck“",
           "Anlässlich des Girls’ Day am 25. April 2024 fand in der Medien-Jugend-Info des Bundeskanzleramtes ein Workshop "
           "mit Barbara Buchegger, der pädagogischen Leiterin von Saferinternet.at, statt.",
           M24_P8],
    quotes=[(cut(M24_P4, "„Für die", "Engagement“"), PLAKOLM),
            ("„Jobtalks: Digitaler Fußabdruck“", None),
            ("„Das Internet für meine Karriere - aber sicher!“", None),
            ("„Wie finde ich den richtigen Beruf für mich?“", None)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm"]})

A24_P5 = ("Das stärkste Mittel von Tätern ist die Scham der Missbrauchten. Das einzige Mittel dagegen ist das Wissen von "
          "Betroffenen. Diese Kinderschutz-Kampagne soll bei Kindern und Jugendlichen das Wissen und Bewusstsein stärken, dass "
          "Übergriffe weder normal noch okay sind und zeigen, wo sie Hilfe bekommen. Und sie soll das Selbstbewusstsein bei "
          "betroffenen Kindern und Jugendlichen wecken, sich zur Wehr zu setzen und Hilfe zu suchen. Mein Appell: Schauen wir "
          "bei Gewalt an Kindern und Jugendlichen, bei Kindesmissbrauch, nicht weg! Jede und jeder von uns ist gefordert, die "
          "Symptome zu sehen und Hilfe zu holen.“, bekräftigt Jugendstaatssekretärin Claudia Plakolm.")

add(id="ho52-bka-nl-2024-04-nein-zu-gewalt",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-april-2024.html",
    retrieved="same address (" + NL_NOTE.format(
        month="April 2024",
        dropped="the image texts 'Am 8. April 2024 nahm Bundesministerin Susanne Raab (2.v.r.), mit Bundesministerin Alma "
                "Zadic (2.v.l.), Bundesminister Johannes Rauch (r.) und Staatssekretärin Claudia Plakolm (l.), an einer "
                "Pressekonferenz zum Thema „Präsentation der Kinderschutzkampagne der Bundesregierung“ teil.' (with the "
                "topic in marks inside it) and 'Logo BKA' and the link line 'Zur Kampagnenseite' dropped (rule 330); the last "
                "item ('Neues Zivildienstgesetz bringt Vereinfachungen und mehr Flexibilität'), cut off in the stored copy "
                "after 'So kann die Zivildienstbehörde bei System-Umgehern zukünf', dropped with its headline (rule 15); the "
                "published slip (a quotation without its opening mark, a full stop before the closing mark) kept (rule 20))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "„Nein zu Gewalt“",
           "Ziel der bundesweiten Kinderschutz-Kampagne der Bundesregierung „Nein zu Gewalt“ ist es erstens, Erwachsene für "
           "die Anzeichen von Gewalt gegen Kinder zu sensibilisieren und durch klare Handlungsaufrufe zum aktiven Handeln zu "
           "motivieren. Zweitens sollen Kinder und Jugendliche darin bestärkt werden, dass Gewalt nie okay ist und sie ein "
           "Recht auf gewaltfreies Aufwachsen haben. Sie werden dazu ermutigt, Grenzen zu setzen und erhalten Informationen "
           "über Unterstützungsangebote.",
           A24_P5],
    quotes=[("„Nein zu Gewalt“", None, 0),
            ("„Nein zu Gewalt“", None, 1),
            (cut(A24_P5, "Das stärkste", "Hilfe zu holen.“"), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm"]})

MZ24_P6 = ("\"Aus meiner Sicht müssen wir die Präventionsmaßnahmen zum Schutz unserer Kinder im selben Tempo weiter ausbauen "
           "wie bisher, gerade im Onlinebereich. Denn Kindesmissbrauch findet leider nicht nur in der analogen Welt statt, "
           "sondern immer öfter auch in den sozialen Medien und über Messenger-Dienste\", betonte Jugendstaatssekretärin "
           "Claudia Plakolm die Bedeutung der Maßnahmen für Kinderschutz online.")

add(id="ho52-bka-nl-2024-03-kinderschutzgipfel",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-maerz-2024.html",
    retrieved="same address (" + NL_NOTE.format(
        month="March 2024",
        dropped="the image texts 'Am 21. Februar 2024 nahm Bundesministerin Susanne Raab (m.l.) gemeinsam mit "
                "Staatssekretärin Claudia Plakolm (m.r.) am Kinderschutzgipfel im Bundeskanzleramt teil.', 'Gruppenbild "
                "Jugendkonferenz' and 'Am 5. März 2024 nahm Staatssekretärin Claudia Plakolm (im Bild) an einer "
                "Pressekonferenz zu 50 Jahre Zivildienst teil.' and the link lines 'Zum Rückblick' and 'Zur Anmeldung' dropped "
                "(rule 330); the last item ('50 Jahre Zivildienst'), cut off in the stored copy after 'Am 6. März 1974 wurde "
                "im österreichischen Parlament beschlossen, den', dropped with its headline (rule 15); the item headlines and "
                "the hard line break before the quotation paragraph kept as published (rule 18))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "Kinderschutzgipfel im Bundeskanzleramt",
           "Am 21. Februar 2024 luden Bundesministerin Susanne Raab und Jugendstaatssekretärin Claudia Plakolm zum "
           "Kinderschutzgipfel ins Bundeskanzleramt ein, um gemeinsam mit Kinderschutzorganisationen und großen "
           "Organisationen aus dem ehrenamtlichen Bereich Maßnahmen zu diskutieren.",
           "Das Bundeskanzleramt erhöht 2024 nochmals die Mittel für den Kinderschutz. Zudem ist eine eigene "
           "Kinderschutz-Fachstelle gegen sexuelle Gewalt in der digitalen Welt, angesiedelt bei Saferinternet, in "
           "Ausarbeitung.",
           MZ24_P6,
           "5. Österreichische Jugendkonferenz",
           "Von 5. - 7. Juni 2024 findet die 5. Österreichische Jugendkonferenz in Graz statt. Rund 60 jungen Menschen "
           "diskutieren mit den für Jugend zuständigen Politikerinnen und Politikern auf Landesebene sowie mit "
           "Jugendstaatssekretärin Claudia Plakolm über das Youth Goal #3 Inklusive Gesellschaften.",
           "Junge Menschen zwischen 16 und 30 Jahren aus Österreich und Südtirol können sich noch bis 31. März 2024 "
           "anmelden."],
    quotes=[(cut(MZ24_P6, "\"Aus meiner", "Messenger-Dienste\""), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Jugendstaatssekretärin Claudia Plakolm"]})

O25_P4 = ("Zivildienst heißt hinschauen, anpacken und Verantwortung übernehmen. Ob im Rettungswagen, im Pflegeheim oder im "
          "Sozialdienst – Zivildiener sind da, wenn andere sie brauchen. Mit den Zivildienern des Jahres holen wir jene vor "
          "den Vorhang, die ihren Dienst mit Herz, Verstand und Verlässlichkeit leisten“, sagte Bundesministerin Claudia "
          "Plakolm anlässlich der diesjährigen feierlichen Ehrung.")

add(id="ho52-bka-nl-2025-10-zivildiener-dickpic",
    title=None,
    url="https://newsletter.bka.gv.at/jugend/bka-jugend-newsletter-oktober-2025.html",
    retrieved="same address (" + NL_NOTE.format(
        month="October 2025",
        dropped="the image texts 'Am 23. September 2025 überreichte Bundesministerin Claudia Plakolm (l.) die Auszeichnungen "
                "für den Zivildiener des Jahres 2025 im Rahmen einer Festveranstaltung im Bundeskanzleramt.', 'Frau hält "
                "Smartphone vor sich im Freien' and 'Logo Gütesiegel Kinderschutzkonzept' and the link lines 'Zu den "
                "Zivildienern des Jahres 2025' and 'Weitere Informationen am Jugendportal' dropped (rule 330); the last item "
                "('Sicher aufwachsen: Gütesiegel Kinderschutz'), cut off in the stored copy after 'Auf Initiative des "
                "Bundeska', dropped with its headline (rule 15); the item headlines and the hard line break inside the "
                "Dickpic item kept as published (rule 18); the quotation without its opening mark kept as published (rule "
                "20))"),
    license=BKA,
    paras=[HELLO, INTRO,
           "Zivildiener des Jahres 2025",
           "Bereits zum 18. Mal wurden die Auszeichnungen „Zivildiener des Jahres“ an junge Männer verliehen, die im "
           "vergangenen bzw. aktuellen Jahr ihren Zivildienst geleistet haben und durch ihr besonderes Engagement aufgefallen "
           "sind. Pro Bundesland wird ein „Zivildiener des Jahres“ gekürt. Aus dem Kreis dieser Landessieger wird dann ein "
           "Gesamtsieger gewählt.",
           O25_P4,
           "Dickpic-Verbot",
           "Seit 1. September 2025 gilt in Österreich eine neue gesetzliche Regelung: Wer absichtlich und unaufgefordert "
           "Bilder von menschlichen Geschlechtsorganen versendet und damit andere Menschen belästigt, macht sich strafbar.",
           "„Dickpic“ bedeutet in diesem Fall ein oder mehrere Bilder von männlichen und weiblichen Genitalien. Das gilt auch "
           "für bearbeitete Fotos und Bilder, die mit Hilfe von KI generiert wurden. Das Dickpic-Verbot gilt für alle Formen "
           "der elektronischen Kommunikation: Social Media und Direct Messages, E-Mail, SMS, MMS, Messenger-Dienste und Apps, "
           "Übertragungsarten wie AirDrop oder Bluetooth."],
    quotes=[("„Zivildiener des Jahres“", None, 0),
            ("„Zivildiener des Jahres“", None, 1),
            (cut(O25_P4, "Zivildienst heißt", "leisten“"), PLAKOLM),
            ("„Dickpic“", None)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Bundesministerin Claudia Plakolm"]})
