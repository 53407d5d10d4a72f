# Seven-hundred-and-forty-eighth held-out German real-news set (tests/data/heldout748-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4690-4698). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# aggregator's, portals' addresses, two or more distinctive phrases and the speakers' names of each text with grep -rlF
# against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data).
# The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the
# project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-forty-eighth held-out set": nine texts of German public bodies of the
# security services and their ministries - five releases of Hauptzollämter of the federal customs administration read in their
# newsrooms on presseportal.de (licence OTS_PUBLIC: the Hauptzollamt Frankfurt am Main three times - Kevin Hellenkemper on the
# new blue uniform at the inland customs offices, December 2020; Markus Tönsgerlemann on the balance of 2020, May 2021; Thomas
# Greger on the balance of the year before, undated, probably 2025 -, the Hauptzollamt Gießen on a World Customs Organization
# certificate for one of its officers with the words of Colette Hercher, February 2023, and the Hauptzollamt Münster on its
# 200th anniversary, June 2019); two police releases reposted by the news aggregator nepoli.eu (OTS_REPOST_NEPOLI: the
# Polizeiinspektion Emsland/Grafschaft Bentheim on the police station at Dörpen, Karl-Heinz Brüggemann, December 2015, on its
# archive host archiv.nepoli.eu; the Polizeipräsidium Recklinghausen on its riot-police unit's donation to the children's
# palliative centre at Datteln, December 2020, on de.nepoli.eu); one release of the Kreispolizeibehörde Unna reposted by the
# local portal unserort.de (OTS_POLIZEI_REPOST_UNSERORT, new: Landrat Michael Makiolla and Bürgermeister Heinrich Böckelühr
# extending the Ordnungspartnerschaft of Schwerte, undated, about the turn of 2015/2016); and one release of the Ministry of the
# Interior of Schleswig-Holstein reposted by the Lübeck portal hl-live.de with its author field 'InnenMi.' (SH_PM_REPOST:
# Sabine Sütterlin-Waack on New Year's Eve, 1 January 2025). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), the newsroom, aggregator, portal and picture furniture is dropped (rules 14,
# 2290, 4100, 4630, 4690), and each retrieval note names what was dropped. The search budget of the session allowed 60 queries;
# 47 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_REPOST_UNSERORT, OTS_PUBLIC, OTS_REPOST_NEPOLI, SH_PM_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HELLENKEMPER = "Kevin Hellenkemper"
TOENSGERLEMANN = "Markus Tönsgerlemann"
GREGER = "Thomas Greger"
HERCHER = "Colette Hercher"
BRUEGGEMANN = "Karl-Heinz Brüggemann"
SPENDER = "Spendenüberbringer"
MAKIOLLA = "Michael Makiolla"
BOECKELUEHR = "Heinrich Böckelühr"
SUETTERLIN = "Sabine Sütterlin-Waack"

# --- presseportal.de (ots), newsroom 121246, December 2020: HZA-F, Kevin Hellenkemper on the new uniform at Höchst ---

HO_T = ("HZA-F: Zoll im Stadtgebiet Frankfurt am Main nun auch im neuen Outfit- Neue Dienstkleidung trifft auf positive "
        "Resonanz")
HO_P1 = ("Die Zöllnerinnen und Zöllner der Frankfurter Binnenzollämter Höchst und Osthafen-Dienststellen des Hauptzollamtes "
         "Frankfurt am Main- begrüßen ihre neue, blaue Dienstklei-dung. \"Wir freuen uns alle hier über unser neues und "
         "einheitliches Outfit, es ist modern und gleichzeitig traditionell\", so Kevin Hellenkemper, Leiter des Zollamtes "
         "Höchst. \"Mit der Dienst-kleidung wird insbesondere in Höchst ein wesentliches Stück Stadtgeschichte sichtbar\", so "
         "Hellenkemper weiter. Er nimmt dabei Bezug auf die Verleihung der Stadtrechte im Jahr 1355. \"Ein raffinierter Trick "
         "des damaligen Kurfürstentums und Erzbistums Mainz, um den über den Main nach Frankfurt reisenden Händlern ein wenig "
         "Geld aus der Tasche zu ziehen!\" Hellenk-emper zitiert aus einer privaten Chronik, die ein ehemaliger Zollkollege im "
         "Ruhestand zu-sammengetragen hat: \"Seit 1368, also seit über 650 Jahren, beheimatet Höchst nun Zollbe-hörden, welche "
         "Abgaben erhoben haben. Mit Einsetzen der Industrialisierung und Gründung des deutschen Zollvereins im 19. Jahrhundert "
         "veränderte sich das Wesen der Zollstelle. Ne-ben Zöllen im klassischen Sinne spielten auch sogenannte indirekte "
         "Steuern - sprich Ver-brauchsteuern - zunehmend eine größere Rolle. Es entstand eine enge Verbindung zu den Farbwerken "
         "Höchst, welche bis heute - in Form des Industrieparks - andauert. Höchst und der Zoll sind wie Topf und Deckel\", "
         "betont er abschließend. In diesem Jahr gab es -wegen Corona aber im Stillen-auch ein Jubiläum zu feiern: Seit dem 01. "
         "Juli 1960, also seit nun 60 Jahren, befindet sich das Zollamt Höchst an seinem Standort in der Michael-Stumpf-Straße "
         "1-3, in Nähe des Höchster Bahnhofs")

add(id="ho748-ots-2020-12-hza-f-hellenkemper-dienstkleidung-hoechst",
    title=HO_T,
    url="https://www.presseportal.de/blaulicht/pm/121246/4794292",
    retrieved="same address (release of the Hauptzollamt Frankfurt am Main sent over news aktuell from its newsroom 121246 in "
              "December 2020, the date prefix ' date 2020-12'); the date prefix and the newsroom label 'Hauptzollamt "
              "Frankfurt am Main' dropped (rules 4040, 4100); the headline with its code 'HZA-F:' and the published missing "
              "space in 'Outfit- Neue' is the title; the dateline, stored as the bare place 'Frankfurt am Main' without "
              "'(ots)', a line of its own as stored, nothing added (rules 20, 4630); the first body paragraph, which ends "
              "without a full stop ('in Nähe des Höchster Bahnhofs'), is kept as published; the run-in subheading "
              "'Postabfertigung bei den Frankfurter Binnenzollämtern:' after it, which the stored copy breaks off at once, "
              "dropped with what follows (rule 15); the published hyphens of the line breaks of the sender's document "
              "('Dienstklei-dung', 'Dienst-kleidung', 'Hellenk-emper', 'zu-sammengetragen', 'Zollbe-hörden', 'Ne-ben', "
              "'Ver-brauchsteuern'), 'Frankfurt am Main- begrüßen' and '-wegen Corona aber im Stillen-auch' kept (rules 20, "
              "4695)",
    license=OTS_PUBLIC,
    paras=["Frankfurt am Main", HO_P1],
    # the quotations before `so Kevin Hellenkemper, Leiter des Zollamtes Höchst` and `so Hellenkemper weiter` are his (rule
    # 30); the cue-less exclamation after `Er nimmt dabei Bezug auf die Verleihung der Stadtrechte …` continues him (rule 8,
    # NOTES.md continuation); the colon quotation after `Hellenk-emper zitiert aus einer privaten Chronik, die ein ehemaliger
    # Zollkollege im Ruhestand zu-sammengetragen hat:` and before `betont er abschließend` is his, the words he quotes from
    # the unnamed colleague's chronicle being the quoter's (rules 47, 4691); the hyphen-broken `Hellenk-emper` is an alias as
    # published (rule 4695); the office phrase `Leiter des Zollamtes Höchst` names the office and is no alias (rule 33); the
    # Kurfürstentum, the former colleague and the Farbwerke say nothing in marks
    quotes=[(cut(HO_P1, "\"Wir freuen", "traditionell\""), HELLENKEMPER),
            (cut(HO_P1, "\"Mit der Dienst", "sichtbar\""), HELLENKEMPER),
            (cut(HO_P1, "\"Ein raffinierter", "ziehen!\""), HELLENKEMPER),
            (cut(HO_P1, "\"Seit 1368", "Deckel\""), HELLENKEMPER)],
    aliases={HELLENKEMPER: ["Kevin Hellenkemper", "Hellenkemper", "Hellenk-emper"]})

# --- presseportal.de (ots), newsroom 121246, May 2021: HZA-F, Markus Tönsgerlemann on the balance of 2020 ---

TO_P1 = ("\"Auch in Zeiten von Pandemie und Brexit haben meine Zöllnerinnen und Zöllner ihre Aufgabe am Frankfurter \"Tor zur "
         "Welt\" sowohl für den Luftfrachtbereich als auch für die Passage erfolgreich erfüllt- und das sieben Tage die Woche "
         "rund um die Uhr\", lobte Markus Tönsgerlemann, der Leiter des Hauptzollamtes Frankfurt am Main seine Kolleginnen und "
         "Kollegen. \"Wir haben unsere Kontrollen der aktuellen Lage angepasst, risikoorientiert und mit flexiblem "
         "Personaleinsatz. Wir nutzen hierbei sowohl regionale als auch bundesweite Erkenntnisse, und kombinieren diese mit "
         "persönlichen Erfahrungen und moderner Technik. Auch unsere vierbeinigen Spürnasen sind ein wichtiges Mittel in der "
         "Bekämpfung des grenzüberschreitenden Schmuggels.\"")
TO_P2 = ("Steuererhebung - für Deutschland und Europa Durch die Erhebung von nationalen Verbrauchsteuern, "
         "Einfuhrumsatzsteuer, Zöllen und sonstigen Abgaben nahm das Hauptzollamt Frankfurt am Main im vergangenen Jahr rund "
         "6,20 Milliarden Euro ein. Darunter waren z.B. rund 5,07 Milliarden Euro Einfuhrumsatzsteuer, 304 Millionen Euro Zoll, "
         "69 Millionen Euro Biersteuer, 444 Millionen Euro Stromsteuer, 157 Millionen Energiesteuer sowie 144 Millionen Euro "
         "Luftverkehrsteuer. Die Gesamteinnahmen unserer Dienststelle machen rund 4,8 Prozent der bundesweiten Einnahmen des "
         "Zolls (rund 129 Milliarden Euro) aus.")

add(id="ho748-ots-2021-05-hza-f-toensgerlemann-jahresbilanz",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121246/4909292",
    retrieved="same address (release of the Hauptzollamt Frankfurt am Main on its balance of 2020, sent over news aktuell "
              "from its newsroom 121246 in May 2021, the date prefix ' date 2021-05'); the date prefix and the newsroom label "
              "'Hauptzollamt Frankfurt am Main' dropped (rules 4040, 4100); the stored copy shows neither headline nor "
              "dateline and begins with the quotation, so the document gets no title and nothing is added (rules 18, 32, "
              "4690); the subheading 'Steuererhebung - für Deutschland und Europa' stays run into its paragraph as stored "
              "(rule 4690); the third paragraph ('Bekämpfung der Schwarzarbeit und illegalen Beschäftigung …'), which the "
              "stored copy breaks off inside a number ('sowie 1.37'), dropped (rule 15); the published 'erfüllt- und', the "
              "missing comma after 'Frankfurt am Main' before 'seine Kolleginnen' and '157 Millionen Energiesteuer' kept (rule "
              "20)",
    license=OTS_PUBLIC,
    paras=[TO_P1, TO_P2],
    # the quotation before `lobte Markus Tönsgerlemann, der Leiter des Hauptzollamtes …` is his, a verb of praising after
    # the quotation being a cue (rule 30); the port's byname `"Tor zur Welt"` inside it, set in the same ASCII marks, is part
    # of his quotation, whose span runs from the first mark to the mark before the cue's comma (rules 6, 4692); the cue-less
    # quotation after the cue sentence continues him (rule 8, NOTES.md continuation); the release's `unserer Dienststelle`
    # in the next paragraph carries no marks (rule 5); the office phrase `der Leiter des Hauptzollamtes Frankfurt am Main`
    # names the office and is no alias (rule 33); the colleagues and the `vierbeinigen Spürnasen` say nothing
    quotes=[(cut(TO_P1, "\"Auch in Zeiten", "Uhr\""), TOENSGERLEMANN),
            (cut(TO_P1, "\"Wir haben unsere", "Schmuggels.\""), TOENSGERLEMANN)],
    aliases={TOENSGERLEMANN: ["Markus Tönsgerlemann"]})

# --- presseportal.de (ots), newsroom 121246, undated (probably 2025): HZA-F, Thomas Greger on the balance of the year ---

GR_P1 = ("\"Wir haben es mit einer Fülle an Aufgaben zu tun, insbesondere am Frankfurter Flughafen als bedeutendem "
         "internationalen Drehkreuz für die Wirtschaft und die Reisenden\", so Regierungsdirektor Thomas Greger, "
         "kommissarischer Leiter des Hauptzollamtes Frankfurt am Main. \"7,4 Milliarden Euro an Einnahmen, mehr als zehn Tonnen "
         "Drogen, 28.000 artengeschützte Tiere und Pflanzen, über eine Million Plagiate, zwei Millionen illegale Medikamente, "
         "effiziente Bekämpfung der Schwarzarbeit und illegalen Beschäftigung mit einer Schadensumme von über 62 Millionen Euro "
         "- all das summiert sich zu einem Gesamtergebnis eines erfolgreichen Teams.\"")
GR_P2 = ("Steuererhebung - für Deutschland und Europa Durch die Erhebung von nationalen Verbrauch- und Verkehrsteuern, von "
         "Einfuhrumsatzsteuer, Zöllen und sonstigen Abgaben nahm das Hauptzollamt Frankfurt am Main im vergangenen Jahr rund "
         "7,4 Milliarden Euro ein. Darunter waren z.B. 5,7 Milliarden Euro Einfuhrumsatzsteuer, 999 Millionen Euro "
         "Luftverkehrsteuer, 303 Millionen Euro Stromsteuer, 196 Millionen Euro Zölle, 73 Millionen Euro Energiesteuer, 96 "
         "Millionen Euro Kaffeesteuer sowie 66 Millionen Euro Biersteuer.")

add(id="ho748-ots-hza-f-greger-jahresbilanz",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121246/6048019",
    retrieved="same address (release of the Hauptzollamt Frankfurt am Main on its balance of the year before, sent over news "
              "aktuell from its newsroom 121246; undated in the stored copy, which shows no date prefix, headline, newsroom "
              "label or dateline and begins with the quotation; its release number lies after 5913410 of November 2024, so "
              "probably 2025); no title and nothing added (rules 18, 32, 4690); the subheading 'Steuererhebung - für "
              "Deutschland und Europa' stays run into its paragraph as stored; the subheading 'Rauschgiftkriminalität' and "
              "the paragraph after it ('Bei 8.224 Aufgriffen …'), which the stored copy breaks off in mid-sentence ('… das "
              "Rauschgift'), dropped with the marked '\"Schlucker\"' in it (rule 15); the published 'Verbrauch- und "
              "Verkehrsteuern' and 'bedeutendem internationalen Drehkreuz' kept (rule 20)",
    license=OTS_PUBLIC,
    paras=[GR_P1, GR_P2],
    # the quotation before `so Regierungsdirektor Thomas Greger, kommissarischer Leiter …` is his (rule 30); the cue-less
    # verbless quotation after the cue sentence continues him (rule 8, NOTES.md continuation); the rank before the name is
    # listed with it (rule 44), the office phrase `kommissarischer Leiter des Hauptzollamtes Frankfurt am Main` names the
    # office and is no alias (rule 33); the team says nothing in marks
    quotes=[(cut(GR_P1, "\"Wir haben es", "Reisenden\""), GREGER),
            (cut(GR_P1, "\"7,4 Milliarden", "Teams.\""), GREGER)],
    aliases={GREGER: ["Thomas Greger", "Regierungsdirektor Thomas Greger"]})

# --- presseportal.de (ots), newsroom 121247, February 2023: Hauptzollamt Gießen, a WCO certificate and Colette Hercher ---

GI_P1 = ("Eine besondere Ehrung wurde gestern Zollamtsinspektor Michael Röthig vom Hersfelder Zoll zuteil. Die "
         "Weltzollorganisation (WZO) in Brüssel verlieh dem erfahrenen Zollbeamten eine Urkunde für besondere Verdienste und "
         "außergewöhnliche Leistungen für die internationale Zoll-Gemeinschaft.")
GI_P2 = ("Einmal im Jahr, zum Weltzolltag (26. Januar) ehrt die WZO mit dem nicht alltäglichen Zertifikat verdiente Zöllner und "
         "Zöllnerinnen. Beim Hauptzollamt Gießen - zu dem unter anderem auch Dienststellen in Kassel, Fulda und Bad Hersfeld "
         "gehören - freut man sich, dass auch in diesem Jahr wieder ein Beschäftigter geehrt wurde. Bundesweit wurde das "
         "Zertifikat in diesem Jahr anlässlich des Weltzolltages, an dem die Staaten weltweit der Arbeit des Zolls für Bürger, "
         "Wirtschaft und Umwelt gedenken, nur 20-mal an deutsche Zöllnerinnen und Zöllner verteilt.")
GI_P3 = ("In einer Online-Veranstaltung würdigte die Präsidentin der Generalzolldirektion, Colette Hercher am Mittwoch, 08. "
         "Februar 2022 die Verleihung und den erfolgreichen Einsatz von Be-diensteten der deutschen Zollverwaltung. Die "
         "Verleihung stand - wie auch der der Weltzolltag - in diesem Jahr im Zeichen der Förderung der nächsten Generation. "
         "Die Themen demographischer Wandel und Generationenwechsel stehen auch beim Zoll ganz weit oben auf der Agenda.")
GI_P4 = ("\"Unsere Nachwuchskräfte sind ein besonders wichtiger Aspekt der zukünftigen Zollverwaltung. Die Menschen machen den "
         "Zoll aus\", so die oberste Zollchefin.")
GI_P5 = ("Geehrt wurden daher Zöllner und Zöllnerinnen, die besonderen Einsatz bei der berufspraktischen Ausbildung der "
         "Nachwuchskräfte zeigen und eine Kultur des Wissensaustauschs und des Berufsstolzes im Zollwesen fördern.")

add(id="ho748-ots-2023-02-hza-gi-hercher-wzo-zertifikat",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/121247/5437751",
    retrieved="same address (release of the Hauptzollamt Gießen sent over news aktuell from its newsroom 121247 in February "
              "2023, the date prefix ' date 2023-02'); the date prefix and the newsroom label 'Hauptzollamt Gießen' dropped "
              "(rules 4040, 4100); the stored copy shows neither headline nor dateline and begins with the first body "
              "sentence, so the document gets no title and nothing is added (rules 18, 32, 4690); the sixth paragraph ('Die "
              "Leiterin des Hauptzollamtes, Uta Ruge, überreichte das … unterzeichnete \"Certificate of Merit\" im Gießener "
              "Hauptzollamt. \"Si'), which the stored copy breaks off inside the opening word of a quotation, dropped with "
              "the certificate's name in marks and the opening mark (rule 15); the published year '08. Februar 2022' of a "
              "release of 2023, 'Be-diensteten', 'wie auch der der Weltzolltag' and the missing comma after 'Colette Hercher' "
              "kept (rule 20)",
    license=OTS_PUBLIC,
    paras=[GI_P1, GI_P2, GI_P3, GI_P4, GI_P5],
    # the quotation before `so die oberste Zollchefin` is Colette Hercher's: the description takes up `die Präsidentin der
    # Generalzolldirektion, Colette Hercher` of the paragraph before, the head of the whole customs administration, across
    # the two narrated sentences on the year's theme (rules 8, 30, 4693); Uta Ruge, head of a single Hauptzollamt, is named
    # only in the dropped paragraph, and the WZO, Michael Röthig and the Hauptzollamt's `freut man sich` say nothing in
    # marks (rule 5); `oberste Zollchefin` names only Hercher and is an alias (rule 44), the office phrase `Präsidentin der
    # Generalzolldirektion` names the body and is not (rule 33)
    quotes=[(cut(GI_P4, "\"Unsere", "Zoll aus\""), HERCHER)],
    aliases={HERCHER: ["Colette Hercher", "oberste Zollchefin"]})

# --- presseportal.de (ots), newsroom 121253, June 2019: HZA-MS, the Hauptzollamt Münster's 200th anniversary ---

MS_T = "HZA-MS: Hauptzollamt Münster feierte sein 200-jähriges Bestehen"
MS_SUB = "Das Jubiläum fand in der Friedenskapelle einen würdigen Rahmen"
MS_P1 = ("Am Mittwoch, 05. Juni 2019 feierte das Hauptzollamt Münster sein 200-jähriges Bestehen. Astrid Scholz, Leiterin des "
         "Hauptzollamtes Münster, hatte in die Friedenskapelle eingeladen. Erschienen waren ca. 300 Gäste, die ihrer Begrüßung "
         "und der anschließenden \"Zeitreise\" folgten. Astrid Scholz hob hervor, dass alle Beschäftigten in der Vergangenheit "
         "und in der Gegenwart jeden Tag ein Stück der Geschichte mit geschrieben haben. In seiner Geburtsstunde am 1. Juni "
         "1819 wurde das Hauptzollamt als Hauptsteueramt im ehemaligen Dominikanerkloster in Münster errichtet. Im Jahr 1908 "
         "erfolgte die Umbenennung in \"Hauptzollamt\" und in 1912 der Umzug in den \"von Tinnen'schen Adelshof\". Nach Ende des "
         "zweiten Weltkrieges begann für das Hauptzollamt eine Übergangszeit, in der es in verschiedenen Gebäuden der Stadt "
         "untergebracht war. Am 5. Juni 1953, also genau vor 66 Jahren, bezogen die Zöllner mitten im Stadtzentrum Münsters in "
         "der Sonnenstraße ein neues Gebäude. Das \"Nomadenleben\" war damit auch Geschichte.")

add(id="ho748-ots-2019-06-hza-ms-200-jahre",
    title=MS_T,
    url="https://www.presseportal.de/blaulicht/pm/121253/4295359",
    retrieved="same address (release of the Hauptzollamt Münster sent over news aktuell from its newsroom 121253 in June "
              "2019, the date prefix ' date 2019-06'); the date prefix and the newsroom label 'Hauptzollamt Münster' dropped "
              "(rules 4040, 4100); the headline with its code 'HZA-MS:' is the title, the release's subheading under it a "
              "line of its own as stored; the picture labels 'Bild-Infos' and 'Download' dropped (rules 14, 4340); the "
              "dateline 'Münster (ots)' a line of its own as stored; the second paragraph ('1976 wurde beim Flughafen …'), "
              "which the stored copy breaks off inside a word ('zur notwendigen Erwei'), dropped (rule 15); the published "
              "'in 1912', 'vor 66 Jahren', 'mit geschrieben' and the apostrophe in 'Tinnen'schen' kept (rule 20)",
    license=OTS_PUBLIC,
    paras=[MS_SUB, "Münster (ots)", MS_P1],
    # four marked phrases of the narrated history, none of them words the release reports anyone as saying: the name of the
    # programme item `"Zeitreise"` (rules 24, 1251), the office's name as a name (`Umbenennung in "Hauptzollamt"`, rule 2),
    # the building's proper name with its article-less adjective and the published apostrophe (`"von Tinnen'schen
    # Adelshof"`, rule 2) and the narrator's figurative `"Nomadenleben"` (rule 24) -> null (rule 4696); Astrid Scholz's
    # speech is reported without marks (rule 5) and she is no speaker of the document
    quotes=[("\"Zeitreise\"", None),
            ("\"Hauptzollamt\"", None),
            ("\"von Tinnen'schen Adelshof\"", None),
            ("\"Nomadenleben\"", None)],
    aliases={})

# --- archiv.nepoli.eu (ots repost), 1 December 2015: Polizeiinspektion Emsland/Grafschaft Bentheim, the station at Dörpen ---

DP_P1 = ("Dörpen – (ots) – Das Foto zeigt vor dem neuen Schild am Dörpener Rathaus v.l.n.r.: Karl-Heinz Brüggemann Rolf "
         "Rohling (Polizei Dörpen), Hermann Wocken, Bürgermeister Manfred Gerdes, Leiter Ordnungsamt Gerd Klaas und Thomas "
         "Memering (Leiter Polizei Papenburg)")
DP_P2 = ("Bei einem Besuch im Rathaus Dörpen am Freitag machte der Leiter der Polizeiinspektion Emsland/ Grafschaft Bentheim, "
         "Karl-Heinz Brüggemann, gegenüber Samtgemeindebürgermeister Hermann Wocken klar, dass die Dienststelle unverändert mit "
         "vier Beamten besetzt bleiben wird und widersprach damit anders lautenden Gerüchten in Dörpen. Zusätzlich enthüllten "
         "Wocken und Brüggemann am Eingang des Rathauses ein Polizeischild, das den Weg zur Dienststelle weist. „Trotz der "
         "vielen zusätzlichen Aufgaben in den Notunterkünften für Flüchtlinge werden wir im Inspektionsbereich keine "
         "Polizeistation schließen, oder Beamte abziehen“, erklärte Brüggemann bei dem Gespräch im Rathaus. „Da wir kein "
         "zusätzliches Personal für diese Aufgaben bekommen, wird es innerhalb der Inspektion Umstrukturierungen geben, damit "
         "wir auch bei der geplanten Flüchtlingsunterkunft in Aschendorf präsent sein können“, sagte der Inspektionsleiter.")

add(id="ho748-nepoli-2015-12-pol-el-brueggemann-doerpen",
    title=None,
    url="https://archiv.nepoli.eu/2015/12/01/pol-el-dienststelle-weiter-mit-vier-beamten-besetzt",
    retrieved="same address (release of the Polizeiinspektion Emsland/Grafschaft Bentheim sent over ots, reposted by the news "
              "aggregator nepoli.eu on its archive host under its date path '2015/12/01' with the aggregator's date line "
              "'01.12.2015 – 11:02' and the police's contact block 'Rückfragen bitte an: Polizeiinspektion Emsland/Grafschaft "
              "Bentheim / Achim van Remmerden / Telefon … / E-Mail: pressestelle@pi-el.polizei.niedersachsen.de / "
              "http://www.pi-el.polizei-nds.de'); the address slug ('pol-el-dienststelle-weiter-mit-vier-beamten-besetzt') "
              "gives the code and headline, which the stored copy does not show, so the document gets no title (rules 18, "
              "32); the aggregator's date line and the contact block dropped (rules 4100, 4630); the wire's dateline with "
              "the aggregator's en dashes ('Dörpen – (ots) –') is run into the release's own picture line ('Das Foto zeigt "
              "… (Leiter Polizei Papenburg)'), which is kept as the first paragraph as stored (rule 4690); the published "
              "missing comma in 'Karl-Heinz Brüggemann Rolf Rohling', 'Emsland/ Grafschaft Bentheim' and 'schließen, oder' "
              "kept (rule 20); complete as stored",
    license=OTS_REPOST_NEPOLI,
    paras=[DP_P1, DP_P2],
    # the quotation before `erklärte Brüggemann bei dem Gespräch im Rathaus` is his (rule 30), the addressee
    # Samtgemeindebürgermeister Hermann Wocken of the sentence before saying nothing (rule 12); the quotation before `sagte
    # der Inspektionsleiter` is his, the role word taking up `der Leiter der Polizeiinspektion Emsland/ Grafschaft Bentheim,
    # Karl-Heinz Brüggemann` (rules 10, 30, 44) - Thomas Memering, `Leiter Polizei Papenburg` in the picture line, heads a
    # station, not the Inspektion; `Inspektionsleiter` names only Brüggemann and is an alias (rule 44), the office phrase with
    # the Inspektion's name is not (rule 33); Wocken, Gerdes, Klaas, Rohling and Memering say nothing
    quotes=[(cut(DP_P2, "„Trotz", "abziehen“"), BRUEGGEMANN),
            (cut(DP_P2, "„Da wir", "können“"), BRUEGGEMANN)],
    aliases={BRUEGGEMANN: ["Karl-Heinz Brüggemann", "Brüggemann", "Inspektionsleiter"]})

# --- de.nepoli.eu (ots repost), 22 December 2020: Polizeipräsidium Recklinghausen, the Hundertschaft's donation ---

RE_T = "Recklinghausen/Datteln: Polizei-Hundertschaft spendet für schwerkranke Kinder"
RE_P1 = ("Die 18. Bereitschaftspolizei-Hundertschaft aus Recklinghausen hat sich auch in diesem Jahr für das "
         "Kinderpalliativzentrum Datteln stark gemacht. Unter dem Motto \"Ein Herz für Kinder\" sammelten die Polizistinnen und "
         "Polizisten für die Einrichtung an der Vestischen Kinder- und Jugendklinik Datteln, in der Kinder mit "
         "lebensverkürzenden Erkrankungen sowie deren Familien betreut werden.")
RE_P2 = ("Insgesamt sammelte die Recklinghäuser Polizei-Hundertschaft intern 1.600 Euro. Damit hat sich der Spendenbetrag im "
         "Vergleich zum Vorjahr verdoppelt.")
RE_P3 = ("Eine Abordnung der Hundertschaft überreichte das Geld und einen Polizei-Teddy an Nicole Sasse vom Förderverein des "
         "Kinderpalliativzentrums.")
RE_P4 = ("\"Wir wissen, dass wir mit unserer Spende nicht Krankheit und Leid heilen können, freuen uns aber, wenn wichtige "
         "Dinge beschafft werden können, die den kleinen Patienten Trost spenden und damit helfen\", sagten die "
         "Spendenüberbringer.")
RE_P5 = ("Auch im kommenden Jahr will die Recklinghäuser Polizei-Hundertschaft das Dattelner Kinderpalliativzentrum weiter "
         "unterstützen.")

add(id="ho748-nepoli-2020-12-pol-re-hundertschaft-spende-datteln",
    title=RE_T,
    url="https://de.nepoli.eu/2020/12/22/pol-re-recklinghausen-datteln-polizei-hundertschaft-spendet-fuer-schwerkranke-kinder",
    retrieved="same address (release of the Polizeipräsidium Recklinghausen, reposted by the news aggregator de.nepoli.eu "
              "under its date path '2020/12/22' with the headline without its service code, which the address slug keeps "
              "('pol-re-'), and the police's contact block 'Rückfragen bitte an: Polizeipräsidium Recklinghausen / Bjoern "
              "Korte / Telefon … / E-Mail: pressestelle.recklinghausen@polizei.nrw.de / www.polizei.nrw.de / Verfolgen Sie "
              "unsere Meldungen auch auf: …'); the headline as shown is the title and no code is added (rules 4100, 4630); "
              "the picture labels 'Bild-Infos' and 'Download' dropped (rule 14); the stored copy shows no '(ots)' dateline, "
              "and none is added (rules 20, 4690); the contact block dropped; complete as stored",
    license=OTS_REPOST_NEPOLI,
    paras=[RE_P1, RE_P2, RE_P3, RE_P4, RE_P5],
    # the motto in `Unter dem Motto "Ein Herz für Kinder"` is a campaign's name, null (rules 2, 24); the quotation before
    # `sagten die Spendenüberbringer` belongs to the unnamed group the cue names, under its head noun (rules 10, 1250,
    # 4694), the delegation of the Hundertschaft that handed over the money in the paragraph before, whose `Eine Abordnung
    # der Hundertschaft` is listed with it; neither the Hundertschaft as a whole nor Nicole Sasse, the recipient, is the
    # speaker; the Förderverein and the Klinik say nothing
    quotes=[("\"Ein Herz für Kinder\"", None),
            (cut(RE_P4, "\"Wir wissen", "helfen\""), SPENDER)],
    aliases={SPENDER: ["Spendenüberbringer", "die Spendenüberbringer", "Abordnung der Hundertschaft"]})

# --- unserort.de (ots repost), undated (about the turn of 2015/2016): Kreispolizeibehörde Unna, Ordnungspartnerschaft Schwerte ---

SW_T = ("\"Ordnungspartnerschaft\" zwischen Stadt und Polizei Schwerte verlängert - Kooperationsvereinbarung zwischen "
        "Polizei, Ordnungs- und Jugendamt für die Sicherheit in Schwerte hat sich bewährt -")
SW_P1 = ("Am 20.12.2013 hatten Bürgermeister Heinrich Böckelühr und Landrat Michael Makiolla als Leiter der "
         "Kreispolizeibehörde die Kooperationsvereinbarung \"Ordnungspartnerschaft\" im Rathaus Schwerte unterzeichnet. Die "
         "Kooperationsvereinbarung war auf zwei Jahre festgelegt worden. In der Praxis hat sich die vereinbarte Kooperation in "
         "den letzten beiden Jahren bewährt. Insbesondere die Abstimmung zwischen Polizei und Stadt bei der inhaltlichen und "
         "konzeptionellen Erarbeitung von Sicherheitskonzepten wurde von allen Beteiligten sehr positiv bewertet. \"Es bleibt "
         "selbstverständlich auch weiterhin viel zu tun, insbesondere bei der Kriminalitätsbekämpfung in Schwerte\", sagte "
         "Landrat Michael Makiolla. Böckelühr ergänzte \"Wir wollen, dass sich unsere Bürger sicher fühlen können in Schwerte. "
         "Das können Stadt und Polizei nur gemeinsam erreichen\". Böckelühr und Makiolla begrüßten daher die enge Kooperation "
         "zwischen Stadt und Polizei. Die im Jahr 2013 schriftlich vereinbarte Kooperation wird nun bis zum 31.12.2020 "
         "verlängert. Das Projekt der Ordnungspartnerschaften geht auf eine Initiative des Innenministeriums des Landes "
         "Nordrhein-Westfalen zurück, wonach das Ziel darin bestehen sollte, ergänzend zu den staatlichen Möglichkeiten einen "
         "wirkungsvollen Beitrag zur Verbesserung der Sicherheitslage und zum Abbau der Kriminalitätsfurcht der Bürgerinnen und "
         "Bürger zu leisten.")
SW_P2 = ("Zwei Fotos der Unterzeichnung der Kooperationsvereinbarung im Schwerter Rathaus stehen zum Download zur Verfügung. "
         "Fotos: U. Hellmann, Pressestelle Kreispolizeibehörde Unna")

add(id="ho748-unserort-pol-un-makiolla-boeckeluehr-ordnungspartnerschaft-schwerte",
    title=SW_T,
    url="https://www.unserort.de/schwerte/Ordnungspartnerschaft_zwischen_Stadt_und_Polizei_Schwerte_verlaengert-_"
        "Kooperationsvereinbarung_zwischen_Polizei_Ordnungs-_und_Jugendamt_fuer_die_Sicherheit_in_Schwerte_hat_sich_"
        "bewaehrt_-/7836aca0-1dd5-11b2-b7d1-b37588f2d047-item.phtml",
    retrieved="same address (release of the Kreispolizeibehörde Unna, whose head is the Landrat, sent over ots and reposted by "
              "the local portal unserort.de under its Schwerte page with the wire's marker '(ots) -' without place; undated "
              "in the stored copy, written when the two-year agreement of 20 December 2013 was extended to the end of 2020, "
              "so about the turn of 2015/2016); the portal's prompt 'Sag uns, was los ist:' and its counters '0Likes' and "
              "'0Shares' dropped as furniture (rule 4690); the headline with the agreement's name in marks and its closing "
              "dash is the title; the marker '(ots) -' a line of its own as stored; the release's own download note with "
              "the photographer's credit ('Zwei Fotos … Fotos: U. Hellmann, Pressestelle Kreispolizeibehörde Unna') kept as "
              "the sender's text (rule 4340); the picture line after it ('Fotos bei der Unterzeichnung der "
              "Kooperationsvereinbarung: v.l.n.r.: Leitender Polizeidirektor Hans-Dieter Volkmann, Bürgermeister Heinrich "
              "Böckelühr, Polizeihauptkommis'), which the stored copy breaks off inside a word, dropped (rules 14, 15); the "
              "published 'ergänzte \"Wir' without a colon and the full stop after the closing mark ('erreichen\".') kept "
              "(rule 20)",
    license=OTS_POLIZEI_REPOST_UNSERORT,
    paras=["(ots) -", SW_P1, SW_P2],
    # the agreement's name `"Ordnungspartnerschaft"` in the headline and in the body is null (rules 2, 24); the quotation
    # before `sagte Landrat Michael Makiolla` is his (rule 30); the quotation after `Böckelühr ergänzte`, a verb of adding set
    # before the quotation without a colon, is Böckelühr's (rules 9, 4697); the Innenministerium, whose initiative is named,
    # the Polizei and the Stadt as bodies say nothing in marks; `Landrat` and `Bürgermeister` name only Makiolla and
    # Böckelühr in the kept text and are aliases (rule 44), the office phrase `Leiter der Kreispolizeibehörde` names the
    # body and is not (rule 33)
    quotes=[("\"Ordnungspartnerschaft\"", None, 0),
            ("\"Ordnungspartnerschaft\"", None, 1),
            (cut(SW_P1, "\"Es bleibt", "Schwerte\""), MAKIOLLA),
            (cut(SW_P1, "\"Wir wollen", "erreichen\""), BOECKELUEHR)],
    aliases={MAKIOLLA: ["Michael Makiolla", "Makiolla", "Landrat Michael Makiolla", "Landrat"],
             BOECKELUEHR: ["Heinrich Böckelühr", "Böckelühr", "Bürgermeister Heinrich Böckelühr", "Bürgermeister"]})

# --- hl-live.de (repost, author 'InnenMi.'), 1 January 2025: Innenministerium Schleswig-Holstein, New Year's Eve ---

SH_T = "Innenministerin dankt Einsatzkräften"
SH_P1 = ("Schleswig-Holstein: Innenministerin Sabine Sütterlin-Waack zieht insgesamt ein positives Fazit der Silvesternacht. "
         "Die sehr große Mehrheit der Schleswig-Holsteinerinnen und Schleswig-Holsteiner habe den Jahreswechsel zwar "
         "ausgelassen, aber angemessen gefeiert. Die Polizei hat landesweit insgesamt 712 Einsätze verzeichnet.")
SH_P2 = ("„Ich wünsche allen Schleswig-Holsteinerinnen und Schleswig-Holsteinen einen guten Start ins neue Jahr und danke "
         "allen Frauen und Männern von Polizei, Feuerwehr und Rettungsdiensten, die für uns in der Silvesternacht im Einsatz "
         "waren. Sie haben, wie in den Vorjahren auch, viel zu tun gehabt und schnell und umsichtig reagiert. Das Konzept "
         "unserer Landespolizei mit einem verstärkten Personaleinsatz, gerade in erwarteten Schwerpunktbereichen, ist "
         "aufgegangen“, sagte die Ministerin.")
SH_P3 = ("Sie verurteilte allerdings das Verhalten von zwei größeren Gruppen in Kiel und Lübeck, die den Einsatz von Feuerwehr "
         "und Rettungsdiensten zeitweise behindert hatten und dabei zum Teil auch mit Feuerwerkskörpern auf die Einsatzkräfte "
         "zielten. Die Polizei musste mit einer starken Präsenz einschreiten.")
SH_P4 = ("\"So ein Verhalten ist rücksichtlos. In Kiel ging es um einen medizinischen Notfall. Dass die Rettungskräfte dabei "
         "behindert wurden, einer verletzten Person zu helfen, ist nicht akzeptabel.\"")
SH_P5 = ("Nach bisherigen Erkenntnissen wurden zwei Einsatzkräfte der Feuerwehr und zwei der Polizei in der Silvesternacht "
         "verletzt, wobei die Kräfte der Polizei bei einem Einsatz im Kreis Stormarn nur leicht verletzt wurden und im Dienst "
         "bleiben konnten. Ihnen allen wünscht die Ministerin eine baldige Genesung und gute Besserung.")

add(id="ho748-hllive-2025-01-01-im-sh-suetterlin-waack-silvester",
    title=SH_T,
    url="https://www.hl-live.de/text.php?id=170235",
    retrieved="same address (release of the Ministry of the Interior of Schleswig-Holstein on New Year's Eve 2024/2025, "
              "reposted by the Lübeck news portal hl-live.de as its text number 170235 with the footer 'Text-Nummer: 170235 "
              "Autor: InnenMi. vom 01.01.2025 um 14.21 Uhr' and the sharing line 'Text teilen: auf facebo…'); the footer, "
              "whose author field names the issuing ministry, and the sharing line dropped as source line and furniture "
              "(rules 2290, 4690); the headline as shown is the title; the lead's 'Schleswig-Holstein:' stays run into the "
              "first paragraph as stored; the picture caption 'Innenministerin Sabine Sütterlin-Waack verurteilt die Angriffe "
              "auf Einsatzkräfte in der Silvesternacht.', which the copy shows twice after the fifth paragraph, dropped both "
              "times (rule 14); the published 'Schleswig-Holsteinen', 'rücksichtlos' and the change from „…“ to ASCII marks "
              "between the two quotations kept (rules 20, 21); complete as stored",
    license=SH_PM_REPOST,
    paras=[SH_P1, SH_P2, SH_P3, SH_P4, SH_P5],
    # the quotation before `sagte die Ministerin` is Sabine Sütterlin-Waack's, the role word taking up `Innenministerin
    # Sabine Sütterlin-Waack` of the lead (rules 30, 44); the cue-less quotation in its own paragraph after the narrated
    # paragraph whose subject is `Sie` (the minister) continues her, also across the change of mark style (rules 8, 21,
    # 4698); the Polizei, the groups in Kiel and Lübeck and the injured say nothing; `Innenministerin` and `Ministerin` name
    # only her and are aliases (rule 44)
    quotes=[(cut(SH_P2, "„Ich wünsche", "aufgegangen“"), SUETTERLIN),
            (SH_P4, SUETTERLIN)],
    aliases={SUETTERLIN: ["Sabine Sütterlin-Waack", "Innenministerin Sabine Sütterlin-Waack", "Innenministerin",
                          "Ministerin"]})
