# Fourteenth held-out German real-news set (tests/data/heldout14-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-76, and the new rules 77-79). None of these pages is in any tests/data/*.jsonl (checked by URL,
# page title and distinctive strings against every annotation module, every SOURCES file and the texts of all sets,
# and by an 8-word overlap search over all tests/data/*.jsonl texts: no hit). The annotation was finished and
# committed before whosaid was run on any of these texts.
# Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: German Wikinews (CC BY 2.5) only: ten monthly archive pages of the main page (de.wikinews.org and
# de.m.wikinews.org), the year reviews 'Nachrichtenrückblick' 2006 and 2007, and one article of 2014 as stored on the
# de.wikiactu.com mirror. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402,F401
from licences import MIRROR, WN  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# The retrieval note shared by the archive pages of the mobile site.
MOBILE = ("stored page of the mobile site: the page title is the first line (rule 18); the navigation 'vorheriger Monat – "
          "nächster Monat' dropped (rule 70); the list bullets '- ' in front of the teasers dropped, each date line and "
          "teaser is its own line (rules 19, 78)")
DESKTOP = ("stored page: the page title is the first line (rule 18); the skip link 'Zum Inhalt springen', the boilerplate "
           "'aus Wikinews, einem freien Wiki für Nachrichten' and the navigation 'vorheriger Monatnächster Monat' dropped "
           "(rule 70); each date line and teaser is its own line")


# --- German Wikinews: monthly archives of the main page ---

p = ("Nach dem mutmaßlichen Test eines atomaren Sprengkopfes am vergangenen Dienstag verschärfte die nordkoreanische "
     "Regierung gestern erneut den Ton gegenüber der internationalen Staatengemeinschaft. Falls der Sicherheitsrat der "
     "Vereinten Nationen „weitere Provokationen unternimmt, wird dies unvermeidlich zu stärkeren "
     "Selbstverteidigungsmaßnahmen führen“, erklärte die nordkoreanische Führung. Im UN-Sicherheitsrat werden wegen des "
     "Atomtests zurzeit mögliche Sanktionen gegen Nordkorea diskutiert.")
add(id="ho14-wn-archiv-hauptseite-2009-05",
    title="Wikinews:Archiv/Hauptseite/2009/05",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2009/05",
    retrieved="same address (" + MOBILE + "; the date line 'Dienstag, 26. Mai 2009' and its teaser 'Das Bundeskriminalamt "
              "(BKA) greift … Seit Januar darf d', cut off in the stored copy, dropped (rules 15, 70))",
    license=WN,
    paras=["Samstag, 30. Mai 2009",
           "In einem Wadi in der Nähe des Dorfes Hasik (bei Salalah) im Sultanat Oman (im Südosten der Arabischen "
           "Halbinsel gelegen) entdeckte Emma Smart, eine für den World Wildlife Fund (WWF) arbeitende Wissenschaftlerin, "
           "eine neue Fischart.",
           p,
           "Infolge des Warnstreiks am vergangenen Dienstag von Studenten der Pädagogischen Hochschule in Heidelberg "
           "wurden nun erste Zugeständnisse an die Studierenden gemacht.",
           "Freitag, 29. Mai 2009",
           "Die erfolgreichste Snowboarderin aller Zeiten, Karine Ruby, ist am 29. Mai im Alter von 31 Jahren beim Sturz "
           "in eine Gletscherspalte am Mont-Blanc-Massiv gestorben.",
           "Der Autoverleiher Europcar möchte ab dem Jahr 2010 eine Kooperation mit dem Autohersteller Nissan eingehen. "
           "Nissan plant im Rahmen der Zusammenarbeit den Bau von Elektroautos. Das Modell ist eine Neuentwicklung von "
           "Nissan und soll im Oktober auf der Tokyo Motor Show vorgestellt werden. Die Mietwagen sollen zunächst in "
           "Australien, Belgien, Deutschland, Frankreich, Italien, Neuseeland, Portugal, Spanien und im Vereinigten "
           "Königreich erhältlich sein. Weitere Länder sollen nach und nach folgen.",
           "Wie angekündigt kam es am Dienstag, dem 26. Mai 2009, an der Pädagogischen Hochschule in Heidelberg zu einer "
           "Besetzung durch Studenten."],
    quotes=[(cut(p, "„weitere Provokationen", "führen“"), "nordkoreanische Führung")],
    aliases={"nordkoreanische Führung": ["nordkoreanische Führung", "nordkoreanische Regierung"]})

add(id="ho14-wn-archiv-hauptseite-2009-10",
    title="Wikinews:Archiv/Hauptseite/2009/10",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2009/10",
    retrieved="same address (" + MOBILE + "; the last teaser of 29 October 2009 'Bei der routinemäßigen Überprüfung der "
              "Landtagsabgeordneten … Der SPD-Abgeord', cut off in the stored copy, dropped (rule 15); the published "
              "'von nicht mehr 50 m²' kept (rule 20))",
    license=WN,
    paras=["Samstag, 31. Oktober 2009",
           "Vor 340 Jahren erschien ein Roman, der die Zeit des Dreißigjährigen Krieges (1618 bis 1648) schildert: „Der "
           "abenteuerliche Simplicissimus“ von Hans Jakob Christoffel von Grimmelshausen.",
           "Erst im dritten Wahlgang wurde Christine Lieberknecht gestern zur Nachfolgerin von Dieter Althaus im "
           "Ministerpräsidentenamt von Thüringen bestätigt. In den ersten beiden Wahlgängen erhielt Lieberknecht nicht "
           "die notwendige Mehrheit. Die Opposition im Erfurter Landtag sprach von einem „klassischen Fehlstart“.",
           "Freitag, 30. Oktober 2009",
           "Zu dem Raketenangriff, bei dem am 27. Oktober eine Katjuscha-Rakete in der Nähe von Kirjat Schmona im Norden "
           "Israels eingeschlagen ist, hat sich die mit al-Qaida verbundene Gruppe „Bataillone von Ziyād Dscharrah“ "
           "bekannt. Nach dem Angriff am Dienstag feuerte die israelische Armee Artilleriesalven auf das Gebiet, aus dem "
           "die Rakete abgeschossen wurde.",
           "Das wohl kleinste Hotel der Welt im Bremer Altstadtviertel Schnoor steht zum Verkauf. Gäste können es nur im "
           "Ganzen mieten. Es hat zwar drei Stockwerke, aber wegen des kleinen Grundstücks von 20 m² steht eine "
           "Nutzfläche von nicht mehr 50 m² zur Verfügung.",
           "Donnerstag, 29. Oktober 2009",
           "Der Präsident der Bremischen Bürgerschaft, Christian Weber (SPD), äußerte sich heute dahingehend, dass eine "
           "Gesetzeslücke geschlossen werden müsse, die durch den jüngsten Fall eines Bremer Landtagsabgeordneten "
           "offenbar geworden sei.",
           "Nachdem CDU und FDP am Montagabend, dem 26. Oktober, der Vereinbarung über die Leitlinien der Politik für die "
           "kommenden fünf Jahre zugestimmt hatten, wurde am Dienstag durch die Partei- und Fraktionsspitze die "
           "Vereinbarung unter dem Titel „Verlässliche Partnerschaft“ unterschrieben."],
    quotes=[("„Der abenteuerliche Simplicissimus“", None),
            ("„klassischen Fehlstart“", "Opposition"),
            ("„Bataillone von Ziyād Dscharrah“", None),
            ("„Verlässliche Partnerschaft“", None)],
    aliases={"Opposition": ["Opposition"]})

add(id="ho14-wn-archiv-hauptseite-2011-10",
    title="Wikinews:Archiv/Hauptseite/2011/10",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2011/10",
    retrieved="same address (" + MOBILE + "; the date line 'Freitag, 28. Oktober 2011' and its teaser 'Am Freitag den 28. "
              "Oktober 2011 gegen 3 Uhr morgens … ein Motorrad, das', cut off in the stored copy, dropped (rules 15, 70); "
              "the published 'Argentenfilm', 'den 28.Oktober' and the teaser's closing '...' kept (rules 19, 20))",
    license=WN,
    paras=["Sonntag, 30. Oktober 2011",
           "Schon vor Monaten war die 19-jährige Rumänin nach Deutschland gelockt worden, man sagte ihr, sie könne als "
           "Kellnerin arbeiten. Hier wurde sie von einem Menschenhändler und Zuhälter gefügig gemacht und musste an "
           "verschiedenen Orten ihren Körper für Geld verkaufen. Von den Einnahmen sah sie nichts, sie erhielt lediglich "
           "Unterkunft und Verpflegung.",
           "In der südniedersächsischen Stadt streiten die Stadtverwaltung und die Einwohner eines Villenviertels um die "
           "Einrichtung einer Jugendhilfeeinrichtung.",
           "Samstag, 29. Oktober 2011",
           "In dieser Nacht – von Samstag, dem 29. Oktober 2011, auf Sonntag, den 30. Oktober 2011 – beginnt die "
           "Winterzeit. Um 3.00 Uhr werden die Uhren um eine Stunde auf 2.00 Uhr zurückgestellt; diese Nacht ist daher "
           "eine Stunde länger als gewohnt.",
           "Die Polizei hat die mutmaßliche Tatwaffe aufgefunden mit der am Freitagmorgen ein 41-jähriger Polizeibeamter "
           "erschossen und seine 30-jährige Streifenkollegin verletzt wurde. Es handelt sich um eine großkalibrige "
           "Pistole.",
           "Nach dem durchschnittlich erfolgreichen Film „Johnny English – Der Spion, der es versiebte“ ist dieser "
           "Argentenfilm besser geworden. Spezialagent „Johnny English“ (Rowan Atkinson) soll einen Anschlag auf den "
           "chinesischen Premierminister Ping verhindern. Dabei gerät er selbst unter Verdacht, einer der Verschwörer zu "
           "sein...",
           "Bis Freitag, den 28.Oktober, stand der schwedische Autobauer Saab kurz vor der Pleite. Jetzt sollen 100 "
           "Millionen Euro aus China die Rettung bringen. Die chinesischen Unternehmen Youngman und Pang Da wollen Saab "
           "zu diesem Preis zu 100 Prozent übernehmen. Das kündigten sie an, kurz bevor das Gericht über den Wegfall des "
           "Gläubigerschutzes entschieden hätte."],
    quotes=[("„Johnny English – Der Spion, der es versiebte“", None),
            ("„Johnny English“", None)],
    aliases={})

add(id="ho14-wn-archiv-hauptseite-2008-12",
    title="Wikinews:Archiv/Hauptseite/2008/12",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2008/12",
    retrieved="same address (" + MOBILE + "; the last teaser of 30 December 2008 'Die Spitzenkandidatin der "
              "linksorientierten Awami-Liga, … stand,', cut off in the stored copy, dropped (rule 15); the teaser that "
              "the page opens with its own headline run in ('Der Dinosaurier des Jahres Der Naturschutzbund …') kept so "
              "(rule 18))",
    license=WN,
    paras=["Mittwoch, 31. Dezember 2008",
           "Heinrich Pommerenke ist tot. Der als „Scheusal vom Schwarzwald“ bekannte Serientäter verbüßte wegen vier "
           "Morden, sieben Mordversuchen, sechs Raubüberfällen und zwei Vergewaltigungen eine lebenslange "
           "Freiheitsstrafe.",
           "Israelische Kampfflugzeuge setzten auch am fünften Tag nach dem Ausbruch der Kampfhandlungen am vergangenen "
           "Samstag ihre Angriffe auf Ziele im Gazastreifen fort.",
           "Dienstag, 30. Dezember 2008",
           "Die japanischen Firmen „Nissan Motor Co. Ltd.“, „NEC Corp.“ sowie die NEC-Tochter „NEC Tokin Corp.“ wollen "
           "in einem gemeinschaftlichen Unternehmen mit Namen „Automotive Energy Supply Corp“ (AESC) in die Produktion "
           "von Lithium-Ionen-Akkus investieren.",
           "Überraschend schnell ist es in Belgien gelungen, die dritte Regierungskrise dieses Jahres zu überwinden. König "
           "Albert II. ernannte am Montag den ehemaligen Finanzminister Herman Van Rompuy zum neuen Regierungschef. Die "
           "schnelle Ernennung war möglich geworden, weil sich Vertreter der bisherigen Fünf-Parteien-Koalition nach "
           "mehrstündigen Verhandlungen am heutigen Tage auf eine Fortsetzung der Koalition unter dem neuen "
           "Ministerpräsidenten verständigen konnten.",
           "60 getötete Journalisten im Jahr 2008 – das Internet gerät stärker ins Visier der Gegner von Presse- und "
           "Meinungsfreiheit in aller Welt. Das sind zwei Kernaussagen des Jahresberichts 2008 der "
           "Journalisten-Hilfsorganisation und -interessenvertretung „Reporter ohne Grenzen“ (ROG). Im Laufe des Jahres "
           "2008 wurden 673 Journalisten festgenommen, weitere 929 erlitten Gewalt und 29 waren Opfer von Entführungen.",
           "Der Dinosaurier des Jahres Der Naturschutzbund Deutschland (NABU) hat seinen Negativpreis „Dinosaurier des "
           "Jahres“ an Bundeswirtschaftsminister Michael Glos (CSU) vergeben."],
    quotes=[("„Scheusal vom Schwarzwald“", None),
            ("„Nissan Motor Co. Ltd.“", None),
            ("„NEC Corp.“", None),
            ("„NEC Tokin Corp.“", None),
            ("„Automotive Energy Supply Corp“", None),
            ("„Reporter ohne Grenzen“", None),
            ("„Dinosaurier des Jahres“", None)],
    aliases={})

add(id="ho14-wn-archiv-hauptseite-2008-11",
    title="Wikinews:Archiv/Hauptseite/2008/11",
    url="https://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2008/11",
    retrieved="same address (" + DESKTOP + "; the last teaser of 29 November 2008 'Die Standorte in Norddeutschland "
              "(Nordenham und Varel) … von einer hundertproze', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Sonntag, 30. November 2008",
           "Der Auftakt zum diesjährigen Rennrodel-Weltcup endete bei den Männern überraschend mit dem ersten Weltcupsieg "
           "des Deutschen Andi Langenhan. Dieser setzte sich vor seinem Teamkollegen David Möller und dem italienischen "
           "Olympiasieger Armin Zöggeler durch.",
           "Bereits am Wochenende zuvor begann der Skilanglauf-Weltcup 2008/09 für die Staffeln und "
           "Freistilspezialisten. Nun konnten auch die schnellsten Sprinter und Sprinterinnen auf Skiern erstmals in der "
           "Saison ihr Können zeigen. Dabei taten sich vor allem die Norweger hervor.",
           "Über die Flughäfen der thailändischen Hauptstadt Bangkok ist der Ausnahmezustand verhängt worden. Tausende "
           "Touristen wurden in Militärstützpunkten untergebracht, weil Regierungsgegner der „People's Alliance for "
           "Democracy“ (Volksallianz für Demokratie, PAD), einer außerparlamentarischen Sammlungsbewegung, die beiden "
           "Flughäfen besetzt haben und angedroht haben, zum Selbstschutz menschliche Schutzschilde zu benützen.",
           "In dem südafrikanischen Land Simbabwe grassiert eine Cholera-Epidemie. Nach Angaben des Büros für "
           "Nothilfekoordination der Vereinten Nationen (OCHA) starben seit dem Ausbruch der Krankheit im August des "
           "Jahres bereits fast 400 Menschen an der tödlichen Infektion. Fast 10.000 Menschen sollen infiziert sein.",
           "Samstag, 29. November 2008",
           "In Indien hat es seit Mittwoch, dem 26. November an mindestens zehn Stellen eine Serie von Terroranschlägen "
           "mit Geiselnahmen auf Hotels und andere öffentliche Einrichtungen gegeben. Möglicherweise wurden gezielt "
           "englischsprachige Touristen angegriffen: solche aus Großbritannien und den Vereinigten Staaten, da einige der "
           "Terroristen sich die Ausweise von Touristen in den betroffenen Hotels zeigen ließen."],
    quotes=[("„People's Alliance for Democracy“", None)],
    aliases={})

add(id="ho14-wn-archiv-hauptseite-2008-09",
    title="Wikinews:Archiv/Hauptseite/2008/09",
    url="https://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2008/09",
    retrieved="same address (" + DESKTOP + "; the stored copy ends with the complete teaser on Haile Gebrselassie; the "
              "published 'Spielttag', 'vor 49.000 Zuschauer', 'Parteiobman' and 'Der äthiopischer Langstreckenläufer' "
              "kept (rule 20))",
    license=WN,
    paras=["Dienstag, 30. September 2008",
           "Der iranische Präsident Mahmud Ahmadinedschad hat in einem Interview auf die Frage, ob sein Land mit Israel "
           "leben könnte, wenn die Regierung von Palästina einer Zwei-Staaten-Lösung zustimmt, geantwortet, dass der Iran "
           "in diesem Fall das Existenzrecht Israels akzeptieren wird. Das Interview wurde am 24. September 2008 von Juan "
           "Gonzalez für die „New York Daily News“ und Amy Goodman für die TV-Sendung „Democracy Now“ geführt.",
           "Montag, 29. September 2008",
           "Am 6. Spielttag der Fußball-Bundesliga, Samstag, der 27. September, spielte in der ausverkauften AWD-Arena vor "
           "49.000 Zuschauer Hannover 96 gegen den FC Bayern München. Die Partie endete 1:0 für Hannover 96. Das ist "
           "bereits die zweite Niederlage für den FC Bayern München in dieser Saison.",
           "Aufgrund des gestrigen Wahldebakels gibt es bereits die ersten Personaländerungen bei der Österreichischen "
           "Volkspartei. Nachdem diese im Wahlkampf Verluste hinnehmen musste, wird dem Parteiobman Wilhelm Molterer "
           "vorerst ein geschäftsführender Parteichef in der Person von Josef Pröll zur Seite gestellt.",
           "Die CSU hat bei der Bayerischen Landtagswahl 2008 mit 43,4 Prozent der Stimmen die absolute Mehrheit "
           "unerwartet deutlich verpasst. Damit geht eine mehr als 40jährige Ära zu Ende: Erstmals hatte die CSU bei der "
           "Landtagswahl im November 1962 die absolute Mehrheit der Sitze erzielt und seit 1966 dann auch eine "
           "Alleinregierung gestellt.",
           "Sonntag, 28. September 2008",
           "Österreich hat gewählt: Großparteien haben massive Verluste hinnehmen müssen, rechtspopulistische Parteien "
           "konnten hingegen dazugewinnen. Grüne auf Platz 5 abgerutscht.",
           "Der äthiopischer Langstreckenläufer Haile Gebrselassie hat zum dritten Mal in Folge den Berlin-Marathon "
           "gewonnen. Die 42,195 Kilometer lange Strecke lief Gebrselassie in einer Weltrekordzeit von 2:03:59 Stunden."],
    quotes=[("„New York Daily News“", None),
            ("„Democracy Now“", None)],
    aliases={})

add(id="ho14-wn-archiv-hauptseite-2010-06",
    title="Wikinews:Archiv/Hauptseite/2010/06",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2010/06",
    retrieved="same address (stored page of the mobile site: the page title is the first line (rule 18); the navigation "
              "'vorheriger Monatnächster Monat' dropped (rule 70); the image alt text and caption 'Wikinews-Logo zur WM', "
              "shown twice under each of the first two date lines, dropped (rules 14, 70); the teaser 'Das diesjährige "
              "Tennisturnier von Wimbledon … Tennisg', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Dienstag, 29. Juni 2010",
           "Italien hat sich mit dem Unentschieden im Spiel gegen Neuseeland in eine ungünstige Ausgangsposition für das "
           "letzte Gruppenspiel gegen die Slowakei gebracht. Diese Mannschaft hat ihr Spiel gegen Paraguay klar verloren. "
           "Ebenso eindeutig war der Sieg der brasilianischen Nationalmannschaft gegen die Mannschaft von der "
           "Elfenbeinküste. Auch nach der Suspendierung des französischen Nationalspielers Nicolas Anelka kommt die "
           "„Équipe Tricolore“ nicht zur Ruhe.",
           "Sonntag, 27. Juni 2010",
           "Mit einem Sieg besiegelten die Dänen das Ausscheiden des Teams von Kamerun aus dem Turnier. Ghana und "
           "Australien trennten sich unentschieden. Die Niederlande schlugen Japan mit 1:0. Doch Aufregung gab es auch "
           "abseits des Spielfeldes: Frankreichs Teamführung schickte Stürmer-Star Anelka nach Hause. Der DFB schimpfte "
           "auf den Schiedsrichter, der im Spiel Deutschland–Serbien Spaniens Farben gelb und rot so großzügig "
           "propagierte.",
           "Am Montag, dem 21. Juni, traf der deutsche Außenminister Guido Westerwelle zu einem Besuch in Stockholm ein. "
           "Es war der erste Besuch in der schwedischen Hauptstadt seit seinem Amtsantritt. Dabei traf er sich mit dem "
           "schwedischen Außenminister Carl Bildt, um genauer über die gegenwärtige Lage in Gaza und Kirgisistan zu "
           "sprechen.",
           "Samstag, 26. Juni 2010",
           "Der zum Tode verurteilte Mörder Ronnie Lee Gardner wurde am 18. Juni um 0:20 Uhr Ortszeit (08:20 Uhr MESZ) "
           "hingerichtet. Die Exekution wurde durch ein Erschießungskommando ausgeführt. Gardner war der erste Mensch, "
           "der in den Vereinigten Staaten seit John Albert Taylor am 26. Januar 1996 durch Erschießung hingerichtet "
           "wurde."],
    quotes=[("„Équipe Tricolore“", None)],
    aliases={})

p = ("Der französische Staatspräsident hat ein hohes Maß an politischer Macht. Er wird in diesem Jahr neu gewählt. Bereits "
     "im Vorfeld des ersten Wahlgangs am 23. April 2017 in Frankreich gaben die Banken Warnungen an ihre Depotkunden "
     "heraus. So schrieb die französische Bank BNP, es könne „sowohl im Vorfeld als auch nach Bekanntgabe des "
     "Wahlausgangs zu Einschränkungen der Handelbarkeit, einer kurzfristigen Anpassung der Preisstellung und/oder der "
     "verfügbaren Stückzahl sowie der Handelszeiten von Wertpapieren und Devisengeschäften an den jeweiligen "
     "Handelsplätzen kommen“. Hinsichtlich ihrer Marktkapitalisierung und ihres Nettoergebnisses ist BNP Paribas die "
     "größte Bank in der Eurozone. Sie ist in mehr als 75 Ländern präsent.")
add(id="ho14-wn-archiv-hauptseite-2017-04",
    title="Wikinews:Archiv/Hauptseite/2017/04",
    url="https://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2017/04",
    retrieved="same address (stored page: the page title is the first line (rule 18); the boilerplate 'aus Wikinews, "
              "einem freien Wiki für Nachrichten' and the navigation 'vorheriger Monatnächster Monat ---' dropped (rule "
              "70); the teaser 'Am Abend des Donnerstags wurden in Paris … nach Augenzeugenberichte', cut off in the "
              "stored copy, dropped (rule 15))",
    license=WN,
    paras=["Sonntag, 30. April 2017",
           "Wikipedia ist eine freie Enzyklopädie im Internet. Es gibt sie in vielen Sprachversionen überall auf der Welt. "
           "Jetzt haben türkische Behörden den Zugang zu Wikipedia blockiert. Eine Begründung für die Sperre des Zugangs "
           "gibt es nicht. Es besteht lediglich der Vorwurf der türkischen Regierung an Wikipedia, Terror zu propagieren. "
           "Trotz mehrfacher Warnungen sollen die Betreiber von Wikipedia die beanstandeten Inhalte nicht gelöscht haben. "
           "Die Gruppe Turkey Blocks berichtet, dass Wikipedia aufgrund einer behördlichen Anordnung seit ca. 8.00 Uhr "
           "Ortszeit blockiert wird.",
           "Samstag, 29. April 2017",
           p],
    quotes=[(cut(p, "„sowohl im Vorfeld", "kommen“"), "BNP Paribas")],
    aliases={"BNP Paribas": ["BNP Paribas", "BNP"]})


add(id="ho14-wn-archiv-hauptseite-2011-09",
    title="Wikinews:Archiv/Hauptseite/2011/09",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2011/09",
    retrieved="same address (" + MOBILE + "; the date line 'Dienstag, 27. September 2011' and its teaser 'Am Dienstag "
              "wurde der Prozess gegen die frühere ukrainische Ministerpräsidentin Julia Timoschenko … mit', cut off in "
              "the stored copy, dropped (rules 15, 70); the published 'Petitionsausschuss des Deutschen Bundestages' and "
              "'verdächtigt wird Anschläge' kept (rule 20))",
    license=WN,
    paras=["Freitag, 30. September 2011",
           "Der hessische Innenminister Boris Rhein hat zwei Frankfurter Hells-Angels-Clubs verbieten lassen. Das Vermögen "
           "der Vereine wurde eingezogen, jegliche Ersatzorganisationen ausgeschlossen. Die Gruppen würden gegen "
           "Strafgesetze verstoßen. Rhein steht seit einigen Wochen selbst im Verdacht, Kontakt zu den Rockern zu haben.",
           "In der Nähe von Boston im Bundesstaat Massachusetts wurde ein Mann festgenommen, der verdächtigt wird "
           "Anschläge auf das Pentagon und den Kongress geplant zu haben. Kurz vor seiner Festnahme am Mittwoch hatte der "
           "26-jährige Rezwan Ferdaus von einem verdeckten FBI-Agenten ungefähr elf Kilogramm angeblichen Sprengstoffs, "
           "sechs AK-47 Kalaschnikow-Sturmgewehre und mehrere Handgranaten gekauft.",
           "Donnerstag, 29. September 2011",
           "Am Montag, 26. September 2011, fand in der Zeit von 12 bis 15 Uhr im Anhörungssaal 3.101 des "
           "Marie-Elisabeth-Lüders-Hauses in Berlin eine öffentliche Sitzung des Petitionsausschuss des Deutschen "
           "Bundestages statt, die sich mit einem Antrag zum „Anbauverbot gentechnisch veränderter Pflanzen“ befasste.",
           "Mittwoch, 28. September 2011",
           "Am vergangenen Freitag wurde im bulgarischen Dorf Katunits ein 19-Jähriger von einem Kleinbus überfahren. Der "
           "Fahrer ist aus dem Umfeld von „Zar Kiro“ und soll vorsätzlich gehandelt haben. Die Straftat löste Proteste der "
           "Nationalisten gegen die Großfamilie aus, die sich ausweiteten und sich schließlich gegen alle Roma richteten. "
           "Der als Roma-König bekannte Kiril Raschkow soll die Angehörigen des getöteten 19-jährigen Slawen mit dem Tod "
           "bedroht haben, was zu seiner Festnahme führte. Die Proteste überschatten den Wahlkampf für die "
           "Präsidentschaftswahl am 23. Oktober 2011."],
    quotes=[("„Anbauverbot gentechnisch veränderter Pflanzen“", None),
            ("„Zar Kiro“", None)],
    aliases={})

add(id="ho14-wn-archiv-hauptseite-2012-01",
    title="Wikinews:Archiv/Hauptseite/2012/01",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2012/01",
    retrieved="same address (stored page of the mobile site: the page title is the first line (rule 18); the navigation "
              "'vorheriger Monatnächster Monat' dropped (rule 70); each date line and teaser is its own line; the teaser "
              "'In Begleitung einer Wirtschaftsdelegation wird die deutsche Bundeskanzlerin Angela Merkel … geplant.' of "
              "28 January 2012 left out, since its text is the first paragraph of a document of heldout13-de (no text in "
              "two sets); the last teaser 'Die für den rechtsextremen Front National (FN) … sie werde die Nam', cut off in "
              "the stored copy, dropped (rule 15); the published 'italienschen' kept (rule 20))",
    license=WN,
    paras=["Dienstag, 31. Januar 2012",
           "Das sibirische Hoch „Cooper“ beschert Mittel- und Osteuropa eine extreme Kältewelle. Bislang sind mindestens "
           "36 Todesopfer zu beklagen. Besonders sind betroffen ältere Menschen und Obdachlose.",
           "Montag, 30. Januar 2012",
           "In den frühen Morgenstunden des Montags wurde die Sonnenstraße in der Münchner Innenstadt durch einen "
           "Wasserrohrbruch überflutet.",
           "Nach 22 Jahren beendet ein traditionsreiches Lokal im ältesten Stadtteil Bremens, dem Schnoor, den Betrieb: "
           "Der Irish Pub schließt zum 31. Januar dieses Jahres. Für viele der meist internationalen Stammgäste kommt die "
           "Nachricht überraschend.",
           "Sonntag, 29. Januar 2012",
           "Hass-Mails von Rechtsextremisten hat die scheidende Politische Geschäftsführerin der Piratenpartei, Marina "
           "Weisband, wegen ihres jüdischen Glaubens erhalten. Auf Internetseiten von Neonazis wurde ihr Bild mit dem "
           "Hinweis veröffentlicht: „Juden erobern die Deutsche Parteienlandschaft“.",
           "Am Freitag kurz vor Mitternacht überfielen im Neusser Ortsteil Grimlinghausen vier schwer bewaffnete Männer "
           "einen Geldtransporter. Sie erbeuteten mehrere hunderttausend Euro.",
           "Samstag, 28. Januar 2012",
           "Kardinal Angelo Bagnasco, Vorsitzender der italienschen Bischofskonferenz, kritisierte bei einer "
           "Podiumsdiskussion „die wachsende Tendenz“ zu Schwangerschaftsabbrüchen bei Embryonen beziehungsweise Föten "
           "mit Down-Syndrom. Tötungen dürften nicht der Preis für eine Gesellschaft der Gesunden sein."],
    quotes=[("„Cooper“", None),
            ("„Juden erobern die Deutsche Parteienlandschaft“", "Neonazis"),
            ("„die wachsende Tendenz“", "Kardinal Angelo Bagnasco")],
    aliases={"Neonazis": ["Neonazis"],
             "Kardinal Angelo Bagnasco": ["Kardinal Angelo Bagnasco", "Angelo Bagnasco"]})


# --- German Wikinews: year reviews ---

p5 = ("Wissenschaftler stellten im Auftrag der Vereinten Nationen die neuesten Daten zum Wandel des Erdklimas in diesem "
      "Jahrhundert zusammen. Der Vierte Weltklimabericht kommt zu dem Schluss, dass der Großteil des seit Mitte des 20. "
      "Jahrhunderts gemessenen Anstiegs der weltweiten Durchschnittstemperaturen „sehr wahrscheinlich“ auf den "
      "verstärkten Ausstoß von durch Menschen verursachte Treibhausgase zurückzuführen sei.")
add(id="ho14-wn-nachrichtenrueckblick-2007",
    title="Wikinews:Nachrichtenrückblick 2007",
    url="https://de.m.wikinews.org/wiki/Wikinews:Nachrichtenr%C3%BCckblick_2007",
    retrieved="same address (stored page of the mobile site: the page title is the first line (rule 18); the page's "
              "introductory sentence, the month headings and each dated headline with its teaser are lines of their own "
              "(rules 13, 19); the item '06.02.2007: Finale der Handball-WM: Deutschland ist Weltmeister' and its teaser, "
              "cut off in the stored copy ('… das Finale der Handb'), dropped (rule 15); the published 'durch Menschen "
              "verursachte Treibhausgase' kept (rule 20))",
    license=WN,
    paras=["Hier haben wir eine Liste von Artikeln mit den bedeutendsten Ereignissen des Jahres 2007 zusammengestellt.",
           "Januar",
           "01.01.2007: EU-Osterweiterung schreitet voran",
           "Bulgarien und Rumänien sind in der Nacht von Silvester 2006 auf Neujahr 2007 um Mitternacht Ortszeit (23:00 "
           "Uhr MEZ) der Europäischen Union beigetreten. Diese umfasst somit 27 Staaten. Währenddessen wird in Slowenien "
           "der Euro eingeführt.",
           "04.01.2007: Ahmadinedschad kündigt an, Brennstäbe zu produzieren",
           "Der iranische Präsident Mahmud Ahmadinedschad hat mit den Worten „Der Iran ist heute ein Atomstaat“ "
           "angekündigt, bald nukleare Brennstäbe in großem Umfang zu produzieren.",
           "14.01.2007: Apples „iPhone“ und die Reaktionen: Zwischen Enthusiasmus und nüchterner Kritik",
           "Menschen auf der ganzen Welt richteten am Dienstag ihr Augenmerk auf San Francisco. Im Rahmen der „Macworld“ "
           "stand zum elften Mal eine Keynote von Apple-CEO und Mitbegründer Steve Jobs auf dem Programm.",
           "24.01.2007: Orkan „Kyrill“ suchte Europa heim",
           "Der Orkan „Kyrill“ nahm Mitte Januar Kurs auf Europa, wobei im Vorfeld vor extremen Orkanböen und teilweise "
           "vor Dauerregen gewarnt wurde. Begleitet von regionalen sporadischen Stromausfällen wurden Polizei, Feuerwehr "
           "und Instandsetzungsfirmen in erhöhte Alarmbereitschaft versetzt.",
           "Februar",
           "02.02.2007: Vierter UN-Klimabericht kündigt dramatische Klimaänderungen an",
           p5],
    quotes=[("„Der Iran ist heute ein Atomstaat“", "Mahmud Ahmadinedschad"),
            ("„iPhone“", None),
            ("„Macworld“", None),
            ("„Kyrill“", None, 0),
            ("„Kyrill“", None, 1),
            ("„sehr wahrscheinlich“", "Vierte Weltklimabericht")],
    aliases={"Mahmud Ahmadinedschad": ["Mahmud Ahmadinedschad", "Ahmadinedschad"],
             "Vierte Weltklimabericht": ["Vierte Weltklimabericht", "Vierter UN-Klimabericht", "Weltklimabericht"]})

add(id="ho14-wn-nachrichtenrueckblick-2006",
    title="Wikinews:Nachrichtenrückblick 2006",
    url="https://de.wikinews.org/wiki/Wikinews:Nachrichtenr%C3%BCckblick_2006",
    retrieved="same address (stored page: the page title is the first line (rule 18); the skip link 'Zum Inhalt "
              "springen' and the boilerplate 'aus Wikinews, einem freien Wiki für Nachrichten' dropped; the page's "
              "introductory sentence (with the published 'bedeutensten'), the month headings and each dated headline with "
              "its teaser are lines of their own (rules 13, 19, 20); the teaser's published '…' kept (rule 19); the item "
              "'11.03.2006: Frankreich: Proteste gegen Aufhebung des Kündigungsschutzes …' and its teaser, cut off in the "
              "stored copy ('Rund 200 Studenten ha'), dropped (rule 15))",
    license=WN,
    paras=["Hier haben wir eine Liste von Artikeln mit den bedeutensten Ereignissen des Jahres 2006 zusammengestellt.",
           "Januar",
           "10.01.2006: Beunruhigung durch Wiederaufnahme des iranischen Atomprogramms",
           "Der Iran hat mit dem Zerbrechen der Siegel an den Atomanlagen des Landes, die dort von der Internationalen "
           "Atomenergiebehörde angebracht worden waren, seine Absicht deutlich gemacht, das stillgelegte "
           "Atomforschungsprogramm des Landes wieder aufzunehmen. Vertreter führender Industrienationen des Westens "
           "reagierten mit Besorgnis auf diesen Schritt.",
           "Februar",
           "06.02.2006: Kontroverse Karikaturen",
           "Angefangen hatte alles mit einer Art Wettbewerb: Ein Buchautor brauchte noch Zeichnungen von Mohammed für "
           "sein Kinderbuch, hatte allerdings Schwierigkeiten, Zeichner zu finden. Daraufhin entschloss sich die dänische "
           "Tageszeitung „Jyllands-Posten“, die Karikaturisten des Landes aufzufordern, Zeichnungen für eben dieses Buch "
           "anzufertigen. Als dann zwölf Einsendungen dieser Karikaturen unter dem Namen „Die Gesichter des Mohammed“ "
           "veröffentlicht wurden, gab es kritische Stimmen…",
           "März",
           "11.03.2006: Slobodan Milošević ist tot",
           "Der ehemalige jugoslawische Präsident Slobodan Milošević ist Berichten des Belgrader Radiosenders B92 zufolge "
           "am Samstag in seiner Zelle in Scheveningen bei Den Haag tot in seinem Bett aufgefunden worden. Das Den Haager "
           "Tribunal hat den Tod von Slobodan Milošević bestätigt und eine Untersuchung der Todesursache angekündigt."],
    quotes=[("„Jyllands-Posten“", None),
            ("„Die Gesichter des Mohammed“", None)],
    aliases={})


# --- German Wikinews: article as stored on the de.wikiactu.com mirror ---

add(id="ho14-wn-2014-12-07-jemen-geiseln",
    title="Jemen: Zwei westliche Geiseln sind tot",
    url="https://de.wikinews.org/wiki/Jemen:_Zwei_westliche_Geiseln_sind_tot",
    retrieved="http://de.wikiactu.com/?cat=19 (" + MIRROR.format(date="07.12.2014") + " (the mirror repeats the headline, "
              "once with ' – Wikinews, die freie Nachrichtenquelle'); the map caption 'Lage des Gouvernements Schabwa' "
              "dropped (rule 14); the third paragraph 'US-Präsident Barack Obama nannte die Tötung Somers′ einen "
              "„barbarischen Mord“. Obama verwies auf das Video, … Forderungen von', cut off in the stored copy, dropped "
              "with its quotation (rule 15))",
    license=WN,
    paras=["Washington D.C. (Vereinigte Staaten) / Aden (Jemen), 07.12.2014 – Der US-amerikanische Journalist britischer "
           "Herkunft Luke Somers und eine weitere westliche Geisel von al-Qaida auf der Arabischen Halbinsel, der "
           "südafrikanische Lehrer Pierre Korkie, sind tot. Das sagte der noch amtierende US-Verteidigungsminister Chuck "
           "Hagel bei einem Besuch in Kabul, Afghanistan. Die beiden Männer wurden während einer Befreiungsaktion im "
           "jemenitischen Gouvernement Schabwa getötet. Der Einsatz der US-amerikanischen Spezialkräfte fand in der Nacht "
           "von Freitag auf Samstag statt und hatte nicht den gewünschten Erfolg. Einer der Geiselnehmer musste den "
           "Berichten zufolge austreten und entdeckte die US-Soldaten bei ihrem Vorrücken auf das Versteck der "
           "Terroristen. Es kam zu einem Schusswechsel zwischen den Soldaten und den Terroristen, in dessen Verlauf einer "
           "der al-Qaida-Angehörigen in das Gebäude rannte, in der die beiden Geiseln festgehalten wurden, und Schüsse auf "
           "Somers und Korkie abfeuerte. Einer der beiden verstarb dann im Hubschrauber, der andere auf der "
           "Lazarettstation des US-Kriegsschiffes „Makin Island“ vor der Küste des Landes.",
           "Zehn al-Qaida-Angehörige wurden durch die US-Sondereinheit getötet. Dass die beiden Geiseln eventuell während "
           "des rund halbstündigen Schusswechsels durch Friendly Fire zu Schaden kamen, ist nach US-Angaben nicht "
           "möglich."],
    quotes=[("„Makin Island“", None)],
    aliases={})
