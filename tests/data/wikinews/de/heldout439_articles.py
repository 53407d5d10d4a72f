# Four-hundred-and-thirty-ninth held-out German real-news set (tests/data/heldout439-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2300-2301). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number, OTS number or address,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run
# on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-thirty-ninth held-out set": one Parlamentskorrespondenz release on
# parlament.gv.at (No. 401 of 10 June 1998, the Dalai Lama's visit to the Parliament), one Parlamentskorrespondenz release
# on the OTS press-release service (11 July 2003, the overview of the parliamentary year 2002/2003), one news item of
# parlament.gv.at (25 April 2025, Girls' Day) and the presidency section of a member's page on parlament.gv.at (Margit
# Göll, President of the Bundesrat in the first half of 2024), all under licence PK. Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval
# note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on parlament.gv.at, No. 401 of 10.06.1998: the Dalai Lama visits the Parliament ---

NEISSER = "Neisser"

DL_P2 = ("Präsident Neisser würdigte das geistliche und weltliche Oberhaupt Tibets als \"Vorbild für Generationen in der "
         "gesamten westlichen Welt\". Die Bemühungen des Dalai Lama, mit friedlichen Mitteln für Freiheit und "
         "Menschenrechte in seiner Heimat einzutreten, haben dazu geführt, dass er heute weltweit als Mann des Friedens "
         "geschätzt werde, betonte Neisser in seinen Begrüssungsworten. Die Freiheit der Person, der Religion sowie der "
         "geistigen und kulturellen Selbstbestimmung eines Volkes gehören zu den zentralen Elementen einer modernen "
         "Menschenrechtspolitik.")
DL_P3 = ("Sich für diese fundamentalen Rechte weltweit einzusetzen, ohne Rücksicht auf politisches oder ökonomisches "
         "Nützlichkeitsdenken zu nehmen, werde ein \"ständiger moralischer Imperativ\" für seine Tätigkeit als frei "
         "gewählter Parlamentarier bleiben, fuhr Neisser fort. Es bleibe ein wesentliches Anliegen, die Funktion der "
         "internationalen Rechtsordnung als ein System von Konfliktlösungsmechanismen zum Tragen zu bringen, im Sinne des "
         "allen Völkern zustehenden Rechts des \"pursuit of happyness\", sagte Präsident Neisser.")

add(id="ho439-pk-1998-06-10-dalai-lama-im-parlament",
    title="Parlamentskorrespondenz Nr. 401 vom 10.06.1998",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_1998/pk0401",
    retrieved="same address (stored page of the Parlamentskorrespondenz release No. 401 of 10 June 1998; it begins with the "
              "release's number line, which is the first line (rule 18), then the headline in capitals; the hard line "
              "breaks inside the third paragraph ('ohne' / 'Rücksicht', 'seine' / 'Tätigkeit', 'von' / "
              "'Konfliktlösungsmechanismen') joined with a space (rule 48); the published spellings 'geheissen', "
              "'Begrüssungsworten' and 'happyness' and the names in the PK capitals kept (rule 20); the fourth paragraph "
              "('Der Dalai Lama dankte für die Sympathie, … Politische Unterstützung, etwa von seiten des Europäisc'), cut "
              "off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["BESUCH DES DALAI LAMA IM PARLAMENT",
           "Wien (PK) - Im Rahmen seines einwöchigen Aufenthalts in Österreich besuchte der DALAI LAMA, das weltliche und "
           "geistliche Oberhaupt der Tibeter im Exil, am Mittwoch das Parlament und wurde vom Zweiten Präsidenten des "
           "Nationalrates, Dr. Heinrich NEISSER, willkommen geheissen und zu einem Gedankenaustausch mit den Abgeordneten "
           "Dr. PETROVIC (G), Mag. POSCH (SP), Dr. SCHMIDT (L) sowie Dr. SPINDELEGGER (VP) gebeten.",
           DL_P2, DL_P3],
    # the two partial quotes in Neisser's reported welcome are his (rules 3, 25, 44); the English formula naming a right,
    # quoted inside his Konjunktiv speech with no other author named, is his too (rule 165)
    quotes=[("\"Vorbild für Generationen in der gesamten westlichen Welt\"", NEISSER),
            ("\"ständiger moralischer Imperativ\"", NEISSER),
            ("\"pursuit of happyness\"", NEISSER)],
    aliases={NEISSER: ["Neisser", "Präsident Neisser", "Heinrich NEISSER", "Dr. Heinrich NEISSER"]})

# --- PK on OTS, 11.07.2003: the parliamentary year 2002/2003 (foreign policy, culture, events) ---

KHOL = "Andreas Khol"

PJ_P2 = ("Diese Offenheit des Hauses sprach auch der neu gewählte Nationalratspräsident Andreas Khol in seiner Antrittsrede "
         "am 20. Dezember 2002 an. Khol würdigte die diesbezüglichen Leistungen seines Amtsvorgängers Heinz Fischer, der "
         "das Parlament zu einem \"Zentrum der politischen, künstlerischen und allgemeinen Diskussion\" gemacht hat, und "
         "betonte seinerseits den Charakter der \"Häuser am Ring\" als Ort der Bürgergesellschaft, offen für Kunst, "
         "Literatur, Wissenschaft und Diskussion. In der Besuchs- und Veranstaltungsstatistik der Parlamentskorrespondenz "
         "zum Arbeitsjahr 2002/03, in der die letzte Tagung der Präsidentschaft Fischer mit der ersten von Andreas Khol "
         "verbunden ist, kommt diese Kontinuität im Bemühen der Nationalrats- wie der Bundesratspräsidenten um den Dialog "
         "auf internationaler Ebene und mit den Bürgern zum Ausdruck.")

add(id="ho439-pk-ots-2003-07-11-parlamentsjahr-2002-2003",
    title="DAS PARLAMENTSJAHR 2002/2003 – AUSSENPOLITIK, KULTUR, VERANSTALTUNGEN Die Welt und die Bürgergesellschaft in den "
          "\"Häusern am Ring\"",
    url="https://www.ots.at/presseaussendung/OTS_20030711_OTS0179/das-parlamentsjahr-20022003-aussenpolitik-kultur-"
        "veranstaltungen-die-welt-und-die-buergergesellschaft-in-den-haeusern-am-ring",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 11 July 2003, dateline 'Wien (PK)'; "
              "headline and subtitle run together in the stored copy and are kept so (rules 18, 48); the hard line breaks "
              "inside the paragraphs ('Gesetzgebung' / 'und', 'am' / '20. Dezember', 'diesbezüglichen' / 'Leistungen', "
              "'Charakter' / 'der', 'Besuchs-' / 'und', 'kommt' / 'diese') joined with a space (rule 48); the third "
              "paragraph ('Zu den Höhepunkten des zu Ende gegangenen Parlamentsjahres … Zeitgleich mit diesem historischen "
              "Ereignis luden Nationalratspräside'), cut off in the stored copy, dropped (rule 15); the contact block of the "
              "release is not in the stored excerpt)",
    license=PK,
    paras=["Wien (PK) - Eine Jahresbilanz parlamentarischer Arbeit wäre nicht vollständig, würde sie nur die statistisch "
           "erfassbaren Leistungen des Nationalratsplenums und der Ausschüsse, also die in der Verfassung fixierten Aufgaben "
           "der Abgeordneten in Gesetzgebung und politischer Kontrolle widerspiegeln. Daher bietet die "
           "\"Parlamentskorrespondenz\" alljährlich auch eine Besucher- und Veranstaltungsstatistik über die "
           "parlamentarische Außenpolitik, die Staatsbesuche im Hohen Haus am Ring, die Parlamentarierdelegationen und "
           "internationalen Konferenzen. Dazu kommen Buchpräsentationen, Ausstellungen, Symposien und Enqueten, in denen "
           "Abgeordnete und Bundesräte den Dialog mit Autoren, Künstlern, Wissenschaftlern und engagierten Bürgern des "
           "Landes pflegen.",
           PJ_P2],
    # the headline's inflected "Häusern am Ring" repeats the words the body reports as Khol's (rule 300); in the body both
    # partial quotes stand in the report of Khol's inaugural speech, the first inside a relative clause about Fischer
    # (rules 3, 25, 44); the name of the press service itself is null (rule 2)
    quotes=[("\"Häusern am Ring\"", KHOL),
            ("\"Parlamentskorrespondenz\"", None),
            ("\"Zentrum der politischen, künstlerischen und allgemeinen Diskussion\"", KHOL),
            ("\"Häuser am Ring\"", KHOL)],
    aliases={KHOL: ["Andreas Khol", "Khol", "Nationalratspräsident Andreas Khol"]})

# --- parlament.gv.at news, 25.04.2025: Girls' Day in the Parliament ---

NARE = "Nare"
BANAFSHA = "Banafsha"

GD_P1 = ("Auf die Frage, was die 14-jährige Nare ihren Eltern vom Girls' Day am 24. April im Parlament erzählen wird, "
         "antwortet sie: \"Ich habe meinen Traumberuf gefunden.\" Sie war eine von rund 50 Teilnehmerinnen, die aus erster "
         "Hand erfuhren, was es bedeutet, im Herzen der Demokratie zu arbeiten. Abgeordnete zum Nationalrat, Mitglieder "
         "des Bundesrats und Mitarbeiterinnen der Parlamentsdirektion stellten sich den Fragen der Jugendlichen und "
         "berichteten von ihrem Arbeitsalltag im Hohen Haus.")
GD_P2 = ("Nare weiß jetzt schon, dass sie eines Tages in die Politik will. Das habe sich im Gespräch mit den Politikerinnen "
         "bestätigt. Dabei wolle sie die Anliegen von Menschen vertreten und \"dass auch andere sehen, dass sie eine Stimme "
         "haben und damit die Welt verändern können.\"")
GD_P4 = ("\"Es gibt so vieles, das im Hintergrund passiert\", erzählt die 14-jährige Banafsha über ihre Führung durch den "
         "Keller des Parlaments. Aber auch sie ist sich sicher: Sie wird eines Tages Abgeordnete im Nationalrat. \"Ich will "
         "über meine eigenen Rechte bestimmen dürfen\", sagt sie im Interview mit dem Newsroom des Parlaments.")

add(id="ho439-parl-news-2025-04-25-girls-day-traumberuf",
    title="News 25.04.2025, 13:32",
    url="https://www.parlament.gv.at/aktuelles/news/Girls-Day-im-Parlament-Ich-habe-meinen-Traumberuf-gefunden",
    retrieved="same address (stored news item of the Austrian Parliament's website of 25 April 2025; the page's date line "
              "'News 25.04.2025, 13:32' is the first line as stored (rule 18), the headline follows as a line of its own and "
              "the subheading 'Von der Brunnentechnik bis zur großen Bühne im Plenum' is kept as a line of its own; the two "
              "unmarked image captions 'Die 14-jährige Nare (mit Brille) im Austausch mit Bundesrätin Elisabeth "
              "Lindner-Wolff.' and 'Banafsha sieht sich eines Tages im Nationalrat sitzen. Besonders die Rechte von Frauen "
              "liegen ihr am Herzen.' dropped (rules 14, 2301); the paragraph 'Asude hingegen kann sich vorstellen, in der "
              "Verwaltung zu arbeiten. … scheinen \"sich alle gegenseitig zu unterstützen\". Das \"allercoolste\" war aber, "
              "von Tisch zu Tis', cut off in the stored copy, dropped with its two quotations (rule 15))",
    license=PK,
    paras=["Girls' Day im Parlament: \"Ich habe meinen Traumberuf gefunden\"",
           GD_P1, GD_P2,
           "Von der Brunnentechnik bis zur großen Bühne im Plenum",
           "Worauf wird beim Sicherheitscheck geachtet? Wie läuft eine Nationalratssitzung hinter den Kulissen ab? Und was "
           "passiert eigentlich, wenn Staatsgäste im Parlament empfangen werden? Den gesamten Tag über wurden die "
           "Teilnehmerinnen an den Arbeitsplatz von Mitarbeiterinnen der Parlamentsdirektion und Politikerinnen geführt.",
           GD_P4],
    # the headline quotation repeats Nare's answer without its full stop (rule 26); her wish reported in Konjunktiv
    # continues in a marked dass-clause that is hers (rule 3); Banafsha's two statements after and before their cues
    # (rule 8, 'sagt sie' going back to 'die 14-jährige Banafsha')
    quotes=[("\"Ich habe meinen Traumberuf gefunden\"", NARE),
            ("\"Ich habe meinen Traumberuf gefunden.\"", NARE),
            (cut(GD_P2, "\"dass auch", "können.\""), NARE),
            ("\"Es gibt so vieles, das im Hintergrund passiert\"", BANAFSHA),
            ("\"Ich will über meine eigenen Rechte bestimmen dürfen\"", BANAFSHA)],
    aliases={NARE: ["Nare", "14-jährige Nare"],
             BANAFSHA: ["Banafsha", "14-jährige Banafsha"]})

# --- parlament.gv.at member page of Margit Göll, presidency section (Bundesrat, first half of 2024) ---

GOELL = "Margit Göll"

MG_P2 = ("Ihre Präsidentschaft rückt Europa, insbesondere die Grenzregionen zu Tschechien und zur Slowakei, in den Fokus. "
         "\"Als Bürgermeisterin von Moorbad Harbach, einer Gemeinde im niederösterreichischen Waldviertel, habe ich die "
         "Entwicklung einer Grenzregion mitverfolgen und auch mitgestalten können\", erklärt Margit Göll. \"Ich weiß daher "
         "aus eigener Erfahrung, dass es hier noch viel zu tun gibt - insbesondere was die Vermeidung der Landflucht "
         "betrifft - und dass wir der Jugend in diesen Regionen eine bessere Perspektive für die Zukunft geben müssen.\" Im "
         "Mai 2024 wird sich deshalb eine Jugendkonferenz des Bundesrats mit Jugendlichen aus Österreich, der Slowakei und "
         "Tschechien mit den Anliegen der jungen Bevölkerung der Grenzregionen befassen.")

add(id="ho439-parl-person-goell-praesidentschaft-2024",
    title="Margit Göll (aktiv)",
    url="http://www.parlament.gv.at/person/23966",
    retrieved="same address (stored member page of the Austrian Parliament's website for Margit Göll, section "
              "'Präsidentschaft', written during her presidency of the Bundesrat in the first half of 2024 in the style of "
              "the Parliament's press texts; used under the PK terms as rule 136 uses a topic page (rule 2300, an inference "
              "the main session can drop with this document); the page heading 'Margit Göll (aktiv)' is the first line as "
              "stored and the section label 'Präsidentschaft' a line of its own (rules 18, 2300); the trailing link label "
              "'Meldungen der Parlamentskorrespondenz:', whose links are not in the stored copy, dropped as site furniture "
              "(rule 93); the published hyphens in '- insbesondere … betrifft -' kept (rule 20))",
    license=PK,
    paras=["Präsidentschaft",
           "Margit Göll ist seit 1. Jänner 2024 Bundesratspräsidentin.",
           MG_P2,
           "Auch der traditionelle \"Bundesrat im Bundesland\" wird in eine Grenzregion führen. Bei diesem Format treffen "
           "einander die Mitglieder des Bundesrats im jeweiligen Vorsitzland. In Gmünd (Niederösterreich) und in Borovany "
           "(Tschechien) wird Margit Göll ihren Kolleginnen und Kollegen im Bundesrat die grenzüberschreitende "
           "Zusammenarbeit zwischen Österreich und der Tschechischen Republik vorstellen. Mit lokalen Vertreterinnen und "
           "Vertretern der Grenzregion und den Mitgliedern des Bundesrats wird sie über weiteres Potenzial zur Optimierung "
           "grenzüberschreitender Projekte sprechen."],
    # the quotation before its cue 'erklärt Margit Göll' and the cue-less quotation that continues it (NOTES.md,
    # rule 8); the name of the Bundesrat's meeting format is null (rules 2, 48)
    quotes=[(cut(MG_P2, "\"Als Bürgermeisterin", "können\""), GOELL),
            (cut(MG_P2, "\"Ich weiß", "müssen.\""), GOELL),
            ("\"Bundesrat im Bundesland\"", None)],
    aliases={GOELL: ["Margit Göll"]})
