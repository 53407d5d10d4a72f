# Five-hundred-and-fourteenth held-out German real-news set (tests/data/heldout514-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2850-2854). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fourteenth held-out set": nine press releases of Austrian interest
# groups, chambers and a motoring club, distributed by APA-OTS Originaltext-Service and shown on ots.at (licence
# APA_OTS_SENDERS): four of statutory chambers (the Landwirtschaftskammer Österreich: Josef Moosbrugger on Wolfgang
# Katzian's election as president of the ÖGB, June 2018; the Arbeiterkammer: Renate Anderl on Katzian's re-election, June
# 2023; the Österreichische Ärztekammer: Artur Wechselberger on the death of Sabine Oberhauser, February 2017; the
# Österreichische Apothekerkammer: Ulrike Mursch-Edlmayr after the terror attack in Vienna, November 2020), one on the 19th
# Bundeskongress of the Österreichischer Gewerkschaftsbund opened by Alexander Van der Bellen, with Michael Ludwig (June 2018,
# sender inferred as the ÖGB) and four of the ÖAMTC (its traffic psychologists Marion Seidenberger on traffic jams at
# Whitsun, May 2001, and on consideration in traffic, December 2002, and Dora Donosa on telephoning at the wheel, August
# 2006, and on the accidents of September 2006, November 2006). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture (date prefixes, end
# marks, contact blocks and footers) is dropped (rules 63, 2580, 2660, 2850), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


MOOSBRUGGER = "Josef Moosbrugger"
ANDERL = "Renate Anderl"
WECHSELBERGER = "Artur Wechselberger"
MURSCH = "Ulrike Mursch-Edlmayr"
VDB = "Alexander Van der Bellen"
LUDWIG = "Michael Ludwig"
DONOSA = "Dora Donosa"
SEIDENBERGER = "Marion Seidenberger"

# --- APA-OTS, Landwirtschaftskammer Österreich (inferred), 14 June 2018: Moosbrugger on the new president of the ÖGB ---

LK_T = "Moosbrugger: Gratulation an Wolfgang Katzian, Dank an Erich Foglar"
LK_SUB = "Österreichischer Gewerkschaftsbund wählte neuen Präsidenten"
LK_P1 = ("Wien (OTS) - \"Der Bundeskongress des Österreichischen Gewerkschaftsbundes hat heute Wolfgang Katzian in Nachfolge "
         "von Erich Foglar zum neuen ÖGB-Präsidenten gewählt. Wir gratulieren dem neuen Präsidenten zum Amtsantritt ganz "
         "herzlich und wünschen ihm für die verantwortungsvolle Aufgabe alles Gute. Mit meinen Glückwünschen verbinde ich die "
         "Zuversicht, dass auch in den kommenden Jahren das Miteinander nicht aus den Augen verloren wird, denn die "
         "Sozialpartnerschaft steht vor großen Herausforderungen. Sie ist aufgerufen, den Österreicherinnen und Österreichern "
         "zukunftsweisende Antworten zu geben. Das beginnt bei den berechtigten Anliegen von Arbeitnehmern und Arbeitgebern in "
         "Branchen, die im internationalen Wettbewerb stehen und trotzdem in Österreich produzieren wollen, beim Klimawandel, "
         "dessen negative Folgen immer spürbarer werden, und geht weiter in den Bereichen Bildung, Digitalisierung oder "
         "Pflege. Überall hier erwarten sich die Menschen von ihren Interessenvertretern klare Antworten. Diese müssen wir "
         "gemeinsam finden\", erklärte LK Österreich-Präsident Josef Moosbrugger zur Wahl von Wolfgang Katzian als neuer "
         "ÖGB-Präsident.")
LK_H2 = "Dank an Erich Foglar"
LK_P2 = ("\"Unser Dank gilt dem scheidenden Präsidenten Erich Foglar. Naturgemäß waren Landwirtschaft und ÖGB nicht immer "
         "einer Meinung, doch Foglar war stets bereit, das gemeinsame Ganze in den Vordergrund zu stellen. Er wusste, dass nur "
         "ein lebendiger ländlicher Raum, in dem die Landwirtschaft eine treibende Rolle spielen kann, auch ein guter Ort für "
         "Arbeitnehmerinnen und Arbeitnehmer ist. Ich wünsche Erich Foglar für seinen nächsten Lebensabschnitt alles "
         "erdenklich Gute, viel Gesundheit und erfüllte Jahrzehnte\", so Moosbrugger abschließend.")

add(id="ho514-ots-lk-2018-06-14-moosbrugger-katzian-foglar",
    title=LK_T,
    url="https://www.ots.at/presseaussendung/OTS_20180614_OTS0245/moosbrugger-gratulation-an-wolfgang-katzian-dank-an-erich-"
        "foglar",
    retrieved="same address (release on the APA-OTS service, 14 June 2018 by its OTS number; the stored copy ends after the "
              "last paragraph, before any contact block, and the sender is inferred as the Landwirtschaftskammer Österreich "
              "from the release's own voice: its headline label names the chamber's president and the body quotes only him "
              "(rule 2850); the crawl date prefix ' date 2018-06' before the headline dropped (rule 63); headline, subtitle "
              "and the subheading 'Dank an Erich Foglar' kept as lines of their own as stored; the dateline 'Wien (OTS) -' "
              "run into the first paragraph kept; the end mark ' (Schluss)' at the end of the last paragraph dropped (rules "
              "48, 460, 2850); complete in the stored copy)",
    license=APA_OTS_SENDERS,
    paras=[LK_SUB, LK_P1, LK_H2, LK_P2],
    # the headline label `Moosbrugger:` stands before words without marks and carries no span (rule 5); the teaser
    # quotation before `erklärte LK Österreich-Präsident Josef Moosbrugger zur Wahl von …` is his (rule 44), and so is the
    # quotation before `so Moosbrugger abschließend` (rule 30); `LK Österreich-Präsident` names the chamber and is no
    # alias (rule 33); Wolfgang Katzian, who is congratulated, and Erich Foglar, who is thanked, say nothing
    quotes=[(cut(LK_P1, "\"Der Bundeskongress", "gemeinsam finden\""), MOOSBRUGGER),
            (cut(LK_P2, "\"Unser Dank", "Jahrzehnte\""), MOOSBRUGGER)],
    aliases={MOOSBRUGGER: ["Josef Moosbrugger", "Moosbrugger"]})

# --- APA-OTS, Arbeiterkammer (inferred), 22 June 2023: Renate Anderl congratulates the ÖGB on its congress ---

AK_T = "ÖGB und Arbeiterkammer sind ein Dream-Team"
AK_SUB = "AK Anderl gratuliert ÖGB-Präsident und Vorstand zur Wahl"
AK_P1 = ("Wien (OTS) - „Ich gratuliere ÖGB-Präsident Wolfgang Katzian recht herzlich zu seiner Wiederwahl beim Bundeskongress "
         "des ÖGB, ebenso dem neu gewählten Vorstand“, sagt AK Präsidentin Renate Anderl. „Der Bundeskongress war ein ganz "
         "starkes Zeichen dafür, dass man an den Vertretungen der Arbeitnehmerinnen und Arbeitnehmer nicht vorbeikommt!“ Beim "
         "Bundeskongress seien alle Themen angesprochen worden, die die Menschen in Österreich derzeit bewegen würden: "
         "„Steigende Preise in allen Bereichen, Druck in der Arbeitswelt – zum Beispiel mit überlangen Arbeitszeiten, "
         "Rückschritte für Frauen – zum Beispiel mit einer Herdprämie in Salzburg, massive Schieflage im Steuersystem, Probleme "
         "in der Pflege, im Bildungssystem und vieles mehr – für all das hat der ÖGB gute Lösungen, für deren Umsetzung eine "
         "einzige Sache nötig ist: der politische Wille. Gemeinsam mit dem ÖGB werden wir weiter darauf drängen, das Leben der "
         "Menschen im Land zu verbessern.“")

add(id="ho514-ots-ak-2023-06-22-anderl-oegb-dream-team",
    title=AK_T,
    url="https://www.ots.at/presseaussendung/OTS_20230622_OTS0153/oegb-und-arbeiterkammer-sind-ein-dream-team",
    retrieved="same address (release on the APA-OTS service, 22 June 2023 by its OTS number; the stored copy ends after the "
              "first paragraph, before any contact block, and the sender is inferred as the Arbeiterkammer (Renate Anderl "
              "heads both the AK Wien and the Bundesarbeitskammer) from the release's own voice: its subtitle reports the AK "
              "president's congratulation and the body quotes only her, in the first person plural of the chamber (rule "
              "2850); the crawl date prefix ' date 2023-06' before the headline dropped (rule 63); headline and subtitle "
              "kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into the paragraph kept; complete in the "
              "stored copy)",
    license=APA_OTS_SENDERS,
    paras=[AK_SUB, AK_P1],
    # the teaser quotation before `sagt AK Präsidentin Renate Anderl` is hers (rule 44), the cue-less quotation after it
    # continues her (NOTES.md continuation), and the colon quotation after the cue-less Konjunktiv sentence `Beim
    # Bundeskongress seien alle Themen angesprochen worden, …:` is hers as well (rule 9, NOTES.md continuation; as in rule
    # 2585); the subtitle label `AK Anderl` stands before words without marks (rule 5) and, naming the chamber, is no alias
    # (rules 33, 2583); Wolfgang Katzian, whom she congratulates, says nothing
    quotes=[(cut(AK_P1, "„Ich gratuliere", "Vorstand“"), ANDERL),
            (cut(AK_P1, "„Der Bundeskongress", "vorbeikommt!“"), ANDERL),
            (cut(AK_P1, "„Steigende Preise", "verbessern.“"), ANDERL)],
    aliases={ANDERL: ["Renate Anderl"]})

# --- APA-OTS, Österreichische Ärztekammer, 24 February 2017: the chamber on the death of Sabine Oberhauser ---

AE_T = "ÖÄK tief betroffen vom Ableben von Gesundheitsministerin Oberhauser"
AE_P1 = ("Wien (OTS) - Tief betroffen zeigt sich das Präsidium der Österreichischen Ärztekammer (ÖÄK) vom Ableben von "
         "Gesundheitsministerin Dr. Sabine Oberhauser. Mit dem Tod der Bundesministerin verliere Österreich eine beeindruckende "
         "Persönlichkeit, betont ÖÄK-Präsident Dr. Artur Wechselberger.")
AE_P2 = ("\"Gerade in ihrem unermüdlichen Einsatz für die Weiterentwicklung des Gesundheitssystems, getragen von den Werten "
         "Humanität, Qualität sowie Versorgungssicherheit für alle Österreicherinnen und Österreicher, aber auch in ihrer Sorge "
         "um jene, die in der Patientenversorgung beschäftigt sind, zeigte sich ihr großes Herz für die Menschen unsers "
         "Landes. Die Österreichische Ärzteschaft verliert mit Sabine Oberhauser eine großartige Kollegin“, ergänzt "
         "Wechselberger.")
AE_P3 = ("Die Anteilnahme aller Mitarbeiter und Funktionäre der Österreichischen Ärztekammer gelte in diesen schweren Stunden "
         "besonders Sabine Oberhausers Mann, ihren Töchtern und der Familie. (bs)")

add(id="ho514-ots-oeaek-2017-02-24-wechselberger-oberhauser",
    title=AE_T,
    url="http://www.ots.at/presseaussendung/OTS_20170224_OTS0024/oeaek-tief-betroffen-vom-ableben-von-gesundheitsministerin-"
        "oberhauser",
    retrieved="same address (release of the Österreichische Ärztekammer on the APA-OTS service, 24 February 2017 by its OTS "
              "number; the crawl date prefix ' date 2017-02' before the headline dropped (rule 63); the dateline 'Wien (OTS) "
              "-' run into the first paragraph kept; the press officer's sign '(bs)' at the end of the last paragraph kept in "
              "it (rules 2610, 2780); the contact block 'Rückfragen & Kontakt: Österreichische Ärztekammer "
              "Öffentlichkeitsarbeit …', which shows the sender, dropped (rule 2580); the published ASCII opening mark with a "
              "typographic closing mark and 'unsers Landes' kept (rules 20, 21); complete in the stored copy)",
    license=APA_OTS_SENDERS,
    paras=[AE_P1, AE_P2, AE_P3],
    # the president's statement in the lead is reported without marks (rule 5); the quotation before `ergänzt
    # Wechselberger` is his (rules 30, 44), one span from its ASCII opening to its typographic closing mark (rule 21),
    # canonical without the academic title (rule 181); `ÖÄK-Präsident` names the chamber and is no alias (rule 33); the
    # Präsidium, whose sorrow the narrator reports, and Sabine Oberhauser say nothing in marks
    quotes=[(cut(AE_P2, "\"Gerade", "Kollegin“"), WECHSELBERGER)],
    aliases={WECHSELBERGER: ["Artur Wechselberger", "Dr. Artur Wechselberger", "Wechselberger"]})

# --- APA-OTS, Österreichische Apothekerkammer (inferred), 3 November 2020: the chamber after the terror attack in Vienna ---

AP_T = "Apothekerkammer gedenkt der Terroropfer von Wien"
AP_SUB = "Mursch-Edlmayr: „Unsere Demokratie ist unerschütterlich“"
AP_DL = "Wien (OTS) -"
AP_P1 = ("Die Apothekerinnen und Apotheker Österreichs verurteilen den Terroranschlag vom 2. November aufs Schärfste. "
         "„Unsere Gedanken sind bei den Angehörigen der Opfer, ihnen gilt unser aufrichtiges Beileid. Österreich wird dem Hass "
         "und der Angst keinerlei Raum geben. Wir werden es nie zulassen, dass Freiheit und Werte in unserem demokratischen "
         "Land untergraben werden. Unsere Demokratie ist unerschütterlich. Großer Dank gebührt allen Einsatzkräften für ihr "
         "unglaubliches Engagement in dieser schweren Zeit“, erklärt Mag. pharm. Dr. Ulrike Mursch-Edlmayr, Präsidentin der "
         "Österreichischen Apothekerkammer.")
AP_P2 = ("Die Apothekerkammer informiert: Die Apotheken in der Wiener Innenstadt haben trotz der unklaren Sicherheitslage "
         "geöffnet oder geben die Arzneimittel über das Nachtdienstfenster ab.")

add(id="ho514-ots-apothekerkammer-2020-11-03-mursch-edlmayr-terroropfer",
    title=AP_T,
    url="https://www.ots.at/presseaussendung/OTS_20201103_OTS0081/apothekerkammer-gedenkt-der-terroropfer-von-wien",
    retrieved="same address (release on the APA-OTS service, 3 November 2020 by its OTS number; the stored copy ends after "
              "the last paragraph, before any contact block, and the sender is inferred as the Österreichische "
              "Apothekerkammer from the release's own voice: the headline reports the chamber's own act and the last "
              "paragraph begins 'Die Apothekerkammer informiert:' (rule 2850); the crawl date prefix ' date 2020-11' before "
              "the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline "
              "'Wien (OTS) -', which the stored copy gives alone on its line before the first paragraph, kept as a line of "
              "its own (rules 2580, 2850); empty lines between the paragraphs dropped; complete in the stored copy)",
    license=APA_OTS_SENDERS,
    paras=[AP_SUB, AP_DL, AP_P1, AP_P2],
    # the subtitle label `Mursch-Edlmayr: „…“` gives its quotation to her; the body's quotation holds the same sentence
    # (rules 26, 54); the quotation before `erklärt Mag. pharm. Dr. Ulrike Mursch-Edlmayr, Präsidentin der Österreichischen
    # Apothekerkammer` is hers (rule 44), although the sentence before it has the chamber's members as subject: the cue
    # names the speaker (rule 2802); the unmarked notice after `Die Apothekerkammer informiert:` has no span (rule 5)
    quotes=[("„Unsere Demokratie ist unerschütterlich“", MURSCH),
            (cut(AP_P1, "„Unsere Gedanken", "schweren Zeit“"), MURSCH)],
    aliases={MURSCH: ["Ulrike Mursch-Edlmayr", "Dr. Ulrike Mursch-Edlmayr", "Mursch-Edlmayr"]})

# --- APA-OTS, Österreichischer Gewerkschaftsbund (inferred), 12 June 2018: Van der Bellen opens the 19th Bundeskongress ---

BK_T = "19. ÖGB-Bundeskongress vom Bundespräsidenten eröffnet"
BK_SUB = "Van der Bellen: „Gäbe es die Gewerkschaften nicht, müsste man sie erfinden.“"
BK_P1 = ("Wien (OTS) - Sein Verhältnis zum ÖGB bringt Bundespräsident Alexander Van der Bellen folgendermaßen zum Ausdruck: "
         "„Gäbe es die Gewerkschaften nicht, müsste man sie erfinden.“")
BK_P2 = ("Der Bundespräsident lobt den Einsatz der „vielen tausend Menschen, die sich täglich für andere engagieren. Dafür "
         "sag ich Danke.“ Auch die Sozialpartnerschaft würde von ihm hochgeschätzt, betonte Van der Bellen: „Ich kann mich "
         "noch erinnern, wie das vor der Sozialpartnerschaft war, an Zeiten, die von bitterster Armut geprägt waren. Es wäre "
         "besser, den bewährten Weg der Sozialpartnerschaft weiter zu gehen.“")
BK_P3 = ("Abschließend richtet Van der Bellen einen Appell an den ÖGB-Bundekongress: „Bleiben Sie stark und selbstbewusst, "
         "setzen Sie sich weiterhin dafür ein, dass alle vom Wohlstand profitieren und niemand auf der Strecke bleibt, für den "
         "Erhalt des Sozial- und des Sozialversicherungssystems. Und sorgen Sie weiterhin dafür, dass Rassismus und "
         "rechtsextremistische Tendenzen keinen Platz in Österreich haben.“")
BK_P4 = ("Bei Erich Foglar bedankte sich der Bundespräsident für seine 10-jährige Amtszeit und betonte: „Wenn Sie Zeit "
         "finden, einmal in der Hofburg vorbeizuschauen, würde ich mich freuen.“")
BK_H2 = "Ludwig: „Wohlstand ist eng verbunden mit der Gewerkschaft“"
BK_P5 = ("Der Wiener Bürgermeister Michael Ludwig kündigte einen eigenen Wiener Sozialpartnergipfel zum Thema Digitalisierung "
         "an. Er strich vor allem heraus, dass der ÖGB und die AK agieren, während andere vor allem Sonntagsreden von sich "
         "geben. Als Beispiel nannte er den erst kürzlich angekündigten Qualifizierungsfonds der Arbeiterkammer. Ludwig: „Wir "
         "müssen diese Herausforderung gemeinsam annehmen und lösen, auf sozialpartnerschaftliche Art.“")

add(id="ho514-ots-oegb-2018-06-12-bundeskongress-van-der-bellen-ludwig",
    title=BK_T,
    url="https://www.ots.at/presseaussendung/OTS_20180612_OTS0209/19-oegb-bundeskongress-vom-bundespraesidenten-eroeffnet",
    retrieved="same address (release on the APA-OTS service, 12 June 2018 by its OTS number; the stored copy ends inside a "
              "paragraph, before any contact block, and the sender is inferred as the Österreichischer Gewerkschaftsbund, "
              "whose congress the release reports and whose role it describes in its own words (rule 2850); the crawl date "
              "prefix ' date 2018-06' before the headline dropped (rule 63); headline, subtitle and the subheading 'Ludwig: "
              "„Wohlstand ist eng verbunden mit der Gewerkschaft“' kept as lines of their own as stored; the dateline 'Wien "
              "(OTS) -' run into the first paragraph kept; the last paragraph ('„Der Wohlstand ist eng ve'), cut off in the "
              "stored copy, dropped with its quotation (rule 15); the published 'ÖGB-Bundekongress' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[BK_SUB, BK_P1, BK_P2, BK_P3, BK_P4, BK_H2, BK_P5],
    # the subtitle label `Van der Bellen: „…“` and the colon quotation after `bringt Bundespräsident Alexander Van der
    # Bellen folgendermaßen zum Ausdruck:` are the same words, both his (rules 9, 54; by occurrence index); the partial
    # quotation after `Der Bundespräsident lobt den Einsatz der` that runs on past its full stop into his first-person
    # thanks is one span of his (rule 2854); `betonte Van der Bellen:` and `richtet Van der Bellen einen Appell an …:` are
    # colon cues (rule 9), the congress being the addressee; `Bei Erich Foglar bedankte sich der Bundespräsident … und
    # betonte: „…“` → Van der Bellen, Foglar being the fronted addressee (rule 2853); the subheading label `Ludwig: „…“`
    # is Ludwig's although the body paragraph that held the words is cut off (rule 54), and the paragraph label `Ludwig:
    # „…“` after three sentences about him is a colon cue (rule 9); `Bundespräsident` and `Bürgermeister` name only these
    # two men and are aliases (rules 44, 2663), `Der Wiener Bürgermeister` names the city and is not (rule 33)
    quotes=[("„Gäbe es die Gewerkschaften nicht, müsste man sie erfinden.“", VDB, 0),
            ("„Gäbe es die Gewerkschaften nicht, müsste man sie erfinden.“", VDB, 1),
            (cut(BK_P2, "„vielen tausend", "Danke.“"), VDB),
            (cut(BK_P2, "„Ich kann", "weiter zu gehen.“"), VDB),
            (cut(BK_P3, "„Bleiben Sie", "Österreich haben.“"), VDB),
            (cut(BK_P4, "„Wenn Sie", "freuen.“"), VDB),
            ("„Wohlstand ist eng verbunden mit der Gewerkschaft“", LUDWIG),
            (cut(BK_P5, "„Wir müssen", "Art.“"), LUDWIG)],
    aliases={VDB: ["Alexander Van der Bellen", "Bundespräsident Alexander Van der Bellen", "Van der Bellen",
                   "Bundespräsident"],
             LUDWIG: ["Michael Ludwig", "Ludwig", "Bürgermeister"]})

# --- APA-OTS, ÖAMTC, 31 May 2001: tips against stress in traffic jams at Whitsun ---

ST_T = "ÖAMTC: Dem \"Staustress\" ein Schnippchen schlagen"
ST_SUB = "Die ersten Minuten sind die schlimmsten"
ST_P1 = ("Wien (ÖAMTC-Presse) - Der \"Staustress\" zu Pfingsten ist fast vorprogrammiert. Viele Österreicher nützen das "
         "\"lange \" Wochenende erfahrungsgemäß für einen Kurzurlaub, in Bayern beginnen zweiwöchige Schulferien. Entsprechend "
         "starken Verkehr erwartet der Club daher auf den wichtigsten Transitstrecken Österreichs. Der ÖAMTC hat \"Stautipps\" "
         "zusammengestellt.")
ST_L1 = ("Wer schon vor der Fahrt mit Behinderungen und Staus rechnet, tut sich sehr viel leichter. Marion Seidenberger, "
         "Verkehrspsychologin beim ÖAMTC:\"Die ersten Minuten sind die schlimmsten. Wer cool bleibt und richtig reagiert hat "
         "schon gewonnen\". Eine besonders kritische Situation entsteht beim Heranfahren an den Stau. Weil viele Kraftfahrer "
         "den durch die hohe Geschwindigkeit ziemlich langen Bremsweg unterschätzen, passieren immer wieder Unfälle.")
ST_L2 = ("Steckt man erst im Stau fest gilt es Ruhe zu bewahren. Seidenberger: \"Wer sich mit Gesprächen oder Musik ablenken "
         "kann, sieht den Stau schon viel gelassener. Staubewältigung heißt auch diese Stressfaktoren rechtzeitig "
         "auszuschliessen\".")
ST_L3 = "Bei \"Stop and Go\"-Verkehr gilt: Ständiger Spurwechsel bringt nichts außer Ärger und Gefahr."
ST_L4 = "Abstand vergrößern und das Auffahrrisiko dadurch verringern."
ST_L5 = "Durst und Hitze machen aggressiv. Klimaanlage laufen lassen und ausreichend Getränke für die Passagiere mitnehmen."
ST_L6 = "Autogerechtes Spielzeug für Kinder griffbereit halten."
ST_P2 = ("Besonders gefährlich ist auch die Auflösungsphase des Staus. \"Viele Kraftfahrer sind entnervt und versuchen, die "
         "verlorene Zeit wieder einzuholen. Doppelte Vorsicht und Aufmerksamkeit sind nötig, um nicht gleich im nächsten "
         "Unfallstau zu stecken\", warnt die ÖAMTC-Verkehrspsychologin abschließend.")

add(id="ho514-ots-oeamtc-2001-05-31-seidenberger-staustress",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20010531_OTS0040/oeamtc-dem-staustress-ein-schnippchen-schlagen",
    retrieved="same address (release of the ÖAMTC on the APA-OTS service, 31 May 2001 by its OTS number; the sender is told by "
              "the club's own dateline code 'Wien (ÖAMTC-Presse) -', kept run into the first paragraph (rule 2660); headline "
              "and subtitle kept as lines of their own as stored; the asterisks '* ' before the six tips dropped, each tip a "
              "line of its own (rule 2850); the hard line breaks inside the first and second tip joined with a space (rules "
              "48, 2660); the last line ('Informationen über aktuelle und zu erwartende Stauungen … oder im Inter'), cut off "
              "in the stored copy, dropped (rule 15); the published 'ÖAMTC:\"Die' without a space, '\"lange \"' with the "
              "space before its closing mark, 'Steckt man erst im Stau fest gilt' and 'auszuschliessen' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[ST_SUB, ST_P1, ST_L1, ST_L2, ST_L3, ST_L4, ST_L5, ST_L6, ST_P2],
    # the club's seasonal word `"Staustress"` (headline and lead, by occurrence index), the distancing `"lange "` and the
    # club's name for its list `"Stautipps"` are null, nobody being reported as saying them (rules 24, 2661), and so is
    # the traffic term in the compound `"Stop and Go"-Verkehr` (rules 24, 1882: the marked part only); the label
    # `Marion Seidenberger, Verkehrspsychologin beim ÖAMTC:"…"` and `Seidenberger: "…"` are colon cues (rules 9, 54), the
    # quotation before `warnt die ÖAMTC-Verkehrspsychologin abschließend` is hers too (rule 30); the subtitle, which
    # repeats the first sentence of her first quotation without marks, has no span (rule 5); `Verkehrspsychologin beim
    # ÖAMTC` and `ÖAMTC-Verkehrspsychologin` name the club and are no aliases (rule 33)
    quotes=[("\"Staustress\"", None, 0),
            ("\"Staustress\"", None, 1),
            ("\"lange \"", None),
            ("\"Stautipps\"", None),
            (cut(ST_L1, "\"Die ersten", "gewonnen\""), SEIDENBERGER),
            (cut(ST_L2, "\"Wer sich", "auszuschliessen\""), SEIDENBERGER),
            ("\"Stop and Go\"", None),
            (cut(ST_P2, "\"Viele Kraftfahrer", "zu stecken\""), SEIDENBERGER)],
    aliases={SEIDENBERGER: ["Marion Seidenberger", "Seidenberger"]})

# --- APA-OTS, ÖAMTC, 17 December 2002: the club calls for consideration in traffic ---

RU_T = "ÖAMTC ruft zu mehr Rücksichtnahme und Miteinander im Straßenverkehr auf"
RU_SUB = ("Unter dem Motto \"Schön wär's, wenn ... \" präsentiert der Club Lösungsansätze zu aufgezeigten Missständen")
RU_P1 = ("Wien (ÖAMTC-Presse) - \"Schön wär's, wenn es mehr gegenseitige Rücksichtnahme auf der Straße gäbe\", sagt "
         "ÖAMTC-Verkehrspsychologin Marion Seidenberger. Kleine Fouls im Straßenverkehr vergiften das Klima unter den "
         "Verkehrsteilnehmern. Kreuzungsblockierer, Scheuklappen-Fahrer, Unfallgaffer und Lückenspringer machen ein Miteinander "
         "im Straßenverkehr schwer.")
RU_P2 = ("Durch aufmerksames Fahren und zuvorkommendem Verhalten kommt man letztendlich stressfreier, sicherer und schneller "
         "ans Ziel. Daher sollten sich die Autolenker von diesen Fauxpas endgültig verabschieden:")
RU_P3 = ("Keine Blockaden in Kreuzungsbereich mehr. Viele Kraftfahrer sollten sich endlich abgewöhnen, noch bei gelb in die "
         "Kreuzung einzurollen. Ein Chaos im Querverkehr bei Bim, Bus oder Fußgängern könnte so auf einfache Art verhindert "
         "werden.")
RU_P4 = ("Keine Hektik im Straßenverkehr durch wildes Zickzack-Fahren. Wetteifern um jeden Meter widerspricht einem "
         "harmonischen Verkehrsfluss. \"Gelassenheit am Steuer spart Nerven, Zeit und Geld\", weiß die Verkehrspsychologin.")
RU_P5 = ("Keine Scheuklappen-Fahrer mehr. Wer nur geradeaus fährt, nicht links, nicht rechts schaut, macht anderen "
         "Verkehrsteilnehmern das Leben schwer. Schön wär's, wenn es mehr Höflichkeit und Zuvorkommen auf der Straße gäbe: "
         "Einfädeln lassen, warten können, Fußgänger queren lassen etc.")
RU_P6 = ("Kein ungeniertes Gaffen an Unfallstellen. Aus reiner Sensationslust verursachen neugierige Autofahrer immer wieder "
         "sowohl Staus auf der eigenen Richtungsfahrbahn, als auch auf der Gegenseite. Besser wäre es, zügig an der "
         "Unfallstelle vorbeizufahren. Seidenberger: \"Sind noch keine professionellen Helfer vor Ort, ist außerdem echte "
         "Hilfeleistung gefragt.\"")

add(id="ho514-ots-oeamtc-2002-12-17-seidenberger-schoen-waers",
    title=RU_T,
    url="https://www.ots.at/presseaussendung/OTS_20021217_OTS0029/oeamtc-ruft-zu-mehr-ruecksichtnahme-und-miteinander-im-"
        "strassenverkehr-auf",
    retrieved="same address (release of the ÖAMTC on the APA-OTS service, 17 December 2002 by its OTS number; the sender is "
              "told by the club's own dateline code 'Wien (ÖAMTC-Presse) -', kept run into the first paragraph (rule 2660); "
              "headline and subtitle kept as lines of their own as stored; the last paragraph ('Keine Handy-am-Ohr-"
              "Telefonierer mehr. Nachgewiesen ist, … auf der Straße. \"'), cut off in the stored copy after an opening mark, "
              "dropped with it (rule 15); the published 'zuvorkommendem Verhalten', 'in Kreuzungsbereich', 'bei gelb' and "
              "the space before the closing mark of the motto kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[RU_SUB, RU_P1, RU_P2, RU_P3, RU_P4, RU_P5, RU_P6],
    # the campaign's motto in the subtitle is null, although Seidenberger's first quotation opens with the same words
    # (rule 2851); `"…", sagt ÖAMTC-Verkehrspsychologin Marion Seidenberger` is hers (rule 44), `"…", weiß die
    # Verkehrspsychologin` is a cue of saying (rule 2852) and `Seidenberger: "…"` a colon cue (rule 9); the motto's words
    # in the narrator's sentence without marks (`Schön wär's, wenn es mehr Höflichkeit …`) have no span (rule 5);
    # `Verkehrspsychologin` names only her and is an alias (rule 44), `ÖAMTC-Verkehrspsychologin` is not (rule 33)
    quotes=[("\"Schön wär's, wenn ... \"", None),
            (cut(RU_P1, "\"Schön wär's, wenn es", "gäbe\""), SEIDENBERGER),
            (cut(RU_P4, "\"Gelassenheit", "Geld\""), SEIDENBERGER),
            (cut(RU_P6, "\"Sind noch", "gefragt.\""), SEIDENBERGER)],
    aliases={SEIDENBERGER: ["Marion Seidenberger", "Seidenberger", "Verkehrspsychologin"]})

# --- APA-OTS, ÖAMTC, 16 August 2006: telephoning at the wheel ---

TE_T = "ÖAMTC: Unfallrisiko durch Telefonieren am Steuer viermal so hoch"
TE_SUB = "Verkehrspsychologin warnt, schon eine kurze Ablenkung kann zur Katastrophe führen"
TE_P1 = ("Wien (OTS) - Der ÖAMTC hat bei 1.000 Autofahrern nachgefragt, welche Tätigkeiten beim Autofahren sie als besonders "
         "gefährlich einschätzen. \"An der Spitze der Nennungen steht mit 33 Prozent das Telefon. Dazu zählen Telefonieren mit "
         "oder ohne Freisprecheinrichtung und auch SMS schreiben\", erklärt ÖAMTC-Verkehrspsychologin Dora Donosa. Zwei Drittel "
         "der Befragten gaben an, dass ablenkende Tätigkeiten generell ein großes Sicherheitsproblem beim Fahren sind. Im "
         "Gegensatz dazu fühlten sich 37 Prozent schon \"oft\" durch andere Autofahrer gefährdet, die offensichtlich hinter dem "
         "Steuer nicht bei der Sache waren.")
TE_P2 = ("Internationalen Untersuchungen zufolge haben Handytelefonierer am Steuer ein etwa viermal höheres Unfallrisiko. "
         "\"Aber auch mit einer Freisprecheinrichtung birgt das Telefonieren am Steuer Gefahren, besonders bei komplexen oder "
         "emotionalen Gesprächen. Die menschliche Aufnahme- und Verarbeitungskapazität ist beschränkt. Fatal wird es, wenn die "
         "Aufmerksamkeit nicht mehr dem Straßenverkehr sondern dem Telefon gilt\", so Donosa.")
TE_P3 = ("Handytelefonierer fallen besonders durch ihre \"unrunde\" Fahrweise auf. Sie halten zu geringen Abstand zum "
         "Vordermann, vergessen auf das Blinken beim Abbiegen oder Spurwechseln, beachten andere Verkehrsteilnehmer und "
         "Lichtsignale weniger und fahren für andere unberechenbar. \"Für vier von zehn Autofahrern zählen solche Erlebnisse "
         "bereits zu ihrem Erfahrungsschatz. 42 Prozent der Befragten gaben an, dass sie schon einmal in eine brenzlige "
         "Situation gekommen sind, weil sie abgelenkt waren\", erklärt die ÖAMTC-Expertin.")

add(id="ho514-ots-oeamtc-2006-08-16-donosa-telefonieren-am-steuer",
    title=TE_T,
    url="https://www.ots.at/presseaussendung/OTS_20060816_OTS0043/oeamtc-unfallrisiko-durch-telefonieren-am-steuer-viermal-"
        "so-hoch",
    retrieved="same address (release on the APA-OTS service, 16 August 2006 by its OTS number; the stored copy ends inside a "
              "paragraph, before any contact block, and the sender is taken as the ÖAMTC from its headline label 'ÖAMTC:' "
              "and the body, which reports the club's own survey and quotes its psychologist (rules 2660, 2850); headline "
              "and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph "
              "kept; the last paragraph ('\"Das Wissen um die Gefahr alleine reicht nicht. … \", sagt Donosa. … "
              "Verkehrssituationen können sich'), cut off in the stored copy, dropped with its quotation (rule 15); the "
              "published 'vergessen auf das Blinken' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[TE_SUB, TE_P1, TE_P2, TE_P3],
    # the quotation before `erklärt ÖAMTC-Verkehrspsychologin Dora Donosa` is hers (rule 44), as are those before `so
    # Donosa` and `erklärt die ÖAMTC-Expertin` (rule 30); the survey's answer category `"oft"` is null (rule 321), and the
    # narrator's distancing `"unrunde"` is null (rules 24, 2793); `Verkehrspsychologin` in the subtitle names only her and
    # is an alias (rule 44), `ÖAMTC-Verkehrspsychologin` and `ÖAMTC-Expertin` name the club and are not (rule 33)
    quotes=[(cut(TE_P1, "\"An der Spitze", "SMS schreiben\""), DONOSA),
            ("\"oft\"", None),
            (cut(TE_P2, "\"Aber auch", "Telefon gilt\""), DONOSA),
            ("\"unrunde\"", None),
            (cut(TE_P3, "\"Für vier", "abgelenkt waren\""), DONOSA)],
    aliases={DONOSA: ["Dora Donosa", "Donosa", "Verkehrspsychologin"]})

# --- APA-OTS, ÖAMTC, 9 November 2006: the club's psychologist on the accidents of September ---

WE_T = "ÖAMTC: Bei schönem Wetter und guter Stimmung sinkt das Risikobewusstsein"
WE_SUB = "September war unfallträchtigster Monat des Jahres - Club-Psychologin analysiert Unfallgeschehen"
WE_P1 = ("Wien (OTS) - Im September 2006 gab es um ein Drittel mehr Verkehrstote (plus 26 Getötete) als im gleichen Monat des "
         "Vorjahres. Nur ein Monat zuvor, im August diesen Jahres, gab es allerdings um 33 Getötete (rund 40 Prozent) weniger "
         "als noch 2005. \"Der September heuer war extrem schön, warmes Wetter über Wochen. Das motiviert die Leute "
         "wegzufahren, etwas zu unternehmen. Die schönen Tage wurden vor allem für letzte Ausfahrten mit Auto, Motorrad oder "
         "Radtouren genützt\", erklärt ÖAMTC-Verkehrspsychologin Dora Donosa. Der Einfluss des schönen Wetters zeigt sich auch "
         "in einer Zunahme der Unfälle und der Getöteten. Laut Statistik Austria gab es mehr getötete Pkw-Insassen (+16), "
         "Fußgänger (+6), Radfahrer (+3) und Motorradfahrer (+2). Im September 2006 wurden drei Kinder im Straßenverkehr "
         "getötet, im Vorjahr keines.")
WE_P2 = ("Das Wetter allein ist aber nicht die Unfallursache, viel eher das, was es mit sich bringt. Denn: \"Sonnenschein und "
         "trockene Fahrbahn, gepaart mit positiver Stimmung, lassen einen oft nicht an mögliche Gefahren denken. Das Gefahren- "
         "und Risikobewusstsein gerät bei sehr guter Wetterlage leicht in den Hintergrund\", erklärt die "
         "ÖAMTC-Verkehrspsychologin. Außerdem fördert das schöne Wetter ein geändertes Mobilitätsverhalten: Es ist mehr los "
         "auf den Straßen. Das verlangt den Verkehrsteilnehmern mehr Disziplin und Aufmerksamkeit ab. Mehr Verkehrsaufkommen "
         "bedeutet, sich auch auf mehr unvorhersehbare Situationen einstellen zu müssen. Erhöhte Vorsicht und Rücksicht auf "
         "andere ist das Um und Auf. \"Wetterbedingungen kann man nicht ändern, sein Fahrverhalten aber schon. Das gilt sowohl "
         "für schlechtes Wetter als auch für sehr gutes und das, was damit zusammenhängt\", so die ÖAMTC-Expertin.")

add(id="ho514-ots-oeamtc-2006-11-09-donosa-risikobewusstsein",
    title=WE_T,
    url="https://www.ots.at/presseaussendung/OTS_20061109_OTS0139/oeamtc-bei-schoenem-wetter-und-guter-stimmung-sinkt-das-"
        "risikobewusstsein",
    retrieved="same address (release on the APA-OTS service, 9 November 2006 by its OTS number; the stored copy ends inside a "
              "paragraph, before any contact block, and the sender is taken as the ÖAMTC from its headline label 'ÖAMTC:' "
              "and the body, which quotes the club's psychologist (rules 2660, 2850); headline and subtitle kept as lines of "
              "their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph kept; the last paragraph ('Im "
              "Vergleich zum September war der heurige August verregnet, das Wetter bei weite'), cut off in the stored copy, "
              "dropped (rule 15); the published 'im August diesen Jahres' and 'Nur ein Monat zuvor' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[WE_SUB, WE_P1, WE_P2],
    # the quotation before `erklärt ÖAMTC-Verkehrspsychologin Dora Donosa` is hers (rule 44), as are the colon quotation
    # after the narrator's `Denn:` with the cue `erklärt die ÖAMTC-Verkehrspsychologin` after it (rules 30, 2802) and the
    # quotation before `so die ÖAMTC-Expertin` (rule 30); the role phrases and the subtitle's `Club-Psychologin` name the
    # club and are no aliases (rule 33)
    quotes=[(cut(WE_P1, "\"Der September", "genützt\""), DONOSA),
            (cut(WE_P2, "\"Sonnenschein", "Hintergrund\""), DONOSA),
            (cut(WE_P2, "\"Wetterbedingungen", "zusammenhängt\""), DONOSA)],
    aliases={DONOSA: ["Dora Donosa"]})
