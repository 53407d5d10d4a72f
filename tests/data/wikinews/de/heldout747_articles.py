# Seven-hundred-and-forty-seventh held-out German real-news set (tests/data/heldout747-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4680-4683). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, OTS dateline, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of
# these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-forty-seventh held-out set": texts of three Land governments' offices:
# five press releases of the Bavarian State Ministry of the Interior on its own domains (licence BAYSTMI: Joachim Herrmann at
# the Ehrenabend for the "Partner der Feuerwehr" of the Landkreis Dingolfing-Landau, March 2024; his congratulations to the
# Freiwillige Feuerwehr Grasbrunn on its 150th anniversary, July 2024; his visit to the new fire-brigade house of Tirschenreuth,
# October 2019; his congratulations to the FFW Schwangau on its new house, September 2019; and, as a news item of the
# ministry's 'Aktuelles' archive, his speech at the Landesverbandsversammlung of the Landesfeuerwehrverband in Memmingen,
# October 2023), one release of the press service of the Niederösterreichische Landesregierung as reposted in full by the
# press portal prnet.at (licence APA_OTS_LAND_REPOST_PRNET: Landeshauptfrau Johanna Mikl-Leitner opening the Rathaus, the
# Kirchenplatz and the Stadteinfahrt Klosterberg of Neulengbach, undated) and one tag page of the news aggregator de.nepoli.eu
# that lists the teasers of releases of the Ministry of the Interior of Mecklenburg-Vorpommern (licence OTS_REPOST_NEPOLI:
# Innenminister Christian Pegel on the flag rules, the Land's statistical brochure and the Polish border). Stored copies are the
# `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the date lines, a picture caption with its
# credit, the aggregator's link words and the store's cut-off last paragraphs are dropped (rules 14, 2261, 4682), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, APA_OTS_LAND_REPOST_PRNET, OTS_REPOST_NEPOLI  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HERRMANN = "Joachim Herrmann"
MIKL = "Johanna Mikl-Leitner"
PEGEL = "Christian Pegel"

# --- StMI regional press release M17/2024, 22 March 2024: Herrmann honours the "Partner der Feuerwehr" in Dingolfing-Landau ---

DL_T = "Herrmann beim Ehrenabend für die \"Partner der Feuerwehr\" im Landkreis Dingolfing-Landau"
DL_SUB = ("Bayerns Innenminister Joachim Herrmann beim Ehrenabend für die \"Partner der Feuerwehr\" im Landkreis "
          "Dingolfing-Landau: Auszeichnung von wichtigen Unterstützern des Ehrenamtes - Über 30.000 Einsatzstunden der "
          "Feuerwehr")
DL_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat beim heutigen Ehrenabend Vertreter von 20 Firmen und Banken als "
         "„Partner der Feuerwehr“ im Landkreis Dingolfing-Landau ausgezeichnet und ihnen für die wichtige Unterstützung "
         "gedankt: „Über 30.000 Einsatzstunden der Feuerwehren gab es 2023 im Landkreis. Eine beachtenswerte Leistung – ohne "
         "Rückendeckung der zahlreichen Partner für das sicherheitsrelevante Ehrenamt wäre dies aber nicht denkbar. Durch Ihr "
         "Engagement für den Kreisfeuerwehrverband tragen Sie dazu bei, dass unsere Gesellschaft sicherer wird und Menschen in "
         "Not Hilfe erhalten. Hierfür ein ganz herzliches Vergelt s Gott“. Für den Minister ist klar: „Nur gemeinsam und als "
         "starkes Team können unsere Feuerwehren ihre Leistungen erbringen. Und dafür braucht es neben einem starken Staat, auch "
         "Arbeitgeber und Unternehmen wie Sie, die hinter den Feuerwehrleuten und der Idee stehen, sich für andere "
         "einzusetzen.“ +++")

add(id="ho747-stmi-2024-03-22-herrmann-partner-der-feuerwehr-dingolfing-landau",
    title=DL_T,
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2024/M17/index.php",
    retrieved="same address with the trailing dot of the host as stored (regional press release M17/2024 of the StMI, 22 "
              "March 2024 by its date line; the date line 'München, 22.03.2024', run into the subtitle without a space in the "
              "stored copy ('München, 22.03.2024Bayerns Innenminister …'), dropped and the subtitle kept as a line from "
              "'Bayerns' (rule 2261); the teaser markers '+++' kept (rule 2260); the second paragraph ('Der Innenminister "
              "nutzte die Gelegenheit, … „Die Feuerwehren liegen der Staatsregierung und mir als Innenminister besonders am "
              "Herzen. …“, versicherte der Minister. „So sind wir ständig bemüht, … Außerdem haben wir die Förderfestbeträge "
              "seit d'), cut off inside a quotation in the stored copy, dropped with its two quotations (rules 15, 52); the "
              "published 'Vergelt s Gott' without an apostrophe and 'neben einem starken Staat, auch Arbeitgeber' kept (rule "
              "20))",
    license=BAYSTMI,
    paras=[DL_SUB, DL_P1],
    # the name of the honour in marks in the title, the subtitle and the body is null, also in the body's `als „…“
    # ausgezeichnet` (rules 24, 2263, 4681; contrast rule 2323); the colon quotation after `hat … ausgezeichnet und ihnen für
    # die wichtige Unterstützung gedankt:` is Herrmann's, the honoured being his addressees (`Durch Ihr Engagement`; rules 9,
    # 12); the colon quotation after the view cue `Für den Minister ist klar:` is his (rule 44; the view cue as in `Für
    # Kirchner steht fest`, 433rd set); the firms and banks, the Kreisfeuerwehrverband and the Staat say nothing; `Innenminister`
    # and `Minister` name only him in the release (rule 44)
    quotes=[("\"Partner der Feuerwehr\"", None, 0),
            ("\"Partner der Feuerwehr\"", None, 1),
            ("„Partner der Feuerwehr“", None),
            (cut(DL_P1, "„Über 30.000", "Vergelt s Gott“"), HERRMANN),
            (cut(DL_P1, "„Nur gemeinsam", "einzusetzen.“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI regional press release M45/2024, 8 July 2024: Herrmann congratulates the FF Grasbrunn on its 150th anniversary ---

GB_T = "Herrmann gratuliert Freiwilliger Feuerwehr Grasbrunn"
GB_SUB = ("Bayerns Innenminister Joachim Herrmann gratuliert zum 150-jährigen Jubiläum der Freiwilligen Feuerwehr Grasbrunn: "
          "Eineinhalb Jahrhunderte vorbildhaftes Engagement zum Wohle der Bürger")
GB_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat heute der Freiwilligen Feuerwehr Grasbrunn zu ihrem 150-jährigen "
         "Jubiläum gratuliert und das großartige und vorbildhafte Engagement gelobt:  \"Seit eineinhalb Jahrhunderten rückt "
         "die Feuerwehr zu den unterschiedlichsten Einsätzen aus, um ihren Mitbürgerinnen und Mitbürgern in der Not zur Seite "
         "zu stehen – und dies immer fachkundig, effektiv und mutig\", betonte Herrmann. Die 130 aktiven Feuerwehrfrauen und "
         "-männer der Grasbrunner Feuerwehr leisteten allein im letzten Jahr insgesamt fast 2.200 Einsatzstunden. \"Für dieses "
         "unentgeltliche und ehrenamtliche Engagement zum Wohle Ihrer Mitmenschen danke ich Ihnen herzlich! Bleiben Sie bitte "
         "weiter so engagiert und hilfsbereit und geben Sie die wichtigen Werte, für die die unsere Feuerwehren stehen, auch an "
         "den Nachwuchs weiter\", so der Minister. +++")
GB_P2 = ("Die Feuerwehren sind nach den Worten Herrmanns nicht nur unverzichtbar für die Sicherheit der Bürgerinnen und Bürger, "
         "sondern auch ein wesentlicher Teil des gesellschaftlichen Lebens in den Städten und Gemeinden. Es sei daher wichtig, "
         "bestmögliche Rahmenbedingungen für die bayerischen Feuerwehren zu schaffen. \"Dafür unternehmen wir große "
         "Anstrengungen – bei der Optimierung der Ausbildung wie auch bei der Beschaffung von Ausrüstung.\"")

add(id="ho747-stmi-2024-07-08-herrmann-ff-grasbrunn-150-jahre",
    title=GB_T,
    url="https://im.bayern/med/pressemitteilungen/regional/2024/M45/index.php",
    retrieved="same address (regional press release M45/2024 of the StMI under its host im.bayern, 8 July 2024 by its date "
              "line; the date line 'München, 08.07.2024', a line of its own in the stored copy, dropped, the subtitle kept as "
              "a line (rule 2261); the teaser markers '+++' kept (rule 2260); the third paragraph ('Allein die finanzielle "
              "Unterstützung der Bayerischen Staatsregierung könne sich sehen lassen: \"In den letzten fünf Jahren haben wir "
              "mehr als 232 Millionen Euro an Fördergeldern ausbezahlt\", betonte der Minister. \"Hiervon flossen … rund 5,3 "
              "Millionen Euro.\" Eine weitere Unters'), cut off in mid-word in the stored copy, dropped with its two "
              "quotations (rules 15, 52); the published double space after 'gelobt:' and 'für die die unsere Feuerwehren "
              "stehen' kept (rule 20); the 606th set named this release as looked at and left out "
              "to keep its set at nine texts, so it is in no jsonl)",
    license=BAYSTMI,
    paras=[GB_SUB, GB_P1, GB_P2],
    # the colon quotation after `hat … gratuliert und das großartige und vorbildhafte Engagement gelobt:`, which also has its
    # own cue `betonte Herrmann` after it, is Herrmann's (rules 9, 30); the quotation before `so der Minister` is his (rules
    # 30, 44); the cue-less quotation after the Konjunktiv report introduced by `nach den Worten Herrmanns` continues him (rules
    # 5, 59; NOTES.md continuation); the Feuerwehr, its 130 members and the Nachwuchs say nothing; `Innenminister` and `Minister`
    # name only him (rule 44)
    quotes=[(cut(GB_P1, "\"Seit eineinhalb", "mutig\""), HERRMANN),
            (cut(GB_P1, "\"Für dieses", "weiter\""), HERRMANN),
            (cut(GB_P2, "\"Dafür", "Ausrüstung.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Herrmanns", "Innenminister", "Minister"]})

# --- StMI regional press release M122b/2019, 25 October 2019: Herrmann at the new fire-brigade house of Tirschenreuth ---

TR_T = "Herrmann in Tirschenreuth"
TR_SUB = ("Bayerns Innenminister Joachim Herrmann in Tirschenreuth: Sicherheitsrelevantes Ehrenamt auch weiterhin großes "
          "Herzensanliegen - Für neues Feuerwehrhaus vom Freistaat insgesamt 863.100 Euro Förderung bewilligt")
TR_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat bei der Besichtigung des neu gebauten Feuerwehrhauses der "
         "Freiwilligen Feuerwehr in Tirschenreuth den großen Einsatz der Feuerwehrfrauen und -männer gelobt. \"Sie setzen sich "
         "gemeinsam mit freiwilligen Hilfsorganisationen, dem Technischen Hilfswerk, Bundeswehr, Bundespolizei und unserer "
         "Bayerischen Polizei Tag und Nacht für Ihre Mitmenschen ein. Das verdient meinen größten Respekt\", sagte der "
         "Minister. Das neue Feuerwehrhaus wurde nach über 15 Jahren interner Planungen und zweijähriger Bauzeit am 3. Mai "
         "dieses Jahres offiziell eingeweiht. Vom Freistaat wurde dafür eine Förderung von insgesamt 863.100 Euro bewilligt. "
         "Beim anschließenden Blaulichtempfang sicherte Herrmann auch zukünftig Unterstützung beim Erwerb von "
         "Feuerwehrfahrzeugen und bei der Errichtung von Feuerwehrgerätehäusern zu: \"Der Bayerischen Staatsregierung ist die "
         "Stärkung und Unterstützung des sicherheitsrelevanten Ehrenamts auch weiterhin ein großes Herzensanliegen.\" So "
         "wurden bayernweit von 2014 bis 2018 bereits über 208 Millionen Euro an Fördergeldern ausbezahlt, wovon die Gemeinden "
         "des Landkreises Tirschenreuth rund 2,2 Millionen Euro erhalten haben. +++")
TR_P2 = ("Besonders lobte Herrmann die Jugendarbeit der Freiwilligen Feuerwehr Tirschenreuth. \"Sie haben eine sehr engagierte "
         "Jugendfeuerwehr, auf die Sie sehr stolz sein können. Ungeschlagener Kreismeister seit 20 Jahren, vierfacher "
         "Bezirksmeister, dreifacher Landesmeister, zweimaliger Deutscher Vizemeister und einmal sogar Deutscher Meister beim "
         "Bundeswettbewerb aller Deutschen Jugendfeuerwehren – das ist sehr beachtlich\", so der Minister.")

add(id="ho747-stmi-2019-10-25-herrmann-feuerwehrhaus-tirschenreuth",
    title=TR_T,
    url="https://innenministerium.bayern.de/med/pressemitteilungen/regional/2019/M122b/index.php",
    retrieved="same address (regional press release M122b/2019 of the StMI, 25 October 2019 by its date line; the date line "
              "'München, 25.10.2019', run into the subtitle without a space in the stored copy ('München, "
              "25.10.2019Bayerns Innenminister …'), dropped and the subtitle kept as a line from 'Bayerns' (rule 2261); the "
              "teaser markers '+++' kept (rule 2260); the third paragraph ('Eine gute Ausbildung nicht nur der Jugend, "
              "sondern auch der Feuerwehrfrauen und -männer habe laut'), cut off in the stored copy, dropped (rule 15); the "
              "606th set named this release as looked at and left out, so it is in no jsonl)",
    license=BAYSTMI,
    paras=[TR_SUB, TR_P1, TR_P2],
    # the quotation before `sagte der Minister` is Herrmann's, the subject of the sentence before; the firefighters praised
    # there are his addressees (`Ihre Mitmenschen`; rules 8, 12, 30, 44); the colon quotation after `sicherte Herrmann auch
    # zukünftig Unterstützung … zu:` is his (rule 9); the quotation after `Besonders lobte Herrmann die Jugendarbeit …` and
    # before `so der Minister` is his (rule 30); the Staatsregierung, named inside his words, the Freistaat, the THW, the
    # Bundeswehr, the Bundespolizei and the Jugendfeuerwehr say nothing; `Innenminister` and `Minister` name only him (rule 44)
    quotes=[(cut(TR_P1, "\"Sie setzen", "Respekt\""), HERRMANN),
            (cut(TR_P1, "\"Der Bayerischen", "Herzensanliegen.\""), HERRMANN),
            (cut(TR_P2, "\"Sie haben", "beachtlich\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI regional press release M110b/2019, 29 September 2019: Herrmann congratulates the FFW Schwangau on its new house ---

SG_T = "Herrmann gratuliert der FFW Schwangau zum neuen Feuerwehrhaus: Freistaat Bayern fördert den Neubau mit 314.000 Euro"
SG_SUB = ("Bayerns Innenminister Joachim Herrmann gratuliert der FFW Schwangau zum neuen Feuerwehrhaus: Freiwilliges "
          "Engagement im sicherheitsrelevanten Ehrenamt ist von unschätzbarem Wert und verdient beste Rahmenbedingungen - "
          "Freistaat Bayern fördert den Neubau mit 314.000 Euro")
SG_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat heute der Freiwilligen Feuerwehr Schwangau zu ihrem neuen modernen "
         "Feuerwehrhaus gratuliert, das am Vormittag feierlich eingeweiht wurde. Als Schirmherr des Festakts bedankte er sich "
         "bei den mehr als 100 Feuerleuten der FFW Schwangau für ihren unermüdlichen Einsatz für die Gemeinschaft. Herrmann "
         "betonte einmal mehr, dass dieses freiwillige Engagement für Mitmenschen in Not von unschätzbarem Wert ist. Deshalb "
         "sei es der Bayerischen Staatsregierung auch ein echtes Herzensanliegen, das sicherheitsrelevante Ehrenamt zu stärken. "
         "\"Wir unternehmen große Anstrengungen, um den hohen Standard bei der Ausbildung und Ausrüstung weiter zu "
         "verbessern\", so der Minister. \"Und ich sage nicht ohne Stolz: Der Freistaat hat mit seiner Förderung einen "
         "erheblichen Beitrag zu diesem Neubau geleistet. Er hat der Gemeinde hierfür mit insgesamt 314.000 Euro unter die Arme "
         "gegriffen\", Herrmann weiter. +++")

add(id="ho747-stmi-2019-09-29-herrmann-feuerwehrhaus-schwangau",
    title=SG_T,
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2019/M110b/index.php",
    retrieved="same address with the trailing dot of the host as stored (regional press release M110b/2019 of the StMI, 29 "
              "September 2019 by its date line; the date line 'München, 29.09.2019', run into the subtitle without a space in "
              "the stored copy ('München, 29.09.2019Bayerns Innenminister …'), dropped and the subtitle kept as a line from "
              "'Bayerns' (rule 2261); the teaser markers '+++' kept (rule 2260); the second paragraph ('Die Staatsregierung "
              "hat nach den Worten des Innenministers … \"Auch die Gemeinde Schwangau konnten wir …\", erklärte Herrmann. So "
              "wurde … und für die Beschaffung ei'), cut off in mid-word in the stored copy, dropped with its quotation (rules "
              "15, 52); the published 'Feuerleuten' and the verbless cue '\", Herrmann weiter.' kept (rule 20); the 606th set "
              "named this release as looked at and left out, so it is in no jsonl)",
    license=BAYSTMI,
    paras=[SG_SUB, SG_P1],
    # the quotation before `so der Minister`, after his reported `Herrmann betonte …, dass …` and the Konjunktiv sentence that
    # continues it, is Herrmann's (rules 5, 30, 44); the next quotation, closed by the verbless cue `Herrmann weiter`, is his
    # (rule 4680); the Freiwillige Feuerwehr, the Staatsregierung, the Freistaat and the Gemeinde say nothing; `Innenminister`
    # and `Minister` name only him (rule 44)
    quotes=[(cut(SG_P1, "\"Wir unternehmen", "verbessern\""), HERRMANN),
            (cut(SG_P1, "\"Und ich sage", "gegriffen\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI news item ('Aktuelles'), 6 October 2023: Herrmann at the Landesverbandsversammlung of the LFV in Memmingen ---

LF_T = "Wichtiges Sprachrohr: Herrmann bei Landesversammlung des Landesfeuerwehrverbandes"
LF_P1 = ("Memmingen, 6. Oktober 2023 (stmi). Innenminister Joachim Herrmann hat bei der 30. Landesverbandsversammlung des "
         "Landesfeuerwehrverbandes (LFV) diesen als wichtiges Sprachrohr für die bayerischen Feuerwehren bezeichnet. \"Wir "
         "unterstützen daher den LFV bereits seit vielen Jahren bei seiner Arbeit. Ab 2024 heben wir die Förderung des "
         "Verbands nochmals kräftig auf über 1,5 Millionen Euro an\", gab Herrmann in Memmingen bekannt.")
LF_SUB = "Respekt und Anerkennung für wertvollen Einsatz"
LF_P2 = ("Gegenüber allen bayerischen Feuerwehrleuten sprach der Minister seinen herzlichsten Dank aus: \"Ihnen gilt unser "
         "aller höchster Respekt und Anerkennung für ihren wertvollen Einsatz und ihr herausragendes Engagement für die "
         "Sicherheit von uns allen.\" Mit Blick auf die zunehmenden Herausforderungen versicherte der Minister, die Kommunen "
         "und ihre Feuerwehren mit allen Kräften zu unterstützen. \"Unser Ziel ist es dabei auch den hohen Standard bei der "
         "Ausrüstung der Feuerwehren immer weiter zu verbessern. In den letzten fünf Jahren haben wir mehr als 244 Millionen "
         "Euro an Fördergeldern ausbezahlt.\"")

add(id="ho747-stmi-aktuell-2023-10-06-herrmann-lfv-memmingen",
    title=LF_T,
    url="https://im.bayern/med/aktuell/archiv/2023/231006lfv/index.php",
    retrieved="same address (news item of the StMI in its 'Aktuelles' archive under the host im.bayern, marked '(stmi)' in "
              "its dateline, 6 October 2023; the picture caption 'Gruppenfoto: Herrmann mit Geehrten' and its credit '© "
              "Marina Wieluch' above the headline dropped (rules 14, 2321); the dateline 'Memmingen, 6. Oktober 2023 "
              "(stmi).' kept in the first paragraph (rule 2321); the subheading 'Respekt und Anerkennung für wertvollen "
              "Einsatz' kept as a line (rule 13); the published 'Ihnen gilt unser aller höchster Respekt … für ihren "
              "wertvollen Einsatz' and 'Unser Ziel ist es dabei auch den' without a comma kept (rule 20); the stored excerpt "
              "ends after the closing mark of the second paragraph, and whatever followed it is not in the copy (rule 17))",
    license=BAYSTMI,
    paras=[LF_P1, LF_SUB, LF_P2],
    # the headline label `Wichtiges Sprachrohr:` is the ministry's unmarked summary (rule 5); the quotation before `gab
    # Herrmann in Memmingen bekannt` is his (rule 30); the colon quotation after `sprach der Minister seinen herzlichsten Dank
    # aus:` is his, the firefighters of `Gegenüber allen bayerischen Feuerwehrleuten` being the addressees (rules 9, 12, 44);
    # the cue-less quotation after the indirect `versicherte der Minister, …` continues him (rules 5, 8; NOTES.md
    # continuation); the LFV, the Kommunen and the Feuerwehren say nothing; `Innenminister` and `Minister` name only him (rule
    # 44)
    quotes=[(cut(LF_P1, "\"Wir", "Euro an\""), HERRMANN),
            (cut(LF_P2, "\"Ihnen gilt", "allen.\""), HERRMANN),
            (cut(LF_P2, "\"Unser Ziel", "ausbezahlt.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- prnet.at repost of an NLK release (APA-OTS), undated: Mikl-Leitner opens Rathaus, Kirchenplatz and Stadteinfahrt ---

NL_T = "Neulengbach: Offizielle Eröffnung von Rathaus, Kirchenplatz und Stadteinfahrt Klosterberg"
NL_SUB = "LH Mikl-Leitner: „Danke für die partnerschaftliche Zusammenarbeit“"
NL_P1 = ("St. Pölten (OTS/NLK) Der Um- und Zubau des Rathauses, die neue Stadteinfahrt Klosterberg und der neu gestaltete "
         "Kirchenplatz: Gleich drei umfangreiche Projekte wurden heute, Samstag, in Neulengbach ihrer Bestimmung übergeben. Die "
         "offizielle Eröffnung wurde durch Landeshauptfrau Johanna Mikl-Leitner vorgenommen.")
NL_P2 = ("Der heutige Tag sei nicht nur für Neulengbach, sondern auch für das gesamte Land ein ganz besonderer, denn mit der "
         "heutigen Eröffnung dieser „drei Meilensteine für Neulengbach“ werde heute auch ein neues Kapitel in der Geschichte "
         "der Stadtgemeinde aufgeschlagen, sagte die Landeshauptfrau in ihrer Festrede.")
NL_P3 = ("Die Investitionen seien „wichtig und richtig“ gewesen, gratulierte Mikl-Leitner „allen, die hier Hand angelegt "
         "haben“. Für derartige Projekte brauche es „ein Miteinander: ein Miteinander in der Gemeinde und ein Miteinander "
         "zwischen Land und Gemeinde“, betonte sie und sagte „ein großes Danke für die partnerschaftliche Zusammenarbeit“.")
NL_P4 = ("In der digitalen Welt von heute habe man es sich zum Ziel gesetzt, „Niederösterreich als das größte Bundesland auch "
         "zum schnellsten Bundesland zu machen“, betonte die Landeshauptfrau: „Schnell, wenn es um Betriebsansiedlungen geht "
         "und schnell, wenn es um die Anliegen der Menschen geht.“ Man wolle die Digitalisierung „so nutzen, dass sie dem Land "
         "und den Menschen hilft“, meinte sie.")
NL_P5 = ("Die Gemeinde sehe sich als Servicestelle für die Bürgerinnen und Bürger, sagte Bürgermeister Franz Wohlmuth im Zuge "
         "des von Astrid Nentwich moderierten Festaktes. Zukunftsorientierte Städte und Gemeinden brauchten auch moderne "
         "Bürgerservicezentren, verwies er auf die Aufgaben einer Stadtgemeinde von der Kinderbetreuung über die Schulen sowie "
         "Bau- und Verkehrsverhandlungen bis hin zu Kulturveranstaltungen.")

add(id="ho747-prnet-nlk-mikl-leitner-neulengbach-rathaus-kirchenplatz",
    title=NL_T,
    url="https://prnet.at/neulengbach-offizielle-eroeffnung-von-rathaus-kirchenplatz-und-stadteinfahrt-klosterberg/",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on APA-OTS, dateline "
              "code 'St. Pölten (OTS/NLK)', as reposted by the press portal prnet.at; the copy shows no date, and none is "
              "inferred beyond the speaker's title Landeshauptfrau, which she has held since April 2017, and the release's "
              "'heute, Samstag'; headline and subtitle kept as lines of their own as stored; the dateline without a dash "
              "kept run into the first paragraph as the copy gives it (rule 20); the sixth paragraph ('Weiters informierten im "
              "Zug'), cut off in the stored copy, dropped with whatever followed it, so that no contact block and no footer of "
              "the repost is stored (rule 15); the sender is told by the dateline code NLK, as for the 731st set's prnet.at "
              "copy (rule 4683))",
    license=APA_OTS_LAND_REPOST_PRNET,
    paras=[NL_SUB, NL_P1, NL_P2, NL_P3, NL_P4, NL_P5],
    # the subtitle's quotation after the label `LH Mikl-Leitner:` is hers (rule 54), the body giving the same words as a
    # partial quotation after `sagte` (rule 49); the partial quotations inside her Konjunktiv report before `sagte die
    # Landeshauptfrau in ihrer Festrede`, `gratulierte Mikl-Leitner` (the object `„allen, die …“` of the same verb included),
    # `betonte sie und sagte` and `meinte sie` are hers (rules 3, 8, 30); the colon quotation after `betonte die
    # Landeshauptfrau:`, which follows her partial quotation in the same sentence, is hers (rule 9); Bürgermeister Franz
    # Wohlmuth is reported without marks (rule 5) and has no span; Astrid Nentwich, the moderator, says nothing; `Landeshauptfrau`
    # names only her in the release (rule 44)
    quotes=[("„Danke für die partnerschaftliche Zusammenarbeit“", MIKL),
            ("„drei Meilensteine für Neulengbach“", MIKL),
            ("„wichtig und richtig“", MIKL),
            ("„allen, die hier Hand angelegt haben“", MIKL),
            (cut(NL_P3, "„ein Miteinander:", "Gemeinde“"), MIKL),
            ("„ein großes Danke für die partnerschaftliche Zusammenarbeit“", MIKL),
            (cut(NL_P4, "„Niederösterreich als", "zu machen“"), MIKL),
            (cut(NL_P4, "„Schnell,", "geht.“"), MIKL),
            (cut(NL_P4, "„so nutzen", "hilft“"), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mikl-Leitner", "LH Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner",
                    "Landeshauptfrau"]})

# --- de.nepoli.eu tag page 'is-mv', page 115: teasers of releases of the Ministry of the Interior of Mecklenburg-Vorpommern ---

MV_T = "is-mv"
MV_H1 = "Innenminister Christian Pegel zu Beflaggung: „Kommunen sollen selbst entscheiden können“"
MV_P1 = ("Schon bald könnten vor Rathäusern in Mecklenburg-Vorpommern auch Regenbogenflaggen gehisst werden. Die "
         "Landesregierung plant eine Liberalisierung der Beflaggungsordnung, so wie im Koalitionsvertrag vereinbart. Der "
         "Landtag hat heute das Innenministerium per Beschluss damit beauftragt. \"Dafür bin ich dem Landtag sehr dankbar\", "
         "sagt Innenminister Christian Pegel und begründet: \"Weltoffenheit, To")
MV_H2 = "Christian Pegel: „Aktualisierte Faktensammlung zu M-V sollte in keinem Haushalt mit Schulkindern fehlen“"
MV_P2 = ("\"Wer kennt sie nicht - die Schulhausaufgaben mit der Frage: ,Welche Länge hat die Ostseeküste "
         "Mecklenburg-Vorpommerns?'\", fragt Innenminister Christian Pegel und hat auch gleich die Antwort parat, wo sich solche "
         "Daten und Fakten über unser Bundesland schnell und unkompliziert finden lassen: \"In einer soeben erschienenen "
         "Neuauflage der Informationsbroschüre unseres Statistischen Landesamtes.\"")
MV_H3 = ("Innenminister Christian Pegel machte sich mit Bundespolizei ein Bild von der Situation an deutsch-polnischer "
         "Grenze")
MV_P3 = ("Bei Besuchen im Polizeipräsidium Neubrandenburg, bei der Bundespolizeiinspektion in Pasewalk und am ehemaligen "
         "Grenzübergang Linken machte sich Innenminister Christian Pegel heute ein Bild von der Situation rund um "
         "Asylsu-chende, die über Weißrussland und die polnische Grenze nach Mecklenburg-Vorpommern kommen. \"In diesem Jahr "
         "war es noch kein einziger, nachdem von August bis Dezember des ver")

add(id="ho747-nepoli-tag-is-mv-115-pegel-beflaggung-faktensammlung-grenze",
    title=MV_T,
    url="https://de.nepoli.eu/tag/is-mv/page/115",
    retrieved="same address (page 115 of the news aggregator's tag page 'is-mv', which lists teasers of releases of the "
              "Ministry of the Interior of Mecklenburg-Vorpommern sent over ots, each a headline and a teaser cut off by the "
              "site after a fixed length; the page shows no dates, and none is supplied; the tag name is the first line as the "
              "page shows it (rules 19, 87); the link word ' Weiterlesen' that the site appends to each teaser dropped, the "
              "teasers kept as cut by the site, ending mid-word ('To', 'ver'; rules 69, 4682); the fourth item "
              "('Verfassungsschutzbericht 2020: Rechtsextremisten und Reichsbürger machen sich Corona-Demos zunutze' / "
              "'Landesinnenminister Christian Pegel stellte heute … auf die Aktivitäten antidemo'), whose teaser the stored "
              "excerpt cuts off before the site's own cut and its link word, dropped with its headline (rules 15, 4682); the "
              "published 'Asylsu-chende' and the low comma ',' opening the nested question closed by an ASCII apostrophe kept "
              "(rule 20); the sender is told by the tag, the headlines naming the Innenminister and the wording of the "
              "releases)",
    license=OTS_REPOST_NEPOLI,
    paras=[MV_H1, MV_P1, MV_H2, MV_P2, MV_H3, MV_P3],
    # the headline quotations after the labels `Innenminister Christian Pegel zu Beflaggung:` and `Christian Pegel:` are his
    # (rule 54); the quotation before `sagt Innenminister Christian Pegel` is his (rule 30), and the colon quotation after
    # `und begründet:`, cut off by the site's fixed length, runs to the end of the teaser and is his too (rules 9, 69, 140);
    # the question before `fragt Innenminister Christian Pegel` with its nested question (rules 30, 110) and the colon quotation
    # after `hat auch gleich die Antwort parat, …:` are his (rule 9); the quotation that opens after the sentence whose subject
    # is Pegel and is cut off by the site is his (rules 8, 140); the Landesregierung, the Landtag, the Innenministerium, the
    # Statistisches Landesamt, the Bundespolizei and the Polizeipräsidium say nothing; `Innenminister` names only him (rule 44)
    quotes=[("„Kommunen sollen selbst entscheiden können“", PEGEL),
            ("\"Dafür bin ich dem Landtag sehr dankbar\"", PEGEL),
            ("\"Weltoffenheit, To", PEGEL),
            (cut(MV_H2, "„Aktualisierte", "fehlen“"), PEGEL),
            (cut(MV_P2, "\"Wer kennt", "?'\""), PEGEL),
            (cut(MV_P2, "\"In einer", "Landesamtes.\""), PEGEL),
            (cut(MV_P3, "\"In diesem Jahr", "des ver"), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister"]})
