# Seven-hundred-and-fifteenth held-out German real-news set (tests/data/heldout715-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4440-4445). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout711-
# heldout718). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifteenth held-out set": nine releases distributed by APA-OTS
# Originaltext-Service and shown on ots.at, of two Land governments and of two federal bodies: four of the Land Niederösterreich
# under APA_OTS_PUBLIC (Landeshauptfrau Johanna Mikl-Leitner and Sportlandesrat Jochen Danninger on the Union Volleyball
# Raiffeisen Waldviertel's first title, April 2022; Danninger receiving the handball team Hypo Niederösterreich in the Land's
# name, September 2022; LH-Stellvertreter Udo Landbauer honouring the Land's double and Champions League winners, September 2023;
# Mikl-Leitner on Austria's qualification for the football World Cup, November 2025), one of the Vorarlberg Landespressestelle
# under APA_OTS_PUBLIC (Landeshauptmann Herbert Sausgruber at the Militärkommando in Bregenz, May 2004), three of the
# Staatssekretariat für Sport in the Federal Chancellery under APA_OTS_POLITICS (Reinhold Lopatka before and after the U20
# team's match for third place at the World Cup in Canada, July 2007; Lopatka with Michel Platini at the EURO's opening dinner,
# June 2008) and one of the Federal Ministry of Defence and Sport under APA_OTS_POLITICS (Norbert Darabos on the snowboarders
# Benjamin Karl and Julia Dujmovits, January 2013). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker, editors' end marks, contact blocks,
# service lines and footers) is dropped, and the hard-wrapped lines of two copies are joined (rules 2542, 3050, 4440); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, APA_OTS_PUBLIC  # noqa: E402

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


MIKL = "Johanna Mikl-Leitner"
DANNINGER = "Jochen Danninger"
LANDBAUER = "Udo Landbauer"
SAUSGRUBER = "Herbert Sausgruber"
LOPATKA = "Reinhold Lopatka"
DARABOS = "Norbert Darabos"

# --- APA-OTS, Land Niederösterreich (NLK), 25 April 2022: Mikl-Leitner and Danninger on the Waldviertel volleyball title ---

VW_T = "Union Volleyball Raiffeisen Waldviertel holt ersten Meistertitel"
VW_SUB = ("LH Mikl-Leitner/LR Danninger: Union Volleyball Raiffeisen Waldviertel hat niederösterreichische Sportgeschichte "
          "geschrieben")
VW_P1 = ("St. Pölten (OTS/NLK) - Die Union Volleyball Raiffeisen Waldviertel hat niederösterreichische Sportgeschichte "
         "geschrieben. Mit dem 3:1-Satzsieg über SK Aich/Dob haben die Waldviertler das Finale der Austrian Volley League am "
         "Sonntagabend souverän nach vier Spielen für sich entschieden und mit einer wahren Machtdemonstration den ersten "
         "Meistertitel der Vereinsgeschichte geholt. „Mit dem Meistertitel hat die Union Volleyball Raiffeisen Waldviertel "
         "Sportgeschichte geschrieben und ganz Niederösterreich stolz gemacht. Mit großer Leidenschaft und einem "
         "eindrucksvollen Teamspirit haben sie als Kollektiv eindrucksvoll überzeugt und sich zur Nummer eins im heimischen "
         "Volleyball gekürt. Herzlichen Glückwunsch an das Team und den gesamten Verein“, so Landeshauptfrau Johanna "
         "Mikl-Leitner.")
VW_P2 = ("Die Nordmänner landeten damit – nur rund eineinhalb Monate nach dem Cupsieg – den nächsten großen Coup und dürfen "
         "als erster niederösterreichischer Verein über das Double im heimischen Volleyball-Zirkus jubeln. „Die Union "
         "Volleyball Waldviertel hat sich zu einem absoluten Aushängeschild in ganz Österreich entwickelt. Der Verein hat sich "
         "mit diesen Erfolgen für die großartige Arbeit der letzten Jahre belohnt. Nicht nur die sportlichen Leistungen, "
         "sondern insbesondere auch das euphorische Publikum belegen eindrucksvoll, dass der Volleyball im Waldviertel gelebt "
         "und geliebt wird. Gratulation an alle Beteiligten“, gratuliert Sportlandesrat Jochen Danninger.")

add(id="ho715-ots-nlk-2022-04-25-mikl-leitner-danninger-volleyball-waldviertel",
    title=VW_T,
    url="https://www.ots.at/presseaussendung/OTS_20220425_OTS0150/union-volleyball-raiffeisen-waldviertel-holt-ersten-"
        "meistertitel",
    retrieved="same address (release of the press service of the Land Niederösterreich on the APA-OTS service, 25 April 2022 by "
              "its OTS number and the final of the Sunday evening before; the sender is told by the dateline code "
              "'St. Pölten (OTS/NLK) -', kept at the start of the first paragraph (rules 2542, 4440); the crawl-date prefix "
              "' date 2022-04' before the headline dropped (rule 63); headline and subtitle kept as lines of their own as "
              "stored; the stored copy ends after the second body paragraph, before any contact block; both kept paragraphs "
              "complete as stored, a later part of the release, if any, not stored (rule 17))",
    license=APA_OTS_PUBLIC,
    paras=[VW_SUB, VW_P1, VW_P2],
    # the subtitle's double label `LH Mikl-Leitner/LR Danninger:` stands before unmarked words and carries no span; it makes
    # neither body quotation a joint statement, each having a cue of its own (rules 5, 27, 4445); the quotation before `so
    # Landeshauptfrau Johanna Mikl-Leitner` is hers, the one before `gratuliert Sportlandesrat Jochen Danninger` his (rule 30);
    # the club, SK Aich/Dob and `die Nordmänner` say nothing; `Landeshauptfrau` and `Sportlandesrat`, which name only one person
    # each in the text, are aliases, and so are the label forms `LH Mikl-Leitner` and `LR Danninger` (rule 44)
    quotes=[(cut(VW_P1, "„Mit dem Meistertitel", "gesamten Verein“"), MIKL),
            (cut(VW_P2, "„Die Union", "alle Beteiligten“"), DANNINGER)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner", "LH Mikl-Leitner", "Mikl-Leitner",
                    "Landeshauptfrau"],
             DANNINGER: ["Jochen Danninger", "Sportlandesrat Jochen Danninger", "LR Danninger", "Danninger",
                         "Sportlandesrat"]})

# --- APA-OTS, Land Niederösterreich, 20 September 2022: Danninger receives the triple winners Hypo Niederösterreich ---

HY_T = "Sportlandesrat Danninger empfing Triple-Sieger Hypo Niederösterreich"
HY_SUB = "„Mit dieser Machtdemonstration hat sich Hypo Niederösterreich einmal mehr als Rekord- und Vorzeigeverein erwiesen“"
HY_P1 = ("St.Pölten (OTS) - In der Saison 2021/22 gewann Hypo Niederösterreich die zweite Auflage des WHA-Supercups, krönte sich "
         "zum 32-mal zum Cupsieger und holte den 44. Meistertitel. Dabei musste das Team in den 26 Spielen der "
         "WHA-Meisterliga sogar nur eine einzige Niederlage hinnehmen. Am gestrigen Montag empfing Sportlandesrat Jochen "
         "Danninger die Handballerinnen im SPORTZENTRUM Niederösterreich und gratulierte persönlich. „Mit dieser "
         "Machtdemonstration hat sich Hypo Niederösterreich einmal mehr als Rekord- und Vorzeigeverein erwiesen. Durch ihre "
         "großartigen Leistungen und beeindruckenden Erfolge sind die Spielerinnen außerdem wichtige Vorbilder für unsere "
         "Jüngsten und sie sorgen dafür, dass Handball und Niederösterreich ein unschlagbares Team bleiben“, zeigte sich "
         "Sportlandesrat Jochen Danninger stolz und überreichte den Triple-Gewinnerinnen als Anerkennung, in Vertretung von "
         "Landeshauptfrau Johanna Mikl-Leitner, den Siegel-Glas-Teller des Landes Niederösterreich.")

add(id="ho715-ots-noe-2022-09-20-danninger-hypo-triple",
    title=HY_T,
    url="https://www.ots.at/presseaussendung/OTS_20220920_OTS0090/sportlandesrat-danninger-empfing-triple-sieger-hypo-"
        "niederoesterreich",
    retrieved="same address (release on the APA-OTS service, 20 September 2022 by its OTS number and the reception 'Am "
              "gestrigen Montag'; the crawl-date prefix ' date 2022-09' before the headline dropped (rule 63); the stored copy "
              "has no contact block, and the sender is inferred from the release's own voice as the Land Niederösterreich "
              "(its press service or the Landesrat's office): the Landesrat hands over the Land's Siegel-Glas-Teller in the "
              "name of the Landeshauptfrau at the Land's SPORTZENTRUM (rules 2581, 4440); the dateline 'St.Pölten (OTS) -' "
              "kept as stored; headline and subtitle kept as lines of their own as stored; the second body paragraph, which "
              "the stored copy cuts off inside a word ('… über das Triple aus Supercup, ÖHB-Cup und Meisterschaft ju'), "
              "dropped (rule 15); the published 'krönte sich zum 32-mal zum Cupsieger' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[HY_SUB, HY_P1],
    # the cue-less subtitle set wholly in marks is the first sentence of the body quotation word for word and goes to the
    # speaker the body credits with it (rules 26, 461); the body quotation before `zeigte sich Sportlandesrat Jochen Danninger
    # stolz und überreichte …, in Vertretung von Landeshauptfrau Johanna Mikl-Leitner, …` is his: the one he stands in for is
    # named in the cue but is not its subject and says nothing (rule 4442); Hypo Niederösterreich and the players say nothing;
    # `Sportlandesrat`, which names only him, is an alias (rule 44); the Landeshauptfrau is no speaker and gets no aliases
    quotes=[(HY_SUB, DANNINGER),
            (cut(HY_P1, "„Mit dieser", "Team bleiben“"), DANNINGER)],
    aliases={DANNINGER: ["Jochen Danninger", "Sportlandesrat Jochen Danninger", "Sportlandesrat Danninger", "Danninger",
                         "Sportlandesrat"]})

# --- APA-OTS, Land Niederösterreich, 12 September 2023: Landbauer honours the double and Champions League winners ---

DC_T = "Niederösterreichs Double- und Champions-League-Sieger 2022/23 für außerordentliche Erfolge geehrt"
DC_SUB = ("LH-Stv. Landbauer: „Unsere Vereine leisten eine hervorragende Arbeit und haben sich mit großartigen Erfolgen "
          "belohnt“")
DC_P1 = ("St.Pölten (OTS) - Niederösterreichs Top- und Leitvereine haben sich in der vergangenen Saison wieder in absoluter "
         "Titellaune präsentiert. Neben zahlreichen Meisterschaftstiteln sowie Cuptrophäen unterschiedlicher Mannschaften, gab "
         "es auch einen erlesenen Kreis an Teams, denen sogar das nationale Double aus Cup und Meisterschaft gelang. Darunter "
         "die drei Damenmannschaften BK Raiffeisen Duchess Klosterneuburg, Hypo Niederösterreich und spusu SKN St. Pölten "
         "Frauen sowie die Tischtennis-Herren des SolexConsult TTC Wiener Neustadt. Gekrönt wurde diese Bilanz durch die "
         "Sportkeglerinnen des SK FWT Composites Neunkirchen. Mit dem erstmaligen Titelgewinn in der Champions League gelang "
         "ihnen ein historischer Eintrag in die eigene Vereinsgeschichte wie auch in die blau-gelbe Sporthistorie.")
DC_P2 = ("„Unsere Vereine leisten eine hervorragende Arbeit und haben sich mit großartigen Erfolgen belohnt. Ich möchte allen "
         "Double- und Champions-League-Siegern nochmals recht herzlich zu ihren Titeln gratulieren, denn mit diesen "
         "überragenden Leistungen haben sie uns begeistert und sehr stolz gemacht. Zudem geben sie mit ihren Nachwuchsteams "
         "auch der jungen Generation die Chance, ihren Sportsgeist sowie ihr Talent zu beweisen und unterstützen uns somit bei "
         "der Umsetzung unserer Sportstrategie 2025“, zeigt sich LH-Stellvertreter Udo Landbauer begeistert, als er die "
         "erfolgreichen Teams in der HYPO NÖ Lounge der NV Arena empfing, um persönlich zu gratulieren.")

add(id="ho715-ots-noe-2023-09-12-landbauer-double-champions-league",
    title=DC_T,
    url="https://www.ots.at/presseaussendung/OTS_20230912_OTS0076/niederoesterreichs-double-und-champions-league-sieger-"
        "202223-fuer-ausserordentliche-erfolge-geehrt",
    retrieved="same address (release on the APA-OTS service, 12 September 2023 by its OTS number; the crawl-date prefix ' date "
              "2023-09' before the headline dropped (rule 63); the stored copy has no contact block, and the sender is inferred "
              "from the release's own voice as the Land Niederösterreich (its press service or the office of the "
              "LH-Stellvertreter responsible for sport): the Land honours its top clubs under 'unserer Sportstrategie 2025' "
              "(rules 2581, 4440); the dateline 'St.Pölten (OTS) -' kept as stored; headline and subtitle kept as lines of "
              "their own as stored; the third body paragraph, which the stored copy cuts off ('… haben die "
              "niederösterreichischen Top- und Leitvereine letzte Saison insgesamt'), dropped (rule 15); the published "
              "'Mannschaften, gab es' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[DC_SUB, DC_P1, DC_P2],
    # the subtitle quotation after the label `LH-Stv. Landbauer:` is his (rule 54), the opening sentence of his body quotation
    # (rule 26); the body quotation that opens its paragraph, closed by `zeigt sich LH-Stellvertreter Udo Landbauer begeistert,
    # als er …`, is his (rule 30); the clubs named in the lead say nothing; `LH-Stellvertreter`, which names only him, and the
    # label form `LH-Stv. Landbauer` are aliases (rule 44)
    quotes=[(DC_SUB[len("LH-Stv. Landbauer: "):], LANDBAUER),
            (cut(DC_P2, "„Unsere Vereine", "Sportstrategie 2025“"), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "LH-Stellvertreter Udo Landbauer", "LH-Stv. Landbauer", "Landbauer",
                         "LH-Stellvertreter"]})

# --- APA-OTS, Land Niederösterreich, 18 November 2025: Mikl-Leitner on Austria's qualification for the football World Cup ---

FB_T = "LH Mikl-Leitner: „Gratulation an unsere Fußball-Helden!“"
FB_SUB = "ÖFB-Team qualifiziert sich erstmals seit 28 Jahren für eine Fußball-Weltmeisterschaft"
FB_P1 = ("Erstmals seit 1998 hat sich Österreich in der heutigen Dienstagnacht im Wiener Ernst-Happel-Stadion für eine "
         "Fußball-Weltmeisterschaft qualifiziert. Landeshauptfrau Johanna Mikl-Leitner gratuliert Teamchef Ralf Rangnick und "
         "dem gesamten ÖFB-Team zu einem historischen Erfolg: „Seit heute weiß die ganze Welt: Österreich ist eine "
         "Fußballnation und unser Nationalteam einfach nur wöd. Herzliche Gratulation an unsere Fußball-Helden zu dieser "
         "großartigen Leistung. Ich freue mich besonders, dass mit Christoph Baumgartner, Florian Grillitsch, Philipp Lienhart "
         "und Patrick Wimmer gleich 4 Niederösterreicher zu diesem Sensationserfolg beigetragen haben.“")

add(id="ho715-ots-noe-2025-11-18-mikl-leitner-fussball-wm-qualifikation",
    title=FB_T,
    url="https://www.ots.at/presseaussendung/OTS_20251118_OTS0196/lh-mikl-leitner-gratulation-an-unsere-fussball-helden",
    retrieved="same address (release on the APA-OTS service, 18 November 2025 by its OTS number and the qualification of the "
              "Tuesday night; the stored copy has no dateline and no contact block, and the sender is inferred from the "
              "release's own voice as the Land Niederösterreich (the Landeshauptfrau's office or the Land's press service), "
              "which congratulates in her name and counts the team's 'Niederösterreicher' (rules 2581, 4440); headline, "
              "subtitle and body stored on single lines without blank lines between them, each kept as a line of its own; the "
              "published dialect 'einfach nur wöd' kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[FB_SUB, FB_P1],
    # the headline quotation after the label `LH Mikl-Leitner:` is hers (rule 54), the body repeating its words without the
    # exclamation (`Herzliche Gratulation an unsere Fußball-Helden …`, rule 26); the colon quotation after `Landeshauptfrau
    # Johanna Mikl-Leitner gratuliert Teamchef Ralf Rangnick und dem gesamten ÖFB-Team zu einem historischen Erfolg:` is hers,
    # the addressees in the object being no speakers (rule 9); the inner colon after `Seit heute weiß die ganze Welt` stays
    # inside the one span; Ralf Rangnick and the four players named inside her quotation say nothing; `Landeshauptfrau`,
    # which names only her, is an alias (rule 44)
    quotes=[("„Gratulation an unsere Fußball-Helden!“", MIKL),
            (cut(FB_P1, "„Seit heute", "beigetragen haben.“"), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner", "LH Mikl-Leitner", "Mikl-Leitner",
                    "Landeshauptfrau"]})

# --- APA-OTS, Vorarlberg Landespressestelle (VLK), 13 May 2004: Sausgruber at the Militärkommando in Bregenz ---

MK_T = "\"Regionale Sicherheitsstrukturen beibehalten\""
MK_SUB = "LH Sausgruber beim Militärkommando"
MK_P1 = join("Bregenz (VLK) - Landeshauptmann Herbert Sausgruber betonte",
             "gestern Mittwoch, bei seinem Besuch im Militärkommando in",
             "Bregenz die Notwendigkeit der Aufrechterhaltung regionaler Sicherheitsstrukturen.")
MK_P2 = join("Aus Sicht der Länder gibt es Bedenken, dass die",
             "regionalen Strukturen die zur Aufrechterhaltung der inneren Sicherheit und des Katastrophenschutzes notwendig "
             "sind,",
             "völlig vernachlässigt werden, führte der Landeshauptmann",
             "aus: \"Es besteht Sorge, dass durch das Reduzieren der",
             "regionalen Sicherheitsstrukturen die notwendige",
             "Handlungsfähigkeit verloren geht\".")
MK_P3 = ("Anschließend hatte jeder Soldat und Zivilbedienstete Gelegenheit, mit Landeshauptmann Sausgruber persönlich ein "
         "Gespräch zu führen.")

add(id="ho715-ots-vlk-2004-05-13-sausgruber-militaerkommando",
    title=MK_T,
    url="https://www.ots.at/presseaussendung/OTS_20040513_OTS0231/regionale-sicherheitsstrukturen-beibehalten",
    retrieved="same address (release of the Vorarlberg Landespressestelle on the APA-OTS service, 13 May 2004 by its OTS number "
              "and the visit of 'gestern Mittwoch', 12 May 2004; the sender is told by the dateline code 'Bregenz (VLK) -', "
              "kept at the start of the first paragraph, the contact block 'Rückfragen & Kontakt: Landespressestelle "
              "Vorarlberg …' and the footer code NVL0009, the last two dropped (rule 2542); the OTS marker ' ****' after the "
              "lead and the editors' end mark '(so/tm,nvl)' after the last paragraph dropped (rules 460, 2542); the stored "
              "paragraphs, hard-wrapped at about sixty characters, joined with one space at each line end (rules 2542, 3050, "
              "4440); headline and subtitle kept as lines of their own as stored; the published 'Strukturen die zur …' without "
              "a comma kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[MK_SUB, MK_P1, MK_P2, MK_P3],
    # the headline set wholly in marks, without a label or a verb, is Sausgruber's: the release reports only his view, the
    # lead states it without marks as the `Notwendigkeit der Aufrechterhaltung regionaler Sicherheitsstrukturen` that he
    # stressed, and his quotation speaks of the same structures (rules 26, 1945, 4444); the colon quotation after `führte der
    # Landeshauptmann aus:` is his, the unmarked clause before the colon giving his report of the Länder's concerns (rules 5,
    # 9); the Länder, the soldiers and the Zivilbedienstete say nothing; `Landeshauptmann`, which names only him, is an alias
    # (rule 44)
    quotes=[(MK_T, SAUSGRUBER),
            (cut(MK_P2, "\"Es besteht", "verloren geht\""), SAUSGRUBER)],
    aliases={SAUSGRUBER: ["Herbert Sausgruber", "Landeshauptmann Herbert Sausgruber", "LH Sausgruber",
                          "Landeshauptmann Sausgruber", "Landeshauptmann"]})

# --- APA-OTS, Staatssekretariat für Sport, 20 July 2007: Lopatka before the U20 team's match for third place ---

KF_T = "Sportstaatssekretär Reinhold Lopatka: Zuversichtlich vor Kleinem Finale bei U20-WM"
KF_SUB = "Größten Erfolg einer österreichischen Nachwuchsmannschaft mit 3. Platz krönen"
KF_P1 = ("Wien, 20. Juli 2007 (OTS) - \"Nachdem die Enttäuschung um das verlorene Halbfinale gegen Tschechien verdaut ist, bin "
         "ich zuversichtlich, dass die U20-Nationalmanschaft Chile im entscheidenden Spiel um Platz 3 besiegen kann\", so "
         "Sportstaatssekretär Dr. Reinhold Lopatka vor seinem Abflug zum Kleinen Finale nach Kanada. \"Das Team von Paul "
         "Gludovatz hat die mentale Stärke, den größten internationalen Erfolg einer österreichischen Nationalmannschaft seit "
         "1954 nach Hause zu bringen. Im Kleinen Finale am Sonntag können Kapitän Sebastian Prödl und Co. die WM mit der nie "
         "erwarteten Bronze-Medaille erfolgreich beenden.\" Lopatka trifft sich in Toronto mit Auslandsösterreichern, \"um mit "
         "diesen gemeinsam das Team lautstark zu unterstützen\".")

add(id="ho715-ots-sts-sport-2007-07-20-lopatka-vor-kleinem-finale",
    title=KF_T,
    url="https://www.ots.at/presseaussendung/OTS_20070720_OTS0063/sportstaatssekretaer-reinhold-lopatka-zuversichtlich-vor-"
        "kleinem-finale-bei-u20-wm",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 20 "
              "July 2007 by its OTS number and its dateline; the sender is told by the contact block 'Roland Achatz / "
              "Staatssekretariat für Sport' with an address at bka.gv.at and the footer code STS0001, both dropped (rules 3440, "
              "4220, 4390); the OTS marker ' ****' after the last sentence dropped (rule 460); the dateline 'Wien, 20. Juli 2007 "
              "(OTS) -' kept at the start of the paragraph; headline and subtitle kept as lines of their own as stored; the "
              "published 'U20-Nationalmanschaft' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KF_SUB, KF_P1],
    # the headline label `Sportstaatssekretär Reinhold Lopatka:` and the subtitle stand before unmarked words and carry no span
    # (rule 5); the quotation before `so Sportstaatssekretär Dr. Reinhold Lopatka vor seinem Abflug …` is his (rule 30), and
    # the cue-less quotation after it goes on in his voice (NOTES.md continuation); the marked purpose clause that completes
    # the narrator's indicative sentence on his plans (`Lopatka trifft sich in Toronto mit Auslandsösterreichern, "um …"`) is
    # his (rule 4441); Paul Gludovatz, Sebastian Prödl, Tschechien, Chile and the Auslandsösterreicher say nothing;
    # `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[(cut(KF_P1, "\"Nachdem", "besiegen kann\""), LOPATKA),
            (cut(KF_P1, "\"Das Team", "erfolgreich beenden.\""), LOPATKA),
            ("\"um mit diesen gemeinsam das Team lautstark zu unterstützen\"", LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 22 July 2007: Lopatka after the U20 team's fourth place in Toronto ---

WV_T = "Sportstaatssekretär Reinhold Lopatka: Historischer Erfolg der U20 bei WM perfekt"
WV_SUB = "U20-Team von Paul Gludovatz nach einer starken Vorstellung WM-Vierter"
WV_P1 = ("Toronto, 22. Juli 2007 (OTS) - \"Die U20-Nationalmannschaft hat mit einem tollen Kleinen Finale ihre großartige "
         "Turnier-Leistung bei der Weltmeisterschaft in Kanada noch einmal bewiesen, das Publikum mit Spielwitz und Kampfgeist "
         "begeistert, letztlich fehlte aber das Quentchen Spielglück zum Sieg\", so Sportstaatssekretär Dr. Reinhold Lopatka "
         "nach dem 0:1 gegen Chile. Dem Gesamt-Erfolg tue dies aber keinen Abbruch, da die ÖFB-Junioren über das ganze Turnier "
         "hinweg mit einem vorbildlichen Teamgeist national wie international für Aufsehen gesorgt haben. \"Internationale "
         "Trainer und Scouts haben große Talente aus österreichischer Nachwuchsarbeit zu Gesicht bekommen.\" Insgesamt sei der "
         "4. Platz bei der U20-WM der größte Erfolg einer österreichischen Nationalmannschaft seit über 50 Jahren. \"In "
         "Österreich ist durch den U20-Erfolgslauf und der parallel verlaufenden U19-Europameisterschaft echte EURO "
         "2008-Stimmung aufgekommen. Herzlichen Dank und herzliche Gratulation dem Team um Kapitän Sebastian Prödl und Co. und "
         "der hervorragenden Arbeit von Teamchef Paul Gludovatz\", so Lopatka.")

add(id="ho715-ots-sts-sport-2007-07-22-lopatka-u20-wm-vierter",
    title=WV_T,
    url="https://www.ots.at/presseaussendung/OTS_20070722_OTS0033/sportstaatssekretaer-reinhold-lopatka-historischer-erfolg-"
        "der-u20-bei-wm-perfekt",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 22 "
              "July 2007 by its OTS number and its dateline; the sender is told by the contact block 'Roland Achatz / "
              "Staatssekretariat für Sport' with an address at bka.gv.at and the footer code STS0001, both dropped (rules 3440, "
              "4220, 4390); the OTS marker ' ****' after the last sentence dropped (rule 460); the dateline 'Toronto, 22. Juli "
              "2007 (OTS) -' kept at the start of the paragraph; headline and subtitle kept as lines of their own as stored; the "
              "published 'Quentchen' and 'durch den U20-Erfolgslauf und der parallel verlaufenden U19-Europameisterschaft' kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WV_SUB, WV_P1],
    # the headline label before unmarked words and the subtitle carry no span (rule 5); the quotation before `so
    # Sportstaatssekretär Dr. Reinhold Lopatka nach dem 0:1 gegen Chile` is his (rule 30); the Konjunktiv sentences (`tue`,
    # `sei`) are his unmarked reported speech (rules 3, 5), and the cue-less quotation between them goes on in his voice
    # (NOTES.md continuation; rule 4392); the last quotation before `so Lopatka` is his (rule 30); Paul Gludovatz, Sebastian
    # Prödl, Chile, the ÖFB-Junioren and the Trainer und Scouts say nothing; `Sportstaatssekretär`, which names only him, is an
    # alias (rule 44)
    quotes=[(cut(WV_P1, "\"Die U20", "zum Sieg\""), LOPATKA),
            (cut(WV_P1, "\"Internationale", "bekommen.\""), LOPATKA),
            (cut(WV_P1, "\"In Österreich", "Paul Gludovatz\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 6 June 2008: Lopatka with Michel Platini at the EURO's opening dinner in Basel ---

EP_T = "Sportstaatssekretär Reinhold Lopatka beim inoffiziellen Ankick der EURO mit Michel Platini"
EP_SUB = "Gute Zusammenarbeit mit Veranstalter UEFA und der Österreichischen Bundesregierung"
EP_P1 = join("Wien (OTS) - \"Das lange Warten hat ein Ende, die EURO 2008",
             "beginnt. Es waren gute 2003 Tage der Zusammenarbeit mit dem Veranstalter UEFA und der Österreichischen "
             "Bundesregierung. Gemeinsam mit Präsident Michel Platini können wir nun gemeinsam das Fußballfest in Angriff "
             "nehmen\", so Sportstaatssekretär Dr. Reinhold Lopatka, der heute auf Einladung von UEFA-Präsident Platini beim "
             "offiziellen Eröffnungsdinner der Delegationen der 16 EURO-Teilnehmerländer in Basel teilnimmt. Er, Lopatka, habe "
             "Michel Platini bei mehrmaligen Gipfelgesprächen getroffen, nach Besichtigung der EURO-Städte und Stadien habe "
             "Platini nur lobende Worte gefunden. \"Wir sind bereit, ganz Österreich freut sich auf hunderttausende echte "
             "Fußballfans, die in- und außerhalb der Stadien ihrer Fußballbegeisterung freien Lauf lassen\", so Lopatka "
             "abschließend.")

add(id="ho715-ots-sts-sport-2008-06-06-lopatka-platini-euro-ankick",
    title=EP_T,
    url="https://www.ots.at/presseaussendung/OTS_20080606_OTS0295/sportstaatssekretaer-reinhold-lopatka-beim-inoffiziellen-"
        "ankick-der-euro-mit-michel-platini",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 6 June "
              "2008 by its OTS number and the opening dinner in Basel the evening before the EURO's first match; the sender is "
              "told by the contact block 'Roland Achatz / Staatssekretariat für Sport' with an address at bka.gv.at and the "
              "footer code NBU0008, both dropped (rules 3440, 4220, 4390); the single stored line break after 'die EURO 2008', "
              "inside the quotation, joined with one space (rules 3050, 4440); headline and subtitle kept as lines of their own "
              "as stored; the published 'Gemeinsam mit … können wir nun gemeinsam' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[EP_SUB, EP_P1],
    # the headline and subtitle are unmarked (rule 5); the quotation before `so Sportstaatssekretär Dr. Reinhold Lopatka, der
    # heute auf Einladung von UEFA-Präsident Platini … teilnimmt` is his, the relative clause naming his host, not another
    # speaker (rule 30); the Konjunktiv sentence `Er, Lopatka, habe Michel Platini … getroffen, … habe Platini nur lobende
    # Worte gefunden` reports, without marks, what Lopatka says of Platini's praise: no span, and Platini says nothing in marks
    # (rule 5); the closing quotation before `so Lopatka abschließend` is his (rule 30); the UEFA and the Bundesregierung say
    # nothing; `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[(cut(EP_P1, "\"Das lange", "in Angriff nehmen\""), LOPATKA),
            (cut(EP_P1, "\"Wir sind bereit", "freien Lauf lassen\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Dr. Reinhold Lopatka",
                       "Sportstaatssekretär Dr. Reinhold Lopatka", "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 26 January 2013: Darabos on Karl's gold, Dujmovits's silver ---

SB_T = "Sportminister Darabos gratuliert Benjamin Karl und Julia Dujmovits zu WM-Medaillen"
SB_SUB = "Tolle Erfolge Österreichs bei der Snowboard-WM"
SB_P1 = ("Wien (OTS/BMLVS) - Tolle Medaillenerfolge Österreichs bei der Snowboard-WM in Stoneham in Kanada: Benjamin Karl und "
         "Julia Dujmovits holten im Parallel-Riesentorlauf Gold und Silber. Sportminister Norbert Darabos freut sich mit den "
         "beiden: \"Benjamin Karls Goldene hat einmal mehr unter Beweis gestellt, wie viel man mit Kampfgeist erreichen kann. "
         "Nach der Verletzung im Herbst hat er sich wieder zurückgekämpft und bei der Weltmeisterschaft jetzt unter "
         "schwierigen äußeren Bedingungen bei extremer Kälte seine Leistung abgerufen\", so Darabos.")
SB_P2 = ("Einen historischen Erfolg landete Julia Dujmovits mit der Silbermedaille, die sie ebenfalls im Parallel-Riesentorlauf "
         "erreichte. \"Julia Dujmovits hat mit ihrem zweiten Platz einen für das Burgenland historischen Erfolg erreicht. Ihre "
         "Medaille ist die erste für das Burgenland, was mich als Burgenländer natürlich besonders freut und wozu ich Ihr sehr "
         "herzlich gratuliere.\"")

add(id="ho715-ots-bmlvs-2013-01-26-darabos-karl-dujmovits-snowboard-wm",
    title=SB_T,
    url="https://www.ots.at/presseaussendung/OTS_20130126_OTS0022/sportminister-darabos-gratuliert-benjamin-karl-und-julia-"
        "dujmovits-zu-wm-medaillen",
    retrieved="same address (release of the Federal Ministry of Defence and Sport on the APA-OTS service, 26 January 2013 by its "
              "OTS number and the parallel giant slalom at Stoneham; the sender is told by the dateline code '(OTS/BMLVS)', "
              "kept at the start of the first paragraph (rules 4220, 4390, 4440); the crawl-date prefix ' date 2018-03' before "
              "the headline, a date of the crawl and not of the release, dropped (rule 63); the stored copy ends after the "
              "second body paragraph, before any contact block; headline and subtitle kept as lines of their own as stored; the "
              "published capital in 'wozu ich Ihr sehr herzlich gratuliere' kept (rule 20); both kept paragraphs complete as "
              "stored, a later part of the release, if any, not stored (rule 17))",
    license=APA_OTS_POLITICS,
    paras=[SB_SUB, SB_P1, SB_P2],
    # the headline and subtitle are unmarked (rule 5); the colon quotation after `Sportminister Norbert Darabos freut sich mit
    # den beiden:`, closed by `so Darabos`, is his (rules 9, 30); the cue-less quotation of the second paragraph, after the
    # narrator's sentence on Julia Dujmovits's silver, speaks of her in the third person and of its speaker as `mich als
    # Burgenländer` who congratulates her: it is the minister's, not the athlete's (rule 4443); Benjamin Karl and Julia
    # Dujmovits say nothing; `Sportminister`, which names only him, is an alias (rule 44)
    quotes=[(cut(SB_P1, "\"Benjamin", "Leistung abgerufen\""), DARABOS),
            (cut(SB_P2, "\"Julia", "herzlich gratuliere.\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Sportminister Norbert Darabos", "Sportminister Darabos", "Darabos",
                       "Sportminister"]})
