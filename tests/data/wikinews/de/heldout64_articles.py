# Sixty-fourth held-out German real-news set (tests/data/heldout64-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 450). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text
# against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: releases of the Austrian Parliament's Parlamentskorrespondenz: three on the OTS press-release service (2016,
# 2019) and one of 2015 as reposted by the Österreich Journal (oe-journal.at, dateline 'Wien (pk)'). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURES = "Doris Bures"

# --- Parlamentskorrespondenz on OTS: Bures on the International Day of Democracy, 2019 ---

DEMO_P1 = ("Wien (PK) - Wien(PK) - Die Entwicklungen der letzten Monate seien \"ein Grund zur Wachsamkeit\", so die Zweite "
           "Nationalratspräsidentin Doris Bures anlässlich des morgigen Internationalen Tages der Demokratie. Die am "
           "Donnerstag veröffentlichte Integral-Studie unterstreiche dies. Die Umfrage ergab, dass neun von zehn "
           "ÖsterreicherInnen die generelle Idee der Demokratie für eine gute Sache halten. Allerdings sehen auch vier von "
           "zehn Menschen in unserem Land die Demokratie derzeit in Gefahr.")
DEMO_P2 = ("\"So erfreulich die hohen Zustimmungsraten zur Demokratie auch sind. Die Sorgen von 40% der Österreicherinnen "
           "und Österreicher müssen gehört werden. Unsere Demokratie ist dann stark und wehrhaft, wenn es genug Menschen "
           "gibt, die ihre Werte leben. Ich sehe keinen Grund zur Gefahr, aber sehr wohl Grund zur Wachsamkeit\", so Bures. "
           "Unsere Demokratie sei nur dann wehrhaft, wenn Grundfreiheiten wie Menschenrechte, Pressefreiheit und ein "
           "starker Parlamentarismus außer Streit stünden.")
DEMO_P3 = ("Mit Blick auf den wachsenden Rechtsextremismus meint die Zweite Nationalratspräsidentin Bures: \"Unsere "
           "Demokratie kennt viele Werkzeuge um sich zu verteidigen. Diese müssen mit aller Konsequenz eingesetzt werden. "
           "Gerade wenn es darum geht, den Rechtsextremismus zurück zu drängen!\"")
DEMO_P4 = ("Ein Grundpfeiler unserer Demokratie sei der gegenseitige Respekt, der auch in tagespolitischen "
           "Auseinandersetzung voran gestellt werden müsse. Bures: \"Auch im Wahlkampf müssen über alle Parteigrenzen "
           "hinweg die Grundsätze unserer Demokratie verteidigen werden. Es braucht wieder mehr Glaubwürdigkeit, "
           "Kompromissfähigkeit und Dialogbereitschaft! Denn es gibt auch einen Tag nach der Wahl.\"")

add(id="ho64-pk-ots-2019-09-14-bures-tag-der-demokratie",
    title="Bures zum Tag der Demokratie: Wir haben Grund zur Wachsamkeit",
    url="https://www.ots.at/presseaussendung/OTS_20190914_OTS0005/"
        "bures-zum-tag-der-demokratie-wir-haben-grund-zur-wachsamkeit",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz of 14 September 2019; the stored copy's "
              "crawl-date prefix ' date 2019-09' dropped (as in the earlier OTS sets); the subtitle 'Zweite Nationalratspräsidentin mahnt "
              "Dialogbereitschaft zwischen den Parteien ein: Es gibt auch einen Tag nach der Wahl' kept as a line of its "
              "own (rule 18); the doubled dateline 'Wien (PK) - Wien(PK) -' kept as published (rule 20); the end mark "
              "'(Schluss) red' dropped (rule 48); complete in the stored copy)",
    license=PK,
    paras=["Zweite Nationalratspräsidentin mahnt Dialogbereitschaft zwischen den Parteien ein: Es gibt auch einen Tag "
           "nach der Wahl",
           DEMO_P1,
           DEMO_P2,
           DEMO_P3,
           DEMO_P4],
    quotes=[("\"ein Grund zur Wachsamkeit\"", BURES),
            (cut(DEMO_P2, "\"So erfreulich", "zur Wachsamkeit\""), BURES),
            (cut(DEMO_P3, "\"Unsere", "zu drängen!\""), BURES),
            (cut(DEMO_P4, "\"Auch im", "nach der Wahl.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Bures", "Zweite Nationalratspräsidentin",
                     "die Zweite Nationalratspräsidentin Doris Bures", "Zweite Nationalratspräsidentin Bures"]})

# --- Parlamentskorrespondenz reposted by the Österreich Journal: Bures opens the Lehrlingsforum, 2015 ---

LEHR_P2 = ("Bures begrüßte sie mit den Worten: \"Als ich vor etwas mehr als einem Jahr Nationalratspräsidentin geworden "
           "bin, habe ich in diesem Haus viele tolle Einrichtungen kennengelernt. Eine davon war die Demokratiewerkstatt. "
           "Aber etwas hat gefehlt – und das waren Sie. Darum haben wir Ihnen heute den Roten Teppich ausgerollt - über "
           "den sonst nur Staatsgäste gehen. 80.000 Kinder und Jugendliche haben die Demokratiewerkstatt des Parlaments "
           "bisher besucht. Darunter waren aber so gut wie keine Lehrlinge. Das ändern wir ab heute.\" Rund 1.000 "
           "Lehrlinge sollen von nun an jährlich ins Lehrlingsforum der Demokratiewerkstatt kommen, so die "
           "Nationalratspräsidentin.")
LEHR_P4 = ("Das auf Initiative der Nationalratspräsidentin geschaffene Lehrlingsforum soll Lehrlingen die Bedeutung von "
           "Politik und Demokratie vermitteln, das Interesse an politischer Beteiligung wecken und dabei an die reale "
           "Erfahrungswelt der jungen Menschen anknüpfen. Lehrlinge aus ganz Österreich im Alter von 15 bis 24 Jahren "
           "können dabei an drei thematisch unterschiedlichen Workshops teilnehmen, die in Kooperation mit der "
           "Bundesjugendvertretung eigens für diese Zielgruppe konzipiert worden sind. Die rund vierstündigen Workshops "
           "des Lehrlingsforums sind unterteilt in die Bereiche \"Parlament\", \"Demokratie\" und \"PolitikerInnen\".")

add(id="ho64-pk-oej-2015-11-18-bures-lehrlingsforum",
    title=None,
    url="http://oe-journal.at/Aktuelles/!2015/1115/W3/31911pkBures.htm",
    retrieved="same address (the Parlamentskorrespondenz's release of 18 November 2015, dateline 'Wien (pk)', as reposted "
              "by the Österreich Journal (rule 31); the stored copy begins with the subtitle line 'Die "
              "Nationalratspräsidentin eröffnete am 18.11. das erste Lehrlingsforum der Demokratiewerkstatt mit 20 "
              "Lehrlingen der Wiener Stadtwerke', kept as the first line without a title (rule 32); the stored copy wraps "
              "its lines at a fixed width: the wraps are joined with one space, a paragraph break is kept where a line "
              "ends a sentence and the next opens a new one ('… waren.' / 'Bures begrüßte …') and before and after the "
              "subheading 'Drei Schwerpunkte: Parlament, Demokratie und PolitikerInnen', and a wrap inside an open "
              "quotation is joined (rule 451); the paragraph 'Nationalratspräsidentin Bures: \"Demokratie funktioniert "
              "nur, wenn alle mitmachen. Junge und Alte, Frauen und Mä', cut off in the stored copy, dropped with its "
              "unclosed quotation (rule 15))",
    license=PK,
    paras=["Die Nationalratspräsidentin eröffnete am 18.11. das erste Lehrlingsforum der Demokratiewerkstatt mit 20 "
           "Lehrlingen der Wiener Stadtwerke",
           "Wien (pk) - Nationalratspräsidentin Doris Bures eröffnete am 18.11. das erste Lehrlingsforum der "
           "Demokratiewerkstatt. In diesem Rahmen begrüßte Bures um 10.00 Uhr in der Demokratiewerkstatt des Parlaments "
           "im Palais Epstein 20 Lehrlinge der Wiener Stadtwerke, die über einen Roten Teppich in den Festsaal geleitet "
           "wurden - und somit die ersten TeilnehmerInnen des Lehrlingsforums waren.",
           LEHR_P2,
           "Drei Schwerpunkte: Parlament, Demokratie und PolitikerInnen",
           LEHR_P4],
    quotes=[(cut(LEHR_P2, "\"Als ich", "ab heute.\""), BURES),
            ("\"Parlament\"", None),
            ("\"Demokratie\"", None),
            ("\"PolitikerInnen\"", None)],
    aliases={BURES: ["Doris Bures", "Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin",
                     "die Nationalratspräsidentin"]})

# --- Parlamentskorrespondenz on OTS: open day of the Parliament, 2019 ---

UNTERNEHMER = "Unternehmer"
TDOT_P2 = ("Zu den ersten Gästen, die einen Blick hinter die Kulissen des Hohen Hauses werfen wollen, gehören fünf junge "
           "Theologiestudenten aus Österreich, Deutschland, der Ukraine und Sri Lanka. Er interessiere sich sehr für die "
           "Arbeit des Parlaments und kenne den derzeitigen Sitzungssaal noch nicht, erklärt einer von ihnen. Auch ein "
           "Unternehmer aus Wöllersdorf möchte endlich einmal die aktuelle \"Schaltstelle der Demokratie\" kennenlernen. "
           "Er war vor 40 Jahren das letzte Mal im Parlament, damals noch \"als Jungbürger\", und hat sich vorgenommen, "
           "auch bei der Plenarsitzung im Dezember vorbeizuschauen.")

add(id="ho64-pk-ots-2019-10-26-tag-der-offenen-tuer",
    title="Parlament: Tag der offenen Tür lockt auch heuer wieder tausende BesucherInnen",
    url="https://www.ots.at/presseaussendung/OTS_20191026_OTS0019/"
        "parlament-tag-der-offenen-tuer-lockt-auch-heuer-wieder-tausende-besucherinnen",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz of 26 October 2019; the stored copy's "
              "crawl-date prefix ' date 2019-10' dropped (as in the earlier OTS sets); the subtitle 'Fotopoint im Sitzungssaal, offene "
              "Präsidentenbüros und breites Informationsangebot stoßen auf reges Interesse' kept as a line of its own "
              "(rule 18); the paragraph 'Der immer wieder geäußerten Kritik, dass sich die Jungen nicht für Politik "
              "interessieren, … und allein gekomme', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Fotopoint im Sitzungssaal, offene Präsidentenbüros und breites Informationsangebot stoßen auf reges Interesse",
           "Wien (PK) - Punkt zehn Uhr war es heute wieder soweit. Nationalratspräsident Wolfgang Sobotka und "
           "Bundesratspräsident Karl Bader haben das Tor zum Haupteingang des Parlaments in der Hofburg geöffnet, um die "
           "ersten Besucherinnen und Besucher am Tag der offenen Tür zu empfangen. Gemeinsam mit ihnen hießen Zweite "
           "Nationalratspräsidentin Doris Bures und Dritter Nationalratspräsident Norbert Hofer die Gäste am Josefsplatz "
           "willkommen. Auch wenn das historische Parlamentsgebäude aufgrund der laufenden Sanierung derzeit geschlossen "
           "ist - das Interesse der BürgerInnen an der Arbeit des Parlaments ist ungebrochen hoch, wie sich schon in den "
           "Vormittagsstunden zeigte. Auch viele TouristInnen nutzen die Gelegenheit, sonst für die Öffentlichkeit nicht "
           "zugängliche Räume in der Hofburg und im Palais Epstein zu besichtigen.",
           TDOT_P2],
    quotes=[("\"Schaltstelle der Demokratie\"", UNTERNEHMER),
            ("\"als Jungbürger\"", UNTERNEHMER)],
    aliases={UNTERNEHMER: ["Unternehmer", "ein Unternehmer aus Wöllersdorf"]})

# --- Parlamentskorrespondenz on OTS: Bundesrat President Lindner receives Conchita, 2016 ---

LINDNER = "Mario Lindner"
CONCHITA_P1 = ("Wien (PK) - Einen Tag nach seiner Abschlussrede in der Länderkammer empfing Bundesratspräsident Mario "
               "Lindner seinen letzten offiziellen Gast im Hohen Haus: die Song-Contest-Gewinnerin und Künstlerin "
               "Conchita. \"In den letzten Monaten durfte ich in diesem Haus viele beeindruckende und tolle "
               "Persönlichkeiten empfangen. Dass Conchita heute mein letzter Gast als Bundesratspräsident war, ist aber "
               "eine ganz besondere Ehre\", so Lindner.")

add(id="ho64-pk-ots-2016-12-22-lindner-conchita",
    title="Bundesratspräsident empfängt Conchita im Parlament",
    url="http://www.ots.at/presseaussendung/OTS_20161222_OTS0127/bundesratspraesident-empfaengt-conchita-im-parlament",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz of 22 December 2016; the stored copy's "
              "crawl-date prefix ' date 2016-12' dropped (as in the earlier OTS sets); the subtitle 'Song-Contest-Gewinnerin war letzter "
              "Gast von Präsident Lindner' kept as a line of its own (rule 18); the end mark '(Schluss) red' dropped "
              "(rule 48); complete in the stored copy)",
    license=PK,
    paras=["Song-Contest-Gewinnerin war letzter Gast von Präsident Lindner",
           CONCHITA_P1,
           "Der Bundesratspräsident, den eine langjährige Freundschaft mit der Ausnahmekünstlerin verbindet, hat das Thema "
           "Gleichberechtigung in seiner Amtszeit zum zentralen Thema gemacht. Conchitas Besuch im Parlament unterstreicht "
           "diesen Schwerpunkt nochmals besonders."],
    quotes=[(cut(CONCHITA_P1, "\"In den", "besondere Ehre\""), LINDNER)],
    aliases={LINDNER: ["Mario Lindner", "Lindner", "Bundesratspräsident Mario Lindner", "Bundesratspräsident",
                       "Präsident Lindner"]})
