# Two-hundred-and-eightieth held-out German real-news set (tests/data/heldout280-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1815-1818). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number, URL slug, headline and two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-eightieth held-out set": texts of the German Federal Government on the
# Chancellery's Christmas-tree handover (bundesregierung.de, bundeskanzlerin.de, bundeskanzler.de: three news items, one
# archived news item and one press-statement transcript, 2009-2024), all under licence BREG. Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page
# furniture is dropped (rules 14, 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"

# --- bundesregierung.de, archive: the Christmas trees of 2009 ---

add(id="ho280-breg-2009-adventsstimmung-kanzleramt",
    title="Schöne Tradition Adventsstimmung im Bundeskanzleramt",
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/adventsstimmung-im-bundeskanzleramt-415724",
    retrieved="same address (undated news item in the site's archive of old content; Ronald Pofalla as head of the "
              "Chancellery and the Chancellor's 'Genauso alt wie ich' about a fir with 55 annual rings date it to "
              "November 2009; the title line 'Adventsstimmung im Bundeskanzleramt' dropped, the kicker and headline run "
              "together in one line are the first line as stored (rule 150); the reading-time line '1 Min. Lesedauer', "
              "the photo caption 'Bundeskanzlerin Angela Merkel mit dem Chef des Kanzleramtes Ronald Pofalla und einigen "
              "anderen Politikerinnen, Politikern und Gästen vor der Weißtanne im Ehrenhof.', the image title "
              "'Weihnachtliche Stimmung im Kanzleramt' and the credit 'Foto: REGIERUNGonline/Gebhardt' dropped (rule 93); "
              "the full stop after the closing mark in 'Berlin.“, sagte sie', the double full stop in 'e. V..', the "
              "spelling 'Rheinland Pfalz' and the ASCII marks of the forester's quotation kept as published (rule 20))",
    license=BREG,
    paras=["Drei Weihnachtsbäume schmücken pünktlich zum ersten Adventswochenende das Bundeskanzleramt. Zwei Fichten sorgen "
           "im Gebäude für vorweihnachtliche Stimmung. Eine festlich dekorierte Weißtanne verschönert noch bis Ende "
           "Dezember den Ehrenhof.",
           "„Ein besonders schönes Stück“, lobte Bundeskanzlerin Merkel den Weihnachtsbaum im Ehrenhof des "
           "Bundeskanzleramtes. „Ich hoffe, sie fühlt sich in den nächsten Tagen und Wochen wohl in Berlin.“, sagte sie zu "
           "den alljährlichen Stiftern, den Vertretern der Arbeitsgemeinschaft Deutscher Waldbesitzerverbände e. V..",
           "Geschlagen wurde der 14 Meter hohe Baum im Baden-Badener Stadtpark. \"Es ist die schönste Tanne, die wir für "
           "den Zweck als Weihnachtsbaum haben\", sagte Forstamtsleiter Thomas Hauck. Die Weißtanne besitzt 55 "
           "Jahresringe. „Genauso alt wie ich“, scherzte die Kanzlerin.",
           "Weihnachtsschmuck im Amt",
           "Einer der beiden Bäume, die im Inneren des Bundeskanzleramtes stehen, ist eine acht Meter hohe Rotfichte aus "
           "dem Landkreis Bautzen. Sie ist ein Geschenk des Deutschen Energieholz- und Pellet-Verbandes.",
           "Der dritte Baum kommt aus Rheinland Pfalz und ist eine Gabe des Technischen Hilfswerks aus dem Ortsverband "
           "Frankenthal. Die sieben Meter hohe Stechfichte steht an der Südtreppe im Erdgeschoss."],
    quotes=[("„Ein besonders schönes Stück“", "Merkel"),
            ("„Ich hoffe, sie fühlt sich in den nächsten Tagen und Wochen wohl in Berlin.“", "Merkel"),
            ("\"Es ist die schönste Tanne, die wir für den Zweck als Weihnachtsbaum haben\"", "Thomas Hauck"),
            ("„Genauso alt wie ich“", "Merkel")],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin Merkel", "Kanzlerin"],
             "Thomas Hauck": ["Thomas Hauck", "Forstamtsleiter Thomas Hauck"]})

# --- bundeskanzlerin.de: the Christmas trees of 2018 ---

add(id="ho280-bkin-2018-es-gruent-im-kanzleramt",
    title="Weihnachtsbäume übergeben Es grünt im Kanzleramt",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/es-gruent-im-kanzleramt-1553220",
    retrieved="same address (undated news item; Helge Braun as head of the Chancellery and Annette Widmann-Mauz as "
              "Commissioner for Integration with the page number date it to November 2018; the title line 'Es grünt im "
              "Kanzleramt' dropped, the kicker and headline run together in one line are the first line as stored (rule "
              "150); the reading-time line '1 Min. Lesedauer', the photo captions 'Kanzlerin Merkel nimmt den "
              "Weihnachtsbaum vor dem Kanzleramt entgegen.' and 'Grün und funkelnd - der diesjährige Weihnachtsbaum vor "
              "dem Kanzleramt.' and the credit 'Foto: Bundesregierung /Steins' dropped (rule 93); the published '(ADGW)' and "
              "the double space in 'nun  entgegengenommen' kept (rule 20); the list dashes of the fact box dropped, its "
              "items kept as lines (rule 93); the fourth item 'Ein Hektar Weihnachtsbaumkultur bindet … Der "
              "Pro-Kopf-Verbrauch in Deutschland beträgt', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Stattliche zwölf Meter hoch und 54 Jahre alt ist die Weißtanne, die ab sofort den Ehrenhof im "
           "Bundeskanzleramt schmückt. Die Kanzlerin hat sie zusammen mit zwei weiteren Bäumen bei der traditionellen "
           "Weihnachtsbaumübergabe entgegengenommen.",
           "Der alte Riese stammt aus Brandenburg. Und zwar vom Forstbetrieb \"Sauener Forst Gewerbe GmbH\". Als "
           "beliebtester Baum der Deutschen kann die Weißtanne aber nicht punkten: Diesen Ehrentitel trägt die "
           "Nordmanntanne. Eine solche steht nun ebenfalls im Kanzleramt.",
           "Nordmann aus Süddeutschland",
           "Die Nordmanntanne kommt aus Baden-Württemberg: Die Stadt Hechingen hat einen 25 bis 30 Jahre alten und rund "
           "acht Meter hohen Baum spendiert. Dieser ziert nun die Südtreppe im Kanzleramt. Den Platz vor der "
           "Kanzlergalerie schmückt eine zwölf Jahre alte und sieben Meter hohe Rotfichte aus Wetzlar.",
           "Rechtzeitig zum ersten Advent übergibt der Präsident des Verbandes der Waldeigentümer (ADGW), Philipp Franz "
           "Freiherr von und zu Guttenberg, mit einer Delegation traditionell die Weihnachtsbäume an das "
           "Bundeskanzleramt. Bundeskanzlerin Angela Merkel, Kanzleramtschef Helge Braun und die Integrationsbeauftragte "
           "Annette Widmann-Mauz haben die Bäume nun  entgegengenommen.",
           "Wussten Sie schon?",
           "Übrigens:",
           "Rund 25 Millionen Weihnachtsbäume stehen jedes Jahr in deutschen Wohnzimmern - damit hat fast jeder zweite "
           "Haushalt einen Baum.",
           "90 Prozent der Weihnachtsbäume kommen aus Deutschland. Liebstes Importland ist Dänemark.",
           "Der Anbau der Weihnachtsbäume sichert rund 8.200 Dauer- und 7.500 Saisonarbeitsplätze."],
    quotes=[("\"Sauener Forst Gewerbe GmbH\"", None)],
    aliases={})

# --- bundesregierung.de: the Christmas trees of 2019 ---

add(id="ho280-breg-2019-weihnachtlicher-glanz-ehrenhof",
    title="Bundeskanzleramt Weihnachtlicher Glanz im Ehrenhof",
    url="https://www.bundesregierung.de/breg-de/suche/weihnachtlicher-glanz-im-ehrenhof-1698162",
    retrieved="same address (undated news item; Helge Braun as head of the Chancellery, Annette Widmann-Mauz as "
              "Commissioner for Integration, a fir from Schleswig-Holstein and the page number date it to November 2019; "
              "the title line 'Weihnachtlicher Glanz im Ehrenhof' dropped, the kicker and headline run together in one "
              "line are the first line as stored (rule 150), the trailing spaces after it and after three paragraphs "
              "dropped; the reading-time line '2 Min. Lesedauer', the photo captions 'Bundeskanzlerin Angela Merkel bei der "
              "Übergabe der Weihnachtsbäume an das Kanzleramt.' and 'Hans-Georg von der Marwitz, Präsident der "
              "Arbeitsgemeinschaft Deutscher Waldbesitzerverbände, übergibt die Tanne im Ehrenhof den Kanzleramts an die "
              "Bundeskanzlerin.' and the credit 'Foto: Bundesregierung/Eckel' dropped (rule 93); the last paragraph 'Die "
              "drei leuchtenden Bäume verbreiten … Übergeben wur', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Es ist eine liebgewonnene Tradition: Rechtzeitig zum ersten Advent hat Kanzlerin Merkel eine 14 Meter hohe "
           "Nordmanntanne im Ehrenhof des Kanzleramts in Empfang genommen. Der Baum kommt dieses Jahr aus "
           "Schleswig-Holstein. Es ist nicht die einzige Tanne, die das Kanzleramt in der Adventszeit schmückt.",
           "\"Wenn der Ehrenhof geschmückt ist mit einem Tannenbaum, dann wissen wir, dass Weihnachten naht\", mit diesen "
           "Worten hat Bundeskanzlerin Angela Merkel am Donnerstagabend eine 14 Meter hohe Nordmanntanne im Ehrenhof des "
           "Kanzleramts entgegengenommen. Der Baum kommt aus Schleswig-Holstein und ist rund 20 Jahre alt. Die Tanne "
           "stammt von der Weihnachtsbäume Holstein KG in Schmalfeld und wurde vom Schleswig-Holsteinischen "
           "Waldbesitzerverband gestiftet.",
           "\"Alle Jahre wieder\"",
           "Kanzlerin Merkel nahm den Baum gemeinsam mit Kanzleramtschef Helge Braun und der Integrationsbeauftragten "
           "Annette Widmann-Mauz entgegen. \"Alle Jahre wieder\" klang es aus dem Ehrenhof, die Übergabe wurde musikalisch "
           "untermalt vom Posaunenchor Lazarus aus Berlin.",
           "Für das Erdgeschoss an der Südtreppe hat die Stadt Rottenburg in Baden-Württemberg eine Weißtanne aus ihrem "
           "Stadtwald gespendet. Sie ist 25 bis 28 Jahre alt. Ein weiterer Baum schmückt die Kanzlergalerie im ersten "
           "Obergeschoss. Die Rotfichte wurde von der Stadt Gießen gestiftet. Sie wuchs zuvor etwa 15 Jahre im "
           "Forstrevier Lollar."],
    quotes=[("\"Wenn der Ehrenhof geschmückt ist mit einem Tannenbaum, dann wissen wir, dass Weihnachten naht\"",
             "Angela Merkel"),
            ("\"Alle Jahre wieder\"", None, 0),
            ("\"Alle Jahre wieder\"", None, 1)],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin Merkel"]})

# --- bundeskanzler.de: the Christmas tree of 2022 ---

add(id="ho280-bk-2022-weihnachtsbaum-kanzleramt",
    title="Weihnachtsbaum im Ehrenhof des Kanzleramts „Es ist einfach eine schöne Tradition“",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/weihnachtsbaum-kanzleramt-2145076",
    retrieved="same address (undated news item of November 2022, a spruce from the Stift Neuzelle handed over on a "
              "Thursday; the title line '„Es ist einfach eine schöne Tradition“' and the navigation ('Bundeskanzler ⏐ "
              "Startseite', 'Olaf Scholz', 'Aktuelles', 'Kanzleramt', 'Mediathek', 'Service') dropped, the kicker and "
              "headline run together in one line are the first line as stored (rule 150); the image text 'Foto zeigt "
              "Kanzler Scholz mit Kindern vor dem Kanzleramt', the caption 'Weihnachtsstimmung im Kanzleramt: „Zum Glück "
              "gibt es Traditionen, die uns verbinden und auf ganz eigene Weise für Zusammengehörigkeit sorgen“, so "
              "Bundeskanzler Scholz.' with its quotation and the credit 'Foto: Bundesregierung/Denzel' dropped (rules 93, "
              "1816))",
    license=BREG,
    paras=["Eine 16 Meter hohe Fichte aus Brandenburg schmückt in der Adventszeit das Kanzleramt. Gerade in der aktuellen "
           "Zeit sei es ein schöner Brauch, rund um einen Weihnachtsbaum zusammenzukommen, betonte Kanzler Scholz.",
           "Auch in diesem Jahr wird ein Weihnachtsbaum den Ehrenhof des Bundeskanzleramts schmücken. „Es ist einfach eine "
           "schöne Tradition, rund um einen Weihnachtsbaum zusammenzukommen – zumal, wenn es solch schön gewachsene "
           "Exemplare wie dieses sind“, betonte Kanzler Olaf Scholz bei der Übergabe des Baumes am Donnerstag. „Das gilt "
           "auch und gerade in einer Zeit wie dieser.“",
           "„Sie sind und bleiben herzlich willkommen“",
           "„Viele von uns sind in Gedanken bei den Bürgerinnen und Bürgern der Ukraine, die nur etwas über tausend "
           "Kilometer von uns entfernt mit beeindruckendem Mut ihr Leben, ihr Land und ihre Freiheit verteidigen“, so "
           "Scholz. Auch in Deutschland hätten hunderttausende Ukrainerinnen und Ukrainer Zuflucht vor dem Krieg gefunden "
           "– „sie sind und bleiben herzlich willkommen“.",
           "Kürzere Beleuchtungszeit spart Strom",
           "Jedes Jahr wird in der Woche vor dem ersten Advent ein Weihnachtsbaum an das Bundeskanzleramt gestiftet. "
           "Dieses Jahr wurde der Baum von der Arbeitsgemeinschaft Deutscher Waldbesitzerverbände e.V. (AGDW) und dem "
           "Stift Neuzelle übergeben. Die 16 Meter hohe Fichte stammt aus Brandenburg.",
           "Um Energie zu sparen, wird der Weihnachtsbaum im Ehrenhof nur im Zeitraum zwischen 16 und 20 Uhr beleuchtet."],
    quotes=[("„Es ist einfach eine schöne Tradition“", SCHOLZ),
            ("„Es ist einfach eine schöne Tradition, rund um einen Weihnachtsbaum zusammenzukommen – zumal, wenn es solch "
             "schön gewachsene Exemplare wie dieses sind“", SCHOLZ),
            ("„Das gilt auch und gerade in einer Zeit wie dieser.“", SCHOLZ),
            ("„Sie sind und bleiben herzlich willkommen“", SCHOLZ),
            ("„Viele von uns sind in Gedanken bei den Bürgerinnen und Bürgern der Ukraine, die nur etwas über tausend "
             "Kilometer von uns entfernt mit beeindruckendem Mut ihr Leben, ihr Land und ihre Freiheit verteidigen“",
             SCHOLZ),
            ("„sie sind und bleiben herzlich willkommen“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Kanzler Olaf Scholz", "Kanzler Scholz", "Scholz"]})

# --- bundeskanzler.de: transcript of the Chancellor's statement at the handover of 2024 ---

add(id="ho280-bk-2024-pressestatement-weihnachtsbaum",
    title="Pressestatement zur Übergabe des Weihnachtsbaums am Kanzleramt",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/pressestatement-uebergabe-weihnachtsbaum-2322144",
    retrieved="same address (transcript of 27 November 2024; the list dashes before 'Mitschrift Pressekonferenz' and the "
              "date line dropped, the items kept as lines (rule 93); the speaker label 'Bundeskanzler Olaf Scholz:' kept "
              "as a line; the second paragraph of the statement ('Natürlich ist die Zeit, die mit diesem Baum eingeleitet "
              "wird, … auch dort fürchterliche Dinge ges'), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Kanzler Scholz hat einen Weihnachtsbaum für das Bundeskanzleramt entgegengenommen, der von der "
           "Arbeitsgemeinschaft Deutscher Waldbesitzerverbände gestiftet wurde.",
           "Mitschrift Pressekonferenz",
           "Mittwoch, 27. November 2024",
           "Bundeskanzler Olaf Scholz:",
           "Einen schönen guten Abend! Ich freue mich, dass wir wieder hier versammelt sind. Es geht um etwas ganz "
           "Wichtiges, nämlich diesen Baum und die ganze Zeit, die nun kommt. Deshalb möchte ich zunächst einmal allen "
           "danken, die dazu beigetragen haben, dass wir das heute hier wieder tun können, zunächst dem Stifter, dem "
           "Verband „Die Waldeigentümer“ und seinem Präsidenten. Für mich ist es eine ganz wichtige Tradition, die wir "
           "hier fortführen können und die, denke ich, für uns alle eine gute Bedeutung hat. Es sind auch noch viele "
           "andere daran beteiligt, dass es mit diesem ganz speziellen Baum gut geklappt hat. Das sind der Direktor des "
           "Stadtforsts Fürstenwalde, Herr Weber, der Vorsitzende des Sächsischen Waldbesitzerverbandes, Herr Lindner, "
           "natürlich Frau Heinen-Esser von unserer Schutzgemeinschaft Deutscher Wald und Herr Schirmbeck, der Präsident "
           "des Deutschen Forstwirtschaftsrats. Sie alle kümmern sich jeden Tag um den Wald in Deutschland. Die Tannen, "
           "die wir zu Weihnachten bewundern und die uns begleiten, sind natürlich nur ein Teil davon, aber es ist etwas "
           "ganz Besonderes, dass das überall in Deutschland stattfindet. Dass wir eine solche gute Tradition von Wald in "
           "Deutschland haben, geht auch nicht von allein."],
    quotes=[("„Die Waldeigentümer“", None)],
    aliases={})
