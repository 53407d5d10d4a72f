# Two-hundred-and-seventy-ninth held-out German real-news set (tests/data/heldout279-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1810-1812). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, PK number and page
# slug, headline and two distinctive phrases of each text with grep -rli against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-seventy-ninth held-out set" of SOURCES.md: four releases of the Austrian
# Parliament's Parlamentskorrespondenz on parlament.gv.at / parlinkom.gv.at (licence PK): the plenary report of the
# Justice Minister's introduction to the Nationalrat (PK 20/2009), the Justice Committee's first Aktuelle Aussprache with
# her (PK 162/2009), a "Vorlagen" item on an FPÖ motion against the Defence Minister (PK 173/2010) and the Foreign Affairs
# Committee's debate of the foreign-policy report (PK 1122/2011). Stored copies are the `search` tool's `pages` excerpts,
# cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the number line 'Parlamentskorrespondenz
# Nr. … vom …' is dropped as in the sixty-first set before this one (heldout261), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK 20/2009: the new Justice Minister introduces herself to the Nationalrat (only titles in marks) ---

BO20_P2 = ("Wien (PK) - Vor der Debatte über die Erklärung zur Ernennung der neuen Justizministerin Mag. Bandion-Ortner – "
           "Punkt 1 der Tagesordnung - gab Nationalratspräsidentin Mag. PRAMMER bekannt, dass die Grünen eine Dringliche "
           "Anfrage zum Thema \"Versagen und Orientierungslosigkeit der Bundesregierung in der Energiepolitik\" eingebracht "
           "haben (675/J). Die an den Bundesminister für Wirtschaft und Arbeit gerichtete Anfrage wird um 15 Uhr zur "
           "Debatte stehen. Im Anschluss daran wird auf Antrag der Freiheitlichen eine Kurzdebatte über die Beantwortung "
           "231/AB der Anfrage 207/J an die Innenministerin betreffend \"Linke Gewaltexzesse gegen "
           "Wahlkampfveranstaltungen\" stattfinden.")

add(id="ho279-pk-2009-0020-bandion-ortner-stellt-sich-vor",
    title="Justizministerin Bandion-Ortner stellt sich dem Nationalrat vor",
    url="http://www.parlinkom.gv.at/aktuelles/pk/jahr_2009/pk0020",
    retrieved="same address (PK 20/2009 of 21 January 2009, on the Parliament's older host name parlinkom.gv.at; the line "
              "'Parlamentskorrespondenz Nr. 20 vom 21.01.2009' dropped; the headline is the title line, the subtitle a "
              "line of its own; the en dash and the hyphen around 'Punkt 1 der Tagesordnung' and the capitals of "
              "'PRAMMER' kept as published (rule 20); the paragraph on Chancellor Faymann's speech ('Zunächst ergriff "
              "Bundeskanzler Werner FAYMANN das Wort …'), cut off after 'für die interimistische Lei', and the rest "
              "dropped (rule 15))",
    license=PK,
    paras=["Bandion-Ortner stellt Justizvorhaben vor",
           BO20_P2],
    quotes=[("\"Versagen und Orientierungslosigkeit der Bundesregierung in der Energiepolitik\"", None),
            ("\"Linke Gewaltexzesse gegen Wahlkampfveranstaltungen\"", None)],
    aliases={})

# --- PK 162/2009: Aktuelle Aussprache with the Justice Minister in the Justice Committee (rules 1810, 1811) ---

BANDION = "Claudia Bandion-Ortner"
BO162_P4 = ("Zunächst stellte Justizministerin Claudia Bandion-Ortner Vorhaben ihres Ressorts im laufenden Jahr vor. Zwei "
            "Vorhaben sind vor dem Hintergrund der aktuellen Wirtschaftskrise zu sehen: die Reform des GmbH-Rechts, wo es "
            "Erleichterungen für Gründer und eine Herabsetzung des Startkapitals geben soll, und die Reform des "
            "Insolvenzrechts, wo die Fortführung von Betrieben erleichtert werden soll. Weiters plant die Ministerin "
            "Reformen beim Haupt- und Rechtsmittelverfahren und bei der Laiengerichtsbarkeit im Strafverfahren. Im "
            "Korruptionsstrafrecht sollen \"Präzisierungen\" erfolgen, weil derzeit die Rechtslage vielfach unklar sei und "
            "\"nicht jede Sponsorleistung gleich kriminalisiert\" werden dürfe. Ein besonderes Anliegen ist Bandion-Ortner "
            "der Schutz der Kinder; das wissentliche Aufsuchen von Web-Sites mit Kinderpornos soll daher strafbar werden. "
            "Den Interessen der Kinder wird auch die Einführung eines Kinderbeistands als \"Stimme des Kindes bei Gericht\" "
            "dienen; ein entsprechendes Pilotprojekt war nach Darstellung der Ministerin erfolgreich. Im Zuge der "
            "Familienrechtsreform soll es auch Änderungen beim Unterhaltsvorschuss geben.")

add(id="ho279-pk-2009-0162-justizausschuss-bandion-ortner-plaene",
    title="Ministerin Bandion-Ortner präsentiert ihre Pläne",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0162",
    retrieved="same address (PK 162/2009 of 4 March 2009; the line 'Parlamentskorrespondenz Nr. 162 vom 04.03.2009' "
              "dropped; the headline is the title line, the subtitle and the subheading 'Die Vorhaben des Justizressorts "
              "im Jahr 2009' lines of their own; the paragraph 'Die beabsichtigten Reform dienten dem Ziel, …', cut off "
              "after 'die Kernbereiche der Justiz abzusic', and the rest dropped (rule 15))",
    license=PK,
    paras=["Aktuelle Aussprache im Justizausschuss",
           "Wien (PK) – Eine umfangreiche Tagesordnung erwartete heute die Mitglieder des Justizausschusses, die ihre "
           "Sitzung unter Vorsitz von dessen Obmann Heribert Donnerbauer mit einer Aktuellen Aussprache einleiteten. Zum "
           "ersten Mal hatten die Abgeordneten Gelegenheit, mit der neuen Justizministerin Claudia Bandion-Ortner über "
           "wichtige Themen ihres Ressorts ins Gespräch zu kommen. In einer über zwei Stunden dauernden Aussprache hatten "
           "die MandatarInnen die Gelegenheit, Standpunkte der Ministerin in ihnen wichtigen Fragen ausführlich kennen zu "
           "lernen.",
           "Die Vorhaben des Justizressorts im Jahr 2009",
           BO162_P4],
    quotes=[("\"Präzisierungen\"", BANDION),  # rule 1811
            ("\"nicht jede Sponsorleistung gleich kriminalisiert\"", BANDION),  # rule 1811
            ("\"Stimme des Kindes bei Gericht\"", None)],  # rule 1810
    aliases={BANDION: ["Claudia Bandion-Ortner", "Justizministerin Claudia Bandion-Ortner", "Bandion-Ortner",
                       "die Ministerin", "Ministerin", "Ministerin Bandion-Ortner", "der neuen Justizministerin Claudia "
                       "Bandion-Ortner"]})

# --- PK 173/2010: "Vorlagen" item on an FPÖ motion against the Defence Minister (rule 1812) ---

KUNASEK = "Mario Kunasek"
LV_P3 = ("Hart ins Gericht geht Abgeordneter Mario Kunasek (K) in einem Entschließungsantrag (1008/A(E)) mit "
         "Verteidigungsminister Norbert Darabos. Die Kasernen seien desolat, Rekruten würden menschenunwürdig "
         "untergebracht, das Gerät sei kaputt und nicht einsetzbar, für Sanierung fehle das Geld ebenso wie für die "
         "Ausbildung, die Umsetzung der Heeresreform scheitere an den knappen Ressourcen des Budgets, die Miliz sei tot, "
         "lauten die wesentlichen Kritikpunkte Kunaseks, der dem Minister \"Totalversagen\" vorwirft und seinen Rücktritt "
         "fordert. (Schluss)")

add(id="ho279-pk-2010-0173-vorlagen-landesverteidigung-totalversagen",
    title="Vorlagen: Landesverteidigung",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2010/PK0173/",
    retrieved="same address (PK 173/2010 of 16 March 2010, complete; the line 'Parlamentskorrespondenz Nr. 173 vom "
              "16.03.2010' dropped; the kicker 'Vorlagen: Landesverteidigung' is the title line and the headline a line "
              "of its own, in the stored order; the party letter '(K)' after Kunasek's name and the closing '(Schluss)' "
              "kept as stored (rule 20))",
    license=PK,
    paras=["FPÖ wirft Darabos \"Totalversagen\" vor",
           LV_P3],
    quotes=[("\"Totalversagen\"", KUNASEK, 0),  # headline, rule 1812
            ("\"Totalversagen\"", KUNASEK, 1)],
    aliases={KUNASEK: ["Mario Kunasek", "Abgeordneter Mario Kunasek", "Kunasek", "Kunaseks", "FPÖ"]})

# --- PK 1122/2011: the Foreign Affairs Committee debates the foreign and European policy report ---

AP_P2 = ("Wien (PK) – in seiner heutigen Sitzung befasste sich der Außenpolitische Ausschuss mit dem \"Außen- und "
         "Europapolitischen Bericht 2010\" der Bundesregierung (III-250 d.B.). Einleitend hielt Bundesminister Michael "
         "Spindelegger drei Punkte zum Bericht fest. Er verwies dabei erstens auf das zweite Jahr der Mitgliedschaft "
         "Österreichs im UN-Sicherheitsrat, zweitens auf die rund 300.000 Konsularfälle, die ein bestimmender Teil der "
         "Arbeit des Außenamtes seien und drittens auf das umfangreiche Zahlenwerk im Bericht selbst. Daran knüpfte "
         "Ausschussvorsitzender Josef Cap den Dank an die MitarbeiterInnen, die diesen lesenswerten Bericht erstellt "
         "haben.")

add(id="ho279-pk-2011-1122-aussenpolitischer-ausschuss-bericht",
    title="Zukunft Europas, Zukunft der Welt",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK1122/",
    retrieved="same address (PK 1122/2011 of 23 November 2011; the line 'Parlamentskorrespondenz Nr. 1122 vom "
              "23.11.2011' dropped; the headline is the title line, the subtitle a line of its own; the lower-case 'in' "
              "after the dateline kept as published (rule 20); the paragraph on Abgeordneter Johannes Hübner, cut off "
              "after 'sowie e', and the rest dropped (rule 15))",
    license=PK,
    paras=["Ausschuss diskutiert Außen- und Europapolitischen Bericht",
           AP_P2,
           "In der Debatte lenkte Abgeordnete Christine Muttonen (S) den Fokus auf die Region Nordafrika und auf den Nahen "
           "Osten. Beispielhaft ging sie auf die Lage in Ägypten ein und begrüßte die Aufnahme Palästinas in die UNESCO. "
           "In diesem Zusammenhang wollte Muttonen wissen, wie der Minister die Möglichkeit eines einheitlichen Vorgehens "
           "der EU in der Palästinafrage einschätzt. Abgeordnete Petra Bayr (S) stellte Detailfragen zur "
           "Entwicklungszusammenarbeit, insbesondere zum Sudan und zur Westsahara. Sodann verwies sie auf die nunmehrige "
           "dreifache Bindung in Menschenrechtsfragen durch die EMRK, die europäische Sozialcharta und die "
           "Bundesverfassung. Wie werde man hier künftig verfahren, lautete ihre Frage.",
           "Abgeordnete Judith Schwentner (G) ortete einen Widerspruch zwischen dem Ansatz, sämtliche Länder des "
           "Westbalkans sollten Mitglieder der EU werden einerseits und dem Schließen der dortigen Koordinationsbüros "
           "andererseits. Sodann thematisierte sie die strategische Zielsetzung in der Schwarzmeerregion und kritisierte "
           "die Menschenrechtslage in Ungarn."],
    quotes=[("\"Außen- und Europapolitischen Bericht 2010\"", None)],
    aliases={})
