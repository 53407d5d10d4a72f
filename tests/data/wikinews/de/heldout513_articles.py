# Five-hundred-and-thirteenth held-out German real-news set (tests/data/heldout513-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2840-2843). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug or page number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirteenth held-out set": texts of the German Federal Government and of
# the portfolio of the Federal Ministry of Justice: two pages of the Federal Government Commissioner for the Concerns of
# Persons with Disabilities on behindertenbeauftragter.de (Jürgen Dusel at the Niedersächsischer Inklusionsrat in
# Göttingen, October 2018; the list page 'Der Beauftragte aktuell' of July 2018; licence BREG_COMMISSIONER_MINISTRY); one
# page of the Kulturstaatsministerin on bundesregierung.de (the Tag der offenen Tür of August 2019; licence BREG); three
# releases of the Bundesamt für Justiz in its press archive on bundesjustizamt.de (the Tag der offenen Tür of the BMJ,
# August 2012; Heiko Maas's visit, July 2014; Katarina Barley's inaugural visit, May 2018; licence BFJ); and one statement
# of the BMJV press office with a quotation of Heiko Maas on child marriages (autumn 2016), sent to a press mailing list and
# shown by the list archive of mail-archive.com (licence BMJ_DE_MAIL, new in licences.py, with a caveat). Stored copies are
# the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# page furniture (navigation lines, date labels, photo captions and image descriptions, licence foot, reading time,
# signature and list footer) is dropped (rules 14, 93, 150, 2840, 2841, 2843), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_COMMISSIONER_MINISTRY, BFJ, BMJ_DE_MAIL  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


DUSEL = "Jürgen Dusel"
BARLEY = "Katarina Barley"
MAAS = "Maas"

# --- behindertenbeauftragter.de, 30 October 2018: Jürgen Dusel at the Niedersächsischer Inklusionsrat in Göttingen ---

IR_T = "Jürgen Dusel beim Inklusionsrat in Göttingen"
IR_P1 = ("Vergangenen Donnerstag, am 25. Oktober 2018, nahm Jürgen Dusel am 48. Treffen des Niedersächsischen Inklusionsrats "
         "von Menschen mit Behinderungen in Göttingen teil. Aufgerufen dazu hatte Niedersachsens Landesbeauftragte für "
         "Menschen mit Behinderungen, Petra Wontorra. Der Inklusionsrat besteht aus allen kommunalen "
         "Behindertenbeauftragten und ersten Vorsitzenden der kommunalen Behindertenbeiräte aus ganz Niedersachsen.")
IR_P2 = ("Jürgen Dusel berichtete von seiner Arbeit und stellte sich den Fragen des Inklusionsrates. Er betonte, wie wichtig "
         "der Niedersächsische Inklusionsrat von Menschen mit Behinderungen sei. „Denn wie sich die Politik und die "
         "Gesetzgebung konkret im Alltag auswirkt, zeigt sich nur dort, wo die Menschen leben,“ führte Dusel aus. „Zum "
         "Beispiel beim Bundesteilhabegesetz: Die tatsächliche Umsetzung erfolgt auf Kommunal- und Landesebene und deswegen "
         "sind die Erfahrungen und Rückmeldungen unverzichtbar für die Evaluierung des Gesetzes. Gerade Menschen mit "
         "erhöhtem Assistenzbedarf dürfen zukünftig keine Nachteile haben,“ so Dusel. „Insgesamt ist die Beteiligung von "
         "Menschen mit Behinderungen an politischen Entscheidungen ein zentrales Anliegen meiner Amtszeit. Deswegen lautet "
         "mein Motto auch ‚Demokratie braucht Inklusion‘. Demokratie und Inklusion sind für mich zwei Seiten einer "
         "Medaille. Denn Menschen mit Behinderungen sind nicht nur die besten Experten in eigener Sache. Sie sollten "
         "insgesamt sichtbarer werden in Politik und Gesellschaft. Erst dann können wir wirklich von Inklusion sprechen.“")

add(id="ho513-behindertenbeauftragter-2018-10-30-dusel-inklusionsrat-goettingen",
    title=IR_T,
    url="https://www.behindertenbeauftragter.de/DE/Presse-und-Aktuelles/DerBeauftragteAktuell/Artikel/2018/"
        "20181030_J%C3%BCrgen%20Dusel%20beim%20Inklusionsrat%20in%20G%C3%B6ttingen.html",
    retrieved="same address (news page of the Federal Government Commissioner for the Concerns of Persons with "
              "Disabilities, 30 October 2018; the navigation line 'Navigation und Service des Auftritts des "
              "Behindertenbeauftragten Jürgen Dusel' and the date line '30.10.2018' under the headline dropped (rule 2840); "
              "the image description 'Die Personen stehen oder sitzen im Rollstuhl und schauen in die Kamera.' and the "
              "caption 'Foto von links nach rechts: Wolfgang Peter (Beauftragter …, Jürgen Dusel (Beauftragt', cut off in "
              "the stored copy, dropped (rules 14, 15, 2840); the published comma inside the closing marks ('leben,“', "
              "'haben,“') kept (rule 20))",
    license=BREG_COMMISSIONER_MINISTRY,
    paras=[IR_P1, IR_P2],
    # `„…,“ führte Dusel aus` and `„…,“ so Dusel` are his (rules 3, 30); the cue-less third quotation right after `so Dusel.`
    # goes on in his first person and is his (NOTES.md continuation), and his motto in nested single marks stays inside
    # his span (rules 110, 1300); Petra Wontorra, who invited him, says nothing
    quotes=[(cut(IR_P2, "„Denn wie", "leben,“"), DUSEL),
            (cut(IR_P2, "„Zum Beispiel", "haben,“"), DUSEL),
            (cut(IR_P2, "„Insgesamt", "sprechen.“"), DUSEL)],
    aliases={DUSEL: ["Jürgen Dusel", "Dusel"]})

# --- behindertenbeauftragter.de, list page 'Der Beauftragte aktuell', July 2018 ---

BA_T = "Der Beauftragte aktuell"
BA_L1 = "Hier finden Sie Eindrücke von Terminen, die in letzter Zeit wahrgenommen wurden."
BA_L2 = "12.07.2018Reisen für alle - Tourismus barrierefrei"
BA_P1 = ("Heute hat Jürgen Dusel die Fachkonferenz „Reisen für alle“ mit einem Grußwort im Bundesministerium für Wirtschaft "
         "und Energie eröffnet. Veranstalter war das Deutsche Seminar für Tourismus Berlin e.V..Ziel der Konferenz war es, "
         "Fach- und Führungskräfte aus allen Bereichen des Tourismus zusammenzubringen und ihnen die Möglichkeit zu geben, "
         "sich über barrierefreie Angebote zu informieren und auszutauschen.")
BA_P2 = ("Jürgen Dusel hob hervor, dass auch barrierefreier Tourismus wichtig bei der Umsetzung der "
         "UN-Behindertenrechtskonvention sei. Dort sei das Recht auf Teilhabe am kulturellen Leben und Erholung "
         "festgeschrieben. Er betonte außerdem: „Barrierefreiheit muss von Beginn an selbstverständlich bei allem "
         "mitgedacht werden. Das ist das Prinzip von Inklusion. Sie kann nicht erst im Nachhinein aufgesetzt werden. Davon "
         "profitieren alle Menschen gleichermaßen, egal ob mit oder ohne Behinderung.“")

add(id="ho513-behindertenbeauftragter-2018-07-der-beauftragte-aktuell",
    title=BA_T,
    url="https://www.behindertenbeauftragter.de/DE/DerBeauftragte/DerBeauftragteAktuell/DerBeauftragteAktuell_node.html",
    retrieved="same address (list page 'Der Beauftragte aktuell' of the Disability Commissioner as stored in July 2018, "
              "newest item of 12 July 2018; the navigation line 'Navigation und Service des Auftritts des "
              "Behindertenbeauftragten Jürgen Dusel' and the sidebar 'Nutzen Sie auch' with its link 'Was macht eigentlich "
              "der Beauftragte der Bundesregierung?' dropped (rule 2840); the image descriptions 'Zu sehen ist Jürgen Dusel, "
              "während er auf einer Bühne spricht. …' and 'Zu sehen sind Jürgen Dusel mit Brigitte Faber, … von Weibernetz "
              "e.V.' dropped (rules 14, 2840); the item's date run into its headline kept as stored (rules 18, 20); the "
              "second item '06.07.2018Rechte von Frauen in Einrichtungen stärken' / 'Am 3. Juli 2018 traf Jürgen Dusel auf "
              "Vertreterinnen des Weibernetz e.V., … Frauenbeauftragte in ', cut off in the stored copy, dropped with its "
              "headline (rules 15, 2840); the published 'e.V..Ziel' kept (rule 20))",
    license=BREG_COMMISSIONER_MINISTRY,
    paras=[BA_L1, BA_L2, BA_P1, BA_P2],
    # the conference's name in marks is null (rule 24); `Er betonte außerdem: „…“` → Dusel, the subject of the sentence
    # before (rules 8, 9)
    quotes=[("„Reisen für alle“", None),
            (cut(BA_P2, "„Barrierefreiheit", "Behinderung.“"), DUSEL)],
    aliases={DUSEL: ["Jürgen Dusel"]})

# --- bundesregierung.de, August 2019: the Kulturstaatsministerin at the Government's Tag der offenen Tür ---

RW_T = "Kulturstaatsministerin beim Tag der offenen Tür Regierungswissen aus erster Hand"
RW_P1 = ("Am 17. und 18. August hat die Bundesregierung interessierte Bürgerinnen und Bürger wieder zum Tag der offenen Tür "
         "eingeladen. Was sich im Bereich von Kultur und Medien tut, darüber informierten die Mitarbeiterinnen und "
         "Mitarbeiter von Kulturstaatsministerin Monika Grütters im Kanzlergarten.")
RW_P2 = ("Im Informationszelt der Beauftragten der Bundesregierung für Kultur und Medien - kurz BKM - erfuhren die Gäste "
         "alles über das Engagement des Bundes in den Bereichen Kultur und Medien. Auf sie wartete wieder ein breites "
         "Informations- und Unterhaltungsangebot aus Broschüren, Flyern sowie dem beliebten \"Kultur-Quiz\", bei dem die "
         "Besucher ihr Wissen über Kunst und Kultur in Deutschland unter Beweis stellen konnten.")
RW_H1 = "Besuch der Staatsministerin"
RW_P3 = ("Am Samstagnachmittag nahm sich Kulturstaatsministerin Monika Grütters persönlich Zeit für die Anliegen und Fragen "
         "der Bürger.")
RW_P4 = ("Im Anschluss informierte sie in einem Bühnengespräch mit dem Präsidenten der Deutschen Filmakademie, Schauspieler "
         "Ulrich Matthes, über den Deutschen Film und die Filmförderung des Bundes.")

add(id="ho513-breg-2019-08-kulturstaatsministerin-tag-der-offenen-tuer",
    title=RW_T,
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/"
        "regierungswissen-aus-erster-hand-1655060",
    retrieved="same address (news page of the Kulturstaatsministerin on bundesregierung.de about the Tag der offenen Tür of "
              "17 and 18 August 2019; the page title 'Regierungswissen aus erster Hand', which repeats the headline, dropped "
              "and the kicker and headline run together in one line kept as the first line (rule 150); '1 Min. Lesedauer', "
              "the image descriptions and captions 'Kulturstaatsministerin Grütters lässt sich zusammen mit einer jungen "
              "Familie fotografieren.' / 'Zeit für die Familie: …', 'Kulturstaatsministerin Grütters mit einigen Besuchern "
              "beim Kulturquiz.' / 'Alle Mitquizzer konnten einen kleinen Preis gewinnen.' and the credits 'Foto: "
              "Bundesregierung/Loos' dropped (rules 93, 150); the subheading 'Zeitreise ins Jahr des Mauerfalls' and its "
              "paragraph 'Ebenfalls im Zelt der Kulturstaatsministerin … fuhr mit seinem Trabant', cut off in the stored "
              "copy, dropped (rules 15, 93))",
    license=BREG,
    paras=[RW_P1, RW_P2, RW_H1, RW_P3, RW_P4],
    # the name of the quiz in marks is null (rule 24); Grütters and Ulrich Matthes say nothing in marks
    quotes=[("\"Kultur-Quiz\"", None)],
    aliases={})

# --- bundesjustizamt.de, 21 August 2012: the BfJ at the Tag der offenen Tür of the Federal Ministry of Justice ---

TO_T = "Tag der offenen Tür in Berlin"
TO_P1 = ("Am bislang heißesten Wochenende des Jahres besuchten knapp 1900 Bürgerinnen und Bürger das Bundesministerium der "
         "Justiz (BMJ) in Berlin und folgten so der Einladung zum Staatsbesuch der Bundesregierung. Auch das Bundesamt für "
         "Justiz (BfJ) war neben anderen nachgeordneten Behörden des Geschäftsbereichs des BMJ mit einem Informationsstand "
         "vor Ort.")
TO_P2 = ("„Was kann die Zivilgesellschaft gegen Rechtsradikalismus tun?“ Darüber diskutierte Bundesjustizministerin Sabine "
         "Leutheusser-Schnarrenberger mit den Bürgerinnen und Bürgern. Über die Möglichkeit der Härteleistungen des Bundes "
         "für Opfer extremistischer Übergriffe konnten sich Interessierte am Stand des BfJ informieren. Darüberhinaus "
         "beantworteten Mitarbeiterinnen und Mitarbeiter des BfJ die Fragen der Bürgerinnen und Bürger rund um das BfJ.")
TO_P3 = ("Auch Heinz-Josef Friehe, Präsident des BfJ, ließ es sich nicht nehmen, Interessierten u. a. das wohl bekannteste "
         "Produkt seines Hauses - das Führungszeugnis - an einem überdimensionierten Muster zu erläutern.")

add(id="ho513-bfj-2012-08-21-tag-der-offenen-tuer-bmj",
    title=TO_T,
    url="https://www.bundesjustizamt.de/DE/Presse/Archiv/2012/20120821.html?nn=3451904",
    retrieved="same address (stored page of the BfJ press archive, release of 21 August 2012; the navigation line "
              "'Navigation und Service' and the lines 'Ausgabejahr 2012' / 'Datum 21.08.2012' dropped (rules 14, 2841); the "
              "page foot 'Diese Seite' and the licence notice 'Creative Commons Lizenzvertrag Soweit nicht anders "
              "gekennzeichnet, stehen die Texte auf dieser Seite unter einer Creative Commons Namensnennung-Keine Bearbeitung "
              "3.0 Deutschland Lizenz.' dropped (rules 14, 2841); the published 'Darüberhinaus' kept (rule 20); complete as "
              "stored)",
    license=BFJ,
    paras=[TO_P1, TO_P2, TO_P3],
    # the question that opens the second paragraph is the topic that `Darüber diskutierte …` takes up, null (rule 2842);
    # Leutheusser-Schnarrenberger and Friehe say nothing in marks
    quotes=[("„Was kann die Zivilgesellschaft gegen Rechtsradikalismus tun?“", None)],
    aliases={})

# --- bundesjustizamt.de, 25 July 2014: Heiko Maas visits the BfJ ---

MB_T = "Bundesminister Heiko Maas besucht Bundesamt für Justiz"
MB_P1 = ("Bonn. Der Bundesminister der Justiz und für Verbraucherschutz, Heiko Maas, hat das Bundesamt für Justiz (BfJ) "
         "besucht. Vor Ort hat der Minister Eindrücke der zentralen Dienstleistungsbehörde seines Geschäftsbereichs gewonnen "
         "und den Dialog mit den Beschäftigten gesucht.")
MB_P2 = ("Trotz eines vollen Terminkalenders hat der gebürtige Saarländer sich die Zeit genommen, zum BfJ nach Bonn zu "
         "reisen, um dort Einblicke in die vielfältigen Aufgaben des Bundesamts zu gewinnen. Nach einer kurzen Ansprache ging "
         "Maas gezielt auf die Beschäftigten zu, um im persönlichen Gespräch mehr über ihre Tätigkeiten und ihren "
         "Arbeitsalltag zu erfahren.")
MB_P3 = ("Im Anschluss besichtigte Maas noch verschiedene Arbeitsplätze, darunter das Druckzentrum des BfJ. Dort werden "
         "mittels Hochleistungsdrucker die so genannten „Gründrucke“ erzeugt. Gemeint sind Führungszeugnisse sowie Auszüge "
         "aus dem Gewerbezentralregister, die auf fälschungssicherem Spezialpapier mit grünem Bundesadler gedruckt werden. "
         "Pro Tag fertigen die Mitarbeiterinnen und Mitarbeiter des Druckzentrums im Durchschnitt 30.000 solcher "
         "„Gründrucke“, die in der Versandstraße vollautomatisch kuvertiert und auf den Postweg gebracht werden.")

add(id="ho513-bfj-2014-07-25-maas-besuch",
    title=MB_T,
    url="https://www.bundesjustizamt.de/DE/Presse/Archiv/2014/20140725.html",
    retrieved="same address (stored page of the BfJ press archive, release of 25 July 2014; the navigation line "
              "'Navigation und Service' and the lines 'Ausgabejahr 2014' / 'Datum 25.07.2014' dropped (rules 14, 2841); the "
              "photo caption 'Führungszeugnis frisch gedruckt: Bundesminister Heiko Maas (l.) besichtigt die "
              "Hochleistungsdruckerei des BfJ (mit BfJ-Präsident Heinz-Josef Friehe)', stored three times in a row, dropped "
              "(rules 14, 2841); the second caption 'Bundesminister Heiko Maas im Gespräch mit Beschäftigen des Bundesamts "
              "für Justiz …', cut off in the stored copy, dropped (rule 15))",
    license=BFJ,
    paras=[MB_P1, MB_P2, MB_P3],
    # the office's term for its green-printed certificates is null both times: `die so genannten „…“` (rule 937) and
    # `solcher „…“` taking it up (rules 24, 75); Maas is reported without marks (rule 5)
    quotes=[("„Gründrucke“", None, 0),
            ("„Gründrucke“", None, 1)],
    aliases={})

# --- bundesjustizamt.de, 4 May 2018: Katarina Barley's inaugural visit to the BfJ ---

KB_T = "Bundesjustizministerin Katarina Barley besucht Bundesamt für Justiz"
KB_P1 = ("Bonn. Die neue Bundesministerin der Justiz und für Verbraucherschutz, Dr. Katarina Barley, hat sich auf den Weg "
         "nach Bonn gemacht. In der Bundesstadt besuchte sie das Bundesamt für Justiz (BfJ). Damit folgte Barleys "
         "Antrittsbesuch im BfJ nur wenige Wochen nach ihrer Ernennung zur Bundesjustizministerin.")
KB_P2 = ("Für ihren ersten Besuch wählte Barley gezielt den Termin der Personalversammlung, um sich nicht nur der Leitung des "
         "BfJ, sondern auch den vielen Beschäftigten gegenüber vorzustellen. So sprach die gebürtige Kölnerin im Bonner "
         "Brückenforum zu mehreren hundert Mitarbeiterinnen und Mitarbeitern. \"Ihnen eilt der Ruf voraus, dass Sie einen "
         "sehr guten Job machen. Dies führt dazu, dass Ihnen auch immer wieder neue Aufgaben zugetraut werden\", erklärte "
         "Barley das stetige Wachstum des BfJ seit seiner Gründung vor elf Jahren. Vertrauen und Wertschätzung seien zwei "
         "Begriffe, die ihr besonders wichtig seien. In diesem Sinne wünsche sie sich eine gute Zusammenarbeit mit dem BfJ, "
         "betonte die Ministerin.")

add(id="ho513-bfj-2018-05-04-barley-antrittsbesuch",
    title=KB_T,
    url="https://www.bundesjustizamt.de/DE/Presse/Archiv/2018/20180503.html?nn=3449818",
    retrieved="same address (stored page of the BfJ press archive, release of 4 May 2018; the navigation line 'Navigation "
              "und Service' and the lines 'Ausgabejahr 2018' / 'Datum 04.05.2018' dropped (rules 14, 2841); the photo "
              "caption 'Bundesjustizministerin Katarina Barley mit BfJ-Präsident Heinz-Josef Friehe (r.) in der Poststelle, "
              "wo Jürgen Foppe die maschinelle Verarbeitung der Führungszeugnisse erklärt.', stored three times in a row, "
              "dropped (rules 14, 2841); the third paragraph 'Kurz zuvor hatte Barley einen Termin auf der anderen "
              "Rheinseite … und zeigte sic', cut off in the stored copy, dropped (rule 15))",
    license=BFJ,
    paras=[KB_P1, KB_P2],
    # `"…", erklärte Barley das stetige Wachstum des BfJ …` is hers although the verb takes an object (rules 3, 30); the
    # unmarked Konjunktiv sentences after it are not annotated (rule 5); Friehe and Foppe, named only in the dropped
    # caption, say nothing
    quotes=[(cut(KB_P2, "\"Ihnen eilt", "zugetraut werden\""), BARLEY)],
    aliases={BARLEY: ["Katarina Barley", "Dr. Katarina Barley", "Bundesjustizministerin Katarina Barley", "Barley",
                      "die Ministerin"]})

# --- mail-archive.com, pressemeldungen@lists.wikimedia.org: BMJV press office, Maas on child marriages (autumn 2016) ---

ZE_T = "Sehr geehrte Damen und Herren,"
ZE_P1 = "bitte beachten Sie folgendes Zitat von Minister Maas:"
ZE_Q1 = ("\"Es bleibt dabei. Wir müssen alles tun, um Kinder und Jugendliche so wirksam wie möglich zu schützen. Klar ist: "
         "Zwangsehen dürfen wir nicht dulden - erst recht nicht, wenn minderjährige Mädchen betroffen sind.")
ZE_Q2 = ("Unser Ziel ist: Wenn Menschen zu uns kommen, die unter 16 Jahren geheiratet haben, soll ihre Ehe ausnahmslos "
         "unzulässig sein. Und: Ehen, die zwischen 16 und 18 Jahren geschlossen wurden, sollten nur noch in absoluten "
         "Ausnahmefällen genehmigt werden können, wenn das unter besonderer Berücksichtigung eines konkreten Einzelfalls "
         "geboten ist. Im Vordergrund sollte bei jeder Entscheidung immer das Wohl der betroffen Frau stehen und auch die "
         "Frage, wie wir in der Ehe bereits geborene Kinder am besten schützen können.\"")
ZE_P4 = ("Und zur Klarstellung: Der derzeit bei einigen Medien kursierende Entwurf ist veraltet. Das BMJV wird einen "
         "endgültigen Entwurf in den kommenden Wochen, spätestens bis Ende des Jahres, auf den Weg bringen.")

add(id="ho513-bmjv-mail-2016-maas-zitat-kinderehen",
    title=ZE_T,
    url="https://www.mail-archive.com/pressemeldungen@lists.wikimedia.org/msg18286.html",
    retrieved="same address (e-mail of the press spokesperson of the Bundesministerium der Justiz und für "
              "Verbraucherschutz to the press mailing list pressemeldungen@lists.wikimedia.org, as shown by the "
              "mail-archive.com archive of that list; autumn 2016 by its contents (the draft law on child marriages "
              "announced 'spätestens bis Ende des Jahres'); the stored copy shows no subject line, so the salutation is the "
              "first line (rules 18, 32, 2843); the mail's hard line wraps joined with a single space (rules 886, 2843); the "
              "sign-off 'Mit freundlichen Grüßen' / 'Stephanie Krüger', the signature and contact block ('Dr. Stephanie "
              "Krüger', 'Pressesprecherin', 'Bundesministerium der Justiz und für Verbraucherschutz', '- Pressereferat -', "
              "address, telephone, e-mail, 'www.bmjv.de') and the list footer ('Pressemeldungen mailing list …') dropped "
              "(rules 14, 2843); the published 'der betroffen Frau' kept (rule 20))",
    license=BMJ_DE_MAIL,
    paras=[ZE_P1, ZE_Q1, ZE_Q2, ZE_P4],
    # the statement opens with an ASCII mark in one paragraph and closes in the next: two spans (rules 22, 956), both the
    # minister's named in the colon cue `folgendes Zitat von Minister Maas:` (rules 9, 733, 2843); the spokesperson's own
    # unmarked clarification is not annotated, and she is no speaker (rules 5, 2096)
    quotes=[(ZE_Q1, MAAS),
            (ZE_Q2, MAAS)],
    aliases={MAAS: ["Maas", "Minister Maas"]})
