# Seven-hundred-and-forty-third held-out German real-news set (tests/data/heldout743-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4640-4646). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout744-heldout750). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-forty-third held-out set": nine releases of Austrian parties, their press
# services, clubs and organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the SPÖ Niederösterreich after the
# national election (Heidemaria Onodi and Karin Kadenbach, October 2006), the BZÖ on its leader's Ö1 interview (Peter
# Westenthaler, November 2007, sender inferred), the Junge Volkspartei Niederösterreich on a discussion with the ÖVP's
# Generalsekretär (Bettina Rausch and Fritz Kaltenegger, December 2009), the ÖVP's Pressedienst against the Team Stronach and
# the FPÖ (Hannes Rauch, April 2013), the SPÖ Niederösterreich on its campaign (Reinhard Hundsmüller, with Wolfgang Kocevar in
# the joint label, January 2018, sender inferred) and on the Land election result (Franz Schnabl and Reinhard Hundsmüller,
# January 2018), the SPÖ's Pressedienst for three opposition environment spokespersons (Julia Herr with Walter Rauch and Michael
# Bernhard, November 2020), the ÖVP against the NEOS (Christian Stocker, March 2023, sender inferred) and the FPÖ against the
# NEOS (Michael Schnedlitz, November 2025, sender inferred). Stored copies are the `search` tool's `pages` excerpts; six release
# bodies are complete in them, three are cut off inside a later paragraph, which is dropped (rule 15); the wire furniture
# (crawl-date prefixes, OTS markers, end marks, editors' initials, contact blocks, service lines and footers) is dropped (rules
# 63, 460, 4170, 4580, 4640); each retrieval note names what was dropped.
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


ONODI = "Heidemaria Onodi"
KADENBACH = "Karin Kadenbach"
WESTENTHALER = "Peter Westenthaler"
RAUSCH = "Bettina Rausch"
KALTENEGGER = "Fritz Kaltenegger"
RAUCH = "Hannes Rauch"
HUNDSMUELLER = "Reinhard Hundsmüller"
SCHNABL = "Franz Schnabl"
HERR = "Julia Herr"
STOCKER = "Christian Stocker"
SCHNEDLITZ = "Michael Schnedlitz"
NEOS = "NEOS"

# --- APA-OTS, SPÖ Niederösterreich, 2 October 2006: Heidemaria Onodi and Karin Kadenbach after the national election ---

NO_T = "NRW: Jede fünfte SPÖ Stimme kommt aus Niederösterreich"
NO_SUB = "Nach der Nationalratswahl tagte der Landesparteivorstand der SPÖ NÖ"
NO_P1 = ("St. Pölten (SPI) - Die Freude beim Landesparteivorstand war am Tag nach der Wahl groß. Ein tolles Ergebnis für die SPÖ "
         "wurde in Niederösterreich eingefahren. \"Es ist schön, dass wir in Niederösterreich zum tollen Wahlerfolg Alfred "
         "Gusenbauers ein so großes Stück beitragen konnten. Gut ein fünftel aller eingebrachten SPÖ Stimmen, also über 350.000, "
         "kommen aus unserem Bundesland\", freut sich Landesparteivorsitzende Heidemaria Onodi.")
NO_P2 = ("Der hervorragende Wahlausgang sei auf die Zusammenarbeit der SPÖ mit dem Gemeindevertreterverband, der Fraktion "
         "Sozialdemokratischer Gewerkschafter und den befreundeten Organisationen zurückzuführen. \"Wir arbeiten in einem guten "
         "Klima vereint, um unser gemeinsames Ziel, die soziale Gerechtigkeit und Fairness, zu erreichen\", so die Landeschefin.")
NO_P3 = ("\"Die Organisation und der geleistete Einsatz im Wahlkampf waren hervorragend, unsere Wählerinnen und Wähler konnten "
         "überzeugt und mobilisiert werden\", analysiert Landesgeschäftsführerin der SPÖ NÖ Karin Kadenbach das Wahlergebnis.")
NO_P4 = ("Den Koalitionsverhandlungen wolle man in Niederösterreich nicht vorgreifen, erst muss das Wahlkartenergebnis abgewartet "
         "werden. Danach kann rasch in mit den möglichen Partnern verhandelt werden. Das Vertrauen in Gusenbauer sei dabei sehr "
         "groß.")

add(id="ho743-ots-spoe-noe-2006-10-02-onodi-kadenbach-nrw",
    title=NO_T,
    url="https://www.ots.at/presseaussendung/OTS_20061002_OTS0158/nrw-jede-fuenfte-spoe-stimme-kommt-aus-niederoesterreich",
    retrieved="same address (release of the SPÖ Niederösterreich's press service on the APA-OTS service, 2 October 2006 by its "
              "OTS number and 'am Tag nach der Wahl', the national election of 1 October 2006; the sender is told by the "
              "dateline code 'SPI' and the contact block 'SPÖ-Niederösterreich / Pressedienst' with telephone, e-mail and web "
              "lines and the footer code NSN0002, dropped with the contact heading and the service line (rule 4580); the "
              "editor's initials ' rh' run onto the last paragraph after its full stop dropped (rule 4640); headline and "
              "subtitle kept as lines of their own as stored, the dateline 'St. Pölten (SPI) -' at the start of the first "
              "paragraph; 'SPÖ Stimme', 'Gut ein fünftel' and 'kann rasch in mit den möglichen Partnern' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NO_SUB, NO_P1, NO_P2, NO_P3, NO_P4],
    # the quotation before `freut sich Landesparteivorsitzende Heidemaria Onodi` is hers (rule 30), and so is the quotation
    # before `so die Landeschefin`, the role taking her up across the unmarked Konjunktiv sentence that reports her (rules 5,
    # 8, 30); the quotation before `analysiert Landesgeschäftsführerin der SPÖ NÖ Karin Kadenbach das Wahlergebnis` is
    # Kadenbach's, the cue naming an analysis (rules 30, 4481); the unmarked last paragraph carries no span (rule 5); Alfred
    # Gusenbauer, spoken of in Onodi's words and in the last paragraph, says nothing; `Landeschefin` names only Onodi here and
    # is an alias (rules 30, 44), the offices with the party's name (`Landesparteivorsitzende`, `Landesgeschäftsführerin der
    # SPÖ NÖ`) are not (rule 33)
    quotes=[(cut(NO_P1, "\"Es ist schön", "Bundesland\""), ONODI),
            (cut(NO_P2, "\"Wir arbeiten", "zu erreichen\""), ONODI),
            (cut(NO_P3, "\"Die Organisation", "mobilisiert werden\""), KADENBACH)],
    aliases={ONODI: ["Heidemaria Onodi", "Landeschefin"],
             KADENBACH: ["Karin Kadenbach"]})

# --- APA-OTS, BZÖ, 17 November 2007: Peter Westenthaler in the Ö1 "Journal zu Gast" ---

WE_T = ("WESTENTHALER im Ö1-\"Journal zu Gast\"(1): \"Wir sind im Parlament die stärkste, erfolgreichste und initiativste "
        "Oppositionspartei\"")
WE_SUB = "\"Unser Vorsatz ist, Politik auch unter dem Verantwortungsaspekt zu sehen\""
WE_P1 = ("Wien (OTS) - BZÖ-Chef Klubobmann Peter Westenthaler meinte im heutigen Ö1-\"Journal zu Gast\", daß er die Kritik am "
         "politischen System weiter aufrecht erhalte. \"Es ist ein System, von dem sich die Menschen derzeit in Scharen abwenden. "
         "Dies wird man auch bei den nächsten Wahlen bei der sinkenden Wahlbeteiligung sehen. Wir haben derzeit ein entsetzliches "
         "Niveau in der Politik\", so Westenthaler weiter.")
WE_P2 = ("\"Wir wollen das politische System ändern, wir wollen eine neue Dynamik hineinbringen. Wir strengen uns an, eine "
         "Politik der neuen Art zu machen. Auch gab es in der Geschichte schon viele politische Zwerge, die aber sehr erfolgreich "
         "waren\", betonte Westenthaler, der an die schöne Geschichte von David und Goliath verwies.")
WE_P3 = ("\"Wir befinden uns derzeit in der Position des kleinen Davids, der gefinkelt und ausgefuchst gegen den großen "
         "rot-schwarzen Goliath antritt. Im Parlament sind wir die stärkste, erfolgreichste und initiativste Oppositionspartei, "
         "wenn man das laute Schnarchen und Schlummern von Grün und Blau miterlebt. Wir sind die beste Oppositionspartei und "
         "arbeiten daran, daß wir bei der nächsten Wahl größer sind\", so Westenthaler.")
WE_P4 = ("Das BZÖ besetze auch die richtigen politischen Themen. \"Wir sind mittlerweile die einzige Sicherheitspartei in "
         "Österreich, da sich ÖVP und FPÖ davon verabschiedet haben. Die ÖVP fällt immer mehr in Richtung SPÖ um und betreibt "
         "sozialistische Politik. Wir sind die Einzigen der Mitterechtsparteien, die für eine Sicherheitspolitik stehen, die die "
         "Menschen brauchen\", stellte Westenthaler fest.")

add(id="ho743-ots-bzoe-2007-11-17-westenthaler-journal-zu-gast",
    title=WE_T,
    url="https://www.ots.at/presseaussendung/OTS_20071117_OTS0043/westenthaler-im-oe1-journal-zu-gast1-wir-sind-im-parlament-"
        "die-staerkste-erfolgreichste-und-initiativste-oppositionspartei",
    retrieved="same address (release on the APA-OTS service, 17 November 2007 by its OTS number and 'im heutigen "
              "Ö1-\"Journal zu Gast\"', the Saturday interview; the stored copy is cut off inside its fifth body paragraph "
              "('… denn, wer kritisiert, muß auch'), which is dropped with what it holds (rule 15), and it ends before any "
              "contact block, so the sender is inferred from the release's own voice as the BZÖ, its federal party or its "
              "parliamentary club, reporting its leader's interview (rules 2581, 4460, 4580); the headline with the series "
              "number '(1)' kept as the title, the subtitle as a line of its own, the dateline 'Wien (OTS) -' at the start of "
              "the first paragraph; 'daß', 'aufrecht erhalte', 'an die schöne Geschichte … verwies' and 'Mitterechtsparteien' "
              "kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[WE_SUB, WE_P1, WE_P2, WE_P3, WE_P4],
    # the programme's name `"Journal zu Gast"` in the headline and in the first paragraph is null (rules 24, 1882); the headline
    # quotation after the label `WESTENTHALER im Ö1-"Journal zu Gast"(1):` is his, and the body gives the same words to him
    # (`Im Parlament sind wir die stärkste, erfolgreichste und initiativste Oppositionspartei`; rules 26, 54); the subtitle
    # quotation without a label is his as well, its words standing in the dropped fifth paragraph of the interview (rule
    # 4641); the quotations before `so Westenthaler weiter`, `betonte Westenthaler, der …`, `so Westenthaler` and `stellte
    # Westenthaler fest` are his (rule 30); the reported `daß er die Kritik … aufrecht erhalte` and `Das BZÖ besetze …` are
    # unmarked (rule 5); the ÖVP, the FPÖ, the SPÖ, David and Goliath say nothing; the capitalised label form `WESTENTHALER`
    # and `Klubobmann Peter Westenthaler` are aliases (rule 44), `BZÖ-Chef` is not (rule 33)
    quotes=[("\"Journal zu Gast\"", None, 0),
            (cut(WE_T, "\"Wir sind im Parlament", "Oppositionspartei\""), WESTENTHALER),
            (WE_SUB, WESTENTHALER),
            ("\"Journal zu Gast\"", None, 1),
            (cut(WE_P1, "\"Es ist ein System", "in der Politik\""), WESTENTHALER),
            (cut(WE_P2, "\"Wir wollen", "erfolgreich waren\""), WESTENTHALER),
            (cut(WE_P3, "\"Wir befinden", "größer sind\""), WESTENTHALER),
            (cut(WE_P4, "\"Wir sind mittlerweile", "Menschen brauchen\""), WESTENTHALER)],
    aliases={WESTENTHALER: ["Peter Westenthaler", "Klubobmann Peter Westenthaler", "Westenthaler", "WESTENTHALER"]})

# --- APA-OTS, Junge Volkspartei Niederösterreich, 3 December 2009: Bettina Rausch and Fritz Kaltenegger in St. Pölten ---

JV_T = "JVP-NÖ-Rausch: Stark in den neuen Medien und vorne bei den Jungen"
JV_P1 = ("St. Pölten (OTS) - Der Diskussion mit der Jungen Volkspartei hat sich ÖVP-Generalsekretär Fritz Kaltenegger in St. "
         "Pölten gestellt. JVP-NÖ-Obfrau Bundesrätin Bettina Rausch: \"Wir bringen unsere Anliegen für die Partei- und "
         "Regierungsarbeit ein. Das ist unser Job als Jugendvertreter.\" Im Mittelpunkt der Diskussion standen das neue Image der "
         "ÖVP, Leistungsgerechtigkeit, Staatshaushalt, Bildung und Integration.")
JV_P2 = ("\"Eines ist klar\", hat Jugendvertreterin Bettina Rausch gleich zu Beginn der Diskussion klargestellt: \"Wir sind die "
         "Nummer 1 bei den Jungen. Das beweisen sowohl die Wahlergebnisse als auch unsere tagtägliche Arbeit vor Ort, in den "
         "Gemeinden und Ortschaften.\"")
JV_P3 = ("ÖVP-Generalsekretär Fritz Kaltenegger wies auf den Imagewandel hin, den die ÖVP im letzten Jahr durchgemacht hat: "
         "\"Wir sind stark in den neuen Medien und vorne bei den Jungen\". Als Beispiele nannte er die Aktion \"Superpraktikant\", "
         "die Diskussion von ÖVP-Chef Josef Pröll in der Szenedisco U4 und die Präsenz der ÖVP in den neuen Medien wie facebook, "
         "youtube, twitter und flickr.")
JV_P4 = ("Inhaltlich haben die Jungen sehr stark das Thema \"Leistungsgerechtigkeit\" angesprochen: Wer hart arbeitet solle nicht "
         "weniger haben als jene, die das Sozialnetz ausnutzen. Kaltenegger sprach in diesem Zusammenhang das von ÖVP-Chef Josef "
         "Pröll angekündigte \"Transferkonto\" an, dass in einem ersten Schritt Transparenz im Bereich der Sozialleistungen "
         "bringen soll.")
JV_P5 = ("Wichtig war den Jungen auch, dass der Staat nicht mehr ausgibt, als er hat, denn es seien die heute Jungen die später "
         "die Zinsen und Schulden dafür zurückzahlen müssen, so wie schon zur Zeit 10 Milliarden (!) Euro jährlich nur für die "
         "Schuldenrückzahlung aufgewendet werden.")

add(id="ho743-ots-jvp-noe-2009-12-03-rausch-kaltenegger",
    title=JV_T,
    url="https://www.ots.at/presseaussendung/OTS_20091203_OTS0096/jvp-noe-rausch-stark-in-den-neuen-medien-und-vorne-bei-den-"
        "jungen",
    retrieved="same address (release of the Junge Volkspartei Niederösterreich, the ÖVP's youth organisation in Lower Austria, "
              "on the APA-OTS service, 3 December 2009 by its OTS number; the sender is told by the contact block 'Junge "
              "Volkspartei Niederösterreich / Christian Tesch' with telephone and e-mail lines, dropped with the contact heading "
              "and the service line, cut off in the copy (rule 4580); the headline kept as the title, the dateline 'St. Pölten "
              "(OTS) -' at the start of the first paragraph; 'Wer hart arbeitet solle', 'Transferkonto\" an, dass', 'die heute "
              "Jungen die später' and 'zur Zeit' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[JV_P1, JV_P2, JV_P3, JV_P4, JV_P5],
    # the colon quotation after the verbless label `JVP-NÖ-Obfrau Bundesrätin Bettina Rausch:` is hers (rule 9); the split
    # quotation around `hat Jugendvertreterin Bettina Rausch gleich zu Beginn der Diskussion klargestellt:` is two spans, both
    # hers (rules 1, 30); the colon quotation after `ÖVP-Generalsekretär Fritz Kaltenegger wies auf den Imagewandel hin, …:` is
    # Kaltenegger's (rule 9); the campaign's name `"Superpraktikant"`, the topic `"Leistungsgerechtigkeit"` after `das Thema`
    # and the name of Pröll's plan `"Transferkonto"` are null (rules 2, 24, 4642); the headline after the fused label
    # `JVP-NÖ-Rausch:` is unmarked, although its words are Kaltenegger's quotation (rules 630, 4642); the Konjunktiv reports
    # of the Jungen are unmarked (rule 5); Josef Pröll, the Jungen and the ÖVP say nothing; `Bundesrätin Bettina Rausch` and
    # `Jugendvertreterin Bettina Rausch` are her name with a title or role that names only her (rule 44); the fused label, the
    # offices `JVP-NÖ-Obfrau` and `ÖVP-Generalsekretär` are no aliases (rules 33, 3672); the surname `Rausch` stands alone only
    # inside the fused label and is no alias of its own
    quotes=[(cut(JV_P1, "\"Wir bringen", "Jugendvertreter.\""), RAUSCH),
            ("\"Eines ist klar\"", RAUSCH),
            (cut(JV_P2, "\"Wir sind die", "Ortschaften.\""), RAUSCH),
            ("\"Wir sind stark in den neuen Medien und vorne bei den Jungen\"", KALTENEGGER),
            ("\"Superpraktikant\"", None),
            ("\"Leistungsgerechtigkeit\"", None),
            ("\"Transferkonto\"", None)],
    aliases={RAUSCH: ["Bettina Rausch", "Bundesrätin Bettina Rausch", "Jugendvertreterin Bettina Rausch"],
             KALTENEGGER: ["Fritz Kaltenegger", "Kaltenegger"]})

# --- APA-OTS, ÖVP-Pressedienst, 18 April 2013: Hannes Rauch against the Team Stronach and the FPÖ ---

RA_T = "Rauch: Team Stronach und FPÖ leiden an ihrer Sinnlosigkeit"
RA_SUB = ("Interne Querelen von FPÖ und Team Stronach fordern ihren Tribut: Team Stronach leidet unter massiven Rechenschwächen – "
          "FPÖ verwechselt simples Kontaktformular mit inhaltlicher Arbeit")
RA_P1 = ("Wien, 18. April 2013 (ÖVP-PD) Amüsiert nimmt ÖVP-Generalsekretär Hannes Rauch zur Kenntnis, dass \"sowohl FPÖ als auch "
         "das Team Stronach an akuter Sinnlosigkeit leiden\". So ist das Team Stronach nachweislich nicht in der Lage, einen "
         "simplen Taschenkalender richtig zu bedienen. Denn Fakt ist: Die ÖVP hat ihr Wohnpaket am 13. März präsentiert. Das Team "
         "Stronach hat die Öffentlichkeit am 9. April mit einer Zusammenfassung eines altbekannten Sammelsuriums behelligt und das "
         "ganze \"Parteiprogramm\" getauft. \"Wenn also das Parteiprogramm des Team Stronach knapp ein Monat nach Veröffentlichung "
         "des ÖVP-Wohnprogramms präsentiert wurde, ist es wohl eher unwahrscheinlich, dass die ÖVP davon abgeschrieben hat\", gibt "
         "Rauch dem Team Stronach Nachhilfe in")
RA_P2 = ("Sachen Mathematik. \"Außer – und das sollte dem Team Stroanch mehr zu denken geben – es gebe einen Informanten, der die "
         "ÖVP vorab von den Vorhabensideen informiert hat. Darüber sollte sich das Team Stronach dann wirklich Gedanken machen.\" "
         "Zusammengefasst:")
RA_P3 = ("\"Tatsächlich braucht das Team Stronach also nicht nur in Sachen Transparenz und Moral Nachhilfe, sondern auch in "
         "Sachen politischer Inhalte\", so Rauch.")
RA_P4 = ("\"Dass die FPÖ aber ein Standard-Kontaktformular mit inhaltlicher Arbeit verwechselt, schießt den Vogel ab\", amüsiert "
         "sich Rauch. Denn bei \"Mein Anliegen\" der FPÖ handelt es sich um ein Kontaktformular auf einer Homepage. \"Setzen, "
         "danke für Nichts. Diese Energie sollten beide Parteien besser für die Beseitigung ihrer parteiinternen Probleme "
         "aufwenden\", fasst Rauch die aberwitzigen Aussagen von Team Stronach und FPÖ zusammen.")

add(id="ho743-ots-oevp-2013-04-18-rauch-team-stronach-fpoe",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20130418_OTS0135/rauch-team-stronach-und-fpoe-leiden-an-ihrer-sinnlosigkeit",
    retrieved="same address (release of the ÖVP's Pressedienst on the APA-OTS service, 18 April 2013 by its OTS number and its "
              "own dateline 'Wien, 18. April 2013 (ÖVP-PD)', which tells the sender and is kept at the start of the first "
              "paragraph; the crawl-date prefix ' date 2018-03' before the headline, a date of the crawl, dropped (rule 63); the "
              "copy ends after the fourth body paragraph with empty lines, before any contact block (rule 17); headline and "
              "subtitle kept as lines of their own as stored; the stored paragraph break inside the sentence 'gibt Rauch dem "
              "Team Stronach Nachhilfe in / Sachen Mathematik.' kept as stored (rule 4643); 'Team Stroanch', 'knapp ein Monat', "
              "'Vorhabensideen' and 'danke für Nichts' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RA_SUB, RA_P1, RA_P2, RA_P3, RA_P4],
    # the partial quotation in the dass-clause after `nimmt ÖVP-Generalsekretär Hannes Rauch zur Kenntnis` is his (rule 3);
    # the name the Team Stronach gave its paper, `"Parteiprogramm"` after `das ganze … getauft`, is null (rules 2, 24, 4644);
    # the quotation before `gibt Rauch dem Team Stronach Nachhilfe in` is his (rule 30), and so is the next quotation, which
    # follows the cue's end across the stored paragraph break with no new speaker (rules 8, 4643); the colon `Zusammengefasst:`
    # at the end of that paragraph introduces the quotation that opens the next, closed before `so Rauch` (rules 9, 30); the
    # quotations before `amüsiert sich Rauch` and `fasst Rauch die aberwitzigen Aussagen … zusammen` are his (rules 30, 4481);
    # the name of the FPÖ's form `"Mein Anliegen"` is null (rules 2, 24); the headline after the label `Rauch:` and the
    # subtitle are unmarked (rule 630); the narrator's `So ist das Team Stronach …` and `Denn Fakt ist: …` are unmarked (rule
    # 5); the Team Stronach, the FPÖ and the ÖVP say nothing; `ÖVP-Generalsekretär` is no alias (rule 33)
    quotes=[(cut(RA_P1, "\"sowohl FPÖ", "leiden\""), RAUCH),
            ("\"Parteiprogramm\"", None),
            (cut(RA_P1, "\"Wenn also", "abgeschrieben hat\""), RAUCH),
            (cut(RA_P2, "\"Außer", "Gedanken machen.\""), RAUCH),
            (cut(RA_P3, "\"Tatsächlich", "politischer Inhalte\""), RAUCH),
            (cut(RA_P4, "\"Dass die FPÖ", "den Vogel ab\""), RAUCH),
            ("\"Mein Anliegen\"", None),
            (cut(RA_P4, "\"Setzen", "aufwenden\""), RAUCH)],
    aliases={RAUCH: ["Hannes Rauch", "Rauch"]})

# --- APA-OTS, SPÖ Niederösterreich, 9 January 2018: Reinhard Hundsmüller (and Wolfgang Kocevar) present the campaign ---

HK_T = "SPÖ-Hundsmüller/Kocevar: „Wir haben die zweite, wichtige Meinung für Niederösterreich “"
HK_SUB = "Landesgeschäftsführer und Wahlkampfleiter präsentieren Landtagswahl-Kampagne der SPÖ Niederösterreich"
HK_P1 = ("St. Pölten (OTS) - „Eine zweite Meinung für Niederösterreich“ und „Aus Spaß an ernsthafter Politk“, unter dieses "
         "Motto stellt SPÖ-NÖ-Landesgeschäftsführer Reinhard Hundsmüller die heute präsentierte Landtagswahl-Kampagne der "
         "niederösterreichischen SozialdemokratInnen. Insgesamt gibt es über 400 unterschiedliche Plakate für die verschiedenen "
         "Regionen: „Unsere Kampagne ist so vielfältig wie unser Bundesland“, sagt Hundsmüller und erklärt, die SPÖ NÖ wolle "
         "aufzeigen, dass Niederösterreich zwar das beste Niederösterreich aller Zeiten sei, aber in vielen Bereichen "
         "Handlungsbedarf bestehe, um unser Bundesland noch lebenswerter, liebenswerter, wettbewerbsfähiger und erfolgreicher zu "
         "machen:")
HK_P2 = ("Beispielsweise habe Niederösterreich die höchste Verschuldung aller Bundesländer, Ortskerne sterben aus, weil "
         "Nahversorger und Ärzte in den Regionen fehlen und Wartezeiten bei geplanten Operationen um ein Vielfaches länger sind, "
         "als beispielsweise in Wien, leistbares Wohnen möglich sein muss oder der öffentliche Verkehr weiter ausgebaut werden "
         "muss.")

add(id="ho743-ots-spoe-noe-2018-01-09-hundsmueller-kocevar-kampagne",
    title=HK_T,
    url="https://www.ots.at/presseaussendung/OTS_20180109_OTS0040/spoe-hundsmuellerkocevar-wir-haben-die-zweite-wichtige-"
        "meinung-fuer-niederoesterreich",
    retrieved="same address (release on the APA-OTS service, 9 January 2018 by its OTS number and 'die heute präsentierte "
              "Landtagswahl-Kampagne', before the Land election of 28 January 2018; the stored copy is cut off inside its third "
              "body paragraph, Wolfgang Kocevar's quotations ('… „Wir sind die erste Geige für die zwe'), which is dropped with "
              "what it holds (rule 15), and it ends before any contact block, so the sender is inferred from the subtitle "
              "('Landtagswahl-Kampagne der SPÖ Niederösterreich'), the dateline St. Pölten and the release's own voice as the "
              "SPÖ Niederösterreich, whose Landesgeschäftsführer and Wahlkampfleiter present the campaign (rules 2581, 4460, "
              "4580); headline and subtitle kept as lines of their own as stored, the dateline 'St. Pölten (OTS) -' at the "
              "start of the first paragraph; the space before the headline's closing mark ('Niederösterreich “'), 'Politk', the "
              "colon that ends the first paragraph and the run-on list of the second kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[HK_SUB, HK_P1, HK_P2],
    # the headline quotation under the joint label `SPÖ-Hundsmüller/Kocevar:` goes to the label's first name, and Kocevar,
    # whose own quotations stand only in the dropped paragraph, is an alias of him (rules 27, 3813, 4645); the two campaign
    # slogans before `unter dieses Motto stellt SPÖ-NÖ-Landesgeschäftsführer Reinhard Hundsmüller …` are null (rule 24); the
    # colon quotation before `sagt Hundsmüller und erklärt, …` is his (rules 9, 30); the reported `die SPÖ NÖ wolle aufzeigen,
    # …` and the second paragraph's Konjunktiv list are unmarked (rule 5); the SozialdemokratInnen, the Nahversorger and Ärzte
    # say nothing; the office `SPÖ-NÖ-Landesgeschäftsführer` and the fused label are no aliases (rules 33, 3672)
    quotes=[(cut(HK_T, "„Wir haben", "Niederösterreich “"), HUNDSMUELLER),
            ("„Eine zweite Meinung für Niederösterreich“", None),
            ("„Aus Spaß an ernsthafter Politk“", None),
            (cut(HK_P1, "„Unsere Kampagne", "Bundesland“"), HUNDSMUELLER)],
    aliases={HUNDSMUELLER: ["Reinhard Hundsmüller", "Hundsmüller", "Kocevar"]})

# --- APA-OTS, SPÖ Niederösterreich, 28 January 2018: Franz Schnabl and Reinhard Hundsmüller on the Land election ---

SH_T = "Schnabl/Hundsmüller: Zugewinn zeigt Wunsch nach sozialdemokratischer Handschrift in NÖ"
SH_SUB = "Dank an alle Wählerinnen und Wähler für ihre Stimme"
SH_P1 = ("St. Pölten, (OTS) - Für SPÖ-Landesparteivorsitzenden Landesrat Franz Schnabl ist der Zugewinn der SPÖ ein starkes "
         "Signal dafür, dass sozialdemokratische Inhalte Teil der Landespolitik sein sollen. „Ich danke allen Wählerinnen und "
         "Wähler, die der SPÖ NÖ ihr Vertrauen geschenkt haben. Zwar ist die Absolute nicht gefallen, trotzdem haben die "
         "Menschen mit ihrer Stimme für die Sozialdemokratie ein deutliches Zeichen für Verbesserungen im Gesundheits-, "
         "Kinderbetreuungs-, und Arbeits- und Sozialbereich gewählt. Wir sind bereit zu konstruktiver Zusammenarbeit für "
         "Niederösterreich und wollen rasch in den Arbeitsmodus kommen. Es gibt viel zu tun“, betont Franz Schnabl.")
SH_P2 = ("SPÖ-Landesgeschäftsführer Reinhard Hundsmüller spricht ein besonders großes Danke an alle FunktionärInnen und "
         "SympathisantInnen aus, die in den vergangenen Wochen all ihre Energie verwendet haben, Haushalte zu besuchen, "
         "Veranstaltungen oder Verteilaktionen zu organisieren oder für Franz Schnabl und die SPÖ zu werben. Es war eine große "
         "Kraftanstrengung mit einem tollen Ergebnis für die Sozialdemokratie“, so Hundsmüller.")

add(id="ho743-ots-spoe-noe-2018-01-28-schnabl-hundsmueller-landtagswahl",
    title=SH_T,
    url="https://www.ots.at/presseaussendung/OTS_20180128_OTS0034/schnablhundsmueller-zugewinn-zeigt-wunsch-nach-"
        "sozialdemokratischer-handschrift-in-noe",
    retrieved="same address (release of the SPÖ Niederösterreich on the APA-OTS service, 28 January 2018 by its OTS number, "
              "the evening of the Land election; the crawl-date prefix ' date 2018-01' before the headline dropped (rule 63); "
              "the sender is told by the contact block 'SPÖ Niederösterreich / Mag. Gabriele Strahberger / Pressesprecherin' "
              "with telephone, e-mail and web lines, dropped with the contact heading; the end mark '(Schluss) ha', a paragraph "
              "of its own with the editor's initials, dropped (rules 4170, 4580, 4640); headline and subtitle kept as lines of "
              "their own as stored, the dateline 'St. Pölten, (OTS) -' with its comma at the start of the first paragraph; "
              "'allen Wählerinnen und Wähler' and the missing opening mark of Hundsmüller's quotation kept (rules 20, 22); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SH_SUB, SH_P1, SH_P2],
    # the quotation before `betont Franz Schnabl` is his (rule 30); Hundsmüller's quotation, published with its closing mark
    # before `so Hundsmüller` but without an opening mark, starts at the first word of its sentence, `Es war`, after the
    # narrator's third-person report of his thanks, and is his (rules 22, 1240, 4646); the headline after the joint label
    # `Schnabl/Hundsmüller:` and the subtitle are unmarked (rule 630); the FunktionärInnen, SympathisantInnen and the SPÖ say
    # nothing; `Landesrat Franz Schnabl` is his name with an office that names only him (rule 44), and the surname `Schnabl`
    # stands in the joint label, a form of his name that is no fused organisation label; `SPÖ-Landesparteivorsitzenden` and
    # `SPÖ-Landesgeschäftsführer` are no aliases (rule 33)
    quotes=[(cut(SH_P1, "„Ich danke", "viel zu tun“"), SCHNABL),
            (cut(SH_P2, "Es war eine", "Sozialdemokratie“"), HUNDSMUELLER)],
    aliases={SCHNABL: ["Franz Schnabl", "Landesrat Franz Schnabl", "Schnabl"],
             HUNDSMUELLER: ["Reinhard Hundsmüller", "Hundsmüller"]})

# --- APA-OTS, SPÖ-Pressedienst, 25 November 2020: Julia Herr, Walter Rauch and Michael Bernhard on the Umweltausschuss ---

UM_T = "Umweltsprecher der Oppositionsparteien kritisieren Vertagungsorgie im Umweltausschuss"
UM_P1 = ("Wien (OTS/SK) - Empört über den Umstand, dass die Regierungsparteien am Mittwoch beim dritten Umweltausschuss in Folge "
         "alle Anträge der Opposition ohne substanzielle, inhaltliche Begründung vertagten, zeigten sich nach der "
         "Ausschusssitzung SPÖ-Umweltsprecherin Julia Herr, FPÖ-Umweltsprecher Walter Rauch und NEOS-Umweltsprecher Michael "
         "Bernhard. „Die Grünen, die nicht nur die Umweltministerin stellen, sondern auch den Vorsitz im Umweltausschuss "
         "innehaben, stellen ganz offensichtlich die Koalitionsräson über den Umweltschutzgedanken,“ kritisieren die drei "
         "UmweltsprecherInnen. „Dass der ÖVP die Umwelt gleichgültig ist, ist wenig überraschend, dass aber auch die Grünen, die "
         "auf dem Umweltticket den Wiedereinzug in den Nationalrat geschafft haben, nicht stärker den Schulterschluss in "
         "Umweltfragen suchen, überrascht doch“, so die OppositionspolitikerInnen. Ein weiter wie bisher wollen die drei "
         "Abgeordneten jedenfalls nicht akzeptieren und behalten sich weitere parlamentarische Aktivitäten vor.")

add(id="ho743-ots-spoe-2020-11-25-herr-rauch-bernhard-umweltausschuss",
    title=UM_T,
    url="https://www.ots.at/presseaussendung/OTS_20201125_OTS0222/umweltsprecher-der-oppositionsparteien-kritisieren-"
        "vertagungsorgie-im-umweltausschuss",
    retrieved="same address (release of the SPÖ's Pressedienst on the APA-OTS service, 25 November 2020 by its OTS number and "
              "'am Mittwoch', the day of the committee; the crawl-date prefix ' date 2020-11' before the headline dropped (rule "
              "63); the sender is told by the dateline code 'OTS/SK', the SPÖ's Pressedienst, as in the 727th and 735th sets; "
              "the OTS marker '****' run onto the paragraph's last full stop dropped (rule 460); the copy ends after that "
              "paragraph with empty lines, before any contact block; a later part of the release, if any, is not stored (rule "
              "17); the headline kept as the title, the dateline at the start of the paragraph; the comma inside the first "
              "quotation's closing mark ('Umweltschutzgedanken,“') and 'Ein weiter wie bisher' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[UM_P1],
    # the two quotations before the joint cues `kritisieren die drei UmweltsprecherInnen` and `so die
    # OppositionspolitikerInnen`, which take up the three named in the sentence before, are joint statements of Julia Herr,
    # Walter Rauch and Michael Bernhard and go to the first named, Herr; the co-speakers' names and the joint forms are her
    # aliases (rules 27, 3342); the narrator's last sentence is unmarked (rule 5); the Grünen, the Umweltministerin, the ÖVP
    # and the Regierungsparteien say nothing; the offices with a party's name (`SPÖ-Umweltsprecherin`, `FPÖ-Umweltsprecher`,
    # `NEOS-Umweltsprecher`) are no aliases (rule 33)
    quotes=[(cut(UM_P1, "„Die Grünen", "Umweltschutzgedanken,“"), HERR),
            (cut(UM_P1, "„Dass der ÖVP", "überrascht doch“"), HERR)],
    aliases={HERR: ["Julia Herr", "Walter Rauch", "Michael Bernhard", "die drei UmweltsprecherInnen",
                    "die OppositionspolitikerInnen"]})

# --- APA-OTS, ÖVP, 13 March 2023: Christian Stocker against the NEOS ---

SO_T = "Stocker: „NEOS sind Stillstands-Partei, die für ihren Drang an die Macht all ihre Ideale opfert“"
SO_SUB = "NEOS sprechen im Bund von Transparenz und verhindern sie in Wien"
SO_P1 = ("Wien (OTS) - „Die NEOS sind eine Stillstands-Partei, die für ihren Drang an die Macht all ihre Ideale opfert. Menschen "
         "und Parteien müssen nach ihren Taten gemessen werden. Bei den NEOS sprechen diese Taten eine sehr deutliche Sprache. "
         "Von pinker Transparenz oder Kompetenz im Bildungsbereich kann keine Rede sein. Vielmehr klammern sich die NEOS "
         "verzweifelt an jede Machtposition, die sie bekommen können - und fordern im Bund das Gegenteil dessen, was sie auf "
         "Landesebene umsetzen. Dieses doppelte Spiel der NEOS gilt es schonungslos aufzuzeigen“, kommentiert Christian Stocker, "
         "Generalsekretär der Volkspartei, die von Doppelmoral durchzogene Pressekonferenz des NEOS-Führungspersonals.")
SO_P2 = ("„Während Bundeskanzler Karl Nehammer die Weichen für ein erfolgreiches und lebenswertes Österreich im Jahr 2030 "
         "gestellt hat, agieren die NEOS weiterhin völlig plan- und orientierungslos. Die vielen Skandale rund um die Wiener "
         "Bildungspolitik der vergangenen Jahre wurden heute wieder einmal völlig ausgeblendet. Wobei es durchaus von einem "
         "gewissen Mut zeugt, sich den Zustand der Bildung in der Stadt Wien als Erfolg an die Fahnen zu heften“, so Stocker "
         "abschließend.")

add(id="ho743-ots-oevp-2023-03-13-stocker-neos",
    title=SO_T,
    url="https://www.ots.at/presseaussendung/OTS_20230313_OTS0122/stocker-neos-sind-stillstands-partei-die-fuer-ihren-drang-"
        "an-die-macht-all-ihre-ideale-opfert",
    retrieved="same address (release on the APA-OTS service, 13 March 2023 by its OTS number and 'heute' with the NEOS's "
              "press conference of that day; the crawl-date prefix ' date 2023-03' before the headline dropped (rule 63); the "
              "stored copy ends after the second body paragraph ('so Stocker abschließend') with empty lines, before any "
              "contact block, so the sender is inferred from the release's own voice as the ÖVP, the federal party whose "
              "Generalsekretär speaks (rules 2581, 4460, 4580); headline and subtitle kept as lines of their own as stored, the "
              "dateline 'Wien (OTS) -' at the start of the first paragraph; the runs of empty lines between the paragraphs are "
              "paragraph breaks; the hyphen as a dash ('können - und') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SO_SUB, SO_P1, SO_P2],
    # the headline quotation after the label `Stocker:` is his, and the body's first quotation gives him the same words (rules
    # 26, 54); the quotation before `kommentiert Christian Stocker, Generalsekretär der Volkspartei, die … Pressekonferenz des
    # NEOS-Führungspersonals` is his, the cue's object naming what he comments on (rules 30, 4481), and so is the quotation
    # before `so Stocker abschließend` (rule 30); the subtitle is unmarked (rule 630); the NEOS, their Führungspersonal and
    # Karl Nehammer say nothing; `Generalsekretär der Volkspartei` names the party and is no alias (rule 33)
    quotes=[(cut(SO_T, "„NEOS sind", "opfert“"), STOCKER),
            (cut(SO_P1, "„Die NEOS sind", "aufzuzeigen“"), STOCKER),
            (cut(SO_P2, "„Während", "Fahnen zu heften“"), STOCKER)],
    aliases={STOCKER: ["Christian Stocker", "Stocker"]})

# --- APA-OTS, FPÖ, 15 November 2025: Michael Schnedlitz against the NEOS' members' assembly ---

SN_D = "Wien (OTS) -"
SN_P1 = ("Die Selbstbeweihräucherung der NEOS bei ihrer heutigen Mitgliederversammlung sei an Zynismus kaum zu überbieten, "
         "kritisierte FPÖ-Generalsekretär NAbg. Michael Schnedlitz. Während Österreich unter dem Versagen der "
         "Verlierer-Koalition leide, feiere sich die pinke Partei als angeblicher „Reformmotor“. „Die Realität ist eine andere: "
         "Die NEOS sind nicht der Motor, sondern der teuerste und willfährigste Steigbügelhalter in der Geschichte der Zweiten "
         "Republik. Für einen Außenministerposten für Frau Meinl-Reisinger und einen Versorgungsposten für Sepp Schellhorn haben "
         "sie jeden Funken Glaubwürdigkeit verspielt und ihre Wähler verraten. Zusätzlich haben sie ihre eigene Partei geopfert "
         "und sogar NEOS-Abgeordnete kehren deshalb dieser Truppe schon den Rücken“, so Schnedlitz.")
SN_P2 = ("Für den FPÖ-Generalsekretär sei das Schweigen der NEOS zu den drängendsten Problemen des Landes bezeichnend: „Wo "
         "bleibt der Aufschrei der NEOS gegen die Zwangsmitgliedschaft und während der gesamten Causa in der Wirtschaftskammer, "
         "wo sie früher so vehement gekämpft haben? Wo ist der Protest gegen die Gehaltsexzesse in der Kammer? Wo ist ihr "
         "Widerstand gegen die explodierenden Staatsausgaben und die ausufernde Bürokratie? Stattdessen hören wir von "
         "Meinl-Reisinger Durchhalteparolen und Vertröstungen auf den Sankt-Nimmerleins-Tag. Wenn die Parteichefin um ‚Geduld‘ "
         "bettelt, dann ist das nichts anderes als das Eingeständnis des kompletten Versagens.“")

add(id="ho743-ots-fpoe-2025-11-15-schnedlitz-neos",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251115_OTS0013/fpoe-schnedlitz-neos-sind-kein-reformmotor-sondern-teuerster-"
        "steigbuegelhalter-der-zweiten-republik",
    retrieved="same address (release on the APA-OTS service, 15 November 2025 by its OTS number and 'bei ihrer heutigen "
              "Mitgliederversammlung'; the stored copy shows no headline: it opens with the dateline 'Wien (OTS) -' on a line "
              "of its own, kept so, and no title is made from the address slug (rules 18, 32, 4570, 4580); the copy is cut off "
              "inside its third body paragraph, on Meinl-Reisinger as Außenministerin, inside Schnedlitz's second quotation "
              "after 'ergänzte:' ('… „Und wenn Meinl-Reisinger un'), which is dropped with what it holds (rule 15), and it ends "
              "before any contact block, so the sender is inferred from the address slug's label 'fpoe-schnedlitz' and the "
              "release's own voice as the FPÖ, whose Generalsekretär speaks (rules 2581, 4460, 4580); 'um ‚Geduld‘ bettelt' "
              "with single low-high marks kept as published (rule 21))",
    license=APA_OTS_POLITICS,
    paras=[SN_D, SN_P1, SN_P2],
    # the marked `„Reformmotor“` in the Konjunktiv sentence that reports Schnedlitz's attack is the term with which the NEOS
    # celebrate themselves, `die pinke Partei`, and is theirs (rules 3, 25, 4493, 4644); the quotation before `so Schnedlitz`
    # is his (rule 30); the colon quotation after the Konjunktiv `Für den FPÖ-Generalsekretär sei … bezeichnend:`, the role
    # taking up Schnedlitz, is his, one span over the nested `‚Geduld‘`, Meinl-Reisinger's word as he quotes it (rules 8, 9,
    # 47); the first sentence's `sei an Zynismus kaum zu überbieten, kritisierte …` is unmarked (rule 5); Beate
    # Meinl-Reisinger (`Frau Meinl-Reisinger`, `die Parteichefin`), Sepp Schellhorn and the NEOS-Abgeordnete say nothing in
    # marks of their own; `NAbg. Michael Schnedlitz` is his name with a title (rule 44), `FPÖ-Generalsekretär` names the party
    # and is no alias (rule 33)
    quotes=[("„Reformmotor“", NEOS),
            (cut(SN_P1, "„Die Realität", "den Rücken“"), SCHNEDLITZ),
            (cut(SN_P2, "„Wo bleibt", "Versagens.“"), SCHNEDLITZ)],
    aliases={SCHNEDLITZ: ["Michael Schnedlitz", "NAbg. Michael Schnedlitz", "Schnedlitz"],
             NEOS: ["NEOS", "die pinke Partei"]})
