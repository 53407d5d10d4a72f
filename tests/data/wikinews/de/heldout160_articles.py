# Hundred-and-sixtieth held-out German real-news set (tests/data/heldout160-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1220). None
# of these pages is in any tests/data/*.jsonl (checked by URL and page address against every address named in the modules,
# SOURCES.md files and jsonl files of tests/data and of the other helpers' worktrees, and by the speakers' names and a
# distinctive 8-word phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-sixtieth held-out set" of SOURCES.md: news items of the Council of Europe
# (Europarat) on its portal coe.int/de, 2018-2023 — the Group of Experts on Action against Trafficking in Human Beings
# (GRETA) and its President Helga Gayer, the Deputy Secretary General Bjørn Berge at GRETA's 50th plenary, the Committee
# for the Prevention of Torture (CPT) and its President Nikolaj Gnatowskij, and the Congress of Local and Regional
# Authorities and its President Anders Knape (licence COE: excerpts of under 500 words with the Council of Europe
# credited). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), and each retrieval note names what was dropped. Unmarked middle paragraphs of a multi-paragraph statement are not
# annotated (rule 46); none of the kept texts has one.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


GAYER = "Helga Gayer"
BERGE = "Bjørn Berge"
GNAT = "Nikolaj Gnatowskij"
KNAPE = "Anders Knape"

# --- 2023: GRETA's annual report for 2022; a quote and a dass-clause fragment of its President (rule 1220) ---

G22_P1 = ('Die Expertengruppe des Europarates für die Bekämpfung des Menschenhandels (GRETA) hat ihren Jahresbericht für '
          '2022 veröffentlicht, der einen Überblick über ihre Tätigkeiten liefert, darunter Sitzungen, Bewertungsbesuche, '
          'Länderberichte und Runde Tische, sowie ihre Zusammenarbeit mit Europaratsorganen, anderen internationalen '
          'Organisationen und der Zivilgesellschaft, um Menschenhandel zu verhüten und zu bekämpfen.')
G22_P2 = ('„Das Jahr 2022 war durch Russlands Militärangriff auf die Ukraine geprägt, was zur größten '
          'Bevölkerungsvertreibung in Europa seit dem Zweiten Weltkrieg führte“, erklärte GRETA-Präsidentin Helga Gayer und '
          'unterstrich, dass „die GRETA mit der Veröffentlichung einer Erklärung reagierte, in der sie vor der Gefahr '
          'warnte, dass Menschen, die vor dem bewaffneten Konflikt in der Ukraine fliehen, Opfer von Menschenhandel und '
          'Ausbeutung werden, auf welche die Erstellung eines diesbezüglichen Leitfadens folgte.“ Der Bericht der GRETA '
          'enthält ein entsprechendes thematisches Kapitel, das der Bewältigung der Gefahren von Menschenhandel im '
          'Zusammenhang mit dem Krieg in der Ukraine gewidmet ist, mit praktischen Maßnahmen, die umgesetzt werden können, '
          'um diese zu minimieren.')
G22_P3 = ('Eine weitere wichtige Entwicklung im Jahr 2022 war die Verabschiedung einer neuen Empfehlung des '
          'Ministerkomitees an die Mitgliedsstaaten zur Verhütung und Bekämpfung von Menschenhandel zum Zweck der '
          'Ausbeutung der Arbeitskraft. Im Jahresbericht der GRETA wird die Empfehlung diskutiert, die sich auf die '
          'Monitoring-Tätigkeit der GRETA stützt und durch einen Begründungstext ergänzt wird, der ein umfassendes '
          'Maßnahmenbündel zu Prävention, Schutzmaßnahmen, Strafverfolgung und Partnerschaften beinhaltet.')

add(id="ho160-coe-2023-greta-jahresbericht-2022",
    title=None,
    url="https://coe.int/de/web/portal/-/greta-publishes-2022-annual-report-highlighting-the-need-for-more-action-and-"
        "resources-to-tackle-human-trafficking-in-europe?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26"
        "start%3D13",
    retrieved="same address (news item of 2023 on GRETA's annual report for 2022; no headline in the stored copy, so no "
              "title; the fourth paragraph ('Die im Jahr 2022 veröffentlichten GRETA-Berichte … insbesondere jene im Zu'), "
              "cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[G22_P1, G22_P2, G22_P3],
    quotes=[(cut(G22_P2, '„Das Jahr 2022', 'führte“'), GAYER),
            (cut(G22_P2, '„die GRETA mit', 'Leitfadens folgte.“'), GAYER)],
    aliases={GAYER: ["Helga Gayer", "GRETA-Präsidentin Helga Gayer"]})

# --- 2022: GRETA's annual report for 2021; one quote of its chair after a report of her words ---

G21_P1 = ('Die Expertengruppe des Europarates zur Bekämpfung des Menschenhandels (GRETA) hat ihren Jahresbericht für das '
          'Jahr 2021 veröffentlicht. Ungeachtet der Schwierigkeiten in Verbindung mit der Coronavirus-Pandemie konnte die '
          'GRETA 2021 einige wichtige Fortschritte erzielen und die Zusammenarbeit mit anderen Organen des Europarates, '
          'internationalen Organisationen und der Zivilgesellschaft weiterentwickeln, um Menschenhandel zu verhindern und '
          'zu bekämpfen. Die GRETA führte Bewertungsbesuche in zehn Ländern durch und verabschiedete die Berichte der '
          'dritten Bewertungsrunde für sechs Länder (Frankreich, Lettland, Malta, Montenegro, Rumänien und Vereinigtes '
          'Königreich). Als zweiter Nichtmitgliedsstaat des Europarates ist Israel dem Übereinkommen zur Bekämpfung des '
          'Menschenhandels beigetreten.')
G21_P2 = ('Die Vorsitzende der GRETA, Helga Gayer, unterstreicht in dem Jahresbericht, dass Kinderhandel trotz der '
          'gesetzgeberischen Maßnahmen und staatlichen Politik der Vertragsparteien weiter zugenommen hat. „Durch die '
          'Coronavirus-Pandemie sind Kinder noch anfälliger für Menschenhandel geworden, besonders für Ausbeutung im Netz. '
          'Alle am Kampf gegen Menschenhandel Beteiligten müssen ihre Anstrengungen verstärken, um Kinderhandel zu '
          'verhindern und innovative Methoden zum Schutz der Kinder zu entwickeln“, erklärte Gayer. Der Bericht enthält '
          'die wichtigsten Schlussfolgerungen und Empfehlungen einer Studie über Online- und technologiegestützten '
          'Menschenhandel, die auf Angaben beruht, die 40 Vertragsstaaten des Übereinkommens des Europarates zur '
          'Bekämpfung des Menschenhandels, 12 Nichtregierungsorganisationen und 2 Unternehmen aus der Technologiebranche '
          'übermittelt haben.')

add(id="ho160-coe-2022-greta-jahresbericht-2021",
    title=None,
    url="https://coe.int/de/web/portal/-/trafficking-in-human-beings-expert-group-greta-releases-its-annual-report?"
        "p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D16",
    retrieved="same address (news item of 2022 on GRETA's annual report for 2021; no headline in the stored copy, so no "
              "title; the third paragraph ('In der Studie werden die Auswirkungen der Technologie … und bei den mit "
              "diesen Fällen verbundenen Ermittlungen und Strafverfolgungen beschrie'), cut off in the stored copy, "
              "dropped (rule 15))",
    license=COE,
    paras=[G21_P1, G21_P2],
    quotes=[(cut(G21_P2, '„Durch die', 'zu entwickeln“'), GAYER)],
    aliases={GAYER: ["Helga Gayer", "Gayer"]})

# --- 2023: GRETA's 50th plenary; a publication title (null) and the Deputy Secretary General (rule 1221) ---

G15_P1 = ('Die Expertengruppe für die Bekämpfung des Menschenhandels (GRETA) hat anlässlich ihrer 50. Plenarsitzung eine '
          'Bilanz ihrer nunmehr 15-jährigen Überwachung der Konvention des Europarates zur Bekämpfung des Menschenhandels '
          'gezogen. In ihrer jüngsten Veröffentlichung zum Thema „Praktische Auswirkungen der Überwachungstätigkeit der '
          'GRETA“ werden zahlreiche positive Maßnahmen der Staaten zur Stärkung ihrer Gesetzgebung und Politik zur '
          'Bekämpfung von Menschenhandel hervorgehoben.')
G15_P2 = ('Beispiele sind Änderungen bei der Kriminalisierung von Menschenhandel, die Verabschiedung von Bestimmungen zur '
          'Erholungs- und Bedenkzeit und zu Aufenthaltsgenehmigungen für Menschenhandelsopfer sowie die Annahme einer '
          'spezifischen Bestimmung über die Straffreiheit für Opfer von Menschenhandel. Die Monitoring-Tätigkeit der GRETA '
          'hat auch zu Veränderungen bei den Verfahren zur Identifizierung von Menschenhandelsopfern, der Einrichtung '
          'spezieller Unterkünfte für diese Opfer und einer Erhöhung der Mittel für die Opferhilfe geführt.')
G15_P3 = ('„Der Erfolg der GRETA ist zum großen Teil auf die Gründlichkeit ihrer Monitoring-Tätigkeit zurückzuführen, die '
          'Berichte zu Themen umfasst, die von der Gleichstellung der Geschlechter bis hin zu den Bedürfnissen der am '
          'stärksten gefährdeten Gruppen reichen, darunter Kinder und Minderheiten. Die drei Bewertungsrunden, die '
          'durchgeführt wurden und sich auf über 130 Länderbesuche erstrecken, vermitteln ein klares Bild der '
          'Entwicklungen, Praktiken und Herausforderungen, welche die Vertragsstaaten der Konvention betreffen“, erklärte '
          'der Stellvertretende Generalsekretär des Europarates, Bjørn Berge, bei der Eröffnung der Sitzung.')

add(id="ho160-coe-2023-greta-50-plenarsitzung-berge",
    title=None,
    url="https://coe.int/de/web/portal/-/greta-triggers-positive-changes-in-the-fight-against-human-trafficking-"
        "celebrates-15-years-of-its-monitoring-work?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D4%26start%3D109",
    retrieved="same address (news item of 2023 on GRETA's 50th plenary meeting; no headline in the stored copy, so no "
              "title; the fourth paragraph ('„In diesen Krisenzeiten spielt die GRETA … gegen die Ukraine“, unterstrich die "
              "Stellvertretende '), cut off in the stored copy before its speaker is named, dropped (rules 15, 1221))",
    license=COE,
    paras=[G15_P1, G15_P2, G15_P3],
    quotes=[(cut(G15_P1, '„Praktische', 'GRETA“'), None),
            (cut(G15_P3, '„Der Erfolg', 'betreffen“'), BERGE)],
    aliases={BERGE: ["Bjørn Berge", "Stellvertretende Generalsekretär des Europarates"]})

# --- 2020: the CPT's annual report for 2019; a quotation opened in one paragraph and closed in the next (rule 1222) ---

CPT_TITLE = 'CPT-Jahresbericht 2019: 30 Jahre Verhütung von Folter und Misshandlung'
CPT_P1 = ('„In den letzten 30 Jahren wurden bei der Verhütung von Folter und Misshandlung in Europa Fortschritte erzielt, '
          'gleichwohl bleiben noch erhebliche und komplexe Probleme zu lösen, um den Schutz von Personen, denen die '
          'Freiheit entzogen wurde, am Ort der Inhaftierung zu gewährleisten“, so der Präsident des Komitees des '
          'Europarates zur Verhütung von Folter und unmenschlicher oder erniedrigender Behandlung oder Strafe (CPT), '
          'Nikolaj Gnatowskij, anlässlich der Veröffentlichung des Jahresberichts des Komitees für 2019. „Der 30. '
          'Jahrestag der Gründung des CPT im Jahr 2019 war eine Gelegenheit, eine Bilanz über die Erfolge des Komitees zu '
          'ziehen und die Aufgaben zu analysieren, die noch zu lösen sind, etwa die Überbelegung von Gefängnissen, die '
          'Inhaftierung von Migrant/inn/en, die Zwangsbehandlung psychiatrischer Patient/inn/en und die Inhaftierung '
          'Jugendlicher.')
CPT_P2 = ('Heute wird das Verbot von Folter und anderer Formen der Misshandlung angezweifelt, und zwar im Zuge des '
          'Versuchs, die Menschenrechte und die Demokratie infrage zu stellen. Darum ist der Schutz von Personen, denen die '
          'Freiheit entzogen ist, wichtiger denn je. Die europäischen Staaten sollten ihre Anstrengungen verstärken, um '
          'jede Form von Folter oder Misshandlung vollständig zu beseitigen“, erklärte Gnatowskij.')
CPT_P3 = ('Seit 1989 hat das CPT über 450 Besuche in Mitgliedsstaaten des Europarates durchgeführt. Im Rahmen dieser '
          'Informationsbesuche suchten die Delegationen mehr als 3000 Polizeistationen und über 1200 Gefängnisse auf sowie '
          'Hunderte Inhaftierungszentren für Migrant/inn/en, Pflegeheime und andere Orte, an denen Menschen die Freiheit '
          'entzogen werden kann.')

add(id="ho160-coe-2020-cpt-jahresbericht-2019-gnatowskij",
    title=CPT_TITLE,
    url="https://coe.int/de/web/portal/-/cpt-annual-report-2019-30-years-preventing-torture-and-ill-treatment?"
        "p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D18",
    retrieved="same address (news item of 2020 on the CPT's annual report for 2019; the link word 'Zurück' before the "
              "heading dropped and the heading, given twice, kept once as title (rule 93); the fourth paragraph ('Im Jahr "
              "2019 schlossen sich Albanien und die Tschechische Republik … und die entsprec'), cut off in the stored copy, "
              "dropped (rule 15))",
    license=COE,
    paras=[CPT_P1, CPT_P2, CPT_P3],
    quotes=[(cut(CPT_P1, '„In den letzten', 'gewährleisten“'), GNAT),
            (CPT_P1[CPT_P1.index('„Der 30.'):], GNAT),
            (cut(CPT_P2, 'Heute wird', 'beseitigen“'), GNAT)],
    aliases={GNAT: ["Nikolaj Gnatowskij", "Gnatowskij"]})

# --- 2019: Congress President Anders Knape at the opening of the 37th session; a heading quotation (rule 1223) ---

KR_TITLE = ('Anders Knape: „Dem Kongress müssen Ressourcen zur Verfügung stehen, die seinen Aufgaben im Europarat '
            'entsprechen“')
KR_P1 = ('In seiner Rede im Rahmen der Eröffnung der 37. Sitzung des Kongresses der Gemeinden und Regionen des Europarates '
         'am 29. Oktober 2019 in Straßburg erinnerte Kongresspräsident Anders Knape an die Rolle des Europarates bei der '
         'Sicherung der Demokratie, der Menschenrechte und der Rechtsstaatlichkeit in seinen 47 Mitgliedsstaaten. Er '
         'betonte, dass dem Kongress eine Schlüsselrolle bei der Verteidigung der kommunalen Demokratie zukommt und dass er '
         'ein wichtiger Teil dieses Mechanismus ist.')
KR_P2 = ('„Wir begrüßen, dass der Platz des Europarates innerhalb der europäischen Architektur ebenso anerkannt wird wie '
         'die Rolle des Kongresses als Hüter der kommunalen Demokratie. Diese Anerkennung drückte erst kürzlich der '
         'französische Präsident anlässlich der Feierlichkeiten zum 70. Jahrestag der Gründung des Europarates aus“, so '
         'Knape.')
KR_P3 = ('„Abseits der großen Reden sind wir allerdings mit zunehmenden Druck vonseiten der Mitgliedsstaaten konfrontiert, '
         'die vom Kongress erwarten, dass er die kommunale Demokratie überwacht und Kommunal- und Regionalwahlen '
         'beobachtet, aber auch, dass er ein führender Akteur ist, der den Menschen angesichts der zahlreichen Probleme der '
         'heutigen Zeit zur Seite steht“, erklärte der Kongresspräsident. „Wir müssen also den Dialog mit den '
         'Mitgliedsstaaten fortführen, um wieder einen Anteil von 3 % am Haushalt des Europarates zu erreichen. Dies würde '
         'es dem Kongress ermöglichen, die Tätigkeiten, für die er innerhalb des Europarates zuständig ist, weiter '
         'auszuführen“, schloss Knape.')

add(id="ho160-coe-2019-10-29-knape-ressourcen",
    title=KR_TITLE,
    url="https://coe.int/de/web/portal/-/anders-knape-the-congress-must-have-resources-corresponding-to-its-"
        "responsibilities-within-the-council-of-europe-?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26"
        "start%3D100",
    retrieved="same address (news item of 29 October 2019, complete as stored; the link word 'Zurück' before the heading "
              "dropped and the heading, given twice, kept once as title; the footer line 'Kongresssitzung Straßburg 29. "
              "Oktober 2019', the page's French buttons ('Diminuer la taille du texte …') and the links 'Events', 'Follow "
              "us', 'Galerie', 'Facebook', 'Twitter' dropped (rules 14, 93))",
    license=COE,
    paras=[KR_P1, KR_P2, KR_P3],
    quotes=[(cut(KR_TITLE, '„Dem Kongress', 'entsprechen“'), KNAPE),
            (cut(KR_P2, '„Wir begrüßen', 'Europarates aus“'), KNAPE),
            (cut(KR_P3, '„Abseits', 'zur Seite steht“'), KNAPE),
            (cut(KR_P3, '„Wir müssen', 'auszuführen“'), KNAPE)],
    aliases={KNAPE: ["Anders Knape", "Knape", "Kongresspräsident Anders Knape", "Kongresspräsident"]})

# --- 2018: Anders Knape elected President of the Congress; a quotation that closes a paragraph with no cue (rule 1224) ---

KE_TITLE = 'Anders Knape zum neuen Präsidenten des Kongresses gewählt'
KE_P1 = ('Bei ihrer 35. Sitzung haben die Mitglieder des Kongresses der Gemeinden und Regionen des Europarates in Straßburg '
         '(Frankreich) Anders Knape (Schweden, EPP/CCE) für eine Amtszeit von zwei Jahren zum Präsidenten des Kongresses '
         'gewählt.')
KE_P2 = ('„Unser Kongress ist ein politisches Organ, dessen Aufgabe der Schutz der lokalen Demokratie ist. Wir vertreten '
         'nicht die Regierungen, sondern vielmehr die Bevölkerung unserer Städte, Gemeinden und Regionen“, erklärte der neu '
         'gewählte Präsident. Er unterstrich die wichtige Rolle des Kongresses bei der Förderung und Verteidigung der '
         'lokalen und regionalen Demokratie. „Darum ist die Konsultierung der Gemeinden und Regionen von wesentlicher '
         'Bedeutung, und darum müssen wir den regelmäßigen Dialog mit den Behörden auf nationaler Ebene fortsetzen“, fügte '
         'er hinzu.')
KE_P3 = ('Knape betonte, dass dem Kongress Ressourcen zur Verfügung gestellt werden müssen, die es ihm ermöglichen, seine '
         'Aufgaben zu erfüllen und die Qualität seiner Arbeit zugunsten der lokalen Demokratie aufrechtzuerhalten. „Der '
         'Kongress ist die einzige Organisation, die für die Überwachung der Umsetzung der Europäischen Charta der '
         'kommunalen Selbstverwaltung zuständig ist. Diese Monitoring-Tätigkeit ist von ebenso entscheidender Bedeutung '
         'wie die Post-Monitoring- und Wahlbeobachtungstätigkeiten“, so Knape. „Wir sind ein wichtiger Teil des '
         'Europarates und des Systems zur Sicherung der Demokratie in Europa.“')

add(id="ho160-coe-2018-11-knape-gewaehlt",
    title=KE_TITLE,
    url="https://coe.int/de/web/portal/-/anders-knape-elected-new-president-of-the-congress?p_l_back_url=%2Fit%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D75%26start%3D32",
    retrieved="same address (news item of November 2018 on the Congress's 35th session; the link word 'Zurück' before the "
              "heading dropped and the heading, given twice, kept once as title (rule 93); the fourth paragraph ('Als "
              "Schlüsselthemen erwähnte Knape … Knape äußerte seine H'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[KE_P1, KE_P2, KE_P3],
    quotes=[(cut(KE_P2, '„Unser Kongress', 'Regionen“'), KNAPE),
            (cut(KE_P2, '„Darum ist', 'fortsetzen“'), KNAPE),
            (cut(KE_P3, '„Der Kongress ist', 'Wahlbeobachtungstätigkeiten“'), KNAPE),
            (cut(KE_P3, '„Wir sind', 'in Europa.“'), KNAPE)],
    aliases={KNAPE: ["Anders Knape", "Knape", "der neu gewählte Präsident"]})
