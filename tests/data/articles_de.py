# German dev articles (original texts written for whosaid; MIT). Markup: [[Sprecher|„Zitat“]], [[|„Titel“]] = speaker null.
DOCS = []

DOCS.append(dict(id="de-politik-geburtsstationen", aliases={
    "Katrin Vollmer": ["Katrin Vollmer", "Vollmer", "Gesundheitsministerin", "die Ministerin"],
    "Jens Hollmann": ["Jens Hollmann", "Hollmann", "gesundheitspolitische Sprecher"],
    "Birgit Sander": ["Birgit Sander", "Sander", "Verbandsvorsitzende"],
    "Niedersächsisches Gesundheitsministerium": ["Niedersächsisches Gesundheitsministerium", "das niedersächsische Gesundheitsministerium"],
    "Frank Wessel": ["Frank Wessel", "Wessel", "Ministeriumssprecher", "der Sprecher"],
}, src="""
HANNOVER (dpn) – Im Streit um die Krankenhausreform in Niedersachsen hat Gesundheitsministerin Katrin Vollmer die geplante Schließung von neun Geburtsstationen verteidigt. Die Lage in vielen kleinen Kliniken sei [[Katrin Vollmer|„nicht mehr verantwortbar“]], sagte die Ministerin am Montag in Hannover.
[[Katrin Vollmer|„Wir können nicht zulassen, dass Frauen in einem Kreißsaal entbinden, in dem nachts nur eine einzige Hebamme Dienst hat“]], sagte Vollmer.
Vollmer sagte: [[Katrin Vollmer|„Qualität geht vor Nähe. Das ist bitter, aber es ist die Wahrheit.“]]
Die Opposition reagierte empört. Der gesundheitspolitische Sprecher der größten Oppositionsfraktion, Jens Hollmann, sprach von einem [[Jens Hollmann|„Kahlschlag auf dem Land“]]. [[Jens Hollmann|„Wer im Wendland wohnt, fährt künftig mehr als eine Stunde bis zum nächsten Kreißsaal“]], so Hollmann.
Laut Hollmann haben mehrere der betroffenen Landkreise erst aus der Zeitung von den Plänen erfahren. Man habe die Kommunen [[Jens Hollmann|„schlicht übergangen“]].
Auch der Hebammenverband kritisierte die Pläne scharf. [[Birgit Sander|„Die Ministerin redet von Qualität, aber sie schafft lange Wege, und lange Wege sind gefährlich“]], erklärte die Verbandsvorsitzende Birgit Sander.
[[Birgit Sander|„Wir haben seit zwei Jahren vor genau diesem Szenario gewarnt“]], sagte sie.
Das niedersächsische Gesundheitsministerium teilte am Nachmittag mit, man werde für die betroffenen Regionen ein [[Niedersächsisches Gesundheitsministerium|„Sicherheitsnetz aus zusätzlichen Rettungswagen und Hebammen-Rufbereitschaft“]] aufbauen. Ministeriumssprecher Frank Wessel ergänzte, die Zahl der Geburten in den neun Kliniken sei seit 2015 um fast ein Drittel gesunken.
[[Frank Wessel|„Eine Station mit 200 Geburten im Jahr kann die nötige Routine für Notfälle schlicht nicht aufbauen“]], sagte der Sprecher.
[[Katrin Vollmer|„Ich verstehe jeden, der sich Sorgen macht“]], wurde Vollmer von der [[|„Hannoverschen Rundschau“]] zitiert. [[Katrin Vollmer|„Aber ich werde keine Klinik offen halten, nur weil eine Schließung unpopulär ist.“]]
Der Landtag soll im März über die Reform abstimmen. Hollmann kündigte an, seine Fraktion werde [[Jens Hollmann|„jede einzelne Schließung“]] gesondert zur Abstimmung stellen.
""".strip()))

DOCS.append(dict(id="de-wirtschaft-werksschliessung", aliases={
    "Velmar": ["Velmar", "das Unternehmen", "des Konzerns"],
    "Matthias Keppler": ["Matthias Keppler", "Keppler", "Vorstandschef"],
    "Sabine Rothe": ["Sabine Rothe", "Rothe", "Betriebsratschefin"],
    "Uwe Kampmann": ["Uwe Kampmann", "Kampmann", "Wirtschaftsminister", "den Minister"],
    "Heiko Lindner": ["Heiko Lindner", "Lindner", "Branchenexperte"],
}, src="""
GERA (dpn) – Der Autozulieferer Velmar will sein Werk in Gera bis Ende 2027 schließen. Betroffen seien rund 850 Beschäftigte, teilte das Unternehmen am Dienstag mit. Die Produktion von Bremssystemen werde [[Velmar|„schrittweise nach Polen und Tschechien verlagert“]].
[[Velmar|„Die Entscheidung ist uns nicht leichtgefallen, sie ist aber angesichts der Lage in der Branche unausweichlich“]], hieß es in einer Mitteilung des Konzerns.
Vorstandschef Matthias Keppler sagte bei einer Betriebsversammlung, das Werk schreibe seit vier Jahren Verluste. [[Matthias Keppler|„Wir haben alles versucht. Wir haben investiert, wir haben umgebaut, wir haben Kurzarbeit gemacht“]], sagte Keppler. [[Matthias Keppler|„Am Ende rechnet es sich nicht.“]]
Die Belegschaft reagierte mit Pfiffen. Betriebsratschefin Sabine Rothe warf der Konzernspitze vor, das Werk [[Sabine Rothe|„bewusst ausbluten lassen“]] zu haben. [[Sabine Rothe|„Seit Jahren hören wir: ‚Gera hat Zukunft.‘ Und jetzt das“]], sagte Rothe.
[[Sabine Rothe|„Wir werden um jeden einzelnen Arbeitsplatz kämpfen, notfalls auch mit Streiks“]], sagte sie.
Am Mittwoch sagte Keppler der Betriebsratschefin nach Angaben von Teilnehmern, dass der Sozialplan [[Matthias Keppler|„großzügig und fair“]] ausfallen werde.
Rothe sagte Keppler daraufhin, dass die Beschäftigten [[Sabine Rothe|„keine Almosen, sondern eine Perspektive“]] erwarteten.
Thüringens Wirtschaftsminister Uwe Kampmann sprach von einem [[Uwe Kampmann|„schweren Schlag für die ganze Region“]]. [[Uwe Kampmann|„Wir werden mit dem Unternehmen über jede Alternative reden, auch über einen Verkauf des Werks an einen anderen Investor“]], zitierte die Mitteldeutsche Presseagentur den Minister.
Laut Kampmann hat das Land dem Unternehmen bereits 2021 Fördermittel in Höhe von zwölf Millionen Euro gezahlt. Er wolle prüfen, ob diese [[Uwe Kampmann|„ganz oder teilweise zurückgefordert werden können“]].
Branchenexperte Heiko Lindner vom Institut für Automobilwirtschaft in Jena sieht Gera als Teil eines größeren Trends. [[Heiko Lindner|„Die Zulieferer stecken zwischen Elektromobilität und dem Kostendruck der Hersteller wie zwischen Hammer und Amboss“]], so Lindner.
Der Werbespruch, mit dem Velmar noch im vergangenen Jahr um Auszubildende warb, hängt bis heute über dem Werkstor:
[[|„Velmar – Bremsen mit Zukunft.“]]
""".strip()))

DOCS.append(dict(id="de-sport-handball-guillemets", aliases={
    "Ulrike Brandt": ["Ulrike Brandt", "Brandt", "Trainerin", "Siegertrainerin"],
    "Jana Petersen": ["Jana Petersen", "Petersen", "Torhüterin"],
    "Milan Horvat": ["Milan Horvat", "Horvat", "Lindenaus Trainer"],
    "Ralf Oberländer": ["Ralf Oberländer", "Verbandssprecher", "der Sprecher"],
    "Hauke Jessen": ["Hauke Jessen", "Jessen", "Vereinschef"],
}, src="""
KIEL (dpn) – Die Handballerinnen der HSG Nordmark haben sensationell den Pokal gewonnen. Im Finale bezwang der Außenseiter am Sonntag den Titelverteidiger TV Lindenau mit 29:27. [[Ulrike Brandt|»Das ist der größte Tag in der Geschichte dieses Vereins«]], sagte Trainerin Ulrike Brandt nach der Schlusssirene.
[[Ulrike Brandt|»Vor der Saison hat man uns ausgelacht. Heute lacht keiner mehr«]], sagte sie.
Matchwinnerin war Torhüterin Jana Petersen, die in der Schlussphase zwei Siebenmeter parierte. Petersen sagte: [[Jana Petersen|»Ich habe einfach auf die Hände der Werferin geguckt und gebetet.«]]
[[Jana Petersen|»In der Kabine hat Ulrike gesagt: ›Wer jetzt noch Angst hat, soll zu Hause bleiben.‹ Da war allen klar, dass heute etwas geht«]], so Petersen.
Lindenaus Trainer Milan Horvat haderte mit den Schiedsrichtern. Die Zeitstrafe gegen seine Kapitänin fünf Minuten vor Schluss sei [[Milan Horvat|»eine Frechheit«]] gewesen.
[[Milan Horvat|»Man kann so ein Spiel verlieren. Aber nicht so«]], sagte Horvat. Er kündigte an, er werde den Vorfall mit dem Verband [[Milan Horvat|»in aller Ruhe«]] besprechen.
Laut Horvat hat seine Mannschaft nach der langen Saison [[Milan Horvat|»auf dem letzten Loch gepfiffen«]]. Unmittelbar nach dem Spiel sagte Horvat der Siegertrainerin allerdings, dass ihr Team den Titel [[Milan Horvat|»absolut verdient«]] habe.
Der Handballverband teilte mit, die Leistung der Unparteiischen werde wie nach jedem Finale ausgewertet. [[Ralf Oberländer|»Wir sehen derzeit keinen Anlass für Kritik an den Schiedsrichtern«]], erklärte der Verbandssprecher Ralf Oberländer.
[[Ralf Oberländer|»Dass nach einem so engen Finale die Emotionen hochkochen, verstehen wir«]], sagte der Sprecher.
Nordmarks Vereinschef Hauke Jessen kündigte an, die Prämie für den Titel werde vollständig in die Jugendarbeit fließen. [[Hauke Jessen|»Die Mädchen, die heute auf der Tribüne saßen, sind die Pokalsiegerinnen von 2035«]], wurde Jessen vom [[|»Förde-Kurier«]] zitiert.
Am Montag wird die Mannschaft im Kieler Rathaus empfangen.
""".strip()))

DOCS.append(dict(id="de-gericht-anlagebetrug", aliases={
    "Florian Aigner": ["Florian Aigner", "Aigner", "Hauptangeklagte", "den Angeklagten"],
    "Staatsanwaltschaft München I": ["Staatsanwaltschaft München I", "Staatsanwaltschaft", "Anklage"],
    "Martin Gruber": ["Martin Gruber", "Gruber", "Oberstaatsanwalt"],
    "Claudia Wenninger": ["Claudia Wenninger", "Wenninger", "Vorsitzende Richterin", "der Richterin"],
    "Gisela Huber": ["Gisela Huber", "Huber", "Rentnerin", "Zeugin"],
    "Jakob Lenz": ["Jakob Lenz", "Lenz", "Verteidiger"],
    "Peter Stadler": ["Peter Stadler", "Gerichtssprecher"],
}, src="""
MÜNCHEN (dpn) – Im Prozess um einen mutmaßlichen Anlagebetrug mit Ferienwohnungen am Gardasee hat der Hauptangeklagte am Mittwoch vor dem Landgericht München I alle Vorwürfe bestritten. [[Florian Aigner|„Ich habe niemanden betrogen. Ich habe Fehler gemacht, aber ich bin kein Betrüger“]], sagte der 52-jährige Florian Aigner zum Auftakt des zweiten Verhandlungstages.
Die Staatsanwaltschaft wirft Aigner vor, zwischen 2019 und 2023 mehr als 300 Anleger um insgesamt rund 14 Millionen Euro gebracht zu haben. Laut Anklage existierten viele der angebotenen Wohnungen nur [[Staatsanwaltschaft München I|„auf dem Papier“]].
Vor Beginn der Sitzung sagte Aigner der Richterin, dass er [[Florian Aigner|„vollständig kooperieren“]] wolle. Dann las er eine vorbereitete Erklärung vor. Aigner sagte:
[[Florian Aigner|„Die Baufirma in Italien ist pleitegegangen, und dann ist alles wie ein Kartenhaus zusammengestürzt. Ich habe gehofft, dass ich das Geld mit neuen Projekten zurückholen kann.]]
[[Florian Aigner|„Ich hätte die Anleger früher informieren müssen. Das bereue ich jeden Tag.“]]
Oberstaatsanwalt Martin Gruber hielt dem entgegen, Aigner habe noch im Frühjahr 2023 neue Verträge abgeschlossen, als die Insolvenz längst absehbar gewesen sei. [[Martin Gruber|„Da war Ihr Kartenhaus schon eingestürzt, und Sie haben trotzdem weiter verkauft“]], sagte Gruber an den Angeklagten gewandt.
Die Vorsitzende Richterin Claudia Wenninger mahnte beide Seiten mehrfach zur Sachlichkeit. [[Claudia Wenninger|„Wir sind hier nicht im Fernsehen, Herr Oberstaatsanwalt“]], sagte sie.
Als Zeugin sagte eine 71-jährige Rentnerin aus Augsburg aus, die nach eigenen Angaben ihre gesamten Ersparnisse verloren hat. [[Gisela Huber|„Er hat bei uns am Küchentisch gesessen und Kaffee getrunken. Und dann hat er gesagt: ‚Frau Huber, das ist sicherer als jedes Sparbuch.‘“]], sagte Gisela Huber.
Aigners Verteidiger Jakob Lenz erklärte, sein Mandant habe [[Jakob Lenz|„zu keinem Zeitpunkt mit Vorsatz gehandelt“]]. Am Rande der Verhandlung sagte Lenz Journalisten, dass er mit einem [[Jakob Lenz|„deutlich milderen Urteil“]] rechne, als es die Anklage erwarten lasse.
[[Jakob Lenz|„Mein Mandant ist naiv gewesen, nicht kriminell“]], so Lenz.
[[Martin Gruber|„Naivität über vier Jahre und 14 Millionen Euro – das glaubt ihm in diesem Saal niemand“]], wurde Gruber später von der [[|„Süddeutschen Rundschau“]] zitiert.
Gerichtssprecher Peter Stadler sagte, mit einem Urteil sei frühestens im Juni zu rechnen. Es seien noch [[Peter Stadler|„mindestens zwölf weitere Verhandlungstage“]] angesetzt.
""".strip()))

DOCS.append(dict(id="de-diplomatie-wien-transliteration", aliases={
    "Annette Roloff": ["Annette Roloff", "Roloff", "Bundesaußenministerin", "die Ministerin"],
    "Wadim Saizew": ["Wadim Saizew", "Vadim Zaitsev", "Saizew", "stellvertretenden russischen Außenminister", "den Vizeminister"],
    "Henning Voss": ["Henning Voss", "Voss", "Regierungssprecher", "der Sprecher"],
    "Maria Brehm": ["Maria Brehm", "seine Mutter"],
    "Wiener Allgemeine": ["Wiener Allgemeine", "die Zeitung"],
    "Auswärtiges Amt": ["Auswärtiges Amt", "Das Auswärtige Amt"],
}, src="""
WIEN (dpn) – Deutschland und Russland haben bei einem seltenen direkten Treffen in Wien über die Freilassung von zwei in Russland inhaftierten Deutschen gesprochen. Die Bundesaußenministerin sprach anschließend von einem [[Annette Roloff|„ernsthaften, aber schwierigen Gespräch“]].
[[Annette Roloff|„Wir haben unsere Position sehr klar gemacht: Die beiden Männer müssen nach Hause“]], erklärte die Ministerin Annette Roloff nach dem knapp dreistündigen Treffen.
Am Montag sagte Roloff dem stellvertretenden russischen Außenminister Wadim Saizew nach Angaben aus Delegationskreisen, dass Berlin zu [[Annette Roloff|„pragmatischen Lösungen“]] bereit sei, aber nicht [[Annette Roloff|„um jeden Preis“]].
Saizew sagte Roloff, dass Moskau die Verfahren gegen die beiden Deutschen als [[Wadim Saizew|„rein strafrechtliche Angelegenheit“]] betrachte.
[[Wadim Saizew|„Die russische Justiz ist unabhängig, und wir mischen uns nicht in laufende Verfahren ein“]], zitierte die russische Nachrichtenagentur RusInform den Vizeminister.
In der englischsprachigen Ausgabe der Agentur wurde der Name des Diplomaten als Vadim Zaitsev wiedergegeben. Demnach sagte er auch, ein Austausch sei [[Wadim Saizew|„nicht ausgeschlossen, wenn die Bedingungen stimmen“]].
Regierungssprecher Henning Voss bestätigte in Berlin, dass das Treffen stattgefunden habe. [[Henning Voss|„Wir werden zu Details der Gespräche öffentlich nichts sagen, das liegt im Interesse der Betroffenen“]], sagte Voss.
[[Henning Voss|„Die Bundesregierung arbeitet mit allen Mitteln an einer Lösung“]], so der Sprecher.
Die Familie eines der Inhaftierten, des 34-jährigen Ingenieurs Lukas Brehm, äußerte sich enttäuscht. [[Maria Brehm|„Seit einem Jahr hören wir, man verhandle ‚auf allen Ebenen‘. Unser Sohn sitzt trotzdem noch in Haft“]], sagte seine Mutter Maria Brehm.
Wie die [[|„Wiener Allgemeine“]] berichtete, soll ein weiteres Treffen noch vor Jahresende stattfinden. Beide Seiten hätten sich auf einen [[Wiener Allgemeine|„vertraulichen Kanal“]] verständigt, berichtete die Zeitung unter Berufung auf Diplomaten.
Das Auswärtige Amt teilte am Abend mit, man stehe [[Auswärtiges Amt|„in engem Kontakt mit den Familien“]].
Saizew reiste nach dem Treffen direkt nach Moskau zurück. [[Wadim Saizew|„Reden ist besser als Schweigen“]], sagte er am Flughafen.
""".strip()))

DOCS.append(dict(id="de-wissenschaft-wildbienen", aliases={
    "Mareike Scholz": ["Mareike Scholz", "Scholz", "Studienleiterin", "die Biologin"],
    "Weinbauverband Baden": ["Weinbauverband Baden", "der Verband"],
    "Stefan Möhring": ["Stefan Möhring", "Möhring", "Agrarökologe"],
    "Luc Meyer": ["Luc Meyer", "Mitautor"],
    "Landwirtschaftsministerium Baden-Württemberg": ["Landwirtschaftsministerium Baden-Württemberg", "baden-württembergische Landwirtschaftsministerium"],
    "Badische Landeszeitung": ["Badische Landeszeitung", "Badischen Landeszeitung", "das Blatt"],
}, src="""
FREIBURG (dpn) – In naturnah bewirtschafteten Weinbergen leben bis zu dreimal so viele Wildbienenarten wie auf konventionell bewirtschafteten Flächen. Zu diesem Ergebnis kommt eine Studie der Universität Freiburg, die am Donnerstag veröffentlicht wurde. Studienleiterin Mareike Scholz sprach von einem [[Mareike Scholz|„überraschend deutlichen Effekt“]].
Die Untersuchung mit dem Titel [[|„Wildbienen im Rebland: Vielfalt unter Bewirtschaftungsdruck“]] beruht auf Zählungen an 64 Standorten in Baden und im Elsass.
[[Mareike Scholz|„Wir hatten mit Unterschieden gerechnet, aber nicht in dieser Größenordnung“]], sagte Scholz. [[Mareike Scholz|„Auf einigen Biobetrieben haben wir Arten gefunden, die seit den Achtzigerjahren in der Region als verschollen galten.“]]
Entscheidend seien nicht allein die Pflanzenschutzmittel, sondern vor allem die Begrünung zwischen den Rebzeilen, erklärte sie. Ein Weinberg mit blühenden Streifen sei für Bienen [[Mareike Scholz|„wie ein gedeckter Tisch“]].
Laut Scholz lassen sich viele Maßnahmen ohne Ertragseinbußen umsetzen: [[Mareike Scholz|„Ein Winzer muss nicht auf Bio umstellen, um etwas für die Bienen zu tun.“]]
Der Weinbauverband Baden reagierte zurückhaltend. [[Weinbauverband Baden|„Wir nehmen die Ergebnisse ernst, warnen aber vor Pauschalurteilen über die konventionelle Bewirtschaftung“]], teilte der Verband mit.
Kritik kam auch aus der Wissenschaft. Der Agrarökologe Stefan Möhring von der Universität Hohenheim bemängelte, die Studie erfasse nur zwei Sommer. Die Ergebnisse seien [[Stefan Möhring|„interessant, aber noch kein Beweis“]]. [[Stefan Möhring|„Zwei Jahre sind in der Ökologie ein Wimpernschlag“]], so Möhring.
Der Mitautor der Studie, Luc Meyer aus Straßburg, widersprach: [[Luc Meyer|„Wir haben die Daten mit Langzeitreihen aus dem Elsass abgeglichen. Der Trend ist eindeutig.“]]
Das baden-württembergische Landwirtschaftsministerium teilte mit, es werde die Ergebnisse [[Landwirtschaftsministerium Baden-Württemberg|„sorgfältig prüfen“]]. Ein Förderprogramm für Blühstreifen im Weinbau läuft bereits seit 2022.
Nach einem Bericht der [[|„Badischen Landeszeitung“]] wird die sogenannte [[|„Blühprämie“]] allerdings kaum abgerufen. Das Programm sei [[Badische Landeszeitung|„ein Ladenhüter“]], schrieb das Blatt.
Scholz will die Zählungen im kommenden Jahr auf die Pfalz ausweiten. [[Mareike Scholz|„Jeder Sommer, den wir messen, macht das Bild schärfer“]], sagte die Biologin.
""".strip()))

DOCS.append(dict(id="de-lokal-freibad", aliases={
    "Petra Hagedorn": ["Petra Hagedorn", "Hagedorn", "Bürgermeisterin"],
    "Bernd Faller": ["Bernd Faller", "Faller", "Kämmerer"],
    "Derya Aksoy": ["Derya Aksoy", "Aksoy", "Vereinsvorsitzende"],
    "Klaus Widmann": ["Klaus Widmann", "Widmann", "Gemeinderat"],
    "Landratsamt": ["Landratsamt", "Das Landratsamt"],
}, src="""
BAD WENDHEIM (dpn) – Das Waldbad von Bad Wendheim bleibt erhalten. Der Gemeinderat beschloss am Donnerstagabend mit knapper Mehrheit, das marode Freibad für 4,8 Millionen Euro zu sanieren, statt es zu schließen. Bürgermeisterin Petra Hagedorn nannte die Entscheidung [[Petra Hagedorn|„mutig, aber richtig“]].
[[Petra Hagedorn|„Ein Freibad ist kein Luxus. Hier lernen unsere Kinder schwimmen“]], sagte Hagedorn nach der Sitzung. [[Petra Hagedorn|„Das muss uns dieses Geld wert sein.“]]
Kämmerer Bernd Faller warnte dagegen vor den Folgen für den Haushalt. Die Stadt müsse neue Kredite aufnehmen, die Lage sei [[Bernd Faller|„ernst“]]. [[Bernd Faller|„Wir schieben die Rechnung unseren Kindern zu, nur eben nicht im Schwimmbecken, sondern im Haushalt“]], so Faller.
Der Förderverein [[|„Rettet das Waldbad“]] hatte in den vergangenen Monaten mehr als 3000 Unterschriften gesammelt. Vereinsvorsitzende Derya Aksoy sagte: [[Derya Aksoy|„Heute hat die Demokratie im Kleinen funktioniert.“]]
[[Derya Aksoy|„Wir haben angeboten, jedes Jahr 500 Stunden ehrenamtlich mitzuarbeiten – bei der Pflege der Liegewiese, am Kiosk, überall“]], sagte sie.
Laut Aksoy stehen die ersten Freiwilligen schon bereit: [[Derya Aksoy|„Wir brauchen eigentlich nur noch den Schlüssel.“]]
Gemeinderat Klaus Widmann von der Bürgerliste stimmte gegen die Sanierung. Nach der Sitzung sagte Widmann der Bürgermeisterin vor laufender Kamera, dass sie die Risiken [[Klaus Widmann|„kleingeredet“]] habe.
Hagedorn sagte Widmann, dass der Rat [[Petra Hagedorn|„alle Zahlen auf dem Tisch“]] gehabt habe.
[[Klaus Widmann|„Ich gönne jedem Kind sein Seepferdchen. Aber ich habe auch einen Eid auf einen soliden Haushalt geschworen“]], wurde Widmann vom [[|„Wendheimer Boten“]] zitiert.
Das Landratsamt teilte mit, es werde den Haushalt der Stadt in diesem Jahr [[Landratsamt|„besonders genau“]] prüfen. [[Petra Hagedorn|„Wir haben keine Angst vor der Kommunalaufsicht“]], zitierte der Lokalsender Radio Wendheim die Bürgermeisterin.
Die Sanierung soll im Herbst beginnen. Zur Wiedereröffnung im Sommer 2028 plant der Förderverein ein Fest unter dem Motto:
[[|„Wendheim geht baden!“]]
""".strip()))

DOCS.append(dict(id="de-energie-stromhilfe-transliteration", aliases={
    "Carsten Ebeling": ["Carsten Ebeling", "Ebeling", "Bundeswirtschaftsminister"],
    "Olexij Hnatjuk": ["Olexij Hnatjuk", "Oleksiy Hnatyuk", "Hnatjuk", "ukrainischen Amtskollegen", "den Minister"],
    "Transnetz Ost": ["Transnetz Ost", "Der Netzbetreiber", "des Unternehmens"],
    "Hanna Kröger": ["Hanna Kröger", "energiepolitische Sprecherin"],
    "Tobias Reichert": ["Tobias Reichert", "Ministeriumssprecher", "der Sprecher"],
    "Handelskurier": ["Handelskurier", "die Zeitung"],
}, src="""
BERLIN (dpn) – Die Bundesregierung will der Ukraine im Winter mit zusätzlichen Stromlieferungen helfen. Bundeswirtschaftsminister Carsten Ebeling kündigte am Dienstag an, die Exportkapazität über Polen solle bis Dezember [[Carsten Ebeling|„nahezu verdoppelt“]] werden.
[[Carsten Ebeling|„Die Ukraine steht vor dem härtesten Winter seit Kriegsbeginn. Wir lassen sie damit nicht allein“]], sagte Ebeling nach einem Treffen mit seinem ukrainischen Amtskollegen Olexij Hnatjuk in Berlin.
Hnatjuk sagte: [[Olexij Hnatjuk|„Ein Drittel unserer Kraftwerkskapazität ist zerstört. Jedes Megawatt aus Europa rettet Leben.“]]
In englischsprachigen Medien wird der Name des Ministers meist Oleksiy Hnatyuk geschrieben. [[Olexij Hnatjuk|„Wir reparieren nachts, was tagsüber zerstört wird“]], zitierte die ukrainische Nachrichtenagentur UNA den Minister.
Laut Hnatjuk fehlen dem Land vor allem große Transformatoren. [[Olexij Hnatjuk|„Die kann man nicht in einer Woche bauen, dafür braucht man Monate“]], sagte er.
Der Netzbetreiber Transnetz Ost teilte mit, die technischen Voraussetzungen seien [[Transnetz Ost|„weitgehend geschaffen“]]. [[Transnetz Ost|„Die Leitungen sind da, jetzt geht es um die Abstimmung mit den polnischen Kollegen“]], hieß es in einer Erklärung des Unternehmens.
Kritik kam von der Opposition. Deren energiepolitische Sprecherin Hanna Kröger warnte vor steigenden Preisen für deutsche Verbraucher. Die Regierung verschweige, dass die Exporte [[Hanna Kröger|„nicht zum Nulltarif“]] zu haben seien.
Ebeling wies das zurück. Im Interview mit dem [[|„Morgenblatt“]] sagte er:
[[Carsten Ebeling|„Wir reden hier über Mengen, die am Großhandelsmarkt kaum messbar sind. Wer etwas anderes behauptet, betreibt Panikmache.]]
[[Carsten Ebeling|„Und selbst wenn es ein paar Cent kosten würde: Ich finde, das sind wir den Menschen in Charkiw und Odessa schuldig.“]]
[[Tobias Reichert|„Die ersten zusätzlichen Lieferungen sind für Anfang November geplant“]], sagte Ministeriumssprecher Tobias Reichert. Die Einzelheiten würden [[Tobias Reichert|„in den kommenden Tagen“]] mit Warschau abgestimmt, fügte der Sprecher hinzu.
Nach Informationen der Zeitung [[|„Handelskurier“]] prüft die Regierung zudem die Lieferung mobiler Gasturbinen. Die Gespräche darüber seien [[Handelskurier|„weit fortgeschritten“]], berichtete die Zeitung.
""".strip()))
