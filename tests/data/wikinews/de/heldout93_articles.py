# Ninety-third held-out German real-news set (tests/data/heldout93-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 740). None of these
# pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL and OTS or portal number against every
# source/url field and every address named in the modules and SOURCES.md files of tests/data and /work/wt-heldout*/tests/data,
# and by the speakers' quoted words and a distinctive phrase of each text). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Ninety-third held-out set": releases of the Austrian Federal Ministry responsible for
# schools (Bundesministerium für Unterricht, Kunst und Kultur) on the OTS press-release service (licence BMBF) and press
# releases of the Statistisches Bundesamt (Destatis) sent over ots and shown unchanged by finance portals (licence
# DESTATIS). Stored copies are the `search` tool's `pages` excerpts; the OTS contact block ('Rückfragen & Kontakt: …'), the
# OTS footer, the Destatis contact block ('Weitere Auskünfte: …') and the stored copies' date prefix (' date 2022-08') are
# dropped (rules 19, 63); only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped. The
# portals' line layout is undone as rule 660 says, and as rule 740 says for a copy that mixes both layouts; no character of
# the copies is added, dropped or changed.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMBF, DESTATIS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHMIED = "Claudia Schmied"
THIEL = "Georg Thiel"

# --- Bundesministerium für Unterricht, Kunst und Kultur on OTS ---

DIALOG_P1 = ("Wien (OTS) - Bundesministerin Claudia Schmied reagiert erfreut über konstruktive Vorschläge von Bundesminister "
             "Johannes Hahn im Bezug auf die sich in Begutachtung befindliche Novelle des Schulorganisationsgesetzes. \"Ich "
             "bin froh, dass nun ein konstruktiver Dialog über die in Begutachtung geschickte Novelle geführt wird. Ich habe "
             "bereits erste informelle Vorgespräche mit dem Bildungssprecher der Volkspartei, Fritz Neugebauer, geführt. Ich "
             "bin davon überzeugt, dass wir einen gemeinsamen Beschluss im Ministerrat am 31.Oktober zustande bringen. "
             "Grundsätzlich muss festgehalten werden: Wir brauchen Rechtssicherheit für Schüler, Eltern und Lehrer. Jeder "
             "Elternteil, der sein Kind für die Neue Mittelschule einschreibt, muss die Gewissheit haben, dass sein Kind auch "
             "diese abschließen kann\", so Schmied. Über die Detailvorschläge von Bundesminister Hahn wollte sich "
             "Bundesministerin Schmied noch nicht äußern. \"Wir stehen jetzt am Beginn der Verhandlungen. Klar ist nur, dass "
             "wir aufgrund der Rechtssicherheit und der Fristen für die Schuleinschreibung am 31.Oktober einen "
             "Ministerratsbeschluss brauchen\", so die Unterrichtsministerin abschließend.")

add(id="ho93-bmukk-ots-2007-10-09-konstruktiver-dialog",
    title="BM Schmied erfreut über konstruktiven Dialog",
    url="https://www.ots.at/presseaussendung/OTS_20071009_OTS0247/bm-schmied-erfreut-ueber-konstruktiven-dialog",
    retrieved="same address (release of 9 October 2007 on the OTS press-release service; the contact block 'Rückfragen & "
              "Kontakt: Bundesministerium für Unterricht, Kunst und Kultur, Pressebüro der Bundesministerin …' names the "
              "ministry as sender; the contact block and the OTS footer dropped (rule 19); the stored copy's line break "
              "after 'reagiert erfreut' inside the first sentence joined with a space (rules 660, 740); '31.Oktober' "
              "without space kept as published (rule 20))",
    license=BMBF,
    paras=[DIALOG_P1],
    # the second quotation has its own closing cue naming her by office ("so die Unterrichtsministerin"), resolved to the
    # minister named before; the indirect statement between the quotations has no marks
    quotes=[(cut(DIALOG_P1, "\"Ich bin froh", "abschließen kann\""), SCHMIED),
            (cut(DIALOG_P1, "\"Wir stehen", "brauchen\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bundesministerin Claudia Schmied", "BM Schmied", "Schmied",
                       "Bundesministerin Schmied"]})

NMS_P1 = ("Wien (OTS) - \"Die Stadt Wien leistet mit dem Start der Neuen Mittelschule im Schuljahr 2009/10 einen wichtigen "
          "Beitrag zur Weiterentwicklung unseres Bildungssystems. Es ist erfreulich, dass in Wien im kommenden Schuljahr 20 "
          "Standorte an diesem zentralen Projekt teilnehmen. Das pädagogische Konzept mit besonderer innerer Differenzierung, "
          "gezielter Förderung von Interessen und Begabungen und spezieller Betreuung für die Übergänge in die weiteren "
          "Schulen sehe ich sehr positiv. Bereits kommende Woche tagt die Approbationskommission, die die Standorte für das "
          "kommende Schuljahr genehmigt. Aufgrund der Vorgespräche bin ich sehr zuversichtlich, dass Wien im nächsten "
          "Schuljahr tragende Säule des Projekts wird\", so Bildungsministerin Claudia Schmied.")

add(id="ho93-bmukk-ots-2008-12-02-nms-wien",
    title="BM Schmied begrüßt Start der Neuen Mittelschule in Wien",
    url="https://www.ots.at/presseaussendung/OTS_20081202_OTS0168/bm-schmied-begruesst-start-der-neuen-mittelschule-in-wien",
    retrieved="same address (release of 2 December 2008 on the OTS press-release service; the contact block 'Rückfragen & "
              "Kontakt: Bundesministerium für Unterricht, Kunst und Kultur …' names the ministry as sender; the contact "
              "block and the OTS footer dropped (rule 19))",
    license=BMBF,
    paras=[NMS_P1],
    # the whole release is one quotation with a closing cue; "BM Schmied" in the headline is the same person
    quotes=[(cut(NMS_P1, "\"Die Stadt", "Projekts wird\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bildungsministerin Claudia Schmied", "BM Schmied"]})

# --- Statistisches Bundesamt (Destatis): ots releases on finance portals ---

ENDSPURT_P1 = ("Die persönlichen Befragungen zum Zensus 2022 gehen in den Endspurt. \"Wir sind gut im Zeitplan\", freut sich "
               "Dr. Georg Thiel, Präsident des Statistischen Bundesamts. \"Die Akzeptanz in der Bevölkerung ist sehr groß. "
               "Insbesondere die Online-Befragung wird sehr gut angenommen. Jeden Tag werden von unseren Systemen "
               "hunderttausende von Datensätzen verarbeitet.\" Die kurzen persönlichen Befragungen zur Feststellung, wer an "
               "den zufällig ausgewählten Anschriften und Haushalten lebt, sind in den kommunalen Erhebungsstellen bereits "
               "weit fortgeschritten.")

add(id="ho93-destatis-ots-2022-08-zensus-endspurt",
    title="Zensus 2022 Endspurt bei den persönlichen Befragungen",
    url="https://www.wallstreet-online.de/nachricht/15787854-zensus-2022-endspurt-persoenlichen-befragungen",
    retrieved="same address (the Destatis release of August 2022 sent over ots, as shown by wallstreet-online.de; the "
              "stored copy's date prefix ' date 2022-08' dropped (rule 63); the dateline 'WIESBADEN (ots) -' and the "
              "summary bullet are lines of their own as the copy shows them (rule 660); the portal's hard line wraps joined "
              "with a space (rule 660); the subheading 'Persönliche Befragungen laufen noch regulär bis Mitte August', "
              "after which the stored copy stops, dropped with the cut-off section it heads (rule 15))",
    license=DESTATIS,
    paras=["WIESBADEN (ots) -",
           "- Die persönlichen Befragungen enden im Regelfall Mitte August, Erinnerungen laufen noch bis Ende November",
           ENDSPURT_P1],
    # split statement around the cue "freut sich Dr. Georg Thiel, …": two quotes, one speaker
    quotes=[("\"Wir sind gut im Zeitplan\"", THIEL),
            (cut(ENDSPURT_P1, "\"Die Akzeptanz", "verarbeitet.\""), THIEL)],
    aliases={THIEL: ["Dr. Georg Thiel", "Georg Thiel"]})

BEV_P2 = ("Eine wichtige Grundlage für die Ermittlung der Bevölkerungszahl ist dieFeststellung, wer an diesen ausgewählten "
          "Anschriften wohnt. Zuständig sind hierdie kommunalen Erhebungsstellen, die die Durchführung der Befragungen vor "
          "Ortumsetzen.")
BEV_P3 = ("Der Präsident des Statistischen Bundesamts, Dr. Georg Thiel, betont: \"DieKommunen und die Interviewerinnen und "
          "Interviewer machen vor Ort einehervorragende Arbeit. Ich danke ihnen für ihren unermüdlichen Einsatz. Sieschaffen "
          "die Grundlage für einen erfolgreichen Zensus und qualitativ hochwertigeErgebnisse als wichtige Planungsgrundlage "
          "für Politik und Gesellschaft.\"")
BEV_P5 = ("Derzeit werden Erinnerungs- oder Mahnschreiben versandt, die zur Teilnahme anden Befragungen des Zensus "
          "auffordern. \"Wir brauchen alle Rückmeldungen, um demhohen Qualitätsanspruch der Zensus-Ergebnisse gerecht zu "
          "werden\", so Dr. Thiel.")
BEV_P6 = ("\"Daher rufen wir alle Befragten auf, ihrer gesetzlichen Pflicht nachzukommen unddie Fragebogen zu "
          "beantworten.\"")

add(id="ho93-destatis-ots-2022-09-zensus-bevoelkerungszahl",
    title="WIESBADEN (ots) -",
    url="https://www.wallstreet-online.de/nachricht/15931428-zensus-2022-ermittlung-bevoelkerungszahlen-schreitet",
    retrieved="same address (the Destatis release of September 2022 on the census, sent over ots, as shown by "
              "wallstreet-online.de; the stored copy's date prefix ' date 2022-09' dropped (rule 63); the copy shows no "
              "headline and begins with the ots dateline, which is the first line (rules 18, 32, 660); the two summary "
              "bullets and the first paragraph are hard-wrapped and joined with a space (rule 660); from the second "
              "paragraph on, the copy runs the wrapped lines together without space ('dieFeststellung', 'hierdie', "
              "'Ortumsetzen.Der', 'Gesellschaft.\"Um', 'versandtTrotz'): the joins inside a paragraph are kept as stored, "
              "and the breaks are restored as line breaks only where the line layout shows a paragraph end or a "
              "subheading (rule 740); the last paragraph 'In wenigen Fällen überschneiden sich … organisator', cut off in "
              "the stored copy, dropped (rule 15))",
    license=DESTATIS,
    paras=["- Befragungen zur Feststellung der Bevölkerungszahl bereits weit fortgeschritten",
           "- Statistische Ämter rufen weiterhin zur Teilnahme auf",
           "Ein zentrales Ziel des diesjährigen Zensus ist die Ermittlung präziser Bevölkerungszahlen für Deutschland, die "
           "Bundesländer und die Kommunen. Hierfür werden Haushalte an zufällig ausgewählten Anschriften befragt - das "
           "betrifft etwa 10,3 Millionen Menschen in Deutschland.",
           BEV_P2,
           BEV_P3,
           "Um alle Rückmeldungen zu erhalten, werden Erinnerungen und Mahnungen versandt",
           "Trotz der hervorragenden Arbeit in den Erhebungsstellen konnten nicht mit allenHaushalten an den zufällig "
           "ausgewählten Anschriften persönliche Befragungendurchgeführt werden. Für diese Haushalte gibt es die "
           "Möglichkeit, dieBeantwortung auf einem anderen Wege nachzuholen.",
           BEV_P5,
           BEV_P6],
    # the quotation opened by a colon cue is Thiel's; the cue-less quoted paragraph after "so Dr. Thiel." continues his
    # statement (rule 741); "Dr. Thiel" is resolved to the full name given before
    quotes=[(cut(BEV_P3, "\"DieKommunen", "Gesellschaft.\""), THIEL),
            (cut(BEV_P5, "\"Wir brauchen", "werden\""), THIEL),
            (BEV_P6, THIEL)],
    aliases={THIEL: ["Dr. Georg Thiel", "Georg Thiel", "Dr. Thiel"]})

URTEIL_P2 = ("Dr. Georg Thiel, Präsident des Statistischen Bundesamtes, sagte dazu:\"Das Statistische Bundesamt begrüßt die "
             "Feststellung derVerfassungsmäßigkeit. Die Statistischen Ämter des Bundes und derLänder werden das Urteil nun "
             "gründlich analysieren und dieVorbereitungen für den Zensus 2021 weiter fortführen.\"")

add(id="ho93-destatis-ots-2018-09-zensus-2011-urteil",
    title=None,
    url="http://www.aktiencheck.de/news/Artikel-Bundesverfassungsgericht_erklaert_Zensus_2011_fuer_verfassungskonform-8988409",
    retrieved="same address (the Destatis release of 19 September 2018 on the judgment of the Federal Constitutional Court "
              "on the census of 2011, sent over ots ('Original-Content von: Statistisches Bundesamt, übermittelt durch news "
              "aktuell'), as shown by aktiencheck.de; the stored copy's date prefix ' date 2018-09' dropped (rule 63); the "
              "copy shows no headline and its dateline runs into the first sentence, so there is no title line (rules 18, "
              "32); the copy runs the lines and paragraphs together without space: the breaks are restored as line breaks "
              "at 'erklärt.Dr.', 'fortführen.\"Die', 'Landtagswahlen.Weitere' and 'www.zensus2021.de.Das' (rules 660, "
              "740), the joins inside paragraphs ('September2018', 'diedazugehörige', 'dazu:\"Das', …) kept as stored; the "
              "contact block 'Weitere Auskünfte:Pressestelle …' and the footer 'Rückfragen an obigen Ansprechpartner … "
              "übermittelt durch news aktuell' dropped (rule 19))",
    license=DESTATIS,
    paras=["Wiesbaden (ots) - In seiner Urteilsverkündung am 19. September2018 hat das Bundesverfassungsgericht das "
           "Zensusgesetz 2011 sowie diedazugehörige Stichprobenverordnung für verfassungskonform erklärt.",
           URTEIL_P2,
           "Die Statistischen Ämter des Bundes und der Länder sind für dieDurchführung des Zensusgesetzes zuständig. Sie "
           "beraten denGesetzgeber beim Gesetzgebungsprozess auf Basis ihrer Erfahrungen unddes aktuellen Standes der "
           "Wissenschaft. Die beim Zensus 2011ermittelte amtliche Einwohnerzahl Deutschlands ist von großerBedeutung für "
           "Politik, Verwaltung und Wirtschaft. Sie istbeispielsweise Grundlage für die laufenden Bevölkerungsstatistiken,"
           "den Länder- und den kommunalen Finanzausgleich oder die Einteilungder Wahlkreise für die Bundestags- und "
           "Landtagswahlen.",
           "Weitere Informationen und Ergebnisse des Zensus 2011 finden Sieauf www.zensus2011.de. Informationen zum Stand "
           "der Vorbereitung zumZensus 2021 bietet die Website www.zensus2021.de.",
           "Das komplette Urteil finden Sie auf der Homepage desBundesverfassungsgerichts."],
    # the quotation follows its colon cue without a space in the copy; it is one quote of Thiel (rule 742)
    quotes=[(cut(URTEIL_P2, "\"Das Statistische", "fortführen.\""), THIEL)],
    aliases={THIEL: ["Dr. Georg Thiel", "Georg Thiel"]})

BRAND_P1 = ("WIESBADEN (ots) - Das Statistische Bundesamt (Destatis) bekommt zum 1. Januar 2023 eine neue Leitung: Der "
            "Bundespräsident hat heute Dr. Ruth Brand zur Nachfolgerin des bisherigen Präsidenten Dr. Georg Thiel, der zum "
            "Jahresende 2022 in den Ruhestand geht, ernannt. Die promovierte Wirtschaftswissenschaftlerin war bereits in den "
            "Jahren 2001 bis 2020 im Statistischen Bundesamt tätig, zuletzt als Leiterin der Abteilung \"Gesundheit, "
            "Soziales, Bildung und Private Haushalte\". Seit April 2020 leitet sie das Beschaffungsamt des "
            "Bundesinnenministeriums (BMI). Nun kehrt Ruth Brand als zweite Präsidentin in der fast 75-jährigen Geschichte "
            "des Statistischen Bundesamtes zurück. Ruth Brand wird ab 1. Januar 2023 auch die Bundeswahlleitung von Georg "
            "Thiel übernehmen.")

add(id="ho93-destatis-ots-2022-12-brand-ernennung",
    title="Ruth Brand wird Präsidentin des Statistischen Bundesamtes / Neue Präsidentin folgt zum 1. Januar 2023 auf Georg "
          "Thiel",
    url="https://www.wallstreet-online.de/nachricht/16331890-ruth-brand-praesidentin-statistischen-bundesamtes-"
        "praesidentin-folgt-1-januar-2023-georg-thiel",
    retrieved="same address (the Destatis release of December 2022 on the appointment of Ruth Brand, sent over ots, as "
              "shown by wallstreet-online.de; the portal's hard line wraps joined with a space (rule 660); the second "
              "paragraph 'Die Arbeit des Statistischen Bundesamtes ist unverzichtbarer Bestandteil einer validen "
              "Willensbildung in Politik, Wissenschaft und Gesellschaft', cut off in the stored copy, dropped with "
              "whatever quotation followed it (rule 15))",
    license=DESTATIS,
    paras=[BRAND_P1],
    # the name of the department she headed is null (a name, rule 24); the stored copy holds no quotation of a person
    quotes=[("\"Gesundheit, Soziales, Bildung und Private Haushalte\"", None)],
    aliases={})
