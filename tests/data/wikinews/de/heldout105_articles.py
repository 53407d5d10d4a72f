# Hundred-and-fifth held-out German real-news set (tests/data/heldout105-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 855). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-fifth held-out set" of SOURCES.md: news articles of the German Federal Government
# (bundesregierung.de, bundeskanzlerin.de; licence BREG) on a remembrance day with a foreign guest, a meeting of the
# Chancellor with refugee helpers, the 2013 floods and a Government statement of the health minister (in Leichte Sprache).
# Stored copies are the `search` tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), page furniture is dropped (rules 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de, November 2018: Volkstrauertag with President Macron ---

MACRON = "Emmanuel Macron"

add(id="ho105-breg-2018-11-volkstrauertag-macron",
    title="Merkel: Verantwortlich für das, was wir aus dem Krieg gelernt haben",
    url="https://www.bundesregierung.de/breg-de/aktuelles/die-toten-mahnen-uns-1550300",
    retrieved="same address (stored article of the Federal Government on the central remembrance of the Volkstrauertag "
              "2018 with the French President as guest speaker; the stored copy begins with the line 'Merkel: "
              "Verantwortlich für das, was wir aus dem Krieg gelernt haben', kept as the first line (rule 150); the image "
              "text 'Kanzlerin Merkel legt gemeinsam mit … einen Kranz in der Gedenkstätte Neue Wache in Berlin nieder.', "
              "the caption 'Kranzniederlegung in der Gedenkstätte Neue Wache in Berlin.' and the credit 'Foto: "
              "Bundesregierung / Bergmann' dropped (rule 93); the subheadings 'Macron: \"Europa muss stärker werden\"' "
              "and 'Merkel: Verantwortung für Europa tragen' kept as lines; the last paragraph 'Die Kanzlerin traf "
              "abschließend … Zeitzeugen des Zweiten Weltkr', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Gemeinsam mit Bundespräsident Frank-Walter Steinmeier und Vertreterinnen und Vertretern der weiteren "
           "Verfassungsorgane aus Bundesrat, Bundestag und Bundesverfassungsgericht haben Bundeskanzlerin Angela Merkel und "
           "der französische Präsident Emmanuel Macron in der Gedenkstätte Neue Wache in Berlin Kränze niedergelegt.",
           "Seit 1993 ist die Neue Wache die zentrale Gedenkstätte der Bundesrepublik Deutschland für die Opfer von Krieg "
           "und Gewaltherrschaft.",
           "Macron: \"Europa muss stärker werden\"",
           "Im Anschluss an die Kranzniederlegung hat im Plenarsaal des Deutschen Bundestages die zentrale "
           "Gedenkveranstaltung zum Volkstrauertag stattgefunden. Die Gedenkstunde steht traditionell unter der "
           "Schirmherrschaft des Bundestagspräsidenten.",
           "Der französische Präsident Macron sprach auf Einladung des Volksbundes Deutsche Kriegsgräberfürsorge als "
           "Gastredner im Deutschen Bundestag. \"Europa und darin das deutsch-französische Paar hat die Pflicht, die Welt "
           "nicht ins Chaos abgleiten zu lassen\", mahnte er in seiner Rede. \"Deswegen muss Europa stärker werden, "
           "deswegen muss es eigenständiger werden\", betonte er.",
           "Die Feierlichkeiten im Bundestag würdigten den 100. Jahrestag des Endes des Ersten Weltkriegs sowie die enge "
           "Freundschaft und besondere Verbundenheit mit Frankreich.",
           "Merkel: Verantwortung für Europa tragen"],
    # the subheading `Macron: "…"` is his, as a headline `Name: "…"` is (rules 107, 150); its words are a shortened form
    # of his second quotation below (rule 855); `mahnte er`, `betonte er` resolve to Macron, the subject of the sentence
    # before (rule 8)
    quotes=[("\"Europa muss stärker werden\"", MACRON),
            ("\"Europa und darin das deutsch-französische Paar hat die Pflicht, die Welt nicht ins Chaos abgleiten zu "
             "lassen\"", MACRON),
            ("\"Deswegen muss Europa stärker werden, deswegen muss es eigenständiger werden\"", MACRON)],
    aliases={MACRON: ["Emmanuel Macron", "Macron", "Präsident Macron"]})

# --- bundeskanzlerin.de, 2016: the Chancellor meets groups engaged in the reception of refugees ---

MERKEL = "Angela Merkel"

add(id="ho105-bkin-2016-merkel-fluechtlingshelfer",
    title="Kanzlerin trifft Flüchtlingshelfer Merkel: Probleme benennen, um sie zu lösen",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/merkel-probleme-benennen-um-sie-zu-loesen-437790",
    retrieved="same address (stored article of the Federal Government, 2016, on the fifth meeting of the Chancellor with "
              "groups and associations engaged in the reception of refugees; the title line 'Merkel: Probleme benennen, um "
              "sie zu lösen', which repeats the headline, dropped, the kicker and headline, which the page runs together, "
              "kept as the first line (rule 150); '1 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel im "
              "Kanzleramt beim Gespräch mit …', the caption 'Zum bereits fünften Mal trifft Kanzlerin Vertreter …' and the "
              "credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the subheading 'Integration wichtiges Thema' kept as "
              "a line; the subheading 'Bundesländer mit am Tisch', left dangling, and the paragraph 'Als Ansprechpartner der "
              "Länder … Erwin Seller', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzlerin Merkel hat sich mit Vertretern von gesellschaftlichen Gruppen und Verbänden getroffen, die sich "
           "bei der Aufnahme und Integration von Flüchtlingen engagieren. Es war das fünfte Treffen in diesem Kreis. "
           "Erstmals waren auch Ansprechpartner der Bundesländer und Migrantenorganisationen mit dabei.",
           "Bundeskanzlerin Angela Merkel hatte Vertreter von gesellschaftlichen Gruppen und Verbänden ins Kanzleramt "
           "eingeladen. Ein Jahr nach dem Höhepunkt der Flüchtlingslage berichteten die Teilnehmer, welche Erfahrungen sie "
           "bei ihrer Arbeit mit den Flüchtlingen gemacht haben. Die Bundeskanzlerin diskutierte mit ihnen und dankte für "
           "ihr großes Engagement. \"Das Thema wäre von uns nicht zu bewältigen, wenn nicht die vielen Gruppen ihren "
           "Beitrag leisten würden\", sagte Merkel zur Begrüßung.",
           "Integration wichtiges Thema",
           "Im Mittelpunkt des Gespräches standen die anstehenden Integrationsaufgaben und Fragen der inneren Sicherheit. "
           "Wichtig sei, so Merkel, die Probleme zu benennen und nicht unter den Teppich zu kehren. \"Dann finden sich für "
           "die allermeisten Fragen auch Lösungen\", zeigte sich die Kanzlerin überzeugt.",
           "Sie erinnerte an die katastrophale Lage in Syrien. Auch mit Blick auf Libyen, Irak und Afghanistan sieht Merkel "
           "noch viel außenpolitische Arbeit bei der Bekämpfung der Fluchtursachen."],
    # `zeigte sich die Kanzlerin überzeugt` is a cue of saying for the quotation before it (rule 856); the unmarked
    # headline `Merkel: Probleme benennen, …` and the reported speech `Wichtig sei, so Merkel, …` have no marks and are
    # not annotated (tests/data/ANNOTATION.md: only spans between quotation marks are quotes)
    quotes=[("\"Das Thema wäre von uns nicht zu bewältigen, wenn nicht die vielen Gruppen ihren Beitrag leisten würden\"",
             MERKEL),
            ("\"Dann finden sich für die allermeisten Fragen auch Lösungen\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "Kanzlerin",
                      "Bundeskanzlerin"]})

# --- bundesregierung.de, 14 June 2013: newsletter "Fakten zur Regierungspolitik" on the flood disaster ---

MERKEL13 = "Merkel"
FLUT_P2 = ("Die Bundeskanzlerin informierte sich viermal vor Ort über die Situation in den betroffenen Regionen. Die vielen "
           "Helfer machten einen tollen Job, so Merkel. Sie dankte allen, die sich oft bis an die Grenze der physischen "
           "Erschöpfung gegen das Hochwasser und für die Bewältigung der Folgen einsetzen. Es sei eine „bewundernswerte "
           "Leistung und eine gute Erfahrung“, dass die Menschen und das Land in dieser Situation so zusammenstünden.")

add(id="ho105-breg-2013-06-hochwasserkatastrophe-fakten",
    title="Schnelle und umfassende Hilfe gegen die Flut und ihre Folgen",
    url="http://www.bundesregierung.de/breg-de/themen/hochwasserkatastrophe-432626?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter view of the Federal Government's 'Fakten zur Regierungspolitik' of 14 June "
              "2013 on the flood disaster; the lines 'Logo der Bundesregierung', 'Fakten zur Regierungspolitik', 'Berlin, "
              "14. Juni 2013' and 'Logo Fakten der Regierungspolitik' dropped (rule 93); the headline kept as the first "
              "line and the kicker 'Hochwasserkatastrophe' under it dropped (rule 150); the image text 'Häuser im "
              "Deggendorfer Ortsteil Fischerdorf (Bayern) sind überflutet Hochwasserkatastrophe' dropped (rule 93); the "
              "paragraph 'Jetzt geht es um die Unterstützung … einen Nachtragshau', cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=["Hunderttausende Helferinnen und Helfer sind weiterhin im Einsatz in den betroffenen Flutregionen in Bayern, "
           "Mecklenburg-Vorpommern, Niedersachsen, Sachsen, Sachsen-Anhalt, Schleswig-Holstein und Thüringen. Seit dem 30. "
           "Mai unterstützen dabei auch rund 130.000 Einsatzkräfte des Technischen Hilfswerks, der Bundespolizei und der "
           "Bundeswehr die Kommunen und Länder bei der Bewältigung der Hochwasserlage.",
           FLUT_P2,
           "Für eine umfassende Schadens- und Ursachenbilanz ist es noch zu früh. Bereits erkennbar ist aber, dass aus der "
           "Flut 2002 wesentliche Konsequenzen gezogen worden sind und der Hochwasserschutz an vielen Stellen deutlich "
           "verbessert wurde."],
    # a marked fragment inside reported speech (`Es sei eine „…“`) continues the statements of Merkel introduced by `so
    # Merkel` and `Sie dankte` in the same paragraph (rule 857)
    quotes=[("„bewundernswerte Leistung und eine gute Erfahrung“", MERKEL13)],
    aliases={MERKEL13: ["Merkel", "Bundeskanzlerin"]})

# --- bundesregierung.de, January 2021: the health minister's Government statement on vaccination, in Leichte Sprache ---

SPAHN = "Spahn"

add(id="ho105-breg-2021-01-spahn-leichte-sprache",
    title="Regierungs-Erklärung von dem Bundes-Gesundheits-Minister Spahn \"Wir werden für unsere Geduld belohnt\"",
    url="https://www.bundesregierung.de/breg-de/leichte-sprache/-wir-werden-fuer-unsere-geduld-belohnt--1840990",
    retrieved="same address (stored page in Leichte Sprache of the Federal Government on Health Minister Spahn's Government "
              "statement on the Corona vaccinations in the Bundestag, January 2021; the title line '\"Wir werden für unsere "
              "Geduld belohnt\"', which repeats the headline, dropped, the kicker and headline, which the page runs together, "
              "kept as the first line (rule 150); the image text and caption 'Bundes-Gesundheits-Minister Spahn, gibt eine "
              "Regierungs-Erklärung zu Corona-Impfungen im Bundestag ab.' (twice) and the credit 'Foto: picture "
              "alliance/dpa/Kay Nietfeld' dropped (rule 93); each line of the Leichte-Sprache text kept as its own line, as "
              "stored, blank lines between blocks removed; the subheadings 'Impf-Bereitschaft' and 'Wir machen alles "
              "zusammen mit Europa' kept as lines; the stored copy ends after 'Auf alle Länder in Europa.')",
    license=BREG,
    paras=["Der Bundes-Gesundheits-Minister Spahn hat im Deutschen Bundestag eine Erklärung abgegeben. Zu den "
           "Corona-Impfungen.",
           "Er hat gesagt: Das Virus geht nur weg, wenn sich sehr sehr viele Menschen impfen lassen.",
           "Es haben sich schon viele Menschen impfen lassen. Und es werden auch jeden Tag mehr.",
           "Ganz viele Menschen in Deutschland sollen sich impfen lassen können.",
           "So viele wie noch nie.",
           "Das nennt man Impf-Kampagne.",
           "Schon bis zum Sommer in diesem Jahr können sich alle Menschen in Deutschland impfen lassen.",
           "Das hofft der Minister Spahn.",
           "Im Moment gibt es noch nicht viel von dem Impf-Mittel.",
           "Es ist noch knapp.",
           "Weil Menschen in der ganzen Welt geimpft werden wollen.",
           "Aber es wird jetzt immer mehr von dem Impf-Mittel hergestellt.",
           "Impf-Bereitschaft",
           "Die Bundes-Regierung tut alles um mehr Impf-Mittel zu besorgen.",
           "Die Menschen sollen sich aber auch impfen lassen.",
           "Das nennt man Impf-Bereitschaft.",
           "Der Minister Spahn hat gesagt:",
           "Nur wenn sich fast alle Menschen in Deutschland impfen lassen geht das Virus weg.",
           "Aber es ist auch wichtig aufeinander aufzupassen.",
           "In den nächsten Wochen.",
           "Es wird noch einige Zeit dauern.",
           "Bis wir einen Weg aus der Corona-Pandemie finden.",
           "Wir machen alles zusammen mit Europa",
           "Das ist dem Minister Spahn sehr wichtig:",
           "Das Impf-Mittel soll für alle Menschen in Europa sein.",
           "Deshalb muss es aufgeteilt werden.",
           "Auf alle Länder in Europa."],
    # the headline quotation after the kicker naming the minister is his (rules 107, 150, 858); the Leichte-Sprache
    # renderings after `Er hat gesagt:` and `Der Minister Spahn hat gesagt:` carry no marks and are not annotated (rule 858)
    quotes=[("\"Wir werden für unsere Geduld belohnt\"", SPAHN)],
    aliases={SPAHN: ["Spahn", "Bundes-Gesundheits-Minister Spahn", "Minister Spahn"]})
