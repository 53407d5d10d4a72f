# Seven-hundred-and-thirty-fifth held-out German real-news set (tests/data/heldout735-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4580-4585). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout736-heldout742). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-thirty-fifth held-out set": nine releases of Austrian parties, their press
# services, clubs and organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the Sozialdemokratischer
# Wirtschaftsverband Österreich against the Grüne Wirtschaft (Günter Wandl, August 2006), the Klub der Freiheitlichen in the
# Vienna Rathaus (Johann Gudenus against an SP-Gemeinderat, July 2011), the BZÖ Kärnten (Josef Bucher against Gerhard Dörfler,
# August 2012), the FPÖ on the party congress of the Freiheitlichen in South Tyrol (HC Strache, Werner Neubauer as his envoy,
# April 2013, sender inferred), the SPÖ's press service on a background talk with the SWV Wien (Andreas Schieder, April 2013),
# the Österreichischer Wirtschaftsbund before the chamber elections (Harald Mahrer, February 2020), the ÖAAB on Christine
# Haberlander's election (August Wöginger and Christoph Zarits, March 2021), the SPÖ Wien's press service for the SPÖ Währing
# (Andreas Höferl and Michael Trinko, October 2021) and the SPÖ Meidling's district conference (Michael Ludwig, October 2025,
# sender inferred). Stored copies are the `search` tool's `pages` excerpts; six release bodies are complete in them, three are
# cut off inside a later paragraph, which is dropped (rule 15); the wire furniture (crawl-date prefixes, OTS markers, end marks,
# contact blocks, service lines and footers) is dropped (rules 63, 460, 4170, 4520, 4580); each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


WANDL = "Günter Wandl"
GUDENUS = "Johann Gudenus"
BUCHER = "Josef Bucher"
STRACHE = "HC Strache"
SCHIEDER = "Andreas Schieder"
MAHRER = "Harald Mahrer"
WOEGINGER = "August Wöginger"
HOEFERL = "Andreas Höferl"
TRINKO = "Michael Trinko"
LUDWIG = "Michael Ludwig"

# --- APA-OTS, Sozialdemokratischer Wirtschaftsverband Österreich, 28 August 2006: Günter Wandl on the Grüne Wirtschaft ---

SW_T = "Sozialdemokratischer Wirtschaftsverband Österreich (SWV): Guten Morgen, Grüne Wirtschaft!"
SW_SUB = "Volker Plass und Alexander Van der Bellen entdecken die Einpersonenunternehmen (EPU)"
SW_P1 = ("Wien (OTS) - Die Grünen präsentierten heute ihre Plattform für Einpersonenunternehmen. \"Reichlich spät\", findet "
         "Dir. Günter Wandl, Geschäftsführer des Sozialdemokratischen Wirtschaftsverbandes \" der SWV kümmert sich bereits sein "
         "langem um diese Zielgruppe. Das ist nicht nur in unserem Wahlprogramm für die Wirtschaftskammerwahlen 2005, sondern "
         "auch auf unserer Website www.wirtschaftsverband-wien.at, sowie in unseren politischen Aussendungen und Anträgen in der "
         "WKO ersichtlich\". Dabei fordert der SWV unter anderem die Abschaffung der Mindest-Köst, die Einführung eines "
         "Stabilitäts- und Wachstumsfonds, sowie eines Freibetrages für Investitionen und eine Verkürzung der Frist für "
         "Abschreibungen von Investitionen, weiters die Einbeziehung von Selbstständigen zu fairen Bedingungen in das "
         "Arbeitslosengesetz und die Abschaffung des Selbstbehaltes in der GSVG-Krankenversicherung, \"Und das nicht erst jetzt "
         "im Wahlkampf. Aber offenbar versucht die Grüne Wirtschaft durch das Aufwärmen unserer sozialdemokratischen Forderungen "
         "den \"vor sich hin tümpelnden\" Wahlkampf der Grünen so wenigstens ein bisschen aufzupolieren\", schloss Wandl.")

add(id="ho735-ots-swv-2006-08-28-wandl-gruene-wirtschaft",
    title=SW_T,
    url="https://www.ots.at/presseaussendung/OTS_20060828_OTS0161/sozialdemokratischer-wirtschaftsverband-oesterreich-swv-"
        "guten-morgen-gruene-wirtschaft",
    retrieved="same address (release of the Sozialdemokratischer Wirtschaftsverband Österreich, the SPÖ's business "
              "organisation, on the APA-OTS service, 28 August 2006 by its OTS number and 'heute' with the Greens' platform of "
              "that day; the sender is told by the headline and the contact block 'Mag. Marion Enzi / Presse- und "
              "Öffentlichkeitsarbeit / Sozialdemokratischer Wirtschaftsverband' with address, telephone, e-mail, web and ZVR "
              "lines and the footer code WVO0001, dropped with the contact heading and the service line (rules 2581, 4580); "
              "headline and subtitle kept as lines of their own as stored, the dateline 'Wien (OTS) -' at the start of the "
              "body's one paragraph; the opening mark set after the apposition with a space after it ('Wirtschaftsverbandes \" "
              "der SWV'), 'sein langem', 'Mindest-Köst' and the comma before the last quotation kept (rules 20, 4583, 4584); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SW_SUB, SW_P1],
    # the quotation before `findet Dir. Günter Wandl, Geschäftsführer des Sozialdemokratischen Wirtschaftsverbandes` is his
    # (rule 30); the mark after that apposition opens his second quotation, which runs to `ersichtlich"` (rule 4583); the
    # quotation opened after the comma that ends the narrator's list of the SWV's demands and closed before `schloss Wandl` is
    # his, one span over the nested phrase `"vor sich hin tümpelnden"` (rules 30, 835, 3343, 4584); the narrator's `Dabei
    # fordert der SWV …` is unmarked (rule 5); the Grünen, the Grüne Wirtschaft, Volker Plass and Alexander Van der Bellen say
    # nothing; the office `Geschäftsführer des Sozialdemokratischen Wirtschaftsverbandes` names the organisation and is no alias
    # (rule 33)
    quotes=[(cut(SW_P1, "\"Reichlich", "spät\""), WANDL),
            (cut(SW_P1, "\" der SWV", "ersichtlich\""), WANDL),
            (cut(SW_P1, "\"Und das", "aufzupolieren\""), WANDL)],
    aliases={WANDL: ["Günter Wandl", "Dir. Günter Wandl", "Wandl"]})

# --- APA-OTS, Klub der Freiheitlichen (Wien), 16 July 2011: Johann Gudenus against an SP-Gemeinderat ---

GU_T = "FP-Gudenus: Wiener SP gegen funktionierendes Miteinander"
GU_SUB = "Völlig uberrascht zeigt sich FP-Gudenus über Wortmeldung eines SP-Gemeinderats"
GU_P1 = ("Wien (OTS/fpd) - \"Hausordnungen auf Türkisch aufzuhängen, reicht nicht aus\", belehrt Wiens FP-Klubobmann und "
         "stellvertretender Bundesparteivorsitzender Mag. Johann Gudenus einen SP-Gemeinderat,")
GU_P2 = ("Um das Problem in den Gemeindebauten aus der Welt zu schaffen, bedarf es einer gemeinsamem Sprache, und diese sei, "
         "ob es diesem fragwürdigen Gemeinderat, der auch bei Sitzungen mehr Pause macht als anwesend zu sein, gefällt oder "
         "nicht, bei uns Deutsch!")
GU_P3 = ("Kritik von Gudenus: \"Wenn die Roten in ihrer vom Steuerzahler finanzierten Zeit nicht nur perament in ihren "
         "Luxus-Villen in Döbling verbrächten, würden sie vielleicht Zeit finden, sich um die Anliegen der Bürger zu kümmmern!")

add(id="ho735-ots-fpoe-wien-2011-07-16-gudenus-gemeindebau",
    title=GU_T,
    url="https://www.ots.at/presseaussendung/OTS_20110716_OTS0048/fp-gudenus-wiener-sp-gegen-funktionierendes-miteinander",
    retrieved="same address (release of the Klub der Freiheitlichen, the FPÖ's club in the Vienna Rathaus, on the APA-OTS "
              "service, 16 July 2011 by its OTS number; the sender is told by the dateline code 'OTS/fpd' and the contact "
              "block 'Klub der Freiheitlichen, Pressestelle' with its telephone line and the footer code NFW0003, dropped with "
              "the contact heading and the service line (rule 4580); the end mark ' (Schluss)' run onto the last paragraph, "
              "inside the quotation whose closing mark the release omits, dropped (rules 4170, 4582); headline and subtitle "
              "kept as lines of their own as stored, the dateline at the start of the first paragraph; the first paragraph's "
              "closing comma after 'einen SP-Gemeinderat', 'uberrascht', 'gemeinsamem', 'perament' and 'kümmmern' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GU_SUB, GU_P1, GU_P2, GU_P3],
    # the quotation before `belehrt Wiens FP-Klubobmann … Mag. Johann Gudenus einen SP-Gemeinderat,` is his (rule 30); the
    # unmarked second paragraph, half Konjunktiv, carries no span (rule 5); the colon quotation after the verbless label
    # `Kritik von Gudenus:` is his and, its closing mark missing, runs to the end of the paragraph once the end mark is dropped
    # (rules 9, 22, 54, 4582); the SP-Gemeinderat, the Roten and the Bürger say nothing; the fused label `FP-Gudenus` and the
    # office `FP-Klubobmann` are no aliases (rules 33, 3672)
    quotes=[(cut(GU_P1, "\"Hausordnungen", "nicht aus\""), GUDENUS),
            (cut(GU_P3, "\"Wenn die Roten", "kümmmern!"), GUDENUS)],
    aliases={GUDENUS: ["Johann Gudenus", "Mag. Johann Gudenus", "Gudenus"]})

# --- APA-OTS, BZÖ Kärnten, 15 August 2012: Josef Bucher demands new elections from Gerhard Dörfler ---

BU_T = "BZÖ-Bucher: Dörfler soll Weg für sofortige Neuwahlen ebnen"
BU_SUB = "Selbsternannter Landeshauptmann aller Kärntner vertritt nur FPK-Machterhalt"
BU_P1 = ("Klagenfurt (OTS) - \"Gerhard Dörfler soll endlich den Weg für sofortige Neuwahlen ebnen. Ein Landeshauptmann, der "
         "immer vorgibt, der Landeshauptmann aller Kärntner zu sein, vertritt nur die Interessen der Sesselkleber bei der FPK. "
         "Die Kärntnerinnen und Kärntner wollen Neuwahlen noch im Jahr 2012, Herr Dörfler\", verlangt der designierte "
         "BZÖ-Spitzenkandidat für die Kärntner Landtagswahl, Bündnisobmann Josef Bucher. Dörfler und seine blauen Kameraden "
         "würden sich verzweifelt an ihre gestohlenen Mandate klammern und den Willen der Menschen ignorieren.")
BU_P2 = ("\"Der Tag der Abrechnung mit dem System Dörfler-Scheuch naht. Das BZÖ mit seinem neuen Weg steht für Anstand, "
         "Charackter und Kompetenz. Jede Stunde, die Dörfler und Scheuch weiter das Land lähmen, bedeutet 60 verlorene Minuten "
         "für Kärnten. Deshalb, Herr Noch-Landeshauptmann Dörfler, vertreten Sie einmal die Bevölkerung und setzen sie "
         "sofortige Neuwahlen durch. Oder haben Sie Angst vor dem Urteil der Menschen?\", so Bucher an Dörfler.")

add(id="ho735-ots-bzoe-kaernten-2012-08-15-bucher-doerfler-neuwahlen",
    title=BU_T,
    url="https://www.ots.at/presseaussendung/OTS_20120815_OTS0045/bzoe-bucher-doerfler-soll-weg-fuer-sofortige-neuwahlen-ebnen",
    retrieved="same address (release of the BZÖ Kärnten on the APA-OTS service, 15 August 2012 by its OTS number; the sender "
              "is told by the contact block 'BZÖ-Kärnten - Pressestelle' and the footer code BZC0003, dropped with the contact "
              "heading and the service line (rule 4580); headline and subtitle kept as lines of their own as stored, the "
              "dateline 'Klagenfurt (OTS) -' at the start of the first paragraph; the published 'Charackter' and 'setzen sie' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BU_SUB, BU_P1, BU_P2],
    # the quotation before `verlangt der designierte BZÖ-Spitzenkandidat für die Kärntner Landtagswahl, Bündnisobmann Josef
    # Bucher` is his (rule 30); the Konjunktiv sentence after it is unmarked (rule 5); the quotation before `so Bucher an
    # Dörfler` is Bucher's, Dörfler its addressee (rules 12, 30); the headline after the fused label `BZÖ-Bucher:` and the
    # subtitle are unmarked (rules 5, 630); Gerhard Dörfler, addressed inside the marks, Scheuch, the FPK and the Kärntnerinnen
    # und Kärntner say nothing; `Bündnisobmann Josef Bucher` is his name with his office (rule 44), the fused label is no alias
    # (rule 3672)
    quotes=[(cut(BU_P1, "\"Gerhard Dörfler", "Herr Dörfler\""), BUCHER),
            (cut(BU_P2, "\"Der Tag", "der Menschen?\""), BUCHER)],
    aliases={BUCHER: ["Josef Bucher", "Bündnisobmann Josef Bucher", "Bucher"]})

# --- APA-OTS, FPÖ, 21 April 2013: HC Strache (and Werner Neubauer as his envoy) on the South Tyrolean Freiheitlichen ---

ST_T = "HC Strache/Neubauer: \"Gratulieren Freiheitlichen Südtirol zum gelungenen Parteitag!\""
ST_P1 = ("Wien (OTS) - \"Ich gratuliere Ulli Mair zu ihrer Wiederwahl als Obfrau und Pius Leitner zur einstimmigen Ernennung "
         "zum Ehrenobmann der Freiheitlichen Südtirols\", sagte der freiheitliche Bundesparteiobmann HC Strache.")
ST_P2 = ("Die Freiheitlichen Südtirols haben gestern in Andrian ihren VIII. Parteitag mit rund 300 Delegierten und Gästen "
         "abgehalten. In Vertretung des FPÖ-Bundesparteiobmannes nahm Südtirol-Sprecher NAbg. Werner Neubauer teil, der auch "
         "Grußworte Straches überbrachte.")
ST_P3 = ("\"Die Südtiroler Freiheitlichen haben sich nunmehr unter der Obmannschaft Ulli Mairs zur echten Konkurrenz, ja zum "
         "Herausforderer zu der in Südtirol allmächtigen und allgegenwärtigen Südtiroler Volkspartei etabliert\", betonte "
         "Strache, der daran erinnerte, dass jene Freiheitlichen 1992 am Reichrieglerhof, hoch über Bozen an geschichtsträchtigem "
         "Ort aus der Taufe gehoben wurden und von Pius Leitner durch so manche Stromschnelle hindurch manövriert wurden.")
ST_P4 = ("Dies kam auch deutlich in der Laudatio für Pius Leitner, die der ehemalige Nationalrat und 3. Nationalratspräsident "
         "Dr. Siegfried Dillersberger hielt, zum Ausdruck. Für die im Oktober 2013 stattfindenden Wahlauseinandersetzung, bei "
         "der Leitner als Spitzenkandidat der Freiheitlichen antreten wird, um die Macht der SVP endgültig zu brechen und damit "
         "endlich demokratiepolitische Verhältnisse in Südtirol zu schaffen, zeigte sich Strache zuversichtlich.")

add(id="ho735-ots-fpoe-2013-04-21-strache-neubauer-suedtirol",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20130421_OTS0023/hc-stracheneubauer-gratulieren-freiheitlichen-suedtirol-"
        "zum-gelungenen-parteitag",
    retrieved="same address (release on the APA-OTS service, 21 April 2013 by its OTS number and 'gestern' with the "
              "Freiheitlichen's congress of 20 April; the crawl-date prefix ' date 2018-03' before the headline, a date of the "
              "crawl, not of the release, dropped (rule 63); the stored copy ends after the fourth body paragraph with empty "
              "lines, before any contact block, so the sender is inferred from the release's own voice as the FPÖ, its federal "
              "party or its parliamentary club, which quotes its Bundesparteiobmann and reports its Südtirol-Sprecher as his "
              "envoy (rules 2581, 4460, 4580); the headline kept as the title, the dateline 'Wien (OTS) -' at the start of the "
              "first paragraph; 'Für die im Oktober 2013 stattfindenden Wahlauseinandersetzung' kept (rule 20); the four kept "
              "paragraphs complete as stored, a later part of the release, if any, not stored (rule 17))",
    license=APA_OTS_POLITICS,
    paras=[ST_P1, ST_P2, ST_P3, ST_P4],
    # the headline quotation under the joint label `HC Strache/Neubauer:` is Strache's, and Neubauer, whom the body reports only
    # as the bearer of `Grußworte Straches`, is no alias (rules 54, 3813, 4581); the quotations before `sagte der freiheitliche
    # Bundesparteiobmann HC Strache` and `betonte Strache, der daran erinnerte, …` are his (rule 30); the report of the Laudatio
    # and `zeigte sich Strache zuversichtlich` are unmarked (rule 5); Ulli Mair, Pius Leitner, Siegfried Dillersberger, Werner
    # Neubauer, the SVP and the Südtiroler Volkspartei say nothing; the genitive `Straches` and the office `freiheitliche
    # Bundesparteiobmann` are no aliases (rules 7, 33)
    quotes=[("\"Gratulieren Freiheitlichen Südtirol zum gelungenen Parteitag!\"", STRACHE),
            (cut(ST_P1, "\"Ich gratuliere", "Südtirols\""), STRACHE),
            (cut(ST_P3, "\"Die Südtiroler", "etabliert\""), STRACHE)],
    aliases={STRACHE: ["HC Strache", "Strache"]})

# --- APA-OTS, SPÖ-Pressedienst, 9 April 2013: Andreas Schieder at a background talk with the SWV Wien ---

SC_T = "Schieder: Stärkung von Eine-Person-Unternehmen sehr wichtig"
SC_SUB = ("Arbeitsunfähigkeit durch Krankheit oder Unfall darf kein Grund sein, um seine Existenz fürchten zu müssen")
SC_P1 = ("Wien (OTS/SK) - \"Ein-Personen-Unternehmen (EPU) sind in ihrer Problemlage und in ihren Bedürfnissen bisher "
         "ziemlich auf sich alleine gestellt.\" Das betonte Finanzstaatssekretär Andreas Schieder gestern, Montag, im Rahmen "
         "eines Hintergrundgespräches mit Fritz Strobl, Präsident des Sozialdemokratischen Wirtschaftsverbands Wien, zum Thema "
         "\"Eine-Person-Unternehmen - Mehrzahl mit Mehrheit?\". In der Wirtschaftskammer sind Ein-Personen-Unternehmen nach wie "
         "vor stark unterrepräsentiert. \"Es ist daher Aufgabe der Sozialdemokratie, die immer auf der Seite derer ist, die "
         "ihrer Unterstützung bedürfen, Schwachstellen des Unternehmerseins auf ein Minimum zu reduzieren. Besonders für jene, "
         "die von einer Person alleine abhängen\", so Schieder.")
SC_P2 = ("Es brauche neben wirtschaftlicher Absicherung vor allem auch soziale Absicherung für diese Unternehmungen. "
         "\"Arbeitsunfähigkeit durch Krankheit, Unfall oder durch eine Schwangerschaft dürfen in Österreich für niemanden ein "
         "Grund sein, um seine Existenz fürchten zu müssen\", betonte Schieder. Rund 60 Prozent der WKÖ-Mitglieder sind bereits "
         "Einpersonenunternehmen. \"Wir müssen daher die Rahmenbedingungen an die Veränderung unserer Wirtschaftsstruktur und "
         "die damit verbundenen Probleme der Selbstständigen und Eine-Person-Unternehmen anpassen\", so der "
         "Finanzstaatssekretär.")

add(id="ho735-ots-spoe-2013-04-09-schieder-epu",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20130409_OTS0031/schieder-staerkung-von-eine-person-unternehmen-sehr-wichtig",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 9 April 2013 by its OTS number and "
              "'gestern, Montag' for 8 April; the crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); the "
              "sender is told by the dateline code 'OTS/SK', the SPÖ's Pressedienst, as in the 727th set; the OTS marker ' ****' "
              "after the first paragraph's last full stop dropped (rule 460); headline and subtitle kept as lines of their own "
              "as stored, the dateline at the start of the first paragraph; the third body paragraph, on the EPU as an "
              "'Innovationsmotor', cut off inside a quotation ('… mit der Unterstützung für Ein'), dropped with what it holds "
              "(rule 15); 'Eine-Person-Unternehmen' beside 'Ein-Personen-Unternehmen' and 'Eine-Personen-Unternehmen' in the "
              "dropped paragraph kept as published (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SC_SUB, SC_P1, SC_P2],
    # the quotation that opens the first paragraph and is taken up by `Das betonte Finanzstaatssekretär Andreas Schieder
    # gestern, …` is his (rule 97); the marked topic after `zum Thema` is null (rules 2, 48); the quotations before `so
    # Schieder`, `betonte Schieder` and `so der Finanzstaatssekretär` are his (rule 30); the Konjunktiv `Es brauche …` and the
    # headline after the label `Schieder:` are unmarked (rules 5, 630); Fritz Strobl and the WKÖ-Mitglieder say nothing;
    # `Finanzstaatssekretär` names only Schieder in this release (rule 44), `Präsident des Sozialdemokratischen
    # Wirtschaftsverbands Wien` is Strobl's office, not an alias of anyone (rule 33)
    quotes=[(cut(SC_P1, "\"Ein-Personen-Unternehmen (EPU)", "gestellt.\""), SCHIEDER),
            ("\"Eine-Person-Unternehmen - Mehrzahl mit Mehrheit?\"", None),
            (cut(SC_P1, "\"Es ist daher", "abhängen\""), SCHIEDER),
            (cut(SC_P2, "\"Arbeitsunfähigkeit", "fürchten zu müssen\""), SCHIEDER),
            (cut(SC_P2, "\"Wir müssen", "anpassen\""), SCHIEDER)],
    aliases={SCHIEDER: ["Andreas Schieder", "Finanzstaatssekretär Andreas Schieder", "Finanzstaatssekretär", "Schieder"]})

# --- APA-OTS, Österreichischer Wirtschaftsbund, 24 February 2020: Harald Mahrer before the chamber elections ---

WB_T = "WK-Wahl: 13.000 Unternehmer kandidieren für den Wirtschaftsbund"
WB_SUB = ("Mahrer: „Ob Selbstständig, KMU oder Leitbetrieb: Wir sind die einzige Kraft, die sich für die Interessen aller "
          "Unternehmer einsetzt!“")
WB_P1 = ("Wien (OTS) - Von 2.-5. März finden österreichweit die Wirtschaftskammerwahlen statt. Rund 540.000 Unternehmerinnen "
         "und Unternehmer sind dazu aufgerufen, in ihren Bundesländern die Vertreter ihrer Branche zu wählen. Die Anzahl an "
         "Branchen variiert leicht pro Bundesland, im Durchschnitt werden aber 70 Urwahlen pro Bundesland durchgeführt.")
WB_P2 = ("Ziel des Wirtschaftsbundes ist es, wieder klar stärkste Kraft zu werden und alle 9 Landeskammerpräsidenten zu "
         "stellen.")
WB_P3 = ("„Wir haben in den letzten Jahren viel erreicht: Österreichs Wirtschaftsstandort befindet sich trotz internationaler "
         "Handelskrisen im Aufschwung, die Konjunktur ist stabil, die Voraussetzungen für unseren Wirtschaftsstandort sind gut. "
         "Gemeinsam mit der Bundesregierung ist uns ein Entlastungspaket gelungen, dass unsere Unternehmer stärkt und "
         "Wirtschaften erleichtern wird“, beschreibt WB-Präsident Harald Mahrer die Ausgangslage.")
WB_P4 = ("„Das war aber nur möglich, weil der Wirtschaftsbund geschlossen die Interessen aller Unternehmer vertritt und mit "
         "einer Sprache spricht. Deshalb sind wir auch die einzige Kraft bei der Wirtschaftskammerwahl, für die 13.000 "
         "Unternehmerinnen und Unternehmer aus den unterschiedlichsten Branchen kandidieren. Damit haben wir doppelt so viele "
         "Kandidaten wie alle anderen Fraktionen zusammen“, so Mahrer. Bei der letzten Wirtschaftskammer-Wahl 2015 kam der "
         "Wirtschaftsbund auf 66,6 Prozent der Stimmen.")

add(id="ho735-ots-wirtschaftsbund-2020-02-24-mahrer-kandidaten",
    title=WB_T,
    url="https://www.ots.at/presseaussendung/OTS_20200224_OTS0021/wk-wahl-13000-unternehmer-kandidieren-fuer-den-"
        "wirtschaftsbund",
    retrieved="same address (release of the Österreichischer Wirtschaftsbund, the ÖVP's business organisation, on the APA-OTS "
              "service, 24 February 2020 by its OTS number, before the chamber elections of 2 to 5 March 2020; the crawl-date "
              "prefix ' date 2020-02' before the headline dropped (rule 63); the sender is told by the contact block "
              "'Österreichischer Wirtschaftsbund / Valentin Petritsch / Pressesprecher & Leitung Kommunikation' with telephone "
              "and web lines, dropped with the contact heading (rule 4580); headline and subtitle kept as lines of their own as "
              "stored, the dateline 'Wien (OTS) -' at the start of the first paragraph; the runs of empty lines between the "
              "paragraphs are paragraph breaks; 'Von 2.-5. März', 'ein Entlastungspaket gelungen, dass' and 'Selbstständig' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WB_SUB, WB_P1, WB_P2, WB_P3, WB_P4],
    # the subtitle quotation after the label `Mahrer:` is his (rule 54); the quotation before `beschreibt WB-Präsident Harald
    # Mahrer die Ausgangslage` is his, the cue naming a description instead of a verb of saying (rules 30, 4481), and so is the
    # quotation before `so Mahrer` (rule 30); the narrator's `Ziel des Wirtschaftsbundes ist es, …` is unmarked (rule 5); the
    # Wirtschaftsbund, the Bundesregierung and the Unternehmer say nothing; `WB-Präsident` names the organisation and is no
    # alias (rule 33)
    quotes=[(cut(WB_SUB, "„Ob", "einsetzt!“"), MAHRER),
            (cut(WB_P3, "„Wir haben", "erleichtern wird“"), MAHRER),
            (cut(WB_P4, "„Das war", "zusammen“"), MAHRER)],
    aliases={MAHRER: ["Harald Mahrer", "Mahrer"]})

# --- APA-OTS, ÖAAB, 26 March 2021: August Wöginger and Christoph Zarits on Christine Haberlander's election ---

OA_T = "Wöginger und Zarits: \"Herzliche Gratulation an Christine Haberlander\""
OA_P1 = ("Wien (OTS) - \"Bei Christine Haberlander sind die oberösterreichischen Arbeitnehmerinnen in guten Händen. Wir sind "
         "überzeugt, dass sie mit Engagement und Leidenschaft dazu beitragen wird, den erfolgreichen Weg des ÖAAB fortzusetzen. "
         "Gerade in Krisenzeiten wird sie es schaffen neue, bedeutende Akzente zu setzen und die richtigen Perspektiven für die "
         "Arbeitswelt der Zukunft finden. Im Namen des ÖAAB wünschen wir ihr für diese herausfordernde Tätigkeit alles Gute und "
         "viel Erfolg\", so ÖAAB-Bundesobmann KO August Wöginger und ÖAAB-Generalsekretär Abg.z.NR Christoph Zarits zur "
         "beindruckenden Wahl von Landeshauptmann-Stellvertreterin Christine Haberlander zur Landesobfrau des "
         "oberösterreichischen ÖVP-Arbeitnehmerbundes ÖAAB.")
OA_P2 = ("August Wöginger, der den ÖAAB Oberösterreich seit 2015 geführt hat, bedankt sich bei dieser Gelegenheit bei den "
         "Funktionärinnen und Funktionären in seinem Heimatbundesland: „Danke für die ehrenamtliche Arbeit für unsere "
         "Gemeinschaft in den Gemeinden und Betrieben!“")
OA_P3 = ("„Es war mein absoluter Wunsch, dass Christine Haberlander den ÖAAB Oberösterreich als erste Frau an der Spitze in die "
         "Zukunft führt. Umso mehr freut mich die breite Zustimmung und das Vertrauen, das ihr in dieser Wahl entgegengebracht "
         "wurde. Da fällt mein Abschied als Landesobmann leichter. Aber ich bleibe weiterhin ein starker Partner und "
         "Oberösterreich bleibt meine politische Heimat“, so der scheidende Landesobmann August Wöginger, der sich in vier "
         "Wochen der Wiederwahl zum ÖAAB-Bundesobmann stellt.")

add(id="ho735-ots-oeaab-2021-03-26-woeginger-zarits-haberlander",
    title=OA_T,
    url="https://www.ots.at/presseaussendung/OTS_20210326_OTS0187/woeginger-und-zarits-herzliche-gratulation-an-christine-"
        "haberlander",
    retrieved="same address (release of the ÖAAB, the ÖVP's workers' and employees' organisation, on the APA-OTS service, 26 "
              "March 2021 by its OTS number; the crawl-date prefix ' date 2021-03' before the headline dropped (rule 63); the "
              "sender is told by the contact block 'ÖAAB-Bundesleitung / Thomas Haffer' with telephone, e-mail and web lines, "
              "dropped with the contact heading (rule 4580); the headline kept as the title, the dateline 'Wien (OTS) -' at the "
              "start of the first paragraph; ASCII marks in the headline and the first paragraph, low-high marks after them, "
              "kept as published (rule 21); 'es schaffen neue, bedeutende Akzente zu setzen und … finden' and 'beindruckenden' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OA_P1, OA_P2, OA_P3],
    # the headline quotation under the joint label `Wöginger und Zarits:` and the joint quotation before `so
    # ÖAAB-Bundesobmann KO August Wöginger und ÖAAB-Generalsekretär Abg.z.NR Christoph Zarits` go to the first named, Wöginger;
    # Zarits, who has no quotation of his own, and the joint form are aliases of him (rules 27, 54, 3813; contrast rules 750,
    # 4581); the colon quotation after `August Wöginger, …, bedankt sich … bei den Funktionärinnen und Funktionären in seinem
    # Heimatbundesland:` and the quotation before `so der scheidende Landesobmann August Wöginger` are his (rules 9, 30);
    # Christine Haberlander, spoken of, and the Funktionärinnen say nothing; the offices with the organisation's name
    # (`ÖAAB-Bundesobmann`, `ÖAAB-Generalsekretär`) are no aliases (rule 33)
    quotes=[("\"Herzliche Gratulation an Christine Haberlander\"", WOEGINGER),
            (cut(OA_P1, "\"Bei Christine", "viel Erfolg\""), WOEGINGER),
            (cut(OA_P2, "„Danke", "Betrieben!“"), WOEGINGER),
            (cut(OA_P3, "„Es war", "politische Heimat“"), WOEGINGER)],
    aliases={WOEGINGER: ["August Wöginger", "KO August Wöginger", "Wöginger", "Christoph Zarits",
                         "Abg.z.NR Christoph Zarits", "Zarits", "Wöginger und Zarits"]})

# --- APA-OTS, Pressedienst der SPÖ Wien for the SPÖ Währing, 2 October 2021: Andreas Höferl and Michael Trinko ---

WA_T = "SPÖ-Währing: Andreas Höferl als Vorsitzender wiedergewählt"
WA_P1 = ("Wien (OTS/SPW) - Bei der Bezirkskonferenz der SPÖ-Währing wurde Gemeinderat Dr. Andreas Höferl mit überzeugenden "
         "98,5 Prozent der Stimmen als Bezirksvorsitzender wiedergewählt. Mit hoher Zustimmung in das Präsidium der "
         "Bezirkspartei gewählt wurden außerdem Mag. Elisabeth Kaiser, der Bezirksklubvorsitzende Mag. Michael Trinko, Mag. "
         "Barbara Kasper und Ing. Paul Reisenauer. Die Hälfte der Mitglieder im neuen 25-köpfigen Bezirksvorstand ist unter 40 "
         "Jahre alt, das jüngste Mitglied 22. Mehr als 150 Delegierte und Gäste waren zur Bezirkskonferenz eingeladen. „Unser "
         "Weg der Erneuerung, den wir vor zwei Jahren eingeschlagen haben, wurde eindrucksvoll bestätigt“, freut sich Höferl.")
WA_P2 = ("Inhaltlich standen bei der Konferenz einerseits Projekte und Zukunftsthemen für Währing im Mittelpunkt wie die "
         "Neugestaltung des Aumannplatzes und des Vorplatzes des BRG 18 Schopenhauerstraße. Beschlossen wurde auch die "
         "Unterstützung des Verein SocialCitySpace, der in einem Pilotprojekt in Währing leerstehende Geschäftsflächen "
         "verwalten und diese kostenfrei zur gemeinschaftlichen Nutzung zur Verfügung stellen möchte. „Wir konnten bereits im "
         "ersten Jahr der neuen Periode zentrale Wahlversprechen wie einen Outdoor Fitnesspark für Währing einlösen und "
         "zahlreiche Verbesserungen in den Währinger Parks durchsetzen. Wir werden auch bei diesen Themen unser Bestes für die "
         "Währingerinnen und Währinger geben.“ kündigte Mag. Michael Trinko an. Aber auch Stadtentwicklungsprojekte wie die "
         "Stadtstraße und die Nordost-Umfahrung wurden diskutiert, wobei die Position der SPÖ Wien dabei klar unterstützt "
         "wurde.")

add(id="ho735-ots-spoe-waehring-2021-10-02-hoeferl-trinko-bezirkskonferenz",
    title=WA_T,
    url="https://www.ots.at/presseaussendung/OTS_20211002_OTS0019/spoe-waehring-andreas-hoeferl-als-vorsitzender-"
        "wiedergewaehlt",
    retrieved="same address (release of the SPÖ Wien's press service for the SPÖ Währing, a district party, on the APA-OTS "
              "service, 2 October 2021 by its OTS number; the crawl-date prefix ' date 2021-10' before the headline dropped "
              "(rule 63); the sender is told by the dateline code 'OTS/SPW', the Pressedienst der SPÖ Wien, as in the 727th "
              "set; the third paragraph, on the guest Josef Cap, cut off after its first sentence ('… thematisierte. F'), "
              "dropped (rule 15); the headline kept as the title, the dateline at the start of the first paragraph; 'des "
              "Verein SocialCitySpace' and 'geben.“ kündigte' without a comma kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[WA_P1, WA_P2],
    # the quotation before `freut sich Höferl` is his (rule 30); the quotation before `kündigte Mag. Michael Trinko an`,
    # without a comma after the closing mark, is Trinko's (rule 30); Elisabeth Kaiser, Barbara Kasper, Paul Reisenauer, the
    # Delegierte, the Verein SocialCitySpace and the SPÖ Wien say nothing; `Gemeinderat Dr. Andreas Höferl` is his name with his
    # office (rule 44), `Bezirksvorsitzender` and `Bezirksklubvorsitzende` are no aliases (rule 33)
    quotes=[(cut(WA_P1, "„Unser", "bestätigt“"), HOEFERL),
            (cut(WA_P2, "„Wir konnten", "geben.“"), TRINKO)],
    aliases={HOEFERL: ["Andreas Höferl", "Dr. Andreas Höferl", "Gemeinderat Dr. Andreas Höferl", "Höferl"],
             TRINKO: ["Michael Trinko", "Mag. Michael Trinko", "Trinko"]})

# --- APA-OTS, SPÖ Meidling, 22 October 2025: Michael Ludwig at the district conference ---

ME_D = "Wien (OTS) -"
ME_P1 = ("Die SPÖ Meidling stellte bei ihrer Bezirkskonferenz am 20. Oktober 2025 die politischen Weichen für das kommende "
         "Jahr. Rund 145 Delegierte diskutierten gemeinsam mit dem Landesparteivorsitzenden und Wiener Bürgermeister Dr. Michael "
         "Ludwig über zentrale Zukunftsthemen. Er bekräftigte einmal mehr: „Wien ist DER Wirtschaftsmotor Österreichs. Wir "
         "investieren gezielt in Zukunftsbranchen und schaffen in bewährter, konstruktiver Zusammenarbeit mit der Wirtschaft "
         "sowie den Sozialpartnern Perspektiven. Denn: Wirtschaftswachstum schafft Arbeit. Arbeit schafft Sicherheit. Und "
         "Sicherheit schafft Vertrauen.“")
ME_P2 = ("Klar sei, dass die Sozialdemokratie auch in herausfordernden Zeiten Verantwortung übernehme: „Wir übernehmen "
         "Verantwortung mit sozialdemokratischem Augenmaß. Wir sichern unser Rotes Wien für alle Generationen ab – sozial, "
         "wirtschaftlich, ökologisch.")
ME_P3 = ("Wir in Wien halten zusammen, denn wir wissen, worum es geht: Um die Menschen in dieser Stadt. Wien war, ist und "
         "bleibt die Stadt des leistbaren Wohnens, die Stadt der Frauen, die Stadt der Bildung, die Stadt der Gesundheit, die "
         "Stadt der Zukunft. Und solange wir gemeinsam an dieser Idee arbeiten, wird Wien weiter Vorbild bleiben – für "
         "Österreich und für Europa“, so Ludwig.")

add(id="ho735-ots-spoe-meidling-2025-10-22-ludwig-bezirkskonferenz",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251022_OTS0185/sp-meidlingneumayer-in-meidling-ist-spuerbar-was-unser-"
        "rotes-wien-ausmacht-wir-halten-zusammen-packen-an-lassen-niemanden-zurueck",
    retrieved="same address (release on the APA-OTS service, 22 October 2025 by its OTS number and the crawl-date prefix ' "
              "date 2025-10-22', which is dropped (rule 63); the stored copy shows no headline: it opens with the dateline "
              "'Wien (OTS) -' on a line of its own, kept so, and no title is made from the address slug (rules 18, 32, 4570, "
              "4580); the copy is cut off inside its fourth paragraph, the Bezirksvorsitzender and Landesparteisekretär Jörg "
              "Neumayer's quotation on Ludwig ('… und für verantwortung'), which is dropped with what it holds (rule 15), and "
              "it ends before any contact block, so the sender is inferred from the address slug's label 'SP-Meidling/Neumayer' "
              "and the release's own voice as the SPÖ Meidling, a district party of the SPÖ Wien, reporting its own conference "
              "(rules 2581, 4460, 4580); the empty line inside Ludwig's quotation after 'ökologisch.' is a paragraph break as "
              "stored (rule 4585); 'DER Wirtschaftsmotor' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[ME_D, ME_P1, ME_P2, ME_P3],
    # the colon quotation after `Er bekräftigte einmal mehr:`, the pronoun taking up Dr. Michael Ludwig, is his (rules 8, 9);
    # the colon quotation after the narrator's unattributed Konjunktiv `Klar sei, dass …:` goes on in his voice and runs over the
    # paragraph break to the closing mark before `so Ludwig`: two spans, both his (rule 4585; NOTES.md multi-paragraph
    # quotations); the SPÖ Meidling, the Delegierte, the Wirtschaft and the Sozialpartner say nothing; `Landesparteivorsitzenden`
    # and `Wiener Bürgermeister` are offices with a party's or a city's reference and no aliases (rule 33)
    quotes=[(cut(ME_P1, "„Wien ist", "Vertrauen.“"), LUDWIG),
            (cut(ME_P2, "„Wir übernehmen", "ökologisch."), LUDWIG),
            (cut(ME_P3, "Wir in Wien", "für Europa“"), LUDWIG)],
    aliases={LUDWIG: ["Michael Ludwig", "Dr. Michael Ludwig", "Ludwig"]})
