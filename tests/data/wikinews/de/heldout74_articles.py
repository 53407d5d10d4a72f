# Seventy-fourth held-out German real-news set (tests/data/heldout74-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 550-553). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by speaker names and by a distinctive 8-word phrase against the texts of all sets, and
# against the other helpers' worktrees /work/wt-heldout*). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seventy-fourth held-out set": netzpolitik.org articles of 2015, 2017, 2018, 2021 and 2025
# (licence NP, CC BY-NC-SA 4.0, as in the earlier sets that use netzpolitik.org). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17, 52), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

DEMAIZIERE = "Thomas de Maizière"

add(id="ho74-np-2017-08-de-maiziere-biometrische-videoueberwachung",
    title="Minister de Maizière für flächendeckende biometrische Videoüberwachung",
    url="https://netzpolitik.org/2017/minister-de-maiziere-fuer-flaechendeckende-biometrische-videoueberwachung/",
    retrieved="same address with ?replytocom=2368465 (stored page of August 2017; the image credit line 'CC-BY-NC 2.0 "
              "freeeda' and the image file name 'suedkreuz-schilder' dropped (rule 93); the minister's statement after 'Er "
              "fügte an:', which the page sets as a block quote without quotation marks, kept as its own line and not "
              "annotated (rule 23); the last paragraph 'Er erklärte weiterhin, dass er Kritiker nicht ve', cut off in the "
              "stored copy, dropped (rules 15, 52))",
    license=NP,
    paras=["Innenminister Thomas de Maizière zeigte sich heute beim Ortstermin am Berliner Bahnhof Südkreuz optimistisch: "
           "Die aktuell getesteten automatisierten Gesichtsscanner könnten ein „unglaublicher Sicherheitsgewinn“ werden. Es "
           "sei auch ein flächendeckender Einsatz vorstellbar. Derweil wächst die Anzahl seiner Kritiker, die sich zu Wort "
           "meldeten.",
           "Bundesinnenminister Thomas de Maizière erschien heute zu einem Ortstermin am Bahnhof Südkreuz in Berlin, um sich "
           "erläutern zu lassen, wie die derzeit dort getesteten biometrischen Gesichtsscanner funktionieren. In der ersten "
           "Testphase wird aktuell an freiwilligen Personen erprobt, ob ihre Gesichter von den installierten Systemen "
           "erkannt werden. Laut Pressemitteilung sollte ein internes Gespräch mit der Bundespolizei den Minister "
           "informieren und ihn in die Technik zur automatisierten Gesichtserkennung einweisen.",
           "Der Termin heute wirkte eher wie ein Wahlkampfmanöver, bei dem seitens des Ministers publikumswirksam "
           "demonstriert wurde, wie mit moderner Technik der Anschein erweckt werden kann, in Fragen der Sicherheit "
           "Aktivität zu zeigen. Erste Erfahrungen mit den Gesichtsscannern sollen de Maizière bereits mitgeteilt worden "
           "sein. Pflichtschuldig war sich der Minister dann auch schon heute sicher, die gerade erst getestete Technik sei "
           "potentiell ein „unglaublicher Sicherheitsgewinn“. Die Biometriehersteller dürfte es gefreut haben.",
           "Wörtlich sagte de Maizière über den Biometrietest, dass er „sehr gespannt auf die Ergebnisse“ sei. Er fügte an:",
           "Wenn das gelänge, dann wäre das ein unglaublicher Sicherheitsgewinn für die Bevölkerung der Bundesrepublik "
           "Deutschland. Und dann können wir entscheiden, in etwa einem halben Jahr, unter welchen rechtsstaatlichen "
           "Bedingungen im Einzelnen diese Technik auch flächendeckend eingesetzt werden kann."],
    quotes=[("„unglaublicher Sicherheitsgewinn“", DEMAIZIERE, 0),
            ("„unglaublicher Sicherheitsgewinn“", DEMAIZIERE, 1),
            ("„sehr gespannt auf die Ergebnisse“", DEMAIZIERE)],
    aliases={DEMAIZIERE: ["Thomas de Maizière", "Innenminister Thomas de Maizière",
                          "Bundesinnenminister Thomas de Maizière", "de Maizière", "Minister"]})

RIEDEL = "Ann Cathrin Riedel"
TG_P3 = ("„Die Naivität mit der geglaubt wird, dass durch Regulierung von Telegram all unsere Probleme gelöst werden, macht "
         "mich wirklich sprachlos“, twitterte Ann Cathrin Riedel gestern. Dann legte sie mit Argumenten nach in dieser "
         "Telegram-Debatte, die seit Wochen seltsam einmütig und einseitig geführt wird. Wir haben im Chat-Interview "
         "nachgefragt, was wirklich diskutiert werden müsste und warum bestehende Gesetze eigentlich nicht ausgeschöpft "
         "werden.")

add(id="ho74-np-2021-interview-telegram-riedel",
    title="Interview zu Telegram„Netzsperren und Rausschmiss aus den App-Stores – das ist mir zu platt“",
    url="https://netzpolitik.org/2021/interview-zu-telegram-netzsperren-und-rausschmiss-aus-den-app-stores-das-ist-mir-"
        "zu-platt/",
    retrieved="same address with ?replytocom=2557177 (stored page; the kicker and the headline, which the stored copy runs "
              "together without a space ('Interview zu Telegram„Netzsperren …'), kept so as the first line (rules 18, 20); "
              "the image caption 'Ann Cathrin Riedel' and the image text 'Ann Cathrin Riedel ist Digitalpolitikerin in der "
              "FDP und im Vorstand beim netzpolitischen Verein Load e.V.  – Alle Rechte vorbehalten Paul Alexander Probst' "
              "dropped (rule 93); the interview's question and answer, set after 'netzpolitik.org:' and 'Ann Cathrin "
              "Riedel:' without quotation marks, kept as lines and not annotated (rules 23, 550); the last paragraph "
              "'Gleichwohl ist es natürlich wahr, … regulatorischen Lös', cut off in the stored copy, dropped (rules 15, "
              "52))",
    license=NP,
    paras=["In der Debatte um Telegram wollen plötzlich viele die Messenger-App strikt regulieren oder sogar verbannen. Die "
           "FDP-Digitalpolitikerin Ann Cathrin Riedel hält das für einseitig und naiv. Wir haben gefragt, was sie stört und "
           "was anders laufen müsste.",
           TG_P3,
           "netzpolitik.org: Querdenker und Rechtsradikale verbreiten teilweise strafbare Dinge auf Telegram. Deswegen "
           "überschlagen sich nun Forderungen zur Regulierung des Messengers – vom Ausschluss aus den App-Stores bis hin zur "
           "Blockade mittels Netzsperren. Kann man politische und gesellschaftliche Einstellungen überhaupt ändern, indem "
           "man an technischen Lösungen schraubt?",
           "Ann Cathrin Riedel: Nein, das kann man nicht wirklich. Und dieser Irrglaube, dieser „Tech Solutionism“, raubt "
           "mir regelmäßig den letzten Nerv. Technologie ist ein Werkzeug. Gesellschaftliche Probleme lösen sich nicht mit "
           "dem Hinzufügen einer App, wie manche im Fall der Pandemie-Bekämpfung dachten, oder durch die Wegnahme, also "
           "durch Netzsperren oder Verbannen aus einer App aus dem Store."],
    quotes=[("„Netzsperren und Rausschmiss aus den App-Stores – das ist mir zu platt“", RIEDEL),
            (cut(TG_P3, "„Die Naivität", "sprachlos“"), RIEDEL),
            ("„Tech Solutionism“", RIEDEL)],
    aliases={RIEDEL: ["Ann Cathrin Riedel", "FDP-Digitalpolitikerin Ann Cathrin Riedel"]})

add(id="ho74-np-2025-10-big-brother-awards-dobrindt",
    title="Big Brother AwardsÜberwachungs-Oscar geht an Innenminister Dobrindt",
    url="https://netzpolitik.org/2025/big-brother-awards-ueberwachungs-oscar-geht-an-innenminister-dobrindt",
    retrieved="same address (stored page of October 2025; the kicker and the headline, run together without a space in "
              "the stored copy, kept so as the first line (rules 18, 20); the image text 'Eine Bühne, auf der eine "
              "Datenkraken-Puppe und ein Podest zu sehen ist.' and the caption 'Seit dem Jahr 2000 werden die Big Brother "
              "Awards in Bielefeld verliehen. – Alle Rechte vorbehalten IMAGO / ecomedia/robert fishman' dropped (rule 93); "
              "the subheading 'Neue Kategorie „jung und überwacht“' kept as its own line (rule 19); the last subheading "
              "'Innenminister Dobrindt für „Sicherheitspaket“ ausgezeichnet', left dangling before the cut, and the cut-off "
              "'Der ' dropped (rule 15))",
    license=NP,
    paras=["Zum 25. Mal wurden die alljährlichen Big Brother Awards vergeben. Negativpreise gehen in diesem Jahr an "
           "Bundesinnenminister Alexander Dobrindt, an TikTok sowie an Google. Erstmals gibt es auch Auszeichnungen in der "
           "Kategorie „jung und überwacht“.",
           "Am vergangenen Freitag verlieh der Verein Digitalcourage die deutschen Big Brother Awards. Der "
           "Datenschutz-Negativpreis geht an Unternehmen, Organisationen, Behörden und Einzelpersonen, die in besonderem "
           "Maße Datenschutz und Privatsphäre aushöhlen.",
           "In insgesamt sechs Kategorien vergab die fünfköpfige, erstmals überwiegend weibliche Jury den sogenannten "
           "„Oscar der Überwachung“. Im Vorfeld konnten Interessierte Nominierungen einreichen. Zu den diesjährigen "
           "Preisträgern zählen unter anderem Google, das Verwaltungsgericht Hannover und das Bundesarbeitsgericht sowie die "
           "Videoplattform TikTok.",
           "Neue Kategorie „jung und überwacht“",
           "Erstmals gab es in diesem Jahr Auszeichnungen in der Kategorie „jung und überwacht“. Kinder und Jugendliche des "
           "Vereins Teckids stellten in multimedialen Beiträgen zwei ausgewählte Datenschutzprobleme junger Menschen vor. "
           "Die Beiträge veranschaulichen soziale Ausgrenzung am Beispiel von iPads im Schulunterricht sowie im "
           "Zusammenhang mit dem Messenger-Dienst WhatsApp.",
           "Laut einer Umfrage im Auftrag der DEVK Versicherungen von Mitte 2024 verwendet in Deutschland mehr als die "
           "Hälfte aller Kinder und Jugendlichen im Unterricht ein Tablet. In vielen Schulen ist deren Einsatz sogar "
           "verpflichtend. Die Kinder von Teckids kritisieren die fehlende Selbstbestimmung und den eingeschränkten "
           "Datenschutz, die mit dem Einsatz einhergehen."],
    quotes=[("„jung und überwacht“", None, 0),
            ("„Oscar der Überwachung“", None),
            ("„jung und überwacht“", None, 1),
            ("„jung und überwacht“", None, 2)],
    aliases={})

add(id="ho74-np-2018-03-kelber-bundesdatenschutzbeauftragter", title=None,
    url="https://netzpolitik.org/2018/spd-politiker-ulrich-kelber-soll-neuer-bundesdatenschutzbeauftragter-werden/",
    retrieved="same address (stored page of March 2018; the stored copy's date prefix ' date 2018-03' dropped (rule 63); "
              "it begins with the body, without headline, so its first paragraph is the first line (rule 32); complete "
              "as stored)",
    license=NP,
    paras=["Der Bonner SPD-Politiker und Bundestagsabgeordnete Ulrich Kelber soll neuer Bundesbeauftragter für den "
           "Datenschutz und die Informationsfreiheit (BfDI) werden. Das verkündete der 49-jährige heute auf seiner Webseite "
           "und auf Twitter. In der vergangenen Legislaturperiode war der Informatiker Parlamentarischer Staatssekretär für "
           "Verbraucherschutz, Mietrecht und Digitales im Bundesministerium für Justiz und Verbraucherschutz und setzte sich "
           "dort bereits für einen besseren Datenschutz ein – im Rahmen der Möglichkeiten, die ein SPD-Politiker in einer "
           "Großen Koalition hat. So hat Kelber für die Wiedereinführung der Vorratsdatenspeicherung gestimmt. Dem Einsatz "
           "des Staatstrojaners und der Online-Durchsuchung stand er wiederum ablehnend gegenüber.",
           "Kelber sitzt bisher seit 18 Jahren für die SPD im Bundestag. Mit Transparenz kennt er sich aus, bereits früh "
           "legte der „gläserne MdB“ seine Einkünfte offen. Damit ist er leider immer noch die positive Ausnahme als die "
           "Regel.",
           "Er würde die CDU-Politikerin Andrea Voßhoff als BfDI beerben, die ihrer Aufgabe eher verschlafen nachgekommen "
           "ist. Zwar konnte Voßhoff eine bessere personelle Ausstattung ihrer Behörde erreichen, sie blieb aber in der "
           "Öffentlichkeit weitgehend blass. Und das in Zeiten, wo Datenschutzrechte massiv unter Beschuss stehen und "
           "öffentliche Fürsprecher leider selten sind. Kelber wird das Amt sicherlich mit mehr Sichtbarkeit ausfüllen."],
    quotes=[("„gläserne MdB“", None)],
    aliases={})

add(id="ho74-np-2015-08-landesverrat-juristisch",
    title="Handfeste StaatsaffäreWir wehren uns auch juristisch gegen Ermittlungen wegen Landesverrat",
    url="https://netzpolitik.org/2015/handfeste-staatsaffaere-wir-wehren-uns-auch-juristisch-gegen-ermittlungen-wegen-"
        "landesverrat",
    retrieved="same address (stored page of August 2015; the kicker and the headline, run together without a space in the "
              "stored copy, kept so as the first line (rules 18, 20); the comment counter '35 Ergänzungen' and the reader "
              "comments below it (the first quoting a Facebook post of Hans Christian Ströbele, cut off in the stored "
              "copy) dropped (rules 52, 553))",
    license=NP,
    paras=["Der Generalbundesanwalt Harald Range hat Justizminister Heiko Maas heute öffentlich harsch kritisiert. Auch wenn "
           "wir in der Frage, ob zwei Journalisten aus unserer Redaktion tatsächlich Landesverräter sind, der Überzeugung "
           "sind, dass die Strafanzeige des Bundesamtes für Verfassungsschutz (BfV) keinen Erfolg haben wird, haben wir uns "
           "mit Eurer finanziellen Unterstützung anwaltlich beraten lassen. Wir wissen natürlich, dass neben uns vor allem "
           "unsere und andere potentielle Informanten eingeschüchtert werden sollen.",
           "Dennoch haben unsere Anwälte Sönke Hilbrans und Peer Stolle in dem Ermittlungsverfahren gegen uns Akteneinsicht "
           "beim Generalbundesanwalt beantragt. Wir wollen sämtliche Dokumente erhalten: die Strafanzeigen, um die "
           "konkreten Vorwürfe zu erfahren, und wer unsere Namen wann ins Spiel brachte sowie die diversen „Gutachten“. Wir "
           "wollen natürlich auch in Erfahrung bringen, wie der an den Haaren herbeigezogene Vorwurf des Landesverrats "
           "begründet wird.",
           "Wir nehmen es nicht hin, dass sich Harald Range vom BfV-Chef Hans-Georg Maaßen dafür instrumentalisieren lässt, "
           "die Informanten zu jagen, und dabei das juristische Verfahren zum Verrat von Staatsgeheimnissen aufmotzt. "
           "Dagegen setzen wir uns zu Wehr – publizistisch, aber auch juristisch.",
           "Vielen Dank für Eure Spenden, die uns dabei unterstützen, die handfeste Staatsaffäre durchzustehen. Range hatte "
           "es ja selbst gesagt: „Marschieren müssen schon Politik und Gesellschaft“. Lasst uns mal losgehen."],
    quotes=[("„Gutachten“", None),
            ("„Marschieren müssen schon Politik und Gesellschaft“", "Harald Range")],
    aliases={"Harald Range": ["Harald Range", "Generalbundesanwalt Harald Range", "Range"]})

LF_P2 = ("Vor einigen Monaten hat er per DGSVO-Abfrage alle Daten angefordert, die Lieferando über ihn hat. Über das Ergebnis "
         "dieser Anfragen, die auch andere Fahrer*innen gestellt hatten, berichtete der BR: In einem Jahr sammelte das "
         "Unternehmen über vollbeschäftigte Fahrer*innen teils mehr als 100.000 Datenpunkte. Eine „dauerhafte Überwachung "
         "der Arbeitsleistung“ wäre aus Sicht von Stefan Brink, dem Datenschutzbeauftragten von Baden-Württemberg, „klar "
         "rechtswidrig“, sagte dieser damals.")
LF_P5 = ("Die App sei das wichtigste Arbeitsmittel für die Fahrer*innen, schrieb er. Doch es gebe große Probleme: „Seit "
         "einigen Wochen funktioniert die Telefonanlage in der Zentrale nicht, man ist also auf den Chat angewiesen“, schreibt "
         "er. Doch auch der Chat für die individuellen Städte mit Warnungen für Unwetter funktioniere bei manchen "
         "Handymodellen nicht.")
LF_P6 = ("Auch die Navigation mache Probleme. Adressen würden sehr oft auf der Karte falsch angezeigt, Fahrer*innen müssten "
         "die Adressen also in eine andere Navigations-App eintippen. „Diese App wird immer schlimmer und es wird immer "
         "unkomfortabler, damit zu arbeiten“, so Nils auf Twitter.")

add(id="ho74-np-2021-10-lieferando-abmahnung", title=None,
    url="https://netzpolitik.org/2021/lieferando-abmahnung-nach-oeffentlicher-kritik/",
    retrieved="same address (stored page of October 2021; the stored copy's date prefix ' date 2021-10' dropped (rule 63); "
              "it begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); the "
              "subheading 'Interne App macht Probleme' kept as its own line (rule 19); the last paragraph 'Dadurch, dass "
              "Fahrer*innen ihre Privathandys benutzen müssten, … twittert er noch. „IT und Datenschutz also eine "
              "Katastro', cut off in the stored copy inside a quotation, dropped with its unclosed quotation (rules 15, 52))",
    license=NP,
    paras=["Nils wohnt in Köln, ist seit drei Jahren Fahrer bei Lieferando und will seinen Nachnamen lieber nicht öffentlich "
           "lesen. Neben seiner Arbeit betreibt er den Twitter-Account @FabioLeone94, wo er viel über seine Arbeit bei dem "
           "Lieferunternehmen schreibt – und über Probleme dabei.",
           LF_P2,
           "Interne App macht Probleme",
           "Gesammelt werden diese ganzen Daten über Scoober, die interne Lieferando-App, die sich alle Fahrer*innen auf "
           "ihren Handys installieren müssen. Und es war wieder diese App, die Nils am 13. September in einem Twitter-Thread "
           "kritisierte.",
           LF_P5,
           LF_P6],
    quotes=[("„dauerhafte Überwachung der Arbeitsleistung“", "Stefan Brink"),
            ("„klar rechtswidrig“", "Stefan Brink"),
            (cut(LF_P5, "„Seit einigen", "angewiesen“"), "Nils"),
            (cut(LF_P6, "„Diese App", "arbeiten“"), "Nils")],
    aliases={"Stefan Brink": ["Stefan Brink", "Datenschutzbeauftragten von Baden-Württemberg"],
             "Nils": ["Nils", "@FabioLeone94"]})
