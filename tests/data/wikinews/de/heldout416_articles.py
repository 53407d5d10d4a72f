# Four-hundred-and-sixteenth held-out German real-news set (tests/data/heldout416-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2175-2178). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixteenth held-out set": eight German news items and press releases
# of the Free Software Foundation Europe on fsfe.org (2014 and 2020: the "I love Free Software" day 2014, the Document
# Freedom Day 2014, the CCC/FSFE statement and the FSFE's reaction to the Transparenzverordnung draft of the
# Bundesnetzagentur, the Italian court ruling on the Windows fee, the Corona-Warn-App on F-Droid, Hamburg's coalition
# agreement and the "Ein Ort für öffentlichen Code" concept) (licence FSFE). The texts are read from the stored source
# files of the pages (fsfe.org/news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website, stored there as
# news/YYYY/*.de.xhtml): markup removed, the line breaks (and tabs) inside a paragraph joined with single spaces (as the
# page renders them), link texts kept, subheadings, blockquotes and the items of a list inside the body kept as lines of
# their own; images, sidebars, link lists after the text, translator lines and the pages' tag and footer data dropped
# (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
SANDER = "Alexander Sander"

# --- FSFE, February 2014: "I love Free Software" day ---

IL_Q1 = ('"Wir benutzen Freie Software jeden Tag und nehmen sie oft für selbstverständlich hin. Wir schreiben '
         'Fehlerberichte, sagen anderen, wie sie ihre Software verbessern sollen oder bitten sie um neue Funktionen - und '
         'gehen oftmals alles andere als zaghaft mit dem Kritisieren um. Um daher den Menschen hinter Freier Software '
         'zumindest an einem Tag ganz viele positive Rückmeldungen zukommen zu lassen, gibt es den \'I love Free Software\' '
         'Tag."')
IL_Q2 = ('"Wir freuen uns wieder sehr auf die vielen Nachrichten voller Anerkennung und Dankbarkeit für die Leute hinter der '
         'Freien Software, die wir jeden Tag verwenden"')
IL_Q3 = ('"Freie Software gewinnt ihre Stärke aus der Gemeinschaft und der Möglichkeit, zusammenzuarbeiten und sich '
         'gemeinsam einem Projekt zu widmen. Wir sollten aber nicht die positiven Auswirkungen eines einfachen "Dankeschön" '
         'für die Leute unterschätzen, die unsere alltägliche Arbeit durch die von ihnen entwickelten Werkzeuge '
         'erleichtern. Also sagen Sie am 14. Februar einfach einmal Danke!"')

add(id="ho416-fsfe-2014-02-ilovefs-liebe-zeigen",
    title="Zeigen Sie Ihre Liebe für Freie Software",
    url="https://fsfe.org/news/2014/news-20140211-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140211-01.de.xhtml",
                          commit="0b568b90fd5fa2bd67bbf6d5d40d5241c35d0931")
    + " (press release of February 2014 (file name 20140211; the stored file's newsdate attribute reads 2018-02-10); the "
      "pixel-heart image, the sidebar 'Mehr über #ilovefs' with its five links and the tag list dropped (rule 14); the two "
      "blockquotes and the eight items of the list of ideas kept as lines of their own; link texts ('wie im letzten Jahr', "
      "'#ilovefs Kampagne', 'I love Free Software Tag', '#ilovefs', 'Freie Software Initiativen', 'für die FSFE', "
      "'Kampagnengrafiken') kept as running text; the published irregularities 'Freie Software Gemeinschaft', "
      "'Lieblungsorganisation' and the comma after the closing mark in 'Tag.\", so' kept (rule 20))",
    license=FSFE,
    paras=["Am 14. Februar bittet die Free Software Foundation Europe alle Benutzer Freier Software an hart arbeitenden "
           "Menschen in der Freie Software Gemeinschaft zu denken und ihnen wie im letzten Jahr ihre Anerkennung zu "
           "zeigen.",
           IL_Q1 + ", so Matthias Kirschner, Vizepräsident der FSFE, der die #ilovefs Kampagne im Jahr 2010 ins Leben "
           "gerufen hat.",
           "Für den 'I love Free Software Tag' hat die FSFE einige Ideen gesammelt, wie Sie auf kreative Weise Ihre Liebe "
           "für die Leute hinter Freier Software zeigen können, beispielsweise:",
           "Schreiben Sie eine E-Mail oder einen Brief an Mitwirkende, um auszudrücken, wie sehr Sie ihre Arbeit schätzen.",
           "Teilen Sie anderen Ihre Begeisterung für Freie Software in sozialen Netzwerken und Microblogs über den Hashtag "
           "#ilovefs mit. Oder schreiben Sie einen Blogeintrag über Ihr Lieblingsprogramm.",
           "Spendieren Sie Ihrem Lieblingsentwickler ein Getränk. Oder laden Sie jemand anderen auf einen Drink ein und "
           "erzählen Sie ihm währenddessen von Ihrer Lieblingsapplikation.",
           "Umarmen Sie einen Mitwirkenden als Dank für seine Arbeit (fragen Sie davor besser um ihre oder seine "
           "Erlaubnis). Sie könnten sich wundern, wie viele Entwickler Freier Software in Ihrer Umgebung wohnen!",
           "Helfen Sie uns, unsere Zitatesammlung von Leuten zu erweitern, die Freie Software lieben. Bitten Sie "
           "Entwickler, Künstler, Politiker oder andere User, uns ihr Zitat an fellowship@fsfeurope.org zu senden.",
           "Schießen Sie ein Foto von sich, auf dem Sie Ihre Zuneigung zu Freier Software zeigen.",
           "Spenden Sie für Freie Software Initiativen oder für die FSFE um Ihre Dankbarkeit auszudrücken. Sie hängen von "
           "Ihrem Beitrag ab, um ihre Arbeit fortsetzen zu können. Also entscheiden Sie sich für Ihre "
           "Lieblungsorganisation und tätigen Sie eine kleine Spende. Sie können sich sicher sein, dass diese es Ihnen "
           "vergelten werden.",
           "Nicht zuletzt können Sie dabei helfen, Liebe in die Welt zu tragen, indem Sie unsere Kampagnengrafiken per "
           "E-Mail, (Micro-)Blog oder über soziale Netzwerke (mit dem #ilovefs Hashtag) verbreiten.",
           IL_Q2 + ", sagt Matthias Kirschner. " + IL_Q3],
    quotes=[(IL_Q1, KIRSCHNER),
            ("'I love Free Software Tag'", None),
            (IL_Q2, KIRSCHNER),
            (IL_Q3, KIRSCHNER)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Vizepräsident der FSFE"]})

# --- FSFE, 25/26 March 2014: Document Freedom Day 2014 ---

TUKE = "Sam Tuke"
ALBERS = "Erik Albers"
DFD_Q1 = ('"Die im letzten Jahr aufgedeckten Spionageaffären haben bewiesen, welch hohen Wert Offene Standards für '
          'Sicherheit wie auch für Dokumente haben"')
DFD_Q2 = ('"Verschlüsselte Nachrichten und Netzwerkverbindungen, welche Offene Standards verwenden, bieten die weltweit '
          'beste Privatsphäre und werden von Edward Snowden genauso wie von der NSA verwendet."')
DFD_Q3 = ('"Dieses Jahr können lokale Teams auf eine große Bandbreite an mehrsprachigen Infomaterialien zurückgreifen, um '
          'öffentlich über Offene Standards aufklären zu können"')
DFD_Q4 = ('"Tausende Cartoons, Flugblätter und Poster wurden bereits versendet und auch in der Türkei und in Japan wurden '
          'übersetzte Versionen gedruckt."')

add(id="ho416-fsfe-2014-03-document-freedom-day-interoperabilitaet",
    title="Rund um den Globus verbreitet der Document Freedom Day die Botschaft der Interoperabilität",
    url="https://fsfe.org/news/2014/news-20140326-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140326-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (press release of 25 March 2014 (newsdate); the page's h1 headline used as the first line (the <title> element "
      "words it 'Document Freedom Day verbreitet die Botschaft der Interoperabilität rund um den Globus'); the empty "
      "sidebar, the tag list and the translator line 'Max Mehl, Erik Albers' dropped (rule 14); link texts kept as running "
      "text)",
    license=FSFE,
    paras=["In den nächsten 24 Stunden wird in allen Ecken der Welt auf die Bedeutung Offener Standards aufmerksam gemacht. "
           "Die Interoperabilität technischer Systeme ist das Thema der Document Freedom Day-Kampagne mit Veranstaltungen "
           "von Tokio und Rio über Birmingham bis nach Taipei. Insgesamt finden 41 Veranstaltungen in 18 Ländern statt.",
           "Offene Standards sind die Grundlage für Programme und Computer, um untereinander über bekannte Formate zu "
           "kommunizieren, weil sie jeder verwenden und implementieren kann. Die Document Freedom Day Kampagne möchte "
           "darüber mit lokalen Veranstaltungen aufklären. Dieses Jahr wurden dazu zwei Document Freedom "
           "Day-Veranstaltungen gar von Regierungsbehörden organisiert: Das Brasilianische Regierungskomitee CISL und die "
           "Nepalesische Abteilung für Informationstechnologien. Auch im Europäischen Parlament gibt es heute eine "
           "Veranstaltung, welche die Bedeutung Offener Standards für Verschlüsselung hervorhebt. Am Samstag bereits durfte "
           "die OpenStreetMap Foundation den Document Freedom Day UK Award in Birmingham für die Verwendung Offener "
           "Standards in Empfang nehmen.",
           DFD_Q1 + ", sagt Sam Tuke, Kampagnenmanager. " + DFD_Q2,
           "Auch unterstützende Organisationen nutzen den Document Freedom Day als Anlass, etwa das Libre Graphics "
           "Magazine mit einer Artikelserie über SVG, die Document Foundation mit einer in dieser Woche erscheinenden "
           "Publikation oder PHPList mit einer Infografik über Standards.",
           DFD_Q3 + ", so Erik Albers, Community-Koordinator. " + DFD_Q4 + " Neue Gruppen können immer noch auf sich "
           "aufmerksam machen und in der Umgebung Infomaterialien verteilen beziehungsweise ihre Veranstaltung auf der "
           "Homepage verkünden.",
           "Der Document Freedom Day 2014 wird durch die Free Software Foundation Europe getragen und von Google, Commons "
           "Machinery und Freiheit Technologies unterstützt. Ein Bericht über alle Veranstaltungen wird im April "
           "veröffentlicht und wird Highlights sowie Bild- und Videomaterial von teilnehmenden Gruppen präsentieren."],
    quotes=[(DFD_Q1, TUKE),
            (DFD_Q2, TUKE),
            (DFD_Q3, ALBERS),
            (DFD_Q4, ALBERS)],
    aliases={TUKE: ["Sam Tuke", "Kampagnenmanager"],
             ALBERS: ["Erik Albers", "Community-Koordinator"]})

# --- FSFE, 28 March 2014: CCC and FSFE on the draft ordinance of the Bundesnetzagentur ---

RIEGER = "Frank Rieger"
BN_Q1 = ('"Wenn die Last weiterhin beim Verbraucher liegt, die Daten zu erfragen, hat die Bundesnetzagentur kaum die '
         'Möglichkeit, die Zuverlässigkeit der Provider bei der Herausgabe der Daten zu überprüfen. So könnten '
         'Verzögerungen weiterhin mit unglücklichen Einzelfällen begründet werden. Die Verbraucher hätten am Ende mehr '
         'Komplikationen als zuvor"')
BN_Q2 = ('"Daher müssen dem Kunden die Zugangsdaten zu allen verfügbaren Diensten unaufgefordert von Beginn des Vertrags an '
         'bekannt sein, wie sogar von der Regierungskoalition gefordert."')
BN_Q3 = ('"Ohne eine Pflicht des Providers, dem Kunden die Zugangsdaten von sich aus mitzuteilen sowie Transparenz bei '
         'Diensten und Protokollen herzustellen, bleibt es faktisch beim Routerzwang. Schwammige Formulierungen und eine '
         'Pflicht zum Nachfragen würde den Kunden nur zum Bittsteller degradieren"')

add(id="ho416-fsfe-2014-03-ccc-fsfe-bundesnetzagentur-nachbessern",
    title="CCC und FSFE: Bundesnetzagentur muss nachbessern",
    url="https://fsfe.org/news/2014/news-20140328-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140328-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (press release of 28 March 2014; the sidebar 'Mehr über Routerzwang' with its six links (one of them the quoted "
      "title '\"Routerzwang schadet Nutzern\"') and the tag list dropped (rule 14); the two blockquotes kept as lines of "
      "their own; link texts ('einen Verordnungsentwurf', 'Chaos Computer Club (CCC)', 'IPFire', 'OpenWrt', 'eine "
      "Stellungnahme an die Bundesnetzagentur', 'in ihrem Koalitionsvertrag schon deutlich das Gegenteil gefordert') kept "
      "as running text; the published 'würde' (for 'würden') kept (rule 20))",
    license=FSFE,
    paras=["Nach mehreren öffentlichen Anhörungen und politischen Debatten hat die Bundesnetzagentur Mitte Februar einen "
           "Verordnungsentwurf präsentiert, der den Routerzwang abschaffen und die Transparenz für Kunden von "
           "Telekommunikationsunternehmen verbessern soll. Der Routerzwang bindet Kunden an ein vom Provider geliefertes "
           "Gerät. Die Free Software Foundation Europe (FSFE), der Chaos Computer Club (CCC), die Projektleitung von IPFire "
           "und OpenWrt sowie weitere Experten haben diese Verordnung begutachtet und eine Stellungnahme an die "
           "Bundesnetzagentur abgegeben.",
           "Prinzipiell sind die Ideen der Bundesnetzagentur, welche für die Aufrechterhaltung und Förderung des "
           "Wettbewerbs in Netzmärkten zuständig ist, begrüßenswert. So soll der Routerzwang etwa dadurch abgeschafft "
           "werden, dass die Provider grundlegende Informationen wie technische Funktionen auf einem Produktdatenblatt "
           "sammeln und Endkunden auf Anfrage auch die Zugangsdaten erfragen können.",
           "Es ist allerdings nicht nachvollziehbar, wieso die Bundesnetzagentur die Last weiter beim Verbraucher belassen "
           "will, die Daten erfragen zu müssen, anstatt diese auf dem geplanten Produktdatenblatt zu vermerken. Selbst die "
           "Große Koalition hat in ihrem Koalitionsvertrag schon deutlich das Gegenteil gefordert, damit Endkunden auch "
           "ohne explizite Nachfrage im Besitz der Zugangsdaten sind, um einen alternativen Router betreiben zu können.",
           BN_Q1 + ", so Matthias Kirschner, Vizepräsident der FSFE. " + BN_Q2,
           "Es sind daher unmissverständlichere Formulierungen angebracht, damit keine Schlupflöcher für Provider entstehen "
           "können. Beispielsweise müssen für die volle Austauschbarkeit der Geräte auch die verwendeten Protokolle bekannt "
           "sein.",
           BN_Q3 + ", sagt Frank Rieger, Sprecher des CCC.",
           "Auch die Definition des Netzabschlusspunkts ist trotz einer eigens dafür anberaumten Anhörung, zu der sich "
           "unter anderem die FSFE geäußert hat, noch immer nicht geklärt.",
           "Auch bei den Messverfahren, die Internetprovider zukünftig anbieten müssen, besteht Nachbesserungsbedarf. Nach "
           "den Plänen der Bundesnetzagentur müssen die Mechanismen und Details der Messung nur der Behörde mitgeteilt "
           "werden, nicht aber den eigenen Kunden. Dies schränkt die angestrebte Transparenz künstlich ein und macht die "
           "Verfahren nicht nachvollziehbar für Verbraucher sowie unabhängige Spezialisten.",
           "Nur wenn die Bundesnetzagentur bei Routerzwang und Transparenz der Messverfahren nachbessert, kann die "
           "Verordnung ihren Zweck überhaupt erfüllen und erst dann sind die Forderungen im Koalitionsvertrag abgedeckt. "
           "Alles andere würde nur weitere Schlupflöcher öffnen, wodurch Kunden weiterhin drangsaliert und benachteiligt "
           "werden können."],
    quotes=[(BN_Q1, KIRSCHNER),
            (BN_Q2, KIRSCHNER),
            (BN_Q3, RIEGER)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Vizepräsident der FSFE"],
             RIEGER: ["Frank Rieger", "Sprecher des CCC"]})

# --- FSFE, 12 September 2014: Italy's supreme court on the Windows fee ---

GERLOFF = "Karsten Gerloff"
COURT = "Italiens Oberster Gerichtshof"
IT_Q1 = '"Diese Entscheidung ist sehr willkommen und zugleich lange überfällig"'
IT_Q2 = '"Keinem Verkäufer sollte es gestattet sein, unfreie Software in die Rachen der Benutzer zu stopfen."'
IT_Q3 = '"Diese Praxis der erzwungenen Verbreitung muss aufhören,"'
IT_Q4 = ('"Wir hoffen, dass die italienischen Behörden dieses Urteil zu einem wirklichen Gewinn für Verbraucher machen und '
         'sicherstellen, dass Käufer von Computern ihre Geräte mit jedem Betriebssystem ihrer Wahl auswählen können, oder '
         'auch ohne vorinstallierte Software."')

add(id="ho416-fsfe-2014-09-italien-windows-gebuehr",
    title="Italien: Oberster Gerichtshof beseitigt Windows-Gebühr",
    url="https://fsfe.org/news/2014/news-20140912-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140912-01.de.xhtml",
                          commit="239c34984084ed0d7861086ef629bc57c9a2cd74")
    + " (press release of 12 September 2014; the empty sidebar and the tag list dropped (rule 14); the two blockquotes "
      "kept as lines of their own; link texts ('Laut La Repubblica', 'betreut eine Wiki-Seite', 'Freie Software') kept as "
      "running text; the tab in 'unfreie Software' rendered as a space; the comma inside the marks in 'aufhören,\" sagt' "
      "kept (rule 20))",
    license=FSFE,
    paras=["Italiens Oberster Gerichtshof hat der gängigen Praxis, Käufern von PCs und Laptops unfreie Software "
           "aufzuzwingen, einen Schlag verpasst. Laut La Repubblica hat das Gericht am Donnerstag beschlossen, dass ein "
           "Laptop-Käufer dazu berechtigt ist, eine Rückerstattung über den Preis einer Windows-Lizenz auf seinem Computer "
           "zu erhalten.",
           "Die Richter haben scharfe Kritik an der Praxis geübt, PCs nur zusammen mit einem unfreien Betriebssystem zu "
           "verkaufen, und bezeichnen sie als eine \"kommerzielle Politik der erzwungenen Verbreitung\". Das Gericht "
           "strafte dieses Verhalten als \"tendenziell monopolistisch\" ab. Es hat des Weiteren hervorgehoben, dass die "
           "Praxis der Produktbündelung bedeutet, dass Endnutzer dazu gezwungen werden, zusätzliche unfreie Software zu "
           "verwenden, um Kompatibilität und Interoperabilität herzustellen, egal ob sie diese Programme in erster Linie "
           "wünschen oder nicht.",
           IT_Q1 + ", so Karsten Gerloff, Präsident der Free Software Foundation Europe. " + IT_Q2,
           "Die Free Software Foundation Europe hat lange gegen die \"Windows-Gebühr\" angekämpft, wie die unfreiwillige "
           "Zahlung an Microsoft häufig genannt wird. Die Organisation betreut eine Wiki-Seite mit Hilfestellungen für "
           "Verbraucher, welche vermeiden wollen, indirekt die Weiterentwicklung unfreier Software zu unterstützen. Dort "
           "werden auch Berichte von Leuten gesammelt, die erfolgreich die Lizenzen rückerstattet bekommen haben, die sie "
           "zwangsweise kaufen mussten.",
           "Als Antwort auf dieses Urteil sollten die italienischen Behörden die Bündelung von Software und Hardware "
           "versuchen zu verhindern und praktische Schritte vornehmen, um die freie Wahl der Verbraucher zu garantieren. "
           "Europäische Regierungen sollten dieselben Schritte unternehmen und Verbraucher dazu ermutigen, Freie Software "
           "zu installieren und zu nutzen.",
           IT_Q3 + " sagt Gerloff. " + IT_Q4,
           "Die Urteilsnummer lautet 19161 / 2014."],
    quotes=[('"kommerzielle Politik der erzwungenen Verbreitung"', COURT),
            ('"tendenziell monopolistisch"', COURT),
            (IT_Q1, GERLOFF),
            (IT_Q2, GERLOFF),
            ('"Windows-Gebühr"', None),
            (IT_Q3, GERLOFF),
            (IT_Q4, GERLOFF)],
    aliases={GERLOFF: ["Karsten Gerloff", "Gerloff", "Präsident der Free Software Foundation Europe"],
             COURT: ["Italiens Oberster Gerichtshof", "Oberster Gerichtshof", "Gericht", "Richter"]})

# --- FSFE, 29 September 2014: the Transparenzverordnung draft ---

BNETZA = "Bundesnetzagentur"
TV_Q1 = ('"Mit diesem Entwurf legitimiert die Bundesnetzagentur Zwangsrouter, statt diese zu verhindern. Verbraucher werden '
         'zudem nur noch im Kleingedruckten darüber informiert werden, dass sie kein anderes Gerät verwenden dürfen"')
TV_Q2 = '"Die Bundesnetzagentur ignoriert mit dem Entwurf die Vereinbarung aus dem Koalitionsvertrag."'
TV_DRAFT = '"sofern das integrierte Zugangsgerät vom Kunden nicht ausgetauscht werden darf"'

add(id="ho416-fsfe-2014-09-transparenzverordnung-zwangsrouter",
    title="Transparenzverordnung: Bundesnetzagentur legitimiert Zwangsrouter",
    url="https://fsfe.org/news/2014/news-20140929-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140929-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (press release of 29 September 2014; the closing link list 'Weitere Information zu Zwangsroutern:' (bold lead "
      "and two links), the sidebar 'Mehr über Routerzwang' with its six links and the tag list dropped (rule 14); the "
      "blockquote kept as a line of its own; link texts ('dabei erheblichen Besserungsbedarf festgestellt', 'früheren "
      "Stellungnahmen') kept as running text; the double hyphens '--' and 'diesen Jahres' kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe sieht den aktuellen Entwurf der \"Transparenzverordnung\" der "
           "Bundesnetzagentur als Legitimierung einer Entmündigung von Verbrauchern.",
           "Statt wie im Koalitionsvertrag beschlossen, Zwangsrouter zu verhindern, ermöglicht der Entwurf -- der nun den "
           "Ministerien zur Abstimmung vorgelegt wird -- dass Anbieter einen Austausch des Geräts verhindern dürfen. "
           "Verbraucher müssen nur noch darauf hingewiesen werden " + TV_DRAFT + ". Weiterhin definiert der Entwurf nicht, "
           "welche Zugangsdaten genau zur Verfügung gestellt werden müssen und die Übermittlung dieser Daten ist "
           "\"freiwillig\". Das ermöglicht es Telekommunikationsanbietern in Zukunft, Internettelefonie-Daten und andere "
           "Zugangsdaten geheim zu halten und damit den vollumfänglichen Betrieb eines Geräts nach Wahl des Verbrauchers zu "
           "verhindern. Damit können Telekommunikationsdienstleister Verbrauchern auch in Zukunft Geräte indirekt "
           "vorschreiben.",
           "Irritierend ist, dass sich die Bundesnetzagentur mit dem jetzigen Entwurf noch weiter von den Zielen der "
           "Bundesregierung und des Bundeswirtschaftsministeriums entfernt als bei vorherigen Versionen. Bereits Ende März "
           "diesen Jahres haben FSFE und CCC einen früheren Entwurf der Transparenzverordnung analysiert und schon dabei "
           "erheblichen Besserungsbedarf festgestellt. Es ist unverständlich, warum die finale Version, die hinter "
           "verschlossenen Türen ausgehandelt wurde, noch verbraucherunfreundlicher wird. Kaum eine Forderung diverser "
           "Verbände und Einzelpersonen aus früheren Stellungnahmen, die sich mehrheitlich gegen den Routerzwang "
           "ausgesprochen haben, wurde respektiert.",
           TV_Q1 + ", sagt Matthias Kirschner, Vize-Präsident der Free Software Foundation Europe. " + TV_Q2,
           "Sollte ein Anbieter die Informationspflicht missachten, ist dafür im Gegensatz zu anderen Punkten in der "
           "Verordnung nicht einmal ein Bußgeld vorgesehen. Weiterhin besteht durch unklare Formulierungen in der "
           "Verordnung die Gefahr, dass sich der Gerätezwang von Routern auch in andere Bereiche ausdehnt. Die verwendeten "
           "Begriffe \"Zugangsgerät\", \"Integrated Access Device\" oder \"Netzabschlussgerät\" sind undefiniert und "
           "könnten genauso für andere Kommunikationsgeräte gelten. So könnten Anbieter dem Verbraucher in Zukunft sogar "
           "Mobiltelefone, Tablets oder andere Geräte zur Nutzung vorschreiben."],
    quotes=[('"Transparenzverordnung"', None),
            (TV_DRAFT, BNETZA),
            ('"freiwillig"', None),
            (TV_Q1, KIRSCHNER),
            (TV_Q2, KIRSCHNER),
            ('"Zugangsgerät"', None),
            ('"Integrated Access Device"', None),
            ('"Netzabschlussgerät"', None)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Vize-Präsident der Free Software Foundation Europe"],
             BNETZA: ["Bundesnetzagentur"]})

# --- FSFE, 8 December 2020: the Corona-Warn-App without Google services ---

WISSFELD = "Marvin Wißfeld"
CW_Q1 = ('"Die vorherige Lösung, microG zu installieren, kommt oftmals aus verschiedenen Gründen nicht in Frage. Die neue '
         'App aus F-Droid ist aber zum Beispiel auch problemlos auf allen aktuellen Smartphones von Huawei lauffähig, die '
         'seit Mitte 2019 teilweise ohne Google-Dienste ausgeliefert werden. Die Regierung und das RKI haben so in den '
         'letzten Monaten womöglich tausende Nutzer der Corona-Warn-App verloren, da ausschließlich Google- und '
         'Apple-Nutzer als Zielgruppe anvisiert wurden."')
CW_Q2 = ('"Die freie Implementierung birgt - ganz im Sinne von Freier Software - das Potenzial für Verbesserungen, die die '
         'proprietäre Schnittstelle von Google nicht ermöglicht. So wäre es zum Beispiel möglich, bei einer '
         'Begegnungs-Warnung auch die Uhrzeit der Begegnung anzuzeigen. Das kann - bei freiwilliger Datenweitergabe des '
         'Nutzers - den Gesundheitsämter beim Ermitteln von Hotspots oder Clustern helfen oder für statistische Zwecke '
         'genutzt werden, um die Effektivität von Schutzmaßnahmen zu erhöhen."')

add(id="ho416-fsfe-2020-12-corona-warn-app-ohne-google",
    title="Deutsche Corona-App ohne Google-Dienste verfügbar",
    url="https://fsfe.org/news/2020/news-20201208-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20201208-01.de.xhtml",
                          commit="26ede3c6102487112cf965b902105b84bb42f63c")
    + " (news of 8 December 2020; the two screenshots (one with the caption 'Freie-Software-Implementation der "
      "unterliegenden Exposure Notification API in microG'), the tag list, the discussion link and the image data dropped "
      "(rule 14); the subheadings 'Ehrenamtliche lösen Problem Schritt für Schritt' and 'Freie Software wieder einmal in "
      "Vorreiterrolle' and the two blockquotes kept as lines of their own; link texts kept as running text; the published "
      "'den Gesundheitsämter' kept (rule 20))",
    license=FSFE,
    paras=["Eine Handvoll Freie-Software-Entwickler hat heute geschafft, was offizielle Stellen monatelang versäumt haben: "
           "Sie haben die deutsche Corona-Warn-App zum Nachverfolgen von Covid-19-Risikokontakten in einer Version "
           "bereitgestellt, die komplett ohne Abhängigkeiten von Google auskommt und im freien App-Store F-Droid "
           "erhältlich ist.",
           "Bereits im April dieses Jahres formulierte die FSFE zwei Grundvoraussetzungen für sogenannte Corona-Apps. "
           "Erstens darf es keine Nutzungspflicht geben, und zweitens müssen sie als Freie Software verfügbar sein. Auf "
           "den ersten Blick erfüllt die im Juni veröffentlichte deutsche Corona-Warn-App (CWA), wie mittlerweile viele "
           "andere in Europa, diese Anforderungen. Jedoch wird der Austausch von Geräteschlüsseln mittels Bluetooth, auf "
           "deren Basis das Risiko berechnet wird, von einer unterliegenden Schnittstelle gehandhabt.",
           "Das Problem dabei: Diese Schnittstellen-Software, Exposure Notifications API genannt und maßgeblich entwickelt "
           "von Apple und Google, ist größtenteils proprietär. Sie kann also nicht frei benutzt, untersucht, verbreitet und "
           "verbessert werden. In Googles Android-Betriebssystem ist außerdem die Installation und Nutzung der Play "
           "Services notwendig. Diese Google-Dienste greifen tief in das System ein und untergraben die digitale "
           "Souveränität der Anwenderinnen und Anwender. Dies verhindert standardmäßig die Nutzung vieler Corona-Apps für "
           "Menschen, die auf Datenschutz und Softwarefreiheit auf ihren Android-Geräten Wert legen.",
           "Ehrenamtliche lösen Problem Schritt für Schritt",
           "Eine erste große Verbesserung stellte der Freie-Software-Entwickler und FSFE-Unterstützer Marvin Wißfeld im "
           "September bereit. Er baute die Exposure-Notification-Funktionalität in microG ein, eine "
           "Freie-Software-Implementierung der proprietären Google-Dienste. Damit können zumindest Menschen diverse "
           "Corona-Apps verwenden, die ein Google-freies Android-Telefon besitzen und microG installiert haben.",
           "Vor wenigen Tagen gingen Christian Grigis, Fynn Godau, Marcus Hoffmann und Marvin Wißfeld noch einen Schritt "
           "weiter. Sie integrierten die Exposure-Notification-Komponente von microG direkt in die deutsche "
           "Corona-Warn-App. Dieses sogenannte Drop-In-Replacement ermöglicht selbst Menschen, die weder die Google-Dienste "
           "noch deren Freie-Software-Alternative microG installiert haben, die Nutzung der CWA. Außerdem stellen sie seit "
           "heute die App auf F-Droid bereit, einem App Store mit ausschließlich Freier Software. Das ist somit auch "
           "vorteilhaft für jene Nutzerinnen und Nutzer, die zwar microG oder Google-Dienste installiert haben, aber ihre "
           "Software aus Sicherheits- und Komfortgründen lieber über F-Droid beziehen.",
           "microG-Hauptentwickler und FSFE-Unterstützer Marvin Wißfeld ergänzt dazu:",
           CW_Q1,
           "Es steht nun den verantwortlichen Stellen, der deutschen Bundesregierung, dem Robert-Koch-Institut (RKI) sowie "
           "deren Auftragnehmern SAP und T-Systems frei, die Änderungen in den Hauptentwicklungszweig zu übernehmen, und "
           "damit zusammen mit der Freie-Software-Gemeinschaft an einem Strang zu ziehen. Außerdem kann diese Methode "
           "prinzipiell auch für Corona-Apps anderer Länder angewandt werden.",
           "Freie Software wieder einmal in Vorreiterrolle",
           "Wir sehen dabei ein bekanntes Muster: die Freie-Software-Gemeinschaft legt ein Problem sowie eine mögliche "
           "Lösung dar, wird aber so lange abgewiesen, bis Ehrenamtliche das Problem mit unbezahltem Einsatz und ohne "
           "offizielle Unterstützung selbst lösen. Dabei würde es nicht an den Ressourcen der beteiligten Verwaltungen und "
           "Firmen scheitern, diese signifikanten Verbesserungen selbst auszuführen oder zumindest zu unterstützen. Es ist "
           "löblich, dass die CWA konsequent von Anfang an als Freie Software entwickelt und veröffentlicht wurde, aber es "
           "mangelte an der notwendigen Konsequenz, um technisch mittlerweile unnötige Abhängigkeiten von proprietärer "
           "Software zu entfernen.",
           "Die FSFE appelliert an Regierungen und Verwaltungen, entwickelte Software als Freie Software zu veröffentlichen, "
           "Abhängigkeiten von Googles und Apples Appstores aufzubrechen und stattdessen ihre Apps über unabhängige Quellen "
           "wie F-Droid installierbar zu machen, und auf proprietäre Abhängigkeiten zu verzichten. Wie Wißfeld erläutert, "
           "ergeben sich bereits im Fall der Corona-Warn-App ganz konkret zusätzliche Vorteile bei der Bekämpfung der "
           "Pandemie:",
           CW_Q2,
           "Wir danken allen beteiligten Personen, die die Nutzung der Corona-App in Deutschland ermöglicht haben, ohne "
           "dabei Einbußen bei der Softwarefreiheit in Kauf nehmen zu müssen."],
    quotes=[(CW_Q1, WISSFELD),
            (CW_Q2, WISSFELD)],
    aliases={WISSFELD: ["Marvin Wißfeld", "Wißfeld", "microG-Hauptentwickler", "FSFE-Unterstützer",
                        "Freie-Software-Entwickler"]})

# --- FSFE, 10 June 2020: Hamburg's coalition agreement ---

PMPC = '"Public Money? Public Code!"'
HH_Q = ('"Wir freuen uns, dass Hamburg die Probleme, die mit dem Einsatz propitärer Lösungen einhergehen erkannt hat und '
        'verstärkt auf Freie Software setzen will. Die vielen Ausnahmereglungen im Koalitionsvertrag deuten aber zum '
        'jetzigen Zeitpunkt darauf hin, dass sich die Umsetzung schwierig gestalten könnte und die Ziele konterkarieren '
        'wird. Wir werden den Prozess kritisch belgeiten und fordern, dass schnell die Grundlagen geschaffen werden, um mit '
        'öffentlichen Geldern entwickelte Software auch der Allgemeinheit zur Verfügung zu stellen. Wenn es sich um '
        'öffentliche Gelder handelt, soll auch der Code öffentlich sein!"')

add(id="ho416-fsfe-2020-06-hamburg-freie-software",
    title="Stadt Hamburg will verstärkt auf Freie Software setzen",
    url="https://fsfe.org/news/2020/news-20200610-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20200610-01.de.xhtml",
                          commit="13019963e8d164a837aa870f9867ee4c9fbdc99d")
    + " (news of 10 June 2020; the meta description and keywords, the picture of the Hamburg town hall, the tag list and "
      "the image data dropped (rule 14); the blockquote kept as a line of its own; link texts ('(Siehe .pdf "
      "Koaltionsvertrag)', 'Wir laden Sie dazu ein, ...') kept as running text, the first without a space before its "
      "bracket as published; the published irregularities 'Koaltionsvertrag', 'gegrüßt', 'verstärkte', 'geschafften', "
      "'Reglungen', 'propitärer', 'belgeiten', 'einzelenen' and the stray slash after the last sentence kept (rule 20))",
    license=FSFE,
    paras=["In Hamburg haben sich SPD und Grüne in ihrem Koaltionsvertrag darauf verständigt, künftig verstärkt auf Freie "
           "Software zu setzen. Die FSFE gegrüßt diesen Schritt und wird die Umsetzung kritisch begleiten.",
           "Um die digitale Souveränität der Hansestadt zu stärken will man künftig verstärkte Freie Software "
           "einsetzen(Siehe .pdf Koaltionsvertrag). So soll auch die Abhängigkeit von einzelnen Anbietern minimiert und "
           "Transparenz geschafften werden. Wo es sinnvoll erscheint, soll zudem mit anderen Verwaltungen kooperiert "
           "werden. Allerdings enthält der Koalitionsvertrag viele Schlupflöcher, etwa für Vergabeverfahren und diffuse "
           "Reglungen zum Schutz proprietärer Softwareanbieter.",
           "Alexander Sander, Policy Manager der FSFE erklärt dazu: " + HH_Q,
           "Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
           "verbessern. Diese Freiheiten kommen auch Verwaltungen zu Gute, wenn sie auf Freie Software setzen. Immer mehr "
           "Verwaltungen in ganz Europa nutzen und entwickeln Freie Software, um von interoperablen Lösungen zu "
           "profitieren, Abhängigkeiten von einzelenen Herstellern zu vermeiden, transparent und souverän zu agieren, "
           "Mittel möglichst effizient einzusetzen und Innovation und Zusammenarbeit zu fördern.",
           "Die FSFE setzt sich im Rahmen der " + PMPC + " Kampagne gezielt für einen Politikwechsel hin zu Freier Software "
           "ein. Die " + PMPC + " Kampagne zielt darauf ab, Freie Software zum Standard für öffentlich finanzierte "
           "Software zu machen. Die Free Software Foundation Europe hat zusammen mit über 180 Organisationen der "
           "Zivilgesellschaft und mehr als 27.000 Einzelpersonen einen Offenen Brief unterzeichnet. Wir werden die "
           "Unterschriften nutzen, um Entscheidungsträger und politische Vertreter in ganz Europa zu kontaktieren und sie "
           "davon zu überzeugen, Freie Software als Standard zu nutzen. Wir laden Sie dazu ein, ebenfalls zu "
           "unterschreiben, um diesem Vorhaben damit noch mehr Nachdruck zu verleihen!/"],
    quotes=[(HH_Q, SANDER),
            (PMPC, None, 0),
            (PMPC, None, 1)],
    aliases={SANDER: ["Alexander Sander", "Policy Manager der FSFE"]})

# --- FSFE, 10 September 2020: "Ein Ort für öffentlichen Code" ---

ORT = "„Ein Ort für öffentlichen Code“"
OC_Q = ("„Der Einsatz von Freier Software drängt sich für öffentliche Einrichtungen auf: Freie Software gibt allen das "
        "Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu verbessern. Öffentliche "
        "Einrichtungen werden durch Steuern finanziert. Sie müssen sicherstellen, dass sie die Mittel so effizient wie "
        "möglich ausgeben. Durch den Einsatz von Freier Software können öffentliche Einrichtungen bei der Entwicklung von "
        "Code zusammenarbeiten und auf bestehende Lösungen zurückgreifen ohne das Rad immer wieder neu erfinden zu müssen. "
        "Wenn es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein! Darüber hinaus ermöglicht Freie "
        "Software Abhängigkeiten von einzelnen Anbietern zu minimieren und bildet die Grundlage für digitale Souveränität. "
        "Die FSFE hat daher die \"Public Money? Public Code!\" Kampagne ins Leben gerufen, um Verwaltungen aufzuzeigen, "
        "welche Vorteile der Einsatz von Freier Software mit sich bringt. Ein gemeinsamer Ort, um diese Software innerhalb "
        "der öffentlichen Einrichtungen auszutauschen, fehlt aber bisher in Deutschland.“")

add(id="ho416-fsfe-2020-09-ort-fuer-oeffentlichen-code",
    title="Kollaborative Freie Software Plattform für Verwaltungen - Interessenverbund stellt Konzept vor",
    url="https://fsfe.org/news/2020/news-20200910-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20200910-01.de.xhtml",
                          commit="0fb7762ae88c570d5672d44826e0265512cd63d2")
    + " (news of 10 September 2020; the meta description and keywords, the picture 'Ein Ort für öffentlichen Code' with "
      "its caption, the tag list, the discussion link and the image data dropped (rule 14); the blockquote kept as a line "
      "of its own; link texts ('hier (.pdf) ', 'https://publiccode.eu/') kept as running text, with the space before the "
      "full stop in 'hier (.pdf) .' and the missing space in 'hier:https://publiccode.eu/' as published; the double space "
      "in '-Initiative  der' rendered as one; the published irregularities 'dass die Idee' (for 'das'), 'möglichen "
      "Steuerersparnisse' kept (rule 20))",
    license=FSFE,
    paras=["Der verstärkte Einsatz von Freier Software ist ein zentraler Baustein für mehr Digitale Souveränität. Gemeinsam "
           "mit einem starken Bündnis aus Verwaltung, Politik, Wirtschaft und Zivilgesellschaft fordern wir die Schaffung "
           "eines Code Repository mit Freier Software für die öffentliche Hand.",
           "Der verstärkte Einsatz von Freier Software durch öffentliche Einrichtungen ist ein zentraler Baustein für mehr "
           "digitale Souveränität. Freie Software, auch als Open Source Software bezeichnet, ist für jeden einsehbar und "
           "damit unabhängig auf Sicherheitsaspekte zu überprüfen. Anwendungen können selbst betrieben und jederzeit an "
           "individuelle Bedürfnisse angepasst werden. So lässt sich eine weitgehende Unabhängigkeit von Herstellern "
           "erreichen. Außerdem haben Verwaltungen die Möglichkeit, über Organisationsgrenzen hinweg einfacher miteinander "
           "zu kooperieren.",
           "Gemeinsam mit der Open Source Business Alliance, der Bundes-Arbeitsgemeinschaft Kommunaler IT-Dienstleister "
           "Vitako und weiteren Experten hat die FSFE ein erstes Konzept für ein kollaboratives Code Repository für die "
           "öffentliche Hand erarbeitet und dafür zahlreiche Unterstützer aus der Verwaltung, Politik, Wirtschaft und "
           "Zivilgesellschaft gefunden. Unter dem Slogan " + ORT + " will der Interessenverbund nun den Weg für ein Portal "
           "bereiten, durch das die öffentliche Verwaltung in Deutschland Freie Software in adäquater und rechtssicherer "
           "Weise austauschen und gemeinsam entwickeln kann.",
           "Als erstes Ergebnis wurde ein Arbeitspapier erstellt, dass die Idee eines Code Repository skizziert und die "
           "Herausforderungen beschreibt. Zudem wird verdeutlicht, welches Potential Freie Software für den Einsatz in "
           "öffentlichen Einrichtungen mit sich bringt und wie ein solches Repository zur Weiterentwicklung der "
           "Verwaltungsdigitalisierung beitragen kann.",
           OC_Q + " erklärt Alexander Sander, EU Policy Manager der FSFE.",
           "Entsprechend verfolgt " + ORT + " folgenden Ansatz: Freie Software für die Verwaltung muss einerseits "
           "strukturiert auffindbar werden, andererseits kollaborativ und gleichzeitig rechtssicher entwickelt und "
           "dokumentiert werden können. Zudem ist wichtig, dass die Plattform den Austausch zwischen den beteiligten "
           "Akteuren wie Programmierern, Anwendern und Administratoren fördert und den Aufbau von Netzwerken unterstützt, "
           "damit sich Akteure mit gleichen Interessen rund um einzelne Projekte zusammenfinden und somit zusammenarbeiten "
           "können.",
           "Um diese Ansprüche erfüllen zu können bedarf es eines Katalogs mit Freien Software-Lösungen, eine föderierte "
           "Nutzerverwaltung, eine Code- sowie eine Informationsplattform. Dafür existieren jeweils schon "
           "Freie-Software-Lösungen, die in einem ersten Schritt ausgerollt werden können. Nächster Schritt ist nun, eine "
           "Trägerorganisation zu finden und eine stabile Finanzierung zu gewährleisten, um den Bedürfnissen der "
           "Stakeholder, die diese Plattform künftig nutzen, gerecht zu werden.",
           "Die Initiative " + ORT + " lädt Verwaltung, Politik und die Freie Software Community ein, sich an der "
           "Diskussion zu beteiligen und das Projekt, das die Digitalisierung der Verwaltung erheblich beschleunigen kann, "
           "ganz im Sinne des Freien Software Gedankens weiterzuentwickeln.",
           "Das Hintergrundpapier zu dieser Initiative finden Sie hier (.pdf) .",
           "Die " + PMPC + "-Initiative zielt darauf ab, Freie Software als Standard für öffentlich finanzierte Software zu "
           "etablieren. Öffentliche Verwaltungen, die diesem Prinzip folgen, können von zahlreichen Vorteilen profitieren: "
           "Zusammenarbeit mit anderen staatlichen Stellen, Unabhängigkeit von einzelnen Anbietern, möglichen "
           "Steuerersparnisse, Innovationsförderung und einer solideren Grundlage für IT-Sicherheit.",
           "Die " + PMPC + "-Initiative der Free Software Foundation Europe wird von über 180 Organisationen und "
           "Verwaltungen, darunter die Stadt Barcelona unterstützt. Mehr dazu erfahren Sie hier:https://publiccode.eu/"],
    quotes=[(ORT, None, 0),
            (OC_Q, SANDER),
            (ORT, None, 1),
            (ORT, None, 2),
            (PMPC, None, 1),
            (PMPC, None, 2)],
    aliases={SANDER: ["Alexander Sander", "EU Policy Manager der FSFE"]})
