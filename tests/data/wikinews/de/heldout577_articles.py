# Five-hundred-and-seventy-seventh held-out German real-news set (tests/data/heldout577-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3390-3393). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-seventy-seventh held-out set": nine releases of Austrian parties, a
# parliamentary club, a Rathaus club, district and Land organisations and youth and women's organisations of parties on the
# APA-OTS service (ots.at), licence APA_OTS_POLITICS, one for each of nine senders: the Sozialistische Jugend Österreich
# (Andreas Kollross elected federal chairman, September 2000), the SPÖ Oberösterreich (Reinhard Winterauer on the OÖ.
# Rundschau, August 2003), the Junge ÖVP Wien (Markus Kroiher on the ÖVP Wien's list, September 2005), the Grüne Wien (Alev
# Korun against Johannes Hahn and the ÖVP, May 2006, sender inferred), the ÖVP's club in the Vienna Rathaus (Alfred Hoch
# elected chairman of the ÖVP Favoriten, June 2006), the Freiheitlicher Parlamentsklub (Herbert Kickl on three Styrian FPÖ
# members joining the BZÖ, October 2007), the ÖVP Margareten of the ÖVP Wien (Alexander Biach succeeding Marie-Luise Mojzis,
# December 2013, sender inferred), the ÖVP Frauen (Dorothea Schittenhelm congratulating Johanna Mikl-Leitner, March 2017,
# sender inferred) and the NEOS (Beate Meinl-Reisinger on Matthias Strolz's announced departure, May 2018, sender inferred).
# Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture
# (crawl-date prefixes, contact blocks, service lines and footers) is dropped (rules 63, 3250, 3310, 3340, 3390), hard line
# breaks of the wrapped copies are joined (rules 48, 3250, 3260, 3390), and each retrieval note names what was dropped.
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


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


KOLLROSS = "Andreas Kollross"
WINTERAUER = "Reinhard Winterauer"
KROIHER = "Markus Kroiher"
KORUN = "Alev Korun"
OEVP = "ÖVP"
HAHN = "Johannes Hahn"
HOCH = "Alfred Hoch"
KICKL = "Herbert Kickl"
MOJZIS = "Marie-Luise Mojzis"
BIACH = "Alexander Biach"
SCHITTENHELM = "Dorothea Schittenhelm"
MEINL = "Beate Meinl-Reisinger"

# --- APA-OTS, Sozialistische Jugend Österreich, 25 September 2000: Andreas Kollross elected federal chairman ---

KO_T = "Andreas Kollross zum neuen Bundesvorsitzenden der Sozialistischen Jugend Österreich (SJÖ) gewählt!"
KO_SUB = join("Kollross: Politik mit Ecken und Kanten um die \"blauschwarze",
              "Tascherlzieher-Regierung\" so rasch wir möglich ins politische Jenseits zu befördern.")
KO_P1 = join("Der bisherige Landesvorsitzende der Sozialistischen Jugend",
             "NÖ, Andreas Kollross, wurde bei der am Wochenende in Wien stattfindenden Bundeskonferenz mit überwältigender "
             "Mehrheit",
             "zum neuen Bundesvorsitzenden der Sozialistischen Jugend",
             "Österreich gewählt.")
KO_P2 = join("Die unter dem Motto \"Opposition braucht Position\" stattfindende Bundeskonferenz",
             "wurde von den 200 Länderdelegierten zu einer klaren Positionierung gegen die",
             "FPÖVP-Regierung genützt.")
KO_P3 = join("\"Die jüngsten Sparmaßnahmen zeigen, dass diese Regierung skrupellos die",
             "Zukunft einer ganzen Generation für ihre gestrige Lobbypolitik im Interesse der",
             "Superreichen aufs Spiel setzt. Was mit der Zerschlagung des Zivildienst und der",
             "Herabsetzung der Strafmündigkeit begann, soll nun mit der Einführung von",
             "Studiengebühren fortgeführt werden,\" kritisiert der neugewählte Bundesvorsitzende.")
KO_P4 = join("\"Die SJÖ wird diese Maßnahmen nicht hinnehmen und bundesweit für geeignete",
             "Protestmaßnahmen sorgen!,\" kündigt Kollross an.")
KO_P5 = join("Scharfe Kritik hagelte es für jene Personen in der SPÖ, die sich für ein neues",
             "Verhältnis zur FPÖ aussprechen. Mit einem einstimmig gefällten Beschluss sprach",
             "sich die Bundeskonferenz klar gegen Koalitionen mit der FPÖ aus.")
# the line break after the hyphen of `Tascherlzieher-` is joined without a space (rules 48, 68, 3390)
KO_P6 = (join("Abschließend fordert der neu gewählte Bundesvorsitzende von der SPÖ, eine",
              "Oppositionspolitik mit \"Ecken um Kanten\" um diese \"blauschwarze Tascherlzieher-")
         + "Regierung\" so rasch wie möglich ins politische Jenseits zu befördern.")

add(id="ho577-ots-sjoe-2000-09-25-kollross-bundesvorsitzender",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20000925_OTS0155/andreas-kollross-zum-neuen-bundesvorsitzenden-der-"
        "sozialistischen-jugend-oesterreich-sjoe-gewaehlt",
    retrieved="same address (release of the Sozialistische Jugend Österreich on the APA-OTS service, 25 September 2000 by its "
              "OTS number; the old layout's service block 'Rückfragehinweis: Sozialistische Jugend Österreich / 01/5234123', "
              "the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER / VERANTWORTUNG DES AUSSENDERS ***', "
              "the contact block 'SJÖ 01 523 41 23' and the footer '… | NSN/NSN' show the sender and are dropped (rules 3200, "
              "3250, 3390); the release has no dateline and none is added (rules 18, 3390); the copy is hard-wrapped with "
              "empty lines between the paragraphs: the lines of each paragraph are joined with one space, after the hyphen "
              "of 'Tascherlzieher-' without one (rules 48, 68), and the empty line that the copy sets inside the subtitle's "
              "sentence and inside its quotation ('um die \"blauschwarze' / 'Tascherlzieher-Regierung\" so rasch') is joined "
              "with one space, a break of the source file's layout, not a paragraph break (rules 3260, 3390); the published "
              "'so rasch wir möglich', 'des Zivildienst', the commas inside the closing marks ('werden,\"', 'sorgen!,\"') and "
              "'Ecken um Kanten' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3, KO_P4, KO_P5, KO_P6],
    # the marked words in the subtitle after the label `Kollross:` are his, and the body gives him the same marked words in
    # his final demand (rules 26, 107, 3241); the congress's motto after `unter dem Motto` is null (rules 24, 161); the
    # quotation before `kritisiert der neugewählte Bundesvorsitzende` is his by the role noun, which names only him (rules
    # 30, 44), the one before `kündigt Kollross an` his by name (rule 44); in the narrator's report of his demand after
    # `fordert der neu gewählte Bundesvorsitzende von der SPÖ` the two marked phrases are his partial quotations (rules 3,
    # 25); the Bundeskonferenz, whose decision is reported without marks, the SPÖ, the FPÖ and the persons in the SPÖ say
    # nothing
    quotes=[("\"blauschwarze Tascherlzieher-Regierung\"", KOLLROSS, 0),
            ("\"Opposition braucht Position\"", None),
            (cut(KO_P3, "\"Die jüngsten", "fortgeführt werden,\""), KOLLROSS),
            (cut(KO_P4, "\"Die SJÖ", "sorgen!,\""), KOLLROSS),
            ("\"Ecken um Kanten\"", KOLLROSS),
            ("\"blauschwarze Tascherlzieher-Regierung\"", KOLLROSS, 1)],
    aliases={KOLLROSS: ["Andreas Kollross", "Kollross", "Bundesvorsitzende"]})

# --- APA-OTS, SPÖ Oberösterreich, 11 August 2003: Winterauer on the OÖ. Rundschau and the ÖVP's 'Sturz' tale ---

WI_T = "ÖVP-Mär vom Pühringer-\"Sturz\" ist eine plumpe Finte im Wahlkampf!"
WI_SUB = "Winterauer: Ist die ÖVP an der OÖ. Rundschau beteiligt?"
WI_P1 = ("Linz (OTS) - \"Je näher die Wahl rückt, umso mehr wird die OÖ. Rundschau zum Zentralorgan der ÖVP und stellt damit "
         "selbst das Volksblatt in den Schatten!\", zeigt SPÖ-Landesgeschäftsführer Reinhard Winterauer auf. Ein "
         "Musterbeispiel dafür sei die Sonntags-Rundschau vom 10. August gewesen. Dort muss ein großer Aufmacher dazu her "
         "halten, um die ÖVP-Mär vom geplanten \"Sturz\" von LH Pühringer durch SPÖ, FPÖ und Grüne möglichst reißerisch unters "
         "Volk zu bringen und die ÖVP-Wahlkampf-trommel zu schlagen. Winterauer: \"Auch die größte Schlagzeile ändert aber "
         "nichts daran, dass diese haltlosen Putsch-Gerüchte nichts als eine plumpe Finte im schwarzen Wahlkampf sind!\"")
WI_P2 = ("Im übrigen, so Winterauer weiter, wäre es interessant zu wissen, ob und in welchem Ausmaß die ÖVP an der OÖ. "
         "Rundschau beteiligt ist. \"Diese Beteiligung soll möglichst transparent offen gelegt werden!\", fordert der "
         "SP-Landesgeschäftsführer.")
# the empty line inside the quotation ('Oberösterreicherinnen und' / 'Oberösterreicher, wie …') is joined (rules 3260, 3390)
WI_P3 = join("Der Volkspartei, so Winterauer, gehe es bei ihrer Strategie nur um den Erhalt der schwarzen Allmacht in "
             "Oberösterreich. \"Für die SPÖ geht es dagegen um die Interessen der Oberösterreicherinnen und",
             "Oberösterreicher, wie sich in der Voest-Auseinandersetzung jetzt klar zeigt!\", schließt der "
             "SP-Geschäftsführer.")

add(id="ho577-ots-spoe-ooe-2003-08-11-winterauer-rundschau-sturz",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20030811_OTS0044/oevp-maer-vom-puehringer-sturz-ist-eine-plumpe-finte-im-"
        "wahlkampf",
    retrieved="same address (release of the SPÖ Oberösterreich on the APA-OTS service, 11 August 2003 by its OTS number; the "
              "contact block 'SPÖ Oberösterreich / Pressereferat …' and the footer 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS | DS40001' show the sender and are dropped (rules 3250, 3340); "
              "headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the empty line that the copy sets inside the last quotation ('Oberösterreicherinnen und' / "
              "'Oberösterreicher, wie …') joined with one space, a break inside a sentence, not a paragraph break (rules "
              "3260, 3390); the published 'her halten', 'ÖVP-Wahlkampf-trommel' and 'Im übrigen' kept (rule 20); complete "
              "as stored; named as usable and left out in the SOURCES section of the 540th set)",
    license=APA_OTS_POLITICS,
    paras=[WI_SUB, WI_P1, WI_P2, WI_P3],
    # the marked `"Sturz"` in the headline's `ÖVP-Mär vom Pühringer-"Sturz"` and in the body's `die ÖVP-Mär vom geplanten
    # "Sturz" von LH Pühringer` is null twice: the release's distancing marks around the alleged event of an opponent's tale,
    # no one's wording cued (rules 24, 3393); the quotation before `zeigt SPÖ-Landesgeschäftsführer Reinhard Winterauer auf`
    # is his (rule 44), the one after the verbless label `Winterauer:` his (rule 9), the ones before `fordert der
    # SP-Landesgeschäftsführer` and `schließt der SP-Geschäftsführer` his by the role nouns (rules 30, 44), which name the
    # party and are no aliases (rule 33); the cue-less `so Winterauer` insertions in the unmarked Konjunktiv reports carry no
    # span (rule 5); the OÖ. Rundschau, the Volksblatt, Josef Pühringer (`LH Pühringer`), the ÖVP, the FPÖ and the Grüne say
    # nothing
    quotes=[("\"Sturz\"", None, 0),
            (cut(WI_P1, "\"Je näher", "in den Schatten!\""), WINTERAUER),
            ("\"Sturz\"", None, 1),
            (cut(WI_P1, "\"Auch die größte", "Wahlkampf sind!\""), WINTERAUER),
            ("\"Diese Beteiligung soll möglichst transparent offen gelegt werden!\"", WINTERAUER),
            (cut(WI_P3, "\"Für die SPÖ", "klar zeigt!\""), WINTERAUER)],
    aliases={WINTERAUER: ["Reinhard Winterauer", "Winterauer"]})

# --- APA-OTS, Junge ÖVP Wien, 11 September 2005: Markus Kroiher on the ÖVP Wien's list for the Gemeinderat ---

KR_T = "Junge ÖVP Wien freut sich über Verjüngung des ÖVP-Gemeinderats-Teams"
KR_SUB = "JVP-Landesobmann Kroiher rechnet mit Einzug in den Gemeinderat"
KR_P1 = ("Wien (OTS) - \"Mit dem Kandidaten-Team der ÖVP Wien für die Gemeinderats-Wahlen ist Landesparteiobmann Gio Hahn die "
         "angekündigte Verjüngung tatsächlich gelungen\", freut sich Markus Kroiher, Landesobmann der Jungen ÖVP Wien.")
KR_P2 = ("\"Erstmals seit Jahrzehnten kann die Junge ÖVP Wien mit einem eigenen Mandatar im Wiener Landtag und Gemeinderat "
         "rechnen\", hebt Kroiher hervor, der mit seinem 12. Platz auf der Landesliste seinen Einzug in den Wiener Gemeinderat "
         "erwartet. \"Für uns ist das ein Riesenschritt. Erstmals können wir die Wiener Jugend direkt im Gemeinderat "
         "vertreten.\"")
KR_P3 = ("Kroiher nennt zwei wesentliche Voraussetzungen für den nunmehrigen Erfolg. \"Einerseits hat Gio Hahn seine "
         "Ankündigung einer Verjüngung der Wiener ÖVP im Gegensatz zu seinen Vorgängern tatsächlich umgesetzt. Andererseits hat "
         "die Junge ÖVP Wien, die mit ihren vielen engagierten Jugendlichen erstmals in allen Wiener Bezirken geschäftsfähige "
         "Bezirksgruppen hat, ein starkes Zeichen auch innerhalb der Partei gesetzt. Für uns ist die Listenerstellung ein "
         "großer Schritt nach vorn. Die ÖVP ist bei ihrer Verjüngung und Modernisierung auf dem richtigen Weg, den sie aber "
         "auch in Zukunft konsequent weitergehen muss\", so Kroiher abschließend.")

add(id="ho577-ots-junge-oevp-wien-2005-09-11-kroiher-verjuengung",
    title=KR_T,
    url="https://www.ots.at/presseaussendung/OTS_20050911_OTS0029/junge-oevp-wien-freut-sich-ueber-verjuengung-des-oevp-"
        "gemeinderats-teams",
    retrieved="same address (release of the Junge ÖVP Wien on the APA-OTS service, 11 September 2005 by its OTS number; the "
              "contact block 'Junge ÖVP Wien / www.jvpwien.at / Gerhard W. Loub, Pressereferent …' and the footer "
              "'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NVW0001' show the sender "
              "and are dropped (rules 3250, 3340); headline and subtitle kept as lines of their own as stored; the dateline "
              "kept at the start of the first paragraph; complete as stored; named as usable and left out in the SOURCES "
              "section of the 570th set)",
    license=APA_OTS_POLITICS,
    paras=[KR_SUB, KR_P1, KR_P2, KR_P3],
    # the quotations before `freut sich Markus Kroiher, Landesobmann der Jungen ÖVP Wien` and `hebt Kroiher hervor, der …`
    # are his (rule 44), and so is the cue-less quotation after the second (NOTES.md continuation); the quotation after the
    # narrator's sentence `Kroiher nennt zwei wesentliche Voraussetzungen …`, closed by `so Kroiher abschließend`, is his
    # (rules 9, 30); the subtitle `JVP-Landesobmann Kroiher rechnet …` carries no marks (rule 5), and the label form with the
    # organisation's name is no alias (rules 33, 2583); Gio Hahn, the ÖVP Wien and the Junge ÖVP Wien say nothing
    quotes=[(cut(KR_P1, "\"Mit dem", "gelungen\""), KROIHER),
            (cut(KR_P2, "\"Erstmals seit", "rechnen\""), KROIHER),
            (cut(KR_P2, "\"Für uns", "vertreten.\""), KROIHER),
            (cut(KR_P3, "\"Einerseits", "weitergehen muss\""), KROIHER)],
    aliases={KROIHER: ["Markus Kroiher", "Kroiher"]})

# --- APA-OTS, Grüne Wien (inferred), 22 May 2006: Alev Korun against Johannes Hahn and the ÖVP ---

KU_T = "Korun: \"Hahn soll sich für Hetz-Parolen entschuldigen\""
KU_SUB = "\"Zwangsverschickung von SchülerInnen nur mehr hahenbüchern\""
KU_P1 = ("Wien (OTS) - \"Der VP-Akademikerbund verlangt rechtswidrigen Einbürgerungsstopp, Prokop hetzt gegen Muslime und die "
         "Wiener ÖVP will jetzt angeblich Integrationsförderung. Was gilt jetzt\", fragt sich die grüne Integrationssprecherin "
         "Alev Korun anlässlich der heutigen Aussagen der Wiener ÖVP. Mit einer atemberaubenden Wendigkeit in ihren Positionen "
         "zu \"integrationsunwilligen Muslimen\" einerseits und \"Integrationsförderung für Muslime\" andererseits geht die ÖVP "
         "auf Stimmenfang, kritisiert die Integrationssprecherin der Grünen-Wien, Alev Korun.")
KU_P2 = ("Noch am 5. Mai hat der Wiener ÖVP-Akademikerbund (Präsident ist Johannes Hahns Kurzzeiterfindung Franz Fiedler) "
         "einen rechts- und verfassungswidrigen Einbürgerungs- und Einwanderungsstopp nur für MuslimInnen gefordert, sollte ihr "
         "Anteil an der Gesamtbevölkerung 9,5 Prozent überschreiten. Korun: \"Die Unverschämtheit, mit der sich Johannes Hahn "
         "und die Integrationssprecherin Sirvan Ekici heute hinstellen und angebliche Integrationsmaßnahmen fordern, schlägt "
         "dem Fass nun wirklich den Boden aus. Sie sollten sich für die Aussagen ihrer Organisation entschuldigen\". "
         "\"Verräterisch\", so Korun weiter, ist auch die heutige Wortwahl Hahns, der wörtlich von \"Ghettos\" in Wien spricht. "
         "Korun: \"Es ist unverständlich, dass Hahn seine Kritik nicht an seine eigene Ministerin Elisabeth Gehrer richtet, die "
         "durch die LehrerInnen-Kürzung die Hauptschuld für die Situation in Wiens Schulen trägt.\"")
KU_P3 = ("\"Die junge ÖVP wiederum wieder will zwar nun plötzlich doch ein Wahlrecht für AusländerInnen, aber nur, wenn sie "
         "eine österreichische Schule oder Uni absolviert oder eine Sprachprüfung abgelegt haben. Will sie auch ÖsterreicherInnen "
         "das Wahlrecht entziehen, wenn sie keinen Schulabschluss haben oder staatsbürgerschaftliche Fragen nicht beantworten "
         "können?\", zeigt Korun die Absurdität der Forderung auf.")

add(id="ho577-ots-gruene-wien-2006-05-22-korun-hahn-hetz-parolen",
    title=KU_T,
    url="https://www.ots.at/presseaussendung/OTS_20060522_OTS0110/korun-hahn-soll-sich-fuer-hetz-parolen-entschuldigen",
    retrieved="same address (release on the APA-OTS service, 22 May 2006 by its OTS number; the stored copy breaks off at the "
              "first word of its fourth paragraph ('Koru'), before any contact block, under the plain 'Wien (OTS) -', and the "
              "sender is inferred from the release's own voice as the Grüne Wien: only 'die Integrationssprecherin der "
              "Grünen-Wien, Alev Korun' quoted, against the Wiener ÖVP and its Land chairman (rules 3190, 3250, 3390); the "
              "cut-off fourth paragraph dropped (rule 15); headline and subtitle kept as lines of their own as stored; the "
              "dateline kept at the start of the first paragraph; the published 'hahenbüchern', 'Was gilt jetzt\", fragt', "
              "the full stop after the closing mark ('entschuldigen\".'), 'Grünen-Wien' and 'wiederum wieder' kept (rule "
              "20))",
    license=APA_OTS_POLITICS,
    paras=[KU_SUB, KU_P1, KU_P2, KU_P3],
    # the headline quotation after the label `Korun:` is hers, the body giving her the demand that Hahn and Ekici apologise
    # (rules 26, 54, 107), and the bare subtitle quotation under that label is hers too, its words standing in no stored body
    # passage (rules 107, 3241); the quotation before `fragt sich die grüne Integrationssprecherin Alev Korun` is hers (rule
    # 44); the two marked terms in `in ihren Positionen zu "…" einerseits und "…" andererseits geht die ÖVP auf Stimmenfang`
    # are the ÖVP's, whose positions the sentence names by them, not Korun's, who is cued for the sentence (rule 3393); the
    # quotations after the verbless labels `Korun:` (twice) are hers (rule 9), the marked word before `so Korun weiter` hers
    # (rule 30), and the marked `"Ghettos"` after `die heutige Wortwahl Hahns, der wörtlich von … spricht` Hahn's (rules 3,
    # 58); the quotation before `zeigt Korun die Absurdität der Forderung auf` hers (rule 44); `Integrationssprecherin` names
    # Korun and Sirvan Ekici and is no alias (rule 44); the VP-Akademikerbund, Liese Prokop (`Prokop`), Franz Fiedler, Sirvan
    # Ekici, Elisabeth Gehrer and the junge ÖVP say nothing in marks
    quotes=[("\"Hahn soll sich für Hetz-Parolen entschuldigen\"", KORUN),
            (KU_SUB, KORUN),
            (cut(KU_P1, "\"Der VP", "Was gilt jetzt\""), KORUN),
            ("\"integrationsunwilligen Muslimen\"", OEVP),
            ("\"Integrationsförderung für Muslime\"", OEVP),
            (cut(KU_P2, "\"Die Unverschämtheit", "Organisation entschuldigen\""), KORUN),
            ("\"Verräterisch\"", KORUN),
            ("\"Ghettos\"", HAHN),
            (cut(KU_P2, "\"Es ist unverständlich", "Schulen trägt.\""), KORUN),
            (cut(KU_P3, "\"Die junge", "beantworten können?\""), KORUN)],
    aliases={KORUN: ["Alev Korun", "Korun"],
             OEVP: ["ÖVP"],
             HAHN: ["Johannes Hahn", "Hahn", "Hahns"]})

# --- APA-OTS, ÖVP-Klub der Bundeshauptstadt Wien, 21 June 2006: Alfred Hoch elected chairman of the ÖVP Favoriten ---

HO_T = "Obmannwechsel in der ÖVP Favoriten"
HO_SUB = "Gemeinderat Alfred Hoch folgt auf Georg Fuchs"
HO_P1 = ("Wien (VP-Klub) - \"Das Ziel ist eindeutig und klar: Die ÖVP muss wieder 2. im Bezirk werden und damit den "
         "Grundstein für eine bürgernahe Politik in Favoriten legen\", so der neu gewählte Bezirksparteiobmann LAbg. Alfred "
         "Hoch in einer ersten Stellungnahme.")
HO_P2 = ("Alfred Hoch wurde beim Bezirkstag der ÖVP Favoriten mit mehr als 86 Prozent Zustimmung zum neuen Obmann gewählt. Hoch "
         "folgt damit dem langjährigen Gemeinderat Georg Fuchs nach, der beim Bezirksparteitag nicht mehr angetreten war.")
HO_P3 = ("Derzeit laufe, so Hoch, in der Favoritner Politik einiges schief. \"So ist konzeptionelles Vorgehen bei der "
         "Entwicklung von ganzen Bezirksteilen, siehe Rothneusiedl, gar unerwünscht, für das Gebiet um den geplanten "
         "Zentralbahnhof gibt es nicht einmal ein notwendiges Verkehrskonzept und letztendlich werden Flächenwidmungspläne so "
         "gestaltet, dass Favoriten in einigen Jahren nur mehr eine Wohn- und Schlafstätte - ohne Arbeitsplätze - sein "
         "wird\", so Hoch. Es sei Aufgabe der Bezirksvorstehung, diesen Fehlentwicklungen entgegen zu wirken.")
HO_P4 = ("Eine starke ÖVP sei der Garant dafür, dass die Favoritner Politik bürgernäher werde und die Anliegen der Bevölkerung "
         "engagiert vertreten werden. Zudem werde sich die ÖVP Favoriten weiterhin intensiv für die Anliegen des Kleingewerbes "
         "und des Mittelstandes im Bezirk einsetzen, kündigt Hoch an.")
HO_P5 = ("Zu den Stellvertretern von Hoch wurden mit großen Mehrheiten der Klubobmann der ÖVP-Bezirksräte, Ing. Thomas Kohl, "
         "Bezirksrätin Karoline Plessl, Bezirksrat Mag. Ing. Peter Sittler sowie der Oberlaaer Landwirt Rudi Wieselthaler "
         "gewählt. \"Mit diesem jungen und engagierten Team werden wir in den nächsten Jahren die Speerspitze in der "
         "Bezirkspolitik sein, wenn es darum geht, die Lebensqualität im Bezirk zu erhöhen\", so Hoch abschließend.")

add(id="ho577-ots-oevp-klub-wien-2006-06-21-hoch-obmannwechsel-favoriten",
    title=HO_T,
    url="https://www.ots.at/presseaussendung/OTS_20060621_OTS0097/obmannwechsel-in-der-oevp-favoriten",
    retrieved="same address (release of the ÖVP's club in the Vienna Rathaus on the APA-OTS service, 21 June 2006 by its OTS "
              "number; the contact block 'ÖVP-Klub der Bundeshauptstadt Wien / Tel.: … / Fax: … / presse.', which the stored "
              "copy breaks off inside its last line before any footer, shows the sender and is dropped (rules 3250, 3310); "
              "headline and subtitle kept as lines of their own as stored; the club's dateline 'Wien (VP-Klub) -' kept at the "
              "start of the first paragraph (rules 3310, 3390); the published 'wieder 2. im Bezirk', 'Wohn- und Schlafstätte "
              "- ohne Arbeitsplätze -' and 'entgegen zu wirken' kept (rule 20); the body complete as stored; named as usable "
              "and left out in the SOURCES section of the 567th set)",
    license=APA_OTS_POLITICS,
    paras=[HO_SUB, HO_P1, HO_P2, HO_P3, HO_P4, HO_P5],
    # the quotations before `so der neu gewählte Bezirksparteiobmann LAbg. Alfred Hoch in einer ersten Stellungnahme`, `so
    # Hoch` and `so Hoch abschließend` are his (rules 30, 44); the quotation in the third paragraph follows his unmarked
    # Konjunktiv report with the inserted `so Hoch` and is closed by its own `so Hoch` (rule 5 for the report); `Gemeinderat`
    # names Hoch and Georg Fuchs and is no alias (rule 44); Georg Fuchs, Thomas Kohl, Karoline Plessl, Peter Sittler, Rudi
    # Wieselthaler and the Bezirksvorstehung say nothing
    quotes=[(cut(HO_P1, "\"Das Ziel", "Favoriten legen\""), HOCH),
            (cut(HO_P3, "\"So ist", "sein wird\""), HOCH),
            (cut(HO_P5, "\"Mit diesem", "zu erhöhen\""), HOCH)],
    aliases={HOCH: ["Alfred Hoch", "LAbg. Alfred Hoch", "Hoch"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 12 October 2007: Kickl on the BZÖ's 'Bündnis für ein sauberes Graz' ---

KI_T = "Kickl: Die Hunde bellen, die Karawane zieht weiter"
KI_P1 = ("Wien (OTS) - Amüsiert reagiert FPÖ-Generalsekretär NAbg Herbert Kickl auf die Jubelaussendung des BZÖ, der zufolge "
         "drei steirische FPÖ-Mandatare dem orangen \"Bündnis für ein sauberes Graz\" beigetreten wären. \"Reisende soll man "
         "nicht aufhalten, so Kickl, \"selbst wenn die Reise in die orange schimmernde, politische Leere führt.\"")

add(id="ho577-ots-fpoe-klub-2007-10-12-kickl-hunde-bellen",
    title=KI_T,
    url="https://www.ots.at/presseaussendung/OTS_20071012_OTS0185/kickl-die-hunde-bellen-die-karawane-zieht-weiter",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 12 October 2007 by its OTS "
              "number; the contact block 'Freiheitlicher Parlamentsklub' and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG "
              "UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | FPK0008' show the sender and are dropped "
              "(rules 3250, 3340); the headline kept as the first line, the release having no subtitle; the dateline kept at "
              "the start of its one paragraph; 'NAbg' without a full stop and the quotation whose first part has no closing "
              "mark before the inserted cue kept as published (rules 20, 3391); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KI_P1],
    # the name of the BZÖ's list in marks is null (rules 2, 24); the quotation that the inserted `so Kickl` interrupts has no
    # closing mark before the cue: its first part runs from its opening mark to the last word before the cue's comma, and
    # the part after the cue from its own opening mark to the closing mark, both Kickl's (rule 3391); the headline label
    # `Kickl:` has no marks (rule 5); `FPÖ-Generalsekretär` names the party and is no alias (rule 33); the BZÖ and the three
    # FPÖ-Mandatare say nothing
    quotes=[("\"Bündnis für ein sauberes Graz\"", None),
            ("\"Reisende soll man nicht aufhalten", KICKL),
            (cut(KI_P1, "\"selbst wenn", "Leere führt.\""), KICKL)],
    aliases={KICKL: ["Herbert Kickl", "NAbg Herbert Kickl", "Kickl"]})

# --- APA-OTS, ÖVP Margareten of the ÖVP Wien (inferred), 12 December 2013: Alexander Biach succeeds Marie-Luise Mojzis ---

BI_T = "ÖVP-Margareten: Alexander Biach zum neuen Bezirksparteiobmann gewählt"
BI_P1 = ("Wien (OTS) - Beim gestrigen Bezirksparteitag der ÖVP Margareten wurde Dr. Alexander Biach zum neuen "
         "Bezirksparteiobmann gewählt. Er folgt damit auf Klubobfrau Marie-Luise Mojzis, die die Geschicke der Bezirkspartei 12 "
         "Jahre lang geleitet hat.")
BI_P2 = ("Die scheidende Bezirksparteiobfrau gab in ihrer Rede einen Rückblick auf die vergangenen 12 Jahre. \"So ein Team, "
         "wie ich es hatte, kann man sich nur wünschen. Zusammen haben wir in diesen Jahren viel geleistet und meine Intention, "
         "in Margareten deutliche Spuren zu hinterlassen, hat sich erfüllt. Es war eine sehr spannende und schöne Zeit mit "
         "vielen positiven Erfahrungen. Es ist natürlich noch vieles offen und einiges zu tun. Alexander Biach ist prädestiniert "
         "dafür diese Dinge mit dem nötigen Elan anzugehen\", so Mojzis. Für ihre Verdienste wurde Marie-Luise Mojzis mit dem "
         "Goldenen Ehrenzeichen der ÖVP Wien ausgezeichnet.")
BI_P3 = ("\"Eine Belebung der Einkaufsstraßen, eine Stärkung des subjektiven Sicherheitsgefühls und der kinderfreundlichste "
         "Bezirk Wiens - das sind unsere drei Ziele für Margareten. Daran arbeiten wir mit vollem Einsatz und einem neuen, "
         "jungen und hoch motivierten Team\", brachte Alexander Biach sein Programm auf den Punkt. Biach, 40 Jahre alt, "
         "geborener Margaretner, promovierter Betriebswirt und Direktor des Wiener Wirtschaftsbundes kann dabei von einer "
         "guten Basis wegstarten. In überwältigender Einhelligkeit wurde das 20-köpfige junge Team gestern am bestens "
         "besuchten Parteitag gewählt. \"Ich spüre die Geschlossenheit und den ehrlich gemeinten Wunsch nach einem Aufbruch\" "
         "und Biach, der auf langjährige Erfahrung in Politik und Interessenvertretung verweisen kann, weiters: \"Dem werden "
         "wir auch entsprechen, weil der Einsatzwille und die Freude am Gespräch mit den Menschen stimmen.\"")

add(id="ho577-ots-oevp-margareten-2013-12-12-biach-mojzis-bezirksparteitag",
    title=BI_T,
    url="https://www.ots.at/presseaussendung/OTS_20131212_OTS0094/oevp-margareten-alexander-biach-zum-neuen-"
        "bezirksparteiobmann-gewaehlt",
    retrieved="same address (release on the APA-OTS service, 12 December 2013 by its OTS number; the crawl-date prefix ' date "
              "2018-03' before the headline dropped (rule 63); the stored copy breaks off inside its fourth paragraph ('\"Ich "
              "darf dem neuen Team rund um Alexander Biach '), before any contact block, under the plain 'Wien (OTS) -', and "
              "the sender is inferred from the release's own voice as the ÖVP Margareten, a district party of the ÖVP Wien: "
              "the headline label 'ÖVP-Margareten:' over the report of its own Bezirksparteitag, with only its outgoing and "
              "its new chairman quoted (rules 3250, 3310, 3390); the cut-off fourth paragraph dropped with the opening of a "
              "quotation whose speaker and cue are cut off (rules 15, 3310); the headline kept as the first line, the release "
              "having no subtitle; the dateline kept at the start of the first paragraph; the published 'prädestiniert dafür "
              "diese Dinge' without a comma, 'Betriebswirt und Direktor … kann' without a comma and the verbless "
              "'Aufbruch\" und Biach, …, weiters:' kept (rules 20, 3392))",
    license=APA_OTS_POLITICS,
    paras=[BI_P1, BI_P2, BI_P3],
    # the quotation after the narrator's sentence on `Die scheidende Bezirksparteiobfrau` and her speech, closed by `so
    # Mojzis`, is hers (rules 8, 30); the quotation before `brachte Alexander Biach sein Programm auf den Punkt` is his (rule
    # 44); the quotation before the verbless `und Biach, der …, weiters:` and the colon quotation after it are his (rule
    # 3392); `Bezirksparteiobfrau` names only Mojzis and `Bezirksparteiobmann` only Biach in the release and are aliases (rule
    # 44), `Klubobfrau` and `Direktor des Wiener Wirtschaftsbundes` are not listed (rule 33 for the second); the Team, the ÖVP
    # Wien and the Wiener Wirtschaftsbund say nothing
    quotes=[(cut(BI_P2, "\"So ein Team", "Elan anzugehen\""), MOJZIS),
            (cut(BI_P3, "\"Eine Belebung", "motivierten Team\""), BIACH),
            (cut(BI_P3, "\"Ich spüre", "einem Aufbruch\""), BIACH),
            (cut(BI_P3, "\"Dem werden", "Menschen stimmen.\""), BIACH)],
    aliases={MOJZIS: ["Marie-Luise Mojzis", "Mojzis", "Bezirksparteiobfrau"],
             BIACH: ["Alexander Biach", "Dr. Alexander Biach", "Biach", "Bezirksparteiobmann"]})

# --- APA-OTS, ÖVP Frauen (inferred), 25 March 2017: Dorothea Schittenhelm congratulates Johanna Mikl-Leitner ---

SC_T = ("Schittenhelm: Gratulation an die neue Landesparteiobfrau der Volkspartei Niederösterreich Johanna Mikl-Leitner")
SC_SUB = "Erste Frau an der Spitze der Volkspartei Niederösterreich – eindrucksvolle 98,5 Prozent Zustimmung"
SC_P1 = ("Wien (OTS) - \"Im Namen der ÖVP Frauen gratuliere ich Johanna Mikl-Leitner zu ihrer neuen Funktion als "
         "Landesparteiobfrau der Volkspartei Niederösterreich. Und ich gratuliere auch der Bezirksleiterin der ÖVP Frauen "
         "Mödling Andrea Kö, die zu ihrer Stellvertreterin gewählt wurde\", so ÖVP Frauen-Chefin Dorothea Schittenhelm "
         "anlässlich des heutigen 45. Ordentlichen Landesparteitages der VP NÖ. Besonders erfreut zeigt sich Schittenhelm "
         "darüber, dass \"erstmals eine Frau an der Spitze der Volkspartei Niederösterreich steht\" und insgesamt vier von den "
         "sechs Spitzenfunktionen von Frauen bekleidet werden.")
SC_P2 = ("\"Johanna Mikl-Leitner ist eine erfahrene, engagierte und umsetzungsstarke Politikerin, die in all ihren bisherigen "
         "Funktionen bewiesen hat, dass sie sowohl den notwendigen politischen Weitblick als auch den Umsetzungswillen für ihre "
         "neue Aufgabe besitzt\", so Schittenhelm weiter. Das eindrucksvolle Wahlergebnis sei \"ein klarer Vertrauensbeweis "
         "der Funktionärinnen und Funktionäre\" in die neue Landesparteiobfrau. \"Johanna Mikl-Leitner wird die Volkspartei "
         "Niederösterreich in eine erfolgreiche Zukunft weiterführen. Ich wünsche ihr und ihrem Team viel Kraft und Erfolg\", "
         "so Schittenhelm abschließend.")

add(id="ho577-ots-oevp-frauen-2017-03-25-schittenhelm-mikl-leitner",
    title=SC_T,
    url="http://www.ots.at/presseaussendung/OTS_20170325_OTS0047/schittenhelm-gratulation-an-die-neue-landesparteiobfrau-"
        "der-volkspartei-niederoesterreich-johanna-mikl-leitner",
    retrieved="same address (release on the APA-OTS service, 25 March 2017 by its OTS number; the crawl-date prefix ' date "
              "2017-03' before the headline dropped (rule 63); the stored copy ends after its second paragraph without a "
              "contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the "
              "ÖVP Frauen, the ÖVP's women's organisation: the headline label 'Schittenhelm:' and only its chairwoman quoted, "
              "congratulating 'Im Namen der ÖVP Frauen' (rules 3250, 3340, 3390); headline and subtitle, with its en dash, "
              "kept as lines of their own as stored; the dateline kept at the start of the first paragraph; used as stored, "
              "ending after a complete paragraph; named as usable and left out in the SOURCES section of the 567th set)",
    license=APA_OTS_POLITICS,
    paras=[SC_SUB, SC_P1, SC_P2],
    # the quotations before `so ÖVP Frauen-Chefin Dorothea Schittenhelm anlässlich …`, `so Schittenhelm weiter` and `so
    # Schittenhelm abschließend` are hers (rules 30, 44); the marked clause in `Besonders erfreut zeigt sich Schittenhelm
    # darüber, dass "…"` and the marked predicate of the Konjunktiv report `Das eindrucksvolle Wahlergebnis sei "…"`, which
    # continues her, are her partial quotations (rules 3, 25, 908); the headline label `Schittenhelm:` has no marks (rule
    # 5); `ÖVP Frauen-Chefin` names the organisation and is no alias (rule 33); Johanna Mikl-Leitner, Andrea Kö and the VP NÖ
    # say nothing
    quotes=[(cut(SC_P1, "\"Im Namen", "gewählt wurde\""), SCHITTENHELM),
            ("\"erstmals eine Frau an der Spitze der Volkspartei Niederösterreich steht\"", SCHITTENHELM),
            (cut(SC_P2, "\"Johanna Mikl-Leitner ist", "Aufgabe besitzt\""), SCHITTENHELM),
            ("\"ein klarer Vertrauensbeweis der Funktionärinnen und Funktionäre\"", SCHITTENHELM),
            (cut(SC_P2, "\"Johanna Mikl-Leitner wird", "Kraft und Erfolg\""), SCHITTENHELM)],
    aliases={SCHITTENHELM: ["Dorothea Schittenhelm", "Schittenhelm"]})

# --- APA-OTS, NEOS (inferred), 7 May 2018: Beate Meinl-Reisinger on Matthias Strolz's announced departure ---

ME_T = "Beate Meinl-Reisinger: Respekt und Dankbarkeit für Matthias Strolz"
ME_SUB = "\"Matthias Strolz lebt auch mit diesem Schritt den neuen Stil, für den NEOS stehen!\""
ME_P1 = ("Wien (OTS) - Mit großem Respekt und Dankbarkeit reagiert die stellvertretende NEOS-Bundesvorsitzende und NEOS "
         "Wien-Klubchefin Beate Meinl-Reisinger auf die Ankündigung der geordneten Übergabe von NEOS-Parteichef Matthias "
         "Strolz: „Ich respektiere diese persönliche Entscheidung von Matthias Strolz in höchstem Maß. Es gehört "
         "Entschlossenheit und Mut dazu, eine erfolgreiche Etappe abzuschließen und neue Wege einzuleiten. Matthias Strolz hat "
         "NEOS mit seiner Vision und Kraft aufgebaut und entscheidend geprägt. Nun lebt er auch in dieser Phase den neuen Stil "
         "vor, den wir als Bürger_innenbewegung in Österreich einbringen wollen. Ehrlich und transparent wollen wir in den "
         "verantwortlichen Gremien in den nächsten Tagen diskutieren, wie wir die nächste Etappe von NEOS gestalten wollen. Ich "
         "möchte Matthias Strolz meine persönliche Dankbarkeit aussprechen und von Herzen alles Gute auf dem weiteren Fluss des "
         "Lebens wünschen.“")

add(id="ho577-ots-neos-2018-05-07-meinl-reisinger-strolz",
    title=ME_T,
    url="https://www.ots.at/presseaussendung/OTS_20180507_OTS0115/beate-meinl-reisinger-respekt-und-dankbarkeit-fuer-"
        "matthias-strolz",
    retrieved="same address (release on the APA-OTS service, 7 May 2018 by its OTS number; the crawl-date prefix ' date "
              "2018-05' before the headline dropped (rule 63); the stored copy ends after its first paragraph without a "
              "contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the "
              "NEOS: the headline label of the party's deputy chairwoman and only she quoted, speaking for the party ('den "
              "wir als Bürger_innenbewegung … einbringen wollen') on its chairman's departure (rules 3310, 3390); headline "
              "and subtitle kept as lines of their own as stored; the dateline kept at the start of the first paragraph; the "
              "subtitle's ASCII marks beside the body's „…“ and 'Bürger_innenbewegung' kept (rule 20); used as stored, ending "
              "after a complete paragraph; named as usable and left out in the SOURCES section of the 567th set)",
    license=APA_OTS_POLITICS,
    paras=[ME_SUB, ME_P1],
    # the bare subtitle quotation under the headline label `Beate Meinl-Reisinger:` is hers, the body giving her the same
    # thought (`Nun lebt er auch in dieser Phase den neuen Stil vor`; rules 26, 107, 3241), although its words speak of
    # Strolz; the colon quotation after `reagiert … Beate Meinl-Reisinger auf die Ankündigung … von NEOS-Parteichef Matthias
    # Strolz:` is hers, the subject of the clause, not Strolz's, who is named right before the colon and spoken of (rules 9,
    # 3045); the role phrases with the party's name are no aliases (rule 33); Matthias Strolz says nothing
    quotes=[(ME_SUB, MEINL),
            (cut(ME_P1, "„Ich respektiere", "Lebens wünschen.“"), MEINL)],
    aliases={MEINL: ["Beate Meinl-Reisinger", "Meinl-Reisinger"]})
