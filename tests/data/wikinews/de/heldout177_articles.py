# Hundred-and-seventy-seventh held-out German real-news set (tests/data/heldout177-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1330-1332). None
# of these pages is in any tests/data/*.jsonl (checked by page number and page address against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-seventy-seventh held-out set" of SOURCES.md: news items of the Hochschule der
# Deutschen Bundesbank on hochschule-bundesbank.de (receptions, an open day, graduation) and one news item of the Deutsche
# Bundesbank under "Aufgaben > Themen" on the opening of the new Geldmuseum (licence BUBA, as in the eighty-ninth set).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15), captions,
# photo credits, date lines and navigation lines are dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


DOMBRET = "Andreas Dombret"
BALZ = "Burkhard Balz"
WOLF = "Christof Wolf"
KRUSE = "Oliver Kruse"
WEIDMANN = "Jens Weidmann"
THIELE = "Carl-Ludwig Thiele"

# --- hochschule-bundesbank.de: New Year's reception of 2018 (Dombret); stored copy breaks lines after closing marks ---

DO_P1 = ("Bundesbankvorstand Andreas Dombret hat die besondere Bedeutung der Hochschule der Bundesbank für die "
         "Zentralbank hervorgehoben. Dombret, der bei der Bundesbank die Hochschule verantwortet, würdigte während des "
         'Empfangs die Entwicklung der Hochschule: "Sie hat sich zu einem tragenden Pfeiler der Bundesbank gemausert."')
DO_P2 = ("Am Beispiel der Bankenaufsicht verdeutlichte er, wie komplex die (Noten-)Bankthemen im Laufe der Jahrzehnte "
         "geworden seien. Vor gut 60 Jahren, bei Gründung der Bundesbank, bestand das Kreditwesengesetz, das die "
         'Spielregeln für Banken in Deutschland festlegt, aus 18 Seiten: "Heute sind es 165 Seiten, von hunderten Seiten '
         'europäischer Regelwerke ganz zu schweigen."')
DO_P3 = ('Um die dadurch gestiegenen Anforderungen zu bewältigen, benötige die Bundesbank, so Dombret, "eine Schar '
         'exzellent ausgebildeter Mitarbeiterinnen und Mitarbeiter." Genau diese fachlichen Qualifikationen würden in '
         "Hachenburg vermittelt, weshalb die Absolventinnen und Absolventen innerhalb der Bundesbank stark nachgefragt "
         'seien. "Sie bringen Spezialkenntnisse über die Arbeit einer Zentralbank mit, die anderswo kaum zu finden sind", '
         'betonte Dombret. Im Oktober 2018 werden 78 neue Studierende in Hachenburg beginnen. "Sie prägen das Stadtleben '
         'mit", sagte Dombret. Schließlich wohnen in der 6 000 Einwohner zählenden Kleinstadt im Westerwald im '
         "Durchschnitt 300 Studierende der Bank.")

add(id="ho177-hdb-neujahrsempfang-2018-dombret",
    title="Dombret: Hochschule ist tragender Pfeiler der Bundesbank",
    url="https://hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "dombret-hochschule-ist-tragender-pfeiler-der-bundesbank-596780",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on its New Year's reception of early "
              "2018 with board member Andreas Dombret; the stored copy breaks its lines twice right after a closing mark "
              "and before the comma of the cue ('zu finden sind\"⏎, betonte', 'Stadtleben mit\"⏎, sagte'): these "
              "breaks are joined without a space (rules 1280, 1330); complete in the stored copy)",
    license=BUBA,
    paras=[DO_P1,
           DO_P2,
           DO_P3,
           "Hochschulrektor Erich Keller begrüßte die rund 70 Gäste. Dazu gehörten Professorinnen und Professoren der "
           "Hochschule ebenso wie Westerwälder Kommunalpolitikerinnen und -politiker und Vertreterinnen und Vertreter von "
           "regionalen Bildungsinstitutionen.",
           "Musikalisch begleitet wurde die Veranstaltung von Jonathan Socha, Student der Hochschule und ein begabter "
           "Pianist. Socha spielte beim Neujahrsempfang unter anderem Stücke von Bach und Chopin."],
    quotes=[(cut(DO_P1, '"Sie hat', 'gemausert."'), DOMBRET),
            (cut(DO_P2, '"Heute', 'schweigen."'), DOMBRET),
            (cut(DO_P3, '"eine Schar', 'Mitarbeiter."'), DOMBRET),
            (cut(DO_P3, '"Sie bringen', 'sind"'), DOMBRET),
            (cut(DO_P3, '"Sie prägen', 'mit"'), DOMBRET)],
    aliases={DOMBRET: ["Andreas Dombret", "Bundesbankvorstand Andreas Dombret", "Dombret"]})

# --- hochschule-bundesbank.de: New Year's reception of 2020 (Balz); quoted headline ---

NB_TITLE = "„Unsere Studierenden gehören zum Stadtbild dazu“"
NB_P1 = ("„Gelernte Zentralbanker sind rar gesät!“, sagte Vorstandsmitglied Burkhard Balz in seiner Rede auf dem "
         "Neujahrsempfang der Hochschule der Bundesbank in Hachenburg. Zur Neujahrsfeier mit rund 90 Gästen waren neben "
         "zahlreichen Kommunalpolitikern auch viele Vertreter öffentlicher Institutionen erschienen. Am Arbeitsmarkt "
         "ließen sich nur schwer Experten mit zentralbankspezifischer Expertise beispielsweise in der Bankenaufsicht "
         "finden. Da diese Themen in anderen Hochschulen Deutschlands nur in Ansätzen auftauchten sei Hachenburg, so "
         "Balz, für die Nachwuchsgewinnung der Bundesbank von herausragender Bedeutung: „Wir bauen auch weiterhin auf die "
         "Hochschule und ihre Absolventen.“")
NB_P3 = ("Besonders hob Balz die Internationalisierung des Studiengangs hervor. „Ich bin froh, dass die Hochschule den "
         "Trend zur Internationalisierung bereits frühzeitig aufgegriffen hat!“")
NB_P4 = ("Das sei wichtig, weil in fast allen Bereichen der Bank im internationalen Umfeld gearbeitet werde. Das gelte in "
         "erster Linie für das Zusammenwirken im Eurosystem, was sich durch die gemeinsame europäische Bankenaufsicht 2014 "
         "nochmals verstärkt habe. Die Studierenden werden in Hachenburg, so Balz, international ausgebildet, aber sie "
         "seien auch in der Region verwurzelt: „Jeder Spaziergang über den Alten Markt hier beweist: Unsere Studierenden "
         "gehören zum Stadtbild dazu.“")

add(id="ho177-hdb-neujahrsempfang-2020-balz",
    title=NB_TITLE,
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "-unsere-studierenden-gehoeren-zum-stadtbild-dazu--823312",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on its New Year's reception of January "
              "2020 with board member Burkhard Balz; the stored copy breaks its line right after the closing mark of the "
              "first quotation and before the comma of its cue ('rar gesät!“⏎, sagte'): joined without a space (rule "
              "1330); the break after 'aufgegriffen hat!“', followed by a new sentence, kept as a paragraph break (rule "
              "1330); the subheadings 'Hachenburger Erfolgsformel' and 'International und regional' kept as lines of "
              "their own (rule 18); complete in the stored copy)",
    license=BUBA,
    paras=[NB_P1,
           "Hachenburger Erfolgsformel",
           "In diesem Jahr begeht die Hochschule der Bundesbank ihr 40-jähriges Jubiläum. Balz skizzierte die "
           "Erfolgsformel des Hachenburg-Studiums: eine hohe Praxisorientierung, passgenaue Lehrinhalte, Vorlesungen in "
           "kleinen Gruppen und ein enger Kontakt zwischen Studierenden und Lehrenden. Diese Formel sei zwar in vier "
           "Jahrzehnten weitgehend konstant geblieben, aber das Studium selbst sei – zum Beispiel durch die Umstellung "
           "auf den Bachelor – immer wieder angepasst worden.",
           "International und regional",
           NB_P3,
           NB_P4],
    quotes=[(NB_TITLE, BALZ),
            (cut(NB_P1, "„Gelernte", "gesät!“"), BALZ),
            (cut(NB_P1, "„Wir bauen", "Absolventen.“"), BALZ),
            (cut(NB_P3, "„Ich bin froh", "hat!“"), BALZ),
            (cut(NB_P4, "„Jeder", "dazu.“"), BALZ)],
    aliases={BALZ: ["Burkhard Balz", "Vorstandsmitglied Burkhard Balz", "Balz"]})

# --- hochschule-bundesbank.de: first New Year's reception after the pandemic (2023, Balz); nickname in quotes ---

NP_SUB = "„Hachenburger“ wichtig für die Nachwuchsgewinnung"
NP_P2 = ("Der demografische Wandel und der damit einhergehende Kampf um gute Köpfe habe längst die Deutsche Bundesbank "
         "erreicht, bestätigte Vorstandsmitglied Burkhard Balz in seiner Rede, weshalb der Nachwuchsgewinnung auch in der "
         "Bundesbank eine besondere Bedeutung zukäme: „Hier bauen wir weiterhin auch auf die Hochschule.“ Vor allem die "
         "immer wieder aktualisierten, passgenauen Lehrinhalte sowie die internationale Ausrichtung und hohe "
         "Praxisorientierung machten die „Hachenburger“, wie die Absolventinnen und Absolventen in der Bundesbank "
         "genannt würden, zu Experten mit zentralbankspezifischer Expertise. Solche Fähigkeiten seien auf dem "
         "Arbeitsmarkt ansonsten schwer zu finden.")

add(id="ho177-hdb-neujahrsempfang-2023-balz",
    title="Erster Neujahrsempfang nach der Pandemie",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "erster-neujahrsempfang-nach-der-pandemie-904652",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on its New Year's reception of January "
              "2023 with board member Burkhard Balz; the photo line 'Neujahrsempfang ©Fotostudio Röder-Moldenhauer' "
              "dropped (rule 93); the subheading kept as a line of its own without its trailing space, and a trailing "
              "space after the second paragraph dropped (rule 18); the subheading 'Gemeinsame demokratische Werte "
              "gerade in Krisenzeiten wichtig' and the paragraph under it ('Auf die Einordnung der aktuellen "
              "wirtschaftlichen … von der Stadt und Verbandsgeme…'), cut off in the stored copy, dropped (rule 15); "
              "the copy of the same item under hochschule-bundesbank.de without 'www.', whose stored text breaks its "
              "line before the closing mark of Balz's quotation, not used)",
    license=BUBA,
    paras=["Erstmalig nach der Pandemie war es wieder möglich, Kommunalpolitikerinnen und -politiker sowie Vertreterinnen "
           "und Vertreter von ortsansässigen Behörden und regionalen Bildungsinstitutionen zu einem traditionellen "
           "Empfang zum Jahresbeginn auf Schloss Hachenburg einzuladen. Von offizieller Seite reiste Bundesbankvorstand "
           "Burkhard Balz in den Westerwald, dessen Dezernat die drei Bereiche Bargeld, Zahlungsverkehr und "
           "Abwicklungssysteme, sowie die Ökonomische Bildung umfasst, in den auch die Hochschule eingegliedert ist. "
           "Ebenso nahm Alexandra Hachmeister an der Veranstaltung teil, die als Leiterin des Zentralbereichs ÖB alle "
           "Aktivitäten der Bundesbank zur Bildung und Vermittlung von Wissen verantwortet.",
           NP_SUB,
           NP_P2],
    quotes=[("„Hachenburger“", None, 0),
            (cut(NP_P2, "„Hier bauen", "Hochschule.“"), BALZ),
            ("„Hachenburger“", None, 1)],
    aliases={BALZ: ["Burkhard Balz", "Bundesbankvorstand Burkhard Balz", "Vorstandsmitglied Burkhard Balz", "Balz"]})

# --- hochschule-bundesbank.de: open day of September 2014 (Wolf) ---

GA_P2 = ("Organisator und Studienbereichsleiter Christof Wolf freute sich, dass der Andrang trotz schlechtem Wetter so "
         'groß war. "Die Hochschule ist mit der Stadt Hachenburg und der Region eng verbunden. Viele haben die '
         'Gelegenheit genutzt, das Schloss zu besuchen", sagte Wolf. "Gefreut hat uns auch, dass zahlreiche Absolventen '
         "der Hochschule nach Hachenburg gekommen sind, um ihren Kindern oder Eltern den Ort zu zeigen, an dem alles "
         'begann: Karriere und Beruf."')

add(id="ho177-hdb-2014-tag-der-offenen-tuer",
    title="Großer Andrang in Hachenburg",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/grosser-andrang-in-hachenburg-596558",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank on its open day of Sunday, 21 "
              "September 2014; the photo line 'Tag der offenen Tür in der Hochschule der Bundesbank ©Uwe "
              "Röder-Modenhauer' dropped (rule 93); the subheading 'Kinder-Vorlesungen gut besucht' and the paragraph "
              "under it ('Großes Interesse zeigten die Gäste … Schülerinnen und…'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=BUBA,
    paras=["Tag der offenen Tür in Hachenburg: Am Sonntag, den 21. September, hatte die Hochschule der Bundesbank ihre "
           "Pforten geöffnet. Rund 3.000 Besucherinnen und Besucher folgten der Einladung und informierten sich über die "
           "Hochschule und die Arbeit der Bundesbank. Das Fest fügte sich in die Reihe der Feierlichkeiten zum "
           "700-jährigen Jubiläum der Stadt ein.",
           GA_P2,
           "Besonders beliebt waren bei den Besuchern die Führungen durch das geschichtsträchtige Barockgebäude, dem wohl "
           "wichtigsten Wahrzeichen der Stadt. Großen Andrang gab es auch bei den Informationen zum Thema Falschgeld. Die "
           "aus Mainz angereisten Experten vom Nationalen Analysezentrum für Falschgeld waren stets von Gästen umringt, "
           "die mehr darüber erfahren wollten, wie sie falsche Scheine und Münzen von echtem Geld unterscheiden können. "
           "Außerdem erklärten die Experten, wie sie beschädigtes Geld im Analysezentrum bearbeiten und unter welchen "
           "Voraussetzungen sie es dem Besitzer ersetzen.",
           "Musikalisch unterhielt die Besucher während des Mittagessens der Evangelische Posaunenchor Altstadt. Für "
           "ausgelassene Stimmung sorgte anschließend die traditionelle Hachenburger Musikkapelle HaKiJus."],
    quotes=[(cut(GA_P2, '"Die Hochschule', 'besuchen"'), WOLF),
            (cut(GA_P2, '"Gefreut', 'Beruf."'), WOLF)],
    aliases={WOLF: ["Christof Wolf", "Organisator und Studienbereichsleiter Christof Wolf", "Wolf"]})

# --- hochschule-bundesbank.de: graduation ceremony of 31 March 2016 (Kruse) ---

AV_P2 = ("In seiner Festrede verglich Oliver Kruse, Professor und Stellvertreter des Rektors, das Studium mit einem "
         "Puzzlespiel: In ihrer Studienzeit hätten sich die Hachenburger weiterentwickelt und seien nun in der Lage "
         '"einzelne Teile erklären zu können und diese mit anderen zu verbinden". Sie würden nun auch die Methoden kennen, '
         "um neuartige Teile zusammenzufügen. Zudem hätten sie die nötige Motivation, nicht aufzugeben, selbst wenn "
         "manche Puzzleteile der Finanzwelt mitunter nicht zusammenpassen zu scheinen würden.")
AV_P3 = ('Auf dem weiteren Berufsweg würden noch viele weitere Puzzleteile auftauchen. "Das Puzzeln wird so immer '
         'spannender, denn das Bild gewinnt immer mehr an Kontur." Kruse riet den Absolventen dazu, an dem Netzwerk '
         "festzuhalten, dass sie in Hachenburg aufgebaut hätten.")

add(id="ho177-hdb-2016-absolventen-verabschiedet",
    title="Absolventen in Hachenburg verabschiedet",
    url="https://www.hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/"
        "absolventen-in-hachenburg-verabschiedet-596596",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank of 31 March 2016; the navigation line "
              "'Service Navigation', the caption 'Gruppenfoto der Bachelor-Absolventen', the repeated headline and the "
              "date line '31.03.2016' dropped (rule 93); the subheading 'Lebenslanges Lernen' and the paragraph under "
              "it ('In diese Richtung argumentierte auch Karlheinz Walch, … \"Noch heute geht manches im Dienstbetrieb "
              "leichter, wenn…'), cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Mit einer akademischen Abschlussfeier hat die Hochschule der Bundesbank in Hachenburg am 31. März einen "
           "weiteren Jahrgang von Bachelorabsolventen verabschiedet. Der Vortragssaal war mit rund 200 Gästen voll "
           "besetzt: Eltern, Geschwister, Partner und Freunde hatten die 39 Absolventen mitgebracht. Zudem nahmen "
           "zahlreiche Vertreter der Bundesbank an der Feier teil: Leiter von Zentralbereichen und deren Stellvertreter, "
           "Präsidenten und weitere Führungskräfte von Hauptverwaltungen und Filialen waren in den Westerwald gekommen. "
           "Außerdem waren Vertreter der Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) zu Gast, die einen Teil "
           "ihrer Nachwuchskräfte in Hachenburg ausbilden lässt.",
           AV_P2,
           AV_P3],
    quotes=[(cut(AV_P2, '"einzelne', 'verbinden"'), KRUSE),
            (cut(AV_P3, '"Das Puzzeln', 'Kontur."'), KRUSE)],
    aliases={KRUSE: ["Oliver Kruse", "Kruse"]})

# --- bundesbank.de, Aufgaben > Themen: opening of the new Geldmuseum in December 2016 (Weidmann, Thiele) ---

GM_P1 = ("Die Bundesbank hat ihr neues Geldmuseum eröffnet. Die Ausstellung wurde zwei Jahre lang neu konzipiert und "
         'umfassend erweitert. "Wir wollen anschaulich über Geld, seine Geschichte und die Aufgaben moderner '
         'Zentralbanken informieren", sagte Bundesbankpräsident Jens Weidmann in der Eröffnungsfeier. Leider sei das '
         "Wissen über Notenbankthemen in der Bevölkerung häufig nicht besonders ausgeprägt, so Weidmann weiter. Gerade bei "
         "den unter 30-Jährigen habe das Wissen um Notenbanken stark abgenommen, bedauerte er. Hoffnung mache immerhin, "
         "dass der Anteil der Jüngeren, die sich für Wirtschaft interessierten, in den vergangenen drei Jahren wieder "
         'kräftig gestiegen sei. "Die Jüngeren wollen sich offenbar wieder informieren – aber eben anders als früher", '
         "sagte der Bundesbankpräsident.")
GM_P3 = ('"Eine Besonderheit des neuen Geldmuseums ist ein 12,5 Kilogramm schwerer Goldbarren aus dem Bestand der '
         'Deutschen Bundesbank, den die Besucher in die Hand nehmen können", sagte Vorstandsmitglied Carl-Ludwig Thiele '
         'zur Eröffnung. Als ein weiteres Highlight hob Thiele den "Banknotenschwarm" hervor – eine Glaswand mit 174 '
         "Geldscheinen aus 229 Ländern und Gebieten der Welt.")

add(id="ho177-bundesbank-themen-neues-geldmuseum",
    title="Neues Geldmuseum eröffnet",
    url="https://bundesbank.de/de/aufgaben/themen/neues-geldmuseum-eroeffnet-643874",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' of December 2016 on the "
              "opening of the new Geldmuseum; the caption 'Das 360-Grad-Kino im Geldmuseum der Bundesbank ©Bert "
              "Bostelmann' and the image label '360-Grad-Kino' dropped (rule 93); the subheading 'Geldpolitik "
              "erlebbar machen' kept as a line of its own (rule 18); the subheading 'Moderner Lern- und Erlebnisort' "
              "and the paragraph under it ('Die Inhalte des Museums werden über interaktive Medienstationen "
              "spielerisch verm…'), cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=[GM_P1,
           "Geldpolitik erlebbar machen",
           "Das Museum nähert sich den Themen Bargeld, Buchgeld, Geldpolitik und Geld global in unterschiedlichen "
           "multimedialen Ansätzen und richtet sich ausdrücklich auch an das junge Publikum. Um die oft abstrakten Themen "
           "einer Zentralbank zu vermitteln, knüpft die Ausstellung an der Lebenswirklichkeit der Besucher an. So wird "
           "das Thema Zahlungsverkehr anhand eines fiktiven Besuchs in einer Bankfiliale erlebbar gemacht. Während des "
           "Aufenthalts in einem nachgebauten Supermarkt erfährt der Museumsgast, was Inflation bedeutet und warum "
           "stabiles Geld so wichtig ist.",
           GM_P3],
    quotes=[(cut(GM_P1, '"Wir wollen', 'informieren"'), WEIDMANN),
            (cut(GM_P1, '"Die Jüngeren', 'früher"'), WEIDMANN),
            (cut(GM_P3, '"Eine Besonderheit', 'können"'), THIELE),
            ('"Banknotenschwarm"', None)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann"],
             THIELE: ["Carl-Ludwig Thiele", "Vorstandsmitglied Carl-Ludwig Thiele", "Thiele"]})
