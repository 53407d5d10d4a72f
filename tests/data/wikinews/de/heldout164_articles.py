# Hundred-and-sixty-fourth held-out German real-news set (tests/data/heldout164-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1260-1262). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and repost address against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-sixty-fourth held-out set" of SOURCES.md: releases and news items of the Austrian
# Parliament (Parlamentskorrespondenz, licence PK) on the exhibition #OeParl2023 on the Heldenplatz (OTS, 2022), on the
# Demokratiewerkstatt and its "Profi" awards (Österreich Journal repost of 2014, a topic page of the Parliament's site of
# 2017, OTS 2018), on the Bundesrat's symposium "Digitalisierung und Demokratie" (Österreich Journal repost of 2017) and on
# the Bundesrat's youth event on the future of Europe (OTS aviso, 2021). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = "Wolfgang Sobotka"
BURES = "Doris Bures"

# --- #OeParl2023: exhibition on the Heldenplatz before the reopening of the Parliament building (OTS, July 2022) ---

OEPARL_P4 = ("Wesentliches Ziel der Sanierung ist die Öffnung des Hauses, wie Nationalratspräsident Wolfgang Sobotka "
             "anlässlich der neuen Ausstellung betonte. \"Das Parlament ist nicht alleine das Haus der 183 Abgeordneten, "
             "es ist das Haus aller Bürgerinnen und Bürger. Denn wir alle sind Demokratie\", sagte er. \"Mit der "
             "Wiedereröffnung des historischen Parlamentsgebäudes laden wir Interessierte herzlich dazu ein, das Hohe Haus "
             "zu besuchen. Die neuen Stelen am Wiener Heldenplatz ermöglichen schon jetzt einen spannenden Einblick in das "
             "sanierte Gebäude und sollen die Vorfreude auf dessen Eröffnung 2023 steigern\", so Sobotka.")

add(id="ho164-pk-ots-2022-07-07-oeparl2023-ausstellung",
    title="#OeParl2023: Neue Ausstellung am Heldenplatz im Vorfeld der Wiedereröffnung des Parlaments",
    url="https://www.ots.at/presseaussendung/OTS_20220707_OTS0040/oeparl2023-neue-ausstellung-am-heldenplatz-im-vorfeld-der-wiedereroeffnung-des-parlaments",
    retrieved="same address (release of the Parlamentskorrespondenz of 7 July 2022 on the OTS service, dateline 'Wien (PK)'; "
              "the stored copy's date marker ' date 2022-07' dropped as furniture; headline first, subtitle and the "
              "subheading 'Vorfreude auf das sanierte Parlament' kept as lines of their own (rules 18, 19); the paragraph "
              "'Auch Zweite Nationalratspräsidentin Doris Bures hob die Bedeutung der Partizipation der Bürgerinnen und "
              "Bürger herv', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Einblicke in Geschichte, Architektur und Zukunft des Hohen Hauses",
           "Wien (PK) - Das Parlament ist nicht nur das Herz der Demokratie, es spiegelt auch die österreichische "
           "Geschichte wie kaum ein anderes Gebäude wider. Das nimmt die neue Ausstellung #OeParl2023 am Wiener "
           "Heldenplatz zum Anlass und beleuchtet die Meilensteine der Demokratiegeschichte Österreichs, spannt einen "
           "Bogen von der Monarchie bis zum EU-Beitritt und widmet sich darüber hinaus der Architekturgeschichte des "
           "Gebäudes. Neben diesem Rückblick erlaubt die Ausstellung des Parlaments auch einen Blick auf das Parlament "
           "der Zukunft und zeigt erste Einblicke in das Haus nach der Sanierung.",
           "2014 wurde die Sanierung des historischen Parlamentsgebäudes an der Wiener Ringstraße einstimmig beschlossen, "
           "nun neigt sich das umfassende Projekt dem Ende zu: Die Wiedereröffnung des sanierten und modernisierten "
           "Parlaments steht vor der Türe. Unter dem Titel #OeParl2023 baut Zukunft, berührt, verbindet wird der Weg bis "
           "zur Wiedereröffnung begleitet.",
           "Vorfreude auf das sanierte Parlament",
           OEPARL_P4],
    quotes=[(cut(OEPARL_P4, "\"Das Parlament ist", "sind Demokratie\""), SOBOTKA),
            (cut(OEPARL_P4, "\"Mit der", "2023 steigern\""), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka"]})

# --- Demokratiewerkstatt: Bures names the "Demokratie-Profis" of the Saturday workshops (PK, December 2014, repost) ---

PROFI14_P1 = ("Wien (pk) - Zu \"Demokratie-Profis\" ernannte Nationalratspräsidentin Doris Bures am 12.12. jene Kinder und "
              "Jugendliche, die in ihrer Freizeit während der letzten zwei Jahre mehrere Samstag-Workshops der "
              "Demokratiewerkstatt absolviert haben. \"Euer großes Interesse am Funktionieren der Demokratie hat eine "
              "besondere Auszeichnung verdient\", würdigte Bures bei der Titelverleihung im Parlament das Engagement der "
              "8- bis 15-jährigen Mädchen und Buben. Demokratie sei nichts Selbstverständliches, daher könne man nicht "
              "früh genug damit beginnen, darüber zu lernen. \"Die Politik muss demokratisches Verständnis am Leben "
              "erhalten\", unterstrich die Präsidentin, etwa bei der gerade für Kinder wichtigen Frage, wie sich mehr "
              "soziale Gerechtigkeit in einer Gesellschaft erreichen lässt.")

add(id="ho164-pk-2014-12-12-bures-demokratie-profis",
    title="Demokratiewerkstatt-TeilnehmerInnen der Samstag-Workshops zu Demokratieprofis gekürt",
    url="http://oe-journal.at/Aktuelles/!2014/1214/W2/11512pkBures.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of 12 December 2014, dateline 'Wien (pk)', as reposted "
              "by the Österreich Journal (rule 31); headline first; the repost's hard line breaks inside the paragraphs "
              "joined with a space, paragraphs taken where a line ends a sentence and the next begins a new topic; the "
              "trailing '|' of the repost dropped as furniture; complete in the stored copy)",
    license=PK,
    paras=[PROFI14_P1,
           "Sechsmal im Jahr bietet die Demokratiewerkstatt des Parlaments samstags für einzelne TeilnehmerInnen "
           "Arbeitskreise zu verschiedenen Themen an. Unter der Woche steht dieses Service Schulklassen zur Verfügung. "
           "Spielerisch vermittelt werden den Kindern dabei die Gesetzgebung und die Funktion von Gesetzen, die Rolle von "
           "Zivilgesellschaft und Medien in der Demokratie, Wissen über die Europäische Union sowie die Geschichte der "
           "Republik Österreich.",
           "Seit Gründung der Demokratiewerkstatt 2007 haben bereits über 70.000 Kinder und Jugendliche die Angebote der "
           "politischen Bildungseinrichtung des Parlaments genutzt.",
           "Für die Samstag-Workshops können sich Interessierte auf http://www.demokratiewebstatt.at online rund um die "
           "Uhr anmelden, die Teilnahme ist kostenlos. Wer mindestens vier verschiedene Workshops absolviert hat, wird von "
           "der Präsidentin des Nationalrats zum Demokratie-Profi gekürt. Vor der heutigen Feier zur Titelverleihung hieß "
           "das Maskottchen der Demokratiewerkstatt, Lesko, die jungen DemokratieexpertInnen im Hohen Haus willkommen."],
    quotes=[("\"Demokratie-Profis\"", None),
            (cut(PROFI14_P1, "\"Euer großes", "Auszeichnung verdient\""), BURES),
            (cut(PROFI14_P1, "\"Die Politik muss", "Leben erhalten\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "die Präsidentin"]})

# --- Demokratiewerkstatt-Profis 2017: topic page of the Parliament's website (rule 1260) ---

PROFI17_P1 = ("\"BotschafterInnen für Demokratie und Parlamentarismus\" zu sein und weiterzutragen, was sie im Rahmen der "
              "Workshops der Demokratiewerkstatt erfahren haben, dazu ermutigte Nationalratspräsidentin Doris Bures rund "
              "100 SchülerInnen aus fünf Schulklassen. Sie wurden bei einem Empfang im Parlament anlässlich ihrer "
              "Teilnahme an vier Workshops der Demokratiewerkstatt mit Urkunden und Medaillen zu "
              "Demokratiewerkstatt-Profis gekürt.")

add(id="ho164-parl-2017-04-bures-demokratiewerkstatt-profis",
    title="NR-Präsidentin Bures zeichnet SchülerInnen als Demokratiewerkstatt-Profis aus",
    url="https://www.parlament.gv.at/PAKT/AKT/SCHLTHEM/SCHLAG/075Demokratiewerkstattprofis.shtml",
    retrieved="same address (stored topic page ('Schlagthema') of the Parliament's website of April 2017, written by its "
              "press service in the Parlamentskorrespondenz's style and used under the same reproduction terms, as the "
              "topic pages of earlier sets; the page lines 'LETZTES UPDATE: 20.04.2017; 15:26' and 'Diese Seite als "
              "Lesezeichen hinzufügen' and the trailing link line 'Weitere Informationen:' dropped (rules 14, 19); the "
              "headline is the first line; complete in the stored copy)",
    license=PK,
    paras=[PROFI17_P1,
           "Für die Verleihung waren auch die Abgeordneten des Nationalrats Kai Jan Krainer (SPÖ), Christoph Vavrik (ÖVP) "
           "und Robert Lugar (Team Stronach), die Vizepräsidentin des Bundesrats Ingrid Winkler (SPÖ) und Bundesrat David "
           "Stögmüller (Grüne) vor Ort. Man habe in der Demokratiewerkstatt als tolle und wichtige Einrichtung viel über "
           "das Parlament, Demokratie und Medien gelernt, bestätigten einhellig die SprecherInnen der Klassen in ihren "
           "Reden.",
           "Seit ihrer Gründung im Oktober 2007 haben bereits über 93.000 Kinder und Jugendliche die Angebote der "
           "politischen Bildungseinrichtung des Parlaments genutzt und sich umfassend mit den Themen Parlament, "
           "Partizipation und Demokratie auseinandergesetzt."],
    quotes=[("\"BotschafterInnen für Demokratie und Parlamentarismus\"", BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures"]})

# --- Demokratiewerkstatt-Profi-Schulklassen 2018 (OTS, June 2018) ---

add(id="ho164-pk-ots-2018-06-21-sobotka-demokratiewerkstatt-profis",
    title="Demokratiewerkstatt-Profi-Schulklassen aus Wien und Niederösterreich ausgezeichnet",
    url="https://www.ots.at/presseaussendung/OTS_20180621_OTS0181/demokratiewerkstatt-profi-schulklassen-aus-wien-und-niederoesterreich-ausgezeichnet",
    retrieved="same address (release of the Parlamentskorrespondenz of 21 June 2018 on the OTS service, dateline 'Wien "
              "(PK)'; the stored copy's date marker ' date 2018-06' dropped as furniture; headline first, subtitle kept "
              "as a line of its own (rule 18); the last paragraph 'Die Demokratiewerkstatt vermittelt SchülerInnen "
              "spielerisch … sowie die Geschichte der Republi', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["NR-Präsident Sobotka: Profi-TeilnehmerInnen sind BotschafterInnen für Demokratie und Parlamentarismus",
           "Wien (PK) - Nationalratspräsident Wolfgang Sobotka gratulierte heute rund 300 SchülerInnen aus 14 "
           "Schulklassen zu deren Auszeichnung zu neuen \"Demokratiewerkstatt-Profis\" im Parlament. Gekürt wurden die "
           "jungen Politikinteressierten aus Wien und Niederösterreich, weil sie an vier verschiedenen "
           "Schulklassen-Workshops der Demokratiewerkstatt teilgenommen und sich dabei umfassend mit den Themen "
           "Parlament, Partizipation und Demokratie auseinandergesetzt haben. Dass im Rahmen der Workshops hautnah zu "
           "erleben ist, wie Politik gemacht wird, verdeutlichten dabei die SprecherInnen der Klassen in ihren Reden.",
           "Demokratie lebe von engagierten BürgerInnen, und dafür müsse man die Basis so früh wie möglich legen, sagte "
           "Sobotka. Das Parlament als Herz der Demokratie leiste seinen Beitrag dazu und unterstütze damit auch die "
           "politische Bildung an den Schulen. Die Demokratiewerkstatt feiert heuer ihr 11-jähriges Bestehen, bisher "
           "nahmen rund 103.800 SchülerInnen an den Workshops teil. Was man in der Demokratiewerkstatt über Demokratie "
           "und Politik erfahren habe, nehme man für das Leben mit und begleite einen, sagte Sobotka.",
           "Anwesend waren auch die Abgeordneten des Nationalrats Kai Jan Krainer (SPÖ), Nico Marchetti (ÖVP), Stephanie "
           "Cox (Liste Pilz), Douglas Hoyos-Trauttmansdorf (NEOS) und Christian Lausch (FPÖ) sowie Bundesrat David "
           "Stögmüller (Grüne), sie wirkten bei der Verleihung der Urkunden und Medaillen an die jungen Demokratie-Profis "
           "mit."],
    quotes=[("\"Demokratiewerkstatt-Profis\"", None)],
    aliases={})

# --- Bundesrat symposium "Digitalisierung und Demokratie" (PK, October 2017, repost) ---

add(id="ho164-pk-2017-10-04-bundesrat-symposium-digitalisierung",
    title="Mayer: Digitalisierung braucht demokratische Gestaltung– E-Voting umstritten, Partizipation soll forciert "
          "werden – Rund 80 TeilnehmerInnen aus Politik und Interessensvertretung, Verwaltung, Wirtschaft und "
          "Wissenschaft",
    url="http://oe-journal.at/Aktuelles/!2017/1017/W1/30510pkBrDigitalsierung.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of the Bundesrat's symposium of 4 October 2017, dateline "
              "'Wien (pk)', as reposted by the Österreich Journal (rule 31); headline and subtitle, which the repost runs "
              "together, kept as one first line with the published 'Gestaltung–' (rules 18, 20); the repost's hard line "
              "breaks inside the paragraphs joined with a space; 'des Digitalisierung' and 'Verfassungsausausschuss' kept "
              "as published (rule 20); the subheading 'Bundesratspräsident Mayer: Politik kann nicht abseits stehen, wenn "
              "freie Meinungsbildung gefährdet ist' kept as its own line; the paragraph below it ('Die Macht der im "
              "Internet stattfindenden Meinungsbildung sei heute enorm, … Beunruhigend daran sei,'), cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wien (pk) - Bereits seit drei Jahren befasst sich der österreichische Bundesrat intensiv mit den Auswirkungen, "
           "den Chancen und Gefahren des Digitalisierung für die Demokratie. In einem Symposium wurden am 4. Oktober die "
           "bisherigen Ergebnisse und künftige Herausforderungen der Digitalisierung für die Politik diskutiert.",
           "Grundlage dafür waren das vom Bundesrat herausgegebene Grünbuch \"Digitalisierung und Demokratie\" und die "
           "Beiträge von BürgerInnen, die auf der digitalen Plattform www.digidem.at eingebracht werden konnten. Dieser "
           "Diskussionsprozess werde noch weiter gehen, sagte der Bundesratspräsident Edgar Mayer, der zu dem Symposium "
           "eingeladen hatte. Im Anschluss an das Symposium sollen die Ergebnisse an den Zukunftsausschuss sowie an den "
           "Verfassungsausausschuss des Bundesrates weitergeleitet werden. Auf Basis dieser weiteren Beratungen werde der "
           "Bundesrat dann Anträge an den Nationalrat und die Bundesregierung formulieren, kündigte Mayer an.",
           "Wissenschaftsminister Harald Mahrer nannte in seiner Begrüßungsrede unter anderem das Thema Datensouveränität "
           "als wichtige Aufgabe für die Politik. Mit der Frage, wie sehr das Internet und die neuen Medien die "
           "Rahmenbedingungen der Verbreitung von Informationen wie auch von Desinformationen verändert hat, befasste "
           "sich das erste Panel von ExpertInnen, die auch am Grünbuch mitgewirkt hatten. Die Vortragenden beleuchteten "
           "dabei vor allem Chancen und Gefahren für freie Meinungsbildung und demokratische Prozesse.",
           "Bundesratspräsident Mayer: Politik kann nicht abseits stehen, wenn freie Meinungsbildung gefährdet ist"],
    quotes=[("\"Digitalisierung und Demokratie\"", None)],
    aliases={})

# --- Aviso: Bundesrat discusses the future of Europe with young people (OTS, May 2021) (rule 1261) ---

add(id="ho164-pk-ots-2021-05-19-aviso-zukunft-jugend-europa",
    title="AVISO: Bundesrat diskutiert mit Jugendlichen über die Zukunft Europas",
    url="https://www.ots.at/presseaussendung/OTS_20210519_OTS0191/aviso-bundesrat-diskutiert-mit-jugendlichen-ueber-die-zukunft-europas",
    retrieved="same address (aviso of the Parlamentskorrespondenz of 19 May 2021 on the OTS service, dateline 'Wien (PK)'; "
              "the stored copy's date marker ' date 2021-05' dropped as furniture; headline first, subtitle kept as a "
              "line of its own (rule 18); the end mark '(Schluss) keg' after the last sentence dropped (rule 48); complete "
              "in the stored copy)",
    license=PK,
    paras=["Virtuelle Diskussionsveranstaltung ZUKUNFT. JUGEND. EUROPA.",
           "Wien (PK) - Nach dem offiziellen Start der Konferenz zur Zukunft Europas lädt Bundesratspräsident Christian "
           "Buchmann zur virtuellen Diskussionsveranstaltung \"ZUKUNFT. JUGEND. EUROPA.\" am Dienstag, dem 25. Mai 2021, "
           "um 09.30 Uhr. Der virtuellen Diskussionsveranstaltung, die in der Mediathek des Parlaments und auf ORFIII "
           "mitverfolgt werden kann, geht ein digitaler Videobewerb voraus, in dem Jugendliche aufgerufen wurden, ihre "
           "Ideen, Wünsche und Sorgen zur Zukunft Europas in Videostatements zu teilen. AutorInnen der Beiträge aus "
           "verschiedenen Bundesländern werden bei der virtuellen Diskussionsveranstaltung mit dabei sein, um mit den "
           "BundesrätInnen über die Zukunft Europas zu diskutieren.",
           "Eröffnungsworte kommen von Bundesratspräsident Christian Buchmann, Videobotschaften von der Vizepräsidentin "
           "der Europäischen Kommission Dubravka Šuica und dem Vizepräsidenten des Europäischen Parlaments Othmar Karas. "
           "Nach der Keynote zu \"Österreichs Jugend in Europa\" von Europaministerin Karoline Edtstadler sprechen die "
           "Jugendlichen des Videobewerbs in Interviews über ihre Vorstellungen von ihrer Zukunft in Europa. Die "
           "VertreterInnen der Länderkammer Karl Bader (ÖVP), Korinna Schumann (SPÖ), Johannes Hübner (FPÖ), Andreas "
           "Lackner (Grüne) und Karl-Arthur Arlamovsky (NEOS) geben Statements ab.",
           "Ein Resümee sowie einen Ausblick geben Bundesratspräsident Buchmann und der Leiter der Vertretung der "
           "EU-Kommission in Österreich Martin Selmayr.",
           "Die Ergebnisse und Erkenntnisse der virtuellen Diskussionsveranstaltung werden als Beitrag des Bundesrats zum "
           "Zukunftsdialog der Europäischen Kommission übermittelt. Der Termin ist nicht medienöffentlich."],
    quotes=[("\"ZUKUNFT. JUGEND. EUROPA.\"", None),
            ("\"Österreichs Jugend in Europa\"", None)],
    aliases={})
