# Five-hundred-and-first held-out German real-news set (tests/data/heldout501-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2740-2744). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file
# of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-first held-out set": seven texts of the European Committee of the
# Regions (Europäischer Ausschuss der Regionen, AdR; licence COR, new in licences.py): five German pages of its site
# cor.europa.eu/de (Apostolos Tzitzikostas elected President, February 2020; his press statement postponing the March
# plenary, March 2020; the debate with Ukrainian mayors, April 2022; Vasco Alves Cordeiro elected President, 2022; the
# resolution on Brexit, May 2018) and two of its releases on the Austrian campaign 'EU-Bürgermeister/in des Jahres 2011' as
# reposted by the Österreich Journal under the datelines 'Brüssel (cor.europa.eu)' (May 2010) and 'Brüssel (cor.europa)'
# (December 2010). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), the site's machine-translation line and the Journal's date lines are dropped (rule
# 2740), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COR  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


TZITZIKOSTAS = "Apostolos Tzitzikostas"
CORDEIRO = "Vasco Alves Cordeiro"
ADR = "Europäische Ausschuss der Regionen"
HAHN = "Johannes Hahn"

# --- cor.europa.eu/de, 12 February 2020: Apostolos Tzitzikostas elected President of the Committee ---

TE_T = "Gouverneur Zentralmazedoniens neuer Präsident des Europäischen Ausschusses der Regionen"
TE_SUB = "Apostolos Tzitzikostas: „Mein Ziel ist es, Europa bürgernäher zu machen.“"
TE_P1 = ("Der Grieche Apostolos Tzitzikostas (EVP) wurde heute zum Präsidenten des Europäischen Ausschusses der Regionen "
         "gewählt. Der Gouverneur der griechischen Region Zentralmazedonien wird in den nächsten zweieinhalb Jahren an der "
         "Spitze der Versammlung der lokalen und regionalen Mandatsträger der EU stehen. Zudem wählte der Ausschuss in "
         "seiner ersten Sitzung der neuen fünfjährigen Mandatsperiode Vasco Ilídio Alves Cordeiro, Präsident der "
         "Regionalregierung der Azoren (Portugal), zum Ersten Vizepräsidenten.")
TE_P2 = ("In seiner Rede vor den 329 Mitgliedern des Ausschusses aus allen 27 EU-Mitgliedstaaten legte der neue Präsident "
         "drei Hauptprioritäten für seine Amtszeit dar:")
TE_P3 = ("„Erstens muss die Europäische Union im Dienste ihrer Bürgerinnen und Bürger und ihrer Wohnorte – ihrer Dörfer, "
         "Städte und Regionen – stehen. Wir müssen den territorialen Zusammenhalt, die Innovation und das Unternehmertum "
         "unterstützen, zugleich aber auch glaubwürdige Lösungen für eine solidarische Bewältigung der Migration finden. Die "
         "derzeitigen tiefgreifenden Veränderungen der grünen, digitalen und demografischen Revolution zu verstehen und "
         "darauf zu reagieren, ist ein zweiter Schwerpunkt für die Regionen und Städte. Und schließlich müssen wir auch die "
         "europäische Demokratie stärken und dazu die Regionen und Städte in ihren Mittelpunkt stellen, damit Europa "
         "bürgernäher wird.“")

add(id="ho501-cor-2020-02-12-tzitzikostas-praesident-gewaehlt",
    title=TE_T,
    url="https://cor.europa.eu/de/news/Pages/Central-Macedonia-Governor-elected-President-of-the-EU-Committee-of-the-Regions.aspx",
    retrieved="same address (news item of the European Committee of the Regions on the election of 12 February 2020; the "
              "site's line 'Klicken Sie hier, um eine Maschinenübersetzung dieses Textes zu erhalten.' dropped and the "
              "trailing spaces after the headline removed (rule 2740); headline and subtitle kept as lines of their own as "
              "stored; the last paragraph 'Der Präsident bezeichnete den Brexit als „Weckruf“, Die EU müsse … „Als gewählte "
              "Kommunal- und Regionalpolitiker … Die EU muss ihre Entsc', cut off in the stored copy, dropped with its two "
              "quotations (rule 15))",
    license=COR,
    paras=[TE_SUB, TE_P1, TE_P2, TE_P3],
    # the subtitle label `Apostolos Tzitzikostas: „…“` is his (rule 54); the quotation paragraph after the colon that ends
    # the paragraph before (`legte der neue Präsident drei Hauptprioritäten für seine Amtszeit dar:`) is the new
    # President's, Tzitzikostas (rules 9, 30, 46); Cordeiro, elected First Vice-President, says nothing
    quotes=[("„Mein Ziel ist es, Europa bürgernäher zu machen.“", TZITZIKOSTAS),
            (cut(TE_P3, "„Erstens", "bürgernäher wird.“"), TZITZIKOSTAS)],
    aliases={TZITZIKOSTAS: ["Apostolos Tzitzikostas", "neue Präsident", "Gouverneur"]})

# --- cor.europa.eu/de, March 2020: press statement of President Tzitzikostas postponing the March plenary session ---

TP_P1 = ("Presseerklärung des Präsidenten des Europäischen Ausschusses der Regionen Apostolos Tzitzikostas „Nach "
         "sorgfältiger Überlegung bin ich zu dem Schluss gekommen, den Termin der für den 25./26. März geplanten "
         "Plenartagung des Europäischen Ausschusses der Regionen als Beitrag zu den Bemühungen zur Prävention und "
         "Eindämmung der weiteren Ausbreitung der Coronavirus-Pandemie zu verschieben. Damit schließe ich mich den bereits "
         "von vielen lokalen, regionalen, nationalen und europäischen Behörden ergriffenen Maßnahmen an. Alle Mitglieder "
         "unseres Ausschusses, seine Bediensteten und die anderen EU - Institutionen und Partner, mit denen wir in engem "
         "Kontakt stehen, wurden bereits über diesen Beschluss informiert.")
TP_P2 = ("Ich habe diese Entscheidung vor dem Hintergrund der Anfragen vieler Mitglieder getroffen, die gesundheitliche "
         "Bedenken im Zusammenhang mit der Teilnahme an der Plenartagung geäußert haben, dabei aber auch an diejenigen "
         "gedacht, die aufgrund von Beschränkungen in ihren Heimatländern nicht hätten teilnehmen können. Außerdem habe ich "
         "alle relevanten gesundheitlichen, politischen, organisatorischen, finanziellen, rechtlichen und "
         "interinstitutionellen Aspekte sorgfältig geprüft. Die Ergebnisse aller Analysen sprechen klar für den Erlass "
         "einer strengen Vorsichtsmaßnahme. Die Gesundheit unserer Bürgerinnen und Bürger, unserer Mitglieder und "
         "Bediensteten hat absoluten Vorrang. Wir müssen besonnen und verantwortungsvoll handeln, um sie zu schützen.")
TP_P3 = ("Zudem müssen unsere Mitglieder in dieser schwierigen Phase dort bleiben können, wo sie am dringendsten gebraucht "
         "werden. Als lokale und regionale Mandatsträger müssen wir vor Ort in unseren Regionen, Städten und Dörfern aktiv "
         "an der Eindämmung der Coronavirus-Pandemie mitwirken. Wir stellen uns dieser Herausforderung mit Entschlossenheit, "
         "Tatkraft und Mut. Ich bin mir sicher, dass die Coronavirus-Pandemie dank unserer Bemühungen eingedämmt und "
         "überwunden wird.")

add(id="ho501-cor-2020-03-tzitzikostas-plenartagung-verschoben",
    title=None,
    url="https://cor.europa.eu/de/news/Pages/EU-Committee-of-region-postpones-March-plenary-session-to-contribute-to-preventing-and-controlling-the-Coronavirus-pandemi.aspx",
    retrieved="same address (press statement of the President of the European Committee of the Regions postponing the "
              "plenary session of 25/26 March 2020, issued in March 2020; the stored copy begins with the label line run "
              "into the statement, without the page's headline, so the document has no title line (rules 18, 32, 2741); "
              "the fourth paragraph 'Die Demokratie ist stärker als ', cut off in the stored copy, dropped with the "
              "statement's closing mark (rules 15, 2744))",
    license=COR,
    paras=[TP_P1, TP_P2, TP_P3],
    # the label `Presseerklärung des Präsidenten … Apostolos Tzitzikostas` run into the statement is its cue (rule 54);
    # the statement opens a mark that the kept text never closes: the opened paragraph is one span to its end, and the two
    # unmarked paragraphs after it are not annotated (rules 22, 46, 2744); the role phrase names the Committee and is no
    # alias (rule 33)
    quotes=[(TP_P1[TP_P1.index("„Nach"):], TZITZIKOSTAS)],
    aliases={TZITZIKOSTAS: ["Apostolos Tzitzikostas"]})

# --- cor.europa.eu/de, 27 April 2022: debate with the mayors of Ukrainian cities ---

UA_P0 = ("Bürgermeister von Mariupol, Kiew, Melitopol, Lwiw und Charkiw schildern Herausforderungen für ihre Städte. "
         "Vertreter der europäischen Regionen und Städte fordern „robuste Sanktionen“ und unverzügliche Freilassung der "
         "entführten Mandatsträger.")
UA_P1 = ("In einer Debatte mit ukrainischen Regional- und Kommunalpolitikern am 27. April rief der Europäische Ausschuss "
         "der Regionen (AdR) zu „robusten Sanktionen gegen Russland“ auf, forderte die „unverzügliche Freilassung der [...] "
         "von russischen Besatzungstruppen entführten ukrainischen Bürgermeister und Beamten“ und bot den Sachverstand der "
         "Regionen und Städte der EU an, um die lokalen und regionalen Gebietskörperschaften der Ukraine beim Wiederaufbau "
         "zu unterstützen. Im Rahmen der Sitzung des ukrainischen Kongresses der Gemeinden und Regionen überbrachte "
         "AdR-Präsident Tzitzikostas diese Botschaft anschließend auch dem ukrainischen Präsidenten Wolodymyr Selenskyj.")
UA_P2 = ("Apostolos Tzitzikostas (EL/EVP), Präsident des AdR und Gouverneur der griechischen Region Zentralmakedonien, "
         "verurteilte im Namen des AdR die Gräueltaten der russischen Truppen gegen unschuldige Zivilisten und "
         "Kommunalpolitikerinnen und -politiker: „Die lokalen und regionalen Gebietskörperschaften der EU werden weiter "
         "humanitäre Hilfe leisten und die Millionen von Menschen mit offenen Armen aufnehmen, die vor dem Krieg aus der "
         "Ukraine fliehen. Wir wollen einen Beitrag zum Wiederaufbau der Ukraine leisten. Unsere Institution ist bereit, ein "
         "Team aus Experten aus allen europäischen Regionen und Städten für Raum- und Städteplanung sowie nachhaltige "
         "Entwicklung zusammenzustellen. Wir fordern die EU und ihre Mitgliedstaaten auf, den Zugang zu Finanzmitteln zu "
         "verbessern und zu erleichtern, um den Wiederaufbau der Ukraine zu unterstützen.“")

add(id="ho501-cor-2022-04-27-ukraine-buergermeister-sanktionen",
    title=None,
    url="https://cor.europa.eu/de/news/Pages/we-welcome-your-people-and-will-help-rebuild-your-country.aspx",
    retrieved="same address (news item of the European Committee of the Regions on its debate with Ukrainian local and "
              "regional politicians of 27 April 2022; the stored copy begins with the item's summary line, without the "
              "page's headline, so that line is the first line (rules 18, 32, 2741); the paragraph 'Vitali Klitschko, "
              "Bürgermeister von Kiew und seit März Ehrenmitglied des AdR, forderte … wegen der anhaltenden Raketenan', cut "
              "off in the stored copy, dropped (rule 15); the published elision '[...]' inside the quotation kept (rule "
              "20))",
    license=COR,
    paras=[UA_P0, UA_P1, UA_P2],
    # the summary line's `Vertreter der europäischen Regionen und Städte fordern „robuste Sanktionen“` gives the call that
    # the body credits to the Committee (`rief der Europäische Ausschuss der Regionen (AdR) zu „robusten Sanktionen gegen
    # Russland“ auf`) → the Committee, with the summary's group phrase as alias (rules 26, 2742); the two partial quotations
    # of the body's call are the Committee's (rules 3, 11), the second with the published elision inside its span (rule
    # 2561); the colon quotation after `Apostolos Tzitzikostas …, verurteilte im Namen des AdR …:` is the President's, not
    # the Committee's, in whose name he speaks (rules 9, 2742); the mayors and Selenskyj say nothing in the kept text
    quotes=[("„robuste Sanktionen“", ADR),
            ("„robusten Sanktionen gegen Russland“", ADR),
            (cut(UA_P1, "„unverzügliche", "Beamten“"), ADR),
            (cut(UA_P2, "„Die lokalen", "unterstützen.“"), TZITZIKOSTAS)],
    aliases={ADR: ["Europäische Ausschuss der Regionen", "AdR", "Vertreter der europäischen Regionen und Städte"],
             TZITZIKOSTAS: ["Apostolos Tzitzikostas", "Tzitzikostas"]})

# --- cor.europa.eu/de, 2022: Vasco Alves Cordeiro elected President of the Committee ---

VC_P0 = "„Ein Europa, das von allen für alle gestaltet wird. Für jede Gemeinde, jede Stadt und jede Region.“"
VC_P1 = ("Die Mitglieder des Europäischen Ausschusses der Regionen (AdR) haben Vasco Alves Cordeiro für die nächsten "
         "zweieinhalb Jahre zu ihrem neuen Präsidenten gewählt. Das Mitglied des Regionalparlaments der Azoren übernimmt den "
         "Vorsitz über die Versammlung der Regional- und Kommunalvertreter der EU. Während seines Mandats möchte er sich "
         "insbesondere mit der Stärkung der Demokratie, der Verteidigung der Kohäsionspolitik, der Verwirklichung der Ziele "
         "des europäischen Grünen Deals und dem Ausbau regionaler Unterstützung für die Ukraine befassen. Darüber hinaus "
         "wählten die AdR-Mitglieder Apostolos Tzitzikostas, Gouverneur der griechischen Region Zentralmakedonien, zu ihrem "
         "neuen Ersten Vizepräsidenten.")
VC_P2 = ("Nach seiner Wahl durch Zuruf sprach Vasco Alves Cordeiro vor den 329 AdR-Mitgliedern aus allen 27 "
         "EU-Mitgliedstaaten. Dabei betonte er zunächst, dass die demokratische Legitimierung seines Mandats als Mitglied "
         "des Ausschusses der Regionen aus seinem Amt im Parlament der Azoren erwachse: „Es ist wegen meines Engagements für "
         "die Azoren, dass ich heute vor Ihnen stehe. Ohne dieses wäre ich nicht hier.“")
VC_P3 = ("Der neue Präsident stellte die Prioritäten für seine Amtszeit vor und erklärte: „Die heutigen Zeiten erfordern ein "
         "stärkeres und gerechteres Europa für alle. Ein stärkeres Europa, das sich weiterentwickelt und dabei seine Werte "
         "und Gründungsprinzipien wie Freiheit, Achtung der Menschenwürde, Toleranz, Rechtsstaatlichkeit und Demokratie "
         "entschieden hochhält. Ein stärkeres Europa, das auch auf der Förderung einer stärkeren und systematischeren "
         "Beteiligung der Bürgerinnen und Bürger an den Entscheidungsprozessen basiert.“")

add(id="ho501-cor-2022-cordeiro-praesident-gewaehlt",
    title=None,
    url="https://cor.europa.eu/de/news/Pages/Election-president.aspx",
    retrieved="same address (news item of the European Committee of the Regions on the election of Vasco Alves Cordeiro "
              "as its President in 2022; the stored copy gives no date line and begins with the page's subtitle quotation, "
              "without its headline, so that line is the first line (rules 18, 32, 2741); the paragraph 'In Bezug auf die "
              "Zukunft Europas betonte Cordeiro, dass „die Antwort … aller europäischer Insti', cut off in the stored copy, "
              "dropped with its quotation (rule 15))",
    license=COR,
    paras=[VC_P0, VC_P1, VC_P2, VC_P3],
    # the first line, a quotation with no cue standing where the page sets its subtitle, is the newly elected President's,
    # the only person the item quotes (rule 2741, rule 461 extended to a stored copy without its headline); the colon
    # quotations after `betonte er …:` and `Der neue Präsident … erklärte:` are his (rules 8, 9, 30); Tzitzikostas, elected
    # First Vice-President, says nothing
    quotes=[(VC_P0, CORDEIRO),
            (cut(VC_P2, "„Es ist", "nicht hier.“"), CORDEIRO),
            (cut(VC_P3, "„Die heutigen", "basiert.“"), CORDEIRO)],
    aliases={CORDEIRO: ["Vasco Alves Cordeiro", "neue Präsident"]})

# --- cor.europa.eu/de, 17 May 2018: the Committee's resolution on Brexit ---

BX_T = "Die Regionen dürfen mit der Bewältigung des Brexits nicht allein gelassen werden"
BX_EN = "Regions must not be left alone to deal with Brexit"
BX_P1 = ("Bei der Bewältigung der Herausforderungen infolge des EU-Austritts des Vereinigten Königreichs dürfen die lokalen "
         "und regionalen Gebietskörperschaften der Europäischen Union „nicht allein gelassen werden“, so der Europäische "
         "Ausschuss der Regionen in einer Entschließung vom 17. Mai, in der Sorgen über mangelnde Fortschritte in den "
         "Gesprächen zwischen dem Vereinigten Königreich und der EU zum Ausdruck kamen.")
BX_P2 = ("In der einstimmig verabschiedeten Entschließung wird „hervorgehoben“, dass es keine harte Grenze auf der irischen "
         "Insel geben darf. Zur „Abfederung“ der negativen Auswirkungen des Brexits auf die regionale Wirtschaft wurde auch "
         "dafür plädiert, dass die EU eine entschlossene Politik zur regionalen Entwicklung beibehalten sollte, auf die "
         "Gemeinsame Agrarpolitik und die Gemeinsame Fischereipolitik zurückgreifen und die Beihilfevorschriften flexibler "
         "handhaben könnte. Der AdR fordert die Europäische Kommission zudem auf, zu prüfen, ob „möglicherweise ein "
         "Stabilisierungsfonds für diejenigen Regionen erforderlich ist, die vom Austritt des Vereinigten Königreichs aus "
         "der EU am meisten betroffen sind“.")
BX_P3 = ("Der AdR ist zwar nicht offiziell an den Verhandlungen beteiligt, einige seiner Mitglieder und die von ihnen "
         "vertretenen Gebietskörperschaften werden indes je nach einzelstaatlichem Rechtsrahmen formale Standpunkte – auch "
         "zu Handelsfragen – annehmen.")

add(id="ho501-cor-2018-05-17-brexit-entschliessung",
    title=BX_T,
    url="https://cor.europa.eu/de/news/Pages/Regions-must-not-be-left-alone-to-deal-with-Brexit.aspx",
    retrieved="same address (news item of the European Committee of the Regions on its resolution of 17 May 2018; the "
              "trailing spaces after the headline removed; the English headline that the stored copy shows under the "
              "German one kept as a line of its own (rules 18, 20, 2740); the paragraph 'Dazu AdR-Präsident Karl-Heinz "
              "Lambertz : „Es besteht die Gefahr, … Weil über die künftigen Beziehungen zwischen der EU und dem Vereini', cut "
              "off in the stored copy, dropped with its quotation (rule 15))",
    license=COR,
    paras=[BX_EN, BX_P1, BX_P2, BX_P3],
    # `„…“, so der Europäische Ausschuss der Regionen in einer Entschließung` → the Committee (rules 11, 28, 58: the
    # inflected form after `so der` is its only full form); the resolution's own words marked in the passive sentences of
    # the next paragraph (`wird „hervorgehoben“`, `Zur „Abfederung“ … wurde … plädiert`) are the Committee's, whose
    # resolution the sentence names, not scare quotes of the narrator (rule 2743); the quotation after `Der AdR fordert …
    # auf, zu prüfen, ob` is the Committee's (rule 3); the headline, unmarked, carries no span (rule 5)
    quotes=[("„nicht allein gelassen werden“", ADR),
            ("„hervorgehoben“", ADR),
            ("„Abfederung“", ADR),
            (cut(BX_P2, "„möglicherweise", "betroffen sind“"), ADR)],
    aliases={ADR: ["Europäische Ausschuss der Regionen", "AdR"]})

# --- Österreich Journal, 28 May 2010: the Committee's release launching 'Österreichs EU-Bürgermeister/in des Jahres 2011' ---

BM_T = "Österreich sucht EU-Bürgermeister/in des Jahres 2011"
BM_P1 = ("Brüssel (cor.europa.eu) - Die Gemeinden sind das Fundament eines demokratischen und erfolgreichen Europa. Die "
         "österreichischen Mitglieder des Ausschusses der Regionen und die Kommunalverbände suchen daher mit einer "
         "gemeinsamen Aktion „Österreichs EU-Bürgermeister/in des Jahres 2011“. Gesucht sind Bürgermeisterinnen und "
         "Bürgermeister, die sich besonders mit der Idee des gemeinsamen Europa beschäftigen. Der Gewinnerin oder dem "
         "Gewinner der Aktion winkt eine Reise nach Brüssel, auf der die Heimatgemeinde präsentiert werden kann. Der "
         "Startschuss für diese Aktion fiel heute vor hunderten Kommunalpolitikern auf dem Städtetag in Villach.")
BM_P2 = ("Durch Städtepartnerschaften, grenzüberschreitende Tourismus- und Naturschutzprojekte schaffen zahlreiche "
         "engagierte Bürgermeister Europa täglich „im Kleinen“. Mit der Aktion wollen Gemeindebund, Städtebund und die "
         "österreichische Delegation im Ausschuss der Regionen unter Vorsitz des Tiroler Landtagspräsidenten DDr. Herwig "
         "Van Staa diese Leistungen erstmals gemeinsam auszeichnen.")
BM_P3 = ("EU-Regionalkommissar Dr. Johannes Hahn zur Aktion: „Die Bürgermeisterinnen und Bürgermeister wissen um die "
         "Bedürfnisse der Menschen. Viele von Ihnen sind unmittelbar, direkt gewählt, haben daher auch eine sehr starke "
         "Legitimation. Ich kenne viele Bürgermeisterinnen und Bürgermeister, die meisten sind auf ihre Art und Weise "
         "Originale. Ich bin davon überzeugt, dass eines der besten Originale Österreichs EU-Bürgermeister/in 2011 werden "
         "wird.“")

add(id="ho501-cor-oej-2010-05-28-eu-buergermeister-gesucht",
    title=BM_T,
    url="http://www.oe-journal.at/Aktuelles/!2010/0510/W4/22805cor.htm",
    retrieved="same address (the Committee's release of 28 May 2010 as reposted by the Österreich Journal under the "
              "dateline 'Brüssel (cor.europa.eu)', which names the Committee as its source (rules 31, 2562, 2740); the "
              "trailing spaces after the headline removed; the repost's date lines 'erstellt am' / '28  05. 10' dropped as "
              "furniture (rule 48); the dateline run into the first paragraph kept; the paragraph 'Dr. Michael Häupl, "
              "Bürgermeister von Wien und Präsident des Städtebundes, dazu: „Der Lissabonvertrag … Die Aktion "
              "'EU-Bürgermeister/in des Jahres' i', cut off in the stored copy, dropped with its quotation (rule 15); the "
              "published 'Viele von Ihnen' kept (rule 20))",
    license=COR,
    paras=[BM_P1, BM_P2, BM_P3],
    # the campaign's title in marks is null (rules 2, 24); the narrator's idiom `Europa täglich „im Kleinen“` is null
    # (rule 24), not the mayors', who are described, not quoted; the colon quotation after the label `EU-Regionalkommissar
    # Dr. Johannes Hahn zur Aktion:` is his (rules 9, 54), canonical without the academic title (rules 181, 2065), the role
    # phrase naming the EU no alias (rule 33); Herwig Van Staa says nothing
    quotes=[("„Österreichs EU-Bürgermeister/in des Jahres 2011“", None),
            ("„im Kleinen“", None),
            (cut(BM_P3, "„Die Bürgermeisterinnen", "werden wird.“"), HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Dr. Johannes Hahn"]})

# --- Österreich Journal, 3 December 2010: the Committee's release on Austria's 'EU-Bürgermeister' in Brussels ---

BB_T = "Österreichs EU-Bürgermeister 2011 treffen Barroso und Hahn"
BB_P1 = ("Brüssel (cor.europa) - Wie engagierte Gemeindepolitiker Europa näher an die Bürger bringen können war am 02.12. "
         "zentrales Thema in Brüssel: Regionalkommissar Dr. Johannes Hahn empfing das Siegerduo der Initiative "
         "„Österreichs EU-Bürgermeister 2011“, Peter Vargyas aus Mörbisch (Bgld.) und Florian Kasseroler aus Nenzing "
         "(Vlbg.). Am Rande der Plenartagung des Ausschusses der Regionen trafen die EU-Bürgermeister bereits gestern "
         "Kommissionspräsident Barroso. Gemeindebund, Städtebund und die österreichischen AdR-Mitglieder hatten die beiden "
         "Ortschefs eingeladen, ihre Projekte in der europäischen Hauptstadt vorzustellen.")
BB_P2 = ("Mit grenzübergreifenden Umweltprojekten, geförderten Sprachkursen oder Schüleraustauschprogrammen machen "
         "engagierte Lokalpolitiker Europa auch im Alltag der Menschen erlebbar. Um dieses Engagement erstmals entsprechend "
         "zu würdigen wurde Anfang des Jahres die Initiative „Österreichs EU-Bürgermeister 2011“ ins Leben gerufen. Nach "
         "einem landesweiten Wettbewerb ging im September Bgm. Peter Vargyas aus Mörbisch als Sieger hervor, Bgm. Florian "
         "Kasseroler aus Nenzing in Vorarlberg wurde „Österreichs 1. EU-Vizebürgermeister“. Eine dreitägige Brüsselreise "
         "bot den beiden Ortschefs nun die Gelegenheit, ihre Projekte und Ideen auf höchster Ebene zu diskutieren.")
BB_P3 = ("EU-Regionalkommissar Dr. Johannes Hahn zeigte sich nach dem Treffen erfreut über das hohe Engagement der "
         "Bürgermeister. \"Europa findet nicht in Brüssel oder Straßburg, sondern in den Gemeinden und Regionen Europas "
         "statt. Wir haben eine gemeinsame Verantwortung für Europa\", so Regionalkommissar Dr. Hahn. Er wünsche sich, dass "
         "die Initiative \"EU-Bürgermeister\" des Ausschusses der Regionen im nächsten Jahr in vielen Mitgliedstaaten "
         "Nachahmer findet.")

add(id="ho501-cor-oej-2010-12-03-eu-buergermeister-barroso-hahn",
    title=BB_T,
    url="http://oe-journal.at/Aktuelles/!2010/1110/W5/30312cor.europa.htm",
    retrieved="same address (the Committee's release of early December 2010 as reposted by the Österreich Journal under "
              "the dateline 'Brüssel (cor.europa)', which names the Committee as its source (rules 31, 2562, 2740); the "
              "trailing spaces after the headline removed; the repost's date lines 'erstellt am' / '03. 12. 10' dropped as "
              "furniture (rule 48); the dateline run into the first paragraph kept; the paragraph 'Österreichs erster "
              "„EU-Bürgermeister“, Peter Vargyas, führt in seiner Heimatgemeinde am Neusiedler See bereits zahlreiche ', cut "
              "off in the stored copy, dropped (rule 15); the published 'bringen können war' and 'zu würdigen wurde' "
              "without commas and the mix of „…“ and ASCII marks kept (rule 20))",
    license=COR,
    paras=[BB_P1, BB_P2, BB_P3],
    # the initiative's name (twice, by occurrence index) and the title conferred on the runner-up are null (rules 2, 24);
    # `"…", so Regionalkommissar Dr. Hahn` is Johannes Hahn (rule 30); the initiative's name in ASCII marks inside his
    # Konjunktiv report is null (rule 270); Vargyas, Kasseroler and Barroso say nothing in the kept text
    quotes=[("„Österreichs EU-Bürgermeister 2011“", None, 0),
            ("„Österreichs EU-Bürgermeister 2011“", None, 1),
            ("„Österreichs 1. EU-Vizebürgermeister“", None),
            (cut(BB_P3, "\"Europa findet", "für Europa\""), HAHN),
            ("\"EU-Bürgermeister\"", None)],
    aliases={HAHN: ["Johannes Hahn", "Dr. Johannes Hahn", "Regionalkommissar Dr. Johannes Hahn",
                    "Regionalkommissar Dr. Hahn", "Dr. Hahn", "Hahn"]})
