# Three-hundred-forty-first held-out German real-news set (tests/data/heldout341-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1970-1973). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, first words and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-forty-first held-out set": four netzpolitik.org articles of 2025 and 2026
# (the Bundestag's Aktuelle Stunde on the chat control, October 2025; the leaked plans for the "digitaler Omnibus" and the
# resistance against them, November 2025; the European Parliament's groups on the Omnibus, November 2025; the analysis of
# Corporate Europe Observatory and LobbyControl, January 2026) (licence NP). Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the stored date line is
# dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VOGTSCHMIDT = "Donata Vogtschmidt"
BUNDESREGIERUNG = "Bundesregierung"
CEO = "Corporate Europe Observatory"

# --- netzpolitik.org, 9 October 2025: the Bundestag's Aktuelle Stunde on the chat control ---

CK_P4 = ("Bislang hatte Deutschland, vertreten durch die inzwischen abgelöste Ampelregierung, die brisanten Vorschläge auf "
         "EU-Ebene nicht abgenickt. Nach langer Unklarheit verkündete die nunmehrige schwarz-schwarz-rote Bundesregierung am "
         "Mittwoch, sie werde einer „anlasslosen“ Chatkontrolle gemäß einem Vorschlag der dänischen Ratspräsidentschaft nicht "
         "zustimmen. Aber zu welchen Kompromissen sie im EU-Rat bereit wäre und ob es rote Linien bei der deutschen Position "
         "gibt, ist bislang nicht bekannt. Darum drehten sich auch viele Wortbeiträge der Abgeordneten.")
CK_P5 = "„Auf einmal reagiert das Kabinett“"
CK_P6 = ("Donata Vogtschmidt von den Linken etwa warf der Bundesregierung ihr langes Schweigen vor. Wer wenige Tage vor einer "
         "entscheidenden Abstimmung nicht das Rückgrat für eine Positionierung mitbringe, verdiene kein Vertrauen, so die "
         "Obfrau der Fraktion im Digitalausschuss. Erst nach viel Protest habe sich etwas bewegt – „auf einmal reagiert das "
         "Kabinett“.")

add(id="ho341-np-2025-10-bundestag-chatkontrolle",
    title=None,
    url="https://netzpolitik.org/2025/bundestag-zu-chatkontrolle-anlasslose-ueberwachung-ist-ein-tabu-in-einem-rechtsstaat/",
    retrieved="same address (stored page of 9 October 2025; the stored date line ' date 2025-10-09' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "quoted section heading kept as its own line; the paragraph 'Besonders kritisierte sie in ihrer Rede "
              "Digitalminister Karsten Wildberger, der sich nicht zu', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Aus einer Diskussion im Bundestag wird deutlich, dass es auch im Parlament eine breite Ablehnung der "
           "Chatkontrolle gibt. Viele Abgeordnete warfen der Regierung ihr langes Schweigen vor.",
           "Am Donnerstag haben Bundestagsabgeordnete in einer sogenannten Aktuellen Stunde über ihre Position zur "
           "Chatkontrolle debattiert.",
           "Bei der Chatkontrolle handelt es sich um einen viel kritisierten Bestandteil einer EU-Verordnung, über die seit "
           "Jahren die Mitgliedstaaten im EU-Rat verhandeln. Damit könnten Anbieter von Kommunikationsdiensten auf Anordnung "
           "verpflichtet werden, die Kommunikation ihrer Nutzer:innen zu scannen – auch ohne konkreten Verdacht und auch bei "
           "verschlüsselten Nachrichten. Ziel ist es, nach Darstellungen von sexualisierter Gewalt gegen Kinder zu suchen, "
           "damit Treffer letztlich an die Polizei weitergeleitet werden.",
           CK_P4, CK_P5, CK_P6],
    quotes=[("„anlasslosen“", BUNDESREGIERUNG),
            (CK_P5, VOGTSCHMIDT),
            ("„auf einmal reagiert das Kabinett“", VOGTSCHMIDT)],
    aliases={VOGTSCHMIDT: ["Donata Vogtschmidt", "Obfrau der Fraktion im Digitalausschuss"],
             BUNDESREGIERUNG: ["Bundesregierung", "schwarz-schwarz-rote Bundesregierung"]})

# --- netzpolitik.org, 13 November 2025: the leaked plans for the digital omnibus ---

OM_P3 = ("Vier Regulierungsbereiche stehen im Fokus des sogenannten „digitalen Omnibus“: der Datenschutz, Regeln für die "
         "Datennutzung, Cyber-Sicherheit und die KI-Verordnung. Der Begriff Omnibus („für alle“) wird in der Gesetzgebung "
         "verwendet, wenn mehrere Rechtsakte zeitgeich geändert werden. Offizielles Ziel des umfangreichen Reformvorhabens ist "
         "die Vereinfachung und Vereinheitlichung unterschiedlicher Digitalgesetze.")

add(id="ho341-np-2025-11-digitaler-omnibus-rueckschritt",
    title=None,
    url="https://netzpolitik.org/2025/digitaler-omnibus-groesster-rueckschritt-fuer-digitale-grundrechte-in-der-geschichte-"
        "der-eu/",
    retrieved="same address (stored page of 13 November 2025; the stored date line ' date 2025-11-13' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "typing error 'zeitgeich' kept as stored; the section heading 'Zivilgesellschaft warnt vor historischem "
              "Rückschritt' and the paragraph under it '„Das wäre der größte Rückschritt … heißt es in einem heute "
              "veröffentlichten Brief von mehr als 120', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Die Europäische Kommission arbeitet an Plänen für einen Kahlschlag bei ihren Regeln für die digitale Welt. Das "
           "belegen unter anderem Dokumente, die wir veröffentlicht haben. Im Europäischen Parlament und in der "
           "Zivilgesellschaft formiert sich dagegen massiver Widerstand.",
           "Das erklärte Ziel von Ursula von der Leyen ist es, die Europäische Union in ihrer zweiten Amtszeit als "
           "Präsidentin der EU-Kommission wirtschaftlich und geopolitisch zu stärken. Erreichen will sie das offenbar auch "
           "durch einen weitgehenden Rückbau des Regelwerkes für die digitale Welt, welches die EU in den vergangenen zehn "
           "Jahren gestrickt hat. Davon zeugen Entwürfe für ein geplantes Gesetzespaket, die wir am vergangenen Freitag "
           "veröffentlicht haben.",
           OM_P3,
           "Diese stehen derzeit nicht nur durch Tech-Konzerne und die US-Regierung unter Druck. Auch europäische Unternehmen "
           "und mächtige Politiker:innen wie der deutsche Bundeskanzler Friedrich Merz fordern lauthals den Abbau "
           "vermeintlich überbordender Bürokratie.",
           "Am 19. November sollen die Pläne für den digitalen Omnibus offiziell vorgestellt werden. Nun wenden sich "
           "zahlreiche zivilgesellschaftliche Organisationen gegen die geleakten Pläne und auch mehrere Fraktionen im "
           "EU-Parlament kündigen Widerstand an."],
    quotes=[("„digitalen Omnibus“", None),
            ("„für alle“", None)],
    aliases={})

# --- netzpolitik.org, 24 November 2025: the European Parliament's groups on the omnibus ---

add(id="ho341-np-2025-11-omnibus-eu-parlament",
    title=None,
    url="https://netzpolitik.org/2025/digitaler-omnibus-das-eu-parlament-steuert-auf-den-naechsten-konflikt-zu/",
    retrieved="same address (stored page of 24 November 2025; the stored date line ' date 2025-11-24' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "section heading 'S&D: Digitalgesetze stärken statt untergraben' and the paragraph under it 'Die "
              "Sozialdemokraten (S&D) halten den Kommissionsvorschlag … Ziel sei eine „auf Rechten basierende digitale "
              "Wirtsch', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["In Brüssel nimmt die Debatte um den „digitalen Omnibus“ an Fahrt auf. Während vier Fraktionen im EU-Parlament die "
           "Aufweichung von KI- und Datenschutzregeln kritisieren, begrüßen Konservative das Vorhaben grundsätzlich. Werden "
           "sie wieder mit Rechtsaußen-Fraktionen stimmen, um das Vorhaben durchzusetzen?",
           "Vergangene Woche hat die EU-Kommission den „Digitalen Omnibus“ vorgestellt. Mit dem Sammelgesetz will sie Teile "
           "ihrer Digitalregulierung vereinfachen, Kritiker:innen sprechen von einem Angriff auf Grundrechte. Ihre "
           "Änderungsvorschläge an zahlreichen Gesetzen kann die Kommission allerdings nicht im Alleingang beschließen. Auch "
           "das Europäische Parlament und der Rat der Mitgliedstaaten müssen dem Vorhaben zustimmen und diskutieren jetzt "
           "ihre Positionen.",
           "Einige Fraktionen im Parlament haben bereits Widerstand angekündigt. Schon in Reaktion auf geleakte Entwürfe "
           "hatten die Fraktionen der Sozialdemokraten (S&D), Liberalen (Renew) und Grünen mit Kritik reagiert.",
           "Grundsätzlich scheinen die Konfliktlinien entlang erwarteter parteipolitischer Präferenzen zu verlaufen. Während "
           "Sozialdemokraten, Grüne und Linke deutlich gegen das Vorhaben positioniert sind und auch Liberale Bedenken "
           "äußern, sehen Konservative einen Schritt in die richtige Richtung. Rechtsradikale und europakritische Parteien "
           "fordern einen noch weitergehenden Regulierungsabbau."],
    quotes=[("„digitalen Omnibus“", None),
            ("„Digitalen Omnibus“", None)],
    aliases={})

# --- netzpolitik.org, 16 January 2026: the analysis of Corporate Europe Observatory and LobbyControl ---

BT_P4 = ("Doch vieles im Kommissionsentwurf lese sich wie eine Wunschliste ausgerechnet US-amerikanischer Tech-Konzerne, "
         "schreiben CEO und LobbyControl: „Ironischerweise wird diese Deregulierungsagenda von der Kommission als Mittel zur "
         "Steigerung der Wettbewerbsfähigkeit der EU verkauft – obwohl sie damit in Wirklichkeit die US-amerikanischen "
         "Big-Tech-Unternehmen aktiv stärkt, die den Markt dominieren.“")

add(id="ho341-np-2026-01-omnibus-big-tech-wunschliste",
    title=None,
    url="https://netzpolitik.org/2026/digitaler-omnibus-direkt-von-big-techs-wunschliste/",
    retrieved="same address (stored page of 16 January 2026; the stored date line ' date 2026-01-16' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "paragraph 'Zugleich baut dieser „beispiellose Angriff auf digitale Rechte“ … Regierungen und Unternehmen zur "
              "Rechenschaft gezogen werden', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Um Europas Wirtschaft zu stärken, will die EU ihre Regeln für die digitale Welt teilweise aufweichen. Das "
           "Gesetzespaket bedient allerdings vor allem die Interessen US-amerikanischer Tech-Unternehmen, wie jetzt eine "
           "Analyse des Corporate Europe Observatory und von LobbyControl zeigt.",
           "Die EU-Kommission soll sich bei ihren Deregulierungsplänen in den Bereichen Datenschutz und KI maßgeblich von Big "
           "Tech inspiriert haben lassen. Das geht aus einer Analyse der NGOs Corporate Europe Observatory (CEO) und "
           "LobbyControl zum sogenannten „Digitalen Omnibus“ hervor. Demnach entsprechen viele Pläne der Kommission für das "
           "Gesetzespaket den Wünschen der IT-Branche, die mit immer mehr Geld in Brüssel für möglichst wenig Regulierung "
           "lobbyiert.",
           "Den digitalen Omnibus hatte die Kommission im Spätherbst vorgestellt. Mit dem Gesetzespaket will sie laut eigener "
           "Aussage Bürokratie abbauen, Regeln entschlacken und überlappende Gesetze harmonisieren. Im Blick hat sie dabei den "
           "Datenschutz, Regeln für die Datennutzung, Cyber-Sicherheit sowie die KI-Verordnung. Vereinfachte Regeln sollen "
           "die Wettbewerbsfähigkeit Europas und vor allem europäischer Unternehmen verbessern, so die EU-Kommission.",
           BT_P4],
    quotes=[("„Digitalen Omnibus“", None),
            ("„Ironischerweise wird diese Deregulierungsagenda von der Kommission als Mittel zur Steigerung der "
             "Wettbewerbsfähigkeit der EU verkauft – obwohl sie damit in Wirklichkeit die US-amerikanischen "
             "Big-Tech-Unternehmen aktiv stärkt, die den Markt dominieren.“", CEO)],
    aliases={CEO: ["Corporate Europe Observatory", "CEO", "LobbyControl"]})
