# Three-hundred-and-eighty-sixth held-out German real-news set (tests/data/heldout386-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2070-2072). None
# of these texts is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words
# and two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-sixth held-out set": two news items of the Landratsamt
# Neustadt a.d.Waldnaab on neustadt.de (licence NEUSTADT_WN: its press portal frees its releases for reuse with the source
# named) and one press release of the Gemeinde Kressbronn a. B. on kressbronn.de (licence KRESSBRONN: its press page frees
# the texts of its releases for use). No other municipal or district site with a reuse statement for its press releases was
# found in the stored copies. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), date lines, navigation and photo captions are dropped (rule 14), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import KRESSBRONN, NEUSTADT_WN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MEIER = "Andreas Meier"
TROPPMANN = "Rupert Troppmann"

# --- Landratsamt Neustadt a.d.Waldnaab, 27 September 2017: Ehrenzeichen for five persons ---

EZ_P2 = ("\"Sie sind ein Vorbild! Sehen Sie diese Auszeichnung als kleines äußeres Zeichen des großen Danks, zu dem wir "
         "Ihnen verpflichtet sind.\", so Landrat Meier. In der Laudatio für jeden Geehrten ging er ausführlich auf die "
         "jeweiligen Tätigkeiten ein. Teilweise währte das Engagement bereits schon über 50 Jahre und dauert weiter an. Die "
         "ausgezeichneten Personen waren mit ihren Ehepartnern, Bürgermeistern und teilweise Vereinsvorständen in die "
         "Kapelle des Lobkowitzer Schlosses gekommen und erhielten neben der Ehrennadel und der Urkunde noch einen "
         "Blumenstrauß und ein Geschenk des Landkreises.")
EZ_P3 = ("Neustadts Bürgermeister und Gemeindetagsvorsitzender Rupert Troppmann unterstrich, dass die Kommunen diese "
         "Leistungen niemals personell und finanziell ohne die Ehrenamtlichen stemmen könnten. \"Früher war die Wahl in ein "
         "Ehrenamt noch im wahrsten Sinne des Wortes eine Ehre. Heutzutage soll man sich engagieren und wird dann oft sogar "
         "noch dafür kritisiert.\", bedauerte er.")

add(id="ho386-neustadt-wn-2017-09-ehrenzeichen-fuenf",
    title=None,
    url="https://neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "verleihung-des-ehrenzeichens-des-bayer-ministerpraesidenten-an-fuenf-persoenlichkeiten-aus-dem-landkreis",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 27 September 2017; the date line "
              "'Meldung vom 27.09.2017' dropped (rule 14); the stored copy holds no headline, so there is no title line "
              "(rules 18, 32); the list of the honoured kept one item per line with its dashes (rule 1681); the photo "
              "caption 'Auf dem Foto von links: Ludwig Kastl, … Maria Seibert und Joha', cut off in the stored copy, "
              "dropped (rules 14, 15); the straight double quotation marks and the full stops inside them before the "
              "comma ('verpflichtet sind.\", so') kept as stored (rule 20))",
    license=NEUSTADT_WN,
    paras=["Ganz besonders freute Landrat Andreas Meier, dass er heute fünf ganz besondere Persönlichkeiten mit dem "
           "Ehrenzeichen des Bayer. Ministerpräsidenten auszeichnen durfte. Sie hatten mit ihrem jahrzehntelangen "
           "Engagement in Sportvereinen, der Kirche oder verschiedenen sozialen Einrichtungen Verantwortung in der "
           "Gesellschaft übernommen.",
           EZ_P2,
           EZ_P3,
           "Geehrt wurden:",
           "- Ludwig Kastl aus Pirk für sein über 50jähriges Engagement im Fußballverein",
           "- Monika König aus Mantel für die Tätigkeit als Ortbäuerin, als Landfrauen-Vorsitzende und für die Pflege des "
           "Kriegerdenkmals",
           "- Maria Siebert aus Altenstadt/WN als Vorsitzende des Elisabethen-Vereins und als Kommunionhelferin",
           "- Johann Simmerl für sein Engagement in der Kolpingfamilie und bei der Kirchenverwaltung",
           "- Johann Winter aus Leuchtenberg als aktives Mitglied im Männergesangsverein und im Liederkranz, im "
           "Pfarrgemeinderat und im OWV"],
    # two-sentence quotation with its full stop inside the marks, then ', so Landrat Meier' (rules 3, 20); the Bürgermeister's
    # quotation after an indirect-speech sentence naming him, closed by the pronoun cue 'bedauerte er' (rule 2070)
    quotes=[(cut(EZ_P2, "\"Sie sind", "verpflichtet sind.\""), MEIER),
            (cut(EZ_P3, "\"Früher war", "kritisiert.\""), TROPPMANN)],
    aliases={MEIER: ["Landrat Andreas Meier", "Andreas Meier", "Landrat Meier"],
             TROPPMANN: ["Rupert Troppmann", "Troppmann",
                         "Neustadts Bürgermeister und Gemeindetagsvorsitzender Rupert Troppmann"]})

# --- Landratsamt Neustadt a.d.Waldnaab, 4 January 2019: the Sternsinger at the district office ---

ST_P1 = ("Unter dem Motto \"Wir gehören zusammen - in Peru und weltweit\" machten sich auch 2019 die Neustädter Ministranten "
         "als Sternsinger auf den Weg, um Geld für Kinder in Not zu sammeln.")
ST_P2 = ("Landrat Andreas Meier empfing im Beisein des Stv. Landrats Albert Nickl die Sternsinger in seinem Dienstzimmer "
         "und freute sich, dass auch heuer diese Aktion wieder durchgeführt wird. Er bedankte sich bei den Ministranten, die "
         "sich für die Sternsingeraktion engagieren. Ohne ihren Einsatz wäre die Aktion nicht möglich und damit auch nicht "
         "die vielen Kinderhilfsprojekte weltweit. Immerhin sei es keine Selbstverständlichkeit, dass sich so viele "
         "Jugendliche, oft auch bei Schnee und Kälte, auf den Weg machen und ihre Ferien opfern, um für Kinder in Not zu "
         "sammeln. Bevor die Ministranten das Segenzeichen „20*C+M+B+19“ an die Tür anbrachten, spendete der Landrat 200,-- "
         "Euro für die Aktion und verteilte Schokolade an die Sternsinger.")

add(id="ho386-neustadt-wn-2019-01-sternsinger",
    title=None,
    url="https://neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "sternsingeraktion-2019-besuch-im-landratsamt-neustadt-adwaldnaab",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 4 January 2019; the date line "
              "'Meldung vom 04.01.2019' dropped (rule 14); the stored copy holds no headline, so there is no title line "
              "(rules 18, 32); the stored copy is complete; the hyphen in 'zusammen - in Peru' and the amount '200,-- "
              "Euro' kept as stored (rule 20))",
    license=NEUSTADT_WN,
    paras=[ST_P1, ST_P2],
    # the campaign motto is null (rules 2, 493); the blessing inscription chalked on the door is null (rule 2071)
    quotes=[("\"Wir gehören zusammen - in Peru und weltweit\"", None),
            ("„20*C+M+B+19“", None)],
    aliases={})

# --- Gemeinde Kressbronn a. B.: the modernised Naturstrandbad ---

add(id="ho386-kressbronn-naturstrandbad-aushaengeschild",
    title="Urlaubsstimmung im modernisierten Naturstrandbad Kressbronn a. B",
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "naturstrandbad-1/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B., undated in the stored copy; the site chrome "
              "'Menü', the image text 'Landschaft Kressbronn am Bodensee', the section name 'Pressemitteilungen' and the "
              "menu label 'Naturstrandbad' dropped (rule 14); the two photo captions 'von links: Sigi Kathan, Leiter "
              "Naturstrandbad, Bürgermeister Daniel Enzensperger, Andreas Wenzler, Sachgebietsleiter Bau- und "
              "Umwelttechnik sowie Vergabewesen' and 'Der Gemeinderat besichtigt das modernisierte Naturstrandbad' dropped "
              "(rule 14); the headline, stored without its final full stop after 'a. B', is the title line and the quoted "
              "subtitle its own line (rules 18, 112); the third paragraph 'Der Sportbereich wurde um eine "
              "Outdoor-Fitnessanlage erweitert. … am DLRG-St', cut off in the stored copy, dropped (rule 15))",
    license=KRESSBRONN,
    paras=["„Ein wichtiges Aushängeschild unserer Gemeinde“",
           "Das Naturstrandbad der Gemeinde Kressbronn a. B. war schon immer ein idyllisches Plätzchen direkt am Bodensee. "
           "Es gehört mit Sicherheit zu den schönsten und größten Naturbädern am Bodensee und ist ein beliebter Treffpunkt "
           "für Generationen. Erholung, Spiel und Spaß treffen hier perfekt aufeinander. Auf der 21.405 m² großen "
           "parkähnlichen Fläche, eingebettet zwischen der ehemaligen Bodan-Werft und dem Nonnenbach, entstand schon "
           "Anfang der 70er Jahre eines der schönsten Seebäder am Bodensee. Das ist es bis heute. In einem "
           "Online-Wettbewerb der Schwäbischen Zeitung wurde das Naturstrandbad als schönste Badestelle am Bodensee "
           "gekürt.",
           "Nach der Modernisierung hat das Naturstrandbad nochmals stark an Attraktivität gewonnen. So wurde der "
           "Eingangsbereich erweitert und barrierefrei umgebaut. Neben der Kasse gibt es nun auch ein Chipsystem, das den "
           "Eintritt ins Bad über zwei Drehkreuze ermöglicht. Es stehen jetzt drei Eintrittsmöglichkeiten und zwei "
           "Drehkreuze als Ausgang zur schnellen Abwicklung der Gästeströme zur Verfügung. Ein neuer Anstrich gibt dem "
           "Naturstrandbad schon von außen ein modernes und elegantes Gesicht. Auf großen Bildschirmen im Eingangsbereich "
           "gibt es Aktuelles aus Kressbronn a.B. zu lesen."],
    # the quoted subtitle: nobody in the kept text is credited with it; the mayor is named only in a dropped photo caption
    # (rules 26, 1560, 2072)
    quotes=[("„Ein wichtiges Aushängeschild unserer Gemeinde“", None)],
    aliases={})
