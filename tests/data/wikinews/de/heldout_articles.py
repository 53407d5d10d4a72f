# Held-out German real-news set (tests/data/heldout-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-30 and the held-out rules 31-35). None of these pages is in wikinews-de, eucom-de or
# opennews-de. The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut (first and last words).
# Sources: news of the European Commission's Representation in Germany (CC BY 4.0 / Commission reuse policy),
# Global Voices auf Deutsch (CC BY 3.0), netzpolitik.org (CC BY-NC-SA 4.0). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import EU, GV, NP  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- European Commission, Representation in Germany ---

p = ("Bei seinem Besuch in Dresden sagte er vor Journalisten: \"Eine europäische Lösung ist die einzig dauerhafte "
     "Lösung für die Flüchtlingskrise.\" Die Sorgen der Menschen müsse man ernst nehmen. \"Aber wo dies in Intoleranz "
     "und Fremdenhass umschlägt, müssen wir ganz klar einen Riegel vorschieben. Die europäische Integration ist auf "
     "einem Gesellschaftsmodell begründet, in dem Fremdenfeindlichkeit und Intoleranz keinen Platz haben.\"")
add(id="ho-eucom-2016-04-06-kuehnel-dresden", title="EU-Kommissionsvertreter Kühnel in Dresden",
    url="https://germany.representation.ec.europa.eu/news/eu-kommissionsvertreter-kuhnel-dresden-2016-04-06_de",
    retrieved="same address (stored page; page header lines, the image caption 'EU-Kommissionsvertreter Kühnel' and the last paragraph, cut off in the stored copy, dropped; ASCII quotation marks as published)",
    license=EU,
    paras=["Richard Kühnel, der Vertreter der EU-Kommission in Deutschland, war gestern (Dienstag) zu seinem "
           "offiziellen Antrittsbesuch in Dresden.",
           "Er traf dort unter anderem den sächsischen Ministerpräsident Stanislaw Tillich, den Präsidenten des "
           "sächsischen Landtages Matthias Rößler sowie den Europaausschuss des Sächsischen Landtages zu Gesprächen "
           "über die aktuellen europapolitischen Herausforderungen.",
           "Zentrale Themen seines Besuchs waren die Herausforderungen Sachsens, Deutschlands und der EU bei der "
           "Bewältigung der Flüchtlingskrise, die Rolle Sachsen in der EU sowie die aktuelle wirtschaftlichen "
           "Entwicklung auf regionaler und europäischer Ebene.",
           p,
           "Richard Kühnel erläuterte auch, wie die EU Sachsen auch finanziell bei der Integration von Flüchtlingen "
           "unterstützt, etwa über die europäischen Strukturfonds und den Asyl-, Migrations- und Integrationsfonds. "
           "Damit können beispielsweise Sprachkurse oder Ausbildungsmaßnahmen für Flüchtlinge oder für die "
           "Unterbringung oder Bezahlung von Dolmetschern finanziert werden."],
    quotes=[(cut(p, "\"Eine", "Flüchtlingskrise.\""), "Richard Kühnel"),
            (cut(p, "\"Aber", "Platz haben.\""), "Richard Kühnel")],
    # role aliases naming another body (EU-Kommission, Deutschland) are left out: the scorer's token-subset
    # match would accept a prediction of that body as the speaker (held-out rule 33)
    aliases={"Richard Kühnel": ["Richard Kühnel", "EU-Kommissionsvertreter Kühnel"]})

p1 = ("(20.01.2017) - „Die Grüne Woche sorgt für ein großes Engagement der Landwirtschaft mit den Bürgern“, sagte "
      "Hogan. „Das ist wichtig, denn wir brauchen die Unterstützung von möglichst vielen Menschen - vor allem unserer "
      "Stadtbürger -, um unsere Landwirte und ländlichen Gemeinschaften für die bevorstehenden Herausforderungen zu "
      "stärken.“")
p2 = ("„Als EU-Kommissar für Landwirtschaft und ländliche Entwicklung habe ich stets deutlich gemacht, dass die "
      "Landwirte und der breitere Agrar- und Ernährungssektor eine umfassende und vorrangige Rolle bei der Erfüllung "
      "der gesellschaftlichen Erwartungen für eine umweltverträgliche Nahrungsmittelproduktion spielen müssen. Aber es "
      "ist gleichermaßen wichtig, dass die Bürger die Landwirtschaft verstehen und wie viel qualifizierte Arbeit und "
      "Hingabe nötig ist, um qualitativ hochwertige Lebensmittel zu produzieren und dabei Klima und Umwelt zu "
      "schützen. Die Grüne Woche ist eine ausgezeichnete Gelegenheit, um dieses gegenseitige Verständnis zu stärken“, "
      "so Hogan weiter.")
add(id="ho-eucom-2017-01-20-hogan-konsultation",
    title="Grüne Woche: Hogan startet Konsultation zur Zukunft der EU-Agrarpolitik im Februar",
    url="https://germany.representation.ec.europa.eu/news/grune-woche-hogan-startet-konsultation-zur-zukunft-der-eu-agrarpolitik-im-februar-2017-01-20_de",
    retrieved="same address (stored page; page header lines, the image file name 'hogan2.jpg' and the last paragraph, cut off in the stored copy, dropped; the teaser is kept with its published '...'; the news-list teaser of the same day in eucom-de.jsonl quotes other sentences)",
    license=EU,
    paras=["Zum Auftakt der Grünen Woche in Berlin hat EU-Agrarkommissar Phil Hogan den Fahrplan für die Reform der "
           "EU-Agrarpolitik nach 2020 skizziert. Der Prozess für die Modernisierung der Gemeinsamen Agrarpolitik in der "
           "nächsten Finanzierungsperiode beginne...",
           p1, p2],
    quotes=[(cut(p1, "„Die Grüne", "Bürgern“"), "Phil Hogan"),
            (cut(p1, "„Das ist", "stärken.“"), "Phil Hogan"),
            (cut(p2, "„Als", "stärken“"), "Phil Hogan")],
    aliases={"Phil Hogan": ["Phil Hogan", "EU-Agrarkommissar Phil Hogan", "Hogan"]})

p = ("Corina Creţu sagte nach dem gestrigen Treffen: \"Die Europäische Kommission steht bereit, um alle deutschen "
     "Bundesländer bei der nachhaltigen Integration von Flüchtlingen zu unterstützen. Vergangenen September habe ich an "
     "die Mitgliedstaaten appelliert, der Kommission Vorschläge zu unterbreiten, wie wir bestehende Programme anpassen "
     "können, um auf die neue Situation zu reagieren\".")
add(id="ho-eucom-2016-03-02-cretu-weil",
    title="Niedersachsens Ministerpräsident Weil zu Gesprächen bei Regionalkommissarin Creţu",
    url="https://germany.representation.ec.europa.eu/news/niedersachsens-ministerprasident-weil-zu-gesprachen-bei-regionalkommissarin-cretu-2016-03-02_de",
    retrieved="same address (stored page, complete; page header lines, the image caption 'Weil zu Gesprächen', the link line to the proposal, press contact and page footer dropped; ASCII quotation marks as published)",
    license=EU,
    paras=["Corina Creţu, Kommissarin für Regionalpolitik, hat gestern (Dienstag) Niedersachsens Ministerpräsident "
           "Stephan Weil in Brüssel empfangen.",
           "Im Mittelpunkt der Unterredung stand die Umsetzung der EU-Regionalpolitik in Niedersachsen in den Jahren "
           "2014 bis 2020 sowie im Zeitraum darüber hinaus. Ausserdem sprach Corina Creţu die gemeinsamen Antworten auf "
           "die aktuelle Flüchtlingskrise an.",
           p,
           "Bereits vergangenen Dienstag (23. Februar) hatte Corina Creţu Brandenburgs Ministerpräsident Dietmar Woidke "
           "empfangen. Vergangenen Mittwoch (24. Februar) traf sich Corina Creţu mit Petra Köpping, der sächsischen "
           "Staatsministerin für Gleichstellung und Integration und mit dem sächsischen Ausländerbeauftragten Geerd "
           "Mackenroth."],
    quotes=[(cut(p, "\"Die", "reagieren\""), "Corina Creţu")],
    aliases={"Corina Creţu": ["Corina Creţu", "Regionalkommissarin Creţu"]})

p1 = ("Nach seinem Rücktritt als EU-Handelskommissar am Mittwochabend hat Kommissionspräsidentin Ursula von der Leyen "
      "Phil Hogan heute (Donnerstag) für seine Arbeit in der Kommission gedankt. Sie respektiere Hogans Entscheidung, "
      "sagte sie. In den vergangenen Tagen hatte von der Leyen mit Hogan über seinen jüngsten Aufenthalt in Irland "
      "gesprochen. „Während Europa kämpft, um die Ausbreitung des Coronavirus einzudämmen, während die Europäerinnen "
      "und Europäer Opfer bringen und schmerzhafte Einschränkungen akzeptieren, erwarte ich von den Mitgliedern der "
      "Kommission, dass sie besonders wachsam sind, wenn es um die Einhaltung nationaler oder regionaler Regelungen "
      "geht“, erklärte die Präsidentin. Valdis Dombrovskis, Exekutiv-Vizepräsident der Kommission, wird Hogans "
      "Aufgaben kommissarisch übernehmen.")
add(id="ho-eucom-2020-08-newsletter-hogan-ruecktritt",
    title="Von der Leyen respektiert Rücktritt Phil Hogans und dankt ihm für seine Arbeit",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/24864",
    retrieved="same address (stored newsletter 'EU-Aktuell' of August 2020: its first two items; the newsletter header and the 'Mehr' links dropped)",
    license=EU,
    paras=[p1,
           "EU-Außenminister beraten über Sanktionsliste für Belarus und Spannungen im östlichen Mittelmeer",
           "Bei einem informellen Austausch im sogenannten „Gymnich-Format“ sprechen die Außenminister der EU heute "
           "(Donnerstag) und morgen in Berlin über aktuelle Themen europäischer Außenpolitik. Schwerpunkte sind "
           "Sanktionen gegen Verantwortliche für Wahlfälschungen und staatliche Gewalt in Belarus, die Spannungen im "
           "östlichen Mittelmeer und die Beziehungen zu Russland. Am Freitag gegen 14:30 Uhr werden der Hohe Vertreter "
           "Josep Borrell und Außenminister Heiko Maas gemeinsam eine Pressekonferenz geben, die live auf EbS "
           "übertragen wird. Gestern haben die EU-Verteidigungsminister in Berlin eine Debatte über aktuelle "
           "verteidigungspolitische Themen und über den Strategischen Kompass geführt, der Grundlage einer gemeinsamen "
           "strategischen Ausrichtung der EU-Verteidigungspolitik werden soll."],
    quotes=[(cut(p1, "„Während", "geht“"), "Ursula von der Leyen"),
            ("„Gymnich-Format“", None)],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen",
                                      "von der Leyen", "Von der Leyen", "die Präsidentin"]})

p2 = ("„Wir haben vier lange Tage und Nächte durchverhandelt. Aber das war es wert. Das Ergebnis ist ein Signal des "
      "Vertrauens in Europa und es ist ein historischer Moment für Europa“, sagte EU-Kommissionspräsidentin Ursula von "
      "der Leyen am Dienstagmorgen bei einer gemeinsamen Pressekonferenz mit dem Präsidenten des Europäischen Rates, "
      "Charles Michel. Der Europäische Rat hat sich in den Morgenstunden auf den Finanzrahmen 2021-2027 in Höhe von "
      "1074 Mrd. Euro und das Aufbauinstrument „Next Generation EU“ in Höhe von 750 Mrd. Euro geeinigt. Damit habe das "
      "Paket den beachtlichen Umfang von mehr als 1,8 Billionen Euro, betonte von der Leyen. „Europa hat immer noch den "
      "Mut und die Fantasie, groß zu denken.“")
add(id="ho-eucom-2020-07-nachrichten-gipfel", title=None,
    url="https://ec.europa.eu/germany/news_de?field_reps_news_category_target_id=All&keys=&page=5",
    retrieved="same address (stored copy of the Representation's news list of July 2020; the items have no headline in the stored copy, so the first paragraph is the first line; site header lines dropped; the third item, cut off in the stored copy, dropped)",
    license=EU,
    paras=["Derzeit kursiert eine Phishing-Email mit einem falschen Antragsformular für Corona-Überbrückungshilfen für "
           "kleine und mittelständische Unternehmen, die angeblich vom Europäischen Rat und vom Bund gemeinsam "
           "angeboten werden. Diese betrügerische Mail stammt nicht von der Europäischen Kommission und auch nicht vom "
           "Sprecher der Vertretung in Deutschland. Es wurden nach unseren bisherigen Erkenntnissen keine "
           "E-Mail-Konten der Europäischen Kommission gehackt. Es handelt sich um einen Phishing-Versuch unter "
           "missbräuchlicher Verwendung unseres Namens zum Abgreifen von Daten, den wir umgehend bei der Polizei zur "
           "Anzeige gebracht haben. Das Bundesamt für Sicherheit in der Informationstechnik ist ebenfalls informiert.",
           p2],
    quotes=[(cut(p2, "„Wir haben", "Europa“"), "Ursula von der Leyen"),
            ("„Next Generation EU“", None),
            (cut(p2, "„Europa hat", "denken.“"), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen",
                                      "von der Leyen"]})

p1 = ("Präsidentin von der Leyen strebt ebenso wie Bundeskanzlerin Merkel noch im Juli eine Einigung im Europäischen "
      "Rat über das Aufbauprogramm Next Generation EU und den langfristigen EU-Haushalt an. Die Krise gebe das Tempo "
      "vor. „Jeden Tag, den wir verlieren, werden wir erleben, wie Menschen ihre Arbeitsplätze verlieren, Unternehmen "
      "Pleite gehen und unsere Volkswirtschaften geschwächt werden“, sagte von der Leyen.")
p3 = ("Von der Leyen merkte auch an, dass die Prioritäten der deutschen Präsidentschaft mit dem Arbeitsprogramm der "
      "Kommission übereinstimmen - vom Klimaschutz über die Digitalisierung bis hin zu mehr Krisenfestigkeit in der "
      "Wirtschaft. Die Kommission werde auch in der „entscheidenden Phase“ der Verhandlungen über die künftigen "
      "Beziehungen mit dem Vereinigten Königreich sowie in den Außenbeziehungen eng mit der deutschen Präsidentschaft "
      "zusammenarbeiten.")
add(id="ho-eucom-2020-07-03-von-der-leyen-ratspraesidentschaft", title=None,
    url="https://germany.representation.ec.europa.eu/news/nachste-sechs-monate-entscheidend-fur-die-eu-sagt-von-der-leyen-zu-beginn-der-deutschen-eu-2020-07-03_de",
    retrieved="same address (the stored copy begins inside the article, without headline; no title is invented; the 'Weitere Informationen' links, press contact and page footer dropped)",
    license=EU,
    paras=[p1,
           "Die Kommissionspräsidentin hatte gestern Parlamentspräsident Sassoli, Ratspräsident Michel und "
           "Bundeskanzlerin Merkel zu einem Treffen am 8. Juli eingeladen, um die bevorstehenden intensiven politischen "
           "Verhandlungen vorzubereiten.",
           p3,
           "Nach dem virtuellen Treffen mit Angehörigen des Bundeskabinetts tauschten sich Mitglieder der Europäischen "
           "Kommission auch mit Abgeordneten des Bundestages aus."],
    quotes=[(cut(p1, "„Jeden", "werden“"), "von der Leyen"),
            ("„entscheidenden Phase“", "von der Leyen")],
    # only the surname form occurs, so it is canonical (ANNOTATION.md rule 7)
    aliases={"von der Leyen": ["von der Leyen", "Präsidentin von der Leyen", "Von der Leyen",
                               "Die Kommissionspräsidentin"]})

p1 = ("Bei einem Besuch in der italienischen Region Emilia-Romagna hat die Präsidentin der Europäischen Kommission, "
      "Ursula von der Leyen, den von der Flut Betroffenen Beistand und Solidarität versichert. Von der Leyen hatte sich "
      "von einem Hubschrauber aus einen Überblick über die Lage verschafft. Anschließend sagte sie bei einer "
      "gemeinsamen Pressekonferenz mit der italienischen Ministerpräsidentin Georgia Meloni: „Es brach mir das Herz, "
      "all dies zu sehen: die Überschwemmungen und die Wassermassen; das Land, das unter Wasser steht; aber auch den "
      "ganzen Schlamm und die tiefen Narben, die die zahlreichen Erdrutsche in der Landschaft hinterlassen haben.“ Es "
      "sei schmerzlich, das Ausmaß der Zerstörung und Verwüstung in dieser wirtschaftlich so florierenden Region zu "
      "sehen.")
add(id="ho-eucom-2023-05-newsletter-flut-emilia-romagna",
    title="Von der Leyen in italienischem Flutgebiet: Europa steht Euch bei!",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/45729",
    retrieved="same address (stored newsletter 'EU-Aktuell' of May 2023: its first item and the first paragraph of the second; the newsletter header, the 'mehr' link and the second paragraph of the second item, cut off in the stored copy, dropped)",
    license=EU,
    paras=[p1,
           "Kommission erzielt Einigung mit BioNTech-Pfizer über Lieferung von COVID-19-Impfstoffen",
           "Die Europäische Kommission hat gemeinsam mit den EU-Mitgliedstaaten und in ihrem Namen eine Einigung mit den "
           "Impfstoffentwicklern BioNTech und Pfizer erzielt. Damit wird der von den Mitgliedstaaten vorgenommenen "
           "Bewertung des sich ändernden Bedarfs an COVID-19-Impfstoffen besser Rechnung getragen. Bei der Änderung des "
           "bestehenden Vertrags über Impfstoff-Lieferungen wird die bessere epidemiologische Lage berücksichtigt. "
           "Gleichzeitig wird weiterhin der Zugang zur neuesten verfügbaren Version des Impfstoffs für den Fall "
           "gesichert, dass künftig besorgniserregende Virusvarianten auftreten."],
    quotes=[(cut(p1, "„Es brach", "hinterlassen haben.“"), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "Von der Leyen"]})

p = ("(05.04.2017) – „Die Europäische Kommission wird dieses Gesetz nun einer umfangreichen und gründlichen Prüfung "
     "hinsichtlich seiner Vereinbarkeit mit den EU-Regeln unterziehen“, kündigte Moedas an.")
add(id="ho-eucom-2017-04-05-moedas-ceu", title=None,
    url="https://germany.representation.ec.europa.eu/news/central-european-university-moedas-fordert-von-ungarn-achtung-der-akademischen-freiheit-2017-04-05_de",
    retrieved="same address (the stored copy begins inside the article, at its dated paragraph; no title is invented; the 'Weitere Informationen' line, press contacts and page footer dropped)",
    license=EU,
    paras=[p,
           "Ein Kommissionssprecher kündigte heute zudem an, dass sich die Europäische Kommission bei ihrer "
           "wöchentlichen Sitzung am Mittwoch kommender Woche auf Basis einer Präsentation von Frans Timmermans, Erster "
           "Vizepräsident der Europäischen Kommission, mit dem Thema befassen werde."],
    quotes=[(cut(p, "„Die", "unterziehen“"), "Moedas")],
    aliases={"Moedas": ["Moedas"]})

p1 = ("(02.09.2016)- In einer gestern veröffentlichten Erklärung betont Šefčovič, wie wichtig es sei, weiterhin einem "
      "konsequenten Reformweg zu verfolgen und nennt als positives Beispiel die Aufteilung des Gaskonzerns Naftogaz "
      "Anfang Juli. „Weitere Reformen sind zentral für die Modernisierung der ukrainischen Wirtschaft, von der "
      "Konsumenten wie auch Unternehmen gleichermaßen profitieren und die damit den Anstoß für höhere Lebensstandards "
      "bilden könnten.“")
p2 = ("„Ebenso ist das Potenzial der Ukraine in den Bereichen Energieeffizienz und erneuerbare Energien riesig: Würde "
      "es die Ukraine schaffen, ihr Energieeffizienzniveau auf europäischen Durchschnitt zu heben, wären die daraus "
      "erfolgten Einsparungen größer als der Energieverbrauch von Spanien über ein ganzes Jahr“, so Šefčovič weiter. "
      "Die Kommission sei bereit, die notwendigen Reformen auch finanziell zu unterstützen und noch vor Ende des Jahres "
      "das Aufstellen eines entsprechenden Energieeffizienzfonds vorzuschlagen.")
add(id="ho-eucom-2016-09-02-sefcovic-kiew",
    title="Vizepräsident Maroš Šefčovič diskutiert Energiepolitik in Kiew",
    url="https://germany.representation.ec.europa.eu/news/vizeprasident-maros-sefcovic-diskutiert-energiepolitik-kiew-2016-09-02_de",
    retrieved="same address (stored page; page header lines, the image file name and the 'Weitere Informationen' list, cut off in the stored copy, dropped; the teaser is kept with its published '...')",
    license=EU,
    paras=["Im Rahmen seines Besuchs in der ukrainischen Hauptstadt Kiew trifft Maroš Šefčovič, der für die "
           "Energieunion zuständige Vizepräsident der Europäischen Kommission, heute (Freitag) Premierminister Wolodymyr "
           "Hroisman, den Minister für regionale...",
           p1, p2,
           "Hintergrund der Gespräche sind die momentan auf Eis gelegten trilateralen Verhandlungen mit Russland über "
           "die Gasversorgung von EU und Ukraine. Von einer größeren Vorhersehbarkeit und Versorgungssicherheit würden "
           "alle beteiligten Parteien profitieren. In den nächsten Wochen sind deshalb weitere Besuche Šefčovičs bei "
           "russischen Vertretern geplant, um die Verhandlungsgespräche rechtzeitig vor der Heizsaison 2016 wieder "
           "aufzunehmen."],
    quotes=[(cut(p1, "„Weitere", "bilden könnten.“"), "Maroš Šefčovič"),
            (cut(p2, "„Ebenso", "ganzes Jahr“"), "Maroš Šefčovič")],
    aliases={"Maroš Šefčovič": ["Maroš Šefčovič", "Vizepräsident Maroš Šefčovič", "Šefčovič"]})

p1 = ("Ab dem Samstag öffnet die multimediale Ausstellung ERLEBNIS EUROPA im Europäischen Haus in Berlin wieder ihre "
      "Türen. Nach einer COVID-19-bedingten Unterbrechung können alle Interessierten dann wieder jeden Tag zwischen 10 "
      "und 18 Uhr mit Vorkehrungen zum Infektionsschutz erleben, wie Europapolitik gemacht wird und wie sie diese "
      "selbst aktiv mitgestalten können. „Wir freuen uns sehr, ab morgen wieder Jung und Alt bei uns willkommen zu "
      "heißen und alle Fragen zu Europa umfassend und aus erster Hand beantworten zu können,“ sagten Georg Pfeifer, "
      "Leiter des Verbindungsbüros des Europäischen Parlaments, und Jörg Wojahn, Vertreter der Europäischen Kommission "
      "in Deutschland, heute (Freitag) in Berlin. „Dass wir wenige Tage vor Beginn der deutschen "
      "EU-Ratspräsidentschaft wieder öffnen können, ist ein schönes Signal für die kommenden sechs Monate.“")
add(id="ho-eucom-2020-06-26-erlebnis-europa-wiedereroeffnung",
    title="Dauerausstellung ERLEBNIS EUROPA in Berlin öffnet wieder",
    url="https://almanyalilar.com/2020/06/29/dauerausstellung-erlebnis-europa-in-berlin-oeffnet-wieder/",
    retrieved="same address (verbatim repost of the European Commission's news item of 26.06.2020, credited 'EU-Kommission / 26.06.2020' under the text; the repost's counters and author tag, the credit line and the advertisement footer dropped)",
    license=EU,
    paras=[p1,
           "Ab 30. Juni ist auch das 360°-Kino wieder geöffnet, in dem zwei kurze Filme gezeigt werden. Für den Besuch "
           "des ERLEBNIS EUROPA gelten Corona-bedingte Sicherheitsvorkehrungen.",
           "Die Ausstellung ERLEBNIS EUROPA gibt es seit 2016 im Herzen Berlins. Sie soll den Bürgerinnen und Bürgern "
           "den Zugang zur EU zu erleichtern – und das in 30 Minuten. Wer die Ausstellung betritt, taucht auf 450 "
           "Quadratmetern ein in eine virtuelle Reise durch Europa: Berlins erstes 360°-Grad-Kino vermittelt das "
           "Gefühl, an einer Sitzung des Europäischen Parlaments teilzunehmen. An Multimediatischen gibt es zu "
           "entdecken, was die Europäische Union ist, wie sie funktioniert und wie sie aktiv mitgestaltet werden kann. "
           "ERLEBNIS EUROPA bietet auch besondere Besuchsformate für Schulklassen und Gruppen.",
           "ERLEBNIS EUROPA finden Sie am Brandenburger Tor, Unter den Linden 78. Der Eintritt ist frei, "
           "Öffnungszeiten: täglich 10.00 Uhr bis 18.00 Uhr."],
    quotes=[(cut(p1, "„Wir freuen", "können,“"), "Georg Pfeifer"),
            (cut(p1, "„Dass wir", "Monate.“"), "Georg Pfeifer")],
    # joint statement: canonical = the first-named speaker; the co-speaker is an alias (ANNOTATION.md rule 27)
    aliases={"Georg Pfeifer": ["Georg Pfeifer", "Jörg Wojahn"]})

p2 = ("Jörg Wojahn sagte im Podcast zu den Stärken der EU: „Wir als Europäer und als Deutsche haben in der Welt durch die "
      "EU einen Stellenwert neben großen Spielern wie Russland, China und den USA, die auf dieser Bühne spielen. Da könne "
      "ein kleines Land wie Deutschland alleine gar nicht mithalten.“")
p3 = ("In Bezug auf die Coronavirus-Pandemie sagte Wojahn weiter: „Das Virus hat uns erstmal richtig durchgeschüttelt. Die "
      "Frage ist, was das langfristig heißt. Alle haben kapiert, dass wir die Wirtschaft nur wiederaufbauen können, wenn "
      "wir das zusammentun, wenn wir zusammen viel Geld in die Hand nehmen.“")
add(id="ho-eucom-2020-04-27-wojahn-podcast",
    title="Jörg Wojahn im Podcast mit Louisa Dellert zur Coronakrise",
    url="https://www.eiz-niedersachsen.de/joerg-wojahn-im-podcast-mit-louisa-dellert-zur-coronakrise/",
    retrieved="same address (item of the Representation's 'EU-Nachrichten' as republished by the Europäisches Informationszentrum Niedersachsen, which names the source under the text: 'Quelle dieser Informationen: EU-Nachrichten der Vertretung der EU-Kommission in Deutschland'; the photo credit on the title line, the 'Links zum Thema' list and the source line dropped)",
    license=EU,
    paras=["27.04.2020 Brüssel/Berlin. Der Vertreter der Europäischen Kommission, Jörg Wojahn, hat in einer Podcast-Folge "
           "die Fragen der Influencerin Louisa Dellert zu den aktuellen Entwicklungen in der Europäischen Union im "
           "Zusammenhang mit der Coronakrise, der Rolle der EU in der Welt insgesamt und der Situation der Migranten auf den "
           "griechischen Inseln beantwortet.",
           p2, p3,
           "Zudem hat Jörg Wojahn eine Reihe Fragen der Social Media Community der EU-Kommission in Deutschland von "
           "Reisebeschränkungen bis zur Versorgung mit Schutzkleidung per Video beantwortet, die hier abgerufen werden "
           "können."],
    quotes=[(cut(p2, "„Wir als", "mithalten.“"), "Jörg Wojahn"),
            (cut(p3, "„Das Virus", "nehmen.“"), "Jörg Wojahn")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn", "Wojahn"]})

p1 = ("11.03.2021 Bremen/Brüssel. Jörg Wojahn, Vertreter der Europäischen Kommission in Deutschland, eröffnet heute "
      "(Donnerstag) in Bremen gemeinsam mit Kristina Vogt, Senatorin für Wirtschaft, Arbeit und Europa, und dem "
      "Präsidenten der Bremischen Bürgerschaft, Frank Imhoff, den EuropaPunktBremen wieder. Er diskutiert bei seinem "
      "Besuch zudem mit Schülerinnen und Schülern des Hermann-Böse-Gymnasiums über ihre Fragen und Ideen zur EU-Politik "
      "und trifft den Bremer Bürgermeister Andreas Bovenschulte. In einem Interview mit dem Weser-Kurier vor seinem "
      "Besuch sagte er: „Für Bremen als exportstarkes Bundesland ist Europa einerseits ein wichtiger Markt für seine "
      "Produkte und Dienstleistungen und andererseits ein Garant für die Weltmärkte.“ Im Angesicht eines immensen "
      "wirtschaftlichen Einbruchs aufgrund der Coronavirus-Pandemie hätten die EU-Staaten so viel Geld wie nie zuvor in "
      "die Hand genommen, das gerade in den Regionen Europas genutzt werden solle, um Nachhaltigkeit und Digitalisierung "
      "voranzubringen.")
p2 = ("Wojahn sagte weiter: „In Europa gibt es vergleichsweise nur kleine Staaten oder Staaten, die jetzt erst kapiert "
      "haben, dass sie im globalen Konzert der Mächte klein sind. Staaten wie China drängen massiv nach vorne und wollen "
      "ihre Werte und Vorstellungen exportieren. Das ist eine Erkenntnis, die vor zwei Jahren noch nicht so weit "
      "entwickelt war – auch in Deutschland. Alle haben verstanden, dass unser Wohlstand, unsere Position und unsere "
      "wirtschaftliche Stellung in der Welt bedroht ist und dass die Antwort darauf nur sein kann, dass wir unsere Kräfte "
      "bündeln und dadurch stärker werden. In der Welt herrscht ein eisiger Wind, da ist es besser, sich "
      "zusammenzukuscheln.“")
add(id="ho-eucom-2021-03-11-wojahn-bremen",
    title="Kommissionsvertreter Jörg Wojahn debattiert Europapolitik in Bremen",
    url="https://www.eiz-niedersachsen.de/kommissionsvertreter-joerg-wojahn-debattiert-europapolitik-in-bremen/",
    retrieved="same address (item of the Representation's news as republished by the Europäisches Informationszentrum Niedersachsen, like the podcast item above whose source line names the Representation's 'EU-Nachrichten'; the photo credit on the title line and the last paragraph, cut off in the stored copy, dropped)",
    license=EU,
    paras=[p1, p2],
    quotes=[(cut(p1, "„Für Bremen", "Weltmärkte.“"), "Jörg Wojahn"),
            (cut(p2, "„In Europa", "zusammenzukuscheln.“"), "Jörg Wojahn")],
    # the medium of the interview (Weser-Kurier) is the addressee, not the speaker (ANNOTATION.md rule 12)
    aliases={"Jörg Wojahn": ["Jörg Wojahn", "Wojahn", "Kommissionsvertreter Jörg Wojahn"]})

p2 = ("Vor dem Gespräch betonte sie: „Europa engagiert sich im Osten Deutschlands, und das ist wichtig für beide Seiten. Für "
      "die Regionen, weil sie vom EU-Binnenmarkt und den Förderprogrammen profitieren. Und für die EU, weil sie nur dann "
      "stark sein kann, wenn es auch unsere Regionen sind. Ich war seit meinem Amtsantritt Mitte März schon mehrmals in "
      "ostdeutschen Bundesländern, ich habe mit Abgeordneten in Länderparlamenten gesprochen und beim Europafest im "
      "sächsischen Zittau das grenzüberschreitende Miteinander mit Gästen aus Tschechien und Polen gefeiert. Zuhören, "
      "erklären und gemeinsam für die Zukunft Europas und damit für die Zukunft von uns allen arbeiten – das steht auch bei "
      "meinem Austausch mit Ministerpräsident Bodo Ramelow im Mittelpunkt.“")
p3 = ("Der thüringische Ministerpräsident sagte: „Ich freue mich, mit Frau Barbara Gessler die erste weibliche Vertreterin "
      "der Europäischen Kommission in Deutschland bei uns begrüßen zu können. Ihr Besuch steht in einer langen und guten "
      "Tradition des gegenseitigen Austauschs. Gerade im Vorfeld der Europawahlen am 9. Juni 2024 zeigt die Europäische "
      "Kommission damit, dass auch die Regionen Beachtung finden, was für eine glaubwürdige Politik der EU wichtig ist.\"")
add(id="ho-eucom-2024-05-28-gessler-erfurt", title=None,
    url="https://germany.representation.ec.europa.eu/news/erfurt-kommissionsvertreterin-barbara-gessler-trifft-ministerprasident-bodo-ramelow-2024-05-28_de",
    retrieved="same address (the stored copy begins with the article's first paragraph, without headline; no title is invented; the subheading 'Europa vor Ort: Daten kompakt für Thüringen' and the paragraph after it, cut off in the stored copy, dropped; the second quotation opens with „ and closes with an ASCII mark, as published)",
    license=EU,
    paras=["Im Rahmen ihrer Antrittsbesuche in den Bundesländern ist die neue Kommissionsvertreterin in Deutschland Barbara "
           "Gessler heute in Erfurt und trifft den Ministerpräsidenten von Thüringen, Bodo Ramelow.",
           p2, p3,
           "Bereits am 19. April war Barbara Gessler schon im Thüringer Landtag zu Gast und hatte mit den Abgeordneten des "
           "Ausschusses für Europa, Kultur und Medien über das Arbeitsprogramm der Europäischen Kommission sowie über die "
           "Europawahl am 9. Juni gesprochen."],
    quotes=[(cut(p2, "„Europa", "Mittelpunkt.“"), "Barbara Gessler"),
            (cut(p3, "„Ich freue", "wichtig ist.\""), "Bodo Ramelow")],
    aliases={"Barbara Gessler": ["Barbara Gessler", "Frau Barbara Gessler"],
             "Bodo Ramelow": ["Bodo Ramelow", "Ministerpräsident Bodo Ramelow", "Der thüringische Ministerpräsident"]})

# --- Global Voices auf Deutsch ---

g1 = ("“Für die meisten Länder der Karibik ist Tourismus zur Lebensader geworden. Er braucht dringend neue Impulse.”: "
      "Living in Barbados fragt sich, ob die Region stolz sein kann auf ihr Angebot für Touristen.")
g2 = ("Sahel berichtet [fa], dass “Studenten der Sahand Universität in Tabriz, Iran, gegen ‘Geschlechter-Apartheid’ und "
      "kulturellen wie sozialen Druck demonstrieren”. Männer und Frauen scheinen keine gemeinsamen Kurse belegen zu "
      "können. Angeblich sind einige Frauen Opfer von sexueller und moralischer Belästigung durch Angestellte geworden. "
      "Fotos von dem Protest sind online verfügbar.")
g3 = ("Cici Khalid versteht nicht, warum die Leute überall rassistisch denken. “Wie fühlen Sie sich, wenn andere über "
      "ihre Rasse lachen?”")
add(id="ho-gv-2008-04-kurzmeldungen", title="Artikel vom Kurzmeldungen vom April, 2008",
    url="https://de.globalvoices.org/category/type/roundups/?m=200804",
    retrieved="same address (stored page of short news items; the site header lines above the page title and the last item (headline 'Simbabwe: Ein Spiel ohne Ende' with its teaser, cut off in the stored copy) dropped)",
    license=GV,
    paras=["Barbados: Falscher Stolz?", g1,
           "Iran: Geschlechter-Apartheid und sexuelle Belästgung", g2,
           "Saudi Arabien: Blogger Fouad Alfarhan ist frei!",
           "Der bekannte saudi-arabische Blogger Fouad Alfarhan wurde heute freigelassen. Nach 137 Tagen Haft ist er "
           "jetzt wieder in seiner Heimat Jeddah.",
           "Brunei: Über Rassismus", g3,
           "Bloggen in Syrien",
           "Der Syrer Abu Fares schreibt zum zweiten Geburtstag seiner Seite über das Bloggen in Syrien.",
           "Ägypten: Patienten in Handschellen",
           "Warum man Patienten nicht mit Handschellen ans Bett fesseln sollte? Mostafa Hussein aus Ägypten nennt viele "
           "Argumente und zeigt Bilder von verhafteten Patienten, die bei den Al-Mahalla-Protesten verletzt worden "
           "waren.",
           "Südkorea: Studentenaufstand von 1960",
           "Matt hat einen Artikel über die Niederschlagung des Studentenaufstands gegen die Manipulation der "
           "Präsidentschaftswahl am 19. April 1960 geschrieben."],
    quotes=[(cut(g1, "“Für", "Impulse.”"), "Living in Barbados"),
            (cut(g2, "“Studenten", "demonstrieren”"), "Sahel"),
            (cut(g3, "“Wie", "lachen?”"), "Cici Khalid")],
    # blogs speak under their names (ANNOTATION.md rule 28)
    aliases={"Living in Barbados": ["Living in Barbados"], "Sahel": ["Sahel"], "Cici Khalid": ["Cici Khalid"]})

add(id="ho-gv-2013-01-kurzmeldungen", title="Artikel vom Kurzmeldungen vom Januar, 2013",
    url="https://de.globalvoices.org/category/type/roundups/?m=201301",
    retrieved="same address (stored page of short news items; site header lines, image alt texts and captions ('Face the Balkans subjects of stories', 'Screenshot der Website “Face the Balkans”.', 'A good white morning from Amman', 'Einen weißen guten Morgen aus Amman. Foto bei Twitter geteilt von @aamin1968') and the block quote after the last teaser, cut off in the stored copy, dropped; the quoted tweet, set without quotation marks, is kept as its own line)",
    license=GV,
    paras=["Chinesen entschuldigen sich bei Tibetern",
           "Eine Facebookseite mit dem Namen “Chinese Apologize to Tibetans” [Chinesen entschuldigen sich bei Tibetern] "
           "wurde von einer Gruppe Auslandschinesen gegründet, um Informationen über die Menschenrechtssituation in "
           "Tibet zu sammeln.",
           "#aufschrei erzählt von sexueller Belästigung",
           "Was ich an #aufschrei mag,ist,dass dieser “Minisexismus” in der Masse mal sein ganzes hässliches Gesicht "
           "zeigt und nicht runtergespielt wird",
           "twittert Journelle. Unter dem Hashtag #aufschrei erzählen Twitternutzerinnen von sexueller Belästigung oder "
           "Missbrauch im Alltag, bei der Arbeit oder in der Schule. Ina Marinescu hat in ihrem Blog einige Tweets "
           "gesammelt.",
           "Präsentation der Balkanminderheiten",
           "Fünfzehn junge Journalisten aus sechs verschiedenen Ländern haben eine Reihe persönlicher Geschichten über "
           "Vertreter der Minderheiten (im weiten Sinne) in Bosnien-Herzegowina, Kosovo, Serbien und Mazedonien "
           "produziert. Die Geschichten sind auf Englisch, Deutsch, und Französisch auf der Website “Face the Balkans” "
           "verfügbar.",
           "Jordanien: Weißen guten Morgen aus Amman",
           "Amin Amin teilt dieses Foto von heute Morgen aus der jordanischen Hauptstadt Amman:",
           "Parallelen zwischen Religions- und Urheberrechtskriegen",
           "Rick Falkvinge, Gründer der Piratenpartei, reinterpretiert die Religionskriege, die Europa im 16. und 17. "
           "Jahrhundert verwüsteten [en], vor dem Hintergrund des aktuellen Konfliktes um Informationskontrolle durch "
           "erdrückende Gesetzgebung in Bezug auf Urheberrecht und Meinungsfreiheit:"],
    quotes=[("“Chinese Apologize to Tibetans”", None),
            ("“Minisexismus”", "Journelle"),
            ("“Face the Balkans”", None)],
    aliases={"Journelle": ["Journelle"]})

add(id="ho-gv-2012-02-politik", title="Artikel über Politik vom Februar, 2012",
    url="https://de.globalvoices.org/category/topics/politics/?m=201202",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them; the last item (headline 'Argentinien: Regierung akzeptiert UN-Vermittlung im Konflikt um die Falklandinseln' and its teaser, cut off in the stored copy) dropped)",
    license=GV,
    paras=["China: Das politische Drama um Wang Lijuns „Stress-Urlaub“",
           "Ein Hintergrundbericht über Wang Lijun, den früheren Polizeichef von Chongqing, der letzte Woche im "
           "US-Konsulat Asyl gesucht hatte, bevor er sich den zentralen Regierungsbehörden stellte. Bis jetzt eher "
           "Spekulationen, als Fakten, aber Netizens haben einige plausible Szenarien entwickelt.",
           "Liberia: “Tötet die Homosexuellen”-Gesetz breitet sich aus",
           "Die ehemalige First Lady Liberias, Jewel Howard Taylor, hat ein Gesetz ins Parlament eingebracht, das "
           "Homosexualität mit dem Tode strafbar macht. Homosexualität ist in 38 afrikanischen Ländern illegal.",
           "China 2011: Vom harten Durchgreifen gegen die Jasmin-Revolution bis hin zu Aufständen an der Basis",
           "Von hartem Durchgreifen gegen die Jasmin-Revolution und Aufständen an der Basis bis hin zur Diskussion "
           "zukünftiger Entwicklungsmodelle - 2011 war für China ein weiteres ereignisreiches Jahr. Oiwan Lam gibt einen "
           "Überblick.",
           "Georgien: Onlinekampagne nimmt Facebookseite des russischen Präsidenten ins Visier",
           "Während russische Soldaten in Georgiens abtrünnigen Regionen Abchasien und Südossetien stationiert sind, "
           "forderten hunderte Georgier ihren Rückzug auf der Facebookseite des russischen Präsidenten.",
           "Syrien: Schock und Fassungslosigkeit nach Ermordung von Journalisten",
           "Netizens, die über das Blutbad in Syrien in den sozialen Medien berichten, mussten heute innehalten, um die "
           "Meldungen weiterer Verbrechen gegen die Menschlichkeit, die in der Baba Amr in der belagerten Stadt Homs "
           "verübt worden, aufzunehmen. Sie trauerten um zwei Journalisten, die ihr Leben riskierten und nach Syrien "
           "reisten, um der Welt vom Leid der Syrer zu erzählen."],
    quotes=[("„Stress-Urlaub“", None),
            ("“Tötet die Homosexuellen”", None)],
    aliases={})

add(id="ho-gv-2009-01-protest", title="Artikel über Protest vom Januar, 2009",
    url="https://de.globalvoices.org/category/topics/protest/?m=200901",
    retrieved="same address (stored topic page, complete as stored: headline and teaser of each article, the teasers with their published '...')",
    license=GV,
    paras=["Ecuador: Correa begegnet Druck durch Ureinwohnerorganizationen",
           "In Ecuador üben Ureinwohnerorganisationen aufgrund eines neuen Bergbaugesetzes, Druck auf Präsident Rafael "
           "Correa aus, von dessen Regierung das Gesetz unterstützt wird. Die von der National Confederation of "
           "Indigenous Nations (CONAIE) angeführte Koalition bemängelt die geringe Debatte über das Gesetz und sieht die "
           "Souveränität der Gemeinden in Gefahr. Außerdem trage das Gesetz zur Umweltverschmutzung bei. Correa muss "
           "sich entscheiden, wie er dieser Mobilisation entgegentreten will, die von Gruppen ausgeht, die ihn und "
           "seine Regierung in der Vergangenheit stark unterstützt haben.",
           "China: Adieu, Bullog",
           "Im Report von Associate Press wird Bullog als eine “Blog-Hosting-Site, die aneckt” beschrieben, die eine "
           "Unzahl von (gesellschafts-)politisch orientierten Aktivisten beheimatet. So gesehen, erscheint Bullog als "
           "ein Pulverfass. Für Millionen chinesischer Netzbürger ist...",
           "Israel: Yonit Levi lieben und hassen",
           "Yonit Levi ist die beliebte Nachrichtensprecherin des israelischen Fernsehsenders Channel 2. In der "
           "Bloggerszene wurde sie in den letzten Tagen zur Ausgestoßenen erklärt, wegen ihrer Reaktionen zur aktuellen "
           "Krise in...",
           "Israel: zwei Arabische Parteien werden von den Wahlen ausgeschlossen",
           "Am 10. Februar 2009 [en] finden in Israel Parlamentswahlen statt. Das zentrale Wahlkomitee stimmte kurz "
           "zuvor gegen die Teilnahme zweier palästinensischer (arabischer) Parteien an den Wahlen. In diesem Beitrag "
           "geht...",
           "Sri Lanka: Ein getöteter Journalist und viele offene Fragen",
           "Lasantha Wickrematunge, investigativer Journalist und Herausgeber des Sunday Leader wurde am Montag auf "
           "einem Friedhof in Colombo beigesetzt. Er wurde eine Woche zuvor am helllichten Tag auf seinem Weg zur..."],
    # a news agency's own wording is its own quote (ANNOTATION.md rule 12, NOTES.md); spelled as the page spells it
    quotes=[("“Blog-Hosting-Site, die aneckt”", "Associate Press")],
    aliases={"Associate Press": ["Associate Press"]})

add(id="ho-gv-kurzmeldungen-bermuda", title="Artikel vom Kurzmeldungen",
    url="http://de.globalvoicesonline.org/category/type/roundups/",
    retrieved="same address (stored index page of short news items; site header lines and the English block quote of the second item, cut off in the stored copy, dropped; the quoted passages that the page sets as block quotes without quotation marks are kept as their own lines and are not annotated)",
    license=GV,
    paras=["Bermuda: Wer ist der Mörder?",
           "Zwei bermudanische Blogger [en] stellen interessante Fragen über das Blutbad auf den Straßen des Landes und "
           "gehen sogar soweit, die Anzahl der Verkehrstoten als “Mord” zu bezeichnen. Da Verkehrsunfälle oft auf "
           "Alkoholkonsum zurückzuführen seien, fragen sie:",
           "And if it’s murder by alcohol, who’s the murderer?",
           "Is it all of us, in as much as a culture is all too often enabling of alcohol abuse and driving under the "
           "influence? Is it the alcohol companies who advertise and glamorize alcohol consumption? [...] Is it our "
           "parliamentarians who have not introduced better laws or provided the legislative structure for better "
           "approaches to alcohol and driving under the influence?",
           "Wenn der Mord durch Alkohol verursacht wurde, wer ist dann der Mörder?",
           "Sind es wir alle, da es oft eine Kultur ist, die Alkoholmissbrauch und das Fahren unter Alkoholeinfluss "
           "ermöglicht? Sind es die Alkohol produzierenden Unternehmen, die für Alkoholkonsum werben und ihn "
           "verherrlichen? [...] Sind es unsere Parlamentarier, die keine wirksamen Gesetze einführen oder eine "
           "gesetzgebende Struktur schaffen, die bessere Ansätze bezüglich Alkohol und Fahren unter Alkoholeinfluss "
           "anbieten?",
           "China: Inhaftierung eines Nachrichtenmoderators stimmt nachdenklich",
           "Alle Links in diesem Artikel führen zu englischsprachigen Webseiten.",
           "Die Verhaftung des CCTV Nachrichtenmoderators Rui Chenggang hing mit seinen Beziehungen zu dem "
           "PR-Unternehmen Edelman zusammen, das in China eine Tochtergesellschaft unterhält. Silicon Hutong nutzt diese "
           "Gelegenheit, um sich Gedanken über die chinesische Public-Relations-Branche zu machen:"],
    # a group speaker takes its head phrase (ANNOTATION.md rule 29)
    quotes=[("“Mord”", "bermudanische Blogger")],
    aliases={"bermudanische Blogger": ["bermudanische Blogger", "Zwei bermudanische Blogger"]})

# --- netzpolitik.org ---

add(id="ho-np-2024-05-17-mindeststrafen", title="17.05.2024 12:19",
    url="https://netzpolitik.org/ (article of 17.05.2024 on the lowered minimum penalties of § 184b StGB; stored copy: http://www.mpauli.de/netzwelt-org.php)",
    retrieved="http://www.mpauli.de/netzwelt-org.php (stored feed mirror of netzpolitik.org showing the article's date line, teaser and body; the mirror's header line 'legal contact rss' and feed name, the image description and credit, and the subheading 'Kinder, Eltern und Lehrkräfte als Angeklagte' with the paragraph cut off after it dropped)",
    license=NP,
    paras=["Wer sogenannte kinderpornografische Inhalte besitzt oder verbreitet, muss künftig nicht mehr angeklagt "
           "werden. Das ermöglicht ein niedrigeres Strafmaß. Dabei es geht nicht um die Verharmlosung sexualisierter "
           "Gewalt, sondern um diejenigen, die sich ohne kriminelle Absichten strafbar gemacht haben.",
           "Am Donnerstag hat der Bundestag beschlossen, die Mindeststrafen beim „Erwerb und Besitz "
           "kinderpornografischer Inhalte“ zu senken, dazu wird Paragraf 184b des Strafgesetzbuches angepasst. Bisher "
           "beträgt das Mindeststrafmaß mindestens ein Jahr Freiheitsstrafe. Fortan sollen es bei Besitz und Erwerb "
           "mindestens drei Monate, bei Verbreitung mindestens sechs Monaten sein.",
           "Der Begriff Kinderpornografie ist die juristische Bezeichnung aus dem Strafgesetzbuch. Er steht in der "
           "Kritik, da es bei den entsprechenden Taten nicht um Pornografie geht, sondern um Gewalt. Treffender für die "
           "Straftat wäre daher „Darstellungen sexualisierter Gewalt gegen Kinder“. Wir referenzieren den Begriff aus "
           "dem Strafgesetzbuch dennoch weiter dort, wo er für das Verständnis der juristischen Zusammenhänge "
           "erforderlich ist.",
           "Bei der Änderung des Straftatbestandes geht es nicht darum, Darstellungen sexualisierter Gewalt als weniger "
           "schwerwiegend zu beurteilen. Mit dem bisherigen Mindeststrafmaß, das erst vor drei Jahren erhöht worden "
           "war, gab es ein Problem: Verfahren konnten nicht mehr eingestellt werden, auch wenn die vermeintlichen "
           "Täter:innen nicht in pädokrimineller Weise handelten und es gerade nicht um die Verbreitung entsprechender "
           "Bild- und Videomaterialien ging."],
    # a legal term and the journalists' own preferred term: nobody's utterance (ANNOTATION.md rule 24)
    quotes=[("„Erwerb und Besitz kinderpornografischer Inhalte“", None),
            ("„Darstellungen sexualisierter Gewalt gegen Kinder“", None)],
    aliases={})

add(id="ho-np-2025-alterskontrollen-biber",
    title="Am Beispiel des BibersDie trügerische Sicherheit von Alterskontrollen im Netz",
    url="https://netzpolitik.org/2025/am-beispiel-des-bibers-die-truegerische-sicherheit-von-alterskontrollen-im-netz/",
    retrieved="same address (stored page; kicker and headline run together as stored; image description and credit dropped; the stored copy is cut off in its next paragraph, which is dropped)",
    license=NP,
    paras=["Alterskontrollen für alle lösen keine Probleme, sondern schaffen neue. Im Mittelpunkt vom "
           "Jugendmedienschutz sollte die Frage stehen, welche Informationsangebote den Bedürfnissen von Jugendlichen "
           "gerecht werden. Ein Essay.",
           "Dieser Beitrag erschien zuerst in der Zeitschrift mediendiskurs des Vereins Freiwillige Selbstkontrolle "
           "Fernsehen (FSF).",
           "Ende 2022 trägt eine Biberdame eine rosafarbene Plüschente durch einen Hausflur. Sie ist zu Gast in einer "
           "gemeinnützigen Auffangstation für bedürftige Biber im US-Bundesstaat Mississippi. Die Biberdame platziert "
           "die Plüschente neben dem Türrahmen auf einem Handtuch und drückt mit den Pfoten auf ihr herum, bis alles "
           "richtig sitzt. Wenig später zieht sie für den Bau ihres Dammes unter anderem raschelndes Geschenkpapier über "
           "die haselnussbraunen Dielen, einen kleinen Weihnachtsbaum, eine grobe Decke und einen Pantoffel. Sollte – "
           "entgegen aller Erwartungen – ein Fluss durch diesen Flur fließen: Der Damm stünde bereit.",
           "Millionen Menschen haben das Bauprojekt der Biberdame aus Mississippi verfolgt, im YouTube-Video „Rescue "
           "beaver makes Christmas dam in house“. Es verrät viel über den Umgang mit Bedürfnissen und Verboten – auch "
           "unter uns Menschen. Zu ihrem eigenen Schutz haben Menschen die Biberdame in die Auffangstation gebracht. Aber "
           "ihrem innersten Bedürfnis, Dämme zu bauen, darf sie dort weiter nachgehen.",
           "Gerade im Jahr 2025 ist die Debatte um Jugendmedienschutz vorwiegend von Verboten geprägt, weniger von "
           "Bedürfnissen. Im Gespräch ist vor allem ein Werkzeug, das Kinder und Jugendliche angeblich vor den "
           "vielfältigen Unwägbarkeiten im Netz bewahren soll: Alterskontrollen."],
    quotes=[("„Rescue beaver makes Christmas dam in house“", None)],
    aliases={})

add(id="ho-np-2023-kw37-innenministerium", title="Liebe Leser:innen,",
    url="https://netzpolitik.org/2023/kw-37-die-woche-als-uns-das-innenministerium-hinhielt/",
    retrieved="same address (stored page of September 2023; it begins with the salutation, which is the first line; the stored copy is cut off in its sixth paragraph, which is dropped)",
    license=NP,
    paras=["mein Blutdruck ist bis auf eine leichte Weißkittelhypertonie meistens ziemlich in Ordnung. Außer ich fühle "
           "mich zur Närrin gehalten, dann hat das die Wirkung eines vierfachen Espressos mit hundert Prozent "
           "Robusta-Bohnen. Diese Woche ging mir das so mit einer Presseanfrage ans Bundesinnenministerium.",
           "Es ging um die deutsche Position zur Chatkontrolle. Das Innenministerium führt in Brüssel die Verhandlungen "
           "im Rat, ist also die geeignete Ansprechpartnerin. Aus einem Positionspapier aus dem Februar wissen wir: Bei "
           "der deutschen Regierungsposition gab es noch einige klärungsbedürftige Punkte, denn vor allem Innen- und "
           "Justizministerium waren sich nicht ganz einig. Außerdem wissen wir: Einige Punkte aus der "
           "Chatkontrolle-Verordnung widersprechen deutlich der deutschen Position. Wir wissen auch: In zwei Wochen "
           "wollen die EU-Staaten in Brüssel über die Ratsposition abstimmen. Die Zeit ist also denkbar knapp. Ein guter "
           "Moment, nachzuhaken.",
           "Meine Fragen waren einfach: Sind die offenen Punkte geklärt? Mit welchem Ergebnis? Was ist, wenn die "
           "kritischen Punkte im Verordnungsentwurf sich nicht mehr ändern? Stimmt Deutschland dann mit „Nein“ oder "
           "enthält es sich?",
           "Für die Antwort habe ich dem Innenministerium 28 Stunden Zeit gegeben, bis 18 Uhr am Dienstag. Mehr als "
           "genug für Fragen, zu denen das Haus wohl nicht erst ausführlich in alten Akten aus dem Keller recherchieren "
           "muss. Natürlich war am Dienstag Abend keine Antwort da. Am Mittwoch morgen hatte ich dann eine E-Mail in "
           "meiner Inbox, die aber den Namen „Antwort“ nicht verdient. Zumindest nicht auf meine Fragen."],
    # a vote option the journalist names in her own question, and her own distancing quote: null (rules 4, 24)
    quotes=[("„Nein“", None),
            ("„Antwort“", None)],
    aliases={})
