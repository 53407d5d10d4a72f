# Tenth held-out German real-news set (tests/data/heldout10-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-63 and the tenth held-out rules 64 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, and by the
# distinctive quotation strings and names of every document against the texts of all sets: no hit). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut out
# of a paragraph with spans.cut.
# Sources: the Austrian Parliament (releases of its press service Parlamentskorrespondenz on parlament.gv.at, on the OTS
# press-release service and as reposted by the Österreich Journal), netzpolitik.org (CC BY-NC-SA 4.0), Global Voices auf Deutsch (CC BY 3.0; topic pages) and
# the German service of the press agency Pressenza (CC BY 4.0; tag pages). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import GV, NP, PK  # noqa: E402,F401

PZ = ("CC BY 4.0 (Pressenza - International Press Agency, German service; attribution: Pressenza and the named "
      "authors of the articles, see the URL)")
ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- the Austrian Parliament: Parlamentskorrespondenz (PK) ---

p1 = ("Wien (PK) – \"Wie oft ist man als Abgeordnete zu Hause?\" \"Was sagen die Kinder dazu, wenn die Mutter als "
      "Politikerin so oft unterwegs ist?\" \"Muss man als Abgeordnete auch an Feiertagen und am Abend arbeiten?\" "
      "\"Wird im Parlament viel gestritten?\" Das sind nur einige wenige Beispiele der zahlreichen und interessierten "
      "Fragen, die von den Teilnehmerinnen am heutigen Girls' Day an weibliche Abgeordnete gerichtet wurden.")
add(id="ho10-pk-2009-04-23-girls-day-fragen",
    title="Parlamentskorrespondenz Nr. 343 vom 23.04.2009",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0343",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline; the paragraph 'In der Diskussion standen den Mädchen Abgeordnete Gisela Wurm (S) …', "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Girls Day im Parlament",
           p1,
           "Der Girls' Day fand heuer zum dritten Mal im Parlament statt und 35 Mädchen im Alter von 10 bis 16 Jahren "
           "nahmen die Gelegenheit wahr, nicht nur in das Gebäude und die Arbeitswelt des Parlaments "
           "hineinzuschnuppern, sondern vor allem auch für Frauen untypische Tätigkeiten innerhalb der "
           "Parlamentsdirektion kennenzulernen. Die Mädchen trafen mit einer Kamerafrau des ORF-Stadtstudios zusammen "
           "sowie mit Technikerinnen und Sicherheitsbeamtinnen.",
           "Nationalratspräsidentin Barbara Prammer, die die jungen Gäste herzlich willkommen hieß, machte auch auf die "
           "Möglichkeit aufmerksam, Lehrling im Parlament zu werden. Bei den Lehrlingen hätten derzeit die Mädchen die "
           "Nase vorne, berichtete sie mit Zufriedenheit."],
    quotes=[("\"Wie oft ist man als Abgeordnete zu Hause?\"", "Teilnehmerinnen"),
            ("\"Was sagen die Kinder dazu, wenn die Mutter als Politikerin so oft unterwegs ist?\"", "Teilnehmerinnen"),
            ("\"Muss man als Abgeordnete auch an Feiertagen und am Abend arbeiten?\"", "Teilnehmerinnen"),
            ("\"Wird im Parlament viel gestritten?\"", "Teilnehmerinnen")],
    aliases={"Teilnehmerinnen": ["Teilnehmerinnen"]})

p1 = ("Wien (PK) - \"Weil ich heute Dinge über das Parlament lerne, die ich sonst nicht erfahre\", erzählt die "
      "dreizehnjährige Hannah über ihre Gründe, warum sie heute zusammen mit 24 anderen Mädchen am Girls' Day ins Hohe "
      "Haus gekommen ist. Die Neugier ist bereits am frühen Morgen sehr groß. Persönlich bei einer Nationalratssitzung "
      "dabei zu sein, die MinisterInnen und Abgeordneten mal nicht nur im Fernsehen oder in der Zeitung zu sehen und die "
      "Menschen hinter den Kulissen des Parlamentsbetriebs und des ORF-Stadtstudios kennenzulernen, das sind nicht nur "
      "für die dreizehnjährige Anna, die einmal Radiomoderatorin werden will, die Highlights am heutigen Aktionstag.")
p2 = ("Nationalratspräsidentin Barbara Prammer begrüßte gemeinsam mit Parlamentsdirektor Harald Dossi die Gäste und "
      "beschrieb das Parlament auch als großen Arbeitsgeber mit einer reichen Palette an Berufen für Frauen. Besonders "
      "die Parlamentsdirektion sei ein gutes Beispiel für ein Unternehmen mit frauenuntypischen Berufssparten, da es "
      "viele Mitarbeiterinnen im Haus gibt, die im juristischen, aber auch technischen und handwerklichen Bereich tätig "
      "sind. \"Niemand würde vermuten, dass im Haus auch Tischlerinnen arbeiten\", informierte Prammer die Schülerinnen "
      "und sprach mit ihnen über ihre Berufswünsche.")
add(id="ho10-pk-2013-04-25-girls-day-prammer",
    title="Girls' Day im Parlament",
    url="https://www.ots.at/presseaussendung/OTS_20130425_OTS0099/girls-day-im-parlament",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 25.04.2013; the "
              "stored copy's date prefix ' date 2018-03' before the headline dropped (rule 63); the subtitle and the "
              "subheading 'Viele Berufe im Parlament' kept as their own lines; the paragraph 'Das Parlament beteiligt "
              "sich bereits zum siebten Mal …', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Prammer begrüßt 25 Mädchen im Hohen Haus",
           p1, p2,
           "Viele Berufe im Parlament",
           "Dass es im Parlament Berufsperspektiven auch abseits des Mainstreams und die Möglichkeit gibt, zum Beispiel "
           "eine Lehre als Verwaltungsassistentin oder im elektrotechnischen Bereich zu beginnen, betonte ebenfalls "
           "Parlamentsdirektor Harald Dossi."],
    quotes=[("\"Weil ich heute Dinge über das Parlament lerne, die ich sonst nicht erfahre\"", "Hannah"),
            ("\"Niemand würde vermuten, dass im Haus auch Tischlerinnen arbeiten\"", "Barbara Prammer")],
    aliases={"Hannah": ["Hannah"],
             "Barbara Prammer": ["Barbara Prammer", "Prammer", "Nationalratspräsidentin Barbara Prammer",
                                 "Nationalratspräsidentin"]})

add(id="ho10-pk-2008-04-24-toechtertag",
    title="Töchtertag im Parlament Präsidentin Barbara Prammer begrüßt 32 Mädchen im Hohen Haus",
    url="https://www.ots.at/presseaussendung/OTS_20080424_OTS0359/toechtertag-im-parlament-praesidentin-barbara-prammer-begruesst-32-maedchen-im-hohen-haus",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 24.04.2008; the "
              "OTS lines '- 24.04.2008, 16:24:32', '- /' and '- OTS0359 OTW0359' above the headline dropped as "
              "furniture; the stored title runs headline and subtitle together and is kept so (rules 18, 48); the hard "
              "line breaks of the stored copy joined with a space inside each paragraph (rule 48), except after the "
              "hyphen of the name 'Belakowitsch-' / 'Jenewein', which is joined without one (rule 64); '(Schluss)' and "
              "the OTS contact block dropped (rule 48))",
    license=PK,
    paras=["Wien (PK) - Nicht jedes der 32 Mädchen, das im Rahmen des Töchtertages ins Parlament kam, will später "
           "einmal Politikerin werden. Aber das Parlament hat, was die Berufswelt betrifft, noch viel mehr zu bieten. "
           "Das ist unter anderen den Töchtern von Abgeordneten zum Nationalrat, Mitgliedern des Bundesrats sowie von "
           "MitarbeiterInnen der Klubs und der Parlamentsdirektion spätestens beim Besuch im Hohen Haus klar geworden.",
           "Nationalratspräsidentin Barbara Prammer begrüßte die Mädchen im Pressezentrum des Parlaments und ermutigte "
           "sie, bei der Berufswahl auch an frauenuntypische Berufe zu denken. Dies sei auch das Motiv dafür, dass sich "
           "das Parlament mit seinen unterschiedlichsten Arbeitsbereichen bereits zum zweiten Mal am Töchtertag "
           "beteiligt.",
           "Nach einer Führung durch das Haus durchströmten die Mädchen zahlreiche Abteilungen und staunten über die "
           "vielfältigen Arbeitswelten im Parlament. Sie lernten auch zahlreiche \"verborgene Schätze\" kennen, etwa "
           "die Brunnenstube unter der Pallas Athene, die in den Aufgabenbereich der Gebäudeverwaltung fällt, aber auch "
           "Schleusen- und Scanneranlagen der Sicherheit. Großen Spaß hatten sie auch in der Parlamentsredaktion des "
           "ORF, wo es Gelegenheit gab, die Arbeit von Redakteurin, Technikerin und Kamerafrau kennen zu lernen und "
           "auszuprobieren.",
           "Bei einer von Laura Rudas (S) geleiteten Diskussion stellten sich Brigid Weinzinger (G), Ursula Haubner "
           "(B), Dagmar Belakowitsch-Jenewein (F), Maria Rausch-Kallat (V) und Gisela Wurm (S) den Fragen. Es wurde "
           "eine heiße Diskussion über \"Frauen und Politik\", die erst durch den aufkommenden Hunger und die Aussicht "
           "auf ein Buffet in der Säulenhalle beendet wurde.",
           "Einige der Mädchen nutzten zum Schluss noch die Möglichkeit, der Debatte des Bundesrates zum EU-Vertrag "
           "zuzuhören."],
    quotes=[("\"verborgene Schätze\"", None),
            ("\"Frauen und Politik\"", None)],
    aliases={})

p1 = ("Wien (PK) - Kinder und Jugendliche - die Zukunft des Landes - waren einmal mehr Hauptzielgruppe und "
      "Themenschwerpunkt bei den Veranstaltungen im Parlamentsjahr 2008/09. In der Demokratiewerkstatt herrschte "
      "Hochbetrieb, neue Workshops wurden eröffnet, im Herbst und im Frühjahr tagten Jugendparlamente, unter anderem "
      "zum Kampf gegen Kinderarmut, ein Thema, dem auch ein Ideenwettbewerb galt. Mädchen besuchten das Hohe Haus am "
      "Girl's Day, Nationalratspräsidentin Barbara Prammer sprach mit Lehrlingen über Berufschancen und Weiterbildung "
      "und lud zur Jubiläumsveranstaltung  \"20 Jahre UN-Konvention über die Rechte des Kindes\".")
p2 = ("63.140 SchülerInnen zählten zu den mehr als 147.000 BesucherInnen des Parlaments und viele junge Menschen sah "
      "man auch unter den 91.000 BesucherInnen der \"Republikausstellung\" in der Säulenhalle, mächtiger Schlussakkord "
      "im \"Gedenkjahr 2008\", der in der Absicht weiterwirkt, eine neue, stärker gegenwarts- und zukunftsorientierte "
      "Gedenkkultur zu entwickeln. Dieses Bemühen drückte der Titel des \"Gedenktags gegen Gewalt und Rassismus\" im "
      "Mai 2009 programmatisch aus: \"Gedenken ist mehr als Erinnerung – Vom Begräbnis aller menschlichen Würde zur "
      "Unteilbarkeit der Menschenrechte\".")
add(id="ho10-pk-2009-07-13-jahresueberblick-veranstaltungen",
    title="Parlamentskorrespondenz Nr. 671 vom 13.07.2009",
    url="http://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0671",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the double space before the first quotation kept (rule "
              "20); the paragraph 'Viele Tagungen, Symposien und Buchpräsentationen fanden 2008/09 im Palais Epstein "
              "statt, …', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Zukunftsthemen prägen Veranstaltungen im Hohen Haus",
           "Jahresüberblick 2008/2009 zeigt vielfältiges Bild",
           p1, p2,
           "Runde Jahrestage boten Gelegenheit, markante Ereignisse der jüngeren Geschichte, die Erklärung der "
           "Menschenrechte, die Gründung des Europarats und seine Verdienste bei der Durchsetzung und beim Schutz von "
           "Menschenrechten, Rechtsstaatlichkeit und parlamentarischer Demokratie, die Einrichtung des Europäischen "
           "Gerichtshofs für Menschenrechte und die Überwindung des Eisernen Vorhangs zu reflektieren."],
    quotes=[("\"20 Jahre UN-Konvention über die Rechte des Kindes\"", None),
            ("\"Republikausstellung\"", None),
            ("\"Gedenkjahr 2008\"", None),
            ("\"Gedenktags gegen Gewalt und Rassismus\"", None),
            (cut(p2, "\"Gedenken ist", "Menschenrechte\""), None)],
    aliases={})

add(id="ho10-pk-2011-03-01-rechnungshof-einkommensschere",
    title="Parlamentskorrespondenz Nr. 195 vom 01.03.2011",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK0195/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the double space in 'dem Bericht  über' kept (rule 20); "
              "the paragraph 'Abgeordnete Dorothea SCHITTENHELM (V) sprach ebenfalls …', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Rechnungshofberichte im Plenum - Einkommensschere noch weit offen",
           "Keine Mehrheit für Grasser-Untersuchungsausschuss",
           "Wien (PK) – Am Ende eines langen Sitzungstages wandten sich die Abgeordneten Berichten des Rechnungshofs zu. "
           "Zunächst dem Bericht  über die durchschnittlichen Einkommen in den Jahren 2008 und 2009 (III-189 d.B.), der "
           "zeigt, dass die Einkommensschere zwischen Frauen und Männern nach wie vor weit offen steht, dass niedrige "
           "Einkommen sinken, während hohe Einkommen weiter steigen und die Einkünfte der PensionistInnen stärker "
           "zunehmen als jene der Aktiven.",
           "Abgeordnete Ruth BECHER (S) erinnerte daran, dass wichtige frauenpolitische Forderungen zwar umgesetzt "
           "seien, das gelte aber nicht für den Grundsatz \"gleiches Einkommen für gleichwertige Arbeit\". Der "
           "Rechnungshofbericht zeige, dass es zu keiner Verbesserung der relativen Fraueneinkommen gekommen sei. Das "
           "sei eine unbefriedigende Situation. In der Privatwirtschaft verdienten weibliche Angestellte gerade die "
           "Hälfte der Männereinkommen, Arbeiterinnen noch weniger. Es bestehe daher politischer Handlungsbedarf. Es "
           "müssten daher Anreizsysteme geschaffen werden. Die höhere Einkommenstransparenz sei ein Schritt zu mehr "
           "Einkommensgerechtigkeit, zeigte sich Becher überzeugt."],
    quotes=[("\"gleiches Einkommen für gleichwertige Arbeit\"", None)],
    aliases={})

p1 = ("Wien (PK) - \"Ich will eine gute, eine faire und überparteilich agierende Präsidentin sein\", sagte die neu "
      "gewählte Nationalratspräsidentin Doris Bures heute in ihrer Antrittsrede, in der sie ihre ersten Worte Barbara "
      "Prammer widmete. Mit ihrer Amtsführung sei es Prammer gelungen, Überparteilichkeit mit einer klaren politischen "
      "Haltung zu verbinden, würdigte Bures die verstorbene Nationalratspräsidentin.")
p2 = ("In einem Rückblick erinnerte Bures an ihren ersten Tag als Abgeordnete im Parlament, dessen Aufgabe sie als eine "
      "der Jüngsten schon damals mit Respekt und Stolz begegnete. Heute, 24 Jahre später, sei es eine große Ehre und "
      "Auszeichnung, nun als neu gewählte Präsidentin im Nationalrat sprechen zu dürfen. Seit ihren Anfängen im Hohen "
      "Haus habe sich jedoch vieles zum Positiven verändert, hielt Bures fest und lenkte ihren Blick auf die Europäische "
      "Union, in deren Mitte Österreich gerückt sei. Die Politik stehe vor der Herausforderung, steigende "
      "Arbeitslosigkeit bei knapper werdenden Budgets wirksam zu bekämpfen und die Schere zwischen Arm und Reich zu "
      "verkleinern. Außerdem gelte es, der Jugend echte Perspektiven und das Rüstzeug für ein selbstbestimmtes und "
      "erfülltes Leben zu geben. \"Es geht um nicht weniger als um den Zusammenhalt in Europa und den Zusammenhalt in "
      "unserer Gesellschaft. Es geht um Gerechtigkeit!\", so Bures.")
add(id="ho10-pk-2014-09-02-bures-antrittsrede",
    title="Parlamentskorrespondenz Nr. 776 vom 02.09.2014",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0776/",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the paragraph 'Eingehend unterstrich die neu gewählte "
              "Nationalratspräsidentin außerdem die Rolle des Parlaments …', cut off in the stored copy, dropped (rule "
              "15))",
    license=PK,
    paras=["Bures: Wünsche mir offenes, lebendiges und arbeitendes Parlament",
           "Bereitschaft zum Kompromiss wichtig für das Wesen der Demokratie",
           p1, p2],
    quotes=[("\"Ich will eine gute, eine faire und überparteilich agierende Präsidentin sein\"", "Doris Bures"),
            (cut(p2, "\"Es geht um nicht", "Gerechtigkeit!\""), "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Bures"]})

p1 = ("Wien (pk) -\"Dieses Haus ist unser Anker\", klang es auch am 13.07. ein bisschen wehmütig aus dem Mund von "
      "Nationalratspräsidentin Doris Bures angesichts der kommenden Generalsanierung des Parlamentsgebäudes in ihrer "
      "Abschlussrede an die Abgeordneten. Selbstverständlich müsse die Demokratie im Geist und im Herzen der Menschen "
      "verankert sein, um zu leben - und sie sei es heute auch, so Bures. Aber wie jede abstrakte Idee brauche auch die "
      "Demokratie einen physischen Anker, \"den man sehen und hören, riechen und anfassen kann\".")
p2 = ("Der nunmehr mit großer Mehrheit gefasste Beschluss, die XXV. Gesetzgebungsperiode vorzeitig zu beenden und damit "
      "den Weg für Neuwahlen frei zu machen, sowie die letzte reguläre Sitzung der Tagung 2016/17, bevor der Nationalrat "
      "in die Hofburg für die Zeit der Sanierung übersiedelt, ist daher, wie die Präsidentin betonte, auch \"kein Ende "
      "wie jedes Jahr vor Beginn der tagungsfreien Zeit, sondern ein außergewöhnliches Ende\".")
p3 = ("Unser Parlamentarismus sei zwar nicht an ein Haus gebunden, er sei aber mit dem Haus am Ring verbunden, stellte "
      "sie fest. Die Entfernung von 750 Metern zur Hofburg sei nicht groß, aber ein großer Schritt in der Geschichte der "
      "Republik. Denn zum ersten Mal werden Gesetze im Nationalrat ab Herbst außerhalb dieses Hauses beschlossen, "
      "erinnerte Bures an den 29. April vor 72 Jahren, als der frisch angelobte Staatskanzler Karl Renner vom Rathaus "
      "zum Parlament spazierte, um die Wiedergeburt der Republik Österreich zu verkünden. Damals versprach er, das durch "
      "Bomben und Brand stark beschädigte Gebäude \"zum herrlichen griechischen Tempel der Freiheit neu einzuweihen\". "
      "Nun gehe man daran, das Haus fit für die Zukunft zu machen und für kommende Generationen zu bewahren, sagte Bures.")
add(id="ho10-pk-2017-07-13-bures-abschlussrede-anker",
    title="Bures: Parlamentsgebäude ist physischer Anker unserer Demokratie",
    url="http://www.oe-journal.at/Aktuelles/!2017/0717/W2/21407pkBures.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of Doris Bures's closing speech of 13.07.2017, dateline "
              "'Wien (pk)', as reposted by the Österreich Journal (rule 31); the headline, which the stored copy breaks "
              "after 'ist', joined with one space; the empty line and the repost's date lines 'erstellt am' / '14. 07. "
              "17' / '13:00 MEZ' dropped as furniture; the subtitle kept as its own line; the published dash without a "
              "space before the opening mark ('Wien (pk) -\"Dieses') kept (rule 20); the subheading 'Bures appelliert an Vorbildwirkung der …', cut "
              "off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Appell vor der Wahlauseinandersetzung, die Vorbildwirkung als PolitikerIn nicht zu vergessen",
           p1, p2, p3],
    quotes=[("\"Dieses Haus ist unser Anker\"", "Doris Bures"),
            ("\"den man sehen und hören, riechen und anfassen kann\"", "Doris Bures"),
            (cut(p2, "\"kein Ende", "Ende\""), "Doris Bures"),
            ("\"zum herrlichen griechischen Tempel der Freiheit neu einzuweihen\"", "Karl Renner")],
    aliases={"Doris Bures": ["Doris Bures", "Bures", "Nationalratspräsidentin Doris Bures", "Präsidentin"],
             "Karl Renner": ["Karl Renner", "Staatskanzler Karl Renner"]})

# --- netzpolitik.org ---

add(id="ho10-np-2012-02-acta-petition-interview",
    title="#ACTA: „Auf die Idee brachte mich mein 15-jähriger Sohn“",
    url="https://netzpolitik.org/2012/acta-auf-die-idee-brachte-mich-mein-15-jahriger-sohn/",
    retrieved="same address (stored page of February 2012; headline, teaser and the quoted interview excerpt, whose "
              "question and answer the page sets without quotation marks (rule 23); the donation box and the comment "
              "counter dropped (rule 52); complete as stored)",
    license=NP,
    paras=["Gestern ist die ACTA-Petition beim Deutschen Bundestag über die symbolische Marke von 50.000 Mitzeichnern "
           "gesprungen. Jetzt.de hat daraufhin ein Interview mit dem Petitionssteller Herbert Bredthauer gemacht: „So "
           "große Resonanz hatte ich nicht erwartet“.",
           "Wie kam es zu dieser Petition?",
           "Auf die Idee brachte mich mein 15-jähriger Sohn, der über seine sozialen Netzwerke auf ACTA kam und mir "
           "sagte, dass wir da unbedingt was tun müssten. Wir haben lange darüber gesprochen, und weil wir nicht zur "
           "Demo konnten, schaute ich nach, ob es sonst noch Handlungsmöglichkeiten gab. Gab es nicht. Also habe ich in "
           "der Nacht vom neunten auf den zehnten Februar eine Petition geschrieben."],
    quotes=[("„Auf die Idee brachte mich mein 15-jähriger Sohn“", "Herbert Bredthauer"),
            ("„So große Resonanz hatte ich nicht erwartet“", "Herbert Bredthauer")],
    aliases={"Herbert Bredthauer": ["Herbert Bredthauer", "Petitionssteller Herbert Bredthauer"]})

p3 = ("Der CDU-Politiker aus Hameln in Westfalen steuerte die Urheberrechtsreform durch das EU-Parlament. Mit seinem "
      "vehementen Einsatz für Uploadfilter machte er sich in großen Teilen der Netzgemeinde zur laut Medien "
      "„meistgehassten Figur des Internets“. Voss ging äußerst uneinsichtig mit Kritik am neuen Urheberrecht um. Das "
      "dürfte auch dazu beigetragen haben, dass die CDU bei der Europawahl im Mai ein sattes Minus von sechs Prozent "
      "einfuhr.")
add(id="ho10-np-2019-07-netzpolitik-im-neuen-eu-parlament", title=None,
    url="https://netzpolitik.org/2019/cyber-daten-und-kuenstliche-intelligenz-wer-macht-die-netzpolitik-im-neuen-eu-parlament/",
    retrieved="same address (stored page of July 2019; the stored copy's date prefix ' date 2019-07' dropped (rule 63); it "
              "begins with the body, without headline, so its first paragraph is the first line (rule 32); the "
              "subheadings 'Axel Voss, CDU' and 'Alexandra Geese, Grüne' kept as their own lines; the block quote after "
              "'Sie schrieb uns:' ('Digitalisierung muss eine offene …'), cut off in the stored copy, dropped (rules "
              "15, 17))",
    license=NP,
    paras=["Das neue Europaparlament, das heute zum ersten Mal zusammentritt, steht vor wichtigen Entscheidungen: Sei es "
           "Datenschutz, staatlicher Zugriff auf Cloud-Konten oder neue Haftungsregeln für das Internet – überall kommt "
           "dem Parlament eine zentrale Rolle zu. Wer sind die Abgeordneten aus Deutschland und den anderen EU-Staaten, "
           "die bei den netzpolitischen Weichenstellungen der nächsten Jahre mitmischen? Wir haben eine Liste mit "
           "Schlüsselfiguren zusammengestellt.",
           "Axel Voss, CDU",
           p3,
           "Über welchen Teil des Internets Voss in den kommenden fünf Jahren Unheil bringen will, ist noch nicht "
           "bekannt. Auf Anfrage von netzpolitik.org wollte er keine Fragen beantworten. Mit Voss als Digitalpolitiker "
           "müssen wir aber fürs Erste weiterhin rechnen.",
           "Alexandra Geese, Grüne",
           "Die Grüne aus Bonn zieht nach dem starken Abschneiden der Grünen bei der Wahl ins Europaparlament ein. Dort "
           "tritt sie in große Fußstapfen: In der vergangenen Legislaturperiode wurde ihr Parteikollege Jan Philipp "
           "Albrecht zum „Vater“ der Datenschutzgrundverordnung. Geese, die bereits als Übersetzerin im Europäischen "
           "Parlament gearbeitet hat, möchte sich ebenfalls für Freiheitsrechte im digitalen Raum einsetzen.",
           "Als Beispiel nannte Geese gegenüber netzpolitik.org die Bereiche Künstliche Intelligenz und Transparenz von "
           "Algorithmen. Sie schrieb uns:"],
    quotes=[("„meistgehassten Figur des Internets“", "Medien"),
            ("„Vater“", None)],
    aliases={"Medien": ["Medien"]})

add(id="ho10-np-2017-rog-netzdg-schnellschuss", title=None,
    url="https://netzpolitik.org/2017/hate-speech-gesetz-lokalzeitungen-sehen-meinungsfreiheit-bedroht/",
    retrieved="same address (stored page of 2017; the stored copy holds one paragraph, without headline, which is "
              "the first line (rule 32); its published ending '[…]' after 'sagte ROG-Geschäftsführer' kept (rules 19, "
              "20))",
    license=NP,
    paras=["Die Journalistenorganisation Reporter ohne Grenzen warnt bezüglich des Netzwerkdurchsetzungsgesetzes „vor "
           "einem gefährlichen Schnellschuss, der das Grundrecht auf Presse- und Meinungsfreiheit massiv beschädigen "
           "könnte“. Das Gesetz soll am kommenden Freitag in erster Lesung im Bundestag behandelt werden. Weiter heißt "
           "es in der Pressemitteilung: „Dieses Gesetz macht Mitarbeiter sozialer Netzwerke zu Richtern über die "
           "Meinungsfreiheit“, sagte ROG-Geschäftsführer […]"],
    quotes=[("„vor einem gefährlichen Schnellschuss, der das Grundrecht auf Presse- und Meinungsfreiheit massiv "
             "beschädigen könnte“", "Reporter ohne Grenzen"),
            ("„Dieses Gesetz macht Mitarbeiter sozialer Netzwerke zu Richtern über die Meinungsfreiheit“",
             "Geschäftsführer")],
    aliases={"Reporter ohne Grenzen": ["Reporter ohne Grenzen", "Journalistenorganisation Reporter ohne Grenzen"],
             "Geschäftsführer": ["Geschäftsführer"]})

# --- Global Voices auf Deutsch ---

add(id="ho10-gv-2012-06-regierung",
    title="Artikel über Regierung vom Juni, 2012",
    url="https://de.globalvoices.org/category/topics/governance/?m=201206",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the teaser "
              "with its published '...' (rule 19); the bracketed language tag '[uk]' kept (rule 20); the last item "
              "(headline 'Turkmenistan: Ein Präsident mit Rekordlust und Karateschlag' and its teaser, cut off in the "
              "stored copy) dropped)",
    license=GV,
    paras=["Belarus: Blogger über die Situation im Land",
           "Aktuelle Beiträge belarussischer Blogger über die Situation in ihrem Land, und wie es sich anfühlt, dort zu "
           "leben.",
           "Bulgarien: Demonstrationen in Sofia gegen das Waldgesetz",
           "Zwei Tage lang legten Demonstrationen gegen die Änderung des Waldgesetzes den Verkehr in Sofia lahm. Die "
           "dritte Kundgebung ist für den 15. Juni geplant.",
           "Über die Gewalt in West-Myanmar",
           "Im Zuge der ethnisch motivierten Gewalt im Rakhaing-Staat im Westen von Myanmar wurden Dutzende getötet, "
           "mehr als zweitausend Häuser niedergebrannt und dreißigtausend Bewohner vertrieben. Wer ist verantwortlich "
           "für diese Morde? Wie wurde das Internet benutzt, um Hass und Rassismus zu verbreiten? Was sind die "
           "Sichtweisen von gewöhnlichen Bürgern auf diese komplizierte Angelegenheit?",
           "Saudi Arabien: Reaktionen auf Nayefs Tod",
           "Gestern wurde der Tod von Saudi Arabiens Kronprinz und Innenminister Nayef bin Abdulaziz Al Saud bekannt "
           "gegeben. Er wurde 78 Jahre alt. Netzbürger reagierten auf die Neuigkeit.",
           "Spanien: “Besetzung” der Banken auf den Straßen und im Netz",
           "Die Kosten der Rettung von Bankia könnten eine Höhe von 23 Milliarden Euro erreichen. Trotzdem scheinen die "
           "regierenden Politiker und Geschäftsführer der Bank kein Interesse daran zu haben, die Verantwortlichen zur "
           "Rechenschaft zu ziehen und den Menschen die Gründe für die Krise zu erklären. Angesichts dessen sind die "
           "Spanier in Aktion getreten. Schon seit Beginn der Krise ist es Zeit für Initiativen der Bevölkerung im Netz "
           "und in den Straßen.",
           "Ukraine: Roma-Camp in Kiew niedergebrannt",
           "Das Informationszentrum für Menschenrechte hat auf seiner Facebookseite einen Bildbericht [uk] über die "
           "Vernichtung eines Roma-Camps in Kiew veröffentlicht. Im Camp lebten ungefähr siebzig Roma, die meisten "
           "davon Kinder, bis..."],
    quotes=[("“Besetzung”", None)],
    aliases={})

add(id="ho10-gv-2015-11-umwelt",
    title="Artikel über Umwelt vom November, 2015",
    url="https://de.globalvoices.org/category/topics/environment/?m=201511",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them (rule 19); "
              "complete as stored)",
    license=GV,
    paras=["Was drei nordafrikanische Aktivistinnen und Aktivisten über den Klimawandel zu sagen haben",
           "Angesichts des steigenden Meeresspiegels und der fortschreitenden Wüstenbildung ist Nordafrika in einer "
           "gefährlichen Lage. Vor diesem Hintergrund sprechen drei Aktivistinnen und Aktivisten aus Tunesien, Marokko "
           "und Ägypten über den Klimawandel.",
           "Diese Gemälde illustrieren den Kampf indigener Völker der Philippinen gegen Ausbeutung",
           "Auf den Philippinen leben schätzungsweise 14 Angehörige indigener Völker. Die Mehrheit dieser lebt in "
           "abgeschiedenen Dörfern und wird dort bedroht durch destruktiven Bergbau sowie aggressive Erschließung und "
           "Militarisierung ihrer Gebiete.",
           "Schnee liegt nicht auf den Seen von Bangalore, dafür aber giftiger Abfall-Schaum",
           "Der Schaum in Indiens Großstadt Bangalore entsteht zum größten Teil im Bellandur See. Schon seit langem "
           "werden in den See ungeklärte Abwasser und Chemieabfälle gepumpt, ohne dass man sich um eine effektive "
           "Wasseraufbereitung kümmerte.",
           "Die libanesische Hauptstadt ertrinkt im Müll",
           "Im Libanon hat es geregnet und Beiruts Müll, der sich monatelang an den Straßenrändern aufgetürmt hatte, "
           "hat die Straßen der Hauptstadt in \"Flüsse aus Müll\" verwandelt. Die Angst vor einer Cholera-Epidemie "
           "erscheint deswegen nicht unbegründet."],
    quotes=[("\"Flüsse aus Müll\"", None)],
    aliases={})

# --- Pressenza (German service) ---

add(id="ho10-pz-tag-starke-frauen",
    title="Starke Frauen",
    url="https://www.pressenza.com/de/tag/starke-frauen/",
    retrieved="same address (stored tag page: the tag name, then headline and teaser of each article as the page shows "
              "them, the teasers with their published '…' (rule 19); complete as stored)",
    license=PZ,
    paras=["Frauen übernehmen die Verantwortung während COVID-19",
           "Da das COVID-19-Chaos in den meisten Ländern andauert, ist die Rolle von Müttern, Töchtern und Betreuerinnen "
           "am stärksten betroffen. Sie kümmern sich nicht nur um den Haushalt und die Kinder, die zu Hause "
           "unterrichtet werden, sondern arbeiten auch an vorderster…",
           "Die Donnervogelfrau greift ein",
           "Die indianische Aktivistin Winona LaDuke hat die Schauplätze im Blick, auf denen indianische Rechte und die "
           "Rechte der Erde verletzt werden. Wo ist Winona? Eine Frage, die zu ihren „besonderen Merkmalen“ gehört. "
           "Denn Winona LaDuke ist selten da, wo man…",
           "Mit Menschlichkeit die Menschlichkeit der anderen wecken",
           "„Armut und Angst vor einem frühzeitigen Schulabgang haben meine Jugend gezeichnet“, schreibt Sumaya "
           "Farhat-Naser in ihrer Autobiografie „Thymian und Steine“ über ihr Leben im palästinensischen Birzeit. "
           "Trotzdem entschied sie sich nach Studium und Promotion in Hamburg, in ihre alte Heimat…",
           "Rumänien: Romnija sind in der Gesellschaft unsichtbar",
           "Sie spielt an gegen Stereotypisierungen, aber auch gegen Missstände innerhalb der eigenen Gemeinschaft – die "
           "feministische Theatergruppe Giuvlipen aus Bukarest, in der sich Roma-Frauen, Romnija genannt, 2014 "
           "zusammengeschlossen haben. Die Initiatorinnen haben sich zum Ziel gesetzt, Theater mit und für…"],
    quotes=[("„besonderen Merkmalen“", None),
            ("„Armut und Angst vor einem frühzeitigen Schulabgang haben meine Jugend gezeichnet“", "Sumaya Farhat-Naser"),
            ("„Thymian und Steine“", None)],
    aliases={"Sumaya Farhat-Naser": ["Sumaya Farhat-Naser"]})

add(id="ho10-pz-tag-solidaritaet-seite-6",
    title="Solidarität",
    url="https://www.pressenza.com/de/tag/solidaritat/page/6",
    retrieved="same address (stored tag page: the site's 'Mastodon' link line dropped as furniture; the tag name, then "
              "headline and teaser of each article as the page shows them, the teasers with their published '…' (rule "
              "19); the published 'zu zu sichern' kept (rule 20); the last item (headline '»Afghanistan ist für mich ein "
              "kaputter Traum. Deutschland ist meine zweite Heimat«' and its teaser 'Hemat floh als 15-Jähriger …', cut "
              "off in the stored copy) dropped)",
    license=PZ,
    paras=["Wir stechen in See, um wieder menschlich zu werden – Logbuch der Global Sumud Flotilla",
           "Lucio, Manfredo und Stefano befinden sich an Bord der Schiffe der Flotilla und werden für Pressenza über "
           "ihr Abenteuer berichten. Dies ist ihr erstes Logbuch. Die gesamte Redaktion wünscht ihnen eine gute Fahrt. "
           "Eine Flutwelle der Menschlichkeit bricht gerade los,…",
           "Kölner Polizei führt Krieg gegen Kriegsgegner:innen – Erklärungen, Kommentare – Konsequenzen?",
           "Wir berichteten ausführlich über die Ereignisse und maßlosen polizeilichen Übergriffe auf der "
           "Schlussparade von „Rheinmetall-Entwaffnen“ in Köln. Wir publizieren aus mehreren Stellungnahmen, um die "
           "Ereignisse weiter zu beleuchten. Vor Ort in Köln ist Beweismaterial zu zu sichern! Wir wollen Wahrheit!…",
           "Die Global Flotilla Sumud legt von Barcelona aus in Richtung Gaza ab",
           "„Wenn die Welt stillsteht, legen wir ab.“ Der Moll de la Fusta in Barcelona war drei Tage lang das Zentrum "
           "der internationalen Solidarität, mit Veranstaltungen, Konferenzen, Workshops und Konzerten zur "
           "Unterstützung der Global Sumud Flotilla, der bis dato ehrgeizigsten zivilen…",
           "»Hofheim ist meine Heimat, hier kenne ich jeden Stein, jede Ecke, jeden Baum«",
           "Ramin Mohabat (36) kommt aus Afghanistan. 2015 ist der Journalist nach Deutschland geflohen. Wir treffen "
           "ihn in einem Café in der Hofheimer Altstadt. Während unseres Interviews winkt er vielen Menschen, die "
           "vorbeigehen, lächelt Bekannten zu. Schnell wird klar: Vor uns…",
           "50.000 Menschen in Genua verabschieden die Global-Sumud-Flotilla nach Gaza",
           "Am Samstag war ein aufregender Tag in Genua mit einem großen Fest, das am Nachmittag im Hauptquartier von "
           "Music for Peace begann. Das Hauptquartier ist einer der Sammelpunkte für die 300 Tonnen Hilfsgüter, die von "
           "den Einwohner:innen Genuas und aus…"],
    quotes=[("„Rheinmetall-Entwaffnen“", None),
            ("„Wenn die Welt stillsteht, legen wir ab.“", None),
            ("»Hofheim ist meine Heimat, hier kenne ich jeden Stein, jede Ecke, jeden Baum«", "Ramin Mohabat")],
    aliases={"Ramin Mohabat": ["Ramin Mohabat"]})
