# Fourth held-out German real-news set (tests/data/heldout4-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-45 and the fourth held-out rules 46-48). None of these pages is in any tests/data/*.jsonl
# (checked by URL and by 60-character text windows). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: the Austrian Parliament's press service "Parlamentskorrespondenz" (its own releases on parlament.gv.at and
# on the OTS press-release service, and one repost; reproduction for non-commercial purposes permitted with the
# source stated) and news of the European Commission's Representation in Germany as reposted by the EIZ
# Niedersachsen (CC BY 4.0 / Commission reuse policy), see each document's license and retrieved note.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import EU, PK  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- the Austrian Parliament's Parlamentskorrespondenz (PK) ---

p1 = ("Wien (PK) - Nationalratspräsident Wolfgang Sobotka nahm die letzte Sitzung des Nationalrats vor dem Wahlsonntag "
      "zum Anlass, um ein kurzes Resümee über die abgelaufene XXVI. Legislaturperiode zu ziehen. \"Wir haben eine "
      "starke, stabile Demokratie. Lassen wir uns das von niemandem schwachreden. Wenn wir nicht daran glauben und "
      "mutig sind, wird auch die Bevölkerung kein Vertrauen in unsere Demokratie und unseren Rechtsstaat haben\", so "
      "der Appell des Nationalratspräsidenten an die Parlamentsfraktionen.")
p2 = ("Die Abgeordneten des Nationalrats dürften auf ihre Leistungen im Parlament sowie bei den BürgerInnen vor Ort "
      "stolz sein, sagte Sobotka. Es habe viele, oftmals auch kontroversielle Diskussionen gegeben, dennoch sei das "
      "Gemeinsame im Mittelpunkt gestanden. \"Wir waren alle davon getragen, dass wir ein Gemeinsames zustande bringen "
      "für diese Republik, der wir verpflichtet sind\", so der Nationalratspräsident.")
add(id="ho4-pk-2019-09-26-sobotka-resuemee",
    title="Nationalratspräsident Sobotka: Wir müssen an unsere Demokratie glauben",
    url="https://www.ots.at/presseaussendung/OTS_20190926_OTS0012/nationalratspraesident-sobotka-wir-muessen-an-unsere-demokratie-glauben",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.09.2019; "
              "the subtitle kept as its own line; the release's end mark '(Schluss Nationalrat) keg' after the last "
              "sentence dropped as furniture; complete as stored)",
    license=PK,
    paras=["Letzte Nationalratssitzung vor dem Wahlsonntag beendet", p1, p2],
    quotes=[(cut(p1, "\"Wir haben", "haben\""), "Wolfgang Sobotka"),
            (cut(p2, "\"Wir waren", "sind\""), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Sobotka",
                                  "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident",
                                  "Nationalratspräsidenten"]})

p1 = ("Wien (PK) - Als nicht zutreffend weist das Büro von Nationalratspräsidentin Barbara Prammer die von der "
      "Bundesschülervertretung geäußerte Kritik zurück, wonach Schülerinnen und Schülern die Türe zum Parlament "
      "versperrt werde. Das Gegenteil sei der Fall, das Parlament wende sich mit so viele Aktivitäten wie nie zuvor an "
      "junge Menschen.")
p2 = ("Tatsache sei, dass dem Wunsch, das \"3. Österreichische Schülerparlament\" im Plenarsaal des Nationalrates "
      "abzuhalten, nicht entsprochen habe werden könne, stellt Prammers Pressesprecher Gerhard Marschall klar. Bei "
      "dieser Veranstaltung handle es sich um die jährliche Versammlung der Bundesschülervertretung und das Parlament "
      "könne nicht einfach gebucht werden. Das Angebot an die Bundesschülervertretung, sich in eines der nächsten "
      "\"Jugendparlamente\" einzubringen, wurde abgelehnt.")
p3 = ("Die zweimal im Jahr stattfindenden \"Jugendparlamente\" dauern jeweils eineinhalb Tage. Dabei geht es darum, "
      "parlamentarische Abläufe und Mechanismen unmittelbar kennenzulernen. Die \"Demokratiewerkstatt\" wiederum "
      "informiert in mittlerweile sechs Workshops über Zusammenhänge in Politik und Medien. Bis jetzt haben mehr als "
      "33.000 Schülerinnen und Schüler diese Einrichtung besucht.")
p4 = ("Darüber hinaus gibt es im Parlament das ganze Jahr über eine Vielzahl an Veranstaltungen speziell für jungen "
      "Menschen. So wurde erst vorige Woche in einer Diskussion der Frage nachgegangen, wer aus Sicht der Jugendlichen "
      "ab wann an demokratischen Entscheidungen teilnehmen dürfen soll. Nicht zuletzt lernen Schülerinnen und Schüler "
      "- im Vorjahr alleine mehr als 48.000 - regelmäßig in Form von organisierten Führungen das Haus kennen.")
add(id="ho4-pk-2011-03-23-prammer-schuelerparlament",
    title="Prammer: Parlament steht jungen Menschen immer offen Büro der Präsidentin weist Vorwurf der "
          "Bundesschülervertretung zurück",
    url="https://www.ots.at/presseaussendung/OTS_20110323_OTS0320/prammer-parlament-steht-jungen-menschen-immer-offen-buero-der-praesidentin-weist-vorwurf-der-bundesschuelervertretung-zurueck",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 23.03.2011; "
              "the stored title runs headline and subtitle together and is kept so (rule 18); the stored copy's hard "
              "line breaks inside paragraphs are joined with a space; the end mark '(Schluss)', the contact block "
              "'Rückfragen & Kontakt: Eine Aussendung der Parlamentskorrespondenz …' and the OTS footer dropped)",
    license=PK,
    paras=[p1, p2, p3, p4],
    quotes=[("\"3. Österreichische Schülerparlament\"", None),
            ("\"Jugendparlamente\"", None, 0),
            ("\"Jugendparlamente\"", None, 1),
            ("\"Demokratiewerkstatt\"", None)],
    aliases={})

p1 = ("Wien (PK) - Rund 80 US-amerikanische JungdiplomatInnen -AbsolventInnen des \"International Scholar Laureate "
      "Program on Diplomacy\" - besuchten heute das Parlament und wurden von Nationalratspräsidentin Barbara Prammer im "
      "Plenarsaal des Nationalrats begrüßt. Sie lud die Gäste ein, an der Antirassismus-Veranstaltung aus Anlass der "
      "EURO 2008 teilzunehmen und so ZeugInnen des ersten Fußballspiels in einem Parlament zu werden.")
p2 = ("Die StudentInnen werden im Zuge ihres Wien-Aufenthalts auch die Diplomatische Akademie, die UNO-City und das "
      "ehemalige Konzentrationslager Mauthausen besuchen. Prammer ging in ihrer Begrüßung daher auf die alljährliche "
      "Gedenkveranstaltung zum Jahrestag der Befreiung Mauthausens ein und unterstrich die Bedeutung des Engagements "
      "gegen Gewalt und Rassismus. Sie nahm außerdem Bezug auf die Wahlrechtsreform vor 100 Jahren und den Umstand, "
      "dass im Parlament der ausgehenden Monarchie 516 Abgeordnete aus 8 Nationen versammelt waren, in einer frühen "
      "und anderen Form eines vereinten Europa. Die Präsidentin wies auch darauf hin, dass das Parlament vor kurzem "
      "den EU-Reformvertrag ratifiziert hat.")
p3 = ("Prammer bekannte sich zu einem \"offenen Parlament\" und wies in diesem Zusammenhang auf die Vielzahl und die "
      "Vielfalt der Veranstaltungen im Hohen Haus hin. Im Anschluss hatten die Gäste aus den USA die Möglichkeit, mit "
      "zwei Abgeordneten - Ulrike Lunacek von den Grünen und Andreas Schieder, dem Obmann des Außenpolitischen "
      "Ausschusses, von den Sozialdemokraten, in eine Diskussion einzutreten.")
add(id="ho4-pk-2008-05-20-prammer-jungdiplomaten",
    title="Prammer begrüßt amerikanische JungdiplomatInnen im Parlament Die BesucherInnen sind auch Gäste bei "
          "Antirassismus-Veranstaltung",
    url="https://www.ots.at/presseaussendung/OTS_20080520_OTS0065/prammer-begruesst-amerikanische-jungdiplomatinnen-im-parlament-die-besucherinnen-sind-auch-gaeste-bei-antirassismus-veranstaltung",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 20.05.2008; "
              "the stored title runs headline and subtitle together and is kept so (rule 18); the photo note "
              "'HINWEIS: Fotos von dieser Veranstaltung …', the end mark '(Schluss)', the contact block and the OTS "
              "footer dropped; the missing space in '-AbsolventInnen' as published)",
    license=PK,
    paras=[p1, p2, p3],
    quotes=[("\"International Scholar Laureate Program on Diplomacy\"", None),
            ("\"offenen Parlament\"", "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Prammer", "Nationalratspräsidentin Barbara Prammer",
                                 "Nationalratspräsidentin", "Präsidentin"]})

p2 = ("Prammer betonte die schon geraume Zeit existierenden guten Kontakte zwischen beiden Parlamenten und erklärte, "
      "sie hoffe, die Gäste bekämen im Rahmen ihres Aufenthalts einen guten Einblick in die Arbeitsweise des "
      "österreichischen Parlaments. Besonders wies die Präsidentin dabei auf die \"Demokratiewerkstatt\" hin, in der "
      "Kinder tagtäglich in Demokratie unterrichtet würden.")
add(id="ho4-pk-2009-06-23-prammer-mosambik",
    title="Parlamentskorrespondenz Nr. 562 vom 23.06.2009",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0562",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule "
              "18), then headline and subtitle; the photo note 'HINWEIS: Fotos von diesem Besuch …' with the end mark "
              "'(Schluss)' dropped; otherwise complete as stored)",
    license=PK,
    paras=["Nationalratspräsidentin Prammer empfängt Delegation aus Mosambik",
           "Parlamentarischer Erfahrungsaustausch im Vordergrund",
           "Wien (PK) – Nationalratspräsidentin Barbara Prammer empfing heute eine parlamentarische Delegation aus "
           "Mosambik, die im Rahmen des parlamentarischen Nord-Süd-Dialogs in Österreich weilt.",
           p2,
           "Abgeordnete Maria Videira dankte für die Einladung und zeigte sich an einem Erfahrungsaustausch sehr "
           "interessiert. Sie verlieh ihrer Hoffnung Ausdruck, dass der Besuch dazu beitrage, die Zusammenarbeit "
           "zwischen den beiden Parlamenten weiter zu vertiefen.",
           "Am Nachmittag werden die Gäste noch mit Mitgliedern des Unterausschusses für Entwicklungszusammenarbeit "
           "unter der Leitung von Abgeordneter Petra Bayr (S) zusammentreffen, ehe sie morgen an einem Seminar im "
           "Rahmen des parlamentarischen Nord-Süd-Dialogs teilnehmen. Die Gäste aus Mosambik weilen noch bis zum Ende "
           "der Woche in Österreich."],
    quotes=[("\"Demokratiewerkstatt\"", None)],
    aliases={})

p1 = ("Wien (PK) – Abgeordnete und BundesrätInnen haben im kürzlich abgelaufenen Arbeitsjahr des Parlaments nicht nur "
      "Gesetzentwürfe verabschiedet, die Regierung kontrolliert und an der Parlamentarischen Diplomatie mitgewirkt. "
      "Veranstaltungen, die das Hohe Haus gemeinsam mit engagierten BürgerInnen, KünstlerInnen und "
      "WissenschaftlerInnen gestaltete, machten das Parlament auch in der Tagung 2009/10 zu einem Ort für aktuelle "
      "politische Information, Diskussion und politische Bildung. Hauptzielgruppe waren einmal mehr Kinder und "
      "Jugendliche: Die \"Demokratiewerkstatt\" erweiterte ihr Angebot, unter anderem zum Thema \"Europa\", das "
      "Jugendparlament debattierte über \"Schule und Mitbestimmung\" sowie über das Thema \"Suchtgift\". Viele Kinder "
      "und Jugendliche zählten auch zu den mehr als 105.000 BesucherInnen, die den Prachtbau an der Wiener "
      "Ringstraße oder das Palais Epstein besichtigten.")
add(id="ho4-pk-2010-07-12-veranstaltungen",
    title="Parlamentskorrespondenz Nr. 605 vom 12.07.2010",
    url="http://www.parlament.gv.at/aktuelles/pk/jahr_2010/pk0605",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule "
              "18), then headline and subtitle; the stored copy is cut off in the paragraph 'Dieses und viele andere "
              "Themen …', which is dropped)",
    license=PK,
    paras=["Parlamentsveranstaltungen der Tagung 2009/10 im Überblick",
           "Themen: Jugend und Demokratie, neue Gedenkkultur, Krisenbewältigung",
           p1,
           "Beim Gedenktag gegen Gewalt und Rassismus Anfang Mai stand das Gespräch zwischen betagten Zeitzeugen des "
           "Naziterrors und jungen Menschen im Mittelpunkt. Die Auseinandersetzung mit den dunklen Seiten in der "
           "Vergangenheit des Landes wurde generationenübergreifend geführt - eine neue Gedenkkultur zielt auf Lehren "
           "aus der Geschichte für die Zukunft der Demokratie."],
    quotes=[("\"Demokratiewerkstatt\"", None),
            ("\"Europa\"", None),
            ("\"Schule und Mitbestimmung\"", None),
            ("\"Suchtgift\"", None)],
    aliases={})

p2 = ("Einen protokollarischen Höhepunkt stellte der Besuch des schwedischen Königspaares im österreichischen Parlament "
      "am 20.11.2007 dar. In ihrer Unterredung mit König Carl Gustav XVI. und Königin Silvia sagte Präsidentin "
      "Prammer, Schweden sei für Österreich immer ein Vorbild gewesen, in der Sozialpolitik und wegen des hohen "
      "Frauenanteils in der Politik. Die Präsidentin informierte das schwedische Königspaar auch über die Senkung des "
      "Wahlalters in Österreich auf 16 Jahre und über die Einrichtung einer \"Demokratiewerkstatt\" für Kinder und "
      "Jugendliche im Parlament. König Carl Gustav und Königin Silvia waren die ersten Besucher, die sich in das neu "
      "aufgelegte Gästebuch des Parlaments eintrugen.")
add(id="ho4-pk-2008-07-11-internationale-beziehungen",
    title="Parlamentskorrespondenz Nr. 679 vom 11.07.2008",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2008/pk0679",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule "
              "18), then the headline; the subheading 'Im Dialog mit den Nachbarn' is dropped with its paragraph, "
              "which is cut off in the stored copy (rule 15))",
    license=PK,
    paras=["Die Arbeit des Hohen Hauses wird europäischer und globaler zugleich",
           "Wien (PK) - Im Parlamentsjahr 2007/08 hat das Hohe Haus seine Beziehungen auf bilateraler, regionaler und "
           "multilateraler Ebene intensiv weiterentwickelt, wobei Nationalratspräsidentin Barbara Prammer neben den "
           "traditionellen Schwerpunkten – Nachbarschaftspolitik, Europa und interparlamentarische Versammlungen – "
           "auch heuer wieder globale Themen verstärkt in den Vordergrund gerückt hat: Verbot von Streumunition, "
           "Nord-Süd-Dialog, Dialog der Kulturen, Menschenrechte und Genderpolitik. Insgesamt haben Abgeordnete und "
           "Bundesräte mehr als 200 internationale Termine wahrgenommen und Österreich in über 120 Konferenzen oder "
           "bilateralen Treffen im Ausland vertreten. Ausdrückliches Lob für die Behandlung von EU-Fragen im Hohen "
           "Haus und für die vorbildliche Kommunikation des Parlaments über Themen der europäischen Politik spendeten "
           "kürzlich Vertreter der Europäischen Kommission bei einem Arbeitsgespräch mit Nationalratsabgeordneten.",
           p2],
    quotes=[("\"Demokratiewerkstatt\"", None)],
    aliases={})

p1 = ("Wien (pk) - Am 12. März 1938 marschierten auf Befehl Adolf Hitlers deutsche Truppen in Österreich ein, ohne "
      "dass sie auf Widerstand gestoßen wären. Während viele Menschen die nationalsozialistische Machtübernahme "
      "bejubelten, wurden schon in den ersten Tagen zahlreiche Österreicherinnen und Österreicher verhaftet und in "
      "Konzentrationslager eingeliefert. Für sieben lange Jahre hörte Österreich, in dem die Demokratie schon seit "
      "Jahren abgeschafft war, auf zu existieren. Tausende Menschen verloren durch den von Adolf Hitler geplant vom "
      "Zaun gebrochenen Krieg und durch die politische und rassistische Verfolgung ihr Leben. Jahrzehntelang sah auch "
      "das offizielle Österreich das Land als \"Hitlers erstes Opfer\". Erst ab den 80er Jahren des vorigen "
      "Jahrhunderts setzte sich nach und nach die Erkenntnis durch, dass viele Österreicher als Mitläufer und Täter "
      "schuldig geworden waren. Als Ergebnis dieses Reflexionsprozesses kann die Einsicht gelten, dass es keine "
      "\"kollektive Schuld\" gebe, \"kollektive Scham\" aber angebracht sei – vor allem aber die Erkenntnis, im Sinne "
      "einer \"demokratiepolitischen Immunisierung\" alles dafür zu tun, dass Ähnliches sich nie mehr ereigne. Im "
      "Parlament wurde am 12.03. bei einer Gedenkveranstaltung im historischen Sitzungssaal der Ereignisse vor 70 "
      "Jahren gedacht.")
add(id="ho4-pk-2008-03-12-gedenken-1938", title=None,
    url="http://oe-journal.at/Aktuelles/!2008/0308/W2/41203maerz38Pk.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of the commemoration of 12.03.2008 in the "
              "Parliament, dateline 'Wien (pk)', as reposted by the Österreich Journal (rule 31); the stored copy "
              "begins with the subtitle, without headline, so the subtitle is the first line (rule 32); its hard line "
              "breaks inside the paragraph are joined with a space; the subheading 'Prammer: Es ist nicht möglich, "
              "einen \"Schlussstrich\" zu ziehen' is dropped with its paragraph, which is cut off in the stored copy "
              "(rule 15))",
    license=PK,
    paras=["Ansprachen von Prammer, Kritzinger, Molterer, Gusenbauer und Fischer", p1],
    quotes=[("\"Hitlers erstes Opfer\"", None),
            ("\"kollektive Schuld\"", None),
            ("\"kollektive Scham\"", None),
            ("\"demokratiepolitischen Immunisierung\"", None)],
    aliases={})

p3 = ("\"Gestern war ein Tag der Freude! Einige von Ihnen waren vielleicht selbst am Heldenplatz. Andere haben die "
      "Bilder im Fernsehen gesehen: Tausende Menschen, die gemeinsam ein Fest der Freude feiern, am 8. Mai – jenem "
      "Tag, an dem die Wehrmacht vor den Alliierten kapitulierte und der verbrecherische Vernichtungskrieg in Europa "
      "sein Ende fand.")
add(id="ho4-pk-2016-05-09-bures-gedenkrede",
    title="Parlamentskorrespondenz Nr. 472 vom 09.05.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0472/index.shtml",
    retrieved="same address (stored page; the page furniture 'LETZTES UPDATE: 09.05.2016; 15:45', 'Diese Seite als "
              "Lesezeichen hinzufügen' and the lines 'Themenfelder:', 'Parlament allgemein', 'Format:', "
              "'Veranstaltungen', 'Stichworte:', 'Gedenkveranstaltung/Bures/Saller' dropped, so the release's number "
              "line is the first line (rule 18); the stored copy is cut off in the paragraph 'Wir haben beschönigende "
              "Geschichtsmythen …', which is dropped)",
    license=PK,
    paras=["Gedenkveranstaltung im Parlament: Rede von Nationalratspräsidentin Doris Bures",
           "\"Wir müssen auf der Hut sein! Auf der Hut sein, wenn unantastbar geglaubte Tabugrenzen überschritten "
           "werden\"",
           "Wien (PK) – Die Rede von Nationalratspräsidentin Doris Bures anlässlich der diesjährigen "
           "Gedenkveranstaltung gegen Gewalt und Rassismus im Gedenken an die Opfer des Nationalsozialismus in "
           "vollem Wortlaut:",
           p3,
           "Das war nicht immer so: Vor wenigen Jahren noch haben sich am Heldenplatz jedes Jahr eine Handvoll "
           "Menschen versammelt, die diesem Tag mit Trauer begegnet sind. Aber heute ist rund um die Hofburg kein "
           "Platz mehr für Menschen, die die Niederlage der Nationalsozialisten beklagen. Und das ist gut so!",
           "Drei Tage vor der Kapitulation der Wehrmacht, am 5. Mai 1945, haben amerikanische Truppen das KZ "
           "Mauthausen befreit. Die unfassbaren Bilder von damals haben sich in all ihrer Entsetzlichkeit in das "
           "kollektive Gedächtnis unseres Landes eingegraben.",
           "Seit fast 20 Jahren ist der 5. Mai der offizielle österreichische Gedenktag gegen Gewalt und Rassismus im "
           "Gedenken an die Opfer des Nationalsozialismus. Rund um diesen Tag verneigen wir uns im Parlament jedes "
           "Jahr vor den Opfern und halten die Erinnerung an sie hoch. Ich glaube wir dürfen heute zu Recht sagen: "
           "Österreich hat viele Lehren aus der Vergangenheit gezogen."],
    quotes=[("\"Wir müssen auf der Hut sein! Auf der Hut sein, wenn unantastbar geglaubte Tabugrenzen überschritten "
             "werden\"", "Doris Bures"),
            (p3, "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Nationalratspräsidentin Doris Bures"]})

p3 = ("\"Das Vergessen des Bösen ist die Erlaubnis zu seiner Wiederholung\", zitierte Nationalratspräsident Sobotka "
      "die Inschrift auf dem griechischen Mahnmal in der Gedenkstätte Mauthausen und forderte, dass man entschieden "
      "gegen jegliches Vergessen der Gräueltaten der Nazizeit auftreten müsse. Antisemitismus dürfe wie jede andere "
      "Form des Hasses keinen Platz in Europa haben. Dieser Hass sei nicht nur für die jüdischen Gemeinden, sondern "
      "für die gesamte Gesellschaft und ihre Werte, für die Demokratie sowie für die Vielfalt in der Gesellschaft eine "
      "Bedrohung, betonte Sobotka und erklärte weiters: \"Das Wissen um die Verbrechen der Shoah und das Gedenken an "
      "die Opfer bestärken uns auf einzigartige Weise darin, stets für die Achtung der Menschenwürde einzutreten.\"")
add(id="ho4-pk-2022-01-25-sobotka-berlin",
    title="Sobotka: Gemeinsam ein starkes Zeichen gegen den Antisemitismus setzen",
    url="https://www.ots.at/presseaussendung/OTS_20220125_OTS0149/sobotka-gemeinsam-ein-starkes-zeichen-gegen-den-antisemitismus-setzen",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 25.01.2022; "
              "the subtitle and the subheading kept as their own lines; the doubled dateline 'Wien (PK) - Wien/Berlin "
              "(PK) -' as published; the subheading 'Antisemitismus wird europaweit stärker' is dropped with its "
              "paragraph, which is cut off in the stored copy (rule 15))",
    license=PK,
    paras=["Nationalratspräsident Sobotka im Austausch mit deutscher Bundestagspräsidentin und israelischem "
           "Knesset-Präsidenten in Berlin",
           "Wien (PK) - Wien/Berlin (PK) - Im Zuge einer Auslandsreise traf Nationalratspräsident Wolfgang Sobotka "
           "heute in Berlin mit der neuen deutschen Bundestagspräsidentin Bärbel Bas und dem israelischen Präsidenten "
           "der Knesset Mickey Levy zusammen. Im Mittelpunkt der Gespräche standen die Bekämpfung von Antisemitismus, "
           "die Gedenkkampagne #WeRemember sowie der Internationale Holocaust Gedenktag am 27. Jänner.",
           "Kein Platz für Antisemitismus und jede andere Form des Hasses in Europa",
           p3],
    quotes=[(cut(p3, "\"Das Vergessen", "Wiederholung\""), "Wolfgang Sobotka"),
            (cut(p3, "\"Das Wissen", "einzutreten.\""), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Sobotka",
                                  "Nationalratspräsident Wolfgang Sobotka"]})

# --- news of the European Commission's Representation in Germany, reposted by the EIZ Niedersachsen ---

p2 = ("EU-Kommissionspräsidentin Ursula von der Leyen hat den ehemaligen sowjetischen Präsidenten Michail Gorbatschow "
      "als Führungspersönlichkeit gewürdigt, die zuverlässig und geachtet gewesen sei. Zum Tod von Gorbatschow schrieb "
      "von der Leyen auf Twitter: „Er spielte eine entscheidende Rolle bei der Beendigung des Kalten Krieges und dem "
      "Fall des Eisernen Vorhangs. Er ebnete den Weg für ein freies Europa.")
add(id="ho4-eucom-2022-eiz-nachrichten-seite-26", title="EU würdigt Michail Gorbatschow",
    url="https://www.eiz-niedersachsen.de/aktuelles/eu-nachrichten/page/26",
    retrieved="same address (stored list page of the EIZ Niedersachsen's 'EU-Nachrichten', the Commission's news "
              "reposted with the credit 'Quelle: EU-Kommission', state of September 2022, as the page/177 list used "
              "in heldout2-de; each item's headline on its own line without its photo credit '© Europäische Union, "
              "2020, Quelle: EU-Kommission - Audiovisueller Dienst, Fotograf*in: …' (rule 19); the first item's "
              "teaser as published, its quotation without a closing mark (rule 22); the event listing '21.09.2022 "
              "12:30 - 00:00 Online', the line 'EIZ Logo' and the event teaser, cut off in the stored copy, dropped)",
    license=EU,
    paras=[p2,
           "EU fördert sozialen Wohnraum in Hannover mit 60 Millionen Euro",
           "Die Europäische Investitionsbank (EIB) schafft mit Hilfe eines Darlehns von 60 Millionen Euro in Hannover "
           "640 neue bezahlbare Wohnungen. Die Mittel für das Bauprogramm für sozialen und bezahlbaren Wohnraum "
           "stammen aus dem EU-Programm InvestEU. Das Projekt der kommunalen Wohnungsgesellschaft hanova ist außerdem "
           "energieeffizient: 82 Prozent der Gebäude erreichen eine Energieeffizienz, die mindestens 20 Prozent über "
           "dem deutschen Effizienzhaus-Standard KfW 55 liegt. Bei den übrigen Gebäuden werden mindestens 10 Prozent "
           "angestrebt.",
           "Hohe Energiepreise: Von der Leyen kündigt Reform des EU-Strommarktdesigns an",
           "In einer Grundsatzrede beim Strategischen Forum im slowenischen Bled und bei einer öffentlichen Diskussion "
           "mit Bundeswirtschaftsminister Robert Habeck in Berlin hat EU-Kommissionspräsidentin Ursula von der Leyen "
           "eine grundlegende Reform des Strommarktdesigns in Europa angekündigt. Mehrere Faktoren – darunter dominant "
           "Putins Krieg gegen die Ukraine – führten derzeit zu extremen Reaktionen an den Märkten."],
    quotes=[(cut(p2, "„Er spielte", "freies Europa."), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "von der Leyen"]})
