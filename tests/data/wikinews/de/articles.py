# German Wikinews articles, annotated by hand for whosaid (see ANNOTATION.md).
# Each article: id, title, url (original article), retrieved (the stored copy the text was taken from),
# license, paras (body paragraphs exactly as published; title is prepended by build.py),
# quotes: (quoted text incl. marks, speaker or None[, occurrence index when the text occurs more than once]),
# aliases: {canonical speaker: [forms used in the text]}.
ARTICLES = []

ARTICLES.append(dict(
    id="dewn-2006-chinesische-wikinews-ausgabe",
    title="Chinesische Wikinews-Ausgabe gestartet",
    url="https://de.wikinews.org/wiki/Chinesische_Wikinews-Ausgabe_gestartet",
    retrieved="https://de.m.wikinews.org/wiki/Chinesische_Wikinews-Ausgabe_gestartet (stored page, complete)",
    license="CC BY 2.5 (Wikinews, article of 14.03.2006)",
    paras=[
        "Saint Petersburg (Vereinigte Staaten), 14.03.2006 – Heute wurde die chinesische Ausgabe der Wikinews gestartet. Damit gibt es die freie Nachrichtenplattform, die wie auch die Online-Enzyklopädie Wikipedia von der Wikimedia Foundation betrieben wird, nun in 20 Sprachen. Wie auch in den anderssprachigen Wikinews-Projekten kann sich Jedermann beteiligen und Artikel schreiben.",
        "Die Adresse zh.wikinews.org ist bereits erreichbar, und einige Nachrichten wurden im Laufe des Tages veröffentlicht. Dazu zählten Sportberichte, aber auch politische Berichte wie etwa über den Tod des ehemaligen serbischen Präsidenten Milošević.",
        "Bisher galt eine chinesische Wikinews-Ausgabe als heikel, da befürchtet wurde, Schwesterprojekte wie die Wikipedia könnten in der Volksrepublik China daraufhin zensiert werden. Diese sind nun bereits seit einigen Monaten gesperrt. Nach Angaben der „Netzeitung“ waren unter den Interessenten, die nun in einer Abstimmung für die Einrichtung stimmten, auch Internet-Nutzer aus der Volksrepublik. Ihnen könnten Probleme mit ihrer Regierung drohen.",
        "Wikinews-Mitbegründer Erik Möller zeigte sich zuversichtlich. „Ich gehe davon aus, dass die aktive Gemeinschaft der chinesischen Wikipedianer Mittel und Wege finden wird, die Zensur zu umgehen“, sagte er gegenüber „heise online“.",
    ],
    quotes=[
        ("„Netzeitung“", None),
        ("„Ich gehe davon aus, dass die aktive Gemeinschaft der chinesischen Wikipedianer Mittel und Wege finden wird, die Zensur zu umgehen“", "Erik Möller"),
        ("„heise online“", None),
    ],
    aliases={"Erik Möller": ["Erik Möller", "Wikinews-Mitbegründer Erik Möller"]},
))

ARTICLES.append(dict(
    id="dewn-2007-diplomatische-spannungen-grossbritannien-russland",
    title="Diplomatische Spannungen zwischen Großbritannien und Russland",
    url="https://de.wikinews.org/wiki/Diplomatische_Spannungen_zwischen_Gro%C3%9Fbritannien_und_Russland",
    retrieved="https://onlinewoche.blogspot.com/search?max-results=100&reverse-paginate=true&updated-max=2007-08-15T10%3A58%3A00%2B02%3A00 (blog repost of the Wikinews article, marked 'wikinews' in the dateline; stored copy cut off in the section 'Mögliches Mordkomplott gegen Boris Beresowski', which is dropped)",
    license="CC BY 2.5 (Wikinews, article of 21.07.2007)",
    paras=[
        "Moskau (Russland) / London (Vereinigtes Königreich), wikinews 21.07.2007 – Die diplomatischen Beziehungen zwischen Russland und Großbritannien sind wegen verschiedener Unstimmigkeiten abgekühlt.",
        "Streit um Hauptverdächtigen im Litwinenko-Mordfall",
        "Nachdem die britischen Ermittlungsbehörden Andrei Lugowoi als Hauptverdächtigen im Mordfall Litwinenko ausfindig gemacht hatten, weigerte sich Russland, Lugowoi an die britischen Behörden auszuliefern. Am Sonntag hatte die britische Regierung vier russische Diplomaten des Landes verwiesen. Als Reaktion darauf wurden am Donnerstag vier britische Diplomaten aus Russland ausgewiesen.",
        "Der russische Botschafter in London wies jede Beteiligung Russlands an dem Mord an Litwinenko zurück. Es sei grotesk, dies anzunehmen, so Botschafter Juri Fedotow. Weder Rückhalt noch aktive Beteiligung Russlands an dem Mord seien gegeben gewesen. Russland würde Lugowoi selbst vor Gericht stellen wollen, wenn die britischen Behörden Beweise für seine Schuld liefern würden, so Fedotow weiter.",
        "Der russische Außenamtssprecher Michail Kamynin gab an, Russland werde keine neuen Visa mehr für britische Diplomaten ausstellen. Geschäftsleute und Touristen seien jedoch von der Regelung nicht betroffen. Die Ausweisung der vier britischen Diplomaten aus Russland nannte er „zielgerichtet, ausgewogen und so gering wie möglich“, während der britische Premierminister Gordon Brown von einem „völlig ungerechtfertigten“ Schritt sprach.",
        "Erstmals bezog am Rande eines Nahost-Gipfels in Lissabon auch US-Außenministerin Condoleeza Rice Stellung. Sie nannte die Auslieferung Lugowois eine rechtliche Angelegenheit, keine politische. Der Forderung, Lugowoi nach Großbritannien auszuliefern, stimmte sie zu.",
    ],
    quotes=[
        ("„zielgerichtet, ausgewogen und so gering wie möglich“", "Michail Kamynin"),
        ("„völlig ungerechtfertigten“", "Gordon Brown"),
    ],
    aliases={
        "Michail Kamynin": ["Michail Kamynin", "Der russische Außenamtssprecher Michail Kamynin", "Außenamtssprecher"],
        "Gordon Brown": ["Gordon Brown", "der britische Premierminister Gordon Brown", "Premierminister"],
    },
))

ARTICLES.append(dict(
    id="dewn-2014-sterbehilfe-diskussion",
    title="Diskussion um Sterbehilfe in Deutschland",
    url="http://de.wikinews.org/wiki/Diskussion_um_Sterbehilfe_in_Deutschland",
    retrieved="GitHub file found with the find_string tool (id 40940099226): phpMyAdmin dump 'text2test', table Texts, row 2 (title, text, url of the Wikinews article); the stored text is cut off inside its third paragraph, which is dropped",
    license="CC BY 2.5 (Wikinews, article of 11.10.2014)",
    paras=[
        "Bremen (Deutschland), 11.10.2014 – Als Justizministerin hatte Sabine Leutheuser Schnarrenberger (FDP) in der vergangenen Legislaturperiode (2009-2013) einen Gesetzentwurf zur Sterbehilfe vorgelegt, um die gewerbsmäßige Hilfe zur Selbsttötung unter Strafe zu stellen. In der gegenwärtigen Legislaturperiode legte Gesundheitsminister Hermann Gröhe (CDU) keinen neuen Entwurf vor. Stattdessen sollen die Bundestagsabgeordneten ein Gesetz vorschlagen.",
        "Im Frühjahr diesen Jahres hatte ein „Bundesweiter Arbeitskreis Säkulare Grüne“ von Bündnis 90 / GRÜNE zur offenen Auseinandersetzung mit dem Thema aufgerufen. In Bremen veranstaltete die Partei dazu am 2. Oktober ein Fachforum in der Stadtbibliothek, an dem Prof. Ulrich Bonk vom Deutschen Hospiz- und Palliativ-Verband und Prof. Dieter Birnbacher von der Deutschen Gesellschaft für Humanes Sterben teilnahmen. Moderiert wurde die Veranstaltung von Kirsten Kappert-Gonther, Abgeordnete in der Bremischen Bürgerschaft mit den Schwerpunkten Gesundheitspolitik und Religionspolitik. Im Vordergrund stand die Frage, ob und was an den geltenden Gesetzen in Deutschland zu ändern sei. So wurde die Regelung in der Schweiz von Professor Birnbacher als ein mögliches Modell genannt, während die Liberalisierung etwa in Belgien und den Niederlanden als Gefahr gesehen wurde. Professor Bonk betonte, durch die negativen Erfahrungen in Deutschland mit der Euthanasie in der Zeit des Nationalsozialismus sei eine sachliche Auseinandersetzung oft schwierig. Zur Diskussion konnten auch betroffene Angehörige aus dem Publikum inhaltlich beitragen. Seitens der Religionsgemeinschaften war ein Pastor unter den Zuhörern, der nur einen Kommentar abgeben wollte und zwar, dass ihn der \"Begriff Menschenwürde\" stört.",
    ],
    quotes=[
        ("„Bundesweiter Arbeitskreis Säkulare Grüne“", None),
        ("\"Begriff Menschenwürde\"", "Pastor"),
    ],
    aliases={"Pastor": ["Pastor", "ein Pastor"]},
))

ARTICLES.append(dict(
    id="dewn-2015-pne-machtkampf-aufsichtsrat",
    title="Windenergiefirma PNE: Machtkampf im Aufsichtsrat",
    url="https://de.wikinews.org/wiki/Windenergiefirma_PNE:_Machtkampf_im_Aufsichtsrat",
    retrieved="GitHub file found with the find_string tool (id 40940099226): phpMyAdmin dump 'text2test', table Texts, row 12",
    license="CC BY 2.5 (Wikinews, article of 19.06.2015)",
    paras=[
        "Cuxhaven (Deutschland), 19.06.2015 – Zur diesjährigen Hauptversammlung der norddeutschen Windenergiefirma PNE in Cuxhaven am 16. Juni bahnte sich bereits im Vorfeld ein Machtkampf im Aufsichtsrat an. Volker Friedrichsen, der 2014 neu in das Gremium gewählt wurde und früher Chef von Windkraft Nord AG (WKN) war, fühlt sich als Aktionär „oftmals schlecht informiert, manchmal gar benachteiligt“. Er besitzt rund 15 Prozent der Aktien. Außerdem kritisiert er die Vorgehensweise bei den Offshore-Projekten. Martin Billhardt, Vorstandsvorsitzender von PNE WIND AG wirft Friedrichsen eine falsche Bewertung der WKN AG vor, wodurch ein Schaden von 17 Millionen Euro entstanden sei. Der Aufsichtsrat ist gespalten, zwei seiner Mitglieder halten zu Friedrichsen, die anderen drei stehen auf Billhardts Seite.",
        "Die Hauptversammlung zog sich bis Mitternacht hin. Als Erfolg wurde der Verkauf des Projektgeschäfts in Großbritannien gefeiert. Nach Darstellung der Geschäftsleitung waren dann „umfangreiche Wortmeldungen und Geschäftsordnungsanträge von Aktionären“ die Ursache für die ungewöhnlich lange Dauer der Sitzung. Streitpunkt waren die Vergütung von Vorstand und Aufsichtsrat sowie die mögliche Abberufung von Aufsichtsräten. Bei einer Abstimmung kam es zu einem derartigen Aufruhr, dass der Vorstand die Sitzung abbrechen musste. Es wurden Zweifel an den Abstimmungsergebnissen laut, und schließlich wurden Polizei und Staatsanwaltschaft eingeschaltet. Jetzt wird wegen Verdachts der Urkundenunterdrückung ermittelt. Das Ergebnis wird erst in einigen Tagen vorliegen. Möglicherweise werden Abtimmungsvorgänge für ungültig erklärt. Zu den entsprechenden Tagesordnungspunkten müsste dann erneut eine Hauptversammlung einberufen werden. Das Aktiengesetz schreibt vor, dass die Abstimmungen von einem Notar überwacht werden müssen.",
    ],
    quotes=[
        ("„oftmals schlecht informiert, manchmal gar benachteiligt“", "Volker Friedrichsen"),
        ("„umfangreiche Wortmeldungen und Geschäftsordnungsanträge von Aktionären“", "Geschäftsleitung"),
    ],
    aliases={
        "Volker Friedrichsen": ["Volker Friedrichsen", "Friedrichsen"],
        "Geschäftsleitung": ["Geschäftsleitung", "der Geschäftsleitung"],
    },
))

ARTICLES.append(dict(
    id="dewn-2015-tuerkei-parlamentswahl-akp",
    title="Parlamentswahl in der Türkei: AKP verliert absolute Mehrheit",
    url="http://de.wikinews.org/wiki/Parlamentswahl_in_der_T%C3%BCrkei:_AKP_verliert_absolute_Mehrheit",
    retrieved="GitHub file found with the find_string tool (id 40940099226): phpMyAdmin dump 'text2test', table Texts, row 6",
    license="CC BY 2.5 (Wikinews, article of 08.06.2015)",
    paras=[
        "Ankara (Türkei), 08.06.2015 – Bei der Wahl am 7. Juni hat die bisher regierende islamisch-konservative Partei AKP von Präsident Erdoğan nach 13 Jahren die absolute Mehrheit verloren. Sie war mit zuletzt 312 von 535 Abgeordneten stärkste Fraktion im Parlament, das wörtlich übersetzt „Große Nationalversammlung der Türkei“ heißt. Dieses Mal erhielt die AKP nur noch 256 Sitze von 550. Sie verfehlte ihr Ziel mehr Mandate als 2011 zu erreichen, so dass die geplante Verfassungsänderung wohl nicht stattfinden kann. Politische Gegner der AKP fürchteten im Falle einer Verfassungsänderung eine weitere Machtkonzentration in den Händen Erdoğans und sprachen von einer „möglichen Diktatur“. Außerdem wurde das Verhalten von Erdoğan gegenüber den Oppositionsparteien im Wahlkampf kritisiert.",
        "2011 hatte die AKP bereits rein rechnerisch mit 49,8 Prozent die absolute Mehrheit verfehlt, aber aufgrund des Systems der Sitzverteilung fast 60 Prozent der Plätze bekommen. Seitdem hatte es Aus- und Übertritte von AKP-Abgeordneten gegeben. Durch die Sperrklausel von 10 Prozent haben viele kleine und neue Parteien geringe Chancen. Im Jahre 2012 entstand die neue „Demokratische Partei der Völker“ (HDP), der sich mehrere prominente Abgeordnete anschlossen. Sie erreichte jetzt einen Achtungserfolg aus dem Stand heraus mit 13 Prozent. Auch die stark rechtsgerichtete „Partei der Nationalistischen Bewegung“ (MHP) konnte Zugewinne verzeichnen und bekam rund 16 Prozent. Zweitstärkste Kraft blieb die „Republikanische Volkspartei“ (CHP), sie erhielt 25 Prozent.",
        "Zwölf Abgeordnete waren bisher fraktionslos. Ihre Zahl hatte sich seit 2011 verdoppelt. Die bisherige Anzahl an weiblichen Abgeordneten belief sich auf 77. Die türkische Verfassung sieht vor, dass nach dem Wahltermin innerhalb von 45 Tagen eine neue Regierung gebildet werden muss. Hierfür gibt es verschiedene Optionen. Zudem kann sich die Zusammensetzung der Fraktionen im Laufe der Zeit durch Aus- und Übertritte verändern.",
    ],
    quotes=[
        ("„Große Nationalversammlung der Türkei“", None),
        ("„möglichen Diktatur“", "Politische Gegner"),
        ("„Demokratische Partei der Völker“", None),
        ("„Partei der Nationalistischen Bewegung“", None),
        ("„Republikanische Volkspartei“", None),
    ],
    aliases={"Politische Gegner": ["Politische Gegner"]},
))

ARTICLES.append(dict(
    id="dewn-2015-finnische-regierung",
    title="Finnische Regierung wurde vereinigt",
    url="https://de.wikinews.org/wiki/Finnische_Regierung_wurde_vereinigt",
    retrieved="GitHub file found with the find_string tool (id 40940099226): phpMyAdmin dump 'text2test', table Texts, row 4 (the stored text has no dateline)",
    license="CC BY 2.5 (Wikinews, article of 2015)",
    paras=[
        "Die neue finnische Regierung wurde in Helsinki vereinigt. Diese wird von Ministerpräsident Juha Sipilä, dem Vorsitzenden der Zentrumspartei, geleitet. Neben der liberalen Zentrumspartei sind auch die konservative und proeuropäische Nationale Koalition und die rechts-populistischen „Wahren Finnen“ an der Regierung beteiligt.",
        "Der ehemalige finnische Ministerpräsident Stubb, von der Nationalen Koalition, wird Finanzminister und der Vorsitzende der „Wahren Finnen“ Soini neuer Außenminister des skandinavischen Landes. Außenminister Soini will auch in Zukunft dafür einstehen, das Finnland ein blockfreier und neutraler Staat bleibt, aber es soll auch eine strategische Partnerschaft mit der NATO unterhalten werden.",
        "Der ehemalige EU-Wirtschafts- und Währungskommissar Olli Rehn wird neuer Wirtschaftsminister. In seiner ersten Pressemitteilung als Wirtschaftsminister sagte er, die beiden Hauptaufgaben der finnischen Regierung liegen in der Ausgleichung des Haushaltsdefizites und der Erreichung eines nachhaltigen Wachstums.",
    ],
    quotes=[
        ("„Wahren Finnen“", None, 0),
        ("„Wahren Finnen“", None, 1),
    ],
    aliases={},
))

ARTICLES.append(dict(
    id="dewn-2015-dresden-oberbuergermeisterwahl",
    title="Dresden wählt neuen Oberbürgermeister",
    url="https://de.wikinews.org/wiki/Dresden_w%C3%A4hlt_neuen_Oberb%C3%BCrgermeister",
    retrieved="GitHub file found with the find_string tool (id 40940099226): phpMyAdmin dump 'text2test', table Texts, row 8 (HTML entity &quot; of the dump decoded to the ASCII quotation mark)",
    license="CC BY 2.5 (Wikinews, article of 08.06.2015)",
    paras=[
        "Dresden (Deutschland), 08.06.2015 – Seit Einführung der Süddeutschen Ratsverfassung in Sachsen wird der Oberbürgermeister der Landeshauptstadt vom Volk gewählt und ist zugleich Vorsitzender des Stadtrates. Wählbar sind Personen, die am Wahltag das 18. Lebensjahr, aber noch nicht das 65. vollendet haben. Gewählt wurde am 7. Juni 2015, wobei keiner der Bewerber mehr als die Hälfte der gültigen Stimmen erhielt. Somit findet am 5. Juli eine Stichwahl statt.",
        "Aussichtsreichste Kandidaten waren Markus Ulbig von der CDU, Eva-Maria Stange von der SPD und Dirk Hilbert von der FDP. Tatjana Festerling tritt für die unter dem Namen PEGIDA bekanntgewordene Bewegung als Kandidatin an; sie war bisher in Hamburg für die AfD aktiv. Ulbig ist seit September 2009 Sächsischer Staatsminister des Innern, Stange seit November 2014 Staatsministerin für Wissenschaft und Kunst.",
        "Eva-Maria Stange hat sich als Kandidatin der Wählerinitiative „Gemeinsam für Dresden“ präsentiert und wird von den Grünen und der Linken unterstützt. Sie erhielt 36 Prozent. Dirk Hilber trat als unabhängiger Kandidat für den \"Verein unabhängige Bürger von Dresden\" an und bekam 31,7 Prozent. Der CDU-Kandidat Markus Ulbig kam nur auf 15,4 Prozent. Tatjana Festerling blieb unter zehn Prozent, zumal die Alternative für Deutschland (AfD) mit einem eigenen Kandidaten angetreten war.",
    ],
    quotes=[
        ("„Gemeinsam für Dresden“", None),
        ("\"Verein unabhängige Bürger von Dresden\"", None),
    ],
    aliases={},
))

ARTICLES.append(dict(
    id="dewn-2012-oktoberfest-eroeffnung",
    title="München: Eröffnung des 179. Oktoberfests",
    url="https://de.wikinews.org/wiki/M%C3%BCnchen:_Er%C3%B6ffnung_des_179._Oktoberfests",
    retrieved="http://de.wikiactu.com/?cat=7504 (mirror of the Wikinews article with its CC BY 2.5 notice; image file name and caption dropped; stored copy cut off in the fourth paragraph, which is dropped)",
    license="CC BY 2.5 (Wikinews, article of 22.09.2012)",
    paras=[
        "München (Deutschland), 22.09.2012 – Wie jedes Jahr wurde am Samstag um 12 Uhr das erste Fass auf dem Oktoberfest im Schottenhammel vom Münchner Oberbürgermeister Christian Ude (SPD) angestochen, zwei Schläge brauchte er um das Zapfzeug ins Fass zu hämmern. Danach die bekannten Worte: „O’zapft is – auf eine friedliche Wiesn“. Nachdem er die erste Maß Bier aus dem Fass in den Krug gelassen hatte überreichte er diesen dem bayrischen Ministerpräsident Seehofer (CSU). OB Ude feierte heute das 20. Jubiläum, so lange ist er Oberbürgermeister von München und sticht daher auch zum 20. mal das erste Fass an.",
        "Ude hatte angekündigt es wieder mit zwei Schlägen zu versuchen. Dies gelang ihm zum fünften Mal infolge und zum sechsten mal insgesamt. Während Ministerpräsident Seehofer auf sein erstes Wiesnbier wartete, antwortete er auf die vom Moderator gestellten Fragen nur mit „Ja“ und „Nein“. Darunter die Frage ob mit dem Interviewer Toboggan fahren würde mit „Ja“.",
        "Der Einzug der Wiesnwirte startete um 11:30 Uhr, darunter die prächtig geschmückten Wägen der Brauereien, gezogen von meist sechs mächtigen Kaltblutpferden. Die Wiesnkapellen, überwiegend in Miesbacher Tracht, und Gruppen von Goaßlschnalzen zogen mit den Wägen der Brauereien und der Festwirte auf der Theresienwiese ein. Schon wenige Minuten nach dem Start des Zuges setzte Regen ein, der im Verlauf immer stärker wurde.",
    ],
    quotes=[
        ("„O’zapft is – auf eine friedliche Wiesn“", "Christian Ude"),
        ("„Ja“", "Seehofer", 0),
        ("„Nein“", "Seehofer"),
        ("„Ja“", "Seehofer", 1),
    ],
    aliases={
        "Christian Ude": ["Christian Ude", "Ude", "OB Ude", "Münchner Oberbürgermeister Christian Ude", "Oberbürgermeister"],
        "Seehofer": ["Seehofer", "Ministerpräsident Seehofer", "bayrischen Ministerpräsident Seehofer"],
    },
))
