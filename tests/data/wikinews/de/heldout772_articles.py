# Seven-hundred-and-seventy-second held-out German real-news set (tests/data/heldout772-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4870-4874). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the copies'
# addresses and slugs, two or more distinctive phrases and the speakers' and other persons' names of each text with grep -rlF
# against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the
# worktrees of the parallel sets heldout767-heldout774). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-seventy-second held-out set": four releases of German police authorities
# sent over ots by news aktuell: one release of the Bundespolizeiinspektion Ebersbach read in its newsroom 74161 on
# presseportal.de (OTS_POLIZEI_SENDER: its chief Jens Mittasch on the rally weekend at Ostritz, June 2019) and three releases on
# the Hessentag of 2018 at Korbach as copied by regional sites (OTS_POLIZEI_REPOST_LOCAL, new): the police's closing report with
# the two Einsatzleiter Achim Kaiser and Christian Golomb on the site of the local radio Eder-Dampf-Radio (5 June 2018), the
# Bundespolizeiinspektion Kassel's closing report with Polizeioberrat Rainer Paul on the regional portal metropolnews.info
# (undated) and the police's report on the festival's seventh day on the news site mittelrhein-tageblatt.de (undated, June
# 2018). The set is short of the brief (seven to nine texts, twenty quotations): the session's search budget ran out after 22
# `search` calls, and these are all the stored texts of the family seen by then that carry marks and are in no earlier set.
# Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the date prefix,
# newsroom label and contact block of the presseportal copy, the radio site's module placeholder, the portal's picture
# caption and a heading left dangling before a cut-off paragraph are dropped (rule 4870); each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_SENDER, OTS_POLIZEI_REPOST_LOCAL  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


KAISER = "Achim Kaiser"
PAUL = "Rainer Paul"
MITTASCH = "Jens Mittasch"

# --- eder-dampfradio.de (ots copy), 5 June 2018: the police's closing report on the 58th Hessentag at Korbach ---

HK_P1 = ("Korbach (ots). Die beiden Einsatzleiter Kriminaldirektor Achim Kaiser und Kriminalrat Christian Golomb ziehen zum "
         "Abschluss des Hessentages ein positives Gesamtfazit. “Wir haben große Anstrengungen betrieben, die sich bezahlt "
         "gemacht haben. Die intensive Vorbereitung, die ständige und hohe Polizeipräsenz verbunden mit all unseren taktischen "
         "Maßnahmen sowie das Verhalten der Festbesucher haben maßgeblich dazu beigetragen, dass Korbach aus polizeilicher "
         "Sicht einen außerordentlich friedlichen und fröhlichen Hessentag erlebt hat, bei dem sich nur wenige Straftaten im "
         "Bereich der Kleinkriminalität ereigneten. Wir sind sehr zufrieden, dass unser Gesamtkonzept, die bestmögliche "
         "Sicherheit für die Festbesucher zu gewährleisten, aufging.”")
HK_P2 = ("Besonders lobten die beiden Polizeiführer die hervorragende Zusammenarbeit aller Beteiligten insbesondere mit der "
         "Stadt Korbach, der Staatskanzlei, der Bundespolizei, den Hilfs- und Rettungsdiensten (Feuerwehr, Sanitätsdienste und "
         "THW), den Sicherheitsdiensten und allen Ehrenamtlichen. Diese sehr gute Zusammenarbeit wird sich auch nachhaltig "
         "positiv auswirken, was der Sicherheit der Bürger zugutekommt. Abschließend würdigten die beiden Einsatzleiter die "
         "Einsatzkräfte der Polizei: “Wir haben im Einsatz stets freundliche und teils lachende Beamte getroffen, obwohl es ein "
         "hartes Stück Arbeit war. Da sind wir schon stolz auf unsere Kollegen! Sie haben sich konsequent, engagiert und "
         "kommunikativ für das Wohl der Besucher eingesetzt”")

add(id="ho772-ederdampfradio-2018-06-05-pol-korbach-hessentag-kaiser-golomb",
    title=None,
    url="https://www.eder-dampfradio.de/2018/06/05/polizei-positive-bilanz-des-58-hessentages-in-korbach/",
    retrieved="same address (closing report of the police on the 58th Hessentag at Korbach, sent over ots and copied by the "
              "local radio Eder-Dampf-Radio on 5 June 2018 by its address; the wire's dateline, set by the site as 'Korbach "
              "(ots).' with a full stop, run into the first paragraph as stored; the address slug "
              "('polizei-positive-bilanz-des-58-hessentages-in-korbach') gives the headline, which the stored copy does not "
              "show, so the document gets no title (rules 18, 4630, 4870); the site's module placeholder '{loadmodule "
              "mod_tcvn_banner_slider,Werbung 380 250 aktuell}' between the two paragraphs dropped as furniture (rule 4870); "
              "the stored copy ends with the second paragraph at the closing mark of the last quotation, published without a "
              "full stop ('eingesetzt”'), and shows no contact block (rules 17, 20); the English-style marks “…” kept as "
              "stored (rule 21))",
    license=OTS_POLIZEI_REPOST_LOCAL,
    paras=[HK_P1, HK_P2],
    # both quotations are the joint words of the two Einsatzleiter (rule 4871): the first, cue-less, follows the sentence whose
    # subject is both men (`Die beiden Einsatzleiter Kriminaldirektor Achim Kaiser und Kriminalrat Christian Golomb ziehen …
    # ein positives Gesamtfazit.`) and speaks in their `Wir`; the second follows the colon cue `Abschließend würdigten die
    # beiden Einsatzleiter die Einsatzkräfte der Polizei:`; the first-named, Achim Kaiser, is canonical, Christian Golomb and
    # the joint forms are aliases (rule 27); the Stadt Korbach, the Staatskanzlei, the Bundespolizei, the rescue services,
    # the security services and the volunteers, whom they praise, say nothing
    quotes=[(cut(HK_P1, "“Wir haben große", "aufging.”"), KAISER),
            (cut(HK_P2, "“Wir haben im Einsatz", "eingesetzt”"), KAISER)],
    aliases={KAISER: ["Achim Kaiser", "Kriminaldirektor Achim Kaiser", "Christian Golomb", "Kriminalrat Christian Golomb",
                      "Die beiden Einsatzleiter", "die beiden Einsatzleiter", "die beiden Polizeiführer"]})

# --- metropolnews.info (ots copy), June 2018: the Bundespolizeiinspektion Kassel on its Hessentag deployment ---

BK_P1 = ("Korbach (Kreis Waldeck-Frankenberg) (ots) – Mit dem Einsatz anlässlich des Hessentages in Korbach zeigte sich der "
         "Polizeiführer der Bundespolizei, Polizeioberrat Rainer Paul, sehr zufrieden.")
BK_H1 = "Polizeioberrat zufrieden"
BK_P2 = ("„Wir haben das gut gemeistert!, lobte der Polizeioberrat. Garant für den Einsatzerfolg war ein gutes "
         "Einsatzkonzept, dessen Ziel stets die Sicherheit der Bahnreisenden beinhaltete.")
BK_P3 = ("Das Konzept war weit im Vorfeld des Landesfestes durch intensive Vorbereitungen von Vertretern der Stadt, der "
         "Polizei Korbach und der Bundespolizeiinspektion Kassel ausgearbeitet worden. Mehr als 100.000 Menschen nutzten den "
         "Zug für die Fahrt in die Hessentagsstadt und zurück.")
BK_H2 = "Bahnhöfe sicher"
BK_P4 = ("“An den Korbacher Bahnhöfen entstand zu keiner Zeit eine gefährliche Situation für Bahnreisende; niemand kam zu "
         "Schaden, das ist ein erfreuliches Ergebnis!”, resümierte der Einsatzleiter.")
BK_P5 = ("Die gute Zusammenarbeit mit allen Sicherheitsbehörden, der Kurhessenbahn, dem Sicherheitsdienst der Deutschen Bahn AG "
         "sowie dem von der Stadt Korbach beauftragten Sicherheitsdienst der Firma PSK war ebenso für den Einsatzerfolg "
         "verantwortlich.")
BK_H3 = "Ein friedliches Fest – Kaum Straftaten registriert"
BK_P6 = ("Straftaten haben wir im Bereich der Bundespolizei erfreulicherweise nur sehr wenige registriert. Diese lagen alle im "
         "Bereich der Kleinkriminalität.")
BK_P7 = ("Am Einsatz der Bundespolizeiinspektion Kassel waren auch Beamte der Mobilen Kontroll- und Überwachungseinheit der "
         "Bundespolizeidirektion Koblenz, der Direktion Bundesbereitschaftspolizei sowie des Bundespolizeipräsidiums "
         "beteiligt.")

add(id="ho772-metropolnews-bpol-kassel-2018-06-hessentag-paul",
    title=None,
    url="https://www2.metropolnews.info/?p=339986",
    retrieved="same address (closing report of the Bundespolizeiinspektion Kassel on its deployment at the Hessentag of 2018 "
              "at Korbach, sent over ots and reposted by the regional news portal metropolnews.info under its post number "
              "339986; undated in the stored copy, after the festival's close (the police's closing report was copied on 5 June "
              "2018); the sender is told by the text's own "
              "`Bundespolizeiinspektion Kassel` and the caption's 'Bildquelle: Bundespolizeiinspektion Kassel' (rule 4870); the "
              "picture caption ('Markus Pisowodzki und Thomas Kunz waren während des Hessentages mit ihren Kolleginnen und "
              "Kollegen für die Sicherheit an Korbachs Bahnhöfen zuständig; Bildquelle: Bundespolizeiinspektion Kassel'), "
              "shown twice before the text, dropped (rule 14); no headline in the stored copy, so no title (rules 18, 4630); "
              "the wire's dateline with the portal's en dash ('Korbach (Kreis Waldeck-Frankenberg) (ots) –') run into the "
              "first paragraph as stored; the three subheadings ('Polizeioberrat zufrieden', 'Bahnhöfe sicher', 'Ein "
              "friedliches Fest – Kaum Straftaten registriert') kept as lines of their own (rule 13); the copy ends after the "
              "seventh paragraph without a contact block (rule 17); the published unclosed mark before ', lobte' and the "
              "mixed marks „ and “…” kept (rules 20, 21))",
    license=OTS_POLIZEI_REPOST_LOCAL,
    paras=[BK_P1, BK_H1, BK_P2, BK_P3, BK_H2, BK_P4, BK_P5, BK_H3, BK_P6, BK_P7],
    # the quotation opened by `„` and never closed ends where its own cue `, lobte der Polizeioberrat` begins (rule 103), the
    # span running to the exclamation mark; `der Polizeioberrat` is Rainer Paul, named in the lead as `Polizeioberrat Rainer
    # Paul` (rule 30), and the sentence after the cue (`Garant für den Einsatzerfolg war …`) is the release's narration
    # (rule 4872); the quotation before `resümierte der Einsatzleiter` is his too, `der Einsatzleiter` being the
    # `Polizeiführer der Bundespolizei` of the lead, the only head of the deployment the stored text names (rules 30, 4872);
    # the first-person paragraph `Straftaten haben wir … registriert.` has no marks and no span (rules 5, 23); Markus
    # Pisowodzki and Thomas Kunz stand only in the dropped caption; the Stadt, the Polizei Korbach, the Kurhessenbahn, the
    # Deutsche Bahn AG, the Firma PSK and the other federal police units say nothing; `Polizeiführer der Bundespolizei` names
    # the authority and is no alias (rule 33), `Polizeiführer`, `Polizeioberrat` and `Einsatzleiter` name only him (rule 44)
    quotes=[("„Wir haben das gut gemeistert!", PAUL),
            (cut(BK_P4, "“An den", "Ergebnis!”"), PAUL)],
    aliases={PAUL: ["Rainer Paul", "Polizeioberrat Rainer Paul", "Polizeioberrat", "Polizeiführer", "Einsatzleiter"]})

# --- presseportal.de, Bundespolizeiinspektion Ebersbach, June 2019: the rally weekend at Ostritz ---

OS_T = "BPOLI EBB: Bundespolizei sorgte für eine sichere An- und Abreise"
OS_P1 = ("Die Bundespolizei sorgte am vergangenen Versammlungswochenende in und um Ostritz für eine sichere An- und Abreise "
         "per Bahn. Die knapp 400 Beamten und ein Polizeihubschrauber legten ihren Fokus auf die Bahnstrecke zwischen Zittau "
         "und Görlitz sowie zahlreiche Bahnhöfe der Region. Der Leiter der Bundespolizeiinspektion Ebersbach, Jens Mittasch, "
         "zieht eine positive Bilanz: \"Die Bundespolizei war mit seinen Einsatzkräften unter anderem auf den Bahnhöfen in "
         "Görlitz und Zittau präsent und begleitete zahlreiche Züge nach und von Ostritz. Verstöße, egal welcher Art, wurden "
         "in diesem Zusammenhang nicht verzeichnet.\"")

add(id="ho772-ots-2019-06-bpoli-ebb-mittasch-ostritz",
    title=OS_T,
    url="https://www.presseportal.de/blaulicht/pm/74161/4304602",
    retrieved="same address (release of the Bundespolizeiinspektion Ebersbach sent over news aktuell from its newsroom 74161 "
              "in June 2019, the date prefix ' date 2019-06'); the date prefix and the newsroom label 'Bundespolizeiinspektion "
              "Ebersbach' dropped (rules 2245, 2541, 4630); the headline with its code 'BPOLI EBB:' is the title and the "
              "dateline 'Ostritz (ots)' a line of its own as stored; the contact block ('Rückfragen bitte an: / "
              "Bundespolizeiinspektion Ebersbach / Pressesprecher / Alfred Klaner / Telefon: … / www.bundespolizei.de / "
              "@bpol_pir') and the line 'Original-Content von: Bundespolizeiinspektion Ebersbach, übermittelt durch news "
              "aktuell' dropped (rule 2541); the published 'Die Bundespolizei war mit seinen Einsatzkräften' kept (rule 20); "
              "complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Ostritz (ots)", OS_P1],
    # the quotation after the colon cue `Der Leiter der Bundespolizeiinspektion Ebersbach, Jens Mittasch, zieht eine positive
    # Bilanz:` is his (rules 9, 4874); `Die Bundespolizei`, the grammatical subject of his first quoted sentence and of the
    # release's lead, is what he speaks of, not a speaker; the office phrase `Der Leiter der Bundespolizeiinspektion
    # Ebersbach` names the authority and is no alias (rule 33); the 400 officers say nothing
    quotes=[(cut(OS_P1, "\"Die Bundespolizei war", "verzeichnet.\""), MITTASCH)],
    aliases={MITTASCH: ["Jens Mittasch"]})

# --- mittelrhein-tageblatt.de (copy), June 2018: the police's report on the seventh day of the Hessentag at Korbach ---

HT_P1 = ("Korbach – Am Donnerstag besuchten insgesamt 100.000 Besucher den Hessentag mit seinem vielfältigen Ausstellungs- und "
         "Veranstaltungsprogramm.")
HT_P2 = ("Die Bundespolizei zählte 14.000 Besucher, die die Angebote des ÖPNV nutzten. Auf den Busparkplätzen parkten 27 "
         "Reisebusse. Die Besucher die mit dem Pkw angereist waren nutzten die Parkmöglichkeiten in der Nähe der "
         "Landesausstellung. Parkplatzkapazitäten standen aber noch in ausreichender Zahl zur Verfügung. Zu nennenswerten "
         "Verkehrsverzögerungen kam es nicht.")
HT_P3 = ("Der Donnerstag verlief wieder ruhiger als der Mittwoch. Die Konzerte in der Continental-Arena und dem Festzelt "
         "bereiteten keine Probleme. Die Besucher der Veranstaltungen wanderten nach dem Ende friedlich in Richtung "
         "Hessentagsstraße oder in Richtung Heimat ab. Es kam im Laufe der Nacht zu zwei Körperverletzungen in der Nähe der "
         "Hessentagsstraße, am „Ascher“ und in der „Medebacher Landstraße“. In beiden Fällen spielte Alkohol eine Rolle und die "
         "Geschädigten konnten keine genaue Täterbeschreibung abgeben.")
HT_P4 = ("Das Einsatzprotokoll der Rettungskräfte verzeichneten insgesamt 67 ambulante Behandlungen an den Unfallhilfsstellen. "
         "24 Hessentagsbesucher mussten mit dem RTW in das Korbacher Krankenhaus transportiert werden, wovon auch fünfmal der "
         "Notarzt zum Einsatz kam. Lediglich fünf Einsätze waren alkoholbedingt, 24 Einsätze hatten internistischen und 37 "
         "Einsätze chirurgischen Hintergrund. Einmal musste ein Kind behandelt werden.")

add(id="ho772-mittelrhein-tageblatt-pol-korbach-2018-06-hessentag-tag-7",
    title=None,
    url="https://www.mittelrhein-tageblatt.de/korbach-hessentag-korbach-2018-bilanz-der-polizei-zum-tag-7-und-8-46199/",
    retrieved="same address (the police's daily report on the Hessentag of 2018 at Korbach, here on its Thursday, the "
              "seventh day by the slug's 'Tag 7 und 8', as copied by the news site mittelrhein-tageblatt.de under its number 46199; undated in the stored "
              "copy; the copy shows neither headline nor the wire's '(ots)', only the place and a dash ('Korbach –'), kept run "
              "into the first paragraph as stored, and the address slug ('korbach-hessentag-korbach-2018-bilanz-der-polizei-"
              "zum-tag-7-und-8') gives the headline, so the document gets no title (rules 18, 4630); the sender, the police at "
              "Korbach, is inferred from the text's police voice and the slug's 'Bilanz der "
              "Polizei' (rule 4870); the fifth paragraph ('Gestern Nachmittag fand von 13:30 Uhr bis 15:30 Uhr eine "
              "Demonstration in Korbach statt, die von der Partei „Die Linke“ Waldeck-Frankenberg ordnungsgemäß angemeldet "
              "war. Motto der Veranstaltung war „Demonstration für den Frieden“ … „Abrüsten statt Aufrüsten“. … und den "
              "Auflagen'), cut off in the stored copy, dropped with its three marked names and with the heading 'Weitere "
              "polizeiliche Einsätze:' left dangling before it (rule 15); the published 'Die Besucher die mit dem Pkw "
              "angereist waren nutzten' without commas and 'Das Einsatzprotokoll … verzeichneten' kept (rule 20))",
    license=OTS_POLIZEI_REPOST_LOCAL,
    paras=[HT_P1, HT_P2, HT_P3, HT_P4],
    # the report quotes no person: the two places of the night's assaults in marks, the pub or square `„Ascher“` and the
    # street `„Medebacher Landstraße“`, are names and null (rules 2, 4873); the Bundespolizei, which counted the rail
    # passengers, the rescue services, whose log is summarised, and the injured say nothing
    quotes=[("„Ascher“", None),
            ("„Medebacher Landstraße“", None)],
    aliases={})
