# Ninety-eighth held-out German real-news set (tests/data/heldout98-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 790). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Ninety-eighth held-out set" of SOURCES.md: news articles and announcements of the German Federal
# Government (bundesregierung.de, bundeskanzlerin.de; licence BREG) on the Chancellor's receptions, dialogues and open day.
# Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), page furniture is dropped (rules 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundeskanzlerin.de, 2014: announcement of the reception for the winners of "Jugend forscht" ---

MERKEL = "Merkel"
JF14_P1 = ("„Jugend forscht ist eine Erfolgsgeschichte. Der Wettbewerb begeistert viele junge Menschen für Naturwissenschaft "
           "und Technik“, so die Bundeskanzlerin. „Diese Bereiche bieten nicht nur spannende Berufsperspektiven, sie sind "
           "auch ausschlaggebend für die Innovationsfähigkeit unseres Landes. Was mich immer besonders beeindruckt, sind die "
           "Ideen und das Können der Preisträgerinnen und Preisträger. Ich freue mich auf die Begegnung mit ihnen.“")

add(id="ho98-breg-bkin-2014-jugend-forscht-empfang",
    title="Bundeskanzlerin Merkel empfängt die Preisträgerinnen und Preisträger des Bundeswettbewerbs „Jugend forscht“",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/bundeskanzlerin-merkel-empfaengt-die-preistraegerinnen-und-preistraeger-des-bundeswettbewerbs-jugend-forscht--751572",
    retrieved="same address (stored announcement of the Federal Government, 2014, of Chancellor Merkel's reception for the "
              "winners of the 49th federal 'Jugend forscht' competition; the headline is the first line (rule 18); the "
              "stored copy is complete and holds no page furniture)",
    license=BREG,
    paras=[JF14_P1,
           "Die Bundeskanzlerin wird bei dem Empfang den „Sonderpreis der Bundeskanzlerin“ für die originellste Arbeit beim "
           "Bundeswettbewerb überreichen. Der Preis ist mit 3.000 Euro dotiert.",
           "Der 16-jährige Preisträger Leonard Bauersfeld aus Lörrach (Baden-Württemberg) wird der Bundeskanzlerin seine "
           "Arbeit vorstellen. Er befasste sich mit einem Sprinkler, der das Wasser anders als üblich nicht ausstößt, sondern "
           "ansaugt. Dabei wies er nach, dass die sogenannte Corioliskraft die Drehung des Sprinklers verursacht. Diese Kraft "
           "sorgt dafür, dass sich auf der Nordhalbkugel die Luft um Tiefdruckgebiete stets gegen den Uhrzeigersinn bewegt.",
           "An dem Empfang im Kanzleramt wird auch Bundesforschungsministerin Johanna Wanka teilnehmen.",
           "Der diesjährige 49. Bundeswettbewerb „Jugend forscht“ stand unter dem Motto „Verwirkliche deine Idee“. 12.300 "
           "Jungforscher und Jungforscherinnen haben mit 6.432 Projekten teilgenommen."],
    # the two marked parts of the first paragraph are one statement split by the cue `so die Bundeskanzlerin` (rule 790:
    # `die Bundeskanzlerin` is Merkel of the headline); competition name, prize name and motto are null (rule 24)
    quotes=[("„Jugend forscht“", None, 0),
            (cut(JF14_P1, "„Jugend forscht ist", "Technik“"), MERKEL),
            (cut(JF14_P1, "„Diese Bereiche", "mit ihnen.“"), MERKEL),
            ("„Sonderpreis der Bundeskanzlerin“", None),
            ("„Jugend forscht“", None, 1),
            ("„Verwirkliche deine Idee“", None)],
    aliases={MERKEL: ["Merkel", "Bundeskanzlerin Merkel", "Bundeskanzlerin"]})

# --- bundesregierung.de, October 2020: the Chancellor thanks carers before the video conference of the Konzertierte Aktion
# Pflege ---

ANGELA = "Angela Merkel"
PFLEGE_P1 = ("Bundeskanzlerin Merkel hat auf den außerordentlichen Einsatz der Pflegerinnen und Pfleger während der "
             "Corona-Pandemie aufmerksam gemacht. \"Ich denke, wir alle sind uns einig, dass sich im Umgang mit den "
             "Schwächeren in unserer Gesellschaft auch zeigt, wie solidarisch diese Gesellschaft ist und wie menschlich "
             "diese Gesellschaft ist\", so die Kanzlerin.")
PFLEGE_P2 = ("Die Pflegerinnen und Pfleger haben in den vergangenen Monaten \"die sehr belastende Situation für Kranke, "
             "pflegebedürftige Menschen, für Menschen mit Behinderung\" so gut wie es ging erträglich gestaltet, betonte "
             "Bundeskanzlerin Angela Merkel im Vorfeld einer Videokonferenz mit den Mitgliedern der Konzertierten Aktion "
             "Pflege. Für das außerordentliche Engagement der Menschen, die in der Pflege arbeiten, wolle sie allen ganz "
             "herzlich danken, so die Kanzlerin.")
PFLEGE_P3 = ("Die Einschränkungen der letzten Monate dienten und dienen dem Schutz der Gesellschaft, besonders auch dem "
             "gefährdeter Gruppen, erklärte Merkel. Ihr sei bewusst, \"dass jeder Eingriff in die Grundrechte gut begründet "
             "und erklärt werden muss\" und nur befristet sein darf. Während der Schutz der Bevölkerung und insbesondere der "
             "vulnerabler Gruppen ein wichtiges Anliegen ist und bleibe, dürfe er nicht zur Separation bestimmter "
             "Gesellschaftsgruppen führen. Speziell die Kontaktbeschränkungen waren für die Menschen in Krankenhäusern, "
             "Pflegeeinrichtungen und Hospizen \"sehr belastend\", so Merkel. Die Aufrechterhaltung der sozialen Teilhabe "
             "aller Menschen am gesellschaftlichen Leben müsse bei einem Schutzkonzept immer mitgedacht werden.")

add(id="ho98-breg-2020-10-merkel-dankt-pflegenden",
    title="Pflege in Corona-Zeiten Kanzlerin dankt Pflegenden für ihren Einsatz",
    url="https://www.bundesregierung.de/breg-de/themen/coronavirus/merkel-dankt-pflegenden-1804746",
    retrieved="same address (stored article of the Federal Government, October 2020; the title line 'Kanzlerin dankt "
              "Pflegenden für ihren Einsatz', which repeats the headline, and the navigation list 'Bundesregierung ⏐ "
              "Startseite', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', "
              "'Service' dropped, the kicker and headline, which the page runs together, kept as the first line (rule 150); "
              "'1 Min. Lesedauer' and the player lines '02:32' and 'Video Kanzlerin Merkel zum Einsatz Pflegender in "
              "Corona-Zeiten' dropped (rule 93); the subheading 'Gesellschaftliche Teilhabe aufrechterhalten' kept as a "
              "line; 'dem gefährdeter Gruppen', 'der vulnerabler Gruppen' kept as published (rule 20); the last line "
              "'Meh', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=[PFLEGE_P1,
           PFLEGE_P2,
           "Gesellschaftliche Teilhabe aufrechterhalten",
           PFLEGE_P3],
    quotes=[(cut(PFLEGE_P1, "\"Ich denke", "Gesellschaft ist\""), ANGELA),
            ("\"die sehr belastende Situation für Kranke, pflegebedürftige Menschen, für Menschen mit Behinderung\"", ANGELA),
            ("\"dass jeder Eingriff in die Grundrechte gut begründet und erklärt werden muss\"", ANGELA),
            ("\"sehr belastend\"", ANGELA)],
    aliases={ANGELA: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin"]})

# --- bundesregierung.de, August 2022: Chancellor Scholz at the Government's open day ---

SCHOLZ = "Scholz"
MOSER = "Constantin Moser"
TDOT_P3 = ("Weiter geht es für den Kanzler über die Spreebrücke in Richtung Kanzlerpark, wo er von den Besucherinnen und "
           "Besuchern an der Bühne bereits erwartet wird. „Ich wollte den Kanzler einfach mal live sehen“, sagt der "
           "18-jährige Constantin Moser aus München, der mit seiner Mutter und seiner Schwester zum Tag der offenen Tür ins "
           "Kanzleramt gekommen ist. Er sei gespannt, „was der Kanzler zu den Gasvorräten sagt und wie gut er Deutschland "
           "vorbereitet sieht auf den Winter“.")

add(id="ho98-breg-2022-08-scholz-tag-der-offenen-tuer",
    title="Kanzler Scholz beim Tag der offenen Tür „Mir ist wichtig, dass wir eine Gesellschaft sind, in der wir Respekt "
          "voreinander haben“",
    url="https://www.bundesregierung.de/breg-de/themen/tag-der-offenen-tuer/kanzler-im-gespraech-2077254",
    retrieved="same address (stored article of the Federal Government on Chancellor Scholz at the open day of the "
              "Chancellery, August 2022; the title line '„Mir ist wichtig, … Respekt voreinander haben“', which repeats the "
              "headline, and the navigation list 'Bundesregierung ⏐ Startseite', 'Schwerpunkte', 'Themen', "
              "'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped, the kicker and headline, "
              "which the page runs together, kept as the first line (rule 150); '3 Min. Lesedauer', the image text "
              "'Bundeskanzler Olaf Scholz beim Tag der offenen Tür.', the caption 'Kanzler Scholz im Gespräch mit "
              "Bürgerinnen und Bürgern auf der Bühne im Kanzlerpark.' and the credit 'Foto: Bundesregierung/Plambeck' "
              "dropped (rules 93, 150); trailing spaces removed; 'gehen die Handys schnell in Luft' kept as published "
              "(rule 20); the subheadings 'Und das sagte der Kanzler…' and '…zu großen Herausforderungen und wichtigen "
              "Anliegen', left dangling, and the paragraph 'Die Sicherung des Friedens, …', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BREG,
    paras=["Die Energieversorgung, der Krieg in der Ukraine, der Klimawandel und die Digitalisierung – die großen "
           "Herausforderungen dieser Zeit beherrschten auch viele Fragen der Bürgerinnen und Bürger, die am Sonntag mit "
           "Kanzler Scholz ins Gespräch kamen. Auch auf private Fragen gab der Kanzler Antworten – und im Anschluss gab es "
           "Erinnerungsfotos.",
           "Eine Menschentraube hat sich rund um den blauen Hubschrauber der Bundespolizei mitten im Kanzlergarten "
           "versammelt. Pressekameras bringen sich noch in Stellung, da gehen die Handys schnell in Luft. Denn plötzlich – "
           "früher als erwartet – kommt der Bundeskanzler um die Ecke, schreitet in Richtung des Hubschraubers, der ihn "
           "sonst von A nach B bringt.",
           TDOT_P3],
    # the headline quotation under the kicker `Kanzler Scholz beim Tag der offenen Tür` is Scholz's (rules 107, 150, 151);
    # the visitor's second quotation, in reported speech with `Er sei gespannt`, is his too (rules 8, 791)
    quotes=[("„Mir ist wichtig, dass wir eine Gesellschaft sind, in der wir Respekt voreinander haben“", SCHOLZ),
            ("„Ich wollte den Kanzler einfach mal live sehen“", MOSER),
            (cut(TDOT_P3, "„was der Kanzler", "den Winter“"), MOSER)],
    aliases={SCHOLZ: ["Scholz", "Kanzler Scholz", "Kanzler", "Bundeskanzler"],
             MOSER: ["Constantin Moser"]})

# --- bundesregierung.de: background page on the Chancellor's National Integration Prize (2017) ---

NIP_P4 = ("Die Bundesregierung hat den Nationalen Integrationspreis mit der \"Meseberger Erklärung zur Integration\" aus der "
          "Taufe gehoben, die bei der Klausur des Bundeskabinetts am 24./25. Mai 2016 im Gästehaus der Bundesregierung, "
          "Schloss Meseberg, beschlossen worden ist. Zugrunde liegt die Überlegung, einmal im Jahr die öffentliche "
          "Aufmerksamkeit auf ein erfolgreiches Projekt, eine beispielgebende Initiative oder ein beeindruckendes Engagement "
          "im Bereich der Integration von Zuwanderern zu lenken, und so andere zum Nachahmen anzuregen. Gute Beispiele "
          "sollen bekannt gemacht und so möglichst verbreitet werden. Die Preisverleihungen sind daher presseöffentlich, um "
          "dem Preisträger ein Forum zu bieten, \"sein\" Integrationsprojekt in Anwesenheit der Bundeskanzlerin öffentlich "
          "vorzustellen.")

add(id="ho98-breg-2017-nationaler-integrationspreis-idee",
    title="Idee und Hintergrund",
    url="https://www.bundesregierung.de/breg-de/themen/nationaler-integrationspreis-der-bundeskanzlerin/idee-und-hintergrund-424234",
    retrieved="same address (stored background page of the Federal Government on the National Integration Prize of the "
              "Chancellor, 2017; the page title 'Idee und Hintergrund', which the stored copy shows twice, is the first "
              "line once (rule 150); '1 Min. Lesedauer', the image text and caption 'Nationaler Integrationspreis der "
              "Bundeskanzlerin' (twice) and the credit 'Foto: Bundesregierung' dropped (rule 93); the last paragraph 'Um "
              "aufzuzeigen, wie vielfältig … kann die Jury einen', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Mit dem Nationalen Integrationspreis der Bundeskanzlerin werden Einzelpersonen, Personengruppen, Organisationen "
           "oder Kommunen ausgezeichnet und gewürdigt, die sich in beispielgebender Weise um die Integration von Migranten "
           "verdient gemacht haben.",
           "Der Nationale Integrationspreis ist mit einem Preisgeld von 10.000 Euro dotiert. Die Bundeskanzlerin verleiht den "
           "Preis in der Regel jährlich. Die erstmalige Preisverleihung hat am 17. Mai 2017 stattgefunden. Preisträgerin 2017 "
           "ist die Stadt Altena mit ihrem Leitbild \"Vom Flüchtling zum Altenaer Mitbürger\".",
           "Der Preisträger wird von einer ehrenamtlichen Jury aus fünf Fachleuten und Personen des öffentlichen Lebens "
           "ausgewählt. Vorschlagsberechtigt sind nach den Statuten des Preises 33 Institutionen aus allen wichtigen "
           "gesellschaftlichen Bereichen, die Expertise auf dem Gebiet der Integration vorweisen können oder dort aktiv sind.",
           NIP_P4],
    # a town's motto and the title of a Cabinet declaration are null (rule 24, rule 792); the emphasis marks on the
    # possessive `"sein"` are null (rule 792)
    quotes=[("\"Vom Flüchtling zum Altenaer Mitbürger\"", None),
            ("\"Meseberger Erklärung zur Integration\"", None),
            ("\"sein\"", None)],
    aliases={})
