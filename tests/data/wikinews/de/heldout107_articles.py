# Hundred-and-seventh held-out German real-news set (tests/data/heldout107-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 875). None of these
# pages is in any tests/data/*.jsonl (checked by URL, page number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-seventh held-out set" of SOURCES.md: news items of the Deutsche Bundesbank on
# bundesbank.de under "Aufgaben > Themen" (licence BUBA). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesbank.de, Aufgaben > Themen: the pupils' day with President Weidmann (rule 875) ---

WEIDMANN = "Jens Weidmann"
WS_P1 = ("Warum gibt es eigentlich noch nationale Notenbanken? Bezahlen wir in Zukunft mit Bitcoin statt mit Euro? Und wie "
         "bekommt man als Bundesbankpräsident Beruf und Familie unter einen Hut? Die Fragen der etwa 140 Schülerinnen und "
         "Schüler an Bundesbankpräsident Jens Weidmann waren bunt gemischt. Die Jugendlichen im Alter zwischen 17 und 25 "
         "Jahren waren aus ganz Deutschland nach Frankfurt am Main gereist, um dem Präsidenten der Bundesbank ihre Fragen "
         "zu stellen. Im Rahmen der Reihe „Weidmann trifft Schülerinnen und Schüler“ nahmen in diesem Jahr 13 "
         "Schülergruppen teil, die sich eigens für diesen Tag beworben hatten.")
WS_P2 = ("Weidmann freute sich über das große Interesse an der Veranstaltung. Interesse an Geldpolitik sei heute nicht mehr "
         "selbstverständlich, sagte er zu Beginn der Fragestunde. Er betonte, dass Wissen und Vertrauen Hand in Hand "
         "miteinander gingen. „Auch Sie können dazu beitragen, dass wir stabiles Geld haben“, sagte Weidmann.")
WS_P3 = ("Was es mit dem stabilen Geld auf sich habe, war auch eine der ersten Fragen. Eine Schülerin wollte wissen, warum "
         "laut Definition der Europäischen Zentralbank Preisstabilität nicht bei null, sondern bei etwa zwei Prozent "
         "erreicht sei. Weidmann erklärte, dass manche Preisänderungen gar nicht mit der offiziellen Inflationsrate erfasst "
         "werden könnten. So seien beispielsweise Laptops heute genauso teuer wie vor einigen Jahren. Technisch betrachtet "
         "seien sie aber deutlich besser und damit de facto billiger geworden, sagte Weidmann. Zudem unterschieden sich die "
         "Preissteigerungsraten der einzelnen Länder im Euroraum voneinander, erläuterte der Bundesbankpräsident. „Bei "
         "einer Inflationsrate von null Prozent im gesamten Euroraum würde das bedeuten, dass einige Länder eine negative "
         "Rate haben.“")

add(id="ho107-bundesbank-themen-weidmann-trifft-schueler",
    title="Weidmann trifft Schülerinnen und Schüler",
    url="https://bundesbank.de/de/aufgaben/themen/weidmann-trifft-schuelerinnen-und-schueler-770522",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the pupils' day with "
              "President Jens Weidmann; the image line 'Jens Weidmann trifft Schülerinnen und Schüler ©Tim Wegner' above "
              "the headline and the same image line under the subheading dropped as caption and credit (rule 93); the "
              "subheading 'Wissen und Vertrauen gehen Hand in Hand' kept as a line of its own (rule 18); the subheading "
              "'Zukunft von Krypto', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=[WS_P1, "Wissen und Vertrauen gehen Hand in Hand", WS_P2, WS_P3],
    quotes=[("„Weidmann trifft Schülerinnen und Schüler“", None),
            (cut(WS_P2, "„Auch Sie", "haben“"), WEIDMANN),
            (cut(WS_P3, "„Bei einer", "haben.“"), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann", "der Bundesbankpräsident",
                        "Präsidenten der Bundesbank"]})

# --- bundesbank.de, Aufgaben > Themen: open day of the Hauptverwaltung in Berlin and Brandenburg (rule 876) ---

TIGGES = "Claus Tigges"
EB_TITLE = 'Bundesbank lockt viele Besucher zum "EinBlick" in Berlin'
EB_P1 = ("Mehrere tausend Besucher sind am 27. Juni zum Tag der offenen Tür der Bundesbank in die Hauptverwaltung in Berlin "
         "und Brandenburg gekommen. Bei einem vielseitigen Angebot aus Vorträgen, Interviews und einem bunten "
         "Bühnenprogramm informierten sie sich über die umfangreichen Aufgaben der Bundesbank. An zahlreichen Ständen "
         "konnten Besucher nicht nur mit Bundesbank-Mitarbeitern über die Tätigkeiten der deutschen Zentralbank "
         "diskutieren, sondern ihre wichtigen Aufgaben wie etwa Preisstabilität, sicheres Bargeld oder Finanzstabilität "
         "durch Anfassen und Ausprobieren spielerisch kennenlernen.")
EB_P2 = ('"Es ist wieder einmal an der Zeit, Ihnen einen Einblick in die Arbeit der Bundesbank zu geben", sagte Claus '
         'Tigges, Präsident der Bundesbank-Hauptverwaltung in Berlin und Brandenburg, zur Eröffnung der Veranstaltung. '
         '"Vielleicht wird Sie überraschen, was die Bundesbank so alles macht", sagte er. Als Beispiele nannte Tigges die '
         'Versorgung von Berlin und Brandenburg mit Bargeld oder den unbefristeten Umtausch von D-Mark in Euro.')
EB_P3 = ("Mehr als 60 Tauschgeschäfte von D-Mark in Euro zählt die Bundesbank laut Tigges an ihrem Berliner Standort an "
         "einem normalen Geschäftstag. Im Durchschnitt würden dabei mehr als 300 D-Mark umgetauscht. Dabei kommt es auch "
         "schon einmal zu skurrilen Fällen, wie Tigges den Besuchern am Tag der offenen Tür berichtete. So habe ein Kunde "
         "aus Indien einmal die stolze Summe von 40 000 D-Mark umtauschen wollen. Ein anderer Kunde hatte auf einem "
         "Flohmarkt eine alte Schallplatte gekauft, doch später in der Hülle nicht nur die Vinylscheibe, sondern auch "
         "einen 1 000-Mark-Schein gefunden.")

add(id="ho107-bundesbank-themen-tag-der-offenen-tuer-berlin",
    title=EB_TITLE,
    url="https://www.bundesbank.de/de/aufgaben/themen/bundesbank-lockt-viele-besucher-zum-einblick-in-berlin-664512",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the open day of its "
              "Hauptverwaltung in Berlin and Brandenburg; the image lines 'Besucherin des Tages der offenen Tür ©Dani "
              "Rodriguez' and 'Besucherin im \"Goldraum\"' under the headline dropped as captions and credit (rule 93), "
              "with the marks around the room's name; the subheading 'Vielfältige Aufgaben' kept as a line of its own "
              "(rule 18); the last paragraph 'Neben diesen und vielen weiteren wichtigen Aufgaben … Hauptverwalt', cut "
              "off in the stored copy, dropped (rule 15); it holds no quotation mark in its stored part)",
    license=BUBA,
    paras=[EB_P1, "Vielfältige Aufgaben", EB_P2, EB_P3],
    quotes=[('"EinBlick"', None),
            (cut(EB_P2, '"Es ist', 'zu geben"'), TIGGES),
            (cut(EB_P2, '"Vielleicht', 'macht"'), TIGGES)],
    aliases={TIGGES: ["Claus Tigges", "Tigges", "Präsident der Bundesbank-Hauptverwaltung in Berlin und Brandenburg"]})

# --- bundesbank.de, Aufgaben > Themen: the first open day, July 2014 (rule 877) ---

EB14_TITLE = 'Tausende Besucher kommen zum "EinBlick in die Bundesbank" Tag der offenen Tür 2014'
EB14_P3 = ('Zu den Höhepunkten am Tag der offenen Tür zählten die Bürgerfragestunden mit Bundesbankpräsident Jens Weidmann. '
           'Am Samstag und Sonntag hatten Besucher die Gelegenheit, Ihre ganz persönliche Frage an ihn zu richten. "Wir '
           'wollen vermitteln, wie wichtig es ist, stabiles Geld zu haben", sagte Weidmann. Mit dem Tag der offenen Tür '
           'wolle die Bank ihren eingeschlagenen Weg fortsetzen, eine "Kultur der Offenheit" zu etablieren. "Es ist mir '
           'persönlich ein ganz besonderes Anliegen, unsere Arbeit nach außen hin verständlich zu machen", so Weidmann.')

add(id="ho107-bundesbank-themen-tag-der-offenen-tuer-2014",
    title=EB14_TITLE,
    url="https://bundesbank.de/de/aufgaben/themen/tausende-besucher-kommen-zum-einblick-in-die-bundesbank--664054",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on its first open day, 12 and "
              "13 July 2014; headline and subheading 'Tag der offenen Tür 2014' run together in one line as stored (rule "
              "18); the subheadings 'Ein offenes Ohr für Fragen der Besucher' and 'Frühere Bundesbankpräsidenten "
              "berichten' kept as lines of their own; the published capital in 'Ihre ganz persönliche Frage' kept (rule "
              "20); the last paragraph 'Auf großes Interesse bei den Besuchern … mit dem früher', cut off in the stored "
              "copy, dropped (rule 15))",
    license=BUBA,
    paras=["Mit großem Interesse sind am 12. und 13. Juli mehr als 28.000 Bürgerinnen und Bürger zum Tag der offenen Tür "
           "der Bundesbank nach Frankfurt am Main gekommen. Bei zahlreichen Interviews und Vorträgen informierten sie sich "
           "über die vielfältigen Aufgaben der Bundesbank und konnten Themen wie Preisstabilität oder Finanzstabilität "
           "durch Anfassen und Ausprobieren spielerisch kennenlernen.",
           "In der Zentrale in Frankfurt-Bockenheim begrüßten Bundesbankpräsident Jens Weidmann und Vizepräsidentin "
           "Claudia Buch alle Besucher. In der Hauptverwaltung der Bundesbank in Hessen hieß Präsidentin Diana "
           "Rutzka-Hascher die zahlreichen Gäste herzlich willkommen. Im Fokus der zweitägigen Veranstaltung stand der "
           "Austausch mit Menschen, die normalerweise keine Gelegenheit haben, mit einem Bundesbankvorstand über "
           "Geldpolitik, Bankenunion oder Finanzstabilität zu diskutieren.",
           "Ein offenes Ohr für Fragen der Besucher",
           EB14_P3,
           "Gelegenheit zu einem Blick in das Büro von Bundesbankpräsident Weidmann im 12. Stock hatten Teilnehmer der "
           "Führungen durch das Gebäude der Zentrale. Auch an den Führungen zu den Kunstwerken in der Bundesbank gab es "
           "reges Interesse.",
           "Frühere Bundesbankpräsidenten berichten"],
    quotes=[('"EinBlick in die Bundesbank"', None),
            (cut(EB14_P3, '"Wir wollen', 'zu haben"'), WEIDMANN),
            ('"Kultur der Offenheit"', WEIDMANN),
            (cut(EB14_P3, '"Es ist mir', 'zu machen"'), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann", "Bundesbankpräsident Weidmann"]})

# --- bundesbank.de, Aufgaben > Themen: "Weidmann trifft Lehrerinnen und Lehrer" (rules 878, 879) ---

WL_Q1 = ('"Wie kann ich meinen Schülern beibringen, dass Sparen wichtig ist, wenn die Zinsen so niedrig sind, dass sich '
         'Sparen gar nicht mehr lohnt?"')
WL_L2 = 'wollte ein Lehrer wissen. "Wäre ein Ausschluss Griechenlands aus dem Eurosystem besser?"'
WL_L3 = ('fragte ein anderer Pädagoge. Eine weitere Frage drehte sich um den Nutzen der Währungsunion: "Wie soll ich meinen '
         'Schülern die Vorteile erklären, wenn Deutschland am Ende womöglich für andere Länder einspringen muss?"')
WL_L4 = ('Auf die Fragen folgten Antworten von Jens Weidmann, die auch für Nicht-Ökonomen verständlich waren. Auf die '
         'Bedeutung der Ökonomie hatte der Bundesbankpräsident bereits in seiner kurzen Eingangsrede hingewiesen. "Es '
         'handelt sich hier um eine Alltagswissenschaft, die uns alle betrifft und die es uns erlaubt, konkrete Antworten '
         'zu geben"')
WL_L5 = (', sagte er. Vom Nutzen einer Berufsausbildung bis hin zur Wirtschaftlichkeit eines Handyvertrags stoße man im '
         'Alltag immer wieder auf ökonomische Fragen. "Diese Bedeutung spiegelt sich allerdings nicht in allen Lehrplänen '
         'wider"')
LEHRER = "Lehrer"
PAEDAGOGE = "Pädagoge"

add(id="ho107-bundesbank-themen-weidmann-trifft-lehrer",
    title="Weidmann trifft Lehrerinnen und Lehrer",
    url="https://bundesbank.de/de/aufgaben/themen/weidmann-trifft-lehrerinnen-und-lehrer-664352",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the meeting of President "
              "Jens Weidmann with teachers on 27 February; the stored copy breaks its lines after each closing mark, so "
              "that the cues 'wollte ein Lehrer wissen.', 'fragte ein anderer Pädagoge.', ', sagte er.' and ', gab "
              "Weidmann zu bedenken.' open the next line; these line breaks are kept as stored (rule 706); the "
              "subheading 'Bundesbank ergänzt Unterrichtsmaterial' kept as a line of its own; the last paragraph 'Im "
              "Anschluss an die offizielle Fragerunde … einen Blick in', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Über 30 Lehrerinnen und Lehrer aus ganz Deutschland waren am 27. Februar bei der Bundesbank zu Gast. Bei der "
           "Veranstaltungsreihe \"Weidmann trifft Lehrerinnen und Lehrer\" hatten die Pädagogen Gelegenheit, "
           "geldpolitische Themen für den Unterricht direkt mit dem Präsidenten zu diskutieren und Fragen an ihn zu "
           "richten.",
           WL_Q1, WL_L2, WL_L3, WL_L4, WL_L5,
           ", gab Weidmann zu bedenken.",
           "Bundesbank ergänzt Unterrichtsmaterial",
           "Fragen zu geldpolitischen Themen stehen derzeit nach Aussage der Pädagogen bei Schülern in den "
           "berufsbildenden Schulen und den Gymnasien hoch im Kurs. Doch Schulbücher geben in den seltensten Fällen eine "
           "befriedigende Antwort. Die Bundesbank bietet für Schüler aller Jahrgangsstufen und Lehrer ein vielseitiges "
           "Angebot an aktuellem Lehrmaterial und zielgruppengerechten Fortbildungen an."],
    quotes=[('"Weidmann trifft Lehrerinnen und Lehrer"', None),
            (WL_Q1, LEHRER),
            ('"Wäre ein Ausschluss Griechenlands aus dem Eurosystem besser?"', PAEDAGOGE),
            (cut(WL_L3, '"Wie soll ich', 'muss?"'), None),
            (cut(WL_L4, '"Es handelt', 'zu geben"'), WEIDMANN),
            (cut(WL_L5, '"Diese Bedeutung', 'wider"'), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Weidmann", "der Bundesbankpräsident"],
             LEHRER: ["Lehrer", "ein Lehrer"],
             PAEDAGOGE: ["Pädagoge", "ein anderer Pädagoge", "anderer Pädagoge"]})

# --- bundesbank.de, Aufgaben > Themen: the 100,000th visitor of the Geldmuseum ---

BALZ = "Burkhard Balz"
GM_P1 = ("Knapp zwei Jahre nach der Neueröffnung des Geldmuseums der Deutschen Bundesbank wurde der 100.000ste Gast in "
         "der Ausstellung begrüßt. Die Museumsbesucherin war schon zum zweiten Mal im neu gestalteten Geldmuseum. „Die "
         "Marke von 100.000 Besucherinnen und Besuchern zeigt den Erfolg des Geldmuseums als modernen Lern- und "
         "Erlebnisort“, sagte Burkhard Balz, zuständiges Vorstandsmitglied der Deutschen Bundesbank.")

add(id="ho107-bundesbank-themen-geldmuseum-100000",
    title="Schon 100.000 Gäste im Geldmuseum der Bundesbank",
    url="https://bundesbank.de/de/aufgaben/themen/schon-100-000-gaeste-im-geldmuseum-der-bundesbank-768916",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on the 100,000th visitor of "
              "its money museum; the image lines '100.000 Besucherin im Geldmuseum ©Carolina Spindler' and 'Ulrich "
              "Rosseaux, Leiter des Geldmuseums, begrüßt die 100.000ste Besucherin' dropped as caption and credit (rule "
              "93); the double space in 'Bargeld,  Buchgeld' kept as stored (rule 20); complete in the stored copy)",
    license=BUBA,
    paras=[GM_P1,
           "Die multimediale Ausstellung führt in einem Rundgang durch die vier Themenbereiche Bargeld,  Buchgeld, "
           "Geldpolitik und Geld Global. In Alltagssituationen wie in einem inszenierten Supermarkt oder in einer "
           "nachgebauten Bankfiliale werden die Besucherinnen und Besucher über die Arbeit von Zentralbanken, die "
           "Bedeutung stabiler Preise oder den Zahlungsverkehr informiert. Dabei können die Gäste jedes Thema anhand der "
           "Gegenwart oder anhand der Geschichte betrachten. Eine Besonderheit des Geldmuseums ist ein 12,5 Kilogramm "
           "schwerer Goldbarren aus dem Bestand der Bundesbank, der in die Hand genommen werden kann. Ein weiteres "
           "Highlight der Ausstellung ist das Geldkabinett, das anhand herausragender Museumsstücke die Geschichte des "
           "Geldes von den Anfängen der Münzprägung bis in die Gegenwart erzählt.",
           "Das Museum befindet sich am Standort der Zentrale der Bundesbank in der Wilhelm-Epstein-Straße 14, 60431 "
           "Frankfurt am Main. Die Ausstellung ist von Sonntag bis Freitag von 9:00 bis 17:00 Uhr geöffnet. Der Eintritt "
           "ist frei. Das Museum ist barrierefrei."],
    quotes=[(cut(GM_P1, "„Die Marke", "Erlebnisort“"), BALZ)],
    aliases={BALZ: ["Burkhard Balz", "zuständiges Vorstandsmitglied der Deutschen Bundesbank"]})

# --- bundesbank.de, Aufgaben > Themen: the first Sunday of guided tours (rule 880) ---

BESUCHERIN = "Besucherin"
BESUCHER = "Besucher"
BS_P2 = ('Die einzelnen Gruppen wurden teilweise parallel über das Gelände geführt, um möglichst vielen Menschen den Besuch '
         'der Zentralbank zu ermöglichen. "Wann hat man schon eine solche Gelegenheit? Da wollten wir natürlich unbedingt '
         'dabei sein", sagte eine Besucherin. "Mich hat das alles sehr beeindruckt." Schon beim Tag der offenen Tür Anfang '
         'Juli hatten mehr als 1.300 Gäste an den Hausführungen teilgenommen. Viele, die damals keinen Platz für eine der '
         'Touren ergattern konnten, hatten hinterher den Wunsch nach weiteren Führungen geäußert.')
BS_P4 = ('Auch aus Interesse an den vielfältigen Aufgaben der Bank kamen an diesem Sonntag viele Menschen auf das Gelände '
         'der Zentrale. "Man hat in seinem Alltag relativ wenige Berührungspunkte mit der Bundesbank", sagte ein Besucher. '
         '"Da war es spannend zu erfahren, wie hier gearbeitet wird." Die Bundesbank erwägt nun, das Format der '
         'Wochenendführungen auch in Zukunft wieder anzubieten.')

add(id="ho107-bundesbank-themen-besuchsoffener-sonntag",
    title="Besuchsoffener Sonntag bei der Bundesbank",
    url="https://www.bundesbank.de/de/aufgaben/themen/besuchsoffener-sonntag-bei-der-bundesbank-644314",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on a Sunday of guided tours "
              "of its head office after an open day in July; the subheading 'Blick ins Büro des Bundesbankpräsidenten' "
              "kept as a line of its own (rule 18); complete in the stored copy)",
    license=BUBA,
    paras=["Erstmals konnten interessierte Bürgerinnen und Bürger auch außerhalb der Tage der offenen Tür einen Blick "
           "hinter die Kulissen der Zentrale werfen und sich ihr eigenes Bild von den Aufgaben und der Arbeitsweise der "
           "deutschen Notenbank machen. Am Sonntag kamen fast 300 Besucherinnen und Besucher, um das Gebäude der Zentrale "
           "im Frankfurter Norden zu besichtigen und bei Vorträgen mehr über die Bundesbank zu erfahren.",
           BS_P2,
           "Blick ins Büro des Bundesbankpräsidenten",
           "Neben Führungen durch zwei Mitarbeiterbüros sowie das Büro von Bundesbankpräsident Jens Weidmann und die "
           "Vorstandsetage gab es auch Quizvorträge, bei denen Sammlermünzen zu gewinnen waren.",
           BS_P4],
    quotes=[(cut(BS_P2, '"Wann hat', 'dabei sein"'), BESUCHERIN),
            ('"Mich hat das alles sehr beeindruckt."', BESUCHERIN),
            (cut(BS_P4, '"Man hat', 'Bundesbank"'), BESUCHER),
            ('"Da war es spannend zu erfahren, wie hier gearbeitet wird."', BESUCHER)],
    aliases={BESUCHERIN: ["Besucherin", "eine Besucherin"], BESUCHER: ["Besucher", "ein Besucher"]})

# --- bundesbank.de, Aufgaben > Themen: the open day "Bundesbank erleben" (rule 881) ---

GEWINNERIN = "Gewinnerin"
BE_P2 = ("Bei einer Rallye konnten die Gäste ihr Wissen testen: Wo liegt das Inflationsziel im Euroraum? Was ist das "
         "Hauptziel der Geldpolitik? Wie viele duale Studiengänge bietet die Bundesbank? Wer alle Fragen richtig "
         "beantwortete und etwas Glück hatte, konnte die Sammlermünze „Subtropische Zone“ gewinnen. „Bei der Bundesbank "
         "denkt man zunächst nur an Geld, aber beim Tag der offenen Tür bekommt man einen Eindruck, wie vielfältig die "
         "Aufgaben der Bundesbank sind“, erzählte eine Gewinnerin, die die Bundesbank bereits zum zweiten Mal besuchte. "
         "Ihren Töchtern hat der Informationsstand der Bankenaufsicht am besten gefallen – was wohl nicht zuletzt am "
         "Bällebad lag, in das große und kleine Gäste eintauchen konnten.")

add(id="ho107-bundesbank-themen-bundesbank-erleben",
    title="Bundesbank erleben Tausende Besucherinnen und Besucher beim Tag der offenen Tür",
    url="https://bundesbank.de/de/aufgaben/themen/tausende-besucherinnen-und-besucher-beim-tag-der-offenen-tuer-797798",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen' on its open day of 2019; the "
              "kicker 'Bundesbank erleben' and the headline, two lines in the stored copy, joined with a space as the "
              "first line (rule 150); the subheadings 'Spaß für Groß und Klein', 'Ein Klassiker und viele Highlights' and "
              "'Der Bundesbankvorstand hautnah' kept as lines of their own (rule 18); the last paragraph 'Weidmann konnten "
              "die Gäste auch persönlich treffen … mit dem Bundesbankpr', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Rund 20.000 Menschen strömten auf das Gelände der Bundesbank, als diese am Wochenende ihre Türen öffnete. Unter "
           "dem Motto „Bundesbank erleben“ warteten auf sie unter anderem eine virtuelle Hausführung, ein Goldbarren zum "
           "Anfassen und spannende Quizvorträge.",
           "Spaß für Groß und Klein",
           BE_P2,
           "Ein Klassiker und viele Highlights",
           "Ihren Eltern gefiel dagegen die Geldbearbeitungsmaschine am besten. Ein Klassiker, der bereits beim ersten Tag "
           "der offenen Tür 2014 für Staunen gesorgt hatte. Außerdem beeindruckte die Aussicht vom 13. Stock. Dieser war "
           "an diesem Wochenende für alle frei zugänglich und bot bei strahlendem Sonnenschein einen einzigartigen Blick "
           "über die Frankfurter Skyline.",
           "Neben diesen Klassikern gab es auch einige neue Highlights zu sehen, wie den Virtual-Reality-Dome, ein "
           "kuppelförmiges Kinozelt. Besucherinnen und Besucher konnten mittels einer VR-Brille an einem virtuellen "
           "Hausrundgang teilnehmen und sich unter anderem im Goldtresor und im Büro von Bundesbankpräsident Jens Weidmann "
           "umschauen.",
           "Der Bundesbankvorstand hautnah"],
    quotes=[("„Bundesbank erleben“", None),
            ("„Subtropische Zone“", None),
            (cut(BE_P2, "„Bei der Bundesbank", "sind“"), GEWINNERIN)],
    aliases={GEWINNERIN: ["Gewinnerin", "eine Gewinnerin"]})
