# Hundred-and-seventieth held-out German real-news set (tests/data/heldout170-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-1289 and the new rules of this set, 1290-1291). None of these pages is in any
# tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and SOURCES.md
# files of tests/data and of the other held-out worktrees, and by an 8-word overlap search against the texts of all sets).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-seventieth held-out set": texts of the German Federal Government on the
# Chancellor's meetings with foreign heads of government and on NATO, G7 and EU summits (a news item, a media-library
# page and an archive item of bundesregierung.de, and a media-library list page of bundeskanzlerin.de). Stored copies are
# excerpts; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Olaf Scholz"
MERKEL = "Angela Merkel"

JAPAN_P3 = ("Angesichts des russischen Angriffskrieges gegen die Ukraine sagte Bundeskanzler Olaf Scholz in der gemeinsamen "
            "Pressekonfrenz mit dem japanischen Ministerpräsidenten Fumio Kishida: „Uns eint das gemeinsame Verständnis von "
            "der Bedeutung der Zeitenwende.“ Beide Länder stünden eng an der Seite der Ukraine. Der Bundeskanzler "
            "unterstrich, dass Japan und Deutschland sowohl bilateral als auch in der G7 für Demokratie und die "
            "regelbasierte internationale Ordnung eintreten würden.")

add(id="ho170-breg-2024-07-scholz-kishida",
    title="Gemeinsames Verständnis der Zeitenwende",
    url="https://www.bundesregierung.de/breg-de/aktuelles/scholz-trifft-mp-japan-2298960",
    retrieved="same address (stored page of 12 July 2024; the site menu lines ('Bundesregierung | Startseite', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service') dropped as "
              "furniture; the kicker and the headline, which the stored copy runs together in one line ('Pressekonferenz "
              "des Kanzlers mit dem japanischen Ministerpräsidenten Gemeinsames Verständnis der Zeitenwende'), kept so "
              "(rules 18, 20); the lines '22 Min. Lesedauer', 'Mitschrift Pressekonferenz' and 'Freitag, 12. Juli 2024' "
              "dropped as furniture; the image description, the caption 'Im Dialog: Bundeskanzler Olaf Scholz betonte bei "
              "der Pressekonferenz …' and the credit 'Foto: Bundesregierung / Sandra Steins' dropped (rule 93); the "
              "published misspelling 'Pressekonfrenz' kept (rule 20); the video player's lines '37:18' and 'Video "
              "Pressekonferenz des Bundeskanzlers und des japanischen Ministerpräsidenten', the line 'Lesen Sie hier die "
              "Mitschrift der Rede:' and the transcript that follows, cut off in the stored copy, dropped (rules 15, 17))",
    license=BREG,
    paras=["Pressekonferenz des Kanzlers mit dem japanischen Ministerpräsidenten Gemeinsames Verständnis der Zeitenwende",
           "Bundeskanzler Olaf Scholz empfing den japanischen Ministerpräsidenten Fumio Kishida im Bundeskanzleramt. Der "
           "Kanzler hob hervor, dass Japan und Deutschland vieles eint: Beide Länder treten für die Demokratie ein und "
           "unterstützen die Ukraine.",
           JAPAN_P3,
           "Der Bundeskanzler kündigte die Einrichtung eines neuen Dialogs zur Wirtschaftssicherheit sowie "
           "Regierungskonsultationen im nächsten Jahr an. Ein Abkommen zwischen Deutschland und Japan, mit dem unter "
           "anderem logistische Unterstützung bei Militärübungen gewährleistet wird, tritt heute in Kraft."],
    quotes=[(cut(JAPAN_P3, "„Uns eint", "Zeitenwende.“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Der Bundeskanzler", "Kanzler"]})

NATO_P1 = ("Bundeskanzler Olaf Scholz und Nato-Generalsekretär Jens Stoltenberg betonten in der gemeinsamen Pressekonferenz "
           "am Donnerstag die Bedeutung von Einigkeit und Stärke innerhalb der Verteidigungsgemeinschaft angesichts des "
           "russischen Angriffskrieges gegen die Ukraine. Scholz wies erneut darauf hin: „Die Nato wird nicht militärisch "
           "in diesen Krieg eingreifen.“")

add(id="ho170-breg-2022-03-scholz-stoltenberg",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/pressekonferenz-von-kanzler-scholz-und-nato-generalsekretaer-stoltenberg-2017110",
    retrieved="same address (stored media-library page of the press conference with NATO Secretary General Stoltenberg, "
              "spring 2022; the stored copy has no headline, so there is no title line (rules 18, 32); the label 'Video' "
              "dropped as furniture; otherwise complete: one paragraph)",
    license=BREG,
    paras=[NATO_P1],
    quotes=[(cut(NATO_P1, "„Die Nato", "eingreifen.“"), SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Scholz"]})

EUCO_P2 = ("\"Es war nicht einfach, aber was für mich zählt ist, dass wir uns zusammengerauft haben und dass wir alle davon "
           "überzeugt sind, dass wir etwas aus den Ergebnissen machen wollen\", erklärte Bundeskanzlerin Angela Merkel nach "
           "den Beschlüssen des Europäischen Rats zum EU-Budget und Corona-Aufbauhilfen.")
EUCO_P4 = ("“It wasn’t easy. But what matters, to my mind, is the fact that we pulled together in the end and that we all "
           "firmly believe that we will also genuinely make a difference with the decisions we have reached today”, "
           "Chancellor Angela Merkel declared at a joint press conference with French President Emmanuel Macron after the "
           "conclusions of the European Council had been adopted. Chancellor Merkel emphasised that, since the "
           "Franco-German initiative of 18 May, Europe had been treading an important path and had shown that it is "
           "prepared to take new approaches in a quite unique situation.")
EUCO_P6 = ("\"Es war nicht einfach, aber was für mich zählt ist, dass wir uns zusammengerauft haben und dass wir alle davon "
           "überzeugt sind, dass wir etwas aus den Ergebnissen machen wollen\", erklärte Bundeskanzlerin Merkel nach dem "
           "Europäischen Rat in einer gemeinsamen Pressekonferenz mit dem französischen Präsidenten Macron.")
EUCO_Q = cut(EUCO_P2, "\"Es war", "machen wollen\"")

add(id="ho170-bkin-2020-07-euco-sondersitzung",
    title=None,
    url="https://www.bundeskanzlerin.de/bkin-de/mediathek/mediathek/829618-829618",
    retrieved="same address (stored media-library list page of bundeskanzlerin.de, July 2020, three items on the special "
              "European Council; the site lines 'Navigation und Service', 'Inhalt', 'Sie sind hier: Mediathek' and the "
              "year line '2020' dropped as furniture, so there is no title line (rules 18, 32); each item's label line "
              "(person and title run together, e.g. 'Bundeskanzlerin Angela Merkel Kanzlerin Merkel nach der Sondersitzung "
              "des Europäischen Rats') kept as a line of its own (rule 20); the player labels repeating each title "
              "('Video Kanzlerin Merkel nach …', 'Video Statement of Federal Chancellor Merkel …', 'Video Pressekonferenz "
              "von Bundeskanzlerin Merkel …') and the date lines 'Di, 21.7.2020 06:00 Uhr' dropped as furniture; the "
              "English item of the list kept in English as published (rule 1290); the fourth item, cut off in the stored "
              "copy after 'Di, ', dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Angela Merkel Kanzlerin Merkel nach der Sondersitzung des Europäischen Rats",
           EUCO_P2,
           "Bundeskanzlerin Angela Merkel Statement of Federal Chancellor Merkel after the Special European Council",
           EUCO_P4,
           "Bundeskanzlerin Angela Merkel Pressekonferenz von Bundeskanzlerin Merkel und dem französischen Präsidenten "
           "Macron nach der Sondersitzung des Europäischen Rats",
           EUCO_P6],
    quotes=[(EUCO_Q, MERKEL, 0),
            (cut(EUCO_P4, "“It wasn’t", "reached today”"), MERKEL),
            (EUCO_Q, MERKEL, 1)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Kanzlerin Merkel",
                      "Chancellor Angela Merkel", "Chancellor Merkel", "Merkel"]})

G7_P1 = ("Am 7. und 8. Juni ist Deutschland Gastgeber des G7-Gipfels in Schloss Elmau. \"Wir haben in G7-Gipfeln schon sehr, "
         "sehr viele Entwicklungen angestoßen\", betonte die Kanzlerin. Ein besonders wichtiges Ziel sei das Thema "
         "Gesundheit, insbesondere der Kampf gegen Antibiotika-Resistenzen, Tropenkrankheiten oder Pandemien wie die "
         "Ebola-Krise.")
G7_P2 = ("Im RTL-Sommerinterview (4. Juni) hob Merkel hervor, dass es bei dem G7-Gipfel nicht allein um die Wirtschaftskraft "
         "gehe. Vielmehr stehe das G7-Treffen für \"gemeinsame Werte, die gemeinsamen Auffassungen, die demokratischen "
         "Gesellschaftsordnungen\".")
G7_P3 = ("Deshalb sei es auch notwendig gewesen, Russland wegen der Annexion der Krim auszuschließen, unterstrich die "
         "Kanzlerin. Russland habe \"wesentliche Teile dessen, was ich als europäische Friedensordnung nach dem Zweiten "
         "Weltkrieg bezeichne, verletzt.\"")

add(id="ho170-breg-2015-06-merkel-g7-elmau",
    title=None,
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/mehr-als-absichtserklaerungen-399290",
    retrieved="same address (stored archive page of June 2015 on the Chancellor's RTL summer interview before the G7 "
              "summit at Schloss Elmau; the stored copy begins with the lead and has no headline, so there is no title "
              "line (rules 18, 32); the line '5 Min. Lesedauer' dropped as furniture; the subheading 'G7 - eine "
              "Wertegemeinschaft' kept as a line of its own; the last paragraph 'Die Agenda selbst sei stark auf "
              "internationale Ereignisse … Ein weiterer wichtiger Schwerpunkt', cut off in the stored copy, dropped (rule "
              "15); it holds no quotation mark)",
    license=BREG,
    paras=[G7_P1, G7_P2, G7_P3,
           "G7 - eine Wertegemeinschaft",
           "Aufgrund der Verletzung der Souveränität und territorialen Unversehrtheit der Ukraine durch Russland haben die "
           "Staats- und Regierungschefs der G7 am 24. März 2014 in der Haager Erklärung beschlossen, nicht am G8-Gipfel "
           "unter russischer Präsidentschaft im Juni 2014 in Sotschi teilzunehmen und das Format der G8 auszusetzen. "
           "Stattdessen traf sich die G7 erstmals seit 1998 ohne Russland zu einem Gipfel am 4. und 5. Juni 2014 in "
           "Brüssel. Seitdem wird der Prozess als G7 fortgeführt. Durch diese Entscheidung hat die G7 unterstrichen, dass "
           "sie den Bruch des Völkerrechts nicht hinnimmt.",
           "Als Gastgeberin hofft die Kanzlerin auf eine intensive Gesprächsatmosphäre, in der offen alle Themen "
           "angesprochen werden können: von der Weltwirtschaft über außenpolitische Fragen wie die Ukraine-Krise bis hin "
           "zur gesamten Agenda des G7-Gipfels."],
    quotes=[(cut(G7_P1, "\"Wir haben", "angestoßen\""), "Merkel"),
            (cut(G7_P2, "\"gemeinsame Werte", "Gesellschaftsordnungen\""), "Merkel"),
            (cut(G7_P3, "\"wesentliche Teile", "verletzt.\""), "Merkel")],
    aliases={"Merkel": ["Merkel", "die Kanzlerin", "Kanzlerin"]})
