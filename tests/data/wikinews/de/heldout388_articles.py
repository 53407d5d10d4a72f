# Three-hundred-and-eighty-eighth held-out German real-news set (tests/data/heldout388-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2080-2083). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, headline or first words and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-eighth held-out set": seven news pages of the
# Universitätsbibliothek der TU Berlin (the university library of Technische Universität Berlin, home of its Open Access
# team and of the university press) on its blogs blogs.ub.tu-berlin.de: two posts on the DEAL negotiations with Elsevier
# (February and December 2017), three archive, tag and author pages of its Open Access Week interview series (2019, 2020,
# 2024), a category page on the 2019 panel discussion for the press's 50th anniversary and the Open Access Week 2023 post
# (licence UBTUB, CC BY 4.0, stated by the library for the content of its web pages). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17, 52), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import UBTUB  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Open Access blog, February 2017: DEAL and Elsevier ---

TZ_TITLE = "Open Access, DEAL und Elsevier: Das Tauziehen geht weiter"
TZ_P1 = ("Die TU Berlin unternimmt große Anstrengungen, um die Versorgung der Wissenschaftlerinnen und Wissenschaftler mit "
         "aktueller Literatur für Forschung und Lehre zu sichern. Jährlich investiert die Universitätsbibliothek 1,6 Millionen "
         "Euro allein für den Zugang zu wissenschaftlichen Fachzeitschriften. Jedoch haben wenige große, international tätige "
         "Wissenschaftsverlage ihre Marktmacht durch fortschreitende Konzentration permanent ausgebaut und über Jahre hinweg "
         "eine immer aggressivere Preispolitik betrieben. Die Erwerbungsetats der wissenschaftlichen Bibliotheken halten hier "
         "nicht mehr Schritt.")
TZ_P2 = ("Um diese Dynamik zu unterbrechen, wurde auf Initiative der Allianz der deutschen Wissenschaftsorganisationen das "
         "Projekt „DEAL – bundesweite Lizenzierung von Angeboten großer Wissenschaftsverlage“ initiiert. Im Rahmen des "
         "Projektes werden unter Leitung der Hochschulrektorenkonferenz seit mehreren Monaten Verhandlungen geführt, um mit "
         "großen Wissenschaftsverlagen Konsortialverträge auf Bundesebene über den Zugang zu wissenschaftlichen Zeitschriften "
         "abzuschließen. Ziel der Verhandlungen – zunächst mit Elsevier, im Folgenden mit Springer Nature und Wiley – ist es, "
         "den Zugang zu wissenschaftlicher Literatur auf breiter und nachhaltiger Ebene zu verbessern und die Einrichtungen "
         "finanziell zu entlasten. Die Implementierung einer Open-Access-Komponente soll dabei für Preistransparenz sorgen, "
         "Open Access soll sich auch für die etablierten Verlage zu einem zentralen wirtschaftlichen Standbein entwickeln.")

add(id="ho388-ubtub-2017-02-open-access-deal-elsevier",
    title=TZ_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2017/02/open-access-deal-elsevier/",
    retrieved="same address (stored page; the stored copy begins with the headline, kept as the title (rule 18); the third "
              "paragraph 'Nach mehrmonatigen intensiven Verhandlungen hat Elsevier im Dezember … an den Verhandlungstisch', cut "
              "off in the stored copy, dropped (rule 15))",
    license=UBTUB,
    paras=[TZ_P1, TZ_P2],
    quotes=[("„DEAL – bundesweite Lizenzierung von Angeboten großer Wissenschaftsverlage“", None)],
    aliases={})

# --- Publizieren blog, December 2017: the Berlin universities give notice to Elsevier ---

DL_P1 = ("Um es gleich vorweg zu nehmen: TU-Angehörige werden aller Voraussicht nach auch ab dem 1.1.2018 Artikel aus "
         "Elsevier-Journalen lesen können. Das Präsidium und die Universitätsbibliothek der TU sind zuversichtlich, dass es im "
         "Rahmen der DEAL-Verhandlungen eine Einigung mit dem Verlag Elsevier geben wird.")
DL_P2 = ("Warum nun diese Kündigung? Und worum handelt es sich eigentlich bei diesem „DEAL“? Seit 2016 verhandelt im Auftrag "
         "der Allianz der deutschen Wissenschaftsorganisationen ein Team unter Leitung von Prof. Dr. Horst Hippler, Präsident "
         "der Hochschulrektorenkonferenz, mit Elsevier über einen bundesweiten Lizenzvertrag. Außer mit Elsevier werden auch "
         "Verhandlungen mit den Verlagen SpringerNature und Wiley geführt. Ziel ist es einerseits, den Zugang zu "
         "kostenpflichtigen Zeitschriften für alle Einrichtungen zu einem fairen Preis sicherzustellen. Zugleich soll die "
         "Einigung es ermöglichen, dass alle Artikel von Angehörigen deutscher wissenschaftlicher Einrichtungen sofort und "
         "weltweit Open Access verfügbar sind. Dieser Ansatz soll dann international Schule machen. Elsevier hat bisher kein "
         "Angebot vorgelegt, das diesen beiden Zielen gerecht wird.")

add(id="ho388-ubtub-2017-12-deal-or-no-deal",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/?p=772",
    retrieved="same address (stored page of the post 'DEAL or no DEAL? Berliner Unis kündigen Elsevier-Zugang zum "
              "Jahresende'; the stored copy begins with the first paragraph and shows no headline, so the text has no title "
              "line (rules 18, 32); the third paragraph 'Wir brauchen einen gemeinsamen Vertrag und wir brauchen faire Preise: "
              "… Neben den 70 bereits ausgestieg', cut off in the stored copy, dropped with Horst Hippler's quotation in it "
              "(rules 15, 52))",
    license=UBTUB,
    paras=[DL_P1, DL_P2],
    quotes=[("„DEAL“", None)],
    aliases={})

# --- Publizieren blog, archive page October 2019: Open Access Week interview series ---

OK_P1 = ("Prof. Stephan Völker ist Leiter des Fachgebietes Lichttechnik an der Fakultät IV. Sein Fachgebiet hat im "
         "Universitätsverlag der TU eine eigene Schriftenreihe und er arbeitet schon lange eng mit dem Verlag zusammen, um "
         "die Bände Open Access zu veröffentlichen. Wir haben ihn gefragt, wie es zu dieser Entscheidung kam und welchen "
         "Stellenwert Open Access für sein akademisches Schaffen hat.")
OK_H1 = "„Open Access ist der Schlüssel für effizientes wissenschaftliches Arbeiten.“"
OK_P2 = ("Dr. Lena Scholz ist Mitarbeiterin am Fachgebiet Numerische Mathematik an der Fakultät II. Sie hat ihre Berichte zum "
         "EU-geförderten Projekt „Reduced Order Modelling, Simulation and Optimization of Coupled Systems“ (ROMSOC) auf "
         "DepositOnce Open Access veröffentlicht. Wir haben sie gefragt, wie es zu dieser Entscheidung kam und welchen "
         "Stellenwert Open Access für ihr akademisches Schaffen hat.")
OK_H2 = "„Wissen ist ein Bedürfnis, kein Wunsch und Open Access garantiert den Zugang zu Wissen für alle.“"
OK_P3 = ("Dr. Daniel Opoku ist Mitarbeiter im Fachgebiet Management im Gesundheitswesen an der Fakultät VII. Er hat für einen "
         "seiner Artikel unseren OA-Publikationsfonds genutzt und auch seine Dissertation unter einer freien Lizenz "
         "veröffentlicht. Wir haben ihn gefragt, wie es zu diesen Entscheidungen kam und welchen Stellenwert Open Access für "
         "sein akademisches Schaffen hat.")
OK_H3 = "„Jede Publikation, die offen zugänglich ist, erleichtert den Forschungs- und Lehralltag!“"
OK_P4 = ("Dr. Johanna Hoerning ist Mitarbeiterin im Fachgebiet Stadt- und Regionalsoziologie an der Fakultät VI. Sie ist Teil "
         "der Redaktion des OA-Journals „sub\\urban“ und hat darüber hinaus vor Kurzem ein OA-Kolloquium am Institut für "
         "Soziologie der TU organisiert. Wir haben sie gefragt, wie es zu diesen Entscheidungen kam und welchen Stellenwert "
         "Open Access für ihr akademisches Schaffen hat.")

SCHOLZ = "Lena Scholz"
OPOKU = "Daniel Opoku"
HOERNING = "Johanna Hoerning"

add(id="ho388-ubtub-2019-10-archiv-interviewreihe",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/2019/10",
    retrieved="same address (stored archive page of October 2019; the stored copy begins with the teaser of the interview "
              "with Stephan Völker, whose headline it does not show, so the text has no title line (rules 18, 32); the "
              "archive heading 'Beiträge vom Oktober 2019' dropped as page furniture (rule 14); the last headline '„Ich "
              "betrachte Open Access als natürliche und selbstverständliche Form des wissenschaftlichen Austauschs.“' dropped "
              "with its teaser 'Prof. Valenti', cut off in the stored copy (rules 15, 2082))",
    license=UBTUB,
    paras=[OK_P1, OK_H1, OK_P2, OK_H2, OK_P3, OK_H3, OK_P4],
    quotes=[("„Open Access ist der Schlüssel für effizientes wissenschaftliches Arbeiten.“", SCHOLZ),
            ("„Reduced Order Modelling, Simulation and Optimization of Coupled Systems“", None),
            ("„Wissen ist ein Bedürfnis, kein Wunsch und Open Access garantiert den Zugang zu Wissen für alle.“", OPOKU),
            ("„Jede Publikation, die offen zugänglich ist, erleichtert den Forschungs- und Lehralltag!“", HOERNING),
            ("„sub\\urban“", None)],
    aliases={SCHOLZ: ["Lena Scholz"], OPOKU: ["Daniel Opoku"], HOERNING: ["Johanna Hoerning"]})

# --- Publizieren blog, tag page 'TU Berlin' (stored copy showing the 2020 interviews) ---

TB_H1 = ("„Open Access sichert breiten Zugang zu aktuellen Forschungsergebnissen und ermöglicht schnelleren Transfer in echte "
         "Lösungen.“")
TB_P1 = ("Zum Ende der diesjährigen Open Access Week geben wir Prof. Dr. Søren Salomo das Wort. Er ist Leiter des Fachgebiets "
         "Technologie- und Innovationsmanagement der Fakultät VII – Wirtschaft & Management an der TU Berlin. In diesem Jahr "
         "hat er für mehrere Publikationen den TU-Publikationsfonds genutzt. Wir haben Ihn gefragt wie es zur Auswahl der "
         "Journale kam und welche Rolle Open Access in seinem akademischen Alltag hat.")
TB_H2 = "“Open Access ermöglicht eine schnelle und kostenfreie Verfügbarkeit aktueller Forschungsergebnisse.”"
TB_P2 = ("Dipl.-Ing. Anne Hartmann ist seit 2016 als wissenschaftliche Mitarbeiterin am Hermann-Rietschel-Institut (HRI) der "
         "Fakultät III – Prozesswissenschaften an der TU Berlin tätig. Im Laufe des Jahres hat sie mehrfach gemeinsam mit "
         "ihren Kolleg*innen des Fachgebietes Gebäudeenergiesysteme das Repositorium DepositOnce für die Veröffentlichung von "
         "SARS-CoV-2-relevantenPreprints genutzt. Wir haben sie gefragt, wie es zu dieser Entscheidung kam und welche Rolle "
         "Open Access für ihren akademischen Alltag hat.")
TB_H3 = "„Mit Open Access kann ein viel größerer Wirkungskreis in der Research Community erzielt werden.“"
TB_P3 = ("Prof. Dr. Katja Ninnemann war 2019/2020 an der Technischen Universität Berlin in der Fakultät VI – Planen, Bauen, "
         "Umwelt im Fachgebiet Landschaftsbau/Objektbau tätig. Im Rahmen ihrer Gastprofessur CORPORATE LEARNING ARCHITECTURE "
         "lehrte und forschte sie zu Gestaltungspraktiken und Gestaltungsprozessen bei der Zusammenführung physischer und "
         "virtueller Handlungsräume. Im Hybrid-Lab der TU Berlin führte sie einen Book Sprint durch, der einen "
         "Open-Access-Sammelband hervorbrachte. Wir haben Frau Ninnemann gefragt, wie es zu der Entscheidung kam und welchen "
         "Stellenwert Open Access für ihr akademisches Schaffen hat.")

SALOMO = "Søren Salomo"
HARTMANN = "Anne Hartmann"
NINNEMANN = "Katja Ninnemann"

add(id="ho388-ubtub-2020-tag-tu-berlin-interviews",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/tags/tu-berlin/",
    retrieved="same address (the stored copy of the tag page that shows the 2020 interviews of the series; another stored "
              "copy of the address shows later posts and is not used; the stored copy begins with the first headline, so the "
              "text has no title line (rules 18, 32); the last headline '„An Open Access schätze ich die barrierefreie "
              "Möglichkeit zur Verbreitung meiner For', cut off in the stored copy, dropped (rule 15); 'Ihn' and "
              "'relevantenPreprints' kept as published (rule 20))",
    license=UBTUB,
    paras=[TB_H1, TB_P1, TB_H2, TB_P2, TB_H3, TB_P3],
    quotes=[("„Open Access sichert breiten Zugang zu aktuellen Forschungsergebnissen und ermöglicht schnelleren Transfer in "
             "echte Lösungen.“", SALOMO),
            ("“Open Access ermöglicht eine schnelle und kostenfreie Verfügbarkeit aktueller Forschungsergebnisse.”", HARTMANN),
            ("„Mit Open Access kann ein viel größerer Wirkungskreis in der Research Community erzielt werden.“", NINNEMANN)],
    aliases={SALOMO: ["Søren Salomo"], HARTMANN: ["Anne Hartmann"], NINNEMANN: ["Katja Ninnemann", "Frau Ninnemann"]})

# --- Publizieren blog, author page: the 2024 interviews of the series ---

AU_H1 = "„Open Access ermöglicht einen Wissenstransfer in Richtung Politik und Zivilgesellschaft.“"
AU_P1 = ("Zum Abschluss unserer Interviewreihe anlässlich der internationalen Open Access Week 2024 kommt Dr. Matthias Jakob "
         "Becker vom Zentrum für Antisemitismusforschung an der TU Berlin zu Wort. Mit ihm haben wir über aktuelle "
         "Publikationsprojekte mit dem nicht-kommerziellen Open-Access-Verlag „Open Book Publishers“ und die Bedeutung von "
         "Open Access für den Wissenstransfer gesprochen.")
AU_H2 = ("„Wir müssen dringend über die Finanzierung der Wissenschaftskommunikation sprechen – OA in Universitätshand!“")
AU_P2 = ("Mit Prof. Dr. Felicitas Hillmann von der Fakultät VI sprechen wir heute über Tendenzen in der "
         "Wissenschaftskommunikation und über ihr Engagement im Editorial Board einer Non-Profit Open-Access-Zeitschrift. "
         "Weiter geht es mit unserer Interviewreihe zur Open Access Week 2024.")
AU_H3 = ("„Wir sollten hochkarätige Non-Profit-Journale und Preprint-Server unterstützen, um Open Access zu fördern. Es geht "
         "auch ohne hohe Publikationsgebühren!“")
AU_P3 = ("Und weiter geht es mit unserer Interviewreihe zur internationalen Open Access Week 2024. Heute berichtet uns Prof. "
         "Dr. André Eckardt (Fakultät II) aus seinem Publikationsalltag und über seine Erfahrungen mit dem "
         "Open-Access-Publikationsportal SciPost.")
AU_H4 = ("„Wissenschaft und Forschung werden zum Großteil durch das Gemeinwesen finanziert. Daher ist es nur richtig, wenn "
         "die Ergebnisse auch der Öffentlichkeit zur Verfügung stehen.“")
AU_P4 = ("Für unsere Interviewreihe zur Open Access Week 2024 sind wir heute im Gespräch mit Prof. Dr. Birgit Beck vom "
         "Fachgebiet für Ethik und Technikphilosophie an der Fakultät I. Ihrer Ansicht nach erleichtert Open Access den "
         "Arbeitsalltag, da Forschungsergebnisse für alle Interessierten sichtbar und frei zugänglich sind, auch ganz "
         "unabhängig von einer institutionellen Anbindung.")

BECKER = "Matthias Jakob Becker"
HILLMANN = "Felicitas Hillmann"
ECKARDT = "André Eckardt"
BECK = "Birgit Beck"

add(id="ho388-ubtub-2024-autorin-interviewreihe",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/author/janaschildhauer",
    retrieved="same address (stored author page; it begins with the first headline, so the text has no title line (rules 18, "
              "32); the last headline '„Wissenschaft sollte für alle da sein und nicht hinter teuren Kostenmauern liegen.“' "
              "dropped with its teaser 'Anlässlich der internationalen Open Acc', cut off in the stored copy (rules 15, "
              "2082))",
    license=UBTUB,
    paras=[AU_H1, AU_P1, AU_H2, AU_P2, AU_H3, AU_P3, AU_H4, AU_P4],
    quotes=[("„Open Access ermöglicht einen Wissenstransfer in Richtung Politik und Zivilgesellschaft.“", BECKER),
            ("„Open Book Publishers“", None),
            ("„Wir müssen dringend über die Finanzierung der Wissenschaftskommunikation sprechen – OA in "
             "Universitätshand!“", HILLMANN),
            ("„Wir sollten hochkarätige Non-Profit-Journale und Preprint-Server unterstützen, um Open Access zu fördern. Es "
             "geht auch ohne hohe Publikationsgebühren!“", ECKARDT),
            ("„Wissenschaft und Forschung werden zum Großteil durch das Gemeinwesen finanziert. Daher ist es nur richtig, "
             "wenn die Ergebnisse auch der Öffentlichkeit zur Verfügung stehen.“", BECK)],
    aliases={BECKER: ["Matthias Jakob Becker"], HILLMANN: ["Felicitas Hillmann"], ECKARDT: ["André Eckardt"],
             BECK: ["Birgit Beck"]})

# --- Publizieren blog, category page 'Open Access Week': the 2019 panel discussion ---

PD_H1 = ("Wir schließen die Augen und stellen uns vor… Bibliotheken und das wissenschaftliche Publikationssystem in 50 "
         "Jahren")
PD_P1 = ("So startete die Podiumsdiskussion „Ein Blick zurück und zwei nach vorn. Die Zukunft des wissenschaftlichen "
         "Publizierens“, die anlässlich des 50-jährigen Bestehens des Universitätsverlages der TU Berlin und der Open Access "
         "Week stattfand. Wir danken dem Podcast Open Science Radio, in dem die Veranstaltung als Episode 176 nachzuhören ist. "
         "Die Moderatorin Dr. Christina Riesenweber (FU Berlin) navigierte charmant durch ein Potpourri herausfordernder "
         "Fragen wie: Sollten wissenschaftliche Publikationen in der Hand von kommerziellen Verlagen liegen? Wird Wissen auch "
         "in Zukunft in Formaten wie Büchern und Zeitschriften transportiert? Ist eine Bibliothek ohne Bücher Utopie oder "
         "Dystopie?")
PD_H2 = ("Grußwort der Open-Access-Beauftragten der TU Berlin auf der Podiumsdiskussion zur Zukunft des wissenschaftlichen "
         "Publizierens")
PD_P2 = ("2019 feiert der Universitätsverlag der TU Berlin sein 50-jähriges Jubiläum. Unter dem Motto „Ein Blick zurück und "
         "zwei nach vorn“ gab es zu diesem Anlass am 22. Oktober 2019 eine Podiumsdiskussion in der Universitätsbibliothek. "
         "„Wie wird das wissenschaftliche Publizieren der Zukunft aussehen?“ – dieser Frage stellten sich auf dem Podium Prof. "
         "Dr. Sabine Hark (TU Berlin, Gender Open, Zentrum für interdisziplinäre Frauen- und Geschlechterforschung), Dr. "
         "Ulrich Herb (SULB Saarbrücken), Prof. Dr. Johanna Hoerning (TU Berlin, Institut für Soziologie), Dr. Cori Mackrodt "
         "(Springer-Verlag) und Prof. Dr. Konrad Förstner (ZB MED Köln, Open Science Radio). Die Moderation hatte Dr. "
         "Christina Riesenweber (FU Berlin) inne.")
PD_P3 = ("Prof. Dr. Vera Meyer, die Open-Access-Beauftragte der TU Berlin, sprach bei der Podiumsdiskussion in der "
         "Zentralbibliothek der TU Berlin ein Grußwort.")

add(id="ho388-ubtub-2019-kategorie-podiumsdiskussion",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/cats/open-access-week/",
    retrieved="same address (stored category page; it begins with the first post's headline, kept as a line like the second "
              "post's headline, so the text has no separate title line (rules 18, 32); the third headline '„Jede Publikation, "
              "die offen zugänglich ist, erleichtert den Forschungs- und Lehralltag!“ — Die Open Access Week 2019 an der TU "
              "Berlin' dropped with its teaser 'Am 27. Oktober', cut off in the stored copy (rules 15, 2082))",
    license=UBTUB,
    paras=[PD_H1, PD_P1, PD_H2, PD_P2, PD_P3],
    quotes=[("„Ein Blick zurück und zwei nach vorn. Die Zukunft des wissenschaftlichen Publizierens“", None),
            ("„Ein Blick zurück und zwei nach vorn“", None),
            ("„Wie wird das wissenschaftliche Publizieren der Zukunft aussehen?“", None)],
    aliases={})

# --- Publizieren blog, October 2023: Open Access Week 2023 ---

OW_TITLE = "Open Access Week 2023"
OW_P1 = ("Ende Oktober findet auch in diesem Jahr die internationale Open Access Week statt. Im Rahmen der dezentralen "
         "Veranstaltungswoche laden vom 23. bis 29. Oktober weltweit Einrichtungen und Akteur*innen mit ganz verschiedenen "
         "Aktionen zum Informieren und Diskutieren rund um das Thema Open Access ein. Der diesjährige Leitspruch „Community "
         "over Commercialization” regt einen offenen Diskurs über die zunehmende Kommerzialisierung der "
         "Wissenschaftskommunikation an und richtet den Fokus auf Perspektiven und Ansätze, die das Interesse der "
         "Forschungsgemeinschaft wieder ins Zentrum stellen.")
OW_P2 = ("Auch die Technische Universität Berlin beteiligt sich an der globalen Aktionswoche. Die TU Berlin unterstützt eine "
         "nachhaltige Umsetzung von Open Access und fördert zu diesem Zwecke verschiedene innovative Publikationsmodelle, "
         "Initiativen oder Projekte, die Open-Science-Strukturen fördern, kostspielige gewinnorientierte Geschäftsmodelle "
         "vermeiden und das Interesse der Forschungsgemeinschaft und der Öffentlichkeit in den Mittelpunkt stellen. Die "
         "Universitätsbibliothek stellt eine breite Infrastruktur zur Verfügung und unterbreitet Beratungsangebote rund um "
         "das Thema Open Access. Die internationale Open Access Week wollen wir auch in diesem Jahr wieder dazu nutzen, um "
         "Angebote noch besser bekannt zu machen und Fragen rund um Open Access zu beantworten.")
OW_H = "Interviewreihe"
OW_P3 = ("Auch 2023 setzen wir die Interviewreihe der letzten Jahre fort – wir haben TU-Angehörige gefragt: „Wie halten Sie "
         "es mit Open Access?“ Lesen Sie im Verlauf der Open Access Week neue Interviews dazu hier im Blog.")

UB = "Universitätsbibliothek"

add(id="ho388-ubtub-2023-10-open-access-week",
    title=OW_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2023/10/open-access-week-2023/",
    retrieved="same address (stored page; the headline kept as the title (rule 18); the banner's image description "
              "'Offizielles Banner der internationalen Open Access Week 2023 (Quelle: …) - zu sehen sind … zu sehen.' with "
              "the motto in ASCII marks, and the credit 'SPARC, CC BY 4.0', dropped (rule 19); the subheading "
              "'Interviewreihe' kept as its own line; the last subheading 'Poste', cut off in the stored copy, dropped (rule "
              "15))",
    license=UBTUB,
    paras=[OW_P1, OW_P2, OW_H, OW_P3],
    quotes=[("„Community over Commercialization”", None),
            ("„Wie halten Sie es mit Open Access?“", UB)],
    aliases={UB: ["Universitätsbibliothek"]})
