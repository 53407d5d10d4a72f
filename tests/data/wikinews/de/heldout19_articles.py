# Nineteenth held-out German real-news set (tests/data/heldout19-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-112 and the nineteenth held-out rules 114 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, by title, and by
# an 8-word overlap search against the texts of all sets: no shared 8-word window). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: texts of the Austrian Parliament (releases of its Parlamentskorrespondenz on parlament.gv.at and on the OTS
# press-release service (dateline "Wien (PK)"), two plenary reports reposted by the Österreich Journal under the dateline
# "Wien (pk)", one news item of parlament.gv.at) and of the Austrian Federal Chancellery (one news item of
# bundeskanzleramt.at, four Chancellery releases of the Faymann years on OTS). No ministry text (see SOURCES.md for why), no
# Wikinews, Global Voices, Pressenza, netzpolitik.org or Commission text. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz on parlament.gv.at: plenary reports ---

add(id="ho19-pk-2009-887-dringliche-system-grasser",
    title="Parlamentskorrespondenz Nr. 887 vom 21.10.2009",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0887",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the paragraph 'Kogler erinnerte daran, dass Ernst Karl "
              "Plech … den Zuschlag', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=['Die Grünen sehen "System Grasser" und eine aufklärungsunwillige ÖVP',
           "Dringliche Anfrage im Nationalrat",
           'Wien (PK) – Am Nachmittag unterbrach der Nationalrat seine Beratungen über das neue Fremdenrecht, um über '
           'eine von den Grünen eingebrachte Dringliche Anfrage an den Finanzminister zu debattieren. Die Dringliche '
           'betraf das "System Grasser" und den "Willen der ÖVP, die Machenschaften lückenlos aufzuklären" und umfasste '
           '30 Einzelfragen.',
           'Abgeordneter Werner KOGLER (G) begründete als Erstunterzeichner die Dringliche Anfrage und führte u.a. aus, '
           'dass man das Vertrauen in die Institutionen der Republik wiederherstellen müsse. Es gehe nicht um das '
           'Aufrollen um des Aufrollens willen, sondern man habe Vorkehrungen zu treffen, damit derlei künftighin nicht '
           'mehr so ohne weiteres passieren könne. Es sollte im Interesse der ÖVP liegen, dass manche Dinge aufgeklärt '
           'werden, um einen Schlussstrich ziehen zu können. In der Debatte gehe es darum, wie es einem Finanzminister '
           'gelungen sei, den ideologischen Schlachtruf "mehr privat weniger Staat" für sich zu verwerten. Merkmal des '
           '"Systems Grasser" war es, sehr viele private Freunde auf Kosten des Steuerzahlers zu bedienen. Im Ergebnis '
           'gab es "Misswirtschaft durch Freunderlwirtschaft". Es gehe nicht nur um den BUWOG-Skandal, sondern auch '
           'darum, dass Grassers Freunde Peter Hochegger und Walter Meischberger in vielen anderen Bereichen mit '
           'öffentlichen Geldern versorgt worden seien. Hinzu komme, dass sich der Finanzminister von der Industrie Geld '
           'zustecken ließ und nicht einmal die Steuern dafür zahlte.'],
    quotes=[('"System Grasser"', "Die Grünen", 0),
            ('"System Grasser"', "Die Grünen", 1),
            ('"Willen der ÖVP, die Machenschaften lückenlos aufzuklären"', "Die Grünen"),
            ('"mehr privat weniger Staat"', None),
            ('"Systems Grasser"', "Werner KOGLER"),
            ('"Misswirtschaft durch Freunderlwirtschaft"', "Werner KOGLER")],
    aliases={"Die Grünen": ["Die Grünen", "Grünen"],
             "Werner KOGLER": ["Werner KOGLER", "Abgeordneter Werner KOGLER"]})

add(id="ho19-pk-2006-702-ortstafeln",
    title="Parlamentskorrespondenz Nr. 702 vom 14.07.2006",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2006/PK0702/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the published space in 'Ortstafel- Antrag' kept (rule 20); the paragraph "
              "'Der Klubobmann der ÖVP brachte s', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Keine Verfassungsmehrheit für Lösung der Kärntner Ortstafelfrage",
           "Nationalratsdebatte mit gegenseitigen Schuldzuweisungen",
           "Wien (PK) – Das Finale der XXII. Gesetzgebungsperiode im Nationalrat wurde mit einem Ortstafel- Antrag von "
           "V-Klubobmann Mag. Molterer und einem Antrag von F-Klubobmann Scheibner eingeleitet. Beide Anträge wurden "
           "unter einem debattiert.",
           'Abgeordneter Mag. MOLTERER (V) erinnerte zunächst an die Verhandlungssituation der letzten Nacht, in der die '
           'Regierungsparteien versucht haben, in der wichtigen Frage der zweisprachigen Ortstafeln mit der SPÖ und den '
           'Vertretern des Zentralverbandes der Slowenen sowie mit der Gemeinschaft der Slowenen eine Lösung zu erzielen. '
           'Es sei heute Nacht nicht möglich gewesen, die Konsenslösung von Kärnten in Wien umzusetzen, weil kurz vor der '
           'Ziellinie die SPÖ "der Mut zur Verantwortung" verlassen habe. Wir kennen das, sagte Molterer, immer dann, '
           'wenn staatspolitische Verantwortung gefordert ist, verlasse die SPÖ der Mut zur Verantwortung. Erstmals seit '
           'vielen Jahrzehnten bestehe eine realistische Chance auf einen Konsens in Kärnten, auf den die KärntnerInnen '
           'sehnsüchtig warten und der Kärnten und Österreich essentielle Zukunftschancen biete.',
           'In den letzten Jahren sei es Kanzler Schüssel gelungen, Bewegung in die verfahrene Situation zu bringen. Ein '
           'historisches Aufeinanderzugehen wurde ermöglicht, die Konsenskonferenz, die es in Wien gegeben hat, habe '
           'dieses Aufeinanderzugehen ermöglicht. "Die ÖVP will eine Lösung, sie habe eine Lösung mit aller Kraft '
           'angestrebt und mit jeder Faser des Herzens wurde an dieser Lösung gearbeitet und für diese Lösung gekämpft." '
           'Die Konsenschance liege auf dem Tisch und es liege ein Gesetzesantrag vor, der diesen Konsens rechtlich '
           'absichert, so wie es die Kärntner Konsensparteien wollen. "Folgen Sie doch dem Wunsch der Kärntner '
           'Konsensparteien!", meinte Molterer in Richtung SPÖ.'],
    quotes=[('"der Mut zur Verantwortung"', "Molterer"),
            ('"Die ÖVP will eine Lösung, sie habe eine Lösung mit aller Kraft angestrebt und mit jeder Faser des Herzens '
             'wurde an dieser Lösung gearbeitet und für diese Lösung gekämpft."', "Molterer"),
            ('"Folgen Sie doch dem Wunsch der Kärntner Konsensparteien!"', "Molterer")],
    aliases={"Molterer": ["Molterer", "Mag. Molterer", "V-Klubobmann Mag. Molterer", "Abgeordneter Mag. MOLTERER",
                          "Mag. MOLTERER"]})

add(id="ho19-pk-2013-150-eu-semester",
    title="Parlamentskorrespondenz Nr. 150 vom 28.02.2013",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2013/PK0150/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the subheading 'Arbeitslosigkeit und Austeritätspolitik bereiten Sorgen' and "
              "the paragraph after it ('Abgeordneter Bruno ROSSMANN (G) begrüßte … und niedrigeren'), cut off in the "
              "stored copy, dropped (rule 15); the published typo 'teileweise' kept (rule 20))",
    license=PK,
    paras=["Die soziale Dimension der Krise in Europa",
           "Nationalrat diskutiert über EU-Bericht, Türkei und Menschenrechte",
           "Wien (PK) – Im Nationalrat wurde heute auch noch über EU, Außenpolitik und Menschenrechte diskutiert. Die "
           "wirtschaftliche Lage in der EU sowie die nötigen Schritte, um die gegenwärtige Krise zu bewältigen, sind "
           "Themen des Jahreswachstumsberichts 2013 der EU-Kommission, den der EU-Unterausschuss an das Plenum des "
           "Nationalrats weitergeleitet hat (2165 d.B.). Er wurde mehrheitlich zur Kenntnis genommen.",
           "Dem Bericht ist zu entnehmen, dass die Anstrengungen in den einzelnen Mitgliedstaaten zwar erster Erfolge "
           "gezeitigt haben – etwa sinkende Haushaltsdefizite, nachlassende Spannungen auf den Finanzmärkten und erste "
           "Anzeichen für eine Steigerung der Wettbewerbsfähigkeit -, die Staaten aber nicht von der Verpflichtung "
           "entbunden werden können, weitere Reformschritte zu setzen, um die Krise zu überwinden und um Wachstum und "
           "Beschäftigung zu schaffen.",
           "Auch Österreich muss seinen Schuldenstand von über 70% zurückführen und sein Defizit unter die Marke von 3% "
           "drücken. Der Wirtschaftsausblick für die EU bleibt insgesamt fragil, für 2013 ist laut Analyse von einer "
           "weiterhin prekären Situation mit teileweise positiven Entwicklungen auszugehen.",
           'Der Jahreswachstums-Bericht bildet den Auftakt zum "Europäischen Semester", ein Instrument zur finanz- und '
           'wirtschaftspolitischen Koordinierung in der EU, das als vorbeugendes Krisenmanagement konzipiert ist und 2011 '
           'erstmals angewandt wurde und einem festen Sechsmonats-Fahrplan folgt.'],
    quotes=[('"Europäischen Semester"', None)],
    aliases={})

# --- Parlamentskorrespondenz plenary reports reposted by the Österreich Journal ("Wien (pk)") ---

add(id="ho19-pk-oej-2008-09-12-sondersitzung-teuerung",
    title="Hitzige Debatte über Maßnahmen gegen die Inflation",
    url="http://oe-journal.at/Aktuelles/!2008/0908/W2/11509sondersitzungPk.htm",
    retrieved="same address (the Parlamentskorrespondenz's report on the special sitting of 12 September 2008 as "
              "reposted by the Österreich Journal under the dateline 'Wien (pk)', which names the Parlamentskorrespondenz "
              "as its source (rule 31); the stored copy's hard line breaks joined with a space (rule 48); the paragraph "
              "'Nationalratspräsidentin Mag. PRAMMER gab bekannt, … eine Frist bis zum 23. September 20', cut off in the "
              "stored copy, dropped (rule 15); the published 'Mit großer Mehrheit – einschließlich der meisten "
              "Abgeordneten der SPÖ beschloss' (no closing dash) kept (rule 20))",
    license=PK,
    paras=['Wien (pk) - Wie kurz vor einer Nationalratswahl nicht anders zu erwarten, war die Debatte in der '
           'Sondersitzung des Nationalrats am 12.09. über weite Strecken von Wahlkampftönen gekennzeichnet. Die Sitzung '
           'fand auf Verlangen der SPÖ statt; sie hatte zu Beginn der Sitzung eine Dringliche Anfrage "betreffend '
           'Versagen von Wirtschaftsminister Bartenstein bei der Bekämpfung der Teuerung" eingebracht.',
           'Abgeordneter Dr. JAROLIM (S) bezeichnete in seiner Begründung der Anfrage den Kampf gegen die Teuerung als '
           'eine "aktuell wichtige Notwendigkeit"; man solle heute damit beginnen und noch vor der Wahl Maßnahmen '
           'umsetzen. Der Koalitionspartner habe Vorschlägen seiner Fraktion wenig Interesse entgegengebracht, sagte '
           'Jarolim, jetzt kämen diese Vorschläge von der Wettbewerbskommission. Lebensmittel seien in Österreich um 18 % '
           'teurer als in Deutschland, bei Diskontern sogar um 21 %. In Österreich seien die Preise im Schnitt um ein '
           'Drittel höher als in der EU, stellte Jarolim fest und monierte ein Preismonitoring. "Rasche Hilfe ist '
           'doppelte Hilfe" sagte der Redner und appellierte an die Abgeordneten, gemeinsam an der Bewältigung der '
           'Probleme zu arbeiten.',
           'In einer Debatte zur Geschäftsordnung verlangte G-Klubobmann VAN DER BELLEN die Beiziehung von '
           'Infrastrukturminister Faymann. Dieser Forderung schlossen sich BZÖ-Klubchef WESTENTHALER und VP-Klubobmann '
           'Dr. SCHÜSSEL an; FP-Klubobmann STRACHE beantragte zusätzlich die Beiziehung von Sozial- und '
           'Konsumentenschutzminister Buchinger. Mit großer Mehrheit – einschließlich der meisten Abgeordneten der SPÖ '
           'beschloss der Nationalrat die Beiziehung der beiden Ressortchefs. Die vorsitzführende Präsidentin Mag. '
           'PRAMMER unterbrach darauf die Sitzung bis zum Eintreffen der beiden Minister.'],
    quotes=[('"betreffend Versagen von Wirtschaftsminister Bartenstein bei der Bekämpfung der Teuerung"', "SPÖ"),
            ('"aktuell wichtige Notwendigkeit"', "Jarolim"),
            ('"Rasche Hilfe ist doppelte Hilfe"', "Jarolim")],
    aliases={"SPÖ": ["SPÖ"],
             "Jarolim": ["Jarolim", "Dr. JAROLIM", "Abgeordneter Dr. JAROLIM"]})

add(id="ho19-pk-oej-2012-11-14-budget-landesverteidigung",
    title="Kontroverse um Zukunft des Bundesheeres im Nationalrat",
    url="http://oe-journal.at/Aktuelles/!2012/1112/W2/31511pkLv.htm",
    retrieved="same address (the Parlamentskorrespondenz's report on the first day of the budget debate 2013 as "
              "reposted by the Österreich Journal under the dateline 'Wien (pk)' (rule 31); the stored copy's hard line "
              "breaks joined with a space (rule 48); the subheading 'Bund soll sich Verfahren um Eurofighter-Kauf "
              "anschließen' and the paragraph after it ('Abgeordneter Peter PILZ (G) verwies … Bestechungsg'), cut off "
              "in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wien (pk) - Am Ende des ersten Budgettages im Plenum standen am Abend des 14.11. Militärische "
           "Angelegenheiten und Sport zur Diskussion. Von angeblichen Versäumnissen bei Hilfseinsätzen in Kärnten, über "
           "die Modalitäten bei der Anschaffung der Eurofighter bis hin zu täglichen Turnstunde spannte sich die "
           "Debatte.",
           'Abgeordneter Peter FICHTENBAUER (F) eröffnete seinen Debattenbeitrag mit dem Hinweis, Minister Darabos '
           'missverstehe das Wort vom "Primat der Politik". Er wolle funktionierende Strukturen durch nicht '
           'funktionierende ersetzen. Das Budget des Verteidigungsressort sinke deutlich. Zu den Pilotprojekten in '
           'Richtung eines Berufsheeres meinte er, derzeit stattfindende Übungen in Allentsteig zeigten deutlich die '
           'Überlegenheit des Milizsystems. Dieses habe gut ausgebildete und motivierte Soldaten, die vorbildlich ihren '
           'Dienst versehen. Die Entscheidung werde am 20. Jänner fallen.',
           "Abgeordneter Stefan PRÄHAUSER (S) meinte, dass 2 Mrd. € für das Bundesheer das Limit dessen darstellten, mit "
           "dem der Betrieb aufrecht erhalten werden könne. Bei weiteren Veräußerungen von Heeresvermögen sollte der "
           "Erlös dem Heer zufließen, meinte er. Letztlich sei zu hoffen, dass zumindest 400 Mio. € erreicht würden, "
           "weniger als ursprünglich erwartet. Prähauser kritisierte die Höhe der Zinsvereinbarungen für die Anschaffung "
           "der Eurofighter, die Republik müsse darauf reagieren und neue Konditionen verhandeln. Bei dieser Anschaffung "
           "seien zudem einige Sachverhalte dringend aufklärungsbedürftig."],
    quotes=[('"Primat der Politik"', None)],
    aliases={})

# --- Parlamentskorrespondenz releases on OTS ("Wien (PK)") ---

add(id="ho19-pk-ots-2018-11-15-bures-berlin",
    title="Zweite Nationalratspräsidentin Doris Bures absolvierte Arbeitsbesuch in Berlin",
    url="https://www.ots.at/presseaussendung/OTS_20181115_OTS0142/"
        "zweite-nationalratspraesidentin-doris-bures-absolvierte-arbeitsbesuch-in-berlin",
    retrieved="same address (release of 15 November 2018 on the OTS press-release service under the dateline "
              "'Wien (PK)'; the stored copy's date prefix ' date 2018-11' dropped (rule 63); the subtitle kept as its "
              "own line (rule 18); the end mark '(Schluss) red' and the photo note 'HINWEIS: Fotos von diesem Besuch "
              "finden Sie …' dropped (rule 48); complete in the stored copy)",
    license=PK,
    paras=["Nach einem Gespräch mit deutschem Bundespräsidenten Frank-Walter Steinmeier besuchte Bures das Denkmal für "
           "die ermordeten Juden Europas",
           "Wien (PK) - Die Zweite Präsidentin des Nationalrates Doris Bures absolvierte am Donnerstag einen Kurzbesuch "
           "in Berlin. Am Programm stand zunächst ein Arbeitsgespräch mit dem deutschen Bundespräsidenten Frank-Walter "
           "Steinmeier. Thematisiert wurden aktuelle Herausforderungen für die Europäische Union und insbesondere die "
           "Wahl des europäischen Parlaments im Mai 2019. Das Treffen diente außerdem dem Austausch über "
           "innenpolitische Entwicklungen in Österreich und Deutschland.",
           "Auch das 100-jährige Jubiläum des Ende des Ersten Weltkriegs sowie die gemeinsame historische Verantwortung, "
           "die Zukunft Europas gemeinsam zu gestalten, wurden thematisiert.",
           'Im Anschluss besuchte Doris Bures gemeinsam mit österreichischen Gedenkdienerinnen und Gedenkdienern das '
           'Denkmal für die ermordeten Juden Europas und legte einen Kranz nieder. "Die Schicksale der Ermordeten und '
           'die Erinnerungen der Überlebenden erinnern Österreich an seine dauerhafte Verantwortung, wachsam zu sein und '
           'die Lehren der Geschichte an die nachfolgenden Generationen weiterzugeben", so Bures.'],
    quotes=[('"Die Schicksale der Ermordeten und die Erinnerungen der Überlebenden erinnern Österreich an seine '
             'dauerhafte Verantwortung, wachsam zu sein und die Lehren der Geschichte an die nachfolgenden Generationen '
             'weiterzugeben"', "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Zweite Nationalratspräsidentin Doris Bures", "Bures",
                             "Zweite Präsidentin des Nationalrates Doris Bures"]})

add(id="ho19-pk-ots-2015-11-18-bures-koenig-jordanien",
    title="Nationalratspräsidentin Doris Bures empfing König von Jordanien",
    url="https://www.ots.at/presseaussendung/OTS_20151118_OTS0233/"
        "nationalratspraesidentin-doris-bures-empfing-koenig-von-jordanien",
    retrieved="same address (release of 18 November 2015 on the OTS press-release service under the dateline "
              "'Wien (PK)'; the subtitle kept as its own line (rule 18); the end mark '(Schluss) red', the photo note "
              "'HINWEIS: Fotos von dieser Veranstaltung …' and the contact block 'Rückfragen & Kontakt: Pressedienst der "
              "Parlamentsdirektion …' dropped (rule 48); complete in the stored copy)",
    license=PK,
    paras=["Im Anschluss an den Besuch bei Bures traf der König mit Abgeordneten des Nationalrats und Mitgliedern des "
           "Bundesrats zusammen",
           "Wien (PK) - Nationalratspräsidentin Doris Bures hat heute den König des Haschemitischen Königreichs "
           "Jordanien, Abdullah II. bin al-Hussein, im Parlament empfangen. Der Gesprächstermin fand im Rahmen eines "
           "dreitägigen offiziellen Arbeitsbesuchs des Königs in Wien statt.",
           "Nationalratspräsidentin Doris Bures und König Abdullah II. bin al-Hussein sprachen über "
           "Flüchtlingsbewegungen, globale Allianzen gegen den IS-Terror und die guten Beziehungen zwischen Österreich "
           "und Jordanien, die gerade in schwierigen Zeiten von ganz besonderer Bedeutung seien und intensiviert werden "
           "müssten.",
           'Die Nationalratspräsidentin unterstrich die bedeutende Rolle Jordaniens als Vermittler in der Region, '
           'Österreich wiederum habe eine lange Tradition als Ort von Friedensverhandlungen. "Die Beendigung des '
           'Syrien-Kriegs und die Bekämpfung des IS-Terrors durch eine Allianz der internationalen Staatengemeinschaft '
           'sind die wesentlichen Voraussetzungen für die Bewältigung der Flüchtlingsbewegungen. Ich setze große '
           'Hoffnungen auf die internationalen Verhandlungen, die in Wien stattfinden."',
           'Im Anschluss an den Besuch bei der Nationalratspräsidentin traf das jordanische Staatsoberhaupt mit '
           'Abgeordneten des Nationalrats und Mitgliedern des Bundesrats zusammen. Den Vorsitz auf österreichischer '
           'Seite hatte der Nationalratsabgeordnete Josef Cap (SPÖ), der den König als "großen Hoffnungsträger" '
           'begrüßte. Danach besprachen die österreichische und die jordanische Delegation mögliche Reaktionen auf die '
           'global zunehmende Flüchtlingszahl und den Kampf gegen den Terrorismus.'],
    quotes=[('"Die Beendigung des Syrien-Kriegs und die Bekämpfung des IS-Terrors durch eine Allianz der internationalen '
             'Staatengemeinschaft sind die wesentlichen Voraussetzungen für die Bewältigung der Flüchtlingsbewegungen. '
             'Ich setze große Hoffnungen auf die internationalen Verhandlungen, die in Wien stattfinden."',
             "Doris Bures"),
            ('"großen Hoffnungsträger"', "Josef Cap")],
    aliases={"Doris Bures": ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin"],
             "Josef Cap": ["Josef Cap", "Nationalratsabgeordnete Josef Cap"]})

add(id="ho19-pk-ots-2014-08-07-trauerfeier-prammer",
    title="Abschied von NR-Präsidentin Prammer am Samstag vor dem Parlament",
    url="https://www.ots.at/presseaussendung/OTS_20140807_OTS0004/"
        "abschied-von-nr-praesidentin-prammer-am-samstag-vor-dem-parlament",
    retrieved="same address (release of 7 August 2014 on the OTS press-release service under the dateline "
              "'Wien (PK)'; the subtitle kept as its own line (rule 18); the heading 'Zeitlicher Ablauf' and its first "
              "two entries kept as lines of their own (rule 19); the third entry '10.50 Uhr: Präsidentin des Bundesra', "
              "cut off in the stored copy, dropped (rule 15); the published typo 'Karheinz Kopf' kept (rule 20))",
    license=PK,
    paras=["Ablauf der öffentlichen Trauerfeier",
           "Wien (PK) - Am kommenden Samstag, dem 9. August, findet um 10.30 Uhr vor dem Parlament die Trauerfeier für "
           "die verstorbene Präsidentin des Nationalrats Barbara Prammer statt. Die Zeremonie kann damit auch von der "
           "Bevölkerung direkt mitverfolgt werden, was ganz im Sinne der Präsidentin ist, zumal sie die Öffnung des "
           "Parlaments für die Bürgerinnen und Bürger zu einem ihrer zentralen Anliegen im Interesse einer begreifbaren "
           "und lebendigen Demokratie gemacht hat. Auch ORF II überträgt live ab 10.15 Uhr.",
           'Zu Beginn wird der Sarg mit der Nationalratspräsidentin unter den Klängen des Vorspiels zum ersten Aufzug der '
           'Oper "Tristan und Isolde" von Richard Wagner auf ein Podest getragen, das sich am Vorplatz des Parlaments '
           'befindet. Das Gedenken leiten im Anschluss daran Zweiter Nationalratspräsident Karheinz Kopf sowie die '
           'Präsidentin des Bundesrats Ana Blatnik ein.',
           "Barbara Coudenhove-Kalergi und Bundesministerin Gabriele Heinisch-Hosek erinnern ebenfalls an den Menschen "
           "und die Politikerin Barbara Prammer und erweisen ihr somit die letzte Ehre. Umrahmt werden die Reden von "
           "musikalischen Beiträgen durch Harri Stojka und Timna Brauer mit Band. Es ist dies auch ein Symbol für den "
           "unermüdlichen Einsatz Barbara Prammers für Minderheiten und eine Kultur des Gedenkens. Am Abschluss der "
           "Trauerfeierlichkeit ergreifen Bundeskanzler Werner Faymann und Bundespräsident Heinz Fischer das Wort.",
           "Unter der Musik der Bundeshymne, intoniert von der Militärmusik des Militärkommandos Niederösterreich, wird "
           "der Sarg abgetragen. Verabschiedet vom Parlament wird die Nationalratspräsidentin durch den Zapfenstreich vom "
           "Balkon ihres Büros aus, gespielt von einem Solotrompeter der Militärmusik.",
           "Zeitlicher Ablauf",
           '10.30 Uhr: Vorspiel zum ersten Aufzug von "Tristan und Isolde"',
           "10.40 Uhr: Zweiter Präsident des Nationalrats Karlheinz Kopf"],
    quotes=[('"Tristan und Isolde"', None, 0),
            ('"Tristan und Isolde"', None, 1)],
    aliases={})

add(id="ho19-pk-ots-2009-09-25-parlamentswoche",
    title="Die Parlamentswoche auf einen Blick (28. 09. - 02. 10. 2009) U-Ausschuss, Besuch aus Mecklenburg, "
          "Buchpräsentationsreihe Quadriga",
    url="https://www.ots.at/presseaussendung/OTS_20090925_OTS0049/"
        "die-parlamentswoche-auf-einen-blick-28-09-02-10-2009-u-ausschuss-besuch-aus-mecklenburg-"
        "buchpraesentationsreihe-quadriga",
    retrieved="same address (weekly preview of the Parlamentskorrespondenz of 25 September 2009 on the OTS "
              "press-release service; the title and subtitle, which the stored copy runs together, kept so (rule 48); "
              "each day line and entry a line of its own (rule 19); the end mark '(Schluss)', the contact block "
              "'Rückfragen & Kontakt: Eine Aussendung der Parlamentskorrespondenz …' and the OTS footer dropped "
              "(rule 48); the published spacing in '\"Überwachung - Bespitzelung -Sicherheit\"' kept (rule 20); complete "
              "in the stored copy)",
    license=PK,
    paras=["Dienstag, 29. September",
           "Der Untersuchungsausschuss zur Untersuchung von Abhör- und Beeinflussungsmaßnahmen im Bereich des Parlaments "
           "setzt seine Beratungen fort. (9 Uhr)",
           "Mittwoch, 30. September",
           "Eine Delegation von Mitgliedern des Petitionsausschusses des Landtags Mecklenburg-Vorpommern trifft mit "
           "Mitgliedern des Petitionsausschusses des Nationalrats zusammen. (9.30 Uhr)",
           "Donnerstag, 01. Oktober",
           'Eine Premiere: Zum ersten Mal gibt es die neue Form der Buchpräsentation im Parlament (siehe auch PK Nr. '
           '756/2009). Unter dem Titel "Quadriga" und dem Motto "Überwachung - Bespitzelung -Sicherheit" werden folgende '
           'Werke präsentiert: Ilija Trojanow und Juli Zeh: Angriff auf die Freiheit. Sicherheitswahn, Überwachungsstaat '
           'und der Abbau bürgerlicher Rechte. (Hanser) Ines Geipel: Zensiert, verschwiegen, vergessen. (Artemis und '
           'Winkler) Dietmar Kammerer: Bilder der Überwachung. (Suhrkamp) Am Podium diskutieren - moderiert von Zita '
           'Bereuter (FM4) und Peter Zimmermann (Ö1) - Ines Geipel, Dietmar Kammerer, Florian Klenk und Ilija Trojanow. '
           '(18.30 Uhr, Palais Epstein)',
           'HINWEIS: Die in der "Parlamentswoche" angeführten Veranstaltungen sind grundsätzlich nicht öffentlich, '
           'Teilnehmerinnen und Teilnehmer benötigen eine Einladung. Journalistinnen und Journalisten benötigen für eine '
           'Teilnahme einen JournalistInnenausweis bzw. eine Akkreditierung als Parlamentsjournalisten.'],
    quotes=[('"Quadriga"', None),
            ('"Überwachung - Bespitzelung -Sicherheit"', None),
            ('"Parlamentswoche"', None)],
    aliases={})

# --- News item of parlament.gv.at ---

add(id="ho19-parl-2011-10-31-prammer-gedenkt-amtsvorgaenger",
    title="Nationalratspräsidentin Prammer gedenkt verstorbener Amtsvorgänger",
    url="https://www.parlament.gv.at/PAKT/AKT/SCHLTHEM/SCHLAG/J2011/2011_10_31_Verstorbenen_Gedenken.shtml",
    retrieved="same address (news item of the Parliament's site of 31 October 2011, complete in the stored copy; the "
              "page furniture 'LETZTES UPDATE: 14.11.2016; 14:51' and 'Diese Seite als Lesezeichen hinzufügen' before "
              "the headline dropped (rule 19); the subheading 'Gedenken an Nationalratspräsidenten der Zweiten Republik' "
              "kept as its own line (rule 13))",
    license=PK,
    paras=["Wie auch in den vergangenen Jahren hat Nationalratspräsidentin Barbara Prammer am Montag mit einer "
           "Kranzniederlegung am Wiener Zentralfriedhof ihrer verstorbenen Amtsvorgänger gedacht.",
           'Dabei ehrte sie die ehemaligen Präsidenten des Nationalrates mit Kränzen aus weißen Chrysanthemen, die von '
           'einer rot-weiß-roten Schleife mit der goldenen Inschrift "Das Präsidium des Nationalrates" geschmückt waren.',
           "Gedenken an Nationalratspräsidenten der Zweiten Republik",
           "Den feierlichen Grabschmuck legte Prammer auf die letzten Ruhestätten der Präsidenten Leopold Kunschak, "
           "Felix Hurdes, Leopold Figl, Alfred Maleta, Karl Waldbrunner, Anton Benya und Leopold Gratz. Die "
           "Nationalratspräsidentin gedachte zudem den Zweiten Präsidenten Johann Böhm und Friedrich Hillegeist sowie "
           "dem Dritten Präsidenten Otto Probst."],
    quotes=[('"Das Präsidium des Nationalrates"', None)],
    aliases={})


# --- Bundeskanzleramt: news item of bundeskanzleramt.at and releases on OTS ---

add(id="ho19-bka-2016-05-drozda-kuer-und-pflicht",
    title="Thomas Drozda stellt sich der Kür und Pflicht seiner neuen Aufgabe",
    url="https://www.bundeskanzleramt.at/-/thomas-drozda-stellt-sich-der-kur-und-pflicht-seiner-neuen-aufgabe",
    retrieved="same address (stored news item of May 2016; the navigation word 'Inhalt' before the headline, the closing "
              "line 'Fotos sind auf der Fotoservice-Seite des Bundespressedienstes onlineverfügbar.' and the press contact "
              "block ('Rückfragehinweis: Kabinett Bundesminister Mag. Thomas Drozda …', cut off in the stored copy) dropped "
              "as furniture (rules 19, 48, 112); the subtitle kept as its own line (rule 18))",
    license=BKA,
    paras=["Antrittsrede im Nationalrat – Koordinierungsfunktion sowie Kunst und Kultur als Hauptaufgaben",
           '"Ich nehme die Aufgabe, die mir gestern offiziell übertragen wurde, mit Respekt und viel Elan an", sagte '
           'Bundesminister Thomas Drozda bei seiner Antrittsrede im Parlament. "Ich habe in zwei Kabinetten '
           'Politikerfahrung gesammelt, kenne das Bundeskanzleramt gut und war rund 20 Jahre in Kulturbetrieben tätig. '
           'Somit habe ich mich dazu entschlossen, das Angebot anzunehmen und ich freue mich sehr auf die vor mir '
           'liegenden Aufgaben."',
           'Drozda nahm in der Folge auf seine künftigen Ressortzuständigkeiten Bezug und betonte: "Die '
           'Regierungskoordination ist jener Teil meiner Aufgaben, die ich als Pflicht bezeichnen würde. Nun geht es '
           'darum, innerhalb der Regierung eine gute Zusammenarbeit zu finden, wovon ich überzeugt bin, dass dies auch '
           'gelingen wird."',
           'Überaus glücklich sei er, mit den Kunst- und Kulturagenden betraut zu werden, die er als "Kür" bezeichnete: '
           '"Österreich ist im Ausland als Kunst- und Kulturnation bekannt. Und so freue ich mich besonders über eine '
           'Aufgabe, die Ressourcen, Personalentscheidungen und Finanzen beinhaltet. Besonders wichtig ist mir aber, mit '
           'den Künstlerinnen und Künstlern, mit den Kulturschaffenden in Österreich einen Dialog auf Augenhöhe zu führen '
           '– denn es interessiert mich und ist auch für unsere Gesellschaft wichtig, was diese abseits der Kunst zu '
           'sagen haben. Denn Kultur bedeutet eben auch, wie man miteinander umgeht."',
           '"Die Erwartungshaltung ist riesig – ich bedanke mich für das entgegengebrachte Grundvertrauen", was das '
           'sprichwörtliche "Bohren der dicken Bretter" leichter ermöglichen sollte, so Bundesminister Drozda '
           'abschließend.'],
    quotes=[('"Ich nehme die Aufgabe, die mir gestern offiziell übertragen wurde, mit Respekt und viel Elan an"',
             "Thomas Drozda"),
            ('"Ich habe in zwei Kabinetten Politikerfahrung gesammelt, kenne das Bundeskanzleramt gut und war rund 20 '
             'Jahre in Kulturbetrieben tätig. Somit habe ich mich dazu entschlossen, das Angebot anzunehmen und ich freue '
             'mich sehr auf die vor mir liegenden Aufgaben."', "Thomas Drozda"),
            ('"Die Regierungskoordination ist jener Teil meiner Aufgaben, die ich als Pflicht bezeichnen würde. Nun geht '
             'es darum, innerhalb der Regierung eine gute Zusammenarbeit zu finden, wovon ich überzeugt bin, dass dies '
             'auch gelingen wird."', "Thomas Drozda"),
            ('"Kür"', "Thomas Drozda"),
            ('"Österreich ist im Ausland als Kunst- und Kulturnation bekannt. Und so freue ich mich besonders über eine '
             'Aufgabe, die Ressourcen, Personalentscheidungen und Finanzen beinhaltet. Besonders wichtig ist mir aber, '
             'mit den Künstlerinnen und Künstlern, mit den Kulturschaffenden in Österreich einen Dialog auf Augenhöhe zu '
             'führen – denn es interessiert mich und ist auch für unsere Gesellschaft wichtig, was diese abseits der '
             'Kunst zu sagen haben. Denn Kultur bedeutet eben auch, wie man miteinander umgeht."', "Thomas Drozda"),
            ('"Die Erwartungshaltung ist riesig – ich bedanke mich für das entgegengebrachte Grundvertrauen"',
             "Thomas Drozda"),
            ('"Bohren der dicken Bretter"', "Thomas Drozda")],
    aliases={"Thomas Drozda": ["Thomas Drozda", "Bundesminister Thomas Drozda", "Drozda", "Bundesminister Drozda"]})

FAYMANN = ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "Bundeskanzler Faymann", "Bundeskanzler"]

add(id="ho19-bka-ots-2014-08-26-faymann-kurs-der-stabilitaet",
    title='Bundeskanzler Faymann: "Weiterhin Kurs der Stabilität gehen"',
    url="https://www.ots.at/presseaussendung/OTS_20140826_OTS0082/bundeskanzler-faymann-weiterhin-kurs-der-stabilitaet-gehen",
    retrieved="same address (release of 26 August 2014 on the OTS press-release service under the plain dateline "
              "'Wien (OTS)', reporting the Pressefoyer after the Ministerrat and pointing to the photo service of the "
              "Chancellery's Bundespressedienst; the sender line is not in the stored copy, the release is taken as the "
              "Chancellery's (rule 111); the subtitle kept as its own line (rule 18); the closing line 'Bilder vom "
              "Pressefoyer sind über das Fotoservice des Bundespressedienstes http://fotoservice.bundeskanzlera', cut off "
              "in the stored copy and furniture in any case, dropped (rules 15, 112); the published typos "
              "'Wirtschafskrise' and 'Arbeitsmarkdaten' kept (rule 20))",
    license=BKA,
    paras=["Bundeskanzler dankt Michael Spindelegger für Zusammenarbeit in schwierigen Zeiten",
           'Wien (OTS) - "Ich möchte mich bei Michael Spindelegger für die Zusammenarbeit in einer schwierigen Zeit '
           'bedanken. Wir haben das Land gut durch die Wirtschafskrise geführt und immer ehrlich betont, dass die Krise '
           'noch nicht vorbei ist", sagte Bundeskanzler Werner Faymann heute, Dienstag, beim Pressefoyer nach dem '
           'Ministerrat. "Wir haben als Bundesregierung bei der Budgetstabilität, bei der Frage des strukturellen '
           'Defizits und rund um das Bankenwesen viele Maßnahmen gesetzt, die Österreich auf einen Kurs der Stabilität '
           'gebracht haben. Es muss gleichzeitig gespart und entlastet werden. Trotz der Prognosen des '
           'Wirtschaftswachstums muss investiert werden. Wir wollen wichtige Bereiche wie Gesundheit, Forschung und '
           'Bildung stärken", so Faymann.',
           '"Ich werde alles unternehmen, dass Österreich auch weiterhin den eingeschlagenen Kurs der Stabilität mit den '
           'nötigen Reformen geht. Wir werden wie bisher in den wesentlichen Punkten unsere Hausaufgaben erledigen. Denn '
           'wir wollen uns etwa bei den Arbeitsmarkdaten nicht an den Durchschnittswerten in Europa orientieren, sondern '
           'wollen weiterhin zu den besten zählen", so Faymann.',
           'Der Bundeskanzler erklärte auch den weiteren Zeitplan bei der Regierungsumbildung die sozialdemokratischen '
           'Regierungsmitglieder betreffend. "Am Montag soll die Angelobung von Alois Stöger als Infrastrukturminister '
           'und Sabine Oberhauser als Gesundheitsministerin beim Bundespräsidenten und am Dienstag die Vorstellung im '
           'Parlament erfolgen", sagte der Kanzler. Zu den Fragen, wie es in der ÖVP weitergehe, hielt der Kanzler fest: '
           '"So wie die ÖVP völlig fair unsere personellen Entscheidungen akzeptiert hat, ist die Nominierung eines '
           'Vizekanzlers und Finanzministers Sache des Regierungspartners."'],
    quotes=[('"Weiterhin Kurs der Stabilität gehen"', "Werner Faymann"),
            ('"Ich möchte mich bei Michael Spindelegger für die Zusammenarbeit in einer schwierigen Zeit bedanken. Wir '
             'haben das Land gut durch die Wirtschafskrise geführt und immer ehrlich betont, dass die Krise noch nicht '
             'vorbei ist"', "Werner Faymann"),
            ('"Wir haben als Bundesregierung bei der Budgetstabilität, bei der Frage des strukturellen Defizits und rund '
             'um das Bankenwesen viele Maßnahmen gesetzt, die Österreich auf einen Kurs der Stabilität gebracht haben. Es '
             'muss gleichzeitig gespart und entlastet werden. Trotz der Prognosen des Wirtschaftswachstums muss '
             'investiert werden. Wir wollen wichtige Bereiche wie Gesundheit, Forschung und Bildung stärken"',
             "Werner Faymann"),
            ('"Ich werde alles unternehmen, dass Österreich auch weiterhin den eingeschlagenen Kurs der Stabilität mit '
             'den nötigen Reformen geht. Wir werden wie bisher in den wesentlichen Punkten unsere Hausaufgaben erledigen. '
             'Denn wir wollen uns etwa bei den Arbeitsmarkdaten nicht an den Durchschnittswerten in Europa orientieren, '
             'sondern wollen weiterhin zu den besten zählen"', "Werner Faymann"),
            ('"Am Montag soll die Angelobung von Alois Stöger als Infrastrukturminister und Sabine Oberhauser als '
             'Gesundheitsministerin beim Bundespräsidenten und am Dienstag die Vorstellung im Parlament erfolgen"',
             "Werner Faymann"),
            ('"So wie die ÖVP völlig fair unsere personellen Entscheidungen akzeptiert hat, ist die Nominierung eines '
             'Vizekanzlers und Finanzministers Sache des Regierungspartners."', "Werner Faymann")],
    aliases={"Werner Faymann": FAYMANN + ["Kanzler"]})

add(id="ho19-bka-ots-2011-04-21-faymann-spindelegger-team",
    title='Bundeskanzler Faymann: "Wir arbeiten als Team für Österreich"',
    url="https://www.ots.at/presseaussendung/OTS_20110421_OTS0127/bundeskanzler-faymann-wir-arbeiten-als-team-fuer-oesterreich",
    retrieved="same address (release of 21 April 2011 on the OTS press-release service under the plain dateline "
              "'Wien (OTS)' on the first joint press conference of Chancellor and Vice-Chancellor in the "
              "Bundeskanzleramt; the sender line is not in the stored copy, the release is taken as the Chancellery's "
              "(rule 111: the SPÖ's press service dates its releases 'Wien (OTS/SK)', the ÖVP would not lead with the "
              "Chancellor); the subtitle kept as its own line (rule 18); the paragraph 'Um die Eckpu', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Zweite Regierungshalbzeit im Zeichen höheren Tempos dank des Wirtschaftsaufschwungs",
           'Wien (OTS) - "Wir arbeiten als Team. Das ist die wichtigste Voraussetzung für die zweite Hälfte der '
           'Regierungszeit", sagte Bundeskanzler Werner Faymann heute, Donnerstag, bei der ersten gemeinsamen '
           'Pressekonferenz mit dem neuen Vizekanzler Michael Spindelegger im Bundeskanzleramt am Ballhausplatz. Zuvor '
           'waren alle neuen Regierungsmitglieder von Bundespräsident Heinz Fischer in der Hofburg angelobt worden.',
           '"In der zweiten Halbzeit dieser Legislaturperiode wird die Regierung ihr Tempo erhöhen, damit Österreich im '
           'Wirtschaftsaufschwung weiterhin vorne dabei bleibt", sagte der Kanzler. Deshalb werde weiterhin in Bildung, '
           'Forschung und Entwicklung sowie in die Reformen der Strukturen investiert. "Das alles wird im Geiste der '
           'Zusammenarbeit geschehen, denn Österreich ist dann stark, wenn wir gemeinsam unsere Kräfte mobilisieren", '
           'sagte Faymann. Diese Einigkeit brauche man auch auf europäischer Ebene im Kampf gegen Spekulation, gegen '
           'Kernkraftwerke, gegen gentechnisch veränderte Produkte sowie für die Stärkung der Sozialpartnerschaft und '
           'anderer gut funktionierender Systeme. Das bekräftigte auch Vizekanzler Michael Spindelegger: "Ich bekenne '
           'mich zur neuen Gemeinsamkeit. Wir werden nicht kuscheln und nicht streiten, sondern konstruktiv und sachlich '
           'zusammenarbeiten", sagte er.',
           'Der Bundeskanzler dankte am Donnerstag auch den ausgeschiedenen Regierungsmitgliedern: "Sie haben in unserem '
           'Team in schwierigen Zeiten entscheidende Rollen gespielt", sagte der Bundeskanzler. Die erste Hälfte der '
           'Regierungszeit sei von der weltweiten Wirtschaftskrise, den Schwierigkeiten am Arbeitsmarkt und am '
           'Bankensektor geprägt gewesen. "Wir haben aktiv Maßnahmen gesetzt und sind dadurch besser als andere Länder '
           'durch die Krise gekommen", betonte der Bundeskanzler. Nun gelte es, diese gute Position weiter auszubauen.'],
    quotes=[('"Wir arbeiten als Team für Österreich"', "Werner Faymann"),
            ('"Wir arbeiten als Team. Das ist die wichtigste Voraussetzung für die zweite Hälfte der Regierungszeit"',
             "Werner Faymann"),
            ('"In der zweiten Halbzeit dieser Legislaturperiode wird die Regierung ihr Tempo erhöhen, damit Österreich im '
             'Wirtschaftsaufschwung weiterhin vorne dabei bleibt"', "Werner Faymann"),
            ('"Das alles wird im Geiste der Zusammenarbeit geschehen, denn Österreich ist dann stark, wenn wir gemeinsam '
             'unsere Kräfte mobilisieren"', "Werner Faymann"),
            ('"Ich bekenne mich zur neuen Gemeinsamkeit. Wir werden nicht kuscheln und nicht streiten, sondern '
             'konstruktiv und sachlich zusammenarbeiten"', "Michael Spindelegger"),
            ('"Sie haben in unserem Team in schwierigen Zeiten entscheidende Rollen gespielt"', "Werner Faymann"),
            ('"Wir haben aktiv Maßnahmen gesetzt und sind dadurch besser als andere Länder durch die Krise gekommen"',
             "Werner Faymann")],
    aliases={"Werner Faymann": FAYMANN + ["Kanzler"],
             "Michael Spindelegger": ["Michael Spindelegger", "Vizekanzler Michael Spindelegger"]})

add(id="ho19-bka-ots-2011-04-13-faymann-proell-ruecktritt",
    title='Bundeskanzler Faymann: "Nehme die Entscheidung vom Rücktritt Josef Prölls mit großem Respekt zur Kenntnis"',
    url="https://www.ots.at/presseaussendung/OTS_20110413_OTS0212/"
        "bundeskanzler-faymann-nehme-die-entscheidung-vom-ruecktritt-josef-proells-mit-grossem-respekt-zur-kenntnis",
    retrieved="same address (release of 13 April 2011 on the OTS press-release service under the plain dateline "
              "'Wien (OTS)'; the sender line is not in the stored copy, the release is taken as the Chancellery's (rule "
              "111): the SPÖ's own release on the same statement that day (OTS_20110413_OTS0223, not used) is dated "
              "'Wien (OTS/SK)'; the subtitle kept as its own line (rule 18); the published 'Verdiente' kept (rule 20); "
              "the paragraph 'Die bisher erfolgreiche Regierungsarbeit … \"Wir haben Reformen umzusetzen, … auch nach "
              "der personel', cut off in the stored copy inside its quotation, dropped (rule 15))",
    license=BKA,
    paras=["Faymann betont freundschaftliche Beziehung zu Vizekanzler - Stabilität der Bundesregierung gegeben - weitere "
           "Reformen",
           'Wien (OTS) - Bundeskanzler Werner Faymann dankte heute, Mittwoch, Vizekanzler Josef Pröll für die gute '
           'Zusammenarbeit und würdigte seine Verdiente für das Land sowie sein Engagement in der Bundesregierung: "Ich '
           'nehme die Entscheidung von Josef Pröll selbstverständlich mit großem Respekt zur Kenntnis. Nur er alleine '
           'hat zu entscheiden, wie er im Interesse seiner Gesundheit sein künftiges Leben gestalten will. Ich stehe aber '
           'nicht an, mich gerade an diesem Tag für die besonders gute Zusammenarbeit mit Josef Pröll zu bedanken. Es tut '
           'mir auch leid, dass er aus gesundheitlichen Gründen diese schwere Entscheidung zu treffen hatte, weil wir '
           'doch in sehr schwierigen Zeiten, immerhin in der schwersten Wirtschaftskrise seit 1945, das Land zu führen '
           'hatten."',
           'Der Bundeskanzler weiter: "Es ist nicht selbstverständlich, dass in schwierigen Zeiten eine Regierung so '
           'stark und so geschlossen vorgeht. Das sieht man im Vergleich mit vielen anderen Ländern in der EU. Wir haben '
           'stabile Finanzen, wir stehen in einem wirtschaftlichen Aufschwung, den wir rascher als andere zustande '
           'bringen. Wir haben die geringste Arbeitslosenquote in Europa. Unser Land ist wirtschaftlich stark, finanziell '
           'stabil und sozial ausgewogen. Das ist ein Verdienst dieser Regierung und Josef Pröll hat auf sehr persönliche '
           'Weise viel dazu beigetragen. Ich bin davon überzeugt, dass unser persönliches und freundschaftliches '
           'Verhältnis auch über seine politische Tätigkeit hinaus in den nächsten Jahren ein gutes sein wird", so Werner '
           'Faymann.'],
    quotes=[('"Nehme die Entscheidung vom Rücktritt Josef Prölls mit großem Respekt zur Kenntnis"', "Werner Faymann"),
            ('"Ich nehme die Entscheidung von Josef Pröll selbstverständlich mit großem Respekt zur Kenntnis. Nur er '
             'alleine hat zu entscheiden, wie er im Interesse seiner Gesundheit sein künftiges Leben gestalten will. Ich '
             'stehe aber nicht an, mich gerade an diesem Tag für die besonders gute Zusammenarbeit mit Josef Pröll zu '
             'bedanken. Es tut mir auch leid, dass er aus gesundheitlichen Gründen diese schwere Entscheidung zu treffen '
             'hatte, weil wir doch in sehr schwierigen Zeiten, immerhin in der schwersten Wirtschaftskrise seit 1945, das '
             'Land zu führen hatten."', "Werner Faymann"),
            ('"Es ist nicht selbstverständlich, dass in schwierigen Zeiten eine Regierung so stark und so geschlossen '
             'vorgeht. Das sieht man im Vergleich mit vielen anderen Ländern in der EU. Wir haben stabile Finanzen, wir '
             'stehen in einem wirtschaftlichen Aufschwung, den wir rascher als andere zustande bringen. Wir haben die '
             'geringste Arbeitslosenquote in Europa. Unser Land ist wirtschaftlich stark, finanziell stabil und sozial '
             'ausgewogen. Das ist ein Verdienst dieser Regierung und Josef Pröll hat auf sehr persönliche Weise viel dazu '
             'beigetragen. Ich bin davon überzeugt, dass unser persönliches und freundschaftliches Verhältnis auch über '
             'seine politische Tätigkeit hinaus in den nächsten Jahren ein gutes sein wird"', "Werner Faymann")],
    aliases={"Werner Faymann": FAYMANN})

add(id="ho19-bka-ots-2011-06-21-faymann-schwarzenegger",
    title="Bundeskanzler Werner Faymann zu Treffen mit Arnold Schwarzenegger",
    url="https://www.ots.at/presseaussendung/OTS_20110621_OTS0225/bundeskanzler-werner-faymann-zu-treffen-mit-arnold-schwarzenegger",
    retrieved="same address (release of 21 June 2011 on the OTS press-release service; the stored copy keeps the "
              "contact block, which names the Chancellor's press spokesman with a bka.gv.at address, so the release is "
              "the Chancellery's (rule 111); the hard line break in the first paragraph joined with a space (rule 48); "
              "the contact block and the OTS footer dropped (rule 48); complete in the stored copy)",
    license=BKA,
    paras=["Wien (OTS) - Bundeskanzler Werner Faymann empfing Dienstagmittag den ehemaligen Gouverneur des "
           "US-Bundesstaates Kalifornien, Arnold Schwarzenegger, zu einem mehr als einstündigen Gespräch im "
           "Bundeskanzleramt.",
           '"Unser Treffen ist in einer sehr guten und freundschaftlichen Atmosphäre abgelaufen. Gouverneur '
           'Schwarzenegger wollte sich über die politische Situation in Österreich und in Europa genau informieren. Neben '
           'dem Umwelt- und Energiebereich waren es auch die Maßnahmen für den Arbeitsmarkt in Österreich, die ihn sehr '
           'interessiert haben", sagte der Bundeskanzler nach dem Gespräch.',
           '"Gouverneur Schwarzenegger hat im Gegenzug über die Politik in den USA im Bezug auf Umwelt, erneuerbare '
           'Energien, Arbeitslosigkeit berichtet. Er hat weiters betont, dass er es richtig findet, dass die große '
           'Koalition in Österreich den Weg der Mitte statt der Extreme geht", so Bundeskanzler Faymann weiter.',
           "Abschließend hat Arnold Schwarzenegger betont, er würde sich freuen, wenn er Bundeskanzler Faymann in "
           "nächster Zeit auch einmal in Kalifornien begrüßen dürfe."],
    quotes=[('"Unser Treffen ist in einer sehr guten und freundschaftlichen Atmosphäre abgelaufen. Gouverneur '
             'Schwarzenegger wollte sich über die politische Situation in Österreich und in Europa genau informieren. '
             'Neben dem Umwelt- und Energiebereich waren es auch die Maßnahmen für den Arbeitsmarkt in Österreich, die '
             'ihn sehr interessiert haben"', "Werner Faymann"),
            ('"Gouverneur Schwarzenegger hat im Gegenzug über die Politik in den USA im Bezug auf Umwelt, erneuerbare '
             'Energien, Arbeitslosigkeit berichtet. Er hat weiters betont, dass er es richtig findet, dass die große '
             'Koalition in Österreich den Weg der Mitte statt der Extreme geht"', "Werner Faymann")],
    aliases={"Werner Faymann": FAYMANN})
