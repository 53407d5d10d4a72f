# Three-hundred-and-fifteenth held-out German real-news set (tests/data/heldout315-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1905-1908). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fifteenth held-out set": three German news items of the Council of
# Europe portal coe.int/de (2013: the launch of the Václav Havel Human Rights Prize in Prague; 2022: the Italian Foreign
# Minister Luigi Di Maio and his Under-Secretary Benedetto Della Vedova before the Parliamentary Assembly) (licence COE:
# excerpts of under 500 words, reproduced unchanged with the Council of Europe credited) and one article of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (October 2022: EESC President Christa
# Schweng and CoR President Vasco Alves Cordeiro at the July plenary; licence EESC_INFO). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page
# furniture is dropped (rules 14, 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


DELLA_VEDOVA = "Benedetto Della Vedova"
DI_MAIO = "Luigi Di Maio"
MIGNON = "Jean-Claude Mignon"
SCHWENG = "Christa Schweng"
CORDEIRO = "Vasco Alves Cordeiro"

# --- coe.int/de, 2022: Under-Secretary Della Vedova before the Parliamentary Assembly ---

DV_P1 = ("„Der Europarat als Hüter und Bewahrer der Grundprinzipien der Koexistenz, der Achtung der Menschenrechte sowie "
         "der Förderung der Demokratie und Rechtsstaatlichkeit war einer der Vorreiter bei der Gewährleistung einer raschen, "
         "geschlossenen und starken Reaktion“, unterstrich der italienische Unterstaatssekretär im Ministerium für "
         "auswärtige Angelegenheiten und internationale Zusammenarbeit, Benedetto Della Vedova, in seiner Rede vor der "
         "Versammlung.")
DV_P3 = ("„Gemeinsam haben wir ein System des Schutzes der Menschenrechte und der Demokratie geschaffen, das einzigartig in "
         "der Welt ist und Millionen von Bürgerinnen und Bürgern der Mitgliedsstaaten des Europarates Garantien bietet und "
         "Hoffnung gibt, darunter jenen der Russischen Föderation. Die sehr schwere Verantwortung der Führung der Russischen "
         "Föderation ändert nichts an der Notwendigkeit, die Folgen der Maßnahmen, die wir verabschieden werden, für das "
         "System der Garantien, dass der Europarat zum Schutz der Rechte aller europäischen Bürger aufgebaut hat, sorgfältig "
         "zu bewerten“, betonte der italienische Unterstaatssekretär.")

add(id="ho315-coe-2022-della-vedova-versammlung",
    title=None,
    url="https://coe.int/de/web/portal/-/-council-of-europe-has-been-at-the-forefront-to-ensure-a-prompt-cohesive-and-"
        "strong-reaction-says-della-vedova-at-pace?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D16",
    retrieved="same address (news item on the speech of the Italian Under-Secretary of State Benedetto Della Vedova before "
              "the Parliamentary Assembly during the Italian chairmanship of the Committee of Ministers, 2022, undated in "
              "the stored copy; the stored copy begins with the first paragraph and shows no heading, so the text has no "
              "title line (rules 18, 32); 'dass der Europarat … aufgebaut hat' kept as stored (rule 20); complete, under 500 "
              "words)",
    license=COE,
    paras=[DV_P1,
           "Im Rahmen des italienischen Vorsitzes im Ministerkomitee hob Della Vedova die verschiedenen Maßnahmen hervor, "
           "die nach dem Angriff der Russischen Föderation auf die Ukraine ergriffen wurden.",
           DV_P3],
    quotes=[(cut(DV_P1, "„Der Europarat", "starken Reaktion“"), DELLA_VEDOVA),
            (cut(DV_P3, "„Gemeinsam haben", "zu bewerten“"), DELLA_VEDOVA)],
    aliases={DELLA_VEDOVA: ["Benedetto Della Vedova", "Della Vedova",
                            "der italienische Unterstaatssekretär im Ministerium für auswärtige Angelegenheiten und "
                            "internationale Zusammenarbeit",
                            "der italienische Unterstaatssekretär"]})

# --- coe.int/de, 2022: Foreign Minister Di Maio before the Parliamentary Assembly ---

DM_P1 = ("„Der Ausschluss der Russischen Föderation aus dem Europarat war in Anbetracht der Grausamkeit der in der Ukraine "
         "begangenen Verbrechen unvermeidlich. Russland ist nicht nur widerrechtlich und ungerechtfertigt in einen anderen "
         "Mitgliedsstaat einmarschiert, sondern hat seinen Angriff unter eklatanter Verletzung der Menschenrechte und der "
         "Regeln des humanitären Völkerrechts fortgesetzt“, erklärte der italienische Minister für auswärtige Angelegenheiten "
         "und internationale Zusammenarbeit, Luigi Di Maio, in seiner Rede vor der Parlamentarischen Versammlung des "
         "Europarates (PACE).")
DM_P2 = ("Der Vorsitzende des Ministerkomitees hob die verschiedenen Maßnahmen hervor, die nach dem Angriff der Russischen "
         "Föderation auf die Ukraine ergriffen wurden, bevor er eine Zusammenfassung der prioritären Maßnahmen des "
         "italienischen Vorsitzes im Ministerkomitee lieferte.")
DM_P3 = ("Zum Schluss seiner Rede unterstrich er die Bedeutung der Ministerkonferenz in Turin am 20. Mai, die den Abschluss "
         "des italienischen Vorsitzes bildet: „In Turin sind wir in erster Linie dazu aufgerufen, unser Bekenntnis zur "
         "zentralen Rolle des Europarates – seinen Grundsätzen, Werten und Instrumenten – bei der Förderung der "
         "Menschenrechte, Demokratie und Rechtsstaatlichkeit im Rahmen der institutionellen Architektur Europas erneut zu "
         "bekräftigen.“ Auf die Rede des Ministers folgte eine lebhafte Frage- und Antwortrunde.")

add(id="ho315-coe-2022-di-maio-ausschluss-russlands",
    title=None,
    url="https://coe.int/de/web/portal/-/the-expulsion-of-russia-from-the-council-of-europe-was-inevitable-di-maio-tells-"
        "pace?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D13",
    retrieved="same address (news item on the speech of the Italian Foreign Minister Luigi Di Maio before the Parliamentary "
              "Assembly, spring 2022, undated in the stored copy; the stored copy begins with the first paragraph and shows "
              "no heading, so the text has no title line (rules 18, 32); complete, under 500 words)",
    license=COE,
    paras=[DM_P1, DM_P2, DM_P3,
           "Während seines Besuchs in Straßburg führte Minister Di Maio einen Meinungsaustausch mit Generalsekretärin "
           "Marija Pejčinović Burić und dem Präsidenten der Parlamentarischen Versammlung, Tiny Kox. Er nahm zudem an "
           "einer Feierstunde zur Übergabe eines Geschenks Italiens an den Europarat teil: eine Marmorbüste, die den "
           "Rechtsphilosophen Cesare Beccaria darstellt."],
    quotes=[(cut(DM_P1, "„Der Ausschluss", "Völkerrechts fortgesetzt“"), DI_MAIO),
            (cut(DM_P3, "„In Turin", "bekräftigen.“"), DI_MAIO)],
    aliases={DI_MAIO: ["Luigi Di Maio", "Minister Di Maio",
                       "der italienische Minister für auswärtige Angelegenheiten und internationale Zusammenarbeit",
                       "Der Vorsitzende des Ministerkomitees", "des Ministers"]})

# --- coe.int/de, March 2013: launch of the Václav Havel Human Rights Prize in Prague ---

HAV_P3 = ("PACE-Präsident Jean-Claude Mignon, die Direktorin der Václav Havel-Bibliothek Marta Smolíková und der "
          "Vorsitzende des Lenkungsausschusses der Stiftung Charta 77, Frantisek Janouch, haben heute gemeinsam mit dem "
          "Außenminister der Tschechischen Republik, Karel Schwarzenberg, an der Auftaktveranstaltung teilgenommen.")
HAV_P4 = ("\"Wir benötigen alle einen besseren Schutz der Menschenrechte, doch gemeinsame Fortschritte können nur durch "
          "großes persönliches Engagement und manchmal auch persönliche Opfer erzielt werden. Die Arbeit der "
          "Zivilgesellschaft muss besser bekannt gemacht und anerkannt werden; das ist die Aufgabe dieses Preises\", "
          "erklärte der Präsident der Versammlung.")

add(id="ho315-coe-2013-03-havel-preis-auftakt-prag",
    title="Auftaktveranstaltung für den Václav Havel-Menschenrechtspreis in Prag",
    url="https://coe.int/de/web/portal/view/-/asset_publisher/vn2ojsz0tUaf/content/vaclav-havel-human-rights-prize-"
        "launched-in-prague",
    retrieved="same address (news item of the Parliamentary Assembly on the launch of the prize in Prague, March 2013, "
              "undated in the stored copy; the link word 'Zurück' before the heading dropped; the label line "
              "'Parlamentarische Versammlung' under the heading (the item's category) dropped (rules 14, 93); the spelling "
              "'Auftaktveranstalung' in the first paragraph and the straight double quotes kept as stored (rule 20); the "
              "sixth paragraph 'Der Preis wird zum Gedenken an Václav Havel, Dramaturg, Kämpfer gegen', cut off in the "
              "stored copy, dropped (rule 15))",
    license=COE,
    paras=["Heute fand in Prag (Tschechische Republik) die Auftaktveranstalung für den Václav Havel-Menschenrechtspreis "
           "statt, der für herausragende Aktionen der Zivilgesellschaft zur Verteidigung der Menschenrechte in Europa und "
           "darüber hinaus vergeben wird.",
           "Der Preis wird jedes Jahr von der Parlamentarischen Versammlung des Europarates (PACE) gemeinsam mit der "
           "Václav Havel-Bibliothek und der Stiftung Charta 77 verliehen und ist mit 60 000 € dotiert. Nominiert werden "
           "können Einzelpersonen, Nichtregierungsorganisationen und Institutionen, die sich für den Schutz der "
           "Menschenrechte einsetzen.",
           HAV_P3, HAV_P4,
           "Die Jury setzt sich aus dem PACE-Präsidenten und sechs unabhängigen Personen zusammen, die moralisch und "
           "aufgrund ihres Fachwissens im Bereich der Menschenrechte hoch angesehen sind. Der Preis wird während einer "
           "Feierstunde auf der Herbstsitzung der Parlamentarischen Versammlung im Oktober in Straßburg überreicht. Die "
           "Václav Havel-Bibliothek veranstaltet anschließend in Prag eine internationale Konferenz zu Ehren des "
           "Preisträgers / der Preisträgerin, in Anerkennung seines / ihres Beitrags zur Förderung der Menschenrechte."],
    quotes=[(cut(HAV_P4, "\"Wir benötigen", "dieses Preises\""), MIGNON)],
    aliases={MIGNON: ["Jean-Claude Mignon", "PACE-Präsident", "der Präsident der Versammlung"]})

# --- EWSA info, October 2022: Christa Schweng and Vasco Alves Cordeiro at the July plenary ---

CO_P2 = ("Zu Beginn der Debatte wies EWSA-Präsidentin Christa Schweng darauf hin, dass sich die beiden Ausschüsse stets für "
         "das europäische Projekt eingesetzt und wertvolle Beiträge dazu geleistet haben. „Gerade jetzt, da Europa von allen "
         "Seiten unter Druck steht, ist es wichtiger denn je, zusammenzustehen und Europa seinen Bürgerinnen und Bürgern "
         "näher zu bringen“, so Schweng.")
CO_P3 = ("Mit Blick auf die politische Bedeutung der gemeinsamen Arbeit von EWSA und AdR pflichtete ihr Vasco Cordeiro bei, "
         "insbesondere in diesen für die EU so schwierigen Zeiten: „Angefangen bei der wirtschaftlichen Erholung nach der "
         "Pandemie über die Stärkung der europäischen Demokratie und den Krieg in der Ukraine mit seinen sozialen und "
         "wirtschaftlichen Folgen bis hin zur Verteidigung der Kohäsionspolitik: Unsere beiden Ausschüsse haben ein "
         "gemeinsames Interesse und die Verantwortung, ihre Stimme klar zu erheben und die Europäische Union "
         "voranzubringen.“")

add(id="ho315-eesc-info-2022-10-schweng-cordeiro-adr",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/102022/articles/101259",
    retrieved="same address (stored article of EWSA info, October 2022, on the debate of EESC President Christa Schweng with "
              "the newly elected President of the European Committee of the Regions at the EESC plenary of July 2022; the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the fourth paragraph 'Ein stärkeres und gerechteres Europa für alle … Vasco Cordeiro erklärte, dass der "
              "A', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Auf der Juli-Plenartagung des Europäischen Wirtschafts- und Sozialausschusses erörterte EWSA-Präsidentin Christa "
           "Schweng mit dem neu gewählten Präsidenten des Europäischen Ausschusses der Regionen (AdR), Vasco Alves "
           "Cordeiro, neue Perspektiven für ein gemeinsames Handeln und die Zusammenarbeit der beiden Ausschüsse.",
           CO_P2, CO_P3],
    quotes=[(cut(CO_P2, "„Gerade jetzt", "näher zu bringen“"), SCHWENG),
            (cut(CO_P3, "„Angefangen bei", "voranzubringen.“"), CORDEIRO)],
    aliases={SCHWENG: ["Christa Schweng", "Schweng", "EWSA-Präsidentin"],
             CORDEIRO: ["Vasco Alves Cordeiro", "Vasco Cordeiro",
                        "dem neu gewählten Präsidenten des Europäischen Ausschusses der Regionen (AdR)"]})
