# Five-hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout528-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2980-2984). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-twenty-eighth held-out set": nine releases of Austrian political
# parties, their Land organisations and parliamentary clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: three
# of the SPÖ (its press service: Werner Faymann thanking the Bundesparteitag for his re-election, November 2014; Gabriele
# Heinisch-Hosek and Andrea Brunner on Pamela Rendi-Wagner's election, September 2018; the Vienna SPÖ women: Marina Hanke
# and Nicole Berger Krotsch at the start of the campaign, September 2019), two of the ÖVP (its general secretary Laura
# Sachslehner on the NEOS, May 2022; the Kärntner Volkspartei on Josef Martinz's re-election at its Landesparteitag, with
# Wilhelm Molterer, October 2007), two of the FPÖ (the Freiheitlicher Parlamentsklub: Herbert Kickl against Hans Rauscher
# and the Standard, July 2012; the club of the Vienna FPÖ: Johann Gudenus on a caricature on Strache's Facebook page,
# August 2012), one of the Greens (Terezija Stoisits on Van Staa's 'Lagerfantasien', March 2007) and one of the NEOS club
# in the Vienna Rathaus (Christoph Wiederkehr on the SPÖ's balance, January 2019). Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture
# (crawl-date prefixes, the OTS marker '****', end marks, contact blocks and footers) is dropped (rules 48, 63, 460, 2570,
# 2980), hard-wrapped lines are joined (rules 48, 740, 2980), and each retrieval note names what was dropped.
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


FAYMANN = "Werner Faymann"
HEINISCH = "Gabriele Heinisch-Hosek"
HANKE = "Marina Hanke"
BERGER = "Nicole Berger Krotsch"
SACHSLEHNER = "Laura Sachslehner"
MOLTERER = "Wilhelm Molterer"
MARTINZ = "Josef Martinz"
KICKL = "Herbert Kickl"
RAUSCHER = "Hans Rauscher"
GUDENUS = "Johann Gudenus"
STOISITS = "Terezija Stoisits"
WIEDERKEHR = "Christoph Wiederkehr"

# --- APA-OTS, SPÖ-Bundesorganisation (Pressedienst), 28 November 2014: Faymann thanks the party congress ---

FA_T = "SPÖ-Bundesparteitag (8) - Faymann bedankt sich für Wiederwahl zum SPÖ-Vorsitzenden"
FA_P1 = ("Wien (OTS/SK) - Mit 84 Prozent wurde Bundeskanzler Werner Faymann am SPÖ-Bundesparteitag heute, Freitag, als "
         "Vorsitzender der SPÖ bestätigt. Der Kanzler bedankte sich bei den Delegierten für das entgegengebrachte Vertrauen "
         "und gratulierte den gewählten Mitgliedern von Präsidium und Vorstand zu deren Wahl. \"'Sozial denken. Lohnsteuer "
         "senken.' und sozialdemokratische Politik, das Herzstück unserer Arbeit, werde ich auch in Zukunft mit voller Kraft "
         "vorantreiben\", betonte Faymann. Das Ergebnis sei \"eine kleine Verbesserung\" zum letzten Parteitag, \"trotzdem "
         "weiß ich, dass ich noch viel an Überzeugungsarbeit zu leisten habe\". Der Koalitionspartner werde es ihm jedenfalls "
         "\"nicht schwer machen, zu zeigen, wo der sozialdemokratische Unterschied liegt\".")

add(id="ho528-ots-spoe-2014-11-28-faymann-wiederwahl-parteitag",
    title=FA_T,
    url="https://www.ots.at/presseaussendung/OTS_20141128_OTS0237/spoe-bundesparteitag-8-faymann-bedankt-sich-fuer-"
        "wiederwahl-zum-spoe-vorsitzenden",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 28 November 2014 by its OTS number; "
              "the dateline 'Wien (OTS/SK) -' and the contact block 'SPÖ-Bundesorganisation, Pressedienst' with the footer "
              "'NSK0014' show the sender; the dateline kept at the start of the paragraph; the continuation mark with the "
              "press officers' signs ' (Forts.) mo/mb' at the end of the paragraph, the contact block, the service line and "
              "the footer dropped (rules 2570, 2980); the part number '(8)' of the congress series kept in the headline as "
              "published; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[FA_P1],
    # the quotation before `betonte Faymann` is his, the campaign slogan in single ASCII marks at its start staying inside
    # his span (rules 52, 143, 2572); the two partial quotations in the Konjunktiv sentence `Das Ergebnis sei "…" zum
    # letzten Parteitag, "trotzdem weiß ich, …"` are his (rules 3, 25), and so is the marked phrase in the next Konjunktiv
    # sentence, whose subject is the coalition partner and whose `ihm` is Faymann (rule 2982); `Der Kanzler` and
    # `Bundeskanzler Werner Faymann` name only him (rule 44), the party office is not listed (rule 33)
    quotes=[(cut(FA_P1, "\"'Sozial", "vorantreiben\""), FAYMANN),
            ("\"eine kleine Verbesserung\"", FAYMANN),
            (cut(FA_P1, "\"trotzdem", "leisten habe\""), FAYMANN),
            (cut(FA_P1, "\"nicht schwer", "Unterschied liegt\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "Kanzler"]})

# --- APA-OTS, SPÖ-Bundesorganisation (Pressedienst), 25 September 2018: the SPÖ women on Rendi-Wagner's election ---

HB_T = ("Heinisch-Hosek/Brunner: Zum ersten Mal seit 130 Jahren ist eine Frau an der Spitze der Sozialdemokratie")
HB_SUB = ("Seite an Seite mit Pamela Rendi-Wagner gestalten wir die Zukunft und setzen uns gegen den schwarz-blauen "
          "Sozialabbau zur Wehr")
HB_P1 = ("Wien (OTS/SK) - „Zum ersten Mal seit 130 Jahren ist eine Frau an der Spitze der Sozialdemokratie. Das ist ein "
         "historischer Schritt. Wir gratulieren Pamela Rendi-Wagner herzlich“, sagen SPÖ-Bundesfrauenvorsitzende Gabriele "
         "Heinisch-Hosek und SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner heute, Dienstag, gegenüber dem "
         "SPÖ-Pressedienst.")
HB_P2 = ("„Gemeinsam sind wir stärker. Seite an Seite mit unserer Parteivorsitzenden setzen wir uns gegen den schwarz-blauen "
         "Sozialabbau zur Wehr. Mit aller Kraft arbeiten wir für eine gute Zukunft in diesem Land“, so die SPÖ-Frauen. "
         "„Pamela Rendi-Wagner war eine hervorragende Frauen- und Gesundheitsministerin. Frauenpolitik und soziale "
         "Gerechtigkeit sind ihr Herzensanliegen“, so Heinisch-Hosek und Brunner.")

add(id="ho528-ots-spoe-2018-09-25-heinisch-hosek-brunner-rendi-wagner",
    title=HB_T,
    url="https://www.ots.at/presseaussendung/OTS_20180925_OTS0232/heinisch-hosekbrunner-zum-ersten-mal-seit-130-jahren-ist-"
        "eine-frau-an-der-spitze-der-sozialdemokratie",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 25 September 2018 by its OTS number; "
              "the dateline 'Wien (OTS/SK) -' and the contact block 'SPÖ-Bundesorganisation, Pressedienst' show the sender; "
              "the crawl-date prefix ' date 2018-09' before the headline dropped (rule 63); headline and subtitle kept as "
              "lines of their own as stored; the OTS marker ' ****' after the first paragraph, the end mark ' (Schluss) eb' "
              "and the contact block dropped (rules 460, 2570, 2980); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HB_SUB, HB_P1, HB_P2],
    # the first quotation, before `sagen … Gabriele Heinisch-Hosek und … Andrea Brunner`, is a joint statement (rule 27);
    # the quotation before `so die SPÖ-Frauen` and the one before `so Heinisch-Hosek und Brunner` are the same two women's
    # (rule 2983): one canonical speaker for all three, the first-named, with the co-speaker and the joint form as
    # aliases; `SPÖ-Frauen` and the party offices are not listed (rules 33, 2983); the subtitle in the first person plural
    # and the headline label `Heinisch-Hosek/Brunner:` carry no marks (rule 5); Pamela Rendi-Wagner says nothing
    quotes=[(cut(HB_P1, "„Zum ersten", "herzlich“"), HEINISCH),
            (cut(HB_P2, "„Gemeinsam", "diesem Land“"), HEINISCH),
            (cut(HB_P2, "„Pamela", "Herzensanliegen“"), HEINISCH)],
    aliases={HEINISCH: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Andrea Brunner", "Brunner",
                        "Heinisch-Hosek und Brunner"]})

# --- APA-OTS, SPÖ Wien (the Vienna SPÖ women), 3 September 2019: Hanke and Berger Krotsch start the campaign ---

HA_T = "SPÖ Wien-Hanke: „SPÖ vertritt als einzige Partei die Interessen der Frauen in unserem Land\""
HA_SUB = "Wiener SPÖ-Frauen starten mit einer starken Stimme für Frauen in den Nationalratswahlkampf"
HA_P1 = ("Wien (OTS/SPW) - Am 29. September findet in Österreich die Nationalratswahl statt. Die Wiener SPÖ-Frauen und ihre "
         "Vorsitzende Marina Hanke starten mit einer starken Stimme für Frauen in den Wahlkampf. „Wir stehen für ein besseres "
         "Leben für alle Frauen: leistbares Wohnen, die Sicherung der öffentlichen Gesundheitsversorgung, ein würdevolles Leben "
         "im Alter mit bester Pflege, Klimaschutz, Arbeit, von der man leben kann, und die beste Bildung“, betont Hanke. „Wir "
         "werden die Wienerinnen überzeugen, dass die SPÖ die einzige Partei ist, die die Interessen der Frauen in unserem "
         "Land vertritt. Das zeigen nicht zuletzt die Erfolge bei der Karenzzeitenanrechnung und dem Papa-/Baby-Monat, die "
         "nach langem Einsatz der SPÖ beschlossen wurden. Gemeinsam werden wir klarmachen, dass wir rechten und konservativen "
         "Kräften nicht das Feld in unserem Land überlassen werden – denn sie bringen ausschließlich Rückschritte für die "
         "Frauen. Mit unserer SPÖ-Spitzenkandidatin Pamela Rendi-Wagner besteht zum ersten Mal die Chance, eine Frau zur "
         "Bundeskanzlerin zu wählen.“")
HA_P2 = ("Die Wiener SPÖ-Frauensekretärin, Landtagsabgeordnete Nicole Berger Krotsch ergänzt: „Mit unseren beiden Wiener "
         "Spitzenkandidatinnen Pamela Rendi-Wagner und Doris Bures auf der Wiener Landesliste sowie vielen weiteren "
         "Kandidatinnen in allen Regionalwahlkreisen stehen viele starke Frauen zur Wahl. Unterstützen wir sie gemeinsam in "
         "den nächsten Wochen und machen klar: Nur eine Stimme für die SPÖ ist eine Stimme für eine starke, feministische "
         "Frauenpolitik.“")

add(id="ho528-ots-spoe-wien-2019-09-03-hanke-berger-krotsch-wahlkampf",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20190903_OTS0019/spoe-wien-hanke-spoe-vertritt-als-einzige-partei-die-"
        "interessen-der-frauen-in-unserem-land",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 3 September 2019 by its OTS number; the "
              "stored copy ends inside a paragraph, before any contact block, and the sender is read from the dateline code "
              "'Wien (OTS/SPW) -' of the Vienna party, kept at the start of the first paragraph (rules 2570, 2980); the "
              "crawl-date prefix ' date 2019-09' before the headline dropped (rule 63); headline and subtitle kept as lines "
              "of their own as stored; the OTS marker ' ****' after the first paragraph dropped (rule 460); the third "
              "paragraph ('Deshalb werden im Nationalratswahlkampf unter dem Motto \"Menschlichkeit siegt! Eine starke Stimme "
              "für Frauen\" mit geballter Kraft mehrere Straßen'), cut off in the stored copy, dropped with the motto in it "
              "(rule 15); the headline's typographic opening and ASCII closing mark kept as published (rules 20, 21))",
    license=APA_OTS_POLITICS,
    paras=[HA_SUB, HA_P1, HA_P2],
    # the headline `SPÖ Wien-Hanke: „…"` gives its quotation, with mixed marks, one span, to Hanke (rules 21, 54, 2583),
    # the body's second quotation holding the same claim in other words (rule 26); the quotation before `betont Hanke` is
    # hers and the cue-less one after it continues her (NOTES.md continuation); the colon quotation after `Die Wiener
    # SPÖ-Frauensekretärin, Landtagsabgeordnete Nicole Berger Krotsch ergänzt:` is hers (rule 9); the label `SPÖ
    # Wien-Hanke` and the role phrases with the party's or the city's name are no aliases (rules 33, 2583); Pamela
    # Rendi-Wagner and Doris Bures, named inside the quotations, say nothing
    quotes=[("„SPÖ vertritt als einzige Partei die Interessen der Frauen in unserem Land\"", HANKE),
            (cut(HA_P1, "„Wir stehen", "Bildung“"), HANKE),
            (cut(HA_P1, "„Wir werden", "wählen.“"), HANKE),
            (cut(HA_P2, "„Mit unseren", "Frauenpolitik.“"), BERGER)],
    aliases={HANKE: ["Marina Hanke", "Hanke"],
             BERGER: ["Nicole Berger Krotsch", "Landtagsabgeordnete Nicole Berger Krotsch"]})

# --- APA-OTS, ÖVP Bundespartei (inferred), 3 May 2022: Sachslehner on the NEOS' criticism ---

SA_T = "Sachslehner: „NEOS-Kritik ist angesichts der Tatenlosigkeit in Wien nicht ernst zu nehmen“"
SA_SUB = "NEOS machen keine Anstalten, die Inseratenvergabe der Stadt Wien transparenter und sparsamer zu gestalten"
SA_P1 = ("Wien (OTS) - „Die heutige Kritik der NEOS ist angesichts ihrer eigenen Tatenlosigkeit in Wien nicht ernst zu nehmen. "
         "Wenn Parteichefin Beate Meinl-Reisinger ein ehrliches Interesse daran hätte, die Inseratenpolitik in Österreich "
         "grundlegend zu verändern, müsste sie ihr erster Weg zu ihrem Parteifreund, Wiens Vizebürgermeister, Christoph "
         "Wiederkehr führen. Dieser regiert in Wien gemeinsam mit der Sozialdemokratie - deren Erbsünde die Inseratenpolitik "
         "laut Ex-Bundeskanzler Christian Kern ist - und macht keine Anstalten, die Inseratenvergabe der Bundeshauptstadt "
         "transparenter und sparsamer zu gestalten“, so die Generalsekretärin der Volkspartei, Laura Sachslehner, zu den "
         "Wortmeldungen von NEOS-Chefin Beate Meinl-Reisinger.")
SA_P2 = ("Zudem zeige ein weiterer aktueller Fall, dass die NEOS-Regierungsbeteiligung in Wien keine Transparenz bringt, so "
         "Sachslehner: „Da die rot-pinke Stadtregierung darauf verzichtet hat, wegen der Ausschreibung für die Durchführung "
         "von PCR-Tests die zuständigen Gremien zu befassen, war die Vorgangsweise der Stadt laut einem Gutachten "
         "rechtswidrig. Es muss den NEOS doch peinlich sein, dass sie im Wahlkampf andauernd Transparenz versprochen haben, "
         "nun aber rein gar nichts davon umsetzen.“")

add(id="ho528-ots-oevp-2022-05-03-sachslehner-neos-kritik",
    title=SA_T,
    url="https://www.ots.at/presseaussendung/OTS_20220503_OTS0194/sachslehner-neos-kritik-ist-angesichts-der-tatenlosigkeit-"
        "in-wien-nicht-ernst-zu-nehmen",
    retrieved="same address (release on the APA-OTS service, 3 May 2022 by its OTS number; the stored copy ends after the "
              "second paragraph, before any contact block, and the sender is inferred as the ÖVP's federal party from the "
              "release's own voice: its headline label names the party's general secretary and the body quotes only her, "
              "introduced as `die Generalsekretärin der Volkspartei` (rules 2850, 2980); the crawl-date prefix ' date "
              "2022-05' before the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; "
              "the dateline 'Wien (OTS) -' run into the first paragraph kept; the published 'müsste sie ihr erster Weg' kept "
              "(rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SA_SUB, SA_P1, SA_P2],
    # the headline label `Sachslehner: „…“` gives its quotation to her (rule 54), the body's first quotation holding the
    # same words (rule 26); the quotation before `so die Generalsekretärin der Volkspartei, Laura Sachslehner, zu den
    # Wortmeldungen von NEOS-Chefin Beate Meinl-Reisinger` is hers, the NEOS chair being the one answered (rules 12, 44);
    # the colon after the Konjunktiv sentence closed by `so Sachslehner:` opens her words (rule 9); the role phrase with
    # the party's name is no alias (rule 33); Beate Meinl-Reisinger, Christoph Wiederkehr and Christian Kern, named inside
    # or around her quotation, say nothing in marks
    quotes=[("„NEOS-Kritik ist angesichts der Tatenlosigkeit in Wien nicht ernst zu nehmen“", SACHSLEHNER),
            (cut(SA_P1, "„Die heutige", "zu gestalten“"), SACHSLEHNER),
            (cut(SA_P2, "„Da die", "umsetzen.“"), SACHSLEHNER)],
    aliases={SACHSLEHNER: ["Laura Sachslehner", "Sachslehner"]})

# --- APA-OTS, Kärntner Volkspartei, 5 October 2007: Martinz re-elected at the 30th Landesparteitag ---

MA_T = ("Über 1.100 Teilnehmer am 30. Landesparteitag. Überwältigende Zustimmung für Landesparteiobmann Martinz.")
MA_P1 = ("Klagenfurt (OTS) - Landesparteiobmann LR Dr. Josef Martinz wurde am 30. ordentlichen Parteitag der ÖVP Kärnten in "
         "Klagenfurt mit 93,89 % der Delegiertenstimmen erneut zum Vorsitzenden der ÖVP Kärnten gewählt.")
MA_P2 = ("Die ersten Gratulationen nahm Martinz von Vize-Kanzler Wilhelm Molterer und BM Andrea Kdolsky entgegen. Molterer: "
         "\"Hier präsentiert sich heute eine siegeswillige Partei. Sie ist kampfbereit, einig und geschlossen!\" Auch Kdolsky "
         "bestätigte, dass der Parteitag der ÖVP Kärnten ein Dokument für Stimmung, Kraft und Dynamik sei.")
MA_P3 = ("Martinz selbst sieht in diesem Wahlergebnis eine Bestätigung der Politik der ÖVP Kärnten, und stellt mit "
         "Seitenhieben auf BZÖ und SPÖ fest: \"Kärnten hat eine bessere und verlässlichere Politik verdient. Die ÖVP Kärnten "
         "ist der Garant für eine verlässliche, bürgernahe Politik.\". Wer die ÖVP auslöschen wolle, habe sich getäuscht, gab "
         "er den Teilnehmern des Parteitages mit auf den Weg.")
MA_P4 = ("Die über 1.1000 Freunde der ÖVP zeigten sich von der Inszenierung des Parteitages begeistert. Selbst Hausherr Bgm. "
         "Harald Scheucher zeigte sich in seiner Rede überwältigt vom Ambiente und der Ausstattung der Messehalle 2, in der "
         "der Parteitag der ÖVP diesmal stattgefunden hat.")

add(id="ho528-ots-oevp-kaernten-2007-10-05-martinz-landesparteitag",
    title=MA_T,
    url="https://www.ots.at/presseaussendung/OTS_20071005_OTS0296/oevp-kaernten-martinz-mit-9389-wiedergewaehlt",
    retrieved="same address (release of the Kärntner Volkspartei on the APA-OTS service, 5 October 2007 by its OTS number; "
              "the contact block 'Kärntner Volkspartei' with an oevpkaernten.at address and the footer 'OVK' show the sender; "
              "the stored copy begins with the release's subtitle, which is the first line; the headline of the address slug "
              "('ÖVP Kärnten: Martinz mit 93,89% wiedergewählt') is not in the stored copy and is not supplied (rules 18, 32, "
              "2980); the copy is hard-wrapped at about 70 characters without empty lines: the wrapped lines are joined with "
              "a space (also '93,89' / '%') and a paragraph break is kept only where a line ends a sentence short of the "
              "width and the next word would have fitted (rules 740, 2980); the end mark '(Schluss)', the contact block, the "
              "service line and the footer dropped (rule 2570); the published '1.1000', 'Vize-Kanzler' and 'Politik.\".' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[MA_P1, MA_P2, MA_P3, MA_P4],
    # the label `Molterer: "…"` after the sentence in which Martinz receives the congratulations of Molterer and Kdolsky
    # is Molterer's (rules 9, 54: the label names the speaker, not the subject of the sentence before); Kdolsky's
    # congratulation is reported without marks (rule 5); the colon quotation after `Martinz selbst … stellt mit
    # Seitenhieben auf BZÖ und SPÖ fest:` is his (rule 9), the span ending at the closing mark before the published full
    # stop; `Landesparteiobmann`, which names only him, is an alias (rule 44); the host Harald Scheucher, whose speech is
    # reported without marks, says nothing in marks
    quotes=[(cut(MA_P2, "\"Hier", "geschlossen!\""), MOLTERER),
            (cut(MA_P3, "\"Kärnten hat", "Politik.\""), MARTINZ)],
    aliases={MOLTERER: ["Wilhelm Molterer", "Vize-Kanzler Wilhelm Molterer", "Molterer"],
             MARTINZ: ["Josef Martinz", "Dr. Josef Martinz", "Martinz", "Landesparteiobmann Martinz",
                       "Landesparteiobmann"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 12 July 2012: Kickl against Hans Rauscher and the Standard ---

KI_T = "FPÖ-Kickl: FPÖ wird gerichtlich gegen Standard und \"Substandard-Rauscher\" vorgehen"
KI_P1 = ("Wien (OTS) - \"Was sich Hans Rauscher im gestrigen Standard in seinem Feldzug gegen die FPö erlaubt hat, schlägt dem "
         "Fass den Boden aus\", kommentierte der freiheitliche Generalsekretär NAbg. Herbert Kickl den jenseitigen Artikel "
         "des Standard Schreiberlings auf Substandard-Niveau.")
KI_P2 = ("Auf Seite 35 des rosa Papiers sondert Substandard-Rauscher folgenden Satz ab: \"Der Sauberkeitsnimbus der FPÖ "
         "stammt daher, dass diese Nachfolgepartei der NSDAP (die den größten Raubmord der Weltgeschichte zu verantworten "
         "hatte) jahrzehntelang von der Macht ferngehalten wurde.\"")
KI_P3 = ("\"Dieser Satz enthält gleich mehrere klagbare Tatbestände, die die FPÖ auch vor Gericht gegen Medium und Verfasser "
         "geltend machen wird\", kündigte Kickl Klagen an. \"Der FPÖ-Hass des Herrn Rauscher hat bereits derartige "
         "Dimensionen erreicht, dass wir ihm schon allein aus Mitleid heraus nahe legen müssen, sich zur Behandlung in die "
         "Hände von Fachleuten zu begeben\", so Kickl, für den sich Rauscher nun endgültig zur jener Karikatur eines "
         "ernsthaften Journalisten gemacht habe, für die er schon länger gehalten wurde.")

add(id="ho528-ots-fpoe-2012-07-12-kickl-substandard-rauscher",
    title=KI_T,
    url="https://www.ots.at/presseaussendung/OTS_20120712_OTS0059/fpoe-kickl-fpoe-wird-gerichtlich-gegen-standard-und-"
        "substandard-rauscher-vorgehen",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 12 July 2012 by its OTS "
              "number; the contact block 'Freiheitlicher Parlamentsklub' and the footer 'FPK0002' show the sender; the "
              "dateline 'Wien (OTS) -' kept at the start of the first paragraph; the hard line break inside the first "
              "sentence ('in' / 'seinem') joined with a space (rules 48, 740); the contact block, the service line and the "
              "footer dropped (rule 2570); the published 'FPö', 'Standard Schreiberlings', 'nahe legen' and 'zur jener "
              "Karikatur' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KI_P1, KI_P2, KI_P3],
    # the headline's marked nickname after the label `FPÖ-Kickl:` is Kickl's coinage, and the sentence after the colon cue
    # `sondert Substandard-Rauscher folgenden Satz ab:` is the columnist's written words (rule 2981); the teaser quotation
    # before `kommentierte der freiheitliche Generalsekretär NAbg. Herbert Kickl` and the quotations before `kündigte Kickl
    # Klagen an` and `so Kickl` are his (rules 30, 44); the headline label `FPÖ-Kickl` and `Generalsekretär` with the
    # party adjective are no aliases (rules 33, 2583); the Standard, named without marks, says nothing
    quotes=[("\"Substandard-Rauscher\"", KICKL),
            (cut(KI_P1, "\"Was sich", "Boden aus\""), KICKL),
            (cut(KI_P2, "\"Der Sauberkeitsnimbus", "ferngehalten wurde.\""), RAUSCHER),
            (cut(KI_P3, "\"Dieser Satz", "machen wird\""), KICKL),
            (cut(KI_P3, "\"Der FPÖ-Hass", "zu begeben\""), KICKL)],
    aliases={KICKL: ["Herbert Kickl", "Kickl"],
             RAUSCHER: ["Hans Rauscher", "Rauscher", "Substandard-Rauscher"]})

# --- APA-OTS, Klub der Freiheitlichen (Vienna), 20 August 2012: Gudenus on the caricature on Strache's Facebook page ---

GU_T = "Linke Jagdgesellschaft bläst in Nachrichten-Sommerflaute erneut zum Halali auf FPÖ-Chef"
GU_P1 = ("Wien (OTS/fpd) - \"Einfach lächerlich\", kommentiert Wiens FPÖ-Klubchef und stellvertretender Bundesparteiobmann "
         "Mag. Johann Gudenus die künstliche Aufregung um eine vermeintlich antisemitische Karikatur auf der Facebook-Seite "
         "von FPÖ-Chef Heinz-Christian Strache. Aus den Anti-FPÖ-Hetzern spreche der pure Neid auf einen nicht nur bei "
         "Wahlen erfolgreichen Politiker. Gudenus erinnert: \"Strache liegt ja auch bei seiner Facebook-Fanseite unter den "
         "europäischen Politikern ganz vorne.\"")
GU_P2 = ("Gudenus ist zudem davon überzeugt, dass das Anpatzen der FPÖ und deren Parteiobmann auch den Hetzern keinerlei "
         "Vorteile bringt: \"Die Bürger, die sich mit einer Gebührenlawine, dem Ausverkauf der Heimat und einer "
         "Entdemokratisierung konfrontiert sehen, haben beileibe andere Probleme, als solche obskuren und unappetitlichen "
         "Polit-Spielchen.\"")

add(id="ho528-ots-fpoe-wien-2012-08-20-gudenus-antisemitismus-vorwurf",
    title=GU_T,
    url="https://www.ots.at/presseaussendung/OTS_20120820_OTS0101/fp-gudenus-antisemitismus-vorwurf-ist-laecherlich",
    retrieved="same address (release of the FPÖ's club in the Vienna Landtag on the APA-OTS service, 20 August 2012 by its OTS "
              "number; the dateline code 'Wien (OTS/fpd) -', kept at the start of the first paragraph, and the contact "
              "block 'Klub der Freiheitlichen, Pressestelle' with a Vienna Rathaus telephone number and the footer 'NFW' "
              "show the sender; the stored copy begins with the release's subtitle, which is the first line; the headline "
              "of the address slug ('FP-Gudenus: Antisemitismus-Vorwurf ist lächerlich') is not in the stored copy and is "
              "not supplied (rules 18, 32, 2980); the copy is hard-wrapped at about 70 characters without empty lines: the "
              "wrapped lines are joined with a space and a paragraph break is kept only where a line ends a sentence short "
              "of the width and the next word would have fitted (rules 740, 2980); the end mark '(Schluss)', the contact "
              "block, the service line and the footer dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GU_P1, GU_P2],
    # the teaser quotation before `kommentiert Wiens FPÖ-Klubchef und stellvertretender Bundesparteiobmann Mag. Johann
    # Gudenus` is his (rule 44), the colon quotation after `Gudenus erinnert:` too (rule 9), and so is the colon quotation
    # after the sentence `Gudenus ist zudem davon überzeugt, dass …:`, whose subject is he and whose stance phrase announces it (rules 9, 856); the role
    # phrases with the party's or the city's name are no aliases (rule 33); Heinz-Christian Strache says nothing
    quotes=[("\"Einfach lächerlich\"", GUDENUS),
            (cut(GU_P1, "\"Strache liegt", "vorne.\""), GUDENUS),
            (cut(GU_P2, "\"Die Bürger", "Polit-Spielchen.\""), GUDENUS)],
    aliases={GUDENUS: ["Johann Gudenus", "Mag. Johann Gudenus", "Gudenus"]})

# --- APA-OTS, Die Grünen, 1 March 2007: Stoisits on the ÖVP adopting Van Staa's 'Lagerfantasien' ---

ST_T = "Stoisits: ÖVP übernimmt Van Staas \"Lagerfantasien\" als Parteiposition"
ST_SUB = "Grüne offenbar einzig verbliebene Verteidiger der Menschenrechte in Österreich"
ST_P1 = ("Wien (OTS) - \"Als unfassbar\", bezeichnete die Menschenrechtssprecherin der Grünen, Terezija Stoisits die Tatsache, "
         "dass die ÖVP als Gesamtes nun die \"unsäglichen Lagerfantasien\" des Tiroler Landeshauptmanns Van Staa zu ihrer "
         "Parteiposition macht. Sie überschreitet damit die Grenze der Rechtsstaatlichkeit. Als \"unerträglich\" bezeichnete "
         "sie die Sprachwahl. Derartige Diktion kenne man ausschließlich aus FPÖ und BZÖ befleißigen, erklärte Stoisits. Die "
         "Menschenrechtssprecherin stellte noch einmal klar: \"Wenn jemand ein Delikt begangen hat und verurteilt ist, dann "
         "muss er seine Strafe verbüßen - gleichgültig ob AsylwerberIn oder nicht.\"")

add(id="ho528-ots-gruene-2007-03-01-stoisits-lagerfantasien",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20070301_OTS0276/stoisits-oevp-uebernimmt-van-staas-lagerfantasien-als-"
        "parteiposition",
    retrieved="same address (release of the Greens on the APA-OTS service, 1 March 2007 by its OTS number; the contact block "
              "'Die Grünen' with a gruene.at address and the footer 'FMB0008' show the sender; headline and subtitle kept as "
              "lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of the paragraph; the single "
              "stored line break after the colon cue 'stellte noch einmal klar:' joined with a space as a break inside the "
              "paragraph (rules 740, 2980); the contact block, the service line and the footer dropped (rule 2570); the "
              "published 'Terezija Stoisits die Tatsache' without a comma, 'kenne man ausschließlich aus FPÖ und BZÖ "
              "befleißigen' and 'AsylwerberIn' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1],
    # the headline's marked label for the Land governor's ideas after `Stoisits:` and the same label in the body's
    # dass-clause are hers (rule 2984); `"Als unfassbar", bezeichnete … Terezija Stoisits …` and `Als "unerträglich"
    # bezeichnete sie` are hers (rules 3, 8), the first span including the `Als` that the release sets inside the marks
    # (rules 1, 20); the colon quotation after `Die Menschenrechtssprecherin stellte noch einmal klar:` is hers (rules 9,
    # 30); `Menschenrechtssprecherin` names only her (rule 44), `Menschenrechtssprecherin der Grünen` names the party and
    # is not listed (rule 33); Van Staa says nothing in marks
    quotes=[("\"Lagerfantasien\"", STOISITS),
            ("\"Als unfassbar\"", STOISITS),
            ("\"unsäglichen Lagerfantasien\"", STOISITS),
            ("\"unerträglich\"", STOISITS),
            (cut(ST_P1, "\"Wenn jemand", "oder nicht.\""), STOISITS)],
    aliases={STOISITS: ["Terezija Stoisits", "Stoisits", "Menschenrechtssprecherin"]})

# --- APA-OTS, NEOS - Klub im Wiener Rathaus (inferred), 21 January 2019: Wiederkehr on the SPÖ's balance ---

WI_T = "NEOS Wien/Wiederkehr: Selbstverliebter Auftritt der SPÖ"
WI_SUB = "Christoph Wiederkehr: „Es darf nicht bei reiner Ankündigungspolitik bleiben.“"
WI_P1 = ("Wien (OTS) - Das SPÖ-Stadtregierungsteam hat heute unter dem Motto „Zusammen sind wir Wien“, überraschenderweise "
         "ohne den grünen Koalitionspartner, eine Arbeitsbilanz gezogen. „Die SPÖ hat heute eine reine Lobeshymne auf sich "
         "selbst gehalten und in ihrer Leistungsschau durch die rosarote Brille kaum kritische Zukunftsszenarien für diese "
         "Stadt in Erwägung gezogen“, so NEOS Wien Klubobmann Christoph Wiederkehr.")
WI_P2 = ("„Bislang hat die SPÖ nur mit ihrer Ankündigungspolitik geglänzt, wir wollen nun aber endlich Taten sehen. Man hat "
         "sich schon viel zu lange auf dem Titel der lebenswertesten Stadt ausgeruht – dadurch ist bereits viel Zeit verloren "
         "gegangen“, so Wiederkehr abschließend.")

add(id="ho528-ots-neos-wien-2019-01-21-wiederkehr-selbstverliebter-auftritt",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20190121_OTS0089/neos-wienwiederkehr-selbstverliebter-auftritt-der-spoe",
    retrieved="same address (release on the APA-OTS service, 21 January 2019 by its OTS number; the stored copy ends after the "
              "second paragraph, before any contact block, and the sender is inferred as the NEOS club in the Vienna Rathaus "
              "from the release's own voice: the headline label 'NEOS Wien/Wiederkehr:' and a body that quotes only the "
              "club's chairman, closing with `so Wiederkehr abschließend` (rules 2850, 2980); headline and subtitle kept as "
              "lines of their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph kept)",
    license=APA_OTS_POLITICS,
    paras=[WI_SUB, WI_P1, WI_P2],
    # the subtitle label `Christoph Wiederkehr: „…“` gives its quotation to him (rule 54), the body's second quotation
    # taking up its `Ankündigungspolitik` (rule 26); the SPÖ team's motto `unter dem Motto „Zusammen sind wir Wien“` is
    # null (rule 24); the quotations before `so NEOS Wien Klubobmann Christoph Wiederkehr` and `so Wiederkehr abschließend`
    # are his (rules 30, 44); the headline label `NEOS Wien/Wiederkehr` and the role phrase with the party's and the
    # city's name are no aliases (rules 33, 2583)
    quotes=[("„Es darf nicht bei reiner Ankündigungspolitik bleiben.“", WIEDERKEHR),
            ("„Zusammen sind wir Wien“", None),
            (cut(WI_P1, "„Die SPÖ hat", "Erwägung gezogen“"), WIEDERKEHR),
            (cut(WI_P2, "„Bislang", "verloren gegangen“"), WIEDERKEHR)],
    aliases={WIEDERKEHR: ["Christoph Wiederkehr", "Wiederkehr"]})
