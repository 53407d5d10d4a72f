# Four-hundred-and-eighth held-out German real-news set (tests/data/heldout408-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2150-2153). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-eighth held-out set": eight German news items and press releases of
# the Free Software Foundation Europe on fsfe.org of 2015 (the "I love Free Software" day 2015, the Bündnis Freie Bildung
# position paper, the Document Freedom Day 2015 call for events, the Swiss Bundesrat and OpenJustitia, the Kleine Anfrage
# on the Auswärtiges Amt, the User Data Manifesto, the Swiss "Freedomvote" campaign, the end of the PDFreaders campaign)
# (licence FSFE, the constant of the 393rd set). The texts are read from the stored source files of the pages
# (fsfe.org/news/2015/*.de.xhtml in the site's repository fsfe/fsfe-website), as the 393rd set did: markup removed, the
# line breaks and runs of white space inside a paragraph joined with single spaces (as the page renders them), link texts
# and emphasised words kept as running text, every paragraph, subheading and list item of the body kept unchanged (list
# items as lines of their own, rule 2153), images, sidebars, link lists and the pages' tag data dropped (rule 14); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

MEHL = "Max Mehl"
KIRSCHNER = "Matthias Kirschner"
ALBERS = "Erik Albers"

# --- FSFE, 9 February 2015: "I love Free Software" day 2015 ---

LV_Q1 = ("„Wenn Leute an die Freie Software denken, die sie brauchen und schätzen, denken viele an große und bekannte "
         "Anwendungen. Diese Programme und die Organisationen hinter ihnen sind in der Tat sehr wichtig. Wir sollten aber "
         "auch an die unzähligen Entwickler denken, die ihre Freizeit und Arbeitszeit dafür aufbringen, kleinere Programme "
         "zu schreiben und zu verbessern auf die wir uns ebenso verlassen.“")
LV_Q2 = "„Programmierer sind keine Maschinen und was sie beisteuern, verdient unseren Respekt und unsere Dankbarkeit.“"
LV_Q3 = ("„Software ist stark mit allen Aspekten unseres Lebens verbunden. Es ist wichtig, dass diese Technologie uns "
         "bereichert, anstatt uns einzuschränken. Entwickler, die bei Freier Software mitarbeiten, geben allen anderen die "
         "Freiheit, Software, die sie geschrieben haben, zu verwenden, zu verstehen, zu verändern und zu teilen. Damit "
         "helfen sie anderen grundlegenden Freiheiten, wie Redefreiheit, Pressefreiheit und Recht auf Privatsphäre, zu "
         "unterstützen.“")
LV_Q4 = ("„Wir sollten die motivierende Kraft eines einfachen ‚Dankeschön‘ nicht unterschätzen, damit Entwickler auch "
         "weiterhin Spaß daran haben, ihre wichtige Arbeit für die Gesellschaft zu leisten. Sagen Sie deswegen am 14. "
         "Februar Danke dafür.“")

add(id="ho408-fsfe-2015-02-zeige-deine-liebe-ilovefs",
    title="Zeige Deine Liebe für Freie Software",
    url="https://fsfe.org/news/2015/news-20150209-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150209-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 9 February 2015; the picture (pixel-art heart with the ilovefs hashtag), the sidebar link list 'Mehr "
      "über #ilovefs' and the tag list dropped (rule 14); the four items of the list of suggestions kept as lines of "
      "their own with their bold lead words ('Bilder', 'Postkarten', '#ilovefs', 'Spenden') as running text (rule "
      "2153); link texts kept as running text; the published forms 'Freie SoftwareGemeinschaft', 'können unsere "
      "brandneue Postkarte' and the comma after the closing marks kept (rule 20))",
    license=FSFE,
    paras=["Jedes Jahr am 14. Februar bittet die Free Software Foundation Europe alle Nutzer Freier Software, an die hart "
           "arbeitenden Menschen in der Freie Software-Gemeinschaft zu denken und ihnen Anerkennung an diesem „I love Free "
           "Software“-Tag zu zeigen.",
           "Wie auch letztes Jahr ist die Kampagne an die Menschen hinter Freier Software gerichtet, weil sie es sind, die "
           "es uns erlauben, Software zu nutzen, zu untersuchen, zu verbreiten und zu verbessern. Dadurch können wir in "
           "Freiheit arbeiten. Dieses Mal liegt der Fokus besonders auf den kleinen Beiträgen zum großen ganzen Bild der "
           "Freie SoftwareGemeinschaft.",
           LV_Q1 + ", sagt Max Mehl, der dieses Jahr die #ilovefs-Kampagne organisiert. " + LV_Q2,
           "Für den „I love Free Software Day 2015“ hat die FSFE einige Vorschläge, wie man seine Wertschätzung für die "
           "Menschen hinter Freier Software zum Ausdruck bringen kann. Hier einige Beispiele:",
           "Bilder Ein Bild sagt mehr als tausend Worte. Die Free Software Foundation Europe hat bereits einige Bilder von "
           "Menschen, die ihre Unterstützung für Freie Software zum Ausdruck bringen, gesammelt. Das ist eine sehr "
           "persönliche Möglichkeit, mitzuwirken.",
           "Postkarten Wenn man seine Gedanken lieber mit Worten ausdrückt, können unsere brandneue Postkarte dabei "
           "helfen. Sie ist nicht nur für einen Valentinsschatz, sondern auch für Entwickelnde der Software geeignet, die "
           "man wertschätzt. Wie andere Werbematerialien der FSFE können Postkarten kostenlos bestellt werden.",
           "#ilovefs hatte online schon immer einen großen Einfluss. Deshalb freut sich die FSFE darauf, viele Nachrichten "
           "auf Mikroblogs, Sozialen Netzwerken, Mailinglisten und Blogs in einer Vielzahl von Sprachen zu sehen.",
           "Spenden an Entwickler und Organisationen, die sich Freier Software widmen, sind auch eine Möglichkeit, um seine "
           "Wertschätzung auszudrücken. Laden Sie sie auf ein Getränk ein oder spenden Sie etwas für eines ihrer Projekte, "
           "der FSFE oder an andere Unterstützer Freier Software.",
           LV_Q3 + ", sagt Matthias Kirschner, Vizepräsident der FSFE. " + LV_Q4],
    quotes=[("„I love Free Software“", None),
            (LV_Q1, MEHL),
            (LV_Q2, MEHL),
            ("„I love Free Software Day 2015“", None),
            (LV_Q3, KIRSCHNER),
            (LV_Q4, KIRSCHNER)],
    aliases={MEHL: ["Max Mehl"],
             KIRSCHNER: ["Matthias Kirschner", "Vizepräsident der FSFE"]})

# --- FSFE, 10 February 2015: position paper of the Bündnis Freie Bildung ---

BUENDNIS = "Bündnis Freie Bildung"
OER = '"Open Educational Resources"'
BF_VISION = '"Alle Bildungsmaterialien [...] ohne rechtliche und technische Hürden nutzbar [sind]"'
BF_Q1 = ('"Open Educational Resources werden in den kommenden Jahren eine immer größere Rolle in allen Sektoren '
         'öffentlicher und privater Bildung spielen"')
BF_Q2 = ('"Um das Potenzial von OER in vollem Umfang zu nutzen, ist Freie Software unabdingbar. Wir freuen uns deshalb '
         'heute als Partner des Bündnis Freie Bildung diese Botschaft an Politik und Gesellschaft heranzutragen."')
BF_Q3 = ('"Je mehr das traditionelle Klassenzimmer mit Computern ausgestattet wird, desto wichtiger wird es, den Lernenden '
         'eine Herstellerunabhängige, partizipative Lernumgebung mit Hilfe freier Lernmaterialien zu bieten. Für die FSFE '
         'fängt das mit Freier Software an und findet seine Perfektion im Zusammenspiel mit OER"')

add(id="ho408-fsfe-2015-02-positionspapier-freie-bildungsmaterialien",
    title="Positionspapier zur Förderung freier Bildungsmaterialien auf Basis Freier Software",
    url="https://fsfe.org/news/2015/news-20150210-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150210-01.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 10 February 2015; the tag list dropped (rule 14); the subheading 'Über das Bündnis Freie Bildung:' kept "
      "as a line of its own; the link texts 'Positionspapieres des Bündnis Freie Bildung' and 'Bündnis Freie Bildung' "
      "and the emphasised quotations kept as running text; the published forms 'Herstellerunabhängige' and 'des "
      "Bündnis' kept (rule 20))",
    license=FSFE,
    paras=["Das Bündnis Freie Bildung veröffentlicht heute zusammen mit der FSFE und weiteren Bündnispartnern ihr "
           "Positionspapier zur Gestaltung und Verwendung freier Bildungsmaterialien (auch bekannt als " + OER + "). "
           "Darin fordert das Bündnis die konsequente Veröffentlichung freier Bildungsmaterialien unter Verwendung offener "
           "Lizenzen und deren Bereitstellung auf Basis Freier Software und Offener Standards.",
           "Das Bündnis wird von der Vision getragen, dass " + BF_VISION + ". Das kann nur durch die Verwendung Freier "
           "Software und Offener Standards garantiert werden. Konsequenterweise wird dies zu einer Kernforderung des "
           "initialen Positionspapieres des Bündnis Freie Bildung \"Der Weg zur Stärkung freier Bildungsmaterialien\". Es "
           "hat dabei besonderen Fokus auf der Gestaltung und Verwendung freier Bildungsmaterialien (kurz OER für " + OER
           + ") innerhalb des deutschen Bildungssystems.",
           BF_Q1 + ", versichert Erik Albers von der FSFE. " + BF_Q2,
           "Das Positionspapier fordert darüber hinaus die Verwendung Freier Software bereits beim Aus- und Aufbau von "
           "IT-Infrastrukturen zu bedenken. Auch sollen Bildungsmaterialien, die mit öffentlichen Geldern finanziert "
           "wurden, zukünftig als OER veröffentlicht werden. Das Bündnis verspricht sich davon eine erhöhte "
           "Bildungschancengerechtigkeit sowie die Förderung partizipativer Lernumgebungen. Beides Eigenschaften, die mit "
           "zunehmender Digitalisierung von Lehr- und Lernumgebungen immer weiter an Bedeutung gewinnen.",
           BF_Q3 + ", so Erik Albers.",
           "Über das Bündnis Freie Bildung:",
           "Das Bündnis Freie Bildung ist eine Koalition von Organisationen und Personen mit dem gemeinsamen Ziel, die "
           "Verwendung und Förderung freier Bildungsmaterialien in Politik und Gesellschaft zu verankern. Das Bündnis "
           "wurde von Creative Commons Deutschland, der Open Knowledge Foundation Deutschland sowie Wikimedia Deutschland "
           "ins Leben gerufen. Die Free Software Foundation Europe hat sich dem Bündnis als Partner angeschlossen. Die "
           "FSFE versteht ihre Aufgabe als Bündnispartner darin Bewusstsein dafür zu schaffen, dass freie Technologien - "
           "namentlich Freie Software und Offene Standards - eine notwendige Grundlage für die nachhaltige Entwicklung "
           "freier Bildungsmaterialien darstellen."],
    quotes=[(OER, None, 0),
            (BF_VISION, BUENDNIS),
            ('"Der Weg zur Stärkung freier Bildungsmaterialien"', None),
            (OER, None, 1),
            (BF_Q1, ALBERS),
            (BF_Q2, ALBERS),
            (BF_Q3, ALBERS)],
    aliases={BUENDNIS: ["Bündnis Freie Bildung", "Bündnis"],
             ALBERS: ["Erik Albers"]})

# --- FSFE, 24 February 2015: call for Document Freedom Day 2015 events ---

DFD_Q1 = ('"Jedes Jahr baut der Erfolg der gesamten Kampagne auf den Aktivitäten von Menschen wie Dir auf, die lokale '
          'Veranstaltungen organisieren. Darum haben wir es so einfach wie nie zuvor gemacht, eine DFD-Veranstaltung zu '
          'organisieren."')
DFD_Q2 = ('"Wir bieten Werbematerial in vielen Sprachen und künstlerische Vorlagen zum Remixen, Teilen und Verbessern an, '
          'um Deine eigene Veranstaltung bestmöglich zu bewerben."')

add(id="ho408-fsfe-2015-02-document-freedom-day-call-for-events",
    title="Call for events: Werde ein Teil des Document Freedom Day 2015",
    url="https://fsfe.org/news/2015/news-20150224-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150224-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 24 February 2015; the tag list dropped (rule 14); the subheading 'Wie Du mitmachen kannst' kept as a "
      "line of its own; link texts ('registriere Deine eigene DFD Veranstaltung für 2015!', 'die Bedeutung Offener "
      "Standards', 'Werbematerial', 'ganz neue Website' and others) kept as running text; the comma after the closing "
      "mark kept (rule 20))",
    license=FSFE,
    paras=["Document Freedom Day (#DFD2015) ist eine globale Kampagne zur Befreiung von Dokumenten, die am 25. März 2015 "
           "zu lokalen Veranstaltungen rund um den Globus aufruft. Werde ein Teil des Document Freedom Day und "
           "registriere Deine eigene DFD Veranstaltung für 2015!",
           "Seit 2008 veranstalten Menschen, denen eine freie Informationsgesellschaft am Herzen liegt, jedes Jahr den "
           "Document Freedom Day, um auf die Bedeutung Offener Standards hinzuweisen. An diesem Tag kommen Aktivisten aus "
           "der ganzen Welt auf lokaler Ebene zusammen, um über Kommunikationsfreiheit zu sprechen, lokale Aktivitäten zu "
           "veranstalten oder auf verschiedenste Weise über Offene Standards aufzuklären. Sei Teil der Bewegung und "
           "registriere Dein DFD Team!",
           "Wie Du mitmachen kannst",
           DFD_Q1 + ", verspricht Erik Albers, Kopf des internationalen Document Freedom Day-Teams. " + DFD_Q2,
           "Um die diesjährige DFD Kampagne zu koordinieren, hat das Document Freedom Day Team der FSFE eine ganz neue "
           "Website erstellt, die es Dir einfacher machen soll, in Kontakt mit anderen Menschen auf der ganzen Welt zu "
           "kommen, die genauso wie Du den DFD zelebrieren.",
           "Wenn Du eine lokale Veranstaltung oder das Drucken von Informationsmaterial planst, kannst Du uns gerne um eine "
           "finanzielle Unterstützung bitten - ermöglicht durch DFDs großzügige Sponsoren. Wenn Du noch Inspiration "
           "suchst, schau Dir an, was andere Gruppen letztes Jahr von Mexiko bis Japan gemacht haben."],
    quotes=[(DFD_Q1, ALBERS),
            (DFD_Q2, ALBERS)],
    aliases={ALBERS: ["Erik Albers", "Kopf des internationalen Document Freedom Day-Teams"]})

# --- FSFE, 6 March 2015: the Swiss Bundesrat examines the release of Free Software ---

MOELLER = "Marcus Möller"
CH_POSTULAT = ("„Wie kann die Freigabe von Open Source Software [/Freier Software] durch die Bundesverwaltung explizit "
               "erlaubt werden?”")
CH_Q1 = "„Es ist wichtig, dass sich der Schweizerische Bundesrat dem Thema annimmt”"
CH_Q2 = "„Wir hoffen, dass baldmöglichst Rechtssicherheit für die Entwicklung Freier Software durch öffentliche Träger hergestellt wird.”"

add(id="ho408-fsfe-2015-03-schweiz-bundesrat-openjustitia",
    title="Schweizerischer Bundesrat prüft rechtliche Garantie auf Freie-Software-Veröffentlichung",
    url="https://fsfe.org/news/2015/news-20150306-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150306-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 6 March 2015; the empty sidebar and the tag list dropped (rule 14); the link texts 'eingereicht' and "
      "'setzt sich dafür ein' and the emphasised names kept as running text; the published forms 'Nachhatltigkeit', "
      "'schweizer Team', 'vitualisiert', the closing marks ” and the double hyphens kept (rule 20))",
    license=FSFE,
    paras=["In der Schweiz herrscht derzeit Verunsicherung bezüglich der Entwicklung und Veröffentlichung Freier Software "
           "durch öffentliche Träger. Auslöser war die Entwicklung und Freigabe der Software OpenJustitia durch das "
           "Schweizerische Bundesgericht. Der Bundesrat will nun prüfen, ob die Veröffentlichung von Freier Software durch "
           "die Bundesverwaltung gesetzlich explizit erlaubt werden kann. Die Free Software Foundation Europe fordert eine "
           "Klarstellung, damit öffentlich finanzierte Software rechtssicher als Freie Software veröffentlicht werden "
           "kann.",
           "Im Dezember 2014 hat die Parlamentariergruppe Parldigi - Digitale Nachhatltigkeit ein Postulat mit dem Titel "
           + CH_POSTULAT + " eingereicht. Der Bundesrat wird darin beauftragt, zu prüfen, ob das Finanzhaushaltsgesetz "
           "dahingehend ergänzt werden müsste, dass es die Freigabe von Quellcodes durch den Bund explizit erlaubt und "
           "gegebenenfalls die entsprechenden Anpassungen vorzuschlagen, um die Freie-Software-Strategie der "
           "Bundesverwaltung umsetzen zu können.",
           "Am 25.02.2015 hat der Schweizerische Bundesrat bestätigt, dass das Postulat geprüft wird.",
           CH_Q1 + ", so Marcus Möller vom schweizer Team der FSFE. " + CH_Q2,
           "Die FSFE Schweiz setzt sich dafür ein, dass die fehlende gesetzliche Grundlage dazu baldmöglichst geschaffen "
           "wird, damit Software -- deren Entwicklung von öffentlichen Geldern finanziert wird -- als Freie Software "
           "veröffentlicht werden kann. Öffentliche Institution selbst, sollen jedoch nicht als Dienstleister für "
           "Freie-Software-Entwicklungen auftreten, da dies zu einer Marktverzerrung führen könnte. Die eigentliche "
           "Freigabe von Softwareentwicklungen unter einer Freien Lizenz stärkt und vitualisiert hingegen aus Sicht der "
           "FSFE den Markt."],
    quotes=[(CH_POSTULAT, None),
            (CH_Q1, MOELLER),
            (CH_Q2, MOELLER)],
    aliases={MOELLER: ["Marcus Möller"]})

# --- FSFE, 1 April 2015: call to evaluate the answer to the Kleine Anfrage on the Auswärtiges Amt ---

GERLOFF = "Karsten Gerloff"
AA_Q1 = ('"Die angeblichen Vorteile unfreier Software, mit denen die Bundesregierung die Abkehr vom Freie-Software-Kurs '
         'im Auswärtigen Amt begründete, sind offenbar nicht eingetroffen"')
AA_Q2 = ('"Eine schlüssige Begründung für die Rückkehr zu einem proprietären Betriebssystem im AA bleibt uns die '
         'Bundesregierung weiter schuldig."')

add(id="ho408-fsfe-2015-04-kleine-anfrage-auswaertiges-amt",
    title="Aufruf zur Auswertung: Kleine Anfrage zum Auswärtigen Amt",
    url="https://fsfe.org/news/2015/news-20150401-02.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150401-02.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 1 April 2015; the tag list dropped (rule 14); the link texts 'Freie Software im Auswärtigen Amt', "
      "'kritisch begleitet', 'Antwort der Bundesregierung', 'öffentlich auszuwerten' and 'Artikel' kept as running text; "
      "the published forms 'haben kleine Anfrage zu Thema' kept (rule 20))",
    license=FSFE,
    paras=["Die Grünen im Bundestag haben kleine Anfrage zu Thema \"Freie Software im Auswärtigen Amt\" (pdf) gestellt. "
           "Die Bundesregierung hat diese Anfrage nun beantwortet.",
           "Die FSFE hat die Rückmigration des Auswärtigen Amtes zu unfreier Software seit langem kritisch begleitet. Wir "
           "rufen nun alle Interessierten dazu auf, die Antwort der Bundesregierung gemeinsam mit uns öffentlich "
           "auszuwerten.",
           AA_Q1 + ", sagt Karsten Gerloff, Präsident der Free Software Foundation Europe. " + AA_Q2,
           "Mehr Hintergrund zu der Anfrage gibt es in einem Artikel des Bundestagsabgeordneten Konstantin von Notz."],
    quotes=[('"Freie Software im Auswärtigen Amt"', None),
            (AA_Q1, GERLOFF),
            (AA_Q2, GERLOFF)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der Free Software Foundation Europe"]})

# --- FSFE, 29 August 2015: the FSFE supports the User Data Manifesto ---

ROY = "Hugo Roy"
SCHIESSLE = "Björn Schießle"
UD_TOSDR = "„Terms of Service - Didn’t Read“"
UD_Q1 = ("„Die Anerkennung der Rechte, wie sie im User Data Manifesto definiert sind, ist ein wichtiger Baustein für eine "
         "freie Gesellschaft im Internet-Zeitalter.“")
UD_Q2 = ("„Die vier Freiheiten, Software zu verwenden, zu verstehen, zu verbreiten und zu verbessern sind nicht nur für "
         "Programme, die wir auf unseren eigenen Computern ausführen, notwendig, sondern auch für Programme, welche auf "
         "den Servern laufen, die unsere Daten verarbeiten“")

add(id="ho408-fsfe-2015-08-user-data-manifesto",
    title="FSFE unterstützt das User Data Manifesto",
    url="https://fsfe.org/news/2015/news-20150829-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150829-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 29 August 2015; the tag list dropped (rule 14); the three items of the numbered list of rights kept as "
      "lines of their own without the list numbers, their bold lead words ('Kontrolle', 'Wissen', 'Freiheit') as "
      "running text (rule 2153); the link text 'User Data Manifesto 2.0' kept as running text; the published forms "
      "'and X-Lab' and the missing comma before 'sagt Hugo Roy' kept (rule 20))",
    license=FSFE,
    paras=["Die FSFE unterstützt die Veröffentlichung des User Data Manifesto 2.0. Damit werden grundlegende Rechte "
           "definiert, die es ermöglichen, im Zeitalter des Internet die Kontrolle über die eigenen Daten zu behalten. "
           "Das Manifest wird heute zusammen mit GNOME, KDE, Netzpolitik.org, ownCloud, Spreed, " + UD_TOSDR + " and "
           "X-Lab veröffentlicht.",
           "Heutzutage kommen zunehmend Onlinedienste zum Einsatz, um alltägliche Aufgaben am Computer zu erfüllen. Dies "
           "beginnt bei sozialen Netzwerken und erstreckt sich über das gemeinsame Arbeiten an Dokumenten, das Teilen von "
           "Bildern bis hin zu vielen weiteren Tätigkeiten. Dadurch verlieren die Anwender mehr und mehr die Kontrolle "
           "über ihre Daten.",
           "Laut dem User Data Manifesto sollte jede Person folgende Rechte haben:",
           "Kontrolle, wer auf die Daten zugreifen kann.",
           "Wissen, wie die Daten gespeichert sind, und welche Gesetze und Rechtssysteme zur Anwendung kommen.",
           "Freiheit, die Plattform unabhängig von einem Anbieter zu wählen. Die FSFE ist davon überzeugt, dass Freie "
           "Software notwendig ist, um dies zu garantieren.",
           UD_Q1 + " sagt Hugo Roy, stellvertretender Koordinator des Legal-Teams der FSFE und Mitverfasser des User Data "
           "Manifesto.",
           UD_Q2 + ", sagt Björn Schießle, stellvertretender Koordinator des deutschen Teams.",
           "Das Manifest ist ein guter Anfang für eine wichtige Diskussion über die Rechte der Anwender im Internet. Die "
           "FSFE hofft, dass sich weitere Organisationen daran beteiligen werden, um Onlinedienste voranzubringen, welche "
           "die Rechte und die Freiheit der Anwender respektieren."],
    quotes=[(UD_TOSDR, None),
            (UD_Q1, ROY),
            (UD_Q2, SCHIESSLE)],
    aliases={ROY: ["Hugo Roy", "stellvertretender Koordinator des Legal-Teams der FSFE",
                   "Mitverfasser des User Data Manifesto"],
             SCHIESSLE: ["Björn Schießle", "stellvertretender Koordinator des deutschen Teams"]})

# --- FSFE, 16 September 2015: "Freedomvote" for the Swiss parliamentary elections ---

WAECHTER = "Simon Wächter"
FV_Q1 = ("„KandidatInnen sämtlicher Parteien können sich auf unserer Plattform selbst, durch ihre jeweilige Partei oder "
         "uns persönlich erfassen lassen und zu den zehn Fragen Stellung nehmen“")
FV_Q2 = ("„damit hoffen wir auf regen Zuspruch seitens der KandidatInnen zu dieser Transparenzinitiative. Je mehr daran "
         "teilnehmen, desto besser kann die Kampagne eine Hilfe für Wählende sein.")

add(id="ho408-fsfe-2015-09-freedomvote-schweiz",
    title="\"Freedomvote\": 10 Fragen über digitale Freiheiten für die Schweizer Parlamentswahl",
    url="https://fsfe.org/news/2015/news-20150916-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150916-01.de.xhtml",
                          commit="b9caf021a473e5290de4a0669cc2ace9e35e2cca")
    + " (news of 16 September 2015; the tag list dropped (rule 14); the line breaks inside the first and second "
      "paragraphs and the double spaces before „Freedomvote“ and after 'von Freedomvote,' joined as single spaces; link "
      "texts ('„Freedomvote“', '/ch/open', 'Parldigi', 'Internet Society Switzerland Chapter', 'Opendata.ch', "
      "'Digitalle Allmend', 'Willhelm Tux', 'als Freie Software veröffentlicht') kept as running text; the published "
      "forms 'Nationalrat- / Ständeratswahlen', 'E-Voting Netzneutralität', 'Hilf Ihnen', 'Digitalle', 'Willhelm', the "
      "mixed marks “…“ and the missing closing mark of the second part of Wächter's quotation kept (rule 20))",
    license=FSFE,
    paras=["Anlässlich der Schweizer Parlamentswahlen (Nationalrat- / Ständeratswahlen) am 18. Oktober 2015 startet die "
           "FSFE Schweiz heute die Kampagne „Freedomvote“ in Zusammenarbeit mit der “Swiss Open Systems User Group“ "
           "(/ch/open). Freedomvote bietet allen Interessierten ein Onlineportal, welches die zur Wahl stehenden "
           "KandidatInnen und deren Position bezüglich Netzpolitik, Freie Software und offene Datenformate listet.",
           "Die Freedomvote Kampagne möchte Wählenden eine Entscheidungshilfe über die zur Wahl stehenden Kandidaten "
           "bieten. Für viele Wählende ist es heute interessant, was Kandidierende über gewisse Aspekte von Netzpolitik "
           "denken, zum Beispiel Freiheit und Nutzerrechte im digitalen Zeitalter. Dennoch versuchen viele PolitikerInnen "
           "immer noch derartige Themen zu umgehen. Mit der Freedomvote Kampagne möchte die FSFE Schweiz das ändern und "
           "Netzpolitik und das Thema Freie Software auf die politische Agenda bringen. Alle Kandidierenden sind "
           "eingeladen, verschiedene, auch verbraucherrechtlich relevante Fragen zu E-Voting Netzneutralität, Open Data, "
           "Offene Dateiformate und Bildungsmaterialien, Freier Software und Verschlüsselung zu beantworten. Zudem haben "
           "die KandidatInnen die Möglichkeit, ihre eigene Position in eigenen Worten durch ein freies Textfeld "
           "darzulegen. Diese Antworten und Positionen der Kandidierenden können als eine Entscheidungshilfe zur "
           "Stimmabgabe dienen. Um die besten Übereinstimmungen zu finden, ist es auch möglich, ein eigenes Profil zu "
           "erstellen, um die eigenen Antworten direkt mit denen der Kandidierenden zu vergleichen.",
           FV_Q1 + ", erklärt Simon Wächter von Freedomvote, " + FV_Q2,
           "Die FSFE Schweiz versendet diese Woche hunderte Mails und Briefe an Kandidierende um sie zur Teilnahme zu "
           "bewegen. Hilf Ihnen doch, indem Du die Kandidierenden Deiner Region zusätzlich ganz persönlich um ihre "
           "Teilnahme bittest.",
           "Neben der Entwicklung und Bereitstellung von Freedomvote durch die FSFE Schweiz und der /ch/open wird die "
           "Kampagne von mehreren zivilgesellschaftlichen Organisationen unterstützt, der Parldigi, der Internet Society "
           "Switzerland Chapter, Opendata.ch, Digitalle Allmend und der Willhelm Tux. Das gesamte Portal von "
           "freedomvote.ch ist eigenständig erstellt und als Freie Software veröffentlicht."],
    quotes=[('"Freedomvote"', None),
            ("„Freedomvote“", None),
            ("“Swiss Open Systems User Group“", None),
            (FV_Q1, WAECHTER),
            (FV_Q2, WAECHTER)],
    aliases={WAECHTER: ["Simon Wächter"]})

# --- FSFE, October 2015: the PDFreaders campaign ends ---

HAUSWEDELL = "Hannes Hauswedell"
PDF_Q1 = ("„Dieser Erfolg wäre nicht möglich gewesen ohne die Hilfe und harte Arbeit unserer Ehrenamtlichen und die "
          "Unterstützung unserer Spender. Danke! Während viele öffentliche und private Webseiten immer noch proprietäre "
          "Betrachter bewerben, hat sich das öffentliche Bewusstsein während dieser Kampagne signifikant geschärft und nun "
          "sollte es viel einfacher sein, an die übrigen Webseiten-Administratoren heranzutreten. Zudem nutzen die meisten "
          "Internetnutzer heute schon Freie Software, wenn sie ein PDF-Dokument in ihrem Browser öffnen -- ein großer "
          "Unterschied zu 2009!“")
PDF_Q2 = ("„Natürlich bleibt immer noch Arbeit zu tun und wir laden Sie dazu ein, Administratoren daran zu erinnern, Offene "
          "Standards zu verwenden und keine proprietäre Software zu bewerben. Und mit Ihrer Unterstützung werden auch wir "
          "weiter für ein Internet kämpfen, das die Privatsphäre und Freiheiten seiner Nutzer respektiert!“")

add(id="ho408-fsfe-2015-10-pdfreaders-kampagne-ende",
    title="FSFE überzeugt 1125 öffentliche Verwaltungen, Werbung für proprietäre Software zu entfernen",
    url="https://fsfe.org/news/2015/news-20151013-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20151013-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news dated 8 October 2015 in the file, published under news-20151013-01; the tag list dropped (rule 14); the "
      "three items of the list of national and international changes kept as lines of their own (rule 2153); link texts "
      "('PDFreaders-Kampagne', 'online aufgelistet', 'für eine Petition gesammelt', 'nationale Parteien', "
      "'Migrationsleitfaden', 'detaillierter in seinem Blog aufgezeigt', 'direkt angefragt', 'Hannes Hauswedell, mit "
      "Google in Kontakt', 'pdfium-Quelltexte veröffentlicht', 'sich einzubringen', 'unseren Beispielbrief', 'Liste für "
      "freie PDF-Betrachter') and the bold 'Danke!' kept as running text; the published forms 'Freie-Softare-Aktivisten', "
      "'Bitten machen Sie' and the double hyphens kept (rule 20))",
    license=FSFE,
    paras=["Nach sechs Jahren findet die PDFreaders-Kampagne diesen Monat ihr Ende als eine unserer erfolgreichsten "
           "Kampagnen.",
           "Die Kampagne begann 2009 mit der Idee, Werbung für proprietäre PDF-Betrachter-Software von Webseiten "
           "öffentlicher Einrichtungen zu entfernen. Vorneweg trugen Ehrenamtliche 2104 \"Bugs\", sprich Fälle von direkter "
           "Werbung für proprietäre PDF-Betrachter durch öffentliche Stellen, zusammen und die FSFE hat diese online "
           "aufgelistet. Seitdem wurden hunderte Freie-Softare-Aktivisten aktiv, indem sie die jeweiligen Einrichtungen "
           "anschrieben und Änderungen an ihren Webseiten forderten. Wir haben sehr viel positive Rückmeldungen von den "
           "Verwaltungen bekommen, die sich für die Briefe bedankt haben. Und bis heute haben 1125 der 2104 Webseiten (53%) "
           "ihre Webseiten überarbeitet, indem sie Links zu proprietären PDF-Betrachtern entfernt haben oder Links zu Freie "
           "Software PDF-Betrachtern hinzugefügt haben.",
           "Zusätzlich zum Schreiben von Briefen hat die FSFE auch Unterschriften für eine Petition gesammelt, die ein Ende "
           "von Werbung für proprietäre Softwareprodukte auf Regierungswebseiten fordert. 90 Organisationen, 63 "
           "Unternehmen und 2731 Personen haben diese Petition unterzeichnet.",
           "Zudem haben wir es geschafft, Änderungen auf nationalen wie internationalen Ebenen zu erwirken.",
           "In Deutschland haben nationale Parteien Stellungnahmen für freie PDF-Betrachter abgegeben, und die Deutsche "
           "Regierung selbst hat die Verwendung unseres Textbausteins in ihrem Migrationsleitfaden empfohlen. Der "
           "Deutschland-Koordinator der FSFE, Max Mehl, hat dies detaillierter in seinem Blog aufgezeigt.",
           "In der EU: Das Europäische Parlament hat die Europäische Kommission direkt angefragt, was die Gründe dafür "
           "sind, spezielle Software zu bewerben und welche Schritte nötig wären, dieses Problem zu beheben.",
           "2011 stand einer unserer pdfreaders.org-Koordinatoren, Hannes Hauswedell, mit Google in Kontakt, als er sie "
           "gebeten hat, den in ihrem Chrome-Browser mitgelieferten PDF-Betrachter als Freie Software zu veröffentlichen. "
           "Schlussendlich, im Mai 2014, wurden die pdfium-Quelltexte veröffentlicht, und auch wenn die Anfrage der FSFE "
           "nicht der einzige Grund für ihre Veröffentlichung gewesen sein könnte, bezeichnet dies einen wichtigen "
           "Fortschritt für die großflächige Verbreitung von PDF-Betrachtern auf Basis Freier Software.",
           PDF_Q1 + ", sagt Hannes Hauswedell, der die Kampagne gestartet hat. " + PDF_Q2,
           "Um sich einzubringen, können Sie unseren Beispielbrief verwenden oder einen eigenen verfassen, den sie an die "
           "betreffenden öffentlichen Verwaltungen schicken können. Bitten machen Sie nur deutlich, wo man eine Liste für "
           "freie PDF-Betrachter finden kann, die den Link auf deren Webseite ersetzen kann.",
           "Ein besonderer Dank nochmals an alle Aktivisten, Ehrenamtlichen und Spender, die dabei geholfen haben, diese "
           "Kampagne zu einem Erfolg zu machen!"],
    quotes=[('"Bugs"', None),
            (PDF_Q1, HAUSWEDELL),
            (PDF_Q2, HAUSWEDELL)],
    aliases={HAUSWEDELL: ["Hannes Hauswedell", "einer unserer pdfreaders.org-Koordinatoren"]})
