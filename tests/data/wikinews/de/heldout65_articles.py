# Sixty-fifth held-out German real-news set (tests/data/heldout65-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 460). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see ANNOTATION.md, section "Sixty-fifth held-out set": OTS releases of the Austrian Federal Ministry of Justice
# (licence BMJ) and of the Austrian Federal Chancellery (its State Secretary Josef Ostermayer, licence BKA). Only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, BMJ  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- ots.at: releases of the Federal Ministry of Justice (Bundesministerium für Justiz) ---

BANDION = "Claudia Bandion-Ortner"
SBG_P1 = ("Salzburg (OTS) - \"Für mich sind diese Termine innerhalb der Justiz sehr wichtig, weil man sich nur vor Ort im "
          "Gespräch mit den Betroffenen ein genaues Bild von den Problemen und Herausforderungen der in der Justiz Tätigen "
          "machen kann\", sagte Justizministerin Claudia Bandion-Ortner heute anlässlich ihres Besuchs in Salzburg. Auf dem "
          "Programm stehen Besuche beim Landesgericht, dem Bezirksgericht, der Staatsanwaltschaft und der Justizanstalt.")
SBG_P3 = ("Naturgemäß wird auch das Justizentlastungspaket angesichts der angespannten Personal- und Budgetsituation ein Thema "
          "sein: \"Ich binde die Standesvertreter beim Schnüren des Justizpaketes ein und ich werde auch heute in Salzburg "
          "diesbezügliche Möglichkeiten erörtern\", so die Bundesministerin.")
SBG_P4 = ("Zum Neubau der Justizanstalt Salzburg stellte die Ministerin klar, dass dieses Vorhaben im Konjunkturbelebungspaket "
          "der Bundesregierung nicht enthalten sein kann, weil dort nur jene Bauprojekte aufgenommen worden seien, bei denen "
          "ein Baubeginn in den Jahren 2009/2010 zu erwarten ist: \"Beim Projekt Salzburg ist das nicht der Fall, weil wir noch "
          "in der Planungsphase sind und daher weder Grundstücksverträge noch Baugenehmigungen vorliegen\", so Bandion-Ortner.")

add(id="ho65-bmj-2009-04-bandion-salzburg",
    title="Justizministerin besucht Salzburg",
    url="https://www.ots.at/presseaussendung/OTS_20090403_OTS0185/justizministerin-besucht-salzburg",
    retrieved="same address (stored OTS release of the Federal Ministry of Justice, 3 April 2009, sender 'Bundesministerium "
              "für Justiz, Pressestelle' (bmj.gv.at) in its contact block; the headline is the title and the subtitle is kept "
              "as a line of its own (rule 18); the contact block 'Rückfragehinweis: … Mag. Paul Hefelle …' and the OTS footer "
              "dropped (rule 48))",
    license=BMJ,
    paras=["Bandion-Ortner: \"Mache mir vor Ort ein Bild der Arbeit unserer Justizbehörden.\"",
           SBG_P1,
           "Die Ministerin wird bei diesen Terminen auch auf aktuelle Vorhaben im Justizbereich eingehen, so etwa die geplante "
           "Reform der Laiengerichtsbarkeit.",
           SBG_P3,
           SBG_P4],
    quotes=[("\"Mache mir vor Ort ein Bild der Arbeit unserer Justizbehörden.\"", BANDION),
            (cut(SBG_P1, "\"Für mich", "machen kann\""), BANDION),
            (cut(SBG_P3, "\"Ich binde", "erörtern\""), BANDION),
            (cut(SBG_P4, "\"Beim Projekt", "vorliegen\""), BANDION)],
    aliases={BANDION: ["Claudia Bandion-Ortner", "Justizministerin Claudia Bandion-Ortner", "Bandion-Ortner",
                       "die Bundesministerin", "Justizministerin", "die Ministerin"]})

# --- ots.at: releases of the Federal Chancellery (Bundeskanzleramt) ---

OSTERMAYER = "Josef Ostermayer"

add(id="ho65-bka-2012-04-ostermayer-oberstaatsanwaltschaft",
    title="Staatssekretär Ostermayer zur Mitteilung der Oberstaatsanwaltschaft Wien",
    url="https://www.ots.at/presseaussendung/OTS_20120405_OTS0140/staatssekretaer-ostermayer-zur-mitteilung-der-oberstaatsanwaltschaft-wien",
    retrieved="same address (stored OTS release of 5 April 2012, sender 'Kabinett des Bundeskanzler' of the Federal "
              "Chancellery (OTS code NBU0001) in its contact block; the headline is the title; the statement stands on a line "
              "of its own after the lead line ending in a colon, kept so (rule 353); the published slip 'Ich überzeugt davon' "
              "kept (rule 20); the contact block and the OTS footer dropped (rule 48))",
    license=BKA,
    paras=["Wien (OTS) - Josef Ostermayer, Staatssekretär im Bundeskanzleramt, stellt zur heutigen Mitteilung der "
           "Oberstaatsanwaltschaft Wien fest:",
           "\"Daraus geht eindeutig hervor, dass die Vorwürfe der FPÖ im Wesentlichen und zum allergrößten Teil entkräftet "
           "worden sind.\"",
           "In Bezug auf ein von der Oberstaatsanwaltschaft laut Mitteilung angeordnetes Gutachten eines Teilbereiches durch "
           "einen Sachverständigen betont der Staatssekretär: \"Ich überzeugt davon, dass sich auch bei dieser letzten "
           "Prüfung herausstellen wird, dass alles rechtlich korrekt abgelaufen ist.\""],
    quotes=[("\"Daraus geht eindeutig hervor, dass die Vorwürfe der FPÖ im Wesentlichen und zum allergrößten Teil entkräftet "
             "worden sind.\"", OSTERMAYER),
            ("\"Ich überzeugt davon, dass sich auch bei dieser letzten Prüfung herausstellen wird, dass alles rechtlich "
             "korrekt abgelaufen ist.\"", OSTERMAYER)],
    aliases={OSTERMAYER: ["Josef Ostermayer", "Ostermayer", "Staatssekretär im Bundeskanzleramt", "der Staatssekretär"]})

LIST_P1 = ("Wien (OTS) - Staatssekretär Josef Ostermayer stellt fest, dass er eine, wie in der heutigen \"Presse\" "
           "kolportierte, Liste über Personalbesetzungen nie erhalten habe. \"Eine solche Liste würde mich auch nicht "
           "interessieren, weil ich in meiner Funktion als Regierungskoordinator gemeinsam mit Bundesministerin Fekter nur über "
           "Ministerratsvorträge das Einvernehmen herstelle. Das gilt für inhaltliche Ministerratsvorträge und auch für "
           "Ministerratsvorträge, wie zum Beispiel diesen Dienstag über die neue Zusammensetzung des OeNB-Direktoriums.\"")
LIST_P2 = ("Viele, der in der \"Presse\" genannten Jobs, wie etwa der Verbund-Vorstand, werden durch die zuständigen Organe und "
           "Ministerien ausgeschrieben und besetzt. \"Ministerin Fekter und ich haben in den vergangenen Jahren diese Fragen "
           "niemals zu Themen der Koordinierung gemacht, sondern immer in der Verantwortung der zuständig Ministerinnen und "
           "Minister belassen. Daran wird sich auch in Zukunft nichts ändern\", so Ostermayer.")

add(id="ho65-bka-2013-01-ostermayer-personalliste",
    title="Ostermayer dementiert \"Presse\"-Bericht über Personalliste",
    url="https://www.ots.at/presseaussendung/OTS_20130112_OTS0014/ostermayer-dementiert-presse-bericht-ueber-personalliste",
    retrieved="same address (stored OTS release of 12 January 2013 of the State Secretary in the Federal Chancellery, "
              "the Government's coordinator on the Chancellor's side; the stored copy ends with the end mark '(Schluss)' and holds "
              "no contact block, so the sender is known from the text only (the State Secretary speaking for his office, as "
              "in his release of 5 April 2012 sent by the Chancellor's cabinet); the headline is the title and the subtitle "
              "is kept as a line of its own (rule 18); the OTS marker '****' after the first paragraph dropped (rule 460) and "
              "the end mark '(Schluss)' dropped (rule 48); the published slips 'Viele, der' and 'der zuständig Ministerinnen' "
              "kept (rule 20))",
    license=BKA,
    paras=["\"Habe eine solche Liste weder erhalten noch Interesse daran\"",
           LIST_P1,
           LIST_P2],
    quotes=[("\"Presse\"", None, 0),
            ("\"Habe eine solche Liste weder erhalten noch Interesse daran\"", OSTERMAYER),
            ("\"Presse\"", None, 1),
            (cut(LIST_P1, "\"Eine solche Liste", "OeNB-Direktoriums.\""), OSTERMAYER),
            ("\"Presse\"", None, 2),
            (cut(LIST_P2, "\"Ministerin Fekter", "nichts ändern\""), OSTERMAYER)],
    aliases={OSTERMAYER: ["Josef Ostermayer", "Staatssekretär Josef Ostermayer", "Ostermayer"]})
