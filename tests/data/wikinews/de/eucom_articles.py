# News of the European Commission's Representation in Germany (Vertretung der Europäischen Kommission
# in Deutschland), annotated by hand for whosaid (rules: ANNOTATION.md). Each document is one news item
# as the stored page shows it. License: the Commission's reuse policy (Commission Decision
# 2011/833/EU; since 2019 CC BY 4.0 for Commission content, "© European Union"), attribution to the
# European Commission and the page address given in `url`.
# Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut (first and last words).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402

LICENSE = "CC BY 4.0 (© European Union; reuse authorised under the Commission's reuse policy, source: European Commission)"
NEWS_LIST = "https://ec.europa.eu/germany/news_de"
ARTICLES = []


def add(**a):
    a.setdefault("license", LICENSE)
    ARTICLES.append(a)


# --- stored copies of the news list https://ec.europa.eu/germany/news_de (August 2017) ---

p = ("Kommissionspräsident Jean-Claude Juncker hat am Freitagabend auf die Messer-Attacke in Finnland mit zwei "
     "Toten und acht Verletzten reagiert. „Ich habe die brutalen Angriffe in Turku, Finnland, mit großer Sorge zur "
     "Kenntnis genommen. Die Einzelheiten sind zwar noch nicht geklärt, wir möchten aber diese grundlosen Angriffe "
     "mit aller Härte verurteilen, die nur 24 Stunden nach den Schreckensmeldungen aus Barcelona kommen. Meine "
     "Gedanken sind bei den Opfern und ihren Angehörigen. Ich möchte den Sicherheitskräften, die vor Ort im Einsatz "
     "sind, dem finnischen Volk und Premierminister Juha Sipilä meine uneingeschränkte Solidarität aussprechen“, "
     "sagte Juncker.")
add(id="eucom-2017-08-21-juncker-turku", title="Juncker Messer-Attacke Finnland",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of August 2017, item of 21/08/2017)",
    paras=["21/08/2017", p],
    quotes=[(cut(p, "„Ich habe", "aussprechen“"), "Jean-Claude Juncker")],
    aliases={"Jean-Claude Juncker": ["Jean-Claude Juncker", "Kommissionspräsident Jean-Claude Juncker", "Juncker"]})

p = ("Nach der Haftentlassung des deutschen Autors Dogan Akhanli in Spanien hat die Europäische Kommission die Türkei "
     "vor einem Missbrauch internationaler Organisationen wie Interpol gewarnt. „Die Europäische Kommission hat volles "
     "Vertrauen in die spanischen Behörden, dass sie  diesen Fall nach dem Gesetz behandeln. Glücklicherweise ist die "
     "EU auf Rechtsstaatlichkeit gegründet. Wir sind überzeugt, dass internationale Organisationen wie Interpol nicht "
     "dazu verwendet werden sollten, Schriftsteller zu verhaften, die mit einer bestimmten Regierung nicht "
     "einverstanden sind“, sagte ein Kommissionssprecher am Montag in Brüssel.")
add(id="eucom-2017-08-21-akhanli-interpol", title="Interpol Türkei Akhanli Spanien",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of August 2017, item of 21/08/2017)",
    paras=["21/08/2017", p],
    quotes=[(cut(p, "„Die Europäische", "einverstanden sind“"), "Kommissionssprecher")],
    aliases={"Kommissionssprecher": ["Kommissionssprecher", "ein Kommissionssprecher"]})

p = ("„Mit tiefer Trauer und Seelenqualen habe ich von dem Terroranschlag erfahren, der das Herz von Barcelona "
     "getroffen hat“, erklärte EU-Kommissionspräsident Jean-Claude Juncker am Donnerstagabend. „Ich sende mein tiefes "
     "Beileid an die Familien und allen, die den Opfern nahestehen, sowie an den Premierminister Rajoy und das "
     "spanische Volk. Meine Gedanken sind bei den Menschen in Barcelona.“")
add(id="eucom-2017-08-18-juncker-barcelona", title="Barcelona Trauer Terror",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of August 2017, item of 18/08/2017)",
    paras=["18/08/2017", p],
    quotes=[(cut(p, "„Mit tiefer", "getroffen hat“"), "Jean-Claude Juncker"),
            (cut(p, "„Ich sende", "Barcelona.“"), "Jean-Claude Juncker")],
    aliases={"Jean-Claude Juncker": ["Jean-Claude Juncker", "EU-Kommissionspräsident Jean-Claude Juncker"]})

p = ("Im Rahmen des Mobilitätsprojekts „Central European Green Corridors” (CEGC) wurden insgesamt 115 "
     "Schnellladestationen für E-Autos in fünf europäischen Ländern errichtet. Sommerzeit ist Reisezeit – das gilt in "
     "Deutschland, Österreich, Slowenien, der Slowakei und Kroatien ab sofort auch für Nutzerinnen und Nutzer von "
     "Elektrofahrzeugen. Gefördert wurde das Projekt von der EU.")
add(id="eucom-2017-08-22-e-autos-cegc",
    title="Ohne Reichweitenangst in den Urlaub: E-Autos können dank EU-gefördertem Projekt auch jenseits deutscher Grenzen aufgeladen werden",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of August 2017, item of 22/08/2017)",
    paras=["22/08/2017", p],
    quotes=[("„Central European Green Corridors”", None)],
    aliases={})

p = ("Heute (Donnerstag) trifft die erste Gruppe von Freiwilligen des Europäischen Solidaritätskorps im italienischen "
     "Norcia ein, um die vor einem Jahr von einem schweren Erdbeben getroffenen Gemeinden in Norcia und Umgebung beim "
     "Wiederaufbau zu unterstützen. „Norcia und seine Bevölkerung haben schwer gelitten, und ich bin stolz auf die "
     "jungen Europäerinnen und Europäer, die ihre Solidarität mit dieser Gemeinde unter Beweis stellen, indem sie beim "
     "Wiederaufbau mithelfen“, sagte Tibor Navracsics, EU-Kommissar für Bildung, Kultur, Jugend und Sport. Zu dem vor "
     "einem Jahr von Präsident Juncker ins Leben gerufenen Europäischen Solidaritätskorps haben sich inzwischen 34.000 "
     "junge Menschen angemeldet. Mehr als 700 Einsätze wurden bereits vermittelt.")
add(id="eucom-2017-08-17-navracsics-norcia", title="17/08/2017",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of August 2017; the item has no headline, its date line is the first line)",
    paras=[p],
    quotes=[(cut(p, "„Norcia", "mithelfen“"), "Tibor Navracsics")],
    aliases={"Tibor Navracsics": ["Tibor Navracsics", "EU-Kommissar für Bildung, Kultur, Jugend und Sport"]})

# --- stored copy of the news list, April 2018 ---
p = ("Die Europäische Kommission hat heute (Donnerstag) die Entscheidung des Europäischen Parlaments zur Novellierung "
     "der Fünften Geldwäscherichtlinie begrüßt. In einer gemeinsamen Erklärung dankten der Erste Vizepräsident der "
     "EU-Kommission, Frans Timmermans, und Justizkommissarin, Věra Jourová, den Berichterstattern des Europäischen "
     "Parlaments für deren Einsatz bei der Gesetzesänderung. „Die neuen Regeln werden für mehr Transparenz sorgen und "
     "die Bekämpfung der Geldwäsche und der Terrorismusfinanzierung in der gesamten Europäischen Union verbessern“, "
     "sagten Timmermans und Jourova.")
add(id="eucom-2018-04-19-geldwaescherichtlinie", title="19/04/2018",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of 19.04.2018; the item has no headline, its date line is the first line)",
    paras=[p],
    quotes=[(cut(p, "„Die neuen Regeln", "verbessern“"), "Frans Timmermans")],
    # joint statement: canonical = the first-named speaker; the co-speaker's names are aliases (ANNOTATION.md)
    aliases={"Frans Timmermans": ["Frans Timmermans", "Timmermans und Jourova", "Timmermans", "Věra Jourová",
                                  "Jourova"]})

# --- stored copy of the news list, September 2018 ---
p = ("EU-Verkehrskommissarin Violeta Bulc hat heute (Dienstag) gemeinsam mit Bundesverkehrsminister Andreas Scheuer "
     "die Weltleitmesse für Schienenverkehrstechnik, die InnoTrans 2018, eröffnet. Vor zahlreichen Vertretern aus "
     "Politik und Wirtschaft unterstrich die Kommissarin in Berlin die Bedeutung der Zusammenarbeit der "
     "EU-Mitgliedstaaten für den einheitlichen europäischen Eisenbahnraum. „Ein interoperables, harmonisiertes "
     "europaweites Netz ist die Voraussetzung für effiziente Schienendienste im einheitlichen europäischen "
     "Eisenbahnraum,“ so Bulc. Noch aber seien Hindernisse für die Interoperabilität alltäglich.")
add(id="eucom-2018-09-18-bulc-innotrans", title="18/09/2018",
    url=NEWS_LIST, retrieved=NEWS_LIST + " (stored copy of September 2018; the item has no headline, its date line is the first line)",
    paras=[p],
    quotes=[(cut(p, "„Ein interoperables", "Eisenbahnraum,“"), "Violeta Bulc")],
    aliases={"Violeta Bulc": ["Violeta Bulc", "EU-Verkehrskommissarin Violeta Bulc", "Bulc", "die Kommissarin"]})

# --- stored copy of the Representation's home page https://ec.europa.eu/germany/ (18.10.2019) ---
p1 = ("Nach dem Europäischen Rat in Brüssel haben sich EU-Kommissionspräsident Jean-Claude Juncker und Ratspräsident "
      "Donald Tusk enttäuscht darüber gezeigt, dass die Staats- und Regierungschefs keine Einigkeit darüber erzielen "
      "konnten, Beitrittsgespräche mit Nordmazedonien und Albanien zu eröffnen. Dies sei ein „großer historischer "
      "Fehler“, sagte Juncker in der gemeinsamen Pressekonferenz der Präsidenten nach dem Gipfel. Auch zum nächsten "
      "Mehrjährigen Finanzrahmen der EU habe es keine Fortschritte gegeben, erklärte Juncker. Unterstützt hatten die "
      "Staats- und Regierungschefs bereits gestern hingegen das überarbeitete Austrittsabkommen zwischen EU und dem "
      "Vereinten Königreich.")
p2 = ("EU-Handelskommissarin Cecilia Malmström hat sich enttäuscht über die Entscheidung der US-amerikanischen "
      "Regierung gezeigt, Strafzölle auf europäische Produkte zu erheben. „Wir bedauern die Entscheidung der USA, die "
      "Strafzölle voranzutreiben. Dieser Schritt lässt uns keine andere Wahl, als zu gegebener Zeit im Fall Boeing, in "
      "dem die USA gegen die WTO-Regeln verstoßen haben, unsere eigenen Zölle durchzusetzen,“ erklärte sie heute "
      "(Freitag) in Brüssel. „Gegenseitige Strafzölle zu verhängen dient jedoch dem langfristigen Interesse von "
      "niemandem.“")
add(id="eucom-2019-10-18-nachrichten-juncker-malmstroem", title="Nachrichten",
    url="https://ec.europa.eu/germany/",
    retrieved="https://ec.europa.eu/germany/ (stored copy of October 2019: the two news items of the home page; the 'Veranstaltungen' section is dropped)",
    paras=[p1, p2],
    quotes=[("„großer historischer Fehler“", "Jean-Claude Juncker"),
            (cut(p2, "„Wir bedauern", "durchzusetzen,“"), "Cecilia Malmström"),
            (cut(p2, "„Gegenseitige", "niemandem.“"), "Cecilia Malmström")],
    aliases={"Jean-Claude Juncker": ["Jean-Claude Juncker", "EU-Kommissionspräsident Jean-Claude Juncker", "Juncker"],
             "Cecilia Malmström": ["Cecilia Malmström", "EU-Handelskommissarin Cecilia Malmström"]})

# --- stored copy of the home page, January 2017 ---
p1 = ("Zum Auftakt der Grünen Woche in Berlin hat EU-Agrarkommissar Phil Hogan den Fahrplan für die Reform der "
      "EU-Agrarpolitik nach 2020 skizziert. Der Prozess für die Modernisierung der Gemeinsamen Agrarpolitik in der "
      "nächsten Finanzierungsperiode beginne am 2. Februar mit einer breit angelegten öffentlichen Konsultation, sagte "
      "Hogan am Donnerstagabend bei der Eröffnung der weltgrößten Agrar- und Ernährungsmesse. „Unser Ziel ist es, Wege "
      "zu finden, wie die Agrarpolitik zu modernisieren und zu vereinfachen ist. Ich bin mir der Komplexität unserer "
      "Politik sehr wohl bewusst und möchte mich dafür einsetzen, dass sie für die europäischen Landwirte einfacher "
      "wird.“  Ende des Jahres 2017 werde die Kommission eine Mitteilung zur Zukunft der EU-Agrarpolitik vorlegen. "
      "Hogan bleibt noch bis Sonntag in Berlin, wo er auch am Treffen der G20-Agrarminister teilnimmt.")
p2 = ("Der Stadt Essen ist eine beeindruckende Strukturumwandlung gelungen: von einer Kohle- und Stahlmetropole wird "
      "sie 2017 zur grünsten Stadt Nordrhein-Westfalens. An diesem Samstag (21. Januar) wird EU-Kommissar Karmenu "
      "Vella, zuständig für Umwelt, Meerespolitik und Fischerei, in einer offiziellen Eröffnungsfeier im Beisein von "
      "Bundesumweltministerin Barbara Hendricks und NRW-Umweltminister Johannes Remmel der Stadt den Titel „Grüne "
      "Hauptstadt Europa 2017“  verleihen. Essen übernimmt den Stab von der Stadt Ljubljana, Hauptstadt Sloweniens, "
      "die den Titel im Jahr 2016 trug.")
add(id="eucom-2017-01-20-hogan-gruene-woche", title="Nachrichten",
    url="http://ec.europa.eu/germany/",
    retrieved="http://ec.europa.eu/germany/ (stored copy of 20.01.2017: the two news items of the home page; the 'Veranstaltungen' section is dropped)",
    paras=["20/01/2017", p1, "20/01/2017", p2],
    quotes=[(cut(p1, "„Unser Ziel", "einfacher wird.“"), "Phil Hogan"),
            ("„Grüne Hauptstadt Europa 2017“", None)],
    aliases={"Phil Hogan": ["Phil Hogan", "EU-Agrarkommissar Phil Hogan", "Hogan"]})

# --- single news pages of the Representation ---
p = ("Zum Abschluss der vierten Runde der Brexit-Verhandlungen sagte hat EU-Chefverhandler Michel Barnier  heute "
     "(Donnerstag) vor Journalisten: „Die Rede der Premierministerin in Florenz hat in unseren Verhandlungen eine neue "
     "Dynamik geschaffen. (…) Wir haben es geschafft, in einigen Punkten Klarheit zu schaffen. Bei anderen aber bleibt "
     "noch mehr Arbeit. Wir sind noch nicht am Ziel. Aber wir werden weiter in einem konstruktiven Geist arbeiten, bis "
     "wir eine Vereinbarung über die wesentlichen Grundsätze eines geordneten Austritts  erreichen.“ Die nächste "
     "Verhandlungsrunde beginnt am 9. Oktober.")
add(id="eucom-2017-09-28-barnier-brexit-dynamik", title="Barnier: Neue Dynamik in den Brexit-Verhandlungen",
    url="https://ec.europa.eu/germany/news/20170928-Brexit-Dynamik_de",
    retrieved="https://ec.europa.eu/germany/news/20170928-Brexit-Dynamik_de (stored page; image path, 'Weitere Informationen', press contact and visitor-centre lines dropped)",
    paras=[p, "28/09/2017",
           "In dieser Woche ging es erneut um die wesentlichen Fragen eines geordneten Austritts – die Rechte der "
           "EU-Bürger in Großbritannien und der Briten in der EU nach dem Brexit, die Grenze zwischen Irland und "
           "Nordirland und die Finanzfragen."],
    quotes=[(cut(p, "„Die Rede", "erreichen.“"), "Michel Barnier")],
    aliases={"Michel Barnier": ["Michel Barnier", "EU-Chefverhandler Michel Barnier"]})

p = ("26/04/2016 - Im Landtag erklärte der EU-Kommissar, er persönlich und die Europäische Kommission als Ganzes seien "
     "sich der Anstrengungen und Mühen bewusst, die der Umgang mit dem Flüchtlingsandrang für die Verwaltung der "
     "Länder und Kommunen bedeute. „Für die anderen Mitgliedstaaten setzten Sie das richtige Beispiel, wie mit dieser "
     "Krise umgegangen werden kann und dafür möchte ich Ihnen danken“, sagte Avramopoulos.")
add(id="eucom-2016-04-26-avramopoulos-bayern", title=None,
    url="https://germany.representation.ec.europa.eu/news/eu-kommissar-avramopoulos-wurdigt-leistung-bayerns-der-fluchtlingskrise-2016-04-26_de",
    retrieved="same address, ?prefLang=ro (stored page; it has no headline and begins with the dated first paragraph, which is the first line here; 'Weitere Informationen', press contact and page details dropped)",
    paras=[p],
    quotes=[(cut(p, "„Für die anderen", "danken“"), "Avramopoulos")],
    aliases={"Avramopoulos": ["Avramopoulos", "der EU-Kommissar"]})

p1 = ("Die Vertreterin der Europäischen Kommission in Deutschland, Barbara Gessler, ist heute (Dienstag) zu ihrem "
      "Antrittsbesuch in der Freien und Hansestadt Hamburg. Sie besucht die Senatskanzlei und die Bürgerschaft, mit den "
      "Abgeordneten des Europaausschusses spricht sie über das Arbeitsprogramm der Europäischen Kommission sowie über "
      "die Europawahl am 9. Juni. Barbara Gessler ist seit dem 15. März die neue Vertreterin der EU-Kommission in "
      "Deutschland.")
p2 = ("Vor ihrem Besuch in Hamburg betonte sie: „Der persönliche Kontakt mit den Abgeordneten in den Bundesländern ist "
      "mir ein großes Anliegen. Austausch und Zusammenarbeit sind die Grundlage für Erfolge, Europa und die Regionen "
      "sind nur gemeinsam stark. Eine lebendige Demokratie lebt davon, dass alle mitmachen, einander zuhören, gemeinsam "
      "Antworten auf drängende Fragen finden und – gerade auch mit Blick auf die Europawahl in wenigen Wochen – Politik "
      "erklären. Die EU, das sind wir alle, und Europapolitik prägt das Leben der Bürgerinnen und Bürger ganz konkret "
      "vor Ort.“")
p3 = ("Barbara Gessler leitet seit Mitte März die Vertretung der Europäischen Kommission in Deutschland. Zuletzt führte "
      "sie das Referat „Internationaler Kapazitätsaufbau im Hochschulbereich“ der Europäischen Exekutivagentur für "
      "Bildung und Kultur (EACEA) der Kommission. Sie ist seit fast drei Jahrzehnten in den EU-Institutionen tätig, u.a. "
      "auch als Leiterin der Regionalvertretung der Kommission in Bonn in den Jahren 2004 bis 2009.")
add(id="eucom-2024-04-23-gessler-hamburg",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/antrittsbesuch-hamburg-neue-eu-kommissionsvertreterin-barbara-gessler-spricht-uber-eu-politik-und-2024-04-23_de",
    retrieved="same address, ?prefLang=nl (stored page begins with the body, without headline, so the first paragraph is the first line; the cut-off 'Hintergrund' section is dropped)",
    paras=[p1, p2, p3],
    quotes=[(cut(p2, "„Der persönliche", "vor Ort.“"), "Barbara Gessler"),
            ("„Internationaler Kapazitätsaufbau im Hochschulbereich“", None)],
    aliases={"Barbara Gessler": ["Barbara Gessler"]})

p1 = ("Bei ihrem Treffen am 10. November in Berlin tauschten sich EU-Handelskommissarin Cecilia Malmström und der "
      "deutsche Bundesminister für Wirtschaft und Energie, Sigmar Gabriel, über die aktuelle EU-Handelspolitik aus. "
      "Beide betonten ihr gemeinsames Interesse an einer engen Zusammenarbeit. Im Mittelpunkt der Gespräche standen die "
      "EU-Freihandelsabkommen mit Kanada (CETA) und den USA (TTIP).")
p2 = ("Cecilia Malmström sagte: „Ich freue mich sehr, dass mich meine erste Reise als Handelskommissarin nach Berlin "
      "führt. Minister Gabriel und ich hatten heute sehr konstruktive Gespräche. Was TTIP angeht, so wird meine erste "
      "Aufgabe als Kommissarin darin bestehen, mir im Detail anzusehen, wie wir als Kommission die Verhandlungen so "
      "transparent wie möglich gestalten können. Wir müssen die Bedenken, wie groß oder klein sie auch sind, ernst "
      "nehmen und deutlich machen, dass wir auf keinen Fall unsere Standards absenken werden. Dabei dürfen wir aber "
      "nicht das große Ganze aus den Augen verlieren: Dieses Abkommen würde Europa Wachstum und Arbeitsplätze bringen, "
      "und wäre nicht zuletzt auch für unsere kleinen und mittleren Unternehmen von großem Nutzen. Das gilt ganz "
      "besonders für Deutschland als große Exportnation.“")
add(id="eucom-2014-11-10-malmstroem-berlin", title="EU-Handelskommissarin Malmström zu Besuch in Berlin",
    url="http://trade.ec.europa.eu/doclib/press/index.cfm?id=1196",
    retrieved="http://trade.ec.europa.eu/doclib/press/index.cfm?id=1196&title=EU-Handelskommissarin-Malmstr%C3%B6m-zu-Besuch-in-Berlin (stored page of DG Trade's news archive; portal navigation and the 'Mehr dazu' link dropped; the dateline line is kept)",
    paras=["United States | Brüssel, 10. November 2014", p1, p2,
           "Während ihres Berlinbesuchs traf sich Cecilia Malmström auch mit Vertretern des Deutschen "
           "Gewerkschaftsbunds (DGB)."],
    quotes=[(cut(p2, "„Ich freue", "Exportnation.“"), "Cecilia Malmström")],
    aliases={"Cecilia Malmström": ["Cecilia Malmström", "EU-Handelskommissarin Cecilia Malmström"]})

# --- the Representation's newsletter "EU-Aktuell / Die EU in Deutschland" (ec.europa.eu/newsroom) ---
p1 = ("EU-Landwirtschaftskommissar Janusz Wojciechowski hat zur Eröffnung der Internationalen Grünen Woche in Berlin "
      "betont, die Herausforderung „Ernährungssicherheit“ sei so groß wie seit dem Zweiten Weltkrieg nicht mehr. "
      "Wojciechowski sagte: „Wir müssen Landwirtinnen und Landwirte schützen und unterstützen“ – das sei die "
      "Verantwortung der gesamten Gesellschaft.")
p2 = ("Die neue GAP, also die zum 1. Januar 2023 in Kraft getretene neue Gemeinsame Agrarpolitik der EU, ebnet laut "
      "Wojciechowski den Weg für eine fairere, grünere und leistungsbezogenere Unterstützung. In seiner Rede bei der "
      "Eröffnungsveranstaltung nahm der Kommissar auch Bezug auf den Europäischen Grünen Deal, er sprach dabei von einem "
      "Balanceakt: Auf der einen Seite die Ernährung der Menschen sichern, auf der anderen Seite die Natur schützen. "
      "Europa brauche eine starke GAP: „Sie kann den Übergang zu einem widerstandsfähigeren und nachhaltigeren "
      "Lebensmittelsystem vorantreiben. Sie kann unsere Landwirte dabei unterstützen, im Geschäft zu bleiben und die "
      "Herausforderungen des Klimawandels wie Wasserknappheit und Dürren zu bewältigen. Sie kann uns helfen, unsere "
      "Produktionskapazität aufrechtzuerhalten und eine wachsende Weltbevölkerung mit Nahrungsmitteln zu versorgen.“")
add(id="eucom-2023-01-wojciechowski-gruene-woche",
    title="EU-Landwirtschaftskommissar Wojciechowski auf der IGW: Ernährung sichern, Natur schützen",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/43151",
    retrieved="https://ec.europa.eu/newsroom/representations/newsletter-archives/43151 (stored newsletter of January 2023: its first item; newsletter header, 'mehr' link and the following, cut-off item dropped)",
    paras=[p1, p2],
    quotes=[("„Ernährungssicherheit“", "Janusz Wojciechowski"),
            (cut(p1, "„Wir müssen", "unterstützen“"), "Janusz Wojciechowski"),
            (cut(p2, "„Sie kann den", "versorgen.“"), "Janusz Wojciechowski")],
    aliases={"Janusz Wojciechowski": ["Janusz Wojciechowski", "EU-Landwirtschaftskommissar Janusz Wojciechowski",
                                      "Wojciechowski", "der Kommissar"]})

p1 = ("Welche Fortschritte die EU-Mitgliedstaaten bei der Verwirklichung der Digitalziele für 2030 erzielt haben, zeigt "
      "der heute veröffentliche Bericht der EU-Kommission. Konkret geht es um Digitalziele und -vorgaben für 2030 im "
      "Rahmen des Politikprogramms für diedigitale Dekade. Die EU-Kommission bescheinigt Deutschland gute Fortschritte "
      "bei der 5G-Abdeckung und der Verbesserung der digitalen Grundkompetenzen. Bei der Digitalisierung der "
      "öffentlichen Dienste und dem Ausbau der Verbindungsinfrastruktur muss der größte EU-Mitgliedstaat deutlich "
      "nachbessern. Deutschland ist das vorletzte Land in der EU, wenn es um die Versorgung mit Glasfaseranschlüssen "
      "geht.")
p2 = ("Aus dem heutigen Bericht geht eindeutig hervor, dass wir nicht auf dem richtigen Weg sind, unsere Ziele für den "
      "digitalen Wandel in Europa zu erreichen“,sagte Margrethe Vestager, Exekutiv-Vizepräsidentin, zuständig für das "
      "Ressort „Ein Europa für das digitale Zeitalter“. „Es wird aber auch ein klarer Weg in die Zukunft aufgezeigt: wir "
      "brauchen zusätzliche Investitionen in digitale Kompetenzen, hochwertige Konnektivität und die Einführung "
      "künstlicher Intelligenz. Wir müssen Anreize für die Nutzung digitaler Instrumente schaffen. Wir brauchen noch "
      "viel mehr Menschen, um digitale Kompetenzen – sowohl auf Grund- als auch auf Expertenebene – zu erwerben, um "
      "unsere Stärken zu nutzen. Und wir müssen die Zusammenarbeit fördern und unseren Binnenmarkt besser integrieren, "
      "um den digitalen Wandel in ganz Europa wirklich zu ermöglichen.“")
add(id="eucom-2024-07-vestager-digitale-dekade",
    title="EU-Bericht zur Digitalisierung: Fast 100 Prozent 5G-Abdeckung in Deutschland",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/54418",
    retrieved="https://ec.europa.eu/newsroom/representations/newsletter-archives/54418 (stored newsletter of July 2024: its first item; header, 'mehr' link and the following, cut-off item dropped; the missing opening mark and missing spaces are as published)",
    paras=[p1, p2],
    quotes=[(cut(p2, "Aus dem heutigen", "erreichen“"), "Margrethe Vestager"),
            ("„Ein Europa für das digitale Zeitalter“", None),
            (cut(p2, "„Es wird", "ermöglichen.“"), "Margrethe Vestager")],
    aliases={"Margrethe Vestager": ["Margrethe Vestager", "Exekutiv-Vizepräsidentin"]})

p = ("Der Sommer kann kommen: über 85 Prozent der Badegewässer in Europa erfüllen die strengsten Qualitätsstandards und "
     "haben eine „ausgezeichnete“ Qualität. In Deutschland sind es 90,3 Prozent, das ist der achtbeste Wert im "
     "diesjährigen Badegewässerbericht, der neben den 27 EU-Staaten auch die Schweiz und Albanien abdeckt. 1,5 Prozent "
     "der Badegewässer in den EU27 waren mangelhaft, erfüllten also die Minimalstandards nicht. In Deutschland waren es "
     "0,3 Prozent, nämlich sieben von 2291 erfassten Badestellen. ")
add(id="eucom-2024-05-badegewaesserbericht",
    title="Badegewässerbericht 2023: Neun von zehn Badestellen in Deutschland sind „ausgezeichnet“",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/53484",
    retrieved="https://ec.europa.eu/newsroom/representations/newsletter-archives/53484 (stored newsletter of May 2024: its second item; the other items have no quotations or are cut off)",
    paras=[p.rstrip()],
    quotes=[("„ausgezeichnet“", None), ("„ausgezeichnete“", None)],
    aliases={})

NL = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NL_NOTE = (" (stored newsletter 'EU-Aktuell – Die EU in Deutschland': its first item; newsletter header, 'mehr' link "
           "and the following items, which are cut off or have no quotation, dropped)")

p1 = ("EU-Energiekommissarin Kadri Simson hat bei ihrem Besuch in der Ukraine am Dienstag mit Präsident Wolodymyr "
      "Selenskyj, Energieminister German Galuschtschenko und internationalen Partnern über unmittelbare und konkrete "
      "Unterstützung für den schwer beschädigten Energiesektor des Landes beraten. „Russland hat in seinem Krieg gegen "
      "die Ukraine den Energiesektor zu einem Kampfschauplatz gemacht. Und an diesem Kampfschauplatz kämpft die EU neben "
      "der Ukraine. Russland richtet seine Angriffe bewusst auf die ukrainische Energieinfrastruktur, damit die "
      "Menschen im Winter noch mehr leiden. Unsere oberste Priorität ist es, Millionen von Familien in der Ukraine vor "
      "Kälte und Dunkelheit zu schützen“, erklärte Simson.")
p2 = ("Sie sagte weiter: „Wir brauchen gemeinsame Anstrengungen von Regierungen, Institutionen und privaten Unternehmen "
      "in der EU und darüber hinaus, um die Unterstützung, die wir bereits leisten, noch zu verstärken.")
add(id="eucom-2022-11-simson-kiew",
    title="Kadri Simson berät in Kiew mit Wolodymyr Selenskyj über Unterstützung für Energieinfrastruktur der Ukraine",
    url=NL + "41718", retrieved=NL + "41718" + NL_NOTE + "; the second quotation has no closing mark as published",
    paras=[p1, p2],
    quotes=[(cut(p1, "„Russland hat", "zu schützen“"), "Kadri Simson"),
            (cut(p2, "„Wir brauchen", "verstärken."), "Kadri Simson")],
    aliases={"Kadri Simson": ["Kadri Simson", "EU-Energiekommissarin Kadri Simson", "Simson"]})

p1 = ("Am heutigen Welttag der humanitären Hilfe hat EU-Kommissionspräsidentin Ursula von der Leyen der Ukraine "
      "angesichts der humanitären Folgen des russischen Krieges weiterhin weitreichende Unterstützung zugesagt. Sie "
      "schrieb auf Twitter: „Das ukrainische Volk kämpft für unsere Werte. Wir werden ihm zur Seite stehen, so gut wir "
      "können und so lange es nötig ist“.")
p2 = ("Der Hohe Vertreter der EU für Außen- und Sicherheitspolitik, Josep Borrell, und der EU- Kommissar für humanitäre "
      "Hilfe und Krisenschutz, Janez Lenarčič, verurteilten in einer gemeinsamen Erklärung den russischen "
      "Angriffskrieg: „In diesem Jahr ist es zu zahllosen Verstößen gegen das humanitäre Völkerrecht gekommen, da "
      "Kriegsparteien in Kauf nehmen, dass Zivilisten ins Kreuzfeuer geraten.“ Der russische Krieg habe nicht nur zu "
      "einer massiven humanitären Krise in der Ukraine geführt, sondern die globale Nahrungsmittelkrise weiter "
      "verschärft.")
add(id="eucom-2022-08-19-welttag-humanitaere-hilfe",
    title="Welttag der humanitären Hilfe: Von der Leyen sichert Ukraine weiter Unterstützung zu",
    url=NL + "40322", retrieved=NL + "40322" + NL_NOTE,
    paras=[p1, p2],
    quotes=[(cut(p1, "„Das ukrainische", "nötig ist“"), "Ursula von der Leyen"),
            (cut(p2, "„In diesem Jahr", "geraten.“"), "Josep Borrell")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen",
                                      "Von der Leyen"],
             "Josep Borrell": ["Josep Borrell", "Janez Lenarčič"]})

p1 = ("Die EU-Kommission hat das zehnte Sanktionspaket gegen Russland und Unterstützer des rechtswidrigen Krieges gegen "
      "die Ukraine begrüßt. Kommissionspräsidentin Ursula von der Leyen schrieb am Wochenende in einem Tweet: „Wir "
      "haben jetzt die weitreichendsten Sanktionen aller Zeiten – sie erschöpfen Russlands Kriegsarsenal und greifen "
      "tief in seine Wirtschaft ein. Wir erhöhen auch den Druck auf jene, die die Sanktionen umgehen.“ Der Rat – also "
      "die 27 Mitgliedstaaten der Europäischen Union – hatten das Sanktionspaket am Wochenende beschlossen.")
p2 = ("Das zehnte Sanktionspaket enthält weitere Handelsbeschränkungen, u.a. für kriegsrelevante Elektronik-Teile. Die "
      "beschlossenen Ausfuhrverbote habe einen Wert von 11 Milliarden Euro und sollen der russischen Wirtschaft "
      "wesentliche Technologie- und Industriegüter vorenthalten. Es wurden zusätzliche Namen auf die Sanktionsliste "
      "gesetzt – sowohl Einzelpersonen als auch Organisationen. Für die betroffenen Politiker, Militärs und Journalisten "
      "gelten EU-Einreiseverbote und Vermögenssperren. Außerdem wurden die Maßnahmen zur Durchsetzung und gegen das "
      "Umgehen der Sanktionen verstärkt. Auch gibt es jetzt eine neue Meldepflicht für Vermögenswerte der russischen "
      "Zentralbank.")
add(id="eucom-2023-02-zehntes-sanktionspaket",
    title="Russischer Angriffskrieg auf die Ukraine: Zehntes EU-Sanktionspaket beschlossen",
    url=NL + "43953", retrieved=NL + "43953" + NL_NOTE,
    paras=[p1, p2],
    quotes=[(cut(p1, "„Wir haben", "umgehen.“"), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen"]})

p1 = ("Zum ersten Jahrestag des russischen Überfalls auf die Ukraine ist EU-Kommissionspräsidentin Ursula von der Leyen "
      "in Tallinn. Nach einem Treffen mit der estnischen Premierministerin Kaja Kallas und Nato-Generalsekretär Jens "
      "Stoltenberg bekräftigte von der Leyen das unerschütterliche Engagement der EU für die Unterstützung der Ukraine: "
      "„Die Ukraine wird sich durchsetzen, weil die Ukrainerinnen und Ukrainer weder zurückschrecken noch "
      "zurückweichen. Und die Ukraine wird sich durchsetzen, weil Europa und seine Partner und Verbündeten standhaft "
      "bleiben.\"")
p2 = ("Seit Beginn des unprovozierten und illegalen Angriffskrieges Russlands auf die Ukraine hat die EU viele "
      "Maßnahmen beschlossen – um die Ukraine zu unterstützen und dafür zu sorgen, dass Russland für seine Gräueltaten "
      "bezahlt. Die Kommissionspräsidentin zog Bilanz und betonte, der russische Präsident Wladimir Putin habe alle "
      "seine strategischen Ziele verfehlt. Von der Leyen betonte zugleich, dass die Ukraine weiterhin alle Mittel "
      "bekommen müsse, um sich gegen die andauernden Angriffe verteidigen zu können.")
add(id="eucom-2023-02-24-von-der-leyen-tallinn",
    title="Ein Jahr Widerstand in der Ukraine: Unerschütterliche Solidarität der EU",
    url=NL + "43924", retrieved=NL + "43924" + NL_NOTE + "; the quotation opens with „ and closes with an ASCII mark as published",
    paras=[p1, p2],
    quotes=[(cut(p1, "„Die Ukraine", "bleiben.\""), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen",
                                      "von der Leyen", "Von der Leyen", "Die Kommissionspräsidentin"]})

p = ("Die EU verurteilt den anhaltenden und illegalen Beschuss von ukrainischen Zivilisten und ziviler Infrastruktur "
     "durch russische Streitkräfte. Das hat der EU-Außenbeauftragte Josep Borrell gestern (Montag) nach den schweren "
     "Angriffen der vergangenen Tage betont. „Großstädte, darunter Charkiw, werden weiterhin wahllos angegriffen, was zu "
     "einer weiteren Zerstörung von Menschenleben und Infrastruktur führt. Die Angriffe auf Lwiw und andere Städte in "
     "der Westukraine zeigen, dass kein Teil des Landes von den sinnlosen Angriffen des Kremls verschont bleibt“, sagte "
     "Borrell. Da die Angriffe wichtige zivile Infrastruktur zerstören, ist der Bedarf an humanitärer Hilfe in der "
     "Ukraine weiterhin extrem hoch. Die EU stellt zusätzlich 50 Mio. Euro an humanitären Mitteln bereit, darunter 45 "
     "Mio. Euro für humanitäre Projekte in der Ukraine und 5 Mio. Euro für Moldawien. Heute wird "
     "Kommissionspräsidentin Ursula von der Leyen an einer von US-Präsident Joe Biden organisierten Videokonferenz "
     "gemeinsam mit anderen Partnern teilnehmen, um die jüngsten Angriffe Russlands auf die Ukraine zu besprechen.")
add(id="eucom-2022-04-borrell-charkiw",
    title="Ukraine: EU verurteilt jüngste Angriffe Russlands und stockt humanitäre Hilfe auf",
    url=NL + "38338", retrieved=NL + "38338" + NL_NOTE,
    paras=[p],
    quotes=[(cut(p, "„Großstädte", "verschont bleibt“"), "Josep Borrell")],
    aliases={"Josep Borrell": ["Josep Borrell", "der EU-Außenbeauftragte Josep Borrell", "Borrell"]})

p = ("EU-Kommissar Günther Oettinger hat sich heute (Donnerstag) für missverständliche Worte in seiner Rede "
     "entschuldigt, die er beim 27. Europa-Abend des AGA Unternehmensverband in Hamburg vergangene Woche gehalten hat: "
     "„Ich hatte Zeit, über meine Rede nachzudenken, und ich kann jetzt sehen, dass die Worte, die ich verwendet habe, "
     "negative Gefühle hervorgerufen und sogar Menschen verletzt haben. Das war nicht meine Absicht und ich möchte mich "
     "für jede Bemerkung entschuldigen, die nicht so respektvoll war wie sie hätte sein sollen.“")
add(id="eucom-2016-11-oettinger-entschuldigung",
    title="Oettinger entschuldigt sich für missverständliche Äußerungen",
    url=NL + "1591", retrieved=NL + "1591 (stored newsletter of November 2016: its first item; header and 'Mehr info...' link dropped)",
    paras=[p],
    quotes=[(cut(p, "„Ich hatte", "hätte sein sollen.“"), "Günther Oettinger")],
    aliases={"Günther Oettinger": ["Günther Oettinger", "EU-Kommissar Günther Oettinger"]})

p = ("Die Änderungen an der Deutschen Fördergebietskarte im Zeitraum von 2014-2020 befinden sich mit den "
     "Regionalbeihilferegelungen der EU im Einklang. Das hat die Europäische Kommission heute (Donnerstag) bestätigt. "
     "Die Fördergebietskarte legt fest, welche deutschen Regionen für regionale Investitionsbeihilfen unter den "
     "EU-Förderrichtlinien in Betracht kommen und welche Obergrenze („Beihilfehöchstintensität“) den Unternehmen der "
     "Fördergebiete gewährt wird. In der Teilregion Vorpommern-Greifswald können Investitionen künftig mit der "
     "Maximalbeihilfeintensität von 20 Prozent gefördert werden.")
add(id="eucom-2016-11-foerdergebietskarte",
    title="Regionalbeihilfen in Vorpommern-Greifswald: Kommission genehmigt Änderungen an Deutscher Fördergebietskarte",
    url=NL + "1591", retrieved=NL + "1591 (stored newsletter of November 2016: its third item; 'Mehr info...' link dropped)",
    paras=[p],
    quotes=[("„Beihilfehöchstintensität“", None)],
    aliases={})

REP = "https://germany.representation.ec.europa.eu/news/"

p = ("(09. 03.2017) - „Das ERLEBNIS EUROPA ist zu einem Publikumsmagneten im Herzen Berlins geworden, für die Besucher "
     "der Stadt aus aller Welt ebenso wie für Berliner“, sagte Piplat. Kühnel sagte: „Die Vielfalt der Europäischen "
     "Union und die demokratische Funktionsweise der europäischen Institutionen werden im ERLEBNIS EUROPA spürbar und "
     "leicht verständlich. Dass wir als 100.000ste Besucherin jetzt eine Amerikanerin begrüßen dürfen, die Europa liebt, "
     "hier studiert und auch noch eine Arbeit über die EU schreibt – das freut uns natürlich besonders.“")
add(id="eucom-2017-03-09-erlebnis-europa-100000",
    title="Amerikanerin ist 100.000ste Besucherin der Ausstellung ERLEBNIS EUROPA",
    url=REP + "amerikanerin-ist-100000ste-besucherin-der-ausstellung-erlebnis-europa-2017-03-09_de",
    retrieved="same address (stored page; page header line, image file name and the last paragraph, cut off in the stored copy, dropped; the teaser is kept with its published '...')",
    paras=["Die interaktive Ausstellung ERLEBNIS EUROPA am Brandenburger Tor in Berlin hat diese Woche ihre 100.000ste "
           "Besucherin empfangen. Gemeinsam gratulierten Richard Kühnel, Vertreter der EU-Kommission in Deutschland und "
           "Frank Piplat, Leiter des...",
           p,
           "Das ERLEBNIS EUROPA im Europäischen Haus am Brandenburger Tor in Berlin wurde auf Initiative des Europäischen "
           "Parlaments in Zusammenarbeit mit der Europäischen Kommission ins Leben gerufen. Die Ausstellung wurde im Mai "
           "2016 von Bundeskanzlerin Angela Merkel, dem damaligen EU-Parlamentspräsidenten Martin Schulz und vom "
           "EU-Kommissionspräsidenten Jean-Claude Juncker gemeinsam eröffnet.",
           "Wer die Ausstellung betritt, taucht auf 450m2 ein in eine virtuelle Reise durch Europa: Berlins erstes "
           "360°-Grad-Kino vermittelt das Gefühl, als Abgeordneter an einer Sitzung des Europäischen Parlaments "
           "teilzunehmen. An Multimediatischen gibt es zu entdecken, was die Europäische Union ist, wie sie funktioniert "
           "und wie sich EU-Bürgerinnen und Bürger aktiv an EU-Politik beteiligen können.",
           "Gruppen können sich für Kurzvorträge über die EU anmelden und bei einen Planspiel direkt in die Rolle eines "
           "Europaabgeordneten oder EU-Kommissars schlüpfen."],
    quotes=[(cut(p, "„Das ERLEBNIS", "Berliner“"), "Frank Piplat"),
            (cut(p, "„Die Vielfalt", "besonders.“"), "Richard Kühnel")],
    aliases={"Frank Piplat": ["Frank Piplat", "Piplat"],
             "Richard Kühnel": ["Richard Kühnel", "Kühnel", "Vertreter der EU-Kommission in Deutschland"]})

p1 = ("12.05.2016 - Martin Schulz, Jean-Claude Juncker und Angela Merkel werden die Ausstellung heute um 15.00 Uhr für die "
      "Medien eröffnen. Die Eröffnung wird bei Europe by Satellite live übertragen, Bildmaterial kann von EbS kostenlos "
      "übernommen werden. Für die Fernseh- und Radioanstalten gibt es zudem Poollösungen, Details unten.")
p2 = ("Am Vormittag verteidigte Kommissionspräsident Juncker beim WDR Europaforum in Berlin ein gemeinsames europäisches "
      "Handeln im Angesicht aktueller Herausforderungen. Einfache Lösungen gebe es nicht. Bei einer Diskussion zur "
      "Flüchtlingskrise sagte er: \"Man kritisiert die Europäische Union, und man tut dies zu unrecht. Die europäischen "
      "Institutionen haben seit dem vergangenen Jahr Vorschläge gemacht, wie man die Flüchtlingskrise lösen kann. Einige "
      "Mitgliedstaaten machen nicht mit, aber dafür kann man nicht die Europäische Union als ganzes kritisieren.\" Die EU "
      "habe in der Flüchtlingskrise viel geleistet. Zum Abkommen mit der Türkei betonte der Kommissionspräsident, dass "
      "beide Seiten die getroffenen Verabredungen nun umsetzen müssten.")
p3 = ("Richard Kühnel, Vertreter der EU-Kommission in Deutschland, sagte bei der Veranstaltung im Auswärtigen Amt, die in "
      "diesem Jahr unter dem Motto \"Europa ohne Europäer? Die EU im Krisenmodus\" stattfindet: \"Uns abgebrühten "
      "Europäern ist ja Pathos eher suspekt. Aber ganz antizyklisch, geradewegs in die Polikrise hineingesprochen: Europa "
      "ist das stärkste Instrument in unseren Händen, Herausforderungen zu überwinden und Zukunft zu gestalten.\" Er warb "
      "für ein offenes und solidarisches Europa: \"Bei allem Respekt vor Ängsten und Sorgen: sie können nicht die "
      "primären Treiber unseres Handelns werden. Denken wir daran, was wir schon alles geschafft haben und wofür wir "
      "stehen. Denken wir an die vielen Mitbürger, die abseits der Scheinwerfer Taten der Solidarität setzen. Sie machen "
      "das Europa aus, in dem wir leben wollen.\"")
add(id="eucom-2016-05-12-erlebnis-europa-eroeffnung", title=None,
    url=REP + "schulz-juncker-und-merkel-eroffnen-erlebnis-europa-berlin-2016-05-12_de",
    retrieved="same address (stored page; it has no headline and begins with the dated first paragraph; the last paragraph, cut off in the stored copy, is dropped; ASCII quotation marks as published)",
    paras=[p1, p2, p3],
    quotes=[(cut(p2, "\"Man kritisiert", "kritisieren.\""), "Jean-Claude Juncker"),
            ("\"Europa ohne Europäer? Die EU im Krisenmodus\"", None),
            (cut(p3, "\"Uns abgebrühten", "gestalten.\""), "Richard Kühnel"),
            (cut(p3, "\"Bei allem", "leben wollen.\""), "Richard Kühnel")],
    aliases={"Jean-Claude Juncker": ["Jean-Claude Juncker", "Kommissionspräsident Juncker", "der Kommissionspräsident"],
             "Richard Kühnel": ["Richard Kühnel", "Vertreter der EU-Kommission in Deutschland"]})

p1 = ("Frank Piplat, Leiter des Verbindungsbüros des Europäischen Parlaments zieht ein positives Resümee: „Die Ausstellung "
      "\"Erlebnis Europa\" am Pariser Platz ist seit ihrer Eröffnung im Mai 2016 zu einem absoluten Besuchermagneten im "
      "Herzen von Berlin geworden. Hier kann man direkt erfahren wie sich das Europäische Parlament und die Europäische "
      "Kommission für Bürgerinnen und Bürger in Europa einsetzen.“")
p2 = ("Richard Kühnel, Vertreter der Europäischen Kommission in Berlin fügte hinzu: „Ich freue mich, dass so viele "
      "Menschen zu uns kommen und wir so Gelegenheit haben, ihre Fragen zu Europa umfassend zu beantworten. Viele "
      "Bürgerinnen und Bürger wissen nicht, wie die EU funktioniert und was sie für ihr tägliches Leben wirklich leistet. "
      "Wir möchten mit dieser Ausstellung hier bei uns im Europäischen Haus den Menschen die Möglichkeit bieten, sich "
      "umfassend über alle europäischen Themen aus erster Hand zu informieren. “")
add(id="eucom-2018-03-09-erlebnis-europa-250000",
    title="250.000ste Besucherin in der interaktiven Berliner Ausstellung ERLEBNIS EUROPA",
    url=REP + "250000ste-besucherin-der-interaktiven-berliner-ausstellung-erlebnis-europa-2018-03-09_de",
    retrieved="same address (stored page; page header line, image caption and the last paragraph, cut off in the stored copy, dropped; the teaser is kept with its published '...'; the nested ASCII marks and the space before the last closing mark are as published)",
    paras=["Die interaktive Ausstellung ERLEBNIS EUROPA am Brandenburger Tor in Berlin hat gestern (Donnerstag) ihre "
           "250.000ste Besucherin empfangen. Gemeinsam gratulierten Frank Piplat, Leiter des Verbindungsbüros des "
           "Europäischen Parlaments, und Richard Kühnel...",
           p1, p2,
           "250.000 Bürgerinnen und Bürger haben die interaktive Ausstellung Erlebnis Europa in Berlin seit Mai 2016 "
           "besucht. Damals hatten EU-Kommissionspräsident Jean-Claude Juncker, Bundeskanzlerin Angela Merkel und der "
           "damalige Präsident des Europäischen Parlaments Martin Schulz das Erlebnis Europa gemeinsam eröffnet."],
    quotes=[(cut(p1, "„Die Ausstellung", "einsetzen.“"), "Frank Piplat"),
            (cut(p2, "„Ich freue", "informieren. “"), "Richard Kühnel")],
    aliases={"Frank Piplat": ["Frank Piplat", "Leiter des Verbindungsbüros des Europäischen Parlaments"],
             "Richard Kühnel": ["Richard Kühnel", "Vertreter der Europäischen Kommission in Berlin"]})
