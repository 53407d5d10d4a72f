# Sixty-ninth held-out German real-news set (tests/data/heldout69-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 500). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text
# against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see the section "Sixty-ninth held-out set" of SOURCES.md (to be added by the main session): releases of the
# Austrian Parliament's Parlamentskorrespondenz (licence PK) as reposted by the Österreich Journal (oe-journal.at) and by
# another site that reproduces OTS releases. Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Österreich Journal: repost of a Parlamentskorrespondenz release of November 2015 ---

BURES = "Doris Bures"
LF_P3 = ("Bures begrüßte sie mit den Worten: \"Als ich vor etwas mehr als einem Jahr Nationalratspräsidentin geworden bin, "
         "habe ich in diesem Haus viele tolle Einrichtungen kennengelernt. Eine davon war die Demokratiewerkstatt. Aber "
         "etwas hat gefehlt – und das waren Sie. Darum haben wir Ihnen heute den Roten Teppich ausgerollt - über den sonst "
         "nur Staatsgäste gehen. 80.000 Kinder und Jugendliche haben die Demokratiewerkstatt des Parlaments bisher "
         "besucht. Darunter waren aber so gut wie keine Lehrlinge. Das ändern wir ab heute.\" Rund 1.000 Lehrlinge sollen "
         "von nun an jährlich ins Lehrlingsforum der Demokratiewerkstatt kommen, so die Nationalratspräsidentin.")
LF_P5 = ("Das auf Initiative der Nationalratspräsidentin geschaffene Lehrlingsforum soll Lehrlingen die Bedeutung von "
         "Politik und Demokratie vermitteln, das Interesse an politischer Beteiligung wecken und dabei an die reale "
         "Erfahrungswelt der jungen Menschen anknüpfen. Lehrlinge aus ganz Österreich im Alter von 15 bis 24 Jahren können "
         "dabei an drei thematisch unterschiedlichen Workshops teilnehmen, die in Kooperation mit der "
         "Bundesjugendvertretung eigens für diese Zielgruppe konzipiert worden sind. Die rund vierstündigen Workshops des "
         "Lehrlingsforums sind unterteilt in die Bereiche \"Parlament\", \"Demokratie\" und \"PolitikerInnen\".")

add(id="ho69-oej-2015-11-bures-lehrlingsforum",
    title="Die Nationalratspräsidentin eröffnete am 18.11. das erste Lehrlingsforum der Demokratiewerkstatt mit 20 "
          "Lehrlingen der Wiener Stadtwerke",
    url="http://oe-journal.at/Aktuelles/!2015/1115/W3/31911pkBures.htm",
    retrieved="same address (the Österreich Journal's repost of the Parlamentskorrespondenz release of 18.11.2015, dateline "
              "'Wien (pk)'; the stored copy begins with the subtitle, which it breaks after 'Demokratiewerkstatt' and which "
              "is kept as the title, joined (rule 48); hard line breaks inside paragraphs joined with a space (rule 48); the "
              "subheading 'Drei Schwerpunkte: Parlament, Demokratie und PolitikerInnen' kept as a line of its own (rule 18); "
              "the last paragraph 'Nationalratspräsidentin Bures: \"Demokratie funktioniert nur, wenn alle mitmachen. Junge "
              "und Alte, Frauen und Mä', cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=PK,
    paras=["Wien (pk) - Nationalratspräsidentin Doris Bures eröffnete am 18.11. das erste Lehrlingsforum der "
           "Demokratiewerkstatt. In diesem Rahmen begrüßte Bures um 10.00 Uhr in der Demokratiewerkstatt des Parlaments "
           "im Palais Epstein 20 Lehrlinge der Wiener Stadtwerke, die über einen Roten Teppich in den Festsaal geleitet "
           "wurden - und somit die ersten TeilnehmerInnen des Lehrlingsforums waren.",
           LF_P3,
           "Drei Schwerpunkte: Parlament, Demokratie und PolitikerInnen",
           LF_P5],
    quotes=[(cut(LF_P3, "\"Als ich", "ab heute.\""), BURES),
            ("\"Parlament\"", None),
            ("\"Demokratie\"", None),
            ("\"PolitikerInnen\"", None)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "die Nationalratspräsidentin"]})

# --- repost of a Parlamentskorrespondenz OTS release of June 2025 ---

EDER = "Andrea Eder-Gitschthaler"
EG_P1 = ("Wien (PK) – Am 1. Juli wird die Steiermark den Vorsitz in der Länderkammer übernehmen. Die scheidende Präsidentin "
         "Andrea Eder-Gitschthaler zog daher aus diesem Anlass zu Beginn der heutigen Bundesratssitzung Bilanz über das "
         "vergangene Halbjahr, das unter dem Motto „Miteinander wachsen – Brücken der Generationen bauen“ stand.")
EG_P3 = ("Da die demografische Entwicklung zweifellos eine der größten aktuellen Herausforderungen darstelle, sei ihr der "
         "Dialog zwischen den Generationen ein zentrales Anliegen gewesen, betonte Eder-Gitschthaler. Dies sei unter "
         "anderem in der Abhaltung der Enquete „Miteinander wachsen – Brücken der Generationen bauen“ zum Ausdruck gekommen, "
         "bei der wichtige Themen gemeinsam mit Expert:innen erörtert wurden.")
EG_P4 = ("Als einen weiteren Meilenstein bezeichnete sie das Expertenforum zur „Zukunft der Pensionen“. Dort wurde deutlich, "
         "dass es „mutige, kluge und nachhaltige Entscheidungen“ brauche, und zwar „nicht irgendwann, sondern jetzt.“ All "
         "dies zeige, dass der Bundesrat mehr sei als eine zweite Kammer, „er ist unsere Zukunftskammer“, zeigte sich "
         "Eder-Gitschthaler überzeugt. Die Mitglieder des Bundesrates würden zu den am besten vernetzten und informierten "
         "Politiker:innen des Landes zählen. Sie bringen das Wissen aus den Regionen, die Stimmen aus den Ländern sowie die "
         "Anliegen der Bürgerinnen und Bürger direkt in die politische Debatte ein. Daraus leitete Eder-Gitschthaler den "
         "klaren Appell ab: „Schenken wir dem Bundesrat mehr Gehör! Nicht nur in den Institutionen, sondern auch in der "
         "öffentlichen Wahrnehmung und in den Medien.“")

add(id="ho69-pk-2025-06-eder-gitschthaler-bilanz",
    title="Eder-Gitschthaler betont die zentrale Rolle des Bundesrats in der aktiven Zukunftsgestaltung",
    url="https://www.schoenheitsmagazin.at/aussendung/eder-gitschthaler-betont-die-zentrale-rolle-des-bundesrats-in-der-"
        "aktiven-zukunftsgestaltung/",
    retrieved="same address (a site's repost of the Parlamentskorrespondenz release of June 2025 on the Bundesrat "
              "president's farewell speech, dateline 'Wien (PK)'; hard line breaks inside paragraphs joined with a space, "
              "the breaks after the hyphen of 'Eder-' / 'Gitschthaler' without one (rule 48); the subheading „Schenken wir "
              "dem Bundesrat mehr Gehör!“ kept as a line of its own (rule 18); the subheading 'Zukunftsfragen brauchen "
              "Sichtbarkeit' and the paragraph after it, 'Die Länderkammer habe sich nämlich viele wichtige Expertisen "
              "erarbeitet, … den ländlichen Regione', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=[EG_P1,
           "„Schenken wir dem Bundesrat mehr Gehör!“",
           EG_P3,
           EG_P4],
    quotes=[("„Miteinander wachsen – Brücken der Generationen bauen“", None, 0),
            ("„Schenken wir dem Bundesrat mehr Gehör!“", EDER),
            ("„Miteinander wachsen – Brücken der Generationen bauen“", None, 1),
            ("„Zukunft der Pensionen“", None),
            ("„mutige, kluge und nachhaltige Entscheidungen“", EDER),
            ("„nicht irgendwann, sondern jetzt.“", EDER),
            ("„er ist unsere Zukunftskammer“", EDER),
            (cut(EG_P4, "„Schenken wir", "Medien.“"), EDER)],
    aliases={EDER: ["Andrea Eder-Gitschthaler", "Eder-Gitschthaler", "Die scheidende Präsidentin Andrea Eder-Gitschthaler"]})
