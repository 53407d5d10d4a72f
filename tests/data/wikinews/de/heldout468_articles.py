# Four-hundred-and-sixty-eighth held-out German real-news set (tests/data/heldout468-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2460-2463). None
# of these texts is in any tests/data/*.jsonl or in another helper's worktree (checked by newsletter number, address slug or
# presseportal number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data; the two home-page
# snapshots share their addresses with other snapshots in earlier sets, see rule 2461). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixty-eighth held-out set": nine texts of the European Commission in
# German (licence EU): six issues of the newsletter "EU-Aktuell" of the Representation in Germany in the newsroom archive of
# ec.europa.eu (June 2019, December 2019, January 2021, February 2021, June 2021, September 2021), two stored snapshots of
# the Representation's home page on ec.europa.eu/germany (June 2017, April 2020) and the Commission's press release with
# Commissioner Glenn Micallef's speech at the opening of Chemnitz as European Capital of Culture (January 2025) on the
# Commission's presseportal.de newsroom. Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), the newsletter header, the 'mehr' / 'Mehr' / 'More' links,
# the home pages' 'Veranstaltungen' sections and the presseportal date prefix and newsroom label are dropped (rules 14, 2245,
# 2461, 2462), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
VDL_SHORT = "von der Leyen"
VESTAGER = "Margrethe Vestager"
KYRIAKIDES = "Stella Kyriakides"
BORRELL = "Josep Borrell"
KOMMISSION = "EU-Kommission"
WOJAHN = "Jörg Wojahn"
JUNCKER = "Jean-Claude Juncker"
NL = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NL_HEADER = ("the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version "
             "zu gelangen.' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the "
             "{} links after each item dropped (rule 14)")

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 10 February 2021 ---

IMPF_T = "Von der Leyen: „Impfkampagne in Europa nimmt an Fahrt auf“"
IMPF_P1 = ("Ursula von der Leyen hat heute (Mittwoch) im Europäischen Parlament zur gemeinsamen Impfstoffbeschaffung Stellung "
           "genommen. „Insgesamt sind in Europa seit Dezember 26 Millionen Impfdosen ausgeliefert worden. Mehr als 17 "
           "Millionen Menschen wurden geimpft. Und wir werden so hart wie nur irgend möglich daran arbeiten, dass wir unser "
           "Ziel erreichen, nämlich dass wir bis Ende des Sommers 70 Prozent der erwachsenen Bevölkerung in Europa geimpft "
           "haben“, sagte die EU-Kommissionspräsidentin. Die Impfkampagne nehme an Fahrt auf, doch „wir sind heute … noch "
           "nicht da, wo wir sein wollen. Wir waren spät dran bei der Zulassung. Wir waren zu optimistisch bei der "
           "Massenproduktion. Und vielleicht waren wir uns auch zu sicher, dass das Bestellte tatsächlich pünktlich geliefert "
           "wird. Wir müssen uns fragen, warum das so ist und welche Lehren wir daraus ziehen können.“")
ASPEN_T = ("Kartellrecht: Kommission akzeptiert Verpflichtungszusagen von Aspen gegen exzessiv hohe Preise für patentfreie "
           "Krebsmittel")
ASPEN_P = ("Die Europäische Kommission hat Verpflichtungszusagen des Pharmaunternehmens Aspen nach den EU\u2011Kartellvorschriften "
           "für rechtlich bindend erklärt. Demnach muss Aspen seine Preise für sechs unentbehrliche Krebsmedikamente in Europa "
           "um durchschnittlich 73 Prozent senken und eine längerfristige Versorgung mit diesen patentfreien Arzneimitteln "
           "gewährleisten. „Der heutige Beschluss ist eine klare Botschaft an andere marktbeherrschende Pharmaunternehmen, "
           "keine missbräuchlichen Preisbildungspraktiken anzuwenden, mit denen unsere Gesundheitssysteme ausgenutzt werden“, "
           "sagte die für Wettbewerbspolitik zuständige Exekutiv-Vizepräsidentin Margrethe Vestager.")

add(id="ho468-eucom-newsletter-29851-impfkampagne-aspen",
    title=IMPF_T,
    url=NL + "29851",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 10 February 2021 (the "
              "stored copy gives no date line; von der Leyen's statement in the European Parliament on the joint vaccine "
              "procurement and the Aspen commitments decision it reports date from that Wednesday): its first two items; "
              + NL_HEADER.format("'Mehr'") + "; the headline of the first item is the first line, the headline of the "
              "second kept as a line of its own; the non-breaking hyphen of 'EU\u2011Kartellvorschriften' kept as stored "
              "(rule 20); the third item 'EU-Parlament billigt Aufbaufonds zur wirtschaftlichen Erholun', cut off in the "
              "stored copy inside its headline, dropped (rule 15))",
    license=EU,
    paras=[IMPF_P1, ASPEN_T, ASPEN_P],
    # headline `Von der Leyen: „…“` over an item whose body gives the same words in her Konjunktiv report (`Die
    # Impfkampagne nehme an Fahrt auf`) → hers (rules 54, 2463); the first body quotation has the role cue `sagte die
    # EU-Kommissionspräsidentin` (rule 30); the partial quotation after the Konjunktiv clause runs on over four sentences
    # and keeps the published ellipsis inside its span (rules 3, 2463); Vestager's quotation has a trailing role cue
    quotes=[("„Impfkampagne in Europa nimmt an Fahrt auf“", VDL),
            (cut(IMPF_P1, "„Insgesamt", "geimpft haben“"), VDL),
            (cut(IMPF_P1, "„wir sind heute", "ziehen können.“"), VDL),
            (cut(ASPEN_P, "„Der heutige", "ausgenutzt werden“"), VESTAGER)],
    aliases={VDL: ["Ursula von der Leyen", "Von der Leyen", "EU-Kommissionspräsidentin"],
             VESTAGER: ["Margrethe Vestager", "Exekutiv-Vizepräsidentin"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 3 September 2021 ---

AZ_T = "EU und AstraZeneca beenden Rechtsstreit über Lieferung von COVID-19-Impfstoff"
AZ_P = ("Die EU und AstraZeneca haben heute (Freitag) eine Einigung über die Lieferung der restlichen 200 Mio. "
        "COVID-19-Impfstoffdosen an die Mitgliedstaaten erzielt. Damit wird die Erfüllung der mit AstraZeneca geschlossenen "
        "Vorabkaufvereinbarung vom 27. August 2020 gewährleistet. Mit der Einigung wird auch der anhängige Rechtsstreit vor "
        "dem Brüsseler Gerichtshof beendet. „Die heutige Einigung garantiert die Lieferung der restlichen 200 Millionen "
        "COVID-19-Impfdosen durch AstraZeneca an die EU“, so EU-Gesundheitskommissarin Stella Kyriakides. „Zwar haben wir in "
        "dieser Woche den wichtigen Meilenstein erreicht, dass 70 Prozent der erwachsenen Bevölkerung in der EU vollständig "
        "geimpft sind, doch gibt es erhebliche Unterschiede zwischen den Impfquoten in den einzelnen Mitgliedstaaten, und die "
        "kontinuierliche Verfügbarkeit von Impfstoffen, einschließlich der von AstraZeneca, ist weiterhin von entscheidender "
        "Bedeutung.“")
AFG_T = "EU-Verteidigungsminister diskutieren über Lehren aus Afghanistan-Einsatz"
AFG_P = ("Gestern (Donnerstag) haben der Hohe Vertreter der Union für Außen- und Sicherheitspolitik, Josep Borrell, und "
         "Binnenmarktkommissar Thierry Breton gemeinsam mit den Verteidigungsministerinnen und -ministern der EU über die "
         "Lehren aus dem Afghanistan-Einsatz diskutiert. „Afghanistan hat gezeigt, dass die Defizite in unserer strategischen "
         "Autonomie ihren Preis haben und dass der einzige Weg nach vorne darin besteht, unsere Kräfte zu bündeln und nicht "
         "nur unsere Kapazitäten, sondern auch unseren Willen zum Handeln zu stärken“, so Borrell bei einer Pressekonferenz "
         "nach dem informellen Treffen.")

add(id="ho468-eucom-newsletter-34290-astrazeneca-einigung-afghanistan",
    title=AZ_T,
    url=NL + "34290",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 3 September 2021 (the "
              "stored copy gives no date line; the settlement with AstraZeneca and the informal meeting of the defence "
              "ministers 'Gestern (Donnerstag)' it reports date it): its first two items; " + NL_HEADER.format("'mehr'")
              + "; the headline of the first item is the first line, the headline of the second kept as a line of its "
              "own; the third item 'EU-Terminvorschau vom 3. bis 17. September 2021', whose paragraph 'Die "
              "EU-Terminvorschau ist ein Service der Vertretungen' is cut off in the stored copy, dropped with its headline "
              "(rule 15))",
    license=EU,
    paras=[AZ_P, AFG_T, AFG_P],
    # P1: `„…“, so EU-Gesundheitskommissarin Stella Kyriakides.` and the cue-less quotation after it (NOTES.md
    # continuation); P3: `so Borrell` after a sentence with Borrell and Breton as joint subjects of `diskutiert`: the
    # trailing cue decides, and `diskutiert` is no verb of saying with both as speakers of these words (rules 27, 2432);
    # Breton says nothing in marks
    quotes=[(cut(AZ_P, "„Die heutige", "an die EU“"), KYRIAKIDES),
            (cut(AZ_P, "„Zwar", "Bedeutung.“"), KYRIAKIDES),
            (cut(AFG_P, "„Afghanistan", "zu stärken“"), BORRELL)],
    aliases={KYRIAKIDES: ["Stella Kyriakides", "EU-Gesundheitskommissarin"],
             BORRELL: ["Josep Borrell", "Borrell"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 8 January 2021 ---

BNT_T = "Europäische Kommission sichert bis zu 300 Millionen zusätzliche Dosen des Impfstoffs von BioNTech/Pfizer"
BNT_P = ("Die Europäische Kommission hat den EU-Mitgliedstaaten heute vorgeschlagen, weitere 200 Millionen Dosen des "
         "Corona-Impfstoffs der Firma BioNTech/Pfizer zu bestellen; verbunden mit der Option auf weitere 100 Millionen Dosen. "
         "Damit hat die EU ihren Mitgliedstaaten insgesamt bis zu 600 Millionen Dosen dieses Impfstoffs gesichert, der "
         "bereits in der gesamten EU verwendet wird. „Ich freue mich besonders, dass von diesem neuen Auftrag bereits ab dem "
         "zweiten Quartal 75 Millionen Dosen zur Verfügung stehen werden. Der Rest würde dann im dritten und im vierten "
         "Quartal 2021 geliefert werden“, sagte EU-Kommissionspräsidentin von der Leyen heute (Freitag) in Brüssel. „Europa "
         "wird mehr als genügend Impfstoff haben in einem verlässlichen Zeitrahmen. Und das zeigt eben auch, dass der Weg, "
         "den wir gemeinsam in Europa eingeschlagen haben, der richtige Weg ist.“")
COP_T = "EU-Erdbeobachtungsprogramm Copernicus: 2020 war das bisher wärmste Jahr in Europa"
COP_P = ("2020 war das wärmste Jahr in Europa seit Beginn der Aufzeichnungen. Das gab der Copernicus-Klimawandeldienst "
         "(Copernicus Climate Change Service, C3S) heute (Freitag) bekannt. In Europa lagen die Temperaturen durchschnittlich "
         "1,6°C über dem Referenzzeitraum 1981-2010 und 0,4°C über 2019, dem bisher wärmsten Jahr in Europa. Weltweit "
         "betrachtet war das Jahr 2020 ebenso warm wie das bisherige Rekordjahr 2016. Der Bericht zeigt zudem, dass die "
         "CO2-Konzentrationen weiter steigen.")

add(id="ho468-eucom-newsletter-28755-biontech-dosen-copernicus",
    title=BNT_T,
    url=NL + "28755",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 8 January 2021 (the stored "
              "copy gives no date line; the proposal of further BioNTech/Pfizer doses and the Copernicus announcement 'heute "
              "(Freitag)' it reports date it): its first two items; " + NL_HEADER.format("'Mehr'") + "; the headline of "
              "the first item is the first line, the headline of the second kept as a line of its own; the third item "
              "'Hongkong: EU fordert Freilassung von Verhafteten und Wahrung der Rechtsstaatlichkeit', whose paragraph is cut "
              "off in the stored copy ('… des Nationalen Sicherheitsgesetzes ('), dropped with its headline (rule 15))",
    license=EU,
    paras=[BNT_P, COP_T, COP_P],
    # P1: cued quotation and cue-less continuation (NOTES.md); the item names her only as `EU-Kommissionspräsidentin von
    # der Leyen`, so the canonical name is `von der Leyen`, the fullest form of the name in this document (rules 7, 2433);
    # the Copernicus item announces figures without quotation marks (rule 5)
    quotes=[(cut(BNT_P, "„Ich freue", "geliefert werden“"), VDL_SHORT),
            (cut(BNT_P, "„Europa wird", "richtige Weg ist.“"), VDL_SHORT)],
    aliases={VDL_SHORT: ["von der Leyen", "EU-Kommissionspräsidentin"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 18 June 2021 ---

AZG_T = ("Impfstoff-Vertrag mit AstraZeneca: Gericht bestätigt schwere Versäumnisse des Unternehmens und ordnet Lieferung "
         "von Impfdosen an")
AZG_P = ("Ein belgisches Gericht hat heute (Freitag) entschieden, dass das Unternehmen AstraZeneca den EU-Staaten dringend 50 "
         "Millionen Dosen seines Impfstoffes liefern muss. Kommt es dieser Verpflichtung nicht nach, muss es eine Strafe von "
         "10 Euro pro nicht gelieferter Impfdosis zahlen. Das Gericht bestätigte mit Blick auf die erheblichen "
         "Lieferverzögerungen einen verschweigenden Verstoß des Unternehmens gegen seinen Vertrag mit der EU. "
         "Kommissionspräsidentin Ursula von der Leyen begrüßte die Entscheidung: „Diese Entscheidung bestätigt die Position "
         "der Kommission: AstraZeneca hat sich nicht an die Verpflichtungen gehalten, die es im Vertrag eingegangen ist. Es "
         "ist gut zu sehen, dass ein unabhängiger Richter dies bestätigt. Das zeigt, dass unsere europäische Impfkampagne "
         "nicht nur Tag für Tag etwas für unsere Bürgerinnen und Bürger leistet. Es zeigt auch, dass sie auf einer soliden "
         "rechtlichen Grundlage steht.“")

add(id="ho468-eucom-newsletter-33303-astrazeneca-urteil",
    title=AZG_T,
    url=NL + "33303",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 18 June 2021 (the stored "
              "copy gives no date line; the Brussels court's ruling 'heute (Freitag)' and the President's trip through the "
              "capitals it reports date it): its first item; " + NL_HEADER.format("'mehr'") + "; the headline of the "
              "first item is the first line; the published 'verschweigenden Verstoß' kept (rule 20); the second item "
              "'Bewertung der nationalen Aufbaupläne: Präsidentin von der Leyen kommt am Dienstag nach Berlin', whose "
              "paragraph is cut off in the stored copy ('… trifft Bundeskanzlerin Angela Merkel in Berlin, danach re'), "
              "dropped with its headline (rule 15))",
    license=EU,
    paras=[AZG_P],
    # colon cue `begrüßte die Entscheidung:` (rule 9); the court, the subject of the sentences before, is reported without
    # marks; the colon inside the quotation does not end it
    quotes=[(cut(AZG_P, "„Diese Entscheidung", "Grundlage steht.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Kommissionspräsidentin"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 14 June 2019 ---

DES_T = "Kommission sieht Fortschritte im Kampf gegen Desinformation"
DES_P = ("Die EU-Kommission hat heute (Freitag) als Beitrag zum Treffen der EU-Staats- und Regierungschefs in der kommenden "
         "Woche eine erste Bilanz zur Bekämpfung von Desinformation rund um die Europawahl gezogen. „Wir sind davon "
         "überzeugt, dass wir die Auswirkungen von Desinformationskampagnen – auch von ausländischen Akteuren – durch unsere "
         "Anstrengungen, darunter die verstärkte Koordinierung zwischen der EU und den Mitgliedstaaten, begrenzen konnten. Es "
         "bleibt aber noch immer viel zu tun. Die Wahlen zum Europäischen Parlament waren schließlich nicht frei von "
         "Desinformation. Das dürfen wir so nicht als normal hinnehmen“, heißt es in einer gemeinsamen Erklärung der "
         "Kommission und der Hohen Vertreterin für die Außen- und Sicherheitspolitik. „Böswillige Akteure ändern ständig ihre "
         "Strategien. Wir müssen stets versuchen, ihnen voraus zu sein. Die Bekämpfung von Desinformation ist eine "
         "gemeinsame, langfristige Herausforderung für die EU-Organe und die Mitgliedstaaten.“")

add(id="ho468-eucom-newsletter-15907-desinformation-bilanz",
    title=DES_T,
    url=NL + "15907",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 14 June 2019 (the stored "
              "copy gives no date line; the first assessment of disinformation around the European elections and the "
              "Eurogroup meeting 'in der Nacht zum Freitag' before the Euro summit of 21 June it reports date it): its first "
              "item; " + NL_HEADER.format("'More'") + "; the headline of the first item is the first line; the second item "
              "'Eurogruppe einigt sich auf Grundzüge des Euro-Haushaltsinstruments', whose paragraph with Pierre Moscovici's "
              "two quotations is cut off in the stored copy ('… Offen sind vo'), dropped with its headline and its "
              "quotations (rule 15))",
    license=EU,
    paras=[DES_P],
    # `„…“, heißt es in einer gemeinsamen Erklärung der Kommission und der Hohen Vertreterin …` and the cue-less quotation
    # after it → the Commission, first named, with the unnamed High Representative as co-speaker (rule 2460)
    quotes=[(cut(DES_P, "„Wir sind davon", "hinnehmen“"), KOMMISSION),
            (cut(DES_P, "„Böswillige", "Mitgliedstaaten.“"), KOMMISSION)],
    aliases={KOMMISSION: ["EU-Kommission", "Kommission", "Hohen Vertreterin"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, 3 December 2019 ---

TEL_T = "100.000 Europäer fragen, die EU hört zu: Bürgertelefon verzeichnet reges Interesse"
TEL_P = ("Das europäische Bürgertelefon Europe Direct hat heute (Dienstag) die 100.000. Frage entgegengenommen und "
         "beantwortet. Sie kam von Isabel Zunino aus Barcelona, einer Mitarbeiterin in einem Lebensmittelunternehmen, die "
         "mehr über die EU-Vorschriften für Einwegkunststoffe erfahren wollte. Das Europe-Direct-Kontaktzentrum ist Europas "
         "einheitliche Telefonnummer für Bürgerinnen und Bürger, die Fragen zur Europäischen Union haben. Der Service ist "
         "kostenlos und von überall in der EU unter 00 800 6 7 8 9 10 11 zu erreichen.")
NET_T = "EU unterstützt sichere Energieversorgung in Irland und den baltischen Staaten"
NET_P = ("Die Europäische Kommission fördert die bessere Anbindung Irlands und der baltischen Staaten an das europäische "
         "Stromnetz. In Anwesenheit von EU-Handelskommissar Phil Hogan und EU-Energiekommissarin Kadri Simson werden heute "
         "(Dienstag) entsprechende Zuschüsse für den „Celtic Interconnector“ zwischen Irland und Frankreich und den „Harmony "
         "Link Interconnector“ zwischen Litauen und Polen unterzeichnet. Als Projekte von gemeinsamem Interesse werden sie mit "
         "530 Mio. Euro (Celtic Interconnector) und 10,29 Mio. Euro (Studien für Harmony Link) unterstützt.")
WAS_T = "Kommission begrüßt vorläufige Einigung über die Wiederverwendung von Abwasser in der Landwirtschaft"
WAS_P = ("Die Kommission begrüßt die vorläufige Vereinbarung zwischen dem Europäischen Parlament und dem Rat über "
         "Mindestanforderungen für die Wiederverwendung von Wasser in der Landwirtschaft. Damit sollen Mindestanforderungen "
         "an die Wasserqualität eingeführt werden, um eine sichere Wiederverwendung von behandeltem kommunalem Abwasser in der "
         "landwirtschaftlichen Bewässerung zu gewährleisten.")

add(id="ho468-eucom-newsletter-18849-buergertelefon-interconnector",
    title=TEL_T,
    url=NL + "18849",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 3 December 2019 (the stored "
              "copy gives no date line; the 100,000th question 'heute (Dienstag)' and the following date line 'Mittwoch, 4. "
              "Dezember' date it): its three news items; " + NL_HEADER.format("'More'") + "; the headline of the first item "
              "is the first line, the other headlines kept as lines of their own; the section heading 'Termine' and its first "
              "date line 'Mittwoch, 4. Dezember', followed only by the cut-off 'B', dropped (rules 15, 2463))",
    license=EU,
    paras=[TEL_P, NET_T, NET_P, WAS_T, WAS_P],
    # the names of the two projects in marks are null (rules 2, 24), although two Commissioners are named in the same
    # sentence; the second mentions of both names without marks carry no span; Isabel Zunino, Phil Hogan and Kadri Simson
    # are named and say nothing
    quotes=[("„Celtic Interconnector“", None),
            ("„Harmony Link Interconnector“", None)],
    aliases={})

# --- ec.europa.eu/germany: stored snapshot of the Representation's home page, 1 April 2020 ---

HP20_P1 = ("Zur Bewältigung der Folgen der Coronavirus-Pandemie wird die Europäische Kommission am Donnerstag ein neues "
           "Instrument zur Unterstützung von Kurzarbeit in Europa vorschlagen. „Es wird den Menschen und Betrieben in den am "
           "stärksten betroffenen Ländern helfen“, sagte Kommissionspräsidentin von der Leyen nach der Kommissionssitzung "
           "heute (Mittwoch) in einer Videobotschaft. „Hinter diesem Element steht die Garantie aller Mitgliedstaaten. Das "
           "ist europäische Solidarität in Aktion. Wir tun es für Italien, Spanien und andere Mitgliedsstaaten. Und wir tun "
           "es für die Zukunft Europas.“")
HP20_P2 = ("Der Vertreter der Europäischen Kommission in Deutschland, Jörg Wojahn, hat sich in einem aktuellen Schreiben an "
           "alle Bundestagsabgeordneten und die Europaministerinnen und -minister der Länder gewandt, um ihnen einen "
           "Überblick über die Maßnahmen der EU zur Bewältigung des Coronavirus-Ausbruchs zu geben. „In diesen Wochen der "
           "Coronakrise ist es alles andere als still in Brüssel“, schreibt Wojahn. „In normalen Zeiten mag es auch "
           "innenpolitisch manchmal opportun sein, ,die EU‘ abstrakt für vermeintliche Versäumnisse – vielleicht sogar die "
           "eigenen – verantwortlich zu machen. In der jetzigen Phase gilt es, sich das jeweils zweimal zu überlegen. Denn es "
           "geht ums Ganze.“")

add(id="ho468-eucom-homepage-2020-04-kurzarbeit-wojahn-schreiben",
    title="Nachrichten",
    url="https://ec.europa.eu/germany/",
    retrieved="same address (a stored snapshot of the home page of the Representation in Germany of 1 April 2020 (no date "
              "line in the stored copy; the proposal of the short-time work instrument 'am Donnerstag' after the Commission "
              "meeting 'heute (Mittwoch)' and the events section's suspension of events from 11/03/2020 date it), not the "
              "snapshots of January 2017 and October 2019 of the same address used in eucom-de (rule 2461); its two news "
              "items; the header lines 'Vertretung in Deutschland' / 'Die Vertretung der Europäischen Kommission' dropped and "
              "the section heading 'Nachrichten' kept as the title, as in eucom-de (rule 18); the section 'Veranstaltungen' "
              "with its image paths ('/germany/file/coronavirus-2_deCoronavirus', …), event titles and date lines dropped "
              "(rules 14, 2461))",
    license=EU,
    paras=[HP20_P1, HP20_P2],
    # P1: trailing cue and cue-less continuation (NOTES.md); the name form is `von der Leyen` only (rules 7, 2433); P2: a
    # letter's words under `schreibt Wojahn` are his (rule 28), the cue-less second quotation continues him; the nested
    # `,die EU‘`, opened with a comma typed for the low single mark, stays inside his span (rules 52, 2341); the office
    # phrase that names the Commission and Germany is no alias (rule 33)
    quotes=[(cut(HP20_P1, "„Es wird", "helfen“"), VDL_SHORT),
            (cut(HP20_P1, "„Hinter", "Europas.“"), VDL_SHORT),
            (cut(HP20_P2, "„In diesen", "in Brüssel“"), WOJAHN),
            (cut(HP20_P2, "„In normalen", "ums Ganze.“"), WOJAHN)],
    aliases={VDL_SHORT: ["von der Leyen", "Kommissionspräsidentin"],
             WOJAHN: ["Jörg Wojahn", "Wojahn"]})

# --- ec.europa.eu/germany/home_en: stored snapshot of the Representation's home page, 23 June 2017 ---

HP17_P1 = ("Die EU-Terminvorschau ist ein Service der Vertretungen der EU-Kommission in Deutschland für Journalisten. Sie "
           "kündigt vor allem Termine der EU-Kommission, des Europäischen Parlaments, des Rates der Europäischen Union und des "
           "Europäischen Gerichtshofes mit besonderer Bedeutung für Deutschland an. Kurzfristige Änderungen sind möglich.")
HP17_P2 = ("Im Mittelpunkt des Brüsseler EU-Gipfels standen Migrations-, Verteidigungs- und Sicherheitsfragen. "
           "Kommissionspräsident Jean-Claude Juncker forderte die Einrichtung eines Verteidigungsfonds und rief erneut zu "
           "einem effizienteren Beschaffungswesen im Bereich der Verteidigung auf. In puncto Binnenmarkt, Handel und Industrie "
           "betonte Juncker bei seiner Abschlusspressekonferenz heute (Freitag) die wirtschaftliche Erholung in der gesamten "
           "EU: „Die Arbeitslosigkeit sinkt, das Wachstum zieht wieder an, die Haushaltsdefizite schrumpfen. 2011 hatten wir "
           "24 Länder mit einem übermäßigen Defizit; jetzt sind es nur noch vier.\" Juncker forderte die Mitgliedstaaten auf, "
           "ihre Beiträge zum EU-Treuhandfonds für Afrika anzuheben und forderte einen freien, aber fairen Handel.")

add(id="ho468-eucom-homepage-2017-06-23-juncker-gipfel",
    title="Nachrichten",
    url="https://ec.europa.eu/germany/home_en",
    retrieved="same address (a stored snapshot of the home page of the Representation in Germany of 23 June 2017, reached "
              "under the English-language address but showing the German items; its two news items with their date lines "
              "'23/06/2017', kept as lines of their own as in the eucom-de snapshot of January 2017; the header line "
              "'Vertretung in Deutschland' dropped and the section heading 'Nachrichten' kept as the title (rule 18); the "
              "section 'Veranstaltungen' with its event teasers (Mainz, 06/06/2017; Berlin, 29/05/2017), dates, times and "
              "places dropped (rules 14, 2461); the mixed marks „…\" of the Juncker quotation kept as stored (rules 20, 21))",
    license=EU,
    paras=["23/06/2017", HP17_P1, "23/06/2017", HP17_P2],
    # the first item announces the press schedule and has no quotation; P2: colon cue `betonte Juncker …:` (rule 9), the
    # quotation opened with „ and closed with a straight mark is one span (rules 21, 1480)
    quotes=[(cut(HP17_P2, "„Die Arbeitslosigkeit", "vier.\""), JUNCKER)],
    aliases={JUNCKER: ["Jean-Claude Juncker", "Juncker", "Kommissionspräsident"]})

# --- presseportal.de, newsroom of the European Commission, January 2025: Glenn Micallef's speech in Chemnitz ---

MIC_T = ("Rede von Glenn Micallef, EU-Kommissar für Generationengerechtigkeit, Jugend, Kultur und Sport zur Eröffnungsfeier "
         "\"Chemnitz Europäische Kulturhauptstadt 2025\"")
MIC_LEAD = ("Zur Eröffnungsfeier „Europäische Kulturhauptstadt Chemnitz 2025“ hat Glenn Micallef, EU-Kommissar für "
            "Generationengerechtigkeit, Jugend, Kultur und Sport der Stadt und der Region gratuliert.")

add(id="ho468-eucom-presseportal-2025-01-micallef-rede-chemnitz",
    title=MIC_T,
    url="https://www.presseportal.de/pm/35368/5951845",
    retrieved="same address (stored ots release of the European Commission's newsroom on presseportal.de (newsroom 35368, "
              "release 5951845) of January 2025 with the speech of Commissioner Glenn Micallef at the opening ceremony of "
              "Chemnitz as European Capital of Culture; the stored date prefix ' date 2025-01' and the newsroom label "
              "'Europäische Kommission' dropped, the headline is the first line and the dateline 'Chemnitz (ots)' a line of "
              "its own (rules 2245, 2462); the salutation lines kept as lines, as stored; the published 'zu sein zu dürfen' "
              "kept (rule 20); the paragraph 'Zunächst möchte ich aber Herrn Oberbürgermeister Schulze … Und diese "
              "Veranstaltung ist buchstäblich genau', cut off in the stored copy, and the rest of the speech dropped (rule "
              "15))",
    license=EU,
    paras=["Chemnitz (ots)",
           MIC_LEAD,
           "Es folgt die Rede im Wortlaut.",
           "Es gilt das gesprochene Wort.",
           "Sehr geehrter Herr Bundespräsident Steinmeier,",
           "Sehr geehrter Herr Ministerpräsident Kretschmer,",
           "sehr geehrte Frau Staatsministerin Roth und Herr Staatsminister Schneider,",
           "Sehr geehrte Ministerinnen und Minister,",
           "Sehr geehrter Herr Oberbürgermeister,",
           "sehr geehrte Mitglieder des Parlaments,",
           "Exzellenzen,",
           "vor allem aber: liebe Chemnitzer und sächsische Bürgerinnen und Bürger!",
           "Es ist für mich eine große Ehre, mit Ihnen heute in Chemnitz zu sein zu dürfen, um den offiziellen Start Ihrer "
           "Kulturhauptstadt Europas zu feiern.",
           "Heute bin ich Chemnitzer! Und ich bin mir ganz sicher, dass in diesem Jahr ganz Europa nach Chemnitz kommen wird. "
           "Heute Nachmittag habe ich die wohl schwierigste und die leichteste Aufgabe zugleich.",
           "Es ist die wohl schwierigste Aufgabe, weil ich jetzt nach so vielen inspirierenden Reden, Interviews und "
           "Kunstperformances spreche. Aber es ist auch die leichteste Aufgabe, denn ich habe gleich im Anschluss das große "
           "Vergnügen, der Kulturhauptstadt Chemnitz den wohlverdienten Melina-Mercouri-Preis zu verleihen."],
    # the event's name in marks in the headline and in the lead is null, although Micallef is the subject of `gratuliert`
    # (rules 24, 2453); the speech after `Es folgt die Rede im Wortlaut.` is his but carries no marks, so it has no span
    # (rules 23, 703, 2462); the persons addressed in the salutation say nothing
    quotes=[("\"Chemnitz Europäische Kulturhauptstadt 2025\"", None),
            ("„Europäische Kulturhauptstadt Chemnitz 2025“", None)],
    aliases={})
