# Two-hundred-and-thirty-seventh held-out German real-news set (tests/data/heldout237-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1670-1672). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers'
# names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of
# tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirty-seventh held-out set": German news items and statements of the
# Council of Europe on coe.int/de (Roma, the Roma Holocaust and Holocaust remembrance, the murder of Daphne Caruana
# Galizia, the Budapest Convention on cybercrime, the Istanbul Convention's Committee of the Parties, the Parliamentary
# Assembly, the Italian Chair of the Committee of Ministers) and one German press release of the Council of Europe on its
# document site wcd.coe.int (licence COE: excerpts of under 500 words, unchanged, with the Council of Europe credited).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
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

# --- Roma ---

JAG13_P2 = ("„Ich bin enttäuscht und beunruhigt darüber, dass Roma erneut diskriminiert und stigmatisiert werden. Dies wird "
            "nur zu weiterer Diskriminierung und Ausgrenzung führen, ohne dass Probleme gelöst werden. Wir benötigen einen "
            "konstruktiven Ansatz zur Integration von Roma in Europa.Der Europarat setzt sich für umfassendere politische "
            "Maßnahmen ein, die lokale Behörden, Regierungen, internationale Organisationen und die Roma selbst "
            "miteinbeziehen.\"")

add(id="ho237-coe-2013-09-jagland-roma",
    title="Jagland: Enttäuscht und beunruhigt über Diskriminierung und Stigmatisierung von Roma",
    url="https://coe.int/de/web/portal/-/jagland-disappointed-and-alarmed-by-discriminatory-actions-and-stigmatising-"
        "words-against-roma?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D57",
    retrieved="same address (statement of September 2013; the link word 'Zurück' before the heading and the rubric line "
              "'Generalsekretär' dropped as furniture; the link block 'Siehe auch: Menschenrechte für Roma Realität werden "
              "lassen', the place and date line 'Straßburg 26/09/2013' and the page tools dropped; the missing space in "
              "'in Europa.Der Europarat' and the straight closing mark after an opening '„' kept as published)",
    license=COE,
    paras=["Als Reaktion auf die aktuelle Diskussion über Roma in Frankreich, Schweden und anderen europäischen Ländern hat "
           "der Generalsekretär des Europarates, Thorbjørn Jagland, folgende Erklärung veröffentlicht:",
           JAG13_P2],
    quotes=[(JAG13_P2, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär des Europarates"]})

JAG10_P2 = ("„Der Europarat hat wiederholt seine Sorge über einige Maßnahmen zum Ausdruck gebracht, welche die "
            "Mitgliedsstaaten in Bezug auf Roma verabschiedet haben, zuletzt etwa der Menschenrechtskommissar Thomas "
            "Hammarberg und die Europäische Kommission gegen Rassismus und Intoleranz (ECRI). Ich glaube, es liegt in "
            "unserer Verantwortung, mit den Mitgliedsstaaten zusammenzuarbeiten, um Lösungen für aktuelle Probleme zu "
            "finden’’, sagte der Generalsekretär.")
JAG10_P4 = ("„Diese Frage betrifft ganz Europa, daher ist auch eine gesamteuropäische Antwort erforderlich. Die soziale und "
            "wirtschaftliche Ausgrenzung und alle Probleme, die damit einhergehen, beschränkt sich nicht auf ein Land’’, "
            "sagte Jagland")

add(id="ho237-coe-2010-09-jagland-roma-initiative",
    title="Europarat stellt Initiative zur Verbesserung der Lage der Roma vor",
    url="https://wcd.coe.int/ViewDoc.jsp?id=1668519",
    retrieved="same address (press release 668(2010) of 16 September 2010; the reference line 'Pressemitteilung - "
              "668(2010)' dropped as furniture; the fifth paragraph ('„Der Europarat ist entschlossen, … Der Europarat "
              "bietet seine Erfahrun'), cut off in the stored copy, dropped with its unclosed quotation (rule 15); the "
              "closing marks written as two apostrophes '’’' and the missing full stop after 'sagte Jagland' kept as "
              "published)",
    license=COE,
    paras=["Straßburg, 16.09.2010 – Der Generalsekretär des Europarates, Thorbjørn Jagland, hat dem Ministerkomitee heute "
           "eine Initiative vorgestellt, um die unmittelbaren und langfristigen Probleme im Bereich der Rechte und "
           "Pflichten der Roma-Gemeinschaften in ganz Europa zu lösen.",
           JAG10_P2,
           "Als Zentrum der Initiative schlägt der Generalsekretär ein Ministertreffen auf hoher Ebene vor, das zwei Ziele "
           "verfolgt: Zum einen soll geklärt werden, welche Normen des Europarates und der EU im Fall der Migration der "
           "Roma anwendbar sind. Zum anderen soll ein Prozess angestoßen werden, an dem der Europarat, die Europäische "
           "Union und die nationalen Regierungen beteiligt sind und in dessen Mittelpunkt spezifische Maßnahmen zur "
           "Verbesserung der wirtschaftlichen und sozialen Integration der Roma in Europa stehen.",
           JAG10_P4],
    quotes=[(cut(JAG10_P2, "„Der Europarat", "finden’’"), JAGLAND),
            (cut(JAG10_P4, "„Diese Frage", "ein Land’’"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär des Europarates", "Generalsekretär"]})

ROMA23_P2 = ("„Wir begehen heute den Europäischen Holocaust-Gedenktag für Roma und erinnern uns der rund 3.000 Roma – "
             "hauptsächlich Frauen und Kinder –, die man im Dunkel der Nacht in Auschwitz-Birkenau erbarmungslos ermordet "
             "hat. Wir dürfen nie vergessen, wie Hass, Ausbeutung und Stigmatisierung heute vor 79 Jahren zu diesem "
             "Massaker geführt haben. Das Gedenken dient dazu, Würde und Gerechtigkeit für die Opfer und die Gemeinschaft "
             "wiederherzustellen.")
ROMA23_P3 = ("Der Europarat hat sich dazu verpflichtet, die Integration der Roma zu gewährleisten und den Mitgliedsstaaten zu "
             "helfen, Garantien für die Roma-Gemeinschaft einzuführen und aufrechtzuerhalten.")
ROMA23_P4 = ("Im letzten Jahr haben die Mitgliedsstaaten eine Empfehlung zur Bekämpfung von Hassrede verabschiedet, die an "
             "die innerstaatlichen Behörden und Schlüsselakteure Leitlinien dafür richtet, wie sie diesbezüglich ein "
             "übergreifendes Bündel juristischer und nicht juristischer Maßnahmen einführen sollten.")
ROMA23_P5 = ("Dieses Jahr hat das Ministerkomitee eine Empfehlung zur Mitbestimmung von jungen Roma verabschiedet, die die "
             "Beteiligung, Repräsentation und Inklusion junger Roma in allen Gesellschaftsbereichen und "
             "Entscheidungsprozessen fördern soll. Außerdem entwickeln wir derzeit neue Werkzeuge, die die Mitgliedsstaaten "
             "dabei unterstützen sollen, die Geschichte der Roma und Fahrenden in ganz Europa in den Lehrplan und das "
             "Unterrichtsmaterial aufzunehmen.")
ROMA23_P6 = ("Geschichtsunterricht und das Gedenken an den Roma-Holocaust stärken nicht nur die Identität der Roma, sondern "
             "bieten auch einen wichtigen Kontext, der dazu beitragen kann, aus der Vergangenheit zu lernen.")
ROMA23_P7 = "Die Roma haben ein Recht, das wir alle schützen müssen: das Recht auf Erinnerung.“"

add(id="ho237-coe-2023-08-buric-roma-holocaust-gedenktag",
    title=None,
    url="https://coe.int/de/web/portal/-/european-roma-holocaust-memorial-day?p_l_back_url=%2Ffr%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D100%26start%3D6",
    retrieved="same address (statement of August 2023; no headline in the stored copy (rules 18, 32); the last paragraph "
              "('Anlässlich des Europäischen Roma-Holocaust-Gedenktags am 2. August fand vor dem Palais de l'Europe, dem "
              "Sitz des Europarates i'), cut off in the stored copy, dropped (rule 15); the statement itself is complete, "
              "opened in the second and closed in the seventh paragraph)",
    license=COE,
    paras=["Anlässlich des Europäischen Holocaust-Gedenktags für Roma hat die Generalsekretärin des Europarates, Marija "
           "Pejčinović Burić, folgende Erklärung veröffentlicht:",
           ROMA23_P2, ROMA23_P3, ROMA23_P4, ROMA23_P5, ROMA23_P6, ROMA23_P7],
    quotes=[(ROMA23_P2, BURIC), (ROMA23_P3, BURIC), (ROMA23_P4, BURIC), (ROMA23_P5, BURIC), (ROMA23_P6, BURIC),
            (ROMA23_P7, BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

ROMA20_P1 = ("Am 2. August 1944 wurden die verbleibenden Roma des sogenannten „Zigeunerlagers“ – etwa 3.000 Männer, Frauen "
             "und Kinder – in den Gaskammern von Auschwitz-Birkenau vernichtet. Der Holocaust an den Roma war ein Versuch "
             "des NS-Regimes und seiner Unterstützer, das Volk der Roma in Europa auszulöschen.")
ROMA20_P2 = ("In einer Online-Videobotschaft anlässlich des 76. Jahrestags der Gräueltaten würdigt die Generalsekretärin des "
             "Europarates, Marija Pejčinović Burić, die Tatsache, dass eine zunehmende Anzahl europäischer Länder den "
             "Europäischen Tag zum Gedenken an den Völkermord an den Roma (2. August) offiziell anerkennt: „Eine bessere "
             "Zukunft kann nur auf einem soliden Verständnis der Vergangenheit aufgebaut werden“, erklärt sie.")
ROMA20_P4 = ("„Meine Gedanken sind heute bei denen, die ihr Leben verloren haben, denen, die überlebt haben, und den "
             "Gemeinschaften der Roma und Fahrenden, die fortwährend zum reichen und vielfältigen kulturellen Leben unseres "
             "Kontinents beitragen“, so die Generalsekretärin.")

add(id="ho237-coe-2020-08-buric-roma-holocaust-opfer",
    title="Generalsekretärin gedenkt der Roma-Opfer des Holocausts",
    url="https://coe.int/de/web/portal/-/secretary-general-honours-roma-holocaust-victims?p_l_back_url=%2Fbe%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D20%26start%3D87",
    retrieved="same address (news item of August 2020; the link word 'Zurück' before the heading dropped as furniture; the "
              "last paragraph ('Seit einigen Jahren hält der Europarat … diese Versammlung durch die "
              "Online-Videobotschaft'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[ROMA20_P1, ROMA20_P2,
           "Obgleich es keine genauen Zahlen gibt, schätzen Historiker, dass während des Zweiten Weltkriegs etwa 500.000 "
           "Roma ermordet wurden.",
           ROMA20_P4,
           "Die Generalsekretärin hebt hervor, dass dieses Gedenken weiterhin ein wichtiges Ereignis für den Europarat "
           "ist, und unterstreicht, wie wichtig es ist, die Erinnerung an diese Ereignisse im Unterricht weiterzugeben und "
           "der Opfer und Überlebenden des Holocausts unter den Roma zu gedenken. Sie begrüßt eine kürzlich vom "
           "Ministerkomitee verabschiedete Empfehlung, in der alle 47 Mitgliedsstaaten des Europarates dazu aufgerufen "
           "werden, die Geschichte der Roma und Fahrenden in die Lehrpläne der Schulen aufzunehmen."],
    quotes=[("„Zigeunerlagers“", None),
            (cut(ROMA20_P2, "„Eine bessere", "werden“"), BURIC),
            (cut(ROMA20_P4, "„Meine Gedanken", "beitragen“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

HOL20_P1 = ("Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat im Rahmen einer feierlichen Veranstaltung "
            "anlässlich des 75. Jahrestags der Befreiung des Vernichtungslagers Auschwitz-Birkenau der Opfer des Holocausts "
            "gedacht. Rund sechs Millionen Jüdinnen und Juden wurden während des Zweiten Weltkriegs grausam ermordet, aber "
            "auch zahlreiche Roma und LGBTI-Personen. „All dieser Menschen gedenken wir heute, und wir denken an die "
            "verlorenen Generationen und den Beitrag, den sie zur europäischen Gesellschaft leisten hätten können. Wir "
            "gedenken aber auch, weil wir sicherstellen müssen, dass Derartiges nie wieder geschieht: Wir müssen alles "
            "unternehmen, um Hass und Vorurteile zu verhindern und zu bekämpfen, da sie Gewalt und Diskriminierung in sich "
            "tragen“, so die Generalsekretärin.")
HOL20_P3 = ("Der neu gewählte Präsident der Parlamentarischen Versammlung, Rik Daems, dessen Großvater im belgischen "
            "Widerstand aktiv war und darum in einem Vernichtungslager ermordet wurde, unterstrich, dass das Gedenken an den "
            "Holocaust von entscheidender Bedeutung dafür sei, um der derzeit zunehmenden Intoleranz entgegentreten zu "
            "können: „Wenn Antisemitismus, Hassrede, Islamfeindlichkeit und jede Form von Diskriminierung und Angst vor dem "
            "anderen zunehmen, müssen wir uns unseres moralischen Kompasses besinnen – der Menschenwürde und Grundrechte, "
            "auf deren Grundlage sich die europäischen Nationen vor 75 Jahren versöhnten und vereinten.“")

add(id="ho237-coe-2020-01-holocaust-gedenkfeier",
    title=None,
    url="https://coe.int/de/web/portal/-/council-of-europe-holocaust-remembrance-ceremony?p_l_back_url=%2Fru%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D100%26start%3D19",
    retrieved="same address (news item of January 2020; no headline in the stored copy (rules 18, 32); the last paragraph "
              "('Im Rahmen der Veranstaltung sprachen zudem: Eli Lev, … und David Cupina, Präsident von'), cut off in the "
              "stored copy, dropped (rule 15))",
    license=COE,
    paras=[HOL20_P1,
           "Die Präsidentin Georgiens, Salome Surabischwili, betonte im Gedenken an die Opfer, dass die Erinnerung an sie "
           "lebendig erhalten werden muss. Mit Stolz verwies sie darauf, dass keine georgischen Jüdinnen und Juden im "
           "Holocaust umkamen und im heutigen Georgien kein Antisemitismus zu beobachten sei.",
           HOL20_P3],
    quotes=[(cut(HOL20_P1, "„All dieser", "tragen“"), BURIC),
            (cut(HOL20_P3, "„Wenn Antisemitismus", "vereinten.“"), "Rik Daems")],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"],
             "Rik Daems": ["Rik Daems", "Präsident der Parlamentarischen Versammlung"]})

# --- Press freedom: Daphne Caruana Galizia ---

DCG17_P1 = ("„Ich bin entsetzt über die brutale Ermordung der Journalistin und Bloggerin Daphne Caruana Galizia, gestern "
            "durch eine Autobombe auf Malta. Wie bereits der Premierminister von Malta erklärte, ist eine gründliche "
            "Untersuchung erforderlich, um die Verantwortlichen für die Tat zu ermitteln.")
DCG17_P2 = ("Seit mehreren Jahren beschäftigte sich Caruana Galizia mit Fällen angeblicher Korruption und berichtete darüber. "
            "Die Arbeit investigativer Journalistinnen und Journalisten fördert die Transparenz und die demokratische "
            "Rechenschaftspflicht; zu deren Unterstützung müssen unsere Mitgliedsstaaten ihre Anstrengungen verstärken, um "
            "sie wirksam zu schützen.")
DCG17_P3 = ("Durch den Tod von Caruana Galizia steigt die Zahl der Journalisten, die im Jahr 2017 in den Mitgliedsstaaten "
            "des Europarates ermordet wurden, auf fünf. Es ist seit Einrichtung der Plattform des Europarates zum Schutz von "
            "Journalisten im April 2015 der 21. Fall dieser Art.")
DCG17_P4 = ("Der Europarat wird seine Bemühungen zum Schutz von Journalisten unermüdlich fortsetzen,“ sagte der "
            "Generalsekretär abschließend.")

add(id="ho237-coe-2017-10-caruana-galizia-ermordung",
    title=None,
    url="https://coe.int/de/web/portal/-/murder-of-maltese-journalist-daphne-caruana-galizia?p_l_back_url=%2Fde%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D75%26start%3D39",
    retrieved="same address (statement of October 2017; no headline in the stored copy, which begins with the statement "
              "(rules 18, 32); all four paragraphs of the stored excerpt kept complete; the comma inside the closing mark "
              "'fortsetzen,“' kept as published)",
    license=COE,
    paras=[DCG17_P1, DCG17_P2, DCG17_P3, DCG17_P4],
    quotes=[(DCG17_P1, "Generalsekretär"), (DCG17_P2, "Generalsekretär"), (DCG17_P3, "Generalsekretär"),
            (cut(DCG17_P4, "Der Europarat", "fortsetzen,“"), "Generalsekretär")],
    aliases={"Generalsekretär": ["Generalsekretär"]})

DCG19_P2 = ("„Es ist eine positive Entwicklung, dass sich die maltesischen Behörden entschlossen haben, der eindringlichen "
            "Empfehlung unserer Parlamentarischen Versammlung vom vergangenen Juni zu folgen und innerhalb von drei Monaten "
            "eine unabhängige öffentliche Untersuchung einzuleiten, um die Hintergründe des entsetzlichen Mordes an Caruana "
            "Galizia aufzuklären. Der Europarat wird die Arbeit der eingerichteten Untersuchungskommission genau und "
            "aufmerksam verfolgen.")
DCG19_P3 = ("Der Standpunkt, den die Versammlung im Juni eingenommen hat, ist ein wichtiges Signal für die Sicherheit von "
            "Investigativjournalisten. Die in der Europäischen Menschenrechtskonvention verankerte Meinungsäußerungs- und "
            "Informationsfreiheit kann in unseren Mitgliedsstaaten nicht gewährleistet werden, wenn Journalistinnen und "
            "Journalisten nicht uneingeschränkt geachtet und geschützt werden“, erklärte Pejčinović Burić.")

add(id="ho237-coe-2019-09-buric-caruana-galizia-untersuchung",
    title=None,
    url="https://coe.int/de/web/portal/-/council-of-europe-secretary-general-pejcinovic-buric-welcomes-maltese-"
        "announcement-to-set-public-inquiry-into-the-murder-of-journalist-daphne-caruana-?p_l_back_url=%2Fes%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D20%26start%3D102",
    retrieved="same address (statement of September 2019; no headline in the stored copy (rules 18, 32); all three "
              "paragraphs of the stored excerpt kept complete)",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat heute in einer Erklärung die Ankündigung "
           "der maltesischen Regierung begrüßt, eine öffentliche Untersuchung des Mordes an der Investigativjournalistin "
           "Daphne Caruana Galizia im Oktober 2017 durchzuführen.",
           DCG19_P2, DCG19_P3],
    quotes=[(DCG19_P2, BURIC), (cut(DCG19_P3, "Der Standpunkt", "geschützt werden“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin des Europarates"]})

# --- Cybercrime ---

CYB_P2 = ("„Computerkriminalität fügt der Gesellschaft immer größeren Schaden zu, und wir müssen sie unbedingt bekämpfen“, "
          "erklärte sie. „Diese Straftaten betreffen Unternehmen, Computerkriminalität tritt aber auch als Angriff auf die "
          "Demokratie und Wahlen auf, als Weitergabe von Millionen kinderpornografischer Bilder oder als Diebstahl großer "
          "Mengen personenbezogener Daten. Darum möchte der Europarat die Reaktion der Strafjustiz auf Herausforderungen "
          "stärken, die sich durch Computerkriminalität und die Erhebung elektronischer Beweise ergeben“, so Pejčinović "
          "Burić.")
CYB_P4 = ("In den vergangenen zwölf Monaten unterstützte das Programmbüro des Europarates zur Bekämpfung von "
          "Computerkriminalität in Bukarest 240 Aktivitäten zum Kapazitätsaufbau, an denen über 120 Länder beteiligt sind, "
          "„jedes davon erfüllt die Voraussetzung, dass die innerstaatlichen Gesetze im Einklang mit den Normen der "
          "Budapest-Konvention stehen müssen“.")

add(id="ho237-coe-2019-11-buric-budapest-konvention",
    title="Generalsekretärin Pejčinović Burić: Budapest-Konvention bleibt bedeutendste internationale Norm im Bereich "
          "Computerkriminalität",
    url="https://www.coe.int/de/web/portal/-/marija-pejcinovic-buric-the-budapest-convention-will-remain-the-most-"
        "relevant-international-standard-on-cybercrime",
    retrieved="same address (news item of 20 November 2019; the link word 'Zurück', the rubric, place and date line "
              "'Generalsekretärin Straßburg 20. November 2019', the page tools and the doubled image caption 'Marija "
              "Pejčinović Burić' dropped as furniture; the last paragraph ('Abschließend nahm die Generalsekretärin Bezug "
              "auf'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=["Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat in ihrer Rede zur Eröffnung einer "
           "Konferenz über Computerkriminalität die Bedeutung der Budapest-Konvention betont, des einzigen "
           "völkerrechtlich bindenden Vertrags, den die Strafjustizbehörden regelmäßig in innerstaatlichen und "
           "grenzüberschreitenden Ermittlungen anwenden.",
           CYB_P2,
           "Ebenso betonte die Generalsekretärin die Notwendigkeit technischer Unterstützung zur Stärkung der "
           "Rechtsvorschriften, der Schulung von Ermittlern, Staatsanwälten und Richtern sowie der Zusammenarbeit zwischen "
           "den Behörden und Privatunternehmen und auf internationaler Ebene.",
           CYB_P4],
    quotes=[(cut(CYB_P2, "„Computerkriminalität fügt", "bekämpfen“"), BURIC),
            (cut(CYB_P2, "„Diese Straftaten", "ergeben“"), BURIC),
            (cut(CYB_P4, "„jedes davon", "stehen müssen“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin Pejčinović Burić",
                     "Generalsekretärin des Europarates", "Generalsekretärin"]})

# --- Violence against women: Istanbul Convention ---

GREVIO_P3 = ("Während die Vertragsstaaten verpflichtet sind, die von der GREVIO in ihren Berichten formulierten Empfehlungen "
             "und Vorschläge, welche für die neun Länder im vergangenen Monat veröffentlicht wurden, in vollem Umfang "
             "umzusetzen, konzentrieren sich die Empfehlungen des Ausschusses der Vertragsparteien auf Bereiche, in denen "
             "laut der GREVIO „dringender“ Handlungsbedarf besteht. In seinen Empfehlungen fordert der Ausschuss der "
             "Vertragsparteien die Vertragsstaaten auf, dem Ausschuss nach drei Jahren über die ergriffenen Maßnahmen "
             "Bericht zu erstatten.")

add(id="ho237-coe-2022-12-istanbul-konvention-empfehlungen",
    title=None,
    url="https://coe.int/de/web/portal/-/%C3%BCberwachung-von-gewalt-gegen-frauen-wichtige-empfehlungen-f%C3%BCr-neun-"
        "mitgliedsstaaten-ver%C3%B6ffentlicht?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D17",
    retrieved="same address (news item of December 2022; no headline in the stored copy (rules 18, 32); all three "
              "paragraphs of the stored excerpt kept complete)",
    license=COE,
    paras=["Am Ende einer Sitzung des Ausschusses der Vertragsparteien des Übereinkommens des Europarates zur Verhütung und "
           "Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt (der Istanbul-Konvention) am 5. und 6. Dezember 2022 "
           "hat der Ausschuss wichtige Empfehlungen zur Umsetzung des Vertrags in neun Vertragsstaaten verabschiedet: "
           "Bosnien und Herzegowina, Deutschland, Estland, Georgien, Island, Norwegen, Rumänien, der Schweiz und Zypern.",
           "Der Ausschuss der Vertragsparteien verabschiedet seit 2018 – auf der Grundlage von GREVIO-Berichten – wichtige "
           "Empfehlungen für die Vertragsparteien zur Gewährleistung der Umsetzung des Vertrags.",
           GREVIO_P3],
    quotes=[("„dringender“", "GREVIO")],
    aliases={"GREVIO": ["GREVIO"]})

# --- Parliamentary Assembly and Committee of Ministers ---

PACE_P2 = ("Der Versammlung zufolge wird dieses Verfahren, an dem die beiden Satzungsorgane und die Generalsekretärin des "
           "Europarates beteiligt sind, die Fähigkeit der Organisation stärken, in derartigen Situationen „wirksamer zu "
           "reagieren“, und „den Effekt jeder zu treffenden Maßnahme steigern, sowohl gegenüber dem betroffenen Staat als "
           "auch gegenüber der gesamten Organisation“.")
PACE_P3 = ("Die Versammlung verabschiedete eine auf dem Bericht von Frank Schwabe (Deutschland, SOC) beruhende "
           "Entschließung, worin die Grundsätze des zusätzlichen gemeinsamen Verfahrens dargelegt sind, und betonte dabei "
           "die „glaubhafte, vorhersehbare, reaktive und reversible Natur“ des Verfahrens.")
PACE = "Parlamentarische Versammlung des Europarates"

add(id="ho237-coe-pace-gemeinsames-verfahren",
    title=None,
    url="https://coe.int/de/web/portal/-/for-a-complementary-joint-procedure-cm-pace-in-response-to-a-serious-violation-"
        "by-a-member-state-of-its-statutory-obligations",
    retrieved="same address (news item of the Parliamentary Assembly on its resolution on a complementary joint procedure "
              "of the Committee of Ministers and the Assembly, 2020; no headline in the stored copy (rules 18, 32); "
              "all three paragraphs of the stored excerpt kept complete)",
    license=COE,
    paras=["Die Parlamentarische Versammlung des Europarates hat die Intensivierung des Dialogs und der Kontakte mit dem "
           "Ministerkomitee begrüßt, die darauf abzielen, ein zusätzliches gemeinsames Verfahren der beiden "
           "Satzungsorgane des Europarates in Reaktion auf einen schwerwiegenden Verstoß eines Mitgliedsstaats gegen "
           "seine satzungsgemäßen Verpflichtungen einzuführen.",
           PACE_P2, PACE_P3],
    quotes=[("„wirksamer zu reagieren“", PACE),
            (cut(PACE_P2, "„den Effekt", "Organisation“"), PACE),
            ("„glaubhafte, vorhersehbare, reaktive und reversible Natur“", PACE)],
    aliases={PACE: ["Parlamentarische Versammlung des Europarates", "Versammlung"]})

DV_P1 = ("„Der Europarat spielt bei der gemeinsamen Anstrengung zur Bewältigung globaler Herausforderungen eine wesentliche "
         "Rolle. Er ist das kontinentale Sinnbild für den Schutz der Menschenrechte und Grundfreiheiten und bringt eine "
         "multilaterale Berufung zum Ausdruck, in der Italien sich uneingeschränkt wiedererkennt. Dabei steht er an "
         "vorderster Linie“, unterstrich der Unterstaatssekretär des italienischen Ministeriums für auswärtige "
         "Angelegenheiten und internationale Zusammenarbeit, Benedetto Della Vedova, in seiner Rede vor der "
         "Parlamentarischen Versammlung (PACE).")

add(id="ho237-coe-2022-01-della-vedova-pace",
    title=None,
    url="https://coe.int/de/web/portal/-/italian-undersecretary-of-state-della-vedova-the-council-of-europe-is-a-"
        "fundamental-part-of-the-collective-effort-to-face-global-challenges-?p_l_back_url=%2Fes%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D100%26start%3D13",
    retrieved="same address (news item of the Italian Chairmanship of the Committee of Ministers before the Parliamentary "
              "Assembly, during the Italian Chairmanship of November 2021 to May 2022; no headline in the stored copy (rules 18, 32); the link line 'Rede von Benedetto "
              "Della Vedova [EN]' dropped as furniture)",
    license=COE,
    paras=[DV_P1,
           "Della Vedova zog eine Bilanz der jüngsten Hauptaktivitäten und wichtigsten Entwicklungen in Bezug auf die vom "
           "italienischen Vorsitz im Ministerkomitee festgelegten Prioritäten. Nach seiner Rede stand Della Vedova in "
           "einer lebendigen Fragestunde den Abgeordneten Rede und Antwort."],
    quotes=[(cut(DV_P1, "„Der Europarat", "vorderster Linie“"), "Benedetto Della Vedova")],
    aliases={"Benedetto Della Vedova": ["Benedetto Della Vedova", "Della Vedova"]})
