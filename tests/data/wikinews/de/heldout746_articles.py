# Seven-hundred-and-forty-sixth held-out German real-news set (tests/data/heldout746-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4670-4678). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout743 to heldout750). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-forty-sixth held-out set": seven releases of Austrian media on the
# APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): three advance releases of the daily ÖSTERREICH on its own
# interviews (Frank Stronach on Chrysler, April 2007; Eva Glawischnig answering her critics, January 2012; Maria Fekter against
# the SPÖ and Werner Faymann, July 2013), two advance releases of the news magazine profil (Susanne Riess-Passer on Jörg
# Haider's criticism, March 2001; Jörg Haider as would-be mediator in the Iraq conflict, February 2003), one release of the
# private broadcaster ATV on its own interview (Werner Faymann on the budget deficit, May 2009) and one release of the news
# magazine FORMAT on its new day of publication (February 2002, quoting a Gallup reader survey). Stored copies are the `search`
# tool's `pages` excerpts; four bodies are complete in them, three (Fekter, FORMAT, Haider) are cut off inside a later
# paragraph, which is dropped (rule 15); the wire furniture (banners, contact headings, contact blocks, footers, the store's
# date prefix) is dropped, and line breaks inside a paragraph are joined (rules 3040, 3090, 4550, 4610, 4670); each retrieval
# note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

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


STRONACH = "Frank Stronach"
RIESS = "Susanne Riess-Passer"
HAIDER = "Jörg Haider"
GLAWISCHNIG = "Eva Glawischnig"
FEKTER = "Fekter"
FAYMANN = "Werner Faymann"
GALLUP = "Meinungsforschungsinstitut Gallup"

# --- APA-OTS, the daily ÖSTERREICH, 14 April 2007: Frank Stronach on the planned takeover of Chrysler ---

FS_T = "ÖSTERREICH: Magna-Boss Stronach will Chrysler sanieren"
FS_SUB = "Magna-Gründer Stronach gibt erstmals Details zur geplanten Übernahme von Chrysler bekannt"
FS_P1 = join("Wien (OTS) - Frank Stronach, der Gründer des Zulieferkonzerns",
             "Magna International, nimmt in der morgigen Ausgabe von ÖSTERREICH erstmals persönlich zu Details rund um die "
             "geplante Übernahme des US-Autoherstellers Chrysler Stellung.")
FS_P2 = ("Im ÖSTERREICH-Interview bestätigt Stronach unter anderem Verhandlungen über eine Partnerschaft mit dem kanadischen "
         "Investor Onex, um den Kauf finanzieren zu können: \"Wir haben ein gewisses Interesse an Chrysler und sind deshalb im "
         "Gespräch mit verschiedenen Finanzinstituten. Und da gehört auch Onex dazu.\"")
FS_P3 = ("Der Magna-Gründer erläutert weiters seine strategischen Überlegungen: \"Mit unserem Interesse an Chrysler sind 20.000 "
         "Arbeitsplätze verknüpft. Das ist ganz wichtig für unsere Arbeiter.\" Gleichzeitig zerstreut Stronach Bedenken anderer "
         "Kunden seines Zulieferkonzerns: \" Das heißt ja nicht, dass wir mit unseren Kunden, den anderen Autoherstellern, "
         "konkurrieren wollen. Wir wollen dabei sein und dafür sorgen, dass Chrysler am Markt bestehen bleibt. Das ist unser "
         "großes Interesse.\"")

add(id="ho746-ots-oesterreich-2007-04-14-stronach-chrysler",
    title=FS_T,
    url="https://www.ots.at/presseaussendung/OTS_20070414_OTS0049/oesterreich-magna-boss-stronach-will-chrysler-sanieren",
    retrieved="same address (advance release of the daily ÖSTERREICH on the APA-OTS service, 14 April 2007 by its OTS number, "
              "a Saturday, for 'der morgigen Ausgabe von ÖSTERREICH'; the sender is told by the contact block 'ÖSTERREICH' / "
              "'Chefredaktion' / 'Tel.: (01) 588 11 / 2510, 2810 oder 2910' / 'redaktion@oe24.at' and the footer code "
              "'FEL0001', dropped with the heading 'Rückfragen & Kontakt:' and the footer line 'OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS' (rules 3040, 4670); headline "
              "kept as the title and subtitle as a line of its own as stored; the dateline at the start of the first paragraph, "
              "whose single break after 'Zulieferkonzerns' is joined with one space (rules 4550, 4670); the copy separates its "
              "paragraphs by empty lines; the space after the opening mark of the third quotation ('\" Das heißt') kept (rule "
              "20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[FS_SUB, FS_P1, FS_P2, FS_P3],
    # the three colon quotations after `bestätigt Stronach …:`, `Der Magna-Gründer erläutert …:` and `zerstreut Stronach
    # Bedenken …:` are his (rules 8, 9, 30); the third opens with a space inside the mark, kept inside the span (rules 1, 20);
    # the headline and subtitle carry no marks (rule 5); Onex, Chrysler, Magna and the Kunden say nothing in marks; the role
    # phrases with a company's name (`Magna-Boss`, `Magna-Gründer`, `der Gründer des Zulieferkonzerns Magna International`)
    # are no aliases (rule 33)
    quotes=[(cut(FS_P2, "\"Wir haben", "Onex dazu.\""), STRONACH),
            (cut(FS_P3, "\"Mit unserem", "unsere Arbeiter.\""), STRONACH),
            (cut(FS_P3, "\" Das heißt", "großes Interesse.\""), STRONACH)],
    aliases={STRONACH: ["Frank Stronach", "Stronach"]})

# --- APA-OTS, the news magazine profil, 31 March 2001: Susanne Riess-Passer on Jörg Haider's criticism ---

RP_T = "\"profil\": Riess-Passer zu Haider: \"Aus der Emotion\""
RP_SUB = "Vizekanzlerin hat Verständnis für Regierungskritik Haiders -fühlt sich selbst allerdings nicht betroffen"
RP_P1 = ("Wien (OTS) - In der Montag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\" nimmt Vizekanzlerin Susanne "
         "Riess-Passer erstmals zu den massiven Vorwürfen Jörg Haiders gegen die Regierung Stellung. Riess-Passer zu Haider, der "
         "seinem Regierungsteam zuwenig \"Herz\" attestiert hatte: \"Man muss auch Jörg Haider verstehen. Es ist für uns alle "
         "eine schwierige Situation gewesen, und da sagt man Dinge auch aus der Emotion heraus.\"")
RP_P2 = ("Sich selbst sieht die Vizekanzlerin von Haiders Kritik allerdings nicht betroffen. \"Mich kann er nicht gemeint haben. "
         "Was er gemeint hat, ist die Unfallbesteuerung, die ist sicher nicht mit sehr viel Herz passiert. Das werden wir aber "
         "ändern.\"")

add(id="ho746-ots-profil-2001-03-31-riess-passer-haider-emotion",
    title=RP_T,
    url="https://www.ots.at/presseaussendung/OTS_20010331_OTS0007/profil-riess-passer-zu-haider-aus-der-emotion",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 31 March 2001 by its OTS "
              "number, a Saturday, for 'der Montag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\"'; the sender is told "
              "by the contact block 'Tel.: (01) 534 70 DW 2501 und 2502' / '\"profil\"-Redaktion' and the footer code "
              "'PRO/OTS', dropped with the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG "
              "DES AUSSENDERS ***', the heading 'Rückfragen & Kontakt:' and the footer line (rules 2780, 3040, 4670); headline "
              "and subtitle kept as stored, the subtitle with its 'Haiders -fühlt'; the dateline at the start of the first "
              "paragraph; the published 'zuwenig' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[RP_SUB, RP_P1, RP_P2],
    # the magazine's name in marks in the headline label and in `des Nachrichtenmagazins "profil"` is null (rules 2, 1882);
    # the headline quotation after the label `Riess-Passer zu Haider:` is hers, the body giving her the source (`da sagt man
    # Dinge auch aus der Emotion heraus`), Haider after `zu` the one she speaks about (rules 26, 54, 4676); the marked
    # `"Herz"` in the relative clause `Haider, der seinem Regierungsteam zuwenig "Herz" attestiert hatte` is Haider's word,
    # not hers (rule 4671); the quotation after the label `Riess-Passer zu Haider, der …:` is hers (rules 54, 4676); the
    # cue-less quotation right after `Sich selbst sieht die Vizekanzlerin … nicht betroffen.` is hers (rule 30, NOTES.md
    # continuation); the Regierung and the Regierungsteam say nothing in marks; aliases: her name, surname and the role word
    # that names only her (`Vizekanzlerin`, rule 7); his name and surname, not the genitive `Haiders`
    quotes=[("\"profil\"", None, 0),
            ("\"Aus der Emotion\"", RIESS),
            ("\"profil\"", None, 1),
            ("\"Herz\"", HAIDER),
            (cut(RP_P1, "\"Man muss", "Emotion heraus.\""), RIESS),
            (cut(RP_P2, "\"Mich kann", "aber ändern.\""), RIESS)],
    aliases={RIESS: ["Susanne Riess-Passer", "Riess-Passer", "Vizekanzlerin Susanne Riess-Passer", "Vizekanzlerin"],
             HAIDER: ["Jörg Haider", "Haider"]})

# --- APA-OTS, the daily ÖSTERREICH, 29 January 2012: Eva Glawischnig answers her critics ---

EG_T = "ÖSTERREICH: Glawischnig antwortet Kritikern"
EG_SUB = ("Glawischnig im Interview: \"Weiß nicht, ob Kritik ernst gemeint ist oder nur Profilierungsversuch.\" Kritiker für "
          "sie nicht erreichbar")
EG_P1 = ("Wien (OTS) - Im Gespräch für die Sonntag-Ausgabe der Tageszeitung ÖSTERREICH reagiert Grünen-Chefin Eva Glawischnig "
         "auf parteiinterne Kritik. Zuletzt hatte ihr der Tiroler Grüne Gebi Mair zu wenig Mut und mangelnde Eignung zur "
         "Parteichefin vorgeworfen. Glawischnig gegenüber ÖSTERREICH: \"Ich weiß nicht, ob die Kritik ernst gemeint ist, oder ob "
         "es ein Profilierungsversuch im Wahlkampf war.\" Gebi wäre für sie nicht zu erreichen gewesen. Glawischnig: \"Ich "
         "möchte erst mal mit ihm persönlich darüber reden, dazu war er bisher nicht bereit.\"")
EG_P2 = ("Glawischnig denke nicht daran, zurücktzutreten: \"Ich bin mit 96 Prozent wiedergewählt, so was gab es nie zuvor. "
         "Natürlich müssen wir Dinge hinterfragen, vor allem die Wahlkampfvorbereitung. Wir müssen ja jederzeit damit rechnen, "
         "dass die Regierung platzt.\"")

add(id="ho746-ots-oesterreich-2012-01-29-glawischnig-kritiker",
    title=EG_T,
    url="https://www.ots.at/presseaussendung/OTS_20120129_OTS0001/oesterreich-glawischnig-antwortet-kritikern",
    retrieved="same address (advance release of the daily ÖSTERREICH on the APA-OTS service, 29 January 2012 by its OTS "
              "number, a Sunday, for 'die Sonntag-Ausgabe der Tageszeitung ÖSTERREICH'; the sender is told by the contact block "
              "'ÖSTERREICH, Chefredaktion' / 'Tel.: (01) 588 11 / 1010' / 'redaktion@oe24.at' and the footer code 'FEL0001', "
              "dropped with the heading 'Rückfragen & Kontakt:' and the footer line (rules 3040, 4670); headline kept as the "
              "title and subtitle as a line of its own as stored; the dateline at the start of the first paragraph; the "
              "published 'zurücktzutreten' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[EG_SUB, EG_P1, EG_P2],
    # the subtitle quotation after the label `Glawischnig im Interview:` is hers, though its wording is shorter than the
    # body's (`"Ich weiß nicht, ob die Kritik ernst gemeint ist, …"`; rules 26, 54, 4611); the quotations after the labels
    # `Glawischnig gegenüber ÖSTERREICH:` and `Glawischnig:` are hers, the daily being the addressee (rules 12, 54); the
    # colon quotation after the narrator's Konjunktiv report `Glawischnig denke nicht daran, zurücktzutreten:` is hers (rules
    # 9, 30); Gebi Mair (`Gebi`), the Kritiker and the Regierung say nothing in marks; `Grünen-Chefin` names her party and is
    # no alias (rule 33)
    quotes=[(cut(EG_SUB, "\"Weiß nicht", "Profilierungsversuch.\""), GLAWISCHNIG),
            (cut(EG_P1, "\"Ich weiß", "Wahlkampf war.\""), GLAWISCHNIG),
            (cut(EG_P1, "\"Ich möchte", "nicht bereit.\""), GLAWISCHNIG),
            (cut(EG_P2, "\"Ich bin mit", "Regierung platzt.\""), GLAWISCHNIG)],
    aliases={GLAWISCHNIG: ["Eva Glawischnig", "Glawischnig"]})

# --- APA-OTS, the daily ÖSTERREICH, 21 July 2013: Maria Fekter against the SPÖ and Chancellor Faymann ---

MF_T = ("Fekter in ÖSTERREICH: \"Kanzler Faymann hat den Wirtschaftsstandort vernachlässigt und massiv gefährdet\"")
MF_SUB = "ÖVP-Finanzministerin greift in ÖSTERREICH-Interview SPÖ an und kontert Ablösegerüchten"
MF_P1 = ("Wien (OTS) - In einem Interview mit der Tageszeitung ÖSTERREICH (im Magazin der Sonntagsausgabe) greift "
         "Finanzministerin Fekter die SPÖ und Kanzler Werner Faymann an: \"Klassenkampf ist eine Methode aus dem vorherigen "
         "Jahrhundert. Der Klassenkampf hat uns damals in große Konflikte gestürzt. Die SPÖ hetzt, und zwar konkret gegen "
         "gewisse Berufsgruppen und Leistungsträger, die dazu beigetragen, dass sich Wohlstand vermehrt. Die SPÖ soll schauen, "
         "wohin dieses Schüren von Neidgefühlen schon einmal geführt hat.\" Und Fekter nimmt auch SP-Kanzler Werner Faymann ins "
         "Visier: \"In den vergangenen Jahren hat Kanzler Faymann den Wirtschaftsstandort vernachlässigt und massiv "
         "gefährdet.\"")
MF_P2 = ("Fekter kontert in ÖSTERREICH auch erstmals den Ablösegerüchten um sie: \"Vor Neid und Neidern ist man nie gefeit. Ich "
         "habe als Finanzministerin eine hohe Position. Und natürlich wollen einige meinen Job haben. Aber der Vizekanzler "
         "vertraut mir und meiner Arbeit.\"")
MF_P3 = ("Und Fekter scheint auch zu wissen, wer sie als Finanzministerin demontieren wolle: \"Diese Intrigen werden von "
         "Männern gesteuert. Alle, die meinen Job haben wollen, sind Männer.\"")
MF_P4 = ("Sie habe erst in der Politik \"erlebt, wie man als Frau immer noch zweitplatziert wird und die Ellbogen der Männer\" "
         "zu spüren bekommen. Laut der VP-Finanzministerin \"ist es kein Zufall, dass nun drei weibliche Ministerinnen als "
         "Ablösekandidatinnen lanciert\" würden (Anmerkung: Fekter selbst, SP-Bildungsministerin Claudia Schmied und "
         "VP-Justizministerin Beatrix Karl).")
MF_P5 = ("Ihrer eigenen Tochter habe Fekter \"abgeraten, sogar untersagt, in die Politik zu gehen\", erzählt die "
         "Finanzministerin der Tageszeitung ÖSTERREICH.")

add(id="ho746-ots-oesterreich-2013-07-21-fekter-faymann-standort",
    title=MF_T,
    url="https://www.ots.at/presseaussendung/OTS_20130721_OTS0020/fekter-in-oesterreich-kanzler-faymann-hat-den-"
        "wirtschaftsstandort-vernachlaessigt-und-massiv-gefaehrdet",
    retrieved="same address (advance release of the daily ÖSTERREICH on the APA-OTS service, 21 July 2013 by its OTS number, a "
              "Sunday, for 'der Tageszeitung ÖSTERREICH (im Magazin der Sonntagsausgabe)'; the store's date prefix 'date "
              "2018-03' before the headline dropped (rule 4670); headline kept as the title and subtitle as a line of its own as "
              "stored; the dateline at the start of the first paragraph; the published 'die dazu beigetragen, dass' kept (rule "
              "20); the copy ends inside its sixth paragraph ('An Rücktritt denkt Fekter jedenfa'), which is dropped (rule 15), "
              "and before any contact block, so the sender is inferred from the release's report of the daily's own interview "
              "('In einem Interview mit der Tageszeitung ÖSTERREICH …', 'erzählt die Finanzministerin der Tageszeitung "
              "ÖSTERREICH') and the headline label 'Fekter in ÖSTERREICH:' (rules 4490, 4670); used as stored up to the cut-off "
              "paragraph)",
    license=APA_OTS_SENDERS,
    paras=[MF_SUB, MF_P1, MF_P2, MF_P3, MF_P4, MF_P5],
    # the headline quotation after the label `Fekter in ÖSTERREICH:` is hers, the body giving her the same words (rules 26,
    # 54, 3332); the colon quotations after `greift Finanzministerin Fekter … an:`, `Und Fekter nimmt auch … ins Visier:`,
    # `Fekter kontert …:` and after the narrator's report `Und Fekter scheint auch zu wissen, wer …:` are hers (rules 8, 9,
    # 30); the partial quotations in the Konjunktiv reports `Sie habe erst in der Politik "erlebt, …" zu spüren bekommen`,
    # `Laut der VP-Finanzministerin "ist es kein Zufall, …" würden` and `habe Fekter "abgeraten, …", erzählt die
    # Finanzministerin der Tageszeitung ÖSTERREICH` are hers (rules 3, 25, 4678); the SPÖ, Werner Faymann, the Vizekanzler,
    # Claudia Schmied, Beatrix Karl and the Männer say nothing in marks; canonical `Fekter`, the only form of her name in
    # the release (rule 7); aliases: her surname, the role word that names only her (`Finanzministerin`) and the phrase
    # `Finanzministerin Fekter`; not the party-prefixed `ÖVP-Finanzministerin` and `VP-Finanzministerin` (rule 33)
    quotes=[("\"Kanzler Faymann hat den Wirtschaftsstandort vernachlässigt und massiv gefährdet\"", FEKTER),
            (cut(MF_P1, "\"Klassenkampf", "geführt hat.\""), FEKTER),
            (cut(MF_P1, "\"In den vergangenen", "massiv gefährdet.\""), FEKTER),
            (cut(MF_P2, "\"Vor Neid", "meiner Arbeit.\""), FEKTER),
            (cut(MF_P3, "\"Diese Intrigen", "sind Männer.\""), FEKTER),
            (cut(MF_P4, "\"erlebt,", "der Männer\""), FEKTER),
            (cut(MF_P4, "\"ist es kein", "lanciert\""), FEKTER),
            (cut(MF_P5, "\"abgeraten", "zu gehen\""), FEKTER)],
    aliases={FEKTER: ["Fekter", "Finanzministerin Fekter", "Finanzministerin"]})

# --- APA-OTS, the private broadcaster ATV, 14 May 2009: Werner Faymann on the budget deficit ---

WF_T = "ATV-Interview: Faymann für höheres Defizit"
WF_SUB = ("Im Kampf gegen die Arbeitslosigkeit würde der Bundeskanzler kurzfristig jedes Budgetdefizit akzeptieren; Heute in "
          "\"ATV Aktuell und Sport\" um 19.20 Uhr")
WF_P1 = ("Wien (OTS) - Im \"ATV Aktuell\"- Interview, am Rande der 37. Volkswirtschaftlichen Tagung der ÖNB, verkündet "
         "Bundeskanzler Werner Faymann erstmals, für \"Gegenmaßnahmen, die notwendig sind um Arbeitslosigkeit zu verhindern\", "
         "jedes Budgetdefizit kurzfristig in Kauf zu nehmen. Über den gesamten Zyklus muss dabei ein konsolidiertes Budget "
         "stehen.")
WF_P2 = "Das Interview mit Bundeskanzler Werner Faymann heute, 14. Mai 2009, um 19.20 Uhr in \"ATV Aktuell mit Sport\"."

add(id="ho746-ots-atv-2009-05-14-faymann-defizit",
    title=WF_T,
    url="https://www.ots.at/presseaussendung/OTS_20090514_OTS0302/atv-interview-faymann-fuer-hoeheres-defizit",
    retrieved="same address (release of the private broadcaster ATV on the APA-OTS service, 14 May 2009 by its OTS number, a "
              "Thursday, for its interview shown 'heute, 14. Mai 2009, um 19.20 Uhr'; the sender is told by the contact block "
              "'Redaktion ATV Aktuell' / 'Tel.: +43 1 213 34 112' and the footer code 'ATP0001', dropped with the heading "
              "'Rückfragen & Kontakt:' and the footer line (rules 3040, 4670); headline kept as the title and subtitle as a line "
              "of its own as stored; the dateline at the start of the first paragraph; the published '\"ATV Aktuell\"- "
              "Interview', 'notwendig sind um' and the two forms of the programme's name ('ATV Aktuell und Sport', 'ATV Aktuell "
              "mit Sport') kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WF_SUB, WF_P1, WF_P2],
    # the programme's names in marks (`"ATV Aktuell und Sport"`, `"ATV Aktuell"` before the hyphen of `- Interview`, `"ATV
    # Aktuell mit Sport"`) are null (rules 2, 24, 4677); the partial quotation after `für` in the infinitive report of
    # `verkündet Bundeskanzler Werner Faymann erstmals, …` is his (rules 3, 25, 4677); the sentence `Über den gesamten Zyklus
    # muss dabei ein konsolidiertes Budget stehen.` carries no marks (rule 5); the headline carries no marks; the ÖNB says
    # nothing; aliases: name, surname and the role word that names only him (`Bundeskanzler`)
    quotes=[("\"ATV Aktuell und Sport\"", None),
            ("\"ATV Aktuell\"", None),
            (cut(WF_P1, "\"Gegenmaßnahmen", "verhindern\""), FAYMANN),
            ("\"ATV Aktuell mit Sport\"", None)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler"]})

# --- APA-OTS, the news magazine FORMAT, 27 February 2002: FORMAT appears on Fridays from 15 March 2002 ---

FO_T = "Nachrichtenmagazin Format ab 15. März 2002 schon am Freitag"
FO_SUB = "Neue Format Werbekampagne trägt den Titel \"Die Woche beginnt am Freitag\""
FO_P1 = ("Wien (OTS) - Das Nachrichtenmagazin Format zieht seinen Erscheinungstag vor. Ab 15. März 2002 wird Format jede Woche "
         "bereits am Freitag und somit bereits vor dem Wochenende erscheinen.")
FO_P2 = ("Diese Entscheidung soll Format in Zukunft noch aktueller machen und gleichzeitig allen Käufern die Möglichkeit bieten, "
         "eines der beiden österreichischen Montagsmagazine schon am Wochenende lesen zu können.")
FO_P3 = ("Möglich wird das Vorziehen des Erscheinungstermins von Format durch die Inbetriebnahme einer neuen 48- "
         "Seiten-Druckmaschine in der Druckerei Goldmann, die die Produktions- und Druck-Zeiten deutlich verkürzt.")
FO_P4 = ("Darüber hinaus hat eine im vergangenen Monat vom Meinungsforschungsinstitut Gallup durchgeführte Umfrage ergeben, "
         "dass eine überwältigende Mehrheit von 89 Prozent der Format-Käufer den Freitag-Termin als Erscheinungstag bevorzugt. "
         "Ergebnis der Leserumfrage laut Gallup: \"Es gibt ein immer stärker werdendes Bedürfnis vor allem der gebildeten Leser "
         "nach qualitativer Magazinlektüre am Wochenende. Diesem Bedürfnis wird Format nun als aktuellstes Magazin für "
         "Wochenend-Magazinleser gerecht.\"")
FO_P5 = ("Die Umstellung des Erscheinungstages von Format auf Freitag wird ab Mitte März von einer Werbekampagne der Agentur "
         "Demner, Merlicek & Bergmann begleitet, die den Titel ,Die Woche beginnt am Freitag.\" tragen wird und die auf den "
         "künftigen Informationsvorsprung von Format hinweisen wird.")
FO_P6 = ("Zeitgleich mit dem neuen Erscheinungstag von Format kommt es auch zu einer Neu-Strukturierung des Herausgeber- und "
         "Chefredakteurs-Teams von Format.")
FO_P7 = ("Herbert Langsner, bisher gemeinsam mit Christian Ortner Herausgeber von Format, wird künftig alleiniger operativer "
         "Herausgeber und Leiter der Chefredaktion.")
FO_P8 = ("Andreas Weber, bisher Mitglied der Chefredaktion und Leiter des innenpolitischen Ressorts, rückt in die Funktion des "
         "Chefredakteurs auf.")

add(id="ho746-ots-format-2002-02-27-erscheinungstag-freitag",
    title=FO_T,
    url="https://www.ots.at/presseaussendung/OTS_20020227_OTS0185/nachrichtenmagazin-format-ab-15-maerz-2002-schon-am-freitag",
    retrieved="same address (release of the news magazine FORMAT on the APA-OTS service, 27 February 2002 by its OTS number, a "
              "Wednesday, on its new day of publication from 15 March 2002; headline kept as the title and subtitle as a line of "
              "its own as stored; the dateline at the start of the first paragraph; the published 'Neue Format Werbekampagne', "
              "'48- Seiten-Druckmaschine' and the title mark pair ',Die Woche beginnt am Freitag.\"' kept (rules 20, 4672); the "
              "copy ends inside its ninth paragraph ('Andreas Lampl, C'), which is dropped (rule 15), and before any contact "
              "block, so the sender is inferred from the release's voice, the magazine announcing its own day of publication, "
              "campaign and editorial team (rules 4490, 4670); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[FO_SUB, FO_P1, FO_P2, FO_P3, FO_P4, FO_P5, FO_P6, FO_P7, FO_P8],
    # the campaign title in marks in the subtitle is null (rules 2, 24); the colon quotation after the verbless label
    # `Ergebnis der Leserumfrage laut Gallup:` is the polling institute's, canonical under the fullest form the release gives
    # it (`Meinungsforschungsinstitut Gallup`; rules 7, 9, 4673); the campaign title in the body, opened by a comma standing
    # for the low opening mark and closed by a straight mark after its full stop (`,Die Woche beginnt am Freitag."`), is one
    # null span from the comma to the closing mark (rules 20, 24, 4672); the agency Demner, Merlicek & Bergmann, the
    # Druckerei Goldmann, the Format-Käufer, Herbert Langsner, Christian Ortner and Andreas Weber say nothing in marks
    quotes=[("\"Die Woche beginnt am Freitag\"", None),
            (cut(FO_P4, "\"Es gibt", "Magazinleser gerecht.\""), GALLUP),
            (",Die Woche beginnt am Freitag.\"", None)],
    aliases={GALLUP: ["Meinungsforschungsinstitut Gallup", "Gallup"]})

# --- APA-OTS, the news magazine profil, 16 February 2003: Jörg Haider wants to mediate in the Iraq conflict ---

JH_T = "\"profil\": Haider will im Irak-Konflikt vermitteln"
JH_SUB = ("Kärntner LH will mit irakischer Führung bereits über Lösungsvorschlag gesprochen haben - heftige innenpolitische "
          "Attacken auf \"machtbessene\" ÖVP")
JH_P1 = join("Wien (OTS) - In einem Interview in der Montag erscheinenden",
             "Ausgabe des Nachrichtenmagazins \"profil\" kündigt Kärntns Landeshauptmann Jörg Haider an, sich im schwelenden "
             "Irak-Konflikt als Vermittler betätigen zu wollen. Haider in \"profil\": \"Ich kann mir vorstellen, über konkrete "
             "Lösungen zu verhandeln und Informationen zu transportieren.\"")
JH_P2 = join("Nach eigenen Angaben hat der frühere FPÖ-Obmann mit der irakischen Führung bereits über einen konkreten Vorschlag "
             "gesprochen. Haider:",
             "\"Man muss den Amerikanern ein stärkeres Verfügungsrecht über irakisches Öl geben. Das ist die Lösung. Zusätzlich "
             "könnten die Vereinten Nationen mit Sicherheitskräften einiges ausrichten.\" Haider meint, dass sich auch der Irak "
             "ein solches Szenario \"vorstellen\" könne und bereit sei, über die Verfügbarkeit seiner Ölreserven sowie eine "
             "UN-Präsenz zu verhandeln.")
JH_P3 = ("Der Kärntner Landeshauptmann bestätigt gegenüber \"profil\", dass er an einem Buch über den Irak und Diktator Saddam "
         "Hussein schreibt. Letzteren charakterisiert Haider als \"älteren Herrn, der einsehen muss, dass seine Bäume nicht in "
         "den Himmel wachsen\". Demgegenüber attackiert er US-Präsident George Bush heftig und bezeichnet ihn als \"wild "
         "gewordenen Texaner, der glaubt, sich an überhaupt nichts mehr halten zu müssen\". Die Vereinigten Staaten bezichtigt "
         "Haider einer \"Wiederbelebung des Kolonialismus\" und meint, die USA müssten sich \"entscheiden, ob sie sich den "
         "Vereinten Nationen verpflichtet fühlen oder den Weltsheriff spielen wollen\u201e.")

add(id="ho746-ots-profil-2003-02-16-haider-irak-vermittler",
    title=JH_T,
    url="https://www.ots.at/presseaussendung/OTS_20030216_OTS0007/profil-haider-will-im-irak-konflikt-vermitteln",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 16 February 2003 by its OTS "
              "number, a Sunday, for 'der Montag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\"'; headline kept as the "
              "title and subtitle as a line of its own as stored; the dateline at the start of the first paragraph, whose single "
              "break after 'erscheinenden' is joined with one space, as is the single break after the label 'Haider:' before "
              "its quotation in the second paragraph (rules 4380, 4550, 4670); the published 'machtbessene', 'Kärntns' and the "
              "low mark '\u201e' closing the last quotation of the third paragraph kept (rules 20, 4674); the copy ends inside "
              "its fourth paragraph, after the opening of a quotation ('… Haider: \"Das ist die typische Feigheit der "
              "österreichischen Außenpolitik.'), which is dropped with that quotation (rule 15), and before any contact block, "
              "so the sender is inferred from the headline label '\"profil\":' and the magazine's report of its own interview "
              "(rules 4490, 4670); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[JH_SUB, JH_P1, JH_P2, JH_P3],
    # the magazine's name in marks (headline label, `des Nachrichtenmagazins "profil"`, the label `Haider in "profil":`,
    # `gegenüber "profil"`) is null (rules 2, 12, 1882); the subtitle's marked `"machtbessene"` in `heftige innenpolitische
    # Attacken auf "machtbessene" ÖVP` is Haider's word, the attacks being those of the subtitle's subject `Kärntner LH`
    # (rule 4675); the quotations after the labels `Haider in "profil":` and `Haider:` are his (rules 54, 3332); the partial
    # quotations `"vorstellen"` in `Haider meint, dass …`, `"älteren Herrn, …"` after `charakterisiert Haider als`, `"wild
    # gewordenen Texaner, …"` after `bezeichnet ihn als` (subject `er`), `"Wiederbelebung des Kolonialismus"` after
    # `bezichtigt Haider einer` and `"entscheiden, …"` after `meint, die USA müssten sich` are his (rules 3, 8, 25), the last
    # closed by a low mark (rule 4674); Saddam Hussein, George Bush, the Vereinte Nationen, the USA, the Amerikaner, the Irak
    # and the ÖVP say nothing in marks; aliases: name, surname and the role forms that name only him (`Landeshauptmann`,
    # `Kärntner Landeshauptmann`, `Kärntner LH`); not `der frühere FPÖ-Obmann` (rule 33)
    quotes=[("\"profil\"", None, 0),
            ("\"machtbessene\"", HAIDER),
            ("\"profil\"", None, 1),
            ("\"profil\"", None, 2),
            (cut(JH_P1, "\"Ich kann", "zu transportieren.\""), HAIDER),
            (cut(JH_P2, "\"Man muss", "einiges ausrichten.\""), HAIDER),
            ("\"vorstellen\"", HAIDER),
            ("\"profil\"", None, 3),
            (cut(JH_P3, "\"älteren Herrn", "Himmel wachsen\""), HAIDER),
            (cut(JH_P3, "\"wild", "halten zu müssen\""), HAIDER),
            ("\"Wiederbelebung des Kolonialismus\"", HAIDER),
            (cut(JH_P3, "\"entscheiden", "spielen wollen\u201e"), HAIDER)],
    aliases={HAIDER: ["Jörg Haider", "Haider", "Landeshauptmann", "Kärntner Landeshauptmann", "Kärntner LH"]})
