# Five-hundred-and-seventy-fourth held-out German real-news set (tests/data/heldout574-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3380-3382). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, two or
# more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-seventy-fourth held-out set": fourteen releases sent over ots by news
# aktuell and shown in the senders' newsrooms on presseportal.de (blaulicht) - four of the Polizeidirektion Hannover (Andreas
# Obst before the carnival parade, February 2017; Volker Kluwe's statement on the Jewish community, August 2020; Kluwe welcoming
# about 300 new staff, October 2022; Vanessa Lehmann after the Maschseefest, August 2023), three of the Kreispolizeibehörde Unna
# (Herbert Reul's words on the new patrol car, September 2019; Michael Makiolla after Easter 2020; Mario Löhr after Mother's
# Day 2021), two of the Polizei Warendorf (Olaf Gericke after Falk Schnabel's first visit, about February 2021; Gericke and
# Andrea Mersch-Schneider after Thomas Kubera's first visit, February 2022), two of the Polizei Düsseldorf (Norbert Wesseler's
# invitations to the new video cameras in the Altstadt, December 2016 and September 2021), one of the Polizeipräsidium Trier
# (Christian Hamm before a Saturday of Advent and football, December 2022), one of the Bundespolizeiinspektion Stuttgart
# (Reinhard Pürkenauer after VfB Stuttgart - Hertha BSC, January 2018) and one of the Bundespolizeiinspektion Rostock (an escort
# for a family of ducks in Schwerin, May 2019). Licences: OTS_POLIZEI_SENDER for the police of Lower Saxony and North
# Rhine-Westphalia and the Bundespolizei, OTS_POLIZEI_RLP for the Polizeipräsidium Trier (both already in licences.py; caveats in
# SOURCES.md). No fire-brigade or THW release with a complete quotation could be reached (see SOURCES.md). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# presseportal furniture (date prefixes, newsroom labels and widgets, image lines, contact blocks, footers) is dropped (rules
# 2520, 2610, 2790, 3000, 3110, 3220, 3380), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_RLP, OTS_POLIZEI_SENDER  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


OBST = "Andreas Obst"
KLUWE = "Volker Kluwe"
LEHMANN = "Vanessa Lehmann"
REUL = "Reul"
MAKIOLLA = "Michael Makiolla"
LOEHR = "Mario Löhr"
GERICKE = "Olaf Gericke"
HAMM = "Christian Hamm"
WESSELER = "Norbert Wesseler"
PUERKENAUER = "Reinhard Pürkenauer"

# --- presseportal.de (ots), February 2017: Polizeidirektion Hannover, more police at the carnival parade ---

HK_T = "POL-H: Erhöhte Polizeipräsenz beim Karnevalsumzug in Hannover"
HK_P1 = ("Einsatzkräfte der Polizei werden während des Fastnachtumzugs in der Innenstadt von Hannover am Samstag, 25.02.2017, "
         "präsent sein und für Sicherheit sorgen. Sie werden ansprechbar für Fragen sein und - falls erforderlich - konsequent "
         "durchgreifen.")
HK_P2 = ("Am kommenden Samstag, 25.02.2017, ab 13:11 Uhr, ist es wieder soweit - zahlreiche Narren und Jecken werden beim "
         "diesjährigen Karnevalsumzug in der City dabei sein und feiern. Der Umzug startet an der Culemannstraße und nimmt dann "
         "die Route: Karmarschstraße - Am Markte - Hanns-Lilje-Platz - Seilwinderstraße - Osterstraße - Platz der "
         "Weltausstellung - Karmarschstraße - Kröpcke - Georgstraße - Schmiedestraße, bevor er dann am Brauhaus Ernst-August "
         "endet. Die Einsatzkräfte der Polizei werden bei dieser Veranstaltung - mit Blick auf die zurückliegenden Ereignisse - "
         "mit erhöhter Präsenz für Sicherheit in der Innenstadt Hannovers sorgen, Ansprechbarkeit signalisieren und zum Teil "
         "mit Maschinenpistolen ausgestattet sein. \"Zunächst reine Vorsichtsmaßnahmen, denn konkrete Hinweise auf "
         "Gefährdungen liegen uns aktuell nicht vor\", betont Polizeioberrat Andreas Obst, der den Sondereinsatz leiten wird "
         "und von einem friedlichen Verlauf ausgeht. /st, schie")

add(id="ho574-ots-2017-02-pol-h-karnevalsumzug-obst",
    title=HK_T,
    url="https://presseportal.de/blaulicht/pm/66841/3568620",
    retrieved="same address (release of the Polizeidirektion Hannover sent over news aktuell, February 2017, shortly before "
              "the parade of Saturday 25.02.2017; the store holds the address twice, once with the newsroom widgets 'Alle "
              "Meldungen' / 'Folgen' / 'Keine Meldung von Polizeidirektion Hannover mehr verpassen.' and the label "
              "'Polizeidirektion Hannover', once without them, both with the same text; the widgets and label, the contact "
              "block 'Rückfragen bitte an: Polizeidirektion Hannover Martina Stern Telefon: … http://www.pd-h.polizei-nds.de/"
              "startseite/', the footer 'Original-Content von: Polizeidirektion Hannover, übermittelt durch news aktuell' and "
              "the list 'Weitere Meldungen: …' under it dropped (rules 2610, 3380); the headline with its service code 'POL-H:' "
              "is the first line and the dateline 'Hannover (ots)' a line of its own; the press office's signs '/st, schie' run "
              "onto the last sentence kept in it (rules 2520, 2610); the published 'ist es wieder soweit' kept (rule 20); "
              "complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Hannover (ots)", HK_P1, HK_P2],
    # the quotation before `betont Polizeioberrat Andreas Obst, der den Sondereinsatz leiten wird` is his (rules 30, 44); its
    # `uns` speaks for the police without making the authority the speaker (rule 2614); the narrator's route list and the
    # signs after the last sentence carry no marks
    quotes=[(cut(HK_P2, "\"Zunächst", "nicht vor\""), OBST)],
    aliases={OBST: ["Andreas Obst", "Polizeioberrat Andreas Obst"]})

# --- presseportal.de (ots), August 2020: Polizeidirektion Hannover, Volker Kluwe's statement on the Jewish community ---

HS_T = ("POL-H: Stellungnahme des Präsidenten der Polizeidirektion Hannover, Volker Kluwe, zu Äußerungen der jüdischen "
        "Gemeinschaft")
HS_P1 = ("Stellungnahme des Präsidenten der Polizeidirektion Hannover, Herr Volker Kluwe, zu Äußerungen der jüdischen "
         "Gemeinschaft nach dem Auftritt eines Polizeibeamten der PD Hannover bei einer Versammlung in Dortmund am 08.08.2020:")
HS_P2 = ("\"Nach dem rechtsterroristischen Anschlag von Halle im Oktober 2019 sind alle jüdischen Einrichtungen im "
         "Zuständigkeitsbereich der Polizeidirektion Hannover auf ihre technische Sicherheit und Verhaltensprävention überprüft "
         "worden. Darin war auch der jetzt bei einer Versammlung in Dortmund in Erscheinung getretene Polizeibeamte aufgrund "
         "seiner umfassenden fachlichen Expertise involviert. Die Polizeidirektion Hannover nimmt den jüngsten Sachverhalt in "
         "Dortmund zum Anlass, die auf den Überprüfungen fußenden Sicherheitskonzepte von einer unabhängigen Stelle prüfen zu "
         "lassen. Darüber hinaus führt die Polizeidirektion mit allen jüdischen Gemeinden im Zuständigkeitsbereich persönliche "
         "Gespräche, um einem möglichen Unsicherheitsgefühl aktiv entgegenzuwirken. Erste Austausche dazu haben bereits "
         "stattgefunden und werden fortgesetzt.\"")

add(id="ho574-ots-2020-08-pol-h-stellungnahme-kluwe",
    title=HS_T,
    url="https://www.presseportal.de/blaulicht/pm/66841/4677841",
    retrieved="same address (release of the Polizeidirektion Hannover sent over news aktuell, August 2020; the date prefix ' "
              "date 2020-08' and the newsroom label 'Polizeidirektion Hannover' dropped (rules 2610, 3380); the headline with "
              "its service code 'POL-H:' is the first line and the dateline 'Hannover (ots)' a line of its own; the stored "
              "copy ends after the statement; the English-interface copy of the same address "
              "(presseportal.de/en/blaulicht/pm/66841/4677841) shows the same text followed by the contact block 'Rückfragen "
              "bitte an: Polizeidirektion Hannover Michael Bertram …' and the footer 'Original content of: Polizeidirektion "
              "Hannover, transmitted by news aktuell', which name the sender; complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Hannover (ots)", HS_P1, HS_P2],
    # the paragraph wholly in marks after the verbless heading line `Stellungnahme des Präsidenten der Polizeidirektion
    # Hannover, Herr Volker Kluwe, zu …:` is Kluwe's (rules 9, 54, 3381): the heading names the statement and its author, and
    # the authority's name in his third-person sentences (`Die Polizeidirektion Hannover nimmt …`) does not make the body the
    # speaker (rules 2614, 3381); `Herr Volker Kluwe` is an alias, the role phrase with the authority's name is not (rule 33)
    quotes=[(HS_P2, KLUWE)],
    aliases={KLUWE: ["Volker Kluwe", "Herr Volker Kluwe"]})

# --- presseportal.de (ots), October 2022: Polizeidirektion Hannover welcomes about 300 new staff ---

HN_T = "POL-H: Polizeidirektion Hannover begrüßt rund 300 neue Mitarbeitende"
HN_P1 = ("Polizeipräsident Volker Kluwe und Bürgermeister Thomas Klapproth haben am Dienstag, 18.10.2022, die Neuzugänge in "
         "der Polizeidirektion (PD) Hannover begrüßt. Bei der feierlichen Veranstaltung in der Liegenschaft der Zentralen "
         "Polizeidirektion Niedersachsen wurden die neuen Mitarbeitenden auf ihren Dienst in der Polizeidirektion Hannover "
         "eingestimmt.")
HN_P2 = ("Für Polizeipräsident Volker Kluwe ist die alljährliche Begrüßungsveranstaltung stets fester Bestandteil im "
         "Terminkalender als Ausdruck der Wertschätzung gegenüber den neuen Kolleginnen und Kollegen, von denen in diesem Jahr "
         "rund 300 willkommen geheißen wurden. \"Wir sind sehr dankbar, dass Sie fortan an unterschiedlicher Stelle "
         "unverzichtbare Aufgaben übernehmen\", sagte Volker Kluwe in seiner Rede an die neuen Mitarbeitenden. \"Es braucht "
         "Menschen wie Sie, die sich engagiert einbringen, damit sich die Bürgerinnen und Bürger der Region Hannover, unserem "
         "bevölkerungsreichen und großen Zuständigkeitsbereich, auch künftig sicher fühlen und sicher leben können\", erklärte "
         "der Polizeipräsident.")
HN_P3 = ("Im Verlauf der Veranstaltung gab ein Polizeibeamter des Polizeikommissariats Mitte, der selbst vor einem Jahr als "
         "neuer Mitarbeitender begrüßt worden war, im Gespräch mit dem Polizeipräsidenten einen motivierenden Einblick in die "
         "ersten 365 Tage seiner Arbeit. Zudem richteten der Vertreter des Personalrates der Polizeidirektion Hannover, Frank "
         "Freyer, und Bürgermeister Thomas Klapproth als Vertreter der Landeshauptstadt, der Schnittmengen in der Projektarbeit "
         "und den engen Schulterschluss zwischen Stadt und Polizeidirektion in Sicherheitsfragen betonte, ihre Worte an die "
         "neuen Mitarbeitenden.")

add(id="ho574-ots-2022-10-pol-h-begruessung-neue-mitarbeitende-kluwe",
    title=HN_T,
    url="https://www.presseportal.de/blaulicht/pm/66841/5347943",
    retrieved="same address (release of the Polizeidirektion Hannover sent over news aktuell, October 2022, after the welcome "
              "of Tuesday 18.10.2022; the date prefix ' date 2022-10' and the newsroom label 'Polizeidirektion Hannover' "
              "dropped (rules 2610, 3380); the headline with its service code 'POL-H:' is the first line and the dateline "
              "'Hannover (ots)' a line of its own; the fourth paragraph 'Von den rund 300 neuen Kolleginnen und Kollegen kommen "
              "214 direkt von der Polizeiakademie Niedersachsen, 2', cut off in the stored copy, dropped (rule 15); the "
              "published 'der Schnittmengen … betonte' kept (rule 20))",
    license=OTS_POLIZEI_SENDER,
    paras=["Hannover (ots)", HN_P1, HN_P2, HN_P3],
    # the quotation before `sagte Volker Kluwe in seiner Rede an die neuen Mitarbeitenden` is his (rule 30), and so is the one
    # before `erklärte der Polizeipräsident`, the role noun naming only him in the release (rules 30, 44); the new staff are
    # the addressees (rule 12); Thomas Klapproth, whose emphasis is reported without marks, Frank Freyer and the young officer
    # say nothing in marks (rule 5); `Polizeipräsident` is an alias, the role phrases with a body's name are not (rule 33)
    quotes=[(cut(HN_P2, "\"Wir sind", "übernehmen\""), KLUWE),
            (cut(HN_P2, "\"Es braucht", "leben können\""), KLUWE)],
    aliases={KLUWE: ["Volker Kluwe", "Polizeipräsident Volker Kluwe", "Polizeipräsident"]})

# --- presseportal.de (ots), August 2023: Polizeidirektion Hannover, balance of the Maschseefest ---

HM_T = "POL-H: Maschseefest 2023: Die Polizeiinspektion Hannover zieht überaus positive Bilanz"
HM_P1 = ("Am Sonntag, 13.08.2023, endete das 36. Maschseefest in Hannover. Die Polizeiinspektion (PI) Hannover zieht derweil "
         "ein ausgesprochen positives Resümee.")
HM_P2 = ("Neunzehn Tage vergnügten sich zahlreiche Besucherinnen und Besucher bei dem Traditionsfest am Ufer des "
         "namensgebenden Gewässers. Immer mit dabei: die Einsatzkräfte der Polizei, die aus allen Bereichen der Stadt und "
         "Region Hannovers herangezogen wurden, um das Fest sicher zu machen. Und der Plan ging auf.")
HM_P3 = ("Nach vorläufiger Bilanzstatistik zählte die PI Hannover in neunzehn Tagen Feiern und Flanieren am Maschsee insgesamt "
         "101 Straftaten. Im Vorjahr waren es mit 201 Taten fast doppelt so viele. Die Körperverletzungsdelikte gingen von 52 "
         "auf 27 zurück, die Diebstahlsdelikte von 54 auf nur noch 34 und statt 21 Beleidigungen im Vorjahr wurden nur noch 4 "
         "solcher Vorfälle angezeigt. Ebenfalls erfreulich: Während 2022 noch 70 Fundsachen ihre Besitzer suchten, waren es in "
         "diesem Jahr nur 26.")
HM_P4 = ("Diese Statistik freut vor allem die polizeiliche Leitung des Großeinsatzes. Vanessa Lehmann, Leiterin des "
         "Polizeikommissariates Hannover-Döhren und Polizeiführerin für das Abschlusswochenende, findet dafür klare Worte: "
         "\"Unser Einsatzkonzept ist erneut aufgegangen. Die Zahlen geben uns da genauso Recht, wie die vielen positiven "
         "Rückmeldungen der Gäste und des Veranstalters an unsere Kolleginnen und Kollegen. Wir haben dieses Jahr wieder "
         "gezeigt, dass die Polizei ansprechbar, hilfsbereit und bürgernah ist und das freut mich ebenso, wie der sehr "
         "friedliche Verlauf des Maschseefestes.\" /dd, kay")

add(id="ho574-ots-2023-08-pol-h-maschseefest-lehmann",
    title=HM_T,
    url="https://www.presseportal.de/blaulicht/pm/66841/5580435",
    retrieved="same address (release of the Polizeidirektion Hannover sent over news aktuell, August 2023, after the end of "
              "the festival on Sunday 13.08.2023; the date prefix ' date 2023-08', the newsroom label 'Polizeidirektion "
              "Hannover' and the footer 'Original-Content von: Polizeidirektion Hannover, übermittelt durch news aktuell' "
              "dropped (rules 2610, 3380); the headline with its service code 'POL-H:' is the first line and the dateline "
              "'Hannover (ots)' a line of its own; the press office's signs '/dd, kay' after the closing mark kept in the last "
              "paragraph, outside the span (rules 2610, 3113); the published 'geben uns da genauso Recht, wie' and 'ebenso, "
              "wie' kept (rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Hannover (ots)", HM_P1, HM_P2, HM_P3, HM_P4],
    # the colon quotation after `Vanessa Lehmann, Leiterin des Polizeikommissariates Hannover-Döhren und Polizeiführerin für
    # das Abschlusswochenende, findet dafür klare Worte:` is hers, `klare Worte finden` being a verb phrase of saying (rules
    # 9, 44); her `uns` and `wir` speak for the police (rule 2614); the role phrases name a police station and are no aliases
    # (rule 33); the narrator's verbless `Immer mit dabei:` and `Ebenfalls erfreulich:` lead into unmarked words
    quotes=[(cut(HM_P4, "\"Unser Einsatzkonzept", "Maschseefestes.\""), LEHMANN)],
    aliases={LEHMANN: ["Vanessa Lehmann"]})

# --- presseportal.de (ots), September 2019: Kreispolizeibehörde Unna presents the new patrol car ---

US_T = "POL-UN: Neuer Streifenwagen wird in Unna vorgestellt"
US_P1 = ("Der Landrat, Herr Makiolla, präsentiert der örtlichen Presse heute gegen 15.15 Uhr in Unna, Obere Husemann Straße "
         "14, den neuen Streifenwagen der Polizei NRW: Es wird der Ford S-Max, einer von 2200 Fahrzeuge sein, die bis 2021 "
         "gekauft werden, um die Flotte zu erneuern. Zum ersten Mal waren Polizistinnen und Polizisten an dem Auswahlverfahren "
         "beteiligt. Innenminister Reul sagte bei der Präsentation in Düsseldorf: \"Den einen perfekten Streifenwagen gibt es "
         "nicht, weil die Ansprüche an einen Streifenwagen eben so verschieden sind. Deshalb sind wir diesmal einen anderen, "
         "einen ganz neuen Weg gegangen und haben uns für zwei Modelle entschieden, die sich gegenseitig ergänzen\". Einen "
         "Einblick in den neuen Streifenwagen können Sie als Pressevertreter heute bei der Polizei in Unna bekommen. Der "
         "Streifenwagen Ford S-Max wird hier offiziell vorgestellt.")

add(id="ho574-ots-2019-09-pol-un-streifenwagen-reul",
    title=US_T,
    url="https://www.presseportal.de/blaulicht/pm/65856/4383584",
    retrieved="same address (release of the Kreispolizeibehörde Unna sent over news aktuell, September 2019; the date prefix ' "
              "date 2019-09', the newsroom label 'Kreispolizeibehörde Unna', the contact block 'Rückfragen bitte an: "
              "Kreispolizeibehörde Unna Telefon: … Außerhalb der Bürodienstzeiten: Leitstelle …' and the footer "
              "'Original-Content von: Kreispolizeibehörde Unna, übermittelt durch news aktuell' dropped (rules 2520, 3380); the "
              "headline with its service code 'POL-UN:' is the first line and the dateline 'Unna (ots)' a line of its own; the "
              "published 'einer von 2200 Fahrzeuge', 'eben so verschieden' and the full stop after the closing mark kept "
              "(rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Unna (ots)", US_P1],
    # the colon quotation after `Innenminister Reul sagte bei der Präsentation in Düsseldorf:` is the minister's, quoted from
    # another event by the district police (rule 9: the release relays his words without making them the Landrat's);
    # the Landrat `Herr Makiolla`, the subject of the first sentence, who presents the car, says nothing in marks (rule 5);
    # only the surname occurs, so it is canonical (rule 7)
    quotes=[(cut(US_P1, "\"Den einen", "ergänzen\""), REUL)],
    aliases={REUL: ["Reul", "Innenminister Reul"]})

# --- presseportal.de (ots), April 2020: Kreispolizeibehörde Unna, balance of the Easter weekend in the Corona crisis ---

UO_T = "POL-UN: Kreis Unna - Coronakrise: Kreispolizei Unna mit der Einsatzbilanz am Osterwochenende sehr zufrieden"
UO_P1 = ("Im Zusammenhang mit dem Coronavirus hat die Kreispolizeibehörde Unna am langen Osterwochenende 98 Einsätze gezählt, "
         "fünf Ordnungswidrigkeitenanzeigen gefertigt und sieben Platzverweise erteilt. \"Das ist eine sehr erfreuliche "
         "Bilanz. Bis auf ganz wenige Ausnahmen hat sich über Ostern die große Mehrheit der Bevölkerung im gesamten Kreisgebiet "
         "vorbildlich verhalten, was mich tief beeindruckt. Die Bürgerinnen und Bürger beweisen in dieser schwierigen Phase "
         "Zusammenhalt, Stärke und Solidarität - dafür gilt unser herzlicher Dank\", betont Landrat Michael Makiolla, Leiter "
         "der Kreispolizeibehörde Unna.")

add(id="ho574-ots-2020-04-pol-un-osterwochenende-makiolla",
    title=UO_T,
    url="https://www.presseportal.de/blaulicht/pm/65856/4570484",
    retrieved="same address (release of the Kreispolizeibehörde Unna sent over news aktuell, April 2020, after the Easter "
              "weekend; the date prefix ' date 2020-04' and the newsroom label 'Kreispolizeibehörde Unna' dropped (rules 2520, "
              "3380); the headline with its service code 'POL-UN:' is the first line and the dateline 'Kreis Unna (ots)' a line "
              "of its own; the stored copy ends after its first body paragraph, which is kept)",
    license=OTS_POLIZEI_SENDER,
    paras=["Kreis Unna (ots)", UO_P1],
    # the quotation before `betont Landrat Michael Makiolla, Leiter der Kreispolizeibehörde Unna` is his (rules 30, 44): the
    # head of the authority speaks, his `unser herzlicher Dank` for it (rule 2614); the role phrase with the authority's name
    # is no alias (rule 33)
    quotes=[(cut(UO_P1, "\"Das ist", "herzlicher Dank\""), MAKIOLLA)],
    aliases={MAKIOLLA: ["Michael Makiolla", "Landrat Michael Makiolla"]})

# --- presseportal.de (ots), May 2021: Kreispolizeibehörde Unna, the first summer day of the year ---

UM_T = "POL-UN: Kreis Unna - Erster sommerlicher Tag des Jahres: Polizei zieht positive Einsatzbilanz"
UM_P1 = ("Die Polizei im Kreis Unna zieht nach dem ersten sommerlichen Tag des Jahres mit viel Sonne und warmen Temperaturen "
         "am Sonntag (09.05.2021) eine positive Einsatzbilanz: Lediglich sieben Einsätze hatten einen Pandemiebezug.")
UM_P2 = "Die Einsatzbilanz für die einzelnen Kommunen: Bergkamen: 1 Kamen: 2 Selm: 1 Unna: 2 Werne: 1"
UM_P3 = ("\"Diese Zahlen sind sehr erfreulich\", betont Landrat Mario Löhr, Leiter der Kreispolizeibehörde Unna. \"Trotz des "
         "traumhaften Wetters am Muttertag hat sich die überwältigende Mehrheit der Menschen in unserem Zuständigkeitsbereich an "
         "die weiterhin geltenden Vorschriften zum Infektionsschutz gehalten.\"")

add(id="ho574-ots-2021-05-pol-un-sommertag-loehr",
    title=UM_T,
    url="https://www.presseportal.de/blaulicht/pm/65856/4910762",
    retrieved="same address (release of the Kreispolizeibehörde Unna sent over news aktuell, May 2021, after Sunday "
              "09.05.2021; the date prefix ' date 2021-05' and the newsroom label 'Kreispolizeibehörde Unna' dropped (rules "
              "2520, 3380); the headline with its service code 'POL-UN:' is the first line and the dateline 'Kreis Unna (ots)' "
              "a line of its own; the list of the towns' figures, stored as one line without punctuation between the items, "
              "kept as one line (rules 18, 3110); the stored copy ends after the paragraph with the quotations)",
    license=OTS_POLIZEI_SENDER,
    paras=["Kreis Unna (ots)", UM_P1, UM_P2, UM_P3],
    # the quotation before `betont Landrat Mario Löhr, Leiter der Kreispolizeibehörde Unna` is his (rule 30), and the
    # cue-less quotation right after the cue sentence continues him (NOTES.md continuation); the role phrase with the
    # authority's name is no alias (rule 33)
    quotes=[("\"Diese Zahlen sind sehr erfreulich\"", LOEHR),
            (cut(UM_P3, "\"Trotz", "gehalten.\""), LOEHR)],
    aliases={LOEHR: ["Mario Löhr", "Landrat Mario Löhr"]})

# --- presseportal.de (ots), about February 2021: Polizei Warendorf, the Münster police president's first visit ---

WS_T = "POL-WAF: Kreis Warendorf. Antrittsbesuch des Polizeipräsidenten Münster im Kreishaus"
WS_P1 = ("Polizeipräsident Falk Schnabel besuchte kürzlich den Leiter der Kreispolizeibehörde Warendorf, Landrat Dr. Olaf "
         "Gericke, für einen ersten Austausch nach seiner Amtsübernahme am 1. Dezember 2020. Neben dem persönlichen "
         "Kennenlernen ging es auch um Themen wie die allgemeine Sicherheits- und Kriminalitätslage, Auswirkung der Pandemie auf "
         "das Einsatzgeschehen sowie die bisherige und zukünftige Zusammenarbeit.")
WS_P2 = ("\"Wir haben in den vergangenen Jahren eng und gut mit dem Polizeipräsidium Münster zusammengearbeitet\", so Landrat "
         "Dr. Olaf Gericke. \"Gemeinsam tragen die Landratsbehörden und das Polizeipräsidium Münster die Verantwortung für die "
         "Bürgerinnen und Bürger des Münsterlandes für ein sicheres Leben in der Region.\"")
WS_P3 = ("Das Polizeipräsidium Münster übernimmt als sogenannte Kriminalhauptstelle auch für die Kreispolizeibehörde Warendorf "
         "bei bestimmten Straftaten die weitere Sachbearbeitung und Führung bei entsprechenden Einsatzlagen.")

add(id="ho574-ots-2021-pol-waf-antrittsbesuch-schnabel-gericke",
    title=WS_T,
    url="https://www.presseportal.de/blaulicht/pm/52656/4843053",
    retrieved="same address (release of the Polizei Warendorf sent over news aktuell; undated in the stored copy, about "
              "February 2021, inferred from 'kürzlich' after Falk Schnabel took office on 1 December 2020 and from the release "
              "number, which lies between 66841/4677841 (' date 2020-08') and 65856/4910762 (' date 2021-05'); the stored copy "
              "shows no date prefix, no newsroom label and no dateline and begins with the headline, which keeps its service "
              "code 'POL-WAF:' and the newsroom's place formula 'Kreis Warendorf.' (rules 18, 2610, 3380); no dateline is "
              "added; the stored copy ends after its third paragraph, which is kept)",
    license=OTS_POLIZEI_SENDER,
    paras=[WS_P1, WS_P2, WS_P3],
    # the quotation before `so Landrat Dr. Olaf Gericke` is his (rule 30), and the cue-less quotation right after it continues
    # him (NOTES.md continuation); his `Wir` speaks for the district police authority (rule 2614); Falk Schnabel, the visitor,
    # says nothing in marks; `sogenannte Kriminalhauptstelle` carries no marks; the canonical name leaves out the academic
    # title, which the aliases keep (rule 7)
    quotes=[(cut(WS_P2, "\"Wir haben", "zusammengearbeitet\""), GERICKE),
            (cut(WS_P2, "\"Gemeinsam", "Region.\""), GERICKE)],
    aliases={GERICKE: ["Olaf Gericke", "Dr. Olaf Gericke", "Landrat Dr. Olaf Gericke"]})

# --- presseportal.de (ots), February 2022: Polizei Warendorf, the Hamm police president's first visit ---

WK_T = "POL-WAF: Kreis Warendorf. Polizeipräsident und Landrat im guten Austausch"
WK_P1 = ("\"Konstruktiv, und intensiv\", bilanzierten Landrat Dr. Olaf Gericke und Abteilungsleiterin Polizei Andrea "
         "Mersch-Schneider den Besuch des Polizeipräsidenten aus Hamm. Thomas Kubera, der seit einigen Monaten oberster "
         "Polizeichef in der Stadt Hamm ist, kam zu einem Antrittsbesuch in das Kreishaus. Beide Behördenleiter gaben positive "
         "Rückmeldungen aus der Basis hinsichtlich zurückliegender gegenseitiger Unterstützung und gemeinsamer Einsätze. Denn "
         "Kriminalität macht nicht an der Kreisgrenze halt. Landrat Dr. Olaf Gericke und der Polizeipräsident vereinbarten "
         "weiter an der sinnvollen und bewährten Kooperation bei der Fortbildung der Diensthundführer festzuhalten. Darüber "
         "hinaus war die aktuelle Versammlungslage, die beide Polizeibehörden stark beschäftigt, Inhalt des guten Austausches.")

add(id="ho574-ots-2022-02-pol-waf-antrittsbesuch-kubera-gericke",
    title=WK_T,
    url="https://www.presseportal.de/blaulicht/pm/52656/5152857",
    retrieved="same address (release of the Polizei Warendorf sent over news aktuell, February 2022; the date prefix ' date "
              "2022-02' and the newsroom label 'Polizei Warendorf' dropped (rules 2520, 3380); the headline with its service "
              "code 'POL-WAF:' and the place formula 'Kreis Warendorf.' is the first line and the dateline 'Warendorf (ots)' a "
              "line of its own; the published comma in 'Konstruktiv, und intensiv' and 'vereinbarten weiter an … festzuhalten' "
              "kept (rule 20); the stored copy ends after its one body paragraph, which is kept)",
    license=OTS_POLIZEI_SENDER,
    paras=["Warendorf (ots)", WK_P1],
    # the two marked words before `bilanzierten Landrat Dr. Olaf Gericke und Abteilungsleiterin Polizei Andrea
    # Mersch-Schneider` are the joint verdict of the two, which goes to the first named, with the second's name as an alias
    # (rule 27): `bilanzieren` is a verb of saying in the plural with both as subject (rule 30); Thomas Kubera, the visitor,
    # whose name as `der Polizeipräsident` joins Gericke's later in an unmarked report, says nothing in marks (rule 5); the
    # role phrase `Abteilungsleiterin Polizei` holds the word `Polizei` and is left out of the aliases (rule 33)
    quotes=[("\"Konstruktiv, und intensiv\"", GERICKE)],
    aliases={GERICKE: ["Olaf Gericke", "Dr. Olaf Gericke", "Landrat Dr. Olaf Gericke", "Andrea Mersch-Schneider"]})

# --- presseportal.de (ots), December 2022: Polizeipräsidium Trier, more police on a Saturday of Advent and football ---

TR_T = ("POL-PPTR: Verstärkte erkennbare Polizeipräsenz am kommenden Samstag, den 3. Dezember, in der Trierer Innenstadt")
TR_P1 = "Am Samstag erwartet die Polizei Trier ein erhöhtes Besucheraufkommen in der Trierer Innenstadt."
TR_P2 = ("Neben den samstäglichen Einkaufsgästen wird der 2. Adventssamstag wieder viele Touristen zu einem Besuch des "
         "Trierer Weihnachtsmarktes anlocken. Zudem findet am Nachmittag um 14 Uhr ein Fußballspiel der Regionalliga Südwest "
         "zwischen der Trierer Eintracht und der 2. Mannschaft des VFB Stuttgart im Moselstadion statt.")
TR_P3 = ("Auch hierzu erwartet die Polizei eine Vielzahl von Fußballfans - sowohl aus der Region Trier als auch aus dem "
         "Stuttgarter Umfeld. Nicht auszuschließen ist derzeit, dass sich hierunter auch sogenannte Problemfans befinden, die "
         "gezielt Auseinandersetzungen mit Gleichgesinnten suchen. Diese könnten in Stadionnähe aber auch an abgelegenen "
         "Örtlichkeiten oder in der Innenstadt, als sogenannte Drittortauseinandersetzungen, stattfinden.")
TR_P4 = ("Konkrete Hinweise darauf hat die Polizei zurzeit nicht. Dennoch möchte der verantwortliche Einsatzleiter der "
         "Polizeiinspektion Trier, Polizeidirektor Christian Hamm, für alle Bürgerinnen und Bürgern einen ungestörten Besuch der "
         "Stadt, des Weihnachtsmarktes und des Fußballspiels sicherstellen. Hierzu werden insbesondere uniformierte "
         "Polizeibeamtinnen und -beamte erkennbar verstärkt in der Stadt unterwegs und an neuralgischen Punkten positioniert "
         "sein. Diese werden dabei von zivilen Einsatzkräften unterstützt.")
TR_P5 = ("\"Es ist mir sehr wichtig, die Menschen in der Region im Vorfeld über unsere Einsatzplanungen zu informieren, um "
         "damit Spekulationen oder Ängsten vorzubeugen, die möglicherweise durch die hohe Präsenz uniformierter Polizeikräfte "
         "aufkommen könnten. Wir verfolgen mit diesem Konzept zunächst rein präventive Ziele\", sagt Einsatzleiter Christian "
         "Hamm.")

add(id="ho574-ots-2022-12-pol-pptr-adventssamstag-hamm",
    title=TR_T,
    url="https://www.presseportal.de/blaulicht/pm/117701/5385604",
    retrieved="same address (release of the Polizeipräsidium Trier sent over news aktuell, December 2022, before Saturday 3 "
              "December 2022; the date prefix ' date 2022-12' and the newsroom label 'Polizeipräsidium Trier' dropped (rules "
              "2520, 3380); the headline with its service code 'POL-PPTR:' is the first line and the dateline 'Trier (ots)' a "
              "line of its own; the stored copy ends after the paragraph with the quotation, before the contact block with the "
              "Rhineland-Palatinate police's reuse statement (licence caveat in SOURCES.md); the published 'VFB Stuttgart', "
              "'Bürgerinnen und Bürgern' and 'in Stadionnähe aber auch' kept (rule 20))",
    license=OTS_POLIZEI_RLP,
    paras=["Trier (ots)", TR_P1, TR_P2, TR_P3, TR_P4, TR_P5],
    # the quotation before `sagt Einsatzleiter Christian Hamm` is his (rule 30), the officer whom the paragraph before
    # introduces as `der verantwortliche Einsatzleiter der Polizeiinspektion Trier, Polizeidirektor Christian Hamm`; his
    # `Wir` speaks for the police (rule 2614); `sogenannte Problemfans` and `sogenannte Drittortauseinandersetzungen` carry
    # no marks (rule 5)
    quotes=[(cut(TR_P5, "\"Es ist mir", "Ziele\""), HAMM)],
    aliases={HAMM: ["Christian Hamm", "Polizeidirektor Christian Hamm", "Einsatzleiter Christian Hamm"]})

# --- presseportal.de (ots), December 2016: Polizei Düsseldorf, invitation to the new cameras at the Burgplatz ---

D1_P1 = "Düsseldorf (ots) - Einladung zum Presse- und Fototermin"
D1_P2 = "Donnerstag, 22. Dezember 2016, 15 Uhr Treffpunkt: Düsseldorf-Altstadt, Burgplatz"
D1_P3 = "Videobeobachtung wird ausgeweitet - Polizeipräsident Norbert Wesseler stellt neue Kamerastandorte vor"
D1_P4 = ("Fünf zusätzliche Kameras an neuen Standorten, Burgplatz und Kurze Straße, werden ab sofort in Betrieb genommen und "
         "ergänzen die schon bestehende Videobeobachtung entlang der Bolkerstraße.")
D1_P5 = ("\"Ich bin sehr zufrieden, dass wir den eng gesteckten Zeitplan einhalten konnten und noch vor Silvester die Kameras "
         "in Betrieb nehmen können. Die Videobeobachtung an Kriminalitätsbrennpunkten ist ein weiterer wichtiger Baustein in "
         "unserem Konzept zur frühzeitigen Intervention\", so Polizeipräsident Norbert Wesseler.")
D1_P6 = ("Zusammen mit dem Leiter der Polizeiinspektion Mitte, Polizeidirektor Jürgen Bielor sowie Polizeirat Thorsten Fleiß "
         "möchte Ihnen Herr Wesseler die neuen Standorte zeigen und im weiteren Verlauf Informationen zur Videoerweiterung "
         "geben.")

add(id="ho574-ots-2016-12-pol-d-videobeobachtung-burgplatz-wesseler",
    title=None,
    url="http://www.presseportal.de/blaulicht/pm/13248/3517690",
    retrieved="same address (release of the Polizei Düsseldorf sent over news aktuell, December 2016, an invitation for "
              "Thursday 22 December 2016; the date prefix ' date 2016-12' dropped (rule 3380); the stored copy shows no headline "
              "and no newsroom label and begins with the dateline run into the release's kicker 'Düsseldorf (ots) - Einladung "
              "zum Presse- und Fototermin', which is kept as the first paragraph, so the document has no title (rules 18, 32, "
              "3000); the time line with the meeting point run into it and the invitation's own headline line kept as lines "
              "of their own as stored (rules 18, 3110); the stored copy ends after its sixth paragraph; the published "
              "'Polizeidirektor Jürgen Bielor sowie' without a closing comma kept (rule 20))",
    license=OTS_POLIZEI_SENDER,
    paras=[D1_P1, D1_P2, D1_P3, D1_P4, D1_P5, D1_P6],
    # the quotation before `so Polizeipräsident Norbert Wesseler` is his (rule 30); `Herr Wesseler` in the next paragraph is
    # an alias (rule 7); Jürgen Bielor and Thorsten Fleiß say nothing; the unmarked `Polizeipräsident Norbert Wesseler stellt
    # … vor` line carries no span (rule 5)
    quotes=[(cut(D1_P5, "\"Ich bin", "Intervention\""), WESSELER)],
    aliases={WESSELER: ["Norbert Wesseler", "Polizeipräsident Norbert Wesseler", "Herr Wesseler"]})

# --- presseportal.de (ots), September 2021: Polizei Düsseldorf, invitation to four more cameras in the Altstadt ---

D2_T = ("POL-D: Einladung zum Presse- und Fototermin: Vier zusätzliche Kameras für mehr Sicherheit in der Altstadt - "
        "Ausweitung der Videobeobachtung")
D2_P1 = "Dienstag, 28. September 2021, 14 Uhr"
D2_P2 = "Treffpunkt: Düsseldorf-Altstadt, Grabbeplatz"
D2_P3 = ("Vier zusätzliche Kameras für mehr Sicherheit in der Altstadt - Ausweitung der Videobeobachtung - Polizeipräsident "
         "Norbert Wesseler stellt neue Kamerastandorte vor")
D2_P4 = ("Erneut hat die Düsseldorfer Polizei ihr Konzept für die Sicherheit in der Düsseldorfer Altstadt um einen wichtigen "
         "Baustein erweitert. Insgesamt vier neue Kameras an den Standorten Grabbeplatz und Marktplatz / Bolkerstraße sowie an "
         "der Mertensgasse sind nun, zu den bereits zehn bestehenden, erfolgreich installiert worden.")
D2_P5 = ("\"Ich bin sehr zufrieden, dass den Beamtinnen und Beamten zukünftig vier zusätzliche Kameras zur Verfügung stehen "
         "werden, um einen weiteren Teil der Altstadt im Auge zu behalten. Unsere langjährigen Erfahrungen haben gezeigt, dass "
         "dies sicherlich ein wichtiger Bestandteil des Konzepts zur Bekämpfung von Kriminalität an Brennpunkten ist\", so "
         "Polizeipräsident Norbert Wesseler.")
D2_P6 = ("Zusammen mit dem Leiter der Polizeiinspektion Mitte, Polizeidirektor Thorsten Fleiß, möchte Ihnen Polizeipräsident "
         "Wesseler die neuen Standorte zeigen und im weiteren Verlauf Informationen zur Videoerweiterung geben.")
D2_P7 = ("Nach dem Gespräch haben Sie die Möglichkeit, die Technik der Videobeobachtung in der Polizeiwache Stadtmitte zu "
         "besichtigen und gegebenenfalls Fotos oder Videoaufnahmen zu machen.")
D2_P8 = "Zu diesem Termin laden wir Sie herzlich ein."
D2_P9 = ("Aufgrund der aktuellen Pandemie, bitten wir Sie, sich vorher per E-Mail oder Telefon zu akkreditieren und die "
         "geltenden Hygienevorschriften einzuhalten.")

add(id="ho574-ots-2021-09-pol-d-videobeobachtung-grabbeplatz-wesseler",
    title=D2_T,
    url="https://www.presseportal.de/blaulicht/pm/13248/5028958",
    retrieved="same address (release of the Polizei Düsseldorf sent over news aktuell, September 2021, an invitation for "
              "Tuesday 28 September 2021; the date prefix ' date 2021-09' and the newsroom label 'Polizei Düsseldorf' dropped "
              "(rules 2520, 3380); the headline with its service code 'POL-D:' is the first line; the stored copy shows no "
              "dateline and none is added (rule 3110); the time line, the meeting-point line and the invitation's own headline "
              "line kept as lines of their own as stored (rules 18, 3110); the published 'Aufgrund der aktuellen Pandemie, "
              "bitten wir Sie' kept (rule 20); the stored copy ends after its ninth paragraph, which is kept)",
    license=OTS_POLIZEI_SENDER,
    paras=[D2_P1, D2_P2, D2_P3, D2_P4, D2_P5, D2_P6, D2_P7, D2_P8, D2_P9],
    # the quotation before `so Polizeipräsident Norbert Wesseler` is his (rule 30); `Polizeipräsident Wesseler` in the next
    # paragraph is an alias (rules 7, 44); Thorsten Fleiß says nothing; the press office's `wir` of the invitation is no
    # quotation (rule 5)
    quotes=[(cut(D2_P5, "\"Ich bin", "Brennpunkten ist\""), WESSELER)],
    aliases={WESSELER: ["Norbert Wesseler", "Polizeipräsident Norbert Wesseler", "Polizeipräsident Wesseler"]})

# --- presseportal.de (ots), January 2018: Bundespolizeiinspektion Stuttgart, VfB Stuttgart - Hertha BSC ---

BS_T = "BPOLI S: Bilanz der Bundespolizeiinspektion Stuttgart anlässlich des Fußballspiels VfB Stuttgart gegen Hertha BSC"
BS_P1 = ("Bei der An- und Abreise zum Spiel des VfB Stuttgart gegen Hertha BSC sind insgesamt etwa 19.400 bahnreisende Fans "
         "gezählt worden. Es kam erwartungsgemäß zu einer hohen Auslastung des öffentlichen Personennah- und "
         "Regionalverkehrs. Der Einsatz verlief im Zuständigkeitsbereich der Bundespolizeiinspektion Stuttgart ohne größere "
         "Störungen. Bei der Anreise zum Spiel kam es in einem Interregio-Express aus Karlsruhe zu einem Raubdelikt eines "
         "Fanschales. Zudem wurde in drei Fällen Pyrotechnik gezündet. In der Rückreisephase ereigneten sich keinerlei "
         "Zwischenfälle im Zuständigkeitsbereich der Bundespolizeiinspektion Stuttgart. Der Leiter der Bundespolizeiinspektion "
         "Stuttgart, Polizeidirektor Reinhard Pürkenauer, zieht eine positive Bilanz aus dem Einsatz: \"Dank der guten und sehr "
         "engen Zusammenarbeit mit der Landespolizei konnte ein Aufeinandertreffen der Stuttgarter und Berliner Fans verhindert "
         "werden. Ich bedanke mich bei allen eingesetzten Kolleginnen und Kollegen für Ihren Einsatz\".")

add(id="ho574-ots-2018-01-bpoli-s-vfb-hertha-puerkenauer",
    title=BS_T,
    url="https://presseportal.de/blaulicht/pm/116091/3838586",
    retrieved="same address (release of the Bundespolizeiinspektion Stuttgart sent over news aktuell; undated in the stored "
              "copy, about 14 January 2018, after the Bundesliga match VfB Stuttgart - Hertha BSC of Saturday 13 January 2018, "
              "the date under which a blog repost of the release stands in the store; the newsroom label "
              "'Bundespolizeiinspektion Stuttgart', the contact block 'Rückfragen bitte an: Bundespolizeiinspektion Stuttgart "
              "Pressestelle Daniel Kroh Telefon: … http://www.twitter.com/bpol_bw' and the footer 'Original-Content von: "
              "Bundespolizeiinspektion Stuttgart, übermittelt durch news aktuell' dropped (rules 2790, 3380); the headline with "
              "its service code 'BPOLI S:' is the first line and the dateline 'Stuttgart (ots)' a line of its own; the body, "
              "stored as one line, is one paragraph; the published 'für Ihren Einsatz' with a capital and the full stop after "
              "the closing mark kept (rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Stuttgart (ots)", BS_P1],
    # the colon quotation after `Der Leiter der Bundespolizeiinspektion Stuttgart, Polizeidirektor Reinhard Pürkenauer, zieht
    # eine positive Bilanz aus dem Einsatz:` is his (rules 9, 2614: the summing-up verb phrase has him as subject); the role
    # phrase with the inspection's name is no alias (rule 33)
    quotes=[(cut(BS_P1, "\"Dank der", "Einsatz\""), PUERKENAUER)],
    aliases={PUERKENAUER: ["Reinhard Pürkenauer", "Polizeidirektor Reinhard Pürkenauer"]})

# --- presseportal.de (ots), May 2019: Bundespolizeiinspektion Rostock, an escort for a family of ducks in Schwerin ---

BR_T = "BPOL-HRO: Polizeieskorte für Entenfamilie"
BR_P1 = ("Offensichtlich hatte sich in den frühen Morgenstunden eine elfköpfige Entenfamilie verlaufen und irrte ziellos auf "
         "dem Gehweg auf Höhe des Innenministeriums des Landes MV in der Wismarschen Straße umher.")
BR_P2 = ("Ein besorgter Bürger beobachtete das Treiben und verständigte die Beamten des Bundespolizeireviers am Bahnhof in "
         "Schwerin. Diese setzten sich unverzüglich in den Streifenwagen.")
BR_P3 = ("Bei der Entenfamilie angekommen erkannten sie, dass diese ihr ca. 150 Meter entferntes Domizil am Pfaffenteich, "
         "ohne Gefahr zu laufen überfahren zu werden, nicht erreichen kann.")
BR_P4 = ("Kurzerhand erfolgte eine Sperrung der Alexandrinenstraße und die Entenfamilie wurde unter Polizeischutz sicher über "
         "die Straße geleitet. Am Pfaffenteich angekommen, entfernte sich die Mutter mit ihren Jungen \"ohne ein Wort des "
         "Dankes\".")

add(id="ho574-ots-2019-05-bpol-hro-entenfamilie-schwerin",
    title=BR_T,
    url="https://www.presseportal.de/blaulicht/pm/50067/4283463",
    retrieved="same address (release of the Bundespolizeiinspektion Rostock sent over news aktuell, May 2019; the date prefix "
              "' date 2019-05', the newsroom label 'Bundespolizeiinspektion Rostock', the image lines 'Bild-Infos' / 'Download' "
              "under the headline and the footer 'Original-Content von: Bundespolizeiinspektion Rostock, übermittelt durch news "
              "aktuell' dropped (rules 2790, 3380); the headline with its service code 'BPOL-HRO:' is the first line and the "
              "dateline 'Schwerin (ots)' a line of its own; the published 'angekommen erkannten sie' without a comma and the "
              "full stop after the closing mark kept (rule 20); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Schwerin (ots)", BR_P1, BR_P2, BR_P3, BR_P4],
    # the marked phrase in the narrator's `entfernte sich die Mutter mit ihren Jungen "ohne ein Wort des Dankes"` is null: the
    # marks set off the press office's joke about a duck that cannot speak, and neither the duck, nor the officers, nor the
    # citizen who called them are reported as saying the words (rules 24, 3382)
    quotes=[("\"ohne ein Wort des Dankes\"", None)],
    aliases={})
