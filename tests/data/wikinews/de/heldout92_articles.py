# Ninety-second held-out German real-news set (tests/data/heldout92-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 730). None of these
# pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, the speakers' names and a distinctive
# phrase against every source/url field and every address named in the modules and SOURCES.md files of tests/data and
# /work/wt-heldout*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Ninety-second held-out set": press releases of German local authorities whose site
# states a permission to reuse the texts of its press releases (licence constants in licences.py): the district office of
# the Landkreis Neustadt an der Waldnaab (NEUSTADT_WN) and the Gemeinde Kressbronn a. B. (KRESSBRONN). Stored copies are
# the `search` tool's `pages` excerpts; only complete paragraphs are kept (rule 15), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import KRESSBRONN, NEUSTADT_WN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Landratsamt Neustadt a.d.Waldnaab: a news item of neustadt.de ---

REICHERT_P2 = ("Reichert, als gelernter Jurist und Ministerialbeamter selbst ein „Kind der Staatsverwaltung“, zeigte sich "
               "hierbei als fundierter Kenner der Sorgen und Nöte speziell auch eines Landratsamtes. Besonders die Knappheit "
               "an Staatlichem Personal, beispielsweise im Bereich der Umwelt- und Naturschutzfachkräfte sowie der "
               "Bauabteilungen führe oft zu übermäßig langen Warte- und Bearbeitungszeiten, gab ihm Landrat Andreas Meier mit "
               "auf den Weg. Hier müsse dringend für ausreichend Personal gesorgt werden, denn die Bürger hätten kein "
               "Verständnis, dass eine Baugenehmigung wegen fehlender Stellungnahmen der Fachabteilungen oft Wochen oder gar "
               "Monate dauern könne. Angesprochen wurden vom Landrat auch die Altlastenproblematik bei den ehemaligen "
               "Bleikristallhütten sowie generell die Außenwirkung und die Notwendigkeit einer modernen Imagebildung, gerade "
               "für die Nordoberpfalz.")
REICHERT_P3 = ("Reichert unterstrich, dass ihm besonders der persönliche Kontakt mit den der Regierung nachgeordneten Stellen "
               "sehr wichtig ist, obgleich er die Landkreise und Kreisfreien Städte der Oberpfalz natürlich nicht "
               "flächendeckend und vollumfänglich alle selbst besuchen könne. Er freue sich aber, nach langen Jahren in der "
               "Landeshauptstadt wieder in seine Oberpfälzer Heimat zurückkehren zu können. Damit der den Landkreis Neustadt "
               "„flächendeckend“ zumindest per Foto und geschriebenem Wort kennenlernen kann, überreichte Meier dem "
               "Vizepräsidenten noch das Landkreisbuch als Willkommensgeschenk.")

add(id="ho92-neustadt-wn-2018-03-antrittsbesuch-reichert",
    title="Der neue „Vize“ zu Gast im Lobkowitzer Schloss",
    url="https://neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "antrittsbesuch-neuer-regierungsvizepraesident-christoph-reichert/",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab, 23 March 2018; the date line 'Meldung vom "
              "23.03.2018' dropped (rule 14); the stored copy runs headline and first paragraph into one line: the "
              "headline is the title line, the lead sentence its own paragraph (rules 18, 19))",
    license=NEUSTADT_WN,
    paras=["Der neue Regierungsvizepräsident der Oberpfalz, Christoph Reichert, war am 22.03.2018 zu einem Antrittsbesuch "
           "bei Landrat Andreas Meier in Neustadt zu Gast.",
           REICHERT_P2,
           REICHERT_P3],
    # the nickname in the headline is null (a name, rule 24); the phrase in an apposition that characterises Reichert has
    # no verb of saying and is null (rule 730); the word taken up from Reichert's indirect speech and used by the release
    # in a playful sense of its own is null (rule 731); the indirect speech of Meier and Reichert has no quotation marks
    quotes=[("„Vize“", None),
            ("„Kind der Staatsverwaltung“", None),
            ("„flächendeckend“", None)],
    aliases={})

# --- Landratsamt Neustadt a.d.Waldnaab: a statement of the district administrator, reposted by otv.de ---

DEMO_P1 = ("Wie ich heute erfahren habe, wurde für den 13.03, eine Protestkundgebung von vermeintlichen Impfgegnern bzw. "
           "Gegnern einer einrichtungsbezogenen Impfpflicht mit dem Motto „Entscheidet richtig, wir sind wichtig“ vor dem "
           "Staatlichen Gesundheitsamt in Weiden angemeldet. Als Landrat und Dienstvorgesetzter des Gesundheitsamtes "
           "betrachte ich dies gegenüber den Bediensteten des Gesundheitsamtes als einen persönlichen Affront und ein "
           "offensichtliches Zeichen der Geringschätzung. Diese Menschen haben sich seit Beginn der Pandemie Tag für Tag, in "
           "zahllosen Überstunden, ohne freies Wochenende, auch an Feiertagen wie Weihnachten für die Gesundheit und den "
           "Schutz der Bevölkerung eingesetzt. Oftmals weit über das normale Maß hinaus und weit über die Grenzen der "
           "physischen und psychischen Gesundheit. Jetzt quasi noch vor „deren Haustüre“ zu demonstrieren ist meiner Ansicht "
           "nach geradezu einen „Schlag ins Gesicht“ der Kolleginnen und Kollegen. Diese Menschen sind letztlich nur "
           "diejenigen, die im Vollzug die Vorgaben und Gesetze umsetzen müssen (per Diensteid!), die von der Politik "
           "beschlossen werden. Sie sind somit der falsche Adressat für eine solche Protestkundgebung. Ich biete den "
           "Veranstaltern deshalb an, diese Demonstration am Stadtplatz in Neustadt vor dem Landratsamt abzuhalten. Somit "
           "erreichen Sie mit mir als Vorgesetztem des Gesundheitsamts und auch als Vertreter der Politik einen der "
           "„letztlich Verantwortlichen“. Ich würde dies als Zeichen des Anstands und des gebotenen Respekts gegenüber den "
           "Kolleginnen und Kollegen im Gesundheitsamt betrachten.")

add(id="ho92-neustadt-wn-2022-03-stellungnahme-demo-gesundheitsamt",
    title=None,
    url="https://www.otv.de/amp/landrat-andreas-meier-gibt-stellungnahme-zu-einer-geplanten-demo-ab-542917",
    retrieved="same address (statement of Landrat Andreas Meier released by the Landratsamt Neustadt a.d.Waldnaab on "
              "2 March 2022 and reposted unchanged by Oberpfalz TV with the source line '(PM: Landratsamt Neustadt an der "
              "Waldnaab)'; only the released text is kept: the broadcaster's date line, place line, headline 'Landrat "
              "Andreas Meier gibt Stellungnahme zu einer geplanten Demo ab' and lead sentence, the source line and the "
              "tag list are dropped (rule 14), so there is no title line (rules 18, 32); the signature line is kept as a "
              "line of its own)",
    license=NEUSTADT_WN,
    paras=[DEMO_P1,
           "– Andreas Meier (CSU), Landrat Neustadt an der Waldnaab"],
    # the motto of the rally is its name (null, rule 24, rule 732); the statement itself is Meier's own unmarked text, and
    # the marks inside it set off idioms and a phrase of his own, not anyone's quoted words: null (rule 732)
    quotes=[("„Entscheidet richtig, wir sind wichtig“", None),
            ("„deren Haustüre“", None),
            ("„Schlag ins Gesicht“", None),
            ("„letztlich Verantwortlichen“", None)],
    aliases={})

# --- Gemeinde Kressbronn a. B.: a press release reposted by the WOCHENBLATT ---

ENZ = "Enzensperger"
RUNDGANG_P2 = ("Zehn liebevoll geschmückte Christbäume werden ab dem 2. Advent in ihrem Glanz erstrahlen und lassen "
               "Weihnachtsflair aufkommen. Zwei der Weihnachtsbäume sollen für jeden zum Dekorieren und Schmücken zur "
               "Verfügung stehen, um symbolisch ein wenig näher zu rücken und ein Zusammengehörigkeitsgefühl entstehen zu "
               "lassen. Ob ein Wunsch oder ein selbstgebastelter Stern aufgehängt wird – der Fantasie sind keine Grenzen "
               "gesetzt. „Wir möchten in einer Zeit wie dieser, den Menschen einen Platz für Wünsche, Gedanken oder "
               "Selbstgebasteltes schenken“, so Bürgermeister Enzensperger und bedankt sich herzlich bei den Landfrauen "
               "Kressbronn für die Kooperation und dem Obsthof Strohmaier  für die wunderschönen Bäume.")

add(id="ho92-kressbronn-2020-12-weihnachtlicher-rundgang",
    title="Weihnachtlicher Rundgang durch Kressbronn a. B. – zehn Christbäume erstrahlen in ganz besonderem Glanz",
    url="https://www.wochenblatt-news.de/weihnachtlicher-rundgang-durch-kressbronn-a-b-zehn-christbaeume-erstrahlen-in-"
        "ganz-besonderem-glanz/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B., December 2020, reposted by the WOCHENBLATT "
              "with the picture credited '(Bild: Gemeinde Kressbronn a. B.)'; the repeated headline, the caption "
              "'Weihnachtlicher Rundgang in Kressbronn. (Bild: Gemeinde Kressbronn a. B.)' and the label 'WOCHENBLATT' "
              "dropped (rule 14); the double space before 'für die wunderschönen Bäume' kept as stored; the list of the "
              "ten locations, which the stored copy of this address does not hold, is not part of the text)",
    license=KRESSBRONN,
    paras=["Kressbronn a.B. – Die Weihnachtszeit soll auch in diesem Jahr die schönste Zeit des Jahres werden, wenn auch "
           "anders als in den vergangenen Jahren und auch leider ohne den traditionellen Weihnachtsmarkt. Nach einem Jahr "
           "voller Sorgen, Ungewissheit und auch Angst, sehnen sich die Menschen gerade in der Vorweihnachtszeit nach "
           "Zusammengehörigkeit. Die Gemeinde Kressbronn a. B. hat daher in Zusammenarbeit mit den Landfrauen Kressbronn "
           "einen weihnachtlichen Rundgang durch die Gemeinde ins Leben gerufen.",
           RUNDGANG_P2],
    # the closing cue "so Bürgermeister Enzensperger" names the speaker only by his surname, which is his fullest name in
    # this text (rule 733)
    quotes=[(cut(RUNDGANG_P2, "„Wir möchten", "schenken“"), ENZ)],
    aliases={ENZ: ["Enzensperger", "Bürgermeister Enzensperger"]})
