# Six-hundred-and-twelfth held-out German real-news set (tests/data/heldout612-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3660-3662). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of
# these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-twelfth held-out set": eight releases of Austrian Land press services
# distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_PUBLIC): two of the Kärnten
# Landespressedienst (LPD: Gerhard Dörfler on the next bilingual place-name signs, August 2011; Dörfler's 'Null Bedarf an
# weiteren Ortstafeln', November 2008), five of the press service of the Land Niederösterreich (NLK: Josef Plank on the
# Land's money for milk quality, May 2001; Plank before the visit of the Irish state secretary Noel Davern, February 2002;
# Johanna Mikl-Leitner honouring 18 members of the Landtag, January 2019, sender read from the dateline code; Mikl-Leitner's
# honours ceremonies of November and December 2022, sender inferred) and one of the Vorarlberg Landespressestelle (VLK: Markus
# Wallner at the Alpwirtschaftstag in Hohenems, March 2013, sender read from the dateline code). None of the NLK texts quotes
# Erwin Pröll. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), the wire furniture (crawl date prefixes, end marks, banners, contact blocks, service
# lines and footers) is dropped (rules 63, 2600, 2810, 3240, 3550, 3660), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


DOERFLER = "Gerhard Dörfler"
PLANK = "Josef Plank"
MIKL = "Johanna Mikl-Leitner"
WALLNER = "Markus Wallner"

# --- APA-OTS, Kärnten Landespressedienst, 27 August 2011: Dörfler on the next bilingual place-name signs ---

OA_T = "LH Dörfler: Ortstafelaufstellungen gehen ab nächster Woche weiter"
OA_SUB = ("Ortstafeln von Enzelsdorf, Mökriach, St. Jakob im Rosental, Maria Elend und Mühlbach erhalten zweisprachige "
          "Beschriftung")
OA_P1 = ("Klagenfurt (OTS/LPD) - Ab nächster Woche werden in Kärnten wieder weitere zweisprachige Ortstafeln aufgestellt. Als "
         "nächstes sind Enzelsdorf/Encelna vas in der Gemeinde Gallizien, Mökriach/Mokrije in den Gemeinden Eberndorf und St. "
         "Kanzian, St. Jakob im Rosental/Sentjakob v Rozu sowie Maria Elend/Podgorje und Mühlbach/Reka in der Gemeinde St. Jakob "
         "im Rosental an der Reihe. Das teilte heute, Samstag, Landeshauptmann Gerhard Dörfler mit.")
OA_P2 = ('"Ich bekomme viele positive Rückmeldungen aus der Bevölkerung auf die Ortstafellösung und die große Feier im '
         'Klagenfurter Landhaus. Man spürt, dass die Menschen hinter dieser Lösung stehen und sie mit Freude und Erleichterung '
         'begrüßen", betont Dörfler. Er hat den zuständigen Fachabteilungen den Auftrag erteilt, die Ortstafeln ehest möglich zu '
         'verordnen, damit diese zügig und ohne Aufschub in allen 24 Gemeinden aufgestellt werden können. Er appelliert auch an '
         'die betroffenen Bürgermeister, die in ihren Verantwortungsbereich fallenden Tafeln rasch aufzustellen.')
OA_P3 = ('Der Landeshauptmann erwartet sich wie bei der Festveranstaltung im Landhaus sowie den Ortstafel-Aufstellungen in Bad '
         'Eisenkappel, Sittersdorf, St. Johann im Rosental, Frög und Hart keine Störaktionen oder negativen Vorkommnisse. "Die '
         'Bürgermeister wurden bzw. werden sukzessive seitens des Kompetenzzentrums 7 sowie der jeweiligen '
         'Bezirkshauptmannschaft im Rahmen von Informationsveranstaltungen über die ordnungsgemäße Umsetzung der Verordnungen '
         'bzw. die Aufstellung der zweisprachigen Ortstafeln informiert, so dass von einem reibungslosen Ablauf ausgegangen '
         'werden kann", so Dörfler. Er freut sich besonders über die positive Stimmung im Land sowie das gute Klima und gute '
         'Miteinander in der Bevölkerung.')

add(id="ho612-ots-lpd-2011-08-27-doerfler-ortstafelaufstellungen",
    title=OA_T,
    url="https://www.ots.at/presseaussendung/OTS_20110827_OTS0003/lh-doerfler-ortstafelaufstellungen-gehen-ab-naechster-woche-"
        "weiter",
    retrieved="same address (release of the Kärnten Landespressedienst on the APA-OTS service, 27 August 2011 by its OTS number "
              "and the release's 'heute, Samstag'; the sender is told by the dateline code 'Klagenfurt (OTS/LPD) -' and the "
              "contact block 'Rückfragen & Kontakt: Kärntner Landesregierung,', which the stored copy breaks off after its "
              "first line; the end mark '(Schluss)' on a line of its own and the contact block dropped (rules 2600, 3660); "
              "headline and subtitle kept as lines of their own, the dateline run into the first paragraph as stored; the "
              "place names as the stored copy spells them ('Sentjakob v Rozu') and 'ehest möglich' kept (rule 20); complete as "
              "stored up to the end mark)",
    license=APA_OTS_PUBLIC,
    paras=[OA_SUB, OA_P1, OA_P2, OA_P3],
    # the quotation before `betont Dörfler` is his (rule 30), the speaker named in the lead's `Das teilte heute, Samstag,
    # Landeshauptmann Gerhard Dörfler mit`; the quotation after the narrator's sentence whose subject is `Der Landeshauptmann`,
    # closed by `so Dörfler`, is his (rules 8, 30); the Fachabteilungen, the Bürgermeister, the Kompetenzzentrum 7 and the
    # Bezirkshauptmannschaften, of which the text speaks, say nothing; `Landeshauptmann` names only him in the release (rule 44)
    quotes=[(cut(OA_P2, '"Ich bekomme', 'begrüßen"'), DOERFLER),
            (cut(OA_P3, '"Die Bürgermeister', 'werden kann"'), DOERFLER)],
    aliases={DOERFLER: ["Gerhard Dörfler", "Dörfler", "LH Dörfler", "Landeshauptmann Gerhard Dörfler", "Landeshauptmann"]})

# --- APA-OTS, Kärnten Landespressedienst, 19 November 2008: Dörfler, no further place-name signs ---

NB_T = "LH Dörfler: Null Bedarf an weiteren Ortstafeln"
NB_SUB = "Stärkung Südkärntens ist wichtig - Klare Absage an Störenfriede des guten Zusammenlebens"
NB_P1 = ('Klagenfurt (LPD) - Es bleibe der Konsensgruppe unbenommen, Forderungswünsche an die neue Bundesregierung, die '
         'hoffentlich bald kommt, zu stellen. "Doch werde ich keinen Forderungen zustimmen, die auf die Aufstellung von '
         'zusätzlichen Ortstafeln abzielen", stellte heute, Mittwoch, Landeshauptmann Gerhard Dörfler klar.')
NB_P2 = ("Das Thema Ortstafeln sei erledigt, Kärnten habe eine vorbildhafte Minderheitenpolitik, von der sich andere etwas "
         "abschauen könnten, so Dörfler. Gerade auch der Südkärntner Raum wurde und wird wirtschaftlich durch viele Investitionen "
         "und Initiativen massiv gestärkt. Dies sei für die Bewohner gerade im Hinblick auf die von der Konsensgruppe "
         "angesprochene Wirtschaftskrise wichtig und daher müsse jeder Versuch, das gute Zusammenleben in Südkärnten zu stören, "
         "entschieden zurückgewiesen werden.")
NB_P3 = ('"Ortstafeln bringen keine Arbeitsplätze", so Dörfler. Ohne Konsens werde jedenfalls nichts passieren, denn die '
         'Kärntnerinnen und Kärntner haben es satt, dass über sie drübergefahren wird und sie Ratschläge von außen erhalten und '
         'annehmen sollten. Zu schnellfahrende Ortstafelaktivisten dürfen jedenfalls nicht Recht bekommen, weiß sich Dörfler mit '
         'der Bevölkerung einig. "Wir brauchen und wir wollen keine weiteren Ortstafeln", bekräftigte der Landeshauptmann. '
         'Allfällige Koalitionsvereinbarungen über Themen oder Sachverhalte in Kärnten, ohne das Land miteinzubinden, würden '
         'entschieden abgelehnt, so Dörfler.')

add(id="ho612-ots-lpd-2008-11-19-doerfler-null-bedarf-ortstafeln",
    title=NB_T,
    url="https://www.ots.at/presseaussendung/OTS_20081119_OTS0260/lh-doerfler-null-bedarf-an-weiteren-ortstafeln",
    retrieved="same address (release of the Kärnten Landespressedienst on the APA-OTS service, 19 November 2008 by its OTS "
              "number and the release's 'heute, Mittwoch'; the sender is told by the dateline code 'Klagenfurt (LPD) -', the "
              "contact block 'Kärntner Landesregierung / Landespressedienst / Tel.: 05- 0536-22 852 / http://www.ktn.gv.at' and "
              "the footer code NKL0002; the end mark '(Schluss)' on a line of its own, the contact block, the service line and "
              "the footer dropped (rules 2600, 3660); headline and subtitle kept as lines of their own, the dateline run into "
              "the first paragraph as stored; 'drübergefahren' and 'Zu schnellfahrende Ortstafelaktivisten' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[NB_SUB, NB_P1, NB_P2, NB_P3],
    # the quotation that opens with `Doch` after the lead's Konjunktiv sentence about the Konsensgruppe and is closed by
    # `stellte heute, Mittwoch, Landeshauptmann Gerhard Dörfler klar` is Dörfler's; the Konsensgruppe, subject of the
    # reported sentence before it, is no speaker (rule 3662); `"…", so Dörfler` and `"…", bekräftigte der Landeshauptmann` are
    # his (rules 30, 44); the Konjunktiv reports closed by `so Dörfler` carry no span (rule 5); the headline label before
    # unmarked words has no span (rule 5); the neue Bundesregierung, the Kärntnerinnen und Kärntner, the Ortstafelaktivisten
    # and the Bevölkerung say nothing in marks
    quotes=[(cut(NB_P1, '"Doch werde', 'abzielen"'), DOERFLER),
            ('"Ortstafeln bringen keine Arbeitsplätze"', DOERFLER),
            ('"Wir brauchen und wir wollen keine weiteren Ortstafeln"', DOERFLER)],
    aliases={DOERFLER: ["Gerhard Dörfler", "Dörfler", "LH Dörfler", "Landeshauptmann Gerhard Dörfler", "Landeshauptmann"]})

# --- APA-OTS, NLK, 15 May 2001: Plank on the Land's money for the quality of milk ---

MQ_T = "Plank: 60 Millionen S Landesmittel für Sicherung der Milchqualität"
MQ_P1 = ("St.Pölten (NLK) - Die NÖ Landesregierung hat auf Antrag von Landesrat Dipl.Ing. Josef Plank in ihrer heutigen "
         "Sitzung die Bereitstellung von Landesmittel in Höhe von 60 Millionen Schilling zur Verbesserung und Sicherung der "
         "Qualität von Milch und Milchprodukten beschlossen. Die voraussichtlichen Kosten für die Durchführung dieser Aktion im "
         "Jahre 2001 belaufen sich bei einer Förderhöhe von 10 Groschen pro Kilogramm angelieferter Milch auf rund 60 Millionen "
         "Schilling.")
MQ_P2 = ('"Diese Förderung dient auch der Sicherung des Produktionsstandortes Niederösterreich und der Erhaltung der '
         'bäuerlichen Landwirtschaft. Damit wird vor allem auch ein Beitrag zur Sicherung der Landbewirtschaftung im Berggebiet '
         'geleistet. Wir sollten nicht vergessen, dass es in Niederösterreich mit 20.000 die meisten Bergbauern aller '
         'Bundesländer gibt", betont Plank.')

add(id="ho612-ots-nlk-2001-05-15-plank-milchqualitaet",
    title=MQ_T,
    url="https://www.ots.at/presseaussendung/OTS_20010515_OTS0132/plank-60-millionen-s-landesmittel-fuer-sicherung-der-"
        "milchqualitaet",
    retrieved="same address (release of the press service of the Land Niederösterreich on the APA-OTS service, 15 May 2001 by "
              "its OTS number and the release's 'in ihrer heutigen Sitzung' of the Landesregierung; the sender is told by the "
              "dateline code 'St.Pölten (NLK) -', the contact block 'Tel.: 02742/9005-12705, Hr. "
              "LuifNiederösterreichische Landesregierung' (run together in the stored copy) and the footer NLK/NLK; the two-line "
              "banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the "
              "contact block, the service line and the footer dropped (rules 2810, 3240, 3660); headline kept as the title, the "
              "dateline run into the first paragraph as stored; 'Landesmittel in Höhe' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[MQ_P1, MQ_P2],
    # the quotation before `betont Plank` is his (rule 30), the Landesrat on whose motion the Landesregierung decided; the
    # Landesregierung, subject of the first paragraph, says nothing in marks; the headline label before unmarked words has no
    # span (rule 5); `Landesrat` names only him in the release (rule 44)
    quotes=[(cut(MQ_P2, '"Diese Förderung', 'Bundesländer gibt"'), PLANK)],
    aliases={PLANK: ["Josef Plank", "Plank", "Landesrat Dipl.Ing. Josef Plank", "Landesrat"]})

# --- APA-OTS, NLK, 20 February 2002: the Irish state secretary Noel Davern visits, Plank on organic farming ---

ID_T = "Irischer Landwirtschafts-Staatssekratär zu Besuch in NÖ"
ID_SUB = "Arbeitsgespräch mit LR Plank mit Schwerpunkt Biolandwirtschaft"
ID_P1 = ("St.Pölten (NLK) - Der Staatssekretär im Irischen Landwirtschaftsministerium, Noel Davern, wird sich morgen, "
         "Donnerstag, zu einem Kurzbesuch in Niederösterreich aufhalten. Davern besucht am Nachmittag den Biobetrieb von Alfons "
         "und Verena Piatti in Loosdorf (2133 Loosdorf Nr.1) bei Mistelbach und trifft anschließend mit Landesrat Dipl.Ing. "
         "Josef Plank zu einem Arbeitsgespräch mit dem Schwerpunkt biologische Landwirtschaft zusammen. Bereits zu Mittag wird "
         "Davern in Wien mit Landwirtschaftsminister Mag. Wilhelm Molterer Gespräche führen, in deren Mittelpunkt ebenfalls die "
         "Biolandwirtschaft stehen wird.")
ID_P2 = ('Nach den Krisen in der Landwirtschaft durch BSE und MKS ist in der gesamten Europäischen Union ein Trend zur '
         'Biolandwirtschaft zu verzeichnen. "Österreich ist hier seit vielen Jahren federführend und Vorreiter. Wir haben mit '
         'fast zehn Prozent den mit Abstand höchsten Biobauernanteil aller EU-Länder - die Tendenz ist weiterhin steigend. '
         'Allein in Niederösterreich hat sich im vergangenen Jahr die Zahl der Biobauern um 300 auf insgesamt 3.500 erhöht. Das '
         'Interesse am österreichischen Weg ist daher groß", so Plank.')
ID_AV = "AVISO AN DIE REDAKTIONEN:"
ID_P3 = ("Die Vertreter der Medien sind eingeladen, einen Vertreter ihrer Redaktion zu diesem Termin zu entsenden (ab 16.00 Uhr "
         "im Betrieb Piatti in Loosdorf).")

add(id="ho612-ots-nlk-2002-02-20-plank-davern-biolandwirtschaft",
    title=ID_T,
    url="https://www.ots.at/presseaussendung/OTS_20020220_OTS0172/irischer-landwirtschafts-staatssekrataer-zu-besuch-in-noe",
    retrieved="same address (release of the press service of the Land Niederösterreich on the APA-OTS service, 20 February "
              "2002 by its OTS number, the visit being 'morgen, Donnerstag'; the sender is told by the dateline code "
              "'St.Pölten (NLK) -', the contact block 'Pressestelle / Tel.: 02742/9005-12163 / Niederösterreichische "
              "Landesregierung' and the footer NLK/NLK, the contact block, the service line and the footer dropped (rules 3240, "
              "3660); headline and subtitle kept as lines of their own; the release's own press notice 'AVISO AN DIE "
              "REDAKTIONEN:' kept as a line of its own and its invitation sentence as the last paragraph, as the release "
              "publishes them (rules 13, 3660); the published 'Staatssekratär' in the headline beside 'Staatssekretär' in the "
              "body kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[ID_SUB, ID_P1, ID_P2, ID_AV, ID_P3],
    # the quotation after the narrator's sentence on the trend in the EU, closed by `so Plank`, is his, its `wir` speaking for
    # Austria (rules 30, 2614); Noel Davern, subject of every sentence of the lead, Alfons and Verena Piatti and Wilhelm
    # Molterer say nothing; the subtitle names Plank without marks (rule 5); `Landesrat` names only him, `Staatssekretär` and
    # `Landwirtschaftsminister` name the others (rule 44)
    quotes=[(cut(ID_P2, '"Österreich ist', 'daher groß"'), PLANK)],
    aliases={PLANK: ["Josef Plank", "Plank", "LR Plank", "Landesrat Dipl.Ing. Josef Plank", "Landesrat"]})

# --- APA-OTS, NLK, 22 January 2019: Mikl-Leitner honours 18 former and present members of the Landtag ---

EA_T = "Ehrenzeichen für 18 ehemalige und amtierende Landtagsabgeordnete"
EA_SUB = "LH Mikl-Leitner: An der Erfolgsgeschichte Niederösterreichs mitgeschrieben"
EA_P1 = ("St. Pölten (OTS/NLK) - Landeshauptfrau Johanna Mikl-Leitner zeichnete am heutigen Dienstag im Sitzungssaal des NÖ "
         "Landtages in St. Pölten insgesamt 18 Landtagsabgeordnete mit Ehrenzeichen für Verdienste um das Bundesland "
         "Niederösterreich bzw. mit Ehrenzeichen für Verdienste um die Republik Österreich aus.")
EA_P2 = ("„Sie alle haben in ihren Funktionen und Positionen dazu beigetragen, dass wir auf Niederösterreich stolz sein können, "
         "dass sich unser Land in die richtige Richtung entwickelt und dass in Niederösterreich das Miteinander im Mittelpunkt "
         "steht“, betonte die Landeshauptfrau dabei.")
EA_P3 = ("„Die Erfolge in Niederösterreich sind spürbar und sichtbar. Die wirtschaftliche Entwicklung liegt in Niederösterreich "
         "über dem österreichischen Durchschnitt, bei der Beschäftigung verzeichneten wir einen Anstieg um zwei Prozent, die "
         "Arbeitslosenrate ist im letzten Jahr um zehn Prozent gesunken und bei der Kaufkraft liegen wir im "
         "Bundesländervergleich auf Platz eins. Diese Zahlen, Daten und Fakten zeigen ganz klar auf, unser gemeinsamer Weg zahlt "
         "sich aus, unsere Arbeit ist von Erfolg gekrönt“, fuhr sie fort.")

add(id="ho612-ots-nlk-2019-01-22-mikl-leitner-ehrenzeichen-abgeordnete",
    title=EA_T,
    url="https://www.ots.at/presseaussendung/OTS_20190122_OTS0131/ehrenzeichen-fuer-18-ehemalige-und-amtierende-"
        "landtagsabgeordnete",
    retrieved="same address (release on the APA-OTS service, 22 January 2019 by its OTS number and the release's 'am heutigen "
              "Dienstag'; the crawl date prefix ' date 2019-01' before the headline dropped (rule 63); the stored copy breaks "
              "off inside its fourth paragraph ('… Es sei wichtig, dass es „Persönlichkeiten in Niederösterreich gibt, die "
              "bereit sind zu gestalte'), which is dropped with its three quotations, the last of them unclosed (rules 15, "
              "3660), before any contact block, and the sender is read as the press service of the Land Niederösterreich from "
              "the dateline code 'St. Pölten (OTS/NLK) -' (rules 3240, 3550); headline and subtitle kept as lines of their own)",
    license=APA_OTS_PUBLIC,
    paras=[EA_SUB, EA_P1, EA_P2, EA_P3],
    # the quotation before `betonte die Landeshauptfrau dabei` is Mikl-Leitner's through the role noun that names only her
    # (rules 30, 44), and the one before `fuhr sie fort` too (rules 8, 30), its `wir` speaking for the Land (rule 2614); the
    # subtitle label before unmarked words has no span (rule 5); the 18 Landtagsabgeordnete, the honoured, say nothing
    quotes=[(cut(EA_P2, "„Sie alle", "Mittelpunkt steht“"), MIKL),
            (cut(EA_P3, "„Die Erfolge", "Erfolg gekrönt“"), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mikl-Leitner", "LH Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner",
                    "Landeshauptfrau"]})

# --- APA-OTS, Land Niederösterreich (sender inferred), 8 November 2022: Mikl-Leitner's honours ceremony ---

LT_T = "Ehrenzeichen-Überreichung im NÖ Landhaus"
LT_SUB = "LH Mikl-Leitner: Leistungsträger, die unser Land weiterentwickelt haben"
LT_P1 = ("St. Pölten (OTS) - Landeshauptfrau Johanna Mikl-Leitner überreichte am heutigen Dienstag im NÖ Landhaus in St. Pölten "
         "insgesamt 32 Ehrenzeichen für Verdienste um das Bundesland Niederösterreich, zwei Ehrenmedaillen des Landes "
         "Niederösterreich, eine Gedenkmedaille des Landes Niederösterreich, acht Berufstitel, zwei Ehrenzeichen für Verdienste "
         "um die Republik Österreich und drei Bundes-Ehrenzeichen. Darunter auch Persönlichkeiten wie z. B. Dipl. KH-BW Helmut "
         "Krenn, ehemaliger Vorstand der NÖ Landesgesundheitsagentur, Dr. Waltraud Müllner-Toifl, Bezirkshauptfrau von "
         "Korneuburg i.R, oder die weltbekannten Zauberkünstler Amélie van Tass & Thommy Ten.")
LT_P2 = ("„Bei uns in Niederösterreich ist es eine lange und liebe Tradition für ganz besondere Leistungen Danke zu sagen, und das "
         "in einem ganz besonderen Rahmen wie hier im Landtagssitzungssaal. Wenn wir heute zu dieser Festveranstaltung "
         "zusammenkommen, dann tun wir das in einer Zeit, in der nichts mehr so ist, wie es einmal war“, sagte die "
         "Landeshauptfrau in ihrer Festrede und erinnerte unter anderem an den Krieg in der Ukraine und an die damit verbundenen "
         "Auswirkungen. „In dieser herausfordernden Situation haben ganz viele Menschen Sorgen und Ängste. Bei der heutigen "
         "Veranstaltung gibt es die Chance und die Möglichkeit, Kraft zu tanken für all das, was vor uns liegt“, betonte sie.")

add(id="ho612-ots-nlk-2022-11-08-mikl-leitner-ehrenzeichen-leistungstraeger",
    title=LT_T,
    url="https://www.ots.at/presseaussendung/OTS_20221108_OTS0156/ehrenzeichen-ueberreichung-im-noe-landhaus",
    retrieved="same address (release on the APA-OTS service, 8 November 2022 by its OTS number and the release's 'am heutigen "
              "Dienstag'; the crawl date prefix ' date 2022-11' before the headline dropped (rule 63); the stored copy breaks "
              "off inside its third paragraph ('… aber auch ein erfolgreiches Wirtschaf'), which is dropped with its "
              "quotation and the jubilee's name in single marks nested in it (rule 15), before any contact block; under the "
              "plain dateline 'St. Pölten (OTS) -' the sender is inferred as the press service of the Land Niederösterreich "
              "from the release's own voice: the Land's honours ceremony in the NÖ Landhaus, reported in the third person "
              "with the Landeshauptfrau's speech as its only words, in the form of the NLK's release of January 2019 in this "
              "set (rule 3660); headline and subtitle kept as lines of their own; 'i.R,' kept (rule 20); the address slug is "
              "the same as that of an NLK release of 1999 in the 510th set (OTS_19990316_OTS0187), a different release with "
              "the same headline)",
    license=APA_OTS_PUBLIC,
    paras=[LT_SUB, LT_P1, LT_P2],
    # the quotation before `sagte die Landeshauptfrau in ihrer Festrede und erinnerte …` and the one before `betonte sie`
    # are Mikl-Leitner's (rules 8, 30, 44); the subtitle label before unmarked words has no span (rule 5); the honoured
    # (Helmut Krenn, Waltraud Müllner-Toifl, Amélie van Tass & Thommy Ten) say nothing; `Bezirkshauptfrau` is another
    # person's office and no alias
    quotes=[(cut(LT_P2, "„Bei uns", "einmal war“"), MIKL),
            (cut(LT_P2, "„In dieser", "vor uns liegt“"), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mikl-Leitner", "LH Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner",
                    "Landeshauptfrau"]})

# --- APA-OTS, Land Niederösterreich (sender inferred), 6 December 2022: Mikl-Leitner's honours ceremony ---

HB_T = "Ehrenzeichen-Überreichung im NÖ Landhaus"
HB_SUB = "LH Mikl-Leitner: Persönlichkeiten, die sich mit unglaublich viel Kompetenz und Herzblut einbringen"
HB_P1 = ("St. Pölten (OTS) - Landeshauptfrau Johanna Mikl-Leitner überreichte am heutigen Dienstag im NÖ Landhaus in St. Pölten "
         "insgesamt 42 Ehrenzeichen, darunter 27 Ehrenzeichen für Verdienste um das Bundesland Niederösterreich, acht "
         "Berufstitel, fünf Ehrenzeichen für Verdienste um die Republik Österreich und zwei Bundes-Ehrenzeichen. Darunter auch "
         "Monika Ballwein, Sängerin, Songwriterin, Gesangscoach und Chorleiterin.")
HB_P2 = ("In Niederösterreich sei es „eine gute und lange Tradition, dass wir Persönlichkeiten für ihre besonderen Leistungen mit "
         "ganz besonderen Ehrenzeichen auszeichnen“, sagte die Landeshauptfrau in ihrer Festansprache. Diese "
         "Ehrenzeichenverleihung finde in einer äußerst herausfordernden Zeit statt, sagte sie und erinnerte an den Krieg in der "
         "Ukraine, „der mit sehr viel menschlichem Leid und mit sehr vielen wirtschaftlichen Auswirkungen verbunden ist“, betonte "
         "Mikl-Leitner.")
HB_P3 = ("In diesen Tagen gehe auch das Jubiläumsjahr „100 Jahre eigenständiges und souveränes Niederösterreich“ zu Ende, sprach "
         "sie einen weiteren Aspekt an. „Wir haben mit Dankbarkeit und mit Demut zurückgeblickt, auf das, was wir in "
         "Niederösterreich alles erreicht haben“, fuhr sie fort. „Niederösterreich hat es geschafft, sich vom reinen Agrarland "
         "zum Agrarland Nummer eins, aber auch zu einem erfolgreichen Wirtschaftsland, Tourismusland, Sportland, "
         "Wissenschaftsland und Kulturland zu entwickeln“, hielt die Landeshauptfrau fest. Niederösterreich habe immer wieder "
         "historische Ereignisse für eine äußerst positive Entwicklung genutzt. Begonnen von der Aufbauarbeit nach dem Zweiten "
         "Weltkrieg, über den Fall des „Eisernen Vorhanges“ bis hin zum Beitritt Österreichs zur Europäischen Union, erinnerte "
         "sie.")

add(id="ho612-ots-nlk-2022-12-06-mikl-leitner-ehrenzeichen-herzblut",
    title=HB_T,
    url="https://www.ots.at/presseaussendung/OTS_20221206_OTS0175/ehrenzeichen-ueberreichung-im-noe-landhaus",
    retrieved="same address (release on the APA-OTS service, 6 December 2022 by its OTS number and the release's 'am heutigen "
              "Dienstag'; the stored copy, which has no crawl date prefix, breaks off inside its fourth paragraph ('„Für das "
              "Jubiläumsjahr haben wir uns vorgenommen, all das in den Mittelpunkt zu stellen, was uns wert und w'), which is "
              "dropped with its unclosed quotation (rule 15), before any contact block; under the plain dateline 'St. Pölten "
              "(OTS) -' the sender is inferred as the press service of the Land Niederösterreich from the release's own voice, "
              "as for the release of November 2022 (rule 3660); headline and subtitle kept as lines of their own; the address "
              "slug is the same as that of the release of November 2022 in this set and of an NLK release of 1999 in the 510th "
              "set, different releases with the same headline)",
    license=APA_OTS_PUBLIC,
    paras=[HB_SUB, HB_P1, HB_P2, HB_P3],
    # the marked clause fragments in the Konjunktiv report of her speech are hers: `In Niederösterreich sei es „eine gute …
    # auszeichnen“, sagte die Landeshauptfrau` and the relative clause `„der mit … verbunden ist“, betonte Mikl-Leitner`
    # (rules 3, 25, 30); the jubilee year's name `„100 Jahre eigenständiges und souveränes Niederösterreich“` and the historical
    # name `„Eisernen Vorhanges“` in the same report are null (rule 3661); the quotations before `fuhr sie fort` and `hielt die
    # Landeshauptfrau fest` are hers (rules 8, 30, 44); the subtitle label before unmarked words has no span (rule 5); Monika
    # Ballwein, one of the honoured, says nothing
    quotes=[(cut(HB_P2, "„eine gute", "auszeichnen“"), MIKL),
            (cut(HB_P2, "„der mit", "verbunden ist“"), MIKL),
            ("„100 Jahre eigenständiges und souveränes Niederösterreich“", None),
            (cut(HB_P3, "„Wir haben", "erreicht haben“"), MIKL),
            (cut(HB_P3, "„Niederösterreich hat", "zu entwickeln“"), MIKL),
            ("„Eisernen Vorhanges“", None)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mikl-Leitner", "LH Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner",
                    "Landeshauptfrau"]})

# --- APA-OTS, Vorarlberg Landespressestelle, 7 March 2013: Wallner at the Alpwirtschaftstag in Hohenems ---

AW_T = 'LH Wallner: "Klares Bekenntnis zur heimischen Alpwirtschaft"'
AW_SUB = ("Landeshauptmann und LR Schwärzler besuchten Vorarlberger Alpwirtschaftstag im Bäuerlichen Schul- und "
          "Bildungszentrum in Hohenems")
AW_P1 = ("Hohenems (OTS/VLK) - Im Bäuerlichen Schul- und Bildungszentrum fand am Donnerstagvormittag (7. März) im Beisein von "
         "Landeshauptmann Markus Wallner und Agrarlandesrat Erich Schwärzler der Vorarlberger Alpwirtschaftstag statt. Der "
         "Obmann des Vorarlberger Alpwirtschaftsvereins, Josef Schwärzler, konnte von einer grundsätzlich guten Alpsaison 2012 "
         "berichten. Bis auf einzelne regionale Ausnahmen seien Älpler und Vieh von größeren Unwettern verschont geblieben, "
         "bilanzierte der Obmann.")
AW_P2 = ('Landeshauptmann Wallner hob in seinen Grußworten die hohe Bedeutung der Alpwirtschaft für Vorarlberg hervor. Insgesamt '
         '55 Prozent der landwirtschaftlich genutzten Fläche im Land werden ausschließlich alpwirtschaftlich genutzt. "Mit ihrer '
         'unverzichtbaren Arbeit schützen die Älplerinnen und Älpler ein sensibles Vorarlberger Kulturgut. Zugleich sichern sie '
         'den attraktiven Kulturraum und die Lebensqualität in den ländlichen Regionen", betonte Wallner. Angesprochen wurden '
         'vom Landeshauptmann auch die brisanten Themen, die aktuell von großem Interesse sind. Beim Thema TBC sprach er sich wie '
         'Agrarlandesrat Schwärzler für klare Konsequenzen im Sinne gesunder Vieh- und Wildbestände aus und begrüßte die '
         'vorhandene Bereitschaft aller beteiligten Interessengruppen und Behörden, gemeinsam die notwendigen Maßnahmen '
         'umzusetzen, damit Vorarlberg auch in Zukunft den Status TBC-frei halten kann. "Der TBC-Bekämpfung wird oberste '
         'Priorität eingeräumt", so Wallner.')

add(id="ho612-ots-vlk-2013-03-07-wallner-alpwirtschaftstag",
    title=AW_T,
    url="https://www.ots.at/presseaussendung/OTS_20130307_OTS0153/lh-wallner-klares-bekenntnis-zur-heimischen-alpwirtschaft",
    retrieved="same address (release on the APA-OTS service, 7 March 2013 by its OTS number and the release's "
              "'Donnerstagvormittag (7. März)'; the crawl date prefix ' date 2018-03' before the headline dropped (rule 63); "
              "the stored copy breaks off inside its third paragraph ('… Eine eindeutige Entscheidung auf Bundesebene ist im "
              "Inter'), which is dropped with its unclosed quotation (rule 15), before any contact block, and the sender is read "
              "as the Vorarlberg Landespressestelle from the dateline code 'Hohenems (OTS/VLK) -' (rules 2600, 3550, 3660); "
              "headline and subtitle kept as lines of their own)",
    license=APA_OTS_PUBLIC,
    paras=[AW_SUB, AW_P1, AW_P2],
    # the headline quotation after the label `LH Wallner:` is his although the body does not repeat the words (rule 54); the
    # quotations before `betonte Wallner` and `so Wallner` are his (rule 30); the Obmann Josef Schwärzler, whose report of the
    # season is given in Konjunktiv without marks, and the Agrarlandesrat Erich Schwärzler, whose position Wallner is said to
    # share, say nothing in marks (rule 5); `Schwärzler` names two men and is nobody's alias; `Landeshauptmann` names only
    # Wallner (rule 44)
    quotes=[('"Klares Bekenntnis zur heimischen Alpwirtschaft"', WALLNER),
            (cut(AW_P2, '"Mit ihrer', 'ländlichen Regionen"'), WALLNER),
            ('"Der TBC-Bekämpfung wird oberste Priorität eingeräumt"', WALLNER)],
    aliases={WALLNER: ["Markus Wallner", "Wallner", "LH Wallner", "Landeshauptmann Markus Wallner", "Landeshauptmann Wallner",
                       "Landeshauptmann"]})
