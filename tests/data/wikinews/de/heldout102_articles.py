# Hundred-and-second held-out German real-news set (tests/data/heldout102-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 830). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-second held-out set" of SOURCES.md: texts of the Austrian Federal Chancellery (two
# OTS releases under the plain dateline 'Wien (OTS)', a release of its press service, the Bundespressedienst, as reposted by
# the Österreich Journal under the dateline 'Wien (bpd)', and a page of its site digitales.oesterreich.gv.at; licence BKA)
# and one weekly preview of the Austrian Parliament's Parlamentskorrespondenz on OTS (licence PK). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


FAYMANN = "Werner Faymann"
SPINDELEGGER = "Michael Spindelegger"

# --- OTS: a release of the Federal Chancellery on the Pressefoyer after the Ministerrat, April 2011 ---

FR_TITLE = 'Bundeskanzler Faymann: "Finanzrahmen wird die Spitzenposition Österreichs in Europa erhalten"'
FR_P1 = ('Wien (OTS) - "Österreich ist heute eines der reichsten Länder der Welt, die Nummer drei in der EU. Der jetzt '
         'beschlossene Konsolidierungspfad soll dafür sorgen, dass das auch weiterhin so bleibt", sagte Bundeskanzler '
         'Werner Faymann heute, Mittwoch, beim Pressefoyer nach der Ministerratssitzung. Ziel des '
         'Bundesfinanzrahmengesetzes sei die Unterschreitung der Maastrichtgrenze von drei Prozent Budgetdefizit im Jahre '
         '2013. Bis 2015 solle das Defizit bereits auf zwei Prozent liegen. "Das ist ohne großes Sparpaket möglich, wenn '
         'wir in allen Ressorts täglich sparen. Die tägliche Reform erspart uns tiefe Einschnitte ins Sozialsystem und eine '
         'Verunsicherung der Menschen", betonte Faymann.')
FR_P2 = ('Vizekanzler Michael Spindelegger stimmte dem Bundeskanzler zu und betonte, dass Österreich von vielen EU-Ländern '
         'um den bis 2015 beschlossenen Pfad beneidet werde: "Österreich spielt hier eine Vorreiterrolle." Im '
         'Bundesfinanzrahmengesetz werden auch Investitionsschwerpunkte festgelegt, um für Wachstum zu sorgen. Schwerpunkte '
         'seien Bildung, Wissenschaft und Forschung, Sicherheit und auch Infrastruktur, betonte der Bundeskanzler.')
FR_P3 = ('"Besonders erfreulich ist der Bericht von Staatssekretär Josef Ostermayer über die Einigung in der Kärntner '
         'Ortstafelfrage gewesen", sagte Bundeskanzler Faymann am Mittwoch, einen Tag nach der Unterzeichnung des '
         'Klagenfurter Memorandums. In dieser Frage habe es jahrzehntelang unterschiedliche und gegensätzliche Standpunkte '
         'gegeben, die Diskussion sei sehr emotionell geführt worden. Der Kanzler lobte den breiten Konsens und betonte: '
         '"Das konnte auch nur gelingen, weil die Koalitionspartner zusammenstehen. Daher gilt mein Dank allen '
         'Regierungsmitgliedern und allen Beteiligten des Landes Kärnten, dem Landeshauptmann, den Bürgermeistern und den '
         'Volksgruppenvertretern."')

add(id="ho102-bka-ots-2011-04-27-faymann-finanzrahmen",
    title=FR_TITLE,
    url="https://www.ots.at/presseaussendung/OTS_20110427_OTS0193/bundeskanzler-faymann-finanzrahmen-wird-die-"
        "spitzenposition-oesterreichs-in-europa-erhalten",
    retrieved="same address (release of 27 April 2011 on the OTS press-release service under the plain dateline "
              "'Wien (OTS)', reporting the Pressefoyer after the Ministerrat; the sender line is not in the stored copy, "
              "the release is taken as the Chancellery's as in the nineteenth held-out set (rule 111); the subtitle kept "
              "as its own line (rule 18); the paragraph 'Der zustande geko', cut off in the stored copy, dropped (rule "
              "15))",
    license=BKA,
    paras=["Finanzrahmenplan 2012 bis 2015 beschlossen - Ortstafelpaket abgesegnet",
           FR_P1, FR_P2, FR_P3],
    quotes=[(cut(FR_TITLE, '"Finanzrahmen', 'erhalten"'), FAYMANN),
            (cut(FR_P1, '"Österreich ist', 'so bleibt"'), FAYMANN),
            (cut(FR_P1, '"Das ist ohne', 'der Menschen"'), FAYMANN),
            ('"Österreich spielt hier eine Vorreiterrolle."', SPINDELEGGER),
            (cut(FR_P3, '"Besonders', 'gewesen"'), FAYMANN),
            (cut(FR_P3, '"Das konnte', 'Volksgruppenvertretern."'), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Faymann",
                       "Bundeskanzler", "Kanzler"],
             SPINDELEGGER: ["Michael Spindelegger", "Vizekanzler Michael Spindelegger"]})

# --- OTS: a release of the office of the Chancellery minister Ostermayer, September 2015 (rule 830) ---

OSTERMAYER = "Josef Ostermayer"
OM_P1 = ('Wien (OTS) - "Vizekanzler Mitterlehner ist zuzustimmen, dass die Bundesregierung in nächster Zeit eine Reihe von '
         'Maßnahmen umzusetzen hat" so Bundesminister und Regierungskoordinator Dr. Josef Ostermayer zu den Aussagen von '
         'Vizekanzler Dr. Reinhold Mitterlehner in der morgigen Ausgabe der Oberösterreichischen Nachrichten.')
OM_P2 = ('"Beschäftigungsprogramm, Wohnbauoffensive, Bildungsreform und Budget sind nur eine Reihe von Maßnahmen, die wir '
         'gemeinsam umzusetzen haben. Dazu muss die Bundesregierung inhaltlich gemeinsam vorgehen, um diese Aufgaben im '
         'vereinbarten Zeitplan gemeinsam zu verwirklichen", so Ostermayer abschließend.')

add(id="ho102-bka-ots-2015-09-30-ostermayer-mitterlehner",
    title="Regierungskoordinator Ostermayer zu den Aussagen von Vizekanzler Mitterlehner in den Oberösterreichischen "
          "Nachrichten",
    url="https://www.ots.at/presseaussendung/OTS_20150930_OTS0243/regierungskoordinator-ostermayer-zu-den-aussagen-von-"
        "vizekanzler-mitterlehner-in-den-oberoesterreichischen-nachrichten",
    retrieved="same address (release of 30 September 2015 on the OTS press-release service under the dateline 'Wien "
              "(OTS)'; its contact block names the 'Kabinett Bundesminister Dr. Josef Ostermayer' with an address at "
              "bka.gv.at, so the release is the Federal Chancellery's (Ostermayer was the minister in the Chancellery); "
              "the contact block 'Rückfragen & Kontakt: … nedeljko.bilalic@bka.gv.at' and the OTS footer line "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "NBU0004' dropped (rule 48); the missing comma before 'so Bundesminister' kept as published (rule 20); "
              "complete in the stored copy)",
    license=BKA,
    paras=[OM_P1, OM_P2],
    quotes=[(cut(OM_P1, '"Vizekanzler', 'umzusetzen hat"'), OSTERMAYER),
            (cut(OM_P2, '"Beschäftigungsprogramm', 'verwirklichen"'), OSTERMAYER)],
    aliases={OSTERMAYER: ["Josef Ostermayer", "Dr. Josef Ostermayer", "Ostermayer", "Regierungskoordinator Ostermayer"]})

# --- Österreich Journal: repost of a Bundespressedienst release, April 2016 (rules 831, 832) ---

STESSL = "Sonja Steßl"
VM_TITLE = 'Eröffnung der Verwaltungsmesse in der "Messe Wien"'
VM_P1 = ('Wien (bpd) - "Es ist ein sensationell vielfältiges Angebot des Öffentlichen Dienstes, das hier auf der '
         'Verwaltungsmesse präsentiert wird", sagte Sonja Steßl, Staatssekretärin für Digitales, Verwaltung und '
         'Öffentlichen Dienst am 21.04. bei der Eröffnung der Verwaltungsmesse, die das Bundeskanzleramt gemeinsam mit der '
         'Bundesbeschaffungs-GesmbH in der "Messe Wien" veranstaltet. Auf 9.000 Quadratmetern zeigen rund 180 Aussteller '
         'die neuesten Entwicklungen und ihre Angebote. "Das Bild der Verwaltung ändert sich. Verwaltung wird zunehmend mit '
         'Innovation, Effizienz, Service und Professionalität assoziiert", betont Kanzleramtsstaatssekretärin Steßl.')
VM_P2 = ('Die Digitalisierung habe große Veränderungen und einen gewaltigen Modernisierungsschub gerade für die '
         'österreichische Verwaltung gebracht. "Österreich ist mit seinem hohen E-Government-Anteil Vorreiter in Europa. '
         'Über 70 Prozent der Österreicherinnen und Österreicher nutzen die Angebote auf verschiedenen Ebenen. Auch die '
         'Handy-Signatur mit über 640.000 aktiven Nutzerinnen und Nutzern läuft sehr erfolgreich, indem über 200 Verfahren '
         'mithilfe dieser Signatur online erledigt und damit Zeit und Gebühren gespart werden können"; so Steßl weiter. '
         '"Ich bin stolz darauf, wenn ich bei internationalen Treffen darauf angesprochen und um Kooperationen und '
         'Wissensaustausch gebeten werde", so Steßl.')
VM_P3 = ('"Wir wollen bei diesem Fortschritt aber niemanden zurücklassen, weder Kolleginnen und Kollegen noch Bürgerinnen '
         'und Bürger", betonte die Staatssekretärin. Die digitale Kluft zwischen Stadt und Land, Arm und Reich, Alt und Jung '
         'müsse noch weiter verkleinert werden. "Wir werden alles daran setzen, dass wir weiter zu den innovativsten '
         'Verwaltungen in Europa zählen und immer noch besser werden. Denn die öffentliche Verwaltung kann und soll durch '
         'die Digitalisierung auch ein Innovationsmotor für die Privatwirtschaft sein", sagte die Staatssekretärin.')

add(id="ho102-bka-oej-2016-04-21-stessl-verwaltungsmesse",
    title=VM_TITLE,
    url="http://oe-journal.at/Aktuelles/!2016/0416/W3/22204bpdStessl.htm",
    retrieved="same address (the Federal Chancellery press service's release of 21 April 2016 as reposted by the "
              "Österreich Journal under the dateline 'Wien (bpd)', which names the Bundespressedienst as its source (rule "
              "31), as in the forty-fourth held-out set; the stored copy opens with the line 'Eröffnung der "
              "Verwaltungsmesse in der \"Messe Wien\"', kept as the first line; the stored copy breaks its lines at "
              "about 110 characters, and these breaks are joined with a space (rule 48); paragraphs are taken to end where "
              "a short line closes a sentence ('betont Kanzleramtsstaatssekretärin Steßl.', '… gebeten werde\", so "
              "Steßl.'); the published semicolon in 'gespart werden können\"; so Steßl weiter.' kept (rule 20); the "
              "reposting site's closing mark '|' dropped (rule 94); complete in the stored copy)",
    license=BKA,
    paras=[VM_P1, VM_P2, VM_P3],
    quotes=[('"Messe Wien"', None, 0),
            (cut(VM_P1, '"Es ist ein', 'präsentiert wird"'), STESSL),
            ('"Messe Wien"', None, 1),
            (cut(VM_P1, '"Das Bild', 'assoziiert"'), STESSL),
            (cut(VM_P2, '"Österreich ist mit', 'gespart werden können"'), STESSL),
            (cut(VM_P2, '"Ich bin stolz', 'gebeten werde"'), STESSL),
            (cut(VM_P3, '"Wir wollen', 'und Bürger"'), STESSL),
            (cut(VM_P3, '"Wir werden', 'Privatwirtschaft sein"'), STESSL)],
    aliases={STESSL: ["Sonja Steßl", "Steßl", "Kanzleramtsstaatssekretärin Steßl", "Staatssekretärin"]})

# --- digitales.oesterreich.gv.at: the page of the Chancellery's state secretary for digitisation (rule 833) ---

DUZDAR = "Muna Duzdar"
DZ_P1 = ('"Österreich gehört zu den Spitzenreitern bei E-Government in Europa. Damit das so bleibt, müssen wir weitere '
         'Anstrengungen unternehmen. Die Verwaltung soll als Vorzeigemodell dienen und die Bürgerinnen und Bürger dabei '
         'mitnehmen."')
DZ_P3 = ('Die umfassenden Angebote des Bereichs E-Government zählten bereits bisher zu den Aufgabenbereichen im '
         'Bundeskanzleramt. Seit der Bündelung Digitaler Agenden im Kanzleramt sind nun auch die Förderung konkreter '
         'digitaler Anwendungen und die Zukunftsgestaltung der Anwendungsbereiche hier angesiedelt. Arbeitsschwerpunkte der '
         'Staatssekretärin sind insbesondere das Thema Cyber Security sowie die Entwicklung und Koordinierung der "Digital '
         'Roadmap", einer digitalen Strategie für Österreich.')

add(id="ho102-bka-digitales-oesterreich-2016-duzdar",
    title="Staatssekretärin für Diversität, Öffentlichen Dienst und Digitalisierung - Muna Duzdar",
    url="https://www.digitales.oesterreich.gv.at/staatssekretarin",
    retrieved="same address (stored page of the Chancellery's platform 'Digitales Österreich' on the state secretary "
              "sworn in on 18 May 2016 (the page gives no date line); the skip link 'Inhalt' above the heading dropped "
              "(rule 14); the heading kept as the first line; the closing link line 'Weitere Informationen finden Sie in "
              "den Webseiten der Staatssekretärin im Bundeskanzleramt.' dropped as navigation (rule 14); otherwise "
              "complete in the stored copy)",
    license=BKA,
    paras=[DZ_P1,
           "Am 18. Mai 2016 wurde Mag. Muna Duzdar von Bundespräsident Dr. Heinz Fischer als Staatssekretärin im "
           "Bundeskanzleramt angelobt und ist unter anderem für die Bereiche E-Government und Digitalisierung zuständig.",
           DZ_P3],
    quotes=[(DZ_P1, DUZDAR),
            ('"Digital Roadmap"', None)],
    aliases={DUZDAR: ["Muna Duzdar", "Mag. Muna Duzdar"]})

# --- OTS: a weekly preview of the Parlamentskorrespondenz, May 2022 (rule 834) ---

TOP_P1 = ("Wien (PK) - Nach dem Rücktritt von Landwirtschaftsministerin Elisabeth Köstinger und Wirtschaftsministerin "
          "Margarete Schramböck informiert Bundeskanzler Karl Nehammer den Nationalrat über die Regierungsumbildung und "
          "stellt den Abgeordneten das neue Team vor. Außerdem werden sich die Abgeordneten in der Sitzung u.a. mit einer "
          "Änderung des Sozialhilfe-Grundsatzgesetzes, der Erhöhung der Studiengebühren und der Verlängerung von "
          "Corona-Sonderbestimmungen im Epidemiegesetz befassen. Eine Novelle zum Bundesfinanzgesetz 2022 und zum "
          "Bundesfinanzrahmengesetz sieht vor, budgetäre Vorsorge für die erwarteten Mehrausgaben und Mindereinnahmen "
          "infolge des Ukraine-Kriegs zu treffen, darüber muss zuvor allerdings noch der Budgetausschuss beraten.")
TOP_P3 = ("Gleich im Anschluss an die Aktuelle Stunde werden Bundeskanzler Karl Nehammer und Vizekanzler Werner Kogler die "
          "Abgeordneten über die jüngste Regierungsumbildung informieren. Das Amt von Landwirtschaftsministerin Elisabeth "
          "Köstinger soll demnach Nobert Totschnig übernehmen, die Wirtschaftsagenden wurden bereits an Arbeitsminister "
          "Martin Kocher übertragen. Ihm steht nunmehr Susanne Kraus-Winkler als Staatssekretärin für Tourismus zur Seite. "
          "Florian Tursky soll im Finanzministerium vorrangig für Digitalisierung zuständig sein, fixiert werden kann das "
          "allerdings erst nach einer Novellierung des Bundesministeriengesetzes. Gleiches gilt für die angekündigte "
          "Übertragung der Zivildienstagenden an Jugendstaatssekretärin Claudia Plakolm.")

add(id="ho102-pk-ots-2022-05-13-top-nationalrat",
    title="Parlament: TOP im Nationalrat am 18. Mai 2022",
    url="https://www.ots.at/presseaussendung/OTS_20220513_OTS0160/parlament-top-im-nationalrat-am-18-mai-2022",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz preview of 13 May 2022, dateline 'Wien "
              "(PK)'; the stored copy's date prefix ' date 2022-05' dropped (rule 63); the subtitle and the subheadings "
              "'Aktuelle Stunde' and 'Erklärungen des Bundeskanzlers und des Vizekanzlers' kept as lines of their own "
              "(rule 18); the published 'Nobert Totschnig' kept (rule 20); the paragraph 'Im Ans', cut off in the stored "
              "copy, dropped (rule 15))",
    license=PK,
    paras=["Erklärung zur Regierungsumbildung, Sozialhilfe, Epidemiegesetz, Budgetnovelle, Studienbeihilfe, "
           "Rechnungshofberichte",
           TOP_P1,
           "Aktuelle Stunde",
           'Die Sitzung beginnt um 9.00 Uhr mit einer Aktuellen Stunde. Die Grünen haben dafür das Thema "Die Zukunft der '
           'Pflege jetzt sichern!" ausgewählt.',
           "Erklärungen des Bundeskanzlers und des Vizekanzlers",
           TOP_P3],
    quotes=[('"Die Zukunft der Pflege jetzt sichern!"', None)],
    aliases={})
