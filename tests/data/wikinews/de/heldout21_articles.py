# Twenty-first held-out German real-news set (tests/data/heldout21-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-123; no new rule was needed). None of these pages is in any tests/data/*.jsonl (checked by URL
# and OTS number against every `source` field and every URL in the annotation modules and SOURCES files, by title, and
# by an 8-word overlap search against the texts of all sets). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py.
# Sources: releases of the Austrian Parliament's Parlamentskorrespondenz (two on parlament.gv.at, six on the OTS
# press-release service, dateline "Wien (PK)", one reposted by the Österreich Journal) and one news item of the
# Commission's Representation in Austria reposted by the Österreich Journal. All stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka"]

# --- Parlamentskorrespondenz reposted by the Österreich Journal ---

add(id="ho21-pk-oej-2019-sobotka-prammer",
    title=None,
    url="http://oe-journal.at/Aktuelles/!2019/0719/W5/20208pkSobotka.htm",
    retrieved="same address (the Parlamentskorrespondenz's release of 2 August 2019, dateline 'Wien (pk)', as reposted "
              "by the Österreich Journal (rule 31); the stored copy begins with the line 'Der Nationalratspräsident "
              "würdigt verstorbene Amtsvorgängerin', kept as the first line without a title (rule 32); the stored copy "
              "wraps its lines at a fixed width: the wraps are joined with one space, and a paragraph break is kept only "
              "where a line ends a sentence and the next opens a new one ('… ihr Verdienst.' / 'Der "
              "Nationalratspräsident erinnerte …'; '… betonte er.' / 'Sobotka wollte …'); the trailing '|' of the page "
              "dropped; complete in the stored copy)",
    license=PK,
    paras=["Der Nationalratspräsident würdigt verstorbene Amtsvorgängerin",
           'Wien (pk) – "Barbara Prammer hat in ihrer fast achtjährigen Zeit an der Spitze des Parlaments von Oktober '
           '2006 bis August 2014 durch ihre Persönlichkeit und Amtsführung die Politik in Österreich positiv geprägt", '
           'würdigte Nationalratspräsident Wolfgang Sobotka am 2. August seine vor fünf Jahren verstorbene '
           'Amtsvorgängerin. Mit großem Engagement sei es ihr gelungen, das Hohe Haus weiter zu öffnen und vor allem dem '
           'politischen Bildungsauftrag mit der Errichtung der Demokratiewerkstatt einen entsprechenden Stellenwert zu '
           'geben. Er sei Prammer vor allem aber auch für deren umsichtige Vorbereitung der Generalsanierung des '
           'historischen Parlamentsgebäudes am Ring dankbar, betonte Sobotka. Dass die Arbeiten heute gut vorangehen und '
           'der Hansen-Bau zudem gemäß den Anforderungen eines modernen Parlamentarismus adaptiert wird, sei nicht '
           'zuletzt auch ihr Verdienst.',
           'Der Nationalratspräsident erinnerte aber auch an die unter der Ära Prammer vorgenommene Öffnung des Hohen '
           'Haus für die Vertriebenen und in der Emigration lebenden Menschen. Diese sei von ihr mit Überzeugung und mit '
           'Weitblick für die nachkommenden Generationen betrieben worden. "Barbara Prammer hat die österreichische '
           'Gedenk- und Erinnerungskultur zeitgemäß ausgerichtet und im Parlament nachhaltig verankert", betonte er.',
           'Sobotka wollte aber auch die Verdienste Prammers um die Gleichberechtigung nicht unerwähnt lassen: "Ihre '
           'Leistungen für die österreichische Frauenpolitik sind vielfältig wie ihr gesamtes Leben und haben bis heute '
           'gültige Meilensteine hervorgebracht."'],
    quotes=[('"Barbara Prammer hat in ihrer fast achtjährigen Zeit an der Spitze des Parlaments von Oktober 2006 bis '
             'August 2014 durch ihre Persönlichkeit und Amtsführung die Politik in Österreich positiv geprägt"',
             "Wolfgang Sobotka"),
            ('"Barbara Prammer hat die österreichische Gedenk- und Erinnerungskultur zeitgemäß ausgerichtet und im '
             'Parlament nachhaltig verankert"', "Wolfgang Sobotka"),
            ('"Ihre Leistungen für die österreichische Frauenpolitik sind vielfältig wie ihr gesamtes Leben und haben bis '
             'heute gültige Meilensteine hervorgebracht."', "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": SOBOTKA + ["Nationalratspräsident"]})

# --- Parlamentskorrespondenz on OTS ---

add(id="ho21-pk-ots-2019-sobotka-ehrenzeichen",
    title="Nationalratspräsident Sobotka überreichte Ehrenzeichen an ehemalige Abgeordnete",
    url="https://www.ots.at/presseaussendung/OTS_20190603_OTS0199/nationalratspraesident-sobotka-ueberreichte-ehrenzeichen-an-ehemalige-abgeordnete",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 3 June 2019, dateline 'Wien (PK)'; "
              "the store's prefix ' date 2019-06 ' before the headline dropped; headline and subtitle are separate lines "
              "in the stored copy and kept so; the paragraph 'Sobotka überreichte den acht ehemaligen "
              "Nationalratsabgeordneten die Ehrenzeichen, die ihnen von Bundespräsident Alexander Van der Bellen für', cut "
              "off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Acht MandatarInnen des Nationalrats für ihre Verdienste um die Republik ausgezeichnet",
           'Wien (PK) - Fast als kleine Wissenschaft für sich könnten Laien das Prozedere der Beantragung, Verleihung und '
           'mitunter auch das korrekte Tragen der verschiedenen Ehrenzeichen für Verdienste um die Republik Österreich '
           'betrachten, wie es auf der Website des Bundespräsidenten in den Erläuterungen zu den Auszeichnungen unter '
           'anderem heißt. Ob eine solche Ehrung noch zeitgemäß sei, beantwortete Nationalratspräsident Wolfgang Sobotka '
           'bei der heutigen Ehrenzeichen-Verleihung im Parlament mit einem klaren: "Ich meine, mehr denn je." Insgesamt '
           'acht ehemalige Abgeordnete des Nationalrats wurden für ihre Verdienste um die Republik ausgezeichnet.',
           '"Sie haben der Republik im wahrsten Sinne des Wortes gedient", wandte sich der Nationalratspräsident im '
           'Hinblick auf die hohe Bedeutung ihrer Arbeit an die Abgeordneten. Das beginne mit dem oft nicht öffentlich '
           'wahrgenommenen permanenten Einsatz im Wahlkreis, 24 Stunden am Tag, 365 Tage im Jahr für die Menschen dort '
           'verfügbar zu sein. Dazu komme eine umfassende Expertise zur Gesetzgebungsmaterie, Argumentation und '
           'Fingerspitzengefühl im demokratischen Prozess nach innen und außen und die Rolle als "Pars pro toto", in der '
           'PolitikerInnen auch immer als Beispiel für das Ganze stehen. Dafür brauche es eine gehörige Portion Mut. '
           'Umso mehr müsse eine Demokratie stolz auf ihre VolksvertreterInnen sein, so Sobotka. Die heutige Auszeichnung '
           'unterstreiche das Wirken der Abgeordneten in besonderer Weise, vor allem auch im Hinblick auf das umfassend '
           'breite Portfolio der Arbeit, und es wirke über die Amtszeit hinaus.'],
    quotes=[('"Ich meine, mehr denn je."', "Wolfgang Sobotka"),
            ('"Sie haben der Republik im wahrsten Sinne des Wortes gedient"', "Wolfgang Sobotka"),
            ('"Pars pro toto"', "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": SOBOTKA + ["Nationalratspräsident"]})

add(id="ho21-pk-ots-2020-sobotka-prag-staatsoper",
    title="Österreich und Tschechien bekräftigen intensive parlamentarische Kontakte",
    url="https://www.ots.at/presseaussendung/OTS_20200105_OTS0007/oesterreich-und-tschechien-bekraeftigen-intensive-parlamentarische-kontakte",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 5 January 2020, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2020-01 ' before the headline dropped; headline and subtitle kept as "
              "separate lines as stored; the published misspelling 'betont Sobota' and the unaccented 'Vondracek' beside "
              "'Vondráček' kept (rule 20); the paragraph 'Wie bereits bei seinem Austausch mit dem kroatischen "
              "Parlamentspräsidenten … Die Verzögerung dieser', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Nationalratspräsident Wolfgang Sobotka zu Gast bei Wiedereröffnung der Staatsoper in Prag",
           'Wien (PK) - Auf Einladung des Tschechischen Parlamentspräsidenten Radek Vondráček reist Nationalratspräsident '
           'Wolfgang Sobotka am Sonntag nach Prag. Als Ehrengast Vondráčeks nimmt Sobotka dabei gemeinsam mit seiner '
           'Gattin am Galakonzert anlässlich der feierlichen Wiedereröffnung der Tschechischen Staatsoper teil.',
           '"Die neu renovierte Oper besuchen und einen künstlerisch so anspruchsvollen Abend erleben zu dürfen ist mir '
           'eine besondere Freude", sagte Sobotka im Vorfeld des Besuchs. Die Staatsoper habe eine besondere historische '
           'Bedeutung und war schon 1888 als Neues Deutsches Theater errichtet worden, das als künstlerisches Zentrum der '
           'Deutschsprachigen und der jüdischen Bevölkerung galt. An der Wiedereröffnung teilnehmen zu können sei ihm '
           'eine besondere Ehre, so Sobotka.',
           'Im Zuge des Aufenthalts wird es auch zu einem inhaltlichen Austausch zwischen Nationalratspräsident Sobotka '
           'und seinem tschechischen Amtskollegen kommen, bei dem vor allem aktuelle Herausforderungen für die '
           'Europäische Union und die bilateralen Beziehungen beider Länder im Mittelpunkt stehen. "Neben dem Austritt '
           'Großbritanniens muss die EU Antworten auf weitere Zukunftsfragen, wie beispielsweise den Klimawandel, '
           'demographische Veränderungen, den globalen Wettbewerb oder den Schutz der Außengrenzen der Union, finden. Ein '
           'wesentlicher Fokus in diesem Jahr muss aber in erster Linie auf der Erweiterung der Europäischen Union in '
           'Richtung Westbalkan liegen", betont Sobota vor dem Treffen mit Vondracek.'],
    quotes=[('"Die neu renovierte Oper besuchen und einen künstlerisch so anspruchsvollen Abend erleben zu dürfen ist mir '
             'eine besondere Freude"', "Wolfgang Sobotka"),
            ('"Neben dem Austritt Großbritanniens muss die EU Antworten auf weitere Zukunftsfragen, wie beispielsweise den '
             'Klimawandel, demographische Veränderungen, den globalen Wettbewerb oder den Schutz der Außengrenzen der '
             'Union, finden. Ein wesentlicher Fokus in diesem Jahr muss aber in erster Linie auf der Erweiterung der '
             'Europäischen Union in Richtung Westbalkan liegen"', "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": SOBOTKA + ["Nationalratspräsident Sobotka", "Sobota"]})

add(id="ho21-pk-ots-2019-frauen-themen-symposium",
    title="NR-Präsident Sobotka: Zeigt nicht nur ein Frauenbild, sondern ein Demokratiebild, welches dem 21. Jahrhundert "
          "würdig ist",
    url="https://www.ots.at/presseaussendung/OTS_20190508_OTS0195/nr-praesident-sobotka-zeigt-nicht-nur-ein-frauenbild-sondern-ein-demokratiebild-welches-dem-21-jahrhundert-wuerdig-ist",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 8 May 2019, dateline 'Wien (PK)'; "
              "the store's prefix ' date 2019-05 ' before the headline dropped; headline and subtitle kept as separate "
              "lines as stored; the published full stop before the event title ('… 100 Jahre Frauenwahlrecht. \"FRAUEN "
              "- Themen, [die]\" ins Parlament …') and the comma inside the closing mark ('eintreten,\"') kept (rule 20); "
              "the paragraph 'Der Ausgangspunkt der Veranstaltungsreihe \"100 Jahre Frauenwahlrecht\" … Mutige und "
              "frauenpolitisch wachsame Pi', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Das Symposium FRAUEN - Themen, [die] bildete den Abschluss der Veranstaltungsreihe 100 Jahre Frauenwahlrecht",
           'Wien (PK) - Nationalratspräsident Wolfgang Sobotka und die Frauensprecherinnen luden gestern zur '
           'Abschlussveranstaltung der Veranstaltungsreihe zu 100 Jahre Frauenwahlrecht. "FRAUEN - Themen, [die]" ins '
           'Parlament in der Hofburg. Frauenministerin Juliane Bogner-Strauss dankte in ihrer Eröffnungsansprache '
           'NR-Präsidenten Wolfgang Sobotka für den thematischen Schwerpunkt mit der Veranstaltungsreihe.',
           '"Es ist wichtig, den Pionierinnen zu gedenken, die damals auf die Straße gegangen sind und für das Wahlrecht '
           'für Frauen gekämpft haben. Wir haben schon viel erreicht für die Frauen in Österreich, aber wir dürfen nie '
           'aufhören zu kämpfen. Wir müssen konsequent sein und für Gleichbehandlung und Gleichstellung eintreten," ist '
           'die Frauenministerin überzeugt.',
           '"Für uns ist es selbstverständlich wählen zu gehen, aber das war nicht immer so. Auch in knapp drei Wochen ist '
           'wieder eine Wahl - ich sehe es als unsere Pflicht an, wählen zu gehen. Ich bin stolz auf die Frauen, die den '
           'Mut haben und sich der Wahl stellen. Manchmal ist Frauenpolitik ein Weg der kleinen Schritte. Was führt zum '
           'Gender-Pay-Gap und wie kann man die Pensionsschere wieder aufschließen? Gleichbehandlung bzw. Gleichstellung '
           'geht uns alle an. Gleichstellung beginnt zuhause", so Juliane Bogner-Strauss.'],
    quotes=[('"FRAUEN - Themen, [die]"', None),
            ('"Es ist wichtig, den Pionierinnen zu gedenken, die damals auf die Straße gegangen sind und für das Wahlrecht '
             'für Frauen gekämpft haben. Wir haben schon viel erreicht für die Frauen in Österreich, aber wir dürfen nie '
             'aufhören zu kämpfen. Wir müssen konsequent sein und für Gleichbehandlung und Gleichstellung eintreten,"',
             "Juliane Bogner-Strauss"),
            ('"Für uns ist es selbstverständlich wählen zu gehen, aber das war nicht immer so. Auch in knapp drei Wochen ist '
             'wieder eine Wahl - ich sehe es als unsere Pflicht an, wählen zu gehen. Ich bin stolz auf die Frauen, die den '
             'Mut haben und sich der Wahl stellen. Manchmal ist Frauenpolitik ein Weg der kleinen Schritte. Was führt zum '
             'Gender-Pay-Gap und wie kann man die Pensionsschere wieder aufschließen? Gleichbehandlung bzw. Gleichstellung '
             'geht uns alle an. Gleichstellung beginnt zuhause"', "Juliane Bogner-Strauss")],
    aliases={"Juliane Bogner-Strauss": ["Juliane Bogner-Strauss", "Frauenministerin Juliane Bogner-Strauss",
                                        "Frauenministerin"]})

add(id="ho21-pk-ots-2016-bures-van-der-bellen",
    title="Nationalratspräsidentin Bures empfing den designierten Bundespräsidenten Van der Bellen zu Arbeitsgespräch",
    url="http://www.ots.at/presseaussendung/OTS_20161219_OTS0125/nationalratspraesidentin-bures-empfing-den-designierten-bundespraesidenten-van-der-bellen-zu-arbeitsgespraech",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 19 December 2016, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2016-12 ' before the headline dropped; headline and subtitle kept as "
              "separate lines as stored; the paragraph 'Ausdrücklich begrüßte die Nationalratspräsidentin die Ankündigung "
              "des designierten Bundespräsidenten … \"Die Rolle des Bundespräsidenten als Türöffner … Herausragendes zu "
              "bieten\", so die Nationalratspräsidentin', which the stored copy cuts off at that word without the end of "
              "the sentence, dropped (rule 15))",
    license=PK,
    paras=["Bures: Gut für Österreich und die Demokratie in unserem Land, dass Wahlergebnis nun über alle Zweifel erhaben "
           "ist",
           'Wien (PK) - Zu einem rund einstündigen Arbeitsgespräch kamen heute Nationalratspräsidentin Doris Bures und der '
           'designierte Bundespräsident Alexander Van der Bellen im Parlament zusammen. Nationalratspräsidentin Bures '
           'nutzte die Gelegenheit, um Alexander Van der Bellen noch einmal persönlich zu seiner Wahl zum Staatsoberhaupt '
           'zu gratulieren. "Es ist gut für Österreich und die Demokratie in unserem Land, dass wir nun ein Ergebnis haben, '
           'das über alle Zweifel erhaben ist", so Bures.',
           'Auf der Gesprächsagenda standen innen- und außenpolitische Fragen sowie die bevorstehende Angelobung des neuen '
           'Bundespräsidenten durch die Bundesversammlung. Das Kollegium der drei NationalratspräsidentInnen wird die '
           'Bundesversammlung für 26. Jänner 2017 voraussichtlich noch diese Woche einberufen.',
           'Nationalratspräsidentin Bures, die als Vorsitzende des Kollegiums bis zur Angelobung interimistisch die Agenden '
           'des Bundespräsidenten ausübt, informierte den designierten Bundespräsidenten außerdem über die laufenden '
           'Amtsgeschäfte und über noch anstehende Termine in dieser Funktion.'],
    quotes=[('"Es ist gut für Österreich und die Demokratie in unserem Land, dass wir nun ein Ergebnis haben, das über alle '
             'Zweifel erhaben ist"', "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin Bures",
                             "Nationalratspräsidentin"]})

add(id="ho21-pk-ots-2004-khol-arttirol",
    title='NATIONALRATSPRÄSIDENT KHOL ERÖFFNET "ARTTIROL" IM PARLAMENT',
    url="https://www.ots.at/presseaussendung/OTS_20040323_OTS0228/nationalratspraesident-khol-eroeffnet-arttirol-im-parlament-ausstellung-zeigt-kunstankaeufe-des-landes-tirol-2001-2002",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 23 March 2004, dateline 'Wien "
              "(PK)'; the stored copy runs headline and subtitle together on one line, here the subtitle is its own line "
              "(as in the twentieth set); the hard line breaks of the OTS text inside paragraphs joined with a space; the "
              "paragraph 'Kurator Thomas Trummer erläuterte, man könne die Ausstellung unter das Motto \"What you get is "
              "what you see', cut off in the stored copy inside its quotation, dropped (rule 15))",
    license=PK,
    paras=["Ausstellung zeigt Kunstankäufe des Landes Tirol 2001 - 2002",
           'Wien (PK) - Nationalratspräsident Andreas Khol eröffnete heute gemeinsam mit der Tiroler Landesrätin '
           'Elisabeth Zanon eine Ausstellung zeitgenössischer Kunst im Parlament. Unter dem Titel "arttirol" werden '
           'Kunstankäufe des Landes Tirol in den Jahren 2001 - 2002 gezeigt. Zu sehen sind Werke von Ernst Caramelle, '
           'Werner Feiersinger, Thomas Feuerstein, Heinz Gappmayr, Martin Gostner, Christoph Hinterhuber, Peter Kogler, '
           'Dorit Margreiter, Walter Obholzer, Eva Schlegel, Rudolf Stingel, Paul Thuile, Lois Weinberger, Franz West und '
           'Heimo Zobernig.',
           'Nationalratspräsident Khol wies in seiner Begrüßungsansprache darauf hin, dass die Ausstellung "arttirol" Teil '
           'einer Veranstaltungsreihe ist, die das Parlament gemeinsam mit den Kulturabteilungen der Bundesländer '
           'durchführt. Ziel ist es, zeitgenössische Kunst aus den Ländern im Hohen Haus vorzustellen und, wie Khol '
           'meinte, im Parlament einmal "wirkliche Qualität" zu zeigen. Bereits im vergangenen Jahr wurden Werke '
           'Vorarlberger Künstlerinnen und Künstler im Hohen Haus präsentiert, als nächstes sind das Burgenland (Herbst '
           '2004) und Niederösterreich (Frühjahr 2005) an der Reihe.',
           'Landesrätin Zanon freute sich darüber, dass "wir Tiroler hier im Parlament diese Ausstellung machen dürfen". '
           'Es würden Werke von renommierten Künstlerinnen und Künstlern ausgestellt, die sowohl national als auch '
           'international anerkannt seien, darunter auch etliche Tiroler, unterstrich sie. Sowohl Zanon als auch Khol '
           'verwiesen darauf, dass die Kunstankäufe von einer unabhängigen Jury getätigt worden seien. Diese Jury wurde '
           'noch vom jetzigen Verteidigungsminister und früheren Tiroler Landesrat Günther Platter eingesetzt, den der '
           'Nationalratspräsident auch zur Ausstellungseröffnung begrüßen konnte.'],
    quotes=[('"ARTTIROL"', None),
            ('"arttirol"', None, 0),
            ('"arttirol"', None, 1),
            ('"wirkliche Qualität"', "Andreas Khol"),
            ('"wir Tiroler hier im Parlament diese Ausstellung machen dürfen"', "Elisabeth Zanon")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol", "Nationalratspräsident Khol",
                              "KHOL", "NATIONALRATSPRÄSIDENT KHOL"],
             "Elisabeth Zanon": ["Elisabeth Zanon", "Landesrätin Elisabeth Zanon", "Zanon", "Landesrätin Zanon",
                                 "Tiroler Landesrätin Elisabeth Zanon"]})

add(id="ho21-pk-ots-2004-femina-grenzenlos",
    title="AUSSTELLUNG IM PARLAMENT: KÜNSTLERINNEN - GRENZENLOS VERNETZT",
    url="https://www.ots.at/presseaussendung/OTS_20040310_OTS0231/ausstellung-im-parlament-kuenstlerinnen-grenzenlos-vernetzt-kuenstlerinnen-aus-vier-europaeischen-laendern-zeigen-ihre-werke",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 10 March 2004, dateline 'Wien "
              "(PK)'; the stored copy runs headline and subtitle together on one line, here the subtitle is its own line; "
              "the paragraph 'Bundesministerin Benita Ferrero-Waldner', cut off in the stored copy after the name, "
              "dropped (rule 15))",
    license=PK,
    paras=["Künstlerinnen aus vier europäischen Ländern zeigen ihre Werke",
           'Wien (PK) - Anlässlich des Internationalen Frauentages und der baldigen Erweiterung der Europäischen Union '
           'fand heute in der Säulenhalle des Parlaments eine Ausstellung unter dem Titel "femina 2004 - grenzenlos", '
           'Frauen - Kunst - Austausch statt. Gezeigt werden die Arbeiten von insgesamt acht Künstlerinnen, von denen '
           'vier aus den Nachbarstaaten Slowenien, Slowakei und Ungarn kommen, und vier aus Österreich: Marianna '
           'Arvay-Cunderlikova (Slowakei), Terez Borza (Ungarn), Zvonka Simcic und Tanja Vujinovic (beide Slowenien), '
           'Waltraud Gschiel, Margarete Magistris, Maria Temnitschka und Sybille Uitz (alle Österreich). Gastgeber neben '
           'Nationalratspräsident Andreas Khol war der "Club alpha" unter seiner Obfrau Isabella Ackerl. Eröffnet wurde '
           'die Ausstellung von Bundesministerin Benita Ferrero-Waldner.',
           'Zeitgleich mit der Präsentation im Parlament gibt es Ausstellungen mit Werken der vier Künstlerinnen aus den '
           'Beitrittsländern in den Wiener Galerien Club alpha, Galerie Haslinger und Siebensterngalerie. Die vier '
           'österreichischen Künstlerinnen können ihre Werke in Mikulov (Tschechische Republik), Budapest (Ungarn) und '
           'Slovenj Gradec (Slowenien) zeigen. Diese Gleichzeitigkeit soll den Beitritt der vier involvierten Länder '
           'symbolisieren, die Vernetzung via Internet unterstreicht die Verbundenheit und den Kulturaustausch über die '
           'Grenzen hinweg.',
           'In seiner Begrüßungsansprache bezeichnete es Nationalratspräsident Khol als eine großartige Idee, Kunst und den '
           'europäischen Gedanken miteinander zu vereinen. Die Erweiterung der Europäischen Union mit dem Frauentag in '
           'Verbindung zu bringen, zeige, was Künstlerinnen zur Gestaltung der Umwelt kulturell beitragen können. Diese '
           'Ausstellung sei eine Demonstration von Kultur in einem größeren europäischen Raum, den wir ab dem 1. Mai '
           'erleben dürfen.'],
    quotes=[('"femina 2004 - grenzenlos"', None),
            ('"Club alpha"', None)],
    aliases={})

# --- Parlamentskorrespondenz on parlament.gv.at ---

add(id="ho21-pk-2011-299-rollig-zeichnung-fotografie",
    title="Parlamentskorrespondenz Nr. 299 vom 28.03.2011",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK0299/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the paragraph 'Nationalratspräsidentin Prammer wies darauf hin, dass bereits "
              "ihr Amtsvorgänger Andreas Khol … und qualifizierte das Hohe Haus a', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=["Zeichnung und Fotografie II: Zeitgenössische Kunst im Parlament",
           "Prammer eröffnet zweite von Stella Rollig kuratierte Ausstellung",
           "Wien (PK) – Moderne Kunst gehört seit Jahren zum fixen Bestandteil des Parlaments. In den Ausschusslokalen des "
           "Hohen Hauses und anderen Räumlichkeiten werden in regelmäßigen Abständen und mit wechselnden Aspekten Werke "
           "zeitgenössischer Künstlerinnen und Künstler gezeigt. Heute Abend eröffnete Nationalratspräsidentin Barbara "
           "Prammer die zweite von Lentos-Direktorin Stella Rollig gestaltete Schau.",
           'Unter dem Titel "Zeichnung und Fotografie II" setzt die Kunstkuratorin des Parlaments ihren im vergangenen '
           'Jahr gewählten Schwerpunkt fort und stellt Positionen von insgesamt sieben KünstlerInnen vor: Maria '
           'Hahnenkamp, Otto Zitko, Sevda Chkoutova, Sissa Micheli, Dietmar Brehm, Martin Osterider und Uli Aigner. Ihnen '
           'allen ist gemein, dass sie in Österreich geboren sind oder heute in Österreich leben und mit ihrer Arbeit das '
           'aktuelle Kunstgeschehen mitprägen.',
           'Für Rollig war es, wie sie bei der Vernissage betonte, "lustvoll", die KünstlerInnen auszuwählen. Schließlich '
           'sei es etwas ganz anderes, Kunst in Arbeitsräumen zu präsentieren, als eine Ausstellung in einem Museum zu '
           'gestalten, skizzierte sie. Aus diesem Grund habe sie sich auch gemeinsam mit ihrem Vorgänger, Gerald Matt, '
           'entschieden, keine Themenausstellungen im Parlament zu machen, sondern mit der Zeichnung und der Fotografie '
           'zwei Medien in den Vordergrund zu rücken, die im Kunstbetrieb in der Regel eine weniger große Rolle spielten. '
           'Für die nunmehrige Schau habe sie Werke gewählt, die sich nicht auf den ersten Blick erschließen, sagte '
           'Rollig, würden die Abgeordneten doch oft Stunden in den Ausschusslokalen verbringen.'],
    quotes=[('"Zeichnung und Fotografie II"', None),
            ('"lustvoll"', "Stella Rollig")],
    aliases={"Stella Rollig": ["Stella Rollig", "Lentos-Direktorin Stella Rollig", "Rollig"]})

add(id="ho21-pk-2012-778-sondersitzung-berlakovich",
    title="Parlamentskorrespondenz Nr. 778 vom 15.10.2012",
    url="http://www.parlament.gv.at/PAKT/PR/JAHR_2012/PK0778/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the published double space in 'NR-Sondersitzung  zum' and the spelling "
              "'Nikolaos Berlakovich' kept (rule 20); the paragraph 'Diese \"Inseratenkorruption\" werde durch ein "
              "Netzwerk aus \"Bauernzeitung\" (Eigentümer Agrar', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Nationalrat untersucht Öffentlichkeitsarbeit des Lebensministeriums",
           "Erste von drei angekündigten Sondersitzungen",
           'Wien (PK) – "Öffentlichkeitsarbeit" des Lebensministeriums oder Imagekampagne des ÖVP-Ministers? – Das war die '
           'Frage, mit der sich das Nationalratsplenum in seiner heutigen (172.) Sitzung, einer NR-Sondersitzung  zum '
           'Thema Inserate, Medienkooperationen und Ressort-Homepage im Landwirtschaftsministerium, befasste. Insgesamt 14 '
           'Detailfragen enthielt die Dringliche Anfrage, die das BZÖ unter dem Titel "Schwarzer Inserator - Berlakovich '
           'oder die schwarzen Kanäle des Lebensministeriums" an Bundesminister Nikolaos Berlakovich richtete. Ein '
           'Entschließungsantrag des BZÖ zur Einsetzung von Untersuchungsausschüssen als Minderheitenrecht wurde '
           'abgelehnt.',
           'In seiner Anfrage-Begründung führte Stefan PETZNER (B) aus, seine Fraktion habe den dringenden Verdacht, dass '
           'Steuergeld vom Lebensministerium über den Bauernbund zur illegalen Parteienfinanzierung für die ÖVP '
           'missbraucht worden sei. Grundsätzlich heiße das BZÖ Werbung öffentlicher Stellen gut, betonte Petzner, doch '
           'ginge es nicht an, wenn Werbeausgaben eines Ministeriums nicht den Prinzipien der Sparsamkeit, '
           'Wirtschaftlichkeit und Zweckmäßigkeit entsprächen. Bezugnehmend auf einen Rohbericht des Rechnungshofes hielt '
           'der B-Mandatar Minister Berlakovich vor, von 2006 bis 2011 habe die Öffentlichkeitsarbeit des '
           'Lebensministeriums 30 Millionen Euro gekostet, wovon 13 Millionen für Schaltungen in Printmedien aufgewendet '
           'wurden. Jedoch, zitierte Petzner den Rechnungshofbericht, sei in 94% der Inserate bildlich dargestellt der '
           'Minister Hauptthema der Werbung gewesen. Ähnliche Fälle ministerbezogener Werbekampagnen ortete der '
           'Abgeordnete bei der Aktion zur "Genussregion Österreich" sowie bei Initiativen der Agrarmarkt Austria (AMA) und '
           'des Klimafonds.'],
    quotes=[('"Öffentlichkeitsarbeit"', None),
            ('"Schwarzer Inserator - Berlakovich oder die schwarzen Kanäle des Lebensministeriums"', "BZÖ"),
            ('"Genussregion Österreich"', None)],
    aliases={"BZÖ": ["BZÖ", "das BZÖ"]})

# --- Commission news reposted by the Österreich Journal ---

add(id="ho21-ec-oej-2015-wojahn-wien",
    title="Vertretung der EU-Kommission seit 01.09. unter neuer Leitung",
    url="http://www.oe-journal.at/Aktuelles/!2015/0915/W1/40209Aec.htm",
    retrieved="same address (a news item of the European Commission's Representation in Austria, dateline "
              "'Brüssel/Wien (ec)', as reposted by the Österreich Journal (rule 31); the headline, which the stored copy "
              "breaks after 'seit', joined with one space; the repost's date lines 'erstellt am' / '02. 09. 15' / '10:00 "
              "MEZ', the link 'zurück' and the Journal's footer ('Die Nachrichten-Rubrik \"Österreich, Europa und die "
              "Welt\" … http://www.oesterreichjournal.at') dropped as furniture; the published mixed marks „…\" kept "
              "(rule 21); complete in the stored copy)",
    license=EU,
    paras=['Brüssel/Wien (ec) - Der 44-jährige Deutsche Jörg Wojahn trat am 01.09. sein Amt als neuer Leiter der '
           'Vertretung der EU-Kommission in Wien an. In seiner Antrittsrede vor MitarbeiterInnen im Haus der Europäischen '
           'Union nahm er sogleich Bezug auf die aktuellen Herausforderungen denen sich die Europäische Union stellen '
           'muss: „Vor uns liegt viel Arbeit, denn wir stehen vor besonderen Herausforderungen. Vor allem für die '
           'Flüchtlinge, die bei uns in Europa eine Zuflucht oder eine Zukunft suchen, müssen wir eine Lösung finden. Wir '
           'stehen zweifellos vor einer Krise, doch als EU können wir sie gemeinsam meistern, wenn wir in Brüssel, in Wien '
           'und in den anderen Hauptstädten Europas zusammen arbeiten. Die EU-Kommission leistet dazu ihren Beitrag: mit '
           'politischen Lösungsvorschlägen, mit Koordinierung und mit finanzieller Unterstützung."',
           'Bis zuletzt war Wojahn Botschaftsrat in der EU-Delegation in Riad, Saudi Arabien. Zuvor war er im Europäischen '
           'Amt für Betrugsbekämpfung (OLAF) zunächst als stellvertretender-, und später als geschäftsführender Leiter der '
           'Öffentlichkeitsarbeit und OLAF-Sprecher tätig.'],
    quotes=[('„Vor uns liegt viel Arbeit, denn wir stehen vor besonderen Herausforderungen. Vor allem für die Flüchtlinge, '
             'die bei uns in Europa eine Zuflucht oder eine Zukunft suchen, müssen wir eine Lösung finden. Wir stehen '
             'zweifellos vor einer Krise, doch als EU können wir sie gemeinsam meistern, wenn wir in Brüssel, in Wien und '
             'in den anderen Hauptstädten Europas zusammen arbeiten. Die EU-Kommission leistet dazu ihren Beitrag: mit '
             'politischen Lösungsvorschlägen, mit Koordinierung und mit finanzieller Unterstützung."', "Jörg Wojahn")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn", "Wojahn"]})
