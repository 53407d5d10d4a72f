# Ninety-ninth held-out German real-news set (tests/data/heldout99-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 800). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Ninety-ninth held-out set": texts of the European Commission in German (news items of
# its Representation in Germany on germany.representation.ec.europa.eu and on its former site ec.europa.eu/deutschland,
# its newsletter "EU-Aktuell" in the newsroom archive of ec.europa.eu, and the news pages of the President's and a
# Commissioner's sites of the 2010-2014 Commission on ec.europa.eu, and a German press release in the Commission's
# press-release database europa.eu/rapid) (licence EU). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MALMSTROEM = "Cecilia Malmström"
JUNCKER = "Jean-Claude Juncker"
OETTINGER = "Günther Oettinger"

# --- germany.representation.ec.europa.eu: news items of the Representation in Germany ---

HH_P2 = ("Die Skepsis gegenüber Freihandelsabkommen und den damit verbundenen Vorwürfen der Intransparenz bei den "
         "Verhandlungen entgegnete sie: „Wir wurden kritisiert, weil wir geheimniskrämerisch seien, und dann wurden wir zum "
         "transparentesten Handelsunterhändler der Welt. Heute veröffentlichen wir alle Verhandlungstexte der Kommission. Um "
         "die Verhandlungen für alle zugänglich zu machen, setzen wir uns umfassend mit der Zivilgesellschaft in der EU "
         "auseinander.“")
HH_P4 = ("Am Beispiel des umfassenden Wirtschafts- und Handelsabkommen mit Kanada zeigte Malmström die Vorteile und den "
         "Gewinn für Unternehmen auf beiden Seiten des Atlantiks auf. Auch das kürzlich abgeschlossene Abkommen mit Japan sei "
         "ein ebenso modernes Abkommen, durch das Handelsbarrieren abgebaut und der Export erhöht werde. „Dies alles wird den "
         "Handel aus der EU ankurbeln, aber vor allem Deutschland wird viel gewinnen. Japan ist Deutschlands fünftgrößter "
         "Handelspartner. Die deutschen Exporte betragen fast 20 Milliarden Euro, und Sie haben einen Handelsüberschuss von "
         "fast 4 Milliarden Euro“, sagte Malmström.")

add(id="ho99-eucom-2018-11-malmstroem-hansepreis",
    title="Hamburg: Handelskommissarin Malmström bekennt sich zu wertebasiertem Handel",
    url="https://germany.representation.ec.europa.eu/news/hamburg-handelskommissarin-malmstrom-bekennt-sich-zu-wertebasiertem-handel-2018-11-06_de",
    retrieved="same address (stored press article of the Representation of 6 November 2018; the page header lines 'Zum "
              "Hauptinhalt' / 'Vertretung in Deutschland' / 'Presseartikel6. November 2018Vertretung in "
              "DeutschlandLesedauer: 2 Min' dropped (rule 14); the teaser is kept with its published '...'; 'den ersten "
              "Hansepreises' and 'des umfassenden Wirtschafts- und Handelsabkommen' kept as published; the last paragraph "
              "'Mit Blick auf den Rückzug der USA … äußerte Malmström deutli', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["EU-Handelskommissarin Cecilia Malmström hat gestern (Montag) in Hamburg den ersten Hansepreises des Hamburger "
           "Hansevereins verliehen bekommen. In ihrer Dankesrede im Museum für Hamburger Geschichte hob sie auf die "
           "Bedeutung von Werten im...",
           HH_P2,
           "Die Kritik, das Handelsabkommen Standards senkten, wies Malmström zurück. Die EU sei der größte Handelspartner "
           "der Welt, der größte Investor und größte Importeur – damit gehe die Verantwortung einher, selbst hohe Standards "
           "zu setzen und europäische Werte in Handelsabkommen zu verankern, betonte Malmström.",
           HH_P4],
    quotes=[(cut(HH_P2, "„Wir wurden", "auseinander.“"), MALMSTROEM),
            (cut(HH_P4, "„Dies alles", "Euro“"), MALMSTROEM)],
    aliases={MALMSTROEM: ["Cecilia Malmström", "Malmström", "Handelskommissarin Malmström"]})

# --- ec.europa.eu/newsroom/representations/newsletter-archives: the Representation's newsletter "EU-Aktuell" ---

MUC_P1 = ("Am Vorabend der Münchner Sicherheitskonferenz hat EU-Kommissionspräsident Jean-Claude Juncker gestern "
          "(Donnerstag) eine Rede bei der Münchner Europa-Konferenz gehalten. Dabei hat Juncker über die Zukunft Europas und "
          "den Brexit gesprochen und klargestellt, was er über die Forderung der USA denkt, Europa müsse mehr Verantwortung – "
          "auch finanzieller Natur – für die europäische und atlantische Verteidigung übernehmen. „Ich habe nicht gerne, dass "
          "unsere amerikanischen Freunde den Sicherheitsbegriff verengen auf rein militärische Fragen“, sagte Juncker. „Wenn "
          "man zusammenrechnet, was Europäer tun im Verteidigungsbereich plus Entwicklungspolitik plus humanitäre Hilfe, dann "
          "sieht das Vergleichsbild mit den USA schon wesentlich anders aus.“")

add(id="ho99-eucom-newsletter-2461-juncker-muenchen",
    title="Juncker in München: Nicht nur Verteidigungsausgaben bringen Sicherheit",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/2461",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation, issue of the eve of the Munich Security "
              "Conference (February; the stored copy gives no date line): its first two items; the newsletter header lines "
              "'Falls Sie diese E-Mail nicht lesen können, …' / 'ISSN : 2443-8235' / 'European Commission EU-AKTUELL' / 'DIE "
              "EU IN DEUTSCHLAND' / 'Nachrichten' and the 'Mehr info...' links dropped (rule 14); the third item 'Sperrung "
              "eines russischsprachigen TV-Senders in Litauen ist mit EU-Recht vereinbar', cut off in the stored copy, "
              "dropped with its headline (rule 15))",
    license=EU,
    paras=[MUC_P1,
           "EU unterstützt deutsche Windstrom-Trasse SuedLink",
           "Über 40 Mio. Euro investiert die EU in die deutsche Starkstromtrasse Suedlink, die Windstrom aus "
           "Schleswig-Holstein über Erdkabel nach Bayern und Baden-Württemberg bringen soll. Das Projekt gehört zu den "
           "insgesamt 18 von der Kommission vorgeschlagenen Projekten zur Energieversorgung, für die die EU-Mitgliedstaaten "
           "heute (Freitag) grünes Licht gegeben haben. Damit können 444 Mio. Euro in wichtige europäische "
           "Energie-Infrastrukturprojekte investiert werden. Die ausgewählten Projekte der Strom- und Gasversorgung sollen die "
           "Versorgungssicherheit erhöhen und die Integration erneuerbarer Energiequellen fördern."],
    quotes=[(cut(MUC_P1, "„Ich habe", "Fragen“"), JUNCKER),
            (cut(MUC_P1, "„Wenn", "anders aus.“"), JUNCKER)],
    aliases={JUNCKER: ["Jean-Claude Juncker", "Juncker", "EU-Kommissionspräsident Jean-Claude Juncker"]})

# --- ec.europa.eu/commission_2010-2014: news page of a Commissioner's site ---

TAP_P3 = ("EU-Energiekommissar Oettinger erklärte dazu: „Dies ist ein weiterer wichtiger Schritt auf dem Weg zu unserem "
          "Ziel, Gas direkt aus der Kaspischen Region zu beziehen.“")
SYM_P = ("Kommissar Oettinger war auf dem Symposium „Energiewende in Deutschland − wo stehen wir?” am 27. September in "
         "Berlin als Redner zu Gast. Er sprach vor den Mitgliedern der Gesellschaft zum Studium strukturpolitischer Fragen, "
         "die zu der Veranstaltung eingeladen hatte, und einer Reihe von Unternehmensvertretern, Bundestagsabgeordneten und "
         "Vertretern von Ministerien und akademischen Einrichtungen.  Im Mittelpunkt der Diskussion stand das Thema "
         "erneuerbare Energie und Energiewende in Deutschland, in deren Rahmen bis 2050 ein Erneuerbaren-Anteil von "
         "mindestens 60 % im deutschen Energiemix angestrebt wird.")

add(id="ho99-eucom-2012-09-oettinger-nachrichten",
    title=None,
    url="http://ec.europa.eu/commission_2010-2014/oettinger/headlines/news/2012/09/index_de.htm",
    retrieved="same address (stored news page of Energy Commissioner Günther Oettinger's site of the 2010-2014 Commission, "
              "September 2012: its first two items with their date lines; the section heading 'Nachrichten' dropped (rule "
              "14); the third item of 26/09/2012 'Ressourcen- und Energieeffizienz aus Sicht der energieintensiven "
              "Industriezweige', cut off in the stored copy, dropped with its date line and headline (rule 15); the mixed "
              "marks „…” of the symposium title and the double space after 'Einrichtungen.' kept as published)",
    license=EU,
    paras=["27/09/2012",
           "Kommissar Oettinger begrüßt Unterzeichnung der politischen Vereinbarung für die Trans-Adria-Pipeline",
           "EU-Energiekommissar Günther Oettinger begrüßte die gestrige Unterzeichnung einer politischen Vereinbarung, mit "
           "der das Projekt der Trans-Adria-Pipeline (TAP) auf den Weg gebracht werden kann. Bei der TAP handelt es sich um "
           "eine Gasfernleitung zwischen Italien, Albanien und Griechenland mit einer Kapazität von 20 Mrd. Kubikmetern pro "
           "Jahr.",
           TAP_P3,
           "Mit diesem politischen Dokument haben sich Albanien, Griechenland und Italien im Grundsatz auf den Bau der "
           "Pipeline verständigt. Die Vereinbarung ermöglicht den Beginn der detaillierten Genehmigungs- und "
           "Regulierungsverfahren und bereitet den Weg für ein formelles zwischenstaatliches Abkommen, in dem der "
           "Rechtsrahmen für die Pipeline festgelegt werden soll.",
           "27/09/2012",
           "Kommissar Oettinger zu Gast auf einem Symposium zur Energiewende in Deutschland",
           SYM_P],
    quotes=[(cut(TAP_P3, "„Dies", "beziehen.“"), OETTINGER),
            (cut(SYM_P, "„Energiewende", "stehen wir?”"), None)],
    aliases={OETTINGER: ["Günther Oettinger", "Oettinger", "EU-Energiekommissar Günther Oettinger",
                         "EU-Energiekommissar Oettinger", "Kommissar Oettinger"]})

WOJAHN = "Jörg Wojahn"

WOJ_TITLE = ("Kommissionsvertreter Wojahn zum Start von Ursula von der Leyen: „EU kann unsere Interessen verteidigen – besser "
             "als Deutschland allein“")
WOJ_P1 = ("Zum Start der von der Leyen-Kommission am 1. Dezember ruft Jörg Wojahn, der Vertreter der Europäischen Kommission "
          "in Deutschland, die deutsche Öffentlichkeit dazu auf, sich mit Gestaltungswillen in die Europapolitik einzubringen "
          "und gesamteuropäische Interessen in den Blick zu nehmen. Gemeinsam könne Europa etwa beim Klimaschutz, der "
          "Digitalisierung und in der Handelspolitik viel erreichen, sagte Wojahn heute (Donnerstag) vor Journalisten in "
          "Berlin. „Ursula von der Leyen tritt mit einer ,geopolitischen Kommission‘ an, um auf der Weltbühne selbstbewusst "
          "aufzutreten. Als immer noch wirtschaftsstärkster Kontinent mit 500 Millionen Menschen kann die Europäische Union "
          "gemeinsam ihre Interessen und Werte verteidigen – besser als Deutschland allein.“")

add(id="ho99-eucom-newsletter-18788-wojahn-start-kommission",
    title=WOJ_TITLE,
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/18788",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of late November 2019: its first item; "
              "the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, …' / 'European Commission Logo' / "
              "'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'More' link dropped (rule 14); the second "
              "item 'Bericht zeigt Stärken und Schwächen des deutschen Gesundheitssystems im europäischen Vergleich', cut "
              "off in the stored copy, dropped with its headline (rule 15); the nested mark pair ',geopolitischen "
              "Kommission‘' (comma as opening mark) kept as published inside the quotation and not annotated apart)",
    license=EU,
    paras=[WOJ_P1],
    quotes=[(cut(WOJ_TITLE, "„EU kann", "allein“"), WOJAHN),
            (cut(WOJ_P1, "„Ursula", "allein.“"), WOJAHN)],
    aliases={WOJAHN: ["Jörg Wojahn", "Wojahn", "Kommissionsvertreter Wojahn"]})

# --- ec.europa.eu/deutschland: the Representation's site before 2016 ---

GEO_P3 = ("\"Der Entschluss der Kommission für dieses Ziel und diesen Umfang ihrer weltweiten humanitären Hilfe 2013 ist eine "
          "nüchterne Bewertung der notwendigen Bedürfnisse in der Welt. Humanitäre Hilfe ist der vitale Ausdruck unserer "
          "Menschlichkeit gegenüber den leidenden Menschen,\" sagte Kristalina Georgieva, die für Internationale "
          "Zusammenarbeit, Humanitäre Hilfe und Krisenreaktion zuständige Kommissarin.")

add(id="ho99-eucom-2013-01-georgieva-humanitaere-hilfe",
    title="EU stellt Millionen für humanitäre Hilfe in 2013 bereit",
    url="http://ec.europa.eu/deutschland/press/pr_releases/11106_de.htm",
    retrieved="same address (stored press release of the Representation of 10 January 2013 on its former site; the "
              "header line 'Navigationsleiste', the link sentence 'Die vollständige Pressemitteilung in französischer "
              "Sprache gibt es hier.' and the sidebar 'Zusatzinformationen' / 'Übersicht EU-Aktuell' / 'Newsletter-Abo' / "
              "'Seiteninformationen' dropped (rule 14); the date run into the first paragraph ('10.01.2013 Mit 661 …'), "
              "'in der westafrikanische Sahelzone', 'weitere Hilfsmittel sind vorgesehen' and the ASCII marks kept as "
              "published (rule 20))",
    license=EU,
    paras=["10.01.2013 Mit 661 Millionen Euro wird sich die Europäische Union in 2013 an humanitären Hilfsleistungen für die "
           "Bedürftigsten in der Welt beteiligen.",
           "In einer heute (Donnerstag) von der EU-Kommission verabschiedeten Strategie für 2013 nimmt sie die am stärksten "
           "von Not und Krisen betroffenen Menschen in der westafrikanische Sahelzone, in Mali, im Sudan, der "
           "Demokratischen Republik Kongo, Pakistan und Somalia in den Fokus. Der Löwenanteil mit 344,5 Millionen Euro geht "
           "jedoch in das Krisengebiet der afrikanischen Subsahara.",
           GEO_P3,
           "Gleichzeitig sind für die aus dem öffentlichen Blickpunkt geratenen Krisenregionen wie etwa Algerien, "
           "Bangladesch, Sri Lanka und Jemen weitere Hilfsmittel sind vorgesehen."],
    quotes=[(cut(GEO_P3, "\"Der Entschluss", "Menschen,\""), "Kristalina Georgieva")],
    aliases={"Kristalina Georgieva": ["Kristalina Georgieva"]})

# --- ec.europa.eu/commission_2010-2014/president: headlines of the President's site ---

TIMOR_T = "Rede anlässlich der Vorstellung des Buches „For Timor: Memories of Ten Years of Independence“ im Europäischen Parlament"
TIMOR_P = ("Gestern hat EU-Kommissionspräsident Barroso an der Präsentation des Buches „For Timor: Memories of Ten Years of "
           "Independence“ teilgenommen, die am Sitz des Europäischen Parlaments in Brüssel stattfand.")
HH13_P = ("Auf der gemeinsamen Pressekonferenz mit dem Präsidenten des Europäischen Parlaments, Martin Schulz, erklärte "
          "Kommissionspräsident Barroso: „Dies ist ein Haushalt, der Wachstum und Beschäftigung fördert, ohne die "
          "haushaltspolitischen Zwänge der Mitgliedstaaten außer Acht zu lassen. Er ist Ausdruck von Verantwortungsbewusstsein, "
          "denn er friert die zukünftigen Ausgaben auf der Höhe der Inflationsrate ein. Er schichtet die Investitionen auf die "
          "Bereiche um, von denen am ehesten ein positiver Einfluss auf Wachstum und Beschäftigung zu erwarten ist. Und nicht "
          "zuletzt begrenzt er den Anstieg der Verwaltungsausgaben auf 1,2%, das heißt, weit unter der Inflationsrate (auch "
          "durch Einsparungen beim Personalbestand der Kommission).\"")

add(id="ho99-eucom-2012-04-barroso-schlagzeilen",
    title=TIMOR_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2012/04/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, April 2012: "
              "its first item and the second item up to its first paragraph; the header lines 'Navigationsleiste' / "
              "'Schlagzeilen', the image caption 'Barroso' under the first date line and the link 'Zum Video' dropped (rule "
              "14); the second paragraph of the second item 'Weiter betonte Barroso, „gleichzeitig ist der Haushalt … Dies "
              "ist normal im let', cut off in the stored copy, dropped with its unclosed quotation (rule 15); the quotation "
              "opened with „ and closed with an ASCII mark kept as published)",
    license=EU,
    paras=["26/04/2012",
           TIMOR_P,
           "Präsident Barroso betonte, dass dies ein Buch der Erinnerungen sei, aber auch ein Buch über die Zukunft. Die "
           "Zukunft von Timor-Leste und die Zukunft all der Länder, die für Freiheit und Demokratie kämpfen. Dieses Buch sei "
           "gleichzeitig auch eine Aufforderung an die internationale Gemeinschaft, für die Ideale der Allgemeinen Erklärung "
           "der Menschenrechte einzutreten.",
           "EP-Präsident Martin Schulz trifft sich mit der Kommission zum Haushaltsentwurf 2013",
           "Der heute verabschiedete Entwurf für den Haushalt 2013 ist Ausdruck von Verantwortungsbewusstsein und "
           "Solidarität.",
           "25/04/2012",
           HH13_P],
    quotes=[(cut(TIMOR_T, "„For", "Independence“"), None, 0),
            (cut(TIMOR_P, "„For", "Independence“"), None, 1),
            (cut(HH13_P, "„Dies", "Kommission).\""), "Barroso")],
    aliases={"Barroso": ["Barroso", "EU-Kommissionspräsident Barroso", "Kommissionspräsident Barroso",
                         "Präsident Barroso"]})

HAHN_P3 = ("Am 22. Mai hat die Europäische Kommission die Partnerschaftsvereinbarung genehmigt, die Strategie für den Einsatz "
           "der EU-Fördermittel in Deutschland bis  2020. Dazu sagte Johannes Hahn: \"Dieser Plan wird Deutschland dabei "
           "helfen, seine Innovationskapazitäten zu stärken, den regionalen, ökologischen und energierelevanten Bedürfnissen "
           "zu begegnen und sein unternehmerisches Potenzial zu fördern, um in einer globalisierten Welt bestehen zu können.\"")
HAHN_P4 = ("Bundesminister Gabriel unterstrich während der heutigen Auftaktveranstaltung: \"Die Europawahl hat gezeigt: Europa "
           "ist kein Selbstläufer. Europa braucht mehr Wachstum und Beschäftigung, um für seine Bürgerinnen und Bürger eine "
           "bessere Perspektive und Zukunft zu schaffen. Um dies bieten zu können, benötigen wir Reformen und Investitionen. "
           "Den Europäischen Struktur- und Investitionsfonds kommt dabei eine wichtige Aufgabe zu.\" Deutschland profitiere "
           "enorm von der europäischen Integration: \"Deutschland ist nicht der Lastesel, der alles zahlt, sondern der große "
           "Gewinner der europäischen Einigung\", so Gabriel.")

add(id="ho99-eucom-2014-06-hahn-gabriel-foerderperiode",
    title="27,5 Mrd. Euro für Wachstum und Investitionen in Deutschland: Hahn und Gabriel in Berlin",
    url="http://ec.europa.eu/deutschland/press/pr_releases/12430_de.htm",
    retrieved="same address (stored press release of the Representation of 6 June 2014 on its former site; the header "
              "line 'Navigationsleiste' dropped (rule 14); the date run into the first paragraph, the double space in 'bis  "
              "2020' and the ASCII marks kept as published (rule 20); the last paragraph 'Die Partnerschaftsvereinbarung "
              "ebnet den Weg … dem Europäischen Meeres- und Fischereifonds (', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["06.06.2014 EU-Regionalkommissar Johannes Hahn und Bundeswirtschaftsminister Sigmar Gabriel haben heute "
           "(Freitag) in Berlin den Startschuss für die neue Förderperiode der Europäischen Struktur- und Investitionsfonds "
           "gegeben.",
           "Bei einer Auftaktveranstaltung im Bundeswirtschaftsministerium unterstrichen sie die Bedeutung europäischer "
           "Fördermittel für Wachstum und Beschäftigung. Insgesamt 27,5 Mrd. Euro, davon 19,2 Mrd. Euro für die "
           "Kohäsionspolitik und 8,3 Mrd. Euro für die ländliche Entwicklung, stehen Deutschland bis 2020 zur Verfügung.",
           HAHN_P3,
           HAHN_P4],
    quotes=[(cut(HAHN_P3, "\"Dieser Plan", "können.\""), "Johannes Hahn"),
            (cut(HAHN_P4, "\"Die Europawahl", "Aufgabe zu.\""), "Sigmar Gabriel"),
            (cut(HAHN_P4, "\"Deutschland ist", "Einigung\""), "Sigmar Gabriel")],
    aliases={"Johannes Hahn": ["Johannes Hahn", "EU-Regionalkommissar Johannes Hahn", "Hahn"],
             "Sigmar Gabriel": ["Sigmar Gabriel", "Bundeswirtschaftsminister Sigmar Gabriel", "Bundesminister Gabriel",
                                "Gabriel"]})

KV_T = "Präsident Barroso: „Die EU wird die Entwicklung von Kap Verde weiter unterstützen“"
KV_P5 = ("Kap Verde sei mit einer stabilen und konsolidierten parlamentarische Demokratie ein Erfolgsfall unter den "
         "Entwicklungsländern. Trotz eines Mangels an natürlichen Ressourcen sei es ihm im Jahr 2007 gelungen, ein Land mit "
         "mittlerem Einkommen zu werden, und es hat enorme Fortschritte beim Verwirklichen der Millenniumsentwicklungsziele "
         "gemacht. „Ich gratuliere Ihnen und allen Einwohnern Kap Verdes zu diesen Leistungen\", so der Präsident.")

add(id="ho99-eucom-2013-09-barroso-kap-verde",
    title=KV_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2013/09/index_de.htm",
    retrieved="same address (stored speeches page of President Barroso's site of the 2010-2014 Commission, September "
              "2013: its first item; the header lines 'Navigationsleiste' / 'Reden' and the image caption 'Präsident Barroso "
              "and President Jorge Carlos Fonseca © EU' under the date line dropped (rule 14); 'Fonesca' in the teaser, "
              "'parlamentarische Demokratie' and the quotation opened with „ and closed with an ASCII mark kept as published; "
              "the last paragraph 'Im Bezug auf Handelsfragen erklärte der Präsident: „Ich gratuliere Kap Verde … ab dem 1. "
              "Januar 2014 auf Kap V', cut off inside its third quotation in the stored copy, dropped whole (rule 15))",
    license=EU,
    paras=["Am Montag traf Präsident Barroso den Präsidenten von Kap Verde, Jorge Carlos Fonesca.",
           "30/09/2013",
           "Der Präsident von Kap Verde, Jorge Carlos Fonseca, kam zu einem bilateralen Treffen in der Europäischen "
           "Kommission und zu einem bilateralen Arbeitsessen mit Präsident Barroso zusammen. Während des Treffens tauschten "
           "sie sich über die innenpolitische und wirtschaftlichen Situation des Landes aus.",
           "Am Ende des Treffens hob Präsident Barroso die ausgezeichnete Zusammenarbeit zwischen der EU und Kap Verde "
           "hervor. Er kündigte an, dass trotz einer generellen Reduzierung der Zuweisungen für Länder mit mittlerem "
           "Einkommen die Europäische Kommission vorgeschlagen habe, den nationalen Zuteilungsplan für Kap Verde unter dem "
           "11. Europäischen Entwicklungsfonds nicht zu reduzieren.",
           KV_P5],
    quotes=[(cut(KV_T, "„Die EU", "unterstützen“"), "Barroso"),
            (cut(KV_P5, "„Ich gratuliere", "Leistungen\""), "Barroso")],
    aliases={"Barroso": ["Barroso", "Präsident Barroso"]})

HAM_P = ("EU-Kommissionspräsident Barroso war Ehrengast beim „Matthiae-Mahl“, einem traditionellen Gastmahl, das auf das "
         "Mittelalter zurückgeht und alljährlich vom Hamburger Senat organsiert wird. Barroso sprach in seiner Rede über das "
         "Thema „Ein stärkeres Europa in stürmischen Zeiten“. Darin lobte der Präsident die Verdienste Hamburgs und wies auf "
         "die Reaktion Europas auf die Wirtschaftskrise und den deutschen Beitrag hin. Er äußerte sich zuversichtlich, dass "
         "„wir in der Lage sind, Europa eine neue Richtung zu geben und es aus der Krise herauszuführen. Wenn wir an unserem "
         "Kurs festhalten, wenn wir eine feste Strategie und eine klare Vision von der Zukunft haben, wird Europa aus der "
         "Krise gestärkt hervorgehen.“ Präsident Barroso traf sich auch mit dem Ersten Bürgermeister der Hansestadt Hamburg, "
         "Olaf Scholz. Zuvor hatte er die Baustelle der „Elbphilharmonie“ besucht, die einmal Europas größte Konzerthalle "
         "werden soll. Eine weitere Station seines Besuchs war die Bucerius Law School, wo er eine Rede zu dem Thema hielt: "
         "„Die EU auf ihrem Weg zu einer politischen und wirtschaftlichen Union” und mit Jurastudenten diskutierte. Barroso "
         "gab auch zwei Kinderreportern von „DEIN SPIEGEL“ ein Interview.")

add(id="ho99-eucom-2012-02-barroso-hamburg",
    title="Besuch in Hamburg, Deutschland",
    url="http://ec.europa.eu/commission_2010-2014/president/news/speeches-statements/2012/02/20120227_speeches_1_de.htm",
    retrieved="same address (stored item of President Barroso's site of the 2010-2014 Commission, 27 February 2012; the "
              "header line 'Navigationsleiste', the image credit '© EU' and the links 'Zur Rede des Präsidenten während des "
              "Matthiae-Mahls' / 'Zur Vorlesung des Präsidenten an der Bucerius Law School' / 'Zum Video' dropped (rule 14); "
              "'organsiert' and the lecture title's mixed marks „…” kept as published)",
    license=EU,
    paras=[HAM_P],
    quotes=[("„Matthiae-Mahl“", None),
            ("„Ein stärkeres Europa in stürmischen Zeiten“", None),
            (cut(HAM_P, "„wir in der Lage", "hervorgehen.“"), "Barroso"),
            ("„Elbphilharmonie“", None),
            ("„Die EU auf ihrem Weg zu einer politischen und wirtschaftlichen Union”", None),
            ("„DEIN SPIEGEL“", None)],
    aliases={"Barroso": ["Barroso", "EU-Kommissionspräsident Barroso", "Präsident Barroso"]})

# --- europa.eu/rapid: press releases of the Commission in German ---

HR_Q = ("„Der Beitritt Kroatiens zur Europäischen Union ist ein historisches Ereignis, das Land kehrt auf seinen "
        "rechtmäßigen Platz im Herzen Europas zurück. Ich freue mich auf den Beitrag Kroatiens zur EU — er wird eine "
        "Erfolgsgeschichte zum Nutzen der Union, des kroatischen Volkes und ganz Südosteuropas sein.“")

add(id="ho99-eucom-2013-06-ip-13-625-kroatien",
    title="Kroatien wird 28. Mitgliedstaat der Europäischen Union",
    url="http://europa.eu/rapid/press-release_IP-13-625_de.htm?locale=FR",
    retrieved="same address (stored German press release IP/13/625 of 28 June 2013 in the Commission's press-release "
              "database; the navigation lines 'Chemin de navigation' / 'Left navigation' / 'Additional tools' / 'Autres "
              "langues disponibles: FR EN HR' and the label lines 'Europäische Kommission' / 'Pressemitteilung' dropped "
              "(rule 14); the dateline kept; the heading 'Weitere Informationen' and the link line after it, cut off in the "
              "stored copy, dropped (rule 15))",
    license=EU,
    paras=["Brüssel, den 28. Juni 2013",
           "Am Montag, den 1. Juli wird Kroatien der 28. Mitgliedstaat der Europäischen Union. Der Beitritt Kroatiens markiert "
           "einen weiteren Meilenstein beim Aufbau eines Vereinigten Europas und liefert einen neuen Beleg für die "
           "Umgestaltungskraft der Europäischen Union: nur zwei Jahrzehnte ist es her, dass Kroatien von Konflikten "
           "erschüttert wurde. Heute ist das Land eine stabile Demokratie, die die aus der EU-Mitgliedschaft erwachsenden "
           "Verpflichtungen erfüllen und die EU-Normen einhalten kann.",
           "Am Vorabend des Beitritts Kroatiens erklärte Präsident Barroso:",
           HR_Q,
           "Der Beitritt Kroatiens zeigt, dass die europäische Perspektive für diese Länder, die sich der EU-Agenda "
           "verpflichtet fühlen, Realität ist. Er ist ein deutliches Signal für die Region: die EU steht zu ihren Zusagen, "
           "wenn die notwendigen Reformen durchgeführt werden und die Voraussetzungen erfüllt sind.",
           "Hintergrund",
           "Der Beitritt Kroatiens wird in Zagreb am Sonntag, den 30. Juni und Montag, den 1. Juli gefeiert. Die Europäische "
           "Kommission wird durch Präsident Barroso, Vizepräsidentin Reding, Kommissar Füle und Kommissar Mimica vertreten. "
           "Am 30. Juni schließt die Delegation der EU in Zagreb ihre Türen und am folgenden Tag wird die Vertretung der "
           "Europäischen Kommission eröffnet.",
           "Veranstaltungsprogramm in Zagreb:",
           "Sonntag, 30. Juni, 23.00 Uhr: Offizielle Zeremonie",
           "Montag, 1. Juli: Eröffnung der Vertretung der Europäischen Kommission"],
    quotes=[(HR_Q, "Barroso")],
    aliases={"Barroso": ["Barroso", "Präsident Barroso"]})

# --- more issues of the newsletter "EU-Aktuell" ---

NL_HEAD = ("the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, …' / 'European Commission Logo' / "
           "'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'mehr' links dropped (rule 14)")

BRE_P = ("EU-Binnenmarktkommissar Thierry Breton hat heute (Freitag) in Dresden einen der wichtigsten Halbleiterstandorte "
         "Europas besucht. In der sächsischen Hauptstadt traf er sich zu Gesprächen mit der Sächsischen Staatsregierung und "
         "Vertreterinnen und Vertretern von GlobalFoundries, Fraunhofer IPMS, NXP, Robert Bosch sowie Infineon. Bei einem "
         "gemeinsamen Pressestatement mit dem Ministerpräsidenten des Freistaates Sachsen, Michael Kretschmer, unterstrich "
         "der EU-Kommissar die Bedeutung des sächsischen Standortes für Europa: „Was hier getan wird und in Zukunft getan "
         "werden soll, ist für die Stellung Europas auf der Weltbühne äußerst wichtig.“")

add(id="ho99-eucom-newsletter-35514-belarus-breton-dresden",
    title="Nach Gesprächen mit Kommission zur Lage in Belarus: Fluggesellschaften kündigen Aussetzung von Flügen nach Minsk "
          "an",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/35514",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of November 2021 (a Friday): its first "
              "two items; " + NL_HEAD + "; the third item 'EMA gibt grünes Licht für zwei neue COVID-19-Therapeutika', cut "
              "off in the stored copy, dropped with its headline (rule 15))",
    license=EU,
    paras=["Die Kommission arbeitet weiterhin eng mit dem Luftfahrtsektor zusammen, um Menschenhandel und Menschenschmuggel "
           "in die belarussische Grenzregion zu verhindern. Wie eine Kommissionssprecherin heute (Freitag) mitteilte, haben "
           "eine Reihe von Fluggesellschaften nach Gesprächen mit der Kommission jede Form des Menschenhandels scharf "
           "verurteilt und ihr volles Engagement im Kampf gegen diese Praktiken bekundet. Nach Gesprächen mit der Kommission "
           "hat unter anderem Iraqi Airlines bestätigt, dass sie die Flüge nach Minsk nicht wiederaufnehmen werden. Die "
           "Kommission hat heute außerdem einen Überblick über die EU-Finanzierung für Grenzinfrastruktur, Grenzmanagement "
           "und Visa in den Mitgliedstaaten veröffentlicht. Dafür stehen im Zeitraum von 2021-2027 rund 12,8 Mrd. Euro im "
           "EU-Haushalt bereit.",
           "EU-Binnenmarktkommissar Thierry Breton besucht Halbleiterstandort Dresden",
           BRE_P],
    quotes=[(cut(BRE_P, "„Was hier", "wichtig.“"), "Thierry Breton")],
    aliases={"Thierry Breton": ["Thierry Breton", "EU-Binnenmarktkommissar Thierry Breton"]})

KYR_P = ("Das Europäische Zentrum für die Prävention und die Kontrolle von Krankheiten (ECDC) hat in einem neuen Bericht "
         "unterstrichen, dass die Bildungssysteme der EU-Staaten gut für das kommende Schuljahr gewappnet sein müssen. Die "
         "COVID-19-Fälle bei Kindern werden in den kommenden Monaten wahrscheinlich stärker ansteigen als unter den "
         "zunehmend geimpften Erwachsenen. Abstandsregeln, Hygienemaßnahmen und rechtzeitige Tests bei symptomatischen "
         "Fällen seien nach wie vor von grundlegender Bedeutung. EU-Gesundheitskommissarin Stella Kyriakides begrüßte den "
         "Bericht. „Wir alle wollen sicherstellen, dass Kinder weiterhin zur Schule gehen und so sicher wie möglich leben "
         "können“, sagte sie. Die langen Schulschließungen der vergangenen Monate hätten zu Problemen wie sozialer Isolation, "
         "psychischer Belastung, Angst und depressiven Symptomen geführt. Um die Schulen offen zu halten, müsse das "
         "Übertragungsrisiko so gering wie möglich gehalten werden.")

add(id="ho99-eucom-newsletter-33710-ecdc-schulen",
    title="ECDC veröffentlicht neuen Bericht über COVID-19 bei Kindern und die Rolle der Schulen",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/33710",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of summer 2021 (a Friday): its first "
              "item; " + NL_HEAD + "; the second item 'EU liefert 200.000 COVID-19-Impfdosen nach Albanien und "
              "Nordmazedonien', cut off in the stored copy inside its quotation of Janez Lenarčič, dropped with its headline "
              "(rule 15))",
    license=EU,
    paras=[KYR_P],
    quotes=[(cut(KYR_P, "„Wir alle", "können“"), "Stella Kyriakides")],
    aliases={"Stella Kyriakides": ["Stella Kyriakides", "EU-Gesundheitskommissarin Stella Kyriakides"]})

URP_P = ("Seit dem Ausbruch der COVID-19-Pandemie Anfang 2020 haben die EU, die EU-Mitgliedstaaten und die europäischen "
         "Finanzinstitutionen als „Team Europa“ 47,7 Milliarden Euro zur Unterstützung von Partnerländern bei der Bewältigung "
         "der Pandemie und ihrer Folgen ausgezahlt. Jutta Urpilainen‚ EU-Kommissarin für internationale Partnerschaften, "
         "erklärte: „Ich bin stolz darauf, dass Team Europa mitten in der Coronakrise, von der es selbst betroffen war, seine "
         "Kräfte gebündelt und seine Solidarität mit von der Pandemie und ihren Folgen betroffenen Partnerländern unter "
         "Beweis gestellt hat. Als solider und verlässlicher Partner wird Team Europa diese Länder auch weiterhin bei der "
         "Bewältigung neuer komplexer globaler Krisen wie den Folgen des russischen Angriffskriegs gegen die Ukraine "
         "unterstützen, die sie schuldlos treffen.“")
BA5_P = ("Die Europäische Kommission hat einen auf die Varianten BA.4/BA.5 angepassten Impfstoff gegen COVID19 für den "
         "europäischen Markt zugelassen. Zuvor hatte die Europäische Arzneimittelagentur eine entsprechende Empfehlung "
         "ausgesprochen. „So ist sichergestellt, dass die EU-Staaten den Impfstoff schnell in Umlauf bringen und unsere "
         "Bürgerinnen und Bürger schützen können“, erklärte EU-Gesundheitskommissarin Stella Kyriakides.")

add(id="ho99-eucom-newsletter-40597-team-europa",
    title="COVID-19: 47,7 Milliarden Euro Hilfe von Team Europa für Partnerländer zur Bewältigung der Pandemie und ihrer "
          "Folgen",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/40597",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of September 2022: its first two items; "
              + NL_HEAD + "; the third item 'EU fördert wichtige Infrastrukturprojekte mit 5 Milliarden Euro …', cut off "
              "in the stored copy, dropped with its headline (rule 15); the low single mark '‚' used as a comma after "
              "'Urpilainen' and 'COVID19' kept as published)",
    license=EU,
    paras=[URP_P,
           "Varianten BA.4/BA.5: EU-Kommission lässt weiteren angepassten Impfstoff zu",
           BA5_P],
    quotes=[("„Team Europa“", None),
            (cut(URP_P, "„Ich bin stolz", "treffen.“"), "Jutta Urpilainen"),
            (cut(BA5_P, "„So ist", "können“"), "Stella Kyriakides")],
    aliases={"Jutta Urpilainen": ["Jutta Urpilainen"],
             "Stella Kyriakides": ["Stella Kyriakides", "EU-Gesundheitskommissarin Stella Kyriakides"]})
