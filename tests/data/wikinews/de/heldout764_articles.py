# Seven-hundred-and-sixty-fourth held-out German real-news set (tests/data/heldout764-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4810-4813). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout759-
# heldout766). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixty-fourth held-out set": seven releases of Austrian Land and municipal
# press services and federal ministries distributed by APA-OTS Originaltext-Service and read on ots.at: two reports of Vienna's
# PID-Rathauskorrespondenz on sittings of the Wiener Gemeinderat (the debate on ATIB and political Islam of the 36th sitting,
# May 2018: Leo Kohlbauer, Birgit Hebein, Michael Niegl; the farewell to Mayor Michael Häupl of the 37th sitting, May 2018:
# Thomas Reindl) and two releases of the press service of the Niederösterreichische Landesregierung (NLK: Landeshauptmann Erwin
# Pröll receiving the Silbernes Ehrenzeichen am Bande from Bundespräsident Thomas Klestil, November 1997; the opening of the SPÖ
# Niederösterreich's new Landeszentrale in St. Pölten, June 1999) under APA_OTS_PUBLIC, and three releases of federal ministries
# under APA_OTS_POLITICS (the Bundesministerium für Finanzen with Vizekanzler Wilhelm Molterer on the German tax data, March
# 2008; the Finanzministerium's rebuttal of the SPÖ MP Günther Kräuter, September 2006; the Bundesministerium für
# Landesverteidigung's invitation to Günther Platter's press conference on the six-month Grundwehrdienst, December 2005). Stored
# copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the crawl-date prefixes,
# contact blocks, footers and an aviso's contact line are dropped, and the hard-wrapped lines of the NLK copy of 1997 and the BMF
# copy of 2006 are joined (rules 4560, 4810); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC, APA_OTS_POLITICS  # noqa: E402

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


KOHLBAUER = "Leo Kohlbauer"
HEBEIN = "Birgit Hebein"
NIEGL = "Michael Niegl"
REINDL = "Thomas Reindl"
MOLTERER = "Wilhelm Molterer"
PROELL = "Erwin Pröll"

# --- APA-OTS, PID-Rathauskorrespondenz, 16 May 2018: the 36th sitting of the Wiener Gemeinderat, report (4) ---

GA_T = "36. Wiener Gemeinderat (4)"
GA_P1 = ("Wien (OTS/RK) - GR Leo Kohlbauer (FPÖ) warf SPÖ und Grünen vor, den „Islamisten in Wien den Hof zu machen“. Als "
         "Beispiele nannte er Mariahilfs Bezirksvorsteher Markus Rumelhart, Gemeinderat Omar Al-Rawi und Gemeinderätin Faika "
         "El-Nagashi, die Kontakte zu „radikalislamistischen Vertretern“ pflegen würden. Außerdem würden fragwürdige Vereine "
         "subventioniert. Beides würden die Freiheitlichen ablehnen.")
GA_P2 = ("GRin Birgit Hebein (Grüne) war der Meinung, dass PolitikerInnen in der Verantwortung stünden, Parallelgesellschaften "
         "zu vermeiden. „Es gibt in Wien keine Förderung radikalislamistischer Strukturen,“ so Hebein. Es liege in der "
         "Verantwortung von ÖVP und FPÖ, Vorfälle der Polizei zu melden, dann könne anhand von Fakten gehandelt werden. Sie "
         "lasse nicht zu, dass politisches Kleingeld auf dem Rücken von Kindern und Jugendlichen gemacht werde.")
GA_P3 = ("Laut GR Michael Niegl (FPÖ) sei ATIB ein „ernstes Thema“, ATIB sei ein „Wolf im Schafspelz“; im Verein würden "
         "„türkische Nationalisten“ vorherrschen. Auch „Kriegsfolklore“ mussten wir erleben, so Niegl. Weitere ATIB-Vorfälle "
         "seien ein Zusammenkommen von führenden Köpfen der salafistischen Szene im 10. Bezirk und Angriffe auf die Presse. Er "
         "brachte zwei Anträge betreffend Beseitigung von Doppelgleisigkeiten in der Migrantenberatung und Vergabe von "
         "Gemeindewohnungen an Drittstaatsangehörige ein.")

add(id="ho764-ots-rk-2018-05-16-gemeinderat-36-4-kohlbauer-hebein-niegl-atib",
    title=GA_T,
    url="https://www.ots.at/presseaussendung/OTS_20180516_OTS0232/36-wiener-gemeinderat-4",
    retrieved="same address (report (4) of the PID-Rathauskorrespondenz on the 36th sitting of the Wiener Gemeinderat on the "
              "APA-OTS service, 16 May 2018 by its OTS number; the sender is told by the dateline code 'Wien (OTS/RK) -', kept "
              "at the start of the first paragraph, and by the numbered series of the council reports (rules 3720, 4810); the "
              "crawl-date prefix ' date 2018-05' dropped (rule 63); the headline kept as the title; the fourth paragraph ('GR "
              "Mag. Marcus Gremel (SPÖ) betonte, dass im Fall von ATIB niemand wegschaue, … sich Menschen auf Basis der "
              "Rechtstaatlichkeit treffe'), cut off in the stored copy, dropped with whatever followed it (rule 15); the "
              "published comma inside the closing mark of Hebein's quotation ('Strukturen,“ so Hebein') kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[GA_P1, GA_P2, GA_P3],
    # each paragraph reports one member's speech: the partial quotations of Kohlbauer's Konjunktiv report after `warf SPÖ und
    # Grünen vor, den …` and in the relative clause of his examples (`nannte er …, die Kontakte zu „…“ pflegen würden`) are his
    # (rules 3, 8, 3721), the three persons he names being the accused, not speakers; the quotation before `so Hebein` is hers
    # (rule 30), the comma inside its closing mark being the release's (rules 1, 20); the four marked phrases of the paragraph
    # opened by `Laut GR Michael Niegl (FPÖ) sei …` and closed by `so Niegl` are his (rules 3, 30, 3721, 4813), `Kriegsfolklore`
    # standing in a sentence in his own first person plural; the SPÖ, the Grünen, Markus Rumelhart, Omar Al-Rawi, Faika
    # El-Nagashi, the Freiheitlichen, ÖVP and FPÖ and ATIB say nothing
    quotes=[("„Islamisten in Wien den Hof zu machen“", KOHLBAUER),
            ("„radikalislamistischen Vertretern“", KOHLBAUER),
            ("„Es gibt in Wien keine Förderung radikalislamistischer Strukturen,“", HEBEIN),
            ("„ernstes Thema“", NIEGL),
            ("„Wolf im Schafspelz“", NIEGL),
            ("„türkische Nationalisten“", NIEGL),
            ("„Kriegsfolklore“", NIEGL)],
    aliases={KOHLBAUER: ["Leo Kohlbauer", "GR Leo Kohlbauer"],
             HEBEIN: ["Birgit Hebein", "GRin Birgit Hebein", "Hebein"],
             NIEGL: ["Michael Niegl", "GR Michael Niegl", "Niegl"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 24 May 2018: the 37th sitting of the Wiener Gemeinderat, report (2) ---

GB_T = "37. Wiener Gemeinderat (2)"
GB_SUB = "Mitteilung des Bürgermeisters"
GB_P1 = ("Wien (OTS/RK) - Gemeinderatsvorsitzender Mag. Thomas Reindl (SPÖ) sagte in seiner Rede, dass es von Dr. Michael "
         "Häupl (SPÖ) immer ein klares Bekenntnis zu Europa gegeben habe. Häupl habe die Außenbeziehungen der Stadt ausgebaut, "
         "den UNO-Standort Wien gestärkt und das Wien-Haus in Brüssel gegründet. Als zweiten Schwerpunkt nannte er Kultur, "
         "Wissenschaft und Forschung. Häupl habe nicht nur große Projekte wie das Wien Museum forciert, sondern auch die freie "
         "Szene und die Jugendkultur. Zudem sei Wien eine der größten Universitätsstädte Europas. Der Bürgermeister sah Wien "
         "stets als „Gesamtkunstwerk Stadt“. Wohnbedürfnisse der Menschen, Sicherheit der Menschen, Freizeit und Qualifikation "
         "der ArbeitnehmerInnen seien für den Wirtschaftsstandort wichtig. Er habe für den bedingungslosen Einsatz "
         "sozialdemokratischer Werte und für „seine Liebe zu Wien“ gekämpft. Abschließend dankte er auch Häupls Team: „Seite "
         "an Seite habt ihr Wien weitergebracht.“")

add(id="ho764-ots-rk-2018-05-24-gemeinderat-37-2-reindl-haeupl-abschied",
    title=GB_T,
    url="https://www.ots.at/presseaussendung/OTS_20180524_OTS0119/37-wiener-gemeinderat-2",
    retrieved="same address (report (2) of the PID-Rathauskorrespondenz on the 37th sitting of the Wiener Gemeinderat, at "
              "which Mayor Michael Häupl gave his farewell address, on the APA-OTS service, 24 May 2018 by its OTS number; the "
              "sender is told by the dateline code 'Wien (OTS/RK) -' and the numbered series (rules 3720, 4810); the "
              "crawl-date prefix ' date 2018-05' dropped (rule 63); the headline kept as the title and the section heading "
              "'Mitteilung des Bürgermeisters' as a line of its own (rules 13, 3720); the second paragraph ('GRin Mag.a Beate "
              "Meinl-Reisinger, MES (NEOS)sprach dem scheidenden Bürgermeister Häupl ihren Respekt aus, es sei „viel Gutes "
              "passiert in den letzten 24 Jahren“. … Außerdem verbinde der Kampf gegen Nationalismus und Rechtsp'), cut off in "
              "the stored copy, dropped with its eight quotations and whatever followed it (rules 15, 52))",
    license=APA_OTS_PUBLIC,
    paras=[GB_SUB, GB_P1],
    # the paragraph reports Reindl's speech on Häupl (`sagte in seiner Rede, dass …`, Konjunktiv throughout); the partial
    # quotation naming Häupl's view (`Der Bürgermeister sah Wien stets als „…“`) and the one in the Konjunktiv clause whose
    # `Er` is Häupl (`Er habe … für „seine Liebe zu Wien“ gekämpft`) are Reindl's, the speaker of the report, not Häupl's, the
    # subject of the reported clause (rules 3, 3721, 4811); the colon quotation after `Abschließend dankte er auch Häupls
    # Team:` is Reindl's, the `er` being the speaker whose speech ends there, not Häupl, whom the genitive `Häupls` names in the
    # third person (rules 8, 9, 4811); Michael Häupl, his team and Europe's cities say nothing in marks here
    quotes=[("„Gesamtkunstwerk Stadt“", REINDL),
            ("„seine Liebe zu Wien“", REINDL),
            ("„Seite an Seite habt ihr Wien weitergebracht.“", REINDL)],
    aliases={REINDL: ["Thomas Reindl", "Mag. Thomas Reindl", "Gemeinderatsvorsitzender Mag. Thomas Reindl"]})

# --- APA-OTS, Bundesministerium für Finanzen, 4 March 2008: Vizekanzler Molterer on the German tax data ---

MO_T = "Vizekanzler Molterer: \"Von Beginn an in Kontakt mit deutschen Steuerbehörden\""
MO_SUB = "Österreichischer Steuerfahnder demnächst als Verbindungsmann in Deutschland"
MO_P1 = ("Wien (OTS) - \"Wir waren von Beginn an in engem Kontakt mit den deutschen Steuerbehörden\", erklärte Vizekanzler "
         "Finanzminister Wilhelm Molterer am Rande des heutigen Rats der EU-Finanzminister in Brüssel. \"Es ist klar, dass wir "
         "an diesen Daten interessiert sind und waren. Ich will volle Aufklärung, wenn auch Informationen nach Österreich führen "
         "- mit den dazugehörenden Konsequenzen\", bekräftigte der Vizekanzler.")
MO_P2 = ("\"Präzise Ermittlungen brauchen Zeit. Ich erwarte, dass die deutschen Kollegen in den nächsten Tagen die relevanten "
         "Informationen genau auswerten. Wenn Informationen vorliegen, die Österreich betreffen, dann wollen wir diese möglichst "
         "bald haben\", so Molterer.")
MO_P3 = ("Auch wenn derzeit noch keine Hinweise auf Österreich sichergestellt worden seien, wird man demnächst einen "
         "österreichischen Steuerfahnder nach Deutschland schicken. \"Wir haben das bereits vor Tagen angeboten. Aber die "
         "deutschen Behörden haben versichert, dass noch keine Informationen vorliegen, die auf Österreich hinweisen. Jetzt "
         "setzen wir diesen Schritt. Unsere Verbindungsperson vor Ort wird sicherstellen, dass eine raschest-mögliche Übergabe "
         "von relevanten Daten - wenn diese auftauchen - garantiert ist\", schloss Molterer.")

add(id="ho764-ots-bmf-2008-03-04-molterer-deutsche-steuerdaten",
    title=MO_T,
    url="https://www.ots.at/presseaussendung/OTS_20080304_OTS0292/vizekanzler-molterer-von-beginn-an-in-kontakt-mit-deutschen-"
        "steuerbehoerden",
    retrieved="same address (release of the Bundesministerium für Finanzen on the APA-OTS service, 4 March 2008 by its OTS "
              "number; the sender is told by the contact block 'Bundesministerium für Finanzen / Mag. Harald Friedl / Sprecher "
              "des Vizekanzlers / und Bundesministers für Finanzen / …' and the footer '… | NFI0001', both dropped (rule 2542); "
              "headline and subtitle kept as lines of their own as stored; the published spaced hyphens ('führen - mit', "
              "'Daten - wenn diese auftauchen - garantiert') and 'raschest-mögliche' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[MO_SUB, MO_P1, MO_P2, MO_P3],
    # the headline quotation after the label `Vizekanzler Molterer:` is his (rule 54), the body giving the same words with
    # `Wir waren` (rule 26); the quotations before `erklärte Vizekanzler Finanzminister Wilhelm Molterer`, `bekräftigte der
    # Vizekanzler`, `so Molterer` and `schloss Molterer` are his (rules 30, 44); the Konjunktiv sentence before the last
    # quotation (`Auch wenn … sichergestellt worden seien, wird man …`) carries no span (rule 5); the deutschen
    # Steuerbehörden, the deutschen Kollegen, the deutschen Behörden and the EU-Finanzminister say nothing; `Vizekanzler`
    # names only him; `Finanzminister` is not listed, as the text also has it in `Rats der EU-Finanzminister` (rule 44)
    quotes=[(cut(MO_T, "\"Von Beginn", "Steuerbehörden\""), MOLTERER),
            (cut(MO_P1, "\"Wir waren", "Steuerbehörden\""), MOLTERER),
            (cut(MO_P1, "\"Es ist klar", "Konsequenzen\""), MOLTERER),
            (cut(MO_P2, "\"Präzise", "bald haben\""), MOLTERER),
            (cut(MO_P3, "\"Wir haben das", "garantiert ist\""), MOLTERER)],
    aliases={MOLTERER: ["Wilhelm Molterer", "Molterer", "Vizekanzler Molterer",
                        "Vizekanzler Finanzminister Wilhelm Molterer", "Vizekanzler"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 27 November 1997: Pröll receives a federal decoration ---

BA_T = "Hohe Bundesauszeichnung für LH Pröll"
BA_SUB = "Anerkennung für ein Land im Aufbruch"
BA_P1 = join("St.Pölten (NLK) - Er werte diese hohe Auszeichnung des Bundes",
             "vor allem auch als Anerkennung für die Leistungen der Niederösterreicherinnen und Niederösterreicher, betonte "
             "Landeshauptmann Dr. Erwin Pröll heute bei der Entgegennahme des Silber-nen Ehrenzeichens am Bande für Verdienste "
             "um die Republik Österreich. Bundes-präsident Dr. Thomas Klestil überreichte ihm die zweithöchste Auszeichnung der "
             "Re-publik, die an Inländer vergeben werden kann, im Maria Theresien-Zimmer der Wiener",
             "Hofburg.")
BA_P2 = ("Bundespräsident Dr. Klestil verwies vor allem auf den Weg Niederösterreichs von der Not der Nachkriegszeit zu einem "
         "blühenden Land, das die Symbiose zwischen einem Agrar- und einem Industrieland in vorbildlicher Weise geschafft hat. "
         "Einen we-sentlichen Beitrag dazu habe die Dorferneuerung geleistet, deren Motor Dr. Erwin Pröll war und ist. Das "
         "Staatsoberhaupt würdigte auch die Bemühungen des Landes-hauptmannes um die Lösung gemeinsamer Probleme im "
         "Zusammenwirken mit Wien und dem Burgenland sowie mit den europäischen Nachbarländern.")
BA_P3 = join("Landeshauptmann Dr. Erwin Pröll unterstrich in seinen Dankensworten, daß Nie-derösterreich, das vom Fall des "
             "Eisernen Vorhanges und dem EU-Beitritt in besonde-rer Weise betroffen sei",
             "und das sich mit der Errichtung der eigenen Landeshauptstadt neue Strukturen geschaffen haben, \"ein Land im "
             "Umbruch, zugleich aber",
             "in einem enormen Aufbruch\" sei. Er dankte dem Bundespräsidenten für die Wertschätzung und Unterstützung, die "
             "dieser immer wieder dem größten österreichischen Bundesland entgegenbringe.")

add(id="ho764-ots-nlk-1997-11-27-proell-ehrenzeichen-klestil",
    title=BA_T,
    url="https://www.ots.at/presseaussendung/OTS_19971127_OTS0169/hohe-bundesauszeichnung-fuer-lh-proell",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "27 November 1997 by its OTS number; the sender is told by the dateline code 'St.Pölten (NLK) -', kept at the "
              "start of the first paragraph (rules 4500, 4560); headline and subtitle kept as lines of their own as stored; the "
              "copy's leftover line breaks inside sentences ('des Bundes' / 'vor allem', 'der Wiener' / 'Hofburg', "
              "'betroffen sei' / 'und das', 'zugleich aber' / 'in einem', the last inside the marked words) joined with one "
              "space (rules 4560, 4810); the published hyphens of the old wrap ('Silber-nen', 'Bundes-präsident', 'Re-publik', "
              "'we-sentlichen', 'Landes-hauptmannes', 'Nie-derösterreich', 'besonde-rer'), 'daß' and 'das sich … geschaffen "
              "haben' kept (rule 20); the fourth paragraph ('An der Ehrenzeichenüberreichung nahmen neben der Familie des "
              "Landeshaupt-mannes, … und die engsten'), cut off in the stored copy, dropped with whatever followed it, so that "
              "no contact block is stored (rule 15); the 678th set named this release as looked at and left out, so it is in "
              "no jsonl)",
    license=APA_OTS_PUBLIC,
    paras=[BA_SUB, BA_P1, BA_P2, BA_P3],
    # the subtitle carries no marks and no span (rules 5, 630); Pröll's Konjunktiv report in the first paragraph (`Er werte …,
    # betonte Landeshauptmann Dr. Erwin Pröll`) is unmarked (rule 5); the partial quotation inside his `unterstrich in seinen
    # Dankensworten, daß …` clause, which the joined line break runs through, is his (rules 3, 8); Bundespräsident Thomas
    # Klestil is reported without marks (rule 5) and has no span; `Landeshauptmann` names only Pröll in the release (the
    # genitive forms `Landeshauptmannes` and `Landes-hauptmannes` are his too)
    quotes=[(cut(BA_P3, "\"ein Land im", "Aufbruch\""), PROELL)],
    aliases={PROELL: ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll", "LH Pröll", "Landeshauptmann"]})

# --- APA-OTS, Bundesministerium für Finanzen, 26 September 2006: rebuttal of the SPÖ MP Kräuter ---

KR_T = "BMF: Finanzministerium weist unzumutbare Vorwürfe von SP-Kräuter zurück"
KR_P1 = join("Wien (OTS) - Als haltlos und falsch weist das Finanzministerium",
             "die Vorwürfe des Abgeordneten Kräuter zurück, der bei den Informationsveranstaltungen \"Unternehmen Österreich\" "
             "von einer plumpen Werbeveranstaltungsreihe auf Steuerzahlerkosten sprach. Weder die Einladungen noch die "
             "Veranstaltungen selbst werden aus Mitteln des Finanzministeriums finanziert.")
KR_P2 = ("Vielmehr wird der direkte Dialog mit den Wirtschaftstreibenden Österreichs über zukünftige Strategien der "
         "österreichichen Wirtschafts- und Finanzpolitik gesucht.")
KR_P3 = "Diese Vorwürfe entbehren daher jeglicher Grundlage und zeigen das SPÖ-Verständnis von \"neuer Fairness\"."

add(id="ho764-ots-bmf-2006-09-26-finanzministerium-kraeuter-unternehmen-oesterreich",
    title=KR_T,
    url="https://www.ots.at/presseaussendung/OTS_20060926_OTS0320/bmf-finanzministerium-weist-unzumutbare-vorwuerfe-von-sp-"
        "kraeuter-zurueck",
    retrieved="same address (release of the Bundesministerium für Finanzen on the APA-OTS service, 26 September 2006 by its "
              "OTS number; the sender is told by the headline label 'BMF:', by the contact block 'Bundesministerium für "
              "Finanzen / Mag. Manfred Lepuschitz / Pressesprecher / …' and the footer '… | NFI0001', both dropped (rule "
              "2542); the copy's line break inside the first sentence ('das Finanzministerium' / 'die Vorwürfe') joined with "
              "one space, and its two line breaks after a full stop read as paragraph ends (rules 4560, 4810); the published "
              "'österreichichen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KR_P1, KR_P2, KR_P3],
    # the release speaks in the ministry's voice and quotes no person; the name of the information events `"Unternehmen
    # Österreich"` is null (rules 2, 24); the SPÖ's campaign slogan `"neuer Fairness"`, quoted back in the ministry's
    # rebuttal as the party's catchword, is null too, neither the ministry's words nor words Kräuter is reported to have said
    # (rule 4812); Kräuter's reproach `von einer plumpen Werbeveranstaltungsreihe … sprach` is unmarked (rule 5)
    quotes=[("\"Unternehmen Österreich\"", None),
            ("\"neuer Fairness\"", None)],
    aliases={})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 30 December 2005: invitation to Platter's press conference ---

GW_T = "Sechs Monate Grundwehrdienst - Pressekonferenz mit Verteidigungsminister Platter"
GW_SUB = "Verkürzung des Grundwehrdienstes von acht auf sechs Monate ab Januar 2006"
GW_P1 = ("Wien (BMLV) - Verteidigungsminister Günther Platter präsentiert den \"neuen Grundwehrdienst\" in der Dauer von sechs "
         "Monaten für Wehrpflichtige, die ab Januar 2006 in Österreichs Kasernen einrücken.")
GW_P2 = "Zeit: Montag, 02. Januar 2006, 10:00 Uhr,"
GW_P3 = "Ort: Bundesministerium für Landesverteidigung, Roßauer Lände 1, 1090 Wien"
GW_P4 = "Medienvertreter sind dazu recht herzlich eingeladen."

add(id="ho764-ots-bmlv-2005-12-30-platter-pressekonferenz-grundwehrdienst",
    title=GW_T,
    url="https://www.ots.at/presseaussendung/OTS_20051230_OTS0037/sechs-monate-grundwehrdienst-pressekonferenz-mit-"
        "verteidigungsminister-platter",
    retrieved="same address (invitation of the Bundesministerium für Landesverteidigung on the APA-OTS service, 30 December "
              "2005 by its OTS number; the sender is told by the dateline code 'Wien (BMLV) -', the contact block "
              "'Bundesministerium für Landesverteidigung / Presseabteilung / …' and the footer '… | NLA0001', the last two "
              "dropped (rule 2542); headline and subtitle kept as lines of their own as stored; the lines 'Zeit: …' and 'Ort: "
              "…' kept as lines of their own as stored, with the published comma after '10:00 Uhr' (rule 20); the contact line "
              "'Für Detailinformationen wenden sich Journalisten direkt an KBM/Presse, Frau Mag. Michaela Huber, Tel. 01/ "
              "5200/20210' dropped with the contact block (rule 4810); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GW_SUB, GW_P1, GW_P2, GW_P3, GW_P4],
    # an invitation without any quotation: the reform's label `"neuen Grundwehrdienst"`, the object of `präsentiert`, is the
    # ministry's name for the shortened service and null, not words of Platter's (rules 2, 24, 4812); Günther Platter says
    # nothing in the release
    quotes=[("\"neuen Grundwehrdienst\"", None)],
    aliases={})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 24 June 1999: the SPÖ Niederösterreich moves to St. Pölten ---

SP_T = "SPÖ Niederösterreich zieht von Wien nach St.Pölten"
SP_SUB = "28. Juni: Eröffnung der Landeszentrale \"Niederösterreichhaus\""
SP_P1 = ("St.Pölten (NLK) - Die SPÖ Niederösterreich hat‘s geschafft: Am Montag, 28. Juni, um 16.30 Uhr wird die neue "
         "Landeszentrale der Sozialdemokraten, das \"Niederösterreichhaus\", in St.Pölten feierlich eröffnet. Das Gebäude am "
         "Niederösterreich-Ring, also in unmittelbarer Nähe des Landhauses und nur durch die Traisen getrennt, kostete rund 56 "
         "Millionen Schilling und verfügt über eine Nutzfläche von 2.752 Quadratmetern in vier Geschoßen. \"Näher zum Bürger\" "
         "lautet die Devise des Baues, der über die neueste Kommunikationstechnologie verfügt. Die neue Landeszentrale wurde als "
         "offenes Haus konzipiert. Verschiedene Service-Einheiten im Erdgeschoß, ein Cyber-Cafe und die Jugend-Büros ergänzen "
         "das Gebäude. Am Festakt werden unter anderem Innenminister Mag. Karl Schlögl und die Landesregierungsmitglieder Ernst "
         "Höger, Dr. Hannes Bauer und Traude Votruba teilnehmen.")

add(id="ho764-ots-nlk-1999-06-24-spoe-noe-niederoesterreichhaus",
    title=SP_T,
    url="https://www.ots.at/presseaussendung/OTS_19990624_OTS0129/spoe-niederoesterreich-zieht-von-wien-nach-stpoelten",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "24 June 1999 by its OTS number; the sender is told by the dateline code 'St.Pölten (NLK) -', kept at the start "
              "of the only body paragraph, by the contact block 'Pressestelle / Tel.: 02742/200-2312 / Niederösterreichische "
              "Landesregierung' and by the footer '… | NLK/NLK', dropped with the old banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER / VERANTWORTUNG DES AUSSENDERS ***' (rule 4560); headline and subtitle kept as "
              "lines of their own as stored; the published 'hat‘s' with a left single mark as apostrophe, 'St.Pölten' without "
              "a space and 'Geschoßen' kept (rule 20); complete as stored; the 678th set named this release as looked at and "
              "left out for having only names or titles in marks, so it is in no jsonl)",
    license=APA_OTS_PUBLIC,
    paras=[SP_SUB, SP_P1],
    # no person is quoted: the building's name `"Niederösterreichhaus"` in the subtitle and the body is null (rules 2, 24),
    # and so is the building's motto `"Näher zum Bürger"` before `lautet die Devise des Baues`, a slogan no speaker is given
    # for (rule 4812; contrast rule 54's label); the SPÖ Niederösterreich, Karl Schlögl, Ernst Höger, Hannes Bauer and Traude
    # Votruba say nothing
    quotes=[("\"Niederösterreichhaus\"", None, 0),
            ("\"Niederösterreichhaus\"", None, 1),
            ("\"Näher zum Bürger\"", None)],
    aliases={})
