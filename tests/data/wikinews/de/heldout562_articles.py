# Five-hundred-and-sixty-second held-out German real-news set (tests/data/heldout562-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3270-3272). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal article number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixty-second held-out set": eight press releases of three German
# associations sent over the ots service of news aktuell, none of whose releases an earlier set used. Six are of the
# Deutsche Lebens-Rettungs-Gesellschaft (DLRG), the water-rescue association: three in its newsroom 7044 on presseportal.de
# (licence OTS_VERBAENDE_DE: Achim Haag at the start of the summer holidays, July 2019; Haag's rescue balance for 2020, May
# 2021; Ute Vogt's summer balance, 14 September 2022), two shown unchanged by the finance portal finanznachrichten.de (licence
# OTS_VERBAENDE_DE_REPOST: Haag on the forsa survey on children's swimming, June 2017; Haag on the flood operation, about 16 July
# 2021) and one reposted by the banking news portal bankkaufmann.com (licence OTS_VERBAENDE_DE_REPOST_PORTAL, new: Klaus
# Wilkens's summer balance, 20 September 2011). One is of the Deutsches Rotes Kreuz e.V. (Gerda Hasselfeldt, Hans Schwarz and
# Christian Reuter on Reuter's re-election as secretary general, December 2019, finanznachrichten.de) and one of the NABU
# (Olaf Tschimpke thirty years after the fall of the Wall, November 2019, in its newsroom 6347 on presseportal.de). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), subheadings left dangling before a cut paragraph are dropped with it, the newsroom, portal and wire furniture is
# dropped, the finance portal's joins are divided and the banking portal's hard wraps joined (rules 660, 2690, 2691, 2770,
# 2910, 3070, 3270), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_VERBAENDE_DE, OTS_VERBAENDE_DE_REPOST, OTS_VERBAENDE_DE_REPOST_PORTAL  # noqa: E402

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


HAAG = "Achim Haag"
VOGT = "Ute Vogt"
WILKENS = "Klaus Wilkens"
HASSELFELDT = "Gerda Hasselfeldt"
SCHWARZ = "Hans Schwarz"
REUTER = "Christian Reuter"
TSCHIMPKE = "Olaf Tschimpke"

# --- DLRG (presseportal.de, newsroom 7044), July 2019: Achim Haag at the start of the summer holidays ---

SF_T = "DLRG sorgt für Sicherheit im und am Wasser"
SF_P1 = ("In fast allen Bundesländern sind sie schon da: die Sommerferien. Mit Beginn der Urlaubszeit zieht es viele nun ans "
         "Meer oder an den nächstgelegenen See, um sich dort abzukühlen - oft jedoch zu sorglos. Für die Deutsche "
         "Lebens-Rettungs-Gesellschaft (DLRG) bedeutet das die arbeitsreichste Zeit des Jahres. Allein in den Monaten Juni bis "
         "September des Vorjahres ertranken fast 300 Menschen in Deutschland.")
SF_P2 = ("\"Leichtsinn, Selbstüberschätzung und oftmals auch übermäßiger Alkoholgenuss sind die Hauptursachen für das "
         "Ertrinken\", erklärt Achim Haag, Präsident der DLRG. Vor allem an unbewachten Gewässern sei das Risiko um ein "
         "Vielfaches höher. Flüsse, Seen und Teiche führten immer wieder die Ertrinkungsstatistiken an. Denn dort seien die "
         "Rettungsschwimmer selten im Einsatz. \"Wir sind immer bereit, mit Kommunen und Landkreisen zu kooperieren und unsere "
         "Gefahrenexpertise und Rettungsschwimmer zur Verfügung zu stellen. Leider versuchen viele allzu oft, sich mit "
         "Aufstellen eines Badeverbotsschilds etwa an einem See ihrer Verantwortung zu entziehen\", bedauert Haag. Das halte "
         "jedoch die wenigsten davon ab, ins Wasser zu springen.")
SF_P3 = ("\"An den Küsten haben wir mit dem Zentralen Wasserrettungsdienst Küste ein hervorragendes System etabliert, um Unfälle "
         "zu erkennen, zu verhindern oder in der Not schnell einzugreifen. Die Küsten sind also sehr sicher\", so der Chef der "
         "Lebensretter weiter. Tatsächlich ertranken im vergangenen Jahr mit 25 Menschen verhältnismäßig wenige zwischen Borkum "
         "und Usedom. Insgesamt wachen jährlich über 45.000 DLRG-Mitglieder ehrenamtlich über die Sicherheit von Badenden und "
         "Wassersportlern an Küsten und Binnengewässern. 974 Menschen haben die Rettungsschwimmer 2018 das Leben gerettet.")

add(id="ho562-presseportal-dlrg-2019-07-haag-sommerferien",
    title=SF_T,
    url="https://www.presseportal.de/pm/7044/4326300",
    retrieved="same address (release of the DLRG in its newsroom 7044 on presseportal.de at the start of the summer holidays "
              "of 2019, with the store's date prefix ' date 2019-07'; the release speaks of 2018 as the past year); the date "
              "prefix and the newsroom label 'DLRG - Deutsche Lebens-Rettungs-Gesellschaft' dropped (rules 63, 2910, 3270); "
              "the headline is the title, the dateline line 'Bad Nenndorf (ots)' a line of its own as stored; the subheading "
              "'Baderegeln' and the paragraph after it, cut off in the stored copy ('Viele Unfälle ließen sich vermeid'), "
              "dropped (rules 15, 2910)",
    license=OTS_VERBAENDE_DE,
    paras=["Bad Nenndorf (ots)", SF_P1, SF_P2, SF_P3],
    # the quotation before `erklärt Achim Haag, Präsident der DLRG` is his (rule 30); the Konjunktiv sentences after it,
    # unmarked, report him (rule 5), and the quotation before `bedauert Haag` is his (rules 30, 856: a verb of feeling after
    # the closing mark is a cue of saying); the quotation before `so der Chef der Lebensretter weiter` is his (rules 30, 3272),
    # the descriptive role taking up the president of the paragraph before; `Präsident der DLRG` and `Chef der Lebensretter`
    # name the association and its members and are no aliases (rules 33, 3272); the Kommunen and Landkreise, the
    # DLRG-Mitglieder and the Rettungsschwimmer say nothing
    quotes=[(cut(SF_P2, "\"Leichtsinn", "Ertrinken\""), HAAG),
            (cut(SF_P2, "\"Wir sind immer", "entziehen\""), HAAG),
            (cut(SF_P3, "\"An den Küsten", "sehr sicher\""), HAAG)],
    aliases={HAAG: ["Achim Haag", "Haag"]})

# --- DLRG (presseportal.de, newsroom 7044), May 2021: Achim Haag on the rescues of 2020 ---

EB_T = "DLRG-Einsatzkräfte haben 901 Menschen vor dem Tod bewahrt"
EB_P1 = ("Die Rettungsschwimmer der Deutschen Lebens-Rettungs-Gesellschaft (DLRG) haben im vergangenen Jahr 901 Menschen oft in "
         "letzter Minute vor dem Tod bewahrt. Bei 28 Einsätzen mussten sie sogar ihr eigenes Leben aufs Spiel setzen, um ein "
         "anderes zu erhalten. Die Einsatzbilanz weist insgesamt 24.747 Hilfeleistungen für Segler, Surfer und Motorbootfahrer "
         "aus, die an Küsten und Binnengewässern in Not gerieten. Diese Zahlen gab DLRG-Präsident Achim Haag heute in Hannover "
         "bekannt.")
EB_P2 = ("\"Unsere Retter geben auch unter widrigsten Umständen kein Menschenleben verloren. Sie kämpfen bei starker Strömung, "
         "Sturm und anderen Gefahren um jedes Leben\", würdigte der Präsident die Leistungen der Einsatzkräfte an den "
         "Gewässern. Die Bilanz der weltgrößten Wasserrettungsorganisation zeigt aber auch deutlich, dass insbesondere in den "
         "Sommermonaten die Arbeit der DLRG sehr bedeutend ist. \"In 2020 waren die innerdeutschen Küstenabschnitte und "
         "Binnengewässer coronabedingt deutlich stärker besucht als in den Vorjahren. Gerade der Monat August hat die "
         "Rettungseinsätze in die Höhe schnellen lassen. Leichtsinn, Selbstüberschätzung oder Unkenntnis über die Gewässer "
         "bleiben weiter die häufigsten Ursachen\", sagte Haag. Rund 41.000 Retter habe die DLRG im vergangenen Jahr "
         "eingesetzt. Sie bewachten 1.375 Freigewässer und 1.479 Schwimmbäder und haben auf ehrenamtlicher Basis etwa zwei "
         "Millionen Wachstunden geleistet, um die Wasserfreizeit von Millionen Menschen sicher zu machen. Die geleisteten "
         "Wachstunden waren aufgrund der Pandemie jedoch stark rückläufig, was vor allem daran lag, dass viele DLRG "
         "Gliederungen erst deutlich später als sonst in die Saison starten konnten. Im Vergleich zum Vorjahr gingen sie um "
         "rund ein Drittel zurück.")

add(id="ho562-presseportal-dlrg-2021-05-haag-einsatzbilanz",
    title=EB_T,
    url="https://www.presseportal.de/pm/7044/4918838",
    retrieved="same address (release of the DLRG in its newsroom 7044 on presseportal.de on the day of its balance press "
              "conference in Hannover ('heute'), with the store's date prefix ' date 2021-05'; the balance is that of 2020); "
              "the date prefix and the newsroom label 'DLRG - Deutsche Lebens-Rettungs-Gesellschaft' dropped (rules 63, 2910, "
              "3270); the headline is the title, the dateline line 'Hannover/Bad Nenndorf (ots)' a line of its own as stored; "
              "the subheading cut off in the stored copy after two words ('Pandemie sor') dropped with the section it opens "
              "(rules 15, 2910); the published 'In 2020' and 'DLRG Gliederungen' without a hyphen kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=["Hannover/Bad Nenndorf (ots)", EB_P1, EB_P2],
    # the quotation before `würdigte der Präsident die Leistungen der Einsatzkräfte an den Gewässern` is Haag's, named as
    # `DLRG-Präsident Achim Haag` in the sentence before (rules 30, 2911: `würdigte` names the act the words perform; the
    # Einsatzkräfte are the ones praised, not speakers, rule 12); the quotation before `sagte Haag` is his (rule 30); the
    # Konjunktiv sentence after it, unmarked, reports him (rule 5); the bare `Präsident` of the cue names only him in the
    # release and is an alias, `DLRG-Präsident` names the association and is not (rules 33, 44)
    quotes=[(cut(EB_P2, "\"Unsere Retter", "jedes Leben\""), HAAG),
            (cut(EB_P2, "\"In 2020", "Ursachen\""), HAAG)],
    aliases={HAAG: ["Achim Haag", "Haag", "Präsident"]})

# --- DLRG (presseportal.de, newsroom 7044), 14 September 2022: Ute Vogt's summer balance ---

SB_T = "Sommerbilanz der DLRG: Mindestens 289 Ertrunkene bis Ende des Sommers"
SB_P1 = ("In deutschen Gewässern sind bis zum Ende des Sommers mindestens 289 Menschen ertrunken. Bis einschließlich August "
         "kamen damit 44 Menschen mehr im Wasser ums Leben als im gleichen Zeitraum des Vorjahres und fast so viele wie 2021 "
         "insgesamt (299). Diese Zahlen gab die Deutsche Lebens-Rettungs-Gesellschaft (DLRG) am Mittwoch (14.9.) bekannt. "
         "\"Bereits der sehr warme Mai hatte seine Schatten vorausgeworfen: Im heißen August suchten viele Menschen noch einmal "
         "Abkühlung im Wasser und kamen leider allzu oft nicht mehr zurück\", so DLRG Präsidentin Ute Vogt. In diesem Monat "
         "verzeichnet die DLRG Statistik 72 Fälle; vergangenes Jahr waren es 40.")
SB_P2 = ("Das zeigt erneut, dass insbesondere an warmen Tagen und während langer Hitzeperioden die Zahl der Ertrinkungsopfer "
         "ansteigt. Obgleich die Pegelstände etwa von Rhein und Neckar in diesem Jahr deutlich absanken, zog es viele Badende "
         "ins Wasser. Doch gerade bei Niedrigwasser sind die Flüsse besonders tückisch: Einerseits verleiten sie Menschen eher "
         "dazu, weiter in den Fluss zu gehen, andererseits ist die Fließgeschwindigkeit durch das wenige Wasser in der "
         "Flussmitte noch höher als sonst. Allein in Flüssen ertranken im August mindestens 16 Personen.")
SB_H = "Gefahren oft unterschätzt"
SB_P3 = ("Die Zahl der Todesfälle an den deutschen Küstengewässern ist hingegen deutlich gesunken: Zwei Personen ertranken in "
         "der Nordsee (-5), elf in der Ostsee (-7). Zwischen Mai und September wachen über 5.000 ehrenamtliche "
         "Rettungsschwimmer an den fast 90 Wasserrettungsstationen entlang der Küsten über die Wassersicherheit. Bis Ende "
         "August retteten sie insgesamt 68 Menschen das Leben.")

add(id="ho562-presseportal-dlrg-2022-09-14-vogt-sommerbilanz",
    title=SB_T,
    url="https://www.presseportal.de/pm/7044/5320567",
    retrieved="same address (release of the DLRG in its newsroom 7044 on presseportal.de of Wednesday 14 September 2022 ('am "
              "Mittwoch (14.9.)'; store's date prefix ' date 2022-09'); the date prefix and the newsroom label 'DLRG - "
              "Deutsche Lebens-Rettungs-Gesellschaft' dropped (rules 63, 2910, 3270); the headline is the title; the copy "
              "shows no dateline line and is kept as it runs (rule 2910); the subheading 'Gefahren oft unterschätzt' kept as a "
              "line of its own; the fourth paragraph, cut off in the stored copy ('In vielen Fällen sind sich Badegäste … zu "
              "ei'), dropped (rule 15); the published 'DLRG Präsidentin' and 'DLRG Statistik' without hyphens kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[SB_P1, SB_P2, SB_H, SB_P3],
    # the quotation before `so DLRG Präsidentin Ute Vogt` is hers (rule 30), the colon inside the marks part of her span;
    # the DLRG as a body gives the figures (`gab die … (DLRG) … bekannt`) but is not given the quotation, which its cue gives
    # to Vogt (rules 11, 30); `DLRG Präsidentin` names the association and is no alias (rule 33); the narrator's analysis
    # after it carries no marks (rule 5)
    quotes=[(cut(SB_P1, "\"Bereits", "zurück\""), VOGT)],
    aliases={VOGT: ["Ute Vogt"]})

# --- DLRG (ots, shown by finanznachrichten.de), June 2017: Achim Haag on the forsa survey on children's swimming ---

SW_P1 = ("Bad Nenndorf (ots) - Eine repräsentative forsa-Umfrage hat es deutlich aufgezeigt: 59 Prozent der Zehnjährigen sind "
         "keine sicheren Schwimmer. Dies gab heute der Vizepräsident der Deutschen Lebens-Rettungs-Gesellschaft (DLRG), Achim "
         "Haag, in Hannover bekannt. Als sicherer Schwimmer wird bezeichnet, wer die Disziplinen des Jugendschwimmabzeichens in "
         "Bronze (Freischwimmer) erfüllt. Mit dieser Auffassung steht die DLRG nicht alleine da. Sie wird unterstützt von allen "
         "Schwimmsporttreibenden Verbänden und der Kultusministerkonferenz (KMK). \"Die Schwimmfähigkeit der Kinder im "
         "Grundschulalter ist weiterhin ungenügend. Im Durchschnitt besitzen nur 40 Prozent der Sechs- bis Zehnjährigen ein "
         "Jugendschwimmabzeichen\", so Haag. Die Umfrage zeige hier sehr deutlich auf, dass nach Angaben des befragten "
         "Elternteils 77 Prozent der Grundschüler das \"Seepferdchen\" absolviert haben. Haag: \"Als sicherer Schwimmer kann "
         "nur gelten, wer die Disziplinen des Jugendschwimmabzeichens in Bronze sicher beherrscht. Alle Experten, "
         "Sportwissenschaftler und unsere Ausbilder sind sich einig, dass die Prüfungsanforderungen des Seepferdchens dafür zu "
         "gering sind.\" Das Seepferdchen ist kein Schwimmabzeichen, hier handelt es sich lediglich um eine Bescheinigung "
         "dafür, dass sich das Kind auf einer Stecke von 25 Metern über Wasser halten kann.")
SW_P2 = ("Die Gründe für diese Entwicklung sind sowohl im familiären als auch im schulischen Bereich zu suchen, und auch die "
         "Bäderschließungen spielen eine Rolle. Achim Haag: \"Wer Bäder schließt, um Kosten zu senken, handelt fahrlässig und "
         "verantwortungslos. Die DLRG sieht in diesem Umfrage-Ergebnis eine Bestätigung ihrer Position und versteht das "
         "Ergebnis als Auftrag, ihre Arbeit für den Fortbestand der Schwimmbäder auf allen Ebenen fortzusetzen.\"")

add(id="ho562-finanznachrichten-dlrg-2017-06-haag-schwimmfaehigkeit",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-06/40892472-repraesentative-forsa-umfrage-zur-schwimmfaehigkeit-"
        "fast-60-prozent-der-zehnjaehrigen-kinder-sind-keine-sicheren-schwimmer-dlrg-bilanz-1-071-menschen-007.htm",
    retrieved="same address (release sent over news aktuell in June 2017 on the day of a press conference in Hannover "
              "('heute'), shown unchanged by finanznachrichten.de with the ots dateline; the sender is read from the "
              "dateline 'Bad Nenndorf', the DLRG's seat, and from the release's own voice ('Die DLRG sieht …', 'unsere "
              "Ausbilder'; rules 2910, 3270)); the crawl date prefix ' date 2017-06' dropped (rule 63); no headline in the "
              "copy, so no title line, and the first paragraph with its dateline run in ('Bad Nenndorf (ots) - Eine …') is the "
              "first line (rules 32, 2910); the empty lines between the paragraphs are the paragraph breaks; the third "
              "paragraph, cut off in the stored copy ('Bezeichnend in diesem Zusammenhang sind auch die Ergebnisse zur Frage "
              "\"Wann haben Sie schwimmen gelern'), dropped with the opening mark it holds (rule 15); the published "
              "'Schwimmsporttreibenden' with a capital and 'Stecke' kept (rule 20)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[SW_P1, SW_P2],
    # the quotation before `so Haag` is his (rule 30), introduced as `der Vizepräsident der Deutschen
    # Lebens-Rettungs-Gesellschaft (DLRG), Achim Haag` in the paragraph's second sentence; the certificate's name in the
    # Konjunktiv report after it (`Die Umfrage zeige …, dass … 77 Prozent der Grundschüler das "Seepferdchen" absolviert
    # haben`) is null (rule 3271); the colon quotations after the labels `Haag:` and `Achim Haag:`, each after a narrator's
    # sentence, are his (rules 9, 54); the role phrase naming the DLRG is no alias (rule 33); forsa, the swimming
    # associations, the Kultusministerkonferenz and the parents asked say nothing in marks
    quotes=[(cut(SW_P1, "\"Die Schwimmfähigkeit", "Jugendschwimmabzeichen\""), HAAG),
            ("\"Seepferdchen\"", None),
            (cut(SW_P1, "\"Als sicherer", "gering sind.\""), HAAG),
            (cut(SW_P2, "\"Wer Bäder", "fortzusetzen.\""), HAAG)],
    aliases={HAAG: ["Achim Haag", "Haag"]})

# --- DLRG (ots, shown by finanznachrichten.de), about 16 July 2021: Achim Haag on the flood operation ---

HW_P1 = ("Bad Nenndorf (ots) - Am Donnerstag (15.7.) ist die Deutsche Lebens-Rettungs-Gesellschaft (DLRG) bereits mit rund "
         "840 ehrenamtlichen Helfern in den von Unwettern und Überschwemmungen betroffenen Gebieten in Nordrhein-Westfalen und "
         "Rheinland-Pfalz im Einsatz gewesen. Weitere Einsatzkräfte aus Niedersachsen wurden alarmiert. \"Die Lage vor Ort ist "
         "wahrlich dramatisch. Für unseren Verband ist das eine der größten Herausforderungen in seiner Geschichte\", sagte "
         "DLRG Präsident Achim Haag am Donnerstag. \"Unsere 41.000 Rettungsschwimmer sind derzeit an den Badestellen gefordert "
         "wie zu keiner Zeit sonst im Jahr und jetzt kommt diese Katastrophe\", so Haag, der selbst in Rheinland-Pfalz lebt, "
         "weiter.")
HW_H = "Weitere 280 Helfer aus Hessen und Niedersachsen"
HW_P2 = ("Allein die DLRG in NRW ist zurzeit mit über 600 Kräften im Einsatz. Diese evakuieren Bewohner, retten in Not "
         "Geratene, sichern andere Helfe ab und verteidigen Deiche vor den Wassermassen. Insgesamt 14 Wasserrettungszüge sind "
         "ausgerückt. Damit ist die derzeitige Kapazität erreicht, weshalb Verstärkung von den Landesverbänden Hessen und "
         "Niedersachsen angefordert wurde. Aus Niedersachsen machten sich noch am Donnerstagabend zwei Wasserrettungszüge mit "
         "über 100 Helfern auf den Weg. Sieben weitere Wasserrettungszüge mit 175 Einsatzkräften starteten am Freitagmorgen in "
         "Hessen.")
HW_P3 = ("Unterstützung erhalten hat bereits die DLRG in Rheinland-Pfalz. Deren 160 Kräften kamen rund 60 Wasserretter aus dem "
         "Saarland zur Hilfe. \"Unseren Einsatzkräften gebührt - wie den vielen anderen Helfern auch - ein riesiges Dankeschön. "
         "Ihr freiwilliger Einsatz für die Menschen in den betroffenen Gebieten kann nicht hoch genug geschätzt werden\", so der "
         "DLRG Präsident.")

add(id="ho562-finanznachrichten-dlrg-2021-07-haag-hochwasser",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2021-07/53428382-trotz-hochsaison-an-den-badestellen-dlrg-mit-rund-"
        "840-einsatzkraeften-in-den-ueberschwemmten-gebieten-007.htm",
    retrieved="same address (release sent over news aktuell during the floods of mid-July 2021, on or soon after Friday 16 "
              "July (it reports Thursday 15 July and the Hessian units' start on Friday morning), shown unchanged by finanznachrichten.de with the ots dateline; "
              "the sender is read from the dateline 'Bad Nenndorf', the DLRG's seat, and from the release's own voice ('Für "
              "unseren Verband', its president quoted throughout; rules 2910, 3270)); the crawl date prefix ' date 2021-07' "
              "dropped (rule 63); no headline in the copy, so no title line, and the first paragraph with its dateline run in "
              "is the first line (rules 32, 2910); the paragraphs and the subheading that the copy runs together without a "
              "space ('weiter.Weitere 280 Helfer aus Hessen und NiedersachsenAllein', 'in Hessen.Unterstützung') divided at "
              "the joins, the subheading a line of its own (rules 2691, 2910); the paragraph run on after 'so der DLRG "
              "Präsident.' and cut off in the stored copy ('Sollte die Lage ernst bleiben … über die Innenminister der Länder "
              "a') dropped (rule 15); the published 'DLRG Präsident' without a hyphen and 'sichern andere Helfe ab' kept (rule "
              "20)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[HW_P1, HW_H, HW_P2, HW_P3],
    # the quotation before `sagte DLRG Präsident Achim Haag am Donnerstag` is his (rule 30); the quotation before `so Haag,
    # der selbst in Rheinland-Pfalz lebt, weiter` is his, the relative clause inside the cue changing nothing (rule 30); the
    # quotation before `so der DLRG Präsident`, two paragraphs later, is his (rules 30, 44: the role names the one president
    # of the release); `DLRG Präsident` names the association and is no alias (rule 33); the Landesverbände, the helpers and
    # the Saarland's Wasserretter say nothing
    quotes=[(cut(HW_P1, "\"Die Lage", "Geschichte\""), HAAG),
            (cut(HW_P1, "\"Unsere 41.000", "Katastrophe\""), HAAG),
            (cut(HW_P3, "\"Unseren Einsatzkräften", "werden\""), HAAG)],
    aliases={HAAG: ["Achim Haag", "Haag"]})

# --- Deutsches Rotes Kreuz (ots, shown by finanznachrichten.de), December 2019: Christian Reuter re-elected ---

DR_P1 = ("Berlin (ots) - Auf Vorschlag der DRK-Präsidentin Gerda Hasselfeldt haben das Präsidium und der Präsidialrat des "
         "Deutschen Roten Kreuzes e.V. am 28. November 2019 Christian Reuter für weitere sechs Jahre als Generalsekretär und "
         "Vorsitzenden des Vorstands des DRK bestätigt. Die Wiederwahl erfolgte einstimmig in beiden Organen. \"Mit Christian "
         "Reuter wird das DRK seine erfolgreiche und überzeugende Arbeit auf einer guten finanziellen Basis fortsetzen. Die "
         "frühzeitige Wiederwahl zeigt dies und zeugt zugleich von einer großen verbandlichen Geschlossenheit und Zufriedenheit "
         "mit der Arbeit unseres DRK-Generalsekretärs. Wir freuen uns sehr auf die weitere Zusammenarbeit mit ihm\", sagte "
         "DRK-Präsidentin Gerda Hasselfeldt.")
DR_P2 = ("Der Vorsitzende des DRK-Präsidialrates, Hans Schwarz, erklärte: \"Der Präsidialrat hat sich einstimmig für die "
         "Wiederwahl von Christian Reuter zum DRK-Generalsekretär und Vorsitzenden des Vorstands ausgesprochen. Das Gremium "
         "freut sich ebenfalls auf die Fortsetzung der erfolgreichen Zusammenarbeit in den kommenden Jahren.\"")
DR_P3 = ("Der Diplom-Volkswirt Christian Reuter (51) ist seit 1. April 2015 Generalsekretär und Vorsitzender des Vorstands des "
         "DRK. Seine erste Amtszeit läuft zum 1. April 2021 ab und wird jetzt frühzeitig bis zum 1. April 2027 verlängert. "
         "\"Ich freue mich sehr über das mir damit entgegengebrachte Vertrauen und sehe dies als Bestätigung meiner bisherigen "
         "Arbeit\", sagte Christian Reuter. \"Und ich habe heute einen noch größeren Respekt vor dem Amt und der Aufgabe des "
         "Generalsekretärs und Vorsitzenden des Vorstands. Ich werde weiterhin mit meiner ganzen Kraft den Zielen und "
         "Interessen des DRK dienen\", führte Reuter weiter aus.")

add(id="ho562-finanznachrichten-drk-2019-12-reuter-wiederwahl",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-12/48339117-christian-reuter-im-amt-des-drk-generalsekretaers-"
        "bestaetigt-007.htm",
    retrieved="same address (release sent over news aktuell in early December 2019, after the votes of 28 November 2019, "
              "shown unchanged by finanznachrichten.de with the ots dateline; the sender is read from the release's own voice "
              "(the association's president, the chairman of its Präsidialrat and its secretary general quoted, the profile "
              "paragraph 'Das Deutsche Rote Kreuz hat mit seinen … 19 DRK-Landesverbänden …'; rules 2910, 3270)); the crawl "
              "date prefix ' date 2019-12' dropped (rule 63); no headline in the copy, so no title line, and the first "
              "paragraph with its dateline run in ('Berlin (ots) - Auf Vorschlag …') is the first line (rules 32, 2910); the "
              "empty lines between the paragraphs are the paragraph breaks; the profile paragraph, cut off in the stored copy "
              "('… sowie 4.250 Ortsvereinen bundes'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[DR_P1, DR_P2, DR_P3],
    # the quotation before `sagte DRK-Präsidentin Gerda Hasselfeldt` is hers, although the paragraph before it has Christian
    # Reuter as the object of the election and the quotation speaks of him (`Mit Christian Reuter …`, `mit ihm`): the cue
    # after the closing mark names the speaker, and the person spoken of is no speaker (rules 12, 30); the colon quotation
    # after `Der Vorsitzende des DRK-Präsidialrates, Hans Schwarz, erklärte:` is his (rule 9); the quotation before `sagte
    # Christian Reuter` is Reuter's (rule 30), and so is the one before `führte Reuter weiter aus` (rule 44, the separable
    # verb with its particle at the end); role phrases naming the DRK or its bodies (`DRK-Präsidentin`, `Der Vorsitzende des
    # DRK-Präsidialrates`) are no aliases (rule 33); the Präsidium and the Präsidialrat as bodies say nothing in marks (the
    # Präsidialrat speaks through its chairman's quotation, whose cue names him, rule 2693)
    quotes=[(cut(DR_P1, "\"Mit Christian", "mit ihm\""), HASSELFELDT),
            (cut(DR_P2, "\"Der Präsidialrat", "Jahren.\""), SCHWARZ),
            (cut(DR_P3, "\"Ich freue", "Arbeit\""), REUTER),
            (cut(DR_P3, "\"Und ich habe", "dienen\""), REUTER)],
    aliases={HASSELFELDT: ["Gerda Hasselfeldt"],
             SCHWARZ: ["Hans Schwarz"],
             REUTER: ["Christian Reuter", "Reuter"]})

# --- NABU (presseportal.de, newsroom 6347), November 2019: Olaf Tschimpke thirty years after the fall of the Wall ---

MF_T = ("NABU:30 Jahre Mauerfall - Beim Naturschutz sind Ost und West zusammengewachsen - Bundesvertreterversammlung in "
        "Berlin")
MF_P1 = ("Der alarmierende weltweite Artenrückgang, die Klimakrise und das Engagement für eine umweltverträglichere "
         "Neuausrichtung der EU-Agrarpolitik stehen neben verbandspolitischen Themen am Samstag und Sonntag im Fokus der "
         "NABU-Bundesvertreterversammlung in Berlin. Die 260 Delegierten aus dem gesamten Bundesgebiet wählen an diesem "
         "Wochenende auch ein neues Präsidium. Eröffnet wird die Delegiertenversammlung von NABU-Präsident Olaf Tschimpke, der "
         "nach 16 Jahren an der Verbandsspitze nicht erneut für das Amt kandidiert. Als Gastrednerin begrüßt der NABU "
         "Bundesumweltministerin Svenja Schulze.")
MF_P2 = ("Anlässlich des 30. Jahrestages des Mauerfalls am 9. November zog Olaf Tschimpke Bilanz zu drei Jahrzehnten "
         "gesamtdeutscher Naturschutzarbeit sowie der Entwicklung des NABU. \"Wir sind im Naturschutz zusammengewachsen. Es ist "
         "gelungen, Naturparadiese zu bewahren und Neue zu schaffen. Dafür hat es Mut und einen langen Atem gebraucht. Es hat "
         "sich gelohnt.\" Ein Meilenstein für den gesamtdeutschen Naturschutz sei das ehrgeizige Nationalparkprogramm, das der "
         "ehemalige NABU-Vizepräsident Michel Succow als stellvertretender Umweltminister der DDR initiiert und umgesetzt habe. "
         "Selbstbewusst blicke der heutige NABU auch auf den Zusammenschluss des damaligen Deutschen Bundes für Vogelschutz mit "
         "dem Naturschutzbund der DDR. Neben dem Namen \"Naturschutzbund\" übernahm der NABU nach DDR-Muster die Einrichtung "
         "einer Fachausschuss-Struktur für den wissenschaftlichen Austausch. Bis heute sind Expertinnen und Experten in über 35 "
         "NABU-Bundesfachausschüssen und Bundesarbeitsgruppen - von Amphibienschutz und Botanik, über Insektenkunde, "
         "Umweltrecht bis Wildnis und Weidelandschaften - organisiert.")

add(id="ho562-presseportal-nabu-2019-11-tschimpke-mauerfall",
    title=MF_T,
    url="https://presseportal.de/pm/6347/4434292",
    retrieved="same address (release of the NABU in its newsroom 6347 on presseportal.de on the weekend of its "
              "Bundesvertreterversammlung in Berlin in November 2019, around the 30th anniversary of 9 November 1989 ('am "
              "Samstag und Sonntag'); the stored copy has no date prefix, and the date is read from the release's own "
              "occasion); the newsroom widget ('Alle Storys', 'Folgen', 'Keine Story von NABU mehr verpassen.') and the "
              "newsroom label 'NABU' dropped (rules 2690, 3270); the headline is the title, with the published 'NABU:30' "
              "without a space kept (rule 20); the dateline line 'Berlin (ots)' a line of its own as stored; the third "
              "paragraph, cut off in the stored copy ('Ein Erfolg sei auch die Sicherung des Nationalen Naturerbes: Über "
              "190.000 Hektar wertvolle Lebensr'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE,
    paras=["Berlin (ots)", MF_P1, MF_P2],
    # the quotation without a cue of its own after `zog Olaf Tschimpke Bilanz zu drei Jahrzehnten …` is his: `Bilanz ziehen`
    # names a speech act (rule 135), and a cue-less quotation after a sentence naming the one who speaks is his (rule 1925,
    # NOTES.md), the quotation opening right after the full stop of that sentence; the Konjunktiv sentences after it,
    # unmarked, go on reporting him (rule 5); the association's name in marks after `Neben dem Namen` is null (rules 2, 24); `NABU-Präsident`
    # names the association and is no alias (rule 33); Svenja Schulze, the delegates and Michel Succow say nothing in marks
    quotes=[(cut(MF_P2, "\"Wir sind im", "gelohnt.\""), TSCHIMPKE),
            ("\"Naturschutzbund\"", None)],
    aliases={TSCHIMPKE: ["Olaf Tschimpke"]})

# --- DLRG (ots, reposted by bankkaufmann.com), 20 September 2011: Klaus Wilkens's summer balance ---

SW11_T = "DLRG Sommerbilanz: 306 Menschen ertrunken"
SW11_P1 = join("Bad Nenndorf (ots) - Obwohl der Sommer 2011 weitgehend kalt und",
               "verregnet war, sind in den ersten acht Monaten 306 Männer und Frauen",
               "ertrunken. Zwischen Juni und August kamen 117 Menschen in deutschen",
               "Gewässern ums Leben. Im Vergleich mit dem Vorjahr waren es 25",
               "Personen weniger. Diese Zahlen gab die Deutsche",
               "Lebens-Rettungs-Gesellschaft (DLRG) heute bekannt.")
SW11_P2 = join("\"Das schlechte Wetter hat viele Menschen vom Schwimmen oder",
               "Wassersport abgehalten. Die Freibäder beklagen erhebliche Rückgänge",
               "bei den Besucherzahlen und auch viele Urlauber an Nord- und Ostsee",
               "verzichteten auf ein Bad in den Wellen. Dennoch ist die Zahl der",
               "tödlichen Unfälle nach wie vor sehr hoch. Signifikante Rückgänge sind",
               "nicht erkennbar. Von einer Entspannung der Sicherheitslage im und am",
               "Wasser kann keine Rede sein\", kommentierte DLRG-Präsident Dr. Klaus",
               "Wilkens die Zwischenbilanz.")
SW11_P3 = join("Die meisten Todesfälle ereigneten sich wieder im Binnenland. In",
               "Flüssen, Seen und Kanälen kamen zumeist abseits bewachter Badestellen",
               "253 Menschen ums Leben, das sind 82,7% aller tödlichen Unfälle.",
               "Wieder entspannt hat sich die Sicherheitslage an den Küsten von Nord-",
               "und Ostsee. 14 Personen verloren im Meer das Leben, neun weniger als",
               "vor einem Jahr. Gleichzeitig verzeichneten die Rettungsschwimmer der",
               "DLRG in den Sommermonaten zahlreiche lebensrettende Einsätze an den",
               "bewachten Badestellen.")
SW11_P4 = join("\"Ohne ihren Einsatz wären die tödlichen Badeunfälle deutlich",
               "höher. Dies zeigt die Notwendigkeit und den Erfolg des ehrenamtlichen",
               "Wasserrettungsdienstes\", so Dr. Klaus Wilkens weiter.")

add(id="ho562-bankkaufmann-dlrg-2011-09-20-wilkens-sommerbilanz",
    title=SW11_T,
    url="https://bankkaufmann.com/meldung-353316.html",
    retrieved="same address (release of the DLRG sent over news aktuell on 20 September 2011 ('heute'; the portal's date line "
              "'Geschrieben am 20-09-2011'), reposted by the banking news portal bankkaufmann.com with the ots dateline; the "
              "sender is read from the release's own voice and the dateline 'Bad Nenndorf', the DLRG's seat (rule 3270)); the "
              "portal's login link '(Registrieren)' and date line dropped (rule 3070); the headline is the title; the copy is "
              "hard-wrapped with an empty line between paragraphs, so the lines of each paragraph are joined with a space and "
              "the empty lines are the breaks (rules 660, 3070); the fifth paragraph, cut off in the stored copy ('In "
              "Schwimmbädern ertranken acht Menschen, … darunter waren drei Kleinkinder im Alte'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE_REPOST_PORTAL,
    paras=[SW11_P1, SW11_P2, SW11_P3, SW11_P4],
    # the quotation before `kommentierte DLRG-Präsident Dr. Klaus Wilkens die Zwischenbilanz` is his (rule 30; the name,
    # wrapped over two lines in the copy, is joined, rule 660); the quotation before `so Dr. Klaus Wilkens weiter` is his
    # (rule 30), its `ihren Einsatz` taking up the Rettungsschwimmer of the narrator's paragraph before, who say nothing (rule
    # 12); canonical name without the academic title, `Dr. Klaus Wilkens` an alias (rules 7, 181, as Homrighausen in the
    # 520th set); `DLRG-Präsident` names the association and is no alias (rule 33)
    quotes=[(cut(SW11_P2, "\"Das schlechte", "keine Rede sein\""), WILKENS),
            (cut(SW11_P4, "\"Ohne ihren", "Wasserrettungsdienstes\""), WILKENS)],
    aliases={WILKENS: ["Klaus Wilkens", "Dr. Klaus Wilkens"]})
