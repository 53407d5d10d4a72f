# Second held-out German real-news set (tests/data/heldout2-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-35 and the second held-out rules 36-40). None of these pages is in wikinews-de, eucom-de,
# opennews-de or heldout-de (checked by URL and by text). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: netzpolitik.org (CC BY-NC-SA), news of the European Commission and its Representation in Germany
# (CC BY 4.0 / Commission reuse policy; some items as republished by EIZ Niedersachsen, by the Commission's own
# account on a press portal, or by a press agency, see retrieved), Global Voices auf Deutsch (CC BY 3.0).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import EU, GV, NP  # noqa: E402,F401

NP_OLD = ("CC BY-NC-SA (netzpolitik.org; article of 2007, published under the site's Creative Commons "
          "Attribution-NonCommercial-ShareAlike licence; attribution: the netzpolitik.org author, see the URL)")
ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

p2 = ("Erstmals zieht etwa Tobias B. Bacherle für die Grünen in den Bundestag ein. Im zweiten Anlauf schaffte der "
      "bisherige Stadtrat aus Sindelfingen in Baden-Württemberg den Sprung auf die Bundesbühne. Zu seinen Schwerpunkten "
      "zählt auch Digitalpolitik, die für ihn mehr sein sollte als nur ein Infrastrukturprojekt: „Wir brauchen eine "
      "Digitalisierung, die unsere gesellschaftlichen Werte widerspiegelt“, sagt Bacherle gegenüber netzpolitik.org. "
      "Dabei gehe es nicht nur darum, Bürger:innen die Kontrolle über ihre Daten und Privatsphäre garantieren zu können. "
      "„Sondern auch, um im internationalen Wettbewerb eine starke freiheitlich-demokratische Stimme sein zu können“, so "
      "der 26-Jährige.")
p3 = ("Nicht ins Parlament geschafft hat es Ann Cathrin Riedel. Die Vorsitzende der netzpolitischen FDP-Denkfabrik LOAD "
      "hatte sich vorgenommen, „absolut unsexy Themen“ wie Verwaltungs- und Föderalismusreform anzugehen. Dies wäre ein "
      "riesiger Hebel, „um die Digitalpolitik voran zu bekommen“, sagt Riedel. Auch sehr dröge höre sich die "
      "Überwachungsgesamtrechnung an. „Aber sie muss kommen – gerade wenn sich Grüne und FDP an einer Regierung "
      "beteiligen“. Sie will sich weiterhin digitalpolitisch engagieren, wenn nun auch nicht als Abgeordnete. „Und nun "
      "geht’s weiter mit Digitalpolitik für dieses Land. Die Arbeit ist ja nicht weg, wird nur von anderer Stelle aus "
      "gemacht“, schrieb sie auf Twitter.")
add(id="ho2-np-2021-10-nach-der-wahl-digitalpolitikerinnen", title=None,
    url="https://netzpolitik.org/2021/nach-der-wahl-neue-und-alte-digitalpolitikerinnen-im-bundestag/",
    retrieved="same address (stored page of October 2021; the stored copy begins with the teaser, without headline, so the teaser is the first line; the stored copy is cut off in its fourth paragraph (Laura Dornheim), which is dropped)",
    license=NP,
    paras=["Mit der Bundestagswahl kommt nicht nur eine neue Regierungskonstellation, sondern es werden auch viele neue "
           "Gesichter im Parlament vertreten sein. Zugleich verlassen so manche netzpolitisch profilierte Abgeordnete den "
           "Bundestag, während es einige hoffnungsvolle Neueinsteiger nicht geschafft haben.",
           p2, p3],
    quotes=[(cut(p2, "„Wir brauchen", "widerspiegelt“"), "Tobias B. Bacherle"),
            (cut(p2, "„Sondern", "können“"), "Tobias B. Bacherle"),
            ("„absolut unsexy Themen“", "Ann Cathrin Riedel"),
            ("„um die Digitalpolitik voran zu bekommen“", "Ann Cathrin Riedel"),
            (cut(p3, "„Aber sie", "beteiligen“"), "Ann Cathrin Riedel"),
            (cut(p3, "„Und nun", "gemacht“"), "Ann Cathrin Riedel")],
    # role phrases naming another body (FDP-Denkfabrik LOAD) are left out (rule 33); 'der 26-Jährige' is no name
    aliases={"Tobias B. Bacherle": ["Tobias B. Bacherle", "Bacherle"],
             "Ann Cathrin Riedel": ["Ann Cathrin Riedel", "Riedel"]})

p2 = ("„Dabei“, sagt Frank Rosengart, „würden wir auch ganz gern mal wieder was von uns aus machen – anstatt ständig "
      "nur auf irgendwelche dämliche Gesetzesvorstöße reagieren müssen.“ Doch daran dürfte sich so schnell nichts "
      "ändern. Der CCC ist mittlerweile zu einer Bürgerrechtsorganisation 2.0 geworden. Zu einer Laserkanone der "
      "Demokratie. Die leidet bisweilen unter mangelnder Durchschlagskraft. Constanze Kurz klingt etwas ratlos: „Ich "
      "find das schon krass. Die Medien berichten ja durchaus über bedenkliche Dinge wie den biometrischen Pass, wenn "
      "wir sie darauf hinweisen. Man kann gar nicht sagen, dass sie diese Themen ignorieren. Aber trotzdem passiert "
      "nichts!“")
add(id="ho2-np-2007-laserkanone-der-demokratie", title="Die Laserkanone der Demokratie",
    url="https://netzpolitik.org/2007/die-laserkanone-der-demokratie/",
    retrieved="https://netzpolitik.org/2007/die-laserkanone-der-demokratie/?replytocom=155320 (stored page, complete; the donation box 'Deine Spende für digitale Freiheitsrechte …' and the comment counter '2 Ergänzungen …' dropped)",
    license=NP_OLD,
    paras=["Stern.de berichtet im Vorfeld des 24c3 in Form eines kleinen Portraits von Constanze Kurz und Frank "
           "Rosengart über den Chaos Computer Club und kommt zu der lustigen Schlagzeile: Die Laserkanone der "
           "Demokratie.",
           p2],
    quotes=[("„Dabei“", "Frank Rosengart"),
            (cut(p2, "„würden", "müssen.“"), "Frank Rosengart"),
            (cut(p2, "„Ich find", "nichts!“"), "Constanze Kurz")],
    aliases={"Frank Rosengart": ["Frank Rosengart"],
             "Constanze Kurz": ["Constanze Kurz"]})

p1 = ("Die Piratin setzt sich seit Jahren auf EU-Ebene gegen Upload-Filter und Leistungsschutzrecht ein. Vor ein paar "
      "Tagen beschloss das EU-Parlament mit knapper Mehrheit die beiden Vorschläge, mit denen die Freiheit im Netz "
      "eingeschränkt werden soll. Bei der „Das ist Netzpolitik“-Konferenz kündigt Julia Reda Widerstand an.")
p3 = ("Die unermüdlichste Kämpferin gegen diese Vorschläge war die vergangenen Jahre im Europaparlament die deutsche "
      "Piratin Julia Reda. Bei unserer Konferenz „Das ist Netzpolitik!“ machte sie Mut dazu, weiter gegen die "
      "Vorschläge zu kämpfen. „Es ist ganz wichtig, dass wir jetzt aktiv werden. Dann haben wir eine Chance, "
      "Upload-Filter und Leistungsschutzrecht zu verhindern“, sagte Reda.")
p5 = ("Die Piratin erklärte auf der Bühne nochmal, worum es bei den beiden toxischen Vorschlägen geht. Das "
      "Leistungsschutzrecht soll den großen Medienverlagen einen Teil der Werbeeinnahmen von Plattformen wie Facebook "
      "und Google zuschanzen. Dazu sollen künftig selbst kurze Textschnipsel und Links unter das Urheberrecht fallen "
      "und potentiell vergütungspflichtig werden – das Gesetz betreffe nicht nur die Internetriesen, sondern auch "
      "private Blogs, betonte Reda. „Zusammenfassungen über die Berichterstattung über mich auf meiner eigenen Webseite "
      "wären dann wahrscheinlich erlaubnispflichtig.“")
add(id="ho2-np-2018-09-reda-urheberrecht", title=None,
    url="https://netzpolitik.org/2018/julia-reda-der-kampf-um-ein-besseres-urheberrecht-ist-nicht-verloren/",
    retrieved="same address (stored page of September 2018; the stored copy begins with the teaser, without headline, so the teaser is the first line; the subheading 'Textschnipsel und Filter' is kept as its own line; the stored copy is cut off in the paragraph after it ('Auch Projekte …'), which is dropped)",
    license=NP,
    paras=[p1,
           "Die Befürworter eines modernen Urheberrechts haben vor ein paar Tagen eine schwere Niederlage erlitten. Das "
           "EU-Parlament stimmte vergangene Woche in Straßburg für einen Entwurf, der verpflichtende Upload-Filter auf "
           "Online-Plattformen und die Einführung eines EU-weiten Leistungsschutzrechtes enthält. Damit werden in "
           "Zukunft viele Inhalte aus dem Netz gefegt. Die Freiheit im Internet schwindet mit der "
           "EU-Urheberrechtsreform ein Stück weit, fürchten Netzaktivisten und Vertreter der Zivilgesellschaft. Soweit, "
           "so schlimm.",
           p3,
           "Textschnipsel und Filter",
           p5],
    quotes=[("„Das ist Netzpolitik“", None),
            ("„Das ist Netzpolitik!“", None),
            (cut(p3, "„Es ist", "verhindern“"), "Julia Reda"),
            (cut(p5, "„Zusammenfassungen", "erlaubnispflichtig.“"), "Julia Reda")],
    aliases={"Julia Reda": ["Julia Reda", "Reda", "Die Piratin", "deutsche Piratin Julia Reda"]})

p1 = ("Seit mehr als einem Jahrzehnt gibt es nun das Transparenzportal „Frag den Staat“, und von Anfang an ist Arne "
      "Semsrott dabei. Die Website erlaubt es, Anfragen nach dem Informationsfreiheitsgesetz (IFG) bequem von der Couch "
      "aus loszutreten, sozusagen Klicktivismus für mehr Transparenz – aber mit Anspruch, guter Benutzerführung und "
      "zumindest Erfolgsaussicht.")
p2 = ("Elisa Lindinger, Elina Eickstädt und Constanze Kurz – das Team des Podcasts „Dicke Bretter“ – sprechen mit Arne "
      "Semsrott darüber, was sich in Sachen Transparenz verändert hat, seit Wolfgang Schmidt und Olaf Scholz das "
      "Bundeskanzleramt besiedelt haben. Seine Einschätzungen stellen der Ampel-Regierung kein gutes Zeugnis aus. Was "
      "ist die Bilanz bei den Verwaltungsgerichten, die in vielen Fällen angerufen werden müssen? Und wie wird es mit "
      "„Frag den Staat“ weitergehen?")
add(id="ho2-np-2024-05-informationsfreiheit-semsrott", title=None,
    url="https://netzpolitik.org/2024/informationsfreiheit-die-regierung-selbst-hat-kein-interesse-an-transparenz/",
    retrieved="same address (stored page of May 2024; the stored copy begins with the introduction, without headline, so its first paragraph is the first line; the interview part (subheading 'Zwischen allen Stühlen', the first question and the answer, cut off in the stored copy) is dropped)",
    license=NP,
    paras=[p1, p2,
           "Arne Semsrott ist Politikwissenschaftler und Aktivist für mehr Transparenz und arbeitet seit zehn Jahren bei "
           "der Informationsfreiheitsplattform Frag den Staat. Er engagiert sich auch beim Freiheitsfonds, einem "
           "Projekt, bei dem Menschen aus dem Gefängnis freigekauft werden und politisch für eine Entkriminalisierung "
           "des Fahrens ohne Ticket geworben wird. Mehrere Jahre hat er auch bei netzpolitik.org über "
           "Informationsfreiheit und Transparenz geschrieben.",
           "Sein neues Buch heißt Machtübernahme – Was passiert, wenn Rechtsextremisten regieren. Eine Anleitung zum "
           "Widerstand und wird am 3. Juni erscheinen."],
    quotes=[("„Frag den Staat“", None, 0),
            ("„Dicke Bretter“", None),
            ("„Frag den Staat“", None, 1)],
    aliases={})

p2 = ("Vor einer Woche berichtete netzpolitik.org, dass Polizeibehörden des Landes Nordrhein-Westfalen in 19 Fällen eine "
      "so genannte „Homepageüberwachung“ durchgeführt haben. Dabei werden „sämtliche Internetzugriffe auf eine "
      "bestimmte Seite der Homepage … erhoben, gespeichert und ausgewertet“ und bei „besonders auffälligen Zugriffen“ "
      "die Anschlussinhaber hinter den zugreifenden IP-Adressen ermittelt. Am Wochenende berichteten wir dann, dass "
      "auch bei den Ermittlungen zum Nagelbomben-Attentat in Köln eine Homepageüberwachung durchgeführt wurde, die in "
      "der ursprünglichen Antwort nicht erwähnt wurde.")
add(id="ho2-np-2012-homepageueberwachung-nrw",
    title="Homepageüberwachung in NRW: Innenministerium meldet drei weitere Fälle, verschweigt immer noch mindestens einen",
    url="https://netzpolitik.org/2012/homepageuberwachung-in-nrw-innenministerium-meldet-drei-weitere-falle-verschweigt-immer-noch-mindestens-einen/",
    retrieved="same address with ?replytocom=476413 (stored page; the minister's letter, which the page sets as a block quote without quotation marks, is kept as its own line and not annotated; the paragraph after it, cut off in the stored copy, is dropped)",
    license=NP,
    paras=["Polizeibehörden des Landes Nordrhein-Westfalen haben in 22 statt 19 Fällen die Besucher ihrer Webseiten "
           "überwacht. Das bestätigte Innenminister Jäger und korrigierte damit seine eigene Auskunft, nachdem ein "
           "weiterer Fall bekannt wurde. Ob damit jetzt wirklich alle Homepageüberwachungen bekannt sind, darf "
           "bezweifelt werden, das Bundesinnenministerium meldet einen weiteren Fall.",
           p2,
           "Jetzt hat das Ministerium für Inneres und Kommunales NRW diesen und zwei weitere Fälle zugegeben. In einem "
           "Brief an den Landtag schreibt Innenminister Ralf Jäger (SPD):",
           "Nunmehr habe ich festgestellt, dass in drei weiteren Fällen, darunter auch im Zuge der Ermittlungen zu dem "
           "Sprengstoffanschlag in der Kölner Keupstraße am 94 Juni 2004, eine sogenannte Homepageüberwachung "
           "durchgeführt wurde. Bei den anderen beiden Fällen handelte es sich um Ermittlungen zu Tötungsdelikten. Das "
           "Polizeipräsidium Köln hatte es versäumt, mir diese Maßnahmen zu melden, so dass sie in meiner Antwort keine "
           "Berücksichtigung gefunden haben. Das Polizeipräsidium Köln bedauert seinen Fehler sehr und entschuldigt "
           "sich ausdrücklich."],
    # the two fragments quote the ministry's earlier answer, which the sentence does not name (rule 36)
    quotes=[("„Homepageüberwachung“", None),
            (cut(p2, "„sämtliche", "ausgewertet“"), None),
            ("„besonders auffälligen Zugriffen“", None)],
    aliases={})

add(id="ho2-np-2023-pegasus-klage-bka", title=None,
    url="https://netzpolitik.org/2023/staatstrojaner-pegasus-wir-verklagen-das-bka-zum-dritten-mal/",
    retrieved="same address (the stored copy begins with the body, without headline, so its first paragraph is the first line; the subheading 'Weder bestätigen noch dementieren' is kept as its own line; the sixth paragraph, cut off inside the BKA's quoted answer, is dropped)",
    license=NP,
    paras=["Deutsche Polizisten dürfen immer öfter IT-Geräte mit Staatstrojanern hacken und überwachen, zuletzt jede "
           "Woche. Dazu nutzen sie diverse Produkte, neben ihrer Eigenentwicklung RCIS auch FinFisher FinSpy und NSO "
           "Pegasus. Deutsche Ermittler hackten mit Pegasus die rechtsterroristische „Patriotische Union“. Unbekannte "
           "hackten mit Pegasus russische Exil-Journalisten in Berlin.",
           "Pegasus ist der wohl berüchtigtste Staatstrojaner der Welt. Nach den Enthüllungen des Pegasus-Projekts "
           "arbeitete das EU-Parlament diverse Skandale in einem eigenen Untersuchungsausschuss auf. Die USA haben den "
           "Einsatz von Pegasus verboten und Sanktionen gegen das Unternehmen NSO verhängt, weil ihr Staatstrojaner die "
           "nationale Sicherheit und die internationale Ordnung gefährdet. Deutschland belohnt NSO weiter mit "
           "Steuergeld.",
           "Weder bestätigen noch dementieren",
           "Wir wollen Einblick in den Vertrag des Bundeskriminalamts mit NSO. Also haben wir das Dokument auf "
           "FragDenStaat beantragt. Das ist bereits über ein Jahr her. Erst hat das BKA unseren Antrag pauschal "
           "abgelehnt, dann unseren Widerspruch monatelang verzögert. Im Januar hat das BKA unseren Widerspruch "
           "zurückgewiesen. Dagegen wehren wir uns. Gemeinsam mit FragDenStaat und dem Anwalt Nico Sander verklagen wir "
           "das BKA.",
           "Das ist bereits unsere dritte Klage gegen das BKA wegen Staatstrojaner-Verträgen. Vorher hatten wir den "
           "Vertrag mit FinFisher FinSpy sowie Änderungen zu diesem Vertrag angefordert. In beiden Fällen hatte das BKA "
           "zu viele Stellen geschwärzt und musste nach Gerichtsurteilen die Schwärzungen rückgängig machen."],
    quotes=[("„Patriotische Union“", None)],
    aliases={})

add(id="ho2-np-2022-12-vorratsdatenspeicherung-rueckblick", title=None,
    url="https://netzpolitik.org/2022/kampf-gegen-die-vorratsdatenspeicherung-kein-appetit-auf-noch-eine-blutige-nase/",
    retrieved="same address (stored page of December 2022; the stored copy begins with the body, without headline, so its first paragraph is the first line; the last paragraph (Constanze Kurz), cut off in the stored copy, is dropped)",
    license=NP,
    paras=["Das Ende des Jahres ist oft ein Anlass für einen Blick zurück. Wenn es dabei um Netzpolitisches geht, könnte "
           "man einiges zur Vorratsdatenspeicherung schreiben: wie sich Höchstgerichte in Europa wieder an dem Vorhaben "
           "abgearbeitet haben, wie die Ampelkoalitionäre danach ihre politischen Claims öffentlich absteckten oder "
           "welche Alternativen diskutiert werden.",
           "Wir blicken allerdings diesmal auf mehr als ein ganzes Jahrzehnt zurück, denn so lange dauert der Kampf "
           "gegen die anlasslose Massenüberwachung der sogenannten Verbindungsdaten schon an. Zeitweise gab es unter dem "
           "Schlagwort „Freiheit statt Angst“ die größten Datenschutzproteste gegen die Speicherung der "
           "Telekommunikations- und Bewegungsdaten seit der Volkszählung in den 1980er-Jahren.",
           "Nach einer pandemiebedingt langen Zeit ohne Veranstaltungen hatte netzpolitik.org Ende September in die "
           "Raumstation c-base in Berlin geladen. Unter dem Eindruck des kurz zuvor ergangenen EuGH-Urteils fand ein "
           "Kamingespräch mit dem Titel „Der Kampf gegen die Vorratsdatenspeicherung: The End of the Living Dead?“ "
           "statt.",
           "Ralf Bendrath ist Politikwissenschaftler und Referent für bürgerliche Freiheiten, Justiz und Inneres bei der "
           "Fraktion Grüne/EFA im Europäischen Parlament. Er hat sich von Beginn an im AK Vorrat engagiert und war in "
           "diversen anderen netzpolitischen Zusammenhängen aktiv.",
           "Katharina Nocun hat Wirtschafts- und Politikwissenschaften studiert und ist Autorin und Bürgerrechtlerin, "
           "sie hat die Proteste gegen die Vorratsdatenspeicherung in Deutschland mitorganisiert.",
           "Anna Biselli ist Informatikerin und gehört zur Chefredaktion von netzpolitik.org. Sie begleitet den Kampf um "
           "die Vorratsdatenspeicherung seit mehr als einem Jahrzehnt."],
    quotes=[("„Freiheit statt Angst“", None),
            ("„Der Kampf gegen die Vorratsdatenspeicherung: The End of the Living Dead?“", None)],
    aliases={})

p6 = ("netzpolitik.org: Sie haben als Rechtswissenschaftlerin immer die Bedeutung von Daten für Innovation betont und "
      "einen Ausgleich zwischen Datennutzung und Datenschutz gesucht. Für viele bedeutet das momentan vor allem, den "
      "Datenschutz zurückzubauen. Auf dem Digitale-Souveränitäts-Gipfel in Berlin lautete die neue Leitlinie „Product "
      "First, Regulation Second“. Ihre Behörde soll den Zusatz „Beauftragte für Datennutzung“ erhalten. Geht die "
      "Entwicklung also in die richtige Richtung?")
add(id="ho2-np-2025-12-interview-bfdi", title=None,
    url="https://netzpolitik.org/2025/interview-mit-der-bundesdatenschutzbeauftragten-die-aktuelle-debatte-geht-in-die-falsche-richtung/",
    retrieved="same address (stored page of December 2025; the stored copy begins with the teaser, without headline, so the teaser is the first line; the interview's first answer, cut off in the stored copy, is dropped; the quoted section heading and the first question are kept)",
    license=NP,
    paras=["Louisa Specht-Riemenschneider erklärt, warum KI und Datenschutz so schlecht zusammengehen und die "
           "Datenpolitik ein gesellschaftspolitisches Ziel braucht. Außerdem nennt sie eine überraschend niedrige Zahl "
           "neuer Mitarbeitender, falls ihre Behörde die zentrale Wirtschaftsaufsicht erhält.",
           "Seit gut einem Jahr ist Louisa Specht-Riemenschneider Bundesbeauftragte für den Datenschutz und die "
           "Informationsfreiheit (BfDI). Nicht nur die schwarz-rote Bundesregierung hat sich mittlerweile "
           "weitreichende Reformen beim Datenschutz vorgenommen, sondern auch die EU-Kommission will die "
           "Datenschutzgrundverordnung erstmalig schleifen.",
           "Wir haben Specht-Riemenschneider in ihrem Berliner Büro getroffen und sie gefragt, wo sie in der hitzig "
           "geführten Reformdebatte steht. Sie kritisiert Teile der Pläne der EU-Kommission, spricht sich aber auch "
           "selbst entschieden für eine Reform aus. Der datenschutzrechtliche Rahmen erfülle seine Funktion nicht, "
           "allerdings laufe die aktuelle Debatte in die falsche Richtung. Vor Veränderungen in der Datenpolitik müsse "
           "eine gesellschaftspolitische Zielsetzung stehen, so die Forderung der Datenschutzbeauftragten.",
           "Auch zu den umstrittenen Themen Gesundheitsdigitalisierung und Reform der Datenschutzaufsicht in "
           "Deutschland haben wir die Juristin befragt.",
           "„An jeder Ecke fehlen Daten für gemeinwohlorientierte Zwecke“",
           p6],
    # the quoted section heading of a printed interview is the interviewee's (rule 37); the two quotes inside the
    # interviewer's question are a summit's slogan and a proposed official title (rule 24)
    quotes=[("„An jeder Ecke fehlen Daten für gemeinwohlorientierte Zwecke“", "Louisa Specht-Riemenschneider"),
            ("„Product First, Regulation Second“", None),
            ("„Beauftragte für Datennutzung“", None)],
    aliases={"Louisa Specht-Riemenschneider": ["Louisa Specht-Riemenschneider", "Specht-Riemenschneider"]})


# --- European Commission and its Representation in Germany ---

p1 = ("Der Hohe Vertreter der EU für die Außen- und Sicherheitspolitik, Josep Borrell, hat den mutmaßlichen "
      "Giftanschlag auf den russischen Oppositionsführer Alexej Nawalny scharf verurteilt. Gestern (Montag) hatte die "
      "Universitätsklinik Charité Berlin vorläufige Testergebnisse veröffentlicht, die auf eine Vergiftung Nawalnys "
      "hinweisen. „Es ist unerlässlich, dass die russischen Behörden unverzüglich eine unabhängige und transparente "
      "Untersuchung einleiten. Das russische Volk und die internationale Gemeinschaft fordern eine Aufarbeitung der "
      "Fakten hinter der Vergiftung von Herrn Nawalny. Die Verantwortlichen müssen zur Rechenschaft gezogen werden“, "
      "erklärte Borrell am Montagabend.")
add(id="ho2-eucom-2020-08-newsletter-nawalny",
    title="EU verlangt Untersuchung des mutmaßlichen Giftanschlags auf Alexej Nawalny",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/24835",
    retrieved="same address (stored newsletter 'EU-Aktuell' of August 2020: its first two items; the newsletter header and the 'Mehr' links dropped; the third item (headline 'Auch Portugal soll Kredite aus dem EU-Kurzarbeitsprogramm „SURE“ erhalten' and its teaser, cut off in the stored copy) dropped)",
    license=EU,
    paras=[p1,
           "Coronavirus: Kommission in Gesprächen mit fünftem Impfstoffhersteller",
           "Die Europäische Kommission hat gestern (Montag) Sondierungsgespräche mit Moderna über den Ankauf eines "
           "potenziellen Impfstoffs gegen COVID-19 abgeschlossen. Moderna ist das fünfte Unternehmen, mit dem die "
           "Kommission Gespräche abgeschlossen hat; zuvor war dies bereits mit Sanofi-GSK am 31. Juli, mit Johnson & "
           "Johnson am 13. August sowie mit CureVac am 18. August der Fall. Mit AstraZeneca wurde am 14. August eine "
           "Vereinbarung über eine Abnahmegarantie unterzeichnet."],
    quotes=[(cut(p1, "„Es ist", "werden“"), "Josep Borrell")],
    # the role phrase names the EU (rule 33)
    aliases={"Josep Borrell": ["Josep Borrell", "Borrell"]})

p = ("Die EU-Kommission hat heute (Freitag) eine Studie unabhängiger Experten zu den Arbeitsbedingungen in der "
     "Plattformwirtschaft veröffentlicht. „Die Arbeit in der Plattformwirtschaft ist ein wachsendes Phänomen, das wir mit "
     "geeigneten Maßnahmen begleiten müssen, um sicherzustellen, dass diejenigen, die sich für die Arbeit in der "
     "Plattformwirtschaft entscheiden, geschützt werden“, sagte Nicolas Schmit, Kommissar für Beschäftigung und soziale "
     "Rechte. „Sie müssen angemessene Arbeitsbedingungen haben, bei Krankheit, Arbeitsunfällen und Arbeitslosigkeit "
     "geschützt sein und Ansprüche auf ihre künftige Rente erwerben können.“")
add(id="ho2-eucom-2020-03-plattformarbeit-schmit",
    title="Experten empfehlen bessere Arbeitsbedingungen bei Online-Plattformen",
    url="https://www.eiz-niedersachsen.de/aktuelles/eu-nachrichten/page/177",
    retrieved="same address (stored list page of the 'EU-Nachrichten' that the Europäisches Informationszentrum Niedersachsen republishes from the Commission's Representation (ANNOTATION.md rule 31), March 2020: its second item; the EIZ's own notice above it (closure of the centre), the photo credits and the third item, cut off in the stored copy, dropped)",
    license=EU,
    paras=[p],
    quotes=[(cut(p, "„Die Arbeit", "werden“"), "Nicolas Schmit"),
            (cut(p, "„Sie müssen", "können.“"), "Nicolas Schmit")],
    aliases={"Nicolas Schmit": ["Nicolas Schmit", "Kommissar für Beschäftigung und soziale Rechte"]})

p1 = ("Die Vertretung der Europäischen Kommission in Deutschland hat anlässlich der deutschen EU-Ratspräsidentschaft "
      "ihre Sammlung von 60 Gründen für das europäische Einigungswerk umfassend aktualisiert: mit Beispielen, worauf "
      "Europa stolz sein kann, wie die EU einen nachhaltigen Umbau der Wirtschaft nach der Corona-Pandemie forciert und "
      "wie sich die EU für uns alle rechnet – auch hier in Deutschland. „Ein vereintes Europa muss in einer zunehmend "
      "multipolaren Welt sein Schicksal selbst in die Hand nehmen und seine Zukunft gestalten. Es gibt zahlreiche "
      "Gründe, warum wir die Europäische Union dafür brauchen“, so Jörg Wojahn, Vertreter der Europäischen Kommission "
      "in Deutschland. „Mit den Guten Gründen für die EU wollen wir ganz konkret aufzeigen, wo Europa uns allen nützt. "
      "Wir freuen uns, wenn Sie die Guten Gründe weitertragen.“")
p2 = ("Im Rahmen der Dialogreihe „EBD Briefing: Kommission direkt“ sagte EU-Handelskommissar Phil Hogan bei einem "
      "Fachgespräch heute (Dienstag) zur umfassenden Überprüfung der EU-Handelspolitik: „Wir glauben, dass dies ein "
      "Wendepunkt für die Ausrichtung der EU-Handelspolitik sein kann. Covid-19 formt eine neue Normalität und bietet "
      "uns eine Gelegenheit, einen neuen Blick auf das Warum und Wie der Politik zu werfen.“ Die Europäische Kommission "
      "führt derzeit eine umfassende Überprüfung der EU-Handelspolitik (Trade Policy Review), einschließlich "
      "öffentlicher Konsultation, durch. Noch vor Ende des Jahres sollen die Ergebnissen veröffentlicht werden.")
add(id="ho2-eucom-2020-07-gute-gruende-hogan",
    title="Gute Gründe für die EU: Warum wir die Europäische Union brauchen",
    url="https://www.eiz-niedersachsen.de/2020/07/page/2/?cat=484",
    retrieved="same address (stored list page of July 2020 of the Commission news that the EIZ Niedersachsen republishes (rule 31): its first two items, each headline on its own line; the photo credits on the headline lines and the third item, cut off in its headline, dropped)",
    license=EU,
    paras=[p1,
           "EU-Handelskommissar Hogan bei EBD Briefing: Stehen vor Wendepunkt für die Ausrichtung der Handelspolitik der "
           "EU",
           p2],
    quotes=[(cut(p1, "„Ein vereintes", "brauchen“"), "Jörg Wojahn"),
            (cut(p1, "„Mit den", "weitertragen.“"), "Jörg Wojahn"),
            ("„EBD Briefing: Kommission direkt“", None),
            (cut(p2, "„Wir glauben", "werfen.“"), "Phil Hogan")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn"],
             "Phil Hogan": ["Phil Hogan", "EU-Handelskommissar Phil Hogan", "Hogan"]})

p1 = ("Die Vertretung der Europäischen Kommission in Deutschland begleitet den heute (Mittwoch) beginnenden deutschen "
      "Vorsitz im Rat der EU mit einer Reihe von Veranstaltungen. „Pünktlich zum Start der deutschen "
      "EU-Ratspräsidentschaft holen wir die politischen Spitzen der Europäischen Kommission zum Gespräch ins Land – "
      "zunächst virtuell“, sagt Jörg Wojahn, Vertreter der Kommission in Deutschland. „EBD Briefing: Kommission direkt“ "
      "heißt ein neues Format, das die Vertretung gemeinsam mit der Europäischen Bewegung Deutschland (EBD) umsetzt. Zu "
      "den informellen Ministerräten im Juli bringt die Dialogreihe EU-Kommissarinnen und -Kommissare mit der "
      "Fachöffentlichkeit zusammen. Begleitend zu den informellen Räten in vielen deutschen Städten organisiert die "
      "Kommissionsvertretung Rollenspiele für junge Erwachsene zu europapolitischen Themen. Dazu kommen virtuelle "
      "Brüssel-Besuche von Schulklassen, Medien und anderen Gruppen. Am 16. Juli ist eine Online-Diskussion von "
      "Exekutivvizepräsident Frans Timmermans mit Carla Reemtsma von der Klimabewegung „Fridays for Future“ geplant.")
p2 = ("Kommissionspräsidentin Ursula von der Leyen hat in Interviews mit dem Deutschlandfunk und dem Handelsblatt über "
      "ihre Prioritäten für die am 1. Juli beginnende deutsche EU-Ratspräsidentschaft gesprochen. „Die Erwartungen sind "
      "hoch. Wir sind inmitten einer schweren Krise, ausgelöst durch das Virus, und wir brauchen eine starke "
      "Präsidentschaft“, sagte von der Leyen am Wochenende im Deutschlandfunk. „Es stehen gewaltige Themen an.“")
add(id="ho2-eucom-2020-07-dialogreihen-ratspraesidentschaft",
    title="Vertretung der EU-Kommission in Deutschland startet neue Dialogreihen zur deutschen EU-Ratspräsidentschaft",
    url="https://www.eiz-niedersachsen.de/category/eu-ratspraesidentschaft2020/page/6/",
    retrieved="same address (stored list page of the Commission news on the German Council presidency that the EIZ Niedersachsen republishes (rule 31), July 2020: its first two items, each headline on its own line; the photo credits on the headline lines and the third item, cut off in its headline, dropped)",
    license=EU,
    paras=[p1,
           "Von der Leyen: Wir brauchen eine starke deutsche EU-Ratspräsidentschaft",
           p2],
    quotes=[(cut(p1, "„Pünktlich", "virtuell“"), "Jörg Wojahn"),
            ("„EBD Briefing: Kommission direkt“", None),
            ("„Fridays for Future“", None),
            (cut(p2, "„Die Erwartungen", "Präsidentschaft“"), "Ursula von der Leyen"),
            ("„Es stehen gewaltige Themen an.“", "Ursula von der Leyen")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn"],
             "Ursula von der Leyen": ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen",
                                      "von der Leyen", "Von der Leyen"]})

p2 = ("Im Vordergrund der Diskussion stand dabei der „Green Deal“ – das Programm der Von-der-Leyen-Kommission, um die "
      "EU bis 2050 klimaneutral zu machen. Wojahn wies darauf hin, dass dabei die Umwelt- und Wirtschaftspolitik eine "
      "Einheit bilden: „Wir müssen Greta Thunberg und Joe Kaeser gleichzeitig sein, wenn wir erfolgreich sein wollen. "
      "Wir müssen unsere Wirtschaft anpassen, ob wir wollen oder nicht.“ Dabei müsse die EU vorangehen, wenn sie global "
      "bestehen wolle. Europa sei führend in der Umwelttechnik und das müsse man nutzen.")
p3 = ("Ein weiteres Thema im Landtag war die europäische Migrationspolitik. Dafür brauche es einen neuen Anlauf, so "
      "Wojahn. Die Kommission werde deshalb die Überarbeitung der Dublin-Regeln auf den Weg bringen. Außerdem müsse ein "
      "effektiver Grenzschutz an den EU-Außengrenzen geschaffen werden und es müsse mehr für die Flüchtlinge außerhalb "
      "Europas getan werden. „Die Menschen erwarten eine Lösung von uns“, betonte Wojahn.")
add(id="ho2-eucom-2020-01-28-wojahn-bayerischer-landtag",
    title="Jörg Wojahn im Bayerischen Landtag: Europa wirkt in den Regionen",
    url="https://www.eiz-niedersachsen.de/joerg-wojahn-im-bayerischen-landtag-europa-wirkt-in-den-regionen/",
    retrieved="same address (the Representation's news item of 28.01.2020 (dateline 'Brüssel/München') as republished by the EIZ Niedersachsen (rule 31); the photo credit on the title line and the fourth paragraph, cut off in the stored copy, dropped)",
    license=EU,
    paras=["28.01.2020 Brüssel/München. Bei seinem Antrittsbesuch in München hat Jörg Wojahn, Vertreter der Europäischen "
           "Kommission in Deutschland heute (Dienstag) im Bayerischen Landtag einen Ausblick auf Themen der "
           "Von-der-Leyen-Kommission für 2020 gegeben. Dabei betonte er, dass Europa nicht nur in Brüssel stattfindet, "
           "sondern vor allem auch in den Regionen. Daher sei der Austausch mit regionalen Parlamenten, wie dem "
           "Bayerischen Landtag so wichtig für die Arbeit der EU-Kommission. Jörg Wojahn folgte mit seinem Besuch einer "
           "Einladung des Ausschusses für Bundes- und Europaangelegenheiten, der mit ihm über aktuelle Themen der "
           "Europapolitik diskutieren wollte.",
           p2, p3],
    quotes=[("„Green Deal“", None),
            (cut(p2, "„Wir müssen Greta", "nicht.“"), "Jörg Wojahn"),
            ("„Die Menschen erwarten eine Lösung von uns“", "Jörg Wojahn")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn", "Wojahn"]})

p3 = ("„Gerade im Vorfeld der Europawahlen 2019 ist mir die weitere Intensivierung des Austausches mit dem Landtag, der  "
      "Landesregierung und den Bürgerinnen und Bürgern in Niedersachsen besonders wichtig“, sagte Kommissionsvertreter "
      "Kühnel damals nach der Unterzeichnung des Partnerschaftsabkommens mit Birgit Honé, Ministerin für Bundes- und "
      "Europaangelegenheiten gestern (Montag) in Hannover.")
add(id="ho2-eucom-2019-01-14-kuehnel-kabinettsklausur", title=None,
    url="https://www.eiz-niedersachsen.de/niedersachsens-landesregierung-bespricht-europapolitik-in-kabinettsklausur-mit-kommissionsvertreter-kuehnel/",
    retrieved="same address (the Representation's news item of 14.01.2019 (dateline 'Berlin/Hannover/Dinklage') as republished by the EIZ Niedersachsen (rule 31); the stored copy begins with the dated first paragraph, without headline, so no title is invented; the 'Weitere Informationen:' line and its link dropped; the double space in 'der  Landesregierung' is as published)",
    license=EU,
    paras=["14.01.2019 Berlin/Hannover/Dinklage – Bei einer Kabinettsklausur in Dinklage diskutiert die niedersächsische "
           "Landesregierung heute (Montag, 14.01) neben landespolitischen Themen auch die Europawahlen im Mai und die "
           "europapolitische Agenda für 2019. Richard Kühnel, Vertreter der Europäischen Kommission in Deutschland, "
           "spricht dort auf Einladung von Ministerpräsident Stephan Weil über die Bedeutung der Europäischen Union für "
           "Niedersachsen. Die Ergebnisse der Klausur sollen am Dienstag in Dinklage vorgestellt werden.",
           "Mit Blick auf die Europawahlen 2019 hatten das Land Niedersachsen und die Vertretung der Europäischen "
           "Kommission in Deutschland bereits vor einem Jahr ein Partnerschaftsabkommen zur Europakommunikation "
           "unterzeichnet. Damit wird die langjährige Zusammenarbeit weiter gefestigt.",
           p3],
    quotes=[(cut(p3, "„Gerade", "wichtig“"), "Richard Kühnel")],
    aliases={"Richard Kühnel": ["Richard Kühnel", "Kommissionsvertreter Kühnel"]})

p = ("Die Europäische Kommission weist Berichte über angeblich von ihr geplante Einschränkungen bei der Verwendung des "
     "\"Made in Germany\"-Labels zurück. Weder will die Kommission die Herkunftsbezeichnung abschaffen noch erschweren. "
     "Im Gegenteil: Durch die im Februar vorgelegten Vorschläge zur Produktsicherheit wird das Label \"Made in "
     "Deutschland\" gestärkt und in der gesamten EU rechtlich besser geschützt. In dem Gesetzespaket heißt es dazu: "
     "\"Bei Produkten, die in der EU hergestellt worden sind, ist als Ursprung entweder die EU oder ein bestimmter "
     "Mitgliedstaat anzugeben.\" (Artikel 7, Verordnung[...]")
add(id="ho2-eucom-made-in-germany-presseportal",
    title="Veröffentlichte Pressemitteilungen von Europäische Kommission",
    url="https://trendkraft.de/all/user/eurokommission/",
    retrieved="same address (stored profile page of the European Commission's own account on the press portal trendkraft.de, listing its press releases: the list heading and the first teaser, cut by the portal with its published '[...]'; the profile box (logo, 'Über Europäische Kommission', press contact), the view counter '725' and the second teaser (Kristalina Georgieva), cut off in the stored copy, dropped)",
    license=EU,
    paras=[p],
    # the quoted sentence is from the Commission's own legislative proposal (rule 38)
    quotes=[("\"Made in Germany\"", None),
            ("\"Made in Deutschland\"", None),
            (cut(p, "\"Bei Produkten", "anzugeben.\""), "Europäische Kommission")],
    aliases={"Europäische Kommission": ["Europäische Kommission", "Kommission"]})

p3 = ("„Auf meine fünf Jahre in Berlin blicke ich in Dankbarkeit zurück“, sagte Kühnel. „Sowohl Deutschland als auch die "
      "Europäische Union haben in dieser Zeit viel durchlebt und sich verändert. Heute steht Europa gefestigt da, nicht "
      "zuletzt dank der deutschen Mitwirkung. Ich hoffe ein wenig dazu beigetragen zu haben, das gegenseitige "
      "Verständnis zu verbessern – für Europa in Deutschland und für deutsche Anliegen und Sorgen in Brüssel. Ich konnte "
      "dabei auf viele Partner und Freunde Europas in der ganzen Bundesrepublik bauen. Ihnen gilt mein ganzer Dank, "
      "verbunden mit der Bitte, Europa mit Leidenschaft treu zu bleiben.“")
add(id="ho2-eucom-2019-07-24-wojahn-nachfolge-kuehnel", title="Richard Kühnel wechselt nach Brüssel.",
    url="https://tp-presseagentur.de/?p=32930",
    retrieved="same address (the Commission's press release of 24.07.2019 as reposted by the press agency; the same wording stands, with the Representation's date line '24/07/2019', on https://wfe-erzgebirge.de/aktuelles/richard-kuehnel-wechselt-nach-bruessel-joerg-wojahn-wird-neuer-vertreter-der-europaeischen-kommission-in-deutschland (rule 39); the leading space of the quote paragraph and the fifth paragraph, cut off in the stored copy, dropped)",
    license=EU,
    paras=["Jörg Wojahn wird neuer Vertreter der Europäischen Kommission in Deutschland",
           "Die Europäische Kommission hat heute (Mittwoch) Jörg Wojahn zum neuen Leiter der Kommissionsvertretung in "
           "Berlin ernannt. Er übernimmt sein neues Amt am 1. September 2019. Jörg Wojahn tritt die Nachfolge von "
           "Richard Kühnel an, der heute zum Direktor in der Generaldirektion „Kommunikation“ ernannt wurde und zum 1. "
           "September 2019 nach Brüssel wechselt. Der aus Deutschland stammende Jörg Wojahn leitet derzeit die "
           "Vertretung der Europäischen Kommission in Österreich.",
           p3,
           "Richard Kühnel leitet künftig das Direktorat „Repräsentation und Kommunikation in den Mitgliedstaaten“. Das "
           "Direktorat gehört mit vier Abteilungen in Brüssel, die sich mit Strategie, politischer Berichterstattung, "
           "Bürgerdialogen und Netzwerken befassen, sowie 28 Vertretungen und 9 Regionalvertretungen in allen "
           "Mitgliedstaaten zu den größten in der Kommission."],
    quotes=[("„Kommunikation“", None),
            (cut(p3, "„Auf meine", "zurück“"), "Richard Kühnel"),
            (cut(p3, "„Sowohl", "bleiben.“"), "Richard Kühnel"),
            ("„Repräsentation und Kommunikation in den Mitgliedstaaten“", None)],
    aliases={"Richard Kühnel": ["Richard Kühnel", "Kühnel"]})

add(id="ho2-eucom-2024-02-06-neue-leitungen",
    title="Neue Leitungen der EU-Kommissionsvertretungen in Berlin, München und Bonn",
    url="https://germany.representation.ec.europa.eu/news/neue-leitungen-der-eu-kommissionsvertretungen-berlin-munchen-und-bonn-2024-02-06_de",
    retrieved="same address (stored page; the page header lines, the image description 'Die deutsche neben der europäischen Flagge', the list bullets and the last paragraph, cut off in the stored copy, dropped)",
    license=EU,
    paras=["Die Europäische Kommission hat die Leitungsposten an ihren drei Standorten in Deutschland – das sind die "
           "Vertretung in Berlin sowie die beiden Regionalvertretungen in München und Bonn - neu besetzt. Zu welchem "
           "Datum die Ernennungen wirksam werden, wird zu einem späteren Zeitpunkt festgelegt.",
           "Barbara Gessler wurde zur neuen Leiterin der Vertretung der Europäischen Kommission in Berlin ernannt. In "
           "dieser Funktion wird sie als offizielle Vertreterin der Europäischen Kommission in Deutschland unter der "
           "politischen Leitung von Präsidentin Ursula von der Leyen fungieren.",
           "Derzeit leitet Barbara Gessler das Referat „Internationaler Kapazitätsaufbau im Hochschulbereich“ der "
           "Europäischen Exekutivagentur für Bildung und Kultur (EACEA) der Kommission. Sie ist seit das fast drei "
           "Jahrzehnten in den EU-Institutionen und im Privatsektor tätig. In den Jahren 2004 bis 2009 hatte sie die "
           "Landesvertretung der Kommission in Bonn geleitet.",
           "Als Leiterin der Vertretung in Berlin wird sie ihr breites Fachwissen in den Bereichen EU-Politik und "
           "strategische Kommunikation sowie ihre umfangreiche Erfahrung in den Bereichen politische Analyse und "
           "Berichterstattung sowie in der Kulturpolitik nutzen. Weitere Informationen zu Barbara Gessler finden Sie "
           "hier.",
           "Die Regionalvertretung der Europäischen Kommission in München (als Teil der Kommissionsvertretung in "
           "Deutschland) wird künftig von Wolfgang Bücherl geleitet."],
    quotes=[("„Internationaler Kapazitätsaufbau im Hochschulbereich“", None)],
    aliases={})


# --- Global Voices auf Deutsch ---

p1 = ("Wir befinden uns in Cambridge, Massachusetts, am Dienstagabend den 26. Oktober 2004. Um 22:03 Uhr setzt Rebecca "
      "MacKinnon, ehemalige CNN-Journalistin und nun Stipendiatin am Berkman Center for Internet and Society in Harvard, "
      "die letzten Zeichen ihres Blogeintrags und klickt auf “Veröffentlichen”. Ihr Kollege Ethan Zuckerman hatte den "
      "WordPress-Blog wenige Tage zuvor aufgesetzt. Der erste “Global Voices”-Beitrag war geboren.")
p2 = ("Wie schon viele andere erste Botschaften hatte auch dieser keinen weltbewegenden Inhalt. Rebecca beschrieb darin "
      "lediglich die Agenda für ein Meeting, das sie und Ethan auf einer Konferenz an der Harvard Law School am 11. "
      "Dezember 2004 unterbringen konnten. Das Meeting wurde in einem später am Abend veröffentlichten zweiten "
      "Blogeintrag “Global Voices Online: Ein Blog für unabhängige Journalisten, interessierte Bürger und Aktivisten” "
      "genannt. Es folgte eine Reihe von “formlosen Workshops und Diskussionsrunden”, fokussiert auf:")
p3 = ("“…the use of weblogs and other new technologies to enhance online global dialogue and political advocacy. "
      "Participants will include international webloggers, journalists and activists with an interest in online "
      "communication techniques. A major focus of the meeting will be to develop strategies for spreading the use of "
      "online participatory media by civil society, activists, and journalists in places generally ignored by the "
      "mainstream international media.”")
add(id="ho2-gv-2014-11-03-zehn-jahre-global-voices", title=None,
    url="https://de.globalvoices.org/2014/11/03/vor-10-jahren-erschien-der-erste-global-voices-beitrag/",
    retrieved="same address (the stored copy begins with the translator's note 'Alle Links in diesem Artikel führen … zu englischsprachigen Webseiten.', which is dropped, and has no headline, so the first body paragraph is the first line; the German translation of the English quotation, cut off in the stored copy, dropped)",
    license=GV,
    paras=[p1, p2, p3],
    # the agenda Rebecca MacKinnon described is quoted (rule 40); button label, site name and meeting title are null
    quotes=[("“Veröffentlichen”", None),
            ("“Global Voices”", None),
            (cut(p2, "“Global Voices Online", "Aktivisten”"), None),
            ("“formlosen Workshops und Diskussionsrunden”", "Rebecca MacKinnon"),
            (p3, "Rebecca MacKinnon")],
    aliases={"Rebecca MacKinnon": ["Rebecca MacKinnon", "Rebecca"]})

add(id="ho2-gv-2013-06-feature", title="Artikel über Feature vom Juni, 2013",
    url="https://de.globalvoices.org/category/type/feature/?m=201306",
    retrieved="same address (stored topic page: headline, date line and teaser of each article as the page shows them; the month line '· Juni, 2013' above the page title and the last item (headline 'Russland: Umweltschützer nach Probenentnahme angegriffen' and its teaser, cut off in the stored copy) dropped; leading spaces of date lines dropped)",
    license=GV,
    paras=["Jemen: Ein Blick hinter die Schlagzeilen",
           "30 Juni 2013",
           "Der Jemen ist ein Land reich an Kultur, Tradition und Geschichte und die Menschen sind unglaublich herzlich und "
           "gastfreundlich. Aber davon bekommt man in den Medien nichts mit. Der Jemen wird in der westlichen "
           "Berichterstattung oft auf al-Qaida, Armut und Kriege reduziert. Einige Jemeniten versuchen dieses falsche "
           "Bild jetzt jedoch mit Hilfe von Film, Fotografie, Bloggen und sozialen Medien zu korrigieren.",
           "“Sit-ins für die Freiheit” in Saudi-Arabien",
           "21 Juni 2013",
           "Am 10. Juni trafen sich verschiedene kleinere Frauengruppen zu einem \"Sit-in für die Freiheit\" in "
           "saudi-arabischen Städten. Diese Sit-ins werden von der anonymen Aktivistengruppe @almonaseron [Die "
           "Unterstützer] organisiert, um für die Freilassung ihrer inhaftierten Angehörigen zu protestieren. Das "
           "Ergebnis: Mehr als 140 Demonstranten - Frauen und Männer - wurden an den zwei darauffolgenden Tagen von den "
           "saudischen Sicherheitskräften verhaftet.",
           "Könnte Fawzia Koofi die erste Präsidentin Afghanistans werden?",
           "16 Juni 2013",
           "Die Suche nach dem nächsten Präsidenten in Afghanistan hat begonnen. Die unabhängige Wahlkommission IEC hat im "
           "Herbst letzten Jahres Präsidentschaftswahlen für den 5. April 2014 angekündigt. Seit Ende letzten Monats "
           "läuft die Wählerregistrierung, sie wird bis zwei Wochen vor der Wahl andauern. Obwohl es noch keine "
           "endgültige Liste der Präsidentschaftskandidaten gibt, sorgen doch einige der Namen, die vermutlich auf den "
           "Stimmzetteln zu finden sein werden, schon jetzt für heftige Diskussionen."],
    quotes=[("“Sit-ins für die Freiheit”", None),
            ("\"Sit-in für die Freiheit\"", None)],
    aliases={})

p4 = ("Some bodies are global, but most bodies remain local, regional, “ethnic”. My thoughts are with all the victims of "
      "today’s and yesterday's horrific attacks, and my thoughts are with all those who will suffer serious "
      "discrimination as a result of the actions of a few mass murderers and the general failure of humanity’s "
      "imagination to see itself as a unified entity.")
p5 = ("Einige Gesellschaften sind global, doch viele bleiben local, regional, ‘ethnisch’. Meine Gedanken sind bei allen "
      "Opfern der schrecklichen Anschläge gestern und heute und mit all jenen, die aufgrund der Handlungen einiger "
      "weniger Massenmörder sowie dem generellen Versagen der menschlichen Vorstellungskraft, sich als eine Einheit zu "
      "verstehen, schwere Diskriminierungen erfahren müssen.")
add(id="ho2-gv-2016-02-03-meistgelesene-geschichten",
    title="Die 7 meistgelesenen Geschichten auf Global Voices im Jahr 2015",
    url="https://de.globalvoices.org/2016/02/03/die-7-meistgelesenen-geschichten-auf-global-voices-im-jahr-2015/",
    retrieved="https://de.globalvoices.org/2016/02/03/die-7-meistgelesenen-geschichten-auf-global-voices-im-jahr-2015/print/ (stored print view; the site line above the title, the 'Kategorien:' line, the image alt text and caption, and the second list item (headline with the English quotation after it, cut off in the stored copy) dropped; the quoted passages that the page sets as block quotes without quotation marks are kept as their own lines)",
    license=GV,
    paras=["In diesem Jahr hat unsere grenzenlose, große Gemeinschaft aus Freiwilligen mehr als 2.560 Geschichten auf "
           "Englisch veröffentlicht und sie rund 10.000 Mal in 40 Sprachen veröffentlicht.",
           "Die 7 beliebtesten Geschichten wurden insgesamt mehr als 300.000 Mal gelesen, in einer durchschnittlichen "
           "Lesezeit von 5 Minuten. Sie sind jedoch nicht nur die meistgelesenen Geschichten, sondern wurden in den "
           "sozialen Medien und auf unserer Seite auch hundertfach geteilt, geliked und kommentiert.",
           "1. Ich bin nicht nur in den Straßen von Beirut zu Hause, sondern auch in den Straßen von Paris [1] von Joey "
           "Ayoub [2]",
           p4, p5],
    # scare quotes inside the author's own block-quoted words are his (rule 34)
    quotes=[("“ethnic”", "Joey Ayoub"),
            ("‘ethnisch’", "Joey Ayoub")],
    aliases={"Joey Ayoub": ["Joey Ayoub"]})

p = ("Die Blogger haben den 22. April – den Earth Day – auf unterschiedliche Weise gefeiert: Manche schrieben über die "
     "Bedeutung des Tages, andere machten eine Presseschau, teilten Leseempfehlungen und sprachen über den Klimawandel. "
     "In diesem kurzen Überblick bekommen wir eine Ahnung davon, wie die Blogger den ‘Tag der Erde 2008′...")
add(id="ho2-gv-2008-04-politik", title="Artikel über Politik vom April, 2008",
    url="http://de.globalvoicesonline.org/category/topics/politics/?m=200804",
    retrieved="same address (stored topic page: headline, date line and teaser of each article as the page shows them, the teasers with their published '...'; the month line '· April, 2008' above the page title and the last item (headline 'Kontroverser malaiischer Politiker bloggt' with its teaser, cut off in the stored copy) dropped; leading spaces of date lines dropped; the blogger's words in the first teaser are set without quotation marks and are not annotated)",
    license=GV,
    paras=["Ägypten: Wenn Religion mit der Politik ins Bett steigt",
           "29 April 2008",
           "Die ägyptische Bloggerin Zeinobia attackiert Papst Shenouda III für seine diesjährige Osterpredigt. Ich bin "
           "noch immer so traurig und wütend, dass Papst Shounda Ostern für Mubarak gebetet hat, damit er ein langes "
           "Leben habe (!). Er warnte auch dessen Anhänger davor, auf die Vandale im Internet zu hören, die in...",
           "Hong Kong: Ein Tibet-Artikel",
           "26 April 2008",
           "David Webb hat einen Artikel veröffentlicht, der vom Journal der Juristischen Gesellschaft Hong Kong "
           "abgelehnt wurden. Er befasst sich mit der Geschichte Tibets und der Selbstbestimmung.",
           "Grüne Stimmen am Earth Day 2008",
           "23 April 2008",
           p,
           "Ägypten: Menschen verschwinden",
           "21 April 2008",
           "Vielleicht haben Sie von dem Streik am 6. April hier in Ägypten gehört, und von Esraa Abdelfattah, dem "
           "Urheber der Streik-Gruppe bei Facebook, der verhaftet wurde und wenige Minuten nach seiner Freilassung "
           "verschwand. Darum schreibt Michaelitoo über sich selbst und andere Ägypter, die in den letzen paar Jahren "
           "einfach verschwunden...",
           "Ägypten: Boykottiert die Welt!",
           "21 April 2008",
           "Auf der ganzen Welt nutzen Menschen wirtschaftlichen Druck, um gegen politische Entscheidungen zu "
           "protestieren: Sie rufen zum Boykott von Produkten aus bestimmten Ländern auf. Nachdem immer mehr Länder auf "
           "die Boykottliste wandern, hat der ägyptische Blogger Tarek eine neue Idee. Er fordert: Boykottiert die "
           "Welt!   قاطعوا المنتجات الدنماركية بسبب..."],
    # single marks around a name, closed by the published prime (rule 21)
    quotes=[("‘Tag der Erde 2008′", None)],
    aliases={})

p = ("Mehr Chicherias oder Mehr Schulen?“, fragt Pedro Velasquez aus Santa Cruz, Bolivien. Chicherias verkaufen einen "
     "gegorenen Maistrank, und werden oft mit Gewalt und Saufgelagen in Verbindung gebracht. Manchmal sind die Lokale "
     "nicht weit von Schulen entfernt, was Probleme für die Eltern und Lehrer bedeutet.")
add(id="ho2-gv-2008-03-kurzmeldungen", title="Artikel vom Kurzmeldungen vom März, 2008",
    url="https://de.globalvoices.org/category/type/roundups/?m=200803",
    retrieved="same address (stored page of short news items; the site header lines and the month line above the page title and the last item (headline 'Kuba: Handys' with its teaser, cut off in the stored copy) dropped; the quotation without its opening mark is as published)",
    license=GV,
    paras=["China: Ausländische Medien",
           "DANWEI hat eine Podiumsdiskussion zu der Berichterstattung internationaler Medien über China veranstaltet. "
           "Hier ist die Zusammenfassung.",
           "Bangladesch: Erinnerung an einen Völkermord",
           "The 3rd World View und Mash schreiben über die Online-Initiative Bangladesh Genocide Archive. Das Projekt "
           "dokumentiert verschiedene Zeugenberichte, Erinnerungen und Artikel über die Ereignisse von 1971 [der "
           "Bangladesch-Krieg, d. Übersetzer].",
           "Südasien: Über Tibet",
           "Pickled Politics über die Reaktionen in verschiedenen Ländern auf die Tibet-China-Problematik.",
           "Südkorea: Alte koreanische Reklame",
           "Korea beat verweist auf eine Sammlung alter koreanischer Werbeanzeigen bei Naver.",
           "Indien: Identität und Konflikt",
           "Talkies erkundet die Identität, den Konflikt und die Politik der Apathie in Indien.",
           "Nepal: Heimat und Indien",
           "United We Blog! schreibt über einen nepaler Gastarbeiter, der von der Arbeit in Indien heimkehrt.",
           "Bangladesh: Sicherheit und Frauen",
           "joybangla bietet Sicherheits-Tipps für Frauen in Bangladesh.",
           "Kuba: Gespräche mit den Menschen",
           "Martin Varsavsky spricht über Gedanken, die er sich nach Gesprächen mit normalen Kubanern bei seinem letzten "
           "Trip auf die Insel gemacht hat. Er zeigt auch Videoschnipsel von seiner Zeit in Havanna.",
           "Bolivien: Bars oder Schulen?",
           p,
           "Thailand: Bloggen auf Englisch",
           "Isriya meint, es sei aufwändiger auf Englisch zu bloggen, aber es lohnt sich!"],
    # the opening mark is missing in the published text: the quote starts at the paragraph start (rule 22)
    quotes=[(cut(p, "Mehr Chicherias", "Schulen?“"), "Pedro Velasquez")],
    aliases={"Pedro Velasquez": ["Pedro Velasquez"]})
