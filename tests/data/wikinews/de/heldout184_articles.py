# Hundred-and-eighty-fourth held-out German real-news set (tests/data/heldout184-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1380-1381). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page address against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers' names
# and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-eighty-fourth held-out set" of SOURCES.md: two articles of "EWSA info", the
# newsletter of the European Economic and Social Committee (licence EESC_INFO), and a news item of the Commission's
# Representation in Austria on austria.representation.ec.europa.eu (licence EU). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rule 15), site headers, image credits, list items and the
# page's metadata block are dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, EESC_INFO  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAHIER = "Luca Jahier"
BRETON = "Thierry Breton"

# --- EWSA info, September 2018: the EESC's 60th anniversary plenary ---

JAHIER_P2 = ("Auf der Jubiläumsplenartagung arbeitete Präsident Luca Jahier in seiner Rede die Meilensteine der Geschichte des "
             "EWSA heraus und erinnerte an dessen wichtige Leistungen als erfolgreicher Initiator wesentlicher "
             "EU-Rechtsvorschriften. „Von der Gemeinschaftscharta der sozialen Grundrechte der Arbeitnehmer bis hin zu seinem "
             "wegweisenden Vorschlag für eine Finanztransaktionssteuer kann der „EWSA auf vieles stolz sein“, so Jahier.")

add(id="ho184-eesc-info-2018-09-60-jahrestag-jahier",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/092018/articles/63085",
    retrieved="same address (article of 'EWSA info' of September 2018 on the plenary of 24 May 2018 marking the EESC's 60th "
              "anniversary; the stored copy begins with the lead paragraph and shows no headline, so the document has no "
              "title line; the paragraph 'Zudem schlug er eine Reihe von Lösungen … bekannt:', the seven list items that "
              "follow it and the paragraphs on the debate with Jean-Claude Juncker, Ramón Valcarcel Siso and Karl-Heinz "
              "Lambertz and on Herman Van Rompuy's address (the last cut off in the stored copy) dropped: the document is cut "
              "after the last paragraph before the list (rules 14, 15))",
    license=EESC_INFO,
    paras=["In seiner Rede anlässlich des 60. Jahrestages des Europäischen Wirtschafts- und Sozialausschusses betonte "
           "EWSA-Präsident Luca Jahier am 24. Mai dessen Entschlossenheit, sich nicht auf seinen Lorbeeren auszuruhen, und "
           "skizzierte die künftigen Maßnahmen des EWSA auf der Grundlage von sieben Prioritäten. Führende EU-Politiker "
           "vertreten in der Debatte über die Zukunft Europas einhellig die Meinung, dass die Zivilgesellschaft den Schlüssel "
           "zur Demokratie in Europa bildet und auch künftig bilden muss.",
           JAHIER_P2],
    quotes=[("„Von der Gemeinschaftscharta der sozialen Grundrechte der Arbeitnehmer bis hin zu seinem wegweisenden "
             "Vorschlag für eine Finanztransaktionssteuer kann der „EWSA auf vieles stolz sein“", JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier", "Präsident Luca Jahier", "Jahier"]})

# --- Representation in Austria, 13 April 2022: protection of craft and industrial products ---

BRETON_P1 = ("Die Europäische Kommission hat heute einen entsprechenden Rahmen zum Schutz des geistigen Eigentums vorgeschlagen. "
             "„Europa verfügt über ein außergewöhnliches Erbe an handwerklichen und industriellen Produkten von Weltruf. Es "
             "ist an der Zeit, diesen Herstellern – wie Lebensmittel- und Weinerzeugern – ein neues Recht des geistigen "
             "Eigentums zu verleihen, das das Vertrauen in ihre Produkte sowie deren Sichtbarkeit erhöht, indem es für ihre "
             "Authentizität und ihren Ruf bürgt“, so EU-Binnenmarktkommissar Thierry Breton. „Die heutige Initiative wird "
             "auch zur Schaffung qualifizierter Arbeitsplätze, besonders in kleinen und mittleren Unternehmen, sowie zur "
             "Entwicklung des Tourismus, auch in den ländlicheren oder wirtschaftlich schwächeren Gebieten, beitragen.“")

add(id="ho184-eucom-at-2022-04-13-handwerksprodukte-breton",
    title=None,
    url="https://austria.representation.ec.europa.eu/news/geistiges-eigentum-europaische-kommission-starkt-schutz-regionaler-handwerksprodukte-2022-04-13_de",
    retrieved="same address (news item of the Commission's Representation in Austria of 13 April 2022; the stored copy "
              "begins with the paragraph kept here and shows no headline, so the document has no title line (the headline "
              "is not reconstructed from the address); the metadata block 'Einzelheiten - Datum der Veröffentlichung - 13. "
              "April 2022 - Autor - Vertretung in Österreich' dropped as furniture (rule 14))",
    license=EU,
    paras=[BRETON_P1],
    quotes=[("„Europa verfügt über ein außergewöhnliches Erbe an handwerklichen und industriellen Produkten von Weltruf. Es ist "
             "an der Zeit, diesen Herstellern – wie Lebensmittel- und Weinerzeugern – ein neues Recht des geistigen Eigentums "
             "zu verleihen, das das Vertrauen in ihre Produkte sowie deren Sichtbarkeit erhöht, indem es für ihre "
             "Authentizität und ihren Ruf bürgt“", BRETON),
            ("„Die heutige Initiative wird auch zur Schaffung qualifizierter Arbeitsplätze, besonders in kleinen und mittleren "
             "Unternehmen, sowie zur Entwicklung des Tourismus, auch in den ländlicheren oder wirtschaftlich schwächeren "
             "Gebieten, beitragen.“", BRETON)],
    aliases={BRETON: ["Thierry Breton", "EU-Binnenmarktkommissar Thierry Breton"]})

# --- EWSA info, February 2023: EESC Civil Society Prize 2022 ---

add(id="ho184-eesc-info-2023-02-preis-der-zivilgesellschaft-2022",
    title="EWSA-Preis der Zivilgesellschaft 2022 zu den Themen Jugend und Ukraine geht an die spanische „Fundación "
          "Secretariado Gitano“ und den rumänischen Verein „SUS INIMA“",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/022023/articles/105017",
    retrieved="same address (article of 'EWSA info' of February 2023; the site line 'European Economic and Social "
              "Committee' above the headline dropped as furniture (rule 14); cut after the paragraph ending 'in die "
              "rumänische Gesellschaft.': the paragraph 'Die vier anderen Vereine erhielten jeweils 8 000 Euro. Die weiteren "
              "Platzierungen:', the list of the other places under 'KATEGORIE 1 – JUGEND' and 'KATEGORIE 2 – UKRAINE' and "
              "the paragraph on the award ceremony, whose quotation of Christa Schweng is cut off in the stored copy, "
              "dropped (rules 14, 15))",
    license=EESC_INFO,
    paras=["Die Auszeichnung wurde diesmal in zwei Kategorien verliehen: „Stärkung der Handlungskompetenz junger Menschen“ "
           "und „Europäische Zivilgesellschaft für die Ukraine“.",
           "Der Europäische Wirtschafts- und Sozialausschuss (EWSA) zeichnete sechs zivilgesellschaftliche Organisationen "
           "für ihre herausragenden Projekte aus, die leuchtende Beispiele für das Engagement der Zivilgesellschaft für eine "
           "bessere Zukunft für junge Menschen in Europa und zur Linderung der Notlage der Ukrainerinnen und Ukrainer sind, "
           "die unter der brutalen Invasion Russlands leiden.",
           "Das Preisgeld in Höhe von 60 000 Euro wurde unter sechs ausgezeichneten Projekten aufgeteilt. Der mit 14 000 Euro "
           "dotierte erste Preis in der Kategorie „Jugend“ ging an den spanischen Verein Fundación Secretariado Gitano für "
           "sein Projekt „Learning by Doing“, mit dem er das Problem der Arbeitslosigkeit unter jungen Roma angeht. Als "
           "Gewinner in der Kategorie „Ukraine“ konnte der rumänische Verein SUS INIMA den gleichen Betrag entgegennehmen. "
           "Er hilft aus der Ukraine geflüchteten Menschen bei der reibungslosen Eingliederung in die rumänische "
           "Gesellschaft."],
    quotes=[("„Fundación Secretariado Gitano“", None),
            ("„SUS INIMA“", None),
            ("„Stärkung der Handlungskompetenz junger Menschen“", None),
            ("„Europäische Zivilgesellschaft für die Ukraine“", None),
            ("„Jugend“", None),
            ("„Learning by Doing“", None),
            ("„Ukraine“", None)],
    aliases={})
