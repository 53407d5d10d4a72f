# Five-hundred-and-fifty-second held-out German real-news set (tests/data/heldout552-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3190-3193). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fifty-second held-out set": nine releases of Austrian political
# parties, a Land party and parliamentary clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: three of the ÖVP
# (its press service `ÖVP-PD`: Josef Pröll on his appointment as acting party chairman, September 2008, and Hannes Rauch on
# Robert Lugar's ORF 'Pressestunde', November 2012; the ÖVP Wien: Norbert Walter on the federal party's board meeting of the
# same day as Pröll's appointment, September 2008), one of the Vienna SPÖ (Barbara Novak to Sebastian Kurz, January 2019),
# one of the FPÖ (Harald Vilimsky against Ursula von der Leyen, July 2019, sender inferred), one of the Greens' club in the
# Parliament (Werner Kogler on Irmgard Griss and the Hypo inquiry, December 2015), one of the Team Stronach (Robert Lugar on
# the recognition of the club, November 2012), one of the BZÖ (Rainer Widmann on the blocked party funding, April 2013, sender
# inferred) and one of the NEOS (Beate Meinl-Reisinger on the Vienna coalition talks, October 2020, sender inferred). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), the wire furniture (crawl-date prefixes, the OTS marker '****', the end mark '(Schluss) cv', contact blocks and
# footers) is dropped (rules 63, 460, 2570, 3050, 3190), single stored line breaks inside a paragraph are joined (rules 740,
# 3050, 3190), and each retrieval note names what was dropped.
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


PROELL = "Josef Pröll"
RAUCH = "Hannes Rauch"
WALTER = "Norbert Walter"
NOVAK = "Barbara Novak"
VILIMSKY = "Harald Vilimsky"
KOGLER = "Werner Kogler"
LUGAR = "Robert Lugar"
WIDMANN = "Rainer Widmann"
MEINL = "Beate Meinl-Reisinger"

# --- APA-OTS, ÖVP-Pressedienst, 29 September 2008: Pröll on his appointment as acting federal party chairman ---

PR_T = ("Pröll zu seiner Ernennung zum geschäftsführenden ÖVP- Bundesparteiobmann: Entscheidung erfüllt mich mit großer "
        "Demut - Foto")
PR_SUB = "Keine Festlegung in diesen Tagen auf Koalitionen oder Opposition"
PR_P1 = ("Wien, 29. September 2008 (ÖVP-PD) „Die heute gefallene Entscheidung, mich als geschäftsführenden "
         "ÖVP-Bundesparteiobmann einzusetzen, erfüllt mich mit großer Demut“, so der neu ernannte geschäftsführende "
         "ÖVP-Bundesparteiobmann Josef Pröll bei der Pressekonferenz im Anschluss an den heutigen ÖVP-Bundesparteivorstand. "
         "Pröll betonte, dass der heutige Tag für ihn einen überraschenden Verlauf genommen habe. Er sei aber auch froh "
         "darüber, „dass völlige Handlungsfreiheit für das, was auf die ÖVP zukommt, in der Entscheidung für Österreich aber "
         "natürlich auch in Hinblick auf das, was für die Partei und uns gemeinsam notwendig ist“.")
PR_P2 = ("„Ich will nicht nur den Wählerinnen und Wählern und den Funktionären danken, sondern auch ganz besonders herzlich "
         "Wilhelm Molterer. Es ist an einem Tag wie diesem explizit zu sagen: Ohne Wilhelm Molterer wäre ich nicht in der "
         "Politik“, so Pröll.")
PR_P3 = ("In Bezug auf Koalitionsverhandlungen stellte Pröll fest: „Es gibt in diesen Tagen keine Festlegung auf Koalitionen "
         "oder Opposition in welcher Form auch immer. Wir werden diese Diskussion in der Partei und mit den politischen "
         "Mitbewerbern sehr offensiv in den nächsten Wochen führen und uns Zeit nehmen, in der Partei zu beleuchten was "
         "geschehen ist und was notwendig ist - inhaltlich und personell.“")

add(id="ho552-ots-oevp-2008-09-29-proell-ernennung-demut",
    title=PR_T,
    url="https://www.ots.at/presseaussendung/OTS_20080929_OTS0158/proell-zu-seiner-ernennung-zum-geschaeftsfuehrenden-oevp-"
        "bundesparteiobmann-entscheidung-erfuellt-mich-mit-grosser-demut-foto",
    retrieved="same address (release of the ÖVP's federal press service on the APA-OTS service, 29 September 2008 by its OTS "
              "number and its date line; the stored copy breaks off inside the fourth paragraph, before any contact block, "
              "and the sender is read from the date line 'Wien, 29. September 2008 (ÖVP-PD)' (rules 2570, 3050), kept at the "
              "start of the first paragraph; headline and subtitle kept as lines of their own as stored, the headline with "
              "its published 'ÖVP- Bundesparteiobmann' and its photo note '- Foto' (rules 20, 3190); the OTS marker ' ****' "
              "at the end of the first paragraph dropped (rule 460); the fourth paragraph ('In welcher Rolle die "
              "Österreichische Volkspartei Österreich mitgestalten wird, hält Pröll offen: „Wir wissen heute nicht, …“ "
              "Abschließend betonte Pröll: Er wolle sein Bestes geben, … an der Spitze der ÖVP daf'), cut off in the stored "
              "copy, dropped with the quotation it holds (rule 15); the published 'zu beleuchten was geschehen ist' without "
              "a comma and the partial quotation without a verb ('„dass völlige Handlungsfreiheit …“') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[PR_SUB, PR_P1, PR_P2, PR_P3],
    # the teaser quotation before `so der neu ernannte geschäftsführende ÖVP-Bundesparteiobmann Josef Pröll bei der
    # Pressekonferenz …` is his (rule 44); the partial quotation after `Er sei aber auch froh darüber,` is his, the `Er` being
    # Pröll, the subject of the sentence before, and the Konjunktiv marking the report of his words (rules 3, 8); the
    # quotation before `so Pröll` is his, Wilhelm Molterer, whom he thanks inside it, saying nothing (rules 12, 30); the colon
    # quotation after `In Bezug auf Koalitionsverhandlungen stellte Pröll fest:` is his (rule 9); the role phrase with the
    # party's name (`geschäftsführende ÖVP-Bundesparteiobmann`) is no alias (rule 33); the unmarked subtitle carries no span
    # (rule 5)
    quotes=[(cut(PR_P1, "„Die heute", "großer Demut“"), PROELL),
            (cut(PR_P1, "„dass völlige", "notwendig ist“"), PROELL),
            (cut(PR_P2, "„Ich will", "in der Politik“"), PROELL),
            (cut(PR_P3, "„Es gibt", "und personell.“"), PROELL)],
    aliases={PROELL: ["Josef Pröll", "Pröll"]})

# --- APA-OTS, ÖVP-Pressedienst, 25 November 2012: Rauch on Robert Lugar's appearance in the ORF 'Pressestunde' ---

RA_T = "ÖVP-Parteizentrale bedauert traurige Premiere bei ORF-- \"Pressestunde\""
RA_P1 = ("Wien, 25. November 2012 (ÖVP-PD) \"In aller Aufmerksamkeit habe ich die Pressestunde verfolgt und auf inhaltliche "
         "Aussagen des Neo-Klubchefs Lugar gewartet. Nach einer Stunde heißer Luft und abstrusen Fantasien musste ich "
         "allerdings eingestehen, dass es keine klare inhaltliche Aussage gibt\", so ÖVP-Generalsekretär Hannes Rauch. Mit "
         "Bedauern muss die ÖVP-Parteizentrale daher bekannt geben, dass es heute das erste Mal, seit Hannes Rauch "
         "Generalsekretär der ÖVP ist, keine Reaktion auf die ORF-- \"Pressestunde\" geben kann. Unsere Gedanken sind bei all "
         "jenen Österreicherinnen und Österreichern, die diese Stunde an Lebenszeit ebenfalls verloren haben.")

add(id="ho552-ots-oevp-2012-11-25-rauch-lugar-pressestunde",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20121125_OTS0030/oevp-parteizentrale-bedauert-traurige-premiere-bei-orf-"
        "pressestunde",
    retrieved="same address (release of the ÖVP's federal press service on the APA-OTS service, 25 November 2012 by its OTS "
              "number and its date line; the contact block 'ÖVP Bundespartei, Abteilung Presse und Medien' and the footer "
              "'NVP0001' show the sender; the headline kept as the first line with its published double hyphen 'ORF-- "
              "\"Pressestunde\"' (rule 20); the date line 'Wien, 25. November 2012 (ÖVP-PD)' kept at the start of the "
              "paragraph (rule 2570); the single stored line break inside the quotation ('dass es' / 'keine klare') joined "
              "with a space (rules 740, 3050); the OTS marker ' ****' at the end of the paragraph, the contact block, the "
              "service line and the footer dropped (rules 460, 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RA_P1],
    # the programme's name `"Pressestunde"` after the broadcaster's name and a double hyphen, in the headline and again in
    # the party centre's sentence, is null both times (rules 2, 24); the teaser quotation before `so ÖVP-Generalsekretär
    # Hannes Rauch` is his (rule 44), the unmarked `Pressestunde` inside it no span of its own; the sentences of `die
    # ÖVP-Parteizentrale` after it, in the party centre's own voice, have no marks (rule 5); the role phrases with the
    # party's name (`ÖVP-Generalsekretär`, `Generalsekretär der ÖVP`) are no aliases (rule 33); Robert Lugar (`des
    # Neo-Klubchefs Lugar`), whose appearance is judged, says nothing in marks
    quotes=[("\"Pressestunde\"", None, 0),
            (cut(RA_P1, "\"In aller", "Aussage gibt\""), RAUCH),
            ("\"Pressestunde\"", None, 1)],
    aliases={RAUCH: ["Hannes Rauch"]})

# --- APA-OTS, ÖVP Wien, 29 September 2008: Walter on the federal party's board meeting after the election ---

WA_T = "VP-Walter: \"Jetzt rasch handeln\""
WA_P1 = ("Wien (OTS) - Die ÖVP Bundespartei ist mit dem Motto \"Neustart statt Stillstand\" und \"Es reicht!\" in die "
         "Nationalratswahlen gegangen. Dieses Motto hat heute mehr Gültigkeit denn je. Die ÖVP muss nun der Parteibasis den "
         "dringend notwendigen Motivationsschub geben. Der aufgestaute Unmut, verursacht durch einen strategisch und "
         "kommunikativ völlig verunglückten Wahlkampf, braucht dringend ein großes Ventil.")
WA_P2 = ("Der Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert Walter: \"Das eine oder andere Bauernopfer im heutigen "
         "Bundesparteivorstand, ohne dass eine grundlegende Neuausrichtung der Bundespartei sichtbar wird, ist in dieser "
         "Situation sicher nicht genug. Den Menschen zu erklären, dass wir in Wien am wenigsten Stimmen verloren haben, ist "
         "mir zu billig. Ich will in der ÖVP Strukturen und Rahmenbedingungen, mit denen es uns gelingt, wieder Wahlen zu "
         "gewinnen - nicht nur etwaige Koalitionsverhandlungen. Die ÖVP braucht persönliche und stilistisch klare Angebote "
         "für den modernen, höchst mobilen Wähler.\"")

add(id="ho552-ots-oevp-wien-2008-09-29-walter-jetzt-rasch-handeln",
    title=WA_T,
    url="https://www.ots.at/presseaussendung/OTS_20080929_OTS0039/vp-walter-jetzt-rasch-handeln",
    retrieved="same address (release of the ÖVP Wien on the APA-OTS service, 29 September 2008 by its OTS number; the contact "
              "block 'ÖVP Wien - Pressestelle' and the footer 'NVW0001' show the sender; the headline kept as the first "
              "line; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; the single stored line break "
              "inside the first motto ('\"Neustart' / 'statt Stillstand\"') joined with a space (rules 740, 3050, 3190); the "
              "contact block, the service line and the footer dropped (rule 2570); the published 'Dieses Motto' after two "
              "mottos kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WA_P1, WA_P2],
    # the headline label `VP-Walter: "…"` gives its quotation to him (rule 54), the body's call for a quick new start
    # saying the same in other words (rule 26); the federal party's campaign mottos `"Neustart statt Stillstand"` and `"Es
    # reicht!"` after `mit dem Motto` are null (rules 24, 161), also where the sender's next sentence endorses them; the
    # unmarked first paragraph in the sender's voice has no span (rule 5); the colon quotation after the verbless `Der
    # Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert Walter:` is his (rule 9); the role phrase with the party's name
    # (`Landesgeschäftsführer der ÖVP Wien`) and the label `VP-Walter` are no aliases (rule 33), `Stadtrat`, which names only
    # him, is part of his alias (rule 44)
    quotes=[("\"Jetzt rasch handeln\"", WALTER),
            ("\"Neustart statt Stillstand\"", None),
            ("\"Es reicht!\"", None),
            (cut(WA_P2, "\"Das eine", "mobilen Wähler.\""), WALTER)],
    aliases={WALTER: ["Norbert Walter", "Stadtrat Norbert Walter"]})

# --- APA-OTS, SPÖ Wien (Pressedienst), 11 January 2019: Novak to Chancellor Kurz ---

NO_T = "SP-Novak: „Herr Bundeskanzler Kurz, lassen Sie die Wienerinnen und Wiener in Ruhe!“"
NO_SUB = ("Sebastian Kurz setzt seine letztklassigen Angriffe gegen die Wienerinnen und Wiener fort. Die Sozialdemokratie "
          "stellt sich nachdrücklich hinter die Wiener Bevölkerung")
NO_P1 = ("Wien (OTS/SPW) - „Bundeskanzler Kurz setzt seine letztklassigen Angriffe gegen die Wienerinnen und Wiener fort“, "
         "empört sich SPÖ-Wien Landesparteisekretärin Barbara Novak, BA und betont, „Die Sozialdemokratie stellt sich "
         "nachdrücklich hinter die Wiener Bevölkerung. Wir werden es nicht zulassen, dass der österreichische Bundeskanzler "
         "die österreichische Bundeshauptstadt permanent schlecht redet“. Und weiter: „Kurz agiert nicht wie ein Staatsmann, "
         "im Gegenteil er schlägt wild um sich und will damit von den vielen Unzulänglichkeiten in seiner eigenen Partei "
         "ablenken. Vom BVT Skandal über das Caritas Bashing. Herr Bundeskanzler Kurz lassen Sie die Wienerinnen und Wiener "
         "in Ruhe!“.")

add(id="ho552-ots-spoe-wien-2019-01-11-novak-kurz-wienerinnen-in-ruhe",
    title=NO_T,
    url="https://www.ots.at/presseaussendung/OTS_20190111_OTS0111/sp-novak-herr-bundeskanzler-kurz-lassen-sie-die-"
        "wienerinnen-und-wiener-in-ruhe",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 11 January 2019 by its OTS number; the stored "
              "copy ends after the paragraph without a contact block, and the sender is read from the dateline code 'Wien "
              "(OTS/SPW) -' (rule 3050), kept at the start of the paragraph; the crawl-date prefix ' date 2019-01' before the "
              "headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the end mark ' "
              "(Schluss) cv' with the press officer's sign after the last sentence dropped (rules 48, 3050); the published "
              "'Barbara Novak, BA und betont, „Die', 'im Gegenteil er', 'BVT Skandal', 'Caritas Bashing', 'Herr Bundeskanzler "
              "Kurz lassen Sie' without a comma and the full stops after the closing marks ('redet“.', 'Ruhe!“.') kept (rule "
              "20); the subtitle without a final full stop kept as stored; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NO_SUB, NO_P1],
    # the headline label `SP-Novak: „…“` gives its quotation to her (rule 54), the body closing her last quotation with the
    # same appeal (rule 26); Kurz, addressed by name at the head of the quotation, is not its speaker (rules 12, 30); the
    # teaser quotation before `empört sich SPÖ-Wien Landesparteisekretärin Barbara Novak, BA` is hers (rule 44), and so is
    # the quotation after the second verb of the same subject, `und betont,`, introduced by a comma instead of a colon (rule
    # 3191); the colon quotation after the verbless `Und weiter:` continues her (rule 9, as in heldout536); the subtitle
    # repeats the first two quotations without marks and carries no span (rule 5); the role phrase with the party's name
    # (`SPÖ-Wien Landesparteisekretärin`) and the label `SP-Novak` are no aliases (rule 33); Sebastian Kurz, of whom and to
    # whom she speaks, says nothing
    quotes=[("„Herr Bundeskanzler Kurz, lassen Sie die Wienerinnen und Wiener in Ruhe!“", NOVAK),
            (cut(NO_P1, "„Bundeskanzler Kurz", "Wiener fort“"), NOVAK),
            (cut(NO_P1, "„Die Sozialdemokratie", "schlecht redet“"), NOVAK),
            (cut(NO_P1, "„Kurz agiert", "in Ruhe!“"), NOVAK)],
    aliases={NOVAK: ["Barbara Novak"]})

# --- APA-OTS, FPÖ (sender inferred), 16 July 2019: Vilimsky against Ursula von der Leyen as Commission president ---

VI_T = "Vilimsky: FPÖ stimmt Von der Leyen als Kommissionspräsidentin nicht zu"
VI_SUB = "Mögliche Wahl Von der Leyens wäre eine Fortsetzung des zentralistischen Kurses"
VI_P1 = ("Wien (OTS) - „Die FPÖ wird einer Kommissionspräsidentin Von der Leyen nicht zustimmen“, betont heute der "
         "FPÖ-Generalsekretär und freiheitliche Delegationsleiter im Europäischen Parlament, Harald Vilimsky, zur "
         "bevorstehenden Wahl Ursula Von der Leyens zur EU-Kommissionspräsidentin.")
VI_P2 = ("Für Vilimsky bedeutet eine Wahl Von der Leyens eine „Fortsetzung des zentralistischen Kurses“. „Neben der bereits "
         "gezeigten Inkompetenz als deutsche Familien-, Sozial- und Verteidigungsministerin ist die Agenda Von der Leyens "
         "gerade für österreichische Interessen kontraproduktiv“, meint Vilimsky. Er kritisiert vor allem die Implementierung "
         "eines gemeinsamen Europäischen Asylsystems, die geplante Sozialunion sowie die Anhebungen des Budgets.")
VI_P3 = ("„Das würde bedeuten, dass Österreich nicht nur seine Asylhoheit aufgeben muss und sich einer schrankenlosen "
         "Zuwanderungspolitik konfrontiert sieht, sondern auch, dass Nettozahler wie Österreich noch tiefer in die Tasche "
         "greifen müssen, um Von der Leyens Zentralisierungsfantasien zu befriedigen“ meint der FPÖ-Generalsekretär und "
         "kritisiert zudem ÖVP, SPÖ und NEOS, dass sie diesem fatalen Kurs zustimmen. „Vor allem die Zustimmung der ÖVP für "
         "Von der Leyen und ihr Programm zeigt die Doppelzüngigkeit jener Partei, die den Leuten in Österreich mit "
         "FPÖ-Programmatik begegnen, aber in Brüssel dem zentralistischen Kurs applaudieren und somit österreichische "
         "Kompetenzen nach Brüssel abgeben“, kritisiert Vilimsky.")

add(id="ho552-ots-fpoe-2019-07-16-vilimsky-von-der-leyen",
    title=VI_T,
    url="https://www.ots.at/presseaussendung/OTS_20190716_OTS0075/vilimsky-fpoe-stimmt-von-der-leyen-als-"
        "kommissionspraesidentin-nicht-zu",
    retrieved="same address (release on the APA-OTS service, 16 July 2019 by its OTS number; the stored copy breaks off inside "
              "the fourth paragraph, before any contact block, under the plain 'Wien (OTS) -', and the sender is inferred "
              "from the release's own voice as the FPÖ, its federal party or its delegation in the European Parliament "
              "(rules 3050, 3190): a release on how 'Die FPÖ' will vote that quotes only its general secretary and "
              "delegation leader; the crawl-date prefix ' date 2019-07' before the headline dropped (rule 63); headline and "
              "subtitle kept as lines of their own as stored; the dateline kept at the start of the first paragraph; the "
              "fourth paragraph ('Auch die Art und Weise, wie Von der Leyen sich die Stimmen des Hauses sichert, ist für "
              "Vilimsky mehr als zweifelhaft „Ein Basar an Versprechungen … an die linke Seite im H'), cut off in the stored "
              "copy inside a quotation, dropped with it (rule 15); the published 'Von der Leyen' with a capital 'Von', "
              "'befriedigen“ meint' without a comma and 'jener Partei, die … begegnen' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[VI_SUB, VI_P1, VI_P2, VI_P3],
    # the teaser quotation before `betont heute der FPÖ-Generalsekretär und freiheitliche Delegationsleiter im Europäischen
    # Parlament, Harald Vilimsky` is his (rule 44); the marked phrase after `Für Vilimsky bedeutet eine Wahl Von der Leyens
    # eine` is his judgement (rules 151, 3083), the subtitle giving it without marks (rule 5); the quotations before `meint
    # Vilimsky`, before `meint der FPÖ-Generalsekretär`, which refers back to him (rule 30), and before `kritisiert
    # Vilimsky` are his; the role phrases with the party's name (`FPÖ-Generalsekretär`, `freiheitliche Delegationsleiter`)
    # are no aliases (rule 33); Ursula von der Leyen, of whom he speaks, says nothing
    quotes=[(cut(VI_P1, "„Die FPÖ", "nicht zustimmen“"), VILIMSKY),
            ("„Fortsetzung des zentralistischen Kurses“", VILIMSKY),
            (cut(VI_P2, "„Neben der", "kontraproduktiv“"), VILIMSKY),
            (cut(VI_P3, "„Das würde", "zu befriedigen“"), VILIMSKY),
            (cut(VI_P3, "„Vor allem", "Brüssel abgeben“"), VILIMSKY)],
    aliases={VILIMSKY: ["Harald Vilimsky", "Vilimsky"]})

# --- APA-OTS, Grüner Klub im Parlament, 10 December 2015: Kogler on Irmgard Griss and the Hypo inquiry ---

KO_T = "Kogler äußerst verwundert über Griss-Behauptungen zum Hypo-Ausschuss"
KO_SUB = "Grüne: Parlamentarische Kontrolle ist Kernaufgabe der Demokratie"
KO_P1 = ("Wien (OTS) - „Äußerst überrascht und verwundert“, zeigt sich der Fraktionsführer der Grünen, Werner Kogler, über "
         "die aktuellen Behauptungen von Irmgard Griss zum Hypo-U-Ausschuss: „Der U-Ausschuss hat schon eine Reihe von "
         "massiven politischen Interventionen bis hinauf zu den verantwortlichen Ministern nachgewiesen. Damit hat sich die "
         "Griss-Kommission gar nicht beschäftigt. Genau das sind aber die Kernaufgaben des U-Ausschusses.“")
KO_P2 = ("Gerade die Grüne Fraktion nimmt den Bericht der Griss-Kommission wie den mindestens so kritischen Bericht des "
         "Rechnungshofs als Basis für die Befragungen und die Hypothesenbildungen. „Eine der Kernaufgaben der Demokratie ist "
         "die Kontrolle und Aufarbeitung von Missständen im Parlament. Der Griss-Bericht war für den Untersuchungsausschuss "
         "eine wichtige Grundlage. Die Kommission hatte aber nur einen viel eingeschränkteren Zugang zu den Unterlagen.“")
KO_P3 = ("„Auch der Untersuchungszeitraum ist nicht vergleichbar mit dem umfassenden Auftrag des Untersuchungsausschusses. "
         "Jedenfalls kann eine, von einem damals zuständigen Finanzminister und Vizekanzler Spindelegger einberufene "
         "Kommission die parlamentarische Aufarbeitung des größten Finanzskandals der zweiten Republik nicht ersetzen“, betont "
         "Kogler. „Gerade eine Kandidatin für das Amt des Bundespräsidenten wäre sehr gut beraten, die Aufarbeitung von "
         "Missständen mit Nachdruck zu unterstützen. Ich hoffe, dass Frau Griss diese Kernaufgabe des Parlaments außer Streit "
         "stellt“, meint Kogler.")

add(id="ho552-ots-gruene-2015-12-10-kogler-griss-hypo-ausschuss",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20151210_OTS0231/kogler-aeusserst-verwundert-ueber-griss-behauptungen-zum-"
        "hypo-ausschuss",
    retrieved="same address (release of the Greens' parliamentary club on the APA-OTS service, 10 December 2015 by its OTS "
              "number; the contact block 'Grüner Klub im Parlament' and the footer 'FMB0009' show the sender; headline and "
              "subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of the first "
              "paragraph; the contact block, the service line and the footer dropped (rule 2570); the published 'Jedenfalls "
              "kann eine, von einem …' with its comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3],
    # the marked state before `zeigt sich der Fraktionsführer der Grünen, Werner Kogler,` is his (rules 25, 44); the colon
    # quotation after `… über die aktuellen Behauptungen von Irmgard Griss zum Hypo-U-Ausschuss:` is his too, not Griss's,
    # whose claims he answers (rule 3192); the cue-less quotation after the narrator's sentence on `die Grüne Fraktion`
    # continues him, not the group (rule 3193); the quotations before `betont Kogler` and `meint Kogler` are his (rule 30);
    # the subtitle label `Grüne:` stands before words without marks (rule 5); the role phrase with the party's name
    # (`Fraktionsführer der Grünen`) is no alias (rule 33); Irmgard Griss (`Frau Griss`, `eine Kandidatin für das Amt des
    # Bundespräsidenten`) and Spindelegger say nothing in marks
    quotes=[("„Äußerst überrascht und verwundert“", KOGLER),
            (cut(KO_P1, "„Der U-Ausschuss", "des U-Ausschusses.“"), KOGLER),
            (cut(KO_P2, "„Eine der", "den Unterlagen.“"), KOGLER),
            (cut(KO_P3, "„Auch der", "nicht ersetzen“"), KOGLER),
            (cut(KO_P3, "„Gerade eine", "außer Streit stellt“"), KOGLER)],
    aliases={KOGLER: ["Werner Kogler", "Kogler"]})

# --- APA-OTS, Team Stronach, 8 November 2012: Lugar on the president's recognition of the club ---

LU_T = "Team Stronach zur Entscheidung von Präsidentin Prammer"
LU_SUB = "Klubobmann Lugar: \"Jetzt geht es an die Arbeit!\""
LU_P1 = ("Wien (OTS) - \"Wir freuen uns sehr, dass die gängige Rechtsansicht nun von Präsidentin Prammer geteilt wird und sie "
         "somit die Klubgründung des Team Stronach gemäß der Geschäftsordnung zur Kenntnis genommen hat.\", so Klubobmann "
         "Robert Lugar in einer ersten Reaktion.")
LU_P2 = ("Das erste Mal in der Geschichte des Hohen Hauses sind sechs Parteien im österreichischen Parlament vertreten. "
         "Lugar: \"Wir alle kennen die Probleme unseres Landes und müssen endlich gemeinsam -über alle Parteigrenzen hinweg - "
         "an den Lösungen arbeiten. Wir strecken unsere Hand zur Zusammenarbeit aus und wollen einen neuen Stil im Parlament "
         "etablieren: Positives und gute Ideen der Mitbewerber werden wir loben und gemeinsam an der Umsetzung arbeiten. Wir "
         "vom Team Stronach wollen keine Klientelpolitik machen, sondern das Gemeinwohl in den Mittelpunkt unserer "
         "Überlegungen stellen.\"")

add(id="ho552-ots-team-stronach-2012-11-08-lugar-klubgruendung-prammer",
    title=LU_T,
    url="https://www.ots.at/presseaussendung/OTS_20121108_OTS0148/team-stronach-zur-entscheidung-von-praesidentin-prammer",
    retrieved="same address (release of the Team Stronach on the APA-OTS service, 8 November 2012 by its OTS number; the "
              "contact block 'Bundespressestelle TEAM STRONACH' / 'KO Robert Lugar' with a teamstronach.at address shows "
              "the sender, the footer being 'NEF0008'; headline and subtitle kept as lines of their own as stored; the "
              "dateline 'Wien (OTS) -' kept at the start of the first paragraph; the contact block, the service line and the "
              "footer dropped (rule 2570); the published full stop before the closing mark and the comma after it "
              "('genommen hat.\", so') and 'gemeinsam -über' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LU_SUB, LU_P1, LU_P2],
    # the subtitle label `Klubobmann Lugar: "…"` gives its quotation to him (rules 54, 107); the teaser quotation before `so
    # Klubobmann Robert Lugar in einer ersten Reaktion` is his (rule 44), Barbara Prammer (`Präsidentin Prammer`), whose
    # decision he welcomes, saying nothing (rule 12); the colon quotation after `Lugar:`, following the narrator's unmarked
    # sentence on the six parties, is his (rule 9); `Klubobmann`, which names only him in the release, is part of his alias
    # (rule 44)
    quotes=[("\"Jetzt geht es an die Arbeit!\"", LUGAR),
            (cut(LU_P1, "\"Wir freuen", "genommen hat.\""), LUGAR),
            (cut(LU_P2, "\"Wir alle", "Überlegungen stellen.\""), LUGAR)],
    aliases={LUGAR: ["Robert Lugar", "Klubobmann Robert Lugar", "Klubobmann Lugar", "Lugar"]})

# --- APA-OTS, BZÖ (sender inferred), 12 April 2013: Widmann on the blocked party funding in the Telekom affair ---

WI_T = "BZÖ-Widmann: Äußerst hinterfragenswerte Entscheidung in Causa Telekom"
WI_P1 = ("Wien (OTS) - Als \"äußerst hinterfragenswerte Entscheidung gerade in einem Wahljahr\" bezeichnet BZÖ-Bündnissprecher "
         "Rainer Widmann die medial bekannt gewordene Sperrung von Parteienförderung in der Causa Telekom. Abgesehen davon, "
         "dass dem Bündnis keinerlei offizielle Information vorliegt und hier die Justiz wieder einmal Medien gezielt "
         "vorinformiere, sei es sehr seltsam, dass dem BZÖ Gelder gesperrt werden sollen, die nachweislich weder an das "
         "Bündnis, noch an die mittlerweile liquidierte Orange Werbeagentur, sondern an Privatpersonen - die heute nicht "
         "einmal mehr beim BZÖ sind -angeblich geflossen sind. Es gibt keinerlei strafrechtlichen Beschuldigungen gegen das "
         "Bündnis oder die Orange Werbeagentur.")
WI_P2 = ("Das BZÖ habe noch keinen Gerichtsbeschuss erhalten, diesen werde man genau prüfen, sagte Widmann. \"Es wäre "
         "jedenfalls skandalös, wenn das Bundeskanzleramt die dem BZÖ gesetzlich zustehende Parteiförderung quasi auf Verdacht "
         "einbehalten würde\", erklärte Widmann, der in diesem Fall auch Justizministerin Karl gefordert sieht. Denn auch die "
         "Befragungen im parlamentarischen Untersuchungsausschuss hätten klar ergeben, dass es keine Zahlungen ans BZÖ gegeben "
         "habe. Schon daher sei diese Vorgangsweise völlig unverständlich. \"Wenn versucht werden soll, in einem Wahljahr gegen "
         "einen unliebsamen politischen Konkurrenten vorzugehen, dann werden wir uns gegen diese Form von Politjustiz zu "
         "wehren wissen\", betont Widmann.")

add(id="ho552-ots-bzoe-2013-04-12-widmann-causa-telekom",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20130412_OTS0114/bzoe-widmann-aeusserst-hinterfragenswerte-entscheidung-"
        "in-causa-telekom",
    retrieved="same address (release on the APA-OTS service, 12 April 2013 by its OTS number; the stored copy breaks off "
              "inside the third paragraph, before any contact block, under the plain 'Wien (OTS) -', and the sender is "
              "inferred from the release's own voice as the BZÖ, its party or its parliamentary club (rules 3050, 3190): the "
              "headline label 'BZÖ-Widmann' and a release in the party's first person ('dann werden wir uns …') quoting only "
              "its spokesman; the crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); the headline kept "
              "as the first line; the dateline kept at the start of the first paragraph; the third paragraph ('Das BZÖ hat "
              "freiwillig alle vorhandenen Unterlagen der Staatsanwaltschaft zur Verfügung gestellt … an den verantwortlichen "
              "Pers'), cut off in the stored copy, dropped (rule 15; it holds no marks); the published 'sind -angeblich', "
              "'keinerlei strafrechtlichen Beschuldigungen' and 'Gerichtsbeschuss' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[WI_P1, WI_P2],
    # the marked predicate of `Als "…" bezeichnet BZÖ-Bündnissprecher Rainer Widmann …` is his (rules 3, 25); the unmarked
    # Konjunktiv report that follows, and the one before `sagte Widmann`, carry no span (rule 5); the quotations before
    # `erklärte Widmann, der … auch Justizministerin Karl gefordert sieht` and `betont Widmann` are his (rule 30), the minister
    # named in the relative clause saying nothing (rule 12); the headline label `BZÖ-Widmann:` stands before words without
    # marks (rule 5); the role phrase with the party's name (`BZÖ-Bündnissprecher`) and the label are no aliases (rule 33)
    quotes=[("\"äußerst hinterfragenswerte Entscheidung gerade in einem Wahljahr\"", WIDMANN),
            (cut(WI_P2, "\"Es wäre", "einbehalten würde\""), WIDMANN),
            (cut(WI_P2, "\"Wenn versucht", "wehren wissen\""), WIDMANN)],
    aliases={WIDMANN: ["Rainer Widmann", "Widmann"]})

# --- APA-OTS, NEOS (sender inferred), 27 October 2020: Meinl-Reisinger on the coalition talks in Vienna ---

NE_T = "NEOS: Chance auf echte Reformkoalition in Wien"
NE_SUB = ("Beate Meinl-Reisinger: „Ich gratuliere Christoph Wiederkehr – jetzt wird er mit seinem Team mit großer "
          "Ernsthaftigkeit gründlich und gut verhandeln.“")
NE_P1 = ("Wien (OTS) - Erfreut zeigt sich NEOS-Vorsitzende Beate Meinl-Reisinger darüber, mit NEOS in Regierungsverhandlungen "
         "gehen zu wollen: „Ich gratuliere Christoph Wiederkehr und seinem Team zu diesem Erfolg – jetzt wird er mit großer "
         "Ernsthaftigkeit in diese Verhandlungen gehen. Heute auf den Tag genau vor acht Jahren wurde NEOS gegründet – wir "
         "haben seither nicht nur bewiesen, dass wir Opposition können, sondern auch, dass wir – wie Salzburg zeigt – auch in "
         "einer Regierung unsere Stärken einbringen können. Mit dem Erfolg in Wien gelingt NEOS der nächste Schritt nach vorn. "
         "Jetzt arbeiten wir für eine echte Reformkoalition in Wien – die Verhandlungen müssen zügig, aber dennoch gründlich "
         "und konstruktiv vorangehen. Ich vertraue darauf, dass das Christoph Wiederkehr und sein Team sehr gut machen wird und "
         "wünsche ihm dafür alles Gute.“")

add(id="ho552-ots-neos-2020-10-27-meinl-reisinger-reformkoalition-wien",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20201027_OTS0120/neos-chance-auf-echte-reformkoalition-in-wien",
    retrieved="same address (release on the APA-OTS service, 27 October 2020 by its OTS number; the stored copy ends after the "
              "paragraph without a contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the "
              "release's own voice as the NEOS (rules 3050, 3190): the headline label 'NEOS:' and a release quoting only the "
              "party's chairwoman on the party's own anniversary; the crawl-date prefix ' date 2020-10' before the headline "
              "dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline kept at the start "
              "of the paragraph; the published 'darüber, mit NEOS in Regierungsverhandlungen gehen zu wollen', which reports "
              "the wish of the Vienna SPÖ, not of the NEOS, kept (rule 20); used as stored (rule 2570: a stored copy that ends "
              "after a complete paragraph))",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1],
    # the subtitle label `Beate Meinl-Reisinger: „…“` gives its quotation to her (rules 54, 107), the body's colon quotation
    # opening with the same congratulation (rule 26); the colon quotation after `Erfreut zeigt sich NEOS-Vorsitzende Beate
    # Meinl-Reisinger darüber, …:` is hers (rule 9); Christoph Wiederkehr, whom she congratulates by name at the head of both
    # quotations, is not their speaker (rules 12, 3104); the role phrase with the party's name (`NEOS-Vorsitzende`) is no
    # alias (rule 33)
    quotes=[("„Ich gratuliere Christoph Wiederkehr – jetzt wird er mit seinem Team mit großer Ernsthaftigkeit gründlich und gut "
             "verhandeln.“", MEINL),
            (cut(NE_P1, "„Ich gratuliere", "alles Gute.“"), MEINL)],
    aliases={MEINL: ["Beate Meinl-Reisinger"]})
