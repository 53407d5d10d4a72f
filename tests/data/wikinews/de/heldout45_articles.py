# Forty-fifth held-out German real-news set (tests/data/heldout45-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183 and the later rules of the sets since, and the new rules of this set, 260-265). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, and by a distinctive-phrase search against the texts of all sets). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Forty-fifth held-out set": texts of the German Federal Government (news items of
# bundeskanzlerin.de; transcripts of the video series "Die Woche der Kanzlerin" in the media library of bundesregierung.de
# and of its archive archiv.bundesregierung.de), licences.BREG; a news item of the Austrian Parliament (parlament.gv.at),
# licences.PK. Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundeskanzlerin.de: news items ---

UNWETTER_P6 = ("Kräfte der Bundeswehr, des Technischen Hilfswerks und der Bundespolizei seien vor Ort aktiv und würden bei "
               "Bedarf verstärkt werden. \"Ich danke allen von Herzen, die in diesen Tagen im Fluteinsatz sind, oft bis an "
               "den Rand der Erschöpfung kämpfen, ob sie nun einfach Mitbürger sind, Ehrenamtliche oder Mitarbeiter in den "
               "Kommunen.\"")
UNWETTER_P8 = ("Merkel sagte, sie denke an die Bürgerinnen und Bürger, die in diesen Stunden um ihre Häuser, ihr Hab und Gut, "
               "ihre Ortschaften kämpften. \"Wir trauern um die Menschen, für die die Hilfe zu spät kam, und die in den "
               "Fluten ihr Leben verloren haben.\"")

add(id="ho45-breg-bkin-unwetter-notsituation",
    title="\"Notsituation zeigt, wie wir beieinander stehen\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/-notsituation-zeigt-wie-wir-beieinander-stehen--444192",
    retrieved="same address (stored news item of bundeskanzlerin.de on the storms and floods in Bavaria, Baden-Württemberg "
              "and the west of Germany; the headline, which the page shows first alone and then again after the kicker "
              "('Merkel zu Unwettern in Deutschland \"Notsituation …\"', run together in the stored copy), kept in both "
              "places as stored (rules 18, 20); the reading-time line '1 Min. Lesedauer' dropped as furniture; the first "
              "body word 'undeskanzlerin', whose drop-capital B the stored copy lost, kept as stored (rule 20); the last "
              "paragraph 'Die Kanzlerin sagte, sie sei in Gedanken bei den Familien, … \"Und das inmitten der Verwüstung, d', "
              "cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Merkel zu Unwettern in Deutschland \"Notsituation zeigt, wie wir beieinander stehen\"",
           "Bundeskanzlerin Merkel hat den Opfern der Unwetter in Teilen Deutschlands gedacht. Sie sei in Gedanken bei den "
           "Familien, die mitten in der Verwüstung mit dem Verlust fertig werden müssten. Merkel dankte den Helfern vor Ort. "
           "Sie beobachte die Situation weiter sehr genau.",
           "undeskanzlerin Angela Merkel hat den Angehörigen der Opfer der Hochwasserkatastrophe ihre Anteilnahme "
           "ausgesprochen. Vor allem Bayern, Baden-Württemberg, aber auch am Niederrhein, in Rheinland-Pfalz und in der "
           "Eifel verwüstete das Unwetter ganze Regionen und Ortschaften.",
           "\"Ich beobachte die Entwicklung in den betroffenen Orten und Regionen sehr genau\", sagte die Kanzlerin am Rande "
           "einer Pressekonferenz mit Nato-Generalsekretär Jens Stoltenberg. Das Bundesinnenministerium stehe im Kontakt "
           "mit den Behörden der betroffenen Länder.",
           "Bis an Rand der Erschöpfung kämpfend",
           "Die bewährten Strukturen der Katastrophenhilfe in Kommunen und Ländern seien an vielen Orten im Einsatz, um "
           "rasch Hilfe zu den Menschen zu bringen und dann auch den Wiederaufbau zu gewährleisten, so Merkel.",
           UNWETTER_P6,
           "In Gedanken bei den Opfern und ihren Familien",
           UNWETTER_P8],
    quotes=[("\"Notsituation zeigt, wie wir beieinander stehen\"", MERKEL, 0),
            ("\"Notsituation zeigt, wie wir beieinander stehen\"", MERKEL, 1),
            ("\"Ich beobachte die Entwicklung in den betroffenen Orten und Regionen sehr genau\"", MERKEL),
            (cut(UNWETTER_P6, "\"Ich danke", "Kommunen.\""), MERKEL),
            (cut(UNWETTER_P8, "\"Wir trauern", "verloren haben.\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin"]})

# --- parlament.gv.at: news items of the Austrian Parliament ---

FESTAKT_P4 = ("In seiner Festrede sprach der ehemalige Präsident des Deutschen Bundestages Wolfgang Schäuble vor allem die "
              "schwere Vertrauenskrise an, in der sich die repräsentative Demokratie derzeit befinde. Schäuble plädierte "
              "daher dafür, \"den Streit in der Mitte der Gesellschaft\" zu suchen und ihn öffentlich in den Parlamenten "
              "auszutragen. Dabei gelte es, deutlich zu machen, dass um der Sache willen miteinander gerungen werde und "
              "Politik kein Selbstzweck sei. Anschließend fand noch ein moderiertes Gespräch mit Vertreter:innen aller "
              "Parlamentsfraktionen statt.")

add(id="ho45-pk-news-2023-01-12-festakt-parlament",
    title="News 12.01.2023, 18:30",
    url="https://www.parlament.gv.at/aktuelles/news/Saniertes-Parlament-mit-grossem-Festakt-eroeffnet",
    retrieved="same address (stored news item of the Austrian Parliament's website of 12 January 2023; the page's date line "
              "'News 12.01.2023, 18:30' is the first line as stored (rule 18), the headline and the teaser follow as lines "
              "of their own; the link line 'Hier können Sie den Festakt nachschauen' dropped as site furniture (rule 93); "
              "complete in the stored copy)",
    license=PK,
    paras=["Saniertes Parlament mit großem Festakt eröffnet",
           "In seiner Festrede plädierte der ehemalige Präsident des Deutschen Bundestages, Wolfgang Schäuble, dafür, "
           "\"den Streit in der Mitte der Gesellschaft\" zu suchen und ihn öffentlich in den Parlamenten auszutragen.",
           "Anlässlich der Eröffnung des sanierten Parlamentsgebäudes fand ein großer Festakt im Bundesversammlungssaal "
           "statt, an dem neben der Spitze der heimischen Politik auch zahlreiche Ehrengäste aus dem In- und Ausland "
           "teilnahmen. Das geschichtsträchtige Haus am Ring, das fünf Jahre lang saniert und modernisiert wurde, erstrahlt "
           "nun wieder im neuen Glanz. Für die feierliche musikalische Umrahmung der Veranstaltung sorgten die Wiener "
           "Philharmoniker, die Wiener Sängerknaben sowie die Wiener Chormädchen. ",
           "Nationalratspräsident Wolfgang Sobotka, Bundesratspräsident Günter Kovacs, Zweite Nationalratspräsidentin Doris "
           "Bures und Dritter Nationalratspräsident Norbert Hofer hielten Eröffnungsansprachen. Darin betonten alle "
           "Redner:innen die Notwendigkeit eines respektvollen Miteinanders und setzten sich für die Stärkung des "
           "Vertrauens in die demokratischen Institutionen ein. ",
           FESTAKT_P4],
    quotes=[("\"den Streit in der Mitte der Gesellschaft\"", "Wolfgang Schäuble", 0),
            ("\"den Streit in der Mitte der Gesellschaft\"", "Wolfgang Schäuble", 1)],
    aliases={"Wolfgang Schäuble": ["Wolfgang Schäuble", "Schäuble"]})

WM_P5 = ("Im Sommerinterview des ZDF hatte Merkel gesagt: \"Ich finde, wenn eine so tolle Mannschaft es geschafft hat, ins "
         "Endspiel zu kommen, dann ist es auch richtig, wenn die führende Politiker des Staates, in diesem Falle der "
         "Bundespräsident und ich, dort hin reisen und die Daumen drücken.\" Einen genauen Ergebnis-Tipp gab Merkel nicht ab.")

add(id="ho45-breg-bkin-2014-07-13-weltmeister",
    title="Merkel gratuliert der Nationalelf",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/deutschland-ist-weltmeister--606770",
    retrieved="same address (stored news item of bundeskanzlerin.de of 13 July 2014; the site lines 'Navigation und Service' "
              "and 'Inhalt' dropped as furniture; the kicker is the first line and the headline 'Deutschland ist "
              "Weltmeister!' its own line (rule 18); the image text and caption 'Angela Merkel und Joachim Gauck mit dem "
              "Nationalteam Bundespräsident und Bundeskanzlerin feiern mit der Elf. Foto: Bundesregierung/Bergmann' dropped "
              "(rule 93); the published 'In Rio hat Merkel hat', 'die führende Politiker' and the double space in '1974  und' "
              "kept (rule 20); the closing date line kept as its own line; complete in the stored copy)",
    license=BREG,
    paras=["Deutschland ist Weltmeister!",
           "Weltweit hat ein Milliarden-Publikum das spannende Finale der Fußball-Weltmeisterschaft in Brasilien verfolgt. "
           "Unter den mehr als 70.000 Zuschauern im Maracanã-Stadion in Rio waren auch die Bundeskanzlerin und der "
           "Bundespräsident. Gemeinsam sahen sie den Sieg des deutschen Teams.",
           "In der Verlängerung hat Mario Götze das entscheidende 1:0 für das deutsche Team geschossen. Nach 24 Jahren holen "
           "die Spieler der Nationalelf den Pokal wieder nach Deutschland. Dies ist der vierte Weltmeister-Titel nach 1954, "
           "1974  und 1990 für eine deutsche Mannschaft.",
           "Bundeskanzlerin Angela Merkel war gemeinsam mit Bundespräsident Joachim Gauck nach Brasilien gereist. Von der "
           "Tribüne des Maracanã-Stadion in Rio de Janeiro aus hatten sie das Endspiel gegen Argentinien verfolgt.",
           WM_P5,
           "Vor dem Fußball kommt die Politik",
           "In Rio hat Merkel hat an einem Mittagessen mit Brasiliens Präsidentin Dilma Rousseff teilgenommen. Zuvor war sie "
           "mit dem russischen Präsidenten Wladimir Putin zusammengetroffen. Mit ihm sprach sie über die Lage in der Ukraine.",
           "Für die Kanzlerin ist es die zweite Brasilienreise binnen eines Monats: Bereits beim 4:0-Auftaktsieg gegen "
           "Portugal war die Kanzlerin am Spielort Salvador da Bahia dabei. Nach dem Spiel hatte Merkel die deutschen Spieler "
           "in der Kabine besucht und versprochen, noch einmal nach Brasilien zu reisen, wenn die DFB-Elf das Finale "
           "erreicht.",
           "Sonntag, 13. Juli 2014"],
    quotes=[(cut(WM_P5, "\"Ich finde", "Daumen drücken.\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})

# --- bundesregierung.de: transcripts of the video series "Die Woche der Kanzlerin" (media library) ---

WOCHE14_P6 = ("Angela Merkel: “In der sogenannten „Smart Factory“ tauschen Werkteile und Maschinen selbst Informationen aus. "
              "Dadurch kann ein Produktteil eigenständig die nächste Fertigungsstelle ansteuern. Dort angekommen, initiiert es "
              "dann selbst den nächsten Bearbeitungsschritt.”")
WOCHE14_P8 = ("Angela Merkel: “Jetzt machen Sie mal ein Bild, das gebe ich dann Mark Rutte, wie ich mich vor seinen Dienstsitz "
              "stelle. Das schicken Sie mir dann und dann schreibe ich da eine Widmung drauf.”")

add(id="ho45-breg-mediathek-2014-04-woche-der-kanzlerin",
    title="Die Woche der Kanzlerin (bis 12.04.2014)",
    url="https://www.bundesregierung.de/breg-de/mediathek/die-woche-der-kanzlerin-bis-12-04-2014--438252",
    retrieved="same address (stored media-library page with the transcript of the video of April 2014; the site lines "
              "'Bundesregierung ⏐ Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', "
              "'Mediathek' and 'Service' dropped as furniture; the teaser lines and the day heading 'Sonntag' kept as lines of "
              "their own; the hard line break after 'Hans Klok,' joined with a space (rule 48); the published 'Nuklear Gipfel' "
              "and 'von statten' kept (rule 20); the last turn 'Angela Merkel: “Und weil ich da am Morgen stand, da haben wir "
              "dann ein Bild mit dem Türmchen gemacht.', which the stored copy cuts before its closing mark, dropped with its "
              "unclosed quotation (rule 15))",
    license=BREG,
    paras=["Am Rande der Hannovermesse: ein Geschenk für den Gast aus den Niederlanden.",
           "Zum ersten Mal in Berlin: Aung San Suu Kyi im Kanzleramt",
           "Und: Reise nach Athen, ein Treffen mit jungen Gründern",
           "Sonntag",
           "Sein Land ist das Partnerland der Hannover Messe in diesem Jahr, und so darf Hans Klok, der Zauberkünstler aus "
           "den Niederlanden, die Messe miteröffnen. Zentrales Thema ist die Digitalisierung der Industrie, die viele "
           "Vorteile bietet, sagt Angela Merkel. Zum Beispiel intelligente Fabriken, in denen geradezu Magisches von statten "
           "geht.",
           WOCHE14_P6,
           "Maschinen sollen also bald eigenständig Produkte herstellen können. Eine Viertelstunde später im Gästehaus der "
           "Niedersächsischen Landesregierung. Hier empfängt der niedersächsische Ministerpräsident die Kanzlerin und den "
           "Ministerpräsidenten der Niederlande. Das Verhältnis zwischen Angela Merkel und Mark Rutte ist eng und "
           "freundschaftlich. Die Kanzlerin hat ihm sogar ein Geschenk mitgebracht. Vor zwei Wochen war sie auf dem Nuklear "
           "Gipfel in Den Haag, dort hat sie es anfertigen lassen.",
           WOCHE14_P8,
           "Angela Merkel: “Als ich in der deutschen Botschaft war, da habe ich hinter mir Deinen schönen "
           "Regierungssitz...”",
           "Mark Rutte: “Ja, das ist mein Türmchen.”"],
    quotes=[(cut(WOCHE14_P6, "“In der", "Bearbeitungsschritt.”"), MERKEL),
            (cut(WOCHE14_P8, "“Jetzt machen", "Widmung drauf.”"), MERKEL),
            ("“Als ich in der deutschen Botschaft war, da habe ich hinter mir Deinen schönen Regierungssitz...”", MERKEL),
            ("“Ja, das ist mein Türmchen.”", "Mark Rutte")],
    aliases={MERKEL: ["Angela Merkel", "Kanzlerin"],
             "Mark Rutte": ["Mark Rutte"]})

WOCHE15_P9 = ("Angela Merkel: “Wenn wir gebeten werden, auch etwas finanziell zu tun, um das zu unterstützen, werden wir das "
              "natürlich tun, weil der Terrorismus überall gleich schlimm ist - egal, ob er in Paris stattfindet oder im Irak "
              "durch IS oder durch Boko Haram in Afrika. Da machen wir keinen Unterschied.”")

add(id="ho45-breg-mediathek-2015-01-woche-der-kanzlerin",
    title="Die Woche der Kanzlerin (bis 23.01.2015)",
    url="https://www.bundesregierung.de/breg-de/mediathek/die-woche-der-kanzlerin-bis-23-01-2015--421910",
    retrieved="same address (stored media-library page with the transcript of the video of January 2015; the site lines "
              "'Bundesregierung ⏐ Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', "
              "'Mediathek' and 'Service' dropped as furniture; the repeated title line with dates, the teaser lines with "
              "their leading hyphens and the day headings 'Montag' and 'Dienstag' kept as lines of their own as published "
              "(rules 18, 20); the last turn 'Angela Merkel: “Ob das jetzt der Klimaschutz ist, … ob das Fragen des "
              "nachhaltigen Ressourc', cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BREG,
    paras=["Die Woche der Kanzlerin 19.01.2015 - 23.01.2015",
           "- Gespräche über wirtschaftliche Kooperationen, aber auch Menschenrechte",
           "- der Präsident Aserbaidschans im Kanzleramt",
           "In Davos auf dem Weltwirtschaftsforum - werben für eine Lösung des Konflikts in der Ukraine und in Florenz: "
           "Empfang in der Geburtsstadt des italienischen Ministerpräsidenten.",
           "Montag",
           "Zum allerersten Mal ist er in Berlin: John Dramani Mahama, der Präsident Ghanas.",
           "Merkel: “...this is the so called Hiroshima Tower...”",
           "Angela Merkel und er sprechen unter anderem über Kooperationen im Energiebereich - ausführlich aber auch über "
           "die islamistische Terrorgruppe Boko Haram.",
           "Merkel: “...we met already but the first time in Berlin...”",
           "Der ghanaische Präsident will gemeinsam mit anderen afrikanischen Ländern eine regionale Eingreiftruppe "
           "zusammenstellen, um gegen Boko Haram vorzugehen. Die Kanzlerin sichert Unterstützung zu. Innerhalb der "
           "Europäischen Union will sie sich dafür aussprechen.",
           WOCHE15_P9,
           "Dienstag",
           "Wir haben weltweit zumeist ganz ähnliche Probleme und lösen sie häufig auf unterschiedliche Weise. Dabei lässt "
           "sich voneinander lernen. Das Internationale Deutschlandforum bietet dafür eine Plattform. Eingeladen von Angela "
           "Merkel kommen hier Experten aus 30 Ländern zusammen, um über Innovationen zu sprechen, die zu einer besseren "
           "Lebensqualität führen."],
    quotes=[("“...this is the so called Hiroshima Tower...”", MERKEL),
            ("“...we met already but the first time in Berlin...”", MERKEL),
            (cut(WOCHE15_P9, "“Wenn wir", "keinen Unterschied.”"), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Kanzlerin"]})

# --- archiv.bundesregierung.de: archived transcripts of "Die Woche der Kanzlerin" ---

WOCHE13_P8 = ("Der Gottesdienst findet traditionell vor der konstituierenden Sitzung des Bundestags statt. Der neue Bundestag: "
              "Die Abgeordneten sind im Durchschnitt deutlich jünger geworden und weiblicher: mehr als ein Drittel von ihnen "
              "sind Frauen. Und mehr Parlamentarier denn je haben einen Migrationshintergrund. Unter den insgesamt 631 "
              "Abgeordnetensind 230 neue Gesichter. Die Kanzlerin sitzt in der ersten Reihe und nicht auf der Regierungsbank, "
              "da sie seit heute nur geschäftsführend im Amt ist - bis die neue Regierung steht. Parlamentarischer Brauch ist "
              "es, dass der älteste Abgeordnete die erste Versammlung eröffnet.")
WOCHE13_P9 = ("Alterspräsident Heinz Riesenhuber:“Ich bin geboren am 1. Dezember 1935. Ist jemand früher geboren als ich?” "
              "Lachen im Plenum, Zurufe: “Hier im Haus.” Riesenhuber: “Hier im Haus. Vielen Dank, ja, ein wichtiger "
              "Hinweis.”")

add(id="ho45-breg-archiv-2013-10-woche-der-kanzlerin",
    title="Die Woche der Kanzlerin (bis 26.10.2013)",
    url="https://archiv.bundesregierung.de/archiv-de/mediathek/videos/die-woche-der-kanzlerin-bis-26-10-2013--403024",
    retrieved="same address (stored archive page with the transcript of the video of October 2013; the site lines "
              "'Navigation und Service' and 'Inhalt' dropped as furniture; the teaser lines and the day headings 'Montag' "
              "and 'Dienstag' kept as lines of their own; the published 'undzahlreiche', 'Abgeordnetensind', 'In Namen des "
              "Vater' and the missing space in 'Riesenhuber:“Ich' kept (rule 20); the paragraph 'Der Alterspräsident ruft', "
              "cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=BREG,
    paras=["Im Bundestag kommen die Abgeordneten zu ihrer ersten Sitzung nach der Wahl zusammen",
           "Im Schloss Bellevue erhalten die Kabinettsmitglieder ihre Entlassungsurkunden",
           "Und in Brüssel: ein unerwartetes Thema kommt auf die Tagesordnung",
           "Montag",
           "Der Europäische Rat wird stattfinden am Donnerstag und Freitag. Um ihn vorzubereiten, bekommt Angela Merkel heute "
           "Besuch vom Präsidenten der Europäischen Kommission. Bei einem Abendessen wird die Bundeskanzlerin mit José "
           "Manuel Barroso über die Wirtschafts- und Währungsunion sprechen. Ihre Weiterentwicklung wird eines der zentralen "
           "Themen sein in wenigen Tagen beim EU-Rat in Brüssel.",
           "Angela Merkel: “So we go to my office and afterwards...”",
           "Dienstag",
           "Gesang: “Lobet den Herrn, den mächtigen König der Ehren.”",
           "Ökumenischer Gottesdienst in der Berliner St. Hedwigskathedrale. Neben der Kanzlerin sind auch der "
           "Bundestagspräsident, die Kabinettsmitglieder undzahlreiche Abgeordnete in die Kirche gekommen.",
           "Prälat: “In Namen des Vater, des Sohnes und des Heiligen Geistes, Amen.”",
           WOCHE13_P8,
           WOCHE13_P9],
    quotes=[("“So we go to my office and afterwards...”", MERKEL),
            ("“Lobet den Herrn, den mächtigen König der Ehren.”", None),
            ("“In Namen des Vater, des Sohnes und des Heiligen Geistes, Amen.”", "Prälat"),
            (cut(WOCHE13_P9, "“Ich bin geboren", "früher geboren als ich?”"), "Heinz Riesenhuber"),
            ("“Hier im Haus.”", None),
            (cut(WOCHE13_P9, "“Hier im Haus. Vielen", "Hinweis.”"), "Heinz Riesenhuber")],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin", "Kanzlerin"],
             "Prälat": ["Prälat"],
             "Heinz Riesenhuber": ["Heinz Riesenhuber", "Alterspräsident Heinz Riesenhuber", "Riesenhuber",
                                   "Alterspräsident"]})

WOCHE13B_P5 = ("Die Kanzlerin kommt zur Mitgliederversammlung der Türkisch-Deutschen Industrie- und Handelskammer. Alleine das "
               "zeigt schon, wie stark die Partnerschaft zwischen der Türkei und Deutschland ist und wie eng die "
               "wirtschaftlichen Beziehungen. Angela Merkel beschreibt ihr Verhältnis zum türkischen Ministerpräsidenten als "
               "so gut, dass sie mit ihm auch über Probleme reden kann. Daher sagt sie offen: Über den Umgang mit den "
               "Protestierenden in der Türkei ist sie erschrocken.")
WOCHE13B_P6 = ("Merkel: “Gerade für ein Land wie die Türkei ist die Entwicklung einer starken Zivilgesellschaft außerordentlich "
               "notwendig. Das sollte nicht als bedrohlich empfunden werden, sondern es sollte als Bereicherung empfunden "
               "werden. Wir haben in Deutschland auch langjährige Erfahrungen mit sehr kontroversen Debatten, und wir sind im "
               "Grunde als Lande immer stärker geworden, wenn wir diese Debatten auch geführt haben.”")

add(id="ho45-breg-archiv-2013-06-woche-der-kanzlerin",
    title="Die Woche der Kanzlerin (22.6. - 29.6.)",
    url="https://archiv.bundesregierung.de/archiv-de/mediathek/videos/die-woche-der-kanzlerin-22-6-29-6--420914",
    retrieved="same address (stored archive page with the transcript of the video of June 2013; the site lines 'Navigation "
              "und Service' and 'Inhalt' dropped as furniture; the teaser lines and the day headings 'Montag' and 'Dienstag' "
              "kept as lines of their own; the published 'als Lande', 'Helfernvor', 'Hilfsfondsbeträgt' and the spaces "
              "after the last sentence of two paragraphs kept (rule 20); the last turn 'Angela Merkel: “Die Soforthilfen "
              "sollen Privathaushalten zugutekommen, … oder, um ', cut off in the stored copy, dropped with its unclosed "
              "quotation (rule 15))",
    license=BREG,
    paras=["Gute Partner: Zu Besuch bei der Türkisch-Deutschen Industrie- und Handelskammer",
           "Im Bundestag: Regierungserklärung zur Hochwasserkatastrophe",
           "Und beim EU-Rat in Brüssel: Einigung in der Nacht",
           "Montag",
           WOCHE13B_P5,
           WOCHE13B_P6,
           "Zum Schluss ein Geschenk für Angela Merkel: eine auf Stein gemalte Tulpe, in der Türkei das Symbol für Schönes "
           "und Gutes. ",
           "Dienstag",
           "Neun Uhr morgens im Bundestag. Angela Merkel hält eine Regierungserklärung. Der Titel: Bewältigung der "
           "Hochwasserkatastrophe: Rasche Soforthilfe und zügiger Wiederaufbau. Während der vergangenen Wochen hat Angela "
           "Merkel die überfluteten Gebiete besucht; sie war in sieben Bundesländern, um mit den Helfernvor Ort zu sprechen "
           "und mit betroffenen Menschen. Der beschlossene Hilfsfondsbeträgt acht Milliarden Euro. "],
    quotes=[(cut(WOCHE13B_P6, "“Gerade", "geführt haben.”"), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Kanzlerin"]})
