# Thirty-third held-out German real-news set (tests/data/heldout33-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-166 and the new rules of this set, 167-169). None of these pages is in any tests/data/*.jsonl or
# annotation module (checked by URL and by an 8-word overlap search against the texts of all sets: no shared window). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirty-third held-out set": seven texts of the German Federal Government (six press
# releases of the Federal Government Commissioner for Culture and the Media on bundesregierung.de, one statement of the
# government spokesman on bundeskanzlerin.de) and one bundesregierung.de article reposted by orchesterverbaende.de with the
# source named. The stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_SITE_REPOST  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- German Federal Government: bundesregierung.de / bundeskanzlerin.de ---

P1 = ['Kulturstaatsministerin Monika Grütters besucht Auschwitz / "Wir werden diese Menschheitsverbrechen nie vergessen"',
           'Die Staatsministerin für Kultur und Medien, Monika Grütters, hat am Montag, 15. November 2021, das ehemalige Konzentrations- und Vernichtungslager Auschwitz besucht. Sie hat sowohl in der Gedenkstätte des Stammlagers Auschwitz als auch im ehemaligen Außenlager Auschwitz-Birkenau der Millionen Menschen gedacht, die dort und an vielen anderen Orten in Europa von den Nazis ermordet wurden. Außerdem hat Grütters in der Internationalen Jugendbegegnungsstätte in Oświęcim/Auschwitz Gespräche mit den dort Verantwortlichen und jungen Gästen geführt.',
           'Staatsministerin Monika Grütters: „Das Konzentrations- und Vernichtungslager Auschwitz war ein von Deutschen betriebenes Vernichtungslager. Es ist weltweit das Symbol für die unfassbaren Verbrechen, die von Deutschen im Zweiten Weltkrieg begangen wurden. Ausschwitz zeigt, wohin Hass, Hetze, Rassismus und Fremdenfeindlichkeit führen können. Wir werden die Millionen Jüdinnen, Juden und alle anderen Menschen niemals vergessen, die dem Rassenwahn der Nazis zum Opfer fielen. Aus den Gräueltaten der Nationalsozialisten erwächst eine große Verantwortung für uns, jetzt und für alle Zeit. Die Auseinandersetzung mit dem Holocaust ist und bleibt für mich der zentrale Orientierungspunkt, von dem ausgehend wir unsere eigene Geschichte betrachten. Deshalb müssen wir uns aktuellen Tendenzen, die Menschheitsverbrechen der NS-Zeit zu relativieren, energisch entgegenstellen. Das Eintreten gegen Antisemitismus und Diskriminierungen ist nicht nur ein staatliches Handlungsprinzip, sondern eine moralische Pflicht jedes Einzelnen von uns.“']

add(id="ho33-breg-2021-11-15-gruetters-auschwitz",
    title=P1[0],
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/kulturstaatsministerin-monika-gruetters-besucht-auschwitz-wir-werden-diese-menschheitsverbrechen-nie-vergessen--1981838",
    retrieved="same address (stored copy of the press release of the Federal Government Commissioner for Culture and the "
              "Media of 15 November 2021; headline, first paragraph and statement as stored; the published typo "
              "'Ausschwitz' kept (rule 20); complete as stored)",
    license=BREG,
    paras=P1[1:],
    quotes=[('"Wir werden diese Menschheitsverbrechen nie vergessen"', "Monika Grütters"),
            (cut(P1[2], "„Das Konzentrations", "von uns.“"), "Monika Grütters")],
    aliases={"Monika Grütters": ["Monika Grütters", "Grütters", "Kulturstaatsministerin Monika Grütters",
                                 "Staatsministerin Monika Grütters"]})

P2 = ['Seibert zu den Ereignissen in Chemnitz',
           '"Diese Woche mit den verstörenden Ereignissen von Chemnitz war keine gute Woche für unser Land.',
           'Ausgangspunkt war die brutale Tötung eines Menschen. Eine fürchterliche Tat, für die die Täter zur Verantwortung gezogen werden müssen. Und zwar völlig unabhängig von der Staatsangehörigkeit des Opfers.',
           'Es ist gut, dass die Polizei so schnell Ermittlungserfolge erzielen konnte. Ich hoffe, dass die gesamten Umstände nun schnell aufgeklärt werden und die Täter für ihre Tat angemessen bestraft werden. So und nicht anders geht man in einem Rechtsstaat mit Straftaten um.',
           'Was sich in der Folge dann in Chemnitz stellenweise zugetragen hat, hat mich erschüttert.',
           'Zusammenrottungen, Hassparolen und Gewaltdrohungen gegen Menschen anderen Aussehens bzw. anderer Herkunft, völlige Respektlosigkeit gegenüber Polizistinnen und Polizisten - das alles hat mit Trauer über den Tod eines Menschen oder auch politischem Protest nichts zu tun. Auch hier hoffe ich auf eine umfangreiche Aufklärung. Und auch hier müssen die Täter zu Verantwortung gezogen werden."']

add(id="ho33-bkin-2018-08-31-seibert-chemnitz",
    title=P2[0],
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/seibert-zu-den-ereignissen-in-chemnitz-1527782",
    retrieved="same address (stored copy of the statement of government spokesman Steffen Seibert on the events in "
              "Chemnitz, August 2018; the image's alt text 'Steffen Seibert, Sprecher der Bundesregierung, während einer "
              "Pressekonferenz', its caption 'Regierungssprecher Seibert: \"Hass und Gewalt entschlossen entgegentreten.\"' "
              "and the credit 'Foto: Bundesregierung/Güngör' dropped (rule 14); the statement's five paragraphs as "
              "published, the first opening a quotation mark and the last closing it (rules 22, 46, 167); complete as "
              "stored)",
    license=BREG,
    paras=P2[1:],
    quotes=[(P2[1], "Seibert"),
            (P2[5], "Seibert")],
    aliases={"Seibert": ["Seibert"]})

P3 = ['Kulturstaatsministerin besucht Hannah Arendt-Ausstellung im Deutschen Historischen Museum - Grütters: „Es ist eine gute Nachricht, dass Museen und Ausstellungen wieder öffnen“',
           'Kulturstaatsministerin Monika Grütters hat heute die am 11. Mai eröffnete Hannah Arendt-Ausstellung im Pei-Bau des Deutschen Historischen Museums besucht. Grütters informierte sich bei Museumsdirektor Raphael Gross und seinen Mitarbeiterinnen und Mitarbeitern über die Maßnahmen, die für einen pandemie-gerechten Wiederbeginn des Museums- und Ausstellungbetriebs ergriffen wurden.',
           'Monika Grütters dazu: „Es ist eine gute Nachricht für die Bürgerinnen und Bürger in Deutschland, dass Museen und Ausstellungen jetzt unter Einhaltung der notwendigen Hygiene-Vorschriften wieder öffnen. Dem Deutschen Historischen Museum danke ich für den Mut, so ein Ereignis wie die großartige Hannah Arendt-Ausstellung als Neustart nach dem Corona-Lockdown anzubieten. Nach meinem Eindruck wird im DHM sehr verantwortungsvoll und umsichtig auf die Herausforderungen durch die Corona-Pandemie reagiert. So können und müssen wir es wagen.',
           'Hannah Arendt war zeitlebens eine streitbare Frau und Intellektuelle, die auch Kontroversen aushielt. Eine Krise wie die derzeitige zwingt auch uns, Denkmuster in Frage zu stellen. Auch deshalb ist eine Ausstellung wie diejenige des DHM über Hannah Arendt gerade jetzt wegweisend.“']

add(id="ho33-breg-2020-05-gruetters-hannah-arendt-dhm",
    title=P3[0],
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/kulturstaatsministerin-besucht-hannah-arendt-ausstellung-im-deutschen-historischen-museum-gruetters-es-ist-eine-gute-nachricht-dass-museen-und-ausstellungen-wieder-oeffnen--1752350",
    retrieved="same address (stored copy of press release 164 of the Presse- und Informationsamt der Bundesregierung on "
              "the Commissioner for Culture's visit to the Hannah Arendt exhibition, May 2020; the headline, which the "
              "stored copy repeats, kept once; the lines 'Pressemitteilung 164' and 'Presse- und Informationsamt der "
              "Bundesregierung (BPA)' dropped as furniture (rule 19); the published 'Ausstellungbetriebs' kept (rule 20); "
              "the paragraph 'Grütters verwies auch auf das kürzlich gestartete 10-Millionen-Euro-Sofortprogramm …', cut off "
              "in the stored copy inside its quotation, dropped with everything after it (rule 15))",
    license=BREG,
    paras=P3[1:],
    quotes=[(cut(P3[0], "„Es ist", "öffnen“"), "Monika Grütters"),
            (cut(P3[2], "„Es ist", "wagen."), "Monika Grütters"),
            (P3[3], "Monika Grütters")],
    aliases={"Monika Grütters": ["Monika Grütters", "Grütters", "Kulturstaatsministerin Monika Grütters"]})

# --- bundesregierung.de article reposted with the source named ---

P4 = ['Bundeskanzlerin würdigt Kultureinrichtungen',
           'Bundeskanzlerin Angela Merkel hat den vom Bund geförderten Kultureinrichtungen für ihre Arbeit gedankt. Sie seien "Vertreter der kulturellen Vielfalt Deutschlands", so Merkel. Auf Einladung von Kulturstaatsministerin Grütters waren die Spitzen von Stiftungen, Museen, Vereinen und Verbänden nach Berlin gekommen. Eingeladen waren rund 170 Leiterinnen und Leiter unterschiedlichster Einrichtungen. "Jeder, der hier ist, vertritt ein Stück des kulturellen Schatzes oder der kulturellen Zukunft unseres Landes", sagte Bundeskanzlerin Angela Merkel. Geschichte und Kultur müssten auch in der öffentlichen Wahrnehmung noch an Bedeutung gewinnen.',
           'Auch Kulturstaatsministerin Monika Grütters dankte den Gästen für "Sachkompetenz und Engagement", die in den Programmen und Projekten der einzelnen Einrichtungen stecke. "Die "Weltläufigkeit und der kulturelle Reichtum in ganz Deutschland ist nicht zuletzt auch ihr Verdienst, die Sie Stiftungen und Verbände, Museen, Archive und Bibliotheken, Festspiele und Kulturzentren oder auch die verschiedenen Kunstsparten sowie die Pflege des kulturellen Erbes vertreten", betonte Grütters.']

add(id="ho33-breg-repost-orchesterverbaende-merkel-kultureinrichtungen",
    title=P4[0],
    url="http://orchesterverbaende.de/index.php?option=com_content&view=article&id=356:bundeskanzlerin-wuerdigt-kultureinrichtungen&catid=1:aktuelles",
    retrieved="same address (stored copy of the news item of the orchestra associations' site reposting an article of "
              "bundesregierung.de on the Chancellor's reception for the heads of federally funded cultural institutions; "
              "the photo credit 'Bild: Bundesregierung/Güngör' and the source line '(Quelle: www.bundesregierung.de)' "
              "dropped (rules 14, 31); the published stray mark in '\"Die \"Weltläufigkeit' kept (rules 20, 168); complete "
              "as stored)",
    license=BREG_SITE_REPOST,
    paras=P4[1:],
    quotes=[('"Vertreter der kulturellen Vielfalt Deutschlands"', "Angela Merkel"),
            (cut(P4[1], '"Jeder, der', 'Landes"'), "Angela Merkel"),
            ('"Sachkompetenz und Engagement"', "Monika Grütters"),
            (cut(P4[2], '"Die "Welt', 'vertreten"'), "Monika Grütters")],
    aliases={"Angela Merkel": ["Angela Merkel", "Merkel", "Bundeskanzlerin Angela Merkel"],
             "Monika Grütters": ["Monika Grütters", "Grütters", "Kulturstaatsministerin Monika Grütters",
                                 "Kulturstaatsministerin Grütters"]})

# --- Commissioner for Culture and the Media: press releases on the monument programmes (bundesregierung.de) ---

P5 = ['Grütters fördert Kulturdenkmäler von nationaler Bedeutung mit über 6 Millionen Euro',
      'Die Staatsministerin für Kultur und Medien fördert weitere 46 Projektmaßnahmen im Rahmen des Denkmalpflegeprogramms „National wertvolle Kulturdenkmäler“ mit einer Gesamtfördersumme von über 6 Millionen Euro. Die Förderung trägt zur Substanzerhaltung und Restaurierung gesamtstaatlich bedeutender Baudenkmäler bei.',
      'Monika Grütters erklärte dazu: „Wir können stolz auf unser einzigartiges kulturelles Erbe sein. Die geförderten Projekte belegen das große Engagement des Bundes für Denkmalschutz und Denkmalpflege in ganz Deutschland. Damit tragen wir im Europäischen Kulturerbejahr 2018 einmal mehr dazu bei, unsere gemeinsamen Wurzeln und Werte ins Bewusstsein der Öffentlichkeit zu rücken und das Interesse für unsere Geschichte und für unsere kulturellen Traditionen zu beleben.“',
      'Beispielhaft dafür stehen in diesem Jahr der Kunsttempel der Kunststätte Bossard in Jesteburg, die Klosterkirche St. Maria im Sonnenkamp in Neukloster, das Fuggerschloss Babenhausen, der Historische Betsaal der Ev. Brüdergemeine in Herrnhut, die Turmruine in Harbke sowie das Schloss Broock in Alt Tellin.',
      'Das Denkmalpflegeprogramm „National wertvolle Kulturdenkmäler“ besteht bereits seit 1950 und stellt somit das älteste Denkmalschutzprogramm des Bundes dar. Seit den Anfängen bis 2017 konnten damit 670 Kulturdenkmäler mit einem Gesamtvolumen von rund 367 Millionen Euro in ganz Deutschland erhalten und restauriert werden. Das Programm umfasst Denkmäler, in denen sich herausragende Leistungen in Deutschland abbilden - vor allem auf den Gebieten der Kultur, Politik, Architektur, Geschichte und Wissenschaft.']

add(id="ho33-breg-2018-gruetters-kulturdenkmaeler-6-millionen",
    title=P5[0],
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/gruetters-foerdert-kulturdenkmaeler-von-nationaler-bedeutung-mit-ueber-6-millionen-euro-1516372",
    retrieved="same address (stored copy of the press release of the Commissioner for Culture and the Media on the "
              "programme 'National wertvolle Kulturdenkmäler', 2018; complete as stored)",
    license=BREG,
    paras=P5[1:],
    quotes=[("„National wertvolle Kulturdenkmäler“", None, 0),
            (cut(P5[2], "„Wir können", "beleben.“"), "Monika Grütters"),
            ("„National wertvolle Kulturdenkmäler“", None, 1)],
    aliases={"Monika Grütters": ["Monika Grütters", "Grütters"]})

P6 = ['Kulturstaatsministerin Grütters: 21 Millionen Euro für Denkmalschutz sind bleibende Investitionen in die Zukunft!',
      'Kulturstaatsministerin Monika Grütters erklärte: „Denkmäler sind markante und weithin sichtbare Zeugen unserer Geschichte, sie prägen unsere reiche Kulturlandschaft. Dieses einzigartige kulturelle Erbe für künftige Generationen zu bewahren, gehört zu unseren vornehmen gesellschaftlichen Pflichten. Deshalb danke ich dem Haushaltsausschuss des Deutschen Bundestages, dass er auch in diesem Jahr dem Erhalt des Kulturerbes eine hohe Priorität eingeräumt hat. Das Engagement des Bundes ist eine bleibende Investition in die Zukunft, denn so können dringend erforderliche Sanierungen an herausragenden Kulturdenkmälern in den Regionen ermöglicht werden. Angesichts des großen Bedarfs in allen Bundesländern ist dies ein Segen für Deutschland und seinen Denkmalschutz.“',
      'Im Rahmen des fünften Denkmalschutz-Sonderprogramms – ergänzt durch eine Kofinanzierung durch Länder und Dritte – werden national bedeutsame Kulturdenkmäler vor dem Verfall bewahrt. Zu den 2015 geförderten Projekten gehören zum Beispiel die East Side Gallery in Berlin, die Bauhausvilla Feistel im sächsischen Chemnitz, die St. Georg Kapelle im brandenburgischen Neuruppin, die Benediktinerabtei Plankstetten in der Oberpfalz, das Recklinghäuser Rathaus sowie der Schlossturm in Jever.',
      'Seit 2007 hat die Kulturstaatsministerin mit den Sonderprogrammen mittlerweile insgesamt 170 Millionen Euro zusätzlich zu ihrem nationalen Denkmal-Pflegeprogramm in den Denkmalschutz investiert.']

add(id="ho33-breg-2015-gruetters-21-millionen-denkmalschutz",
    title=P6[0],
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/kulturstaatsministerin-gruetters-21-millionen-euro-fuer-denkmalschutz-sind-bleibende-investitionen-in-die-zukunft--404836",
    retrieved="same address (stored copy of the archived press release of the Commissioner for Culture and the Media on "
              "the fifth monument protection special programme, 2015; complete as stored)",
    license=BREG,
    paras=P6[1:],
    quotes=[(cut(P6[1], "„Denkmäler", "Denkmalschutz.“"), "Monika Grütters")],
    aliases={"Monika Grütters": ["Monika Grütters", "Grütters", "Kulturstaatsministerin Monika Grütters",
                                 "Kulturstaatsministerin Grütters", "Kulturstaatsministerin"]})

P7 = ['Bund fördert 40 national wertvolle Kulturdenkmäler – Grütters: „Kulturerbe für künftige Generationen sichern“',
      'Kulturstaatsministerin Monika Grütters fördert in diesem Jahr die Sanierung von 40 Denkmälern im Rahmen des Programms „National wertvolle Kulturdenkmäler“. Dafür stellt der Bund insgesamt mehr als 6 Millionen Euro zur Verfügung.',
      'Kulturstaatsministerin Monika Grütters erklärt: „Kulturdenkmäler sind ein wichtiger Teil unserer Identität, sie prägen unsere reiche Kulturlandschaft. Weil sie uns als kulturelles Erbe anvertraut sind, ist es unsere Aufgabe, herausragende Denkmäler für künftige Generationen zu sichern. In Zeiten der Corona-Pandemie wird auch die wirtschaftliche Dimension dieses Engagements deutlich. Unser Denkmalprogramm steht nicht nur ein für eine historische Kulturlandschaft, sondern es sorgt für Arbeit und Beschäftigung bei kleinen und mittelständischen Handwerksbetrieben.“',
      'Gefördert werden in diesem Jahr unter anderem das ehemalige Dominikaner-Terziarinnenkloster in Binsdorf und das Schloss Ebnet in Freiburg (Baden-Württemberg), das Museum Behnhaus Drägerhaus in Lübeck (Schleswig-Holstein), die Stabkirche Stiege (Sachsen-Anhalt) und die Johanniskirche in Mainz (Rheinland-Pfalz).',
      'Ziel des Denkmalpflegeprogramms „National wertvolle Kulturdenkmäler“ ist die Restaurierung und Instandhaltung bedeutender Baudenkmäler. Durch das bereits seit 1950 bestehende Programm sind bislang rund 700 Kulturdenkmäler in ganz Deutschland erhalten und restauriert worden.']

add(id="ho33-breg-2020-gruetters-40-kulturdenkmaeler",
    title=P7[0],
    url="https://www.bundesregierung.de/breg-de/aktuelles/bund-foerdert-40-national-wertvolle-kulturdenkmaeler-gruetters-kulturerbe-fuer-kuenftige-generationen-sichern--1758652?utm_source=Nachrichten-Fabrik.de&utm_content=link",
    retrieved="same address (stored copy, with the tracking parameters of the stored address, of press release 203 of the "
              "Presse- und Informationsamt der Bundesregierung, 2020; the headline, which the stored copy repeats, kept once; "
              "the lines 'Pressemitteilung 203' and 'Presse- und Informationsamt der Bundesregierung (BPA)' dropped as "
              "furniture (rule 19); complete otherwise)",
    license=BREG,
    paras=P7[1:],
    quotes=[("„Kulturerbe für künftige Generationen sichern“", "Monika Grütters"),
            ("„National wertvolle Kulturdenkmäler“", None, 0),
            (cut(P7[2], "„Kulturdenkmäler sind", "Handwerksbetrieben.“"), "Monika Grütters"),
            ("„National wertvolle Kulturdenkmäler“", None, 1)],
    aliases={"Monika Grütters": ["Monika Grütters", "Grütters", "Kulturstaatsministerin Monika Grütters"]})

P8 = ['Kulturstaatsministerin Grütters fördert national herausragende Kulturdenkmäler mit rund 7,5 Millionen Euro',
      'Dazu erklärte die Staatsministerin: „Der ganze kulturelle Reichtum unseres Landes spiegelt sich in den herausragenden Denkmälern vieler Regionen unseres Landes wider. Mir ist es daher ein wichtiges Anliegen, auch weiterhin eine verlässliche finanzielle Basis für den Substanzerhalt national bedeutsamer Kulturdenkmäler zu ermöglichen. Es ist außerdem eine wichtige gesamtgesellschaftliche Aufgabe, Kulturdenkmäler für die künftigen Generationen zu erhalten. Beispielhaft dafür stehen in diesem Jahr die Dreieinigkeitskirche Regensburg, der Dom zu Aachen, die Förderbrücke F60 in Lichterfeld (Brandenburg), das Lüneburger Rathaus, in Greifs-wald die Kirche St. Marien, die ehemalige Synagoge in Görlitz und die Benediktinerabtei St. Matthias in Trier“',
      'Für das Denkmalpflegeprogramm National wertvolle Kulturdenkmäler sind für die Substanzerhaltung und Restaurierung von gesamtstaatlich bedeutenden Baudenkmälern in diesem Jahr im Haushalt der Kultur-staatsministerin rund 7,5 Millionen Euro vorgesehen. Mit dem Pro-gramm können in diesem Jahr nahezu sechzig Einzelvorhaben berücksichtigt werden.']

add(id="ho33-breg-2014-gruetters-7-5-millionen-kulturdenkmaeler",
    title=P8[0],
    url="https://www.bundesregierung.de/breg-de/aktuelles/kulturstaatsministerin-gruetters-foerdert-national-herausragende-kulturdenkmaeler-mit-rund-7-5-millionen-euro-436602",
    retrieved="same address (stored copy of the press release of the Commissioner for Culture and the Media on the "
              "programme 'National wertvolle Kulturdenkmäler', 2014; the published hyphenations 'Greifs-wald', "
              "'Kultur-staatsministerin', 'Pro-gramm' and the missing full stop before the closing mark kept (rule 20); the "
              "last paragraph 'Das Denkmalpflegeprogramm National wertvolle Kulturdenkmäler besteht bereits seit 1950. …', "
              "whose closing sentence repeats the 2018 release of this set word for word, dropped so that no 8-word window is "
              "shared within the set)",
    license=BREG,
    paras=P8[1:],
    quotes=[(cut(P8[1], "„Der ganze", "in Trier“"), "Grütters")],
    aliases={"Grütters": ["Grütters", "Kulturstaatsministerin Grütters", "Staatsministerin"]})
