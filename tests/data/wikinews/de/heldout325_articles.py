# Three-hundred-and-twenty-fifth held-out German real-news set (tests/data/heldout325-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1940-1943). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number or URL slug,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-fifth held-out set": texts of the Deutsche Bundesbank on
# bundesbank.de (a press note of December 2014 and three speeches published under 'Presse > Reden', licence BUBA) and two
# month pages of the messenger service 'Deine tägliche Dosis Politik' of the Bundeszentrale für politische Bildung on
# bpb.de (licence BPB). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 93), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB, BUBA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WEIDMANN = "Jens Weidmann"
POEHL = "Karl Otto Pöhl"
KANT = "Immanuel Kant"
BEOBACHTER = "Beobachter/-innen"

# --- Deutsche Bundesbank: press note of December 2014 on the death of Karl Otto Pöhl ---

POEHL_P3 = ("\"Karl Otto Pöhl lieferte den Beleg, dass Preisstabilität und Wachstum auch in Zeiten großer geldpolitischer "
            "Herausforderungen keine Gegensätze sind, sondern Preisstabilität vielmehr die Grundlage für nachhaltiges "
            "Wachstum ist\", sagte Bundesbankpräsident Jens Weidmann. \"Mit ihm verlieren wir einen herausragenden "
            "Notenbanker, dem wir in der europäischen Währungsunion bis heute viel zu verdanken haben. Unser tief "
            "empfundenes Mitgefühl gilt jetzt seinen Angehörigen.\"")

add(id="ho325-buba-2014-12-pressenotiz-trauer-poehl",
    title="Bundesbank trauert um Karl Otto Pöhl",
    url="https://bundesbank.de/de/presse/pressenotizen/bundesbank-trauert-um-karl-otto-poehl-669580",
    retrieved="same address (press note of the Deutsche Bundesbank under 'Presse > Pressenotizen', December 2014; the "
              "stored copy is the whole note: headline and three paragraphs, nothing dropped)",
    license=BUBA,
    paras=["Die Deutsche Bundesbank trauert um ihren ehemaligen Präsidenten Dr. h. c. mult. Karl Otto Pöhl. Er war von 1977 "
           "bis 1979 Vizepräsident und von 1980 bis 1991 Präsident der Deutschen Bundesbank. Karl Otto Pöhl ist am 9. "
           "Dezember 2014 im Alter von 85 Jahren gestorben.",
           "Er trug maßgeblich dazu bei, dass die Unabhängigkeit der Bundesbank zum Modell für die Europäische Zentralbank "
           "wurde, ebenso wie die klare Ausrichtung auf das Ziel der Preisstabilität. Dieses Ziel war in seiner Zeit als "
           "Bundesbankpräsident stets Richtschnur seines Handelns.",
           POEHL_P3],
    # the second quotation follows the cue sentence without a cue of its own: the same speaker goes on (rule 1943)
    quotes=[(POEHL_P3[:POEHL_P3.index("ist\",") + len("ist\"")], WEIDMANN),
            (POEHL_P3[POEHL_P3.index("\"Mit ihm"):], WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann"]})

# --- Deutsche Bundesbank: Karl Otto Pöhl Lecture 2024 (speech) ---

LECT_P8 = ("Wie es seine Art war, scheute Karl Otto Pöhl weder Herausforderungen noch klare Worte. Er erklärte in aller "
           "Deutlichkeit, wo die Schwierigkeiten und Fallstricke der beiden Währungsunionen lagen. Zugleich ließ er keinen "
           "Zweifel daran, dass er sich mit Herzblut für ihren Erfolg einsetzte. Er schloss seine Rede damals mit den "
           "Worten: „Ich bin auch zuversichtlich, dass uns dies gelingen wird.“ Diese Kombination aus Klarheit, Tatkraft "
           "und Optimismus hat Karl Otto Pöhl ausgezeichnet – und mehr davon würde uns auch heute guttun, um die aktuellen "
           "Herausforderungen zu meistern.")

add(id="ho325-buba-2024-rede-poehl-lecture-stabiler-euro",
    title="Ein stabiler Euro in einem starken Europa Karl Otto Pöhl Lecture bei der Frankfurter Gesellschaft für Handel, "
          "Industrie und Wissenschaft",
    url="https://bundesbank.de/de/presse/reden/ein-stabiler-euro-in-einem-starken-europa-943112",
    retrieved="same address (speech published under 'Presse > Reden', 2024 (Pöhl's 95th year); the headline and the "
              "occasion line 'Karl Otto Pöhl Lecture bei …' run together in one line as stored (rule 18); the heading '1 "
              "Einleitung' and the salutation kept as lines of their own; the footnote mark '[1]' kept as stored; the "
              "paragraph 'Karl Otto Pöhl wäre dieses Jahr 95 Jahre alt geworden. … Bis heute wirkt seine Arbeit in der "
              "Delors-Kommiss', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Meine sehr verehrten Damen und Herren,",
           "herzlichen Dank für die Einladung. Es ist mir eine große Freude, heute bei Ihnen zu sein, und eine große Ehre, "
           "die Karl Otto Pöhl Lecture zu halten.",
           "Ich gratuliere Ihnen zu dieser Vortragsreihe. Vor neun Jahren feierte sie ihre Premiere in der "
           "Bundesbank-Hauptverwaltung in Hessen an der Taunusanlage. Seither haben verschiedene Persönlichkeiten ihre "
           "Sicht auf die Währungsunion präsentiert. Zwei werden uns in meiner Rede noch begegnen.",
           "Bleiben wir aber zunächst beim Namensgeber: Karl Otto Pöhl. Am 30. Mai 1990 sprach er als Präsident der "
           "Bundesbank vor der Frankfurter Gesellschaft, vielleicht sogar genau hier, an diesem Pult.[1]",
           "Es waren bewegte Zeiten: Die deutsch-deutsche Währungsunion war gerade beschlossen worden und musste binnen "
           "weniger Wochen umgesetzt werden. Zugleich hatte der Delors-Bericht den Übergang in eine Europäische "
           "Wirtschafts- und Währungsunion skizziert. Ihre erste Stufe trat am 1. Juli 1990 in Kraft. Die F.A.Z. schrieb "
           "damals, die Bundesbank stehe vor zwei beispiellosen historischen Herausforderungen.",
           LECT_P8],
    quotes=[("„Ich bin auch zuversichtlich, dass uns dies gelingen wird.“", POEHL)],
    aliases={POEHL: ["Karl Otto Pöhl", "Pöhl", "Präsident der Bundesbank"]})

# --- Deutsche Bundesbank: Jens Weidmann's address at the memorial for Karl Otto Pöhl (2015) ---

GEDENK_P11 = ("Immanuel Kant hat einmal gesagt: \"Wer im Gedächtnis seiner Lieben lebt, der ist nicht tot, der ist nur fern; "
              "tot ist nur, wer vergessen wird.\" Vergessen wird Karl Otto Pöhl nicht. Bei seinen Nächsten wird er ohnehin "
              "fortleben. Aber auch im Gedächtnis der Bundesbank wird er weiterleben – denn er hat in seinem Leben Großes "
              "bewirkt. Dies gibt uns Grund, dankbar zu sein und ihm ein ehrendes Andenken der Bundesbank zu bewahren.")

add(id="ho325-buba-2015-ansprache-weidmann-gedenkfeier-poehl",
    title="Ansprache von Jens Weidmann anlässlich der Gedenkfeier für Karl Otto Pöhl",
    url="https://bundesbank.de/de/presse/reden/ansprache-von-jens-weidmann-anlaesslich-der-gedenkfeier-fuer-karl-otto-"
        "poehl-664308",
    retrieved="same address (address of the Bundesbank President at the Bundesbank's memorial for Karl Otto Pöhl, published "
              "under 'Presse > Reden'; the heading '1 Begrüßung', the salutation lines and the three lines 'denen, die …' "
              "kept as lines of their own; the stored line break between 'wer vergessen wird.' and the closing mark of "
              "Kant's saying joined, so the mark ends the quotation on its line (rule 1941); the headings '2 Vermächtnis "
              "Karl Otto Pöhls' and '2.1 Herausforderungen der ersten Jahre im Amt' and the paragraph 'Karl Otto Pöhl hat "
              "die deut', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Sehr verehrte Frau Dr. Pöhl,",
           "liebe Familie von Karl Otto Pöhl,",
           "liebe Freunde und Wegbegleiter Karl Otto Pöhls,",
           "wir sind heute zusammengekommen, um auch in der Bundesbank Karl Otto Pöhls zu gedenken. Ich danke Ihnen, liebe "
           "Frau Dr. Pöhl, liebe Familie Pöhl herzlich für Ihr Kommen. Es hilft, beim Abschiednehmen zusammenzurücken, "
           "gemeinsam zurückzudenken, Erinnerungen auszutauschen.",
           "Und Sie geben mir Gelegenheit, Ihnen meine aufrichtige Anteilnahme am Tod Ihres Mannes und Vaters persönlich "
           "und stellvertretend für die gesamte Bundesbank auszusprechen. Vielleicht ist es für Sie zumindest ein gewisser "
           "Trost, zu sehen, wie vielen das gemeinsame Gedenken an Ihren Ehemann und Vater wichtig ist, –",
           "denen, die mit ihm eine Wegesstrecke gemeinsam gegangen sind,",
           "denen, die mit ihm persönlich verbunden waren, und",
           "denen, die Karl Otto Pöhl mit seinem Scharfsinn, seiner Urteilskraft und seinem Humor für sich einnehmen "
           "konnte.",
           "Für jeden von uns ist Karl Otto Pöhls Tod auf eine ganz eigene Art schmerzlich. Für die engsten Angehörigen "
           "reißt er eine Lücke, die kaum zu ertragen ist. Aber auch denjenigen, die Karl Otto Pöhl in den letzten Jahren "
           "nur gelegentlich begegnet sind oder die sein Tun sogar nur aus der Entfernung verfolgten, wird die mit seinem "
           "Tod entstandene Leerstelle immer wieder zu Bewusstsein kommen.",
           GEDENK_P11],
    quotes=[(GEDENK_P11[GEDENK_P11.index("\"Wer"):GEDENK_P11.index("wird.\"") + len("wird.\"")], KANT)],
    aliases={KANT: ["Immanuel Kant"]})

# --- Deutsche Bundesbank: the outgoing President's speech at the change in leadership (January 2022) ---

WECHSEL_P11 = ("Bei meiner Amtseinführung sprach ich mit Blick auf die Bundesbank von der „Kontinuität der Werte in einem sich "
               "wandelnden Umfeld“. Drei Faktoren hielt ich für unverzichtbar: Stabilitätskultur, Kompetenz und "
               "Unabhängigkeit.[1] Und daran hat sich bis heute nichts geändert.")

add(id="ho325-buba-2022-01-rede-wechsel-leitung",
    title="Rede anlässlich des Wechsels in der Leitung der Deutschen Bundesbank",
    url="https://bundesbank.de/de/presse/reden/rede-anlaesslich-des-wechsels-in-der-leitung-der-deutschen-bundesbank-883320",
    retrieved="same address (speech of the outgoing President at the change in the Bundesbank's leadership, January 2022, "
              "published under 'Presse > Reden'; the stored copy does not name the speaker; the headings '1 Einleitung' "
              "and '2 Wandel und Kontinuität' and the salutation lines kept as lines of their own; the footnote mark '[1]' "
              "kept as stored; the paragraph 'Dieser Ordnungsrahmen ist wegen der Auswirkungen … krisenanfällige', cut off "
              "in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Sehr geehrter Herr Minister Lindner,",
           "liebe Christine Lagarde,",
           "lieber Joachim Nagel,",
           "liebe Kolleginnen und Kollegen,",
           "meine Damen und Herren,",
           "schön, dass Sie heute mit dabei sein können, und schade, dass die Pandemie wieder einmal persönliche "
           "Begegnungen verhindert.",
           "Allerdings gehören virtuelle Treffen inzwischen ja längst zum Alltag. Es hat sich offenbar seit meiner "
           "Amtseinführung auch hier viel verändert. Damals war schon die Live-Übertragung der Feier eine Zeitungsmeldung "
           "wert.",
           "2 Wandel und Kontinuität",
           WECHSEL_P11,
           "Vor elf Jahren erschütterte die Staatsschuldenkrise gerade den Euroraum. Und die Nachwehen der Finanzkrise "
           "waren noch lange nicht ausgestanden.",
           "Letztlich hat der Euroraum diese Krise überwunden und es wurden zusätzliche Integrationsschritte gemacht. "
           "Allerdings stellt sich auch heute noch die Frage, die mich während meiner Amtszeit immer wieder beschäftigt "
           "hat und die ich in vielen Reden thematisiert habe: Wie kann sich die Währungsunion weiterentwickeln und "
           "gleichzeitig eine Stabilitätsunion bleiben?",
           "Von Vielen wird eine politische und fiskalische Union als Ziel gesehen und für die gemeinsame Währung wäre "
           "dies sicherlich ein konsistenter Rahmen. Aber in den Verträgen verankert ist eben ein dezentraler Rahmen, mit "
           "politisch, fiskalisch und wirtschaftlich weitgehend eigenverantwortlichen Mitgliedstaaten. Und es ist eine "
           "No-Bail-Out-Klausel genauso wie das Verbot der Staatsfinanzierung durch die Notenbank festgeschrieben worden."],
    # the speaker's own earlier words, but the kept text never names the `ich` of the speech (rule 1940)
    quotes=[("„Kontinuität der Werte in einem sich wandelnden Umfeld“", None)],
    aliases={})

# --- bpb, 'Deine tägliche Dosis Politik', May 2021 ---

MAI_P15 = ("Beobachter/-innen sprechen von einer \"historischen\" Entscheidung: Sie sehen in dem Beschluss den Grundstein für "
           "weitere Klagen weltweit. Dieser mache den Schutz zukünftiger Generationen vor Klimafolgen zu einer "
           "verfassungsrechtlich verbindlichen Kategorie.")

add(id="ho325-bpb-2021-05-dosis-politik-klimaschutzgesetz",
    title="Mai 2021 Deine tägliche Dosis Politik",
    url="https://bpb.de/kurz-knapp/taegliche-dosis-politik/332364/mai-2021",
    retrieved="same address (stored month page of the bpb's messenger service 'Deine tägliche Dosis Politik', May 2021; "
              "the furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen', the browser title 'Mai "
              "2021 | Deine tägliche Dosis Politik | bpb.de', the reading time '/ 22 Minuten zu lesen' and the image credit "
              "'(© bpb)' dropped (rules 19, 93); the heading line 'Mai 2021 Deine tägliche Dosis Politik' is the title "
              "(rule 18); the bullets '•' and their indentation dropped, each bullet a line of its own (rule 19); the "
              "bullet 'Auch aus der Politik kommt Lob: … begrüßten die Entscheid', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BPB,
    paras=["Hier findest du alle Beiträge vom Mai 2021.",
           "03.05.2021: Urteil des BVerfG zum Klimaschutzgesetz",
           "Guten Morgen!",
           "Rückenwind für den Klimaschutz: Das Bundesverfassungsgericht (BVerfG) hat letzte Woche entschieden, dass das "
           "deutsche Klimaschutzgesetz in Teilen gegen das Grundgesetz verstößt.",
           "Worum geht’s?",
           "2019 hat die Bundesregierung ein Klimaschutzgesetz – auf Grundlage des Pariser Klimaabkommens – beschlossen. "
           "Kernziel: Die CO2-Emmissionen bis zum Jahr 2030 um 55 Prozent im Vergleich zum Jahr 1990 zu reduzieren. Bis "
           "2050 soll D. zudem klimaneutral werden.",
           "Für einige junge Klimaschützer/-innen, etwa von Fridays for Future, war das nicht genug: Sie legten gegen das "
           "Gesetz Verfassungsbeschwerde ein. Aus ihrer Sicht verstoße es gegen Grund- und Freiheitsrechte.",
           "Die Karlsruher Richter/-innen gaben ihnen nun in Teilen Recht: Das Gesetz darf zwar bleiben, muss aber "
           "nachgebessert werden.",
           "Was bedeutet das konkret?",
           "Den Richter/-innen fehlten ausreichende Vorgaben für die CO2-Reduzierung für die Zeit ab 2031.",
           "Um das 1,5 Grad Ziel dann noch zu erreichen, seien dann immer dringendere Maßnahmen nötig. Die Last des "
           "Klimawandels würde auf nachfolgende Generationen abgewälzt. Und diese potenziell in ihrer Freiheit "
           "eingeschränkt.",
           "Bis Ende 2022 muss die Bundesregierung das Gesetz nachbessern und regeln, wie D. den Klimaschutz nach 2030 "
           "gestalten will.",
           "Und nun?",
           MAI_P15],
    quotes=[("\"historischen\"", BEOBACHTER)],
    aliases={BEOBACHTER: ["Beobachter/-innen"]})

# --- bpb, 'Deine tägliche Dosis Politik', June 2020 ---

JUNI_P9 = ("Tätigkeiten wie \"das Land zu spalten, die Staatsgewalt zu untergraben\" sowie \"terroristische Aktivitäten und "
           "anderes Verhalten, das die nationale Sicherheit ernsthaft gefährdet\" sollen unter Strafe gestellt werden.")

add(id="ho325-bpb-2020-06-dosis-politik-hongkong",
    title=None,
    url="https://bpb.de/kurz-knapp/taegliche-dosis-politik/310801/juni-2020",
    retrieved="same address (stored month page of the bpb's messenger service 'Deine tägliche Dosis Politik', June 2020; "
              "the stored copy begins with the first message's heading line and shows no page title, so the text has no "
              "title line (rules 18, 32); each line of the message kept as a line of its own (rule 19); the doubled "
              "closing mark after 'Ein Land, zwei Systeme' kept as stored (rule 1942); the line 'Externer Link: "
              "https://kurz.bpb.de/dtdp672' and the sign-off kept as part of the message; the second message "
              "(03.06.2020), its heading '03.06.2020: Heuschreckenplage', the greeting 'Guten Morgen!' and the paragraph "
              "'Hierzulande kennen wir sie oft nur als harmlose, hüpfende Insekten … riesige Schwär', cut off in the stored "
              "copy, dropped with its dangling heading (rule 15))",
    license=BPB,
    paras=["02.06.2020: Hongkong und Chinas Sicherheitsgesetz",
           "Guten Morgen!",
           "Trotz Corona sind Hongkongs Straßen gerade voller Protestierender. Denn: Vergangene Woche hat Chinas Nationaler "
           "Volkskongress Pläne für ein \"Sicherheitsgesetz\" beschlossen, das Hongkongs unabhängigen Status gefährdet.",
           "Was ist der Hintergrund?",
           "Hongkong ist eine ehemalige britische Kronkolonie.",
           "Bei der Machtübergabe von Großbritannien 1997 hatte China sich verpflichtet, Hongkong bis 2047 politische "
           "Freiheiten und wirtschaftliche Sonderrechte einzuräumen – nach dem Prinzip \"Ein Land, zwei Systeme\"\".",
           "Seit Sommer 2019 gibt es in Hongkong aber immer wieder Massenproteste gegen eine vermehrte Einflussnahme der "
           "kommunistischen Führung in Peking.",
           "Was hat es mit \"Sicherheitsgesetz\" auf sich?",
           JUNI_P9,
           "Die zentralchinesischen Sicherheitsbehörden könnten damit die Befugnis bekommen, Proteste oder Äußerungen in "
           "den Sozialen Medien gegen die chinesische Zentralregierung auch in Hongkong zu verfolgen.",
           "Bisher sind nur die vagen Pläne zum Gesetz verabschiedet, die Details sollen in den kommenden Monaten "
           "ausgearbeitet werden.",
           "Was sind die Reaktionen?",
           "Viele Staaten sehen nun Hongkongs Unabhängigkeit in Gefahr und kritisieren Chinas Vorgehen.",
           "Die USA haben angekündigt, Hongkongs vorteilhaften wirtschaftlichen Sonderstatus aufzuheben und Sanktionen "
           "gegen China (z. B. Einreiseverbote) zu verordnen.",
           "In Hongkong selbst ließ der Beschluss die Proteste der Demokratiebewegung weiter eskalieren.",
           "Mehr über Hongkong, seine Geschichte und Sonderstatus liest du hier:",
           "Externer Link: https://kurz.bpb.de/dtdp672",
           "Schöne Grüße",
           "Deine bpb-Online-Redaktion"],
    # the law's name twice, the principle's name with the stored doubled closing mark (rule 1942), and two wordings of
    # the planned law in a passive sentence that names no body (rule 1883)
    quotes=[("\"Sicherheitsgesetz\"", None, 0),
            ("\"Ein Land, zwei Systeme\"\"", None),
            ("\"Sicherheitsgesetz\"", None, 1),
            ("\"das Land zu spalten, die Staatsgewalt zu untergraben\"", None),
            ("\"terroristische Aktivitäten und anderes Verhalten, das die nationale Sicherheit ernsthaft gefährdet\"", None)],
    aliases={})
