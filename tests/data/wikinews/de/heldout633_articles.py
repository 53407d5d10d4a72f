# Six-hundred-and-thirty-third held-out German real-news set (tests/data/heldout633-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3810-3814). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-thirty-third held-out set": nine releases of Austrian parties, parliamentary
# clubs, a Land party, a district party and a party's youth and business organisations on the APA-OTS service (ots.at),
# licence APA_OTS_POLITICS: the ÖVP's club in the Vienna Rathaus (Ingrid Lakatha and Herlinde Rothauer on women's politics,
# March 2003), the ÖVP's parliamentary club (Edeltraud Lentsch to the SPÖ-Frauen on the presidential election, January 2004),
# the Vienna SPÖ's press service for the Junge Generation in der SPÖ Wien (Sonja Ramskogler calling for new elections, April
# 2005), the Freiheitlicher Parlamentsklub (Werner Neubauer on the FPÖ's result in Graz, January 2008), the Sozialistische
# Jugend (Fiona Kaiser and Wolfgang Moitzi on the FPÖ Oberösterreich, February 2013), the Grünen Kärnten (Rolf Holub and
# Barbara Lesjak on the Greens' government in Vorarlberg, October 2014), the Österreichischer Wirtschaftsbund (Peter Haubner
# against the ÖGB, February 2016), the ÖVP Josefstadt (Andreas Ottenschläger re-elected and Veronika Mickel, January 2017,
# sender inferred) and the Greens' federal party (Werner Kogler, Angela Stoytchev and Sigi Maurer congratulating Olga
# Voglauer, March 2022, sender inferred). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are
# kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker `****`, end marks, contact blocks and footers)
# is dropped and a single stored line break inside a paragraph is joined (rules 48, 63, 460, 3050, 3250, 3310, 3570, 3810),
# and each retrieval note names what was dropped.
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


LAKATHA = "Ingrid Lakatha"
ROTHAUER = "Herlinde Rothauer"
LENTSCH = "Edeltraud Lentsch"
RAMSKOGLER = "Sonja Ramskogler"
NEUBAUER = "Werner Neubauer"
KAISER = "Fiona Kaiser"
HOLUB = "Rolf Holub"
LESJAK = "Barbara Lesjak"
HAUBNER = "Peter Haubner"
OEGB = "ÖGB"
OTTENSCHLAEGER = "Andreas Ottenschläger"
MICKEL = "Veronika Mickel"
KOGLER = "Werner Kogler"
STOYTCHEV = "Angela Stoytchev"
MAURER = "Sigi Maurer"

# --- APA-OTS, ÖVP-Klub der Bundeshauptstadt Wien, 7 March 2003: Ingrid Lakatha and Herlinde Rothauer on women's politics ---

LR_T = "VP-Lakatha und VP-Rothauer: Politik von Frauen für Frauen"
LR_P1 = ("Wien (VP-Klub): \"Frauenpolitik hat für die ÖVP immer einen großen Stellenwert gehabt. Im Unterschied zu anderen "
         "Parteien haben wir die Gleichbehandlung der Frauen in der Politik gelebt!\", betonten die Wiener ÖVP "
         "Landtagsabgeordneten Ingrid Lakatha und Herlinde Rothauer in der heutigen Aktuellen Stunde im Wiener Gemeinderat zum "
         "Thema Frauenpolitik. So liege der Frauenanteil unter den Wiener Nationalratsabgeordneten der Volkspartei bei 50%!")
LR_P2 = ("Lakatha betonte zudem, dass drei der vier Stellvertreter des Landesparteiobmannes der Wiener ÖVP, Dr. Alfred Finz, "
         "weiblich sind. Die neue Frauenministerin Maria Rauch-Kallat werde sich in Zukunft verstärkt für Frauen in allen "
         "Bereichen einsetzen. Die ÖVP-Frauenpolitik orientiert sich nämlich nach den tatsächlichen Bedürfnissen der Frauen. "
         "Eine wirksame Frauenpolitik muss in allen Bereichen des Lebens verankert sein. \"Mehr Sachpolitik ist für Frauen "
         "gewinnbringender und relevanter als reiner Populismus!\", so Lakatha weiter.")
LR_SH = "Rothauer: Mehr Lust statt Frust!"
LR_P3 = ("Stadträtin Rothauer erinnerte daran, dass es von allen Parteien im Nationalrat Zustimmung zur ÖVP-Frauenministerin "
         "Maria Rauch-Kallat gegeben hat. Dadurch wird ein weiteres Mal bestätigt, dass sich die ÖVP sehr für die Anliegen und "
         "Probleme der Frauen einsetzt. Weiters hob Rothauer hervor, dass die ÖVP die einzige Fraktion sei, die einen weiblichen "
         "Landeshauptmann sowie eine Bürgermeisterin in einer Landeshauptstadt stelle. \"Aktive Politik im Interesse der Frauen "
         "soll auch 'Lust statt Frust' beinhalten! Das dauernde Jammern sowohl der SPÖ, als auch der Grünen bringt die "
         "Frauenpolitik nicht weiter\", so Rothauer abschließend.")

add(id="ho633-ots-oevp-klub-wien-2003-03-07-lakatha-rothauer-frauenpolitik",
    title=LR_T,
    url="https://www.ots.at/presseaussendung/OTS_20030307_OTS0159/vp-lakatha-und-vp-rothauer-politik-von-frauen-fuer-frauen",
    retrieved="same address (release of the ÖVP's club in the Vienna Rathaus on the APA-OTS service, 7 March 2003 by its OTS "
              "number and the release's 'in der heutigen Aktuellen Stunde'; the sender is told by the dateline 'Wien "
              "(VP-Klub):', the contact block 'ÖVP-Klub der Bundeshauptstadt Wien, … presse@oevp.wien.at' and the footer code "
              "VPR0005, the last two dropped (rules 3740, 3810); the end mark '(Schluss)' run onto the last paragraph without a "
              "space ('abschließend.(Schluss)') dropped (rules 48, 3810); the dateline with its colon kept at the start of the "
              "first paragraph as stored (rule 3810); the subheading 'Rothauer: Mehr Lust statt Frust!' kept as a line of its "
              "own (rule 13); the published 'Wiener ÖVP Landtagsabgeordneten' without a hyphen, 'orientiert sich nämlich nach' "
              "and 'sowohl der SPÖ, als auch' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LR_P1, LR_P2, LR_SH, LR_P3],
    # the headline label `VP-Lakatha und VP-Rothauer:` and the subheading label `Rothauer:` stand before unmarked words and
    # carry no span (rule 5); the quotation before `betonten die Wiener ÖVP Landtagsabgeordneten Ingrid Lakatha und Herlinde
    # Rothauer` is their joint statement, the first named canonical, and Rothauer, who has a quotation of her own, is not its
    # alias (rules 27, 750); the quotation before `so Lakatha weiter` is Lakatha's, the unmarked report of her `betonte zudem`
    # and the release's own sentences before it carrying no span (rules 5, 30); the quotation before `so Rothauer abschließend`
    # is Rothauer's, with the ASCII single marks around `'Lust statt Frust'` inside her span (NOTES.md nested quotes; rule 835);
    # Alfred Finz, Maria Rauch-Kallat, the SPÖ and the Grünen say nothing; the headline labels fused with the party's short
    # form are no aliases (rules 33, 3672); `Stadträtin Rothauer`, the office naming only her, is hers (rule 44)
    quotes=[(cut(LR_P1, "\"Frauenpolitik hat", "gelebt!\""), LAKATHA),
            (cut(LR_P2, "\"Mehr Sachpolitik", "Populismus!\""), LAKATHA),
            (cut(LR_P3, "\"Aktive Politik", "nicht weiter\""), ROTHAUER)],
    aliases={LAKATHA: ["Ingrid Lakatha", "Lakatha"],
             ROTHAUER: ["Herlinde Rothauer", "Stadträtin Rothauer", "Rothauer"]})

# --- APA-OTS, ÖVP-Parlamentsklub (ÖVP-PK), 28 January 2004: Edeltraud Lentsch to the SPÖ-Frauen on the presidential election ---

LE_T = "LENTSCH: SPÖ-FRAUEN MÜSSEN BUNDESPRÄSIDENTIN UNTERSTÜTZEN"
LE_P1 = ("Wien, 28. Jänner 2004 (ÖVP-PK) \"Die SPÖ-Frauen hätten jetzt die Chance, Gender Mainstreaming wirklich zu leben\", "
         "sagte ÖVP-Abgeordnete Edeltraud Lentsch heute, Mittwoch und bezog sich damit auf die Möglichkeit, eine Frau in das "
         "Bundespräsidentschafts-Amt zu wählen.")
LE_P2 = ("\"Wir nehmen Frauenpolitik ernst\", so die Frauen- und Familienpolitikerin. \"Die ÖVP ist die einzige Partei, die "
         "Frauen schon frühzeitig die Türen in die politische ‚Männer-Domäne’ geöffnet hat.\" In diesem Zusammenhang verwies "
         "Lentsch auf die erste Zweite Nationalratspräsidentin, Dr. Marga Hubinek, auf die erste Landeshauptfrau in Österreich, "
         "Waltraud Klasnic, sowie die erste Ministerin, Grete Rehor. Auch die erste Volksanwältin, so Lentsch weiter, kam von der "
         "ÖVP, um nur einige Politikerinnen in der \"Männer-Domäne\" zu nennen.")
LE_P3 = ("Mit Dr. Benita Ferreo-Waldner als Kandidatin zur Bundespräsidentenwahl setzt die ÖVP wiederum ein Zeichen im Zuge des "
         "Gender Mainstreaming. Dies zeige sich auch in der Bevölkerung: gerade berufstätige Frauen und junge Frauen sprechen "
         "sich deutlich für eine Bundespräsidentin aus.")
LE_P4 = ("\"Die Kandidatur von Dr. Benita Ferrero-Waldner zur ersten Bundespräsidentin wäre ein Muss für alle SPÖ-Frauen, hier "
         "Gender Mainstreaming zu leben\", so Lentsch. \"Wenn man auf der einen Seite für eine Gleichstellung von Frauen ist, "
         "sollte man dies auch über die Parteigrenzen hinweg tun.\"")
LE_P5 = ("\"Ich würde es sehr begrüßen, wenn auch die SPÖ-Frauen Frau Dr. Ferrero-Waldner als erster Bundespräsidentin ihre "
         "Stimme zu geben\", so Lentsch abschließend.")

add(id="ho633-ots-oevp-klub-2004-01-28-lentsch-spoe-frauen-bundespraesidentin",
    title=LE_T,
    url="https://www.ots.at/presseaussendung/OTS_20040128_OTS0082/lentsch-spoe-frauen-muessen-bundespraesidentin-unterstuetzen",
    retrieved="same address (release of the ÖVP's parliamentary club on the APA-OTS service, 28 January 2004 by its OTS number "
              "and its date line 'Wien, 28. Jänner 2004 (ÖVP-PK)', a Wednesday ('heute, Mittwoch'); the sender is also told by "
              "the contact block 'Pressestelle des ÖVP-Parlamentsklubs, Tel. 01/40110/4432, http://www.oevpklub.at' and the "
              "footer code VPK0003, both dropped (rules 3190, 3810); the date line kept at the start of the first paragraph "
              "without a dash, the first quotation following it after one space (rules 3190, 3570); the OTS marker ' ****' "
              "after the first paragraph and the end mark '(Schluss)' on a line of its own dropped (rules 48, 460); the headline "
              "in capitals kept as stored (rule 20); the published 'heute, Mittwoch und' without a comma, 'Ferreo-Waldner' "
              "beside 'Ferrero-Waldner', 'als erster Bundespräsidentin' and 'ihre Stimme zu geben' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[LE_P1, LE_P2, LE_P3, LE_P4, LE_P5],
    # the headline label `LENTSCH:` stands before unmarked words and carries no span (rule 5); the quotation before `sagte
    # ÖVP-Abgeordnete Edeltraud Lentsch heute, Mittwoch` is hers (rule 30), the SPÖ-Frauen whom it names and addresses saying
    # nothing; the quotation before `so die Frauen- und Familienpolitikerin` is hers, the role taking up the lead (rules 8,
    # 30), and the cue-less quotation after it continues her (NOTES.md continuation), with the single marks around
    # `‚Männer-Domäne’` inside her span (NOTES.md nested quotes); `"Männer-Domäne"` in the sentence that `so Lentsch weiter`
    # interrupts is her word again (rule 3814); the quotation before `so Lentsch`, the cue-less one after it and the one before
    # `so Lentsch abschließend` are hers (rule 30; NOTES.md continuation); the unmarked paragraph between them is the release's
    # own (rule 5); Marga Hubinek, Waltraud Klasnic, Grete Rehor, Benita Ferrero-Waldner, the SPÖ-Frauen and the ÖVP say
    # nothing; `ÖVP-Abgeordnete` names the party and `Frauen- und Familienpolitikerin` carries the token `Frauen` of the
    # SPÖ-Frauen, so neither is listed (rules 10, 33)
    quotes=[(cut(LE_P1, "\"Die SPÖ-Frauen", "zu leben\""), LENTSCH),
            ("\"Wir nehmen Frauenpolitik ernst\"", LENTSCH),
            (cut(LE_P2, "\"Die ÖVP ist", "geöffnet hat.\""), LENTSCH),
            ("\"Männer-Domäne\"", LENTSCH),
            (cut(LE_P4, "\"Die Kandidatur", "zu leben\""), LENTSCH),
            (cut(LE_P4, "\"Wenn man", "hinweg tun.\""), LENTSCH),
            (cut(LE_P5, "\"Ich würde", "zu geben\""), LENTSCH)],
    aliases={LENTSCH: ["Edeltraud Lentsch", "Lentsch"]})

# --- APA-OTS, Pressedienst der SPÖ Wien for the Junge Generation in der SPÖ Wien, 13 April 2005: Sonja Ramskogler ---

RA_T = "Ramskogler: \"Neue PolitikerInnen braucht das Land!\""
RA_SUB = "Junge Generation in der SPÖ Wien fordert Neuwahlen"
RA_P1 = ("Wien (SPW) - \"Junge Menschen wollen neue PolitikerInnen mit neuen Ideen in der Politik, statt politische "
         "Sesselkleber, die sich neue bunte Mäntelchen umhängen\", erklärte die Vorsitzende der Jungen Generation in der SPÖ "
         "Wien, GR Sonja Ramskogler, heute Mittwoch gegenüber dem Pressedienst der SPÖ Wien. Das Hickhack der letzten Monate und "
         "die politischen Farbenspiele bewiesen, dass es der schwarz/bunten Regierung nicht um die Interessen der Menschen "
         "ginge, sondern nur um den eigenen Machterhalt. \"Junge Menschen müssen sich von den PolitikerInnen wieder ernst "
         "genommen fühlen, und das ist nur möglich, wenn PolitikerInnen sich aktiv für eine bessere Zukunft Österreichs "
         "einsetzen\", stellt GR Ramskogler fest. \"Wir wollen keine neuen Namen für alte, überkommene Vorstellungen und "
         "Gesichter, sondern neue PolitikerInnen mit neuen Ideen für Österreichs Zukunft\", betonte Ramskogler.")
RA_P2 = ("\"Die Politik dieser Regierung ist inexistent\", unterstrich Ramskogler und stellte fest: Themen, die besonders junge "
         "Menschen angingen, blieben völlig unbeachtet. Junge Menschen bräuchten Perspektiven für ihre Zukunft wie freien Zugang "
         "zu qualitätsvoller Bildung und Ausbildung - Stichwort Studiengebühren und Lehrstellenmangel - familienfreundliche "
         "Rahmenbedingungen und sichere Arbeitsplätze mit gerechter Entlohnung. \"Es ist kein Wunder, dass sich bei dem Theater, "
         "das die österreichische Bundesregierung derzeit veranstaltet, die jungen Menschen von der Politik abwenden. Die "
         "schwarz/orange/blaue Nabelschau verhöhnt die Interessen Österreichs. Die Junge Generation in der SPÖ Wien fordert "
         "daher Neuwahlen, damit neue PolitikerInnen mit neuen Ideen und Konzepten für Österreich zum Zug kommen\", so "
         "Ramskogler abschließend.")

add(id="ho633-ots-jg-spoe-wien-2005-04-13-ramskogler-neuwahlen",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20050413_OTS0074/ramskogler-neue-politikerinnen-braucht-das-land",
    retrieved="same address (release of the Junge Generation in der SPÖ Wien sent by the Vienna SPÖ's press service on the "
              "APA-OTS service, 13 April 2005 by its OTS number, a Wednesday ('heute Mittwoch'); the sender is told by the "
              "dateline code 'Wien (SPW)', the cue's 'gegenüber dem Pressedienst der SPÖ Wien' and the contact block, which "
              "names Ramskogler and then 'Pressedienst der SPÖ-Wien, Tel.: ++43/ 01/ 53 427-235' and which the stored copy "
              "breaks off after 'wien', dropped (rules 3050, 3810); the OTS marker '****' run onto the full stop of the first "
              "paragraph ('betonte Ramskogler.****') dropped (rules 460, 3570); headline and subtitle kept as lines of their "
              "own as stored; the published 'schwarz/bunten' and 'schwarz/orange/blaue' kept (rule 20); complete as stored up "
              "to the contact block)",
    license=APA_OTS_POLITICS,
    paras=[RA_SUB, RA_P1, RA_P2],
    # the headline quotation after the label `Ramskogler:` is hers (rules 54, 107), the body giving her the same demand for
    # `neue PolitikerInnen`; the quotation before `erklärte die Vorsitzende der Jungen Generation in der SPÖ Wien, GR Sonja
    # Ramskogler, heute Mittwoch gegenüber dem Pressedienst der SPÖ Wien` is hers, the press service being the addressee (rules
    # 12, 30); the quotations before `stellt GR Ramskogler fest`, `betonte Ramskogler`, `unterstrich Ramskogler und stellte
    # fest:` and `so Ramskogler abschließend` are hers (rule 30); the colon of `stellte fest:` opens unmarked indirect speech
    # and carries no span (rule 5), and so does the Konjunktiv report between her first two quotations; the Regierung, the
    # Bundesregierung, the Junge Generation and the PolitikerInnen say nothing; `Vorsitzende der Jungen Generation in der SPÖ
    # Wien` names the organisation and is no alias (rule 33), while `GR` is her title (rule 7)
    quotes=[("\"Neue PolitikerInnen braucht das Land!\"", RAMSKOGLER),
            (cut(RA_P1, "\"Junge Menschen wollen", "umhängen\""), RAMSKOGLER),
            (cut(RA_P1, "\"Junge Menschen müssen", "einsetzen\""), RAMSKOGLER),
            (cut(RA_P1, "\"Wir wollen", "Zukunft\""), RAMSKOGLER),
            ("\"Die Politik dieser Regierung ist inexistent\"", RAMSKOGLER),
            (cut(RA_P2, "\"Es ist kein", "zum Zug kommen\""), RAMSKOGLER)],
    aliases={RAMSKOGLER: ["Sonja Ramskogler", "GR Sonja Ramskogler", "GR Ramskogler", "Ramskogler"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 21 January 2008: Werner Neubauer on the FPÖ's result in Graz ---

NB_T = "Neubauer: \"Gratuliere Grazer FPÖ zum Sitz im Grazer Stadtsenat!\""
NB_SUB = "Freiheitliche sind nun Zünglein an der Waage in Graz"
NB_P1 = ("Wien (OTS) - \"Trotz schwieriger Ausgangsposition, begleitet von Morddrohungen, konnte die FPÖ auch in Graz ihre "
         "Erfolgsgeschichte fortsetzen und um mehr als 3 Prozent zulegen. Damit hat sie 6 Gemeinderäte und ein Mitglied im "
         "Stadtsenat erreicht\", stellte heute der FPÖ-Nationalratsabgeordnete Werner Neubauer in einer ersten Reaktion fest. "
         "Auch eine siebentägige Hetzkampagne seitens der Medien mit dem \"Staatsfunk\" ORF an der Spitze, begleitet von "
         "Anfeindungen der Grazer linksextremen Szene gegen die Spitzenkandidaten der Freiheitlichen, Dr. Susanne Winter, hätte "
         "dieses respektable Ergebnis nicht verhindern können.")
NB_P2 = ("Im Stadtsenat seien die Freiheitlichen nun gar das Zünglein an der Waage. \"Vier linken Mandataren stehen vier der ÖVP "
         "und die Stimme der FPÖ entgegen\", stellte Neubauer fest. \"Zu sagen, die FPÖ spiele in dieser bemerkenswerten "
         "Konstellation keine Rolle, zeugt von großer Unkenntnis der politischen Szene in Graz\", so Neubauer in Richtung ORF. "
         "Neubauer wünschte Dr. Susanne Winter und ihrer Mannschaft außerdem alles Gute für die Zukunft und die weitere "
         "politische Arbeit.")

add(id="ho633-ots-fpoe-klub-2008-01-21-neubauer-graz-stadtsenat",
    title=NB_T,
    url="https://www.ots.at/presseaussendung/OTS_20080121_OTS0100/neubauer-gratuliere-grazer-fpoe-zum-sitz-im-grazer-stadtsenat",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 21 January 2008 by its OTS "
              "number, the day after the Graz municipal election of 20 January 2008; the sender is told by the contact block "
              "'Freiheitlicher Parlamentsklub' and the footer code FPK0002, both dropped (rules 3310, 3810); headline and "
              "subtitle kept as lines of their own as stored; the published 'die Spitzenkandidaten der Freiheitlichen, Dr. "
              "Susanne Winter' and 'Vier linken Mandataren' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NB_SUB, NB_P1, NB_P2],
    # the headline quotation after the label `Neubauer:` is his (rules 54, 107), the body giving him the congratulation's
    # content; the quotation before `stellte heute der FPÖ-Nationalratsabgeordnete Werner Neubauer in einer ersten Reaktion
    # fest` is his (rule 30); the marked `"Staatsfunk"` in the Konjunktiv sentence that goes on reporting him (`hätte … nicht
    # verhindern können`) is his pejorative word for the ORF, of whose `Hetzkampagne` it speaks (rules 3, 25, 3571); the
    # quotations before `stellte Neubauer fest` and `so Neubauer in Richtung ORF` are his, the ORF being the direction of his
    # words (rules 12, 30, 3692); Susanne Winter, the ORF, the Medien, the ÖVP and the FPÖ say nothing; the compound
    # `FPÖ-Nationalratsabgeordnete` names the party and is no alias (rule 33)
    quotes=[("\"Gratuliere Grazer FPÖ zum Sitz im Grazer Stadtsenat!\"", NEUBAUER),
            (cut(NB_P1, "\"Trotz schwieriger", "Stadtsenat erreicht\""), NEUBAUER),
            ("\"Staatsfunk\"", NEUBAUER),
            (cut(NB_P2, "\"Vier linken", "FPÖ entgegen\""), NEUBAUER),
            (cut(NB_P2, "\"Zu sagen", "Szene in Graz\""), NEUBAUER)],
    aliases={NEUBAUER: ["Werner Neubauer", "Neubauer"]})

# --- APA-OTS, Sozialistische Jugend Österreich, 13 February 2013: Fiona Kaiser and Wolfgang Moitzi on the FPÖ Oberösterreich ---

SJ_T = "SJÖ ad FPÖ Oberösterreich: Und täglich grüßt das Murmeltier!?"
SJ_SUB = "Überraschung um neuerlichen Skandal im Umfeld der FPÖ OÖ hält sich in Grenzen"
# the single stored line break after `Wolfgang` inside the first paragraph is joined with a space (rules 3050, 3810)
SJ_P1 = join("Wien (OTS) - Wenig überrascht zeigen sich Wolfgang",
             "Moitzi, Vorsitzender der SJ Österreich und Fiona Kaiser, Vorsitzende der SJ Oberösterreich, über den "
             "neuerlichen Skandal zweier Gemeinderäte der FPÖ Oberösterreich. \"Fast keine Woche vergeht, ohne dass ein neuer "
             "rechtsextremer Skandal in der FPÖ Oberösterreich oder ihrem Umfeld ans Tageslicht kommt. Wenn es nicht so traurig "
             "wäre, könnte man fast meinen \"Und täglich grüßt das Murmeltier\", so Kaiser und Moitzi.")
SJ_P2 = ("Die Sozialistische Jugend schließt sich der Forderung des Mauthausen Komitees an und verlangt ebenfalls den Rücktritt "
         "des FPÖ -Landesparteiobmannes Haimbucher:\"Wer solche Skandale in seiner Partei nicht abstellen kann oder noch ärger, "
         "vielleicht gar nicht will, ist als Landesregierungsmitglied völlig untragbar\", stimmen die beiden Vorsitzenden "
         "überein.")
SJ_P3 = ("Abschließend verweist Fiona Kaiser, auch stv. Landesparteivorsitzende der SPÖ Oberösterreich, den von der SPÖ bereits "
         "vor längerer Zeit beantragte regionale Ausstiegsberatung in Oberösterreich einzuführen. Die Pühringer - ÖVP muss "
         "endlich Farbe bekennen und hier zustimmen.")

add(id="ho633-ots-sjoe-2013-02-13-kaiser-moitzi-murmeltier",
    title=SJ_T,
    url="https://www.ots.at/presseaussendung/OTS_20130213_OTS0133/sjoe-ad-fpoe-oberoesterreich-und-taeglich-gruesst-das-murmeltier",
    retrieved="same address (release of the Sozialistische Jugend Österreich on the APA-OTS service, 13 February 2013 by its OTS "
              "number; the sender is told by the contact block 'Sozialistische Jugend Österreich, Tel.: +43 01 5234123 12, "
              "mailto: office@sjoe.at, www.sjoe.at' and the footer code SJO0002, both dropped (rules 3740, 3810); headline and "
              "subtitle kept as lines of their own as stored; the single stored line break after 'Wolfgang' inside the first "
              "paragraph joined with a space (rules 3050, 3810); the published 'Vorsitzender der SJ Österreich und Fiona "
              "Kaiser' without a comma, 'meinen \"Und' without a colon, 'FPÖ -Landesparteiobmannes', 'Haimbucher:\"Wer' "
              "without a space, 'den von der SPÖ … beantragte regionale Ausstiegsberatung' and 'Die Pühringer - ÖVP' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SJ_SUB, SJ_P1, SJ_P2, SJ_P3],
    # the headline's words after the label `SJÖ ad FPÖ Oberösterreich:` are unmarked and carry no span (rule 5); the first
    # quotation's last mark closes both the saying it quotes and the quotation itself, so it is one span from `"Fast` to
    # `Murmeltier"` with the inner opening mark inside it (rule 3313); it goes with the cue `so Kaiser und Moitzi` to the first
    # named of the joint cue, Wolfgang Moitzi, who has no quotation of his own, being her alias (rules 27, 750); the colon
    # quotation after the name of the man whose resignation the Sozialistische Jugend demands is the two chairs' joint
    # statement, as the closing cue `stimmen die beiden Vorsitzenden überein` says, not Haimbucher's (rule 3811); Fiona Kaiser's
    # last paragraph is unmarked (rule 5); Haimbucher, the Mauthausen Komitee, the FPÖ Oberösterreich, the SPÖ and the
    # `Pühringer - ÖVP` say nothing; the role phrases with the SJ's and the SPÖ's names are no aliases (rule 33), nor is the
    # joint `die beiden Vorsitzenden`
    quotes=[(cut(SJ_P1, "\"Fast keine", "Murmeltier\""), KAISER),
            (cut(SJ_P2, "\"Wer solche", "völlig untragbar\""), KAISER)],
    aliases={KAISER: ["Fiona Kaiser", "Kaiser", "Wolfgang Moitzi", "Moitzi"]})

# --- APA-OTS, Die Grünen Kärnten, 7 October 2014: Rolf Holub and Barbara Lesjak on the Greens in Vorarlberg's government ---

HL_T = "Grüne-Holub/Lesjak: \"Frischer grüner Wind für Österreich\""
HL_SUB = ("Vorarlberg als sechstes Bundesland mit grüner Regierungsbeteiligung. Zukünftig absolute Mehrheit in "
          "UmweltreferentInnenkonferenz.")
HL_P1 = ("Klagenfurt (OTS) - \"Der Aufwärtstrend der Grünen ist nicht zu stoppen\", freuen sich Grünen-Landesrat Rolf Holub "
         "und die Klubobfrau der Grünen im Kärntner Landtag, Barbara Lesjak, über die gestern in Vorarlberg abgeschlossenen "
         "Regierungsverhandlungen und gratulieren den frischgebackenen designierten Landesräten Johannes Rauch und Katharina "
         "Wiesflecker zum großartigen Erfolg. \"Die Ressorts Umwelt, Soziales und Frauen sind in grünen Händen bestens "
         "aufgehoben\", ist Lesjak überzeugt.")
HL_P2 = ("Holub weist auf die zukünftige absolute Mehrheit der Grünen in der LandesumweltreferentInnenkonferenz hin, die "
         "umfassende und gemeinsame Projekte und Initiativen ermöglichen wird. Die nächste Konferenz der Umweltreferentinnen und "
         "Umweltreferenten wird im Mai 2015 in Kärnten stattfinden, informiert Holub.")
HL_P3 = ("\"Der herausragende Wahlsieg in Vorarlberg beweist, dass die Grünen zentrale Zukunftsthemen ansprechen. Die "
         "Wählerinnen und Wähler schätzen die sachorientierte Politik, die an nachhaltigen und zukunftsorientierten Lösungen "
         "arbeitet\", so Lesjak.")
HL_P4 = ("\"Wir Grünen bringen einen neuen politischen Stil sowie frischen Wind in die Landesregierungen. Nachdem wir bereits in "
         "sechs Bundesländern die Wählerinnen und Wähler mit unserer Arbeit - vor allem durch unsere hartnäckige und "
         "schonungslose AufdeckerInnenarbeit, Korruptionsbekämpfung, dem Natur- und Umweltschutz sowie dem Einleiten der "
         "Energiewende - überzeugen konnten, freue ich mich auf weitere politische Erfolge\", schließt die Klubobfrau.")

add(id="ho633-ots-gruene-kaernten-2014-10-07-holub-lesjak-vorarlberg",
    title=HL_T,
    url="https://www.ots.at/presseaussendung/OTS_20141007_OTS0139/gruene-holublesjak-frischer-gruener-wind-fuer-oesterreich",
    retrieved="same address (release of the Grünen Kärnten on the APA-OTS service, 7 October 2014 by its OTS number; the sender "
              "is told by the contact block 'Die Grünen Kärnten, Tel.: 0463/577 57 152, … http://kaernten.gruene.at' and the "
              "footer code GRK0001, both dropped (rules 3310, 3810); the end mark '(Schluss)' on a line of its own dropped (rule "
              "48); headline and subtitle kept as lines of their own as stored; the published 'in UmweltreferentInnenkonferenz' "
              "without an article, 'LandesumweltreferentInnenkonferenz' and 'AufdeckerInnenarbeit' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[HL_SUB, HL_P1, HL_P2, HL_P3, HL_P4],
    # the headline quotation after the joint label `Grüne-Holub/Lesjak:` goes to the label's first name, Rolf Holub, although
    # Lesjak's last quotation speaks of `frischen Wind` (rule 3813); the quotation before `freuen sich Grünen-Landesrat Rolf
    # Holub und die Klubobfrau der Grünen im Kärntner Landtag, Barbara Lesjak` is their joint statement, the first named
    # canonical, and Lesjak, who has quotations of her own, is not its alias (rules 27, 750); the quotations before `ist Lesjak
    # überzeugt`, `so Lesjak` and `schließt die Klubobfrau` are Lesjak's, the role noun naming only her in the release (rules
    # 30, 44); Holub's second paragraph is unmarked (rule 5); Johannes Rauch, Katharina Wiesflecker, the Wählerinnen und Wähler
    # and the Grünen say nothing; `Grünen-Landesrat` names the party and the fused label `Grüne-Holub` too (rules 33, 3672)
    quotes=[("\"Frischer grüner Wind für Österreich\"", HOLUB),
            (cut(HL_P1, "\"Der Aufwärtstrend", "nicht zu stoppen\""), HOLUB),
            (cut(HL_P1, "\"Die Ressorts", "bestens aufgehoben\""), LESJAK),
            (cut(HL_P3, "\"Der herausragende", "Lösungen arbeitet\""), LESJAK),
            (cut(HL_P4, "\"Wir Grünen", "politische Erfolge\""), LESJAK)],
    aliases={HOLUB: ["Rolf Holub", "Holub"],
             LESJAK: ["Barbara Lesjak", "Lesjak", "Klubobfrau"]})

# --- APA-OTS, Österreichischer Wirtschaftsbund, 18 February 2016: Peter Haubner against the ÖGB ---

HA_T = "Haubner ad ÖGB: Schluss mit der unternehmerfeindlichen Haltung"
HA_SUB = ("Wirtschaft leistet ihren Beitrag Tag für Tag – Betriebe sorgen für Beschäftigung – Neue Auflagen und Vorschriften "
          "kontraproduktiv")
HA_P1 = ("Wien (OTS) - \"Die Wirtschaft leistet ihren Beitrag und das Tag für Tag. Die vielen kleinen und mittelständischen "
         "Unternehmen in Österreich kämpfen auch in wirtschaftlich sensiblen Zeiten um jeden Arbeitsplatz. Sie sorgen für "
         "Beschäftigung in unserem Land. Auch der ÖGB muss das endlich begreifen“, so Wirtschaftsbund-Generalsekretär Peter "
         "Haubner anlässlich der heutigen Aussendung des ÖGB.")
HA_P2 = ("„Noch mehr Auflagen und Vorschriften würden das sanfte Pflänzchen des wirtschaftlichen Wachstums vernichten. Unsere "
         "Betriebe stehen jetzt schon unter großem Druck und leisten dennoch Hervorragendes“, betont Haubner.")
HA_P3 = ("Der Behauptung Betriebe würden ältere Arbeitnehmer „loswerden wollen“ stellt der Wirtschaftsbund-General entgegen: "
         "„Dieses ständige Schlechtreden der Unternehmer von Seiten ÖGB, AK und Co. muss ein Ende haben. Die Betriebe legen viel "
         "Wert auf die Erfahrung und die Kompetenz älterer Arbeitnehmer. Diese Anschuldigungen sind kontraproduktiv und eine "
         "Beleidigung für jeden Unternehmer in diesem Land“.")
HA_P4 = ("Abschließend hält Haubner fest: „Es geht nur gemeinsam. Was es in Österreich braucht ist mehr unternehmerische "
         "Freiheit. Mehr Luft für die Unternehmer. Nur wenn die Wirtschaft wächst und wir die Unternehmer frei wirtschaften "
         "lassen, dann schafft das auch neue Arbeitsplätze. Einseitige Belastungsforderungen hingegen sind sicher nicht Teil der "
         "Lösung.“")

add(id="ho633-ots-wirtschaftsbund-2016-02-18-haubner-oegb",
    title=HA_T,
    url="http://www.ots.at/presseaussendung/OTS_20160218_OTS0166/haubner-ad-oegb-schluss-mit-der-unternehmerfeindlichen-haltung",
    retrieved="same address (release of the Österreichischer Wirtschaftsbund on the APA-OTS service, 18 February 2016 by its OTS "
              "number; the sender is told by the contact block 'Österreichischer Wirtschaftsbund, Anja Mayer, Pressesprecherin, "
              "… http://www.wirtschaftsbund.at' and the footer code NWB0001, both dropped (rules 3310, 3810); headline and "
              "subtitle kept as lines of their own as stored; the first quotation opened by an ASCII mark and closed by '“' "
              "kept (rule 21); the published 'Der Behauptung Betriebe würden' without a comma, 'braucht ist' and the full stop "
              "after the closing mark ('Land“.') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HA_SUB, HA_P1, HA_P2, HA_P3, HA_P4],
    # the headline label `Haubner ad ÖGB:` stands before unmarked words and carries no span (rule 5); the quotation before `so
    # Wirtschaftsbund-Generalsekretär Peter Haubner anlässlich der heutigen Aussendung des ÖGB`, opened by an ASCII mark and
    # closed by `“` (rule 21), is his (rule 30); the quotation before `betont Haubner` is his; the marked `„loswerden wollen“`
    # in the content of `Der Behauptung` is the ÖGB's word from the release Haubner answers (rule 3812); the colon quotations
    # after `stellt der Wirtschaftsbund-General entgegen:` and `Abschließend hält Haubner fest:` are his (rules 9, 30); the AK,
    # the Betriebe and the Unternehmer say nothing; the compounds `Wirtschaftsbund-Generalsekretär` and
    # `Wirtschaftsbund-General` name the Bund and are no aliases (rule 33)
    quotes=[(cut(HA_P1, "\"Die Wirtschaft", "endlich begreifen“"), HAUBNER),
            (cut(HA_P2, "„Noch mehr", "Hervorragendes“"), HAUBNER),
            ("„loswerden wollen“", OEGB),
            (cut(HA_P3, "„Dieses ständige", "in diesem Land“"), HAUBNER),
            (cut(HA_P4, "„Es geht", "der Lösung.“"), HAUBNER)],
    aliases={HAUBNER: ["Peter Haubner", "Haubner"],
             OEGB: ["ÖGB"]})

# --- APA-OTS, ÖVP Josefstadt, 24 January 2017: Andreas Ottenschläger re-elected district party chairman, Veronika Mickel ---

JO_T = "ÖVP Josefstadt setzt ihren erfolgreichen Weg fort"
JO_SUB = ("Abg.z.NR Andreas Ottenschläger als Bezirksparteiobmann wiedergewählt – Bunte Mischung aus jungen und erfahrenen "
          "Persönlichkeiten im Bezirksparteivorstand")
JO_P1 = ("Wien (OTS) - \"Die Zielrichtung für die kommenden Jahre ist klar. Wir wollen weiterhin die hohe Lebensqualität in "
         "unserem Bezirk erhalten und ausbauen. Dabei soll die Bevölkerung größtmöglich eingebunden werden. Wir haben ein "
         "engagiertes und tatkräftiges Team, eine bunte Mischung aus jungen und erfahrenen Persönlichkeiten. Das sind die besten "
         "Voraussetzungen um erfolgreich zu sein und im Sinne der Bürgerinnen und Bürger zu arbeiten\", hielt der mit 98,21 "
         "Prozent wiedergewählte Bezirksparteiobmann und Abgeordnete zum Nationalrat Andreas Ottenschläger in seiner Rede am "
         "prominent besuchten gestrigen Bezirksparteitag im Hotel Fleming`s fest. Neben Bezirksvorsteherin Veronika Mickel und "
         "zahlreichen Funktionären aus der Josefstadt, waren auch ÖVP Wien Landesparteiobmann Stadtrat Gernot Blümel sowie ÖVP "
         "Wien Landesgeschäftsführer Markus Wölbitsch zu Gast.")
JO_P2 = ("Jeweils mit überwältigender Mehrheit wurden Bezirksvorsteherin Veronika Mickel, Bezirksrätin Heide Anzenhofer und "
         "Bezirksrat Stephan Mlczoch zu den Stellvertretern von Andreas Ottenschläger gewählt.")
JO_P3 = ("\"Gemeinsam werden wir unseren Erfolgskurs in der Josefstadt fortsetzen. Das heute gewählte Team ist breit aufgestellt "
         "und strahlt die Dynamik aus, die für die Josefstadt charakteristisch ist und diesen Bezirk ausmacht\", so "
         "Bezirksvorsteherin Veronika Mickel.")

add(id="ho633-ots-oevp-josefstadt-2017-01-24-ottenschlaeger-mickel",
    title=JO_T,
    url="http://www.ots.at/presseaussendung/OTS_20170124_OTS0114/oevp-josefstadt-setzt-ihren-erfolgreichen-weg-fort",
    retrieved="same address (release on the APA-OTS service, 24 January 2017 by its OTS number, the day after the district "
              "party congress ('am … gestrigen Bezirksparteitag'); the crawl-date prefix ' date 2017-01' before the headline "
              "dropped (rule 63); the stored copy breaks off inside the cue of its fourth body paragraph ('…\", so ÖVP Wien "
              "Landesparteiobm'), which is dropped with its quotation, whose speaker the lost cue would name (rules 15, 3810); "
              "no contact block is stored, and the sender is inferred under the plain 'Wien (OTS) -' from the release's own "
              "voice as the ÖVP Josefstadt, the Vienna ÖVP's district party: the headline 'ÖVP Josefstadt setzt ihren "
              "erfolgreichen Weg fort', only its re-elected chairman and its deputy chairwoman quoted, the guests from the Land "
              "party named as guests (rules 3310, 3570, 3810); headline and subtitle kept as lines of their own as stored; the "
              "published 'Voraussetzungen um erfolgreich' without a comma, 'Hotel Fleming`s' with a backtick and 'aus der "
              "Josefstadt, waren auch' kept (rule 20); used as stored up to the last complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[JO_SUB, JO_P1, JO_P2, JO_P3],
    # the quotation before `hielt der mit 98,21 Prozent wiedergewählte Bezirksparteiobmann und Abgeordnete zum Nationalrat
    # Andreas Ottenschläger in seiner Rede … fest` is his, the cue's subject in the inverted order of the split verb (rule 30);
    # the quotation before `so Bezirksvorsteherin Veronika Mickel` is hers (rule 30), although the paragraph before names her
    # among the elected deputies beside Heide Anzenhofer and Stephan Mlczoch; Gernot Blümel and Markus Wölbitsch, named as
    # guests in the first paragraph, say nothing in the text kept; `Bezirksparteiobmann` and `Bezirksvorsteherin` name only
    # one person each in the release and are aliases (rule 44); the headline and the subtitle hold no marks
    quotes=[(cut(JO_P1, "\"Die Zielrichtung", "zu arbeiten\""), OTTENSCHLAEGER),
            (cut(JO_P3, "\"Gemeinsam werden", "Bezirk ausmacht\""), MICKEL)],
    aliases={OTTENSCHLAEGER: ["Andreas Ottenschläger", "Abg.z.NR Andreas Ottenschläger", "Bezirksparteiobmann"],
             MICKEL: ["Veronika Mickel", "Bezirksvorsteherin Veronika Mickel", "Bezirksvorsteherin"]})

# --- APA-OTS, Die Grünen, 5 March 2022: Kogler, Stoytchev and Maurer congratulate Olga Voglauer ---

GR_T = ("Grüne: Kogler, Stoytchev und Maurer gratulieren Olga Voglauer zur Wahl als Spitzenkandidatin für die Landtagswahlen in "
        "Kärnten 2023")
GR_SUB = "Mit Leib und Seele für ein besseres Klima"
GR_P1 = ("Wien (OTS) - Werner Kogler, Bundessprecher der Grünen, gratuliert der Kärntner Landessprecherin und "
         "Nationalratsabgeordneten Olga Voglauer zum beeindruckenden Wahlergebnis bei der Landesversammlung: „Olga ist die "
         "richtige starke weibliche Stimme für Kärnten. Sie setzt sich wie keine andere in Kärnten für die ökosoziale Wende ein. "
         "Wir teilen eine klare Überzeugung, nämlich, dass Wirtschaft und Umwelt einander nicht ausschließen dürfen, sondern "
         "ergänzen müssen. Durchsetzungsstark, nahe an den Menschen, sympathisch: Um Kärnten zum Klimaland Nummer eins zu "
         "machen, ist sie die Richtige.“")
GR_P2 = ("Die Bundesgeschäftsführerin der Grünen, Angela Stoytchev, ergänzt: „Ich freue mich sehr, dass wir mit Olga Voglauer "
         "eine starke Stimme für den Klimaschutz in die Landtagswahlen 2023 schicken. Bessere Lebensqualität für uns, unsere "
         "Kinder und die nachfolgenden Generationen – dafür setzt sie sich mit Leib und Seele ein.“")
GR_P3 = ("Die Klubobfrau der Grünen Sigi Maurer freut sich: „Olga Voglauer ist eine Kämpferin und eine Politikerin, die anpackt "
         "und umsetzt. Sie steht für saubere Politik und saubere Umwelt. Beispielsweise mit ihrer lautstarken Kritik an der "
         "Fehlbesetzung bei der Leitung des Kärntner Verfassungsschutzes. So geht Politik mit Haltung. Ich freue mich, dass sie "
         "mit einem großartigen Ergebnis zur Spitzenkandidatin für die Landtagswahlen gewählt wurde und als Landessprecherin der "
         "Kärntner Grünen bestätigt wurde.“")

add(id="ho633-ots-gruene-2022-03-05-kogler-stoytchev-maurer-voglauer",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_20220305_OTS0028/gruene-kogler-stoytchev-und-maurer-gratulieren-olga-voglauer-"
        "zur-wahl-als-spitzenkandidatin-fuer-die-landtagswahlen-in-kaernten-2023",
    retrieved="same address (release on the APA-OTS service, 5 March 2022 by its OTS number; the crawl-date prefix ' date 2022-03' "
              "before the headline dropped (rule 63); the stored copy breaks off inside its fourth body paragraph, a joint "
              "quotation without its cue ('„Dem gesamten Wahlkampfteam der Kärntner Grünen … in Verantwortung ko'), which is "
              "dropped (rules 15, 3810); no contact block is stored, and the sender is inferred under the plain 'Wien (OTS) -' "
              "from the release's own voice as the Greens' federal party: the headline label 'Grüne:', its federal spokesman, "
              "federal secretary and club chairwoman quoted on the Land party's election (rules 3310, 3570, 3810); headline and "
              "subtitle kept as lines of their own as stored; the published 'Die Klubobfrau der Grünen Sigi Maurer' without "
              "commas kept (rule 20); used as stored up to the last complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[GR_SUB, GR_P1, GR_P2, GR_P3],
    # the colon quotation after `Werner Kogler, Bundessprecher der Grünen, gratuliert der Kärntner Landessprecherin und
    # Nationalratsabgeordneten Olga Voglauer zum beeindruckenden Wahlergebnis bei der Landesversammlung:` is Kogler's, the
    # congratulator, not Voglauer's, the dative object named nearest before the colon and spoken of in the quotation (rules 9,
    # 12, 3682); the colon quotations after `Die Bundesgeschäftsführerin der Grünen, Angela Stoytchev, ergänzt:` and `Die
    # Klubobfrau der Grünen Sigi Maurer freut sich:` are Stoytchev's and Maurer's (rules 9, 30); Olga Voglauer (`Olga`), the
    # Kärntner Grünen and the Landesversammlung say nothing; the role phrases with the party's name are no aliases (rule 33);
    # the headline and the subtitle hold no marks
    quotes=[(cut(GR_P1, "„Olga ist", "die Richtige.“"), KOGLER),
            (cut(GR_P2, "„Ich freue mich sehr", "Seele ein.“"), STOYTCHEV),
            (cut(GR_P3, "„Olga Voglauer ist", "bestätigt wurde.“"), MAURER)],
    aliases={KOGLER: ["Werner Kogler"],
             STOYTCHEV: ["Angela Stoytchev"],
             MAURER: ["Sigi Maurer"]})
