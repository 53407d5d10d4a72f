# Four-hundred-and-fifty-first held-out German real-news set (tests/data/heldout451-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets (among them rule 2250 of the
# four-hundred-and-thirty-second set on LPA pages) and the new rules of this set, 2350-2352). None of these pages is in any
# tests/data/*.jsonl or in another helper's worktree (checked by article id, headline and two or more distinctive phrases and
# the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifty-first held-out set": seven news items of the press office of the
# Autonomous Province of Bolzano - South Tyrol (Landespresseamt / Agentur für Presse und Kommunikation, LPA) of 2022-2025, as
# shown by the news modules of provinz.bz.it / provincia.bz.it (licence LPA_BZ, defined in the four-hundred-and-thirty-second
# set). Items of the Province's newer layout: headline, subtitle, a dateline `BOZEN (LPA). ` and closing initials
# `LPA/red/pir` (rule 2350). Speakers other than those of the earlier LPA sets: the Landesräte Luis Walcher (agriculture),
# Ulli Mair (housing), Peter Brunner (environment) and Daniel Alfreider (mobility) of the government elected in 2024, the
# Tyrolean Landesrat René Zumtobel, and the three Landeshauptleute of the Euregio (Maurizio Fugatti, Arno Kompatscher, Anton
# Mattle) speaking jointly. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 2250, 2350), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import LPA_BZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WALCHER = "Luis Walcher"
MAIR = "Ulli Mair"
BRUNNER = "Peter Brunner"
ZUMTOBEL = "René Zumtobel"
ALFREIDER = "Daniel Alfreider"
FUGATTI = "Maurizio Fugatti"


def upto(p, end):
    """The quotation that starts at p's first quotation mark and ends with `end` (which includes the closing mark)."""
    i = p.index("\"")
    return p[i:p.index(end, i) + len(end)]


def between(p, start, end):
    """The quotation that starts with `start` (its opening mark) and ends with `end` (its closing mark)."""
    i = p.index(start)
    return p[i:p.index(end, i) + len(end)]


# --- provincia.bz.it (Tag der Autonomie, news archive), 17 February 2025: Luis Walcher and Marco Galateo after one year ---

LR_T = "#1 Galateo und Walcher: Ländlichen Raum stärken, Zukunft gestalten"
LR_S = ("Landesrat Luis Walcher und Landesrat Marco Galateo haben am 17. Februar Schwerpunkte ihrer Arbeit nach einem Jahr in "
        "der Südtiroler Landesregierung dargelegt")
LR_P1 = ("BOZEN (LPA). Sie sind beide zum ersten Mal Mitglieder der Südtiroler Landesregierung: Landesrat Luis Walcher und "
         "Landesrat Marco Galateo haben am 17. Februar nach einem Jahr ihrer Arbeit einen Überblick über Geleistetes gegeben "
         "und ihre Vorhaben für die Zukunft vorgestellt.")
LR_H2 = "\"Stärkung des ländlichen Raums\""
LR_P3 = ("Sein Hauptanliegen sei die Stärkung des ländlichen Raums, unterstrich der für Landwirtschaft, Forstwirtschaft und "
         "Tourismus zuständige Landesrat Luis Walcher: \"Das ländliche Wegenetz, und das sind einige tausend Kilometer, ist "
         "das Um und Auf, um in Südtirol zu arbeiten und zu leben.\" Landesrat Walcher nannte als seine große Aufgabe, den "
         "ländlichen Raum bestmöglich zu leben und zu erleben. \"Die Landwirtschaft ist eine tragende Säule im ländlichen "
         "Raum, deshalb gilt es auch, Infrastruktur der Zukunft zu unterstützen, indem wir auf die Innenmechanisierung für die "
         "Milchbauernhöfe setzen“, führte er aus.")
LR_P4 = ("Auch in den landestierärztlichen Dienst sei investiert worden. Für Innovation und Forschung steht auch das "
         "Versuchszentrum Laimburg, das heuer sein 50-jähriges Bestehen begeht, etwa mit dem mehrjährigen Forschungsprogramm "
         "Nuts & Herbs für die Nischenprodukte Nüsse und Kräuter.")

add(id="ho451-lpa-2025-02-galateo-walcher-laendlicher-raum",
    title=LR_T,
    url="https://provincia.bz.it/autonomietag/news-archiv.asp?news_action=4&news_article_id=688982",
    retrieved="same address (LPA news item 688982 of 17 February 2025 in the news archive module of the Province's 'Tag der "
              "Autonomie' pages, German text under the Italian host name; the date from the item's 'am 17. Februar' and the "
              "LPA announcement 688854 of the '#1 Jahr Landesregierung' media talk with Galateo and Walcher on Monday 17 "
              "February (the government elected on 1 February 2024); the section lines 'News / Archiv' and 'News' dropped "
              "(rules 2250, 2350); headline as title, subtitle and quoted subheading as lines of their own (rules 13, 18), "
              "the dateline 'BOZEN (LPA). ' kept (rule 2350); the fourth paragraph 'In Bezug auf die laufende Wohnreform, … "
              "\"Wir müssen froh sein, wenn wir auch in der nächsten Generation Bauern und Bäuerinnen fin', cut off in the "
              "stored copy, dropped with its unclosed quotation (rule 15))",
    license=LPA_BZ,
    paras=[LR_S, LR_P1, LR_H2, LR_P3, LR_P4],
    # the quoted subheading is Walcher's: the next sentence reports the same words in the Konjunktiv as his (`Sein
    # Hauptanliegen sei die Stärkung des ländlichen Raums, unterstrich … Luis Walcher`, rule 183); the colon quotation after
    # that cue is his too; the second body quotation opens with an ASCII mark and closes with `“` (mixed marks, rule 21) and
    # is closed by `führte er aus` (rule 8); `Landesrat` names both Walcher and Galateo, so the bare role word is no alias
    # (rule 44); Marco Galateo says nothing in the kept text
    quotes=[(LR_H2, WALCHER),
            (between(LR_P3, "\"Das ländliche", "leben.\""), WALCHER),
            (between(LR_P3, "\"Die Landwirtschaft", "setzen“"), WALCHER)],
    aliases={WALCHER: ["Luis Walcher", "Landesrat Luis Walcher", "Landesrat Walcher", "Walcher"]})

# --- provinz.bz.it (Breitband, Aktuelles), 10 February 2025: Ulli Mair and Peter Brunner after one year ---

WR_T = "#1 Mair und Brunner: Wohnraum schaffen, Bautenbestand nutzen"
WR_S = ("Landesrätin Ulli Mair und Landesrat Peter Brunner haben die Wohnreform 2025 im Blick - Aufwertung der Ortspolizei "
        "sowie eine nachhaltige Raumentwicklung und Energiezukunft weitere Themen")
WR_P1 = ("BOZEN (LPA). Sie sind beide zum ersten Mal in der Landesregierung vertreten und wollen Südtirol mit ihren Vorhaben zu "
         "einem noch attraktiveren, nachhaltigen und leistbaren Lebens- und Arbeitsraum machen: Landesrätin Ulli Mair und "
         "Landesrat Peter Brunner haben heute zu einem Jahr Landesregierung einen Überblick gegeben und ihre Vorhaben für die "
         "Zukunft vorgestellt.")
WR_H2 = "Wohnraum für Südtiroler Bevölkerung sichern"
WR_P3 = ("\"Wir wollen den Wohnungsmarkt durch ein zusätzliches Angebot entlasten, Wohnraum für die Südtiroler Bevölkerung "
         "sichern und dadurch mittel- bis langfristig bezahlbarer zu machen\", sprach die Landesrätin für Wohnbau und "
         "Sicherheit, Ulli Mair, eines ihrer Kernthemen an. Der Entwurf der Wohnreform 2025 wird seit Anfang Februar in der "
         "Landesregierung behandelt und werde in Kürze von dieser genehmigt.")
WR_P4 = ("Um die Kernziele -  die Verfügbarkeit und Leistbarkeit von Wohnraum für die Südtiroler Bevölkerung -  zu erreichen, "
         "habe man an allen relevanten Stellschrauben angesetzt: \"Zum einen wird die Wohnbauförderung drastisch vereinfacht "
         "und optimiert sowie durch neue Förderschienen, wie zinsbegünstigte Darlehen und ein überarbeitetes Bausparmodell, "
         "ergänzt\", erklärte Mair. Zum anderen werde die Sozialbindung verlängert, die Konventionierungspflicht bei neuen "
         "Wohnbauzonen erweitert und die Kontrollen verschärft, um Missbrauch einzudämmen. Ein besonderer Fokus liege auch auf "
         "der Stärkung des Mietmarktes, \"wo wir unter anderem durch die Einführung des Modells des gemeinnützigen "
         "Wohnungsbaus mehr Angebot sicherstellen wollen\", verdeutlichte Mair. Details des Gesetzentwurfs werden im Rahmen "
         "einer Pressekonferenz, die am 18. Februar stattfinden wird, erläutert.")

add(id="ho451-lpa-2025-02-mair-brunner-wohnreform",
    title=WR_T,
    url="https://provinz.bz.it/informatik-digitalisierung/breitband/aktuelles.asp?news_action=4&news_article_id=688855",
    retrieved="same address (LPA news item 688855 in the 'Aktuelles' module of the Province's broadband pages; 'heute' in "
              "the item, 10 February 2025 by the LPA announcement 688473 ('#1: Landesregierung ist seit einem Jahr im Amt'), "
              "which names 10 February for Brunner and Mair; the section line 'Aktuelles' and empty lines dropped (rules "
              "2250, 2350); headline as title, subtitle and subheading as lines of their own (rules 13, 18), the dateline "
              "'BOZEN (LPA). ' kept; the published double spaces after the dashes in 'Kernziele -  die' and 'Bevölkerung -  "
              "zu' kept (rule 20), the space at the end of the fourth and fifth lines dropped (rule 2350); the subheading "
              "'Nachhaltige Raumentwicklu', cut off in the stored copy, dropped with the section it opens (rule 15))",
    license=LPA_BZ,
    paras=[WR_S, WR_P1, WR_H2, WR_P3, WR_P4],
    # `sprach die Landesrätin …, Ulli Mair, eines ihrer Kernthemen an` is a cue of saying with its object (like `erklärt
    # Laimer die Verkleinerung …` in the four-hundred-and-thirty-second set); the partial quotation after `Ein besonderer
    # Fokus liege auch auf …` in the Konjunktiv is hers, closed by `verdeutlichte Mair` (rule 3); `Landesrätin` names only her
    # (Brunner is `Landesrat`), so it is an alias (rule 44); Peter Brunner says nothing in the kept text
    quotes=[(upto(WR_P3, "machen\""), MAIR),
            (between(WR_P4, "\"Zum einen", "ergänzt\""), MAIR),
            (between(WR_P4, "\"wo wir", "wollen\""), MAIR)],
    aliases={MAIR: ["Ulli Mair", "Landesrätin Ulli Mair", "Mair", "Landesrätin"]})

# --- provinz.bz.it (Breitband, Aktuelles), [2025]: Peter Brunner meets René Zumtobel in Innsbruck ---

KS_T = "Klimastrategie: Südtirol und Tirol tauschen sich aus"
KS_S = ("Landesrat Peter Brunner trifft in Innsbruck auf den Tiroler Amtskollegen René Zumtobel - Wichtiger Austausch zu "
        "Umwelt-, Natur- und Klimaschutz")
KS_P1 = ("BOZEN/INNSBRUCK (LPA). Einen intensiven Austausch und mehr grenzübergreifende Zusammenarbeit haben Peter Brunner, "
         "der Landesrat für Raumentwicklung, Natur-, Klima- und Umweltschutz sowie Energie und Sport und sein Tiroler "
         "Amtskollege, Natur- und Klimaschutzlandesrat René Zumtobel, bei einem Treffen in Innsbruck vereinbart.")
KS_P2 = ("Im Mittelpunkt des Treffens standen der Klimaplan Südtirol und die Tiroler Nachhaltigkeits- und Klimastrategie, "
         "wobei sich die beiden Landesräte vor allem darüber austauschten, wie der Beteiligungsprozess in beiden Ländern "
         "verlaufen ist. \"In Südtirol haben die Beteiligungsformate Klimabürgerrat und Stakeholder Forum mit großem "
         "Engagement konkrete und umsetzbare Maßnahmen für den Klimaplan ausgearbeitet. Diese stellen eine wertvolle "
         "Ergänzung dar und schließen auch unterschiedliche Perspektiven der Gesellschaft mit ein\", so Landesrat Brunner.")
KS_P3 = ("\"Bei der Ausarbeitung der Strategien, einen partizipativen Weg zu wählen, hat sich in Tirol und Südtirol als "
         "Mehrwert erwiesen\", betonte Zumtobel. Unterstrichen wurde von beiden Landesräten die Vorbildfunktion, die die "
         "Landesverwaltungen im Umwelt- und Klimabereich ausüben würden. \"Land und Gemeinden gehen mit gutem Beispiel voran, "
         "tätigen Investitionen und fördern verschiedene Vorhaben.\"")
KS_P4 = ("Alexander Gruber, der Direktor des Ressorts Umwelt-, Natur- und Klimaschutz, Energie, Raumentwicklung und Sport, "
         "berichtete über die nachhaltige Energieproduktion in Südtirol, konkret über das Potenzial der Wasserkraft und den "
         "Ausbau der Photovoltaik-Energie.")
KS_P5 = ("Angesprochen wurden beim Treffen auch die in den jeweiligen Ländern bestehenden Naturparke und ihre wichtige "
         "gesellschaftliche Aufgabe.")

add(id="ho451-lpa-2025-brunner-zumtobel-klimastrategie",
    title=KS_T,
    url="https://www.provinz.bz.it/informatik-digitalisierung/breitband/aktuelles.asp?news_action=4&news_article_id=691646",
    retrieved="same address (LPA news item 691646 in the 'Aktuelles' module of the Province's broadband pages; undated in "
              "the stored copy, 2025 by its number (between the items 688982 of 17 February and 693350 of 21 October 2025) "
              "and its content (Brunner Landesrat since 2024, the Klimabürgerrat of the Klimaplan Südtirol); the section "
              "line 'Aktuelles' dropped (rules 2250, 2350); headline as title, subtitle as a line (rules 13, 18), the "
              "dateline 'BOZEN/INNSBRUCK (LPA). ' kept; the last paragraph 'Brunner und Zumtobel vereinbarten, dass die "
              "grenzübergreifende Zusammenarbeit bei den Themen Umwelt-, Na', cut off in the stored copy, dropped (rule 15))",
    license=LPA_BZ,
    paras=[KS_S, KS_P1, KS_P2, KS_P3, KS_P4, KS_P5],
    # the cue-less quotation after `Unterstrichen wurde von beiden Landesräten die Vorbildfunktion, …` is the two ministers'
    # joint statement and goes to the first named, Brunner; Zumtobel, who has a quotation of his own, is not made an alias
    # of it (rules 27, 750, 2351); `Landesrat` and `Landesräte` name both, and `Tiroler Amtskollege(n)` names Tirol, so none
    # is an alias (rules 33, 44); the director Alexander Gruber says nothing in marks
    quotes=[(between(KS_P2, "\"In Südtirol", "mit ein\""), BRUNNER),
            (upto(KS_P3, "erwiesen\""), ZUMTOBEL),
            (between(KS_P3, "\"Land und", "Vorhaben.\""), BRUNNER)],
    aliases={BRUNNER: ["Peter Brunner", "Landesrat Peter Brunner", "Landesrat Brunner", "Brunner"],
             ZUMTOBEL: ["René Zumtobel", "Natur- und Klimaschutzlandesrat René Zumtobel", "Zumtobel"]})

# --- provinz.bz.it (Breitband, Aktuelles), 21 October 2025: Daniel Alfreider on the electrification of the Vinschgau line ---

VB_T = "Elektrifizierung der Vinschgerbahn stand in Schlanders im Mittelpunkt"
VB_S = ("Beim Informationsabend \"Mobilität 2025-2023\" berichtete Michael Prader von der STA vom Fortschritt des Projekts - "
        "Austausch mit lokalen politischen Vertretern und Vertreterinnen")
VB_P1 = ("SCHLANDERS/BOLZANO (LPA). In der BASIS Vinschgau in Schlanders fand am Dienstagabend, den 21. Oktober, die "
         "Veranstaltungsreihe \"Mobilität 2025-2030\" statt. Das Treffen wurde vom Ressort für Infrastrukturen und Mobilität "
         "des Landes Südtirol und der Südtiroler Transportstrukturen AG STA organisiert, um den örtlichen politischen "
         "Vertreterinnen und Vertretern die künftigen und bereits in Umsetzung befindlichen Mobilitätsprojekte für den "
         "Vinschgau vorzustellen und sich darüber auszutauschen.")
VB_P2 = ("Im Mittelpunkt des Abends stand der Bericht von Michael Prader, dem Projektverantwortlichen der STA für die "
         "Elektrifizierung der Vinschgerbahn. Unter dem Titel \"Vinschgerbahn: aktueller Stand, Herausforderungen und nächste "
         "Schritte\" berichtete Prader vom Fortschritt des Projekts und beleuchtete die noch offenen Herausforderungen. Auch "
         "gab Prader einen Ausblick auf die nächsten relevanten Schritte für die Gemeinden im westlichen Teil des Landes.")
VB_P3 = ("\"Die Vinschger Bahn hat bewiesen, dass der Zug als Rückgrat der öffentlichen Mobilität eine wirkliche Alternative "
         "zum Auto darstellt. Mit der Elektrifizierung der Vinschger Bahn wird diese öffentliche Mobilität zusätzlich "
         "potenziert und bis nach Innsbruck durchgebunden\", erklärte Daniel Alfreider, der Landesrat für Infrastrukturen und "
         "Mobilität.")
VB_P4 = ("Die Veranstaltung \"Mobilität 2025-2030\" sei dazu da, sich persönlich über wichtige Projekte zu informieren, "
         "Kontakte zu knüpfen, Anliegen zu präsentieren und offene Fragen an Landesrat Alfreider sowie die anwesenden "
         "Techniker zu richten.")

add(id="ho451-lpa-2025-10-alfreider-vinschgerbahn-schlanders",
    title=VB_T,
    url="https://www.provinz.bz.it/informatik-digitalisierung/breitband/aktuelles.asp?news_action=4&news_article_id=693350",
    retrieved="same address (LPA news item 693350 in the 'Aktuelles' module of the Province's broadband pages; the date of "
              "the event from the item's 'am Dienstagabend, den 21. Oktober', 2025 by the series name 'Mobilität 2025-2030' "
              "and the item number; the section line 'Aktuelles' and the closing initials 'LPA/red/pir' dropped (rules "
              "2250, 2350); headline as title, subtitle as a line (rules 13, 18), the dateline 'SCHLANDERS/BOLZANO (LPA). ' "
              "kept; the subtitle's published 'Mobilität 2025-2023' (the body has '2025-2030') kept (rule 20); complete in "
              "the stored copy)",
    license=LPA_BZ,
    paras=[VB_S, VB_P1, VB_P2, VB_P3, VB_P4],
    # the event series' name (three times, two spellings; the repeated one by occurrence index) and the title of Prader's
    # talk after `Unter dem Titel` are null (rule 24), also where the Konjunktiv sentence reports what the event is for; the
    # one statement is Alfreider's, cue after the quotation with an apposition naming his office; `Landesrat` names only him
    # in the text; Michael Prader, whose talk is reported, says nothing in marks
    quotes=[("\"Mobilität 2025-2023\"", None),
            ("\"Mobilität 2025-2030\"", None, 0),
            ("\"Vinschgerbahn: aktueller Stand, Herausforderungen und nächste Schritte\"", None),
            (upto(VB_P3, "durchgebunden\""), ALFREIDER),
            ("\"Mobilität 2025-2030\"", None, 1)],
    aliases={ALFREIDER: ["Daniel Alfreider", "Landesrat Alfreider", "Alfreider", "Landesrat"]})

# --- provinz.bz.it (Breitband, Aktuelles), [November 2025]: Luis Walcher and the agriculture committee of the Chamber ---

AK_T = "Kommission für Landwirtschaft informiert sich in Südtirol"
AK_S = ("Mitglieder der Kommission für Landwirtschaft des römischen Parlaments tauschen sich in Südtirol mit "
        "Landwirtschaftslandesrat Walcher über Obstbau, Weinbau und Milchwirtschaft aus")
AK_P1 = ("BOZEN (LPA). Die Ständige Kommission für Landwirtschaft (Commissione Agricoltura) in der Abgeordnetenkammer des "
         "italienischen Parlaments mit Kammerabgeordnetem Manfred Schullian hat sich in diesen Tagen ein Bild von der "
         "Landwirtschaft in Südtirol verschafft. \"Südtirols Landwirtschaft ist geprägt von kleinen, familiengeführten "
         "Betrieben – eine Realität, die uns von vielen anderen Gebieten in Italien unterscheidet\", unterstreicht "
         "Landwirtschaftslandesrat Luis Walcher: \"Es ist entscheidend, diese Besonderheiten klar zu vermitteln und den "
         "direkten Austausch zu pflegen, damit politische Entscheidungen auf nationaler Ebene realitätsnah und für Südtirol "
         "umsetzbar getroffen werden.\"")
AK_P2 = ("Am ersten Tag stand ein Besuch der Alpenländischen Landwirtschaftsschau Agrialp in der Messe Bozen auf dem Programm. "
         "Bei anschließenden Führungen durch die Obstgenossenschaft Cafa mit Obmann Markus Pircher in Meran und mit dem Obmann "
         "des Verbandes der Südtiroler Obstgenossenschaften VOG Georg Kössler im Haus des Apfels in Terlan erhielten die "
         "Kommissionsmitglieder einen Überblick über die Apfelsorten, die in Südtirol von 6000 Bäuerinnen und Bauern angebaut "
         "werden.")

add(id="ho451-lpa-2025-11-walcher-agrarkommission-kammer",
    title=AK_T,
    url="https://provinz.bz.it/informatik-digitalisierung/breitband/aktuelles.asp?news_action=4&news_article_id=693904",
    retrieved="same address (LPA news item 693904 in the 'Aktuelles' module of the Province's broadband pages; undated in "
              "the stored copy ('in diesen Tagen'), November 2025 by its number (after item 693350 of 21 October 2025) and "
              "the visit to the biennial Agrialp fair in the Messe Bozen; the section line 'Aktuelles' and empty lines "
              "dropped (rules 2250, 2350); headline as title, subtitle as a line (rules 13, 18), the dateline 'BOZEN (LPA). ' "
              "kept; the space at the end of the second paragraph dropped (rule 2350); the third paragraph 'Der Leiter der "
              "Arbeitsgruppe Pomologie … Matthias Bertagnolli vom Bauern', cut off in the stored copy, dropped (rule 15))",
    license=LPA_BZ,
    paras=[AK_S, AK_P1, AK_P2],
    # one statement split by its cue: the first part before `unterstreicht Landwirtschaftslandesrat Luis Walcher:`, the second
    # after the colon, two spans (NOTES.md split quotes, rule 9); the committee's Italian name in parentheses has no marks;
    # the deputy Manfred Schullian and the cooperative heads say nothing in marks
    quotes=[(upto(AK_P1, "unterscheidet\""), WALCHER),
            (between(AK_P1, "\"Es ist", "werden.\""), WALCHER)],
    aliases={WALCHER: ["Luis Walcher", "Landwirtschaftslandesrat Luis Walcher", "Landwirtschaftslandesrat Walcher",
                       "Walcher"]})

# --- provinz.bz.it (news, RSS module), 24 November 2022: the three Euregio Landeshauptleute meet in Trento ---

EU_T = "Euregio: Fugatti, Kompatscher und Mattle in Trient zusammengetroffen"
EU_S = ("Die drei Landeshauptleute der Europaregion haben sich am Rande des Eusalp-Jahresforums in Trient zu Nachhaltigkeit "
        "und Verkehr ausgetauscht. Erstmals war der neue Tiroler Landeshauptmann Mattle dabei.")
EU_P1 = ("Das Jahresforum der Strategie der Europäischen Union für den Alpenraum (Eusalp) am heutigen Donnerstag (24. "
         "November) in Trient war auch Gelegenheit für ein Gespräch der drei Landeshauptleute der Europaregion "
         "Tirol-Südtirol-Trentino. Maurizio Fugatti, Landeshauptmann des Trentino und amtierender Euregio-Präsident, begrüßte "
         "gemeinsam mit Südtirols Landeshauptmann Arno Kompatscher den neuen Tiroler Landeshauptmann Anton Mattle.")
EU_P2 = ("Im Mittelpunkt des freundschaftlichen Treffens stand die Erörterung wichtiger Themen, von der ökologischen "
         "Nachhaltigkeit bis zum Verkehr. \"Wir sind hier, um nach Lösungen zu suchen, die der Entwicklung der Euregio zugute "
         "kommen und um den Bürgerinnen und Bürgern Antworten auf die grundlegenden Fragestellungen zu geben, die unsere "
         "Gebiete beschäftigen\", so die Botschaft von Fugatti, Kompatscher und Mattle.")

add(id="ho451-lpa-2022-11-euregio-fugatti-kompatscher-mattle",
    title=EU_T,
    url="https://provinz.bz.it/news/de/rss.asp?news_action=4&news_article_id=671455",
    retrieved="same address (LPA news item 671455 in the Province's news module as served for its RSS feed; '(24. "
              "November)' in the item, 2022 by its content (Anton Mattle new Landeshauptmann of Tyrol since October 2022, "
              "Fugatti the Euregio president of 2021-2023); the line 'Link zur Originalaussendung mit den eventuellen "
              "dazugehörigen Fotos, Videos und Dokumenten' and the closing initials 'red/mpi' dropped (rule 2350); headline "
              "as title, the teaser as its own line (rules 13, 18); complete in the stored copy)",
    license=LPA_BZ,
    paras=[EU_S, EU_P1, EU_P2],
    # `so die Botschaft von Fugatti, Kompatscher und Mattle`: a joint statement, canonical the first named with his fullest
    # form, the co-speakers (who have no quotation of their own) and the joint forms as aliases (rules 27, 750); the role word
    # `Landeshauptmann` and the forms naming a Land (`Südtirols Landeshauptmann …`, `Tiroler Landeshauptmann …`) are not
    # listed (rules 33, 44)
    quotes=[(upto(EU_P2, "beschäftigen\""), FUGATTI)],
    aliases={FUGATTI: ["Maurizio Fugatti", "Fugatti", "Arno Kompatscher", "Kompatscher", "Anton Mattle", "Mattle",
                       "Fugatti, Kompatscher und Mattle", "drei Landeshauptleute"]})

# --- provinz.bz.it (roads, News), [July 2023]: media talk of Massimo Bessone at the end of the legislature (announcement) ---

BI_T = "#Bilanz 18_23: Mediengespräch mit Landesrat Bessone am 24. Juli"
BI_S = ("Zum Ende der Legislaturperiode lädt Landesrat Massimo Bessone am 24. Juli zum Mediengespräch ins Landhaus 8 ein. "
        "Dabei wird er Bilanz über die Entwicklungen in seinem Zuständigkeitsbereich ziehen.")
BI_P1 = ("Mit dem laufenden Jahr endet die Amtsperiode 2018-2023 der Südtiroler Landesregierung. Im Rahmen einer Reihe von "
         "Pressekonferenzen ziehen die Landesregierungsmitglieder Bilanz über ihre Zuständigkeitsbereiche. Massimo Bessone, "
         "Landesrat für Hochbau, Grundbuch, Kataster und Vermögen, lädt zum Ende seiner Amtszeit zu einer Pressekonferenz am")
BI_L2 = "Montag, 24. Juli 2023,"
BI_L3 = "um 9.30 Uhr"
BI_L4 = "in Bozen, Rittnerstraße 5, Landhaus 8, Saal 0.02 - Erdgeschoss"
BI_L5 = "ein."
BI_P6 = ("Unter dem Titel \"Arbeiten 360 Grad\" wird Landesrat Bessone auf die Projekte und Arbeiten zurückblicken, die in den "
         "letzten fünf Jahren in den Bereichen Hochbau und Vermögen (Schulen, Gesundheits- und Sozialeinrichtungen, "
         "Maßnahmen gegen den Verfall und zur Reduzierung geologischer Risiken, Sanierung von Schutzhütten, Renovierung der "
         "Landesämter), Grundbuch und Kataster (Digitalisierung) verwirklicht oder geplant wurden. Im Rahmen des Gesprächs "
         "wird der Landesrat auch nach vorne blicken und Informationen über zukünftige Projekte geben.")
BI_H7 = "Hinweis an die Medien: Terminverschiebung bei Pressekonferenzen"
BI_P8 = ("Aufgrund von Terminänderungen endet die Reihe der Pressekonferenzen der Landesregierungsmitglieder zum Abschluss der "
         "laufenden Amtsperiode nicht wie ursprünglich angekündigt am 7., sondern am 10. August.")
BI_P9 = ("Bereits stattgefunden haben die Pressekonferenzen von Landesrätin Maria Hochgruber Kuenzer (7. Juli), Landesrat "
         "Giuliano Vettorato (13. Juli) und Landesrätin Waltraud Deeg (17. Juli).")

add(id="ho451-lpa-2023-07-bessone-bilanz-mediengespraech",
    title=BI_T,
    url="https://provinz.bz.it/tourismus-mobilitaet/strassen/news.asp?aktuelles_action=4&aktuelles_article_id=610692"
        "&news_action=4&news_article_id=676979&tiefbau%2Fvergabe-vertragsbedingungen%2Fvergabe-vertrags-bedingungen.asp"
        "%3Fredas=yes&vergbed_action=4&vergbed_article_id=27912",
    retrieved="same address, as stored with the parameters of other modules run into it (LPA news item 676979 in the news "
              "module of the Province's road pages); July 2023 by its content (the media talk on 'Montag, 24. Juli 2023' and "
              "the talks already held on 7, 13 and 17 July); the section line 'News' and empty lines dropped (rules 2250, "
              "2350); headline as title, lead as a line (rules 13, 18); the date, time and place lines of the invitation, "
              "which stand inside the sentence 'lädt … zu einer Pressekonferenz am … ein.', kept as lines (rule 2352), "
              "their trailing spaces dropped (rule 2350); the last paragraph 'Nach der oben angekündigten Pressekonferenz von "
              "Landesrat Massimiliano Bessone folgen jene der Landesräte … und von Landeshauptmann Arno Kompatscher (10. "
              "Augu', cut off in the stored copy, dropped (rule 15))",
    license=LPA_BZ,
    paras=[BI_S, BI_P1, BI_L2, BI_L3, BI_L4, BI_L5, BI_P6, BI_H7, BI_P8, BI_P9],
    # an announcement: the one marked span is the title of the media talk after `Unter dem Titel`, null although the
    # sentence's subject is the minister who will speak under it (rules 24, 2352); no speaker in the document
    quotes=[("\"Arbeiten 360 Grad\"", None)],
    aliases={})
