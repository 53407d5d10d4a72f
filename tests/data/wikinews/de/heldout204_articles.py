# Two-hundred-and-fourth held-out German real-news set (tests/data/heldout204-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1500-1501). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, the speakers' names and a distinctive
# 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and of the other
# held-out worktrees). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-fourth held-out set": texts of the Federal Government Commissioner for
# Migration, Refugees and Integration (Integrationsbeauftragte, Staatsministerin in the Chancellery) on her Government site
# integrationsbeauftragte.de, which runs on the bundesregierung.de system (licence BREG_COMMISSIONER): a press release of
# September 2020 and an interview page of November 2018. Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_COMMISSIONER  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WM = "Annette Widmann-Mauz"

# --- integrationsbeauftragte.de: press release of 21 September 2020 (Bundeskonferenz der Integrationsbeauftragten) ---

VIELFALT_P2 = ("Unter dem Titel „In Vielfalt vereint: Zukunft in Deutschland“ findet am 21. September 2020 die "
               "Bundeskonferenz der Integrationsbeauftragten von Bund, Ländern und Kommunen erstmals als digitales Format "
               "statt.")
VIELFALT_P3 = ("Die Staatsministerin für Integration und Beauftragte der Bundesregierung für Migration, Flüchtlinge und "
               "Integration, Annette Widmann-Mauz, betont: „Vielfalt hat Deutschland in Europa und der Welt stark gemacht. "
               "Im 30. Jahr der Deutschen Einheit ist es höchste Zeit, dass Vielfalt von der Realität zur Normalität wird. "
               "Dazu gehört, Integration von Anfang an zu fordern und zu fördern und Probleme, wo sie auftauchen, "
               "entschlossen anzugehen. Dazu gehört aber genauso, denen entschieden entgegenzutreten, die unser Land "
               "spalten wollen. Rassismus, Rechtsextremismus und Antisemitismus sind die größte Bedrohung für den "
               "Zusammenhalt und die Einheit unseres Landes. Neben verstärkter Prävention und einem wehrhaften "
               "Rechtsstaat, sind deshalb auch die Anerkennung und Wertschätzung der Leistungen, die unsere vielfältige "
               "Gesellschaft erbringt, entscheidend für die Zukunftsfähigkeit unseres Landes.“")
VIELFALT_P4 = ("Dr. Reiner Haseloff MdL, Ministerpräsident des Landes Sachsen-Anhalt, sagt: „Migration schafft ein waches "
               "Bewusstsein für die Einheit der globalisierten Welt und von der Verantwortung, die wir füreinander haben. "
               "Sie ist Bereicherung, aber immer auch Herausforderung für eine Gesellschaft, die Zusammenhalt und "
               "Solidarität braucht. Sie öffnet Horizonte, schafft kulturelle Vielfalt und bringt den Input, den eine "
               "Gesellschaft benötigt, um sich immer wieder neu zu finden und zu erfinden. Gleichzeitig dürfen wir aber "
               "auch nicht die Augen vor den Konflikten verschließen, die aus Interessengegensätzen erwachsen, nur so wird "
               "unsere Gemeinschaft stärker, kreativer und vitaler.“")

add(id="ho204-intb-2020-09-21-vielfalt-normalitaet",
    title="Widmann-Mauz: „Vielfalt muss von der Realität zur Normalität werden“",
    url="https://www.integrationsbeauftragte.de/ib-de/presse/pressemitteilungen/widmann-mauz-vielfalt-muss-von-der-realitaet-zur-normalitaet-werden--1789676",
    retrieved="same address (stored press release of 21 September 2020; the site name 'Integrationsbeauftragte', the label "
              "'Pressemitteilung' and the lines 'Ausgabejahr: 2020' / 'Datum: 21. September 2020' dropped as furniture "
              "(rule 14); the last paragraph 'Dr. Bernd Wi…', cut off in the stored copy, dropped (rule 15); trailing "
              "blanks of the paragraphs removed)",
    license=BREG_COMMISSIONER,
    paras=[VIELFALT_P2,
           VIELFALT_P3,
           VIELFALT_P4],
    quotes=[("„Vielfalt muss von der Realität zur Normalität werden“", WM),
            ("„In Vielfalt vereint: Zukunft in Deutschland“", None),
            (cut(VIELFALT_P3, "„Vielfalt hat", "unseres Landes.“"), WM),
            (cut(VIELFALT_P4, "„Migration schafft", "vitaler.“"), "Reiner Haseloff")],
    aliases={WM: ["Annette Widmann-Mauz", "Widmann-Mauz", "Die Staatsministerin für Integration und Beauftragte der "
                  "Bundesregierung für Migration, Flüchtlinge und Integration, Annette Widmann-Mauz",
                  "Staatsministerin für Integration", "Beauftragte der Bundesregierung für Migration, Flüchtlinge und "
                  "Integration", "Staatsministerin"],
             "Reiner Haseloff": ["Reiner Haseloff", "Dr. Reiner Haseloff", "Dr. Reiner Haseloff MdL", "Haseloff",
                                 "Ministerpräsident des Landes Sachsen-Anhalt", "Ministerpräsident"]})

# --- integrationsbeauftragte.de: interview page of 11 November 2018 (B.Z. am Sonntag, UN migration compact) ---

BZ_P7 = ("Es gibt auch Kritik an der rechtlichen Ausgestaltung. Es heißt, das Abkommen ist unverbindlich, aber 87-mal kommt "
         "das Wort „Verpflichtung“ vor.")

add(id="ho204-intb-2018-11-11-interview-bz-migrationspakt",
    title="\"Wenn wir Migration steuern wollen, müssen wir global handeln.\"",
    url="https://www.integrationsbeauftragte.de/ib-de/presse/interviews/-wenn-wir-migration-steuern-wollen-muessen-wir-global-handeln--1548968",
    retrieved="same address (stored interview page of 11 November 2018, the Commissioner's interview with the B.Z. am "
              "Sonntag as published on her Government site; the site name 'Integrationsbeauftragte', the date line "
              "'Sonntag, 11. November 2018' and the label 'Interview B.Z. am Sonntag' dropped as furniture (rule 14); the "
              "last answer 'Im Abkommen ist klar festgeschrieben, dass unsere Souver…', cut off in the stored copy, dropped "
              "(rule 15); trailing blanks of the paragraphs removed)",
    license=BREG_COMMISSIONER,
    paras=["Staatsministerin Widmann-Mauz im Gespräch mit der B.Z. am Sonntag über den UN-Migrationspakt, Integration und "
           "Freiburg.",
           "Frau Widmann-Mauz, es gibt doch schon die Genfer Flüchtlingskonvention – Wozu brauchen wir den Migrationspakt?",
           "Wenn wir Migration steuern wollen, müssen wir global handeln und dazu gehört, Fluchtursachen weltweit zu "
           "bekämpfen. In vielen Regionen dieser Welt gibt es keine Lebensperspektiven, keine ausreichende "
           "Gesundheitsversorgung, Menschen müssen Zwangsarbeit verrichten und ihre Kinder haben keine Möglichkeit, "
           "Schulen zu besuchen. Aus dieser Situation heraus entsteht Migrationsdruck, auch nach Europa.",
           "Bisher klappt es doch kaum innerhalb Europas, Migration zu steuern. Warum nun dieser weltweite Ansatz?",
           "Es geht darum, dass Menschen ihre Heimatländer gar nicht erst verlassen müssen. Das können wir nicht national "
           "lösen und auch nicht als Europäerinnen und Europäer allein. Das geht nur, wenn wir die Staaten weltweit in die "
           "Verantwortung nehmen, mehr zu tun. So wie wir das ja auch in Fragen der Weltwirtschaft und im Umwelt- und "
           "Klimaschutz tun.",
           "Was für Lösungen hat der Migrationspakt?",
           "Ein wichtiger Punkt ist die Unterstützung von Staaten in Krisenregionen. Nehmen Sie das Beispiel Syrien: "
           "Menschen flüchten aus einer Kriegszone in ein benachbartes Land, nach Jordanien oder in den Libanon. Wenn sie "
           "dort eine menschenwürdige Unterbringung und Versorgung erhalten, Bildung und Ausbildung für ihre Kinder, dann "
           "werden die meisten nicht weiterziehen. Das mindert den Migrationsdruck auf Europa und Deutschland. Deshalb ist "
           "das Abkommen in unserem elementaren nationalen Interesse.",
           BZ_P7],
    quotes=[("\"Wenn wir Migration steuern wollen, müssen wir global handeln.\"", "Widmann-Mauz"),
            ("„Verpflichtung“", None)],
    aliases={"Widmann-Mauz": ["Widmann-Mauz", "Staatsministerin Widmann-Mauz", "Frau Widmann-Mauz", "Staatsministerin"]})
