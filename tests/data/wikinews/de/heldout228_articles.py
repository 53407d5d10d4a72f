# Two-hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout228-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1620 ff.). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers'
# names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of
# tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twenty-eighth held-out set": reports of the German service of the press
# agency Pressenza (pressenza.com/de; CC BY 4.0, constant PZ). Stored copies are the `search` tool's excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


STELLA = "Stella"

# --- Pressenza: Stella Assange on the US assurances before the High Court hearing of 20 May 2024 ---

add(id="ho228-pz-2024-04-stella-nicht-zusicherung",
    title=None,
    url="https://pressenza.com/de/?p=1841888",
    retrieved="same address (report of April/May 2024 on the US assurances in the extradition case of Julian Assange; the "
              "stored copy begins with the first body paragraph, without a headline (rules 18, 32); the sixth paragraph "
              "('Am Tag der Pressefreiheit, dem 3. Mai, werden in Köln … das Schicksal aller Journalistinnen und "
              "Journalisten weltweit'), cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PZ,
    paras=["Am Pfingstmontag, den 20. Mai 2024 werden die beiden Richter des High Court erneut über die Auslieferung von "
           "Julian Assange an die USA beraten. Den USA wurde eine weitere Chance eingeräumt, dem Gericht ihre "
           "diplomatischen Nicht-Zusicherungen vorzulegen, die Anfang dieser Woche eingegangen sind.",
           "Daraufhin gab Stella, die Frau von Julian Assange, die folgende Erklärung ab: „Die Vereinigten Staaten haben "
           "eine Nicht-Zusicherung in Bezug auf den Ersten Verfassungszusatz und eine Standard-Zusicherung in Bezug auf "
           "die Todesstrafe abgegeben. Sie verpflichten sich nicht, die frühere Behauptung der Staatsanwaltschaft "
           "zurückzunehmen, dass Julian Assange keine Rechte nach dem Ersten Verfassungszusatz hat, weil er kein "
           "US-Bürger ist. Stattdessen beschränken sich die USA auf unverhohlene Worthülsen, in denen behauptet wird, "
           "Julian könne sich im Falle einer Auslieferung auf den Ersten Verfassungszusatz berufen“.",
           "Sie fährt fort: „Die diplomatische Note trägt nicht dazu bei, die extreme Besorgnis unserer Familie über "
           "seine Zukunft zu lindern. Seine düstere Erwartung, den Rest seines Lebens in Isolation in einem "
           "US-Gefängnis zu verbringen, weil er preisgekrönten Journalismus veröffentlicht hat.“",
           "Sie wiederholt ihren Aufruf an Biden und fordert die Regierung auf, „diese gefährliche Strafverfolgung "
           "fallen zu lassen, bevor es zu spät ist.“",
           "Am Donnerstag, den 02. 05. 2024 von 18.00 bis 20.00 Uhr findet eine Kundgebung für die sofortige "
           "Freilassung von Julian Assange auf dem Pariser Platz in Berlin vor der US-Botschaft mit anschließendem "
           "Demonstrationszug zur Britischen Botschaft an der Ecke Wilhelmstraße/ Unter den Linden statt."],
    quotes=[("„Die Vereinigten Staaten haben eine Nicht-Zusicherung in Bezug auf den Ersten Verfassungszusatz und eine "
             "Standard-Zusicherung in Bezug auf die Todesstrafe abgegeben. Sie verpflichten sich nicht, die frühere "
             "Behauptung der Staatsanwaltschaft zurückzunehmen, dass Julian Assange keine Rechte nach dem Ersten "
             "Verfassungszusatz hat, weil er kein US-Bürger ist. Stattdessen beschränken sich die USA auf unverhohlene "
             "Worthülsen, in denen behauptet wird, Julian könne sich im Falle einer Auslieferung auf den Ersten "
             "Verfassungszusatz berufen“", STELLA),
            ("„Die diplomatische Note trägt nicht dazu bei, die extreme Besorgnis unserer Familie über seine Zukunft zu "
             "lindern. Seine düstere Erwartung, den Rest seines Lebens in Isolation in einem US-Gefängnis zu "
             "verbringen, weil er preisgekrönten Journalismus veröffentlicht hat.“", STELLA),
            ("„diese gefährliche Strafverfolgung fallen zu lassen, bevor es zu spät ist.“", STELLA)],
    aliases={STELLA: ["Stella", "Frau von Julian Assange"]})
