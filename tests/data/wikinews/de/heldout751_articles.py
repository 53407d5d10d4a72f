# Seven-hundred-and-fifty-first held-out German real-news set (tests/data/heldout751-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4700-4705). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout752-heldout758). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-first held-out set": nine releases of Austrian parties, their Land
# parties and press services on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the Grünen Steiermark at the close of
# their Land election campaign (Edith Zitz, October 2000, sender read from the Grünen's footer code and the release's voice), the
# Liberales Forum on the FPÖ's change of leading candidate (Alexander Zach, October 2002), the BZÖ founding its Kärnten party
# (Josef Bucher with Stefan Petzner, January 2010, sender inferred), the NEOS Salzburg entering the Land election (Sepp
# Schellhorn, March 2018, sender inferred) and warning of low turnout (Sepp Schellhorn and Matthias Strolz, April 2018, sender
# inferred), the SPÖ's Pressedienst for the party leaders' congratulations to Michael Ludwig (Pamela Rendi-Wagner, Thomas Drozda
# and Andrea Brunner, April 2019), the neue Volkspartei Wien congratulating Thomas Stelzer (Gernot Blümel, September 2021), the
# Grünen Wien electing a double leadership (Judith Pühringer and Peter Kraus, October 2021, sender inferred) and the FPÖ
# Niederösterreich on the Land election date (Udo Landbauer, November 2022, sender inferred). Stored copies are the `search`
# tool's `pages` excerpts; four release bodies are complete in them (one of them ending before its contact block), five are cut
# off inside a later paragraph, which is dropped with an intertitle left dangling before it (rule 15); the wire furniture
# (crawl-date prefixes, the OTS banner of 2000, OTS markers, end marks with editors' initials, contact blocks and footers) is
# dropped (rules 48, 63, 460, 2810, 4170, 4580, 4700); each retrieval note names what was dropped.
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


ZITZ = "Edith Zitz"
ZACH = "Alexander Zach"
BUCHER = "Josef Bucher"
SCHELLHORN = "Sepp Schellhorn"
STROLZ = "Matthias Strolz"
RENDI = "Pamela Rendi-Wagner"
DROZDA = "Thomas Drozda"
BLUEMEL = "Gernot Blümel"
PUEHRINGER = "Judith Pühringer"
KRAUS = "Peter Kraus"
LANDBAUER = "Udo Landbauer"

# --- APA-OTS, Die Grünen Steiermark, 13 October 2000: Edith Zitz at the close of the Land election campaign ---

ZI_T = ("Wahlkampfabschluss: Grüne bringen Gegengewicht zu VP-SP-FP in den Landtag Zitz: Brauchen jede Stimme für ein viertes "
        "Mandat")
ZI_P1 = ("Graz (OTS) Mit einer Aktion vor dem Landhaus haben heute die steirischen Grünen ihren Wahlkampf offiziell "
         "abgeschlossen. Mit den vier zentralen Themen und den vier SpitzenkandidatInnen wurde symbolisch eine neue Runde "
         "politischer Arbeit im Landtag eingeläutet. \"Wir haben Grund zu Optimismus, aber trotzdem brauchen wir jede Stimme um "
         "das vierte Mandat zu erreichen\", so Spitzenkandidatin LAbg. Edith Zitz. \"Gerade jetzt geht es um ein starkes "
         "Gegengewicht zur VP-SP-FP-Landesregierung im steirischen Landtag.\"")
ZI_P2 = ("Mehr Kontrolle der drei Regierungsparteien, ein Entlastungspaket für sozial Schwächere, eine Umweltoffensive für "
         "Öko-Jobs, Bahnausbau und Naturschutz und die Sicherung der Menschenrechte sind die vier Themenbereiche, die die "
         "steirischen Grünen in den nächsten fünf Jahren noch stärker einbringen werden. Mit vier Mandaten (1995: 2 Mandate, "
         "4,3%) wären die Grünen neben Klubobfrau Edith Zitz und LAbg. Peter Hagenauer auch mit der derzeitigen "
         "Landessprecherin Ingrid Lechner-Sonnek (Oststeiermark) und dem obersteirischen Gemeinderat und Unternehmer Lambert "
         "Schönleitner im nächsten Landtag vertreten.")

add(id="ho751-ots-gruene-stmk-2000-10-13-zitz-wahlkampfabschluss",
    title=ZI_T,
    url="https://www.ots.at/presseaussendung/OTS_20001013_OTS0134/wahlkampfabschluss-gruene-bringen-gegengewicht-zu-vp-sp-fp-"
        "in-den-landtag-zitz-brauchen-jede-stimme-fuer-ein-viertes-mandat",
    retrieved="same address (release on the APA-OTS service, 13 October 2000 by its OTS number and 'heute' with the close of "
              "the campaign for the Styrian Land election of 15 October 2000; the two-line banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***' dropped (rule 2810), and so are the "
              "contact heading, the contact line 'Thomas Finker: 0664-2663591' and the footer with the sender code 'FMB/FMB', "
              "the Grünen's code on the service (rule 4700); the sender is read from that code and the release's own voice as "
              "the Grünen Steiermark, whose Spitzenkandidatin and Klubobfrau speaks; the headline that runs headline and "
              "subtitle together ('… in den Landtag Zitz: Brauchen …') kept as one title line as stored (rule 48); the "
              "dateline 'Graz (OTS)' without a dash at the start of the first paragraph; the hard line breaks of the stored "
              "list sentence ('… Regierungsparteien,' / 'ein Entlastungspaket …,' / 'eine Umweltoffensive …' / 'sind die vier "
              "Themenbereiche …') joined with a space (rule 48); 'jede Stimme um das vierte Mandat' without a comma kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ZI_P1, ZI_P2],
    # the quotation before `so Spitzenkandidatin LAbg. Edith Zitz` is hers (rule 30), and so is the next quotation, which
    # follows her cue with no new speaker (rule 8; NOTES.md continuation); the headline words after the label `Zitz:` inside
    # the title line are unmarked and carry no span (rule 630); the second paragraph's list and the narrator's count of
    # seats are unmarked (rule 5); Peter Hagenauer, Ingrid Lechner-Sonnek and Lambert Schönleitner, named as candidates, say
    # nothing; `LAbg. Edith Zitz` and `Klubobfrau Edith Zitz` are her name with a title or office that names only her, and
    # the surname `Zitz` of the label is an alias (rule 44)
    quotes=[(cut(ZI_P1, "\"Wir haben Grund", "zu erreichen\""), ZITZ),
            (cut(ZI_P1, "\"Gerade jetzt", "Landtag.\""), ZITZ)],
    aliases={ZITZ: ["Edith Zitz", "LAbg. Edith Zitz", "Klubobfrau Edith Zitz", "Zitz"]})

# --- APA-OTS, Liberales Forum, 31 October 2002: Alexander Zach on the FPÖ's new leading candidate ---

ZA_T = "LIF-Zach: \"Auch mit Haupt bleibt FPÖ völlig kopflos\""
ZA_P1 = ("Wien (OTS) - \"Der heutige Wechsel an der Spitze der FPÖ verdeutlicht einmal mehr, dass sich die Freiheitlichen im "
         "Auflösungszustand befinden. Auch mit Haupt als Notnagel-Spitzenkandidat bleibt die FPÖ völlig kopflos\", so "
         "LIF-Bundessprecher Alexander Zach in einer ersten Stellungnahme zum Rücktritt Mathias Reichholds als Spitzenkandidat "
         "der FPÖ bei der Nationalratswahl.")

add(id="ho751-ots-lif-2002-10-31-zach-fpoe-kopflos",
    title=ZA_T,
    url="https://www.ots.at/presseaussendung/OTS_20021031_OTS0224/lif-zach-auch-mit-haupt-bleibt-fpoe-voellig-kopflos",
    retrieved="same address (release of the Liberales Forum on the APA-OTS service, 31 October 2002 by its OTS number and "
              "'Der heutige Wechsel an der Spitze der FPÖ', the day Mathias Reichhold withdrew as the FPÖ's leading candidate "
              "for the national election of 24 November 2002; the sender is told by the contact block 'LIF- Die Liberalen' "
              "with the line 'Aczel Zoltan Tel. 0676/755-23-13', dropped with the contact heading and the footer 'OTS-"
              "ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | LIF0003' (rule 4700); the "
              "headline kept as the title, the dateline 'Wien (OTS) -' at the start of the paragraph; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ZA_P1],
    # the headline quotation after the fused label `LIF-Zach:` is his (rules 26, 54, 3672), the body giving him the same
    # thought (`Auch mit Haupt als Notnagel-Spitzenkandidat bleibt die FPÖ völlig kopflos`); the quotation before `so
    # LIF-Bundessprecher Alexander Zach in einer ersten Stellungnahme …` is his (rule 30); Herbert Haupt (`Haupt`), Mathias
    # Reichhold and the FPÖ say nothing; the office `LIF-Bundessprecher` names the party and the fused label `LIF-Zach` is
    # no alias (rules 33, 3672), and the surname stands alone only inside that label
    quotes=[("\"Auch mit Haupt bleibt FPÖ völlig kopflos\"", ZACH),
            (cut(ZA_P1, "\"Der heutige", "völlig kopflos\""), ZACH)],
    aliases={ZACH: ["Alexander Zach"]})

# --- APA-OTS, BZÖ, 18 January 2010: Josef Bucher (with Stefan Petzner) founds the BZÖ Kärnten ---

BU_T = "BZÖ-Bucher und Petzner rufen das BZÖ in Kärnten aus und fordern Neuwahlen"
BU_SUB = ("Doppelspitze mit Bucher als Landesparteiobmann und Petzner als geschäftsführendem Landesparteiobmann - BZÖ-Konvent "
          "am 30. Jänner in Klagenfurt")
BU_P1 = ("Klagenfurt (OTS) - BZÖ-Bündnisobmann Josef Bucher und Generalsekretär Stefan Petzner haben heute bei einer "
         "Pressekonferenz in Klagenfurt das BZÖ-Kärnten ausgerufen. Schon am 30. Jänner soll in Klagenfurt ein BZÖ-Konvent "
         "stattfinden, auch Büroräumlichkeiten und Mitarbeiter als Ansprechpartner vor Ort sind gefunden. \"Wir blicken in die "
         "Zukunft und setzen unseren klaren Kurs für Kärnten und Österreich fort. Mit uns gibt es keine Erhöhung der "
         "Parteienförderung, der Klubförderung oder die Abschaffung der Objektivierung, wie unter der derzeitigen "
         "FPK-Landesregierung. Wir starten in eine neue politische Zukunft und nehmen den Kampf um Kärnten auf. Eine ehrliche "
         "Oppositionskraft mit mir als Obmann und Stefan Petzner als geschäftsführendem Landesparteiobmann an der Spitze\", "
         "betont Bucher.")
BU_P2 = ("Als designierter Landesparteiobmann kündigt Bucher auch die Gründung eines \"Kärnten Kreises\" an - ein Kreis von "
         "klugen Köpfen, über alle Parteigrenzen hinweg, um Kärnten aus der Sackgasse zu holen. \"Wir beschäftigen uns nicht "
         "mit Brennesselsuppen, sondern der Zukunft dieses Landes\", so Bucher. \"Kärnten ist in Gefahr. Das haben sich das "
         "Land und die Menschen nicht verdient. Deshalb wird es das BZÖ in Kärnten als politische Alternative geben.\"")

add(id="ho751-ots-bzoe-2010-01-18-bucher-petzner-bzoe-kaernten",
    title=BU_T,
    url="https://www.ots.at/presseaussendung/OTS_20100118_OTS0177/bzoe-bucher-und-petzner-rufen-das-bzoe-in-kaernten-aus-und-"
        "fordern-neuwahlen",
    retrieved="same address (release on the APA-OTS service, 18 January 2010 by its OTS number and 'heute bei einer "
              "Pressekonferenz in Klagenfurt', after the Kärnten party's split from the federal BZÖ; the stored copy is cut "
              "off inside its third body paragraph, on the demand for new elections, inside the cue of Petzner's quotation "
              "('… so der designierte geschäftsführende Landespa'), which is dropped with the two quotations it holds (rule "
              "15), and it ends before any contact block, so the sender is inferred from the release's own voice as the BZÖ, "
              "whose Bündnisobmann and Generalsekretär found its new Land party (rules 2581, 4460, 4700); headline and "
              "subtitle kept as lines of their own as stored, the dateline 'Klagenfurt (OTS) -' at the start of the first "
              "paragraph; 'keine Erhöhung … oder die Abschaffung', 'Brennesselsuppen, sondern der Zukunft' and the hyphen as a "
              "dash ('an - ein Kreis') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BU_SUB, BU_P1, BU_P2],
    # the quotations before `betont Bucher` and `so Bucher` are his (rule 30), and so is the quotation after `so Bucher.`,
    # which continues him with no new speaker (rule 8); the name of the planned `"Kärnten Kreises"`, whose founding Bucher
    # announces, is null (rules 24, 4704); Stefan Petzner, present at the press conference, has words only in the dropped
    # third paragraph and is no speaker of the kept text; the headline and subtitle are unmarked; the FPK-Landesregierung
    # and the BZÖ say nothing; `designierter Landesparteiobmann`, the office set before his surname, names only him in the
    # kept text and is an alias (rules 30, 4704), `BZÖ-Bündnisobmann` is not (rule 33), nor the fused label `BZÖ-Bucher`
    quotes=[(cut(BU_P1, "\"Wir blicken", "an der Spitze\""), BUCHER),
            ("\"Kärnten Kreises\"", None),
            (cut(BU_P2, "\"Wir beschäftigen", "dieses Landes\""), BUCHER),
            (cut(BU_P2, "\"Kärnten ist in Gefahr", "Alternative geben.\""), BUCHER)],
    aliases={BUCHER: ["Josef Bucher", "Bucher", "designierter Landesparteiobmann"]})

# --- APA-OTS, NEOS Salzburg, 2 March 2018: Sepp Schellhorn on the party's Land election candidacy ---

SA_T = "NEOS Salzburg treten landesweit an"
SA_SUB = "Schellhorn: „Geht ned, gibt’s ned – Das soll auch für die Politik in Salzburg gelten“"
SA_P1 = ("Salzburg/Wien (OTS) - NEOS Salzburg haben in den vergangenen Wochen die notwendigen 600 Unterstützungserklärungen im "
         "ganzen Bundesland gesammelt und treten bei der Landtagswahl am 22. April landesweit an. NEOS machen damit den ersten "
         "Schritt in Richtung Einzug in den Landtag. Spitzenkandidat Sepp Schellhorn zeigt sich erfreut, dass es der "
         "Bürger_innenbewegung als erster politischer Kraft gelungen ist, diese erste Hürde zu nehmen: „Die Gespräche mit "
         "vielen Salzburgerinnen und Salzburgern haben mir gezeigt: Es braucht mehr Transparenz und saubere Politik im Land. "
         "Das werden wir in den Landtag bringen.“")
SA_H = "Trotz Gegenwind: Geht ned, gibt’s ned!"
SA_P2 = ("Besonders freue ihn, dass es seiner Bewegung gelungen ist, trotz Gegenwinds des alteingesessenen Systems, die "
         "Unterschriften zu sammeln. Der Listenzweiten, Andrea Klambauer, wurde beim Unterstützungserklärungen Sammeln in "
         "Hallein sogar mit Anzeige gedroht. „Was wir in den vergangenen Wochen erlebt haben, macht mich wütend! Anstatt sich "
         "mit Händen und Füßen gegen eine Bewegung zu wehren, die für Transparenz steht, sollte die ÖVP Salzburg lieber für "
         "saubere Politik im Land sorgen. Ich bin stolz, heute sagen zu können: Geht ned, gibt’s ned! Das soll in den kommenden "
         "fünf Jahren auch für Salzburg gelten“, so Schellhorn.")

add(id="ho751-ots-neos-sbg-2018-03-02-schellhorn-landesweit",
    title=SA_T,
    url="https://www.ots.at/presseaussendung/OTS_20180302_OTS0053/neos-salzburg-treten-landesweit-an",
    retrieved="same address (release on the APA-OTS service, 2 March 2018 by its OTS number, before the Salzburg Land election "
              "of 22 April 2018; the stored copy is cut off inside its third body paragraph, on the campaign's aims, inside a "
              "quotation of Schellhorn's ('… Für NEOS gilt das Motto: Geht ned, gibt’s ned'), which is dropped with what it "
              "holds (rule 15), and it ends before any contact block, so the sender is inferred from the dateline "
              "'Salzburg/Wien (OTS)' and the release's own voice as the NEOS, their Salzburg Land party or the federal party "
              "(rules 2581, 4460, 4700); headline, subtitle and the intertitle 'Trotz Gegenwind: Geht ned, gibt’s ned!' kept "
              "as lines of their own as stored (rule 4703), the dateline at the start of the first paragraph; the spaces after "
              "two paragraphs' last marks dropped; 'Der Listenzweiten, Andrea Klambauer, wurde', 'beim "
              "Unterstützungserklärungen Sammeln' and the dialect 'Geht ned, gibt’s ned' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SA_SUB, SA_P1, SA_H, SA_P2],
    # the subtitle quotation after the label `Schellhorn:` is his (rules 26, 54), the body giving him the same words in
    # another form (`Geht ned, gibt’s ned! Das soll in den kommenden fünf Jahren auch für Salzburg gelten`; rule 4703); the
    # colon quotation after `Spitzenkandidat Sepp Schellhorn zeigt sich erfreut, dass …:` is his (rule 9), and so is the
    # quotation before `so Schellhorn` after the Konjunktiv report of his joy (rules 8, 30); the unmarked intertitle, which
    # repeats his slogan, carries no span (rules 5, 4703); Andrea Klambauer, the Listenzweite, and the ÖVP Salzburg say
    # nothing; `Spitzenkandidat Sepp Schellhorn` is his name with a role that names only him (rule 44)
    quotes=[(cut(SA_SUB, "„Geht ned", "Salzburg gelten“"), SCHELLHORN),
            (cut(SA_P1, "„Die Gespräche", "Landtag bringen.“"), SCHELLHORN),
            (cut(SA_P2, "„Was wir", "Salzburg gelten“"), SCHELLHORN)],
    aliases={SCHELLHORN: ["Sepp Schellhorn", "Spitzenkandidat Sepp Schellhorn", "Schellhorn"]})

# --- APA-OTS, NEOS Salzburg, 11 April 2018: Sepp Schellhorn and Matthias Strolz on low turnout ---

SW_T = ("NEOS Salzburg kämpfen gegen steigenden Politikfrust, für mehr Transparenz und warnen vor geringer "
        "Wahlbeteiligung")
SW_SUB = "Schellhorn/Strolz: Mit der Unsicherheits- und Chaospartei FPÖ wird es keine Zusammenarbeit geben"
SW_P1 = ("Salzburg/Wien (OTS) - Elf Tage vor der Salzburger Landtagswahl warnen NEOS vor dem steigenden Politikfrust im Land "
         "und einem drohenden Negativrekord bei der Wahlbeteiligung. „Schon bei der letzten Landtagswahl waren fast ein Drittel "
         "der Salzburgerinnen und Salzburger nicht wählen. Besonders bei Landtagswahlen, die ja wesentlich näher bei den "
         "Bürger_innen sind als der Nationalrat, finde ich das erschreckend“, erklärt NEOS Salzburg Spitzenkandidat Sepp "
         "Schellhorn.")
SW_P2 = ("NEOS Vorsitzender Matthias Strolz findet die derzeitigen Entwicklungen in der österreichischen Politik „bedenklich, "
         "aber nicht unveränderbar. Wir haben es als Bürgerinnen und Bürger in der Hand, die Dinge in eine gute Richtung zu "
         "lenken und für echte Transparenz in diesem Land zu sorgen. Insbesondere jede Wahl ist dazu eine Chance“. Gerade die "
         "Debatte um den Nichtraucher-Schutz in der Gastronomie habe gezeigt, dass die Bürgerinnen und Bürger nicht aufgeben "
         "dürfen, auch wenn die alteingesessenen Parteien ihnen mitunter die kalte Schulter zeigen. „Da verspricht die FPÖ "
         "Spitzenkandidatin und Generalsekretärin Marlene Svazek vor Schülerinnen und Schülern im Pongau eine Volksabstimmung. "
         "Und Vizekanzler Strache pfeift sie nach zwei Tagen zurück. Der Regierung sind 600.000 Unterschriften egal. Natürlich "
         "sorgt das für Frustration und manch einer sagt: Meine Stimme ist nichts wert. Aber aufgeben ist keine Alternative. "
         "Wir müssen da dranbleiben und wir haben die Kraft, da dranzubleiben.“")

add(id="ho751-ots-neos-sbg-2018-04-11-schellhorn-strolz-wahlbeteiligung",
    title=SW_T,
    url="https://www.ots.at/presseaussendung/OTS_20180411_OTS0096/neos-salzburg-kaempfen-gegen-steigenden-politikfrust-fuer-"
        "mehr-transparenz-und-warnen-vor-geringer-wahlbeteiligung",
    retrieved="same address (release on the APA-OTS service, 11 April 2018 by its OTS number and 'Elf Tage vor der Salzburger "
              "Landtagswahl' of 22 April 2018; the crawl-date prefix ' date 2018-04' before the headline dropped (rule 63); "
              "the stored copy is cut off inside its third body paragraph, under the intertitle 'Keine Koalition mit der "
              "FPÖ', inside a quotation of Strolz's ('… „Wenn die FPÖ von Polizeipferden spricht und gleichzeitig bei den "
              "Gerichten'), which is dropped with the intertitle left dangling before it (rule 15), and it ends before any "
              "contact block, so the sender is inferred from the dateline 'Salzburg/Wien (OTS)' and the release's own voice as "
              "the NEOS, their Salzburg Land party or the federal party (rules 2581, 4460, 4700); headline and subtitle kept "
              "as lines of their own as stored, the dateline at the start of the first paragraph; 'fast ein Drittel der "
              "Salzburgerinnen und Salzburger nicht wählen', 'NEOS Salzburg Spitzenkandidat', 'NEOS Vorsitzender', 'FPÖ "
              "Spitzenkandidatin' and the full stop after the closing mark ('eine Chance“.') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SW_SUB, SW_P1, SW_P2],
    # the quotation before `erklärt NEOS Salzburg Spitzenkandidat Sepp Schellhorn` is his (rule 30); the quotation that
    # opens as the object of `Matthias Strolz findet die … Entwicklungen … „bedenklich, aber nicht unveränderbar.` and runs
    # on in full sentences to `eine Chance“` is one span and his (rules 3, 4702); the quotation after the unattributed
    # Konjunktiv sentence `Gerade die Debatte … habe gezeigt, …` continues Strolz, whose stance the Konjunktiv goes on to
    # report, not Schellhorn, the other name of the subtitle's label (rules 8, 4702); the unmarked `Meine Stimme ist nichts
    # wert` inside it is no span of its own; the subtitle after the joint label `Schellhorn/Strolz:` is unmarked (rule 630);
    # Marlene Svazek, Vizekanzler Strache, the Regierung and the alteingesessenen Parteien say nothing; the surnames of the
    # joint label are aliases, the offices with the party's name (`NEOS Salzburg Spitzenkandidat`, `NEOS Vorsitzender`) are
    # not (rule 33)
    quotes=[(cut(SW_P1, "„Schon bei", "erschreckend“"), SCHELLHORN),
            (cut(SW_P2, "„bedenklich", "eine Chance“"), STROLZ),
            (cut(SW_P2, "„Da verspricht", "dranzubleiben.“"), STROLZ)],
    aliases={SCHELLHORN: ["Sepp Schellhorn", "Schellhorn"],
             STROLZ: ["Matthias Strolz", "Strolz"]})

# --- APA-OTS, SPÖ-Pressedienst, 27 April 2019: Pamela Rendi-Wagner, Thomas Drozda and Andrea Brunner congratulate Ludwig ---

RW_T = "Rendi-Wagner, Drozda und Brunner gratulieren Michael Ludwig zum herausragenden Wahlergebnis"
RW_SUB = "Wiener SPÖ-Landesparteivorsitzender mit 90,8 Prozent bestätigt"
RW_P1 = ("Wien (OTS/SK) - SPÖ-Parteivorsitzende Pamela Rendi-Wagner, SPÖ-Bundesgeschäftsführer Thomas Drozda sowie stv. "
         "SPÖ-Bundesgeschäftsführerin und SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner gratulieren dem heute, Samstag, am "
         "Landesparteitag bestätigt Vorsitzenden der SPÖ Wien, Bürgermeister Michael Ludwig herzlichst zum „herausragenden "
         "Wahlergebnis von 90,8 Prozent“. „Mit Bürgermeister Michael Ludwig an der Spitze der SPÖ Wien kämpfen wir geschlossen "
         "Seite an Seite gegen die Angriffe von Schwarz-Blau auf die lebenswerteste Stadt der Welt. Wien ist das "
         "sozialdemokratische Gegenmodell zur Sozialabbau- und Kürzungspolitik der ÖVP und FPÖ“, betont Rendi-Wagner. Für "
         "Drozda und Brunner ist klar: „Wiens Vergangenheit, Gegenwart und Zukunft ist und bleibt sozialdemokratisch – Michael "
         "Ludwig wird das bei den Wienwahlen 2020 beweisen!“")

add(id="ho751-ots-spoe-2019-04-27-rendi-wagner-drozda-brunner-ludwig",
    title=RW_T,
    url="https://www.ots.at/presseaussendung/OTS_20190427_OTS0043/rendi-wagner-drozda-und-brunner-gratulieren-michael-ludwig-"
        "zum-herausragenden-wahlergebnis",
    retrieved="same address (release of the SPÖ's Pressedienst on the APA-OTS service, 27 April 2019 by its OTS number and "
              "'heute, Samstag, am Landesparteitag' of the SPÖ Wien; the sender is told by the dateline code 'OTS/SK', the "
              "SPÖ's Pressedienst, as in the 727th, 735th and 743rd sets; the OTS marker '****' with the end mark and the "
              "editors' initials '(Schluss) mr/up/ve' run onto the paragraph after its last closing mark dropped (rules 460, "
              "4170, 4700); the copy ends after that paragraph with empty lines, before any contact block (rule 17); headline "
              "and subtitle kept as lines of their own as stored, the dateline 'Wien (OTS/SK) -' at the start of the "
              "paragraph; 'am Landesparteitag bestätigt Vorsitzenden' and the missing comma after 'Michael Ludwig' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RW_SUB, RW_P1],
    # the partial quotation after `Pamela Rendi-Wagner, … Thomas Drozda sowie … Andrea Brunner gratulieren … zum` is the
    # three gratulators' joint words and goes to the first named, Rendi-Wagner (rules 3, 27, 3342); the quotation before
    # `betont Rendi-Wagner` is hers (rule 30); the colon quotation after the verbless joint `Für Drozda und Brunner ist klar:`
    # is a joint statement of the two and goes to the first named, Drozda (rules 9, 27); Drozda, who has that quotation of
    # his own, is no alias of Rendi-Wagner (rules 750, 3342), and Brunner, a co-speaker of both joint quotations without
    # words of her own, is an alias of Drozda only, the speaker of the statement that names just the two of them (rule
    # 4701); Michael Ludwig, Schwarz-Blau, the ÖVP and the FPÖ say nothing; the party offices (`SPÖ-Parteivorsitzende`,
    # `SPÖ-Bundesgeschäftsführer`, `stv. SPÖ-Bundesgeschäftsführerin und SPÖ-Bundesfrauengeschäftsführerin`) are no aliases
    # (rule 33); the headline and subtitle are unmarked
    quotes=[("„herausragenden Wahlergebnis von 90,8 Prozent“", RENDI),
            (cut(RW_P1, "„Mit Bürgermeister", "ÖVP und FPÖ“"), RENDI),
            (cut(RW_P1, "„Wiens Vergangenheit", "beweisen!“"), DROZDA)],
    aliases={RENDI: ["Pamela Rendi-Wagner", "Rendi-Wagner"],
             DROZDA: ["Thomas Drozda", "Drozda", "Andrea Brunner", "Brunner"]})

# --- APA-OTS, neue Volkspartei Wien, 26 September 2021: Gernot Blümel congratulates Thomas Stelzer ---

BL_T = "Herzliche Gratulation an Thomas Stelzer zur klaren Nummer 1"
BL_SUB = "Wahlergebnis ist Vertrauensbeweis, Bestätigung und Auftrag"
BL_P1 = ("Wien (OTS) - \"Herzliche Gratulation an Thomas Stelzer und sein Team der neuen Volkspartei Oberösterreich zum "
         "großartigen Wahlergebnis und zur klaren Nummer 1 in Oberösterreich! Der unermüdliche und konsequente Einsatz Stelzers "
         "für Oberösterreich wurde von den Wählerinnen und Wählern entsprechend gewürdigt\", so der Landesparteiobmann der neuen "
         "Volkspartei Wien, Finanzminister Gernot Blümel.")
BL_P2 = ("\"Dieser eindrucksvolle Wahlerfolg ist ein deutlicher Vertrauensbeweis für Thomas Stelzer und die ÖVP Oberösterreich. "
         "Die Oberösterreicherinnen und Oberösterreicher haben dem Team damit einen klaren Auftrag für die Zukunft gegeben, den "
         "erfolgreichen Weg für das Bundesland weiter zu gehen\", betont Blümel abschließend.")

add(id="ho751-ots-oevp-wien-2021-09-26-bluemel-stelzer",
    title=BL_T,
    url="https://www.ots.at/presseaussendung/OTS_20210926_OTS0027/herzliche-gratulation-an-thomas-stelzer-zur-klaren-nummer-1",
    retrieved="same address (release of the neue Volkspartei Wien, the ÖVP's Vienna Land party, on the APA-OTS service, 26 "
              "September 2021 by its OTS number, the evening of the Upper Austrian Land election; the crawl-date prefix ' date "
              "2021-09' before the headline dropped (rule 63); the sender is told by the contact block 'Die neue Volkspartei "
              "Wien / Mag. Johanna Sperker / Stv. Leitung Kommunikation & Presse' with telephone, e-mail and web lines, dropped "
              "with the contact heading (rule 4700); headline and subtitle kept as lines of their own as stored, the dateline "
              "'Wien (OTS) -' at the start of the first paragraph; the runs of empty lines between the paragraphs are "
              "paragraph breaks; 'weiter zu gehen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BL_SUB, BL_P1, BL_P2],
    # the quotations before `so der Landesparteiobmann der neuen Volkspartei Wien, Finanzminister Gernot Blümel` and
    # `betont Blümel abschließend` are his (rule 30); the headline, which repeats the opening words of his first quotation
    # without marks, and the subtitle carry no span (rules 5, 630); Thomas Stelzer, his team, the ÖVP Oberösterreich and the
    # voters say nothing; `Finanzminister Gernot Blümel` is his name with an office that names only him (rule 44), the
    # party office `Landesparteiobmann der neuen Volkspartei Wien` is no alias (rule 33)
    quotes=[(cut(BL_P1, "\"Herzliche", "gewürdigt\""), BLUEMEL),
            (cut(BL_P2, "\"Dieser", "weiter zu gehen\""), BLUEMEL)],
    aliases={BLUEMEL: ["Gernot Blümel", "Finanzminister Gernot Blümel", "Blümel"]})

# --- APA-OTS, Grüne Wien, 16 October 2021: Judith Pühringer and Peter Kraus elected as double leadership ---

GW_T = "Grüne Wien wählen heute Doppelspitze auf 85. Landesversammlung – „Spürbar. Klar. Wirksam“"
GW_P1 = ("Wien (OTS) - Im Congress Center der Messe Wien startete heute vormittag die 85. Landesversammlung der Grünen Wien. "
         "Judith Pühringer und Peter Kraus werden zur Doppelspitze gewählt.")
GW_P2 = ("In ihrer Rede gingen Pühringer und Kraus auf die Situation in der Bundesregierung ein: „Jetzt braucht es vor allem "
         "zwei Dinge: Stabilität und einen klaren Fokus auf die Arbeit für die Menschen in unserem Land. Wir stehen heute auch "
         "deshalb zu zweit hier, weil wir eine andere politische Kultur wollen. Wir wollen Kooperation an der Spitze statt "
         "einsamer Wolf. Wir wollen Respekt statt Ellbogentechnik. Wir wollen unterschiedliche Stimmen hören statt Message "
         "Control“, so Pühringer und Kraus in ihrer gemeinsamen Rede.")
GW_P3 = ("Die Rot-Pinke Stadtregierung mache starke Grüne in Wien notwendig: „Wien braucht uns, weil Rot und Rosarot die Stadt "
         "im Stich lassen. Wien war einmal visionär – vom Bau der Donauinsel bis zur 365 Euro Jahreskarte oder der "
         "Mariahilfer Straße. Heute hat man den Retourgang eingelegt. Kaum waren wir Grüne aus der Stadtregierung, hat Michael "
         "Ludwig schon seine Bagger losgelassen und alle Klimaschutz-Projekte abgesagt: Reinprechtsdorfer Straße, "
         "Praterstraße, Verkehrsberuhigung um den Ikea. Überall ist das Motto: Weniger Grün - mehr Grau. Die Wiener SPÖ hat in "
         "der Klimapolitik einen Weg eingeschlagen, der in die 1970er Jahre führt“, so Kraus.")

add(id="ho751-ots-gruene-wien-2021-10-16-puehringer-kraus-doppelspitze",
    title=GW_T,
    url="https://www.ots.at/presseaussendung/OTS_20211016_OTS0024/gruene-wien-waehlen-heute-doppelspitze-auf-85-"
        "landesversammlung-spuerbar-klar-wirksam",
    retrieved="same address (release on the APA-OTS service, 16 October 2021 by its OTS number and 'heute vormittag' with the "
              "85th Landesversammlung of the Grünen Wien; the crawl-date prefix ' date 2021-10' before the headline dropped "
              "(rule 63); the stored copy is cut off inside its fourth body paragraph, a further quotation ('… „Wir sehen, was "
              "passiert, wenn wir nicht in der Regierung sind: … spüren die W'), which is dropped with what it holds (rule "
              "15), and it ends before any contact block, so the sender is inferred from the release's own voice as the "
              "Grünen Wien, the Land party whose Landesversammlung elects its leaders (rules 2581, 4460, 4700); the headline "
              "kept as the title, the dateline 'Wien (OTS) -' at the start of the first paragraph; 'heute vormittag', "
              "'einsamer Wolf', '365 Euro Jahreskarte' and the hyphen as a dash ('Weniger Grün - mehr Grau') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[GW_P1, GW_P2, GW_P3],
    # the motto `„Spürbar. Klar. Wirksam“` after the dash in the headline is null (rules 24, 2543, 4705); the colon quotation
    # after `In ihrer Rede gingen Pühringer und Kraus … ein:`, closed before `so Pühringer und Kraus in ihrer gemeinsamen
    # Rede`, is a joint statement and goes to the first named, Pühringer, and Kraus, who has a quotation of his own, is no
    # alias of her (rules 9, 27, 750, 3342); the colon quotation after the unattributed Konjunktiv sentence `Die Rot-Pinke
    # Stadtregierung mache starke Grüne in Wien notwendig:`, closed before `so Kraus`, is his alone (rules 30, 4705); the
    # unmarked `Überall ist das Motto: Weniger Grün - mehr Grau.` inside it is no span of its own; Michael Ludwig, the
    # Rot-Pinke Stadtregierung and the Wiener SPÖ say nothing
    quotes=[("„Spürbar. Klar. Wirksam“", None),
            (cut(GW_P2, "„Jetzt braucht", "Message Control“"), PUEHRINGER),
            (cut(GW_P3, "„Wien braucht", "Jahre führt“"), KRAUS)],
    aliases={PUEHRINGER: ["Judith Pühringer", "Pühringer"],
             KRAUS: ["Peter Kraus", "Kraus"]})

# --- APA-OTS, FPÖ Niederösterreich, 3 November 2022: Udo Landbauer on the date of the Land election ---

LB_T = "FP-Landbauer: Am 29. Jänner befreien wir Niederösterreich aus dem Würgegriff der ÖVP!"
LB_SUB = "Die absolute Mehrheit der ÖVP muss weg"
LB_P1 = ("St. Pölten (OTS) - „Je früher gewählt wird, desto besser ist es. Der 29. Jänner ist keine große Überraschung. Der "
         "Termin zeichnet sich seit Wochen ab und steht wohl schon sehr lange im Kalender der ÖVP-Landeshauptfrau "
         "Mikl-Leitner. Jetzt gibt es endlich Klarheit“, sagt FPÖ Landespartei- und Klubobmann im NÖ Landtag, Udo Landbauer.")
LB_P2 = ("Die FPÖ NÖ sieht schon jetzt ein historisches Datum, an dem die absolute Mehrheit der ÖVP fallen muss. „Wir wollen "
         "und wir werden unser Land aus dem Würgegriff der ÖVP befreien. Der 29. Jänner wird der Tag der Abrechnung mit dem "
         "korrupten System ÖVP, das in Niederösterreich zu Hause ist. Ein gutes Jahr 2023 beginnt damit, Ballast abzuwerfen und "
         "neu anzufangen“, spricht Landbauer von einem Befreiungsschlag am 29. Jänner.")

add(id="ho751-ots-fpoe-noe-2022-11-03-landbauer-wahltermin",
    title=LB_T,
    url="https://www.ots.at/presseaussendung/OTS_20221103_OTS0136/fp-landbauer-am-29-jaenner-befreien-wir-niederoesterreich-"
        "aus-dem-wuergegriff-der-oevp",
    retrieved="same address (release on the APA-OTS service, 3 November 2022 by its OTS number, the day the date of the Lower "
              "Austrian Land election, 29 January 2023, was fixed; the crawl-date prefix ' date 2022-11' before the headline "
              "dropped (rule 63); the copy ends after the second body paragraph with empty lines, before any contact block; a "
              "later part of the release, if any, is not stored (rule 17), and the sender is inferred from the dateline 'St. "
              "Pölten (OTS)', the label 'FP-Landbauer' and the release's own voice ('Die FPÖ NÖ sieht …') as the FPÖ "
              "Niederösterreich, its Land party or its Landtag club, whose Landesparteiobmann and Klubobmann speaks (rules "
              "2581, 4460, 4700); headline and subtitle kept as lines of their own as stored, the dateline 'St. Pölten (OTS) "
              "-' at the start of the first paragraph; 'FPÖ Landespartei- und Klubobmann im NÖ Landtag, Udo Landbauer' kept "
              "(rule 20))",
    license=APA_OTS_POLITICS,
    paras=[LB_SUB, LB_P1, LB_P2],
    # the quotation before `sagt FPÖ Landespartei- und Klubobmann im NÖ Landtag, Udo Landbauer` is his (rule 30), and so is
    # the quotation before `spricht Landbauer von einem Befreiungsschlag am 29. Jänner`, a cue naming what he speaks of
    # (rules 30, 4481), although the sentence before it has the party, `Die FPÖ NÖ`, as its subject; the headline after the
    # fused label `FP-Landbauer:` and the subtitle are unmarked (rule 630); Johanna Mikl-Leitner (`ÖVP-Landeshauptfrau
    # Mikl-Leitner`) and the ÖVP say nothing; the office with the party's name and the fused label are no aliases (rules 33,
    # 3672)
    quotes=[(cut(LB_P1, "„Je früher", "endlich Klarheit“"), LANDBAUER),
            (cut(LB_P2, "„Wir wollen", "neu anzufangen“"), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "Landbauer"]})
