# Two-hundred-and-sixty-fourth held-out German real-news set (tests/data/heldout264-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1780-1785). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, page number or blog slug,
# headline and two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-sixty-fourth held-out set": texts of the German Federal Government:
# a video report of the Chancellor's site bundeskanzlerin.de (the Government's open day), a news item and two speeches of
# the Chancellor on bundesregierung.de, and five posts of the blog of the Federal Government's citizens' dialogue "Gut
# leben in Deutschland" (buergerdialog.gut-leben-in-deutschland.de, 2015-2016), all under licence BREG. Stored copies are
# the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"
GABRIEL = "Sigmar Gabriel"
SCHROEDER = "Kristina Schröder"

# --- bundeskanzlerin.de: video report of the Government's open day ---

TDT_P3 = ("„Herzlich Willkommen hier im Kinderministerium, ich freue mich sehr, dass Ihr alle so interessiert seid,  mein "
          "Büro zu sehen.")
TDT_P4 = "Kommt mal mit!“"
TDT_P6 = "„Wie das hier so ist?“"
TDT_P7 = ("„Also ich finde das super das Büro. Ich bin da total happy mit. Ich finde das Büro ist schön hell, das Büro ist "
          "auch groß. Guck mal, da hinten ist noch ein Tisch, wo ich mich mit meinen Mitarbeitern treffen kann und deswegen "
          "arbeite ich hier sehr gerne in dem Büro.")
TDT_P12 = ("„Also es war sehr interessant zu sehen, was die Herren von der ZUZ da vorführen und auch was für einen Job sie "
           "haben.“")
TDT_P13 = ("„Ja also, ich finde es hier ganz interessant mal reinzukommen. Sonst hört man immer nur in den Nachrichten, da "
           "und da sitzen sie und da und da reden sie. Jetzt bin ich selber mal drin – das ist ganz interessant.“")
TDT_P14 = "„Also das finde ich sehr schön, speziell jetzt auch für die Bürger."
TDT_P15 = "Das die halt auch die Möglichkeit haben, hinter die Kulissen  zu gucken.“"
TDT_P16 = "„Also es ist was los. Und v.a. wir sind wegen Wolfgang Schäuble gekommen, damit wir  den mal live sehen.“"

add(id="ho264-bkin-tag-der-offenen-tuer-roter-teppich",
    title="Die Bundesregierung rollt ihren Bürgern den roten Teppich aus.",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/die-bundesregierung-rollt-ihren-buergern-den-roten-teppich-aus--"
        "414926",
    retrieved="same address (undated video report of the Chancellor's site on the Government's open day 'Einladung zum "
              "Staatsbesuch', with Family Minister Kristina Schröder, hence 2009-2013; the headline, which the stored copy "
              "gives twice, kept once; the double spaces in 'seid,  mein', 'Innenhof  des', 'Kulissen  zu' and 'wir  den' "
              "and the missing closing mark after 'in dem Büro.' kept as stored (rules 20, 22); the last paragraph 'In "
              "entspannter Atmosphäre begrüßt der Finan', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Die Bundesregierung rollt ihren Bürgern den roten Teppich aus.",
           "Unter dem Motto „Einladung zum Staatsbesuch“ öffnen sich die Türen für die Bevölkerung. Und die kann sich "
           "ausführlich über die Arbeit der Bundesregierung informieren.",
           "Für die Erwachsenen gibt es jede Menge Broschüren und Infostände, aber auch den kleinen Besuchern wird nicht "
           "langweilig.",
           TDT_P3, TDT_P4,
           "Im Büro angekommen, nimmt sich Familienministerin Kristina Schröder viel Zeit für ihre kleinen Gäste.",
           TDT_P6, TDT_P7,
           "Wer sich gleich mehrere Ministerien an einem Tag ansehen will, kann den kostenlosen Busshuttle nutzen.",
           "Im Innenhof  des Finanzministeriums zeigt die zentrale Unterstützungsgruppe Zoll den Besuchern, was sie kann.",
           "Die Männer werden immer dann angefordert, wenn es heikel wird.",
           "Hier stellen sie die Festnahme eines Zigarettenschmugglers nach.",
           TDT_P12, TDT_P13, TDT_P14, TDT_P15, TDT_P16],
    quotes=[("„Einladung zum Staatsbesuch“", None),
            (TDT_P3, SCHROEDER),
            (TDT_P4, SCHROEDER),
            (TDT_P6, SCHROEDER),
            (TDT_P7, SCHROEDER),
            (TDT_P12, None),
            (TDT_P13, None),
            (TDT_P14, None),
            (TDT_P15, None),
            (TDT_P16, None)],
    aliases={SCHROEDER: ["Kristina Schröder", "Familienministerin Kristina Schröder"]})

# --- buergerdialog.gut-leben-in-deutschland.de: blog of the Federal Government's citizens' dialogue ---

GL1_P3 = ("Was ist Menschen in Deutschland wichtig? \"Das ist eben keine Feststellung\", sagte Sigmar Gabriel, Bundesminister "
          "für Wirtschaft und Energie, \"sondern das ist eine ganz bewusst offen gestellte Frage.\" Gerade, wenn es um die "
          "Prioritäten der Menschen gehe, so ergänzte die Bundekanzlerin, wolle man genau hinhören. \"Wir kennen die "
          "Antworten nicht\", sagte Angela Merkel. \"und wir geben uns Mühe, nicht zu glauben, dass wir sie kennen, sondern "
          "wir sind neugierig.\" \"Wir sind angewiesen auf die öffentliche Diskussion\", so Bundesminister Sigmar Gabriel. "
          "Politische Gestaltung habe sich in Deutschland stark verändert und die Politik müsse neue Wege finden, um "
          "möglichst viele Menschen zu erreichen.")

add(id="ho264-guleb-2015-04-13-wir-sind-neugierig",
    title="\"Wir sind neugierig\"",
    url="https://buergerdialog.gut-leben-in-deutschland.de/SharedDocs/Blog/DE/2015-04-13-auftaktveranstaltung_nn=1329486&"
        "cms_gtp=1328100_Dokumente%253D4.html",
    retrieved="same address (blog post of 13 April 2015 on the opening of the citizens' dialogue; the button word "
              "'empfehlen', the photo credit 'Quelle: Bundesregierung/Kugler' and the video download line 'Download HQ "
              "(mp4, 81,9 MB, Datei ist nicht barrierefrei)' dropped (rule 14); the typing error 'Bundekanzlerin' and the "
              "lower-case 'und' after the full stop kept as published (rule 20); the subheading 'Garantie für eine starke "
              "Demokratie' and the paragraph after it ('Im Anschluss an die Auftaktreden … Junge Leute merkten sch'), cut "
              "off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel eröffnete in Berlin gemeinsam mit Sigmar Gabriel, Bundesminister für Wirtschaft "
           "und Energie, den Bürgerdialog. \"Trauen Sie sich Vielfalt zu\", gab die Kanzlerin den anwesenden Veranstaltern "
           "von Bürgerdialogen mit auf den Weg.",
           "Im Gasometer in Berlin-Schöneberg erteilte heute Bundeskanzlerin Angela Merkel den Startschuss zum "
           "Bürgerdialog \"Gut leben in Deutschland – was uns wichtig ist\". Vor Vertretern von Dialog-Veranstaltern aus "
           "ganz Deutschland sagte die Kanzlerin: Die Menschen bewegten ganz unterschiedliche Fragen, doch nicht immer "
           "wisse die Politik, welche dieser Fragen die drängendsten sind. Das herauszufinden, sei ein Ziel des "
           "Bürgerdialoges.",
           GL1_P3],
    quotes=[("\"Wir sind neugierig\"", MERKEL),
            ("\"Trauen Sie sich Vielfalt zu\"", MERKEL),
            ("\"Gut leben in Deutschland – was uns wichtig ist\"", None),
            ("\"Das ist eben keine Feststellung\"", GABRIEL),
            ("\"sondern das ist eine ganz bewusst offen gestellte Frage.\"", GABRIEL),
            ("\"Wir kennen die Antworten nicht\"", MERKEL),
            (cut(GL1_P3, "\"und wir geben", "neugierig.\""), MERKEL),
            ("\"Wir sind angewiesen auf die öffentliche Diskussion\"", GABRIEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin", "Bundekanzlerin"],
             GABRIEL: ["Sigmar Gabriel", "Bundesminister Sigmar Gabriel", "Bundesminister für Wirtschaft und Energie"]})

add(id="ho264-guleb-2015-06-06-woche-im-rueckblick",
    title="Die Woche im Rückblick",
    url="https://buergerdialog.gut-leben-in-deutschland.de/SharedDocs/Blog/DE/06-juni/2015-06-06-wochenzusammenfassung.html",
    retrieved="same address (weekly summary of 6 June 2015; the button word 'empfehlen' dropped (rule 14); the typing "
              "error 'vergangen Woche' kept as published (rule 20); the comment count 'Kommentare: 1' and the reader's "
              "comment below the post ('Meine Hochachtung in Dankbarkeit und Demut … di'), which is not the Government's "
              "text and is cut off in the stored copy, dropped (rules 14, 15))",
    license=BREG,
    paras=["Der Bürgerdialog der Bundeskanzlerin war in der vergangen Woche das zentrale Thema im Blog. Währenddessen "
           "diskutierte die Community vor allem über Arbeit, Sicherheit und Umwelt.",
           "Die achte Woche des Bürgerdialogs \"Gut leben in Deutschland – was uns wichtig ist\" stand ganz im Zeichen der "
           "Veranstaltung von Angela Merkel. In der Berliner Kulturbrauerei diskutierte die Bundeskanzlerin mit 60 "
           "Bürgerinnen und Bürgern über Lebensqualität in Deutschland. Gesundheit, Bildung und soziale Sicherheit waren "
           "die Themen, über die gesprochen wurde. \"Ich denke, sowohl die Kanzlerin als auch wir, die Teilnehmer, konnten "
           "sehr viel mitnehmen\", sagte eine Teilnehmerin im Anschluss.",
           "Aber auch sonst finden weiterhin regelmäßig deutschlandweit Bürgerdialoge statt. Eine buntgemischte Gruppe "
           "sprach beispielsweise im Medizinhistorischen Museum in Berlin über ihre Vorstellung von Lebensqualität. "
           "Außerdem haben wir ein Demokratie-Projekt der Feuerwehren in Thüringen vorgestellt und über eine EU-weite "
           "Studie berichtet. Ihr Ergebnis: Die zufriedensten EU-Bürger leben in Skandinavien.",
           "In der Community waren in den vergangenen Tagen vor allem diese drei Themenbereiche viel diskutiert: Arbeit, "
           "Sicherheit und Umwelt. Eine Arbeit, die zufrieden macht und die Versorgung der Familie sichert, haben Nutzer "
           "beispielsweise als einen Aspekt genannt, der ihnen besonders wichtig ist. Aber auch der Tier- und Naturschutz "
           "in all seinen Facetten hat für viele Nutzer hohe Priorität.",
           "Wir sagen: Herzlichen Dank für die zahlreichen Beiträge! Und natürlich können Sie uns auch weiterhin Ihre "
           "Antworten auf die beiden zentralen Dialog-Fragen schreiben."],
    quotes=[("\"Gut leben in Deutschland – was uns wichtig ist\"", None),
            ("\"Ich denke, sowohl die Kanzlerin als auch wir, die Teilnehmer, konnten sehr viel mitnehmen\"",
             "Teilnehmerin")],
    aliases={"Teilnehmerin": ["Teilnehmerin", "eine Teilnehmerin"]})

add(id="ho264-guleb-2015-08-31-fotoaktion",
    title="Was uns wichtig ist",
    url="https://buergerdialog.gut-leben-in-deutschland.de/SharedDocs/Blog/DE/08-August/2015-08-31-fotoaktion.html",
    retrieved="same address (blog post of 31 August 2015 on the Government's open day; the blog's header line "
              "'Willkommen im Blog', the line 'Veröffentlicht:31.08.2015 Kommentare: 0' and the button word 'empfehlen' "
              "dropped (rule 14); the subheading 'Bürgerdialog liegt Merkel am Herzen' and the paragraph after it (the "
              "Chancellor's stage talk, 'Im Bühnentalk mit Moderator Sascha Hingst … was man konk'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG,
    paras=["Mehr als 156.000 Bürgerinnen und Bürger kamen am 29. und 30. August zum Tag der offenen Tür der "
           "Bundesregierung. Viele von ihnen beteiligten sich vor Ort auch am Bürgerdialog – und teilen ihre Gedanken zu "
           "Lebensqualität in Deutschland mit uns.",
           "Mit gleich zwei Themen- und Infoständen war am Wochenende beim Tag der offenen Tür der Bundesregierung 2015 der "
           "Bürgerdialog \"Gut Leben in Deutschland – was uns wichtig ist\" vertreten. Gleich im Eingangsbereich des "
           "Besucherzentrums des Presse- und Informationsamtes der Bundesregierung (BPA) konnten die Gäste ihre Antwort "
           "auf die Frage \"Was ist Ihnen persönlich wichtig im Leben?\" abgeben – ganz einfach in Form eines farbigen "
           "Balls. Blau stand dabei beispielsweise für Arbeit, gelb für Familie, grün für das Thema Bildung. Im "
           "Innenbereich hatten die Besucherinnen und Besucher dann die Möglichkeit ihre Antworten auf die Leitfragen des "
           "Bürgerdialogs auch aufzuschreiben.",
           "Was die Besucherinnen und Besucher mit dem Thema \"Lebensqualität in Deutschland\" verbinden? Einige Gäste "
           "haben sich bereit erklärt, Ihre ganz persönlichen Antworten zu teilen."],
    quotes=[("\"Gut Leben in Deutschland – was uns wichtig ist\"", None),
            ("\"Was ist Ihnen persönlich wichtig im Leben?\"", None),
            ("\"Lebensqualität in Deutschland\"", None)],
    aliases={})

add(id="ho264-guleb-2015-10-25-editorial",
    title="Nutzen Sie Ihre Chance!",
    url="https://buergerdialog.gut-leben-in-deutschland.de/SharedDocs/Blog/DE/10-Oktober/2015-10-25-editorial.html",
    retrieved="same address (editorial of 25 October 2015, the last week of the dialogue; the stored copy of the same post "
              "under the address with '_nn=1329486&cms_gtp=…' is identical; the blog's header line 'Willkommen im Blog', "
              "the line 'Veröffentlicht:25.10.2015 Kommentare: 17' and the button word 'empfehlen' dropped (rule 14); the "
              "last line 'M', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Der Bürgerdialog geht in die letzte Woche. Anschließend beginnt die Auswertung aller abgegebenen Antworten "
           "sowie der Veranstaltungen. Sie haben Ihre Antworten noch nicht abgegeben? Bis einschließlich Samstag, 31. "
           "Oktober, haben Sie noch die Möglichkeit dazu.",
           "Der Countdown läuft: Am Montag brechen die letzten sechs Tage der aktiven Phase des Bürgerdialogs \"Gut leben "
           "in Deutschland – was uns wichtig ist\" an. Sechs Tage, in denen Sie noch die Möglichkeit haben aufzuschreiben, "
           "was aus Ihrer Sicht Lebensqualität in Deutschland ausmacht. Seit Mitte April sammeln wir Ihre Antworten "
           "bereits hier auf der Webseite, genauso wie in den vielen Dialogveranstaltungen im ganzen Land.",
           "Und auch hier beginnt der Endspurt: Bundeskanzlerin Angela Merkel beispielsweise lädt zum vierten und letzten "
           "Mal Bürgerinnen und Bürger ein, mit ihr über Lebensqualität in Deutschland zu diskutieren. In Nürnberg findet "
           "dieser Bürgerdialog am Montag, 26. Oktober, statt. Von 13 bis 15 Uhr können Sie die Veranstaltung im "
           "Livestream auf unserer Seite verfolgen.",
           "Bundesgesundheitsminister Hermann Gröhe veranstaltet ebenfalls einen letzten Bürgerdialog. Er reist am "
           "Mittwoch, 28. Oktober, nach Dessau. Das Thema \"Gesundheit und Lebensqualität\" steht dort im Mittelpunkt. "
           "Über den gesamten Dialog-Zeitraum hinweg haben dann bundesweit mehr als 200 Veranstaltungen stattgefunden.",
           "Bei einer dieser Veranstaltungen haben wir den Rollstuhlbasketballer Sebastian Sauer kennengelernt. In einem "
           "Videoporträt erzählt der Münchener, was für ihn gutes Leben ausmacht. Außerdem haben wir mit der "
           "Schauspielerin Elisabeth Lanz über Vorschläge, Meinungen und Fragen aus unserer Community gesprochen. Das "
           "Interview veröffentlichen wir ebenfalls in dieser Woche.",
           "Wir wünschen Ihnen allen eine gute Zeit und hoffen, dass sich bis zum Ende der Woche noch einmal viele "
           "Menschen am Bürgerdialog beteiligen."],
    quotes=[("\"Gut leben in Deutschland – was uns wichtig ist\"", None),
            ("\"Gesundheit und Lebensqualität\"", None)],
    aliases={})

add(id="ho264-guleb-2016-04-04-lass-uns-reden",
    title="Lass uns reden",
    url="https://buergerdialog.gut-leben-in-deutschland.de/SharedDocs/Blog/DE/2016/04-April/2016-04-04-best-of-dialoge_"
        "nn=1329486.html",
    retrieved="same address (review post of 4 April 2016; the blog's header line 'Willkommen im Blog', the line "
              "'Veröffentlicht:04.04.2016 Kommentare: 1', the button word 'empfehlen' and the link words 'Zum Beitrag' at "
              "the end of five paragraphs dropped (rule 14); the comment count 'Kommentare: 1' and the reader's comment "
              "('Ja, lassen Sie uns reden Frau '), not the Government's text and cut off in the stored copy, dropped "
              "(rules 14, 15))",
    license=BREG,
    paras=["203 Bürgerdialoge in ganz Deutschland, organisiert von Vereinen und Stiftungen, Kirchen und Sozialverbänden, "
           "Wirtschaftsvereinigungen und Gewerkschaften und nicht zuletzt von der Bundesregierung: Über viele der "
           "Diskussionen haben wir hier berichtet. Einige greifen wir heute noch einmal auf.",
           "Musikalisch wie kein anderer Dialog: Das Kurpfälzische Kammerorchester lud nicht nur zur Diskussion über gutes "
           "Leben ein, es verwöhnte seine Gäste auch mit einem anschließenden Konzert. Gut Leben in Mannheim im wahrsten "
           "Sinne des Wortes.",
           "Schon im Vorfeld war viel über den dritten Bürgerdialog mit Angela Merkel berichtet worden. Die "
           "Bundeskanzlerin besuchte im August vergangenen Jahres Duisburg-Marxloh. Rund 60 Bürgerinnen und Bürger "
           "berichteten dort von den Problemen in ihrem Stadtteil.",
           "Stadt, Land und Bund sollten an einen Tisch kommen und drängende Probleme der Region gemeinsam besprechen. Das "
           "versprach Bundeskanzlerin Angela Merkel bei ihrem Bürgerdialog in Duisburg-Marxloh. Auch dieses Nachtreffen "
           "hat bereits stattgefunden – mit guten Ergebnissen.",
           "Die Bürgerinnen und Bürger im Natur-Erlebniszentrum der Heinz-Sielmann-Stiftung im niedersächsischen "
           "Duderstadt waren sich einig: \"Wir machen weiter mit dem Dialog\", beschlossen sie am Ende der Veranstaltung.",
           "\"Ich will nach über 40 Jahren Kampf um Gleichberechtigung endlich akzeptiert werden, wie ich bin\", sagte ein "
           "Teilnehmer beim Bürgerdialog des Lesben- und Schwulenverbandes (LSVD) in Saarbrücken. Gleichberechtigung war "
           "aber nur eines von vielen Themen bei dieser Veranstaltung.",
           "Was macht das Leben gut, wenn man aus schwierigen Familienverhältnissen stammt oder gar zeitweise auf der "
           "Straße lebt? Beim Bürgerdialog im brandenburgischen Jamlitz haben junge Erwachsene genau darüber gesprochen."],
    quotes=[("\"Wir machen weiter mit dem Dialog\"", "Bürgerinnen und Bürger"),
            ("\"Ich will nach über 40 Jahren Kampf um Gleichberechtigung endlich akzeptiert werden, wie ich bin\"",
             "Teilnehmer")],
    aliases={"Bürgerinnen und Bürger": ["Bürgerinnen und Bürger", "Die Bürgerinnen und Bürger"],
             "Teilnehmer": ["Teilnehmer", "ein Teilnehmer"]})

# --- bundesregierung.de: news item and speeches ---

add(id="ho264-breg-2015-04-bundesregierung-diskutiert-ueber-lebensqualitaet",
    title="Bundesregierung diskutiert über Lebensqualität",
    url="http://www.bundesregierung.de/breg-de/aktuelles/bundesregierung-diskutiert-ueber-lebensqualitaet-480828",
    retrieved="same address (news item of 13 April 2015; the kicker and the headline, which the stored copy runs together "
              "in its second line ('Deutschland im Dialog Bundesregierung diskutiert über Lebensqualität'), kept so (rules "
              "18, 20); the reading-time line '2 Min. Lesedauer', the image text \"Logo 'Gut leben in Deutschland'\" "
              "(twice), the credit 'Foto: Bundesregierung' and the video player's title line 'Video \"Wir möchten mit "
              "Ihnen ins Gespräch kommen.\"' dropped (rules 14, 1785); the subheading 'Alle Menschen, alle Meinungen' kept "
              "as a line of its own (rule 18); the last paragraph ('Drei engagierte Gastgeber … mit fünf weiteren "
              "Kolleginnen und'), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Deutschland im Dialog Bundesregierung diskutiert über Lebensqualität",
           "Am Montag beginnt die Regierungsstrategie \"Gut leben in Deutschland – was uns wichtig ist\". Die "
           "Bundesregierung möchte von den Bürgerinnen und Bürgern wissen: Was ist Ihnen persönlich wichtig im Leben? Was "
           "macht Ihrer Meinung nach Lebensqualität in Deutschland aus?",
           "Den offiziellen \"Startschuss\" zum Dialog geben Bundeskanzlerin Merkel und Bundeswirtschaftsminister Gabriel "
           "heute in Berlin.",
           "Die Bundesregierung will Maßstäbe für Lebensqualität in all ihren Facetten identifizieren, um sich künftig noch "
           "konkreter an dem zu orientieren, was den Bürgerinnen und Bürgern in Deutschland wichtig ist.",
           "An der Regierungsstrategie sind alle Bundesministerien sowie das Presse- und Informationsamt der "
           "Bundesregierung beteiligt.",
           "Alle Menschen, alle Meinungen",
           "Um so viele Menschen wie möglich zu erreichen, setzt die Bundesregierung deshalb auf die Unterstützung von "
           "Vereinen und Stiftungen, Kirchen und Sozialverbänden, Wirtschaftsvereinigungen und Gewerkschaften - und auf "
           "engagierte Bürgerinnen und Bürger. Sie sind die Gastgeber, die zu den einzelnen Bürgerdialogen einladen und "
           "die Organisation und Durchführung der Veranstaltungen in die Hand nehmen."],
    quotes=[("\"Gut leben in Deutschland – was uns wichtig ist\"", None),
            ("\"Startschuss\"", None)],
    aliases={})

add(id="ho264-breg-2014-06-02-rede-merkel-rne",
    title="Rede von Bundeskanzlerin Merkel auf der 14. Jahreskonferenz des Rates für Nachhaltige Entwicklung am 2. Juni 2014",
    url="https://www.bundesregierung.de/breg-de/aktuelles/rede-von-bundeskanzlerin-merkel-auf-der-14-jahreskonferenz-des-"
        "rates-fuer-nachhaltige-entwicklung-am-2-juni-2014-321168",
    retrieved="same address (speech of 2 June 2014; the site's navigation list ('• Bundesregierung ⏐ Startseite', '• "
              "Schwerpunkte', '• Themen', '• Bundeskanzler', '• Bundesregierung', '• Aktuelles', '• Mediathek', '• "
              "Service') dropped (rule 14); the salutation lines kept as lines of their own; the second paragraph of the "
              "speech ('Im vergangenen Juni habe ich den Rat … Im Subv'), cut off in the stored copy, and the rest dropped "
              "(rule 15), with it the quotation from the coalition agreement it holds)",
    license=BREG,
    paras=["Liebe Frau Thieme,",
           "sehr geehrte Ratsmitglieder,",
           "liebe Kollegen aus den Parlamenten,",
           "meine Damen und Herren,",
           "„verstehen – vermitteln – verändern“, so haben Sie in diesem Jahr Ihre Jahreskonferenz überschrieben. Dieses "
           "Motto lässt sich einerseits als Aufforderung – so haben Sie es eben auch gesagt – an uns alle verstehen, "
           "gerade auch an die Bundesregierung, an die Bundeskanzlerin. Andererseits beschreibt es auch das "
           "Selbstverständnis des Rates für Nachhaltige Entwicklung. Denn Sie leisten ja durch Ihre Tätigkeit als Rat "
           "Beiträge dazu, dass Brücken vom Verstehen zum Verändern gebaut werden. Dafür schätze ich den Rat. Und wenn Sie "
           "mich auffordern, einen Weckruf zu starten, dann sollten wir das gemeinsam tun. Vielleicht ist diese Tagung auch "
           "eine Möglichkeit dazu. Wir bauen auf Ihre Kompetenz. Dass ich wieder hier bin, zeigt auch, dass ich diese "
           "Kompetenz schätze und dass wir mit dieser Kompetenz natürlich auch weitermachen müssen, denn das Thema ist noch "
           "nicht überall dort angekommen, wo es sein müsste."],
    quotes=[("„verstehen – vermitteln – verändern“", None)],
    aliases={})

add(id="ho264-breg-2017-05-29-rede-merkel-rne",
    title=None,
    url="https://www.bundesregierung.de/breg-de/aktuelles/rede-von-bundeskanzlerin-merkel-bei-der-17-jahreskonferenz-des-"
        "rates-fuer-nachhaltige-entwicklung-am-29-mai-2017-in-berlin-321118",
    retrieved="same address (speech of 29 May 2017; the stored copy shows no headline, so the first salutation line is the "
              "first line (rules 18, 32); the salutation lines kept as lines of their own; the third paragraph of the "
              "speech ('Auch weltweit spielt Nachhaltigkeit eine wachsende Rolle. … in den Worten aus der Präambel der "
              "Agenda 2'), cut off in the stored copy, and the rest dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrte, liebe Frau Thieme,",
           "liebe Ratsmitglieder,",
           "meine Damen und Herren,",
           "Frau Thieme hat es gesagt: Ihre Jahreskonferenz steht – leicht versteckt, aber immerhin doch erkennbar – unter "
           "dem Titel „wissen. wählen. wünschen.“ Das lässt natürlich Spielraum für Interpretationen. Eine davon könnte "
           "lauten: Wir wissen, dass dieses Jahr der Bundestag zu wählen ist; und es bleibt zu wünschen, dass "
           "Nachhaltigkeit auch in der nächsten Legislaturperiode Leitprinzip bleibt. – Ich glaube, damit habe ich als "
           "Kanzlerin einer großen Koalition nichts Falsches gesagt. – In dieser Hinsicht bin ich sehr zuversichtlich – "
           "schon allein, weil der Rat für Nachhaltige Entwicklung mit Argusaugen darüber wachen wird.",
           "Ich bin gerne wieder zu Ihnen gekommen. Es ist die erste Jahreskonferenz nach der Neuberufung des Rates im "
           "vergangenen Herbst. Ich möchte allen Mitgliedern dafür danken, dass sie ihre Zeit und Kraft in die Arbeit "
           "dieses Gremiums investieren. Erfolg ist natürlich der beste Lohn. Dank der vielfältigen Initiativen des Rates "
           "hat das Thema Nachhaltigkeit einen festen Platz im öffentlichen Diskurs und auch mehr und mehr im praktischen "
           "Lebensalltag. Die deutschen Beiträge zur Europäischen Nachhaltigkeitswoche zeigen das aus meiner Sicht sehr "
           "eindrucksvoll. Die diesjährige Aktionswoche beginnt ja morgen. Über 1.600 Aktivitäten sind allein in "
           "Deutschland geplant. In der Europäischen Union insgesamt sind es rund 3.000. Damit sind wir überproportional "
           "vertreten, denn normalerweise liegt unser Anteil bei etwa 20 bis 22 Prozent."],
    quotes=[("„wissen. wählen. wünschen.“", None)],
    aliases={})
