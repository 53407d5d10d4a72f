# Five-hundred-and-eighty-second held-out German real-news set (tests/data/heldout582-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3440-3443). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-eighty-second held-out set": nine releases of Austrian federal ministries,
# a state secretariat and the Federal President's office distributed by APA-OTS Originaltext-Service and shown on ots.at: two of
# the Interior Ministry (Günther Platter's letter of thanks after Vladimir Putin's state visit, May 2007; Platter thanking the
# police after the first match day of the EURO 2008, June 2008), two of the Staatssekretariat für Sport in the Federal
# Chancellery (Reinhold Lopatka at the Bundestag of the Sportunion, June 2007; his first reaction to Salzburg's defeat in the vote
# on the 2014 Winter Games, July 2007), one of the Ministry of Defence and Sport (General Edmund Entacher against a KURIER report
# on the models of military service, January 2011), one of the Ministry of Labour and Social Affairs (Rudolf Hundstorfer for
# keeping Benita Ferrero-Waldner as commissioner, October 2009), one of the Science Ministry (Beatrix Karl congratulating
# Karlheinz Töchterle on his re-election as rector, December 2010), one of the Ministry of Transport (its statement on a study of
# the Asfinag, August 2013), all under licence APA_OTS_POLITICS, and one of the Österreichische Präsidentschaftskanzlei (Heinz
# Fischer's letter to Giorgio Napolitano, May 2006) under APA_OTS_PUBLIC. All nine stored copies are the `search` tool's `pages`
# excerpts; every release body is complete in them, the wire furniture (the marker `****`, end marks, contact blocks, service
# lines and footers) is dropped and hard line breaks inside a paragraph are joined (rules 48, 460, 2680, 3260, 3440); each
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


PLATTER = "Günther Platter"
LOPATKA = "Reinhold Lopatka"
ENTACHER = "Edmund Entacher"
HUNDSTORFER = "Rudolf Hundstorfer"
KARL = "Beatrix Karl"
VERKEHRSMINISTERIUM = "Verkehrsministerium"
FISCHER = "Heinz Fischer"

# --- APA-OTS, Bundesministerium für Inneres, 25 May 2007: Platter's letter of thanks after Putin's state visit ---

PU_T = "Platter: Reibungsloser Ablauf des Staatsbesuchs von Präsident Putin"
PU_SUB = "Innenminister Platter dankt allen eingesetzten Sicherheitskräften:"
PU_P1 = ("Wien (OTS) - Innenminister Günther Platter dankte heute in einem Schreiben allen Polizistinnen und Polizisten sowie "
         "allen Mitarbeiterinnen und Mitarbeitern des Innenministeriums, die im Rahmen des Putin-Besuches im Einsatz waren: "
         "\"Mit 1000 Polizistinnen und Polizisten und 100 Cobra-Beamten schützte Österreich den russischen Präsidenten "
         "Wladimir Putin während seines Staatsbesuchs in Wien. Die österreichische Polizei hat durch ihre kompetente "
         "Vorgehensweise einmal mehr bewiesen, dass in unserem Land Polizeiarbeit auf höchstem internationalem Niveau "
         "geleistet wird.")
PU_P2 = ("Sowohl die Verkehrs- als auch die Personenschutzmaßnahmen, die in Absprache mit den russischen Sicherheitskräften "
         "getroffen wurden, haben sich voll bewährt. Der Ablauf des Besuches verlief reibungslos und höchst professionell, auch "
         "die Verkehrsbehinderungen konnten gering gehalten werden.")
PU_P3 = ("Ich möchte mich herzlich bei allen beteiligten Kolleginnen und Kollegen für ihren großartigen Einsatz beim Besuch des "
         "russischen Präsidenten Wladimir Putin bedanken. Die präzisen Vorbereitungen wurden punktgenau umgesetzt. Deshalb war "
         "die Sicherheit des hohen Gastes zu jeder Zeit gewährleistet.\"")

add(id="ho582-ots-bmi-2007-05-25-platter-putin-besuch",
    title=PU_T,
    url="https://www.ots.at/presseaussendung/OTS_20070525_OTS0014/platter-reibungsloser-ablauf-des-staatsbesuchs-von-"
        "praesident-putin",
    retrieved="same address (release of the Bundesministerium für Inneres on the APA-OTS service, 25 May 2007 by its OTS "
              "number; the sender is told by the contact block 'Bundesministerium für Inneres / Pressesprecherin des "
              "Innenministers / Mag. Michaela Huber' with the 'Bundesministerium für Inneres - Infopoint' lines and the footer "
              "code NIN0001, all dropped (rules 2680, 3260); headline and the subtitle, which ends in a colon, kept as lines of "
              "their own as stored (rule 3441); the letter's three paragraphs kept as the three paragraphs the stored copy "
              "gives them, the first run on from the lead's colon; complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[PU_SUB, PU_P1, PU_P2, PU_P3],
    # the letter that the lead introduces with `dankte heute in einem Schreiben …:` opens with a mark in the lead paragraph,
    # runs on through an unmarked second paragraph and closes at the end of the third: three spans of Platter, the first from
    # its mark to the paragraph end, the second the whole paragraph, the third from the paragraph start to the closing mark
    # (rules 9, 28, 935, 3441); the subtitle's colon ends a line without a quotation and carries no span (rule 3441); Wladimir
    # Putin (`Präsident Putin`) and the russischen Sicherheitskräfte say nothing; `Innenminister`, which names only Platter, is
    # an alias (rule 44)
    quotes=[(PU_P1[PU_P1.index("\"Mit 1000"):], PLATTER),
            (PU_P2, PLATTER),
            (PU_P3, PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Innenminister Günther Platter", "Innenminister Platter", "Platter",
                       "Innenminister"]})

# --- APA-OTS, Bundesministerium für Inneres, 9 June 2008: Platter thanks the police after the first EURO match day ---

EU_T = "Platter: Dank und Anerkennung für die Sicherheitskräfte"
EU_SUB = "Sicherheitsteam Österreich gewährleistete sicheres Fußballfest"
EU_P1 = ("Wien (OTS) - \"Ich danke den gestern eingesetzten Sicherheitskräften sehr herzlich und spreche ihnen meine volle "
         "Anerkennung für die professionelle und wirkungsvolle Arbeit aus\", sagte heute, Montag, Bundesminister Günther "
         "Platter.")
EU_P2 = ("Das treffe auch auf das Zusammenwirken der österreichischen Polizei mit den Kolleginnen und Kollegen aus den anderen "
         "europäischen Ländern zu. \"Hier haben alle Polizistinnen und Polizisten ihr bestes gegeben, an den Spielorten, im "
         "Umfeld oder im Bereich der Grenze\", so Platter.")
EU_P3 = ("\"Das um Kolleginnen und Kollegen aus ganz Europa verstärkte Sicherheitsteam Österreich hat damit am wichtigen ersten "
         "Spieltag ihre volle taktische Stärke bewiesen, rasch auf Zwischenfälle reagiert und die 3-D-Philosophie (Dialog, "
         "Deeskalation, Durchsetzung) exakt und punktgenau eingesetzt. Die Polizei hat wesentlich zum positiven Bild "
         "beigetragen\", schloss der Innenminister.")

add(id="ho582-ots-bmi-2008-06-09-platter-euro-sicherheitskraefte",
    title=EU_T,
    url="https://www.ots.at/presseaussendung/OTS_20080609_OTS0121/platter-dank-und-anerkennung-fuer-die-sicherheitskraefte",
    retrieved="same address (release of the Bundesministerium für Inneres on the APA-OTS service, 9 June 2008 by its OTS "
              "number; the sender is told by the contact block 'Bundesministerium für Inneres / Pressesprecherin des "
              "Innenministers / Mag. Michaela Huber' and the footer code NIN0002, both dropped (rules 2680, 3260); headline and "
              "subtitle kept as lines of their own as stored; complete in the stored copy; the published 'ihr bestes' and "
              "'Sicherheitsteam Österreich hat … ihre volle taktische Stärke' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[EU_SUB, EU_P1, EU_P2, EU_P3],
    # the quotation before `sagte heute, Montag, Bundesminister Günther Platter` is his (rules 30, 44); the quotation after the
    # narrator's Konjunktiv sentence and before `so Platter` is his (rule 30); the cue `schloss der Innenminister` after the
    # last quotation names him by his office (rules 30, 44); the Sicherheitsteam Österreich, the Polizei and the foreign
    # Kolleginnen und Kollegen say nothing; `Innenminister`, which names only him, is an alias (rule 44)
    quotes=[(cut(EU_P1, "\"Ich danke", "Arbeit aus\""), PLATTER),
            (cut(EU_P2, "\"Hier haben", "der Grenze\""), PLATTER),
            (cut(EU_P3, "\"Das um Kolleginnen", "Bild beigetragen\""), PLATTER)],
    aliases={PLATTER: ["Günther Platter", "Bundesminister Günther Platter", "Platter", "Innenminister"]})

# --- APA-OTS, Staatssekretariat für Sport, 2 June 2007: Reinhold Lopatka at the Bundestag of the Sportunion ---

SU_T = "Sportstaatssekretär Reinhold Lopatka: Sport in Österreich lebt von Ehrenamtlichkeit"
SU_SUB = "Gratulation an Sportunion zur Wahl von Peter Haubner als Prokop-Nachfolger"
SU_P1 = ("Salzburg, 2. Juni 2007 (OTS) - \"Der Sport lebt von jenen, die mehr tun, als es ihre Pflicht ist\", betonte "
         "Sportstaatssekretär Dr. Reinhold Lopatka beim Bundestag der Sportunion in Salzburg die Bedeutung der "
         "Sport-Dachverbände in Österreich. Der Sport lebe neben der Professionalität in besonderem Maße von der "
         "Ehrenamtlichkeit \"und ist auf die Leistungen der Ehrenamtlichen sogar massiv angewiesen\". In Österreich erfüllen "
         "die drei großen Dachverbände ASKÖ, ASVÖ und Sportunion diese Leistung an der Gesellschaft, \"wenn es darum geht, "
         "neben dem Spitzensport im Breiten- und Gesundheitssport erfolgreich zu sein\", sagte Lopatka.")
SU_P2 = ("Der Sportstaatssekretär gratulierte der Sportunion zur Wahl von Peter Haubner zum neuen Präsidenten und Nachfolger von "
         "Liese Prokop. \"Mit Peter Haubner tritt ein erfahrener und kompetenter Sportfunktionär die Nachfolge einer "
         "einzigartigen Sportler- und Politikerpersönlichkeit an. Er wird den erfolgreichen Weg von Liese Prokop weiter "
         "gehen\", so Lopatka abschließend.")

add(id="ho582-ots-stssport-2007-06-02-lopatka-sportunion-ehrenamt",
    title=SU_T,
    url="https://www.ots.at/presseaussendung/OTS_20070602_OTS0050/sportstaatssekretaer-reinhold-lopatka-sport-in-oesterreich-"
        "lebt-von-ehrenamtlichkeit",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, 2 "
              "June 2007 by its OTS number and its dateline 'Salzburg, 2. Juni 2007 (OTS) -'; the sender is told by the contact "
              "block 'Roland Achatz / Staatssekretariat für Sport' with an address at bka.gv.at and the footer code STS0001, both "
              "dropped (rules 2680, 3260, 3440); the OTS marker '****' after the lead paragraph dropped (rule 460); headline and "
              "subtitle kept as lines of their own as stored; complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[SU_SUB, SU_P1, SU_P2],
    # the quotation before `betonte Sportstaatssekretär Dr. Reinhold Lopatka` is his (rules 30, 44); the marked clause that
    # ends the narrator's Konjunktiv sentence `Der Sport lebe … von der Ehrenamtlichkeit "und ist …"` is his (rules 3, 25); the
    # marked clause in the indicative sentence on the Dachverbände closed by `sagte Lopatka` is his (rules 3, 30, 3442); the
    # quotation before `so Lopatka abschließend` is his (rule 30); the headline label `Sportstaatssekretär Reinhold Lopatka:`
    # before unmarked words has no span (rule 5); Peter Haubner, Liese Prokop (`Prokop`), the Sportunion, ASKÖ and ASVÖ say
    # nothing; `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[(cut(SU_P1, "\"Der Sport lebt", "Pflicht ist\""), LOPATKA),
            ("\"und ist auf die Leistungen der Ehrenamtlichen sogar massiv angewiesen\"", LOPATKA),
            (cut(SU_P1, "\"wenn es darum geht", "erfolgreich zu sein\""), LOPATKA),
            (cut(SU_P2, "\"Mit Peter Haubner", "weiter gehen\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka",
                       "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Staatssekretariat für Sport, 4/5 July 2007: Lopatka on the vote for the 2014 Winter Games ---

IO_T = ("Sportstaatssekretär Reinhold Lopatka: Nicht das sportliche Angebot, sondern das finanzielle Interesse hat Ausschlag "
        "gegeben")
IO_DL = "Guatemala City, 5. Juli 2007 (OTS) - ="
IO_P1 = join("\"Letztendlich hat nicht das",
             "sportliche Angebot, sondern wieder einmal das finanzielle Interesse den Ausschlag gegeben\", so "
             "Sportstaatssekretär Dr. Reinhold Lopatka in einer ersten Reaktion nach dem Ausscheiden Salzburgs bei der Vergabe "
             "der Olympischen und Paralympischen Winterspiele 2014. \"Die Mitglieder des Internationalen Olympischen Komitees "
             "(IOC) haben sich entschieden, nicht dem Wintersport und der olympischen Idee, sondern Geld und Macht den Vorrang "
             "zu geben\", so Lopatka.")

add(id="ho582-ots-stssport-2007-07-04-lopatka-ioc-salzburg-2014",
    title=IO_T,
    url="https://www.ots.at/presseaussendung/OTS_20070704_OTS0288/sportstaatssekretaer-reinhold-lopatka-nicht-das-sportliche-"
        "angebot-sondern-das-finanzielle-interesse-hat-ausschlag-gegeben",
    retrieved="same address (release of the Staatssekretariat für Sport in the Federal Chancellery on the APA-OTS service, "
              "numbered 4 July 2007 (OTS number) and dated 5 July 2007 in its dateline from Guatemala City; the sender is told by "
              "the contact block 'Roland Achatz / Staatssekretariat für Sport' with an address at bka.gv.at and the footer code "
              "STS0002, both dropped (rules 2680, 3260, 3440); the dateline with the wire's '=' after it, which the stored copy "
              "sets before an empty line, kept as a line of its own (rules 3260, 3440); the hard line break inside the first "
              "quotation after 'das' joined with a space (rule 2680); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[IO_DL, IO_P1],
    # the quotations before `so Sportstaatssekretär Dr. Reinhold Lopatka in einer ersten Reaktion …` and before `so Lopatka` are
    # his (rules 30, 44); the headline label `Sportstaatssekretär Reinhold Lopatka:` before unmarked words has no span (rule 5);
    # the Mitglieder des Internationalen Olympischen Komitees, of whom his second quotation speaks, say nothing;
    # `Sportstaatssekretär`, which names only him, is an alias (rule 44)
    quotes=[(cut(IO_P1, "\"Letztendlich", "Ausschlag gegeben\""), LOPATKA),
            (cut(IO_P1, "\"Die Mitglieder", "Vorrang zu geben\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Sportstaatssekretär Reinhold Lopatka", "Sportstaatssekretär Dr. Reinhold Lopatka",
                       "Lopatka", "Sportstaatssekretär"]})

# --- APA-OTS, Bundesministerium für Landesverteidigung und Sport, 5 January 2011: Entacher on a KURIER report ---

EN_T = "Entacher zu Kurier-Bericht: Modell-Berechnungen liegen noch nicht vor"
EN_SUB = ("Im morgigen \"Kurier\" genannte Zahlen stimmen nicht - Verteidigungsminister wird tatsächliche Modelle demnächst "
          "präsentieren")
EN_P1 = ("WIEN (OTS/BMLVS) - \"Die im morgigen 'Kurier' veröffentlichten Wehrsystem-Modelle und Zahlen stimmen nicht. Das "
         "Papier ist noch nicht fertiggestellt\", hielt General Edmund Entacher, Chef des Generalstabes des Bundesheeres, "
         "heute, Mittwoch, fest. \"Es kursieren jetzt viele Zahlen und Berechnungen. Die tatsächlichen Varianten werden dann "
         "der Öffentlichkeit präsentiert, wenn sie fertiggestellt und vom Herrn Bundesminister freigegeben sind\", so der "
         "ranghöchste General des Österreichischen Bundesheeres.")

add(id="ho582-ots-bmlvs-2011-01-05-entacher-kurier-modelle",
    title=EN_T,
    url="https://www.ots.at/presseaussendung/OTS_20110105_OTS0137/entacher-zu-kurier-bericht-modell-berechnungen-liegen-noch-"
        "nicht-vor",
    retrieved="same address (release of the Bundesministerium für Landesverteidigung und Sport on the APA-OTS service, 5 "
              "January 2011 by its OTS number and the dateline code 'WIEN (OTS/BMLVS)'; the sender is also told by the contact "
              "block 'Bundesministerium für Landesverteidigung und Sport / Kommunikation / Presse' and the footer code NLA0001, "
              "both dropped (rules 2680, 3260); the OTS marker '****' and the end mark '(Schluss)' after the last sentence "
              "dropped (rules 48, 460); headline and subtitle kept as lines of their own as stored; the dateline's capital "
              "'WIEN' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[EN_SUB, EN_P1],
    # the daily's name in double marks in the subtitle is null (rule 2); the same name in ASCII single marks inside the general's
    # first quotation is part of his span and has none of its own (NOTES.md nested quotes); the quotation before `hielt General
    # Edmund Entacher, Chef des Generalstabes des Bundesheeres, heute, Mittwoch, fest` is his (rules 30, 44), and the one before
    # `so der ranghöchste General des Österreichischen Bundesheeres` too, the description naming the general of the previous
    # cue (rules 30, 3443); the unnamed Verteidigungsminister and `Herrn Bundesminister` say nothing; `General Edmund Entacher`
    # and the bare `General`, which names only him, are aliases; the role phrases with the Bundesheer are not (rules 33, 44)
    quotes=[("\"Kurier\"", None),
            (cut(EN_P1, "\"Die im morgigen", "fertiggestellt\""), ENTACHER),
            (cut(EN_P1, "\"Es kursieren", "freigegeben sind\""), ENTACHER)],
    aliases={ENTACHER: ["Edmund Entacher", "General Edmund Entacher", "Entacher", "General"]})

# --- APA-OTS, Bundesministerium für Arbeit, Soziales und Konsumentenschutz, 21 October 2009: Hundstorfer on Ferrero-Waldner ---

HU_T = "Hundstorfer für Verbleib von Ferrero-Waldner als EU-Kommissarin"
HU_SUB = "\"Hat guten Job gemacht\""
HU_P1 = join("Wien (BMASK) - \"Benita Ferrero-Waldner hat ihren Job gut gemacht",
             "und ist als EU Kommissarin allseits anerkannt\", so Sozialminister Rudolf Hundstorfer am Mittwoch. Ferrero-Waldner "
             "habe sich innerhalb der Europäischen Union ein hohes Ansehen als Kommissarin erworben. \"Wenn sie zur Verfügung "
             "steht, soll sie weiter für Österreich tätig sein!\", betonte Hundstorfer, der davon ausgeht, dass auch die ÖVP "
             "Ferrero-Waldner, die sie selbst als Präsidentschaftskandidatin und als Bewerberin für den Unesco-Chefposten "
             "aufgestellt hat, nicht austauschen wolle.")

add(id="ho582-ots-bmask-2009-10-21-hundstorfer-ferrero-waldner",
    title=HU_T,
    url="https://www.ots.at/presseaussendung/OTS_20091021_OTS0034/hundstorfer-fuer-verbleib-von-ferrero-waldner-als-eu-"
        "kommissarin",
    retrieved="same address (release of the Bundesministerium für Arbeit, Soziales und Konsumentenschutz on the APA-OTS service, "
              "21 October 2009 by its OTS number and the dateline code 'Wien (BMASK)'; the sender is also told by the contact "
              "block 'Bundesministerium für Arbeit, Soziales und Konsumentenschutz (BMASK) / Mag. Elisabeth Kern / "
              "Pressesprecherin des Sozialministers' and the footer code NSO0001, both dropped (rules 2680, 3260); the OTS "
              "marker '****' and the end mark '(Schluss)' after the last sentence dropped (rules 48, 460); the hard line break "
              "inside the first quotation after 'gemacht' joined with a space (rule 2680); headline and subtitle kept as lines "
              "of their own as stored; complete in the stored copy; the published 'EU Kommissarin' without hyphen beside "
              "'EU-Kommissarin' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[HU_SUB, HU_P1],
    # the bare subtitle quotation under a headline that names Hundstorfer condenses his first body quotation (`hat ihren Job gut
    # gemacht`) and is his (rules 26, 461); the quotations before `so Sozialminister Rudolf Hundstorfer am Mittwoch` and before
    # `betonte Hundstorfer` are his (rules 30, 44); Benita Ferrero-Waldner, of whom he speaks, the Europäische Union and the ÖVP
    # say nothing; `Sozialminister`, which names only him, is an alias (rule 44)
    quotes=[(HU_SUB, HUNDSTORFER),
            (cut(HU_P1, "\"Benita", "allseits anerkannt\""), HUNDSTORFER),
            (cut(HU_P1, "\"Wenn sie", "tätig sein!\""), HUNDSTORFER)],
    aliases={HUNDSTORFER: ["Rudolf Hundstorfer", "Sozialminister Rudolf Hundstorfer", "Hundstorfer", "Sozialminister"]})

# --- APA-OTS, Bundesministerium für Wissenschaft und Forschung, 14 December 2010: Karl congratulates Töchterle ---

KA_T = "Beatrix Karl gratuliert Karlheinz Töchterle zur Wiederwahl"
KA_SUB = "Rektor der Universität Innsbruck einstimmig bestätigt"
KA_P1 = ("Wien (OTS) - Wissenschafts- und Forschungsministerin Dr. Beatrix Karl gratuliert Dr. Karlheinz Töchterle zu seiner "
         "Wiederwahl. Der Rektor der Universität Innsbruck wurde heute einstimmig in seinem Amt bestätigt und steht damit für "
         "weitere vier Jahre an der Spitze der Uni Innsbruck. \"Der Unistandort Innsbruck hat sich in den vergangenen Jahren "
         "sehr gut entwickelt, dazu hat auch Rektor Töchterle einen wichtigen Beitrag geleistet. Ich freue mich auf weiterhin "
         "konstruktive Zusammenarbeit und sehe seine einstimmige Wiederwahl auch als Bestätigung seiner engagierten Arbeit in "
         "den vergangenen Jahren\", so Beatrix Karl.")
KA_P2 = ("Rektor Töchterle ist ein wichtiger Mitstreiter, was die Regelung des Hochschulzugangs betrifft. \"Die Unis brauchen "
         "einen geregelten Zugang, um besser planen zu können und sowohl Studierenden als auch Lehrenden bessere "
         "Rahmenbedingungen bieten zu können\", unterstreicht die Ministerin. Dies gelte in Hinblick auf die deutschen "
         "Studierenden insbesondere auch für den Unistandort Innsbruck.")

add(id="ho582-ots-bmwf-2010-12-14-karl-toechterle-wiederwahl",
    title=KA_T,
    url="https://www.ots.at/presseaussendung/OTS_20101214_OTS0262/beatrix-karl-gratuliert-karlheinz-toechterle-zur-wiederwahl",
    retrieved="same address (release of the Bundesministerium für Wissenschaft und Forschung on the APA-OTS service, 14 "
              "December 2010 by its OTS number; the sender is told by the contact block 'Bundesministerium für Wissenschaft und "
              "Forschung / Minoritenplatz 5, 1014 Wien / Pressesprecherin: Mag. Elisabeth Grabenweger' and the footer code "
              "MWF0001, both dropped (rules 2680, 3260); headline and subtitle kept as lines of their own as stored; complete "
              "in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[KA_SUB, KA_P1, KA_P2],
    # the quotation before `so Beatrix Karl` is hers (rule 30); the quotation after the narrator's sentence whose subject is
    # `Rektor Töchterle` goes to the cue after it, `unterstreicht die Ministerin`, not to the man the sentence before speaks of
    # (rules 30, 44); Karlheinz Töchterle, the Rektor, says nothing; `Ministerin`, which names only her, is an alias (rule 44)
    quotes=[(cut(KA_P1, "\"Der Unistandort", "vergangenen Jahren\""), KARL),
            (cut(KA_P2, "\"Die Unis", "bieten zu können\""), KARL)],
    aliases={KARL: ["Beatrix Karl", "Wissenschafts- und Forschungsministerin Dr. Beatrix Karl", "Ministerin"]})

# --- APA-OTS, Bundesministerium für Verkehr, Innovation und Technologie, 8 August 2013: the ministry on an Asfinag study ---

AS_T = "BMVIT wird Studienergebnisse der Asfinag analysieren"
AS_P1 = ("Wien (OTS/BMVIT) - Zur aktuellen Diskussion über eine Studie der Asfinag hält das Verkehrsministerium erneut fest: "
         "\"Wie alle neuen Studien wird auch die Studie der Asfinag nach Vorliegen einer Analyse und Bewertung unterzogen "
         "werden.\"")

add(id="ho582-ots-bmvit-2013-08-08-asfinag-studie",
    title=AS_T,
    url="https://www.ots.at/presseaussendung/OTS_20130808_OTS0111/bmvit-wird-studienergebnisse-der-asfinag-analysieren",
    retrieved="same address (release of the Bundesministerium für Verkehr, Innovation und Technologie on the APA-OTS service, 8 "
              "August 2013 by its OTS number and the dateline code 'Wien (OTS/BMVIT)'; the sender is also told by the contact "
              "block 'Rückfragehinweis: / Bundesministerium für Verkehr, Innovation und Technologie / Mag. Klaus Kienesberger, "
              "Büro des Generalsekretärs, Kommunikation' and the footer code NVM0001, both dropped (rules 2680, 3260); the end "
              "mark 'Schluss' without brackets after the closing mark dropped like '(Schluss)' (rules 48, 3440); complete in the "
              "stored copy)",
    license=APA_OTS_POLITICS,
    paras=[AS_P1],
    # the colon quotation after `hält das Verkehrsministerium erneut fest:` is the ministry's, the subject of the cue, which
    # speaks of itself in the third person in its own release (rules 9, 11); `BMVIT` in the headline, the abbreviation of the
    # same ministry, is an alias (rule 7); the Asfinag, whose study is discussed, says nothing
    quotes=[(cut(AS_P1, "\"Wie alle", "unterzogen werden.\""), VERKEHRSMINISTERIUM)],
    aliases={VERKEHRSMINISTERIUM: ["Verkehrsministerium", "BMVIT"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 10 May 2006: Heinz Fischer congratulates Giorgio Napolitano ---

NA_T = "Bundespräsident gratuliert Giorgio Napolitano zur Wahl zum italienischen Staatspräsidenten"
NA_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat heute in einem Glückwunschschreiben den neu gewählten "
         "Staatspräsidenten Italiens, Giorgio Napolitano im Namen der Republik Österreich und auch im eigenen Namen sehr herzlich "
         "zur Wahl und zur Übernahme einer großen Aufgabe gratuliert.")
NA_P2 = ("In dem Glückwunschschreiben weist der österreichische Bundespräsident auf die durch viele Jahre in verschiedenen "
         "Funktionen bewährte Freundschaft und gute Zusammenarbeit mit dem neu gewählten italienischen Staatspräsidenten hin.")
NA_P3 = ("\"Diese gute Zusammenarbeit ist eine Garantie dafür, dass es zwischen dem italienischen Staatspräsidenten und dem "
         "österreichischen Bundespräsidenten auch in Zukunft eine vertrauensvolle und intensive Kooperation im Interesse einer "
         "weiteren Vertiefung der gut nachbarlichen Beziehungen zwischen Österreich und Italien geben wird. In diesem Sinne sehe "
         "ich einer baldigen Begegnung mit Ihnen mit Freude und Interesse entgegen\", heißt es in dem Glückwunschschreiben "
         "abschließend.")

add(id="ho582-ots-bpk-2006-05-10-fischer-napolitano",
    title=NA_T,
    url="https://www.ots.at/presseaussendung/OTS_20060510_OTS0258/bundespraesident-gratuliert-giorgio-napolitano-zur-wahl-zum-"
        "italienischen-staatspraesidenten",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 10 May 2006 by its "
              "OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei / Presse und "
              "Informationsdienst' and the footer code BPK0002, both dropped (rules 3060, 3260); the single line break after the "
              "lead's complete sentence kept as a paragraph break like the empty line after the second paragraph (rules 17, "
              "3260); complete in the stored copy; the published 'Giorgio Napolitano im Namen' without a closing comma and 'gut "
              "nachbarlichen' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[NA_P1, NA_P2, NA_P3],
    # the letter's words before the personless cue `heißt es in dem Glückwunschschreiben abschließend` are Fischer's, whom the
    # lead names as sending the letter and the second paragraph as `der österreichische Bundespräsident` (rules 28, 3063); the
    # letter's own third person `dem österreichischen Bundespräsidenten` beside its first person `sehe ich` does not make a
    # second speaker; Giorgio Napolitano, the addressee (`Ihnen`), says nothing; `Bundespräsident`, which names only Fischer
    # (the Italian head of state is the `Staatspräsident`), is an alias (rule 44)
    quotes=[(cut(NA_P3, "\"Diese gute", "Interesse entgegen\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident"]})
