# Five-hundred-and-fifty-fifth held-out German real-news set (tests/data/heldout555-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3220-3224). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fifty-fifth held-out set": nine releases sent over ots by news aktuell and
# shown in the senders' newsrooms on presseportal.de (blaulicht) - four of Hauptzollämter (Saarbrücken, a weekend of controls on
# the A 8, about spring 2024; Gießen, a week of parcel controls in Neuenstein, March 2022; Oldenburg, drug finds at the bus
# station, November 2020; Nürnberg, gold and cigarettes on the A 3, September 2021), two of Zollfahndungsämter (Stuttgart,
# cigarettes from Angola at the airport, February 2018; Berlin-Brandenburg, the "smallest illegal cigarette production line",
# March 2017), one of the Generalzolldirektion (customs at the Bürgerfest for the 70th birthday of North Rhine-Westphalia, about
# late August 2016), one of the Bundespolizeipräsidium (Nancy Faeser's first visit, December 2021) and one of the Polizei Köln
# (bank staff stopping two frauds by false police officers, 3 December 2019). Licences: OTS_PUBLIC for the Hauptzollämter,
# OTS_ZOLL (new, licences.py) for the Zollfahndungsämter and the Generalzolldirektion, OTS_POLIZEI_SENDER for the police and the
# Bundespolizei (caveats in SOURCES.md). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), presseportal furniture (date prefixes, newsroom labels, image
# and attachment lines, contact blocks, footers) is dropped (rules 2520, 2541, 2610, 2790, 3000, 3110, 3220), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_SENDER, OTS_PUBLIC, OTS_ZOLL  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BRACH = "Dominik Brach"
BENDER = "Michael Bender"
MAURITZ = "Frank Mauritz"
GROENEWALD = "Alexandra Groenewald"
PAMPEL = "Pampel-Jabrane"
FAESER = "Nancy Faeser"
ANRUFER = "Mann"
DRUDE = "Norbert Drude"
FEUCHT = "Feuchter Polizei"

# --- presseportal.de (ots), about spring 2024: Hauptzollamt Saarbrücken, a weekend of controls on the A 8 ---

SB_T = ("HZA-SB: Erfolgreiches Wochenende für den Saarbrücker ZOLL - Haftbefehle vollstreckt, Strafverfahren eingeleitet und "
        "Steuerschäden verhindert")
SB_P1 = ("Das vergangene Wochenende war erfolgreich für den Saarbrücker ZOLL, denn die Kontrollbeamten vollstreckten zwei "
         "Haftbefehle, leiteten vier Strafverfahren ein, nahmen Steuern in Höhe von rund 2.600 Euro ein und stellten Drogen "
         "sicher.")
SB_P2 = ("\"Das zöllnerische Gespür hat am vergangenen Wochenende erneut Erfolg bewiesen\", so Dominik Brach, Pressesprecher "
         "des Hauptzollamts Saarbrücken nach der Kontrolle. \"Die erfahrenen Kolleginnen und Kollegen kontrollierten auf der "
         "Bundesautobahn 8 die Einreise aus Luxemburg\".")
SB_P3 = ("Den Kontrollbeamten ging zunächst ein Fahrer eines PKW´s ins Netz, der mit zwei Haftbefehlen gesucht wurde. Der "
         "Fahrer wurde noch vor Ort festgenommen und dem Landespolizeipräsidium Saarland für alle Folgemaßnahmen übergeben.")
SB_P4 = ("\"Ein besonderes Fahrzeuggespann fiel den Kolleginnen und Kollegen auf und wurde einer genaueren Kontrolle "
         "unterzogen. Das besondere war der \"Anhänger\" des Gespanns. Es handelte sich um einen Food Truck, der aus England "
         "nach Bulgarien transportiert werden sollte,\" so Brach. Im Ergebnis leiteten die Zöllnerinnen und Zöllner noch vor "
         "Ort ein Strafverfahren wegen Steuerhinterziehung ein und erhoben Einfuhrabgaben in Höhe von rund 550 Euro, da keine "
         "entsprechenden Einfuhrpapiere vorlagen.")
SB_P5 = ("Außerdem wurde ein Steuerschaden in Höhe von rund 2.000 Euro verhindert, indem die Kontrollbeamten sich einen "
         "Kleintransporter mit Tabakwaren genauer anschauten. Die Kolleginnen und Kollegen stellten hier rund 24.000 Gramm "
         "Feinschnitt mit einem Warenwert von rund 2.800 Euro sicher. \"Die Einfuhr wurde hier untersagt, da die Tabakwaren "
         "gewerblich eingeführt wurden und keine deutschen Steuerzeichen an der Ware angebracht war\", so Brach. Der Fahrer "
         "muss sich nun in einem Steuerstrafverfahren wegen Tabaksteuerhinterziehung verantworten.")

add(id="ho555-ots-2024-hza-saarbruecken-wochenende-a8-brach",
    title=SB_T,
    url="https://www.presseportal.de/blaulicht/pm/121260/5737507",
    retrieved="same address (release of the Hauptzollamt Saarbrücken sent over news aktuell; undated in the stored copy, "
              "about spring 2024 by its release number, which lies between 121235/5677793 (Hauptzollamt Oldenburg, stored "
              "with the prefix ' date 2023-12') and 121226/5772850 (Hauptzollamt Dresden, ' date 2024-05'); the newsroom label "
              "'Hauptzollamt Saarbrücken' dropped (rules 3110, 3220); the headline with its service code 'HZA-SB:' is the "
              "first line and the dateline 'Saarbrücken (ots)' a line of its own; the last paragraph 'Abschließend wurden "
              "run', cut off in the stored copy, dropped (rule 15); the published 'ZOLL', 'PKW´s', 'Das besondere', the comma "
              "inside the closing mark ('sollte,\" so Brach') and 'angebracht war' kept (rule 20))",
    license=OTS_PUBLIC,
    paras=["Saarbrücken (ots)", SB_P1, SB_P2, SB_P3, SB_P4, SB_P5],
    # the quotation before `so Dominik Brach, Pressesprecher des Hauptzollamts Saarbrücken nach der Kontrolle` is his (rule
    # 30), and the cue-less quotation right after that sentence continues him (NOTES.md continuation); the paragraph
    # quotation before `so Brach` holds the inner ASCII pair around `Anhänger`, which stays inside his one span and gets no
    # span of its own (rule 143: the inner marks follow `der ` and precede ` des`, at no sentence or clause boundary), and
    # the span includes the comma inside the closing mark (rule 6); the last quotation before `so Brach` is his too; the
    # role phrase names the customs office and is no alias (rule 33)
    quotes=[(cut(SB_P2, "\"Das zöllnerische", "bewiesen\""), BRACH),
            (cut(SB_P2, "\"Die erfahrenen", "Luxemburg\""), BRACH),
            (cut(SB_P4, "\"Ein besonderes", "sollte,\""), BRACH),
            (cut(SB_P5, "\"Die Einfuhr", "angebracht war\""), BRACH)],
    aliases={BRACH: ["Dominik Brach", "Brach"]})

# --- presseportal.de (ots), March 2022: Hauptzollamt Gießen, a week of parcel controls in Neuenstein ---

GI_T = "HZA-GI: Drogen, Waffen, Arzneimittel, alles kommt per Post Zollkontrolle im Paketzentrum"
GI_PLACE = "Gießen/Neuenstein"
GI_P1 = ("Bei einer Zollkontrolle in einem Paketzentrum in Neuenstein hat der Zoll ein breites Spektrum verbotener Inhalte "
         "entdeckt. Aufgrund von Risikohinweisen wurden eine ganze Woche lang gezielt eingehende Paketsendungen vor allem aus "
         "Spanien aber auch aus Österreich und Ungarn einer intensiven Kontrolle unterzogen, Dabei legten die Zöllner*innen "
         "auch Nachtschichten ein und setzen verstärkt Personal der Kontrolleinheiten aus Kassel und Gießen ein, um möglichst "
         "alle Sendungen mit einzubeziehen. Insgesamt wurden 40 Lkw-Trailer überprüft.")
GI_P2 = ("\"Die Feststellungen verbotener Dinge im grenzüberschreitenden Post- und Paketversand haben in letzter Zeit "
         "deutlich zugenommen. Insbe-sondere Drogen werden immer wieder mit der Post verschickt\", sagt Michael Bender, der "
         "Pressesprecher des Hauptzollamtes Gießen.")
GI_P3 = ("Dies bestätigte sich dann auch bei dieser Kontrollaktion. Insgesamt wurden mehr als 64 Kilogramm Rauschgift in "
         "Paketen entdeckt. Überwiegend handelte es sich dabei um größere Sendungen Marihuana. Nicht mitgerechnet sind dabei "
         "170 sogenannte \"Kleinfälle\", bei denen geringe Mengen Drogen versandt werden. Aber damit nicht genug. Darüber "
         "hinaus fischten die Kontrolleure zwei Waffen, erlaubnispflichtige Feuerwerkskörper, einige Gegenstände mit "
         "verfassungs-feindlichen Symbolen und letztendlich noch 1900 Potenzpillen aus den Paketen, die für Empfänger in ganz "
         "Deutschland bestimmt waren.")
GI_P4 = ("\"Das zeigt was in der Post alles so unterwegs ist und dass diese Kontrollen des Zolls wichtig sind\", kommentiert "
         "Michael Bender die erfolgreiche Aktion.")

add(id="ho555-ots-2022-03-hza-giessen-paketzentrum-neuenstein-bender",
    title=GI_T,
    url="https://www.presseportal.de/blaulicht/pm/121247/5174086",
    retrieved="same address (release of the Hauptzollamt Gießen sent over news aktuell, March 2022; the date prefix ' date "
              "2022-03' and the newsroom label 'Hauptzollamt Gießen' dropped (rules 3110, 3220); the headline with its "
              "service code 'HZA-GI:', which runs two phrases together without punctuation ('… per Post Zollkontrolle im "
              "Paketzentrum'), kept as one line (rules 18, 3110), the dateline 'Gießen (ots)' and the place line "
              "'Gießen/Neuenstein' under it lines of their own (rule 3220); the last paragraph 'Zur Unterstützung kamen auch "
              "Rauschgiftspürhunde zum Einsatz. Zollhündin \"Kobra\" … auf die Spur wei', cut off in the stored copy, dropped "
              "with the dog's name in marks (rule 15); the published 'unterzogen, Dabei', 'setzen verstärkt', 'Insbe-sondere', "
              "'verfassungs-feindlichen' and 'Das zeigt was' kept (rule 20))",
    license=OTS_PUBLIC,
    paras=["Gießen (ots)", GI_PLACE, GI_P1, GI_P2, GI_P3, GI_P4],
    # the quotation before `sagt Michael Bender, der Pressesprecher des Hauptzollamtes Gießen` and the one before
    # `kommentiert Michael Bender die erfolgreiche Aktion` are his (rules 30, 44); the classification term after `170
    # sogenannte`, in the narrator's count, is null (rule 24); the role phrase names the customs office and is no alias
    # (rule 33)
    quotes=[(cut(GI_P2, "\"Die Feststellungen", "verschickt\""), BENDER),
            ("\"Kleinfälle\"", None),
            (cut(GI_P4, "\"Das zeigt", "wichtig sind\""), BENDER)],
    aliases={BENDER: ["Michael Bender"]})

# --- presseportal.de (ots), November 2020: Hauptzollamt Oldenburg, drug finds at the Oldenburg bus station ---

OL_T = "HZA-OL: ZOLL: Kontrollen am Oldenburger ZOB"
OL_LEAD = ("+++ zehn Drogenfunde in vierstündiger Kontrollaktion +++ meist Marihuana aufgegriffen +++ Bilanz: rund 75 Gramm "
           "Drogen sichergestellt +++")
OL_P1 = ("Oldenburg: In den gestrigen Abendstunden überprüfte eine Zoll-Kontrolleinheit Reisende am Zentralen "
         "Omnibusbahnhof. Zehnmal wurden die Beamten in einem Zeitraum von vier Stunden fündig; in jedem Fall wurden Verstöße "
         "gegen das Betäubungsmittelgesetz festgestellt.")
OL_P2 = ("\"Es liegt im Ermessen meiner Kollegen, wer wann und wo kontrolliert wird. Deshalb ist es wichtig, ein gutes Gespür "
         "für die Kontrollsituation zu haben. Diese besondere Kompetenz macht unsere Stichproben so häufig erfolgreich\", "
         "erklärt Frank Mauritz, Pressesprecher des Hauptzollamts Oldenburg.")
OL_P3 = ("Die vierstündige Kontrollaktion deckte Verstöße gegen das Betäubungsmittelgesetz in zehn Fällen auf. Meist waren es "
         "kleine Mengen an Marihuana, aber auch synthetische Drogen füllten die gestrige Bilanz.")
OL_P4 = ("\"Bei einer Person fanden wir sehr viel mehr als nur eine kleine Menge Drogen. Insgesamt 53 Gramm Marihuana "
         "förderte gestern die nähere Überprüfung eines Bahnreisenden zu Tage\", so Mauritz weiter.")
OL_P5 = "Die Betäubungsmittel wurden sichergestellt und Strafverfahren noch vor Ort eingeleitet."
OL_P6 = ("Auch in Zeiten von Corona hält der Zoll die gebotene Kontrolldichte aufrecht. Die Hygiene-Auflagen beachtend, "
         "sorgen Zöllnerinnen und Zöllner bundesweit dafür, dass die aktuelle Pandemie-Lage kein Einfallstor für Schmuggel und "
         "grenzüberschreitende Kriminalität öffnet.")

add(id="ho555-ots-2020-11-hza-oldenburg-zob-drogenfunde-mauritz",
    title=OL_T,
    url="https://www.presseportal.de/blaulicht/pm/121235/4761421",
    retrieved="same address (release of the Hauptzollamt Oldenburg sent over news aktuell, November 2020; the date prefix ' "
              "date 2020-11', the newsroom label 'Hauptzollamt Oldenburg', the image lines 'Bild-Infos' / 'Download' and the "
              "attachment note 'Ein Dokument' under the headline, the contact block 'Rückfragen bitte an: Hauptzollamt "
              "Oldenburg Pressesprecher Frank Mauritz Telefon: … www.zoll.de' and the footer 'Original-Content von: "
              "Hauptzollamt Oldenburg, übermittelt durch news aktuell' dropped (rules 2790, 3110, 3220); the headline with its "
              "service code 'HZA-OL:' and the office's own kicker 'ZOLL:' is the first line; the dateline as stored, with the "
              "place name run into it ('OldenburgOldenburg (ots)'), and the release's '+++' lead line kept as lines of their "
              "own (rules 20, 2890, 3220); complete as stored)",
    license=OTS_PUBLIC,
    paras=["OldenburgOldenburg (ots)", OL_LEAD, OL_P1, OL_P2, OL_P3, OL_P4, OL_P5, OL_P6],
    # the quotation before `erklärt Frank Mauritz, Pressesprecher des Hauptzollamts Oldenburg` and the one before `so
    # Mauritz weiter` are his (rules 30, 44); his `meiner Kollegen` and `wir` speak for the office without making it the
    # speaker (rule 2614); the role phrase names the customs office and is no alias (rule 33)
    quotes=[(cut(OL_P2, "\"Es liegt", "erfolgreich\""), MAURITZ),
            (cut(OL_P4, "\"Bei einer Person", "zu Tage\""), MAURITZ)],
    aliases={MAURITZ: ["Frank Mauritz", "Mauritz"]})

# --- presseportal.de (ots), February 2018: Zollfahndungsamt Stuttgart, cigarettes from Angola at the airport ---

ZS_P1 = ("Stuttgart (ots) - Ende Januar informierten die portugiesischen Behörden den deutschen Zoll über mehrere Koffer mit "
         "Schmuggelzigaretten. Die daraufhin aufgenommenen Ermittlungen der Zollfahndung Stuttgart führten zur "
         "Identifizierung der Gepäckstücke und den dazugehörenden Reisenden. Beim Versuch, den Flughafen zu verlassen, wurden "
         "die insgesamt sechs Zigarettenschmuggler festgenommen und die 13 Gepäckstücke mit 250.400 unversteuerten Zigaretten "
         "sichergestellt. Alle Tatverdächtigen befinden sich in Untersuchungshaft. Durch den Einfuhrschmuggel entstand ein "
         "Steuerschaden in Höhe von rund 55.340 Euro. Ersten Ermittlungen zufolge stammen die Zigaretten aus Angola und "
         "wurden über den Stuttgarter-Flughafen nach Deutschland eingeschmuggelt. \"Genau diese Vorgehensweise ist für den "
         "Zoll nicht neu. In der Vergangenheit gab es bundesweit mehrere gleichgelagerte Fälle\", so Alexandra Groenewald, "
         "Sprecherin des Zollfahndungsamts Stuttgart. \"Inwiefern es Zusammenhänge mit den bisherigen Aufgriffen desselben "
         "Modus' operandi gibt, werden die weiteren Ermittlungen zeigen\", so die Sprecherin weiter.")

add(id="ho555-ots-2018-02-zfa-stuttgart-zigaretten-angola-groenewald",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/50366/3877295",
    retrieved="same address (release of the Zollfahndungsamt Stuttgart sent over news aktuell, February 2018; the stored "
              "copy begins with the date prefix ' date 2018-02', which is dropped, and shows no headline and no newsroom label, "
              "so the document has no title and its first line is the paragraph with the dateline 'Stuttgart (ots) -' run into "
              "it, as stored (rules 18, 32, 2520, 3220); the contact block 'Rückfragen bitte an: Zollfahndungsamt Stuttgart "
              "Pressesprecherin Alexandra Groenewald Telefon: … http://www.zoll.de' and the footer 'Original-Content von: "
              "Zollfahndungsamt Stuttgart, übermittelt durch news aktuell' dropped; the published 'Stuttgarter-Flughafen' and "
              "the apostrophe in 'Modus' operandi' kept (rules 6, 20); complete as stored)",
    license=OTS_ZOLL,
    paras=[ZS_P1],
    # the quotation before `so Alexandra Groenewald, Sprecherin des Zollfahndungsamts Stuttgart` and the one before `so die
    # Sprecherin weiter` are hers (rules 30, 44): `die Sprecherin` names only her in the release and is an alias (rule 44),
    # the role phrase with the office's name is not (rule 33); the apostrophe in `Modus' operandi` is no quotation mark
    # (rule 6)
    quotes=[(cut(ZS_P1, "\"Genau diese", "Fälle\""), GROENEWALD),
            (cut(ZS_P1, "\"Inwiefern", "zeigen\""), GROENEWALD)],
    aliases={GROENEWALD: ["Alexandra Groenewald", "Sprecherin"]})

# --- presseportal.de (ots), March 2017: Zollfahndungsamt Berlin-Brandenburg, a tiny illegal cigarette production line ---

BB_T = "ZOLL-BB: Kleinste je festgestellte \"illegale Zigarettenfertigungsstrecke\""
BB_P1 = ("In Anlehnung an das alte deutsche Volkslied \"Hoch auf dem gelben Wagen\" sangen die Zollfahnder des ZFA "
         "Berlin-Brandenburg am gestrigen Tag die dritte Strophe. Erste Strophe - Bereits am 17.03.2017 kontrollierten Beamte "
         "des Hauptzollamts Frankfurt (Oder) einen \"gelben Wagen\" mit der Aufschrift \"Rohtabak Shop\". Über die innere "
         "Ausstattung des gelben Verkaufsanhängers waren die Zöllner erstaunt: Sie belegte die Herstellung von Zigaretten ohne "
         "Steuerzeichen, beginnend vom Tabak, über Stopfmaschinen und Hülsen bis hin zum fertigen \"Stäbchen\". Zweite "
         "Strophe- In einer zum Täterkreis gehörenden Garage stellten die Zöllner am gleichen Tag 2,2 Tonnen Tabak - von roh "
         "bis zerkleinert - fest. Dazu passend fanden sie Zerkleinerungsmaschinen, Stopfmaschinen, Aromastoffe, "
         "Zigarettenhülsen und Verpackungsutensilien. Dritte Strophe - Die folgenden Ermittlungen führten die Zollfahnder am "
         "23.03.2017 zu einer weiteren Garage. Hier stießen sie auf zwei große Trocknungsbehälter für Tabak. Diese konnten nur "
         "mit technischer Unterstützung des THW Seelow abtransportiert werden. Hier illegal produzierte Zigaretten befanden "
         "sich in Schachteln der Marken \"Marlboro\", \"Camel\", und \"L&M\". Damit war - so der Leiter des "
         "Zollfahndungsamtes Berlin-Brandenburg, Herr Pampel-Jabrane - die kleinste je festgestellte \"illegale "
         "Zigarettenfertigungsstrecke\" in Deutschland komplett. Die weiteren Ermittlungen werden zeigen, ob es noch eine "
         "vierte Strophe gibt.")

add(id="ho555-ots-2017-03-zfa-berlin-brandenburg-zigarettenfertigungsstrecke",
    title=BB_T,
    url="https://presseportal.de/blaulicht/pm/116255/3594862?langid=3",
    retrieved="same address (release of the Zollfahndungsamt Berlin-Brandenburg sent over news aktuell, 24 March 2017 by its "
              "content ('am gestrigen Tag', after the search of 23.03.2017) and its release number; the copy stored with the "
              "language parameter shows no date prefix; the newsroom label 'Zollfahndungsamt Berlin-Brandenburg' dropped (rules "
              "3110, 3220); the headline with its service code 'ZOLL-BB:' is the first line and the dateline 'Berlin (ots)' a "
              "line of its own; the body, stored as one line, is one paragraph; the contact block 'Rückfragen bitte an: "
              "Zollfahndungsamt Berlin-Brandenburg Christian Vorhof Tel.: … www.zoll.de' and the footer 'Original-Content von: "
              "Zollfahndungsamt Berlin-Brandenburg, übermittelt durch news aktuell' dropped; the published 'Strophe- In', "
              "'\"Camel\", und' kept (rule 20); complete as stored)",
    license=OTS_ZOLL,
    paras=["Berlin (ots)", BB_P1],
    # the marked term in the sentence `Damit war - so der Leiter des Zollfahndungsamtes Berlin-Brandenburg, Herr
    # Pampel-Jabrane - die kleinste je festgestellte "…" in Deutschland komplett` is his, and so is the headline that takes
    # up the same judgment with the same marked term (rules 25, 26, 3223); the rest of the marks in the release's playful
    # account are null: the folk song's title (rule 1815), the narrator's echo of the song for the trailer, the lettering
    # after `mit der Aufschrift`, the narrator's colloquial word for the cigarettes and the brand names after `der Marken`
    # (rules 2, 24, 3223); the role phrase names the office and is no alias (rule 33)
    quotes=[("\"illegale Zigarettenfertigungsstrecke\"", PAMPEL, 0),
            ("\"Hoch auf dem gelben Wagen\"", None),
            ("\"gelben Wagen\"", None),
            ("\"Rohtabak Shop\"", None),
            ("\"Stäbchen\"", None),
            ("\"Marlboro\"", None),
            ("\"Camel\"", None),
            ("\"L&M\"", None),
            ("\"illegale Zigarettenfertigungsstrecke\"", PAMPEL, 1)],
    aliases={PAMPEL: ["Pampel-Jabrane", "Herr Pampel-Jabrane"]})

# --- presseportal.de (ots), December 2021: Bundespolizeipräsidium, Nancy Faeser's first visit ---

BP_T = "BPOLP Potsdam: Bundesministerin des Innern und für Heimat zu Besuch im Bundespolizeipräsidium"
BP_P1 = ("Antrittsbesuch im Bundespolizeipräsidium: Am 16. Dezember 2021 hat die Bundesministerin des Innern und für Heimat, "
         "Nancy Faeser, die in Potsdam ansässige Behörde besucht. Das Bundespolizeipräsidium ist die erste "
         "Geschäftsbereichsbehörde, der die neue Bundesinnenministerin einen Besuch abstattet.")
BP_P2 = ("Bundesministerin Faeser, Ministerialdirektorin Busch und Präsident Dr. Romann gedachten am Ehrenmal der im Dienst "
         "ums Leben gekommenen Bundespolizeiangehörigen. Anschließend trug sich Frau Faeser ins Gästebuch ein. In persönlichen "
         "Gesprächen mit dem Präsidenten des Bundespolizeipräsidiums, weiteren Führungskräften sowie Mitarbeiterinnen und "
         "Mitarbeitern der Bundespolizei wurden aktuelle Belange der öffentlichen Sicherheit in Deutschland erörtert.")
BP_P3 = ("Die Bundesministerin des Innern und für Heimat, Nancy Faeser, während des Besuches: \"Unsere "
         "Bundespolizistinnen und -polizisten sind es, die jeden Tag auf der Straße stehen und ihren Kopf für das hinhalten, "
         "was wir in der Politik entscheiden. Sie setzen das auf hervorragende Art und Weise um. Und deshalb stelle ich mich "
         "gerne gerade hinter diese so wertvolle Arbeit, die unsere Mitarbeiterinnen und Mitarbeiter der "
         "Sicherheitsbehörden, insbesondere unserer Bundespolizei, leisten.\"")
BP_P4 = ("Der Präsident des Bundespolizeipräsidiums, Dr. Dieter Romann, bedankte sich für den frühen Besuch und die damit "
         "verbundene Wertschätzung gegenüber der Bundespolizei.")

add(id="ho555-ots-2021-12-bpolp-antrittsbesuch-faeser",
    title=BP_T,
    url="https://www.presseportal.de/blaulicht/pm/73990/5101641",
    retrieved="same address (release of the Bundespolizeipräsidium (Potsdam) sent over news aktuell, December 2021 (the visit "
              "of 16 December 2021); the date prefix ' date 2021-12', the newsroom label 'Bundespolizeipräsidium (Potsdam)' "
              "and the footer 'Original-Content von: Bundespolizeipräsidium (Potsdam), übermittelt durch news aktuell' dropped "
              "(rules 3110, 3220); the headline with its service code 'BPOLP Potsdam:' is the first line and the dateline "
              "'Potsdam (ots)' a line of its own; complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Potsdam (ots)", BP_P1, BP_P2, BP_P3, BP_P4],
    # the colon quotation after the verbless label `Die Bundesministerin des Innern und für Heimat, Nancy Faeser, während des
    # Besuches:` is hers (rules 9, 54); her `wir in der Politik` and `unsere … Bundespolizei` speak for the government and
    # the ministry without making them speakers (rule 2614); Dieter Romann, who thanks her without marks, and Ministerialdirektorin
    # Busch say nothing in marks (rule 5); the name forms of the release and the role noun `Bundesinnenministerin`, which
    # names only her, are aliases (rules 7, 44), the role phrase with the ministry's name is not (rule 33)
    quotes=[(cut(BP_P3, "\"Unsere", "leisten.\""), FAESER)],
    aliases={FAESER: ["Nancy Faeser", "Bundesministerin Faeser", "Frau Faeser", "Faeser", "Bundesinnenministerin"]})

# --- presseportal.de (ots), 3 December 2019: Polizei Köln, bank staff stop two frauds by false police officers ---

K_T = "POL-K: 191203-2-K In zwei Fällen verhindern aufmerksame Bankmitarbeiter den Betrug durch falsche Polizeibeamte"
K_P1 = ("Dem richtigen Bauchgefühl der Mitarbeiter ihrer Bank haben es zwei Seniorinnen (69,89) zu verdanken, dass sie ihr "
        "erspartes Geld nicht an falsche Polizisten ausgehändigt haben. Ein Filialleiter einer Sparkassen in Köln-Longerich "
        "und ein Angestellter einer Postbankfiliale in Köln-Lövenich schöpften am Montag (2. Dezember) Verdacht, als die "
        "Kölnerinnen fünfstellige Bargeldbeträge abheben wollten und verständigten die Polizei.")
K_P2 = ("Im ersten Fall gab die 69-Jährige in der Bank an der Longericher Straße gegenüber den echten Polizeibeamten an, "
        "dass sie gegen 11.45 Uhr einen Anruf eines angeblichen Polizeibeamten erhalten habe. Der Mann teilte ihr mit, dass es "
        "in der Nachbarschaft zu einer Einbruchsserie gekommen sei. Im Rahmen einer \"geheimen Operation\" solle sie Bargeld "
        "abheben und bei sich zuhause als \"Lockmittel\" auslegen. Die falschen Polizeibeamten würden ihr Haus beobachten und "
        "die Einbrecher auf frischer Tat festnehmen. Danach würde sie natürlich ihr Geld zurückbekommen.")
K_P3 = ("Im zweiten Fall teilte die 89-Jährige den Polizisten mit, dass auch sie gegen 10 Uhr einen Anruf eines angeblichen "
        "Polizeibeamten erhalten habe. Auch hier sprach der Mann von einer Einbruchsserie in ihrem Stadtteil. Er gab an, dass "
        "man sie beschützen wolle. Hierzu müsste die Seniorin ihr Erspartes von der Bank abheben, nach Hause bringen und dann "
        "auf weitere Anweisungen durch die \"Polizei\" warten. In der Postbankfiliale an Venloer Straße reagierte der "
        "Schaltermitarbeiter schnell und richtig und verhinderte somit den Betrug. (js)")

add(id="ho555-ots-2019-12-03-pol-koeln-falsche-polizeibeamte-bank",
    title=K_T,
    url="https://www.presseportal.de/blaulicht/pm/12415/4457463",
    retrieved="same address (release of the Polizei Köln sent over news aktuell, 3 December 2019 by the date code '191203' "
              "of its headline; the date prefix ' date 2019-12' and the newsroom label 'Polizei Köln' dropped (rules 3110, "
              "3220); the headline with its service code and number 'POL-K: 191203-2-K' is the first line and the dateline "
              "'Köln (ots)' a line of its own; the press office's sign '(js)' after the last sentence kept in its paragraph "
              "(rules 2520, 2610, 3110); the published 'einer Sparkassen', 'an Venloer Straße' kept (rule 20); complete as "
              "stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Köln (ots)", K_P1, K_P2, K_P3],
    # the two marked phrases in the Konjunktiv report of the first call (`Der Mann teilte ihr mit, dass … Im Rahmen einer
    # "…" solle sie … als "…" auslegen.`) are the words of the caller, the false police officer whom `Der Mann` takes up,
    # relayed by the 69-year-old to the police; the marked `Polizei` in the report of the second call is the press office's
    # distancing mark for the callers' false identity, null (rules 10, 24, 3224); the victims, the bank staff and the real
    # police, who pass the report on, are no speakers
    quotes=[("\"geheimen Operation\"", ANRUFER),
            ("\"Lockmittel\"", ANRUFER),
            ("\"Polizei\"", None)],
    aliases={ANRUFER: ["Mann", "Der Mann", "angeblichen Polizeibeamten"]})

# --- presseportal.de (ots), about late August 2016: Generalzolldirektion, customs at the Bürgerfest for NRW's 70th birthday ---

G_T = ("Zoll feiert mit beim 70. Geburtstag von NRW - Hauptzollamt Düsseldorf präsentiert Zoll von Nord bis Süd beim "
       "Bürgerfest")
G_P1 = ("Das Fest zum 70. Geburtstag des Landes NRW und das strahlende Sommerwetter lockten Massen von interessierten "
        "Besuchern in die Landeshauptstadt, von denen viele ganz besonders vom bunten Programm auf der Blaulicht-Meile auf den "
        "Düsseldorfer Rheinwiesen angezogen wurden. \"Der Zoll hat eine lange Tradition und dennoch ist er in der Darstellung "
        "jung, modern und international\", so lautet das Fazit von Norbert Drude, dem Vertreter der Generalzolldirektion und "
        "Leiter des Zollkriminalamts, aber auch der zahlreichen Besucher, die sich am vergangenen Wochenende die Ausstellung "
        "des Hauptzollamts Düsseldorf ansahen.")

add(id="ho555-ots-2016-08-gzd-nrw-geburtstag-buergerfest-drude",
    title=G_T,
    url="https://presseportal.de/blaulicht/pm/120080/3415221",
    retrieved="same address (release sent over news aktuell from newsroom 120080, whose stored releases close with "
              "'Original-Content von: Generalzolldirektion, übermittelt durch news aktuell' (120080/4023871); the stored copy "
              "shows no date prefix, no newsroom label and no footer; about late August 2016 by its content (the Bürgerfest "
              "for the 70th birthday of North Rhine-Westphalia in Düsseldorf 'am vergangenen Wochenende') and its release "
              "number; the headline, stored without a service code, is the first line, no code is added (rules 18, 2890), and "
              "the dateline 'Bonn/Düsseldorf (ots)' a line of its own; the second paragraph 'Was der Zoll zu diesem Anlass auf "
              "die Beine gestellt hat, … bis in die 1990er', cut off in the stored copy, dropped (rule 15))",
    license=OTS_ZOLL,
    paras=["Bonn/Düsseldorf (ots)", G_P1],
    # the quotation before `so lautet das Fazit von Norbert Drude, dem Vertreter der Generalzolldirektion und Leiter des
    # Zollkriminalamts, aber auch der zahlreichen Besucher, …` is Drude's alone: the visitors whose verdict `aber auch` says
    # it is as well are neither joint speakers nor aliases (rules 27, 2823, 3221); the role phrases name the customs
    # authorities and are no aliases (rule 33)
    quotes=[(cut(G_P1, "\"Der Zoll hat", "international\""), DRUDE)],
    aliases={DRUDE: ["Norbert Drude"]})

# --- presseportal.de (ots), September 2021: Hauptzollamt Nürnberg, gold and cigarettes on the A 3 ---

N_T = "HZA-N: Gold und Zigaretten: Sicherstellungen des Nürnberger Zolls"
N_SUB = "Gleich zweimal stellte der Nürnberger Zoll am vergangenen Freitag an der A 3 Schmuggelware sicher."
N_P1 = ("\"Goldschmuck gefunden - an der A 3 Ausfahrt Mögeldorf\", so lautete die Mitteilung der Feuchter Polizei an die "
        "Zöllner, die den Fall übernahmen. In einem Hohlraum unter der Kofferraumabdeckung eines osteuropäischen PKW hatten "
        "sich goldene Halsketten im Wert von knapp 50.000 Euro befunden. Der Beifahrer gab an, dass er den Schmuck mitgebracht "
        "habe, um in Dortmund Gebrauchtwagen zu kaufen. Einen Verzollungsnachweis konnte er nicht vorlegen. Gegen den "
        "39-jährigen Mann wurde ein Verfahren wegen des Verdachts auf Steuerhinterziehung eingeleitet. Der Schmuck wurde als "
        "Sicherheit für die Abgaben und die zu erwartende Strafe sichergestellt.")
N_P2 = ("Im zweiten Fall rief die Erlanger Polizei die Kontrolleinheit Verkehrswege des Hauptzollamts Nürnberg an die "
        "Rastanlage Aurach. Dort hatte sie Zigaretten in einem osteuropäischen Kleinbus gefunden. 63 Stangen à 200 Stück in "
        "zwei Koffern zählten die Zöllner - unversteuert und weit jenseits der Menge zum persönlichen Verbrauch - und zogen "
        "auch diese aus dem Verkehr. Auch wenn der 30 - jährige Fahrer von seiner verbotenen Fracht angeblich nichts wusste, "
        "wurde gegen ihn ebenfalls ein Verfahren wegen des Verdachts auf Steuerhinterziehung eingeleitet. Der verhinderte "
        "Steuerschaden beträgt knapp 2.100 Euro; die Zigaretten wurden sichergestellt.")

add(id="ho555-ots-2021-09-hza-nuernberg-gold-zigaretten-a3",
    title=N_T,
    url="https://www.presseportal.de/blaulicht/pm/121257/5026659",
    retrieved="same address (release of the Hauptzollamt Nürnberg sent over news aktuell, September 2021; the date prefix ' "
              "date 2021-09' and the newsroom label 'Hauptzollamt Nürnberg' dropped (rules 3110, 3220); the headline with its "
              "service code 'HZA-N:' is the first line and the lead sentence under it a line of its own, as stored; the stored "
              "copy shows no dateline and none is added (rules 18, 3000); the published '30 - jährige' kept (rule 20); "
              "complete as stored)",
    license=OTS_PUBLIC,
    paras=[N_SUB, N_P1, N_P2],
    # the quotation before `so lautete die Mitteilung der Feuchter Polizei an die Zöllner` is the words of the police
    # station's message, so the body is its speaker under the form the text gives it, and the customs officers it was sent to
    # are the addressees (rules 11, 12, 58, 3222); the Erlanger Polizei and the two drivers, whose statements are reported
    # without marks, say nothing in marks (rule 5)
    quotes=[(cut(N_P1, "\"Goldschmuck", "Mögeldorf\""), FEUCHT)],
    aliases={FEUCHT: ["Feuchter Polizei"]})
