# Six-hundred-and-fiftieth held-out German real-news set (tests/data/heldout650-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3940-3943). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets
# heldout649-heldout656). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fiftieth held-out set": seven releases of Vienna's PID-Rathauskorrespondenz
# distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_PUBLIC): five reports of sittings of the Wiener
# Gemeinderat and the Wiener Landtag (the special sitting on the Mariahilfer Straße demanded by the ÖVP, September 2013: Anton
# Mahdalik and Christoph Chorherr; the constituent sitting of the Landtag, November 2020: Veronika Matiasek's farewell; the
# general debate on the budget for 2021, December 2020: Udo Guggenbichler; the general debate on the accounts for 2021, June
# 2022: David Ellensohn and Isabelle Jungnickel; the opening of the special sitting on the allotment-garden affair, October
# 2023: Thomas Reindl's statement on the Hamas attack), one report on the Vienna FPÖ club's retreat (September 2013: Johann
# Gudenus) and one report on the city government's commemoration of the terror attack of 2 November 2020 (November 2021: Michael
# Ludwig). Two senders are inferred from the release's own voice (ANNOTATION.md rules 2920, 3720, 3940). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire
# furniture (crawl-date prefixes, a party's contact line with the end mark) is dropped (rules 63, 2920, 3940), one copy without
# headline gets no title (rules 32, 3940), and each retrieval note names what was dropped.
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


GUDENUS = "Johann Gudenus"
MAHDALIK = "Anton Mahdalik"
CHORHERR = "Christoph Chorherr"
MATIASEK = "Veronika Matiasek"
GUGGENBICHLER = "Udo Guggenbichler"
LUDWIG = "Michael Ludwig"
ELLENSOHN = "David Ellensohn"
JUNGNICKEL = "Isabelle Jungnickel"
REINDL = "Thomas Reindl"

# --- APA-OTS, PID-Rathauskorrespondenz, 2 September 2013: the Vienna FPÖ's club retreat, Johann Gudenus ---

KK_T = "FPÖ Wien bringt Wiener Themen in Wahlkampf ein"
KK_P1 = ("Wien (OTS) - Am Rande der FPÖ-Klubklausur, welche auch im Zeichen des Nationalratswahlkampfes stand, hat Klubobmann GR "
         "Johann Gudenus die Wien-relevanten Themen hervor gehoben. So sei die FPÖ als einzige Partei weiterhin gegen die "
         "Einführung der Gesamtschule, denn Gudenus ortete hier einen \"ÖVP-Umfaller\". In puncto Mariahilfer Straße hätte "
         "längst die \"Notbremse\" gezogen werden müssen. Es handle sich um ein teures \"Prestige-Projekt\", das mehr Verkehr, "
         "Stau und eine höhere Umweltbelastung bedeute. Deshalb werde die FPÖ eine Sondersitzung des Gemeinderates zu diesem "
         "Thema beantragen und einen Misstrauensantrag gegen Vizebürgermeisterin Maria Vassilakou und Bürgermeister Michael "
         "Häupl stellen. Auch werde ein Neuwahlantrag erwogen.")
KK_P2 = ("Kritik gab es zudem an der Wiener Finanzpolitik und daran, dass Wien die Asylquote übererfülle. Gudenus sprach sich "
         "einmal mehr für ein absolutes Bettelverbot aus und kündigte als ersten Schritt eine Petition für ein Bettelverbot an "
         "neuralgischen Punkten an.")

add(id="ho650-ots-rk-2013-09-02-fpoe-klubklausur-gudenus",
    title=KK_T,
    url="https://www.ots.at/presseaussendung/OTS_20130902_OTS0181/fpoe-wien-bringt-wiener-themen-in-wahlkampf-ein",
    retrieved="same address (report on the APA-OTS service, 2 September 2013 by its OTS number, three weeks before the special "
              "sitting of 23 September 2013 that it announces and that this set's next text reports; the crawl-date prefix "
              "' date 2018-03' before the headline dropped (rule 63); the closing line 'Weitere Informationen: "
              "Gemeinderatsklub der FPÖ, Telefon: 01 4000-81794, Internet: www.fpoe-wien.at/' with the end mark ' (Schluss) "
              "tai' dropped (rules 2920, 3940); the stored copy ends there, without contact block; the sender, under the plain "
              "dateline 'Wien (OTS) -', is inferred as the PID-Rathauskorrespondenz from the release's own voice: the "
              "third-person report of a party club's event with the closing line that points to the club's press office, the "
              "form in which the Rathauskorrespondenz reports parties' events (rules 2920, 3940); the release was named, not "
              "used, in the SOURCES sections of two earlier sets of party releases as the Rathauskorrespondenz's; the "
              "published 'hervor gehoben' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[KK_P1, KK_P2],
    # the release reports what the club's chairman highlighted, in Konjunktiv: the marked object of `Gudenus ortete hier einen
    # "…"` is his (rules 3, 25), and so are the idiom `die "Notbremse"` and the label `ein teures "Prestige-Projekt"` in the
    # report's next sentences, which have no cue of their own and continue his report (rules 3, 25, 3721); the FPÖ, the
    # subject of the first reported clause and of the announcements, speaks through him (rule 3721); the ÖVP, Maria
    # Vassilakou and Michael Häupl say nothing; `Klubobmann` names only him in the release (rule 44)
    quotes=[("\"ÖVP-Umfaller\"", GUDENUS),
            ("\"Notbremse\"", GUDENUS),
            ("\"Prestige-Projekt\"", GUDENUS)],
    aliases={GUDENUS: ["Johann Gudenus", "Gudenus", "Klubobmann"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 23 September 2013: special sitting on the Mariahilfer Straße, Mahdalik and Chorherr ---

MH_T = "42. Wiener Gemeinderat (3)"
MH_SUB = "Sondersitzung auf Verlangen der ÖVP"
MH_P1 = ("Wien (OTS) - GR Anton Mahdalik (FPÖ) bezeichnete den Antrag der SPÖ und der Grünen als \"schwammig formulierten "
         "Antrag\", der wieder keine BürgerInnenbefragung beinhalte. Er stellte anschließend drei Anträge:")
MH_P2 = ("Der Erste verlangte die Wiederherstellung des Zustandes der Mariahilfer Straße wie vor dem Umbau, im Zweiten forderte "
         "die FPÖ eine BürgerInnenbefragung, vorausgesetzt, dass der erste Antrag angenommen würde. Im dritten "
         "Misstrauensantrag gegen Vbgmin Vassilakou forderte er deren sofortigen Rücktritt.")
MH_P3 = ("GR Georg Niedermühlbichler (SPÖ) sagte, bei einem Lokalaugenschein vergangen Samstag auf der Mariahilfer Straße habe "
         "er im Bereich des Westbahnhofes keine Verkehrsstörungen bemerkt. Den Vorwurf der Geldverschwendung für die "
         "Neugestaltung der Mariahilfer Straße lasse er nicht gelten. Er halte viel von Fußgängerzonen, die Fußgängerzonen Am "
         "Graben und Kärntner Straße seien ein Beweis, dass dieses Instrument sehr gut funktionieren könne. Der Opposition warf "
         "er vor, alles rund um die Neugestaltung der Mariahilfer Straße schlecht reden zu wollen.")
MH_P4 = ("GR Mag. Christoph Chorherr (Grüne) nannte die ÖVP \"Nein-Sager-Partei\", weil sie sich gegen viele Projekte, die im "
         "Endeffekt umgesetzt worden seien, ausgesprochen hätte. Er könne die Medienberichterstattung über die \"angeblich "
         "gefährliche Mariahilfer Straße\" nicht nachvollziehen. Denn es habe seit dem Beginn des Umbaus keine Unfälle in der "
         "Mariahilfer Straße mit Verletzten gegeben. Er gab zu, dass sich nicht alle RadfahrerInnen an die vorgegeben "
         "Geschwindigkeitsbegrenzungen hielten, es gebe aber genügend AutofahrerInnen die nächtens am Gürtel grundsätzlich "
         "schneller als 50 km/h unterwegs seien.")

add(id="ho650-ots-rk-2013-09-23-gemeinderat-mariahilfer-strasse-mahdalik-chorherr",
    title=MH_T,
    url="https://www.ots.at/presseaussendung/OTS_20130923_OTS0124/42-wiener-gemeinderat-3",
    retrieved="same address (report on the APA-OTS service, 23 September 2013 by its OTS number, the third release of the "
              "series on the 42nd sitting of the Gemeinderat, a special sitting on the Mariahilfer Straße demanded by the ÖVP; "
              "the crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); the headline with its series number "
              "'(3)' is the title and the subtitle naming the kind of sitting a line of its own (rules 13, 3720); the paragraph "
              "that ends 'Er stellte anschließend drei Anträge:' and the paragraph listing the motions stay two paragraphs as "
              "stored (rule 3940); the stored copy breaks off inside its fifth paragraph ('GR Johann Herzog (FPÖ) warf der "
              "Rot-Grünen Regierung vor, keine \"Volksabstimmung\" über die Mariahilfer Straße abhalten zu wollen. Ma'), which "
              "is dropped with its quotation (rule 15), before any contact block; the sender, under the plain dateline 'Wien "
              "(OTS) -', is inferred as the PID-Rathauskorrespondenz from the release's own voice: the numbered series '42. "
              "Wiener Gemeinderat (3)' with the subtitle on the sitting, the third-person account of the members of three "
              "parties in turn (rules 3720, 3830, 3940); the published 'vergangen Samstag', 'vorgegeben' and 'AutofahrerInnen "
              "die nächtens' without a comma kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[MH_SUB, MH_P1, MH_P2, MH_P3, MH_P4],
    # the label after `bezeichnete den Antrag der SPÖ und der Grünen als "…"` is Mahdalik's (rules 3, 25), the parties whose
    # motion it labels saying nothing; his three motions and Niedermühlbichler's speech carry no marks (rule 5); the label
    # after `nannte die ÖVP "…"` is Chorherr's (rules 3, 25), and so is the marked phrase with his own doubting `angeblich`
    # that sums up the media's reporting he rejects (rule 3941); the SPÖ, the Grünen, the ÖVP, the FPÖ, Maria Vassilakou
    # (`Vbgmin Vassilakou`), Georg Niedermühlbichler, the Opposition, the media and Johann Herzog (cut off) say nothing in
    # marks; the council title `GR` and the party brackets are no part of the aliases (rule 3720)
    quotes=[("\"schwammig formulierten Antrag\"", MAHDALIK),
            ("\"Nein-Sager-Partei\"", CHORHERR),
            ("\"angeblich gefährliche Mariahilfer Straße\"", CHORHERR)],
    aliases={MAHDALIK: ["Anton Mahdalik"],
             CHORHERR: ["Christoph Chorherr", "Mag. Christoph Chorherr"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 24 November 2020: constituent sitting of the Landtag, Veronika Matiasek's farewell ---

KO_T = "1. Wiener Landtag (1)"
KO_SUB = "Konstituierende Sitzung"
KO_P1 = ("Wien (OTS/RK) - Heute, Dienstag, hat sich neben dem Gemeinderat auch der Wiener Landtag in der neuen "
         "Legislaturperiode konstituiert. Der bisherige Landtagspräsident Ernst Woller (SPÖ) bedankte sich bei allen "
         "Mandatarinnen und Mandataren, die dem künftigen Plenum nicht mehr angehören. In einer Abschiedsrede bedankte sich "
         "Veronika Matiasek (FPÖ) für die „gute Zusammenarbeit“, sie war in der vergangenen Legislaturperiode Zweite "
         "Landtagspräsidentin.")
KO_P2 = ("In geheimer Wahl wurden anschließend die drei LandtagspräsidentInnen auf Vorschlag der SPÖ (Erster und Zweiter "
         "Präsident) und auf Vorschlag der ÖVP (Dritter Präsident) gewählt.")
KO_P3 = ("Erster Landtagspräsident ist erneut Ernst Woller (80 Stimmen); Zweiter Landtagspräsident ist Christian Meidlinger (82 "
         "Stimmen); Dritter Landtagspräsident ist Manfred Juraczka (66 Stimmen). Die neuen Präsidenten nahmen die Wahl an.")

add(id="ho650-ots-rk-2020-11-24-landtag-konstituierung-matiasek",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20201124_OTS0214/1-wiener-landtag-1",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 24 November 2020 by its OTS "
              "number and the report's 'Heute, Dienstag', the first release of the series on the constituent sitting of the "
              "Landtag after the Vienna election of October 2020; the sender is read from the dateline code 'Wien (OTS/RK) -' "
              "(rules 3550, 3720); the crawl-date prefix ' date 2020-11' before the headline dropped (rule 63); the subtitle "
              "'Konstituierende Sitzung' kept as a line of its own (rule 13); the stored copy ends after its third paragraph, "
              "before any contact block, each kept paragraph complete)",
    license=APA_OTS_PUBLIC,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3],
    # the marked object of `bedankte sich Veronika Matiasek (FPÖ) für die „…“` is hers, the words of her farewell speech
    # (rules 3, 25); Ernst Woller's thanks carry no marks (rule 5); Woller, Christian Meidlinger, Manfred Juraczka, the SPÖ
    # and the ÖVP say nothing in marks; `Zweite Landtagspräsidentin` is the predicate of her former office, not a form
    # under which the report names her as subject, and is not listed (rules 7, 33)
    quotes=[("„gute Zusammenarbeit“", MATIASEK)],
    aliases={MATIASEK: ["Veronika Matiasek"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 10 December 2020: general debate on the budget for 2021, Udo Guggenbichler ---

BU_P1 = ("Wien (OTS/RK) - GR Ing. Udo Guggenbichler, MSc (FPÖ) zeigte sich \"neugierig\" darüber, wie sich die Fraktion der "
         "NEOS bei den kommenden Abstimmungen zur Höhe der Wiener Parteienförderung und den Erhöhungen der städtischen "
         "Gebühren nach deren Eintritt in die Regierungskoalition künftig verhalten würden. „Die Schulden, die jetzt gemacht "
         "werden, sind darum teuer, weil es in Wien ein strukturelles Defizit gibt und dadurch höhere Zinsen bezahlt werden "
         "müssen“, kritisierte Guggenbichler den Voranschlag. Verschiedene kommunale Gebühren- und auch Mietzinserhöhungen in "
         "Gemeindebauten hätten „zur Armut in dieser Stadt“ wesentlich beigetragen. Guggenbichler vermutete, dass die "
         "geplanten 1,9 Milliarden Netto-Verschuldung zu gering angesetzt seien: „Diese Prognose ist falsch.“ „Falsch“ sei es "
         "in den vergangenen Jahren auch gewesen, dass die Regierung in \"Zeiten der Hochkonjunktur\" neues Geld aufgenommen "
         "und Schulden gemacht habe. „Die neuen Schulden müssen jetzt mit drei Prozent Zinsen teuer bezahlt werden“, schloss "
         "Guggenbichler.")

add(id="ho650-ots-rk-2020-12-10-gemeinderat-budget-2021-guggenbichler",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20201210_OTS0225/2-wiener-gemeinderat-5",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 10 December 2020 by its OTS "
              "number, the fifth release of the series on the 2nd sitting of the Gemeinderat, the general debate on the budget "
              "for 2021; the sender is read from the dateline code 'Wien (OTS/RK) -' (rules 3550, 3720); the stored copy shows "
              "neither crawl-date prefix nor headline and begins with the dateline paragraph, so the document has no title "
              "(rules 18, 32); the headline '2. Wiener Gemeinderat (5)' is known from the address only and is not supplied "
              "(rule 3940); the stored copy breaks off inside its second paragraph ('GR Markus Ornig, MBA (NEOS) "
              "erklärte, dass sich die rot-pinke Koalition zum Ziel gesetzt habe, „…“. … wir haben also einen Plan für Alt und "
              "Ju'), which is dropped with its quotations (rule 15), before any contact block; the published 'wie sich die "
              "Fraktion der NEOS … verhalten würden' and the ASCII marks beside „…“ in one paragraph kept (rules 20, 21))",
    license=APA_OTS_PUBLIC,
    paras=[BU_P1],
    # all seven marked passages of the paragraph are Guggenbichler's: the adjective after `zeigte sich "…" darüber` (rules 3,
    # 25), the quotation before `kritisierte Guggenbichler den Voranschlag` (rule 30), the marked end of the Konjunktiv sentence
    # on the fee increases, whose subject they are (rules 3, 3721), the colon quotation after `Guggenbichler vermutete, dass …
    # seien:` (rule 9), the marked word that takes up its last word at the head of the next Konjunktiv sentence (rules 3, 25),
    # the ASCII-marked phrase inside that sentence, whose clause has the Regierung as subject (rules 3, 21, 3721), and the
    # quotation before `schloss Guggenbichler` (rule 30); the NEOS, the Regierung and Markus Ornig (cut off) say nothing in
    # marks; the council title, the degrees `Ing.` and `MSc` and the party bracket are no part of the canonical name (rule
    # 3720), `Ing. Udo Guggenbichler` is kept as a form of the text (rule 7)
    quotes=[("\"neugierig\"", GUGGENBICHLER),
            (cut(BU_P1, "„Die Schulden, die", "bezahlt werden müssen“"), GUGGENBICHLER),
            ("„zur Armut in dieser Stadt“", GUGGENBICHLER),
            ("„Diese Prognose ist falsch.“", GUGGENBICHLER),
            ("„Falsch“", GUGGENBICHLER),
            ("\"Zeiten der Hochkonjunktur\"", GUGGENBICHLER),
            (cut(BU_P1, "„Die neuen Schulden", "bezahlt werden“"), GUGGENBICHLER)],
    aliases={GUGGENBICHLER: ["Udo Guggenbichler", "Ing. Udo Guggenbichler", "Guggenbichler"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 2 November 2021: the city government commemorates the victims of the terror attack ---

TE_T = "Wiener Stadtregierung gedenkt Opfern des Terroranschlags vom 2. November 2020"
TE_P1 = ("Wien (OTS/RK) - „Wir werden den 2. November nie vergessen, wir werden die Opfer nicht vergessen und an der Seite der "
         "Angehörigen stehen“, sagte Bürgermeister Michael Ludwig heute Vormittag bei der Gedenkveranstaltung an die Opfer der "
         "Terrornacht vom 2. November 2020. Das Gedenken fand am Desider-Friedmann-Platz in der Wiener Innenstadt statt, ebenda "
         "wo auch der Terrorakt seinen Ursprung genommen hatte. An der Gedenkveranstaltung nahmen die gesamte Wiener "
         "Stadtregierung, Mitglieder des Magistrats sowie Repräsentant*innen der im Wiener Landtag und Gemeinderat vertretenen "
         "Parteien teil. Auch Angehörige der Opfer waren eingeladen – ihnen sprach Ludwig sein tiefes Mitgefühl aus.")
TE_P2 = ("Neun Minuten lang konnte der Täter seine tödlichen Schüsse abgeben, ehe er überwältigt wurde, erinnerte Ludwig. Es sei "
         "dem schnellen Handeln der Wiener Polizei zu verdanken, dass nicht noch mehr Menschen ihr Leben lassen mussten. Wien "
         "habe in jener Nacht immensen Zusammenhalt demonstriert. Menschen brachten andere Menschen ohne Rücksicht auf ihr "
         "eigenes Leben in Sicherheit, versteckten sie in Hotels, Kinos und Restaurants. Berufsrettung Wien und Berufsfeuerwehr "
         "Wien versorgen Verletzte, Bus- und Straßenbahnfahrer*innen der Wiener Linien fuhren trotz einer immanenten Gefahr "
         "weiter und brachten damit andere in Sicherheit.")

add(id="ho650-ots-rk-2021-11-02-gedenken-terroranschlag-ludwig",
    title=TE_T,
    url="https://www.ots.at/presseaussendung/OTS_20211102_OTS0084/wiener-stadtregierung-gedenkt-opfern-des-terroranschlags-vom-"
        "2-november-2020",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 2 November 2021 by its OTS "
              "number and the report's 'heute Vormittag' on the first anniversary of the attack; the sender is read from the "
              "dateline code 'Wien (OTS/RK) -' (rules 3550, 3720, 3940); the crawl-date prefix ' date 2021-11' before the "
              "headline dropped (rule 63); the stored copy breaks off inside its third paragraph ('Diese Nacht habe gezeigt, "
              "dass sich Wien „nicht in die Knie zwingen lässt …“, sagte Ludwig, … Vizebürgermeister Christoph Wiederkehr "
              "schloss sich den Worten Ludwigs an: „Am Jahrestag des verheerenden Anschlags ged'), which is dropped with "
              "Ludwig's four further marked phrases and Wiederkehr's cut quotation (rule 15), before any contact block; the "
              "published 'ebenda wo' and 'versorgen Verletzte' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[TE_P1, TE_P2],
    # the quotation before `sagte Bürgermeister Michael Ludwig heute Vormittag bei der Gedenkveranstaltung …` is his (rule
    # 30); the second paragraph reports him without marks after `erinnerte Ludwig` (rule 5); the Stadtregierung, the
    # Magistrat, the Parteien, the Angehörigen, the Täter, the Wiener Polizei, Berufsrettung, Berufsfeuerwehr and the Wiener
    # Linien say nothing in marks; `Bürgermeister` names only Ludwig in the kept paragraphs (rule 44; `Vizebürgermeister`
    # stands in the dropped paragraph only)
    quotes=[(cut(TE_P1, "„Wir werden den", "Angehörigen stehen“"), LUDWIG)],
    aliases={LUDWIG: ["Michael Ludwig", "Ludwig", "Bürgermeister"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 27 June 2022: general debate on the accounts for 2021, Ellensohn and Jungnickel ---

RA_T = "25. Wiener Gemeinderat: Rechnungsabschluss 2021 (4)"
RA_SUB = "Generaldebatte"
RA_P1 = ("Wien (OTS/RK) - GR David Ellensohn (GRÜNE) kritisierte die Bilanz der Stadtregierung als sehr viel "
         "„Klima-Heuchelei“. Denn neben den Grünen hätten die Generation „Fridays for Future“ sowie etliche Expert*innen das "
         "Thema Umwelt aufgriffen. Leider würden „Bremser*innen“ rund um die Klima-Politik in allen anderen Parteien sitzen. "
         "Die Verantwortlichen in der Stadtregierung seien bei dem Thema in den 70er Jahren stehen geblieben. Die grüne "
         "Umweltministerin Gewessler habe in den vergangenen eineinhalb Jahren mehr weitergebracht als ihre Vorgänger*innen in "
         "den letzten zehn Jahren. Eine große Hoffnung setze er, Ellensohn, aber auch in die Junge SPÖ. Auch das Thema "
         "„Leerstandsabgabe“ gelte in Wien als „rechtlich nicht möglich“. Daher gebe es bei Klima- und Sozialpolitik von den "
         "Grünen keine guten Noten für die Stadtregierung.")
RA_P2 = ("StRin Mag. Isabelle Jungnickel (ÖVP) rechnete vor, dass die Schulden Wiens erneut um 1,3 Milliarden Euro gestiegen "
         "seien. Das sei ein „budgetärer Bauchfleck“, den die Wiener*innen ausbaden müssten. Das entstandene „Schuldental“ "
         "bringe Leid für die Bürger*innen. Diese hätten es Jahr für Jahr schwerer aus diesem Tal auszusteigen. Statt Reformen "
         "einzuleiten, würde sich die Stadtregierung einzig auf den Bund ausreden. Die Schulden der Stadt seien jedoch "
         "hausgemacht und müssten daher auch in Wien behoben werden. Der Bund habe Wien 2020 mehr Geld überwiesen und die "
         "Stadt habe hohe Einnahmen. Viele Projekte würden jedoch zu langsam und zögerlich umgesetzt. Zudem sei die "
         "Investitionsquote gesunken. Dies werde die Stadt langfristig schwächen.")

add(id="ho650-ots-rk-2022-06-27-gemeinderat-rechnungsabschluss-2021-ellensohn-jungnickel",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20220627_OTS0145/25-wiener-gemeinderat-rechnungsabschluss-2021-4",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 27 June 2022 by its OTS "
              "number, the fourth release of the series on the 25th sitting of the Gemeinderat, the general debate on the "
              "accounts for 2021; the sender is read from the dateline code 'Wien (OTS/RK) -' (rules 3550, 3720); the "
              "crawl-date prefix ' date 2022-06' before the headline dropped (rule 63); the section heading 'Generaldebatte' "
              "kept as a line of its own (rule 13); the stored copy breaks off inside its third paragraph ('GRin Martina "
              "Ludwig-Faymann (SPÖ) erklärte eingangs, dass sich Stadtregierung nicht selbstzufrieden zurücklehne. … vor "
              "enormen Herausforderungen. D'), which is dropped (rule 15; it holds no marks up to the cut), before any contact "
              "block; the published 'das Thema Umwelt aufgriffen' and 'schwerer aus diesem Tal auszusteigen' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[RA_SUB, RA_P1, RA_P2],
    # Ellensohn's Konjunktiv report: his label after `kritisierte die Bilanz … als sehr viel „…“` and the word of the clause
    # whose subject is the `„Bremser*innen“` themselves are his (rules 3, 25, 3721); the movement's name `„Fridays for
    # Future“` is null (rules 2, 24); the name of the levy `„Leerstandsabgabe“` and the verdict `„rechtlich nicht möglich“`
    # after `gelte in Wien als`, whose author the report does not name, are null (rules 3722, 3723, 3943); Jungnickel's two
    # coinages in her Konjunktiv report are hers (rules 3, 25); the Stadtregierung, the Grünen, the Expert*innen, Leonore
    # Gewessler (`Umweltministerin Gewessler`), the Junge SPÖ, the Bund and Martina Ludwig-Faymann (cut off) say nothing in
    # marks; the titles `GR`, `StRin`, the party brackets and `er, Ellensohn` are no aliases beyond the names (rules 7, 3720)
    quotes=[("„Klima-Heuchelei“", ELLENSOHN),
            ("„Fridays for Future“", None),
            ("„Bremser*innen“", ELLENSOHN),
            ("„Leerstandsabgabe“", None),
            ("„rechtlich nicht möglich“", None),
            ("„budgetärer Bauchfleck“", JUNGNICKEL),
            ("„Schuldental“", JUNGNICKEL)],
    aliases={ELLENSOHN: ["David Ellensohn", "Ellensohn"],
             JUNGNICKEL: ["Isabelle Jungnickel", "Mag. Isabelle Jungnickel"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 16 October 2023: special sitting on the allotment gardens, Thomas Reindl's statement ---

KG_T = "42. Wiener Gemeinderat (1)"
KG_P1 = ("Wien (OTS/RK) - Die Gemeinderatssitzung hat heute Montag, angesichts des Terrors vom 7. Oktober, mit einer Mitteilung "
         "von Gemeinderatsvorsitzendem Thomas Reindl begonnen.")
KG_P2 = ("Reindl verurteilte den Terror der Hamas auf die jüdische Zivilbevölkerung auf das schärfste und bezeichnete diesen "
         "Terrorakt als „den größten Mordanschlag an Jüd*innen seit dem Zweiten Weltkrieg“. Die Mitglieder des Wiener "
         "Gemeinderates verurteilen „diesen Akt der Barbarei uneingeschränkt“. Man trauere mit den Angehörigen und stehe hinter "
         "Israel, betonte Reindl. Gleichzeitig müssten Anstrengungen, die Waffen dauerhaft schweigen zu lassen, erneut in den "
         "Vordergrund gerückt werden. Allerdings habe die Hamas kein Interesse an Frieden, wichtig seien daher die Interessen "
         "der Palästinenser*innen von jenen der Hamas zu trennen. Die Menschenrechtsstadt Wien und das Land Österreich hätten "
         "die Pflicht diesem Gräuel entgegenzuwirken. Reindl bedankte sich bei Bürgermeister Michael Ludwig für dessen "
         "„eindeutigen Worte und das Hissen der israelischen Flagge“. Der Wiener Gemeinderat stehe für ein solidarisches "
         "Miteinander und generell für Frieden. Daraufhin folgte eine Gedenkminute für die Opfer des Terrors.")
KG_SUB = ("Debatte zum Thema \"Die Stadt gehört allen, nicht nur dem SPÖ-Freundeskreis. Lückenlose Aufklärung des SPÖ "
          "Kleingarten- und Widmungsskandals!“")
KG_P3 = "Der Antrag auf diese Gemeinderatssitzung wurde von den Wiener Grünen und der Wiener ÖVP eingebracht."

add(id="ho650-ots-rk-2023-10-16-gemeinderat-kleingarten-reindl-mitteilung",
    title=KG_T,
    url="https://www.ots.at/presseaussendung/OTS_20231016_OTS0069/42-wiener-gemeinderat-1",
    retrieved="same address (report of Vienna's PID-Rathauskorrespondenz on the APA-OTS service, 16 October 2023 by its OTS "
              "number and the report's 'heute Montag', the first release of the series on the 42nd sitting of the "
              "Gemeinderat, a special sitting on the allotment-garden affair demanded by the Grünen and the ÖVP; the sender is "
              "read from the dateline code 'Wien (OTS/RK) -' (rules 3550, 3720); the crawl-date prefix ' date 2023-10' before "
              "the headline dropped (rule 63); the section heading with the sitting's topic, which opens with an ASCII mark and "
              "closes with '“' as published, kept as a line of its own (rules 13, 20, 3940); the stored copy breaks off inside "
              "its fourth body paragraph ('GR David Ellensohn (GRÜNE) begründete die Einberufung der Sitzung damit, dass "
              "Kleingärten für viele Wiener*innen ein Paradies seien. Die Wartezeit auf dieses „Paradies“ … Auch der günstige "
              "Ka'), which is dropped with its quotations (rule 15), before any contact block; the published 'auf das "
              "schärfste', 'die Pflicht diesem Gräuel' without a comma and 'SPÖ Kleingarten-' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[KG_P1, KG_P2, KG_SUB, KG_P3],
    # the chair's statement: the label after `bezeichnete diesen Terrorakt als „…“` is Reindl's (rules 3, 25), and so is the
    # marked end of the indicative sentence whose subject is the members of the council, for whom he spoke (rule 3942); the
    # marked object of `Reindl bedankte sich bei Bürgermeister Michael Ludwig für dessen „…“` is Reindl's, not the mayor's,
    # whose words and flag it praises (rules 3, 3721); the heading's topic of the special sitting, chosen by the Grünen and
    # the ÖVP, is null (rules 834, 3831, 3940); the Hamas, Israel, the Palästinenser*innen, Michael Ludwig, the Wiener
    # Grünen, the Wiener ÖVP and David Ellensohn (cut off) say nothing in marks; `Gemeinderatsvorsitzendem` is an inflected
    # role form before the name and is not listed (rules 7, 33)
    quotes=[(cut(KG_P2, "„den größten", "Weltkrieg“"), REINDL),
            ("„diesen Akt der Barbarei uneingeschränkt“", REINDL),
            (cut(KG_P2, "„eindeutigen Worte", "Flagge“"), REINDL),
            (cut(KG_SUB, "\"Die Stadt", "Widmungsskandals!“"), None)],
    aliases={REINDL: ["Thomas Reindl", "Reindl"]})
