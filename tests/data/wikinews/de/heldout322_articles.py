# Three-hundred-and-twenty-second held-out German real-news set (tests/data/heldout322-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1925-1929). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or newsletter number and by
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data; the news-list address ec.europa.eu/germany/news_de is shared by many
# stored versions, of which earlier sets used others, so for those the phrases decide). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-second held-out set": texts of the European Commission in
# German: two issues of the newsletter "EU-Aktuell" of the Representation in Germany (newsroom archive of ec.europa.eu,
# 2022 and 2023), three stored versions of the news list of the Representation in Germany (ec.europa.eu/germany/news_de,
# July 2016, June 2018, November 2018) and one of the news list of the Representation in Austria (ec.europa.eu/austria,
# April 2017) (licence EU). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture (site header, date lines, image labels, category tags,
# newsletter header, 'mehr' links) is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
JUNCKER = "Jean-Claude Juncker"
STYLIANIDES = "Christos Stylianides"
NL = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NEWS_DE = "https://ec.europa.eu/germany/news_de"
NL_HEADER = ("the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version "
             "zu gelangen.' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the "
             "'mehr' links dropped (rule 14)")
LIST_HEADER = ("the site header lines 'Vertretung in Deutschland' / 'Presse' / 'Pages' and the date line above each item "
               "dropped (rule 14); the items have no headline in the stored copy, so the first paragraph is the first line "
               "(rules 18, 32)")

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, July 2022 ---

GAS_P1 = ("Die Präsidentin der Europäischen Kommission, Ursula von der Leyen, mahnt mit Blick auf Russland als "
          "Energielieferanten: „Europa muss für den schlimmsten Fall vorbereitet sein: einen vollständigen Stopp der "
          "Gaslieferungen, früher oder später.“")
GAS_P2 = ("In einem Interview mit der Nachrichtenagentur dpa verweist von der Leyen auf den jüngst von der Kommission "
          "vorgeschlagenen Notfallplan für die EU. Ziel dieses Vorschlages ist es, bis März 2023 15 Prozent des Gasverbrauchs "
          "der EU einzusparen, das sind 45 Milliarden Kubikmeter Gas. „Wir sollten sofort anfangen, denn je schneller wir "
          "handeln, desto mehr sparen wir – und desto sicherer sind wir. Unser übergeordnetes Ziel bleibt es, in Europa bis "
          "spätestens 2027 komplett unabhängig von russischen Gasimporten zu werden. Mit Hilfe von REPowerEU wollen wir daher "
          "300 Milliarden Euro investieren, etwa um Gas einzusparen und den Umstieg auf die Erneuerbaren zu beschleunigen. "
          "Gleichzeitig treffen wir neue Vereinbarungen mit zuverlässigeren Partnern wie den USA und Norwegen.“")

add(id="ho322-eucom-newsletter-40105-gas-notfallplan",
    title="Von der Leyen zu Gaslieferungen: „Europa muss für den schlimmsten Fall vorbereitet sein“",
    url=NL + "40105",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of July 2022 (the stored copy "
              "gives no date line; the gas emergency plan it reports was proposed on 20 July 2022): its first two items; "
              + NL_HEADER + "; the headline of the first item is the first line, the headline of the second kept as a "
              "line of its own; the third item 'Abschlussprüfung: Kommission verlängert Rahmenbedingungen für "
              "EU/USA-Zusammenarbeit', cut off in the stored copy after its first word, dropped with its headline (rule 15))",
    license=EU,
    paras=[GAS_P1, GAS_P2,
           "GLÖZ-Standards: Kommission schlägt befristete Ausnahmen vor",
           "Auf Antrag der EU-Mitgliedstaaten schlägt die Europäische Kommission vor, bestimmte agrar-politische Vorschriften "
           "kurzfristig und befristet zu verändern. Das Ziel ist, die Getreideerzeugung zu steigern. Das globale "
           "Lebensmittelsystem ist insbesondere durch den russischen Angriffskrieg auf die Ukraine mit großen Risiken und "
           "Unsicherheiten konfrontiert. Konkret geht es um die Vorschriften über die Fruchtwechsel (GLÖZ 7) und die die "
           "Erhaltung nichtproduktiver Landschaftselemente auf Ackerland (GLÖZ 8)."],
    # headline: `Von der Leyen zu …:` cue (as in the hundred-and-forty-eighth set); P1: colon cue `mahnt`; P2: the quotation
    # without a cue of its own continues the paragraph whose subject is von der Leyen (rule 1925)
    quotes=[("„Europa muss für den schlimmsten Fall vorbereitet sein“", VDL),
            (cut(GAS_P1, "„Europa muss", "später.“"), VDL),
            (cut(GAS_P2, "„Wir sollten", "Norwegen.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Von der Leyen", "von der Leyen",
                   "Die Präsidentin der Europäischen Kommission, Ursula von der Leyen"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, June 2023 ---

WDR_P1 = ("Im Rahmen des 25. WDR Europaforums hat die Präsidentin der Europäischen Kommission, Ursula von der Leyen, den Wert "
          "eines geschlossen auftretenden Europas betont. Im Interview mit dem Brüsseler ARD-Korrespondenten Markus Preiß "
          "sagte von der Leyen: „Es ist kein Automatismus, dass Europa in der Krise wächst. Es ist harte Arbeit.“ Es sei das "
          "Wichtigste, gemeinsam in schweren Krisen geschlossen aufzutreten: sei es im Kampf gegen den Klimawandel, bei der "
          "Bewältigung der Corona-Pandemie oder jetzt im Angesicht des russischen Angriffs auf die Ukraine. Mit Blick auf "
          "diesen Krieg sprach von der Leyen von einem historischen Moment, in dem man sich bekennen müsse – und zwar in der "
          "Frage, wie wir unsere gemeinsamen Werte verteidigen.")

add(id="ho322-eucom-newsletter-45959-wdr-europaforum",
    title="WDR-Europaforum: Von der Leyen über den Wert eines geschlossenen Europas",
    url=NL + "45959",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of June 2023 (the stored copy "
              "gives no date line; the political agreement on the anti-coercion instrument in its second item dates from "
              "June 2023): its first item; " + NL_HEADER + "; the headline of the first item is the first line; the second "
              "item 'Politische Einigung über Instrument, das Drittländer von wirtschaftlichen Zwangsmaßnahmen abschrecken "
              "soll', whose paragraph is cut off in the stored copy ('… Dazu gehören die Ein'), dropped with its headline "
              "(rule 15); it holds no quotation mark)",
    license=EU,
    paras=[WDR_P1],
    # the interviewer Markus Preiß is named but not quoted; the Konjunktiv sentences after the quotation are unmarked
    # (rule 5)
    quotes=[(cut(WDR_P1, "„Es ist kein", "Arbeit.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "von der Leyen",
                   "die Präsidentin der Europäischen Kommission, Ursula von der Leyen"]})

# --- ec.europa.eu/austria: news list of the Representation in Austria, April 2017 ---

AT_P1 = ("Die EU-Kommission hat heute umfassende Vorschläge für ein sozialeres Europa vorgelegt. In der so genannten "
         "„Sozialen Säule“ fasst die Kommission 20 Grundsätze zusammen, die für faire Arbeitsmärkte und gut funktionierende "
         "Wohlfahrtssysteme sorgen sollen. Zudem stößt die Kommission mit einem Reflexionspapier eine Debatte über die soziale "
         "Dimension Europas bis 2025 an. Darüber hinaus geht die Kommission mit einer Initiative zur Vereinbarkeit von Beruf "
         "und Familie voran. „Als Kommissionspräsident habe ich mich von Anfang an dafür eingesetzt, soziale Schwerpunkte in "
         "den Fokus europäischen Tuns zu rücken, wo sie hingehören. Mit der europäischen Säule sozialer Rechte und dem ersten "
         "Paket von Initiativen, die diese Säule flankieren, lösen wir unsere Zusagen ein“, sagte Kommissionspräsident "
         "Jean-Claude Juncker.")
AT_P2 = ("Die EU-Kommission hat heute rechtliche Schritte gegen Ungarn eingeleitet. EU-Kommissionsvize Frans Timmermans "
         "stellte sich im Europäischen Parlament zudem der Debatte mit Ungarns Premierminister Viktor Orbán. Nach Auffassung "
         "der Kommission verstößt das ungarische Hochschulgesetz gegen die Grundfreiheiten des Binnenmarktes, insbesondere "
         "gegen die Dienstleistungsfreiheit und die Niederlassungsfreiheit. Außerdem hat die Kommission heute ihre "
         "Stellungnahme zur „Stopp Brüssel!“-Bürgerbefragung der ungarischen Regierung veröffentlicht.")

add(id="ho322-eucom-at-2017-04-soziale-saeule-juncker",
    title=None,
    url="http://ec.europa.eu/austria/news/Rede%20von%20Kommissionspr%C3%A4sident%20Barroso%20zur%20Lage%20der%20Union",
    retrieved="same address (stored copy of the news list of the Representation in Austria of late April 2017, served "
              "under an old article address; the site header lines 'Vertretung in Österreich' / 'Nachrichten' / 'Pages', "
              "the date lines '26/04/2017', '24/04/2017', the image labels 'Handschlag vor EU-Flagge' and 'Justizia' and "
              "the category tags 'Beschäftigung und Soziales, Im Fokus', 'Im Fokus, Justiz und Bürgerrechte' and 'Im Fokus' "
              "dropped (rule 14); the items have no headline in the stored copy, so the first paragraph is the first line "
              "(rules 18, 32); the fourth item of 21/04/2017 ('Junglandwirte aus Europa und China … und der chinesische "
              "Lan'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[AT_P1, AT_P2,
           "Die EU unterstützt sieben Projekte, die für nachhaltige Infrastruktur und Synergien zwischen den Bereichen "
           "Verkehr und Energie sorgen sollen. Darunter ist auch ein deutsch-österreichisches Projekt für "
           "Batteriespeichersysteme."],
    # the name of the package (`der so genannten`) and the name of the Hungarian consultation fused into a compound are
    # null (rules 24, 1928); Juncker's words by the trailing cue
    quotes=[("„Sozialen Säule“", None),
            (cut(AT_P1, "„Als Kommissionspräsident", "Zusagen ein“"), JUNCKER),
            ("„Stopp Brüssel!“", None)],
    aliases={JUNCKER: ["Jean-Claude Juncker", "Kommissionspräsident Jean-Claude Juncker"]})

# --- ec.europa.eu/germany: news list of the Representation in Germany, July 2016 ---

DE16_P2 = ("„Mein Mitgefühl ist bei den Hinterbliebenen und Angehörigen, sowie den Bürgerinnen und Bürgern“, erklärte "
           "Kommissionspräsident Jean-Claude Juncker am Wochenende nach der Gewalttat von München. „Meine Dankbarkeit gilt "
           "den Sicherheits- und Rettungskräften, die sofort im Einsatz waren, um Menschenleben zu schützen.“  Ähnlich "
           "äußerte sich ein Kommissionssprecher am Montag nach den Attacken von Reutlingen und Ansbach.")
DE16_P3 = ("Mit dem EU-Forschungsprogramm Horizont 2020 fördert die Europäische Kommission im Jahr 2017 verstärkt auch die "
           "Migrationsforschung. Zudem wird bei allen künftigen Aufrufen zur Einreichung von Projektanträgen der freie Zugang "
           "zu Forschungsergebnissen („Open Data“) die Norm, um Innovationen weiter voranzutreiben. Insgesamt investiert die "
           "EU mit Horizont 2020 im kommenden Jahr 8,5 Mrd. Euro in Querschnittsinitiativen und Forschungsprojekte. 1,8 Mrd. "
           "Euro werden vom Europäischen Forschungsrat an europäische Spitzenforscher vergeben, mehr als je zuvor. Das "
           "Horizont 2020-Arbeitsprogramm für 2017 hat die Europäische Kommission heute (Montag) veröffentlicht.")

add(id="ho322-eucom-de-2016-07-juncker-muenchen",
    title=None,
    url="http://ec.europa.eu/germany/news_de",
    retrieved="same address (stored version of the news list of the Representation in Germany of 26 July 2016, with the "
              "header 'Vertretung in Deutschland' / 'Nachrichten' / 'Pages'; the header, the date lines '26/07/2016', "
              "'25/07/2016' and the image label 'Gedenktag an Terroropfer' dropped (rule 14); the items have no headline "
              "in the stored copy, so the first paragraph is the first line (rules 18, 32); the double space after "
              "'schützen.“' kept as stored (rule 20), the trailing space of that paragraph dropped; the fourth item "
              "('EU-Kommissar Oettinger hält Grundsatzrede' / 'Günther Oettinger, … m'), cut off in the stored copy, dropped "
              "with its label (rule 15))",
    license=EU,
    paras=["Die Europäische Kommission hat das deutsche Energieunternehmen E.ON fast fünf Jahre früher als geplant von "
           "seinen Verpflichtungen zur Verringerung langfristiger Buchungen im deutschen Gasnetz entbunden. Grund hierfür "
           "ist die deutliche Zunahme des Wettbewerbs, die dank der erfolgreichen Umsetzung der Verpflichtungszusagen auf "
           "dem Markt eingetreten ist.",
           DE16_P2, DE16_P3],
    # Juncker's second sentence has no cue of its own and precedes the spokesman's sentence, which reports no words
    # (rule 1929); the term in parentheses is null (rules 24, 1928)
    quotes=[(cut(DE16_P2, "„Mein Mitgefühl", "Bürgern“"), JUNCKER),
            (cut(DE16_P2, "„Meine Dankbarkeit", "schützen.“"), JUNCKER),
            ("„Open Data“", None)],
    aliases={JUNCKER: ["Jean-Claude Juncker", "Kommissionspräsident Jean-Claude Juncker"]})

# --- ec.europa.eu/germany: news list of the Representation in Germany, June 2018 ---

DE18_P1 = ("Kommissionspräsident Jean-Claude Juncker hat die Einigung der Eurogruppe auf den Abschluss des Hilfsprogramms für "
           "Griechenland begrüßt. „Das Abkommen der Eurogruppe ebnet den Weg für einen erfolgreichen Abschluss des Programms "
           "und ein neues Kapitel für das Land. Ich werde immer dafür kämpfen, dass Griechenland im Herzen Europas liegt\", "
           "so Juncker. „Ich zolle dem griechischen Volk meine Anerkennung für seine Widerstandsfähigkeit und sein "
           "europäisches Engagement. Ihre Bemühungen waren nicht umsonst.\" Die Minister der Eurogruppe hatten gestern "
           "(Donnerstag) die Fortschritte bewertet, die Griechenland bei der Umsetzung der im Rahmen der vierten (und "
           "letzten) Überprüfung seines Programms erforderlichen Maßnahmen erzielt hat. Nach der Überprüfung kamen sie "
           "überein, dass das Stabilitätsprogramm für Griechenland zum 20. August 2018 abgeschlossen werden kann.")

add(id="ho322-eucom-de-2018-06-juncker-griechenland",
    title=None,
    url=NEWS_DE,
    retrieved="same address (stored version of the news list of the Representation in Germany of 22 June 2018; "
              + LIST_HEADER + "; the straight closing marks after 'liegt' and 'umsonst.' kept as stored (rules 20, 1926); "
              "the third item ('Die EU-Mitgliedstaaten haben sich heute (Freitag) auf neue Instrumente … können "
              "Mitgliedstaaten m'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[DE18_P1,
           "Europas bedeutendste Auszeichnung im Bereich des kulturellen Erbes, der Europa-Nostra-Preis, wird heute "
           "(Freitag) Abend in Berlin vergeben. Von 30 Projekten werden heute Abend sieben mit dem Grand Prix ausgezeichnet. "
           "Dabei sind drei deutsche Projekte aus Darmstadt, Potsdam und Braunlage im Harz in der Endauswahl. Die Verleihung "
           "findet im Rahmen des ersten Europäischen Kulturerbe-Gipfels statt. Über 2.500 Veranstaltungen haben die "
           "EU-Mitgliedstaaten 2018 anlässlich des Jahres des Europäischen Kulturerbes organisiert. Deutschland zählt mit "
           "Irland und Portugal mit über 700 Veranstaltungen zu den aktivsten Ländern."],
    quotes=[(cut(DE18_P1, "„Das Abkommen", "liegt\""), JUNCKER),
            (cut(DE18_P1, "„Ich zolle", "umsonst.\""), JUNCKER)],
    aliases={JUNCKER: ["Jean-Claude Juncker", "Kommissionspräsident Jean-Claude Juncker", "Juncker"]})

# --- ec.europa.eu/germany: news list of the Representation in Germany, November 2018 ---

DE18N_P1 = ("Bei der Plenarsitzung des Europäischen Parlaments gestern (Dienstag) in Straßburg bekräftigte die Europäische "
            "Kommission ihre nachdrückliche Unterstützung für den UN-Pakt über eine sichere und geordnete Migration. Im Namen "
            "der Hohen Vertreterin der EU für Außen- und Sicherheitspolitik, Federica Mogherini, sprach sich der Kommissar für "
            "humanitäre Hilfe und Krisenmanagement, Christos Stylianides, für einen multilateralen Ansatz bei der Bewältigung "
            "der weltweiten Migration aus. „In unserer globalisierten Welt kann die menschliche Mobilität nur von der "
            "gesamten internationalen Gemeinschaft wirksam angegangen werden. Es ist ein globales Phänomen, das globale "
            "Lösungen erfordert“, sagte Stylianides vor den Abgeordneten.")

add(id="ho322-eucom-de-2018-11-stylianides-migrationspakt",
    title=None,
    url=NEWS_DE,
    retrieved="same address (stored version of the news list of the Representation in Germany of 14 November 2018; "
              + LIST_HEADER + "; the fourth item of 13/11/2018 ('Die Europäische Kommission hat heute (Dienstag) detaillierte "
              "Informationen … Es laufen derzeit intensive'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[DE18N_P1,
           "Die Europäische Kommission hat heute (Mittwoch) weitere 43,7 Mio. Euro Soforthilfe zur Unterstützung "
           "Griechenlands bei der Bewältigung der Migration bereitgestellt. Die Hilfe geht an die Internationale Organisation "
           "für Migration (IOM), um bis zu 6.000 zusätzliche Notunterkünfte für Flüchtlinge auf dem griechischen Festland zu "
           "errichten.",
           "Die Europäische Kommission hat heute (Mittwoch) entschieden, dass die von Deutschland geplante Förderung für die "
           "Nachrüstung von Dieselbussen, die im öffentlichen Nahverkehr eingesetzt werden, mit den EU-Beihilfevorschriften im "
           "Einklang steht. Die Maßnahme kann zur Reduzierung der Stickoxidemissionen um mehr als 2000 Tonnen pro Jahr "
           "beitragen, ohne den Wettbewerb übermäßig zu verfälschen."],
    # the commissioner speaks on behalf of the High Representative; the words are his (rule 1927)
    quotes=[(cut(DE18N_P1, "„In unserer", "erfordert“"), STYLIANIDES)],
    aliases={STYLIANIDES: ["Christos Stylianides", "Stylianides",
                           "der Kommissar für humanitäre Hilfe und Krisenmanagement, Christos Stylianides"]})
