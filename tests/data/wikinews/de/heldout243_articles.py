# Two-hundred-and-forty-third held-out German real-news set (tests/data/heldout243-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1690-1691). None of these
# pages is in any tests/data/*.jsonl (checked by address and PK number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers' names
# and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-forty-third held-out set" of SOURCES.md: two releases of the
# Parlamentskorrespondenz on parlament.gv.at (licence PK) on plenary sessions of the Nationalrat: PK 934/2008 (elections
# and Erste Lesungen of opposition motions, December 2008) and PK 439/2009 (the debate on the Budgetbegleitgesetz, May
# 2009). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- parlament.gv.at: Parlamentskorrespondenz Nr. 934 of 10 December 2008 ---

ZIN = "Zinggl"
MUT = "Christine Muttonen"
ERSTE_P4 = ('Abgeordneter Dr. ZINGGL (G) erinnerte in der Ersten Lesung über seinen Antrag 9/A betreffend Änderung des BG '
            'über die Rückgabe von Kunstgegenständen aus den Bundesmuseen und Sammlungen daran, dass die Grünen bereits in '
            'der letzten Legislaturperiode einen Antrag auf Novellierung des Kunstrückgabegesetzes eingebracht hätten. '
            'Dieser sei aber "liegen geblieben", bedauerte er. Das Kunstrückgabegesetz sei grundsätzlich nicht schlecht, '
            'meinte Zinggl, es gebe aber einige deutliche Lücken. So müsse die Definition, was ein Kunstgegenstand sei, '
            'adaptiert werden. Als am vordringlichsten erachtet der Abgeordnete allerdings die Einbeziehung der Stiftung '
            'Leopold in das Kunstrückgabegesetz. Es gehe nicht an, dass ein Museum im Einflussbereich des Bundes Raubkunst '
            'ausstelle, bekräftigte er, das mache "kein gutes Bild".')
ERSTE_P5 = ('Abgeordnete Mag. Muttonen (S) machte darauf aufmerksam, dass das Kunstrückgabegesetz vor nunmehr 10 Jahren '
            'beschlossen worden sei. Mittlerweile seien Tausende Objekte an ihre rechtmäßigen EigentümerInnen zurückgegeben '
            'worden. Die Rückgabe sei eine moralische Pflicht, bekräftigte Muttonen, "daran ist nicht zu rütteln."')

add(id="ho243-pk-2008-12-10-erste-lesung-kunstrueckgabe",
    title="Oppositionelle Anträge werden einer Ersten Lesung unterzogen",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2008/pk0934",
    retrieved="same address (PK 934/2008; the line 'Parlamentskorrespondenz Nr. 934 vom 10.12.2008' dropped; headline and "
              "subtitle lines of their own; the stored excerpt ends with Muttonen's quotation closed after 'rütteln.', "
              "kept as the last complete paragraph (rule 15))",
    license=PK,
    paras=["Zustimmung zur behördlichen Verfolgung von Winter und Westenthaler",
           "Wien (PK) - Anton Gaal, Paul Kiss und Walter Seledec wurden vom Nationalrat mit S-V-F-B-Mehrheit für eine "
           "weitere sechsjährige Amtsperiode zu Vorsitzenden der Parlamentarischen Bundesheer-Beschwerdekommission "
           "gewählt.",
           "Der Nationalrat wählte die Abgeordneten Gisela Wurm (S), Fritz Neugebauer (V), Karl Donabauer (V) und Martin "
           "Graf (F) zu Mitgliedern der Parlamentarischen Versammlung des Europarates, die Abgeordneten Christine Muttonen "
           "(S), Sonja Ablinger (S), Karin Hakl (V), Johannes Hübner (F) und Alexander Van der Bellen (G) zu "
           "Ersatzmitgliedern. Die VertreterInnen des Bundesrates in der Parlamentarischen Versammlung werden vom "
           "Bundesrat gewählt.",
           ERSTE_P4,
           ERSTE_P5],
    quotes=[('"liegen geblieben"', ZIN),
            ('"kein gutes Bild"', ZIN),
            ('"daran ist nicht zu rütteln."', MUT)],
    aliases={ZIN: ["Zinggl", "ZINGGL", "Abgeordneter Dr. ZINGGL"],
             MUT: ["Christine Muttonen", "Muttonen", "Abgeordnete Mag. Muttonen"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 439 of 19 May 2009 ---

PRA = "Prammer"
FPO = "FPÖ"
BBG_P3 = ('Wien (PK) – Noch nicht das Doppelbudget selbst, sondern das Budgetbegleitgesetz stand heute im Mittelpunkt der '
          'Debatte des Nationalrats. Zuvor allerdings wurde seitens der FPÖ in einer Wortmeldung zur Geschäftsordnung von '
          'einer "medialen Hatz gegen die FPÖ" gesprochen; an die Präsidentin erfolgte die Anfrage, ob sie die Sitzung '
          '"ordnungsgemäß, fair und äquidistant zu allen Parteien" zu führen gedenke, weil dem Klub der FPÖ ein Mail '
          'zugespielt worden sei, das vom Pressesprecher der Präsidentin an die Präsidentin verfasst wurde. In diesem Mail '
          'gehe es um den heutigen "Report" und darum, dass sich Prammer in dieser Frage als erste moralische Adresse '
          'präsentieren solle. Das sei der Versuch, das öffentlich-rechtliche Medium zu instrumentalisieren und um unter '
          'Umständen diese Parlamentsdebatte dazu zu benutzen, um mit alten Vorurteilen gegen die freiheitliche '
          'Gesinnungsgemeinschaft vorzugehen, wurde gesagt. - Präsidentin PRAMMER stellte fest, die Wortmeldung habe '
          'nichts mit der Geschäftsordnung zu tun. Sie führe ihren Vorsitz "wie gehabt".')
BBG_P4 = ('Wie PRAMMER weiter mitteilte, wird es drei Kurzdebatten geben: auf Antrag des F-Abgeordneten Vilimsky zur '
          'schriftlichen Anfragebeantwortung 1094/AB der Innenministerin betreffend "Ausschreitungen bei der Demonstration '
          'gegen den WKR-Ball", auf Antrag des B-Abgeordneten Grosz zur schriftlichen Anfragebeantwortung 1366/AB der '
          'Innenministerin zu "Exekutivkräfte in Wien" und auf Antrag der G-Abgeordneten Musiol zur schriftlichen '
          'Anfragebeantwortung 1171/AB des Wissenschaftsministers "E-Voting bei ÖH-Wahlen 2009"  - Aufruf: 15 Uhr')

add(id="ho243-pk-2009-05-19-budgetbegleitgesetz-geschaeftsordnung",
    title="Nationalrat beschließt Budgetbegleitgesetz",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2009/pk0439",
    retrieved="same address (PK 439/2009; the line 'Parlamentskorrespondenz Nr. 439 vom 19.05.2009' dropped; headline and "
              "subtitle lines of their own; the double space before '- Aufruf: 15 Uhr' kept as stored (rule 20); the "
              "paragraph 'Als erster Redner zum Budgetbegleitgesetz …', cut off after 'stellte Abgeordneter "
              "Heinz-Christian', dropped (rule 15))",
    license=PK,
    paras=["Gehälter der PolitikerInnen bis Ende 2010 eingefroren",
           BBG_P3,
           BBG_P4],
    quotes=[('"medialen Hatz gegen die FPÖ"', FPO),
            ('"ordnungsgemäß, fair und äquidistant zu allen Parteien"', FPO),
            ('"Report"', None),
            ('"wie gehabt"', PRA),
            ('"Ausschreitungen bei der Demonstration gegen den WKR-Ball"', None),
            ('"Exekutivkräfte in Wien"', None),
            ('"E-Voting bei ÖH-Wahlen 2009"', None)],
    aliases={FPO: ["FPÖ"],
             PRA: ["Prammer", "PRAMMER", "Präsidentin PRAMMER"]})
