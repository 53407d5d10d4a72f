# Three-hundred-and-eighty-fifth held-out German real-news set (tests/data/heldout385-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2065-2066). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, headline or first words and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-fifth held-out set": texts of the German Federal Ministry of
# Justice (licence BMJ_DE, new in licences.py): the English start page of bmj.de with its German news teasers (2024/2025),
# the news item on the ministry's 75th anniversary (September 2024) and the start page of bmjv.de as shown by the proxy
# mdsite.deno.dev (August/September 2024). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMJ_DE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BUSCHMANN = "Marco Buschmann"

# --- bmj.de, English start page with German teasers (Fritz-Bauer-Studienpreis 2025, elektronische Präsenzbeurkundung) ---

EN_P1 = ("Der Bundesminister der Justiz verleiht alle zwei Jahre einen Preis für herausragende deutschsprachige Dissertationen "
         "an deutschen Hochschulen im Bereich der Rechtswissenschaft, die sich mit den Lebensthemen von Fritz Bauer befassen. "
         "Fritz Bauer hat maßgeblich dazu beigetragen, die Taten des nationalsozialistischen Unrechtsstaates aufzudecken. "
         "„Gerade in der heutigen Zeit sollte uns sein unbedingter Wille zur Aufklärung über das geschehene Unrecht und sein "
         "Mut, sich einzumischen, wenn er Gefährdungen von Rechtsstaat und Demokratie erspürte, ein Vorbild sein“, so Dr. "
         "Marco Buschmann. Am 1. Juli 2025 wird der mit 5.000 Euro dotierte Preis zum sechsten Mal verliehen.")
EN_P2 = ("Notare können bald noch moderner arbeiten. Bei der Video-Beurkundung läuft das Verfahren bereits jetzt vollständig "
         "digital. Dies soll zukünftig auch für die Beurkundung in Anwesenheit der Beteiligten vor dem Notar ermöglicht "
         "werden. Mit dem Gesetzentwurf zur Einführung einer elektronischen Präsenzbeurkundung ist geplant, den gesamten "
         "Arbeitsprozess zu digitalisieren. In Erster Lesung vor dem Deutschen Bundestag betonte Bundesjustizminister Dr. "
         "Marco Buschmann: „Insgesamt ist es ein Beitrag zu dem Motto: Weniger Papier, mehr digitales Arbeiten. So müssen "
         "und so werden wir auch weitermachen bei der Digitalisierung der Justiz.“")

add(id="ho385-bmj-en-home-fritz-bauer-praesenzbeurkundung",
    title="Jetzt bewerben für den Fritz-Bauer-Studienpreis 2025!",
    url="https://bmj.de/EN/home/home_node.html",
    retrieved="same address (stored start page of the English site, showing German teasers; the navigation line "
              "'Navigation and service', the English section heading 'Current contents of the BMJ' and the topic label "
              "'Topic: Studienpreis für Menschenrechte und juristische Zeitgeschichte' dropped as page furniture (rule 100); "
              "the first teaser's heading is the first line (rule 18); the third teaser 'In einem Interview mit dem Focus "
              "hat Bundesjustizminister Dr. Marco Buschmann … Neue EU-Richt', cut off in the stored copy, dropped with its "
              "quotation (rule 15))",
    license=BMJ_DE,
    paras=[EN_P1, EN_P2],
    quotes=[("„Gerade in der heutigen Zeit sollte uns sein unbedingter Wille zur Aufklärung über das geschehene Unrecht und "
             "sein Mut, sich einzumischen, wenn er Gefährdungen von Rechtsstaat und Demokratie erspürte, ein Vorbild sein“",
             BUSCHMANN),
            ("„Insgesamt ist es ein Beitrag zu dem Motto: Weniger Papier, mehr digitales Arbeiten. So müssen und so werden "
             "wir auch weitermachen bei der Digitalisierung der Justiz.“", BUSCHMANN)],
    aliases={BUSCHMANN: ["Marco Buschmann", "Dr. Marco Buschmann", "Bundesjustizminister Dr. Marco Buschmann",
                         "Bundesjustizminister", "Buschmann"]})

# --- bmj.de, news item of 18 September 2024: 75 years of the Federal Ministry of Justice ---

J75_P2 = ("„Vor 75 Jahren nahm das Bundesministerium der Justiz seine Arbeit auf. Unter dem ersten Justizminister Thomas Dehler "
          "erwarb das Haus der Freiheit und des Rechts sich schnell den exzellenten Ruf, den es sich in den kommenden "
          "Jahrzehnten und bis heute bewahrt hat. Als die wenigen Mitarbeiterinnen und Mitarbeiter im September 1949 "
          "begannen, das Grundgesetz und seine Garantie der Menschenwürde in konkrete Politik zu übersetzen, lag das Land in "
          "Trümmern – in tatsächlichen und in moralischen. Dieser Mut, den Aufbruch in Freiheit dennoch zu wagen, muss uns "
          "Inspiration bleiben angesichts der heutigen Herausforderungen: Probleme sind lösbar, wenn seriöse Demokraten im "
          "Geiste von Recht und Freiheit zusammenarbeiten.“")
J75_P4 = ("Zu den aktuellen Schwerpunkten und Zielen des BMJ gehören: Wir wollen das Bundesverfassungsgericht resilienter "
          "machen, die Justiz stärken und Justiz und Rechtsstaat digitalisieren. Wir arbeiten an der Modernisierung unseres "
          "Landes – und sagen der Bürokratie den Kampf an. Wir bringen das Recht wieder auf die Höhe der gesellschaftlichen "
          "Wirklichkeit und stärken die Bürgerrechte. Wir arbeiten an einer zeitgemäßen und realistischen Migrationspolitik. "
          "Und wir engagieren uns, um gemeinsam mit anderen Staaten die internationale Verfolgung von Kriegsverbrechen "
          "voranzutreiben – gerade in der Ukraine.")
J75_P6 = ("Seit der deutschen Wiedervereinigung 1990 ist das BMJ die zentrale Justizbehörde für ganz Deutschland. Im Sommer "
          "1999 ist es von Bonn nach Berlin umgezogen, es hat seinen Sitz seither in der Stadt, in der das Justizministerium "
          "der ersten deutschen Republik, aber auch der NS-Diktatur ihren Sitz hatten. Hier ereigneten sich Höhe- und "
          "Tiefpunkte deutscher Rechtsgeschichte; auch deshalb ist dem BMJ ein kritischer Umgang mit der Geschichte des "
          "Justizressorts so wichtig.")

add(id="ho385-bmj-2024-09-75-jahre-bmj",
    title=None,
    url="https://bmj.de/SharedDocs/Meldungen/DE/2024/0918__75_Jahre_BMJ.html?nn=148026",
    retrieved="same address (news item of 18 September 2024; the stored copy begins with the line 'Bundesjustizminister Dr. "
              "Marco Buschmann erklärt:' and shows no headline, so the text has no title line (rules 18, 32); the headings "
              "'Unsere aktuellen Schwerpunkte' and 'Von damals bis heute' kept as they stand; the heading 'Das dunkle "
              "Kapitel der NS-Zeit' and its paragraph 'Mit der Schaffung des Grundgesetzes 1949 wurde in der', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BMJ_DE,
    paras=["Bundesjustizminister Dr. Marco Buschmann erklärt:", J75_P2, "Unsere aktuellen Schwerpunkte", J75_P4,
           "Von damals bis heute", J75_P6],
    quotes=[(J75_P2, BUSCHMANN)],
    aliases={BUSCHMANN: ["Marco Buschmann", "Dr. Marco Buschmann", "Bundesjustizminister Dr. Marco Buschmann",
                         "Bundesjustizminister", "Buschmann"]})

# --- bmjv.de start page as shown by the proxy mdsite.deno.dev (late August / September 2024) ---

HP_P1 = ("Am 20. September feiert das Bundesministerium der Justiz sein 75-jähriges Jubiläum. An diesem Tag im Jahr 1949 hat "
         "es seine Arbeit aufgenommen und Thomas Dehler wurde zum ersten Bundesminister der Justiz ernannt. Zu aktuellen "
         "Zielen des BMJ gehören: Wir wollen das Bundesverfassungsgericht resilienter machen, die Justiz stärken und Justiz "
         "und Rechtsstaat digitalisieren. Wir arbeiten an der Modernisierung unseres Landes – und sagen der Bürokratie den "
         "Kampf an. Wir bringen das Recht wieder auf die Höhe der gesellschaftlichen Wirklichkeit und stärken die "
         "Bürgerrechte. Wir arbeiten an einer zeitgemäßen und realistischen Migrationspolitik. Und wir engagieren uns, um "
         "gemeinsam mit anderen Staaten die internationale Verfolgung von Kriegsverbrechen voranzutreiben.")
HP_P2 = ("„Der schreckliche Messerangriff auf Besucher des Stadtfests in Solingen macht mich fassungslos. Meine Gedanken und "
         "meine tief empfundene Anteilnahme sind bei den Hinterbliebenen der Getöteten. Den Verletzten wünsche ich von "
         "Herzen eine baldige und vollständige Genesung. Mein Mitgefühl gilt zudem den vielen Menschen, die diese "
         "abscheuliche Tat miterleben mussten.“")
HP_P4 = ("Zitat des Bundesminister der Justiz Dr. Marco Buschmann, anlässlich des 75-jährigen Jubiläums der Vereidigung von "
         "Dr. Thomas Dehler zum ersten Bundesminister für Justiz sowie der Aufnahme der Amtsgeschäfte im Bundesministerium "
         "der Justiz")

add(id="ho385-bmjv-home-2024-solingen-75-jahre",
    title="Bundesministerium der Justiz",
    url="https://mdsite.deno.dev/http://www.bmjv.de",
    retrieved="the start page of www.bmjv.de (forwarding to bmj.de) as shown unchanged by the proxy mdsite.deno.dev (state "
              "of late August / September 2024); the proxy's links '(original) (raw)' after the page title dropped as proxy "
              "furniture (rule 100), the page title 'Bundesministerium der Justiz' is the first line (rule 18); the section "
              "heading 'Aktuelle Inhalte des BMJ' kept; the label 'Zitat' and the description of the quotation graphic kept "
              "as the page shows them (rule 2066); the paragraph 'Der Anschlag von Solingen hat gezeigt: … Ermittlungsbefugnisse "
              "punktuell anzupassen, u', cut off in the stored copy, dropped (rule 15)",
    license=BMJ_DE,
    paras=["Aktuelle Inhalte des BMJ", HP_P1, HP_P2, "Zitat", HP_P4],
    quotes=[(HP_P2, BUSCHMANN)],
    aliases={BUSCHMANN: ["Marco Buschmann", "Dr. Marco Buschmann", "Bundesminister der Justiz Dr. Marco Buschmann",
                         "Bundesminister der Justiz"]})
