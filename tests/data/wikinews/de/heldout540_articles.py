# Five-hundred-and-fortieth held-out German real-news set (tests/data/heldout540-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3080-3083). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fortieth held-out set": nine releases of Austrian political parties,
# their Land organisations and parliamentary clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: two of the SPÖ
# (the SPÖ Oberösterreich: Reinhard Winterauer on Josef Pühringer's 'second lapse', June 2003; the Vienna party `Wien
# (OTS/SPW)`: Renate Brauner and Nicole Krotsch on Equal Pay Day, September 2010), two of the ÖVP (the Steirische Volkspartei:
# Hannes Missethon on Franz Voves' 'Kasperltheater', January 2007; the ÖVP club in the Vienna Rathaus: Matthias Tschirf on
# Michael Häupl, June 2008), one of the FPÖ's club in the Styrian Landtag (Mario Kunasek to Hermann Schützenhöfer, October
# 2019), one of the Greens (Alev Korun on the demonstration against the aliens law package, April 2011), one of the BZÖ's
# parliamentary club (Stefan Petzner on the FPÖ and the SPÖ, August 2008), one of the KPÖ (Mirko Messner on the SPÖ's
# coalition agreement, January 2007) and one of the NEOS (Beate Meinl-Reisinger on the talks of ÖVP and Greens, November
# 2019). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the ots.at lines of time and number, the OTS marker
# '****', contact blocks and footers) is dropped (rules 63, 460, 2570, 2580, 3050, 3080), single stored line breaks inside a
# paragraph are joined (rules 740, 2980, 3050, 3080), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


WINTERAUER = "Reinhard Winterauer"
STRUGL = "Strugl"
PUEHRINGER = "Pühringer"
BRAUNER = "Renate Brauner"
KROTSCH = "Nicole Krotsch"
MISSETHON = "Hannes Missethon"
TSCHIRF = "Matthias Tschirf"
KUNASEK = "Mario Kunasek"
KORUN = "Alev Korun"
PETZNER = "Stefan Petzner"
MESSNER = "Mirko Messner"
MEINL = "Beate Meinl-Reisinger"

# --- APA-OTS, SPÖ Oberösterreich, 10 June 2003: Winterauer on Pühringer's remarks about Erich Haider ---

WI_T = "Winterauer: Pühringers zweite Entgleisung"
WI_SUB = "Oberösterreichs ÖVP-Chef verliert in der Pensionsdebatte die Nerven"
WI_P1 = ("Linz (OTS) - ÖVP-Landesparteisekretär Strugl erklärt mit erhobenem Zeigefinger im heutigen Volksblatt: \"Wer sich "
         "nicht benehmen kann, der sollte nicht in die Politik gehen\". In der gleichen Volksblatt-Ausgabe liefert sein "
         "ÖVP-Landesparteichef Pühringer ein Musterbeispiel schlechten Benehmens in der politischen Auseinandersetzung. "
         "Pühringer wird dort mit der Aussage zitiert, SPÖ-Chef Erich Haider habe in der Pensionsfrage \"ausser Polemiken "
         "und zwar relativ dummen\" nichts beigetragen.")
WI_P2 = ("\"Nach der beleidigenden Pühringer-Aussage in der OÖ. Rundschau, (\"Erich Haiders Treiben ist pervers\") ist das die "
         "zweite persönliche Entgleisung des Landeshauptmanns gegen Erich Haider!\", stellt dazu SPÖ-Landesgeschäftsführer "
         "Reinhard Winterauer fest.")
WI_P3 = ("\"Offensichtlich verliert Pühringer in der Pensionsdebatte die Nerven\", konstatiert Winterauer. \"Sein bisher "
         "einziger Beitrag war, dass er sich dafür eingesetzt hat, dass den Pensionistinnen und Pensionisten fast die ganze "
         "13. und 14. Monatspension gestrichen wird\".")

add(id="ho540-ots-spoe-ooe-2003-06-10-winterauer-puehringer-entgleisung",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20030610_OTS0178/winterauer-puehringers-zweite-entgleisung",
    retrieved="same address (release of the SPÖ Oberösterreich on the APA-OTS service, 10 June 2003 by its OTS number; the "
              "contact block 'SPÖ Oberösterreich / Pressereferat' and the footer 'DS40003' show the sender; headline and "
              "subtitle kept as lines of their own as stored; the dateline 'Linz (OTS) -' kept at the start of the first "
              "paragraph; the contact block and the footer dropped (rule 2570); the published 'ausser', 'OÖ. Rundschau, (' "
              "and the full stop after the closing mark of the last quotation kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WI_SUB, WI_P1, WI_P2, WI_P3],
    # the colon quotation after `ÖVP-Landesparteisekretär Strugl erklärt mit erhobenem Zeigefinger im heutigen Volksblatt:`
    # is Strugl's, the paper being where he said it (rules 9, 12); the marked words after `Pühringer wird dort mit der
    # Aussage zitiert, … habe …` are Pühringer's (rules 3, 2891); the quotation before `stellt dazu
    # SPÖ-Landesgeschäftsführer Reinhard Winterauer fest` is one span of Winterauer's with Pühringer's bracketed words
    # `("Erich Haiders Treiben ist pervers")` nested inside it (rule 3082); the quotation before `konstatiert Winterauer` is
    # his (rule 30), and so is the cue-less one after it (NOTES.md continuation); the role phrases with the party's name
    # (`ÖVP-Landesparteisekretär`, `ÖVP-Landesparteichef`, `SPÖ-Landesgeschäftsführer`) are no aliases (rule 33); Erich
    # Haider, of whom Pühringer spoke, says nothing; only surnames are given for Strugl and Pühringer (rule 7)
    quotes=[(cut(WI_P1, "\"Wer sich", "Politik gehen\""), STRUGL),
            ("\"ausser Polemiken und zwar relativ dummen\"", PUEHRINGER),
            (cut(WI_P2, "\"Nach der", "Erich Haider!\""), WINTERAUER),
            (cut(WI_P3, "\"Offensichtlich", "die Nerven\""), WINTERAUER),
            (cut(WI_P3, "\"Sein bisher", "gestrichen wird\""), WINTERAUER)],
    aliases={WINTERAUER: ["Reinhard Winterauer", "Winterauer"],
             STRUGL: ["Strugl"],
             PUEHRINGER: ["Pühringer"]})

# --- APA-OTS, SPÖ Wien (Pressedienst), 29 September 2010: Brauner and Krotsch at the SPÖ women's Equal Pay Day action ---

BR_T = "Brauner zum Equal Pay Day: Frauen an die Spitze!"
BR_SUB = "Wiener SPÖ Frauen bei Aktionstag für mehr Einkommensgerechtigkeit"
BR_P1 = ("Wien (OTS/SPW) - Am heutigen Equal Pay Day veranstalteten die SPÖ Frauen einen große Aktionstag am Rochusmarkt für "
         "mehr Lohngerechtigkeit und Transparenz. Mit dabei waren viele namhafte Politikerinnen, wie Frauenministerin "
         "Gabriele Heinisch-Hosek, die Vorsitzende der Wiener SPÖ-Frauen Vizebürgermeisterin Renate Brauner, die "
         "ÖGB-Frauenvorsitzende Brigitte Ruprecht, die FSG-Frauenvorsitzende Elisabeth Vondrasek, die Frauensekretärin der "
         "Wiener SPÖ, LAbg. Nicole Krotsch sowie die Frauensprecherin der SJ Wien, Laura Schoch. Vizebürgermeisterin Renate "
         "Brauner betonte einmal mehr die Notwendigkeit, weiterhin mit vollem Engagement für gleichen Lohn für gleiche Arbeit "
         "zu kämpfen, denn \"die sozialdemokratischen Frauen kämpfen immer schon gegen Widerstände an!\"")
BR_P2 = ("In vielen Bereichen sei es bereits gelungen Verbesserungen für die Frauen umzusetzen, hier sei Wien beispielgebend: "
         "\"Die Wienerinnen verdienen am meisten, sind am besten ausgebildet und auch die Erwerbsquote ist hier am höchsten. "
         "Das ist kein Zufall, sondern das Ergebnis einer verantwortungsvollen, sozialdemokratischen Frauenpolitik!\", hielt "
         "Brauner fest und unterstrich in diesem Zusammenhang auch die vielen Förderungsmaßnahmen des Wiener "
         "ArbeitnehmerInnen Förderungsfonds (waff), die speziell auf die Bedürfnisse von Frauen am Arbeitsmarkt zugeschnitten "
         "seien.")
BR_P3 = ("Auch die Frauensekretärin der Wiener SPÖ, LAbg. Nicole Krotsch unterstrich die Vorreiterinnenrolle Wiens bei "
         "Gleichstellung und Gleichberechtigung: \"In Wien sorgen starke Frauen dafür, dass Politik für Frauen von Frauen "
         "umgesetzt wird - jeden Tag und in allen Bereichen. Denn wir wollen, dass jede Frau in Wien unabhängig und "
         "selbstbestimmt leben kann!\"")

add(id="ho540-ots-spoe-wien-2010-09-29-brauner-krotsch-equal-pay-day",
    title=BR_T,
    url="https://www.ots.at/presseaussendung/OTS_20100929_OTS0248/brauner-zum-equal-pay-day-frauen-an-die-spitze",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 29 September 2010 by its OTS number; the stored "
              "copy breaks off inside the fourth paragraph, before any contact block, and the sender is read from the "
              "dateline code 'Wien (OTS/SPW) -' (rule 3050), kept at the start of the first paragraph; the ots.at lines of "
              "time and number above the headline ('• 29.09.2010, 13:27:51' / '• /' / '• OTS0248 OTW0248') dropped (rule "
              "2580); headline and subtitle kept as lines of their own as stored; the hard-wrapped lines of each paragraph "
              "joined with spaces, the empty lines being the paragraph breaks (rules 660, 3080); the OTS marker '****' run "
              "onto the closing mark at the end of the first paragraph dropped (rules 460, 3050); the fourth paragraph ('Fest "
              "stehe jedoch auch: \"Wir sind damit natürlich noch lange nicht zufrieden …'), cut off in the stored copy inside "
              "a quotation, dropped (rule 15); the published 'einen große Aktionstag', 'gelungen Verbesserungen' without a "
              "comma and 'LAbg. Nicole Krotsch unterstrich' without a closing comma kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BR_SUB, BR_P1, BR_P2, BR_P3],
    # the marked clause after `Vizebürgermeisterin Renate Brauner betonte … zu kämpfen, denn` is hers (rules 3, 25); the
    # colon quotation after the cue-less Konjunktiv sentence `In vielen Bereichen sei es bereits gelungen …, hier sei Wien
    # beispielgebend:` and before `hielt Brauner fest` is hers (rules 9, 30); the colon quotation after `Auch die
    # Frauensekretärin der Wiener SPÖ, LAbg. Nicole Krotsch unterstrich …:` is Krotsch's (rule 9); the role phrases with
    # the party's or the city's name (`Vorsitzende der Wiener SPÖ-Frauen`, `Frauensekretärin der Wiener SPÖ`) are no
    # aliases (rule 33), `Vizebürgermeisterin`, which names only Brauner, is part of her alias; Gabriele Heinisch-Hosek,
    # Brigitte Ruprecht, Elisabeth Vondrasek and Laura Schoch, listed as present, say nothing in marks
    quotes=[(cut(BR_P1, "\"die sozialdemokratischen", "Widerstände an!\""), BRAUNER),
            (cut(BR_P2, "\"Die Wienerinnen", "Frauenpolitik!\""), BRAUNER),
            (cut(BR_P3, "\"In Wien", "leben kann!\""), KROTSCH)],
    aliases={BRAUNER: ["Renate Brauner", "Vizebürgermeisterin Renate Brauner", "Brauner"],
             KROTSCH: ["Nicole Krotsch", "LAbg. Nicole Krotsch"]})

# --- APA-OTS, Steirische Volkspartei, 11 January 2007: Missethon on Voves' quarrel with Gusenbauer ---

MI_T = "Missethon zum peinlichen Bruderzwist in der SPÖ: Voves' Kasperltheater gehört beendet!"
MI_SUB = "Jetzt muss zu arbeiten begonnen werden"
MI_P1 = ("Graz (OTS) - \"Die SPÖ soll ihren innerparteilichen Streit beenden. Jetzt geht es um die Umsetzung des "
         "Regierungsprogramms auf Punkt und Beistrich\", fordert der steirische ÖVP-Landesgeschäftsführer NRAbg. Hannes "
         "Missethon SP-Voves auf, das unnötige Kasperltheater zu beenden. \"Dieses unwürdige Schauspiel interessiert die "
         "Steirerinnen und Steirer nicht!\"")
MI_P2 = ("\"Warum war Voves eigentlich nicht anwesend als die Personalfragen von Gusenbauer in der SPÖ-Sitzung geklärt "
         "wurden?\", spricht Missethon die Frage aus, die wohl vielen Wählerinnen und Wählern auf der Zunge liegt. \"Wo war "
         "Voves? Diese Frage stellt sich immer öfter.\"")
MI_P3 = ("Viel Lärm um Nichts! \"Jetzt versucht Voves mit lautstarkem Auftreten, sein schlechtes Verhandlungsergebnis zu "
         "kaschieren\", so Missethon weiter.")
MI_P4 = ("Auch wenn sich Gusenbauer und Voves in Zukunft mit \"Feindschaft\" statt mit \"Freundschaft\" begrüßen - es gibt "
         "viel zu tun. Es wäre wichtig, wenn man sich auf die Arbeit konzentrieren würde. \"Der beleidigte Voves soll mit dem "
         "mimosenhaften Getue aufhören und den Bruderzwist mit Gusenbauer beenden. Denn Streitigkeiten schaden der Politik "
         "und die Bevölkerung erwartet keine Streitigkeiten, sondern aktives Handeln und Arbeiten von Politikern\", schließt "
         "Missethon.")

add(id="ho540-ots-oevp-stmk-2007-01-11-missethon-voves-kasperltheater",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20070111_OTS0162/missethon-zum-peinlichen-bruderzwist-in-der-spoe-voves-"
        "kasperltheater-gehoert-beendet",
    retrieved="same address (release of the Steirische Volkspartei on the APA-OTS service, 11 January 2007 by its OTS number; "
              "the contact block 'Steirische Volkspartei / Presse und Marketing' and the footer 'VPS0001' show the sender; "
              "headline and subtitle kept as lines of their own as stored; the dateline 'Graz (OTS) -' kept at the start of "
              "the first paragraph; the contact block and the footer dropped (rule 2570); the published 'anwesend als' "
              "without a comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[MI_SUB, MI_P1, MI_P2, MI_P3, MI_P4],
    # the quotation before `fordert der steirische ÖVP-Landesgeschäftsführer NRAbg. Hannes Missethon SP-Voves auf` is
    # his, Voves being the one addressed (rules 12, 44), and the cue-less quotation after it continues him (NOTES.md
    # continuation); the question before `spricht Missethon die Frage aus` is his (rule 30), and so is the cue-less
    # quotation after that sentence (NOTES.md continuation); the quotation before `so Missethon weiter`, after the
    # unmarked exclamation `Viel Lärm um Nichts!` (rule 5), is his (rule 30); the greeting words in the sentence `Auch wenn
    # sich Gusenbauer und Voves in Zukunft mit "Feindschaft" statt mit "Freundschaft" begrüßen` are null (rule 3081); the
    # quotation before `schließt Missethon` is his (rule 30); the role phrase with the party's name
    # (`ÖVP-Landesgeschäftsführer`) and the label `SP-Voves` are no aliases (rule 33); Franz Voves and Alfred Gusenbauer,
    # named by their surnames, say nothing
    quotes=[(cut(MI_P1, "\"Die SPÖ soll", "Beistrich\""), MISSETHON),
            (cut(MI_P1, "\"Dieses unwürdige", "nicht!\""), MISSETHON),
            (cut(MI_P2, "\"Warum war", "wurden?\""), MISSETHON),
            (cut(MI_P2, "\"Wo war", "öfter.\""), MISSETHON),
            (cut(MI_P3, "\"Jetzt versucht", "kaschieren\""), MISSETHON),
            ("\"Feindschaft\"", None),
            ("\"Freundschaft\"", None),
            (cut(MI_P4, "\"Der beleidigte", "Politikern\""), MISSETHON)],
    aliases={MISSETHON: ["Hannes Missethon", "Missethon"]})

# --- APA-OTS, ÖVP-Klub der Bundeshauptstadt Wien, 18 June 2008: Tschirf on Häupl after the SPÖ's personnel decisions ---

TS_T = "VP-Tschirf ad Häupl: \"Als Tiger losgesprungen - als Bettvorleger gelandet\""
TS_SUB = "Vom Parteinmanager zum Parteisoldaten."
TS_P1 = ("Wien (OTS) - \"Vom Nimbus des großen ´Machatschecks´ in seiner Partei ist beim Wiener SPÖ Parteichef Häupl wenig bis "
         "gar nichts mehr übrig geblieben. Als Tiger losgesprungen - als Bettvorleger gelandet\", so der Kommentar des Wiener "
         "ÖVP Klubobmannes LAbg. Matthias Tschirf zu den jüngsten Personalentscheidungen innerhalb der SPÖ.")
TS_P2 = ("Habe Häupl in der Vergangenheit fingerschnippend für Personalentscheidungen an der Parteispitze gesorgt, müsse er "
         "sich jetzt Entscheidungen seiner Parteigenossen, auch wenn diese nicht seinen Intuitionen entsprechen, beugen. Vom "
         "Parteinmanager sei Häupl zum Parteisoldaten geworden. Für Wien bedeute dies, dass in der Stadt auch in Zukunft von "
         "Seiten der SP-Stadtregierung keine Lösungen der zahlreichen Probleme zu erwarten sein würden.")

add(id="ho540-ots-oevp-wien-2008-06-18-tschirf-haeupl-bettvorleger",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20080618_OTS0136/vp-tschirf-ad-haeupl-als-tiger-losgesprungen-als-"
        "bettvorleger-gelandet",
    retrieved="same address (release of the ÖVP club in the Vienna Rathaus on the APA-OTS service, 18 June 2008 by its OTS "
              "number; the contact block 'ÖVP-Klub der Bundeshauptstadt Wien' and the footer 'VPR0001' show the sender; "
              "headline and subtitle (with its published full stop) kept as lines of their own as stored; the dateline 'Wien "
              "(OTS) -' kept at the start of the first paragraph; the contact block and the footer dropped (rule 2570); the "
              "published acute accents around '´Machatschecks´', 'Parteinmanager' (twice) and 'Wiener SPÖ Parteichef' kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2],
    # the headline label `VP-Tschirf ad Häupl: "…"` gives its quotation to Tschirf (rule 54), the body's first quotation
    # ending with the same words (rule 26), Häupl being the one addressed (`ad`, rule 12); the body's quotation before `so
    # der Kommentar des Wiener ÖVP Klubobmannes LAbg. Matthias Tschirf` is his by the `so` + noun of saying + genitive cue
    # (rule 1836), the nickname `´Machatschecks´` in acute accents inside it no mark and no span (rules 6, 110); the
    # Konjunktiv paragraph after it has no marks (rule 5); the role phrase with the party's name (`Wiener ÖVP
    # Klubobmannes`) and the label `VP-Tschirf` are no aliases (rule 33); Michael Häupl, named by his surname, says nothing
    quotes=[("\"Als Tiger losgesprungen - als Bettvorleger gelandet\"", TSCHIRF),
            (cut(TS_P1, "\"Vom Nimbus", "Bettvorleger gelandet\""), TSCHIRF)],
    aliases={TSCHIRF: ["Matthias Tschirf", "LAbg. Matthias Tschirf"]})

# --- APA-OTS, Freiheitlicher Landtagsklub (Steiermark), 31 October 2019: Kunasek to Schützenhöfer on the MKV songbooks ---

KU_T = "FPÖ-Kunasek: „Kehren wir zur Sachlichkeit zurück!“"
KU_SUB = ("FPÖ-Landesparteiobmann Mario Kunasek fordert ÖVP-Chef Hermann Schützenhöfer auf, die Arbeit für unsere Steiermark "
          "wiederaufzunehmen.")
KU_P1 = ("Graz (OTS) - Erstaunt zeigt sich der steirische FPÖ-Landesparteiobmann über diverse Medienberichte, wonach "
         "NS-verherrlichende Liedpassagen auch in Liederbüchern des Mittelschüler-Kartell-Verbandes (MKV) enthalten sind. "
         "Landeshauptmann Hermann Schützenhöfer ist Ehrenmitglied in zwei Mittelschüler-Verbindungen, die dem MKV angehören. "
         "Die FPÖ Steiermark hat bereits unmittelbar nach dem Bekanntwerden besagten Liedguts unmissverständlich klargestellt, "
         "dass sie dieses kategorisch ablehnt und das Liederbuch mit der Freiheitlichen Partei nichts zu tun hat. „Ich "
         "erwarte mir von ÖVP-Landeshauptmann Schützenhöfer ebenfalls klare Worte und konkrete Taten, um Schaden vom Land "
         "Steiermark abzuwenden“, so Kunasek.")
KU_P2 = ("Der freiheitliche Landesparteichef fordert Schützenhöfer als höchsten Repräsentanten des Landes auf, auch in Zeiten "
         "des Wahlkampfs zur Sachlichkeit zurückzukehren und die Arbeit für das Land wiederaufzunehmen. „Der Landeshauptmann "
         "ist gefordert, auf alle handelnden Akteure deeskalierend einzuwirken und dieses unwürdige Schauspiel zu beenden. Die "
         "Steirer haben sich in den nächsten Wochen einen Wettbewerb der besten Ideen für ihr Heimatland verdient und "
         "keinesfalls Schmutzkübelkampagnen, die vor den anstehenden Herausforderungen ablenken“, so Kunasek abschließend.")

add(id="ho540-ots-fpoe-stmk-2019-10-31-kunasek-sachlichkeit-schuetzenhoefer",
    title=KU_T,
    url="https://www.ots.at/presseaussendung/OTS_20191031_OTS0155/fpoe-kunasek-kehren-wir-zur-sachlichkeit-zurueck",
    retrieved="same address (release of the FPÖ's club in the Styrian Landtag on the APA-OTS service, 31 October 2019 by its "
              "OTS number; the contact block 'Freiheitlicher Landtagsklub / Herrengasse 16, 8010 Graz' shows the sender; the "
              "crawl-date prefix ' date 2019-10' before the headline dropped (rule 63); headline and subtitle kept as lines "
              "of their own as stored; the dateline 'Graz (OTS) -' kept at the start of the first paragraph; the empty lines "
              "before the contact block, the contact block and its e-mail address dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KU_SUB, KU_P1, KU_P2],
    # the headline label `FPÖ-Kunasek: „…“` gives its quotation to him (rule 54), the body's narration `… zur Sachlichkeit
    # zurückzukehren` repeating its sense without marks (rule 5); the quotations before `so Kunasek` and `so Kunasek
    # abschließend` are his (rule 30), the first after the paragraph whose subject is the party's chairman (`der steirische
    # FPÖ-Landesparteiobmann`) and the party (`Die FPÖ Steiermark`); the role phrases with the party's name
    # (`FPÖ-Landesparteiobmann`, `Der freiheitliche Landesparteichef`) are no aliases (rule 33); `Landeshauptmann` names
    # Hermann Schützenhöfer, who is addressed and says nothing (rule 12)
    quotes=[("„Kehren wir zur Sachlichkeit zurück!“", KUNASEK),
            (cut(KU_P1, "„Ich erwarte", "abzuwenden“"), KUNASEK),
            (cut(KU_P2, "„Der Landeshauptmann", "ablenken“"), KUNASEK)],
    aliases={KUNASEK: ["Mario Kunasek", "Kunasek"]})

# --- APA-OTS, Die Grünen, 27 April 2011: Korun on the demonstration against the aliens law package ---

KO_T = "Korun für Neuanfang in Integrations- und Menschenrechtspolitk"
KO_SUB = "Wir werden Mikl-Leitner und Kurz an ihren Taten messen"
KO_P1 = ("Wien (OTS) - \"Die heutige Demonstration gegen das Fremden-Unrechtspaket der Regierung ist ein wichtiges Signal an "
         "die Regierung, dass ihre Schikane-Politik nicht von der Zivilgesellschaft mitgetragen wird. Wir Grüne werden diese "
         "Demonstration unterstützen und ebenfalls zahlreich teilnehmenm,\" kündigt Alev Korun, Menschenrechtssprechern der "
         "Grünen, die heutige Demo \"machen wir uns stark\" in Wien an.")
KO_P2 = ("Neo Staatssekretär Kurz geben die Grünen natürlich eine faire Chance, sich durch Taten zu beweisen. \"Diese Chance hat "
         "Kurz jetzt. Wenn er seine Ankündigung er wolle Zusammenleben und Intergation verbessern, ernst meint, muss auch Kurz "
         "gegen dieses Unrechtspaket auftreten. Denn besseres Zusammenleben anzukündigen und neuerlichen Schikanen gegen "
         "Einwanderer zuzustimmen geht nicht zusammen,\" fordert Korun STS Kurz zu einer eindeutigen Positionierung auf. "
         "\"Auch die Neo-Innenministerin Mikl-Leitner bekommt jetzt ihre Chance: Wenn sie einen Neubeginn in der "
         "Menschenrechtspolitk will ist jetzt der richtige Moment, denn ein Unrectspaket das nicht von ihr geschnürt wurde muss "
         "sie nicht verteidigen,\" appeliert Korun an diese.")

add(id="ho540-ots-gruene-2011-04-27-korun-demo-unrechtspaket",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20110427_OTS0114/korun-fuer-neuanfang-in-integrations-und-"
        "menschenrechtspolitk",
    retrieved="same address (release of the Greens on the APA-OTS service, 27 April 2011 by its OTS number; the contact block "
              "'Die Grünen' with a gruene.at address and the footer 'FMB0002' show the sender; headline and subtitle kept as "
              "lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the "
              "contact block and the footer dropped (rule 2570); the published 'Menschenrechtspolitk' (twice), 'teilnehmenm,', "
              "the commas inside the closing marks (',\"'), 'Menschenrechtssprechern', 'Intergation', 'Unrectspaket' and "
              "'appeliert' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2],
    # the teaser quotation before `kündigt Alev Korun, Menschenrechtssprechern der Grünen, die heutige Demo … an` is hers
    # (rule 44); the demonstration's motto in `die heutige Demo "machen wir uns stark"` is null (rules 2, 24), although
    # its words are in the first person; the quotations before `fordert Korun STS Kurz zu einer eindeutigen Positionierung
    # auf` and `appeliert Korun an diese` are hers, Sebastian Kurz and Mikl-Leitner being the ones addressed (rules 12, 30);
    # the subtitle without marks carries no span (rule 5); the role phrase with the party's name (`Menschenrechtssprechern
    # der Grünen`) is no alias (rule 33); Kurz and Mikl-Leitner say nothing
    quotes=[(cut(KO_P1, "\"Die heutige", "teilnehmenm,\""), KORUN),
            ("\"machen wir uns stark\"", None),
            (cut(KO_P2, "\"Diese Chance", "zusammen,\""), KORUN),
            (cut(KO_P2, "\"Auch die", "verteidigen,\""), KORUN)],
    aliases={KORUN: ["Alev Korun", "Korun"]})

# --- APA-OTS, Parlamentsklub des BZÖ, 18 August 2008: Petzner on Faymann's interview ---

PE_T = "BZÖ-Petzner: FPÖ liegt längst mit der SPÖ im Bett!"
PE_SUB = "Nur BZÖ mit keiner Partei verhabert und an der Seite der Österreicher"
PE_P1 = ("Wien 2008-08-18 (OTS) - \"Damit ist einmal mehr bewiesen, dass sich die FPÖ schon längst mit der SPÖ ins Bett gelegt "
         "hat. Alle Gefechte zwischen Rot und Blau sind nichts anderes als Scheingefechte, um die Wähler zu täuschen\", sagt "
         "heute BZÖ-Generalsekretär Stefan Petzner angesichts des verräterischen Interviews von SPÖ-Spitzenkandidat Werner "
         "Faymann in der \"Frankfurter Rundschau\", wo Faymann sich eine Minderheitsregierung mit FPÖ-Unterstützung durchaus "
         "vorstellen kann.")
PE_P2 = ("\"Einzig das BZÖ ist mit keiner Partei verhabert, sondern ist ausschließlich den Österreicherinnen und Österreichern "
         "verpflichtet und sonst niemandem\", sagt Petzner.")

add(id="ho540-ots-bzoe-2008-08-18-petzner-fpoe-spoe-im-bett",
    title=PE_T,
    url="https://www.ots.at/presseaussendung/OTS_20080818_OTS0099/bzoe-petzner-fpoe-liegt-laengst-mit-der-spoe-im-bett",
    retrieved="same address (release of the BZÖ's parliamentary club on the APA-OTS service, 18 August 2008 by its OTS number; "
              "the contact block 'Pressereferat Parlamentsklub des BZÖ' and the footer 'BZC0002' show the sender; headline "
              "and subtitle kept as lines of their own as stored; the dateline with the date 'Wien 2008-08-18 (OTS) -' kept "
              "at the start of the first paragraph in its published form (rules 20, 3050); the contact block and the footer "
              "dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PE_SUB, PE_P1, PE_P2],
    # the teaser quotation before `sagt heute BZÖ-Generalsekretär Stefan Petzner angesichts des verräterischen Interviews
    # von SPÖ-Spitzenkandidat Werner Faymann` is Petzner's (rule 44), Faymann being the one answered (rule 12); the
    # newspaper's name `"Frankfurter Rundschau"` is null (rule 2); the quotation before `sagt Petzner` is his (rule 30);
    # the role phrase with the party's name (`BZÖ-Generalsekretär`) and the label `BZÖ-Petzner` are no aliases (rule 33);
    # Werner Faymann, whose interview is reported without marks, says nothing in marks
    quotes=[(cut(PE_P1, "\"Damit ist", "täuschen\""), PETZNER),
            ("\"Frankfurter Rundschau\"", None),
            (cut(PE_P2, "\"Einzig das", "niemandem\""), PETZNER)],
    aliases={PETZNER: ["Stefan Petzner", "Petzner"]})

# --- APA-OTS, KPÖ, 9 January 2007: Messner on the SPÖ's approval of the coalition agreement ---

ME_T = "Messner (KPÖ): Gusenbauer opfert die letzten Reste von Glaubwürdigkeit für den Kanzlersessel"
ME_P1 = ("Wien (OTS) - \"Das Ergebnis der Regierungsverhandlungen kann nur als Fiasko und Selbstaufgabe der SPÖ durch Ihre "
         "Spitzenfunktionäre bezeichnet werden\", so KPÖ-Bundessprecher Mirko Messner in Reaktion auf die Absegnung der "
         "Koalitionsvereinbarung durch den Parteivorstand der SPÖ.")
ME_P2 = ("Für Messner sind die Reaktionen der SPÖ-Basis \"voll und ganz verständlich\", denn \"die SPÖ-Granden haben sich der "
         "ÖVP vollständig unterworfen. Nichts ist geblieben vom großspurigen Wahlversprechen `Wohlstand muss gerecht verteilt "
         "werden´\".")
ME_P3 = ("Messner abschließend: \"Viel kann über die Details des Versagens der SPÖ-Spitze gesagt werden - doch letztendlich "
         "beweist die Regierungsübereinkunft nur, dass seine Versprechungen nicht halten kann, wer die kleine Gruppe der "
         "Superreichen ungeschoren lässt.\"")

add(id="ho540-ots-kpoe-2007-01-09-messner-gusenbauer-kanzlersessel",
    title=ME_T,
    url="https://www.ots.at/presseaussendung/OTS_20070109_OTS0182/messner-kpoe-gusenbauer-opfert-die-letzten-reste-von-"
        "glaubwuerdigkeit-fuer-den-kanzlersessel",
    retrieved="same address (release of the KPÖ on the APA-OTS service, 9 January 2007 by its OTS number; the contact block "
              "'KPÖ' with a kpoe.at address and the footer 'NKP0001' show the sender; the headline kept as the first line; "
              "the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the single stored line break inside the "
              "first quotation ('kann nur' / 'als Fiasko') joined with a space (rules 740, 3050); the contact block and the "
              "footer dropped (rule 2570); the published 'durch Ihre Spitzenfunktionäre' and the slogan's backtick and acute "
              "accent ('`Wohlstand muss gerecht verteilt werden´') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ME_P1, ME_P2, ME_P3],
    # the teaser quotation before `so KPÖ-Bundessprecher Mirko Messner in Reaktion auf …` is his (rule 44); the marked
    # judgement after `Für Messner sind die Reaktionen der SPÖ-Basis` and the quotation after its `denn` are his (rule
    # 3083), the slogan in backtick and acute accent inside the latter no mark and no span (rules 6, 110); the colon
    # quotation after `Messner abschließend:` is his (rule 9); the role phrase with the party's name
    # (`KPÖ-Bundessprecher`) is no alias (rule 33); Alfred Gusenbauer, named only in the headline, says nothing
    quotes=[(cut(ME_P1, "\"Das Ergebnis", "bezeichnet werden\""), MESSNER),
            ("\"voll und ganz verständlich\"", MESSNER),
            (cut(ME_P2, "\"die SPÖ-Granden", "werden´\""), MESSNER),
            (cut(ME_P3, "\"Viel kann", "ungeschoren lässt.\""), MESSNER)],
    aliases={MESSNER: ["Mirko Messner", "Messner"]})

# --- APA-OTS, NEOS, 11 November 2019: Meinl-Reisinger on the coalition talks of ÖVP and Greens ---

NE_T = "NEOS zu Regierungsverhandlungen: Rascher Abschluss nötig, um endlich drängende Reformen anzupacken"
NE_SUB = ("Beate Meinl-Reisinger: „Ob Schwarz-Grün echte Reformen für Übermorgen anpacken wird, oder sich nur eine Koalition "
          "des kleinsten gemeinsamen Nenners ausgeht, das bleibt abzuwarten.“")
NE_P1 = ("Wien (OTS) - „Es ist erfreulich, dass die Entscheidung für Regierungsverhandlungen zwischen ÖVP und Grünen da ist. "
         "Ich hoffe jetzt aber auf einen raschen Abschluss. Denn jeder Tag, der ohne handlungsfähige Regierung vergeht, fehlt, "
         "um tragfähige Konzepte für die Zukunft zu bauen. Es müssen viele drängende Themen angepackt werden – nicht nur "
         "Umwelt, sondern vor allem in den Bereichen Bildung, Entlastung und Wirtschaftsaufschwung warten viele "
         "Herausforderungen“, kommentiert NEOS-Vorsitzende Beate Meinl-Reisinger die Ankündigung von Sebastian Kurz, in "
         "Koalitionsverhandlungen mit den Grünen eintreten zu wollen. „Ob sich dabei echte Reformen für Übermorgen ausgehen "
         "werden, oder doch nur eine Koalition des kleinsten gemeinsamen Nenners übrigbleibt – das bleibt abzuwarten“, so "
         "Meinl-Reisinger.")

add(id="ho540-ots-neos-2019-11-11-meinl-reisinger-regierungsverhandlungen",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20191111_OTS0088/neos-zu-regierungsverhandlungen-rascher-abschluss-noetig-"
        "um-endlich-draengende-reformen-anzupacken",
    retrieved="same address (release of the NEOS on the APA-OTS service, 11 November 2019 by its OTS number; the contact block "
              "'NEOS' with a neos.eu address shows the sender; the crawl-date prefix ' date 2019-11' before the headline "
              "dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept "
              "at the start of the paragraph; the contact block dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1],
    # the subtitle label `Beate Meinl-Reisinger: „…“` gives its quotation to her (rules 54, 107), the body's last quotation
    # saying the same in other words (rule 26); the teaser quotation before `kommentiert NEOS-Vorsitzende Beate
    # Meinl-Reisinger die Ankündigung von Sebastian Kurz` is hers, Kurz being the one whose announcement she answers
    # (rules 12, 44); the quotation before `so Meinl-Reisinger` is hers (rule 30); the role phrase with the party's name
    # (`NEOS-Vorsitzende`) is no alias (rule 33); Sebastian Kurz says nothing in marks
    quotes=[("„Ob Schwarz-Grün echte Reformen für Übermorgen anpacken wird, oder sich nur eine Koalition des kleinsten "
             "gemeinsamen Nenners ausgeht, das bleibt abzuwarten.“", MEINL),
            (cut(NE_P1, "„Es ist erfreulich", "Herausforderungen“"), MEINL),
            (cut(NE_P1, "„Ob sich dabei", "abzuwarten“"), MEINL)],
    aliases={MEINL: ["Beate Meinl-Reisinger", "Meinl-Reisinger"]})
