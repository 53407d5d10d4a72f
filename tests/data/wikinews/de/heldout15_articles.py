# Fifteenth held-out German real-news set (tests/data/heldout15-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-76 and the fifteenth held-out rules 85 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, and by an
# 8-word overlap search against the texts of all sets: no shared 8-word window). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: the Austrian Parliament (releases of its press service Parlamentskorrespondenz on the OTS press-release
# service, on parlament.gv.at and as reposted by the Österreich Journal), the German service of the press agency
# Pressenza (CC BY 4.0; list pages of its interviews) and Global Voices auf Deutsch (CC BY 3.0; a topic page).
# No German Wikinews text. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, PK, PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = ["Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Wolfgang Sobotka"]

# --- the Austrian Parliament: Parlamentskorrespondenz (PK) ---

p1 = ("Wien (PK) - Am Ende der heutigen Sitzung richtete Nationalratspräsident Wolfgang Sobotka einen Appell an die "
      "Gemeinsamkeit im Interesse Österreichs und seiner Bürgerinnen und Bürger. \"Das Verhältnis zueinander, wie es im "
      "Hohen Haus gepflegt wird, ist auch für das Verhältnis der Menschen draußen beispielgebend\" sagte er. Man könne "
      "in Österreich damit durchaus zufrieden sein. \"Setzen wir das aber nicht der Gefahr aus, die Gräben zu tief "
      "werden zu lassen. Setzen wir vielmehr ein Zeichen, dass wir trotz aller Meinungsverschiedenheiten das "
      "Miteinander in den Vordergrund stellen\".")
add(id="ho15-pk-2018-07-05-sobotka-respekt",
    title="Sobotka: Niemals den Respekt gegenüber dem Andersdenkenden vermissen lassen",
    url="https://www.ots.at/presseaussendung/OTS_20180705_OTS0257/sobotka-niemals-den-respekt-gegenueber-dem-andersdenkenden-vermissen-lassen",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 05.07.2018; the "
              "stored copy's date prefix ' date 2018-07' before the headline dropped (rule 63); the subtitle kept as its "
              "own line; the last paragraph 'Die laufende Tagung des Nationalrats endet formal am 9. Juli. …', cut off "
              "in the stored copy, dropped (rule 15); the published missing comma in '… beispielgebend\" sagte er' kept "
              "(rule 20))",
    license=PK,
    paras=["Trotz aller Meinungsverschiedenheiten muss das Miteinander im Vordergrund stehen",
           p1,
           "Die politischen Debatten seien oft sehr intensiv und emotional gewesen, manchmal hätten sie auch Linien "
           "überschritten, so die mahnenden Worte Sobotkas, der sich überzeugt zeigte, dass jede und jeder Abgeordnete "
           "sich der Verantwortung für die Würde des Hohen Hauses und die Interessen der Menschen bewusst ist. Man "
           "dürfe niemals den Respekt gegenüber dem Andersdenkenden und dem Andersmeinenden vermissen lassen, um in der "
           "Lage zu sein, aufeinander zuzugehen, wo es gilt, Kompromisse zu schließen.",
           "Der Nationalratspräsident räumte ein, dass es durchaus auch Kritik an seiner Amtsführung gibt, und "
           "versicherte, dass er sich sehr ernsthaft damit auseinandersetze, um dem, was das Amt erfordert, auch "
           "gerecht zu werden.",
           "Sobotka dankte seinen beiden Kolleginnen im Präsidium, Doris Bures und Anneliese Kitzmüller, für die gute "
           "Zusammenarbeit und wünschte vor allem Bures gute Genesung. Ebenso bedankte er sich bei den "
           "MitarbeiterInnen der Parlamentsdirektion für deren Unterstützung."],
    quotes=[("\"Das Verhältnis zueinander, wie es im Hohen Haus gepflegt wird, ist auch für das Verhältnis der "
             "Menschen draußen beispielgebend\"", "Wolfgang Sobotka"),
            ("\"Setzen wir das aber nicht der Gefahr aus, die Gräben zu tief werden zu lassen. Setzen wir vielmehr ein "
             "Zeichen, dass wir trotz aller Meinungsverschiedenheiten das Miteinander in den Vordergrund stellen\"",
             "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": SOBOTKA + ["Nationalratspräsident"]})

p1 = ("Wien (PK) - Überwältigt von der hohen Zahl an Besucherinnen und Besuchern des Parlaments, die am Wochenende aus "
      "ganz Österreich angereist waren, zeigte sich Nationalratspräsident Wolfgang Sobotka nach den Tagen der offenen "
      "Tür am Samstag und Sonntag. Insgesamt haben rund 25.000 Menschen an den beiden Tagen das generalsanierte "
      "Parlament besichtigt, um die Atmosphäre in \"ihrem Haus\" hautnah mitzuerleben. Sobotka: \"Es war ein Volksfest "
      "der Demokratie. Ich bedanke mich bei allen, die gekommen sind, für ihren Besuch und ihre damit zum Ausdruck "
      "gebrachte Wertschätzung dem Parlament gegenüber.\" Das Haus am Ring ist laut Sobotka, \"ein unverkennbares "
      "Symbol unserer lebendigen Demokratie\".")
add(id="ho15-pk-2023-01-16-sobotka-volksfest",
    title="Sobotka: Volksfest der Demokratie",
    url="https://www.ots.at/presseaussendung/OTS_20230116_OTS0157/sobotka-volksfest-der-demokratie",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 16.01.2023; the "
              "stored copy's date prefix ' date 2023-01' dropped (rule 63); the subtitle kept as its own line; the end "
              "mark '(Schluss) red' dropped (rule 48); the release is complete in the stored copy; the published comma "
              "in 'laut Sobotka, \"ein …' kept (rule 20))",
    license=PK,
    paras=["Nationalratspräsident erfreut über Besucherandrang an Tagen der offenen Tür",
           p1,
           "Trotz teils starken Regens am Sonntag nahmen die Besucherinnen und Besucher lange Wartezeiten in Kauf. "
           "Mitarbeiterinnen und Mitarbeiter der Parlamentsdirektion, unterstützt vom Roten Kreuz, versorgten die "
           "Wartenden vor der Sicherheitskontrolle mit Getränken. Das Parlament war nach der fünf Jahre dauernden "
           "Sanierung wiedereröffnet worden und an den Tagen der offenen Tür erstmals wieder für jedermann zugänglich. "
           "Seit heute gibt es viertelstündlich Führungen durch das Haus. Anmeldungen über die Website des Parlaments."],
    quotes=[("\"ihrem Haus\"", None),
            ("\"Es war ein Volksfest der Demokratie. Ich bedanke mich bei allen, die gekommen sind, für ihren Besuch und "
             "ihre damit zum Ausdruck gebrachte Wertschätzung dem Parlament gegenüber.\"", "Wolfgang Sobotka"),
            ("\"ein unverkennbares Symbol unserer lebendigen Demokratie\"", "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": SOBOTKA})

p1 = ("Wien (pk) - Nationalratspräsidentin Doris Bures zieht anlässlich der zu Ende gehenden XXV. Gesetzgebungsperiode "
      "(GP) Bilanz über ihre Zeit an der Spitze des Nationalrates: \"Ich habe das Amt der Nationalratspräsidentin drei "
      "Jahre lang mit sehr viel Freude und größter Leidenschaft ausgeübt. Von allen politischen Funktionen, die ich in "
      "meiner Laufbahn inne gehabt habe, bin ich für diese ehrenvolle Aufgabe im Parlament ganz besonders dankbar\", "
      "so Bures. Die XXV. GP sei \"eine ganz außergewöhnliche GP gewesen, in der das Hohe Haus neben der erfolgreichen "
      "Bewältigung seiner Hauptaufgaben Gesetzgebung und Kontrolle auch eine ganze Reihe von unvorhersehbaren "
      "Herausforderungen gemeistert\" habe. In der XXV. GP waren überdies zum ersten Mal in der Republiksgeschichte "
      "sechs gewählte Fraktionen im Parlament vertreten.")
add(id="ho15-pk-2017-11-08-bures-bilanz",
    title="Österreich hat starken, modernen und lebendigen Parlamentarismus – das stimmt zuversichtlich",
    url="http://oe-journal.at/Aktuelles/!2017/1117/W1/40811pkBures.htm",
    retrieved="same address (the Österreich Journal's repost of the Parlamentskorrespondenz release of 08.11.2017, "
              "dateline 'Wien (pk)'; the subtitle, which the stored copy breaks after 'in Amtszeit', kept as one line; "
              "hard line breaks inside paragraphs joined with a space (rule 48); the subheading 'U-Ausschuss, Staatsakt, "
              "Übersiedelung' and the paragraph after it, cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["– U-Ausschüsse, Sedisvakanz, Staatsakt und Übersiedelung als parlamentarische Meilensteine in Amtszeit "
           "von Bures",
           p1,
           "Doris Bures ist am 2. September 2014 mit 78 Prozent der Stimmen zur Präsidentin des österreichischen "
           "Nationalrates gewählt worden. Ihre Wahl in der laufenden GP wurde nach dem Ableben von "
           "Nationalratspräsidentin Barbara Prammer im Amt notwendig. Bures wird morgen, Donnerstag, in der "
           "konstituierenden Sitzung der XXVI. GP für das Amt der II. Nationalratspräsidentin kandidieren."],
    quotes=[("\"Ich habe das Amt der Nationalratspräsidentin drei Jahre lang mit sehr viel Freude und größter "
             "Leidenschaft ausgeübt. Von allen politischen Funktionen, die ich in meiner Laufbahn inne gehabt habe, bin "
             "ich für diese ehrenvolle Aufgabe im Parlament ganz besonders dankbar\"", "Doris Bures"),
            ("\"eine ganz außergewöhnliche GP gewesen, in der das Hohe Haus neben der erfolgreichen Bewältigung seiner "
             "Hauptaufgaben Gesetzgebung und Kontrolle auch eine ganze Reihe von unvorhersehbaren Herausforderungen "
             "gemeistert\"", "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Bures", "Nationalratspräsidentin Doris Bures"]})

p1 = ("Wien (PK) - Auf den Tag genau vor 96 Jahren trat der österreichische Bundesrat zum allerersten Mal zusammen. In "
      "ihrer 861. Sitzung gedachte die Länderkammer heute diesem historischen Anlass. \"Der österreichische Bundesrat "
      "agiert an der Schnittstelle unserer Demokratie. Als seine Mitglieder sind wir die direkten Vertreterinnen und "
      "Vertreter der Bezirke und Regionen, die direkte Verbindung zu den Ländern und wir haben in dieser Funktion eine "
      "ganz besondere Verantwortung. Dessen sind wir uns bewusst\", erklärte der amtierende Bundesratspräsident Mario "
      "Lindner.")
p2 = ("Lindner verwies in seiner Rede zum 96. Geburtstag des Bundesrates auch auf seinen Vorgänger, den ersten "
      "Vorsitzenden der Länderkammer Jakob Reumann, der in seiner Antrittsrede 1920 die besondere Stellung des "
      "Föderalismus in der österreichischen Verfassung unterstrich: \"Die Bundesverfassung gibt den Ländern eine "
      "Rechtsstellung, die sie zu wahren Gliedstaaten eines Bundesstaates macht, und die volle Gleichstellung zwischen "
      "Bund und Ländern vorsieht.\"")
p3 = ("Ganz besonders betonte Lindner aber auch die aktuellen Herausforderungen, vor denen die Länderkammer in der "
      "öffentlichen Debatte steht. \"Der Bundesrat ist nicht der Hemmschuh unserer Republik, wie manche das gerne "
      "formulieren. Er ist vielmehr die selbstbewusste Europakammer, die Länderkammer und die Zukunftskammer unserer "
      "Republik. Und das ist auch wirklich gut so!\"")
add(id="ho15-pk-2016-12-01-bundesrat-96-jahre",
    title="96 Jahre österreichischer Bundesrat",
    url="http://www.ots.at/presseaussendung/OTS_20161201_OTS0040/96-jahre-oesterreichischer-bundesrat",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 01.12.2016; the "
              "subtitle kept as its own line; the end mark '(Schluss) red' dropped (rule 48); the release is complete "
              "in the stored copy)",
    license=PK,
    paras=["Die Länderkammer gedenkt ihrer ersten Sitzung am 1. Dezember 1920", p1, p2, p3],
    quotes=[(p1[p1.index("\"Der österreichische"):p1.index(", erklärte")], "Mario Lindner"),
            (p2[p2.index("\"Die Bundesverfassung"):], "Jakob Reumann"),
            (p3[p3.index("\"Der Bundesrat ist"):], "Mario Lindner")],
    aliases={"Mario Lindner": ["Mario Lindner", "Lindner", "Bundesratspräsident Mario Lindner"],
             "Jakob Reumann": ["Jakob Reumann"]})

add(id="ho15-pk-2014-09-23-ehrenzeichen",
    title="Parlamentskorrespondenz Nr. 820 vom 23.09.2014",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0820/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle; the subheading 'Von der politischen Arbeit der Abgeordneten und ihren "
              "Erfolgen' kept as its own line; the subheading 'Dolinschek: Ich freue mich auf das sanierte "
              "Parlamentsgebäude' and the paragraph after it ('Seine Dankesrede im Namen aller Ausgezeichneten …'), cut "
              "off in the stored copy, dropped (rule 15); the published 'würdigte ihr politisches Engagement hob' kept "
              "(rule 20))",
    license=PK,
    paras=["Hohe Auszeichnungen für verdienstvolle ParlamentarierInnen",
           "NR-Präsidentin Doris Bures würdigt die Leistungen der Abgeordneten",
           "Wien (PK) – Höchste Anerkennung für ihre Verdienste um die Republik Österreich wurde heute "
           "Nationalratsabgeordneten und ehemaligen ParlamentarierInnen zuteil. Im \"Blauen Salon\", dem "
           "Empfangssalon der Nationalratspräsidentin, überreichte Präsidentin Doris Bures die von Bundespräsident "
           "Heinz Fischer verliehenen Ehrenzeichen, wobei sie die VolksvertreterInnen für ihre politische Arbeit "
           "würdigte. Das Große Silberne Ehrenzeichen mit dem Stern erhielten die ehemaligen Abgeordneten Sigisbert "
           "Dolinschek (F,B) und Kurt Gassner (S). Mit dem Großen Goldenen Ehrenzeichen wurden die Abgeordneten "
           "Christine Lapp (S), Ruperta Lichtenecker (G), Harald Stefan (F) und Ernest Windholz (F,B) geehrt. Das Große "
           "Silberne Ehrenzeichen erhielt die ehemalige Abgeordnete Heidemarie Unterreiner (F).",
           "Von der politischen Arbeit der Abgeordneten und ihren Erfolgen",
           "In ihrer Laudatio schilderte die Präsidentin des Nationalrates den politischen Lebensweg der "
           "ausgezeichneten ParlamentarierInnen, würdigte ihr politisches Engagement hob deren Arbeit in den "
           "Ausschüssen und Unterausschüssen hervor. Dabei nützte sie die Gelegenheit, politische Erfolge "
           "parlamentarischer Arbeit der letzten Jahre und Jahrzehnte darzustellen, für die die ausgezeichneten "
           "Abgeordneten stehen, in der Sozial-, Landwirtschafts- oder Finanzpolitik, für behinderte Menschen, "
           "Wissenschaft, Justiz, Verfassung, Kultur oder in der Außenpolitik."],
    quotes=[("\"Blauen Salon\"", None)],
    aliases={})

# --- Pressenza (German service): list pages of its interviews ---

add(id="ho15-pz-interviews-2018-02",
    title="Interviews",
    url="https://www.pressenza.com/de/-/interviews-de/",
    retrieved="same address (stored list page of Pressenza's interviews as of February 2018 (a second stored version of "
              "the address, of June 2017, was not used): the section name, then date line, headline and teaser of each "
              "article as the page shows them; each headline, which the page shows twice (title and link), kept once; "
              "the teasers keep their published '…', the link mark '»' after each teaser dropped as furniture (rule "
              "19); the last item (date line '14.01.2018', headline 'Der Himmel ist das Limit für DJ Fata' and its "
              "teaser, cut off in the stored copy) dropped)",
    license=PZ,
    paras=["11.02.2018",
           "Interview mit Florcita Motuda: Neuer chilenischer Kongressabgeordnete mit vor Begeisterung strahlenden Augen",
           "Raúl Alarcón Rojas, besser bekannt als Florcita Motuda, ist ein chilenischer Musiker und Politiker, bekannt "
           "für seine experimentelle und extravagante Arbeit und seinen öffentlichen Einsatz für das „Nein“ im "
           "Plebiszit von 1988 gegen die Pinochet-Diktatur, welches schlussendlich den Demokratisierungsprozess in "
           "Chile einleitete. Ab dem 11. März 2018 wird er…",
           "25.01.2018",
           "Tomas Hirsch: „Vielfalt zu schätzen ist die Voraussetzung für Einigkeit“",
           "Wir interviewten Tomás Hirsch, einen humanistischen Abgeordneten von Frente Amplio (Breite Front), einem "
           "Bündnis, das vor einem Jahr in Chile gegründet wurde. Doch schon lange davor wurden verschiedene "
           "Annäherungsversuche zwischen fortschrittlichen politischen Kräften dieses Landes unternommen. Pressenza: "
           "Kannst du diesen Prozess mit seinen verschiedenen Momenten kurz zusammenfassen?…",
           "20.01.2018",
           "Daniele Ganser: „Wenn ihr diffamiert werdet, bleibt mutig, macht weiter, macht euer Ding!“",
           "Ende November kam Daniele Ganser für seinen Vortrag mit dem Titel „WTC7: Feuer oder Sprengung?“ nach "
           "Berlin. Im Kino Babylon hatten wir die Gelegenheit den Schweizer Historiker und Friedensforscher zu "
           "interviewen. Den meisten friedensbewegten und medienkritischen Menschen muss man Ganser nicht vorstellen, "
           "dennoch ein paar Fakten zu ihm:…"],
    quotes=[("„Nein“", None),
            ("„Vielfalt zu schätzen ist die Voraussetzung für Einigkeit“", "Tomas Hirsch"),
            ("„Wenn ihr diffamiert werdet, bleibt mutig, macht weiter, macht euer Ding!“", "Daniele Ganser"),
            ("„WTC7: Feuer oder Sprengung?“", None)],
    aliases={"Tomas Hirsch": ["Tomas Hirsch", "Tomás Hirsch"],
             "Daniele Ganser": ["Daniele Ganser", "Ganser"]})

add(id="ho15-pz-interviews-seite-8",
    title="Interviews",
    url="https://pressenza.com/de/-/interviews-de/page/8",
    retrieved="same address (stored list page 8 of Pressenza's interviews: the section name, then headline and teaser of "
              "each article as the page shows them, the teasers with their published '…' (rule 19); complete as "
              "stored)",
    license=PZ,
    paras=["Fragen an Sabine Rubin, ehemalige Abgeordnete für die Partei France Insoumise",
           "Im vergangenen Jahr fanden in Frankreich erst die Präsidentschaftswahlen und dann die Wahlen zur "
           "Nationalversammlung statt. Dabei verzeichneten beide Wahlen eine geringere Wahlbeteiligung. Und dennoch sind "
           "die Französinnen und Franzosen angesichts der Zukunft ihrer Gesellschaft in Sorge: Der Beweis dafür…",
           "Fernando García Naddaf: „Ich gehe nach Washington, um zu einem politischen Projekt beizutragen, auf das wir "
           "seit Jahren warten“",
           "Wir haben den neuen Presse- und Kulturattaché der chilenischen Botschaft in den Vereinigten Staaten, "
           "Fernando García Naddaf, Aktivist der Acción Humanista, Lehrer, Mitarbeiter von Pressenza und großer "
           "Freund, interviewt. Pressenza: Erzähle uns, Fernando, von deiner neuen Aufgabe? Fernando García: Ich…"],
    quotes=[("„Ich gehe nach Washington, um zu einem politischen Projekt beizutragen, auf das wir seit Jahren warten“",
             "Fernando García Naddaf")],
    aliases={"Fernando García Naddaf": ["Fernando García Naddaf", "Fernando García"]})

# --- Global Voices auf Deutsch: topic page ---

add(id="ho15-gv-2011-12-politik",
    title="Artikel über Politik vom Dezember, 2011",
    url="https://de.globalvoices.org/category/topics/politics/?m=201112",
    retrieved="same address (stored topic page: headline, date line and teaser of each article as the page shows them; "
              "the month line '· Dezember, 2011' above the page title dropped; the first item has no date line in the "
              "stored copy; the kicker line 'RuNet Echo' kept as its own line; the last item (date line '21 Dezember "
              "2011', headline 'Bahrain: #OccupyBudaiyaSt geht weiter' and its teaser, cut off in the stored copy) "
              "dropped; the published 'Maßnahmen zum der Zivilisten' kept (rule 20))",
    license=GV,
    paras=["Ägypten: Erfolge in den Gerichtssälen, draußen weiter Revolution",
           "Ägypter erzielen Erfolge in den Gerichtssälen. Angefangen hat es mit dem Blogger Alaa Abdel Fattah, der "
           "nach 56 Tagen hinter Gittern gestern von einem Richter auf freien Fuß gesetzt wurde, obwohl die "
           "Ermittlungen gegen ihn noch nicht abgeschlossen sind. Es ging dann heute weiter mit der Entscheidung eines "
           "Gerichts, wonach die Durchführung von Jungfräulichkeitstests an Frauen in Militärgefängnissen für illegal "
           "erklärt wurde.",
           "28 Dezember 2011",
           "Russland: Keine Einigung der Opposition in St. Petersburg",
           "RuNet Echo",
           "Die Proteste nach der Wahl setzen sich im Dezember 2011 aus zwei Elementen zusammen: 'professionelle "
           "Oppositionelle' und beunruhigte Bürger. In Moskau haben diese beiden Elemente es geschafft, zueinander zu "
           "finden. Beim Treffen in St. Petersburg enttäuschte jedoch eine der beiden Gruppen. Die Bürger reagierten "
           "mit Verwirrung und Geringschätzung.",
           "28 Dezember 2011",
           "Syrien: Ein Weihnachtsmassaker",
           "Mehr als 250 Syrer wurden in den vergangenen zwei Tagen getötet, was die ganze Welt schockte. Berichte über "
           "die entsetzlichen Massaker kamen vom oppositionellen Syrischer Nationalrat (SNC), der die Arabische Liga "
           "dazu drängte, die Tötungen zu verurteilen, und die Vereinigten Nationen, Maßnahmen zum der Zivilisten zu "
           "ergreifen.",
           "27 Dezember 2011",
           "Mosambik: Der unerschrockene Facebook-Blogger",
           "Mosambik ist ein Land mit wenigen \"Superbloggern\". Es gibt nicht viel über das man bezüglich freier "
           "Meinungsäußerung im Internet berichten könnte. Das rasante Wachstum Facebooks (dank mobiler Nutzung) "
           "jedoch hat einer mutigen Person zum Aufstieg innerhalb dieser blau-weißen Pinnwand-Welt verholfen. Mit "
           "seinen provokativen politischen Kommentaren und seiner Kritik, ist \"Apóstolo da Desgraça\" zum "
           "Bezugspunkt geworden und hat Drohungen erhalten."],
    quotes=[("'professionelle Oppositionelle'", None),
            ("\"Superbloggern\"", None),
            ("\"Apóstolo da Desgraça\"", None)],
    aliases={})
