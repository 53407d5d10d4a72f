# Eighty-seventh held-out German real-news set (tests/data/heldout87-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 680). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Eighty-seventh held-out set" of SOURCES.md: articles of "EWSA info", the newsletter of the
# European Economic and Social Committee, on eesc.europa.eu/de (licence EESC_INFO). Stored copies are the `search` tool's
# `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHWENG = "Christa Schweng"
CHROME = "the site line 'European Economic' / 'and Social Committee' before the headline dropped as furniture (rule 93)"

# --- EWSA info, November 2020 ---

DEB_P4 = ("„Dank des Beitrags der organisierten Zivilgesellschaft kann die EU in ihren politischen Maßnahmen der Situation "
          "vor Ort besser Rechnung tragen, so dass diese auf nationaler und lokaler Ebene wirksamer umgesetzt werden können.“")
DEB_P5 = ("Diese Arbeit sei nicht nur hilfreich, sondern auch notwendig. „Die praktische Erfahrung von Arbeitgebern, "
          "Arbeitnehmern, Verbrauchern, Landwirten und NGO ist unabdingbar, um Europa besser zu gestalten. Uns kommt eine "
          "Brückenfunktion zu, die wir erfolgreich wahrnehmen müssen – und auch können“, so Schweng weiter.")

add(id="ho87-eesc-info-2020-11-schweng-debatte",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/112020/articles/84112",
    retrieved="same address (stored article of EWSA info, November 2020; the stored copy begins with the article's first "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); the missing space in "
              "'Europas“mit' kept as published (rule 20); the last paragraph 'Auch die Präsidentin der Europäischen "
              "Kommission Ursula von der Leyen nahm mit einer Videobotschaft an der Debatte t', cut off in the stored copy, "
              "dropped (rule 15); it holds no quotation mark in the stored part)",
    license=EESC_INFO,
    paras=["Einen Tag nach ihrer Wahl auf der Oktober-Plenartagung des Europäischen Wirtschafts- und Sozialausschusses (EWSA) "
           "hatte Christa Schweng in einer Debatte mit den EU-Führungsspitzen ihren ersten öffentlichen Auftritt als "
           "EWSA-Präsidentin.",
           "In einer Online-Debatte zum Thema „Wiederaufbau für die Zukunft Europas“mit den Präsidentinnen und Präsidenten "
           "aller wichtigen EU-Institutionen wurde erörtert, welche Rolle die Zivilgesellschaft bei der Bewältigung der "
           "Herausforderungen spielen kann, denen sich Europa und die ganze Welt derzeit gegenübersehen.",
           "Die neu gewählte EWSA-Präsidentin Christa Schweng erläuterte die wichtige Aufgabe des EWSA bei der Vertretung der "
           "organisierten Zivilgesellschaft auf europäischer Ebene:",
           DEB_P4,
           DEB_P5,
           "Auch die neu ernannten EWSA-Vizepräsidenten nahmen an der Debatte teil. Giulia Barbucci, Vizepräsidentin mit "
           "Zuständigkeit für die Finanzen des EWSA, wies darauf hin, dass die EU zwar schon sehr viel getan hat, um die "
           "derzeitige Krise zu bewältigen, die fundamental wichtige Einbindung der Bürgerinnen und Bürger aber bisher "
           "vernachlässigt hat. Genau hier komme der EWSA ins Spiel.",
           "Der Vizepräsident für Kommunikation Cillian Lohan betonte, dass die EWSA-Mitglieder wie niemand anderer sehen, "
           "wie sich die EU auf den Alltag der verschiedenen Gesellschaftsgruppen auswirkt."],
    # the debate's theme is a title (rule 24); the paragraph after the colon cue line is Schweng's (rule 601); Barbucci's
    # and Lohan's words are reported without marks and are not annotated
    quotes=[("„Wiederaufbau für die Zukunft Europas“", None),
            (DEB_P4, SCHWENG),
            (cut(DEB_P5, "„Die praktische", "auch können“"), SCHWENG)],
    aliases={SCHWENG: ["Christa Schweng", "Die neu gewählte EWSA-Präsidentin Christa Schweng", "Schweng"]})

WAHL_P = ("Nach ihrer Wahl erklärte Frau Schweng: „Diese Mandatsperiode ist durch COVID-19 geprägt und wird leider eine Zeit "
          "der Ungewissheit und der wirtschaftlichen und sozialen Not sein, eine Zeit, in der viele Unternehmen um ihr "
          "Überleben kämpfen und Beschäftigte ihren Arbeitsplatz verlieren werden. Vor diesem Hintergrund müssen wir mehr "
          "denn je unsere Kräfte bündeln, eine Vision für ein aus der COVID-19-Krise neu hervorgehendes Europa entwickeln und "
          "alles in unseren Kräften Stehende dafür tun, dass unser Ausschuss einen entscheidenden Beitrag zur Erholung Europas "
          "und seiner künftigen Widerstandsfähigkeit leistet. Gleichzeitig müssen wir die Einigkeit, die Handlungsfähigkeit "
          "und das hohe Ansehen des EWSA wiederherstellen und stärken.“")

add(id="ho87-eesc-info-2020-11-schweng-gewaehlt",
    title="Österreicherin Christa Schweng an die Spitze des EWSA gewählt",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/112020/articles/84104",
    retrieved="same address (stored article of EWSA info, November 2020; " + CHROME + "; the subtitle 'Gemeinsam für die "
              "Zukunft Europas: …' kept as a line of its own (rule 18); the last paragraph 'Dementsprechend steht Christa "
              "Sc', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Gemeinsam für die Zukunft Europas: Die neue Präsidentin will Einigkeit und Ruf des EWSA wiederherstellen und "
           "aufzeigen, wie er die Politikgestaltung auf EU-Ebene beeinflussen kann.",
           "Das höchste Amt des Europäischen Wirtschafts- und Sozialausschusses (EWSA) wurde zum 33. Mal neu besetzt: Die "
           "Österreicherin Christa Schweng wurde als fünfte Frau an die Spitze dieser EU-Einrichtung gewählt, die seit 1958 "
           "die organisierte Zivilgesellschaft repräsentiert. Vervollständigt wird die neue Führungsriege des EWSA durch "
           "Giulia Barbucci (Italien) als Vizepräsidentin für Haushaltsfragen und Cillian Lohan (Irland) als Vizepräsident "
           "für Kommunikation.",
           "Frau Schweng bringt für ihre neue Aufgabe umfangreiche Erfahrungen und Kenntnisse in Sozial- und "
           "Beschäftigungsfragen aus über zwanzig Jahren Beratungstätigkeit sowohl auf EU-Ebene als auch in ihrem Heimatland "
           "Österreich mit.",
           "Seit 1994 ist sie leitende Referentin in der Abteilung für Sozialpolitik und Gesundheit der Wirtschaftskammer "
           "Österreich (WKÖ).",
           "Die überzeugte Europäerin ist seit 22 Jahren Mitglied der Gruppe Arbeitgeber des EWSA.",
           WAHL_P],
    quotes=[(cut(WAHL_P, "„Diese Mandatsperiode", "stärken.“"), SCHWENG)],
    aliases={SCHWENG: ["Christa Schweng", "Die Österreicherin Christa Schweng", "Frau Schweng", "Schweng"]})

# --- EWSA info, January 2022 ---

VDL = "Ursula von der Leyen"
SEF = "Maroš Šefčovič"
DEZ_P2 = ("Schweng begrüßte, dass viele Vorschläge und Empfehlungen des EWSA aus seiner Entschließung vom Juni 2021 im "
          "Arbeitsprogramm der Europäischen Kommission für 2022 berücksichtigt wurden, und erklärte: „Unsere Prioritäten "
          "stehen eng mit denen der Europäischen Kommission im Einklang, die wir auch weiterhin bei der Umsetzung ihrer "
          "ehrgeizigen Ziele unterstützen werden. Wir müssen außerdem dafür eintreten, dass die organisierte "
          "Zivilgesellschaft sich in einer offenen, wertebasierten Gesellschaft frei entfalten kann. Lassen Sie uns Europa "
          "gemeinsam lebenswert und blühend machen!“")
DEZ_P3 = ("Kommissionspräsidentin von der Leyen würdigte die Arbeit des EWSA: „Der Ausschuss hat seine Aufgabe stets sehr "
          "engagiert und entschlossen wahrgenommen: den Menschen Gehör zu verschaffen – als die Stimme von Unternehmen, "
          "Beschäftigten und anderen Organisationen der Zivilgesellschaft. Wir sind und bleiben stets enge Partner – sowohl "
          "bei der jährlichen politischen Planung als auch bei langfristigen Zukunftsvorhaben.“")

add(id="ho87-eesc-info-2022-01-dezember-plenartagung",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/012022/articles/95372",
    retrieved="same address (stored article of EWSA info, January 2022, complete; the stored copy begins with the article's "
              "first paragraph and shows no headline, so the text has no title line (rules 18, 32); the editor's initials "
              "'(mp)' at the end of the last paragraph kept as published (rule 20))",
    license=EESC_INFO,
    paras=["Der EWSA und die Europäische Kommission müssen sich gemeinsam für ein Europa engagieren, das die Pandemie "
           "überwindet und die Erholung konsolidiert – für ein wohlhabendes, sozial inklusives und ökologisch nachhaltiges "
           "Europa. So lautete auf der Dezember-Plenartagung des EWSA die zentrale Botschaft von Präsidentin Christa Schweng "
           "an die Präsidentin der Europäischen Kommission Ursula von der Leyen und den für interinstitutionelle Beziehungen "
           "und Vorausschau zuständigen Vizepräsidenten Maroš Šefčovič.",
           DEZ_P2,
           DEZ_P3,
           "Auch Maroš Šefčovič dankte dem Ausschuss für seine enge Zusammenarbeit mit der Europäischen Kommission. Er "
           "würdigte die „Verbindungen zwischen den beiden Institutionen“ als „quicklebendig“ und nannte die EWSA-Mitglieder "
           "die „besten Botschafter für die Europäische Union“. (mp)"],
    # the three partial quotations of the last paragraph are Šefčovič's wording of his praise (rule 680)
    quotes=[(cut(DEZ_P2, "„Unsere Prioritäten", "blühend machen!“"), SCHWENG),
            (cut(DEZ_P3, "„Der Ausschuss", "Zukunftsvorhaben.“"), VDL),
            ("„Verbindungen zwischen den beiden Institutionen“", SEF),
            ("„quicklebendig“", SEF),
            ("„besten Botschafter für die Europäische Union“", SEF)],
    aliases={SCHWENG: ["Christa Schweng", "Präsidentin Christa Schweng", "Schweng"],
             VDL: ["Ursula von der Leyen", "Kommissionspräsidentin von der Leyen", "von der Leyen"],
             SEF: ["Maroš Šefčovič"]})

# --- EWSA info, May 2020 ---

ERKL_P1 = ("Die EWSA-Mitglieder reagierten am 17. März 2020 mit ihrer Erklärung „Entweder wir bewähren uns jetzt als Union "
           "oder wir entpuppen uns als Worthülse!“ auf die durch die Coronavirus-Pandemie verursachte Situation. Sie "
           "forderten darin mehr Solidarität und ein gemeinsames Vorgehen auf europäischer Ebene, um die Folgen der Pandemie "
           "wirksam zu bewältigen. Die Mitglieder betonten, wie wichtig ein gemeinsames Vorgehen ist, damit alle "
           "Mitgliedstaaten an einem Strang ziehen, sich gegenseitig unterstützen und konzertiert handeln können.")
ERKL_P2 = ("So heißt es in der Erklärung: „Kein Land in Europa oder anderswo kann eine solche Pandemie im Alleingang "
           "bewältigen.“ Die EWSA-Mitglieder als Vertreterinnen und Vertreter der europäischen Zivilgesellschaft bekräftigten, "
           "dass nur ein wirksameres und stärker geeintes Europa Krisen bewältigen und seine Bevölkerung und seine Wirtschaft "
           "unterstützen kann.")
MEMBERS = "EWSA-Mitglieder"

add(id="ho87-eesc-info-2020-05-erklaerung-corona",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/052020/articles/79425",
    retrieved="same address (stored article of EWSA info, May 2020, complete; the stored copy begins with the article's "
              "first paragraph and shows no headline, so the text has no title line (rules 18, 32); the closing link line "
              "'Den vollständigen Wortlaut der Erklärung finden Sie hier: https://www.eesc.europa.eu/de/news-media/news/"
              "covid-19-now-we-are-either-union-or-we-are-nothing' dropped as furniture (rule 93))",
    license=EESC_INFO,
    paras=[ERKL_P1, ERKL_P2],
    # the declaration's title is null (rule 681); the sentence quoted from it is the members' who issued it (rule 682)
    quotes=[(cut(ERKL_P1, "„Entweder", "Worthülse!“"), None),
            (cut(ERKL_P2, "„Kein Land", "bewältigen.“"), MEMBERS)],
    aliases={MEMBERS: ["EWSA-Mitglieder", "Die EWSA-Mitglieder"]})

# --- EWSA info, January 2024 ---

JUB_P2 = ("Der Europäische Wirtschafts- und Sozialausschuss (EWSA) wurde durch die im März 1957 unterzeichneten Römischen "
          "Verträge errichtet und hielt im Mai 1958 seine erste Plenartagung ab. Seine bisherige Bilanz an Erfahrungen und "
          "seine Erkenntnisse für die Zukunft waren am 13. Dezember 2023 in Brüssel auf der Feier anlässlich des 65-jährigen "
          "Bestehens des Europäischen Wirtschafts- und Sozialausschusses Thema der Debatte „Zivilgesellschaft stärken, "
          "Demokratie verteidigen“. „In den letzten 65 Jahren hat sich der Ausschuss als veritable Plattform etabliert, auf "
          "der die Zivilgesellschaft ihre Ansichten frei äußern und sich so für bessere EU-Rechtsvorschriften einsetzen kann. "
          "In der sich wandelnden geopolitischen Lage ist die Stimme einer starken und unabhängigen Zivilgesellschaft "
          "wichtiger denn je: Sie wacht darüber, dass niemand die Gewaltenteilung, die Rechtsstaatlichkeit oder die "
          "Grundrechte und -werte außer Kraft setzt, dass niemand der Demokratie den Stecker zieht”, betonte EWSA-Präsident "
          "Oliver Röpke.")
ROEPKE = "Oliver Röpke"

add(id="ho87-eesc-info-2024-01-65-jahre",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-january-2024/articles/115500",
    retrieved="same address (stored article of EWSA info, January 2024; the stored copy begins with the article's lead and "
              "shows no headline, so the text has no title line (rules 18, 32); the closing mark '”' after 'Stecker zieht' "
              "kept as published (rule 20); the third paragraph 'Die Mitglieder des EWSA spiegeln … „Der EWSA ist nun 65 "
              "Jahre alt, … Gerade jetzt sind so viele Europäerinnen und Europäer mit Schwierigkeiten konfrontier', cut off "
              "in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=EESC_INFO,
    paras=["Die Bilanz des EWSA ist eine Erfolgsgeschichte, doch muss die Europäische Union sich noch stärker für den "
           "Sozialvertrag sowie für die Grundsätze der Solidarität, einer gerechter Wirtschaft und der Inklusivität "
           "engagieren. Nur so kann sie ihre europäischen Werte bewahren.",
           JUB_P2],
    # the debate's title is null (rule 24); the quotation closed by '”' ends at that mark and is Röpke's (closing cue)
    quotes=[("„Zivilgesellschaft stärken, Demokratie verteidigen“", None),
            (cut(JUB_P2, "„In den letzten", "Stecker zieht”"), ROEPKE)],
    aliases={ROEPKE: ["Oliver Röpke", "EWSA-Präsident Oliver Röpke"]})

# --- EWSA info, March 2025 ---

BOL_P = ("„Der EWSA kann zu diesem Thema langjährige Erfahrung und eine bestehende Plattform anbieten. Er muss daher von "
         "Anfang an in die Initiativen der Europäischen Kommission zur Intensivierung der Zusammenarbeit mit der "
         "Zivilgesellschaft eingebunden werden. Der EWSA muss bei der Initiative zur Schaffung einer Plattform der "
         "Zivilgesellschaft in die Governance einbezogen werden und selbst eine Schlüsselrolle spielen“, so Boland.")
BOLAND = "Séamus Boland"

add(id="ho87-eesc-info-2025-03-zivilgesellschaft-lauter",
    title="Die Zivilgesellschaft muss lauter werden",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-march-2025/articles/128324",
    retrieved="same address (stored article of EWSA info, March 2025; " + CHROME + "; the byline 'von der Gruppe "
              "Organisationen der Zivilgesellschaft' kept as a line of its own (rule 18); the last paragraph 'Er sprach "
              "sich für einen strukturierten, regelmäßigen, tran', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["von der Gruppe Organisationen der Zivilgesellschaft",
           "Der EWSA muss von Anfang an in die Initiativen der Europäischen Kommission zur Intensivierung der Zusammenarbeit "
           "mit der Zivilgesellschaft eingebunden werden. Laut der Gruppe Organisationen der Zivilgesellschaft des EWSA kann "
           "die Studie des EWSA „Ziviler Dialog in den EU-Institutionen“, die in Kürze veröffentlicht wird, wertvolle Hinweise "
           "dazu liefern.",
           "Die EU steht am Beginn eines neuen institutionellen Zyklus. Als Reaktion auf die Ankündigung einer EU-Strategie zur "
           "Unterstützung, zum Schutz und zur Stärkung der Zivilgesellschaft für das dritte Quartal 2025 im Arbeitsprogramm "
           "der Kommission hat die Gruppe der Organisationen der Zivilgesellschaft eine Konferenz veranstaltet, in deren "
           "Rahmen wichtige Maßnahmen für den Zeitraum 2024-2029 erörtert wurden. Unter den rund 100 Teilnehmenden der "
           "Veranstaltung am 3. März waren Mitglieder nationaler und europäischer Organisationen der Zivilgesellschaft sowie "
           "Bürgerinnen und Bürger.",
           "Laut Séamus Boland, dem Vorsitzenden der Gruppe der Organisationen der Zivilgesellschaft, tragen die "
           "zivilgesellschaftlichen Organisationen dafür Sorge, dass die politischen Entscheidungsträger über die Bedürfnisse "
           "der Menschen informiert sind und darauf eingehen. Er bekräftigt die Forderung der Gruppe und des Ausschusses, den "
           "EWSA in die von der Kommission geplante Plattform der Zivilgesellschaft einzubinden.",
           BOL_P],
    # the study's title is null (rule 24); the quotation with the closing cue 'so Boland' is his, not his group's
    # (rule 683)
    quotes=[("„Ziviler Dialog in den EU-Institutionen“", None),
            (cut(BOL_P, "„Der EWSA", "Schlüsselrolle spielen“"), BOLAND)],
    aliases={BOLAND: ["Séamus Boland", "Boland"]})
