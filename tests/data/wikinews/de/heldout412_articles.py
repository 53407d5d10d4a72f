# Four-hundred-and-twelfth held-out German real-news set (tests/data/heldout412-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2165-2168). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twelfth held-out set": seven German news items and press releases of
# the Free Software Foundation Europe on fsfe.org (2012-2013: the election questions in Schleswig-Holstein and North
# Rhine-Westphalia, the EURA case in Slovakia, the "I love Free Software" day 2013, the German Document Freedom Award 2013
# for the taz, the open letter to Estonia's National Electoral Committee, the election questions in Hesse) (licence FSFE).
# The texts are read from the stored source files of the pages (news/YYYY/*.de.xhtml in the site's repository
# fsfe/fsfe-website): markup removed, the line breaks and runs of spaces inside a paragraph joined into single spaces (as
# the page renders them), link texts kept, subheadings, blockquotes and the items of a list inside the body kept as lines
# of their own, images with their captions, the link lists after the text and the pages' tag data dropped (rule 14); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"

# --- FSFE, 2 May 2012: the election questions in Schleswig-Holstein ---

CDU_SH = "CDU Schleswig-Holsteins"
SSW = "Südschleswigsche Wählerverband"
HOEREN = "Hoeren"
SH_Q1 = '"Koordinierung und Steuerung der Entwicklung von Freier Software"'
SH_Q2 = '"Die [...] müssen selbst entscheiden, welche Software sie nutzen möchten."'
SH_Q3 = '"Hoeren: “Geistiges Eigentum ist ein dummer Begriff”'

add(id="ho412-fsfe-2012-05-wahlpruefsteine-schleswig-holstein",
    title="Schleswig-Holstein - Positive Signale für die Entwicklung und Förderung Freier Software",
    url="https://fsfe.org/news/2012/news-20120502-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120502-01.de.xhtml",
                          commit="26f1de3ebbd2905114134cb63b2b1d853e655c12")
    + " (news of 2 May 2012; the subheading 'Einige Ergebnisse der Befragung' kept as a line of its own; the blockquote "
      "of Die Linke's answer kept as a paragraph; the closing list 'Verweise' (the link to the questions and the links "
      "to the questions of earlier elections) and the tag list dropped (rule 14); bold markup dropped; the published "
      "irregularities 'Softwarepatenten schweift', 'ein Vorteil', the comma before 'senden' and before 'könnte', the "
      "closing '¨' after 'Angebot und Nachfrage' and the unclosed '\"' before 'Hoeren:' kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe veröffentlicht heute ihre Freie-Software-Wahlprüfsteine für die Wahl zum "
           "Landtag Schleswig-Holsteins am 6. Mai 2012. Alle hier aufgeführten Parteien konnten Stellung nehmen zu Fragen "
           "über die generelle Förderung von Freier Software, dem Problem der Herstellerabhängigkeit bei unfreier "
           "Software, Offene Standards, dem Einsatz von Freier Software in der Bildung, Werbung für unfreie Software auf "
           "Webseiten der öffentlichen Verwaltung sowie zu Softwarepatenten.",
           "Nach den teilweise überraschenden Antworten aus dem Saarland, senden die Parteien aus Schleswig-Holstein wieder "
           "deutlich positivere Signale für die Entwicklung und Förderung Freier Software. Insbesondere die Linke "
           "Schleswig-Holstein antwortet fachlich fundiert und mit konkreten Vorschlägen pro Freie Software. Die Positionen "
           "des nur in Schleswig-Holstein wählbaren Südschleswigschen Wählerverbands hingegen sind die enttäuschendsten "
           "Antworten aller bisherigen FSFE-Wahlprüfsteine.",
           "Einige Ergebnisse der Befragung",
           "Die CDU Schleswig-Holsteins geht von allen bisher befragten Landesverbänden der CDU am stärksten auf die Fragen "
           "ein. Laut CDU werden in der parteiinternen Arbeit bereits heute die Distributionen OpenSUSE und Ubuntu, "
           "OpenOffice sowie Offene Formate eingesetzt. Sie wollen die " + SH_Q1 + " durch die 16 bildungsnahen "
           "Technologiezentren in Schleswig-Holstein unterstützen. Beim Thema Softwarepatenten schweift die CDU zu "
           "Urheberrecht, Internetsperren und Netzneutralität ab, ist sonst aber ein gutes Vorbild für andere "
           "Landesverbände.",
           "Die FDP zeichnet sich wie bei den anderen Landtagswahlen durch eine fundierte und konsequente Ablehnung von "
           "Softwarepatenten aus. Produktwerbung auf offiziellen Behördenseiten hält die FDP für unangebracht und spricht "
           "sich für eine selbstverantwortliche Entfernung von unfreier-Software-Werbung durch die Behörden aus.",
           "Der Landesverband Schleswig-Holstein Die Grünen antwortet im Vergleich zu den Landesverbänden vergangener "
           "Wahlen knapp und oberflächlich. Sie sprechen sich dafür aus, dass die Ausschreibungs-Bedingungen in der "
           "öffentlichen Verwaltung für Freie Software verbessert werden. Ansonsten ist die Position dieses Grünen "
           "Landesverbandes freundlicher gegenüber Freier Software als die offen abweisende Position der Grünen in "
           "Baden-Württemberg, jedoch oberflächlicher als die Antworten der anderen Landesverbände.",
           "Mit detaillierten und sachlich fundierten Antworten pro Freie Software hebt sich Die Linke hervor. Nur bei ihrer "
           "Ablehnung von Softwarepatenten, könnte Die Linke ihre Argumentation fundierter aufbauen. Dafür sprechen sie "
           "sich für den konsequenten Einsatz Offener Standards in der öffentlichen Verwaltung aus, sind für die Aufnahme "
           "Freier Software in die Lehrpläne und ins Angebot der Volkshochschulen. Geht es nach der Linken sollen Schulen "
           "ausschließlich Freie Software verwenden. Sie fordern den Einsatz Freier Software in Politik und Verwaltung und "
           "schreiben dazu:",
           "Die Ausrede „dafür gibt es aber keine Programme für unser Fachgebiet“, lassen wir allenfalls kurzfristig "
           "gelten. Solche Programme werden entwickelt werden, wenn die öffentliche Hand als Nachfrager zur Verfügung "
           "steht.",
           "Diesen Punkt hatte die FSFE bereits in der Vergangenheit hervorgehoben (siehe unter \"Angebot und Nachfrage¨). "
           "Die FSFE würde sich freuen, wenn sich diese Haltung parteiübergreifend durchsetzt.",
           "Nach der enttäuschenden Antwort der Piraten im Saarland, positioniert sich der Landesverband Schleswig-Holstein "
           "klar für Freie Software. Die Punkte zu Freier Software aus dem Grundsatzprogramm wurden hier im eigenen "
           "Wahlprogramm verfestigt. Darin werden zahlreiche Vorteile Freier Software - darunter der Kostenaspekt, die "
           "Unabhängigkeit, Investitionssicherheit und Standortförderung - hervorgehoben. Softwarepatente lehnen sie klar "
           "ab und versprechen sich davon ein Vorteil für die deutsche Wirtschaft. Des Weiteren fordern sie eine "
           "vollständige Umstellung der Verwaltung auf Offene Standards und wollen konkrete Anträge einbringen, um Werbung "
           "für proprietäre PDF-Betrachter auf Webseiten der öffentlichen Verwaltung zu entfernen.",
           "Schwer einzuordnen sind die Antworten der SPD Schleswig-Holsteins. Zusammenfassend lässt sich aus den Antworten "
           "der SPD weder eine negative noch eine unterstützende Position gegenüber der Förderung Freier Software ablesen. "
           "Teilweise spricht die SPD Schleswig-Holstein nur über den Einsatz in der eigenen Fraktion anstatt über "
           "politische Ziele für das Bundesland.",
           "Im Gegensatz zu allen anderen Parteien, beantwortete der Südschleswigsche Wählerverband fast alle unserer Fragen "
           "in nur einem Satz: " + SH_Q2 + " Diese Partei fungiert als offizielle Vertretung der dänischen Minderheit und "
           "ist damit von der 5%-Klausel ausgenommen, zieht also garantiert in den Landtag ein. Insbesondere bei ihrer "
           "Antwort zu Softwarepatenten zeigt sich wieder, wie der Begriff \"geistiges Eigentum\" eine sachliche "
           "Auseinandersetzung mit aktuellen Problemen im digitalen Zeitalter verhindert. (Siehe auch " + SH_Q3 + ".)"],
    quotes=[(SH_Q1, CDU_SH),
            ("„dafür gibt es aber keine Programme für unser Fachgebiet“", None),
            ('"Angebot und Nachfrage¨', None),
            (SH_Q2, SSW),
            ('"geistiges Eigentum"', None),
            (SH_Q3, HOEREN)],
    aliases={CDU_SH: ["CDU Schleswig-Holsteins", "CDU"],
             SSW: ["Südschleswigsche Wählerverband", "Südschleswigschen Wählerverbands"],
             HOEREN: ["Hoeren"]})

# --- FSFE, 8 May 2012: the election questions in North Rhine-Westphalia ---

FDP_NRW = "FDP in Nordrhein-Westfalen"
GRUENE_NRW = "NRW-Grünen"
PIRATEN_NRW = "Piraten in Nordrhein-Westfalen"
SPD_NRW = "SPD in Nordrhein-Westfalen"
NRW_F1 = '"freie auch gleichzeitig sichere Software ist"'
NRW_F2 = ('"gute Beispiele bürgerschaftlichen und wirtschaftlichen Engagements, z.B. die Beteiligung von Firmen, die '
          'Schulen Hardware zur Verfügung stellen"')
NRW_F3 = ('"unter Einbindung von Stiftungen, Software-Produzenten, aber auch Software-Anbietern für Schulen Chancen, '
          'Software kostenlos zu erhalten"')
NRW_G1 = '"frühzeitig in Kontakt mit offenen Formaten, offenen Standards und freien Lizenzen"'
NRW_G2 = '"erkennen, welchen Mehrwert diese bringen können"'
NRW_G3 = '"um Folge-Abhängigkeiten (Dienstleistungsmonopole) zu überwinden"'
NRW_P1 = '"den Einsatz von Freier Software in öffentlichen Einrichtungen vorschreiben und in anderen Bereichen fördern"'
NRW_P2 = '"[d]er Dokumentenaustausch zwischen und mit staatlichen Stellen muss auf Grundlage offener Standards geschehen"'
NRW_P3 = '"offener Hardware"'
NRW_P4 = '"verhindern, dass die Abgabe von Arbeitsergebnissen in proprietären Formaten verlangt wird"'
NRW_P5 = '"Betriebssystem und Software immer unter einer Freien Lizenz stehen"'
NRW_P6 = ('"Informationen nicht ohne die ausdrückliche Genehmigung des Besitzers erhoben oder weitergegeben werden"')
NRW_P7 = '"auch was das Aufspielen alternativer Firmware angeht"'
NRW_P8 = '"Verwaltung [...] keine Geschäftsmodelle von Unternehmen bewerben"'
NRW_S1 = '"digitale Teilhabe in der Gesellschaft zu ermöglichen"'
NRW_S2 = '"kostenfreier Software"'

add(id="ho412-fsfe-2012-05-wahlpruefsteine-nordrhein-westfalen",
    title="Nordrhein-Westfalen: Softwarepatente - Nein! Offene Standards - Ja!",
    url="https://fsfe.org/news/2012/news-20120508-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120508-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 8 May 2012; the subheading 'Einige Ergebnisse der Befragung' kept as a line of its own; the closing "
      "list 'Verweise' (the link to the questions and the links to the questions of earlier elections) and the tag list "
      "dropped (rule 14); bold markup dropped; the double space in 'zu  überwinden' rendered as one, as the page shows it; "
      "the published irregularities 'ausbildet', 'unfeier', 'Geschäftmodellen', 'unterschieden' and the double hyphens "
      "kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe veröffentlichte heute ihre Freie-Software-Wahlprüfsteine für die Wahl zum "
           "Landtag Nordrhein-Westfalens am 13. Mai 2012. Alle hier aufgeführten Parteien konnten Stellung nehmen zu "
           "Fragen über die Umsetzung Offener Standards, den Einsatz Freier Software in der Bildung, Werbung für unfreie "
           "Software auf Webseiten der öffentlichen Verwaltung, Probleme der Herstellerabhängigkeit, Kontrolle über mobile "
           "Endgeräte, Softwarepatente und die generelle Förderung Freier Software.",
           "FDP, Grünen, Piraten und SPD erklärten ihre Positionen. Im Gegensatz zu anderen Landesverbänden kamen trotz "
           "Nachfrage leider keine Antworten von CDU und Die Linke. Besonders erfreulich sind die konkreten und fundierten "
           "Aussagen der Piratenpartei, die sich damit deutlich vor den anderen Piraten-Landesverbänden positionieren. "
           "Konsens bei allen teilnehmenden Parteien ist die Abschaffung von Softwarepatenten und die klare Positionierung "
           "für Offene Standards in der Verwaltung. Doch unterscheiden sich die Vorstellungen der Parteien, ob und wie "
           "genau Freie Software gefördert und eingesetzt werden soll. Die FSFE wird kontinuierlich beobachten, welche der "
           "Versprechen die Parteien nach den Wahlen wirklich umsetzen.",
           "Einige Ergebnisse der Befragung",
           "Die FDP in Nordrhein-Westfalen sieht Softwarepatente weiterhin als Gefahr für kleine und mittlere Unternehmen. "
           "Sie schreiben, dass " + NRW_F1 + " und wollen die kommenden Ergebnisse zu Freier Software und "
           "Interoperabilität aus der Enquete-Kommission „Internet und digitale Gesellschaft“ des Bundestags in ihre "
           "zukünftige Arbeit einbeziehen. Kritisch sieht die FSFE die Antwort der FDP bei der Bildungspolitik: So lobt "
           "die FDP in NRW " + NRW_F2 + " und sieht " + NRW_F3 + ". Die FSFE sieht die Gefahr, dass Schulen -- durch von "
           "Unternehmen bereitgestellte Soft- und Hardware -- ihre Schüler nur an spezifischen Produkten ausbildet und sie "
           "dadurch in ihrem späteren Leben stärker von einzelnen Herstellern abhängig sein werden.",
           "Die NRW-Grünen wollen hingegen, dass Kinder und Jugendliche schon " + NRW_G1 + " kommen, damit sie " + NRW_G2
           + ". Sie möchten den Einsatz Offener Standards in der Landesverwaltung, insbesondere bei der Beschaffung, "
           "stärken und schrittweise auf Freie Software umstellen, " + NRW_G3 + ". Daneben sehen sie Freie Software als "
           "Querschnittsaufgabe, welche sie in den verschiedenen Bereichen der Landespolitik vorantreiben wollen. Den "
           "Herausforderungen durch einen Kontrollverlust bei mobilen Computern wollen sich die Grünen, zusammen mit "
           "anderen Akteuren, bundesweit stellen. Softwarepatente lehnen die Grünen ab, wie alle Parteien in NRW, die "
           "geantwortet haben.",
           "Die Piraten in Nordrhein-Westfalen wollen " + NRW_P1 + ". Dabei schreiben sie, der Umstieg auf Freie Software "
           "erfordert zwar einen längeren Prozess, doch mit wirtschaftlichen und gesellschaftlichen Vorteilen. Die Piraten "
           "fordern zudem: " + NRW_P2 + ", damit niemand zur Nutzung bestimmter Software gezwungen wird. Außerdem fordern "
           "die Piraten den Einsatz " + NRW_P3 + ", in der Verwaltung, um den Einsatz Freier Software nicht hardwareseitig "
           "zu verhindern. In der Bildungspolitik wollen sie " + NRW_P4 + " und fordern, dass in Schulen " + NRW_P5
           + " müssen. Bei mobilen Geräten will die Piratenpartei, dass " + NRW_P6 + " und dem Anwender die volle Kontrolle "
           "über sein Gerät geben, " + NRW_P7 + ". Des Weiteren soll die " + NRW_P8 + " und Softwarepatente möchten sie in "
           "Zusammenarbeit mit anderen Piratenparteien aus Deutschland und Europa weltweit abschaffen.",
           "Die SPD in Nordrhein-Westfalen sieht in Freier Software eine Möglichkeit, allen die " + NRW_S1 + ". Sie führen "
           "an, dass in der Landesverwaltung bereits viel Freie Software verwendet wird und lehnen Softwarepatente ab. "
           "Allerdings bestehen bei der SPD einige Missverständnisse zu Freier Software: So sprechen sie einmal von "
           + NRW_S2 + " und an anderer Stelle von unterschiedlichen Geschäftsmodellen bei unfeier und bei Freier Software. "
           "Die FSFE empfiehlt, klar zwischen Software- und Geschäftmodellen zu unterschieden, wie bei Georg Greve: \"Was "
           "macht ein Freies Software Unternehmen aus?\" nachgelesen werden kann."],
    quotes=[(NRW_F1, FDP_NRW),
            ("„Internet und digitale Gesellschaft“", None),
            (NRW_F2, FDP_NRW),
            (NRW_F3, FDP_NRW),
            (NRW_G1, GRUENE_NRW),
            (NRW_G2, GRUENE_NRW),
            (NRW_G3, GRUENE_NRW),
            (NRW_P1, PIRATEN_NRW),
            (NRW_P2, PIRATEN_NRW),
            (NRW_P3, PIRATEN_NRW),
            (NRW_P4, PIRATEN_NRW),
            (NRW_P5, PIRATEN_NRW),
            (NRW_P6, PIRATEN_NRW),
            (NRW_P7, PIRATEN_NRW),
            (NRW_P8, PIRATEN_NRW),
            (NRW_S1, SPD_NRW),
            (NRW_S2, SPD_NRW),
            ('"Was macht ein Freies Software Unternehmen aus?"', None)],
    aliases={FDP_NRW: ["FDP in Nordrhein-Westfalen", "FDP in NRW", "FDP"],
             GRUENE_NRW: ["NRW-Grünen", "Grünen"],
             PIRATEN_NRW: ["Piraten in Nordrhein-Westfalen", "Piraten", "Piratenpartei"],
             SPD_NRW: ["SPD in Nordrhein-Westfalen", "SPD"]})

# --- FSFE, 9 May 2012: the EURA case in Slovakia ---

HUSOVEC = "Martin Husovec"
EURA_Q = ("„Die Situation ist absurd. Wenn eine andere öffentliche Stelle entscheidet, eine reine Apple-Lösung für ihre "
          "Aufgabenstellungen zu verwenden, sollte dann jeder dazu verpflichtet werden, sich einen Apple zu kaufen, nur um "
          "die Pflichtabgaben zu machen? Wie viele verschiedene Produkte sollen die Bürger und Firmen denn kaufen um allen "
          "Gesetzen gerecht zu werden?“")

add(id="ho412-fsfe-2012-05-eura-fall-slowakei",
    title="Staat missachtet Web Standards, Firma droht nun 5.600 EUR Bußgeld",
    url="https://fsfe.org/news/2012/news-20120509-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120509-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 9 May 2012; the tag list dropped (rule 14); the italic markup of the quotation dropped; the link text "
      "'Zusammenfassung des „EURA-Falls“' kept as running text; the published irregularities 'Gesetzt', "
      "'Datenübertagung', 'Ironischer Weise' and 'Textil Importeur' kept (rule 20))",
    license=FSFE,
    paras=["In der Slowakischen Republik hat ein Gesetzt, das zur Minderung von Bürokratie führen soll, Ungerechtigkeit "
           "erzeugt. Der Staat stimmte dafür, dass gewisse gesetzliche Vorschriften nur auf elektronischem Wege "
           "eingehalten werden. Die dedizierte Web-Lösung hat jedoch einige Bürger von der Nutzung ausgeschlossen, da sie "
           "nicht interoperabel ist und nur mit Software eines einzigen Herstellers funktioniert. Das bedeutet, dass "
           "aufgrund der Abwesenheit einer nicht elektronischen Option, der Staat tatsächlich die Nutzung eines bestimmten "
           "Produktes eines bestimmten Herstellers vorschreibt. Wer keine Kopie hat, musste sich eine kaufen. Ein "
           "slowakischer Textil Importeur war der Meinung, dass die Regierung ihm nicht vorschreiben sollte, eine "
           "bestimmte Software für seine Geschäfte zu verwenden und reichte die nötigen Unterlagen auf Papier ein. Jetzt "
           "droht der Firma ein Bußgeld in Höhe von 5.600 Euro.",
           "Die slowakische Steuerbehörde hatte der EURA Slovakia, s.r.o. bereits 12 mal Bußgelder auferlegt weil sie ihre "
           "monatlichen Steuerbescheide schriftlich eingereicht hatten. Dies geschah, weil die Nutzung der elektronischen "
           "Form unmöglich war. Die Webapplikation der Regierung funktioniert nur mit Microsoft Windows Betriebssystemen in "
           "Verbindung mit Windows Internet Explorer. Alle anderen Betriebssysteme wie Apple (OS X), GNU/Linux oder BSD "
           "können die Anwendung nicht starten.",
           "Die Steuerbehörde der Slowakei hat Bürger, die andere Produkte verwenden, von der Einreichung der nötigen "
           "Belege an den Staat ausgeschlossen. " + EURA_Q + ", fragt Martin Husovec, Mitglied in der Rechtsabteilung der "
           "FSFE, die nun der slowakischen Firma vor Gericht beisteht.",
           "Ironischer Weise führte diese Missachtung, die ja eigentlich dazu gedacht war, Bürokratie zu verringern, zu "
           "noch mehr Komplikationen für die Firmen. Darüber hinaus wirft der „EURA-Fall“ die Frage auf, warum der Staat "
           "ein System eines bestimmten Herstellers bevorzugen sollte. Das schadet dem Wettbewerb, erhöht die Kosten für "
           "kleine Firmen und führt, wie in diesem Fall, zu sozialem Unrecht. Wenn die Regierung nur eine elektronische "
           "Form der Datenübertagung gesetzmäßig zulässt, dann muss sie eine Lösung bereitstellen, die "
           "plattformübergreifend funktionstüchtig ist und jedermann zur Verfügung steht. Es ist die Aufgabe des Staates "
           "für jeden Bürger präsent zu sein, und nicht nur für eine begrenzte Auswahl.",
           "Weitere Informationen über den „EURA-Fall“ gibt es in unserer Zusammenfassung des „EURA-Falls“."],
    quotes=[(EURA_Q, HUSOVEC),
            ("„EURA-Fall“", None, 0),
            ("„EURA-Fall“", None, 1),
            ("„EURA-Falls“", None)],
    aliases={HUSOVEC: ["Martin Husovec", "Mitglied in der Rechtsabteilung der FSFE"]})

# --- FSFE, February 2013: the "I love Free Software" day ---

ILFS_Q1 = ("„Jeden Tag nutzen wir Freie Software und nehmen das oft als selbstverständlich wahr. Wir schreiben "
           "Fehlermeldungen, sagen anderen, wie sie ihre Software verbessern können, oder bitten sie um neue Funktionen – "
           "wobei wir uns mit Kritik nicht zurückhalten. Um den Menschen, die in der Freien Software Gemeinschaft tätig "
           "sind, auf jeden Fall einmal im Jahr ein positives Feedback zu geben, gibt es den ‚I love Free Software Day‘”")
ILFS_Q2 = ("„Wir wollen, dass Sie uns dabei helfen, diesen Tag zum Tag zu machen, an dem jeder ‚Danke‘ zu den Menschen "
           "hinter Freier Software sagt“")

add(id="ho412-fsfe-2013-02-ilovefs-liebe-zeigen",
    title="Die FSFE bittet Sie darum, Ihre Liebe für Freie Software zu zeigen!",
    url="https://fsfe.org/news/2013/news-20130212-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130212-01.de.xhtml",
                          commit="123e9dbf7e91da0bf2ee2752640b7be30feacb5d")
    + " (news of 12 February 2013 (the stored file's newsdate attribute reads 2020-02-12; the text announces the day of "
      "14 February 2013); the six items of the list of suggestions kept as lines of their own; the tag list dropped "
      "(rule 14); link texts kept as running text; the closing '”' after the opening '„' of Kirschner's first quotation "
      "and the published irregularities 'Schreibe Sie', 'sage Sie', 'erzähle ihm/ihr', 'Spende Sie' and the missing comma "
      "in 'Ihnen auf dem' kept (rule 20))",
    license=FSFE,
    paras=["Am 14. Februar bittet die Free Software Foundation Europe alle Nutzer Freier Software, ihre Anerkennung für "
           "Freie Software zu zeigen. Die FSFE schlägt vor, diesen Tag als eine Gelegenheit wahrzunehmen, um den "
           "engagierten und hart arbeitenden Menschen in der Freie Software Gemeinschaft „Danke“ zu sagen.",
           ILFS_Q1 + ", sagt Matthias Kirschner, der die #ilovefs Kampagne der FSFE ins Leben rief.",
           "Die FSFE hat für den „I love Free Software Day“ einige Vorschläge, wie man seine Liebe den Menschen hinter "
           "Freier Software zeigen kann. Dazu gehören:",
           "Schreibe Sie eine Email, einen Brief oder einen (Mikro-)Blog-Eintrag an/über die Entwickler und sage Sie ihnen, "
           "wie sehr Sie ihre Arbeit schätzen.",
           "Geben Sie Ihrem Lieblings-Entwickler einen aus. Oder spendieren Sie jemandem ein Getränk und erzähle ihm/ihr "
           "von Ihrem Freien Lieblings-Programm!",
           "Umarmen Sie einen Entwickler (es wird empfohlen, vorab um Erlaubnis zu bitten).",
           "Machen Sie ein Foto von Ihnen auf dem Sie Ihre Gefühle für Freie Software zeigen und stellen Sie es online.",
           "Spende Sie der FSFE oder eine andere Freie Software Initiative, um Ihre Dankbarkeit zu zeigen. Sie sind auf "
           "Spenden für ihre Arbeit angewiesen. Also suchen Sie sich Ihre Lieblingsorganisation aus und spenden Sie. Sie "
           "können sich sicher sein, dass sie Ihre Liebe erwidern.",
           "Schließlich können Sie dabei helfen, die Liebe zu verbreiten, indem Sie die Banner der Kampagne über Email, "
           "(Mikro-)Blog, oder soziale Netzwerke verbreiten. Bitte verwenden Sie dafür den Hashtag #ilovefs.",
           ILFS_Q2 + ", fügt Matthias Kirschner hinzu."],
    quotes=[("„Danke“", None),
            (ILFS_Q1, KIRSCHNER),
            ("„I love Free Software Day“", None),
            (ILFS_Q2, KIRSCHNER)],
    aliases={KIRSCHNER: ["Matthias Kirschner"]})

# --- FSFE, 27 March 2013: the German Document Freedom Award for the taz ---

ALBERS = "Erik Albers"
KLEIN = "Elisabeth Klein"
KLEVER = "Ralf Klever"
UHLMANN = "Stephan Uhlmann"
TAZ_Q1 = ('"Wir zeichnen die TAZ mit dem Document Freedom Award für ihren anhaltenden Einsatz in der Verwendung Offener '
          'Standards aus sowie dem fortwährendem Bemühen die eigene Zeitung ohne Beschränkungen anzubieten"')
TAZ_Q2 = '"Reine Textdateien haben große Vorteile für Bibliotheken"'
TAZ_Q3 = ('"sie bieten einen einfachen Zugang zu Schriftstücken mit einer Vielzahl von verschiedenen Geräten. Anwender und '
          'Forscher können somit effizient suchen und analysieren."')
TAZ_Q4 = ('"Wir verwenden freie Formate, weil wir unsere Leser in keinen - wenn auch noch so goldenen - Käfig einsperren '
          'wollen. Nur mit offenen, vielfältigen Formaten ohne DRM können wir die TAZ so weit wie möglich verbreiten."')
TAZ_Q5 = ('"Wir gratulieren der TAZ für ihre entschlossene Haltung beim Einsatz Offener Standards. Die TAZ hat eine '
          'besondere Geschichte über aktuelle politische Bewegungen zu berichten, weshalb dies wichtiger Beitrag ist, diese '
          'Dokumentation in offenen und leicht zugänglichen Dokumentenformaten für zukünftige Generationen zu bewahren."')

add(id="ho412-fsfe-2013-03-document-freedom-award-taz",
    title="taz.die tageszeitung wird mit dem Document Freedom Award Deutschland ausgezeichnet",
    url="https://fsfe.org/news/2013/news-20130327-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130327-01.de.xhtml",
                          commit="06023a0fc1903c8498b21b08091305a4b79749fd")
    + " (news of 27 March 2013; the photo of the award with its caption ('Ralf Klever (verantworlich für "
      "Dokumentenfreiheit innerhalb der TAZ-EDV) hält die DFD Urkunde - …') dropped (rule 19); the closing line "
      "'Hintergrund Information:' with its link list (press photos, Document Freedom Day, PDF readers) and the line "
      "'Andere Aktivitäten und Veranstaltungen in Deutschland während des Document Freedom Day 2013:' with its list of "
      "four events, the empty timestamp and the tag list dropped (rule 14); '&amp;' rendered as '&'; the missing full "
      "stop after 'Fellowship Koordinator', the missing commas before 'unterstreicht', 'erklärt' and after 'hervor', "
      "'fortwährendem', 'dies wichtiger Beitrag' and 'Deutschland Radio' kept as published (rule 20))",
    license=FSFE,
    paras=["taz.die tageszeitung erhält den diesjährigen deutschen Document Freedom Award. Mit diesem Preis zeichnen die "
           "Free Software Foundation Europe (FSFE) und der Förderverein für eine Freie Informationelle Infrastruktur (FFII) "
           "alljährlich eine Organisation aus, welche sich vorbildhaft in der Verwendung Offener Standards hervortut.",
           "Die TAZ erhält den Document Freedom Award weil sie ihr elektronisches Abonnement in einer Reihe von offenen "
           "Formaten liefert und dabei auf digitale Rechteminderung (DRM) verzichtet. " + TAZ_Q1 + " unterstreicht Erik "
           "Albers, Berlins Fellowship Koordinator",
           "TAZ Abonnenten können die Tageszeitung in HTML, PDF, ePub und sogar in reinem Textformat erhalten. HTML Dateien "
           "bilden die Basis des World Wide Web. Das Portable Document Format (PDF) wurde 2008 von der Internationalen "
           "Organisation für Normung (ISO) als Standard veröffentlicht. Adobe gewährt jedem das Recht PDF Dateien zu "
           "erstellen und zu verbreiten ohne Einschränkungen. Reine Textdateien (.txt) können von Tausenden Anwendungen "
           "gelesen und geöffnet werden, unabhängig jedweder Plattform, Produkt oder Hersteller. " + TAZ_Q2 + ", hebt "
           "Elisabeth Klein, Geisteswissenschaftlerin mit enger Verbindung zu Universitätsbibliotheken in Deutschland, "
           "hervor " + TAZ_Q3,
           "ePub ist ein Offener Standard für elektronische Bücher. Anstatt an einen bestimmten Hersteller gebunden zu "
           "sein, können Benutzer Dateien mit der Endung .epub mit einer Bandbreite an Programmen und Geräten öffnen. "
           + TAZ_Q4 + " erklärt dazu Ralf Klever, EDV-Leitung der TAZ.",
           "Stephan Uhlmann, Vorstandsmitglied des FFII, fügt hinzu: " + TAZ_Q5,
           "Document Freedom Awards werden jährlich zum Document Freedom Day vergeben - dem internationalen Tag für Offene "
           "Standards. Vorherige Gewinner waren unter anderem 1&1 Internet AG, tagesschau.de und Deutschland Radio."],
    quotes=[(TAZ_Q1, ALBERS),
            (TAZ_Q2, KLEIN),
            (TAZ_Q3, KLEIN),
            (TAZ_Q4, KLEVER),
            (TAZ_Q5, UHLMANN)],
    aliases={ALBERS: ["Erik Albers", "Berlins Fellowship Koordinator"],
             KLEIN: ["Elisabeth Klein",
                     "Geisteswissenschaftlerin mit enger Verbindung zu Universitätsbibliotheken in Deutschland"],
             KLEVER: ["Ralf Klever", "EDV-Leitung der TAZ"],
             UHLMANN: ["Stephan Uhlmann", "Vorstandsmitglied des FFII"]})

# --- FSFE, 30 July 2013: the open letter to Estonia's National Electoral Committee ---

GERLOFF = "Karsten Gerloff"
OJASILD = "Heiki Ojasild"
EE_Q1 = ('"Unser Ziel ist es, die Freiheit und Privatsphäre Estnischer Bürger zu schützen und die Sicherheit des '
         'Wahlsystems zu verbessern,"')
EE_Q2 = ('"Wichtige Systemkomponenten bleiben der Öffentlichkeit völlig verborgen. Eine dieser Komponenten ist die '
         'Stimmabgabe-Anwendung, die auf die Rechner aller Abstimmenden geladen und dort ausgeführt werden muss,"')
EE_Q3 = ('"Es gibt keine Garantie, dass diese weit verbreitete Black Box so funktioniert, wie die Abstimmenden das '
         'erwarten, oder dass diese ihre Privatsphäre und ihren Willen respektiert."')

add(id="ho412-fsfe-2013-07-offener-brief-estland-wahlkomitee",
    title="Offener Brief zu Freiheit und Internetabstimmungen an Estlands nationales Wahlkomitee",
    url="https://fsfe.org/news/2013/news-20130730-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130730-01.de.xhtml",
                          commit="4129e9554c2195d523e9af52f40d8dead8b7b18a")
    + " (news of 30 July 2013; the two blockquotes kept as paragraphs; the tag list dropped (rule 14); link texts "
      "('offenen Brief', 'Freie Software', 'weit verbreitete', 'offenen Standards') kept as running text; the commas "
      "inside the closing marks and the missing comma before 'sind die Wähler' kept as published (rule 20))",
    license=FSFE,
    paras=["Die FSFE hat einen offenen Brief zum Internet-Wahlsystem des Landes an Estlands nationales Wahlkomitee (NEC) "
           "gesendet. Wir bitten darin das NEC die bei der Wahl benutzte Software als Freie Software zu veröffentlichen.",
           EE_Q1 + " führt Karsten Gerloff, Präsident der FSFE, aus.",
           "Estland benutzt Internet-Abstimmungen für allgemeine Wahlen seit 2005. Unglücklicherweise verbleibt die "
           "Technologie des Systems proprietär. Lokale Aktivisten haben es kürzlich geschafft das NEC zu überzeugen, den "
           "Quellcode von Teilen der Software unter einer nicht-freien Lizenz zu veröffentlichen, aber diese Lizenz "
           "erlaubt weder die Veröffentlichung abgeleiteter Versionen noch die kommerzielle Nutzung. Diese willkürlichen "
           "Beschränkungen von mit öffentlichen Mitteln entwickelter Software behindern die Überprüfung der Sicherheit.",
           EE_Q2 + " erklärt Heiki Ojasild, Fellowship-Repräsentant in der Generalversammlung der FSFE. " + EE_Q3,
           "Da der Quellcode nicht verfügbar ist und weil die Stimmabgabe-Anwendung auf den Rechnern der Bürger nicht auf "
           "offenen Standards basiert sind die Wähler gezwungen, eines jener Betriebssysteme zu nutzen, die vom nationalen "
           "Wahlkomitee unterstützt werden.",
           "Die FSFE hat die Aufmerksamkeit des NEC auf diese immer noch vorhandenen Probleme und deren mögliche Lösungen "
           "gelenkt. Die FSFE hat dem NEC ihre Unterstützung angeboten und freut sich darauf mitzuhelfen, dass das Bemühen "
           "um technologischen Fortschritt nicht auf Kosten von Freiheit, Privatsphäre und der Glaubwürdigkeit von Wahlen "
           "erfolgt."],
    quotes=[(EE_Q1, GERLOFF),
            (EE_Q2, OJASILD),
            (EE_Q3, OJASILD)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der FSFE"],
             OJASILD: ["Heiki Ojasild", "Fellowship-Repräsentant in der Generalversammlung der FSFE"]})

# --- FSFE, 18 September 2013: the election questions in Hesse ---

CDU_HE = "CDU Hessen"
HE_K = ('"Die Hessen CDU relativiert schon vor der Wahl alle ihrer Aussagen. Nach unseren bisherigen Erfahrungen erhoffen '
        'wir uns nach diesen Antworten keine Unterstützung der Landespartei für Freie Software. Neben der Enttäuschung bei '
        'den Volksparteien äußern Grüne und Piraten dagegen klare und positive Positionen für die Verbreitung Freier '
        'Software, die Förderung von Freien-Software-Unternehmen in Deutschland und die Kontrolle über die eigene IT."')
HE_C1 = '"lizenzrechtlichen oder hoheitlichen Gründen"'
HE_C2 = '"keine sicherheitspolitischen oder wirtschaftlichen Gründe dagegen sprechen"'
HE_C3 = '"lizenzpflichtige Software"'
HE_C4 = '"lizenzfrei"'
HE_C5 = '"lizenzfreien Produkte als Service für das Lesen bereitgestellt wird"'
HE_C6 = '"wo es sinnvoll"'

add(id="ho412-fsfe-2013-09-landtagswahl-hessen-wahlpruefsteine",
    title="Landtagswahl Hessen: SPD und CDU enttäuschen, Grüne und Piraten punkten",
    url="https://fsfe.org/news/2013/news-20130918-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130918-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 18 September 2013; the two blockquotes kept as paragraphs; the closing link list (the Bundestag "
      "questions, the Bavarian questions, other election questions, election programmes in the wiki) and the tag list "
      "dropped (rule 14); bold markup dropped; the label 'Update:' kept at the start of its paragraph; link texts kept as "
      "running text; the published irregularities 'des landespolitischen Handeln', 'die sämtliche Nutzungsrechte', "
      "'Betont aber', 'soll … offen gelegt werden', 'umzustellen', 'Bundesbene' and the double space after "
      "'fairerweise' (rendered as one) kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe veröffentlicht heute ihre Freie-Software-Wahlprüfsteine zur Landtagswahl "
           "in Hessen am 22. September 2013. Mit den Fragen will die FSFE sehen, inwieweit sich die Landesverbände mit den "
           "Themen auseinandergesetzt haben. Trotz wiederholter Nachfrage und Bestätigung über den Eingang unserer Fragen "
           "hat die SPD nicht auf die Fragen geantwortet (siehe Update unten). Bei FDP und Die Linke fällt eine Bewertung "
           "schwer: Sie haben die Antworten ihrer Bundesverbände 1:1 übernommen, was zwar eine generelle Zustimmung zur "
           "Bundesebene zulässt, allerdings eine Bewertung über den Kenntnisstand im Landesverband erschwert. Enttäuschend "
           "ist die Antwort der CDU:",
           HE_K + ", so Matthias Kirschner, Deutschlandkoordinator der FSFE.",
           "Zunächst klare Aussagen der hessischen Grünen, die Freie Software als Möglichkeit zur Vermeidung der digitalen "
           "Spaltung sehen. Sie wollen Freie Software und Offene Standards vorantreiben, da diese in vielen Bereichen des "
           "landespolitischen Handeln fördern. Von öffentlichen Geldern finanzierte Software soll als Freie Software "
           "veröffentlicht werden. Werbung für unfreie Software halten sie für unangebracht und technisch unnötig und "
           "wollen die öffentliche Verwaltung dazu aufklären. Festlegung auf einen Software-Hersteller soll in der Bildung "
           "vermieden werden. Weiterhin regen sie ein Gütesiegel für Freie Software an, um die irreführende Vermarktung "
           "mit dem Begriff zu unterbinden.",
           "Dagegen relativiert die hessische CDU viele ihrer Antworten. Öffentlich finanzierte Software soll grundsätzlich "
           "der Allgemeinheit zur Verfügung gestellt werden, außer wenn sie aus " + HE_C1 + " entwickelt wurde. Sie ist "
           "für die Veröffentlichung von Elster-Formular als Freie Software, allerdings nur, wenn " + HE_C2 + ". Sie trifft "
           "keine Aussage darüber ob öffentliche Einrichtungen bei beauftragter Softwareentwicklung die sämtliche "
           "Nutzungsrechte bekommen sollen. Betont aber, dass Software, die von der öffentlichen Verwaltung beauftragt "
           "wird, Gegenstand individueller Vereinbarungen ist.",
           "Weiterhin will die CDU Werbung für " + HE_C3 + " ausschließen. Daraufhin bezeichnet sie den Adobe Reader "
           "fälschlicherweise als " + HE_C4 + " und vertritt die Position, dass es der Behörde obliegt, welches der "
           + HE_C5 + ". Allerdings soll der Hinweis im Migrationsleitfaden umgesetzt werden. Dort steht auf Seite 172:",
           "Werden PDF-Dokumente öffentlich bereitgestellt, sollten Behörden fairerweise zu deren Betrachtung nicht mehr "
           "ausschließlich den Adobe Acrobat Reader empfehlen, sondern beispielsweise die von der FSFE bereitgestellten "
           "HTML-Bausteine zum Download alternativer PDF-Betrachter in ihre Seiten aufnehmen.",
           "Als bisheriger Koalitionspartner fordert die FDP die gebührenfreie Lizenzierung von Standards und will für "
           "plattformunabhängige Lehrmittel eintreten. Die CDU wiederum umgeht die Frage nach der Lizenzierung von "
           "Standards. Offene Standards sollen nach Ansicht der CDU Hessen in der Bildung nur dort verwendet " + HE_C6
           + " ist. Weiterhin unterstützt die CDU den Einsatz von unfreier Software in der Bildung, wenn die "
           "Privatwirtschaft dies benötigt.",
           "Bei Softwarepatenten sieht die CDU Hessen nur in Einzelfällen Probleme und diese primär rechtlich und nicht "
           "politisch. Nur zur Verhinderung von Trivialpatenten kann sie sich durchsetzen. Im Gegensatz dazu hat die "
           "Bundes-CDU, sowie alle anderen im Bundestag bisher vertretenen Parteien, den interfraktionellen Antrag gegen "
           "Softwarepatente unterstützt und begründet.",
           "Klare Aussagen wieder von den hessischen Piraten. Sie wollen öffentlich finanzierte Software dem Steuerzahler "
           "wieder zur Verfügung stellen. Grundbedingung dafür ist, dass die Verwaltung stets selbst den Quellcode bekommt. "
           "Die Öffentliche Verwaltung soll keine Werbung für unfreie Software machen, keine Nutzung von unfreier Software "
           "verlangen. Die Verwaltung und insbesondere Bildungseinrichtungen sollen schrittweise ihre gesamte technische "
           "Infrastruktur auf Freie Software umzustellen.",
           "Während alle Parteien bis auf die CDU klar fordern, dass Nutzerinnen freier Betriebssysteme ihre Steuerdaten "
           "online übermitteln können sollen, gehen die Piraten weiter: Die Schnittstellen des Elster-Servers soll offen "
           "gelegt werden, damit alle Anbieter eigene Lösungen entwickeln können. Dann soll die Weiterentwicklung der "
           "bestehenden Software eingestellt werden und stattdessen als Freie Software veröffentlicht werden. Generell "
           "wollen sie sich für eine Bevorzugung von Freier Software in der Verwaltung einsetzen. Weiterhin wollen sie sich "
           "für die vollständige Kontrolle der Computer-Eigentümer sowohl im Bundestag als auch in gemeinschaftlichen "
           "Arbeitsgruppen von Bund und Ländern stark machen.",
           "Update: Nach Veröffentlichung der Wahlprüfsteine antwortete uns die SPD Hessen. Sie ging davon aus, dass wir "
           "die Antworten der Bundesebene auch für Hessen verwenden und hatte die Anfrage als erledigt gesehen. Da bei dem "
           "Thema keine inhaltlichen Differenzen zur SPD auf Bundesbene bestehen, bat sie uns, die Positionen der "
           "Bundes-SPD nachträglich auch als Positionen der Hessen-SPD in die Übersicht zur Landtagswahl aufzunehmen."],
    quotes=[(HE_K, KIRSCHNER),
            (HE_C1, CDU_HE),
            (HE_C2, CDU_HE),
            (HE_C3, CDU_HE),
            (HE_C4, CDU_HE),
            (HE_C5, CDU_HE),
            (HE_C6, CDU_HE)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE"],
             CDU_HE: ["CDU Hessen", "hessische CDU", "CDU"]})
