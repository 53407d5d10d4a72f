# Seventy-eighth held-out German real-news set (tests/data/heldout78-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 590-593). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by speaker names and by a distinctive 8-word phrase against the texts of all sets, and
# against the other helpers' worktrees /work/wt-heldout*). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seventy-eighth held-out set": netzpolitik.org articles of 2023 and 2025 on EU
# digital policy (AI Act, Chatkontrolle, DSA/DMA) (licence NP, CC BY-NC-SA 4.0, as in the earlier sets that use
# netzpolitik.org). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17, 52), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

add(id="ho78-np-2025-07-chatkontrolle-schattentreffen",
    title=None,
    url="https://netzpolitik.org/2025/chatkontrolle-schattentreffen-unterlaeuft-position-des-eu-parlaments/",
    retrieved="same address (stored page of July 2025; the stored copy's date prefix ' date 2025-07' dropped (rule 63); it "
              "begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); the "
              "subheading 'EDRi auf letzten Drücker eingeladen' kept as its own line (rule 19); the last paragraph 'Am "
              "Montagabend – und nach einer Presseanfrage … ist nun auch der europäische Da', cut off in the stored copy, "
              "dropped (rules 15, 52))",
    license=NP,
    paras=["Der konservative Vorsitzende des Innenpolitik-Ausschusses (LIBE) des Europäischen Parlaments und "
           "Chatkontrolle-Berichterstatter, Javier Zarzalejos, hat überraschend für Mittwoch ein so genanntes "
           "„Schattentreffen“ zum Thema Chatkontrolle angesetzt. Der Zeitpunkt dafür ist ungewöhnlich, da keine "
           "Verhandlungen mit EU-Rat und EU-Kommission anstehen – und das EU-Parlament seine Chatkontrolle-Kompromiss "
           "schon vor mehr als einem Jahr gefunden hat. Der gilt als grundrechtsfreundlich, da er verschlüsselte "
           "Kommunikation von der Überwachung ausnimmt.",
           "Am Montag konnte netzpolitik.org eine Agenda des kurzfristig angesetzten Treffens einsehen. Die Liste der bis "
           "dahin Eingeladenen ließ auf eine sehr einseitige Ausrichtung der Veranstaltung schließen. Bis Montagnachmittag "
           "war kein einziger Vertreter der digitalen und bürgerrechtsorientierten Zivilgesellschaft zu dem Treffen "
           "geladen, während überwachungsfreundliche Lobbyisten aus dem Bereich des Kinderschutzes von ECPAT, Brave und "
           "Eurochild neben Vertretern der dänischen Polizei und von Europol das Feld bestimmen.",
           "Auf der Liste steht auch eine Vertreterin des Justizministeriums von Dänemark, welches derzeit die "
           "Ratspräsidentschaft inne hat und jüngst einen verschärften Vorschlag zur Chatkontrolle vorgelegt hat. Neben "
           "einem Vertreter der Kommission gibt es außerdem noch Industrievertreter von Meta und Microsoft sowie mit Hany "
           "Farid einen Professor, der mit der NGO „Counter Extremism Project“ zusammengearbeitet hat, die dem "
           "Sicherheits- und Geheimdienstapparat aus den USA und Deutschland nahesteht.",
           "EDRi auf letzten Drücker eingeladen"],
    quotes=[("„Schattentreffen“", None),
            ("„Counter Extremism Project“", None)],
    aliases={})

add(id="ho78-np-2023-05-kw19-ai-act-hoffnung",
    title=None,
    url="https://netzpolitik.org/2023/kw-19-die-woche-als-das-eu-parlament-beim-ai-act-hoffnung-machte/",
    retrieved="same address (stored page of May 2023, the weekly review 'KW 19'; the stored copy's date prefix ' date "
              "2023-05' dropped (rule 63); it begins with the body, without headline, so its first paragraph, the "
              "salutation 'Liebe Leser*innen,', is the first line (rules 18, 32); the stored copy ends after 'Schon klar, "
              "wir lesen da nicht jedes Wort.', kept as the last complete paragraph (rule 15))",
    license=NP,
    paras=["Liebe Leser*innen,",
           "vielleicht habt ihr diese Woche ein paar Jubelmeldungen gelesen, die sich um den AI Act drehen. Das ist die "
           "geplante Verordnung der EU, die „Künstliche Intelligenz“ umfassend regulieren soll. Zwei wichtige Ausschüsse "
           "im EU-Parlament haben sich am Donnerstag auf Positionen geeinigt, die Hoffnung machen. Zum Beispiel verlangen "
           "die Abgeordneten starke Einschränkungen bei biometrischer Massenüberwachung, Predictive Policing und "
           "Emotionserkennung. Das finde nicht nur ich sehr gut.",
           "Das Ding ist nur, dass man bei Gesetzgebung einen starken Geduldsfaden braucht, am besten eine Schiffskette "
           "aus Stahl (so eine hier hätte ich gerne). Auch wenn das von mir jeden Tag frequentierte Nachrichten-Portal "
           "Techmeme hoffnungsfroh titelt: „EU-Gesetzgeber einigen sich auf ein Verbot der Gesichtserkennung in der "
           "Öffentlichkeit“ – in Wahrheit ist es nur ein Zwischenschritt auf Ausschuss-Ebene. Die Einigung bedeutet nicht "
           "einmal, dass es die Positionen durchs Plenum schaffen, die Abstimmung im Parlament soll Mitte Juni sein. Und "
           "erst dann können die Verhandlungen starten mit den notorisch rückwärtsgewandten EU-Organen Kommission und "
           "Ministerrat.",
           "Mein Geduldsfaden ist noch keine Schiffskette aus Stahl, aber ich arbeite dran. Gemeinsam mit Chris und Daniel "
           "habe ich in den letzten zwei Wochen haufenweise Texte zum AI Act gewälzt. Einige davon sind schon zwei Jahre "
           "alt. Mindestens zwei weitere Jahre dürften vergehen, bis irgendetwas daraus Realität wird. Zum Lesestoff "
           "gehören etwa der Entwurf der EU-Kommission vom April 2021 (rund 140 Seiten), die Position des Ministerrats vom "
           "November 2022 (rund 220 Seiten) , außerdem die Positionen von Verbänden und Fachleuten (rund 300 Stück), die "
           "Folgenabschätzung (rund 150 Seiten), die jüngsten Positionen der Parlamentsausschüsse (rund 160 Seiten), und "
           "manches mehr.",
           "Schon klar, wir lesen da nicht jedes Wort."],
    quotes=[("„Künstliche Intelligenz“", None),
            ("„EU-Gesetzgeber einigen sich auf ein Verbot der Gesichtserkennung in der Öffentlichkeit“", "Techmeme")],
    aliases={"Techmeme": ["Techmeme", "Nachrichten-Portal Techmeme"]})

add(id="ho78-np-2025-02-dsc-beirat-an-die-arbeit",
    title=None,
    url="https://netzpolitik.org/2025/geschichten-aus-dem-dsc-beirat-an-die-arbeit/",
    retrieved="same address (stored page of February 2025, a column of the series 'Geschichten aus dem DSC-Beirat'; the "
              "stored copy's date prefix ' date 2025-02' dropped (rule 63); it begins with the teaser, without headline "
              "before it, so the teaser is the first line (rules 18, 32); the headline 'Geschichten aus dem DSC-Beirat : An "
              "die Arbeit!', which the stored copy sets after the teaser with a space before the colon, kept so as its own "
              "line (rules 19, 20); the last paragraph 'Auch ohne eine nahende Bundestagswahl gibt es also für einen "
              "Digital Servic', cut off in the stored copy, dropped (rules 15, 52))",
    license=NP,
    paras=["Die Geschäftsordnung steht und es geht ans Eingemachte: In seiner letzten Sitzung beschäftigte sich der Beirat "
           "für die deutsche Plattformaufsicht mit der anstehenden Bundestagswahl und dem Jugendschutz.",
           "Geschichten aus dem DSC-Beirat : An die Arbeit!",
           "Spätestens seit der Amtseinführung von Donald Trump sind schwierige Zeiten für die europäische "
           "Plattformregulierung angebrochen. Die CEOs von Meta, Google, Amazon und Apple, die Trumps Zeremonie mit "
           "Spenden in Millionenhöhe unterstützt hatten, flankierten den neuen Präsidenten und seinen Chefberater für "
           "“Effizienz” Elon Musk. Sie waren Trump damit näher als Mitglieder seines Kabinetts.",
           "Die neue Nähe zwischen Silicon Valley und Trump drückt sich nicht nur finanziell, sondern auch in dem "
           "vorauseilenden Gehorsam aus, mit dem Zuckerberg und Co. ihre Plattformen nach Trumps Vorstellungen gestalten. "
           "Exemplarisch sind Metas geänderte Hassrede-Regeln, nach denen trans Personen jetzt als „psychisch krank“ und "
           "Frauen als „Haushaltobjekte“ bezeichnet werden dürfen. Auch Googles Ankündigung, keine Faktenchecks im "
           "Kontext des europäischen Verhaltenskodex gegen Desinformation zu veröffentlichen, dürfte in Trumps Weißem Haus "
           "auf Anerkennung stoßen.",
           "Vorbei sind also die Zeiten, als das Silicon Valley noch Protestbriefe gegen Trump schrieb und sich als Bastion "
           "des Widerstands gegen die konservative Agenda inszenierte.",
           "Die Gründe sind so offensichtlich wie simpel: Durch den Digital Services Act (DSA) und Digital Markets Act (DMA) "
           "stehen US-Tech Unternehmen unter regulatorischem Druck aus Europa. Sie müssen neue Pflichten bei der "
           "Inhaltemoderation erfüllen und strengere Wettbewerbsregeln beachten. Und die neue Broligarchie zählt offenbar "
           "auf Trump, potenzielle Millionenstrafen abzuwenden, wenn sie sich daran nicht halten."],
    quotes=[("“Effizienz”", None),
            ("„psychisch krank“", "Meta"),
            ("„Haushaltobjekte“", "Meta")],
    aliases={"Meta": ["Meta"]})

add(id="ho78-np-2023-09-kw36-bruessel-ganz-nah",
    title=None,
    url="https://netzpolitik.org/2023/kw-36-die-woche-in-der-bruessel-ganz-nah-war/",
    retrieved="same address (stored page of September 2023, the weekly review 'KW 36'; the stored copy's date prefix ' date "
              "2023-09' dropped (rule 63); it begins with the body, without headline, so its first paragraph, the "
              "salutation 'Liebe Leser:innen,', is the first line (rules 18, 32); the last paragraph 'Ein Großteil der "
              "Themen, … Und es jedes Jahr ein paar mehr werden. Da', cut off in the stored copy, dropped (rules 15, 52))",
    license=NP,
    paras=["Liebe Leser:innen,",
           "wir haben in dieser Woche viel über EU-Themen berichtet. Über mögliche Schlupflöcher in der KI-Regulierung, über "
           "die EU-Kommission und große Techkonzerne beim Digitale-Märkte-Gesetz und natürlich über Chatkontrolle. "
           "EU-Themen sind uns nah und wir begleiten einige davon sehr eng. Aber für mich waren sie diese Woche noch ein "
           "bisschen näher als sonst, denn ich war am vergangenen Wochenende mit zwei Kollegen vor Ort in Brüssel.",
           "Der Anlass: die jährlich stattfindende „Freedom not Fear“-Konferenz. Da treffen sich Menschen aus ganz Europa, "
           "die sich für digitale Freiheitsrechte einsetzen – um sich gemeinsam zu informieren, sich auszutauschen und "
           "kennenzulernen. Alle sind eingeladen, egal ob sie sich schon seit Jahren mit netzpolitischen Themen "
           "beschäftigen oder gerade erst damit anfangen wollen.",
           "Was ich daran am spannendsten finde, ist der Blick über den Tellerrand: Welche Themen sind in anderen Ländern "
           "gerade besonders wichtig und was daran bewegt die Menschen? Wie schwer es beispielsweise in anderen EU-Staaten "
           "ist, öffentliche Aufmerksamkeit für die Chatkontrolle-Pläne zu bekommen, hat mich erstaunt. Denn in "
           "Deutschland bekam das von Anfang an recht viel Beachtung – nicht nur bei uns, auch etwa in der Tagesschau.",
           "Die Verhandlungen zur Chatkontrolle gehen in die Endphase. Deutschland spielt dabei eine gewichtige Rolle und "
           "daran müssen wir die Regierung immer wieder erinnern. Aber es ist eben auch nicht alles. Das ist mir nun wieder "
           "deutlicher bewusst als vorher."],
    quotes=[("„Freedom not Fear“", None)],
    aliases={})

VIRKKUNEN = "Henna Virkkunen"
OMNIBUS_P3 = ("Durch Bürokratieabbau, Vereinfachung der EU-Rechtsvorschriften und einen besseren Datenzugang „schaffen wir Raum "
              "für Innovationen und deren Vermarktung in Europa“, sagt die zuständige Kommissionsvizepräsidentin Henna "
              "Virkkunen. „Dies tun wir auf europäische Art und Weise: indem wir sicherstellen, dass die Grundrechte der "
              "Nutzer:innen in vollem Umfang geschützt bleiben.“")

add(id="ho78-np-2025-11-faq-digitaler-omnibus",
    title=None,
    url="https://netzpolitik.org/2025/faq-zum-digitalen-omnibus-was-plant-die-eu-kommission-bei-ki-und-datenschutz/",
    retrieved="same address (stored page of 20 November 2025; the stored copy's date prefix ' date 2025-11-20' dropped (rule "
              "63); it begins with the teaser, without headline, so the teaser is the first line (rules 18, 32); the "
              "question 'Was plant die EU-Kommission mit Blick auf die KI-Verordnung?', set as a subheading, kept as its own "
              "line (rule 19); the spaces before '.' left where the page's links were ('Hochrisiko-Systeme .', 'zwei Fristen "
              ".') kept as stored (rule 20); the fragment '. Konkret geht es . Ersten' after it, a remnant of link texts cut "
              "off in the stored copy, dropped (rules 15, 52))",
    license=NP,
    paras=["Mit ihrem „Digitalen Omnibus“ will die Kommission Regeln für risikoreiche KI-Systeme um mehr als ein Jahr "
           "hinauszögern und den Datenschutz deutlich einschränken. Industrieverbände begrüßen den Schritt, "
           "Verbraucherschützer:innen sind alarmiert. Wir beantworten die wichtigsten Fragen zum Gesetzespaket.",
           "Offiziell will die EU-Kommission mit ihrem gestern vorgestellten Omnibus-Paket eine Reihe europäischer "
           "Digitalgesetze in Einklang bringen. Das soll nach eigener Aussage vor allem kleinen und mittelständischen "
           "Unternehmen sowie europäischen Start-ups helfen.",
           OMNIBUS_P3,
           "Vor allem die deutsche und die französische Regierung haben sich jüngst für weitgehende Änderungen und "
           "Deregulierung eingesetzt. Aber auch die US-Regierung hat in den vergangenen Monaten den Druck auf die EU und "
           "ihre Mitgliedsländer erhöht, die europäischen Standards bei den Datenschutz- und Verbraucherschutzrechten zu "
           "senken.",
           "Wir beantworten die zentralen Fragen zum „Digitalen Omnibus“: Welche kritischen Veränderungen strebt die "
           "Kommission bei der Regulierung von sogenannter Künstlicher Intelligenz an? Inwiefern will sie den Datenschutz "
           "aufweichen? Und verschaffen weniger Cookie-Banner den Nutzer:innen mehr Rechte?",
           "Was plant die EU-Kommission mit Blick auf die KI-Verordnung?",
           "Die Kommission will die Umsetzung eines Teils der KI-Verordnung um fast eineinhalb Jahre nach hinten schieben. "
           "Das betrifft vor allem die sogenannten Hochrisiko-Systeme . Konkret geht es um zwei Fristen ."],
    quotes=[("„Digitalen Omnibus“", None, 0),
            ("„schaffen wir Raum für Innovationen und deren Vermarktung in Europa“", VIRKKUNEN),
            ("„Dies tun wir auf europäische Art und Weise: indem wir sicherstellen, dass die Grundrechte der Nutzer:innen in "
             "vollem Umfang geschützt bleiben.“", VIRKKUNEN),
            ("„Digitalen Omnibus“", None, 1)],
    aliases={VIRKKUNEN: ["Henna Virkkunen", "Kommissionsvizepräsidentin Henna Virkkunen"]})

add(id="ho78-np-2025-11-digitaler-omnibus-crash-kurs",
    title=None,
    url="https://netzpolitik.org/2025/digitaler-omnibus-auf-crash-kurs-mit-digitalen-grundrechten/",
    retrieved="same address (stored page of 19 November 2025, a commentary; the stored copy's date prefix ' date 2025-11-19' "
              "dropped (rule 63); it begins with the teaser, without headline, so the teaser is the first line (rules 18, "
              "32); the subheading 'Getriebene im KI-Rennen', left dangling before the cut, and the last paragraph 'Dass "
              "diese Pläne hochgradig problematisch sind, … sowie Sozialdemokraten, Liberale un', cut off in the stored "
              "copy, dropped (rules 15, 52))",
    license=NP,
    paras=["Das angekündigte Reformpaket ist da und die EU-Kommission bleibt auf Konfrontationskurs: Statt den Datenschutz zu "
           "vereinfachen, schleift sie Grundrechte. Statt europäischen Unternehmen zu helfen, kommt sie Big Tech entgegen. "
           "Ein Kommentar.",
           "Die Europäische Kommission hat heute Nachmittag Pläne für die Überarbeitung mehrerer Digitalgesetze "
           "vorgestellt. Der „digitale Omnibus“, wie das Sammelgesetz genannt wird, soll unter anderem die KI-Verordnung, "
           "IT-Sicherheitsgesetze, den Data Act und die Datenschutzgrundverordnung (DSGVO) anpassen. Von uns "
           "veröffentlichte Entwürfe hatten Befürchtungen genährt, die EU-Kommission plane „den größten Rückschritt für "
           "digitale Grundrechte in der Geschichte der EU“, vor allem beim Datenschutz.",
           "Diese Sorgen bestätigen sich nun weitgehend. Auch wenn ein paar Regeln weniger unter die Räder kommen, ist der "
           "digitale Omnibus tatsächlich auf Crash-Kurs mit digitalen Grundrechten.",
           "Unter anderem sollen KI-Unternehmen eine Art Freifahrtschein für das Training ihrer Systeme mit "
           "personenbezogenen Daten erhalten. Die Kommission will klarstellen, dass Menschen hierfür nicht gefragt werden "
           "müssen, sondern lediglich über eine Widerspruchsmöglichkeit verfügen. Zudem sollen Regeln für gefährliche "
           "KI-Systeme aus dem AI Act aufgeschoben werden.",
           "Die wohl weitreichendste Änderung wäre eine Neudefinition dessen, was als personenbezogene Daten verstanden "
           "wird. So sollen pseudonymisierte Daten teilweise ausgenommen werden. Die Kommission will zudem "
           "Betroffenenrechte schleifen: Unternehmen und Behörden sollen zudem weitreichende Möglichkeiten bekommen, "
           "Auskunfts- oder Löschanfragen von Betroffenen abzuweisen."],
    quotes=[("„digitale Omnibus“", None),
            ("„den größten Rückschritt für digitale Grundrechte in der Geschichte der EU“", None)],
    aliases={})
