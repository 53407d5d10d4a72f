# Four-hundred-and-ninety-sixth held-out German real-news set (tests/data/heldout496-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2690-2696). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number or portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against
# every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation
# was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run
# on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-ninety-sixth held-out set": nine press releases of German companies
# sent over the ots service of news aktuell, four shown on presseportal.de (licence OTS_FIRMEN: REWE's Tafel campaigns of
# November 2014 and November 2018, Deutsche Post DHL Group's Teach For All partnership of July 2019, Fielmann's 'Olympia-Baum'
# in Leipzig of August 2003) and five shown unchanged by finance portals and a press-release portal (licence
# OTS_FIRMEN_REPOST: Lidl's Fairtrade cocoa balance of January 2018 and its Pfandspende milestone of June 2022 and ALDI's
# Fairtrade Award of March 2018 on finanznachrichten.de, EDEKA's ten years with the WWF of 2019 on wallstreet-online.de,
# Deutsche Telekom's donation to "Ein Herz für Kinder" of December 2011 on pressekat.de). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the
# newsroom, portal and wire furniture is dropped and the portals' line layout undone (rules 660, 740, 1372, 2590, 2690,
# 2691), and each retrieval note names what was dropped.
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


SOUQUE = "Lionel Souque"
MALY = "Peter Maly"
BRUEHL = "Jochen Brühl"
BOCK = "Jan Bock"
OVERATH = "Dieter Overath"
HAERTNAGEL = "Christian Härtnagel"
MENDE = "Rayk Mende"
MOSA = "Markus Mosa"
BRANDES = "Eberhard Brandes"
OBERMANN = "René Obermann"
OGILVIE = "Thomas Ogilvie"
FIELMANN = "Günther Fielmann"

# --- REWE (presseportal.de, newsroom 108458), November 2014: customers' bags for the Tafeln ---

TH_T = "Tütenweise Hilfe für die Tafeln"
TH_SUB = ("Nachhaltigkeitswochen: Kunden von REWE und Nahkauf sammeln Lebensmittel - Warenwert von einer Million Euro ist das "
          "Ziel")
TH_P1 = ("Lebensmittel im Wert von über einer Million Euro will REWE gemeinsam mit den Kunden innerhalb von zwei Wochen "
         "(03.11 - 15.11.) spenden. Diese kommen den 919 lokalen Tafeln in Deutschland zugute. Die Benefizaktion \"Eine Tüte "
         "spenden. Viele Tische decken.\" ist Teil der REWE Nachhaltigkeitswochen, die die \"soziale Verantwortung\" als "
         "zentrales Thema haben.")
TH_P2 = ("Von Montag (03.11.) an rufen REWE und Nahkauf dazu auf, eine Tüte mit neun ja! Artikeln einzukaufen, um diese den "
         "örtlichen Tafeln zu spenden. Im Fokus der Aktion stehen Lebensmittel, die aufgrund ihrer langen Haltbarkeit eher "
         "selten gespendet werden: Spaghetti, Sonnenblumenöl, Orangensaft, Tee, Mehl, Salz, Backpulver, Champignons und "
         "passierte Tomaten. Die gepackten Lebensmittel sind zu einem Preis von 5 Euro im Markt erhältlich. Die "
         "Kundenspenden werden von REWE bundesweit um 40.000 Tüten mit Waren aufgestockt. Ehrenamtliche Tafel-Mitarbeiter "
         "holen schließlich die Lebensmittel ab und verteilen diese dann an Bedürftige.")
TH_P3 = ("\"Durch die Tafel-Aktionswochen haben unsere Kunden und REWE seit 2009 Lebensmittel im Wert von fünf Millionen Euro "
         "zusätzlich gespendet. Hilfe, die nach wie vor wichtig ist. Denn die Zahl derjenigen, denen das Geld fehlt, um sich "
         "gesund und ausgewogen zu ernähren, steigt weiterhin in Deutschland\", erklärt Lionel Souque, Vorstand der REWE Group "
         "und Vorsitzender der REWE Geschäftsführung, zum Auftakt der Spendenaktion. \"Mit unserem Engagement geben wir jedem "
         "die Gelegenheit mit kleinem Aufwand wichtige Unterstützung zu leisten. Wir sind stolz, seit 17 Jahren Partner der "
         "Tafeln zu sein.\"")

add(id="ho496-presseportal-rewe-2014-11-tuetenweise-hilfe-tafeln",
    title=TH_T,
    url="https://presseportal.de/en/pm/108458/2868552?langid=1",
    retrieved="same address (REWE release sent over news aktuell at the start of the campaign of 3-15 November 2014, "
              "Monday 3 November in the text; the copy stored with the language parameter shows presseportal's English "
              "interface around the German release); headline, subtitle and dateline 'Köln (ots)' lines of their own as "
              "stored; the interface line 'One document' between subtitle and dateline dropped (rule 2690); the published "
              "'(03.11 - 15.11.)', 'neun ja! Artikeln' and 'die Gelegenheit mit kleinem Aufwand' kept (rule 20); the "
              "paragraph '\"Wir bedanken uns schon jetzt ganz herzlich bei REWE …\", sagt Jochen Brühl, …, und betont: \"Die "
              "Tafeln w', cut off in the stored copy, dropped with both of its quotations (rule 15))",
    license=OTS_FIRMEN,
    paras=[TH_SUB, "Köln (ots)", TH_P1, TH_P2, TH_P3],
    # the campaign's name in marks, a two-sentence slogan, and the marked theme of the sustainability weeks are null (rules
    # 24, 2692); Souque's quotation before `erklärt Lionel Souque, …` is his, and the cue-less quotation after his cue
    # sentence continues him (NOTES.md continuation, rule 3); his role phrases name REWE and are no aliases (rule 33)
    quotes=[("\"Eine Tüte spenden. Viele Tische decken.\"", None),
            ("\"soziale Verantwortung\"", None),
            (cut(TH_P3, "\"Durch", "Deutschland\""), SOUQUE),
            (cut(TH_P3, "\"Mit unserem", "sein.\""), SOUQUE)],
    aliases={SOUQUE: ["Lionel Souque"]})

# --- REWE (presseportal.de, newsroom 108458), November 2018: the result of "Gemeinsam Teller füllen" ---

GT_T = "Köln (ots) - REWE und Kunden spenden Lebensmittel im Wert von 2,53 Millionen Euro"
GT_P1 = ("Die Benefizaktion \"Gemeinsam Teller füllen\" geht erfolgreich zu Ende: Im Aktionszeitraum vom 5. bis 17. November "
         "hatten REWE-, Sky- und nahkauf-Kunden deutschlandweit die Möglichkeit, mit Lebensmitteln gefüllte Tüten für den "
         "guten Zweck zu kaufen. Die Supermärkte haben die gesammelten Tüten an die nächstgelegenen Tafeln übergeben und "
         "weitere Waren im Wert von 40.000 Euro beigesteuert, die auf karitative Vereine verteilt werden. Die "
         "Spendenbereitschaft beläuft sich auf Lebensmittel im Wert von 2,53 Millionen Euro.")
GT_P2 = ("\"Wir freuen uns sehr, dass unsere Kunden erneut starken Einsatz gezeigt haben. Das Spendenvolumen ist gegenüber dem "
         "Vorjahr um rund vier Prozent gestiegen. Wir sind stolz darauf, dass wir mit der Aktion noch mehr Menschen erreichen "
         "konnten. Denn innerhalb unserer Gesellschaft gibt es viele Bedürftige, die unsere Unterstützung brauchen\", sagt "
         "Peter Maly, bei REWE als Geschäftsführer für den Vertrieb für bundesweit über 3.300 REWE-Märkte verantwortlich.")
GT_P3 = ("Auch der Dachverband Tafel Deutschland freut sich über die gestiegene Zahl an gespendeten Lebensmitteln: \"Die "
         "60.000 ehrenamtlichen Helferinnen und Helfer der über 940 Tafeln verteilen in mehr als 2.000 Ausgabestellen "
         "Lebensmittel an Bedürftige. Die Tafeln unterstützen regelmäßig rund 1,5 Millionen Menschen - Tendenz steigend. "
         "Aktionen wie diese helfen uns sehr, diese Herausforderung zu meistern. Wir bedanken uns daher herzlich bei allen "
         "Kundinnen und Kunden sowie bei REWE, Sky und nahkauf für das überragende Spendenergebnis für die Tafeln\", sagt "
         "Jochen Brühl, Vorsitzender von Tafel Deutschland e.V.")

add(id="ho496-presseportal-rewe-2018-11-gemeinsam-teller-fuellen",
    title=GT_T,
    url="https://www.presseportal.de/pm/108458/4126854",
    retrieved="same address (REWE release sent over news aktuell after the campaign of 5-17 November 2018; the crawl date "
              "prefix ' date 2018-11' dropped (rule 63); the stored copy shows no headline: its first line, the dateline run "
              "together with the release's summary line 'Köln (ots) - REWE und Kunden spenden …', is the title as stored "
              "(rules 18, 2690); the paragraph 'Über zwei Wochen lang riefen REWE, Sky- und nahkauf dazu auf, … Dabei handelt "
              "es sich um mit den Tafeln abgespro', cut off in the stored copy, dropped (rule 15))",
    license=OTS_FIRMEN,
    paras=[GT_P1, GT_P2, GT_P3],
    # the campaign's name is null (rules 24, 2692); Maly's quotation before `sagt Peter Maly, …` is his (rule 3); the colon
    # after the sentence on the umbrella association does not make the association the speaker, as the cue after the
    # quotation names its chairman (rule 2693); the partner's chairman, quoted in the company's release, is a speaker like
    # any other (rule 2693)
    quotes=[("\"Gemeinsam Teller füllen\"", None),
            (cut(GT_P2, "\"Wir freuen", "brauchen\""), MALY),
            (cut(GT_P3, "\"Die 60.000", "Tafeln\""), BRUEHL)],
    aliases={MALY: ["Peter Maly"], BRUEHL: ["Jochen Brühl"]})

# --- Lidl Deutschland (ots, shown by finanznachrichten.de), January 2018: one year of certified cocoa, TransFair ---

LT_P1 = ("Lidl Deutschland setzt sich weiter für den fairen Handel ein. Seit dem 1. Januar 2017 sind alle "
         "Eigenmarkenartikel auf 100 Prozent zertifizierten Kakao umgestellt. Jan Bock, Geschäftsleiter Einkauf bei Lidl "
         "Deutschland, zieht nach einem Jahr eine positive Bilanz: \"Wir haben als erster Händler vor zwölf Jahren die "
         "ersten Fairtrade-zertifizierten Produkte unserer Eigenmarke 'Fairglobe' eingeführt. Vor genau einem Jahr sind wir "
         "den letzten konsequenten Schritt bei Kakao gegangen und haben auf 100 Prozent zertifizierten Kakao in unseren "
         "Eigenmarken umgestellt. Heute bieten wir eine Vielzahl an Fairtrade-gehandelten Produkten an mit dem Ziel, auch "
         "jüngere Kunden für nachhaltige Alternativen zu begeistern.\" Laut der BMUB-Jugendstudie, die aktuell vorgestellt "
         "wird, wollen 55 Prozent der befragten jungen Menschen fair hergestellte und gehandelte Produkte kaufen, aktuell "
         "machen dies jedoch nur 24 Prozent. \"Diese Lücke können wir füllen, und das zu einem sehr guten Preis\", so Bock. "
         "Die Eigenmarke \"Favorina\" zu Ostern ist nach dem Fairtrade Sourcing Programm für Kakao zertifiziert, Lidl ist "
         "seit 2014 Partner.")
LT_H1 = "Förderung langjähriger Projekte in Ursprungsländern"
LT_P2 = ("\"Neben dem kontinuierlichen Ausbau des Fairtrade-Angebots unterstützt das Unternehmen Lidl auch direkt "
         "Partnerprojekte in den Ursprungsländern,\" so Dieter Overath, Vorstandsvorsitzender TransFair e.V. Die Förderung "
         "von Projekten in den Anbaugebieten führt Lidl Deutschland weiter fort. Das in 2016 gestartete Projekt mit "
         "Kaffeebauern in Bolivien wird in diesem Jahr mit weiteren 50.000 Euro unterstützt. Insgesamt flossen bisher knapp "
         "500.000 Euro in Fairtrade-Projekte in Mittel- und Südamerika, bei denen 500.000 Kaffeepflanzen nachhaltig angebaut "
         "wurden.")

add(id="ho496-ots-lidl-2018-01-fairtrade-kakao-transfair",
    title="Neckarsulm (ots) -",
    url="http://www.finanznachrichten.de/nachrichten-2018-01/42846149-lidl-deutschland-baut-langjaehrige-zusammenarbeit-mit-transfair-e-v-weiter-aus-ein-jahr-100-prozent-umstellung-bei-zertifiziertem-kakao-007.htm",
    retrieved="same address (Lidl Deutschland's release of January 2018 on its cooperation with TransFair, sent over ots "
              "('Neckarsulm (ots) -') and shown unchanged by finanznachrichten.de; the crawl date prefix ' date 2018-01' "
              "dropped (rule 63); the copy shows no headline, the dateline is the first line (rules 32, 660); paragraphs and "
              "the subheading as the copy separates them by empty lines; the published comma inside the closing mark "
              "('Ursprungsländern,\" so') and 'Vorstandsvorsitzender TransFair e.V.' without article kept (rule 20); the "
              "subheading 'Dialog mit der gesamten Lieferkette' and the paragraph after it, cut off in the stored copy "
              "('… in den Ursprungsländern kan'), dropped (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=[LT_P1, LT_H1, LT_P2],
    # the colon quotation after `Jan Bock, …, zieht nach einem Jahr eine positive Bilanz:` is his (rule 9), with the own
    # brand's name in ASCII single marks inside his span (rule 110); `so Bock` after the second quotation is the same man
    # (rule 30); the Easter brand's name in double marks, in the narrator's sentence, is null (rule 2); the partner
    # organisation's chairman, cued by `so Dieter Overath`, speaks in the company's release (rule 2693); the role phrases name
    # Lidl and TransFair and are no aliases (rule 33)
    quotes=[(cut(LT_P1, "\"Wir haben", "begeistern.\""), BOCK),
            (cut(LT_P1, "\"Diese Lücke", "Preis\""), BOCK),
            ("\"Favorina\"", None),
            (cut(LT_P2, "\"Neben", "Ursprungsländern,\""), OVERATH)],
    aliases={BOCK: ["Jan Bock", "Bock"], OVERATH: ["Dieter Overath"]})

# --- Lidl in Deutschland (ots, shown by finanznachrichten.de), June 2022: the Pfandspende passes 25 million euros ---

LP_P1 = ("Bad Wimpfen (ots) -Auf Lidl-Kunden ist Verlass: Sie haben die 25-Millionen-Euro-Marke an den Pfandautomaten "
         "geknackt und damit einen neuen Meilenstein erreicht. Seit 2008 konnten durch das Lidl-Pfandspendenprojekt rund "
         "3.100 Tafel-Projekte unterstützt werden. Für die \"gute Tat am Automat\" stehen in den deutschlandweit über 3.200 "
         "Lidl-Filialen über 6.200 Pfandautomaten zur Verfügung. \"Die Lidl-Pfandspende ist dank unserer Kunden ein großer "
         "Erfolg. Ein herzliches Dankeschön an alle, die mitmachen und sich damit für einen guten Zweck einsetzen\", sagt "
         "Christian Härtnagel, Geschäftsleitungsvorsitzender bei Lidl in Deutschland. Die Kunden können per Spendenknopf einen "
         "Teilbetrag oder die ganze Pfandsumme bei Rückgabe des Leerguts an Tafel Deutschland e. V. spenden. Mit dem Erlös "
         "werden Projekte aus den fünf Bereichen Kinder/Jugendliche, Seniorinnen und Senioren/kranke Menschen/Menschen mit "
         "Behinderung, Kühlung/Hygiene, Integration/Teilhabe und Nachhaltigkeit gefördert, für die sich einzelne Tafeln "
         "bewerben können.")
LP_H1 = "Langjährige und vertrauensvolle Zusammenarbeit"
LP_P2 = ("Bereits seit über 14 Jahren arbeitet Lidl mit dem Dachverband der Tafeln vertrauensvoll zusammen. Neben der "
         "Pfandspende der Lidl-Kunden unterstützt das Unternehmen bundesweit die über 960 Tafeln vor Ort mit täglichen "
         "kostenlosen Lebensmittelabgaben, nationalen \"Kauf-1-mehr\"-Aktionen sowie jährlichen Spenden für den "
         "Tafel-Zukunftsfonds, der die Zukunftsfähigkeit der Tafeln sichern soll. \"Besonders in diesen herausfordernden "
         "Zeiten ist es wichtig, einen verlässlichen Partner an seiner Seite zu haben\", erklärt Jochen Brühl, Vorsitzender der "
         "Tafel Deutschland. \"Daher freuen wir uns sehr, dass die Spendenbereitschaft der Lidl-Kunden ungebrochen ist und wir "
         "nach all den Jahren weiterhin auf das vielfältige Lidl-Engagement zählen können.\"")

add(id="ho496-ots-lidl-2022-06-pfandspende-25-millionen",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2022-06/56318015-neuer-meilenstein-bei-lidl-pfandspende-kunden-spenden-insgesamt-ueber-25-millionen-euro-fuer-die-tafeln-vielfaeltiges-lidl-engagement-seit-2008-007.htm",
    retrieved="same address (Lidl's release of June 2022 'Neuer Meilenstein bei Lidl-Pfandspende: …', sent over ots ('Bad "
              "Wimpfen (ots) -') and shown by finanznachrichten.de; the crawl date prefix ' date 2022-06' dropped (rule 63); "
              "no headline in the copy, the first paragraph with its dateline is the first line (rules 32, 660); the copy "
              "runs paragraphs and the subheading together without space, and the breaks are restored at the joins "
              "('bewerben können.Langjährige', 'ZusammenarbeitBereits', 'zählen können.\"Auch'), no character added (rules "
              "660, 740, 2691); '(ots) -Auf' kept (rule 20); the last paragraph 'Auch Lidl-Kooperationspartnerin Sally ist "
              "begeistert von d', cut off in the stored copy, dropped (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=[LP_P1, LP_H1, LP_P2],
    # the campaign's slogan and the name of the food-collection campaign (its marked part of the compound only) are null
    # (rules 24, 1882, 2692); Härtnagel's quotation before his `sagt` cue is his (rule 3); the Tafel chairman's quotation
    # before `erklärt Jochen Brühl, …` and the cue-less quotation after his cue sentence are his (rule 2693, NOTES.md
    # continuation); the role phrases name Lidl and the Tafel and are no aliases (rule 33)
    quotes=[("\"gute Tat am Automat\"", None),
            (cut(LP_P1, "\"Die Lidl", "einsetzen\""), HAERTNAGEL),
            ("\"Kauf-1-mehr\"", None),
            (cut(LP_P2, "\"Besonders", "haben\""), BRUEHL),
            (cut(LP_P2, "\"Daher", "können.\""), BRUEHL)],
    aliases={HAERTNAGEL: ["Christian Härtnagel"], BRUEHL: ["Jochen Brühl"]})

# --- ALDI Nord and ALDI SÜD (ots, shown by finanznachrichten.de), March 2018: the Fairtrade Award in the category trade ---

AF_P1 = ("Für das Engagement im fairen Handel wurde ALDI am Mittwochabend in Berlin von der Organisation TransFair e.V. in "
         "der Kategorie \"Handel\" mit dem ersten Platz beim Fairtrade Award ausgezeichnet. Prämiert wurden das langjährige "
         "Engagement sowie die große Reichweite, die beide Unternehmensgruppen fair gehandelten Produkten bieten.")
AF_P2 = ("Faire Produkte für alle: ALDI Nord und ALDI SÜD bieten gemeinsam in über 4000 deutschen Filialen "
         "Fairtrade-zertifizierte Produkte an und setzen sich so dafür ein, Millionen von Kunden faire Ware anzubieten. Und "
         "das zu einem Preis, der für jedermann erschwinglich ist. \"Mit der kontinuierlichen Erweiterung des "
         "Fairtrade-Sortiments gelingt es ALDI, fair gehandelte Artikel einer breiten Öffentlichkeit zugänglich zu machen und "
         "die Wirksamkeit von Fairtrade in den Produzentenländern weiter voran zu treiben. Nur wer am Regal die Wahl hat, "
         "sich für Fairtrade entscheiden zu können, kann an der Kasse \"Politik mit dem Einkaufskorb\" betreiben\", so "
         "Dieter Overath, Vorstandsvorsitzender von TransFair.")
AF_P3 = ("Um außerdem zur Bekanntheit von Fairtrade beizutragen, kommuniziert ALDI regelmäßig in den reichweitenstarken "
         "Kundenbroschüren, auf den Webseiten, in den Filialen sowie über die wöchentlichen Handzettel über den fairen "
         "Handel. Aktionen wie die \"Faire Woche\" oder das \"Faire Frühstück\" mit Verkostungen in den Märkten ergänzen diese "
         "Kommunikation. \"Wir freuen uns sehr über den Fairtrade Award und sehen die Auszeichnung als weitere Motivation, "
         "unser Engagement voranzutreiben\", sagt Rayk Mende, Geschäftsführer Corporate Responsibility bei ALDI Nord.")

add(id="ho496-ots-aldi-2018-03-fairtrade-award",
    title="Essen / Mülheim a.d.R. (ots) -",
    url="http://www.finanznachrichten.de/nachrichten-2018-03/43334081-aldi-gewinnt-fairtrade-award-007.htm",
    retrieved="same address (joint release 'ALDI gewinnt Fairtrade Award' of ALDI Nord (Essen) and ALDI SÜD (Mülheim an "
              "der Ruhr), March 2018, sent over ots and shown unchanged by finanznachrichten.de; the crawl date prefix ' date "
              "2018-03' dropped (rule 63); no headline in the copy, the dateline is the first line (rules 32, 660); "
              "paragraphs as the copy separates them by empty lines; the published 'voran zu treiben' kept (rule 20); the "
              "paragraph 'Seit 2010 ist ALDI Lizenznehmer bei TransFair e.V. … Aktuell stell', cut off in the stored copy, "
              "dropped (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=[AF_P1, AF_P2, AF_P3],
    # the award category and the names of two in-store campaigns are null (rules 24, 2692); Overath's quotation runs from
    # its first mark to the mark before `, so Dieter Overath`, the ASCII pair around his slogan inside the sentence being
    # nested marks within his one span (rule 835); Mende's quotation before his `sagt` cue is his (rule 3); role phrases
    # that name TransFair or ALDI are no aliases (rule 33)
    quotes=[("\"Handel\"", None),
            (cut(AF_P2, "\"Mit der", "betreiben\""), OVERATH),
            ("\"Faire Woche\"", None),
            ("\"Faire Frühstück\"", None),
            (cut(AF_P3, "\"Wir freuen", "voranzutreiben\""), MENDE)],
    aliases={OVERATH: ["Dieter Overath"], MENDE: ["Rayk Mende"]})

# --- EDEKA (ots, shown by wallstreet-online.de), 2019: ten years of the partnership with the WWF ---

EW_T = "EDEKA und WWF - Seit 10 Jahren mehr Umweltschutz in Regalen und Lieferketten (FOTO)"
EW_B1 = "- 2009 Beginn der Zusammenarbeit bei Nachhaltiger Fischerei"
EW_B2 = "- Partnerschaftsarbeit erfolgreich - von Banane bis Verpackung"
EW_B3 = join("- Infokampagne \"10 Jahre - 100 gute Nachrichten\" spiegelt",
             "Fortschritt")
EW_P1 = join("Seit zehn Jahren arbeiten EDEKA und WWF zusammen, um Produkte und",
             "Lieferketten umweltverträglicher zu machen. Was 2009 mit Nachhaltiger",
             "Fischerei begann, ist heute als Partnerschaft für Nachhaltigkeit ein",
             "Erfolgsmodell für mehr Umweltschutz im Lebensmitteleinzelhandel. Die",
             "Zusammenarbeit verkleinert nicht nur den ökologischen Fußabdruck von",
             "EDEKA, sondern verändert auch den Markt: ob bei Fisch, Bananen oder",
             "Verpackungen.")
EW_P2 = join("\"Die Tiefe und der Umfang des Engagements von EDEKA ist",
             "einzigartig: Das gesamte Unternehmen wird auf Nachhaltigkeit",
             "getrimmt, unsere weltweiten Lieferketten durchleuchtet und unsere",
             "Kunden täglich zu Umweltbotschaftern gemacht. Bei täglich 12",
             "Millionen EDEKA-Kunden haben auch kleine Schritte eine große",
             "Wirkung\", sagt Markus Mosa, Vorstandsvorsitzender der EDEKA AG. \"Für",
             "den WWF hat diese Kooperation Strahlkraft weit über EDEKA hinaus: Wir",
             "wollen die Hebelwirkung nutzen, um weitere Märkte zu drehen. Der",
             "Erfolg gibt uns recht: Durch die Partnerschaft der letzten 10 Jahre",
             "ist Umweltschutz Thema im Lebensmitteleinzelhandel geworden - ob",
             "nachhaltiger Fisch, Bioprodukte oder das vieldiskutierte Thema",
             "Verpackung\", ergänzt Eberhard Brandes, geschäftsführender Vorstand",
             "des WWF Deutschland. So ist nachhaltiger Fisch durch das Engagement",
             "von EDEKA und WWF inzwischen Standard im deutschen Handel. Der Anteil",
             "zertifizierter Fischereien hat sich zwischen 2008 und heute",
             "versiebenfacht.")

add(id="ho496-ots-edeka-2019-zehn-jahre-wwf",
    title=EW_T,
    url="https://www.wallstreet-online.de/nachricht/11232964-edeka-wwf-10-jahren-umweltschutz-regalen-lieferketten-foto",
    retrieved="same address (release of EDEKA, Hamburg, on ten years of its partnership with the WWF (2009-2019), sent over "
              "ots ('Hamburg (ots) -') and shown by wallstreet-online.de; the portal's widget line 'checkAd' and its comment "
              "counter '439  0 Kommentare' before the headline dropped, the headline with the wire's '(FOTO)' kept (rules 20, "
              "2690); the ots service line '- Querverweis: Bildmaterial wird über obs versandt und ist abrufbar unter "
              "http://www.presseportal.de/bilder -' dropped (rule 2690); the portal's indentation dropped and the hard-wrapped "
              "lines joined with one space, paragraph breaks where the copy shows an empty line, the summary bullets lines of "
              "their own with their '- ' (rule 660); the paragraph 'Im Ja', cut off in the stored copy, dropped (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=["Hamburg (ots) -", EW_B1, EW_B2, EW_B3, EW_P1, EW_P2],
    # the information campaign's name in the summary bullet is null (rules 24, 2692); in the paragraph of two quotations each
    # goes to the cue that follows it: the first to `sagt Markus Mosa, …`, the second, which opens right after Mosa's cue
    # sentence, to `ergänzt Eberhard Brandes, …` and not to Mosa by continuation (rule 2694); the role phrases name EDEKA and
    # the WWF and are no aliases (rule 33)
    quotes=[("\"10 Jahre - 100 gute Nachrichten\"", None),
            (cut(EW_P2, "\"Die Tiefe", "Wirkung\""), MOSA),
            (cut(EW_P2, "\"Für den", "Verpackung\""), BRANDES)],
    aliases={MOSA: ["Markus Mosa"], BRANDES: ["Eberhard Brandes"]})

# --- Deutsche Telekom (ots, shown by pressekat.de), December 2011: 1.5 million euros for "Ein Herz für Kinder" ---

HK_B1 = "- René Obermann: \"Kindern eine faire Chance geben\""
HK_B2 = join("- Millionen-Spende durch 585.758 gesammelte Alt-Handys und weitere",
             "Charity-Aktionen")
HK_B3 = join("- Thomas Gottschalk gratuliert der Telekom zur gewonnenen",
             "Aktionswette")
HK_P1 = join("1,5 Millionen Euro für Bild hilft e.V. \"Ein Herz für Kinder\" -",
             "diesen Spendenbetrag übergab Telekom Vorstandsvorsitzender René",
             "Obermann gestern Abend während der \"Ein Herz für Kinder\"-Gala in",
             "Berlin. In der Live-Sendung dankte Moderator Thomas Gottschalk der",
             "Telekom für das Engagement und gratulierte zudem zur gewonnenen",
             "Aktionswette. Bis zur Gala wollte das Telekommunikationsunternehmen",
             "in nur zehn Wochen mindestens 500.000 alte Handys einsammeln und pro",
             "Gerät zwei Euro an \"Ein Herz für Kinder\" spenden. Insgesamt wurden",
             "bei der größten Handyrückgabeaktion Deutschlands 585.758",
             "Mobiltelefone eingesammelt. Hinzu kamen über das Jahr verteilt",
             "weitere Maßnahmen, deren Erlöse ebenfalls in die Spendensumme",
             "einflossen.")
HK_P2 = join("\"Ich freue mich, im Namen der Telekom, ihrer Mitarbeiter und",
             "aller, die unsere Aktionen unterstützt haben, einen Betrag in Höhe",
             "von 1,5 Millionen Euro an 'Ein Herz für Kinder' übergeben zu können\",",
             "sagte René Obermann im Rahmen der Gala. \"Wir wollen einen Beitrag",
             "dazu leisten, dass Kinder eine faire Chance haben und in ihren",
             "sozialen, medizinischen und schulischen Bedürfnissen gefördert",
             "werden.\"")
HK_P3 = join("Thomas Gottschalk stellte in der \"Wetten, dass...?\"-Sendung Anfang",
             "Oktober die Aktionswette der Telekom vor. Geben die Deutschen in nur",
             "zehn Wochen 500.000 Alt-Handys zum Recycling ab? \"Gemeinsam haben wir",
             "uns der Herausforderung gestellt und bewiesen, dass die Deutschen ein",
             "Herz für Kinder haben\", freut sich Obermann über den Zuspruch aller,",
             "die unterstützt haben.")

add(id="ho496-ots-telekom-2011-12-ein-herz-fuer-kinder",
    title="(ots) -",
    url="https://pressekat.de/pressinfo542299-telekom-spendet-1-5-millionen-euro-an-ein-herz-f-r-kinder.html",
    retrieved="same address (Deutsche Telekom's release 'Telekom spendet 1,5 Millionen Euro an \"Ein Herz für Kinder\"' of "
              "the day after the ZDF gala of 17 December 2011, sent over ots and reposted unchanged by the press-release "
              "portal pressekat.de, whose stored copy begins with the wire's '(ots) -' without the place; that line is the "
              "first line, no headline supplied (rules 32, 660); the hard-wrapped copy shows no empty lines: lines joined "
              "with one space, the summary bullets lines of their own with their '- ', a bullet or paragraph ending at the "
              "short line that closes it (rules 1372, 2695); the subheading 'Hilfe im doppelten Sinn' and the paragraph "
              "after it, cut off in the stored copy ('… ob sie zerk'), dropped (rule 15); the published 'Telekom "
              "Vorstandsvorsitzender' and '\"Wetten, dass...?\"-Sendung' kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[HK_B1, HK_B2, HK_B3, HK_P1, HK_P2, HK_P3],
    # the bullet label `René Obermann: "…"` is his (rules 54, 2696), although his body quotation words it differently; the
    # charity's name in marks is null three times, in the compound `"Ein Herz für Kinder"-Gala` its marked part only (rules
    # 2, 1882), and stays inside his quotation where he names it in single marks (rule 110); his quotation before `sagte René
    # Obermann …` and the cue-less one after the cue sentence are his (rule 3, NOTES.md continuation), as is the quotation
    # before `freut sich Obermann` (rule 44); the TV show's name is null (rule 24); Thomas Gottschalk, named three times, says
    # nothing in marks; `Telekom Vorstandsvorsitzender René Obermann` names the company and is no alias (rule 33)
    quotes=[("\"Kindern eine faire Chance geben\"", OBERMANN),
            ("\"Ein Herz für Kinder\"", None, 0),
            ("\"Ein Herz für Kinder\"", None, 1),
            ("\"Ein Herz für Kinder\"", None, 2),
            (cut(HK_P2, "\"Ich freue", "können\""), OBERMANN),
            (cut(HK_P2, "\"Wir wollen", "werden.\""), OBERMANN),
            ("\"Wetten, dass...?\"", None),
            (cut(HK_P3, "\"Gemeinsam", "haben\""), OBERMANN)],
    aliases={OBERMANN: ["René Obermann", "Obermann"]})

# --- Deutsche Post DHL Group (presseportal.de, newsroom 30097), 5 July 2019: Teach For All partnership in Colombia ---

TF_T = "Deutsche Post DHL Group baut Teach For All Partnerschaft weltweit aus"
TF_B1 = join("- Neuer Partnerschaftsvertrag mit der Teach For All Partnerorganisation Enseña ",
             "  por Colombia heute unterzeichnet")
TF_B2 = "- Der Konzern unterstützt in diesem Jahr sieben zusätzliche Teach For"
TF_B3 = join("- Personalvorstand Thomas Ogilvie: \"Jedem Kind auf diesem Planeten einen Zugang ",
             "  zu guter Bildung zu gewährleisten, ist entscheidend für unsere Zukunft: ",
             "  Exzellente Bildung sollte kein Privileg sein.\" ")
TF_P1 = ("Bonn, 05.07.2019: Heute haben Deutsche Post DHL Group und Enseña por Colombia, Mitglied des globalen Teach For "
         "All Netzwerkes, einen Partnerschaftsvertrag unterzeichnet. Personalvorstand Thomas Ogilvie, Länderchef von DHL DGF "
         "Kolumbien Daniel Viteri, Länderchef Express Kolumbien Allan Cornejo Retana, Länderchef Supply Chain Kolumbien "
         "Robinson Vásquez Escobar und Margarita Maria Saenz von Enseña por Colombia bekräftigen mit der neuen Partnerschaft "
         "ihr gemeinsames Engagement für bessere Bildung im Land. Thomas Ogilvie fasst die Position der Deutschen Post DHL "
         "Group wie folgt zusammen: \"Jedem Kind auf diesem Planeten einen Zugang zu guter Bildung zu gewährleisten, ist "
         "entscheidend für unsere Zukunft: Exzellente Bildung sollte kein Privileg sein.\"")
TF_P2 = ("Enseña por Colombia ist eine unabhängige lokale Organisation, die Teil des Teach For All Netzwerks ist. Deutsche "
         "Post DHL Group baut durch diese und sechs weitere neue Partnerschaften in 2019 die Zusammenarbeit mit dem Teach For "
         "All Netzwerk weiter aus und unterstützt somit zukünftig Partnerorganisationen in insgesamt 19 Ländern rund um die "
         "Welt. Das gemeinsame Ziel, Lebenskompetenzen und die Berufsfähigkeit junger Menschen zu verbessern, wird so noch "
         "stärker verfolgt, um noch mehr Kinder und Jugendliche aus unterversorgten Gemeinden zu erreichen.")
OGILVIE_Q = ("\"Jedem Kind auf diesem Planeten einen Zugang zu guter Bildung zu gewährleisten, ist entscheidend für unsere "
             "Zukunft: Exzellente Bildung sollte kein Privileg sein.\"")

add(id="ho496-presseportal-dpdhl-2019-07-05-teach-for-all",
    title=TF_T,
    url="https://presseportal.de/pm/amp/30097/4315995",
    retrieved="same address (release of Deutsche Post DHL Group of 5 July 2019 in its presseportal newsroom, AMP view); the "
              "newsroom's time stamp line '05.07.2019 – 12:04' above the headline dropped (rule 2690); the summary bullets "
              "lines of their own, their wrapped continuation lines joined with one space, the line-end spaces of the copy "
              "being that space and the indentation dropped (rules 660, 2590); the second bullet, which the stored copy "
              "breaks off after 'Teach For' without its continuation, kept as stored (rules 20, 2690); the company's own "
              "dateline 'Bonn, 05.07.2019:' run into the first paragraph kept (rule 13); the paragraph '\"Ich freue mich, meine "
              "Erfahrungen als Personalvorstand … unabhängig von der sozialen Herkun', cut off in the stored copy, dropped "
              "with its quotation (rule 15))",
    license=OTS_FIRMEN,
    paras=[TF_B1, TF_B2, TF_B3, TF_P1, TF_P2],
    # the summary bullet `Personalvorstand Thomas Ogilvie: "…"` is a label quotation of his (rules 54, 2696), and the body
    # repeats the same words after `Thomas Ogilvie fasst die Position … wie folgt zusammen:` (rule 9); the two identical spans
    # are located by occurrence index; `Personalvorstand` names only him in the release and is an alias (rule 44); the four
    # Colombian signatories say nothing
    quotes=[(OGILVIE_Q, OGILVIE, 0),
            (OGILVIE_Q, OGILVIE, 1)],
    aliases={OGILVIE: ["Thomas Ogilvie", "Personalvorstand Thomas Ogilvie", "Personalvorstand"]})

# --- Fielmann AG (presseportal.de, newsroom 18152), August 2003: the "Olympia-Baum" planted in Leipzig ---

FO_T = ("Bundespräsident Johannes Rau und der Unternehmer Günther Fielmann pflanzen \"Olympia-Baum\" in Leipzig")
FO_P1 = ("Der Unternehmer Günther Fielmann stiftet der Stadt Leipzig 181 Bäume. Den ersten Baum, eine 25 Jahre alte und 10 "
         "Meter hohe Säuleneiche, pflanzt Günther Fielmann am 28. August 2003 gemeinsam mit dem Bundespräsidenten Johannes "
         "Rau, dem Ministerpräsidenten des Freistaates Sachsen Georg Milbradt, dem Leipziger Oberbürgermeister Wolfgang "
         "Tiefensee und dem amtierenden Doyen, dem Botschafter Kameruns, Jean Melaga an der Olympia-Uhr vor der Arena.")
FO_P2 = ("Das Gesamtalter der 181 gestifteten Bäume liegt bei 2012 Baumjahren, dem Zieldatum der Leipziger "
         "Olympia-Bewerbung. Günther Fielmann: \"Die Säuleneiche steht für unsere Zuversicht, dass sich 2012 Sportlerinnen "
         "und Sportler aus aller Welt an diesem Grün erfreuen werden.\"")
FO_P3 = ("Fielmann engagiert sich für Umwelt und Natur, pflanzt für jeden Mitarbeiter jedes Jahr einen Baum, bis heute mehr "
         "als 500.000 Bäume und Sträucher. Das Unternehmen schafft grüne Klassenzimmer und Spielplätze, legt Biotope und "
         "Streuobstwiesen an, unterstützt Aufforstungsprojekte und Renaturierungsvorhaben. In 300 Städten grünen "
         "Fielmann-Bäume. Rund 600 Natur- und Umweltprojekte wurden bisher vom Unternehmen gefördert.")

add(id="ho496-presseportal-fielmann-2003-08-olympia-baum-leipzig",
    title=FO_T,
    url="https://presseportal.de/pm/18152/475985",
    retrieved="same address (release of the Fielmann AG for the planting of 28 August 2003, sent over news aktuell; the "
              "stored copy's last line 'Original-Content von: Fielmann AG, übermittelt durch news aktuell' names the "
              "sender); headline and dateline 'Leipzig (ots)' lines of their own as stored; the contact block 'Kontakt: Dr. "
              "Matthias Branahl, Leiter Presse- und Öffentlichkeitsarbeit, Fielmann AG, …' and the 'Original-Content' line "
              "dropped (rules 2590, 2690); complete in the stored copy)",
    license=OTS_FIRMEN,
    paras=["Leipzig (ots)", FO_P1, FO_P2, FO_P3],
    # the tree's name in the headline is null (rules 2, 24); the quotation after the label `Günther Fielmann:` is his (rules
    # 9, 54); `Fielmann` alone in the last paragraph names the company (`Das Unternehmen …`) and is no alias; the Federal
    # President, the Minister-President, the mayor and the ambassador, all named, say nothing
    quotes=[("\"Olympia-Baum\"", None),
            (cut(FO_P2, "\"Die Säuleneiche", "werden.\""), FIELMANN)],
    aliases={FIELMANN: ["Günther Fielmann"]})
