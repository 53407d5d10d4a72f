# Six-hundred-and-first held-out German real-news set (tests/data/heldout601-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3570-3573). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-first held-out set": nine releases of Austrian parties, a Land party, a
# party's youth, women's and seniors' organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the
# Liberales Forum (the ELDR's president Annemie Neyts-Uyttebroeck and Angelika Mlinar before the Vienna election, October
# 2010), the SPÖ's federal press service (Josef Kalina on a poll, November 2007), the Greens (Michaela Sburny on Hannes
# Missethon and the Bleiberecht, June 2007), the Vienna SPÖ (Harry Kopietz against Missethon, August 2008), the ÖVP's federal
# press service (Missethon against Kalina, December 2007), the Ring Freiheitlicher Jugend (Johann Gudenus and Nikolaus Amhof on
# the founding of the BZÖ, April 2005), the SPÖ-Frauen by the SPÖ's press service (Gabriele Heinisch-Hosek and Andrea Brunner
# on Barbara Prammer's death day, August 2018, sender read from the dateline code), the NEOS (Beate Meinl-Reisinger on the new
# Land spokesman in the Burgenland, November 2021, sender inferred) and the Österreichischer Seniorenbund (Josef Pühringer's
# greeting to the Bundes-Seniorentag, September 2016, sender inferred). Stored copies are the `search` tool's `pages`
# excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker `****`,
# end marks with the press officer's sign, contact blocks and footers) is dropped and a single stored line break inside a
# paragraph is joined (rules 48, 63, 460, 3050, 3250, 3310, 3570), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


NEYTS = "Annemie Neyts-Uyttebroeck"
MLINAR = "Angelika Mlinar"
KALINA = "Josef Kalina"
SBURNY = "Michaela Sburny"
KOPIETZ = "Harry Kopietz"
MISSETHON = "Hannes Missethon"
GUDENUS = "Johann Gudenus"
HEINISCH = "Gabriele Heinisch-Hosek"
BRUNNER = "Andrea Brunner"
MEINL = "Beate Meinl-Reisinger"
PUEHRINGER = "Josef Pühringer"

# --- APA-OTS, Liberales Forum, 8 October 2010: the European Liberals back the LIF before the Vienna election ---

LI_T = "Europäische Liberale unterstützen LIF"
LI_SUB = "ELDR wünscht sich liberale Kraft in Österreich"
LI_P1 = ("Wien (OTS) - Unterstützung für das Liberale Forum aus Europa. Drittstärkste politische Kraft im Europaparlament hofft "
         "auf Wiedereinzug des LIF.")
LI_P2 = ("Das Liberale Forum will kommenden Sonntag den Wiedereinzug in Bezirksvertretungen und den Wiener Gemeinderat schaffen. "
         "Die europäischen Liberalen unterstützen voll und ganz ihre österreichische Mitgliedspartei. \"Als drittstärkste "
         "politische Kraft in Europa legen wir großen Wert darauf, dass endlich auch wieder in Österreich eine liberale Kraft "
         "etabliert ist\", erklärt Annemie Neyts-Uyttebroeck, ELDR-Präsidentin und belgische Europaparlamentarierin. \"Wir "
         "begrüßen den Neuanfang des Liberalen Forums sehr. Parteien leben vom Engagement vor Ort. Nur über die aktive "
         "Beteiligung auf kommunaler Ebene können sie die Anliegen der Bürger aufnehmen\", so Neyts-Uyttebroeck weiter.")
LI_SH = "In der Mitte liegt die Kraft"
LI_P3 = ("Die ELDR (Europäische Liberale, Demokratische und Reformpartei) ist im europäischen Parlament die drittgrößte Fraktion. "
         "In 10 von 27 EU-Ländern sind liberale Parteien an nationalen Regierungen beteiligt. \"Es kann doch nicht sein, dass "
         "ganz Europa liberal denkt und nur Österreich als weißer Fleck auf der Landkarte - in der Mitte Europas - übrigbleibt\", "
         "sagt LIF-Spitzenkandidatin Angelika Mlinar. Das Liberale Forum bietet den BürgerInnen Wiens kommenden Sonntag einen "
         "offenen und zukunftsgewandten Politikentwurf. Liberale glauben an die Chancen einer offenen Gesellschaft und wenden "
         "sich gegen jede Form des Populismus.")

add(id="ho601-ots-lif-2010-10-08-eldr-neyts-mlinar",
    title=LI_T,
    url="https://www.ots.at/presseaussendung/OTS_20101008_OTS0102/europaeische-liberale-unterstuetzen-lif",
    retrieved="same address (release of the Liberales Forum on the APA-OTS service, 8 October 2010 by its OTS number, the "
              "Sunday of the Vienna election, 10 October 2010, being 'kommenden Sonntag'; the sender is told by the contact "
              "block 'Rückfragen & Kontakt: und Interviewanfragen: Michael Pock, Wahlkampfleiter Liberales Forum, …' with a "
              "second contact at the party's advertising agency ('Freie Kreative' Werbung & PR Agentur GmbH, the company "
              "name in marks in the dropped block) and the footer line, which the stored copy breaks off ('… VERANTWORTUNG "
              "DES AUS'), all dropped (rules 3250, 3570); headline, subtitle and the subheading 'In der Mitte liegt die Kraft' "
              "kept as lines of their own as stored (rule 13); the dateline kept at the start of the first paragraph; complete "
              "as stored up to the contact block)",
    license=APA_OTS_POLITICS,
    paras=[LI_SUB, LI_P1, LI_P2, LI_SH, LI_P3],
    # the quotation before `erklärt Annemie Neyts-Uyttebroeck, ELDR-Präsidentin und belgische Europaparlamentarierin` is
    # hers, its `wir` speaking for the ELDR (rules 30, 2614), and the one before `so Neyts-Uyttebroeck weiter` too (rule
    # 30); the quotation before `sagt LIF-Spitzenkandidatin Angelika Mlinar` is Mlinar's (rule 30); the European party
    # speaks in the sender's release through its president, the sender through its top candidate; the role phrases with
    # the ELDR's and the LIF's names are no aliases (rule 33); the ELDR, the europäischen Liberalen and the Liberales Forum,
    # of which the unmarked sentences speak, say nothing in marks
    quotes=[(cut(LI_P2, "\"Als drittstärkste", "etabliert ist\""), NEYTS),
            (cut(LI_P2, "\"Wir begrüßen", "Bürger aufnehmen\""), NEYTS),
            (cut(LI_P3, "\"Es kann doch", "übrigbleibt\""), MLINAR)],
    aliases={NEYTS: ["Annemie Neyts-Uyttebroeck", "Neyts-Uyttebroeck"],
             MLINAR: ["Angelika Mlinar"]})

# --- APA-OTS, SPÖ-Bundesorganisation (Pressedienst), 10 November 2007: Kalina on the SPÖ's poll figures ---

KA_T = "Kalina: Gute SPÖ-Umfragewerte Lohn der guten Arbeit"
KA_SUB = "Zu ÖVP: \"Blockade ist kein Programm\""
KA_P1 = ("Wien (SK) - SPÖ-Bundesgeschäftsführer Josef Kalina sieht die guten Umfragewerte als \"Lohn für die gute Arbeit, die "
         "die SPÖ in Regierung und Parlament abliefert\". Laut einer neuer OGM-Umfrage für das Nachrichtenmagazin \"profil\" "
         "hält die SPÖ jetzt bei 36 Prozent und liegt damit zwei Prozentpunkte vor der ÖVP. Für Kalina zeigt der stetige "
         "Aufwärtstrend für die SPÖ, \"dass die Österreicher sich immer klarer darüber werden, welche Partei für die Zukunft des "
         "Landes arbeitet - und welche Partei das in geringerem Ausmaß macht\".")
KA_P2 = ("Daher bekräftigt er seinen Appell an die ÖVP, dass sie ihre Energie nicht fürs Bremsen einsetzt: \"Blockade ist kein "
         "Programm\", so Kalina am Samstag gegenüber dem SPÖ-Pressedienst, \"das sollte der ÖVP mittlerweile klar geworden "
         "sein.\"")

add(id="ho601-ots-spoe-2007-11-10-kalina-umfragewerte-blockade",
    title=KA_T,
    url="https://www.ots.at/presseaussendung/OTS_20071110_OTS0034/kalina-gute-spoe-umfragewerte-lohn-der-guten-arbeit",
    retrieved="same address (release of the SPÖ's federal press service on the APA-OTS service, 10 November 2007 by its OTS "
              "number and the release's 'am Samstag'; the sender is told by the dateline code 'Wien (SK)', the contact block "
              "'SPÖ-Bundesorganisation, Pressedienst, Tel.: 01/53427-275, Löwelstraße 18, 1014 Wien, …' and the footer code "
              "NSK0001, the last two dropped (rules 3050, 3570); the OTS marker ' ****' after the first paragraph and the end "
              "mark with the press officer's sign ' (Schluss) wf' dropped (rules 48, 460); headline and subtitle kept as lines "
              "of their own as stored; the published 'Laut einer neuer OGM-Umfrage' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KA_SUB, KA_P1, KA_P2],
    # the subtitle's quotation after the label `Zu ÖVP:` is Kalina's, whom the headline label names and the body credits
    # with the same words (`"Blockade ist kein Programm", so Kalina`); the label names the party the words are aimed at, not
    # their speaker (rules 26, 360, 3572); the marked words after `sieht … als` are his (rule 2330), and so is the marked
    # clause after the view attribution `Für Kalina zeigt …` (rules 2605, 622); the magazine's name in marks is null (rule
    # 2); the quotation that the cue `so Kalina am Samstag gegenüber dem SPÖ-Pressedienst` splits is two spans of his (rule
    # 30), the press service being the addressee (rule 12); `SPÖ-Bundesgeschäftsführer` names the party and is no alias (rule
    # 33); the ÖVP, the SPÖ, the OGM and `die Österreicher` say nothing in marks
    quotes=[("\"Blockade ist kein Programm\"", KALINA, 0),
            ("\"Lohn für die gute Arbeit, die die SPÖ in Regierung und Parlament abliefert\"", KALINA),
            ("\"profil\"", None),
            (cut(KA_P1, "\"dass die Österreicher", "Ausmaß macht\""), KALINA),
            ("\"Blockade ist kein Programm\"", KALINA, 1),
            ("\"das sollte der ÖVP mittlerweile klar geworden sein.\"", KALINA)],
    aliases={KALINA: ["Josef Kalina", "Kalina"]})

# --- APA-OTS, Die Grünen, 15 June 2007: Sburny on Missethon and the Bleiberecht of a sacristan's family ---

SB_T = "Sburny: Missethon und ÖVP bei Bleiberecht schwer in der Defensive"
SB_SUB = "VP-Generalsekretär stellt sich in BZÖ-Diktion gegen ein ganzes Dorf"
SB_P1 = ("Wien (OTS) - \"Eine ganze Ortschaft steht hinter einer Familie und die ÖVP hat in ihrer Not nichts anderes zu tun, als "
         "sich mit BZÖ-Diktion zu Wort zu melden\", kommentierte die Bundesgeschäftsführerin de Grünen, Michaela Sburny die "
         "Äußerungen von Hannes Missethon. \"Missethon soll sich erst mal näher erkundigen, bevor er in Westenthalers Horn "
         "bläst, am besten beim Pfarrer von Hohenberg. Dort kann die ÖVP in Sachen gelebtes Christentum durchaus etwas lernen. "
         "Der dortige Pfarrer, der Feuerwehrkommandant und nahezu das gesamte Dorf setzen sich nämlich für ein Bleiberecht der "
         "bestens integrierten Mesnerfamilie ein\", so Michaela Sburny, Bundesgschäftsführerin der Grünen. Die notwendigen "
         "Telefonnummern stellt der Grüne Klub Herrn Missethon gerne zur Verfügung.")

add(id="ho601-ots-gruene-2007-06-15-sburny-missethon-bleiberecht",
    title=SB_T,
    url="https://www.ots.at/presseaussendung/OTS_20070615_OTS0265/sburny-missethon-und-oevp-bei-bleiberecht-schwer-in-der-"
        "defensive",
    retrieved="same address (release of the Greens on the APA-OTS service, 15 June 2007 by its OTS number; the sender is told "
              "by the contact block 'Die Grünen, Tel +43-1-40110-6707, presse@gruene.at' and the footer code FMB0005, both "
              "dropped (rules 3050, 3570); headline and subtitle kept as lines of their own as stored; the published 'die "
              "Bundesgeschäftsführerin de Grünen, Michaela Sburny die Äußerungen' without the second comma and "
              "'Bundesgschäftsführerin' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SB_SUB, SB_P1],
    # the quotation before `kommentierte die Bundesgeschäftsführerin de Grünen, Michaela Sburny die Äußerungen von Hannes
    # Missethon` is Sburny's, the cue's subject, not Missethon's, whose remarks are the object of her comment and who is the
    # name nearest after it (rule 30); the quotation before `so Michaela Sburny, Bundesgschäftsführerin der Grünen` is hers
    # (rule 30); Hannes Missethon (`VP-Generalsekretär`), Westenthaler, the ÖVP, the BZÖ, the Pfarrer von Hohenberg, the
    # Feuerwehrkommandant and the Grüne Klub say nothing in marks; the role phrases with the Greens' name are no aliases
    # (rule 33)
    quotes=[(cut(SB_P1, "\"Eine ganze", "Wort zu melden\""), SBURNY),
            (cut(SB_P1, "\"Missethon soll", "Mesnerfamilie ein\""), SBURNY)],
    aliases={SBURNY: ["Michaela Sburny"]})

# --- APA-OTS, SPÖ Wien (Pressedienst), 14 August 2008: Kopietz against Missethon's 'Wien-Krankrederei' ---

KO_T = "Kopietz an Missethon: Schämen sie sich!"
KO_P1 = ("Wien (SPW) - \"Schämen sie sich, Herr Missethon\", kommentierte der Wiener SPÖ-Landesparteisekretär, LAbg. Harry "
         "Kopietz am Donnerstag die wiederholte \"Wien-Krankrederei\" von ÖVP-Generalsekretär Hannes Missethon. Gerade die "
         "Kombination mit Ausländerfeindlichkeit sei \"absolut degoutant\", die permanente Verwendung eines historisch "
         "belasteten Begriffs mittlerweile \"sowieso sehr hinterfragenswert\". Die SPÖ werde sich auf dieses Niveau nicht "
         "einlassen.")
# the single stored line break after the colon of `betonte abschließend:` is joined with a space (rules 3050, 3250, 3570)
KO_P2 = join("\"Wenn Missethon meint, mit Strache verbal auf Bussi-Bussi machen zu müssen, dann ist das eine Sache, die er mit "
             "sich selber auszumachen hat und seiner wahrscheinlich baldigen Ex-Klientel erklären wird müssen\", stellte "
             "Kopietz fest und betonte abschließend:",
             "\"Wenn er aber meint, permanent die österreichische Bundeshauptstadt krank reden zu müssen, dann werden ihm die "
             "Bewohnerinnen und Bewohner der lebenswertesten Stadt der EU schon die Antwort geben. Die fühlen sich hier nämlich "
             "vornehmlich wohl - in welchem Viertel auch immer -und wissen ganz genau, wem sie das zu verdanken haben und wer "
             "hier die Unruhestifter und Neidhammel sind!\"")

add(id="ho601-ots-spoe-wien-2008-08-14-kopietz-missethon-krankrederei",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20080814_OTS0133/kopietz-an-missethon-schaemen-sie-sich",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 14 August 2008 by its OTS number and the "
              "release's 'am Donnerstag'; the sender is told by the dateline code 'Wien (SPW)', the contact block "
              "'Pressedienst der SPÖ-Wien, Tel.: ++43/ 01/ 53 427-222, wien.presse@spoe.at, http://www.wien.spoe.at' and the "
              "footer code DSW0001, the last two dropped (rules 3050, 3570); the OTS marker '****' run onto the last word of "
              "the first paragraph ('einlassen.****') and the end mark with the press officer's sign ' (Schluss) ah' dropped "
              "(rules 48, 460, 3050); the single stored line break after the colon that ends 'betonte abschließend:' joined "
              "with a space (rules 3050, 3250); the published 'Schämen sie sich' with lower-case 'sie' and '- in welchem "
              "Viertel auch immer -und' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_P1, KO_P2],
    # the headline label `Kopietz an Missethon:` before unmarked words has no span (rule 5); the quotation before `kommentierte
    # der Wiener SPÖ-Landesparteisekretär, LAbg. Harry Kopietz` is his, the `Herr Missethon` it addresses saying nothing
    # (rule 30); the marked `"Wien-Krankrederei"`, the object of his commenting, is Kopietz's pejorative coinage for
    # Missethon's remarks, not Missethon's word (rule 3571); the two marked phrases in the Konjunktiv sentence after it are
    # his partial quotations (rules 3, 25); the quotation before `stellte Kopietz fest` and the colon quotation after
    # `betonte abschließend:`, the subject of both verbs being Kopietz, are his (rules 9, 30); Hannes Missethon, Strache, the
    # SPÖ and the Bewohnerinnen und Bewohner say nothing in marks; the role phrase with the city and the party is no alias
    # (rule 33)
    quotes=[("\"Schämen sie sich, Herr Missethon\"", KOPIETZ),
            ("\"Wien-Krankrederei\"", KOPIETZ),
            ("\"absolut degoutant\"", KOPIETZ),
            ("\"sowieso sehr hinterfragenswert\"", KOPIETZ),
            (cut(KO_P2, "\"Wenn Missethon", "wird müssen\""), KOPIETZ),
            (cut(KO_P2, "\"Wenn er aber", "Neidhammel sind!\""), KOPIETZ)],
    aliases={KOPIETZ: ["Harry Kopietz", "LAbg. Harry Kopietz", "Kopietz"]})

# --- APA-OTS, ÖVP Bundespartei (ÖVP-PD), 1 December 2007: Missethon calls Kalina a 'Brandstifter' ---

MI_T = "Missethon: Kalina ist ein „Brandstifter“"
MI_SUB = "SPÖ stellt das Trennende in den Vordergrund"
MI_P1 = ("Wien, 01. Dezember 2007 (ÖVP-PD) „Kalina ist ein ‚Brandstifter’ und zudem ist er völlig ahnungslos. Wie lange kann "
         "sich SPÖ-Chef Gusenbauer einen solchen Generalsekretär leisten, der ausnahmslos das Trennende in den Vordergrund "
         "stellt“, zeigt sich ÖVP-Generalsekretär Hannes Missethon zu den Aussagen Kalinas empört. Die heutigen Hetztiraden und "
         "„Brandreden“ des SPÖ-Geschäftsführers sind auf das schärfste zurückzuweisen.")
MI_P2 = ("„Die ÖVP ist im Konzentrationslager entstanden. Gründungsvater Leopold Figl wurde vom NS-Regime verfolgt und war "
         "einer der vordersten Kämpfer gegen die gräuelhafte NS-Herrschaft“, konstatiert Missethon. Die Väter des "
         "Staatsvertrages Raab und Figl derart zu beschmutzen wie Kalina dies tut, ist eine Beleidigung jener Generation, die "
         "unser Land nach dem Schrecken des Zweiten Weltkrieges wieder aufgebaut haben und eine Beschmutzung unseres ganzen "
         "Landes. „Genau diese Zeitzeugen berichten uns heute von den schmerzlichen Erlebnissen, mit denen Kalina sich "
         "offensichtlich überhaupt noch nie auseinandergesetzt hat“, betont Missethon.")
MI_P3 = ("„Wir wollen einen gemeinsamen Weg gehen und keinen trennenden. Wir wollen nach dem Vorbild Heinz Fischers und Andreas "
         "Khols der Geschichte gedenken\", so Missethon abschließend.")

add(id="ho601-ots-oevp-2007-12-01-missethon-kalina-brandstifter",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20071201_OTS0057/missethon-kalina-ist-ein-brandstifter",
    retrieved="same address (release of the ÖVP's federal press service on the APA-OTS service, 1 December 2007 by its OTS "
              "number and its date line 'Wien, 01. Dezember 2007 (ÖVP-PD)'; the sender is also told by the contact block 'ÖVP "
              "Bundespartei, Abteilung Presse und Medien, Tel.:(01) 401 26-420; Internet: http://www.oevp.at' and the footer "
              "code NVP0004, both dropped (rules 3190, 3570); the date line kept at the start of the first paragraph without a "
              "dash, the first quotation following it after one space (rule 3190); the OTS marker ' ****' after the first "
              "paragraph dropped (rule 460); headline and subtitle kept as lines of their own as stored; the single marks "
              "'‚Brandstifter’' inside the first quotation, the last quotation's closing ASCII mark after its opening '„', 'auf "
              "das schärfste', 'gräuelhafte' and 'jener Generation, die … aufgebaut haben' kept (rules 20, 21); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[MI_SUB, MI_P1, MI_P2, MI_P3],
    # the headline's marked word after the label `Missethon:` is his, the body giving him the same word in his first
    # quotation (`„Kalina ist ein ‚Brandstifter’ …“, zeigt sich ÖVP-Generalsekretär Hannes Missethon … empört`; rules 26, 54);
    # the single marks nested in that quotation stay inside his span (NOTES.md nested quotes); `„Brandreden“` in the
    # release's own indicative sentence after his cue, which has no verb of saying, no Konjunktiv and no first person, is
    # null (rule 3571; rules 24, 2661, 2793); the quotations before `konstatiert Missethon`, `betont Missethon` and `so
    # Missethon abschließend` are his (rule 30), the last one closed by an ASCII mark after its opening `„` (rule 21); Josef
    # Kalina (`Kalina`, `SPÖ-Geschäftsführer`, `einen solchen Generalsekretär`), Gusenbauer, Leopold Figl, Raab, Heinz Fischer
    # and Andreas Khol say nothing in marks; `ÖVP-Generalsekretär` names the party and is no alias (rule 33)
    quotes=[("„Brandstifter“", MISSETHON),
            (cut(MI_P1, "„Kalina ist", "Vordergrund stellt“"), MISSETHON),
            ("„Brandreden“", None),
            (cut(MI_P2, "„Die ÖVP", "NS-Herrschaft“"), MISSETHON),
            (cut(MI_P2, "„Genau diese", "auseinandergesetzt hat“"), MISSETHON),
            (cut(MI_P3, "„Wir wollen", "gedenken\""), MISSETHON)],
    aliases={MISSETHON: ["Hannes Missethon", "Missethon"]})

# --- APA-OTS, Ring Freiheitlicher Jugend, 4 April 2005: Gudenus and Amhof on the split of the BZÖ from the FPÖ ---

RF_T = "Ring Freiheitlicher Jugend wirft Abspaltern Verrat am Wähler vor - NEUFASSUNG"
RF_SUB = "Bundesobmann Gudenus: Jugend bleibt bei FPÖ"
RF_P1 = ("Wien (OTS) - \"Diese Abspaltung löst völliges Unverständnis und Ablehnung bei der Freiheitlichen Jugend aus. Das muss "
         "man schon als Verrat am Wähler bezeichnen\" stellen der Bundesobmann des RFJ Johann Gudenus und "
         "Bundesgeschäftsführer Nikolaus Amhof fest.")
RF_P2 = ("Zuerst unter dem Mäntelchen einer Partei anzutreten und dann die Seiten zu wechseln, wenn Probleme auftauchen, ist ein "
         "absolut unfaires Verhalten gegenüber denjenigen Wählern, die freiheitlich wählten und nicht orange oder sonst wie.")
RF_P3 = ("Man muss auch die Frage stellen, wo hier eigentlich ein Neuanfang zu sehen ist, wenn die handelnden Personen so wie "
         "die politische Richtung in Form völliger Willfährigkeit gegenüber der ÖVP bestehen bleibt, so Gudenus und Amhof "
         "weiter.")
RF_P4 = ("\"Ich kann mir nicht vorstellen, dass sich der RFJ einer derartigen substanzlosen und abgenutzten Gruppierung "
         "anschließt, die einen Neuanfang bloß vortäuscht und nur alten Wein in neuen Schläuchern als einen solchen verkaufen "
         "will\", so RFJ-Obmann Gudenus.")
RF_P5 = ("\"Ich werde auch dem Bundesvorstand am 9. April vorschlagen, Jörg Haider aus unserer Organisation auszuschließen, da er "
         "als ehemaliger Bundesobmann der er von 1971 - 1975 gewesen ist, einerseits noch immer über eine Mitgliedschaft "
         "verfügt, aber andererseits mit dem heutigen Tage auch alle unsere Werte über Bord geworfen hat\", so Gudenus weiter.")
RF_P6 = ("\"Jörg Haider ist unserer Organisation in den Rücken gefallen um eine Art zweites Liberales Forum zu gründen, das "
         "allerdings meiner Überzeugung nach den selben Weg wie das Erste gehen wird!\", so Gudenus abschließend.")

add(id="ho601-ots-rfj-2005-04-04-gudenus-amhof-abspaltung",
    title=RF_T,
    url="https://www.ots.at/presseaussendung/OTS_20050404_OTS0213/ring-freiheitlicher-jugend-wirft-abspaltern-verrat-am-"
        "waehler-vor-neufassung",
    retrieved="same address (release of the Ring Freiheitlicher Jugend on the APA-OTS service, 4 April 2005 by its OTS number, "
              "the day the BZÖ's founding was announced; the sender is told by the contact block 'Ring Freiheitlicher Jugend, "
              "Stuckgasse 9/11, 1070 Wien, … info@rfj.at, http://rfj.at' and the footer line of the old layout with the code "
              "NEF0015, both dropped; the contact block decides over the footer's letters (rules 3190, 3570); the headline with "
              "the wire's correction note ' - NEUFASSUNG' run on as stored is the title, the subtitle a line of its own (rules "
              "18, 3570); the published missing comma before 'stellen der Bundesobmann', 'der er von 1971 - 1975', "
              "'Schläuchern', 'gefallen um' and 'den selben Weg' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RF_SUB, RF_P1, RF_P2, RF_P3, RF_P4, RF_P5, RF_P6],
    # the subtitle label `Bundesobmann Gudenus:` before unmarked words has no span (rule 5); the quotation before `stellen
    # der Bundesobmann des RFJ Johann Gudenus und Bundesgeschäftsführer Nikolaus Amhof fest` is their joint statement, the
    # first named canonical and Amhof, who has no quotation of his own, an alias (rules 27, 750); the two unmarked paragraphs
    # that follow, the second closed by `so Gudenus und Amhof weiter`, carry no span (rule 5); the quotations before `so
    # RFJ-Obmann Gudenus`, `so Gudenus weiter` and `so Gudenus abschließend` are his (rule 30); `Bundesobmann` names both
    # Gudenus and, inside his quotation, Jörg Haider and is no alias (rule 44); `RFJ-Obmann` names the organisation (rule 33);
    # Jörg Haider, the Bundesvorstand, the FPÖ, the ÖVP and the Liberales Forum say nothing
    quotes=[(cut(RF_P1, "\"Diese Abspaltung", "bezeichnen\""), GUDENUS),
            (cut(RF_P4, "\"Ich kann", "verkaufen will\""), GUDENUS),
            (cut(RF_P5, "\"Ich werde", "geworfen hat\""), GUDENUS),
            (cut(RF_P6, "\"Jörg Haider", "gehen wird!\""), GUDENUS)],
    aliases={GUDENUS: ["Johann Gudenus", "Gudenus", "Nikolaus Amhof", "Amhof"]})

# --- APA-OTS, SPÖ-Frauen by the SPÖ's press service, 2 August 2018: Heinisch-Hosek and Brunner on Barbara Prammer ---

FR_T = ("Heinisch-Hosek/Brunner: Sind es Barbara Prammer schuldig, dafür zu sorgen, dass wieder Politik im Sinne der Frauen "
        "gemacht wird")
FR_SUB = ("SPÖ-Frauen gedenken ihrer ehemaligen Vorsitzenden Barbara Prammer – Neue Broschüre „Mehr Beteiligung. Mehr "
          "Bewegung. Mehr Feminismus“ in ihrem Gedenken")
FR_P1 = ("Wien (OTS/SK) - „Gerade die letzten Wochen in denen die schwarz-blaue Regierung Gewaltschutz- und Frauenprojekte und "
         "den Ausbau der Kinderbetreuung massiv kürzt, haben gezeigt, was wir mit Barbara Prammer als Frauenpolitikerin hatten. "
         "Sie hat das Gewaltschutzgesetz umgesetzt, sie hat das erste Frauenvolksbegehren unterstützt und sie hat die "
         "Kindergartenmilliarde auf den Weg gebracht“, erinnert SPÖ-Bundesfrauenvorsitzende Gabriele Heinisch-Hosek an die "
         "ehemalige Frauenministerin, Nationalratspräsidentin und SPÖ-Frauenvorsitzende.")
FR_P2 = ("„Wie jedes Jahr haben wir das heurige Barbara Prammer Symposium im Jänner unter ein besonders Motto gesetzt. Heuer "
         "ging es in Barbara Prammers Sinne um ‚Mehr Beteiligung. Mehr Bewegung. Mehr Feminismus‘. Wir haben im Gegensatz zu "
         "Schwarz-Blau hier einen Schwerpunkt auf die Frage was Frauenpolitik können muss gesetzt und mit hunderten Frauen "
         "darüber diskutiert“, sagte SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner. Die Broschüre zum Barbara "
         "Prammer-Symposium kann ab sofort unter frauen @ spoe.at bestellt werden.")
FR_P3 = ("„Barbara wäre mit den Frauenorganisationen und uns gemeinsam gegen diese Kürzungen aufgetreten, das ist sicher. Wir "
         "sind es ihr und den Frauen in diesem Land schuldig, dafür zu sorgen, dass wieder eine Politik im Sinne der Frauen "
         "umgesetzt wird. Und das werden wir tun“, so Heinisch-Hosek und Brunner.")

add(id="ho601-ots-spoe-frauen-2018-08-02-heinisch-hosek-brunner-prammer",
    title=FR_T,
    url="https://www.ots.at/presseaussendung/OTS_20180802_OTS0038/heinisch-hosekbrunner-sind-es-barbara-prammer-schuldig-"
        "dafuer-zu-sorgen-dass-wieder-politik-im-sinne-der-frauen-gemacht-wird",
    retrieved="same address (release of the SPÖ-Frauen sent by the SPÖ's press service on the APA-OTS service, 2 August 2018 by "
              "its OTS number, the fourth anniversary of Barbara Prammer's death; the stored copy ends after the end mark "
              "without a contact block, and the sender is read from the dateline code 'Wien (OTS/SK)', the SPÖ's press "
              "service, and the release's own voice, the SPÖ-Frauen's chairwoman and their federal secretary speaking for "
              "them (rules 3050, 3250, 3570); the crawl-date prefix ' date 2018-08' before the headline dropped (rule 63); "
              "the OTS marker ' ****' after the first paragraph and the end mark with the press officers' signs ' (Schluss) "
              "up/mp' dropped (rules 48, 460); headline and subtitle kept as lines of their own as stored; the published 'die "
              "letzten Wochen in denen', 'unter ein besonders Motto', 'die Frage was Frauenpolitik' and 'frauen @ spoe.at' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[FR_SUB, FR_P1, FR_P2, FR_P3],
    # the headline label `Heinisch-Hosek/Brunner:` before unmarked words has no span (rule 5); the brochure's title in the
    # subtitle is null (rules 24, 135), and the same words in single marks nested in Brunner's quotation, the symposium's
    # motto, stay inside her span (NOTES.md nested quotes); the quotation before `erinnert SPÖ-Bundesfrauenvorsitzende
    # Gabriele Heinisch-Hosek an die ehemalige Frauenministerin, …` is Heinisch-Hosek's, the roles after `an` being Barbara
    # Prammer's (rule 30); the quotation before `sagte SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner` is Brunner's; the
    # joint quotation before `so Heinisch-Hosek und Brunner` goes to the first named, and Brunner, who has a quotation of her
    # own, is not its alias (rules 27, 750); Barbara Prammer (`Barbara`), the schwarz-blaue Regierung and the
    # Frauenorganisationen say nothing; the role phrases with the party's name are no aliases (rule 33)
    quotes=[("„Mehr Beteiligung. Mehr Bewegung. Mehr Feminismus“", None),
            (cut(FR_P1, "„Gerade die", "Weg gebracht“"), HEINISCH),
            (cut(FR_P2, "„Wie jedes", "darüber diskutiert“"), BRUNNER),
            (cut(FR_P3, "„Barbara wäre", "werden wir tun“"), HEINISCH)],
    aliases={HEINISCH: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek"],
             BRUNNER: ["Andrea Brunner", "Brunner"]})

# --- APA-OTS, NEOS, 13 November 2021: Meinl-Reisinger on the new Land spokesman of the NEOS Burgenland ---

NE_T = "NEOS: Gratulation an Christoph Schneider als neuer Landessprecher von NEOS Burgenland"
NE_SUB = ("Beate Meinl-Reisinger: „Ich gratuliere Christoph Schneider zu seiner Wahl und bedanke mich von ganzem Herzen bei "
          "Eduard Posch.“")
NE_P1 = ("Wien (OTS) - „Ich gratuliere dem neuen NEOS-Landessprecher Christoph Schneider ganz herzlich zu seiner Wahl und "
         "wünsche ihm alles Gute und viel Erfolg für seine neue Aufgabe. Als Kapitän einer Fußballmannschaft weiß er, wie man "
         "eine Mannschaft zusammenhält und zum Erfolg bringt. Davon kann und wird NEOS Burgenland mit Sicherheit profitieren“, "
         "betont NEOS-Vorsitzende Beate Meinl-Reisinger anlässlich der heutigen Landesmitgliederversammlung Burgenland.")
NE_P2 = ("„Besonders wichtig ist es mir aber, mich bei Eduard Posch zu bedanken, der seit 2014 Landesprecher und eine so starke "
         "Stimme für mehr Freiheit und Demokratie im Burgenland war und ist – in einem Bundesland mit absoluter Mehrheit für "
         "eine Partei ist das so dringend notwendig. Er hat den Weg für eine Politik der neuen Generation bereitet und kann jetzt "
         "beruhigt das Staffelholz weitergeben. Christoph Schneider und NEOS Burgenland bauen darauf auf und arbeiten jetzt mit "
         "aller Kraft dafür, dass NEOS im Burgenland weiter Wurzeln schlagen werden“, so Beate Meinl-Reisinger.")

add(id="ho601-ots-neos-2021-11-13-meinl-reisinger-schneider-posch",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20211113_OTS0037/neos-gratulation-an-christoph-schneider-als-neuer-"
        "landessprecher-von-neos-burgenland",
    retrieved="same address (release on the APA-OTS service, 13 November 2021 by its OTS number and the release's 'anlässlich "
              "der heutigen Landesmitgliederversammlung'; the crawl-date prefix ' date 2021-11' before the headline dropped "
              "(rule 63); the stored copy ends after its second body paragraph without a contact block, under the plain 'Wien "
              "(OTS) -', and the sender is inferred from the release's own voice as the NEOS' federal party: the headline label "
              "'NEOS:' and only the party's chairwoman quoted on the election of its Land spokesman (rules 3310, 3390, 3570); "
              "headline and subtitle kept as lines of their own as stored; the three empty lines between the paragraphs are "
              "paragraph breaks (rule 3250); the published 'Landesprecher' beside 'Landessprecher' kept (rule 20); used as "
              "stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1, NE_P2],
    # the subtitle quotation after the label `Beate Meinl-Reisinger:` is hers (rule 54), the body's two quotations giving her
    # the same congratulation and thanks (rule 26); the quotations before `betont NEOS-Vorsitzende Beate Meinl-Reisinger …`
    # and `so Beate Meinl-Reisinger` are hers (rule 30); Christoph Schneider and Eduard Posch, of whom she speaks, say
    # nothing; `NEOS-Vorsitzende` names the party and is no alias (rule 33)
    quotes=[(cut(NE_SUB, "„Ich gratuliere", "Eduard Posch.“"), MEINL),
            (cut(NE_P1, "„Ich gratuliere dem", "profitieren“"), MEINL),
            (cut(NE_P2, "„Besonders wichtig", "Wurzeln schlagen werden“"), MEINL)],
    aliases={MEINL: ["Beate Meinl-Reisinger"]})

# --- APA-OTS, Österreichischer Seniorenbund, 14 September 2016: Pühringer's greeting to the Bundes-Seniorentag ---

SE_T = "Bundes-Seniorentag II – Die Grußworte der Ehrengäste"
SE_SUB = "LH Dr. Pühringer: „Der Seniorenbund ist eine starke Stimme für die älteren Generationen“"
SE_P1 = "Linz (OTS) - Im Folgenden die wichtigsten Zitate aus den Grußworten der Ehrengäste zum Bundes-Seniorentag:"
SE_P2 = ("Aus terminlichen Gründen eröffnete der „Hausherr“ der heutigen Veranstaltung, Landeshauptmann Dr. Josef Pühringer, "
         "den Reigen der Grußworte zum Bundes-Seniorentag: „Lassen Sie mich zuerst unserem oberösterreichischen "
         "Seniorenbundobmann, Dr. Josef Ratzenböck, meinen herzlichen Dank aussprechen. Denn in Oberösterreich haben wir einen "
         "sehr starken Seniorenbund mit rund 75.000 Mitgliedern. Der Seniorenbund hat eine große Stärke in unserer "
         "Gesinnungsgemeinschaft. Er ist eine starke Stimme für die Älteren und seine Bedeutung wächst aufgrund der "
         "demographischen Entwicklung.“ Pühringer präsentierte in der Folge oberösterreichische Daten zur demographischen "
         "Entwicklung der letzten 50 Jahre, als erst „zehn Prozent der Bevölkerung über 60 Jahre alt“ waren. Heute sei bereits "
         "über ein Drittel über 60 Jahre alt, und 2050 werde laut Hochrechnungen bereits über ein Drittel der Bevölkerung über "
         "65 Jahre alt sein.")

add(id="ho601-ots-seniorenbund-2016-09-14-puehringer-grussworte",
    title=SE_T,
    url="https://www.ots.at/presseaussendung/OTS_20160914_OTS0224/bundes-seniorentag-ii-die-grussworte-der-ehrengaeste",
    retrieved="same address (release on the APA-OTS service, 14 September 2016 by its OTS number; the stored copy breaks off "
              "inside its third body paragraph ('… Der ist richtig und ziel') before any contact block, under the plain 'Linz "
              "(OTS) -', and the sender is inferred from the release's own voice as the Österreichischer Seniorenbund: the "
              "second of a numbered series on the Seniorenbund's own Bundes-Seniorentag, its guests' greetings to it (rules "
              "3310, 3570); the cut-off paragraph is dropped with its complete first quotation and the opening of its second, "
              "whose cue is lost (rules 15, 3250, 3310); the first body paragraph, which ends with the colon announcing the "
              "quotations, stays a paragraph of its own as stored (rules 3310, 3573); headline and subtitle kept as lines of "
              "their own as stored; the published 'demographischen' beside the cut paragraph's 'demografischen' kept (rule "
              "20))",
    license=APA_OTS_POLITICS,
    paras=[SE_SUB, SE_P1, SE_P2],
    # the subtitle quotation after the label `LH Dr. Pühringer:` is his (rule 54), the body giving him nearly the same words
    # (`Er ist eine starke Stimme für die Älteren`; rule 26); the first paragraph's colon announces the greetings and is no
    # cue of its own (rule 3573); the marked role label `„Hausherr“` is the release's and null (rules 24, 62); the colon
    # quotation after `eröffnete … Landeshauptmann Dr. Josef Pühringer, den Reigen der Grußworte …:` is his (rule 9); the
    # marked figure in the temporal clause of `Pühringer präsentierte … Daten …, als erst „…“ waren` is his partial
    # quotation (rule 3573; rules 3, 1811); Josef Ratzenböck, whom he thanks, and the Seniorenbund say nothing;
    # `Landeshauptmann` names only him and is an alias (rule 44)
    quotes=[(cut(SE_SUB, "„Der Seniorenbund", "Generationen“"), PUEHRINGER),
            ("„Hausherr“", None),
            (cut(SE_P2, "„Lassen Sie", "Entwicklung.“"), PUEHRINGER),
            ("„zehn Prozent der Bevölkerung über 60 Jahre alt“", PUEHRINGER)],
    aliases={PUEHRINGER: ["Josef Pühringer", "Landeshauptmann Dr. Josef Pühringer", "LH Dr. Pühringer", "Pühringer",
                          "Landeshauptmann"]})
