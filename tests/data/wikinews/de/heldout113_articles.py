# Hundred-and-thirteenth held-out German real-news set (tests/data/heldout113-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 935). None of
# these pages is in any tests/data/*.jsonl (checked by URL and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-thirteenth held-out set" of SOURCES.md: news items and statements of the Council
# of Europe (Europarat) on its portal coe.int/de and its older address hub.coe.int/de, 2012-2024 (licence COE: excerpts
# of under 500 words with the Council of Europe credited). Stored copies are excerpts cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
JAGLAND = "Thorbjørn Jagland"
MIJATOVIC = "Dunja Mijatović"

# --- 2024: the Secretary General's last speech to the Assembly's summer session ---

AN_P1 = ('„In diesem Jahr begehen wir den 75. Jahrestag des Europarates und ich bin davon überzeugt, dass unsere '
         'Mitgliedsstaaten die Bedeutung seines zukünftigen Erfolges ermessen und dass es trotz aller Komplikationen möglich '
         'ist, das außerordentliche Erbe dieser Organisation durch neue Errungenschaften zu vermehren. Ich hoffe, dass jeder '
         'von Ihnen seinen Teil dazu beiträgt, dies zu erreichen; ich werde Sie aus geringer Entfernung im Blick behalten '
         'und wünsche viel Glück“, so Generalsekretärin Marija Pejčinović Burić, die zum letzten Mal in dieser Funktion bei '
         'der Sommerplenarsitzung der Parlamentarischen Versammlung (PACE) sprach.')
AN_P2 = ('Pejčinović Burić hob die Prioritäten ihrer Amtszeit hervor und zog eine Bilanz des 4. Gipfeltreffens der Staats- '
         'und Regierungschefs in Reykjavík und der gesamten Maßnahmen für die Ukraine. Sie erwähnte auch das '
         'Rahmenübereinkommen über künstliche Intelligenz, Menschenrechte, Demokratie und Rechtsstaatlichkeit sowie die '
         'konkreten Instrumente, die zur Stärkung der Arbeit im Bereich von Menschenrechten und Umwelt entwickelt wurden.')
AN_P3 = ('„Es werden sich neue Fragen ergeben, die wie immer besondere Aufmerksamkeit erfordern. Der Europarat kann so eine '
         'zentrale Rolle bei der Umkehr des demokratischen Rückschritts spielen, unter dem unser Kontinent heute leidet, und '
         'zur Gestaltung einer Zukunft beitragen, in der unsere gemeinsamen Normen in Bezug auf Menschenrechte, Demokratie '
         'und Rechtsstaatlichkeit voll und ganz eingehalten werden“, fügte die Generalsekretärin hinzu.')

add(id="ho113-coe-2024-06-buric-pace-75-jahrestag",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-highlights-council-of-europe-75th-anniversary-at-assembly-"
        "summer-plenary-session?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100",
    retrieved="same address (news item of the Council of Europe portal, summer 2024, complete as stored; no headline in the "
              "stored copy (rules 18, 32))",
    license=COE,
    paras=[AN_P1, AN_P2, AN_P3],
    quotes=[(cut(AN_P1, '„In diesem', 'viel Glück“'), BURIC),
            (cut(AN_P3, '„Es werden', 'eingehalten werden“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Pejčinović Burić",
                     "Generalsekretärin"]})

# --- 2021: the Secretary General before the Assembly: shared values (rule 937) ---

SV_P1 = ('Generalsekretärin Marija Pejčinović Burić hat vor den Mitgliedern der Parlamentarischen Versammlung (PACE) '
         'erklärt, dass der Einsatz der Organisation für Menschenrechte, Demokratie und Rechtsstaatlichkeit ein Beitrag zu '
         'dem relativen Frieden der letzten Jahrzehnte war.')
SV_P2 = ('Sie betonte, dass – auch wenn sich die Bedrohung des Krieges über Europa abzeichne – „wir nie vergessen sollten, '
         'dass diese gemeinsamen Werte die Einzelfragen, die uns trennen, bei Weitem überwiegen“. Zuvor nahm sie in ihrer '
         'Rede Bezug auf das Gesetz gegen sogenannte „ausländische Agenten“ und die Situation von Alexej Nawalny in Russland '
         'sowie den Austritt der Türkei aus der Istanbul-Konvention, den sie als „äußerst bedauerlich“ bezeichnete.')
SV_P3 = ('Die Generalsekretärin unterstrich auch die Bedeutung des politischen Willens beim Schutz zentraler Werte und '
         'begrüßte nochmals das erneuerte Bekenntnis der Mitgliedsstaaten zu diesen gemeinsamen Werten bei der letzten '
         'Ministersitzung in Hamburg. „Wir verlassen uns darauf, dass die Mitgliedsstaaten gewährleisten, dass die '
         'Europäische Menschenrechtskonvention auf nationaler Ebene umgesetzt wird, zusammen mit allen Instrumenten, die '
         'wir entwickelt haben“, fügte sie hinzu.')
SV_P4 = ('Als Antwort auf eine Frage zu den militärischen Spannungen zwischen Russland und der Ukraine betonte die '
         'Generalsekretärin, dass der Europarat keine Sicherheitsorganisation sei. Sie erklärte, dass die beste '
         'Vorgehensweise für die beiden Mitgliedsstaaten darin bestünde, sich in Richtung eines Dialogs zu bewegen.')

add(id="ho113-coe-2021-buric-pace-gemeinsame-werte",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-tells-pace-our-shared-values-far-outweigh-the-single-issues-"
        "that-divide-us-?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D13",
    retrieved="same address (news item of the Council of Europe portal, 2021; no headline in the stored copy; the paragraph "
              "on Belarus, cut off inside its last sentence ('über versch'), dropped (rule 15))",
    license=COE,
    paras=[SV_P1, SV_P2, SV_P3, SV_P4],
    quotes=[(cut(SV_P2, '„wir nie', 'überwiegen“'), BURIC),
            ('„ausländische Agenten“', None),
            ('„äußerst bedauerlich“', BURIC),
            (cut(SV_P3, '„Wir verlassen', 'entwickelt haben“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})

# --- 2022: statement of the Secretary General on the Russian attack on Ukraine (rules 935, 936) ---

PB = "Pejčinović Burić"
UA_TITLE = ("Erklärung von Generalsekretärin Pejčinović Burić zum militärischen Angriff der Russischen Föderation auf die "
            "Ukraine")
UA_P1 = ('„Ich verurteile entschieden den militärischen Angriff der Russischen Föderation auf die Ukraine, der im '
         'deutlichen Widerspruch zur Satzung des Europarates und zur Europäischen Menschenrechtskonvention steht. Das ist '
         'eine dunkle Stunde für Europa und alles, wofür es steht.')
UA_P2 = ('Ich rufe die Behörden der Russischen Föderation auf, die Feindseligkeiten unverzüglich und bedingungslos zu '
         'beenden und zur Diplomatie zurückzukehren, um so den Frieden wiederherzustellen und weitere katastrophale Folgen '
         'für den ganzen Kontinent zu vermeiden. Der Schutz von Zivilpersonen muss weiterhin vorrangig sein. Meine Gedanken '
         'sind bei der Ukraine, ihrer Bevölkerung und ihren Behörden.')
UA_P3 = ('Gemeinsam mit dem Ministerkomitee und der Parlamentarischen Versammlung des Europarates werden wir umgehend die '
         'Maßnahmen ergreifen, die als Reaktion auf die Situation nötig sind.“')

add(id="ho113-coe-2022-02-24-buric-erklaerung-ukraine",
    title=UA_TITLE,
    url="https://www.coe.int/de/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/statement-from-council-of-"
        "europe-secretary-general-marija-pejcinovic-buric-on-the-military-attack-by-the-russian-federation-on-ukraine?"
        "_101_INSTANCE_y5xQt7QdunzT_languageId=",
    retrieved="same address (statement of 24 February 2022; the link word 'Zurück' before the heading and the repeated "
              "heading dropped (rule 93); the footer line 'Generalsekretärin Strassburg 24. Februar 2022' and the page's "
              "French buttons ('Diminuer la taille du texte', 'Augmenter la taille du texte', 'Imprimer la page') dropped)",
    license=COE,
    paras=[UA_P1, UA_P2, UA_P3],
    quotes=[(UA_P1, PB),
            (UA_P2, PB),
            (UA_P3, PB)],
    aliases={PB: ["Pejčinović Burić", "Generalsekretärin Pejčinović Burić"]})

# --- 2018: Dunja Mijatović takes up office as Commissioner for Human Rights (rules 935, 936) ---

MO_P1 = ('Dunja Mijatović tritt heute ihr Mandat als Menschenrechtskommissarin des Europarates an. Die aus Bosnien und '
         'Herzegowina stammende Mijatović wurde im vergangenen Januar von der Parlamentarischen Versammlung des Europarates '
         'gewählt und ist die erste Frau, die dieses Amt bekleidet. Ihre Vorgänger waren Nils Muižnieks (2012–2018), Thomas '
         'Hammarberg (2006–2012) und Alvaro Gil-Robles (1999–2006).')
MO_P2 = ('„Ich möchte die Arbeit meiner Amtsvorgänger weiterführen und die Fähigkeit dieser Institution aufrechterhalten, '
         'rasch und wirksam zum Schutz der Menschenrechte zu reagieren. Meine Ansicht ist, dass die Menschenrechte universell '
         'sind und kein Land bei der deren Achtung untadelig ist.')
MO_P3 = ('Meine Prioritäten lassen sich in einem Wort zusammenfassen: Umsetzung. Normen, Entschließungen und Verträge sind '
         'dazu da, um uns als Leitlinien zu dienen. Mit Sicherheit erfordert es politischen Willen, damit sie in die Tat '
         'umgesetzt werden. Doch das ist nicht nur eine Angelegenheit der Regierungen: Wir müssen die Gesellschaft als Ganzes '
         'in die Umsetzung einbeziehen und sicherstellen, dass jede und jeder am Dialog über die Menschenrechte teilnimmt. '
         'Wir müssen unser Bekenntnis zu den ‚Menschenrechten für alle’ bekräftigen und ihre Bedeutung für das Wohlergehen '
         'jedes Menschen erneut ins Bewusstsein rufen.')
MO_P4 = ('Ich freue mich auf die Zusammenarbeit mit den Regierungen, innerstaatlichen Behörden, internationalen '
         'Organisationen, Menschenrechtsaktivistinnen und -aktivisten, Journalistinnen und Journalisten, '
         'Nichtregierungsorganisationen und Menschenrechtsstrukturen.“')

add(id="ho113-coe-2018-04-mijatovic-amtsantritt",
    title=None,
    url="https://coe.int/de/web/portal/-/dunja-mijatovic-takes-up-office-as-commissioner-for-human-rights?p_l_back_url="
        "%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D35",
    retrieved="same address (news item of April 2018, complete as stored; no headline in the stored copy; the nested "
              "‚Menschenrechten für alle’ kept as published inside the outer quotation)",
    license=COE,
    paras=[MO_P1, MO_P2, MO_P3, MO_P4],
    quotes=[(MO_P2, MIJATOVIC),
            (MO_P3, MIJATOVIC),
            (MO_P4, MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Mijatović"]})

# --- 2019: the Commissioner presents her first annual report ---

JB_TITLE = "Menschenrechtskommissarin beleuchtet die zentralen Menschenrechtsfragen in Europa"
JB_P1 = ('Die Menschenrechtskommissarin des Europarates, Dunja Mijatović, hat heute im Rahmen einer Debatte vor der '
         'Parlamentarischen Versammlung ihren ersten Jahresbericht präsentiert.')
JB_P2 = ('Der Bericht behandelt ein breites Spektrum dringender Menschenrechtsfragen, vor denen die Mitgliedsstaaten des '
         'Europarates stehen; die wiederkehrenden Themen ihrer Arbeit sind der Kommissarin zufolge indes die Rechte von '
         'Einwanderern, Frauenrechte, die Rechte von Menschen mit Behinderung, der Schutz von Menschenrechtsaktivisten und '
         'die Sicherheit von Journalisten.')
JB_P3 = ('„Migration zählt zu den Menschenrechtsfragen, auf die ich besonderes Augenmerk lege“, so Mijatović. „Die '
         'innerstaatlichen Behörden sollten die Behandlung von Einwanderinnen und Einwanderern, Asylsuchenden und '
         'geflüchteten Menschen verbessern. Im Mittelpunkt ihrer Migrations- und Asylpolitik sollten die Menschenrechte und '
         'der Grundsatz der Aufteilung der Verantwortung stehen.“')

add(id="ho113-coe-2019-04-08-mijatovic-jahresbericht",
    title=JB_TITLE,
    url="https://www.coe.int/de/web/portal/-/commissioner-mijatovic-highlights-main-human-rights-challenges-in-europe",
    retrieved="same address (news item of 8 April 2019; the link word 'Zurück' before the heading, the two image-caption "
              "lines 'Dunja Mijatović', the footer line 'Menschenrechtskommissarin Straßburg 8. April 2019' and the page's "
              "French buttons dropped (rule 93))",
    license=COE,
    paras=[JB_P1, JB_P2, JB_P3],
    quotes=[(cut(JB_P3, '„Migration', 'lege“'), MIJATOVIC),
            (cut(JB_P3, '„Die innerstaatlichen', 'stehen.“'), MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Mijatović"]})

# --- 2022: Europe Day, the Secretary General's annual report (rule 938) ---

EU_P1 = ('Generalsekretärin Marija Pejčinović Burić hat anlässlich des Europatags 2022 die europäischen Staaten dazu '
         'aufgerufen, ihren Einsatz für die Menschenrechte, Demokratie und Rechtsstaatlichkeit angesichts von „schrecklicher '
         'Gewalt und verheerenden Veränderungen erneut zu bekräftigen“.')
EU_P2 = ('Bei der Ankündigung der Veröffentlichung ihres Jahresberichts, Moving Forward 2022 (Den Blick nach vorne richten '
         '2022), verurteilte die Generalsekretärin den russischen Angriff auf die Ukraine und würdigte „den Mut, die '
         'Tapferkeit und die Entschlossenheit“ der ukrainischen Bevölkerung.')
EU_P3 = ('„Wir wagten zu glauben, dass diese Bilder und diese Realität Europas Vergangenheit angehören. Wir haben uns '
         'geirrt. Die Geschichte wiederholt sich auf unserem Kontinent auf grausamste Weise. Zum gegenwärtigen Zeitpunkt '
         'sind das Ausmaß der Zerstörung und die langfristigen geopolitischen Folgen noch nicht abzusehen.“')
EU_P4 = ('„Der Europarat ist in seiner Solidarität mit der Ukraine vereint. Wir werden das Land und seine Bevölkerung '
         'weiterhin unterstützen und wir tun dies mit weiteren passgenauen Maßnahmen, sobald die Gewalt endet. In der '
         'Zwischenzeit arbeiten wir mit den Mitgliedsstaaten zusammen, um sie bei der Hilfeleistung für ukrainische '
         'Flüchtlinge zu unterstützen, die in ihren Ländern Zuflucht suchen.“')
EU_P5 = ('Die Generalsekretärin hob hervor, dass die rasche Suspendierung Russlands durch die Organisation und der '
         'anschließende Ausschluss des Landes aufgrund der Handlungen der russischen Regierung, die zulasten der eigenen '
         'Bevölkerung erfolgen, unvermeidlich waren und fügte hinzu: „Im Jahr 2022 verliert die russische Bevölkerung den '
         'Schutz der Europäischen Menschenrechtskonvention, ihre Möglichkeit, Beschwerden beim Europäischen Gerichtshof für '
         'Menschenrechte einzureichen, und ihren Platz in der gesamteuropäischen Familie.“')

add(id="ho113-coe-2022-05-buric-europatag",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-europe-must-remain-resilient-in-the-face-of-aggression-and-"
        "war?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D15",
    retrieved="same address (news item of May 2022; no headline in the stored copy; the last paragraph '„Ganz allgemein "
              "ist es eine Warnung …', cut off inside its quotation ('Der Erfolg unseres Multilateralis'), dropped with "
              "its unclosed quotation (rule 15))",
    license=COE,
    paras=[EU_P1, EU_P2, EU_P3, EU_P4, EU_P5],
    quotes=[(cut(EU_P1, '„schrecklicher', 'bekräftigen“'), BURIC),
            (cut(EU_P2, '„den Mut', 'Entschlossenheit“'), BURIC),
            (EU_P3, BURIC),
            (EU_P4, BURIC),
            (cut(EU_P5, '„Im Jahr', 'Familie.“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})

# --- 2019: Jagland meets President Macron (rules 935, 939) ---

MA_P1 = ('Der Generalsekretär des Europarates, Thorbjørn Jagland, hat heute den französischen Staatspräsidenten, Emmanuel '
         'Macron, getroffen. Im Mittelpunkt des Gesprächs standen die aktuellen Aufgaben und Probleme, mit denen der '
         'Europarat im Vorfeld des am 17. Mai beginnenden französischen Vorsitzes im Ministerkomitee des Europarates '
         'konfrontiert ist.')
MA_P2 = 'Jagland hielt gemeinsam mit Macron eine Pressekonferenz ab und erklärte:'
MA_P3 = ('„Wir begehen den 70. Jahrestag der Gründung des Europarates, der heute die Demokratie, die Menschenrechte und die '
         'Rechtsstaatlichkeit zugunsten von 830 Millionen Menschen in 47 Ländern fördert.')
MA_P4 = ('Im Laufe der Jahre fällte der Europäische Menschenrechtsgerichtshof über 20 000 Urteile, von deren Umsetzung in '
         'den Mitgliedsstaaten Millionen Europäerinnen und Europäer profitieren. Bei der Integration der Europäischen '
         'Menschenrechtskonvention in die Gesetze und die Praxis auf innerstaatlicher Ebene ist Frankreich ein Vorbild.')
MA_P5 = ('Bei unserem heutigen Treffen möchten wir besprechen, wie der Europarat gestärkt werden kann, um derzeitigen und '
         'künftigen Fragen begegnen zu können. Wir wissen, dass wir auf Sie zählen können, Herr Präsident. Sie haben sich '
         'eindeutig zu den in der Konvention verankerten Werten und Normen bekannt. In Ihrer wegweisenden Rede im '
         'Straßburger Gerichtshof haben Sie im letzten Jahr Ihr Bekenntnis erneut betont.')
MA_P6 = ('In dieser entscheidenden Phase freuen wir uns auf den französischen Vorsitz unter Ihrer Führung und sein '
         'beeindruckendes Programm.“')
MA_P7 = ('Abschließend erklärte der Generalsekretär, dass das Treffen mit Macron „sehr konstruktiv und produktiv“ gewesen '
         'sei.')

add(id="ho113-coe-2019-jagland-macron",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-jagland-meets-president-emmanuel-macron?p_l_back_url="
        "%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D109",
    retrieved="same address (news item of May 2019, complete as stored; no headline in the stored copy; the cue line "
              "'… und erklärte:' is its own paragraph, as stored)",
    license=COE,
    paras=[MA_P1, MA_P2, MA_P3, MA_P4, MA_P5, MA_P6, MA_P7],
    quotes=[(MA_P3, JAGLAND),
            (MA_P4, JAGLAND),
            (MA_P5, JAGLAND),
            (MA_P6, JAGLAND),
            ('„sehr konstruktiv und produktiv“', JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Der Generalsekretär des Europarates", "Jagland", "Generalsekretär"]})

# --- 2012: Jagland visits San Marino (hub.coe.int; rule 939) ---

SM_TITLE = "Generalsekretär Jagland besucht San Marino"
SM_SUB = "Thorbjørn Jagland Gastredner bei der feierlichen Amtseinführung der beiden Staatsoberhäupter"
SM_P1 = ('Straßburg, 1. April 2012 – „Es war eine umfassende Reform des Europarates vonnöten, und genau diese führen Sie '
         'gerade durch”, betonte Antonella Mularoni, Außenministerin von San Marino, während des offiziellen Besuchs von '
         'Generalsekretär Thorbjørn Jagland vom 1. bis zum 2. April. Die Außenministerin setzte den Generalsekretär außerdem '
         'davon in Kenntnis, dass San Marino bereits einige Initiativen im Rahmen der Kampagne „One in Five” gestartet hat, '
         'um die sexuelle Ausbeutung von Kindern zu beenden.')
SM_P2 = ('Während des Treffens sprachen Jagland und Mularoni auch über die Reform des Gerichtshofs, die '
         'Nachbarschaftsstrategie des Europarates, den Beitritt der EU zur Europäischen Konvention der Menschenrechte sowie '
         'die Folgemaßnahmen zu dem Bericht des Europarates „Zusammenleben“.')
SM_P3 = ('„Ich sage nicht, dass Demokratie immer demselben Muster folgen muss, da die Tradition und Geschichte einer Nation '
         'immer das staatliche System beeinflussen, sondern vielmehr, dass es uns, wenn wir über Demokratie reden, nie an '
         'Inspiration mangeln sollte und wir immer die politischen Erfahrungen des anderen berücksichtigen sollten“, betonte '
         'Generalsekretär Jagland in seiner Rede bei der feierlichen Amtseinführung der beiden Staatsoberhäupter (Capitani '
         'Reggenti) am Sonntag.')
SM_P4 = ('Jagland hob auch die Bedeutung des sehr aktiven Vorsitzes von San Marino im Ministerkomitee 2007 hervor, in dessen '
         'Rahmen die Initiativen ergriffen wurden, welche die Grundlagen für die aktuelle Reform des Straßburger Gerichtshofs '
         'bilden.')
MULARONI = "Antonella Mularoni"

add(id="ho113-coe-2012-04-jagland-san-marino",
    title=SM_TITLE,
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?pager.offset=0&p_p_id=newsroom&_newsroom_groupId=10226&"
        "_newsroom_articleId=906166&_newsroom_tabs=newsroom-topnews",
    retrieved="same address (news item of 2 April 2012 on the older portal hub.coe.int; the navigation words 'Medien' and "
              "'Generalsekretär', the date line '02/04/2012' and the image caption 'Generalsekretär in San Marino' dropped "
              "(rule 93); the subtitle kept as its own line (rule 18); the closing marks ” after „ kept as published; the "
              "last paragraph, cut off ('von den beiden Staatsob'), dropped (rule 15))",
    license=COE,
    paras=[SM_SUB, SM_P1, SM_P2, SM_P3, SM_P4],
    quotes=[(cut(SM_P1, '„Es war', 'gerade durch”'), MULARONI),
            ('„One in Five”', None),
            ('„Zusammenleben“', None),
            (cut(SM_P3, '„Ich sage', 'berücksichtigen sollten“'), JAGLAND)],
    aliases={MULARONI: ["Antonella Mularoni", "Mularoni", "Außenministerin von San Marino"],
             JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär Jagland", "Jagland"]})

# --- 2014: Jagland and the Irish foreign minister Flanagan (hub.coe.int newsroom; rule 939) ---

FL_TITLE = "Secretary General and Irish Foreign Minister Charles Flanagan discuss human rights in Europe"
FL_P1 = ('Straßburg, 21.10.2014 - Thorbjørn Jagland und der irische Außenminister, Charles Flanagan, haben sich heute in '
         'Straßburg getroffen, um über den Zustand der Menschenrechte in Europa, die Lage in der Ukraine, den '
         'aserbaidschanischen Vorsitz im Europarat und die Prioritäten des Generalsekretärsfür die nächsten fünf Jahre zu '
         'diskutieren.')
FL_P2 = ('Flanagan teilte dem Generalsekretär außerdem mit, dass Irland die Arbeit des Expertenorgans des Europarates gegen '
         'Rassismus, die Europäische Kommission gegen Rassismus und Intoleranz (ECRI), mit einem freiwilligen Beitrag von '
         '45 000 € unterstützen wird.')
FL_P3 = ('„Ich möchte Irland ausdrücklich für die Unterstützung der ECRI und ihrer Arbeit zur Bekämpfung von Diskriminierung '
         'danken. Diese steht in engem Zusammenhang mit unserem Ziel, die Meinungs- und Versammlungsfreiheit von Minderheiten '
         'zu fördern“, erklärte Generalsekretär Jagland.')
FL_P4 = ('„Die Bekämpfung von Rassismus und Intoleranz in Europa hat für Irland höchste Priorität. Ich freue mich, diesen '
         'Beitrag für die wichtige Tätigkeit der ECRI leisten zu können, insbesondere im Hinblick auf die Eindämmung von '
         'homophober Gewalt und Diskriminierung“, so Flanagan.')
FL_P5 = ('Darüber hinaus würdigte er den Einsatz des Europarates zur Abschaffung der Todesstrafe in Europa und weltweit.')
FLANAGAN = "Charles Flanagan"

add(id="ho113-coe-2014-10-21-jagland-flanagan",
    title=FL_TITLE,
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?p_p_id=newsroom&tabs=newsroom-allnews",
    retrieved="same address (the first item, of 21 October 2014, of the German newsroom page of hub.coe.int; its English "
              "headline kept as the title line, as stored (rule 939); the navigation words 'Medien', 'Generalsekretär', "
              "the date '21/10/2014', the label 'Schlagzeilen' and the image caption 'Charles Flanagan und Thorbjørn "
              "Jagland' dropped (rule 93); the link block 'Siehe auch: Irland im Europarat' and the following items of the "
              "newsroom page dropped; 'Generalsekretärsfür' kept as published)",
    license=COE,
    paras=[FL_P1, FL_P2, FL_P3, FL_P4, FL_P5],
    quotes=[(cut(FL_P3, '„Ich möchte', 'zu fördern“'), JAGLAND),
            (cut(FL_P4, '„Die Bekämpfung', 'Diskriminierung“'), FLANAGAN)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Jagland"],
             FLANAGAN: ["Charles Flanagan", "Flanagan"]})

# --- 2024: the Secretary General marks the 75th anniversary in the Strasbourg opera house ---

OP_P1 = ('„Wenn ich 75 Jahre nach der Gründung des Europarates an die ersten Unterzeichner des Londoner Vertrags denke, '
         'stelle ich mir oft die Frage: Was würden sie heute von uns denken? So groß ihre Vision, ihr Optimismus und ihre '
         'Entschlossenheit auch waren, so stark auch ihr Wille war, sich für eine Zukunft der Gerechtigkeit einzusetzen, die '
         'auf einer größeren Einheit unter den Mitgliedern beruht – konnten sie sich, als sie ihre Unterschrift unter unsere '
         'Satzung setzten, wirklich vorstellen, welche Folgen diese Geste haben würde, wie etwa die Vergrößerung der ersten '
         'europäischen internationalen Nachkriegsorganisation von ursprünglich zehn auf heute 46 Mitgliedsstaaten?“, '
         'erklärte Generalsekretärin Marija Pejčinović Burić, als sie bei der Gedenkfeier im Straßburger Opernhaus den 75. '
         'Jahrestag der Gründung der Organisation beging.')
OP_P2 = ('Die Generalsekretärin zeichnete die wichtigsten Errungenschaften des Europarates nach und verwies auf die Relevanz '
         'von mehr als 200 Verträgen, darunter die Europäische Menschenrechtskonvention, und aller Instrumente des weichen '
         'Rechts. Sie unterstrich auch die Bedeutung der Schaffung einer todesstrafenfreien Zone, der Bekämpfung von Folter '
         'und unmenschlicher oder erniedrigender Behandlung, der Rechte nationaler Minderheiten und der Minderheitensprachen, '
         'der Istanbul-Konvention über die Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt, der Arbeit zur '
         'Gewährleistung der Rechte von LGBTI-Personen sowie der Reichweite der Rechtsstaatlichkeit, die sich von Terrorismus '
         'und Computerkriminalität bis hin zu Korruption und Geldwäsche erstreckt.')

add(id="ho113-coe-2024-05-buric-75-jahre-opernhaus",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-marks-council-of-europe-s-75th-anniversary?p_l_back_url="
        "%2Fit%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D3",
    retrieved="same address (news item of May 2024; no headline in the stored copy; the third paragraph ('Im Einklang mit "
              "den Zielen von Reykjavík …'), cut off ('garantiert s'), dropped (rule 15))",
    license=COE,
    paras=[OP_P1, OP_P2],
    quotes=[(cut(OP_P1, '„Wenn ich', 'Mitgliedsstaaten?“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})
