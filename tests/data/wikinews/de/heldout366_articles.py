# Three-hundred-and-sixty-sixth held-out German real-news set (tests/data/heldout366-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2025-2026). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number or address,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-sixty-sixth held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz under licence PK: one release on the OTS press-release service (Österreich-Konvent, January
# 2005), one release as reposted by the Österreich Journal (Bundesrat, June 2007) and three releases on parlament.gv.at
# (Nationalrat, April 2007; Bundesrat question time, March 2009; Nationalrat, September 2012). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- PK on OTS, 28.01.2005: Franz Fiedler at the end of the Österreich-Konvent ---

FIEDLER = "Franz Fiedler"

add(id="ho366-pk-2005-01-28-fiedler-konvent-auftrag-erfuellt",
    title="FIEDLER: DER ÖSTERREICH-KONVENT HAT SEINEN AUFTRAG ERFÜLLT Jetzt ist die Politik gefordert, eine neue "
          "Verfassung zu verhandeln",
    url="https://www.ots.at/presseaussendung/OTS_20050128_OTS0102/fiedler-der-oesterreich-konvent-hat-seinen-auftrag-"
        "erfuellt-jetzt-ist-die-politik-gefordert-eine-neue-verfassung-zu-verhandeln",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 28.01.2005, "
              "dateline 'Wien (PK)'; the stored copy gives headline and subtitle on one line, kept as the one title line "
              "(rule 18); the straight marks kept as published (rule 20); the third paragraph 'Mit dem nun vorliegenden "
              "Bericht seien diese Aufträge erfüllt, betonte Fiedler. …', cut off after 'der Bunde', dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - \"Der Österreich-Konvent hat seinen Auftrag erfüllt. Jetzt ist die Politik gefordert, eine neue "
           "Verfassung zu verhandeln. Das Feld dazu ist aufbereitet\", erklärte heute der Präsident des "
           "Österreich-Konvents, Franz Fiedler, in einer Pressekonferenz, die er aus Anlass der letzten Plenarsitzung des "
           "Konvents im Parlament gab. Fiedler gab sich durchaus optimistisch, dass eine neue Verfassung tatsächlich "
           "gelingen könne; seinen Optimismus begründete Fiedler damit, dass es im Zuge der Arbeiten des Konvents stets "
           "gelungen sei, die Skeptiker zu widerlegen. Mit der Beendigung der Tätigkeit des Konvents ende auch seine "
           "Aufgabe, sagte Fiedler. Sollte er als Konsulent gewünscht werden, stehe er zur Verfügung.",
           "Nach 19 Monaten Arbeit, 44 Sitzungen des Konvents-Präsidiums und 172 Sitzungen der zehn Ausschüsse geht heute "
           "der Konvent mit seiner 17. Plenarsitzung zu Ende. Präsident Fiedler erinnerte in der Pressekonferenz zunächst "
           "an den Auftrag des Gründungskomitees an den Konvent, der gelautet habe, Vorschläge für eine grundlegende "
           "Staats-und Verfassungsreform, für eine kostengünstige Erfüllung der Staatsaufgaben und einen Textentwurf für "
           "eine neue Verfassung vorzulegen."],
    # the opening quotation before its cue 'erklärte heute der Präsident des Österreich-Konvents, Franz Fiedler' (rule 8)
    quotes=[("\"Der Österreich-Konvent hat seinen Auftrag erfüllt. Jetzt ist die Politik gefordert, eine neue Verfassung "
             "zu verhandeln. Das Feld dazu ist aufbereitet\"", FIEDLER)],
    aliases={FIEDLER: ["Franz Fiedler", "Fiedler", "Präsident Fiedler", "Präsident des Österreich-Konvents"]})

# --- PK reposted by the Österreich Journal, 22.06.2007: the electoral reform passes the Bundesrat ---

SCHENNACH = "Stefan Schennach"

WR_P1 = ("Wien (pk) - Nach der Fragestunde mit Innenminister Günther Platter am 21.06. leitete Bundesratspräsident Manfred "
         "Gruber die Behandlung der 33 Punkte umfassenden Tagesordnung ein. Erster Punkt war die Wahlrechtsreform 2007, "
         "und erster Redner Bundesrat Stefan SCHENNACH (G). Der Fraktionsführer der Grünen beurteilte das Demokratiepaket "
         "differenziert. Die Grünen stimmten der Senkung des Wahlalters auf 16 Jahre vollinhaltlich zu, weil es gelte, "
         "einen Ausgleich dafür zu schaffen, dass immer ältere Menschen über junge Menschen entscheiden, die ein immer "
         "höheres Maß an Verantwortung zu tragen haben. Nicht alle, aber sehr viele junge Menschen seien an Politik "
         "interessiert und wollten politische Verantwortung mit übernehmen, hielt Stefan Schennach fest.")
WR_P2 = ("Auch die Einführung der Briefwahl finde die ungeteilte Zustimmung der Grünen, weil die politische Partizipation "
         "der Menschen auch in Zeiten wachsender Mobilität gewährleistet werden müsse. Positiv besprach der Redner auch "
         "die vom Nationalrat beschlossenen Erleichterungen bei der Stimmabgabe von Auslandsösterreichern.")
WR_P3 = ("Als \"demokratiepolitische Chuzpe\", \"Etikettenschwindel\" und \"Lizenz zur Faulheit\" bezeichnete Schennach "
         "aber die Verlängerung der Gesetzgebungsperiode auf fünf Jahre. Diese Maßnahme konterkariere de facto die "
         "Herabsetzung des Wahlalters auf 16 Jahre. Ein heute Sechzehnjähriger werde wegen der Verlängerung der "
         "Gesetzgebungsperiode trotz Herabsetzung des Wahlalters während seines Lebens zweimal weniger wählen als nach "
         "der bisherigen Rechtslage, rechnete Schennach vor. Die Verlängerung der Gesetzgebungsperiode wäre nur zu "
         "rechtfertigen, würde sie von Maßnahmen zum Ausbau der Partizipation und durch Erweiterung der direkten "
         "demokratischen Möglichkeiten, etwa durch Einführung einer parteiunabhängigen Zweitstimme nach deutschem "
         "Muster, begleitet werden.")

add(id="ho366-pk-2007-06-22-bundesrat-wahlrechtsreform-schennach",
    title="Wahlrechtsreform 2007 passiert den Bundesrat",
    url="http://oe-journal.at/Aktuelles/!2007/0607/W3/22206wahlrechtPk.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of the Bundesrat sitting of 21.06.2007, dateline "
              "'Wien (pk)', as reposted by the Österreich Journal (rule 31); the trailing spaces after the headline and the "
              "repost's date lines 'erstellt am' / '22. 06. 07' dropped as furniture; the subtitle 'Kein Einspruch gegen "
              "Wählen mit 16, Briefwahl und 5jährige GP' kept as its own line; the stored copy ends with the sentence "
              "'… begleitet werden.' of the third paragraph, which is kept as stored (rule 2026))",
    license=PK,
    paras=["Kein Einspruch gegen Wählen mit 16, Briefwahl und 5jährige GP", WR_P1, WR_P2, WR_P3],
    # three labels in the naming construction 'Als "…", "…" und "…" bezeichnete Schennach' are his (rule 3)
    quotes=[("\"demokratiepolitische Chuzpe\"", SCHENNACH),
            ("\"Etikettenschwindel\"", SCHENNACH),
            ("\"Lizenz zur Faulheit\"", SCHENNACH)],
    aliases={SCHENNACH: ["Stefan Schennach", "Schennach", "Stefan SCHENNACH", "Fraktionsführer der Grünen",
                         "Redner"]})

# --- PK on parlament.gv.at, No. 299 of 24.04.2007: Nationalrat, Budgetbegleitgesetz 2007 ---

ROSSMANN = "Rossmann"

BB_P1 = ("Wien (PK) - Nationalratspräsidentin Mag. Prammer eröffnete die 20. Sitzung des Nationalrates mit "
         "geschäftsordnungsmäßigen Mitteilungen und kündigte für 15 Uhr eine Dringliche Anfrage der Grünen an "
         "Finanzminister Molterer wegen Zensurierung von Akten des Eurofighter-Untersuchungsausschusses an. Im Anschluss "
         "an die Dringliche wird auf Verlangen des BZÖ eine Kurzdebatte mit Verteidigungsminister Darabos zum Thema "
         "\"Ausstieg aus dem Eurofightervertrag\" stattfinden, teilte Präsidentin Prammer mit. Der BZÖ-Misstrauensantrag "
         "gegen Ministerin Kdolsky blieb in der Minderheit und wurde damit abgelehnt.")
BB_P3 = ("Das Budgetbegleitgesetz 2007 enthalte positive Elemente, räumte der Budgetsprecher der Grünen ein und würdigte "
         "die Eindämmung von \"Karussell-Geschäften\" beim Schrotthandel, die Beratung von Ländern und Gemeinden durch "
         "die Bundesfinanzierungsagentur und die Neuregelung der Wertpapierdeckung bei Pensionsrückstellungen.")
BB_P4 = ("Bei der Möst-Erhöhung, die dem nationalen Kyoto-Ziel dienen soll, stellte Rossmann aber die Frage, wofür die "
         "Mehreinnahmen von 440 Mill. € verwendet werden: \"Wie wird die Pauschalvorsorge für ÖBB und ASFINAG "
         "aufgeteilt?\". Die Erreichung des Kyoto-Ziels sei damit jedenfalls nicht möglich, meinte Rossmann, denn der "
         "Tanktourismus gehe weiter, die Diesel/Benzin-Spreizung bleibe aufrecht und die Förderung des öffentlichen "
         "Nahverkehrs in den Ländern sei nur politisch vereinbart, aber nicht im Finanzausgleichgesetz fixiert.")

add(id="ho366-pk-2007-04-24-nationalrat-budgetbegleitgesetz-rossmann",
    title="Parlamentskorrespondenz Nr. 299 vom 24.04.2007",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2007/PK0299/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the straight marks and the published '?\".' kept (rule "
              "20); the one-sentence paragraph 'Den budgetbegleitenden Maßnahmen der Bundesregierung fehle die soziale "
              "Ausgewogenheit, kritisierte Rossmann weiter.', with which the stored copy ends and which may be cut off, "
              "dropped (rules 15, 2026))",
    license=PK,
    paras=["Nationalrat: Mineralölsteuer, Klimaschutz und Familienpolitik",
           "BZÖ-Misstrauensantrag gegen Gesundheitsministerin Kdolsky abgelehnt",
           BB_P1,
           "Zunächst ging der Nationalrat in die Tagesordnung ein. Präsidentin Prammer erteilte Abgeordnetem Mag. "
           "ROSSMANN (G) das Wort zum Budgetbegleitgesetz 2007 sowie zur Änderung des Gesundheits- und "
           "Ernährungssicherheitsgesetzes.",
           BB_P3, BB_P4],
    # the topic of the short debate the BZÖ demanded, announced by the president, is a title (rule 24); the established
    # name of a fraud scheme in Rossmann's reported praise is a term, null (rule 270); his question after the colon cue
    # is his (rule 9)
    quotes=[("\"Ausstieg aus dem Eurofightervertrag\"", None),
            ("\"Karussell-Geschäften\"", None),
            ("\"Wie wird die Pauschalvorsorge für ÖBB und ASFINAG aufgeteilt?\"", ROSSMANN)],
    aliases={ROSSMANN: ["Rossmann", "ROSSMANN", "Budgetsprecher der Grünen"]})

# --- PK on parlament.gv.at, No. 210 of 13.03.2009: question time of the Bundesrat with Justice Minister Bandion-Ortner ---

add(id="ho366-pk-2009-03-13-bundesrat-fragestunde-bandion-ortner",
    title="Parlamentskorrespondenz Nr. 210 vom 13.03.2009",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2009/PK0210/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle as their own lines; the rule of dashes under each printed question dropped as "
              "layout (rule 14); the second question 'Bundesrätin Mag. RAUSCH (V): Welche Überlegungen gibt es im BMJ "
              "…?' and the answer after it ('Für das Thema der Kinder- und Jugendkriminalität …'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=PK,
    paras=["Themen und Vorhaben im Justizministerium",
           "Justizministerin Bandion-Ortner in der Fragestunde des Bundesrats",
           "Wien (PK) – Die 767. Sitzung des Bundesrats wurde heute mit einer Fragestunde eingeleitet. Erstmals hatten die "
           "ParlamentarierInnen die Gelegenheit, von der neuen Justizministerin Bandion-Ortner Details über Pläne und "
           "Vorhaben des Justizressorts zu erfahren.",
           "Bundesrat SODL (S): Welche Schritte planen Sie im Hinblick auf den im Regierungsprogramm vorgesehenen Kampf "
           "gegen den Kriminaltourismus?",
           "Unter Bezugnahme auf das Regierungsübereinkommen sprach Justizministerin Mag. BANDION-ORTNER von erweiterten "
           "Sicherstellungsmöglichkeiten, dies auch im Hinblick auf Verfahrenskosten und allfällige "
           "Entschädigungsansprüche von Opfern. Strenge Strafen hätten nicht zuletzt generalpräventiven Sinn. "
           "Zusammenarbeit mit dem Innenressort, aber auch über die Grenzen hinweg, sei nötig. Auch sei daran zu denken, "
           "die bedingte Entlassung ausländischer StraftäterInnen mit anschließender Abschiebung und Aufenthaltsverbot "
           "auszuweiten und eine raschere Abschiebung vorzusehen. Dem vor allem medial gebräuchlichen Begriff "
           "\"Kriminaltourismus\" konnte die Ministerin nichts abgewinnen, er komme im Strafrecht auch nicht vor."],
    # a term the minister rejects, which the text calls a media word, is null: neither hers nor the questioner's (rule 2025)
    quotes=[("\"Kriminaltourismus\"", None)],
    aliases={})

# --- PK on parlament.gv.at, No. 693 of 2012 (September): Dringliche Anfrage of the Greens on advertisements ---

add(id="ho366-pk-2012-09-nationalrat-dringliche-inserate-pilz",
    title="Kritische Situation des U-Ausschusses und mögliche Fortsetzung",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2012/pk0693",
    retrieved="same address (stored page; it begins with the headline, which is the title line (rule 18), and the "
              "subtitle and the subheading 'Pilz: Faymann hat sich wohlwollende Berichterstattung erkauft' are kept as "
              "their own lines; the straight marks kept as published (rule 20); the paragraph 'Faymann habe sich als "
              "Verkehrsminister durch Inseratenschaltungen …', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Dringliche Anfrage der Grünen zur Inseratenvergabe",
           "Wien (PK) – Nachdem es den parlamentarischen Fraktionen bis zur heutigen Sitzung des Nationalrats nicht "
           "gelungen ist, Übereinstimmung darüber zu erzielen, ob Bundeskanzler Werner Faymann vor dem "
           "Untersuchungsausschuss aussagen soll oder nicht, haben die Grünen eine Dringliche Anfrage unter dem Titel "
           "\"Inseraten-Affäre Faymann\" eingebracht, in der sie in diesem Zusammenhang 46 detaillierte Fragen an den "
           "Regierungschef richten.",
           "Während der Debatte einigten sich aber die Fraktionen darauf, die noch offenen Themen – Vergabe von "
           "Inseraten, Staatsbürgerschaft, Telekom-Ostgeschäfte – bis 16. Oktober weiter zu behandeln. Die Plenarsitzung "
           "wurde daher nach Beendigung der Dringlichen Anfrage unterbrochen und noch vor der geplanten Behandlung des "
           "eingebrachten Fristsetzungsantrags (siehe PK-Meldung Nr. 690/2012) eine Geschäftsordnungssitzung des "
           "Untersuchungsausschusses einberufen. Der Vorsitz führende Zweite Präsident des Nationalrats Fritz Neugebauer "
           "gab schließlich bekannt, dass der Fristsetzungsantrag zurückgezogen wurde, womit sich auch die Debatte "
           "darüber erübrigte.",
           "Pilz: Faymann hat sich wohlwollende Berichterstattung erkauft",
           "Begründet wurde die Dringliche Anfrage von Abgeordnetem Peter PILZ (G). Er stellte eingangs seiner Rede fest, "
           "dass es zwar gut sei, wenn man Bundeskanzler Faymann heute im Parlament begrüßen könne, doch ersetze das nicht "
           "die Aussage im Untersuchungsausschuss. Es gebe klare Beweise, wonach Faymann als Verkehrsminister hinter dem "
           "Rücken der Aufsichtsräte von ÖBB und ASFINAG rechtsgültige Inseratenaufträge mit den großen Tageszeitungen "
           "\"Kronenzeitung\" und \"Österreich\" abgeschlossen habe. Er habe dazu die Unwahrheit gesagt, meinte Pilz."],
    # the title under which the Greens brought in their question is null (rule 24), as are the two newspaper names in
    # Pilz's reported speech (rule 2); the unmarked subheading is not annotated (rule 5)
    quotes=[("\"Inseraten-Affäre Faymann\"", None),
            ("\"Kronenzeitung\"", None),
            ("\"Österreich\"", None)],
    aliases={})
