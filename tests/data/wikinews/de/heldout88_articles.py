# Eighty-eighth held-out German real-news set (tests/data/heldout88-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 690). None of these
# pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, the speakers' names and a distinctive
# phrase against every source/url field and every address named in the modules and SOURCES.md files of tests/data and
# /work/wt-heldout*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Eighty-eighth held-out set": press releases of German municipalities whose site states
# a permission to reuse the texts of its press releases (licence constants in licences.py). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rule 15), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import KRESSBRONN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Gemeinde Kressbronn a. B.: press releases on kressbronn.de ---

ENZ = "Daniel Enzensperger"

RATHAUS_P1 = ("Am vergangenen Sonntag lud Bürgermeister Daniel Enzensperger alle interessierten Bürgerinnen und Bürger zum "
              "Tag der offenen Tür ins Rathaus ein. Zu Beginn der Feierlichkeiten musste Bürgermeister Daniel Enzensperger "
              "leider „mit einer traurigen und schmerzlichen Nachricht“ beginnen: dem plötzlichen Tod des katholischen "
              "Pfarrers Martin Rist mit nur 52 Jahren. Enzensperger würdigte ihn als einen engagierten Pfarrer für die "
              "Gemeinde und legte als Geste der Anteilnahme und Trauer mit den Anwesenden eine Gedenkminute ein.")
RATHAUS_P3 = ("In den vergangen zehn Monaten wurde das Rathaus saniert und modernisiert. „Ziel war es, ein modernes, helles "
              "und bürgerfreundliches Rathaus für die Kressbronnerinnen und Kressbronner sowie einen attraktiven "
              "Arbeitsplatz mit ausreichenden Büroräumen für die Mitarbeiterinnen und Mitarbeiter zu schaffen. Dies ist uns "
              "– wie Sie sehen – gelungen. Gleichzeitig wurde eine gute Übergangslösung für die Deckung des "
              "Kinderbetreuungsbedarfes realisiert“, so Bürgermeister Daniel Enzensperger bei der Begrüßung.")

add(id="ho88-kressbronn-2019-07-tag-der-offenen-tuer-rathaus",
    title="Großer Besucherandrang",
    url="https://www.kressbronn.de/index.php?id=78?id=78&no_cache=1&publish%5Bid%5D=1008969&publish%5Bstart%5D=",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B. in the 'Aktuell' section of kressbronn.de, "
              "July 2019; the site chrome 'Volltextsuche', '>' and 'Aktuell' dropped (rule 14); the headline is the "
              "first line, the two headline lines of the release kept as lines of their own (rules 18, 19); empty lines "
              "dropped; the subheading 'Was wurde im Rathaus genau gemacht?' and the paragraph after it, cut off in the "
              "stored copy ('Das Nebengebäude wurde umgebaut und Büroräume mit entsprechende'), dropped (rule 15); they "
              "hold no quotation mark in the stored part)",
    license=KRESSBRONN,
    paras=["Großer Besucherandrang beim Tag der offenen Tür im Rathaus",
           "Neues Feuerwehrfahrzeug wurde feierlich eingeweiht",
           RATHAUS_P1,
           "Rund 500 Besucher folgten der Einladung des Rathauschefs, schauten sich das modernisierte Rathaus an und kamen "
           "mit den Mitarbeiterinnen und Mitarbeitern ins Gespräch. Diese hatten auch für die eine oder andere "
           "Überraschung gesorgt. So konnten die Gäste im neuen Personalraum mit einem Gläschen Sekt auf den Umbau "
           "anstoßen oder im Bürgermeisterzimmer durften Kinder auf dem Chefsessel für ein Foto Platz nehmen. In der "
           "Kämmerei konnten die Besucher am Glücksrad drehen und bekamen eine süße Überraschung. Viel Lob und "
           "Anerkennung zum neuen Rathaus kam von den vielen Besuchern und beim Hock auf dem Rathausplatz war für das "
           "leibliche Wohl bestens gesorgt.",
           RATHAUS_P3],
    # the fragment that the mayor "had to begin with" is his own wording (rule 690); the closing cue "so Bürgermeister
    # Daniel Enzensperger bei der Begrüßung" gives the long quotation to him
    quotes=[("„mit einer traurigen und schmerzlichen Nachricht“", ENZ),
            (cut(RATHAUS_P3, "„Ziel war es,", "realisiert“"), ENZ)],
    aliases={ENZ: ["Daniel Enzensperger", "Bürgermeister Daniel Enzensperger", "Enzensperger"]})

AUSGLEICH_P2 = ("„Mit dieser Förderung können wir einen wichtigen Schritt zur Verbesserung der Bildungsinfrastruktur in "
                "Kressbronn a. B. gehen“, freut sich Bürgermeister Daniel Enzensperger. „Das Parkschulzentrum ist für unsere "
                "Gemeinde von zentraler Bedeutung. Die Mittel aus dem Ausgleichstock werden für die Erweiterung der "
                "Parkschule verwendet. Besonders freut es mich, dass wir den höchsten Betrag von den Gemeinden im "
                "Bodenseekreis erhalten haben und damit ein wichtiges Zeichen in Sachen Bildung gesetzt wurde.“")
AUSGLEICH_P3 = ("Im Regierungsbezirk Tübingen wurden insbesondere Investitionen in Schulen und Kindergärten, Feuerwehrhäuser "
                "und Feuerwehrfahrzeuge gefördert. Regierungspräsident Klaus Tappeser betonte im Rahmen der "
                "Förderentscheidung: „Mit dem Ausgleichstock leisten wir einen wichtigen Beitrag zur Realisierung "
                "unverzichtbarer kommunaler Infrastrukturmaßnahmen. Gerade in Zeiten knapper Kassen sind diese Zuschüsse für "
                "die Städte und Gemeinden im Land von großer Bedeutung.“")
TAPPESER = "Klaus Tappeser"

add(id="ho88-kressbronn-ausgleichstock-parkschule",
    title=None,
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "kressbronn-a-b-erhaelt-600000-euro-foerderung-aus-dem-ausgleichstock/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B., undated in the stored copy; the stored copy "
              "begins with the body, without headline, so there is no title line (rules 18, 32); the subheading "
              "'Hintergrund zur Erweiterung des Bildungszentrums Parkschule' and the paragraph after it, cut off in the "
              "stored copy ('… Heutzutage brauchen Schulen deshalb vor allem meh'), dropped (rule 15); they hold no "
              "quotation mark in the stored part)",
    license=KRESSBRONN,
    paras=["Die Gemeinde erhält eine Förderung in Höhe von 600.000 Euro aus dem Ausgleichstock des Regierungspräsidiums "
           "Tübingen. Mit den Mitteln wird die Modernisierung und Weiterentwicklung des Bildungszentrums Parkschule "
           "unterstützt. Der Ausgleichstock ist ein wichtiges Förderinstrument des Landes Baden-Württemberg, um "
           "finanzschwache Städte und Gemeinden bei dringend erforderlichen Infrastrukturmaßnahmen zu unterstützen. "
           "Insgesamt wurden in diesem Jahr rund 42 Millionen Euro an Kommunen im Regierungsbezirk Tübingen ausgeschüttet "
           "– ein Rekordbetrag.",
           AUSGLEICH_P2,
           AUSGLEICH_P3],
    # the second quotation follows the cue of the first without a cue of its own: the mayor's (continuation); the
    # Regierungspräsident's quotation after his colon cue is his, not the Regierungspräsidium's
    quotes=[(cut(AUSGLEICH_P2, "„Mit dieser", "gehen“"), ENZ),
            (cut(AUSGLEICH_P2, "„Das Parkschulzentrum", "gesetzt wurde.“"), ENZ),
            (cut(AUSGLEICH_P3, "„Mit dem Ausgleichstock", "Bedeutung.“"), TAPPESER)],
    aliases={ENZ: ["Daniel Enzensperger", "Bürgermeister Daniel Enzensperger"],
             TAPPESER: ["Klaus Tappeser", "Regierungspräsident Klaus Tappeser"]})

SPIEL_P1 = ("Der Außenspielbereich des katholischen Kindergartens St. Michael wurde in den Sommerwochen vollständig "
            "neugestaltet und mit modernen und nachhaltigen Spielgeräten ausgestattet. Die Gemeinde Kressbronn a. B. hat "
            "die Maßnahme mit rund 200.000 Euro bezuschusst. „Kirchengemeinde und weltliche Gemeinde freuen sich, dass "
            "diese wichtige Sanierungsmaßnahme nun fertiggestellt werden konnte“, so Bürgermeister Daniel Enzensperger.")

add(id="ho88-kressbronn-aussenspielbereich-st-michael",
    title=None,
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "neuer-aussenspielbereich/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B., undated in the stored copy; the stored copy "
              "begins with the body, without headline, so there is no title line (rules 18, 32); the second paragraph 'Als "
              "freie Trägerin des Kindergartens St. Michael … Daher war es für uns selbstvers', cut off in the stored copy "
              "inside a quotation, dropped with its quotations (rule 15))",
    license=KRESSBRONN,
    paras=[SPIEL_P1],
    # the mayor speaks for both parishes and the municipality ("Kirchengemeinde und weltliche Gemeinde freuen sich"), but
    # the closing cue names him: the person, not the bodies named inside the quotation (rule 691)
    quotes=[(cut(SPIEL_P1, "„Kirchengemeinde", "konnte“"), ENZ)],
    aliases={ENZ: ["Daniel Enzensperger", "Bürgermeister Daniel Enzensperger"]})
