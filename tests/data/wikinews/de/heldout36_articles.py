# Thirty-sixth held-out German real-news set (tests/data/heldout36-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-176 and the new rules of this set, 179-180). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every source/url field and every address named in the modules and SOURCES.md files of
# tests/data, and by an 8-word overlap search against the texts of all sets). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirty-sixth held-out set": German Wikinews (three main-page archive months and one
# portal page on de.wikinews.org, three articles read on the de.wikiactu.com mirror; CC BY 2.5) and one news page of
# the European Commission's Representation in Germany (germany.representation.ec.europa.eu; CC BY 4.0). All stored
# copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, MIRROR, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


ARCHIV_NOTE = ("same address (stored mobile page: the page title is the first line (rule 18); the navigation line "
               "'vorheriger Monat – nächster Monat' dropped; the date lines and the teasers as the page shows them, the "
               "list dashes before the teasers dropped (as in heldout11); ")

# --- German Wikinews: main-page archives and a portal page (de.wikinews.org) ---

add(id="ho36-wn-archiv-2007-12",
    title="Wikinews:Archiv/Hauptseite/2007/12",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2007/12",
    retrieved=ARCHIV_NOTE + "the teaser of 30 December 2007 'In Berlin ist den Ermittlungsbehörden ein Erfolg gelungen. "
                            "Egal ob es um', cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=WN,
    paras=["Montag, 31. Dezember 2007",
           "Gegen das als „Gesetz zur Vorratsdatenspeicherung“ bekannt gewordene Gesetz wird zunächst im Namen von acht "
           "Erstbeschwerdeführern Verfassungsbeschwerde beim Bundesverfassungsgericht in Karlsruhe eingelegt. Fast "
           "30.000 Menschen haben jedoch Vollmachten erteilt, mit denen sie ebenfalls als Beschwerdeführer vertreten "
           "werden. Damit handelt es sich um die größte Verfassungsbeschwerde, die jemals dem Bundesverfassungsgericht "
           "vorgelegt worden ist.",
           "Wie die Bangkok Post berichtet, verteilte die staatliche Wahlkommission, die die Parlamentswahlen vom 23. "
           "Dezember in Thailand beaufsichtigt, am Sonntag die ersten drei „roten Karten“. „Rot“ bedeutet sozusagen "
           "„Platzverweis“ – der Kandidat darf sein Mandat nicht antreten. Außerdem wird gegen den Kandidaten eine "
           "einjährige Sperre für politische Betätigungen verhängt und er oder sie wird von einer erneuten Kandidatur "
           "ausgeschlossen, zusätzlich wird ein Strafverfahren eingeleitet.",
           "Seit dem 21. Dezember 2007 können sich Erdgaskunden in Sachsen und Sachsen-Anhalt für einen "
           "konzernunabhängigen Erdgaslieferanten entscheiden. Bereits in der ersten Woche konnte die "
           "Energiegenossenschaft GEG mit Sitz in Möhlau, Sachsen-Anhalt, sich regen Kundenzuspruchs erfreuen.",
           "Nachdem die staatliche Wahlkommission gestern den amtierenden kenianischen Präsidenten Mwai Kibaki zum "
           "Sieger der Präsidentschaftswahl erklärt hat, dauern die Unruhen in dem ostafrikanischen Staat an. Laut der "
           "Nachrichtenagentur „AFP“ kamen dabei mehr als hundert Menschen ums Leben.",
           "Sonntag, 30. Dezember 2007",
           "Laut einer vom ORF veröffentlichten Meldung wird der Einschlag eines Asteroiden mit dem Namen „2007 WD5“ auf "
           "dem Mars immer wahrscheinlicher. Demnach beträgt sie nun 1:25, nachdem zuvor noch von einer "
           "Wahrscheinlichkeit von 1:75 die Rede gewesen war."],
    quotes=[("„Gesetz zur Vorratsdatenspeicherung“", None),
            ("„roten Karten“", None),
            ("„Rot“", None),
            ("„Platzverweis“", None),
            ("„AFP“", None),
            ("„2007 WD5“", None)],
    aliases={})

add(id="ho36-wn-archiv-2009-01",
    title="Wikinews:Archiv/Hauptseite/2009/01",
    url="https://de.m.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2009/01",
    retrieved=ARCHIV_NOTE + "the teaser of 30 January 2009 'Die Vermittlungsmission des neu ernannten Sonderbeauftragen "
                            "… „Gegossenes Blei“ … Israel reagierte mit Luftangriff', cut off in the stored copy, dropped "
                            "with its quotation (rule 15))",
    license=WN,
    paras=["Samstag, 31. Januar 2009",
           "„Die jüngsten Video-Botschaften zeigen deutlich, dass Deutschland und deutsche Interessen im Ausland bedroht "
           "werden.“ Das sagte der Leiter des deutschen Bundeskriminalamtes, Jörg Ziercke, heute gegenüber dem Focus. "
           "Auch Verfassungsschutz-Präsident Heinz Fromm geht laut einem Interview mit dem Hamburger Abendblatt von "
           "einer „sehr hohen Gefahr“ terroristischer Anschläge in Deutschland aus.",
           "Die stärkste Oppositionspartei Simbabwes, Movement for Democratic Change („Bewegung für den Demokratischen "
           "Wandel“, MDC), erklärte sich am Freitag bereit, mit der gegenwärtig in Simbabwe herrschenden "
           "Regierungspartei ZANU-PF von Präsident Robert Mugabe eine gemeinsame Koalitionsregierung zu bilden.",
           "Die israelische Zeitung Haaretz berichtete am Donnerstag, dass die Hamas einige Dutzend Fatah-Aktivisten und "
           "andere Zivilisten während eines israelischen Angriffs auf Gaza exekutiert hätte.",
           "Freitag, 30. Januar 2009",
           "Die politische Karriere des demokratischen Gouverneurs des US-Bundesstaates Illinois, Rod Blagojevich, wurde "
           "gestern vom Senat des Bundesstaates beendet. Mit einem einstimmigen Votum aller 59 Senatoren wurde der "
           "Gouverneur seines Amtes enthoben und für alle Zeit ein Verbot ausgesprochen, ein politisches Amt im Staate "
           "Illinois zu bekleiden. Dem Gouverneur wird vorgeworfen, versucht zu haben, die Nachfolge des vakanten "
           "Senatssitzes von Barack Obama an den meistbietenden Bewerber zu versteigern."],
    quotes=[("„Die jüngsten Video-Botschaften zeigen deutlich, dass Deutschland und deutsche Interessen im Ausland "
             "bedroht werden.“", "Jörg Ziercke"),
            ("„sehr hohen Gefahr“", "Heinz Fromm"),
            ("„Bewegung für den Demokratischen Wandel“", None)],
    aliases={"Jörg Ziercke": ["Jörg Ziercke"],
             "Heinz Fromm": ["Heinz Fromm", "Verfassungsschutz-Präsident Heinz Fromm"]})

add(id="ho36-wn-archiv-2009-03",
    title="Wikinews:Archiv/Hauptseite/2009/03",
    url="http://de.wikinews.org/wiki/Wikinews:Archiv/Hauptseite/2009/03",
    retrieved="same address (stored page: the page title is the first line (rule 18); the boilerplate 'aus Wikinews, "
              "einem freien Wiki für Nachrichten' and the navigation 'vorheriger Monatnächster Monat' dropped (as in "
              "heldout11); the date lines and the teasers as the page shows them; the teaser 'Der Vorstandsvorsitzende der "
              "Deutsche Bahn AG, Hartmut Mehdorn, erklärte heute … In den vergangenen Tagen war die Kritik', cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark in the stored part)",
    license=WN,
    paras=["Dienstag, 31. März 2009",
           "Die als „rechtsextrem“ eingestufte Jugendorganisation „Heimattreue Deutsche Jugend“ (HDJ) wurde heute von dem "
           "deutschen Bundesinnenminister Wolfgang Schäuble verboten. Unmittelbar danach wurden in den Bundesländern "
           "Berlin, Brandenburg, Niedersachsen und Sachsen Räumlichkeiten der Organisation von Polizeikräften durchsucht. "
           "Zur Begründung erklärte das Ministerium, die Organisation verbreite „rassistisches und "
           "nationalsozialistisches Gedankengut“.",
           "Von der Sängerin zur Goodwill-Botschafterin zum bekannten Gesicht der friedlichen Revolution ging ihr Weg. Die "
           "Siegerin des ESC 2004 hat viel erreicht in ihrer 15-jährigen Karriere. Sie spricht mit Wikinews über die "
           "vielen Windungen und Wendungen ihres Lebens.",
           "Wegen einer Bombenentschärfung wurde am Sonntag, den 29. März der gesamte Ort Langenhagen mit derzeit etwa "
           "15.000 Einwohnern im Verlauf des Vormittags evakuiert, ebenso wurde kurz vor Beginn der Bombenentschärfung "
           "die in der Nähe gelegene Bundesautobahn 2 zwischen Herrenhausen und Kreuz Hannover-Ost gesperrt.",
           "Montag, 30. März 2009",
           "Die Serie der Amokläufe reißt nicht ab. Jetzt hat sich erstmals ein Amoklauf in einer Seniorenwohnanlage in "
           "den Vereinigten Staaten ereignet. Dabei sollen mindestens acht Menschen (sieben Patienten zwischen 78 und 98 "
           "Jahren und eine Pflegekraft) ums Leben gekommen sein, vier Menschen wurden verletzt, darunter in einem "
           "Schusswechsel ein Polizist am Bein und der Täter selbst.",
           "Die Vorbereitungen für die Auslieferung des mutmaßlichen NS-Kriegsverbrechers John Demjanjuk aus Cleveland "
           "(US-Bundesstaat Ohio), geboren als Iwan Demjanjuk in der Ukraine, nach Deutschland laufen auf Hochtouren."],
    quotes=[("„rechtsextrem“", None),
            ("„Heimattreue Deutsche Jugend“", None),
            ("„rassistisches und nationalsozialistisches Gedankengut“", "Ministerium")],
    aliases={"Ministerium": ["Ministerium"]})

add(id="ho36-wn-portal-em-2008",
    title=None,
    url="https://de.wikinews.org/wiki/Portal:Fu%C3%9Fball-Europameisterschaft_2008",
    retrieved="same address (stored portal page; it begins with the portal's notice line, which is the first line here "
              "(rule 18); the teasers as the page shows them, the published 'zu ende' kept (rule 20); the last teaser "
              "'Kroatien hat sich gestern nach einem 2:1-Sieg gegen Deutschland … mit sechs Punkten Tabelle', cut off in "
              "the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=WN,
    paras=["Dieses Wikinews-Portal ist inzwischen eigentlich überflüssig, da die Fußball-Europameisterschaft 2008 zu ende "
           "ist und wird nur aus „historischem“ Interesse behalten.",
           "Am Sonntag, den 29. Juni wurde im Wiener Ernst-Happel-Stadion das Endspiel der Fußball-Europameisterschaft "
           "2008 ausgetragen. Vor 51.428 Zuschauern verlor Deutschland gegen Spanien mit 0:1. Fernando Torres schoss in "
           "der 33. Minute Spanien zum Europameister.",
           "Vor 39.374 Zuschauern trafen am gestrigen 25. Juni im Baseler „St. Jakob-Park“ die "
           "Fußballnationalmannschaften Deutschlands und der Türkei im Halbfinale der Fußball-Europameisterschaft 2008 "
           "aufeinander. Das Spiel endete mit 3:2 Toren für die deutsche Mannschaft, die damit im Finale steht.",
           "Am Samstag, den 21. Juni, spielten im dritten Viertelfinalspiel im Stadion St. Jakob-Park die Niederlande "
           "gegen Russland mit 1:3. Damit ist Russland im Halbfinale. Zur Halbzeit stand es 0:0.",
           "In einer bis zum Schluss packenden Partie hat die deutsche Mannschaft das Team aus Portugal mit 3:2 besiegt "
           "und somit das Halbfinale der Fußball-Europameisterschaft 2008 erreicht.",
           "Am Mittwoch, den 18. Juni gewann die russische Fußballnationalmannschaft im Innsbrucker Stadion Tivoli-Neu "
           "vor 30.772 Zuschauern gegen das Team aus Schweden mit 2:0. Somit ist Russland im Viertelfinale und hat "
           "gleichzeitig zum ersten Mal seit 1998 wieder die Vorrunde eines Fußballturniers überstanden. Die schwedische "
           "Mannschaft ist ausgeschieden.",
           "In einem bis zur letzten Minute hochspannenden Spiel hat die Fußballnationalmannschaft der Türkei gegen die "
           "tschechische Auswahl den Einzug in das Viertelfinale der Fußball-Europameisterschaft 2008 besiegelt. Beide "
           "Mannschaften hatten noch die Chance weiter zu kommen, wodurch das Spiel von Beginn an den Charakter eines "
           "„Endspiels“ hatte."],
    quotes=[("„historischem“", None),
            ("„St. Jakob-Park“", None),
            ("„Endspiels“", None)],
    aliases={})

# --- German Wikinews (de.wikiactu.com mirror) ---

add(id="ho36-wn-2010-05-31-koehler-ruecktritt",
    title="Deutschland: Bundespräsident Köhler zurückgetreten",
    url="https://de.wikinews.org/wiki/Deutschland:_Bundespr%C3%A4sident_K%C3%B6hler_zur%C3%BCckgetreten",
    retrieved="http://de.wikiactu.com/?cat=461 (" + MIRROR.format(date="31.05.2010") + "; the image caption 'Unser "
              "Archivbild von 2007 zeigt Horst Köhler und Jens Böhrnsen' and the credit 'Foto: Garitzko' dropped (rule "
              "14); the published 'um den Einsätze' kept (rule 20); the fourth paragraph 'Die Reaktionen ', cut off in "
              "the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Berlin (Deutschland), 31.05.2010 – Bundespräsident Horst Köhler hat seinen Rücktritt erklärt. Er begründete "
           "dies mit der Kritik an seinen Äußerungen zum Afghanistan-Einsatz der Bundeswehr. „Ich erkläre meinen "
           "Rücktritt vom Amt des Bundespräsidenten“, sagte Köhler am 31. Mai auf Schloss Bellevue, dem Amtssitz des "
           "Bundespräsidenten. Ihm fiel das Sprechen während seiner Erklärung schwer; am Ende standen ihm Tränen in den "
           "Augen. Der derzeitige Präsident des Bundesrats Jens Böhrnsen (SPD) übernimmt bis zur Neuwahl und Vereidigung "
           "eines Nachfolgers die Amtsgeschäfte des Bundespräsidenten.",
           "Der Bundespräsident war kritisiert worden, weil er auf die wirtschaftlichen Aspekte von Bundeswehreinsätzen "
           "angespielt hatte. Er sei missverstanden worden, sagte Köhler. Vielmehr sei es ihm um den Einsätze wie gegen "
           "die Piraterie vor Somalia gegangen. In der umstrittenen Äußerung Köhlers hieß es, „dass ein Land unserer "
           "Größe mit dieser Außenhandelsorientierung und damit auch Außenhandelsabhängigkeit auch wissen muss, dass im "
           "Zweifel, im Notfall auch militärischer Einsatz notwendig ist, um unsere Interessen zu wahren, zum Beispiel "
           "freie Handelswege, zum Beispiel ganze regionale Instabilitäten zu verhindern, die mit Sicherheit dann auch "
           "auf unsere Chancen zurückschlagen negativ durch Handel, Arbeitsplätze und Einkommen“.",
           "Vorwürfe, er habe den Afghanistan-Einsatz aus wirtschaftlichen Interessen genehmigt, wies Köhler als "
           "ungerechtfertigt zurück. Sie seien vielmehr ein Ausdruck mangelnden Respektes vor dem höchsten deutschen "
           "Staatsamt."],
    quotes=[("„Ich erkläre meinen Rücktritt vom Amt des Bundespräsidenten“", "Horst Köhler"),
            ("„dass ein Land unserer Größe mit dieser Außenhandelsorientierung und damit auch "
             "Außenhandelsabhängigkeit auch wissen muss, dass im Zweifel, im Notfall auch militärischer Einsatz notwendig "
             "ist, um unsere Interessen zu wahren, zum Beispiel freie Handelswege, zum Beispiel ganze regionale "
             "Instabilitäten zu verhindern, die mit Sicherheit dann auch auf unsere Chancen zurückschlagen negativ durch "
             "Handel, Arbeitsplätze und Einkommen“", "Horst Köhler")],
    aliases={"Horst Köhler": ["Horst Köhler", "Bundespräsident Horst Köhler", "Bundespräsident Köhler", "Köhler",
                              "Bundespräsident"]})

add(id="ho36-wn-2010-10-27-gysi-ausgrenzung",
    title="Gysi beklagt Ausgrenzung der Linkspartei im Bundestag",
    url="https://de.wikinews.org/wiki/Gysi_beklagt_Ausgrenzung_der_Linkspartei_im_Bundestag",
    retrieved="http://de.wikiactu.com/?cat=21 (" + MIRROR.format(date="27.10.2010") + "; here the status line reads "
              "'Veröffentlicht: Timofei 22:54, 27. Okt. 2010 (CEST)'; the image caption 'Gregor Gysi (Die Linke)' "
              "dropped (rule 14); the third paragraph 'Für Gregor Gysi hatte der Resolutionsentwurf gleich in dreifacher "
              "Hinsicht … die v', cut off in the stored copy, dropped (rule 15); it holds no quotation mark in the "
              "stored part)",
    license=WN,
    paras=["Berlin (Deutschland), 27.10.2010 – Der Ko-Fraktionsvorsitzende der Linkspartei im Deutschen Bundestag, "
           "Gregor Gysi, hat sich über das Verhalten der anderen Fraktionen bei der Verabschiedung einer Resolution, die "
           "von der arabischen Terrororganisation Hamas die Freilassung der israelischen Geisel Gilad Shalit fordert, "
           "bitter enttäuscht gezeigt. Er sieht das Verhältnis seiner Partei zu SPD und Grünen empfindlich gestört, "
           "nachdem diesen in der jüngsten Zeit verstärkt Avancen hinsichtlich eines strategischen Bündnisses gemacht "
           "wurden.",
           "Hintergrund ist, dass Die Linke als erste Fraktion einen entsprechenden Resolutionsentwurf eingebracht "
           "hatte. Während zwar alle fünf Fraktionen voll hinter seinem Inhalt stehen, hatte die CDU/CSU dennoch einen "
           "eigenen, praktisch inhaltsgleichen Entwurf eingebracht, weil sie es aus grundsätzlichen Überlegungen "
           "vermeiden will, einem Antrag der Linkspartei zuzustimmen. Bei der Abstimmung über beide Entwürfe wollen SPD "
           "und Grüne gemeinsam mit der FDP dem Unionsentwurf zustimmen. Gregor Gysi kritisiert einerseits einen "
           "„Ideenklau“ durch die Union und betrachtet die Zustimmung der SPD und der Grünen andererseits als einen "
           "unfreundlichen Akt gegenüber seiner Partei."],
    quotes=[("„Ideenklau“", "Gregor Gysi")],
    aliases={"Gregor Gysi": ["Gregor Gysi", "Gysi"]})

add(id="ho36-wn-2013-09-11-deutschland-oesterreich",
    title="Fußball-Klassiker Deutschland – Österreich",
    url="https://de.wikinews.org/wiki/Fu%C3%9Fball-Klassiker_Deutschland_%E2%80%93_%C3%96sterreich",
    retrieved="http://de.wikiactu.com/?cat=2857 (" + MIRROR.format(date="11.09.2013") + "; the image caption 'Philipp "
              "Lahm (Archiv, 2011)' dropped (rule 14); the subheading 'Aufstellung und Gelbe Karten' kept as a line of its "
              "own without the edit link '[Bearbeiten]' (rule 13), the line-up lines after it kept as published; "
              "'Themenverwandte Artikel', 'Portal:Fußball' and 'Quellen' dropped (rule 14); complete in the stored copy)",
    license=WN,
    paras=["München (Deutschland), 11.09.2013 – Im Fußball-Klassiker zwischen Deutschland und Österreich siegte am "
           "Freitag, den 6. September, die deutsche Nationalmannschaft unter Leitung ihres Trainers Joachim Löw souverän "
           "mit 3:0. Die Tore erzielten Miroslav Klose (33.), Toni Kroos (51.) und Thomas Müller (88.). Im "
           "Qualifikationsspiel für die Weltmeisterschaft 2014 in Brasilien blieb die deutsche Elf in der ausverkauften "
           "Allianz Arena (68 000 Zuschauer) in München ohne Gegentor. Für Philipp Lahm, Kapitän der deutschen "
           "Nationalmannschaft, war es das 100. Länderspiel und Miroslav Klose zog mit seinem 68. Länderspieltor mit dem "
           "Rekord-Schützen Gerd Müller gleich.",
           "Trainer Joachim Löw sagte zum Spiel:",
           "„Wir wussten, wie Österreich spielt, dass sie mit langen Bällen agieren. Wir haben ihnen den Zahn gezogen. "
           "Meine Mannschaft hat die richtige Aggressivität gezeigt, hat sehr früh attackiert.“",
           "Aufstellung und Gelbe Karten",
           "Schiedsrichter: Milorad Mažić (Serbien)",
           "Deutschland: Neuer – Lahm, Mertesacker, Boateng, Schmelzer (46. Höwedes) – Khedira, Kroos – Müller, Özil, "
           "Reus (90.+2 Draxler) – Klose (82. S. Bender)",
           "Österreich: Almer – Garics (78. Klein), Dragović, Pogatetz, Fuchs – Alaba, Kavlak, Ivanschitz, Arnautović "
           "(67. Sabitzer) – Harnik, Weimann",
           "Gelbe Karten: Khedira, Klose, Reus – Kavlak, Klein, Pogatetz, Weimann"],
    quotes=[("„Wir wussten, wie Österreich spielt, dass sie mit langen Bällen agieren. Wir haben ihnen den Zahn gezogen. "
             "Meine Mannschaft hat die richtige Aggressivität gezeigt, hat sehr früh attackiert.“", "Joachim Löw")],
    aliases={"Joachim Löw": ["Joachim Löw", "Trainer Joachim Löw"]})

# --- European Commission, Representation in Germany ---

add(id="ho36-eucom-2018-02-23-schuelerzeitungen",
    title="Schülerzeitungen aus NRW und Berlin gewinnen Europa-Preis",
    url="https://germany.representation.ec.europa.eu/news/schulerzeitungen-aus-nrw-und-berlin-gewinnen-europa-preis-2018-02-23_de",
    retrieved="same address (stored page of 23 February 2018; the page header lines 'Zum Hauptinhalt', 'Vertretung in "
              "Deutschland' and 'Presseartikel23. Februar 2018Vertretung in DeutschlandLesedauer: 3 Min' dropped (as in "
              "heldout29); the teaser keeps its published '...' (rule 19); the image text 'Schülerzeitungswettbewerb' "
              "dropped (rule 19); the last paragraph 'Der standpunkt ist eine professionell gestaltete "
              "online-schülerzeitung, die zudem au', cut off in the stored copy, dropped (rule 15); it holds no "
              "quotation mark in the stored part)",
    license=EU,
    paras=["Die Vertretung der Europäischen Kommission hat heute (Freitag) die Gewinner ihres diesjährigen "
           "Schülerzeitungspreises „Europa“ bekannt gegeben. Der Preis geht an das LindenBlatt aus Berlin und die "
           "digitale Schülerzeitung standpunkt aus...",
           "„Ich freue mich, dass sich über 30 Zeitungen für den Europapreis beworben haben und darunter auch erstmals "
           "fünf Bewerbungen von Online-Schülerzeitungen sind. Das zeigt, dass das Thema Europa bei den Schülern auf "
           "großes Interesse stößt und die Schülerzeitungsredakteure erkannt haben, welche wichtige Rolle auch das "
           "Internet für die Verbreitung von gut recherchierten und objektiven Inhalten spielt“, so Kühnel weiter. „Ich "
           "danke den jungen Journalisten. Vor dem Hintergrund der populistischen Tendenzen und den Herausforderungen, "
           "vor denen ein geeintes Europa steht, erfüllen sie eine wichtige Aufgabe in der Vermittlung europäischer "
           "Werte und Themen sowie bei der Suche nach objektiven Fakten in den Schulen.“",
           "LindenBlatt der Lindenhof-Grundschule Berlin hat seine gesamte Ausgabe dem Thema „Europa“ gewidmet. Die "
           "jungen Redakteure erzählen die Geschichte der Europa, stellen ihren Lesern mehrere europäische Länder vor und "
           "informieren sie über den Euro als europäische Währung. Die Fakten runden sie mit einem selbst gemalten "
           "Europa-Flaggenquiz und einem kniffeligen Rätsel zu Ländern aus Europa ab. Sehr bewegend ist ihr Interview "
           "mit zwei syrischen Mitschülern. Mit einer Vielfalt an Formaten ist es der Schülerzeitung gelungen, das Thema "
           "Europa für ihre junge Leserschaft ausgewogen und verständlich darzustellen.",
           "Das Lindenblatt teilt sich den Preis mit dem „standpunkt“ der Gesamtschule Hardt in Mönchengladbach."],
    quotes=[("„Europa“", None, 0),
            ("„Ich freue mich, dass sich über 30 Zeitungen für den Europapreis beworben haben und darunter auch erstmals "
             "fünf Bewerbungen von Online-Schülerzeitungen sind. Das zeigt, dass das Thema Europa bei den Schülern auf "
             "großes Interesse stößt und die Schülerzeitungsredakteure erkannt haben, welche wichtige Rolle auch das "
             "Internet für die Verbreitung von gut recherchierten und objektiven Inhalten spielt“", "Kühnel"),
            ("„Ich danke den jungen Journalisten. Vor dem Hintergrund der populistischen Tendenzen und den "
             "Herausforderungen, vor denen ein geeintes Europa steht, erfüllen sie eine wichtige Aufgabe in der "
             "Vermittlung europäischer Werte und Themen sowie bei der Suche nach objektiven Fakten in den Schulen.“",
             "Kühnel"),
            ("„Europa“", None, 1),
            ("„standpunkt“", None)],
    aliases={"Kühnel": ["Kühnel"]})
