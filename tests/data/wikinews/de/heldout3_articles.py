# Third held-out German real-news set (tests/data/heldout3-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-40 and the third held-out rules 41-45). None of these pages is in wikinews-de, eucom-de,
# opennews-de, heldout-de or heldout2-de (checked by URL and by 60-character text windows). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut
# out of a paragraph with spans.cut.
# Sources: news of the European Commission and its Representation in Germany (CC BY 4.0 / Commission reuse policy),
# one newsletter of the European Parliament's liaison office in Germany (reproduction authorised with the source
# acknowledged), Global Voices auf Deutsch (CC BY 3.0), netzpolitik.org (CC BY-NC-SA 4.0), and the Austrian
# Parliament's press service "Parlamentskorrespondenz" (reproduction for non-commercial purposes permitted with the
# source stated), see each document's license and retrieved note.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import EP, EU, GV, NP, PK  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- news of the European Commission and its Representation in Germany ---

p2 = ("„Kooperation mit Frankreich heißt aber nicht: Berlin diktiert, alle anderen folgen“, sagte Oettinger. „In der "
      "Mitte muss man sich treffen. Man kann nicht bei der Verteidigung, Binnenmarkt, Währungsunion hundert Prozent "
      "deutsche Positionen einfordern. Im Team muss man kompromissbereit sein“, so Oettinger weiter über die "
      "Erwartungen in der Europäischen Union an Deutschland nach der Bundestagswahl.")
add(id="ho3-eucom-2017-09-11-oettinger-spaetsommerempfang",
    title="Oettinger in Berlin vor Juncker-Rede zur Lage der Union: Nächste Bundesregierung sollte Vertiefung Europas "
          "voranbringen",
    url="https://germany.representation.ec.europa.eu/news/oettinger-berlin-vor-juncker-rede-zur-lage-der-union-nachste-bundesregierung-sollte-vertiefung-2017-09-11_de",
    retrieved="same address with the suffix _hr (stored page of 11.09.2017; the page header lines 'Zum Hauptinhalt', "
              "'Vertretung in Deutschland', 'Presseartikel11. September 2017…Lesedauer: 1 Min' and the image caption "
              "'Oettinger und Kühnel in Berlin' dropped; the teaser keeps its published '...'; the stored copy is cut "
              "off in its last paragraph (the Kühnel quotation), which is dropped)",
    license=EU,
    paras=["Zwei Tage vor der Rede von Jean-Claude Juncker zur Lage der Union in Straßburg haben EU-Kommissar Günther "
           "Oettinger und der Vertreter der Europäischen Kommission in Deutschland, Richard Kühnel, das politische "
           "Berlin bei einem Spätsommerempfang heute...",
           p2,
           "Am Mittwoch, den 13. September 2017 wird Kommissionspräsident Juncker ab 9 Uhr seine Rede zur Lage der "
           "Union vor dem Europäischen Parlament halten. Die Rede wird live bei Phoenix und Europe by Satellite "
           "übertragen. Präsident Juncker wird die Ideen aufgreifen, die in der nach dem Brexit-Votum breit angelegten "
           "Debatte über die Zukunft Europas (#FutureofEurope) mit Bürgerinnen und Bürgern, dem Europäischen "
           "Parlament, den nationalen Parlamenten, lokalen und regionalen Behörden und der gesamten Zivilgesellschaft "
           "zur Sprache gebracht wurden. Auf dieser Grundlage wird er seine persönlichen Vorstellungen zur Zukunft "
           "Europas sowie seine Prioritäten für das kommende Jahr darlegen."],
    quotes=[(cut(p2, "„Kooperation", "folgen“"), "Günther Oettinger"),
            (cut(p2, "„In der Mitte", "sein“"), "Günther Oettinger")],
    aliases={"Günther Oettinger": ["Günther Oettinger", "Oettinger"]})

p1 = ("Bei einer lebhaften Diskussion in der Schule um aktuelle Themen wie TTIP, Flüchtlingskrise oder das anstehende "
      "britische Referendum sagte Kühnel: „Ich glaube nicht, dass es richtig ist, Populisten nachzulaufen und selbst "
      "populistisch zu werden. Es ist wichtig, Kurs zu halten.“")
p2 = ("An die Nominierten bei der Europaurkundenverleihung gerichtet sagte Kühnel: „Wir danken Ihnen von ganzem Herzen "
      "für Ihr Engagement. Sie leben die Ideale und Werte der Europäischen Union. Sie leben Europa und sind ein Vorbild "
      "für uns alle.“")
p3 = ("Pienky dankte Kühnel für seine Unterstützung und würdigte auch die deutsch-polnische Zusammenarbeit an der Oder, "
      "die in diesem Jahr ihr 25-jähriges Jubiläum feiert: „Von Schwedt aus sind es nur wenige Minuten bis nach Polen "
      "und hier sehen wir ganz konkret, was ein vereintes und friedliches Europa bedeutet“, sagte der Staatssekretär.")
add(id="ho3-eucom-2016-05-04-kuehnel-schwedt", title=None,
    url="https://germany.representation.ec.europa.eu/news/richard-kuhnel-zu-schulbesuch-und-verleihung-der-europaurkunde-schwedtoder-2016-05-04_de",
    retrieved="same address with the suffix _nl (the stored copy begins inside the article, without headline and "
              "without the paragraph that introduces Richard Kühnel and the state secretary Pienky; no title is "
              "invented, rule 32; press contact, visitor-centre line and page details dropped)",
    license=EU,
    paras=[p1, p2, p3,
           "Im Rahmen des EU-Schulprojekttages rund um den Europatag am 9. Mai besuchen seit 2007, als Deutschland die "
           "EU-Ratspräsidentschaft innehatte, Vertreter der Bundesregierung und der EU-Institutionen Schulen in ganz "
           "Deutschland, um mit den Schülerinnen und Schülern über aktuelle europapolitische Themen zu diskutieren. So "
           "war Bundeskanzlerin Angela Merkel gestern im Französischen Gymnasium in Berlin. Mit der Europaurkunde "
           "werden Bürgerinnen und Bürger ausgezeichnet, die sich um die europäische Integration Brandenburgs verdient "
           "gemacht haben."],
    quotes=[(cut(p1, "„Ich glaube", "halten.“"), "Kühnel"),
            (cut(p2, "„Wir danken", "alle.“"), "Kühnel"),
            (cut(p3, "„Von Schwedt", "bedeutet“"), "Pienky")],
    # only the surname is in the stored text (rule 7); 'der Staatssekretär' refers to Pienky (rule 30)
    aliases={"Kühnel": ["Kühnel"], "Pienky": ["Pienky", "Staatssekretär"]})

p1 = ("(29.11.2016) – Bei einer lebendigen Diskussion mit Schülerinnen und Schülern des Hermann-Böse-Gymnasiums in "
      "Bremen rief Kühnel am Morgen zum gemeinsamen Einsatz für die europäische Idee auf. „Wir müssen vermitteln, dass "
      "Europa mehr ist als eine Soll/Haben-Rechnung. Ja, Europa ist die Antwort auf den Weltkrieg und Uneinigkeit. Aber "
      "Europa ist mehr, nämlich unser Instrument zur Gestaltung der Zukunft“, sagte Kühnel im Gespräch mit den jungen "
      "Leuten. An der Fish-Bowl-Diskussion mit rund 60 Schülerinnen und Schülern nahm auch die Bevollmächtigte Bremens "
      "beim Bund, für Europa und Entwicklungszusammenarbeit, Staatsrätin Ulrike Hiller, teil.")
add(id="ho3-eucom-2016-11-29-kuehnel-bremen", title=None,
    url="https://germany.representation.ec.europa.eu/news/bremen-kommissionsvertreter-kuhnel-trifft-schuler-und-politiker-2016-11-29_de",
    retrieved="same address with ?prefLang=cs (the stored copy begins at the dated paragraph, without headline; no title "
              "is invented, rule 32; 'Weitere Informationen', press contact, visitor-centre line and page details "
              "dropped)",
    license=EU,
    paras=[p1,
           "Medienvertreter sind zu einem Fototermin inkl. kurzer Statements vor dem Besuch beim Präsidenten des "
           "Senats, Bürgermeister Dr. Carsten Sieling, um 16:30 Uhr ins Bremer Rathaus (Wandelhalle, 1. Stock) "
           "eingeladen."],
    quotes=[(cut(p1, "„Wir müssen", "Zukunft“"), "Kühnel")],
    aliases={"Kühnel": ["Kühnel"]})

p1 = ("Zwei Schülerzeitungen aus Sachsen-Anhalt und Bayern haben heute (Freitag) im Bundesrat im Rahmen des bundesweiten "
      "Schülerzeitungswettbewerbs 2015 den Sonderpreis \"Europa hier bei mir\" entgegengenommen.")
p2 = ("Helene Banner, Leiterin der Öffentlichkeitsarbeit in der deutschen Vertretung der EU-Kommission, die den Preis in "
      "Gegenwart von Bundesratspräsident Volker Bouffier, übergab, sagte: \"Wir brauchen junge Menschen, die anderen "
      "jungen Menschen zeigen, wie wichtig es ist, sich in Europa zu engagieren und dass der Weg dahin nicht weit ist.\" "
      "Die Redakteure der Schülerzeitung \"Reality\" des Kurfürst-Joachim-Friedrich-Gymnasiums in Wolmirstedt in "
      "Sachsen-Anhalt und die Schülerzeitung \"EGON\" der bayerischen Realschule Hilpoltstein haben ihren Mitschülern "
      "die Möglichkeit gegeben, zu erfahren, wie wichtig es ist und wie viel Spaß es macht, sich mit jungen Menschen aus "
      "anderen europäischen Ländern zu treffen und gemeinsam an Europas Zukunft zu mitzuarbeiten.")
p3 = ("In der Schülerzeitung EGON berichtet der junge Redakteur Maximilian Czeschka über die Veranstaltung \"Get2Gather\", "
      "die die Organisation \"My-Europe\" in Frankfurt am Main organisiert hat. Der Autor war einer der 45 jungen "
      "Europäer aus zehn europäischen Ländern, die gemeinsam ihre Ideen zur Zukunft Europas erarbeitet und "
      "Entscheidungsträgern aus Wirtschaft und Politik vorgestellt haben.")
add(id="ho3-eucom-2015-06-19-schuelerzeitungen",
    title="EU-Kommission prämiert deutsche Schülerzeitungen",
    url="https://germany.representation.ec.europa.eu/news/eu-kommission-pramiert-deutsche-schulerzeitungen-2015-06-19_de",
    retrieved="same address (stored page; page header lines and the image caption 'Schülerzeitungen' dropped; the "
              "stored copy is cut off in its fourth paragraph (the 'Reality' blog), which is dropped; ASCII quotation "
              "marks as published)",
    license=EU,
    paras=[p1, p2, p3],
    quotes=[("\"Europa hier bei mir\"", None),
            (cut(p2, "\"Wir brauchen", "weit ist.\""), "Helene Banner"),
            ("\"Reality\"", None), ("\"EGON\"", None), ("\"Get2Gather\"", None), ("\"My-Europe\"", None)],
    # prize, newspaper, event and organisation names are null (rules 2, 24); the role phrase naming the
    # Commission's Representation is no alias (rule 33)
    aliases={"Helene Banner": ["Helene Banner"]})

p1 = ("Die Vertretung der Europäischen Kommission wirkt als Bindeglied zwischen der Kommission in Brüssel und den "
      "Menschen, der Politik, der Wirtschaft und Zivilgesellschaft in Deutschland. „Unser gemeinsames Europa funktioniert "
      "nur, wenn wir nicht nur auf uns selbst schauen, sondern die Interessen und Sorgen aller im Blick behalten. Für "
      "dieses Verständnis möchte ich werben“, sagte Jörg Wojahn bei seinem Amtsantritt. „Das Gefühl der "
      "Selbstverständlichkeit ist die größte Gefahr für die EU. Dabei ist Frieden und partnerschaftliche Zusammenarbeit "
      "zwischen Ländern und Menschen über Grenzen hinweg etwas ganz Besonderes. Die Welt beneidet Europa darum. Ich "
      "kämpfe dafür, dass das so bleibt.“")
add(id="ho3-eucom-2019-09-02-wojahn-amtsantritt",
    title="Jörg Wojahn übernimmt ab September 2019 die Leitung der Vertretung der EU-Kommission in Berlin",
    url="https://westmbh.de/joerg-wojahn-uebernimmt-ab-september-2019-die-leitung-der-vertretung-der-eu-kommission-in-berlin/",
    retrieved="same address (the Commission's news item on Jörg Wojahn taking office on 02.09.2019 as reposted by the "
              "regional development agency WEST mbH; its wording is corroborated as the Commission's, ANNOTATION.md "
              "rule 41: the biography sentences are word for word those of the Commission's press release of "
              "24.07.2019 (tp-presseagentur.de/?p=32930, used in heldout2-de) and the first quotation stands word for "
              "word in rathausconsult.de's report of the same day; the closing boilerplate on the Commission's "
              "representations, cut off in the stored copy, is dropped)",
    license=EU,
    paras=[p1,
           "Er tritt die Nachfolge des Österreichers Richard Kühnel an, der nach fünf Jahren in die Generaldirektion "
           "Kommunikation nach Brüssel gewechselt ist.",
           "Jörg Wojahn ist seit 2004 für die EU-Kommission tätig. Er begann als Sprecher des Europäischen Amtes für "
           "Betrugsbekämpfung. 2010 wurde er an die EU-Delegation für Saudi-Arabien, Oman, Kuwait, Katar und Bahrain in "
           "Riad entsandt, wo er als Botschaftsrat für die handelspolitischen Beziehungen zu den Golfstaaten "
           "verantwortlich war. Im September 2015 übernahm er die Leitung der EU-Kommissionsvertretung in Wien."],
    quotes=[(cut(p1, "„Unser gemeinsames", "werben“"), "Jörg Wojahn"),
            (cut(p1, "„Das Gefühl", "bleibt.“"), "Jörg Wojahn")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn"]})

p1 = ("(05.10.2016) – Die Kommission habe zur Vollendung des digitalen Binnenmarktes rund dreißig Initiativen vorgelegt, "
      "die Rat und Parlament vor dem Sommer 2017 verabschieden sollten, sagte der Kommissionspräsident. Dies gelte unter "
      "anderem für den Telekommunikationsmarkt, für die Reform des Urheberrechts und für die Organisation des "
      "Funkspektrums.")
p2 = ("„Es wird eine schwierige Debatte sein, und ich möchte, dass der Europäische Rat selbst entscheidet. Wenn wir den "
      "verschiedenen Ministern die Organisation des Funkspektrums überlassen, fürchte ich, dass wir nicht erfolgreich "
      "sein werden. Ich gebe Ihnen das Beispiel Deutschland: In Deutschland gibt es mindestens 18 Minister, die zuständig "
      "sind, das Funknetz zu organisieren. Und deshalb müssen die Chefs selbst die Entscheidungen treffen, die mir "
      "wichtig zu sein scheinen.“")
add(id="ho3-eucom-2016-10-05-juncker-eu-gipfel", title=None,
    url="https://germany.representation.ec.europa.eu/news/juncker-vor-eu-gipfel-wir-brauchen-keine-feierlichen-erklarungen-sondern-konkretes-programm-2016-10-05_de",
    retrieved="same address (the stored copy begins inside the article, at its dated paragraph, without headline; no "
              "title is invented, rule 32; the subheading 'Migration: gemeinsame Entscheidungen umsetzen' is kept as "
              "its own line; the stored copy is cut off in the paragraph with the Africa investment quotation, which is "
              "dropped)",
    license=EU,
    paras=[p1, p2,
           "Migration: gemeinsame Entscheidungen umsetzen",
           "Im Hinblick auf die Migration bekräftigten die Staats- und Regierungschefs bei ihrem Treffen in Bratislava "
           "im September, dass die gemeinsam getroffenen Entscheidungen - für die Steuerung der Migration genauso wie "
           "in allen anderen Politikbereichen der EU - auch tatsächlich umgesetzt werden. Bei der Reform der "
           "Dublin-Regeln im europäischen Asylsystem, die Mitgliedstaaten und EU-Parlament derzeit diskutieren, mahnte "
           "Juncker eine Lösung an, die gesamteuropäische Solidarität beinhalte."],
    # a cue-less quote paragraph continues the speaker of the preceding paragraph (NOTES.md), here 'der
    # Kommissionspräsident', named Juncker further down
    quotes=[(p2, "Juncker")],
    aliases={"Juncker": ["Juncker", "Kommissionspräsident"]})

q1 = ("„Ob in der Ukraine, in Syrien, im Nahen Osten oder in Nordafrika, in unserer Nachbarschaft bleibt die Lage "
      "unsicher und instabil. Die Ströme von Einwanderern, die in der Hoffnung auf eine bessere Zukunft nach Europa "
      "drängen, führen uns vor Augen, dass wir das Streben nach Solidarität mit der Forderung nach sicheren Grenzen in "
      "Einklang bringen müssen. Und grenzübergreifende, gesundheitsbedrohende Epidemien wie Ebola haben bei den Bürgern "
      "verständlicherweise eine gewisse Angst hervorgerufen.")
q2 = ("Diese wachsenden Probleme können und wollen wir nicht unter den Teppich kehren. Wir können und werden nicht die "
      "Augen vor ihnen verschließen. In Europa ist jetzt die Zeit zum Handeln gekommen. Die Probleme Europas können "
      "nicht auf die lange Bank geschoben werden.\"")
q3 = ("„Als ich am 10. September mein neues Team vorgestellte habe, wollte ich beweisen, dass wir in der Lage sind "
      "schnell und effektiv Ergebnisse zu liefern. Genau deshalb wird es in der neuen Kommission eine neue Struktur und "
      "eine neue Arbeitsweise geben. Die Kommission ist ein Team und weitaus mehr als nur die Summe ihrer Bestandteile. "
      "Die Kommission funktioniert als Kollegium, statt von Schubladendenken, Clustern oder abgegrenzten Portfolios "
      "geprägt zu sein. Ich will eine politische Kommission, die dem Gemeinwohl und den Bürgern Europas zu Diensten "
      "steht. \"")
add(id="ho3-eucom-2014-10-22-juncker-kernaussagen",
    title="Europäische Kommission",
    url="http://europa.eu/rapid/press-release_SPEECH-14-705_de.htm",
    retrieved="same address (stored page of the Commission's press-release database: key messages of the speech of the "
              "President-elect before the European Parliament, 22.10.2014; the site navigation lines 'Navigation path', "
              "'Left navigation', 'Additional tools' dropped, the page's own header lines kept; the last subheading "
              "'Bedenken ausräumen' is dropped with its paragraph, which is cut off in the stored copy)",
    license=EU,
    paras=["[Es gilt das gesprochene Wort]",
           "Jean-Claude JUNCKER",
           "Gewählter Präsident der Europäischen Kommission",
           "Wieder Bewegung in die europäische Politik bringen: Kernaussagen der Rede des gewählten "
           "Kommissionspräsidenten Juncker vor dem Europäischen Parlament",
           "Erklärung in der Plenarsitzung des Europäischen Parlaments vor der Abstimmung über die neue Europäische "
           "Kommission",
           "Straßburg, den 22. Oktober 2014",
           "Zeit zum Handeln",
           q1, q2,
           "Statische Strukturen aufbrechen",
           q3],
    # the speech's quotations belong to the speaker named in the header (rule 42); the first quotation runs over two
    # paragraphs: the first piece has no closing mark, the second no opening mark (NOTES.md, rule 22)
    quotes=[(q1, "Jean-Claude JUNCKER"), (q2, "Jean-Claude JUNCKER"), (q3, "Jean-Claude JUNCKER")],
    aliases={"Jean-Claude JUNCKER": ["Jean-Claude JUNCKER", "Juncker"]})

add(id="ho3-eucom-2022-03-17-kohesio",
    title="Kohäsionspolitik der EU: Über 1,5 Millionen EU-finanzierte Projekte sind über eine neue öffentliche "
          "Plattform zugänglich",
    url="https://digital-strategy.ec.europa.eu/de/news/eu-cohesion-policy-more-15-million-eu-funded-projects-accessible-new-public-platform",
    retrieved="same address (stored page of 17.03.2022; site header lines 'Skip to main content', 'Gestaltung der "
              "digitalen Zukunft Europas', 'PRESS RELEASE', 'Veröffentlichung 17 März 2022', the image credit "
              "'European Commission' and the link lines 'Vollständige Pressemitteilung', 'Kohesio-Plattform', "
              "'8. Kohäsionsforum' dropped)",
    license=EU,
    paras=["Die Kommission hat diese Woche „Kohesio“ ins Leben gerufen, eine öffentliche Online-Plattform, auf der alle "
           "Informationen zu über 1,5 Millionen Projekten in allen 27 Mitgliedstaaten gesammelt werden, die seit 2014 "
           "aus dem Europäischen Fonds für regionale Entwicklung (EFRE), dem Kohäsionsfonds und dem Europäischen "
           "Sozialfonds (ESF) finanziert werden.",
           "Es ist das erste Mal, dass eine derart umfassende Plattform für Projektdaten geschaffen und allen zur "
           "Verfügung gestellt wird, die in allen EU-Sprachen verfügbar sein wird. Ihre Einrichtung erforderte eine "
           "enge Zusammenarbeit mit den Verwaltungsbehörden in den verschiedenen Mitgliedstaaten oder Regionen, da die "
           "Kohäsionsprojekte von nationalen und regionalen Behörden verwaltet werden."],
    quotes=[("„Kohesio“", None)],
    aliases={})

# --- European Parliament, liaison office in Germany ---

add(id="ho3-ep-2020-07-newsletter-ratsvorsitz",
    title="EP.NEWS",
    url="https://www.europarl.europa.eu/germany/resource/static/newsletter/Newsletter_2020_07/index.html",
    retrieved="same address (stored monthly newsletter 'EP.NEWS' of July 2020 of the European Parliament's liaison "
              "office in Germany; the line 'Hier klicken, um diese Version im Browser anzuzeigen.', the 'zum Artikel' "
              "links and the lines 'SOZIALE NETZWERKE' / 'EP bei facebook, twitter & Co.' dropped; the header's line "
              "break inside 'Verbindungsbüros / des Europäischen Parlaments' and the hyphen in 'Sonder-ausschüsse' are "
              "as stored; the second paragraph of the Ratsvorsitz article, cut off in the stored copy, is dropped)",
    license=EP,
    paras=["Juli 2020",
           "Monatlicher Newsletter des Verbindungsbüros",
           "des Europäischen Parlaments in Deutschland",
           "Deutscher Ratsvorsitz",
           "Vor dem Hintergrund der Corona-Krise hat Deutschland am 1. Juli die sechsmonatige EU-Ratspräsidentschaft "
           "übernommen. Wir haben deutsche EU-Abgeordnete gefragt, welche Erwartungen sie haben.",
           "Mobilitätspaket",
           "Am 8. Juli stimmt das Europäische Parlament endgültig über eine umfassende Reform des "
           "Straßenverkehrssektors ab. So sollen die Arbeitsbedingungen und Löhne von Kraftfahrer*innen verbessert "
           "werden. Gegen illegale Praktiken und den Einsatz von Briefkastenfirmen wird stärker vorgegangen.",
           "Neue Sonder-ausschüsse",
           "Um sich intensiver mit dem Kampf gegen Krebs, dem Einsatz von künstlicher Intelligenz und der Gefahr durch "
           "Desinformationskampagnen zu beschäftigen, rufen die Europaabgeordneten drei neue Sonderausschüsse ins "
           "Leben. Ein neuer Unterausschuss widmet sich Steuerfragen.",
           "Die Plenarwoche",
           "Thementicker - Wichtige Ereignisse im Überblick.",
           "Terminkalender",
           "Ausgewählte Veranstaltungen und Termine der Plenarwoche.",
           "\"Gemeinsam. Europa wieder stark machen.\" - Deutschland als Ratsvorsitz",
           "Die Europäische Union, und damit seit dem 1. Juli auch die neue deutsche Ratspräsidentschaft, steht mit der "
           "Corona-Krise vor einer immensen Herausforderung. Die ursprünglich geplanten Schwerpunkte Deutschlands "
           "mussten der Krisenbewältigung weichen. Im Mittelpunkt des Programms stehen nun die gesundheitliche "
           "Bewältigung der Pandemie und der wirtschaftliche Wiederaufbau."],
    # the presidency's motto in a headline is null (rules 24, 26)
    quotes=[("\"Gemeinsam. Europa wieder stark machen.\"", None)],
    aliases={})

# --- Global Voices auf Deutsch ---

add(id="ho3-gv-kurzmeldungen-antiprinzessinnen",
    title="Artikel vom Kurzmeldungen",
    url="https://de.globalvoices.org/category/type/roundups/",
    retrieved="same address (stored index page of short news items, a later state than the de.globalvoicesonline.org "
              "copy used in heldout-de; the site header lines 'Wir übersetzen die Beiträge …' and 'Erfahre mehr zu "
              "Lingua-Übersetzungen »' and the image caption 'Prinzessinnen vs. außergewöhnliche Frauen. …' dropped; "
              "the second item (headline 'Neue Statistik: Am glücklichsten ist man in Lateinamerika', its image line "
              "and its paragraph, cut off in the stored copy) dropped; the translation of Nadia Fink's answer, which the "
              "page sets as a block quote without marks, is kept as its own paragraph)",
    license=GV,
    paras=["Nicht alle Märchen brauchen Prinzessinnen",
           "Der argentinische Verlag Sudestada hat die Kinderbuchreihe „Antiprinzessinnen“ vorgestellt, deren Heldinnen "
           "die mexikanische Künstlerin Frida Kahlo und die chilenische Komponistin Violeta Parra sind.",
           "Diese leben weder in Schlössern noch warten sie auf einen wunderschönen Prinzen, der sie retten wird. Was "
           "sie gemein haben: Sie sind zwei Lateinamerikanerinnen, die den Stereotypen ihrer Zeit entkamen.",
           "In einem Interview mit der Webseite Verne verriet die Autorin Nadia Fink:",
           "“Las Antiprincesas seguirán siendo latinoamericanas porque decidimos contar la historia de Nuestra "
           "América, en un continente que nos late y nos identifica. Un poco es contraponerlos a los relatos de las "
           "princesas en un entorno continental de Europa, alejado de nuestra cultura y nuestro paisaje”.",
           "Die Antiprinzessinnen werden immer Lateinamerikanerinnen sein, weil wir uns dazu entschlossen haben, die "
           "Geschichte „Unseres Amerikas“ auf einem Kontinent spielen zu lassen, der in uns pulsiert und mit dem wir "
           "uns identifizieren. Auch wollen wir ein bisschen unsere Geschichten den Prinzessinnenmärchen aus Europa "
           "entgegensetzen, dessen Kultur und Landschaft nicht die unseren sind."],
    quotes=[("„Antiprinzessinnen“", None),
            ("“Las Antiprincesas seguirán siendo latinoamericanas porque decidimos contar la historia de Nuestra "
             "América, en un continente que nos late y nos identifica. Un poco es contraponerlos a los relatos de las "
             "princesas en un entorno continental de Europa, alejado de nuestra cultura y nuestro paisaje”",
             "Nadia Fink"),
            # a marked term inside the unmarked block-quoted translation is the author's (rule 34)
            ("„Unseres Amerikas“", "Nadia Fink")],
    aliases={"Nadia Fink": ["Nadia Fink"]})

add(id="ho3-gv-2011-05-protest",
    title="Artikel über Protest vom Mai, 2011",
    url="https://de.globalvoices.org/category/topics/protest/?m=201105",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the "
              "English teaser of the Uganda item as published; complete as stored)",
    license=GV,
    paras=["Spanien: “Yes We Camp”, Bewegung auf den Straßen und im Internet",
           "Seit dem 15. Mai, kurz vor den Wahlen, gehen die Leute in Spanien auf die Straße, um Demokratie zu "
           "fordern. Tausende haben in verschiedenen Städten ihre Zeltlager auf den Straßen erstellt. Die Demonstranten "
           "und Unterstützer organisieren sich in dezentralisierte und horizontale Netzwerke, nutzen soziale Medien, um "
           "Informationen zu teilen und zu verbreiten, ihre Geschichten zu erzählen und an Ideen, Vorschlagen und "
           "Initiativen zusammenzuarbeiten.",
           "Uganda: Walk to Work-Proteste in Bildern",
           "Ugandans are taking to the streets to protest rising fuel and food prices and rapid inflation. Police have "
           "been using pink paint, tear gas and live bullets against the protesters. Here is the story of walk to work "
           "protests in photos.",
           "Ungarn: Osterausflug oder Evakuierung für die Roma aus Gyöngyöspata?",
           "Zuerst gabe es Gerüchte um die Pläne einer rechtsgerichteten, paramilitärischen Gruppe, im Dorf "
           "Gyöngyöspata ein Training abzuhalten. Dann trat der örtliche Bürgermeister zurück. Am 22. April verließen "
           "schließlich etwa 300 Roma-Frauen und -Kinder das Dorf. Während die Medien die Vorgänge als „Evakuierung“ "
           "bezeichneten, gaben Angehörige der Regierung an, die Roma seien auf einen Osterwochendausflug eingeladen "
           "worden."],
    # a movement's slogan is null (rule 24); a term the text attributes to 'die Medien' is theirs (rules 3, 10)
    quotes=[("“Yes We Camp”", None), ("„Evakuierung“", "Medien")],
    aliases={"Medien": ["Medien"]})

add(id="ho3-gv-2012-09-protest",
    title="Artikel über Protest vom September, 2012",
    url="https://de.globalvoices.org/category/topics/protest/?m=201209",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the "
              "teasers with their published '...' and typos; the last item (headline 'Russland: Mit der Kettensäge auf "
              "die Kreuze' and its teaser, cut off in the stored copy) dropped)",
    license=GV,
    paras=["Russland: Prognosen zu Wahlen der Protestbewegung",
           "Am 20. Oktober wird das neue Zentrale Wahlkommitee unter der Führung von Leonid Wolkow in zweitägigen "
           "Wahlen 45 Personen wählen lassen, mit dem Ziel, den ersten \"Koordinierungsrat der russischen Opposition\" "
           "zu schaffen. Danach wird die Protestbewegung zum ersten Mal ein vertretendes Organ haben, dass die "
           "oppositionellen Anführer legitimieren wird.",
           "Spanien: Kreative Alternativen zur Wirschaftskrise",
           "Seit die Krise das derzeitige Wirschaftmodell überkam, gibt es viele, die auf die Entwicklung von "
           "realistischen Alternativen setzen. Diese reichen von Sparen über die Schaffung von nachhaltigen Systemen. "
           "In Spanien entstehen noch immer viel versprechende Bewegungen und Phänomene.",
           "Togo: Frauen in Rot marschieren in Lomé für politische Reformen",
           "Mehrere Tausend Frauen marschierten am 20. September in Rot gekleidet in der Hauptstadt Togos Lomé und "
           "verlangten politische Reformen. Die Vereinigung Let's Save Togo [Lasst uns Togo retten] veröffentlichte "
           "einige...",
           "Portugal: Neuer Schwung durch massive Proteste gegen Troika",
           "Am 15. September fand in Portugal unter dem Motto \"Pfeif auf die Troika! Wir wollen unser Leben!\" die "
           "größte Demonstration der letzten Jahrzehnte statt. Fast eine Million Menschen gingen auf die Straße und "
           "protestierten gegen die Regierung.",
           "Pakistan reagiert auf islamfeindlichen Film",
           "Pakistan hat auf den islamfeinlichen Film reagiert, der Proteste in Libyen auslöste, die zum Tod des "
           "amerikansichen Botschafters und anderer führten. Diplomatische Beörden des Landes haben die "
           "Sicherheitsmaßnahmen verschärft. Die Proteste sind wütend, aber friedlich verlaufen."],
    # a body's name and a demonstration's motto are null (rules 2, 24)
    quotes=[("\"Koordinierungsrat der russischen Opposition\"", None),
            ("\"Pfeif auf die Troika! Wir wollen unser Leben!\"", None)],
    aliases={})

add(id="ho3-gv-2009-11-05-threatened-voices",
    title="Einführung von ‘Threatened Voices’",
    url="https://de.globalvoices.org/2009/11/05/einfuhrung-von-%e2%80%98threatened-voices%e2%80%99/",
    retrieved="same address (stored article page; the site header lines 'Wir übersetzen die Beiträge …' and 'Erfahre "
              "mehr zu Lingua-Übersetzungen »' dropped; the subheading 'Welcher Blogger, wo?' is kept as its own line; "
              "the stored copy is cut off in the paragraph 'Erstens macht es …', which is dropped)",
    license=GV,
    paras=["Nie zuvor wurden so viele Menschen für die von Ihnen im Internet veröffentlichen Worte so bedroht oder ins "
           "Gefängnis geworfen.",
           "So wie viele Aktivisten und normale Bürger in zunehmendem Maße das Internet dazu benutzen, ihre Meinungen "
           "auszudrücken und mit Gleichgesinnten in Verbindung zu treten, so haben viele Regierungen deshalb ihre "
           "Überwachung, Filter, legales Vorgehen und Belästigungen erhöht. Die härtesten Folgen waren für viele von "
           "ihnen die politisch motivierte Verhaftung von Bloggern und online Autoren für ihre on- und offline "
           "Aktivitäten, die in einigen tragischen Fällen sogar zum Tod führten. 45% aller Medien-Mitarbeiter, die "
           "sich weltweit in Gefängnissen befinden, sind heute online Journalisten und Blogger.",
           "Global Voices Advocacy führt heute eine neue Webseite mit dem Namen Threatended Voices ein, um dabei zu "
           "helfen, die Unterdrückung der online Redefreiheit zu verfolgen. Auf dieser Webseite befindet sich eine "
           "Weltkarte mit einer interaktiven Zeitlinie, die dabei helfen sollen, die Story von Bedrohungen und "
           "Verhaftungen von Bloggern weltweit zu veranschaulichen, und ist gleichzeitig eine zentrale Plattform für die "
           "Organisationen und Aktivisten, die sich am meisten damit beschäftigen, inklusive von: Committee to Protect "
           "Bloggers, The Arabic Network for Human Rights Information, Reporters without Borders, Human Rights Watch, "
           "CyberLaw Blog, Amnesty International, Committee to Protect Journalists, Global Voices Advocacy.",
           "Welcher Blogger, wo?",
           "Aus verschiedenen Gründen ist es schwierig, genaue Informationen über verhaftete und bedrohte "
           "Bloggerinnen, Blogger, und online Autoren zu finden."],
    # a website's name in single marks is null (rule 21)
    quotes=[("‘Threatened Voices’", None)],
    aliases={})

# --- netzpolitik.org ---

add(id="ho3-np-2015-08-06-innenministerium-gelogen",
    title="Das Innenministerium hat gelogen und war über #Landesverrat umfassend informiert",
    url="https://nachrichtenagentur.radio-utopie.de/newsagency/das-innenministerium-hat-gelogen-und-war-ueber-landesverrat-umfassend-informiert",
    retrieved="same address (the aggregator's excerpt of the netzpolitik.org article of 06.08.2015, credited "
              "'06.08.2015 - 16:30 [ Netzpolitik.org ]' above the title; that credit line is dropped as the repost's "
              "furniture, rule 31; the excerpt is complete as stored)",
    license=NP,
    paras=["Am Montag saß ich in der Bundespressekonferenz, wo der Sprecher des Innenministeriums nochmal bestätigte, "
           "dass man nichts von den Ermittlungen gewusst habe:",
           "„Mir wäre nicht bekannt, dass irgendjemand im Ministerium vorher gewusst hätte, dass Ermittlungen im "
           "Bereich des GBA laufen. Unser Ministerium hat ja, wie Sie wissen, über 1500 Mitarbeiter. Ich habe mit "
           "einigen für diese Frage ziemlich relevanten Mitarbeiterinnen und Mitarbeitern gesprochen. Für die kann ich "
           "das ausschließen.“",
           "Beide Statements entsprechen nicht der Wahrheit, wie Tagesschau.de berichtet: Innenministerium wusste "
           "umfassend Bescheid."],
    # an unnamed office holder is named by the head of his office phrase (rules 10, 29)
    quotes=[("„Mir wäre nicht bekannt, dass irgendjemand im Ministerium vorher gewusst hätte, dass Ermittlungen im "
             "Bereich des GBA laufen. Unser Ministerium hat ja, wie Sie wissen, über 1500 Mitarbeiter. Ich habe mit "
             "einigen für diese Frage ziemlich relevanten Mitarbeiterinnen und Mitarbeitern gesprochen. Für die kann "
             "ich das ausschließen.“", "Sprecher")],
    aliases={"Sprecher": ["Sprecher"]})

add(id="ho3-np-2024-03-digitale-dienste-gesetz", title=None,
    url="https://netzpolitik.org/2024/verbraucherschutz-bundestag-verabschiedet-das-digitale-dienste-gesetz/",
    retrieved="same address (stored page of March 2024; the stored copy begins with the teaser, without headline, so "
              "the teaser is the first line; the subheading 'Bundesnetzagentur hat sich vorbereitet' is kept as its own "
              "line; the stored copy is cut off in the paragraph with Tabea Rößner's quotation, which is dropped)",
    license=NP,
    paras=["Mit einem Monat Verspätung hat der deutsche Bundestag das Digitale-Dienste-Gesetz (DDG) beschlossen. Es "
           "regelt nationale Details zum Digital Services Act (DSA) der EU. Im Zentrum des Regelwerks: Welche Behörden "
           "sind in Deutschland wofür zuständig?",
           "Die Regeln des europäischen DSA gelten seit Mitte Februar für alle Online-Dienste und sollen unter anderem "
           "dafür sorgen, dass illegale Inhalte schneller aus dem Netz verschwinden und Nutzer:innen mehr Transparenz "
           "und Widerspruchsrechte bei Moderationsentscheidungen bekommen. Während die EU-Kommission die ganz großen "
           "Plattformen dabei selbst beaufsichtigt, ist für alle anderen das jeweilige Land zuständig.",
           "Nun ist beschlossen: Die zentrale Koordinierungsstelle wird in Deutschland bei der Bundesnetzagentur "
           "angesiedelt sein. Das war absehbar, die Bundesnetzagentur hat bereits begonnen, sich auf ihre neuen "
           "Aufgaben vorbereitet. So hat sie beispielsweise eine Studie in Auftrag gegeben, um sich einen Überblick über "
           "die relevanten Dienste in Deutschland zu verschaffen.",
           "Bundesnetzagentur hat sich vorbereitet",
           "Nutzer:innen sollen außerdem bald ein Formular bei der Koordinierungsstelle finden. Damit können sie sich "
           "beschweren, wenn sie glauben, dass ein Online-Dienst sich nicht an die Regeln des DSA hält. Außerdem können "
           "sich bei der Stelle sogenannte „Trusted Flaggers“ bewerben. Das sind privilegierte Hinweisgeber. Wenn sie "
           "einen mutmaßlich illegalen Inhalt melden, sollen die Plattformen den Hinweise priorisiert behandeln."],
    # a term introduced with 'sogenannte' is the journalist's, null (rule 24)
    quotes=[("„Trusted Flaggers“", None)],
    aliases={})

# --- Parlamentskorrespondenz of the Austrian Parliament ---

p3 = ("Wien (PK) - \"Was lange währt, wird heute gut: Nach 202 Tagen ohne Bundespräsidenten hat Österreich wieder ein "
      "Staatsoberhaupt.\" Mit diesen Worten begann Nationalratspräsidentin Doris Bures ihre Festrede bei der Angelobung "
      "von Alexander Van der Bellen als 9. Bundespräsidenten der Zweiten Republik. Bures war seit 8. Juli 2016 "
      "Vorsitzende des Nationalratspräsidiums, das als Kollegium bis heute die Amtsgeschäfte des Bundespräsidenten "
      "ausübte. In ihrer Rede betonte die Nationalratspräsidentin die bedeutende Rolle des Bundespräsidenten und ging "
      "auf die Erwartungen und Herausforderungen ein, die mit dem Amt verbunden sind.")
p4 = ("\"Wenn die gesamte Welt in Bewegung ist, wächst die Sehnsucht der Menschen nach Stabilität und Sicherheit\", so "
      "Bures, \"und die richtige Antwort auf diese Sehnsucht findet sich nicht in der Rückkehr zu Nationalismen, sondern "
      "in einer engen und solidarischen Zusammenarbeit in Europa und in weltweiten Allianzen für den Frieden\". In "
      "diesem Sinn sei es sehr gut zu wissen, sagte die Nationalratspräsidentin, dass Bundespräsident Van der Bellen "
      "\"sich der Rolle Österreichs als selbstbewusstes und verlässliches Mitglied der europäischen und internationalen "
      "Staatengemeinschaft verpflichtet\" sehe.")
p6 = ("\"Der Wunsch und das Recht der Menschen, in Sicherheit zu leben, verpflichte die Politik, für ein sozial "
      "gerechtes Europa einzutreten\", sagte Bures dazu weiter, und ergänzte: \"Wir müssen die rasanten Entwicklungen "
      "unserer Zeit - vorangetrieben durch Globalisierung, Digitalisierung und Automatisierung - zum größtmöglichen Wohl "
      "aller in unserer Gesellschaft nutzen. Niemand soll ausgeschlossen oder zurückgelassen werden.\"")
add(id="ho3-pk-2017-01-26-bures-angelobung",
    title="Nationalratspräsidentin Bures: Was lange währt, wird heute gut - Österreich hat wieder ein Staatsoberhaupt",
    url="http://www.ots.at/presseaussendung/OTS_20170126_OTS0072/nationalratspraesidentin-bures-was-lange-waehrt-wird-heute-gut-oesterreich-hat-wieder-ein-staatsoberhaupt",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.01.2017; "
              "subtitle and subheading kept as their own lines; the stored copy is cut off in the paragraph 'Zur "
              "künftigen Zusammenarbeit …', which is dropped)",
    license=PK,
    paras=["Bures bei Angelobung: Vielfalt Österreichs wertschätzen und Einheit stärken, das ist Herausforderung für "
           "Bundespräsidenten",
           p3, p4,
           "Bures: Niemand soll ausgeschlossen oder zurückgelassen werden",
           p6],
    quotes=[(cut(p3, "\"Was lange", "Staatsoberhaupt.\""), "Doris Bures"),
            (cut(p4, "\"Wenn die", "Sicherheit\""), "Doris Bures"),
            (cut(p4, "\"und die richtige", "Frieden\""), "Doris Bures"),
            # words of Bures's speech about Van der Bellen: hers, not his (rule 3)
            (cut(p4, "\"sich der Rolle", "verpflichtet\""), "Doris Bures"),
            (cut(p6, "\"Der Wunsch", "einzutreten\""), "Doris Bures"),
            (cut(p6, "\"Wir müssen", "werden.\""), "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Bures", "Nationalratspräsidentin"]})

p2 = ("\"Tradition ist keine Verpflichtung, sie ist eine Entscheidung\", sagte Doris Bures, Zweite "
      "Nationalratspräsidentin heute bei der Eröffnung des Internationalen Brucknerfests 2018 in Linz vor 1.400 "
      "Festgästen. Das Brucknerfest widmet sich heuer dem Thema \"Tradition\" nach dem Motto \"Was du ererbt von deinen "
      "Vätern - Bruckner und die Tradition\". Die Zweite Nationalratspräsidentin betonte, dass im Sinne der Tradition "
      "vor allem Freiheit, Demokratie, soziale Verantwortung füreinander und aufrichtiger Respekt künftigen Generationen "
      "mitzugeben seien. \"Niemand soll uns heute den Mut nehmen, an ein besseres und gerechteres Morgen zu glauben\", "
      "erklärte Bures. \"An eine Welt, in der Chancen, Ressourcen und Lasten gerechter verteilt sind.\"")
p3 = ("Bures selbst sei in einer Zeit aufgewachsen, in der es steil aufwärts gegangen ist in Österreich. Möglich sei die "
      "Demokratisierung mit ihren Reformen nur deshalb gewesen, weil in Österreich eine Konfliktkultur gepflegt worden "
      "sei, die viele Meinungen zuließ. \"Aber es hat ein gemeinsames Ziel gegeben, einen stabilen und breit getragenen "
      "Konsens zu erreichen\", betonte Doris Bures.")
p5 = ("Die Zweite Nationalratspräsidentin sprach von einer \"Konsensdemokratie\" und stellte sie einer "
      "\"Konfliktdemokratie\" gegenüber, die abzulehnen sei. \"Gesellschaftliche Gegensätze verschärfen sich in einer "
      "Konfliktdemokratie, Fronten verhärten und das Miteinander wird zu Gegeneinander\", so Bures. \"Der soziale "
      "Frieden, der zu den größten Stärken der Zweiten Republik gehört, würde verspielt werden.\"")
add(id="ho3-pk-2018-09-09-bures-brucknerfest",
    title="Zweite Nationalratspräsidentin Doris Bures eröffnet Brucknerfest",
    url="https://www.ots.at/presseaussendung/OTS_20180909_OTS0020/zweite-nationalratspraesidentin-doris-bures-eroeffnet-brucknerfest",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 09.09.2018; "
              "the subtitle line with the dateline and the subheading kept as their own lines; the stored copy is cut "
              "off in the paragraph 'Bures forderte auch ein klares Bekenntnis …', which is dropped)",
    license=PK,
    paras=["Wien (PK) - Bures fordert Bekenntnis zu Konsensdemokratie und Europäischer Union ein",
           p2, p3,
           "Konsensdemokratie statt Konfliktdemokratie",
           p5],
    quotes=[(cut(p2, "\"Tradition ist", "Entscheidung\""), "Doris Bures"),
            # a festival's theme and motto are null (rule 24)
            ("\"Tradition\"", None),
            (cut(p2, "\"Was du", "Tradition\""), None),
            (cut(p2, "\"Niemand", "glauben\""), "Doris Bures"),
            (cut(p2, "\"An eine Welt", "sind.\""), "Doris Bures"),
            (cut(p3, "\"Aber es", "erreichen\""), "Doris Bures"),
            # the speaker's own terms (rule 25)
            ("\"Konsensdemokratie\"", "Doris Bures"),
            ("\"Konfliktdemokratie\"", "Doris Bures"),
            (cut(p5, "\"Gesellschaftliche", "Gegeneinander\""), "Doris Bures"),
            (cut(p5, "\"Der soziale", "werden.\""), "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Bures", "Zweite Nationalratspräsidentin"]})

p3 = ("Mit den Worten \"Wir sind wieder daheim! Das Hohe Haus hat uns wieder. Und wir haben unser Haus wieder.\" "
      "verlieh Nationalratspräsident Wolfgang Sobotka seiner großen Freude und Dankbarkeit Ausdruck. Er wünschte sich, "
      "dass sich alle von der Wirkung des Hauses im politischen Agieren leiten und begleiten lassen. Es sei notwendiger "
      "denn je, dass \"unser Denken, Reden und Handeln von gegenseitigem Respekt und Wertschätzung geprägt\" werde. Da "
      "der Beginn des Bauvorhabens im Geiste des Miteinanders stand, sei zu hoffen, dass dieser Geist nachwirke und zu "
      "einem respektvollen Diskurs in diesem Haus beitragen werde, meinte auch Bundesratspräsident Günter Kovacs. Einen "
      "kritischen Rückblick auf die politischen Entwicklungen in den letzten Jahren machte die Zweite "
      "Nationalratspräsidentin Doris Bures. Daraus müsse man lernen und eine \"grundlegende Sanierung des Vertrauens in "
      "die Demokratie\" in die Wege leiten. Gerade an einem Tag wie heute soll zudem nicht vergessen werden, dass es im "
      "Hohen Haus um das aufmerksame Zuhören gehe, sowie um den Versuch, die Welt auch aus den Augen des Anderen zu "
      "sehen, mahnte Dritter Nationalratspräsident Norbert Hofer ein.")
add(id="ho3-pk-2023-01-12-festakt-parlament",
    title="Großer Festakt zur Eröffnung des sanierten Parlamentsgebäudes",
    url="https://www.ots.at/presseaussendung/OTS_20230112_OTS0160/grosser-festakt-zur-eroeffnung-des-sanierten-parlamentsgebaeudes",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 12.01.2023; "
              "the subtitle kept as its own line; the stored copy is cut off in the paragraph 'Nach der Festrede …', "
              "which is dropped)",
    license=PK,
    paras=["Eröffnungsansprachen von Sobotka, Kovacs, Bures und Hofer mit Wünschen für respektvolleren Umgang "
           "miteinander",
           "Wien (PK) - Mit einem großen Festakt im Bundesversammlungssaal wurde heute das generalsanierte "
           "Parlamentsgebäude eröffnet. Neben den Spitzen der heimischen Politik, allen voran Bundespräsident Alexander "
           "Van der Bellen, waren zahlreiche Ehrengäste aus dem In- und Ausland in das geschichtsträchtige Haus an der "
           "Wiener Ringstraße geladen, das nach fünf Jahren umfassenden Renovierungsarbeiten im neuen Glanz erstrahlt.",
           p3],
    # the quotation in 'Es sei notwendiger denn je, dass „…“ werde' continues Sobotka's reported wishes; Kovacs's
    # 'meinte auch' governs the following sentence only
    quotes=[(cut(p3, "\"Wir sind", "wieder.\""), "Wolfgang Sobotka"),
            (cut(p3, "\"unser Denken", "geprägt\""), "Wolfgang Sobotka"),
            (cut(p3, "\"grundlegende", "Demokratie\""), "Doris Bures")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka"], "Doris Bures": ["Doris Bures", "Bures"]})

p1 = ("Anlässlich der 100. Wiederkehr des Jahrestages der Gründung der Republik Österreich fand am 12. November 2018 "
      "ein Staatsakt statt. Dazu luden Bundespräsident Alexander Van der Bellen, Nationalratspräsident Wolfgang Sobotka "
      "und Bundeskanzler Sebastian Kurz in die Wiener Staatsoper ein. \"Der 12. November 1918 markiert den Beginn einer "
      "neuen Selbstfindung einer eigenständigen Nation, er war Abschluss und Anfang\", so Nationalratspräsident Wolfgang "
      "Sobotka in seiner Rede im Rahmen des Staatsakts.")
p2 = ("Es sei ein Prozess mit vielen Brüchen und Rückschlägen gewesen, der Unglück und Leid gekostet, aber noch mehr "
      "Erfolge, freudvolle Erfahrungen und positive Alltagserlebnisse gebracht habe, so der Nationalratspräsident. Auch "
      "wenn die ausgerufene demokratische Republik nicht alle 100 Jahre durchgehalten habe, \"so sind letztlich die "
      "Feinde der Demokratie gescheitert\", betonte Sobotka. Es seien jene gescheitert, \"die die Parlamente "
      "ausgeschaltet und diese als Quatschbuden herabgewürdigt haben; jene, die der Diktatur das Wort geredet und ihr "
      "die Hände geliehen haben; jene, die die Verbrechen des Nationalsozialismus, der rassistischen Verfolgung und des "
      "Holocaust zu verantworten hatten\". NRP Wolfgang Sobotka nahm an dieser Veranstaltung im Beisein von "
      "Bundesratspräsidentin Inge Posch-Gruska, Zweiter Nationalratspräsidentin Doris Bures und Dritter "
      "Nationalratspräsidentin Anneliese Kitzmüller teil.")
add(id="ho3-pk-2018-11-12-staatsakt-republik",
    title="Sobotka: Habe keine Sorge um die Kraft der Demokratie",
    url="https://www.parlament.gv.at/aktuelles/news/archiv/j2018/222staatsakt",
    retrieved="same address (stored news page of the Parliament's website, archive 2018; the page furniture 'NEWS - "
              "ARCHIV' and 'Dieser Artikel wurde archiviert.' dropped; the stored copy is cut off in the paragraph "
              "'Rechtzeitig zum 100. Geburtstag …', which is dropped)",
    license=PK,
    paras=[p1, p2],
    quotes=[(cut(p1, "\"Der 12.", "Anfang\""), "Wolfgang Sobotka"),
            (cut(p2, "\"so sind", "gescheitert\""), "Wolfgang Sobotka"),
            (cut(p2, "\"die die Parlamente", "hatten\""), "Wolfgang Sobotka")],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka", "Nationalratspräsident"]})

p4 = ("Insgesamt zog die Nationalratspräsidentin ein positives Resümee über die Tagung 2007/08. Die Abgeordneten hätten "
      "intensiv gearbeitet, unterstrich sie und verwies auf die Abhaltung von 39 Plenarsitzungen und 151 "
      "Ausschusssitzungen. 40 % der 156 Gesetze sind ihr zufolge einstimmig beschlossen worden. \"Wir sind gut auf dem "
      "Weg\", bilanzierte Prammer, \"auch wenn ich nie behaupten würde, schon am Ziel zu sein\". Die für 24. September in "
      "Aussicht genommene Nationalratssitzung soll ihr zufolge trotz der Neuwahlen am 28. September abgehalten werden.")
add(id="ho3-pk-2008-07-11-prammer-bilanz",
    title="Parlamentskorrespondenz Nr. 682 vom 11.07.2008",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2008/pk0682",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline; the stored copy is cut off in the paragraph 'Gut vorbereitet ist das Parlament …', "
              "which is dropped)",
    license=PK,
    paras=["Nationalrat: Prammer zieht positive Bilanz über laufende Tagung",
           "Wien (PK) – Die Sommerpause des Nationalrats könnte dauerhaft verkürzt werden. Das erklärte "
           "Nationalratspräsidentin Barbara Prammer heute anlässlich ihrer Bilanz der zu Ende gehende Tagung des "
           "Nationalrats. Die Abgeordneten hätten sich sehr bewusst dafür entschieden, die tagungsfreie Zeit heuer um "
           "knapp zwei Wochen zu verkürzen, betonte sie und wertete dies als erstes Signal für dauerhafte kürzere "
           "Parlamentsferien. Allerdings müsste dazu die Bundesverfassung geändert werden, gab Prammer zu bedenken.",
           p4,
           "Ausdrücklich strich Prammer auch die besondere Bedeutung des Instruments des Untersuchungsausschusses "
           "hervor. Der Nationalrat stehe auf zwei Beinen, bekräftigte sie, er habe nicht nur die Aufgabe, Gesetze zu "
           "beschließen, sondern auch deren Vollziehung zu kontrollieren. Die Untersuchungsausschüsse der letzten beiden "
           "Jahre zeigen für sie, dass das Parlament seine Kontrollaufgabe ernst nimmt.",
           "Dass es im Sommer keine Sitzungen des Untersuchungsausschusses geben wird, begründete Prammer damit, dass "
           "dieser nicht in den Wahlkampf hineingezogen werden solle. Sie will, wie sie auf Nachfrage erklärte, aber "
           "nicht ausschließen, dass am Beginn der nächsten Legislaturperiode erneut ein Untersuchungsausschuss "
           "eingesetzt wird, um offen gebliebene Fragen zu klären."],
    quotes=[(cut(p4, "\"Wir sind", "Weg\""), "Barbara Prammer"),
            (cut(p4, "\"auch wenn", "sein\""), "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Prammer", "Nationalratspräsidentin"]})

p2 = ("Wien (PK) – \"Das Haus der Demokratie muss immer ein offenes Haus sein\", sagte Nationalratspräsidentin Barbara "
      "Prammer am Nationalfeiertag 2007, als sie gemeinsam mit Zweitem Präsidenten Michael Spindelegger und Dritter "
      "Präsidentin Eva Glawischnig-Piesczek 15.000 BesucherInnen zum \"Tag der offenen Tür\" im Hohen Haus begrüßte. "
      "Großes Interesse erregte an diesem Nationalfeiertag die \"Demokratiewerkstatt\" im Palais Epstein, die schon am "
      "Vortag ihre Arbeit aufgenommen hatte. In Anwesenheit von Bundespräsident Heinz Fischer machten sich dort junge "
      "Menschen mit den Instrumenten des Parlamentarismus und der Demokratie vertraut und erhielten Informationen über "
      "die Arbeit von Nationalrat und Bundesrat. Interviewfragen zur Länderkammer beantwortete Bundesratspräsident "
      "Wolfgang Erlitz.")
p3 = ("Rund 7200 Kinder und Jugendliche besuchten bis Ende der Tagung die \"Demokratiewerkstatt\" und nutzten die "
      "Gelegenheit zur Mitarbeit an der am 25.10.2005 frei geschalteten \"Parlamentswebsite für Kinder und "
      "Jugendliche\". Die Namen der vier \"Demokratiewerkstatt-Maskottchen \"Lesco\", \"Skepti\", \"Collecti\" und "
      "\"Flitzi\" - sie zieren seit Oktober 2007 das Portal des Palais Epstein - gingen aus einem Ideenwettbewerb hervor, "
      "dessen junge PreisträgerInnen Präsidentin Prammer am 8.4.2008 im Hohen Haus empfing. Am 25.4.2008 organisierte "
      "die Demokratiewerkstatt im Rahmen der Aktionstage \"Politische Bildung\" für Kinder und Jugendliche der 7. bis 9. "
      "Schulstufe Workshops zum interkulturellen Dialog. Im Zusammenhang mit der Übernahme des Bundesratsvorsitzes durch "
      "das Land Vorarlberg am 1. Juli 2008 besuchte die Demokratiewerkstatt den Vorarlberger Landtag und bot dort "
      "Schülerinnen und Schülern in sieben Workshops Gelegenheit, sich mit Gesetzgebung, Mitbestimmung und Partizipation "
      "auseinandersetzen.")
add(id="ho3-pk-2008-07-11-demokratiewerkstatt",
    title="Parlamentskorrespondenz Nr. 680 vom 11.07.2008",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2008/pk0680",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline; the stored copy is cut off in its third paragraph ('Viele Parlamentsveranstaltungen "
              "…'), which is dropped; ASCII quotation marks and the unpaired mark before 'Demokratiewerkstatt-"
              "Maskottchen' as published)",
    license=PK,
    paras=["Kinder und Jugendliche machen das Hohe Haus bunter und fröhlicher", p2, p3],
    quotes=[(cut(p2, "\"Das Haus", "sein\""), "Barbara Prammer"),
            # names of an event, a workshop, a website, mascots and action days are null (rules 2, 24)
            ("\"Tag der offenen Tür\"", None),
            ("\"Demokratiewerkstatt\"", None, 0),
            ("\"Demokratiewerkstatt\"", None, 1),
            ("\"Parlamentswebsite für Kinder und Jugendliche\"", None),
            # an opening mark the text never closes, before correctly paired names: the span is the mark and the
            # word it opens (rule 43)
            ("\"Demokratiewerkstatt-Maskottchen", None),
            ("\"Lesco\"", None), ("\"Skepti\"", None), ("\"Collecti\"", None), ("\"Flitzi\"", None),
            ("\"Politische Bildung\"", None)],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Prammer"]})

p3 = ("Wien (PK) Aufgeladen, mit gegenseitigen Angriffen, teils begleitet von lautstarken Zwischenrufen, dann aber auch "
      "wieder der Appell aller, die Koalition geordnet zu beenden – unter diesem Szenario verlief heute die sehr hitzig "
      "geführte Debatte über die Erklärung von Bundeskanzler Christian Kern zur Situation in der Regierung nach dem "
      "Rücktritt von Vizekanzler Reinhold Mitterlehner, dem einstimmigen Beschluss der ÖVP, Außenminister Sebastian "
      "Kurz zum ÖVP-Obmann zu machen, und den ins Auge gefassten vorzeitigen Neuwahlen kommenden Herbst. Kern ließ in "
      "seiner Rede durchblicken, dass er in der verbleibenden Zeit noch wichtige Punkte im freien Spiel der "
      "parlamentarischen Kräfte durchbringen möchte. Kurz bekräftigte, die SPÖ auch weiterhin nicht überstimmen zu "
      "wollen und versicherte seinerseits, wichtige Punkte des Regierungsprogramms noch gemeinsam umsetzen zu wollen. "
      "Justizminister und neuer Vizekanzler Wolfgang Brandstetter appellierte, den Weg der Vernunft zu gehen.")
p4 = ("Die Opposition fand das freie Spiel der Kräfte zwar richtig und gut, zog aber in Zweifel, dass die "
      "Regierungsfraktionen in der Lage sein werden, die Gesetzgebungsperiode einem geordneten Ende zuzuführen. Die "
      "Kritik von FPÖ, Grünen, NEOS und Team Stronach richtete sich sowohl an Außenminister Kurz als auch an "
      "Bundeskanzler Kern, denn diese hätten in erster Linie die Inszenierung vor die Sacharbeit gestellt, so der "
      "grundlegende Vorwurf. Kritik wurde an Sebastian Kurz sowohl von Opposition als auch von der SPÖ laut, weil dieser "
      "das Amt des Vizekanzlers nicht übernehmen will und sich damit auch der Verantwortung entziehe. Der Bundeskanzler "
      "nannte dies als Grund dafür, die politischen Entscheidungen ins Parlament zu verlagern und „auf die "
      "Parlamentsarbeit zu vertrauen“.")
add(id="ho3-pk-2017-05-nationalrat-ende-der-koalition",
    title="Nationalrat: Diskussion über ein „geordnetes Ende der Koalition“",
    url="https://prnet.at/nationalrat-diskussion-ueber-ein-geordnetes-ende-der-koalition/",
    retrieved="same address (the Parlamentskorrespondenz's report of the National Council's debate of May 2017 on the "
              "Chancellor's statement, dateline 'Wien (PK)', as reposted by the press portal prnet.at (rule 31); the "
              "subtitle kept as its own line; the stored copy is cut off in the paragraph 'Vielfach wurde in der "
              "Debatte …', which is dropped)",
    license=PK,
    paras=["Erklärung von Bundeskanzler Kern zur Lage der Koalition", p3, p4],
    # a headline quotation the body credits to nobody in particular is null (rule 26)
    quotes=[("„geordnetes Ende der Koalition“", None),
            ("„auf die Parlamentsarbeit zu vertrauen“", "Christian Kern")],
    aliases={"Christian Kern": ["Christian Kern", "Kern", "Bundeskanzler"]})
