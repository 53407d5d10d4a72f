# Seven-hundred-and-thirty-second held-out German real-news set (tests/data/heldout732-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4570-4573). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# ministry's release number and address, the portal's address, two or more distinctive phrases and the speakers' names of each
# text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and
# /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-thirty-second held-out set": nine texts of German public bodies of the
# security and rescue services - two press releases of the Bavarian State Ministry of the Interior on its own domains (licence
# BAYSTMI: Innenstaatssekretär Gerhard Eck at the new fire station of the Freiwillige Feuerwehr Unteraltertheim, October 2019;
# Eck's invitation to the handing over of 46 disaster-relief vehicles at Eichstätt, June 2016); two releases of the Feuerwehr
# München (the Branddirektion of the Landeshauptstadt München) read in its newsroom 131419 on presseportal.de (OTS_FEUERWEHR,
# new: the Stadtfeuerwehrverband's New Year reception with Stadtbrandrat Rupert Saller, January 2020; Oberbürgermeister Dieter
# Reiter's Christmas Eve visit to the Hauptfeuerwache, December 2022) and one of its releases as reposted with the wire's
# dateline by the portal freenet.de (OTS_FEUERWEHR_REPOST_FREENET, new: Reiter and Oberbranddirektor Wolfgang Schäuble at the
# Feuerwache Riem, December 2023); three releases of Hauptzollämter of the federal customs administration read in their
# newsrooms (OTS_PUBLIC: Duisburg, Katja Cornelius on the blue uniforms at the inland customs offices, November 2020;
# Regensburg, Margit Brandl on the blue uniforms, February 2020; München, Gerhard Rittenauer on the blue vehicles, early 2020);
# and one release of the THW Landesverband Bayern on the pandemic mission (OTS_THW, March 2020). Stored copies are the `search`
# tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the newsroom, portal and picture furniture is
# dropped (rules 2261, 4340, 4510, 4570), and each retrieval note names what was dropped. The search budget of the session
# allowed 60 queries; 53 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import (BAYSTMI, OTS_FEUERWEHR, OTS_FEUERWEHR_REPOST_FREENET, OTS_PUBLIC,  # noqa: E402
                      OTS_THW)

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


ECK = "Gerhard Eck"
SALLER = "Rupert Saller"
REITER = "Dieter Reiter"
SCHAEUBLE = "Wolfgang Schäuble"
CORNELIUS = "Katja Cornelius"
BRANDL = "Margit Brandl"
RITTENAUER = "Gerhard Rittenauer"

# --- StMI regional press release S38/2019, 5 October 2019: Eck at the new fire station of the FFW Unteraltertheim ---

UA_T = "Eck bei Einweihung des neuen Feuerwehrhauses der FFW Unteraltertheim"
UA_SUB = ("Bayerns Innenstaatssekretär Gerhard Eck bei Einweihung des neuen Feuerwehrhauses der FFW Unteraltertheim: "
          "Beeindruckendes ehrenamtliches Engagement - Enorme Eigenleistung von rund 3.500 Arbeitsstunden")
UA_P1 = ("+++ \"Es beeindruckt mich wirklich sehr, was Sie hier gemeinsam geschaffen haben. Hier zeigt sich einmal mehr der "
         "enorme und beeindruckende Zusammenhalt in unseren Freiwilligen Feuerwehren!\" Mit diesen Worten hat Bayerns "
         "Innenstaatssekretär Gerhard Eck der Freiwilligen Feuerwehr Unteraltertheim heute zur Einweihung ihres neuen "
         "Feuerwehrgerätehauses gratuliert. \"Mit einer enormen Eigenleistung von rund 3.500 Arbeitsstunden haben Sie das "
         "ehemalige Lagerhaus der Raiffeisenbank mit den angeschlossenen Bankräumen zu einer funktionalen und hochmodernen "
         "Feuerwache umgebaut. Das verdient großen Respekt\", sagte der Staatssekretär. Eck weiter: \"Wir können mit Stolz "
         "sagen: Bayern ist Ehrenamtsland!\" +++")

add(id="ho732-stmi-2019-10-05-eck-ffw-unteraltertheim",
    title=UA_T,
    url="https://www.stmi.bayern.de/med/pressemitteilungen/regional/2019/S38/index.php",
    retrieved="same address (regional press release S38 of the Bavarian State Ministry of the Interior, for Sport and "
              "Integration, 5 October 2019); the date line 'München, 05.10.2019' dropped and the subtitle kept as a line of "
              "its own (rule 2261); the teaser markers '+++' kept (rule 2260); the second paragraph ('Für die hohen "
              "Sicherheitsstandards in Bayern sorgen laut Eck nämlich nicht nur unsere Polizeibeamten. … die sich hier so "
              "unermüdlich zum Wohl ihrer Mitmenschen einse'), which the stored copy breaks off inside a word, dropped with its "
              "two quotations (rule 15)",
    license=BAYSTMI,
    paras=[UA_SUB, UA_P1],
    # the opening quotation right after the marker takes the backward cue `Mit diesen Worten hat Bayerns Innenstaatssekretär
    # Gerhard Eck …` (rules 97, 2260); the second is closed by `sagte der Staatssekretär`, the role noun that names only Eck in
    # the release (rules 30, 44); the colon quotation after the verbless label `Eck weiter:` is his, its inner `sagen:` no cue
    # of another speaker (rules 9, 54); the Freiwillige Feuerwehr Unteraltertheim and the Raiffeisenbank say nothing
    quotes=[(cut(UA_P1, "\"Es beeindruckt", "Feuerwehren!\""), ECK),
            (cut(UA_P1, "\"Mit einer enormen", "Respekt\""), ECK),
            (cut(UA_P1, "\"Wir können", "Ehrenamtsland!\""), ECK)],
    aliases={ECK: ["Gerhard Eck", "Innenstaatssekretär Gerhard Eck", "Eck", "Innenstaatssekretär", "Staatssekretär"]})

# --- StMI press release 227/2016, 29 June 2016: invitation, Eck hands over 46 vehicles for disaster relief ---

EI_T = "Einladung: Eck übergibt 46 Einsatzfahrzeuge für den Katastrophenschutz"
EI_SUB = ("Bayerns Innenstaatssekretär Gerhard Eck übergibt Feuerwehren und freiwilligen Hilfsorganisationen 46 "
          "Einsatzfahrzeuge für den Katastrophenschutz - Einladung an die Presse")
EI_P1 = ("Die verheerenden Unwetter Ende Mai und im Juni in Bayern haben einmal mehr gezeigt, welch unschätzbaren Wert eine "
         "effektive, leistungsfähige Gefahrenabwehr hat. „Unser Hilfeleistungssystem ist erstklassig aufgestellt. Jedoch "
         "müssen wir gerade im Hinblick auf Herausforderungen des Klimawandels und mögliche terroristische Bedrohungen unsere "
         "hohen bayerischen Sicherheitsstandards noch weiter ausbauen. Eine gute Ausstattung der Einsatzkräfte ist uns deshalb "
         "sehr wichtig“, so Bayerns Innenstaatssekretär Gerhard Eck. Er übergibt am")
EI_L1 = "Samstag, den 2. Juli 2016 um 10.00  Uhr"
EI_L2 = "am Residenzplatz in Eichstätt"
EI_P2 = ("im Rahmen einer Festveranstaltung 46 Einsatzfahrzeuge an Feuerwehren und freiwillige Hilfsorganisationen. Bund und "
         "Freistaat stellen den Feuerwehren und freiwilligen Hilfsorganisationen besondere Ausstattungen zur Gefahrenabwehr im "
         "Katastrophenschutz zur Verfügung.")
EI_P3 = "Berichterstatter und Bildberichterstatter sind herzlich zum Termin eingeladen."

add(id="ho732-stmi-2016-06-29-eck-einladung-katastrophenschutz-fahrzeuge",
    title=EI_T,
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2016/227/index.php",
    retrieved="same address (press release 227 of the Bavarian State Ministry of the Interior, 29 June 2016, an invitation to "
              "the press; the domain bayerisches-innenministerium.de is one of the ministry's, as the 433rd and 448th sets used "
              "it); the date line 'München, 29.06.2016' dropped and the subtitle kept as a line of its own (rule 2261); the "
              "invitation's event block, which breaks the sentence 'Er übergibt am … im Rahmen einer Festveranstaltung …' over "
              "four stored paragraphs, kept as those lines, with the published double space in '10.00  Uhr' (rules 20, 4500, "
              "4570); complete as stored",
    license=BAYSTMI,
    paras=[EI_SUB, EI_P1, EI_L1, EI_L2, EI_P2, EI_P3],
    # the quotation in low-high marks before `so Bayerns Innenstaatssekretär Gerhard Eck` is his (rules 21, 30); the
    # headline's `Eck übergibt` and the subtitle carry no marks (rule 5); the Bund, the Freistaat, the fire brigades and the
    # aid organisations say nothing
    quotes=[(cut(EI_P1, "„Unser", "wichtig“"), ECK)],
    aliases={ECK: ["Gerhard Eck", "Innenstaatssekretär Gerhard Eck", "Eck", "Innenstaatssekretär"]})

# --- presseportal.de (ots), newsroom 131419, 16 January 2020: Feuerwehr München, the Stadtfeuerwehrverband's reception ---

NJ_T = "FW-M: Stadtfeuerwehrverband lädt zum Neujahrsempfang"
NJ_P1 = ("Donnerstag, 16. Januar 2020, 19.30 Uhr; Alter Rathaussaal Am Donnerstagabend konnte der Stadtfeuerwehrverband "
         "München bei seinem Neujahresempfang rund 520 Gäste aus Wirtschaft, Politik sowie Polizei, Feuerwehren und "
         "Hilfsorganisationen im Alten Rathaussaal begrüßen. Auch dieses Jahr eröffnete der Stadtbrandrat Rupert Saller den "
         "Empfang mit einer Begrüßungsrede. Diese verknüpfte er mit einem kleinen Jahresrückblick und bedankte sich bei allen "
         "Kameradinnen und Kameraden für die bewältigten traurigen, absurden und manchmal auch amüsanten Einsätze. Bei der "
         "Überleitung zu seinem Nachredner, Oberbürgermeister Dieter Reiter, betonte er, dass heute besonders der persönliche "
         "Dialog im Vordergrund stehen soll. \"Denn heute ist die gute alte Zeit von Morgen\", so Saller. In seiner humorvollen "
         "Rede freute sich der Oberbürgermeister festzustellen, dass dies der best besuchte Neujahrsempfang im Alten "
         "Rathaussaal ist. Bei dem Blick auf das vergangene Jahr ging er kurz auf das Sturmtief Eberhard ein, welches der "
         "Feuerwehr rund 700 Einsätze bescherte. Ansonsten blieb München von größeren Schadenslagen verschont. Reiter sprach "
         "aber auch über die bevorstehende Fußballeuropameisterschaft, die für die Feuerwehr bereits viel Arbeit bedeutet und "
         "noch bedeuten wird. Abschließend bedankte er sich noch einmal ausdrücklich bei der Freiwilligen Feuerwehr für die "
         "unzähligen Stunden im Ehrenamt. Traditionell wurden in diesem ehrwürdigen Rahmen Mitglieder der Freiwilligen "
         "Feuerwehr für ihren Dienst geehrt. Das Goldene Feuerwehr-Ehrenzeichen des Staatsministeriums des Inneren für Sport "
         "und Integration, für 40-jährigen Dienst wurde an folgende Mitglieder verliehen:")

add(id="ho732-ots-2020-01-fw-m-neujahrsempfang-saller",
    title=NJ_T,
    url="https://www.presseportal.de/blaulicht/pm/131419/4494828",
    retrieved="same address (release of the Feuerwehr München, the Branddirektion of the Landeshauptstadt München, sent over "
              "news aktuell from its newsroom 131419 on the reception of Thursday 16 January 2020, the date prefix ' date "
              "2020-01'); the date prefix and the newsroom label 'Feuerwehr München' dropped (rules 4040, 4340); the headline "
              "with its service code 'FW-M:' is the title, the dateline 'München (ots)' a line of its own as stored; the "
              "release's time and place line run into the first sentence without a full stop ('… 19.30 Uhr; Alter Rathaussaal "
              "Am Donnerstagabend …') kept so (rules 20, 4570); the list of honoured members after the paragraph's closing "
              "colon, which the stored copy breaks off inside its first line ('- Angermeir Georg, Abteilung Feldmoching - … - "
              "Wehr'), dropped with the rest, the paragraph ending at its colon (rules 15, 2261); the published "
              "'Neujahresempfang' beside 'Neujahrsempfang', 'best besuchte' and 'des Inneren' kept (rule 20)",
    license=OTS_FEUERWEHR,
    paras=["München (ots)", NJ_P1],
    # the quotation before `so Saller` is the Stadtbrandrat's (rule 30), set after the narrator's report of his words to the
    # next speaker; Oberbürgermeister Dieter Reiter's speech is reported without marks (rule 5), so he is no speaker; the
    # Stadtfeuerwehrverband, the Freiwillige Feuerwehr, the guests and the honoured members say nothing; the closing colon of
    # `… an folgende Mitglieder verliehen:` introduces a list, no quotation (rule 4570)
    quotes=[("\"Denn heute ist die gute alte Zeit von Morgen\"", SALLER)],
    aliases={SALLER: ["Rupert Saller", "Stadtbrandrat Rupert Saller", "Saller"]})

# --- presseportal.de (ots), newsroom 131419, 24 December 2022: Oberbürgermeister Reiter at the Hauptfeuerwache ---

HW_T = "Weihnachtsbesuch von OB Reiter in der Hauptfeuerwache (Altstadt)"
HW_L1 = "Samstag, 24. Dezember 2022, 13.11 Uhr"
HW_L2 = "An der Hauptfeuerwache"
HW_P1 = ("\"Auf meine Feuerwehr kann ich mich immer verlassen!\" mit diesen Worten startete Oberbürgermeister Dieter Reiter "
         "seine kurze Ansprache vor den Einsatzkräfte der Berufsfeuerwehr.")
HW_P2 = ("Knapp 30 Einsatzkräfte haben dieses Jahr am Heiligen Abend in der Hauptfeuerwache ein \"Arbeitsweihnachten\" vor "
         "sich. Knapp 300 Einsatzkräfte sind es im ganzen Stadtgebiet - verteilt auf 10 Feuerwachen, natürlich auch heute an "
         "Weihnachten.")
HW_P3 = ("Jedes Jahr - ausgenommen in den letzten zwei Corona-Pausen-Jahren 2020 und 2021 - besucht der Oberbürgermeister am "
         "Vormittag des 24. Dezember mehrere Dienststellen der Landeshauptstadt München. In diesem Jahr durfte sich die "
         "Hauptfeuerwache mit der Wachabteilung \"B\" über den Besuch ihres Stadtoberhauptes freuen.")
HW_P4 = ("OB Reiter: \"Wir alle haben wieder ein forderndes Jahr hinter uns gebracht. Deshalb freue ich mich umso mehr, dass "
         "ich mich an Heiligabend nach zwei Jahren Corona-Pause wieder bei einigen der zahlreichen Kolleginnen und Kollegen "
         "persönlich bedanken kann, die an den Feiertagen im Einsatz sind.\"")

add(id="ho732-ots-2022-12-24-fw-m-reiter-hauptfeuerwache",
    title=HW_T,
    url="https://www.presseportal.de/blaulicht/pm/131419/5402151",
    retrieved="same address (release of the Feuerwehr München sent over news aktuell from its newsroom 131419 on Christmas "
              "Eve, Saturday 24 December 2022, the date prefix ' date 2022-12' and the release's own time line); the date "
              "prefix and the newsroom label 'Feuerwehr München' dropped (rules 4040, 4340); the headline, stored without a "
              "service code, is the title and no code is added (rule 4100); the dateline 'München (ots)' and the release's "
              "time line and place line stay lines of their own as stored (rules 13, 4570); the stored copy ends after the "
              "fourth body paragraph with empty lines, the body's end or the excerpt's (rule 17); the published 'vor den "
              "Einsatzkräfte' kept (rule 20)",
    license=OTS_FEUERWEHR,
    paras=["München (ots)", HW_L1, HW_L2, HW_P1, HW_P2, HW_P3, HW_P4],
    # the opening exclamation takes the backward cue `mit diesen Worten startete Oberbürgermeister Dieter Reiter …` (rules 97,
    # 2260); the colon quotation after the verbless label `OB Reiter:` is his (rules 9, 54); `"Arbeitsweihnachten"` is the
    # release's own word for the shift, said by nobody in the text, null (rules 24, 75, 4572); the marked name of the shift
    # `Wachabteilung "B"` is a name, null (rules 2, 4572); the Berufsfeuerwehr, the Einsatzkräfte and the Landeshauptstadt
    # say nothing; `Oberbürgermeister` names only Reiter here and is an alias (rule 44), the inflected `Stadtoberhauptes` is not
    # listed (rule 7)
    quotes=[("\"Auf meine Feuerwehr kann ich mich immer verlassen!\"", REITER),
            ("\"Arbeitsweihnachten\"", None),
            ("\"B\"", None),
            (cut(HW_P4, "\"Wir alle", "im Einsatz sind.\""), REITER)],
    aliases={REITER: ["Dieter Reiter", "Oberbürgermeister Dieter Reiter", "OB Reiter", "Reiter", "Oberbürgermeister"]})

# --- freenet.de repost of a Feuerwehr München release (ots), 24 December 2023: Reiter and Schäuble at the Feuerwache Riem ---

RI_L1 = "Sonntag, 24."
RI_L2 = "München (ots) - Dezember 2023, 13.00 Uhr"
RI_L3 = "Joseph-Wild-Straße"
RI_P1 = ("\"Eine kleine und lockere Runde ist das hier\", mit diesen Worten begrüßte der Oberbürgermeister Dieter Reiter in "
         "seiner kurzen Ansprache die Einsatzkräfte auf der Feuerwache in Riem. Die Feuerwache 10 hat eine Tagesstärke von 16 "
         "Funktionen.")
RI_P2 = ("Stellvertretend für die 261 Einsatzkräfte der Berufsfeuerwehr, die heute an Heilig Abend auf den zehn Feuerwachen im "
         "Stadtgebiet Dienst leisten, dankte er hier den Feuerwehrleuten für ihre Arbeit und die Bereitschaft, Weihnachten ohne "
         "ihre Familien zu feiern. Zusammen mit dem Dienststellenleiter Wolfgang Schäuble besucht der OB traditionell im "
         "Wechsel eine Wache seiner Feuerwehr.")
RI_P3 = ("Der OB lobte die Arbeit der Feuerwehr und betonte, dass er gerne den Kontakt zur Feuerwehr hat. \"Denn hier weiß "
         "ich, sind die Leute, die anpacken und die Dinge vorwärtsbringen und erledigen\".")
RI_P4 = ("Ein Lob, das die Feuerwehrleute sehr gerne annahmen. In lockeren kurzen Gesprächen tauschten sich die Einsatzkräfte "
         "mit dem Oberbürgermeister aus.")
RI_P5 = "Auch Oberbranddirektor Wolfgang Schäuble dankte seinen Einsatzkräften für ihren Einsatz."
RI_P6 = ("\"Gerade die letzten Tage waren für die Feuerwehr ja mal wieder sehr arbeitsreich. Ich danke Ihnen für Ihren Einsatz "
         "und die Bereitschaft, Weihnachten hier zu feiern\".")

add(id="ho732-freenet-2023-12-24-fw-m-reiter-schaeuble-riem",
    title=None,
    url="https://www.freenet.de/nachrichten/polizeimeldungen/fw-m-ob-dieter-reiter-besucht-die-feuerwache-riem-messestadt_"
        "5679338-40462448.html",
    retrieved="same address (release of the Feuerwehr München of Christmas Eve, Sunday 24 December 2023, reposted by the "
              "portal freenet.de in its section 'Polizeimeldungen' with the wire's dateline 'München (ots) -'; the address "
              "slug keeps the headline 'FW-M: OB Dieter Reiter besucht die Feuerwache Riem (Messestadt)', which the stored "
              "copy does not show, so the document gets no title (rules 18, 4100)); the date prefix ' date 2023-12' dropped; "
              "the copy sets the wire's dateline inside the release's time line, which it splits over two lines ('Sonntag, "
              "24.' / 'München (ots) - Dezember 2023, 13.00 Uhr'), and both lines are kept as stored, followed by the place "
              "line 'Joseph-Wild-Straße' (rules 20, 4570); the empty lines between the paragraphs are the copy's; the "
              "published closing marks before the full stops ('erledigen\".', 'feiern\".') kept (rule 20); complete as stored",
    license=OTS_FEUERWEHR_REPOST_FREENET,
    paras=[RI_L1, RI_L2, RI_L3, RI_P1, RI_P2, RI_P3, RI_P4, RI_P5, RI_P6],
    # the opening quotation takes the backward cue `mit diesen Worten begrüßte der Oberbürgermeister Dieter Reiter` (rules 97,
    # 2260); the cue-less quotation after `Der OB lobte … und betonte, dass er …` is his (rules 8, 30); the cue-less
    # quotation paragraph after the one-sentence paragraph `Auch Oberbranddirektor Wolfgang Schäuble dankte seinen
    # Einsatzkräften für ihren Einsatz.` is Schäuble's, not the OB's (rule 4571); the Einsatzkräfte, the Feuerwehrleute and
    # the Berufsfeuerwehr say nothing; `Dienststellenleiter Wolfgang Schäuble` and `Oberbranddirektor Wolfgang Schäuble` are
    # the same person (rule 4571)
    quotes=[("\"Eine kleine und lockere Runde ist das hier\"", REITER),
            (cut(RI_P3, "\"Denn hier", "erledigen\""), REITER),
            (cut(RI_P6, "\"Gerade", "feiern\""), SCHAEUBLE)],
    aliases={REITER: ["Dieter Reiter", "Oberbürgermeister Dieter Reiter", "OB", "Oberbürgermeister"],
             SCHAEUBLE: ["Wolfgang Schäuble", "Oberbranddirektor Wolfgang Schäuble", "Dienststellenleiter Wolfgang Schäuble"]})

# --- presseportal.de (ots), newsroom 121243, November 2020: Hauptzollamt Duisburg, blue uniforms at the customs offices ---

DU_P1 = ("Ab dem 01. November 2020 sind auch die Zöllnerinnen und Zöllner bei den Zollämtern Emmerich, Essen, Ruhrort und "
         "Straelen-Autobahn mit der neuen blauen Dienstkleidung ausgestattet. Ob Bürgerinnen und Bürger Postsendungen abholen "
         "oder Wirtschaftsbeteiligte Warensendungen zur zollrechtlichen Abfertigung anmelden möchten, die Ansprechpartner bei "
         "den Zollämtern sind nun eindeutig anhand der Dienstkleidung zu erkennen.")
DU_P2 = ("\"Ich freue mich über die Einführung der modernen blauen Dienstkleidung bei den Binnenzollämtern\", so Katja "
         "Cornelius, Leiterin des Hauptzollamts Duisburg. \"Zöllnerinnen und Zöllner stehen täglich an den Binnenzollämtern in "
         "unmittelbarem Kontakt zu Bürgerinnen und Bürgern. Hierzu ist es erforderlich, dass sie während der Ausübung des "
         "Dienstes als Angehörige des Zolls bei der Wahrnehmung hoheitlicher Aufgaben erkennbar sind.\"")
DU_P3 = ("Nachdem bereits die Beschäftigten der Finanzkontrolle Schwarzarbeit und der Kontrolleinheiten des Hauptzollamts "
         "Duisburg seit Oktober 2019 blaue Dienstkleidung tragen, sind somit alle Zöllnerinnen und Zöllner aus dem Vollzugs- "
         "und Abfertigungsdienst mit der blauen Dienstkleidung ausgestattet.")
DU_P4 = ("Das für die Kreise Wesel und Kleve, sowie für die Städte Oberhausen, Mülheim, Essen und Duisburg zuständige "
         "Hauptzollamt Duisburg hatte zur Einführung der Neuen Dienstkleidung für die Vollzugskräfte bereits informiert: "
         "https://www.presseportal.de/blaulicht/pm/121243/4391093")
DU_P5 = ("Die vier Zollämter im Bezirk des Hauptzollamts Duisburg haben im Jahr 2019 über drei Millionen Warenanmeldungen und "
         "27.000 Postsendungen zollrechtlich abgefertigt. Zudem stehen die Beamtinnen und Beamten bei den Zollämtern auch als "
         "Ansprechpartner für Angelegenheiten der Kfz-Steuer zur Verfügung.")
DU_P6 = "Weitere Informationen werden auch auf der Internetseite zoll.de zur Verfügung gestellt."

add(id="ho732-ots-2020-11-hza-du-cornelius-dienstkleidung-zollaemter",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121243/4751947",
    retrieved="same address (release of the Hauptzollamt Duisburg sent over news aktuell from its newsroom 121243 in "
              "November 2020, the date prefix ' date 2020-11' and the date in the first sentence); the date prefix and the "
              "newsroom label 'Hauptzollamt Duisburg' dropped (rules 4040, 4340); the stored copy shows no headline and no "
              "dateline and begins with the first body paragraph, so the document gets no title (rules 18, 32, 4510); the "
              "paragraph pointing to the office's earlier release with its address kept as the sender's text (rules 3660, "
              "4340); the stored copy ends after the sixth paragraph with empty lines (rule 17); the published 'Kleve, sowie' "
              "and 'der Neuen Dienstkleidung' kept (rule 20); named, not used, in the SOURCES sections of two earlier sets "
              "(left out there because the 478th set quotes the same head of office on the uniforms of October 2019, "
              "release 4391093, which this text only links)",
    license=OTS_PUBLIC,
    paras=[DU_P1, DU_P2, DU_P3, DU_P4, DU_P5, DU_P6],
    # the quotation before `so Katja Cornelius, Leiterin des Hauptzollamts Duisburg` is hers (rule 30), and so is the cue-less
    # quotation that follows in the same paragraph (NOTES.md continuation); the colon before the address in the fourth
    # paragraph is no cue (rule 4340); `Leiterin des Hauptzollamts Duisburg` names the office and is no alias (rule 33); the
    # Zöllnerinnen und Zöllner, the Bürgerinnen und Bürger and the Wirtschaftsbeteiligte say nothing
    quotes=[(cut(DU_P2, "\"Ich freue", "Binnenzollämtern\""), CORNELIUS),
            (cut(DU_P2, "\"Zöllnerinnen", "erkennbar sind.\""), CORNELIUS)],
    aliases={CORNELIUS: ["Katja Cornelius"]})

# --- presseportal.de (ots), newsroom 121258, February 2020: Hauptzollamt Regensburg, blue uniforms ---

RG_P1 = ("Seit 2018 stattet der deutsche Zoll nach und nach seine 13.500 Dienstkleidungsträger mit neuem Outfit aus. Für das "
         "Hauptzollamt Regensburg war es jetzt auch so weit: Die Zöllnerinnen und Zöllner bekamen ihre neue blaue "
         "Dienstkleidung und sind damit seit 01. Februar 2020 bei der Bekämpfung des Schmuggels und der Schwarzarbeit zu sehen. "
         "Ab Herbst 2020 wird die blaue Dienstkleidung dann auch an den Zollämtern des Hauptzollamtsbezirks Regensburg zum "
         "Erscheinungsbild gehören. Damit reiht sich der Zoll in die Farbgebung vieler anderer deutscher und europäischer "
         "Sicherheitsbehörden ein. Durch den mehrfachen Aufdruck \"Zoll\" auf den Kleidungsstücken sind die Zöllner jedoch "
         "weiterhin als solche zu erkennen. \"Mit dieser hochwertigen, funktional verbesserten Dienstkleidung ist uns ein "
         "zeitgemäßes Auftreten möglich\", so die Leiterin des Hauptzollamts Regensburg, Regierungsdirektorin Margit Brandl. "
         "Die Streifenfahrzeuge des Zolls bleiben einstweilen grün - weiß und werden erst bei Ersatzbeschaffung gegen blau - "
         "weiße Fahrzeuge ausgetauscht.")

add(id="ho732-ots-2020-02-hza-r-brandl-blaue-dienstkleidung",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121258/4509559",
    retrieved="same address (release of the Hauptzollamt Regensburg sent over news aktuell from its newsroom 121258 in "
              "February 2020, the date prefix ' date 2020-02' and the date in the body); the date prefix and the newsroom label "
              "'Hauptzollamt Regensburg' dropped (rules 4040, 4340); the stored copy shows no headline and no dateline and "
              "begins with the body's only paragraph, so the document gets no title (rules 18, 32, 4510); the picture caption "
              "after the paragraph ('Bild (Bundeszollverwaltung): Margit Brandl(rechts) in der repräsentativen Dienstkleidung "
              "Bedienstete der Kontrolleinheit Verkehrswege Regensburg in der Funktions-Dienstkleidung') dropped (rules 14, "
              "4570); the published 'grün - weiß' and 'blau - weiße' kept (rule 20); complete as stored",
    license=OTS_PUBLIC,
    paras=[RG_P1],
    # the word in marks after `Durch den mehrfachen Aufdruck` is the lettering printed on the uniforms, nobody's utterance,
    # null (rules 2, 24, 4572); the quotation before `so die Leiterin des Hauptzollamts Regensburg, Regierungsdirektorin Margit
    # Brandl` is hers (rule 30); the office phrase with the body's name is no alias, the rank with her name is (rules 33, 44);
    # the Zoll as a body says nothing in marks
    quotes=[("\"Zoll\"", None),
            (cut(RG_P1, "\"Mit dieser", "möglich\""), BRANDL)],
    aliases={BRANDL: ["Margit Brandl", "Regierungsdirektorin Margit Brandl"]})

# --- presseportal.de (ots), newsroom 121256, early 2020: Hauptzollamt München, blue vehicles ---

MU_P1 = ("Nach der Umstellung von grüner auf blaue Dienstkleidung werden nun auch die Einsatzfahrzeuge des Hauptzollamts "
         "München Schritt für Schritt an das neue Design angepasst.")
MU_P2 = ("Bereits 2017 wurde die Umstellung von Grün auf Blau von der Bundeszollverwaltung in Absprache mit dem "
         "Bundesministerium der Finanzen angekündigt. Begonnen wurde hierbei im September 2018 zunächst mit der Ausstattung der "
         "Zöllnerinnen und Zöllner mit neuer, blauer Dienstkleidung. Nun folgen auch die bundesweit über 1.000 "
         "Einsatzfahrzeuge des Zolls.")
MU_P3 = ("Ziel der Reform ist die unmittelbare Erkennbarkeit als Sicherheitsbehörde und die Eingliederung in das optische "
         "Erscheinungsbild dieser Behörden - nicht nur deutschland-, sondern auch europaweit.")
MU_P4 = ("\"Dem Hauptzollamt München werden künftig drei moderne, blaue Einsatzfahrzeuge im neuen Design zur Verfügung stehen. "
         "Diese Anzahl wird in den folgenden Monaten im Zuge von Ersatzbeschaffungen weiter erhöht, bis alle grünen "
         "Einsatzfahrzeuge vollständig durch Blaue ersetzt wurden\", so Gerhard Rittenauer, Leiter des Hauptzollamts München.")
MU_P5 = ("Schule beendet -was dann? Tag der Ausbildung beim Münchner Zoll Wer sich persönlich über den Zoll informieren möchte, "
         "hat am 09.05.2020 die Chance dazu. An diesem Tag wird ein Infotag in der Landsberger Str. stattfinden, zu dem sich "
         "alle Interessierten unter presse.hza-muenchen@zoll.bund.de anmelden können.")

add(id="ho732-ots-2020-hza-m-rittenauer-blaue-einsatzfahrzeuge",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121256/4520021",
    retrieved="same address (release of the Hauptzollamt München sent over news aktuell from its newsroom 121256, early "
              "2020 by the release number, a few thousand after the Regensburg release 4509559 of February 2020 in this set, "
              "and by the announced information day of 9 May 2020); the stored copy shows no date prefix, no newsroom label, "
              "no headline and no dateline and begins with the first body paragraph, so the document gets no title (rules 18, "
              "32, 4510); the last paragraph, which runs a subheading and the first sentence of its section together ('Schule "
              "beendet -was dann? Tag der Ausbildung beim Münchner Zoll Wer sich …'), kept as stored with the published '-was' "
              "(rules 18, 20); the stored copy ends after it with empty lines (rule 17)",
    license=OTS_PUBLIC,
    paras=[MU_P1, MU_P2, MU_P3, MU_P4, MU_P5],
    # the quotation before `so Gerhard Rittenauer, Leiter des Hauptzollamts München` is his (rule 30); the office phrase is no
    # alias (rule 33); the question `Schule beendet -was dann?` carries no marks (rule 5); the Bundeszollverwaltung and the
    # Bundesministerium der Finanzen announce in the narrator's words only
    quotes=[(cut(MU_P4, "\"Dem Hauptzollamt", "ersetzt wurden\""), RITTENAUER)],
    aliases={RITTENAUER: ["Gerhard Rittenauer"]})

# --- presseportal.de (ots), newsroom 102101, March 2020: THW Landesverband Bayern on the pandemic mission ---

TB_T = "THW Bayern: Der Beitrag des THW im Einsatz gegen die Pandemie"
TB_P1 = ("Einsatzkräfte des THW sind seit weit über zwei Wochen im Einsatz und leisten durch die Wahrnehmung unterschiedlicher "
         "Aufgaben einen wichtigen Beitrag gegen die Pandemie. Aktuelle Zahlen verdeutlichen den Umfang der Einsätze und des "
         "Engagements der ehrenamtlichen Helferinnen und Helfer des THW: Pro Tag rund 300 Einsatzkräfte im Durchschnitt "
         "bayernweit im Einsatz, 77 Verbindungspersonen in Krisenstäben auf allen Ebenen in Bayern (in den Landratsämtern, in "
         "der Regierung, in den Stäben des Freistaats). Flächendeckende Transportfahrten wurden durchgeführt, um "
         "Schutzausstattung in Auftrag des Freistaates Bayern bis auf die Ebene aller Kreisverwaltungsbehörden, Uniklinken etc. "
         "zu bringen. Weitere THW-Einsatzkräfte arbeiten zudem am Aufbau von Teststrecken und Hilfskrankenhäusern im Auftrag "
         "von diversen Bedarfsträgern. Insgesamt waren gestern 392 THW-Helferinnen und -Helfer im Einsatz. Das THW stellt sich "
         "auf einen langfristigen Einsatz ein, zum Schutz der Bevölkerung unter dem Motto: \"das ist kein Sprint, das ist ein "
         "Marathon\".")

add(id="ho732-ots-2020-03-thw-by-pandemie-einsatz",
    title=TB_T,
    url="https://www.presseportal.de/blaulicht/pm/102101/4559361",
    retrieved="same address (release of the THW Landesverband Bayern sent over news aktuell from its newsroom 102101 in March "
              "2020, the date prefix ' date 2020-03', during the first weeks of the pandemic mission); the date prefix and the "
              "newsroom label 'THW Landesverband Bayern' dropped (rules 4040, 4340); the headline with its prefix 'THW "
              "Bayern:' is the title; the stored copy shows no dateline, and none is added (rule 4340); the body's only "
              "paragraph complete, the copy ending after it with empty lines (rule 17); the published 'in Auftrag', "
              "'Uniklinken' and the closing mark before the full stop in 'Marathon\".' kept (rule 20)",
    license=OTS_THW,
    paras=[TB_P1],
    # the marked words after `unter dem Motto:` are the motto under which the THW prepares for a long mission; the release
    # names no one who said them, and a motto credited to a body's undertaking is null (rules 24, 68, 161, 4573); the colon
    # after `Motto` introduces the name of the motto, no speaker's words (rule 4573); the Freistaat, the Landratsämter and
    # the Bedarfsträger say nothing
    quotes=[("\"das ist kein Sprint, das ist ein Marathon\"", None)],
    aliases={})
