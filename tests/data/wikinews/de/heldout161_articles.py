# Hundred-and-sixty-first held-out German real-news set (tests/data/heldout161-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1230-1231). None of these
# texts is in any tests/data/*.jsonl (checked by URL and by distinctive phrases of the quotations and of the body text
# against every source/url field and every address named in the modules and SOURCES.md files of tests/data and of the
# other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-sixty-first held-out set": two stored versions of one page of
# bundesregierung.de on the Federal Government Commissioner for Culture and the Media, Claudia Roth (the page "100 Tage im
# Amt", March 2022, and the same address as updated for her first year in office, December 2022). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture and picture
# credits are dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


ROTH = "Claudia Roth"
ROTH_URL = ("https://www.bundesregierung.de/breg-de/bundesregierung/bundeskanzleramt/staatsministerin-fuer-kultur-und-medien/"
            "staatsministerin-und-ihr-amt/100-tage-im-amt")

# --- bundesregierung.de: "100 Tage im Amt", March 2022 ---

add(id="ho161-breg-2022-03-roth-100-tage-im-amt",
    title="100 Tage im Amt",
    url=ROTH_URL,
    retrieved="same address (stored version of March 2022, after the first 100 days of Claudia Roth in office; the heading "
              "'Staatsministerin Claudia Roth' under the title kept as a line of its own (rules 18, 19); the picture text "
              "'Kulturstaatsministerin Roth: „Ohne Kultur fehlt der Demokratie die Stimme.“' kept as a line of its own, "
              "its credit 'Foto: picture-alliance/dpa/Michael Kappeler' dropped (rules 93, 1230); the stored copy ends "
              "after the paragraph 'Für Claudia Roth ist Kulturpolitik … gründen.', which is complete)",
    license=BREG,
    paras=["Staatsministerin Claudia Roth",
           "Seit dem 8. Dezember 2021 ist Claudia Roth Staatsministerin für Kultur und Medien. Kultur in ihrer ganzen "
           "Vielfalt zu fördern, Nachhaltigkeit und Klimaschutz in Kultur und Medien voranzutreiben, Erinnerungskultur als "
           "Weg in die Zukunft zu stärken und für eine bessere Absicherung von Künstlerinnen, Künstlern und Kreativen zu "
           "sorgen, in Zeiten der Corona-Pandemie, aber auch darüber hinaus – das sind nur einige ihrer zentralen "
           "politischen Anliegen.",
           "Kulturstaatsministerin Roth: „Ohne Kultur fehlt der Demokratie die Stimme.“",
           "Für Claudia Roth ist Kulturpolitik immer auch Gesellschafts- und Demokratiepolitik: Die Freiheit von Kultur und "
           "Medien sei der Gradmesser und Seismograph für die Demokratie, erklärt sie. Eine Überzeugung, auf der auch viele "
           "Entscheidungen und Weichenstellungen während ihrer ersten 100 Tage im Amt gründen."],
    quotes=[("„Ohne Kultur fehlt der Demokratie die Stimme.“", ROTH)],
    aliases={ROTH: ["Claudia Roth", "Staatsministerin Claudia Roth", "Kulturstaatsministerin Roth"]})

# --- bundesregierung.de: the same address, updated for the first year in office, December 2022 ---

add(id="ho161-breg-2022-12-roth-ein-jahr-im-amt",
    title="Kulturstaatsministerin Claudia Roth",
    url=ROTH_URL,
    retrieved="same address (stored version of December 2022: the page '100 Tage im Amt' as rewritten after Claudia Roth's "
              "first year in office, under the heading 'Kulturstaatsministerin Claudia Roth', kept as the title line (rule "
              "18); the picture text 'Kulturstaatsministerin Roth: „Kultur ist ein Lebenselixier unserer Demokratie.“' kept "
              "as a line of its own, its credit 'Foto: J. Konrad Schmidt' dropped (rules 93, 1230); the link line "
              "'Informationen zu zentralen kultur- und medienpolitischen Projekten … finden Sie hier PDF, 259 KB, nicht "
              "barrierefrei .' dropped as page furniture (rule 1231); the intermediate heading 'Kulturpolitik neu "
              "positioniert' and the paragraph under it ('Claudia Roth hat als Staatsministerin für Kultur und Medien eine "
              "klare Neupositionierung … für die Förderung von Nachhaltigkeit un'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=BREG,
    paras=["Seit einem Jahr ist Claudia Roth Staatsministerin für Kultur und Medien. Ein Jahr, das von den Folgen der "
           "Corona-Pandemie geprägt ist und vor allem vom Angriffskrieg Putins auf die Ukraine und seinen Auswirkungen auch "
           "auf den Kultursektor. Gerade angesichts dieser Krisen gelte es Kunst und Kultur in ihrer Vielfalt zu erhalten und "
           "zu fördern und die Kultur der Demokratie zu schützen, ist Kulturstaatsministerin Roth überzeugt.",
           "Kulturstaatsministerin Roth: „Kultur ist ein Lebenselixier unserer Demokratie.“",
           "Der Angriffskrieg auf die Ukraine ist - das zeigen die gezielte Zerstörung und Plünderung von Museen, Theatern "
           "und Bibliotheken - auch ein Krieg gegen die Kultur. Es ist ein Krieg, der auch Deutschland vor immense "
           "Herausforderungen stellt. Inflation und Energiekrise sind hier Folgen. Ungewissheit, existenzielle Nöte und "
           "enorme Belastungen auch im Kultursektor sind jeden Tag zu spüren.",
           "Die Bundesregierung hilft der Ukraine, den Kultureinrichtungen dort und ihren Künstlerinnen und Künstlern "
           "gemeinsam mit Ländern, Kommunen und Zivilgesellschaft. Gleichzeitig stärkt sie die Kultur der Demokratie "
           "hierzulande, die Künstlerinnen und Künstler und die Institutionen. Der Energiefonds der Bundesregierung ist "
           "dafür das stärkste Zeichen. Aber auch darüber hinaus gilt: Die Förderung und der Erhalt von Kunst und Kultur "
           "in all ihrer Vielfalt und Breite angesichts der Krisen sowie der Schutz der Kultur der Demokratie sind das "
           "drängende Gebot der Stunde."],
    quotes=[("„Kultur ist ein Lebenselixier unserer Demokratie.“", ROTH)],
    aliases={ROTH: ["Claudia Roth", "Kulturstaatsministerin Claudia Roth", "Kulturstaatsministerin Roth"]})
