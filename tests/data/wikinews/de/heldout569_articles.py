# Five-hundred-and-sixty-ninth held-out German real-news set (tests/data/heldout569-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3330-3334). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixty-ninth held-out set": eight advance releases (Vorausmeldungen) of the
# Austrian news magazine NEWS on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS), each reporting the magazine's
# own interview or story, from years and with speakers that the magazine sets of the 529th, 535th, 541st and 553rd sets did not
# use: Johanna Dohnal threatening a women's party (April 1997); Thomas Klestil's candidacy and his support committee, with Hans
# Peter Haselsteiner for Heide Schmidt (November 1997); Richard Lugner as candidate for president (November 1997); Thomas
# Klestil for a referendum before joining NATO (March 1998); Richard Lugner planning a party for the Tyrolean Landtag election
# (April 1998); Cornelia Gretsch, Peter Rosenstingl's companion in Brazil (June 1998); Benita Ferrero-Waldner as the ÖVP's
# candidate for president (February 2004) and as EU Commissioner on Heinz Fischer's first months (December 2004). All eight
# stored copies are the `search` tool's `pages` excerpts; six are complete up to their contact blocks, two end inside a later
# paragraph, which is dropped with what it holds (rules 15, 17). The ots.at furniture (contact blocks, footers, the typewriter
# bullet `O `) is dropped and a single line break inside a paragraph is joined (rules 2580, 3040, 3090, 3200, 3330); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A stored paragraph with a single line break inside: its lines joined with one space."""
    return " ".join(line.strip(" ") for line in lines)


DOHNAL = "Johanna Dohnal"
HASELSTEINER = "Hans Peter Haselsteiner"
LUGNER97 = "Lugner"
KLESTIL = "Klestil"
LUGNER98 = "Richard Lugner"
GRETSCH = "Cornelia Gretsch"
FERRERO = "Benita Ferrero-Waldner"

# --- APA-OTS, the news magazine NEWS, 16 April 1997: Johanna Dohnal threatens a women's party ---

DO_T = "Vorausmeldung zu News Nr. 16/17.4.1997 News: Dohnal \"droht\" mit Frauenpartei"
DO_SUB = "Ex-Ministerin: \"\"Wenn nichts passiert, ist die Frauenpartei unaufhaltbar.\""
DO_P1 = ("Wien (OTS) - In einem Interview mit dem morgen erscheinenden Nachrichtenmagazin News kündigt die ehemalige "
         "Frauenministerin Johanna Dohnal eine eigene Frauenpartei an, sollten die Forderungen des erfolgreichen "
         "Frauenvolksbegehren nicht rasch umgesetzt werden. Dohnal: \"Wenn nichts passiert, dann ist die Frauenpartei "
         "unaufhaltbar. Es gibt genug Frauen, die sie möchten, die sich verschaukelt, verraten und verkauft fühlen. Es gibt "
         "viele, die darauf warten.\" Die neue Partei sollte \"in Konkurrenz\" zu den bestehenden Parteien treten und sie zum "
         "Handeln zwingen. Dohnal: \"In einer solchen Partei würden sich die Balzrituale um die öffentliche Präsenz zumindest "
         "verändern, da es keine Gockel mehr gibt.\" Aber: \"Es wäre schön, wenn sich die bestehenden Parteien vor der "
         "drohenden Konkurrenz fürchten und Konsequenzen daraus ziehen. Die Forderungen des Frauenvolksbegehrens sollten bis "
         "Ende 1998 umgesetzt werden.\"")
DO_P2 = ("Mit dem Ergebnis zeigt sich die ehemalige Frauenministerin \"hoch zufrieden\". Sie stellt derzeit ein Komitee \"aus "
         "10 bis 15 hervorragenden und bekannten Expertinnen und Experten zusammen\", dem sie selbst angehören wird und das die "
         "Umsetzung der Forderungen kontrollieren solle.")

add(id="ho569-ots-news-1997-04-16-dohnal-frauenpartei",
    title=DO_T,
    url="https://www.ots.at/presseaussendung/OTS_19970416_OTS0138/vorausmeldung-zu-news-nr-161741997-news-dohnal-droht-mit-"
        "frauenpartei",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 16 April 1997 by its OTS number and "
              "by the kicker 'Vorausmeldung zu News Nr. 16/17.4.1997', which the headline carries at its start, unsplit "
              "(rules 3040, 3330; the address slug begins with it too); the sender is told by the contact block 'News / Tel.: "
              "213 12-101' and the footer 'ORIGINALTEXT-SERVICE UNTER VERANTWORTUNG DES AUSSENDERS | NEF/OTS', both dropped "
              "(rules 3040, 3200); headline and subtitle kept as lines of their own as stored, the dateline run into the first "
              "paragraph; complete in the stored copy; the doubled opening mark of the subtitle (rule 139) and the published "
              "'des erfolgreichen Frauenvolksbegehren' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[DO_SUB, DO_P1, DO_P2],
    # the marked verb of the headline, `Dohnal "droht" mit Frauenpartei`, is the magazine's own hedged word for her
    # announcement, which no sentence gives her (rule 3334: null); the subtitle label `Ex-Ministerin:` gives the subtitle
    # quotation, opened by a doubled mark, to her (rules 54, 107, 139), and the body's first quotation holds the same
    # sentence with `dann` (rule 26); the colon quotations after the verbless labels `Dohnal:` are hers (rule 9), and so is
    # the one after the conjunction label `Aber:`, which goes on with her answer (rule 9, as `Und:`); the partial quotations in the
    # narrator's Konjunktiv sentence `Die neue Partei sollte "in Konkurrenz" …` and in the report sentences about her (`zeigt
    # sich die ehemalige Frauenministerin "hoch zufrieden"`, `Sie stellt derzeit ein Komitee "aus … zusammen"`) are hers
    # (rules 3, 25); `Ex-Ministerin` and `ehemalige Frauenministerin`, which name only her, are aliases (rule 44)
    quotes=[("\"droht\"", None),
            (DO_SUB[len("Ex-Ministerin: "):], DOHNAL),
            (cut(DO_P1, "\"Wenn nichts passiert, dann", "darauf warten.\""), DOHNAL),
            ("\"in Konkurrenz\"", DOHNAL),
            (cut(DO_P1, "\"In einer solchen Partei", "mehr gibt.\""), DOHNAL),
            (cut(DO_P1, "\"Es wäre schön", "umgesetzt werden.\""), DOHNAL),
            ("\"hoch zufrieden\"", DOHNAL),
            (cut(DO_P2, "\"aus 10 bis 15", "Experten zusammen\""), DOHNAL)],
    aliases={DOHNAL: ["Johanna Dohnal", "Dohnal", "Ex-Ministerin", "ehemalige Frauenministerin"]})

# --- APA-OTS, the news magazine NEWS, 5 November 1997: Klestil's candidacy date and committee; Haselsteiner for Schmidt ---

KK_T = "Klestil: Kandidatur-Ansage am 17. November, News nennt Unterstützungskomitee"
KK_KICK = "Vorausmeldung zu News 45/97 vom 5. November 1997"
KK_P1 = ("Wien (OTS) - Wie das morgen, Donnerstag, erscheinende Nachrichtenmagazin News berichtet wird Bundespräsident Thomas "
         "Klestil am 17. November, am Tag der Präsentation seines Buches \"Themen meines Lebens\" im Wiener Palais "
         "Lichtenstein, endgültig seine Wiederkandidatur bekannt geben. Etwa 3 Tage später, so News, werde Helmut Zilk das "
         "Klestil-Unterstützungskomitee präsentieren. Die Prominenten für Klestil: Vorarlbergs Altlandeshauptmann Martin "
         "Purtscher, die ehemalige Nationalbankspräsidentin Maria Schaumayer; Anton Benya; Anton Sailer; Herbert \"Schneckerl\" "
         "Prohaska; Herzchrirurg Ernst Wolner; Gustav Peichl; Lotte Tobisch; Elfriede Ott; Fritz Muliar; Peter Mitterbauer, "
         "Präsident der Industriellenvereinigung; Hellmuth Longin, Industrieller; Industriemanager Veit Sorger und Helmut Zilk "
         "als Obmann.")
KK_P2 = ("Im Interview mit News sorgt der liberale Wirtschaftssprecher Hans Peter Haselsteiner, seine Partei wolle eine "
         "\"Glaubhafte Alternative zum Bundespräsidenten\" präsentieren. \"Daher wünsche ich mir die Kandidatur von Heide "
         "Schmidt. Sie hat in hohem Ausmaß, was ich bei Klestil so vermisse: persönliche Glaubwürdigkeit. Das ist ihr größtes "
         "Kapital. Zwei so unterschiedliche Persönlichkeiten würden einen spannenden Wahlkampf garantieren.\"")

add(id="ho569-ots-news-1997-11-05-klestil-komitee-haselsteiner",
    title=KK_T,
    url="https://www.ots.at/presseaussendung/OTS_19971105_OTS0203/klestil-kandidatur-ansage-am-17-november-news-nennt-"
        "unterstuetzungskomitee",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 5 November 1997 by its OTS number and "
              "the kicker 'Vorausmeldung zu News 45/97 vom 5. November 1997', kept as the line of its own it is in the stored "
              "copy; the sender is told by the contact block 'NEWS Chefredaktion' and the footer 'ORIGINALTEXT-SERVICE UNTER "
              "VERANTWORTUNG DES AUSSENDERS | NEF/OTS', both dropped (rules 3040, 3200); the dateline run into the first "
              "paragraph; complete in the stored copy; the published 'berichtet wird' without a comma, 'Palais Lichtenstein', "
              "'Nationalbankspräsidentin', 'Herzchrirurg' and the verb 'sorgt' where 'sagt' is meant kept (rules 20, 3331))",
    license=APA_OTS_SENDERS,
    paras=[KK_KICK, KK_P1, KK_P2],
    # the headline label `Klestil:` stands before words without marks (rule 5); the book title after `seines Buches` and the
    # nickname `"Schneckerl"` are null (rules 24, 75, 110); the partial quotation in the Konjunktiv clause after the misspelt
    # cue `sorgt der liberale Wirtschaftssprecher Hans Peter Haselsteiner` is his, and so is the cue-less quotation after it,
    # which goes on in his first person (rule 3331; NOTES.md continuation); Thomas Klestil, Helmut Zilk, Heide Schmidt and the
    # members of the committee say nothing; `der liberale Wirtschaftssprecher` names his party's office and is no alias
    # (rule 33)
    quotes=[("\"Themen meines Lebens\"", None),
            ("\"Schneckerl\"", None),
            ("\"Glaubhafte Alternative zum Bundespräsidenten\"", HASELSTEINER),
            (cut(KK_P2, "\"Daher wünsche ich", "Wahlkampf garantieren.\""), HASELSTEINER)],
    aliases={HASELSTEINER: ["Hans Peter Haselsteiner"]})

# --- APA-OTS, the news magazine NEWS, 19 November 1997: Richard Lugner on his campaign budget and on Klestil ---

LU_T = "Präsidentschaftsbewerber Lugner will Wahlkampfbudget von der Steuer absetzen"
LU_SUB = ("Vorausmeldung zu NEWS Nr.47/20.11.1997 Lugner im News-Interview: \"Ich will doch ein starker Präsident sein.\"")
LU_P1 = ("Wien (OTS) - In einem Interview mit dem heute erscheinenden Nachrichtenmagazin News erklärte der unabhängige "
         "Präsidentschaftskandidat Lugner, sein Wahlkampfbudget von geschätzten 10 Millionen als \"Erwerbssicherung\" von der "
         "Steuer absetzen zu wollen. Moralische Bedenken, seine politischen Ambitionen vom Steuerzahler finanzieren zu lassen, "
         "hat Lugner nicht: \"Das machen doch alle.\"")
LU_P2 = ("Über sein Rollenverständnis als eventueller Bundespräsident erklärt Lugner entgegen früheren Ankündigungen, doch "
         "\"ein starker Bundespräsident\" sein zu wollen. Mit der Regierungsbildung würde er nur jemanden beauftragen, der seine "
         "Bedingungen (Parteiunabhängige(r) Rechnungshofpräsident, Höchstrichter, Hörer- und Seher-Vertretung) erfüllen werde.")
LU_P3 = ("Im News-Gespräch setzt er seine Angriffe auf den amtierenden Bundespräsidenten Klestil fort: \"Was hat er denn bitte "
         "bisher geleistet, außer Spaliere abschreiten und Kränze niederlegen? Überall wird jetzt kolportiert, er hätte einen "
         "schwarz-blauen Putsch verhindert. Da wird ihm eine Heldenrolle umgehängt, die ihm nicht zusteht. Ich lese doch auch "
         "Zeitungen und sehe die ZiB - ich hatte aber nie den Eindruck, daß wir am Rande des Absturzes in die Dritte Republik "
         "stehen. Ich werfe Klestil vor, daß er seine Rechte und Pflichten nicht ausreichend einsetzt.\"")

add(id="ho569-ots-news-1997-11-19-lugner-wahlkampfbudget",
    title=LU_T,
    url="https://www.ots.at/presseaussendung/OTS_19971119_OTS0121/praesidentschaftsbewerber-lugner-will-wahlkampfbudget-von-"
        "der-steuer-absetzen",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 19 November 1997 by its OTS number "
              "and the kicker 'Vorausmeldung zu NEWS Nr.47/20.11.1997', which the stored copy runs together with the subtitle "
              "on one line, unsplit (rule 3040); the sender is told by the contact block 'News Chefredaktion / Tel.:(01) 213 "
              "12-0' and the footer 'ORIGINALTEXT-SERVICE UNTER VERANTWORTUNG DES AUSSENDERS | NEF/OTS', both dropped (rules "
              "3040, 3200); the dateline run into the first paragraph; complete in the stored copy; the published "
              "'Nr.47/20.11.1997', 'Parteiunabhängige(r)' and 'daß' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[LU_SUB, LU_P1, LU_P2, LU_P3],
    # the subtitle label `Lugner im News-Interview:` gives the subtitle quotation to him (rules 54, 107), and the body's
    # `doch "ein starker Bundespräsident" sein zu wollen` reports the same (rule 26); the marked term in his reported plan
    # (`als "Erwerbssicherung" … absetzen zu wollen`, after `erklärte der unabhängige Präsidentschaftskandidat Lugner`) and
    # the partial quotation after `erklärt Lugner` are his (rules 3, 25); the colon quotations after `hat Lugner nicht:` and
    # `setzt er seine Angriffe auf den amtierenden Bundespräsidenten Klestil fort:`, whose `er` is Lugner, not Klestil, the
    # object of his attacks named right before the colon, are his (rules 8, 9, 3045); Klestil says nothing; the text never
    # gives Lugner's first name, so the surname is canonical (rule 7), with the name-bearing role phrases as aliases (rule 44)
    quotes=[("\"Ich will doch ein starker Präsident sein.\"", LUGNER97),
            ("\"Erwerbssicherung\"", LUGNER97),
            ("\"Das machen doch alle.\"", LUGNER97),
            ("\"ein starker Bundespräsident\"", LUGNER97),
            (cut(LU_P3, "\"Was hat er denn", "ausreichend einsetzt.\""), LUGNER97)],
    aliases={LUGNER97: ["Lugner", "Präsidentschaftsbewerber Lugner", "Präsidentschaftskandidat Lugner"]})

# --- APA-OTS, the news magazine NEWS, 18 March 1998: Thomas Klestil for a referendum before joining NATO ---

KL_T = "News berichtet in seiner kommenden Ausgabe 12/98 (19.3.98): Vorausmeldung zu NEWS"
KL_SUB = ("Bundespräsident Klestil für Volksabstimmung über Neutralität -Klestil im News-Interview: Nato-Beitritt soll nicht "
          "sofort, sondern erst nach Bevölkerungsvotum entschieden werden - Klestil zur Wiederkandidatur in News: Ich "
          "verzichte auf 12 Millionen Schilling")
KL_P1 = ("Wien (OTS) - Bundespräsident Klestil spricht sich in einem ausführlichen Interview für die morgige Ausgabe des "
         "Nachrichtenmagazins News für eine Volksabstimmung vor einem eventuellen Nato-Beitritt aus. Klestil meint in News, man "
         "könnte eine Entscheidung über einen Nato-Beitritt Österreichs \"nicht treffen, ohne vorher die Bevölkerung gefragt zu "
         "haben\". Klestil wörtlich im morgigen News: \"Ich würde dieses Thema von einer Voksabstimmung entscheiden lassen, wenn "
         "es einmal soweit ist\".")
KL_P2 = ("Klestil zeigt in dem NEWS-Interview überraschend große Sympathie für die abwartende Nato-Position der SPÖ und Kanzler "
         "Klimas. Klestil wörtlich in NEWS \"Man muß die Frage 'Nato- ja oder nein' nicht heute und auch nicht jetzt entscheiden. "
         "Die Richtung muß stimmen. Wir müssen die dynamischen Änderungen der Nato laufend verfolgen - wir müssen bereit sein, "
         "am Aufbau des europäischen Sicherheitssystems mitzuwirken. Aber wir müssen nicht sofort eine Entscheidung treffen. "
         "Wenn's keine Einigung gibt, soll man in Ruhe weiterverhandeln, dann die Bevölekrung wirklich gut informieren - und "
         "dann das Volk entscheiden lassen\".")

add(id="ho569-ots-news-1998-03-18-klestil-nato-volksabstimmung",
    title=KL_T,
    url="https://www.ots.at/presseaussendung/OTS_19980318_OTS0191/news-berichtet-in-seiner-kommenden-ausgabe-1298-19398-"
        "vorausmeldung-zu-news",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 18 March 1998 by its OTS number; the "
              "stored copy ends inside its third paragraph ('Im NEWS-Interview, das morgen als Titelgeschichte erscheint, legt "
              "Klestil auch erstmals seine private finanzielle Situation offen. … an Pensionszahlungen leisten', cut "
              "mid-sentence), which is dropped with the rest of the release and its contact block (rules 15, 17, 3330); the "
              "sender is told by the headline, which names the magazine and its kicker, and by the magazine's reporting of its "
              "own interview (rules 3090, 3330); headline and subtitle kept as lines of their own as stored, the dateline run "
              "into the first paragraph; the published '-Klestil' without a space, 'Voksabstimmung', 'Bevölekrung', 'muß', "
              "the nested ASCII single marks around 'Nato- ja oder nein', the missing colon after 'Klestil wörtlich in NEWS' "
              "and the full stops after the closing marks kept (rules 20, 3332))",
    license=APA_OTS_SENDERS,
    paras=[KL_SUB, KL_P1, KL_P2],
    # headline and subtitle carry no marks (rule 5: the label `Klestil zur Wiederkandidatur in News:` stands before words
    # without marks); the partial quotation in the Konjunktiv clause after `Klestil meint in News,` is his (rules 3, 25); the
    # colon quotation after the verbless label `Klestil wörtlich im morgigen News:` is his (rule 9), and so is the quotation
    # right after the label `Klestil wörtlich in NEWS` without a colon (rule 3332), with the nested single marks inside its
    # one span (rules 143, 999); the SPÖ and Kanzler Klima, whose position he likes, say nothing; `Bundespräsident`, which
    # names only him, is an alias (rule 44); the text never gives his first name, so the surname is canonical (rule 7)
    quotes=[("\"nicht treffen, ohne vorher die Bevölkerung gefragt zu haben\"", KLESTIL),
            (cut(KL_P1, "\"Ich würde dieses Thema", "soweit ist\""), KLESTIL),
            (cut(KL_P2, "\"Man muß die Frage", "entscheiden lassen\""), KLESTIL)],
    aliases={KLESTIL: ["Klestil", "Bundespräsident Klestil", "Bundespräsident"]})

# --- APA-OTS, the news magazine NEWS, 28 April 1998: Richard Lugner plans a party for the Tyrolean Landtag election ---

LT_T = "Richard Lugner - Bei Tiroler Landtagswahlen mit eigener Partei Vorausmeldung zu News Nr. 18/98 vom 29.4.98"
LT_P1 = ("Wien (OTS) - In einem Interview mit dem morgen, Mittwoch, erscheinenden Nachrichtenmagazin NEWS kündigt Baumeister "
         "Richard Lugner an, im März nächsten Jahres bei den Tiroler Landtagswahlen antreten zu wollen. Lugner will entweder mit "
         "einer eigenen \"Lugner-Partei\" oder mit den \"Freien Demokraten\", einer FPÖ-Abspaltung, der etwa der "
         "Ex-Staatssekretär Ferrari-Brunnenfeld angehörte, kandidieren.")
LT_P2 = ("Als Spitzenkandidaten denkt Lugner an den von der FPÖ kürzlich geschaßten Innsbrucker Stadtrat Rudi Federspiel. Die "
         "Wahl in Tirol sieht Lugner \"als Test für die Nationalratswahlen im Herbst.\" Seinen Wohnsitz würde er dafür für "
         "einige Monate nach Innsbruck verlegen.")
LT_P3 = join("Grundsätzlich will Lugner jedenfalls eine neue Partei gründen:",
             "\"Eine jungfräuliche, völlig neue Partei. Das Projekt läuft derzeit unter dem Arbeitstitel Lugner-Partei.\"")

add(id="ho569-ots-news-1998-04-28-lugner-tiroler-partei",
    title=LT_T,
    url="https://www.ots.at/presseaussendung/OTS_19980428_OTS0137/richard-lugner-bei-tiroler-landtagswahlen-mit-eigener-"
        "partei-vorausmeldung-zu-news-nr-1898-vom-29498",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 28 April 1998 by its OTS number and "
              "the kicker 'Vorausmeldung zu News Nr. 18/98 vom 29.4.98', which the headline carries at its end, unsplit "
              "(rule 3040; the address slug ends with it too); the sender is told by the contact block 'NEWS-Chefredaktion, / "
              "Tel.: 01/213 12 103' and the footer 'ORIGINALTEXT-SERVICE UNTER VERANTWORTUNG DES AUSSENDERS | NEF/OTS', both "
              "dropped (rules 3040, 3200); the dateline run into the first paragraph; the stored copy separates its "
              "paragraphs by empty lines, so the single line break after the cue 'eine neue Partei gründen:' is joined with a "
              "space (rule 3330); complete in the stored copy; the published 'geschaßten' and the full stop inside the "
              "closing mark of the partial quotation 'im Herbst.\"' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[LT_P1, LT_P2, LT_P3],
    # the names in marks of the planned party and of the FPÖ splinter party are null (rules 2, 24), although the first is
    # Lugner's own working title, which his last quotation names without marks: the marks name a party, they do not quote
    # him (rule 2: a party's name in marks is null whoever coined it); the partial quotation after `Die
    # Wahl in Tirol sieht Lugner` is his (rule 3); the colon quotation after `Grundsätzlich will Lugner jedenfalls eine neue
    # Partei gründen:` is his (rule 9); Ferrari-Brunnenfeld, Rudi Federspiel and the FPÖ say nothing; `Baumeister`, which
    # names only him, is an alias (rule 44)
    quotes=[("\"Lugner-Partei\"", None),
            ("\"Freien Demokraten\"", None),
            ("\"als Test für die Nationalratswahlen im Herbst.\"", LUGNER98),
            (cut(LT_P3, "\"Eine jungfräuliche", "Lugner-Partei.\""), LUGNER98)],
    aliases={LUGNER98: ["Richard Lugner", "Lugner", "Baumeister Richard Lugner", "Baumeister"]})

# --- APA-OTS, the news magazine NEWS, 9 June 1998: Cornelia Gretsch, Peter Rosenstingl's companion, in Brazil ---

GR_T = "Rosenstingls Gefährtin Cornelia Gretsch exklusiv im NEWS-Interview: \"Wollen in Brasilien bleiben.\""
GR_SUB = ("Vorausmeldung zu NEWS Nr. 24/10.6.1998 Peter Rosenstingl treffe keine Schuld an der Affäre -Gretsch: \"Daß die FPÖ "
          "alles auf uns schieben will, ist eh klar.\"")
GR_P1 = ("Wien (OTS) - Cornelia Gretsch, die Fluchtgefährtin des mutmaßlichen Millionenbetrügers Peter Rosenstingl, nimmt "
         "erstmals ausführlich in einem NEWS-Interview Stellung. Sie stehe weiterhin hinter Rosenstingl. Gretsch: \"Der Peter "
         "wurde gelegt, und ich habe keine moralischen Bedenken, bei ihm zu bleiben. Schuld ist sein Bruder. Er hat einfach nur "
         "die Haftung übernommen. Wir hoffen, daß sich die Geschichte aufklärt und rauskommt, daß der Peter nicht der größte "
         "Wirtschaftskriminelle des Jahrhunderts ist.\" Was in der FPÖ los sei, könnten sie und Rosenstingl von Brasilien aus "
         "nicht beurteilen. Gretsch: \"Daß die Wohnbaugesellschaft seit Jahren verschuldet ist, war nie ein Geheimnis. Aber "
         "damit hat der Peter nichts zu tun. Daß die FPÖ alles auf uns schieben will, ist eh klar.\" Von der prekären Situation "
         "Rosenstingls hätte vor allem der frühere FPÖ NÖ-Chef Bernhard Gratzer - derzeit ebenfalls in Untersuchungshaft - "
         "gewußt. Gretsch: \"Er hat die Provision bereitwillig kassiert.\"")

add(id="ho569-ots-news-1998-06-09-gretsch-brasilien",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_19980609_OTS0186/rosenstingls-gefaehrtin-cornelia-gretsch-exklusiv-im-news-"
        "interview-wollen-in-brasilien-bleiben",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 9 June 1998 by its OTS number and the "
              "kicker 'Vorausmeldung zu NEWS Nr. 24/10.6.1998', which the stored copy runs together with the subtitle on one "
              "line, unsplit (rule 3040); the stored copy ends inside its second paragraph ('Über die Flucht hätte Rosenstingl "
              "und Gretsch bereits seit langem nachgedacht. Gretsch: \"Die Situation ist seit eineinhalb Jahren brisant "
              "gewesen. …', cut mid-word), which is dropped with its quotation, the rest of the release and its contact block "
              "(rules 15, 17, 3330); the sender is told by the kicker and the magazine's reporting of its own interview (rules "
              "3090, 3330); headline and subtitle kept as lines of their own as stored, the dateline run into the first "
              "paragraph; the published '-Gretsch:' without a space, 'Daß', 'daß', 'gewußt' and 'FPÖ NÖ-Chef' kept (rule "
              "20))",
    license=APA_OTS_SENDERS,
    paras=[GR_SUB, GR_P1],
    # the headline label `Rosenstingls Gefährtin Cornelia Gretsch exklusiv im NEWS-Interview:` gives the headline quotation
    # to her (rule 54), its `Wollen` speaking for her and Rosenstingl; the subtitle label `-Gretsch:` after the unmarked
    # Konjunktiv summary gives the subtitle quotation to her (rules 5, 54, 107), and the body's second quotation ends with the
    # same sentence (rule 26); the colon quotations after the verbless labels `Gretsch:` are hers (rule 9); Peter Rosenstingl,
    # his brother, the FPÖ and Bernhard Gratzer, of whom she speaks, say nothing; `Rosenstingls Gefährtin` and `die
    # Fluchtgefährtin des … Peter Rosenstingl` name another person and are no aliases (rule 33)
    quotes=[("\"Wollen in Brasilien bleiben.\"", GRETSCH),
            (GR_SUB[GR_SUB.index("\"Daß die FPÖ"):], GRETSCH),
            (cut(GR_P1, "\"Der Peter wurde gelegt", "des Jahrhunderts ist.\""), GRETSCH),
            (cut(GR_P1, "\"Daß die Wohnbaugesellschaft", "ist eh klar.\""), GRETSCH),
            ("\"Er hat die Provision bereitwillig kassiert.\"", GRETSCH)],
    aliases={GRETSCH: ["Cornelia Gretsch", "Gretsch"]})

# --- APA-OTS, the news magazine NEWS, 25 February 2004: Benita Ferrero-Waldner as the ÖVP's candidate for president ---

FV_T = "Benita Ferrero-Waldner: \"Ich will eine Volkspräsidentin sein\""
FV_P1 = ("Wien (OTS) - ÖVP-Bundespräsidentschafts-Kandidatin Benita Ferrero-Waldner erklärt in der heute Mittwoch "
         "erscheinenden Ausgabe des Nachrichtenmagazins NEWS, \"eine Volkspräsidentin\" in einer \"neuen Hofburg\" sein zu "
         "wollen. Ihre Vorbilder für eine andere, neue Amtsführung seien die finnische Staatspräsidentin Vaira Vike-Freiberga "
         "und Nelson Mandela. Was ihre Siegeschancen angeht, bezeichnet sich Ferrero \"als Kämpferin\", nach einer ersten "
         "Länder-Tour durch Österreich sei sie \"überaus optimistisch, ich bin angetreten, um zu gewinnen.\"")
FV_P2 = ("Als neues Amtsverständnis wolle sie als Bundespräsidentin künftig \"die Meta-Themen des künftigen Weges Österreichs "
         "ansprechen, Agenda-Setting etwa im Bereich Wissenschaft\" betreiben und im übrigen wolle sie ihre internatinalen "
         "Verbindungen einsetzen: \"Ich habe das Netzwerk, ich werde gehört.\"")

add(id="ho569-ots-news-2004-02-25-ferrero-volkspraesidentin",
    title=FV_T,
    url="https://www.ots.at/presseaussendung/OTS_20040225_OTS0143/benita-ferrero-waldner-ich-will-eine-volkspraesidentin-sein",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 25 February 2004 by its OTS number; "
              "the sender is told by the contact block 'Sekretariat NEWS / Chefredaktion / Tel.: (01) 213 12 DW 1103' and "
              "the footer code 'NES0005', both dropped (rules 3040, 3200); the dateline run into the first paragraph; "
              "complete in the stored copy; the published 'die finnische Staatspräsidentin Vaira Vike-Freiberga' (she was "
              "Latvia's president), 'im übrigen', 'internatinalen' and the full stop inside the closing mark of 'um zu "
              "gewinnen.\"' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[FV_P1, FV_P2],
    # the headline label `Benita Ferrero-Waldner:` gives the headline quotation to her (rule 54), and the body's `"eine
    # Volkspräsidentin" … sein zu wollen` reports the same (rule 26); the partial quotations after `erklärt … Benita
    # Ferrero-Waldner` and `bezeichnet sich Ferrero` and in the narrator's Konjunktiv sentences about her (`sei sie "…"`,
    # `wolle sie … "…" betreiben`) are hers (rules 3, 25), the one after `sei sie` running on into her first person up to its
    # closing mark (rule 3021); the colon quotation after `wolle sie ihre internatinalen Verbindungen einsetzen:` is hers
    # (rules 9, 25); Vaira Vike-Freiberga and Nelson Mandela, her models, say nothing; `ÖVP-Bundespräsidentschafts-Kandidatin`
    # names the party and is no alias (rule 33)
    quotes=[("\"Ich will eine Volkspräsidentin sein\"", FERRERO),
            ("\"eine Volkspräsidentin\"", FERRERO),
            ("\"neuen Hofburg\"", FERRERO),
            ("\"als Kämpferin\"", FERRERO),
            ("\"überaus optimistisch, ich bin angetreten, um zu gewinnen.\"", FERRERO),
            (cut(FV_P2, "\"die Meta-Themen", "Bereich Wissenschaft\""), FERRERO),
            ("\"Ich habe das Netzwerk, ich werde gehört.\"", FERRERO)],
    aliases={FERRERO: ["Benita Ferrero-Waldner", "Ferrero"]})

# --- APA-OTS, the news magazine NEWS, 21 December 2004: Ferrero-Waldner on Heinz Fischer's first months in office ---

FF_T = "Ferrero lobt Fischer:\"Der neue Bundespräsident entstaubt die Hofburg\""
FF_SUB = "EU-Kommisarin zieht in NEWS Start-Bilanz über Heinz Fischer."
FF_P1 = ("Wien (OTS) - In einem Interview für NEWS zieht die ehemalige VP-Präsidentschaftskandiatin Benita Ferrero-Waldner "
         "erstmals eine Start-Bilanz über die ersten sechs Amtsmonate von Heinz Fischer als neuer Herr in Hofburg.. Die "
         "nunmehrige EU-Kommissarin lobt die Amtsführung des aus Sieger aus der Wahl hervorgegangenenn SP-Kandidaten Heinz "
         "Fischer ausdrücklich.")
FF_CUE1 = "Ferrero wörtlich in NEWS:"
FF_Q1 = ("\"Ich freue mich zu sehen, dass der Bundespräsident die Hofburg öffnet und entstaubt. Ich wünsche ihm und Österreich, "
         "dass er diese Dynamik auch in den kommenden Jahren aufrechterhält.")
FF_CUE2 = ("Ihr eigenes knappes 48-Prozent-Ergebnis bei der Präsidentschaftswahl am 25. April kommentiert Ferrero in ihrem "
           "Jahresbilanz-Interview für NEWS so:")
FF_Q2 = ("\"Auch wenn ich enttäuscht war über die Niederlage, so hat mich der Kontakt mit vielen Menschen und der positive "
         "Zuspruch, den ich in ganz Österreich erfahren durfte, doch berührt und geprägt. Ich möchte diese Zeit nicht missen. "
         "Sie wissen, dass ich gerne gewonnen hätte, und viel hat ja auch nicht gefehlt.\"")

add(id="ho569-ots-news-2004-12-21-ferrero-lobt-fischer",
    title=FF_T,
    url="https://www.ots.at/presseaussendung/OTS_20041221_OTS0126/ferrero-lobt-fischerder-neue-bundespraesident-entstaubt-"
        "die-hofburg",
    retrieved="same address (release of the news magazine NEWS on the APA-OTS service, 21 December 2004 by its OTS number; "
              "the sender is told by the contact block 'Sekretariat NEWS / Chefredaktion / Tel.: (01) 213 12 DW 1103' and "
              "the footer code 'NES0002', both dropped (rules 3040, 3200); headline and subtitle kept as lines of their own as "
              "stored, the dateline run into the first paragraph; the two cue lines kept as lines of their own, and the "
              "typewriter bullet 'O ' before each quotation paragraph dropped (rules 601, 3090, 3330); complete in the stored "
              "copy; the published 'Fischer:\"Der' without a space, 'EU-Kommisarin' beside 'EU-Kommissarin', "
              "'Präsidentschaftskandiatin', 'in Hofburg..', 'des aus Sieger aus der Wahl hervorgegangenenn SP-Kandidaten' "
              "and the missing closing mark after 'aufrechterhält.' kept (rules 20, 22))",
    license=APA_OTS_SENDERS,
    paras=[FF_SUB, FF_P1, FF_CUE1, FF_Q1, FF_CUE2, FF_Q2],
    # the headline quotation after `Ferrero lobt Fischer:` is hers, the subject of the label's verb, not Fischer's, its
    # object, whom the words praise in the third person (rule 3333); the body's first quotation says the same (rule 26); the
    # quotation paragraph after the cue line `Ferrero wörtlich in NEWS:`, never closed, runs to the end of its paragraph and
    # is hers (rules 22, 601), and so is the one after the cue line `… kommentiert Ferrero in ihrem Jahresbilanz-Interview für
    # NEWS so:` (rule 601); Heinz Fischer (`der Bundespräsident`, `ihm`, `er` inside her words) says nothing; `EU-Kommisarin`,
    # `Die nunmehrige EU-Kommissarin` and `VP-Präsidentschaftskandiatin` name the EU and the party and are no aliases (rule 33)
    quotes=[("\"Der neue Bundespräsident entstaubt die Hofburg\"", FERRERO),
            (FF_Q1, FERRERO),
            (FF_Q2, FERRERO)],
    aliases={FERRERO: ["Benita Ferrero-Waldner", "Ferrero"]})
