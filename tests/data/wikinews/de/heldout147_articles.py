# Hundred-and-forty-seventh held-out German real-news set (tests/data/heldout147-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1140-1142). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by an 8-word overlap
# search against the texts of all sets and distinctive phrases of the quotations). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-forty-seventh held-out set": texts of the German Federal Government of
# 2023-2025: the weekly photo series "Die Woche des Kanzlers" of bundeskanzler.de and of the archive of bundesregierung.de
# (Olaf Scholz, September 2023, January, July and September 2024; Friedrich Merz, May and July 2025), whose picture texts
# report the Chancellor's trips, visits of foreign heads of government, cabinet meetings and speeches and quote the
# Chancellor and a minister. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are
# kept (rules 15, 17), page furniture is dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"
MERZ = "Friedrich Merz"

# --- bundeskanzler.de and bundesregierung.de: photo series "Die Woche des Kanzlers" (Olaf Scholz) ---

EGIDIO_P2 = ("Berlin, 12. September 2023: Bundeskanzler Scholz nahm am 37. Internationalen Friedenstreffen der katholischen "
             "Gemeinschaft Sant‘Egidio teil und hob in seiner Rede hervor, wie wichtig es sei den Weg des Friedens zu gehen: "
             "„Denn in einer Welt mit vielen neuen Kraftzentren, in Gesellschaften, die immer vielfältiger und individueller "
             "werden, müssen wir alle neu lernen, in gegenseitigem Respekt für unsere Unterschiede zusammenzuleben“, so der "
             "Kanzler.")
EGIDIO_P5 = ("Bundeskanzler Scholz gratulierte dem Deutschen Markenverband zum Jubiläum. Der Verband stehe mit seinem Namen seit "
             "120 Jahren für fairen und freien Wettbewerb. Ganz wichtig dabei sei der Markenschutz: „Ich bekenne mich "
             "ausdrücklich zu einem starken Markenschutz in Deutschland und in der Europäischen Union“, so der Kanzler.")

add(id="ho147-bk-2023-09-woche-des-kanzlers",
    title="Fotoreihe",
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2223492",
    retrieved="same address (stored photo-series page 'Die Woche des Kanzlers' of September 2023; the page's first line "
              "'Fotoreihe' kept as the title (rules 18, 470), the teaser follows; each picture's text is a line of its own; "
              "the published 'Sant‘Egidio' (apostrophe) and 'wichtig es sei den Weg' kept (rule 20); the last text "
              "('Bremen, 14. September 2023: Bundeskanzler Scholz (Mitte), Wirtschaftsminister Habeck (links) und Bremens "
              "Bürgermeister An'), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Das Internationale Friedenstreffen Sant‘Egidio, eine Gala anlässlich des Jubiläums 60 Jahre Bundesliga und ein "
           "Besuch auf einem Öko-Bauernhof – sehen Sie hier die Woche des Kanzlers in Bildern.",
           EGIDIO_P2,
           "Ebenfalls am Dienstag war Olaf Scholz zu Gast beim Video-Podcast COSMO Machiavelli, dem Podcast über Rap und "
           "Politik, und traf neben den Moderatoren Jan Kawelke (vorne) und Vassili Golod (rechts), auch auf Rap-Star RIN "
           "(hinten).",
           "Berlin, 13. September 2023: Die deutsch-französischen Beziehungen sind besonders eng und vielfältig und vom "
           "kontinuierlichen Austausch auf allen politischen Ebenen geprägt. Dies zeigte sich am Besuch des französischen "
           "Wirtschafts- und Finanzministers, Bruno Le Maire, an der Kabinettssitzung. Das Thema der Aussprache war die "
           "„Transformation der Industrie im globalen Wettbewerb“.",
           EGIDIO_P5,
           "In seiner Rede anlässlich der Gala „60 Jahre Bundesliga“ gratulierte Olaf Scholz der Deutschen Fußball Liga und "
           "lobte gleichzeitig die gesamtgesellschaftliche Bedeutung des Fußballs, wies aber ebenso auf die damit "
           "einhergehende Verantwortung hin."],
    quotes=[(cut(EGIDIO_P2, "„Denn in einer Welt", "zusammenzuleben“"), SCHOLZ),
            ("„Transformation der Industrie im globalen Wettbewerb“", None),
            (cut(EGIDIO_P5, "„Ich bekenne", "Europäischen Union“"), SCHOLZ),
            ("„60 Jahre Bundesliga“", None)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Scholz", "Kanzler"]})

STERN_P3 = ("Vertreterinnen und Vertreter aus allen 27 deutschen Diözesen wurden vom Kanzler empfangen. Er bedankte sich für "
            "die Bereitschaft der jungen Menschen, „füreinander einzustehen, die Nächstenliebe und das Verständnis, dass wir "
            "auf dieser Welt alle gemeinsam füreinander verantwortlich sind.“")

add(id="ho147-breg-2024-01-woche-des-kanzlers-sternsinger",
    title="Fotoreihe",
    url="https://www.bundesregierung.de/breg-de/service/archiv-bundesregierung/archiv-mediathek/scholz-woche-des-kanzlers-2252642",
    retrieved="same address (stored archive page of the photo series 'Die Woche des Kanzlers' of January 2024; the page's "
              "first line 'Fotoreihe' kept as the title (rules 18, 470), the teaser follows; each picture's text is a line "
              "of its own; the last text ('Cottbus, 11. Januar 2024: Nur 20 Monate nach dem Spatenstich war der Kanzler am "
              "Donnerstag erneut in die L'), cut off in the stored copy, dropped (rule 15). The stored part never names the "
              "Chancellor (rule 1140))",
    license=BREG,
    paras=["Die Sternsinger im Kanzleramt, Neujahrsempfang beim Bundespräsidenten und ein Besuch im Stadion bei der "
           "Handball-EM – sehen Sie hier die Woche des Kanzlers in Bildern.",
           "Berlin, 8. Januar 2024: Rund um den Dreikönigstag am 6. Januar gehen Sternsingerinnen und Sternsinger von Haus "
           "zu Haus, schreiben den Segenspruch „Christus segne dieses Haus“ an die Türen und sammeln Spenden für "
           "notleidende Kinder überall auf der Welt. Am Montag kamen sie ins Kanzleramt.",
           STERN_P3,
           "Auch der Bundeskanzler übergab den Kindern eine Spende, um sie bei ihrem Einsatz für andere Kinder zu "
           "unterstützen. Am Ende hinterließen die Sternsinger ihren Segen C+M+B, der für den lateinischen Ausspruch "
           "„Christus mansionem benedicat“ steht.",
           "Anschließend empfing der Kanzler Luc Frieden, Premierminister von Luxemburg, zum Antrittsbesuch. Seit dem 17. "
           "November 2023 steht der 60-Jährige an der Spitze des Großherzogtums.",
           "Beide tauschten sich über eine breite Themenpalette aus. Deutschland und Luxemburg sind nicht nur "
           "Gründungsmitglieder und Partner in der Europäischen Union: Auch als NATO-Partner setzen sich die Staaten für "
           "Wohlstand und Frieden in Europa und darüber hinaus ein.",
           "Berlin, 9. Januar 2024: Bundespräsident Frank-Walter Steinmeier lud am Dienstag zum Neujahrsempfang für "
           "engagierte Bürgerinnen und Bürger sowie Repräsentanten des öffentlichen Lebens ein.",
           "Beim anschließenden Empfang gab es viele Gelegenheiten für Gespräche und Erinnerungsfotos mit dem "
           "Bundeskanzler.",
           "Berlin, 10. Januar 2024: Am Mittwoch tagte wie üblich das Kabinett unter Leitung des Bundeskanzlers."],
    quotes=[("„Christus segne dieses Haus“", None),
            (cut(STERN_P3, "„füreinander", "verantwortlich sind.“"), "Bundeskanzler"),
            ("„Christus mansionem benedicat“", None)],
    aliases={"Bundeskanzler": ["Bundeskanzler", "Kanzler"]})

BAMF_P2 = ("Nürnberg, 8. Juli 2024: Bundeskanzler Olaf Scholz hat das Bundesamt für Migration und Flüchtlinge (BAMF) besucht "
           "und dort eine Ansprache für die Mitarbeiterinnen und Mitarbeiter gehalten. „Die Aufgabe, vor der wir stehen, ist "
           "groß,“ betonte Scholz. Für ihn ist klar: „Wir müssen dafür sorgen, dass es ein erstklassiges, unübertreffbares "
           "Management von irregulärer Migration nach Deutschland gibt.“")
BAMF_P5 = ("Im Anschluss sprach der Bundeskanzler bei der Betriebsversammlung von Siemens Healthineers zu den Mitarbeitenden. "
           "Auf der Online-Plattform X schrieb der Kanzler nach seinem Besuch: „Die Mitarbeiterinnen und Mitarbeiter von "
           "@SiemensHealth erforschen und bauen Medizintechnik. Medizintechnik, die weltweit gefragt ist. Das unterstützen wir "
           "- unter anderem mit hohen Investitionen in die Forschung. Danke für den offenen Austausch und die wichtige "
           "Arbeit!“")

add(id="ho147-breg-2024-07-woche-des-kanzlers-bamf",
    title="Fotoreihe",
    url="https://www.bundesregierung.de/breg-de/service/archiv-bundesregierung/archiv-mediathek/woche-des-kanzlers-2298068",
    retrieved="same address (stored archive page of the photo series 'Die Woche des Kanzlers' of July 2024; the page's "
              "first line 'Fotoreihe' kept as the title (rules 18, 470), the teaser follows; each picture's text is a line "
              "of its own; the published 'Bundskanzleramt', 'groß,“' and 'MRT--Magnetresonanztomographie' kept (rule 20); "
              "the last text ('Nach Nürnberg und Erlangen folgte der Bundeskanzler einer Einladung aus Markt '), cut off in "
              "the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Zu Beginn der Woche besuchte der Bundeskanzler unter anderem das Bundesamt für Migration und Flüchtlinge in "
           "Nürnberg. Von Dienstag bis Donnerstag nahm er am NATO-Gipfel in Washington, D.C., teil, bevor er am Freitag den "
           "japanischen Ministerpräsidenten Fumio Kishida im Bundskanzleramt empfing. Die Woche des Kanzlers in Bildern.",
           BAMF_P2,
           "Bei seinem Besuch informierte sich der Bundeskanzler über die Arbeitsweise des BAMF und tauschte sich mit "
           "Mitarbeitenden aus. Das BAMF ist zuständig für die Durchführung von Asylverfahren und die Zuerkennung des "
           "Flüchtlingsschutzes in Deutschland. Zugleich koordiniert es bundesweit die Förderung der Integration. Ein "
           "wichtiger Bestandteil bei der Bearbeitung von Asylanträgen ist die Dokumentenprüfung.",
           "Erlangen, 8. Juli 2024: Bei einem Rundgang informierte sich Olaf Scholz im Education & Development Center über "
           "die Arbeit von Siemens Healthineers. In der Fertigungshalle von Siemens Healthineers wurde dem Bundeskanzler "
           "erläutert, wie ein MRT--Magnetresonanztomographie produziert wird.",
           BAMF_P5],
    quotes=[(cut(BAMF_P2, "„Die Aufgabe", "ist groß,“"), SCHOLZ),
            (cut(BAMF_P2, "„Wir müssen", "Deutschland gibt.“"), SCHOLZ),
            (cut(BAMF_P5, "„Die Mitarbeiterinnen", "wichtige Arbeit!“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz", "Bundeskanzler", "Kanzler"]})

BOT_P2 = ("Berlin, 10. September 2024: „Sie sind Expertinnen und Experten für unsere Besonderheiten und Merkwürdigkeiten. Sie "
          "sind in Ihren Ländern als Deutschlanderklärerinnen und -erklärer gefragt“. Das sagte der Kanzler am Dienstag bei "
          "einem Empfang für die in Deutschland akkreditierten Botschafterinnen und Botschafter.")
BOT_P8 = ("Berlin, 12. September 2024: „Wir brauchen Sie, damit wir nicht versinken - in einem Meer aus Informationen und "
          "Desinformationen und in den Wellen der Tagesaktualität, des jüngsten Spins, der lautesten Zuspitzung.“ Diese "
          "Wortet richtete der Kanzler unter anderem an die vielen Journalistinnen und Journalisten auf dem "
          "BDZV-Jahreskongress.")

add(id="ho147-bk-2024-09-woche-des-kanzlers-botschafter",
    title=None,
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2307760",
    retrieved="same address (stored media-library page 'Die Woche des Kanzlers' of September 2024; the stored copy begins "
              "with the teaser, so there is no title line (rules 18, 32, 93); each picture's text is a line of its own; the "
              "published 'Diese Wortet' kept (rule 20); the last text ('Um den Abbau von Rohstoffen ging es danach unter "
              "anderem beim Bühnengespräch auf dem Chemie-Branchenverband VCI. Scholz warb für den Abbau von Lithium in "
              "Deutschland: \"Wir können es so machen, '), cut off in the stored copy, dropped with its unclosed quotation "
              "(rule 15))",
    license=BREG,
    paras=["Bundeskanzler Olaf Scholz empfing die in Deutschland akkreditierten Botschafterinnen und Botschafter im "
           "Bundeskanzleramt, hielt eine Rede in der Generaldebatte zum Haushalt im Deutschen Bundestag und nahm an der "
           "Verbandstagung der chemischen Industrie teil. Die Woche des Kanzlers in Bildern.",
           BOT_P2,
           "Das hieß viele Hände schütteln: In Deutschland gibt es knapp 150 Botschafterinnen und Botschafter. Dazu kommen "
           "noch die Vertretungen internationaler Organisationen.",
           "Niemand darf wegen seiner Behinderung benachteiligt werden, sagte Kanzler Scholz beim Jahresempfang des "
           "Beauftragten der Bundesregierung für Menschen mit Behinderung.",
           "Am Abend nahm Scholz am Michaelsempfang der katholischen Kirche für Vertreter aus Kirche, Politik, Gesellschaft "
           "und Wirtschaft teil.",
           "Berlin, 11. September 2024: Im Bundestag laufen die viertägigen ersten Beratungen für den Bundeshaushalt 2025. "
           "Am Mittwoch ergriff der Kanzler das Wort und sprach über die Wachstumsinitiative, mit der das Land modernisiert "
           "werde.",
           "Drei Punkte waren Bundeskanzler Olaf Scholz in der Generaldebatte besonders wichtig: die Debatte über Migration, "
           "Frieden und Sicherheit.",
           BOT_P8],
    quotes=[(cut(BOT_P2, "„Sie sind", "-erklärer gefragt“"), SCHOLZ),
            (cut(BOT_P8, "„Wir brauchen", "Zuspitzung.“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Kanzler Scholz", "Scholz", "Kanzler"]})

# --- bundeskanzler.de: photo series "Die Woche des Kanzlers" (Friedrich Merz) ---

LUX_P2 = ("Berlin, 1. Juli 2025: \"Wir gestalten unsere Nachbarschaft mit Luxemburg gemeinsam“, sagte Bundeskanzler Friedrich "
          "Merz beim Besuch von Premierminister Luc Frieden am Dienstag.")
LUX_P3 = ("„Die Zusammenarbeit zwischen Luxemburg und Deutschland ist ganz außergewöhnlich gut.“ Das gelte sowohl für die "
          "Kooperation auf Regierungsebene als auch bei gemeinsamer Schulbildung, im polizeilichen Bereich oder bei der "
          "Verkehrsplanung, betonte Kanzler Merz in der gemeinsamen Pressekonferenz.")
LUX_P5 = ("„Seitdem wir zurückweisen, gehen die Asylzahlen noch einmal deutlich zurück: aus allen Herkunftsländern. Daher "
          "befürworte ich auch die Entscheidung von @donaldtusk: Das sind nicht nur Kontrollen an den deutschen Grenzen, es "
          "wird auch kontrolliert, wer Polen verlässt”, so Bundeskanzler Friedrich Merz auf X.")
LUX_P7 = ("Bundeskanzler Friedrich Merz machte in seiner Rede für die Initiative „Chefinnensache” deutlich, dass "
          "Chancengerechtigkeit für alle gut sei. Es gehe auch „um unsere Interessen als Wirtschaftsnation, als "
          "Industriestandort”. Der Kanzler übernimmt in diesem Jahr die Schirmherrschaft für die Initiative "
          "„Chef:innensache”.")

add(id="ho147-bk-2025-07-woche-des-kanzlers-luxemburg",
    title=None,
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2362236",
    retrieved="same address (stored media-library page 'Die Woche des Kanzlers' of July 2025; the stored copy begins with "
              "the teaser, so there is no title line (rules 18, 32, 93); each picture's text is a line of its own; the "
              "mixed marks ('\"Wir gestalten … gemeinsam“', '„… verlässt”', '„Chefinnensache”') kept as published (rule 20); "
              "the last text ('Er würdigte in seiner Rede das Engagement der I'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=["In der Woche vom 30. Juni bis 6. Juli empfing Bundeskanzler Friedrich Merz den luxemburgischen Premierminister "
           "und leitete die Sitzung des Bundeskabinetts. Darüber hinaus nahm er an der Konferenz der Initiative "
           "„Chef:innensache“ teil und hielt eine Rede anlässlich der 80. Bankwirtschaftlichen Tagung. Die Woche des "
           "Kanzlers in Bildern.",
           LUX_P2,
           LUX_P3,
           "Am Dienstagabend sprach Sandra Maischberger mit Kanzler Merz in ihrer Sendung über zahlreiche aktuelle Themen – "
           "darunter Aufrüstung, Migration und Sozialreformen.",
           LUX_P5,
           "Berlin, 2. Juli 2025: Am Mittwochvormittag tagte wie üblich das Kabinett unter der Leitung des Bundeskanzlers. "
           "In dieser Woche hat das Bundeskabinett einen Gesetzentwurf verabschiedet, der die Verteilung der Mittel an "
           "Länder und Kommunen regelt – das Länder-und-Kommunal-Infrastrukturfinanzierungsgesetz.",
           LUX_P7],
    quotes=[("„Chef:innensache“", None),
            (cut(LUX_P2, "\"Wir gestalten", "gemeinsam“"), MERZ),
            (cut(LUX_P3, "„Die Zusammenarbeit", "außergewöhnlich gut.“"), MERZ),
            (cut(LUX_P5, "„Seitdem", "Polen verlässt”"), MERZ),
            ("„Chefinnensache”", None),
            (cut(LUX_P7, "„um unsere", "Industriestandort”"), MERZ),
            ("„Chef:innensache”", None)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Kanzler Merz", "Bundeskanzler", "Kanzler"]})

VIL_P4 = ("„Wir müssen einfacher bauen!” Das betonte Bundeskanzler Friedrich Merz in seiner Rede beim Tag der Bauindustrie. "
          "So unterstrich er das Vorhaben der neuen Regierung, den Wohnungsbau schneller und preisgünstiger zu machen.")
VIL_P7 = ("„Wir stellen diese Brigade auf, um die gesamte Ostflanke der NATO zu schützen”, sagte Kanzler Merz. Man sei "
          "entschlossen, „das Bündnisgebiet gegen jede Aggression zu verteidigen”.")

add(id="ho147-bk-2025-05-woche-des-kanzlers-vilnius",
    title=None,
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2349016",
    retrieved="same address (stored media-library page 'Die Woche des Kanzlers' of May 2025; the stored copy begins with "
              "the teaser, so there is no title line (rules 18, 32, 93); each picture's text is a line of its own; the "
              "published 'miltärischen' and the marks '„…”' kept (rule 20); the last text ('Mit der Brigade sollen bis 2027 "
              "rund 4.800 Bundeswehrsoldatinnen und -soldaten '), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["In dieser Woche reiste Bundeskanzler Friedrich Merz nach Litauen. In Vilnius nahm er am Aufstellungsappell "
           "einer Panzer-Brigade der Bundeswehr teil. Außerdem war er beim Tag der Bauindustrie zu Gast und nahm das "
           "Frühjahrsgutachten des Sachverständigenrats zur Begutachtung der gesamtwirtschaftlichen Entwicklung entgegen. "
           "Die Woche des Kanzlers in Bildern.",
           "Berlin, 21. Mai 2025: Am Mittwoch leitete Bundeskanzler Friedrich Merz wie gewohnt das Kabinett. Dort beschloss "
           "die Bundesregierung die Verlängerung von drei Bundeswehrmandaten. Die Mission der Vereinten Nationen im "
           "Libanon, UNIFIL, die Sicherheitspräsenz in Kosovo, KFOR, und die Operation EUFOR ALTHEA in Bosnien und "
           "Herzegowina sollen fortgesetzt werden.",
           "Mittwochmittag übergab die Vorsitzende des Sachverständigenrats Wirtschaft, Monika Schnitzer, das "
           "Frühjahrsgutachten vom Sachverständigenrat zur Begutachtung der gesamtwirtschaftlichen Entwicklung an den "
           "Bundeskanzler – in Anwesenheit der Bundesministerin für Wirtschaft und Energie, Katherina Reiche.",
           VIL_P4,
           "Vilnius, 22. Mai 2025: In der litauischen Hauptstadt wurde der Bundeskanzler am Donnerstag von Präsident "
           "Gitanas Nausėda mit miltärischen Ehren begrüßt. Bundesverteidigungsminister Boris Pistorius begleitete den "
           "Kanzler nach Litauen.",
           "Auf dem Kathedralenplatz nahmen Merz und Pistorius am Aufstellungsappell der Panzerbrigade 45 „Litauen” der "
           "Bundeswehr teil. Diese soll nach dem russischen Überfall auf die Ukraine die Präsenz der NATO in der Region "
           "verstärken.",
           VIL_P7],
    quotes=[("„Wir müssen einfacher bauen!”", MERZ),
            ("„Litauen”", None),
            (cut(VIL_P7, "„Wir stellen", "zu schützen”"), MERZ),
            (cut(VIL_P7, "„das Bündnisgebiet", "verteidigen”"), MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Kanzler Merz", "Merz", "Bundeskanzler",
                    "Kanzler"]})

HAUS_P3 = ("„Wir investieren so stark wie noch nie zuvor in die Zukunftsfähigkeit unseres Landes, und das ist ein gutes "
           "Signal”, so Bundesfinanzminister Klingbeil in seiner Rede. Die Milliarden-Investitionen seien ein Beitrag dafür, "
           "dass Deutschland stärker, aber auch gerechter werde. Ziel sei, dass die Menschen Verbesserungen in ihrem Alltag "
           "spürten.")
HAUS_P5 = ("In seiner Rede hob der Kanzler Merz die Erfolge der neuen Bundesregierung hervor: wachsende wirtschaftliche "
           "Zuversicht, mehr Sicherheit, klarere Regeln in der Migrationspolitik und konkrete Entlastungen für Bürgerinnen "
           "und Bürger. „Wir haben viel angepackt, wir haben einiges erreicht, aber es bleibt noch sehr viel zu tun“, sagte "
           "Merz.")

add(id="ho147-bk-2025-07-woche-des-kanzlers-haushalt",
    title=None,
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2363944",
    retrieved="same address (stored media-library page 'Die Woche des Kanzlers' of July 2025; the stored copy begins with "
              "the teaser, so there is no title line (rules 18, 32, 93); each picture's text is a line of its own; the "
              "published date line 'Berlin, 9. Juli 2023' (for 2025) kept (rule 20); the last text ('„Wir wissen, dass nach "
              "dem NATO-Gipfel vor zwei Wochen viel Arbeit vor uns liegt. Wir haben in Den Haag verabredet, unsere "
              "Fähigkeiten zur Abschreckung und '), cut off in the stored copy, dropped with its unclosed quotation "
              "(rule 15))",
    license=BREG,
    paras=["In der Woche vom 7. bis zum 13. Juli hielt Bundeskanzler Friedrich Merz in der Generaldebatte im Deutschen "
           "Bundestag eine Rede und stellte sich anschließend den Fragen der Abgeordneten. Darüber hinaus empfing er "
           "NATO-Generalsekretär Mark Rutte und nahm am Festakt zur 70-jährigen NATO-Mitgliedschaft Deutschlands teil. "
           "Kanzler Merz besuchte zudem die Ukraine Recovery Conference und hielt seine Antrittsrede im Bundesrat. Die Woche "
           "des Kanzlers in Bildern.",
           "Berlin, 8. Juli 2025: Am Dienstag stellte Bundesfinanzminister Lars Klingbeil seinen Haushaltsplan für 2025 im "
           "Deutschen Bundestag vor. Ein wesentlicher Schwerpunkt dieses Plans sind die Investitionen des Bundes: Sie werden "
           "mit Hilfe des neuen Sondervermögens für Infrastruktur und Klimaneutralität massiv aufgestockt.",
           HAUS_P3,
           "Berlin, 9. Juli 2023: Am Mittwoch hielt Bundeskanzler Friedrich Merz in der Generaldebatte im Deutschen "
           "Bundestag eine Rede. Diese findet im Rahmen der Haushaltswoche statt, wenn die Bundesregierung ihren Entwurf "
           "für den Bundeshaushalt vorstellt.",
           HAUS_P5,
           "Am Nachmittag hat Bundeskanzler Friedrich Merz den NATO-Generalsekretär Mark Rutte im Bundeskanzleramt "
           "empfangen."],
    quotes=[(cut(HAUS_P3, "„Wir investieren", "gutes Signal”"), "Lars Klingbeil"),
            (cut(HAUS_P5, "„Wir haben viel", "viel zu tun“"), MERZ)],
    aliases={"Lars Klingbeil": ["Lars Klingbeil", "Bundesfinanzminister Lars Klingbeil", "Bundesfinanzminister Klingbeil",
                                "Klingbeil", "Bundesfinanzminister"],
             MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Kanzler Merz", "Merz", "Kanzler"]})
