# Eleventh held-out German real-news set (tests/data/heldout11-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-68 and the eleventh held-out rules 69 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, and by
# 60-character text windows of every document against the texts of all sets: no shared window). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut out
# of a paragraph with spans.cut.
# Sources: German Wikinews (CC BY 2.5; four articles as stored on the de.wikiactu.com mirror, three monthly archive
# pages of the main page and the main-page news ticker template), the Austrian Parliament (releases of its press
# service Parlamentskorrespondenz on parlament.gv.at, on the OTS press-release service and as teasers on a top-news.at
# tag page) and netzpolitik.org (CC BY-NC-SA 4.0). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402,F401
from licences import NP, PK, WN  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- German Wikinews: articles as stored on the de.wikiactu.com mirror ---

p2 = ("In manchen Gegenden hatten sich Bürgerwehren gebildet und den Schutz ihrer Viertel selbst in die Hand genommen. "
      "In einem Stadtteil in Südlondon übernahmen diese Rolle berüchtigte Fans des Fußballvereins Mill Hill. Sie "
      "schützten die lokale Einkaufsstraße. In Birmingham gedachten hunderte Menschen den drei Bürgern die sich dem Mob "
      "entgegengestellt hatten und dafür getötet wurden. Nach Augenzeugenberichten wurden sie mutwillig überfahren. Eine "
      "Spur der Polizei, die Ermittlungen wegen Mord aufgenommen hat, führt zu einem 32-jährigen Mann, der an der Tat "
      "beteiligt gewesen sein soll. Ein Auto wurde beschlagnahmt. Der Vater eines der Opfer: „Die Gewalt muss enden, um "
      "das Andenken an unsere Söhne zu respektieren“.")
p3 = ("Die Gefängnisse sind überfüllt. Mehr als 1.300 Personen wurden in den letzten Nächten festgenommen. Die Gerichte "
      "legen Sonderschichten ein, um Urteile gegen die Randalierer zu sprechen. Manche Gerichte tagen zusätzlich in der "
      "Nacht. Premierminister David Cameron drohte dem Mob am Mittwoch mit dem Einsatz von Gummigeschossen und "
      "Wasserwerfern. Er sagte: „Wir brauchten einen Gegenschlag, und jetzt ist ein Gegenschlag im Gange“.")
add(id="ho11-wn-2011-08-11-grossbritannien-nacht-ohne-krawalle",
    title="Großbritannien: Nacht ohne Krawalle",
    url="https://de.wikinews.org/wiki/Gro%C3%9Fbritannien:_Nacht_ohne_Krawalle",
    retrieved="http://de.wikiactu.com/?cat=977 (mirror of the Wikinews article of 11.08.2011 with its CC BY 2.5 notice; "
              "the mirror's header 'WikiNews de', its date line 'August 11, 2011', the repeated headlines, the Wikinews "
              "boilerplate and status box dropped (rule 14); the caption 'Randalierer in London' and the file name "
              "'Burnt Party Superstore on Lavendar Hill, Clapham, 2011.jpg' dropped (rule 14); the paragraph 'Die "
              "Regierung hat den Plan die Ausgaben für die Polizei …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["London (Vereinigtes Königreich), 11.08.2011 – Nach vier Nächten Anarchie in mehreren Städten "
           "Großbritanniens verzeichnete man in der Nacht von Mittwoch auf Donnerstag keine Unruhen. Das massive "
           "Polizeiaufgebot und prasselnder Regen haben Wirkung gezeigt.",
           p2, p3],
    quotes=[("„Die Gewalt muss enden, um das Andenken an unsere Söhne zu respektieren“", "Vater"),
            ("„Wir brauchten einen Gegenschlag, und jetzt ist ein Gegenschlag im Gange“", "David Cameron")],
    aliases={"Vater": ["Vater"],
             "David Cameron": ["David Cameron", "Premierminister David Cameron", "Premierminister"]})

p2 = ("Fraktionschef Gregor Gysi setzte sich für die Kandidatur des ehemaligen SPD- und Linkspartei-Vorsitzenden Oskar "
      "Lafontaine ein. Lafontaine solle eine „führende Rolle“ in der Fraktion übernehmen, während eine Rückkehr an die "
      "Parteispitze „unwahrscheinlich“ sei.")
p3 = ("Klaus Lederer, Landesvorsitzender in Berlin, sprach sich dafür aus, dass Lafontaine Die Linke gemeinsam mit Gregor "
      "Gysi in den kommenden Bundestagswahlkampf führen soll. Zur Frage, ob Lafontaine dies als Partei- oder als "
      "Fraktionsvorsitzender tun solle, äußerte Lederer sich nicht. Auch die stellvertretende Parteivorsitzende Janine "
      "Wissler aus Hessen wünscht sich für Lafontaine eine „größere Rolle“. Lederer sprach sich als einziger explizit für "
      "eine Ablösung von Ernst und Lötzsch aus.")
add(id="ho11-wn-2011-12-27-linkspartei-ernst-loetzsch",
    title="Linkspartei: Debatte über Ablösung von Ernst und Lötzsch hält an",
    url="https://de.wikinews.org/wiki/Linkspartei:_Debatte_%C3%BCber_Abl%C3%B6sung_von_Ernst_und_L%C3%B6tzsch_h%C3%A4lt_an",
    retrieved="http://de.wikiactu.com/?cat=1973 (mirror of the Wikinews article of 27.12.2011 with its CC BY 2.5 notice; "
              "the mirror's header and date line, the repeated headline, the Wikinews boilerplate and status box dropped "
              "(rule 14); the captions 'Oskar Lafontaine: am Rednerpult stets energisch' and 'Bezeichnete sich früher als "
              "Kommunistin: Sarah Wagenknecht, Lebensgefährtin von Oskar Lafontaine' dropped (rule 14); the paragraph "
              "'Sarah Wagenknecht, stellvertretende Fraktionsvorsitzende …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Berlin (Deutschland), 27.12.2011 – Prominente Politiker der Linkspartei gaben während der "
           "Weihnachtsfeiertage Stellungnahmen zur Besetzung von Partei- und Fraktionsvorsitz ab. Im Sommer 2012 soll auf "
           "einem Parteitag in Göttingen über den Parteivorsitz abgestimmt werden. Momentan besteht eine Doppelspitze aus "
           "Klaus Ernst und Gesine Lötzsch. Es soll auch weiterhin eine Doppelspitze geben, die sich aus einem Mann und "
           "einer Frau zusammensetzt. Ebenso sollen weiterhin die Paritäten zwischen Ost- und Westdeutschland, linkem und "
           "rechten Parteiflügel sowie WASG und PDS-Herkunft beibehalten werden. Bisher wird eine Wiederwahl des "
           "Vorsitzes nicht diskutiert.",
           p2, p3],
    quotes=[("„führende Rolle“", "Gregor Gysi"),
            ("„unwahrscheinlich“", "Gregor Gysi"),
            ("„größere Rolle“", "Janine Wissler")],
    aliases={"Gregor Gysi": ["Gregor Gysi", "Fraktionschef Gregor Gysi", "Fraktionschef"],
             "Janine Wissler": ["Janine Wissler"]})

p1 = ("Gelsenkirchen (Deutschland), 27.06.2008 – Elektroautos sind im Kommen. Das berichtet die Nachrichtenagentur Agence "
      "France-Presse (AFP) unter Berufung auf die Neue Ruhr/Neue Rheinzeitung über eine Studie des „Centers of Automotive "
      "Research“ (CAR) an der Fachhochschule Gelsenkirchen zum Thema Elektroautos, die bisher noch nicht veröffentlicht "
      "wurde. Demnach gelten in der Entwicklung dieses Autotyps zwei Jahreszahlen als entscheidend: Erstens werden die "
      "Hersteller im Jahr 2010 erstmals im starken Maße Elektroautos auf dem Markt bringen und zweitens werde das "
      "Elektroauto im Jahr 2015 zu einem Massenphänomen. Ferdinand Dudenhöffer ist Direktor der CAR und gilt unter den "
      "Experten als Kenner der Branche. Sein entscheidender Satz gegenüber der Zeitung: „Das bedeutet das Aus für Autos, "
      "die ausschließlich auf Verbrennungsmotoren setzen. Ausgenommen seien nur Lkw, die auch in Zukunft auf den "
      "klassischen Dieselmotor setzen würden.“ Bekanntlich sind ja Prognosen schwierig, besonders wenn sie die Zukunft "
      "betreffen. Dudenhöfer kommt in seiner Stellungnahme selbstsicher zu dem Schluss: „Der Elektroantrieb wird die "
      "Motorisierung für 30 bis 40 Jahre prägen.“ Antriebsfeder für diese Entwicklung sei die Klimaschutz-Diskussion und "
      "die starke Steigerung der Treibstoffpreise. Die Studie weist auch auf die Folgen für die Zuliefererindustrie hin. "
      "Diese Firmen müssten einen Anpassungsprozess durchlaufen.")
add(id="ho11-wn-2008-06-27-studie-elektroauto",
    title="Studie sagt schnelles Durchsetzen des Elektroautos voraus",
    url="https://de.wikinews.org/wiki/Studie_sagt_schnelles_Durchsetzen_des_Elektroautos_voraus",
    retrieved="http://de.wikiactu.com/?cat=1513 (mirror of the Wikinews article of 27.06.2008 with its CC BY 2.5 notice; "
              "the mirror's header and date line, the repeated headline, the Wikinews boilerplate and status box dropped, "
              "and 'Themenverwandte Artikel', 'Portal:Elektroautos', 'Quellen' and the licence notice after the body "
              "(rule 14); the article is complete in the stored copy: one body paragraph)",
    license=WN,
    paras=[p1],
    quotes=[("„Centers of Automotive Research“", None),
            (cut(p1, "„Das bedeutet", "würden.“"), "Ferdinand Dudenhöffer"),
            ("„Der Elektroantrieb wird die Motorisierung für 30 bis 40 Jahre prägen.“", "Ferdinand Dudenhöffer")],
    aliases={"Ferdinand Dudenhöffer": ["Ferdinand Dudenhöffer", "Dudenhöfer"]})

p2 = ("Vor der Abstimmung, die für Mitternacht angesetzt war, aber heute erst kurz nach halb eins am frühen Morgen "
      "begann, hatte Papandreou vor dem Parlament die Beschlüsse der EU als „letzte Chance“ für die Zukunft Griechenlands "
      "bezeichnet, die das Land sich nicht entgehen lassen dürfe. Seit 24 Monaten kämpfe seine Regierung gegen die Fehler "
      "der Vergangenheit, sagte Papandreou. Die Opposition habe sich nicht an den Bemühungen zur Überwindung der Krise "
      "beteiligt, kritisierte er. Zur Opposition gehört auch die Nea Dimokratia, die nach Papandreous Worten schuld an dem "
      "riesigen Finanzdefizit sei.")
add(id="ho11-wn-2011-11-06-papandreou-vertrauen",
    title="Griechisches Parlament spricht Ministerpräsident Papandreou Vertrauen aus",
    url="https://de.wikinews.org/wiki/Griechisches_Parlament_spricht_Ministerpr%C3%A4sident_Papandreou_Vertrauen_aus",
    retrieved="http://de.wikiactu.com/?cat=5920 (mirror of the Wikinews article of 06.11.2011 with its CC BY 2.5 notice; "
              "looked at in the first German round and left out then for its single quotation, in no set; the mirror's "
              "header and date line, the repeated headline, the Wikinews boilerplate and status box dropped (rule 14); "
              "the caption 'Giorgos Andrea Papandreou (Archivaufnahme)' dropped (rule 14); the paragraph 'Doch ob es zu "
              "einer Regierung der nationalen Einheit kommen wird …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Athen (Griechenland), 06.11.2011 – Das griechische Parlament hat Ministerpräsident Giorgos Andrea Papandreou "
           "das Vertrauen ausgesprochen. Dabei stimmten 153 Parlamentsabgeordneten für Papandreou – einer mehr, als die "
           "sozialistische PASOK Fraktionsmitglieder hat. 145 Abgeordnete stimmten mit Nein, zwei Abgeordnete blieben der "
           "Abstimmung fern.",
           p2,
           "Die weitere Zukunft des Politikers ist dennoch unklar. Papandreou hatte angekündigt, mit der Opposition über "
           "die Bildung einer Übergangsregierung zu verhandeln, deren Aufgabe die Verabschiedung der im Rahmen des "
           "Sparprogrammes notwendigen Maßnahmen sei und die das Land bis zu vorgezogenen Neuwahlen führen soll. Die Nea "
           "Dimokratia setzt vor der Aufnahme von Koalitionsgesprächen allerdings den Rücktritt Papandreous voraus. "
           "Finanzminister Evangelos Venizelos verlangte die Bildung einer Übergangsregierung noch während dieses "
           "Wochenendes."],
    quotes=[("„letzte Chance“", "Giorgos Andrea Papandreou")],
    aliases={"Giorgos Andrea Papandreou": ["Giorgos Andrea Papandreou", "Papandreou",
                                           "Ministerpräsident Giorgos Andrea Papandreou", "Ministerpräsident Papandreou",
                                           "Ministerpräsident"]})

# --- German Wikinews: monthly archives of the main page and the main-page news ticker (list pages, rule 19) ---

add(id="ho11-wn-archiv-hauptseite-2009-09",
    title="Wikinews:Archiv/Hauptseite/2009/09",
    url="http://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2009/09",
    retrieved="same address (stored page: the page title is the first line (rule 18); the boilerplate 'aus Wikinews, "
              "einem freien Wiki für Nachrichten' and the navigation 'vorheriger Monatnächster Monat' dropped; the date "
              "line and the teasers of 30 September 2009 as the page shows them, the published missing spaces "
              "('Vergnügen.Auf', 'Hemmoor - liegt') kept (rule 20); the date line 'Dienstag, 29. September 2009' and the "
              "image description 'Behördenschild des Bundeswahllei…', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Mittwoch, 30. September 2009",
           "Nach einem schweren Beben, das nach inzwischen korrigierten Angaben des United States Geological Survey eine "
           "Stärke von 8,0 MW auf der Momenten-Magnituden-Skala erreichte, verwüstete ein Tsunami die niedrig gelegenen "
           "Gebiete Amerikanisch-Samoas, Samoas und Tongas.",
           "Noch vor Beginn der Koalitionsverhandlungen zwischen CDU/CSU und der FDP hat die Nichtregierungsorganisation "
           "Campact eine Unterschriftenkampagne für den Atomausstieg gestartet.",
           "Wenn man zum Tauchen nach Ägypten, Bali oder Mexiko reist, bekommt man tolle Erlebnisse und eine traumhafte "
           "Unterwasserwelt geboten. Solche Reisen sind aber oftmals nicht gerade zum Schnäppchenpreis zu haben und auch "
           "nichts für das spontane Tauchvergnügen.Auf ihren Tauchspaß müssen Niedersachsen aber trotzdem nicht "
           "verzichten, denn interessante Tauchmöglichkeiten gibt es direkt vor der eigenen Haustür.Der wohl am meisten "
           "bekannte Kreidesee Niedersachsens - Hemmoor - liegt zwischen der Metropole Hamburg und dem Nordsee-Kurort "
           "Cuxhaven.",
           "Am frühen Samstagmorgen kam ein 21-Jähriger im pfälzischen Kaiserslautern bei einem Streit zu Tode. Ein "
           "24-jähriger Bekannter stach das Opfer im Barbarossaring gegen 04:30 Uhr im Hausflur mit einem Messer nieder.",
           "Der Landesmusikrat Schleswig-Holstein hat am 26. September 2009 den ersten Internationalen Tag der Trompete "
           "in Lübeck veranstaltet. Die Veranstaltung, die den Höhepunkt des Jahres der Trompete darstellt, beinhaltete "
           "die Uraufführung der „Lübeck-Fanfare“, die Wolf Kerschek eigens für diesen Anlass komponiert hat.",
           "Der tropische Sturm „Ketsana“ hat auf den Philippinen eine Spur von Tod und Verwüstung hinterlassen. "
           "Mindestens 246 Personen verloren durch Erdrutsche und Überschwemmungen ihr Leben, mindestens 38 Menschen "
           "wurden am 29. September noch vermisst."],
    quotes=[("„Lübeck-Fanfare“", None),
            ("„Ketsana“", None)],
    aliases={})

add(id="ho11-wn-archiv-hauptseite-2011-01",
    title="Wikinews:Archiv/Hauptseite/2011/01",
    url="https://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2011/01",
    retrieved="same address (stored page: the page title is the first line (rule 18); the boilerplate and the navigation "
              "dropped; the image caption 'Demonstranten in Kairo am 30. Januar 2011: „The stepping down of the "
              "government is not enough.. No to the NDP, No to the MPs.. No to Mubarak“', which the page shows twice "
              "(alt text and caption), dropped as a caption (rules 14, 19); the date line and the teasers of 31 January "
              "2011 as the page shows them; the date line 'Sonntag, 30. Januar 2011' and the teaser 'Bereits am 2. Januar "
              "2011 wurde die Niederländerin Sahra Bahrami …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Montag, 31. Januar 2011",
           "Die Lage in Ägypten hat sich nach den inzwischen sechs Tage andauernden Protesten leicht beruhigt. "
           "U-Bahn-Stationen und kleinere Lebensmittelläden hatten geöffnet. Nach wie vor harren Demonstranten auf dem "
           "zentralen At-Tahrir-Platz in der ägyptischen Hauptstadt Kairo trotz des erweiterten Ausgehverbots aus. "
           "Friedensnobelpreisträger Mohamed el-Baradei, der sich selbst als Sprecher der Opposition gegen den ägyptischen "
           "Präsidenten Husni Mubarak betrachtet, forderte den Präsidenten erneut zum Rücktritt auf. Die oppositionellen "
           "Kräfte hätten sich untereinander darüber verständigt, für Dienstag einen „Marsch der Millionen“ zu "
           "organisieren.",
           "Nach 22-jähriger Pause trat in Myanmar (vormals Birma) wieder ein Parlament zusammen. Die Öffentlichkeit war "
           "nicht zugelassen. Die Abgeordneten selbst wurden vor dem Betreten des Sitzungssaals in der Hauptstadt "
           "Pyinmana Naypyidaw nach elektronischen Aufzeichnungsgeräten durchsucht.",
           "Am Samstag, dem 29. Januar 2011, um 02.30 Uhr beobachteten Zeugen in München-Kleinhadern, wie ein junger Mann "
           "einem am Boden liegenden 54-jährigen Serben mehrmals gegen den Kopf trat. Der Täter ging anschließend einige "
           "Meter zurück, um Anlauf zu nehmen und trat dem zwischenzeitlich Regungslosen mit voller Wucht nochmals an den "
           "Kopf."],
    quotes=[("„Marsch der Millionen“", None)],
    aliases={})

add(id="ho11-wn-archiv-hauptseite-2011-02",
    title="Wikinews:Archiv/Hauptseite/2011/02",
    url="http://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2011/02",
    retrieved="same address (stored page: the page title is the first line (rule 18); the boilerplate and the navigation "
              "dropped; the image caption 'Start der Discovery bei der Mission STS-133', shown twice, dropped (rule 14); "
              "the date line and the teasers of 28 February 2011 as the page shows them; the date line 'Sonntag, 27. "
              "Februar 2011', the caption 'Mohamed Ghannouchi' (shown twice) and the teaser 'Der nach der Flucht des "
              "autokratischen Alleinherrschers Ben Ali eingesetzte Ministerpräsident …', cut off in the stored copy, "
              "dropped (rule 15))",
    license=WN,
    paras=["Montag, 28. Februar 2011",
           "Die SPD-regierten Bundesländer Nordrhein-Westfalen, Rheinland-Pfalz, Berlin, Brandenburg und Bremen sowie "
           "Bundestagsabgeordnete von SPD und Bündnis 90/Die Grünen reichten heute beim deutschen "
           "Bundesverfassungsgericht (BVerfG) in Karlsruhe Klage gegen das begleitende Sicherheitsgesetz der von der "
           "Koalition beschlossenen Laufzeitverlängerung für Kernkraftwerke ein.",
           "Weltweit wurden in den Jahren 2000 bis 2010 insgesamt 141 Journalisten getötet, weil sie mit ihrer "
           "Berichterstattung kriminellen Strukturen der organisierten Kriminalität in die Quere kamen. So ein Bericht der "
           "Organisation Reporter ohne Grenzen vom 24. Februar des Jahres. Das sind mehr Tote als totalitäre Systeme unter "
           "den von ihnen als „staatsfeindlich“ eingeschätzten Journalisten fordern.",
           "Die Raumfähre Discovery hat am Samstag, dem 26. Februar 2011, um 20.14 Uhr MEZ nach zweitägigem Flug "
           "erfolgreich an der Internationalen Raumstation (ISS) angedockt. Die Besatzung der Raumstation begrüßte die "
           "sechs Astronauten, die mit der Raumfähre am Donnerstag gestartet waren, an Bord.",
           "Die Eisstraße zwischen dem Festlandhafen Rohukula und der Insel Hiiumaa wurde am Freitag, den 18. Februar 2011 "
           "durch die Autobahnbehörde von Estland freigegeben. Diese besondere Straße, die nur kurze Zeit im Jahr mit "
           "Kraftfahrzeugen genutzt werden kann, führt 26 Kilometer über die zugefrorene Ostsee."],
    quotes=[("„staatsfeindlich“", None)],
    aliases={})

add(id="ho11-wn-hauptseite-newsticker-2017-05",
    title="Vorlage:Hauptseite Newsticker",
    url="https://de.wikinews.org/wiki/Vorlage:Hauptseite_Newsticker",
    retrieved="same address (stored page of May 2017: the template's title is the first line (rule 18); the boilerplate "
              "and the navigation dropped; the image file names ('Schloss Schwerin 070506.jpg', 'Zweite Bundesliga "
              "Schale.png', 'Kabul City von einem Hügel aus.jpg', 'Seal of the Central Intelligence Agency.svg') and the "
              "separator logos 'Wikinews-logo.svg' dropped (rules 14, 19); the date lines and teasers as the page shows "
              "them, the published typos ('könnnen', 'ein deutsche Helferin', 'mehrerer Informanten') kept (rule 20); the "
              "last teaser 'Nach einem Bericht der New York Times hat China …', cut off in the stored copy, dropped "
              "(rule 15))",
    license=WN,
    paras=["Montag, 22. Mai 2017",
           "Nach Recherchen des Norddeutschen Rundfunks (NDR) kassieren vier Landtagsabgeordnete der Alternative für "
           "Deutschland (AfD) in Mecklenburg-Vorpommern seit acht Monaten staatliche Hilfen in Form einer monatlichen "
           "steuerfreien Pauschale in Höhe von jeweils 1.507 Euro, ohne tatsächlich entsprechende Ausgaben zu haben. Es "
           "handelt sich um den Fraktionschef Leif-Erik Holm, seinen Stellvertreter Ralph Weber sowie die Abgeordneten "
           "Bert Obereiner und Dirk Lerche.",
           "Sonntag, 21. Mai 2017",
           "In der diesjährigen Fußballsaison der Zweiten Bundesliga steigen die beiden Fußballvereine VfB Stuttgart und "
           "Hannover 96 in die Erste Bundesliga auf. Eintracht Braunschweig muss sich in den Relegationsspielen gegen den "
           "VfL Wolfsburg behaupten, um ebenfalls aufsteigen zu könnnen. Auf den Abstiegsplätzen in die Dritte Liga "
           "befinden sich die Würzburger Kickers mit 34 Punkten, weit abgeschlagen dahinter, ist der Karlsruher SC mit 25 "
           "Punkten. Der TSV 1860 München muss in den Relegationsspielen gegen Jahn Regensburg antreten und um einen Sieg "
           "kämpfen, um weiterhin in der Zweiten Bundesliga spielen zu dürfen.",
           "Zwei Helferinnen einer Hilfsorganisation in Afghanistan wurden angegriffen. Unbekannte töteten ein deutsche "
           "Helferin und entführten ihre finnische Kollegin der schwedischen Hilfsorganisation „Operation Mercy“. Die "
           "beiden waren gegen 23 Uhr am Samstag vor einem Kabuler Gästehaus, in dem sie wohnten, angegriffen worden. Ein "
           "Sicherheitsmann wurde erschossen. Das teilte das afghanische Innenministerium am Sonntag mit."],
    quotes=[("„Operation Mercy“", None)],
    aliases={})

# --- the Austrian Parliament: Parlamentskorrespondenz (PK) ---

p1 = ("Wien (PK) - \"Globale Krise und demokratische Verantwortlichkeit\" lautete das Generalthema beim Arbeitstreffen der "
      "IPU im November 2009 in New York, bei dem die ParlamentspräsidentInnen zur Vorbereitung ihrer Weltkonferenz im "
      "Juli 2010 in Genf an ihrer Vision global vernetzter Parlamente arbeiteten. Die ParlamentarierInnen sollen bei der "
      "Bewältigung der Finanz- und Wirtschaftskrise, beim Klimaschutz, bei der Gleichstellung der Geschlechter, bei der "
      "Überwindung von Hunger und Armut und beim Aufbau einer globalen Partnerschaft im Sinne der UN-Milleniumsziele 2015 "
      "zusammenwirken. Diese Stärkung und Vernetzung der Parlamente weltweit war ein zentrales Anliegen von "
      "Nationalratspräsidentin Barbara Prammer im kürzlich abgelaufenen Parlamentsjahr, das sie auf internationaler "
      "Ebene vertrat, sei es bei ParlamentarierInnen-Konferenzen, im bilateralen Kontakt mit AmtskollegInnen oder im "
      "Gespräch mit VertreterInnen von Regierungen und internationalen Organisationen.")
p2 = ("Auch auf europäischer Ebene forderte Prammer jene stärkere Rolle der Parlamente in der EU ein, die der "
      "Lissabon-Vertrag, der am 1.12.2009 in Kraft trat, vorsieht, so auch bei der Konferenz der "
      "EU-ParlamentspräsidentInnen in Stockholm am 14.5.2010, und konkret in der europäischen Finanz- und "
      "Wirtschaftspolitik sowie bei der Verteilung finanzieller Lasten infolge von Kriseninterventionen. Prammer "
      "appellierte in Stockholm an die Vizepräsidentin der EU-Kommission, Maros Sefcovic, die Finanztransaktionssteuer "
      "und die Reform der Rating Agenturen aktiv zu verfolgen. \"Die BürgerInnen messen die EU an ihrem Beitrag zu einem "
      "fairen Lastenausgleich in der Krise\", formulierte Prammer in Stockholm.")
add(id="ho11-pk-2010-07-12-parlamentarische-diplomatie",
    title="Parlamente suchen gemeinsame Wege aus der Krise Überblick zur Parlamentarischen Diplomatie im Arbeitsjahr 2010",
    url="https://www.ots.at/presseaussendung/OTS_20100712_OTS0109/parlamente-suchen-gemeinsame-wege-aus-der-krise-ueberblick-zur-parlamentarischen-diplomatie-im-arbeitsjahr-2010",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 12.07.2010; the "
              "stored title runs headline and subtitle together and is kept so (rules 18, 48); the hard line breaks of "
              "the stored copy joined with a space inside each paragraph (rule 48), except after the hyphen of "
              "'UN-' / 'Milleniumsziele', which is joined without one (rule 68); the published 'Vizepräsidentin der "
              "EU-Kommission, Maros Sefcovic' kept (rule 20); the subheading 'Internationale Organisationen, "
              "Internationale Konferenzen' and the paragraph 'Am Rande der IPU-Tagung im New Yorker Hauptquartier …', "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=[p1, p2],
    quotes=[("\"Globale Krise und demokratische Verantwortlichkeit\"", None),
            ("\"Die BürgerInnen messen die EU an ihrem Beitrag zu einem fairen Lastenausgleich in der Krise\"",
             "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Prammer", "Nationalratspräsidentin Barbara Prammer",
                                 "Nationalratspräsidentin"]})

add(id="ho11-pk-2009-07-13-parlament-international",
    title="Parlamentskorrespondenz Nr. 670 vom 13.07.2009",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0670",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the trailing spaces after the first paragraph dropped; the "
              "paragraph 'Mitglieder der österreichischen Parlamentarier…', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=["Parlamentarische Außenpolitik - Ziele, Wege, Wirkungen",
           "Parlament international im Jahresüberblick 2008/2009",
           "Wien (PK) – Die Außenpolitik spielte in der kürzlich zu Ende gegangenen Tagung 2008/09 des Nationalrats eine "
           "zentrale Rolle, und zwar weit über die Debatte der Budgetansätze des Außenministeriums, die Zustimmung zu "
           "Staatsverträgen oder die Mitwirkung an der EU-Gesetzgebung hinaus. Nationalratspräsidentin Barbara Prammer "
           "und die Bundesratspräsidenten Jürgen Weiss und Harald Reisenberger erzielten in Gesprächen mit führenden "
           "Parlamentariern aus aller Welt Übereinstimmung für eine Intensivierung der parlamentarischen Beziehungen auf "
           "allen politischen Ebenen und für eine Vernetzung der Parlamente weltweit, um im Geist von Demokratie und "
           "Parlamentarismus gemeinsam Einfluss auf globale Entwicklungen zu nehmen. Sei es beim Kampf gegen die "
           "Wirtschaftskrise, bei der Durchsetzung der Menschenrechte oder in Sicherheits- und Abrüstungsfragen. "
           "Internationale Anerkennung erntete Präsidentin Prammer für ihr erfolgreiches Engagement im Kampf um ein "
           "weltweites Streubombenverbot und für die Einbeziehung der Parlamente in den Nord-Süd-Dialog zur Sicherung der "
           "globalen Entwicklungsziele.",
           "Einen Höhepunkt im bilateralen Besuchsprogramm des Hohen Hauses bildete die Japan-Reise von Präsidentin "
           "Prammer auf Einladung ihres japanischen Amtskollegen Yohei Kono im Jänner 2009 als Auftakt des "
           "\"Österreich-Japan-Jahres 2009\" zur Erinnerung an die Aufnahme diplomatischer Beziehungen zwischen Wien und "
           "Tokyo im Jahr 1869. Prammer wurde von Prinz und Prinzessin Akishino empfangen (27.1.2009), konferierte mit den "
           "Präsidenten des Ober- und Unterhauses und mit Vertretern der Parlamentsparteien über die Konjunkturpakete der "
           "beiden Länder sowie über Abrüstungsfragen. Außenminister Hirofumi Nakasone (29.1.2009) regte eine enge "
           "Zusammenarbeit im UN-Sicherheitsrat an."],
    quotes=[("\"Österreich-Japan-Jahres 2009\"", None)],
    aliases={})

t1 = ("Nationalratspräsident lädt zum Nationalfeiertag wieder zum Tag der offenen Tür ins Parlament Wien (PK) - \"Der "
      "morgige Nationalfeiertag bietet wieder die Gelegenheit, sich mit den demokratischen Grundwerten unserer Republik "
      "auseinanderzusetzen\", unterstreicht Nationalratspräsident Wolfgang Sobotka. \"Umso mehr freut es mich als "
      "neugewählter Präsident des Nationalrats, dass auch das österreichische Parlament an diesem besonderen Tag seine "
      "Türen öffnet und durch verschiedene Aktivitäten, für unterschiedliche")
t2 = ("Barenboim für sein Engagement für Frieden und Völkerverständigung ausgezeichnet Wien (PK) - Der "
      "argentinisch-israelische Dirigent Daniel Barenboim erhielt heute den Konrad-Adenauer-Preis der Stadt Köln. Damit "
      "wurde sein außergewöhnliches Engagement für Frieden und Völkerverständigung gewürdigt. \"Ich gratuliere Daniel "
      "Barenboim zum Konrad-Adenauer-Preis der Stadt Köln. Er ist für mich ein Dirigent, der auch die politische "
      "Komponente der Kultur erfasst und im Sinne eine Dialoges zwischen verschiedenen")
t3 = ("Schauspielerin und Opernball-Organisatorin im Alter von 93 Jahren gestorben Wien (PK) - Tief betroffen vom Tod der "
      "Schauspielerin und Opernball-Organisatorin Lotte Tobisch zeigt sich Nationalratspräsident Wolfgang Sobotka. \"Mit "
      "Lotte Tobisch verlieren wir nicht nur eine legendäre Organisatorin des Opernballs, sondern auch eine verdiente "
      "Burg- und Staatsopernschauspielerin\", so Wolfgang Sobotka. Für ihre Verdienste erhielt Tobisch die Ehrenmedaille "
      "der Bundeshauptstadt Wien in Gold verliehen. Die")
add(id="ho11-pk-topnews-tag-haindl-seite-3",
    title="Haindl",
    url="https://www.top-news.at/tag/haindl/page/3",
    retrieved="same address (stored tag page of the news aggregator top-news.at, whose teasers here are releases of the "
              "Parlamentskorrespondenz with its dateline 'Wien (PK)' (rule 31); the site's search prompt 'Suchbegriff "
              "wählen' dropped as furniture; the tag name is the first line (rule 68); each item's headline on its own "
              "line, then the teaser as the page shows it: the release's subtitle run together with its first paragraph "
              "and cut off by the site without a mark after a fixed length, kept so (rules 19, 20); the last item "
              "(headline 'Sobotka: Die Europäische Union muss für den Westbalkan glaubwürdig bleiben' and its teaser, cut "
              "off in the stored copy) dropped)",
    license=PK,
    paras=["Sobotka: Wir alle tragen Verantwortung für funktionierende Demokratie",
           t1,
           "Nationalratspräsident gratuliert Stardirigent Daniel Barenboim zum Konrad-Adenauer-Preis der Stadt Köln",
           t2,
           "Nationalratspräsident Sobotka tief betroffen vom Ableben von Lotte Tobisch",
           t3],
    quotes=[("\"Der morgige Nationalfeiertag bietet wieder die Gelegenheit, sich mit den demokratischen Grundwerten "
             "unserer Republik auseinanderzusetzen\"", "Wolfgang Sobotka"),
            (cut(t1, "\"Umso mehr", "für unterschiedliche"), "Wolfgang Sobotka"),
            (cut(t2, "\"Ich gratuliere", "zwischen verschiedenen"), "Wolfgang Sobotka"),
            (cut(t3, "\"Mit Lotte", "Staatsopernschauspielerin\""), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Wolfgang Sobotka",
                                  "Nationalratspräsident Sobotka", "Nationalratspräsident"]})

# --- netzpolitik.org ---

add(id="ho11-np-2009-3sat-onlinepetition",
    title="3sat: Onlinepetition gegen Internetsperre",
    url="https://netzpolitik.org/2009/3sat-onlinepetition-gegen-internetsperre/",
    retrieved="same address (stored page of 2009: headline, the one-sentence introduction, whose opening mark before the "
              "report's title is never closed (rule 22), and the quoted passage of the 3sat report, which the page sets "
              "as a block quote without marks (rule 23); the donation box 'Du möchtest mehr kritische Berichterstattung? "
              "…' and the reader comments ('4 Ergänzungen' and what follows) dropped (rule 52); complete as stored)",
    license=NP,
    paras=["Am Sonntag berichtete 3sat Neues über „Onlinepetition gegen Internetsperre",
           "Seine Tweets kommen regelmäßig: der Mensch, der sich bei Twitter „Mitzeichner“ nennt twittert den jeweils "
           "aktuellen Stand der Epetition gegen Internetsperren. Die Meldungen des Mitzeichners sind ein kleiner Teil "
           "einer großen Protestbewegung."],
    quotes=[("„Onlinepetition gegen Internetsperre", None),
            ("„Mitzeichner“", None)],
    aliases={})
