# Two-hundred-and-thirty-sixth held-out German real-news set (tests/data/heldout236-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rule of this set, 1660). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page number against every
# source/url field and every address named in the modules and SOURCES.md files of tests/data and of /work/wt-heldout*,
# and by a distinctive phrase of each text). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirty-sixth held-out set": news items of the German Federal
# Government (bundesregierung.de and bundeskanzlerin.de) on the Chancellor's trip to Africa of October 2016. Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

add(id="ho236-breg-2016-10-afrika-wichtiger-partner",
    title="Afrika - wichtiger Partner der EU",
    url="https://www.bundesregierung.de/breg-de/aktuelles/afrika-wichtiger-partner-der-eu-248344",
    retrieved="same address (stored page of October 2016; the kicker and the headline, which the stored copy runs together "
              "in its second line ('Reise der Kanzlerin Afrika - wichtiger Partner der EU'), kept so (rules 18, 20); the "
              "reading-time line '2 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel wird auf dem Flughafen "
              "von Niamey von Issoufou Mahamadou, dem Präsidenten der Republik Niger, begrüßt.', the caption "
              "'Bundeskanzlerin Merkel bei ihrer Ankunft in Niger.' and the credit 'Foto: Bundesregierung/Steins' dropped "
              "(rule 14); the subheadings 'Station Mali' and 'Station Niger' kept as lines of their own (rule 18); the "
              "last paragraph 'Außerdem besuchte die Kanzlerin ein Zentrum der International Organisation for Migration "
              "(IOM), in d', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Reise der Kanzlerin Afrika - wichtiger Partner der EU",
           "Für die Bundeskanzlerin steht das Wohl Afrikas im Interesse Deutschlands und Europas. Während der deutschen "
           "G20-Präsidentschaft 2017 werde Afrika als Zukunftskontinent deshalb eine große Rolle spielen, sagte Merkel im "
           "Rahmen ihrer Afrika-Reise.",
           "Als Hauptmotor für die wirtschaftliche Integration sei insbesondere die Afrikanische Union ein zentraler "
           "Partner der Europäischen Union, erklärte Bundeskanzlerin Angela Merkel während ihrer dreitägigen Afrika-Reise.",
           "Station Mali",
           "Bei ihrem Besuch in Mali am 9. Oktober traf die Bundeskanzlerin mit dem malischen Präsidenten Ibrahim "
           "Boubacar Keita zusammen. Sie sagte ihm weitere Unterstützung für sein Land zu. \"Wir wollen einen Beitrag dazu "
           "leisten, dass Mali stabilisiert wird und eine gute Entwicklung nehmen kann\", erklärte sie nach dem Gespräch. "
           "Deutschland werde seine Entwicklungshilfe im Bereich der Wasserversorgung und Landwirtschaft verstärken.",
           "Außerdem kündigte sie deutsche Hilfe im Bereich der Bildung und Ausbildung an: \"Es ist ganz, ganz wichtig, "
           "dass die Länder Afrikas nicht die besten Köpfe verlieren, sodass sich diese dann nicht für den Aufbau des "
           "eigenen Landes einsetzen können\", sagte Merkel.",
           "Merkel traf in Mali auch mit deutschen Soldatinnen und Soldaten der UN-Friedensmission MINUSMA zusammen und "
           "informierte sich über deren Arbeit.",
           "Station Niger",
           "Im Mittelpunkt eines Gesprächs mit Staatspräsident Mahamadou Issoufou bei ihrem anschließenden Besuch in "
           "Niger am 10. Oktober standen die nigrische Migrationspolitik und eine geplante Migrationspartnerschaft mit "
           "der EU."],
    quotes=[("\"Wir wollen einen Beitrag dazu leisten, dass Mali stabilisiert wird und eine gute Entwicklung nehmen "
             "kann\"", MERKEL),
            ("\"Es ist ganz, ganz wichtig, dass die Länder Afrikas nicht die besten Köpfe verlieren, sodass sich diese "
             "dann nicht für den Aufbau des eigenen Landes einsetzen können\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})

add(id="ho236-bkin-2016-10-hilfe-muss-bei-den-menschen-ankommen",
    title="Hilfe muss bei den Menschen ankommen",
    url="https://www.bundeskanzlerin.de/bkinm-de/aktuelles/hilfe-muss-bei-den-menschen-ankommen-457628",
    retrieved="same address (stored page of October 2016 on the Chancellor's site; the kicker and the headline, run "
              "together in the stored copy's second line ('Afrika-Reise der Kanzlerin Hilfe muss bei den Menschen "
              "ankommen'), kept so (rules 18, 20); the image text and caption 'Bundeskanzlerin Angela Merkel wird bei der "
              "Ankunft in Niger vom Präsidenten Issoufou Mahamadou begrüßt.' (twice) and the credit 'Foto: "
              "Bundesregierung/Steins' dropped (rule 14); the subheading 'Wichtiges Transitland' kept as a line of its "
              "own (rule 18); the bullet marks '• ' of the list kept as stored (rule 20); the last bullet 'Im Raum von "
              "Agadez im Norden des Landes wird Deutschland Niger dabei unterstützen, … 2017', cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG,
    paras=["Afrika-Reise der Kanzlerin Hilfe muss bei den Menschen ankommen",
           "Im Rahmen ihrer Afrika-Reise ist die Bundeskanzlerin nach Niger weitergereist. Im Mittelpunkt ihres Gesprächs "
           "mit Staatspräsident Mahamadou Issoufou standen die nigrische Migrationspolitik und eine geplante "
           "Migrationspartnerschaft mit der EU.",
           "Niger ist die zweite Station der Afrika-Reise von Bundeskanzlerin Angela Merkel. Mit Staatspräsident Mahamadou "
           "Issoufou sprach die Kanzlerin über die Entwicklungszusammenarbeit, die nigrische Migrationspolitik und eine "
           "geplante Migrationspartnerschaft mit der EU. \"Wir wollen auf die langjährig erprobte "
           "Entwicklungszusammenarbeit mit Niger aufbauen\", sagte Merkel. Hierbei stünden Projekte zur Wasserwirtschaft, "
           "Landwirtschaft und Bildung im Mittelpunkt der deutschen Unterstützung.",
           "Wichtiges Transitland",
           "Niger ist eines der wichtigsten Transitländer für Migranten, die in den Norden Afrikas und teilweise nach "
           "Europa zu gelangen versuchen. Vor diesem Hintergrund kündigte die Bundeskanzlerin auf einer Pressekonferenz "
           "an, dass Deutschland zusätzlich zu den bereits bestehenden Schwerpunkten in drei weiteren Bereichen mit Niger "
           "zusammenarbeiten möchte.",
           "• Bei der Bekämpfung der illegalen Migration will Deutschland Niger helfen, das bestehende Netz von "
           "Drogenschmuggel, Waffenschmuggel und Menschenschmuggel zu zerschlagen. Diese Kräfte finanzieren und stärken "
           "sich untereinander. Um sie zu bekämpfen, wird Deutschland im nächsten Jahr zehn Millionen Euro einsetzen, "
           "insbesondere zur Beschaffung von Fahrzeugen und Kommunikationstechnik."],
    quotes=[("\"Wir wollen auf die langjährig erprobte Entwicklungszusammenarbeit mit Niger aufbauen\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin"]})
