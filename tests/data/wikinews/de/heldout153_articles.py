# Hundred-and-fifty-third held-out German real-news set (tests/data/heldout153-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1180-1182). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by an 8-word overlap
# search against the texts of all sets and distinctive phrases of the quotations). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-fifty-third held-out set": texts of the German Federal Government of
# 2022-2023: picture galleries of the weekly photo series "Der Bundeskanzler im Bild" / "Die Woche des Kanzlers" (Olaf
# Scholz; September and November 2022, March 2023) on bundeskanzler.de and bundesregierung.de, whose picture texts report
# the Chancellor's guests (Israel's President, Bhutan's and Sweden's Prime Ministers, Azerbaijan's and Cyprus' Presidents),
# a reception of the "Jugend forscht" prize winners, a visit to a training centre and budget speeches, and quote the
# Chancellor and a guest. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture and picture credits are dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"

# --- bundesregierung.de: photo series "Die Woche des Kanzlers", 13-16 March 2023 ---

WDK_P2 = ("Berlin, 13. März 2023: Es war der erste offizielle Besuch eines Premierministers aus Bhutan in Deutschland – am "
          "Montag war Lotay Tshering zu Gast im Kanzleramt. Bundeskanzler Olaf Scholz zeigte sich vor allem vom Klimaschutz "
          "des Königreichs begeistert: „Bhutan absorbiert sogar mehr CO2, als es ausstößt – das ist beeindruckend!“")
WDK_P4 = ("Berlin, 14. März 2023: Am Dienstag war der Präsident Aserbaidschans, Ilham Aliyev, im Kanzleramt. Der Staat in "
          "Vorderasien ist Scholz zufolge für Deutschland und die EU ein „Partner von wachsender Bedeutung“. Das Land habe das "
          "Potenzial, einen wichtigen Beitrag zur Diversifizierung der deutschen und europäischen Energieversorgung zu "
          "leisten.")

add(id="ho153-breg-2023-03-woche-des-kanzlers-bhutan",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/woche-des-kanzlers-wdk-2171198",
    retrieved="same address (stored photo-series page 'Die Woche des Kanzlers' of the bundesregierung.de media library, "
              "week of 13-15 March 2023; the stored copy begins with the teaser, which is kept as the first line (no title "
              "line in the stored copy, rule 18); each picture's text is a line of its own; the credits under every picture "
              "('Foto: Bundesregierung/Kugler', '… /Denzel', '… /Steins') dropped (rule 93); the last credit 'Foto: "
              "Bundesregierung/De', cut off in the stored copy, dropped (rule 15); the text 'CO2' as published)",
    license=BREG,
    paras=["Der erste Besuch eines Premierministers aus Bhutan, die 54. Sitzung des Bundeskabinetts und Gespräche mit den "
           "Staats- und Regierungschefs aus Aserbaidschan, Schweden und Israel – sehen Sie hier die Woche des Kanzlers in "
           "Bildern.",
           WDK_P2,
           "Am Abend gab der Kanzler der japanischen Tageszeitung Nikkei ein Interview.",
           WDK_P4,
           "Berlin, 15. März 2023: In seiner 54. Sitzung verabschiedete das Bundeskabinett unter anderem die nationale "
           "Wasserstrategie. Kernziele sind, die Trinkwasserversorgung zu gewährleisten, Grundwasser und Ökosysteme zu "
           "schützen sowie Landwirtschaft und Wirtschaft mit ausreichend Wasser zu versorgen.",
           "Am Mittwoch war Ulf Kristersson zum Antrittsbesuch bei Bundeskanzler Scholz. Seit Oktober vergangenen Jahres ist "
           "der 59-Jährige schwedischer Ministerpräsident. Zudem hat Schweden derzeit die Präsidentschaft des Rates der "
           "Europäischen Union inne.",
           "Wichtiges Thema war der russische Überfall auf die Ukraine. Neben den Auswirkungen auf die regionale Sicherheit "
           "sei auch der beabsichtigte NATO-Beitritt Schwedens und Finnlands sowie eine engere sicherheits- und "
           "militärpolitische Kooperation erörtert worden, so der Kanzler."],
    quotes=[(cut(WDK_P2, "„Bhutan absorbiert", "beeindruckend!“"), SCHOLZ),
            ("„Partner von wachsender Bedeutung“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Kanzler"]})

# --- bundesregierung.de: picture gallery "Der Bundeskanzler im Bild", 22-24 November 2022 ---

BIB_NOV_P6 = ("Scholz nutze seine Haushaltsrede, um eine Bilanz der vergangenen Monate zu ziehen. „Diese Bundesregierung redet "
              "nicht nur, sondern handelt“ – bei Reformen, Entlastungen, der Energie- und der Sicherheitspolitik. „Eine "
              "Krise, von der wir heute sagen können: Unser Land hat sie im Griff“, resümierte er.")
BIB_NOV_P7 = ("Die Begegnung mit dem Präsidenten Zyperns, Nikos Anastasiadis, habe ihm nochmals deutlich gemacht, „wie eng, "
              "vielfältig und vertrauensvoll unsere Beziehungen sind“, sagte Bundeskanzler Scholz nach dem Besuch am Abend.")
BIB_NOV_P8 = ("Als EU-Mitglieder seien sich Deutschland und Zypern einig, Russland die politischen und wirtschaftlichen "
              "Konsequenzen dieses Krieges aufzuzeigen, bekräftigte der Kanzler. „Wir werden den Sanktionsdruck auf Russland "
              "aufrechterhalten“, betonte er.")

add(id="ho153-breg-2022-11-bundeskanzler-im-bild-haushaltswoche",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/bundeskanzler-im-bild-2145432",
    retrieved="same address (stored picture gallery 'Der Bundeskanzler im Bild' of the bundesregierung.de media library, "
              "week of 22-24 November 2022; the stored copy begins with the first picture text (no title line in the "
              "stored copy, rule 18); each picture's text is a line of its own; the credits under every picture ('Foto: "
              "Bundesregierung/Kugler', '… /Bergmann', '… /Denzel') dropped (rule 93); the last text 'Berlin, 24. "
              "November 2022: Weihnachtsstimmung im Kanzleramt: Der Kinderchor der Paul-Gerhardt-Kirchengemeinde in "
              "Berlin-Lichtenberg sorgte am', cut off in the stored copy, dropped (rule 15); the published 'Scholz nutze "
              "seine Haushaltsrede' kept (rule 20). The stored part names the Chancellor only as 'Scholz', 'Bundeskanzler "
              "Scholz' and 'der Kanzler', so 'Scholz' is canonical)",
    license=BREG,
    paras=["Berlin, 22. November 2022: Bundeskanzler Scholz verfolgte im Bundestag die zweite Lesung zum Bundeshaushalt "
           "2023. Die Haushaltswoche wird traditionell vom Finanzminister eröffnet.",
           "Danach hielt der Kanzler die Eröffnungsrede für den dreitägigen Wirtschaftsgipfel der Süddeutschen Zeitung.",
           "Es folgte eine Podiumsdiskussion zum Thema „Die Wirtschaft zwischen Krieg und Frieden“, moderiert von Judith "
           "Wittwer und Marc Beise.",
           "Über die globale, europäische und nationale Flüchtlingslage tauschte sich der Kanzler mit Filippo Grandi, Hoher "
           "Flüchtlingskommissar der Vereinten Nationen (UNHCR), aus. Scholz unterstrich die wichtige Rolle des UNHCR bei "
           "der Bewältigung von Flucht und Vertreibung weltweit.",
           "Berlin, 23. November 2022: Am Mittwoch hatte Bundeskanzler Scholz seinen Auftritt bei der Haushaltswoche im "
           "Bundestag.",
           BIB_NOV_P6,
           BIB_NOV_P7,
           BIB_NOV_P8],
    quotes=[("„Die Wirtschaft zwischen Krieg und Frieden“", None),
            (cut(BIB_NOV_P6, "„Diese Bundesregierung", "handelt“"), "Scholz"),
            (cut(BIB_NOV_P6, "„Eine Krise", "im Griff“"), "Scholz"),
            (cut(BIB_NOV_P7, "„wie eng", "Beziehungen sind“"), "Scholz"),
            (cut(BIB_NOV_P8, "„Wir werden", "aufrechterhalten“"), "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Kanzler"]})

# --- bundeskanzler.de: picture gallery "Der Bundeskanzler im Bild", 5-6 September 2022 ---

BIB_SEP_P4 = ("Er würdigte Deutschlands Beitrag zur Erinnerung an die Opfer des Nationalsozialismus und dankte für die "
              "Unterstützung seines Landes. \"Der Staat Israel ist stolz auf seine Partnerschaft mit Deutschland\", sagte "
              "Herzog.")
BIB_SEP_P5 = ("Am Mittag empfing Bundeskanzler Scholz die Preisträger des Bundeswettbewerbs „Jugend forscht“ im Kanzleramt. "
              "Unter dem Motto „Zufällig genial?\" hatten sich in diesem Jahr bundesweit gut 8.500 Teilnehmerinnen und "
              "Teilnehmer mit mehr als 4.800 Projekten angemeldet.")
BIB_SEP_P7 = ("Beim Besuch eines Ausbildungszentrums warb Scholz für die Vorzüge einer dualen Ausbildung. Sie sei die "
              "Grundlage für ein sicheres Einkommen und dafür, „sich etwas aufbauen zu können, eine Familie zu gründen und "
              "vieles mehr“.")
BIB_SEP_P8 = ("Ein wichtiges Anliegen des Kanzlers war der Hinweis auf den Fachkräftemangel. Für Unternehmen sei eine "
              "Ausbildung die wichtigste Zukunftsinvestition. Denn: „Fachkräfte sind das A und O für wirtschaftlichen Erfolg, "
              "erst recht in einem rohstoffarmen Land wie Deutschland, das von Ideen und Innovationen abhängt“, so der "
              "Bundeskanzler.")

add(id="ho153-bk-2022-09-bundeskanzler-im-bild-herzog-jugend-forscht",
    title=None,
    url="https://bundeskanzler.de/bk-de/mediathek/bundeskanzler-im-bild-2124374",
    retrieved="same address (stored picture gallery 'Der Bundeskanzler im Bild' of the bundeskanzler.de media library, "
              "week of 5-7 September 2022; the stored copy begins with the first picture as a markdown image line "
              "('![Bundeskanzler Olaf Scholz im Gespräch mit Itzchak Herzog, Israels Präsident.](/resource/blob/…/01-data.jpg)'), "
              "dropped as page furniture (rules 14, 93); no title line in the stored copy (rule 18); each picture's text is "
              "a line of its own; the last text 'Berlin, 7. September 2022: In der Generaldebatte zum Bundeshau', cut off "
              "in the stored copy, dropped (rule 15); the published 'Verfassungsorgeane', the straight marks around Herzog's "
              "sentence and the mixed marks of '„Zufällig genial?\"' kept (rule 20). The kept text names the Chancellor "
              "only as 'Scholz', 'Bundeskanzler Scholz' and 'der Bundeskanzler', so 'Scholz' is canonical)",
    license=BREG,
    paras=["Berlin, 5. September 2022: Der israelische Staatspräsident Itzchak Herzog ist anlässlich eines Staatsbesuchs in "
           "Deutschland. Am Montag wurde er vom Bundeskanzler Scholz im Kanzleramt empfangen.",
           "Von seinem Büro aus erklärt er seinem Gast die Struktur des Regierungsviertels mit dem „Band des Bundes“.",
           "Berlin, 6. September 2022: Am Dienstag hielt Staatsgast Itzchak Herzog im Bundestag eine Rede, zu der auch die "
           "Spitzen der Verfassungsorgeane geladen waren.",
           BIB_SEP_P4,
           BIB_SEP_P5,
           "Scholz verlieh den „Sonderpreis für die originellste Arbeit“ an Cornelius-Ägidian Quint aus Schleswig-Holstein. "
           "Der 18-jährige Schüler fand eine Möglichkeit, wie sich Moose auf ehemaligen Moorflächen schneller wieder "
           "ansiedeln lassen.",
           BIB_SEP_P7,
           BIB_SEP_P8],
    quotes=[("„Band des Bundes“", None),
            (cut(BIB_SEP_P4, "\"Der Staat Israel", "Deutschland\""), "Itzchak Herzog"),
            ("„Jugend forscht“", None),
            ("„Zufällig genial?\"", None),
            ("„Sonderpreis für die originellste Arbeit“", None),
            (cut(BIB_SEP_P7, "„sich etwas", "vieles mehr“"), "Scholz"),
            (cut(BIB_SEP_P8, "„Fachkräfte", "abhängt“"), "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"],
             "Itzchak Herzog": ["Itzchak Herzog", "Herzog", "Staatsgast Itzchak Herzog"]})
