# Hundred-and-twenty-first held-out German real-news set (tests/data/heldout121-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1015-1016). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data, and by names and distinctive phrases against the texts of
# all sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-first held-out set": news items of the Austrian Federal Chancellery on
# bundeskanzleramt.gv.at ("Nachrichten der Bundesregierung") on the women's minister Susanne Raab (2020): the offensive
# against domestic violence at the start of the Covid-19 lockdown and her meeting with the scientist Shimrit Maman and the
# Israeli ambassador Mordechai Rodgold. Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


RAAB = "Susanne Raab"

# --- bundeskanzleramt.gv.at: the women's minister Susanne Raab (2020) ---

GEW_P2 = ("\"Die notwendige Eindämmung des Corona-Virus bringt massive Veränderungen unseres Alltags und unseres "
          "Zusammenlebens zu Hause mit sich. Risikofaktoren für das Auftreten von häuslicher Gewalt wie Existenzängste, "
          "Überforderung und mangelnde Möglichkeiten sozialer Interaktion treten vermehrt auf. Expertinnen und Experten "
          "gehen daher von einem Anstieg der Fälle häuslicher Gewalt aus. Mir ist es gerade jetzt als Frauenministerin ein "
          "großes Anliegen, allen von Gewalt bedrohten Frauen und Kindern auch in dieser Ausnahmesituation "
          "uneingeschränkte Hilfe zuzusichern. Deshalb hat die Regierung ein Maßnahmenpaket gegen häusliche Gewalt während "
          "der Corona-Krise erarbeitet\", kündigt Frauenministerin Susanne Raab an.")
GEW_P3 = ("\"Konkret stärken wir die Frauen-Helpline finanziell und personell, sodass sich Frauen zu jeder Tages- und "
          "Nachtzeit unter der Telefonnummer 0800 222 555 rund um die Uhr an Expertinnen wenden können. Im Fall von akuter "
          "Gewalt steht die Polizei unter der Notrufnummer 133 oder 112 jederzeit für Hilfe zur Verfügung\", so Raab.")

add(id="ho121-bka-2020-03-raab-offensive-haeusliche-gewalt",
    title="Raab: Offensive gegen häusliche Gewalt",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2020/"
        "raab-offensive-gegen-haeusliche-gewalt-.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, March 2020; "
              "the cookie notice 'Der Gebrauch von Cookies erlaubt uns … Erfahren Sie mehr.' dropped as furniture (rule "
              "14); the subtitle 'Finanzielle und personelle Stärkung der 24h-Frauen-Helpline, …' kept as a line of its "
              "own (rule 18); the last paragraph 'Des Weiteren wird die Online-Beratung deutlich ausgebaut. \"Häufig ist "
              "ein Telefonat nicht möglich. … täglich in der Zeit von 15 bis 22 Uhr unter www.haltdergewalt.', cut off in "
              "the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BKA,
    paras=["Finanzielle und personelle Stärkung der 24h-Frauen-Helpline, Ausbau der Online-Beratung für von Gewalt "
           "bedrohte Frauen und Sicherheit bei akuten Fällen, damit polizeiliche Ermittlungstätigkeit und Strafverfolgung "
           "gesichert sind",
           GEW_P2,
           GEW_P3],
    quotes=[(cut(GEW_P2, "\"Die notwendige", "erarbeitet\""), RAAB),
            (cut(GEW_P3, "\"Konkret stärken", "Verfügung\""), RAAB)],
    aliases={RAAB: ["Susanne Raab", "Frauenministerin Susanne Raab", "Raab", "Frauenministerin"]})

TECH_P2 = ("\"Die Bundesregierung hat es sich im Regierungsprogramm zum Ziel gesetzt, dass Frauen selbstbestimmt, "
           "unabhängig und frei von Diskriminierung leben können. Deshalb müssen die Chancen für Frauen in unserer "
           "Gesellschaft verbessert werden – und zwar in allen Bereichen\", sagte Bundesministerin Susanne Raab nach dem "
           "Treffen mit der anerkannten Wissenschafterin Shimrit Maman von der Ben-Gurion Universität Tel Aviv und dem "
           "Botschafter des Staates Israel, Mordechai Rodgold.")
TECH_P4 = ("\"Wir müssen Frauen stärken und ihnen Wege in den verschiedensten Branchen aufzeigen, sei es im Bereich der Aus- "
           "und Weiterbildung oder der besseren Vereinbarkeit von Karriere und Familie. Es gilt, Rollenbilder weiter "
           "aufzubrechen, wenn wir den Frauenanteil in Führungspositionen erhöhen wollen, insbesondere in "
           "naturwissenschaftlichen und technischen Bereichen\", betonte Susanne Raab. \"Gerade in bisher männlich "
           "dominierten Berufsfeldern ist es wichtig, erfolgreiche Frauen als Vorbilder vor den Vorhang zu holen\", so die "
           "Bundesministerin für Frauen und Integration abschließend.")

add(id="ho121-bka-2020-raab-frauen-maedchen-technik",
    title="Bundesministerin Susanne Raab: Frauen und Mädchen verstärkt für Technik begeistern",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2020/"
        "bundesministerin-susanne-raab-frauen-und-maedchen-verstaerkt-fuer-technik-begeistern.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, 2020; the "
              "subtitle 'Gespräch der Frauenministerin mit Shimrit Maman und Mordechai Rodgold' kept as a line of its own "
              "(rule 18); the closing service line 'Bilder von diesem Termin sind über das Fotoservice des "
              "Bundeskanzleramts kostenfrei abrufbar.' dropped as furniture (rule 14))",
    license=BKA,
    paras=["Gespräch der Frauenministerin mit Shimrit Maman und Mordechai Rodgold",
           TECH_P2,
           "Im Mittelpunkt des Gesprächs stand die Frage, wie man Frauen und Mädchen noch stärker für den Bereich der "
           "Technik begeistern kann. Shimrit Maman ist Research Associate am Homeland Security Institute sowie Director an "
           "der Earth and Planetary Image Facility der Ben-Gurion Universität. Zudem ist sie für das UN Office for Outer "
           "Space Affairs tätig.",
           TECH_P4],
    quotes=[(cut(TECH_P2, "\"Die Bundesregierung", "allen Bereichen\""), RAAB),
            (cut(TECH_P4, "\"Wir müssen", "technischen Bereichen\""), RAAB),
            (cut(TECH_P4, "\"Gerade in", "Vorhang zu holen\""), RAAB)],
    aliases={RAAB: ["Susanne Raab", "Bundesministerin Susanne Raab", "Frauenministerin",
                    "Bundesministerin für Frauen und Integration"]})
