# Seven-hundred-and-nineteenth held-out German real-news set (tests/data/heldout719-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4460-4463). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout720-heldout726). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-nineteenth held-out set": nine releases of Austrian parties, their press
# services, clubs and organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the ÖVP's press service for the
# ÖVP-Frauen (Franz Steindl, Christine Marek and Doris Pack at the women's evening in Eisenstadt, March 2010), the ÖAAB (August
# Wöginger and Christoph Zarits on Sebastian Kurz's re-election, August 2021), the Freiheitlicher Landtagsklub in Kärnten (Kurt
# Scheuch on a remark of Josef Martinz after the national election, October 2006), the BZÖ Kärnten (Stefan Petzner on the SPÖ
# Klagenfurt, August 2007), the FPÖ's press service for the Ring Freiheitlicher Jugend (Udo Landbauer on Sebastian Kurz, April
# 2013), the ÖVP's Bundesrat group (Karl Bader on the women in his group, March 2021), the Greens' club in the Lower Austrian
# Landtag (Helga Krismer on Landesrat Plank, September 2004), the SPÖ Kärnten (Hans-Peter Schlagholz against Gernot Darmann,
# January 2010) and the Freiheitlicher Parlamentsklub (Mario Kunasek on Hermann Schützenhöfer's re-election, March 2013). Stored
# copies are the `search` tool's `pages` excerpts; eight release bodies are complete in them, one is cut off inside its last
# stored paragraph, which is dropped (rule 15); the wire furniture (crawl-date prefixes, the OTS marker `****`, end marks, contact
# blocks, service lines and footers) is dropped and one single stored line break is joined (rules 63, 460, 3050, 4170, 4460);
# each retrieval note names what was dropped.
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


STEINDL = "Franz Steindl"
MAREK = "Christine Marek"
PACK = "Doris Pack"
WOEGINGER = "August Wöginger"
ZARITS = "Christoph Zarits"
SCHEUCH = "Kurt Scheuch"
MARTINZ = "Josef Martinz"
PETZNER = "Stefan Petzner"
LANDBAUER = "Udo Landbauer"
BADER = "Karl Bader"
KRISMER = "Helga Krismer"
SCHLAGHOLZ = "Hans-Peter Schlagholz"
KUNASEK = "Mario Kunasek"

# --- APA-OTS, Pressedienst der ÖVP for the ÖVP-Frauen, 5 March 2010: the women's evening "Frauen für Frauen" in Eisenstadt ---

FF_T = "ÖVP-Frauen: Ein klares Bekenntnis zur Quote"
FF_SUB = "Beeindruckende Veranstaltung zum Internationalen Frauentag"
FF_P1 = ("Wien, 05. März 2010 (ÖVP-PD) Anlässlich des Internationalen Frauentages am kommenden Montag, den 8.März, "
         "veranstalteten die ÖVP-Frauen gestern einen beeindruckenden Abend „Frauen für Frauen“ in Eisenstadt.")
FF_P2 = ("Die Landesleiterin der burgenländischen Frauen Abg. z.NR a.D. Edeltraud Lentsch forderte in ihren Begrüßungsworten "
         "dezidiert eine verpflichtende Quote mit Sanktionen für Frauen in der Politik. Auch Landeshauptmann-Stellvertrter Franz "
         "Steindl wies auf die Bedeutung der Frauen hin: „Sie bringen die Bandbreite der Meinungen ein, machen den Regenbogen "
         "der Vielfalt in allen Themenbereichen aus.“")
FF_P3 = ("Staatssekretärin Christine Marek, die nächste Woche auch zur Landesparteiobfrau der ÖVP-Wien gewählt wird, stellte "
         "fest, dass bereits jetzt keine Partei so strikte Quoten besitzt, wie die ÖVP „nach Bünden und Regionen. Da kann doch "
         "erwartet werden, dass auch die gerechte Beteiligung der Geschlechter Wirklichkeit wird“, so Marek.")
FF_P4 = ("Das Hauptreferat, dem weit über zweihundert Frauen großen Beifall spendeten, hielt die Präsidentin der Frauen in der "
         "Europäischen Volkspartei, Doris Pack. Die deutsche Abgeordnete zum Europäischen Parlament war für diese "
         "Veranstaltung aus Budapest angereist. Auch sie sprach sich für eine 50-prozentige Beteiligung der Frauen an allen "
         "Entscheidungsprozessen in Europa aus und ermutigte die Frauen, sich auch zur Macht zu bekennen. „Animieren Sie auch "
         "die Frauen auf lokaler Ebene zu kandidieren. Männer fragen nicht, warum sie nur aus Proporzgründen einen Platz "
         "bekommen, sie nehmen ihn einfach. Politik ist das Engagement von allen für alle, da braucht es auch die Frauen. Sie "
         "ist wie ein Vogel, er kann nur fliegen, wenn beide Flügel gut entwickelt sind.“")

add(id="ho719-ots-oevp-frauen-2010-03-05-quote-eisenstadt",
    title=FF_T,
    url="https://www.ots.at/presseaussendung/OTS_20100305_OTS0250/oevp-frauen-ein-klares-bekenntnis-zur-quote",
    retrieved="same address (release of the ÖVP's press service for the ÖVP-Frauen on the APA-OTS service, 5 March 2010 by its "
              "OTS number and its date line 'Wien, 05. März 2010 (ÖVP-PD)', kept at the start of the first paragraph without a "
              "dash as stored; the stored copy breaks off before any contact block, so the sender is inferred from the "
              "dateline code 'ÖVP-PD' and the release's own voice, the party's women's organisation reporting its own evening "
              "(rules 2581, 4460); the OTS marker ' ****' after the first paragraph dropped (rule 460); headline and subtitle "
              "kept as lines of their own as stored; the fifth body paragraph, which the stored copy cuts off inside a sentence "
              "('… die dieser Tage stattfindet und von'), dropped with what it holds (rule 15); the published 'den 8.März' "
              "without a space, 'Landeshauptmann-Stellvertrter' and 'besitzt, wie die ÖVP' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[FF_SUB, FF_P1, FF_P2, FF_P3, FF_P4],
    # the evening's title after `einen beeindruckenden Abend` is null (rule 24); the headline after the label `ÖVP-Frauen:` and
    # the subtitle are unmarked (rule 5); Edeltraud Lentsch's demand is reported without marks and gives her no span; the colon
    # quotation after `Auch Landeshauptmann-Stellvertrter Franz Steindl wies auf die Bedeutung der Frauen hin:` is his (rule
    # 9); the quotation that opens inside the narrator's `dass`-clause on the ÖVP's quotas (`wie die ÖVP „nach Bünden und
    # Regionen.`) and runs on over a full sentence to `“, so Marek` is one span, hers (rules 3, 25, 30); the cue-less quotation
    # after the narrator's sentence `Auch sie sprach sich … aus und ermutigte die Frauen, …`, whose `sie` takes up Doris Pack,
    # is hers (rules 8, 30; NOTES.md continuation); Lentsch, the ÖVP-Frauen and the ÖVP say nothing in marks; `Staatssekretärin`
    # names only Marek and is an alias (rule 44); the role phrases with a party, a Land or a parliament (`Präsidentin der Frauen
    # in der Europäischen Volkspartei`, `deutsche Abgeordnete zum Europäischen Parlament`, `Landesleiterin der burgenländischen
    # Frauen`) are not (rule 33)
    quotes=[("„Frauen für Frauen“", None),
            (cut(FF_P2, "„Sie bringen", "Themenbereichen aus.“"), STEINDL),
            (cut(FF_P3, "„nach Bünden", "Wirklichkeit wird“"), MAREK),
            (cut(FF_P4, "„Animieren", "entwickelt sind.“"), PACK)],
    aliases={STEINDL: ["Franz Steindl", "Landeshauptmann-Stellvertrter Franz Steindl"],
             MAREK: ["Christine Marek", "Staatssekretärin Christine Marek", "Marek", "Staatssekretärin"],
             PACK: ["Doris Pack"]})

# --- APA-OTS, ÖAAB, 28 August 2021: Wöginger and Zarits on Sebastian Kurz's re-election as the ÖVP's chairman ---

WZ_T = "Wöginger/Zarits: Herzliche Gratulation an Sebastian Kurz und sein Team zur beeindruckenden Wiederwahl"
WZ_SUB = "Weiterhin volle Unterstützung des ÖAAB"
WZ_P1 = ("Wien (OTS) - „Sebastian Kurz steht für Klarheit, Kompetenz und Umsetzungsstärke, das hat er in den vergangenen Jahren "
         "beeindruckend bewiesen. Ich gratuliere ihm zu seiner heutigen Wiederwahl als ÖVP-Bundesparteiobmann und dem "
         "beeindruckenden Ergebnis von 99,4 Prozent. Das ist eine klare Steigerung zur Wahl im Jahr 2017. Und ich gratuliere "
         "auch seinen Stellvertreterinnen und Stellvertretern Veronika Marte, Barbara Eibinger-Miedl und Thomas Stelzer“, so "
         "ÖAAB-Bundesobmann KO August Wöginger anlässlich des heutigen ÖVP-Bundesparteitages. „Mit Sebastian Kurz an der "
         "Spitze und seinem schlagkräftigen Team ist die neue Volkspartei bestens aufgestellt, um die aktuellen politischen "
         "Herausforderungen nach der Corona-Krise zu meistern und neue Perspektiven für die Zukunft unseres Landes zu "
         "erarbeiten.“")
WZ_P2 = ("ÖAAB-Generalsekretär Abg.z.NR Christoph Zarits schloss sich den Glückwünschen an: „Sebastian Kurz steht wie kein "
         "anderer für eine neue Politik und einen neuen Stil – offen, klar, mutig und ehrlich. Ich gratuliere zum sensationellen "
         "Wahlergebnis und freue mich auf die weitere hervorragende Zusammenarbeit. Auf die volle Unterstützung des ÖAAB können "
         "sich der wiedergewählte Bundesparteiobmann und sein Team verlassen!“")

add(id="ho719-ots-oeaab-2021-08-28-woeginger-zarits-kurz-wiederwahl",
    title=WZ_T,
    url="https://www.ots.at/presseaussendung/OTS_20210828_OTS0031/woegingerzarits-herzliche-gratulation-an-sebastian-kurz-und-"
        "sein-team-zur-beeindruckenden-wiederwahl",
    retrieved="same address (release on the APA-OTS service, 28 August 2021 by its OTS number and the party congress of that "
              "day; the crawl-date prefix ' date 2021-08' before the headline dropped (rule 63); the stored copy ends after the "
              "second body paragraph with empty lines, before any contact block, so the sender is inferred from the release's "
              "own voice as the ÖAAB, the ÖVP's workers' and employees' organisation, whose chairman and general secretary "
              "alone are quoted and which promises its 'volle Unterstützung' (rules 2581, 4460); headline and subtitle kept as "
              "lines of their own as stored, the dateline 'Wien (OTS) -' at the start of the first paragraph; the empty lines "
              "between the paragraphs are paragraph breaks; both kept paragraphs complete as stored, a later part of the "
              "release, if any, not stored (rule 17))",
    license=APA_OTS_POLITICS,
    paras=[WZ_SUB, WZ_P1, WZ_P2],
    # the headline after the double label `Wöginger/Zarits:` and the subtitle are unmarked (rule 5); the quotation before `so
    # ÖAAB-Bundesobmann KO August Wöginger anlässlich des heutigen ÖVP-Bundesparteitages` is his (rule 30), and the cue-less
    # quotation after it goes on in his voice (NOTES.md continuation); the colon quotation after `ÖAAB-Generalsekretär
    # Abg.z.NR Christoph Zarits schloss sich den Glückwünschen an:` is Zarits's (rule 9); Sebastian Kurz, Veronika Marte,
    # Barbara Eibinger-Miedl and Thomas Stelzer are spoken of inside the marks and say nothing; the offices with the
    # organisation's name (`ÖAAB-Bundesobmann`, `ÖAAB-Generalsekretär`) and the double label are no aliases (rules 33, 3672)
    quotes=[(cut(WZ_P1, "„Sebastian Kurz steht für", "Thomas Stelzer“"), WOEGINGER),
            (cut(WZ_P1, "„Mit Sebastian", "zu erarbeiten.“"), WOEGINGER),
            (cut(WZ_P2, "„Sebastian Kurz steht wie", "Team verlassen!“"), ZARITS)],
    aliases={WOEGINGER: ["August Wöginger", "KO August Wöginger", "Wöginger"],
             ZARITS: ["Christoph Zarits", "Abg.z.NR Christoph Zarits", "Zarits"]})

# --- APA-OTS, Freiheitlicher Landtagsklub (Kärnten), 2 October 2006: Kurt Scheuch on Josef Martinz's remark ---

OD_T = "BZÖ- Kurt Scheuch: Traditionelle Obmanndebatte in der ÖVP hat längst begonnen"
OD_P1 = ("Klagenfurt (OTS) - Als sehr kühn bezeichnete heute, Montag, der freiheitliche BZÖ-Klubobmann Ing. Kurt Scheuch die im "
         "heutigen Kärntner Mittagsjournal getätigte Aussage von ÖVP-Landesrat Josef Martinz betreffend den schlechten "
         "ÖVP-Wahlausgang \"der Fehler liege nicht in Kärnten - das Zugpferd Schüssel hat nicht gezogen\".")
OD_P2 = ("Die traditionelle Obmanndebatte in der ÖVP hat längst begonnen - nun heiße es wohl Land gegen Bund. \"Für den "
         "miserablen Wahlausgang der ÖVP Schüssel allein verantwortlich zu machen, ist wirklich kühn\", betonte Scheuch. Die "
         "Kärntner ÖVP solle lieber auch die Fehler bei sich selbst suchen, anstatt sich nur auf die Bundespartei zu verlassen "
         "und dann den Misserfolg dieser zuzuschreiben.")

add(id="ho719-ots-flk-2006-10-02-scheuch-martinz-obmanndebatte",
    title=OD_T,
    url="https://www.ots.at/presseaussendung/OTS_20061002_OTS0120/bzoe-kurt-scheuch-traditionelle-obmanndebatte-in-der-oevp-"
        "hat-laengst-begonnen",
    retrieved="same address (release of the Freiheitlicher Landtagsklub, the club of the Freiheitlichen in Kärnten/BZÖ in the "
              "Carinthian Landtag, on the APA-OTS service, 2 October 2006 by its OTS number and 'heute, Montag', the day after "
              "the national election; the sender is told by the contact block 'Freiheitlicher Landtagsklub' and the footer "
              "code FLK0001, dropped with the contact heading 'Rückfragen & Kontakt:', the telephone line and the service line "
              "(rule 4460); the headline kept as the title with the published space in 'BZÖ- Kurt Scheuch' (rule 20), the "
              "dateline at the start of the first paragraph; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OD_P1, OD_P2],
    # the marked words after `die … getätigte Aussage von ÖVP-Landesrat Josef Martinz betreffend den schlechten
    # ÖVP-Wahlausgang` are Martinz's: `Aussage` is a noun of saying and `von` names whose statement the marks quote, the
    # Konjunktiv `liege` being the release's rendering of his remark (rules 3, 2572); Scheuch, the subject of the sentence,
    # calls the remark bold and is not its speaker; the quotation before `betonte Scheuch` is his (rule 30); the Konjunktiv
    # sentences around it are unmarked (rule 5); Schüssel, the Kärntner ÖVP and the Bundespartei say nothing; the headline
    # label `BZÖ- Kurt Scheuch:` stands before unmarked words; `BZÖ-Klubobmann` and `ÖVP-Landesrat` name parties and are no
    # aliases (rule 33)
    quotes=[("\"der Fehler liege nicht in Kärnten - das Zugpferd Schüssel hat nicht gezogen\"", MARTINZ),
            (cut(OD_P2, "\"Für den", "wirklich kühn\""), SCHEUCH)],
    aliases={SCHEUCH: ["Kurt Scheuch", "Ing. Kurt Scheuch", "Scheuch"],
             MARTINZ: ["Josef Martinz"]})

# --- APA-OTS, Die Freiheitlichen in Kärnten-BZÖ, 14 August 2007: Stefan Petzner on the SPÖ Klagenfurt ---

SK_T = "Causa SPÖ Klagenfurt: Schaunig beißt sicht an E. W. die Zähne aus!"
SK_SUB = ("Petzner: Hinter Rücktrittsaufforderungen steckt sozialistisches System - \"Es ist alles wie es war in Klagenfurts "
          "SPÖ\"")
SK_P1 = ("Wien (OTS) - \"Sozialistisches System\" vermutet der geschäftsführende Landesparteiobmann des BZÖ Kärnten, Stefan "
         "Petzner, hinter den in schöner Regelmäßigkeit und zeitlich wohl dosiertem Abstand eintröpfelnden "
         "Rücktrittsaufforderungen der SPÖ Kärnten an Ewald Wiedenbauer. \"Schaunig muss ihre Bezirksparteiobmänner zu Hilfe "
         "rufen, weil sie sich an E. W. die Zähne ausbeißt und nicht durchsetzen kann\", stellt Petzner dazu fest.")
SK_P2 = ("Tatsache sei schließlich, dass die Klagenfurter SPÖ und Ewald Wiedenbauer die Zurufe Schaunigs und der "
         "Landesparteispitze seit Wochen beharrlich ignorieren. Mehr noch, Wiedenbauer tut genau das Gegenteil von dem, was "
         "Schaunig fordert. Der geschäftsführende Obmann zum traurigen Zustand der Klagenfurter SPÖ, den die führungsschwache "
         "Schaunig mitzuverantworten hat: \"Trotz Wahlskandal und Schiedsgericht, es ist alles wie es war in Klagenfurts SPÖ.\"")

add(id="ho719-ots-bzoe-kaernten-2007-08-14-petzner-spoe-klagenfurt",
    title=SK_T,
    url="https://www.ots.at/presseaussendung/OTS_20070814_OTS0128/causa-spoe-klagenfurt-schaunig-beisst-sicht-an-e-w-die-"
        "zaehne-aus",
    retrieved="same address (release of the Freiheitlichen in Kärnten/BZÖ on the APA-OTS service, 14 August 2007 by its OTS "
              "number; the sender is told by the contact block 'Die Freiheitlichen in Kärnten-BZÖ' and the footer code "
              "BZK0001, dropped with the contact heading and the service line; the end mark '(Schluss)', set on a line of its "
              "own after the last paragraph, dropped (rules 4170, 4460); headline and subtitle kept as lines of their own as "
              "stored, the dateline 'Wien (OTS) -' at the start of the first paragraph; the published 'beißt sicht' in the "
              "headline and 'zeitlich wohl dosiertem Abstand' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SK_SUB, SK_P1, SK_P2],
    # the subtitle's quotation after the label `Petzner:` and the unmarked clause before the dash is his (rule 54): the body's
    # last quotation gives the same words with `Trotz Wahlskandal und Schiedsgericht` before them (rule 26); the marked
    # phrase that opens the first paragraph as the object of `vermutet der geschäftsführende Landesparteiobmann des BZÖ
    # Kärnten, Stefan Petzner` is his term (rules 3, 25); the quotation before `stellt Petzner dazu fest` is his (rule 30); the
    # Konjunktiv `Tatsache sei …` is unmarked (rule 5); the colon quotation after the verbless `Der geschäftsführende Obmann
    # zum traurigen Zustand der Klagenfurter SPÖ, …:` is his, the role taking up Petzner (rules 9, 30); Schaunig, Ewald
    # Wiedenbauer, the SPÖ Kärnten and its Bezirksparteiobmänner say nothing; `geschäftsführende Obmann`, which names only him,
    # is an alias (rule 44); `geschäftsführende Landesparteiobmann des BZÖ Kärnten` names the party and is not (rule 33)
    quotes=[("\"Es ist alles wie es war in Klagenfurts SPÖ\"", PETZNER),
            ("\"Sozialistisches System\"", PETZNER),
            (cut(SK_P1, "\"Schaunig muss", "durchsetzen kann\""), PETZNER),
            (cut(SK_P2, "\"Trotz", "Klagenfurts SPÖ.\""), PETZNER)],
    aliases={PETZNER: ["Stefan Petzner", "Petzner", "geschäftsführende Obmann"]})

# --- APA-OTS, freiheitlicher Pressedienst for the Ring Freiheitlicher Jugend, 21 April 2013: Udo Landbauer on Sebastian Kurz ---

RJ_T = "RFJ-Landbauer zu Kurz: K(l)eine Schritte bei Integration, große Schritte zu Schwarz-Grün"
RJ_SUB = "Die Katze ist aus dem Sack"
RJ_P1 = ("Wien (OTS/fpd) - \"Sein wahres Gesicht zu zeigen, ist von allen Entblößungen die unschicklichste.\" Dieses Zitat "
         "trifft laut Bundesobmann des Ringes Freiheitlicher Jugend (RFJ), Stadtrat Udo Landbauer den Sargnagel sprichwörtlich "
         "auf den Kopf, wenn der Chef der Jung-Schwarzen Kurz im \"Ö1-Journal zu Gast\" eine Koalition mit den Grünen fordert. "
         "Damit stellt er unter Beweis, dass die Junge VP unter ihm wesentlich nach links gerutscht ist.")
RJ_P2 = ("Landbauer: \"Anscheinend ist Kurz von seinen ganzen mediengerecht inszenierten Auftritten mit Promi-Neoösterreichern "
         "schon so gehirngewaschen, dass er von der Realität überhaupt keine Kenntnis mehr nimmt. Seine Worthülsen von "
         "Rot-Weiß-Rot-Fibel bis Rot-Weiß-Rot-Card und seine 4.738 Expertenräte beweisen nur eines: Er ist mehr damit "
         "beschäftigt, Steuergeld auf sinnlose Weise zu verschleudern, als einmal einen Fuß ins wahre Leben zu setzen und zu "
         "sehen, welche Probleme die Bürger wirklich haben.\"")
RJ_P3 = ("\"Wenn ein JVP-Obmann eine Koalition mit einer Partei eingehen will, die im Kärntner Landtag Reden auf slowenisch hält "
         "und Staatsbürgerschaften für jeden Dahergelaufenen durchsetzen will, kann ich als RFJ-Obmann nur sagen: Liebe "
         "JVP-Mitglieder, wenn ihr noch ein bisschen weiter rechts von links steht als eine Terezija Stoisits, dann kommt zu "
         "uns! Politik für die österreichische Jugend betreibt euer Herr Staatssekretär schon lange nicht mehr\", so Landbauer "
         "abschließend.")

add(id="ho719-ots-rfj-2013-04-21-landbauer-kurz-schwarz-gruen",
    title=RJ_T,
    url="https://www.ots.at/presseaussendung/OTS_20130421_OTS0007/rfj-landbauer-zu-kurz-kleine-schritte-bei-integration-grosse-"
        "schritte-zu-schwarz-gruen",
    retrieved="same address (release on the APA-OTS service, 21 April 2013 by its OTS number; the crawl-date prefix ' date "
              "2018-03' before the headline, a date of the crawl and not of the release, dropped (rule 63); the copy ends "
              "after the end mark '(Schluss)' run onto the last paragraph, dropped (rule 4170), before any contact block, so "
              "the sender is inferred from the dateline code 'Wien (OTS/fpd) -', the FPÖ's press service, and the release's "
              "own voice, the chairman of the FPÖ's youth organisation RFJ being the only person quoted (rules 2581, 4460); "
              "headline and subtitle kept as lines of their own as stored; the published 'Landbauer den Sargnagel' without a "
              "comma and 'auf slowenisch' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RJ_SUB, RJ_P1, RJ_P2, RJ_P3],
    # the saying in marks that opens the first paragraph without a cue, taken up by `Dieses Zitat trifft laut Bundesobmann …,
    # Stadtrat Udo Landbauer … auf den Kopf`, is Landbauer's: he is the one who cites it and applies it to Kurz, and its author
    # is not named (rules 47, 2822, 4461); the radio programme's name after `im` is null (rules 2, 24); the colon quotation
    # after the label `Landbauer:` and the quotation before `so Landbauer abschließend` are his (rules 9, 30); Kurz, the Junge
    # VP, the JVP-Mitglieder and Terezija Stoisits say nothing; `Stadtrat Udo Landbauer` is an alias, the offices with the
    # organisation's name (`Bundesobmann des Ringes Freiheitlicher Jugend`, `RFJ-Obmann`, the fused label `RFJ-Landbauer`) are
    # not (rules 33, 3672)
    quotes=[("\"Sein wahres Gesicht zu zeigen, ist von allen Entblößungen die unschicklichste.\"", LANDBAUER),
            ("\"Ö1-Journal zu Gast\"", None),
            (cut(RJ_P2, "\"Anscheinend", "wirklich haben.\""), LANDBAUER),
            (cut(RJ_P3, "\"Wenn ein", "lange nicht mehr\""), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "Stadtrat Udo Landbauer", "Landbauer"]})

# --- APA-OTS, ÖVP-Parlamentsklub (Bundesrat group), 8 March 2021: Karl Bader on the women in the ÖVP's Bundesrat group ---

BF_T = "Bader: Ein starkes Signal der ÖVP-Bundesratsfraktion"
BF_SUB = "ÖVP-Fraktionsvorsitzender verweist auf hohen Frauenanteil: \"Für uns ist nicht nur am 8. März Frauentag\""
BF_P1 = ("Wien (OTS) - Für andere Fraktionen ist lediglich am 8. März Frauentag, den man mit großem Getöse begehen muss – "
         "Stichwort Sondersitzung des Nationalrates auf Wunsch der Opposition. Für uns im ÖVP-Parlamentsklub ist das gelebte "
         "Realität das ganze Jahr über, sagt der Fraktionsvorsitzende der ÖVP-Bundesräte, Karl Bader, anlässlich der morgigen "
         "ÖVP-Bundesratsfraktionssitzung. \"Gerade die ÖVP-Bundesratsfraktion ist ein starkes Signal in diese Richtung\", setzt "
         "Bader fort. \"Zwölf unserer 25 Bundesräte sind weiblich. Damit liegen wir im Vergleich der Fraktionen ganz weit "
         "vorne.\"")
BF_P2 = ("\"Wir haben in unserer Fraktion starke, kompetente, engagierte und erfolgreiche Mandatarinnen, die Politik für Frauen "
         "und mit Frauen tagtäglich leben und in allen Politikfeldern zu Hause sind\", verweist Bader etwa auf Doris "
         "Berger-Grabner, die vor kurzem mit großer Mehrheit zur niederösterreichischen Frauenchefin gewählt wurde, auf die "
         "oberösterreichische Bundesrätin Johanna Miesenberger, die in der ÖVP-Bundesratsfraktion für Frauen und "
         "Gleichbehandlung zuständig ist, und auf seine Stellvertreterin Andrea Eder-Gitschthaler, die im letzten Halbjahr "
         "Präsidentin des Bundesrates war.")
BF_P3 = ("\"Von den 25 ÖVP-Bundesräten sind zwölf weiblich - das ist ein Prozentsatz von 48 Prozent. Eine Tatsache, mit der wir "
         "gerne Schule machen\", so Bader abschließend.")

add(id="ho719-ots-oevp-klub-2021-03-08-bader-bundesratsfraktion-frauen",
    title=BF_T,
    url="https://www.ots.at/presseaussendung/OTS_20210308_OTS0136/bader-ein-starkes-signal-der-oevp-bundesratsfraktion",
    retrieved="same address (release on the APA-OTS service, 8 March 2021 by its OTS number and the International Women's Day "
              "it names; the crawl-date prefix ' date 2021-03' before the headline dropped (rule 63); the copy ends after the "
              "end mark '(Schluss)' run onto the last paragraph, dropped (rule 4170), before any contact block, so the sender "
              "is inferred from the release's own voice as the ÖVP's parliamentary club, for whose Bundesrat group its chairman "
              "speaks ('Für uns im ÖVP-Parlamentsklub'; rules 2581, 4460); headline and subtitle kept as lines of their own as "
              "stored, the dateline 'Wien (OTS) -' at the start of the first paragraph; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BF_SUB, BF_P1, BF_P2, BF_P3],
    # the subtitle quotation after `ÖVP-Fraktionsvorsitzender verweist auf hohen Frauenanteil:` is Bader's: the role without a
    # name is the chairman whom the headline label `Bader:` and the body's `der Fraktionsvorsitzende der ÖVP-Bundesräte, Karl
    # Bader` name, and the marked words condense the body's opening statements, which the body gives without marks (rules 9,
    # 26, 4462); the body's unmarked direct statement before `sagt der Fraktionsvorsitzende …` carries no span (rules 5, 23);
    # the quotation before `setzt Bader fort` and the cue-less quotation after it are his (rule 30; NOTES.md continuation);
    # the quotation before `verweist Bader etwa auf Doris Berger-Grabner, …, auf … Johanna Miesenberger, … und auf … Andrea
    # Eder-Gitschthaler` is his, the women he points to being no speakers; the last quotation before `so Bader abschließend` is
    # his (rule 30); the Opposition and the Nationalrat say nothing; the role phrases with the party or the chamber
    # (`ÖVP-Fraktionsvorsitzender`, `Fraktionsvorsitzende der ÖVP-Bundesräte`) are no aliases (rule 33)
    quotes=[("\"Für uns ist nicht nur am 8. März Frauentag\"", BADER),
            (cut(BF_P1, "\"Gerade", "diese Richtung\""), BADER),
            (cut(BF_P1, "\"Zwölf", "weit vorne.\""), BADER),
            (cut(BF_P2, "\"Wir haben", "zu Hause sind\""), BADER),
            (cut(BF_P3, "\"Von den", "Schule machen\""), BADER)],
    aliases={BADER: ["Karl Bader", "Bader"]})

# --- APA-OTS, Grüner Klub im NÖ Landtag, 14 September 2004: Helga Krismer on Landesrat Plank and asylum policy ---

PL_T = "Krismer: \"Landesrat Plank soll nicht fordern, sondern handeln\""
PL_SUB = "Grüne unterstützen Forderung LR Planks"
PL_P1 = ("Wien (OTS) - Die Grünen begrüßen die solidarischen Kundgebungen des für Asylpolitik in NÖ zuständigen ÖVP-Landesrat "
         "Plank. \"Dies ist das erste Zeichen der Landespolitik in Richtung Solidarität in der Familie NÖ\", so LAbg. Helga "
         "Krismer aus Baden und weiter: \"Landesrat Plank soll nicht lange reden, sondern handeln\", so die Grüne. In diesem "
         "Zusammenhang muss wieder in Erinnerung gerufen werden, dass die NÖ ÖVP über die absolute Mehrheit in Niederösterreich "
         "verfügt. Krismer: \"Eine Regierungspartei braucht nicht zu fordern. Eine Regierungspartei braucht nur umsetzen. Hier "
         "ist die Familie Niederösterreich tatsächlich gefordert.\"")

add(id="ho719-ots-gruene-noe-2004-09-14-krismer-plank-asyl",
    title=PL_T,
    url="https://www.ots.at/presseaussendung/OTS_20040914_OTS0115/krismer-landesrat-plank-soll-nicht-fordern-sondern-handeln",
    retrieved="same address (release of the Greens' club in the Lower Austrian Landtag on the APA-OTS service, 14 September 2004 "
              "by its OTS number; the sender is told by the contact line 'Presse - Grüner Klub im NÖ Landtag …' and the footer "
              "code GRN0001, dropped with the contact heading and the old service line 'OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS' (rule 4460); headline and subtitle kept as lines of "
              "their own as stored, the dateline 'Wien (OTS) -' at the start of the paragraph; the published 'des … zuständigen "
              "ÖVP-Landesrat Plank' and 'braucht nur umsetzen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PL_SUB, PL_P1],
    # the headline quotation after the label `Krismer:` is hers (rule 54), a sharper form of her body quotation `Landesrat
    # Plank soll nicht lange reden, sondern handeln` (rule 26); the subtitle is unmarked (rule 5); the quotation before `so
    # LAbg. Helga Krismer aus Baden und weiter:` is hers (rule 30), and so is the quotation between that colon and `so die
    # Grüne`, both cues naming her (rules 9, 30, 4463); the colon quotation after the label `Krismer:` is hers (rules 9, 54);
    # Plank, whose rallies and demand the Greens support, says nothing in marks; the Grünen, the NÖ ÖVP and the Landespolitik
    # say nothing; `die Grüne`, which takes her up by her party, is no alias (rules 33, 4463)
    quotes=[("\"Landesrat Plank soll nicht fordern, sondern handeln\"", KRISMER),
            (cut(PL_P1, "\"Dies ist", "Familie NÖ\""), KRISMER),
            ("\"Landesrat Plank soll nicht lange reden, sondern handeln\"", KRISMER),
            (cut(PL_P1, "\"Eine Regierungspartei", "tatsächlich gefordert.\""), KRISMER)],
    aliases={KRISMER: ["Helga Krismer", "LAbg. Helga Krismer", "Krismer"]})

# --- APA-OTS, SPÖ Kärnten, 26 January 2010: Hans-Peter Schlagholz against Gernot Darmann ---

SL_T = "SPÖ Schlagholz: Stündlich steigt die orange/blaue Not"
SL_SUB = ("Wie sonst sind die Mutmaßungen von LAbg. Darmann zu werten, mit denen er sich um die Nachfolge von "
          "SPÖ-Landesparteivorsitzenden Rohr den Kopf zerbricht.")
SL_P1 = ("Klagenfurt (OTS) - \"Während Martinz in seiner Not die Ortstafelfrage neu aufgeworfen hat, um von seinem absehbaren "
         "politischen Ende abzulenken, greift nun wohl auch Darmann wie ein in seiner Chaospolitik Ertrinkender nach dem "
         "rettenden Strohhalm\", reagiert SPÖ-Landesgeschäftsführer LAbg. Hans-Peter Schlagholz auf eine Aussendung heute. Wie "
         "sonst sind Darmanns Mutmaßungen zu werten, wonach die Wolfsberger SPÖ die Stadtratsriege austauschen würde, nur weil "
         "Bürgermeister Seifried die Rohr-Nachfolge als Landesvorsitzender der SPÖ nicht antreten will? \"Gerade zu grotesk ist "
         "die Unterstellung, Bürgermeister NAbg. Peter Stauber würde für seinen Sohn in dieser Frage als Lobbyist auftreten. "
         "Groß muss die Not bei den Orange/Blauen sein, wenn alles unternommen wird, um von den Verwicklungen in das "
         "Hypo-Desaster und den Korruptionsvorwürfen abzulenken\", schließt Schlagholz.")

add(id="ho719-ots-spoe-kaernten-2010-01-26-schlagholz-darmann",
    title=SL_T,
    url="https://www.ots.at/presseaussendung/OTS_20100126_OTS0284/spoe-schlagholz-stuendlich-steigt-die-orangeblaue-not",
    retrieved="same address (release of the SPÖ Kärnten on the APA-OTS service, 26 January 2010 by its OTS number; the sender "
              "is told by the contact block 'SPÖ Kärnten / Klagenfurt' and the footer code DS90003, dropped with the contact "
              "heading, the line 'Digitale Pressemappe: http://www.ots.at/pressemappe/192' and the service line; the end mark "
              "' (Schluss)' run onto the last sentence dropped (rules 4170, 4460); headline and subtitle kept as lines of their "
              "own as stored; the copy separates its blocks by empty lines and has one single stored line break, after '… auf "
              "eine Aussendung heute.' before the narrator's question 'Wie sonst sind Darmanns Mutmaßungen …', which is joined "
              "with a space (rules 3050, 4460); the published 'Gerade zu grotesk' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SL_SUB, SL_P1],
    # the headline after the fused label `SPÖ Schlagholz:` and the subtitle, a question of the press office without marks,
    # carry no span (rule 5); the quotation before `reagiert SPÖ-Landesgeschäftsführer LAbg. Hans-Peter Schlagholz auf eine
    # Aussendung heute` is his (rule 30), and so is the quotation before `schließt Schlagholz` after the narrator's question
    # (rule 30); Martinz, Darmann, Rohr, Seifried, Peter Stauber and the Wolfsberger SPÖ say nothing; `SPÖ-Landesgeschäftsführer`
    # names the party and is no alias (rule 33)
    quotes=[(cut(SL_P1, "\"Während", "Strohhalm\""), SCHLAGHOLZ),
            (cut(SL_P1, "\"Gerade", "abzulenken\""), SCHLAGHOLZ)],
    aliases={SCHLAGHOLZ: ["Hans-Peter Schlagholz", "LAbg. Hans-Peter Schlagholz", "Schlagholz"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 16 March 2013: Mario Kunasek on Hermann Schützenhöfer's re-election ---

SB_T = "FPÖ-Kunasek: Schuss vor den Bug für Schützenhöfer!"
SB_P1 = ("Wien (OTS) - Die Wiederwahl von Hermann Schützenhöfer zum Landesparteiobmann der ÖVP kommentiert der freiheitliche "
         "Landesparteisekretär, NAbg. Mario Kunasek, wie folgt: \"Obwohl zahlreiche Delegierte aus Protest dem Parteitag "
         "fernblieben, hat Schützenhöfer sein bisher schlechtestes Ergebnis eingefahren. Es besteht somit kein Anlass, in große "
         "Jubelstimmung auszubrechen. Der selbsternannte Kapitän bekam von seinen eigenen Funktionären einen Schuss vor den Bug. "
         "Schützenhöfer wäre gut beraten, diesen Warnschuss der Funktionäre ernst zu nehmen und gerade im Bereich der "
         "Gemeindezusammenlegungen seine Politik des Drüberfahrens zu überdenken\", so Kunasek.")
SB_P2 = ("Für den Freiheitlichen ist offensichtlich, dass sich angesichts des großen Unmuts über Zwangsfusionen, "
         "Schulschließungen, der strukturellen Ausdünnung des ländlichen Raumes sowie der Ablehnung der direkten Demokratie die "
         "ÖVP-Funktionäre Schritt für Schritt von Schützenhöfers Kurs abwenden. \"Auch wenn heute, durch teils rigorose "
         "Maßnahmen, die Parteidisziplin noch einigermaßen gehalten hat, so wird die ÖVP bereits bei der kommenden "
         "Nationalratswahl die Rechnung vom Wähler präsentiert bekommen\", so Kunasek in einer ersten Reaktion.")

add(id="ho719-ots-fpoe-klub-2013-03-16-kunasek-schuetzenhoefer",
    title=SB_T,
    url="https://www.ots.at/presseaussendung/OTS_20130316_OTS0062/fpoe-kunasek-schuss-vor-den-bug-fuer-schuetzenhoefer",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 16 March 2013 by its OTS "
              "number and the ÖVP Steiermark's party congress of that day; the crawl-date prefix ' date 2018-03' before the "
              "headline, a date of the crawl and not of the release, dropped (rule 63); the sender is told by the contact block "
              "'Freiheitlicher Parlamentsklub' with its telephone, e-mail and web lines, all dropped with the contact heading "
              "(rule 4460); the headline is the title, the dateline 'Wien (OTS) -' at the start of the first paragraph; "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SB_P1, SB_P2],
    # the headline after the fused label `FPÖ-Kunasek:` is unmarked (rule 5); the colon quotation after `kommentiert der
    # freiheitliche Landesparteisekretär, NAbg. Mario Kunasek, wie folgt:`, which its own `so Kunasek` closes, is his (rules
    # 9, 30); the narrator's indicative sentence `Für den Freiheitlichen ist offensichtlich, dass …` reports his view without
    # marks (rule 5), and the quotation before `so Kunasek in einer ersten Reaktion` is his (rule 30); Schützenhöfer, the
    # Delegierte, the Funktionäre and the ÖVP say nothing; `den Freiheitlichen` takes him up by his party and is no alias, nor
    # is `freiheitliche Landesparteisekretär` (rules 33, 4463)
    quotes=[(cut(SB_P1, "\"Obwohl", "zu überdenken\""), KUNASEK),
            (cut(SB_P2, "\"Auch wenn", "präsentiert bekommen\""), KUNASEK)],
    aliases={KUNASEK: ["Mario Kunasek", "NAbg. Mario Kunasek", "Kunasek"]})
