# Six-hundred-and-seventy-sixth held-out German real-news set (tests/data/heldout676-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4140-4143). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-seventy-sixth held-out set": eight press releases of Austrian chambers and
# charities distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_SENDERS): the Caritas Österreich
# (Franz Küberl and Michael Landau against Jörg Haider's charges, November 2000; Küberl on the Volksbegehren Sozialstaat
# Österreich, March 2002), the Katholische Presseagentur Kathpress (the handover of the Caritas presidency from Küberl to
# Landau, with words of Johanna Mikl-Leitner, Rudolf Hundstorfer and the members of the government, November 2013), the
# Österreichischer Rechtsanwaltskammertag (Gerhard Benn-Ibler on the new vice-presidents, November 2009, sender inferred), the
# Österreichische Apothekerkammer (Raimund Podroschko on package leaflets, September 2025, sender inferred) and the
# Wirtschaftskammer Österreich (Harald Mahrer and Karlheinz Kopf on Christoph Leitl's re-election at Eurochambres, October
# 2019; Christian Domany on the euro changeover, December 2001; Leo Maderthaner on the euro timetable, November 1997). Stored
# copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture
# (crawl-date prefixes, the OTS marker, banners, contact blocks and footers) is dropped (rules 460, 2530, 4140); each retrieval
# note names what was dropped.
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


KUEBERL = "Franz Küberl"
LANDAU = "Michael Landau"
REGIERUNG = "Mitglieder der Bundesregierung"
MIKL = "Johanna Mikl-Leitner"
HUNDSTORFER = "Hundstorfer"
BENN_IBLER = "Gerhard Benn-Ibler"
PODROSCHKO = "Raimund Podroschko"
MAHRER = "Harald Mahrer"
KOPF = "Karlheinz Kopf"
DOMANY = "Christian Domany"
MADERTHANER = "Leo Maderthaner"

# --- APA-OTS, Caritas Österreich, 13 November 2000: Küberl and Landau against Haider's charges ---

CH_T = "Caritas stellt klar: Haider Vorwürfe gegen Caritas haltlos"
CH_P1 = ("Wien (OTS) - Caritas-Präsident Franz Küberl weist die Aussagen von Landeshauptmann Jörg Haider zur Caritas in der "
         "gestrigen Pressestunde klar zurück. \"Für ähnliche Behauptungen wurden die Wiener Freiheitlichen und ihr Obmann Hilmar "
         "Kabas bereits rechtskräftig verurteilt,\" betont Küberl. Die Caritas bietet Drogendealern keinen Unterschlupf und "
         "Caritasheime sind keine Keimstelle für den Drogenhandel, stellt die Caritas fest. \"Es gibt ein sehr korrektes "
         "Verhältnis zur Polizei. Kriminelle, die das Hilfssystem ausnützen, sind Sache der Exekutive und der Staatsanwaltschaft. "
         "Hauptaufgabe der Caritas ist es zu helfen und dabei bleibt es,\" so Küberl.")
CH_P2 = ("\"Die Wiener Caritas hat bereits einschlägige Prozesse gegen die Freiheitlichen in allen Instanzen gewonnen,\" erklärt "
         "auch der Wiener Caritasdirektor Michael Landau. \"Die Tatsache, dass ein Landeshauptmann auf dem Rücken von Menschen "
         "politisches Kapital zu schlagen versucht, ist eine Fehlleistung.\" Die Einrichtungen der Caritas kommen in Österreich "
         "Tausenden Menschen zugute. 90 % der Caritashilfe wird in Österreich geleistet. Das soziale Netz in Österreich wird "
         "wesentlich durch diese Arbeit getragen. Wer das negiert, stellt sich gegen die Menschen in Österreich,\" zeigt sich "
         "Landau überzeugt. Im übrigen weist die Caritas darauf hin, dass Österreich im europäischen Vergleich eines der "
         "schlechtesten Versorgungssysteme für Flüchtlinge hat. \"Auch diese Regierung hat daran noch nichts geändert,\" sagt "
         "Franz Küberl.")

add(id="ho676-ots-caritas-2000-11-13-kueberl-landau-haider-vorwuerfe",
    title=CH_T,
    url="https://www.ots.at/presseaussendung/OTS_20001113_OTS0181/caritas-stellt-klar-haider-vorwuerfe-gegen-caritas-haltlos",
    retrieved="same address (release of the Caritas Österreich on the APA-OTS service, 13 November 2000 by its OTS number, "
              "Haider's 'Pressestunde' being 'gestrigen', Sunday 12 November 2000; the sender is read from the contact block "
              "'Rückfragen & Kontakt: Caritas Kommunikation, Gabriela Sonnleitner, …' and the footer 'CAR/OTS' (rules 2581, "
              "4140), both dropped with the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG "
              "DES AUSSENDERS ***' and the footer line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG … | CAR/OTS'; headline kept as the "
              "title, the dateline 'Wien (OTS) -' run into the first paragraph as stored; the published commas inside the "
              "closing marks ('verurteilt,\"', 'es,\"', 'gewonnen,\"', 'geändert,\"'), 'Haider Vorwürfe' without a hyphen, "
              "'90 % der Caritashilfe wird', 'Im übrigen' and the closing mark after 'in Österreich,' that has no opening mark "
              "kept (rules 20, 4141); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[CH_P1, CH_P2],
    # the quotations before `betont Küberl` and `so Küberl` are his (rules 8, 30); the unmarked `Die Caritas bietet …, stellt
    # die Caritas fest` between them carries no span (rule 5); the quotation before `erklärt auch der Wiener Caritasdirektor
    # Michael Landau` is his, and the cue-less quotation after it goes on in his voice (NOTES.md continuation); the closing
    # mark after `in Österreich,` has no opening mark: its span starts with the first sentence after the last complete pair
    # and runs to the mark, closed by `zeigt sich Landau überzeugt` (rules 22, 925, 4141); the last quotation before `sagt
    # Franz Küberl` is his (rule 30); Jörg Haider, Hilmar Kabas, the Wiener Freiheitlichen and the Caritas say nothing in
    # marks; the role compounds `Caritas-Präsident` and `Wiener Caritasdirektor` name the charity and are no aliases (rule 33)
    quotes=[(cut(CH_P1, "\"Für ähnliche", "verurteilt,\""), KUEBERL),
            (cut(CH_P1, "\"Es gibt", "bleibt es,\""), KUEBERL),
            (cut(CH_P2, "\"Die Wiener Caritas", "gewonnen,\""), LANDAU),
            (cut(CH_P2, "\"Die Tatsache", "Fehlleistung.\""), LANDAU),
            (cut(CH_P2, "Die Einrichtungen", "in Österreich,\""), LANDAU),
            (cut(CH_P2, "\"Auch diese", "geändert,\""), KUEBERL)],
    aliases={KUEBERL: ["Franz Küberl", "Küberl"],
             LANDAU: ["Michael Landau", "Landau"]})

# --- APA-OTS, Caritas Österreich, 26 March 2002: Küberl on the Volksbegehren Sozialstaat Österreich ---

CV_T = "Küberl: Caritas unterstützt keine Volksbegehren"
CV_SUB = ("Inhaltlich stimmen viele Forderungen des Volksbegehrens Sozialstaat Österreich mit Anliegen der Caritas überein")
CV_P1 = ("Wien (26.3.2002 OTS) Den Sozialstaat Österreich armutsfest zu machen, sieht Caritas-Präsident Franz Küberl als eine "
         "der größten derzeitigen Herausforderungen der Regierung. \"Viele Inhalte des Volksbegehrens stimmen mit langjährigen "
         "Forderungen der Caritas nach sozialer Gerechtigkeit und solidarischer Lastenverteilung in unserem Sozialsystem "
         "überein\", betont Küberl. \"Die Caritas ist aber von ihrem Auftrag her eine Hilfsorganisation. Energie und Kraft der "
         "Arbeit müssen in die direkte Hilfe von Gesicht zu Gesicht gehen. Daher liegt es nicht im Selbstverständnis der Caritas "
         "Volksbegehren zu unterstützen.\" Diese Vorgangsweise in Bezug auf Volksbegehren habe sich bisher bewährt, erklärt "
         "Küberl, und die Caritas werde auch in Zukunft an diesem Prinzip festhalten.")

add(id="ho676-ots-caritas-2002-03-26-kueberl-volksbegehren",
    title=CV_T,
    url="https://www.ots.at/presseaussendung/OTS_20020326_OTS0136/kueberl-caritas-unterstuetzt-keine-volksbegehren",
    retrieved="same address (release of the Caritas Österreich on the APA-OTS service, 26 March 2002 by its OTS number and its "
              "dateline; the sender is read from the contact block 'Rückfragen & Kontakt: Tel.: (++43-1) 48831/421, … Caritas "
              "Österreich - Kommunikation', dropped with the footer 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS | OCZ/OCZ' (rules 2581, 4140); headline and subtitle kept as lines of their own as "
              "stored; the dateline in the form 'Wien (26.3.2002 OTS)', without a dash, run into the first paragraph as stored "
              "(rule 4140); the published 'der Caritas Volksbegehren zu unterstützen' without a comma kept (rule 20); complete "
              "as stored)",
    license=APA_OTS_SENDERS,
    paras=[CV_SUB, CV_P1],
    # the headline label `Küberl:` stands before unmarked words and carries no span (rule 5); the quotation before `betont
    # Küberl` is his (rule 30), and the cue-less quotation after it goes on in his voice (NOTES.md continuation); the
    # Konjunktiv sentence after it, closed by `erklärt Küberl`, has no marks (rule 5); the Regierung, the Volksbegehren and
    # the Caritas say nothing in marks; `Caritas-Präsident` names the charity and is no alias (rule 33)
    quotes=[(cut(CV_P1, "\"Viele Inhalte", "überein\""), KUEBERL),
            (cut(CV_P1, "\"Die Caritas ist", "unterstützen.\""), KUEBERL)],
    aliases={KUEBERL: ["Franz Küberl", "Küberl"]})

# --- APA-OTS, Kathpress, 29 November 2013: the Caritas presidency handed from Küberl to Landau ---

KA_T = "Caritas: Amtsübergabe von Küberl an Landau"
KA_SUB = ("Festakt zur Amtsübergabe in Wien - Regierung würdigt Caritas als Korrektiv, Rettungsboot und \"soziales "
          "Gewissen\"")
KA_P1 = ("Wien, 29.11.13 (KAP) Die Caritas Österreich steht nun auch offiziell unter einem neuen Präsidenten: Michael Landau "
         "übernahm am Freitag in Wien die Funktion von seinem Vorgänger Franz Küberl, der dieses Ehrenamt 18 Jahre lang "
         "innehatte. Im Rahmen des Festaktes würdigten Mitglieder der Bundesregierung die Caritas als Korrektiv der Politik, als "
         "\"Rettungsboot\" und \"soziales Gewissen\". Landau behält seine bisherige Funktion als Wiener Caritasdirektor bei, wie "
         "auch Küberl nach seinem Rücktritt weiterhin die Caritas in der Diözese Graz-Seckau leitet.")
KA_P2 = ("Innenministerin Johanna Mikl-Leitner bedankte sich in ihrer Ansprache bei Küberl für die \"gute Zusammenarbeit, "
         "Wertschätzung und gegenseitigen Respekt\" selbst bei \"mitunter unterschiedlichen Standpunkten\". Ebenso wie die "
         "kritische Stimme des scheidenden Caritaspräsidenten für Politik und Gesellschaft unerlässlich gewesen sei, sehe sie "
         "auch Küberls Nachfolger Landau als \"aus dem gleichen Holz geschnitzt\": Er engagiere sich voll für die sozial "
         "Schwächeren, zeige gesellschaftliche Defiziten auf und stelle politische Forderungen zur Verbesserung der Lage, so "
         "Mikl-Leitner.")
KA_P3 = ("Die Caritas sei angesichts ihrer 13.000 hauptberuflichen Mitarbeiter, der 587 Auslandsprojekte, der über 100.000 "
         "Kunden und 55,1 Millionen Euro am (Spenden-)Einnahmen ein \"Konzern des sozialen Engagements\", so der terminlich "
         "entschuldigte Sozialminister Hundstorfer in seiner Grußnote. In dem Tandem von Recht und Barmherzigkeit, das das "
         "Sozialministerium zu verwirklichen suche, sei die Caritas ein zentraler Partner, so der Minister.")

add(id="ho676-ots-kathpress-2013-11-29-caritas-amtsuebergabe-kueberl-landau",
    title=KA_T,
    url="https://www.ots.at/presseaussendung/OTS_20131129_OTS0184/caritas-amtsuebergabe-von-kueberl-an-landau",
    retrieved="same address (release of the Katholische Presseagentur Kathpress on the APA-OTS service, 29 November 2013 by its "
              "OTS number and its dateline; the sender is read from the dateline code '(KAP)', as the 621st and 660th sets read "
              "it (rules 2581, 4140); the crawl-date prefix ' date 2018-03' dropped (rule 2530); headline and subtitle kept as "
              "lines of their own as stored; the dateline 'Wien, 29.11.13 (KAP)' kept at the start of the first paragraph, "
              "without a dash, as stored; the fourth paragraph, cut off in the stored copy ('Anwesend waren bei der "
              "Veranstaltung in der Wiener Brunnenpassage u.a. auch Nuntius Peter Stephan Zurbriggen, \"Caritas-Bischof\" "
              "Manfred Scheuer, der emer'), dropped with its marked title (rule 15); the published 'zeige gesellschaftliche "
              "Defiziten auf' and '55,1 Millionen Euro am (Spenden-)Einnahmen' kept (rule 20); complete as stored up to the "
              "cut)",
    license=APA_OTS_SENDERS,
    paras=[KA_SUB, KA_P1, KA_P2, KA_P3],
    # the two marked words with which `Mitglieder der Bundesregierung` `würdigten` the Caritas are the group's, and so is the
    # same `"soziales Gewissen"` in the subtitle, whose subject is `Regierung` (rules 10, 26, 4142; two occurrences, located by
    # index); the three marked pieces in the report of the interior minister's speech (`bedankte sich … für die "…" selbst bei
    # "…"`, the Konjunktiv `sehe sie … als "…"`, closed by `so Mikl-Leitner`) are hers (rules 3, 25, 30); the marked phrase in
    # the Konjunktiv report closed by `so der terminlich entschuldigte Sozialminister Hundstorfer in seiner Grußnote` is his
    # written word (rules 3, 28); Küberl and Landau, who speak in the two Caritas releases of this set (other documents), and
    # the Caritas say nothing in marks here; `Innenministerin`, `Sozialminister` and `Minister` each name one person in the
    # release and are aliases (rule 7)
    quotes=[("\"soziales Gewissen\"", REGIERUNG, 0),
            ("\"Rettungsboot\"", REGIERUNG),
            ("\"soziales Gewissen\"", REGIERUNG, 1),
            (cut(KA_P2, "\"gute Zusammenarbeit", "Respekt\""), MIKL),
            ("\"mitunter unterschiedlichen Standpunkten\"", MIKL),
            ("\"aus dem gleichen Holz geschnitzt\"", MIKL),
            ("\"Konzern des sozialen Engagements\"", HUNDSTORFER)],
    aliases={REGIERUNG: ["Mitglieder der Bundesregierung", "Regierung"],
             MIKL: ["Johanna Mikl-Leitner", "Mikl-Leitner", "Innenministerin Johanna Mikl-Leitner", "Innenministerin"],
             HUNDSTORFER: ["Hundstorfer", "Sozialminister Hundstorfer", "Sozialminister", "Minister"]})

# --- APA-OTS, Österreichischer Rechtsanwaltskammertag, 5 November 2009: Benn-Ibler on the new vice-presidents ---

RA_T = "Umbildung im Präsidium des Österreichischen Rechtsanwaltskammertages (ÖRAK)"
RA_SUB = "Delegiertenversammlung wählt Dr. Marcella Prunbauer-Glaser und Dr. Josef Weixelbaum ins ÖRAK-Präsidium"
RA_P1 = ("Wien (OTS) - Im Rahmen der heute Nachmittag in Wien abgehaltenen ordentlichen Vertreterversammlung des "
         "Österreichischen Rechtsanwaltskammertages (ÖRAK) entschieden die ÖRAK-Delegierten über die Nachfolge zweier aus dem "
         "Präsidium der rechtsanwaltlichen Standesvertretung ausscheidender Vizepräsidenten.")
RA_P2 = ("Nach dem angekündigten Rückzug von Dr. Waltraute Steger und Dr. Gerhard Horak stehen ab sofort zwei neue Gesichter "
         "Präsident Dr. Gerhard Benn-Ibler und Vizepräsident Dr. Rupert Wolff zur Seite. Es sind dies Dr. Marcella "
         "Prunbauer-Glaser, die derzeit die ÖRAK-Delegation im Verband der Europäischen Anwaltsvereinigungen (CCBE) leitet, sowie "
         "der bisherige Vizepräsident der Oberösterreichischen Rechtsanwaltskammer, Dr. Josef Weixelbaum.")
RA_P3 = ("ÖRAK-Präsident Dr. Gerhard Benn-Ibler dankte den scheidenden Präsidiumsmitgliedern für deren über siebenjährige "
         "tatkräftige Unterstützung. \"Mein Dank gilt Waltraute Steger und Gerhard Horak, die sich für ihre jahrelange "
         "gewissenhafte und tüchtige Arbeit in der Standespolitik höchste Anerkennung verdient haben\", so Benn-Ibler. Die beiden "
         "neuen Vizepräsidenten begrüßte Benn-Ibler ebenso herzlich. \"Ich freue mich auf die Fortsetzung des vor sieben Jahren "
         "gemeinsam eingeschlagenen Weges unter Mithilfe von frischen Kräften. Mit Marcella Prunbauer-Glaser und Josef "
         "Weixelbaum ist die Vertretung der Rechtsanwaltschaft auch in Zukunft bestmöglich aufgestellt\", freut sich Benn-Ibler "
         "auf eine erfolgreiche Zusammenarbeit mit seinen neuen Präsidiumskollegen.")

add(id="ho676-ots-oerak-2009-11-05-benn-ibler-praesidium",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20091105_OTS0262/umbildung-im-praesidium-des-oesterreichischen-"
        "rechtsanwaltskammertages-oerak",
    retrieved="same address (release on the APA-OTS service, 5 November 2009 by its OTS number, the assembly being 'heute "
              "Nachmittag'; the stored copy ends inside its last paragraph, before any contact block, and the sender, the "
              "Österreichischer Rechtsanwaltskammertag, is inferred from the release's own voice: it reports the ÖRAK's own "
              "assembly, quotes only its president and closes with the ÖRAK's standing description of the profession (rules "
              "2581, 4140); headline and subtitle kept as lines of their own as stored, the dateline 'Wien (OTS) -' run into the "
              "first paragraph; the last paragraph, cut off in the stored copy ('In Österreich gibt es 5400 Rechtsanwälte, rund "
              "siebzehn Prozent davon sind Frauen. … Primäre Aufgabe ist der Schutz, die Verteidigung und d'), dropped (rule "
              "15); the published 'stehen ab sofort zwei neue Gesichter Präsident … zur Seite' without a comma kept (rule 20); "
              "complete as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[RA_SUB, RA_P1, RA_P2, RA_P3],
    # the quotation before `so Benn-Ibler` is his, and so is the quotation before `freut sich Benn-Ibler` (rules 8, 30); the
    # academic title is dropped from the canonical name, the form with it is an alias (rules 181, 3913); Waltraute Steger,
    # Gerhard Horak, Rupert Wolff, Marcella Prunbauer-Glaser, Josef Weixelbaum and the ÖRAK-Delegierten say nothing; the role
    # compound `ÖRAK-Präsident` names the body and is no alias (rule 33)
    quotes=[(cut(RA_P3, "\"Mein Dank", "verdient haben\""), BENN_IBLER),
            (cut(RA_P3, "\"Ich freue", "aufgestellt\""), BENN_IBLER)],
    aliases={BENN_IBLER: ["Gerhard Benn-Ibler", "Dr. Gerhard Benn-Ibler", "Benn-Ibler"]})

# --- APA-OTS, Österreichische Apothekerkammer, 16 September 2025: Podroschko on package leaflets ---

AK_P1 = ("Egal ob Schmerzmittel, Nasensprays, Magenschutz oder Hustensaft: Die mehr als 7.000 Apothekerinnen und Apotheker "
         "versorgen die österreichische Bevölkerung rund um die Uhr mit rezeptfreien und -pflichtigen Arzneimitteln. Sie beraten "
         "zu Anwendung, Dosierung, Wirkungen und möglichen Neben- bzw. Wechselwirkungen und stehen täglich in Kontakt mit bis zu "
         "600.000 Kundinnen und Kunden.")
AK_P2 = ("Apothekerinnen und Apotheker verfügen infolge ihrer pharmazeutischen Ausbildung über das höchste Wissen zum Thema "
         "Medikamente, Wechselwirkungen, Verträglichkeiten und dergleichen. Täglich sind sie mit Fragen rund um die richtige "
         "Einnahme bzw. Neben- oder Wechselwirkungen von Arzneimitteln konfrontiert. Denn das Lesen der Beipackzettel wird nicht "
         "nur für die junggebliebenen Generationen immer schwieriger. „Aus unserer Erfahrung wissen wir, dass diese Texte "
         "mitunter mehr Verunsicherung hervorrufen als Hilfestellung bieten. Man sollte sich daher keinesfalls nur auf den "
         "Beipacktext verlassen“, erklärt Raimund Podroschko, 1. Vize-Präsident der Österreichischen Apothekerkammer, anlässlich "
         "der von den europäischen Arzneimittelagenturen am Montag präsentierten Kampagne „Medicines Are Not Sweets“ "
         "(„Medikamente Sind Keine Bonbons“). Und auch wenn sich die 1.470 heimischen Apotheken immer mehr zu Orten der "
         "gesamtheitlichen Gesundheit entwickeln, die Abgabe von Medikamenten ist nach wie vor eine ganz zentrale Aufgabe der "
         "Apothekerinnen und Apotheker. Dabei spielt es keine Rolle, ob das Präparat rezeptfrei oder -pflichtig ist.")

add(id="ho676-ots-apothekerkammer-2025-09-16-podroschko-beipacktext",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20250916_OTS0047/korrekte-arzneimittel-beratung-gibt-es-nur-in-den-apotheken",
    retrieved="same address (release on the APA-OTS service, 16 September 2025 by its OTS number and the crawl-date prefix ' "
              "date 2025-09-16', which is dropped (rule 2530); the stored copy shows no headline and gives the dateline 'Wien "
              "(OTS) -' alone on its line, which is the document's first line, no title being supplied from the address slug "
              "(rules 18, 32, 4020); the stored excerpt ends inside the third paragraph, before any contact block, and the "
              "sender, the Österreichische Apothekerkammer, is inferred from the release's own voice: it speaks for the "
              "pharmacists and quotes only the chamber's first vice-president, whose 'Aus unserer Erfahrung' is the chamber's "
              "(rules 2581, 4140); the third paragraph, cut off in the stored copy ('„Wer Arzneimittel zu sich nimmt, muss "
              "einfach den richtigen Umgang damit kennen. … Wechselwirkungen können nämlich einerseits mit anderen Arzneimitteln, "
              "andererseits auc'), dropped with its unclosed quotation (rule 15); the published 'Vize-Präsident' and 'Medikamente "
              "Sind Keine Bonbons' with its capitals kept (rule 20); complete as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=["Wien (OTS) -", AK_P1, AK_P2],
    # the quotation before `erklärt Raimund Podroschko, 1. Vize-Präsident der Österreichischen Apothekerkammer` is his (rule
    # 30), its `unserer` and `wir` speaking for the pharmacists; the campaign's name `„Medicines Are Not Sweets“` and its
    # German rendering in brackets, set in marks of its own, are null (rules 2, 24); the Arzneimittelagenturen and the
    # Apothekerinnen und Apotheker say nothing in marks; the role phrase with the chamber's name is no alias (rule 33)
    quotes=[(cut(AK_P2, "„Aus unserer", "verlassen“"), PODROSCHKO),
            ("„Medicines Are Not Sweets“", None),
            ("„Medikamente Sind Keine Bonbons“", None)],
    aliases={PODROSCHKO: ["Raimund Podroschko"]})

# --- APA-OTS, Wirtschaftskammer Österreich, 9 October 2019: Mahrer and Kopf on Leitl's re-election at Eurochambres ---

EC_T = "WKÖ gratuliert Christoph Leitl zur Wiederwahl als Präsident der europäischen Wirtschaftskammern"
EC_SUB = ("WKÖ-Präsident Mahrer sieht in Leitl „den richtigen Mann“, um den aktuellen Herausforderungen zu begegnen – er habe "
          "Europa und das Unternehmertum in seiner DNA")
EC_P1 = ("Wien (OTS) - „Ich freue mich über die Wiederwahl Christoph Leitls als Eurochambres-Präsident und gratuliere ihm ganz "
         "herzlich. Damit haben wir an der Spitze der europäischen Wirtschaftskammern den richtigen Mann, um den globalen "
         "Herausforderungen zu begegnen und die Wettbewerbsfähigkeit der europäischen Wirtschaft zu stärken“, sagt Harald Mahrer, "
         "Präsident der Wirtschaftskammer Österreich (WKÖ). Dies sei auch aufgrund der sich eintrübenden Konjunktur eine wichtige "
         "Aufgabe, für die es jemanden wie „unseren Mr. Europe Christoph Leitl“ brauche. Denn Leitl „hat sowohl Europa als auch "
         "das Unternehmertum in seiner DNA“. Das habe sich in den vergangenen Jahren bewährt und werde es weiterhin tun, ist "
         "Mahrer überzeugt.")
EC_SH = "WKÖ-Generalsekretär Kopf zeigt sich „auch ein bisschen stolz“"
EC_P2 = ("Karlheinz Kopf, Generalsekretär der WKÖ, schließt sich der Gratulation des WKÖ-Präsidenten an. „Mit der neuerlichen "
         "Bestellung Christoph Leitls zum Eurochambres-Präsidenten sind die Anliegen der europäischen Unternehmen weiterhin in "
         "sehr guten und erfahrenen Händen. Als langjähriger oberster Unternehmervertreter, zuerst in Österreich und dann in "
         "Europa, hat Leitl das entsprechende Know-how und auch das nötige Gespür, um zu wissen, was die Betriebe brauchen“, sagt "
         "Kopf, der sich außerdem „ein bisschen stolz“ zeigt, „dass wir weiterhin einen Österreicher an dieser wichtigen "
         "Schaltstelle in Europa haben“. (488/DFS)")

add(id="ho676-ots-wkoe-2019-10-09-mahrer-kopf-leitl-eurochambres",
    title=EC_T,
    url="https://www.ots.at/presseaussendung/OTS_20191009_OTS0134/wkoe-gratuliert-christoph-leitl-zur-wiederwahl-als-"
        "praesident-der-europaeischen-wirtschaftskammern",
    retrieved="same address (release of the Wirtschaftskammer Österreich on the APA-OTS service, 9 October 2019 by its OTS "
              "number; the stored copy ends after the body's sign '(488/DFS)', before any contact block, and the sender is read "
              "from the release's own voice ('WKÖ gratuliert', its president and its secretary general the only speakers) and "
              "from the chamber's press-service numbering in that sign (rules 2581, 4140); the crawl-date prefix ' date 2019-10' "
              "dropped (rule 2530); headline, subtitle and the subheading 'WKÖ-Generalsekretär Kopf zeigt sich „auch ein "
              "bisschen stolz“' kept as lines of their own as stored (rule 13); the sign '(488/DFS)' kept at the end of the "
              "last paragraph as published (rule 2610); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[EC_SUB, EC_P1, EC_SH, EC_P2],
    # the subtitle's `„den richtigen Mann“` condenses Mahrer's quotation in the body and is his, as the subheading's `„auch
    # ein bisschen stolz“` is Kopf's (rule 926); the quotation before `sagt Harald Mahrer, Präsident der Wirtschaftskammer
    # Österreich (WKÖ)` is his (rule 30); the partial quotations in the Konjunktiv sentence `für die es jemanden wie „…“
    # brauche` and in the sentence `Denn Leitl „…“`, whose subject Leitl is the topic, are Mahrer's: the report of his words
    # runs on to `ist Mahrer überzeugt` (rules 3, 12, 25); the quotation before `sagt Kopf` and the two partial quotations in
    # the relative clause `der sich außerdem „…“ zeigt, „dass …“` are Kopf's (rules 3, 30); Christoph Leitl, Eurochambres and
    # the Betriebe say nothing; `WKÖ-Präsident`, `WKÖ-Generalsekretär`, `Generalsekretär der WKÖ` and `Präsident der
    # Wirtschaftskammer Österreich (WKÖ)` name the chamber and are no aliases (rule 33)
    quotes=[("„den richtigen Mann“", MAHRER),
            (cut(EC_P1, "„Ich freue", "zu stärken“"), MAHRER),
            ("„unseren Mr. Europe Christoph Leitl“", MAHRER),
            ("„hat sowohl Europa als auch das Unternehmertum in seiner DNA“", MAHRER),
            ("„auch ein bisschen stolz“", KOPF),
            (cut(EC_P2, "„Mit der neuerlichen", "Betriebe brauchen“"), KOPF),
            ("„ein bisschen stolz“", KOPF),
            (cut(EC_P2, "„dass wir", "Europa haben“"), KOPF)],
    aliases={MAHRER: ["Harald Mahrer", "Mahrer"],
             KOPF: ["Karlheinz Kopf", "Kopf"]})

# --- APA-OTS, Wirtschaftskammer Österreich, 3 December 2001: Domany on the euro changeover ---

EU_T = "Domany: Österreichs Euro-Information und -Vorbereitung international vorbildhaft"
EU_SUB = ("Wirtschaftskammern Österreichs helfen Unternehmen die letzten Umstellungshürden zu bewältigen - Euro-Train fährt, "
          "24 h Euro-Hotline läuft")
EU_P1 = ("Wien (PWK875) - \"Die Vorbereitung und Information der Bevölkerung und Unternehmen zur Euro-Umstellung ist in "
         "Österreich sehr gut gelaufen\", freut sich der Generalsekretär der Wirtschaftskammer Österreich, Christian Domany. Im "
         "Rahmen der heutigen Pressekonferenz mit Innenminister Ernst Strasser zum Thema \"Euro - Sicheres Österreich\" betonte "
         "er, dass er daher auch optimistisch dem Jahres-und gleichzeitigen Währungswechsel entgegensehe. Die Wirtschaftskammern "
         "Österreichs informieren seit 1997 intensiv in Zusammenarbeit mit verschiedenen Kooperationspartnern wie der "
         "Euro-Initiative der Bundesregierung, den Banken, verschiedenen Medien zum Euro. \"Das 'Projekt Euro' ist ein "
         "Herzeigemodell, wie man die neue Währung auf Schiene bringt\", so Domany in Anspielung auf die Aktion des Euro-Trains, "
         "der zur Zeit 60 Bezirks- und Landeshauptstädte besucht. Mit zahlreichen Publikationen und Veranstaltungen der 133 "
         "Euro-Beauftragten der Wirtschaftskammern und einer eigenen Internet-Plattform wko.at/euro wurden alle 300.000 "
         "Mitglieds-Unternehmen in Österreich erreicht und gut auf den Tag der endgültigen Umstellung vorbereitet. Das Projekt "
         "Euro der WKÖ wurde dafür auch bereits in Brüssel international als \"Euro best project\" ausgezeichnet.")

add(id="ho676-ots-wkoe-2001-12-03-domany-euro-vorbereitung",
    title=EU_T,
    url="https://www.ots.at/presseaussendung/OTS_20011203_OTS0137/domany-oesterreichs-euro-information-und-vorbereitung-"
        "international-vorbildhaft",
    retrieved="same address (release of the Wirtschaftskammer Österreich on the APA-OTS service, 3 December 2001 by its OTS "
              "number; the sender is read from the dateline code 'Wien (PWK875) -', the chamber's numbered press service (rules "
              "2581, 4140); headline and subtitle kept as lines of their own as stored, the dateline run into the first "
              "paragraph; the second paragraph, cut off in the stored copy after a complete quotation of Domany's ('\"Für letzte "
              "Instruktionen, … kein Thema mehr\", berichtete Domany. Als sehr erfolgreich bezeichnete Domany auc'), dropped "
              "with that quotation (rule 15); the published 'Jahres-und gleichzeitigen' without a space, 'Zusammenarbeit mit "
              "verschiedenen Kooperationspartnern wie der Euro-Initiative der Bundesregierung, den Banken, verschiedenen Medien "
              "zum Euro' and 'zur Zeit' kept (rule 20); complete as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[EU_SUB, EU_P1],
    # the quotation before `freut sich der Generalsekretär der Wirtschaftskammer Österreich, Christian Domany` is his, and so
    # is the quotation before `so Domany in Anspielung auf …` (rule 30), with the programme's name in ASCII single marks
    # nested inside it and part of its span (rule 6); the press conference's theme `"Euro - Sicheres Österreich"` and the
    # award's name `"Euro best project"` are null (rule 24); the unmarked `betonte er, dass …` carries no span (rule 5); Ernst
    # Strasser, the Banken, the Medien and the Euro-Beauftragten say nothing; the role phrase with the chamber's name is no
    # alias (rule 33)
    quotes=[(cut(EU_P1, "\"Die Vorbereitung", "gelaufen\""), DOMANY),
            ("\"Euro - Sicheres Österreich\"", None),
            (cut(EU_P1, "\"Das 'Projekt", "Schiene bringt\""), DOMANY),
            ("\"Euro best project\"", None)],
    aliases={DOMANY: ["Christian Domany", "Domany"]})

# --- APA-OTS, Wirtschaftskammer Österreich, 5 November 1997: Maderthaner on the euro timetable ---

MA_T = "Maderthaner: Am Terminplan des Euro darf nicht gerüttelt werden"
MA_SUB = "Austrian Award for First Class Business im Haus der Wirtschaft verliehen"
MA_P1 = ("Wien (PWK) - \"Eine gemeinsame europäische Währung zum frühestmöglichen Zeitpunkt ist besonders für ein kleines Land "
         "wie Österreich unverzichtbar. Am Terminplan und dem Einführungsdatum des Euro darf daher nicht gerüttelt werden\", "
         "stellte WKÖ-Präsident Leo Maderthaner anläßlich der Verleihung des 'Austrian Award for First Class Business' am "
         "Dienstag abend im Haus der Wirtschaft fest.")
MA_P2 = ("Der Wettbewerb der Zukunft, so Maderthaner, werde sich zwischen Europa, den Vereinigten Staaten und Asien abspielen. "
         "Mit einer gemeinsamen europäischen Währung könne die Wettbewerbskraft Europas weiter gestärkt werden. \"Wenn Österreich "
         "in diesem Wettbewerb nicht untergehen will, dann muß es Teil der Europäischen Währungsunion werden\", betonte der "
         "Wirtschaftskammer-Präsident. Die Einführung des Euro sei der dringende Wunsch der vielen exportierenden Klein- und "
         "Mittelbetriebe in Österreich. Künftig könnten Exporte in europäische Länder in einheitlicher Währung fakturiert und "
         "Verluste durch Währungsabwertungen anderer Staaten vermieden werden. Auch wenn die Umstellung auf die neue Währung "
         "anfangs einige Probleme und Kosten verursacht, so werde Österreich vom Euro insgesamt profitieren, sagte Maderthaner.")
MA_P3 = ("Als ein wichtiges Signal bezeichnete der WKÖ-Präsident die Verleihung des 'Austrian Award for First Class Business' "
         "an besonders erfolgreiche österreichische Unternehmen, die \"mit Innovationsgeist, gekonnten Strategie- und "
         "Marketingkonzepten beste Betriebsergebnisse erbringen\". Der Preis, der von der Tageszeitung \"Die Presse\" und dem "
         "internationalen Wirtschaftsinformationsdienstleister Dun & Bradstreet bereits zum zweiten Mal gestiftet wurde, ging "
         "heuer an den Chipzulieferer SEZ (Semiconductor Equipment Zubehör für die Halbleiterherstellung) in Villach.")

add(id="ho676-ots-wkoe-1997-11-05-maderthaner-euro-terminplan",
    title=MA_T,
    url="https://www.ots.at/presseaussendung/OTS_19971105_OTS0122/maderthaner-am-terminplan-des-euro-darf-nicht-geruettelt-"
        "werden",
    retrieved="same address (release of the Wirtschaftskammer Österreich on the APA-OTS service, 5 November 1997 by its OTS "
              "number, the award ceremony being 'am Dienstag abend', 4 November 1997; the sender is read from the dateline code "
              "'Wien (PWK) -', the chamber's press service (rules 2581, 4140); headline and subtitle kept as lines of their own "
              "as stored, the dateline run into the first paragraph; the OTS marker ' ****' after the first paragraph dropped "
              "(rule 460); the fourth paragraph, cut off in the stored copy ('Die Jury bezeichnete die an der Züricher Börse "
              "notieren'), dropped (rule 15); the published 'anläßlich', 'am Dienstag abend', 'muß' and the ASCII single marks "
              "around the award's name kept (rule 20); complete as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[MA_SUB, MA_P1, MA_P2, MA_P3],
    # the quotation before `stellte WKÖ-Präsident Leo Maderthaner … fest` is his (rule 30), and so is the quotation before
    # `betonte der Wirtschaftskammer-Präsident` in the paragraph that the `so Maderthaner` of its first sentence opens (rules
    # 8, 30); the partial quotation in the relative clause on the award winners after `bezeichnete der WKÖ-Präsident` is his
    # (rules 3, 4143); the award's name in ASCII single marks, twice, is null (rule 2176; `build.py` does not check ASCII
    # single marks, the spans are set by reading, located by index), the unmarked subtitle carries no span (rule 5); the
    # newspaper `"Die Presse"` is null (rule 2); Dun & Bradstreet, SEZ and the Jury say nothing in marks; the role compounds
    # `WKÖ-Präsident` and `Wirtschaftskammer-Präsident` name the chamber and are no aliases (rule 33)
    quotes=[(cut(MA_P1, "\"Eine gemeinsame", "gerüttelt werden\""), MADERTHANER),
            ("'Austrian Award for First Class Business'", None, 0),
            (cut(MA_P2, "\"Wenn Österreich", "werden\""), MADERTHANER),
            ("'Austrian Award for First Class Business'", None, 1),
            ("\"mit Innovationsgeist, gekonnten Strategie- und Marketingkonzepten beste Betriebsergebnisse erbringen\"",
             MADERTHANER),
            ("\"Die Presse\"", None)],
    aliases={MADERTHANER: ["Leo Maderthaner", "Maderthaner"]})
