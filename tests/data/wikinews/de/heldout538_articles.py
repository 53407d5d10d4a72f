# Five-hundred-and-thirty-eighth held-out German real-news set (tests/data/heldout538-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3070-3073). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number or
# portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-eighth held-out set": eight press releases of three German
# companies sent over the ots service of news aktuell, none of whose releases an earlier set used: five of Tchibo (its
# share in TransFair's world record "Kaffee.Pause.Fair", September 2009, in Tchibo's newsroom 9283 on presseportal.de,
# licence OTS_FIRMEN; its sustainability report 2010, November 2011, as reposted by bankkaufmann.com; its first
# sustainability campaign, June 2019, and its Kaffeereport 2020, July 2020, both shown by finanznachrichten.de; the education
# project in Guatemala with Save the Children, April 2013, as reposted by pressekat.de), two of the green energy utility
# LichtBlick (its staff in night-shirts in the human chain against nuclear power, April 2010, in its newsroom 22265 on
# presseportal.de, licence OTS_FIRMEN; its chief executive on the extension of the nuclear plants' lifetimes, September
# 2010, as reposted by pressekat.de) and one of the Flughafen Köln/Bonn GmbH (the 12-millionth passenger of 2017, December
# 2017, finanznachrichten.de). The reposts are licensed as OTS_FIRMEN_REPOST. The set is small and Tchibo-heavy: the
# `search` store holds few ots releases of the companies the brief named (see SOURCES.md, what was searched). Stored copies
# are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15,
# 17), the newsroom, portal and wire furniture is dropped and the portals' line layouts undone (rules 660, 1372, 2690, 2691,
# 2695, 2770, 3070, 3072), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_FIRMEN, OTS_FIRMEN_REPOST  # noqa: E402

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


LIEDTKE = "Arnd Liedtke"
LOHRIE = "Achim Lohrie"
WIELAND = "Kathrin Wieland"
GARVENS = "Michael Garvens"
LUECKING = "Gero Lücking"
FRIEGE = "Christian Friege"

# --- Tchibo (presseportal.de, newsroom 9283), 25 September 2009: 100,000 cups of Fairtrade coffee for the world record ---

WR_T = "Mit 100.000 Tassen Fairtrade-Kaffee und Tchibo zum Weltrekord"
WR_P1 = ("Hamburg (ots) - Der Weltrekordversuch ist geglückt: Mehr als 100.000 Tassen Fairtrade-Kaffee wurden heute innerhalb "
         "einer Stunde in ganz Deutschland getrunken. Tchibo hat maßgeblich zum Erfolg der Aktion \"Kaffee.Pause.Fair\" von "
         "TransFair Deutschland beigetragen. Allein in den rund 500 teilnehmenden Tchibo Filialen mit Coffee Bar wurden in der "
         "Aktionszeit über 15.000 Tassen Fairtrade-Cappuccino gratis ausgeschenkt.")
WR_P2 = ("Es war ein ganz besonderer Weltrekordversuch: Ziel war es, in der Zeit zwischen 10:00 und 11:00 Uhr mindestens "
         "100.000 Tassen Fairtrade-Kaffee zu trinken. Tchibo, bereits seit 2007 Lizenzpartner von TransFair, unterstützte "
         "diese Aktion erfolgreich: Bereits kurz nach Beginn der Aktion herrschte in vielen Tchibo Filialen reger Andrang. Die "
         "Filialmitarbeiter zeigten großen Einsatz: Insgesamt wurden innerhalb einer Stunde in rund 500 Filialen mit Coffee "
         "Bar rund 15.000 Tassen Fairtrade-Cappuccino gratis ausgeschenkt. \"Wir freuen uns sehr, dass wir mit der Aktion "
         "einen Beitrag zum Weltrekord von TransFair leisten und die Aufmerksamkeit auf nachhaltigen Kaffeeanbau lenken "
         "konnten - dafür haben wir unsere Kunden gerne auf eine Tasse Cappuccino eingeladen\", so Arnd Liedtke, "
         "Unternehmenssprecher von Tchibo.")

add(id="ho538-presseportal-tchibo-2009-09-fairtrade-weltrekord-liedtke",
    title=WR_T,
    url="http://www.presseportal.de/pm/9283/1482505",
    retrieved="same address (Tchibo's release in its newsroom 9283 on presseportal.de on the day of the record attempt, the "
              "Tag des Kaffees of 25 September 2009 ('heute'; the date as given by two stored pages that report the same "
              "release, geld-kompakt.de and kaffeenavigator.de); the newsroom label 'Tchibo GmbH' above the headline dropped "
              "(rule 2690); the photo block under the headline, which repeats the headline and gives the caption "
              "'Gratis Fairtrade-Cappuccino für den Weltrekord: … / / Die Verwendung dieses Bildes ist für redaktionelle "
              "Zwecke honorarfrei. Abdruck bitte unter Quellenangabe: \"obs/Tchibo GmbH\"', dropped with the credit in "
              "marks it holds (rules 14, 3070); the dateline 'Hamburg (ots) -' run into the first paragraph kept as stored; "
              "the paragraph 'Doch nicht nur am Tag des Kaffees … Tchibo mit \"Privat Kaffee Schattenwald\" … (Brasil Mil', "
              "cut off in the stored copy, dropped with the coffee's name in marks it holds (rule 15))",
    license=OTS_FIRMEN,
    paras=[WR_P1, WR_P2],
    # TransFair's campaign name in marks is null (rules 24, 2692), TransFair saying nothing in marks; the quotation before
    # `so Arnd Liedtke, Unternehmenssprecher von Tchibo` is his (rule 30); the role phrase names Tchibo and is no alias
    # (rule 33); the shop staff and the customers say nothing
    quotes=[("\"Kaffee.Pause.Fair\"", None),
            (cut(WR_P2, "\"Wir freuen", "eingeladen\""), LIEDTKE)],
    aliases={LIEDTKE: ["Arnd Liedtke"]})

# --- Tchibo (ots, reposted by bankkaufmann.com), 2 November 2011: the sustainability report 2010 ---

NB_T = "Tchibo bekräftigt nachhaltige Geschäftsausrichtung (mit Bild)"
NB_DL = "Hamburg (ots) -"
NB_P1 = join("Nachhaltigkeit ist bei Tchibo fester Bestandteil der",
             "Unternehmensstrategie - das verdeutlicht erneut der gerade",
             "erschienene Nachhaltigkeitsbericht 2010.")
NB_P2 = join("\"Unser mittelfristiges Ziel ist es, alle Tchibo Produkte und",
             "Prozesse nachhaltig zu gestalten. Auf diese Weise soll die Marke",
             "Tchibo zu 100% für ökologische und soziale Verantwortung stehen\",",
             "erläutert Achim Lohrie, Direktor Unternehmensverantwortung bei",
             "Tchibo.")
NB_P3 = join("Auf dem Weg zu einer 100% nachhaltigen Marke: Kaffee: Der Anteil",
             "von nachhaltigem Kaffee am Tchibo Gesamtsortiment beträgt 2011",
             "bereits rund 13% (nach Standards wie 4C, Fairtrade, Rainforest",
             "Alliance CertifiedTM, Bio oder UTZ CERTIFIED). Über 50% der",
             "zertifizierten, nachhaltigen Kaffees, die private Haushalte in",
             "Deutschland 2011 gekauft haben, kommen von Tchibo. Bereits seit Ende",
             "2009 ist der Kaffee-Ausschank in den Tchibo Coffee Bars 100%",
             "zertifiziert nachhaltig. Ab 2012 sind alle Tchibo Privat Kaffees und",
             "das gesamte Sortiment des Kapselsystems Cafissimo zu 100% nachhaltig.",
             "Tchibo wird mittelfristig nur noch nachhaltig angebauten Rohkaffee",
             "einsetzen.")
NB_P4 = join("Baumwolle: Baumwolle in geprüfter ökologischer und sozialer",
             "Qualität steht heute noch nicht ausreichend am Weltmarkt zur",
             "Verfügung. Tchibo hat sich vorgenommen, die Nachfrage und damit das",
             "Angebot an solcher Baumwolle kontinuierlich zu steigern. Bei der",
             "verwendeten Baumwolle soll die Herkunft mittelfristig vollständig",
             "transparent sein und einem Mindeststandard für Nachhaltigkeit",
             "entsprechen, z. B. Cotton made in Africa (CmiA) oder BCI (\"Better",
             "Cotton Initiative\"). Schon heute ist Tchibo bei CmiA einer der",
             "größten Abnehmer - 2012 werden über 8,5 Mio. T-Shirts, Pullover,",
             "Hosen und Heimtextilien mit Baumwolle produziert, die diesen",
             "Basisanforderungen oder sogar dem Organic Cotton Standard",
             "entsprechen.")

add(id="ho538-ots-tchibo-2011-11-lohrie-nachhaltigkeitsbericht",
    title=NB_T,
    url="http://www.bankkaufmann.com/meldung-361148.html",
    retrieved="same address (Tchibo's release on its sustainability report 2010, sent over ots ('Hamburg (ots) -') and "
              "reposted by the banking and finance news portal bankkaufmann.com, 'Geschrieben am 02-11-2011'; the portal's "
              "login link '(Registrieren)' above the headline and its date line 'Geschrieben am 02-11-2011' dropped (rule "
              "3070); the headline with the wire's '(mit Bild)' kept as published (rule 2690); the dateline 'Hamburg (ots) "
              "-' a line of its own as stored; the copy is hard-wrapped with an empty line between paragraphs: wrapped lines "
              "joined with one space, the breaks kept at the empty lines (rule 660); the sender told by the dateline and the "
              "release's own voice (its head of corporate responsibility quoted, 'Tchibo hat sich vorgenommen'); the "
              "paragraph 'Sozialstandards bei Non Food Lieferanten: Bis Ende 2011 werden 115 strat', cut off in the stored "
              "copy, dropped (rule 15); the published 'CertifiedTM' and '100%' without space kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[NB_DL, NB_P1, NB_P2, NB_P3, NB_P4],
    # the quotation before `erläutert Achim Lohrie, Direktor Unternehmensverantwortung bei Tchibo` is his (rule 3); the
    # initiative's name in marks in the brackets after its abbreviation is null (rules 2, 24), the wrap inside it undone;
    # the role phrase names Tchibo and is no alias (rule 33)
    quotes=[(cut(NB_P2, "\"Unser", "stehen\""), LOHRIE),
            ("\"Better Cotton Initiative\"", None)],
    aliases={LOHRIE: ["Achim Lohrie"]})

# --- Tchibo (ots, shown by finanznachrichten.de), June 2019: the campaign "Nachhaltig Leben. Jeden Tag." ---

NL_DL = "Hamburg (ots) -"
NL_P1 = ("Unser aller Handeln beeinflusst das Leben der nächsten Generationen massiv. Deshalb hat sich das Familienunternehmen "
         "Tchibo bereits vor über 13 Jahren ganz der Nachhaltigkeit verpflichtet. Um seine Haltung zu ökologischer und "
         "sozialer Gerechtigkeit darzulegen und erlebbar zu machen, startet das Hamburger Unternehmen ab dem 9. Juli in "
         "Deutschland, Österreich und der Schweiz seine erste umfassende Nachhaltigkeitskampagne in den Depots im "
         "Einzelhandel, den Filialen und Online-Shops.")
NL_H1 = "Wie kann jeder Einzelne von uns täglich nachhaltiger leben?"
NL_P2 = ("Von Flensburg bis Garmisch: In über 600 Filialen und 8.000 Supermärkten wird allein in Deutschland das Motto "
         "\"Nachhaltig Leben. Jeden Tag.\" auf unterschiedlich großen Ausstellungsflächen mit bis zu 24 qm großen Häusern aus "
         "natürlichen Materialien erleb- und begehbar gemacht.")
NL_P3 = ("Kunden erhalten hier Inspiration und erfahren Wissenswertes zu Produkten für eine nachhaltige Gestaltung des "
         "Alltags: etwa Frischhaltetücher aus Bienenwachs (als Ersatz für Frischhalte- oder Alufolie), Mehrwegboxen, Putz- und "
         "Reinigungsbürsten aus recyceltem Material. Aber auch Kleidung aus recyceltem Meeresmüll oder PET-Flaschen sowie eine "
         "große Auswahl von Textilien aus Bio-Baumwolle werden angeboten. Ebenso ein reichhaltiges Sortiment an nachhaltigen "
         "Kaffees: Wie der neue BIO Kaffee aus Äthiopien, der zu 100 % aus ökologischem Anbau stammt und "
         "Rainforest-Alliance zertifiziert ist.")
NL_P4 = ("Tchibo hat in den vergangenen 13 Jahren intensiv daran gearbeitet, Produkte und Lieferketten verantwortlicher zu "
         "gestalten. 86 % der von Tchibo eingekauften Baumwolle stammen aus nachhaltigeren Quellen. 51 verschiedene "
         "Kaffeesorten kommen aus nachhaltigem Anbau.")

add(id="ho538-ots-tchibo-2019-06-nachhaltig-leben-kampagne",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-06/47045747-nachhaltiger-leben-jeden-tag-tchibo-startet-erste-"
        "grosse-nachhaltigkeitskampagne-in-deutschland-oesterreich-und-der-schweiz-007.htm",
    retrieved="same address (Tchibo's release of June 2019 on its first sustainability campaign from 9 July, 'Nachhaltiger "
              "leben. Jeden Tag. Tchibo startet erste große Nachhaltigkeitskampagne …' (title by the address only), sent "
              "over ots and shown by finanznachrichten.de; the crawl date prefix ' date 2019-06' dropped (rule 63); no "
              "headline in the copy, which begins with the dateline 'Hamburg (ots) -' as a line of its own (rules 32, "
              "2770); the subheading kept as a line of its own; the empty lines between paragraphs dropped; the paragraph "
              "'Nanda Bergstein, Direktorin Unternehmensverantwortung: \"Für Tchibo ist Nachhaltigkeit Teil der DNA … Seit "
              "über 13 Jah', cut off in the stored copy inside her quotation, dropped with it (rule 15); the sender told by "
              "the dateline and the release's own voice ('das Familienunternehmen Tchibo', 'das Hamburger Unternehmen'))",
    license=OTS_FIRMEN_REPOST,
    paras=[NL_DL, NL_P1, NL_H1, NL_P2, NL_P3, NL_P4],
    # the campaign's motto in marks, two sentences with their full stops inside the marks, is null (rules 24, 2692); the
    # subheading's question has no marks and no speaker (rule 5); the only quotation of a person fell with the cut-off last
    # paragraph (rule 15), so the document has no quotation with a speaker
    quotes=[("\"Nachhaltig Leben. Jeden Tag.\"", None)],
    aliases={})

# --- Tchibo (ots, shown by finanznachrichten.de), July 2020: the Tchibo Kaffeereport 2020 ---

KR_P1 = ("Hamburg (ots) - Kaffee ist der \"Glücklichmacher\". Über die Hälfte (54,1 Prozent) der Deutschen greift täglich zum "
         "Kaffee, wenn es ihnen schlecht geht. Nur 11,6 Prozent zu Süßigkeiten und 3,1 Prozent zu Alkohol. Das ergab die "
         "repräsentative Umfrage unter mehr als 5.000 Kaffeetrinkern in Deutschland, die Tchibo zusammen mit brand eins und "
         "Statista für den Tchibo Kaffeereport 2020 durchgeführt hat. Schwerpunkt des über 100 Seiten umfassenden Dokuments ist "
         "in diesem Jahr \"Kaffee und Verantwortung\". Seelentröster mit gutem Gewissen: Mehr als jeder Dritte in Deutschland "
         "(34,1 Prozent) trinkt täglich nachhaltigen Kaffee. Zusammen mit denen, die mehrmals pro Woche nachhaltig Kaffee "
         "trinken, sind es sogar über 48 Prozent.")
KR_H1 = "Nicht ohne meinen Kaffee - NRW trinkt am meisten, Bayern am wenigsten"
KR_P2 = ("Kaffee ist das Lieblingsgetränk der Deutschen und wird immer populärer: 89,1 Prozent trinken ihn täglich - das sind "
         "rund drei Prozentpunkte mehr als im Vorjahr. Im Durchschnitt werden 3,6 Tassen am Tag getrunken, bzw. 166 Liter pro "
         "Jahr und pro Kopf. Die Nordrhein-Westfalen trinken mit 4,1 Tassen am meisten Kaffee pro Tag, die Bayern mit 3,3 "
         "Tassen am Tag am wenigsten. Zur Zubereitung wird der Vollautomat dabei in Deutschland mit 80,4 Prozent am häufigsten "
         "benutzt.")
KR_H2 = "Kaffee - und das gute Gewissen"
KR_P3 = ("Auch für Arbeitgeber ist Verantwortung ein Thema: 23 Prozent bieten ihren Angestellten nachhaltigen Kaffee an. Der "
         "Hauptgrund für den Verzicht von nachhaltigem Kaffee ist für die Konsumenten der Preis - 60,4 Prozent finden ihn zu "
         "teuer. Menschen mit Kindern im Haushalt trinken mehr nachhaltigen Kaffee: 41,7 Prozent trinken ihn täglich, nur "
         "30,8 Prozent sind es, wenn keine Kinder im Haushalt leben.")

add(id="ho538-ots-tchibo-2020-07-kaffeereport-gluecklichmacher",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2020-07/50164311-tchibo-kaffeereport-2020-kaffee-seelentroester-mit-"
        "gutem-gewissen-007.htm",
    retrieved="same address (Tchibo's release of July 2020 on its Kaffeereport 2020, 'Tchibo Kaffeereport 2020: Kaffee - "
              "Seelentröster mit gutem Gewissen' (title by the address only), sent over ots and shown by "
              "finanznachrichten.de; the crawl date prefix ' date 2020-07' dropped (rule 63); no headline in the copy, the "
              "paragraph with its dateline 'Hamburg (ots) -' is the first line (rules 32, 2770); the copy runs its "
              "paragraphs and subheadings together without space, and the breaks are restored at the joins ('48 "
              "Prozent.Nicht', 'am wenigstenKaffee', 'benutzt.Kaffee', 'GewissenAuch', 'leben.Mehr'), no character added, "
              "the run-in subheadings becoming lines of their own (rule 2691), while 'Seelentröster mit gutem Gewissen:' "
              "follows a full stop with a space and stays in its paragraph; the subheading 'Mehr Mehrwegbecher' and the "
              "paragraph 'Weniger Abfall: 64,8 Prozent … nämlich 43,6 Prozen', cut off in the stored copy, dropped (rule "
              "15); the sender told by the dateline and the release's own voice ('die Tchibo zusammen mit brand eins und "
              "Statista … durchgeführt hat'))",
    license=OTS_FIRMEN_REPOST,
    paras=[KR_P1, KR_H1, KR_P2, KR_H2, KR_P3],
    # the epithet in marks in the release's own opening sentence is null, as the company's label for its survey's
    # finding, not words of the respondents (rule 3073); the report's focus theme in marks is null (rules 24, 2692);
    # brand eins, Statista and the surveyed coffee drinkers say nothing in marks
    quotes=[("\"Glücklichmacher\"", None),
            ("\"Kaffee und Verantwortung\"", None)],
    aliases={})

# --- Flughafen Köln/Bonn (ots, shown by finanznachrichten.de), December 2017: the 12-millionth passenger of the year ---

FG_DL = "Köln/Bonn (ots) -"
FG_P1 = ("Wenige Tage vor Weihnachten gab es am Flughafen schon Geschenke: Heute Vormittag begrüßte der Köln Bonn Airport "
         "seinen 12-millionsten Fluggast in diesem Jahr. Mit einem Eurowings-Fluggutschein wurde Anke Zirpins aus Hilden in "
         "Terminal 1 empfangen. Damit hatte die 44-Jährige nicht gerechnet. Sie war zum Airport gekommen, um mit Eurowings in "
         "den Kurzurlaub nach Klagenfurt zu starten. Flughafenchef Michael Garvens begrüßte Anke Zirpins vor dem Abflug "
         "persönlich. \"Wir freuen uns natürlich über jeden Fluggast - über Sie, Frau Zirpins, aber heute ganz besonders. Mit "
         "Ihnen durchbrechen wir zum ersten Mal in unserer Geschichte in einem Jahr die 12-Millionen-Schallmauer. Dieses "
         "Ereignis steht für den stetigen Erfolgskurs, auf dem sich unser Airport befindet\", so Garvens. Bis zum Ende des "
         "Jahres rechnet der Flughafen mit einem weiteren Rekordergebnis. Insgesamt werden 2017 über 12,3 Millionen Passagiere "
         "in Köln/Bonn gestartet oder gelandet sein. Das bedeutet ein Plus von vier Prozent im Vergleich zum Vorjahr.")

add(id="ho538-ots-koeln-bonn-airport-2017-12-garvens-zwoelf-millionen",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-12/42560013-12-millionster-fluggast-in-koeln-bonn-begruesst-007.htm",
    retrieved="same address (release of the Flughafen Köln/Bonn GmbH ('Köln Bonn Airport') of December 2017, '12-millionster "
              "Fluggast in Köln/Bonn begrüßt' (title by the address only), sent over ots and shown by finanznachrichten.de; "
              "the crawl date prefix ' date 2017-12' dropped (rule 63); no headline in the copy, which begins with the "
              "dateline 'Köln/Bonn (ots) -' as a line of its own (rules 32, 2770); the empty lines around the paragraph "
              "dropped; the sender told by the dateline and the release's own voice (the airport's chief quoted, 'unser "
              "Airport'); complete as stored)",
    license=OTS_FIRMEN_REPOST,
    paras=[FG_DL, FG_P1],
    # the quotation before `so Garvens` is the airport chief's, introduced by the sentence before with `Flughafenchef
    # Michael Garvens begrüßte Anke Zirpins` (rule 30); the passenger he addresses in it (`über Sie, Frau Zirpins`) is the
    # addressee, not a speaker (rule 12); `Flughafenchef` names only him and no body by name and is an alias (rule 44)
    quotes=[(cut(FG_P1, "\"Wir freuen", "befindet\""), GARVENS)],
    aliases={GARVENS: ["Michael Garvens", "Garvens", "Flughafenchef Michael Garvens", "Flughafenchef"]})

# --- LichtBlick (presseportal.de, newsroom 22265), April 2010: staff in night-shirts in the human chain ---

NH_T = "Jetzt Atomausstieg nicht verschlafen"
NH_DL = "Hamburg (ots)"
NH_P1 = ("Protest im Nachthemd: \"Jetzt Atomausstieg nicht verschlafen\". Mitarbeiter und Kunden des "
         "Öko-Energieversorgers LichtBlick fordern die Energiewende. Sie reihen sich an den Hamburger Landungsbrücken in "
         "Nachthemd und Schlafmütze in die Menschenkette zwischen den Atomkraftwerken Krümmel und Brunsbüttel ein. "
         "LichtBlick-Vorstand Gero Lücking: \"Wer den Atomausstieg verschläft, verpasst die Energiewende. Mehr Atomstrom heißt "
         "weniger Ökostrom und weniger Wettbewerb.\"")

add(id="ho538-presseportal-lichtblick-2010-04-luecking-nachthemd",
    title=NH_T,
    url="https://presseportal.de/en/pm/22265/1601444",
    retrieved="same address (LichtBlick's release in its newsroom 22265 on presseportal.de, shown in the English interface, "
              "on the human chain between the nuclear plants Krümmel and Brunsbüttel of 24 April 2010 (the date by the "
              "event; the copy shows none); headline and the dateline line 'Hamburg (ots)' kept as lines of their own as "
              "stored (rule 2690); the contact block 'Pressekontakt: Ralph Kampwirth Leiter Unternehmenskommunikation "
              "LichtBlick AG …' and the footer 'Original content of: LichtBlick SE, transmitted by news aktuell', which "
              "names the sender, dropped (rules 2690, 3070); complete as stored)",
    license=OTS_FIRMEN,
    paras=[NH_DL, NH_P1],
    # the protest's motto in marks after the colon of the caption-like phrase `Protest im Nachthemd:` is null, although
    # the next sentence names the staff and customers who carry it (rule 3071); the headline gives the same words without
    # marks and carries no span (rule 5); the verbless label `LichtBlick-Vorstand Gero Lücking: "…"` gives his quotation
    # (rules 9, 54); the role phrase names LichtBlick and is no alias (rule 33)
    quotes=[("\"Jetzt Atomausstieg nicht verschlafen\"", None),
            (cut(NH_P1, "\"Wer den", "Wettbewerb.\""), LUECKING)],
    aliases={LUECKING: ["Gero Lücking"]})

# --- LichtBlick (ots, reposted by pressekat.de), September 2010: Christian Friege on the longer lifetimes of nuclear plants ---

LZ_P1 = join("(ots) - Der unabhängige Öko-Energieversorger LichtBlick",
             "kritisiert die Entscheidung der schwarz-gelben Koalition in Berlin,",
             "die Laufzeiten der deutschen Atomkraftwerke um bis zu 14 Jahre zu",
             "verlängern.")
LZ_P2 = join("Dazu erklärt der Vorstandsvorsitzende Dr. Christian Friege: \"Die",
             "Laufzeitverlängerung ist ein beispielloses Anti-Investitionsprogramm.",
             "Der erfolgreiche Konjunkturmotor ökologische Energiewende wird von",
             "der Regierung ausgebremst. Mehr Atomstrom heißt weniger Wettbewerb,",
             "weniger erneuerbare Energien und weniger zukunftsfähige",
             "Arbeitsplätze. Wir verlieren wertvolle Jahrzehnte für den",
             "ökologischen Umbau der Industriegesellschaft.\"")
LZ_P3 = join("Der LichtBlick-Chef fordert die Verbraucher auf, der Atomkraft den",
             "Rücken zu kehren. \"Jeder Bürger entscheidet selbst, ob sein Geld in",
             "Öko- oder Atomstrom fließt. Mit dem Wechsel zu einem unabhängigen",
             "Versorger kann jeder Einzelne einen Beitrag zur Energiewende leisten",
             "und dem schwarz-gelben Atomkurs die rote Karte zeigen.\"")
LZ_H1 = "Ãœber LichtBlick"
LZ_P4 = join("LichtBlick ist der größte unabhängige Energieversorger",
             "Deutschlands und Marktführer Ökostrom. Das Unternehmen beliefert über",
             "580.000 Kunden mit Öko-Energie. LichtBlick will in Zukunft in 100.000",
             "dezentralen ZuhauseKraftwerken von Volkswagen klimafreundlichen und",
             "flexibel steuerbaren SchwarmStrom produzieren.")

add(id="ho538-ots-lichtblick-2010-09-friege-laufzeitverlaengerung",
    title=None,
    url="https://pressekat.de/pressinfo252738-akw-laufzeiten-verlorene-jahrzehnte-lichtblick-verbraucher-k-nnen-pers-nlichen-"
        "atomausstieg-vollziehen.html",
    retrieved="same address (LichtBlick's release of September 2010 on the coalition's decision to extend the nuclear "
              "plants' lifetimes, 'AKW-Laufzeiten: Verlorene Jahrzehnte - LichtBlick: Verbraucher können persönlichen "
              "Atomausstieg vollziehen' (title by the address only), sent over ots and reposted unchanged by the "
              "press-release portal pressekat.de, whose stored copy begins with the wire's '(ots) -' without the place, run "
              "into the first line of the text; that paragraph is the first line, no headline supplied (rules 32, 660); "
              "the hard-wrapped copy shows no empty lines: lines joined with one space, a paragraph ending at a line that "
              "closes a sentence outside marks (rules 1372, 2695) or a quotation whose sentence ends before its closing "
              "mark, on a line clearly short of the wrap width (rule 3072); the profile's heading, published garbled as "
              "'Ãœber LichtBlick' for 'Über LichtBlick', kept as a line of its own, and the profile kept (rules 20, 3072); "
              "the service lines 'Weitere Informationen: www.lichtblick.de/medien www.lichtblickblog.de' and the contact "
              "block 'Pressekontakt: Ralph Kampwirth, Leiter Unternehmenskommunikation, LichtBlick AG, …' dropped (rules "
              "2770, 3070); complete as stored)",
    license=OTS_FIRMEN_REPOST,
    paras=[LZ_P1, LZ_P2, LZ_P3, LZ_H1, LZ_P4],
    # the colon quotation after `Dazu erklärt der Vorstandsvorsitzende Dr. Christian Friege:` is his (rule 9); the
    # quotation after the narrator's sentence `Der LichtBlick-Chef fordert die Verbraucher auf, …`, whose subject takes him
    # up, is his as well (rules 8, 30); `Vorstandsvorsitzende` names only him in the release and is an alias, `LichtBlick-
    # Chef` names LichtBlick and is not (rules 33, 44); the coalition, the government and Volkswagen say nothing
    quotes=[(cut(LZ_P2, "\"Die", "Industriegesellschaft.\""), FRIEGE),
            (cut(LZ_P3, "\"Jeder", "zeigen.\""), FRIEGE)],
    aliases={FRIEGE: ["Christian Friege", "Dr. Christian Friege", "Vorstandsvorsitzende"]})

# --- Save the Children and Tchibo (ots, reposted by pressekat.de), April 2013: an education project in Guatemala ---

GU_T = "Save the Children& Tchibo: Gemeinsam für bessere Bildung in Guatemala"
GU_P1 = join("(ots) - Save the Children und Tchibo engagieren sich",
             "gemeinsam für bessere Bildung in Guatemala. Dem Projekt in der Region",
             "Chiquimula kommen ab dieser Woche 10 Cent pro verkauften Pfund Privat",
             "Kaffee zugute. Insgesamt mindestens eine halbe Million Euro.")
GU_P2 = join("\"Bildung ist nicht nur ein Kinderrecht, sondern ein Weg, um Armut",
             "mit all ihren negativen Folgen zu überwinden\", erläutert Kathrin",
             "Wieland, Geschäftsführerin von Save the Children Deutschland.",
             "\"Guatemala ist ein Land mit großen sozialen Ungerechtigkeiten. Über",
             "die Hälfte der Bevölkerung lebt in Armut und trotz Schulpflicht",
             "können in Guatemala 28% der Mädchen und Jungen weder lesen noch",
             "schreiben. In den Städten beenden nur 50% der Kinder die Grundschule,",
             "in ländlichen Gebieten sind es kaum 20%. Gemeinsam mit Tchibo wollen",
             "wir den Kindern qualitativ gute Bildung ermöglichen und damit bessere",
             "Zukunftschancen eröffnen.\"")
GU_P3 = join("Während der Erntezeit werden in sechs Child Care Centers Kinder im",
             "Alter von zwei bis dreizehn Jahren betreut und schulisch gefördert.",
             "Dazu kommen zwei ausgewogene Mahlzeiten pro Tag sowie",
             "Gesundheitschecks. Außerhalb der Erntezeit werden Kinder in 18",
             "lokalen Schulen gefördert. Neben den Kindern sollen auch die Eltern",
             "mit in die Projektarbeit einbezogen werden. Dazu finden",
             "Informationsabende zum Thema Kinderrechte und zur Bedeutung von",
             "Bildung für Kinder statt. Außerdem werden beispielsweise",
             "Schulmaterialien gestellt sowie Weiterbildungen für Lehrer",
             "durchgeführt.")

add(id="ho538-ots-tchibo-save-the-children-2013-04-wieland-guatemala",
    title=GU_T,
    url="https://pressekat.de/pressinfo861606-save-the-childrenund-tchibo-gemeinsam-f-r-bessere-bildung-in-guatemala.html",
    retrieved="same address (joint release of Tchibo and Save the Children Deutschland on the Privat Kaffee campaign for "
              "the children of coffee pickers in Chiquimula, April 2013 ('ab dieser Woche'; the donations from 22 April "
              "2013 as given by a stored umweltdialog.de report of 8 April 2013), sent over ots and reposted by the "
              "press-release portal pressekat.de; the portal's page-title line 'PresseKat - Save the Children& Tchibo: …' "
              "and its line 'ID: 861606' dropped (rule 3070), the headline below them kept as the title with the published "
              "'Children&' without space (rule 20); the first paragraph begins with the wire's '(ots) -' without the place "
              "(rule 660); the copy is hard-wrapped with an empty line between paragraphs: wrapped lines joined with one "
              "space, the breaks kept at the empty lines (rule 660); the paragraph '\"Mit Unterstützung unserer Kunden … \", "
              "sagt Achim Lohrie, Direktor Unternehmensverantwortung bei Tchibo. \"Bei unseren Nachhaltigkeitsprojekten … "
              "dazu beit', cut off in the stored copy inside a quotation, dropped with both of its quotations (rule 15); the "
              "copy shows no sender line: the release speaks for both partners, and the sender is taken to be Tchibo, whose "
              "product and campaign it announces (rule 3070; licence caveat in SOURCES.md))",
    license=OTS_FIRMEN_REPOST,
    paras=[GU_P1, GU_P2, GU_P3],
    # the quotation before `erläutert Kathrin Wieland, Geschäftsführerin von Save the Children Deutschland` is hers, and
    # the cue-less quotation after her cue sentence continues her (rule 3, NOTES.md continuation; its `Gemeinsam mit
    # Tchibo wollen wir` fits the charity's head); the partner's head quoted in the joint release is a speaker like any
    # other (rule 2693); the headline's label `Save the Children& Tchibo:` stands before words without marks (rule 5); the
    # role phrase names the charity and is no alias (rule 33)
    quotes=[(cut(GU_P2, "\"Bildung", "überwinden\""), WIELAND),
            (cut(GU_P2, "\"Guatemala", "eröffnen.\""), WIELAND)],
    aliases={WIELAND: ["Kathrin Wieland"]})
