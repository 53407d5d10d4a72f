# Two-hundred-and-seventy-second held-out German real-news set (tests/data/heldout272-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1795-1799). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or page slug and by two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-seventy-second held-out set": German news items and statements of the
# Council of Europe portal coe.int/de (Secretary General Thorbjørn Jagland on the attack in Suruç, 2015; his question times
# before the Parliamentary Assembly, 2016-2017; the statement after the attack in Strasbourg, 2018; the joint statement for
# the 6th European Day on the protection of children, 2020; the portal's press-room list page) (licence COE: excerpts of
# under 500 words, unchanged, with the Council of Europe credited) and two editorials of the EESC newsletter 'EWSA info'
# (March and May 2016) read in copies of the newsletter's PDF on the document-sharing site expydoc.com (licence EESC_INFO;
# used as the EESC's text as the hundred-and-eighth set used expydoc copies of Parliament PDFs, rules 885, 886). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
GENSEK = "Generalsekretär"
VARV = "Miltiadis Varvitsiotis"
SPRECHERIN = "Sprecherin"

# --- Council of Europe portal (coe.int/de) ---

SUR_P1 = ("„Ich verurteile auf das Schärfste den brutalen Anschlag auf unschuldige Opfer, der heute in Suruç zu einem "
          "Zeitpunkt ausgeführt wurde, zu dem sich dort hunderte junge Menschen aufhielten. Den Angehörigen der Todesopfer "
          "spreche ich meine aufrichtige Anteilnahme aus und wünsche den Verletzten eine rasche Genesung. Ich denke an das "
          "Volk unseres Mitgliedsstaates Türkei, das im Zusammenhang mit dem Konflikt in Syrien so viele Flüchtlinge "
          "großzügig aufgenommen hat. Erneut betone ich die Solidarität des Europarates mit der türkischen Regierung sowie "
          "unsere Entschlossenheit, gemeinsam mit allen Mitgliedsstaaten die Bedrohung, die Terrorismus und gewalttätiger "
          "Extremismus darstellen, zu bekämpfen.“")

add(id="ho272-coe-2015-07-20-erklaerung-generalsekretaer-suruc",
    title="Erklärung des Generalsekretärs zum Anschlag in Suruç",
    url="https://coe.int/de/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/statement-by-the-secretary-general-"
        "on-the-attack-in-suruc",
    retrieved="same address (statement of 20 July 2015, complete as stored; the link word 'Zurück' before the heading, the "
              "two image-caption lines 'Thorbjørn Jagland', the footer line 'Generalsekretär Straßburg 20. Juli 2015' and "
              "the page's French buttons ('Diminuer la taille du texte', 'Augmenter la taille du texte', 'Imprimer la "
              "page') dropped (rules 14, 93); the heading kept as the first line)",
    license=COE,
    paras=[SUR_P1],
    quotes=[(SUR_P1, GENSEK)],
    aliases={GENSEK: ["Generalsekretär", "Generalsekretärs"]})

STR_P1 = ("„Der Stadt Straßburg gilt unser tiefes Mitgefühl und wir bekunden gegenüber unserem Gastland Frankreich und "
          "dieser großartigen Stadt unsere Solidarität. Ich möchte meine volle Unterstützung für die französischen Behörden "
          "zum Ausdruck bringen, die weiterhin alles in ihrer Macht Stehende tun, um die Menschen, die hier leben, die "
          "internationale Gemeinschaft und die Bürger aus ganz Europa, die diesen historischen Ort besuchen, zu schützen. "
          "Ich bin davon überzeugt, dass die Stadt Straßburg niemals zulassen wird, dass Terroristen die schönen Straßen, "
          "Plätze und Märkte in dieser Stadt übernehmen. Sie gehören den Menschen. In einer Zeit, in der wir beginnen, aus "
          "der Tatsache, dass die Anzahl der Terroranschläge abnimmt, Trost zu schöpfen, hat der gestrige Vorfall uns "
          "schmerzhaft vor Augen geführt, dass die Bedrohung durch den Terrorismus in Europa weiterhin akut bleibt und dass "
          "jederzeit Anschläge geschehen können. Wir müssen in unserem Kampf gegen den Terrorismus und die Ursachen des "
          "Terrorismus daher entschlossen und unmissverständlich sein. Die Arbeit, die wir im Europarat zur Verhütung von "
          "Radikalisierung leisten, und der Kampf gegen Extremismus sind wichtiger denn je.“")

add(id="ho272-coe-2018-12-terroranschlag-strassburg",
    title=None,
    url="https://coe.int/de/web/portal/-/terrorist-attack-in-strasbourg?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3F"
        "delta%3D75%26start%3D31",
    retrieved="same address (German version of the statement after the attack in Strasbourg of 11 December 2018, undated in "
              "the stored copy; no headline, lead or footer in the stored copy, so the statement is the first line (rule "
              "18); the closing link line 'Siehe auch:' dropped (rule 93))",
    license=COE,
    paras=[STR_P1],
    quotes=[(STR_P1, None)],
    aliases={})

EQ_P1 = ("Der Generalsekretär des Europarates, Thorbjørn Jagland, hat die Mitgliedsstaaten der Organisation aufgerufen, sich "
         "von Neuem dazu zu bekennen, ihre Verpflichtungen zu achten und mit den satzungsgemäßen Organen des Europarates "
         "offen und aufrichtig zusammenzuarbeiten. „Gleiche Rechte – gleiche Pflichten“ sei das einzige Prinzip, das die "
         "Familie zusammenhält, erklärte der Generalsekretär.")
EQ_P2 = ("Die grundlegende Mission der Organisation sei der Schutz der Menschen vor der willkürlichen Ausübung von Macht durch "
         "ihren eigenen Staat, und Konflikte wie jener zwischen der Ukraine und Russland aufgrund der Annexion der Krim "
         "sollten nicht verhindern, dass beide Parteien für den Schutz der Rechte ihrer Staatsbürger verantwortlich gemacht "
         "werden. Jagland verwies auf einige ernste Bedrohungen der Werte und der Autorität des Europarates, darunter den "
         "Anstieg von Populismus sowie die Aussetzung und Verringerung der Beitragszahlungen zum Haushalt der Organisation.")
EQ_P3 = ("Er warnte davor, Beitragszahlungen als politisches Instrument einzusetzen, da es letztlich die europäischen Bürger "
         "seien, die den Preis dafür bezahlen müssten. Darüber hinaus begrüßte Jagland die Einsetzung eines "
         "Ad-hoc-Komitees, zu dessen Aufgaben die Harmonisierung der Regeln der Organisation zählt. Die Mitglieder der "
         "Parlamentarischen Versammlung des Europarates forderte er auf, den durch die Europäische Menschenrechtskonvention "
         "geschaffenen einzigartigen Rechtsraum zu schützen.")

add(id="ho272-coe-jagland-pace-gleiche-rechte-gleiche-pflichten",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-to-pace-member-states-have-equal-obligations-and-equal-rights?"
        "p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D27",
    retrieved="same address (German version of the news item on Secretary General Jagland's address to the Parliamentary "
              "Assembly on equal rights and obligations of the member states, undated in the stored copy (Jagland's second "
              "term, 2014-2019); no headline in the stored copy, so the first paragraph is the first line (rule 18); "
              "complete as stored)",
    license=COE,
    paras=[EQ_P1, EQ_P2, EQ_P3],
    quotes=[("„Gleiche Rechte – gleiche Pflichten“", JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Der Generalsekretär des Europarates", "der Generalsekretär"]})

DIA_TITLE = "Dialog zwischen dem Generalsekretär und den Mitgliedern der Versammlung"
DIA_P1 = ("In einer Fragestunde im Rahmen der Herbstsitzung der Parlamentarischen Versammlung hat der Generalsekretär des "
          "Europarates, Thorbjørn Jagland, heute Fragen der Abgeordneten beantwortet.")
DIA_P2 = ("Im Laufe des Dialogs wurde Jagland von den Parlamentariern darum gebeten, seine Reaktion auf das Abweichen der "
          "Türkei von Teilen der Europäischen Menschenrechtskonvention zu schildern. Der Generalsekretär unterstrich, dass "
          "es keinem Land möglich ist, von der Konvention komplett abzuweichen. Von einigen Artikeln, etwa im Hinblick auf "
          "das Recht auf Leben und das Verbot von Folter, Sklaverei und Zwangsarbeit, darf in keinem Fall abgewichen "
          "werden. Er wies darauf hin, dass der Europarat in einem „konstruktiven Dialog“ mit der Türkei stehe. Der "
          "rechtliche Schutz jener, die verhaftet und strafrechtlich verfolgt oder von ihrer Arbeit suspendiert oder "
          "entlassen wurden, müsse garantiert sein, so Jagland.")
DIA_P3 = ("Auf eine Frage über die instabile Lage in der Ostukraine antwortete der Generalsekretär, dass er am besten zu "
          "einer Lösung beitragen könne, indem er weiterhin den Minsk-Prozess unterstützt. Er sagte, dass es wichtig sei, "
          "die Ukraine als unabhängigen Staat zu stabilisieren, besonders durch Korruptionsbekämpfung und Schaffung "
          "dezentraler Machtstrukturen durch die Verfassung: Diese Maßnahmen würden das Vertrauen der Ukrainer in die "
          "Institutionen ihres Landes steigern.")

add(id="ho272-coe-2016-herbstsitzung-dialog-generalsekretaer",
    title=DIA_TITLE,
    url="https://www.coe.int/de/web/portal/news-2016/-/asset_publisher/StEVosr24HJ2/content/secretary-general-s-dialogue-"
        "with-assembly-membe-1?_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_StEVosr24HJ2_"
        "assetEntryId=19932865",
    retrieved="the address given, shortened after the assetEntryId parameter (its redirect parameter, a copy of the news-2016 "
              "list address, left off); news item of the autumn session 2016 of the Parliamentary Assembly; the link word "
              "'Zurück' before the heading dropped and the heading, which the stored copy gives twice, kept once (rule "
              "93); the fourth paragraph ('Als er zu den Vorschlägen einiger Staaten … an die Bed'), cut off in the stored "
              "copy, and the rest dropped (rule 15); it holds no quotation mark in the stored part)",
    license=COE,
    paras=[DIA_P1, DIA_P2, DIA_P3],
    quotes=[("„konstruktiven Dialog“", JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "der Generalsekretär des Europarates", "Der Generalsekretär",
                       "der Generalsekretär"]})

KAT_TITLE = 'Generalsekretär Jagland: "Die Krise in Katalonien muss im Rahmen der spanischen Verfassung gelöst werden"'
KAT_P1 = ("Der Generalsekretär des Europarates, Thorbjørn Jagland, hat im Rahmen einer Fragestunde auf Fragen der Mitglieder "
          "der Versammlung geantwortet. Dabei betonte er, wie wichtig es sei, den Konflikt in Katalonien auf der Grundlage "
          "der bestehenden spanischen Verfassung oder einer geänderten Fassung zu lösen. Er lehnte die Idee einer "
          "internationalen Vermittlung ab. Stattdessen bot er die Unterstützung durch die Expertise des Europarates im "
          "Bereich des Verfassungsrechts an.")
KAT_P2 = ("In seiner Antwort auf die Frage nach dem neuen Gesetz über Sprachenrechte nationaler Minderheiten in der Ukraine "
          "unterstrich der Generalsekretär, dass der Schutz der Minderheitenrechte ein wichtiger Teil des „Kerngeschäfts“ "
          "des Europarates sei. Er erklärte, er sei anfangs über das neue Gesetz in der Ukraine beunruhigt gewesen und "
          "verwies auf das jüngste Treffen mit der Bildungsministerin des Landes. Jagland erklärte, dass die "
          "Venedig-Kommission in der Angelegenheit konsultiert worden sei, der Dialog mit den ukrainischen Behörden auf der "
          "Grundlage des Gutachtens der Kommission werde weitergeführt. Dieses solle in Kürze veröffentlicht werden.")
KAT_P3 = ("Auf eine Frage zur Inhaftierung und dem laufenden Verfahren gegen den führenden Aktivisten von Amnesty "
          "International in der Türkei antwortete der Generalsekretär, dass er dieses Thema beim türkischen Premierminister "
          "angesprochen habe. Er habe auch darauf beharrt, transparente Gerichtsverfahren auf Grundlage der Europäischen "
          "Menschenrechtskonvention durchzuführen. „Wir durchleben große Herausforderungen in dieser Zeit“, sagte er mit "
          "Hinweis auf das Konventionssystem und rief zur Freilassung von Journalisten, Abgeordneten und "
          "Menschenrechtsaktivisten auf, damit sie sich selbst, ohne inhaftiert zu sein, verteidigen könnten.")

add(id="ho272-coe-2017-jagland-katalonien-fragestunde",
    title=KAT_TITLE,
    url="https://coe.int/de/web/portal/-/secretary-general-jagland-says-catalonia-crisis-must-be-solved-within-the-context-"
        "of-the-spanish-constitution?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D146",
    retrieved="same address (news item on Secretary General Jagland's question time before the Assembly in autumn 2017, "
              "undated in the stored copy; the link word 'Zurück' before the heading dropped; the second heading line "
              "'Generalsekretär Jagland:', a truncated repetition of the heading (the image's label), dropped (rules 14, "
              "93); the straight double quotes of the heading kept as stored; the fourth paragraph ('Auf eine Frage zum "
              "teilweisen Ausfall der Mitgliedsbe'), cut off in the stored copy, and the rest dropped (rule 15); it holds "
              "no quotation mark in the stored part)",
    license=COE,
    paras=[KAT_P1, KAT_P2, KAT_P3],
    quotes=[('"Die Krise in Katalonien muss im Rahmen der spanischen Verfassung gelöst werden"', JAGLAND),
            ("„Kerngeschäfts“", JAGLAND),
            ("„Wir durchleben große Herausforderungen in dieser Zeit“", JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Jagland", "Jagland", "Der Generalsekretär des Europarates",
                       "der Generalsekretär"]})

KIN_TITLE = "6. Europäischer Tag zum Schutz von Kindern vor sexueller Ausbeutung und sexuellem Missbrauch"
KIN_P1 = ("Anlässlich des 6. Europäischen Tags zum Schutz von Kindern vor sexueller Ausbeutung und sexuellem Missbrauch (18. "
          "November 2020) haben diese Personen die folgende gemeinsame Erklärung abgegeben:")
KIN_L1 = ("der stellvertretende griechische Außenminister und scheidende Vorsitzende des Ministerkomitees des Europarates, "
          "Miltiadis Varvitsiotis;")
KIN_L2 = "der deutsche Außenminister und künftige Vorsitzende des Ministerkomitees des Europarates, Heiko Maas;"
KIN_L3 = "die Generalsekretärin des Europarates, Marija Pejčinović Burić;"
KIN_L4 = "der Präsident der Parlamentarischen Versammlung des Europarates, Rik Daems."
KIN_P2 = ("„Der Schutz von Kindern vor sexueller Ausbeutung und sexuellem Missbrauch ist eine grundlegende Pflicht aller "
          "Staaten. Die Regierungen müssen auf internationaler Ebene ihre Kräfte bündeln, um jeglicher Form sexueller Gewalt "
          "gegen Kinder wirksam entgegenzutreten. Die Coronavirus-Pandemie und die daraus resultierenden "
          "Ausgangsbeschränkungen haben das Risiko erhöht, dass Kinder Opfer von sexueller Ausbeutung und sexuellem "
          "Missbrauch werden, insbesondere deshalb, weil Schulen und soziale Dienste ihre Tätigkeit wegen gesundheitlicher "
          "Bedenken einschränken mussten. Während in vielen unserer Mitgliedsstaaten neue Ausgangsbeschränkungen beschlossen "
          "werden, müssen wir die Interessen von Kindern an die erste Stelle setzen, die Anstrengungen zur Verhütung von "
          "sexueller Ausbeutung und sexuellem Missbrauch verstärken und die Täter zur Rechenschaft ziehen.")

add(id="ho272-coe-2020-11-18-gemeinsame-erklaerung-kinderschutztag",
    title=KIN_TITLE,
    url="https://coe.int/de/web/portal/-/6th-european-day-on-protection-of-children-against-sexual-exploitation-and-sexual-"
        "abuse?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D36",
    retrieved="same address (joint statement for the European Day of 18 November 2020; the link word 'Zurück' before the "
              "heading dropped and the heading, which the stored copy gives twice, kept once (rule 93); the four names of "
              "the signatories kept as lines of their own; the statement's second paragraph ('Der Kampf gegen dieses Übel "
              "… einen Beitrag leisten.'), at whose end the stored copy stops without the statement's closing mark, and "
              "the rest dropped as cut off (rules 15, 1798))",
    license=COE,
    paras=[KIN_P1, KIN_L1, KIN_L2, KIN_L3, KIN_L4, KIN_P2],
    quotes=[(KIN_P2, VARV)],
    aliases={VARV: ["Miltiadis Varvitsiotis",
                    "der stellvertretende griechische Außenminister und scheidende Vorsitzende des Ministerkomitees des "
                    "Europarates", "Heiko Maas", "Marija Pejčinović Burić", "Rik Daems"]})

PR_L1 = "Neue Initiative zur Unterstützung der Roma in Bulgarien und Rumänien"
PR_L2 = ("Eine neue Vereinbarung zwischen dem Europarat und der Europäischen Union wird marginalisierte Roma-Gemeinschaften in "
         "Bulgarien und Rumänien beim Zugang zu Bildung, Wohnraum und Beschäftigung unterstützen und die Inklusion der Roma "
         "fördern. Bis heute wurden vom ROMACT-Programm über € 140 Millionen...")
PR_L3 = "Internationaler Jugendtag"
PR_L4 = ("Sprecherin des Kongresses: „Die Schaffung engerer Verbindungen zwischen jungen Menschen und anderen Generationen "
         "kann uns helfen, Lösungen für die heutigen Herausforderungen zu finden“")
PR_L5 = "Recht auf gesunde Umwelt – ein universelles Menschenrecht und eine dringende Notwendigkeit auf allen Ebenen staatlichen Handelns"
PR_L6 = ("Als Reaktion auf die jüngst von der Generalversammlung der Vereinten Nationen verabschiedete Resolution, in der sie "
         "den Zugang zu sauberer, gesunder und nachhaltiger Umwelt als universelles Menschenrecht anerkennt, hat der "
         "Menschenrechtssprecher des Kongresses der Gemeinden und Regionen des...")
PR_L7 = "Europäischer Holocaust-Gedenktag für die Roma"
PR_L8 = "Erklärung der Generalsekretärin des Europarates, Marija Pejčinović Burić"
PR_L9 = ("GRETA ruft Staaten, Zivilgesellschaft und Technologieunternehmen zur Zusammenarbeit für Achtung und Schutz von "
         "Menschenrechten und Rechtsstaatlichkeit im Netz auf")
PR_L10 = ("Anlässlich des Welttags gegen Menschenhandel, der jedes Jahr am 30. Juli begangen wird, tritt die Expertengruppe "
          "des Europarates für die Bekämpfung des Menschenhandels (GRETA) der Interinstitutionellen Koordinierungsgruppe zur "
          "Bekämpfung des Menschenhandels (ICAT) bei, um die Vertragsstaaten des...")

add(id="ho272-coe-2022-08-presseraum",
    title="Presseraum",
    url="https://www.coe.int/de/web/portal/full-news",
    retrieved="same address (the press-room list page of the portal as stored in August 2022 (International Youth Day, the "
              "UN resolution on a healthy environment); the heading 'Presseraum' kept as the first line; each item's "
              "headline and teaser kept as lines of their own, the teasers with the site's own '...' (rule 93); the last "
              "item ('Anti-Folter-Komitee kündigt für 2023 planmäßige Besuche in acht Ländern an' with its teaser 'Das "
              "Europäische Komitee … unter Freiheitsentzug stehenden'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[PR_L1, PR_L2, PR_L3, PR_L4, PR_L5, PR_L6, PR_L7, PR_L8, PR_L9, PR_L10],
    quotes=[(cut(PR_L4, "„Die Schaffung", "zu finden“"), SPRECHERIN)],
    aliases={SPRECHERIN: ["Sprecherin", "Sprecherin des Kongresses"]})

# --- EESC newsletter 'EWSA info' (copies of the PDF on expydoc.com) ---

MRZ_P1 = ("Ich freue mich ganz besonders, dass unser Ausschuss im Februar nahezu einstimmig seine Entschließung zur Förderung "
          "der europäischen Integration, des freien Verkehrs von Personen, Waren und Dienstleistungen und des Schengener "
          "Abkommens verabschiedet hat. Unseren drei Gruppen ist es gelungen, die Haltung der organisierten "
          "Zivilgesellschaft in die richtigen Worte zu fassen. Unternehmen, Arbeitnehmer und Bürgervereinigungen haben ihren "
          "Standpunkt gemeinsam zum Ausdruck gebracht. Dies entspricht genau der im Vertrag festgelegten Aufgabe, der "
          "Daseinsberechtigung und dem größten – durch und durch europäischen – „Mehrwert“ unseres Ausschusses.")
MRZ_P2 = ("Wir hatten uns vorgenommen, eingehend die Faktoren zu beleuchten, die der Krise zugrunde liegen – einer Krise, die "
          "unsere Rechte, unsere Wirtschaft und das europäische Projekt an sich bedroht. Diesen Vorsatz wollen wir in diesem "
          "Monat bei einer Debatte mit sehr hochrangigen Gästen in die Tat umsetzen. Dabei wird es um die derzeitigen "
          "Flüchtlingsströme gehen sowie um die Frage, wie wir darauf würdevoll, effizient und solidarisch reagieren können, "
          "auf eine Weise also, die ebenfalls durch und durch europäisch ist.")
MRZ_P3 = ("Ich hoffe, wir werden dabei die Gelegenheit haben, gemeinsam jene Reaktionen an den Pranger zu stellen, die auf "
          "Irrationalität, Propaganda, schlechtem Management und der Gleichsetzung von Flüchtlingen, Migranten und sogar "
          "Terroristen beruhen. Ich hoffe, wir werden dabei auch gemeinsam die richtigen, realistischen und vernünftigen "
          "Antworten finden.")

add(id="ho272-eesc-info-2016-03-leitartikel-mehrwert",
    title=None,
    url="https://expydoc.com/doc/8351343/der-ewsa---europa.eu",
    retrieved="same address (a copy of the March 2016 issue of 'EWSA info' (ISSN 2363-2607) in the layout of the newsletter's "
              "PDF, on the document-sharing site expydoc.com; used as the EESC's text (rule 885); the site's title line "
              "'Der EWSA - Europa.eu' and the newsletter's header lines ('ISSN 2363-2607', 'Der Europäische Wirtschafts- und "
              "Sozialausschuss', 'EWSA info', the repeated committee name, 'Eine Brücke zwischen Europa und der "
              "organisierten Zivilgesellschaft', 'März 2016 | DE') and the section label 'LEITARTIKEL' dropped (rules 14, "
              "93); the editorial has no headline, so its first paragraph is the first line (rule 18); the PDF's line "
              "wraps joined, paragraph breaks kept where a sentence ends a line and the next line starts a new paragraph "
              "(rule 886); the fourth paragraph ('In letzter Zeit sorgt auch die Haltung des Vereinigten Königreichs … un'), "
              "cut off in the stored copy, and the rest dropped (rule 15); it holds no quotation mark in the stored part)",
    license=EESC_INFO,
    paras=[MRZ_P1, MRZ_P2, MRZ_P3],
    quotes=[("„Mehrwert“", None)],
    aliases={})

MAI_P1 = "Liebe Leserinnen und Leser,"
MAI_P2 = ("ein weiterer Monat ist vergangen, und während sich das emotionale Chaos infolge der Brüsseler Terroranschläge "
          "allmählich legt und Besonnenheit einkehrt, schaut die Welt nach wie vor auf Europa und seine Herausforderungen: "
          "Migration, Brexit, die griechische Schuldenkrise, um nur einige wenige zu nennen.")
MAI_P3 = ("Die meisten dieser Probleme gären unter der Oberfläche weiter. Ein heiß diskutiertes Abkommen mit der Türkei ist "
          "immer noch nicht unterschriftsreif, und seine Folgen sind in ihrer Gänze noch nicht absehbar. Glauben wir "
          "wirklich, dass es eine dauerhafte Lösung für diese zunehmenden Migrationsströme bieten kann, die – darin sind "
          "sich alle Experten einig – noch weiter zunehmen werden? Wo ist denn die europäische Lösung, die der EWSA "
          "gefordert hat?")
MAI_P4 = ("Ein weiteres heißes Eisen ist der Brexit. Wird es am 23. Juni „abkuehlen“ , oder werden wir uns alle – nicht nur "
          "das Vereinigte Königreich, sondern auch das übrige Europa – an den unvorstellbaren Folgen eines EU-Austritts "
          "verbrennen? Ich bin ein überzeugter Verfechter Europas und hoffe inständig, dass sich das „In“-Lager am Ende "
          "durchsetzen und die Vernunft siegen wird. Ich komme aus Nordirland, und Europa verkörpert so viel von dem, was wir "
          "durch das Schlagen von Brücken zwischen den Bevölkerungsgruppen erreicht haben. Ein „Ja“ für den Austritt könnte "
          "die Brücken zum Rest Europas und sogar zur ganzen Welt zum Einsturz bringen.")

add(id="ho272-eesc-info-2016-05-leitartikel-brexit",
    title=None,
    url="https://expydoc.com/doc/9706637/ewsa---europa.eu",
    retrieved="same address (a copy of the May 2016 issue of 'EWSA info' (ISSN 2363-2607) in the layout of the newsletter's "
              "PDF, on the document-sharing site expydoc.com; used as the EESC's text (rule 885); the newsletter's header "
              "lines ('ISSN 2363-2607', 'Der Europäische Wirtschafts- und Sozialausschuss', 'EWSA info', the repeated "
              "committee name, 'Eine Brücke zwischen Europa und der organisierten Zivilgesellschaft', 'Mai 2016 | DE') and "
              "the section label 'LEITARTIKEL' dropped (rules 14, 93); the headline 'EWSA: Integration als wechselseitiger "
              "Prozess nutzt Flüchtlingen und Einheimischen', which the PDF sets beside the editorial and which heads "
              "another article whose text is cut off in the stored copy, dropped with that article (rules 15, 1491): the "
              "photo caption 'Berichterstatterin Christa Schweng und Mitberichterstatter Panagiotis Gkofas' and the "
              "paragraph 'In seiner im April verabschiedeten Stellungnahme erklärt der EWSA, … bewährte Methoden gen', cut "
              "off; the editorial's salutation kept as the first line (rule 18); the PDF's line wraps joined, paragraph "
              "breaks kept where a sentence ends a line and the next line starts a new paragraph (rule 886); the space "
              "before the comma in '„abkuehlen“ ,' and the spelling 'abkuehlen' kept as stored (rule 20))",
    license=EESC_INFO,
    paras=[MAI_P1, MAI_P2, MAI_P3, MAI_P4],
    quotes=[("„abkuehlen“", None), ("„In“", None), ("„Ja“", None)],
    aliases={})
