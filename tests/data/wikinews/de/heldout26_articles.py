# Twenty-sixth held-out German real-news set (tests/data/heldout26-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-141 and the new rules of this set, 142-145). None of these pages is in any tests/data/*.jsonl
# (checked by URL, OTS number and EP document number against every URL in tests/data, and by an 8-word overlap search
# against the texts of all sets). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Twenty-sixth held-out set": texts of the European Commission (its Representation in
# Austria: four pages of ec.europa.eu/austria, two releases on OTS, one item reposted by the Österreich Journal) and of
# the European Parliament (a press release of President Buzek, a news page and a topic article of europarl.europa.eu,
# one press release reposted by filmportal.de with the Parliament named as its source). All stored copies are excerpts
# cut after about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP, EU  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- European Parliament ---

add(id="ho26-ep-2010-buzek-wahl-kommission",
    title="Der Präsident Jerzy Buzek zur Wahl der Kommission:",
    url="http://www.europarl.europa.eu/former_ep_presidents/president-buzek/de/press/press_release/2010/2010-February/"
        "press_release-2010-February-7.html",
    retrieved="same address (stored press release of 9 February 2010 on the archived pages of President Buzek; the page "
              "furniture 'Change language' and 'Pressemitteilungen', the photo caption 'Jerzy Buzek, der Präsident des "
              "Europäischen Parlaments' (twice), the separators '* * *', the press contact ('Für weitere Informationen: "
              "Inga Rosińska, Pressesprecherin …') and the block 'Info für Verleger' with its download links dropped "
              "(rules 14, 19); the dateline lines 'Straßburg -' / 'Dienstag 09/02/2010' kept as two lines as published "
              "(rule 13); complete in the stored copy)",
    license=EP,
    paras=["Straßburg -",
           "Dienstag 09/02/2010",
           "Der Präsident des Europäischen Parlaments, Jerzy Buzek, gab folgende Erklärung ab, nachdem die MdEP das "
           "Kollegium der Kommissionsmitglieder mit 488 Ja-Stimmen - bei 137 Nein-Stimmen und 72 Enthaltungen - für die "
           "bis 31. Oktober 2014 dauernde Amtszeit gewählt hatten.",
           '"Dies ist ein entscheidendes Votum des Europäischen Parlaments. Nicht alle Kommissionsmitglieder sind neu, '
           'aber alle haben einen neuen Zuständigkeitsbereich erhalten. Das bedeutet neue Herausforderungen und neue '
           'Chancen; es ist nun Zeit zum Handeln. Die frisch gewählte Europäische Kommission verfügt über ein großes '
           'Potenzial, und auf dem Europäischen Parlament ruhen große Hoffnungen.',
           'Alle EU-Organe, auch die Europäische Kommission, müssen mit Hochdruck arbeiten, damit wir die Wirtschaftskrise '
           'überwinden und den hohen Erwartungen unserer Bürger gerecht werden. Durch das Anhörungsverfahren im '
           'Europäischen Parlament wurde sichergestellt, dass wir die optimale Zusammensetzung für die Europäische '
           'Kommission gefunden haben."'],
    quotes=[('"Dies ist ein entscheidendes Votum des Europäischen Parlaments. Nicht alle Kommissionsmitglieder sind neu, '
             'aber alle haben einen neuen Zuständigkeitsbereich erhalten. Das bedeutet neue Herausforderungen und neue '
             'Chancen; es ist nun Zeit zum Handeln. Die frisch gewählte Europäische Kommission verfügt über ein großes '
             'Potenzial, und auf dem Europäischen Parlament ruhen große Hoffnungen.', "Jerzy Buzek"),
            ('Alle EU-Organe, auch die Europäische Kommission, müssen mit Hochdruck arbeiten, damit wir die '
             'Wirtschaftskrise überwinden und den hohen Erwartungen unserer Bürger gerecht werden. Durch das '
             'Anhörungsverfahren im Europäischen Parlament wurde sichergestellt, dass wir die optimale Zusammensetzung für '
             'die Europäische Kommission gefunden haben."', "Jerzy Buzek")],
    aliases={"Jerzy Buzek": ["Jerzy Buzek", "Der Präsident Jerzy Buzek"]})

add(id="ho26-ep-2022-sacharow-ukraine",
    title="Sacharow-Preis 2022: Das Parlament ehrt das ukrainische Volk",
    url="https://www.europarl.europa.eu/topics/de/article/20221208STO64102/"
        "sacharow-preis-2022-das-parlament-ehrt-das-ukrainische-volk",
    retrieved="stored copy of the European Parliament's topic article of December 2022, served at the address "
              "http://222.178.203.72:19005/whst/63/=vvvzdtqnoZqkzdtqnoZzdt//topics/de/article/20221208STO64102/"
              "sacharow-preis-2022-das-parlament-ehrt-das-ukrainische-volk, a proxy that reproduces europarl.europa.eu "
              "under the Parliament's own path (rule 144); the last paragraph ('Er rief zur Unterstützung eines "
              "internationalen Gerichtshofs auf, um die'), cut off in the stored copy, dropped (rule 15)",
    license=EP,
    paras=["Im Rahmen einer feierlichen Zeremonie am 14. Dezember wurde der Sacharow-Preis für geistige Freiheit 2022 des "
           "Europäischen Parlaments an das tapfere Volk der Ukraine verliehen.",
           "Das Volk der Ukraine wurde bei der Zeremonie in Straßburg von seinem Präsidenten, gewählten Politikern und "
           "Personen der Zivilgesellschaft vertreten.",
           "Der unprovozierte Angriffskrieg Russlands gegen die Ukraine, der im Februar 2022 begann, verursacht enorme "
           "Kosten für das ukrainische Volk, das für den Schutz seiner Heimat, seiner Souveränität, seiner Unabhängigkeit "
           "und seiner territorialen Integrität kämpft. Jeden Tag kämpft es auch für Freiheit, Demokratie, "
           "Rechtsstaatlichkeit und europäische Werte.",
           "Bei der Verleihung des Preises sprach Parlamentspräsidentin Roberta Metsola vom Mut und den Opfern des "
           "ukrainischen Volkes: „Die Botschaft aus Europa ist klar: Wir stehen an der Seite der Ukraine. Wir werden "
           "nicht wegschauen. Das ukrainische Volk kämpft nicht nur einen Unabhängigkeitskrieg, sondern einen Krieg der "
           "Werte. Die Werte, die unser Leben in der Europäischen Union untermauern und die wir lange Zeit als "
           "selbstverständlich angesehen haben, jeden Tag aufs Neue.“",
           "Der ukrainische Präsident Wolodymyr Selenskyj, der über eine Videoverbindung zugeschaltet war, bat um eine "
           "Schweigeminute im Namen aller ukrainischen Männer, Frauen, Kinder, Militärs und Zivilisten, die in diesem "
           "Krieg getötet wurden. Im Anschluss sagte er: „Wir müssen jetzt handeln und nicht auf das Ende des Krieges "
           "warten, um all diejenigen vor Gericht zu bringen, die diesen Krieg entfesselt haben, und um eine "
           "Wiederholung der Aggression zu verhindern. Dies wird der wirksamste Schutz der Freiheit, der Menschenrechte, "
           "der Rechtsstaatlichkeit und anderer gemeinsamer Werte sein, die insbesondere durch diese Auszeichnung des "
           "Europäischen Parlaments verkörpert werden.“"],
    quotes=[("„Die Botschaft aus Europa ist klar: Wir stehen an der Seite der Ukraine. Wir werden nicht wegschauen. Das "
             "ukrainische Volk kämpft nicht nur einen Unabhängigkeitskrieg, sondern einen Krieg der Werte. Die Werte, die "
             "unser Leben in der Europäischen Union untermauern und die wir lange Zeit als selbstverständlich angesehen "
             "haben, jeden Tag aufs Neue.“", "Roberta Metsola"),
            ("„Wir müssen jetzt handeln und nicht auf das Ende des Krieges warten, um all diejenigen vor Gericht zu "
             "bringen, die diesen Krieg entfesselt haben, und um eine Wiederholung der Aggression zu verhindern. Dies "
             "wird der wirksamste Schutz der Freiheit, der Menschenrechte, der Rechtsstaatlichkeit und anderer "
             "gemeinsamer Werte sein, die insbesondere durch diese Auszeichnung des Europäischen Parlaments verkörpert "
             "werden.“", "Wolodymyr Selenskyj")],
    aliases={"Roberta Metsola": ["Roberta Metsola"],
             "Wolodymyr Selenskyj": ["Wolodymyr Selenskyj"]})

add(id="ho26-ep-2017-buergerpreis",
    title="Preisträger des Europäischen Bürgerpreises 2017 geehrt",
    url="https://www.europarl.europa.eu/news/de/headlines/eu-affairs/20171009STO85664/"
        "preistrager-des-europaischen-burgerpreises-2017-geehrt",
    retrieved="same address (stored news article of the European Parliament of October 2017; the image texts and "
              "captions 'Gruppenfoto' / 'Europäischer Bürgerpreis 2017: Die Preisträger mit EU-Parlamentspräsident "
              "Antonio Tajani' and 'EP Vice-President Sylvie Guillaume give out one of the diploma …' / 'Sylvie "
              "Guillaume, Vizepräsidentin des EU-Parlaments, bei der Preisverleihung' dropped (rule 14); the subheading "
              "'Die Preisträger aus Deutschland und Österreich' kept as its own line (rule 13); the last paragraph ('Die "
              "Bürger Europas fördern den aktiven europäischen Dialo'), cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["Am 11. Oktober nahmen die Preisträger, Personen und Organisationen aus ganz Europa, an einer gemeinsamen "
           "Verleihungsfeier im Europäischen Parlament in Brüssel teil.",
           "Der Bürgerpreis des Europäischen Parlaments zeichnet außergewöhnliches Engagement für ein besseres "
           "gegenseitiges Verständnis und Integration in der EU aus. Nachdem die Preisträger die Bürgerpreis-Medaillen "
           "bereits bei nationalen Preisverleihungen in den einzelnen Mitgliedstaaten erhalten hatten, sind sie nun in "
           "Brüssel zu einer gemeinsamen Verleihungsfeier zusammengekommen. In diesem Jahr wurden 49 Personen und "
           "Organisationen aus 26 EU-Ländern mit dem Preis, der Beiträge zur europäischen Zusammenarbeit und die "
           "Förderung gemeinsamer Werte hervorhebt, ausgezeichnet.",
           'Sylvie Guillaume (S&D), Vizepräsidentin des Europäischen Parlaments und Vorsitzende der Bürgerpreis-Jury, '
           'sagte: "Das Europäische Parlament möchte diese erfolgreichen Projekte ins Licht rücken. Unsere Bürger haben '
           'eine Stimme, und mit dem Europäischen Bürgerpreis zeigen wir, dass wir zuhören."',
           "Eine vollständige Liste der Preisträger 2017 finden Sie hier.",
           "Die Preisträger aus Deutschland und Österreich",
           "Deutschland: Pulse of Europe, Bürger Europas, Herta Hoffmann und Junge Aktion der Ackermann-Gemeinde",
           "Pulse of Europe ist eine 2016 gegründete überparteiliche, überkonfessionelle und unabhängige "
           "Bürgerinitiative. Mittlerweile bringt sie in zahlreichen europäischen Städten tausende Menschen zu "
           "Kundgebungen für die Europäische Idee und ein friedliches, gerechtes und geeintes Europa zusammen."],
    quotes=[('"Das Europäische Parlament möchte diese erfolgreichen Projekte ins Licht rücken. Unsere Bürger haben eine '
             'Stimme, und mit dem Europäischen Bürgerpreis zeigen wir, dass wir zuhören."', "Sylvie Guillaume")],
    aliases={"Sylvie Guillaume": ["Sylvie Guillaume"]})

add(id="ho26-ep-filmportal-2007-lux-akin",
    title=None,
    url="https://filmportal.de/en/print/1168102",
    retrieved="same address (print view of a filmportal.de news item of October 2007 that reproduces the European "
              "Parliament's press release on the first LUX prize and closes with the line 'Quelle: Europäisches "
              "Parlament'; used as the Parliament's text under its terms (source acknowledged), like the reposts of rule "
              "31 (rule 144); the source line dropped as repost furniture (rule 31); the stored copy begins with the "
              "first paragraph, so there is no title line (rule 32); complete in the stored copy)",
    license=EP,
    paras=["Erstmals wurde heute der Preis LUX, der Filmpreis des Europäischen Parlaments, in Straßburg vergeben.",
           'Gewinner ist Fatih Akin mit seinem Film "Auf der anderen Seite". EP-Präsident Hans-Gert Pöttering '
           'gratulierte Klaus Maeck, dem Produzenten, sowie der Schauspielerin Hanna Schygulla und überreichte beiden '
           'stellvertretend in Straßburg die Siegertrophäe.',
           "Pöttering betonte, dass mit diesem Preis künftig jährlich ein Film ausgezeichnet werden soll, der auf "
           "aktuelle gesellschaftliche Fragen aufmerksam macht, die Europa bewegen, oder in besonderer Weise die "
           "europäische Integration beleuchtet. Außerdem, so der Präsident, soll die Preisverleihung den Reichtum der "
           "sprachlichen Vielfalt in der Europäischen Union erfahrbar machen und das künstlerische Schaffen des "
           "Filmsektors unterstützen.",
           '"Wir setzen mit dem Preis ein offensives Zeichen für die Vielsprachigkeit und durchbrechen bewusst die Logik '
           'der ökonomischen Rentabilität, die häufig dazu führt, dass für "kleine Filmmärkte" keine eigenen '
           'Sprachversionen erstellt werden." Alle Amtssprachen des Europäischen Parlaments würden gleich behandelt, '
           'damit alle Europäer den Siegerfilm in einer ihrer Landessprachen sehen können und ein gesellschaftliches '
           'Thema mit einem Mal in der gesamten Europäischen Union aufgeworfen werden kann, so Pöttering.',
           "Der Gewinner des Prix LUX wurde von den 785 Abgeordneten des Europäischen Parlaments gewählt, die zwischen "
           "dem 1. und 18. Oktober die Möglichkeit hatten, die drei Filme zu sehen. Nur diejenigen Abgeordneten, die "
           "alle drei Filme sahen, durften ihre Stimme abgeben.",
           "Mit dem Preis LUX wird die Untertitelung in alle 23 Amtsprachen der EU finanziert. Zudem wird eine Kopie je "
           "Sprachfassung auf 35 mm Film hergestellt. Die Originalfassung wird auch für hörgeschädigte Menschen "
           "bearbeitet."],
    quotes=[('"Auf der anderen Seite"', None),
            ('"Wir setzen mit dem Preis ein offensives Zeichen für die Vielsprachigkeit und durchbrechen bewusst die '
             'Logik der ökonomischen Rentabilität, die häufig dazu führt, dass für "kleine Filmmärkte" keine eigenen '
             'Sprachversionen erstellt werden."', "Hans-Gert Pöttering")],
    aliases={"Hans-Gert Pöttering": ["Hans-Gert Pöttering", "Pöttering"]})

# --- European Commission: Representation in Austria (ec.europa.eu/austria) ---

add(id="ho26-eu-at-2012-barroso-schulz",
    title="Glückwünsche an den neuen Präsidenten des Europäischen Parlaments",
    url="http://ec.europa.eu/austria/news/2012_01_19_praesidenten_des_eu_parlaments_de.htm",
    retrieved="same address (stored news item of the Representation in Austria of 19 January 2012; the page furniture "
              "'Navigationsleiste' and 'VersendenVersendenDruckenDrucken', the repeated headline under the photo, 'Links "
              "zum Thema' and 'Letzte Aktualisierung: 19/01/2012 |Seitenanfang' dropped (rules 14, 19); the date line "
              "kept as its own line (rule 18); complete in the stored copy)",
    license=EU,
    paras=["19.01.2012",
           "Präsident Barroso hat Martin Schulz seine aufrichtigen Glückwünsche zu dessen Wahl zum Präsidenten des "
           "Europäischen Parlaments ausgedrückt. In seiner Rede während der Plenarsitzung erneuerte Barroso sein "
           "Versprechen, dass das Europäische Parlament und dessen Präsident auch in Zukunft auf die Unterstützung der "
           "Kommission zählen können.",
           'Er betonte, dass es heutzutage wichtiger denn je sei, die europäische Demokratie zu stärken und rief die '
           'verschiedenen politischen Kräfte dazu auf, für ein starkes Europa zusammenzuarbeiten. Präsident Barroso '
           'bedankte sich auch beim scheidenden Präsidenten Jerzy Buzek, der "in historischen und schwierigen Zeiten in '
           'einer beeindruckenden und von starken Prinzipien geleiteten Art über dieses Parlament präsidierte".'],
    quotes=[('"in historischen und schwierigen Zeiten in einer beeindruckenden und von starken Prinzipien geleiteten Art '
             'über dieses Parlament präsidierte"', "Barroso")],
    aliases={"Barroso": ["Barroso", "Präsident Barroso"]})

add(id="ho26-eu-at-2009-mit-schwung",
    title="Mit Schwung für Europa",
    url="http://ec.europa.eu/austria/news/2009_02_20_mit_schwung_fuer_europa_de.htm",
    retrieved="same address (stored news item of the Representation in Austria of 24 February 2009; the page furniture "
              "'Navigationsleiste' and 'VersendenVersendenDruckenDrucken', the repeated headline under the photo, the "
              "link block ('LINKS' / 'Rede von Richard Kühnel, Leiter der Vertretung pdf - 19 KB [19 KB]') and "
              "'Letzte Aktualisierung: 30/10/2010 |Seitenanfang' dropped (rules 14, 19); the date line and the subtitle "
              "kept as their own lines (rule 18); complete in the stored copy)",
    license=EU,
    paras=["24.02.2009",
           "Auftaktveranstaltung der Kommissionsvertretung im Museumsquartier",
           "Der neue Leiter der Kommissionsvertretung, Richard Kühnel, lud alle Europa-Interessierten zu einem "
           "informellen Treffen, das am 20. Februar im Wiener Museumsquartier stattfand. Ziel der Veranstaltung war es, "
           "neue Impulse für eine verstärkte Diskussion über Europa zu setzen. Impulsreferate von EU-Kommissarin Benita "
           "Ferrero-Waldner sowie Außenminister Michael Spindelegger leiteten den angeregten informellen "
           "Informationsaustausch ein.",
           'Der Nachmittag und Abend standen ganz im Zeichen der Jugend: EU-Kommissarin Ferrero-Waldner stellte sich im '
           'Rahmen der Diskussionsreihe "Zukunft am Wort", die von der Tageszeitung "Der Standard" und ORF Wien '
           'organisiert wird, den Fragen von Jugendlichen. Aktuelle Themen wie die Wirtschaftskrise, der Nahostkonflikt '
           'oder die EU-Stimmung in Österreich kamen ebenso zur Sprache wie die persönlichen Erwartungen der Jugend an '
           'die Europäische Union.',
           'Am Abend lud die Kommissionsvertretung Jugendliche und "Junggebliebene" zu der Veranstaltung "Swinging '
           'Europe", die großen Zuspruch fand. Die Besucher konnten sich bei Musik und in lockerer Atmosphäre davon '
           'überzeugen, dass die EU gerade für Jugendliche viele konkrete Vorteile und Möglichkeiten zur Mitgestaltung '
           'bietet.'],
    quotes=[('"Zukunft am Wort"', None),
            ('"Der Standard"', None),
            ('"Junggebliebene"', None),
            ('"Swinging Europe"', None)],
    aliases={})

add(id="ho26-eu-at-2014-aktuelles-list",
    title="Aktuelles",
    url="http://ec.europa.eu/austria/news/index_de.htm",
    retrieved="same address (stored news list of the Representation in Austria of April 2014, a list page (rule 19): "
              "the page heading 'Aktuelles' is the first line; 'Navigationsleiste', 'VersendenVersendenDruckenDrucken' "
              "and the photo texts cut by the site ('Unterzeichnung des Memorandum of Understanding - Richard Kühnel, "
              "Vertreter der Europäische Kommiss', 'v.l.n.r.: Generaldirektor Rytis Martikonis, … EU-Ko', 'v.l.n.r. "
              "Georg Pfeifer, … O', 'Smartphone') dropped (rules 14, 19); each item's date and headline, which share a "
              "line with three spaces between them, kept so (rule 20); the last item ('Kommission und Mitgliedstaaten "
              "setzen sich für die Anliegen der Nutzer von Smartphone-Apps ein' / 'Die „App-Wirtschaft“ in Europa "
              "boomt. … Fu'), whose teaser is cut off in the stored copy, dropped with its headline and its quotation "
              "(rule 15))",
    license=EU,
    paras=["11-04-2014   Jahrestreffen der Europa – GemeinderätInnen in Salzburg",
           "Heute fand die dritte Jahreshauptversammlung der Mitglieder der Europa GemeinderätInnen - Initiative im "
           "Europasaal, Edmundsburg in Salzburg statt. Die überparteiliche Initiative wurde 2010 durch das jetzige "
           "Bundesministerium für Europa, Integration und Äußeres zusammen mit der Vertretung der Kommission in "
           "Österreich ins Leben gerufen. Sie zählt derzeit bereits 650 Mitglieder.",
           "09-04-2014   Juvenes Translatores, der Nachwuchswettbewerb der Kommission für Sprachtalente",
           "Die österreichische Preisträgerin Marianna Leszczyk aus Wien nahm gestern ihre Auszeichnung aus den Händen "
           "von EU-Kommissarin Androulla Vassiliou und Generaldirektor Rytis Martikonis in Brüssel entgegen.",
           "Herzlichen Glückwunsch!",
           "21-03-2014   Kroatien: Neun Monate nach dem EU-Beitritt",
           'Neven Mimica, EU-Kommissar für Verbraucherpolitik, hielt heute im Haus der Europäischen Union in Wien die '
           'Eröffnungsansprache zur Konferenz "Kroatien: Neun Monate nach dem EU-Beitritt - Chancen und '
           'Herausforderungen: Eine erste Bilanz".'],
    quotes=[('"Kroatien: Neun Monate nach dem EU-Beitritt - Chancen und Herausforderungen: Eine erste Bilanz"', None)],
    aliases={})

add(id="ho26-eu-at-2017-news-list",
    title=None,
    url="http://ec.europa.eu/austria/news/Arbeitsprogramm%20der%20Kommission%20f%C3%BCr%202012",
    retrieved="same address (an old news address of the Representation in Austria that served its news list of March "
              "2017 when stored, a list page (rule 19): the site header lines 'Vertretung in Österreich', 'Nachrichten', "
              "'Pages' and the category lines under the teasers ('Im Fokus', 'Die EU im Überblick, Im Fokus', "
              "'Unternehmen und Binnenmarkt') dropped; the first item has no headline in the stored copy, so its date "
              "line is the first line (rule 18); the published 'Veträge' and 'des 60-jährige Jubiläums' kept (rule 20); "
              "the last item ('Der EU-Chefunterhändler für den Brexit Michel Barnier' / '23/03/2017' / 'EU-Chefverhandler "
              "Michel Barnier hat gestern … zweitens die fina'), whose teaser is cut off in the stored copy, dropped "
              "(rule 15))",
    license=EU,
    paras=["24/03/2017",
           "Kommissionspräsident Jean-Claude Juncker wird morgen, 25. März 2017 am Gipfeltreffen der Staats- und "
           "Regierungschefs der EU in Rom teilnehmen. Anlass ist das 60-jährige Jubiläums der Unterzeichnung der "
           "Römischen Veträge. Zeit um über die Errungenschaften der EU nachzudenken. Die Kommissionsvertretung hat zu "
           "diesem Zweck 60 gute Gründe für die EU zusammengestellt.",
           "Bundespräsident Alexander Van der Bellen im Gespräch mit Schülern zur Zukunft der EU",
           "24/03/2017",
           'Im Gespräch mit Schülerinnen und Schülern aus Wien zum 60-jährigen Jubiläum der Römischen Verträge hat '
           'Bundespräsident Alexander Van der Bellen die jungen Menschen in Österreich und Europa dazu aufgerufen, sich '
           'aktiv für die Zukunft der Europäischen Union einzusetzen. "Von Ihrem Feuer hängt es ab, wie sich die EU '
           'weiterentwickeln wird", appellierte der Bundespräsident.',
           "Europa vernetzt",
           "23/03/2017",
           "Die EU soll bei Hochleistungsrechnern zukünftig eine Führungsrolle in der Welt spielen. Darauf haben sich "
           "heute in Rom beim Digitalen Tag sieben Mitgliedstaaten in einer gemeinsamen Erklärung geeinigt."],
    quotes=[('"Von Ihrem Feuer hängt es ab, wie sich die EU weiterentwickeln wird"', "Alexander Van der Bellen")],
    aliases={"Alexander Van der Bellen": ["Alexander Van der Bellen", "Bundespräsident Alexander Van der Bellen",
                                          "Bundespräsident"]})

add(id="ho26-eu-at-2019-news-list",
    title="Hofburg Aufruf zur Europawahl",
    url="https://ec.europa.eu/austria/news_de",
    retrieved="same address (stored news list of the Representation in Austria of May 2019, a list page (rule 19): the "
              "site header lines 'Vertretung in Österreich', 'Nachrichten', 'Pages' dropped; each item's first line as "
              "the stored page shows it (a photo label such as 'Juncker Wien' or the headline, as in eucom-de), then its "
              "date line and teaser; the published 'Boschaft:Wähle' kept (rule 20); the last item ('Juncker Foto' / "
              "'06/05/2019' / 'EU-Kommissionspräsident Juncker nimmt … unter sei'), whose teaser is cut off in the "
              "stored copy, dropped (rule 15))",
    license=EU,
    paras=["24/05/2019",
           "Bis zur Europawahl am 26. Mai 2019 erstrahlt an der Hofburg und der Urania in Wien nachts eine eindeutige "
           "Boschaft:Wähle deine Zukunft! Die Bilder zum Wahlaufruf jetzt hier:",
           "Juncker Wien",
           "21/05/2019",
           "Präsident Juncker hat heute beim Kongress des Europäischen Gewerkschaftsbundes (EGB) in Wien die "
           "Fortschritte beim sozialen Europa in den vergangenen fünf Jahren betont: „Seit 2014 waren meine Prioritäten "
           "Wachstum, Beschäftigung, Investitionen, soziale Gerechtigkeit. Heute sehen wir die guten Resultate - die "
           "nicht vom Himmel fielen!“.",
           "Fortschritte bei Online-Plattformen im Kampf gegen Desinformationen vor Europawahlen – weitere Anstrengungen "
           "notwendig",
           "17/05/2019",
           "Facebook, Google und Twitter haben im Kampf gegen Desinformation vor der Europawahl Fortschritte erzielt. Das "
           "erkennt die Europäische Kommission in einem veröffentlichten Bericht zum Verhaltenskodex gegen "
           "Falschinformationen an, zu dem sich die drei Plattformen verpflichtet haben.",
           "Erklärung von Sibiu: „Dort für Ergebnisse sorgen, wo es am wichtigsten ist“",
           "10/05/2019",
           "Die EU27-Staats- und Regierungschefs haben gestern beim informellen Rat im rumänischen Sibiu die nächste "
           "Strategische Agenda der EU für den Zeitraum 2019–2024 erörtert. Im Zentrum standen der Schutz des "
           "europäischen Lebensstils, der Demokratie und der Rechtsstaatlichkeit, genauso wie Gerechtigkeit auf dem "
           "Arbeitsmarkt, in der Wohlfahrt, der Wirtschaft und beim digitalen Wandel, sowie Investitionen in junge "
           "Menschen und zur Bewältigung der drängendsten Herausforderungen des 21. Jahrhundert."],
    quotes=[("„Seit 2014 waren meine Prioritäten Wachstum, Beschäftigung, Investitionen, soziale Gerechtigkeit. Heute "
             "sehen wir die guten Resultate - die nicht vom Himmel fielen!“", "Juncker"),
            ("„Dort für Ergebnisse sorgen, wo es am wichtigsten ist“", "Erklärung von Sibiu")],
    aliases={"Juncker": ["Juncker", "Präsident Juncker"],
             "Erklärung von Sibiu": ["Erklärung von Sibiu"]})

# --- European Commission: Representation in Austria, releases on OTS and a repost ---

add(id="ho26-eu-ots-2009-europatag-leffler",
    title="Europatag 2009 mit Christian Leffler, Kabinettchef von Vizepräsidentin Wallström",
    url="https://www.ots.at/presseaussendung/OTS_20090508_OTS0269/"
        "europatag-2009-mit-christian-leffler-kabinettchef-von-vizepraesidentin-wallstroem-bild",
    retrieved="same address (stored OTS release of 8 May 2009 of the Commission's Representation in Austria and the "
              "Parliament's Information Office for Austria, who speak as its senders ('Kommissionsvertretung und "
              "EP-Informationsbüro luden …'); the stored copy shows no sender line, so this is inferred from the text "
              "(rule 144); the hard line break in the lead ('luden' / 'zu Diskussion') joined with a space (rule 48); "
              "the published '… verändern.\" betonte Leffler' without a comma kept (rule 20); the last paragraph ('Der "
              "Leiter des Informationsbüros, Wolfgang Hiller, unterstrich … zu informieren.'), at which the stored copy "
              "is cut, dropped as not known to be complete (rule 15); it holds no quotation mark)",
    license=EU,
    paras=["Wien (OTS) - Kommissionsvertretung und EP-Informationsbüro luden zu Diskussion und Reflexion über "
           "historische Meilensteine, gegenwärtige Herausforderungen und Zukunftsperspektiven der EU.",
           "Anlässlich des Europatages 2009 luden die Vertretung der Europäischen Kommission in Österreich und das "
           "Informationsbüro des Europäischen Parlaments für Österreich zu einem informellen Europacocktail am 7. Mai.",
           'Ehrengast der Veranstaltung war Christian Leffler, Kabinettchef der für Kommunikation zuständigen '
           'Vizepräsidentin Margot Wallström. Mit seinem Impulsreferat leitete er den angeregten informellen '
           'Informationsaustausch ein. "Mit dem Vertrag von Lissabon können EU-Maßnahmen demokratischer und effizienter '
           'gestaltet werden, zum Vorteil für die europäischen Bürgerinnen und Bürger. Der Vertrag ist die geeignete '
           'Antwort auf die Veränderungen der Zeit: Europa, die Union, die Gesellschaft haben sich verändert. Um die '
           'Arbeit gemeinsam voranzutreiben, müssen wir auch unsere Struktur verändern." betonte Leffler.',
           'In seiner Begrüßungsrede hob der Leiter der Kommissionsvertretung, Richard Kühnel, hervor, dass angesichts '
           'der multiplen Herausforderungen - von der Wirtschaftskrise über Energieversorgung bis hin zur neuen Grippe - '
           '"die Union das Potenzial zeigt, das in ihr steckt." "Ich glaube, dass man die Leistungen der EU gerade in '
           'diesen schwierigen Zeiten offen ansprechen soll. Wer europäische Entscheidungen kritisiert, sollte darüber '
           'nicht übersehen, dass in den großen und entscheidenden Fragen der letzten Monate die EU ihre '
           'Handlungsfähigkeit unter Beweis gestellt hat."'],
    quotes=[('"Mit dem Vertrag von Lissabon können EU-Maßnahmen demokratischer und effizienter gestaltet werden, zum '
             'Vorteil für die europäischen Bürgerinnen und Bürger. Der Vertrag ist die geeignete Antwort auf die '
             'Veränderungen der Zeit: Europa, die Union, die Gesellschaft haben sich verändert. Um die Arbeit gemeinsam '
             'voranzutreiben, müssen wir auch unsere Struktur verändern."', "Christian Leffler"),
            ('"die Union das Potenzial zeigt, das in ihr steckt."', "Richard Kühnel"),
            ('"Ich glaube, dass man die Leistungen der EU gerade in diesen schwierigen Zeiten offen ansprechen soll. Wer '
             'europäische Entscheidungen kritisiert, sollte darüber nicht übersehen, dass in den großen und '
             'entscheidenden Fragen der letzten Monate die EU ihre Handlungsfähigkeit unter Beweis gestellt hat."',
             "Richard Kühnel")],
    aliases={"Christian Leffler": ["Christian Leffler", "Leffler"],
             "Richard Kühnel": ["Richard Kühnel"]})

add(id="ho26-eu-ots-2018-europatag-hahn",
    title="EU-Staaten müssen geschlossen global auftreten",
    url="https://www.ots.at/presseaussendung/OTS_20180509_OTS0187/eu-staaten-muessen-geschlossen-global-auftreten-bild",
    retrieved="same address (stored OTS release of 9 May 2018 on the Europe Day events of the Commission's "
              "Representation in Austria, whose head it names as co-organiser; the stored copy shows no sender line, so "
              "the sender is inferred from the text (rule 144); headline and subtitle as their own lines (rule 18); the "
              "subheading 'Fünf Kurzfilme zu EU-Werten vorgestellt' and the paragraph under it ('Bereits am Morgen … "
              "Wolfga'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Zum Europatag diskutierten Schüler und Politiker in Wien die Zukunft der EU / Bundespräsident van der Bellen "
           "und EU-Kommissar Hahn",
           'Wien (OTS) - Am heutigen Europatag hat EU-Nachbarschafts- und Erweiterungskommissar Johannes Hahn an alle '
           'EU-Länder appelliert, sich unter dem Dach der Union einzufinden. Bei einer Veranstaltung gemeinsam mit '
           'Europaminister Gernot Blümel im Haus der Europäischen Union in Wien erklärte Hahn: "Weltweit haben wir keine '
           'Partner, auf die wir uns bedingungslos verlassen können. Die EU muss ihren Blick nicht nur nach innen sondern '
           'in die zunehmend globalisierte Welt richten. Alle EU-Staaten sind klein, nur wissen es nicht alle. Gemeinsam '
           'standen wir schon oft vor Herausforderungen. Die gute Botschaft ist, dass die Europäische Union immer daran '
           'gewachsen ist." An der Veranstaltung nahmen außer Hahn auch die ehemaligen österreichischen Mitglieder der '
           'Europäischen Kommission, Benita Ferrero-Waldner und Franz Fischler, teil.',
           'Am Vormittag hatte Bundespräsident Alexander van der Bellen Wiener Schülerinnen und Schülern aus allen 28 '
           'EU-Ländern in die Hofburg eingeladen, um ihre Vorstellungen zur Zukunft der Europäischen Union zu hören. '
           'Mitorganisator Jörg Wojahn, Vertreter der Europäischen Kommission in Österreich, dankte dem Bundespräsidenten '
           'für seine Initiative zum Europatag und fasste die Diskussion so zusammen: "Stärkerer Umwelt- und '
           'Klimaschutz, mehr politische Bildung und der kulturelle Austausch in Europa waren vielen der Jugendlichen ein '
           'besonderes Anliegen".'],
    quotes=[('"Weltweit haben wir keine Partner, auf die wir uns bedingungslos verlassen können. Die EU muss ihren Blick '
             'nicht nur nach innen sondern in die zunehmend globalisierte Welt richten. Alle EU-Staaten sind klein, nur '
             'wissen es nicht alle. Gemeinsam standen wir schon oft vor Herausforderungen. Die gute Botschaft ist, dass '
             'die Europäische Union immer daran gewachsen ist."', "Johannes Hahn"),
            ('"Stärkerer Umwelt- und Klimaschutz, mehr politische Bildung und der kulturelle Austausch in Europa waren '
             'vielen der Jugendlichen ein besonderes Anliegen"', "Jörg Wojahn")],
    aliases={"Johannes Hahn": ["Johannes Hahn", "Hahn"],
             "Jörg Wojahn": ["Jörg Wojahn", "Mitorganisator Jörg Wojahn"]})

add(id="ho26-eu-oej-2017-wojahn-favoriten",
    title="Kommissionsvertreter Jörg Wojahn diskutierte in Favoriten mit Bürgern",
    url="http://oe-journal.at/Aktuelles/!2017/0617/W3/12606Aec.htm",
    retrieved="same address (a news item of the European Commission's Representation in Austria, dateline "
              "'Brüssel/Wien (ec)', as reposted by the Österreich Journal (rule 31, as for the heldout21 repost); the "
              "stored copy wraps its lines at a fixed width: the wraps are joined with one space, and paragraph breaks "
              "are kept where a line ends a sentence and the next opens a new topic ('… in Favoriten.' / 'Zahlreiche "
              "…'; '… ausschenkte.' / '\"Wir als …'; '… zu sprechen.\"' / 'Auf dem …'; '… Arbeitnehmermobilität.' / "
              "'Die Vertretungen …'), not inside the quotation ('… zu bieten.' / 'Aber wir müssen …'); the trailing '|' "
              "of the page dropped; complete in the stored copy)",
    license=EU,
    paras=["Brüssel/Wien (ec) - Nicht hinterm Schreibtisch verstecken, sondern mit dem Schreibtisch hinaus auf die "
           "Straße: Jörg Wojahn, Vertreter der EU-Kommission in Österreich, und damit gewissermaßen der oberste Eurokrat "
           "in Wien, verlegte am Nachmittag des 23.06. sein Büro auf den Viktor-Adler-Markt in Favoriten.",
           "Zahlreiche Bürgerinnen und Bürger nutzten trotz Sommerhitze die Gelegenheit, um ihre Fragen rund um die "
           "Europäische Union zu stellen. Für die richtige Büro-Atmosphäre sorgte das mobile Europa-Café, das dazu den "
           "Kaffee ausschenkte.",
           '"Wir als Europäische Union müssen uns nicht verstecken! Im Gegenteil: Wir haben etwas zu bieten. Aber wir '
           'müssen hinausgehen und mit den Menschen diskutieren", erklärte Jörg Wojahn. "Was genauso wichtig ist: Wir '
           'müssen den Leuten zuhören! Es reicht nicht, nur mit Experten und Politikern über die EU zu sprechen."',
           "Auf dem Viktor-Adler-Markt interessierten sich die Bürgerinnen und Bürger heute Nachmittag vor allem für die "
           "Themen Migration, Lebensmittelsicherheit, Euro und Arbeitnehmermobilität.",
           "Die Vertretungen in den Mitgliedsstaaten sind die Außenposten der Europäischen Kommission vor Ort. Sie "
           "informieren Medien und Öffentlichkeit über die EU-Politik und unterrichten die Zentrale in Brüssel über "
           "wichtige Entwicklungen im jeweiligen Land."],
    quotes=[('"Wir als Europäische Union müssen uns nicht verstecken! Im Gegenteil: Wir haben etwas zu bieten. Aber wir '
             'müssen hinausgehen und mit den Menschen diskutieren"', "Jörg Wojahn"),
            ('"Was genauso wichtig ist: Wir müssen den Leuten zuhören! Es reicht nicht, nur mit Experten und Politikern '
             'über die EU zu sprechen."', "Jörg Wojahn")],
    aliases={"Jörg Wojahn": ["Jörg Wojahn", "Kommissionsvertreter Jörg Wojahn"]})
