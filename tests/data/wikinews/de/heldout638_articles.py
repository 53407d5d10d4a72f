# Six-hundred-and-thirty-eighth held-out German real-news set (tests/data/heldout638-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3860-3862). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed
# before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-thirty-eighth held-out set": nine releases distributed by APA-OTS
# Originaltext-Service and shown on ots.at: three of the Federal Ministry of Defence (BMLV: Günther Platter welcoming a contact
# group of the Bundesheer-Reformkommission and the Österreich-Konvent, March 2004; Platter and the Swiss Federal President Samuel
# Schmid marking 60 years of the Second Republic in Bern, April 2005; Platter on the soldiers in the Styrian floods, August 2005),
# four of the Federal Ministry of Defence and Sport (BMLVS: Norbert Darabos congratulating Stefan Raser and Alban Lakata, August
# 2010, and the men's Faustball team, August 2010; Darabos on the soldiers wounded in Kosovo, November 2011; Darabos
# congratulating the ÖSV team in Schladming, February 2013, sender read from the dateline code), one of the Federal Ministry of
# the Interior (BMI: Johanna Mikl-Leitner after the killing of policemen and a paramedic, September 2013), all under licence
# APA_OTS_POLITICS, and one of the Vorarlberg Landespressestelle (VLK: Herbert Sausgruber after the tsunami in South-East Asia,
# December 2004) under APA_OTS_PUBLIC. Stored copies are the `search` tool's `pages` excerpts; every release body is complete in
# them; the wire furniture (crawl date prefix, the marker `****`, end marks, contact blocks, service lines and footers) is
# dropped and a stored line break inside a paragraph is joined (rules 48, 63, 460, 2600, 2680, 3050, 3440, 3860); each
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
    """A stored paragraph broken by a single line break: its lines joined with one space."""
    return " ".join(line.strip(" ") for line in lines)


PLATTER = "Günther Platter"
DARABOS = "Norbert Darabos"
MIKL = "Johanna Mikl-Leitner"
SAUSGRUBER = "Herbert Sausgruber"

# --- APA-OTS, Bundesministerium für Landesverteidigung, 29 March 2004: Platter welcomes a contact group ---

KG_T = "Platter begrüßt Kontaktgruppe zwischen BH-Reformkommission und Österreich-Konvent"
KG_SUB = "Thema Landesverteidigung gemeinsam behandeln"
KG_P1 = ("Wien (OTS) - \"Ich begrüße die Einrichtung einer Kontaktgruppe zwischen der Bundesheer-Reformkommission und dem "
         "Österreich-Konvent\", sagte heute, Montag, Verteidigungsminister Günther Platter. \"Die beiden Gremien können so im "
         "Einvernehmen miteinander arbeiten.\" Schon in der ORF-Pressestunde hat der Verteidigungsminister die Forderung von "
         "Helmut Zilk, dem Vorsitzenden der Bundesheer-Reformkommission, nach mehr Koordination zwischen den beiden Gremien "
         "unterstützt.")
KG_P2 = ("\"Es ist wichtig, dass das Thema Landesverteidigung gemeinsam behandelt wird\", so Platter. Der Verteidigungsminister "
         "betonte, ihm sei immer daran gelegen, dass die Bundesheer-Reformkommission und der Österreich-Konvent hier "
         "koordiniert vorgehen. \"Deshalb habe ich mich schon in der Pressestunde für ein Einvernehmen zwischen Kommission und "
         "Konvent ausgesprochen\", so Platter.")

add(id="ho638-ots-bmlv-2004-03-29-platter-kontaktgruppe-reformkommission-konvent",
    title=KG_T,
    url="https://www.ots.at/presseaussendung/OTS_20040329_OTS0195/platter-begruesst-kontaktgruppe-zwischen-bh-"
        "reformkommission-und-oesterreich-konvent",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung on the APA-OTS service, 29 March 2004 by "
              "its OTS number and the release's 'heute, Montag'; the sender is told by the contact block 'Mag. Lisa Berger / "
              "Bundesministerium für Landesverteidigung / Pressesprecherin des Verteidigungsministers' and the footer code "
              "NLA0001, dropped with the service line (rules 2680, 3860); headline and subtitle kept as lines of their own, the "
              "dateline 'Wien (OTS) -' run into the first paragraph as stored; complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[KG_SUB, KG_P1, KG_P2],
    # the quotation before `sagte heute, Montag, Verteidigungsminister Günther Platter` is his (rule 30), and the cue-less
    # quotation after it continues him (NOTES.md continuation); the narrator's sentence on the ORF-Pressestunde names Helmut
    # Zilk, whose `Forderung` the minister supported, without marks (rule 5); the two quotations before `so Platter` are his,
    # the Konjunktiv sentence between them (`Der Verteidigungsminister betonte, ihm sei …`) unmarked (rules 5, 30); the
    # headline label `Platter begrüßt …` and the subtitle carry no span (rule 5); Helmut Zilk, the Bundesheer-Reformkommission
    # and the Österreich-Konvent say nothing; `Verteidigungsminister`, which names only Platter, is an alias (rule 44)
    quotes=[(cut(KG_P1, "\"Ich begrüße", "Konvent\""), PLATTER),
            ("\"Die beiden Gremien können so im Einvernehmen miteinander arbeiten.\"", PLATTER),
            (cut(KG_P2, "\"Es ist wichtig", "behandelt wird\""), PLATTER),
            (cut(KG_P2, "\"Deshalb habe", "ausgesprochen\""), PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Verteidigungsminister Günther Platter", "Platter", "Verteidigungsminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 30 April 2005: Platter and Samuel Schmid in Bern ---

BE_T = "Platter und Schmid gedenken 60 Jahre Wiedererrichtung der Republik"
BE_SUB = "Platter besucht Schweizer Bundespräsidenten Samuel Schmid"
BE_P1 = ("Bern (OTS) - Anlässlich des Jubiläums \"60 Jahre Wiedererrichtung der Republik Österreich\" lud der Schweizer "
         "Bundespräsident Samuel Schmid Verteidigungsminister Günther Platter zu einem zweitägigen Besuch in die Schweiz. "
         "\"Dieses historische Ereignis wollen wir gemeinsam auch der Schweizer Bevölkerung vermitteln\", so Platter.")
BE_P2 = ("\"Ich freue mich sehr, dass Bundespräsident Samuel Schmid dieses Jubiläum auch für die Schweiz als sehr bedeutend "
         "einstuft\", betonte Platter. \"Die Wiedererrichtung der Republik ist Symbol für die Freiheit Österreichs.\"")
BE_P3 = ("Eine Premiere gab es am gestrigen Freitagabend in Bern. \"Erstmals wurde der Große Zapfenstreich des österreichischen "
         "Bundesheeres im Ausland aufgeführt.\" 55 Musiker der Militärmusik Tirol und 70 Musiker der Schweizer Militärmusik "
         "nahmen an der Aufführung teil. \"Musik verbindet über Grenzen hinweg\", so Platter. Gemeinsam mit Bundespräsident "
         "Schmid wohnte der österreichische Verteidigungsminister der Aufführung bei.")

add(id="ho638-ots-bmlv-2005-04-30-platter-schmid-wiedererrichtung-republik",
    title=BE_T,
    url="https://www.ots.at/presseaussendung/OTS_20050430_OTS0005/platter-und-schmid-gedenken-60-jahre-wiedererrichtung-der-"
        "republik",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung on the APA-OTS service, 30 April 2005 by "
              "its OTS number and the release's 'am gestrigen Freitagabend', 29 April 2005; the sender is told by the contact "
              "block 'Mag. Martin Brandstötter / Bundesministerium für Landesverteidigung / Pressesprecher des "
              "Verteidigungsministers' and the footer code NLA0001, dropped with the service line (rules 2680, 3860); headline "
              "and subtitle kept as lines of their own, the dateline 'Bern (OTS) -' run into the first paragraph as stored; "
              "complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[BE_SUB, BE_P1, BE_P2, BE_P3],
    # the jubilee's name in marks in apposition to `des Jubiläums` is null (rules 24, 3661); the quotations before `so Platter`
    # and `betonte Platter` are his (rule 30), the first one's `wir` speaking for him and his host, and the cue-less quotation
    # after `betonte Platter` continues him (NOTES.md continuation); the cue-less quotation after the narrator's `Eine Premiere
    # gab es …` is Platter's, the release's only quoted speaker, whose next quotation closes with `so Platter` (rule 3861);
    # Samuel Schmid (`Bundespräsident Samuel Schmid`, `Bundespräsident Schmid`), the host, is named in the lead, in Platter's
    # own quotation and after the last one, but says nothing in marks; the musicians and the Militärmusik say nothing;
    # `Verteidigungsminister`, which names only Platter, is an alias (rule 44), `österreichische Verteidigungsminister` not
    # (rule 33)
    quotes=[("\"60 Jahre Wiedererrichtung der Republik Österreich\"", None),
            (cut(BE_P1, "\"Dieses historische", "vermitteln\""), PLATTER),
            (cut(BE_P2, "\"Ich freue", "einstuft\""), PLATTER),
            ("\"Die Wiedererrichtung der Republik ist Symbol für die Freiheit Österreichs.\"", PLATTER),
            (cut(BE_P3, "\"Erstmals wurde", "aufgeführt.\""), PLATTER),
            ("\"Musik verbindet über Grenzen hinweg\"", PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Verteidigungsminister Günther Platter", "Platter", "Verteidigungsminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung, 22 August 2005: Platter on the flood relief in Styria ---

HW_T = "Platter: Bundesheer hilft den Menschen in Hochwassergebieten"
HW_SUB = "Über 110 Soldaten bei Hochwassereinsatz in der Steiermark"
HW_P1 = ("Wien (BMLV) - \"Unsere Soldatinnen und Soldaten helfen den Menschen in den Hochwassergebieten. Rund 110 Angehörige "
         "des Bundesheeres standen von Sonntag bis heute der steirischen Bevölkerung im Kampf gegen das Hochwasser zur Seite, "
         "derzeit stehen noch 63 Mann im Einsatz\", sagte heute, Montag, Verteidigungsminister Günther Platter.")
HW_P2 = ("In Schwanberg sind 50 Soldaten der Pionierkompanie des Stabbataillon 7 aus Leibnitz, in Graz zehn Soldaten des "
         "Pionierzuges des Militärkommandos im Einsatz und im Raum Gasen erkunden drei Mann des Katastropheneinsatzzuges des "
         "Jägerbataillon 17 aus Strass. Weiters stehen noch ca. 400 Soldaten in Bereitschaft für weitere Einsätze.")
HW_P3 = ("\"Auch das neue Bundesheer wird für Hilfseinsätze zur Verfügung stehen\", betonte Platter in Zusammenhang mit der "
         "Bundesheerreform. \"Schutz und Hilfe für die Menschen in Österreich gehören natürlich auch in Zukunft zu den "
         "Inlandsaufgaben des Bundesheeres.\"")

add(id="ho638-ots-bmlv-2005-08-22-platter-hochwassereinsatz-steiermark",
    title=HW_T,
    url="https://www.ots.at/presseaussendung/OTS_20050822_OTS0079/platter-bundesheer-hilft-den-menschen-in-hochwassergebieten",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung on the APA-OTS service, 22 August 2005 by "
              "its OTS number and the release's 'heute, Montag'; the sender is told by the dateline code 'Wien (BMLV) -', the "
              "contact block 'Bundesministerium für Landesverteidigung / Presseabteilung' and the footer code NLA0001, the last "
              "two dropped with the service line (rules 2680, 3860); the OTS marker ' ****' after the first paragraph dropped "
              "(rule 460); headline and subtitle kept as lines of their own; the published 'des Stabbataillon 7' and 'des "
              "Jägerbataillon 17' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[HW_SUB, HW_P1, HW_P2, HW_P3],
    # the quotation before `sagte heute, Montag, Verteidigungsminister Günther Platter` is his (rule 30); the narrator's
    # paragraph on the units carries no span; the quotation before `betonte Platter in Zusammenhang mit der Bundesheerreform`
    # is his, and the cue-less quotation after it continues him (NOTES.md continuation); the headline label `Platter:` before
    # unmarked words carries no span (rule 5); the soldiers, the units and the steirische Bevölkerung say nothing;
    # `Verteidigungsminister`, which names only Platter, is an alias (rule 44)
    quotes=[(cut(HW_P1, "\"Unsere Soldatinnen", "im Einsatz\""), PLATTER),
            (cut(HW_P3, "\"Auch das neue", "stehen\""), PLATTER),
            (cut(HW_P3, "\"Schutz und Hilfe", "Bundesheeres.\""), PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Verteidigungsminister Günther Platter", "Platter", "Verteidigungsminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 9 August 2010: Darabos congratulates Raser and Lakata ---

RL_T = "Darabos gratuliert Raser und Lakata zu WM-Gold"
RL_P1 = ("Wien (OTS/BMLVS) - Diese Woche gehen die Schwimm-Europameisterschaften in Budapest aus österreichischer Sicht so "
         "richtig los. Doch auch in anderen Disziplinen ziehen Österreichs Sportler die Aufmerksamkeit an sich. So konnte "
         "Sportminister Norbert Darabos am Wochenende gleich zwei Athleten zu WM-Gold gratulieren.")
RL_P2 = ("Den Anfang machte Stefan Raser, der bei der Sportschützen-WM in München die Goldmedaille errang. Für den 24-jährigen "
         "Oberösterreicher, der auch Silber mit der Mannschaft errang, ist es der größte Erfolg seiner Karriere. Raser ist "
         "Angehöriger des Österreichischen Bundesheeres und war 2008 schon Mannschafts-Militärweltmeister.")
RL_P3 = ("Am Sonntag schließlich holte der 31-jährige Osttiroler Alban Lakata bei der WM in St. Wendel/Deutschland die lang "
         "ersehnte Goldmedaille im Mountainbike-Marathon.")
RL_P4 = ("Sportminister Darabos: \"Ich gratuliere beiden Athleten recht herzlich zu ihren großartigen Leistungen. Sie haben "
         "durch ihre Erfolge wieder einmal die Bandbreite des österreichischen Spitzensports unter Beweis gestellt.\"")

add(id="ho638-ots-bmlvs-2010-08-09-darabos-raser-lakata-wm-gold",
    title=RL_T,
    url="https://www.ots.at/presseaussendung/OTS_20100809_OTS0037/darabos-gratuliert-raser-und-lakata-zu-wm-gold",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung und Sport on the APA-OTS service, 9 August "
              "2010 by its OTS number; the sender is told by the dateline code 'Wien (OTS/BMLVS) -', the contact block "
              "'Bundesministerium für Landesverteidigung und Sport / Mag. Stefan Hirsch, Pressesprecher des Bundesministers' "
              "with the second contact 'Mag. (FH) Anja Richter / Büro des Sportministers' and the footer code NLA0001, the last "
              "two dropped with the service line (rules 2680, 3860); headline kept as the title, each paragraph one line as "
              "stored; complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[RL_P1, RL_P2, RL_P3, RL_P4],
    # the colon quotation after the verbless label `Sportminister Darabos:` at the start of the last paragraph is his (rules 9,
    # 54), although the two paragraphs before it speak only of the two athletes; Stefan Raser (`Raser`, `24-jährigen
    # Oberösterreicher`) and Alban Lakata, whom he congratulates, say nothing (rule 3682); the headline label before unmarked
    # words carries no span (rule 5); `Sportminister`, which names only Darabos, is an alias (rule 44)
    quotes=[(cut(RL_P4, "\"Ich gratuliere", "gestellt.\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Sportminister Norbert Darabos", "Sportminister Darabos", "Darabos",
                       "Sportminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 30 August 2010: Darabos on the Faustball European title ---

FB_T = ("Sportminister Norbert Darabos gratuliert unserem Herren-Faustballnationalteam zum Europameistertitel")
FB_P1 = ("Wien (OTS/BMLVS) - Österreich bleibt weiterhin das Maß aller Dinge im internationalen Faustballsport. Der regierende "
         "Weltmeister konnte nun auch bei den Europameisterschaften in der Schweiz seinen Titel erfolgreich verteidigen.")
FB_P2 = join("Dementsprechend begeistert zeigte sich Sportminister Norbert Darabos:",
             "\"Dieser Europameistertitel, der bereits fünfte seit dem Jahre 1984, ist genau das richtige Signal für die "
             "Heim-WM im kommenden Jahr. Ich gratuliere unserer Herren-Nationalmannschaft und Teamchef Winfried Kronsteiner zu "
             "dieser herausragenden Leistung, welche die Vorfreude auf das große Turnier im Jahr 2011 noch weiter steigern "
             "wird.\", so Sportminister Darabos.")

add(id="ho638-ots-bmlvs-2010-08-30-darabos-faustball-europameistertitel",
    title=FB_T,
    url="https://www.ots.at/presseaussendung/OTS_20100830_OTS0062/sportminister-norbert-darabos-gratuliert-unserem-herren-"
        "faustballnationalteam-zum-europameistertitel",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung und Sport on the APA-OTS service, 30 "
              "August 2010 by its OTS number; the sender is told by the dateline code 'Wien (OTS/BMLVS) -', the contact block "
              "'Bundesministerium für Landesverteidigung und Sport / Mag. Stefan Hirsch, Pressesprecher des Bundesministers' "
              "with the second contact 'Mag. (FH) Anja Richter / Büro des Sportministers' and the footer code NLA0001, the last "
              "two dropped with the service line (rules 2680, 3860); headline kept as the title; the single stored line break "
              "after the colon that ends the cue line 'Dementsprechend begeistert zeigte sich Sportminister Norbert Darabos:' "
              "joined with one space, the copy separating its paragraphs by empty lines (rules 3050, 3860); the published "
              "'steigern wird.\", so' with the full stop inside the marks kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[FB_P1, FB_P2],
    # the quotation after the colon of `Dementsprechend begeistert zeigte sich Sportminister Norbert Darabos:` and before `so
    # Sportminister Darabos` is his, both cues naming him (rules 9, 30); Winfried Kronsteiner, the Teamchef named inside the
    # quotation, and the Nationalmannschaft say nothing (rule 3682); the headline label before unmarked words carries no span
    # (rule 5); `Sportminister`, which names only Darabos, is an alias (rule 44)
    quotes=[(cut(FB_P2, "\"Dieser Europameistertitel", "steigern wird.\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Sportminister Norbert Darabos", "Sportminister Darabos", "Darabos",
                       "Sportminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 30 November 2011: Darabos on the soldiers in Kosovo ---

KO_T = "Kosovo - Darabos: Ich bin stolz auf die Leistung unserer Soldaten"
KO_SUB = "\"Sie meistern eine schwierige Situation hoch professionell\""
KO_P1 = ("Brüssel (OTS/BMLVS) - \"Ich bin stolz auf die Leistungen unserer Soldaten im Kosovo. Sie bewahren in einer "
         "schwierigen Situation die Ruhe und verhalten sich hoch professionell. Dafür gebührt ihnen mein aufrichtiger "
         "Respekt\", sagte Verteidigungsminister Norbert Darabos am Mittwoch, nachdem er Nachricht von der erfolgreichen "
         "Landung der zweiten Hercules mit verwundeten Soldaten an Bord erhalten hatte. Darabos weilt derzeit in Brüssel beim "
         "Treffen der EU-Verteidigungsminister.")
KO_P2 = ("\"Für ihre Leistungen sind unsere Soldaten international hoch angesehen. In den vergangenen Tagen haben sie einmal "
         "mehr unter Beweis gestellt, dass dieser gute Ruf gerechtfertigt ist\", sagte Darabos. Die Äußerungen eines der "
         "verwundeten Soldaten, wonach er mit seiner Einheit wieder ins Ausland gehen würde, zeige, so Darabos, \"aus welchem "
         "Holz die Profis des Bundesheeres geschnitzt sind\".")
KO_P3 = ("Er lasse sich laufend vom Generalstab und dem Streitkräfteführungskommando über die aktuelle Lageentwicklung "
         "informieren und stehe auch in direktem Kontakt mit dem stv. KFOR-Kommandanten Brigadier Johann Luif, so Darabos.")

add(id="ho638-ots-bmlvs-2011-11-30-darabos-kosovo-stolz-soldaten",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20111130_OTS0306/kosovo-darabos-ich-bin-stolz-auf-die-leistung-unserer-"
        "soldaten",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung und Sport on the APA-OTS service, 30 "
              "November 2011 by its OTS number and the release's 'am Mittwoch'; the sender is told by the dateline code "
              "'Brüssel (OTS/BMLVS) -', the contact block 'Bundesministerium für Landesverteidigung und Sport / Mag. Stefan "
              "Hirsch, Pressesprecher des Bundesministers' and the footer code NLA0003, the last two dropped with the service "
              "line (rules 2680, 3860); the end mark with the press officer's sign '(Schluss) sa', run onto the last full stop "
              "without a space, dropped (rules 48, 3050); headline and subtitle kept as lines of their own; the published "
              "'stv. KFOR-Kommandanten' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3],
    # the subtitle quotation without a cue is Darabos's, whom the headline label `Darabos:` names and whose lead quotation says
    # nearly the same (`Sie bewahren in einer schwierigen Situation die Ruhe und verhalten sich hoch professionell`; rules 26,
    # 461); the headline label before unmarked words carries no span (rule 5); the quotations before `sagte Verteidigungsminister
    # Norbert Darabos am Mittwoch` and `sagte Darabos` are his (rule 30); the marked clause that completes the sentence on a
    # wounded soldier's remarks after the inserted `so Darabos` is his, the soldier no speaker (rule 3862); the Konjunktiv
    # report closed by `so Darabos` carries no span (rule 5); Johann Luif, the Generalstab, the Streitkräfteführungskommando
    # and the EU-Verteidigungsminister say nothing; `Verteidigungsminister`, which names only Darabos, is an alias (rule 44)
    quotes=[(KO_SUB, DARABOS),
            (cut(KO_P1, "\"Ich bin stolz", "Respekt\""), DARABOS),
            (cut(KO_P2, "\"Für ihre Leistungen", "gerechtfertigt ist\""), DARABOS),
            (cut(KO_P2, "\"aus welchem Holz", "geschnitzt sind\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Verteidigungsminister Norbert Darabos", "Darabos", "Verteidigungsminister"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 12 February 2013: Darabos on the team gold in Schladming ---

SG_T = "Sportminister Norbert Darabos gratuliert ÖSV Team zu erstem WM-Gold"
SG_P1 = ("WIEN (OTS/BMLVS) - Sportminister Norbert Darabos gratuliert dem österreichischen Ski-Team zum ersten WM Gold bei den "
         "alpinen Ski-Weltmeisterschaften in Schladming. Die Österreichische Mannschaft konnte nach einem klaren Sieg im "
         "Semifinale auch im Finale gegen Schweden einen klaren Sieg einfahren.")
SG_P2 = ("\"Ich freue mich mit dem Team über diesen verdienten Erfolg. Der eindeutige Sieg unterstreicht die mannschaftliche "
         "Stärke und die Qualität des Österreichischen Ski-Teams im Ganzen und ist für die nächsten Tage hoffentlich auch der "
         "nötige Rückhalt, um in den technischen Bewerben nochmals befreit antreten zu können\", so der Sportminister in einer "
         "ersten Reaktion.")

add(id="ho638-ots-bmlvs-2013-02-12-darabos-oesv-team-wm-gold",
    title=SG_T,
    url="https://www.ots.at/presseaussendung/OTS_20130212_OTS0210/sportminister-norbert-darabos-gratuliert-oesv-team-zu-"
        "erstem-wm-gold",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung und Sport on the APA-OTS service, 12 "
              "February 2013 by its OTS number, the day of the team event of the alpine world championships in Schladming; the "
              "crawl date prefix ' date 2018-03' dropped (rule 63); the stored copy ends after the second paragraph without a "
              "contact block, and the sender is read from the dateline code 'WIEN (OTS/BMLVS) -', kept in capitals as stored "
              "(rules 20, 3440, 3860); headline kept as the title; the published 'ÖSV Team', 'WM Gold' and 'Die Österreichische "
              "Mannschaft' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SG_P1, SG_P2],
    # the quotation before the role cue `so der Sportminister in einer ersten Reaktion` is Darabos's, whom the lead names as
    # the congratulating minister (rules 30, 44, 3682); the Ski-Team, the Mannschaft and Schweden say nothing; the headline
    # names him without marks (rule 5); `Sportminister`, which names only him, is an alias (rule 44)
    quotes=[(cut(SG_P2, "\"Ich freue mich", "antreten zu können\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Sportminister Norbert Darabos", "Sportminister"]})

# --- APA-OTS, Bundesministerium für Inneres, 17 September 2013: Mikl-Leitner after the killings in Lower Austria ---

IT_T = "Das Innenministerium trauert"
IT_P1 = ("Wien (OTS) - Am heutigen Tage kamen Polizisten und ein Rettungssanitäter während der Ausübung ihres Dienstes "
         "gewaltsam ums Leben.")
IT_P2 = ("\"Ich bin über den Tod der Polizisten und des Rettungssanitäters zutiefst erschüttert. Sie haben ihr Leben gelassen "
         "für unsere Sicherheit. Mein aufrichtiges Mitgefühl gilt den Familienangehörigen und den Kolleginnen und Kollegen der "
         "Getöteten\", sagte Innenministerin Mag.a Johanna Mikl-Leitner.")

add(id="ho638-ots-bmi-2013-09-17-mikl-leitner-innenministerium-trauert",
    title=IT_T,
    url="https://www.ots.at/presseaussendung/OTS_20130917_OTS0239/das-innenministerium-trauert",
    retrieved="same address (release of the Bundesministerium für Inneres on the APA-OTS service, 17 September 2013 by its OTS "
              "number, the day of the shootings near Annaberg in Lower Austria; the sender is told by the contact block "
              "'Bundesministerium für Inneres / Mag. Andreas Wallner, Pressesprecher der Bundesministerin' and the footer code "
              "NIN0004, dropped with the service line (rules 2680, 3860); headline kept as the title, the dateline 'Wien (OTS) -' "
              "run into the first paragraph as stored; complete in the stored copy; the release is named as looked at and left "
              "out by an earlier set in its SOURCES section, not used there)",
    license=APA_OTS_POLITICS,
    paras=[IT_P1, IT_P2],
    # the quotation before `sagte Innenministerin Mag.a Johanna Mikl-Leitner` is hers (rule 30); the ministry that the headline
    # makes the subject of `trauert` is the sender and says nothing in marks (rule 5); the Polizisten, the Rettungssanitäter
    # and the Familienangehörigen say nothing; the canonical name leaves out the academic title, which stays in the aliases
    # that carry it (rules 7, 3732); `Innenministerin`, which names only her, is an alias (rule 44)
    quotes=[(cut(IT_P2, "\"Ich bin über", "der Getöteten\""), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Mag.a Johanna Mikl-Leitner", "Innenministerin Mag.a Johanna Mikl-Leitner",
                    "Mikl-Leitner", "Innenministerin"]})

# --- APA-OTS, Vorarlberger Landespressestelle, 30 December 2004: Sausgruber after the tsunami in South-East Asia ---

TS_T = "LH Sausgruber: Betroffenheit über Katastrophe in Südostasien auch in Vorarlberg"
TS_P1 = ("Bre (VLK) - Die Organisation des Rücktransports der verletzten Vorarlbergerinnen ist nunmehr unter Mithilfe des "
         "vierköpfigen Spezialteams aus Vorarlberg im Gang. Landeshauptmann Herbert Sausgruber: \"Wir wünschen den Verletzten "
         "Wiederherstellung der Gesundheit und hoffen, dass die Bemühungen zum Auffinden der Vermissten zum Erfolg führen\".")
TS_P2 = ("Unsere Gedanken, so Sausgruber weiter, gelten auch der schwer betroffenen Bevölkerung in den Katastrophengebieten. "
         "Die Bundesregierung hat als Soforthilfe eine Million Euro zur Verfügung gestellt. Eine weitere Million wird von den "
         "Bundesländern zur Verfügung gestellt, an der das Land Vorarlberg beteiligt ist.")

add(id="ho638-ots-vlk-2004-12-30-sausgruber-katastrophe-suedostasien",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20041230_OTS0079/lh-sausgruber-betroffenheit-ueber-katastrophe-in-"
        "suedostasien-auch-in-vorarlberg",
    retrieved="same address (release of the Vorarlberg Landespressestelle on the APA-OTS service, 30 December 2004 by its OTS "
              "number, four days after the tsunami of 26 December 2004; the sender is told by the dateline code '(VLK)', the "
              "contact block 'Landespressestelle Vorarlberg / … presse@vorarlberg.at / http://www.vorarlberg.at/presse' and the "
              "footer code NVL0004, the last two dropped with the service line (rules 2600, 3860); headline kept as the title; "
              "the dateline's place printed short as 'Bre (VLK) -' kept as stored (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[TS_P1, TS_P2],
    # the colon quotation after the verbless label `Landeshauptmann Herbert Sausgruber:` is his (rules 9, 54), its `Wir`
    # speaking for the Land; the unmarked first-person sentence with the inserted `so Sausgruber weiter` carries no span (rule
    # 5); the headline label `LH Sausgruber:` before unmarked words carries no span (rule 5); the Spezialteam, the Verletzten,
    # the Bundesregierung and the Bundesländer say nothing; `Landeshauptmann` and `LH Sausgruber`, which name only him, are
    # aliases (rule 44)
    quotes=[(cut(TS_P1, "\"Wir wünschen", "zum Erfolg führen\""), SAUSGRUBER)],
    aliases={SAUSGRUBER: ["Herbert Sausgruber", "Landeshauptmann Herbert Sausgruber", "LH Sausgruber", "Sausgruber",
                          "Landeshauptmann"]})
