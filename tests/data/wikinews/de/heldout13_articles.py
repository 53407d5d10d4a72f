# Thirteenth held-out German real-news set (tests/data/heldout13-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-76; no new rule was needed). None of these pages is in any tests/data/*.jsonl (checked by
# mirror category number, title and distinctive strings against every annotation module, every SOURCES file and the
# texts of all sets: no hit). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: German Wikinews (CC BY 2.5): eight articles of 2008-2016 as stored on the de.wikiactu.com mirror. Each
# document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402,F401
from licences import MIRROR, WN  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)



# --- German Wikinews: articles as stored on the de.wikiactu.com mirror ---

p2 = ("Regierungssprecher Steffen Seibert teilte mit, dass die Bundeskanzlerin mit Präsident Hu Jintao und "
      "Ministerpräsident Wen Jiabao Gespräche führen wird. Auch wird sie dafür werben, dass China das Ölembargo gegen den "
      "Iran unterstützt und zumindest die Abnahmemenge nicht erhöht. Wenige Tage vor der Abreise hatte die "
      "Bundeskanzlerin die gute Zusammenarbeit mit China herausgestellt, wo bei es in manchen Fragen unterschiedliche "
      "Auffassungen gebe: „Es gibt Bereiche, in denen haben wir unterschiedliche Meinungen, zum Beispiel, was die "
      "Sanktionen gegenüber dem Iran und seinem Nuklearprogramm anbelangt.“ Vor dem Hintergrund der Proteste in Tibet "
      "sollen auch Menschenrechtsfragen erörtert werden.")
add(id="ho13-wn-2012-01-28-merkel-china",
    title="Bundeskanzlerin Merkel reist nach China",
    url="https://de.wikinews.org/wiki/Bundeskanzlerin_Merkel_reist_nach_China",
    retrieved="http://de.wikiactu.com/?cat=2190 (" + MIRROR.format(date="28.01.2012") + " (the mirror repeats the "
              "headline, once with ' – Wikinews, die freie Nachrichtenquelle'); the caption 'Geschäftsviertel in Peking' "
              "dropped (rule 14); 'Themenverwandte Artikel', 'Portal:China', 'Quellen' and the licence notice after the "
              "body dropped (rule 14); the article is complete in the stored copy; the next article of the mirror page "
              "('Zahl der Erdbebentoten in Chinas Provinz Quinghai sprunghaft angestiegen', cut off) is not part of the "
              "document; the published 'wo bei' kept (rule 20))",
    license=WN,
    paras=["Berlin (Deutschland), 28.01.2012 – In Begleitung einer Wirtschaftsdelegation wird die deutsche "
           "Bundeskanzlerin Angela Merkel vom 1. bis 4. Februar 2012 nach China reisen. Sie wird Peking und die Provinz "
           "Kanton besuchen, wo sie an einem Wirtschaftsforum teilnehmen wird. In Peking ist eine Rede vor der Akademie "
           "für Sozialwissenschaften geplant.",
           p2],
    quotes=[(cut(p2, "„Es gibt Bereiche", "anbelangt.“"), "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin"]})

p2 = ("Einen Tag vor dem Sondergipfel wurde bekannt, dass die beiden Journalisten aus dem Gefängnis einen Offenen Brief "
      "an Bundeskanzlerin Angela Merkel, Frankreichs Staatschef François Hollande und den britischen Premierminister "
      "David Cameron geschrieben hatten. In dem Brief fordern sie, „die westlichen Werte wie Bürgerrechte, Meinungs- und "
      "Pressefreiheit hoch zu halten und sie zu verteidigen“.")
add(id="ho13-wn-2015-12-03-cumhuriyet-chefredakteur",
    title="Chefredakteur der regierungskritischen türkischen Zeitung „Cumhuriyet“ wurde verhaftet",
    url="https://de.wikinews.org/wiki/Chefredakteur_der_regierungskritischen_t%C3%BCrkischen_Zeitung_%E2%80%9ECumhuriyet%E2%80%9C_wurde_verhaftet",
    retrieved="http://de.wikiactu.com/?cat=1714 (" + MIRROR.format(date="03.12.2015") + "; the caption 'Can Dündar' "
              "dropped (rule 14); 'Themenverwandte Artikel', 'Portal:Türkei', 'Quellen' and the licence notice after the "
              "body dropped (rule 14); the article is complete in the stored copy; the next article of the mirror page "
              "('Parlamentswahl in der Türkei: AKP verliert absolute Mehrheit', in wikinews-de) is not part of the "
              "document)",
    license=WN,
    paras=["Ankara (Türkei), 03.12.2015 – Drei Tage vor dem EU-Sondergipfel, auf dem mit der Türkei über die "
           "Flüchtlingskrise verhandelt werden sollte, wurden Can Dündar, Chef der türkischen Tageszeitung Cumhuriyet, "
           "und Erdem Gül, sein Hauptstadtkorrespondent, verhaftet. Die Zeitung hatte Fotos von Waffenlieferungen "
           "veröffentlicht.",
           p2],
    quotes=[("„Cumhuriyet“", None),
            (cut(p2, "„die westlichen", "verteidigen“"), "Can Dündar")],
    aliases={"Can Dündar": ["Can Dündar", "Erdem Gül"]})

p1 = ("Teheran (Iran), 08.11.2011 – Der Präsident der Islamischen Republik Iran, Mahmud Ahmadinedschad, hat sich am Tag "
      "vor der Veröffentlichung eines Berichts der internationalen Atomenergieorganisation IAEA zu den nukleartechnischen "
      "Entwicklungen in seinem Land erneut zu Wort gemeldet. Israel und „der Westen“ wollten den Einfluss des Irans "
      "„vernichten“.")
p2 = ("Der Politiker hatte sich in der jüngsten Vergangenheit wiederholt gegen Israel gewandt, indem er den Staat als "
      "„Schandfleck“ bezeichnete, der „beseitigt werden muss“ und der seine Existenz überhaupt nur einer „Lüge“ "
      "verdanke. Mit letzterem meinte der Präsident den Holocaust.")
add(id="ho13-wn-2011-11-08-ahmadinedschad-warnt",
    title="Ahmadinedschad warnt erneut vor Militärschlag gegen sein Land",
    url="https://de.wikinews.org/wiki/Ahmadinedschad_warnt_erneut_vor_Milit%C3%A4rschlag_gegen_sein_Land",
    retrieved="http://de.wikiactu.com/?cat=842 (" + MIRROR.format(date="08.11.2011") + "; the caption 'Der Iran "
              "erforscht die Nuklearenergie und will Israel „beseitigen“.' dropped with its marks (rule 14); the paragraph "
              "'Der israelische Präsident Schimon Peres hatte sich am Wochenende …', cut off in the stored copy, dropped "
              "(rule 15))",
    license=WN,
    paras=[p1, p2,
           "Im Iran wird seit Jahren auf dem Gebiet der Kernenergie geforscht. Die politische Führung des Landes hat dazu "
           "stets die Stellungnahme verbreitet, man wolle die Kernkraft zur Energieerzeugung nutzen. Nach der Ansicht "
           "einiger Beobachter versucht das Land aber auch, eine Nuklearstreitmacht zu errichten. Aufgrund der offen "
           "deklarierten Feindschaft gegenüber Israel wird dort befürchtet, zum Opfer eines Vernichtungsangriffs zu "
           "werden. Nach Ansicht einiger Beobachter ist ein Teil der Terrorangriffe vonseiten palästinensischer "
           "Extremisten gegen israelische Bürger von iranischer Seite unterstützt worden. Dass auch Israel über eine "
           "Nuklearstreitmacht verfügt, ist offiziell nie bestätigt worden, gilt aber als unumstritten."],
    quotes=[("„der Westen“", "Mahmud Ahmadinedschad"),
            ("„vernichten“", "Mahmud Ahmadinedschad"),
            ("„Schandfleck“", "Mahmud Ahmadinedschad"),
            ("„beseitigt werden muss“", "Mahmud Ahmadinedschad"),
            ("„Lüge“", "Mahmud Ahmadinedschad")],
    aliases={"Mahmud Ahmadinedschad": ["Mahmud Ahmadinedschad", "Ahmadinedschad"]})

p2 = ("Eine Stunde später trat der neue Papst dann auf den Balkon des Petersdoms vor die auf dem Petersplatz wartende "
      "Menschenmenge: „Brüder und Schwestern! Guten Abend! Ihr wisst, es war die Aufgabe des Konklaves, Rom einen "
      "Bischof zu geben. Es scheint, meine Mitbrüder, die Kardinäle, sind fast bis ans Ende der Welt gegangen, um ihn "
      "zu holen. … Aber wir sind hier. … Ich danke euch für diesen Empfang.“ Der neue Papst bat die Gläubigen um ein "
      "Gebet, bevor er sie segnete.")
add(id="ho13-wn-2013-03-15-habemus-papam-franziskus",
    title="Habemus papam: Franziskus ist Nachfolger von Benedikt XVI.",
    url="https://de.wikinews.org/wiki/Habemus_papam:_Franziskus_ist_Nachfolger_von_Benedikt_XVI.",
    retrieved="http://de.wikiactu.com/?cat=1418 (" + MIRROR.format(date="15.03.2013") + "; the caption 'Papst "
              "Franziskus als Kardinal (2008)' dropped (rule 14); the dateline without a country kept as published "
              "(rule 13); the paragraph 'Der 76-Jährige gilt politisch als sozialkonservativ: …', cut off in the stored "
              "copy ('… fuhr er in'), dropped with its quoted 'der Erste' (rule 15))",
    license=WN,
    paras=["Vatikanstadt, 15.03.2013 – Um etwa 19:00 Uhr war es vorgestern so weit: Weißer Rauch stieg aus der "
           "Sixtinischen Kapelle auf, das Konklave hat einen Nachfolger für Benedikt XVI. gewählt. Insgesamt fünf "
           "Wahlgänge waren notwendig, bis die 115 wahlberechtigten Kardinäle Jorge Mario Bergoglio, den Erzbischof von "
           "Buenos Aires, zum Papst wählten. Bergoglio ist damit der erste lateinamerikanische und der zweite "
           "nichteuropäische Papst. Der Jesuit gab sich den Namen Franziskus.",
           p2],
    quotes=[(cut(p2, "„Brüder und", "Empfang.“"), "Jorge Mario Bergoglio")],
    aliases={"Jorge Mario Bergoglio": ["Jorge Mario Bergoglio", "Bergoglio", "Franziskus", "Papst"]})

add(id="ho13-wn-2014-10-10-hongkong-unterstuetzer-festgenommen",
    title="Unterstützer der Hongkonger Proteste in China festgenommen",
    url="https://de.wikinews.org/wiki/Unterst%C3%BCtzer_der_Hongkonger_Proteste_in_China_festgenommen",
    retrieved="http://de.wikiactu.com/?cat=269 (" + MIRROR.format(date="10.10.2014") + "; 'Themenverwandte Artikel' and "
              "its list of related articles (cut off in the stored copy) dropped (rule 14); the three body paragraphs "
              "are complete in the stored copy)",
    license=WN,
    paras=["Peking (China), 10.10.2014 – Wie die BBC und Al Jazeera berichten, wurden seit Anfang Oktober in der "
           "chinesischen Hauptstadt Peking mindestens zwölf Aktivisten festgenommen, die die Proteste gegen die "
           "Wahlrechtsreform in Hongkong unterstützt hatten. Am Beginn der Verhaftungen stand am 1. Oktober der Dichter "
           "Wang Zang. Anlass war scheinbar ein von ihm auf dem in China blockierten Kurznachrichtendienst Twitter "
           "veröffentlichtes Bild, mit dem er seine Unterstützung für die Demonstranten in Hongkong ausdrückte.",
           "Wang hätte zusammen mit den anderen in Peking später festgenommenen Menschen am 2. Oktober an einer "
           "Veranstaltung mit Musik und Lesungen zur Unterstützung der Proteste im Pekinger Künstlerviertel Songzhuang "
           "teilnehmen sollen. Sicherheitskräfte waren im Umfeld dieser Veranstaltung anwesend und wurden handgreiflich, "
           "um die Teilnahme von Journalisten der BBC zu verhindern. Mit Wang Zang wurde in Peking mindestens einer der "
           "Aktivisten wegen „Störung des Friedens und Unruhestiftung“ offiziell angeklagt, wie sein Anwalt berichtet.",
           "Der BBC sind sieben der Verhafteten namentlich bekannt. Amnesty International weiß von weiteren Personen, die "
           "in anderen Provinzen der Volksrepublik als Unterstützer der Proteste in Hongkong unter Polizeiaufsicht "
           "gestellt wurden. Eine genaue Zahl von Personen ist aber niemandem bekannt. Amnesty International sagte "
           "dazu, die jetzt bekannten Fälle könnten nur die Spitze eines Eisbergs sein."],
    quotes=[("„Störung des Friedens und Unruhestiftung“", None)],
    aliases={})

add(id="ho13-wn-2008-05-04-olympische-fackel-macao",
    title="Die Olympische Fackel hat Macao erreicht",
    url="https://de.wikinews.org/wiki/Die_Olympische_Fackel_hat_Macao_erreicht",
    retrieved="http://de.wikiactu.com/?cat=5831 (" + MIRROR.format(date="04.05.2008") + "; 'Quellen' and the licence "
              "notice after the body dropped (rule 14); the article is complete in the stored copy; the next article of "
              "the mirror page ('Schumacher erstmals führend in der WM-Wertung', cut off) is not part of the document)",
    license=WN,
    paras=["Macao (Volksrepublik China), 04.05.2008 – Am Freitag wurde in Hongkong von den dortigen Zuschauern der "
           "Fackellauf bejubelt und es ist vereinzelt zu Protesten gekommen. Die olympische Fackel ist auf ihrer zweiten "
           "Station in Macao eingetroffen. Am Flughafen wurde mit Löwentänzen und Fahnen das olympische Feuer bejubelt. "
           "Auf einer Länge von 27 Kilometern trugen 120 Läufer die Fackel durch die Stadt. Der Fackellauf durch Macao "
           "verlief erwartungsgemäß ruhig. Viele Besucher waren in die ehemalige portugiesische Kolonie gekommen. Einige "
           "Zuschauer trugen T-Shirts mit der Aufschrift „Ich liebe China“ und andere posierten mit chinesischen Flaggen. "
           "Am Sonntag, den 4. Mai wird das olympische Feuer auf der südchinesischen Insel Hainan erwartet. Die Fackel "
           "soll 30 Kilometer durch das beliebte Touristenzentrum Sanya getragen werden. Die Fackel soll bis Dienstag in "
           "Hainan bleiben und wird am Mittwoch durch die südchinesische Metropole Guangzhou (Kanton) getragen."],
    quotes=[("„Ich liebe China“", None)],
    aliases={})

add(id="ho13-wn-2015-03-05-vw-china-absatz",
    title="Meistverkaufte Fahrzeuge in China Januar 2015 – VW weiter erfolgreich",
    url="https://de.wikinews.org/wiki/Meistverkaufte_Fahrzeuge_in_China_Januar_2015_%E2%80%93_VW_weiter_erfolgreich",
    retrieved="http://de.wikiactu.com/?cat=271 (" + MIRROR.format(date="05.03.2015") + "; the table of the 20 models "
              "('Platz Modell Anzahl Veränderung zu Jan. 14' and its rows) dropped as a table, not prose (rule 14); "
              "'Themenverwandte Artikel', 'Portal:Wirtschaft', 'Quellen' and the licence notice dropped (rule 14))",
    license=WN,
    paras=["Peking (China), 05.03.2015 – Unter den 20 meistverkauften Fahrzeugen in der Volksrepublik China befanden sich "
           "im Januar 2015 acht Modelle des deutschen Automobilkonzerns Volkswagen. Für den Gesamtkonzern ist China "
           "mittlerweile der wichtigste einzelne Absatzmarkt mit ca. 4,44 Mio. verkauften Fahrzeugen. Der VW Lavida zählt "
           "dort trotz eines Rückgangs von mehr als 20 Prozent noch immer zu den erfolgreichsten Modellen.",
           "Die folgende Liste zeigt eine Übersicht über die meistverkauften Fahrzeuge aller Hersteller auf dem "
           "chinesischen Automarkt im Januar 2015 und die Veränderungen gegenüber dem Vorjahr. Diese Daten wurden von "
           "„China Auto Web“ ermittelt, dabei handelt es sich um eine englischsprachige Website aus China, auf welcher "
           "aktuelle Daten zum chinesischen Automarkt veröffentlicht werden."],
    quotes=[("„China Auto Web“", None)],
    aliases={})

add(id="ho13-wn-2016-03-31-lahore-anschlag",
    title="Selbstmordanschlag auf Kinderspielplatz in Pakistan",
    url="https://de.wikinews.org/wiki/Selbstmordanschlag_auf_Kinderspielplatz_in_Pakistan",
    retrieved="http://de.wikiactu.com/?cat=6288 (" + MIRROR.format(date="31.03.2016") + "; 'Themenverwandte Artikel', "
              "'Portal:Pakistan', the Wikipedia pointer 'In Wikipedia gibt es den weiterführenden Artikel „Terroranschlag "
              "in Lahore am 27. März 2016“.' (with its marks), 'Quellen' and the licence notice after the body dropped "
              "(rule 14); the three body paragraphs are complete in the stored copy)",
    license=WN,
    paras=["Lahore (Pakistan), 31.03.2016 – Ein Selbstmordattentäter hat am Ostersonntag in der pakistanischen "
           "Millionenstadt Lahore mindestens 70 Menschen getötet und wahrscheinlich mehr als 300 Menschen teilweise "
           "schwer verletzt. Es handelt sich um den schwersten Anschlag in Pakistan seit Monaten. Der Anschlag wurde ganz "
           "in der Nähe einer Kinderschaukel verübt, die meisten Opfer waren Frauen und Kinder. Nach ersten Berichten sei "
           "die talibanische Terrorgruppe Jamaat ul-Ahrar („Partei der Freiheitskämpfer“) verantwortlich, deren Aktionen "
           "sich oft gegen Christen richten.",
           "Das soziale Netzwerk Facebook aktivierte für Teilnehmer in Lahore ein Feature, so dass sie im Freundes- und "
           "Bekanntenkreis deutlich signalisieren können, ob sie sich in Sicherheit befinden oder ob sie verletzt wurden. "
           "Ein Sprecher der Terrorgruppe erklärte gegenüber der in Pakistan erscheinenden englischsprachigen "
           "Tageszeitung The Express Tribune, der Anschlag sei bewusst am christlichen Osterfest erfolgt.",
           "Neusten Meldungen zufolge stieg die Zahl der Toten auf 72, darunter sind 29 Kinder. 172 Verletzte müssen noch "
           "in Krankenhäusern behandelt werden. Die Ermittlungen haben ergeben, dass es sich um vier Angreifer handelte, "
           "von denen drei die Sicherheitskräfte am Eingang des Parks abgelenkt hatten, während der vierte zu seinem Ziel "
           "gelangte. Am darauffolgenden Montag wurden alle öffentlichen Parks in Lahore geschlossen und Veranstaltungen "
           "abgesagt."],
    quotes=[("„Partei der Freiheitskämpfer“", None)],
    aliases={})
