# Two-hundred-and-fourteenth held-out German real-news set (tests/data/heldout214-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1560 onwards). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by the speakers' names, and by a distinctive phrase of each text against the texts of
# all sets and against the other helpers' worktrees). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-fourteenth held-out set": press releases of the Gemeinde Kressbronn a. B.
# on kressbronn.de, under the reuse permission of its press page (licences.KRESSBRONN). No federal-ministry text could be
# used: for none of the ministries' sites (bmuv.de/bmu.de, bmz.de, bmwi.de) could a licence statement covering the press
# releases be read in a stored copy (see SOURCES.md). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import KRESSBRONN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Gemeinde Kressbronn a. B.: press releases on kressbronn.de ---

ENZ = "Daniel Enzensperger"

KLIMA_P1 = ("Die Folgen eines weiter fortschreitenden Klimawandels stellen weltweit, aber auch für die Menschen in Deutschland "
            "eine ernste Bedrohung ihrer Lebensgrundlagen dar. Um diesen Entwicklungen wirksam entgegenzutreten, bedarf es "
            "verbindlicher internationaler und nationaler Initiativen, aber auch konsequentes Handeln im Land und vor Ort. "
            "Alle sind dazu aufgerufen, ihren Beitrag zum Klimaschutz zu leisten. Der öffentlichen Hand kommt hierbei eine "
            "gewisse Vorbildfunktion zu. Auch die Gemeinde Kressbronn a. B. ist sich dieser Vorbildfunktion gewiss und hat "
            "bereits in der Vergangenheit verschiedene Klimaschutzmaßnahmen umgesetzt. So wurden mehrere kommunale Gebäude "
            "energetisch saniert, Photovoltaikanlagen auf kommunalen Gebäuden zur klimaneutralen Energieerzeugung "
            "errichtet, mehrere E-Tankstellen zur Förderung der Elektromobilität im Ort geschaffen, ein "
            "Energiemanagementsystem (KomEMS) etabliert oder auch die Straßenbeleuchtung sowie weitere Innenbeleuchtungen "
            "in kommunalen Gebäuden auf die energiesparsame LED-Technik umgestellt. Auch in Zukunft möchte die Gemeinde "
            "Kressbronn a. B. ihren Beitrag zum Klimaschutz leisten und bis zum Jahr 2040 eine weitgehend klimaneutrale "
            "Verwaltung werden. Mit der Erarbeitung eines ganzheitlichen Klimaschutzkonzeptes für die gesamte Gemeinde soll "
            "einerseits der Status Quo und andererseits die möglichen Maßnahmen in den einzelnen Lebensbereichen aufgeführt "
            "werden, um handeln zu können. Das Klimaschutzkonzept soll strukturell die gesamte Gemeinde, einschließlich der "
            "privaten Bereiche, erfassen. „Mit dem Beitritt zum Klimaschutzpakt zwischen dem Land und den kommunalen "
            "Landesverbänden nach dem Klimaschutzgesetz Baden-Württemberg setzt die Gemeinde Kressbronn a. B. ein klares "
            "Zeichen“, so Bürgermeister Daniel Enzensperger bei der Unterzeichnung der Erklärung.")

add(id="ho214-kressbronn-2021-08-klimaschutzpakt",
    title="Erklärung zum Klimaschutzpakt",
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "erklaerung-zum-klimaschutzpakt/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B. of 5 August 2021; the site chrome 'Menü' and "
              "the section label 'Pressemitteilungen' dropped (rule 14); the headline is the first line (rule 18); the "
              "closing line 'Pressemitteilung vom 05.08.2021' dropped as furniture; the stored copy is complete)",
    license=KRESSBRONN,
    paras=[KLIMA_P1],
    # the closing cue "so Bürgermeister Daniel Enzensperger" gives the quotation to him; the municipality named inside the
    # quotation is its subject, not its source (rule 691)
    quotes=[(cut(KLIMA_P1, "„Mit dem Beitritt", "Zeichen“"), ENZ)],
    aliases={ENZ: ["Daniel Enzensperger", "Bürgermeister Daniel Enzensperger", "Enzensperger"]})

BUECH_P1 = ("Bürgermeister Enzensperger konnte am Montagabend vor großem Publikum symbolisch den Schlüssel für die neue "
            "Bücherei in Kressbronn a. B. von Architekt Steimle entgegennehmen und die Bibliothek eröffnen. „Es ist nicht "
            "meine Bücherei, es ist unsere Bücherei. Ich freue mich daher umso mehr über den großen Besucherandrang und das "
            "große Interesse in der Bevölkerung an dieser Bildungseinrichtung.“, betonte der Bürgermeister.")

add(id="ho214-kressbronn-2018-10-buecherei-eroeffnung",
    title="Die Bücherei",
    url="https://www.kressbronn.de/index.php?id=78&no_cache=1&publish%5Bid%5D=891893&publish%5Bstart%5D=",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B. in the 'Aktuell' section of kressbronn.de, "
              "autumn 2018; the site chrome 'Volltextsuche', '>' and 'Aktuell' dropped (rule 14); the headline 'Die "
              "Bücherei' is the first line (rule 18); the box of opening hours ('Öffnungszeiten: Dienstag: 10 - 12 Uhr und "
              "15 - 18 Uhr …') and the six photo captions, each stored twice ('Das Büchereiteam mit Bürgermeister "
              "Enzensperger / von links: Sigrid Kögler, …', '… symbolische Schlüsselübergabe …', '… mit Regierungspräsident "
              "Klaus Tappeser', 'zahlreiche Gäste kommen zur Einweihung'), dropped as furniture; the last paragraph 'Die "
              "neue Gemeindebücherei befindet sich in einem historischen Gebäude, … ein Wohnhaus erricht', cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark in the stored part)",
    license=KRESSBRONN,
    paras=[BUECH_P1],
    # "betonte der Bürgermeister" after the quotation: the role noun resolves to the mayor named in the sentence before,
    # Bürgermeister Enzensperger; his full name is not in this text, and aliases must occur in it (rule 1561)
    quotes=[(cut(BUECH_P1, "„Es ist nicht", "Bildungseinrichtung.“"), "Enzensperger")],
    aliases={"Enzensperger": ["Enzensperger", "Bürgermeister Enzensperger"]})

NEUJ_P1 = ("Rund 300 Bürgerinnen und Bürgern folgten der Einladung der Gemeinde Kressbronn a. B. und fanden sich zum "
           "Neujahrsempfang in der Festhalle ein. Höhepunkt des Abends war die Verleihung der Ehrenbürgerschaft an Petra "
           "Sachs-Gleich für ihr außerordentliches Engagement zum Wohle der Gemeinde Kressbronn a. B. Gemeinderat Klaus "
           "Klawitter begrüßte die Anwesenden und Pfarrer Ulrich Adt ging in seinem geistlichen Grußwort auf die "
           "Nächstenliebe ein. Landrat Luca Wilhelm Prayon richtete das Grußwort des Bodenseekreises an die Gemeinde. Er "
           "betonte, dass man trotz der vielen negativen Nachrichten motiviert und positiv auf das neue Jahr schauen sollte "
           "und lobte in diesem Zusammenhang die Gemeinschaft und das Engagement im Bodenseekreis. Umrahmt wurde das "
           "Programm durch die Betznauer Boygroup, die zur Freude aller für diesen Abend extra Texte komponiert hatte.")

add(id="ho214-kressbronn-neujahrsempfang-allgemeinwohl",
    title="„Wir müssen das Allgemeinwohl wieder in den Mittelpunkt stellen“",
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "buergermeister-enzensperger/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B. on its New Year's reception, undated in the "
              "stored copy; the headline is the first line (rule 18); the second paragraph 'Bürgermeister Daniel "
              "Enzensperger ging in seiner Ansprache auf kommunal-, landes- und bundespolitische Themen … „Dies gefährdet "
              "unsere Demokrati', cut off in the stored copy inside a quotation, dropped with its quotations (rule 15); it "
              "is the paragraph that gives the headline's words to the mayor, so the kept text credits nobody with them "
              "(rule 1560))",
    license=KRESSBRONN,
    paras=[NEUJ_P1],
    # the headline quotation: the paragraph that attributed it is cut off and dropped; nobody in the kept text is credited
    # with these words, so null (rules 26, 1560); the Landrat's words in the first paragraph are reported, not quoted
    quotes=[("„Wir müssen das Allgemeinwohl wieder in den Mittelpunkt stellen“", None)],
    aliases={})

MAYER_P1 = ("Bürgermeister Daniel Enzensperger verabschiedete diese Wochen den langjährigen Mitarbeiter Hubert Mayer in den "
            "wohl verdienten Ruhestand. Hubert Mayer kam nach seiner Ausbildung zum Gärtner 1982 zur Gemeinde Kressbronn "
            "a. B. und sorgte seither dafür, dass es in den Parkanlagen, Wiesen und Gärten der Gemeinde wunderschön "
            "blühte. Mit viel Liebe zum Detail hegte und pflegte er die Blumen und Rabatte. Eine besondere "
            "Herzensangelegenheit während seiner Beschäftigung als Gärtner in Kressbronn a. B. war der Wettbewerb "
            "„Entente Florale – Kressbronn blüht auf“ im Jahre 2009. Die Gemeinde bekam damals die Silbermedaille. Hubert "
            "Mayer hatte für diesen Wettbewerb mit einem Kollegen Kressbronn a. B. in ein Blütenmeer verwandelt, an dem "
            "sich Bürger und Gäste sehr erfreuten. Bürgermeister Daniel Enzensperger bedankte sich bei seiner "
            "Verabschiedung herzlich für sein Engagement und wünschte ihm für seinen Ruhestand eine schöne Zeit und vor "
            "allem Gesundheit.")

add(id="ho214-kressbronn-2024-07-hubert-mayer",
    title=None,
    url="https://www.kressbronn.de/aktuelles/aktuelles-und-presseinformationen/pressemitteilungen/pressemitteilungen/"
        "hubert-mayer/",
    retrieved="same address (press release of the Gemeinde Kressbronn a. B. of 31 July 2024; the stored copy begins with "
              "the body, without headline, so there is no title line (rules 18, 32); the closing line 'Pressemitteilung "
              "vom 31.07.2024' dropped as furniture; the stored copy is complete)",
    license=KRESSBRONN,
    paras=[MAYER_P1],
    # the name of a competition in marks is a title, null (rules 2, 68)
    quotes=[("„Entente Florale – Kressbronn blüht auf“", None)],
    aliases={})
