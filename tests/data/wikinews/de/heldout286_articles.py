# Two-hundred-and-eighty-sixth held-out German real-news set (tests/data/heldout286-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1835-1839). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or page number, headline and
# two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-eighty-sixth held-out set": four articles of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (licence EESC_INFO), and one statement of
# the Secretary General of the Council of Europe on coe.int/de (licence COE, an excerpt of under 500 words). Stored copies
# are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


TIMMERMANS = "Frans Timmermans"
SULLIVAN = "Laura Sullivan"
DASSIS = "Georges Dassis"
LOISEAU = "Nathalie Loiseau"
JAHIER = "Luca Jahier"
BURIC = "Marija Pejčinović Burić"

# --- EWSA info, June 2019: the eighth European Citizens' Initiative Day ---

EBI19_SUB = ("„Die Kommission hat die moralische Verpflichtung, auf die EBI zu reagieren“, erklärte der Erste Vizepräsident "
             "Frans Timmermans")
EBI19_P2 = ("Laura Sullivan, Gründerin von WeMove.EU, wies in ihrem Einführungsreferat darauf hin, dass durch Cyberaktivismus "
            "große Gruppen mobilisiert werden können. So ließe sich auch besser öffentlich machen, was uns vereine und was uns "
            "allen am Herzen liege, wodurch Solidarität und Engagement in ganz Europa gefördert werden können. „Wir haben mehr "
            "gemeinsam, als uns oft bewusst ist“, betonte sie.")
EBI19_P3 = ("Der Erste Vizepräsident Frans Timmermans erläuterte die neuen Regeln für die Europäische Bürgerinitiative. In "
            "seiner Rede ging der Kommissar auf die politische Dimension der EBI ein: „Es besteht keine Verpflichtung, die "
            "Forderungen der Initiatoren einer Bürgerinitiative zu erfüllen. Allerdings hat die Kommission meiner Auffassung "
            "nach die moralische und politische Pflicht, zu reagieren und in eine politische Debatte einzutreten. Die Menschen "
            "erwarten klare Aussagen von uns, was getan werden sollte und was nicht getan werden kann.“")
EBI19_P5 = ("Motto des Tags der Europäischen Bürgerinitiative 2019 war „Digitale Stimmen“. Die digitale Generation wartet "
            "nicht auf Wahlen, um ihren Wünschen Ausdruck zu verleihen; vielmehr äußert sie ihre Anliegen jederzeit und bei "
            "jeder Gelegenheit.")

add(id="ho286-eesc-info-2019-06-ebi-tag-timmermans",
    title="Tag der Europäischen Bürgerinitiative eröffnet neues Kapitel der Bürgerbeteiligung in der EU",
    url="https://www.eesc.europa.eu/de/node/69555",
    retrieved="same address (stored article of EWSA info, June 2019, on the 8th European Citizens' Initiative Day of 2 April "
              "2019; the subtitle with the quotation of Frans Timmermans kept as a line of its own (rule 18); the last "
              "paragraph '„Einfach zu leugnen, was in der digitalen Welt geäußert wird, wäre ignorant und sogar dumm“, "
              "erklärte Christophe Lefèvre. „Die', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=[EBI19_SUB,
           "Christophe Lefèvre, EWSA-Mitglied und Vorsitzender der Ad-hoc-Gruppe Europäische Bürgerinitiative, eröffnete den "
           "8. Tag der Europäischen Bürgerinitiative am 2. April.",
           EBI19_P2,
           EBI19_P3,
           "Die neue Europäische Kommission stehe vor der Herausforderung, zu prüfen, wie Digitalisierung und Demokratie "
           "wirksam ineinandergreifen können, auch durch eine Neuerfindung der Demokratie, wie wir sie kennen, und ihre "
           "Anpassung an die heutige Welt.",
           EBI19_P5],
    # the subtitle's quotation is Timmermans's by its own cue (rule 1835); Sullivan's words by the pronoun cue `betonte
    # sie`; Timmermans's speech after the colon (`der Kommissar`); the day's motto is a title (rule 24); the paragraph on
    # the new Commission is unmarked indirect speech (rule 5)
    quotes=[("„Die Kommission hat die moralische Verpflichtung, auf die EBI zu reagieren“", TIMMERMANS),
            ("„Wir haben mehr gemeinsam, als uns oft bewusst ist“", SULLIVAN),
            (cut(EBI19_P3, "„Es besteht", "getan werden kann.“"), TIMMERMANS),
            ("„Digitale Stimmen“", None)],
    aliases={TIMMERMANS: ["Frans Timmermans", "der Erste Vizepräsident Frans Timmermans",
                          "Der Erste Vizepräsident Frans Timmermans", "der Kommissar"],
             SULLIVAN: ["Laura Sullivan", "Gründerin von WeMove.EU"]})

# --- EWSA info, July 2018: the seventh European Citizens' Initiative Day ---

EBI18_P4 = ("EWSA-Präsident Georges Dassis begrüßte die Kommissionsinitiative als großen Fortschritt mit Blick auf die "
            "Vereinfachung und Reduzierung des Verwaltungsaufwands, bedauerte jedoch, dass die Folgemaßnahmen in dem aktuellen "
            "Vorschlag zu kurz kämen. „Erfolgreiche Europäische Bürgerinitiativen müssen Auslöser für einen Dialog und "
            "geeignete Folgemaßnahmen auf EU-Ebene sein“, so die Forderung des Präsidenten.")

add(id="ho286-eesc-info-2018-07-ebi-tag-dassis",
    title="EBI-Tag: Wichtig ist eine echte Bürgerbeteiligung",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072018/articles/61641",
    retrieved="same address (stored article of EWSA info, July 2018, on the 7th European Citizens' Initiative Day; the last "
              "paragraph 'Der neue EWSA-Präsident Luca Jahier wies in seinem Impulsreferat … „Eine gut funktionierende EBI … "
              "wiederzubeleben. D', cut off in the stored copy inside Jahier's quotation, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Vor sechs Jahren wurde die Europäische Bürgerinitiative (EBI) aus der Taufe gehoben, die seitdem immer wieder "
           "Anlass zu konstruktiver Kritik und Forderungen nach Verbesserungen gegeben hat, insbesondere vonseiten des "
           "Europäischen Wirtschafts- und Sozialausschusses (EWSA) und anderer Institutionen. Nun hat die Europäische "
           "Kommission endlich Änderungen dieses wichtigen Instruments der partizipativen Demokratie vorgeschlagen.",
           "Auf dem 7. EBI-Tag des EWSA präsentierte der Erste Vizepräsident der Kommission, Frans Timmermans, die wichtigsten "
           "Neuerungen, darunter die Senkung der Altersgrenze für die Teilnahme von 18 auf 16 Jahre sowie die Vereinfachung "
           "der Anforderungen in Bezug auf die für die Unterzeichnung nötigen Daten.",
           "Der EBI-Tag 2018 stand unter dem Motto Zusammenarbeiten, das den Wert der Zusammenarbeit und der gemeinsamen "
           "Verantwortung für die Förderung einer aktiven Bürgerschaft unterstreichen soll.",
           EBI18_P4],
    # `so die Forderung des Präsidenten` names the president of the same paragraph (rule 1836)
    quotes=[(cut(EBI18_P4, "„Erfolgreiche", "EU-Ebene sein“"), DASSIS)],
    aliases={DASSIS: ["Georges Dassis", "EWSA-Präsident Georges Dassis", "des Präsidenten"]})

# --- EWSA info, April 2018: the French minister Nathalie Loiseau at the February plenary ---

LOI_P3 = ("„Es geht darum, den Unionsbürgern erneut die Chance zu geben, sich zu äußern, damit wir feststellen können, in "
          "welchen Bereichen die EU zu wenig präsent ist, in welchen sich die Menschen andere Maßnahmen der EU wünschen und "
          "in welchen die EU ihrer Ansicht nach vielleicht sogar zu stark eingreift“, so die Ministerin.")

add(id="ho286-eesc-info-2018-04-loiseau-buergerbefragung",
    title="EWSA wird eingeladen, sich an Emmanuel Macrons Vorhaben einer europaweiten Bürgerbefragung zu beteiligen",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042018/articles/59177",
    retrieved="same address (stored article of EWSA info, April 2018, on the speech of the French minister for European "
              "affairs at the EESC plenary of 15 February 2018; the last paragraph 'Die Ministerin teilte mit, dass sich "
              "bereits 24 EU-Staaten bereit erklärt haben, … Die Erg', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Dem EWSA kommt bei den vom französischen Präsidenten vorgeschlagenen öffentlichen Konsultationen eine "
           "entscheidende Rolle zu. Denn die täglich vom EWSA ergriffenen Initiativen, die der Zivilgesellschaft bei der "
           "Gestaltung Europas ein Mitspracherecht auf höchster Ebene ermöglichen, stehen grundsätzlich im Einklang mit der "
           "Idee, die den Konsultationen zugrunde liegt. Dies war die Botschaft der französischen Ministerin für europäische "
           "Angelegenheiten, Nathalie Loiseau, in ihrer Rede auf der Plenartagung des EWSA am 15. Februar in Brüssel.",
           "Die Ministerin erläuterte das Vorhaben des französischen Präsidenten Emmanuel Macron, in allen Mitgliedstaaten "
           "eine Reihe öffentlicher Konsultationen durchzuführen, um Europa auf der Grundlage der von der europäischen "
           "Bevölkerung formulierten Erwartungen und Vorschläge, aber auch Kritikpunkte und Bedenken neu zu gestalten.",
           LOI_P3,
           "Ziel ist es, über klassische Debatten, Online-Konsultationen und interaktive demokratische Veranstaltungen eine "
           "beträchtliche Zahl von Bürgern zu mobilisieren.",
           "EWSA-Präsident Georges Dassis begrüßte die Initiative und verwies dabei auf zwei groß angelegte Konsultationen – "
           "mit derselben Philosophie –, die der EWSA im Laufe der letzten beiden Jahre in den Mitgliedstaaten der EU "
           "durchgeführt hat, die eine zur Lage der Migranten und die andere zum Weißbuch zur Zukunft Europas."],
    # `so die Ministerin` resolves to the minister named in the first paragraph, not to Macron, whose plan she explains
    # (rule 1837)
    quotes=[(cut(LOI_P3, "„Es geht", "eingreift“"), LOISEAU)],
    aliases={LOISEAU: ["Nathalie Loiseau", "der französischen Ministerin für europäische Angelegenheiten",
                       "Die Ministerin", "die Ministerin"]})

# --- EWSA info, July 2018: the citizens' consultation at the EESC ---

KONS_P1 = ("An zwei Tagen (5./6. Mai) öffnete der Europäische Wirtschafts- und Sozialausschuss als Vertreter der "
           "Zivilgesellschaft seine Türen für die „Konsultationen der Bürgerinnen und Bürger zu Europa“, an denen ca. 100 "
           "Bürgerinnen und Bürger teilnahmen, die die Vielfalt der 27 EU-Mitgliedstaaten (ohne das Vereinigte Königreich) "
           "repräsentierten.")
KONS_P2 = ("Dieses Treffen war von der Europäischen Kommission auf Anregung der französischen Regierung und in Partnerschaft "
           "mit dem EWSA initiiert worden, der Gastgeber dieser „Premiere“ sein durfte.")
KONS_P4 = ("Seit dem 9. Mai ist der Fragebogen als „europaweites Instrument“ Gegenstand der von der Europäischen Kommission "
           "durchgeführten Online-Konsultation mit Blick auf den EU-Gipfel im Mai 2019 in Sibiu, an der sich alle Bürgerinnen "
           "und Bürger der EU beteiligen können.")
KONS_P5 = ("EWSA-Präsident Luca Jahier hob die Besonderheit dieses Projekts hervor, bei dem der Weg \"im Gehen entsteht\". "
           "Außerdem betonte er, dass über die von den Bürgern in Europa vorgeschlagenen Themen eine Debatte geführt werden "
           "müsse. Ferner versicherte der Präsident den Teilnehmern der Bürgerkonsultationen, dass ihre Ansichten gehört "
           "würden: „Die Vielfalt der Meinungen, der kulturelle und sprachliche Kontext schaffen den Reichtum unseres "
           "europäischen Raums.“")

add(id="ho286-eesc-info-2018-07-buergerkonsultationen",
    title="Bürgerinnen und Bürger im Zentrum der Debatte über die Zukunft Europas",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072018/articles/61880",
    retrieved="same address (stored article of EWSA info, July 2018, on the citizens' consultation of 5/6 May 2018 at the "
              "EESC; the two trailing spaces after 'sein durfte.' dropped; the mixed marks („…“ and \"…\") kept as published "
              "(rule 20); the last paragraph 'Nach Auffassung von Thierry Libaert, Mitglied der Gruppe III, dürfen die "
              "Bürgerkonsultationen nach der Abreise aus Brüssel nicht einfach in der Schublade verschwinden', cut off in the "
              "stored copy before its end, dropped (rule 15))",
    license=EESC_INFO,
    paras=[KONS_P1,
           KONS_P2,
           "Die Teilnehmer der Bürgerkonsultationen äußerten ihre Sorgen, Befürchtungen und Hoffnungen zum Europa von morgen. "
           "Aus ihren Beiträgen wurde ein Katalog mit 12 Fragen entwickelt, die den Europäerinnen und Europäern am Herzen "
           "liegen. Sie betreffen alle Lebensbereiche, wie etwa Arbeitslosigkeit, Bildung, Migration, Umwelt, Gesundheit, "
           "Verteidigung und Sicherheit. Kurzum hatte jeder Bürger die Gelegenheit, sich zur Zukunft Europas zu äußern.",
           KONS_P4,
           KONS_P5],
    # the event's name is a title (rule 24); `„Premiere“` and `„europaweites Instrument“` are the writer's marked words
    # (rule 1838); the partial `"im Gehen entsteht"` is Jahier's (rule 1839); his words after the colon are his
    # (`der Präsident`)
    quotes=[("„Konsultationen der Bürgerinnen und Bürger zu Europa“", None),
            ("„Premiere“", None),
            ("„europaweites Instrument“", None),
            ("\"im Gehen entsteht\"", JAHIER),
            (cut(KONS_P5, "„Die Vielfalt", "Raums.“"), JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier", "der Präsident"]})

# --- Council of Europe: statement of the Secretary General on the missile attack in Kremenchuk ---

KREM_P2 = ("„Der gestrige Raketenangriff der Russischen Föderation auf ein Einkaufszentrum in Krementschuk, Ukraine, war "
           "äußerst barbarisch. Dieses sinnlose Töten von Zivilpersonen stellt eine eklatante Missachtung von Menschenleben und "
           "der Werte dar, für die unsere Organisation steht.")
KREM_P3 = ("Nach seinem Ausschluss aus dem Europarat im März bleibt Russland bis zum 16. September ein Vertragsstaat der "
           "Europäischen Menschenrechtskonvention. Es ist entscheidend, dass die Verantwortlichen für diese schrecklichen Taten "
           "zur Verantwortung gezogen werden.“")

add(id="ho286-coe-2022-06-kremenchuk",
    title=None,
    url="https://coe.int/de/web/portal/-/council-of-europe-statement-on-missile-attack-in-kremenchuk?p_l_back_url="
        "%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D10",
    retrieved="same address (stored news item of the Council of Europe portal, a statement of the Secretary General on the "
              "Russian missile attack on a shopping centre in Kremenchuk, 2022, no date line in the stored copy; the stored copy begins with the "
              "first paragraph and shows no headline, so the text has no title line (rules 18, 32); complete, under 500 "
              "words)",
    license=COE,
    paras=["Die Generalsekretärin des 46 Staaten umfassenden Europarates, Marija Pejčinović Burić, hat heute die folgende "
           "Erklärung abgegeben:",
           KREM_P2,
           KREM_P3],
    # a two-paragraph statement after the colon cue: two quotations of the Secretary General (rule 935)
    quotes=[(KREM_P2, BURIC),
            (KREM_P3, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Die Generalsekretärin des 46 Staaten umfassenden Europarates"]})
