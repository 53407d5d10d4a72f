# Two-hundred-and-ninety-fifth held-out German real-news set (tests/data/heldout295-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1865-1869). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-fifth held-out set": eight German news items of the Council of
# Europe portal coe.int/de (2013-2024: the Court's 60th anniversary of the Convention, a visit of the Commissioner for Human
# Rights to Greece, a speech of the Greek President before the Assembly, the election of PACE President Rousopoulos, the
# Deputy Secretary General meeting Iceland's Prime Minister, the Secretary General meeting Commissioner Reynders, the
# opening for signature of the AI Framework Convention, and Secretary General Berset's first speech to the Assembly)
# (licence COE: excerpts of under 500 words, reproduced unchanged with the Council of Europe credited). Stored copies are
# the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), page furniture is dropped (rules 14, 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SPIELMANN = "Dean Spielmann"
MIJATOVIC = "Mijatović"
SAKELLAROPOULOU = "Katerina Sakellaropoulou"
ROUSOPOULOS = "Theodoros Rousopoulos"
BERGE = "Bjørn Berge"
BURIC = "Marija Pejčinović Burić"
BERSET = "Alain Berset"

# --- coe.int/de, 2 September 2013: the Court marks the 60th anniversary of the Convention's entry into force ---

ECHR_P2 = ("Präsident Dean Spielmann verlieh seiner Freude Ausdruck und erklärte: „Die Vertreter der Länder, die ihre "
           "Ratifikationsurkunden hinterlegten, glaubten, dass die Konvention die Grundlage eines demokratischen Europas "
           "bilden und ein Werk des Friedens und der Freiheit sein wird. Sie sahen es als große Ehre für Luxemburg an, das "
           "Inkrafttreten dessen zu ermöglichen, was sie als ‚bislang schönstes europäisches Werk' beschrieben. 60 Jahre "
           "später streben wir jeden Tag danach, den Weg weiterzugehen, den sie uns vorgezeichnet haben.\"")

add(id="ho295-coe-2013-09-gerichtshof-60-jahre-konvention",
    title="Gerichtshof begeht 60. Jahrestag des Inkrafttretens der Europäischen Menschenrechtskonvention",
    url="https://coe.int/de/web/portal/-/court-celebrates-60th-anniversary-of-entry-into-force-of-european-convention-on-"
        "human-rights",
    retrieved="same address (news item of 2 September 2013; the link word 'Zurück' before the heading dropped; the label "
              "line 'Europäischer Gerichtshof für Menschenrechte' under the heading (the item's category) dropped (rules 14, "
              "93); the missing space in 'DieEuropäische Menschenrechtskonvention' kept as stored (rule 20); the link lines "
              "'Pressemitteilung' and 'Webseite des Europäischen Gerichtshofs für Menschenrechte', the place and date line "
              "'Straßburg 02/09/2013' and the page tools ('Diminuer la taille du texte', …, 'Der Europarat auf', "
              "'Facebook', '@coe auf Twitter') dropped (rule 14); complete, under 500 words)",
    license=COE,
    paras=["DieEuropäische Menschenrechtskonvention, die am 1. November 1950 in Rom unterzeichnet wurde, trat am 3. "
           "September 1953 in Kraft. Gemäß Artikel 59 der Konvention erfolgte dies, als das Großherzogtum Luxemburg als "
           "zehntes Land seine Ratifikationsurkunde hinterlegte.",
           ECHR_P2,
           "Seit 1953 wurden durch den gemäß der Europäischen Menschenrechtskonvention eingerichteten Mechanismus mehr als "
           "500 000 Beschwerden behandelt und etwa 16 500 Urteile durch den Gerichtshof verkündet."],
    quotes=[(cut(ECHR_P2, "„Die Vertreter", "vorgezeichnet haben.\""), SPIELMANN)],
    aliases={SPIELMANN: ["Dean Spielmann", "Präsident Dean Spielmann"]})

# --- coe.int/de: the Commissioner for Human Rights at the end of her visit to Greece (2018) ---

GR_P1 = ("\"Die Menschlichkeit und Gastfreundschaft, die die griechischen Bürger und Behörden den Migranten in den letzten "
         "Jahren entgegen gebracht haben, ist in der Tat lobenswert. Trotz dieser Bemühungen bleibt die Situation jedoch "
         "besorgniserregend und es muss noch viel mehr getan werden, um die Menschenrechte derjenigen zu schützen, die aus "
         "ihrem Land fliehen mussten \", eklärte heute die Menschenrechtskommissarin des Europarates am Ende ihres "
         "fünftägigen Besuchs in Griechenland, in dessen Mittelpunkt ebenfalls die Auswirkungen der Sparpolitik auf die "
         "Menschenrechte standen.")
GR_P2 = ("Angesichts des erheblichen Rückgangs der Zahl der Migranten, die in den letzten zwei Jahren nach Griechenland "
         "kamen, betonte der Kommissar, dass die derzeitigen Zahlen für Griechenland allein schwer zu bewältigen sind, "
         "Europa jedoch ohne größere Schwierigkeiten mit ihnen umgehen kann. \"Es ist höchste Zeit, dass alle "
         "Mitgliedstaaten des Europarates ihre Grundwerte vereinen und sich im Geiste der kollektiven Verantwortung und "
         "Solidarität mit diesem Thema befassen\", sagte Kommissarin Mijatović.")

add(id="ho295-coe-2018-mijatovic-griechenland-migranten",
    title=None,
    url="https://coe.int/de/web/portal/-/greece-immediate-action-needed-to-protect-human-rights-of-migrants?p_l_back_url="
        "%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D35",
    retrieved="same address (news item on Commissioner Dunja Mijatović's visit to Greece of June 2018, undated in the stored "
              "copy; the stored copy begins with the first paragraph and shows no heading, so the text has no title line "
              "(rules 18, 32); the straight double quotes, the space before the first closing mark ('fliehen mussten \"'), "
              "the spelling 'eklärte' and 'der Kommissar' for the Commissioner kept as stored (rule 20); complete, under 500 "
              "words)",
    license=COE,
    paras=[GR_P1, GR_P2],
    quotes=[(cut(GR_P1, "\"Die Menschlichkeit", "fliehen mussten \""), MIJATOVIC),
            (cut(GR_P2, "\"Es ist höchste", "befassen\""), MIJATOVIC)],
    aliases={MIJATOVIC: ["Mijatović", "Kommissarin Mijatović", "die Menschenrechtskommissarin des Europarates",
                         "der Kommissar"]})

# --- coe.int/de, 2022: speech of the Greek President before the Parliamentary Assembly ---

SAK_P2 = ("Sakellaropoulou, die als erste Frau die griechische Präsidentschaft innehat, erinnerte die Abgeordneten im Rahmen "
          "der Sommersitzung der Versammlung an die Wurzeln der Demokratie im antiken Griechenland und lobte den "
          "„demokratischen Symbolismus“ der Parlamentarischen Versammlung als Agora, als Marktplatz der Ideen. Dies stehe "
          "weiterhin im Zentrum ihrer politischen Identität.")
SAK_P3 = ("Russlands Aggression gegen die Ukraine stelle „einen direkten und frontalen Angriff auf die liberale Demokratie "
          "und europäische Werte“ dar, unterstrich sie und fügte hinzu: „Bei Russlands Einmarsch geht es nicht nur um das "
          "heldenhafte ukrainische Volk, das uns das beste Beispiel für Selbstverleugnung und Patriotismus liefert, sondern "
          "er geht uns alle an.“ Sie würdigte die „starke Botschaft der Einheit“ bei der Entscheidung, Russland aus dem "
          "Europarat auszuschließen. Sakellaropoulou unterstützte den Vorschlag der Versammlung, einen internationalen "
          "Ad-hoc-Strafgerichtshof einzurichten, um das Verbrechen der Aggression gegen die Ukraine zu untersuchen, und hob "
          "das Interesse Griechenlands an der Region Mariupol hervor, wo eine griechische Gemeinschaft von mehr als 100.000 "
          "Menschen „seit Jahrhunderten lebt“.")
SAK_P4 = ("Ebenso äußerte Sakellaropoulou ihre Unterstützung für die Abhaltung eines vierten Gipfels der Staats- und "
          "Regierungschefs über die Zukunft des Europarates. Dessen Erfolg hänge von „guter Vorbereitung und klarer "
          "Zielsetzung“ ab, erklärte sie.")

add(id="ho295-coe-2022-sakellaropoulou-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/greek-president-calls-for-a-strengthened-council-of-europe-to-face-russian-"
        "aggression-and-other-challenges?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D11",
    retrieved="same address (news item on the speech of President Katerina Sakellaropoulou at the summer session 2022 of the "
              "Parliamentary Assembly, undated in the stored copy; the stored copy begins with the first paragraph and shows "
              "no heading, so the text has no title line (rules 18, 32); the fifth paragraph ('Bezug nehmend auf das alle "
              "Lebensbereiche umfassende Problem des Klimawandels … nicht als „Vorwand“ dienen dürfe, um den ökologi'), cut "
              "off in the stored copy, and the rest dropped (rule 15))",
    license=COE,
    paras=["In einer Rede vor der Parlamentarischen Versammlung hat die griechische Präsidentin, Katerina Sakellaropoulou, "
           "zur Stärkung des Europarates und des Multilateralismus aufgerufen, um die zahlreichen Probleme, vor denen Europa "
           "heute steht, zu bewältigen – vom Krieg in der Ukraine bis zum Klimawandel und den wirtschaftlichen und sozialen "
           "Turbulenzen.",
           SAK_P2, SAK_P3, SAK_P4],
    quotes=[("„demokratischen Symbolismus“", SAKELLAROPOULOU),
            ("„einen direkten und frontalen Angriff auf die liberale Demokratie und europäische Werte“", SAKELLAROPOULOU),
            (cut(SAK_P3, "„Bei Russlands", "alle an.“"), SAKELLAROPOULOU),
            ("„starke Botschaft der Einheit“", SAKELLAROPOULOU),
            ("„seit Jahrhunderten lebt“", SAKELLAROPOULOU),
            ("„guter Vorbereitung und klarer Zielsetzung“", SAKELLAROPOULOU)],
    aliases={SAKELLAROPOULOU: ["Katerina Sakellaropoulou", "Sakellaropoulou", "die griechische Präsidentin"]})

# --- coe.int/de, January 2024: Theodoros Rousopoulos elected President of the Parliamentary Assembly ---

ROU_P2 = ("In seiner Antrittsrede erinnerte der neu gewählte Präsident an den 24. Februar 2022, an dem „wir alle Zeugen des "
          "grausamen, rücksichtslosen und ungerechtfertigten Angriffs Russlands – das damals Mitglied des Europarates war – "
          "auf ein freies Land, die Ukraine, waren“. Seitdem „leidet die ukrainische Bevölkerung, insbesondere die Kinder, "
          "und lebt jeden Tag in Todesangst statt in der Hoffnung auf Glück“, fügte er hinzu. „Es wird Sie nicht "
          "überraschen, wenn ich Ihnen sage, dass während meiner Präsidentschaft die Ukraine und die Rechenschaftspflicht "
          "für die schrecklichen Verbrechen, die auf ihrem Territorium begangen wurden, meine oberste Priorität sein "
          "werden“, so Rousopoulos.")
ROU_P3 = ("„Unsere Organisation ist jeden Tag mit dem mangelnden Interesse an Menschenrechten konfrontiert, mit "
          "Unterdrückung, die durch das Fehlen demokratischer Ideale verursacht wird, selbst in Ländern, die ihre Führung "
          "demokratisch wählen“, sagte Rousopoulos. „Wir sind hier, um sie an das zu erinnern, was sie mit der "
          "Ratifizierung der Europäischen Menschenrechtskonvention und all den anderen Verpflichtungen, die sie gemeinsam "
          "entworfen und geschaffen haben, unterschrieben haben“, fügte er hinzu.")

add(id="ho295-coe-2024-01-rousopoulos-pace-praesident",
    title="Theodoros Rousopoulos zum Präsidenten der Parlamentarischen Versammlung gewählt",
    url="https://coe.int/de/web/portal/-/theodoros-rousopoulos-elected-pace-president?p_l_back_url=%2Ffr%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D75%26start%3D5",
    retrieved="same address (news item of January 2024, undated in the stored copy; the link word 'Zurück' before the "
              "heading dropped and the heading, which the stored copy gives twice, kept once (rule 93); the fourth "
              "paragraph ('Unter den Fragen, die von den europäischen Staats- und Regierungschefs … „liegen mir einige "
              "besonders am Herzen“, erklärte er. Die '), cut off in the stored copy, and the rest dropped (rule 15))",
    license=COE,
    paras=["Theodoros Rousopoulos (Griechenland, EPP/DC) ist zum Präsidenten der Parlamentarischen Versammlung des "
           "Europarates (PACE) gewählt worden. Als Nachfolger von Tiny Kox (Niederlande, UEL) ist er der 35. Präsident der "
           "PACE seit 1949 und der erste griechische Staatsbürger, der dieses Amt innehat. Die Amtszeit des Präsidenten "
           "beträgt ein Jahr und kann einmal verlängert werden.",
           ROU_P2, ROU_P3],
    quotes=[(cut(ROU_P2, "„wir alle Zeugen", "Ukraine, waren“"), ROUSOPOULOS),
            (cut(ROU_P2, "„leidet die", "auf Glück“"), ROUSOPOULOS),
            (cut(ROU_P2, "„Es wird Sie", "sein werden“"), ROUSOPOULOS),
            (cut(ROU_P3, "„Unsere Organisation", "demokratisch wählen“"), ROUSOPOULOS),
            (cut(ROU_P3, "„Wir sind hier", "unterschrieben haben“"), ROUSOPOULOS)],
    aliases={ROUSOPOULOS: ["Theodoros Rousopoulos", "Rousopoulos", "der neu gewählte Präsident"]})

# --- coe.int/de, January 2023: the Deputy Secretary General meets Iceland's Prime Minister ---

ICE_P1 = ("Der Stellvertretende Generalsekretär, Bjørn Berge, hat die Führungsrolle Islands bei seinem Vorsitz im "
          "Europarat begrüßt, dessen Schwerpunkt und thematische Prioritäten „um unsere Werte herum vereinen“, insbesondere "
          "die Themen Gleichstellung, Jugend und Umwelt.")

add(id="ho295-coe-2023-berge-island-reykjavik",
    title=None,
    url="https://coe.int/de/web/portal/-/icelandic-presidency-and-reykjavik-summit-an-historical-opportunity-deputy-"
        "secretary-general-tells-prime-minister-jakobsd%C3%B3ttir",
    retrieved="same address (news item of the winter session 2023 of the Parliamentary Assembly, undated in the stored copy; "
              "the stored copy begins with the first paragraph and shows no heading, so the text has no title line (rules "
              "18, 32); complete, under 500 words)",
    license=COE,
    paras=[ICE_P1,
           "Bei dem Treffen mit der isländischen Premierministerin, Katrín Jakobsdóttir, anlässlich der Sitzung der "
           "Parlamentarischen Versammlung unterstrich der Stellvertretende Generalsekretär die Bedeutung der Unterstützung "
           "für die Ukraine und legte den Beitrag der Organisation zum neuen Aktionsplan zur Gewährleistung von "
           "Widerstandsfähigkeit, Erholung und Wiederaufbau dar sowie ihre Arbeit an einem System, um Russland für seine "
           "Verbrechen der Aggression zu Rechenschaft zu ziehen, welches auf den Normen des Europarates und der "
           "Rechtsprechung des Europäischen Gerichtshofs für Menschenrechte beruht. Islands Vorsitz und sein umfangreiches "
           "Programm seien von großer Bedeutung und seine Führungsrolle bei der Vorbereitung des kommenden Gipfeltreffens am "
           "16. und 17. Mai in Reykjavik stelle eine historische Gelegenheit dar, erklärte er."],
    quotes=[("„um unsere Werte herum vereinen“", BERGE)],
    aliases={BERGE: ["Bjørn Berge", "Der Stellvertretende Generalsekretär", "der Stellvertretende Generalsekretär"]})

# --- coe.int/de: the Secretary General meets the European Commissioner for Justice (2023) ---

add(id="ho295-coe-2023-buric-reynders-ki",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-meets-european-commissioner-for-justice?p_l_back_url=%2Fen%2Fweb"
        "%2Fportal%2Fnewsroom%3Fdelta%3D4%26start%3D130",
    retrieved="same address (news item on Secretary General Marija Pejčinović Burić meeting Commissioner Didier Reynders, "
              "undated in the stored copy; the stored copy begins with the first paragraph and shows no heading, so the "
              "text has no title line (rules 18, 32); complete, under 500 words)",
    license=COE,
    paras=["Generalsekretärin Marija Pejčinović Burić hat den Europäischen Kommissar für Justiz, Didier Reynders, "
           "getroffen. Im Mittelpunkt des Treffens stand die Zusammenarbeit zwischen dem Europarat und der Europäischen "
           "Union und die derzeitige Ausarbeitung des Übereinkommens über künstliche Intelligenz.",
           "Die Generalsekretärin unterstrich die Tradition der Organisation als Pionierin bei der Festlegung von Normen "
           "und weltweit beachteter Maßstäbe und betonte gleichzeitig die Relevanz der künstlichen Intelligenz (KI) für "
           "Menschenrechte, Demokratie und Rechtsstaatlichkeit.",
           "Während des Meinungsaustauschs hoben Pejčinović Burić und Reynders die Komplementarität des „KI-Gesetzes“ der "
           "Europäischen Union und des künftigen Übereinkommens des Europarates hervor, die der Entwicklung digitaler "
           "Technologien zum Wohle der Menschen dienen sollen."],
    quotes=[("„KI-Gesetzes“", None)],
    aliases={})

# --- coe.int/de, 5 September 2024: the AI Framework Convention opened for signature in Vilnius ---

AI_P3 = ("Die Generalsekretärin des Europarates, Marija Pejčinović Burić, erklärte: „Wir müssen sicherstellen, dass der "
         "zunehmende Einsatz von KI unsere Normen bewahrt, anstatt sie zu untergraben. Das Rahmenübereinkommen soll genau "
         "das gewährleisten. Es ist ein starker und ausgewogener Text – das Ergebnis des offenen und inklusiven Ansatzes, "
         "mithilfe dessen es ausgearbeitet wurde und der dazu führte, dass es von vielfältigen und fachkundigen "
         "Perspektiven geprägt ist. Das Rahmenübereinkommen ist ein offener Vertrag mit einer potenziell globalen "
         "Reichweite. Ich hoffe, dass dies die ersten von vielen Unterschriften sein werden und dass ihnen rasch "
         "Ratifizierungen folgen werden, damit der Vertrag so bald wie möglich in Kraft treten kann.“")

add(id="ho295-coe-2024-09-ki-rahmenuebereinkommen-zeichnung",
    title="Europarat legt ersten globalen Vertrag über KI zur Zeichnung auf",
    url="https://coe.int/de/web/portal/-/council-of-europe-opens-first-ever-global-treaty-on-ai-for-signature?p_l_back_url="
        "%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D4%26start%3D3",
    retrieved="same address (news item of 5 September 2024, undated in the stored copy; the link word 'Zurück' before the "
              "heading dropped and the heading, which the stored copy gives twice, kept once (rule 93); the fourth "
              "paragraph ('Der Vertrag bietet einen Rechtsrahmen, … Damit der Vertrag auch in Zukun'), cut off in the stored "
              "copy, and the rest dropped (rule 15))",
    license=COE,
    paras=["Das Rahmenübereinkommen des Europarates über künstliche Intelligenz und Menschenrechte, Demokratie und "
           "Rechtsstaatlichkeit (SEV Nr. 225) ist während einer Konferenz der Justizministerinnen und -minister des "
           "Europarates in Vilnius zur Zeichnung aufgelegt worden. Es handelt sich um den ersten rechtsverbindlichen "
           "internationalen Vertrag, der sicherstellen soll, dass der Einsatz von KI-Systemen in vollem Umfang im Einklang "
           "mit Menschenrechten, Demokratie und Rechtsstaatlichkeit steht.",
           "Das Rahmenübereinkommen wurde von Andorra, Georgien, Island, Norwegen, der Republik Moldau, San Marino, dem "
           "Vereinigten Königreich, Israel, den Vereinigten Staaten von Amerika und der Europäischen Union (in ihrem Namen "
           "sowie im Namen ihrer 27 Mitgliedsstaaten) unterzeichnet.",
           AI_P3],
    quotes=[(cut(AI_P3, "„Wir müssen", "treten kann.“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Die Generalsekretärin des Europarates"]})

# --- coe.int/de, October 2024: Secretary General Berset's first speech to the Parliamentary Assembly ---

BER_P1 = ("„Die kombinierten Auswirkungen der Kriege, zusammen mit dem Klimawandel und der demokratischen Erosion, sind eine "
          "beispiellose Herausforderung für unsere Gesellschaften. Eine Herausforderung, die ich als the perfect storm zu "
          "beschreiben versucht habe. Angesichts dieser Herausforderung hat der Europarat bereits seine Stärke, seine große "
          "Erfahrung, seine Agilität und seine Reaktionsfähigkeit unter Beweis gestellt. Ob es um die Bekämpfung der "
          "Schleusung von Migranten, den Umweltschutz oder die künstliche Intelligenz geht – der Europarat hat oft den Weg "
          "gewiesen. Unser neues Übereinkommen über künstliche Intelligenz, das vor Kurzem zur Zeichnung aufgelegt wurde, "
          "ist ein perfektes Beispiel dafür“, erklärte der Generalsekretär des Europarates, Alain Berset, als er zum ersten "
          "Mal in seiner neuen Funktion bei der Herbstplenarsitzung der Parlamentarischen Versammlung des Europarates eine "
          "Rede hielt.")

add(id="ho295-coe-2024-10-berset-herbstsitzung-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/le-secr%C3%A9taire-g%C3%A9n%C3%A9ral-souligne-le-r%C3%B4le-crucial-du-conseil-de-"
        "l-europe-lors-de-la-session-pl%C3%A9ni%C3%A8re-d-automne-de-l-assembl%C3%A9e?p_l_back_url=%2Fit%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D75%26start%3D1",
    retrieved="same address (news item on the autumn session of October 2024, undated in the stored copy; the stored copy "
              "begins with the first paragraph and shows no heading, so the text has no title line (rules 18, 32); the "
              "unmarked English words 'the perfect storm' kept as stored; the third paragraph ('„In einer Welt, die "
              "Zentrifugalkräften ausgesetzt ist, … ein Dialog, der die Vielfalt achtet, ab'), cut off in the stored copy "
              "inside its quotation, and the rest dropped (rule 15))",
    license=COE,
    paras=[BER_P1,
           "Der Generalsekretär unterstrich die entscheidende Rolle des Europarates – der sein 75-jähriges Bestehen feiert "
           "–, indem er den europäischen Bürgerinnen und Bürgern eine Zukunft in Frieden, Stabilität, Wohlstand, Sicherheit "
           "und Würde garantiert. Es wurden auch die drei Prioritäten seiner Amtszeit hervorgehoben: Unterstützung für die "
           "Ukraine, Maßnahmen zur Neubelebung der Demokratie und Förderung der Einheit der europäischen Familie in all "
           "ihrer Vielfalt."],
    quotes=[(cut(BER_P1, "„Die kombinierten", "Beispiel dafür“"), BERSET)],
    aliases={BERSET: ["Alain Berset", "der Generalsekretär des Europarates", "Der Generalsekretär"]})
