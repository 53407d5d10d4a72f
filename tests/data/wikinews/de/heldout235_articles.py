# Two-hundred-and-thirty-fifth held-out German real-news set (tests/data/heldout235-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1650 onwards). None of these
# pages is in any tests/data/*.jsonl (checked by URL and article number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, by the speakers' names, and by
# a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirty-fifth held-out set": articles of "EWSA info", the newsletter of
# the European Economic and Social Committee, on eesc.europa.eu/de (licence EESC_INFO, as in the eighty-seventh and
# hundred-and-eighty-fourth sets). Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


DASSIS = "Georges Dassis"
JAHIER = "Luca Jahier"
BREGU = "Majlinda Bregu"
SCHWENG = "Christa Schweng"
MALLIA = "Stefano Mallia"
ROEPKE = "Oliver Röpke"

# --- EWSA info, April 2018: Dassis's conference on the future of democracy in Athens ---

DASSIS_P2 = ("Der Populismus, der in den Staaten Europas gefährliche Ausmaße annimmt, kann mit Worten allein nicht bekämpft "
             "werden. Die Europäische Union muss auf die Sorgen der Bürger in puncto Sicherheit, Arbeit für sie selbst und eine "
             "Zukunft für ihre Kinder praktische Antworten liefern“, so EWSA-Präsident Georges Dassis. „Wir wollen eine Union, "
             "die gleiche Chancen für alle bieten kann. Um Populismus und die von den am stärksten benachteiligten Menschen in "
             "unseren Ländern empfundene Frustration zu bekämpfen, müssen wir jetzt soziale Aspekte in den Vordergrund rücken, "
             "ohne natürlich die EU-Wirtschaft Schiffbruch erleiden zu lassen.“")
DASSIS_P3 = ("Georges Dassis forderte einen rechenschaftspflichtigen und aus Wahlen hervorgehenden Europäischen Finanzminister. "
             "Er erwähnte die kommenden Europawahlen und sprach sich deutlich für transnationale Listen aus. Damit könnte "
             "sichergestellt werden, dass die Meinungen der Bürger berücksichtigt würden, denn „andernfalls drehen sich die "
             "Wahlen um nationale, nicht um europäische Fragen“.")

add(id="ho235-eesc-info-2018-04-dassis-athen-demokratie",
    title="Die Zukunft der Demokratie in Europa ist unmittelbar mit einem friedlichen und föderalen Europa verknüpft",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042018/articles/59689",
    retrieved="same address (article of 'EWSA info' of April 2018 on the conference of 1/2 March 2018 in the Acropolis "
              "Museum, Athens; the stored copy is complete, headline first, ending with the author tag '(ks)', which is kept "
              "as part of the last paragraph; the published text has lost the opening mark of the first quotation of the "
              "second paragraph (rule 22, new rule 1650))",
    license=EESC_INFO,
    paras=["Die Zukunft der Demokratie in Europa stand im Zentrum einer zweitägigen, von EWSA-Präsident George Dassis "
           "veranstalteten europäischen Konferenz im Akropolis-Museum in Athen am 1./2. März. Vor zahlreichen engagierten "
           "Teilnehmern aus EU-Institutionen, der griechischen Regierung, zivilgesellschaftlichen Organisationen und "
           "Universitäten plädierte Georges Dassis nachdrücklich für ein föderales und friedliches Europa, das sich für "
           "Solidarität und das Wohlergehen seiner Bürgerinnen und Bürger starkmacht.",
           DASSIS_P2,
           DASSIS_P3,
           "Auf einer Nebenveranstaltung der Konferenz erhielt Georges Dassis eine Auszeichnung des griechischen Wirtschafts- "
           "und Sozialrates (WSR) für sein Engagement und seine Unterstützung für den sozialen Dialog in Europa. (ks)"],
    quotes=[(cut(DASSIS_P2, "Der Populismus", "liefern“"), DASSIS),
            (cut(DASSIS_P2, "„Wir wollen", "lassen.“"), DASSIS),
            (cut(DASSIS_P3, "„andernfalls", "Fragen“"), DASSIS)],
    aliases={DASSIS: ["Georges Dassis", "George Dassis", "EWSA-Präsident Georges Dassis", "EWSA-Präsident George Dassis",
                      "Dassis"]})

# --- EWSA info, December 2018: Federica Mogherini at the October plenary ---

JAHIER_P1 = ("Die Hohe Vertreterin der EU für Außen- und Sicherheitspolitik Federica Mogherini nahm am 17. Oktober 2018 an der "
             "Plenartagung des EWSA teil, um dort die größten externen Bedrohungen und Herausforderungen für die EU zu "
             "erörtern. Der Präsident des EWSA Luca Jahier betonte die bedeutende Rolle der EU als einer der wichtigsten Geber "
             "humanitärer Hilfe und unterstrich, dass „die Organisationen der Zivilgesellschaft bereit sind, in diesem "
             "Zusammenhang ihren Beitrag zu leisten“.")
JAHIER_P2 = ("Die Plenartagung wurde durch eine Debatte mit Federica Mogherini über die externen Bedrohungen und "
             "Herausforderungen für die EU eröffnet. Herr Jahier bedauerte, dass sich die Situation in den meisten "
             "Mittelmeerländern in den letzten Jahren trotz der Anstrengungen der EU nicht gebessert hat: „Die EU hat als "
             "Hauptgeber humanitärer Hilfe eine bedeutende Funktion erfüllt. Jedoch ist sie einerseits mit der Notwendigkeit "
             "eines pragmatischen politischen Ansatzes zur Steuerung von Migrationsströmen und andererseits mit der "
             "Notwendigkeit der Verteidigung der EU-Grundwerte, wie etwa der Menschenrechte, konfrontiert“.")
JAHIER_P3 = ("Allerdings betonte Herr Jahier, dass „der EWSA in dieser schwierigen Situation auch Positives erkennen kann“ und "
             "fordert eine größere Beteiligung der Zivilgesellschaft am auswärtigen Handeln der EU: „Es ist offensichtlich, "
             "dass die öffentliche Unterstützung für ‚mehr EU‘ nach wie vor hoch ist und dass Organisationen der "
             "Zivilgesellschaft bereit sind, in diesem Zusammenhang ihren Beitrag zu leisten. Das, Frau Mogherini, ist ein "
             "großer politischer Trumpf, den Sie in Ihrer Hand halten“.")

add(id="ho235-eesc-info-2018-12-mogherini-plenartagung-jahier",
    title="EWSA fordert größere Rolle für die Zivilgesellschaft im auswärtigen Handeln der EU",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/122018/articles/65382",
    retrieved="same address (article of 'EWSA info' of December 2018 on the plenary of 17 October 2018; headline first; the "
              "paragraph 'Federica Mogherini nannte einige Prioritäten, …', cut off in the stored copy inside a quotation "
              "('… unverzichtbare Partner sind'), dropped (rule 15), so the document ends after the third paragraph)",
    license=EESC_INFO,
    paras=[JAHIER_P1, JAHIER_P2, JAHIER_P3],
    quotes=[(cut(JAHIER_P1, "„die Organisationen", "leisten“"), JAHIER),
            (cut(JAHIER_P2, "„Die EU hat", "konfrontiert“"), JAHIER),
            (cut(JAHIER_P3, "„der EWSA", "kann“"), JAHIER),
            (cut(JAHIER_P3, "„Es ist offensichtlich", "halten“"), JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "Herr Jahier", "Jahier"]})

# --- EWSA info, September 2023: honorary members from the enlargement countries ---

ENL_P5 = ("Majlinda Bregu, Generalsekretärin des RCC, erklärte: „Bei uns im RCC wäre es unvorstellbar, bei der Koordinierung "
          "regionaler Bemühungen zur Umsetzung der anspruchsvollen Grünen Agenda für den Westbalkan das Konsultationsforum "
          "unserer zivilgesellschaftlichen Organisationen außen vor zu lassen oder unseren Handelskammern bei der "
          "Koordinierung der Bestrebungen um einen regionalen Markt keine starke Stimme zu geben“.")

add(id="ho235-eesc-info-2023-09-ehrenmitglieder-erweiterung",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/092023/articles/111216",
    retrieved="same address (article of 'EWSA info' of September 2023 on the July 2023 plenary; the stored copy begins with "
              "the lead paragraph and shows no headline, so the document has no title line (rule 18); trailing spaces after "
              "two paragraphs dropped; the paragraph 'Olexander Jaworskyj vom ukrainischen Arbeitgeberverban…', cut off in "
              "the stored copy, and everything after it dropped (rule 15))",
    license=EESC_INFO,
    paras=["Auf seiner Juli-Plenartagung begrüßte der EWSA Vertreter zivilgesellschaftlicher Organisationen aus den "
           "Bewerberländern. Dabei machte er seine Initiative zur Ernennung von „Ehrenmitgliedern aus den "
           "Erweiterungsländern“ bekannt, die zur Mitwirkung an der täglichen Beratungstätigkeit des Ausschusses eingeladen "
           "werden sollen.",
           "Als einen ersten konkreten Schritt in diese Richtung führte der EWSA auf seiner Juli-Plenartagung eine Debatte "
           "über die Bedeutung der Zivilgesellschaft für den EU-Erweiterungsprozess. Darüber hinaus unterzeichnete "
           "EWSA-Präsident Oliver Röpke eine gemeinsame Absichtserklärung mit dem Regionalen Kooperationsrat (RCC) zur "
           "Unterstützung einer strukturierten Beteiligung der Zivilgesellschaft und der Jugend an der Förderung von Frieden "
           "und Wohlstand in Südosteuropa.",
           "Der EU-Kommissar für Nachbarschaft und Erweiterung, Olivér Várhelyi, lobte die Initiative des EWSA zur Einbindung "
           "von „Ehrenmitgliedern aus den Erweiterungsländern“, weil die Erweiterungspolitik damit ihre Aktualität in der "
           "EU-Agenda behalte.",
           "Der Ministerpräsident der Republik Moldau, Dorin Recean, wies darauf hin, dass diese neue Initiative des EWSA zur "
           "rechten Zeit komme und die Zusammenarbeit mit der Zivilgesellschaft in Moldau stärken werde.",
           ENL_P5,
           "Boško Savković vom Arbeitgeberverband Serbiens würdigte das Engagement der serbischen Zivilgesellschaft, denn sie "
           "trete ausländischer Desinformation entgegen und propagiere bei den Serben die Aussicht auf eine "
           "EU-Mitgliedschaft."],
    quotes=[("„Ehrenmitgliedern aus den Erweiterungsländern“", None, 0),
            ("„Ehrenmitgliedern aus den Erweiterungsländern“", None, 1),
            (cut(ENL_P5, "„Bei uns", "geben“"), BREGU)],
    aliases={BREGU: ["Majlinda Bregu"]})

# --- EWSA info, April 2022: debate on the Russian invasion of Ukraine at the February plenary ---

UKR_P2 = ("Präsidentin Christa Schweng verwies gleich zu Beginn der Debatte darauf, wie kritisch diese Situation für Europa "
          "ist: „Wir sind heute Zeugen einer Aggression vor der Haustür der EU geworden. Wir erleben einen eklatanten Verstoß "
          "gegen das Völkerrecht und die internationalen Abkommen, darunter die Minsker Vereinbarungen. In diesen Stunden sind "
          "unsere Gedanken bei der Ukraine, ihrer Zivilgesellschaft und bei den unschuldigen Frauen, Männern und Kindern, die "
          "diesem grundlosen Angriff ausgesetzt sind und um ihr Leben fürchten müssen. Europa muss an der Seite der Ukraine "
          "und ihrer Zivilgesellschaft stehen“, so Präsidentin Schweng.")
UKR_P3 = ("Stefano Mallia, Vorsitzender der Gruppe Arbeitgeber, hob hervor: „Der Wunsch nach entschlossenem Handeln eint die "
          "EU. Ich war auf dem Maidan und ich erinnere mich deutlich an den großen Wunsch der Zivilgesellschaft, Teil Europas "
          "und der EU zu sein. Wir dürfen die Ukraine nicht aufgeben. Und wir müssen bereit sein, den Preis für die "
          "Anstrengungen und Maßnahmen zu zahlen, die notwendig sein werden.“")
UKR_P4 = ("Oliver Röpke, Vorsitzender der Gruppe Arbeitnehmer: „Es ist an der Zeit, unsere Stimme zu erheben und deutlich zu "
          "sagen, dass Europa dies niemals zulassen wird. Wir müssen zusammenstehen und auf diese Aggression reagieren. Wir "
          "stehen solidarisch an der Seite der Menschen in der Ukraine.“")

add(id="ho235-eesc-info-2022-04-ukraine-debatte-schweng",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042022/articles/97438",
    retrieved="same address (article of 'EWSA info' of April 2022 on the debate at the February 2022 plenary; the stored "
              "copy begins with the lead paragraph and shows no headline, so the document has no title line (rule 18); the "
              "paragraph 'Séamus Boland, Vorsitzender der Gruppe Vielfalt Europa, betonte: „Vor uns tut sich ein Abgrund auf "
              "– wir müssen den zivilgesellschaftlich…', cut off inside the quotation, dropped (rule 15))",
    license=EESC_INFO,
    paras=["In einer spontanen Debatte, die von EWSA-Präsidentin Christa Schweng auf der Februar-Plenartagung eingeleitet "
           "wurde, verurteilten die Mitglieder des Europäischen Wirtschafts- und Sozialausschusses (EWSA) den rechtswidrigen "
           "und grundlosen Einmarsch der Russischen Föderation in die Ukraine. Die EWSA-Mitglieder bekundeten ihre "
           "Solidarität mit dem ukrainischen Volk. Sie forderten entschlossene Maßnahmen auf europäischer und nationaler "
           "Ebene im Geiste der Einigkeit in diesen dramatischen Zeiten.",
           UKR_P2, UKR_P3, UKR_P4],
    quotes=[(cut(UKR_P2, "„Wir sind heute", "stehen“"), SCHWENG),
            (cut(UKR_P3, "„Der Wunsch", "werden.“"), MALLIA),
            (cut(UKR_P4, "„Es ist an der Zeit", "Ukraine.“"), ROEPKE)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng", "Präsidentin Christa Schweng",
                       "Präsidentin Schweng"],
             MALLIA: ["Stefano Mallia"],
             ROEPKE: ["Oliver Röpke"]})
