# Six-hundred-and-fourteenth held-out German real-news set (tests/data/heldout614-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3680-3682). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug and Parlamentskorrespondenz
# number, two or more distinctive phrases and the speakers' names of each text with grep -rliF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the parallel worktrees
# heldout609-heldout616). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fourteenth held-out set": eight releases of Austrian federal ministries on the
# APA-OTS service (ots.at), licence APA_OTS_POLITICS: the Ministry of Transport, Innovation and Technology (Hubert Gorbach on the
# Wiener Zentralbahnhof, October 2006), the Ministry of Economics and Labour (Martin Bartenstein congratulating Christoph Leitl,
# October 2001), the Ministry of Science and Research (Johannes Hahn in Graz, September 2009, sender inferred; Karlheinz Töchterle
# congratulating the new ÖH leadership, June 2011), the Ministry of Economy, Family and Youth in its science years (Reinhold
# Mitterlehner congratulating Heinrich Schmidinger, December 2013), the Ministry of Science, Research and Economy (Mitterlehner on
# the open day of the national holiday, October 2016; Mitterlehner congratulating Anton Zeilinger, January 2017) and the Ministry of
# Education, Science and Research (Heinz Faßmann on the Wittgenstein prizes, June 2018, sender inferred); and one release of the
# Austrian Parliament's Parlamentskorrespondenz (PK 904/2015) as reposted by the Österreich Journal, licence PK (Doris Bures on
# the Parliament's eagle, August 2015). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept
# (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker `****`, end marks, contact blocks and footers) is
# dropped and hard line breaks inside a paragraph are joined (rules 48, 460, 1372, 2570, 2680, 3680), and each retrieval note
# names what was dropped and which senders are inferred.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


GORBACH = "Hubert Gorbach"
BARTENSTEIN = "Martin Bartenstein"
BURES = "Doris Bures"
HAHN = "Johannes Hahn"
TOECHTERLE = "Karlheinz Töchterle"
MITTERLEHNER = "Reinhold Mitterlehner"
MITTERLEHNER_S = "Mitterlehner"
FASSMANN = "Heinz Faßmann"

# --- APA-OTS, Ministry of Transport, Innovation and Technology, 12 October 2006: Gorbach on the Wiener Zentralbahnhof ---

GO_T = "Gorbach: Wiener Zentralbahnhof wird bedeutende Verkehrsdrehscheibe Europas"
GO_SUB = "Größtes Bahnhofsprojekt Österreichs nimmt seinen Lauf"
GO_P1 = ("Wien (OTS) - Infrastrukturminister Hubert Gorbach kommentierte den heutigen Beschluss des ÖBB-Aufsichtsrates positiv: "
         "\"Das größte österreichische Bahnhofsprojekt nimmt nun seinen Lauf. Der Zentralbahnhof wird eine leistungsstarke "
         "europäische Verkehrsdrehscheibe werden\".")
GO_P2 = join("Durch den neuen Zentralbahnhof, mit dessen Bau 2007 begonnen werden und der 2012 fertiggestellt sein soll, werde "
             "die wichtige Ost-West-Achse endlich ohne Unterbrechung befahrbar sein. Gorbach:",
             "\"Züge aus Norden, Süden, Osten und Westen werden an diesem Knotenpunkt zusammenlaufen und können weitergeführt "
             "werden. Das wird eine deutliche Verbesserung für die Fahrgäste bedeuten - schnellere Zugverbindungen, mehr "
             "Reiskomfort und eine optimale Verbindung an den öffentlichen Nahverkehr\".")
GO_P3 = ("Der neue Bahnhof bringe außerdem die Belebung eines ganzen Stadtviertels mit sich - eine deutliche Verbesserung der "
         "regionalen Infrastruktur, vor allem der Nahversorgung.")

add(id="ho614-ots-bmvit-2006-10-12-gorbach-zentralbahnhof",
    title=GO_T,
    url="https://www.ots.at/presseaussendung/OTS_20061012_OTS0241/gorbach-wiener-zentralbahnhof-wird-bedeutende-"
        "verkehrsdrehscheibe-europas",
    retrieved="same address (release of the Federal Ministry of Transport, Innovation and Technology of 12 October 2006 on the "
              "APA-OTS service, sender read from the contact block 'Martin Standl Pressesprecher BM für Verkehr, Innovation und "
              "Technologie' and the footer code NVM0002; headline and subtitle as lines of their own (rules 18, 2570); the OTS "
              "marker '****' run onto the closing mark of the lead's quotation and the end mark '(Schluss)' dropped (rules 48, "
              "460); the line break after the verbless cue 'Gorbach:' joined, the single line break after the sentence that "
              "closes the second quotation kept as a paragraph break (rule 3680); the published 'mehr Reiskomfort' kept (rule "
              "20); the contact block, the service line and the footer dropped; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GO_SUB, GO_P1, GO_P2, GO_P3],
    # the headline label `Gorbach:` before unmarked words carries no span (rule 5); the colon quotation after `Infrastruktur-
    # minister Hubert Gorbach kommentierte den heutigen Beschluss des ÖBB-Aufsichtsrates positiv:` and the one after the verbless
    # `Gorbach:` that follows the ministry's Konjunktiv report are his (rules 9, 30); the Konjunktiv sentences about the axis and
    # the quarter are unmarked (rule 5); the ÖBB-Aufsichtsrat says nothing; `Infrastrukturminister` names only him (rule 44)
    quotes=[(cut(GO_P1, "\"Das größte", "werden\""), GORBACH),
            (cut(GO_P2, "\"Züge aus", "Nahverkehr\""), GORBACH)],
    aliases={GORBACH: ["Hubert Gorbach", "Infrastrukturminister Hubert Gorbach", "Gorbach", "Infrastrukturminister"]})

# --- APA-OTS, Ministry of Economics and Labour, 18 October 2001: Bartenstein congratulates Leitl on the Eurochambres ---

BA_T = "Bartenstein gratuliert Leitl zur Wahl zum Präsidenten der europäischen Wirtschaftskammern"
BA_SUB = "Anerkennung für Leistung österreichischer Unternehmen"
BA_P1 = ("Wien (BMWA-OTS) - Wirtschafts- und Arbeitsminister Dr. Martin Bartenstein gratulierte heute dem Präsidenten der "
         "Wirtschaftskammer Österreich, Dr.Christoph Leitl, zu dessen Wahl zum neuen Präsidenten der Eurochambres. \"Diese Wahl "
         "ist eine Anerkennung der Arbeit Christoph Leitls für die österreichische Wirtschaft, zugleich aber auch eine "
         "Anerkennung der Leistungen der österreichischen Unternehmen. Leitl steht als erster Österreicher an der Spitze der "
         "größten europäischen Wirtschaftsorganisation und vertritt 18 Millionen Unternehmen in 34 Ländern Europas, 95 Prozent "
         "davon Klein-und Mittelbetriebe\", betonte Bartenstein.")

add(id="ho614-ots-bmwa-2001-10-18-bartenstein-leitl-eurochambres",
    title=BA_T,
    url="https://www.ots.at/presseaussendung/OTS_20011018_OTS0215/bartenstein-gratuliert-leitl-zur-wahl-zum-praesidenten-der-"
        "europaeischen-wirtschaftskammern",
    retrieved="same address (release of the Federal Ministry of Economics and Labour of 18 October 2001 on the APA-OTS service, "
              "sender read from the dateline 'Wien (BMWA-OTS) -', the contact block 'Bundesministerium für Wirtschaft und "
              "Arbeit Ministerbüro: … Presseabteilung: …' and the footer 'MWA/MWA' (rule 2680); headline and subtitle as lines "
              "of their own; the published 'Dr.Christoph Leitl' without a space and 'Klein-und Mittelbetriebe' kept (rule 20); "
              "the contact block with its e-mail and internet lines, the service line and the footer dropped; complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[BA_SUB, BA_P1],
    # the quotation before `betonte Bartenstein` is his (rule 30), although it speaks of Christoph Leitl by name and in the third
    # person: Leitl, the congratulated, is its subject, not its speaker (rule 3682); Leitl, the Wirtschaftskammer and the
    # Eurochambres say nothing; `Wirtschafts- und Arbeitsminister` is left out of the aliases as a role phrase around the name
    quotes=[(cut(BA_P1, "\"Diese Wahl", "Mittelbetriebe\""), BARTENSTEIN)],
    aliases={BARTENSTEIN: ["Martin Bartenstein", "Dr. Martin Bartenstein", "Bartenstein"]})

# --- Österreich Journal, repost of PK 904/2015 of 30 August 2015: Doris Bures on the eagle that stays in the Parliament ---

AD_T = join("Das Bundeswappen im Sitzungssaal des Nationalrats ist für den Transport in die Hofburg",
            "zu groß und zu schwer")
AD_P1 = join("Wien (pk) - Die Parlamentarier übersiedeln, der Adler muss bleiben: Das gigantische Wappentier an der",
             "Stirnseite des Nationalratssitzungssaals im Parlament wird während der Sanierung des Parlamentsgebäudes",
             "nicht mit in den Redoutensaal der Hofburg übersiedeln. Der Grund: \"Er ist zu sperrig und zu schwer. Weil",
             "er aus einem einzigen Stück gefertigt ist, kann er auch nicht zerlegt werden\", erklärt Nationalratspräsidentin",
             "Doris Bures.")
AD_P2 = join("Nach Bombentreffern im Zweiten Weltkrieg im südseitigen Bereich des Parlamentsgebäudes wurde der Plenarsaal",
             "nach Plänen von Max Fellerer und Eugen Wörle neu errichtet. Der Adler über dem Präsidium wurde",
             "vom Akademischen Bildhauer Rudolf Hoflehner entworfen und angefertigt. Er besteht aus geschmiedetem Stahlblech,",
             "ist etwa 4 mal 2,8 Meter groß und wiegt rund 650 Kilogramm. Dank seines markanten Designs ist er zu einem",
             "Symbol für das österreichische Parlament geworden, das vielen Bürgerinnen und Bürgern aus Besuchen",
             "im Haus, aus TV-Übertragungen und Medienberichten vertraut ist.")
AD_P3 = join("Aus diesem Grund wurde überlegt, den Adler ebenfalls mit in die Hofburg zu übersiedeln. Er sollte als",
             "Zeichen der Kontinuität während des Provisoriums im großen Redoutensaal, in dem drei Jahre lang",
             "Nationalrat und Bundesrat tagen werden, angebracht werden. Die Idee hat sich jedoch als schwer umsetzbar erwiesen,",
             "der Transport wäre sehr aufwändig und somit kostspielig. Auch wäre es technisch problematisch, den",
             "Adler im denkmalgeschützten Redoutensaal zu fixieren.")
AD_P4 = join("Geplant ist nunmehr, den Wappenadler ebenfalls einer gründlichen Sanierung zu unterziehen und dann im neuen",
             "Sitzungssaal wieder anzubringen. In der Hofburg soll das Original von einer Kopie vertreten werden, dazu werden",
             "derzeit verschiedene Alternativen geprüft.")

add(id="ho614-pk-oej-2015-08-30-bures-wappenadler",
    title=AD_T,
    url="http://oe-journal.at/Aktuelles/!2015/0815/W4/13108pkAdler.htm",
    retrieved="same address (the Parlamentskorrespondenz's release PK 904/2015 of Sunday, 30 August 2015, as reposted by the "
              "Österreich Journal under the dateline 'Wien (pk)', which names the Parlamentskorrespondenz as its source (rule "
              "31); number and day from a stored page of hausderheimat.at that quotes the release's first paragraph and links "
              "'http://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0904/index.shtml', and from the newspapers' reports of Monday, "
              "31 August 2015, on Bures's statement 'am Sonntag'; the copy wraps every line and shows no blank line: the two "
              "lines before the dateline, the repost's subtitle (the release's headline 'Der Adler ist zu schwer …' is not in "
              "the stored copy), are joined into the title, the dateline opens the first body paragraph, and the body is "
              "divided at line ends that close a sentence outside quotation marks (rules 1372, 3680); the closing bar '|' of "
              "the repost dropped; complete as stored)",
    license=PK,
    paras=[AD_P1, AD_P2, AD_P3, AD_P4],
    # the quotation after the verbless `Der Grund:`, closed by `erklärt Nationalratspräsidentin Doris Bures`, is hers (rules 9,
    # 30, 44); the title and the body's `Der Adler ist … zu schwer`-wording without marks carry no span (rule 5); the architects,
    # the sculptor, the Nationalrat and the Bundesrat say nothing; `Nationalratspräsidentin` names only her (rule 44)
    quotes=[(cut(AD_P1, "\"Er ist zu sperrig", "zerlegt werden\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin"]})

# --- APA-OTS, Ministry of Science and Research, 16 September 2009: Johannes Hahn visits Graz (sender inferred) ---

HA_T = "Johannes Hahn besucht Universitäts- und Forschungsstandort Graz"
HA_SUB = "Wissenschaftsminister: \"Hier wird an der Zukunft geforscht\""
HA_P1 = ("Wien (OTS) - Wissenschaftsminister Johannes Hahn besucht heute den Universitäts- und Forschungsstandort Graz. Dabei "
         "ist der Minister u.a. am Institut für Chemische Technologie von Materialien an der TU Graz zu Gast. In Begleitung "
         "von Rektor Hans Sünkel und Prof. Helmut List macht sich der Minister selbst ein Bild von der hervorragenden Arbeit "
         "der Wissenschafterinnen und Wissenschafter.")
HA_P2 = ("\"Hier wird an der Zukunft geforscht\", so der Minister beim Rundgang durch das Institut. Besonders erfreulich ist "
         "aus Sicht des Ministers die hervorragende Kooperation von Wissenschaft und Wirtschaft, arbeitet das Institut doch eng "
         "mit AVL List und Magna zusammen. Die vorgezogene Nachbesetzung des Lehrstuhls für Batterietechnologie der TU Graz hat "
         "Minister Hahn mit zusätzlich 130.000 Euro ermöglicht.")
HA_P3 = ("Im Haus der Wissenschaft an der Universität Graz eröffnet der Minister die Ausstellung \"Interactive science - "
         "Abenteuer Wissenschaft - Part 2\". Die Ausstellung leiste einen weiteren wichtigen Beitrag zur "
         "Wissenschaftskommunikation: \"Forschung braucht Öffentlichkeit, denn sie berührt und beeinflusst die Öffentlichkeit "
         "-wenn auch oft \"nur\" unbewusst\", so der Minister. Die \"Faszination Forschung\" gelte es besonders jungen Menschen "
         "nahe zu bringen. \"Genau das macht das Haus der Wissenschaft\", so der Minister in Hinblick auf die erfolgreichen "
         "Kooperationen mit Schulen.")

add(id="ho614-ots-bmwf-2009-09-16-hahn-graz",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20090916_OTS0219/johannes-hahn-besucht-universitaets-und-forschungsstandort-"
        "graz",
    retrieved="same address (release of 16 September 2009 on the APA-OTS service under the plain dateline 'Wien (OTS) -'; the "
              "stored copy ends inside its fourth paragraph, before the contact block, and the sender is taken as the Federal "
              "Ministry of Science and Research from the release's own voice: it reports the minister's programme of the day "
              "and states that the ministry's money was his act (`hat Minister Hahn mit zusätzlich 130.000 Euro ermöglicht`), "
              "the register of the ministry's releases of the same months with the footer MWF0001 (rules 2680, 3680; inference "
              "noted in SOURCES.md); headline and subtitle as lines of their own; the published '-wenn' without a space after "
              "the dash kept (rule 20); the fourth paragraph ('Am Abend nimmt der Minister am Festakt … \"Mit diesem "
              "Kompetenzzentrum … zu etablieren\", so der Minister. … \"Erwünschte Nebenwirkungen\" seien dabei die'), cut off in "
              "the stored copy, dropped with its quotations (rule 15))",
    license=APA_OTS_POLITICS,
    paras=[HA_SUB, HA_P1, HA_P2, HA_P3],
    # the subtitle quotation after the label `Wissenschaftsminister:` repeats the words the body gives him with `so der
    # Minister` and is his (rules 26, 107); the body's first quotation and the last one are closed by `so der Minister`, the
    # minister the lead names (rules 30, 44); the exhibition's title in marks is null (rules 24, 48); the colon quotation after
    # the Konjunktiv report of his opening words (`Die Ausstellung leiste …:`) is his and holds the adverb `"nur"` in the same
    # ASCII marks, nested inside the one span, since his sentence goes on after it (rules 9, 835, 2175); the marked phrase in
    # the Konjunktiv sentence `Die "Faszination Forschung" gelte es …` between two of his cues is his term (rules 3, 25, 59);
    # Hans Sünkel, Helmut List, AVL List and Magna say nothing; `Wissenschaftsminister`, `Minister` and `Minister Hahn` name
    # only him in the release (rule 44)
    quotes=[("\"Hier wird an der Zukunft geforscht\"", HAHN, 0),
            ("\"Hier wird an der Zukunft geforscht\"", HAHN, 1),
            ("\"Interactive science - Abenteuer Wissenschaft - Part 2\"", None),
            (cut(HA_P3, "\"Forschung braucht", "unbewusst\""), HAHN),
            ("\"Faszination Forschung\"", HAHN),
            ("\"Genau das macht das Haus der Wissenschaft\"", HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Wissenschaftsminister Johannes Hahn", "Minister Hahn", "Wissenschaftsminister",
                    "Minister"]})

# --- APA-OTS, Ministry of Science and Research, 29 June 2011: Karlheinz Töchterle congratulates the new ÖH leadership ---

TO_T = "Karlheinz Töchterle gratuliert dem neuen ÖH-Vorsitzteam"
TO_SUB = "Wissenschafts- und Forschungsminister erwartet sich konstruktive Gesprächsbasis"
TO_P1 = ("Wien (OTS) - Wissenschafts- und Forschungsminister Dr. Karlheinz Töchterle gratuliert dem neuen ÖH-Vorsitzteam: "
         "Janine Wulz wurde heute an die Spitze der Österreichischen Hochschüler/innenschaft gewählt, ihre "
         "Stellvertreter/innen sind Angelika Gruber und Martin Schott. \"Ich erwarte mir eine konstruktive Gesprächsbasis, die "
         "von Fairness und Respekt getragen ist, und freue mich auf den Dialog mit den Studierendenvertreterinnen und "
         "Studierendenvertretern\", so der Minister.")
TO_P2 = ("Es gebe zwar in einigen Bereichen unterschiedliche Positionen, ebenso aber gemeinsame Anliegen, unterstreicht "
         "Karlheinz Töchterle in Hinblick auf den Ausbau der Studienberatung. \"Die Studierenden sind ein wesentlicher "
         "Bestandteil der Universitäten und Fachhochschulen\", betont der Minister weiter. \"Ich war als Rektor stets im guten "
         "Gespräch mit den Studierenden und halte das auch als Wissenschaftsminister so.\"")

add(id="ho614-ots-bmwf-2011-06-29-toechterle-oeh-vorsitzteam",
    title=TO_T,
    url="https://www.ots.at/presseaussendung/OTS_20110629_OTS0238/karlheinz-toechterle-gratuliert-dem-neuen-oeh-vorsitzteam",
    retrieved="same address (release of the Federal Ministry of Science and Research of 29 June 2011 on the APA-OTS service, "
              "sender read from the contact block 'Bundesministerium für Wissenschaft und Forschung Minoritenplatz 5, 1014 Wien "
              "Presse: …' and the footer code MWF0001 (rule 2680); headline and subtitle as lines of their own; the contact "
              "block, the service line and the footer dropped; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[TO_SUB, TO_P1, TO_P2],
    # the quotations before `so der Minister` and `betont der Minister weiter` are his (rules 30, 44), and so is the cue-less
    # quotation after the second, the last sentence of the paragraph, which speaks in his first person of his years as rector
    # (NOTES.md continuation); the ministry's Konjunktiv report `Es gebe zwar …, unterstreicht Karlheinz Töchterle` is unmarked
    # (rule 5); the new ÖH chair Janine Wulz, her deputies and the ÖH say nothing; `Minister` and the role phrase
    # `Wissenschafts- und Forschungsminister`, which name only him, are aliases (rule 44); `Wissenschaftsminister` occurs only
    # inside his own quotation and is left out
    quotes=[(cut(TO_P1, "\"Ich erwarte", "Studierendenvertretern\""), TOECHTERLE),
            ("\"Die Studierenden sind ein wesentlicher Bestandteil der Universitäten und Fachhochschulen\"", TOECHTERLE),
            (cut(TO_P2, "\"Ich war als Rektor", "so.\""), TOECHTERLE)],
    aliases={TOECHTERLE: ["Karlheinz Töchterle", "Dr. Karlheinz Töchterle", "Wissenschafts- und Forschungsminister",
                          "Minister"]})

# --- APA-OTS, Ministry of Economy, Family and Youth (science), 16 December 2013: Mitterlehner congratulates Schmidinger ---

SC_T = "Mitterlehner gratuliert Heinrich Schmidinger zur Wiederwahl als uniko-Präsident"
SC_SUB = "Wiederbestellung des gesamten Präsidiums wichtiges Signal für Kontinuität"
SC_P1 = ("Wien (OTS/BMWFJ) - Wirtschafts- und Wissenschaftsminister Reinhold Mitterlehner gratuliert dem Rektor der Universität "
         "Salzburg, Heinrich Schmidinger, zu dessen Wiederwahl als Präsident der Österreichischen Universitätenkonferenz "
         "(uniko). \"Ich freue mich auf eine gute und konstruktive Zusammenarbeit und auf ein erstes Gespräch in den nächsten "
         "Tagen\", so Mitterlehner. Der neu in das Präsidium kooptierten Rektorin der Veterinärmedizinischen Universität Wien, "
         "Sonja Hammerschmid, wünscht der Minister alles Gute für diese neue Funktion.")
SC_P2 = ("Die bei der Wahl erfolgte Wiederbestellung des gesamten uniko-Präsidiums wertet Mitterlehner als ein wichtiges Signal "
         "für Kontinuität im Universitätsbereich.")

add(id="ho614-ots-bmwfj-2013-12-16-mitterlehner-schmidinger-uniko",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20131216_OTS0168/mitterlehner-gratuliert-heinrich-schmidinger-zur-wiederwahl-"
        "als-uniko-praesident",
    retrieved="same address (release of 16 December 2013 on the APA-OTS service, sender read from the dateline 'Wien "
              "(OTS/BMWFJ) -', the Federal Ministry of Economy, Family and Youth, which held the science portfolio from the "
              "government of 16 December 2013 (rule 2680); the crawl-date prefix ' date 2018-03' dropped (rule 63); headline and "
              "subtitle as lines of their own; the stored copy ends after the second paragraph without a contact block and is "
              "used as stored (rule 2570))",
    license=APA_OTS_POLITICS,
    paras=[SC_SUB, SC_P1, SC_P2],
    # the quotation before `so Mitterlehner` is his (rule 30); Heinrich Schmidinger, the congratulated, and Sonja Hammerschmid,
    # whom `der Minister` wishes well without marks, say nothing (rules 5, 3682); `Minister` names only him (rule 44)
    quotes=[(cut(SC_P1, "\"Ich freue mich", "Tagen\""), MITTERLEHNER)],
    aliases={MITTERLEHNER: ["Reinhold Mitterlehner", "Mitterlehner", "Minister"]})

# --- APA-OTS, Ministry of Science, Research and Economy, 26 October 2016: Mitterlehner at the ministry's open day ---

NF_T = "Mitterlehner: Nationalfeiertag als wissenschaftliche Leistungsschau"
NF_SUB = "Wissenschaftsminister beim traditionellen Tag der offenen Tür im BMWFW"
NF_P1 = ("Wien (OTS) - Wien (BMWFW) - Wie in den vergangenen Jahren haben auch heuer zahlreiche Besucher den Nationalfeiertag "
         "genutzt, um den Tag der offenen Tür im Bundesministerium für Wissenschaft, Forschung und Wirtschaft zu besuchen. Wie "
         "die Leistungsschau des Bundesheeres hat auch unsere wissenschaftliche Leistungsschau mittlerweile eine gute "
         "Tradition. Hier werden innovative Projekte unserer Hochschulen, Forschungseinrichtungen und Unternehmen präsentiert "
         "und damit ein Einblick in aktuelle Arbeiten gegeben. Das hohe Interesse der Bevölkerung ist erfreulich und eine gute "
         "Bestätigung für exzellente Arbeit unserer Expertinnen und Experten\", so Vizekanzler und Wissenschaftsminister "
         "Reinhold Mitterlehner. Beim Tag der offenen Tür war etwa die Technische Universität Wien mit einem selbstgebauten "
         "Elektro-Rennwagen, sowie dem Pflegeroboter \"Hobbit\" vor Ort. Die Universität für Bodenkultur zeigte "
         "Verpackungsmaterial der Zukunft und das Happylab präsentierte mit dem \"Amalettomat\" eine automatische "
         "Crepe-Maschnine. Im Molekularbiologischen Mitmachlabor des Vienna Open Lab, sowie bei Stationen von Sparkling Science, "
         "konnten Kinder und Jugendliche Forschung Live erleben. Zudem informierten Servicestellen des BMWFW über Fragen rund "
         "um das Studium.")

add(id="ho614-ots-bmwfw-2016-10-26-mitterlehner-nationalfeiertag",
    title=NF_T,
    url="http://www.ots.at/presseaussendung/OTS_20161026_OTS0058/mitterlehner-nationalfeiertag-als-wissenschaftliche-"
        "leistungsschau-bild",
    retrieved="same address (release of the Federal Ministry of Science, Research and Economy of 26 October 2016 on the APA-OTS "
              "service, sender read from the second dateline 'Wien (BMWFW) -' and the contact block 'Bundesministerium für "
              "Wissenschaft, Forschung und Wirtschaft … Pressesprecher des Bundesministers'; the crawl-date prefix ' date "
              "2016-10' dropped (rule 63); headline and subtitle as lines of their own, the slug's '-bild' not added to the "
              "headline (rule 2570); both datelines kept as published at the start of the paragraph (rules 20, 3681); the "
              "published 'Crepe-Maschnine' and 'Forschung Live' kept (rule 20); the contact block dropped; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NF_SUB, NF_P1],
    # the closing mark after `Expertinnen und Experten` has no opening mark; the span runs from the first word after the second
    # dateline to that mark, speaker the minister of the `so`-cue (rules 22, 3602, 3681); the names of the care robot and of
    # the crêpe machine in marks are null (rule 24); the universities, the Happylab and the Vienna Open Lab say nothing;
    # `Wissenschaftsminister` and `Vizekanzler` name only him (rule 44)
    quotes=[(cut(NF_P1, "Wie in den vergangenen", "Experten\""), MITTERLEHNER),
            ("\"Hobbit\"", None),
            ("\"Amalettomat\"", None)],
    aliases={MITTERLEHNER: ["Reinhold Mitterlehner", "Mitterlehner", "Wissenschaftsminister", "Vizekanzler"]})

# --- APA-OTS, Ministry of Science, Research and Economy, 27 January 2017: Mitterlehner congratulates Anton Zeilinger ---

ZE_T = "Mitterlehner gratuliert ÖAW- Präsident Zeilinger zur Wiederwahl"
ZE_SUB = "Bestätigung für erfolgreichen Kurs der Akademie der Wissenschaften"
ZE_P1 = ("Wien (OTS/BMWFW) - „Mit Anton Zeilinger ist nicht nur ein herausragender Wissenschaftler wiedergewählt worden, sondern "
         "auch ein Botschafter der heimischen Forschungslandschaft und deren internationaler Einbettung“, gratuliert "
         "Wissenschaftsminister Mitterlehner dem designierten Präsidenten der Akademie der Wissenschaften (ÖAW).")
ZE_P2 = ("Der Quantenphysiker Anton Zeilinger ist seit 2013 Präsident der Akademie der Wissenschaften. In seiner Amtszeit wurde "
         "etwa das Austrian Center for Digital Humanities gegründet und die archäologische Grundlagenforschung an der ÖAW "
         "ausgebaut. „Die Wiederwahl ist auch eine Bestätigung seiner bisherigen Arbeit und des erfolgreichen Kurses der "
         "Akademie der Wissenschaften unter seiner Führung“, so Mitterlehner.")

add(id="ho614-ots-bmwfw-2017-01-27-mitterlehner-zeilinger-oeaw",
    title=ZE_T,
    url="http://www.ots.at/presseaussendung/OTS_20170127_OTS0154/mitterlehner-gratuliert-oeaw-praesident-zeilinger-zur-"
        "wiederwahl",
    retrieved="same address (release of the Federal Ministry of Science, Research and Economy of 27 January 2017 on the APA-OTS "
              "service, sender read from the dateline 'Wien (OTS/BMWFW) -' and the contact block 'Bundesministerium für "
              "Wissenschaft, Forschung und Wirtschaft … Pressesprecherin des Bundesministers'; the crawl-date prefix ' date "
              "2017-01' dropped (rule 63); headline and subtitle as lines of their own; the published 'ÖAW- Präsident' with its "
              "space kept (rule 20); the contact block dropped; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ZE_SUB, ZE_P1, ZE_P2],
    # the quotation before `gratuliert Wissenschaftsminister Mitterlehner dem designierten Präsidenten …` is Mitterlehner's,
    # the subject of the inverted congratulation cue, not Zeilinger's, who is named in it and is its dative object (rule
    # 3682); the quotation before `so Mitterlehner` is his (rule 30); the text writes only the surname, which is canonical
    # (rule 7); `Wissenschaftsminister` names only him (rule 44); Zeilinger and the ÖAW say nothing
    quotes=[(cut(ZE_P1, "„Mit Anton Zeilinger", "Einbettung“"), MITTERLEHNER_S),
            (cut(ZE_P2, "„Die Wiederwahl", "Führung“"), MITTERLEHNER_S)],
    aliases={MITTERLEHNER_S: ["Mitterlehner", "Wissenschaftsminister Mitterlehner", "Wissenschaftsminister"]})

# --- APA-OTS, Ministry of Education, Science and Research, 13 June 2018: Faßmann on the Wittgenstein prizes (inferred) ---

FA_T = "Wissenschaftsminister Faßmann gratuliert Wittgenstein-Preisträgern 2018"
FA_SUB = "Auszeichnung für Ethnomusikologin Hemetek und Mathematiker Edelsbrunner"
FA_P1 = ("Wien (OTS) - „Ich gratuliere den beiden Wittgenstein-Preisträgern Ursula Hemetek und Herbert Edelsbrunner zu dieser "
         "hohen Auszeichnung“, so Wissenschaftsminister Heinz Faßmann heute anlässlich der Bekanntgabe der diesjährigen "
         "Preisträger des Wittgenstein-Preises, der im Auftrag des Wissenschaftsministerium vergeben wird, „Österreich kann "
         "stolz sein, in vielen unterschiedlichen Disziplinen hervorragende Forscherinnen und Forscher aufweisen. Diese Preise "
         "sind nicht nur eine prestigeträchtige Anerkennung für herausragende Wissenschaftlerinnen und Wissenschaftler, sondern "
         "auch Basis für neue wichtige Erkenntnisse im Bereich der Grundlagenforschung. Die hohen Auszeichnung ermöglicht den "
         "Forscherinnen und Forschern maximale Freiheit für die Entfaltung ihrer Ideen.“")
FA_P2 = ("Der Wittgenstein-Preis ist Österreichs höchst dotierter und prestigeträchtigster Wissenschaftspreis, der seit 1996 "
         "durch den FWF vergeben wird. Wittgenstein-PreisträgerInnen stehen für wissenschaftliche Forschungsarbeiten bis zu 1,5 "
         "Mio. EUR für die Dauer von fünf Jahren zur Verfügung. Der Wittgenstein-Preis ist ein \"Dry prize\", das heißt, die "
         "Gelder stehen ausschließlich für die intendierte Forschung zur Verfügung. Die Wittgenstein – Preise gehen in diesem "
         "Jahr an Herbert Edelsbrunner vom Institute for Science and Technology (IST) Austria und die Ethnomusikologin Ursula "
         "Hemetek vom Institut für Volksmusikforschung und Ethnomusikologie an der Universität für Musik und darstellende Kunst "
         "Wien.")

add(id="ho614-ots-bmbwf-2018-06-13-fassmann-wittgenstein",
    title=FA_T,
    url="https://www.ots.at/presseaussendung/OTS_20180613_OTS0224/wissenschaftsminister-fassmann-gratuliert-wittgenstein-"
        "preistraegern-2018",
    retrieved="same address (release of 13 June 2018 on the APA-OTS service under the plain dateline 'Wien (OTS) -'; the stored "
              "copy ends inside its third paragraph, before the contact block, and the sender is taken as the Federal Ministry "
              "of Education, Science and Research from the release's own voice: it is built around the minister's "
              "congratulations, names the prize as awarded `im Auftrag des Wissenschaftsministerium` and goes on with `Der "
              "Wissenschaftsminister gratulierte in diesem Zusammenhang auch …` (rules 2680, 3680; inference noted in "
              "SOURCES.md; the FWF, which awards the prize, is spoken of in the third person); the crawl-date prefix ' date "
              "2018-06' dropped (rule 63); headline and subtitle as lines of their own; the published 'des "
              "Wissenschaftsministerium', 'Die hohen Auszeichnung', 'Forscher aufweisen' and 'Wittgenstein – Preise' kept (rule "
              "20); the third paragraph ('Der Wissenschaftsminister gratulierte in diesem Zusammenhang auch den diesjährigen "
              "START-Preisträgern … Das START-Programm r'), cut off in the stored copy, dropped (rule 15))",
    license=APA_OTS_POLITICS,
    paras=[FA_SUB, FA_P1, FA_P2],
    # the quotation before `so Wissenschaftsminister Heinz Faßmann heute …` is his (rule 30), and so is the second quotation,
    # which the same sentence attaches after a comma to the end of the cue's relative clause (rule 3682); the prize winners named
    # in his first quotation say nothing; the term `"Dry prize"` in the release's explanation of the prize is null (rules 24,
    # 75); `Wissenschaftsminister` names only him in the kept text (rule 44)
    quotes=[(cut(FA_P1, "„Ich gratuliere", "Auszeichnung“"), FASSMANN),
            (cut(FA_P1, "„Österreich kann", "Ideen.“"), FASSMANN),
            ("\"Dry prize\"", None)],
    aliases={FASSMANN: ["Heinz Faßmann", "Wissenschaftsminister Heinz Faßmann", "Faßmann", "Wissenschaftsminister"]})
