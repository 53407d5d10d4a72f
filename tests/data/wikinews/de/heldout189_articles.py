# Hundred-and-eighty-ninth held-out German real-news set (tests/data/heldout189-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1400-1401). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, the speakers' names and a distinctive
# 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and of the other
# held-out worktrees). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighty-ninth held-out set": pages of the website of the European Council and
# the Council of the EU, consilium.europa.eu/de (CONSILIUM), and a German press release of the European Central Bank
# (ECB_PR). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import ECB_PR, CONSILIUM  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MOGHERINI = "Federica Mogherini"
FAC_QUOTE = ("\"Die Außenminister haben ein starkes Zeichen der Einheit und Entschlossenheit der Europäischen Union zur "
             "Unterstützung der Vermittlungsbemühungen Kuwaits gesetzt. Unsere Hilfe wird jetzt gebraucht, und wir sind "
             "bereit, zu helfen.\"")

add(id="ho189-consilium-2017-06-19-fac-golfkrise",
    title="Rat (Auswärtige Angelegenheiten), 19.06.2017",
    url="http://www.consilium.europa.eu/de/meetings/fac/2017/06/19/",
    retrieved="same address (stored meeting page of 19 June 2017; the label 'Rat der EU' under the headline dropped as "
              "furniture; the quotation box kept with its signature line 'Federica Mogherini, Hohe Vertreterin …' as its "
              "own line (rule 1400); the heading 'Terrorismusbekämpfung' and the paragraph under it, cut off in the stored "
              "copy ('Der Rat nahm Schlus'), dropped (rule 15))",
    license=CONSILIUM,
    paras=["Rat (Auswärtige Angelegenheiten), 19.06.2017",
           "Wichtigste Ergebnisse",
           "Golfkrise",
           "Die EU-Außenministerinnen und \u2011minister berieten über die derzeitige Krise in der Golfregion.",
           "Sie appellierten an die Beteiligten, für eine Deeskalation der Krise durch Dialog und Verhandlungen zu sorgen. "
           "Sie bekundeten ihre uneingeschränkte Unterstützung für die Vermittlungsbemühungen Kuwaits.",
           FAC_QUOTE,
           "Federica Mogherini, Hohe Vertreterin für Außen- und Sicherheitspolitik",
           "Die Ministerinnen und Minister betonten, dass die Krise einer dringenden Lösung bedarf, da die Einheit der "
           "Golfländer nicht nur wichtig für die EU, sondern auch von entscheidender Bedeutung für die Stabilität der "
           "gesamten Region ist.",
           "Die Hohe Vertreterin wies darauf hin, dass die EU ihren bilateralen Beziehungen zu allen betroffenen Parteien "
           "sowie ihren Beziehungen zum Golf-Kooperationsrat großen Wert beimisst.",
           "Zusammenarbeit zwischen EU und NATO",
           "Die Außenministerinnen und \u2011minister erörterten die Zusammenarbeit zwischen der EU und der NATO mit der "
           "Stellvertretenden NATO-Generalsekretärin Rose Gottemoeller. Grundlage für die Gespräche war ein gemeinsamer "
           "Sachstandsbericht der Hohen Vertreterin der EU und des Generalsekretärs der NATO. Der Rat nahm "
           "Schlussfolgerungen zu dem Bericht an, in denen er die Fortschritte bei der Umsetzung des gemeinsamen Pakets "
           "von Vorschlägen begrüßte und zu weiteren Schritten in dieselbe Richtung aufrief."],
    quotes=[(FAC_QUOTE, MOGHERINI)],
    aliases={MOGHERINI: ["Federica Mogherini", "Hohe Vertreterin für Außen- und Sicherheitspolitik",
                         "Die Hohe Vertreterin", "Hohe Vertreterin"]})

LEADERS = "EU-Führungsspitzen"

add(id="ho189-consilium-2017-10-homepage-euco",
    title="19.-20.10.2017 Tagung",
    url="http://www.consilium.europa.eu/de/homepage/?lang=pt",
    retrieved="same address (stored home page of the Council's website of October 2017, German version; the photo credit "
              "'© Europäische Union' run together with the kicker of the first item dropped, the kicker '19.-20.10.2017 "
              "Tagung' kept as the first line; the notice 'Inhalt wird in der Originalsprache angezeigt, wenn keine "
              "Übersetzung verfügbar ist' dropped as furniture; the two short texts on the European Council and the "
              "Council of the EU kept)",
    license=CONSILIUM,
    paras=["19.-20.10.2017 Tagung",
           "Am 19. Oktober haben die EU-Führungsspitzen vereinbart, die gegenwärtige Strategie zur Kontrolle der "
           "Migrationsströme zu konsolidieren. Ferner erklärten sie, dass sie \"bereit sind, das Notwendige dafür zu tun, "
           "dass Europa digital wird\". Am 20. Oktober billigten sie die Agenda der EU-Führungsspitzen (Leaders' Agenda) "
           "und einigten sich darauf, interne Vorbereitungen für die 2. Phase der Brexit-Verhandlungen zu treffen.",
           "Er setzt sich zusammen aus den Staats- und Regierungschefs der Mitgliedstaaten sowie dem Präsidenten des "
           "Europäischen Rates und dem Präsidenten der Kommission. Der Europäische Rat legt die allgemeinen politischen "
           "Zielvorstellungen und Prioritäten der EU fest.",
           "Der Rat der EU ist das Organ, in dem die Regierungen der Mitgliedstaaten vertreten sind. Er wird informell "
           "auch EU-Rat oder Ministerrat genannt und ist das Gremium, in dem die nationalen Minister aller "
           "EU-Mitgliedstaaten zusammentreten, um Gesetze zu erlassen und politische Maßnahmen zu koordinieren."],
    quotes=[("\"bereit sind, das Notwendige dafür zu tun, dass Europa digital wird\"", LEADERS)],
    aliases={LEADERS: ["EU-Führungsspitzen", "die EU-Führungsspitzen", "sie"]})

DRAGHI = "Mario Draghi"
ECB_P5 = ("„Am heutigen Tag wurde ein wirklicher Fortschritt für die Errichtung einer Bankenunion erzielt, die ein "
          "Kernelement einer echten Wirtschafts- und Währungsunion ist. Wir werden unser Möglichstes tun, um alle "
          "organisatorischen Vorkehrungen zu treffen, damit wir unsere Aufsichtsaufgaben ein Jahr nach Inkrafttreten des "
          "Rechtsakts übernehmen können. Wir freuen uns auf die Zusammenarbeit mit nationalen Behörden, um einen Beitrag "
          "zur Wiederherstellung des Vertrauens in den Bankensektor leisten zu können“, sagte Mario Draghi, Präsident "
          "der EZB.")

add(id="ho189-ecb-2013-09-12-ssm-parlament",
    title="EZB begrüßt die Zustimmung des Europäischen Parlaments zur Einrichtung eines einheitlichen Aufsichtsmechanismus",
    url="https://www.ecb.europa.eu/press/pr/date/2013/html/pr130912.de.html",
    retrieved="same address (stored press release of 12 September 2013; the site's search and navigation lines "
              "('Suchoptionen', 'Startseite Medien …', 'Vorschläge', 'Sortieren nach') and the label 'PRESSEMITTEILUNG' "
              "dropped as furniture; the date line kept; the paragraph 'Parallel zur Annahme der Verordnung "
              "unterzeichneten Mario Draghi und Martin Schulz, Präsident des Eur', cut off in the stored copy, dropped "
              "(rule 15))",
    license=ECB_PR,
    paras=["EZB begrüßt die Zustimmung des Europäischen Parlaments zur Einrichtung eines einheitlichen "
           "Aufsichtsmechanismus",
           "12. September 2013",
           "Die Europäische Zentralbank (EZB) begrüßt das heutige Votum des Europäischen Parlaments über einen Rechtsakt, "
           "der den Weg zu einer Bankenunion ebnet. Gemäß der Verordnung des Rates zur Übertragung besonderer Aufgaben im "
           "Zusammenhang mit der Aufsicht über Kreditinstitute auf die EZB (nachfolgend Verordnung genannt) wird mit der "
           "Einrichtung des einheitlichen Aufsichtsmechanismus für die Banken im Euro-Währungsgebiet (und in anderen "
           "EU-Mitgliedstaaten, die dem einheitlichen Aufsichtsmechanismus beizutreten wünschen) ein neues "
           "Bankenaufsichtssystem geschaffen. Dies ist ein großer Schritt zur Wiederherstellung des Vertrauens in das "
           "europäische Bankensystem.",
           "Die Verordnung tritt nach der Billigung durch den EU-Rat und der Veröffentlichung im Amtsblatt der EU in Kraft. "
           "Mit dem Inkrafttreten wird die EZB formell in die Lage versetzt, alle wichtigen vorbereitenden Tätigkeiten "
           "aufzunehmen, sodass sie ihre Aufgaben im Zusammenhang mit der Aufsicht 12 Monate später vollständig "
           "wahrnehmen kann.",
           ECB_P5],
    quotes=[(ECB_P5[:ECB_P5.index("“") + 1], DRAGHI)],
    aliases={DRAGHI: ["Mario Draghi", "Präsident der EZB"]})
