# Three-hundred-and-eighty-first held-out German real-news set (tests/data/heldout381-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2045-2048). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL number or slug, headline and
# two distinctive phrases of each text with grep -rliF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-first held-out set": texts of the Deutsche Bundesbank on
# bundesbank.de and hochschule-bundesbank.de (licence BUBA): two press notes (the nomination of Jürgen Stark for the ECB
# Executive Board, 2006; the "20 Jahre Euro-Bargeld" exhibition, December 2021), an interview of Jens Weidmann (August
# 2018), a topic page on the euro-cash anniversary year 2022, two speeches (the "20 Jahre Euro-Bargeld" anniversary, 2022;
# the change at the head of the regional office in Saxony and Thuringia, 2024) and a news item of the Bundesbank's
# university in Hachenburg (new-year reception, 2019). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17, 52), page furniture, photo captions and date
# lines are dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BEERMANN = "Johannes Beermann"
WEBER = "Axel Weber"
WEIDMANN = "Jens Weidmann"
BALZ = "Burkhardt Balz"
NICK = "Andreas Nick"

# --- Deutsche Bundesbank, press note of December 2021: the "20 Jahre Euro-Bargeld" exhibition ---

EB_P1 = ("Am 1. Januar 2022 jährt sich die Erstausgabe des Euro-Bargelds zum 20. Mal. „Mehr als 300 Millionen Menschen in "
         "damals zwölf Staaten wurden zum Jahreswechsel 2001/2002 quasi über Nacht von den nationalen Notenbanken im "
         "Euroraum mit neuen Banknoten und Münzen versorgt“, erinnert sich Bundesbank-Vorstandsmitglied Johannes Beermann, "
         "zuständig unter anderem für Bargeld. „Die Deutsche Bundesbank hat damals einen großen Beitrag geleistet, sei es "
         "zur umfangreichen Informationskampagne in der Bevölkerung oder zur herausfordernden Logistik im Zuge der "
         "Einführung des Euro-Bargelds.“")
EB_P3 = ("Die Wanderausstellung „20 Jahre Euro-Bargeld“ ist bis zum 2. Januar 2022 in Frankfurt am Main zu sehen. Es handelt "
         "sich um eine corona-konforme Freiluftausstellung in einer beleuchteten Glas-Stahl-Konstruktion, die derzeit auf "
         "dem Carlo-Schmid-Platz in Frankfurt-Bockenheim (vor dem Bockenheimer Depot) zu besichtigen ist. Anfang Januar "
         "geht die Ausstellung nach Düsseldorf, dann nach Hannover, Hamburg, Berlin und Leipzig. An jedem Standort wird sie "
         "rund vier Wochen gezeigt.")
EB_P4 = ("Die Wanderausstellung erinnert mit kleinen und großen Exponaten, Erklärtexten sowie Zeitdokumenten an die "
         "Ereignisse von damals. Die nachgebildete und vergrößerte DM-Abschiedsmünze in Gold ist ebenso zu sehen wie eine "
         "Nachbildung des Plexiglas-Sterns mit Banknoten, den der damalige EZB-Präsident Wim Duisenberg vor 20 Jahren in die "
         "Kameras gehalten hat. Videos mit Nachrichtenmaterial vom 1. Januar 2002 zeigen emotionale Bilder und Stimmen vom "
         "Tag der Umstellung.")

add(id="ho381-bundesbank-pressenotiz-2021-12-20-jahre-euro-bargeld",
    title="20 Jahre Euro-Bargeld: Die Bundesbank feiert das Jubiläum mit einer Wanderausstellung und Podiumsdiskussionen",
    url="https://www.bundesbank.de/de/presse/pressenotizen/20-jahre-euro-bargeld-die-bundesbank-feiert-das-jubilaeum-mit-"
        "einer-wanderausstellung-und-podiumsdiskussionen--881678",
    retrieved="same address (press note of December 2021, published under 'Presse > Pressenotizen'; the trailing blank "
              "after the first paragraph dropped; the last paragraph 'Für das Jubiläumsjahr 2022 plant die Bundesbank "
              "außerdem im Rahmen der Veranstaltungsreihe „Forum Bundesbank“ Podiums', cut off in the stored copy, "
              "dropped with the series name in marks it holds (rules 15, 52))",
    license=BUBA,
    paras=[EB_P1,
           "Nicht zuletzt deshalb wird die Bundesbank das Jubiläum feiern, und zwar mit einer Wanderausstellung und mit "
           "einer Veranstaltungsreihe mit Podiumsdiskussionen an verschiedenen Standorten in Deutschland.",
           EB_P3, EB_P4],
    # the second sentence after the attribution continues Beermann's statement; the exhibition's title is null
    # (rule 2)
    quotes=[("„Mehr als 300 Millionen Menschen in damals zwölf Staaten wurden zum Jahreswechsel 2001/2002 quasi über Nacht "
             "von den nationalen Notenbanken im Euroraum mit neuen Banknoten und Münzen versorgt“", BEERMANN),
            ("„Die Deutsche Bundesbank hat damals einen großen Beitrag geleistet, sei es zur umfangreichen "
             "Informationskampagne in der Bevölkerung oder zur herausfordernden Logistik im Zuge der Einführung des "
             "Euro-Bargelds.“", BEERMANN),
            ("„20 Jahre Euro-Bargeld“", None)],
    aliases={BEERMANN: ["Johannes Beermann", "Bundesbank-Vorstandsmitglied"]})

# --- Deutsche Bundesbank, press note of 2006: the nomination of Jürgen Stark for the ECB Executive Board ---

add(id="ho381-bundesbank-pressenotiz-2006-nominierung-stark",
    title="Deutsche Bundesbank begrüßt Nominierung von Vizepräsident Prof. Dr. Jürgen Stark für das Direktorium der "
          "Europäischen Zentralbank durch die Bundesregierung",
    url="https://www.bundesbank.de/de/presse/pressenotizen/deutsche-bundesbank-begruesst-nominierung-von-vizepraesident-"
        "prof-dr-juergen-stark-fuer-das-direktorium-der-europaeischen-zentralbank-durch-die-bundesregierung-668164",
    retrieved="same address (press note of 2006, published under 'Presse > Pressenotizen'; the stored copy breaks the "
              "line inside the quotation after '„Prof.'; the break is read as a line wrap inside the paragraph and "
              "replaced by a blank (as rule 451); nothing else dropped)",
    license=BUBA,
    paras=["Die Deutsche Bundesbank begrüßt die Entscheidung der Bundesregierung, Herrn Vizepräsident Prof. Dr. Jürgen "
           "Stark als Kandidaten für das Direktorium der Europäischen Zentralbank zu nominieren.",
           "Prof. Dr. Axel Weber, Präsident der Deutschen Bundesbank, äußert sich hierzu im Namen des Vorstands: „Prof. "
           "Dr. Stark ist ein fachlich und persönlich hervorragend geeigneter Kandidat für das Direktorium der EZB“."],
    # the president speaks on behalf of the Executive Board; the speaker is the person who makes the statement (rule 2045)
    quotes=[("„Prof. Dr. Stark ist ein fachlich und persönlich hervorragend geeigneter Kandidat für das Direktorium der "
             "EZB“", WEBER)],
    aliases={WEBER: ["Axel Weber", "Prof. Dr. Axel Weber", "Präsident der Deutschen Bundesbank"]})

# --- Deutsche Bundesbank, interview of 19 August 2018 (Frankfurter Allgemeine Sonntagszeitung) ---

WI_T = "\"Den Unmut der Sparer kann ich gut verstehen\""

add(id="ho381-bundesbank-interview-2018-08-19-weidmann-sparer",
    title=WI_T,
    url="https://www.bundesbank.de/de/presse/interviews/-den-unmut-der-sparer-kann-ich-gut-verstehen--755566",
    retrieved="same address (interview of 19 August 2018, published under 'Presse > Interviews'; the navigation line "
              "'Service Navigation' and the date line '19.08.2018 | Jens Weidmann' dropped (rule 14); the headline and "
              "the repeated headline run together with the subtitle 'Interview in der Frankfurter Allgemeinen "
              "Sonntagszeitung' kept as stored, as their own line (rule 18); the question 'Im September sind es zehn Jahre "
              "her seit der Lehman-Pleite … Wissen wir heute wirklich, was damals schief lief?' and its answer 'Beim "
              "Entstehen der Krise … Die eine, einfache Erklärung gibt es ni', cut off in the stored copy, dropped "
              "(rule 15); 'notleidendende' kept as published (rule 20))",
    license=BUBA,
    paras=[WI_T + " Interview in der Frankfurter Allgemeinen Sonntagszeitung",
           "Das Gespräch mit Jens Weidmann führte Rainer Hank.",
           "Herr Weidmann, in Deutschland gab es seit den 1970er Jahren wirtschaftlich drei große Phasen: Der großen "
           "Inflation folgte die große Moderation, die vor zehn Jahren von einer großen Rezession abgelöst wurde. Welche "
           "Zeit ist Ihnen die liebste?",
           "Am liebsten lebe ich im Hier und Jetzt. Ökonomisch war jede dieser Phasen auf ihre Art herausfordernd.",
           "Hat die heutige Zeit schon ein Label?",
           "Klar ist jedenfalls: Die Rezession ist längst überwunden. Die deutsche Wirtschaft befindet sich in einer "
           "Hochkonjunktur. Die Arbeitslosigkeit ist auf einem Tiefstand, und die Erwerbstätigkeit nimmt immer weiter zu. "
           "Auch der Euroraum erlebt inzwischen einen breiten Aufschwung und sinkende Arbeitslosigkeit.",
           "Dann ist ja alles paletti.",
           "Leider nicht. Denn die gute Konjunktur und das niedrige Zinsniveau verdecken, dass die Staatsverschuldung in "
           "vielen Ländern noch immer zu hoch ist, zu viele notleidendende Kredite Bankbilanzen belasten. Das "
           "Trendwachstum bleibt schwach, und in manchen Ländern Europas ist die Arbeitslosigkeit nach wie vor zu hoch. Es "
           "gibt also etliche offene Baustellen.",
           "Stünden wir heute wieder vor einer Krise wie im Sommer 2008, würden wir die Gefahr eher bemerken als damals?",
           "Krisen zu prognostizieren ist heute nicht einfacher als damals. Im Zweifel würden uns andere Risiken "
           "überraschen. Der entscheidende Punkt ist: Wir brauchen widerstandsfähige Volkswirtschaften und Finanzsysteme. "
           "Dann können wir auch mit unerwarteten Verwerfungen besser fertig werden."],
    # the interview's title, shown twice, is the interviewee's (rule 66); the unmarked answers are not annotated (rule 5)
    quotes=[(WI_T, WEIDMANN, 0),
            (WI_T, WEIDMANN, 1)],
    aliases={WEIDMANN: ["Jens Weidmann", "Herr Weidmann"]})

# --- Hochschule der Deutschen Bundesbank, news item of January 2019: the new-year reception in Hachenburg ---

HS_T = "\"Die Hochschule bleibt die zentrale Säule\""
HS_P1 = ("Die Absolventinnen und Absolventen der Hochschule der Bundesbank in Hachenburg werden sehr geschätzt – das wurde "
         "beim Neujahrsempfang der Hochschule deutlich. Bei dem Empfang sprach auch Vorstandsmitglied Burkhardt Balz, der "
         "bei der Bundesbank für die Hochschule zuständig ist.  Der Einladung von Rektor Erich Keller waren darüber hinaus "
         "die Bürgermeister von Stadt und Verbandsgemeinde sowie Andreas Nick, Mitglied des Deutschen Bundestags, sowie "
         "Hendrik Hering, Präsident des rheinland-pfälzischen Landtags, gefolgt. In ihren Grußworten lobten die Redner die "
         "Einbindung der Hochschule in die Region und hoben auch deren Rolle als Wirtschaftsfaktor und Arbeitgeber hervor. "
         "Da im Mai Europawahlen und in Rheinland-Pfalz zudem Kommunalwahlen stattfinden, riefen die Berufspolitiker dazu "
         "auf, sich gemeinsam für freiheitliche, demokratische Werte einzusetzen. Europa müsse trotz des "
         "\"Brexit-Theaters\" geeint bleiben.")

add(id="ho381-hochschule-bundesbank-2019-01-neujahrsempfang",
    title=HS_T,
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/-die-hochschule-bleibt-die-"
        "zentrale-saeule--775816",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of January 2019, the new-year reception "
              "before the European elections of May 2019; the photo caption 'Rektor Erich Keller begrüßt die Gäste beim "
              "Neujahrsempfang © Fotostudio Röder-Moldenhauer' dropped (rule 14); the second paragraph 'Auch Burkhard "
              "Balz, der bis zur Übernahme der Vorstandsposition … Die Notenbank baue auf die Absolventinnen und "
              "Absolven', cut off in the stored copy, dropped with Balz's two quotations (rules 15, 52); the double blank "
              "after 'zuständig ist.' and the spelling 'Burkhardt' kept as stored (rule 20))",
    license=BUBA,
    paras=[HS_P1],
    # the headline repeats words the stored copy credits to Balz in the dropped paragraph (rule 2046); the coinage in the
    # politicians' reported appeal is theirs, under the first of them the text names (rule 2047)
    quotes=[(HS_T, BALZ),
            ("\"Brexit-Theaters\"", NICK)],
    aliases={BALZ: ["Burkhardt Balz", "Vorstandsmitglied"],
             NICK: ["Andreas Nick", "Mitglied des Deutschen Bundestags", "Berufspolitiker", "Redner"]})

# --- Deutsche Bundesbank, topic page of 2022: the euro-cash anniversary year ---

JJ_P1 = ("Wer nachfragt, seit wann es den Euro gibt, erhält als Antwort oftmals „2002“ – und liegt damit knapp daneben. "
         "Tatsächlich gibt es den Euro bereits seit 1999. Zunächst war er allerdings nur als reines Buchgeld verfügbar. Das "
         "änderte sich zum Jahresbeginn 2002, als der Euro für alle Bürgerinnen und Bürger greifbar wurde und in "
         "Deutschland und elf weiteren europäischen Ländern die Euro-Banknoten und -Münzen die früheren nationalen "
         "Währungen ablösten. An deutschen Geldautomaten konnten sich Bürgerinnen und Bürgern nun statt mit D-Mark mit Euro "
         "versorgen. Die Währungsumstellung ging mit der offiziellen Erstausgabe des Euro-Bargelds in ihre letzte Phase. "
         "Seitdem ist das Euro-Bargeld fester Bestandteil im Leben der Menschen in Deutschland und mittlerweile neunzehn "
         "weiteren europäischen Ländern. Im Rahmen dieses Jubiläums hat die Bundesbank über das Jahr 2022 hinweg "
         "interessierten Bürgerinnen und Bürgern zu verschiedenen Anlässen die Möglichkeit geboten, mit ihr ins Gespräch zu "
         "kommen und sich über das Euro-Bargeld zu informieren.")
JJ_P3 = ("Euro-Bargeld hat in ganz Deutschland seinen festen Platz im Leben vieler Bürgerinnen und Bürger. So zeigte eine "
         "Untersuchung der Bundesbank aus dem Jahr 2020, dass Bargeld sowohl in ländlichen als auch in städtischen Gebieten "
         "nahezu gleichauf das meistgenutzte Zahlungsmittel war. Das spiegelt sich auch bei der Bundesbank wider: Mit ihren "
         "insgesamt 31 Filialen, die in ganz Deutschland verteilt sind, stellt sie jederzeit sicher, dass überall genügend "
         "Bargeld vorhanden ist. Von Anfang an stand daher fest, dass die Aktionen rund um das Jubiläum an verschiedenen "
         "Orten stattfinden sollen.")

add(id="ho381-bundesbank-thema-2022-jubilaeumsjahr-euro-bargeld",
    title="20 Jahre Euro-Bargeld: Das Jubiläumsjahr 2022",
    url="https://www.bundesbank.de/de/aufgaben/bargeld/20-jahre-euro-bargeld-das-jubilaeumsjahr-2022-902816",
    retrieved="same address (topic page of the end of 2022 under 'Aufgaben > Bargeld'; the kicker line '20 Jahre "
              "Euro-Bargeld' above the headline dropped as page furniture (rule 14); the subheading 'Ein Jubiläum für "
              "alle' kept as its own line; the paragraph 'Den Anfang machte ein Glaskubus … die Bürgerinnen und Bürger "
              "bestaun', cut off in the stored copy, dropped (rule 15); 'Bürgerinnen und Bürgern' kept as published "
              "(rule 20))",
    license=BUBA,
    paras=[JJ_P1, "Ein Jubiläum für alle", JJ_P3],
    # the answer many people give is quoted as a typical answer of no one in particular (rule 2048)
    quotes=[("„2002“", None)],
    aliases={})

# --- Deutsche Bundesbank, speech of 2022: greeting at the "20 Jahre Euro-Bargeld" anniversary ---

EG_P4 = ("Ich begrüße Sie ganz herzlich zur Jubiläumsfeier „20 Jahre Euro-Bargeld“ und freue mich, dass Sie so zahlreich "
         "erschienen sind. Zugegeben, wir sind ein bisschen spät dran mit der Jubiläumsfeier. Die Pandemie-Situation ließ "
         "eine frühere Feier zu Beginn des Jahres leider nicht zu. Umso mehr freue ich mich, dass Präsenzveranstaltungen "
         "mittlerweile wieder möglich sind und wir das Jubiläum des Euro-Bargelds nun gebührend begehen können.")
EG_P5 = ("20 Jahre – wenn man in historischen Dimensionen denkt, dann ist das ein eher kurzer Zeitraum – nicht mehr als der "
         "sprichwörtliche Wimpernschlag. 20 Jahre sind auch geldgeschichtlich nicht besonders lang. Bargeld in Form von "
         "Münzen gibt es schon einige tausend Jahre, das Papiergeld haben die Chinesen vor ziemlich genau tausend Jahren "
         "erfunden[1], einige Vorgängerwährungen des Euro, wie den französische Franc oder die griechische Drachme, gab es "
         "teilweise mehrere Jahrhunderte lang. Und auch die D-Mark konnte immerhin ihren 50. Geburtstag feiern.")
EG_P6 = ("Trotzdem haben wir allen Grund, auch das 20-jährige Jubiläum des Euro-Bargelds schon jetzt zu feiern. Denn Anlass "
         "der Feier ist weniger die schlichte Dauer, die uns der Euro nun schon in unseren Portemonnaies begleitet. Vielmehr "
         "lohnt es sich daran zu erinnern, dass es vor 20 Jahren gelungen ist, ein einzigartiges Projekt europäischer "
         "Kooperation auf den Weg zu bringen.")
EG_T = "Der Euro als gemeinsame europäische Erzählung Grußwort zur Jubiläumsfeier „20 Jahre Euro-Bargeld“"

add(id="ho381-bundesbank-rede-2022-euro-als-gemeinsame-erzaehlung",
    title=EG_T,
    url="https://bundesbank.de/de/presse/reden/der-euro-als-gemeinsame-europaeische-erzaehlung-900076",
    retrieved="same address (greeting at the Bundesbank's celebration of 20 years of euro cash, 2022, published under "
              "'Presse > Reden'; the speaker is not named in the stored part; the headline and the subheading 'Grußwort "
              "zur Jubiläumsfeier …' run together in one line as stored (rule 18); the numbered section headings '1 "
              "Begrüßung' and '2 Der Euro - eine geteilte Fiktion?' kept as lines of their own; the footnote mark '[1]' "
              "kept as stored; the last paragraph 'Der israelische Historiker Yuval Noah Harari behauptet … die von einer "
              "großen Anzahl von Individuen akzeptiert und geteilt werden – e', cut off in the stored copy, dropped with "
              "the book title and the two words in marks it holds (rules 15, 52))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Sehr geehrte Damen und Herren,",
           EG_P4, EG_P5, EG_P6,
           "2 Der Euro - eine geteilte Fiktion?"],
    # the name of the celebration, in the title and in the greeting, is null (rule 2)
    quotes=[("„20 Jahre Euro-Bargeld“", None, 0),
            ("„20 Jahre Euro-Bargeld“", None, 1)],
    aliases={})

# --- Deutsche Bundesbank, speech of 2024: change at the head of the regional office in Saxony and Thuringia ---

AW_P4 = ("herzlich willkommen zu dieser Amtswechselfeier in der Hauptverwaltung der Bundesbank in Sachsen und Thüringen! "
         "Schön, dass Sie so zahlreich gekommen sind. Ich nehme das als Zeichen, dass die Arbeit der Bundesbank und "
         "insbesondere von Hubert Temmeyer in den Freistaaten Sachsen und Thüringen sehr geschätzt wird. Besonders begrüße "
         "ich die Finanzministerin des Freistaates Thüringen, Heike Taubert, sowie Hartmut Vorjohann, Staatsminister der "
         "Finanzen des Freistaates Sachsen. Sie beide werden gleich sprechen; herzlichen Dank dafür!")
AW_P5 = ("Danken möchte ich auch dem jungen Saxophonquartett der Musikschule Leipzig, das für diese Amtswechselfeier in der "
         "Musikstadt Leipzig den Auftakt gegeben hat. Manche von denjenigen, die hier im Alter von Herrn Temmeyer oder auch "
         "mir sind, hatten bei der Melodie wohl nicht nur Glenn Miller im Ohr, sondern auch Udo Lindenberg und seinen "
         "„Sonderzug nach Pankow“. Ganz gleich, ob ihre Wurzeln im Osten oder im Westen Deutschlands liegen. Mit den vier "
         "Saxophonen haben wir gerade eines erlebt, nämlich, dass gemeinsam Großes entstehen kann. Das haben wir auch im "
         "europäischen Kontext erfahren.")

add(id="ho381-bundesbank-rede-2024-amtswechsel-hv-sachsen-thueringen",
    title="Rede bei der Amtswechselfeier an der Hauptverwaltung in Sachsen und Thüringen",
    url="https://bundesbank.de/de/presse/reden/rede-bei-der-amtswechselfeier-an-der-hauptverwaltung-in-sachsen-und-"
        "thueringen-933400",
    retrieved="same address (speech at the change at the head of the regional office in Leipzig, 2024, published under "
              "'Presse > Reden'; the speaker is not named in the stored part; the numbered section heading '1 Begrüßung' "
              "and the salutation kept as lines of their own, the trailing blank after the salutation dropped; the "
              "paragraph 'Es stimmt. Das vereinigte Europa ist zunächst … was wir an Europa', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Meine sehr verehrten Damen und Herren,",
           AW_P4, AW_P5],
    # a song title is null (rule 2)
    quotes=[("„Sonderzug nach Pankow“", None)],
    aliases={})
