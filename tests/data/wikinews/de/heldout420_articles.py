# Four-hundred-and-twentieth held-out German real-news set (tests/data/heldout420-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2190-2194). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twentieth held-out set": six German news items and press releases of
# the Free Software Foundation Europe on fsfe.org (2021-2023: Dortmund's council decision for "Public Money? Public Code!",
# the "Ada & Zangemann" book raffle, the EU Parliament committees' and plenary votes on the AI Act, the BMI's answers on
# openDesk and the dPhoenixSuite, the handover of the Upcycling Android open letter to the Bundestag's digital committee)
# (licence FSFE, as in the three-hundred-and-ninety-third set). The texts are read from the stored source files of the
# pages (news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line breaks inside a
# paragraph joined with single spaces and runs of spaces collapsed (as the page renders them), link texts kept,
# subheadings and list items kept as their own lines, images with their captions and the pages' tag and footer data
# dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
SANDER = "Alexander Sander"

# --- FSFE, 31 March 2021: Dortmund's council decides for "Public Money? Public Code!" ---

DO_Q1 = ("„Wir freuen uns, dass die Initiative Do-FOSS durch ihren unermüdlichen Einsatz in den vergangenen Jahren die "
         "Stadt Dortmund vom Prinzip „Public Money? Public Code“ überzeugen konnte. Freie Software gibt allen das Recht, "
         "Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu verbessern. Diese Freiheiten kommen "
         "auch staatlichen Akteuren zugute. Öffentliche Verwaltungen, die diesem Prinzip folgen, können von zahlreichen "
         "Vorteilen profitieren: Zusammenarbeit mit anderen staatlichen Stellen, Unabhängigkeit von einzelnen Anbietern, "
         "mögliche Steuerersparnisse, Innovationsförderung und eine solidere Grundlage für IT-Sicherheit. Durch den "
         "Beschluss des Rates gibt es nun die politische Rückendeckung, um die Abhängigkeiten von proprietären Anbietern "
         "Stück für Stück aufzulösen. Wir werden die Umsetzung begleiten und rufen gleichzeitig andere Verwaltungen in "
         "Deutschland und Europa auf, dem Vorbild Dortmunds zu folgen.“")

add(id="ho420-fsfe-2021-03-dortmund-public-code",
    title="Dortmund setzt auf Freie Software - Weg frei für Public Money? Public Code!",
    url="https://fsfe.org/news/2021/news-20210331-01.de.html",
    retrieved=REPO.format(path="news/2021/news-20210331-01.de.xhtml",
                          commit="220e962646903a5792507d4b8dbed83276bb313a")
    + " (news of 31 March 2021; the image 'Dortmund' with its caption, the discussion link, the page image and the tag "
      "list dropped (rule 14); the blockquote kept as one paragraph; the link texts 'heute veröffentlichte Protokoll der "
      "Sitzung', 'Initiative Do-FOSS' and 'publiccode.eu' kept as running text; the double space in 'die  Fraktion' "
      "collapsed as the page renders it; the line break after '„Public Money? Public Code“-' rendered as a space; the "
      "published irregularities 'Public Code“- Kampagne' and the unclosed bracket sentence '(Zwar … dahinter)' without "
      "full stop kept (rule 20))",
    license=FSFE,
    paras=["Mit einem wegweisenden Beschluss hat sich Dortmund dem Einsatz von Freier Software verschrieben. Der Rat der "
           "Stadt hat mit einer überwältigenden, fraktionsübergreifenden Mehrheit den Weg für „Public Money? Public Code!“ "
           "frei gemacht. Künftig soll von der Verwaltung entwickelte oder beauftragte Software der Allgemeinheit zur "
           "Verfügung gestellt werden.",
           "Bereits im Februar hat der Rat der Stadt einen zuvor von den Fraktionen von SPD, Bündnis90/Die Grünen, CDU, "
           "Die Linke+ sowie der Fraktion FDP/Bürgerliste eingereichten Antrag angenommen. Künftig soll, wo immer möglich, "
           "Freie Software eingesetzt und zudem von der Verwaltung entwickelte oder zur Entwicklung beauftragte Software "
           "der Allgemeinheit zur Verfügung gestellt werden. Damit folgt Dortmund dem Prinzip „Public Money? Public Code!“ "
           "- von allen bezahlter Code sollte für alle verfügbar sein! Das heute veröffentlichte Protokoll der Sitzung "
           "zeigt, mit welcher Geschlossenheit der Rat hinter dem Prinzip steht: Der Antrag wurde einstimmig angenommen. "
           "(Zwar enthielt sich die Fraktion FDP/Bürgerliste bei der Abstimmung auf Grund eines anderen Änderungsantrags "
           "zu einem anderen Punkt, brachte den Antrag aber mit ein und steht noch immer dahinter) Möglich wurde das "
           "Ergebnis durch den konsequenten Einsatz der Initiative Do-FOSS, die auch die „Public Money? Public Code“- "
           "Kampagne der FSFE unterstützt.",
           "Matthias Kirschner, Präsident der Free Software Foundation Europe erklärt dazu: " + DO_Q1,
           "Die \"Public Money? Public Code!\"-Initiative zielt darauf ab, Freie Software als Standard für öffentlich "
           "finanzierte Software zu etablieren. Die \"Public Money? Public Code!\"-Initiative der Free Software Foundation "
           "Europe wird von über 200 Organisationen und Verwaltungen unterstützt. Mehr dazu erfahren Sie hier: "
           "publiccode.eu"],
    quotes=[("„Public Money? Public Code!“", None, 0),
            ("„Public Money? Public Code!“", None, 1),
            ("„Public Money? Public Code“", None, 0),
            (DO_Q1, KIRSCHNER),
            ("\"Public Money? Public Code!\"", None, 0),
            ("\"Public Money? Public Code!\"", None, 1)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Präsident der Free Software Foundation Europe"]})

# --- FSFE, 21 December 2022: the "Ada & Zangemann" book raffle ---

CERF = "Vint Cerf"
FERNANDES = "Isabela Fernandes"
DOCTOROW = "Cory Doctorow"
LUTHER = "Jörg Luther"
ADA_TITLE = "„Ada & Zangemann: Ein Märchen über Software, Skateboards und Himbeereis“"
ADA_Q1 = ("„Führt junge wie ältere Leser in die Macht und die Gefahren von Software ein. Hinter all dem steht die Ethik des "
          "Wissensaustauschs, auf dem die gesamte Menschheitsgeschichte aufbaut.“")
ADA_Q2 = "„Was für eine unterhaltsame Lektüre! Ich erkenne mich in vielen Momenten in Ada wieder.“"
ADA_Q3 = ("„Eine mitreißende Geschichte über Eigenständigkeit, Gemeinschaft und das Aufstehen gegen Tyrannen, egal wie "
          "mächtig sie sein mögen. Softwarefreiheit ist Menschenfreiheit!\"")
ADA_Q4 = ("“„Ich war auch als Nicht-Kind von der ersten bis zur letzten Seite von der Geschichte gefesselt. Hut ab vor dem "
          "Autor, schwierige Themen wie Monopole, Lobbyismus, Digital Divide, Softwarefreiheit, digitale Autonomie, IoT, "
          "Verbrauchergängelung, Elektroschrott und vieles mehr in kindgerechter Form leicht verständlich in eine spannende "
          "Handlung zu verpacken.\"")

add(id="ho420-fsfe-2022-12-ada-zangemann-buchverlosung",
    title="Unterstütze uns und nimm an der „Ada & Zangemann“-Buchverlosung teil",
    url="https://fsfe.org/news/2022/news-20221221-01.de.html",
    retrieved=REPO.format(path="news/2022/news-20221221-01.de.xhtml",
                          commit="42b8be1c50f5a09edbd632749ac3451c0c254128")
    + " (news of 21 December 2022; the image of the book, the discussion link, the page image and the tag list dropped "
      "(rule 14); the four paragraphs of the blockquote kept as four lines, each with its credit line after the dash; the "
      "link texts (the book title with its full stop, 'Bitte unterstütze uns bis zum 12. Februar!') kept as running text; "
      "the published irregularities 'Himbeereis“..', '-einschließlich … Werbegeschenkewerden-', 'reie Umgang', "
      "'aufbaut.“- Vint Cerf' and the mixed marks '„…!\"' and '“„…\"' kept (rule 20))",
    license=FSFE,
    paras=["Wir haben tolle Neuigkeiten! Als Dankeschön für Deine Unterstützung, über die wir uns in diesen schwierigen "
           "Zeiten umso mehr freuen, verlosen wir 28 Exemplare des Buches " + ADA_TITLE + "..",
           "Wir wissen Deine Unterstützung zu schätzen und verlosen daher 28 Bücher des Autors Matthias Kirschner! 16 "
           "dieser Bücher -einschließlich Aufkleber, Postkarten und andere Werbegeschenkewerden- unter all jenen "
           "Unterstützern verlost, die mehr als 128 € spenden. Wer mehr als 256 € spendet, nimmt an der Verlosung weiterer "
           "acht vom Autor signierter Exemplare teil. Spendest Du mehr als 512 €, hast du die Chance, eines von vier "
           "handsignierten Büchern zu erhalten, die außerdem eine exklusive Zeichnung von der Illustratorin des Buches, "
           "Sandra Brandstätter, enthalten.",
           "Das illustrierte Buch erzählt die Geschichte vom berühmten Erfinder Zangemann und dem Mädchen Ada, einer "
           "neugierigen Tüftlerin. Ada beginnt mit Hard- und Software zu experimentieren und erkennt dabei, wie wichtig der "
           "eigenständige, reie Umgang mit Software für sie und andere ist.",
           ADA_Q1 + "- Vint Cerf, Computerwissenschaftler und der Erfinder des Internets",
           ADA_Q2 + " - Isabela Fernandes, Exekutivdirektorin, Tor Project",
           ADA_Q3 + " - Cory Doctorow, Science-Fiction-Autor",
           ADA_Q4 + " - Jörg Luther, Chefredakteur des deutschen Linux-Magazins, LinuxUser, Raspberry Pi Geek",
           "Bitte unterstütze uns bis zum 12. Februar!",
           "Deine Unterstützung ermöglicht es uns, unsere tägliche Arbeit fortzusetzen und konkrete Schritte in Richtung "
           "Softwarefreiheit in Europa zu unternehmen.",
           "Und vergiss nicht diese Nachricht zu teilen!"],
    quotes=[("„Ada & Zangemann“", None),
            (ADA_TITLE, None),
            (ADA_Q1, CERF),
            (ADA_Q2, FERNANDES),
            (ADA_Q3, DOCTOROW),
            (ADA_Q4, LUTHER)],
    aliases={CERF: ["Vint Cerf", "Computerwissenschaftler und der Erfinder des Internets"],
             FERNANDES: ["Isabela Fernandes", "Exekutivdirektorin, Tor Project"],
             DOCTOROW: ["Cory Doctorow", "Science-Fiction-Autor"],
             LUTHER: ["Jörg Luther", "Chefredakteur des deutschen Linux-Magazins"]})

# --- FSFE, 11 May 2023: the lead committees vote on the AI Act ---

KI_Q1 = ("„Statt die Verantwortung den Entwicklern zuzuschreiben soll diese den einsetzten Unternehmen, die auf dem Markt "
         "davon profitieren, übertragen werden. Kleinere Projekte sowie non-profit Aktivitäten, beispielsweise von "
         "Stiftungen, müssen ausgenommen sein. Die Abgeordneten erkennen damit die Realitäten der Freien Software "
         "Entwicklung an und versuchen diese zu schützen. Das Prinzip, Verantwortung und Haftung auf jene zu übertragen, "
         "die auf dem Markt profitieren anstatt die Entwickler in den Fokus zu stellen, muss auch im Cyber Resilience Act "
         "sowie der Product Liability Directive verankert werden. Nur so können Freie Software Projekte und deren "
         "Entwickler aber auch Verbraucher und Kunden gleichzeitig geschützt werden.“")

add(id="ho420-fsfe-2023-05-ki-regulierung-ausschuesse",
    title="EU Parlament will Freie Software in KI Regulierung schützen",
    url="https://fsfe.org/news/2023/news-20230511-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20230511-01.de.xhtml",
                          commit="8224260429567a89cb45e9256221558d91c39c6c")
    + " (news of 11 May 2023; the image of the EU flag, the discussion link, the page image and the tag list dropped "
      "(rule 14); the blockquote kept as one paragraph; the link text 'Weitere Informationen' kept as running text; the "
      "published irregularities 'einsetzten Unternehmen', 'Product Liablity Directive' and the missing commas kept "
      "(rule 20))",
    license=FSFE,
    paras=["Die federführenden Ausschüsse des EU Parlaments haben in ihrer heutigen Abstimmung über die KI Regulierung mit "
           "einer großen Mehrheit für den Schutz Freier Software gestimmt. Das Plenum ist aufgerufen der Idee zu folgen; "
           "ebenso muss dieses Prinzip im Cyber Resilience Act und der Product Liability Directive verankert werden.",
           "Die beiden federführenden Ausschüsse für die KI Gesetzgebung, der Ausschuss für Binnenmarkt und "
           "Verbraucherschutz sowie der Ausschuss für bürgerliche Freiheiten, Justiz und Inneres, haben heute mit breiter "
           "Mehrheit für den Schutz Freier Software in der Gesetzgebung gestimmt. Mit einer Ausnahme für non-profit "
           "Organisationen sowie kleine Freie-Software Projekte bis zu einer Größe von Micro-Unternehmen sollen diese "
           "künftig von der Regulierung weitgehend ausgenommen werden.",
           "Alexander Sander, Senior Policy Consultant der FSFE erklärt: " + KI_Q1,
           "Die finale Abstimmung über das KI Gesetz wird in den kommenden Wochen erwartet, danach findet der Trilog mit "
           "Parlament, Rat und Kommission über den finalen Text statt. Beim Cyber Resilience Act sowie der Product Liablity "
           "Directive befindet sich das EU Parlament in der Diskussion über die kürzlich eingereichten "
           "Änderungsvorschläge. Weitere Informationen."],
    quotes=[(KI_Q1, SANDER)],
    aliases={SANDER: ["Alexander Sander", "Senior Policy Consultant der FSFE"]})

# --- FSFE, 14 June 2023: the plenary votes for the AI Act ---

AI_Q1 = ("„Mit der heutigen Entscheidung hat das EU-Parlament demonstriert, wie Freie Software sinnvoll reguliert werden "
         "kann. Entwickler müssen geschützt werden, gleichzeitig müssen diejenigen, die signifikant Geld mit dem Einsatz von "
         "Freier Software verdienen auch verantwortlich sein. Dieses Prinzip gilt es nun auch im Cyber Resilience Act sowie "
         "der Product Liability Directive zu verankern.“")

add(id="ho420-fsfe-2023-06-ai-act-plenum",
    title="EU: Mehrheit stimmt für AI Act – Und schützt Freie Software",
    url="https://fsfe.org/news/2023/news-20230614-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20230614-01.de.xhtml",
                          commit="0516148b22761dc3efbf6437ad8210f521312148")
    + " (news of 14 June 2023; the screenshot of the final vote, the discussion link, the page image and the tag list "
      "dropped (rule 14); the blockquote kept as one paragraph; the link texts 'Kompromisse' and 'hier' kept as running "
      "text; the double spaces in 'die  Kompromisse' and 'zum  Cyber' collapsed as the page renders them; the published "
      "irregularities 'Reglungen' and 'verankern.“, erklärt' kept (rule 20))",
    license=FSFE,
    paras=["Das Europäische Parlament hat heute mit 499 Stimmen bei 28 Gegenstimmen und 93 Enthaltungen für den AI Act "
           "gestimmt. Freie Software erfährt einen besonderen Schutz, die Reglungen müssen nun im Trilog verteidigt werden "
           "sowie in den Cyber Resilience Act und die Product Liability Directive übertragen werden.",
           "Mit einer großen Mehrheit hat das Plenum des EU-Parlaments heute die Kompromisse der federführenden Ausschüsse "
           "vom Mai bestätigt. Der AI Act enthält eine weitreichende Ausnahme für non-profit Organisationen sowie kleine "
           "Freie Software Projekte, bis zu einer Größe von Micro-Unternehmen, von der Regulierung. Die Position des "
           "EU-Parlaments muss nun im kommenden Trilog, in dem gemeinsam mit Rat und Kommission über den finalen Text "
           "verhandelt wird, verteidigt werden.",
           AI_Q1 + ", erklärt Alexander Sander, Senior Policy Consultant der Free Software Foundation Europe (FSFE).",
           "Mehr Informationen zu den Verhandlungen zum Cyber Resilience Act sowie der Product Liability Directive finden "
           "sich hier."],
    quotes=[(AI_Q1, SANDER)],
    aliases={SANDER: ["Alexander Sander", "Senior Policy Consultant der Free Software Foundation Europe"]})

# --- FSFE, 21 September 2023: the BMI's answers on openDesk and the dPhoenixSuite ---

BMI = "Bundesministerium des Inneren und für Heimat"
DATAPORT = "Dataport"
OD_Q1 = ("„Der Souveräne Arbeitsplatz baut eine eigene Architektur auf. […] Der Souveräne Arbeitsplatz ist ein "
         "eigenständiges Projekt. […] Inwieweit sich Dataport mit der dPhoenixSuite daran orientiert, obliegt Dataport.“")

add(id="ho420-fsfe-2023-09-opendesk-bmi-auskunft",
    title="Souveräner Arbeitsplatz openDesk: Bundesministerium des Inneren gibt Auskunf",
    url="https://fsfe.org/news/2023/news-20230921-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20230921-01.de.xhtml",
                          commit="382fd4ef85825e7aefcd7bb9f49f546d7223e7c4")
    + " (news of 21 September 2023; the image of the computer with the suite, the discussion link, the page image and the "
      "tag list dropped (rule 14); the subheadings kept as their own lines; the link texts 'Unsere Fragen', 'Das "
      "vollständige Antwortschreiben des BMI findet sich hier.', 'die deutsche Regierung aufgefordert, die Mittel für "
      "Freie Software zu erhöhen, anstatt sie zu kürzen', 'kann diese gerne mit uns teilen' and '„Public Money? Public "
      "Code!” website' kept as running text; the bold of the two closing paragraphs dropped; the published "
      "irregularities 'Auskunf' in the headline, 'Quellcodes. .', 'Mittlerweile, liegt', the missing full stop after "
      "'vorantreiben', 'FFreie Software', 'sein!.' and the closing marks ” in 'Public Code!”' kept (rule 20))",
    license=FSFE,
    paras=["Das deutsche Bundesministerium des Inneren und für Heimat (BMI) und der öffentliche IT-Dienstleister Dataport "
           "arbeiten an Verwaltungs-Arbeitsumgebungen, die digitale Souveränität ermöglichen sollen. Doch sind beide "
           "Produkte Freie Software? Wie hängen sie zusammen? Wir haben beim BMI nachgefragt und veröffentlichen hier die "
           "Antworten.",
           "Im Juni hatte die Free Software Foundation Europe (FSFE) dem BMI einen Fragenkatalog zu dessen „Souveränem "
           "Arbeitsplatz“ übersendet. Unsere Fragen thematisierten das Verhältnis des BMI-Arbeitsplatzes zur dPhoenixSuite "
           "der norddeutschen Anstalt öffentlichen Rechts Dataport, die Finanzierung beider Projekte und die Verfügbarkeit "
           "der jeweiligen Quellcodes. .",
           "Neue Entwicklungen: openDesk-Code verfügbar, dPhoenixSuite nach wie vor proprietär",
           "Einige Wochen später veröffentlichte das BMI den ersten Quellcode seiner Arbeitsplatz-Suite als Freie Software "
           "auf openCoDE, dem Code-Repository der öffentlichen Verwaltung. Der umfangreichen Dokumentation zufolge handelt "
           "es sich bei der Veröffentlichung um eine Alpha-Version, während das erste einsatzfähige Release noch in diesem "
           "Jahr geplant ist. In der Dokumentation wird angekündigt, dass die Suite vollständig unter "
           "Freie-Software-Lizenzen stehen soll. Als Module werden unter anderem Univention Corporate Server, Collabora "
           "Online, Nextcloud, OpenProject, XWiki, Jitsi und den Matrix-Client Element zum Einsatz kommen. Die "
           "Erweiterbarkeit durch neue und alternative Module ist geplant. Seit wenigen Wochen firmiert die Suite unter dem "
           "Namen „openDesk“. Ab 2024 sollen die Koordination und Steuerung von openDesk vollständig an das Zentrum für "
           "Digitale Souveränität (ZenDiS GmbH) übergeben werden. Das ZenDiS war Ende 2022 in Alleineignerschaft der "
           "Bundesregierung gegründet worden, um die Initiativen der Bundesregierung für digitale Souveränität zu bündeln.",
           "Anders als das BMI hat Dataport den Quellcode seiner Arbeitsplatz-Suite bis heute nicht veröffentlicht. Die "
           "dPhoenixSuite enthält zahlreiche Freie-Software-Komponenten und wird als „Open Source“, „basierend auf Open "
           "Source“ und „digital souverän“ beworben. So entsteht der falsche Eindruck, es handele sich bei der dPhoenixSuite "
           "um Freie Software. Dataport hat bisher nichts getan, um diesen Eindruck zu korrigieren oder um die Suite "
           "tatsächlich als Freie Software verfügbar zu machen.",
           "BMI: Dataport arbeitet intensiv an openDesk mit",
           "Mittlerweile, liegt der FSFE das Antwortschreiben des BMI vor. Darin wird deutlich, dass Dataport bei der "
           "Entwicklung von openDesk eine wichtige Rolle zukommt, vor allem beim Architekturdesign und bei der operativen "
           "Entwicklung des Produkts, und dafür öffentliche Gelder des BMI erhält. Allein im Jahr 2023 sind "
           "BMI-Haushaltsmittel von 21,6 Mio. Euro für openDesk eingeplant. Welcher Anteil davon an Dataport weitergereicht "
           "wird, bleibt aber unklar. Intransparent ist auch, welcher Teil der Mittel tatsächlich bei den Unternehmen "
           "ankommt, die die Entwicklung und Integration der verwendeten Module vorantreiben",
           "Dem BMI zufolge gibt es Überschneidungen zwischen openDesk und der älteren dPhoenixSuite, die vor allem die "
           "Architektur von openDesk beeinflusst habe. Doch betont das Ministerium die Eigenständigkeit seiner "
           "openDesk-Suite: " + OD_Q1 + " In welchem Ausmaß dPhoenix-Code in openDesk eingeflossen ist, legt das BMI nicht "
           "offen. Nach eigener Aussage hat das Ministerium keinen Einfluss auf Dataport genommen, um die dPhoenixSuite "
           "ebenfalls als Freie Software verfügbar zu machen.",
           "Das vollständige Antwortschreiben des BMI findet sich hier.",
           "Dataport muss Farbe bekennen",
           "Bisher verwies Dataport bei Nachfragen zum dPhoenixSuite-Code einerseits auf den Quellcode der enthaltenen "
           "Module und andererseits auf das openDesk-Projekt des BMI und dessen geplanter Veröffentlichung auf openCoDE. "
           "Die Antworten des BMI verdeutlichen einmal mehr: Trotz einiger Gemeinsamkeiten und organisatorischer "
           "Verflechtungen sind die dPhoenixSuite und openDesk zwei unterschiedliche Produkte. Dataport kann nicht länger "
           "dem BMI die Verantwortung für die Veröffentlichung des eigenen Quellcodes zuschieben, sondern muss Farbe "
           "bekennen: Soll die dPhoenixSuite tatsächlich ein digital souveräner Arbeitsplatz für öffentliche Verwaltungen "
           "sein? Dann sollte Dataport den vollständigen dPhoenix-Code endlich unter eine Freie-Software-Lizenz stellen und "
           "zugänglich machen – idealerweise compliant zur openDesk-Referenzimplementierung und nicht als "
           "Konkurrenzprodukt.",
           "Im Antwortschreiben des BMI findet sich allerdings ein Hinweis auf proprietäre Komponenten der dPhoenixSuite. "
           "Falls Dataport an seiner proprietären Strategie festhält und falls die Suite tatsächlich proprietären Code "
           "enthält, sollte sie nicht länger mit den irreführenden Begriffen „digital souverän“ und „Open Source“ beworben "
           "werden. In diesem Fall sollte Dataport seine vorherige irreführende Kommunikation korrigieren und auf seiner "
           "Webseite klarstellen, dass die Suite nicht Freie Software ist, um jeden Eindruck von Open-Washing zu vermeiden.",
           "openDesk braucht Transparenz und Effizienz",
           "Rund um den Arbeitsplatz openDesk, seine Finanzierung und seine Verbindungen zur dPhoenixSuite sorgen die "
           "BMI-Antworten nur teilweise für die nötige Transparenz. Die Veröffentlichung des openDesk-Codes und seine "
           "offene Entwicklung auf openCoDE sind aber wichtige Schritte in die richtige Richtung. Auch die dortigen "
           "Ankündigungen zur Zukunft des Projekts geben Anlass zu vorsichtigem Optimismus hinsichtlich der zeitnahen "
           "Verfügbarkeit eines vollwertigen Freie-Software-Arbeitsplatzes für Verwaltungen.",
           "Das BMI und ZenDiS sollten nun nicht nur die Entwicklung von openDesk, sondern auch die Governance des "
           "Projektes transparent und für die Öffentlichkeit nachvollziehbar gestalten – eine Voraussetzung dafür, dass "
           "openDesk in öffentlichen Behörden auf Vertrauen und Akzeptanz trifft. Transparenz ist auch der einzige Weg um "
           "sicherzustellen, dass öffentliche Gelder für openDesk effizient eingesetzt werden und tatsächlich in die "
           "Entwicklung Freier Software fließen.",
           "Die FSFE hat kürzlich die deutsche Regierung aufgefordert, die Mittel für Freie Software zu erhöhen, anstatt "
           "sie zu kürzen, wie es derzeit im Haushalt 2024 vorgesehen ist. Da openDesk ein wichtiges Projekt im Bereich "
           "digitaler Souveränität in dieser Legislaturperiode ist, muss das Budget dafür erhöht werden, und dieses Geld "
           "sollte für die tatsächliche Entwicklung Freier Software, die Implementierung von Funktionen, die Maintenance "
           "und die Integration der Module verwendet werden. Das BMI muss den organisatorischen Aufbau des ZenDiS endlich "
           "zur Priorität machen und dadurch Freie-Software-Projekte für die öffentliche Verwaltung langfristig absichern.",
           "Die FSFE wird die Entwicklungen rund um openDesk und die dPhoenixSuite weiter beobachten. Wer dazu mit "
           "relevanten Informationen beizutragen vermag, kann diese gerne mit uns teilen.",
           "Freie Software und „Public Money? Public Code!”",
           "FFreie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und "
           "zu verbessern. Durch diese Freiheiten müssen ähnliche Programme nicht komplett neu programmiert werden und dank "
           "transparenter Prozesse muss das Rad nicht ständig neu erfunden werden. Bei großen Projekten können Expertise "
           "und Kosten geteilt werden und von der Allgemeinheit bezahlte Anwendungen stehen allen zur Verfügung. So wird "
           "Innovation gefördert und mittel- bis langfristig Steuergeld gespart. Abhängigkeiten von einzelnen "
           "Anbieterinnen werden minimiert und Sicherheitslücken können leichter geschlossen werden. Die Free Software "
           "Foundation Europe fordert daher mit über 200 Organisation und Verwaltungen „Public Money? Public Code!“ - Wenn "
           "es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein!. Mehr Informationen zur Initiative "
           "sind auf der „Public Money? Public Code!” website zu finden."],
    quotes=[("„Souveränem Arbeitsplatz“", None),
            ("„openDesk“", None),
            ("„Open Source“", DATAPORT, 0),
            ("„basierend auf Open Source“", DATAPORT),
            ("„digital souverän“", DATAPORT, 0),
            (OD_Q1, BMI),
            ("„digital souverän“", None, 1),
            ("„Open Source“", None, 1),
            ("„Public Money? Public Code!”", None, 0),
            ("„Public Money? Public Code!“", None),
            ("„Public Money? Public Code!”", None, 1)],
    aliases={BMI: ["Bundesministerium des Inneren und für Heimat", "BMI", "Ministerium"],
             DATAPORT: ["Dataport", "IT-Dienstleister"]})

# --- FSFE, 15 November 2023: the Upcycling Android open letter handed to the Bundestag's digital committee ---

ROESSNER = "Tabea Rößner"
NAEDER = "Johannes Näder"
LETTER = "„Das Recht, jede Software auf jedem Gerät zu installieren“"
UA_Q1 = ("„So viele Geräte landen schon nach zwei oder drei Jahren auf dem Schrottplatz. Dabei sind die Geräte noch in "
         "Ordnung und sie könnten mit neuer Software langlebig gestaltet werden. Vor allem mit Freier Software können wir "
         "ihnen ein neues Leben einhauchen. Es wäre ein echter Nachhaltigkeitseffekt, wenn wir das Recht hätten, auf jedem "
         "Gerät jede Software zu installieren. Deswegen ist diese Initiative absolut unterstützenswert.\"")
UA_Q2 = ("\"„Der Offene Brief ist Teil unserer Upcycling-Android-Kampagne, mit der wir das Bewusstsein dafür schärfen wollen, "
         "wie Freie Software dazu beitragen kann, die Nachhaltigkeit unserer digitalen Geräte zu verbessern. Neben dem "
         "Offenen Brief hat die Initiative Workshops angeboten, politische Empfehlungen entwickelt und viel öffentliche "
         "Aufmerksamkeit für die Forderung erhalten, allen Nutzern die Installation jeder Software auf jedem Gerät zu "
         "erlauben. Außerdem ist das Upcycling unserer Geräte ein wichtiger Schritt, um unseren kurzfristigen, linearen "
         "Konsum von elektronischen Geräten zugunsten einer Kreislaufwirtschaft zu überdenken“")

add(id="ho420-fsfe-2023-11-bundestag-offener-brief-upcycling-android",
    title="Deutscher Bundestag nimmt Offenen Brief zu Upcycling Android entgegen",
    url="https://fsfe.org/news/2023/news-20231115-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20231115-01.de.xhtml",
                          commit="03a14c0e174bd91fc8b590624a59d7edafd2ca9f")
    + " (news of 15 November 2023; the photo of the handover with its credit 'CC-BY-SA Elias Tetzlaff', the photo of the "
      "printed letter, the discussion link, the page image and the tag list dropped (rule 14); the four demands of the "
      "numbered list kept as four lines, the subheading 'Über Upcycling Android' as its own line; the two blockquotes kept "
      "as one paragraph each; the link texts 'Offene Brief' and '„Upcycling Android“' kept as running text; the double "
      "space in 'Namen  „Upcycling' collapsed as the page renders it; the published mixed marks '„…\"' and '\"„…“' kept "
      "(rule 20))",
    license=FSFE,
    paras=["Am 14. November übergab die Free Software Foundation Europe (FSFE) den Offenen Brief " + LETTER + " an Tabea "
           "Rößner, Vorsitzende des Ausschusses für Digitales im Deutschen Bundestag. Der Brief zielt darauf ab, eine "
           "nachhaltigere Nutzung von elektronischen Produkten und Geräten in der Europäischen Union zu ermöglichen.",
           "Um dieses Ziel zu erreichen, stellt der Offene Brief vier zentrale Forderungen auf:",
           "Alle haben das Recht auf die freie Wahl von Betriebssystemen und Software, die auf ihren Geräten ausgeführt "
           "wird.",
           "Alle haben das Recht auf die freie Wahl von Online-Diensteanbietern für all ihre Geräte.",
           "Geräte sind interoperabel und mit offenen Standards kompatibel.",
           "Der Quellcode von Treibern, Tools und Schnittstellen wird unter einer freien Lizenz veröffentlicht.",
           "Der von mehr als 3000 Einzelpersonen und 147 Organisationen unterzeichnete Offene Brief an die Gesetzgeber der "
           "Europäischen Union wurde am 14. November von einer Delegation der FSFE an die Vorsitzende des "
           "Digitalausschusses im Deutschen Bundestag übergeben.",
           "Tabea Rößner, Vorsitzende des Digitalausschusses, kommentierte den offenen Brief: " + UA_Q1,
           "Rößner kündigte an, den Offenen Brief an Steffi Lemke, Bundesministerin für Umwelt, Naturschutz, nukleare "
           "Sicherheit und Verbraucherschutz, zu übergeben.",
           UA_Q2 + ", erklärt Johannes Näder, Senior Policy Project Manager der FSFE.",
           "Über Upcycling Android",
           "Diese FSFE-Initiative wurde im November 2021 unter dem Namen „Upcycling Android“ ins Leben gerufen und hat "
           "Menschen dabei geholfen, ihre Telefone mit Freie-Software-Betriebssystemen zu flashen. Dies fördert nicht nur "
           "das Recht aller Nutzer, jede Software auf jedem Gerät zu installieren, sondern ermöglicht auch eine "
           "nachhaltigere Nutzung von elektronischen Produkten.",
           "Auch nach dem offiziellen Ende des Projekts kann das Upcycling-Android-Material von allen verwendet werden, die "
           "die Nutzung Freier Software weiter fördern und gleichzeitig die Software-Obsoleszenz überwinden wollen."],
    quotes=[(LETTER, None),
            (UA_Q1, ROESSNER),
            (UA_Q2, NAEDER),
            ("„Upcycling Android“", None)],
    aliases={ROESSNER: ["Tabea Rößner", "Rößner", "Vorsitzende des Ausschusses für Digitales im Deutschen Bundestag",
                        "Vorsitzende des Digitalausschusses"],
             NAEDER: ["Johannes Näder", "Senior Policy Project Manager der FSFE"]})
