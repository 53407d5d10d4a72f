# Three-hundred-and-fiftieth held-out German real-news set (tests/data/heldout350-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1995-1998). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or article number,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run
# on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fiftieth held-out set": seven German news items and statements of the
# Council of Europe on its portal coe.int/de and its older address hub.coe.int/de (2010-2024: three items on Roma (the
# high-level meeting of October 2010, Secretary General Jagland's visit to Roma camps in Strasbourg in April 2013 and his
# statement for International Roma Day 2014), Secretary General Pejčinović Burić's statement for International Roma Day,
# her call to ratify the Istanbul Convention before the Venice Commission, and two of her speeches to the OSCE Permanent
# Council in Vienna) (licence COE: excerpts of under 500 words, reproduced unchanged with the Council of Europe credited).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are
# kept (rules 15, 17), page furniture is dropped (rules 14, 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
BURIC = "Marija Pejčinović Burić"

# --- coe.int/de: the Secretary General on the Istanbul Convention at the Venice Commission's October plenary ---

IK_P2 = ("„Es handelt sich um einen einzigartigen Vertrag zum Schutz von Frauen vor Gewalt“, erklärte sie. „Darin wird ein "
         "umfassender Ansatz zur Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt verfolgt. Die Vertragsstaaten "
         "sind verpflichtet, Maßnahmen zur Verhinderung von Straftaten, zum Schutz der Opfer und zur Verfolgung der "
         "Straftäter zu treffen.“")
IK_P3 = ("In Ländern, in denen die Istanbulkonvention in Kraft ist, „erwiesen sich öffentlich geäußerte Befürchtungen über "
         "ihre Auswirkungen als unbegründet, vielmehr werden die tatsächlichen und potenziellen Opfer – hauptsächlich Frauen "
         "– besser betreut und geschützt.“")

add(id="ho350-coe-buric-istanbulkonvention-venedig-kommission",
    title=None,
    url="https://coe.int/de/web/portal/-/why-istanbul-convention-matters-secretary-general-marija-pejcinovic-buric-explains"
        "?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D43",
    retrieved="same address (news item on the Secretary General's call to ratify the Istanbul Convention at the October "
              "plenary session of the Venice Commission, undated in the stored copy; the stored copy begins with the first "
              "paragraph and shows no heading, so the text has no title line (rules 18, 32); complete, under 500 words)",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat im Rahmen der Oktober-Plenarsitzung der "
           "Venedig-Kommission alle Länder, die dies noch nicht getan haben, dazu aufgerufen, das Übereinkommen des "
           "Europarates zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt, auch bekannt als "
           "Istanbulkonvention, zu ratifizieren.",
           IK_P2,
           IK_P3],
    # `erklärte sie` = the Secretary General of the first paragraph; the second quotation continues her words without a
    # cue of its own; the partial quotation of the third paragraph has no cue in its sentence (rule 1996)
    quotes=[(cut(IK_P2, "„Es handelt", "Gewalt“"), BURIC),
            (cut(IK_P2, "„Darin wird", "treffen.“"), BURIC),
            (cut(IK_P3, "„erwiesen sich", "geschützt.“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Die Generalsekretärin des Europarates"]})

# --- coe.int/de, 2024: the Secretary General before the OSCE Permanent Council in Vienna (75th anniversary year) ---

OS_P1 = ("„Gleich zu Beginn meiner Amtszeit im Jahr 2019 habe ich gesagt, dass ich die Zusammenarbeit zwischen dem "
         "Europarat und anderen internationalen Organisationen im Interesse der Menschen in Europa und der übrigen Welt "
         "verstärken möchte. Und ich kann mir keine bessere Art und Weise vorstellen, das 75-jährige Bestehen des "
         "Europarates zu begehen, als dafür zu sorgen, dass unsere grundlegenden Normen in den Bereichen Menschenrechte, "
         "Demokratie und Rechtsstaatlichkeit auf die Fragen angewandt werden, die die Zukunft unseres Kontinents bestimmen "
         "werden“, erklärte Generalsekretärin Marija Pejčinović Burić in ihrer Rede vor dem Ständigen Rat der OSZE "
         "(Organisation für Sicherheit und Zusammenarbeit in Europa) in Wien.")

add(id="ho350-coe-2024-buric-osze-wien",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-attends-osce-permanent-council-in-vienna?p_l_back_url=%2Fde%2F"
        "web%2Fportal%2Fnewsroom%3Fdelta%3D4%26start%3D59",
    retrieved="same address (news item of 2024, the Council of Europe's 75th anniversary year, undated in the stored copy; "
              "the stored copy begins with the first paragraph and shows no heading, so the text has no title line (rules "
              "18, 32); complete, under 500 words)",
    license=COE,
    paras=[OS_P1,
           "Im Einklang mit den Folgemaßnahmen zum Gipfeltreffen in Reykjavík hob die Generalsekretärin die Bedeutung des "
           "Schadensregisters, des Entwurfs des Rahmenübereinkommens über künstliche Intelligenz, Menschenrechte, Demokratie "
           "und Rechtsstaatlichkeit sowie die Herausforderungen für den Umweltschutz in der heutigen Welt hervor.",
           "Pejčinović Burić traf die Vorsitzende des Ständigen Rats der OSZE, Natasha Meli Daudey (Ständige Vertreterin "
           "Maltas), und die Generalsekretärin der OSZE, Helga Maria Schmid, und unterstrich dabei die ausgezeichneten, "
           "langjährigen Beziehungen und die Zusammenarbeit zwischen den beiden multilateralen Organisationen auf der "
           "Grundlage gemeinsamer Werte.",
           "Ebenfalls auf dem Programm stand ein Meinungsaustausch mit der Direktorin der Agentur der Europäischen Union "
           "für Grundrechte (FRA), Sirpa Rautio."],
    quotes=[(cut(OS_P1, "„Gleich zu", "werden“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin", "die Generalsekretärin"]})

# --- coe.int/de: the Secretary General before the OSCE Permanent Council (strategic framework) ---

OC_P2 = ("Das Mandat der OSZE zur Konfliktverhütung und -beilegung und der Schwerpunkt, den der Europarat auf den Schutz und "
         "die Förderung von Menschenrechten, Demokratie und Rechtsstaatlichkeit legt, seien „auf natürliche Weise "
         "komplementär“, erklärte sie und betonte die Prioritäten des jüngst auf den Weg gebrachten Strategierahmens und "
         "die Bedeutung der Istanbulkonvention zur Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt.")

add(id="ho350-coe-buric-osze-zusammenarbeit",
    title=None,
    url="https://coe.int/de/web/portal/-/co-operation-key-to-tackling-challenges-new-and-old-secretary-general-tells-osce-"
        "permanent-council?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D19",
    retrieved="same address (news item on a speech of the Secretary General to the OSCE Permanent Council after the launch "
              "of the Council of Europe's strategic framework, undated in the stored copy; the stored copy begins with the "
              "first paragraph and shows no heading, so the text has no title line (rules 18, 32); complete, under 500 "
              "words)",
    license=COE,
    paras=["Die Lösung grenzüberschreitender Probleme durch wirksames multilaterales Handeln ist der Schlüssel zur "
           "Bewältigung von seit Längerem bestehenden und neuen Herausforderungen, so die Generalsekretärin des Europarates, "
           "Marija Pejčinović Burić, vor dem Ständigen Rat der Organisation für Sicherheit und Zusammenarbeit in Europa "
           "(OSZE) in Wien.",
           OC_P2],
    # the unmarked `so die Generalsekretärin` report of the first paragraph is not annotated (rule 5); `erklärte sie` = the
    # Secretary General; the partial quotation ends the reported clause of her speech (rule 908)
    quotes=[(cut(OC_P2, "„auf natürliche", "komplementär“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "die Generalsekretärin des Europarates"]})

# --- coe.int/de: the Secretary General's statement for International Roma Day (8 April) ---

RD_P2 = ("„Während wir am 8. April den Internationalen Tag der Roma begehen, bleibt der Europarat entschlossen, "
         "Antiziganismus und Diskriminierung gegenüber Roma und Fahrenden zu bekämpfen.")
RD_P3 = ("Sei es in der Schule oder am Arbeitsplatz, viele Roma und Fahrende unterschiedlicher Herkunft sind mit "
         "intersektioneller Diskriminierung konfrontiert und stoßen auf soziale Hemmnisse und Vorurteile, welche die "
         "Ausübung ihrer Rechte und ihre wirksame Teilhabe am öffentlichen und politischen Leben erschweren. Wenn die "
         "öffentliche Politik derartige Faktoren nicht berücksichtigt, sind diese Gruppen noch gefährdeter.")
RD_P4 = ("Unsere Organisation befasst sich mittels ihrer Monitoring-Organe und durch die Unterstützung der Mitgliedsstaaten "
         "mit diesen Problemen und der Europarat ist entschlossen, auf seinen langjährigen Bemühungen aufzubauen, indem er "
         "neue Normen zur Beseitigung der Hindernisse und zur Förderung der Vielfalt entwickelt.")
RD_P5 = ("Die Bildungseinrichtungen können ein Ausgangspunkt für Antiziganismus sein, beispielsweise wenn Roma und Fahrende "
         "mit Segregation in den Schulen konfrontiert sind. Um dagegen vorzugehen und zu ihrer Integration beizutragen, "
         "wurde in der vergangenen Woche auf dem gesamten Kontinent ein Europaratsprogramm in den Schulen gestartet. Das "
         "Ministerkomitee hat vor Kurzem eine Empfehlung an unsere Mitgliedsstaaten über die Teilhabe junger Roma "
         "verabschiedet und zwei weitere Normen werden erwartet: eine zu jungen Menschen, die nationalen Minderheiten "
         "angehören, und eine zu Frauen und Mädchen aus der Gemeinschaft der Roma und Fahrenden. Fragen zur Gleichstellung "
         "der Geschlechter werden zudem in den Strategischen Aktionsplan für Roma und Fahrende (2020–2025) aufgenommen.")

add(id="ho350-coe-buric-internationaler-tag-der-roma",
    title=None,
    url="https://coe.int/de/web/portal/-/international-roma-day-1?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50"
        "%26start%3D18",
    retrieved="same address (statement of the Secretary General for International Roma Day, undated in the stored copy; the "
              "stored copy begins with the first paragraph and shows no heading, so the text has no title line (rules 18, "
              "32); the last paragraph 'Bereichsübergreifende Themen sollten interdisziplinär behandelt werden. … Die Rom', "
              "cut off in the stored copy before the statement's closing mark, dropped (rules 15, 1995))",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat die folgende Erklärung abgegeben:",
           RD_P2, RD_P3, RD_P4, RD_P5],
    # one statement opened with „ in the second paragraph; its closing mark lies in the dropped, cut-off last paragraph:
    # every kept paragraph after the opening mark is a whole-paragraph quotation of the Secretary General (rules 935, 1995)
    quotes=[(RD_P2, BURIC),
            (RD_P3, BURIC),
            (RD_P4, BURIC),
            (RD_P5, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Die Generalsekretärin des Europarates"]})

# --- hub.coe.int/de, 20 October 2010: high-level meeting on Roma in Strasbourg ---

HM_P2 = ("Der Generalsekretär des Europarates Thorbjørn Jagland, der das Treffen einberufen hatte, nachdem im Sommer "
         "Bedenken angesichts der Rechte der Roma aufgetreten waren, sagte, es sei an der Zeit zu handeln. „Heute haben wir "
         "einen Neuanfang gestartet, um der Roma-Bevölkerung Europas wirklich zu helfen. Die Roma sind unsere europäischen "
         "Mitbürger.“")
HM_P4 = "Die „Straßburger Erklärung“ enthält Leitlinien und Prioritäten:"

add(id="ho350-coe-2010-10-treffen-roma-strassburg",
    title="Treffen auf hoher Ebene im Europarat Straßburg, 20. Oktober 2010",
    url="http://hub.coe.int/de/web/coe-portal/event-files/our-events/council-of-europe-meeting-for-roma?dynLink=true&"
        "layoutId=410&dlgroupId=10226&fromArticleId=",
    retrieved="same address (event page of the high-level meeting on Roma of 20 October 2010; its heading line with place "
              "and date kept as the title line, as stored (rule 1997); the three lines of the list after 'Leitlinien und "
              "Prioritäten:' kept as lines of their own; the last paragraph 'Diese Maßnahmen stützen sich auf das "
              "Fachwissen des Europarates, … internationalen Org', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=["Vertreter der 47 Mitgliedsstaaten des Europarates, der Europäischen Union und der Roma-Gemeinschaft haben bei "
           "ihrem Treffen heute in Straßburg einstimmig die weitverbreitete Diskriminierung von Roma und ihre soziale und "
           "wirtschaftliche Marginalisierung verurteilt.",
           HM_P2,
           "Die Mitgliedsstaaten einigten sich auf eine gemeinsame Anstrengung als gesamteuropäische Antwort, um den "
           "Bedürfnissen der Roma in Europa, deren Zahl auf 12 Millionen geschätzt wird, Rechnung zu tragen.",
           HM_P4,
           "a) Nichtdiskriminierung, Bürgerschaft, Frauen- und Kinderrechte,",
           "b) Soziale Eingliederung einschließlich Bildung, Unterkunft und Gesundheitsfürsorge,",
           "c) Selbstbestimmung und besseren Zugang zur Justiz.",
           "Die Erklärung sieht außerdem die Einrichtung eines neuen europäischen Trainingsprogramms für über 1000 "
           "Roma-Mediatoren vor, welche die Gemeinschaften in rechtlichen und administrativen Fragen beraten werden. 2011 "
           "sollen etwa 440 Mediatoren ausgebildet werden, deren Zahl in den folgenden Jahren, abhängig von den verfügbaren "
           "Ressourcen, auf über 1000 steigen könnte. Der Europarat hat vor, 2011 rund 100 Anwälte weiterzubilden. "
           "Roma-Mediatoren und –Anwälte werden sich für den Zugang zu Unterkünften, Gesundheitsfürsorge und Arbeit "
           "einsetzen und eine Verbindung zwischen den Roma-Gemeinschaften und der Zivilgesellschaft schaffen."],
    # the marked sentences after `sagte, es sei an der Zeit zu handeln.` are Jagland's (the cue governs the reported clause
    # and the quotation that follows it); the name of the declaration is null (rule 24)
    quotes=[(cut(HM_P2, "„Heute haben", "Mitbürger.“"), JAGLAND),
            (cut(HM_P4, "„Straßburger", "Erklärung“"), None)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Der Generalsekretär des Europarates"]})

# --- hub.coe.int/de, 8 April 2013: International Roma Day, the Secretary General visits camps in Strasbourg ---

LG_P3 = ("„Ich möchte die Roma, ihr Kulturerbe und ihren Beitrag zur europäischen Kultur würdigen. Gleichzeitig erfüllt es "
         "mich mit Sorge, dass Diskriminierung und romafeindliche Äußerungen in Europa immer noch weit verbreitet sind. "
         "Bildung und Beschäftigung sind der Schlüssel zur Integration und ich begrüße die beträchtlichen Anstrengungen der "
         "Stadt Straßburg, um die Roma diesbezüglich zu unterstützen. Trotz der Herausforderung, etwa 450 Roma aufzunehmen, "
         "zeigt die Erfahrung von Straßburg doch auch, dass die Angst vor einem massiven Zustrom an Roma unbegründet ist. "
         "Mit seinem Programm der Roma-Mediatoren stellt der Europarat seinen Mitgliedsstaaten eine konkrete Unterstützung "
         "zur Verfügung. Im Rahmen des Programms ist derzeit auch ein Mediator in Straßburg.\"")

add(id="ho350-coe-2013-04-jagland-roma-lager-strassburg",
    title="Internationaler Tag der Roma: Generalsekretär besucht Lager in Straßburg",
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?p_p_id=newsroom&_newsroom_articleId=1398617&_newsroom_groupId="
        "10226&_newsroom_tabs=newsroom-topnews&pager.offset=0",
    retrieved="same address (newsroom item of 8 April 2013; the navigation lines 'Medien' and 'Generalsekretär', the date "
              "line '08/04/2013' under the heading and the repeated heading dropped (rules 14, 93); the dateline "
              "'Straßburg, 08.04.2013 -' kept in its paragraph (rule 13); the straight closing mark after an opening '„' "
              "kept as published (rule 939); the link block 'Siehe auch: Menschenrechte für Roma Realität werden lassen' "
              "and the sidebar of other items ('Generalsekretär 23/04/2014', 'Schlagzeilen', 'Generalsekretär Jagland: ein "
              "wichtiger Schritt …', 'Istanbul-Konvention kann in Kraft treten', 'Weitere News', 'Pressemitteilungen', "
              "'Termine') dropped (rule 14); complete, under 500 words)",
    license=COE,
    paras=["Straßburg, 08.04.2013 - Anlässlich des Internationalen Tages der Roma hat Europarats-Generalsekretär Thorbjørn "
           "Jagland zwei Roma-Lager in Straßburg besucht, wo der Europarat seinen Sitz hat. In Begleitung der "
           "Stellvertretenden Bürgermeisterin von Straßburg und Beauftragten für europäische und internationale "
           "Angelegenheiten, Nawel Rafik-Elmrini, sprach der Generalsekretär mit in dem Lager lebenden Roma über ihre "
           "Situation.",
           "Zum Abschluss seines Besuchs sagte er:",
           LG_P3],
    # cue paragraph ending in a colon with the pronoun `er` (= Jagland, the Generalsekretär of the first paragraph; the
    # deputy mayor is a woman and is not the subject), quotation in the next paragraph
    quotes=[(LG_P3, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Europarats-Generalsekretär", "der Generalsekretär"]})

# --- coe.int/de, 7 April 2014: Jagland's statement for International Roma Day ---

RI_P2 = ("„Wir sollten den Internationalen Tag der Roma zum Anlass nehmen, uns des großen Beitrags dieses Volkes zur "
         "europäischen Kultur zu erinnern. [...] Die traurige Wirklichkeit ist jedoch, dass die meisten der zehn Millionen "
         "Roma weiterhin abgesondert und in tiefer Armut leben. [...] Sie leiden unter täglicher Diskriminierung in den "
         "Medien, in der Politik und auf dem Arbeitsmarkt. [...] Den Bürgermeistern und Stadträten, etwa im deutschen "
         "Duisburg und dem französischen Straßburg, ist es als Verdienst anzurechnen, sich populistischen Einstellungen zu "
         "widersetzen und beharrlich nach menschlichen Lösungen zu suchen. Unter internationalen Organisationen, darunter der "
         "Europarat, die Europäische Kommission und die Open Society Foundations, besteht Einigkeit, dass der Schwerpunkt "
         "der Unterstützung auf lokaler Ebene liegen muss.“")

add(id="ho350-coe-2014-04-jagland-integration-roma-staedte",
    title="Integration von Roma in den Städten bleibt eine der größten Herausforderungen in Europa",
    url="https://coe.int/de/web/portal/view/-/asset_publisher/vn2ojsz0tUaf/content/integration-of-roma-in-towns-and-cities-"
        "remains-one-of-europe-s-biggest-challenges",
    retrieved="same address (statement of 7 April 2014; the link word 'Zurück' before the heading and the rubric line "
              "'Internationaler Tag der Roma' dropped (rules 14, 93); the misspelling 'Generalsekrtär' kept as published "
              "(rule 20); the link lines 'Vollständige Erklärung (Pressemitteilung)', 'Foto-Ausstellung: Wege erfolgreicher "
              "Integration' and 'Siehe auch: Menschenrechte für Roma zur Wirklichkeit werden lassen', the place and date "
              "line 'Straßburg 07/04/2014', the page tools ('Diminuer la taille du texte', …) and the sidebar ('Der "
              "Europarat auf', 'Facebook', '@coe auf Twitter') dropped (rule 14); complete, under 500 words)",
    license=COE,
    paras=["Anlässlich des Internationalen Tages der Roma am 8. April hat der Generalsekrtär des Europarates, Thorbjørn "
           "Jagland, die folgende Erklärung veröffentlicht:",
           RI_P2],
    # an excerpt of the statement with the omissions marked `[...]` inside the marks: one quotation, omission marks
    # included (rule 1998)
    quotes=[(RI_P2, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "der Generalsekrtär des Europarates"]})
