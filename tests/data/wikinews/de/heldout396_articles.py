# Three-hundred-and-ninety-sixth held-out German real-news set (tests/data/heldout396-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2100-2101). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL id, headline or first words
# and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-sixth held-out set": seven press releases of the Government of
# the Principality of Liechtenstein sent over ots (news aktuell): five on presseportal.ch (the Zug shooting, September 2001;
# the foreign correspondents' visit, June 2006; the swearing-in of Adrian Hasler's government, 2013; the Grisons government's
# visit, May 2016; the swearing-in of Daniel Risch's government, March 2021) and two shown unchanged by finanznachrichten.de
# (the ambassadors' information day, October 2021; the meeting with former government members, May 2023) (licence LI_OTS).
# Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import LI_OTS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- presseportal.ch, September 2001: Liechtenstein mourns with the canton of Zug ---

ZUG_P1 = ("Regierungschef Hasler drückt sein tiefempfundes Mitgefühl aus Vaduz, 27. September (ots)«Liechtenstein ist "
          "erschüttert über das Blutbad im Kantonsparlament Zug. Im Namen der liechtensteinischen Regierung und der ganzen "
          "Bevölkerung möchte ich in diesen schweren Stunden mein tiefempfundenes Mitgefühl mit den Behörden und der "
          "Bevölkerung des Kantons Zug sowie den Angehörigen der Opfer dieses Amokanschlags ausdrücken», teilte "
          "Regierungschef Otmar Hasler mit.")

add(id="ho396-li-ots-2001-09-trauer-kanton-zug",
    title="Liechtenstein trauert mit dem Kanton Zug",
    url="https://presseportal.ch/de/pm/100000148/100010892",
    retrieved="same address (release of the Presse- und Informationsamt (pafl) of September 2001 in the newsroom 'Fürstentum "
              "Liechtenstein' on presseportal.ch; the subtitle, the dateline 'Vaduz, 27. September (ots)' and the opening "
              "quotation run together in the stored copy and are kept as one line as stored (rules 13, 20, 2100); the "
              "contact block 'Kontakt: Presse- und Informationsamt des Fürstentums Liechtenstein (pafl) Tel.: … Fax: …' "
              "dropped (rule 19); otherwise complete)",
    license=LI_OTS,
    paras=[ZUG_P1,
           "Liechtenstein hat traditionell enge Beziehungen mit dem Kanton Zug. Persönliche Kontakte bestehen sowohl auf "
           "Parlaments- als auch auf Regierungsebene. Zum Zeichen der Trauer und des Mitgefühls mit dem Kanton Zug liess "
           "Regierungschef Hasler die Fahne vor dem Regierungsgebäude auf Halbmast setzen. Er werde den Behörden des Kantons "
           "Zug jede denkbare Hilfe anbieten."],
    quotes=[("«Liechtenstein ist erschüttert über das Blutbad im Kantonsparlament Zug. Im Namen der liechtensteinischen "
             "Regierung und der ganzen Bevölkerung möchte ich in diesen schweren Stunden mein tiefempfundenes Mitgefühl mit "
             "den Behörden und der Bevölkerung des Kantons Zug sowie den Angehörigen der Opfer dieses Amokanschlags "
             "ausdrücken»", "Otmar Hasler")],
    aliases={"Otmar Hasler": ["Otmar Hasler", "Regierungschef Otmar Hasler", "Regierungschef Hasler", "Hasler"]})

# --- presseportal.ch, June 2006: foreign correspondents visit Liechtenstein ---

KORR_P2 = ("Das dichte und abwechslungsreiche Programm umfasste einen Vortrag des Historikers Peter Geiger über die Geschichte "
           "und die Herausforderungen für das Fürstentum Liechtenstein und seine Souveränität während der letzten 200 Jahre. "
           "Aussenministerin Rita Kieber-Beck gab einen Überblick über die Stellung und aktive Rolle Liechtensteins in der "
           "internationalen Staatengemeinschaft, insbesondere den neuen Menschenrechtsrat der Vereinten Nationen. Gerlinde "
           "Manz-Christ, Leiterin der Stabsstelle für Kommunikation und Öffentlichkeitsarbeit und Stiftungsrätin in der "
           "Stiftung Image Liechtenstein, zeigte die neuen Wege in der Kommunikation für das Land Liechtenstein auf und wie "
           "sich Liechtenstein seit einigen Jahren durch einen inhaltlich wie optisch einheitlichen und konsequenten Auftritt "
           "in der Welt zu positionieren sucht. Denn \"die Zukunft der kleinen Staaten wird mitbestimmt von ihrem globalen "
           "Auftritt und ihrer Präsenz in der Welt\".")

add(id="ho396-li-ots-2006-06-korrespondenten-besuch",
    title="pafl: Korrespondenten aus aller Welt besuchen Liechtenstein",
    url="https://presseportal.ch/de/pm/100000148/100510892",
    retrieved="same address (release of the Presse- und Informationsamt (pafl) of 7 June 2006 on presseportal.ch; the "
              "headline with its published prefix 'pafl:' is the title (rules 18, 2100); the lines '(ots)' and 'Vaduz, 7. "
              "Juni (pafl) -' kept as stored (rule 13); the fourth paragraph ('War der erste Tag in erster Linie historischen "
              "… Michael Hilti, Präsident der Liechtensteinischen Industrie- und Handelsk'), cut off in the stored copy, "
              "dropped (rule 15))",
    license=LI_OTS,
    paras=["(ots)",
           "Vaduz, 7. Juni (pafl) -",
           "19 Journalisten aus vier Kontinenten besuchten vom 5. bis 7. Juni 2006 das Fürstentum Liechtenstein auf Einladung "
           "der Stabsstelle für Kommunikation und Öffentlichkeitsarbeit und der Stiftung Image Liechtenstein. Anlass des "
           "Besuches war das Jubiläum \"200 Jahre Souveränität\". Gezeigt wurde das Fürstentum Liechtenstein zwischen "
           "Tradition und Moderne, so wie es sich heute darstellt.",
           KORR_P2,
           "Erbprinz Alois von und zu Liechtenstein empfing die hochrangigen Medienvertreter aus aller Welt auf Schloss "
           "Vaduz. Einer kurzen Einführung über einige historische Meilensteine des Fürstentums folgte eine lebhafte "
           "Diskussion mit den internationalen Journalisten."],
    quotes=[("\"200 Jahre Souveränität\"", None),
            ("\"die Zukunft der kleinen Staaten wird mitbestimmt von ihrem globalen Auftritt und ihrer Präsenz in der "
             "Welt\"", "Gerlinde Manz-Christ")],
    aliases={"Gerlinde Manz-Christ": ["Gerlinde Manz-Christ",
                                      "Leiterin der Stabsstelle für Kommunikation und Öffentlichkeitsarbeit"]})

# --- presseportal.ch, 2013: the swearing-in of Adrian Hasler's government ---

add(id="ho396-li-ots-2013-vereidigung-regierung-hasler",
    title="ikr: Neue Regierung in Liechtenstein angelobt",
    url="http://www.presseportal.ch/de/pm/100000148/100735396",
    retrieved="same address (release of the Government (ikr) of 2013 on presseportal.ch; the newsroom label 'Fürstentum "
              "Liechtenstein' before the headline dropped as furniture (rule 19); the headline with its published prefix "
              "'ikr:' is the title (rules 18, 2100); the dateline 'Vaduz (ots/ikr) -' runs into the first sentence and is "
              "kept (rule 13); the contact block 'Kontakt: Horst Schädler, Regierungssekretär T …' and the links 'Weitere "
              "Meldungen: Fürstentum Liechtenstein' / 'Das könnte Sie auch interessieren:' dropped (rule 19))",
    license=LI_OTS,
    paras=["Vaduz (ots/ikr) - Der neue Liechtensteiner Regierungschef Adrian Hasler (FBP) wurde heute durch Erbprinz Alois "
           "von und zu Liechtenstein vereidigt. Im Anschluss daran hat Adrian Hasler die Regierungsräte und die "
           "Regierungsrat-Stellvertreter vereidigt.",
           "Der neue Regierungschef wird vom Regierungschef-Stellvertreter Thomas Zwiefelhofer (VU) unterstützt. Die "
           "bisherige Regierungsrätin Aurelia Frick (FBP) wird in den kommenden vier Jahren ebenso der neuen Regierung "
           "angehören, wie auch Marlies Amann-Marxer (VU) und Mauro Pedrazzini (FBP). \"Ich bin davon überzeugt, dass wir "
           "als verlässlicher Partner im In- und Ausland das Fundament für eine erfolgreiche Weiterentwicklung unseres Landes "
           "schaffen werden. Alle kommenden Herausforderungen können wir nur gemeinsam im Interesse unseres Landes lösen\", "
           "betonte der neue Liechtensteiner Regierungschef Adrian Hasler bei der Vereidigung in Vaduz.",
           "Adrian Hasler wird als Regierungschef das Ministerium für Präsidiales und Finanzen leiten. Sein Stellvertreter "
           "Thomas Zwiefelhofer ist für das Ministerium für Inneres, Justiz und Wirtschaft verantwortlich. In der neuen "
           "Regierung übernimmt Aurelia Frick das Ministerium für Äusseres, Bildung und Kultur. Marlies Amann-Marxer "
           "zeichnet für das Ministerium für Infrastruktur und Umwelt sowie Sport verantwortlich. Mauro Pedrazzini übernimmt "
           "als Verantwortungsträger das Ministerium für Gesellschaft."],
    quotes=[("\"Ich bin davon überzeugt, dass wir als verlässlicher Partner im In- und Ausland das Fundament für eine "
             "erfolgreiche Weiterentwicklung unseres Landes schaffen werden. Alle kommenden Herausforderungen können wir nur "
             "gemeinsam im Interesse unseres Landes lösen\"", "Adrian Hasler")],
    aliases={"Adrian Hasler": ["Adrian Hasler", "Liechtensteiner Regierungschef Adrian Hasler", "Regierungschef"]})

# --- presseportal.ch, May 2016: the Grisons government visits Liechtenstein ---

add(id="ho396-li-ots-2016-05-buendner-regierung-zu-gast",
    title="ikr: Bündner Regierung zu Gast in Liechtenstein",
    url="https://www.presseportal.ch/de/pm/100000148/100788759",
    retrieved="same address (release of the Government (ikr) of 31 May 2016 on presseportal.ch; the portal lines 'Alle "
              "Storys', 'Folgen', 'Keine Story von Fürstentum Liechtenstein mehr verpassen.' and the newsroom label "
              "'Fürstentum Liechtenstein' dropped as furniture (rule 19); the headline with its published prefix 'ikr:' is "
              "the title (rules 18, 2100); the dateline line 'Vaduz (ots/ikr) -' kept as stored (rule 13); the subheading "
              "kept as its own line (rule 13); the published comma inside the closing mark kept (rule 20); the contact block "
              "'Kontakt: Horst Schädler, Regierungssekretär T …' and the repeated 'Weitere Storys: Fürstentum Liechtenstein' "
              "dropped (rule 19))",
    license=LI_OTS,
    paras=["Vaduz (ots/ikr) -",
           "Auf Einladung der Regierung des Fürstentums Liechtenstein besuchte die Bündner Regierung am Dienstag, 31. Mai "
           "2016, das Fürstentum Liechtenstein zum alljährlichen Treffen der beiden Regierungen.",
           "Liechtensteins Regierungschef Adrian Hasler hiess die vollzählig angereiste Bündner Regierung mit Präsident "
           "Christian Rathgeb willkommen. Christian Rathgeb wurde von den Regierungsräten Barbara Janom Steiner, Mario "
           "Cavigelli, Martin Jäger, Jon Domenic Parolini und dem Vorsteher der Standeskanzlei Claudio Riesen begleitet. Die "
           "Regierung des Fürstentums Liechtenstein war durch Regierungschef Adrian Hasler, Regierungschef-Stellvertreter "
           "Thomas Zwiefelhofer und die Regierungsräte Aurelia Frick, und Mauro Pedrazzini sowie durch Regierungssekretär "
           "Horst Schädler vertreten. \"Auch wenn wir uns auf verschiedenen Seiten des Falknis unseren Herausforderungen "
           "stellen, so verdient unser Synergiepotential doch unsere regelmässige Aufmerksamkeit,\" bekräftigten Hasler und "
           "Rathgeb nach dem konstruktiven Treffen.",
           "Freundschaftliche Beziehungen zwischen Graubünden und Liechtenstein",
           "Der Besuch diente dem aktuellen politischen und nachbarschaftlichen Austausch und wurde durch ein gemeinsames "
           "Mittagessen abgerundet. Die Regierung des Fürstentums Liechtenstein und die Bündner Regierung pflegen seit vielen "
           "Jahren enge, freundschaftliche Beziehungen."],
    # a joint statement of the two heads of government: the first named is canonical, the other and the joint form are
    # aliases (rule 27)
    quotes=[("\"Auch wenn wir uns auf verschiedenen Seiten des Falknis unseren Herausforderungen stellen, so verdient unser "
             "Synergiepotential doch unsere regelmässige Aufmerksamkeit,\"", "Adrian Hasler")],
    aliases={"Adrian Hasler": ["Adrian Hasler", "Liechtensteins Regierungschef Adrian Hasler", "Regierungschef Adrian Hasler",
                               "Hasler", "Christian Rathgeb", "Präsident Christian Rathgeb", "Rathgeb", "Hasler und Rathgeb"]})

# --- presseportal.ch, March 2021: the swearing-in of Daniel Risch's government ---

add(id="ho396-li-ots-2021-03-vereidigung-regierung-risch",
    title="Neue Regierung in Liechtenstein angelobt",
    url="https://www.presseportal.ch/de/pm/100000148/100867782",
    retrieved="same address (release of the Government of 25 March 2021 on presseportal.ch; the stored copy's date prefix "
              "' date 2021-03' dropped (rule 63); the newsroom label 'Fürstentum Liechtenstein' before the headline dropped "
              "as furniture (rule 19); the dateline line 'Vaduz (ots)' kept as stored (rule 13); the stored copy ends with "
              "the third paragraph, which is kept whole)",
    license=LI_OTS,
    paras=["Vaduz (ots)",
           "Der Liechtensteiner Regierungschef Daniel Risch (VU) wurde am 25. März 2021 durch Erbprinz Alois von und zu "
           "Liechtenstein auf Schloss Vaduz vereidigt. Im Anschluss daran hat Daniel Risch seinerseits im Fürst Johannes "
           "Saal des Regierungsgebäudes die Regierungsräte und die Regierungsrat-Stellvertreter vereidigt.",
           "Die neu gebildete Regierung für die Legislaturperiode 2021-2025 setzt sich aus Regierungschef Daniel Risch (VU), "
           "Regierungschef-Stellvertreterin Sabine Monauni (FBP) sowie den weiteren Regierungsmitgliedern Dominique Hasler "
           "(VU), Graziella Marok-Wachter (VU) und Manuel Frick (FBP) zusammen. \"Ich freue mich auf die Zusammenarbeit mit "
           "der neuen Regierung und bin voller Zuversicht, dass wir unser Land gerade auch in diesen herausfordernden Zeiten "
           "gemeinsam und in konstruktiver Weise führen werden\", betonte der neue Liechtensteiner Regierungschef Daniel "
           "Risch bei der Vereidigung in Vaduz.",
           "Daniel Risch wird als Regierungschef das Ministerium für Präsidiales und Finanzen leiten. "
           "Regierungschef-Stellvertreterin Sabine Monauni ist für das Ministerium für Inneres, Wirtschaft und Umwelt "
           "verantwortlich. In der neuen Regierung übernimmt Graziella Marok-Wachter das Ministerium für Infrastruktur und "
           "Justiz, Dominique Hasler das Ministerium für Äusseres, Bildung und Sport und Manuel Frick das Ministerium für "
           "Gesellschaft und Kultur."],
    quotes=[("\"Ich freue mich auf die Zusammenarbeit mit der neuen Regierung und bin voller Zuversicht, dass wir unser Land "
             "gerade auch in diesen herausfordernden Zeiten gemeinsam und in konstruktiver Weise führen werden\"",
             "Daniel Risch")],
    aliases={"Daniel Risch": ["Daniel Risch", "Liechtensteiner Regierungschef Daniel Risch", "Regierungschef Daniel Risch",
                              "Regierungschef"]})

# --- finanznachrichten.de, October 2021: the ambassadors' information day ---

add(id="ho396-li-ots-2021-10-botschafterinformationstag",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2021-10/54346511-botschafterinnen-und-botschafter-erhalten-einblick-"
        "in-die-ziele-der-regierung-006.htm",
    retrieved="same address (the Government's release of October 2021 sent over ots, as shown unchanged by "
              "finanznachrichten.de; the stored copy's date prefix ' date 2021-10' dropped (rule 63); the copy shows no "
              "headline and its dateline runs into the first sentence, so there is no title line (rules 18, 32); the copy "
              "runs the paragraphs together without space: the breaks are restored as line breaks at "
              "'Politikgestaltung.\"Der', 'Hasler.In' and 'einzusetzen.Regierungschef' (rules 660, 740), the join "
              "'(ots) -Im' kept as stored; the fourth paragraph ('Regierungschef Risch erinnerte in seiner Rede … bis heute "
              "nichts an Aktualität und Bedeutung v'), cut off in the stored copy, dropped (rule 15))",
    license=LI_OTS,
    paras=["Vaduz (ots) -Im Zentrum des diesjährigen Informationstags für die in Liechtenstein akkreditierten Botschafterinnen "
           "und Botschafter standen die Ziele der Regierung für die Legislaturperiode 2021-2025. Regierungsrätin Dominique "
           "Hasler als Gastgeberin, Regierungschef Daniel Risch und Regierungschef-Stellvertreterin Sabine Monauni zeigten "
           "auf, wie Liechtenstein nachhaltig weiterentwickelt werden soll. Über 70 Nationen, mit welchen Liechtenstein "
           "bilaterale Beziehungen pflegt, waren zu Gast in Liechtenstein. Die rege Teilnahme am Informationstag illustrierte "
           "das hohe Interesse an Liechtenstein und seiner Politikgestaltung.",
           "\"Der Botschafterinformationstag dient dazu, den ausländischen Botschafterinnen und Botschaftern das Land "
           "Liechtenstein näher zu bringen. Der diesjährige Anlass war daher eine gute Gelegenheit, die neue Regierung und "
           "das Regierungsprogramm in den Fokus zu rücken und unsere Pläne für die nächsten vier Jahre zu präsentieren\" "
           "erläuterte Regierungsrätin Dominique Hasler.",
           "In ihrer Rede bekräftigte Regierungsrätin Hasler das starke aussenpolitische Profil Liechtensteins und betonte, "
           "dass sich Liechtenstein weiterhin aktiv für Demokratie, Rechtsstaatlichkeit und Menschenrechte als Basis einer "
           "freien Gesellschaft einsetzen werde. Weiter ging sie auf das solidarische Engagement des Landes, das eine lange "
           "Tradition hat, ein. Zudem verdeutlichte sie die Chancen eines zukunftsorientierten Bildungssystems und "
           "erläuterte, wie die Digitalisierungsstrategie an den Schulen dazu beiträgt. In einem persönlichen Interview mit "
           "der ehemaligen liechtensteinischen Jugenddelegierten beschrieb die Regierungsrätin ihre Motivation, sich für das "
           "Land Liechtenstein einzusetzen."],
    quotes=[("\"Der Botschafterinformationstag dient dazu, den ausländischen Botschafterinnen und Botschaftern das Land "
             "Liechtenstein näher zu bringen. Der diesjährige Anlass war daher eine gute Gelegenheit, die neue Regierung und "
             "das Regierungsprogramm in den Fokus zu rücken und unsere Pläne für die nächsten vier Jahre zu präsentieren\"",
             "Dominique Hasler")],
    aliases={"Dominique Hasler": ["Dominique Hasler", "Regierungsrätin Dominique Hasler", "Regierungsrätin Hasler",
                                  "Regierungsrätin"]})

# --- finanznachrichten.de, May 2023: the government meets former government members ---

add(id="ho396-li-ots-2023-05-treffen-ehemalige-regierungsmitglieder",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2023-05/59195721-treffen-der-regierung-mit-den-ehemaligen-"
        "regierungsmitgliedern-006.htm",
    retrieved="same address (the Government's release of 26 May 2023 sent over ots, as shown unchanged by "
              "finanznachrichten.de; the stored copy's date prefix ' date 2023-05' dropped (rule 63); the copy shows no "
              "headline, so the dateline line 'Vaduz (ots) -' is the first line (rules 13, 18, 32); the empty lines between "
              "the paragraphs dropped; complete in the stored copy)",
    license=LI_OTS,
    paras=["Vaduz (ots) -",
           "Am Freitagabend, 26. Mai 2023, trafen sich die aktuellen und ehemaligen Regierungsmitglieder zu ihrem jährlichen "
           "Austausch. Regierungschef Daniel Risch begrüsste seine Regierungskolleginnen und Regierungskollegen sowie die "
           "ehemaligen Regierungsmitglieder zum gemeinsamen Abendessen in Ruggell. \"Wenn die aktiven und ehemaligen "
           "Regierungsmitglieder zusammentreffen, ist das immer etwas ganz Besonderes. Ich schätze die zwanglos-vertrauten "
           "Gespräche über aktuelle und vergangene Themen sehr\", betonte der Regierungschef.",
           "Es handelte sich um das 41. Treffen dieser Art, nachdem die Zusammenkunft in den Jahren 2020 und 2021 aufgrund "
           "der Corona-Pandemie abgesagt werden musste. Im vergangenen Jahr wurde anlässlich der 40. Durchführung und des "
           "100. Verfassungsjubiläum eine Würdigungstafel für alle Regierungsmitglieder im ersten Stock des "
           "Regierungsgebäudes feierlich eingeweiht. Dies auch vor dem Hintergrund, dass erst mit der Verfassung von 1921 "
           "die Regierungsmitglieder die Liechtensteinische Staatsbürgerschaft besitzen mussten."],
    # `betonte der Regierungschef` names the role only; it resolves to Daniel Risch named in the sentence before (rule 8)
    quotes=[("\"Wenn die aktiven und ehemaligen Regierungsmitglieder zusammentreffen, ist das immer etwas ganz Besonderes. "
             "Ich schätze die zwanglos-vertrauten Gespräche über aktuelle und vergangene Themen sehr\"", "Daniel Risch")],
    aliases={"Daniel Risch": ["Daniel Risch", "Regierungschef Daniel Risch", "Regierungschef"]})
