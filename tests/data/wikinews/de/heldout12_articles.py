# Twelfth held-out German real-news set (tests/data/heldout12-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-72 and the twelfth held-out rules 73 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL, mirror category number and title against every `source` field, every annotation module and every
# SOURCES file, and by distinctive strings of every document against the texts of all sets: no hit). The annotation
# was finished and committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut
# out of a paragraph with spans.cut.
# Sources: German Wikinews (CC BY 2.5): eleven articles of 2009-2016 as stored on the de.wikiactu.com mirror and one
# article of 2022 as stored on de.m.wikinews.org. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402,F401
from licences import MIRROR, WN  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)



# --- German Wikinews: articles as stored on the de.wikiactu.com mirror ---

p3 = ("Zum Wahlkampf in Dresden ist geplant, dass es, 36 Tage vor der Wahl beginnend, täglich auf jeder Elbeseite einen "
      "Stand geben wird. Auf diese Art und Weise soll sichergestellt werden, dass es in allen Stadtteilen einmal "
      "piratische Ansprechpartner gibt, welche über ihre Arbeit in der Partei informieren. „Ziel der Piraten in Sachsen "
      "ist der Einzug in den Landtag, die Bundestagswahl ist ein Testlauf dafür“, sagt der Landesvorsitzende. Einen "
      "Einzug ins Parlament hält er für realistisch.")
add(id="ho12-wn-2013-08-09-piraten-sachsen-geburtstag",
    title="Landesverband Sachsen der Piratenpartei Deutschland feiert seinen 5. Geburtstag",
    url="https://de.wikinews.org/wiki/Landesverband_Sachsen_der_Piratenpartei_Deutschland_feiert_seinen_5._Geburtstag",
    retrieved="http://de.wikiactu.com/?cat=5774 (" + MIRROR.format(date="09.08.2013") + "; the captions 'HäkelKon, "
              "Inklusionsplenum in Dresden im August 2013' and 'Das eingerahmte Gründungsprotokoll' dropped (rule 14); "
              "the paragraph '„Progressive Politik mit einem neuen Gesellschaftsbild, das sind die Piraten Sachsen“, sagt "
              "Sebastian Harmel …', cut off in the stored copy, dropped with its quotation (rule 15))",
    license=WN,
    paras=["Dresden (Deutschland), 09.08.2013 – Gestern vor fünf Jahren gründeten sich die PIRATEN Sachsen. Das wurde "
           "in der Landesgeschäftsstelle ausgiebig mit Gästen gefeiert, zur Eröffnung schnitt Vorstandsvorsitzender "
           "Florian André Unterburger eine Torte an.",
           "Einer der vielen Flyer auf dem Tisch weist darauf hin, dass es im stadtbekannten Alaunpark jetzt freies WLAN "
           "gibt, das Netzwerk nennt sich Piraten Freifunk. Ebenso liegt das aus Ökopapier gefertigte Wahlprogramm der "
           "Piratenpartei zur Bundestagswahl 2013 aus, es steht unter freier Lizenz und hat 92 ausgewiesene Seiten.",
           p3],
    quotes=[(cut(p3, "„Ziel der Piraten", "dafür“"), "Florian André Unterburger")],
    aliases={"Florian André Unterburger": ["Florian André Unterburger", "Vorstandsvorsitzender Florian André Unterburger",
                                           "Vorstandsvorsitzender", "Landesvorsitzende"]})

add(id="ho12-wn-2015-12-23-verteidigungsministerin-deserteur",
    title="Deutsche Verteidigungsministerin nimmt syrischen Deserteur auf",
    url="https://de.wikinews.org/wiki/Deutsche_Verteidigungsministerin_nimmt_syrischen_Deserteur_auf",
    retrieved="http://de.wikiactu.com/?cat=6574 (" + MIRROR.format(date="23.12.2015") + "; the caption 'Ministerin "
              "Ursula von der Leyen will Vorbild sein' dropped (rule 14); 'Themenverwandte Artikel', 'Portal:Syrien', "
              "'Quellen' and the licence notice after the body dropped (rule 14); the article is complete in the stored "
              "copy; the next article of the mirror page is not part of the document)",
    license=WN,
    paras=["Hannover (Deutschland), 23.12.2015 – Als vorbildlich wird in den deutschen Medien dargestellt, dass die "
           "deutsche Verteidigungsministerin Ursula von der Leyen einen syrischen Flüchtling bei sich aufgenommen habe. "
           "Die Ministerin erklärte dazu: „Für meine Kinder ist es unglaublich lehrreich zu sehen, wie sehr er sich "
           "durchbeißen musste.“",
           "Der heute 20jährige Mann aus Syrien hatte bereits im Jahr 2011 über den Reitsport Kontakt zu einer Tochter von "
           "der Leyens bekommen. Er stammt aus einer wohlhabenden Familie und stand vor der Wahl, in der Armee der "
           "syrischen Regierung oder bei den Rebellentruppen zu kämpfen. Schließlich hatte er sich Anfang 2014 aus der "
           "Hauptstadt Damaskus abgesetzt und war nach Deutschland gereist. Vorübergehend wohnte er im Hause der "
           "Ministerin bei Hannover. Ein Jahr später begann er mit einer Pilotenausbildung. Daneben betätigt er sich als "
           "Helfer in einer Asylunterkunft.",
           "In vielen Ländern der Erde gelten Männer, die sich dem Kriegsdienst entziehen, als Deserteur. In Syrien haben "
           "sich schätzungsweise 70.000 Männer dem Wehrdienst entzogen. Präsident Assad erließ im Sommer dieses Jahres "
           "eine Amnestie, um die schwindende Kampfkraft zurückzugewinnen."],
    quotes=[("„Für meine Kinder ist es unglaublich lehrreich zu sehen, wie sehr er sich durchbeißen musste.“",
             "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "Verteidigungsministerin", "Ministerin"]})

p2 = ("Drei Monate nach dem Tod von Johannes Paul II. hatte Benedikt XVI. bereits das Seligsprechungsverfahren eröffnet. "
      "Normalerweise ist die Eröffnung des Verfahrens frühestens fünf Jahre nach dem Tod der Person üblich. Das Verfahren "
      "geriet jedoch in der Zwischenzeit ins Stocken, als Zweifel daran aufkamen, ob die französische Ordensfrau Marie "
      "Simon-Pierre wirklich durch den Papst von ihrer Parkinson-Krankheit geheilt worden war, was als Wunder gelten "
      "würde. Voraussetzung für eine Seligsprechung ist nämlich neben den Bedingungen, „vorbildlich aus dem Glauben heraus "
      "gelebt“ zu haben und „Jesus Christus in besonderer Weise nachgefolgt“ zu sein, dass die betreffende Person ein "
      "Wunder vollbracht hat.")
add(id="ho12-wn-2011-01-14-johannes-paul-seligsprechung",
    title="Papst Johannes Paul II. soll seliggesprochen werden",
    url="https://de.wikinews.org/wiki/Papst_Johannes_Paul_II._soll_seliggesprochen_werden",
    retrieved="http://de.wikiactu.com/?cat=1415 (" + MIRROR.format(date="14.01.2011") + "; the caption 'Johannes Paul "
              "II. (2004)' dropped (rule 14); the next paragraph, of which the stored copy keeps one letter ('T'), "
              "dropped (rule 15))",
    license=WN,
    paras=["Rom (Italien), 14.01.2011 – Papst Johannes Paul II. soll am 1. Mai 2011 durch Papst Benedikt XVI. in Rom "
           "seliggesprochen werden. Das teilte der Präfekt der Kongregation für die Selig- und Heiligsprechungsprozesse, "
           "Kardinal Angelo Amato, in Rom mit. Der Vorgänger von Benedikt XVI. soll ein Wunder vollbracht haben.",
           p2,
           "Die Nonne soll plötzlich von ihrer Parkinson-Krankheit geheilt gewesen sein, nachdem Johannes Paul II. in den "
           "Monaten nach seinem Tod in Gebeten um Hilfe angefleht worden war. Die zuständige Medizinerkommission des "
           "Vatikan schaute sich, nachdem zunächst Zweifel aufgekommen waren, den Fall noch einmal genauer an und "
           "bestätigte am Ende das Wunder.",
           "Am 8. April 2005, als auf dem Petersplatz Millionen Gläubige Abschied von Johannes Paul II. nahmen, hatten sie "
           "mit den Ausrufen „Santo subito“ die sofortige Heiligsprechung des Papstes gefordert. Dazu ist jedoch der "
           "Nachweis von mindestens zwei Wundern nötig."],
    quotes=[("„vorbildlich aus dem Glauben heraus gelebt“", None),
            ("„Jesus Christus in besonderer Weise nachgefolgt“", None),
            ("„Santo subito“", "Gläubige")],
    aliases={"Gläubige": ["Gläubige"]})

add(id="ho12-wn-2011-12-28-virginia-republikaner",
    title="Virginia: Erste Republikaner scheitern",
    url="https://de.wikinews.org/wiki/Virginia:_Erste_Republikaner_scheitern",
    retrieved="http://de.wikiactu.com/?cat=1266 (" + MIRROR.format(date="28.12.2011") + "; 'Quellen' and the licence "
              "notice after the body dropped (rule 14); the article is complete in the stored copy; the next article of "
              "the mirror page ('Nevada: Werbespots fordern Latinos auf, nicht zur Wahl zu gehen', cut off in the stored "
              "copy) is not part of the document)",
    license=WN,
    paras=["Richmond (Vereinigte Staaten), 28.12.2011 – Fünf Kandidaten der Republikanischen Partei für die "
           "US-Präsidentschaftswahl konnten bis zum vergangenen Donnerstag 17:00 Uhr Ortszeit nicht genügend "
           "Unterschriften einreichen, um sich für die Vorwahl zu qualifizieren. Die Kandidaten Michelle Bachmann, Newt "
           "Gingrich, Jon Huntsman, Rick Perry und Rick Santorum dürfen in Virginia nicht antreten.",
           "In dem Bundesstaat gilt bei den Vorwahlen nicht das „Winner takes it all Prinzip“, daher werden sich die "
           "Wahlmännerstimmen nun auf die verbliebenen Kandidaten Ron Paul, Buddy Roemer und Mitt Romney verteilen.",
           "Die Demokraten in Virginia versicherten, Barack Obama habe genügend Unterstützerunterschriften gesammelt."],
    quotes=[("„Winner takes it all Prinzip“", None)],
    aliases={})

add(id="ho12-wn-2011-03-08-libyen-luftangriffe",
    title="Libyen: Luftangriffe gegen Regime-Gegner",
    url="https://de.wikinews.org/wiki/Libyen:_Luftangriffe_gegen_Regime-Gegner",
    retrieved="http://de.wikiactu.com/?cat=273 (" + MIRROR.format(date="08.03.2011") + "; the map caption "
              "'Hervorgehoben: Im Bürgerkrieg umkämpfte Orte in Libyen (zuletzt aktualisiert: 8. März 2011, 15:36 Uhr)' "
              "and its legend lines '5fd35f dot.svg = Orte unter Kontrolle von pro-Gaddafi-Kräften', '550000 dot.svg = "
              "Orte unter Kontrolle von Anti-Gaddafi-Kräften' dropped (rule 14); the paragraph 'Die von westlichen "
              "Staaten organisierte H…', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Ras Lanuf / Tripolis (Libyen) / Alexandria (Ägypten), 08.03.2011 – In Libyen tobt zwischen den Machthabern "
           "um Muammar al-Gaddafi und Aufständischen weiterhin ein erbitterter Kampf um die Kontrolle wichtiger Städte. "
           "Die libysche Luftwaffe flog heute Luftangriffe gegen die Stadt Ras Lanuf im Osten des Landes, die von "
           "Rebellen kontrolliert wird. Ras Lanuf ist ein wichtiger Ölhafen des Landes an der Mittelmeerküste. Auch die "
           "Stadt az-Zawiyya, 50 Kilometer westlich von Tripolis, stand unter dem Beschuss von regierungstreuen "
           "Militäreinheiten.",
           "Unterdessen verstärkten die Regierungen Großbritanniens und Frankreichs ihre Bemühungen im Rahmen der "
           "Vereinten Nationen, um eine Flugverbotszone über Libyen zu verhängen. AWACS-Aufklärungsflugzeuge der NATO "
           "kontrollieren den Luftraum über Libyen. Konkrete Vorhaben für ein militärisches Eingreifen gibt es bisher "
           "aber nicht. Allerdings bereite sich die NATO auf verschiedene Szenarien vor, erklärte NATO-Generalsekretär "
           "Anders Fogh Rasmussen gegenüber den Tagesthemen. Einen Alleingang der NATO schloss Rasmussen jedoch aus. Ein "
           "Militäreinsatz komme nur in Frage, wenn dazu ein entsprechendes Mandat der Vereinten Nationen vorläge.",
           "Der ehemalige deutsche Außenminister Joschka Fischer kritisierte heute das Krisenmanagement der Europäischen "
           "Union bezüglich der Entwicklungen in der arabischen Welt: „Es ist trostlos: keine Idee, kein Plan, keine "
           "Initiative.“"],
    quotes=[("„Es ist trostlos: keine Idee, kein Plan, keine Initiative.“", "Joschka Fischer")],
    aliases={"Joschka Fischer": ["Joschka Fischer"]})

p3 = ("Der deutsche Außenminister Guido Westerwelle zu den Beschlüssen: „Es geht darum, dass wir nicht akzeptieren "
      "können, dass der Iran nach der Atombombe greift. Und das ist nicht nur eine Frage der Sicherheit für die Region, "
      "sondern das ist eine Frage der Sicherheit für die gesamte Welt. Und deswegen müssen wir hier beherzt reagieren. "
      "Das tut niemand gerne, gleichzeitig bleibt auch die Tür zum Dialog geöffnet.“")
add(id="ho12-wn-2012-01-23-iran-sanktionen",
    title="Brüssel: EU-Außenminister einigen sich auf harte Sanktionen gegen den Iran",
    url="https://de.wikinews.org/wiki/Br%C3%BCssel:_EU-Au%C3%9Fenminister_einigen_sich_auf_harte_Sanktionen_gegen_den_Iran",
    retrieved="http://de.wikiactu.com/?cat=840 (" + MIRROR.format(date="23.01.2012") + "; the captions 'Karte mit den "
              "wichtigsten Standorten der iranischen Atompolitik' and 'Der Flugzeugträger USS Abraham Lincoln' dropped "
              "(rule 14); the paragraph 'Heute traf der Flugzeugträger „USS Abraham Linc…', cut off in the stored copy, "
              "dropped (rule 15))",
    license=WN,
    paras=["Brüssel (Belgien) / Teheran (Iran), 23.01.2012 – Heute verhängten die EU-Außenminister in Brüssel harte "
           "Sanktionen gegen den Iran. Das Regime in Teheran soll dazu bewegt werden, das Atomprogramm zu stoppen.",
           "Boykottiert werden sollen Öl und Ölprodukte aus dem Iran. Joint-Ventures sind untersagt, Lieferung neuer "
           "Banknoten und Münzen, der Verkauf von Gold, Diamanten und anderen Edelmetallen an den Iran wird verboten. Die "
           "schärfsten Sanktionen seit dem Jahr 2005 sollen am 1. Juli 2012 in Kraft treten. Die Frist wurde eingeräumt, "
           "da die Länder Griechenland, Italien und Spanien, so große Anteile ihres Rohölbedarfs über den Iran decken, "
           "dass Versorgungsengpässe befürchtet werden. Die Sanktionen werden vor dem 1. Mai nochmals geprüft. Ali "
           "Fallahian ist Mitglied des iranischen Expertenrats. Er forderte den sofortigen Stopp von Ölexporten, damit "
           "die Europäer nicht genug Zeit haben, sich auf andere Ölexportländer umzustellen. Zudem droht der Iran mit "
           "einer Blockade der für die Ölschifffahrt wichtigen Straße von Hormus.",
           p3],
    quotes=[(cut(p3, "„Es geht darum", "geöffnet.“"), "Guido Westerwelle")],
    aliases={"Guido Westerwelle": ["Guido Westerwelle"]})

p1 = ("Brüssel (Belgien), 24.03.2016 – Die belgische Polizei hat bei einer Razzia in der bei Brüssel gelegenen Gemeinde "
      "Molenbeek-Saint-Jean/Sint-Jans-Molenbeek den flüchtigen Attentäter Salah Abdeslam festgenommen. Abdeslam gilt als "
      "Hauptverantwortlicher für die Anschläge auf den Pariser Konzertsaal Bataclan und am Stade de France. Es war nach "
      "der Tat zwar von der Polizei bei Cambrai kontrolliert, jedoch nicht erkannt worden und hatte sich seitdem vor der "
      "Polizei verborgen. Entsprechende Meldungen bestätigte Belgiens Premierminister Charles Michel am Freitagabend "
      "(18. März) vor der Presse. Michel bestätigt damit Medienberichte und eine Twittermeldung von Theo Francken, dem "
      "Staatssekretär für Asyl und Immigration. Frankreichs Präsident François Hollande verlangte, die Auslieferung "
      "Abdeslams solle „so schnell wie möglich“ erfolgen. Der 26-jährige in Brüssel geborene Abdeslam wurde bei der "
      "Festnahme verletzt. Verhaftet wurden auch drei weitere Personen, die den mutmaßlichen Terroristen versteckt hatten, "
      "und ein weiterer Mittäter. Über die Identität der anderen Verhafteten machte die Polizei bislang keine Angaben. Im "
      "Zuge der Polizeirazzia waren Teile Molenbeeks abgeriegelt worden. Am Abend zogen die Einsatzkräfte ab, doch am "
      "Samstag wurden erneut Polizeikräfte nach Molenbeek geschickt.")
add(id="ho12-wn-2016-03-24-abdeslam-festgenommen",
    title="Paris-Attentäter Salah Abdeslam festgenommen",
    url="https://de.wikinews.org/wiki/Paris-Attent%C3%A4ter_Salah_Abdeslam_festgenommen",
    retrieved="http://de.wikiactu.com/?cat=5519 (" + MIRROR.format(date="24.03.2016") + "; the caption 'Das "
              "Bataclan-Theater in Paris: Hier wurden rund 90 Menschen von den Terroristen ermordet' dropped (rule 14); "
              "the published 'Es war nach der Tat …' kept (rule 20); the paragraph 'Abdeslam hat den Ermittlungen zufolge "
              "…', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=[p1],
    quotes=[("„so schnell wie möglich“", "François Hollande")],
    aliases={"François Hollande": ["François Hollande"]})

add(id="ho12-wn-2012-05-09-wahltag-schleswig-holstein",
    title="6. Mai 2012: Wahltag in Schleswig-Holstein, Frankreich und Griechenland",
    url="https://de.wikinews.org/wiki/6._Mai_2012:_Wahltag_in_Schleswig-Holstein,_Frankreich_und_Griechenland",
    retrieved="http://de.wikiactu.com/?cat=448 (" + MIRROR.format(date="09.05.2012") + " (the mirror shows the "
              "headline once here); the paragraph 'In Frankreich ist das Ergebnis klar. …', cut off in the stored copy "
              "inside the quotation „Ich bin sicher, …', dropped with it (rule 15))",
    license=WN,
    paras=["Kiel (Deutschland), 09.05.2012 – Neben den zukunftsweisenden Wahlereignissen in Frankreich und Griechenland "
           "verblassen die bisher nicht sonderlich aussagekräftigen Wahlergebnisse aus dem beschaulichen "
           "Schleswig-Holstein geradezu.",
           "Während sich in Europa eine absehbare Trendwende in der Politik abzeichnet, haben die Verschiebungen bei den "
           "Wähleranteilen der Parteien im nördlichsten Bundesland Deutschlands zu keinem klaren Ergebnis geführt. CDU "
           "und SPD kommen beide auf knapp über 30 Prozent. Überraschender Gewinner, aber im Vergleich zur letzten Wahl "
           "auch gleichzeitig Verlierer, ist die FDP (8,2 Prozent), die zusammen mit den Grünen (13,2 Prozent), den "
           "Piraten (8,2 Prozent) und dem SSW (4,6 Prozent) im Landtag vertreten sein wird. Nach den ersten "
           "Stellungnahmen strebt der Kieler Oberbürgermeister Torsten Albig (SPD) eine Regierungskoalition mit den "
           "Grünen und dem SSW an. Diese Koalition wird als „Dänen-Ampel“ bezeichnet. Die Linkspartei schaffte mit 2,2 "
           "Prozent nicht mehr den Einzug in den Kieler Landtag. Die Wahlbeteiligung lag mit 60,1 Prozent um 13,5 "
           "Prozentpunkte niedriger als bei der letzten Landtagswahl im Jahr 2009."],
    quotes=[("„Dänen-Ampel“", None)],
    aliases={})

p2 = ("„Zwangsmitglied“ in der AK ist jeder Arbeitnehmer, der bei einer in Niederösterreich ansässigen Firma beschäftigt "
      "ist. „Das ist ein untragbarer Zustand und bezeichnend für die Mentalität der SPÖ, die die Republik als "
      "Selbstbedienungsladen und Erbpacht betrachtet“, so Kickl in einer Aussendung, welcher sich an das alte "
      "Proporzsystem erinnert fühlt. Auch zieht Kickl einen Vergleich zwischen steigender Arbeitslosigkeit und Kurzarbeit "
      "und dass Gusenbauer hauptsächlich in eigener Sache arbeiten würde und dazu ein Taschengeld von der AK bekäme. "
      "Neben seiner Tätigkeit in der Arbeiterkammer und an zwei US-Universitäten ist Gusenbauer auch geschäftsführender "
      "Alleingesellschafter der Gusenbauer Projektentwicklung & Beteiligung GmbH.")
add(id="ho12-wn-2009-02-26-fpoe-gusenbauer",
    title="FPÖ fordert Gusenbauers Kündigung",
    url="https://de.wikinews.org/wiki/FP%C3%96_fordert_Gusenbauers_K%C3%BCndigung",
    retrieved="http://de.wikiactu.com/?cat=1937 (" + MIRROR.format(date="26.02.2009") + " (the mirror repeats the "
              "headline three times, once with ' – Wikinews, die freie Nachrichtenquelle'); the caption 'Alfred "
              "Gusenbauer' dropped (rule 14); 'Quellen' and the licence notice after the body dropped (rule 14); the "
              "article is complete in the stored copy)",
    license=WN,
    paras=["Wien (Österreich), 26.02.2009 – Die FPÖ fordert in einer Pressemitteilung, dass der ehemalige Bundeskanzler "
           "Alfred Gusenbauer seine Stellung bei der Arbeiterkammer Niederösterreich (AK) aufgeben solle. Herbert Kickl, "
           "einem Vertreter der Partei, stößt dabei sauer auf, dass Gusenbauer eine Woche im Monat nicht seiner Arbeit bei "
           "der AK NÖ nachgeht, sondern an US-amerikanischen Universitäten lehrt. Kickl fragt sich, ob er dadurch seine "
           "Pflichten vernachlässige. Die Stellung bei der AK ist mit etwa 4.000 Euro brutto dotiert und wird aus den "
           "Mitgliedschaftsbeiträgen bezahlt.",
           p2],
    quotes=[("„Zwangsmitglied“", None),
            (cut(p2, "„Das ist ein", "betrachtet“"), "Herbert Kickl")],
    aliases={"Herbert Kickl": ["Herbert Kickl", "Kickl"]})

add(id="ho12-wn-2013-03-07-chavez-tot",
    title="Venezuelas Präsident Hugo Chávez ist tot",
    url="https://de.wikinews.org/wiki/Venezuelas_Pr%C3%A4sident_Hugo_Ch%C3%A1vez_ist_tot",
    retrieved="http://de.wikiactu.com/?cat=1818 (" + MIRROR.format(date="07.03.2013") + "; the caption 'Hugo Chávez, "
              "2008' dropped (rule 14); 'Quellen' and the licence notice after the body dropped (rule 14); the article is "
              "complete in the stored copy; the next article of the mirror page ('Venezuela plant die Freilassung von "
              "20.000 Häftlingen', cut off) is not part of the document; the published mixed marks „…” kept (rule 21))",
    license=WN,
    paras=["Caracas (Venezuela), 07.03.2013 – Am Dienstag ist der venezolanische Präsident Hugo Chávez an den Folgen "
           "seines Krebsleidens gestorben. Bevor der Vizepräsident des Landes, Nicolás Maduro, die Nachricht bekannt gab, "
           "wurden alle Fernsehstationen und Radiosender zusammengeschaltet.",
           "Die Regierung des südamerikanischen Landes ordnete eine siebentägige Staatstrauer an; der „Commandante” soll am "
           "Freitag beigesetzt werden. In einem Monat wird voraussichtlich ein neuer Präsident gewählt. Als heißer Kandidat "
           "gilt Nicolás Maduro, den Chávez noch zu Lebzeiten als Nachfolger vorgesehen hatte.",
           "Auch der Anführer der Opposition, Henrique Capriles Radonski, sprach den Angehörigen sein Beileid aus. Er rief "
           "die Bevölkerung zudem zur Einheit auf. „In einer solch schwierigen Zeit müssen wir unsere tiefe Liebe und den "
           "Respekt für unser Land zeigen”, so der Politiker.",
           "Vor dem Krankenhaus, in dem Chávez behandelt wurde, versammelten sich seine Anhänger und trauerten. Vielerorts "
           "wurden Aktionen veranstaltet, bei denen um den „Christus der Armen in Südamerika” getrauert wurde.",
           "Es gab schon lange Spekulationen um den Gesundheitszustand des 58-Jährigen, der innerhalb der letzten "
           "eineinhalb Jahre bereits viermal wegen einer Krebserkrankung operiert wurde."],
    quotes=[("„Commandante”", None),
            ("„In einer solch schwierigen Zeit müssen wir unsere tiefe Liebe und den Respekt für unser Land zeigen”",
             "Henrique Capriles Radonski"),
            ("„Christus der Armen in Südamerika”", None)],
    aliases={"Henrique Capriles Radonski": ["Henrique Capriles Radonski"]})

p2 = ("Die Politikerin sagte der Welt am Sonntag: „Vergleiche mit dem Holocaust sind geschmacklos, wenn es um "
      "unterschiedliche Auffassungen in unserer Gesellschaft zu aktuellen Fragen wie auch der Rolle der Ehe, Familie und "
      "eingetragenen Lebenspartnerschaften geht“. Erzbischof Müller beklagte zuvor eine aufkommende „Pogromstimmung“ gegen "
      "die katholische Kirche. In einem Interview mit der Welt sprach er von „gezielten Diskreditierungskampagnen gegen die "
      "katholische Kirche“. Durch diese „Diskreditierungskampagnen“ sei es soweit gekommen, „dass Geistliche in manchen "
      "Bereichen schon jetzt ganz öffentlich angepöbelt werden“, so Müller.")
add(id="ho12-wn-2013-02-04-leutheusser-schnarrenberger-vatikan",
    title="Justizministerin Leutheusser-Schnarrenberger attackiert den Vatikan nach Holocaust-Vergleich",
    url="https://de.wikinews.org/wiki/Justizministerin_Leutheusser-Schnarrenberger_attackiert_den_Vatikan_nach_Holocaust-Vergleich",
    retrieved="http://de.wikiactu.com/?cat=6820 (" + MIRROR.format(date="04.02.2013") + "; the caption "
              "'Justizministerin Sabine Leutheusser-Schnarrenberger (FDP)' dropped (rule 14); the paragraph 'Erzbischof "
              "Müller äußerte sich zum innerkirchlichen Dialog …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["Berlin (Deutschland), 04.02.2013 – Die deutsche Justizministerin Sabine Leutheusser-Schnarrenberger griff "
           "den Chef der Glaubenskongregation des Vatikans, Gerhard Ludwig Müller, öffentlich an. Grund dafür war Müllers "
           "Klage über eine aufkommende „Pogromstimmung“ gegen die katholische Kirche. Leutheusser-Schnarrenberger "
           "forderte nun die Kirche auf, sich endlich „drängenden Problemen“ zu stellen.",
           p2,
           "Müller befürchtet, dass so eine künstlich erzeugte Wut wächst, „die gelegentlich schon heute an eine "
           "Pogromstimmung erinnert“. Im Internet und auch im Fernsehen gebe es bereits Attacken gegen die katholische "
           "Kirche, welche an den Kampf der totalitären Ideologien gegen das Christentum erinnerten."],
    quotes=[("„Pogromstimmung“", "Gerhard Ludwig Müller", 0),
            ("„drängenden Problemen“", "Sabine Leutheusser-Schnarrenberger"),
            (cut(p2, "„Vergleiche mit", "geht“"), "Sabine Leutheusser-Schnarrenberger"),
            ("„Pogromstimmung“", "Gerhard Ludwig Müller", 1),
            ("„gezielten Diskreditierungskampagnen gegen die katholische Kirche“", "Gerhard Ludwig Müller"),
            ("„Diskreditierungskampagnen“", "Gerhard Ludwig Müller"),
            (cut(p2, "„dass Geistliche", "werden“"), "Gerhard Ludwig Müller"),
            ("„die gelegentlich schon heute an eine Pogromstimmung erinnert“", "Gerhard Ludwig Müller")],
    aliases={"Sabine Leutheusser-Schnarrenberger": ["Sabine Leutheusser-Schnarrenberger", "Leutheusser-Schnarrenberger",
                                                    "Justizministerin", "Politikerin"],
             "Gerhard Ludwig Müller": ["Gerhard Ludwig Müller", "Müller", "Erzbischof Müller"]})

# --- German Wikinews: article as stored on de.m.wikinews.org ---

add(id="ho12-wn-2022-01-03-themenstammtisch-wikinews",
    title="Digitaler Themenstammtisch von Wikipedia tauscht sich über Wikinews aus",
    url="https://de.wikinews.org/wiki/Digitaler_Themenstammtisch_von_Wikipedia_tauscht_sich_%C3%BCber_Wikinews_aus",
    retrieved="https://de.m.wikinews.org/wiki/Digitaler_Themenstammtisch_von_Wikipedia_tauscht_sich_%C3%BCber_Wikinews_aus "
              "(stored copy of the mobile page; the status box 'Veröffentlicht: 23:07, 3. Jan. 2022 (CET) Bitte keine "
              "inhaltlichen Veränderungen vornehmen.' and the caption 'Logo des Digitalen Themenstammtischs' dropped "
              "(rule 14); the dateline without a place kept as published (rule 13); the paragraph 'Wikinews bietet den "
              "Autoren seit dem Jahr 2004 …', cut off in the stored copy, dropped (rule 15))",
    license=WN,
    paras=["03.01.2022 – Zum Schwesterprojekt Wikinews trafen sich am heutigen Abend etwa 15 Personen über Videochat, "
           "Telefon und zuhörend am Rechner, um sich über ein internationales Wikimedia-Projekt zur gemeinschaftlichen "
           "Erstellung einer freien und neutralen Nachrichtenquelle auszutauschen. Wikinews ist die Internetseite, wo "
           "dieser vorliegende Bericht ursprünglich veröffentlicht wurde.",
           "Durch die einleitenden Vortragsfolien bekam man einen groben Überblick über den aktuellen Stand des Projektes "
           "und den Ablauf vom Gedanken etwas verfassen zu wollen bis zum veröffentlichten Artikel. Es wurden zudem in "
           "den ersten 30 Minuten originäre Berichterstattung, Urheberrechte und „Was Wikinews nicht ist“ umrissen. Die "
           "Frage, ob Wikinews am Ende des Weges ist oder was die Statistik sagt, leiteten über in eine angeregte "
           "Diskussion zur Situationsanalyse und einem Blick in mögliche Zukunften. Dabei gab es interessante Fakten in "
           "die Aktivität der anderen Sprachversionen von Wikinews und auch Hintergrundwissen zu den Gründen für "
           "andersartiges Funktionieren. Einen Großteil der folgenden Zeit wurde reflektiert, wem Wikinews nutzt und was "
           "man verbessern könnte oder müsste."],
    quotes=[("„Was Wikinews nicht ist“", None)],
    aliases={})
