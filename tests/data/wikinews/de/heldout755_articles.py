# Seven-hundred-and-fifty-fifth held-out German real-news set (tests/data/heldout755-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4740-4744). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, two or more distinctive phrases and
# the persons' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of
# these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-fifth held-out set": texts of one Land ministry, the Bavarian State
# Ministry of the Interior, for Sport and Integration (StMI): six texts on its own domains (licence BAYSTMI: the 'Aktuelles' item
# on Herrmann at the award of the Bergwacht's honours, October 2015; the invitation to his Christmas Eve visit to the Erlangen
# police stations, December 2022; his visit to the DLRG Dechsendorf, May 2023; the notice of the Sportplaketten at the
# Landesturnfest in Schweinfurt, May 2019; the award of 17 Sportplaketten in the Munich Residenz, November 2019; the invitation
# to the award of the Ehrenmedaillen for the sport, September 2020) and two copies of its releases on third parties' sites that
# name the ministry as their source (licence BAYSTMI_REPOST: nachrichten-oberpfalz.de, 'Bericht: Bayerisches
# Innenministerium', Herrmann and Regierungspräsidentin Maria Els awarding the Integrationspreise of Oberbayern, 2021; the news
# page of the Freiwillige Feuerwehr München, Abteilung Oberföhring, 'Vollständige Pressemitteilung Bayerisches
# Staatsministerium …', Herrmann on the Internationaler Tag der Feuerwehrleute, May 2018). Stored copies are the `search`
# tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17); date lines, a picture caption with its credit, the
# word 'Bildergalerie', credit and link lines and a paragraph that the fire brigade added to the ministry's text are dropped
# (rules 14, 2261, 2290, 2321, 4742), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, BAYSTMI_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HERRMANN = "Joachim Herrmann"
ELS = "Maria Els"

# --- StMI 'Aktuelles' item, 19 October 2015: Herrmann at the award of the Bergwacht's honours in the Munich Residenz ---

BW_T = "Herrmann würdigt verdiente Bergwachtler"
BW_P1 = "Innenminister Joachim Herrmann hat besondere Verdienste um die Bergwacht Bayern gewürdigt."
BW_P2 = ("In Vertretung für den Bayerischen Ministerpräsidenten Horst Seehofer nahm Herrmann an der Verleihung der "
         "Leistungsauszeichnungen für besondere Verdienste um die Bergwacht Bayern sowie die Auszeichnung 'Bergwacht-Edelweiß' "
         "für verdiente Partner der Bergwacht Bayern in der Münchner Residenz teil. \"Mit unermüdlichem, selbstlosem und "
         "kompetentem Engagement leisten die 3.200 aktiven Einsatzkräfte der Bergwacht jährlich sage und schreibe mehr als "
         "12.000 Einsätze und Hilfeleistungen in den bayerischen Alpen und Mittelgebirgen. Ohne ein so außerordentliches Maß an "
         "Idealismus und Einsatzbereitschaft wäre eine solche Bilanz nicht zu erreichen\", betonte Herrmann bei seiner "
         "Ansprache. Die höchste Auszeichnung der Bergwacht, die Leistungsauszeichnung in Gold, erhielt unter anderen Rudolf "
         "Gantner aus Immenstadt für sein jahrzehntelanges Wirken in der Bergwacht. Der Freistaat Bayern unterstützt die "
         "Bergwacht bei der Beschaffung von Fahrzeugen, Rettungsmitteln und Funktechnik - im Doppelhaushalt 2015/2016 mit über "
         "zehn Millionen Euro.")

add(id="ho755-stmi-aktuell-2015-10-19-herrmann-bergwacht-residenz",
    title=BW_T,
    url="https://www.innenministerium.bayern.de/med/aktuell/archiv/2015/151019bergwacht/",
    retrieved="same address (news item of the StMI in its 'Aktuelles' archive, 19 October 2015 by its address; the copy shows "
              "no date line); the teaser kept as the first paragraph; the picture caption 'Innenminister Joachim Herrmann "
              "überreicht Rudolf Gantner die Leistungsauszeichnung für besondere Verdienste um die Bergwacht Bayern in Gold' and "
              "its credit '© Bayerisches Staatsministerium des Innern, für Bau und Verkehr' between teaser and body dropped "
              "(rules 14, 2321), as is the gallery link 'Bildergalerie' after the body; the stored copy ends there (rule 17); "
              "the published spaced hyphen in '2015/2016 - im Doppelhaushalt' kept (rule 20))",
    license=BAYSTMI,
    paras=[BW_P1, BW_P2],
    # the name of the honour in ASCII single marks, 'Bergwacht-Edelweiß', is null (rules 2, 24, 2176); the quotation before
    # `betonte Herrmann bei seiner Ansprache` is his (rule 30); Horst Seehofer, for whom he stood in, Rudolf Gantner and the
    # Bergwacht say nothing; `Innenminister` names only him (rule 44)
    quotes=[("'Bergwacht-Edelweiß'", None),
            (cut(BW_P2, "\"Mit unermüdlichem", "erreichen\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister Joachim Herrmann", "Innenminister"]})

# --- StMI regional press release M93/2022, 21 December 2022: invitation, Herrmann visits Erlangen police on Christmas Eve ---

WN_T = "Einladung - Herrmann besucht am Heiligen Abend Polizeidienststellen"
WN_SUB = ("Bayerns Innenminister Joachim Herrmann besucht am Heiligen Abend Polizeidienststellen in Erlangen: Dank für die "
          "engagierte und ausgezeichnete Arbeit der Bayerischen Polizei - Einladung an die Presse")
WN_P1 = ("Auch am Heiligen Abend und an den Weihnachtsfeiertagen sorgt die Bayerische Polizei rund um die Uhr für die "
         "Sicherheit der Bürgerinnen und Bürger. Stellvertretend für die gesamte Bayerische Polizei wird Bayerns Innenminister "
         "Joachim Herrmann am")
WN_L1 = "Samstag, den 24. Dezember 2022, um 09:30 Uhr"
WN_L2 = "die Polizeiinspektion, die Kriminalpolizeiinspektion und"
WN_L3 = "die Verkehrspolizeiinspektion in der Schornbaumstraße 11 in Erlangen"
WN_L4 = "besuchen und sich für die ausgezeichnete Arbeit bedanken."
WN_P2 = ("\"Auch 2022 war ein sehr herausforderndes Jahr für die Bayerische Polizei\", betonte der Innenminister im Vorfeld. "
         "\"Zwar kehren wir bei der Corona-Pandemie schrittweise zur Normalität zurück. Immer mehr gefordert ist die Bayerische "
         "Polizei aber beispielsweise bei der Bekämpfung der Cyberkriminalität und der Kinderpornografie. Dazu kamen in diesem "
         "Jahr zusätzliche Herausforderungen, beispielsweise im Frühjahr bei der Registrierung ukrainischer Kriegsflüchtlinge. "
         "Zudem gab es Großereignisse wie den G7-Gipfel Ende Juni in Elmau oder die European Championships im August in "
         "München. All dies hat die Bayerische Polizei mit Bravour gemeistert. Herzlichen Dank für die hoch engagierte und "
         "professionelle Arbeit im Dienste unserer Sicherheit!\"")
WN_P3 = "Medienvertreter sind herzlich eingeladen."

add(id="ho755-stmi-2022-12-21-herrmann-heiliger-abend-polizei-erlangen",
    title=WN_T,
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2022/M93/index.php",
    retrieved="same address with the trailing dot of the host as stored (regional press release M93/2022 of the StMI, an "
              "invitation to the press, 21 December 2022 by its date line; the date line 'München, 21.12.2022', run into the "
              "subtitle without a space in the stored copy ('München, 21.12.2022Bayerns Innenminister …'), dropped and the "
              "subtitle kept as a line from 'Bayerns' (rule 2261); the appointment lines (day and hour, the three police "
              "stations, the closing half-sentence) kept as lines of their own as stored (rules 18, 4744); the stored copy ends "
              "with the complete line 'Medienvertreter sind herzlich eingeladen.' (rule 17))",
    license=BAYSTMI,
    paras=[WN_SUB, WN_P1, WN_L1, WN_L2, WN_L3, WN_L4, WN_P2, WN_P3],
    # the quotation before `betonte der Innenminister im Vorfeld` is Herrmann's, the only Innenminister of the release, named
    # in title, subtitle and first paragraph (rules 30, 44); the cue-less quotation that follows it in the same paragraph
    # continues him (NOTES.md continuation); the Bayerische Polizei, whose work he praises, says nothing
    quotes=[("\"Auch 2022 war ein sehr herausforderndes Jahr für die Bayerische Polizei\"", HERRMANN),
            (cut(WN_P2, "\"Zwar kehren", "Sicherheit!\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister Joachim Herrmann", "Innenminister"]})

# --- StMI regional press release M49/2023, 12 May 2023: Herrmann at the new water-rescue centre of the DLRG Dechsendorf ---

DL_T = "Innenminister Herrmann bei der Einweihung des DLRG-Wasserrettungszentrums Dechsendorf"
DL_SUB = ("Große Feier beim DLRG-Ortsverband Dechsendorf - Bayerns Innen- und Katastrophenschutzminister Joachim Herrmann zur "
          "Einweihung des neuen Wasserrettungszentrums und zu den neuen Einsatzbooten: Wichtiger Stützpunkt für mehr "
          "Sicherheit auf dem Wasser - Dank für hervorragendes Engagement")
DL_P1 = ("+++ Der Ortsverband Dechsendorf der Deutschen Lebens-Rettungs-Gesellschaft (DLRG) hat allen Grund zu feiern: Heute "
         "wurde nicht nur die coronabedingt ausgefallene Feier zum 50-jährigen Jubiläum nachgeholt, sondern es wurden auch ein "
         "neues Wasserrettungszentrum eingeweiht sowie zwei neue Einsatzboote mit einer Bootstaufe in Dienst gestellt. Bayerns "
         "Innen- und Katastrophenschutzminister Joachim Herrmann ist begeistert: \"Das neue Wasserrettungszentrum ist "
         "hochmodern und vielseitig nutzbar. Damit hat die DLRG in Dechsendorf einen hochfunktionalen Stützpunkt für mehr "
         "Sicherheit auf dem Wasser.\" Überzeugt ist der Innenminister auch von der Leistungsfähigkeit der beiden neuen "
         "Einsatzboote, bei denen der Freistaat die Kosten in Höhe von insgesamt rund 64.000 Euro vollständig übernommen hat. "
         "\"Dank leistungsstarker Motoren und einer Top-Ausstattung können im Notfall schneller Leben gerettet werden.\" +++")
DL_P2 = ("Herrmann dankte der DLRG Dechsendorf für ihr hervorragendes ehrenamtliches Engagement: \"Die DLRG-Mitglieder leisten "
         "eine großartige Arbeit, sei es bei der konkreten Rettung im Notfall oder auch beim Schwimm- und "
         "Rettungsschwimmertraining.\" Zudem sei die DLRG Dechsendorf in der Jugendarbeit sehr aktiv und vor allem kreativ. "
         "\"Dank des attraktiven Jugendprogramms, das sich nicht nur aufs Wasser beschränkt, wird Kindern und Jugendlichen viel "
         "beigebracht. Das nenne ich erfolgreiche Nachwuchsarbeit!\"")

add(id="ho755-stmi-2023-05-12-herrmann-dlrg-dechsendorf",
    title=DL_T,
    url="https://www.innenministerium.bayern.de/med/pressemitteilungen/regional/2023/M49/index.php",
    retrieved="same address (regional press release M49/2023 of the StMI, 12 May 2023 by its date line; the date line "
              "'München, 12.05.2023', a line of its own in the stored copy, dropped, the subtitle kept as a line (rule 2261); "
              "the teaser markers '+++' kept (rule 2260); the stored excerpt ends after the closing mark of the second "
              "paragraph, and whatever followed it is not in the copy (rule 17))",
    license=BAYSTMI,
    paras=[DL_SUB, DL_P1, DL_P2],
    # the colon quotation after the view cue `Joachim Herrmann ist begeistert:` is his (rules 9, 44; like `Für den Minister ist
    # klar:`, 747th set); the cue-less quotation after `Überzeugt ist der Innenminister auch von …` continues him (rule 8;
    # NOTES.md continuation); the colon quotation after `Herrmann dankte der DLRG Dechsendorf …:` is his, the DLRG being the
    # addressee (rules 9, 12); the cue-less quotation after the Konjunktiv report `Zudem sei die DLRG … aktiv` continues him
    # (rules 5, 59, 2262); the DLRG, its Ortsverband and the Freistaat say nothing; `Innenminister` and `Innen- und
    # Katastrophenschutzminister` name only him (rule 44)
    quotes=[(cut(DL_P1, "\"Das neue", "Wasser.\""), HERRMANN),
            (cut(DL_P1, "\"Dank leistungsstarker", "werden.\""), HERRMANN),
            (cut(DL_P2, "\"Die DLRG-Mitglieder", "training.\""), HERRMANN),
            (cut(DL_P2, "\"Dank des", "Nachwuchsarbeit!\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister Herrmann", "Innenminister",
                        "Innen- und Katastrophenschutzminister Joachim Herrmann"]})

# --- StMI press release 186/2019, 28 May 2019: notice, Sportplaketten at the Landesturnfest in Schweinfurt ---

SW_T = "Herrmann händigt beim Landesturnfest in Schweinfurt Sportplaketten des Bundespräsidenten aus"
SW_SUB = ("Bayerns Innenminister Joachim Herrmann händigt beim Landesturnfest in Schweinfurt Sportplaketten des "
          "Bundespräsidenten aus: Fünf Sportvereine und ein Schützenverein ausgezeichnet - Terminhinweis")
SW_P1 = ("Beim 32. Landesturnfest in Schweinfurt findet in diesem Jahr die Verleihung der Sportplakette des Bundespräsidenten "
         "statt. Die Plakette ist eine staatliche Auszeichnung für Turn-, Sport- und Schützenvereine in Deutschland. "
         "Voraussetzung für die Verleihung der Sportplakette ist, dass sich der Verein schon seit mindestens 100 Jahren in "
         "besonderem Maße für die Pflege und Entwicklung des Sports eingesetzt hat. Im Auftrag des Bundespräsidenten händigt "
         "Bayerns Innen- und Sportminister Joachim Herrmann zusammen mit Jörg Ammon, Präsident des Bayerischen "
         "Landes-Sportverbands, und Wolfgang Kink, 1. Landesschützenmeister des Bayerischen Sportschützenbundes e. V., am")
SW_L1 = "Freitag, 31. Mai 2019,"
SW_L2 = "um 16:00 Uhr,"
SW_L3 = "in der Diele des Alten Rathauses,"
SW_L4 = "97421 Schweinfurt, Markt 1, Rathaus"
SW_P2 = ("Urkunden und Sportplaketten an den TSV Obernsees von 1909, den TSV 1893 Emskirchen, den ESV \"Bavaria\" Gemünden am "
         "Main, den TuSpo Sommerau 1919 und den SV Heidingsfeld 1919 aus. Darüber hinaus wird auch die Königlich "
         "privilegierte Schützengesellschaft 1519 Waldsassen geehrt. Im Anschluss trägt sich Staatsminister Joachim Herrmann "
         "in das Goldene Buch der Stadt Schweinfurt ein.")
SW_P3 = "Die Vertreter der Medien sind herzlich eingeladen."

add(id="ho755-stmi-2019-05-28-herrmann-sportplaketten-landesturnfest-schweinfurt",
    title=SW_T,
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2019/186/index.php",
    retrieved="same address (press release 186/2019 of the StMI under its host bayerisches-innenministerium.de, a notice of "
              "an appointment ('Terminhinweis'), 28 May 2019 by its date line; the date line 'München, 28.05.2019', a line of "
              "its own, dropped, the subtitle kept as a line (rule 2261); the appointment lines kept as lines of their own as "
              "stored, the line-final space after 'um 16:00 Uhr,' dropped as layout (rules 18, 20, 4744); the stored copy ends "
              "with the complete line 'Die Vertreter der Medien sind herzlich eingeladen.' (rule 17))",
    license=BAYSTMI,
    paras=[SW_SUB, SW_P1, SW_L1, SW_L2, SW_L3, SW_L4, SW_P2, SW_P3],
    # the only marks enclose the name `"Bavaria"` of the club ESV "Bavaria" Gemünden am Main: null (rules 2, 24, 4744); the
    # release has no quotation of anyone; Herrmann, Jörg Ammon and Wolfgang Kink are named as the presenters and say nothing
    quotes=[("\"Bavaria\"", None)],
    aliases={})

# --- StMI press release 378b/2019, 15 November 2019: Herrmann presents 17 Sportplaketten in the Munich Residenz ---

SP_T = "Herrmann händigt 17 Sportplaketten des Bundespräsidenten in der Münchner Residenz aus"
SP_SUB = ("Bayerns Innen- und Sportminister Joachim Herrmann händigt 17 Sportplaketten des Bundespräsidenten in der Münchner "
          "Residenz aus: Turn-, Sport- und Schützenvereine stärken das Miteinander - Heute wie vor 100 Jahren zentral für den "
          "Zusammenhalt in unserer Gesellschaft")
SP_P1 = ("+++ Bayerns Innen- und Sportminister Joachim Herrmann hat heute in der Münchner Residenz die Sportplakette des "
         "Bundespräsidenten an 16 bayerische Sportvereine und einen Schützenverein überreicht. Herrmann händigte die "
         "Sportplakette zusammen mit Jörg Ammon, dem Präsidenten des Bayerischen Landesportverbands, und Christian Kühn, dem "
         "1. Landesschützenmeister des Bayerischen Sportschützenbundes, aus: \"Die Plakette ist ein Zeichen der Anerkennung "
         "für Vereine, die 100 Jahre oder länger bestehen und sich große Verdienste um den Sport in Bayern erworben haben. Dass "
         "wir die Plakette heute erneut an 17 Vereine übergeben können, macht deutlich, dass die Turn-, Sport- und "
         "Schützenvereine bereits seit langer Zeit zentral für den Zusammenhalt in unserer Gesellschaft sind. Heute wie vor 100 "
         "Jahren sind sie Stätten der Begegnung, in denen das Miteinander gestärkt wird\", so Herrmann in seiner Festrede. "
         "Dabei sei die lange Tradition der Vereine, wie sie gerade in Bayern besteht, vor allem den unzähligen ehrenamtlichen "
         "Mitgliedern zu verdanken. \"Ohne dieses Engagement wäre das Vereinsleben gar nicht möglich. Wir können es daher gar "
         "nicht hoch genug wertschätzen\", so der Sportminister. +++")

add(id="ho755-stmi-2019-11-15-herrmann-17-sportplaketten-residenz",
    title=SP_T,
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2019/378b/index.php",
    retrieved="same address (press release 378b/2019 of the StMI under its host bayerisches-innenministerium.de, 15 November "
              "2019 by its date line; the date line 'München, 15.11.2019', a line of its own, dropped, the subtitle kept as a "
              "line (rule 2261); the teaser markers '+++' kept (rule 2260); the second paragraph ('Aufgrund seiner vielfältigen "
              "gesellschaftlichen Vorzüge fördere der Freistaat … Herrmann: \"So erhöhen wir die Mittel für den Sport nochmals "
              "kräftig … Dabei unterstützen wir mit unserem neuen Förderprogramm f'), cut off in mid-word inside a quotation in "
              "the stored copy, dropped with its quotation (rules 15, 52); the published 'Landesportverbands' kept (rule 20))",
    license=BAYSTMI,
    paras=[SP_SUB, SP_P1],
    # the colon quotation after `Herrmann händigte die Sportplakette zusammen mit Jörg Ammon, … und Christian Kühn, …, aus:`,
    # closed by `so Herrmann in seiner Festrede`, is Herrmann's alone: the co-presenters share the act, not the words (rule
    # 4743; contrast rule 27); the quotation before `so der Sportminister`, after his Konjunktiv report `Dabei sei …`, is his
    # (rules 30, 44, 59); Jörg Ammon, Christian Kühn and the clubs say nothing; `Sportminister` names only him (rule 44)
    quotes=[(cut(SP_P1, "\"Die Plakette", "gestärkt wird\""), HERRMANN),
            (cut(SP_P1, "\"Ohne dieses", "wertschätzen\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innen- und Sportminister Joachim Herrmann", "Sportminister"]})

# --- StMI press release 257/2020, 8 September 2020: invitation, Herrmann awards the Ehrenmedaillen for the sport ---

EM_T = "Einladung - Herrmann verleiht Ehrenmedaillen für besondere Verdienste um den Sport in Bayern"
EM_SUB = ("Bayerns Innen- und Sportminister Joachim Herrmann verleiht Ehrenmedaillen für besondere Verdienste um den Sport in "
          "Bayern an 25 verdiente Persönlichkeiten aus Sport und Schützenvereinen - Einladung an die Presse")
EM_P1 = ("Ohne den Einsatz ehrenamtlicher Helfer und Betreuer wäre das Sporttreiben im Verein nicht denkbar. Erst das "
         "Engagement von Trainern, Schiedsrichtern, Platzwarten und vielen anderen tragenden Säulen der Vereine ermöglicht "
         "Bürgerinnen und Bürgern jeden Alters den Zugang zum organisierten Sport.")
EM_P2 = ("Als Anerkennung für besondere Leistungen, ohne die der Sport in Bayern nicht denkbar wäre, verleiht Bayerns Innen- "
         "und Sportminister Joachim Herrmann am")
EM_L1 = "Samstag, den 12. September um 14:00 Uhr"
EM_L2 = "in der Olympia-Reithalle der Reitakademie München-Riem,"
EM_L3 = "Schichtlstraße 50, Anfahrt über Landshamer Straße 11,"
EM_L4 = "81929 München,"
EM_P3 = ("zusammen mit den Präsidenten der Sportdachverbände die 'Ehrenmedaille für besondere Verdienste um den Sport in "
         "Bayern'. Im Rahmen eines feierlichen Festakts werden dabei 25 verdienstvolle ehrenamtliche Persönlichkeiten der "
         "bayerischen Sport- und Schützenvereine und des Behinderten- und Rehabilitations-Sportverbands Bayern ausgezeichnet.")
EM_P4 = ("An der Ehrung wirken der Präsident des Bayerischen Landes-Sportverbandes (BLSV), Jörg Ammon, der 1. "
         "Landesschützenmeister des Bayerischen Sportschützenbundes (BSSB), Christian Kühn, und die Präsidentin des "
         "Behinderten- und Rehabilitations-Sportverbands Bayern (BVS), Diana Stachowitz, mit. Durch die Veranstaltung führt "
         "BR-Moderator Tilmann Schöberl.")

add(id="ho755-stmi-2020-09-08-herrmann-ehrenmedaillen-sport-einladung",
    title=EM_T,
    url="https://innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2020/257/index.php",
    retrieved="same address (press release 257/2020 of the StMI, an invitation to the press, 8 September 2020 by its date "
              "line; the date line 'München, 08.09.2020', run into the subtitle without a space in the stored copy ('München, "
              "08.09.2020Bayerns Innen- und Sportminister …'), dropped and the subtitle kept as a line from 'Bayerns' (rule "
              "2261); the appointment lines kept as lines of their own as stored (rules 18, 4744); the last paragraph "
              "('Medienvertreter sind dazu herzlich eingeladen. Da die Ehrung in einer Reithalle stattfindet, … Außerdem "
              "bitten wir um vorherige Akkreditieru'), cut off in mid-word in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[EM_SUB, EM_P1, EM_P2, EM_L1, EM_L2, EM_L3, EM_L4, EM_P3, EM_P4],
    # the name of the honour in ASCII single marks, 'Ehrenmedaille für besondere Verdienste um den Sport in Bayern', is null
    # (rules 24, 2176, 4744); the release quotes nobody; Herrmann, the three presidents and the moderator say nothing
    quotes=[("'Ehrenmedaille für besondere Verdienste um den Sport in Bayern'", None)],
    aliases={})

# --- nachrichten-oberpfalz.de copy of an StMI release, 2021: Herrmann and Maria Els award the Integrationspreise ---

IP_P1 = ("BAYERN. Innen- und Integrationsminister Joachim Herrmann hat gestern gemeinsam mit Regierungspräsidentin Maria Els "
         "die Integrationspreise der Regierung von Oberbayern für 2020 und 2021 verliehen. Da die Ehrung der Preisträger aus "
         "dem letzten Jahr coronabedingt ausfallen musste, wurde diese heuer nachgeholt. Den insgesamt dreizehn Preisträgern "
         "sprach Herrmann Dank und Anerkennung aus: „Mit Ihren Initiativen und beeindruckenden Engagement tragen Sie dazu bei, "
         "dass Menschen, die neu zu uns kommen, sich in unserer Gesellschaft einbringen und willkommen fühlen. Sie sind "
         "Vorbilder für uns alle!“ Der Minister hob hierbei auch den unermüdlichen Einsatz unter erschwerten Bedingungen zu "
         "Corona-Zeiten hervor. „Unsere Ehrenamtlichen haben alles getan, um das Unterstützungssystem am Laufen zu halten.“ "
         "Regierungspräsidentin Els schloss sich den lobenden Worten an und ergänzte: „Wir zeichnen Ihr Engagement zugleich "
         "stellvertretend für die vielen weiteren Integrationsprojekte in Oberbayern aus, die eindrucksvoll zeigen, wie "
         "Integration vor Ort gelingen kann.“")
IP_P2 = ("Die Regierung von Oberbayern vergibt den Preis an Initiativen und Projekte, die helfen, die Integration von "
         "Migrantinnen und Migranten zu fördern. Ausgezeichnet wurden insgesamt dreizehn Initiativen aus dem Regierungsbezirk "
         "Oberbayern in den Kategorien Arbeit, Wirtschaft, Soziales, Umwelt, Bildung, Kultur und Sport. Zwei Projekte erhalten "
         "einen Sonderpreis. Die ausgezeichneten Initiativen stehen – stellvertretend für alle Bewerbungen – für vorbildliches "
         "gesellschaftliches Engagement. „Für diese unbezahlbar wertvolle Leistung danke ich Ihnen sehr.“")

add(id="ho755-nachrichten-oberpfalz-stmi-2021-herrmann-els-integrationspreis-oberbayern",
    title=None,
    url="https://nachrichten-oberpfalz.de/?p=42947",
    retrieved="same address (a release of the StMI as reposted by the regional news portal nachrichten-oberpfalz.de, which "
              "closes the copy with the credit line 'Bericht: Bayerisches Innenministerium', dropped as a source line (rules "
              "2290, 14); the copy shows no headline and no date: the first line is the first paragraph with the portal's "
              "place word 'BAYERN.' (rules 18, 4741), and the year 2021 is inferred from the awards 'für 2020 und 2021', of which the "
              "2020 ceremony was made up 'heuer'; the published 'Mit Ihren Initiativen und beeindruckenden Engagement' kept "
              "(rule 20); the stored copy ends after the credit line (rule 17))",
    license=BAYSTMI_REPOST,
    paras=[IP_P1, IP_P2],
    # the colon quotation after `Den insgesamt dreizehn Preisträgern sprach Herrmann Dank und Anerkennung aus:` is his (rules 9,
    # 12); the cue-less quotation after `Der Minister hob hierbei auch … hervor.` continues him (rules 8, 44; NOTES.md
    # continuation); the colon quotation after `Regierungspräsidentin Els schloss sich den lobenden Worten an und ergänzte:` is
    # Maria Els's (rule 9); the cue-less quotation that closes the copy after a paragraph of the ministry's own narration,
    # `„Für diese unbezahlbar wertvolle Leistung danke ich Ihnen sehr.“`, is Herrmann's, not Els's, whose words were the last
    # quoted: rule 4740; the Regierung von Oberbayern (the awarding body, named as subject of the narration) and the
    # Preisträger say nothing; `Minister` names only Herrmann, `Regierungspräsidentin` only Els (rule 44)
    quotes=[(cut(IP_P1, "„Mit Ihren", "für uns alle!“"), HERRMANN),
            (cut(IP_P1, "„Unsere Ehrenamtlichen", "zu halten.“"), HERRMANN),
            (cut(IP_P1, "„Wir zeichnen", "gelingen kann.“"), ELS),
            ("„Für diese unbezahlbar wertvolle Leistung danke ich Ihnen sehr.“", HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innen- und Integrationsminister Joachim Herrmann", "Minister"],
             ELS: ["Maria Els", "Els", "Regierungspräsidentin Maria Els", "Regierungspräsidentin Els",
                   "Regierungspräsidentin"]})

# --- feuerwehr-oberfoehring.de excerpt of an StMI release, 3 May 2018: Herrmann on the Internationaler Tag der Feuerwehrleute ---

TF_T = "Internationaler Tag der Feuerwehrleute"
TF_P1 = ("Der „Internationale Tag der Feuerwehrleute“ am 4. Mai ist für Bayerns Innenminister Joachim Herrmann ein "
         "willkommener Anlass, das herausragende und tapfere Engagement der Feuerwehren in Bayern zu loben.")
TF_P2 = ("„Wir sind stolz auf unsere rund 325.000 bayerischen Feuerwehrfrauen und Feuerwehrmänner“, erklärte der Minister. "
         "„Wir haben in Bayern ein ganz starkes Netzwerk von Feuerwehren, freiwilligen Hilfsorganisationen, THW, Bundeswehr und "
         "Polizei für schnelle Hilfe in Notfällen. Das hat schon vielen Bürgerinnen und Bürger das Leben gerettet.“")
TF_P3 = ("Besonders hob Herrmann den Einsatz der mehr als 310.000 ehrenamtlichen Feuerwehrdienstleistenden hervor: „Ein so "
         "starker freiwilliger Einsatz für die Gemeinschaft ist nicht selbstverständlich und bundesweit einmalig. Herzlichen "
         "Dank im Namen der gesamten Bayerischen Staatsregierung. Kommen Sie stets wohlbehalten von Ihren Einsätzen zurück!“.")

add(id="ho755-feuerwehr-oberfoehring-stmi-2018-05-herrmann-tag-der-feuerwehrleute",
    title=TF_T,
    url="https://www.feuerwehr-oberfoehring.de/aktuelles/neuigkeiten/details/"
        "internationaler-tag-der-feuerwehrleute-201805031713/",
    retrieved="same address (news page of the Freiwillige Feuerwehr München, Abteilung Oberföhring, 3 May 2018 by the time "
              "stamp in its address, reproducing an excerpt of a release of the StMI, whose name the page's closing link line "
              "'Vollständige Pressemitteilung Bayerisches Staatsministerium des Innern und für Integration' gives; the link "
              "line dropped as a source line (rules 2290, 14); the fourth paragraph, the brigade's own addition about the "
              "Freiwillige Feuerwehr in München ('In München stellt die Freiwillige Feuerwehr neben der Berufsfeuerwehr eine "
              "unverzichtbare Säule … Hilfe zu leisten.'), is not the ministry's text and is dropped (rule 4742); the published "
              "'vielen Bürgerinnen und Bürger' and the full stop after the closing mark ('zurück!“.') kept (rule 20))",
    license=BAYSTMI_REPOST,
    paras=[TF_P1, TF_P2, TF_P3],
    # the name of the day of action in marks, „Internationale Tag der Feuerwehrleute“, is null (rules 2, 24); the quotation
    # before `erklärte der Minister` is Herrmann's, named as Innenminister in the sentence before (rules 30, 44); the cue-less
    # quotation after it continues him (NOTES.md continuation); the colon quotation after `Besonders hob Herrmann den Einsatz
    # … hervor:` is his, the span ending at the closing mark before the published full stop (rules 9, 20); the Feuerwehren,
    # the THW, the Bundeswehr, the Polizei and the Staatsregierung say nothing
    quotes=[("„Internationale Tag der Feuerwehrleute“", None),
            ("„Wir sind stolz auf unsere rund 325.000 bayerischen Feuerwehrfrauen und Feuerwehrmänner“", HERRMANN),
            (cut(TF_P2, "„Wir haben", "Leben gerettet.“"), HERRMANN),
            (cut(TF_P3, "„Ein so", "zurück!“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister Joachim Herrmann", "Minister"]})
