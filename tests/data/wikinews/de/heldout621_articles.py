# Six-hundred-and-twenty-first held-out German real-news set (tests/data/heldout621-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3730-3734). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-twenty-first held-out set": nine press releases of Austrian unions, a
# chamber, a students' union, a charity, a hospital and the Catholic press agency, distributed by APA-OTS Originaltext-Service and
# shown on ots.at (licence APA_OTS_SENDERS): the Gewerkschaft PRO-GE of the ÖGB (Rainer Wimmer, Anton Wesselich and Kurt Genser
# at the Burgenland conference, April 2013; Wimmer on pay for disaster helpers, June 2013, sender inferred), the ÖGB (Wolfgang
# Katzian on Reinhold Binder and Rainer Wimmer, June 2023, sender inferred), the Gewerkschaft GPA-djp and the PRO-GE jointly
# (Karl Proyer and Manfred Anderle on the wage deal of the electricity industry, February 2012), the ÖH Uni Wien (Oona
# Kroisleitner, Flora Eder and Veronika Helfert on the election of Heinz Engl as rector, March 2011, sender inferred), SOS-
# Kinderdorf (Helmut Kutin's spring appeal, March 2013, sender inferred), the Bundesarbeitskammer (Renate Anderl at the AK's
# general assembly in Villach, November 2019, sender inferred), the Krankenhaus der Barmherzigen Brüder Wien for the Wiener
# Ordensspitäler (Frater Saji Mullankuzhy on patients without insurance, October 2022, sender inferred) and the Katholische
# Presseagentur Kathpress (Michael Landau before the bishops' conference in Seitenstetten, March 2023). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the
# wire furniture (date prefixes, the OTS marker `++++`, contact blocks and footers) is dropped and a single stored line break
# inside a paragraph is joined (rules 48, 63, 460, 3100, 3430, 3670, 3730), and each retrieval note names what was dropped.
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


WIMMER = "Rainer Wimmer"
WESSELICH = "Anton Wesselich"
GENSER = "Kurt Genser"
KATZIAN = "Wolfgang Katzian"
PROYER = "Karl Proyer"
KROISLEITNER = "Oona Kroisleitner"
EDER = "Flora Eder"
HELFERT = "Veronika Helfert"
KUTIN = "Helmut Kutin"
ANDERL = "Renate Anderl"
SAJI = "Saji Mullankuzhy"
LANDAU = "Michael Landau"

# --- APA-OTS, Gewerkschaft PRO-GE (ÖGB), 20 April 2013: Wimmer, Wesselich and Genser at the Burgenland conference ---

BU_T = "PRO-GE Wimmer: \"Gewerkschaften sichern Mitbestimmung und Lohnerhöhungen\""
BU_SUB = "Landeskonferenz Burgenland: 10 Millionen Euro für Mitglieder erkämpft. Neues Landespräsidium gewählt."
BU_P1 = ("EISENSTADT (OTS/ÖGB/PRO-GE) - \"Lohnverhandlungen sind immer harte Auseinandersetzungen, denn Geschenke werden von den "
         "Arbeitgebern keine verteilt. Kompetente, starke BetriebsrätInnen und jedes einzelne Gewerkschaftsmitglied bilden die "
         "Durchsetzungskraft der Gewerkschaft. Das zeichnet auch die Produktionsgewerkschaft im Burgenland aus\", sagt Rainer "
         "Wimmer, Bundesvorsitzender der PRO-GE auf der Landeskonferenz am 20. April in Oberschützen, anlässlich der aktuellen "
         "Kollektivvertrags-verhandlungen in der Industrie. Rund 90 Delegierte wählten Kurt Genser zum Landesvorsitzenden.")
BU_P2 = ("Die industrielle Frühjahrslohnrunde ist in vollem Gange. Am 19. April konnte die PRO-GE einen "
         "Kollektivvertrags-Abschluss in der Elektro-und Elektronikindustrie erzielen. Das ist nach der Textilindustrie der zweite "
         "Kollektivvertragsabschluss in der Industrie. Die Mindestlöhne steigen um 3,2, die Ist-Löhne werden um 3,0 Prozent "
         "erhöht. \"Das ist ein nachhaltiger und deutlicher Reallohnzuwachs. Das Einkommensplus stärkt die Kaufkraft der "
         "Beschäftigten\", betont Wimmer: \"Es zeigt deutlich, dass nur die Gewerkschaften zusammen mit den BetriebsrätInnen der "
         "Garant für gesicherte Mitbestimmung der Beschäftigten und jährliche Lohnerhöhungen sind.\"")
BU_P3 = ("\"Mit sehr guten Kollektivvertragsabschlüssen in den letzten Jahren konnte die PRO-GE den Lebensstandard der Menschen "
         "sichern\", sagt Landessekretär Anton Wesselich. Im Burgenland vertritt die PRO-GE rund 6.000 Mitglieder \"Die mehr als "
         "200 BetriebsrätInnen und insgesamt 15 JugendvertrauensrätInnen bilden das Rückgrat der PRO-GE Burgenland. Sie kämpfen "
         "jeden Tag im Betrieb für die Anliegen der Menschen\", sagt Landesvorsitzender Kurt Genser.")

add(id="ho621-ots-pro-ge-2013-04-20-wimmer-wesselich-genser-burgenland",
    title=BU_T,
    url="https://www.ots.at/presseaussendung/OTS_20130420_OTS0037/pro-ge-wimmer-gewerkschaften-sichern-mitbestimmung-und-"
        "lohnerhoehungen",
    retrieved="same address (release of the Gewerkschaft PRO-GE on the APA-OTS service, 20 April 2013 by its OTS number and the "
              "release's 'am 20. April in Oberschützen'; the sender is read from the dateline code 'EISENSTADT (OTS/ÖGB/PRO-GE)', "
              "the stored copy ending before any contact block (rule 3730)); the store's later date prefix ' date 2018-03' "
              "dropped (rule 63); the OTS marker '++++' that the copy runs onto the lead's last word ('… zum "
              "Landesvorsitzenden.++++') dropped (rules 460, 3670); headline and subtitle kept as lines of their own as stored; "
              "the fourth paragraph, cut off in the copy after its first words ('\"Von 2009 bis 2012 k'), dropped with its "
              "opening quotation (rule 15); the published 'Kollektivvertrags-verhandlungen', 'Elektro-und' and the missing full "
              "stop in '6.000 Mitglieder \"Die mehr' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[BU_SUB, BU_P1, BU_P2, BU_P3],
    # the headline quotation after the fused label `PRO-GE Wimmer:` is Wimmer's (rules 54, 3672), the body giving him the same
    # thought (`dass nur die Gewerkschaften … der Garant für gesicherte Mitbestimmung … und jährliche Lohnerhöhungen sind`;
    # rule 26); the lead quotation before `sagt Rainer Wimmer, Bundesvorsitzender der PRO-GE …` is his (rule 30); the
    # quotation before `betont Wimmer:` and the colon quotation after it are his (rules 9, 30); the quotation before `sagt
    # Landessekretär Anton Wesselich` is Wesselich's and the one before `sagt Landesvorsitzender Kurt Genser` Genser's, although
    # the narrator's sentence on the PRO-GE stands between the two quotations without its full stop (rules 20, 30); Genser is
    # named earlier as the man elected (`wählten Kurt Genser zum Landesvorsitzenden`) and speaks only in the third paragraph;
    # `Landessekretär` and `Landesvorsitzender` name only one person each in the release and are aliases (rule 44), while the
    # fused label `PRO-GE Wimmer` and `Bundesvorsitzender der PRO-GE` carry the union's name and are not (rules 33, 3672); the
    # Arbeitgeber, the Delegierte and the PRO-GE say nothing in marks
    quotes=[("\"Gewerkschaften sichern Mitbestimmung und Lohnerhöhungen\"", WIMMER),
            (cut(BU_P1, "\"Lohnverhandlungen", "im Burgenland aus\""), WIMMER),
            (cut(BU_P2, "\"Das ist ein", "der Beschäftigten\""), WIMMER),
            (cut(BU_P2, "\"Es zeigt", "Lohnerhöhungen sind.\""), WIMMER),
            (cut(BU_P3, "\"Mit sehr guten", "Menschen sichern\""), WESSELICH),
            (cut(BU_P3, "\"Die mehr als", "Anliegen der Menschen\""), GENSER)],
    aliases={WIMMER: ["Rainer Wimmer", "Wimmer"],
             WESSELICH: ["Anton Wesselich", "Landessekretär"],
             GENSER: ["Kurt Genser", "Landesvorsitzender"]})

# --- APA-OTS, Gewerkschaft PRO-GE (ÖGB), 12 June 2013: Wimmer on pay for disaster helpers ---

KH_T = "PRO-GE-Wimmer: Entgeltfortzahlung für alle Katastrophen-Helfer regeln"
KH_SUB = "Wiener Landeskonferenz: Paul Kovanda zum neuen Landesvorsitzenden gewählt"
KH_P1 = ("Wien (OTS/ÖGB) - Die aktuelle Hochwasserkatastrophe in Teilen Österreichs zeigt einmal mehr, dass in einigen Bereichen "
         "des Arbeitsrechts Verbesserungen überfällig sind. \"Wir fordern, dass alle Arbeitnehmerinnen und Arbeitnehmer Anspruch "
         "auf Entgeltfortzahlung haben, wenn sie als freiwillige Helfer oder Betroffene im Einsatz sind\", sagt Rainer Wimmer, "
         "Bundesvorsitzender der Produktionsgewerkschaft (PRO-GE), am 12. Juni 2013 bei der Wiener Landeskonferenz: \"Rechtliche "
         "Unterschiede sind im Katastrophenfall durch nichts gerechtfertigt.\" Auch für die Entgeltfortzahlung bei Krankheit oder "
         "Arbeitsunfällen und für Kündigungsfristen sind einheitliche Regelungen nötig. \"Die Unternehmerseite sollte "
         "Verbesserungen bei diesen rechtlichen Ansprüchen nicht mehr im Wege stehen\", betont Wimmer.")
KH_P2 = ("\"Einige glauben, dass die Gesellschaft auch ohne Gewerkschaften auskommen könnte. Eine falsche und gefährliche "
         "Annahme. Könnten Unternehmer alleine bestimmen, hätten wir wohl kaum Kollektivverträge, geregelte Arbeitszeiten, "
         "Mindestlöhne, gesetzlichen Arbeitnehmerschutz oder Mindesturlaub\", kritisiert der PRO-GE-Chef in seiner Rede die "
         "Aussagen des Team Stronach: \"Es gibt keine Alternative zu freien Gewerkschaften.\" Der Druck auf die ArbeitnehmerInnen "
         "steige. Immer mehr werde den Beschäftigten in immer kürzerer Zeit abverlangt, immer wieder werde versucht, die Rechte "
         "der ArbeitnehmerInnen zu umgehen.")

add(id="ho621-ots-pro-ge-2013-06-12-wimmer-katastrophen-helfer",
    title=KH_T,
    url="https://www.ots.at/presseaussendung/OTS_20130612_OTS0236/pro-ge-wimmer-entgeltfortzahlung-fuer-alle-katastrophen-"
        "helfer-regeln",
    retrieved="same address (release on the APA-OTS service, 12 June 2013 by its OTS number and the release's 'am 12. Juni "
              "2013 bei der Wiener Landeskonferenz'; the stored copy breaks off inside its third body paragraph ('… eine "
              "wichtige R') before any contact block, under the dateline 'Wien (OTS/ÖGB) -', and the sender is inferred from the "
              "release's own voice as the Gewerkschaft PRO-GE: the ÖGB's dateline code, the headline label 'PRO-GE-Wimmer:' and "
              "only the union's chairman quoted at its own Land conference (rules 3430, 3670, 3730)); the store's later date "
              "prefix ' date 2018-03' dropped (rule 63); headline and subtitle kept as lines of their own as stored; the "
              "cut-off third paragraph dropped with its two quotations of Wimmer, the first complete, the second cut (rule 15))",
    license=APA_OTS_SENDERS,
    paras=[KH_SUB, KH_P1, KH_P2],
    # the headline label `PRO-GE-Wimmer:` before unmarked words has no span (rule 5); the quotation before `sagt Rainer Wimmer,
    # Bundesvorsitzender der Produktionsgewerkschaft (PRO-GE), … bei der Wiener Landeskonferenz:` and the colon quotation after
    # that cue are his (rules 9, 30); the quotation before `betont Wimmer` is his; the quotation before `kritisiert der
    # PRO-GE-Chef in seiner Rede die Aussagen des Team Stronach:` is his, the Team Stronach being the object of his criticism,
    # not a speaker, and so is the colon quotation after it (rules 8, 9, 30); the Konjunktiv sentences after it carry no span
    # (rule 5); Paul Kovanda, elected at the conference, the Unternehmerseite and the Team Stronach say nothing; `PRO-GE-Chef`
    # and the fused label `PRO-GE-Wimmer` carry the union's name and are no aliases (rules 33, 3672)
    quotes=[(cut(KH_P1, "\"Wir fordern", "im Einsatz sind\""), WIMMER),
            ("\"Rechtliche Unterschiede sind im Katastrophenfall durch nichts gerechtfertigt.\"", WIMMER),
            (cut(KH_P1, "\"Die Unternehmerseite", "im Wege stehen\""), WIMMER),
            (cut(KH_P2, "\"Einige glauben", "Mindesturlaub\""), WIMMER),
            ("\"Es gibt keine Alternative zu freien Gewerkschaften.\"", WIMMER)],
    aliases={WIMMER: ["Rainer Wimmer", "Wimmer"]})

# --- APA-OTS, ÖGB, 15 June 2023: Katzian congratulates Reinhold Binder and thanks Rainer Wimmer ---

KA_T = "ÖGB-Katzian: Gratulation an Reinhold Binder, Dank an Rainer Wimmer"
KA_SUB = "Produktionsgewerkschaft wählte neuen Vorsitzenden und macht Rainer Wimmer zum Ehrenvorsitzenden"
KA_P1 = ("Wien (OTS) - Beim 4. Bundestag der Produktionsgewerkschaft (PRO-GE) wurde heute der Führungswechsel auch formal "
         "vollzogen. Reinhold Binder wurde zum Bundesvorsitzenden gewählt. Er löst damit Rainer Wimmer ab, der 14 Jahre lang an "
         "der Spitze stand.")
KA_P2 = ("„Rainer Wimmer übernahm die Führung der PRO-GE im Jahr 2009 in turbulenten Zeiten, nach der Finanzkrise. Viel ruhiger "
         "ist es heute im Kampf gegen die Auswirkungen der Teuerungen auch nicht, dazwischen lagen mehrere "
         "Metaller-Kollektivvertragsverhandlungen, die zu eskalieren drohten, und mehr. Rainer Wimmer hat diese und andere "
         "Herausforderungen kompetent, besonnen und mit viel Herzblut bewältigt. Ich danke ihm für diesen jahrelangen engagierten "
         "Einsatz, bei dem er immer das Wohl der Arbeitnehmerinnen und Arbeitnehmer im Fokus hatte! Die Ernennung zum "
         "Ehrenvorsitzenden der PRO-GE ist wohlverdient und hart erarbeitet“, kommentiert ÖGB-Präsident Wolfgang Katzian.")
KA_P3 = ("Mit dem 44-jährigen Reinhold Binder folgt auf Wimmer ein Arbeitnehmervertreter, dem es als bisheriger Bundessekretär "
         "der PRO-GE weder an Erfahrung noch an Enthusiasmus in der Auseinandersetzung für faire Arbeitsbedingungen fehlt, so "
         "Katzian weiter: „Ich gratuliere Reinhold Binder herzlich und freue mich auf die Zusammenarbeit mit ihm und seinem "
         "Team.“")

add(id="ho621-ots-oegb-2023-06-15-katzian-binder-wimmer",
    title=KA_T,
    url="https://www.ots.at/presseaussendung/OTS_20230615_OTS0194/oegb-katzian-gratulation-an-reinhold-binder-dank-an-rainer-"
        "wimmer",
    retrieved="same address (release on the APA-OTS service, 15 June 2023 by its OTS number and the release's 'wurde heute'; "
              "the stored copy ends after its third body paragraph without a contact block, under the plain 'Wien (OTS) -', and "
              "the sender is inferred from the release's own voice as the ÖGB: the headline label 'ÖGB-Katzian:' and only the "
              "federation's president quoted on the congress of one of its unions (rules 3430, 3730)); headline and subtitle kept "
              "as lines of their own as stored; used as stored, ending after a complete paragraph)",
    license=APA_OTS_SENDERS,
    paras=[KA_SUB, KA_P1, KA_P2, KA_P3],
    # the headline label `ÖGB-Katzian:` before unmarked words has no span (rule 5); the quotation before `kommentiert
    # ÖGB-Präsident Wolfgang Katzian` is his, although it opens with and twice names Rainer Wimmer, of whom it speaks (rules 8,
    # 30, 3682); the unmarked report of his words on Binder that ends in `so Katzian weiter:` carries no span (rule 5), and the
    # colon quotation after it is his (rules 9, 30); Reinhold Binder, named in the quotation he is congratulated in, and
    # Rainer Wimmer, named in the lead and in the quotation, say nothing; `ÖGB-Präsident` carries the federation's name and is
    # no alias (rule 33)
    quotes=[(cut(KA_P2, "„Rainer Wimmer übernahm", "hart erarbeitet“"), KATZIAN),
            (cut(KA_P3, "„Ich gratuliere", "Team.“"), KATZIAN)],
    aliases={KATZIAN: ["Wolfgang Katzian", "Katzian"]})

# --- APA-OTS, Gewerkschaft GPA-djp and Gewerkschaft PRO-GE (ÖGB), 13 February 2012: the E-Wirtschaft wage deal ---

EW_T = "GPA-djp und PRO-GE zu E-Wirtschaft: Niveau der Industrieabschlüsse wurde gewahrt"
EW_SUB = "Aktionsbereitschaft der Beschäftigten und BetriebsrätInnen hat Abschluss ermöglicht"
EW_P1 = ("Wien (OTS/ÖGB) - \"Mit dem heutigen Kollektivvertragsabschluss für die etwa 21.000 Beschäftigten der österreichischen "
         "E-Wirtschaft konnte das Niveau der in den vergangenen Monaten getätigten Abschlüsse im industriellen Bereich gewahrt "
         "werden\", zeigten sich die Verhandler der Gewerkschaft der Privatangestellten, Druck, Journalismus, Papier (GPA-djp) und "
         "der Pro-GE, Karl Proyer und Manfred Anderle, zufrieden.")
EW_P2 = ("Insbesondere für die unteren Lohn- und Gehaltsstufen bringt der Abschluss über der 4-Prozent-Marke eine deutliche "
         "Steigerung der realen Kaufkraft und ist ein wichtiges Signal für andere Branchen. Es wurden auch alle jene eines "
         "besseren belehrt, die die österreichische Energieversorgung im Bereich des öffentlichen Dienstes angesiedelt sehen "
         "wollten.")
EW_P3 = ("Nach den Abschlüssen in der Mineralölindustrie, der Papier- und Pappe verarbeiteten Industrie und eben der E-Wirtschaft "
         "steht nun ein weiterer wichtiger Bereich in einer Reihe von Kollektivvertragsabschlüsssen im noch jungen Jahr 2012, die "
         "den Möglichkeiten der Unternehmen und Bedürfnissen der Beschäftigten gerecht werden.")
EW_P4 = ("\"Unser großer Dank gebührt allen Beschäftigten und ihren BetriebsrätInnen, die durch ihre Solidarität und unglaubliche "
         "Aktionsbereitschaft in den vergangenen Tagen diesen Abschluss erst möglich gemacht haben\", so Proyer und Anderle "
         "abschließend.")

add(id="ho621-ots-gpa-djp-pro-ge-2012-02-13-proyer-anderle-e-wirtschaft",
    title=EW_T,
    url="https://www.ots.at/presseaussendung/OTS_20120213_OTS0143/gpa-djp-und-pro-ge-zu-e-wirtschaft-niveau-der-"
        "industrieabschluesse-wurde-gewahrt",
    retrieved="same address (joint release of the Gewerkschaft GPA-djp and the Gewerkschaft PRO-GE on the APA-OTS service, 13 "
              "February 2012 by its OTS number; the senders are read from the contact block, which names 'GPA-djp "
              "Öffentlichkeitsarbeit' and 'PRO-GE Öffentlichkeitsarbeit', and the ÖGB's footer code NGB0001, both dropped (rules "
              "3100, 3730)); the OTS marker '++++' that the copy runs onto the lead's last word ('… zufrieden.++++') dropped "
              "(rules 460, 3670); headline and subtitle kept as lines of their own as stored; the published 'der Pro-GE' beside "
              "'PRO-GE', 'eines besseren belehrt', 'Papier- und Pappe verarbeiteten' and 'Kollektivvertragsabschlüsssen' kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[EW_SUB, EW_P1, EW_P2, EW_P3, EW_P4],
    # the lead quotation before `zeigten sich die Verhandler der … (GPA-djp) und der Pro-GE, Karl Proyer und Manfred Anderle,
    # zufrieden` and the closing quotation before `so Proyer und Anderle abschließend` are the two negotiators' joint statements:
    # the first named is canonical and Anderle, who has no quotation of his own, an alias (rules 27, 750); the unions' unmarked
    # paragraphs between them carry no span (rule 5); `Verhandler` names both and the unions and is no alias (rules 33, 44); the
    # Beschäftigten, the BetriebsrätInnen and the Unternehmen say nothing
    quotes=[(cut(EW_P1, "\"Mit dem heutigen", "gewahrt werden\""), PROYER),
            (cut(EW_P4, "\"Unser großer", "möglich gemacht haben\""), PROYER)],
    aliases={PROYER: ["Karl Proyer", "Proyer", "Manfred Anderle", "Anderle"]})

# --- APA-OTS, ÖH Uni Wien, 4 March 2011: the students' union on the election of Heinz Engl as rector ---

OH_T = "ÖH Uni Wien: Heinz Engl neuer Rektor der Uni Wien"
OH_SUB = "Zukünftige Spitze der Uni Wien bekanntes Gesicht"
OH_P1 = join("Wien (OTS) - In der heutigen Sitzung des Universitätsrats wurde",
             "der noch amtierende Vizerektor Heinz Engl zum nächsten Rektor der Universität Wien gewählt. Seine Amtsperiode "
             "beginnt am 1. Oktober 2011.")
OH_P2 = ("Der Überhang an Männern bei der Bewerbung um den Posten der Unileitung hat schon im öffentlichen Hearing für Unmut "
         "gesorgt. Die Universitätenlandschaft zeigt sich mit dieser Bestellung abermals als Männerschmiede. \"Für die ÖH Uni Wien "
         "ist es eine Enttäuschung, dass es nicht zu einer Neuausschreibung der Stelle gekommen ist. Wenn sich durch die "
         "Ausschreibung nur so wenige Frauen angesprochen fühlen, hätte klar sein müssen, was zu tun ist\", so Oona Kroisleitner "
         "vom Vorsitzteam der ÖH Uni Wien.")
OH_P3 = ("Als neuer Rektor entscheidet Engl wie seine Vizerektorate besetzt werden: \"Wir hoffen, dass zumindest hier dezitiert "
         "Frauenförderung betrieben wird und sich im VizerektorInnenteam mehr als die gesetzlich vorgeschriebenen zwei Frauen "
         "finden. Die TU Wien hat heute ja schon vorbildlich vorexerziert, dass Frauenförderung an Unis ernst genommen werden "
         "kann\", richtet Flora Eder das Wort an Engl.")
OH_P4 = ("In der momentanen Exekutive der ÖH Uni Wien kam es noch kaum zu Gesprächen Engls mit der HochschülerInnenschaft an der "
         "Universität Wien. \"Wir hoffen, dass Heinz Engl jedoch als Rektor den Dialog mit den StudentInnen suchen wird. Die "
         "Studierenden sind schließlich der Grund für die Existenz seines Amtes und müssen zusammen mit Lehre und Forschung "
         "wichtiges Anliegen sein\", so Veronika Helfert vom Vorsitzteam der ÖH Uni Wien.")

add(id="ho621-ots-oeh-uni-wien-2011-03-04-engl-rektor-kroisleitner-eder-helfert",
    title=OH_T,
    url="https://www.ots.at/presseaussendung/OTS_20110304_OTS0238/oeh-uni-wien-heinz-engl-neuer-rektor-der-uni-wien",
    retrieved="same address (release on the APA-OTS service, 4 March 2011 by its OTS number and the release's 'In der heutigen "
              "Sitzung des Universitätsrats'; the stored copy breaks off inside its fifth body paragraph ('\"Die ÖH fordert seit "
              "der I') before any contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's "
              "own voice as the ÖH Uni Wien, the students' union at the University of Vienna: the headline label 'ÖH Uni Wien:' "
              "and only members of its chairing team quoted, each speaking for it in the first person plural (rule 3730)); "
              "headline and subtitle kept as lines of their own as stored; the single stored line break after 'wurde' in the "
              "first paragraph joined with a space (rules 3050, 3730); the cut-off fifth paragraph dropped with its opening "
              "quotation (rule 15); the published 'entscheidet Engl wie' without a comma and 'dezitiert' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[OH_SUB, OH_P1, OH_P2, OH_P3, OH_P4],
    # the quotation before `so Oona Kroisleitner vom Vorsitzteam der ÖH Uni Wien` is hers (rule 30); the colon quotation after
    # the narrator's sentence whose subject is Engl (`Als neuer Rektor entscheidet Engl …:`) is closed by `richtet Flora Eder das
    # Wort an Engl` and is Eder's, Engl being the addressee named in the same cue (rules 9, 12, 30, 2531); the quotation before
    # `so Veronika Helfert vom Vorsitzteam der ÖH Uni Wien` is Helfert's, although it names Heinz Engl (rule 30); the
    # quotations' `wir` speak for the ÖH; Heinz Engl, the Universitätsrat, the TU Wien and the Studierenden say nothing; the role
    # phrases with the ÖH's name are no aliases (rule 33)
    quotes=[(cut(OH_P2, "\"Für die ÖH", "was zu tun ist\""), KROISLEITNER),
            (cut(OH_P3, "\"Wir hoffen, dass zumindest", "werden kann\""), EDER),
            (cut(OH_P4, "\"Wir hoffen, dass Heinz", "Anliegen sein\""), HELFERT)],
    aliases={KROISLEITNER: ["Oona Kroisleitner"],
             EDER: ["Flora Eder"],
             HELFERT: ["Veronika Helfert"]})

# --- APA-OTS, SOS-Kinderdorf, 18 March 2013: Helmut Kutin's spring appeal ---

SO_T = "SOS-Kinderdorf Frühjahrsspendenaufruf 2013: \"Weil Kinder ein Zuhause brauchen!\""
SO_SUB = ("Unter diesem Motto bittet SOS-Kinderdorf im diesjährigen Frühjahrsaufruf um Spenden, um noch mehr benachteiligten jungen "
          "Menschen helfen zu können.")
SO_P1 = ("Innsbruck/Wien (OTS) - \"Ich bin dankbar für jeden einzelnen, auch kleinsten Beitrag\", sagt Helmut Kutin, Präsident "
         "von SOS-Kinderdorf in Österreich. \"Besonders in wirtschaftlich unsicheren Zeiten ist eine breite Unterstützungsbasis "
         "die beste Grundlage, um all unsere pädagogischen Angebote und Hilfsprojekte langfristig zu sichern. Wenn Spenden und "
         "öffentliche Budgetmittel stagnieren, ist die Finanzierung des laufenden Betriebs schon sehr schwierig, neue Projekte zu "
         "starten oder bestehende auszubauen, praktisch unmöglich - und das, obwohl der Bedarf stetig steigt\", erklärt Kutin.")
SO_SH = "Bedarf an Hilfe steigt seit Jahren!"
SO_P2 = ("Es gibt immer weniger Kinder in Österreich. Die Zahl der Kinder, die Eltern abgenommen werden oder deren Eltern "
         "Unterstützung bei der Erziehung brauchen, steigt dagegen seit Jahren. Waren 2002 knapp 9.000 Kinder \"fremd "
         "untergebracht\" (Kinderdörfer, Wohngemeinschaften, Heime), lag die Zahl 2011 bei über 11.300. Die Zahl der Eltern, die "
         "Unterstützung der Erziehung erhalten, verdoppelte sich fast von ca. 14.300 auf knapp 27.000. Diese "
         "Jugendwohlfahrtszahlen alarmieren und zeigen, dass ein Ausbau der Hilfe für Kinder in Not ein Gebot der Stunde ist.")

add(id="ho621-ots-sos-kinderdorf-2013-03-18-kutin-fruehjahrsspendenaufruf",
    title=SO_T,
    url="https://www.ots.at/presseaussendung/OTS_20130318_OTS0119/sos-kinderdorf-fruehjahrsspendenaufruf-2013-weil-kinder-ein-"
        "zuhause-brauchen",
    retrieved="same address (release on the APA-OTS service, 18 March 2013 by its OTS number; the stored copy breaks off inside "
              "its third body paragraph ('… ganz im Sinne G') before any contact block, under the plain 'Innsbruck/Wien (OTS) -', "
              "and the sender is inferred from the release's own voice as SOS-Kinderdorf: its own spring appeal for donations, "
              "the organisation named as the one asking in the subtitle and only its president quoted (rule 3730)); the store's "
              "later date prefix ' date 2018-03' dropped (rule 63); headline, subtitle and the subheading 'Bedarf an Hilfe steigt "
              "seit Jahren!' kept as lines of their own as stored; the cut-off third paragraph dropped together with the "
              "subheading before it, 'Gutes tun ist leicht, wenn viele helfen (Hermann Gmeiner)', a saying of the founder set "
              "without marks that would have been left dangling (rules 15, 23))",
    license=APA_OTS_SENDERS,
    paras=[SO_SUB, SO_P1, SO_SH, SO_P2],
    # the headline quotation after the label `SOS-Kinderdorf Frühjahrsspendenaufruf 2013:` is the appeal's motto, which the
    # subtitle calls so (`Unter diesem Motto bittet SOS-Kinderdorf …`), and is null (rule 24); the quotations before `sagt
    # Helmut Kutin, Präsident von SOS-Kinderdorf in Österreich` and `erklärt Kutin` are his (rule 30); the welfare statistics'
    # term `"fremd untergebracht"` with its gloss in brackets is a classification term in the release's own numbers and null
    # (rule 24); the Eltern, the Kinder and SOS-Kinderdorf say nothing in marks; `Präsident von SOS-Kinderdorf in Österreich`
    # names the organisation and is no alias (rule 33)
    quotes=[("\"Weil Kinder ein Zuhause brauchen!\"", None),
            (cut(SO_P1, "\"Ich bin dankbar", "kleinsten Beitrag\""), KUTIN),
            (cut(SO_P1, "\"Besonders in", "stetig steigt\""), KUTIN),
            ("\"fremd untergebracht\"", None)],
    aliases={KUTIN: ["Helmut Kutin", "Kutin"]})

# --- APA-OTS, Bundesarbeitskammer, 28 November 2019: Renate Anderl at the AK's general assembly in Villach ---

AK_T = "AK Präsidentin Anderl: Große Herausforderungen gemeinsam meistern"
AK_SUB = "Tagung der AK Hauptversammlung in Villach"
AK_P1 = ("Villach (OTS) - „Arbeit, Bildung, Wohnen, Verkehr, Klima – viele Themen bewegen die Arbeitnehmerinnen und "
         "Arbeitnehmer“, sagt AK Präsidentin Renate Anderl bei der Hauptversammlung der Bundesarbeitskammer in Villach. Die "
         "Arbeiterkammern haben dafür sowohl in den Bundesländern, als auch auf Bundesebene die richtigen, sozial gerechten "
         "Antworten.“")
AK_P2 = ("Anderl ging in ihrer Rede vor den Kammerrätinnen und Kammerräten auf den steigenden Druck in der Arbeitswelt ein, und "
         "dass die kommende Regierung hier dringend für Entlastung sorgen müsse. „Die Beschäftigten müssen immer mehr leisten, sie "
         "brauchen daher rasch einen Ausgleich: die leichtere Erreichbarkeit der 6. Urlaubswoche, das Recht auf 4-Tage-Woche und "
         "kürzere Arbeitszeiten.“ Die Arbeitszeiten seien eine wichtige Schraube, an der man rasch drehen müsse, fordert Anderl: "
         "von der nächsten Regierung „12-Stunden-Tage waren schon in der Vergangenheit möglich. Mit den neuen Regelungen zum "
         "12-Stunden-Tag sind den Beschäftigten Freiwilligkeit, Planbarkeit und vor allem Mitbestimmung genommen worden – das muss "
         "wiederkommen, dafür werden wir uns gemeinsam mit den Gewerkschaften und dem ÖGB weiter vehement einsetzen.“")
AK_SH = "Arbeitslosigkeit jetzt gegensteuern"
AK_P3 = ("Anderl bekräftigte auch die Forderung der Arbeiterkammer nach einem Beschäftigungspaket. Insbesondere was die Gruppe der "
         "älteren Arbeitslosen betreffe müssten rasch Maßnahmen getroffen werden, um sie wieder in den Arbeitsmarkt zu bringen: "
         "„Die Aktion 20.000 war ein geeignetes Instrument, ähnliches muss wiederkommen. Es ist nicht akzeptabel, dass man älteren "
         "Beschäftigten vermittelt, sie sind zu teuer und zu alt für die Firmen. Die kommende Regierung muss Arbeitslosigkeit "
         "verhindern, und es braucht mehr Geld für das AMS, um in dieser und anderen Gruppen gezielt gegensteuern zu können.“")

add(id="ho621-ots-bak-2019-11-28-anderl-hauptversammlung-villach",
    title=AK_T,
    url="https://www.ots.at/presseaussendung/OTS_20191128_OTS0100/ak-praesidentin-anderl-grosse-herausforderungen-gemeinsam-"
        "meistern",
    retrieved="same address (release on the APA-OTS service, 28 November 2019 by its OTS number; the stored copy breaks off "
              "after the opening mark of the paragraph under its third subheading ('Appell zu Dialog und Zusammenarbeit' / '„') "
              "before any contact block, under the plain 'Villach (OTS) -', and the sender is inferred from the release's own "
              "voice as the Bundesarbeitskammer: its own general assembly, the headline label 'AK Präsidentin Anderl:' and only "
              "its president quoted (rule 3730)); headline, subtitle and the subheading 'Arbeitslosigkeit jetzt gegensteuern' kept "
              "as lines of their own as stored; the last subheading dropped with the cut-off paragraph it stands over (rule 15); "
              "the published closing mark without an opening mark in the lead, 'sowohl in den Bundesländern, als auch', "
              "'fordert Anderl: von der nächsten Regierung „…' and 'betreffe müssten' without a comma kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[AK_SUB, AK_P1, AK_P2, AK_SH, AK_P3],
    # the headline label `AK Präsidentin Anderl:` before unmarked words has no span (rule 5); the lead quotation before `sagt AK
    # Präsidentin Renate Anderl bei der Hauptversammlung …` is hers (rule 30); the closing mark after the lead's last sentence
    # has lost its opening mark: that sentence is the only one after the cue sentence, in the indicative and in her voice, so
    # the span runs from its first word to the mark, speaker Anderl (rules 22, 925, 3602); the cue-less quotation after the
    # narrator's report of her speech in the second paragraph continues her (NOTES.md continuation); the quotation after
    # `fordert Anderl: von der nächsten Regierung` starts at its own mark, the unmarked phrase between the colon and the mark
    # staying outside, speaker Anderl (rule 3731); the colon quotation after the Konjunktiv report of her demand in the third
    # paragraph is hers (rules 9, 2531); the quotations' `wir` speak for the Arbeiterkammer; the Regierung, the ÖGB, the AMS
    # and the Kammerrätinnen und Kammerräte say nothing; `AK Präsidentin` carries the chamber's name and is no alias (rule 33)
    quotes=[(cut(AK_P1, "„Arbeit, Bildung", "Arbeitnehmer“"), ANDERL),
            (cut(AK_P1, "Die Arbeiterkammern haben", "Antworten.“"), ANDERL),
            (cut(AK_P2, "„Die Beschäftigten", "Arbeitszeiten.“"), ANDERL),
            (cut(AK_P2, "„12-Stunden-Tage", "einsetzen.“"), ANDERL),
            (cut(AK_P3, "„Die Aktion", "können.“"), ANDERL)],
    aliases={ANDERL: ["Renate Anderl", "Anderl"]})

# --- APA-OTS, Krankenhaus der Barmherzigen Brüder Wien (Wiener Ordensspitäler), 17 October 2022: Frater Saji Mullankuzhy ---

BB_T = ("Wiener Ordensspitäler: KH der Barmherzigen Brüder Wien solidarisch an der Seite der Menschen mit und ohne "
        "Krankenversicherung")
BB_P1 = ("Wien (OTS) - \"Im Zentrum unseres Tuns steht die bedingungslose Zuwendung zum hilfesuchenden Menschen, unabhängig von "
         "Herkunft, Sprache oder Religion\", erklärte Frater Saji Mullankuzhy OH, Prior und Rechtsträgervertreter des "
         "Krankenhauses der Barmherzigen Brüder Wien. Weiter: \"Im Jahr 2021 konnten wir in über 14.500 Fällen Menschen ohne "
         "Krankenversicherung helfen. Die Patient:innen kamen aus rund 40 Nationen. Leider sehen wir in diesem Jahr, insbesondere "
         "seit Beginn des Kriegs in der Ukraine und auch aufgrund der dadurch verursachten Fluchtbewegungen, einen deutlichen "
         "Anstieg. Das Krankenhaus der Barmherzigen Brüder Wien steht solidarisch an der Seite der Menschen, unabhängig davon, ob "
         "sie krankenversichert sind.\" Die gebotenen Leistungen reichen von der Erstversorgung über Hilfe bei "
         "Atemwegserkrankungen, HNO-Erkrankungen, Zahnschmerzen, Unfallfolgen und Infektionskrankheiten bis zur stationären "
         "Versorgung und Krebstherapie. Finanziert werden die ambulanten und in akuten Fällen auch stationären Behandlungen durch "
         "die laufenden Spendeneinnahmen.")

add(id="ho621-ots-barmherzige-brueder-2022-10-17-mullankuzhy-ohne-krankenversicherung",
    title=BB_T,
    url="https://www.ots.at/presseaussendung/OTS_20221017_OTS0112/wiener-ordensspitaeler-kh-der-barmherzigen-brueder-wien-"
        "solidarisch-an-der-seite-der-menschen-mit-und-ohne-krankenversicherung",
    retrieved="same address (release on the APA-OTS service, 17 October 2022 by its OTS number; the stored copy breaks off "
              "inside the paragraph under its subheading 'Die sieben Wiener Ordensspitäler' ('… mit einem gemeinnützigen ') "
              "before any contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own "
              "voice as the Krankenhaus der Barmherzigen Brüder Wien, a non-profit hospital of a religious order, for the "
              "platform of the Viennese order hospitals named in the headline label 'Wiener Ordensspitäler:': only the "
              "hospital's prior quoted, speaking for it in the first person plural (rule 3730)); the store's date prefix ' date "
              "2022-10' dropped (rule 63); the headline kept as the title; the subheading and the cut-off paragraph under it "
              "dropped together (rule 15); used as stored up to the last complete paragraph)",
    license=APA_OTS_SENDERS,
    paras=[BB_P1],
    # the quotation before `erklärte Frater Saji Mullankuzhy OH, Prior und Rechtsträgervertreter des Krankenhauses …` is his,
    # and the quotation after the verbless label `Weiter:` continues him (rules 9, 30, 3732); the name is canonical without
    # the religious title `Frater` and the order's letters `OH`, the forms with them aliases, as is `Prior`, which names only
    # him (rules 44, 3732); the hospital, the Wiener Ordensspitäler and the Patient:innen say nothing in marks
    quotes=[(cut(BB_P1, "\"Im Zentrum", "oder Religion\""), SAJI),
            (cut(BB_P1, "\"Im Jahr 2021", "krankenversichert sind.\""), SAJI)],
    aliases={SAJI: ["Saji Mullankuzhy", "Frater Saji Mullankuzhy", "Frater Saji Mullankuzhy OH", "Prior"]})

# --- APA-OTS, Kathpress, 13 March 2023: Michael Landau before the bishops' conference in Seitenstetten ---

SE_T = "Seitenstetten: Bischöfe und Caritas-Spitzen tagen gemeinsam"
SE_SUB = ("Vollversammlung der Bischofskonferenz am Montag eröffnet - Caritas-Präsident vor Beratungen: Hoffe auf \"gemeinsame "
          "mahnende Stimme Bischöfe\" angesichts der \"Vielfachkrisen\" im In- und Ausland")
SE_P1 = ("Wien (KAP) - Die Leitungsverantwortlichen der Caritas sind mit den Mitgliedern der Österreichischen Bischofskonferenz "
         "zu Beratungen zusammengetroffen. Ein Studientag zu Caritas-Themen bildete am Montagnachmittag den Auftakt zur "
         "Frühjahrsvollversammlung der Bischöfe, die unter dem Vorsitz von Erzbischof Franz Lackner bis zum Donnerstag dauert. Ort "
         "der Sitzung ist das Bildungszentrum St. Benedikt beim niederösterreichische Stift Seitenstetten. Neben Caritas-Präsident "
         "Michael Landau, Generalsekretärin Anna Parr und dem Leiter der Caritas-Auslandshilfe, Andreas Knapp, haben alle "
         "Direktorinnen und Direktoren der neun diözesanen Caritas-Organisationen an den Gesprächen teilgenommen.")
SE_P2 = ("Caritas-Präsident Landau betonte im Interview mit Kathpress die Wichtigkeit, auf die Not der Menschen \"auch hier in "
         "Österreich\" hinzuweisen. Diese Not spüre die Hilfsorganisation etwa in ihren österreichweit 71 Sozialberatungsstellen. "
         "\"Die Menschen wissen nicht mehr, wie sie Wohnen, Heizen, Energie, die Dinge des täglichen Bedarfs finanzieren "
         "sollen\", so Landau. Maßnahmen der Politik, wie der Wohnschirm oder die Heizkostenunterstützung wirkten zwar, aber:")
SE_P3 = ("\"wie wird es weitergehen? Das beschäftigt zunehmend mehr Menschen\". Hier brauche es auch strukturelle Verbesserung, "
         "so Landaus Appell in Richtung der Politik.")

add(id="ho621-ots-kathpress-2023-03-13-landau-bischofskonferenz-seitenstetten",
    title=SE_T,
    url="https://www.ots.at/presseaussendung/OTS_20230313_OTS0141/seitenstetten-bischoefe-und-caritas-spitzen-tagen-gemeinsam",
    retrieved="same address (release of the Katholische Presseagentur Kathpress on the APA-OTS service, 13 March 2023 by its OTS "
              "number and the release's 'am Montagnachmittag'; the sender is read from the dateline code 'Wien (KAP)', the "
              "agency's own, the stored copy breaking off inside the fourth body paragraph ('… ein wichtiges Signal') before any "
              "contact block (rule 3730)); the store's date prefix ' date 2023-03' dropped (rule 63); headline and subtitle kept "
              "as lines of their own as stored; the copy's empty line after the colon that closes the second paragraph ('… "
              "wirkten zwar, aber:') kept as the paragraph break it is in the copy (rule 3733); the cut-off fourth paragraph "
              "dropped with its complete quotation 'die Hilfe kommt an' and its cut last quotation (rule 15); the published "
              "'beim niederösterreichische Stift' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[SE_SUB, SE_P1, SE_P2, SE_P3],
    # the two words in marks in the subtitle's report after the bare role label `Caritas-Präsident vor Beratungen: Hoffe auf
    # "…" angesichts der "…"` are Landau's, whom the body names `Caritas-Präsident Michael Landau` and `Caritas-Präsident
    # Landau` (rules 25, 26, 3734); the partial quotation in the sentence `Caritas-Präsident Landau betonte im Interview mit
    # Kathpress …` is his, Kathpress, the sender, being the interviewer (rules 3, 12); the quotation before `so Landau` is his
    # (rule 30); the quotation that opens the third paragraph after the colon closing the second, which ends the Konjunktiv
    # report of his words, is his, and the sentence after it closes with `so Landaus Appell` (rules 9, 3733); Erzbischof Franz
    # Lackner, Anna Parr, Andreas Knapp, the bishops, the Caritas directors and the Politik say nothing; `Caritas-Präsident`
    # carries the organisation's name and is no alias (rule 33)
    quotes=[("\"gemeinsame mahnende Stimme Bischöfe\"", LANDAU),
            ("\"Vielfachkrisen\"", LANDAU),
            ("\"auch hier in Österreich\"", LANDAU),
            (cut(SE_P2, "\"Die Menschen wissen", "finanzieren sollen\""), LANDAU),
            (cut(SE_P3, "\"wie wird", "mehr Menschen\""), LANDAU)],
    aliases={LANDAU: ["Michael Landau", "Landau"]})
