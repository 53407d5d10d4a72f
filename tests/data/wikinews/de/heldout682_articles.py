# Six-hundred-and-eighty-second held-out German real-news set (tests/data/heldout682-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4180-4184). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout681-heldout688). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eighty-second held-out set": six releases of Vienna's PID-Rathauskorrespondenz
# (Presse- und Informationsdienst der Stadt Wien) reporting politicians of the city's parties at their press events and on
# election night, four on ots.at (licence APA_OTS_PUBLIC: the Greens' Alexander van der Bellen on the ÖVP-governed districts,
# September 2010; the ÖVP's Hütchenspiel action before the budget sitting, November 2019, Markus Wölbitsch-Milan; the DAÖ's press
# conference with Heinz-Christian Strache and Karl Baron, April 2020; the ÖVP's new Rathausklub before the constituent sitting,
# November 2020) and two election-night releases of 11 October 2020 as reposted by press portals (brandaktuell.at, licence
# APA_OTS_PUBLIC_REPOST: the NEOS and their Landesgeschäftsführer Philipp Kern; prnet.at, new licence APA_OTS_PUBLIC_REPOST_PRNET:
# Markus Wölbitsch). The brief's sources were the Rathauskorrespondenz's reports of sittings of the Gemeinderat and the Landtag and
# the Parlamentskorrespondenz; no such report that no earlier set used came back from the searches with its ots.at or
# parlament.gv.at copy (SOURCES.md), so the set holds the Rathauskorrespondenz's reports of the parties' events around the
# sittings and the elections. Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules
# 15, 17), the wire and portal furniture (crawl-date prefixes, the parties' contact lines, end marks, contact blocks, footers, a
# portal's title suffix, tag lists and comment widgets) is dropped and single stored line breaks inside a paragraph or heading
# are joined (rules 63, 2920, 3410, 4060, 4180), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC, APA_OTS_PUBLIC_REPOST, APA_OTS_PUBLIC_REPOST_PRNET  # noqa: E402

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


VDB = "Alexander van der Bellen"
WOELBITSCH_MILAN = "Markus Wölbitsch-Milan"
STRACHE = "Heinz-Christian Strache"
BARON = "Karl Baron"
NEOS = "NEOS"
KERN = "Philipp Kern"
WOELBITSCH = "Markus Wölbitsch"

# --- APA-OTS, PID-Rathauskorrespondenz, 16 September 2010: the Greens' top candidate on the ÖVP-governed districts ---

GR_T = "Grüne Wien präsentieren Forderungen für ÖVP-regierte Bezirke"
GR_P1 = join("Wien (OTS) - Im Rahmen einer Pressekonferenz am Donnerstag",
             "Vormittag präsentierte der grüne Spitzenkandidat Alexander van der Bellen und seine Kollegen aus den Bezirken "
             "Vorschläge für eine Umorientierung in den ÖVP-regierten Bezirken 1, 13, 18 und 19, wo die ÖVP seit über 60 Jahren "
             "die herrschende Macht sei. Die Bundeshauptstadt müsse \"grüner\" werden, die Stadt \"sei weder Privateigentum der "
             "SPÖ noch der ÖVP\", so van der Bellen. In der Inneren Stadt gehe es beispielsweise um eine Reduzierung der "
             "Parkflächen zugunsten von Grünflächen, in Wieden um den Ausbau von Kindergärten und die Teilöffnung des "
             "Theresianum-Parks und in Währing um die Rückwidmung des Semmelweisparks in Grünland. Mehr \"Grün in Wien\" müsse "
             "sein, um die Stadt wieder lebenswerter für die WienerInnen zu machen, betonte der grüne Spitzenkandidat.")

add(id="ho682-ots-rk-2010-09-16-gruene-van-der-bellen-oevp-bezirke",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_20100916_OTS0114/gruene-wien-praesentieren-forderungen-fuer-oevp-regierte-bezirke",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 16 September 2010 by its OTS "
              "number, the release's 'am Donnerstag' being that day, three weeks and a half before the Vienna election of 10 "
              "October 2010; the sender is read from the contact block 'PID-Rathauskorrespondenz: www.wien.gv.at/rk/ Mag.a "
              "Christine Willerstorfer Presse- und Informationsdienst der Stadt Wien (MA 53) …' and the footer code NRK0014, "
              "under the plain dateline 'Wien (OTS) -' (rules 2920, 3410, 4180); the party's contact line with which the report "
              "closes ('Weitere Informationen dazu: Grüner Klub im Rathaus, Telefon: 01 4000-81814, im Internet unter "
              "http://wien.gruene.at/ . (schluss) wil'), the contact block and the footer dropped (rules 2920, 3410); the one "
              "stored line break inside the paragraph ('am Donnerstag' / 'Vormittag') joined with a space (rules 3410, 4180); "
              "the published 'van der Bellen' with lower-case 'van' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[GR_P1],
    # the marked predicate `"grüner"` and the marked end of the Konjunktiv clause `die Stadt "sei weder …"`, both closed by `so
    # van der Bellen`, are his (rules 3, 25, 30); the marked words of the next Konjunktiv sentence closed by `betonte der grüne
    # Spitzenkandidat` are his too, the role phrase taking up the candidate of the first sentence (rules 3, 30); they are his
    # wording in the report of his press conference, not a slogan the text names as such (contrast rule 24); his `Kollegen aus
    # den Bezirken`, the ÖVP, the SPÖ and the WienerInnen say nothing in marks; `der grüne Spitzenkandidat` carries the party's
    # name and is no alias (rule 33)
    quotes=[("\"grüner\"", VDB),
            (cut(GR_P1, "\"sei weder", "der ÖVP\""), VDB),
            ("\"Grün in Wien\"", VDB)],
    aliases={VDB: ["Alexander van der Bellen", "van der Bellen"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 25 November 2019: the ÖVP's Hütchenspiel action before the budget sitting ---

HS_T = "Wiener ÖVP mit Hütchenspiel-Aktion vor dem Rathaus"
HS_P1 = ("Wien (OTS/RK) - Vor dem Beginn der Gemeinderatssitzung zum Budget für 2020 hat die Wiener ÖVP heute, Montag, mit einer "
         "Aktion vor dem Rathaus gegen den Haushaltsrahmen der Stadt demonstriert. „Das Budget 2020 ist ein Hütchenspiel, denn es "
         "fehlen darin wichtige Posten wie die immer größer werdenden Gesundheitskosten oder die Finanzierung für den "
         "U-Bahn-Bau“, sagte dabei der nichtamtsführende ÖVP-Stadtrat Markus Wölbitsch-Milan. Finanzstadtrat Peter Hanke (SPÖ) "
         "könne das versprochene Nulldefizit für 2020 nur erreichen, „weil er ein Drittel der Finanzrücklagen der Stadt "
         "aufgelöst hat“, sagte Wölbitsch. Dieses Geld sei aber für kommende Herausforderungen gedacht, „mit der Auflösung der "
         "Rücklagen gefährdet der Stadtrat die Handlungsmöglichkeit der jungen Menschen in Wien in den kommenden Jahren“, meinte "
         "der ÖVP-Politiker. „Hanke kann das nur machen, weil er erst im Frühjahr 2021 – also nach der kommenden Wien-Wahl – für "
         "das Budget geradestehen muss“, argumentierte Wölbitsch, der ankündigte, dass diese Vorgangsweise im Gemeinderat von "
         "seiner Fraktion thematisiert und kritisiert werden wird.")

add(id="ho682-ots-rk-2019-11-25-oevp-huetchenspiel-budget-woelbitsch",
    title=HS_T,
    url="https://www.ots.at/presseaussendung/OTS_20191125_OTS0039/wiener-oevp-mit-huetchenspiel-aktion-vor-dem-rathaus",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, Monday, 25 November 2019 by "
              "its OTS number and the release's 'heute, Montag', the first day of the budget sitting for 2020; the sender is "
              "read from the dateline code 'Wien (OTS/RK) -' (rules 3410, 3550, 4180); the crawl-date prefix ' date 2019-11' "
              "before the headline dropped (rule 63); the stored copy ends after its one body paragraph, before any contact "
              "block; used as stored)",
    license=APA_OTS_PUBLIC,
    paras=[HS_P1],
    # the quotation before `sagte dabei der nichtamtsführende ÖVP-Stadtrat Markus Wölbitsch-Milan` is his (rule 30); the marked
    # clause after the Konjunktiv sentence on Hanke, closed by `sagte Wölbitsch`, is his, Hanke being the topic and the `er` of
    # the marks (rules 3, 12, 3721); the quotation closed by `meinte der ÖVP-Politiker` is his, the role phrase taking up the
    # speaker of the two sentences before (rules 8, 30), and so is the quotation before `argumentierte Wölbitsch` (rule 30);
    # Peter Hanke, the Wiener ÖVP, the Stadt and the Fraktion say nothing in marks; `ÖVP-Stadtrat` and `ÖVP-Politiker` carry
    # the party's name and are no aliases (rule 33)
    quotes=[(cut(HS_P1, "„Das Budget", "U-Bahn-Bau“"), WOELBITSCH_MILAN),
            ("„weil er ein Drittel der Finanzrücklagen der Stadt aufgelöst hat“", WOELBITSCH_MILAN),
            (cut(HS_P1, "„mit der Auflösung", "kommenden Jahren“"), WOELBITSCH_MILAN),
            (cut(HS_P1, "„Hanke kann", "geradestehen muss“"), WOELBITSCH_MILAN)],
    aliases={WOELBITSCH_MILAN: ["Markus Wölbitsch-Milan", "Wölbitsch"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 30 April 2020: the DAÖ's press conference, Strache's candidacy and Baron ---

DA_T = "DAÖ: Strache kündigt Bürgermeister-Kandidatur für Wien-Wahl an"
DA_P1 = ("Wien (OTS/RK) - Heute, Donnerstag, war er noch „Gast“ bei der Pressekonferenz der „Allianz für Österreich“ – bei der "
         "Wien-Wahl im Herbst will Heinz-Christian Strache als „Bürgermeister- und Spitzenkandidat“ für DAÖ antreten. Erklärtes "
         "Ziel sei „ein zweistelliges Ergebnis“ bei der Gemeinderatswahl. Eingeladen zur PK hatte der DAÖ-Rathausklub, dessen "
         "Klubchef Karl Baron seine Fraktion „auf Augenhöhe mit dem politischen Mitbewerb“ für die Wien-Wahl gerüstet sieht.")
DA_P2 = ("Die Tage von „DAÖ“ scheinen dennoch gezählt – für den 15. Mai kündigten Strache und Baron eine Präsentation des "
         "„Endprodukts“ dieser „rot-weiß-roten Bürgerbewegung“ an. Diese beinhalte nicht nur ein „komplettes Parteiprogramm“, "
         "sondern auch einen neuen Namen für die Liste. Der Name „Strache“ wird darin wohl prominent geführt – wie der Ex- und "
         "bald-wieder-Politiker bei der Pressekonferenz ankündigte.")

add(id="ho682-ots-rk-2020-04-30-daoe-strache-baron-kandidatur",
    title=DA_T,
    url="https://www.ots.at/presseaussendung/OTS_20200430_OTS0098/daoe-strache-kuendigt-buergermeister-kandidatur-fuer-wien-"
        "wahl-an",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, Thursday, 30 April 2020 by its "
              "OTS number and the release's 'Heute, Donnerstag'; the sender is read from the dateline code 'Wien (OTS/RK) -' and "
              "the contact block 'PID-Rathauskorrespondenz Presse- und Informationsdienst der Stadt Wien (MA 53) Stadtredaktion, "
              "Diensthabende/r Redakteur/in …' (rules 3410, 4180); the crawl-date prefix ' date 2020-04' dropped (rule 63); the "
              "party's contact line with the end mark ('Weitere Informationen: DAÖ-Rathausklub, Tel. 01/4000- 82220 (Schluss) "
              "esl'), the contact block and the footer dropped (rules 2920, 3410, 3550); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[DA_P1, DA_P2],
    # the marked `„Gast“` of the clause whose subject `er` the second half of the same sentence names as Heinz-Christian
    # Strache is his word for his role at the press conference (rule 4182); the list's name `„Allianz für Österreich“` and its
    # abbreviation `„DAÖ“` are null (rule 2), and so is the name `„Strache“` that the list is to carry, named as a name (`Der
    # Name „…“`; rules 2, 24, 4184); Strache's marked title of his candidacy after `will … als „…“ … antreten` and the marked
    # goal of the Konjunktiv sentence after it are his (rules 3, 25, 3721); the marked words of the view `dessen Klubchef Karl
    # Baron seine Fraktion „…“ … gerüstet sieht` are Baron's (rules 3, 2604); the marked nouns of the joint announcement `kündigten
    # Strache und Baron … des „…“ dieser „…“ an` and of the Konjunktiv sentence continuing it are the first-named Strache's,
    # Baron having words of his own and staying no alias (rules 27, 750, 4184); the DAÖ-Rathausklub, the `Fraktion`, the
    # `politischen Mitbewerb` and the `Liste` say nothing in marks
    quotes=[("„Gast“", STRACHE),
            ("„Allianz für Österreich“", None),
            ("„Bürgermeister- und Spitzenkandidat“", STRACHE),
            ("„ein zweistelliges Ergebnis“", STRACHE),
            ("„auf Augenhöhe mit dem politischen Mitbewerb“", BARON),
            ("„DAÖ“", None),
            ("„Endprodukts“", STRACHE),
            ("„rot-weiß-roten Bürgerbewegung“", STRACHE),
            ("„komplettes Parteiprogramm“", STRACHE),
            ("„Strache“", None)],
    aliases={STRACHE: ["Heinz-Christian Strache", "Strache"],
             BARON: ["Karl Baron", "Klubchef Karl Baron", "Baron"]})

# --- brandaktuell.at repost of a PID-Rathauskorrespondenz release, 11 October 2020: the NEOS on election night ---

NE_T = "Wien-Wahl 2020: NEOS zeigen wollen mit Kontrolle in die Stadtregierung"
NE_P1 = ("Wien (OTS/RK) – Die NEOS geben sich überzeugt, „auch in einer Regierung Kontrolle auszuüben und der SPÖ auf die Finger "
         "zu schauen.“ Das voraussichtliche Wahlergebnis nehmen die Pinken jedenfalls „erfreut und demütig“ zur Kenntnis, sagt "
         "Landesgeschäftsführer Philipp Kern zur Rathauskorrespondenz. Der NEOS-Spitzenkandidat Christoph Wiederkehr habe sich "
         "als „Überraschung des Wahlkampfs“ herausgestellt.")
NE_SH = join("Service für Redaktionen: Ungekürzte Video-Interviews zum",
             "Download")
NE_P2 = join("Für Medien, die von der heutigen Wien-Wahl von außerhalb des Rathauses berichten, bietet der Presse- und "
             "Informationsdienst der Stadt Wien Interviews und O-Töne der SpitzenkandidatInnen und –politikerInnen der "
             "wahlwerbenden Parteien im „virtuellen Medienzentrum“ kostenlos zur Verfügung:",
             "[www.wien.gv.at/medienzentrum] (www.wien.gv.at/medienzentrum)")

add(id="ho682-brandaktuell-rk-2020-10-11-wien-wahl-neos-kern",
    title=NE_T,
    url="https://brandaktuell.at/amp/2020/10/11/karriere/wien-wahl-2020-neos-zeigen-wollen-mit-kontrolle-in-die-stadtregierung",
    retrieved="same address (election-night release of Vienna's PID Presse- und Informationsdienst, the Rathauskorrespondenz, "
              "of Sunday, 11 October 2020, the day of the Vienna election, as reposted by the press portal brandaktuell.at, "
              "dated by the address and the release's 'von der heutigen Wien-Wahl'; the repost keeps the dateline 'Wien "
              "(OTS/RK) –' with an en dash, and the sender is read from the dateline code, from the footer, which names the "
              "sender after the APA-OTS copyright line ('(C) Copyright APA-OTS Originaltext-Service GmbH und der jeweilige "
              "Aussender. PID Presse- und Informationsdienst der Stadt Wien'), and from the city's end mark '(Schluss) ato/esl' "
              "run onto the last paragraph (rules 4060, 4180); the end mark, the footer lines ('OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS. www.ots.at' and the "
              "copyright line), the portal's run-together tag list ('BauernbundBlümelHintergrundKommunalesMedienÖVPWahlenWien"
              "Wien-Wahl') and its comment widget ('Comments (0)', 'Add Comment') dropped (rules 19, 4060, 4180); the service "
              "subheading, stored with a line break before its last word ('… zum' / 'Download'), is a line of its own with the "
              "break joined, and the service paragraph, stored with a line break after its colon before the web address that "
              "the portal renders as '[www.wien.gv.at/medienzentrum] (www.wien.gv.at/medienzentrum)', stays the release's text "
              "with the break joined and the rendering kept (rules 20, 3410, 4180); the published headline 'NEOS zeigen wollen "
              "mit Kontrolle in die Stadtregierung' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC_REPOST,
    paras=[NE_P1, NE_SH, NE_P2],
    # the marked clause after `Die NEOS geben sich überzeugt,` is the party's, the subject of the verb of conviction, not
    # Kern's, whose cue ends the next sentence (rules 11, 4183); the marked adverbs before `sagt Landesgeschäftsführer Philipp
    # Kern zur Rathauskorrespondenz` are his, `die Pinken` being the party whose view he states and the press service his
    # addressee (rules 12, 30), and so is the marked predicate of the Konjunktiv sentence after it, whose subject Wiederkehr is
    # its topic (rules 3, 3721, 4183); the city's platform `„virtuellen Medienzentrum“` is null (rules 24, 3064); the SPÖ, the
    # Regierung and Christoph Wiederkehr say nothing in marks; `Pinken` is the party's nickname and its alias,
    # `Landesgeschäftsführer` names only Kern (rule 44), `NEOS-Spitzenkandidat` carries the party's name (rule 33)
    quotes=[(cut(NE_P1, "„auch in einer", "zu schauen.“"), NEOS),
            ("„erfreut und demütig“", KERN),
            ("„Überraschung des Wahlkampfs“", KERN),
            ("„virtuellen Medienzentrum“", None)],
    aliases={NEOS: ["NEOS", "Pinken"],
             KERN: ["Philipp Kern", "Landesgeschäftsführer Philipp Kern"]})

# --- prnet.at repost of a PID-Rathauskorrespondenz release, 11 October 2020: Wölbitsch (ÖVP) on election night ---

WW_T = "Wien-Wahl 2020: ÖVP-Stadtrat Wölbitsch sieht Wahlergebnis als Auftrag für Rot-Türkis"
WW_SUB = "„Virtuelles Medienzentrum“ mit ungeschnittenem Videomaterial zum Download für Redaktionen auf wien.gv.at/medienzentrum"
WW_P1 = ("Wien (OTS/RK) „Wir haben aus der Opposition heraus gut gearbeitet und freuen uns über das großartige Wahlergebnis“ "
         "sagt nicht-amtsführender Stadtrat Markus Wölbitsch zur Rathauskorrespondenz. Dass die ÖVP auf Bundesebene Themen wie "
         "Wirtschaft, Migration und Integration angesprochen habe, hätte auch viele Wiener Wählerinnen und Wähler überzeugt. "
         "Wölbitsch sieht in den Trend-Prognosen einen Wählerauftrag für eine künftige Rot-Türkise Stadtregierung.")
WW_SH = "Service für Redaktionen: Ungekürzte Video-Interviews zum Download"
WW_P2 = ("Für Medien, die von der heutigen Wien-Wahl von außerhalb des Rathauses berichten, bietet der Presse- und "
         "Informationsdienst der Stadt Wien Interviews und O-Töne der SpitzenkandidatInnen und –politikerInnen der wahlwerbenden "
         "Parteien im „virtuellen Medienzentrum“ kostenlos zur Verfügung: www.wien.gv.at/medienzentrum")

add(id="ho682-prnet-rk-2020-10-11-wien-wahl-oevp-woelbitsch",
    title=WW_T,
    url="https://prnet.at/wien-wahl-2020-oevp-stadtrat-woelbitsch-sieht-wahlergebnis-als-auftrag-fuer-rot-tuerkis-pid-presse/",
    retrieved="same address (election-night release of Vienna's PID-Rathauskorrespondenz of Sunday, 11 October 2020, the day of "
              "the Vienna election, as reposted by the press portal prnet.at, dated by the release's 'von der heutigen "
              "Wien-Wahl' and its place in the city's election-night series; the repost keeps the dateline 'Wien (OTS/RK)' "
              "without a dash, the subtitle, the city's end mark '(Schluss) ato/esl' run onto the last paragraph and the "
              "contact block 'PID-Rathauskorrespondenz Presse- und Informationsdienst der Stadt Wien (MA 53) Stadtredaktion, "
              "Diensthabende/r Redakteur/in 01 4000-81081 dr@ma53.wien.gv.at www.wien.gv.at/presse', from which the sender is "
              "read (rules 4060, 4180); the portal's suffix ' | PID Presse' after the headline, the end mark, the contact "
              "heading and block, the portal's lines '[ad_2]' and 'Quelle' and the APA-OTS footer ('OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER' / 'INHALTLICHER VERANTWORTUNG DES AUSSENDERS. www.ots.at', '(C) "
              "Copyright APA-OTS Originaltext-Service GmbH und der jeweilige Aussender.') dropped (rules 19, 4060, 4180); "
              "headline, subtitle and the service subheading kept as lines of their own and the service paragraph kept as the "
              "release's text (rule 3410); the published quotation without a comma before 'sagt' and 'Rot-Türkise' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_PUBLIC_REPOST_PRNET,
    paras=[WW_SUB, WW_P1, WW_SH, WW_P2],
    # the city's platform in marks in the subtitle and in the service paragraph is null (rules 24, 3064); the quotation before
    # `sagt nicht-amtsführender Stadtrat Markus Wölbitsch zur Rathauskorrespondenz` is his, the press service his addressee
    # (rules 12, 30); the unmarked Konjunktiv sentence on the ÖVP's federal themes and his unmarked view of the prognoses carry
    # no span (rule 5); the ÖVP, the Wähler, the Trend-Prognosen and the Stadtregierung say nothing in marks; the headline's
    # `ÖVP-Stadtrat Wölbitsch` carries the party's name and is no alias (rule 33)
    quotes=[("„Virtuelles Medienzentrum“", None),
            (cut(WW_P1, "„Wir haben", "Wahlergebnis“"), WOELBITSCH),
            ("„virtuellen Medienzentrum“", None)],
    aliases={WOELBITSCH: ["Markus Wölbitsch", "Wölbitsch"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 24 November 2020: the ÖVP's new Rathausklub before the constituent sitting ---

RO_T = "Wiener ÖVP will mit Rathausklub „solide Opposition“ sein"
RO_P1 = ("Wien (OTS/RK) - Der Rathausklub der Wiener ÖVP hat heute, Dienstag, im Vorfeld der konstituierenden "
         "Gemeinderatssitzung ihr neues Team mit 22 Abgeordneten und zwei nicht-amtsführenden StadträtInnen bei einem Fototermin "
         "vor dem Rathaus vorgestellt. „Als größte Oppositionspartei in dieser Stadt werden wir in den nächsten Jahren gute, "
         "solide und verlässliche Arbeit machen und der rot-pinken Stadtregierung genau auf die Finger schauen“, so der neue "
         "Klubobmann der ÖVP, Markus Wölbitsch-Milan.")
RO_P2 = ("Seit 9 Uhr tagt der Wiener Gemeinderat zum 1. Mal in der laufenden Wahlperiode. Einen Livestream von der "
         "konstituierenden Sitzung gibt es auf www.wien.gv.at.")

add(id="ho682-ots-rk-2020-11-24-oevp-rathausklub-solide-opposition-woelbitsch",
    title=RO_T,
    url="https://www.ots.at/presseaussendung/OTS_20201124_OTS0041/wiener-oevp-will-mit-rathausklub-solide-opposition-sein",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, Tuesday, 24 November 2020 by "
              "its OTS number and the release's 'heute, Dienstag', the day of the Gemeinderat's constituent sitting after the "
              "election of 11 October 2020; the sender is read from the dateline code 'Wien (OTS/RK) -' and the release's own "
              "voice (the closing paragraph on the sitting and the city's livestream; rules 3410, 3550, 4180); the stored copy "
              "ends after its second paragraph, before any contact block; the published 'ihr neues Team' after 'Der "
              "Rathausklub' kept (rule 20); used as stored)",
    license=APA_OTS_PUBLIC,
    paras=[RO_P1, RO_P2],
    # the headline's marked `„solide Opposition“`, whose subject is the Wiener ÖVP, condenses the words that the body gives its
    # new Klubobmann, who speaks for the party in the first person plural (`Als größte Oppositionspartei … werden wir … gute,
    # solide … Arbeit machen`), and is his (rules 26, 4181); the quotation before `so der neue Klubobmann der ÖVP, Markus
    # Wölbitsch-Milan` is his (rule 30); the Rathausklub, the Wiener ÖVP, the Abgeordneten, the StadträtInnen, the rot-pinke
    # Stadtregierung and the Gemeinderat say nothing in marks; `Klubobmann der ÖVP` carries the party's name and is no alias
    # (rule 33)
    quotes=[("„solide Opposition“", WOELBITSCH_MILAN),
            (cut(RO_P1, "„Als größte", "auf die Finger schauen“"), WOELBITSCH_MILAN)],
    aliases={WOELBITSCH_MILAN: ["Markus Wölbitsch-Milan"]})
