# Two-hundred-and-ninety-first held-out German real-news set (tests/data/heldout291-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1845-1848). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number, headline and two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-first held-out set": eight articles of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (2021-2025; licence EESC_INFO). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHWENG = "Christa Schweng"
JOHANSSON = "Ylva Johansson"
MALLIA = "Stefano Mallia"
SUICA = "Dubravka Šuica"
MAYDELL = "Eva Maydell"
BEAUNE = "Clément Beaune"
# the Committee as speaker: the fullest form the text uses (rule 1846)
EWSA = "Europäische Wirtschafts- und Sozialausschuss"

# --- EWSA info, May 2022: resolution on the war in Ukraine, debate with Ylva Johansson ---

UKR_P4 = ("Zur Eröffnung der Debatte betonte EWSA-Präsidentin Christa Schweng: „Die Invasion ist eine Bedrohung für Europas "
          "Sicherheit und Werte. Die EU hat sich völlig zu Recht ganz klar auf die Seite der Ukraine gestellt und reagiert "
          "geschlossen und solidarisch“.")
UKR_P5 = ("Die EU-Kommissarin für Inneres Ylva Johansson hob die äußerst wichtige Rolle des EWSA hervor, dessen Sachverstand "
          "vor Ort genutzt werden müsse. Europa habe bislang 3,5 Millionen ukrainische Flüchtlinge, darunter 1,8 Millionen "
          "Kinder, aufgenommen. Die beispiellose Solidarität der Zivilgesellschaft mit den Menschen, die vor dem Krieg in der "
          "Ukraine fliehen, sei bemerkenswert und mache „uns alle stolz darauf, Europäer zu sein“, so Johansson.")
UKR_P7 = ("Stefano Mallia, Vorsitzender der Gruppe Arbeitgeber im EWSA, erklärte: „Wir begrüßen in unserer Entschließung die "
          "bisher ergriffenen humanitären Maßnahmen, fordern aber die Mitgliedstaaten nachdrücklich auf, mehr zu tun, um der "
          "Ukraine zu helfen“.")

add(id="ho291-eesc-info-2022-05-entschliessung-ukraine-johansson",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/052022/articles/98106",
    retrieved="same address (stored article of EWSA info, May 2022, on the resolution on the war in Ukraine adopted at the "
              "plenary of 24 March 2022; the stored copy begins with the first paragraph and shows no headline, so the text "
              "has no title line (rules 18, 32); the last paragraph 'Oliver Röpke, Vorsitzender der Gruppe Arbeitnehmer, "
              "sagte: „Für mich ist eine der Kernbotschaften, dass sich die internati', cut off in the stored copy inside "
              "the quotation, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Der Europäische Wirtschafts- und Sozialausschuss verabschiedete am 24. März vor dem Hintergrund eines "
           "Gipfeltreffens des Europäischen Rates zum Krieg als Top-Thema eine Entschließung zum Krieg in der Ukraine und "
           "seinen wirtschaftlichen, sozialen und ökologischen Auswirkungen.",
           "Das EWSA-Plenum verabschiedete die Entschließung im Anschluss an eine Debatte mit der EU-Kommissarin für "
           "Inneres, Ylva Johansson, und mehreren führenden Vertretern der ukrainischen und der russischen "
           "Zivilgesellschaft.",
           "Die EWSA-Mitglieder brachten ihre Solidarität mit der Ukraine zum Ausdruck und betonten die Rolle der "
           "Zivilgesellschaft bei der Unterstützung der ukrainischen Bevölkerung und Flüchtlinge.",
           UKR_P4,
           UKR_P5,
           "Die Vorsitzenden der drei Gruppen im EWSA, die die Entschließung als Berichterstatter erarbeitet hatten, hoben "
           "die großen Herausforderungen hervor, vor denen Europa infolge des Krieges steht.",
           UKR_P7],
    # colon cues for Schweng and Mallia (the full stop after the closing mark is outside the span); Johansson's partial
    # quotation inside her reported speech is hers by `so Johansson` (rule 1847)
    quotes=[(cut(UKR_P4, "„Die Invasion", "solidarisch“"), SCHWENG),
            ("„uns alle stolz darauf, Europäer zu sein“", JOHANSSON),
            (cut(UKR_P7, "„Wir begrüßen", "zu helfen“"), MALLIA)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng"],
             JOHANSSON: ["Ylva Johansson", "Johansson", "EU-Kommissarin für Inneres", "Die EU-Kommissarin für Inneres Ylva "
                         "Johansson"],
             MALLIA: ["Stefano Mallia", "Vorsitzender der Gruppe Arbeitgeber im EWSA"]})

# --- EWSA info, July 2021: the EESC's start of its work for the Conference on the Future of Europe ---

COFOE_P3 = ("Wie EWSA-Präsidentin Christa Schweng erklärte, wird der Ausschuss in allen Mitgliedstaaten Initiativen zur "
            "Sensibilisierung der Öffentlichkeit durchführen, damit alle Meinungen ausgewogen vertreten sind: „Wir werden "
            "Arbeitgeber, Arbeitnehmer und die gesamte organisierte Zivilgesellschaft einbeziehen und ihre Standpunkte auf "
            "der Konferenz zur Zukunft Europas darlegen.“ Außerdem verwies sie auf die kürzlich verabschiedete Entschließung "
            "des EWSA, in der ein neues Narrativ für Europa vorgeschlagen wird.")
COFOE_P4 = ("Laut Kommissionsvizepräsidentin Dubravka Šuica hat sich die Politik in der Europäischen Union verändert: „Zum "
            "ersten Mal stehen dank dieser Konferenz die Bürgerinnen und Bürger im Mittelpunkt der europäischen "
            "Politikgestaltung. Über die Konferenz können Bürger und Zivilgesellschaft ihre künftige Europäische Union "
            "gemeinsam mitgestalten.“")
COFOE_P5 = "MdEP Eva Maydell betonte: „Unser Job ist es, den Bürgern den Sinn der Konferenz zur Zukunft Europas zu verdeutlichen.“"

add(id="ho291-eesc-info-2021-07-cofoe-konsultationen",
    title="Konferenz zur Zukunft Europas: EWSA-Konsultationen in allen Ecken Europas",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072021/articles/90549",
    retrieved="same address (stored article of EWSA info, July 2021, on the EESC's live question session opening its work "
              "for the Conference on the Future of Europe; the page header 'European Economic and Social Committee' above "
              "the headline dropped (rule 14); the last paragraph 'Die Arbeiten des EWSA zu einem neuen Narrativ für Europa "
              "… Séamus Boland (Vielfal', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Die Präsidentin des Europäischen Wirtschafts- und Sozialausschusses Christa Schweng gab den Startschuss zu den "
           "offiziellen Tätigkeiten des Ausschusses im Zusammenhang mit der Konferenz zur Zukunft Europas (CoFoE) mit einer "
           "Live-Fragerunde. In der Veranstaltung #CoFoE – Das europäische Projekt wieder bei den Bürgerinnen und Bürgern "
           "verankern wurden die Standpunkte und Erwartungen der organisierten Zivilgesellschaft mit Blick auf die Konferenz "
           "dargelegt. Zudem wurde betont, wie wichtig es ist, mit Menschen außerhalb der Brüsseler Blase "
           "zusammenzuarbeiten, und ein Brainstorming zur Vorbereitung der bevorstehenden Bürgerkonsultationen abgehalten.",
           COFOE_P3,
           COFOE_P4,
           COFOE_P5],
    # Schweng's words after the colon of a `Wie X erklärte, …:` sentence; Šuica's after the colon of a `Laut X …:`
    # sentence (rule 1845); Maydell's after `betonte:`
    quotes=[(cut(COFOE_P3, "„Wir werden", "darlegen.“"), SCHWENG),
            (cut(COFOE_P4, "„Zum", "mitgestalten.“"), SUICA),
            (cut(COFOE_P5, "„Unser", "verdeutlichen.“"), MAYDELL)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng",
                       "Die Präsidentin des Europäischen Wirtschafts- und Sozialausschusses Christa Schweng"],
             SUICA: ["Dubravka Šuica", "Kommissionsvizepräsidentin Dubravka Šuica"],
             MAYDELL: ["Eva Maydell", "MdEP Eva Maydell"]})

# --- EWSA info, April 2022: conference "Europa gemeinsam gestalten" ---

EGG_P3 = ("„Die Aggression gegen die Ukraine und ihre Bevölkerung führt uns vor Augen, wie wichtig es ist, das Projekt Europa "
          "und europäische Grundwerte wie Frieden, Freiheit und Demokratie weiter zu festigen“, so Präsidentin Schweng.")
EGG_P6 = ("Clément Beaune, Staatssekretär für europäische Angelegenheiten beim französischen Minister für Europa und "
          "auswärtige Angelegenheiten, unterstrich in einer abschließenden Erklärung: „Zur Umsetzung der Vorschläge der "
          "Bürgerinnen und Bürger sind Debatten und institutionelle Entscheidungen erforderlich. Der EWSA wird sich dafür "
          "einsetzen, dass dies auch zur Zufriedenheit aller geschieht.“")

add(id="ho291-eesc-info-2022-04-europa-gemeinsam-gestalten",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042022/articles/97118",
    retrieved="same address (stored article of EWSA info, April 2022, on the EESC conference 'Europa gemeinsam gestalten' "
              "near the end of the Conference on the Future of Europe; the stored copy begins with the first paragraph and "
              "shows no headline, so the text has no title line (rules 18, 32); a trailing space after 'Plattform der "
              "Konferenz.' dropped; the last paragraph 'Der EWSA spielt bei der Konfer', cut off in the stored copy, "
              "dropped (rule 15))",
    license=EESC_INFO,
    paras=["Der Europäische Wirtschafts- und Sozialausschuss (EWSA) veranstaltete eine Konferenz zum Thema „Europa "
           "gemeinsam gestalten“. Mit Blick auf den nahenden Abschluss der Konferenz zur Zukunft Europas sollten dabei die "
           "bisherigen Arbeiten des Ausschusses zusammengefasst und der aktuelle Sachstand, die bevorstehenden "
           "Herausforderungen sowie die Ziele für die Zukunft erörtert werden.",
           "Eröffnet wurde die Debatte von EWSA-Präsidentin Christa Schweng, die die jüngsten historischen Entwicklungen in "
           "der Ukraine ansprach und auf die einleitende Frage einging, ob nun der richtige Zeitpunkt sei, um über die "
           "Zukunft Europas zu diskutieren.",
           EGG_P3,
           "Die Konferenz stelle eine wichtige Gelegenheit dar, die aktuelle Lage zu beurteilen und eine Bilanz der "
           "vergangenen Monate zu ziehen.",
           "Der EWSA hat in allen Mitgliedstaaten Initiativen zur Sensibilisierung der Öffentlichkeit durchgeführt, um eine "
           "ausgewogene Vertretung aller gesellschaftlichen Gruppen zu gewährleisten und Arbeitgeber, Arbeitnehmer und die "
           "gesamte organisierte Zivilgesellschaft einzubeziehen, damit deren Standpunkte auf der Konferenz zur Zukunft "
           "Europas eingebracht werden. Darüber hinaus verabschiedete der Ausschuss eine Entschließung zu einem neuen "
           "Narrativ für Europa und veröffentlichte verschiedene Beiträge auf der Online-Plattform der Konferenz.",
           EGG_P6],
    # the conference theme is a title (rule 24); `so Präsidentin Schweng` names the president of the paragraph before;
    # the unmarked paragraph `Die Konferenz stelle …` is indirect speech (rule 5); Beaune's statement after the colon
    quotes=[("„Europa gemeinsam gestalten“", None),
            (cut(EGG_P3, "„Die Aggression", "festigen“"), SCHWENG),
            (cut(EGG_P6, "„Zur Umsetzung", "geschieht.“"), BEAUNE)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng", "Präsidentin Schweng"],
             BEAUNE: ["Clément Beaune", "Staatssekretär für europäische Angelegenheiten"]})

# --- EWSA info, June 2021: the EESC at the Porto Social Summit ---

POR_P4 = ("„Durch unser Handeln können wir Europa wiederaufbauen. Wir können aber sogar noch mehr tun: Wir können dafür "
          "sorgen, dass Europa wieder floriert! Damit uns dies gelingt, müssen wir die Voraussetzungen für einen "
          "beschäftigungswirksamen Wohlstand in der EU schaffen“, erklärte EWSA-Präsidentin Christa Schweng. „Wir sollten "
          "auch dafür sorgen, dass alle Bürgerinnen und Bürger unterstützt werden und diejenigen Kompetenzen mit auf den Weg "
          "bekommen, die für ihre Arbeit und ihr Leben notwendig sind, um zuversichtlich in die Zukunft blicken zu können. "
          "Sie können sich darauf verlassen, dass wir alles daran setzen werden, zu zeigen, dass die EU und ihre "
          "Mitgliedstaaten gemeinsam mit den Bürgerinnen und Bürgern für ein besseres Leben sorgen können, ohne dass dabei "
          "Menschen zurückgelassen werden.“")

add(id="ho291-eesc-info-2021-06-sozialgipfel-porto",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/062021/articles/89530",
    retrieved="same address (stored article of EWSA info, June 2021, on the EESC delegation at the Porto Social Summit of 7 "
              "May 2021; the stored copy begins with the first paragraph and shows no headline, so the text has no title "
              "line (rules 18, 32); the spelling 'Seamus Bolland' kept as published (rule 20); the last paragraph 'Die "
              "EWSA-Delegation nahm an den Arbeitssitzungen des Gipfels teil, … des', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EESC_INFO,
    paras=["Der Europäische Wirtschafts- und Sozialausschuss (EWSA) möchte aktiv zu den gemeinsamen europäischen Bemühungen "
           "beitragen, die Grundsätze der europäischen Säule sozialer Rechte zu verwirklichen und ein gerechteres und "
           "wohlhabenderes Europa für alle zu schaffen.",
           "Auf dem Sozialgipfel des portugiesischen EU-Ratsvorsitzes in Porto am 7. Mai bekräftigte der EWSA sein "
           "Engagement für einen wirtschaftlichen und sozialen Wiederaufbau, bei dem der Mensch im Mittelpunkt steht.",
           "Der EWSA wird mit anderen EU-Institutionen, den Mitgliedstaaten und den Bürgerinnen und Bürgern "
           "zusammenarbeiten, um die Ziele des Aktionsplans der europäischen Säule sozialer Rechte zu verwirklichen. Dazu "
           "gehören die Förderung der Beschäftigung, die Stärkung der Bildung und die Verringerung von Armut und sozialer "
           "Ausgrenzung.",
           POR_P4,
           "Neben der EWSA-Präsidentin gehörten der Delegation auf dem Gipfel auch die Vorsitzenden der drei Gruppen im "
           "EWSA an: Stefano Mallia (Gruppe Arbeitgeber), Oliver Röpke (Gruppe Arbeitnehmer) und Seamus Bolland (Gruppe "
           "Vielfalt Europa)."],
    # a quotation split by its cue: both parts are Schweng's (NOTES.md, interrupted quotes)
    quotes=[(cut(POR_P4, "„Durch unser", "schaffen“"), SCHWENG),
            (cut(POR_P4, "„Wir sollten", "zurückgelassen werden.“"), SCHWENG)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng", "EWSA-Präsidentin"]})

# --- EWSA info, June 2021: debate with Nicolas Schmit, resolution for the Porto summit ---

SCH_P3 = ("In seiner Entschließung lobte der EWSA den Gipfel in Porto als „eine Chance zu zeigen, dass die EU und die "
          "Mitgliedstaaten gemeinsam mit den Unionsbürgerinnen und -bürgern für deren Wohlergehen handeln und dabei "
          "niemanden zurücklassen“.")

add(id="ho291-eesc-info-2021-06-schmit-saeule-sozialer-rechte",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/062021/articles/89532",
    retrieved="same address (stored article of EWSA info, June 2021, on the plenary debate of 28 April 2021 with "
              "Commissioner Nicolas Schmit; the stored copy begins with the first paragraph and shows no headline, so the "
              "text has no title line (rules 18, 32); 'In Verlauf' kept as published (rule 20); the last paragraph "
              "'EWSA-Präsidentin Christa Schweng erklärte dazu: „Dieser Gipfel … der organisiert', cut off in the stored "
              "copy inside the quotation, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Am 28. April debattierte der Europäische Wirtschafts- und Sozialausschuss (EWSA) mit Nicolas Schmit, "
           "EU-Kommissar für Beschäftigung und soziale Rechte, über den Aktionsplan für die europäische Säule sozialer "
           "Rechte und den Sozialgipfel in Porto, auf dem der Plan auf höchster Ebene erörtert werden soll.",
           "In Verlauf der Debatte auf der virtuellen Plenartagung des EWSA verabschiedete der Ausschuss auch die "
           "Entschließung Partnerschaft mit der europäischen Zivilgesellschaft für eine nachhaltige Zukunft als Beitrag zum "
           "Gipfel von Porto.",
           SCH_P3,
           "Nach Meinung des EWSA kommt der Aktionsplan für die europäische Säule sozialer Rechte genau zum richtigen "
           "Zeitpunkt, was den Wiederaufbau nach der Pandemie betrifft. Alle Bürgerinnen und Bürger, auch die schwächsten, "
           "müssen durch das aktive Engagement der europäischen Zivilgesellschaft befähigt werden, an der Gestaltung und "
           "künftigen Umsetzung der europäischen Säule sozialer Rechte teilzuhaben, sich mit deren Werten zu identifizieren "
           "und darin eine Perspektive für sich zu erkennen.",
           "Der EWSA forderte die Mitgliedstaaten und die EU-Organe nachdrücklich auf, in verschiedenen Bereichen tätig zu "
           "werden. So soll etwa auf die Verbesserung der sozialen Resilienz der europäischen Volkswirtschaften, die "
           "Förderung des Wirtschaftswachstums und mehr Beschäftigung hingearbeitet werden."],
    # words quoted from the Committee's resolution are the Committee's (rule 1846); the resolution's title is not marked
    quotes=[(cut(SCH_P3, "„eine Chance", "zurücklassen“"), EWSA)],
    aliases={EWSA: ["Europäische Wirtschafts- und Sozialausschuss",
                    "Europäische Wirtschafts- und Sozialausschuss (EWSA)", "EWSA", "Ausschuss"]})

# --- EWSA info, October 2023: support for civil society organisations ---

add(id="ho291-eesc-info-2023-10-zivilgesellschaft-schuetzen",
    title="Die EU muss die Zivilgesellschaft vor Angriffen schützen",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/102023/articles/112330",
    retrieved="same address (stored article of EWSA info, October 2023, on the EESC opinion on support and funding for "
              "civil society in the fields of fundamental rights, the rule of law and democracy, plenary of 21 September "
              "2023; the page header 'European Economic and Social Committee' above the headline dropped (rule 14); the "
              "standfirst kept as a paragraph (rule 18); the last paragraph '„In Zei', cut off in the stored copy, dropped "
              "(rule 15))",
    license=EESC_INFO,
    paras=["Der EWSA hat die EU scharf dafür kritisiert, nicht für eine angemessene Unterstützung und Finanzierung von "
           "zivilgesellschaftlichen Organisationen zu sorgen, die sich für Grundrechte, Rechtsstaatlichkeit und Demokratie "
           "einsetzen.",
           "Der EWSA machte auf seiner Plenartagung am 21. September in einer Debatte mit der Vorsitzenden von „Civil "
           "Society Europe“, Gabriella Civico, auf die schwierige Lage der Organisationen der Zivilgesellschaft (OZG) in "
           "Europa aufmerksam. Sie sind immer mehr Druck jeder Art ausgesetzt. Dies reicht von finanziellen Zwängen über "
           "Verleumdungskampagnen bis hin zu konzertierten Angriffen verschiedener Akteure auf ihre Arbeit und "
           "Glaubwürdigkeit.",
           "Zudem haben die mit den schwierigsten sozialen und politischen Themen befassten OZG (wie "
           "Überwachungsorganisationen oder Organisationen zur Förderung der Gleichstellung und Nichtdiskriminierung) "
           "tendenziell die gravierendsten Finanzierungsprobleme. Dadurch werden sie ernsthaft in ihrer zentralen Aufgabe "
           "behindert, die Politik zur Rechenschaft zu ziehen und in Europa die Demokratie zu wahren.",
           "In seiner auf der Plenartagung verabschiedeten Stellungnahme Unterstützung und Finanzierung der "
           "Zivilgesellschaft in den Bereichen Grundrechte, Rechtsstaatlichkeit und Demokratie erklärt der EWSA, dass diese "
           "Situation unverzüglich angegangen werden muss.",
           "Der EWSA plädiert dafür, zu diesem Zweck ein spezifisches Finanzierungsinstrument für OZG einzurichten, die in "
           "der EU im Bereich Menschenrechte und Demokratie tätig sind. Außerdem sollte für die in den EU-Mitgliedstaaten "
           "tätigen Menschenrechtsverteidiger eine Plattform wie „Protect Defenders“ eingerichtet werden.",
           "Besondere Aufmerksamkeit muss auf die unangemessenen Arbeitsbedingungen und das geringe Einkommen der "
           "Beschäftigten von OZG gerichtet werden, die häufig unter großem Druck arbeiten und enorme psychische "
           "Gesundheitsrisiken tragen."],
    # names of an organisation and of a platform in marks are null (NOTES.md, names in quotation marks)
    quotes=[("„Civil Society Europe“", None),
            ("„Protect Defenders“", None)],
    aliases={})

# --- EWSA info, March 2023: editorial "Ein Jahr Krieg in der Ukraine" ---

add(id="ho291-eesc-info-2023-03-ein-jahr-krieg",
    title="Ein Jahr Krieg in der Ukraine",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/032023/articles/105797",
    retrieved="same address (stored editorial of EWSA info, March 2023, written in the first person for the Committee, "
              "its signature not in the stored copy; two trailing spaces after 'zur Verfügung gestellt.' dropped; the last "
              "paragraph 'Die Trauer, die Tränen, die Wut und die Schmerzen des ukrainischen Volkes müssen anerkannt und "
              "gehört werden. De', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Gleich zu Beginn des Kriegs in der Ukraine, am 24. Februar 2022, haben wir im EWSA die ungerechtfertigte und "
           "grundlose Invasion der Ukraine durch Russland verurteilt.",
           "Im Laufe des vergangenen Jahres haben wir unsere Solidarität mit dem ukrainischen Volk auf unterschiedliche Weise "
           "zum Ausdruck gebracht und wiederholt entschlossenes Handeln sowohl auf europäischer als auch auf nationaler "
           "Ebene gefordert. Ich bin stolz auf den EWSA, der mit viel Engagement die Folgen des Krieges für die Menschen und "
           "die Wirtschaft in der Ukraine und in Europa abschätzt und nach den besten Wegen sucht, um die Ukraine und ihre "
           "Zivilgesellschaft zu unterstützen.",
           "Wir haben zwei entschiedene Entschließungen verabschiedet; eine dritte soll auf der Februar-Plenartagung folgen. "
           "In der ersten Entschließung vom März 2022 ging es um die wirtschaftlichen, sozialen und ökologischen "
           "Auswirkungen des Krieges. In der zweiten Entschließung, die im Juni verabschiedet wurde, haben wir Überlegungen "
           "über die Zukunft, die künftige Hilfe und den Wiederaufbau der Ukraine nach dem Krieg angestellt. So forderte der "
           "EWSA die EU auf, der Ukraine den Status eines Bewerberlandes zuzuerkennen. Ein paar Tage später fasste der Rat "
           "dann einen entsprechenden Beschluss. Außerdem haben wir unsere Türen für Vertreter zivilgesellschaftlicher "
           "Organisationen der Ukraine geöffnet – etwa für „Promote Ukraine“ – und ihnen Räumlichkeiten sowie logistische "
           "und administrative Unterstützung zur Verfügung gestellt.",
           "Der Krieg in der Ukraine wird die europäische Agenda auch weiterhin beherrschen. Es ist zu hoffen, dass wir bald "
           "mit dem Wiederaufbau der Ukraine beginnen können, der nachhaltig, transparent, umweltfreundlich und digital sein "
           "muss. Die echte Beteiligung der Sozialpartner und weiterer Organisationen der Zivilgesellschaft ist dabei ein "
           "Muss."],
    # the editorial's own first-person text is not a quotation (rule 1848); the organisation's name in marks is null
    quotes=[("„Promote Ukraine“", None)],
    aliases={})

# --- EWSA info, April 2025: the EESC Civil Society Prize at a glance ---

add(id="ho291-eesc-info-2025-04-preis-der-zivilgesellschaft",
    title="DER EWSA-PREIS DER ZIVILGESELLSCHAFT IM ÜBERBLICK",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-april-2025/articles/128852",
    retrieved="same address (stored box article of EWSA info, April 2025, on the EESC Civil Society Prize; the page header "
              "'European Economic and Social Committee' above the headline dropped (rule 14); the headline kept in "
              "capitals as published (rule 20); the grammar slip 'unter einen anderen Thema' kept (rule 20); the last "
              "paragraph 'Das Thema Polarisierung ist heute aktueller denn je. ', cut off in the stored copy, dropped (rule "
              "15))",
    license=EESC_INFO,
    paras=["Der EWSA-Preis der Zivilgesellschaft wurde bisher 15 Mal verliehen. Mit dem Preis werden Projekte ausgezeichnet, "
           "die mit besonders kreativen und innovativen Ideen auf Probleme reagieren, die für die EU von großer Bedeutung "
           "sind.",
           "Bewerben können sich alle zivilgesellschaftlichen Organisationen, die in der Europäischen Union amtlich "
           "registriert und auf lokaler, regionaler, nationaler oder europäischer Ebene tätig sind. Auch Einzelpersonen mit "
           "Wohnsitz in der EU sind teilnahmeberechtigt, ebenso wie Unternehmen, die in der EU registriert oder tätig sind, "
           "sofern ihre Projekte ausschließlich gemeinnützig sind.",
           "Zugelassen sind nur Initiativen und Projekte, die in der EU durchgeführt werden. Sie müssen zum Ende der "
           "Bewerbungsfrist bereits abgeschlossen sein oder noch laufen.",
           "Mit dem Preis will der EWSA dafür sensibilisieren, dass die Zivilgesellschaft einen wichtigen Beitrag zur "
           "Herausbildung einer europäischen Identität und zur Unionsbürgerschaft leistet. Sie trägt so zur Verbreitung der "
           "gemeinsamen Werte bei, die der europäischen Integration zugrunde liegen.",
           "Der Preis steht jedes Jahr unter einen anderen Thema. 2023 ging es um Projekte für psychische Gesundheit. 2022 "
           "wurde der Preis ausnahmsweise für zwei Themen ausgelobt: Jugend und Ukraine. 2021 wurden Klimaprojekte "
           "ausgezeichnet, die einen gerechten Übergang fördern. 2020 verlieh der EWSA anstelle des Preises der "
           "Zivilgesellschaft einmalig einen Sonderpreis unter dem Motto „Die Zivilgesellschaft gegen COVID-19“. Weitere "
           "Themen der Vorjahre waren die Gleichstellung der Geschlechter und die Stärkung der Rolle der Frau, die "
           "europäische Identität und das kulturelle Erbe sowie Migration.",
           "Im Oktober 2024 rief der EWSA den 15. Preis der Zivilgesellschaft zum Thema „Engagement gegen die gefährliche "
           "Polarisierung in den europäischen Gesellschaften“ aus."],
    # a prize's motto and theme in marks are titles (rule 24), null
    quotes=[("„Die Zivilgesellschaft gegen COVID-19“", None),
            ("„Engagement gegen die gefährliche Polarisierung in den europäischen Gesellschaften“", None)],
    aliases={})
