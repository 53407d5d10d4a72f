# Sixth held-out German real-news set (tests/data/heldout6-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-48 and the sixth held-out rules 49-52). None of these pages is in any tests/data/*.jsonl
# (checked by URL and by 60-character text windows). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: netzpolitik.org (CC BY-NC-SA 4.0) and Global Voices auf Deutsch (CC BY 3.0); no Parlamentskorrespondenz,
# no Commission / European Parliament / EIZ texts (those are covered by the earlier held-out sets).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import GV, NP  # noqa: E402,F401

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org: conference reports ---

p1 = ("Der Bundesdatenschutzbeauftragte Ulrich Kelber ist alles andere als zufrieden mit der Durchsetzung der seit Mai "
      "2018 wirksamen EU-Datenschutzgrundverordnung (DSGVO). „Ich bin etwas unzufrieden, dass wir jetzt, 16 Monate "
      "später, bei Datenschutzverstößen internationaler Konzerne noch keine Entscheidungen haben“, sagte Kelber heute "
      "bei unserer Konferenz „Das ist Netzpolitik!“ in der Berliner Volksbühne.")
p2 = ("Der frühere SPD-Politiker Kelber ist seit Jahresanfang Bundesbeauftragter für Datenschutz und die "
      "Informationsfreiheit. Dort tritt er lautstark – und weitaus deutlicher als seine Vorgängerin Andrea Voßhoff – für "
      "die Durchsetzung des Datenschutzes ein.")
p3 = ("Kelber diskutierte im Roten Salon der Volksbühne mit Lea Pfau von der Open Knowledge Foundation und Ingo "
      "Dachwitz von netzpolitik.org.")
p4 = "„Irgendwann werden wir den Streit beginnen müssen“"
p5 = ("Auf der Bühne in Berlin drängte Kelber auf Entscheidungen in Fällen rund um Facebook in Irland. Da der "
      "Europasitz Facebooks in Irland ist, ist die dortige Datenschutzbehörde europaweit zuständig. „Irgendwann werden "
      "wir den Streit beginnen müssen“, sagte Kelber in Bezug auf ausstehende Urteile über Facebooks Datensammlung.")
p6 = ("In Irland treffe eine „Steueroase auf eine Datenschutzwüste“, warf Dachwitz ein. Kelber betonte, man dürfe die "
      "irische Behörde nicht in eine Ecke stellen. Zugleich räumte er ein, seine irische Kollegin Helen Dixon sei in "
      "einer „ähnlichen Situation wie die vom Kraftfahrzeugbundesamt in Deutschland“. Kurzum: Ein laxer Datenschutz ist "
      "in Irland ein Wirtschaftsfaktor ähnlich wie Emissionsstandards für die Autoindustrie in Deutschland, seine allzu "
      "forsche Durchsetzung politisch nicht erwünscht.")
p7 = ("Insgesamt zeigte Kelber sich zufrieden mit der DSGVO. Beim Datenschutz setze Europa globale Vorbilder. „Wir "
      "haben einen Goldstandard gesetzt.“")
add(id="ho6-np-2019-09-kelber-das-ist-netzpolitik", title=None,
    url="https://netzpolitik.org/2019/datenschuetzer-ulrich-kelber-wir-werden-auch-in-deutschland-strafen-in-millionenhoehe-sehen/",
    retrieved="same address (stored page of September 2019; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading is kept as its own line; the paragraph "
              "'Zugleich betonte er, vor allem …', cut off in the stored copy, is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, p5, p6, p7],
    quotes=[(cut(p1, "„Ich bin", "haben“"), "Ulrich Kelber"),
            ("„Das ist Netzpolitik!“", None),
            ("„Irgendwann werden wir den Streit beginnen müssen“", "Ulrich Kelber", 0),
            ("„Irgendwann werden wir den Streit beginnen müssen“", "Ulrich Kelber", 1),
            ("„Steueroase auf eine Datenschutzwüste“", "Ingo Dachwitz"),
            ("„ähnlichen Situation wie die vom Kraftfahrzeugbundesamt in Deutschland“", "Ulrich Kelber"),
            ("„Wir haben einen Goldstandard gesetzt.“", "Ulrich Kelber")],
    aliases={"Ulrich Kelber": ["Ulrich Kelber", "Kelber", "Bundesdatenschutzbeauftragte",
                               "Der Bundesdatenschutzbeauftragte Ulrich Kelber"],
             "Ingo Dachwitz": ["Ingo Dachwitz", "Dachwitz"]})

p1 = ("„Die gute Nachricht ist: Digitalisierung ist für die Bundesregierung jetzt ein Thema.“ Mit diesen Worten eröffnet "
      "Markus Beckedahl, Chefredakteur von netzpolitik.org, die „Das ist Netzpolitik!“-Konferenz am Freitagmorgen. Auf "
      "einmal gebe es eine Vielzahl an Arbeits- und Expertenkreisen, wie den Digitalrat oder die Datenethikkommission, "
      "so Beckedahl. Er begrüßte die Entwicklung, warnt aber auch vor zu viel Enthusiasmus: Keine guten Nachrichten gebe "
      "es weiterhin beim Breitbandausbau, bei den Polizeigesetzen, beim Urheberrecht oder der ePrivacy-Verordnung, die "
      "inzwischen fast tot sei.")
p2 = ("In seinem Vortrag fordert der Gründer von netzpolitik.org mehr Mitarbeiter für die Datenschutzbehörden, statt die "
      "Verfassungsschutzämter weiter aufzurüsten. Zudem zeigt er sich erfreut über die Welle an Protesten gegen die "
      "Polizeigesetze: „Es ist gut, dass in Deutschland wieder zehntausende für Bürgerrechte und gegen den Ausbau von "
      "Überwachung auf die Straße gehen“, sagt Beckedahl in der Volksbühne. Die Konferenz sieht er als Ort, an dem die "
      "digitale Zivilgesellschaft zusammenkommt, um über die aktuelle und zukünftige Netzpolitik zu diskutieren und "
      "Strategien zu schmieden. Ein Schwerpunkt liege in diesem Jahr auf der Frage, wie die Macht der monopolartigen "
      "Plattformen grundrechtsfreundlich reguliert werden kann, um mehr Wettbewerb und Verbraucherrechte durchzusetzen.")
p4 = ("Um die Zukunft geht es auch im ersten Vortrag des Tages. Bestseller-Autor Tom Hillenbrand geht der Frage nach, "
      "wie wir heute über eine von Technik geprägte Zukunft nachdenken und wie Netzpolitik dabei von literarischen "
      "Dystopien wie 1984, Blade Runner oder Black Mirror geprägt wird. Das ist wichtig, denn „Netzpolitiker machen "
      "angesichts der Rasanz technologischer Entwicklung noch mehr als Politiker in anderen Politikfeldern Gesetze für "
      "eine ungewisse Zukunft“.")
add(id="ho6-np-2018-09-das-ist-netzpolitik-eroeffnung", title=None,
    url="https://netzpolitik.org/2018/digitale-zivilgesellschaft-wir-feiern-geburtstag-mit-konferenz-und-party",
    retrieved="same address (stored page of September 2018; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading 'Wie Science Fiction die Netzpolitik "
              "prägt' is kept as its own line; the paragraph 'Trotz der Kraft der Dystopien …', cut off in the stored "
              "copy, is dropped)",
    license=NP,
    paras=[p1, p2, "Wie Science Fiction die Netzpolitik prägt", p4],
    quotes=[("„Die gute Nachricht ist: Digitalisierung ist für die Bundesregierung jetzt ein Thema.“", "Markus Beckedahl"),
            ("„Das ist Netzpolitik!“", None),
            (cut(p2, "„Es ist gut", "gehen“"), "Markus Beckedahl"),
            (cut(p4, "„Netzpolitiker", "Zukunft“"), "Tom Hillenbrand")],
    aliases={"Markus Beckedahl": ["Markus Beckedahl", "Beckedahl"],
             "Tom Hillenbrand": ["Tom Hillenbrand", "Hillenbrand", "Bestseller-Autor Tom Hillenbrand"]})

# --- netzpolitik.org: EU and Bundestag reports ---

p1 = ("Die Wahrscheinlichkeit, dass die Trilog-Verhandlungen am Mittwoch abgeschlossen werden, stünden bei etwa 50 "
      "Prozent. Das sagte der Chefverhandler des Europaparlaments, Dragos Tudorache, in der vergangenen Woche gegenüber "
      "Journalist:innen in Brüssel.")
p2 = ("Das ist ein erstaunlicher Wert, wenn man bedenkt, dass die KI-Verordnung seit mehr als einem Jahr in der Mache "
      "ist. Doch noch immer streiten Parlament, Rat und Kommission um große Baustellen: um den Umgang mit sogenannten "
      "Basismodellen wie ChatGPT, um biometrische Überwachungssysteme und um die Klassifizierung von "
      "Hochrisiko-Anwendungen.")
p3 = ("Auch der Europaabgeordnete Axel Voss (EVP) ist skeptisch, dass es am Mittwoch zu einer Einigung kommt. „Es werden "
      "schwierige Verhandlungen“, sagte Voss gegenüber netzpolitik.org. „Die schwierigsten Punkte sind weiterhin unter "
      "anderem die Regulierung der Basismodelle und das Law Enforcement.“")
p4 = ("Würden die Verhandlungen tatsächlich scheitern, könnte sich das derzeit wichtigste Gesetzesvorhaben der EU "
      "zumindest erheblich verzögern. Die KI-Verordnung soll das weltweit erste Gesetz werden, das sogenannte Künstliche "
      "Intelligenz umfassend reguliert.")
p6 = ("Dass die Entscheidung auf der Kippe steht, verdankt sich aktuell vor allem den Regierungen in Frankreich, "
      "Deutschland und Italien. Sie haben sich vor zwei Wochen dagegen ausgesprochen, gesetzliche Vorschriften für "
      "sogenannte Basismodelle zu erlassen. Stattdessen plädieren sie für „eine verpflichtende Selbstregulierung durch "
      "einen Verhaltenskodex“.")
add(id="ho6-np-2023-12-ki-verordnung-trilog", title=None,
    url="https://netzpolitik.org/2023/ki-verordnung-trilog-einigung-haengt-am-seidenen-faden/",
    retrieved="same address (stored page of December 2023; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading 'Lobbyschlacht um die Regulierung von "
              "Basismodellen' is kept as its own line; the paragraph 'Die Regierungen der drei größten EU-Staaten …', "
              "cut off in the stored copy, is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, "Lobbyschlacht um die Regulierung von Basismodellen", p6],
    quotes=[("„Es werden schwierige Verhandlungen“", "Axel Voss"),
            (cut(p3, "„Die schwierigsten", "Enforcement.“"), "Axel Voss"),
            ("„eine verpflichtende Selbstregulierung durch einen Verhaltenskodex“", "Regierungen")],
    aliases={"Axel Voss": ["Axel Voss", "Voss", "Europaabgeordnete Axel Voss"],
             "Regierungen": ["Regierungen"]})

p1 = ("Das EU-Parlament hat heute die umstrittene Reform des Urheberrechts beschlossen. Sie enthält in Artikel 13 eine "
      "Pflicht für Online-Plattformen zur Filterung aller Inhalte auf mögliche Urheberrechtsverletzungen. Eine Mehrheit "
      "der Abgeordneten von 348 zu 274 Abgeordnete stimmte bei der Sitzung in Straßburg für die Reform. Ein Antrag "
      "darauf, über eine mögliche Streichung des Artikel 13 einzeln abzustimmen, wurde mit einer knappen Mehrheit von "
      "fünf Stimmen abgeschmettert.")
p2 = ("Der Abstimmung ging eine hitzige Debatte voraus. Während vor allem konservative Abgeordnete auf die Annahme der "
      "Uploadfilter drängten, warnte die EU-Abgeordnete Julia Reda, die Reform wirke „verheerend für die Freiheit im "
      "Internet“. Sie werde „einer ganzen Generation das Vertrauen rauben, dass die Politik die Interessen der "
      "Bevölkerung vertritt“.")
p4 = ("Uploadfilter sind der umstrittenste Teil der Urheberrechtsreform: Betreiber von Internetplattformen müssen nach "
      "Artikel 13 jedes von Nutzern hochgeladene Bild, jede Tonaufnahme und jedes Video vor Veröffentlichung prüfen. "
      "Erfüllen lässt sich die Verpflichtung nur mit Filtern, die für kleine Anbieter teuer und schwer umsetzbar sind und "
      "bei den großen Plattformen oft fälschlicherweise Inhalte aus dem Netz fegen. Ausnahmen gelten nur für Anbieter, "
      "die jünger sind als drei Jahre und weniger als 10 Millionen Euro Umsatz machen.")
add(id="ho6-np-2019-03-copyfail-uploadfilter", title=None,
    url="https://netzpolitik.org/2019/copyfail-eu-parlament-beschliesst-uploadfilter/",
    retrieved="same address (stored page of March 2019; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the subheading 'Artikel 13: Uploadfilter' is kept as its "
              "own line; the paragraph 'Der Gesetzestext ist Ergebnis jahrelangen Tauziehens. …', cut off in the stored "
              "copy, is dropped)",
    license=NP,
    paras=[p1, p2, "Artikel 13: Uploadfilter", p4],
    quotes=[("„verheerend für die Freiheit im Internet“", "Julia Reda"),
            (cut(p2, "„einer ganzen", "vertritt“"), "Julia Reda")],
    aliases={"Julia Reda": ["Julia Reda"]})

p1 = ("Der Bundestag hat heute zwei Gesetzesentwürfe verabschiedet, die die Digitalisierung des Gesundheitswesens "
      "voranbringen sollen. Sorgen um den Datenschutz und die IT-Sicherheit wurden in der Plenardebatte einmal mehr in "
      "den Wind geschlagen. Ein Kommentar.")
p2 = ("Ein Metaphernfeuerwerk begann, als Bundesgesundheitsminister Karl Lauterbach (SPD) im Bundestag als erster Redner "
      "die beiden Gesetze aus seinem Haus als „Quantensprung“ für die Digitalisierung anpries. Wie ein Zahnrad würden "
      "das Gesundheitsdatennutzungsgesetz und das Digital-Gesetz ineinandergreifen, betonte der Minister. Beide "
      "verabschiedete das Parlament in seiner heutigen Sitzung.")
p3 = ("Das Digital-Gesetz sieht ab Januar 2024 die flächendeckende Nutzung des E-Rezepts vor, ein Jahr später folgt die "
      "elektronische Patientenakte (ePA) für alle – es sei denn, Versicherte widersprechen dem aktiv. Das "
      "Gesundheitsdatennutzungsgesetz regelt hingegen, wie Gesundheitsdaten für die Forschung erschlossen und "
      "bereitgestellt werden.")
p4 = ("Die beiden Gesetze erlaubten eine bessere Versorgung und Forschung „in einem datengeschützten Raum“, so "
      "Lauterbach. Janosch Dahmen von den Grünen bezeichnete die Gesetze gar als „Datenschutz- und "
      "Patientenrechte-Empowerment“.")
p6 = ("Der einzige nennenswerte Widerspruch kam gleich zu Beginn der Plenardebatte auf. Kathrin Vogler (Linkspartei) "
      "veranlassten die Thesen prompt zu einer Zwischenfrage. In der Vergangenheit habe es erfolgreiche Angriffe auf das "
      "Forschungsdatenzentrum und Krankenkassen gegeben, so die Abgeordnete. Und erst vor wenigen Tagen hätten mehrere "
      "Organisationen in einem offenen Brief  vor den Risiken der geplanten Gesundheitsdigitalisierung für die "
      "IT-Sicherheit und die Privatsphäre der Versicherten gewarnt. Wie der Minister dies bewerte, fragte Vogler?")
add(id="ho6-np-2023-12-gesundheitsdigitalisierung",
    title="GesundheitsdigitalisierungUnsichtbar gemachte Sicherheitsrisiken",
    url="https://netzpolitik.org/2023/gesundheitsdigitalisierung-unsichtbar-gemachte-sicherheitsrisiken/",
    retrieved="same address (stored page of December 2023; kicker and headline run together as stored (rule 18); the "
              "image description 'Ein Skeleton aus Glas' and the caption with its credit 'Midjourney („a glass "
              "skeleton“))' dropped (rule 19); the subheading 'Opt-out aus dem Risiko?' is kept as its own line; the "
              "double space in 'offenen Brief  vor' is kept as published (rule 20); the next paragraph, of which the "
              "stored copy holds only an opening quotation mark, is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, "Opt-out aus dem Risiko?", p6],
    quotes=[("„Quantensprung“", "Karl Lauterbach"),
            ("„in einem datengeschützten Raum“", "Karl Lauterbach"),
            ("„Datenschutz- und Patientenrechte-Empowerment“", "Janosch Dahmen")],
    aliases={"Karl Lauterbach": ["Karl Lauterbach", "Lauterbach", "Bundesgesundheitsminister Karl Lauterbach",
                                 "Bundesgesundheitsminister", "Minister"],
             "Janosch Dahmen": ["Janosch Dahmen"]})

p1 = ("Karl Lauterbach gibt sich zuversichtlich. „Jetzt ist die Innovation nicht mehr aufzuhalten“, verkündet der "
      "Minister Anfang Februar. Gleichzeitig muss er den bundesweiten Rollout der elektronischen Patientenakte (ePA) "
      "immer weiter nach hinten verschieben.")
p2 = ("Der ursprüngliche Zeitplan sah vor, dass die ePA schon am kommenden Samstag starten sollte. Dann, wenn der "
      "Abschluss der vierwöchigen Pilotphase in drei Modellregionen geplant war.")
p3 = ("Doch daraus wird nichts. Denn zum einen haben die Sicherheitsforschenden Bianca Kastl und Martin Tschirsich Ende "
      "Dezember auf dem CCC-Kongress gezeigt, dass die ePA erhebliche Sicherheitslücken aufweist. Und zum anderen kommt "
      "der Testlauf offenbar nur schleppend in Gang.")
p4 = ("Wo steht die ePA, wenige Tage vor dem einst geplanten Ende der Testphase? Wann erfolgt der landesweite Start? Und "
      "womit müssen wir danach rechnen? Eine Zwischenbilanz mit fünf Thesen.")
p6 = ("Trotz massiver Sicherheitsprobleme und einer wachsenden Kritik aus der Zivilgesellschaft hielt Lauterbach lange "
      "an seinem engen Zeitplan fest. Inzwischen räumt er ein, dass der bundesweite Start nicht vor dem zweiten Quartal "
      "erfolgen kann, also mindestens sechs Wochen später als ursprünglich geplant.")
p7 = ("Und es bleibt abzuwarten, ob das Bundesgesundheitsministerium nicht auch diese Latte reißen und der ePA-Start "
      "sich bis in den Sommer hinein verschieben wird. Denn derzeit nehmen nur rund 200 der insgesamt etwa 300 in den "
      "Modellregionen registrierten Gesundheitseinrichtungen an dem Testlauf teil. Das schrieb die gematik auf Anfrage "
      "von netzpolitik.org. Ende Januar – zur Halbzeit der geplanten Pilotphase – waren es gerade einmal halb so viele. "
      "In den Modellregionen haben viele Hausärzt:innen noch immer nur einen eingeschränkten oder gar keinen Zugriff "
      "auf die ePA. „Das ist im Moment noch keine Testphase, sondern eine Ruhephase“, sagt etwa der Hausarzt Marc "
      "Metzmacher in Mittelfranken.")
add(id="ho6-np-2025-02-epa-fuenf-thesen", title=None,
    url="https://netzpolitik.org/2025/gesundheitsdaten-fuenf-thesen-zur-elektronischen-patientenakte/",
    retrieved="same address (stored page of February 2025; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); the subheading 'These 1: Die ePA für alle kommt "
              "frühestens im Sommer' is kept as its own line; the paragraph 'Derweil haben die von den Kr…', cut off in "
              "the stored copy, is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, "These 1: Die ePA für alle kommt frühestens im Sommer", p6, p7],
    quotes=[("„Jetzt ist die Innovation nicht mehr aufzuhalten“", "Karl Lauterbach"),
            ("„Das ist im Moment noch keine Testphase, sondern eine Ruhephase“", "Marc Metzmacher")],
    aliases={"Karl Lauterbach": ["Karl Lauterbach", "Lauterbach", "Minister"],
             "Marc Metzmacher": ["Marc Metzmacher", "Hausarzt Marc Metzmacher"]})

# --- netzpolitik.org: net neutrality and data protection in court ---

p1 = ("Verbraucherschützer sehen die geltenden Regeln zur Netzneutralität durch das Deutsche Telekom-Produkt „StreamOn“ "
      "verletzt. Es bringe „langfristig erhebliche Nachteile für Verbraucher“, erklärt der Bundesverband der "
      "Verbraucherschutzzentralen (vzbv) in einer Stellungnahme (pdf) an die Bundesnetzagentur. Der vzbv fordert darin "
      "ein Verbot von StreamOn.")
p2 = ("Das jüngst gestartete StreamOn verspricht Deutsche-Telekom-Kunden je nach gebuchtem Paket unbegrenzten Musik- und "
      "Videokonsum – ohne Auswirkungen auf ihr Datenvolumen. Freilich gilt das Angebot nur bei teilnehmenden "
      "Internetfirmen. Damit handelt es sich bei StreamOn um eine Form von Zero-Rating, die nach Ansicht der Deutschen "
      "Telekom mit den neuen Regelungen zur Netzneutralität zu vereinbaren ist. Jeder Anbieter von Inhalten im Internet "
      "könne sich zu StreamOn kostenlos anmelden, heißt es. Bisher sind jedoch vor allem große Unternehmen wie Youtube, "
      "Amazon-Prime, ZDF und Netflix auf der Liste der teilnehmenden Anbieter zu finden.")
p4 = ("Das wird nach Ansicht des vzbv auch so bleiben. Denn für kleinere ausländische und europäische Anbieter von "
      "Musik- und Videostreaming seien die „administrativen, finanziellen und sprachlichen Hürden“ zu hoch. Darunter "
      "leiden wiederum die Verbraucher, weil sie weniger Wahlfreiheit haben und wenige Anbieter den Markt bestimmen "
      "würden, heißt es in einer Pressemitteilung. Ein weiterer Kritikpunkt: StreamOn wirke sich negativ auf künftige "
      "Innovationen aus, da die Deutsche Telekom spezifische technische Vorgaben für die Aufnahme in das Angebot "
      "festgelegt hat. Dies benachteiligt laut vzbv andere technische Lösungen.")
add(id="ho6-np-2017-05-streamon-verbraucherschuetzer", title=None,
    url="https://netzpolitik.org/2017/streamon-verbraucherschuetzer-sehen-netzneutralitaet-verletzt/",
    retrieved="same address (stored page of May 2017; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the subheading 'Weniger Wahlfreiheit und höhere Preise' is "
              "kept as its own line; the paragraph 'StreamOn sei daher eine unzulässige Form …', cut off in the stored "
              "copy, is dropped together with its subheading 'Verbot von StreamOn' (rule 17))",
    license=NP,
    paras=[p1, p2, "Weniger Wahlfreiheit und höhere Preise", p4],
    quotes=[("„StreamOn“", None),
            ("„langfristig erhebliche Nachteile für Verbraucher“", "Bundesverband der Verbraucherschutzzentralen"),
            ("„administrativen, finanziellen und sprachlichen Hürden“", "Bundesverband der Verbraucherschutzzentralen")],
    aliases={"Bundesverband der Verbraucherschutzzentralen": ["Bundesverband der Verbraucherschutzzentralen", "vzbv",
                                                              "Verbraucherschützer"]})

p1 = ("Das Telekom-Angebot StreamOn verletzt die Netzneutralität und EU-Regeln zum Roaming, entschied das "
      "Oberverwaltungsgericht Nordrhein-Westfalen. Nun muss der Konzern sein Produkt an das geltende Recht anpassen. "
      "Nach dem Willen der Bundesnetzagentur soll das jetzt schnell gehen.")
p2 = ("Die Telekom darf StreamOn in der bisherigen Form zunächst nicht weiter betreiben. Das bestätigte heute das "
      "Oberverwaltungsgericht Nordrhein-Westfalen in einen Eilverfahren der Telekom gegen die Bundesnetzagentur. Werden "
      "bestimmte Daten bevorzugt behandelt, verstoße das gegen die EU-Regeln zur Netzneutralität, so das Gericht. Es "
      "stimmt damit der Bundesnetzagentur zu.")
p3 = ("Das Zero-Rating-Angebot StreamOn bietet Kund:innen an, dass der Datenverkehr von Partnerangeboten nicht auf das "
      "Datenvolumen angerechnet wird. Das Angebot gilt nur innerhalb Deutschlands. Dass im europäischen Ausland der "
      "hierzulande bevorzugte Datenverkehr trotzdem vom vereinbarten Volumen abgeht, verletze zusätzlich "
      "EU-Roaming-Regeln.")
p4 = ("„Da der Grundsatz der Neutralität ein grundlegendes Funktionsprinzip des Internets zugunsten sämtlicher Nutzer "
      "schütze, sei es auch unerheblich, ob der Kunde mit der Buchung von ‚StreamOn‘ in die Drosselung eingewilligt "
      "habe“, schreibt das Gericht in seiner Pressemitteilung. „Außerdem sei es nach europäischen Roaming-Regeln "
      "verboten, für Roaming-Dienste im europäischen Ausland ein zusätzliches Entgelt gegenüber dem inländischen "
      "Endkundenpreis zu verlangen.“")
p6 = ("Damit bestätigt das Gericht ein Urteil des Verwaltungsgerichts Köln vom November. Auch laut dem verletzt StreamOn "
      "die Netzneutralität. Die Bundesnetzagentur drohte mit einem Bußgeld von 200.000 Euro, wenn die Telekom ihr "
      "Produkt nicht so anpasst, dass es den geltenden Regeln entspricht. Die Telekom wollte sich gegen die "
      "Bundesnetzagentur mit einem Eilantrag wehren.")
add(id="ho6-np-2019-07-streamon-ovg", title=None,
    url="https://netzpolitik.org/2019/telekom-unterliegt-erneut-streamon-tarife-duerfen-so-nicht-weitergehen/",
    retrieved="same address (stored page of July 2019; the stored copy begins with the teaser, without headline, so the "
              "teaser is the first line (rule 32); the subheading 'Geringe Strafe' is kept as its own line; the "
              "paragraph 'Selbst wenn die Telekom sich weiter weigert, …', cut off in the stored copy, is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, "Geringe Strafe", p6],
    quotes=[(cut(p4, "„Da der", "habe“"), "Oberverwaltungsgericht Nordrhein-Westfalen"),
            (cut(p4, "„Außerdem", "verlangen.“"), "Oberverwaltungsgericht Nordrhein-Westfalen")],
    aliases={"Oberverwaltungsgericht Nordrhein-Westfalen": ["Oberverwaltungsgericht Nordrhein-Westfalen", "Gericht"]})

p1 = ("Der Europäische Gerichtshof (EuGH) in Luxemburg hat gestern einen Fall angehört, dessen Ausgang den Schutz von "
      "Europäer*innen vor Überwachung durch US-Geheimdienste deutlich stärken könnte. Es geht um eine Klage von Max "
      "Schrems gegen den Transfer von Nutzerdaten durch Facebook in die USA.")
p2 = ("Max Schrems klagt seit Jahren gegen Facebook. Der Österreicher brachte 2011 als Jura-Student seine erste "
      "Beschwerde gegen den Konzern vor der irischen Datenschutzbehörde ein. Sein Vorgehen brachte 2015 vor dem EuGH die "
      "Übereinkunft zwischen EU und USA zum Datenaustausch („Safe Harbor“) zu Fall. Er ist seither so etwas wie ein Star "
      "der Datenschutzszene.")
p3 = ("Im Vorjahr gründete Schrems die Organisation noyb („None of your business“). Sie soll im Namen von Nutzerinnen "
      "und Nutzern in ganz Europa den Datenschutz durchsetzen. Dabei hofft Schrems auf die seit dem Vorjahr wirksame "
      "Datenschutzgrundverordnung.")
p4 = ("„Die große Frage im Datenschutz in Europa ist, ob wir einen Kulturwandel sehen werden“, sagte Schrems im "
      "September bei unserer Konferenz „Das ist Netzpolitik!“ mit Verweis auf das Vorgehen von Facebook und anderen "
      "Datenkonzerne. Diese haben trotz der neuen Regeln ihren Umgang mit Nutzer:innendaten kaum geändert.")
p6 = ("Die nun verhandelte Klage von noyb vor dem EuGH richtet sich gegen die „Privacy Shield“-Übereinkunft der "
      "EU-Kommission. Der Nachfolger von „Safe Harbor“ attestiert den USA einen im Wesentlichen gleichwertigen "
      "Datenschutz mit der EU.")
p7 = ("Das irische Höchstgericht hatte dem EuGH den Fall im Mai 2018 zur Entscheidung vorgelegt. noyb beruft sich in "
      "seiner Kritik am Datentransfer auf die Enthüllungen von Edward Snowden, die die Kooperation von Facebook und "
      "weiteren US-Firmen mit der NSA ans Tageslicht brachten.")
add(id="ho6-np-2019-07-schrems-privacy-shield", title=None,
    url="https://netzpolitik.org/2019/klage-von-max-schrems-vor-oberstem-eu-gericht-droht-privacy-shield-zu-spalten/",
    retrieved="same address (stored page of July 2019; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the subheading 'Klage gegen Massenüberwachung' is kept as "
              "its own line; the paragraph 'Wie die Süddeutsche Zeitung berichtet, …', cut off in the stored copy after "
              "'würden', is dropped)",
    license=NP,
    paras=[p1, p2, p3, p4, "Klage gegen Massenüberwachung", p6, p7],
    quotes=[("„Safe Harbor“", None, 0),
            ("„None of your business“", None),
            (cut(p4, "„Die große", "werden“"), "Max Schrems"),
            ("„Das ist Netzpolitik!“", None),
            ("„Privacy Shield“", None),
            ("„Safe Harbor“", None, 1)],
    aliases={"Max Schrems": ["Max Schrems", "Schrems"]})

# --- netzpolitik.org: looking back at protests and conferences ---

p1 = ("Das EU-Parlament hat Ja gesagt, ja zur Urheberrechtsreform im Gesamtpaket. Damit auch zu Uploadfiltern. Das ist "
      "erstmal ziemlich deprimierend. Aber anstatt uns zu verkriechen und Memes nur noch per Fax verschicken, blicken wir "
      "lieber zurück auf die riesigen Proteste der letzten Monate. Es gab nämlich nicht nur den europaweiten Aktionstag "
      "am 23. März, bei dem zusammengerechnet mehr als 170.000 Menschen auf die Straße gingen. Schon davor gab es Demos "
      "mit Tausenden Teilnehmern – und ausgehend von den ersten größeren Protesten in Köln Ende Februar verschafften sich "
      "Menschen in ganz Deutschland Gehör.")
p2 = ("Nicht nur auf der Straße und auf YouTube vereinten sich die Uploadfilter-Gegner: Tech-Unternehmen wandten sich "
      "gegen die Reform, Forenbetreiber machten einen Tag lang dicht und fünf Millionen Menschen unterschrieben eine "
      "Petition. Und so trafen sich am Ende jugendliche YouTuber mit grauhaarigen Twitch-Streamerinnen. Die ältere "
      "Bürgerrechtler-Generation mit Teenagern, die lieber laut Sprüche skandieren als zu Musik zu demonstrieren. Sie "
      "ließen sich nicht abbringen durch Politiker, die ihren Protest als „von Google gekauft“ diskreditierten und "
      "wurden noch energischer, als die Abstimmung über die Urheberrechtsreform vorgezogen werden sollte. Am Ende "
      "konnte das keiner mehr ignorieren. An den vermeintlichen Bots kam keiner mehr vorbei und am Ende blamierten sich "
      "einige der Artikel-13-Befürworter als unsachlich, inkompetent und ahnungslos.")
p3 = ("Kurz gesagt: Wir waren ziemlich beeindruckt und hoffen, dass sich die Energie auch über die Niederlage bei der "
      "Urheberrechtsreform erhält und eine neue politische Generation heranwächst. Für ein freies Internet, eine "
      "gerechtere Klimapolitik und gegen Nazis.")
add(id="ho6-np-2019-04-npp170-proteste", title=None,
    url="https://netzpolitik.org/2019/npp-170-momentum-memes-und-grossproteste/",
    retrieved="same address (stored page of April 2019, the text above the podcast player; the stored copy begins with "
              "the body, without headline, so its first paragraph is the first line (rule 32); the player furniture "
              "'NPP170 zum Nachhören gibt es hier:', the audio file address, 'Hier ist der NPP … als mp3-Datei.' and the "
              "cut-off line after it are dropped (rule 19))",
    license=NP,
    paras=[p1, p2, p3],
    quotes=[("„von Google gekauft“", "Politiker")],
    aliases={"Politiker": ["Politiker"]})

p1 = ("Konferenz, Messe und Festival – die diesjährige re:publica bot drei Tage lang ein schillerndes Programm. Unser "
      "Praktikant Lorenz blickt auf seine erste re:publica zurück – bevor wieder der Alltag in der Redaktion von "
      "netzpolitik.org einkehrt.")
p2 = ("Das war die re:publica 2019: Ein buntes, digitales, großes und schönes Festival. An drei Tagen gab es über 1.000 "
      "Sprecher:innen in über 600 Sessions auf 500 Stunden Gesamtprogrammzeit. Mit dem Motto „tl;dr“, das für „too long, "
      "didn’t read“ steht, wollte die diesjährige Ausgabe ein Zeichen gegen die Schnelligkeit des Internets setzen – "
      "gegen Verkürzungen und für die Einsicht, dass unsere Welt nun einmal komplex ist.")
p4 = ("Endlich geht es los: Wenn man morgens auf das Gelände schlendert, merkt man, dass viele Menschen lange auf den "
      "Start der neuesten Ausgabe der re:publica gewartet haben. Die Stimmung ist aufregt, man blickt in vorfreudige "
      "Gesichter, die zielstrebig zu den ersten Vorträgen strömen. Andere lassen es langsamer angehen: erst mal einen "
      "Kaffee mit alten und neuen Bekannten trinken, und zwischen den vielen Ständen umher schlendern. Dort ist auch die "
      "Redaktion: Zwischen den Ständen von Porsche und dem Freistaat Bayern verteilen wir die regenbogenenfarbenen "
      "Sticker, kleine Buttons und geben vor allem Auskunft zu unserer Arbeit.")
p5 = ("Erstmals wurde die re:publica von Bundespräsident Steinmeier eröffnet: Er fordert mehr Regeln im Internet, eine "
      "vernünftige Debattenkultur und eine größere Verantwortungsbereitschaft der großen Tech-Konzernen. Kurz darauf gibt "
      "Markus Beckedahl in seinem Talk „tl;dr – Digital war mal besser“ einen Überblick über den aktuellen Stand der "
      "Netzpolitik und Leonhard Dobusch spricht über die Rolle öffentlich-rechtlicher Fernsehsender im digitalen "
      "Zeitalter.")
add(id="ho6-np-2019-05-republica19-rueckblick", title=None,
    url="https://netzpolitik.org/2019/das-war-die-republica19-bunt-vielfaeltig-und-digital/",
    retrieved="same address (stored page of May 2019; the stored copy begins with the teaser, without headline, so the "
              "teaser is the first line (rule 32); the subheading 'Montag: Endlich gehts los' is kept as its own line; "
              "the paragraph 'Die Kontroverse um die Upload-Filter …', cut off in the stored copy, is dropped together "
              "with its subheading 'Dienstag: Voss vs. Beckedahl und Fusion-Diskussion' (rule 17))",
    license=NP,
    paras=[p1, p2, "Montag: Endlich gehts los", p4, p5],
    quotes=[("„tl;dr“", None),
            ("„too long, didn’t read“", None),
            ("„tl;dr – Digital war mal besser“", None)],
    aliases={})

p1 = ("Die WELT hat Konstantin von Notz, Obmann der grünen Bundestagsfraktion im Geheimdienst-Untersuchungsausschuss, "
      "portraitiert: Dr. Notz jagt die NSA.")
p2 = ("Kompromisslos ist von Notz auch, wenn es um Amerika geht. Er empfindet es als unsäglich, wenn die "
      "SPD-Generalsekretärin davon spricht, dass man zum „Vasallen“ der USA werden könnte. Und den Vorwurf, er arbeite "
      "sich an der NSA ab, will er nicht unkommentiert auf sich sitzen lassen: Gerade Angela Merkel zeige doch mit dem "
      "Finger auf die USA, wenn sie die jahrelange Geheimdienstkooperation nun plötzlich in Teilen anmahnt und auf den "
      "Prüfstand stellt.")
add(id="ho6-np-2015-portrait-notz", title="Portrait: Dr. Notz jagt die NSA",
    url="https://netzpolitik.org/2015/portrait-dr-notz-jagt-die-nsa/",
    retrieved="same address (stored page of 2015, complete; the second paragraph is the WELT excerpt that the page sets "
              "as a block quote without quotation marks, kept as its own line (rule 23); the donation box 'Deine "
              "Spende für digitale Freiheitsrechte …' and the comment counter '0 Ergänzungen …' dropped (rule 19))",
    license=NP,
    paras=[p1, p2],
    quotes=[("„Vasallen“", "SPD-Generalsekretärin")],
    aliases={"SPD-Generalsekretärin": ["SPD-Generalsekretärin"]})

# --- Global Voices auf Deutsch ---

add(id="ho6-gv-topics-wahlen", title="Artikel über Wahlen",
    url="https://de.globalvoices.org/category/topics/elections/",
    retrieved="same address (stored topic page of 2016: date line, headline and teaser of each article as the page "
              "shows them, the teasers with their published '...'; the site header lines 'Wir übersetzen die Beiträge "
              "…' and 'Erfahre mehr zu Lingua-Übersetzungen »' dropped; the last item (date line '19 Februar 2015', "
              "headline 'Griechen sehen nach der Wahl von Syriza neuen Grund zur Hoffnung' and its teaser, cut off in "
              "the stored copy) dropped)",
    license=GV,
    paras=["9 Juni 2016",
           "Bürger von Guinea-Bissau fordern Amtsenthebung des Präsidenten",
           "Eine Gruppe von Einwohnern von Guinea-Bissau glaubt, der Präsident der Republik sei prinzipieller Verursacher "
           "der politischen Krise, die das Land beherrscht. Aus diesem Grund wurde eine Petition ins Leben gerufen,...",
           "26 Mai 2016",
           "Die Spannungen verschärfen sich: Vielerorts Märsche und Plünderungen in Venezuela",
           "Die venezolanischen Netzwerke bezeugen die wirtschaftliche und politische Krise, mit der die Venezolaner zu "
           "kämpfen haben, und die wachsenden Spannungen. Gleichzeitig kommt es aufgrund der Nahrungsmittelknappheit "
           "vielerorts zu Plünderungen.",
           "8 Januar 2016",
           "Wieso kann es nicht auch Demokratie sein, wenn die Wähler in Ruanda einen ‘Präsidenten auf Lebenszeit’ "
           "wollen?",
           "Nachdem 98% in Ruanda für eine Änderung der Verfassung wählten, die es dem Präsidenten Kagama erlaubt, 2017 "
           "das dritte Mal zur Wahl anzutreten, verteidigen sich einige gegen Kritik an den...",
           "1 Dezember 2015",
           "Die griechische Oppositionspartei verliert ihre eigene Wahl",
           "Griechen machen sich über die größte Oppositionspartei des Landes - Nea Demokratia (Neue Demokratie) - "
           "lustig, da diese an den internen Parteiwahlen scheiterte, was zu einem vollen Fiasko führte -...",
           "23 Oktober 2015",
           "“Können nicht mehr erhobenen Hauptes wählen gehen”",
           "\"Von denen, die uns regieren, haben wir nichts mehr zu erwarten\": Bürgerbewegungen nehmen die Dinge selbst "
           "in die Hand.",
           "6 September 2015",
           "Aylan Kurdis Tod zwingt Kanada zum Umdenken in der Flüchtlingskrise",
           "\"Für mich als Großvater sind die Bilder des leblosen kleinen Körpers am Strand unerträglich. Kanada muss "
           "etwas unternehmen. Wir dürfen nicht mehr länger warten.\""],
    quotes=[("‘Präsidenten auf Lebenszeit’", None),
            ("“Können nicht mehr erhobenen Hauptes wählen gehen”", None),
            ("\"Von denen, die uns regieren, haben wir nichts mehr zu erwarten\"", None),
            ("\"Für mich als Großvater sind die Bilder des leblosen kleinen Körpers am Strand unerträglich. Kanada muss "
             "etwas unternehmen. Wir dürfen nicht mehr länger warten.\"", None)],
    aliases={})
