# netzpolitik.org (CC BY-NC-SA 4.0) and Global Voices auf Deutsch (CC BY 3.0) news pages, annotated by
# hand for whosaid (rules: ANNOTATION.md). Fields as in articles.py; quotes may be cut out of a
# paragraph with spans.cut (first and last words). Each document carries its own license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402

NP = "CC BY-NC-SA 4.0 (netzpolitik.org; attribution: the named netzpolitik.org author of the article, see the URL)"
GV = "CC BY 3.0 (Global Voices auf Deutsch; attribution: Global Voices and the named authors and translators, see the URL)"
ARTICLES = []

# --- netzpolitik.org ---
p1 = ("In einem offenen Brief appellieren dutzende kleine und mittlere Unternehmen an die Minister:innen von "
      "EU-Ländern, sich gegen die von der EU-Kommission geplante Chatkontrolle zu stellen. Das Vorhaben würde sich "
      "negativ auf die Privatsphäre und die Sicherheit von Kindern im Internet auswirken, warnen die "
      "Unterzeichner:innen.")
p4 = ("In einem offenen Brief an die Innen-, Justiz- und Wirtschaftsminister aller EU-Mitgliedstaaten warnen nun 29 "
      "kleine und mittlere Unternehmen sowie Organisationen aus Europa vor den Risiken des „verpflichtenden "
      "clientseitigen Scannens“ von Chat- und E-Mail-Nachrichten. Sie verlangen von den Minister:innen, sich in ihrer "
      "Positionierung möglichst nahe an der des Parlaments zu orientieren.")
ARTICLES.append(dict(
    id="np-2024-chatkontrolle-offener-brief",
    title="Offener Brief zur Chatkontrolle„Die EU-Mitgliedstaaten müssen sich entscheiden, auf welcher Seite sie stehen“",
    url="https://netzpolitik.org/?p=450007",
    retrieved="https://netzpolitik.org/?p=450007 (stored page of 2024; the kicker and headline are run together in the stored title line and kept so; image description and credit dropped; the stored copy is cut off in its fifth paragraph, which is dropped)",
    license=NP,
    paras=[p1,
           "Bislang konnten sich die EU-Staaten nicht auf eine gemeinsame Position zur verpflichtenden Chatkontrolle "
           "einigen. Damit wird die geplante Verordnung der EU-Kommission zum sexuellen Kindesmissbrauch "
           "(CSA-Verordnung) vor der Europawahl im Juni dieses Jahres voraussichtlich nicht mehr beschlossen.",
           "Dessen ungeachtet will der Rat der Europäischen Union noch vor der Wahl eine gemeinsame Position zur "
           "Verordnung finden. Und auch die Verlängerung einer derzeit bis zum August 2024 befristeten "
           "Ausnahmeregelung zur freiwilligen Chatkontrolle wird derzeit diskutiert.",
           p4],
    quotes=[("„Die EU-Mitgliedstaaten müssen sich entscheiden, auf welcher Seite sie stehen“", "kleine und mittlere Unternehmen"),
            ("„verpflichtenden clientseitigen Scannens“", "kleine und mittlere Unternehmen")],
    aliases={"kleine und mittlere Unternehmen": ["kleine und mittlere Unternehmen", "Unterzeichner:innen",
                                                  "29 kleine und mittlere Unternehmen sowie Organisationen"]}))

p2 = ("Telefonanbieter wollen im großen Stil das Surfverhalten von Mobilfunknutzer:innen in Deutschland auswerten. Die "
      "Konzerne Deutsche Telekom, Telefónica/o2, Vodafone und Orange haben zu diesem Zweck die Tracking-Firma Utiq als "
      "gemeinsames Tochterunternehmen gegründet. Davor warnt der digitalpolitische Verein D64 heute in einer "
      "umfassenden Stellungnahme [PDF]. In der begleitenden Pressemitteilung bezeichnet der Verein Utiq als „Big "
      "Brother made in Germany“.")
p3 = ("Das neue Tracking-Verfahren nutzt das Wissen der Telekommunikationskonzerne darüber, wem welcher "
      "Internetanschluss gehört, um Websites und Online-Werbung zu personalisieren. Die Methode wird von den Machern "
      "bewusst als europäische und datenschutzfreundliche Alternative in der AdTech-Branche positioniert. „Utiq ist der "
      "authentische Einwilligungs-Service, der verantwortungsvolles digitales Marketing ermöglicht.“")
ARTICLES.append(dict(
    id="np-2024-utiq-tracking",
    title="Neue Tracking-Firma UtiqWie Telekom, o2 und Vodafone im Datengeschäft mitmischen",
    url="https://netzpolitik.org/2024/neue-tracking-firma-utiq-wie-telekom-o2-und-vodafone-im-datengeschaeft-mitmischen",
    retrieved="same address (stored page; kicker and headline run together as stored; image description and credit dropped; the stored copy is cut off after the subheading 'Telefonanbieter ordnen Nutzer:innen Werbe-IDs zu', which is dropped with the cut paragraph)",
    license=NP,
    paras=["Die großen Telekommunikationsanbieter wollen das Online-Verhalten von Millionen Mobilfunknutzer:innen "
           "auswerten und so dem Silicon Valley bei der Online-Werbung das Wasser abgraben. Der Verein D64 klärt über "
           "die neue Tracking-Methode auf und äußert weitreichende Kritik.",
           p2, p3,
           "D64 ist mit diesem Framing gar nicht einverstanden. In der heute veröffentlichten Stellungnahme nimmt der "
           "Verein die Funktionsweise von Utiq genau unter die Lupe und äußert zahlreiche Kritikpunkte. Unter anderem "
           "warnt D64 vor der Entstehung eines neuen Überwachungsmonopols, das auch von Kriminellen und Geheimdiensten "
           "missbraucht werden könnte."],
    quotes=[("„Big Brother made in Germany“", "D64"),
            (cut(p3, "„Utiq ist", "ermöglicht.“"), "Utiq")],
    aliases={"D64": ["D64", "Der Verein D64", "der digitalpolitische Verein D64", "der Verein"],
             "Utiq": ["Utiq", "den Machern"]}))

ARTICLES.append(dict(
    id="np-2024-chatkontrolle-verschluesselte-dienste",
    title="ChatkontrolleVerschlüsselte Dienste sollen als erstes durchleuchtet werden",
    url="https://netzpolitik.org/2024/chatkontrolle-verschluesselte-dienste-sollen-als-erstes-durchleuchtet-werden/",
    retrieved="same address (stored page; kicker and headline run together as stored; image description and credit, which hold the campaign name „Chatkontrolle stoppen“, dropped; the stored copy is cut off after the subheading „Bestätigt all unsere Bedenken“, which is dropped with the cut paragraph)",
    license=NP,
    paras=["Internet-Dienste, die Anonymität und Verschlüsselung anbieten, sollen als erste eine Chatkontrolle "
           "durchführen. Das geht aus Dokumenten der belgischen Ratspräsidentschaft hervor, die wir veröffentlichen. "
           "Bürgerrechtsorganisationen aus ganz Europa fordern die Ablehnung des Vorschlags.",
           "Aus Dokumenten der belgischen Ratspräsidentschaft geht hervor, dass sichere und die Privatsphäre "
           "schützende Dienste besonders im Visier der geplanten Chatkontrolle stehen sollen. Nach dem Motto „Je "
           "sicherer, desto mehr Chatkontrolle“ führen Sicherheitsfeatures wie Anonymität oder "
           "Ende-zu-Ende-Verschlüsselung dazu, dass eine andere Risikobewertung vorgenommen wird.",
           "Die belgische Ratspräsidentschaft hatte zuletzt einen „Kompromissvorschlag“ bei der Chatkontrolle ins "
           "Spiel gebracht, der technisch die Quadratur des Kreises versucht und nichts an der Tatsache einer "
           "anlasslosen Massenüberwachung ändert. Dieser Vorschlag hat bei den Verhandlungen im Rat nicht zu einer "
           "Einigung geführt, wie Dokumente belegen, die netzpolitik.org veröffentlicht hat.",
           "Die EU-Kommission fordert eine anlasslose und massenhafte Chatkontrolle und hat eine entsprechende "
           "Verordnung vorgeschlagen. Das EU-Parlament kritisiert diese Massenüberwachung und fordert, die "
           "Chatkontrolle auf unverschlüsselte Inhalte von Verdächtigen zu beschränken. Die EU-Staaten sind gespalten. "
           "Manche Länder unterstützen den Vorschlag der Kommission, andere eher die Position des Parlaments. Derzeit "
           "sieht es so aus, als müsse sich die Ratspräsidentschaft etwas Neues einfallen lassen, um eine Einigung "
           "erzielen zu können."],
    quotes=[("„Je sicherer, desto mehr Chatkontrolle“", None), ("„Kompromissvorschlag“", None)],
    aliases={}))

# --- Global Voices auf Deutsch ---
g1 = ("Oleksandr Arhat (LiveJournal Nutzer olarhat) aus Kiew stellt einen Fotobericht [uk] von der Kundgebung am 10. "
      "Dezember nach den Wahlen in Moskau ins Internet, die ihn an die Proteste 2004 nach den Wahlen in Kiew "
      "erinnerten: “Unbezahlte Leute, die demonstrieren [und nicht, um dafür ein Stück Brot zu bekommen]. Passiert "
      "nicht jeden Tag, vor allem nicht in der Russischen Föderation. […] Leute, die höchstwahrscheinlich 2004 dachten, "
      "dass unsere [Orangene] Revolution [vom amerikanischen Auswärtigen Amt] gesponsert wurde.”")
g2 = ("José Medrano [es], ‘Conejitos Suicidas’ [es] und Julio Córdoba [es] und andere bloggten über den ‘Slut Walk‘ "
      "der am Sonntag, den 14. August zum ersten Mal in Costa Rica stattfand.")
g3 = ("Der Fotograf Oleg Klimov hat Fotos von der Kundgebung am 10. Dezember in Moskau ins Internet gestellt und "
      "beschreibt das Ereignis [ru] als eine “ethische Revolution”: “Der springende Punkt ist nicht die soziale "
      "Gerechtigkeit, sondern die Ethik. Das Regime hat mit seinen politischen Methoden gegen die allgemein gültigen "
      "Gesetze der menschlichen Ethik verstoßen und das ist es, was alle sozialen Schichten empört und Bürger dazu "
      "angeregt hat, sich zusammen zu tun.”")
ARTICLES.append(dict(
    id="gv-2011-12-kurzmeldungen-moskau",
    title="Artikel vom Kurzmeldungen vom Dezember, 2011",
    url="https://de.globalvoices.org/category/type/roundups/?m=201112",
    retrieved="same address (stored page of short news items; the site header lines above the page title dropped)",
    license=GV,
    paras=["Russland: Fotos eines ukrainischen Bloggers von der Moskauer Kundgebung", g1,
           "‘Slut Walk’ in Costa Rica", g2,
           "Russland: Eine “Ethische Revolution”", g3],
    quotes=[(cut(g1, "“Unbezahlte", "gesponsert wurde.”"), "Oleksandr Arhat"),
            ("‘Slut Walk’", None),
            ("‘Conejitos Suicidas’", None),
            ("‘Slut Walk‘", None),
            ("“Ethische Revolution”", "Oleg Klimov"),
            ("“ethische Revolution”", "Oleg Klimov"),
            (cut(g3, "“Der springende", "zu tun.”"), "Oleg Klimov")],
    aliases={"Oleksandr Arhat": ["Oleksandr Arhat", "olarhat"],
             "Oleg Klimov": ["Oleg Klimov", "Der Fotograf Oleg Klimov"]}))

g = ("Global-Voices-auf-Griechisch-Übersetzerin Margie Lazou schrieb einen offenen und ungeschminkten Bericht ihres "
     "täglichen Kampfes als alleinerziehende Mutter im krisengeschüttelten Griechenland in ihrem privaten Blog: “All "
     "ihr Leute da draußen in Europa, bitte, kommt und lebt hier, lauft eine Weile in meinen Schuhen, bevor ihr mich "
     "verurteilt.”")
ARTICLES.append(dict(
    id="gv-2011-09-kurzmeldungen",
    title="Artikel vom September, 2011",
    url="http://de.globalvoicesonline.org/2011/09/",
    retrieved="same address (stored monthly archive page; the date lines are kept without their leading spaces; the last item, cut off in its paragraph, is dropped)",
    license=GV,
    paras=["Usbekistan: Oppositionsmitglied im Exil ermordet", "30 September 2011",
           "Avicenna berichtet [en], dass eines der aktivsten Mitglieder der usbekischen Opposition im Exil Fuad "
           "Rustamkhojaev in Ivanovo, einer westrussischen Stadt, wo er in den letzten 6 Jahren gelebt hat. Die "
           "Kollegen des Opfers sind entsetzt von der Brutalität und beschuldigen das politische Regime Usbekistans für "
           "den Mord.",
           "Griechenland: “Europa, laufe in meinen Schuhen, bevor du mich verurteilst.”", "29 September 2011", g,
           "Spanien: Polizei heißt Protestierende des 15M in Paris “willkommen”", "27 September 2011",
           "Der \"Marsch der empörten Menschen\", der aus einigen Städten in Spanien und Frankreich losging, um Europa "
           "zu durchqueren, wurde in Paris von der polizei wilkommen geheissen, Einhundert Mensche, die richtung "
           "Französisches Parlament gingen, wurden weggezerrt, mit Pfefferspray besprüht und verhaftet. Chris Moya "
           "berichtet.",
           "Marokko: Zahlreiche Verhaftungen von Aktivisten", "19 September 2011",
           "In den letzten Tagen gab es einen plötzlichen Anstieg von Verhaftungen von Demokratie- und "
           "Online-Aktivisten in Marokko. Drei haben sich allein in der letzten Woche ereignet. In der Presse wurde "
           "darüber wenig berichtet und nur durch Blogger, die über die Verhaftungen berichteten, haben die "
           "traditionellen Medien die Storys aufgegriffen."],
    quotes=[("“Europa, laufe in meinen Schuhen, bevor du mich verurteilst.”", "Margie Lazou"),
            (cut(g, "“All", "verurteilt.”"), "Margie Lazou"),
            ("“willkommen”", None),
            ("\"Marsch der empörten Menschen\"", None)],
    aliases={"Margie Lazou": ["Margie Lazou", "Global-Voices-auf-Griechisch-Übersetzerin Margie Lazou"]}))

ARTICLES.append(dict(
    id="gv-2012-08-politik",
    title="Artikel über Politik vom August, 2012",
    url="https://de.globalvoices.org/category/topics/politics/?m=201208",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them; the last teaser, cut off in the stored copy, is dropped)",
    license=GV,
    paras=["Iran: Oppositionsführer wieder zu Hause",
           "Laut [fa] sozialen Medien und Webseiten der Nachrichtenagenturen, kehrte [en] der Führer der iranischen "
           "Opposition Mir Hossein Mousavi am Freitag, den 24. August 2012, vom Krankenhaus nach Hause zurück.",
           "Iran: Inhaftierter Führer der Grünen Bewegung ins Krankenhaus verlegt",
           "Mir Hossein Mousavi, Schlüsselfigur der iranischen Grünen Bewegung, reformistischer Kandidat in den "
           "Präsidentschaftswahlen 2009 und die treibende Kraft der Opposition während der Unruhen nach den Wahlen, "
           "wurde wegen eines „Herzproblems“ ins Krankenhaus verlegt. Mousavi steht seit ungefähr 520 Tagen unter "
           "Hausarrest.",
           "Russland: Pussy Riot schuldig gesprochen",
           "Die Richterin sagte, einer der Gründe für das \"reale Urteil\" ist, \"andere zu warnen\". - Russische und "
           "englischsprachige Twitternutzer haben auf das Urteil und die zweijährige Haftstrafe für die "
           "Pussy-Riot-Mitglieder reagiert.",
           "Deutschland: Kritik an „Ich will Europa“ in sozialen Medien",
           "Elf deutsche Stiftungen haben die Kampagne \"Ich will Europa\" gestartet, um für die europäische "
           "Integration zu werben. In den sozialen Medien gibt es teilweise starke Kritik an der Kampagne.",
           "Angriff auf unabhängige Medien in Hongkong",
           "Vier maskierte Männer [en] betraten am 8. August die Büroraume von Inmedia und zerstörten sämtliche "
           "Computer. Inmedia ist bekannt dafür, Nachrichten zu veröffentlichen, die für die Machthaber in Hongkong "
           "und...",
           "Ägypten: Titelseite der beschlagnahmten Ausgabe von Al Doustor",
           "Bassem Sabry aus Ägypten twitterte ein Foto der “umstrittenen Titelseite der ersten beschlagnahmten "
           "Ausgabe der Zeitung Al-Dostour, das einen militärgestützten Staat wie die Türkei fordert.”"],
    quotes=[("„Herzproblems“", None),
            ("\"reale Urteil\"", "Richterin"),
            ("\"andere zu warnen\"", "Richterin"),
            ("„Ich will Europa“", None),
            ("\"Ich will Europa\"", None),
            ("“umstrittenen Titelseite der ersten beschlagnahmten Ausgabe der Zeitung Al-Dostour, das einen "
             "militärgestützten Staat wie die Türkei fordert.”", "Bassem Sabry")],
    aliases={"Richterin": ["Richterin", "Die Richterin"],
             "Bassem Sabry": ["Bassem Sabry"]}))

ARTICLES.append(dict(
    id="gv-2012-03-politik",
    title="Artikel über Politik vom März, 2012",
    url="https://de.globalvoices.org/category/topics/politics/?m=201203",
    retrieved="same address (stored topic page: date line, headline and teaser of each article as the page shows them; site header lines and the last teaser, cut off in the stored copy, are dropped)",
    license=GV,
    paras=["29 März 2012", "Italien: Heftige Proteste gegen Hochgeschwindigkeitsstrecke",
           "Für die No-Tav-Bewegung, die seit 1991 gegen den Bau einer neuen Hochgeschwindigkeitsstrecke von Turin "
           "nach Lyon kämpft, waren die vergangenen Wochen besonders wichtig - und konfliktreich. Angesichts von "
           "ständigen Protestkundgebungen,...",
           "22 März 2012", "Portugal: Subversiver Priester hält “Moralpredigt” zum Generalstreik",
           "Mário Pais de Oliveira, Priester und Autor, ist zu sozialen Netzwerken \"konvertiert\", um seine "
           "revolutionären Gedanken über die Welt zu predigen. Der gestrige Generalstreik ruft uns das Video von "
           "Vater...",
           "19 März 2012", "Aserbaidschan: Enthüllungsjournalistin trotzt Erpressungsversuch",
           "Laut Freedom House werden in Aserbaidschan weiterhin \"Journalisten und Blogger mit abweichenden "
           "Meinungen\" verhaftet. Doch wie eine Journalistin kürzlich feststellen musste, gibt es in der ölreichen "
           "Ex-Sowjetrepublik auch andere Methoden,...",
           "16 März 2012", "Mazedonien: Friedensmarsch für Samstag, 17. März, geplant",
           "Die Menschen des multiethnischen Landes Mazedonien organisieren für diesen Samstag einen Friedensmarsch, "
           "als Ausdruck ihrer Sorge, dass die aktuellen rassistischen Verbrechen Vorboten eines Bürgerkrieg sind.",
           "14 März 2012", "Spanien: Die rebellischen Großeltern des 15M",
           "Die meisten von ihnen sind schon weit über 60. Sie sind Rentner, \"iaios\" (katalanisch für Großeltern), "
           "und sie sind Veteranen des langfristigen Aktionismus. Celestino Sánchez, Antonia Jover, Adrián Rísquez "
           "und..."],
    quotes=[("“Moralpredigt”", None),
            ("\"konvertiert\"", None),
            ("\"Journalisten und Blogger mit abweichenden Meinungen\"", "Freedom House"),
            ("\"iaios\"", None)],
    aliases={"Freedom House": ["Freedom House"]}))

ARTICLES.append(dict(
    id="gv-2013-06-kurzmeldungen",
    title="Artikel vom Kurzmeldungen vom Juni, 2013",
    url="https://de.globalvoices.org/category/type/roundups/?m=201306",
    retrieved="same address (stored page of short news items; site header lines, the '(more…)' link and the last item, cut off in the stored copy, dropped; the quoted passages that the page sets as block quotes without quotation marks are kept as their own lines and are not annotated)",
    license=GV,
    paras=["“Lightsoldiers” – Komposition für türkische Demonstranten",
           "Der deutsche Musiker Davide Martello spielte während der Proteste auf dem Taksim-Platz in Istanbul.",
           "Dieses Stück ist den Soldaten des Lichts gewidmet, den Opfern der unglaublichen Gewalt der türkischen "
           "Regierung. Es wurde während der Proteste in Istanbul vor zwei Wochen komponiert … live in der Menge auf dem "
           "Taksim-Platz.",
           "So erklärt der Musiker seine Komposition, die er bei Soundcloud zum Download anbietet.",
           "Panama: Indigenes Land an ausländische Investoren verkauft",
           "“Sie haben gesagt sie würden ein Programm erarbeiten, um den Leuten zu helfen, aber sie wollten nur unsere "
           "Unterschriften, um [das Land] zu verkaufen. Sie haben uns belogen, das ist uns jetzt klar geworden.”",
           "Menschen mit Behinderung werden in Kirgisistan nicht respektiert",
           "Der Blogger Dmitri Efremov beschreibt [ru], wie Menschen mit Behinderungen im zentralasiatischen "
           "Kirgisistan gesehen werden:",
           "Es ist furchtbar zu sehen, dass manche Menschen hier Menschen mit Behinderungen nicht respektieren."],
    quotes=[("“Lightsoldiers”", None),
            ("“Sie haben gesagt sie würden ein Programm erarbeiten, um den Leuten zu helfen, aber sie wollten nur "
             "unsere Unterschriften, um [das Land] zu verkaufen. Sie haben uns belogen, das ist uns jetzt klar "
             "geworden.”", None)],
    aliases={}))
