# Five-hundredth held-out German real-news set (tests/data/heldout500-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2730-2735). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by address slug or release number, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundredth held-out set": eight press texts of German federal and Land governments:
# three of the Bavarian State Ministry of the Interior (StMI; licence BAYSTMI): a news item of its 'Aktuelles' archive on
# Joachim Herrmann's Ehrenzeichen for the BRK in Erlangen (February 2018) and two releases of its press archive, Gerhard Eck
# at the graduation of 213 police commissioners (May 2015) and Herrmann handing over the Sportplakette (December 2014); three
# releases of the Ministry of the Interior of Mecklenburg-Vorpommern sent over ots by news aktuell and shown in its newsroom
# on presseportal.de ('IM-MV:'; licence OTS_LAND_MINISTRY, new in licences.py): Lorenz Caffier on the Brandschutz-Ehrenzeichen
# der Sonderstufe (February 2020) and on an AfD release after the killing in Güstrow (September 2019), Christian Pegel on an
# attack on minors in a train (July 2023); a release of the Federal Government on Friedrich Merz in the Regierungsbefragung
# (July 2025) as distributed by Public, whose stored copy lacks Public's sender line (licence BREG_PUBLIC_RELEASE, rule 2730);
# and a release of the Staatskanzlei Schleswig-Holstein on Daniel Günther opening the Internationaler Museumstag in Lübeck
# (May 2019) as reposted by hallo-holstein.de with the release's sender line (licence SH_PM_REPOST). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 1,900-2,000 characters; only complete paragraphs are kept (rules 15, 17), page
# and wire furniture is dropped (rules 2245, 2261, 2321, 2520, 2610, 2731), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, BREG_PUBLIC_RELEASE, OTS_LAND_MINISTRY, SH_PM_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HERRMANN = "Joachim Herrmann"
ECK = "Gerhard Eck"
CAFFIER = "Lorenz Caffier"
PEGEL = "Christian Pegel"
MERZ = "Friedrich Merz"
GUENTHER = "Daniel Günther"

# --- StMI 'Aktuelles' item, 10 February 2018: Herrmann confers Ehrenzeichen on members of the BRK in Erlangen ---

BRK_T = "Herrmann verleiht Ehrenzeichen für Verdienste um das BRK"
BRK_P1 = ("Erlangen, 10. Februar 2018 (stmi). Innenminister Joachim Herrmann hat beim BRK Kreisverband Erlangen-Höchstadt das "
          "staatliche Ehrenzeichen am Bande für eine 25-jährige beziehungsweise 40-jährige Dienstzeit beim Bayerischen Roten "
          "Kreuz (BRK) an neun langjährige Mitglieder verleihen. Zwei weitere Mitglieder hat Herrmann für 50 Jahre Dienst mit "
          "der DRK-Ehrennadel geehrt und einen weiteren Rotkreuzler mit der BRK-Ehrennadel für außergewöhnliche Verdienste um "
          "das BRK ausgezeichnet.")
BRK_P2 = ("\"Mit ihrer ehrenamtlichen Arbeit setzen unsere Geehrten ein starkes Signal für Teamgeist, Zuverlässigkeit und "
          "Verantwortungsbereitschaft\", lobte Herrmann im Vorfeld. \"Unser Staat und unsere Gesellschaft brauchen solche "
          "Männer und Frauen, die sich zum Wohle unserer Bürgerinnen und Bürger in Bayern engagieren. Wer sich über Jahre und "
          "Jahrzehnte hinweg so ausdauernd ehrenamtlich für Andere einsetzt und seine Fertigkeiten und Erfahrungen als "
          "Ehrenamtlicher erbringt, ist eine Riesenbereicherung für unsere Gesellschaft.\" Laut Herrmann ist die gelebte "
          "Mitverantwortung des Einzelnen für seine Nächsten eine der großen Stärken des Freistaats. In Bayern gebe es rund "
          "470.000 Einsatzkräfte bei Feuerwehren, freiwilligen Hilfsorganisationen und dem Technischen Hilfswerk (THW), davon "
          "engagieren sich rund 450.000 ehrenamtlich.")

add(id="ho500-stmi-aktuell-2018-02-10-herrmann-brk-ehrenzeichen",
    title=BRK_T,
    url="http://www.innenministerium.bayern.de/med/aktuell/archiv/2018/180210brk2/",
    retrieved="same address (news item of the StMI's 'Aktuelles' archive of 10 February 2018, marked '(stmi)' in its "
              "dateline and taken as the ministry's press text by that mark, rule 2321; the photo caption 'Innenminister "
              "Herrmann mit Geehrten' and its credit '© BRK Kreisverband Erlangen-Höchstadt' above the headline dropped (rule "
              "2321); the dateline 'Erlangen, 10. Februar 2018 (stmi).' opening the first paragraph kept; the published "
              "'Mitglieder verleihen' and 'für Andere' kept (rule 20); the third paragraph ('Wie der bayerische Innenminister "
              "ergänzte, soll es künftig ein neues 'Großes Ehrenzeichen' … erklärte der Minister.'), at whose end the stored "
              "copy stops at its length limit, dropped with its name in single marks and its quotation as possibly cut off "
              "(rules 15, 52))",
    license=BAYSTMI,
    paras=[BRK_P1, BRK_P2],
    # `"…", lobte Herrmann im Vorfeld` is his although the words were given out before the ceremony (rule 3), and the cue-less
    # quotation after it continues him (NOTES.md continuation); the honoured members are not named and say nothing
    quotes=[(cut(BRK_P2, "\"Mit ihrer", "Verantwortungsbereitschaft\""), HERRMANN),
            (cut(BRK_P2, "\"Unser Staat", "Gesellschaft.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Innenminister Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI press release 145/2015, 4 May 2015: Gerhard Eck at the graduation of 213 new police commissioners ---

KOM_T = "Eck gratuliert Hochschulabsolventen"
KOM_SUB = ("213 neue Kommissarinnen und Kommissare für die Bayerische Polizei - Innenstaatssekretär Gerhard Eck gratuliert "
           "erfolgreichen Fachhochschulabsolventen: Bestens ausgebildet als Führungskräfte und Kripo-Beamte - Personal der "
           "Bayerischen Polizei wird weiter verstärkt")
KOM_P1 = ("+++ Als eine wertvolle Verstärkung für die Bayerische Polizei hat heute Innenstaatssekretär Gerhard Eck die 213 "
          "neuen Kommissarinnen und Kommissare bei der Diplomierungsfeier der Polizei-Fachhochschule in Sulzbach-Rosenberg "
          "bezeichnet. \"Unsere neuen Polizistinnen und Polizisten sind hervorragend ausgebildet\", machte Eck deutlich. "
          "\"Damit haben unsere Jungkommissare das notwendige Rüstzeug als künftige Führungskräfte und hochqualifizierte "
          "Ermittler der Kriminalpolizei.\" Großes Lob hatte der Innenstaatssekretär für das sehr gute Abschneiden der "
          "Absolventen. \"Dank des vielen Fleißes, großen Eifers und hohen Engagements gehört dieser Studienjahrgang zu den "
          "besten der letzten Jahre.\" +++")
KOM_P2 = ("Die 213 Beamtinnen und Beamte aus ganz Bayern haben ihr dreijähriges Fachhochschulstudium in Fürstenfeldbruck und "
          "Sulzbach-Rosenberg absolviert. Die Schwerpunkte des anspruchsvollen Studiums erstreckten sich vom polizeilichen "
          "Management wie beispielsweise Kriminalistik, Führungslehre oder polizeiliches Einsatzverhalten, bis hin zu "
          "Rechtswissenschaften wie Straf- und Ordnungswidrigkeitenrecht, polizeiliches Eingriffsrecht oder Verkehrsrecht. "
          "Großen Raum im Studium nahm die Verknüpfung theoretischer Inhalte mit der polizeilichen Praxis ein.")

add(id="ho500-stmi-2015-05-04-eck-213-kommissare",
    title=KOM_T,
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2015/145/index.php",
    retrieved="same address (StMI press release 145/2015 of 4 May 2015; the headline is the title; the date line "
              "'München, 04.05.2015' that the stored copy runs into the subtitle without a space ('München, "
              "04.05.2015213 neue Kommissarinnen …') dropped, the subtitle kept from '213' as a line of its own (rule 2261); "
              "the teaser markers '+++' kept (as in the 433rd set); the published 'Die 213 Beamtinnen und Beamte' kept (rule "
              "20); the third paragraph ('Wie Eck betonte, … \"Beispielswei'), cut off inside its second quotation, dropped "
              "with its two quotations (rule 15))",
    license=BAYSTMI,
    paras=[KOM_SUB, KOM_P1, KOM_P2],
    # `"…", machte Eck deutlich` and the cue-less quotation after it are his (NOTES.md continuation); the quotation after
    # `Großes Lob hatte der Innenstaatssekretär für …` is his praise in his words (rule 2734); the subtitle's label
    # `Innenstaatssekretär Gerhard Eck gratuliert …: Bestens ausgebildet …` has no marks and no span (rule 5)
    quotes=[("\"Unsere neuen Polizistinnen und Polizisten sind hervorragend ausgebildet\"", ECK),
            (cut(KOM_P1, "\"Damit haben", "Kriminalpolizei.\""), ECK),
            (cut(KOM_P1, "\"Dank des", "Jahre.\""), ECK)],
    aliases={ECK: ["Gerhard Eck", "Innenstaatssekretär Gerhard Eck", "Eck", "Innenstaatssekretär"]})

# --- StMI press release 426b/2014, 15 December 2014: Herrmann hands over the Sportplakette to the Bayerischer Skiverband ---

SP_T = "Herrmann überreicht Sportplakette und Ehrenmedaille"
SP_SUB = ("Bayerns Innen- und Sportminister Joachim Herrmann überreicht Sportplakette des Bundespräsidenten an den Bayerischen "
          "Skiverband und verleiht Ehrenmedaille für besondere Verdienste im Sport an 44 Persönlichkeiten der bayerischen "
          "Sport- und Schützenvereine")
SP_P1 = ("+++ Bayerns Innen- und Sportminister Joachim Herrmann hat heute in der Allerheiligen-Hofkirche in München die vom "
         "Bundespräsidenten Joachim Gauck verliehene Sportplakette an den Bayerischen Skiverband überreicht. \"Die Plakette "
         "ist ein Zeichen der Anerkennung für Verbände und Vereine, die 100 Jahre oder länger bestehen und sich große "
         "Verdienste um den Sport erworben haben\", betonte Herrmann bei der Festveranstaltung. \"Unsere Sportverbände und "
         "Vereine leisteten unbezahlbare Dienste für das Allgemeinwesen.\" Herrmann griff dabei vor allem die Jugendarbeit "
         "heraus: \"Vom Ehrgeiz zum Teamgeist, von der Leistungsbereitschaft zum Verantwortungsbewusstsein – unsere Sport- und "
         "Schützenvereine vermitteln gerade jungen Menschen wichtige Werte, die sie in ihrem späteren persönlichen und "
         "beruflichen Leben gut brauchen können.\" Für den Bayerischen Skiverband nahmen Präsident Manfred Baldauf und "
         "Vizepräsident Herbert John die Sportplakette und die Glückwünsche des Ministers entgegen. +++")

add(id="ho500-stmi-2014-12-15-herrmann-sportplakette-skiverband",
    title=SP_T,
    url="http://www.stmi.bayern.de/med/pressemitteilungen/pressearchiv/2014/426b/index.php",
    retrieved="same address (StMI press release 426b/2014 of 15 December 2014; the headline is the title; the date line "
              "'München, 15.12.2014' on a line of its own dropped (rule 2261); the subtitle kept as a line; the teaser "
              "markers '+++' kept; the second paragraph ('Außerdem verlieh Sportminister Herrmann die Ehrenmedaille … "
              "\"Gerade auch wenn sich junge Menschen'), cut off inside its third quotation, dropped with its quotations "
              "(rule 15); the ministry's 'Aktuelles' item on the same ceremony (med/aktuell/archiv/2014/141215sportplakette) "
              "not used, so that the set holds one text of the event)",
    license=BAYSTMI,
    paras=[SP_SUB, SP_P1],
    # `"…", betonte Herrmann` and the cue-less sentence after it, worded in the Konjunktiv-like past but in marks, are his
    # (rule 302, NOTES.md continuation); `Herrmann griff dabei vor allem die Jugendarbeit heraus: "…"` is a colon cue of the
    # sentence's subject (rule 9); Joachim Gauck, Manfred Baldauf and Herbert John say nothing
    quotes=[(cut(SP_P1, "\"Die Plakette", "erworben haben\""), HERRMANN),
            ("\"Unsere Sportverbände und Vereine leisteten unbezahlbare Dienste für das Allgemeinwesen.\"", HERRMANN),
            (cut(SP_P1, "\"Vom Ehrgeiz", "brauchen können.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Innen- und Sportminister Joachim Herrmann", "Herrmann"]})

# --- presseportal.de (ots), IM-MV, February 2020: Caffier confers the Brandschutz-Ehrenzeichen der Sonderstufe ---

BE_T = ("IM-MV: Innenminister Caffier ehrt verdiente Feuerwehrangehörige mit dem Brandschutz-Ehrenzeichen der "
        "Sonderstufe")
BE_DL = "Schwerin (ots)"
BE_P1 = ("Innenminister Lorenz Caffier hat am heutigen Montag acht Feuerwehrangehörige und eine Bürgerin mit dem "
         "Brandschutz-Ehrenzeichen der Sonderstufe ausgezeichnet. Es handelt sich dabei um die höchste staatliche "
         "Auszeichnung im Brandschutz des Landes Mecklenburg-Vorpommern.")
BE_P2 = ("\"Feuerwehrfrau oder Feuerwehrmann zu sein bedeutet, viel Zeit, Kraft und Enthusiasmus in ein mit hohen "
         "persönlichen Gefahren verbundenes Ehrenamt zu stecken. In ein Ehrenamt, dessen gefährlichste Momente einen zur "
         "unpassendsten Zeit erwarten können\", so Minister Caffier.")
BE_P3 = ("Er betonte in seiner Laudatio, dass gerade dieser persönliche Einsatz für die öffentliche Sicherheit in unserem "
         "Land unerlässlich sei und hob hervor: \"Unsere Feuerwehrmänner und -frauen gehören deswegen einfach besonders "
         "wertgeschätzt.\"")
BE_P4 = ("An die Auszuzeichnenden gerichtet, würdigte der Minister ihr langjähriges, weit überdurchschnittliches Engagement "
         "in verschiedenen Facetten für den Brandschutz im Land. Sei es nun als Einsatzleiter oder Wehrführer, im "
         "vorbeugenden Brandschutz bei der Planung neuer Gebäude, im Engagement für die Jugendfeuerwehren, in der Ausbildung, "
         "bei der automatisierten Waldbrandfrüherkennung oder für den Erhalt von lokalen Feuerwehren.")
BE_P5 = ("\"Sie alle sind Vorbilder\", sagte Caffier. \"Sie zeigen, dass Verantwortung, Hilfsbereitschaft und Bürgersinn in "
         "unserer Gesellschaft nach wie vor hohe Werte darstellen und aktiv gelebt werden.\"")
BE_L0 = "Die Auszeichnung erhalten:"
BE_L1 = "Hauptlöschmeister Holger Allrath Freiwillige Feuerwehr (FF) Selmsdorf Landkreis (LK) Nordwestmecklenburg"
BE_L2 = "Brandamtsrat Günter Giermann Berufsfeuerwehr (BF) Greifswald LK Vorpommern-Greifswald"

add(id="ho500-ots-im-mv-2020-02-caffier-brandschutz-ehrenzeichen",
    title=BE_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/4522646",
    retrieved="same address (release of the Ministerium für Inneres und Europa Mecklenburg-Vorpommern sent over ots and "
              "shown in its presseportal newsroom 108531, February 2020 by the crawl date and 'am heutigen Montag'; the crawl "
              "date prefix ' date 2020-02' and the newsroom label 'Ministerium für Inneres und Europa Mecklenburg-Vorpommern' "
              "dropped (rule 2731); headline with its ots prefix 'IM-MV:' as the first line, the dateline 'Schwerin (ots)' a "
              "line of its own as stored; the list heading and the first two names of honoured persons kept as lines (rule "
              "2261), the third list item, cut off in the stored copy ('Kreisbrandmeister Heinz Hinzmann FF Utecht LK "
              "Nordwestmeckle'), and the rest dropped (rule 15))",
    license=OTS_LAND_MINISTRY,
    paras=[BE_DL, BE_P1, BE_P2, BE_P3, BE_P4, BE_P5, BE_L0, BE_L1, BE_L2],
    # `"…", so Minister Caffier`; `Er betonte …, dass … und hob hervor: "…"` is the colon cue of the same subject, the pronoun
    # going back to Caffier (rules 8, 9); `"…", sagte Caffier.` and the cue-less quotation after it (NOTES.md continuation);
    # the honoured persons listed say nothing
    quotes=[(cut(BE_P2, "\"Feuerwehrfrau", "können\""), CAFFIER),
            (cut(BE_P3, "\"Unsere Feuerwehrmänner", "wertgeschätzt.\""), CAFFIER),
            ("\"Sie alle sind Vorbilder\"", CAFFIER),
            (cut(BE_P5, "\"Sie zeigen", "gelebt werden.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Innenminister Caffier", "Minister Caffier",
                       "Caffier", "Innenminister", "Minister"]})

# --- presseportal.de (ots), IM-MV, July 2023: Pegel on an attack on minors in a train from Rostock to Güstrow ---

PG_T = "IM-MV: Innenminister Pegel: \"Angriff auf Minderjährige feiger Akt\""
PG_DL = "Schwerin (ots)"
PG_P1 = ("Innenminister Christian Pegel zeigte sich entsetzt über den Vorwurf, dass am Samstag eine Gruppe von Fußballfans "
         "auf dem Rückweg nach einem Testspiel von Rostock nach Güstrow im Zug eine Gruppe von Jugendlichen mit "
         "Migrationshintergrund sowie deren sie begleitende Erzieherinnen zunächst rassistisch beleidigt und dann durch "
         "Schläge misshandelt haben soll.")
PG_P2 = ("\"Dass eine Gruppe Erwachsener Minderjährige angreift, ist bereits ein feiger Akt - dass im Raum steht, dass dies "
         "aus rassistischen Motiven geschehen ist, macht diesen Vorfall endgültig unerträglich\", so Pegel. Er setze auf eine "
         "schnelle und sehr klare Reaktion des Rechtsstaates.")

add(id="ho500-ots-im-mv-2023-07-pegel-angriff-minderjaehrige",
    title=PG_T,
    url="https://presseportal.de/blaulicht/pm/108531/5564946",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent "
              "over ots, newsroom 108531, about July 2023 by its release number and the newsroom's list of releases of 18 "
              "July 2023 under it; the header lines 'Alle Meldungen', 'Folgen', 'Keine Meldung von … mehr verpassen.' and the "
              "newsroom label dropped (rules 2610, 2731); headline and dateline 'Schwerin (ots)' as lines of their own as "
              "stored; the contact block 'Rückfragen bitte an: …', the footer 'Original-Content von: …, übermittelt durch "
              "news aktuell' and the list 'Weitere Meldungen: …' dropped (rule 2731); the published 'deren sie begleitende "
              "Erzieherinnen' kept (rule 20); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[PG_DL, PG_P1, PG_P2],
    # the headline label after the ots prefix, `IM-MV: Innenminister Pegel: "…"`, is his (rule 2732); `"…", so Pegel` is his
    # (rule 30); the fans, the minors and their carers are not named and say nothing
    quotes=[("\"Angriff auf Minderjährige feiger Akt\"", PEGEL),
            (cut(PG_P2, "\"Dass eine", "unerträglich\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister Pegel", "Pegel", "Innenminister"]})

# --- presseportal.de (ots), IM-MV, September 2019: Caffier answers an AfD release after the killing in Güstrow ---

AF_T = "IM-MV: Tötungsdelikt in Güstrow/ Innenminister braucht keine Belehrung der AfD"
AF_DL = "Schwerin (ots)"
AF_P1 = ("Zur heutigen Pressemitteilung der Landtagsfraktion der AfD erklärt Innenminister Lorenz Caffier: \"Die AfD agiert "
         "mal wieder nach dem üblichen Muster. Ich warne vor dem Versuch, aus dem schweren Verbrechen politisches Kapital "
         "schlagen zu wollen. Selbstverständlich werde ich den Innenausschuss informieren und wenn Herr Förster meint, der "
         "Innenminister müsse persönlich \"nach Kiew und in andere Hauptstädte reisen\", zeugt das nur von Unkenntnis in "
         "Fachfragen. Richtig ist, dass die Unterstützung des Bundes bei der Rückführung von Ausreisepflichtigen in der "
         "letzten Zeit deutlich besser geworden ist, aber die Beschaffung von Passersatzpapieren ein großes Problem bleibt, an "
         "dem der Bund mit den Herkunftsländern unbedingt weiter arbeiten muss.\"")

add(id="ho500-ots-im-mv-2019-09-caffier-afd-guestrow",
    title=AF_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/4384224",
    retrieved="same address (release of the Ministerium für Inneres und Europa Mecklenburg-Vorpommern sent over ots, "
              "newsroom 108531, September 2019 by the crawl date; the crawl date prefix ' date 2019-09' and the newsroom "
              "label dropped (rule 2731); headline with its ots prefix and the published 'Güstrow/ Innenminister' kept as "
              "the first line, the dateline 'Schwerin (ots)' a line of its own as stored; complete as stored, the stored "
              "copy ending after the statement)",
    license=OTS_LAND_MINISTRY,
    paras=[AF_DL, AF_P1],
    # one span from the colon cue's opening mark to the last mark: the inner pair around the AfD member's words, which
    # Caffier quotes inside his own sentence, is nested and has no span of its own (rule 2733; rules 143, 835); the AfD, its
    # Landtag group and Herr Förster say nothing in marks of their own
    quotes=[(cut(AF_P1, "\"Die AfD", "arbeiten muss.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Innenminister"]})

# --- Public (pubt.io), 9 July 2025: Federal Government release on Friedrich Merz in the Regierungsbefragung ---

RB_P1 = ("Im Rahmen der Regierungsbefragung im Deutschen Bundestag nahm Bundeskanzler Friedrich Merz Stellung zu mehreren "
         "zentralen Themen der Politik. Dabei wurden insbesondere die Migration, die Sicherheitspolitik und die "
         "Wirtschaftspolitik im Zusammenhang mit dem Klimaschutz als Herausforderungen für Deutschland und Europa "
         "hervorgehoben.")
RB_H1 = "Europäische Lösung für Migrationspolitik"
RB_P2 = ("Zum Eingang der Regierungsbefragung war das Thema Migration ein zentrales Anliegen. Bundeskanzler Merz gab zu "
         "Bedenken: \"Wir werden nicht auf Dauer in diesem Modus der Zurückweisungen arbeiten können\". Deutschland wolle und "
         "müsse eine gemeinsame europäische Lösung in der Migrationspolitik finden.")
RB_H2 = "Mehr tun für die Verteidigung"
RB_P3 = ("In der Sicherheitspolitik stehe derzeit viel auf dem Spiel. Merz hob noch einmal hervor: \"Wir müssen in Europa "
         "mehr tun für die eigene Verteidigung\". Dabei spiele auch Großbritannien eine wichtige Rolle, \"weil dieses Land für "
         "die Sicherheit Europas von zentraler strategischer Bedeutung ist\". Deshalb suche Merz den engen Schulterschluss, "
         "nicht nur innerhalb der Europäischen Union, sondern auch mit Großbritannien. Für Deutschland sei zudem ein "
         "Nationaler Sicherheitsrat geplant.")
RB_P4 = ("Es gelte außerdem, die in der und bei der Unterstützung der Ukraine \"an Bord\" zu halten. Die deutsche "
         "Ukraine-Hilfe werde nicht an finanziellen und personellen Engpässen scheitern. \"Wir werden alles tun, diesem Land "
         "weiterzuhelfen\", betonte Merz.")
RB_H3 = "Wirtschaft, Handel, Klima"
RB_P5 = ("Zu Fragen der Wirtschaftspolitik hob der Bundeskanzler die Bedeutung der Wettbewerbsfähigkeit der Industrie in "
         "Europa hervor. Ziel sei es, eine Abhängigkeit von Stahl aus dem Ausland zu vermeiden: \"Deutschland muss eine "
         "eigene Stahlindustrie haben\", so der Bundeskanzler.")

add(id="ho500-breg-public-2025-07-09-merz-regierungsbefragung",
    title=None,
    url="https://pubt.io/view/B24E15EFA07DFA280109D289B239ABB18235D0A2",
    retrieved="same address (release of 9 July 2025 as distributed by Public, whose date line '07/09/2025 | Press release | "
              "Distributed by Public on 07/09/2025 10:37' is dropped as distribution furniture (rule 280); the stored copy "
              "shows neither Public's sender line nor a headline, so the sender is inferred as the Federal Government and "
              "the text has no title line (rules 32, 2730); subheadings kept as lines; the published 'gab zu Bedenken' and "
              "'die in der und bei der Unterstützung der Ukraine' kept (rule 20); the last paragraph ('Zudem will die "
              "Bundesregierung … werde es nicht geben,'), cut off in the stored copy, dropped (rule 15))",
    license=BREG_PUBLIC_RELEASE,
    paras=[RB_P1, RB_H1, RB_P2, RB_H2, RB_P3, RB_P4, RB_H3, RB_P5],
    # the colon cues `Bundeskanzler Merz gab zu Bedenken:` and `Merz hob noch einmal hervor:` (rule 9); the clause quotation
    # and the idiom in marks in the Konjunktiv sentences that go on reporting him (`Dabei spiele …, "weil …"`, `Es gelte
    # außerdem, … "an Bord" zu halten`) are his (rules 3, 115, 857); `"…", betonte Merz` and `"…", so der Bundeskanzler`
    # (rule 30)
    quotes=[(cut(RB_P2, "\"Wir werden nicht", "können\""), MERZ),
            ("\"Wir müssen in Europa mehr tun für die eigene Verteidigung\"", MERZ),
            (cut(RB_P3, "\"weil dieses", "Bedeutung ist\""), MERZ),
            ("\"an Bord\"", MERZ),
            ("\"Wir werden alles tun, diesem Land weiterzuhelfen\"", MERZ),
            ("\"Deutschland muss eine eigene Stahlindustrie haben\"", MERZ)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler Merz", "Merz", "Bundeskanzler"]})

# --- hallo-holstein.de, 19 May 2019: Staatskanzlei release, Daniel Günther opens the Internationaler Museumstag in Lübeck ---

MT_T = ("Bundesratspräsident Daniel Günther eröffnet Internationalen Museumstag in Lübeck: „Im Museum ist meine Neugier "
        "immer willkommen“")
MT_P1 = ("LÜBECK, 19.05.19 – Bundesratspräsident Daniel Günther hat in Lübeck den bundesweiten Startschuss zum "
         "Internationalen Museumstag gegeben…")
MT_P2 = ("„Der Internationale Museumstag ist ein Festtag für die Kultur und die Museen. Weltweit nutzen zahlreiche Museen "
         "diesen Tag, um auf ihre Arbeit und ihre Attraktionen aufmerksam zu machen“, sagte Günther heute (19. Mai) im "
         "Museumsquartier St. Annen. Die bundesweite Aktion steht unter dem Motto „Museen – Zukunft lebendiger Tradition.“")
MT_P3 = ("„Museen zählen für mich zu den demokratischsten Orten der Wissensvermittlung. Ob ich mich erst im hohen Alter für "
         "Kunst interessiere – oder schon mit zwölf Jahren alles über Nolde und Grass wissen will: Im Museum ist meine "
         "Neugier immer willkommen“, sagte Günther. Museen ermöglichten auch den Menschen die Teilhabe an kultureller Bildung, "
         "die nicht mit Kunst und Kultur groß geworden seien oder ausländische Wurzeln hätten. Der Zugang zu diesem "
         "Kulturreichtum sei eine hervorragende Möglichkeit, Integration und kulturelle Bildung miteinander zu verbinden.")
MT_P4 = ("Neben den Museen in Lübeck beteiligen sich bundesweit gut 1.700 Museen mit verschiedenen Aktionen am "
         "Internationalen Museumstag. In Schleswig-Holstein sind 78 Museen mit dabei. Das Motto des Museumstages wechselt von "
         "Jahr zu Jahr. Seit 2003 steht die Veranstaltung unter der Schirmherrschaft des jeweiligen "
         "Bundesratspräsidenten.")

add(id="ho500-sh-stk-2019-05-19-guenther-museumstag-repost",
    title=MT_T,
    url="https://hallo-holstein.de/2019/05/19/bundesratspraesident-daniel-guenther-eroeffnet-internationalen-museumstag-"
        "in-luebeck-im-museum-ist-meine-neugier-immer-willkommen/",
    retrieved="same address (press release of the Staatskanzlei Schleswig-Holstein of 19 May 2019 as reposted by the news "
              "portal hallo-holstein.de; the portal's headline is the title; its lead line 'LÜBECK, 19.05.19 – … "
              "gegeben…', ending in the published ellipsis, kept as the first paragraph (rules 20, 2735); the release's "
              "sender lines 'Aussender: Peter Höver, Eugen Witte, Patrick Kraft, Staatskanzlei Schleswig-Holstein' / "
              "'Redaktion: Torben Gösch', which name the issuing office, dropped as a source line (rules 2290, 2735); "
              "complete as stored)",
    license=SH_PM_REPOST,
    paras=[MT_P1, MT_P2, MT_P3, MT_P4],
    # the headline `Bundesratspräsident Daniel Günther eröffnet …: „…“` gives him the words that the body quotes with `sagte
    # Günther` (rules 54, 107); the day's motto, with its full stop inside the closing mark, is null (rules 24, 161); the
    # Konjunktiv sentences after his second quotation are unmarked (rule 5); Nolde and Grass say nothing
    quotes=[("„Im Museum ist meine Neugier immer willkommen“", GUENTHER),
            (cut(MT_P2, "„Der Internationale", "machen“"), GUENTHER),
            ("„Museen – Zukunft lebendiger Tradition.“", None),
            (cut(MT_P3, "„Museen zählen", "willkommen“"), GUENTHER)],
    aliases={GUENTHER: ["Daniel Günther", "Bundesratspräsident Daniel Günther", "Günther", "Bundesratspräsident"]})
