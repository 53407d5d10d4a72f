# Five-hundred-and-seventh held-out German real-news set (tests/data/heldout507-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2790-2796). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal release number or OTS number, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-seventh held-out set": eight releases sent over ots by news aktuell and
# shown in the senders' newsrooms on presseportal.de (blaulicht) - five of German Hauptzollämter (the Hauptzollamt Hamburg on
# its balance sheets for 2018, March 2019, for 2019, about May 2020, and for 2023, May 2024; the Hauptzollamt Augsburg on its
# balance sheet for 2019, about May 2020; the Hauptzollamt München on corals seized at Munich airport, June 2022), two of the
# Bundespolizei (the Bundespolizeiinspektion Kiel on a man on a goods waggon in Lübeck, August 2019; the
# Bundespolizeiinspektion Hamburg on the match FC St. Pauli - Eintracht Braunschweig, February 2024) and one of the
# Polizeipräsidium Krefeld (the carnival prince and princess at the police headquarters, February 2026) - and one release of
# the Landespolizeidirektion Wien on ots.at (Gerhard Pürstl on security in Favoriten after New Year's Eve, January 2021).
# Licences: OTS_PUBLIC for the customs offices, OTS_POLIZEI_SENDER for the Bundespolizei and the Krefeld police, and
# APA_OTS_POLIZEI for the Landespolizeidirektion (copied byte for byte from the four-hundred-and-ninety-ninth set, which
# defined it on its own branch). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), the furniture of both services (date prefixes, newsroom labels, image and
# attachment furniture, press officers' sign lines, contact blocks, the Bundespolizei's boilerplate and footers) is dropped
# (rules 2520, 2541, 2610, 2720, 2790), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLIZEI, OTS_POLIZEI_SENDER, OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


SCHAADE = "Christian Schaade"
SCHRADER = "Michael Schrader"
KUEHNE = "Hans-Henning Kühne"
SCHOLZ = "Olaf Scholz"
MEISTER = "Thomas Meister"
BPOL = "Bundespolizei"
BPOLI_HH = "Bundespolizeiinspektion Hamburg"
MECKLENBRAUCK = "Ursula Mecklenbrauck"
PUERSTL = "Gerhard Pürstl"

# --- presseportal.de (news aktuell), Hauptzollamt Hamburg, March 2019: the balance sheet of the new office for 2018 ---

J18_T = ("HZA-HH: Der Zoll in Hamburg stellt seine Jahresbilanz 2018 vor - Hamburger Zoll nimmt rund 30,5 Milliarden Euro "
         "ein")
J18_P1 = ("Christian Schaade, als erster Leiter des \"neuen\" Hauptzollamtes Hamburg, welches durch die Verschmelzung der "
          "Hauptzollämter Hamburg-Hafen und Hamburg Stadt zu dem größten Hauptzollamt Deutschlands gewachsen ist, sowie der "
          "Zoll am Flughafen Hamburg, repräsentiert vom Leiter des Zollamtes Flughafen, Tilman Lewitz, stellten am 27. März "
          "2019 die regionale Bilanz für das Jahr 2018 vor.")
J18_P2 = ("\"Insgesamt 30,5 Milliarden Euro konnten meine Kolleginnen und Kollegen im letzten Jahr für den Bundeshaushalt und "
          "die Europäische Union verbuchen. Mit diesen Einnahmen unterstreichen wir die besondere Bedeutung des Standorts "
          "Hamburg für die Zollverwaltung\", so der Hauptzollamtsleiter Christian Schaade. \"Gleichermaßen sorgen wir hier in "
          "Hamburg für einen fairen Wettbewerb und sind zum Schutze der Bürgerinnen und Bürger täglich im Einsatz.\"")
J18_H1 = "Sicherung der Staatseinnahmen und Bekämpfung des Schmuggels"
J18_P3 = ("Rund 29,1 Milliarden Euro Einnahmen für die Bundesrepublik Deutschland kann der Zoll in Hamburg für das vergangene "
          "Jahr verzeichnen. Dieses entspricht gut einem Fünftel der Einnahmen der gesamten Zollverwaltung. Echte "
          "Schwergewichte in dieser Statistik sind dabei die Einnahmen der Energiesteuer mit fast 16 Milliarden Euro sowie die "
          "Einfuhrumsatzsteuer mit rund 12 Milliarden Euro.")
J18_P4 = ("Der Hamburger Zoll leistet auch einen wichtigen Beitrag zur Finanzierung der europäischen Union. So konnten für das "
          "Jahr 2018 1,4 Milliarden Euro Zölle verbucht werden. Dieses entspricht gut einem Viertel der von Deutschland für die "
          "Europäischen Union insgesamt eingenommenen Zölle.")
J18_P5 = ("Die rund 2.000 Beschäftigten des Hauptzollamtes Hamburg sowie die knapp 160 Zöllnerinnen und Zöllner des "
          "Flughafens sind ein wichtiger Bestandteil zum Schutze der Wirtschaft der Europäischen Union.")

add(id="ho507-ots-2019-03-hza-hamburg-jahresbilanz-2018",
    title=J18_T,
    url="https://www.presseportal.de/blaulicht/pm/121230/4229302",
    retrieved="same address (release of the Hauptzollamt Hamburg sent over news aktuell, 27 March 2019 by its text; the "
              "newsroom label 'Hauptzollamt Hamburg' before the headline and the attachment note 'Ein Dokument' dropped "
              "(rules 2541, 2790); the headline with its service code 'HZA-HH:' is the first line, the dateline 'Hamburg "
              "(ots)' a line of its own; the subheading 'Sicherung der Staatseinnahmen und Bekämpfung des Schmuggels' kept as "
              "a line (rule 13); the last paragraph 'Am Standort Hamburg steht die Abfertigung von W', cut off in the stored "
              "copy, dropped (rule 15); the published 'Hamburg Stadt', 'der europäischen Union' and 'für die Europäischen "
              "Union' kept (rule 20))",
    license=OTS_PUBLIC,
    paras=["Hamburg (ots)", J18_P1, J18_P2, J18_H1, J18_P3, J18_P4, J18_P5],
    # the marked adjective of the new office in the narrator's first sentence is the release's own distancing mark, null
    # (rules 24, 2661); the quotation before `so der Hauptzollamtsleiter Christian Schaade` is his and the cue-less one after
    # the cue continues him (rule 30; NOTES.md continuation); Tilman Lewitz, named in the lead, says nothing in marks;
    # `Hauptzollamtsleiter` names only Schaade (rule 44)
    quotes=[("\"neuen\"", None),
            (cut(J18_P2, "\"Insgesamt", "Zollverwaltung\""), SCHAADE),
            (cut(J18_P2, "\"Gleichermaßen", "Einsatz.\""), SCHAADE)],
    aliases={SCHAADE: ["Christian Schaade", "Hauptzollamtsleiter Christian Schaade", "Hauptzollamtsleiter"]})

# --- presseportal.de (news aktuell), Hauptzollamt Hamburg, 2020: the balance sheet for 2019, record cocaine seizures ---

J19_P1 = ("Der Zoll in Hamburg blickt auf ein erfolgreiches und arbeitsintensives Jahr 2019 zurück. Die Bilanzzahlen "
          "unterstreichen die besondere Bedeutung des Standorts Hamburg für die Zollverwaltung insgesamt und damit auch für "
          "Deutschland und seine Bürgerinnen und Bürger.")
J19_H1 = "Rekordsicherstellungen im Kokainschmuggel - Sicherheit für Staat und Bürger"
J19_P2 = ("Herausragend im vergangenen Jahr waren zwei Rekordsicherstellungen im Bereich des Kokainschmuggels. Der erste Fall im "
          "Juli war mit 4,5 Tonnen hochreinen Kokains die bis dahin größte in Deutschland beschlagnahmte Menge dieser Droge. "
          "Laut Schiffsmanifest sollte der aus Südamerika kommende Container mit Sojabohnen beladen sein. Die Überprüfung nach "
          "vorangegangenen Riskoanalyse brachte jedoch 211 Sporttaschen mit 4.200 Paketen Kokain an den Tag. Nur knapp einen "
          "Monat später wurden weitere 1,5 Tonnen des Betäubungsmittels sichergestellt. Auch hier ließ sich mittels "
          "Risikoanalyse die Route nach Südamerika zurückverfolgen. Im Vergleich zum bisherigen Rekordjahr 2017 hat sich die "
          "Menge des in Hamburg sichergestellten Kokains verdoppelt. \"Die knapp 2.100 Beschäftigten des Hauptzollamts Hamburg "
          "sowie die knapp 160 Beschäftigten des Zollamts Flughafen leisten gemeinsam einen großen Beitrag für die innere "
          "Sicherheit und den Schutz der Wirtschaft in der Europäischen Union\" erklären Christian Schaade, Leiter des "
          "Hauptzollamts Hamburg und Tilman Lewitz, Leiter des Zollamts Hamburg-Flughafen.")
J19_P3 = ("\"Die Schwerpunkte der zöllnerischen Arbeit in Hamburg sind die die Warenabfertigung, die Bekämpfung der "
          "internationalen Rauschgiftkriminalität und der illegalen Beschäftigung sowie die Aufdeckung des Schmuggels "
          "hochsteuerbarer Waren\" führen sie weiter aus.")

add(id="ho507-ots-2020-hza-hamburg-jahresbilanz-2019",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121230/4600601",
    retrieved="same address (release of the Hauptzollamt Hamburg sent over news aktuell on its balance sheet for 2019, "
              "dated by its text and release number to about May 2020; the stored copy shows no headline and no dateline and "
              "begins with the first paragraph, so the document has no title line (rules 18, 32, 2541, 2790); the subheading "
              "'Rekordsicherstellungen im Kokainschmuggel - Sicherheit für Staat und Bürger' kept as a line (rule 13); the "
              "last paragraph 'Am Standort Hamburg steht die Abfertigung von Waren aller Art … Neben dem Schutz der "
              "Wirtschaft v', cut off in the stored copy, dropped (rule 15); the published 'nach vorangegangenen "
              "Riskoanalyse', 'sind die die Warenabfertigung' and the missing commas before 'erklären' and 'führen' kept "
              "(rule 20))",
    license=OTS_PUBLIC,
    paras=[J19_P1, J19_H1, J19_P2, J19_P3],
    # `"…" erklären Christian Schaade, Leiter …, und Tilman Lewitz, Leiter …` is a joint statement: the first-named is
    # canonical, the co-speaker an alias, and `"…" führen sie weiter aus` takes up both (rules 27, 2794); the role phrases
    # name the offices and are no aliases (rule 33)
    quotes=[(cut(J19_P2, "\"Die knapp", "Europäischen Union\""), SCHAADE),
            (cut(J19_P3, "\"Die Schwerpunkte", "Waren\""), SCHAADE)],
    aliases={SCHAADE: ["Christian Schaade", "Tilman Lewitz"]})

# --- presseportal.de (news aktuell), Hauptzollamt Hamburg, May 2024: the balance sheet for 2023 ---

J23_T = "HZA-HH: Zoll in Hamburg zieht Bilanz für 2023 // Bundeseinnahmen und Bekämpfung von Schmuggel"
J23_P1 = ("Der Hamburger Zoll, vertreten durch das Hauptzollamt Hamburg, das Hauptzollamt Itzehoe für den Flughafen Hamburg und "
          "das Zollfahndungsamt Hamburg, zog Bilanz für das Jahr 2023.")
J23_P2 = ("Heute stellten der Leiter des Hauptzollamtes Hamburg - Direktor bei der Zollverwaltung Michael Schrader, die "
          "Leiterin des Hauptzollamtes Itzehoe - Regierungsdirektorin Francesca Ramus und der Leiter des Zollfahndungsamtes "
          "Hamburg - Regierungsdirektor Nils Gärtner die Zahlen für das zurückliegende Kalenderjahr vor.")
J23_P3 = ("Die Zollbehörden haben in ihrem jeweiligen Zuständigkeitsbereich im Jahr 2023 Steuern verwaltet, Kontrollen und "
          "Prüfungen durchgeführt, Ermittlungen eingeleitet und vielfältige andere Aufgaben wahrgenommen. Die konkreten Zahlen "
          "sind dem anliegenden, gemeinsam erstellten Statistikheft zu entnehmen.")
J23_P4 = ("\"Der Hamburger Hafen ist und bleibt von großer Bedeutung für den Zoll\", erklärt Hauptzollamtsleiter Michael "
          "Schrader. \"Sei es die Logistik-, Handels- oder Industriebranche. In allen Bereichen hat der Zoll auch 2023 wieder "
          "gut und partnerschaftlich mit allen Beteiligten zusammengearbeitet. Wir sor-gen für einen fairen Wettbewerb in der "
          "Stadt und setzen uns täglich für den Schutz der Bürgerinnen und Bürger sowie das Funktionieren der Lieferketten in "
          "Deutschland ein\", führt er weiter aus. \"Mit Einnahmen in Höhe von knapp 29,5 Milliarden Euro im letzten Jahr, was "
          "einem Anteil von etwa 20 % entspricht, für den Bundeshaushalt und die Europäische Union ist das Hauptzollamt Hamburg "
          "weiterhin das leistungsstärkste Hauptzollamt der Bundesrepublik. \"Mit diesen Einnahmen unterstreichen wir die "
          "besondere Bedeutung des Standorts Hamburg für die Zollverwaltung und den Bund insgesamt\", so Schrader.")

add(id="ho507-ots-2024-05-hza-hamburg-bilanz-2023",
    title=J23_T,
    url="https://www.presseportal.de/blaulicht/pm/121230/5779764",
    retrieved="same address (release of the Hauptzollamt Hamburg sent over news aktuell, May 2024; the date prefix ' date "
              "2024-05' and the newsroom label 'Hauptzollamt Hamburg' dropped (rules 2245, 2541); the headline with its service "
              "code 'HZA-HH:' is the first line, the dateline 'Hamburg (ots)' a line of its own; the subheading 'Hauptzollamt "
              "Hamburg' before the first quotation kept as a line (rule 13); the next subheading 'Zoll am Flughafen Hamburg', "
              "left dangling before the cut-off paragraph 'F', dropped with it (rule 15); the published 'Wir sor-gen' kept "
              "(rule 20))",
    license=OTS_PUBLIC,
    paras=["Hamburg (ots)", J23_P1, J23_P2, J23_P3, "Hauptzollamt Hamburg", J23_P4],
    # the quotation before `erklärt Hauptzollamtsleiter Michael Schrader` and the one before `führt er weiter aus` are his
    # (rules 8, 44); the next mark opens a quotation that is not closed before the mark attached to `Mit diesen`, so it ends
    # with its sentence and the second one runs to the mark before `so Schrader` (rule 2540), both his; Francesca Ramus and
    # Nils Gärtner, named as presenting the figures, say nothing in marks
    quotes=[(cut(J23_P4, "\"Der Hamburger", "für den Zoll\""), SCHRADER),
            (cut(J23_P4, "\"Sei es", "Deutschland ein\""), SCHRADER),
            (cut(J23_P4, "\"Mit Einnahmen", "Bundesrepublik."), SCHRADER),
            (cut(J23_P4, "\"Mit diesen", "insgesamt\""), SCHRADER)],
    aliases={SCHRADER: ["Michael Schrader", "Hauptzollamtsleiter Michael Schrader", "Hauptzollamtsleiter", "Schrader"]})

# --- presseportal.de (news aktuell), Hauptzollamt Augsburg, 2020: the balance sheet for 2019 ---

AU_P1 = ("\"Der Zoll bewältigt seine wichtigen Aufgaben auch in Krisenzeiten\", betont Hans-Henning Kühne, Leiter des "
         "Hauptzollamts Augsburg, bei der Vorstellung der Jahresbilanz 2019. Bei der Warenabfertigung sorgen die Zollämter "
         "unter anderem zum Schutz der Bürger in Zusammenarbeit mit den Überwachungsbehörden dafür, dass ausschließlich "
         "funktionsfähige Produkte, wie z. B. Schutzausrüstung, die den deutschen Sicherheitsstandards entsprechen, eingeführt "
         "werden. Die Zollämter in Göggingen, Donauwörth, Ingolstadt, Kempten, Memmingen und Hörbranz-Autobahn (Lindau) "
         "fertigten im Jahr 2019 insgesamt über 5,5 Millionen Warensendungen ab. Davon wurden 4,4 Millionen Warensendungen zur "
         "Ausfuhr und 1,1 Millionen zur Einfuhr angemeldet.")
AU_P2 = ("Einnahmen Im vergangenen Jahr nahm das Hauptzollamt Augsburg, das für den Regierungsbezirk Schwaben und den Großraum "
         "Ingolstadt zuständig ist, ca. fünfeinhalb Milliarden Euro ein. Davon wurden für den Haushalt der Europäischen Union "
         "die erhobenen Zölle in Höhe von 34 Millionen Euro abgeführt. Die übrigen Einnahmen sind vollständig in den "
         "Bundeshaushalt geflossen. Den größten Teil bilden die Verbrauchsteuern mit knapp 4 Milliarden Euro, davon entfallen "
         "nahezu dreieinhalb Milliarden auf die Energiesteuer. Annähernd 900 Millionen Euro wurden als Einfuhrumsatzsteuer "
         "verbucht. Die Einnahmen aus der Kraftfahrzeugsteuer betrugen im Jahr 2019 im Hauptzollamtsbezirk Augsburg mehr als "
         "530 Millionen Euro.")
AU_P3 = ("Die Bundeszollverwaltung hat 2019 insgesamt 141 Milliarden Euro und somit fast 45 Prozent der Steuereinnahmen in "
         "Deutschland eingenommen. Bundesfinanzminister Olaf Scholz: \"Auf unseren Zoll ist Verlass! Das gilt auch und gerade "
         "unter den erschwerten Bedingungen der Corona-Krise. Der Zoll unterstützt viele Unternehmen unbürokratisch und sorgt "
         "dafür, dass der internationale Warenverkehr auch unter den veränderten Gegebenheiten schnell abgefertigt wird.\"")

add(id="ho507-ots-2020-hza-augsburg-jahresbilanz-2019",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121240/4597929",
    retrieved="same address (release of the Hauptzollamt Augsburg sent over news aktuell on its balance sheet for 2019, "
              "dated by its text (the Corona crisis) and release number to about May 2020; the stored copy shows no headline "
              "and no dateline and begins with the first paragraph, so the document has no title line (rules 18, 32, 2541, "
              "2790); the subheading 'Einnahmen' that the stored copy runs into the second paragraph kept so, as one line "
              "(rules 18, 2520, 2790); the fourth paragraph 'Finanzkontrolle Schwarzarbeit Die Finanzkontrolle Schwarzarbeit "
              "(FKS) des Hauptz', cut off in the stored copy, dropped (rule 15))",
    license=OTS_PUBLIC,
    paras=[AU_P1, AU_P2, AU_P3],
    # the quotation before `betont Hans-Henning Kühne, Leiter des Hauptzollamts Augsburg,` is his (rule 44; the role phrase
    # names the office and is no alias, rule 33); the label `Bundesfinanzminister Olaf Scholz: "…"` gives the minister his
    # nationwide statement, which the customs office quotes (rules 9, 54, 265); `Bundesfinanzminister` names only him
    quotes=[(cut(AU_P1, "\"Der Zoll", "Krisenzeiten\""), KUEHNE),
            (cut(AU_P3, "\"Auf unseren", "abgefertigt wird.\""), SCHOLZ)],
    aliases={KUEHNE: ["Hans-Henning Kühne"],
             SCHOLZ: ["Olaf Scholz", "Bundesfinanzminister Olaf Scholz", "Bundesfinanzminister"]})

# --- presseportal.de (news aktuell), Hauptzollamt München, June 2022: protected corals seized at Munich airport ---

KO_T = "HZA-M: Zoll beschlagnahmt über 7 Kilogramm artengeschützter Korallen am Münchner Flughafen"
KO_P1 = ("Anfang Juni 2022 haben Beamte des Zolls am Flughafen München mehr als 7 Kilogramm verschiedenster geschützter "
         "Korallen im Gepäck von Reisenden entdeckt. Die aus Thailand und Curaçao kommenden Passagiere wollten diese "
         "\"Andenken\" zum privaten Gebrauch aus ihrem Urlaub mitbringen.")
KO_P2 = ("Die Münchner Zöllnerinnen und Zöllner staunten nicht schlecht, als sie unter Einsatz eines Röntgengeräts das "
         "Reisegepäck durchleuchteten. Teilweise sehr große Korallenbruchstücke von bis zu 15 x 15 Zentimeter befanden sich in "
         "den Reisekoffern. Einer dieser Koffer enthielt sogar fast 5 Kilogramm dieser geschützten Korallen. Aufgrund "
         "fehlender erforderlicher Artenschutzdokumente wurde daraufhin die gesamte Ware durch den Münchner Zoll "
         "beschlagnahmt.")
KO_P3 = ("\"Wir erleben es leider immer wieder, dass Reisende solche Souvenirs aus ihrem Urlaub mitbringen wollen. Spätestens "
         "bei der Zollkontrolle erfolgt dann die große Enttäuschung. Mein Appell an alle Reisenden ist deshalb: Sammeln Sie "
         "Eindrücke statt Andenken!\", so Thomas Meister, Pressesprecher des Hauptzollamts München.")

add(id="ho507-ots-2022-06-hza-muenchen-korallen-flughafen",
    title=KO_T,
    url="https://presseportal.de/blaulicht/pm/121256/5250214",
    retrieved="same address (release of the Hauptzollamt München sent over news aktuell, June 2022 by its text; the stored "
              "copy begins with the headline and shows no date prefix and no newsroom label; the headline with its service "
              "code 'HZA-M:' is the first line, the dateline 'München (ots)' a line of its own (rules 2245, 2541); the contact "
              "block 'Rückfragen bitte an: Hauptzollamt München Pressesprecher Thomas Meister …' and the line "
              "'Original-Content von: Hauptzollamt München, übermittelt durch news aktuell' dropped (rule 2541); complete in "
              "the stored copy)",
    license=OTS_PUBLIC,
    paras=["München (ots)", KO_P1, KO_P2, KO_P3],
    # the marked word for what the passengers carried is the release's own distancing mark, null, also though the
    # spokesman's quotation at the end uses the word without marks (rule 2793); the quotation before `so Thomas Meister,
    # Pressesprecher des Hauptzollamts München` is his, the role phrase naming the office no alias (rules 3, 33)
    quotes=[("\"Andenken\"", None),
            (cut(KO_P3, "\"Wir erleben", "Andenken!\""), MEISTER)],
    aliases={MEISTER: ["Thomas Meister"]})

# --- presseportal.de (news aktuell), Bundespolizeiinspektion Kiel, August 2019: a man on a waggon under the wires ---

LU_T = "BPOL-KI: Lübeck: Lebensgefährliches Verhalten"
LU_SUB = "25-jähriger Lübecker kletterte im Abstellbereich der DB auf einen Waggon, unterhalb der Hochspannungsleitung."
LU_P1 = ("Bereits am vergangenen Wochenende, 03.08.2019, fuhr eine Streife der Bundespolizei Abends durch die Abstellgruppe "
         "der Deutschen Bahn am Güterbahnhof. Auf dem Dach eines abgestellten Eisenbahnwaggons sahen sie einen jungen Mann. "
         "Als die Beamten den 25-jährigen ansprachen und aufforderten, herunterzukommen, verhielt er sich zunächst "
         "unkooperativ und wollte den Anweisungen der Beamten nicht Folge leisten. Die Bundespolizisten ließen jedoch nicht "
         "locker und hatten schließlich doch Erfolg. Sie wiesen den jungen Mann eindringlich auf die vorhandenen Gefahren hin, "
         "überprüften seine Identität und sprachen nach Anzeigenerstattung wegen \"Verbotenen Aufenthaltes im Gleisbereich\" "
         "einen Platzverweis aus.")
LU_P2 = ("\"Wir weisen an dieser Stelle ausdrücklich auf die Gefahren hin, die bei diesen lebensgefährlichen "
         "Leichtsinnsaktionen vorhanden sind. Nicht nur, dass das Betreten der Gleisanlagen und klettern auf abgestellte "
         "Waggons verboten ist, führen Hochspannungsleitungen über diese Bereiche. In einem Abstand von bis zu 1,50 Metern "
         "kann es zu einem Stromüberschlag kommen und der endet meist tödlich. Man muss die Stromleitung also überhaupt nicht "
         "berühren.\"")

add(id="ho507-ots-2019-08-bpol-kiel-luebeck-waggon",
    title=LU_T,
    url="https://presseportal.de/blaulicht/pm/70257/4342741",
    retrieved="same address (release of the Bundespolizeiinspektion Kiel sent over news aktuell, August 2019 by its text; "
              "the stored copy begins with the headline and shows no date prefix and no newsroom label; the headline with its "
              "service code 'BPOL-KI:' is the first line, the dateline 'Kiel (ots)' and the subtitle line '25-jähriger "
              "Lübecker kletterte …' are lines of their own as stored (rules 2245, 2520); the contact block 'Rückfragen bitte "
              "an: Bundespolizeiinspektion Kiel Pressesprecher Gerhard Stelke …' and the boilerplate after it 'Die "
              "Bundespolizeidirektion Bad Bramstedt nimmt als Bundesbehörde ihre Aufgaben … wahr. …', cut off in the stored "
              "copy, dropped (rules 2520, 2790); the published 'Abends', 'den 25-jährigen' and 'und klettern auf' kept (rule "
              "20))",
    license=OTS_POLIZEI_SENDER,
    paras=["Kiel (ots)", LU_SUB, LU_P1, LU_P2],
    # the offence named in marks after `Anzeigenerstattung wegen` is a legal designation, null (rule 2796); the cue-less
    # closing statement, which speaks as `Wir` for the authority whose officers the release reports, is the Bundespolizei's
    # (rule 2791; contrast rule 1760, where an `Ich` of an unnamed person is null)
    quotes=[("\"Verbotenen Aufenthaltes im Gleisbereich\"", None),
            (cut(LU_P2, "\"Wir weisen", "berühren.\""), BPOL)],
    aliases={BPOL: ["Bundespolizei"]})

# --- presseportal.de (news aktuell), Bundespolizeiinspektion Hamburg, February 2024: FC St. Pauli - Eintracht Braunschweig ---

SP_T = ("BPOL-HH: Einsatz der Bundespolizei zur Begegnung in der 2. Bundesliga FC St. Pauli - Eintracht Braunschweig- "
        "Bundespolizei zieht positive Bilanz-")
SP_P1 = ("Die mit Kräften der Bundesbereitschaftspolizei, sowie der Mobilen Kontroll- und Überwachungseinheit verstärkte "
         "Bundespolizeiinspektion Hamburg war am 18.02.2024 im Rahmen einer besonderen Aufbauorganisation (BAO) mit rund 200 "
         "Einsatzkräften der Bundespolizei zur Fußballspielbegegnung FC St. Pauli - Eintracht Braunschweig im "
         "bahnpolizeilichen Bereich im Einsatz.")
SP_P2 = ("\"Die Bundespolizei hatte sich personell auf einen Einsatz zu dieser Spielbegegnung eingestellt, da das "
         "Fanverhältnis zwischen den Fangruppierungen der Vereine als feindschaftlich einzustufen war und szenetypische "
         "Auseinandersetzungen jederzeit bei Aufeinandertreffen zu erwarten waren.\"")
SP_P3 = ("Das Millerntorstadion war nach hiesigem Sachstand mit über 29.500 Zuschauern ausverkauft. Die An- und Abreisephase "
         "verlief unter polizeilichen Lenkungs- und Begleitmaßnahmen im bahnpolizeilichen Bereich störungsfrei. Im "
         "Zuständigkeitsbereich der Bundespolizei gab es keine besonderen Vorkommnisse.")
SP_P4 = ("\"Das taktische Sicherheitskonzept der Bundespolizei ging vollends auf. Durch die Begleitung (Kräfte Bundes-und "
         "Landespolizei Hamburg) der Risiko-Fans in der Abreisephase wurden mögliche Konfrontationen verhindert. Die "
         "Zusammenarbeit mit Einsatzkräften der Hamburger Polizei und der DB AG verlief auch in diesem Einsatz wiederholt sehr "
         "gut.\" Hinweis: Die Pressestelle ist am Montag ab 08.00 Uhr für Rückfragen wieder erreichbar. RC")

add(id="ho507-ots-2024-02-bpol-hamburg-st-pauli-braunschweig",
    title=SP_T,
    url="https://www.presseportal.de/blaulicht/pm/70254/5716677",
    retrieved="same address (release of the Bundespolizeiinspektion Hamburg sent over news aktuell, 18/19 February 2024 by "
              "its text; the date prefix ' date 2024-02' and the newsroom label 'Bundespolizeiinspektion Hamburg' dropped "
              "(rules 2245, 2520); the headline with its service code 'BPOL-HH:' and its published trailing hyphens is the "
              "first line, the dateline 'Hamburg (ots)' a line of its own; the note to the newsrooms and the press officer's "
              "sign that the stored copy runs into the last paragraph ('… sehr gut.\" Hinweis: Die Pressestelle ist am Montag "
              "ab 08.00 Uhr für Rückfragen wieder erreichbar. RC') kept in it (rules 2520, 2790); the stored excerpt ends "
              "after that paragraph; the published 'Bundesbereitschaftspolizei, sowie', 'Braunschweig- Bundespolizei' and "
              "'Bundes-und' kept (rule 20))",
    license=OTS_POLIZEI_SENDER,
    paras=["Hamburg (ots)", SP_P1, SP_P2, SP_P3, SP_P4],
    # the two cue-less quotation paragraphs state the assessment of the sending inspection about its own deployment, in the
    # third person of `Die Bundespolizei`; no person is named anywhere, so they are the inspection's, under the fullest form
    # the text gives it, with `Bundespolizei` as alias (rules 7, 2792; contrast rule 1760)
    quotes=[(cut(SP_P2, "\"Die Bundespolizei", "waren.\""), BPOLI_HH),
            (cut(SP_P4, "\"Das taktische", "sehr gut.\""), BPOLI_HH)],
    aliases={BPOLI_HH: ["Bundespolizeiinspektion Hamburg", "Bundespolizei"]})

# --- presseportal.de (news aktuell), Polizeipräsidium Krefeld, 10 February 2026: the carnival prince and princess visit ---

KR_T = "POL-KR: Prinzenpaar zu Gast im Polizeipräsidium"
KR_P1 = ("Darin waren sich alle einig: Fröhlich, aber auch friedlich soll es zugehen beim Straßenkarneval. Am Dienstag (10. "
         "Februar 2026) besuchte das Prinzenpaar Uli I. und Steffi III., zusammen mit Peter Bossers dem Präsidenten des CCC, "
         "das Krefelder Polizeipräsidium und wurden dort von der Polizeipräsidentin herzlich willkommen geheißen. \"Die "
         "Krefelder wissen, wie man gemeinsam jeck und trotzdem friedlich feiert\", freute sich Ursula Mecklenbrauck mit Blick "
         "auf die vorangegangenen Jahre, in denen es in Krefeld an Karneval zu keinen größeren Zwischenfällen gekommen war. "
         "Davon, dass die Polizei trotzdem auf alle Eventualitäten gut vorbereitet ist, machte das Prinzenpaar sich ein Bild "
         "im Gespräch mit der Polizeipräsidentin und beim anschließenden Besuch der Leitstelle und des Führungs- und "
         "Lageraums, wo große Polizeieinsätze wie zum Beispiel bei Karnevalsumzügen koordiniert werden. Das Prinzenpaar hob "
         "den engagierten Einsatz von Polizei und Stadt hervor und dankte allen Sicherheitskräften, die an den Karnevalstagen "
         "für die Krefelderinnen und Krefelder unterwegs sind. Steffi III. und Uli I. wurden zu Ehrenkommissaren mit dem "
         "Ermittlungsschwerpunkt \"Heiterkeit und Frohsinn\" ernannt und überreichten ihrerseits der Polizeipräsidentin den "
         "Prinzenorden.")

add(id="ho507-ots-2026-02-10-pp-krefeld-prinzenpaar",
    title=KR_T,
    url="https://www.presseportal.de/blaulicht/pm/50667/6214388",
    retrieved="same address (release of the Polizeipräsidium Krefeld sent over news aktuell, 10 February 2026; the date "
              "prefix ' date 2026-02-10', the newsroom label 'Polizeipräsidium Krefeld' and the image furniture 'Bild-Infos' "
              "and 'Download' dropped (rules 2520, 2610); the headline with its service code 'POL-KR:' is the first line, the "
              "dateline 'Krefeld (ots)' a line of its own; the press office's sign '(62)' on a line of its own after the "
              "paragraph and the footer 'Original-Content von: Polizeipräsidium Krefeld, übermittelt durch news aktuell' "
              "dropped (rules 2720, 2790); the published 'Prinzenpaar … und wurden' and 'Peter Bossers dem Präsidenten' kept "
              "(rule 20); complete in the stored copy)",
    license=OTS_POLIZEI_SENDER,
    paras=["Krefeld (ots)", KR_P1],
    # the quotation before `freute sich Ursula Mecklenbrauck` is hers (rule 856); `der Polizeipräsidentin`, who welcomes the
    # guests in the sentence before and again twice after, is the only police president in the release and names her, an
    # alias (rules 44, 2795); the mock investigation focus conferred with the honorary title is null (rules 24, 2795); the
    # prince and princess and Peter Bossers, whose thanks are reported without marks, say nothing in marks
    quotes=[(cut(KR_P1, "\"Die Krefelder", "feiert\""), MECKLENBRAUCK),
            ("\"Heiterkeit und Frohsinn\"", None)],
    aliases={MECKLENBRAUCK: ["Ursula Mecklenbrauck", "Polizeipräsidentin"]})

# --- APA-OTS, Landespolizeidirektion Wien, 2 January 2021: Pürstl on security in Favoriten after New Year's Eve ---

FA_T = "Sicherheit in Favoriten"
FA_L1 = "Vorfallszeit: Silvesternacht Vorfallsort: Wien-Favoriten"
FA_P1 = ("Wien (OTS) - Zu den Ausschreitungen am Reumannplatz in der Silvesternacht und den verschiedenen Aussendungen, unter "
         "anderem vom Bezirksvorsteher von Favoriten, stellt der Wiener Polizeipräsident Dr. Gerhard Pürstl fest:")
FA_P2 = ("Unsere Aufgabenstellung ist die Aufrechterhaltung der Sicherheit, Ruhe und Ordnung in Wien. Unserer Verpflichtung, "
         "dafür jeweils eine ausreichende Zahl von Exekutivbediensteten zur Verfügung zu stellen, kommen wir rund um die Uhr am "
         "Tag und in der Nacht nach. Das rasche Einschreiten der Polizeikräfte nach den Vorfällen in der Silvesternacht belegt, "
         "ebenso wie nach den Ausschreitungen im Juni 2020, die Entsprechung dieser Aufgabenstellung.")
FA_P3 = ("Die Frage der Planstellen in Favoriten ist ein Detail, welches Jahr für Jahr für jeden Bezirk von Wien entsprechend "
         "seiner Arbeitsbelastung, der Pensionsabgänge und der aus der Polizeischule für Wien entsandten "
         "Exekutivbediensteten entschieden wird. Zum Ausgleich des jeweiligen Personalunterstandes werden sämtliche "
         "Polizeieinheiten der Landespolizeidirektion Wien, von der Verkehrsabteilung über die Bereitschaftseinheit bis zur "
         "Wiener Einsatzgruppe Alarmabteilung WEGA nach Bedarf in Favoriten eingesetzt.")
FA_P4 = ("Wir werden die erforderliche Polizeipräsenz in Favoriten ohne Berücksichtigung einer Planstellenlage weiterhin "
         "gewährleisten und die aktuelle Situation nach Analyse der sicherheitspolizeilichen Lage professionell und "
         "emotionsfrei beurteilen. Alle, die einen Beitrag leisten können, sind dazu herzlich eingeladen.")
FA_P5 = ("„Ich werde daher Vertreter der Stadt Wien und selbstverständlich den Bezirksvorsteher von Favoriten sowie "
         "Repräsentanten von Interessensvertretungen und in Favoriten tätigen NGO zu einem Sicherheitsgipfel einladen“, so "
         "Gerhard Pürstl.")

add(id="ho507-ots-lpd-wien-2021-01-02-sicherheit-in-favoriten",
    title=FA_T,
    url="https://www.ots.at/presseaussendung/OTS_20210102_OTS0022/sicherheit-in-favoriten",
    retrieved="same address (release of the Landespolizeidirektion Wien on the APA-OTS service, 2 January 2021 by its OTS "
              "number; the headline kept as the title line and the line 'Vorfallszeit: Silvesternacht Vorfallsort: "
              "Wien-Favoriten' as a line of its own, as stored (rules 2610, 2790); the dateline 'Wien (OTS) -' run into the "
              "first paragraph kept (rule 2600); the last paragraph '„Sicherheit in einem modernen und zeitgemäßen Verständnis "
              "muss umfassend betrachtet werden um sie nachhaltig gewährleisten zu können“, so der Wiener Polizeipr', cut off "
              "in the stored copy, dropped with its quotation (rule 15); the published 'Interessensvertretungen' and 'tätigen "
              "NGO' kept (rule 20))",
    license=APA_OTS_POLIZEI,
    paras=[FA_L1, FA_P1, FA_P2, FA_P3, FA_P4, FA_P5],
    # the statement after the colon cue `stellt der Wiener Polizeipräsident Dr. Gerhard Pürstl fest:` is printed in three
    # paragraphs without marks and carries no span (rules 5, 23); the marked paragraph before `so Gerhard Pürstl` is his,
    # the canonical name without the academic title (rules 3, 181); the district head of Favoriten, named twice, says
    # nothing in marks
    quotes=[(cut(FA_P5, "„Ich werde", "einladen“"), PUERSTL)],
    aliases={PUERSTL: ["Gerhard Pürstl", "Polizeipräsident Dr. Gerhard Pürstl", "Polizeipräsident"]})
