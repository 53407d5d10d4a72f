# Seven-hundred-and-thirty-seventh held-out German real-news set (tests/data/heldout737-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4600-4604). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets heldout735 to
# heldout742). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-thirty-seventh held-out set": nine releases of Austrian chambers,
# associations and an event company on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): three of the
# Österreichisches Jugendrotkreuz, the youth branch of the Österreichisches Rotes Kreuz (the Federal President's reception of a
# delegation, May 2018, with four named speakers; the Erste-Hilfe-Bundesbewerb of 2018 and its announcement of 2013); two of
# dentists' bodies (the Ärztekammer für Wien at the 2. Wiener Zahngesundheitstag, May 2003; the Wiener Zahnärztekammer's
# "Zahnnikolo" charity at the VinziMarkt, December 2017); one of the Österreichische Ziviltechnikerkammer with the German
# Bundesarchitektenkammer (a joint statement of their presidents on housing for refugees, October 2015); one of the Vienna City
# Marathon's organiser (the 35th marathon's first balance, April 2018); one of the Kuratorium für Verkehrssicherheit (its
# director on the minister's road-safety initiative, December 2008); and one of the Berufsverband Österreichischer
# PsychologInnen (school psychologists, October 2025). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17), the wire and store furniture is dropped (rules 460, 3040, 3260, 4540, 4600), and each
# retrieval note names what was dropped. The search budget of the session allowed 60 queries; 35 were used (SOURCES.md).
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
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


VDB = "Alexander Van der Bellen"
SCHOEPFER = "Gerald Schöpfer"
HAUSER = "Renate Hauser"
OBERLAENDER = "Helmut Oberländer"
GERSTENBERGER = "Andrea Gerstenberger"
KNOGLER = "Günther Knogler"
GREDLER = "Martina Gredler"
ETTINGER = "Barbara Ettinger-Brinckmann"
AULINGER = "Christian Aulinger"
KONRAD = "Wolfgang Konrad"
THANN = "Othmar Thann"
WIMMER = "Beate Wimmer-Puchinger"

# --- APA-OTS, Österreichisches Jugendrotkreuz, 29 May 2018: the Federal President receives a delegation ---

VB_T = "Bundespräsident Alexander Van der Bellen empfängt Österreichisches Jugendrotkreuz"
VB_SUB = "ÖJRK-Delegation trifft anlässlich des 70. Jahrestages das Staatsoberhaupt"
VB_P1 = ("Wien (OTS) - Anlässlich der Wiedergründung des Österreichischen Jugendrotkreuzes (ÖJRK) nach den Schrecken des "
         "Nationalsozialismus im Jahr 1948, hat Bundespräsident Alexander Van der Bellen am 29. Mai eine Delegation des "
         "Jugendrotkreuzes in der Hofburg empfangen. „Als Schirmherr des Österreichischen Roten Kreuzes fühle ich mich Ihnen "
         "verbunden und möchte Ihnen gleich zu Beginn aufs herzlichste für ihre so wichtige Bildungsarbeit für Schülerinnen und "
         "Schüler, für die Arbeit mit Kindern und Jugendlichen danken“, so das Staatsoberhaupt.")
VB_P2 = ("Rotkreuz-Präsident Gerald Schöpfer sprach seinerseits Dankesworte aus: „Ich bedanke mich für die Einladung zu diesem "
         "Empfang und ich freue mich, heute mit einer Jugendrotkreuz-Delegation mit Vertreterinnen und Vertretern aus ganz "
         "Österreich bei Ihnen zu Gast sein zu dürfen. Die meisten unserer Mitarbeiterinnen und Mitarbeiter engagieren sich "
         "freiwillig für das Jugendrotkreuz. Hauptberuflich sind sie als Pädagoginnen und Pädagogen bzw. Schuldirektorinnen und "
         "Schuldirektoren oder auch in der Schulaufsicht tätig.“")
VB_P3 = ("Jugendrotkreuz-Generalsekretärin Renate Hauser betonte: „Humanitäre Bildung beschreibt den Auftrag, den wir im "
         "Jugendrotkreuz wahrnehmen. Wir ermutigen junge Menschen, sich für ihre Mitmenschen zu interessieren und ihnen bei "
         "Bedarf auch zu helfen.“")
VB_P4 = ("Zwei jugendliche Erste-Hilfe-Profis aus der Steiermark demonstrierten, wie man im Notfall bei einem "
         "Atem-Kreislaufstillstand helfen kann. Helmut Oberländer, Direktor der NMS Köflach und ÖJRK-Bundesreferent erklärte: "
         "„Das Jugendrotkreuz vermittelt Schülerinnen und Schülern Lebenskompetenzen wie Erste Hilfe oder Schwimmen und "
         "Rettungsschwimmen.“")

add(id="ho737-ots-jugendrotkreuz-2018-05-29-van-der-bellen-schoepfer-hauser",
    title=VB_T,
    url="https://www.ots.at/presseaussendung/OTS_20180529_OTS0251/bundespraesident-alexander-van-der-bellen-empfaengt-"
        "oesterreichisches-jugendrotkreuz",
    retrieved="same address (release on the APA-OTS service, 29 May 2018 by its OTS number and its own date '… am 29. Mai … "
              "empfangen'); the crawl-date prefix ' date 2018-05' dropped (rule 4540); headline and subtitle kept as lines of "
              "their own, the dateline 'Wien (OTS) -' run into the first paragraph; the copy ends inside its fifth body "
              "paragraph ('Jugendvertreter Philipp Pechhacker'), which is dropped (rule 15), and before any contact block, so the "
              "sender is inferred from the release's own voice: it reports the Jugendrotkreuz's own delegation and quotes three "
              "of its officers after the head of state (rule 4600); used as stored up to the cut-off paragraph",
    license=APA_OTS_SENDERS,
    paras=[VB_SUB, VB_P1, VB_P2, VB_P3, VB_P4],
    # the headline and the subtitle carry no marks (rule 5); the quotation before `so das Staatsoberhaupt` is the Federal
    # President's, the role noun taking up the subject of the sentence before and naming only him (rules 8, 30, 44); the colon
    # quotations after `Rotkreuz-Präsident Gerald Schöpfer sprach seinerseits Dankesworte aus:`, after `Jugendrotkreuz-
    # Generalsekretärin Renate Hauser betonte:` and after `Helmut Oberländer, Direktor der NMS Köflach und ÖJRK-Bundesreferent
    # erklärte:` are theirs (rule 9); the two young first-aiders and Philipp Pechhacker of the cut-off paragraph say nothing in
    # the kept text; `Rotkreuz-Präsident`, `Jugendrotkreuz-Generalsekretärin`, `Direktor der NMS Köflach` and
    # `ÖJRK-Bundesreferent` carry the body's name and are not listed (rule 33)
    quotes=[(cut(VB_P1, "„Als Schirmherr", "danken“"), VDB),
            (cut(VB_P2, "„Ich bedanke", "tätig.“"), SCHOEPFER),
            (cut(VB_P3, "„Humanitäre", "helfen.“"), HAUSER),
            (cut(VB_P4, "„Das Jugendrotkreuz", "Rettungsschwimmen.“"), OBERLAENDER)],
    aliases={VDB: ["Alexander Van der Bellen", "Bundespräsident Alexander Van der Bellen", "Bundespräsident",
                   "Staatsoberhaupt"],
             SCHOEPFER: ["Gerald Schöpfer"],
             HAUSER: ["Renate Hauser"],
             OBERLAENDER: ["Helmut Oberländer"]})

# --- APA-OTS, Österreichisches Jugendrotkreuz, 30 May 2018: the Erste-Hilfe-Bundesbewerb at the Maltschacher See ---

EB_T = "Österreichweiter Erste-Hilfe-Bewerb des Jugendrotkreuzes"
EB_SUB = "Die Sieger kommen aus Oberösterreich und Kärnten"
EB_P1 = ("Wien (OTS) - „Wir gratulieren allen Teams – ihr seid alle Sieger!“, sagt Jugendrotkreuz-Generalsekretärin Renate "
         "Hauser und ergänzt: „Die Bewerbssituationen sind absichtlich komplex gestaltet, da die Teilnehmerinnen und Teilnehmer "
         "bereits Erste-Hilfe-Profis sind, die ihre jeweiligen Erste-Hilfe-Landesbewerbe gewonnen haben. Beim "
         "Erste-Hilfe-Bundesbewerb treten daher die besten Teams aller Bundesländer gegeneinander an.“ Insgesamt haben 150 "
         "Jugendliche von Schulen aus ganz Österreich beim heutigen Erste-Hilfe-Bundesbewerb des Österreichischen "
         "Jugendrotkreuzes in Kärnten am Maltschacher See teilgenommen und professionell Erste Hilfe geleistet.")
EB_H1 = "Stockerlplätze für Oberösterreich, Kärnten, Salzburg, Wien und Tirol"
EB_P2 = ("Platz eins in der Gold-Kategorie (16-stündiger Erste-Hilfe-Kurs) erringt die NMS Pabneukirchen aus Oberösterreich, "
         "der zweite Platz geht an die BAfEP Bischofshofen aus Salzburg, der dritte Platz geht ex aequo an die BAfEP Salzburg, "
         "die HAK Imst aus Tirol und das Wiedner Gymnasium aus Wien. In der Silber-Wertung (8-stündiger Erste-Hilfe-Kurs) geht "
         "der erste Stockerlplatz an das Alpen-Adria-Gymnasium Völkermarkt aus Kärnten, gefolgt von der De La Salle-Schule aus "
         "Wien auf Platz zwei. Platz drei gewinnt das Bundesgymnasium Seekirchen aus Salzburg.")

add(id="ho737-ots-jugendrotkreuz-2018-05-30-hauser-erste-hilfe-bundesbewerb",
    title=EB_T,
    url="https://www.ots.at/presseaussendung/OTS_20180530_OTS0224/oesterreichweiter-erste-hilfe-bewerb-des-jugendrotkreuzes",
    retrieved="same address (release on the APA-OTS service, 30 May 2018 by its OTS number, 'beim heutigen "
              "Erste-Hilfe-Bundesbewerb'); the crawl-date prefix ' date 2018-05' dropped (rule 4540); headline, subtitle and "
              "subheading kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the copy ends "
              "inside its third body paragraph, a team member's account in marks ('„Unser Team kam zu einer Situation, wo eine "
              "Familie in Not geraten ist. … Den abgetrennten Finger haben wir zuerst in ein'), which is dropped with its "
              "unclosed quotation (rule 15), and before any contact block, so the sender is inferred from the headline's own "
              "bewerb 'des Jugendrotkreuzes' and the quotations of its secretary general only (rule 4600)",
    license=APA_OTS_SENDERS,
    paras=[EB_SUB, EB_P1, EB_H1, EB_P2],
    # the opening quotation before `sagt Jugendrotkreuz-Generalsekretärin Renate Hauser` is hers (rule 30), and so is the
    # colon quotation after `und ergänzt:`, whose subject is still she (rules 8, 9); the en dash inside the first quotation is
    # part of it (rule 20); the winning schools and the Bundesländer say nothing; `Jugendrotkreuz-Generalsekretärin` carries
    # the body's name and is not listed (rule 33)
    quotes=[(cut(EB_P1, "„Wir gratulieren", "Sieger!“"), HAUSER),
            (cut(EB_P1, "„Die Bewerbssituationen", "gegeneinander an.“"), HAUSER)],
    aliases={HAUSER: ["Renate Hauser"]})

# --- APA-OTS, Österreichisches Jugendrotkreuz, 10 June 2013: announcement of the Erste-Hilfe-Bundesbewerb ---

MS_T = "Jugendrotkreuz: 150 Mädchen und Burschen beim Erste-Hilfe-Bundesbewerb"
MS_SUB = "Am Kärntner Maltschacher See geht's am 12. Juni um Pokale und Medaillen"
MS_P1 = ("Wien (OTS/Jugendrotkreuz) - Am 12. Juni zeigen 150 Schülerinnen und Schüler aus ganz Österreich am Maltschacher See "
         "in Kärnten ihr Erste-Hilfe-Wissen. \"Kindern und Jugendlichen zu zeigen, wie Erste Hilfe funktioniert, zählt zu den "
         "wichtigsten Aufgaben des Jugendrotkreuzes und wir beginnen damit bereits in der Volksschule: mit dem Programm \"Helfi "
         "hilft dir helfen\" lernen Kinder Erste Hilfe kennen. Schon das Absetzen eines Notrufs kann bereits Leben retten. Erste "
         "Hilfe ist einfach und das Einzige was man falsch machen kann, ist nichts zu tun\", so Andrea Gerstenberger, "
         "Generalsekretärin des Österreichischen Jugendrotkreuzes. In weiterführenden Schulen bietet das Jugendrotkreuz "
         "8-stündige Einführungskurse und 16-stündige Erste-Hilfe-Kurse für Fortgeschrittene an.")
MS_P2 = ("In Kärnten zeigen 10- bis 20-jährige Mädchen und Burschen bei inszenierten Unfällen und Verletzungen, dass sie richtig "
         "und schnell Erste Hilfe leisten können. Ein theoretischer Teil rundet den Bewerb ab. \"Bei Erste-Hilfe-Bewerben lernen "
         "die Mädchen und Burschen, ihr Erste-Hilfe-Wissen auch unter Stress anzuwenden\", so Gerstenberger.")
MS_P3 = ("Zeit: Journalisten haben die Möglichkeit, den Bewerb am Mittwoch, 12. Juni, in der Zeit von 7.30 bis 12.30 Uhr zu "
         "besuchen.")
MS_P4 = "Ort: Feriendorf Maltschacher See, Briefelsdorf 7, 9560 Feldkirchen"

add(id="ho737-ots-jugendrotkreuz-2013-06-10-gerstenberger-maltschacher-see",
    title=MS_T,
    url="https://www.ots.at/presseaussendung/OTS_20130610_OTS0091/jugendrotkreuz-150-maedchen-und-burschen-beim-erste-hilfe-"
        "bundesbewerb",
    retrieved="same address (release of the Österreichisches Jugendrotkreuz on the APA-OTS service, 10 June 2013 by its OTS "
              "number, announcing the competition of 12 June; the sender is told by the dateline tag 'Wien (OTS/Jugendrotkreuz) "
              "-' and the contact block 'Mag. Petra Griessner, Österreichisches Jugendrotkreuz' / 'Tel.: …', dropped with the "
              "heading 'Rückfragen & Kontakt:' (rules 3040, 4600)); headline and subtitle kept as lines of their own; the copy "
              "sets an empty line inside Gerstenberger's first sentence, after '… bereits in der Volksschule:' and before the "
              "lower-case 'mit dem Programm …'; the two pieces are joined with one space as one paragraph (rules 3260, 4601); "
              "the lines 'Zeit: …' and 'Ort: …' of the invitation to journalists kept as paragraphs; 'geht's' with its "
              "apostrophe and 'das Einzige was' without a comma kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[MS_SUB, MS_P1, MS_P2, MS_P3, MS_P4],
    # the quotation before `so Andrea Gerstenberger, Generalsekretärin des Österreichischen Jugendrotkreuzes` is hers, one span
    # from its first ASCII mark to the mark before `, so`, with the programme's name `"Helfi hilft dir helfen"` nested inside it
    # and no span of its own (rules 30, 999, 3343, 4601); the quotation before `so Gerstenberger` is hers (rule 30); the
    # Mädchen und Burschen and the Journalisten say nothing; `Generalsekretärin des Österreichischen Jugendrotkreuzes` carries
    # the body's name and is not listed (rule 33)
    quotes=[(cut(MS_P1, "\"Kindern", "nichts zu tun\""), GERSTENBERGER),
            (cut(MS_P2, "\"Bei Erste-Hilfe", "anzuwenden\""), GERSTENBERGER)],
    aliases={GERSTENBERGER: ["Andrea Gerstenberger", "Gerstenberger"]})

# --- APA-OTS, Ärztekammer für Wien, 7 May 2003: the 2. Wiener Zahngesundheitstag in the Rathaus ---

ZG_T = "Alles über Zähne im Wiener Rathaus"
ZG_SUB = ("2. Wiener Zahngesundheitstag am Freitag im Rathaus - Ärztekammer berät bei eigenem Stand - Mehr Vorsorge "
          "gefordert")
ZG_P1 = ("Wien (OTS) - Wie wichtig die genaue Zahnhygiene ist, weiß wohl jeder, der schon einmal am Zahnarztstuhl gelegen "
         "ist. Eine Intensivberatung zum Thema \"Kieferorthopädie\" und allgemeine Informationen die Zähne betreffend bieten nun "
         "die Zahnärzte am Informationsstand der Ärztekammer für Wien im Rahmen des \"2. Wiener Zahngesundheitstages\" am "
         "kommenden Freitag im Wiener Rathaus. Laut Zahnärztesprecher OMR Dr. Günther Knogler sollen dabei die Besucher "
         "speziell über die Möglichkeiten der modernen Kieferorthopädie sowohl in ästhetischer als auch in regulierender "
         "Hinsicht beraten werden.")
ZG_P2 = ("Beim Ärztekammerstand werden während des gesamten Tages jeweils zwei bis drei Zahnärzte anwesend sein. \"Natürlich "
         "können auch abseits der Kieferorthopädie alle zahntechnisch relevanten Fragen an uns gestellt werden\", betont "
         "Knogler. Mit Hilfe von Modellen und anderem Anschauungsmaterial könne zu Themenbereichen wie Vorsorge, richtiges "
         "Zahnputzverhalten, Zahnersatz und Prothetik eingehend und anschaulich beraten werden.")
ZG_P3 = ("Was den Zahnärzten besonders am Herzen liegt: Noch immer lässt die prophylaktische Zahnbehandlung in Österreich zu "
         "wünschen übrig. Knogler: \"Wir wissen aus Untersuchungen, dass lediglich 51 Prozent der Österreicher regelmäßig "
         "Zahnpflege betreiben.\" Noch immer gebe es die \"Familienzahnbürste\", auf die im Falle des Falles sämtliche "
         "Familienmitglieder zurückgreifen. Und auch dort, wo jedes Familienmitglied eine eigene Zahnbürste besitzt, lässt die "
         "Hygiene oft zu wünschen übrig: \"Im Schnitt verwenden die Österreicher im Jahr 1,26 Zahnbürsten. Die "
         "Weltgesundheitsorganisation WHO will vier Zahnbürsten pro Jahr. Wir empfehlen unseren Patienten aber, monatlich die "
         "Zahnbürste zu wechseln\", sagt Knogler.")

add(id="ho737-ots-aerztekammer-wien-2003-05-07-knogler-zahngesundheitstag",
    title=ZG_T,
    url="https://www.ots.at/presseaussendung/OTS_20030507_OTS0226/alles-ueber-zaehne-im-wiener-rathaus",
    retrieved="same address (release on the APA-OTS service, 7 May 2003 by its OTS number, a Wednesday, for 'am kommenden "
              "Freitag'); headline and subtitle kept as lines of their own, the dateline 'Wien (OTS) -' run into the first "
              "paragraph; the OTS marker '****' after the lead paragraph dropped (rule 460); the copy ends inside its fourth body "
              "paragraph ('Speziell die zahnärztliche Versorgung von Kindern und Jugendlichen wird trotz vieler K'), which is "
              "dropped (rule 15), and before any contact block, so the sender is inferred from the release's own voice: the "
              "subtitle's 'Ärztekammer berät bei eigenem Stand', the 'Ärztekammerstand' and the quotations of the chamber's "
              "dentists' spokesman only (rule 4600); 'Informationen die Zähne betreffend' without commas kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[ZG_SUB, ZG_P1, ZG_P2, ZG_P3],
    # the topic `"Kieferorthopädie"` after `zum Thema` and the event's name `"2. Wiener Zahngesundheitstages"` are null (rules
    # 2, 24); the quotation before `betont Knogler` is his (rule 30); the colon quotation after the label `Knogler:` is his
    # (rules 9, 54); the marked word in the narrator's Konjunktiv sentence `Noch immer gebe es die "Familienzahnbürste", …`,
    # between two of his quotations, is his term (rule 4603); the colon quotation after the narrator's sentence `… lässt die
    # Hygiene oft zu wünschen übrig:` closed by `sagt Knogler` is his (rule 30); the Besucher, the Österreicher and the WHO say
    # nothing in marks; `Zahnärztesprecher` names only Knogler in the release and is an alias (rule 44)
    quotes=[("\"Kieferorthopädie\"", None),
            ("\"2. Wiener Zahngesundheitstages\"", None),
            (cut(ZG_P2, "\"Natürlich", "gestellt werden\""), KNOGLER),
            (cut(ZG_P3, "\"Wir wissen", "betreiben.\""), KNOGLER),
            ("\"Familienzahnbürste\"", KNOGLER),
            (cut(ZG_P3, "\"Im Schnitt", "zu wechseln\""), KNOGLER)],
    aliases={KNOGLER: ["Günther Knogler", "Knogler", "Zahnärztesprecher"]})

# --- APA-OTS, Wiener Zahnärztekammer, 1 December 2017: the tenth "Zahnnikolo" charity at the VinziMarkt ---

VM_T = "VinziMarkt - 10jähriges Jubiläum der erfolgreichen Zahnnikolo Charity der Wiener Zahnärztekammer"
VM_SUB = "Eine Tombola als Motivator"
VM_P1 = ("Wien (OTS) - Heute fand eine große „Zahnputz-Feier“ im Vinzimarkt statt. Zum 10ten Mal motivierten wieder Wiener "
         "ZahnärztInnen die Klienten des Vinzimarktes, auf ihre Mundgesundheit zu achten. Es wurden wie immer "
         "Mundhygieneartikel verteilt, fachlich beraten und vor allem angeregt, einen gesunden Mund zu behalten. Diesmal wurden "
         "Brötchen verteilt und eine große Tombola durch die Spenden vieler Dentalfirmen organisiert. Die bewährte Leiterin des "
         "Vinzimarktes, Angela Proksch, sorgte durch die perfekte Organisation im Markt für den spektakulären Erfolg des Tages.")
VM_P2 = ("4% der österreichischen Bevölkerung sind \"erheblich materiell depriviert\". Meistens haben sie auch den Wunsch auf "
         "eine adäquate Zahnpflege, jedoch fehlt das Geld um die entsprechenden Artikel zu kaufen. Menschen, die in Armut leben, "
         "sind doppelt so oft krank wie Nicht-Arme. Arme Kinder von heute sind die chronisch Kranken von morgen")
VM_P3 = ("Die positive Assoziation mit Geschenken soll eine nachhaltige Wirkung erzielen: „Zähne putzen nicht als Last, "
         "sondern als Chancen für eine Beschwerdefreiheit der Mundhöhle zu verstehen und damit das Lächeln wieder unbeschwert "
         "ist “ hoffte MR Dr. Martina Gredler, Organisatorin dieser Charity und Sozialreferentin der Wiener Zahnärztekammer.")
VM_P4 = ("Die Zahnbürstentauschaktion war die Gelegenheit, sich von antiken, unbrauchbaren Zahnbürsten zu trennen und endlich "
         "neue mitzunehmen. Wer sich nicht regelmäßig von seiner Zahnbürste trennt, riskiert täglich, sich mit einer "
         "Bakterienschleuder zu infizieren.")

add(id="ho737-ots-zahnaerztekammer-wien-2017-12-01-gredler-zahnnikolo",
    title=VM_T,
    url="https://www.ots.at/presseaussendung/OTS_20171201_OTS0107/vinzimarkt-10jaehriges-jubilaeum-der-erfolgreichen-"
        "zahnnikolo-charity-der-wiener-zahnaerztekammer",
    retrieved="same address (release on the APA-OTS service, 1 December 2017 by its OTS number, 'Heute fand …'); headline and "
              "subtitle kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the copy ends "
              "inside its fifth body paragraph, the colon quotation of the president of the Österreichische Zahnärztekammer "
              "('MR Dr. Horejs, Präsident der Österreichischen Zahnärztekammer, ein regelmässiger Unterstützer dieses "
              "Aktionstages meinte: „Der österreichischen Zahnärzteschaft ist es ein Anliegen, … zur häuslichen Za'), which is "
              "dropped with its unclosed quotation (rule 15), and before any contact block, so the sender is inferred from the "
              "headline's 'Charity der Wiener Zahnärztekammer' and the quotation of its Sozialreferentin (rule 4600); the second "
              "paragraph without a final full stop ('… Kranken von morgen'), '10jähriges', '10ten', 'Geld um' without a comma "
              "and the space before the closing mark in 'unbeschwert ist “ hoffte' kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[VM_SUB, VM_P1, VM_P2, VM_P3, VM_P4],
    # the release's own name for the day, `„Zahnputz-Feier“`, is null (rules 24, 75); the statistical category `"erheblich
    # materiell depriviert"`, set in marks without any source named, is null (rule 4604); the colon quotation after the
    # narrator's sentence `Die positive Assoziation … soll eine nachhaltige Wirkung erzielen:` closed by `hoffte MR Dr. Martina
    # Gredler, Organisatorin …` without a comma is hers, a verb of hoping being a cue (rules 9, 30), the span running to the
    # closing mark after the published space (rules 6, 20); Angela Proksch, the Klienten and the Dentalfirmen say nothing;
    # `Organisatorin dieser Charity` and `Sozialreferentin der Wiener Zahnärztekammer` are not listed (rule 33)
    quotes=[("„Zahnputz-Feier“", None),
            ("\"erheblich materiell depriviert\"", None),
            (cut(VM_P3, "„Zähne putzen", "unbeschwert ist “"), GREDLER)],
    aliases={GREDLER: ["Martina Gredler"]})

# --- APA-OTS, Österreichische Ziviltechnikerkammer with the Bundesarchitektenkammer, 22 October 2015: housing for refugees ---

ZT_T = ("Architekten und Ingenieure beider Staaten unterstützen die Bemühungen Deutschlands und Österreichs zur Bewältigung "
        "der Flüchtlingsströme.")
ZT_P1 = join("Wien (OTS) - Der derzeitige Zustrom an Flüchtlingen nach Deutschland",
             "und Österreich stellt die Regierungen beider Staaten vor neue",
             "Herausforderungen in der Wohnbaupolitik. Die Präsidentin der",
             "Bundesarchitektenkammer Deutschlands (BAK), Barbara",
             "Ettinger-Brinckmann, und der Präsident der Österreichischen",
             "Ziviltechnikerkammer, Christian Aulinger, sind sich einig: \"Eine",
             "Aufstockung der staatlichen Wohnbauprogramme ist dringend",
             "erforderlich. Demagogen, die auf dem Rücken der Flüchtlinge",
             "politisches Kleingeld machen wollen, kann so der Wind aus den Segeln",
             "genommen werden\".")
ZT_H1 = "400.000 Wohnungen für Deutschland"
ZT_P2 = join("Für Deutschland geht Präsidentin Ettinger-Brinckmann davon aus, dass",
             "mehr als 400.000 Wohnungen benötigt werden, um die Flüchtlinge",
             "dauerhaft unterzubringen.")
ZT_P3 = join("Aulinger sieht die gesellschaftliche Verantwortung der Ziviltechniker",
             "gefordert: \"Wir müssen Wege aufzeigen, wie der zusätzliche Bedarf",
             "gedeckt werden kann, ohne dass hohe Qualitätsstandards gesenkt",
             "werden. Dass dies möglich ist, zeigen unter anderem Positivbeispiele",
             "im Bereich des sozialen Wohnungsbaus in Wien\".")

add(id="ho737-ots-ziviltechnikerkammer-2015-10-22-aulinger-ettinger-brinckmann",
    title=ZT_T,
    url="https://www.ots.at/presseaussendung/OTS_20151022_OTS0037/besuch-des-deutschen-baustaatssekretaers-adler-bei-"
        "wohnbaustadtrat-ludwig-in-wien",
    retrieved="same address (release on the APA-OTS service, 22 October 2015 by its OTS number); the stored copy shows no "
              "headline (the address slug keeps it: 'Besuch des deutschen Baustaatssekretärs Adler bei Wohnbaustadtrat Ludwig in "
              "Wien') and opens with the subtitle, which is its first line (rules 18, 32); the old layout's repeated subtitle "
              "after the marker 'Utl.:', ending ' =', is dropped (rules 3260, 4600); the copy is hard-wrapped at up to 70 "
              "characters without empty lines, so its wrapped lines are joined with a space, and paragraphs end where a line "
              "ends a sentence before a subheading or a new step (rules 3200, 4550); the subheading '400.000 Wohnungen für "
              "Deutschland' kept as a line; the copy ends inside the paragraph after the subheading 'Baustaatssekretär Adler "
              "trifft Wohnbaustadtrat Ludwig' ('Ettinger-Brinckmann und Aulinger begrüßen daher den Besuch … Baustaatssekretär "
              "Adler dazu: \"Deutschland und Österreich … ist deswegen ein'), which is dropped with the subheading and the "
              "state secretary's unclosed quotation (rules 15, 290), and before any contact block, so the sender is inferred: "
              "the release speaks for the two chambers' presidents only and is sent over the Austrian service from Wien, the "
              "Ziviltechnikerkammer being the Austrian one (rule 4600); the closing marks before the full stops kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[ZT_P1, ZT_H1, ZT_P2, ZT_P3],
    # the colon quotation after the two presidents' `sind sich einig:` is a joint statement and goes to the first named,
    # Barbara Ettinger-Brinckmann (rule 27); Christian Aulinger, quoted alone after `Aulinger sieht … gefordert:` (rule 9), keeps
    # his names under his own entry and is no alias of hers (rules 750, 3342); her unmarked `geht … davon aus, dass …` carries
    # no span (rule 5); the Regierungen, the Flüchtlinge and the Demagogen say nothing; `Präsidentin Ettinger-Brinckmann` is a
    # name-bearing form of hers; `Die Präsidentin der Bundesarchitektenkammer Deutschlands (BAK)` and `der Präsident der
    # Österreichischen Ziviltechnikerkammer` carry the bodies' names and are not listed (rule 33)
    quotes=[(cut(ZT_P1, "\"Eine Aufstockung", "genommen werden\""), ETTINGER),
            (cut(ZT_P3, "\"Wir müssen", "in Wien\""), AULINGER)],
    aliases={ETTINGER: ["Barbara Ettinger-Brinckmann", "Ettinger-Brinckmann", "Präsidentin Ettinger-Brinckmann"],
             AULINGER: ["Christian Aulinger", "Aulinger"]})

# --- APA-OTS, Vienna City Marathon, 22 April 2018: the first balance of the 35th marathon ---

VC_T = "Positive Bilanz für den 35. Vienna City Marathon"
VC_SUB = "Österreichs größte Laufsportveranstaltung-ein begeisterndes „Theater der Emotionen“ zum 35. Jubiläum"
VC_P1 = ("Wien (OTS) - Gerade liefen die letzten der heuer 41.919 gemeldeten Teilnehmer und Teilnehmerinnen in den "
         "Zieleinlauf vor dem Wiener Burgtheater ein. Eine erste positive Bilanz kann nun gezogen werden. \"Wir sind zufrieden, "
         "dass der heurige Vienna City Marathon gut verlaufen ist. Sehr spannende Zieleinläufe bei Männern und Frauen haben "
         "gezeigt wie sehr der Marathon begeistern kann. Die Läufer haben in neun Bewerben am Marathon Wochenende bei sehr "
         "warmen Wetterbedingungen ihr Bestes gegeben.“, so Veranstalter Wolfgang Konrad.")
VC_P2 = ("Ohne nennenswerte Zwischenfälle und in sportlichem, friedlichem Miteinander ging der 35. Vienna City Marathon über "
         "„die Bühne“. Trotz erhöhter Temperaturen, gab es seitens des Sanitätsdienstes Wiener Rotes Kreuz weniger "
         "Interventionen als erwartet. Hunderttausende waren bei Österreichs größter Laufsportveranstaltung dabei, um die Läufer "
         "anzufeuern und die Sieger am Wiener Rathausplatz und vor dem Burgtheater zu feiern. Der Startschuss wurde in diesem "
         "Jahr von Dr. Michael Ludwig, Stadtrat für Wohnen, Wohnbau und Stadterneuerung gegeben.")

add(id="ho737-ots-vienna-city-marathon-2018-04-22-konrad-bilanz",
    title=VC_T,
    url="https://www.ots.at/presseaussendung/OTS_20180422_OTS0033/positive-bilanz-fuer-den-35-vienna-city-marathon",
    retrieved="same address (release on the APA-OTS service, 22 April 2018 by its OTS number, the Sunday of the race, "
              "'Gerade liefen die letzten … ein'); the crawl-date prefix ' date 2018-04' dropped (rule 4540); headline and "
              "subtitle kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the copy ends "
              "inside the first paragraph after the subheading 'Gefeierte Siegerinnen und Sieger' ('Salaheddine Bounasser ist der "
              "Überraschungs-Sieger des Wien-Marathons. … D'), which is dropped with the subheading (rules 15, 290), and before "
              "any contact block, so the sender, the marathon's organiser, is inferred from the release's own voice: its own "
              "'erste positive Bilanz' and the quotation of the 'Veranstalter' only (rule 4600); 'Laufsportveranstaltung-ein' "
              "without spaces, 'gezeigt wie' without a comma, 'Marathon Wochenende', 'Temperaturen, gab' and the quotation "
              "opened by an ASCII mark and closed by a high mark after the full stop ('gegeben.“,') kept (rules 20, 21)",
    license=APA_OTS_SENDERS,
    paras=[VC_SUB, VC_P1, VC_P2],
    # the release's own epithet for the race in the subtitle, `„Theater der Emotionen“`, is null (rules 24, 75); the quotation
    # opened by an ASCII mark and closed by a high mark before `so Veranstalter Wolfgang Konrad` is his (rules 21, 30); the
    # idiom's noun in marks, `über „die Bühne“` (of `über die Bühne gehen`), is the narrator's distancing mark, null (rules 24,
    # 75); the Wiener Rotes Kreuz, the Läufer and Michael Ludwig, who fired the start, say nothing; `Veranstalter` names only
    # Konrad in the release and is an alias (rule 44)
    quotes=[("„Theater der Emotionen“", None),
            (cut(VC_P1, "\"Wir sind zufrieden", "Bestes gegeben.“"), KONRAD),
            ("„die Bühne“", None)],
    aliases={KONRAD: ["Wolfgang Konrad", "Veranstalter Wolfgang Konrad", "Veranstalter"]})

# --- APA-OTS, Kuratorium für Verkehrssicherheit, 19 December 2008: the minister's road-safety initiative ---

KF_T = "KfV begrüßt die Verkehrssicherheits-Initiative von Ministerin Bures"
KF_P1 = ("Wien (OTS) - Verkehrsministerin Doris Bures hat angekündigt, dass die Themen Alkohol, Rasen und Moped 15 auf ihrer "
         "Prioritätenliste ganz oben stehen. \"Wir freuen uns, dass die Verkehrsministerin diese drei dringlichsten Probleme der "
         "Verkehrssicherheit gezielt in Angriff nehmen will\", sagt. Dr. Othmar Thann, Direktor des Kuratoriums für "
         "Verkehrssicherheit (KfV). \"Auch wenn wir das Ziel vielleicht nicht wie vorgesehen bis 2010 erreichen werden, besteht "
         "dadurch die Chance, dass wir nach dem Jahr 2010 weniger als 500 Todesopfer im österreichischen Straßenverkehr beklagen "
         "müssen.\"")
KF_P2 = ("Nicht angepasste Geschwindigkeit ist für mehr als ein Drittel der tödlichen Verkehrsunfälle verantwortlich, Alkohol "
         "am Steuer ist bei etwa 12 Prozent im Spiel. Ein besonderes Weihnachtsgeschenk für das KfV ist aber die Aussicht, dass "
         "Bewegung in die Ausbildung junger Mopedlenker kommt: Seit dem Wegfall von Zugangsbeschränkungen in den Jahren 2002 und "
         "2005 ist die Zahl der verunglückten 15-jährigen Mopedlenker dramatisch in die Höhe geschnellt.")

add(id="ho737-ots-kfv-2008-12-19-thann-initiative-bures",
    title=KF_T,
    url="https://www.ots.at/presseaussendung/OTS_20081219_OTS0040/kfv-begruesst-die-verkehrssicherheits-initiative-von-"
        "ministerin-bures",
    retrieved="same address (release of the Kuratorium für Verkehrssicherheit on the APA-OTS service, 19 December 2008 by its "
              "OTS number; the sender is told by the contact block 'Kuratorium für Verkehrssicherheit' / 'Mag. Dolores Omann' / "
              "'Marketing & Kommunikation' / 'Tel.: …' / 'E-Mail: …' and the footer code 'KVS0001', dropped with the heading "
              "'Rückfragen & Kontakt:' and the line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS' (rules 3040, 4600)); the headline is the title; the single line break between the "
              "two body paragraphs kept as a paragraph break (rule 3040); the stray full stop in 'sagt. Dr. Othmar Thann' kept "
              "(rules 20, 4602); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[KF_P1, KF_P2],
    # the quotation before `sagt. Dr. Othmar Thann, Direktor des Kuratoriums für Verkehrssicherheit (KfV)` is his, the stray
    # full stop after the verb breaking no cue (rules 20, 30, 4602), and the cue-less quotation that follows in the same
    # paragraph goes on in his voice (NOTES.md continuation); Doris Bures's announcement is reported without marks and carries
    # no span (rule 5); `Verkehrsministerin` names Bures, not the speaker; `Direktor des Kuratoriums für Verkehrssicherheit`
    # carries the body's name and is not listed (rule 33)
    quotes=[(cut(KF_P1, "\"Wir freuen", "nehmen will\""), THANN),
            (cut(KF_P1, "\"Auch wenn", "müssen.\""), THANN)],
    aliases={THANN: ["Othmar Thann", "Dr. Othmar Thann"]})

# --- APA-OTS, Berufsverband Österreichischer PsychologInnen, 2 October 2025: school psychologists ---

BP_L1 = "Wien (OTS) -"
BP_P1 = ("Mit Sorge beobachtet der BÖP die Entwicklung, dass Zwischenfälle an Schulen zunehmen und sich Suspendierungen von "
         "Kindern und Jugendlichen, nachdem sie eine Gefahr für sich und/oder andere geworden sind, in den letzten vier Jahren "
         "verdreifacht haben. Um die Anzahl der Jugendlichen, die nicht in Ausbildung oder Beruf sind, zu verringern, begrüßt "
         "der BÖP den Vorstoß zur Rehabilitation von suspendierten Kindern und Jugendlichen mittels verpflichtender Begleitung "
         "durch Pädagogik und Schulpsychologie ausdrücklich. Die Psychologinnen und Psychologen stehen sehr gerne zur Verfügung, "
         "diesen Kindern und Jugendlichen wieder bessere Perspektiven aufzuzeigen und bei der Wiedereingliederung in den "
         "Klassenverband zu unterstützen, damit nach der Suspendierung wieder ein gutes Miteinander möglich wird. Schule und "
         "Ausbildung sind zentral für den weiteren Lebensverlauf. „Wir möchten jedoch betonen, dass zusätzliche Planstellen für "
         "SchulpsychologInnen notwendig sind“, so a.o. Univ.-Prof.in Dr.in Beate Wimmer-Puchinger. „Wir sind sehr dankbar über "
         "die zusätzlichen 140 Planstellen für SchulpsychologInnen, die bis 2026 realisiert werden sollen, diese können jedoch "
         "nur ein erster Tropfen auf dem heißen Stein sein. Es wären zumindest 400 Stellen österreichweit aufgrund der wichtigen "
         "Funktion der Schulpsychologie im Bildungssystem notwendig – und zwar mittels eines bedarfsgerechten, flächendeckend "
         "einheitlichen geregelten Ausbaus der schulpsychologischen Versorgung.“")

add(id="ho737-ots-boep-2025-10-02-wimmer-puchinger-schulpsychologie",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251002_OTS0141/boep-begruesst-vorstoss-von-minister-wiederkehr-ministerin-"
        "plakolm-sowie-staatssekretaer-leichtfried-schulen-sicherer-zu-machen",
    retrieved="same address (release on the APA-OTS service, 2 October 2025 by its OTS number and the crawl-date prefix ' date "
              "2025-10-02', which is dropped (rule 4540)); the stored copy shows no headline (the address slug keeps it: 'BÖP "
              "begrüßt Vorstoß von Minister Wiederkehr, Ministerin Plakolm sowie Staatssekretär Leichtfried, Schulen sicherer zu "
              "machen'), so it has no title, and its dateline 'Wien (OTS) -', set on a line of its own before an empty line, is "
              "its first line (rules 18, 32, 2910, 4540); the copy ends inside its second body paragraph ('Aktuell kommt eine "
              "Planstelle in der Schulpsychologie auf die extrem hohe Anzahl von 6.200 Schülerinnen und Schüler. … In Italien "
              "liegt dieser Sch'), which is dropped (rule 15), and before any contact block, so the sender is inferred from the "
              "release's own voice ('Mit Sorge beobachtet der BÖP …', 'begrüßt der BÖP …') and the quotations of the "
              "association's president (rule 4600); 'dankbar über', 'und/oder' and 'flächendeckend einheitlichen geregelten' "
              "kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[BP_L1, BP_P1],
    # the quotation before `so a.o. Univ.-Prof.in Dr.in Beate Wimmer-Puchinger` is hers (rule 30), and the cue-less quotation
    # right after it in the same paragraph goes on in her voice in the first person plural of the association she heads
    # (NOTES.md continuation); the BÖP's own position in the narrator's sentences carries no marks (rule 5); the Psychologinnen
    # und Psychologen, the Kinder und Jugendliche and the Schulen say nothing; the minister, the state secretaries and the
    # Ministerin of the address slug are not in the stored text
    quotes=[(cut(BP_P1, "„Wir möchten", "notwendig sind“"), WIMMER),
            (cut(BP_P1, "„Wir sind sehr dankbar", "Versorgung.“"), WIMMER)],
    aliases={WIMMER: ["Beate Wimmer-Puchinger"]})
