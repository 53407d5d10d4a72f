# Hundred-and-first held-out German real-news set (tests/data/heldout101-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 820). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the
# same time). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see the section "Hundred-and-first held-out set" of SOURCES.md: texts of the German Federal Government on
# bundesregierung.de (a press release of the Kulturstaatsministerin, a news item with the Government Spokesperson's words, an
# interview with the Commissioner for the new Länder; licence BREG). Stored copies are the `search` tool's
# `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture
# is dropped (rules 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de, August 2021: press release 286 of the BPA on the 60th anniversary of the building of the Wall ---

GRUETTERS = "Monika Grütters"
MAUER_TITLE = ("60. Jahrestag des Mauerbaus / Kulturstaatsministerin Grütters: \"Aufarbeitung der SED-Diktatur und die "
               "Erinnerung an ihre Opfer bleiben eine zentrale Aufgabe für die Zukunft\"")
MAUER_P2 = ("Kulturstaatsministerin Monika Grütters: „Wir sind es den Opfern von Mauer und Schießbefehl schuldig, uns weiter "
            "an das Leid zu erinnern, das die kommunistische Gewaltherrschaft über unzählige Menschen gebracht hat. Aber die "
            "Erinnerung soll auch den Menschen, die den Schrecken eines totalitären Unrechtsregimes nie selbst erleben "
            "mussten, den Wert demokratischer Grundrechte wie auch die Gefahren totalitärer Ideologien vermitteln. Die "
            "Aufarbeitung der SED-Diktatur und die Erinnerung an ihre Opfer bleiben eine zentrale Aufgabe für die Zukunft. "
            "Der Bund wird dafür auch weiterhin erhebliche Mittel zur Verfügung stellen.“")

add(id="ho101-breg-2021-08-gruetters-mauerbau-60",
    title=MAUER_TITLE,
    url="https://www.bundesregierung.de/breg-de/bundesregierung/staatsministerin-fuer-kultur-und-medien/aktuelles/"
        "60-jahrestag-des-mauerbaus-kulturstaatsministerin-gruetters-aufarbeitung-der-sed-diktatur-und-die-erinnerung-an-"
        "ihre-opfer-bleiben-eine-zentrale-aufgabe-fuer-die-zukunft--1950024",
    retrieved="same address (stored copy of press release 286 of the Presse- und Informationsamt der Bundesregierung of "
              "August 2021; the headline, which the stored copy repeats, kept once; the list lines 'Pressemitteilung 286' "
              "and 'Presse- und Informationsamt der Bundesregierung (BPA)' dropped as furniture (as in the thirty-third "
              "set); the double space in 'unter anderem  die Stiftung Berliner Mauer' kept as published (rule 20); the last "
              "paragraph 'Die zentrale Gedenkveranstaltung zur Erinnerung an den Bau der Berliner Maue', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Anlässlich des 60. Jahrestages des Baus der Berliner Mauer am 13. August 1961 trifft sich Kulturstaatsministerin "
           "Monika Grütters heute im Tränenpalast in Berlin zu einer Podiumsdiskussion mit Zeitzeuginnen und Zeitzeugen aus "
           "drei Generationen. Im Mittelpunkt des Gesprächs stehen die Fragen, welche Bedeutung der Mauerbau im "
           "Geschichtsbild der jüngeren Generationen hat und wie sich junge Menschen für die Auseinandersetzung mit der "
           "kommunistischen Diktatur motivieren lassen.",
           MAUER_P2,
           "Zu den von der Beauftragten der Bundesregierung für Kultur und Medien geförderten Einrichtungen zählen unter "
           "anderem  die Stiftung Berliner Mauer, die Stiftung Aufarbeitung, das deutsch-deutsche Museum in Mödlareuth, die "
           "Gedenkstätten Berlin Hohenschönhausen und Deutsche Teilung Marienborn sowie die Initiativgruppe Geschlossener "
           "Jugendwerkhof Torgau."],
    quotes=[(cut(MAUER_TITLE, "\"Aufarbeitung", "Zukunft\""), GRUETTERS),
            (cut(MAUER_P2, "„Wir sind es", "stellen.“"), GRUETTERS)],
    aliases={GRUETTERS: ["Monika Grütters", "Kulturstaatsministerin Monika Grütters", "Kulturstaatsministerin Grütters",
                         "Grütters", "Kulturstaatsministerin",
                         "Beauftragten der Bundesregierung für Kultur und Medien"]})

# --- bundesregierung.de, November 2017: the Chancellor's condolences after the Sutherland Springs shooting ---

MERKEL = "Angela Merkel"
SEIBERT = "Steffen Seibert"
TEXAS_P1 = ("Nach der Gewalttat in den USA hat die Bundeskanzlerin Präsident Trump kondoliert. \"Angesichts des Leids so "
            "vieler unschuldiger Menschen, die sich friedlich zum Gebet versammelt hatten, möchte ich Ihnen mein tiefes "
            "Mitgefühl übermitteln\", so Merkel.")
TEXAS_P4 = ("Die Gewalttat, vor der Amerika und die Freunde Amerikas stünden, mache \"fassungslos\", sagte "
            "Regierungssprecher Steffen Seibert am Montag. Bundeskanzlerin Angela Merkel und die gesamte Bundesregierung "
            "trauerten \"mit den Menschen von Sutherland Springs um die 26 Männer, Frauen und Kinder, die umgebracht "
            "wurden.\"")
TEXAS_P5 = ("Die Opfer hatten sich zur Tatzeit in einer Kirche zum Gottesdienst versammelt. Die Bundesregierung hoffe mit den "
            "Angehörigen und den Familien, \"dass sie in diesen dunklen Stunden Kraft und Trost finden\", so Seibert weiter.")

add(id="ho101-breg-2017-11-merkel-kondoliert-trump",
    title="Nach Massaker in Texas Merkel kondoliert Trump",
    url="https://www.bundesregierung.de/breg-de/aktuelles/merkel-kondoliert-trump-475932",
    retrieved="same address (stored news item of November 2017; the title line 'Merkel kondoliert Trump', a repetition of "
              "the headline, dropped and the kicker and headline run together in one line kept as the first line (rule "
              "150); '1 Min. Lesedauer', the image text 'Einsatzkräfte vor der Baptistenkirche in Sutherland Springs, "
              "Texas.', the caption 'Die Gewalttat, vor der Amerika und seine Freunde stünden, mache \"fassungslos\", "
              "sagte Seibert.' and the credit 'Foto: picture alliance/AP Photo' dropped (rules 93, 150); the rest complete "
              "as stored)",
    license=BREG,
    paras=[TEXAS_P1,
           "Sie habe mit großer Trauer und Bestürzung von der \"abscheulichen Gewalttat\" in Sutherland Springs erfahren, so "
           "die Bundeskanzlerin.",
           "Regierungssprecher Seibert sprach den Angehörigen der Opfer des Überfalls auf eine Kirche in Texas das Beileid "
           "der Bundesregierung aus. Das Verbrechen sprenge alle Vorstellungen, sagte er in der Bundespressekonferenz in "
           "Berlin.",
           TEXAS_P4,
           TEXAS_P5],
    quotes=[(cut(TEXAS_P1, "\"Angesichts", "übermitteln\""), MERKEL),
            ("\"abscheulichen Gewalttat\"", MERKEL),
            ("\"fassungslos\"", SEIBERT),
            (cut(TEXAS_P4, "\"mit den Menschen", "wurden.\""), SEIBERT),
            (cut(TEXAS_P5, "\"dass sie", "finden\""), SEIBERT)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin"],
             SEIBERT: ["Steffen Seibert", "Regierungssprecher Steffen Seibert", "Regierungssprecher Seibert", "Seibert",
                       "Regierungssprecher"]})

# --- bundesregierung.de archive, March 2020: interview with the Commissioner for the new Länder ---

WANDERWITZ = "Marco Wanderwitz"
WW_P4 = ("Marco Wanderwitz: Ich war gerade 14 Jahre alt geworden, als die Mauer fiel. Ich bin dann relativ schnell weiter "
         "politisiert worden, wie man so sagt. Ich kann mich noch gut entsinnen an die große Kundgebung unter anderem mit "
         "Helmut Kohl und Lothar de Maizière in Chemnitz mit rund 200.000 Teilnehmern im Winter. So etwas bleibt einem in "
         "Erinnerung, es war eine bewegte Zeit. Für mich war damals das Prägende der Übergang von \"Wir sind das Volk\" zu "
         "\"Wir sind ein Volk\", zur Wiedervereinigung eben, was auch der Wille der großen Mehrheit der Menschen war.")

add(id="ho101-breg-2020-03-wanderwitz-interview",
    title="Beauftragter für die neuen Länder im Interview \"Wir haben unheimlich viel geschafft\"",
    url="https://www.bundesregierung.de/breg-de/service/archiv/interview-marco-wanderwitz-1731870",
    retrieved="same address (stored archive page of the interview of March 2020; the title line '\"Wir haben unheimlich "
              "viel geschafft\"', a repetition of the headline, dropped and the kicker and headline run together in one "
              "line kept as the first line (rule 150); '7 Min. Lesedauer', the image text 'Marco Wanderwitz, Beauftragter "
              "der Bundesregierung für die neuen Bundesländer', the caption 'Marco Wanderwitz ist seit Februar 2020 "
              "Beauftragter der Bundesegierung für die neuen Bundesländer.' and the credit 'Foto: wanderwitz.de' dropped "
              "(rule 93); the trailing space after the teaser dropped; the second answer 'Wanderwitz: Die Wiedervereinigung "
              "ist für viele … das große Glücksgefühl der', cut off in the stored copy, dropped (rule 15); the question "
              "before it kept as the complete paragraph it is)",
    license=BREG,
    paras=["Vor 30 Jahren fanden die ersten und einzigen freien Wahlen in der DDR statt. Auch für Marco Wanderwitz, den "
           "Beauftragten der Bundesregierung für die neuen Länder, war das eine prägende Zeit. Ein Gespräch über das "
           "Glücksgefühl der Deutschen Einheit, das neue, gesamtdeutsche Fördersystem - und seine Rolle als Anwalt für die "
           "neuen Länder.",
           "Als vor 30 Jahren die ersten und einzigen freien Wahlen zur Volkskammer der DDR stattfanden, waren Sie als "
           "Jugendlicher noch nicht wahlberechtigt. Was ist Ihre Erinnerung an diesen Tag und diese Phase auf dem Weg zur "
           "Deutschen Einheit?",
           WW_P4,
           "Meinen Sie, dass das die neuen Länder auch heute, 30 Jahre später, noch prägt, diese Erfahrung von damals?"],
    quotes=[("\"Wir haben unheimlich viel geschafft\"", WANDERWITZ),
            ("\"Wir sind das Volk\"", None),
            ("\"Wir sind ein Volk\"", None)],
    aliases={WANDERWITZ: ["Marco Wanderwitz", "Wanderwitz", "Beauftragter für die neuen Länder",
                          "Beauftragten der Bundesregierung für die neuen Länder"]})
