# Twenty-eighth held-out German real-news set (tests/data/heldout28-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-151 and the new rules of this set, 152-155). None of these pages is in any tests/data/*.jsonl
# (checked by URL, PK/OTS number and title against every file in tests/data, and by an 8-word overlap search against the
# texts of all sets). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Twenty-eighth held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz (two on parlament.gv.at, two on OTS, three reposted by the Österreich Journal), one page of the
# Austrian Federal Chancellery (bundeskanzleramt.gv.at) and one German Wikinews article read on the de.wikiactu.com
# mirror. All stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, MIRROR, PK, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


OEJ_NOTE = ("the Parlamentskorrespondenz's release, dateline 'Wien (pk)', as reposted by the Österreich Journal (rule 31); "
            "the stored copy wraps its lines at a fixed width: the wraps are joined with one space, and a paragraph break "
            "is kept only where a line ends a sentence and the next opens a new one (as in heldout21)")

# --- Parlamentskorrespondenz reposted by the Österreich Journal ---

add(id="ho28-pk-oej-2005-khol-besucherzentrum",
    title='Nationalratspräsident Khol "glücklich und stolz"',
    url="http://oe-journal.at/Aktuelles/!2005/1005/W4/32710parlament.htm",
    retrieved="same address (" + OEJ_NOTE + "; the headline, wrapped after 'glücklich', joined into one line; paragraph "
              "breaks after '… so Khol.' and '… veranstalten zu wollen.'; the trailing '|' of the page dropped; complete "
              "in the stored copy)",
    license=PK,
    paras=['Wien (pk) - Nationalratspräsident Dr. Andreas Khol zeigte sich am Mittwoch (26. 10.) erfreut über das große '
           'Interesse der Österreicherinnen und Österreicher am neu eröffneten Besucherzentrum im Hohen Haus und am neu '
           'adaptierten Palais Epstein. "Wir hatten bis zu Mittag im Palais Epstein rund 3.500 Besucher, im Parlament '
           'rund 4.500 Besucher", so Khol.',
           'Seit 8.00 Uhr Früh gab es ununterbrochenen Andrang, so dass mit einer Besucheranzahl von über 10.000 zu '
           'rechnen ist. Khol: "Ich bin glücklich und stolz, dass so viele Bürgerinnen und Bürger heute den Weg in das '
           'Parlament gefunden haben." Damit sei am heutigen Nationalfeiertag die Öffnung des Parlaments, die auch in '
           'Gestalt des neuen Besucherzentrums zum Ausdruck komme, versinnbildlicht worden. "Leider können wir aus '
           'Sicherheitsgründen im Zusammenhang mit der um 14.30 Uhr stattfindenden Militärparade ab 13.00 Uhr keine '
           'weiteren Besucher mehr in das Haus lassen", sagte Khol, der gleichzeitig ankündigte, in den nächsten Monaten '
           'einen weiteren "Tag der offenen Tür" im Parlament veranstalten zu wollen.',
           '"Dann werden viele, die heute nicht mehr die Möglichkeit hatten, einen Besuch nachholen können", so der '
           'Nationalratspräsident.'],
    quotes=[('"glücklich und stolz"', "Andreas Khol"),
            ('"Wir hatten bis zu Mittag im Palais Epstein rund 3.500 Besucher, im Parlament rund 4.500 Besucher"',
             "Andreas Khol"),
            ('"Ich bin glücklich und stolz, dass so viele Bürgerinnen und Bürger heute den Weg in das Parlament gefunden '
             'haben."', "Andreas Khol"),
            ('"Leider können wir aus Sicherheitsgründen im Zusammenhang mit der um 14.30 Uhr stattfindenden '
             'Militärparade ab 13.00 Uhr keine weiteren Besucher mehr in das Haus lassen"', "Andreas Khol"),
            ('"Tag der offenen Tür"', None),
            ('"Dann werden viele, die heute nicht mehr die Möglichkeit hatten, einen Besuch nachholen können"',
             "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Dr. Andreas Khol", "Nationalratspräsident Khol",
                              "Khol", "Nationalratspräsident"]})

add(id="ho28-pk-oej-2006-besucherrekord",
    title="20.420 besuchten Parlament und Palais Epstein",
    url="http://oe-journal.at/Aktuelles/!2006/1006/W4/22710parlament.htm",
    retrieved="same address (" + OEJ_NOTE + "; paragraph breaks after '… beeindruckte.', '… Parlamentarismus.' and '… "
              "nehmen zu können.'; the wrap inside 'in- / und ausländische' joined with one space ('in- und "
              "ausländische'); the published 'nutzen' (for 'nutzten') kept (rule 20); the trailing '|' of the page "
              "dropped; complete in the stored copy)",
    license=PK,
    paras=['Wien (pk) - Am Nachmittag des 26.10. verstärkte sich der Zustrom der Besucher beim Parlament und im Palais '
           'Epstein, dessen überdachter Innenhof und die "Beletage" das Publikum beeindruckte.',
           'Im Besucherzentrum des Hauptgebäudes nutzten Jung und Alt eifrig das elektronische Informationsangebot zum '
           'österreichischen Parlamentarismus.',
           'Viele in- und ausländische Gäste diskutierten mit Präsidentin Barbara Prammer u.a. über aktuelle politische '
           'Fragen, vor allem über die laufenden Koalitionsverhandlungen, und erkundigten sich nach ihren Aufgaben als '
           'Präsidentin des Nationalrates. Immer wieder wurde die Präsidentin um Autogrammkarten gebeten; in- und '
           'ausländische Gäste zeigten sich begeistert, ein Erinnerungsfoto mit der österreichischen '
           'Parlamentspräsidentin mit nach Hause nehmen zu können.',
           'Die positive Bilanz des heutigen Tages der Offenen Tür fand ihren numerischen Ausdruck in einem neuen '
           'Besucherrekord: 20.420 Besucher aus aller Welt nutzen die Gelegenheit, bei zunehmend sonnigem Herbstwetter '
           'die prachtvolle Architektur der beiden Hansen-Häuser am Dr. Karl Renner-Ring zu genießen. '
           'Nationalratspräsident Andreas Khol zeigte sich erfreut über diesen Rekord, mit dem das "gesteckte Traumziel" '
           'von 20.000 Besuchern übertroffen wurde.'],
    quotes=[('"Beletage"', None),
            ('"gesteckte Traumziel"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol"]})

add(id="ho28-pk-oej-2013-prammer-erkrankt",
    title="Nationalratspräsidentin Prammer schwer erkrankt",
    url="http://oe-journal.at/Aktuelles/!2013/0913/W2/21309pkPrammer.htm",
    retrieved="same address (the Parlamentskorrespondenz's release of 13 September 2013, dateline 'Wien (pk)', as "
              "reposted by the Österreich Journal (rule 31); the page's date lines 'erstellt am' / '13. 09. 13' / '14.00 "
              "MEZ' dropped (rule 31); the subtitle 'Prammer führt Amtsgeschäfte weiter, …' kept as a line of its own; "
              "the page's 'zurück' link and its footer 'Kennen Sie schon unser kostenloses Monatsmagazin \"Österreich "
              "Journal\" …', with the magazine's name in marks, dropped as repost furniture (rule 31); complete in the "
              "stored copy)",
    license=PK,
    paras=["Prammer führt Amtsgeschäfte weiter, Vertretung erfolgt durch Zweiten Präsidenten Neugebauer",
           'Wien (pk) - "Eine plötzlich aufgetretene schwere Krankheit macht es notwendig, dass ich mich vorübergehend '
           'schone und ganz auf meine Genesung konzentriere." Diese Erklärung von Nationalratspräsidentin Barbara Prammer '
           'gab am 13.09. ihr Pressesprecher Gerhard Marschall im Rahmen einer kurzfristig einberufenen Pressekonferenz '
           'im Parlament bekannt.',
           "Die Präsidentin fühlt sich grundsätzlich in der Lage, die Amtsgeschäfte weiterzuführen, sie wird sich aber in "
           "Absprache mit dem Zweiten Präsidenten Fritz Neugebauer von diesem im Bedarfsfall vertreten lassen.",
           "Eine klare und flexible Basis dafür schafft § 15 der Geschäftsordnung des Nationalrates, wie "
           "Parlamentsdirektor Harald Dossi betonte. Prammer wird erstmals bei den kommenden Sondersitzungen durch "
           "Neugebauer vertreten werden."],
    quotes=[('"Eine plötzlich aufgetretene schwere Krankheit macht es notwendig, dass ich mich vorübergehend schone und '
             'ganz auf meine Genesung konzentriere."', "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer",
                                 "Nationalratspräsidentin Prammer", "Prammer"]})

# --- Parlamentskorrespondenz on OTS and parlament.gv.at ---

add(id="ho28-pk-ots-2006-khol-mittag",
    title='Offenes Parlament: Zu Mittag bereits mehr als 6.200 Besucher Khol mit Besucherinteresse "sehr zufrieden"',
    url="https://www.ots.at/presseaussendung/OTS_20061026_OTS0075/offenes-parlament-zu-mittag-bereits-mehr-als-6200-"
        "besucher-khol-mit-besucherinteresse-sehr-zufrieden",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 October 2006, dateline 'Wien "
              "(PK)'; headline and subtitle run together in the stored copy and are kept so (rule 18); the end mark "
              "'(Forts.)' and the contact block 'Rückfragen & Kontakt: / Eine Aussendung der Parlamentskorrespondenz …' "
              "with the OTS notice dropped (rule 48); the published '-dort stand' (no space after the dash) kept (rule "
              "20); complete in the stored copy)",
    license=PK,
    paras=["Wien (PK) - Hochzufrieden zeigte sich zu Mittag Nationalratspräsident Andreas Khol über das große Interesse "
           "der Bevölkerung am Parlament und seinen Einrichtungen sowie am Palais Epstein, wurden doch bis Mittag mehr als "
           "6.200 in- und ausländische Besucher gezählt. Das besondere Interesse der Bürgerinnen und Bürger galt der "
           "Konstituierung des neuen Nationalrates und der aktuellen Debatte über die Sitzordnung der Abgeordneten, dem "
           "Ablauf der Plenarsitzungen von Nationalrat und Bundesrat und der Geschäftsordnung. Historisch interessierte "
           "Gäste des Hohen Hauses erkundigten sich nach den Wappen an der Decke des Budgetsaales und fragten nach der "
           "Bedeutung des alten Wandteppichs im Sprechzimmer. Im Plenarsaal des Nationalrates -dort stand auch "
           "Präsidentin Barbara Prammer für Auskünfte zur Verfügung - erfuhren Parlamentsbesucher vom geplanten Umbau "
           "des Sitzungssaales.",
           "Großer Andrang herrschte nicht nur auf der Rampe, wo viele Besucher immer wieder auf den Einlass in das Haus "
           "am Ring warten mussten, sondern auch beim Verkaufsstand des Parlamentsshops in der Säulenhalle, wo vor allem "
           "Andenken und Mitbringsel mit dem Parlamentslogo gerne gekauft wurden."],
    quotes=[('"sehr zufrieden"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol"]})

add(id="ho28-pk-2009-903-tag-der-offenen-tuer",
    title="Parlamentskorrespondenz Nr. 903 vom 26.10.2009",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0903",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then the headline; "
              "the space the stored copy has after '… einlud.' at the end of the second paragraph dropped; the note "
              "'Fotos vom Tag der offenen Tür finden Sie ab 27. Oktober auf der Parlaments-Homepage unter "
              "www.parlament.gv.at', the end mark '(Schluss)' and the page word 'Format' dropped (rule 48); complete in "
              "the stored copy)",
    license=PK,
    paras=["Rund 10.000 BesucherInnen beim Tag der offenen Tür im Parlament",
           'Wien (PK) – Rund 10.000 Menschen statteten heute im Rahmen des Tags der offenen Tür dem Parlament einen '
           'Besuch ab. Das Hohe Haus präsentierte sich dabei, wie Nationalratspräsidentin Barbara Prammer bereits im '
           'Vorfeld des Nationalfeiertags angekündigt hatte, "als das was es ist – als offenes Haus".',
           "Die zahlreichen Besucherinnen und Besucher aus dem In- und Ausland, unter ihnen viele Familien mit Kindern, "
           "konnten nicht nur den Nationalrats-Sitzungssaal oder die Säulenhalle besichtigen, im Rahmen eines "
           "informativen Rundgangs standen auch Räumlichkeiten offen, die von den Medien normalerweise seltener ins Bild "
           "gerückt werden, wie etwa der Historische Sitzungssaal des Reichsrats oder der so genannte Blaue Salon mit "
           "seinen Präsidentenportraits. Im Pressezentrum wiederum bot sich die Gelegenheit, die Eindrücke im Rahmen "
           "einer Videopräsentation über die Geschichte des österreichischen Parlamentarismus zu vertiefen, die zu einer "
           "Zeitreise von der Pillersdorfer Verfassung des Jahres 1848 bis zum EU-Beitritt 1995 einlud.",
           "Neuland betraten viele BesucherInnen beim Gang durch das Palais Epstein, das vor allem mit seinem schmucken "
           "Innenhof und dem Tanzsaal in der Beletage aufwartete."],
    quotes=[('"als das was es ist – als offenes Haus"', "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer"]})

add(id="ho28-pk-2012-834-tag-der-offenen-tuer",
    title="Parlamentskorrespondenz Nr. 834 vom 26.10.2012",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2012/PK0834/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the published 'üblicher Weise' kept (rule 20); the paragraph 'Im "
              "Sitzungssaal des Bundesrats stand Bundesratspräsident Georg Keuschnigg … die Familie Epstein intere', cut "
              "off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Tag der offenen Tür: Parlament zählt knapp 11.500 BesucherInnen",
           "Prammer über großes Interesse am Haus der Demokratie erfreut",
           'Wien (PK) – Das Parlament hat sich auch heuer am Nationalfeiertag wieder als großer Publikumsmagnet '
           'erwiesen. Insgesamt wurden bis 16 Uhr fast 11.500 Besucherinnen und Besucher und damit etwas mehr als im '
           'vergangenen Jahr gezählt. Bis zu einer halben Stunde betrug die Wartezeit auf den Einlass in das Hohe Haus. '
           'Die Stimmung in der Warteschlange auf der Parlamentsrampe war allerdings gut, die BesucherInnen freuten sich '
           'über die Gelegenheit, die Räume, die sie sonst meist nur aus dem Fernsehen kennen, einmal "live" zu sehen. '
           'Auch zahlreiche TouristInnen hatten sich unter das Besucherheer gemischt.',
           "Die Besucherinnen und Besucher waren nicht nur von der architektonischen Schönheit des Parlamentsgebäudes "
           "beeindruckt, viele nutzten auch die Möglichkeit, sich am Rednerpult im Sitzungssaal des Nationalrats "
           "fotografieren zu lassen oder ein Erinnerungsfoto mit Nationalratspräsidentin Barbara Prammer zu schießen. Die "
           "Amtsräume der Präsidentin waren heuer erstmals in den Rundgang miteinbezogen, vor allem jener Tisch, an dem "
           "üblicher Weise die Präsidiale tagt, stieß auf großes Interesse. Auch von der Gesprächsmöglichkeit mit "
           "Abgeordneten und BundesrätInnen machten die BesucherInnen gerne Gebrauch: die Informationspulte der einzelnen "
           "Fraktionen im Abgeordnetensprechzimmer waren die meiste Zeit gut besucht."],
    quotes=[('"live"', None)],
    aliases={})

add(id="ho28-pk-ots-2013-tag-der-offenen-tuer",
    title="Parlament - mehr als zehntausend Menschen beim Tag der offenen Tür",
    url="https://www.ots.at/presseaussendung/OTS_20131026_OTS0038/parlament-mehr-als-zehntausend-menschen-beim-tag-der-"
        "offenen-tuer",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 October 2013, dateline 'Wien "
              "(PK)'; the stored copy's leading metadata ' date 2018-03' dropped; the subtitle 'Prammer: Wir müssen die "
              "Demokratie leben, um sie zu bewahren', which the release sets without quotation marks, and the subheading "
              "'Ein Spaziergang durch die Gesetzgebung' kept as lines of their own (rule 13); the paragraph 'Der Rundgang "
              "leitete die BesucherInnen auch zum historischen', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Prammer: Wir müssen die Demokratie leben, um sie zu bewahren",
           "Wien (PK) - Auf einer Vollversammlung der Vereinten Nationen geht es kaum internationaler zu als beim heutigen "
           "Tag der offenen Tür des Parlaments. Bei schönem Herbstwetter strömten etwas mehr als 10.000 BesucherInnen, "
           "darunter viele TouristInnen aus nahezu allen Ländern der Welt, in das Hohe Haus. Es gab viele Gelegenheiten "
           "für ParlamentarierInnen und ParlamentsbeamtInnen, allen voran Parlamentsdirektor Harald Dossi, ihre "
           "Sprachkenntnisse unter Beweis zu stellen. Wie in den vergangenen Jahren waren die Gäste von der "
           "architektonischen Schönheit des klassizistischen Prachtbaus an der Wiener Ringstraße begeistert. Entsprechend "
           "groß war daher auch ihr Interesse und ihr Verständnis für die Pläne zur nachhaltigen Sanierung des "
           "historischen Gebäudes aus dem 19. Jahrhundert - nicht nur bei BesucherInnen aus Österreich, sondern auch bei "
           "TouristInnen von nah und fern.",
           "Ein Spaziergang durch die Gesetzgebung",
           'Ganz im Mittelpunkt des Programms stand beim diesjährigen Tag der offenen Tür die Kernaufgabe des '
           'Parlamentarismus, die Gesetzgebung. Politiker und Bedienstete der Parlamentsdirektion informierten die '
           'Menschen ausführlich über die Arbeit von Nationalrat und Bundesrat, machten sie darüber hinaus mit der '
           '"Demokratiewerkstatt" vertraut und erläuterten das reiche Informationsangebot der Parlamentshomepage '
           '(www.parlament.gv.at). Viele BesucherInnen nutzten die Möglichkeit, sich am Rednerpult im Sitzungssaal des '
           'Nationalrats fotografieren zu lassen. Der "Spaziergang durch die Gesetzgebung" führte auch durch die '
           'Amtsräume von Nationalratspräsidentin Barbara Prammer, wo jener Tisch zu sehen war, an dem die Präsidiale '
           'tagt, das oberste Leitungsgremium des Parlaments.'],
    quotes=[('"Demokratiewerkstatt"', None),
            ('"Spaziergang durch die Gesetzgebung"', None)],
    aliases={})

# --- Austrian Federal Chancellery ---

BTS = '"Europa an deiner Schule – Back to School"'

add(id="ho28-bka-2023-06-back-to-school",
    title=BTS + " bringt die EU ins Klassenzimmer",
    url="http://www.bundeskanzleramt.gv.at/themen/europa-aktuell/2023/06/europa-an-deiner-schule-back-to-school-bringt-"
        "die-eu-ins-klassenzimmer.html",
    retrieved="same address (stored page of June 2023; the image alt text 'Eine Frau macht mit einem Smartphone ein Foto "
              "von einer Europa-Flagge' dropped (rule 14); the first report of a speaker, cut off inside its quotation in "
              "the stored copy ('\"Ich habe für 'Back to School' eine Berufsschule gewählt, … Den größeren Teil meiner Zeit "
              "mit den Schüleri'), dropped together with the subheading 'Andreas Gahleitner, Berufsschule Rohrbach in "
              "Oberösterreich' and the colon sentence introducing it ('Andreas Gahleitner, Policy Officer beim "
              "Europäischen Auswärtigen Dienst (EAD), besuchte am 16. Juni 2023 die Berufsschule Rohrbach in "
              "Oberösterreich:'), which are left dangling before the cut (rule 15); so the document holds no speaker's "
              "words, only the project's and a partner's names and a term in marks)",
    license=BKA,
    paras=['Zahlreiche Schulbesuche von österreichischen EU-Bediensteten – Wir haben nachgefragt: Wie haben die '
           'Vortragenden ihre "Rückkehr" in die heimischen Klassenzimmer erlebt?',
           'Schülerinnen und Schülern in Österreich den europäischen Gedanken näherbringen und mit ihnen über die EU '
           'diskutieren! Das ist das Ziel des Projekts ' + BTS + ', das seit 2009 vom Bundeskanzleramt in Kooperation mit '
           'der Ständigen Vertretung Österreichs bei der Europäischen Union (Abteilung Bundeskanzleramt), dem BMBWF, '
           '"Zentrum polis – Politik Lernen in der Schule" und der Europäischen Kommission umgesetzt wird.',
           'Auch 2023 haben wieder zahlreiche Österreicherinnen und Österreicher, die bei europäischen Institutionen '
           'arbeiten, an der Aktion teilgenommen und in den Schulklassen über ihre spannenden Tätigkeiten, aktuelle '
           'EU-Themen sowie die vielfältigen Aufgaben der Institutionen berichtet. Wir bedanken uns herzlich bei allen '
           'Referentinnen und Referenten, die in den vergangenen Monaten bereits an ' + BTS + ' teilgenommen haben, und '
           'jenen, die im Herbst einen Schulbesuch planen!',
           'Im Folgenden finden Sie persönliche Eindrücke und Erfahrungen der Vortragenden, die an ' + BTS + ' 2023 '
           'bereits teilgenommen haben – direkt aus den Klassenzimmern!'],
    quotes=[(BTS, None, 0),
            ('"Rückkehr"', None),
            (BTS, None, 1),
            ('"Zentrum polis – Politik Lernen in der Schule"', None),
            (BTS, None, 2),
            (BTS, None, 3)],
    aliases={})

# --- German Wikinews (de.wikiactu.com mirror) ---

add(id="ho28-wn-2006-10-07-afghanistan-journalisten",
    title="Zwei deutsche Journalisten in Afghanistan ermordet",
    url="https://de.wikinews.org/wiki/Zwei_deutsche_Journalisten_in_Afghanistan_ermordet",
    retrieved="http://de.wikiactu.com/?cat=9174 (" + MIRROR.format(date="07.10.2006") + "; here the status box reads "
              "'Artikelstatus: Fertig 20:35, 7. Okt. 2006 (CEST) / Bitte keine weiteren inhaltlichen Veränderungen "
              "vornehmen, sondern einen Folgeartikel schreiben.'; the map caption 'Lage der Provinz Bamiyan' dropped "
              "(rule 14); the fourth paragraph 'Die Taliban haben jede Verantwortung für die Ermordung der beiden "
              "Journalisten bestritten: „Unsere Mudschaheddin greifen keine J', cut off inside its quotation in the "
              "stored copy, dropped (rule 15))",
    license=WN,
    paras=["Kabul (Afghanistan), 07.10.2006 – In Afghanistan wurden einem Sprecher des afghanischen Innenministeriums "
           "zufolge zwei deutsche Journalisten erschossen aufgefunden. Ein Mann und eine Frau waren auf dem Weg von der "
           "Provinz Baglan im Norden in die Provinz Bamiyan. Sie haben laut tagesschau.de an einem Ort namens Abi Tootak "
           "ihr Zelt aufgeschlagen, in dem sie später tot aufgefunden wurden. Die Darstellung des Polizeichefs Bamiyans, "
           "General Mohammed Dschalal Haschimis, legt eine andere Interpretation nahe: „Unbekannte Aufständische haben "
           "ihr Fahrzeug mit Kugeln regelrecht durchsiebt.“ Der Vorfall soll sich in der Nacht von Freitag auf Samstag "
           "ereignet haben.",
           "Wie ein ISAF-Sprecher mitteilte, hätten die beiden Journalisten die Arbeit der ISAF begleitet. Seit Mittwoch "
           "letzter Woche seien sie jedoch auf eigene Faust unterwegs gewesen. Asim Haschimi sagte, vermutlich hätten die "
           "beiden Journalisten für die Deutsche Welle gearbeitet. Der Sender hat diese Information inzwischen bestätigt. "
           "Es handele sich um zwei freie Mitarbeiter des Senders, hieß es in dem Internetportal des Senders. Nach "
           "Angaben afghanischer Behörden hätten die beiden Journalisten an einer Dokumentation gearbeitet.",
           "Die Sicherheitslage in Afghanistan gilt in diesem Jahr als schwieriger als in den vergangenen Jahren. Im "
           "Norden des Landes, in dem auch die Bundeswehr im Rahmen der ISAF ihren Dienst tut, soll es der Einschätzung "
           "der Nachrichtenagentur Reuters zufolge relativ ruhig sein."],
    quotes=[("„Unbekannte Aufständische haben ihr Fahrzeug mit Kugeln regelrecht durchsiebt.“",
             "Mohammed Dschalal Haschimis")],
    aliases={"Mohammed Dschalal Haschimis": ["Mohammed Dschalal Haschimis", "General Mohammed Dschalal Haschimis"]})
