# Five-hundred-and-eighteenth held-out German real-news set (tests/data/heldout518-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2890-2895). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal release number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-eighteenth held-out set": eleven press releases of German police
# authorities sent over ots by news aktuell and shown in their newsrooms on presseportal.de (blaulicht) - two of the
# Thuringian Landespolizeiinspektion Saalfeld (Lutz Schnelle introduced as its new head, November 2021; Gregor Zeh taking
# over from him, June 2025), eight of the police of Lower Saxony (the Polizeidirektion Göttingen: Uwe Lührig's statement on
# a search for armed groups, 2017, his statement on the Rote Straße, December 2017, and Gwendolin von der Osten on the
# Sicherheitsbericht 2021, May 2022; the Polizeidirektion Oldenburg: Johann Kühme welcoming new officers, October 2019 and
# April 2023; the Polizeidirektion Braunschweig: Michael Pientka on a cooperation agreement with Magdeburg, April 2019, and
# welcoming 183 new officers, October 2021; the Polizeiinspektion Hildesheim on 46 new officers, October 2021) and one of the
# Hessian Polizeipräsidium Mittelhessen (Bernd Paul welcoming 69 new officers, August 2023). Licence: OTS_POLIZEI_SENDER for
# all eleven (the ots distributor's terms, with the caveat of OTS_POLIZEI). Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), presseportal furniture (date
# prefixes, newsroom labels, image furniture, contact blocks and footers, also those of the English layout) is dropped (rules
# 2520, 2610, 2820, 2890), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_SENDER  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


SCHNELLE = "Lutz Schnelle"
KOEHLER = "Uwe Köhler"
ZEH = "Gregor Zeh"
LUEHRIG = "Uwe Lührig"
OSTEN = "Gwendolin von der Osten"
KUEHME = "Johann Kühme"
PIENTKA = "Michael Pientka"
MAKOWSKI = "Jan Makowski"
PAUL = "Bernd Paul"

# --- presseportal.de (ots), November 2021: Landespolizeiinspektion Saalfeld, Lutz Schnelle introduced as its new head ---

SL_T = "LPI-SLF: Neuer Behördenleiter der Landespolizeiinspektion Saalfeld vorgestellt"
SL_P1 = ("Am Dienstagnachmittag fand ein - zuvor medial angekündigtes- Pressegespräch in der Landespolizeiinspektion (LPI) "
         "Saalfeld statt. Der neue, amtierende Behördenleiter der LPI, Polizeidirektor Lutz Schnelle, begrüßte die der "
         "Einladung gefolgten Medien- und Pressevertreter mit den Worten \"...aller guten Dinge sind drei...\". Nämlich war der "
         "aus Kranichfeld stammende, 55-jährige Polizeidirektor bereits zwei Mal in der Liegenschaft in Saalfeld als "
         "Behördenleiter eingesetzt - 2009 und 2018 - und hofft nun auf eine beständigere Verwendung in Saalfeld. Lutz "
         "Schnelle führt nun fortan die drei der LPI zugehörigen Landkreise in enger Zusammenarbeit mit den jeweiligen "
         "Dienststellenleitern, wie er während des Pressegespräches betonte, da eine \"gemeinsame Aufgabenbewältigung\" zu den "
         "Leitlinien seines Führungsstils zählt. Eines der Ziele des Polizeidirektors ist es, weiterhin qualifiziertes und "
         "befähigtes Personal für die Bewältung der kommenden Herausforderungen an die Seite der Bevölkerung zu stellen - Uwe "
         "Köhler, der Leiter der Fürhungsgruppe der LPI Saalfeld, welcher dem Pressegespräch beiwohnte, betonte dies mit der "
         "Aussage \"Man muss immer Mensch bleiben...\"")
SL_P2 = ("Der Vorgänger von Lutz Schnelle, Polizeidirektion Matthias Zacher, führt seit dem 01.11.2021 die "
         "Landespolizeiinspektion Gera.")

add(id="ho518-ots-2021-11-lpi-saalfeld-schnelle-vorgestellt",
    title=SL_T,
    url="https://www.presseportal.de/blaulicht/pm/126724/5063607",
    retrieved="same address (release of the Landespolizeiinspektion Saalfeld sent over news aktuell, November 2021; the date "
              "prefix ' date 2021-11' and the newsroom label 'Landespolizeiinspektion Saalfeld' dropped (rules 2520, 2820, "
              "2890); the headline with its service code 'LPI-SLF:' is the first line, the dateline 'Saalfeld (ots)' a line "
              "of its own; the published 'angekündigtes- Pressegespräch', 'Bewältung', 'Fürhungsgruppe', 'Polizeidirektion "
              "Matthias Zacher' (for 'Polizeidirektor') and the missing full stop after the last closing mark of the first "
              "paragraph kept (rule 20); complete as stored, the stored copy ending after the second paragraph, before any "
              "contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Saalfeld (ots)", SL_P1, SL_P2],
    # the greeting after `begrüßte … mit den Worten` is Schnelle's, the dots inside the marks part of the span (rule 2891);
    # the partial quotation inside his reported statement `wie er … betonte, da eine "…" zu den Leitlinien seines
    # Führungsstils zählt` is his (rules 3, 25); `"Man muss immer Mensch bleiben..."` after `Uwe Köhler, …, betonte dies mit
    # der Aussage` is Köhler's, although `dies` takes up Schnelle's aim (rule 2891); the role nouns `Behördenleiter` and
    # `Polizeidirektor` name only Schnelle here (Zacher is printed `Polizeidirektion`) and are aliases (rule 44); Köhler's
    # role phrase names the LPI and is no alias (rule 33); Matthias Zacher says nothing
    quotes=[("\"...aller guten Dinge sind drei...\"", SCHNELLE),
            ("\"gemeinsame Aufgabenbewältigung\"", SCHNELLE),
            ("\"Man muss immer Mensch bleiben...\"", KOEHLER)],
    aliases={SCHNELLE: ["Lutz Schnelle", "Polizeidirektor Lutz Schnelle", "Behördenleiter", "Polizeidirektor"],
             KOEHLER: ["Uwe Köhler"]})

# --- presseportal.de (ots), June 2025: Landespolizeiinspektion Saalfeld, Gregor Zeh takes over from Lutz Schnelle ---

ZE_T = "LPI-SLF: Neuer Behördenleiter der LPI Saalfeld"
ZE_P1 = ("Mit Wirkung vom 01.06.2025 hat der Leitende Polizeidirektor, Gregor Zeh, die Leitung der Landespolizeiinspektion "
         "(LPI) Saalfeld übernommen. Der aus Saalfeld gebürtige und dort auch wohnhafte 54-Jährige ist Vater von zwei Söhnen, "
         "verheiratet, und in den Reihen der Saalfelder Kolleginnen und Kollegen durchaus bekannt: So leitete er vor rund zehn "
         "Jahren die Führungsgruppe der LPI, bis er schließlich zum Jahresende 2016 Projekte in der Landespolizeidirektion in "
         "Erfurt begleitete und anschließend, bis zu seiner Rückkehr nach Saalfeld, als Referatsleiter im Thüringer "
         "Innenministerium eingesetzt war. Mit der Dienstaufnahme in Saalfeld ging \"ein persönlicher und langjähriger "
         "dienstlicher Wunsch\" des 54-Jährigen in Erfüllung. Gregor Zeh freut sich eigenen Aussagen zufolge darauf, die "
         "anstehenden Herausforderungen mit Unterstützung seiner Kolleginnen und Kollegen zu bestreiten, nach vorne zu schauen "
         "sowie Ansprechpartner für die Belange der Bewohnerinnen und Bewohner der drei Landkreise zu sein.")
ZE_P2 = ("Der bisherige Behördenleiter, Leitender Polizeidirektor Lutz Schnelle, führt seit dem 01.06.2025 die "
         "Landespolizeiinspektion Jena.")

add(id="ho518-ots-2025-06-lpi-saalfeld-zeh-behoerdenleiter",
    title=ZE_T,
    url="https://www.presseportal.de/blaulicht/pm/126724/6048213",
    retrieved="same address (release of the Landespolizeiinspektion Saalfeld sent over news aktuell, June 2025; the date "
              "prefix ' date 2025-06' and the newsroom label 'Landespolizeiinspektion Saalfeld' dropped (rules 2820, 2890); "
              "the headline with its service code 'LPI-SLF:' is the first line, the dateline naming the three districts "
              "'Landkreise Saalfeld-Rudolstadt, Saale-Orla und Sonneberg (ots)' a line of its own as stored (rule 2890); "
              "complete as stored, the stored copy ending after the second paragraph, before any contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Landkreise Saalfeld-Rudolstadt, Saale-Orla und Sonneberg (ots)", ZE_P1, ZE_P2],
    # the marked noun phrase in the narrator's sentence `ging "…" des 54-Jährigen in Erfüllung`, followed by `Gregor Zeh
    # freut sich eigenen Aussagen zufolge …`, is Zeh's wording of his own wish (rule 2892); `Behördenleiter` names Zeh in the
    # headline and Schnelle in the last paragraph, so it is no alias of either (rule 44); Lutz Schnelle says nothing here
    quotes=[("\"ein persönlicher und langjähriger dienstlicher Wunsch\"", ZEH)],
    aliases={ZEH: ["Gregor Zeh"]})

# --- presseportal.de (ots), 2017: Polizeidirektion Göttingen, Uwe Lührig's statement on a search for armed groups ---

DU_T = ("POL-GOE: Statement von Polizeipräsident Uwe Lührig zu \"Durchsuchung wegen des Verdachts der Bildung von "
        "bewaffneten Gruppen\"")
DU_P1 = ("\"Ich bedanke mich ganz ausdrücklich bei den eingesetzten Kräften für die konzeptionelle und professionelle "
         "Einsatzbewältigung unter Leitung von Kriminaldirektor Volker Warnecke. Die rechte Szene ist in der jüngsten "
         "Vergangenheit immer wieder aggressiv in Göttingen aufgetreten. Wir haben heute ein klares Signal gesetzt. Damit hat "
         "die Polizei gezeigt, dass sie die gesamte Szene in der PD Göttingen im Blick hat und auf keinem Auge blind ist. Wie "
         "schon in vielen anderen Sachverhalten war die Zusammenarbeit mit der StA Göttingen ausgezeichnet \", sagte Uwe "
         "Lührig, Präsident der Polizeidirektion Göttingen.")

add(id="ho518-ots-2017-pd-goettingen-luehrig-statement-durchsuchung",
    title=DU_T,
    url="https://presseportal.de/blaulicht/pm/7452/3572208",
    retrieved="same address (release of the Polizeidirektion Göttingen sent over news aktuell; the stored copy shows no date, "
              "the release number places it in 2017; it begins with the headline and its service code 'POL-GOE:', the "
              "dateline 'Göttingen (ots)' a line of its own; the contact block 'Rückfragen bitte an: Polizeidirektion "
              "Göttingen Presse- und Öffentlichkeitsarbeit Julia Huhnold …' and the footer 'Original-Content von: "
              "Polizeidirektion Göttingen, übermittelt durch news aktuell' dropped (rules 2520, 2890); the published space "
              "before the closing mark ('ausgezeichnet \"') kept (rule 20); complete in the stored copy)",
    license=OTS_POLIZEI_SENDER,
    paras=["Göttingen (ots)", DU_P1],
    # the headline's marked phrase after `Statement von Polizeipräsident Uwe Lührig zu` names the matter of the statement, the
    # search as the earlier report headed it, and is null (rule 2893); the body quotation before `sagte Uwe Lührig, Präsident
    # der Polizeidirektion Göttingen` is his, one span with the published space before its closing mark (rules 20, 44); the
    # role phrase names the Polizeidirektion and is no alias (rule 33); Volker Warnecke, named in the quotation, says nothing
    quotes=[("\"Durchsuchung wegen des Verdachts der Bildung von bewaffneten Gruppen\"", None),
            (cut(DU_P1, "\"Ich bedanke", "ausgezeichnet \""), LUEHRIG)],
    aliases={LUEHRIG: ["Uwe Lührig", "Polizeipräsident Uwe Lührig"]})

# --- presseportal.de/en (ots), December 2017: Polizeidirektion Göttingen, Uwe Lührig's statement on the Rote Straße ---

RS_T = "POL-GOE: Stellungnahme des Präsidenten der Polizeidirektion Göttingen, Uwe Lührig"
RS_P1 = ("\"Die Polizeiinspektion Göttingen hat am 09.12.2017 nach Beendigung der in Rede stehenden versammlungsrechtlichen "
         "Aktion eine Pressemitteilung veröffentlicht, in der mitgeteilt wurde, dass der festgenommene Ordner nicht verletzt "
         "worden sei. Zu diesem Zeitpunkt lagen dem Gesamteinsatzleiter die Schilderungen zu den Ereignissen aus der Roten "
         "Straße noch nicht vollständig vor.")
RS_P2 = ("Zwei auf \"youtube\" veröffentlichte Videos geben nach Durchsicht des polizeilichen Dokumentationsmaterials nicht "
         "den gesamten bzw. nicht den korrekten zeitlichen Ablauf wieder. Nach unserer Bewertung waren polizeiliche "
         "Zwangsmaßnahmen in der Roten Straße erforderlich.")
RS_P3 = ("Einzelne Vorfälle, die im Zusammenhang mit der Anwendung der Zwangsmaßnahmen stehen und die aktuell zu einer "
         "emotionalen Diskussion in der Öffentlichkeit führen, werden zurzeit durch die Staatsanwaltschaft Göttingen geprüft. "
         "Aus diesem Grund können wir dazu keine weitere Stellung beziehen\".")

add(id="ho518-ots-2017-12-pd-goettingen-luehrig-stellungnahme-rote-strasse",
    title=RS_T,
    url="https://presseportal.de/en/blaulicht/pm/7452/3816054?langid=1",
    retrieved="same address (release of the Polizeidirektion Göttingen sent over news aktuell, December 2017 by its text "
              "(after 9 December 2017) and release number, as shown by the English layout of presseportal.de; it begins with "
              "the headline and its service code 'POL-GOE:', the dateline 'Göttingen (ots)' a line of its own; the contact "
              "block 'Rückfragen bitte an: Polizeidirektion Göttingen Presse- und Öffentlichkeitsarbeit Julia Huhnold …' and "
              "the English footer 'Original content of: Polizeidirektion Göttingen, transmitted by news aktuell' dropped "
              "(rule 2890); the published full stop after the last closing mark ('beziehen\".') kept (rule 20); complete in "
              "the stored copy)",
    license=OTS_POLIZEI_SENDER,
    paras=["Göttingen (ots)", RS_P1, RS_P2, RS_P3],
    # the statement under the headline `Stellungnahme des Präsidenten der Polizeidirektion Göttingen, Uwe Lührig` has no cue
    # in the body and is his (rules 167, 936); it opens in the first paragraph without closing it, runs on through the second
    # paragraph, which carries no mark of its own, and closes at the end of the third: three spans, the middle paragraph
    # whole (rules 22, 935, 2451), with the platform name `"youtube"` nested inside it (NOTES.md nested marks, rule 835);
    # `unserer Bewertung` and `wir` speak for the authority, the speaker is the president (rule 2614); the role phrase names
    # the Polizeidirektion and is no alias (rule 33)
    quotes=[(cut(RS_P1, "\"Die Polizeiinspektion", "vollständig vor."), LUEHRIG),
            (RS_P2, LUEHRIG),
            (cut(RS_P3, "Einzelne Vorfälle", "beziehen\""), LUEHRIG)],
    aliases={LUEHRIG: ["Uwe Lührig"]})

# --- presseportal.de (ots), May 2022: Polizeidirektion Göttingen, Gwendolin von der Osten on the Sicherheitsbericht 2021 ---

SB_T = "POL-GOE: Polizeiarbeit 2021 - Polizeidirektion Göttingen veröffentlicht 6. Sicherheitsbericht"
SB_P1 = ("Die Corona-Pandemie und ihre Auswirkungen auf die Stimmung in der Gesellschaft, Entwicklungen in der "
         "Kriminalitätsbekämpfung und der Verkehrssicherheitsarbeit, neue Wege in der Prävention und die Bedeutung sozialer "
         "Medien für eine moderne Polizei: Der Sicherheitsbericht 2021 der Polizeidirektion Göttingen gewährt erneut einen "
         "tiefen Einblick in die polizeiliche Arbeit zwischen Hann. Münden im Süden, Hoya im Norden, Uchte im Westen und "
         "Walkenried im Osten. Er steht ab sofort auf der Homepage der Polizeidirektion Göttingen zum Download bereit: "
         "https://fcld.ly/sb2021")
SB_P2 = ("\"Die Corona-Pandemie hat das gesellschaftliche Leben nun schon im zweiten Jahr massiv beeinflusst. Auch wir als "
         "Polizei haben das deutlich zu spüren bekommen. Und gerade deswegen war es uns auch in diesem Jahr wieder ein "
         "Anliegen, über unsere Arbeit zu informieren, aufzuzeigen, wo unsere Schwerpunkte lagen und welche Erfolge wir im "
         "vergangenen Jahr erzielt haben\", sagt Gwendolin von der Osten, Präsidentin der Polizeidirektion Göttingen, "
         "anlässlich der Veröffentlichung des inzwischen sechsten Sicherheitsberichts.")
SB_P3 = ("Ein besonderer Schwerpunkt der aktuellen Ausgabe liegt auf dem Bereich der häuslichen Gewalt: Wie entwickeln sich die "
         "Fallzahlen? Welchen Einfluss hat die Corona-Pandemie auf Gewalt im sozialen Nahraum? Was wird auf Behördenebene und "
         "in den Inspektionen unternommen, um diesem Phänomen zu begegnen? Der Sicherheitsbericht mit seinen fünf "
         "regionalisierten Ausgaben gibt Antworten auf diese Fragen.")

add(id="ho518-ots-2022-05-pd-goettingen-von-der-osten-sicherheitsbericht",
    title=SB_T,
    url="https://www.presseportal.de/blaulicht/pm/7452/5220097",
    retrieved="same address (release of the Polizeidirektion Göttingen sent over news aktuell, May 2022; the date prefix "
              "' date 2022-05' and the newsroom label 'Polizeidirektion Göttingen' dropped (rules 2820, 2890); the headline "
              "with its service code 'POL-GOE:' is the first line, the dateline 'Göttingen (ots)' a line of its own; the "
              "report's web address at the end of the first paragraph kept as published (rule 20); the last paragraph 'Die "
              "Verfügungseinheiten der Polizeiinspektionen und ihr Umbau … Ziel war e', cut off in the stored copy, dropped "
              "(rule 15))",
    license=OTS_POLIZEI_SENDER,
    paras=["Göttingen (ots)", SB_P1, SB_P2, SB_P3],
    # the quotation before `sagt Gwendolin von der Osten, Präsidentin der Polizeidirektion Göttingen, anlässlich …` is hers
    # (rule 44); `wir als Polizei` speaks for the authority, the speaker is the president (rule 2614); the role phrase names
    # the Polizeidirektion and is no alias (rule 33); the unmarked questions of the next paragraph carry no span (rule 5)
    quotes=[(cut(SB_P2, "\"Die Corona", "erzielt haben\""), OSTEN)],
    aliases={OSTEN: ["Gwendolin von der Osten"]})

# --- presseportal.de (ots), October 2019: Polizeidirektion Oldenburg, Johann Kühme welcomes 121 new officers ---

OA_T = ("POL-OLD: +++ Polizeipräsident Johann Kühme begrüßt 121 neue Mitarbeiterinnen und Mitarbeiter in der "
        "Polizeidirektion Oldenburg +++")
OA_P1 = ("Der Präsident der Polizeidirektion Oldenburg, Johann Kühme, hat am heutigen Dienstag 121 Polizeibeamtinnen und "
         "-beamte im Sitzungssaal des Alten Landtages begrüßt.")
OA_P2 = ("Insbesondere sprach er den 66 Kolleginnen und Kollegen, die in der vergangenen Woche ihr bestandenes "
         "Bachelorstudium an der Polizeiakademie feierten, seine Glückwünsche aus.")
OA_P3 = ("Darüber hinaus konnten 36 Beamtinnen und Beamten begrüßt werden, die aus der Bereitschaftspolizei in die "
         "Polizeidirektion Oldenburg wechselten.")
OA_P4 = ("Neben weiteren 17 Beamtinnen und Beamten aus anderen Polizeibehörden in Niedersachsen wechselten auch zwei Kollegen "
         "aus dem Bundesland Schleswig-Holstein in die Polizeidirektion nach Oldenburg.")
OA_P5 = ("\"Ich freue mich, Sie heute bei uns begrüßen zu dürfen. Bürgernähe und Kommunikationsfähigkeit, aber auch - wenn "
         "erforderlich - konsequentes Einschreiten, sind wesentliche Aspekte guter Polizeiarbeit\", betonte Johann Kühme bei "
         "seiner Begrüßung und ergänzte: \"Die Polizei trägt eine hohe Verantwortung insbesondere dafür, dass die Menschen "
         "hier in der Region in größtmöglicher Sicherheit leben können.\"")
OA_P6 = ("Direkt im Anschluss an die offizielle Begrüßung ging es für die neuen Beamtinnen und Beamten weiter zu ihren "
         "zukünftigen Dienststellen. Sie werden ihren Dienst in den Polizeiinspektionen Cloppen-burg/Vechta, Cuxhaven, "
         "Delmenhorst/Oldenburg-Land/Wesermarsch, Diepholz, Oldenburg-Stadt/Ammerland, Verden/Osterholz und "
         "Wilhelmshaven/Friesland sowie in der Wasserschutzpolizeiinspektion und der Leitstelle der Polizeidirektion Oldenburg "
         "versehen.")

add(id="ho518-ots-2019-10-pd-oldenburg-kuehme-121-neue",
    title=OA_T,
    url="https://www.presseportal.de/blaulicht/pm/62353/4395590",
    retrieved="same address (release of the Polizeidirektion Oldenburg sent over news aktuell, October 2019; the date prefix "
              "' date 2019-10' and the newsroom label 'Polizeidirektion Oldenburg' dropped (rules 2820, 2890); the headline "
              "with its service code 'POL-OLD:' and its published '+++' marks is the first line, the dateline 'Oldenburg "
              "(ots)' a line of its own; the published '36 Beamtinnen und Beamten begrüßt' and 'Cloppen-burg/Vechta' kept "
              "(rule 20); complete as stored, the stored copy ending after the last paragraph, before the contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Oldenburg (ots)", OA_P1, OA_P2, OA_P3, OA_P4, OA_P5, OA_P6],
    # the quotation before `betonte Johann Kühme bei seiner Begrüßung` is his, and so is the colon quotation after the
    # coordinated `und ergänzte:` (rules 9, 44); the welcomed officers, addressed as `Sie`, say nothing (rule 12); the role
    # phrase `Der Präsident der Polizeidirektion Oldenburg` names the Polizeidirektion and is no alias (rule 33)
    quotes=[(cut(OA_P5, "\"Ich freue", "Polizeiarbeit\""), KUEHME),
            (cut(OA_P5, "\"Die Polizei trägt", "können.\""), KUEHME)],
    aliases={KUEHME: ["Johann Kühme", "Polizeipräsident Johann Kühme"]})

# --- presseportal.de (ots), April 2023: Polizeidirektion Oldenburg, Johann Kühme welcomes 45 new officers ---

OB_T = ("POL-OLD: 45 neue Polizeibeamtinnen und Polizeibeamte in der Polizeidirektion Oldenburg/Polizeipräsident Johann "
        "Kühme begrüßt Neuzugänge im Alten Landtag")
OB_P1 = ("Am heutigen Montag hat Polizeipräsident Johann Kühme 45 neue Polizeibeamtinnen und Polizeibeamte in der "
         "Polizeidirektion Oldenburg begrüßt, die sich zu diesem feierlichen Anlass im Alten Landtag in Oldenburg eingefunden "
         "haben.")
OB_P2 = ("25 der Neuzugänge in der Polizeidirektion Oldenburg sind Bachelorabsolventinnen und -absolventen der "
         "Polizeiakademie Niedersachsen. Aber auch aus verschiedenen Polizeidirektionen Niedersachsens, dem Nds. "
         "Landeskriminalamt oder Polizeibehörden anderer Bundesländer fanden 20 weitere Kolleginnen und Kollegen ihren Weg in "
         "die Polizeidirektion nach Oldenburg.")
OB_P3 = ("Polizeipräsident Johann Kühme hieß die Neuzugänge herzlich willkommen und gratulierte den ehemaligen Studierenden "
         "zum erfolgreichen Abschluss. \"Ich freue mich sehr über so gut ausgebildete und voller Tatendrang steckende "
         "Kolleginnen und Kollegen bei uns in der Polizeidirektion\", sagte der Polizeipräsident und richtete sich in seiner "
         "Begrüßungsrede an die Neuzugänge: \"Sie sind von heute an mitverantwortlich für die Sicherheit unserer rund 1,76 "
         "Mio. Einwohner, die Ihnen hohes Vertrauen schenken. Gehen Sie verantwortungsbewusst und respektvoll mit diesem, "
         "Ihnen entgegengebrachten Vertrauen um.\"")
OB_P4 = ("Die neuen Mitarbeitenden werden die Polizeiinspektionen in der Fläche, insbesondere in den Bereichen Einsatz und "
         "Ermittlung, unterstützen.")

add(id="ho518-ots-2023-04-pd-oldenburg-kuehme-45-neue",
    title=OB_T,
    url="https://www.presseportal.de/blaulicht/pm/62353/5478807",
    retrieved="same address (release of the Polizeidirektion Oldenburg sent over news aktuell, April 2023; the date prefix "
              "' date 2023-04' and the newsroom label 'Polizeidirektion Oldenburg' dropped (rules 2820, 2890); the headline "
              "with its service code 'POL-OLD:' is the first line, the dateline 'Oldenburg (ots)' a line of its own; complete "
              "as stored, the stored copy ending after the last paragraph, before the contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Oldenburg (ots)", OB_P1, OB_P2, OB_P3, OB_P4],
    # the quotation before `sagte der Polizeipräsident` is Kühme's, the role noun taking up the president of the sentence
    # before (rule 30), and so is the colon quotation after the coordinated `und richtete sich in seiner Begrüßungsrede an die
    # Neuzugänge:` (rule 9), the newcomers being the addressees (rule 12); `Polizeipräsident` names only him (rule 44)
    quotes=[(cut(OB_P3, "\"Ich freue", "Polizeidirektion\""), KUEHME),
            (cut(OB_P3, "\"Sie sind", "Vertrauen um.\""), KUEHME)],
    aliases={KUEHME: ["Johann Kühme", "Polizeipräsident Johann Kühme", "Polizeipräsident"]})

# --- presseportal.de (ots), April 2019: Polizeidirektion Braunschweig, cooperation agreement with the PI Magdeburg ---

KO_T = ("POL-BS: Polizeidirektion Braunschweig und Polizeiinspektion Magdeburg unterzeichen Vertrag zur gemeinsamen "
        "Kriminalitätsbekämpfung")
KO_P1 = ("Grundlage für die Zusammenarbeit zwischen der Polizeiinspektion Magdeburg und der Polizeidirektion Braunschweig ist "
         "seit heute eine Kooperationsvereinbarung, die Polizeipräsident Michael Pientka und der Leiter der "
         "Polizeiinspektion Magdeburg Tom-Oliver Langhans unterzeichnet haben.")
KO_P2 = ("In der Vergangenheit gab es zwischen den Polizeibehörden immer wieder gemeinsamen Aktivitäten im Bereich der "
         "Kriminalitätsbekämpfung so zuletzt mit länderübergreifenden Kontrolltagen zur Bekämpfung des "
         "Wohnungseinbruchdiebstahls am 26.03.2019 oder bei der Förderung der Verkehrssicherheit mit der länderübergreifenden "
         "Aktion \"Sicher durch den Harz\".")
KO_P3 = ("\"Eine über die eigenen Zuständigkeitsbereiche hinausgehende, gemeinsame Polizeiarbeit bildet die Basis für eine "
         "erfolgreiche Kriminalitätsbekämpfung und eine bessere Verkehrssicherheitsarbeit im Braunschweiger Land und in "
         "Sachsen-Anhalt. Vor dem Hintergrund der umfangreichen Umorganisation der Polizei Sachsen-Anhalt, freue ich mich, "
         "dass auch die neuen Verantwortungsträger der Polizei aus Magdeburg besonderen Wert auf die Fortführung der guten "
         "Zusammenarbeit mit uns legen. Ich bin mir sicher, dass wir heute eine gemeinsame Kooperationsvereinbarung "
         "unterzeichnen konnten, die künftig unsere Zusammenarbeit im operativen Bereich festigen wird und wir gemeinsam "
         "weitere Sicherheitsgewinne für unsere Bürgerinnen und Bürger erzielen werden\", erläutert Polizeipräsident Michael "
         "Pientka den Hintergrund der Kooperation.")

add(id="ho518-ots-2019-04-pd-braunschweig-pientka-kooperation-magdeburg",
    title=KO_T,
    url="https://www.presseportal.de/blaulicht/pm/11554/4236020",
    retrieved="same address (release of the Polizeidirektion Braunschweig sent over news aktuell, April 2019; the date prefix "
              "' date 2019-04', the newsroom label 'Polizei Braunschweig' and the image furniture 'Bild-Infos' and "
              "'Download' dropped (rules 2520, 2890); the headline with its service code 'POL-BS:' is the first line, the "
              "dateline 'Braunschweig (ots)' a line of its own; the contact block 'Rückfragen bitte an: Polizei Braunschweig "
              "PD Braunschweig, Öffentlichkeitsarbeit …', cut off in the stored copy, dropped; the published 'unterzeichen', "
              "'gemeinsamen Aktivitäten', the missing comma before 'so zuletzt' and the comma in 'Sachsen-Anhalt, freue ich "
              "mich' kept (rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Braunschweig (ots)", KO_P1, KO_P2, KO_P3],
    # the name of the joint traffic campaign in marks after `mit der länderübergreifenden Aktion` is null (rule 24); the
    # quotation before `erläutert Polizeipräsident Michael Pientka den Hintergrund der Kooperation` is his alone, although
    # the agreement was signed by both heads and the quotation speaks of `wir` (rules 27, 2614: one subject of the verb of
    # saying); Tom-Oliver Langhans says nothing and is no alias; `Polizeipräsident` names only Pientka (rule 44)
    quotes=[("\"Sicher durch den Harz\"", None),
            (cut(KO_P3, "\"Eine über", "erzielen werden\""), PIENTKA)],
    aliases={PIENTKA: ["Michael Pientka", "Polizeipräsident Michael Pientka", "Polizeipräsident"]})

# --- presseportal.de (ots), October 2021: Polizeidirektion Braunschweig welcomes 183 new officers ---

BN_T = "POL-BS: Die Polizeidirektion Braunschweig begrüßt 183 neue Kolleginnen und Kollegen"
BN_P1 = ("Zum 1. Oktober wurden insgesamt 183 Polizistinnen und Polizisten in die Polizeidirektion Braunschweig versetzt und "
         "werden die Dienststellen in unserer Region verstärken.")
BN_P2 = ("Den größten Teil der Neuzugänge bilden dabei Absolventinnen und Absolventen der Polizeiakademie, die ihr "
         "Bachelorstudium zum 30. September 2021 erfolgreich abgeschlossen haben.")
BN_P3 = ("In einer hybriden Veranstaltung hieß Polizeipräsident Michael Pientka die neuen Kolleginnen und Kollegen herzlich "
         "willkommen und gratulierte zum erfolgreichen Studienabschluss.")
BN_P4 = ("\"Noch nie haben zu einem einzigen Versetzungstermin so viele Nachwuchskräfte unser Team verstärkt. Wir freuen uns, "
         "dass Sie nun in unserer Behörde eine neue dienstliche Heimat finden. Ich wünsche Ihnen einen guten Start, viel "
         "Erfolg und Zufriedenheit\", so der Polizeipräsident.")
BN_P5 = ("37 der neuen Polizistinnen und Polizisten werden künftig in der Polizeiinspektion Braunschweig eingesetzt, 25 "
         "verstärken die Polizeiinspektion Gifhorn, 26 die Polizeiinspektion Goslar. In der Polizeiinspektion "
         "Salzgitter/Peine/Wolfenbüttel werden 38, in der Polizeiinspektion Wolfsburg-Helmstedt 39 \"Neue\" im Dienst für die "
         "Bürgerinnen und Bürger unserer Region sein. Der Stab der Polizeidirektion und die Zentrale Kriminalinspektion "
         "Braunschweig erhalten von jeweils neun neuen Kolleginnen und Kollegen Unterstützung.")

add(id="ho518-ots-2021-10-pd-braunschweig-pientka-183-neue",
    title=BN_T,
    url="https://www.presseportal.de/blaulicht/pm/11554/5039636",
    retrieved="same address (release of the Polizeidirektion Braunschweig sent over news aktuell, October 2021; the date "
              "prefix ' date 2021-10' and the newsroom label 'Polizei Braunschweig' dropped (rules 2820, 2890); the headline "
              "with its service code 'POL-BS:' is the first line, the dateline 'Braunschweig (ots)' a line of its own; "
              "complete as stored, the stored copy ending after the last paragraph, before the contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Braunschweig (ots)", BN_P1, BN_P2, BN_P3, BN_P4, BN_P5],
    # the paragraph quotation before `so der Polizeipräsident` is Pientka's, the role noun taking up the president of the
    # paragraph before (rule 30), although its `wir` speaks for the authority (rule 2614); the release's colloquial `"Neue"`
    # for the newcomers in the narrator's count is null (rules 24, 2661, as `"Neuen"` in the 511th set)
    quotes=[(cut(BN_P4, "\"Noch nie", "Zufriedenheit\""), PIENTKA),
            ("\"Neue\"", None)],
    aliases={PIENTKA: ["Michael Pientka", "Polizeipräsident Michael Pientka", "Polizeipräsident"]})

# --- presseportal.de (ots), October 2021: Polizeiinspektion Hildesheim welcomes 46 new officers ---

HI_T = "POL-HI: Polizeiinspektion Hildesheim freut sich über 46 neue Mitarbeiterinnen und Mitarbeiter"
HI_P1 = ("HILDESHEIM - (jpm) Am heutigen 04.10.2021 wurden bei der Polizeiinspektion Hildesheim 46 neue Mitarbeitende "
         "begrüßt. Bei einem Großteil davon handelt es sich um Absolventinnen und Absolventen der Polizeiakademie, die mit "
         "Ablauf des Monats September ihr Studium erfolgreich abgeschlossen haben. Fünf Beamtinnen und Beamte waren zuvor "
         "bereits in einer der anderen Polizeibehörden Niedersachsens tätig.")
HI_P2 = ("Fortan werden 25 der Neuzugänge am Hauptsitz der Inspektion in der Schützenwiese im Einsatz- und im "
         "Ermittlungsbereich ihren Dienst versehen. 21 Kolleginnen und Kollegen verstärken die Polizeikommissariate im "
         "Landkreis, davon sieben in Sarstedt, sechs in Alfeld, ebenfalls sechs in Elze und zwei in Bad Salzdetfurth.")
HI_P3 = ("Die Polizeiinspektion freut sich über die neuen Kolleginnen und Kollegen, durch die die einzelnen Dienststellen und "
         "Dienstzweige gestärkt und auf Grund des großen Anteils von Absolventinnen und Absolventen der Akademie zum Teil "
         "verjüngt werden. \"Mit den Personalzugängen können wir unsere Handlungsfähigkeit und die Präsenz weiter stärken und "
         "auf entsprechende Herausforderungen professionell und zeitnah reagieren. So haben wir den Staatsschutz gestärkt und "
         "für die Bekämpfung komplexer krimineller Strukturen konnten wir eine spezielle Ermittlungsgruppe einsetzen. Seit dem "
         "letzten Versetzungstermin zum 01.04.2021 haben wir einen Personalzuwachs von 13 Kolleginnen und Kollegen\", sagte "
         "Jan Makowski, Pressesprecher der PI Hildesheim.")

add(id="ho518-ots-2021-10-pi-hildesheim-46-neue",
    title=HI_T,
    url="https://www.presseportal.de/blaulicht/pm/57621/5037410",
    retrieved="same address (release of the Polizeiinspektion Hildesheim sent over news aktuell, 4 October 2021 by its text; "
              "the date prefix ' date 2021-10' and the newsroom label 'Polizeiinspektion Hildesheim' dropped (rules 2820, "
              "2890); the headline with its service code 'POL-HI:' is the first line, the place line 'HILDESHEIM' without "
              "'(ots)' a line of its own as stored, and the run-in place and press sign 'HILDESHEIM - (jpm)' at the start of "
              "the first paragraph kept (rules 2610, 2890); complete as stored, the stored copy ending after the last "
              "paragraph, before the contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["HILDESHEIM", HI_P1, HI_P2, HI_P3],
    # the quotation right after the narrator's sentence with the Polizeiinspektion as subject (`Die Polizeiinspektion freut
    # sich …`) is the spokesman's whom the cue names, `sagte Jan Makowski, Pressesprecher der PI Hildesheim`, not the
    # inspection's, although his `wir` speaks for it (rule 2895); the role phrase names the PI and is no alias (rule 33)
    quotes=[(cut(HI_P3, "\"Mit den", "Kollegen\""), MAKOWSKI)],
    aliases={MAKOWSKI: ["Jan Makowski"]})

# --- presseportal.de (ots), August 2023: Polizeipräsidium Mittelhessen, Bernd Paul welcomes 69 new officers ---

MH_T = "69 neue Polizistinnen und Polizisten in Mittelhessen begrüßt"
MH_P1 = ("Mittelhessen / Gießen: 69 Polizistinnen und Polizisten wechselten Anfang August 2023 zum Polizeipräsidium "
         "Mittelhessen.")
MH_P2 = ("Polizeipräsident Bernd Paul, Vorgesetzte sowie Vertreter der Gremien freuten sich, dass so viele neue Kolleginnen "
         "und Kollegen nach Mittelhessen versetzt wurden und fast alle am Montag, 07.08.2023, im Saal Florenz in "
         "entsprechendem Rahmen begrüßt werden konnten.")
MH_P3 = ("\"Es bietet sich mir ein tolles Bild, in so viele neue und erwartungsfrohe Gesichter zu schauen. Es ist für mich auch "
         "die letzte Möglichkeit an einer Begrüßungsveranstaltung teilzunehmen, da ich Ende August in Ruhestand gehe. Umso "
         "mehr freut es mich, dass wir zu diesem Versetzungstermin so viel Unterstützung für unser Präsidium erhalten. Zum "
         "Teil haben Sie schon erste Erfahrungen auf anderen Dienststellen, unter anderem im Einzeldienst, in der "
         "Bereitschaftspolizei oder im Kommissariat gesammelt. Es sind jedoch auch einige unter Ihnen, welche direkt nach dem "
         "Studium zu uns kommen und somit erste Erfahrungen sammeln werden. Ich wünsche Ihnen in Ihrer neuen Aufgabe viel "
         "Erfolg und einen guten Start auf Ihren neuen Dienststellen. Bleiben Sie gesund\", so Polizeipräsident Bernd Paul.")
MH_P4 = ("Die neuen Kolleginnen und Kollegen des Polizeipräsidiums Mittelhessen kommen mehrheitlich aus Polizeipräsidien des "
         "Rhein-Main-Gebietes, der Bereitschaftspolizei und von der Hessischen Hochschule für öffentliches Management und "
         "Sicherheit. Sie werden in den Polizeidirektionen Wetterau, Lahn-Dill, Marburg-Biedenkopf, Gießen sowie in der "
         "Kriminaldirektion, der Leitstelle und der Abteilung Verwaltung eingesetzt.")
MH_P5 = ("Das Bild zeigt die neuen Kolleginnen und Kollegen auf dem Hubschrauberlandeplatz des Polizeipräsidiums in Gießen.")

add(id="ho518-ots-2023-08-pp-mittelhessen-paul-69-neue",
    title=MH_T,
    url="https://www.presseportal.de/blaulicht/pm/43559/5579950",
    retrieved="same address (release of the Polizeipräsidium Mittelhessen sent over news aktuell, 14 August 2023 by its text; "
              "the date prefix ' date 2023-08' and the newsroom label 'Polizeipräsidium Mittelhessen - Pressestelle Gießen' "
              "dropped (rules 2820, 2890); the headline, which the stored copy gives without a service code, is the first "
              "line as stored (rule 18), the dateline 'Gießen (ots)' and the sender's line 'Pressemeldung vom 14.8.2023:' "
              "lines of their own; the release's sentence on its photo ('Das Bild zeigt …') kept as its last paragraph "
              "(rules 2520, 2890); the published 'Möglichkeit an einer' without a comma kept (rule 20); complete as stored, "
              "the stored copy ending after the last paragraph, before the contact block)",
    license=OTS_POLIZEI_SENDER,
    paras=["Gießen (ots)", "Pressemeldung vom 14.8.2023:", MH_P1, MH_P2, MH_P3, MH_P4, MH_P5],
    # the paragraph quotation after the joint sentence `Polizeipräsident Bernd Paul, Vorgesetzte sowie Vertreter der Gremien
    # freuten sich, …` and before `so Polizeipräsident Bernd Paul` is his alone (rule 2894); the superiors and the
    # representatives of the staff bodies say nothing and are no aliases
    quotes=[(cut(MH_P3, "\"Es bietet", "Bleiben Sie gesund\""), PAUL)],
    aliases={PAUL: ["Bernd Paul", "Polizeipräsident Bernd Paul"]})
