# Four-hundred-and-sixth held-out German real-news set (tests/data/heldout406-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2140-2142). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or identifier, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixth held-out set": three OTS releases of the European Commission's
# Representation in Austria (the open day of the EU offices in Vienna, October 2008; the two statements on the subsidy of
# the Südwind Magazin, February 2017) and the Representation in Germany's press release on Barbara Gessler taking up office
# (March 2024) as reproduced by a newsletter (licence EU). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), stored date lines, datelines, skip links
# and service blocks are dropped (rules 14, 2141), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WOJAHN = "Jörg Wojahn"
GESSLER = "Barbara Gessler"

# --- OTS, 28 October 2008: open day of the EU offices in Vienna ---

BN_P1 = ('Wien (OTS) - Grosser Andrang herrschte am Nationalfeiertag in den EU-Büros am Kärntner Ring sowie im EU-Zelt am '
         'Heldenplatz. Tausende BürgerInnen aus Wien, den Bundesländern sowie Österreichs Nachbarländern folgten der '
         'Einladung der Kommissionsvertretung sowie des Informationsbüros des Europäischen Parlaments zum "Dialog über '
         'Europa". Die Leiter der EU-Büros, Mag. Richard Kühnel und Mag. Wolfgang Hiller sowie ihre Mitarbeiter standen für '
         'Information, persönliche Gespräche und Diskussion zur Verfügung. Als besonderes Highlight wurde eine Europashow '
         'geboten, bei der es tolle Preise zu gewinnen gab. Aber auch für jene, die ohne Preis die Veranstaltung verließen, '
         'hat sich der Besuch gelohnt: für sie ist die "EU" an diesem Tag ein gutes Stück näher gerückt und die Arbeit der '
         'EU-Büros in Österreich ist transparent und greifbar geworden. Viele verließen die Veranstaltung mit dem Vorsatz '
         '"Wir kommen wieder".')

add(id="ho406-eu-ots-2008-10-eu-bueros-buergernaehe",
    title="EU-Büros demonstrieren Bürgernähe",
    url="https://www.ots.at/presseaussendung/OTS_20081028_OTS0052/eu-bueros-demonstrieren-buergernaehe-bild",
    retrieved="same address (stored OTS release of 28 October 2008 of the Commission's Representation in Austria, whose "
              "press officer is named in the contact block, on the open day it held with the European Parliament's "
              "information office; the skip link 'Zum Inhalt springen' dropped (rule 14); headline kept as title and "
              "subtitle as its own line (rule 18); the service block after the body — opening hours 'Die "
              "Informationsstelle der EU-Büros ist von Montag - Freitag zu folgenden Zeiten geöffnet: …', address and web "
              "links of both offices, 'Weitere Bilder abrufbar unter: …', the contact block 'Rückfragen & Kontakt: "
              "Annemarie Huber / Europäische Kommission / Vertretung in Österreich / Pressesprecherin …' and the OTS "
              "footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG …' — dropped (rules 14, 2141))",
    license=EU,
    paras=["Tag der Offenen Tür am Kärntnerring und Heldenplatz mit tausenden Besuchern", BN_P1],
    quotes=[('"Dialog über Europa"', None),
            ('"EU"', None),
            ('"Wir kommen wieder"', None)],
    aliases={})

# --- OTS, 7 February 2017: the Representation in Austria on the Südwind Magazin ---

SW1_Q1 = ('"Die Entscheidung über das Ende staatlicher Förderungen für das Südwind Magazin liegt bei der Republik '
          'Österreich. Wer dabei die angeblich enge Auslegung des EU-Beihilferechts durch die EU-Kommission als Grund '
          'vorschiebt, erweckt den Eindruck, dass er nicht die Verantwortung für die eigenen Maßnahmen übernehmen will."')
SW1_Q2 = ('"Es wäre nicht das erste Mal, dass heimische Entscheidungsträger versuchen, Nebelkerzen zu werfen, um sich bei '
          'kontroversen nationalen Entscheidungen hinter Brüssel zu verstecken."')

add(id="ho406-eu-ots-2017-02-nebelkerzen-suedwind",
    title="Nebelkerzen im Südwind",
    url="http://www.ots.at/presseaussendung/OTS_20170207_OTS0145/nebelkerzen-im-suedwind",
    retrieved="same address (stored OTS release of 7 February 2017 of the Commission's Representation in Austria; the "
              "stored date line ' date 2017-02' dropped (rule 14); the stored copy shows no sender line, so the sender is "
              "inferred from the text, which speaks for the Representation, and from the Representation's release of the "
              "next day, which cites this one as its own 'Aussendung (OTS0145)' (rule 144); headline kept as title and "
              "subtitle as its own line (rule 18); the stored copy shows nothing after the third paragraph)",
    license=EU,
    paras=["Kein Zusammenhang zwischen Europäischer Kommission und österreichischer Förderentscheidung",
           "Wien (OTS) - Die Austrian Development Agency (ADA) hat heute ihre Entscheidung öffentlich bekräftigt, die "
           "Förderung des Südwind Magazins einzustellen. In ihrer Presseaussendung hierzu hat die Agentur erneut die "
           "Europäische Kommission in die Debatte hineingezogen. Die Vertretung der Europäischen Kommission in Österreich "
           "weist aus diesem Anlass darauf hin, dass kein Zusammenhang zwischen der Arbeit der EU-Kommission und der "
           "nationalen Förderentscheidung besteht.",
           "Der Vertreter der Europäischen Kommission in Österreich, Jörg Wojahn, erklärte dazu: " + SW1_Q1
           + " Er fügte hinzu: " + SW1_Q2],
    quotes=[(SW1_Q1, WOJAHN),
            (SW1_Q2, WOJAHN)],
    aliases={WOJAHN: ["Jörg Wojahn"]})

# --- OTS, 8 February 2017: the Representation in Austria's clarification on the Südwind Magazin ---

SW2_Q = ('"Wir haben in der Frage \'Beihilfen für das Südwind Magazin ja oder nein\' schlichtweg keine Position. Es gibt '
         'da nichts hinein zu interpretieren"')

add(id="ho406-eu-ots-2017-02-klarstellung-suedwind",
    title="Klarstellung zu Förderungen für das Südwind Magazin",
    url="http://www.ots.at/presseaussendung/OTS_20170208_OTS0131/klarstellung-zu-foerderungen-fuer-das-suedwind-magazin",
    retrieved="same address (stored OTS release of 8 February 2017 of the Commission's Representation in Austria, whose "
              "subtitle names the sender 'EU-Kommissionsvertretung'; the stored date line ' date 2017-02' dropped (rule "
              "14); headline kept as title and subtitle as its own line (rule 18); the stored copy shows nothing after the "
              "second paragraph)",
    license=EU,
    paras=["EU-Kommissionsvertretung betont: Eine EU-Entscheidung liegt nicht vor",
           "Wien (OTS) - In der Frage um staatliche Beihilfen für das Südwind Magazin hatte die Vertretung der "
           "Europäischen Kommission in Österreich gestern die Verantwortung der zuständigen nationalen Behörden in einer "
           "Aussendung hervorgehoben (OTS0145). Die Schlussfolgerung einiger Beteiligter, nun sei eine Hürde für die "
           "Förderung ausgeräumt oder EU-Beihilfenrecht stelle kein Hindernis für die Förderung des Südwind-Magazins dar, "
           "ist allerdings falsch. Eine Entscheidung der EU-Kommission über die Beihilfefrage liegt in dieser Sache nicht "
           "vor. Sie muss auch nicht vorliegen, da über Förderungen zuerst die zuständige nationale Behörde selbst - in "
           "diesem Falle die Austrian Development Agency (ADA) - zu befinden und dabei die Maßgaben des EU-Beihilferechts "
           "zu berücksichtigen hat.",
           "Der Vertreter der Europäischen Kommission in Österreich, Jörg Wojahn, stellt klar: " + SW2_Q + "."],
    quotes=[(SW2_Q, WOJAHN)],
    aliases={WOJAHN: ["Jörg Wojahn"]})

# --- Representation in Germany, 19 March 2024: Barbara Gessler takes up office (newsletter reproduction) ---

BG_P1_Q = ("„Nach vielen Jahren in Brüssel mit Hauptaugenmerk auf Kultur in Europa freue ich mich jetzt wieder auf "
           "Berlin. Die Vertretung der Europäischen Kommission in Deutschland, in Berlin und an den regionalen Standorten "
           "Bonn und München, ist die Brücke zwischen hier und Brüssel. Das ist keine Einbahnstraße, das geht in beide "
           "Richtungen. Wir möchten der Europapolitik in Deutschland ein Gesicht geben, rausgehen und zuhören, "
           "Europapolitik erklären und die Menschen ermuntern, sich einzubringen und mitzureden. Dabei setze ich auch auf "
           "die Zusammenarbeit mit den Akteuren im Land.")
BG_P2_Q = ("Für unsere Kolleginnen und Kollegen in Brüssel sind wir so etwas wie Stimme, Ohren und Augen vor Ort - damit sie "
           "immer auf dem Laufenden sind, wie Politik und Gesellschaft in Deutschland ticken und wie sich die EU-Politik auf "
           "die Menschen hier auswirkt. Das ist gerade jetzt, mit Blick auf die Europawahl Anfang Juni, noch wichtiger als "
           "ohnehin schon. Das wollen wir mit dem gesamten bewährten Team unter neuer Leitung und das erstmals mit einer "
           "Frau an der Spitze der Vertretung in Berlin - kraftvoll anpacken.“")

add(id="ho406-eu-2024-03-gessler-bruecke-berlin-bruessel",
    title="Neue EU-Kommissionsvertreterin Barbara Gessler: Wir sind die Brücke zwischen Deutschland und Brüssel",
    url="https://public-security.de/NL_2024_02/NL_2024_02_07.html",
    retrieved="stored page of the newsletter public-security.de (issue 2024/02, item 07), which reproduces the press "
              "release of the Commission's Representation in Germany of 19 March 2024 on Barbara Gessler taking up office "
              "(its biography repeats the wording of the Representation's release of 6 February 2024 on the new heads); "
              "the dateline 'Berlin, 19.03.2024' dropped (rule 14); headline kept as title (rule 18); the subheading 'Neue "
              "Leiter auch in München und Bonn' and the paragraph under it ('Auch das Regionalbüro der Kommission in "
              "München hat einen neuen Leiter: Wolfgang Bücherl. … Renke Deckarm'), cut off in the stored copy, dropped "
              "(rule 15)",
    license=EU,
    paras=["Barbara Gessler leitet ab sofort die Vertretung der Europäischen Kommission in Berlin. An ihrem ersten "
           "Arbeitstag im Europäischen Haus im Berliner Regierungsviertel sagte sie: " + BG_P1_Q,
           BG_P2_Q,
           "Zuletzt hatte Barbara Gessler das Referat „Internationaler Kapazitätsaufbau im Hochschulbereich“ der "
           "Europäischen Exekutivagentur für Bildung und Kultur (EACEA) der Kommission geleitet. Sie ist seit fast drei "
           "Jahrzehnten in den EU-Institutionen und im Privatsektor tätig. In den Jahren 2004 bis 2009 hatte sie die "
           "Regionalvertretung der Kommission in Bonn geleitet."],
    quotes=[(BG_P1_Q, GESSLER),
            (BG_P2_Q, GESSLER),
            ("„Internationaler Kapazitätsaufbau im Hochschulbereich“", None)],
    aliases={GESSLER: ["Barbara Gessler"]})
