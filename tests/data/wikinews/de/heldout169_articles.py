# Hundred-and-sixty-ninth held-out German real-news set (tests/data/heldout169-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1280-1282). None of these
# pages is in any tests/data/*.jsonl (checked by page number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-sixty-ninth held-out set" of SOURCES.md: news items of the Deutsche Bundesbank on
# bundesbank.de under "Aufgaben > Themen" and news items of the Hochschule der Deutschen Bundesbank on
# hochschule-bundesbank.de (licence BUBA, as in the eighty-ninth set). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rule 15), captions, photo credits and navigation lines are dropped
# (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


THIELE = "Carl-Ludwig Thiele"
BEERMANN = "Johannes Beermann"
KELLER = "Erich Keller"
BALZ = "Burkhard Balz"

# --- bundesbank.de, Aufgaben > Themen: topping-out ceremony of the new branch in Dortmund (Beermann, Thiele) ---

RF_P2 = ('Bundesbank-Vorstandsmitglied Johannes Beermann dankte allen Unterstützern für die geleistete Arbeit. "Ein '
         'wichtiger Meilenstein ist auf der Wegstrecke bis zur Fertigstellung erreicht", sagte er. Seit der '
         'Grundsteinlegung im vergangenen Juli wurden auf der Baustelle in 300.000 Arbeitsstunden allein 45.000 '
         'Kubikmeter Beton und 7.000 Tonnen Stahl verbaut. Mit diesen Mengen an Material, so Beermann, "hätte man rund '
         '300 stattliche Einfamilienhäuser errichten können, also ein ganzes Stadtviertel". Die Ausmaße würden '
         'unterstreichen, welche Bedeutung der Bau für die Bundesbank habe.')
RF_P3 = ('Bundesbank-Vorstandsmitglied Carl-Ludwig Thiele sprach mit Blick auf die Filiale zudem von einem Bekenntnis zum '
         'Bargeld: "Bargeld war gestern wichtig, ist heute wichtig und wird auch morgen wichtig bleiben." Die Deutschen '
         'seien traditionell bargeldorientiert und wüssten die Vorteile von Münzen und Scheinen zu schätzen. Nach der '
         'Fertigstellung im Frühjahr 2019 werden zukünftig 200 Bundesbankmitarbeiterinnen und Bundesbankmitarbeiter am '
         'Filialstandort Dortmund beschäftigt sein und die Bargeldversorgung von zwölf Millionen Menschen in der Region '
         'gewährleisten. "Und zwar sicher, effizient und innovativ", wie Thiele hervorhob.')

add(id="ho169-bundesbank-themen-richtfest-dortmund",
    title="Bundesbank feiert Richtfest für neue Filiale in Dortmund",
    url="https://bundesbank.de/de/aufgaben/themen/bundesbank-feiert-richtfest-fuer-neue-filiale-in-dortmund-665306",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of 2016 on the topping-out "
              "ceremony of the new branch in Dortmund; the subheading 'Bargeldspeicher im Herzen Nordrhein-Westfalens' "
              "kept as a line of its own without its trailing space (rule 18); the last paragraph 'Der "
              "nordrhein-westfälische Finanzminister Norbert Walter-Borjans und der Dortmunder Oberbürgermeister Ullrich "
              "Sierau hoben …', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Die Bundesbank hat gemeinsam mit Vertretern aus Politik und Wirtschaft sowie beteiligten Unternehmen und "
           "Handwerkern Richtfest für ihre neue Filiale in Dortmund gefeiert. Bis Ende 2018 wird auf dem etwa 80.000 "
           "Quadratmeter großen Gelände im Gewerbegebiet Marsbruchstraße die bundesweit größte und modernste "
           "Bundesbank-Filiale entstehen. Die Inbetriebnahme des Neubaus mit einem Investitionsvolumen von über 300 "
           "Millionen Euro ist für 2019 geplant.",
           RF_P2,
           "Bargeldspeicher im Herzen Nordrhein-Westfalens",
           RF_P3],
    quotes=[(cut(RF_P2, '"Ein wichtiger', 'erreicht"'), BEERMANN),
            (cut(RF_P2, '"hätte man', 'Stadtviertel"'), BEERMANN),
            (cut(RF_P3, '"Bargeld war', 'bleiben."'), THIELE),
            (cut(RF_P3, '"Und zwar', 'innovativ"'), THIELE)],
    aliases={BEERMANN: ["Johannes Beermann", "Bundesbank-Vorstandsmitglied Johannes Beermann", "Beermann"],
             THIELE: ["Carl-Ludwig Thiele", "Bundesbank-Vorstandsmitglied Carl-Ludwig Thiele", "Thiele"]})

# --- bundesbank.de, Aufgaben > Themen: ground-breaking for the new branch in Dortmund (Thiele) ---

SP_P4 = ("Im Jahr 2019 soll die neue Filiale ihren Betrieb aufnehmen. An bis zu 16 Banknoten-Bearbeitungsmaschinen werden "
         "dann Geldscheine auf Echtheit und Umlauffähigkeit geprüft. Nach und nach soll die neue Filiale dann die "
         "Filialgebäude in Bochum, Düsseldorf, Essen, Hagen und die heutige Dortmunder Filiale am Hiltropwall ersetzen. "
         "Insgesamt wird die Bundesbank bundesweit dann noch 31 Filialen betreiben, die die Bargeldversorgung der "
         'Wirtschaft gewährleisten. "Mit dem Bau der neuen Filiale setzt die Bundesbank ein Zeichen, dass Bargeld weiter '
         'unverzichtbar ist", sagte Bundesbankvorstand Carl-Ludwig Thiele bei der Feier zum Spatenstich.')

add(id="ho169-bundesbank-themen-spatenstich-dortmund",
    title="Bundesbank baut neue Filiale in Dortmund",
    url="https://bundesbank.de/de/aufgaben/themen/bundesbank-baut-neue-filiale-in-dortmund-664578",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the ground-breaking for "
              "the new branch in Dortmund on 3 September 2015; the subheading 'Filiale nimmt Betrieb im Jahr 2019 auf' "
              "kept as a line of its own (rule 18), a trailing space after the third paragraph dropped; the last "
              "paragraph 'Rund 200 Beschäftigte … Vorstandsmitglied Johannes Beermann hob i…', cut off in the stored "
              "copy, dropped with its dangling subheading 'Ökologische Nachhaltigkeit' (rule 15))",
    license=BUBA,
    paras=["Das derzeit größte Bauprojekt der Bundesbank ist in die Bauphase gegangen: Am Donnerstag, den 3. September "
           "2015, wurden die ersten Spatenstiche für die neue Filiale in Dortmund gesetzt. Die Bundesbankvorstände "
           "Carl-Ludwig Thiele und Johannes Beermann sowie Margarete Müller, Präsidentin der Hauptverwaltung in "
           "Nordrhein-Westfalen, Stefan Hardt, Zentralbereichsleiter Bargeld bei der Bundesbank und Dortmunds "
           "Oberbürgermeister Ullrich Sierau griffen im Rahmen einer Feier auf dem Baugrund zum Spaten.",
           "Filiale nimmt Betrieb im Jahr 2019 auf",
           "Im Dortmunder Stadtteil Aplerbeck entsteht in den kommenden Jahren auf einem 79.000 Quadratmeter großen "
           "Gelände – das entspricht der Größe von etwa elf Fußballfeldern – der größte Geldbearbeitungsstandort der "
           "Bundesbank. Über 300 Millionen Euro investiert die deutsche Notenbank hier.",
           "Insgesamt vier Gebäude entstehen auf dem Gelände. Den Kern der Anlage bildet dann das Hauptgebäude mit einer "
           "Großkundenkasse für Bargeld-Geschäfte. In einem weiteren, vorgelagerten Gebäude wird auch eine Schalterhalle "
           "eingerichtet, in der zum Beispiel alte D-Mark-Scheine und Münzen in Euro eingetauscht werden können.",
           SP_P4],
    quotes=[(cut(SP_P4, '"Mit dem Bau', 'ist"'), THIELE)],
    aliases={THIELE: ["Carl-Ludwig Thiele", "Bundesbankvorstand Carl-Ludwig Thiele", "Thiele"]})

# --- hochschule-bundesbank.de: graduation ceremony with Balz's address (stored copy breaks lines before closing marks) ---

AF_P2 = ("Carina Fleischer erzielte 13,38 von 15 möglichen Rangpunkten und damit das beste Ergebnis des Jahrgangs. „Viel "
         'hat zur Eins nicht gefehlt", sagte Hochschulrektor Erich Keller bei seiner Ansprache. Die Studierenden ließen '
         "auch gemeinsam das dreijährige Studium Revue passieren: „Wenn sich die Gruppenarbeitsräume langsam füllen, die "
         "Studierenden häufiger Jogginghose tragen und der Konsum von Süßigkeiten zunimmt, heißt das meistens, dass die "
         'Klausurenphase immer näher rückt", erinnert sich Absolvent Murat Köster. 27 Studierende erreichten die '
         'Gesamtnote „gut", die anderen 22 „befriedigend". Keller betonte, dass nach einem Start an der Hochschule gute '
         'Karrierewege in der Bundesbank offen stünden und die Aufgaben es „wirklich wert" seien, sein ganzes '
         "Berufsleben dort zu verbringen.")
AF_SUB = '„Wer kräftig zupackt, macht seinen Weg"'
AF_P3 = ("Aufgaben und Karrierewege waren auch die Themen der Festrede von Burkhard Balz, der im Vorstand der Bundesbank "
         "für die Hochschule zuständig ist: „Wir in der Bundesbank gestalten die Zukunft Europas entscheidend mit an den "
         'Schnittstellen von Wirtschaft, Politik und Gesellschaft." Er ermutigte die Nachwuchskräfte, ihr in der '
         "Hochschule erworbenes Wissen aktiv ins Arbeitsleben einzubringen: „Wer kräftig zupackt, wenn der Wind tobt und "
         "fleißige Hände gebraucht werden, der macht in der Bundesbank auch seinen Weg, davon bin ich fest "
         'überzeugt!"')
KOESTER = "Murat Köster"

add(id="ho169-hdb-absolventenfeier-balz",
    title="Absolventenfeier in Hachenburg",
    url="https://hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/absolventenfeier-in-hachenburg-793394",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on the graduation of 49 students with "
              "the address of board member Burkhard Balz; the stored copy breaks its lines right before five closing "
              "marks and once inside a word ('gefehlt⏎\", sagte', 'rückt⏎\", erinnert', 'wer⏎t\" seien', "
              "'Gesellschaft.⏎\" Er', 'überzeugt⏎!\"'): these breaks are joined without a space (rule 1280); the "
              "subheading '„Wer kräftig zupackt, macht seinen Weg\"' kept as a line of its own (rule 18); the last "
              "paragraph 'Balz ermahnte die Absolventinnen und Absolventen … An die Adresse der Nachwuchskräfte ric…', "
              "cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Bei einer Feier an der Hochschule der Bundesbank in Hachenburg haben 49 Studierende, darunter vier der "
           "Bundesanstalt für Finanzdienstleistungsaufsicht, den akademischen Grad „Bachelor of Science“ verliehen "
           "bekommen. Auch die Jahrgangsbesten wurden vor den rund 200 Gästen, zu denen auch viele Führungskräfte der "
           "Bundesbank gehörten, ausgezeichnet.",
           AF_P2,
           AF_SUB,
           AF_P3],
    quotes=[("„Bachelor of Science“", None),
            (cut(AF_P2, "„Viel", 'gefehlt"'), KELLER),
            (cut(AF_P2, "„Wenn sich", 'rückt"'), KOESTER),
            ('„gut"', None),
            ('„befriedigend"', None),
            ('„wirklich wert"', KELLER),
            (AF_SUB, BALZ),
            (cut(AF_P3, "„Wir in der", 'Gesellschaft."'), BALZ),
            (cut(AF_P3, "„Wer kräftig zupackt, wenn", 'überzeugt!"'), BALZ)],
    aliases={KELLER: ["Erich Keller", "Hochschulrektor Erich Keller", "Keller"],
             KOESTER: ["Murat Köster", "Absolvent Murat Köster"],
             BALZ: ["Burkhard Balz", "Balz"]})

# --- hochschule-bundesbank.de: graduation ceremony of April 2015 (Keller after John Ruskin) ---

HS_P3 = ("Keller unterstrich, dass man nicht über im Weg liegende Steine klagen solle. Vielmehr komme es darauf an, dass "
         'und wie man sie überwinde. "Der höchste Lohn für unsere Bemühungen ist nicht das, was wir dafür bekommen, '
         'sondern das, was wir dadurch werden", sagte Keller in Anlehnung an den Schriftsteller John Ruskin. Der Rektor '
         "ermunterte die Absolventen, ihre Karrierechancen zu nutzen und offen für Neues zu bleiben.")

add(id="ho169-hdb-2015-41-studierende-bachelor",
    title="41 Studierende feiern Bachelorabschluss",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "41-studierende-feiern-bachelorabschluss-596474",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of 9 April 2015; the navigation line "
              "'Service Navigation', the photo caption 'Gruppenfoto der Bachelor-Absolventen' and the second copy of "
              "the headline dropped (rule 93); the date line kept; the subheading 'Auf der Suche nach dem Traumjob' "
              "kept as a line of its own (rule 18); the last paragraph 'Der diesjährige Ehrengast … Gabriele Hahn …', "
              "cut off in the stored copy, dropped with its dangling subheading 'Wissen für die Zukunft' (rule 15))",
    license=BUBA,
    paras=["09.04.2015",
           "Im festlichen Kleid oder schicken Anzug waren die Absolventen im Vortragssaal von Schloss Hachenburg "
           "erschienen, um bei der Abschlussfeier ihre Bachelor-Urkunden entgegenzunehmen. Die Freude stand den 41 "
           "Nachwuchsökonomen ins Gesicht geschrieben. Nach drei Jahren und insgesamt 29 Prüfungen – die letzten erst "
           'eine Woche zuvor – haben sie den Studiengang "Zentralbankwesen / Central Banking" nun erfolgreich beendet. '
           "Jetzt liegen neue Herausforderungen in der Praxis vor ihnen.",
           "Die akademische Feier wurde musikalisch umrahmt von einem Streichquartett aus Hamburg, das Stücke von "
           "Vivaldi bis hin zu Rihanna spielte. Erich Keller, Rektor der Hochschule der Deutschen Bundesbank in "
           "Hachenburg, begrüßte in seiner Rede die Absolventen, deren Familien und die zahlreichen weiteren Gäste, die "
           "zu Ehren der Absolventen angereist waren – darunter Zentralbereichsleiter und Präsidenten der "
           "Hauptverwaltungen der Bundesbank sowie Vertreter der Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin).",
           "Auf der Suche nach dem Traumjob",
           HS_P3],
    quotes=[('"Zentralbankwesen / Central Banking"', None),
            (cut(HS_P3, '"Der höchste', 'werden"'), KELLER)],
    aliases={KELLER: ["Erich Keller", "Keller"]})

# --- hochschule-bundesbank.de: graduation of the 22nd bachelor year (Keller) ---

FR_P1 = ("Was in jungen Menschen vorgeht, die, nach mehreren Jahren fordernden Studiums, endlich ihr Abschlusszeugnis in "
         "den Händen halten, wie sich dieser Moment der Freude, der Erleichterung und auch des Stolzes anfühlt, wenn "
         "man, am Ende eines nicht selten anspruchsvollen Weges, Schwarz auf Weiß beurkundet sieht, dass man es "
         "geschafft hat – das kann Erich Keller, Rektor der Hochschule der Bundesbank in Hachenburg, sehr gut "
         "nachempfinden. Schließlich kennt er diesen Moment selbst aus eigenem Erleben, und auch wenn dieser besondere "
         "Augenblick nun schon mehr als 40 Jahre her ist, so ist die Erinnerung daran doch keineswegs verblasst. „Ich "
         "weiß, wie Sie sich heute fühlen“, sagte Keller in seiner Ansprache anlässlich der Verleihung der "
         "Bachelorurkunden an die Absolventinnen und Absolventen des 22. Bachelor-Jahrgangs. „Denn am 28. September 1982 "
         "war ich – genauso wie Sie heute – einer der glücklichen Absolventen, der sein Zeugnis und die "
         "Ernennungsurkunde ausgehändigt bekam.“")

add(id="ho169-hdb-wir-freuen-uns-auf-sie",
    title="„Wir freuen uns auf Sie!“ Abschlussfeier des 22. Bachelorjahrgangs in Hachenburg",
    url="https://hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/-wir-freuen-uns-auf-sie--941496",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of autumn 2024 on the graduation of "
              "the 22nd bachelor year; the photo captions 'Absolventinnen und Absolventen des 22. Bachlorjahrgangs … "
              "©Sascha Ditscher', 'Rede Erich Keller ©Sascha Ditscher' and 'Bestplatzierte Absolventen des 22. "
              "Bachelorjahrgangs ©Sascha Ditscher' dropped (rule 93); the second paragraph 'Einiges hat sich seit 1980 … "
              "Keller beglüc…', cut off in the stored copy, dropped (rule 15); looked at and left aside by the "
              "hundred-and-sixty-third set because its headline quotation has no speaker in the kept text, annotated "
              "here under rule 1282)",
    license=BUBA,
    paras=[FR_P1],
    quotes=[("„Wir freuen uns auf Sie!“", None),
            (cut(FR_P1, "„Ich", "fühlen“"), KELLER),
            (cut(FR_P1, "„Denn am", "bekam.“"), KELLER)],
    aliases={KELLER: ["Erich Keller", "Keller"]})

# --- hochschule-bundesbank.de: graduation of autumn 2020 (grades in marks only) ---

ZW_P3 = ("Und Keller hatte für Grund eine besondere Überraschung parat: Philipp Thiel, ein Absolvent der BaFin, erreichte "
         "mit 14,46 Rangpunkten (von 15 möglichen) nicht nur das beste Gesamtergebnis des aktuellen Jahrgangs, sondern "
         "das beste Resultat, das je ein Absolvent der Hochschule seit ihrer Gründung 1980 erzielt hat. Und es gab sogar "
         'noch eine zweite „Eins": Die holte sich Sofia Semik von der Bundesbank, die auf 13,76 Rangpunkte kam.')
ZW_P4 = ("Doch nicht nur die Top-Leistungen stimmten die Hochschule zufrieden, sondern auch der Gesamtdurchschnitt aller 62 "
         'Absolventinnen und Absolventen fiel mit 11,28 Rangpunkten sprichwörtlich gut aus. Neben den zwei „Einsern" gab '
         'es immerhin 42 „Zweier" und 18 „Dreier". Eine „Vier" im Gesamtabschluss – Fehlanzeige. Dort mussten auch zwei '
         "Studierende aufgrund einer nicht bestandenen Wiederholungsprüfung ihr Studium beenden, neun Studierende "
         "beendeten das Hachenburg-Studium freiwillig vorzeitig.")

add(id="ho169-hdb-62-junge-frauen-und-maenner",
    title="62 junge Frauen und Männer haben das Hochschulstudium erfolgreich abgeschlossen",
    url="https://hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "62-junge-frauen-und-maenner-haben-das-hochschulstudium-erfolgreich-abgeschlossen-846382",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of autumn 2020 on the graduation with "
              "Frank Grund of BaFin as guest speaker; the subheading 'Das beste Ergebnis aller Zeiten' kept as a line of "
              "its own (rule 18); the last paragraph 'Hochschulrektor Keller, der selbst zum ersten Absolventenjahrgang "
              "… rund 4.000 Persone…', cut off in the stored copy, dropped with its dangling subheading 'Auf der Suche "
              "nach dem Traumjob' (rule 15); the kept text has only grade names in marks)",
    license=BUBA,
    paras=["Sie ist irgendwie auch ein Gradmesser für die Lage in der Corona-Pandemie: die Akademische Abschlussfeier in "
           "der Hochschule in Hachenburg. Während sie Ende März kurz nach dem Lockdown noch komplett ins Wasser fiel, "
           "fand sie am Dienstag wieder live vor Ort im Vortragssaal der Hochschule statt.",
           "Und dennoch war die Feier nicht vergleichbar mit den Veranstaltungen der Vorjahre: So waren 150 Eltern und "
           "Freunde der 62 Absolventinnen und Absolventen nur online zugeschaltet und eben nicht vor Ort, um persönlich "
           "die Glückwünsche zum Bachelor-Abschluss auszusprechen. Aber Hochschulrektor Erich Keller konnte mit Frank "
           "Grund, dem Exekutivdirektor der BaFin für die Versicherungsaufsicht, immerhin wieder einen prominenten "
           "Festredner persönlich in Hachenburg begrüßen.",
           "Das beste Ergebnis aller Zeiten",
           ZW_P3,
           ZW_P4],
    quotes=[('„Eins"', None),
            ('„Einsern"', None),
            ('„Zweier"', None),
            ('„Dreier"', None),
            ('„Vier"', None)],
    aliases={})

# --- bundesbank.de, Aufgaben > Themen: national final of Generation Euro 2014/2015 (names in marks only) ---

GE_P1 = ('Die Sieger des "Generation Euro Schülerwettbewerbs 2014/2015" stehen fest: Beim nationalen Entscheid des '
         'Wettbewerbes in der Bundesbank konnte sich das Team "Pecunia non olet" (lateinisch, übersetzt: Geld stinkt '
         "nicht) vom Franziskus Gymnasium Mutlangen aus Baden-Württemberg gegen die Konkurrenz durchsetzen. Im Finale "
         "mussten die drei Teilnehmer eine Empfehlung für eine Zinsentscheidung der Europäischen Zentralbank geben.")
GE_P2 = ("Mit der schwierigen Aufgabe hatten die drei Teams kaum Probleme. Als deutsche Finalisten von \"Generation Euro\" "
         "hatten sie sich schon im Vorfeld intensiv mit Geldpolitik auseinandergesetzt. Der Wettbewerb wird gemeinsam von "
         "elf nationalen Notenbanken des Eurosystems und der Europäischen Zentralbank (EZB) ausgerichtet. Zur "
         "Qualifikation mussten die Jugendlichen zunächst an einem Quiz teilnehmen. Die Besten durften daraufhin einen "
         "Aufsatz zur Geldpolitik einreichen. Rund 80 Teams waren am Anfang im Rennen gewesen. Nur die drei besten Teams "
         'erhielten eine Einladung nach Frankfurt: das Team "EuroCookies" vom Gymnasium Stein (Mittelfranken), das Team '
         '"Dullys" vom Evangelischen Mörike Gymnasium in Stuttgart und die Gruppe "Pecunia non olet" aus Mutlangen.')

add(id="ho169-bundesbank-themen-generation-euro-2015",
    title='Wettbewerb "Generation Euro": Jury kürt deutschen Sieger',
    url="https://bundesbank.de/de/aufgaben/themen/wettbewerb-generation-euro-jury-kuert-deutschen-sieger-664370",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of 2015 on the national "
              "final of the Generation Euro pupils' competition; the photo caption 'KEIN TITEL ©Enno Brendgens / "
              "Deutsche Bundesbank' dropped (rule 93); the subheading 'Intensiv mit Geldpolitik beschäftigt' kept as a "
              "line of its own (rule 18); the last paragraph 'In teils aufwändigen Präsentationen … Thiele betonte … "
              "\"Das ist derzeit ein schwierige…', cut off in the stored copy inside Thiele's quotation, dropped (rule "
              "15); the kept text has only names of the competition and of teams in marks)",
    license=BUBA,
    paras=[GE_P1,
           "Intensiv mit Geldpolitik beschäftigt",
           GE_P2],
    quotes=[('"Generation Euro"', None, 0),
            ('"Generation Euro Schülerwettbewerbs 2014/2015"', None),
            ('"Pecunia non olet"', None, 0),
            ('"Generation Euro"', None, 1),
            ('"EuroCookies"', None),
            ('"Dullys"', None),
            ('"Pecunia non olet"', None, 1)],
    aliases={})
