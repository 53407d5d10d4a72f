# Five-hundred-and-forty-third held-out German real-news set (tests/data/heldout543-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3110-3113). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal release number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-forty-third held-out set": nine releases sent over ots by news aktuell
# and shown in the senders' newsrooms on presseportal.de (blaulicht) - three of police authorities of North Rhine-Westphalia
# (the Polizei Düsseldorf welcoming 190 officers, about September 2021; the Polizei Köln inviting the press to its honours
# for civil courage, October 2024; the Kreispolizeibehörde Heinsberg welcoming 26 officers, September 2023), two of the
# Bundespolizei (the Bundespolizeipräsidium on its operation at violence-prone stations, October 2025; the
# Bundespolizeidirektion Koblenz with the Deutsche Bahn on the move of its Saarland inspection to Saarbrücken station, about
# December 2020) and four of Hauptzollämter (Bremen on cigarettes on the A 27, September 2023; Hannover on 55,000 cigarettes
# at the Auetal service area, July 2022; Frankfurt am Main on a wolf's fur at the airport, November 2025; Karlsruhe on
# cigarettes declared as empty aluminium boxes, December 2025). Licences: OTS_POLIZEI_SENDER for the police and the
# Bundespolizei, OTS_PUBLIC for the customs offices (both already in licences.py; caveats in SOURCES.md). Stored copies are
# the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# presseportal furniture (date prefixes, newsroom labels, image and attachment lines, footers) is dropped (rules 2520, 2541,
# 2610, 2790, 3000, 3110), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_SENDER, OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


WESSELER = "Norbert Wesseler"
POLIZEI_K = "Polizei Köln"
MELZ = "Dirk Melz"
ROMANN = "Dieter Romann"
POFALLA = "Ronald Pofalla"
PRZYBYLA = "Thomas Przybyla"
TOEDTER = "Nicole Tödter"
HAUSTEIN = "Nils Haustein"
STRASS = "Christine Straß"
HOLM = "Alina Holm"

# --- presseportal.de (ots), about September 2021: Polizei Düsseldorf, Norbert Wesseler welcomes 190 officers ---

D_T = ("POL-D: Willkommen in Düsseldorf - Polizeipräsident Norbert Wesseler begrüßt 190 Polizeibeamtinnen und -beamte sowie "
       "zwei Verwaltungsbeamtinnen in der Landeshauptstadt")
D_P1 = ("190 neue Polizistinnen und Polizisten begrüßt der Polizeipräsident am Mittwoch zu ihrem Dienstantritt in der "
        "Landeshauptstadt, auch diesmal darunter wieder ein großer Anteil Berufsanfänger (143). So werden voraussichtlich neun "
        "Polizistinnen und Polizisten mehr im täglichen Dienst zur Verfügung stehen.")
D_P2 = ("Die Hochschulabsolventen und die zum Polizeipräsidium versetzten Beamtinnen und Beamten lösen zum Großteil ihre "
        "Kolleginnen und Kollegen im zentralen Personen- und Objektschutzdienst ab oder werden im Streifendienst der drei "
        "Polizeiinspektionen eingesetzt. Nachersatz bekommen außerdem die Kriminalpolizei und die Autobahnwachen. "
        "Erfreulicherweise werden auch zwei Verwaltungsbeamtinnen zum Dienstantritt begrüßt.")
D_P3 = ("\"Es freut mich, dass wir bei den stetig steigenden Anforderungen mit mehr Beamtinnen und Beamten nach wie vor "
        "deutlich sichtbare Präsenz zeigen können und weiterhin für die Bürgerinnen und Bürger ansprechbar sind\", betont der "
        "Polizeipräsident bei der Begrüßung am Apolloplatz und beim Foto auf dem Johannes-Rau-Platz.")

add(id="ho543-ots-2021-09-pol-duesseldorf-wesseler-190-neue",
    title=D_T,
    url="https://www.presseportal.de/blaulicht/pm/13248/5008646",
    retrieved="same address (release of the Polizei Düsseldorf sent over news aktuell, about September 2021 by its release "
              "number and the Wednesday of the NRW posting date, 1 September 2021; the stored copy shows no date prefix, no "
              "newsroom label and no dateline and begins with the headline, which with its service code 'POL-D:' is the first "
              "line; no dateline is added (rules 18, 2790, 3110); complete as stored, the stored copy ending after the third "
              "paragraph)",
    license=OTS_POLIZEI_SENDER,
    paras=[D_P1, D_P2, D_P3],
    # the only quotation, before `betont der Polizeipräsident bei der Begrüßung …`, is Norbert Wesseler's, whom only the
    # headline names: the role-noun cue takes the headline's name form (rules 30, 169); `Polizeipräsident` names only him in
    # the release and is an alias (rule 44), and so is the headline phrase `Polizeipräsident Norbert Wesseler`
    quotes=[(cut(D_P3, "\"Es freut mich", "ansprechbar sind\""), WESSELER)],
    aliases={WESSELER: ["Norbert Wesseler", "Polizeipräsident Norbert Wesseler", "Polizeipräsident"]})

# --- presseportal.de (ots), 31 October 2024: Polizei Köln invites the press to its honours for civil courage ---

K_T = "POL-K: 241031-1-K Einladung: Ehrung für Zivilcourage"
K_P1 = ("Am Donnerstag (7. November) wird Polizeipräsident Johannes Hermanns Bürgerinnen und Bürger für Zivilcourage und "
        "vorbildliches Handeln in Ausnahmesituationen ehren.")
K_P2 = "Medienvertreter sind herzlich eingeladen, in der Zeit zwischen"
K_P3 = "13 und 15 Uhr,"
K_P4 = "im Polizeipräsidium Köln, Walter-Pauli-Ring 2-6, 51103 Köln,"
K_P5 = "an den Ehrungen teilzunehmen."
K_P6 = "Dafür sind vorgesehen:"
K_P7 = ("- Zwei Frauen, die einen Fünfjährigen nach Atemnot reanimierten, - eine Frau, die einer anderen Frau bei einem "
        "sexuellen Übergriff zur Hilfe eilte, - ein Autofahrer, der einen \"Geisterfahrer\" erkannte, andere "
        "Verkehrsteilnehmende warnte und so Schlimmes verhinderte, - ein \"Köbes\", der einen Taxi-Fahrer bis zum Eintreffen "
        "der Polizei festhielt, nachdem dieser am Alter Markt vier Frauen angefahren hatte, - ein Mann, der einen "
        "Halskettenräuber überwältigte und der Polizei übergab, - ein Taxifahrer, der eine 83-Jährige, die Opfer eines Betrugs "
        "werden sollte, mit dem mitgeführten Bargeld zur Polizei, anstatt zum vereinbarten Treffpunkt mit den Betrügern fuhr, "
        "- eine Frau, die während eines bewaffneten Raubüberfalls in einem Tiergeschäft unbemerkt den Polizei-Notruf wählte, - "
        "sechs Ruderer/Kajak-Fahrer, die eine Frau aus dem Rhein retteten.")
K_P8 = ("Die Ehrung findet im Rahmen der Aktion \"Hinsehen - Handeln - Hilfe holen\" statt. \"HiHaHo\" ist seit Jahren in Köln "
        "und Leverkusen ein geflügeltes Wort. Mit der öffentlichen Ehrung will die Polizei Köln Zivilcourage fördern. Dabei ist "
        "es wichtig, dass sich Helferinnen und Helfer nicht selbst in Gefahr begeben. Die Polizei rät: \"Schon das Absetzen "
        "eines Notrufs über die Telefonnummer \"110\" kann zu einer schnellen und professionellen Hilfe beitragen. Niemand ist "
        "verpflichtet, persönlich einzuschreiten. Aber Wegsehen ist auch keine Lösung und unter Umständen sogar strafbar, weil "
        "man sich der unterlassenen Hilfeleistung verdächtig macht.\" (kw/lm)")

add(id="ho543-ots-2024-10-31-pol-koeln-einladung-zivilcourage",
    title=K_T,
    url="https://www.presseportal.de/blaulicht/pm/12415/5899205",
    retrieved="same address (release of the Polizei Köln sent over news aktuell, 31 October 2024 by the date code '241031' of "
              "its headline; the stored copy shows no date prefix, no newsroom label and no dateline and begins with the "
              "headline, which with its service code and number 'POL-K: 241031-1-K' is the first line (rules 18, 3110); the "
              "time and place of the invitation, which the stored copy sets as four short lines ('Medienvertreter sind "
              "herzlich eingeladen, in der Zeit zwischen' / '13 und 15 Uhr,' / '… 51103 Köln,' / 'an den Ehrungen "
              "teilzunehmen.'), and the line 'Dafür sind vorgesehen:' kept as lines of their own, and the list of the honoured "
              "people, which the stored copy runs into one line with its dashes, kept as one line (rules 18, 3110); the press "
              "office's sign '(kw/lm)' run into the last paragraph after the closing mark kept in it (rules 2520, 2610); "
              "complete as stored, the stored copy ending after the last paragraph)",
    license=OTS_POLIZEI_SENDER,
    paras=[K_P1, K_P2, K_P3, K_P4, K_P5, K_P6, K_P7, K_P8],
    # `"Geisterfahrer"` and the Cologne word `"Köbes"` are the release's colloquial nouns for the people the honoured ones met
    # or were, null (rules 24, 2661); the campaign's name `"Hinsehen - Handeln - Hilfe holen"` and its short form `"HiHaHo"`,
    # which the next words call a byword, are null (rules 24, 68); the advice after the colon of `Die Polizei rät:` is the
    # authority's, canonical in the fullest form the text gives it, with the nested `"110"` inside the one span (rules 9, 11,
    # 58, 143, 3113); the police president Johannes Hermanns, who will present the honours, says nothing in marks
    quotes=[("\"Geisterfahrer\"", None),
            ("\"Köbes\"", None),
            ("\"Hinsehen - Handeln - Hilfe holen\"", None),
            ("\"HiHaHo\"", None),
            (cut(K_P8, "\"Schon das", "verdächtig macht.\""), POLIZEI_K)],
    aliases={POLIZEI_K: ["Polizei Köln", "Polizei"]})

# --- presseportal.de (ots), September 2023: Kreispolizeibehörde Heinsberg welcomes 26 new officers ---

HS_T = "POL-HS: 26 neue Polizistinnen und Polizisten für den Kreis Heinsberg"
HS_P1 = ("Am Freitag, 1. September 2023, konnte Landrat Stephan Pusch insgesamt 26 neue Polizistinnen und Polizisten im "
         "Kreishaus begrüßen. Sie alle werden in den kommenden Jahren die Polizei im Kreisgebiet unterstützen und dabei sowohl "
         "im Wach- und Wechseldienst, als auch in den Kriminalkommissariaten eingesetzt werden. Auch der stellvertretende "
         "Abteilungsleiter der Polizei, Dirk Melz, freute sich über so viel Unterstützung: \"Sie alle haben einen sehr "
         "verantwortungsvollen Beruf gewählt, wir heißen Sie in der Kreispolizeibehörde Heinsberg herzlich willkommen.\" Mit "
         "den neuen Kolleginnen und Kollegen sind nun 468 Mitarbeitende bei der Polizei im Kreis Heinsberg beschäftigt.")

add(id="ho543-ots-2023-09-kpb-heinsberg-26-neue-melz",
    title=HS_T,
    url="https://www.presseportal.de/blaulicht/pm/65845/5593264",
    retrieved="same address (release of the Kreispolizeibehörde Heinsberg sent over news aktuell, September 2023; the date "
              "prefix ' date 2023-09' and the newsroom label 'Kreispolizeibehörde Heinsberg' dropped (rules 2820, 3000); the "
              "headline with its service code 'POL-HS:' is the first line and the dateline 'Kreis Heinsberg (ots)' a line of "
              "its own; the published comma in 'sowohl im Wach- und Wechseldienst, als auch' kept (rule 20); complete as "
              "stored, the stored copy ending after the paragraph)",
    license=OTS_POLIZEI_SENDER,
    paras=["Kreis Heinsberg (ots)", HS_P1],
    # the colon quotation after `Auch der stellvertretende Abteilungsleiter der Polizei, Dirk Melz, freute sich über so viel
    # Unterstützung:` is his (rules 9, 856); `Auch` links his joy to the Landrat's welcome, but Landrat Stephan Pusch says
    # nothing in marks (rule 5); the role phrase names the police and is no alias (rule 33)
    quotes=[(cut(HS_P1, "\"Sie alle haben", "willkommen.\""), MELZ)],
    aliases={MELZ: ["Dirk Melz"]})

# --- presseportal.de (ots), October 2025: Bundespolizeipräsidium, operation at violence-prone railway stations ---

BP_T = "BPOLP Potsdam: Bundespolizei zeigt Präsenz - Schwerpunkteinsatz an gewaltbelasteten Bahnhöfen"
BP_P1 = ("Die Zahl und Intensität der Gewaltdelikte an Bahnanlagen sind weiterhin hoch. Dabei werden häufig Messer und andere "
         "gefährliche Gegenstände eingesetzt. Die Bundespolizei verstärkt deshalb vom 10. bis 12. Oktober 2025 ihre Präsenz an "
         "36 Bahnhöfen in Deutschland, die in den vergangenen Monaten durch eine erhöhte Zahl von Gewaltdelikten aufgefallen "
         "sind.")
BP_P2 = ("Ziel des bundesweiten Schwerpunkteinsatzes ist es, Straftaten zu verhindern, Tatverdächtige frühzeitig zu erkennen "
         "und das Sicherheitsgefühl der Reisenden sowie der Beschäftigten im Bahnbereich nachhaltig zu stärken.")
BP_P3 = ("\"Wir wollen deutlich machen: Die Bundespolizei ist da - sichtbar, ansprechbar und konsequent im Einschreiten\", "
         "erklärte Dr. Dieter Romann, Präsident des Bundespolizeipräsidiums.")
BP_P4 = ("\"Gewalt im Bahnumfeld hat keinen Platz. Unsere Kolleginnen und Kollegen sorgen für den Schutz der Reisenden und "
         "Beschäftigten gleichermaßen.\"")
BP_P5 = ("Die Maßnahmen erfolgen koordiniert unter der Führung der jeweiligen Bundespolizeidirektionen. Im Fokus stehen "
         "verstärkte Streifen im und um die Bahnhöfe, lageangepasste Kontrollmaßnahmen sowie die enge Zusammenarbeit mit der "
         "Deutschen Bahn AG und den Landespolizeien. Zur Unterstützung kommen auch zusätzliche Einsatzkräfte zum Einsatz - ohne "
         "die Kräfte an den Grenzen zu reduzieren.")
BP_P6 = ("Mit dieser Maßnahme setzt die Bundespolizei ein klares Zeichen gegen Gewalt und Störungen im Bahnbereich. Der Einsatz "
         "ist Teil eines bundesweiten Sicherheitskonzepts zur Verhinderung von Gewaltdelikten im Bahnumfeld.")

add(id="ho543-ots-2025-10-bpolp-schwerpunkteinsatz-bahnhoefe-romann",
    title=BP_T,
    url="https://www.presseportal.de/blaulicht/pm/73990/6134686",
    retrieved="same address (release of the Bundespolizeipräsidium (Potsdam) sent over news aktuell, October 2025, before the "
              "operation of 10-12 October 2025; the newsroom label 'Bundespolizeipräsidium (Potsdam)', the attachment note "
              "'Ein Dokument' under the headline and the footer 'Original-Content von: Bundespolizeipräsidium (Potsdam), "
              "übermittelt durch news aktuell' dropped (rules 2541, 2790, 3110); the headline with its service code 'BPOLP "
              "Potsdam:' is the first line and the dateline 'Potsdam (ots)' a line of its own; complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Potsdam (ots)", BP_P1, BP_P2, BP_P3, BP_P4, BP_P5, BP_P6],
    # the quotation before `erklärte Dr. Dieter Romann, Präsident des Bundespolizeipräsidiums` is his, canonical without
    # the academic title (rules 44, 181), and the cue-less paragraph in marks right after it continues him (NOTES.md
    # continuation); the role phrase names the Bundespolizeipräsidium and is no alias (rule 33)
    quotes=[(cut(BP_P3, "\"Wir wollen", "Einschreiten\""), ROMANN),
            (cut(BP_P4, "\"Gewalt im", "gleichermaßen.\""), ROMANN)],
    aliases={ROMANN: ["Dieter Romann"]})

# --- presseportal.de (ots), about December 2020: Bundespolizeidirektion Koblenz and Deutsche Bahn, move to Saarbrücken ---

KO_T = "BPOLD-KO: Bundespolizei zieht an den Saarbrücker Hauptbahnhof"
KO_SUB = ("Deutsche Bahn und Bundespolizei setzen ihre enge Sicherheitspartnerschaft im Saarland fort - Umzug der "
          "Bundespolizei von Bexbach in die ehemalige Bahndirektion Saarbrücken bis Juli 2023")
KO_P1 = ("Die Deutsche Bahn (DB) und die Bundespolizei rücken noch enger zusammen: Bis Juli 2023 zieht die "
         "Bundespolizeiinspektion im Saarland von Bexbach in ein Gebäude direkt am Saarbrücker Hauptbahnhof. Ronald Pofalla, "
         "DB-Vorstand Infrastruktur:\"Gemeinsam mit der Bundespolizei setzen wir alles daran, unsere Bahnhöfe so sicher wie "
         "möglich zu machen. Mir ist es ein Herzensanliegen, unserer Sicherheitspartnerin dafür optimal gelegene Flächen zur "
         "Verfügung zu stellen. Der neue Standort in Saarbrücken bietet aufgrund der Nähe zum Hauptbahnhof ideale "
         "Voraussetzungen für unsere weitere enge Zusammenarbeit.\" \"Für die Bundespolizei ist dieser Schritt eine weitere "
         "Investition in die Zukunft, die der Sicherheit der Bürgerinnen und Bürger zu Gute kommt\", so Thomas Przybyla, "
         "Präsident der Bundespolizeidirektion Koblenz, zuständig für Hessen, Rheinland-Pfalz und das Saarland.")
KO_P2 = ("Bundesweit sorgen 4.000 Sicherheitskräfte der DB und über 5.000 Beamte der Bundespolizei gemeinsam für die "
         "Sicherheit von Fahrgästen und DB-Mitarbeiterinnen und Mitarbeitern in Zügen und Bahnhöfen.")
KO_P3 = ("Der neue Standort in Saarbrücken bietet dafür optimale Voraussetzungen: Die Bundespolizei im Saarland kann dort ihre "
         "Aufgaben Grenzpolizei, Bahnpolizei und Luftsicherheit in direkter Nähe zu ihren Partnern professionell und effizient "
         "erfüllen. Die in Teilen denkmalgeschützte Immobilie mit der Adresse Am Hauptbahnhof 4 in Saarbrücken war früher "
         "Dienstgebäude der ehemaligen Bahndirektion und ist als \"BD Saarbrücken\" bekannt. Das Gebäude hat eine Nutzfläche "
         "von mehr als 22.000 qm, von denen die Bundespolizei rund zehn Prozent nutzen wird. Die Umbauten und Sanierungen "
         "werden rund 30 Monate dauern.")

add(id="ho543-ots-2020-12-bpold-koblenz-saarbruecken-hauptbahnhof",
    title=KO_T,
    url="https://www.presseportal.de/blaulicht/pm/70137/4793739",
    retrieved="same address (joint release of the Deutsche Bahn and the Bundespolizei sent by the Bundespolizeidirektion "
              "Koblenz over news aktuell, about December 2020 by its release number (the move 'bis Juli 2023' announced in "
              "advance); the stored copy shows no date prefix, no newsroom label and no dateline and begins with the headline, "
              "which with its service code 'BPOLD-KO:' is the first line, and the subtitle under it is a line of its own; no "
              "dateline is added (rules 18, 2790, 3110); the last paragraph 'Die Umbenennung der Dienststelle von Bundesp', "
              "cut off in the stored copy, dropped (rule 15); the published label without a space before the mark "
              "('Infrastruktur:\"Gemeinsam') and 'zu Gute kommt' kept (rule 20))",
    license=OTS_POLIZEI_SENDER,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3],
    # the verbless label `Ronald Pofalla, DB-Vorstand Infrastruktur:"…"`, published without a space before the mark, gives
    # the first quotation to Pofalla (rules 9, 54, 265); the quotation that follows it after a space, before `so Thomas
    # Przybyla, Präsident der Bundespolizeidirektion Koblenz, …`, is Przybyla's (rule 30: its own cue names him, and its
    # words speak for the Bundespolizei, not the DB); the role phrases name the company and the directorate and are no
    # aliases (rules 33, 67); the building's byname after `ist als … bekannt` is null (rule 2)
    quotes=[(cut(KO_P1, "\"Gemeinsam", "Zusammenarbeit.\""), POFALLA),
            (cut(KO_P1, "\"Für die Bundespolizei", "zu Gute kommt\""), PRZYBYLA),
            ("\"BD Saarbrücken\"", None)],
    aliases={POFALLA: ["Ronald Pofalla"], PRZYBYLA: ["Thomas Przybyla"]})

# --- presseportal.de (ots), September 2023: Hauptzollamt Bremen, cigarettes from a van on the A 27 ---

HB_T = "HZA-HB: Zoll stoppt Zigarettenschmuggel Etwa 8.000 Zigaretten an der A 27 sichergestellt"
HB_P1 = ("Am Freitag, den 25. August 2023 hat der Zoll einen auf der A 27 fahrenden Transporter mit ukrainischer Zulassung in "
         "ein nahe der Autobahn gelegenes Gewerbegebiet zur Kontrolle abgeleitet. Auf Nachfrage der Beamten erklärte der "
         "Fahrer aus der Ukraine kommend auf dem Weg nach Bremerhaven zu sein und keine hochsteuerbaren Waren oder verbotene "
         "Gegenstände bei sich zu haben. Genau die fanden die Zöllner aber schon bei der ersten Durchsicht der Fahrerkabine: "
         "Insgesamt wurden fast 8.000 Zigaretten, 600 Heats, ein Springmesser und etwa 7.500,- EUR in bar sichergestellt.")
HB_P2 = ("\"Regelmäßig führen wir an Autobahnen und anderen Verkehrswegen Kontrollen durch. Unser Augenmerk ist vor allem auf "
         "Drogen, Waffen und Tabakwaren gerichtet\", erläutert Nicole Tödter, Leiterin des Hauptzollamts Bremen. \"Dabei haben "
         "wir auch immer wieder Erfolge wie in diesem Fall\", so Tödter weiter.")

add(id="ho543-ots-2023-09-hza-bremen-a27-zigaretten-toedter",
    title=HB_T,
    url="https://www.presseportal.de/blaulicht/pm/121225/5602661",
    retrieved="same address (release of the Hauptzollamt Bremen sent over news aktuell, September 2023 (the control of 25 "
              "August 2023); the date prefix ' date 2023-09' and the newsroom label 'Hauptzollamt Bremen' dropped (rules 2541, "
              "3000); the headline with its service code 'HZA-HB:', which the stored copy runs together with the subtitle "
              "('… Zigarettenschmuggel Etwa 8.000 Zigaretten …'), kept as one line (rules 18, 3110), and the dateline 'Bremen "
              "(ots)' a line of its own; the published 'Am Freitag, den 25. August 2023 hat', 'aus der Ukraine kommend auf dem "
              "Weg' and '7.500,- EUR' kept (rule 20); complete as stored, the stored copy ending after the second paragraph)",
    license=OTS_PUBLIC,
    paras=["Bremen (ots)", HB_P1, HB_P2],
    # the quotation before `erläutert Nicole Tödter, Leiterin des Hauptzollamts Bremen` and the one before `so Tödter
    # weiter` are hers (rules 30, 44); the driver's answer is reported without marks (rule 5); the role phrase names the
    # customs office and is no alias (rule 33)
    quotes=[(cut(HB_P2, "\"Regelmäßig", "gerichtet\""), TOEDTER),
            (cut(HB_P2, "\"Dabei haben", "diesem Fall\""), TOEDTER)],
    aliases={TOEDTER: ["Nicole Tödter", "Tödter"]})

# --- presseportal.de (ots), July 2022: Hauptzollamt Hannover, 55,000 cigarettes at the Auetal Nord service area ---

H_T = ("HZA-H: \"Zöllner mit richtigem Riecher\" - Zoll Hannover findet bei Kontrollen auf der Autobahn 2 55.000 "
       "Schmuggelzigaretten")
H_P1 = ("Beamte des Hauptzollamts Hannover bemerkten am vergangenen Mittwoch auf der Rastanlage Auetal Nord an der Autobahn 2 "
        "zwei Männer, wie sie auf einem polnischen LKW größere Kartons umladen wollten. Die anschließende Kontrolle der beiden "
        "Personen führte zur Sicherstellung von 55.000 Zigaretten mit polnischer Steuerbanderole.")
H_P2 = ("In der Mittagszeit des 29. Juni 2022 überwachten Zöllner des Hauptzollamts Hannover den fließenden Verkehr der "
        "Autobahn 2 in Fahrtrichtung Dortmund. Unter anderem bestreiften die Beamten auch die Rastanlage Auetal Nord. Dabei "
        "fielen ihnen zwei Männer an einem polnischen LKW auf. \"Die Personen standen auf einer Leiter und waren mit der "
        "Umladung von Kartons beschäftigt\", so Nils Haustein, Pressesprecher des Hauptzollamts Hannover. \"Meine erfahrenen "
        "Kolleginnen und Kollegen hatten den richtigen Riecher und schauten genauer hin\". Bei der Kontrolle des Fahrzeugs "
        "stellten sie in dem gerade entladenen Karton, im Führerhaus sowie in auf der Ladefläche befindlichen Kisten, unter "
        "Autoteilen versteckt, insgesamt 25.000 Zigaretten mit polnischer Steuerbanderole fest.")
H_P3 = ("\"Die zwischenzeitlich erfolgte Befragung führte zu der Erkenntnis, dass zu der zweiten Person ein weiterer LKW "
        "gehört\". Auch diesen überprüften die Zöllner. In der Folge konnten hier in Kunststoffboxen auf der Ladefläche, "
        "ebenfalls unter Autoteilen versteckt, weitere 30.000 Zigaretten mit polnischer Steuerbanderole aufgefunden werden.")
H_P4 = ("Aufgrund der Größe und des Gewichts der Behältnisse wurde für die Kontrolle der beiden Fahrzeuge das Technische "
        "Hilfswerk hinzugezogen.")

add(id="ho543-ots-2022-07-hza-hannover-auetal-richtiger-riecher",
    title=H_T,
    url="https://www.presseportal.de/blaulicht/pm/121231/5264733",
    retrieved="same address (release of the Hauptzollamt Hannover sent over news aktuell, July 2022 (the control of 29 June "
              "2022); the date prefix ' date 2022-07' and the newsroom label 'Hauptzollamt Hannover' dropped (rules 2541, "
              "3000); the headline with its service code 'HZA-H:' is the first line and the dateline 'Hannover, Auetal (ots)' "
              "a line of its own; the last paragraph 'Gegen die beiden 51 und 57 Jahre alten Männer … Der Steuerschaden "
              "beläu', cut off in the stored copy, dropped (rule 15); the full stops after the closing marks ('genauer "
              "hin\".', 'gehört\".') kept as published (rule 20))",
    license=OTS_PUBLIC,
    paras=["Hannover, Auetal (ots)", H_P1, H_P2, H_P3, H_P4],
    # the headline's marked noun phrase condenses the spokesman's `hatten den richtigen Riecher` and is his (rule 3112); the
    # quotation before `so Nils Haustein, Pressesprecher des Hauptzollamts Hannover` is his (rule 30), the cue-less one right
    # after it, in his first person (`Meine erfahrenen Kolleginnen und Kollegen`), continues him, and so does the cue-less
    # quotation that opens the next paragraph after the narrator's sentence on the find, the only voice the release quotes
    # (NOTES.md continuation; rule 3002); the role phrase names the customs office and is no alias (rule 33)
    quotes=[("\"Zöllner mit richtigem Riecher\"", HAUSTEIN),
            (cut(H_P2, "\"Die Personen", "beschäftigt\""), HAUSTEIN),
            (cut(H_P2, "\"Meine erfahrenen", "genauer hin\""), HAUSTEIN),
            (cut(H_P3, "\"Die zwischenzeitlich", "gehört\""), HAUSTEIN)],
    aliases={HAUSTEIN: ["Nils Haustein"]})

# --- presseportal.de (ots), November 2025: Hauptzollamt Frankfurt am Main, a wolf's fur at the airport ---

F_T = "HZA-F: Zoll am Frankfurter Flughafen stellt Wolfsfell im Reiseverkehr sicher"
F_P1 = ("Am 8. November kontrollierten Zollbedienstete am Frankfurter Flughafen das Gepäck von Reisenden aus Kasachstan. Als "
        "sie einen Mann im grünen Ausgang anhielten, wurde in seinem Koffer einen schwarzer Kleidersack festgestellt, in dem "
        "sich ein als Teppich hergerichtetes Wolfsfell befand. Artenschutzrechtliche Dokumente dafür konnte der Mann jedoch "
        "nicht vorlegen. Das Wolfsfell wurde sichergestellt, dem Reisenden droht ein Bußgeld wegen eines Verstoßes gegen "
        "artenschutzrechtliche Bestimmungen.")
F_P2 = ("Christine Straß, Pressesprecherin beim Hauptzollamt Frankfurt am Main:\" Gerade am Hotspot Frankfurter Flughafen mit "
        "Direktflügen aus aller Welt ist Artenschutz immer ein großes Thema. Es sind aber nicht immer nur die skrupellosen "
        "Händler, illegale Souvenirs werden häufig von Reisenden mitgebracht, oft auch aus Unwissenheit. Die Konsequenzen für "
        "die Betroffenen sind unangenehm und der Schaden für die Natur ist nicht mehr rückgängig zu machen. In jedem Fall "
        "drohen Bußgelder und die Sicherstellung des artengeschützten Tieres oder der Pflanze.\"")
F_H = "Zusatzinformation:"
F_P3 = ("Mit \"Artenschutz im Urlaub\" bieten die Zollverwaltung und das Bundesamt für Naturschutz eine "
        "Informationsmöglichkeit, mit der man sich vor der Reise feststellen kann, welche geschützten Tiere und Pflanzen sowie "
        "Erzeugnisse daraus Ihnen in den verschiedenen Urlaubsländern zum Kauf angeboten werden könnten.")

add(id="ho543-ots-2025-11-hza-frankfurt-wolfsfell-strass",
    title=F_T,
    url="https://www.presseportal.de/blaulicht/pm/121246/6155813",
    retrieved="same address (release of the Hauptzollamt Frankfurt am Main sent over news aktuell, 11 November 2025 by the "
              "store's date prefix ' date 2025-11-11', which is dropped with the newsroom label 'Hauptzollamt Frankfurt am "
              "Main' (rules 2541, 3000); the headline with its service code 'HZA-F:' is the first line and the dateline "
              "'Frankfurt am Main (ots)' a line of its own; the heading 'Zusatzinformation:' kept as a line (rule 2541); the "
              "published label with the space after the opening mark (':\" Gerade'), 'einen schwarzer Kleidersack', 'mit der "
              "man sich vor der Reise feststellen kann' and 'Ihnen' kept (rule 20); complete as stored, the stored copy ending "
              "after the last paragraph)",
    license=OTS_PUBLIC,
    paras=["Frankfurt am Main (ots)", F_P1, F_P2, F_H, F_P3],
    # the verbless label `Christine Straß, Pressesprecherin beim Hauptzollamt Frankfurt am Main:" …"` gives her the
    # paragraph in marks, the published space after the opening mark inside the span (rules 9, 20, 54, 265); the role phrase
    # names the customs office and is no alias (rule 33); the name of the information offer `"Artenschutz im Urlaub"` is
    # null (rules 2, 24); the traveller, whose missing papers are reported, says nothing
    quotes=[(cut(F_P2, "\" Gerade", "Pflanze.\""), STRASS),
            ("\"Artenschutz im Urlaub\"", None)],
    aliases={STRASS: ["Christine Straß"]})

# --- presseportal.de (ots), December 2025: Hauptzollamt Karlsruhe, cigarettes declared as empty aluminium boxes ---

KA_T = "HZA-KA: Als \"leere Aluboxen deklariert\""
KA_SUB = "Zoll entdeckt geschmuggelte Zigaretten in LKW-Auflieger"
KA_P1 = ("Am Abend des 1. Dezember 2025 entdeckten Beamte des Hauptzollamts Karlsruhe auf der Bundesautobahn 6 in einem aus "
         "Bulgarien kommenden LKW knapp 50.000 Stück Zigaretten, die als \"leere Aluboxen\" deklariert wurden.")
KA_P2 = ("Während der Kontrolle des bulgarischen Fahrzeugs, das mit Hilfe der mobilen Großröntgentechnik des Zolls überprüft "
         "wurde, zeigten sich bereits auf dem Röntgenbild deutliche Auffälligkeiten. Die Ladung entsprach augenscheinlich nicht "
         "den Angaben des 42-jährigen Fahrers. Bei der anschließenden Kontrolle des Laderaums fanden die Beamten mehrere "
         "Kartonagen, in denen die Zigaretten professionell verborgen waren.")
KA_P3 = ("\"Unsere Großröntgentechnik erlaubt es, innerhalb weniger Minuten einen kompletten LKW zu durchleuchten. Wenn dabei "
         "Strukturen sichtbar werden, die nicht zur angemeldeten Ladung passen, schauen wir natürlich ganz genau hin.\", "
         "erklärt Alina Holm, Sprecherin beim Hauptzollamt Karlsruhe. \"Dadurch können wir Schmuggelware in zumeist selbst "
         "gebauten aber auch konstruktionsbedingte Hohlräume der Fahrzeuge schnell erkennen und entsprechende Maßnahmen "
         "ergreifen.\", so Holm weiter.")
KA_P4 = "Vor Ort wurde gegen den Fahrer ein Steuerstrafverfahren eingeleitet und die Zigaretten wurden sichergestellt."
KA_P5 = "Der zu erwartende Steuerschaden beläuft sich auf über 10.000 Euro."
KA_P6 = "Die Ermittlungen dauern an."

add(id="ho543-ots-2025-12-hza-karlsruhe-leere-aluboxen-holm",
    title=KA_T,
    url="https://www.presseportal.de/blaulicht/pm/121249/6172923",
    retrieved="same address (release of the Hauptzollamt Karlsruhe sent over news aktuell, 5 December 2025 by the store's "
              "date prefix ' date 2025-12-05', which is dropped with the newsroom label 'Hauptzollamt Karlsruhe', the image "
              "furniture 'Bild-Infos' / 'Download' and the footer 'Original-Content von: Hauptzollamt Karlsruhe, übermittelt "
              "durch news aktuell' (rules 2541, 2790, 3000, 3110); the headline with its service code 'HZA-KA:' is the first "
              "line, the subtitle and the dateline 'Karlsruhe (ots)' lines of their own; the full stops inside the closing "
              "marks before the commas ('hin.\",', 'ergreifen.\",') and 'in zumeist selbst gebauten aber auch "
              "konstruktionsbedingte Hohlräume' kept (rule 20); complete as stored)",
    license=OTS_PUBLIC,
    paras=[KA_SUB, "Karlsruhe (ots)", KA_P1, KA_P2, KA_P3, KA_P4, KA_P5, KA_P6],
    # the declared description of the load in marks, `die als "leere Aluboxen" deklariert wurden`, and the headline's
    # marked `"leere Aluboxen deklariert"` are null (rule 3111); the quotation before `erklärt Alina Holm, Sprecherin beim
    # Hauptzollamt Karlsruhe` and the one before `so Holm weiter` are hers, each with the published full stop inside the
    # span (rules 20, 30, 44); the role phrase names the customs office and is no alias (rule 33); the driver, whose
    # `Angaben` the load did not match, says nothing in marks
    quotes=[("\"leere Aluboxen deklariert\"", None),
            ("\"leere Aluboxen\"", None),
            (cut(KA_P3, "\"Unsere", "ganz genau hin.\""), HOLM),
            (cut(KA_P3, "\"Dadurch", "ergreifen.\""), HOLM)],
    aliases={HOLM: ["Alina Holm", "Holm"]})
