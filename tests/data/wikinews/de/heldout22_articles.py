# Twenty-second held-out German real-news set (tests/data/heldout22-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-123, and the new rules 124-126). None of these pages is in any tests/data/*.jsonl (checked by
# URL and OTS number against every `source` field and every URL in the annotation modules and SOURCES files, by title,
# and by an 8-word overlap search against the texts of all sets). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: texts of the European Parliament (two pages of its Liaison Office in Germany on europarl.europa.eu, one list
# page of that office's press releases, six press releases of its Information/Liaison Office in Austria on OTS, two press
# releases of the Liaison Office in Germany distributed by ots and reposted unchanged), one release on OTS of the Haus der
# Europäischen Union in Vienna headed by the Commission Representation's head, and two reports of the German service of
# Pressenza. All stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule
# 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, EP, PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


METSOLA = ["Roberta Metsola"]

# --- Pressenza, German service ---

add(id="ho22-pz-2024-weltmarsch-berlin",
    title=None,
    url="https://pressenza.com/de/2024/10/gemeinsam-fuer-den-frieden-der-weltmarsch-vereint-stimmen-gegen-krieg",
    retrieved="same address (stored copy of the Pressenza report of October 2024, stored twice with the same wording; "
              "the stored copy begins with the first paragraph, so there is no title line (rule 32); the last paragraph "
              "'„Ich finde es großartig, dass es eine internati…' (Sibylle's quotation), cut off in the stored copy, "
              "dropped with its quotation (rule 15))",
    license=PZ,
    paras=["Einen Tag nach dem offiziellen Start des 3. Weltmarsches für Frieden und Gewaltfreiheit in Costa Rica und dem "
           "internationalen Tag der Gewaltfreiheit fand in Berlin eine bundesweite Friedensdemonstration unter dem Motto "
           "«Nein zu Krieg und Hochrüstung! Ja zu Frieden und internationaler Solidarität» statt (Pressenza berichtet). "
           "Friedensaktivistinnen und -aktivsten des Weltmarsches aus Hamburg, München, Wien und natürlich Berlin "
           "schlossen sich der Friedensdemonstration an.",
           "Pressenza unterhält sich mit den Friedensbewegten über ihre Beweggründe, Ängste und Hoffnungen in einer "
           "zunehmend militarisierten Welt.",
           "Lorena, die aus Kolumbien stammt und in Berlin lebt, sagt, dass sie sich große Sorgen über die aktuelle "
           "weltweite Lage mache, insbesondere über die extrem gewaltgeprägte Gesellschaft und die Kriege, die derzeit "
           "stattfinden. Die Demonstration sei für sie eine Gelegenheit, ihre Ablehnung dieser Gewalt zum Ausdruck zu "
           "bringen.",
           "„Ich bin hier, um den 3. Weltmarsch für Frieden und Gewaltfreiheit zu unterstützen. Es ist eine Gelegenheit, "
           "die Einheit für den Frieden zu zeigen, sich gegen Gewalt und Krieg auszusprechen, sich zu organisieren, "
           "gemeinsame Ziele zwischen verschiedenen Gemeinschaften und Organisationen zu finden und das Bewusstsein für "
           "die Bedeutung des Friedens zu schärfen.“",
           "Astrid aus Hamburg betont, dass sie ihr Leben lang für den Frieden gearbeitet hat und weiterhin daran "
           "glaubt, dass Konflikte mit Worten gelöst werden sollten, anstatt in Waffen zu investieren.",
           "„Ich wünsche mir einfach nur Frieden. Immer wieder Frieden. Mein Leben lang habe ich dafür gearbeitet und "
           "so soll es auch bleiben. Meine Zuversicht schöpfe ich aus uns allen.“",
           "Sibylle, die ebenfalls extra aus Hamburg angereist ist, schätzt die Internationalität des 3. Weltmarschs für "
           "Frieden und Gewaltfreiheit, da er es ermöglicht, über nationale Grenzen hinweg zusammenzuarbeiten, um für "
           "Frieden einzutreten."],
    quotes=[("«Nein zu Krieg und Hochrüstung! Ja zu Frieden und internationaler Solidarität»", None),
            ("„Ich bin hier, um den 3. Weltmarsch für Frieden und Gewaltfreiheit zu unterstützen. Es ist eine "
             "Gelegenheit, die Einheit für den Frieden zu zeigen, sich gegen Gewalt und Krieg auszusprechen, sich zu "
             "organisieren, gemeinsame Ziele zwischen verschiedenen Gemeinschaften und Organisationen zu finden und das "
             "Bewusstsein für die Bedeutung des Friedens zu schärfen.“", "Lorena"),
            ("„Ich wünsche mir einfach nur Frieden. Immer wieder Frieden. Mein Leben lang habe ich dafür gearbeitet und "
             "so soll es auch bleiben. Meine Zuversicht schöpfe ich aus uns allen.“", "Astrid")],
    aliases={"Lorena": ["Lorena"], "Astrid": ["Astrid"]})

add(id="ho22-pz-2015-friedensglocke-hiroshima",
    title=None,
    url="https://www.pressenza.com/de/2015/08/berliner-burger-mahnten-an-der-friedenglocke-zu-weltweiten-frieden-und-abrustung/",
    retrieved="same address (stored copy of the Pressenza report of August 2015; the stored copy begins with the lead "
              "paragraph, so there is no title line (rule 32); the published typos 'Am 6. Und 9. August', "
              "'Friedrichhain' and the capitalised 'fügte Sie hinzu' kept (rule 20); the last paragraph 'Es wurde auch "
              "eine Grußbotschaft des Bürgermeisters „Mayor for Peace“ aus Nagasaki vorgetragen. Der Kinderarzt Alex "
              "Rosen von der IPPNW-Deutschland hie…', cut off in the stored copy, dropped with its null name (rule 15))",
    license=PZ,
    paras=["Anlässlich des 70. Jahrestages des Atombombenabwurfes auf die japanischen Städte Hiroshima und Nagasaki "
           "mahnte die Berliner Zivilgesellschaft an der Friedensglocke zu Frieden und Abrüstung in der Welt.",
           "Am 6. Und 9. August 1945 haben die Abwürfe zweier US-Atombomben auf die japanische Städte Hiroshima und "
           "Nagasaki zu 200.000 sofortigen Opfern geführt. Auch 70 Jahre später leiden und sterben die Menschen an den "
           "Spätfolgen der Explosionen. Diese Spätfolgen demonstrieren die katastrophalen Folgen eines Einsatzes von "
           "Atomwaffen, der sich nie wieder wiederholen darf.",
           "Die Berliner Zivilgesellschaft sowie Vertreter von verschiedenen Friedensorganisationen trafen sich am "
           "Donnerstag, dem 6. August 2015, gegen 18 Uhr an der Friedensglocke im Volkspark Friedrichhain ein, um sich "
           "für eine Welt frei von Konflikten, Kriegen und Massenvernichtungswaffen einzusetzen. Gemeinsam gedachten "
           "hier und weltweit die Friedensaktivisten der Opfer von Hiroshima und Nagasaki und warnten vor den Gefahren "
           "kriegerischer Auseinandersetzungen und eines Atomkrieges. Derzeit lagern auf der Welt 16.000 Atomwaffen, "
           "die die Welt mehrfach vernichten würde.",
           "Unterstützt wurde die Gedenkfeier vom Bezirksamt Friedrichshain-Kreuzberg, dem Deutsch-Japanischen "
           "Friedensforum, dem Deutschen Friedensrat, der Friedensglockengesellschaft Berlin sowie der Vereinigung der "
           "„Internationalen Ärzte für die Verhütung des Atomkrieges“.",
           "Zu Beginn der Gedenkfeier sprach die Bezirksbürgermeisterin von Friedrichhain-Kreuzberg, Monika Herrmann: "
           "„Mich würde es mehr beruhigen, wenn wir nicht nur gedenken, sondern auch daraus lernen“, sagte sie mit "
           "Blick auf die aktuellen Kriege. Sie erinnerten an das Leid der Opfer und forderten die weltweite "
           "Abschaffung aller Nuklearwaffen. Zum Abschluss fügte Sie hinzu: „Widerstand gegen Krieg ist Pflicht!“"],
    quotes=[("„Internationalen Ärzte für die Verhütung des Atomkrieges“", None),
            ("„Mich würde es mehr beruhigen, wenn wir nicht nur gedenken, sondern auch daraus lernen“", "Monika Herrmann"),
            ("„Widerstand gegen Krieg ist Pflicht!“", "Monika Herrmann")],
    aliases={"Monika Herrmann": ["Monika Herrmann", "Bezirksbürgermeisterin"]})

# --- European Parliament, Liaison Office in Germany (europarl.europa.eu/germany) ---

add(id="ho22-ep-2022-metsola-europaeisches-haus",
    title="Frisch gewählte EP-Präsidentin im Europäischen Haus in Berlin",
    url="https://www.europarl.europa.eu/germany/de/presse-veranstaltungen/frisch-gew%C3%A4hlte-ep-pr%C3%A4sidentin-im-europ%C3%A4ischen-haus-in-berlin",
    retrieved="same address (stored page of the European Parliament's Liaison Office in Germany, March 2022; the "
              "navigation lines 'Gehe zu Inhalt' and 'Presse - Fotografen' (twice) and the photo captions "
              "'EP-Präsidentin Roberta Metsola im Verbindungsbüro …' dropped (rules 14, 19); the published mixed marks "
              "“…“ kept (rule 21); the subheading '\"Auf das fokussieren, was uns vereint, statt darauf, was uns "
              "teilt\"' and the paragraph after it ('Nach dem Input der Parlamentspräsidentin … rund eine Stunde'), cut "
              "off in the stored copy, dropped together (rule 15), so the subheading's quotation is not in the document)",
    license=EP,
    paras=["An diesem Dienstag war die frisch gewählte Präsidentin des Europäischen Parlaments, Roberta METSOLA, zu "
           "Besuch in Berlin. Sie traf auch das Team des EP-Verbindungsbüros mit Leiter Georg Pfeifer. Ihr Fazit nach "
           "der Dialogveranstaltung im Europäischen Haus in Berlin: “Wenn politischer Wille und politische Führung in "
           "der Europäischen Union vorhanden sind, dann sind wir vereint und mögliche Risse in unserer Union können "
           "nicht ausgenutzt werden.“",
           "An diesem 22. März besuchte Roberta Metsola, die neue Präsidentin des Europäischen Parlaments, im Rahmen "
           "ihres Antrittsbesuchs in Deutschland das Europäische Haus in Berlin. Nach einem Telefonat mit "
           "Bundespräsident Frank-Walter Steinmeier und Treffen mit Bundestagsvizepräsidentin Katrin Göring-Eckhardt "
           "und der deutschen Außenministerin Annalena Baerbock, besuchte sie das Team des Verbindungsbüros des "
           "Europäischen Parlaments mit Leiter Georg Pfeifer.",
           "Gemeinsam mit Dr. Linn Selle, der Präsidentin der Europäischen Bewegung Deutschland e.V., dem größten "
           "Netzwerk für Europapolitik in Deutschland, diskutierte die Präsidentin des Europäischen Parlaments vor "
           "zahlreich erschienenen Gästen über die Rolle Europas in einer neuen Welt sowie über Möglichkeiten zur "
           "Stärkung der EU als internationale Akteurin."],
    quotes=[("“Wenn politischer Wille und politische Führung in der Europäischen Union vorhanden sind, dann sind wir "
             "vereint und mögliche Risse in unserer Union können nicht ausgenutzt werden.“", "Roberta Metsola")],
    aliases={"Roberta Metsola": METSOLA + ["Roberta METSOLA"]})

add(id="ho22-ep-2022-startseite-preisverleihungen",
    title=None,
    url="https://www.europarl.europa.eu/germany/",
    retrieved="same address (stored home page of the European Parliament's Liaison Office in Germany, September 2022, "
              "a list page (rule 19): the section heading 'Preisverleihungen' is the first line (rule 18), each teaser "
              "its own line; the navigation line 'Gehe zu Inhalt' and the links 'Fortsetzung lesen' dropped; the "
              "published mixed marks „…\" kept (rule 21); the last teaser 'Die für den LUX-Publikumspreis 2022 "
              "nominierten Filme … Auch Dr. Doris Pack, die ehe…', cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["Preisverleihungen",
           "Am Montag, den 19. September, hat das Europäische Parlament dem Verein ApplicAid im Europäischen Haus Berlin "
           "die Europäische Bürgerpreismedaille 2022 überreicht. Im Anschluss diskutierten ApplicAid-Gründer, "
           "Backtosch Mustafa und Caroline Breit, Vorstandsmitglied bei ApplicAid, mit der Europaabgeordneten Katrin "
           "Langensiepen und der Bundestagsabgeordneten Gyde Jensen über Bildung und Chancen(un)gleichheit in unserer "
           "Gesellschaft. Das Fazit: „Bildungsgerechtigkeit (...) ist essentiell für eine gerechte, demokratische und "
           "inklusive Gesellschaft.“",
           "Die Organisation ApplicAid hat das Thema Chancengleichheit in Förderprogrammen zum Ziel. Mitbegründer und "
           "Vorstandsvorsitzender Backtosch Mustafa erzählt von den Anfängen von ApplicAid und von seiner Erfahrung, "
           "dass jeder Mensch Talent und Potenzial besitzt, aber nicht alle die gleichen Chancen in unserer "
           "Gesellschaft erhalten. Das wollen er und mittlerweile rund 600 ehrenamtliche Mitglieder ändern.",
           'Der Sieger des LUX-Publikumspreises 2022 ist "Quo vadis, Aida?" von der bosnischen Regisseurin Jasmila '
           'Žbanić. „Dieser Film ist ein entschiedener Aufruf für Gerechtigkeit für die Frauen und Mütter von '
           'Srebrenica, die die grausame Ermordung von mehr als 8.000 ihrer Angehörigen miterlebt haben", betonte die '
           'Präsidentin des Europäischen Parlaments Roberta Metsola vergangenen Mittwoch, 8. Juni 2022, während der '
           'Zeremonie im Straßburger Plenarsaal.'],
    quotes=[("„Bildungsgerechtigkeit (...) ist essentiell für eine gerechte, demokratische und inklusive "
             "Gesellschaft.“", "Backtosch Mustafa"),
            ('"Quo vadis, Aida?"', None),
            ('„Dieser Film ist ein entschiedener Aufruf für Gerechtigkeit für die Frauen und Mütter von Srebrenica, die '
             'die grausame Ermordung von mehr als 8.000 ihrer Angehörigen miterlebt haben"', "Roberta Metsola")],
    aliases={"Backtosch Mustafa": ["Backtosch Mustafa", "Caroline Breit", "Katrin Langensiepen", "Gyde Jensen"],
             "Roberta Metsola": METSOLA})

add(id="ho22-ep-2020-pressemitteilungen-liste",
    title="Pressemitteilungen und -gespräche des EP-Verbindungsbüros",
    url="https://www.europarl.europa.eu/germany/de/presse-veranstaltungen/pressemitteilungen-des-ep-verbindungsb%C3%BCros",
    retrieved="same address (stored list page of the press releases of the European Parliament's Liaison Office in "
              "Germany, autumn 2020 (rule 19): the page headline is the first line, the page's introduction and each "
              "teaser are lines of their own; the navigation lines 'Gehe zu Inhalt' and 'Presse - Fotografen' (twice), "
              "the link line 'Weitere Pressemitteilungen vom Europäischen Parlament finden Sie hier.', the image alt "
              "texts 'EU Flagge' and the links 'Fortsetzung lesen' dropped; the last teaser 'In einem "
              "Online-Pressegespräch am Dienstag, den 27. Oktober 2020 von 11:00 bis', cut off in the stored copy, "
              "dropped (rule 15))",
    license=EP,
    paras=["Veranstaltungen in Berlin und Deutschland, Vorschau der wichtigsten Plenarthemen und Pressemitteilungen zur "
           "europäischen Themen angereichert mit Zahlen und Fakten für deutsche Medien.",
           "Um die 20 Jahre alte EU-Produktsicherheitsrichtlinie an neue Entwicklung wie die Künstliche Intelligenz "
           "(KI) anzupassen, fordert die federführende Europaabgeordnete Marion Walsmann einheitliche "
           "Sicherheitsstandards, auch für den Online-Handel.",
           "Zu Beginn der Trilog-Verhandlungen mit der deutschen Ratspräsidentschaft erläutern EP-Berichterstatter "
           "Siegfried Mureșan (EVP, RO) und der EP-Schattenberichterstatter Damian Boeselager (Volt, Grüne/EFA) auf "
           "Deutsch die Verhandlungsposition des Parlaments für die Aufbau- und Resilienzfazilität (RRF), das "
           'Kernprogramm des 750 Milliarden Euro EU-Aufbauinstruments "NextGenerationEU".',
           "In einem Online-Pressegespräch am Donnerstag, den 5. November 2020, ab 9 Uhr kommentieren David McAllister, "
           "der Vorsitzende des Auswärtigen Ausschusses, Bernd Lange, der Vorsitzende des Ausschusses für "
           "internationalen Handel und Reinhard Bütikofer, Mitglied des Auswärtigen Ausschusses und der "
           "USA-Delegation, die US-Präsidentschaftswahl. Sie werden die vorläufigen Ergebnisse im Hinblick auf die "
           "zukünftigen transatlantischen Beziehungen bewerten.",
           "In einem Online-Pressegespräch zu Kürzungen von EU-Geldern bei Verstößen gegen die Rechtsstaatlichkeit am "
           "Mittwoch, den 28. Oktober 2020 ab 11:30 Uhr informieren die an den Verhandlungen mit der deutschen "
           "Ratspräsidentschaft beteiligten Europaabgeordneten über die Ergebnisse der dritten Verhandlungsrunde."],
    quotes=[('"NextGenerationEU"', None)],
    aliases={})

# --- European Parliament, press releases of its Liaison Offices distributed by OTS / ots ---

add(id="ho22-ep-ots-2019-pfeifer-abschied-wien",
    title="Georg Pfeifer nimmt Abschied aus Wien",
    url="https://www.ots.at/presseaussendung/OTS_20191213_OTS0143/georg-pfeifer-nimmt-abschied-aus-wien",
    retrieved="same address (stored OTS copy of the release of 13 December 2019, dateline 'Wien (OTS)'; the stored copy "
              "lacks the sender line: the release speaks for the European Parliament's Liaison Office in Austria about "
              "its own head's move and quotes two Vice-Presidents of the Parliament, so it is taken as the Liaison "
              "Office's release (inference noted, rules 111, 116); the store's prefix ' date 2019-12 ' dropped; "
              "headline, subtitle and subheading kept as separate lines as stored; the published mixed marks "
              "(\"…\" and „…\") kept (rule 21); the last paragraph, which the stored copy cuts after its opening mark "
              "('\"D'), dropped (rule 15))",
    license=EP,
    paras=["Der Leiter des Verbindungsbüros des Europäischen Parlaments in Österreich wechselt nach Berlin",
           "Wien (OTS) - Nach 14 Jahren im Verbindungsbüro des Europäischen Parlaments in Österreich wechselt Georg "
           "Pfeifer mit Jänner 2020 nach Berlin, wo er die Leitung des dortigen Parlamentsbüros, dem auch ein "
           "Außenbüro in München angegliedert ist, übernehmen wird.",
           'Georg Pfeifer sieht den Wechsel mit einem lachenden und einem weinenden Auge: "Ich freue mich natürlich '
           'über die Gelegenheit, das Europäische Parlament künftig mit neuen Kolleginnen und Kollegen im größten '
           'EU-Mitgliedsland vertreten zu dürfen. Der Abschied von meinem Team fällt mir dennoch nicht leicht."',
           "VizepräsidentInnen würdigen Pfeifers Arbeit",
           "Im Rahmen eines feierlichen Empfangs am 13. Dezember anlässlich des 25. Jahrestags des österreichischen "
           "EU-Beitritt nutzen viele Wegbegleiter die Gelegenheit, um Georg Pfeifers Arbeit in Wien zu würdigen.",
           "Othmar Karas, der für die Verbindungsbüros zuständige Vizepräsident des Europäischen Parlaments, würdigte "
           "Pfeifers Vermächtnis in Wien: „Georg Pfeifer hat mit seinem Team bescheiden, unaufgeregt, konsequent das "
           "Verbindungsbüro des Europaparlaments in Wien zu einem Best-Practice-Modell weiterentwickelt. Seine "
           "Versetzung in das größte Verbindungsbüro in Berlin kommt einem ausgezeichneten Zeugnis gleich. Danke und "
           "alles Gute!“",
           'Auch Ulrike Lunacek, Vizepräsidentin des Europäischen Parlaments zwischen 2014 und 2017, fand anerkennende '
           'Worte: „Die Zusammenarbeit mit Georg Pfeifer war geprägt von Zuverlässigkeit und einem ruhigen Charme. '
           'Egal, ob es um ein Problem, eine Anfrage oder die Eröffnung einer Veranstaltung ging: Er fand immer die '
           'richtigen Worte. Ich wünsche ihm für seine neue Aufgabe viel Freude und Erfolg - und hoffe, dass er auch '
           'weiterhin immer wieder (Berg-)Gipfel meistert!"'],
    quotes=[('"Ich freue mich natürlich über die Gelegenheit, das Europäische Parlament künftig mit neuen Kolleginnen '
             'und Kollegen im größten EU-Mitgliedsland vertreten zu dürfen. Der Abschied von meinem Team fällt mir '
             'dennoch nicht leicht."', "Georg Pfeifer"),
            ("„Georg Pfeifer hat mit seinem Team bescheiden, unaufgeregt, konsequent das Verbindungsbüro des "
             "Europaparlaments in Wien zu einem Best-Practice-Modell weiterentwickelt. Seine Versetzung in das größte "
             "Verbindungsbüro in Berlin kommt einem ausgezeichneten Zeugnis gleich. Danke und alles Gute!“",
             "Othmar Karas"),
            ('„Die Zusammenarbeit mit Georg Pfeifer war geprägt von Zuverlässigkeit und einem ruhigen Charme. Egal, ob es '
             'um ein Problem, eine Anfrage oder die Eröffnung einer Veranstaltung ging: Er fand immer die richtigen '
             'Worte. Ich wünsche ihm für seine neue Aufgabe viel Freude und Erfolg - und hoffe, dass er auch weiterhin '
             'immer wieder (Berg-)Gipfel meistert!"', "Ulrike Lunacek")],
    aliases={"Georg Pfeifer": ["Georg Pfeifer"], "Othmar Karas": ["Othmar Karas"],
             "Ulrike Lunacek": ["Ulrike Lunacek"]})

add(id="ho22-ep-ots-2019-pfeifer-leiter-berlin",
    title=None,
    url="http://www.aktiencheck.de/news/Artikel-Georg_Pfeifer_wird_neuer_Leiter_Verbindungsbueros_Europaeischen_Parlaments_Deutschland-10754125",
    retrieved="same address (the press release of the European Parliament's Liaison Office in Germany of December "
              "2019, dateline 'Berlin (ots)', as reposted unchanged by aktiencheck.de with the Liaison Office's own "
              "press contacts ('Pressereferentin / Verbindungsbüro des Europäischen Parlaments in Deutschland'), used as "
              "the Parliament's text (rule 31); the store's prefix ' date 2019-12 ' dropped; the stored copy begins with "
              "the dateline, so there is no title line (rule 32); it runs the release's lines together without spaces "
              "('desEuropäischen', 'Berlin.Er', 'Pfeifer.Pfeifer'), kept as stored in one paragraph (rule 20); the "
              "press-contact block from 'Pressekontakt:' on, cut off in the stored copy, dropped (rule 19))",
    license=EP,
    paras=['Berlin (ots) - Georg Pfeifer (49) leitet ab Januar 2020 das Verbindungsbüro desEuropäischen Parlaments (EP) '
           'in Deutschland, Berlin.Er wechselt aus Wien, wo er seit 2010 das EP-Verbindungsbüro in Österreichgeleitet '
           'hat. Bereits seit 2006 war er dort als Pressereferent tätig. "Währenddieser Zeit wurde in Wien das 2009 '
           'bezogene Haus der Europäischen Union alsZentrum der Debatte über Europa positioniert, mit großem Erfolg '
           'hinsichtlich desBekanntheitsgrades des EU-Hauses und mit konstant hohem Zuspruch im Bereich von17.000 '
           'Besucherinnen und Besuchern pro Jahr", so Georg Pfeifer.Pfeifer absolvierte ein Magisterstudium der '
           'Politikwissenschaft und derdeutschen Philologie an den Universitäten Innsbruck, Wien, Lüttich und '
           'Brüsselsowie ein Postgraduate- Studium am Europakolleg in Brügge.Seine erste berufliche Station im '
           'Europäischen Parlament führte ihn 1996 alsReferenten in den Ausschuss für Regionalpolitik (REGI) für ein '
           'Jahr nachLuxemburg und später nach Brüssel. Dort arbeitete er von 2000 bis 2006 imSekretariat des '
           'Ausschusses für Regionalpolitik, Verkehr und Tourismus (RETT),des Umweltausschusses (ENVI) und des '
           'nichtständigen Ausschusses "Verbesserungder Sicherheit auf See" (MARE).Georg Pfeifer folgt mit seiner '
           'neuen Aufgabe in Berlin auf Frank Piplat, derviele Jahre das deutsche EP-Verbindungsbüro geleitet hat. '
           'Piplat seinerseitsübernimmt die Leitung des EP-Verbindungsbüros in Wien.'],
    quotes=[('"Währenddieser Zeit wurde in Wien das 2009 bezogene Haus der Europäischen Union alsZentrum der Debatte über '
             'Europa positioniert, mit großem Erfolg hinsichtlich desBekanntheitsgrades des EU-Hauses und mit konstant '
             'hohem Zuspruch im Bereich von17.000 Besucherinnen und Besuchern pro Jahr"', "Georg Pfeifer"),
            ('"Verbesserungder Sicherheit auf See"', None)],
    aliases={"Georg Pfeifer": ["Georg Pfeifer", "Pfeifer"]})

add(id="ho22-ep-ots-2014-buergerpreis",
    title=None,
    url="https://pressekat.de/pressinfo1141208-europ-ischer-b-rgerpreis-f-r-projekte-in-deutschland.html",
    retrieved="same address (the press release of the European Parliament's Information Office in Germany on the "
              "European Citizen's Prize 2014, distributed by ots ('(ots) -') and reposted unchanged by pressekat.de with "
              "the Information Office's press contact ('Europäisches Parlament / Informationsbüro in Deutschland'), used "
              "as the Parliament's text (rule 31); the stored copy begins with the dateline, so there is no title line "
              "(rule 32); the hard line breaks joined with one space, a paragraph break kept only where a line ends a "
              "sentence and the next opens a new one; the press-contact block dropped (rule 19); complete in the "
              "stored copy)",
    license=EP,
    paras=["(ots) - Das Europäische Parlament zeichnet fünf Projekte und Bürger aus Deutschland mit dem Europäischen "
           "Bürgerpreis aus. Mit dem Preis ehrt das Europäische Parlament seit 2008 Bürgerinnen und Bürger, die sich in "
           "besonderer Art und Weise um europäische Verständigung, grenzüberschreitende Projekte oder eine engere "
           "Zusammenarbeit zwischen den Mitgliedstaaten verdient gemacht haben.",
           "In diesem Jahr werden europaweit 47 Projekte und Einzelpersonen mit dem Europäischen Bürgerpreis des "
           "Europäischen Parlamentes geehrt.",
           "Aus Deutschland werden geehrt: die Europäische Gesellschaft für Politik, Kultur, Soziales e.V. Diaphania aus "
           "Stuttgart, Werner Hohlbein aus dem niedersächsischen Seelze für das Projekt \"Wir sitzen alle in einem Boot "
           "für mehr Toleranz\", Erika Körner-Metz und Gisela Berninger aus Schechen (Bayern) für das Projekt \"Panta "
           "Rhei - Komm mit\", der Verein Demokratisches Ostvorpommern - Verein für politische Kultur aus Anklam sowie "
           "Marianne Lück aus Püttlingen im Saarland für ihr Engagement, Jugendliche im Rahmen eines europaweiten "
           "Austauschprogramms zusammen zu bringen.",
           "Die Projekte und Einzelpersonen erhalten ihren Bürgerpreis in Form einer Bürgerpreis-Medaille und werden "
           "zudem zu Beginn des neuen Jahres zu einer zentralen Feier ins Europäische Parlament nach Brüssel "
           "eingeladen."],
    quotes=[('"Wir sitzen alle in einem Boot für mehr Toleranz"', None),
            ('"Panta Rhei - Komm mit"', None)],
    aliases={})

# --- Haus der Europäischen Union in Vienna (Commission Representation in Austria), release on OTS ---

add(id="ho22-ec-ots-2020-selmayr-wegweiser",
    title="Selmayr: Wo ein Wille zur Kooperation, da nun ein gut beschilderter Weg",
    url="https://www.ots.at/presseaussendung/OTS_20200506_OTS0127/selmayr-wo-ein-wille-zur-kooperation-da-nun-ein-gut-beschilderter-weg-bild",
    retrieved="same address (stored OTS copy of the release of 6 May 2020, dateline 'Wien (OTS)'; the stored copy lacks "
              "the sender line: the headline is the Commission Representation's head's words, the release quotes him "
              "first with his full title and speaks of the Haus der Europäischen Union that the Representation shares "
              "with the Parliament's Liaison Office, so it is taken as a release of the Representation (or of the two "
              "EU offices jointly, whose texts are both reusable with the source named; inference noted, rules 111, "
              "116); a release of the City of Vienna would carry 'Wien (OTS/RK)'; the store's prefix ' date 2020-05 ' "
              "dropped; headline and subtitle kept as separate lines as stored; the paragraph 'Bürgermeister und "
              "Landeshauptmann Michael Ludwig betonte die internationale Bedeutung der Bundeshaupts…', cut off in the "
              "stored copy, dropped (rule 15))",
    license=EU,
    paras=["Bürgermeister Ludwig, EU-Parlamentsvizepräsident Karas und EU-Kommissionsvertreter Selmayr haben heute neue "
           "Wegweiser zum Haus der EU enthüllt.",
           "Wien (OTS) - Ohne Umwege ins Haus der Europäischen Union: Neue Schilder an der Wiener Ringstraße und der "
           "U-Bahn-Station Schottentor machen auf das Haus der Europäischen Union aufmerksam und weisen Besucherinnen "
           "und Besuchern den direkten Weg. Bürgermeister Michael Ludwig, der Vizepräsident des Europäischen Parlaments "
           "Othmar Karas und Martin Selmayr, Leiter der Vertretung der Europäischen Kommission in Österreich, haben die "
           "Wegweiser heute Vormittag – im Vorfeld des Europatages am 9. Mai – enthüllt.",
           "Seit mehr als zehn Jahren sind die Vertretung der Europäischen Kommission und das Verbindungsbüro des "
           "Europäischen Parlaments in der Wipplingerstraße 35 in der Inneren Stadt unweit der Börse angesiedelt. Das "
           "Haus der Europäischen Union ist gleichzeitig ein Ort der Begegnung für alle, die sich mit der EU und der "
           "Gestaltung der Zukunft Europas auseinandersetzen. „Leider werden auf die großen Fragen unserer Zeit nicht "
           "immer gemeinsame europäische Antworten gefunden. Wir wollen sicherstellen, dass alle, die mit uns hier in "
           "Wien in Kontakt treten möchten, wissen wo wir sind. Wo ein Wille zur Zusammenarbeit, da nun auch ein gut "
           "beschilderter Weg“, sagte Martin Selmayr, Leiter der Vertretung der Europäischen Kommission in Österreich.",
           "„So wird die EU noch sichtbarer: Das Haus der EU steht allen Österreicherinnen und Österreichern, allen "
           "EU-Bürgerinnen und -Bürgern und allen Menschen offen, die hier leben. Denn die EU sind wir. Die EU "
           "verbindet Menschen“, unterstrich Othmar Karas, Vizepräsident des Europäischen Parlaments."],
    quotes=[("„Leider werden auf die großen Fragen unserer Zeit nicht immer gemeinsame europäische Antworten gefunden. "
             "Wir wollen sicherstellen, dass alle, die mit uns hier in Wien in Kontakt treten möchten, wissen wo wir "
             "sind. Wo ein Wille zur Zusammenarbeit, da nun auch ein gut beschilderter Weg“", "Martin Selmayr"),
            ("„So wird die EU noch sichtbarer: Das Haus der EU steht allen Österreicherinnen und Österreichern, allen "
             "EU-Bürgerinnen und -Bürgern und allen Menschen offen, die hier leben. Denn die EU sind wir. Die EU "
             "verbindet Menschen“", "Othmar Karas")],
    aliases={"Martin Selmayr": ["Martin Selmayr", "Selmayr"], "Othmar Karas": ["Othmar Karas", "Karas"]})

# --- European Parliament, Information Office in Austria: releases on OTS ---

add(id="ho22-ep-ots-2008-karlspreis-jugend-ungarn",
    title="Der erste Karlspreis der Jugend geht an...Ungarn!",
    url="https://www.ots.at/presseaussendung/OTS_20080430_OTS0070/der-erste-karlspreis-der-jugend-geht-anungarn",
    retrieved="same address (stored OTS copy of the release of 30 April 2008, dateline 'Wien (OTS)'; the stored copy "
              "lacks the sender line and the contact block: the release reports the European Parliament's own prize "
              "and quotes its President, in the form of the Information Office's releases of 2009 whose contact "
              "block names the 'Informationsbüro des Europäischen Parlaments für Österreich' (inference noted, rule "
              "126); headline and subtitle kept as separate lines as stored; the published 'geht an...Ungarn!' and "
              "'Europaabgeordnete' for Margaritis Schinas kept (rule 20); the subheading 'Und die Siegerprojekte kommen "
              "aus ... Ungarn, dem Vereinigten Königreich und Griechenland' and the paragraph after it ('Das "
              "Siegerprojekt \"Schüler ohne Grenzen\" findet jährlich … befördert den inter…'), cut off in the stored "
              "copy, dropped together (rule 15))",
    license=EP,
    paras=["Vergabe der Karlspreise an die Jugendlichen gestern Abend in Aachen",
           'Wien (OTS) - Das ungarische Jugendprojekt "Schüler ohne Grenzen" wurde gestern Abend in Aachen zum Sieger '
           'des erstmals vergebenen Karlspreises der Jugend gekürt. Das ungarische Projekt bringt jedes Jahr mehr als '
           'hundert Oberstufenschüler aus Rumänien, Slowakei, Ungarn, Serbien und Ukraine im Rahmen von Workshops zu '
           'europäischen Themen zusammen. Der zweite und der dritte Preis gingen respektive an Projekte aus '
           'Großbritannien und Griechenland. Übergeben wurden die Preise von Hans-Gert Pöttering, Präsident des '
           'Europäischen Parlaments, und André Leysen, Sprecher des Vorstands der Stiftung Internationaler Karlspreis. '
           'Mit dem von den beiden Institutionen ausgelobten Jugend-Karlspreis werden Projekte ausgezeichnet, die '
           'europäische Identität und Gemeinsinn in beispielhafter Weise verwirklichen.',
           'Für Hans-Gert Pöttering hat "die erstmalige Vergabe des Karlspreis der Jugend demonstriert, dass Europa '
           'eine faszinierende Aufgabe bleibt." Der Präsident des Europaparlaments zeigte sich darüber hinaus "hoch '
           'erfreut, dass so viele junge Menschen aus allen Mitgliedsstaaten der Europäischen Union teilgenommen '
           'haben. Die jungen Europäer haben bewiesen, dass sie mit Ideen und Engagement Europa als gemeinsame Chance '
           'verstehen."',
           "Martin Schulz, der Vorsitzende der Sozialistischen Fraktion im Europäischen Parlament nahm an der Zeremonie "
           "teil und übergab den zweiten Preis an die Organisatoren des London Festival of Europe. Margaritis Schinas, "
           "Europaabgeordnete und Mitglied der griechischen Jury war ebenfalls anwesend."],
    quotes=[('"Schüler ohne Grenzen"', None),
            ('"die erstmalige Vergabe des Karlspreis der Jugend demonstriert, dass Europa eine faszinierende Aufgabe '
             'bleibt."', "Hans-Gert Pöttering"),
            ('"hoch erfreut, dass so viele junge Menschen aus allen Mitgliedsstaaten der Europäischen Union teilgenommen '
             'haben. Die jungen Europäer haben bewiesen, dass sie mit Ideen und Engagement Europa als gemeinsame Chance '
             'verstehen."', "Hans-Gert Pöttering")],
    aliases={"Hans-Gert Pöttering": ["Hans-Gert Pöttering"]})

add(id="ho22-ep-ots-2009-jugendpressewettbewerb",
    title="Move Europe - Preisverleihung beim Europa-Jugendpressewettbewerb",
    url="https://www.ots.at/presseaussendung/OTS_20090513_OTS0033/move-europe-preisverleihung-beim-europa-jugendpressewettbewerb",
    retrieved="same address (stored OTS copy of the release of 13 May 2009, dateline 'Wien (OTS)', whose contact block "
              "names the 'Informationsbüro des Europäischen Parlaments für Österreich' and the OTS sender code IEP0001 "
              "(rule 126); headline and subtitle kept as separate lines as stored; the contact block and the OTS "
              "footer dropped (rule 48); complete in the stored copy)",
    license=EP,
    paras=["Jugendliche Europaredakteure ausgezeichnet",
           "Wien (OTS) - Zum diesjährigen Europatag fand am vergangenen Wochenende die Preisverleihung des zweiten "
           "Europa-Jugendpressewettbewerbs des Informationsbüros des Europäischen Parlaments statt. Der Schwerpunkt für "
           'den Wettbewerb 2009 lag auf dem Themenkreis "Europawahlen" und "Wählen und Wahlrecht aus '
           'Jugendperspektive".',
           "Ausgezeichnet wurden in der Kategorie Schülerzeitung das TGM - Die Schule der Technik aus dem 20. Wiener "
           "Gemeindebezirk mit einer Sonderausgabe der Schülerzeitung M6 zu den Europawahlen 2009. Bei den "
           "Einzelbeiträgen gewannen Karina Ghilea aus Bad Radkersburg/Steiermark, Julia Gruber aus St. Georgen im "
           "Attergau/Oberösterreich, Hannes Huber aus Treubach/Oberösterreich, Arian Lehner aus Wien, Peter "
           "Penzenstadler aus Altheim/Oberösterreich sowie Maria Pfeffer aus Saalfelden/Salzburg.",
           "Die Gewinner werden vom Informationsbüro des Europäischen Parlaments für Österreich zu einer Studienreise "
           "nach Brüssel eingeladen, wo sie im Rahmen eines spannenden Programms drei Tage die Europäischen "
           'Institutionen "live" erleben werden.',
           "Die zweite Auflage dieses Jugendpressewettbewerbs fand wie bereits im Vorjahr unter der Beteiligung des "
           "Bundeskanzleramts, des Bundesministeriums für Unterricht, Kunst und Kultur sowie des Bundesministeriums für "
           "Gesundheit, Familie und Jugend statt. Zu danken gilt es darüber hinaus den Jungen Europäischen Föderalisten "
           "für die tatkräftige Unterstützung.",
           "Nähere Informationen sowie Fotos von der Preisverleihung finden Sie auf www.europarl.at."],
    quotes=[('"Europawahlen"', None), ('"Wählen und Wahlrecht aus Jugendperspektive"', None), ('"live"', None)],
    aliases={})

add(id="ho22-ep-ots-2011-jugendkarlspreis-europe-and-me",
    title='Europe & Me" aus Großbritannien gewinnt den Jugendkarlspreis 2011',
    url="https://www.ots.at/presseaussendung/OTS_20110531_OTS0236/europe-me-aus-grossbritannien-gewinnt-den-jugendkarlspreis-2011",
    retrieved="same address (stored OTS copy of the release of 31 May 2011, dateline 'Wien (OTS)'; the stored copy "
              "lacks the sender line: the release reports the European Parliament's own prize in the form of the "
              "Information Office's releases (rule 126); the stored headline, which has lost its opening mark "
              "('Europe & Me\" aus Großbritannien …'), kept as stored (rules 20, 22); headline, subtitle and "
              "subheading kept as separate lines as stored; the last line '\"Wer die Web-Site öffnet, wird dies "
              "feststellen. … was Europäer-Sein bedeutet.\" Jerzy Buzek', at which the stored copy ends, dropped "
              "because the copy is cut there and the paragraph may go on (rule 15), so that quotation of Buzek is not "
              "in the document)",
    license=EP,
    paras=["Jugendkarlspreis durch den Präsidenten des Europäischen Parlaments Jerzy Buzek in Aachen vergeben",
           'Wien (OTS) - "Europe & Me", ein Online-Lifestyle-Magazin für junge Europäer gewinnt den ersten Preis des '
           'diesjährigen Jugendkarlspreises, der heute in Aachen feierlich durch Präsident Jerzy Buzek verliehen wurde. '
           'Der zweite Preis geht an "Balkan beyond Borders" ("Grenzenloser Balkan"), ein Kurzfilmprojekt aus '
           'Griechenland. Den dritten Preis erhält das "Escena Erasmus Projekt" aus Spanien, das ein '
           'Kulturaustausch-Programm für Erasmus-Studenten ist. Der Jugendkarlspreis wird jährlich vom Europäischen '
           'Parlament und der Stiftung Internationaler Karlspreis zu Aachen an junge Europäerinnen und Europäer '
           'verliehen, die mit ihren Projekten dazu beitragen, den europäischen Geist und die europäische Identität in '
           'der jungen Generation zu fördern.',
           "Die Preise verliehen der Präsident des Europäischen Parlaments, Jerzy Buzek, der Fraktionschef der "
           "Sozialdemokraten im Europäischen Parlament, Martin Schulz sowie der Oberbürgermeister von Aachen, Marcel "
           "Philip. Zu der Feierstunde in der RWTH zu Aachen waren die jungen Vertreter aller Projekte eingeladen, die "
           "in ihrem jeweiligen Land die nationale Ausscheidung gewonnen hatten. Aus Deutschland war dies das Projekt "
           "Amaro Drom e.V. aus Berlin, das sich mit einem internationalen Jugendseminar zum Gedenken an den Völkermord "
           "an den Roma während des Holocausts beworben hatte.",
           'Das Projekt "Europe and Me" aus Großbritannien',
           'Parlaments-Präsident Jerzy Buzek unterstrich in seiner Preisrede, dass das Projekt "Europe and Me" von der '
           'europäischen Jury "wegen seiner außerordentlichen Originalität" ausgewählt wurde.'],
    quotes=[('Europe & Me"', None, 0),
            ('"Europe & Me"', None),
            ('"Balkan beyond Borders"', None),
            ('"Grenzenloser Balkan"', None),
            ('"Escena Erasmus Projekt"', None),
            ('"Europe and Me"', None, 0),
            ('"Europe and Me"', None, 1),
            ('"wegen seiner außerordentlichen Originalität"', "Jerzy Buzek")],
    aliases={"Jerzy Buzek": ["Jerzy Buzek"]})

add(id="ho22-ep-ots-2013-jugendkarlspreis-europe-on-track",
    title='"Europe on Track" gewinnt den Europäischen Jugendkarlspreis 2013',
    url="https://www.ots.at/presseaussendung/OTS_20130507_OTS0185/europe-on-track-gewinnt-den-europaeischen-jugendkarlspreis-2013",
    retrieved="same address (stored OTS copy of the release of 7 May 2013, dateline 'Wien (OTS)'; the stored copy lacks "
              "the sender line: the release reports the European Parliament's own prize and quotes its President, in "
              "the form of the Information Office's releases (rule 126); the store's prefix ' date 2018-03 ' dropped; "
              "headline and subtitle kept as separate lines as stored; the published space after the opening mark "
              "('\" Das spanische …') and the missing space in 'Probleme -den' kept (rule 20); Schulz's quotation runs "
              "over two paragraphs with no closing mark at the end of the first and no opening mark at the start of "
              "the second: two quotes (rule 42); the subheading 'Österreichischer Finalist \"Ride for your Rights!\"' "
              "and the paragraph after it ('Für Österreich ging das Fahrradtour-Projekt … von Studierenden'), cut off "
              "in the stored copy, dropped together (rule 15))",
    license=EP,
    paras=["Jugendkarlspreis am 07. Mai in Aachen verliehen",
           'Wien (OTS) - "Europe on Track", ein spanisches Medienprojekt für junge Europäer hat den ersten Preis beim '
           'Wettbewerb um den Europäischen Jugendkarlspreis 2013 gewonnen.',
           'Der zweite Preis ging an "Discover Europe", einen polnischen Photowettbewerb. Der dritte Preis wurde dem '
           'estnischen Jugendaustauschprojekt "The story of My Life" zuerkannt. Der Jugendkarlspreis wird jährlich für '
           'Projekte vergeben, die ein gemeinsames Bewusstsein europäischer Identität und Integration unter jungen '
           'Menschen fördern.',
           'Parlamentspräsident Martin Schulz erklärte zum Gewinnerprojekt: " Das spanische Projekt sucht konstruktive '
           'Lösungen für aktuelle Probleme -den Vertrauensverlust in die EU und die erschreckend hohe '
           'Jugendarbeitslosigkeit in vielen Mitgliedsstaaten.',
           "Europe on Track verbindet junge Menschen in ganz Europa offline und online und gibt ihnen die Möglichkeit, "
           "ihre Stimme einzubringen. Damit leitet Europe on Track einen innovativen Beitrag zur europäischen "
           "Integration und vor allem dazu, dass bei jungen Menschen ein 'wir sind Europa' Gefühl entsteht.\"",
           '"Europe on Track" bietet der Jugend eine Plattform zum Austausch ihrer Ideen und stellt die Gesichter hinter '
           'der auf die Jugendpolitik gerichteten Forschung und den statistischen Daten vor. In der ersten Ausgabe im '
           'Jahr 2012 brachten die 6 Botschafter mit dem Zug in einem Monat beinahe 10.000 km hinter sich und stellten '
           'mehr als 400 jungen Menschen die folgenden Fragen: In welche Richtung wird sich Europa entwickeln? Wie '
           'können wir unsere Gegenwart bewahren und unsere Zukunft schützen? Was erwarten junge Menschen vom Europa von '
           'morgen?'],
    quotes=[('"Europe on Track"', None, 0),
            ('"Europe on Track"', None, 1),
            ('"Discover Europe"', None),
            ('"The story of My Life"', None),
            ('" Das spanische Projekt sucht konstruktive Lösungen für aktuelle Probleme -den Vertrauensverlust in die EU '
             'und die erschreckend hohe Jugendarbeitslosigkeit in vielen Mitgliedsstaaten.', "Martin Schulz"),
            ("Europe on Track verbindet junge Menschen in ganz Europa offline und online und gibt ihnen die "
             "Möglichkeit, ihre Stimme einzubringen. Damit leitet Europe on Track einen innovativen Beitrag zur "
             "europäischen Integration und vor allem dazu, dass bei jungen Menschen ein 'wir sind Europa' Gefühl "
             "entsteht.\"", "Martin Schulz"),
            ('"Europe on Track"', None, 2)],
    aliases={"Martin Schulz": ["Martin Schulz", "Parlamentspräsident"]})

add(id="ho22-ep-ots-2009-karlspreis-jugend-dritte-runde",
    title="Der Europäische Karlspreis der Jugend: Dritte Runde eingeläutet",
    url="https://www.ots.at/presseaussendung/OTS_20091105_OTS0154/der-europaeische-karlspreis-der-jugend-dritte-runde-eingelaeutet",
    retrieved="same address (stored OTS copy of the release of 5 November 2009, dateline 'Wien (OTS)', whose contact "
              "block names the 'Informationsbüro des Europäischen Parlaments für Österreich' and the OTS sender code "
              "IEP0001 (rule 126); headline and subtitle kept as separate lines as stored; the hard line break inside "
              "the last paragraph ('www.karlspreis.de' / 'abgerufen') joined with a space (rule 48); the contact block "
              "and the OTS footer dropped; complete in the stored copy)",
    license=EP,
    paras=["Prämierung europäischer Jugendprojekte",
           "Wien (OTS) - Heute startet die dritte Ausgabe des Europäischen Karlspreises der Jugend. Der Preis richtet "
           "sich an junge Menschen, die durch Projekte dazu beitragen die Verständigung zwischen Menschen aus ganz "
           "Europa zu verbessern. Teilnahmeschluss für die Zusendung von Projektvorschlägen ist der 22. Jänner 2010.",
           "Der Europäische Karlspreis der Jugend wird gemeinsam vom Europäischen Parlament und der Internationalen "
           "Karlspreisstiftung in Aachen an Projekte von jungen Bürgern vergeben. Die Gewinnerprojekte sollten Vorbilder "
           "für junge Menschen in ganz Europa sein und praktische Beispiele dafür darstellen, wie Europäer als "
           "Gemeinschaft zusammenleben. Jugendaustausche, künstlerische Projekte und Internetprojekte mit europäischer "
           "Dimension gehören zu den ausgewählten Projekten. Die drei Gewinnerprojekte werden mit 5.000, 3.000 "
           "beziehungsweise 2.000 Euro prämiert und zu einem Besuch in das Europäische Parlament nach Brüssel "
           "eingeladen.",
           'Im letzten Jahr erhielt das polnische Jugendprojekt "YOUrope needs YOU!" den ersten Preis. Der zweite und '
           'dritte Preis ging an das "Europäische Festival des Studententheaters in Albi" (Frankreich) und an '
           '"Diplomaten in Gummistiefeln" (Deutschland).',
           "Bewerbungsformulare können auf der Webseite www.charlemagneyouthprize.eu und auf der Webseite der Stiftung "
           "Internationaler Karlspreis zu Aachen www.karlspreis.de abgerufen werden."],
    quotes=[('"YOUrope needs YOU!"', None), ('"Europäische Festival des Studententheaters in Albi"', None),
            ('"Diplomaten in Gummistiefeln"', None)],
    aliases={})
