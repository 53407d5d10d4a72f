# Hundred-and-seventy-second held-out German real-news set (tests/data/heldout172-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1310-1311). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, OTS number, repost address, the
# speakers' names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file
# of tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-seventy-second held-out set": texts of the Austrian Federal Chancellery
# (licence BKA) on women's affairs, integration and culture: three OTS releases of the women's minister in the Chancellery
# (2013), one Bundespressedienst release as reposted by the Österreich Journal (2014), two news items of
# bundeskanzleramt.gv.at (2018, 2025). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- OTS: release of the women's minister in the Federal Chancellery, Equal Pay Day, April 2013 ---

HH = "Gabriele Heinisch-Hosek"
EP_P1 = ('Wien (OTS) - "Dass wir noch immer 25,5 Prozent Lohnunterschiede haben, ist traurige Realität", sagte '
         'Frauenministerin Gabriele Heinisch-Hosek anlässlich des heutigen Equal Pay Days. Der Equal Pay Day ist der Tag, '
         'bis zu dem Frauen in das Jahr 2013 hinein weiterarbeiten müssen, damit sie so viel verdient haben, wie die Männer '
         'mit Ende 2012.')
EP_P2 = ('"Von diesem Viertel kann man rund 15 bis 18 Prozent überhaupt nicht erklären - das heißt, da sind Teilzeit, '
         'Überstunden und Berufswahl schon herausgerechnet. Das sind die reinen Diskriminierungsprozente, die da übrig '
         'bleiben", so die Ministerin. Und weiter: "Darum bleibe ich hart auf Kurs in Richtung Einkommensgerechtigkeit. '
         'Niemand in diesem Land hat Verständnis für unfaire Bezahlung, für die Benachteiligung von Frauen".')
EP_P3 = ('Sie werde die Sozialpartner und den Koalitionspartner im Frühsommer zu Gesprächen einladen. Und sie werde sich '
         'Best-Practice-Beispiele von Unternehmen genauso ansehen, wie die Frage stellen: "Braucht es weitere Verbesserungen '
         'bei der Gehaltstransparenz, möglicherweise auch härtere Sanktionen bei Verstößen? Ich möchte auch darüber reden, '
         'die Berichtspflicht auf kleinere Betriebe auszudehnen", so die Ministerin. Und in wenigen Tagen werde der sehr '
         'erfolgreiche Gehaltsrechner mit den neuesten Zahlen aktualisiert. "Diese Maßnahmen werden die Einkommensschere '
         'weiter verringern", sagte Heinisch-Hosek zum Schluss.')

add(id="ho172-bka-ots-2013-04-05-heinisch-hosek-equal-pay-day",
    title="Heinisch-Hosek: Bleibe hart auf Kurs in Richtung Einkommensgerechtigkeit",
    url="https://www.ots.at/presseaussendung/OTS_20130405_OTS0100/heinisch-hosek-bleibe-hart-auf-kurs-in-richtung-"
        "einkommensgerechtigkeit",
    retrieved="same address (release of 5 April 2013 on the OTS press-release service under the dateline 'Wien (OTS)'; "
              "its contact block names the press spokeswoman of the minister Gabriele Heinisch-Hosek with an address at "
              "bka.gv.at, so the release is the Federal Chancellery's (Heinisch-Hosek was the women's minister in the "
              "Chancellery; as the Ostermayer release of the hundred-and-second set); the date marker of the stored copy "
              "dropped; the subtitle kept as a line of its own (rule 18); the contact block 'Rückfragen & Kontakt: … "
              "julia.valsky @ bka.gv.at' and the Facebook line dropped; the four-asterisk mark is not in this copy; the "
              "closing mark before the full stop in 'Benachteiligung von Frauen\".' kept as published (rule 20); complete "
              "in the stored copy)",
    license=BKA,
    paras=["Einkommensberichte, Gehaltsrechner, Best-Practice-Beispiele von Unternehmen sind Maßnahmen um "
           "Einkommensschere zu verringern",
           EP_P1, EP_P2, EP_P3],
    quotes=[(cut(EP_P1, '"Dass wir', 'traurige Realität"'), HH),
            (cut(EP_P2, '"Von diesem', 'übrig bleiben"'), HH),
            (cut(EP_P2, '"Darum bleibe', 'von Frauen"'), HH),
            (cut(EP_P3, '"Braucht es', 'auszudehnen"'), HH),
            (cut(EP_P3, '"Diese Maßnahmen', 'verringern"'), HH)],
    aliases={HH: ["Gabriele Heinisch-Hosek", "Frauenministerin Gabriele Heinisch-Hosek", "Heinisch-Hosek",
                  "die Ministerin"]})

# --- OTS: two releases of the women's minister in the Federal Chancellery, November and December 2013 ---

GT_P1 = ('Wien (OTS) - "Jede fünfte Frau wird einmal in ihrem Leben Opfer von Gewalt, das ist alarmierend", sagte '
         'Frauenministerin Gabriele Heinisch-Hosek anlässlich des heutigen Internationalen Tags gegen Gewalt an Frauen, '
         'der den Start der Aktion "16 Tage gegen Gewalt" darstellt. Jedes Jahr machen in diesem Aktionszeitraum '
         'unzählige Organisationen auf das Thema Gewalt an Frauen aufmerksam.')
GT_P2 = ('"Heuer möchte ich die Hilfseinrichtungen für von Gewalt betroffene Frauen in den Mittelpunkt stellen", sagte die '
         'Ministerin. Wichtig sei ihr zu zeigen, dass es in Österreich mit dem Gewaltschutzgesetz und den '
         'Gewaltschutzeinrichtungen ein wichtiges und dichtes Netz gebe, damit von Gewalt betroffenen Frauen und Kindern '
         'rasch geholfen werden könne.')
GT_P3 = ('"Frauen bekommen Hilfe in Frauenhäusern, in den Gewaltschutzzentren, in den Frauenberatungseinrichtungen und '
         'besonders durch unsere Frauenhelpline 0800 222 555, die 24 Stunden, 365 Tage im Jahr erreichbar ist. Und wir '
         'haben heuer ein neues Service gestartet:')
GT_P4 = ('Unsere fem:HELP-App für Android-Handys und iPhones ist ein Zusatzinstrument für Frauen, um sich in '
         'Gewaltbeziehungen informieren und befreien zu können", so Heinisch-Hosek zum Schluss.')

add(id="ho172-bka-ots-2013-11-25-heinisch-hosek-tag-gegen-gewalt",
    title="Heinisch-Hosek zum heutigen Internationalen Tag gegen Gewalt an Frauen",
    url="https://www.ots.at/presseaussendung/OTS_20131125_OTS0077/heinisch-hosek-zum-heutigen-internationalen-tag-gegen-"
        "gewalt-an-frauen",
    retrieved="same address (release of 25 November 2013 on OTS under the dateline 'Wien (OTS)', not a party service "
              "such as 'OTS/SK'; the release speaks for the women's minister in the Chancellery and sends readers to the "
              "Chancellery's women's site frauen.bka.gv.at; the stored copy ends before the contact block, so the "
              "sender is taken from the text, not read from the contact block (see SOURCES.md); the date marker of the "
              "stored copy dropped; the minister's last statement runs over two paragraphs in the stored copy (break "
              "after 'ein neues Service gestartet:') and is kept so; complete in the stored copy)",
    license=BKA,
    paras=[GT_P1, GT_P2, GT_P3, GT_P4,
           "Die fem:HELP-App kann unter frauen.bka.gv.at ganz einfach heruntergeladen werden."],
    quotes=[(cut(GT_P1, '"Jede fünfte', 'alarmierend"'), HH),
            ('"16 Tage gegen Gewalt"', None),
            (cut(GT_P2, '"Heuer möchte', 'stellen"'), HH),
            (GT_P3, HH),
            (cut(GT_P4, 'Unsere fem:HELP-App', 'können"'), HH)],
    aliases={HH: ["Gabriele Heinisch-Hosek", "Frauenministerin Gabriele Heinisch-Hosek", "Heinisch-Hosek",
                  "die Ministerin"]})

SW_SUB = 'Grußworte der Frauenministerin anlässlich der Ausstellung "Silent Witnesses"'
SW_P1 = ('Wien (OTS) - "Ich bin stolz darauf, dass wir in Österreich während der Aktion \'16 Tage gegen Gewalt\' viele '
         'Veranstaltungen, Aktionen und Kampagnen gestartet haben, die auch nachhaltig wirken sollen", erklärte '
         'Bundesministerin Gabriele Heinisch-Hosek gestern, Montag, bei einer Präsentation der Ausstellung "Silent '
         'Witnesses - Stumme Zeuginnen" im Parlament. "Die Zahl der Opfer in den österreichischen Gewaltschutzzentren lag '
         '2012 bei einem traurigen Höchststand von 15.800. Jede vierte bis fünfte Frau ist einmal in ihrem '
         'Beziehungsleben von Gewalt betroffen", verwies Heinisch-Hosek auf die Wichtigkeit von Projekten wie dieser '
         'Ausstellung, worin weibliche Opfer portraitiert werden: "Es handelt sich um die Darstellung erschütternder '
         'Einzelschicksale, die zunächst an eine glückliche Beziehung dachten und am Ende ermordet wurden."')
SW_P2 = ('Die Frauenministerin leitete dazu über, dass im Bereich des Gewaltschutzes der nächste Schritt durch die '
         'Einrichtung einer interministeriellen Arbeitsgruppe bereits eingeleitet wurde: "Durch Einbindung des Parlaments '
         'sowie Expertinnen und Experten samt NGOs ist es möglich, die noch notwendigen Maßnahmen in diesem Bereich in die '
         'Wege zu leiten. Wir wollen beim Gewaltschutz alle maßgeblichen Kräfte ins Boot holen und eine entsprechende '
         'weitere Professionalisierung anstreben", so Heinisch-Hosek, die sich darüber erfreut zeigte, dass Österreich zu '
         'jenen acht Staaten gehört, die im Rahmen des Europarates eine Konvention zum Schutz der Frauen vor Gewalt '
         'unterzeichnet haben.')

add(id="ho172-bka-ots-2013-12-03-heinisch-hosek-silent-witnesses",
    title="Heinisch-Hosek: Beim Gewaltschutz alle maßgeblichen Kräfte ins Boot holen",
    url="https://www.ots.at/presseaussendung/OTS_20131203_OTS0022/heinisch-hosek-beim-gewaltschutz-alle-massgeblichen-"
        "kraefte-ins-boot-holen",
    retrieved="same address (release of 3 December 2013 on OTS under the dateline 'Wien (OTS)', not a party service; "
              "it reports the women's minister's words of greeting, and the stored copy is cut before the contact block, "
              "so the sender is taken from the text (see SOURCES.md); the date marker dropped; subtitle kept as a line of "
              "its own (rule 18); the paragraph 'Die Bundesministerin blickte auf die abgelaufene Legislaturperiode "
              "zurück, … die Ausweitung des Betretungsve', cut off in the stored copy, dropped (rule 15); 'portraitiert' "
              "kept as published (rule 20))",
    license=BKA,
    paras=[SW_SUB, SW_P1, SW_P2],
    quotes=[('"Silent Witnesses"', None),
            (cut(SW_P1, '"Ich bin stolz', 'wirken sollen"'), HH),
            ('"Silent Witnesses - Stumme Zeuginnen"', None),
            (cut(SW_P1, '"Die Zahl', 'betroffen"'), HH),
            (cut(SW_P1, '"Es handelt', 'ermordet wurden."'), HH),
            (cut(SW_P2, '"Durch Einbindung', 'anstreben"'), HH)],
    aliases={HH: ["Gabriele Heinisch-Hosek", "Bundesministerin Gabriele Heinisch-Hosek", "Heinisch-Hosek",
                  "Frauenministerin"]})

# --- Österreich Journal: repost of a Bundespressedienst release, August 2014 (rule 252) ---

OSTERMAYER = "Josef Ostermayer"
KT_P1 = ('Wien (bpd) - Von der Tatsache, dass Kultur in Österreich nicht nur auf großen Bühnen und in Metropolen stattfindet, '
         'überzeugt sich Kunst- und Kulturminister Josef Ostermayer seit Amtsantritt im Rahmen seiner '
         'Bundesländer-Kulturtour: vom "Künstlerdorf Neumarkt an der Raab" im Burgenland über das "Werner Berg Museum" in '
         'Bleiburg/Pliberk bis hin zum "Kultursommer" in Güssing. Er trifft KünstlerInnen, KuratorInnen und DirektorInnen '
         'in ganz Österreich.')
KT_P2 = ('Bundesminister Ostermayer: "Kunst und Kultur findet statt, wo ein Umfeld geschaffen wurde, in dem Kreativität '
         'gedeihen und wachsen kann. Ich halte es für außerordentlich wichtig, dass nicht nur überall in Österreich '
         'künstlerisch gearbeitet wird, sondern auch, dass ein barrierefreier Zugang zu Kunst und Kultur abseits der '
         'Ballungszentren ermöglicht wird", so Bundesminister Ostermayer. "Durch Unterstützung und Förderung regionaler '
         'Kulturinitiativen leisten Bund und Länder hier einen wertvollen Beitrag zur kulturellen Vielfalt in Österreich."')

add(id="ho172-bka-oej-2014-08-ostermayer-kulturtour-niederoesterreich",
    title="Nach Besuchen in Kärnten, Salzburg, und Burgenland war Kunst- und Kulturminister Josef Ostermayer in "
          "Niederösterreich zu Gast",
    url="http://oe-journal.at/Aktuelles/!2014/0814/W4/22908bpdOstermayer.htm",
    retrieved="same address (the Federal Chancellery press service's release of late August 2014 as reposted by the "
              "Österreich Journal under the dateline 'Wien (bpd)', which names the Bundespressedienst as its source (rules "
              "31, 252), as in the hundred-and-second held-out set; the stored copy opens with the headline, kept as the "
              "first line; the stored copy breaks its lines at about 110 characters, and these breaks are joined with a "
              "space, also inside the headline ('Josef / Ostermayer'); paragraphs are taken to end where a short line "
              "closes a sentence ('in ganz Österreich.', '… Vielfalt in Österreich.\"', '… vorgestellt wurde.'); the "
              "comma in 'Kärnten, Salzburg, und Burgenland' kept as published (rule 20); the reposting site's closing "
              "mark '|' dropped (rule 94); complete in the stored copy)",
    license=BKA,
    paras=[KT_P1, KT_P2,
           "Am 27.08. besuchte Bundesminister Ostermayer im Rahmen seiner Kulturtour durch die Bundesländer die "
           "Ausstellung von Martha Jungwirth in der Kunsthalle Krems, durch die ihn Direktor Hans-Peter Wipplinger führte, "
           "das Unabhängige Literaturhaus Niederösterreich, in dem er Gespräche mit Obfrau Sylvia Treudl führte, und das "
           "Benediktinerstift Göttweig, dessen kulturelles Erbe von Abt Columban Luser vorgestellt wurde.",
           "Nächste Station der Kulturtour von Bundesminister Ostermayer wird Oberösterreich sein, wo er Anfang September "
           "in Linz zur Verleihung der Goldenen Nica und anlässlich der Klangwolke 2014 das Brucknerhaus besuchen wird."],
    quotes=[('"Künstlerdorf Neumarkt an der Raab"', None),
            ('"Werner Berg Museum"', None),
            ('"Kultursommer"', None),
            (cut(KT_P2, '"Kunst und Kultur', 'ermöglicht wird"'), OSTERMAYER),
            (cut(KT_P2, '"Durch Unterstützung', 'in Österreich."'), OSTERMAYER)],
    aliases={OSTERMAYER: ["Josef Ostermayer", "Kunst- und Kulturminister Josef Ostermayer", "Bundesminister Ostermayer",
                          "Ostermayer"]})

# --- bundeskanzleramt.gv.at: news item on the Austrian art prizes 2017 (July 2018) ---

BLUEMEL = "Gernot Blümel"
KP_TITLE = ('Kulturminister Gernot Blümel: "Kunstpreise für exzellente Leistungen an heimische Kunst- und Kulturschaffende '
            'vergeben"')
KP_P1 = ('"Kunst entsteht auf der Basis spezifischer lokaler und intellektueller Gegebenheiten. Sie ist immer Ausdruck von '
         'raumgebundenen materiellen und geistigen Traditionen; sie ist die Reflexion bestimmter und bestimmender '
         'Geschichten und sie ist vor allem auch die Antizipation einer Zukunft, in der Vorstellungswelt von '
         'Gesellschaften", sagte Bundesminister für EU, Kunst, Kultur und Medien Gernot Blümel anlässlich der Überreichung '
         'der Österreichischen Kunstpreise 2017 sowie des Hans-Hollein-Kunstpreises 2017.')
KP_P3 = ('Die Preisträgerinnen und Preisträger werden von unabhängigen Jurys gewählt. Ausschlaggebend für die '
         'Entscheidungsfindung ist ausschließlich die Zielsetzung des Preises: Die Heraushebung des Exzellenten in '
         'unterschiedlichen Kategorien. "Alle 9 Preisträgerinnen und Preisträger haben in Ihren jeweiligen Bereichen '
         'exzellente Leistungen erbracht. Das wollen wir mit dem Österreichischen Kunstpreis würdigen und hervorheben. '
         'Herzliche Gratulation!", so der Kulturminister abschließend.')

add(id="ho172-bka-2018-07-bluemel-kunstpreise-2017",
    title=KP_TITLE,
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2017-2018/kulturminister-gernot-"
        "bluemel-kunstpreise-fur-exzellente-leistungen-an-heimische-kunst-und-kulturschaffende-vergeben-.html",
    retrieved="same address (news item of the Federal Chancellery of July 2018 on the award ceremony of 12 July 2018; "
              "subtitle kept as a line of its own (rule 18); the list of prize winners kept, each item a line of its own "
              "with its bullet '- ' dropped; the closing line 'Bilder zu dieser Veranstaltung sind über das Fotoservice "
              "des Bundeskanzleramtes kostenfrei abrufbar.' dropped as furniture; 'in Ihren jeweiligen Bereichen' kept "
              "as published (rule 20); complete in the stored copy)",
    license=BKA,
    paras=["Verleihung der Österreichischen Kunstpreise 2017 sowie des Hans-Hollein-Kunstpreises für Architektur 2017",
           KP_P1,
           "Diese Leistungen auch in den Mittelpunkt des gesellschaftlichen Diskurses zu stellen und damit "
           "Verschiedenheiten aufzuzeigen, gehöre zu den zentralen Aufgaben einer Gesellschaftspolitik.",
           KP_P3,
           "Die Preisträgerinnen und Preisträger des Österreichischen Kunstpreises 2017 sowie des "
           "Hans-Hollein-Kunstpreises 2017:",
           "Bildende Kunst: Martin Walde",
           "Film: Brigitta Burger-Utzer",
           "Kulturinitiativen: wellenklaenge, Lunz am See",
           "Künstlerische Fotografie: Bernhard Fuchs",
           "Literatur: Wolf Haas",
           "Medienkunst: Peter Weibel",
           "Musik: Josef Aichinger",
           "Hans-Hollein-Kunstpreis für Architektur: Marie-Therese Harnoncourt und Ernst J. Fuchs von the next "
           "ENTERprise Architects"],
    quotes=[(cut(KP_TITLE, '"Kunstpreise', 'vergeben"'), BLUEMEL),
            (cut(KP_P1, '"Kunst entsteht', 'Gesellschaften"'), BLUEMEL),
            (cut(KP_P3, '"Alle 9', 'Gratulation!"'), BLUEMEL)],
    aliases={BLUEMEL: ["Gernot Blümel", "Kulturminister Gernot Blümel", "Kulturminister"]})

# --- bundeskanzleramt.gv.at: news item of the integration minister, July 2025 ---

PLAKOLM = "Claudia Plakolm"
JB_SUB = 'Präsentation "Statistisches Jahrbuch 2025 – Migration und Integration"'
JB_P1 = ('"Bei Integration habe ich eine klare Haltung: Wer bleiben will, muss Teil werden. Das bedeutet, unsere Sprache zu '
         'sprechen, arbeiten zu gehen und sich an unsere Regeln und Werte zu halten", betonte Integrationsministerin '
         'Claudia Plakolm bei der Präsentation des "Statistischen Jahrbuchs 2025 – Migration und Integration", bei der sie '
         'mit Stephan Marik-Lebeck von der Direktion Bevölkerung der Statistik Austria die wichtigsten Ergebnisse '
         'skizzierte. Und so habe die Bundesregierung ein verpflichtendes Integrationsprogramm beschlossen, das auf den '
         'Säulen Deutsch, Arbeit und Werte stehe. "Als Staat gehen wir mit Deutschkursen, Arbeitsmarktintegration und '
         'Wertevermittlung in Vorleistung. Die Holschuld bei der Integration wird nicht immer erbracht. Das \'Statistische '
         'Jahrbuch Migration und Integration\' liefert eine Basis dafür, wo wir dabei stehen", erläuterte Plakolm.')
JB_P2 = ('2024 wurden in Österreich rund 25.400 Asylanträge gestellt, das ist ein Rückgang um 57 Prozent im Vergleich zum '
         'Vorjahr. "Die Entwicklung bei den Asylanträgen verschafft uns die dringend nötige Luft für Integration, die nur '
         'dann gelingt, wenn unsere Systeme nicht völlig überlastet sind. Wir haben den Familiennachzug gestoppt, weil mit '
         'jedem weiteren Nachzug die Integrationsbereitschaft spürbar sinkt", sagte die Integrationsministerin. Im ersten '
         'Halbjahr 2025 seien um mehr als ein Drittel weniger Asylanträge als im Vergleichszeitraum 2024 registriert '
         'worden. "Wir können und wollen nicht mehr Menschen aufnehmen, denn je mehr ohne Deutschkenntnisse und Job zu uns '
         'kommen, desto größer wird die Aufgabe für unsere Schulen, unsere Systeme und die ganze Gesellschaft."')

add(id="ho172-bka-2025-07-plakolm-statistisches-jahrbuch",
    title="Integrationsministerin Plakolm: Verpflichtendes Integrationsprogramm steht auf den Säulen Deutsch, Arbeit und "
          "Werte",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2025/07/"
        "integrationsministerin-plakolm-verpflichtendes-integrationsprogramm-steht-auf-den-saeulen-deutsch-arbeit-und-"
        "werte.html",
    retrieved="same address (news item of the Federal Chancellery of July 2025; subtitle kept as a line of its own (rule "
              "18); the subheading 'Integration braucht klare Regeln, Erwartungen und Konsequenzen' and the paragraph "
              "under it ('\"75,8 Prozent der Zugewanderten sagen, …'), cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=[JB_SUB, JB_P1, JB_P2],
    quotes=[('"Statistisches Jahrbuch 2025 – Migration und Integration"', None),
            (cut(JB_P1, '"Bei Integration', 'Werte zu halten"'), PLAKOLM),
            ('"Statistischen Jahrbuchs 2025 – Migration und Integration"', None),
            (cut(JB_P1, '"Als Staat', 'dabei stehen"'), PLAKOLM),
            (cut(JB_P2, '"Die Entwicklung', 'spürbar sinkt"'), PLAKOLM),
            (cut(JB_P2, '"Wir können', 'ganze Gesellschaft."'), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Integrationsministerin Claudia Plakolm", "Integrationsministerin Plakolm",
                       "Plakolm", "Integrationsministerin"]})
