# Seven-hundred-and-thirty-first held-out German real-news set (tests/data/heldout731-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4560-4561). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' and other persons' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout727-
# heldout734). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-thirty-first held-out set": eight releases of the press service of the
# Niederösterreichische Landesregierung (NLK), seven distributed by APA-OTS Originaltext-Service and read on ots.at under
# APA_OTS_PUBLIC (Landeshauptmann Erwin Pröll at the third Landhausfest in St. Pölten, September 1999; the swearing-in of the
# Landeshauptmannstellvertreterin Heidemaria Onodi, April 2001; Landeshauptmannstellvertreter Ernest Gabmann signing the
# agreement on the cross-border Landesausstellung 2009 in Telc, with the mayor of Telc Roman Fabes, November 2006; Pröll at the
# ground-breaking of the bypass of Mistelbach, February 2013; Pröll as the guest of the radio programme "Radio 4/4" at the
# Landesausstellung 2013, April 2013; Pröll honouring the 100,000th and the 200,000th visitor of that Landesausstellung, July and
# September 2013) and one, Landeshauptfrau Johanna Mikl-Leitner at her first Maibaum in the Landhaus (spring 2017), read as
# reposted in full with the Land's contact block and the APA-OTS footer by the press portal prnet.at under the new constant
# APA_OTS_LAND_REPOST_PRNET. Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules
# 15, 17), the wire and portal furniture (crawl-date prefixes, the store's time and number lines, the old OTS banners, contact
# blocks, footers, the portal's source and comment lines) is dropped, and the hard-wrapped lines of the copy of 2006 are joined
# (rule 4560); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC, APA_OTS_LAND_REPOST_PRNET  # noqa: E402

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


PROELL = "Erwin Pröll"
GABMANN = "Ernest Gabmann"
FABES = "Roman Fabes"
MIKL = "Johanna Mikl-Leitner"

PROELL_FORMS = ["Erwin Pröll", "Dr. Erwin Pröll", "Landeshauptmann Dr. Erwin Pröll"]

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 29 September 1999: the third Landhausfest in St. Pölten ---

LF_T = "Landhausfest zum drittenmal in St.Pölten"
LF_SUB = "LH Pröll: Anerkennung für den Landesdienst"
LF_P1 = ("St.Pölten (NLK) - \"Die Leistungen der niederösterreichischen Landesverwaltung werden in der Öffentlichkeit "
         "zunehmend anerkannt, das beweisen auch die vielen lobenden Briefe, die ich erhalte. Dieses Fest soll somit auch ein "
         "Dankeschön an die Landesbediensteten sein.\" Das erklärte Landeshauptmann Dr. Erwin Pröll gestern beim diesjährigen "
         "Landhausfest. Es wurde vom Gewerkschaftlichen Betriebsausschuß bereits zum sechstenmal, in St.Pölten zum drittenmal "
         "veranstaltet. Der Vorsitzende, Dipl.Ing. Peter Morwitzer, dankte den zahlreichen Sponsoren und konnte eine Reihe von "
         "Ehrengästen begrüßen, unter anderem Landtagspräsident Mag. Edmund Freibauer, Zweite Landtagspräsidentin Heidemaria "
         "Onodi, die Landesräte Ernest Gabmann und Dr. Ewald Stadler, Landesamtsdirektor Hofrat Dr. Karl Kern und "
         "Landesamtsdirektor-Stellvertreter Hofrat Dr. Werner Seif.")

add(id="ho731-ots-nlk-1999-09-29-proell-landhausfest-st-poelten",
    title=LF_T,
    url="https://www.ots.at/presseaussendung/OTS_19990929_OTS0156/landhausfest-zum-drittenmal-in-stpoelten",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "29 September 1999 by its OTS number, reporting the feast of 'gestern'; the sender is told by the dateline code "
              "'St.Pölten (NLK) -', kept at the start of the only body paragraph, by the contact block 'Pressestelle / Tel.: "
              "02742/200-2180 / Niederösterreichische Landesregierung' and by the footer '… | NLK/NLK', dropped with the old "
              "banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER / VERANTWORTUNG DES AUSSENDERS ***' (rule "
              "4560); headline and subtitle kept as lines of their own as stored; the published 'drittenmal', 'sechstenmal', "
              "'Betriebsausschuß' and 'St.Pölten' without a space kept (rule 20); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[LF_SUB, LF_P1],
    # the subtitle label `LH Pröll:` stands before unmarked words and carries no span (rules 5, 630); the quotation that
    # opens the paragraph right after the dateline is Pröll's, given to him by the next sentence `Das erklärte Landeshauptmann
    # Dr. Erwin Pröll gestern …` (rule 97); the Betriebsausschuss, its chairman Peter Morwitzer, who thanks the sponsors in
    # the narrator's words, and the guests of honour say nothing; `Landeshauptmann`, which names only Pröll, and the label
    # form `LH Pröll` are aliases (rule 44)
    quotes=[(cut(LF_P1, "\"Die Leistungen", "sein.\""), PROELL)],
    aliases={PROELL: PROELL_FORMS + ["LH Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 19 April 2001: Heidemaria Onodi sworn in ---

ON_T = "LHStv. Onodi angelobt"
ON_SUB = "LH Pröll: \"Freuen uns auf die Zusammenarbeit"
ON_P1 = ("St.Pölten (NLK) - Unmittelbar nach der Wahl von Heidemaria Onodi zur Landeshauptmannstellvertreterin im NÖ Landtag "
         "trat die Landesregierung zu einer außerordentlichen Sitzung zusammen, in der das neue Regierungsmitglied durch "
         "Landeshauptmann Dr. Erwin Pröll auf die Bundesverfassung angelobt wurde. \"Wir freuen uns auf die Zusammenarbeit\", "
         "betonte der Landeshauptmann, der auf das gute, kollegiale Klima in der NÖ Landesregierung verwies. Beschlossen wurde "
         "auch eine Änderung der Geschäftsordnung der NÖ Landesregierung, mit der die Kompetenzen des früheren "
         "Landeshauptmannstellvertreters Mag. Karl Schlögl in vollem Umfang LHStv. Heidemaria Onodi übertragen wurden.")

add(id="ho731-ots-nlk-2001-04-19-proell-onodi-angelobt",
    title=ON_T,
    url="https://www.ots.at/presseaussendung/OTS_20010419_OTS0199/lhstv-onodi-angelobt",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "19 April 2001 by its OTS number; the sender is told by the dateline code 'St.Pölten (NLK) -', kept at the start "
              "of the only body paragraph, by the contact block 'Pressestelle / Tel.: 02742/9005-12180 / Niederösterreichische "
              "Landesregierung' and by the footer '… | NLK/NLK', dropped with the old banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER / VERANTWORTUNG DES AUSSENDERS ***' (rule 4560); headline and subtitle kept as "
              "lines of their own as stored, the subtitle with its opening mark and without a closing mark as published (rules "
              "20, 4561); complete as stored)",
    license=APA_OTS_PUBLIC,
    paras=[ON_SUB, ON_P1],
    # the subtitle quotation after the label `LH Pröll:`, published without its closing mark, runs from the opening mark to
    # the end of the subtitle line and is his (rules 22, 54, 4561), the body giving the same words with `Wir` and the cue
    # `betonte der Landeshauptmann` (rule 26); the body quotation before that cue is his (rule 30), the relative clause `der
    # auf … verwies` adding an unmarked act (rule 5); Heidemaria Onodi, who is sworn in, the Landtag, the Landesregierung and
    # Karl Schlögl say nothing; `Landeshauptmann`, which names only Pröll (the compounds `Landeshauptmannstellvertreterin`
    # and `Landeshauptmannstellvertreters` name Onodi and Schlögl), and the label form `LH Pröll` are aliases (rule 44)
    quotes=[(ON_SUB[len("LH Pröll: "):], PROELL),
            ("\"Wir freuen uns auf die Zusammenarbeit\"", PROELL)],
    aliases={PROELL: PROELL_FORMS + ["LH Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 22 November 2006: the agreement on the Landesausstellung 2009 ---

TE_T = "NÖ Landesausstellung 2009 in Niederösterreich und Tschechien"
TE_SUB = "Gabmann unterzeichnete heute Vereinbarung"
TE_P1 = join("St. Pölten (NLK) - In der tschechischen Stadt Telc wurde heute,",
             "22. November, die Vereinbarung über die Zusammenarbeit an der NÖ",
             "Landesausstellung 2009 zwischen dem Bundesland Niederösterreich, der",
             "Region Vysocina, der Stadt Horn, der Region Raabs und der Stadt Telc",
             "unterzeichnet. Seitens des Landes Niederösterreich wurde diese",
             "Unterzeichnung von Landeshauptmannstellvertreter Ernest Gabmann",
             "vorgenommen.")
TE_P2 = join("\"Die Landesausstellung 2009 ist nicht nur die erste",
             "niederösterreichische, sondern auch österreichische",
             "Landesausstellung, die grenzüberschreitend durchgeführt wird. Durch",
             "das 20-Jahr-Jubiläum des Falls des Eisernen Vorhanges im Jahr 2009",
             "soll diese Ausstellung auch Signalwirkung haben und die Regionen noch",
             "enger verbinden, Ressentiments ab- und gemeinsame Perspektiven",
             "aufbauen. Die Lage im Herzen Europas ist eine Chance, die beide",
             "Länder nutzen sollten\", betonte Gabmann.")
TE_P3 = join("Milos Vystrcil, Kreishauptmann der Region Vysocina, hielt fest,",
             "dass man auf Regional- und Kommunalebene auf diese Landesausstellung",
             "gut vorbereitet sei und die nötigen Geldmittel parat habe.")
TE_P4 = join("Mag. Rudolf Mayer, Bürgermeister von Raabs an der Thaya,",
             "bezeichnete seine Stadtgemeinde und insbesondere die Burg als",
             "historisches Bindeglied zwischen Tschechien und Österreich; Alexander",
             "Klik, Bürgermeister von Horn, brachte seine Freude darüber zum",
             "Ausdruck, dass für die Landesausstellung 2009 drei mittelalterliche",
             "Städte, zwei Bezirke und zwei Länder ausgewählt wurden. Dies biete",
             "die Möglichkeit, in vielen Bereichen näher zusammenzurücken. Der",
             "Bürgermeister von Telc, Mgr. Roman Fabes, bezeichnete die Ausstellung",
             "als das wichtigste grenzüberschreitende Projekt zwischen Tschechien",
             "und Österreich. Das Dreieck Horn, Raabs, Telc sei ein \"großer",
             "Trumpf\".")

add(id="ho731-ots-nlk-2006-11-22-gabmann-fabes-landesausstellung-telc",
    title=TE_T,
    url="https://www.ots.at/presseaussendung/OTS_20061122_OTS0128/noe-landesausstellung-2009-in-niederoesterreich-und-tschechien",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "22 November 2006 by its OTS number, by the store's time line and by the release's own '22. November'; the "
              "sender is told by the dateline code 'St. Pölten (NLK) -', kept at the start of the first paragraph; the store's "
              "time and number lines above the headline ('- 22.11.2006, 12:21:44' / '- /' / '- OTS0128 OTW0128') dropped (rule "
              "4560); headline and subtitle kept as lines of their own as stored; the copy is hard-wrapped at about seventy "
              "characters without empty lines: its wrapped lines are joined with one space, also inside the marked '\"großer' "
              "/ 'Trumpf\"', and a line ending a sentence well short of the measure is read as the end of its paragraph "
              "(rule 4560); the stored copy is cut off in its fifth paragraph ('Die Landesausstellung 2009, die den "
              "Arbeitstitel \"Im Herzen Europas\" trägt, wird im K'), which is dropped with its marked working title (rule 15); "
              "the published 'Telc' without its diacritic, 'Vysocina' and 'Milos Vystrcil' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[TE_SUB, TE_P1, TE_P2, TE_P3, TE_P4],
    # the quotation before `betonte Gabmann` is his (rule 30); the Kreishauptmann Milos Vystrcil and the mayors Rudolf Mayer
    # and Alexander Klik are reported in turn without marks (rule 5); the marked `"großer Trumpf"` in the Konjunktiv sentence
    # after the last report, `Der Bürgermeister von Telc, Mgr. Roman Fabes, bezeichnete die Ausstellung als …`, continues the
    # report of the last named speaker and is his, not Gabmann's, whose quotation the paragraphs of the other three persons
    # separate from it (rules 3, 25, 3951, 4302); the Region Vysocina, the cities and the Land say nothing;
    # `Landeshauptmannstellvertreter`, which names only Gabmann, is an alias (rule 44); `Bürgermeister` names three men and is
    # no alias, and `Bürgermeister von Telc` names the town (rule 33)
    quotes=[(cut(TE_P2, "\"Die Landesausstellung", "nutzen sollten\""), GABMANN),
            ("\"großer Trumpf\"", FABES)],
    aliases={GABMANN: ["Ernest Gabmann", "Landeshauptmannstellvertreter Ernest Gabmann", "Gabmann",
                       "Landeshauptmannstellvertreter"],
             FABES: ["Roman Fabes", "Mgr. Roman Fabes"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 16 February 2013: Pröll at the ground-breaking in Mistelbach ---

MI_T = "LH Pröll nahm Spatenstich für Umfahrung Mistelbach vor"
MI_SUB = "\"Bedeutet viel für Lebensqualität und Sicherheit\""
MI_P1 = ("St. Pölten (OTS/NLK) - Landeshauptmann Dr. Erwin Pröll nahm am heutigen Samstag, 16. Februar, den Spatenstich für "
         "die neue Umfahrung von Mistelbach im Zuge der Landesstraßen B 40 und B 46 vor. 125 Millionen Euro werden in das "
         "Public-Private-Partnership-Projekt, das auf insgesamt rund 15 Kilometern die Umfahrungen von Mistelbach, Paasdorf und "
         "Hüttendorf umfasst, investiert. Die Verkehrsfreigabe der Umfahrung Mistelbach wird voraussichtlich Ende 2015 "
         "erfolgen, die Verkehrsfreigabe für die Umfahrungen Paasdorf und Hüttendorf Ende 2016.")
MI_P2 = ("\"Mit diesem Projekt bringen wir 70 Prozent des gesamten Verkehrs aus den Gemeinden heraus. Das bedeutet viel für "
         "die Lebensqualität und die Sicherheit in den Gemeinden\", betonte Landeshauptmann Dr. Erwin Pröll. Mit diesem Projekt "
         "werde aber nicht nur die Sicherheit erhöht (\"Seit 2004 ist die Anzahl der Verkehrstoten in Niederösterreich um die "
         "Hälfte gesunken\"), sondern auch die Standortqualität, zeigte sich der Landeshauptmann überzeugt: \"Was hier gebaut "
         "wird, wird für viele Generationen Früchte tragen.\" Pröll: \"Wir investieren in den nächsten Jahren rund eine "
         "Milliarde Euro in den Ausbau der Verkehrsinfrastruktur im Weinviertel.\"")
MI_P3 = ("Die neue Umfahrungsstraße von Mistelbach ist als zweistreifige Umfahrungsstraße mit einem Querschnitt von 8,5 Meter "
         "projektiert und stellt eine hochrangige Verbindung für die Nord-Süd-Achse im Zuge der B 46 und in West-Ost-Richtung "
         "im Verlauf der B 40 her. Weiters im Projekt enthalten sind die Umfahrung von Paasdorf und die Umfahrung von "
         "Hüttendorf. Mit der Fertigstellung der drei Umfahrungen wird für über 4.500 Bewohnerinnen und Bewohner eine "
         "wesentliche Verbesserung der Lebensqualität erreicht.")

add(id="ho731-ots-nlk-2013-02-16-proell-spatenstich-umfahrung-mistelbach",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20130216_OTS0039/lh-proell-nahm-spatenstich-fuer-umfahrung-mistelbach-vor",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Saturday 16 February 2013 by its OTS number and its own date; the sender is told by the dateline code 'St. "
              "Pölten (OTS/NLK) -', kept at the start of the first paragraph (rule 4560); the crawl-date prefix ' date 2018-03' "
              "before the headline, a date of the crawl and not of the release, dropped (rule 63); headline and subtitle kept "
              "as lines of their own as stored; the stored copy ends after the third body paragraph, before any contact block; "
              "all kept paragraphs complete as stored, a later part of the release, if any, not stored (rule 17))",
    license=APA_OTS_PUBLIC,
    paras=[MI_SUB, MI_P1, MI_P2, MI_P3],
    # the cue-less subtitle wholly in marks is Pröll's, the speaker the headline names (rule 461), condensing `Das bedeutet
    # viel für die Lebensqualität und die Sicherheit` of his body quotation (rule 26); the quotation before `betonte
    # Landeshauptmann Dr. Erwin Pröll` is his (rule 30); the parenthesised quotation inside his Konjunktiv report (`werde …
    # erhöht ("…"), sondern …`) is his (rules 3, 242), and so is the colon quotation after `zeigte sich der Landeshauptmann
    # überzeugt:`, which closes that report (rule 9); the quotation after the label `Pröll:` is his (rule 54); the Gemeinden
    # and the Bewohnerinnen und Bewohner say nothing; `Landeshauptmann`, which names only him, and the headline form `LH
    # Pröll` are aliases (rule 44)
    quotes=[(MI_SUB, PROELL),
            (cut(MI_P2, "\"Mit diesem Projekt", "in den Gemeinden\""), PROELL),
            (cut(MI_P2, "(\"Seit 2004", "gesunken\"")[1:], PROELL),
            (cut(MI_P2, "\"Was hier", "Früchte tragen.\""), PROELL),
            (cut(MI_P2, "\"Wir investieren", "im Weinviertel.\""), PROELL)],
    aliases={PROELL: PROELL_FORMS + ["LH Pröll", "Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 27 April 2013: Pröll in "Radio 4/4" at the Landesausstellung ---

RA_T = "\"Radio 4/4\" live von der NÖ Landesausstellung 2013"
RA_SUB = "Pröll: Haben allein im Weinviertel rund 18 Millionen Euro investiert"
RA_P1 = ("Sankt Pölten (OTS/NLK) - Landeshauptmann Dr. Erwin Pröll war heute, Samstag, 27. April, in der Radio "
         "Niederösterreich-Sendung \"Radio 4/4\" zu Gast, die direkt von der gestern, Freitag, 26. April, eröffneten NÖ "
         "Landesausstellung 2013 aus Asparn an der Zaya gesendet wurde.")
RA_P2 = ("\"Die 50 Landesausstellungen in Niederösterreich wurden bereits von zehn Millionen Menschen besucht. Wir haben in "
         "diesen Ausstellungen die Geschichte des Landes aufgearbeitet, die Renovierungsarbeiten für zahlreiche Kulturjuwele "
         "gestartet, und wir haben die Ausstellungen auch zu einem regionalpolitischen Instrument gemacht und gemeinsam mit den "
         "Gemeinden viel Geld investiert. Allein in der Region Weinviertel haben wir rund 18 Millionen Euro in die "
         "Infrastruktur investiert, wir erwarten uns hier einen Schub für den Tourismus, die Erhöhung der regionalen "
         "Wertschöpfung, oder auch die Absicherung von Arbeitsplätzen. Zudem kann diese Landesausstellung auch das "
         "Selbstbewusstsein des Weinviertels heben. Und sie zeigt beeindruckend, dass Brot und Wein nichts Selbstverständliches "
         "waren bzw. sind und soll auch anregen, Brot und Wein bewusster zu genießen und mit den Produkten der Bäuerinnen und "
         "Bauern bewusster umzugehen\", sagte Pröll.")
RA_P3 = ("Im Rahmen der Sendung kamen u. a. auch die Bürgermeisterin der Stadtgemeinde Poysdorf, Gerti Riegelhofer, der "
         "Bürgermeister der Marktgemeinde Asparn an der Zaya, Johann Parzer, und der Geschäftsführer der NÖ Landesausstellung, "
         "Kurt Farasin, zu Wort. Für die musikalische Unterhaltung während der Live-Sendung sorgten u. a. Jazz-Gitti und "
         "Francine Jordi, moderiert wurde die Sendung von Thomas Schwarzmann.")

add(id="ho731-ots-nlk-2013-04-27-proell-radio-44-landesausstellung",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20130427_OTS0073/radio-44-live-von-der-noe-landesausstellung-2013",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Saturday 27 April 2013 by its OTS number and its own date; the sender is told by the dateline code 'Sankt "
              "Pölten (OTS/NLK) -', kept at the start of the first paragraph (rule 4560); the crawl-date prefix ' date "
              "2018-03' before the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the "
              "stored copy is cut off in its fourth body paragraph ('Die diesjährige NÖ Landesausstellung \"Brot und Wein\" "
              "ist bis zum 3. November an den beiden Standorten Poysdorf und Asparn an der Zaya'), which is dropped with the "
              "exhibition's marked title (rule 15); the published 'u. a.' and 'bzw.' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[RA_SUB, RA_P1, RA_P2, RA_P3],
    # the programme's name `"Radio 4/4"` in the headline and after `Radio Niederösterreich-Sendung` in the body is null (rule
    # 24; the second occurrence is located by index); the subtitle label `Pröll:` stands before unmarked words and carries
    # no span (rules 5, 630); the long quotation before `sagte Pröll` is his (rule 30); the mayors Gerti Riegelhofer and
    # Johann Parzer and the Landesausstellung's manager Kurt Farasin `kamen … zu Wort` without any words given, and the
    # artists and the presenter say nothing; `Landeshauptmann`, which names only him, is an alias (rule 44)
    quotes=[("\"Radio 4/4\"", None, 0),
            ("\"Radio 4/4\"", None, 1),
            (cut(RA_P2, "\"Die 50", "bewusster umzugehen\""), PROELL)],
    aliases={PROELL: PROELL_FORMS + ["Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 19 July 2013: Pröll honours the 100,000th visitor ---

HT_T = "LH Pröll ehrte die 100.000ste Besucherin der NÖ Landesausstellung 2013"
HT_SUB = "\"Können sehr gute Zwischenbilanz ziehen\""
HT_P1 = ("St. Pölten (OTS/NLK) - Am Ausstellungsstandort Poysdorf konnte Landeshauptmann Dr. Erwin Pröll am heutigen "
         "Freitag, 19. Juli, die 100.000ste Besucherin der NÖ Landesausstellung 2013 ehren. Dabei handelt es sich um die "
         "Oberösterreicherin Mag. Carola Apfler aus Gmunden, die in Begleitung ihres Gatten Martin und der beiden Söhne Michael "
         "und Peter die Landesausstellung besuchte.")
HT_P2 = ("Landeshauptmann Pröll betonte in seiner Ansprache, dass man seit der Eröffnung der Landesausstellung bereits eine "
         "\"sehr gute Zwischenbilanz\" ziehen könne. Er verwies dabei auf einen \"unglaublich tollen Besucherzustrom\" und eine "
         "\"Besucherstruktur, die darauf hinweist, dass wir sehr viele Besucher aus anderen Teilen Österreichs in diese Region "
         "bringen können\".")
HT_P3 = ("Rund 18 Millionen Euro seien in die Landesausstellung investiert worden. Damit verfolge man sowohl ein kulturelles "
         "Ziel (\"Die 8000-jährige Geschichte von Brot und Wein ist etwas ganz besonderes\"), als auch ein touristisches und "
         "wirtschaftliches Ziel, so Pröll: \"Die Übernachtungszahlen im Weinviertel sind mittlerweile um 20 Prozent "
         "gestiegen.\" Dort, wo sich der Tourismus gut entwickle, dort sei auch \"eine gute wirtschaftliche Grundlage gelegt\", "
         "meinte der Landeshauptmann.")
HT_P4 = ("Die NÖ Landesausstellung 2013 mit dem Titel \"Brot und Wein\" findet in Asparn an der Zaya und in Poysdorf statt. "
         "Vor der malerischen Kulisse der Weinviertler Kellergassen werden Jahrtausende an spannender Kulturgeschichte "
         "lebendig. Im Urgeschichtemuseum Asparn an der Zaya wird das Thema \"Brot\" behandelt, am Ausstellungsgelände in "
         "Poysdorf widmet man sich der Geschichte des Weines.")
HT_P5 = "Die NÖ Landesausstellung hat noch bis 3. November täglich von 9 bis 18 Uhr geöffnet."

add(id="ho731-ots-nlk-2013-07-19-proell-100000ste-besucherin-landesausstellung",
    title=HT_T,
    url="https://www.ots.at/presseaussendung/OTS_20130719_OTS0150/lh-proell-ehrte-die-100000ste-besucherin-der-noe-"
        "landesausstellung-2013",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Friday 19 July 2013 by its OTS number and its own date; the sender is told by the dateline code 'St. Pölten "
              "(OTS/NLK) -', kept at the start of the first paragraph (rule 4560); the crawl-date prefix ' date 2018-03' before "
              "the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the stored copy ends "
              "after the fifth body paragraph, the opening-hours line, before any contact block; all kept paragraphs complete "
              "as stored, a later part of the release, if any, not stored (rule 17); the published 'ganz besonderes' with a "
              "small initial kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[HT_SUB, HT_P1, HT_P2, HT_P3, HT_P4, HT_P5],
    # the cue-less subtitle wholly in marks is Pröll's, the speaker the headline names (rule 461), recasting his partial
    # quotation `"sehr gute Zwischenbilanz" ziehen könne` in the first person plural without a subject (rule 26); the three
    # partial quotations in his Konjunktiv report after `Landeshauptmann Pröll betonte in seiner Ansprache, dass …` and `Er
    # verwies dabei auf …` are his (rules 3, 8, 25); in the next paragraph the parenthesised quotation inside the Konjunktiv
    # report closed by `so Pröll` is his (rules 3, 242), and so is the colon quotation after `so Pröll:` (rule 341); the
    # partial quotation before `meinte der Landeshauptmann` is his (rule 30); the exhibition's title `"Brot und Wein"` and
    # the theme `"Brot"` are null (rules 2, 24); the visitor Carola Apfler and her family say nothing; `Landeshauptmann`,
    # which names only him, and `LH Pröll` are aliases (rule 44)
    quotes=[(HT_SUB, PROELL),
            ("\"sehr gute Zwischenbilanz\"", PROELL),
            ("\"unglaublich tollen Besucherzustrom\"", PROELL),
            (cut(HT_P2, "\"Besucherstruktur", "bringen können\""), PROELL),
            (cut(HT_P3, "(\"Die 8000", "ganz besonderes\"")[1:], PROELL),
            (cut(HT_P3, "\"Die Übernachtungszahlen", "gestiegen.\""), PROELL),
            ("\"eine gute wirtschaftliche Grundlage gelegt\"", PROELL),
            ("\"Brot und Wein\"", None),
            ("\"Brot\"", None)],
    aliases={PROELL: PROELL_FORMS + ["Landeshauptmann Pröll", "LH Pröll", "Pröll", "Landeshauptmann"]})

# --- APA-OTS, Niederösterreichische Landesregierung (NLK), 28 September 2013: Pröll honours the 200,000th visitor ---

ZT_T = "Pröll ehrte die 200.000ste Besucherin der NÖ Landesausstellung"
ZT_SUB = "\"Wollen die touristische Entwicklung des Weinviertels weiter voranbringen\""
ZT_P1 = ("St. Pölten (OTS/NLK) - Mit Elisabeth Nawratil aus Spitz an der Donau konnte Landeshauptmann Dr. Erwin Pröll am "
         "heutigen Samstag, 28. September, die 200.000ste Besucherin der NÖ Landesausstellung \"Brot und Wein\" am "
         "Ausstellungsstandort Asparn begrüßen. Elisabeth Nawaratil besuchte die Ausstellung in Begleitung ihres Mannes Walter "
         "Seitner und vier weiterer Freundinnen bzw. Freunden.")
ZT_P2 = ("\"In Zusammenhang mit dem Ausstellungswesen haben wir eine besondere Verantwortung. Gerade in der heutigen Zeit ist "
         "es sehr wichtig, ein wenig Rückschau zu halten, woher kommen wir, was hat sich in unserer Heimat in den "
         "zurückliegenden Generationen alles entwickelt, worauf können wir heute aufbauen\", betonte Landeshauptmann Pröll in "
         "seiner Ansprache.")
ZT_P3 = ("\"Mit dieser Ausstellung wollen wir auch die touristische Entwicklung des Weinviertels weiter voranbringen\", meinte "
         "der Landeshauptmann. Eine Analyse zeige, dass ungefähr 60 Prozent der Besucher aus der Bundeshauptstadt Wien kommen, "
         "rund 30 Prozent aus Niederösterreich und der Rest aus anderen Bundesländern oder dem Ausland, führte Pröll weiter "
         "aus. \"Das ist eine sehr erfreuliche Zwischenbilanz, weil wir sehen können, dass die Nächtigungsziffern in der Region "
         "seit der Landesausstellung im Vergleich zu den vergangenen Jahren um 20 Prozent gestiegen sind\", so Pröll. Auch dass "
         "im Bezirk Mistelbach die Arbeitslosigkeitsrate gesunken sei, stehe in einem engen Zusammenhang mit der "
         "Landesausstellung.")

add(id="ho731-ots-nlk-2013-09-28-proell-200000ste-besucherin-landesausstellung",
    title=ZT_T,
    url="https://www.ots.at/presseaussendung/OTS_20130928_OTS0030/proell-ehrte-die-200000ste-besucherin-der-noe-"
        "landesausstellung",
    retrieved="same address (release of the press service of the Niederösterreichische Landesregierung on the APA-OTS service, "
              "Saturday 28 September 2013 by its OTS number and its own date; the sender is told by the dateline code 'St. "
              "Pölten (OTS/NLK) -', kept at the start of the first paragraph (rule 4560); the crawl-date prefix ' date 2018-03' "
              "before the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the stored "
              "copy is cut off in its fourth body paragraph ('\"Brot und Wein\", die Niederösterreichische Landesausstellung 2013 "
              "in Poysdorf und Aspern, ist noch bis 3. November zu sehen. … Neben den Aus'), which is dropped with the marked "
              "title and themes it holds (rule 15); the published 'Nawratil' beside 'Nawaratil' and 'vier weiterer Freundinnen "
              "bzw. Freunden' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[ZT_SUB, ZT_P1, ZT_P2, ZT_P3],
    # the cue-less subtitle wholly in marks is Pröll's, the speaker the headline names (rule 461), the words of his body
    # quotation before `meinte der Landeshauptmann` without its first words (rule 26); the exhibition's title `"Brot und
    # Wein"` is null (rules 2, 24); the quotations before `betonte Landeshauptmann Pröll in seiner Ansprache`, `meinte der
    # Landeshauptmann` and `so Pröll` are his (rule 30); the Konjunktiv sentences `Eine Analyse zeige, …, führte Pröll weiter
    # aus` and `Auch dass … gesunken sei, stehe …` are his unmarked report (rule 5); the visitor Elisabeth Nawratil, her
    # husband Walter Seitner and her friends say nothing; `Landeshauptmann`, which names only him, and `Landeshauptmann
    # Pröll` are aliases (rule 44)
    quotes=[(ZT_SUB, PROELL),
            ("\"Brot und Wein\"", None),
            (cut(ZT_P2, "\"In Zusammenhang", "heute aufbauen\""), PROELL),
            (cut(ZT_P3, "\"Mit dieser Ausstellung", "weiter voranbringen\""), PROELL),
            (cut(ZT_P3, "\"Das ist eine", "gestiegen sind\""), PROELL)],
    aliases={PROELL: PROELL_FORMS + ["Landeshauptmann Pröll", "Pröll", "Landeshauptmann"]})

# --- prnet.at repost of a release of the Land Niederösterreich (OTS/NLK), spring 2017: Mikl-Leitner's first Maibaum ---

MB_T = "Erstes Maibaum-Aufstellen in St. Pölten mit LH Mikl-Leitner"
MB_SUB = "„Symbol des gemeinsamen Miteinander in St. Pölten und ganz Niederösterreich“"
MB_P1 = ("St. Pölten (OTS/NLK) Sie sei angetreten mit dem hohen Ziel, Niederösterreich zum schnellsten Bundesland zu machen, "
         "sagte Landeshauptfrau Johanna Mikl-Leitner am heutigen Dienstag bei ihrem ersten Maibaumaufstellen im NÖ Landhaus in "
         "St. Pölten. Gestiftet hat den 26 Meter hohen Baum Eichgraben im Wienerwald, eine rund 6.000 Einwohner zählende "
         "Marktgemeinde in der Mitte zwischen St. Pölten und Wien.")
MB_P2 = ("„Niederösterreich soll dort das schnellste Bundesland werden, wo es um Entscheidungen für die Betriebe im Land geht, "
         "dort, wo es um Verfahren und Planungen geht, und dort, wo es um Entscheidungen für die Anliegen der Menschen geht“, "
         "führte die Landeshauptfrau aus.")
MB_P3 = ("Genauso wichtig aber sei die Tradition, die in Niederösterreichs Gemeinden und Städten hochgehalten werde, betonte "
         "Mikl-Leitner: „Wer seine Wurzeln kennt, kann auch die richtigen Entscheidungen für die Zukunft treffen“. Zudem sei "
         "der Maibaum ein Symbol des gemeinsamen Miteinander in ganz Niederösterreich und in St. Pölten, „wo die Verwaltung Tag "
         "für Tag ihre Kompetenz und Innovationskraft einbringt, um das Service im Sinne der Bürgerinnen und Bürger zu "
         "verbessern“.")

add(id="ho731-prnet-nlk-2017-mikl-leitner-erstes-maibaum-aufstellen",
    title=MB_T,
    url="https://prnet.at/erstes-maibaum-aufstellen-in-st-poelten-mit-lh-mikl-leitner/",
    retrieved="same address (release of the Land Niederösterreich distributed by APA-OTS and reposted in full by the press "
              "portal prnet.at; a Tuesday in the spring of 2017, the date inferred: the Landeshauptfrau, elected on 19 April "
              "2017, sets up her first Maibaum in the Landhaus, which is done at the end of April; the copy shows no date; the "
              "sender is told by the dateline code 'St. Pölten (OTS/NLK)', printed without a dash and kept at the start of the "
              "first paragraph as published, and by the contact block 'Amt der Niederösterreichischen Landesregierung / "
              "Landesamtsdirektion – Pressedienst / Mag. Rainer Hirschkorn / 02742/9005-12175 / presse@noel.gv.at / "
              "www.noe.gv.at/presse', dropped with the portal's lines '[ad_2]' and 'Quelle', the APA-OTS footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER / INHALTLICHER VERANTWORTUNG DES AUSSENDERS. "
              "www.ots.at' / '(C) Copyright APA-OTS Originaltext-Service GmbH und der jeweilige Aussender.' and the comment "
              "line 'Leave a Reply' (rule 4560); headline and subtitle kept as lines of their own as stored; the published "
              "'des gemeinsamen Miteinander' and the full stops after the closing marks kept (rule 20); complete as stored)",
    license=APA_OTS_LAND_REPOST_PRNET,
    paras=[MB_SUB, MB_P1, MB_P2, MB_P3],
    # the cue-less subtitle wholly in marks is Mikl-Leitner's, the speaker the headline names (`mit LH Mikl-Leitner`; rule
    # 461); the body gives its words only in her unmarked Konjunktiv report `Zudem sei der Maibaum ein Symbol des gemeinsamen
    # Miteinander …` (rules 5, 26); the quotation before `führte die Landeshauptfrau aus` is hers (rule 30), the colon
    # quotation after `betonte Mikl-Leitner:` too (rule 9), and the relative clause in marks that ends her Konjunktiv report
    # `Zudem sei …, „wo …“` continues her (rules 3, 25; NOTES.md continuation); Eichgraben, the Gemeinden and the Verwaltung
    # say nothing; `Landeshauptfrau`, which names only her, and the headline form `LH Mikl-Leitner` are aliases (rule 44)
    quotes=[(MB_SUB, MIKL),
            (cut(MB_P2, "„Niederösterreich soll", "der Menschen geht“"), MIKL),
            (cut(MB_P3, "„Wer seine", "Zukunft treffen“"), MIKL),
            (cut(MB_P3, "„wo die Verwaltung", "zu verbessern“"), MIKL)],
    aliases={MIKL: ["Johanna Mikl-Leitner", "Landeshauptfrau Johanna Mikl-Leitner", "LH Mikl-Leitner", "Mikl-Leitner",
                    "Landeshauptfrau"]})
