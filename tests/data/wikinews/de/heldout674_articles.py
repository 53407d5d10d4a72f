# Six-hundred-and-seventy-fourth held-out German real-news set (tests/data/heldout674-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4120-4122). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout673-heldout680). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-seventy-fourth held-out set": six reports of Vienna's PID-Rathauskorrespondenz
# on sittings of the Wiener Gemeinderat, distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_PUBLIC):
# the general debate on the accounts for 2012 (June 2013: Manfred Juraczka and David Ellensohn), the opening and the general
# debate of the budget sitting for 2015 (November 2014: Renate Brauner; Ellensohn and Johann Gudenus), the general debate on the
# accounts for 2014 (June 2015: Eduard Schock and Senol Akkilic), the summary of the budget sitting for 2017 (December 2016:
# Brauner and the NEOS) and the close of the sitting on the accounts for 2018 with its votes (June 2019: Peter Hanke and the
# ÖVP's motions). Two senders are inferred from the release's own voice (ANNOTATION.md rules 3720, 3830, 3940, 4120). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), the wire furniture (crawl-date prefixes, an end mark with the editor's sign) is dropped, one single stored line break
# inside a paragraph is joined (rules 63, 3720, 4120), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


JURACZKA = "Manfred Juraczka"
ELLENSOHN = "David Ellensohn"
BRAUNER = "Renate Brauner"
GUDENUS = "Johann Gudenus"
SCHOCK = "Eduard Schock"
AKKILIC = "Senol Akkilic"
NEOS = "NEOS"
HANKE = "Peter Hanke"

# --- APA-OTS, PID-Rathauskorrespondenz, 24 June 2013: general debate on the accounts for 2012, Juraczka and Ellensohn ---

RA12_T = "40. Wiener Gemeinderat (2)"
RA12_SUB = "Rechnungsabschluss 2012"
RA12_P1 = ("Wien (OTS) - Stadtrat Mag. Manfred Juraczka kritisierte eingangs, dass es Finanzstadträtin Brauner an "
           "\"finanzpolitischem Geschick\" fehle. Diese hätte in ihrer Rede auch etliche Verteuerungen \"verschwiegen\". "
           "Aufgrund der \"verfehlten Wirtschaftspolitik\" würden auch die Arbeitslosenzahlen stetig steigen. Die Grünen würden "
           "dabei nur zuschauen. Von Konsolidierung des Budgets könne angesichts der Finanzzahlen keine Rede sein. Man müsse "
           "gegen die Armut und nicht gegen den Wohlstand vorgehen. Die Stadt müsse Sparpotenziale ausschöpfen, forderte "
           "Juraczka.")
RA12_P2 = ("GR David Ellensohn (Grüne) stellte fest, dass es keine ÖVP- oder FPÖ-geführte Stadt in Österreich gebe, die "
           "günstigere Gebühren im Vergleich zur Bundeshauptstadt hätte. Wenn die ÖVP \"das Sagen hätte, würde es teuer "
           "werden\", so Ellensohn. Die ÖVP würde darüber hinaus mit falschen Zahlen agieren und \"auf Plakaten lügen\". Bei den "
           "Arbeitslosenzahlen dürfe man die EinpendlerInnen aus Niederösterreich nicht vergessen. Als rot-grüne Errungenschaft "
           "hob er besonders die Öffi-Jahreskarte um 365 Euro, die Solaroffensive und den Ausbau der Radwege hervor. Nachhaltig "
           "sei es \"Kindern zu helfen\", etwa mit dem gratis Kindergarten, Mindestsicherung und kostengünstigen "
           "Freizeitangeboten. Es bräuchte eine Neuverteilung des Reichtums. Daher trete er für eine temporäre Vermögenssteuer "
           "ein, um den Schuldenstand der Kommunen abzubauen. Abschließend lobte er unter anderem den sozialen Wohnbau in Wien, "
           "Ganztagsschulen oder die Aufstockung von Kinderbetreuungsplätzen.")

add(id="ho674-ots-rk-2013-06-24-gemeinderat-rechnungsabschluss-2012-juraczka-ellensohn",
    title=RA12_T,
    url="https://www.ots.at/presseaussendung/OTS_20130624_OTS0107/40-wiener-gemeinderat-2",
    retrieved="same address (report on the APA-OTS service, 24 June 2013 by its OTS number, the second release of the series on "
              "the 40th sitting of the Gemeinderat, the debate on the accounts for 2012; the crawl-date prefix ' date 2018-03' "
              "before the headline dropped (rule 63); the headline with its series number '(2)' is the title and the subtitle "
              "naming the item a line of its own (rules 13, 3720); the stored copy breaks off inside its third paragraph ('GR "
              "Mag. M.A.I.S. Johann Gudenus (FPÖ) bezeichnete Finanzstadträtin Brauner als \"eine Meisterin der "
              "Schönfärberei\". … Wien würde noch \"gut dastehen\", aber er frage sich'), which is dropped with its quotations "
              "(rule 15), before any contact block; the sender, under the plain dateline 'Wien (OTS) -', is inferred as the "
              "PID-Rathauskorrespondenz from the release's own voice: the numbered series '40. Wiener Gemeinderat (2)' with the "
              "subtitle on the item, the third-person account of members of three parties in turn, each named first with title "
              "and, for the members, party bracket (rules 3720, 3830, 3940, 4120); the published 'gratis Kindergarten' kept "
              "(rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[RA12_SUB, RA12_P1, RA12_P2],
    # the marked object of `kritisierte eingangs, dass es Finanzstadträtin Brauner an "…" fehle` is Juraczka's, and so are the
    # marked verb of the next Konjunktiv sentence, whose subject `Diese` is Brauner, and the marked phrase of the sentence after
    # it, both continuing his report up to `forderte Juraczka` (rules 3, 25, 3721); the marked end of the conditional clause
    # before `so Ellensohn`, whose subject is the ÖVP, is Ellensohn's (rules 3, 30, 3721), as are the marked end of the
    # Konjunktiv sentence on the ÖVP's posters and the marked infinitive of `Nachhaltig sei es "…"` (rules 3, 25, 3721); Brauner,
    # the Grünen, the ÖVP, the FPÖ, the EinpendlerInnen, the Kommunen and Johann Gudenus (cut off) say nothing in marks;
    # `Finanzstadträtin` names Brauner, no speaker here; the council titles `Stadtrat`, `GR` with the degree and the party
    # bracket are not part of the aliases (rules 3720, 3880)
    quotes=[("\"finanzpolitischem Geschick\"", JURACZKA),
            ("\"verschwiegen\"", JURACZKA),
            ("\"verfehlten Wirtschaftspolitik\"", JURACZKA),
            ("\"das Sagen hätte, würde es teuer werden\"", ELLENSOHN),
            ("\"auf Plakaten lügen\"", ELLENSOHN),
            ("\"Kindern zu helfen\"", ELLENSOHN)],
    aliases={JURACZKA: ["Manfred Juraczka", "Juraczka"],
             ELLENSOHN: ["David Ellensohn", "Ellensohn"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 24 November 2014: opening of the budget sitting for 2015, Renate Brauner ---

BU15A_T = "Wiener Gemeinderat zum Budget 2015 (1)"
BU15A_SUB = "Voranschlagsentwurf für das Jahr 2015"
BU15A_P1 = ("Wien (OTS) - Heute, Montag, hat die \"Budgetwoche\" des Wiener Gemeinderates mit Debatten zum Voranschlag 2015 "
            "begonnen. Die Sitzung startete um 9 Uhr mit der Generaldebatte.")
BU15A_P2 = ("Vizebürgermeisterin und Wirtschaftsstadträtin Mag.a Renate Brauner (SPÖ) nannte den Voranschlag \"eine solide "
            "Basis für die Zukunft Wiens\". Die Stadt wirtschafte \"verantwortungsvoll und effizient\" und investiere gezielt in "
            "Bereiche, die es benötigten - dies vor dem Hintergrund der \"schwersten und hartnäckigsten Wirtschaftskrise seit "
            "1945\". Brauner: \"Wir bekennen uns dazu, dass wir nicht glauben, dass einseitige Sparpolitik die Lösung ist.\"")
BU15A_P3 = ("Brauner nannte \"vier zentrale Herausforderungen\" für das Budget 2015: Die Konjunktur sei weiter schwach, 2015 "
            "werde die Wirtschaft laut Prognosen \"kaum wachsen\". Allein im Jahr 2013 seien der Stadt Wien dadurch rund 800 "
            "Millionen Euro an Einnahmen entgangen. Zweitens hätte ganz Österreich \"viel mehr\" budgetären Spielraum, flössen "
            "nicht mehrere Milliarden Euro in die Abwicklung des \"Desasters\" um die Hypo-Alpe-Adria. Drittens: Wien wachse, im "
            "Jahr 2029 werde voraussichtlich die Zwei-Millionen-EinwohnerInnen-Schwelle überschritten. Dieses Wachstum könne nur "
            "bedingt gesteuert werden, aber gut begleitet und \"gestaltet\", etwa durch eine gut ausgebaute öffentliche "
            "Infrastruktur. Zuletzt forderte Brauner, Zukunftsinvestitionen aus dem europäischen Stabilitätspakt auszunehmen, um "
            "Wachstumsimpulse zu setzen. Wien drehe \"den Hahn\" nicht zu, sondern investiere 2015 1,72 Milliarden Euro.")

add(id="ho674-ots-rk-2014-11-24-gemeinderat-budget-2015-brauner",
    title=BU15A_T,
    url="https://www.ots.at/presseaussendung/OTS_20141124_OTS0094/wiener-gemeinderat-zum-budget-2015-1",
    retrieved="same address (report on the APA-OTS service, 24 November 2014 by its OTS number and the release's 'Heute, "
              "Montag', the first release of the series on the budget sitting for 2015; the stored copy shows no crawl-date "
              "prefix; the headline with its series number '(1)' is the title and the subtitle a line of its own (rules 13, "
              "3720); the stored copy breaks off inside its fourth paragraph ('Sie rechne für 2015 mit 12,52 Milliarden Euro an "
              "Einnahmen … sagte Brauner. Dies seien jeweils \"leichte Steigerungen\" … \"Rieseninvestitionen\" wie der Bau des "
              "Krankenhauses Nord … seien zu 84 Pr'), which is dropped with its quotations (rule 15), before any contact block; "
              "the sender, under the plain dateline 'Wien (OTS) -', is inferred as the PID-Rathauskorrespondenz from the "
              "release's own voice and series: the headline 'Wiener Gemeinderat zum Budget 2015 (1)', whose release '(2)' of the "
              "same day, also used in this set, carries the dateline code 'Wien (OTS/RK) -', and the third-person account of the "
              "finance councillor's speech (rules 3720, 3830, 4120); the published 'Zweitens hätte ganz Österreich' and 'Drittens: "
              "Wien wachse' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[BU15A_SUB, BU15A_P1, BU15A_P2, BU15A_P3],
    # the press service's own name for the sitting week in its lead, with no verb of saying, is null (rules 24, 1251); the marked
    # object of `nannte den Voranschlag "…"` and the marked phrases of the Konjunktiv sentences that continue her report are
    # Brauner's (rules 3, 25, 3721), the colon quotation after the label `Brauner:` too (rules 9, 54); the marked object after
    # `Brauner nannte` and the marked words of the Konjunktiv sentences that list her four challenges are hers, also the marked
    # end of the forecast she cites with `laut Prognosen` (rule 4121), the evaluative `"Desasters"` of the Hypo-Alpe-Adria, the
    # marked participle and the idiom `"den Hahn"` (rules 3, 25, 3721, 3834); the Stadt, Österreich, the Hypo-Alpe-Adria and the
    # Prognosen say nothing; the role words `Vizebürgermeisterin` and `Wirtschaftsstadträtin` name only her in the release
    # (rule 44), the degree `Mag.a` and the party bracket are no part of the aliases (rule 3720)
    quotes=[("\"Budgetwoche\"", None),
            ("\"eine solide Basis für die Zukunft Wiens\"", BRAUNER),
            ("\"verantwortungsvoll und effizient\"", BRAUNER),
            ("\"schwersten und hartnäckigsten Wirtschaftskrise seit 1945\"", BRAUNER),
            (cut(BU15A_P2, "\"Wir bekennen", "die Lösung ist.\""), BRAUNER),
            ("\"vier zentrale Herausforderungen\"", BRAUNER),
            ("\"kaum wachsen\"", BRAUNER),
            ("\"viel mehr\"", BRAUNER),
            ("\"Desasters\"", BRAUNER),
            ("\"gestaltet\"", BRAUNER),
            ("\"den Hahn\"", BRAUNER)],
    aliases={BRAUNER: ["Renate Brauner", "Brauner", "Vizebürgermeisterin", "Wirtschaftsstadträtin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 24 November 2014: general debate on the budget for 2015, Ellensohn and Gudenus ---

BU15B_T = "Wiener Gemeinderat zum Budget 2015 (2)"
BU15B_SUB = "Generaldebatte"
BU15B_P1 = ("Wien (OTS/RK) - GR David Ellensohn (Grüne) sah zwischen Rot-Grün und der ÖVP \"einen breiten Graben\" und machte "
            "einen \"Mini-Fakten-Check\" des Budgets. In die U-Bahn würden demnach nicht 34 Millionen Euro investiert, sondern 172 "
            "Millionen - die Opposition solle \"einfach das Budget lesen\". Zudem war Ellensohn der Meinung, wenn die Stadt "
            "aufhöre zu investieren, steige die Arbeitslosigkeit. Denn wenn private Investitionen ausblieben, wenn die öffentliche "
            "Hand spare, zeige sich dies an hoher Arbeitslosigkeit - wie etwa in Spanien, wo jeder zweite Jugendliche ohne Arbeit "
            "sei. Investitionen zu steigern und gleichzeitig Schulden zu senken \"funktioniert eben nicht\". Die Stadt investiere "
            "in die Zukunft, so werde Wien 2015 \"auch schöner\": Er nannte die Meidlinger Hauptstraße, die Mariahilfer Straße und "
            "den Wettbewerb am Schwedenplatz als Beispiele. Zentrale Aufgaben seien weiters das Wachstum der Stadt und leistbares "
            "Wohnen. Den Gratis-Kindergarten nannte er eine \"hervorragende politische Entscheidung\".")
BU15B_P2 = ("GR Mag. M.A.I.S. Johann Gudenus (FPÖ) nannte Ellensohn einen \"Pflichtverteidiger\" von Finanzstadträtin Brauner. "
            "Denn diese hätte \"20 Minuten verwendet um über alles nur nicht das Wiener Budget\" zu sprechen. Er nannte das Budget "
            "\"peinlich\", denn mit den ausgelagerten Unternehmungen betrage der Schuldenstand 10 Milliarden Euro. Seiner Ansicht "
            "nach sei mit dem Gebührenanstieg auch ein Anstieg der Armut verbunden. Zudem würden die beschäftigungswirksamen "
            "Investitionen zurückgefahren. Abschließend verlangte er Brauners Rücktritt, denn \"Wien wächst\" sei ein "
            "\"Marketingschmäh\".")

add(id="ho674-ots-rk-2014-11-24-gemeinderat-budget-2015-generaldebatte-ellensohn-gudenus",
    title=BU15B_T,
    url="https://www.ots.at/presseaussendung/OTS_20141124_OTS0116/wiener-gemeinderat-zum-budget-2015-2",
    retrieved="same address (report on the APA-OTS service, 24 November 2014 by its OTS number, the second release of the "
              "series on the budget sitting for 2015, whose first release is also in this set; the sender read from the dateline "
              "code 'Wien (OTS/RK) -'; the stored copy shows no crawl-date prefix; the headline with its series number '(2)' is "
              "the title and the section heading 'Generaldebatte' a line of its own (rules 13, 3720); the copy breaks the first "
              "paragraph once after the colon of '… so werde Wien 2015 \"auch schöner\":', with the next words 'Er nannte die "
              "Meidlinger Hauptstraße …' on the following line and no empty line between them, a break inside the paragraph "
              "joined with one space (rules 3050, 3570, 4120); the stored copy breaks off inside its third paragraph ('GR Dr. "
              "Wolfgang Aigner (Klubungebundener Mandatar) sagte zum konservativen Sparkonzept, … Schulden seien laut Aigner "
              "\"Vorgriffe auf die Zukunft\". Er vermisste Bemühungen zum Sparen bei der Subvention von Vereinen und'), which is "
              "dropped with its quotation (rule 15), before any contact block; the published '20 Minuten verwendet um über alles' "
              "without a comma kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[BU15B_SUB, BU15B_P1, BU15B_P2],
    # the marked objects of `sah … "…"` and `machte einen "…"` are Ellensohn's (rules 3, 25, 3881), and so are the marked
    # words of the sentences that continue his report up to the marked object of `nannte er eine "…"`, among them the Opposition's
    # task `die Opposition solle "…"` and the indicative `"funktioniert eben nicht"` (rules 3, 25, 3721); the label after `nannte
    # Ellensohn einen "…"` is Gudenus's, not Ellensohn's, who is its object (rule 3721), and so are the marked words of the next
    # Konjunktiv sentence, whose subject `diese` is Brauner, the marked adjective after `nannte das Budget` and the verdict
    # `"Marketingschmäh"` (rules 3, 25, 3721); the city's slogan `"Wien wächst"` that the verdict judges is null (rule 4122);
    # Rot-Grün, the ÖVP, the Opposition, the Stadt, Brauner (`Finanzstadträtin Brauner`, `Brauners`) and Wolfgang Aigner (cut
    # off) say nothing in marks; the council titles `GR` with the degrees and the party brackets are not part of the aliases
    # (rules 3720, 3880)
    quotes=[("\"einen breiten Graben\"", ELLENSOHN),
            ("\"Mini-Fakten-Check\"", ELLENSOHN),
            ("\"einfach das Budget lesen\"", ELLENSOHN),
            ("\"funktioniert eben nicht\"", ELLENSOHN),
            ("\"auch schöner\"", ELLENSOHN),
            ("\"hervorragende politische Entscheidung\"", ELLENSOHN),
            ("\"Pflichtverteidiger\"", GUDENUS),
            ("\"20 Minuten verwendet um über alles nur nicht das Wiener Budget\"", GUDENUS),
            ("\"peinlich\"", GUDENUS),
            ("\"Wien wächst\"", None),
            ("\"Marketingschmäh\"", GUDENUS)],
    aliases={ELLENSOHN: ["David Ellensohn", "Ellensohn"],
             GUDENUS: ["Johann Gudenus"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 29 June 2015: general debate on the accounts for 2014, Schock and Akkilic ---

RA14_T = "68. Wiener Gemeinderat (4)"
RA14_SUB = "Rechnungsabschluss 2014 – Generaldebatte"
RA14_P1 = ("Wien (OTS/RK) - StR DDr. Eduard Schock (FPÖ) warf der Wiener Stadtregierung neuerlich vor, nichts für die "
           "Konsolidierung des Budgets tun zu wollen. In der Amtszeit Brauners hätten sich die Schulden der Stadt \"verdoppelt\". "
           "Die Politik der Stadtregierung sei \"gescheitert\", er forderte den Gemeinderat auf, dem bevorstehenden "
           "Misstrauensantrag der FPÖ gegen Brauner zuzustimmen. Die Angaben Brauners in ihrer Rede zum Budgetabschluss bezüglich "
           "der Investitionen seien falsch. Zudem Schock verstehe nicht, dass Brauner die Bekanntgabe des aktuellen "
           "Schuldenstandes der Stadt verweigere.")
RA14_P2 = ("GR Senol Akkilic (Klubungebunden) strich hervor, dass vor allem viele der nach Wien ausgewanderten Menschen viel Lob "
           "für die Stadt Wien geäußert hätten. Vor allem seien das sehr gut funktionierende Gesundheitswesen, der öffentliche "
           "Verkehr und die Angebote der sozialen Wohnungen erwähnt worden. Die hohe Arbeitslosigkeit in Wien hätte mit der noch "
           "nicht abgeflauten Wirtschaftskrise zu tun. Er schlug zur Verbesserung der Situation vor, über neue Arbeitszeitmodelle "
           "nachzudenken, wobei eine Verkürzung der Arbeitszeit und eine Neuverteilung der Arbeit überlegt werden sollten. "
           "Gegenüber Flüchtlingen sollte Wien weiterhin \"freundlich und nicht ablehnend\" agieren.")
RA14_P3 = ("GR Kommerzialrat Friedrich Strobl (SPÖ) verlangte von der FPÖ einen korrekten Umgang mit der Menschenwürde. Zum "
           "Vorwurf der Gebührenerhöhungen meinte Strobl, weniger Einnahmen würden auch sinkende Qualität bedeuten. In einem "
           "Antrag kündigte er an, für das Jahr 2016 die Gebührenanpassungen auszusetzen. Diese Maßnahme müsse allerdings "
           "zeitlich begrenzt bleiben. Zur Schuldenpolitik der Wiener Stadtregierung führte er aus, dass weniger Schulden auch "
           "weniger Arbeitsplätze bedeuten würden. Abschließend merkte er an, Studien zeigten, ein höherer AusländerInnenanteil in "
           "der Bevölkerung bedeute nicht automatisch eine höhere Arbeitslosigkeit.")

add(id="ho674-ots-rk-2015-06-29-gemeinderat-rechnungsabschluss-2014-schock-akkilic",
    title=RA14_T,
    url="https://www.ots.at/presseaussendung/OTS_20150629_OTS0178/68-wiener-gemeinderat-4",
    retrieved="same address (report on the APA-OTS service, 29 June 2015 by its OTS number, the fourth release of the series on "
              "the 68th sitting of the Gemeinderat, the debate on the accounts for 2014; the sender read from the dateline code "
              "'Wien (OTS/RK) -'; the stored copy shows no crawl-date prefix; the headline with its series number '(4)' is the "
              "title and the subtitle with its dash a line of its own (rules 13, 3720); the stored copy ends after the third "
              "paragraph, on Strobl, with its full stop and without contact block or end mark, complete as stored; the published "
              "'Zudem Schock verstehe nicht' and 'GR Senol Akkilic (Klubungebunden)' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[RA14_SUB, RA14_P1, RA14_P2, RA14_P3],
    # the marked participles of the Konjunktiv sentences after `warf der Wiener Stadtregierung neuerlich vor`, whose subjects are
    # the city's debts and the city government's policy, are Schock's (rules 3, 25, 3721); the marked manner of the Konjunktiv
    # sentence that closes Akkilic's report is his (rules 3, 25, 3721); Strobl's report carries no marks (rule 5); the
    # Stadtregierung, Brauner (`Brauners`, `Brauner`), the FPÖ, the Gemeinderat, the ausgewanderten Menschen, Wien, the Flüchtlinge,
    # Friedrich Strobl and the Studien say nothing in marks; the council titles `StR`, `GR` with the degree and the party or club
    # bracket are not part of the aliases (rules 3720, 3880)
    quotes=[("\"verdoppelt\"", SCHOCK),
            ("\"gescheitert\"", SCHOCK),
            ("\"freundlich und nicht ablehnend\"", AKKILIC)],
    aliases={SCHOCK: ["Eduard Schock", "Schock"],
             AKKILIC: ["Senol Akkilic"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 13 December 2016: summary of the budget sitting for 2017, Brauner and the NEOS ---

BU17_T = "Zusammenfassung: Wiener Gemeinderat zum Budget-Voranschlag 2017"
BU17_SUB = "Generaldebatte sowie Spezialdebatten zu den Ressorts am 12. und 13. Dezember 2016"
BU17_P1 = ("Wien (OTS/RK) - Der 17. Wiener Gemeinderat hat den Budget-Voranschlag für das Jahr 2017 debattiert und beschlossen. "
           "Die Sitzung begann am Montag, dem 12. Dezember, und fand heute, Dienstag, ihren Abschluss.")
BU17_H = "Generaldebatte"
BU17_P2 = ("Finanzstadträtin Renate Brauner (SPÖ) eröffnete die Generaldebatte. Das Budget für 2017 sei „richtungsweisend“, "
           "erstmals lege die Stadtregierung den Finanzrahmen bis 2022 sowie einen Strategiebericht für die nächsten drei Jahre "
           "vor. Die Stadt schlage bis 2022 einen Konsolidierungspfad ein. Das Budget 2017 sehe Gesamteinnahmen von 12,8 Mrd. Euro "
           "und Gesamtausgaben von 13,4 Mrd. Euro vor. Die Stadt stelle einerseits zukunftsweisende Investitionen in Bildung, "
           "Wohnen und Gesundheit sicher, nehme aber Rücksicht auf die „ökonomischen Rahmenbedingungen“ im mittlerweile neunten "
           "Jahr der Weltwirtschaftskrise. „Wir gestalten die Zukunft der Stadt durch Investitionen“, sagte Brauner. Wien habe "
           "traditionell eine starke öffentliche Verwaltung, die es zu erhalten gebe. Diese müsse sich aber in Zeiten einer "
           "wachsenden Stadt und schwieriger Finanzlage anpassen und verändern, was auch passiere – etwa mit dem Reformprogramm "
           "„Wien neu denken“.")
BU17_P3 = ("Die NEOS bezeichneten den Voranschlag als „unrealistisch“, Nachdotierungen – so wie im Vorjahr – seien zu erwarten. "
           "Die Verwaltungsreform basiere derzeit nur auf Ankündigungen. Schuldenrückzahlungen und Pensionsrücklagen belasteten "
           "das Budget und blockierten Mittel für tatsächliche Zukunftsinvestitionen.")

add(id="ho674-ots-rk-2016-12-13-gemeinderat-zusammenfassung-budget-2017-brauner-neos",
    title=BU17_T,
    url="http://www.ots.at/presseaussendung/OTS_20161213_OTS0225/zusammenfassung-wiener-gemeinderat-zum-budget-voranschlag-2017",
    retrieved="same address (summary on the APA-OTS service, 13 December 2016 by its OTS number and the release's 'heute, "
              "Dienstag' after 'Montag, dem 12. Dezember'; the sender read from the dateline code 'Wien (OTS/RK) -'; the crawl-date "
              "prefix ' date 2016-12' before the headline dropped (rule 63); the headline is the title, the subtitle and the "
              "section heading 'Generaldebatte' after the first paragraph lines of their own (rules 13, 3720, 3830); the stored "
              "copy breaks off inside its fourth body paragraph ('Die ÖVP wollte das Argument der „Weltwirtschaftskrise“ nicht "
              "mehr gelten lassen. … Zurückzuführen sei dies auf das „Herausinvestieren'), which is dropped with its marked words "
              "(rule 15), before any contact block)",
    license=APA_OTS_PUBLIC,
    paras=[BU17_SUB, BU17_P1, BU17_H, BU17_P2, BU17_P3],
    # the marked words of Brauner's Konjunktiv report after `eröffnete die Generaldebatte` are hers (rules 3, 25, 3721), and so
    # is the quotation before `sagte Brauner` (rule 30); the name of the reform programme after `mit dem Reformprogramm` is null
    # (rules 24, 3831); the summary reports the NEOS as a party without naming a member, so the marked adjective after `Die NEOS
    # bezeichneten den Voranschlag als "…"` is the party's (rules 11, 3831); the Stadtregierung, the Stadt, Wien and the ÖVP (cut
    # off) say nothing in marks; `Finanzstadträtin` names only Brauner in the release (rule 44)
    quotes=[("„richtungsweisend“", BRAUNER),
            ("„ökonomischen Rahmenbedingungen“", BRAUNER),
            ("„Wir gestalten die Zukunft der Stadt durch Investitionen“", BRAUNER),
            ("„Wien neu denken“", None),
            ("„unrealistisch“", NEOS)],
    aliases={BRAUNER: ["Renate Brauner", "Brauner", "Finanzstadträtin"],
             NEOS: ["NEOS"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 25 June 2019: close of the sitting on the accounts for 2018, Hanke and the votes ---

RA18_T = "53. Wiener Gemeinderat: Rechnungsabschluss 2018 (23)"
RA18_SUB = "Ende der Debatten und Abstimmungen"
RA18_P1 = ("Wien (OTS/RK) - StR KR Peter Hanke (SPÖ) ersuchte zum Abschluss der „spannenden zweitägigen Debatte“ um "
           "Beschlussfassung des Rechnungsabschlusses.")
RA18_P2 = ("Der Rechnungsabschluss der Stadt Wien für das Jahr 2018 wurde mit den Stimmen von SPÖ und Grünen angenommen. Mit "
           "derselben Stimmenmehrheit wurden auch die Jahresabschlüsse der städtischen Unternehmungen KAV, Wien Kanal und Wiener "
           "Wohnen angenommen.")
RA18_P3 = ("Folgende Anträge, die im Verlauf der zweitägigen Debatte eingebracht wurden, wurden einstimmig den jeweils "
           "zuständigen Ausschüssen zugewiesen: „Sicherstellung der kinderärztlichen Versorgung in Wien“; „Mehr Zeit für "
           "mittelbare pädagogische Arbeit“; „Reduzierung des Betreuungsschlüssels in den Kinderbetreuungseinrichtungen“; "
           "„Gewaltprävention in den Kindergärten“; „StartWien“; „Überarbeitung des Anstellungsmodells von "
           "Krisenpflegeeltern“, allesamt eingebracht von der ÖVP.")
RA18_P4 = "Alle anderen Anträge fanden nicht die notwendige Mehrheit."
RA18_P5 = ("Die 53. Sitzung des Wiener Gemeinderats zum Rechnungsabschluss 2018 endete um 20.37 Uhr. Morgen um 9 Uhr geht es "
           "weiter mit dem 54. Gemeinderat.")

add(id="ho674-ots-rk-2019-06-25-gemeinderat-rechnungsabschluss-2018-abstimmungen-hanke",
    title=RA18_T,
    url="https://www.ots.at/presseaussendung/OTS_20190625_OTS0233/53-wiener-gemeinderat-rechnungsabschluss-2018-23",
    retrieved="same address (report on the APA-OTS service, 25 June 2019 by its OTS number, the last release of the series on "
              "the 53rd sitting of the Gemeinderat, the two-day debate on the accounts for 2018, before the 54th sitting of the "
              "next day; the sender read from the dateline code 'Wien (OTS/RK) -'; the stored copy shows no crawl-date prefix; "
              "the headline with its series number '(23)' is the title and the subtitle a line of its own (rules 13, 3720); the "
              "end mark with the editor's sign ' (Schluss) ato' run onto the last paragraph dropped (rules 48, 3720, 4120); the "
              "stored copy ends there, without contact block; complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[RA18_SUB, RA18_P1, RA18_P2, RA18_P3, RA18_P4, RA18_P5],
    # the marked phrase after `ersuchte zum Abschluss der "…"` is the finance councillor's description of the debate he closes,
    # his word in the report of his closing request (rules 3, 25); the six titles of the motions assigned to the committees,
    # listed after `Folgende Anträge, …:` and credited as a group to the ÖVP, are null (rules 24, 771, 3282); the SPÖ, the
    # Grünen, the ÖVP, the KAV, Wien Kanal and Wiener Wohnen say nothing in marks; the council title `StR` with `KR` and the party
    # bracket are not part of the alias (rules 3720, 3880)
    quotes=[("„spannenden zweitägigen Debatte“", HANKE),
            ("„Sicherstellung der kinderärztlichen Versorgung in Wien“", None),
            ("„Mehr Zeit für mittelbare pädagogische Arbeit“", None),
            ("„Reduzierung des Betreuungsschlüssels in den Kinderbetreuungseinrichtungen“", None),
            ("„Gewaltprävention in den Kindergärten“", None),
            ("„StartWien“", None),
            ("„Überarbeitung des Anstellungsmodells von Krisenpflegeeltern“", None)],
    aliases={HANKE: ["Peter Hanke"]})
