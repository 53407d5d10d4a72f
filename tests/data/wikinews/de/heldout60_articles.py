# Sixtieth held-out German real-news set (tests/data/heldout60-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 410). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Sixtieth held-out set": texts of the German Federal Government (news, archive and
# media-library pages of bundesregierung.de, bundeskanzler.de and bundeskanzlerin.de). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- Tag der offenen Tür im Kanzleramt ---

TDOT_P1 = ("Zunächst: falscher Alarm. Laut ruft ein kleines Mädchen über den Ehrenhof des Bundeskanzleramts: \"Da kommt sie\". "
           "Dutzende Smartphones schnellen in die Höhe. Dann, Ernüchterung. Das Mädchen hat eine Sicherheitsbeamtin entdeckt, "
           "nicht die Kanzlerin. Die kommt Punkt 15.02 Uhr. Applaus brandet auf. Dieses Mal bleiben die Handys länger über den "
           "Köpfen der vielen Besucher, die an diesem Tag zum \"Kanzlerin gucken\" ins Kanzleramt gekommen sind. So wie "
           "Familie von Bresinsky aus Bretten in Baden-Württemberg, die knapp eine Stunde auf die Kanzlerin gewartet hat.")

add(id="ho60-breg-tdot-unterwegs",
    title="Tag der offenen Tür Unterwegs mit der Kanzlerin",
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/unterwegs-mit-der-kanzlerin-336912",
    retrieved="same address (stored archive page of an open day of the Chancellery during Merkel's term; the title line "
              "'Unterwegs mit der Kanzlerin' dropped and the kicker and headline run together in the second line kept as the "
              "title (rules 18, 20, 150); the reading-time line '4 Min. Lesedauer', the image text 'Kanzlerin Merkel umringt "
              "von Besuchern.', the caption 'Großer Andrang beim Kanzlerin-Rundgang' and the credit 'Foto: "
              "Bundesregierung/Bergmann' dropped (rule 93); the paragraph 'Der Ehrenhof ist die erste Station des Rundgangs "
              "… Doch für', cut off in the stored copy, dropped with the subheading 'Autogrammjäger haben gute Chancen' left "
              "dangling before it (rule 15))",
    license=BREG,
    paras=["Auch dieses Jahr hat Angela Merkel zum Tag der offenen Tür ins Kanzleramt geladen. Viele Interessierte folgten der "
           "Einladung und begleiteten die Kanzlerin bei ihrem Rundgang. Sie erfuhren, wie Merkel die deutsche Einheit "
           "bewertet. Und welches Erlebnis sie während der Fußball-WM besonders beeindruckt hat.",
           TDOT_P1,
           "Zur Begrüßung der Bundeskanzlerin und der vielen Gäste spielt das Stabsmusikkorps der Bundeswehr. Angela Merkel "
           "bedankt sich und begrüßt alle herzlich: \"Schön, dass Sie heute hier sind.\" Und weil sich schlagartig der Regen "
           "verzogen hat, fügt sie hinzu: \"Lieber ein Platzkonzert als ein Platzregen.\" Der schnelle Wechsel von Regen zu "
           "Sonnenschein: offenbar ganz hohe Regierungskunst."],
    quotes=[("\"Da kommt sie\"", "kleines Mädchen"),
            ("\"Kanzlerin gucken\"", None),
            ("\"Schön, dass Sie heute hier sind.\"", MERKEL),
            ("\"Lieber ein Platzkonzert als ein Platzregen.\"", MERKEL)],
    aliases={"kleines Mädchen": ["kleines Mädchen", "ein kleines Mädchen", "Das Mädchen"],
             MERKEL: ["Angela Merkel", "Merkel", "die Kanzlerin", "Bundeskanzlerin"]})

TDOT18_P2 = ("Doch heute sind es die Besucherinnen und Besucher beim Tag der offenen Tür, die zum Türgriff des Wagens greifen - "
             "und sich fotografieren lassen. Der 14-jährige Rasmus Dannenbaum schwingt sich begeistert auf eines der "
             "Motorräder. \"Ich habe noch nie auf einem solchen Motorrad gesessen\", erzählt er strahlend. \"Das hat richtig "
             "Spaß gemacht.\"")

add(id="ho60-bkin-2018-tdot-buergernah",
    title="Merkel beim Tag der offenen Tür Die Kanzlerin - bürgernah und ganz persönlich",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/die-kanzlerin-buergernah-und-ganz-persoenlich-1504430",
    retrieved="same address (stored news page of the open day of August 2018; the title line 'Die Kanzlerin - bürgernah und "
              "ganz persönlich' dropped and the kicker and headline run together in the second line kept as the title (rules "
              "18, 20, 150); the reading-time line '3 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel beim "
              "Rundgang durchs Kanzleramt anlässlich des Tags der offenen Tür.', the caption 'Die Kanzlerin schüttelte Hände, "
              "gab Autogramme, redete mit Bürgerinnen und Bürgern.', the credit 'Foto: Bundesregierung/Bergmann' and the "
              "player line 'Video Tag der offenen Tür der Bundesregierung 2018' dropped (rule 93); the last paragraph 'Um "
              "kurz nach 14 Uhr: … Diese b', cut off in the stored copy, dropped (rule 15); the subheading 'Über den roten "
              "Teppich' kept as a line of its own)",
    license=BREG,
    paras=["Die Kanzlerin hat Besucherinnen und Besucher zum Tag der offenen Tür im Kanzleramt begrüßt. Die Gäste erfuhren "
           "Überraschendes über ihre Arbeit und über sie ganz persönlich. Tausende begleiteten sie am Sonntag bei ihrem "
           "traditionellen Rundgang durchs Haus.",
           "Vor dem Eingang des Kanzleramts steht ein schwarzes Auto. Es ist einer der Dienstwagen der Bundeskanzlerin. Drei "
           "Polizei-Motorräder sind davor positioniert. Alles steht bereit für die nächste Fahrt.",
           TDOT18_P2,
           "Über den roten Teppich",
           "Nur noch wenige Minuten, bis Angela Merkel in den Ehrenhof des Kanzleramts kommt. Auch das Ehepaar Reichart aus "
           "Steinweiler in Rheinland-Pfalz freut sich, einen Blick auf die Kanzlerin zu werfen. Es hat extra alle Termine "
           "abgesagt und ist überrascht über das große Angebot am Tag der offenen Tür – für Jung und Alt ist etwas dabei.",
           "Das freut auch die Niederländerin Marike Lenting. Sie ist mit ihren drei Kindern gekommen. \"Meine Kinder stellen "
           "immer mehr Fragen zu Politik und wie alles funktioniert\", sagt die junge Frau. Da sei der heutige Tag eine gute "
           "Gelegenheit, Politik hautnah zu erleben."],
    quotes=[("\"Ich habe noch nie auf einem solchen Motorrad gesessen\"", "Rasmus Dannenbaum"),
            ("\"Das hat richtig Spaß gemacht.\"", "Rasmus Dannenbaum"),
            ("\"Meine Kinder stellen immer mehr Fragen zu Politik und wie alles funktioniert\"", "Marike Lenting")],
    aliases={"Rasmus Dannenbaum": ["Rasmus Dannenbaum", "Der 14-jährige Rasmus Dannenbaum"],
             "Marike Lenting": ["Marike Lenting", "die Niederländerin Marike Lenting", "die junge Frau"]})

# --- "Der Bundeskanzler im Bild": weekly photo series of 2022 ---

add(id="ho60-breg-2022-05-kanzler-im-bild-sherpas",
    title="Der Bundeskanzler im Bild",
    url="https://www.bundesregierung.de/breg-de/mediathek/bundeskanzler-im-bild-2042016",
    retrieved="same address (stored media-library page, photo series of 16-19 May 2022; one line per photo text; the credit "
              "lines 'Foto: Bundesregierung/Kugler', 'Foto: Bundesregierung/Bergmann' after each photo text dropped (rule 93); "
              "the last photo text 'Berlin, 19. Mai 2022: „Der Krieg in unserer unmittelbaren Nachbarschaft …“, die die "
              "Europäische Union in den', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Berlin, 16. Mai 2022: Im Juni treffen sich die Staats- und Regierungschefs der G7 in Elmau. Am Montagmorgen "
           "begrüßte der Bundeskanzler die jeweiligen persönlichen Vertreter, die sogenannten Sherpas.",
           "Als „Chefunterhändler einer Regierung“ verantworten sie den Vorbereitungsprozess eines Gipfeltreffens und "
           "beaufsichtigen die Verhandlungen über die Ausarbeitung des Abschlusskommuniqués. Für Deutschland ist Jörg Kukies "
           "der zuständige G7-Sherpa.",
           "Am Nachmittag war der bulgarische Präsident Rumen Radev zu einem Austausch im Bundeskanzleramt.",
           "Für den Kanzler ist es wichtig, das Handeln der Regierung immer wieder zu erklären. Deshalb stellte er sich am "
           "Abend den Fragen von Bürgerinnen und Bürgern sowie Moderatorin Pinar Atalay. Diskutiert wurden unter anderem "
           "Energiekosten, Auswirkungen des Krieges und die Integration von Geflüchteten.",
           "Berlin, 17. Mai 2022: Der Besuch stehe in einer „langen Tradition guter, enger und partnerschaftlicher Beziehungen "
           "zwischen unseren beiden Ländern“, betonte Bundeskanzer Scholz am Dienstag beim Besuch von Liechtensteins "
           "Regierungschef Daniel Risch.",
           "Liechtenstein sei für die Bundesrepublik ein wichtiger Wirtschaftspartner – vor allem bei Investitionen und als "
           "Arbeitgeber im Süden Deutschlands, hob der Kanzler hervor.",
           "Esbjerg, 18. Mai 2022: „Wir müssen mutig sein und jetzt aufbrechen: Offshore-Windparks helfen uns, den "
           "menschengemachten Klimawandel aufzuhalten und energieunabhängiger zu werden“. Der Kanzler warb am Mittwoch beim "
           "Nordsee-Gipfel für eine engere Zusammenarbeit der Anrainerstaaten für mehr Windkraft auf See."],
    quotes=[("„Chefunterhändler einer Regierung“", None),
            ("„langen Tradition guter, enger und partnerschaftlicher Beziehungen zwischen unseren beiden Ländern“", "Scholz"),
            ("„Wir müssen mutig sein und jetzt aufbrechen: Offshore-Windparks helfen uns, den menschengemachten Klimawandel "
             "aufzuhalten und energieunabhängiger zu werden“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzer Scholz", "der Bundeskanzler", "Der Kanzler", "der Kanzler"]})

KIB_P3 = ("Der Bundeskanzler gratulierte Emmanuel Macron am Abend persönlich „von ganzem Herzen“ zu dessen Wiederwahl als "
          "französischer Staatspräsident. „Frankreich hat sich in dieser Wahl ganz klar für Europa entschieden. Das ist ein "
          "gutes Zeichen“, so Scholz bei dem Treffen im Kanzleramt.")
KIB_P4 = ("Deutschland und Frankreich würden auch weiterhin ihren Beitrag dafür leisten, die Europäische Union zu stärken – "
          "„eine Europäische Union, die für Frieden und Freiheit, für Demokratie und Rechtsstaatlichkeit steht, die sich zu "
          "behaupten weiß und die an der Seite der Länder steht, die unsere Werte teilen.“")

add(id="ho60-bk-2022-05-kanzler-im-bild-dgb",
    title="Der Bundeskanzler im Bild",
    url="https://www.bundeskanzler.de/bk-de/mediathek/bundeskanzler-im-bild-2039324",
    retrieved="same address (stored media-library page, photo series of 9-10 May 2022; one line per photo text; the credit "
              "lines 'Foto: Bundesregierung/Loos', 'Foto: Bundesregierung/Denzel', 'Foto: Bundesregierung/Steins' after each "
              "photo text dropped (rule 93); the last photo text '„Hier in Cottbus wird die Bahn fit gemacht …“, so der "
              "Kanzler. Damit seien die Bahn und das neue Werk „Schrittmacher … der Verkehrswen', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BREG,
    paras=["Berlin, 9. Mai 2022: Die frisch gewählte neue Vorsitzende des Deutschen Gewerkschaftsbundes, Yasmin Fahimi, "
           "begrüßte Bundeskanzler Olaf Scholz bei seiner Ankunft zum DGB-Bundeskongress.",
           "Auch hier war Putins Angriffskrieg auf die Ukraine wichtiges Thema. „Wir werden Sicherheit nicht gegen den "
           "sozialen Frieden in diesem Land ausspielen“, sagte Scholz und verwies auf die zwei Entlastungspakete im Umfang "
           "von weit über 30 Milliarden Euro, die die Bundesregierung in den vergangenen Wochen geschnürt hat.",
           KIB_P3,
           KIB_P4,
           "Danach besuchten die Staatschefs noch das Brandenburger Tor, das aus Anlass des Europatages als Zeichen der "
           "Solidarität mit der Ukraine in den ukrainischen Landesfarben angestrahlt wurde.",
           "Cottbus, 10. Mai 2022: Mehr als 1.200 industrielle Arbeits- und Ausbildungsplätze sollen hier in der Lausitz in "
           "den kommenden Jahren geschaffen werden. Bundeskanzler Scholz wohnte am Dienstag dem symbolischen Spatenstich für "
           "ein neues Instandhaltungswerk der Deutschen Bahn bei."],
    quotes=[("„Wir werden Sicherheit nicht gegen den sozialen Frieden in diesem Land ausspielen“", "Olaf Scholz"),
            ("„von ganzem Herzen“", "Olaf Scholz"),
            (cut(KIB_P3, "„Frankreich", "Zeichen“"), "Olaf Scholz"),
            (cut(KIB_P4, "„eine Europäische", "teilen.“"), "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Scholz",
                             "Der Bundeskanzler"]})

# --- Photo series of the Chancellor's week, 2013 ---

add(id="ho60-breg-2013-01-fotos-samaras",
    title="",
    url="http://www.bundesregierung.de/Webs/Breg/DE/Service/Mediathek/Fotos/fotos_node.html;jsessionid=B70F24325E03F5DDDCA88EAE47B968B7.s3t2?id=651734",
    retrieved="same address (stored photo page of the old bundesregierung.de media library, 8-10 January 2013; the stored copy "
              "shows no headline and begins with the first photo text, so the document has no title (rule 18); one line per "
              "photo text; the credit lines 'Foto: Bundesregierung/Steins', 'Foto: Bundesregierung/Kugler' after each photo "
              "text dropped (rule 93); the double full stop in 'mit Vertretern der Wirtschaft..' kept as stored (rule 20))",
    license=BREG,
    paras=["Berlin, 08.01.13: Als ersten internationalen Gast im neuen Jahr begrüßt Bundeskanzlerin Merkel den griechischen "
           "Ministerpräsidenten Samaras im Kanzleramt.",
           "In freundschaftlicher Atmosphäre sprechen beide Regierungschefs über die Fortschritte bei der Umsetzung des "
           "griechischen Reformprogramms, wie etwa die anstehende Steuerreform.",
           "\"Wir müssen bis zum Juni noch eine stärkere wirtschaftspolitische Koordinierung verabreden\", so Merkel mit Blick "
           "auf den mehrjährigen Finanzrahmen der EU.",
           "Am Nachmittag spricht die Kanzlerin auf dem Wirtschaftsgipfel der \"Welt\"-Gruppe und diskutiert anschließend mit "
           "Vertretern der Wirtschaft..",
           "Das Bundeskabinett befasst sich an diesem Mittwoch unter anderem mit dem Bericht zur auswärtigen Kultur- und "
           "Bildungspolitik.",
           "Im Anschluss empfängt Merkel den maltesischen Premierminister Gonzi im Bundeskanzleramt.",
           "Im Mittelpunkt ihrer Unterredung stehen bilaterale und europapolitische Themen sowie aktuelle außenpolitische "
           "Fragen.",
           "Vor der Presse betonen Merkel und Gonzi, dass wichtige Schritte auf der europäischen Agenda erreicht worden seien. "
           "Als Beispiele nennt die Bundeskanzlerin den Europäischen Stabilitätsmechanismus und den Fiskalpakt.",
           "Am Abend kommt der tschechische Staatspräsident Vacláv Klaus zu seinem Abschiedsbesuch ins Kanzleramt - seine "
           "zweite Amtszeit endet im März 2013.",
           "Berlin, 10.01.13: Am Mittag nimmt die Kanzlerin am Neujahresempfang von Bundespräsident Gauck im Schloss Bellevue "
           "teil.",
           "Dabei wird sie auch von der Lebensgefährtin des Bundespräsidenten, Daniela Schadt, begrüßt.",
           "Wie jedes Jahr hat die Kanzlerin Mitglieder der Regierung und Regierungssprecher Steffen Seibert (Mitte) "
           "mitgebracht."],
    quotes=[("\"Wir müssen bis zum Juni noch eine stärkere wirtschaftspolitische Koordinierung verabreden\"", "Merkel"),
            ("\"Welt\"", None)],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin Merkel", "die Kanzlerin", "die Bundeskanzlerin"]})
