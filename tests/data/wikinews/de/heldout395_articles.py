# Three-hundred-and-ninety-fifth held-out German real-news set (tests/data/heldout395-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2095-2096). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-fifth held-out set": press releases of a German federal agency,
# the Bundesamt für Justiz (BfJ, Bonn), which places the texts of its website under a Creative Commons licence (licence BFJ,
# new in licences.py): two releases on bundesjustizamt.de (February 2012, May 2022) and one release of December 2016 that the
# BfJ sent out itself, as published by the news portal hallo-holstein.de. Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the site's navigation and
# date lines and the portal's sender and editor lines are dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BFJ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


LEUTHEUSSER = "Sabine Leutheusser-Schnarrenberger"
BUSCHMANN = "Marco Buschmann"
FRIEHE = "Heinz-Josef Friehe"

# --- bundesjustizamt.de, 7 February 2012: Gerhard Fieberg leaves, Heinz-Josef Friehe follows ---

FIE_P1 = ("Bonn. Als „vorzüglich“ bezeichnete Bundesjustizminister Sabine Leutheusser-Schnarrenberger die fünfjährige "
          "Erfolgsbilanz von Gerhard Fieberg, der als Präsident des Bundesamts für Justiz im Rahmen eines Festakts in Bonn "
          "verabschiedet worden ist. Das Bundesamt war zum 1. Januar 2007 in Bonn mit Fieberg als Gründungspräsidenten neu "
          "geschaffen worden. Eine Erfolgsgeschichte, wie die Ministerin betonte. Als zentraler Dienstleister der "
          "Bundesjustiz erbringt die Bundesoberbehörde Dienstleistungen für Bürger, Gerichte und Behörden. Die wohl "
          "bekannteste ist das Führungszeugnis. Das Bundesamt gilt als beispielhaft für die Verwaltungsmodernisierung und "
          "nicht zuletzt auch für die Stärkung Bonns als Bundesstadt. Dass das Interesse an dem noch jungen Amt groß ist, "
          "bewiesen zahlreiche prominente Vertreter aus der Landes- und Bundesjustiz wie etwa die Präsidentin des "
          "Bundesverwaltungsgerichts Marion Eckertz-Höfer. Auch der nordrhein-westfälische Justizminister Thomas Kutschaty "
          "und Bonns Oberbürgermeister Jürgen Nimptsch betonten in ihren Grußworten die Bedeutung des Bundesamts. Unter der "
          "Leitung von Präsident Fieberg wurden der Behörde seit ihrer Gründung immer wieder neue Aufgaben übertragen. Ein "
          "Zeichen für ihre Leistungsfähigkeit. Dies spiegelt sich auch in der Personalentwicklung wider. Waren noch 2007 "
          "ca. 500 Mitarbeiter in der Behörde tätig, so arbeiten hier mittlerweile rund 800 Beschäftigte.")

add(id="ho395-bfj-2012-02-wechsel-an-der-spitze",
    title="Wechsel an der Spitze des Bonner Bundesamts für Justiz",
    url="https://www.bundesjustizamt.de/DE/Presse/Archiv/2012/20120207.html",
    retrieved="same address (stored page of the BfJ press archive, release of 7 February 2012; the navigation line "
              "'Navigation und Service' and the lines 'Ausgabejahr 2012' / 'Datum 07.02.2012' dropped (rule 14); the "
              "headline is the first line and the subheading 'Erfolgsbilanz des scheidenden Präsidenten Gerhard Fieberg' is "
              "kept as a paragraph (rule 18); the second paragraph 'Nachfolger von Gerhard Fieberg als Präsident ist "
              "Heinz-Josef Friehe, … weiter ausbauen un', cut off in the stored copy, dropped (rule 15))",
    license=BFJ,
    paras=["Erfolgsbilanz des scheidenden Präsidenten Gerhard Fieberg", FIE_P1],
    quotes=[("„vorzüglich“", LEUTHEUSSER)],
    aliases={LEUTHEUSSER: ["Sabine Leutheusser-Schnarrenberger", "Bundesjustizminister Sabine Leutheusser-Schnarrenberger",
                           "die Ministerin"]})

# --- bundesjustizamt.de, 24 May 2022: the Federal Minister of Justice visits the BfJ ---

BUS_P1 = ("Bonn. Bundesjustizminister Dr. Marco Buschmann besuchte das Bundesamt für Justiz (BfJ) in Bonn, das in diesem "
          "Jahr sein 15jähriges Bestehen feiert. Bei seinem Antrittsbesuch wurde er von Staatssekretärin Dr. Angelika "
          "Schlunck begleitet. Im Gespräch mit Veronika Keller-Engels, Präsidentin des Bundesamts für Justiz, und dem "
          "Vizepräsidenten Jan Versteegen erörterten sie aktuelle Schwerpunktthemen des Amtes und zukünftige Projekte. Thema "
          "war dabei auch die Digitalisierung des Amtes: Das BfJ ist Pilotbehörde und Vorreiter bei der Einführung der "
          "elektronischen Akte in der Bundesverwaltung.")
BUS_P2 = ("Die Leiterinnen und Leiter aller acht Abteilungen informierten über die Arbeit in ihren Fachreferaten und aktuelle "
          "Entwicklungen und Herausforderungen. Im Anschluss tauschten sich Bundesminister Dr. Buschmann und "
          "Staatssekretärin Dr. Schlunck mit den Gremien des BfJ aus. Im Fokus der Gespräche stand insbesondere die "
          "Übertragung neuer Aufgaben. Hierzu gehören z. B. die geplante neue Meldestelle des Bundes nach dem "
          "Hinweisgeberschutzgesetz sowie die Aufsicht über Rechtsdienstleister nach einem aktuellen Gesetzentwurf.")
BUS_Q = ("\"Wenn es das Bundesamt für Justiz nicht gäbe, müsste man es erfinden. Seit nunmehr 15 Jahren unterstützt es die "
         "Menschen ganz praktisch, zum Beispiel als Kontaktstelle im Reiserecht oder bei der Durchsetzung von "
         "Unterhaltszahlungen über Ländergrenzen hinweg. Und es nimmt sich wichtiger Aufgaben an, wie der Entschädigung von "
         "Opfern terroristischer und extremistischer Taten. Mit anderen Worten: Das Bundesamt für Justiz trägt zur "
         "Verwirklichung des Rechts in diesem Land maßgeblich bei. Mir ist es deshalb wichtig, dass es für seine neuen und "
         "angestammten Aufgaben angemessen mit Mitteln und Personal ausgestattet wird und wir durch die Digitalisierung der "
         "Abläufe die Schlagkraft des Hauses weiter vorantreiben\"")
BUS_P3 = BUS_Q + ", sagte der Minister anlässlich seines Besuchs."

add(id="ho395-bfj-2022-05-buschmann-besuch",
    title=None,
    url="https://bundesjustizamt.de/DE/ServiceGSB/Presse/Pressemitteilungen/2022/20220524.html?nn=86670",
    retrieved="same address (stored page of the BfJ release of 24 May 2022; the lines 'Ausgabedatum' / '24.05.2022' dropped "
              "(rule 14); the stored copy shows no headline, so the text has no title line (rules 18, 32); the heading 'Das "
              "Bundesamt für Justiz' and the paragraph after it, 'Das BfJ ist die zentrale Dienstleistungsbehör', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BFJ,
    paras=[BUS_P1, BUS_P2, BUS_P3],
    quotes=[(BUS_Q, BUSCHMANN)],
    aliases={BUSCHMANN: ["Marco Buschmann", "Bundesjustizminister Dr. Marco Buschmann", "Bundesminister Dr. Buschmann",
                         "der Minister"]})

# --- BfJ release of December 2016 (attack on the Christmas market at Breitscheidplatz), as sent out by the BfJ and
#     published by hallo-holstein.de ---

BRE_P1 = ("BONN. Mit großer Anteilnahme haben auch die Mitarbeiterinnen und Mitarbeiter des Bundesamts für Justiz Kenntnis "
          "vom Anschlag auf den Weihnachtsmarkt am Berliner Breitscheidplatz erhalten. Der Präsident des Bundesamts, "
          "Heinz-Josef Friehe, weist aus diesem – bestürzenden – Anlass darauf hin, dass die Betroffenen finanzielle Hilfen "
          "erhalten können. Hierfür stehen Mittel zur Verfügung, die der Deutsche Bundestag seit 2002 jährlich für die Opfer "
          "terroristischer Straftaten und ihre Hinterbliebenen bewilligt…")
BRE_P2 = ("Die entsprechenden Leistungen können beim Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, beantragt "
          "werden. Es handelt sich um eine einmalige finanzielle Unterstützung, deren Höhe sich nach den erlittenen "
          "Beeinträchtigungen richtet. Eine pauschale Soforthilfe wird in der Regel sehr rasch ausgezahlt. Alle nötigen "
          "Informationen sowie das Antragsformular finden sich auf der Internetseite des Bundesamts für Justiz: "
          "https://www.bundesjustizamt.de/DE/Themen/Buergerdienste/Opferhilfe/terroristisch/Haerteleistung_node.html.")
BRE_Q = ("„Auch wenn finanzielle Mittel ein verlorenes oder verletztes Leben selbstverständlich nicht aufwiegen können, soll "
         "diese Unterstützungsleistung immerhin ein Signal der Solidarität und Unterstützung durch die Gesellschaft, durch "
         "uns alle, für die Betroffenen sein.“")
BRE_P3 = "Friehe: " + BRE_Q

add(id="ho395-bfj-2016-12-breitscheidplatz-haerteleistungen",
    title=("ZUM ANSCHLAG AUF DEN WEIHNACHTSMARKT AM BERLINER BREITSCHEIDPLATZ: FÜR BETROFFENE UND HINTERBLIEBENE VON "
           "TERRORISTISCHEN STRAFTATEN STEHEN FINANZIELLE HILFEN ZUR VERFÜGUNG"),
    url="https://hallo-holstein.de/?p=27507",
    retrieved="same address (stored page of the news portal hallo-holstein.de with a BfJ release of December 2016; the "
              "headline in capitals is the first line as stored (rule 18); the first paragraph ends with the portal's "
              "ellipsis '…' and is kept as stored; the sender line 'Aussender: Linda Schreiber, Bundesamt für Justiz' and "
              "the line 'Redaktion: TG' after the text dropped (rule 14, rule 2096))",
    license=BFJ,
    paras=[BRE_P1, BRE_P2, BRE_P3],
    quotes=[(BRE_Q, FRIEHE)],
    aliases={FRIEHE: ["Heinz-Josef Friehe", "Friehe", "Der Präsident des Bundesamts"]})
