# Four-hundred-and-fiftieth held-out German real-news set (tests/data/heldout450-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2340-2345). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file
# of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fiftieth held-out set": two press releases of the Staatskanzlei of
# Schleswig-Holstein on the Landesportal itself (schleswig-holstein.de, 'Presse/PI', October 2018 and October 2019; licence
# SH_PM, new in licences.py, on the Land's copyright notice as recorded for SH_PM_REPOST); two texts of the Federal Ministry
# of Justice (a 'Zitat' page of bmjv.de, November 2023, and press release No. 6/2024 of bmj.de; licence BMJ_DE, CC BY-ND 3.0
# DE, as the three-hundred-and-eighty-fifth set recorded it); a news item of the Commission's Representation in Germany
# (germany.representation.ec.europa.eu, September 2018), the Representation's Eurobarometer item of 14 June 2018 as reposted
# by an MEP's site with the Representation's address as its source line, and a statement on Commissioner Johannes Hahn's
# site of the 2010-2014 Commission (June 2013); licence EU. Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 93, 976,
# 2340), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import SH_PM, BMJ_DE, EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


GUENTHER = "Daniel Günther"
KUEHNEL = "Richard Kühnel"
BUSCHMANN = "Marco Buschmann"
HAHN = "Johannes Hahn"

# --- Staatskanzlei Schleswig-Holstein, press release of 5 October 2018 on the Landesportal: Daniel Günther presents the
#     motto of the Tag der Deutschen Einheit 2019 in Kiel ---

MV_T = ("„Mut verbindet“: Vorbereitungen für den Tag der Deutschen Einheit 2019 in Kiel laufen – Ministerpräsident Daniel "
        "Günther stellt Motto und Logo vor")
MV_P1 = ("KIEL. 29 Jahre nach der Wiedervereinigung und 13 Jahre nach der letzten Bundesratspräsidentschaft "
         "Schleswig-Holsteins ist es wieder so weit: Schleswig-Holstein richtet im kommenden Jahr die zentralen Feiern zum Tag "
         "der Deutschen Einheit aus. Beim Tag der Deutschen Einheit in Berlin übernahm Ministerpräsident Daniel Günther dazu "
         "jetzt symbolisch den Staffelstab von Berlins Regierendem Bürgermeister Michael Müller.")
MV_P2 = ("Der Einheitstag soll vom 2. bis 3. Oktober 2019 mit einem großen Bürgerfest unter dem Motto ,Mut verbindet‘ in "
         "Schleswig-Holsteins Landeshauptstadt Kiel gefeiert werden“, sagte Günther heute (5.Oktober) in Kiel: „Wir stehen "
         "hochmotiviert in den Startlöchern und freuen uns sehr darauf, unseren Gästen Schleswig-Holstein als innovatives, "
         "modernes und weltoffenes Land zu präsentieren.“ Zu den Feierlichkeiten, die eingerahmt werden durch ein großes "
         "Bürgerfest, werden mehrere Hunderttausend Menschen erwartet.")

add(id="ho450-sh-stk-2018-10-05-guenther-mut-verbindet",
    title=MV_T,
    url="https://www.schleswig-holstein.de/DE/Landesregierung/I/Presse/PI/2018/MP/181005_pk_tde.html",
    retrieved="same address (press release ('PI') of the Staatskanzlei Schleswig-Holstein of 5 October 2018 on the "
              "Landesportal; the portal's header 'Landesportal Schleswig-Holstein', its cookie notice ('Diese Webseite "
              "verwendet Cookies und das Webanalyse-Tool Matomo. …'), the office label 'Der Ministerpräsident - "
              "Staatskanzlei', the portrait block 'Portraitfoto Daniel Günther' / 'Daniel Günther' / 'Ministerpräsident - "
              "Staatskanzlei' / '© M. Staudt / grafikfoto.de' and the date line 'Datum 05.10.2018' dropped as furniture "
              "(rules 14, 2340); the headline is the title; the dateline 'KIEL. ' kept in its paragraph (rule 2292); the "
              "second paragraph is kept as stored, without an opening mark before 'Der Einheitstag' and with the nested "
              "motto opened by a comma (',Mut verbindet‘', rule 2341); the third paragraph 'Für den Regierungschef ist der "
              "Tag der Deutschen Einheit auch ein Fest für die Freiheit, … „Mit dem Motto ,Mut verbindet‘ wollen wir ein "
              "fröhliches, attraktives, aber kein überdimensioniertes Fest feiern“, sagte der Ministerpräsident. ', which "
              "the stored copy cuts off after that sentence (trailing space at the cut), dropped with its quotation (rules "
              "15, 52))",
    license=SH_PM,
    paras=[MV_P1, MV_P2],
    # the motto in the headline, which the release says Günther presents, is null (rules 24, 506); the paragraph that
    # opens without its mark runs from its first word to the closing mark (rule 22), and the cue 'sagte Günther … in
    # Kiel:' closes it and opens the next quotation (rule 2341); Michael Müller says nothing in marks
    quotes=[("„Mut verbindet“", None),
            (cut(MV_P2, "Der Einheitstag", "werden“"), GUENTHER),
            (cut(MV_P2, "„Wir stehen", "präsentieren.“"), GUENTHER)],
    aliases={GUENTHER: ["Daniel Günther", "Günther", "Ministerpräsident Daniel Günther", "Ministerpräsident"]})

# --- Staatskanzlei Schleswig-Holstein, press release of 2 October 2019 on the Landesportal: Günther and Kiel's mayor
#     open the citizens' festival of the Tag der Deutschen Einheit ---

BF_T = ("Wir sagen Moin zu Deutschland: Ministerpräsident Günther und Oberbürgermeister Kämpfer eröffnen Bürgerfest zum Tag "
        "der Deutschen Einheit")
BF_P1 = ("KIEL. Schleswig-Holsteins Ministerpräsident Daniel Günther hat heute (2. Oktober) gemeinsam mit dem Kieler "
         "Oberbürgermeister Ulf Kämpfer das Bürgerfest zum Tag der Deutschen Einheit in Kiel eröffnet. \"Wir sagen Moin zu "
         "Deutschland, sind bereit für unsere Gäste und freuen uns riesig\", sagte Günther im Schleswig-Holstein-Zelt auf der "
         "Ländermeile an der Kiellinie. Der Tag der Deutschen Einheit sei eine große Chance für Schleswig-Holstein: \"Wir "
         "werden werden unter dem Motto Mut verbindet die Vielfalt und kulturelle Breite unseres Landes zeigen. Wir wollen "
         "aber auch die Stärken der anderen 15 Bundesländer kennenlernen, die sich auf der beeindruckenden Ländermeile zeigen "
         "unter dem Motto Mut verbindet die Vielfalt und kulturelle Breite unseres Landes zeigen. Wir wollen aber auch die "
         "Stärken der anderen 15 Bundesländer kennenlernen, die sich auf der beeindruckenden Ländermeile zeigen.\"")
BF_P2 = ("Der Ministerpräsident dankte allen Ausstellern der Schleswig-Holstein-Präsentation: \"Dass wir unser Land von seiner "
         "besten Seite zeigen können, verdanken wir Ihnen. Von der Meeresforschung bis zum Weltkulturerbe: danke, dass Sie "
         "alles geben für Schleswig-Holstein. Ich wünsche mir und Ihnen, dass heute und morgen so richtig was los ist in "
         "diesem und in allen anderen Zelten. Lassen Sie uns mit norddeutscher Gastfreundschaft feiern!\"")

add(id="ho450-sh-stk-2019-10-02-guenther-buergerfest-tde",
    title=BF_T,
    url="https://www.schleswig-holstein.de/DE/Landesregierung/I/Presse/PI/2019/MP/1901002_MP_TdE_B%C3%BCrgerfest.html",
    retrieved="same address (press release ('PI') of the Staatskanzlei Schleswig-Holstein of 2 October 2019 on the "
              "Landesportal; the portal's header, cookie notice, office label, portrait block with its photo credit and the "
              "date line 'Datum 02.10.2019' dropped as furniture (rules 14, 2340); the headline is the title; the published "
              "doubling 'Wir werden werden' and the repeated, garbled sentences of the second quotation kept as stored (rule "
              "20); the third paragraph 'Auch auf dem Rathausplatz, den vielen Themenmeilen, den Präsentationen der "
              "Verfassungsorgane am Ostseekai und auf ', cut off in the stored copy, dropped (rule 15))",
    license=SH_PM,
    paras=[BF_P1, BF_P2],
    # the headline gives Günther's words without marks and holds no quote (rule 400); the quotation after the Konjunktiv
    # sentence ending in a colon continues his reported speech (rules 9, 30); the motto inside it is unmarked; the
    # mayor Ulf Kämpfer says nothing in marks; 'Schleswig-Holsteins Ministerpräsident' names the Land and is no alias
    # (rule 33)
    quotes=[(cut(BF_P1, "\"Wir sagen", "riesig\""), GUENTHER),
            (cut(BF_P1, "\"Wir werden", "zeigen.\""), GUENTHER),
            (cut(BF_P2, "\"Dass wir", "feiern!\""), GUENTHER)],
    aliases={GUENTHER: ["Daniel Günther", "Günther", "Ministerpräsident Günther", "Ministerpräsident Daniel Günther",
                        "Ministerpräsident"]})

# --- Representation of the Commission in Germany, news item of 7 September 2018: citizens' dialogues in September ---

BD_P1 = ("„Ob es um Migration und Sicherheit, weltweiten Handel, Investitionen in Unternehmen, Weiterbildung und Forschung "
         "oder auch um die Qualität des Trinkwassers geht – europäische Entscheidungen haben immer Auswirkungen ins Lokale“, "
         "sagte Kühnel.")
BD_L1 = ("7. September, Forst/Lausitz: Bürgerdialog „Herausforderung Digitalisierung“: Was macht die Politik in der EU beim "
         "Thema Digitalisierung? Was erwarten die Verbraucher? Darüber diskutieren Stefan Ludwig, Minister für Justiz, Europa "
         "und Verbraucherschutz des Landes Brandenburg und Nora Hesse, Europäische Kommission in Deutschland. Zeit: 18 Uhr. "
         "Ort: Ratssaal im Rathaus, Lindenstraße 10-12. Weitere Informationen dazu finden Sie hier.")
BD_L2 = ("8. September, Jena: Bürgerdialog „Denk mal – worauf baut Europa?“ Müssen Kulturerbe und Kultur in Europa gestärkt "
         "werden und inwieweit fördern sie den Zusammenhalt der Bürger in Europa? Darüber diskutieren beim Bürgerdialog des "
         "Ausschusses der Regionen (AdR) in der EU Staatssekretärin Dr. Babette Winter, der Vizepräsident des AdR, Roby Biwer "
         "aus Luxemburg, und der Vertreter der EU-Kommission in Deutschland, Richard Kühnel. Die Veranstaltung findet von 10 "
         "bis 12 Uhr im Zeiss-Planetarium, Am Planetarium 5 in Jena statt. Weitere Informationen auch zur Anmeldung finden "
         "Sie hier")
BD_L3 = ("27. September, Berlin: Bürgerdialog zu den „globalen Bewährungsproben der Europäischen Union“ u.a. mit "
         "Staatsminister Roth von 18-19:30 Uhr im Europäischen Haus, Unter den Linden 78, Berlin. Anmeldeinformationen folgen "
         "hier.")
BD_L4 = ("28. September, Treuenbrietzen: Bürgerdialog zur „Herausforderung Digitalisierung: Was macht die Politik? Was "
         "erwarten Verbraucher?“, um 18 Uhr im Bürgerhaus, Großstr. 5., Treuenbrietzen. Anmeldeinformationen folgen hier.")

add(id="ho450-eucom-2018-09-07-buergerdialoge-september",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/burgerdialoge-im-september-sagen-sie-uns-ihre-meinung-zur-"
        "zukunft-europas-2018-09-07_de?prefLang=en",
    retrieved="same address (news item of the Representation of 7 September 2018, 'Bürgerdialoge im September: Sagen Sie uns "
              "Ihre Meinung zur Zukunft Europas' by its address; the part of the stored copy that the search tool returned "
              "begins with the paragraph '„Ob es um Migration …“, sagte Kühnel.', so the document has no title line (rules "
              "32, 811, 2344); the list bullets '- ' before the four event items dropped (rules 19, 2250), the items kept as "
              "lines, the second without a final full stop as stored (rule 20); the excerpt ends after the fourth item, "
              "which is complete)",
    license=EU,
    paras=[BD_P1,
           "Sie sind eingeladen an den Bürgerdialogen teilzunehmen und Ihre Fragen zu stellen, Sorgen zu äußern und Wünsche zu "
           "formulieren. Weitere Veranstaltungen, Informationen zu Ansprechpartnern vor Ort und Links zur Anmeldung finden "
           "Sie hier.",
           BD_L1, BD_L2, BD_L3, BD_L4],
    # the titles and themes of the dialogues are null, the question-form titles too, also where the item names a
    # discussant (Kühnel in the Jena item) (rules 24, 322, 2344); the speaker of the first paragraph is named in full only
    # in the Jena item (rule 7); 'der Vertreter der EU-Kommission in Deutschland' names another body and is no alias
    # (rule 33)
    quotes=[(cut(BD_P1, "„Ob es", "Lokale“"), KUEHNEL),
            ("„Herausforderung Digitalisierung“", None),
            ("„Denk mal – worauf baut Europa?“", None),
            ("„globalen Bewährungsproben der Europäischen Union“", None),
            (cut(BD_L4, "„Herausforderung", "Verbraucher?“"), None)],
    aliases={KUEHNEL: ["Richard Kühnel", "Kühnel"]})

# --- Representation of the Commission in Germany, Eurobarometer item of 14 June 2018, as reposted by the site of MEP
#     Ralf Seekatz with the Representation's address as its source line ---

EB_P1 = ("Ein Jahr vor den Europawahlen schätzt die Mehrheit der Menschen in der EU die Wirtschaftslage als gut ein und "
         "blickt optimistisch in die Zukunft. Das Vertrauen in die Union wächst. Das geht aus einer heute (Donnerstag) "
         "veröffentlichten halbjährlichen Eurobarometer-Umfrage hervor. „84 Prozent der Deutschen fühlen sich als EU-Bürger "
         "und 65 Prozent sind der Meinung, dass ihre Stimme in Europa zählt. 49 Prozent vertrauen der EU.")
EB_P2 = ("Das ist ein Jahr vor den Europawahlen ein ermutigendes Signal“, sagte Richard Kühnel, der Vertreter der "
         "EU-Kommission in Deutschland.")
EB_P3 = ("„Bei den Europawahlen 2019 entscheiden die Bürgerinnen und Bürger, welchen Kurs sie sich für die Zukunft Europas "
         "wünschen“, so Kühnel weiter. „Das aktuelle Eurobarometer zeigt: den Deutschen ist bewusst, dass Europa viel "
         "Positives bringt.“ Überall in der EU leben, arbeiten und studieren zu können, wird von 92 Prozent der befragten "
         "Deutschen unterstützt.")

add(id="ho450-eucom-2018-06-14-eurobarometer-seekatz-repost",
    title="Mehr Optimismus und Vertrauen in die EU",
    url="http://ralf-seekatz.de/aktuell/84-eurobarometer-ein-jahr-vor-den-europawahlen",
    retrieved="same address (the Representation's news item of 14 June 2018 on the spring Eurobarometer, reposted on the "
              "site of the MEP Ralf Seekatz under the heading 'Mehr Optimismus und Vertrauen in die EU', which the stored "
              "copy shows first and which is the title (rule 18); the repost's source line 'Quelle: "
              "https://ec.europa.eu/germany/news/eurobarometer20180614_de', which names the Representation's page, dropped "
              "as a source line (rules 31, 171, 2342); the paragraph break inside Kühnel's first statement kept as stored "
              "(rule 2342); complete as stored)",
    license=EU,
    paras=[EB_P1, EB_P2, EB_P3],
    # the statement that the repost breaks across a paragraph boundary gives two spans of Kühnel, the first from its
    # opening mark to the end of its paragraph, the second from the start of the next paragraph to the closing mark
    # (rules 22, 2342)
    quotes=[(cut(EB_P1, "„84 Prozent", "der EU."), KUEHNEL),
            (cut(EB_P2, "Das ist", "Signal“"), KUEHNEL),
            (cut(EB_P3, "„Bei den", "wünschen“"), KUEHNEL),
            (cut(EB_P3, "„Das aktuelle", "bringt.“"), KUEHNEL)],
    aliases={KUEHNEL: ["Richard Kühnel", "Kühnel"]})

# --- Federal Ministry of Justice, 'Zitat' page of 30 November 2023 (bmjv.de): Buschmann on the draft law on international
#     criminal law ---

VS_L1 = ("Thema: Bundesjustizminister Dr. Marco Buschmann anlässlich der Ersten Beratung des von der Bundesregierung "
         "eingebrachten Gesetzentwurf zur Fortentwicklung des Völkerstrafrechts im Bundestag:")
VS_Q = ("„Es herrscht wieder Krieg in Europa und vor den Toren Europas. Aber wir sind nicht machtlos. Die liberale Demokratie "
        "und die freie Welt wehren sich an der Seite der Angegriffenen. Und wir setzen der barbarischen Gewalt das Recht "
        "entgegen. Unser Land sieht es als seine Pflicht, bei der Verfolgung von Völkerrechtsverbrechen eine Vorreiterrolle "
        "zu spielen. Diese Vorreiterrolle der deutschen Justiz wollen wir mit dem Gesetzentwurf zur Fortentwicklung des "
        "Völkerstrafrechts festigen.")
VS_L2 = VS_Q + "\""
VS_L3 = (VS_Q + " Wir werden Opferrechte von Betroffenen von Völkerstraftaten stärken, die Rezeption deutscher Verfahren "
         "nach dem Völkerstrafgesetzbuch erleichtern und im deutschen Recht Strafbarkeitslücken schließen.\"")

add(id="ho450-bmj-2023-11-30-zitat-voelkerstrafrecht",
    title=None,
    url="https://www.bmjv.de/SharedDocs/Zitate/DE/2023/1130_Voelkerstrafrecht.html?nn=110584",
    retrieved="same address (quotation page ('Zitate') of the Federal Ministry of Justice of 30 November 2023, by its "
              "address; the stored copy begins with the topic line 'Thema: Bundesjustizminister Dr. Marco Buschmann "
              "anlässlich … im Bundestag:' and shows no headline, so that line is the first line and the text has no title "
              "(rules 18, 32, 2343); the empty label 'Datum:' between the shorter and the full version of the quotation and "
              "the cookie notice 'Hinweis zur Verwendung von Cookies' / 'Das Bundesministerium der Justiz und für "
              "Verbraucherschutz verwendet … Datenschutz' dropped as furniture (rules 14, 2343); both versions of the "
              "quotation kept as stored, opened with „ and closed with a straight mark (rule 292); complete as stored)",
    license=BMJ_DE,
    paras=[VS_L1, VS_L2, VS_L3],
    # the topic line naming the minister and ending in a colon is the cue of the quotation below it, and the full version
    # of the same quotation after the dropped 'Datum:' label is his too (rules 265, 2065, 2343)
    quotes=[(VS_L2, BUSCHMANN),
            (VS_L3, BUSCHMANN)],
    aliases={BUSCHMANN: ["Marco Buschmann", "Dr. Marco Buschmann", "Bundesjustizminister Dr. Marco Buschmann",
                         "Bundesjustizminister", "Buschmann"]})

# --- Federal Ministry of Justice, press release No. 6/2024 of 23 January 2024 (bmj.de): Buschmann travels to Estonia and
#     Poland ---

EP_P3 = ("Im Anschluss wird der Bundesjustizminister in Tallinn das Landgericht Harju besuchen und Gespräche mit "
         "Legal-Tech-Unternehmen führen. Es wird um einen Austausch zum Thema „Digitalisierung von Gerichtsverfahren“ gehen.")
EP_P6 = ("Bevor er am Abend nach Berlin zurückkehrt, wird er an der juristischen Fakultät der Universität Warschau einen "
         "Vortrag zum Thema „Liberty and Law in Europe“ halten.")

add(id="ho450-bmj-2024-01-23-pm-estland-polen",
    title="Bundesjustizminister Buschmann reist nach Estland und Polen",
    url="https://bmj.de/SharedDocs/Pressemitteilungen/DE/2024/0123_Estland_Polen.html",
    retrieved="same address (press release No. 6/2024 of the Federal Ministry of Justice of 23 January 2024, by its address "
              "and 'reist heute'; the navigation line 'Navigation und Service', the topic label 'Schwerpunktthema: "
              "Pressemitteilung', the number line 'Pressemitteilung Nr. 6/2024' between the lead and the body and the cookie "
              "notice at the end dropped as furniture (rules 14, 93, 2345); the headline is the title, the lead a line of "
              "its own; complete as stored)",
    license=BMJ_DE,
    paras=["Bundesjustizminister Dr. Marco Buschmann reist heute nach Estland und Polen.",
           "Er wird zunächst nach Tallinn reisen, wo er den Justizminister der Republik Estland zu einem Gespräch trifft. "
           "Gegenstand des Gesprächs sind die Zusammenarbeit in der EU und die dort aktuell diskutierten Themen, sowie der "
           "russische Angriffskrieg auf die Ukraine.",
           EP_P3,
           "Gegen Nachmittag wird er weiter nach Warschau reisen. Der Bundesjustizminister wird seinem polnischen "
           "Amtskollegen Adam Bodnar persönlich zum Amtsantritt gratulieren. Gegenstand des Gespräches sind die "
           "Möglichkeiten einer Zusammenarbeit im Justizbereich sowie der russische Angriffskrieg auf die Ukraine.",
           "Anschließend wird Bundesminister Buschmann das Denkmal der Helden des Ghettoaufstandes sowie das Denkmal des "
           "Warschauer Aufstandes zur Kranzniederlegung besuchen.",
           EP_P6],
    # the topic of an exchange after 'zum Thema' and the title of the minister's lecture are null, although he is the one
    # who will give the lecture (rules 24, 420, 2345); nobody is quoted
    quotes=[("„Digitalisierung von Gerichtsverfahren“", None),
            ("„Liberty and Law in Europe“", None)],
    aliases={})

# --- ec.europa.eu/commission_2010-2014/hahn: statement of Commissioner Johannes Hahn of 3 June 2013 on the floods in
#     Austria, the Czech Republic and Germany ---

FL_P2 = ("\"Ich bin bestürzt und betroffen über die Flutkatastrophe in Österreich, Deutschland und der Tschechischen Republik. "
         "Mein Mitgefühl gilt alle Betroffenen, vor allem aber den Familien und Freunden derer, die in den letzten Tagen ihr "
         "Leben gelassen haben.")
FL_P4 = ("Der europäische Solidaritätsfonds, gegründet nach der letzten Flutkatastrophe 2002, hilft den Mitgliedstaaten und "
         "den betroffenen Gebieten, nach der Katastrophe wieder Schritt zu fassen und die Kosten des Wiederaufbaus mit zu "
         "finanzieren. Jetzt müssen wir alles Menschenmögliche tun, um unmittelbare Gefahren von den Betroffenen abzuwenden "
         "und ihnen sichere Unterkünfte zu bieten.\"")

add(id="ho450-eucom-2013-06-03-hahn-flutkatastrophe",
    title="Stellungnahme von EU-Kommissar für Regionalpolitik Johannes Hahn zur Flutkatastrophe in Österreich, der "
          "Tschechischen Republik und Deutschland",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/detail/index_de.cfm?LAN=DE&id=756&lang=de",
    retrieved="same address (statement on Commissioner Hahn's site of the 2010-2014 Commission, 3 June 2013; the header "
              "line 'Navigationsleiste' and the headline repeated under the date line dropped, the date line '(03-06-2013)' "
              "kept as the first paragraph (rule 976); the link lines 'Video', 'EUSF Regulation', 'Mehr Informationen' and "
              "'Statement available on Rapid' and an empty line at the end dropped (rules 14, 976); the published 'alle "
              "Betroffenen', 'innerhalb von 10 nach', 'Katstrophe', 'Solidaritätfonds' and '€ 1,79' / '€3.67' kept (rule "
              "20); complete as stored)",
    license=EU,
    paras=["(03-06-2013)",
           FL_P2,
           "Ich möchte den betroffenen Menschen und auch den politisch Verantwortlichen versichern, dass die Europäische "
           "Familie den Mitgliedstaaten unterstützend zur Verfügung steht und dort hilft, wo wir am meisten gebraucht "
           "werden.",
           FL_P4,
           "Im Prinzip können die von der Flutkatastrophe betroffenen Staaten innerhalb von 10 nach dem Beginn der "
           "Katstrophe eine Finanzhilfe des EU-Solidaritätsfonds beantragen. Die normale Schwelle, um den "
           "Solidaritätfonds zu aktivieren, wäre ein Direktschaden von mehr als € 1,79 Milliarden für Österreich, €872 "
           "Millionen für die Tschechische Republik und €3.67 Milliarden für Deutschland."],
    # the statement under the headline 'Stellungnahme von … Johannes Hahn' is his, paragraph by paragraph (rule 979): the
    # first paragraph from its opening mark to its end, the last from its first word to the closing mark (rule 22); the
    # unmarked middle paragraph is not annotated (rules 46, 182, 995)
    quotes=[(FL_P2, HAHN),
            (FL_P4, HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Hahn"]})
