# Hundred-and-twentieth held-out German real-news set (tests/data/heldout120-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 1005). None
# of these pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and
# against the modules of the other held-out worktrees written at the same time). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twentieth held-out set": texts of the European Commission in German on
# commissioners of the 2010-2014 Commission other than Hahn and Barroso: press releases of the Commission's Representation
# in Germany (ec.europa.eu/deutschland/press/pr_releases, 2013) and press releases in the Commission's press-release
# database (europa.eu/rapid, 2011), and one news item of the Representation in Germany on Vice-President Šefčovič of the
# Juncker Commission (germany.representation.ec.europa.eu, 2016), licence EU.
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


GEORGIEVA = "Kristalina Georgieva"

# --- ec.europa.eu/deutschland/press/pr_releases: press releases of the Representation in Germany ---

MALI_P2 = ("Außerdem ist Kristalina Georgieva, die für Internationale Zusammenarbeit und Humanitäre Hilfe zuständige "
           "EU-Kommissarin, in das Krisengebiet gereist, um einen gezielten Einsatz des Geldes zu gewährleisten. \"Durch "
           "eine frühzeitige und koordinierte internationale Antwort können wir die schlimmsten Auswirkungen der "
           "Nahrungsmittelkrise hier und in der Sahelzone abwenden und somit 18 Millionen Menschen Erleichterung "
           "verschaffen\", sagte Georgieva heute (Dienstag) in Mali.")

add(id="ho120-eucom-2013-01-georgieva-mali",
    title="Kommission will humanitäre Hilfe für Mali ausweiten",
    url="http://ec.europa.eu/deutschland/press/pr_releases/11115_de.htm",
    retrieved="same address (stored press release of the Commission's Representation in Germany, 22 January 2013: "
              "headline, date line with lead sentence and two body paragraphs; the header line 'Navigationsleiste', the "
              "link lines 'Die vollständige Pressemitteilung finden Sie (auf Englisch) hier.' and 'Weitere Informationen "
              "dazu gibt es hier.' and the side boxes 'Zusatzinformationen', 'Übersicht EU-Aktuell', 'Newsletter-Abo' and "
              "'Seiteninformationen' dropped (rule 14))",
    license=EU,
    paras=["22.01.2013 Die Europäische Union stellt weitere 20 Millionen Euro für humanitäre Hilfe in Mali bereit.",
           MALI_P2,
           "Durch den Krieg mit den islamistischen Rebellen hat sich die humanitäre Lage in der Region verschlechtert. Das "
           "Geld soll unterernährten Kindern zugutekommen und andere grundlegende Bedürfnisse der Bevölkerung bedienen. "
           "Insgesamt beläuft sich die bisher von der EU geleistete humanitäre Hilfe auf 111 Millionen Euro."],
    quotes=[(cut(MALI_P2, "\"Durch", "verschaffen\""), GEORGIEVA)],
    aliases={GEORGIEVA: ["Kristalina Georgieva", "Georgieva"]})

# --- europa.eu/rapid: press releases of the Commission in German ---

HORN_T = ("EU-Kommissarin Georgieva in New York: humanitäre Hilfe für Horn von Afrika als zentrales Anliegen der Vereinten "
          "Nationen")
HORN_P2 = ("Im Vorfeld dieser Veranstaltung erklärte Kommissarin Georgieva: „Die Dürre am Horn von Afrika ist eine der "
           "tragischsten humanitären Krisen der letzten Jahrzehnte. Trotz der Bemühungen der internationalen Gemeinschaft "
           "hält das Leiden von Millionen von Menschen an. Wir müssen auf die akuten Bedürfnisse der Menschen in der ganzen "
           "Region weiterhin aufmerksam machen.")
HORN_P3 = ("Unser Ziel ist es, unsere humanitären Hilfeleistungen immer weiter zu verbessern. Wir haben die moralische "
           "Verpflichtung, den bedürftigen Opfern dieser und anderer Krisen zu helfen. Europa ist und bleibt an der Spitze "
           "bei der Bereitstellung von lebensnotwendiger Hilfe.“")

add(id="ho120-eucom-2011-09-georgieva-horn-von-afrika",
    title=HORN_T,
    url="http://europa.eu/rapid/press-release_IP-11-1039_de.htm",
    retrieved="same address (stored press release IP/11/1039 of the European Commission, 23 September 2011: headline, "
              "lead paragraph with the date line, the two-paragraph statement and the next paragraph; the header lines "
              "'Navigation path', 'Left navigation', 'Additional tools', 'Other available languages: EN FR BG' and "
              "'Europäische Kommission - Pressemitteilung' dropped (rule 14); the last paragraph 'Ferner wird Kom', cut "
              "off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Brüssel, 23. September 2011 – Die EU-Kommissarin für internationale Zusammenarbeit, humanitäre Hilfe und "
           "Krisenreaktion, Kristalina Georgieva, wird am Samstag auf einem wichtigen Ministergipfel zur Krise am Horn von "
           "Afrika am Rande der Generalversammlung der Vereinten Nationen sprechen.",
           HORN_P2,
           HORN_P3,
           "Im Namen der Europäischen Kommission spricht Kommissarin Georgieva neben UN-Generalsekretär Ban Ki-moon, "
           "Valerie Amos, der Nothilfekoordinatorin der Vereinten Nationen, und Regierungsvertretern der betroffenen "
           "Länder – Somalia, Kenia, Äthiopien und Dschibuti. Sie wird abermals die Besorgnis der Kommission angesichts "
           "der Dürrekatastrophe und der somalischen Hungersnot sowie darüber hinausgehender Nahrungsmittelkrisen zum "
           "Ausdruck bringen, für deren Bewältigung die gesamte EU bereits 700 Mio. EUR – davon 160 Mio. EUR von der "
           "Kommission – bereitgestellt hat. Die Kommissarin wird auch die Notwendigkeit betonen, mit vereinten Kräften "
           "in Maßnahmen zur Verringerung des Katastrophenrisikos zu investieren sowie Nachhaltigkeit und "
           "Widerstandsfähigkeit zu stärken."],
    quotes=[(cut(HORN_P2, "„Die Dürre", "aufmerksam machen."), GEORGIEVA),
            (HORN_P3, GEORGIEVA)],
    aliases={GEORGIEVA: ["Kristalina Georgieva", "Kommissarin Georgieva", "Georgieva", "Die Kommissarin"]})

# --- germany.representation.ec.europa.eu: news item of the Representation in Germany (Juncker Commission) ---

SEF = "Šefčovič"
SEF_P2 = ("\"Dieses Jahr wird in Sachen Energieunion das Jahr der Ergebnisse. Wir werden bis Jahresende 90 Prozent aller "
          "Vorschläge, die wir vor einem Jahr versprochen haben, vorlegen\", sagte Šefčovič am Morgen vor Journalisten. Bis "
          "Ende des Jahres werde die Kommission neben den Vorschlauch Vorschläge zu Strommarktdesign, zur Forschung und "
          "Entwicklung im Energiebereich und zur Entkarbonisierung des Verkehrssektors vorlegen, kündigte er an.")
SEF_P3 = ("Šefčovič trifft in Berlin auch Kanzleramtschef Peter Altmaier und den Vorsitzenden des Auswärtigen Ausschusses im "
          "Bundestag, Norbert Röttgen. Gemeinsam mit Sigmar Gabriel nimmt er an der Industriekonferenz \"Zukunftsperspektive "
          "Industrie 2030\" im Bundeswirtschaftsministerium teil.")

add(id="ho120-eucom-2016-02-sefcovic-berlin",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/vizeprasident-sefcovic-berlin-2016-02-18_de",
    retrieved="same address (stored news item of the Representation in Germany, 18 February 2016; the stored copy has no "
              "headline and starts with the paragraph 'Er trifft unter anderem …', so that paragraph is the first line "
              "(rule 1005); the published 'neben den Vorschlauch Vorschläge' kept (rule 20); the link lines 'Mehr "
              "Informationen zu den Vorschlägen der Kommission vom Dienstag finden Sie hier.' and 'Mehr zur Europäischen "
              "Energieunion hier http://ec.europa.eu/priorities/energy-union-and-climate_de, die Website von Vizepräsident "
              "Maroš Šefčovič finden Sie hier.', the lines 'Pressekontakt: …' and 'Anfragen von Bürgerinnen und Bürgern …' "
              "and the block 'Einzelheiten / Datum der Veröffentlichung / 18. Februar 2016 / Autor / Vertretung in "
              "Deutschland' dropped (rule 14))",
    license=EU,
    paras=["Er trifft unter anderem mit Bundeswirtschaftsminister Sigmar Gabriel und Bundesumweltministerin Barbara "
           "Hendricks zusammen, um über die Vorschläge zur Energie-Versorgungssicherheit zu diskutieren, die die "
           "EU-Kommission am Dienstag vorgelegt hatte. Sie will damit Europa mit Krisenfall standfester machen und die "
           "Transparenz auf dem Gasmarkt erhöhen.",
           SEF_P2,
           SEF_P3,
           "Morgen spricht er bei der Klausurtagung Energie- und Umweltpolitik des Wirtschaftsrates."],
    quotes=[(cut(SEF_P2, "\"Dieses Jahr", "vorlegen\""), SEF),
            (cut(SEF_P3, "\"Zukunftsperspektive", "2030\""), None)],
    aliases={SEF: ["Šefčovič"]})
