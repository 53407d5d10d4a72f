# Sixty-second held-out German real-news set (tests/data/heldout62-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 430-432). None of these pages is in
# any tests/data/*.jsonl (checked by mirror category number, title, speaker names and a distinctive phrase against every
# annotation module, every SOURCES file and the texts of all sets: no hit). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: German Wikinews (CC BY 2.5): articles of 2006-2014 (crime, an air disaster, the Olympic torch relay, the project itself) as stored on
# the de.wikiactu.com mirror and on de.m.wikinews.org. Stored copies are the beginnings of the pages; only complete paragraphs are kept (rule 15).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402,F401
from licences import MIRROR, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- German Wikinews: articles as stored on the de.wikiactu.com mirror ---

p3 = ("Der 33-jährige Dorner soll nahe Los Angeles die Tochter eines pensionierten Polizisten und deren Lebenspartner "
      "getötet haben. Den im Ruhestand befindlichen Polizisten macht Dorner für seine Entlassung mitverantwortlich. Neben "
      "diesen Morden wird ihm die Tötung eines Polizisten vorgeworfen, zwei weitere soll er verletzt haben. Auf seine "
      "Ergreifung ist ein Kopfgeld von einer Million Dollar (knapp 750.000 Euro) ausgesetzt. Der Bürgermeister von Los "
      "Angeles, Antonio Villaraigosa sagte: „Wir werden diesen Terror, der uns den Frieden raubt, nicht tolerieren“ und "
      "„wir können nicht tolerieren, dass dieser Mörder in Freiheit ist.“")
add(id="ho62-wn-2013-02-11-dorner-fahndung",
    title="Kalifornien: Mordender Ex-Polizist wird gejagt",
    url="https://de.wikinews.org/wiki/Kalifornien:_Mordender_Ex-Polizist_wird_gejagt",
    retrieved="http://de.wikiactu.com/?cat=280 (" + MIRROR.format(date="11.02.2013") + "; the caption 'Big Bear Lake in "
              "den San Bernardino Mountains' dropped (rule 14); the paragraph 'Dorner veröffentlichte auf seiner …', cut "
              "off in the stored copy, dropped with the rest of the article (rule 15); the parenthesis '(Bild einer "
              "Überwachungskamera)' kept as published)",
    license=WN,
    paras=["Big Bear City (Vereinigte Staaten), 11.02.2013 – Christopher Jordan Dorner (Bild einer Überwachungskamera) gilt "
           "als extrem gefährlich. Der Ex-Polizist soll drei Menschen getötet haben. Seit vier Tagen läuft eine groß "
           "angelegte Fahndung, die sich inzwischen auf die Umgebung von Big Bear Lake etwa 100 Kilometer von Los Angeles "
           "entfernt konzentriert.",
           "Das Wetter im Fahndungsraum ist extrem schlecht. Es hat 15 Grad minus, ein schneidender Wind weht und es ist "
           "viel Schnee gefallen. Der Flüchtige wird in den Wäldern um Big Bear Lake vermutet, am Donnerstag war der "
           "ausgebrannte Pick-up-Truck des mutmaßlichen Mörders mit einer gebrochenen Achse in dem Gebiet entdeckt worden. "
           "Nach einer Wetterbesserung setzt die Polizei bei der Suche auf Hubschrauber, die mit Wärmebildkameras "
           "ausgestattet sind. Mehr als 100 Polizeibeamte sind an der Menschenjagd beteiligt. Dorner soll schwer bewaffnet "
           "sein und ein Sturmgewehr sowie Boden-Luftraketen mit sich führen.",
           p3],
    quotes=[(cut(p3, "„Wir werden", "tolerieren“"), "Antonio Villaraigosa"),
            (cut(p3, "„wir können", "Freiheit ist.“"), "Antonio Villaraigosa")],
    aliases={"Antonio Villaraigosa": ["Antonio Villaraigosa", "Der Bürgermeister von Los Angeles"]})

p1 = ("Kiew / Donezk (Ukraine), 18.07.2014 – Bei Grabowo, östlich der Millionenstadt Donezk ist ein Flugzeug der Malaysian "
      "Airlies vom Typ Boeing 777-200ER, das auf dem Weg von Amsterdam nach Kuala Lumpur in Malaysia war, mit ca. 300 "
      "Menschen an Bord abgestürzt. Nach Angaben des amerikanischen Vizepräsidenten Joe Biden handele es sich "
      "„offensichtlich“ bei dem Zwischenfall um „keinen Unfall“, sondern das Flugzeug wurde „vom Himmel geholt“. "
      "Ukrainische Regierung und prorussische Separatisten werfen sich gegenseitig vor, das Flugzeug abgeschossen zu "
      "haben. Die Separatisten beschuldigten die ukrainische Armee einer „Provokation“, während es nicht unbedingt eine "
      "Erklärung dafür gibt, warum die ukrainische Armee Flugabwehrraketen gegen die Separatisten einsetzen sollte, wenn "
      "diese gar nicht über Flugzeuge verfügen. Nach Angaben der Separatisten seien sie selbst nicht in der Lage, "
      "Flugzeuge in solcher Höhe abzuschießen, da ihnen entsprechende Waffen fehlen würden. Die russische "
      "Nachrichtenagentur ITAR-TASS hatte allerdings bereits im Juni gemeldet, dass die Separatisten über Raketen des "
      "russischen Systems Buk verfügen. Die Seperatisten dementieren jedoch weiterhin heftig, sie hätten die Maschine "
      "abgeschossen und wollen internationale Experten die Ursache untersuchen lassen.")
add(id="ho62-wn-2014-07-18-mh17-abgeschossen",
    title="Malaysia-Airlines-Flug 17 über dem Osten der Ukraine offenbar abgeschossen",
    url="https://de.wikinews.org/wiki/Malaysia-Airlines-Flug_17_%C3%BCber_dem_Osten_der_Ukraine_offenbar_abgeschossen",
    retrieved="http://de.wikiactu.com/?cat=1813 (" + MIRROR.format(date="18.07.2014") + "; the caption 'Die abgeschossene "
              "Maschine 2010 in Perth, West-Australien' dropped (rule 14); the second paragraph 'Der amerikanische "
              "Präsident Barack Obama telefonierte … an Ort und Stelle zu verbleiben', cut off in the stored copy, dropped "
              "(rule 15); the published 'Malaysian Airlies' and 'Seperatisten' kept (rule 20))",
    license=WN,
    paras=[p1],
    quotes=[("„offensichtlich“", "Joe Biden"),
            ("„keinen Unfall“", "Joe Biden"),
            ("„vom Himmel geholt“", "Joe Biden"),
            ("„Provokation“", "prorussische Separatisten")],
    aliases={"Joe Biden": ["Joe Biden", "amerikanischen Vizepräsidenten Joe Biden"],
             "prorussische Separatisten": ["prorussische Separatisten", "Die Separatisten"]})

add(id="ho62-wn-2008-05-04-fackel-macao",
    title="Die Olympische Fackel hat Macao erreicht",
    url="https://de.wikinews.org/wiki/Die_Olympische_Fackel_hat_Macao_erreicht",
    retrieved="http://de.wikiactu.com/?cat=5831 (" + MIRROR.format(date="04.05.2008") + "; 'Quellen' and the licence "
              "notice after the body dropped (rule 14); the article is complete in the stored copy; the next article of the "
              "mirror page ('Schumacher erstmals führend in der WM-Wertung', cut off) is not part of the document)",
    license=WN,
    paras=["Macao (Volksrepublik China), 04.05.2008 – Am Freitag wurde in Hongkong von den dortigen Zuschauern der "
           "Fackellauf bejubelt und es ist vereinzelt zu Protesten gekommen. Die olympische Fackel ist auf ihrer zweiten "
           "Station in Macao eingetroffen. Am Flughafen wurde mit Löwentänzen und Fahnen das olympische Feuer bejubelt. Auf "
           "einer Länge von 27 Kilometern trugen 120 Läufer die Fackel durch die Stadt. Der Fackellauf durch Macao verlief "
           "erwartungsgemäß ruhig. Viele Besucher waren in die ehemalige portugiesische Kolonie gekommen. Einige Zuschauer "
           "trugen T-Shirts mit der Aufschrift „Ich liebe China“ und andere posierten mit chinesischen Flaggen. Am Sonntag, "
           "den 4. Mai wird das olympische Feuer auf der südchinesischen Insel Hainan erwartet. Die Fackel soll 30 "
           "Kilometer durch das beliebte Touristenzentrum Sanya getragen werden. Die Fackel soll bis Dienstag in Hainan "
           "bleiben und wird am Mittwoch durch die südchinesische Metropole Guangzhou (Kanton) getragen."],
    quotes=[("„Ich liebe China“", None)],
    aliases={})

# --- German Wikinews: an article read on the mobile site de.m.wikinews.org ---

p2 = ("„Wir erhoffen uns durch diesen Schritt einen größeren Zulauf zum Projekt“, sagte ein aktiver Benutzer von Wikinews. "
      "Bisher schreckten viele von der Angabe ihres Namen und der Adresse zurück. Um trotzdem eine Gewähr zu haben, dass die "
      "eingebrachten Informationen richtig sind, haben die Wikinewsbenutzer nun das so genannte „englische Prinzip“ "
      "(gültig in der englischsprachigen Version von Wikinews) eingeführt. Danach muss der Benutzer auf der "
      "Diskussionsseite des Artikels ausführlich notieren, wie er an diese Informationen gekommen ist. Beispielsweise "
      "fallen Informationen über einen selbstbeobachteten Zwischenfall darunter, der von keiner Onlinequelle dokumentiert "
      "ist.")
add(id="ho62-wn-2006-10-30-erste-hand",
    title="Mehr Bürgerjournalismus: de.wikinews.org ändert Regelung für Berichterstattung aus erster Hand",
    url="https://de.m.wikinews.org/wiki/Mehr_B%C3%BCrgerjournalismus:_de.wikinews.org_%C3%A4ndert_Regelung_f%C3%BCr_Berichterstattung_aus_erster_Hand",
    retrieved="same address (stored mobile page of the article of 30.10.2006; the status box 'Artikelstatus: Fertig 21:34, "
              "30. Okt. 2006 (CET) Bitte keine weiteren inhaltlichen Veränderungen vornehmen, sondern einen Folgeartikel "
              "schreiben.' dropped (rule 14); the third paragraph 'Im deutschsprachigen Wikinewsprojekt wurden bisher 4827 "
              "Artikel veröffentlicht … Zul', cut off in the stored copy, dropped (rule 15); the published 'ihres Namen' "
              "kept (rule 20))",
    license=WN,
    paras=["30.10.2006 – Vor knapp zwei Jahren, am 3. Dezember 2004, entstand die deutschsprachige Wikinewsversion. Seitdem "
           "schreiben dort Freiwillige mit Hilfe einer Wiki-Software Nachrichtenartikel, die von einem neutralen Standpunkt "
           "aus geschrieben sind, und unter einer freien Lizenz (Creative Commons Attribution 2.5) veröffentlicht werden. Nun "
           "hat sich das Projekt in einem entscheidenden Punkt weiterentwickelt. Die Benutzer des Wikimediaprojekts haben am "
           "24. Oktober 2006 eine Änderung der Regelung für Berichterstattung aus erster Hand beschlossen. Danach darf ab "
           "sofort jeder Benutzer selbstrecherchierte Informationen in einen Wikinews-Nachrichtenartikel einfließen lassen. "
           "Dies war in der Form bisher nicht möglich. Nur so genannte akkreditierte Benutzer, die ihren Namen und weitere "
           "Daten auf der eigenen Benutzerseite hinterlegt hatten, konnten bislang davon Gebrauch machen.",
           p2],
    quotes=[(cut(p2, "„Wir erhoffen", "Projekt“"), "aktiver Benutzer"),
            ("„englische Prinzip“", None)],
    aliases={"aktiver Benutzer": ["aktiver Benutzer", "ein aktiver Benutzer von Wikinews"]})
