# Eightieth held-out German real-news set (tests/data/heldout80-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 610-611). None of these pages is in
# any tests/data/*.jsonl or in another held-out worktree (checked by URL, OTS number and a distinctive phrase against every
# source/url field and every address named in the modules and SOURCES.md files of tests/data and /work/wt-heldout*/tests/data).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Eightieth held-out set": a press release of the European Parliament on the reform of its
# Rules of Procedure (January 2019) as reposted by euzeitung.de, and a release of the Austrian Parliament's
# Parlamentskorrespondenz on OTS on the election of Othmar Karas as Vice-President of the European Parliament (July 2019).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are
# kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- European Parliament press release, reposted ---

GO_P6 = ("Die neuen Regeln sehen vor, dass die Mitglieder von „unangemessenem Verhalten“ (z.B. das Ausstellen von "
         "Transparenten in Plenarsitzungen), „beleidigenden Äußerungen“ (z.B. verleumderische Äußerungen, Hetze und "
         "Aufstachelung zur Diskriminierung) und Mobbing oder sexueller Belästigung absehen müssen. Der Verhaltenskodex des "
         "Parlaments wird nun der Geschäftsordnung als Anlage beigefügt, und die Abgeordneten müssen sich in einer "
         "schriftlichen Erklärung verpflichten, diesen Kodex einzuhalten.")

add(id="ho80-euzeitung-2019-01-ep-geschaeftsordnung",
    title=None,
    url="https://euzeitung.de/2019/01/31/mehr-transparenz-parlament-billigt-anderungen-seiner-geschaftsordnung",
    retrieved="same address (repost of the European Parliament's press release of 31 January 2019 'Mehr Transparenz: "
              "Parlament billigt Änderungen seiner Geschäftsordnung'; the stored copy begins with the body, without "
              "headline, so there is no title line (rules 18, 32); the subheadings 'Erhöhte Transparenz' and "
              "'Verhaltensregeln' kept as lines of their own (rule 19); the subheading 'Europäische politische Parteien und "
              "Stiftungen', left dangling before the cut of the stored copy, dropped (rule 15))",
    license=EP,
    paras=["Die wichtigsten der am Donnerstag angenommenen Änderungen der Geschäftsordnung betreffen die Verhaltensregeln "
           "der Mitglieder (einschließlich der Regeln zur Transparenz und Maßnahmen zur Verhinderung von Mobbing oder "
           "sexueller Belästigung) und die parlamentarischen Anfragen an Rat und Kommission.",
           "Die Änderungen der Geschäftsordnung wurden mit 496 Stimmen angenommen, bei 114 Gegenstimmen und 33 "
           "Enthaltungen.",
           "Erhöhte Transparenz",
           "Die Hauptakteure des Gesetzgebungsverfahrens – Abgeordnete, die als Berichterstatter, Schattenberichterstatter "
           "und Ausschussvorsitzende fungieren – müssen alle geplanten Treffen mit Interessenvertretern, die in den "
           "Geltungsbereich des Transparenz-Registers fallen, im Internet veröffentlichen. Andere Mitglieder des "
           "Europäischen Parlaments sind ebenfalls angehalten, ihre Treffen mit Interessenvertretern online zu "
           "veröffentlichen. Die Website des Parlaments muss technisch angepasst werden, damit die Abgeordneten "
           "Informationen über ihre Verwendung der allgemeinen Kostenvergütung veröffentlichen können.",
           "Verhaltensregeln",
           GO_P6,
           "Mitglieder, die die Erklärung zu diesem Kodex nicht unterzeichnet haben, können nicht zu Amtsträgern des "
           "Parlaments oder eines seiner Organe gewählt oder als Berichterstatter benannt werden oder in einer offiziellen "
           "Delegation oder bei interinstitutionellen Verhandlungen mitwirken. Ein schwerer Verstoß eines Mitglieds gegen "
           "diese Regeln kann zu Strafen führen."],
    quotes=[("„unangemessenem Verhalten“", None),
            ("„beleidigenden Äußerungen“", None)],
    aliases={})

# --- Parlamentskorrespondenz of the Austrian Parliament on OTS ---

SOBOTKA = "Wolfgang Sobotka"

add(id="ho80-ots-2019-07-sobotka-karas-ep-vizepraesident",
    title="Sobotka beglückwünscht Othmar Karas zur Wahl zum Vizepräsidenten des Europäischen Parlaments",
    url="https://www.ots.at/presseaussendung/OTS_20190703_OTS0216/sobotka-beglueckwuenscht-othmar-karas-zur-wahl-zum-"
        "vizepraesidenten-des-europaeischen-parlaments",
    retrieved="same address (OTS release of the Parlamentskorrespondenz of 3 July 2019, complete in the stored copy; the "
              "stored copy's date prefix ' date 2019-07' dropped (rule 63); the subtitle kept as its own line; the end "
              "mark '(Schluss) red' dropped (rule 48); the block 'Rückfragen & Kontakt: Pressedienst der "
              "Parlamentsdirektion …' with its addresses dropped (rule 14); the published ASCII marks kept (rule 20))",
    license=PK,
    paras=["Karas verfügt über viel Erfahrung, die dem Team der 14 VizepräsidentInnen zugutekommen wird",
           "Wien (PK) - \"Ich gratuliere Othmar Karas zur Wahl zum Vizepräsidenten des Europäischen Parlaments. Er hat "
           "diese Funktion bereits ausgeübt und verfügt somit über viel Erfahrung, die dem Team der 14 Vizepräsidenten "
           "sehr zugutekommen wird. Ich freue mich auf die Zusammenarbeit mit dem Europaparlament und Othmar Karas\", so "
           "Nationalratspräsident Wolfgang Sobotka zur Wahl Karas' zum Vizepräsidenten des Europaparlaments.",
           "\"Othmar Karas hat in den letzten beiden Jahrzehnten die Arbeit im Europäischen Parlament wesentlich gestaltet "
           "und geprägt. Diese wichtige Aufgabe liegt daher in verantwortungsvollen Händen, die Europa auch in Zukunft "
           "positiv gestalten werden\", sagte der Nationalratspräsident."],
    quotes=[("\"Ich gratuliere Othmar Karas zur Wahl zum Vizepräsidenten des Europäischen Parlaments. Er hat diese Funktion "
             "bereits ausgeübt und verfügt somit über viel Erfahrung, die dem Team der 14 Vizepräsidenten sehr zugutekommen "
             "wird. Ich freue mich auf die Zusammenarbeit mit dem Europaparlament und Othmar Karas\"", SOBOTKA),
            ("\"Othmar Karas hat in den letzten beiden Jahrzehnten die Arbeit im Europäischen Parlament wesentlich gestaltet "
             "und geprägt. Diese wichtige Aufgabe liegt daher in verantwortungsvollen Händen, die Europa auch in Zukunft "
             "positiv gestalten werden\"", SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "Nationalratspräsident"]})
