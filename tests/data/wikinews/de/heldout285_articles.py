# Two-hundred-and-eighty-fifth held-out German real-news set (tests/data/heldout285-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1825-1830). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or page number, headline and
# two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-eighty-fifth held-out set": texts of the Austrian Parliament on
# parlament.gv.at under licence PK: one release of the Parlamentskorrespondenz (PK 990/2016, Bures in Yad Vashem), five
# speech manuscripts of Nationalratspräsidentin / Zweite Nationalratspräsidentin Doris Bures published on the Parliament's
# site (2015, 2016, 2017 twice, 2023) and two pages of the stenographic protocols (Nationalrat, XXVI. GP, 1st sitting, the
# farewell speech of Doris Bures; Bundesrat, 817th sitting, the inaugural address of its president Edgar Mayer). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURES = "Doris Bures"

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 990 of 26 September 2016 (Bures in Yad Vashem) ---

YV_P2 = ('"Nicht im Vergessen, sondern im Erinnern liegt das Geheimnis der Erlösung", hatte die Nationalratspräsidentin am '
         'Vortag anlässlich des Zusammentreffens mit Überlebenden der Shoah einen Ausspruch des Baal Schem Tov zitiert. "Die '
         'Erinnerung an das Unfassbare der Shoah wachzuhalten, gebietet nicht nur unsere historische Verantwortung", sagte '
         'Bures. "Wir müssen alle Kräfte bündeln – vor allem in der Politik und in den Bildungsinstitutionen -, um das '
         'Bewusstsein und die Sensibilität der jungen Menschen zu schärfen. Nur so können wir die Forderung \'Nie wieder!\' '
         'erfüllen und trotz großer Herausforderungen das Miteinander in der Gesellschaft stärken".')
YV_P4 = ('Anschließend an die Zeremonie in Yad Vashem traf die Nationalratspräsidentin mit einer jungen Österreicherin '
         'zusammen, die in Israel Gedenkdienst leistet. "Der Gedenkdienst ist ein wichtiges Zeichen gegen das Vergessen", '
         'sagte Bures. "Das Engagement der Gedenkdienstleistenden stellt einen unschätzbaren Beitrag zur Aufarbeitung eines '
         'der dunkelsten Kapitel unserer jüngeren Geschichte dar. Es erfüllt mich mit großem Stolz, junge Österreicherinnen '
         'und Österreicher zu sehen, die aus tiefer innerer Überzeugung diese wichtige Erinnerungsarbeit leisten."')

add(id="ho285-pk-2016-09-26-bures-yad-vashem",
    title="Bures in Yad Vashem: Erinnerung wachhalten ist Verantwortung gegenüber der Geschichte und für die Zukunft",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0990/index.shtml",
    retrieved="same address (PK 990/2016; the line 'Parlamentskorrespondenz Nr. 990 vom 26.09.2016' dropped; the headline "
              "is the title line, the subtitle and the subheading lines of their own; the last paragraph 'Besonders freute "
              "sie sich über die junge Österreicherin im Gedenkdienst, …', cut off after 'die Möglichkeit gibt,', dropped "
              "(rule 15))",
    license=PK,
    paras=["Nationalratspräsidentin legt Kranz im Gedenken an die Opfer der Shoah nieder",
           "Wien/Jerusalem (PK) – Im Rahmen ihres offiziellen Aufenthalts in Israel besuchte Nationalratspräsidentin Doris "
           "Bures auch die Gedenkstätte Yad Vashem. Nach einem Rundgang durch die Gedenkstätte legte die "
           "Nationalratspräsidentin und Kuratoriumsvorsitzende des Nationalfonds einen Kranz im Gedenken an die Opfer der "
           "Shoah nieder.",
           YV_P2,
           "Bures würdigt Engagement von Gedenkdienstleistenden",
           YV_P4],
    # the saying Bures cites is hers (rules 47, 1825); the nested 'Nie wieder!' stays inside her span (NOTES.md)
    quotes=[('"Nicht im Vergessen, sondern im Erinnern liegt das Geheimnis der Erlösung"', BURES),
            ('"Die Erinnerung an das Unfassbare der Shoah wachzuhalten, gebietet nicht nur unsere historische '
             'Verantwortung"', BURES),
            (cut(YV_P2, '"Wir müssen', 'Gesellschaft stärken"'), BURES),
            ('"Der Gedenkdienst ist ein wichtiges Zeichen gegen das Vergessen"', BURES),
            (cut(YV_P4, '"Das Engagement', 'Erinnerungsarbeit leisten."'), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin",
                     "Kuratoriumsvorsitzende des Nationalfonds"]})

# --- parlament.gv.at: speech of Doris Bures at the Alfred Fried Photography Award, 17 September 2015 ---

GANDHI = "Mahatma Gandhi"
AF_P3 = ("Es ist mir eine ganz besondere Freude und Ehre, dass Sie unsere Einladung nach Wien angenommen haben. Von Mahatma "
         "Gandhi, Ihrem großen und berühmten Landsmann, ist der Satz überliefert: \"Wenn wir wahren Frieden in der Welt "
         "erlangen wollen, müssen wir bei den Kindern anfangen.\" Und genau das ist es, was Sie tun: Sie haben es sich zu "
         "Ihrer Lebensaufgabe gemacht, Kindern eine Kindheit zu geben.")

add(id="ho285-parl-2015-09-17-bures-rede-alfred-fried-award",
    title="Rede von Nationalratspräsidentin Doris Bures anlässlich des \"Alfred Fried Photography Award 2015\" im Parlament",
    url="https://www.parlament.gv.at/WWER/PAD_00145/Reden/2015_09_17_Rede_Alfred_Fried_Award_2015.shtml",
    retrieved="same address (speech manuscript of 17 September 2015 on the President's page of parlament.gv.at; the page "
              "lines 'LETZTES UPDATE: 03.05.2016; 16:35' and 'Diese Seite als Lesezeichen hinzufügen' and the date line "
              "'Donnerstag, 17. September 2015' dropped (rule 14); the headline is the title line; the two lines of the "
              "opening, which the stored copy separates by a single line break, kept as lines of their own; the paragraph "
              "'Von Mahatma Gandhi stammt auch der berühmte Satz: …', cut off after 'oftmals belächelte', and the rest "
              "dropped (rule 15))",
    license=PK,
    paras=["Ich begrüße Sie alle ganz herzlich im österreichischen Parlament zur Verleihung des \"Alfred Fried Photography "
           "Award 2015\"!",
           "Hoch verehrter Herr Kailash Satyarthi!",
           AF_P3,
           "Für Ihren Kampf gegen die Unterdrückung von Kindern und Jugendlichen und Ihren Kampf für das Recht aller Kinder "
           "auf Bildung wurde Ihnen im Vorjahr gemeinsam mit der Pakistani Malala Yousafzai der Friedensnobelpreis "
           "zuerkannt. Mahatma Gandhi selbst wurde zwar mehrmals für den Friedensnobelpreis nominiert. Es war ihm aber leider "
           "nicht vergönnt, ihn auch entgegen nehmen zu dürfen.",
           "Umso schöner ist es, dass ihn nun ein Mann erhalten hat, der so sehr in Gandhis Geiste wirkt wie Sie, lieber Herr "
           "Kailash Satyarthi! Sie haben zehntausende Kinder aus der Zwangsarbeit befreit und geben jenen eine Stimme, die "
           "bisher nicht gehört wurden! Ich bin sehr froh, dass wir diese – Ihre – Stimme heute Abend hier im "
           "österreichischen Parlament hören werden und wir freuen uns auf Ihre Festrede.",
           "Sehr geehrte Damen und Herren!"],
    # the award's name is a title (rule 24); the saying handed down from Gandhi is his (rule 1825)
    quotes=[('"Alfred Fried Photography Award 2015"', None, 0),
            ('"Alfred Fried Photography Award 2015"', None, 1),
            ('"Wenn wir wahren Frieden in der Welt erlangen wollen, müssen wir bei den Kindern anfangen."', GANDHI)],
    aliases={GANDHI: ["Mahatma Gandhi", "Ihrem großen und berühmten Landsmann", "Gandhis"]})

# --- parlament.gv.at: speech of Doris Bures at the last regular sitting of the session 2016/17, 13 July 2017 ---

RENNER = "Karl Renner"
ONLOOKER = "Einer der Schaulustigen"
ET_P5 = ("Vor 72 Jahren, am 29. April 1945, spazierte der frisch angelobte Staatskanzler Dr. Karl Renner vom Wiener Rathaus "
         "zum Parlament, wo er die Wiedergeburt der Republik Österreich verkündete. Die Nazis hatten das Parlamentsgebäude "
         "als \"Gau-Haus\" missbraucht. Die Hälfte der Bausubstanz war zerbombt und verbrannt und die Demokratie war elf "
         "lange Jahre ausgeschaltet. Karl Renner versprach, es „zum herrlichen griechischen Tempel der Freiheit neu "
         "einzuweihen“. Einer der Schaulustigen sagte damals zu einer Zeitung: \"Die demokratische Tradition ist nicht an "
         "ein Gebäude gebunden, sie ist vielmehr im Geist und in den Herzen der Menschen verankert.”")

add(id="ho285-parl-2017-07-13-bures-rede-ende-tagung",
    title="Rede von Nationalratspräsidentin Doris Bures anlässlich der letzten regulären Sitzung der Tagung 2016/17",
    url="https://www.parlament.gv.at/WWER/PAD_00145/Reden/2017_07_13_Rede_EndeTagung16_17.shtml",
    retrieved="same address (speech manuscript of 13 July 2017; the page lines 'LETZTES UPDATE: 13.07.2017; 15:55' and "
              "'Diese Seite als Lesezeichen hinzufügen' and the date line 'Donnerstag, 13. Juli 2017' dropped (rule 14); "
              "the headline is the title line; the three salutation lines kept as lines of their own; the mixed marks "
              "'\"Die demokratische … verankert.”' kept as stored (rule 20); the paragraph 'Die Demokratie ist heute „im "
              "Geist und im Herzen verankert“, aber sie braucht …', cut off after 'wie jede abstrakte Idee ei', dropped "
              "(rule 15))",
    license=PK,
    paras=["Hohes Haus!",
           "Sehr geehrten Damen und Herren!",
           "Kolleginnen und Kollegen!",
           "Die letzte reguläre Sitzung der Tagung 2016/17 geht nun zu Ende. Und es ist heuer kein Ende wie jedes Jahr vor "
           "Beginn der tagungsfreien Zeit, sondern es ist ein ganz außergewöhnliches Ende: Sie haben soeben mit großer "
           "Mehrheit die Weichen für eine vorgezogene NR-Wahl im Oktober gestellt. Und wir haben uns heute zur letzten "
           "regulären Sitzung versammelt, bevor der Nationalrat in die Hofburg übersiedelt. Das sind nur 750 Meter Fußweg. "
           "Und doch ist es ein großer Schritt in der Geschichte dieser Republik: Zum ersten Mal werden Gesetze im "
           "Nationalrat nun außerhalb dieses Hauses beschlossen.",
           ET_P5,
           "Ja, es ist richtig: Es genügt nicht, wenn wir die Demokratie einfach ins Parlamentsgebäude hineinsetzen. Die "
           "Demokratie muss auch in unserem Geist und in unseren Herzen sein, um zu leben.",
           "Und es stimmt auch: Unser Parlamentarismus ist natürlich nicht an ein Haus gebunden. Aber unser Parlamentarismus "
           "ist eng mit diesem Haus am Ring verbunden."],
    # the Nazis' name for the building is a name in marks (rule 24); Renner's promise is his (as in the tenth set); the
    # onlooker is named only by the description (rule 1826)
    quotes=[('"Gau-Haus"', None),
            ("„zum herrlichen griechischen Tempel der Freiheit neu einzuweihen“", RENNER),
            (cut(ET_P5, '"Die demokratische', 'verankert.”'), ONLOOKER)],
    aliases={RENNER: ["Karl Renner", "Dr. Karl Renner", "Staatskanzler Dr. Karl Renner"],
             ONLOOKER: ["Einer der Schaulustigen"]})

# --- parlament.gv.at: speech of Doris Bures at the constituent sitting of the XXVI. GP, 9 November 2017 (manuscript) ---

KS_P8 = ("So wie Sie, Frau Präsidentin, in Kürze, habe ich vor drei Jahren meine Antrittsrede gehalten. Damals habe ich "
         "gesagt: \"Jeder Mensch prägt ein Amt auf seine ganz persönliche Art und Weise. Und das Amt prägt unweigerlich den "
         "Menschen, der es inne hat.\"")

add(id="ho285-parl-2017-11-09-bures-rede-konstituierung",
    title="Rede von Nationalratspräsidentin Doris Bures anlässlich der Konstituierung des Nationalrates der XXVI. GP",
    url="https://www.parlament.gv.at/WWER/PAD_00145/Reden/2017_11_09_Rede_Konstituierende_Sitzung.shtml",
    retrieved="same address (speech manuscript of 9 November 2017; the page lines 'Suche' and 'Diese Seite als Lesezeichen "
              "hinzufügen' and the date line 'Donnerstag, 9. November 2017' dropped (rule 14); the headline is the title "
              "line; the note 'Es gilt das gesprochene Wort.' and the salutation lines kept as lines of their own; the "
              "paragraph 'Als Nationalratspräsidentin zählte es hingegen zu meinen Aufgaben, …', cut off after 'Mein Ziel "
              "wa', dropped (rule 15))",
    license=PK,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geehrte Frau Nationalratspräsidentin!",
           "Ich gratuliere Ihnen zu Ihrer Wahl und wünsche Ihnen für Ihre neue Aufgabe alles Gute.",
           "Sehr geehrter Herr Bundespräsident!",
           "Sehr geehrte Abgeordnete!",
           "Meine sehr geehrten Damen und Herren!",
           KS_P8,
           "Heute bin ich im Rückblick selbst ein bisschen überrascht, wie sehr diese Worte auf mich zugetroffen haben. Wie "
           "sehr mich das Amt geprägt und auch verändert hat. Und heute will ich Ihnen, sehr geehrte Damen und Herren "
           "Abgeordnete auch sagen, dass ich dankbar bin, dass mir dieses Amt drei Jahre lang anvertraut war.",
           "Ich durfte in meiner politischen Laufbahn ganz unterschiedliche Funktionen ausüben, mit unterschiedlichen "
           "Aufgaben. Als Nationalratsabgeordnete und als Ministerin habe ich Interessen vertreten, Konflikte ausgetragen, "
           "hart um Mehrheiten gerungen und konkrete Projekte realisiert. Ja, ich habe mitunter sehr hart gekämpft, wenn es "
           "etwa darum gegangen ist, Gewaltschutzzentren finanziell abzusichern, Investitionen in die Infrastruktur auf die "
           "Schiene zu bringen oder durch Forschungsprojekte den Wirtschaftsstandort Österreich zu stärken. In einem "
           "Portrait hat man damals über mich geschrieben, ich habe nicht zwei Ellenbogen, sondern vier."],
    # the speaker quoting her own earlier words: the author named in the headline (rule 1827)
    quotes=[(cut(KS_P8, '"Jeder Mensch', 'es inne hat."'), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures"]})

# --- parlament.gv.at: stenographic protocol, Nationalrat XXVI. GP, 1st sitting, 9 November 2017 (Bures, 12.54) ---

SP_P1 = ("Präsidentin Doris Bures: Sehr geehrter Herr Bundespräsident! Sehr geehrte Abgeordnete! Meine sehr geehrten Damen und "
         "Herren! So wie Sie, Frau Präsidentin, es in Kürze tun werden, habe ich vor drei Jahren meine Antrittsrede "
         "gehalten. Damals habe ich gesagt, „jeder Mensch prägt ein Amt auf seine ganz persönliche Art und Weise, und das "
         "Amt prägt unweigerlich den Menschen, der es innehat“.")

add(id="ho285-parl-nr-xxvi-1-bures-abschiedsrede",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/XXVI/NRSITZ/NRSITZ_00001/A_-_12_54_27_Prasidentin_Doris_Bures.html",
    retrieved="same address (stored page of the stenographic protocol of the 1st sitting of the Nationalrat, XXVI. GP, the "
              "farewell speech of the outgoing President; the time line '12.54' dropped as furniture (rule 93), so there is "
              "no title line (rules 18, 32); the paragraph 'Der Grundstein für die Freude am politischen Gestalten, …', cut "
              "off after 'die Schule verlassen habe und arbeiten', dropped (rule 15))",
    license=PK,
    paras=[SP_P1,
           "Heute bin ich im Rückblick selbst ein bisschen überrascht, wie sehr diese Worte auch auf mich zugetroffen haben, "
           "wie sehr mich dieses Amt geprägt und verändert hat. Heute möchte ich Ihnen, meine sehr geehrten Damen und Herren "
           "Abgeordneten, sagen, dass ich dankbar bin, dass mir dieses Amt drei Jahre lang anvertraut war.",
           "Ich durfte in meiner politischen Laufbahn ganz unterschiedliche Funktionen mit unterschiedlichen Aufgaben "
           "ausüben. Als Nationalratsabgeordnete und Ministerin habe ich Interessen vertreten, Konflikte ausgetragen, habe um "
           "Mehrheiten gerungen und konkrete Projekte realisiert. Ja, ich habe mitunter auch hart gekämpft, wenn es etwa "
           "darum gegangen ist, Gewaltschutzzentren finanziell abzusichern oder Investitionen in die Infrastruktur auf Schiene "
           "zu bringen. In einem Porträt hat man damals über mich geschrieben, ich habe nicht zwei Ellbogen, sondern vier.",
           "Als Nationalratspräsidentin zählte es hingegen zu meinen Aufgaben, die Rechte des Nationalrates zu wahren und "
           "dafür zu sorgen, dass die ihm übertragenen Aufgaben erfüllt werden. Viele unterschiedliche Interessen und "
           "Meinungen werden hier in diesem Haus formuliert. Mein Ziel war und ist es, im Einvernehmen und im breiten Konsens "
           "zu einem möglichst guten Ergebnis zu kommen."],
    # the speaker label names the speaker of the page; her own earlier words after a comma cue are hers (rule 1827)
    quotes=[(cut(SP_P1, "„jeder Mensch", "es innehat“"), BURES)],
    aliases={BURES: ["Doris Bures", "Präsidentin Doris Bures"]})

# --- parlament.gv.at: speech of Doris Bures at "Österreich liest", 3 October 2016 ---

TWAIN = "Mark Twain"
OL_P5 = ("Seine Erinnerungen, die er über eine Reichsratssitzung 1898 in diesem Haus niederschrieb, zeigen: Es war durchaus "
         "turbulent. Twain hat etwa über eine „krachende und tobende Schlacht der Schimpfwörter“ berichtet und hat erstaunt "
         "festgestellt, dass „sich die Gesetzgebung vom Gefechtslärm der Artillerie nicht wirklich unterscheidet“.")

add(id="ho285-parl-2016-10-03-bures-rede-oesterreich-liest",
    title="Rede von Nationalratspräsidentin Doris Bures anlässlich der Veranstaltung \"Österreich liest\" im Parlament",
    url="https://www.parlament.gv.at/WWER/PAD_00145/Reden/2016_10_03_Rede_DorisBures_Oesterreich_liest.shtml",
    retrieved="same address (speech manuscript of 3 October 2016; the page lines 'LETZTES UPDATE: 04.10.2016; 15:17' and "
              "'Diese Seite als Lesezeichen hinzufügen' and the date line 'Montag, 3. Oktober 2016' dropped (rule 14); the "
              "headline is the title line; the evening's motto and the line on the readers, which the page sets between "
              "headline and date, kept as lines of their own; the paragraph 'Und heute? Ein Jahrhundert später? …', cut off "
              "after 'differenziert und vervollständigt oft sogar', dropped (rule 15))",
    license=PK,
    paras=["\"Debatten, die Geschichte machten. Reden, die bewegten.\"",
           "Die Schauspielerin Nicole Beutler und der Dramaturg Hermann Beil lasen Parlamentarisches aus drei Jahrhunderten.",
           "Meine sehr geehrten Damen und Herren!",
           "In den Anfangszeiten unseres Parlamentarismus ist es hier, in diesem Haus, nicht immer sonderlich fein "
           "zugegangen. Davon wusste auch der amerikanische Schriftsteller Mark Twain zu erzählen:",
           OL_P5,
           "Auch in den Jahrzehnten danach ging es mitunter wenig wertschätzend zu. Als 1919 mit Adelheid Popp erstmals eine "
           "Frau in der österreichischen Nationalversammlung zu Wort kam, hat der vorsitzführende Präsident sie nicht – wie "
           "bei männlichen Kollegen selbstverständlich – als Abgeordnete zum Rednerpult gebeten. Er erteilte lediglich an "
           "\"Frau Adelheid Popp\" das Wort."],
    # event name and motto are titles (rule 24); Twain's written words are his (rule 1828); the form of address is a name
    # in marks, null (rule 1829)
    quotes=[('"Österreich liest"', None),
            ('"Debatten, die Geschichte machten. Reden, die bewegten."', None),
            ("„krachende und tobende Schlacht der Schimpfwörter“", TWAIN),
            ("„sich die Gesetzgebung vom Gefechtslärm der Artillerie nicht wirklich unterscheidet“", TWAIN),
            ('"Frau Adelheid Popp"', None)],
    aliases={TWAIN: ["Mark Twain", "der amerikanische Schriftsteller Mark Twain", "Twain"]})

# --- parlament.gv.at: speech of Doris Bures at the reopening of the Parliament building, 12 January 2023 ---

add(id="ho285-parl-2023-01-12-bures-rede-wiedereroeffnung",
    title="Rede der Zweiten Nationalratspräsidentin Doris Bures anlässlich der Eröffnung des neu renovierten "
          "Parlamentsgebäudes",
    url="https://www.parlament.gv.at/dokument/XXVII/VER/141/fnameorig_1621642.html",
    retrieved="same address (speech manuscript of 12 January 2023 among the Parliament's event documents; the date line "
              "'Donnerstag, 12. Jänner 2023' dropped (rule 14); the headline is the title line; the note 'Es gilt das "
              "gesprochene Wort.' and the two salutation lines kept as lines of their own; the missing space in '–mit "
              "diesem Gebäude' and the spelling 'Menschrechte' kept as stored (rule 20); the paragraph 'Und schließlich kam "
              "mit der COVID-Pandemie …', cut off after 'von Vertreibung und Zerst', dropped (rule 15))",
    license=PK,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geschätzter Herr Bundespräsident,",
           "meine sehr geehrten Damen und Herren!",
           "Als ich 2014 nach dem viel zu frühen Tod von Barbara Prammer zur Nationalratspräsidentin gewählt wurde, da "
           "übernahm ich auch das von ihr so professionell vorbereitete Projekt der Generalsanierung des "
           "Parlamentsgebäudes.",
           "Dieses Projekt wurde auf Basis eines langen, breiten und soliden parlamentarischen Konsenses gestartet. Ziel war "
           "es, ein modernes Arbeits-Parlament der Zukunft zu schaffen. Aber vor allem ging es um die dringlich notwendige "
           "Erhaltung der historischen Bausubstanz für nächste Generationen.",
           "Alle Parlamentsfraktionen wurden dabei eingebunden und trugen dieses komplexe Sanierungsprojekt mit. Seriosität, "
           "Aufrichtigkeit und offene Kommunikation waren dabei die entscheidenden Instrumentarien.",
           "Die Jahre des Umbaus des Parlaments, mitsamt dem 2017 erfolgten aufwendigen Umzug in das Ausweichquartier, sie "
           "standen – trotz allem – für Kontinuitäten. Kontinuitäten, wenn es um die Bedeutung von Freiheit, liberaler "
           "Demokratie und Menschrechte geht.",
           "Die letzten fünf Jahre stehen aber auch für Brüche, für politischen Aufprall und durchaus heftige Schocks.",
           "Denn: seitdem ist viel geschehen! Viel geschehen –mit diesem Gebäude, mit unserem Land, in unserer Welt – Brüche, "
           "Umbrüche, ja eine „Zeitenwende“ haben mittlerweile Einzug in das globale politische Geschehen gehalten."],
    # a catchword in marks that the text credits to nobody (rule 1830)
    quotes=[("„Zeitenwende“", None)],
    aliases={})

# --- parlament.gv.at: stenographic protocol, Bundesrat, 817th sitting (inaugural address of Edgar Mayer) ---

add(id="ho285-parl-br-817-mayer-antrittsansprache",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00817/SEITE_0010.html",
    retrieved="same address (page 10 of the stenographic protocol of the Bundesrat's 817th sitting, January 2013; the page "
              "header 'BundesratStenographisches Protokoll817. Sitzung / Seite 10', the navigation line 'HomeSeite "
              "1Vorherige SeiteNächste Seite', the time line '09.01.58 Beginn der Sitzung: 9.01 Uhr' and the time marks "
              "'09.02.24' and '09.02.27' dropped as furniture (rules 14, 93), so there is no title line (rules 18, 32); the "
              "agenda heading 'Antrittsansprache des Präsidenten' kept as a line of its own; the interjections in "
              "parentheses kept as published (rule 20); the paragraph 'Viele Präsidentinnen und Präsidenten vor mir haben "
              "…', cut off after 'immer wieder von dringend v', dropped (rule 15))",
    license=PK,
    paras=["Präsident Edgar Mayer: Sehr geehrte Damen und Herren! Ich eröffne die 817. Sitzung des Bundesrates.",
           "Das Amtliche Protokoll der 816. Sitzung des Bundesrates vom 20. Dezember 2012 ist aufgelegen, unbeanstandet "
           "geblieben und gilt daher als genehmigt.",
           "Als verhindert gemeldet sind die Mitglieder des Bundesrates Monika Kemperle, Monika Mühlwerth, Josef Saller und "
           "Sonja Zwazl.",
           "Antrittsansprache des Präsidenten",
           "Präsident Edgar Mayer: Sehr geehrte Damen und Herren im Bundesratssaal, an den Bildschirmen und am Livestream im "
           "Internet! Liebe Kolleginnen und Kollegen! Herr Klubobmann Karlheinz Kopf, einen schönen guten Morgen! Herzlich "
           "willkommen! (Beifall bei ÖVP, SPÖ und Grünen.)",
           "Vorarlberg hat im Jänner zum insgesamt 18. Mal den Vorsitz im Bundesrat übernommen. Weil in unserem Land "
           "Zusammenarbeit und Zusammenhalt einen hohen Stellenwert besitzen, haben Landeshauptmann Markus Wallner und ich "
           "als Motto für diese Präsidentschaft und für den Vorsitz in der Landeshauptleutekonferenz das Motto „Gemeinsam "
           "Verantwortung tragen“ gewählt. Gemeinsam mit euch, liebe Kolleginnen und Kollegen, will ich in den nächsten fünf "
           "Monaten etwas für die Bürgerinnen und Bürger unseres Landes voranbringen.",
           "Als ich im Oktober 2004 im Bundesrat angelobt wurde, hätte ich mir nie träumen lassen, einmal Präsident der "
           "Länderkammer sein zu dürfen. Mein alemannischer Vorgänger in diesem Amt, Minister a.D. Jürgen Weiss, ein guter "
           "Freund und politisches Vorbild für mich, hat diese Aufgabe insgesamt vier Mal mit großem Erfolg ausgeführt. So "
           "gut man vor dem Arlberg auch leben mag, so sagt mir meine biologische Uhr, dass ich das bei aller Vitalität nicht "
           "schaffen werde. (Heiterkeit.)"],
    # a presidency's motto is a title (rule 24), also when the speaker says he chose it (rule 1830)
    quotes=[("„Gemeinsam Verantwortung tragen“", None)],
    aliases={})
