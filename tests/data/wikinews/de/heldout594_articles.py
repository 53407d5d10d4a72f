# Five-hundred-and-ninety-fourth held-out German real-news set (tests/data/heldout594-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3520-3525). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-ninety-fourth held-out set": nine releases of Austrian parties, their
# Land organisations and parliamentary clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS, one for each of nine
# senders: the Vienna SPÖ (Sybille Straubinger opening the party congress that chose Michael Häupl's successor, January 2018,
# sender read from the dateline code), the SPÖ's federal press service (the joint statement of the nine Land chairmen and
# Gerhard Schmid after the presidential election, April 2016), the ÖVP's parliamentary club (Günter Stummvoll on Josef Kalina,
# April 2007), the Volkspartei Niederösterreich (its press service on Klaus Schneeberger's ORF interview, March 2010), the FPÖ
# (Herbert Kickl on the ÖVP's posters, August 2013, sender inferred), the BZÖ in Vienna (Michael Tscharnutter's first press
# conference as Land chairman, June 2007, sender inferred), the Greens (Karl Öllinger on Peter Westenthaler's immunity,
# February 2008), the KPÖ (Mirko Messner on the party's nationwide candidacy, August 2006) and the Team Stronach in Kärnten
# (Hartmut Prasch on the dispute over Gerhard Köfer, October 2013, sender inferred). Stored copies are the `search` tool's
# `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the ots.at lines
# of time and number, the repeated `Utl.:` subtitle, the OTS marker `****`, pointer lines, contact blocks and footers) is
# dropped and hard line breaks are joined (rules 48, 63, 460, 2580, 3250, 3260, 3390, 3520), and each retrieval note names
# what was dropped.
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


STRAUBINGER = "Sybille Straubinger"
HAEUPL = "Michael Häupl"
STUMMVOLL = "Günter Stummvoll"
VPNOE_PD = "VPNÖ-Pressedienst"
KICKL = "Herbert Kickl"
TSCHARNUTTER = "Michael Tscharnutter"
OELLINGER = "Karl Öllinger"
MESSNER = "Mirko Messner"
PRASCH = "Hartmut Prasch"

# --- APA-OTS, SPÖ Wien (dateline code SPW), 27 January 2018: Sybille Straubinger opens the extraordinary party congress ---

SW_T = "SPÖ Wien Landesparteitag (1): Eröffnung durch Landesparteisekretärin Straubinger"
SW_P1 = ("Wien (OTS/SPW) - Die Wiener SPÖ hält heute Samstag, 27. Jänner 2018, in der Messe Wien den außerordentlichen "
         "Landesparteitag ab. Im Zentrum steht die Nachfolgewahl des Vorsitzenden Michael Häupls. Zur Wahl stehen Michael "
         "Ludwig und Andreas Schieder. Eröffnet wurde der Parteitag von der Wiener SPÖ-Landessekretärin Sybille Straubinger.")
SW_P2 = ("„Es ist mir eine Ehre, weil wir heute an diesem Tag, Geschichte schreiben werden“, so die Begrüßung an die Delegierten "
         "und Gäste am Landesparteitag der SPÖ Wien durch Sybille Straubinger. Auf der Tagesordnung stehen Referate von "
         "Bundesparteivorsitzenden Christian Kern und Bürgermeister Michael Häupl, Statements von den beiden Kandidaten zur "
         "Vorsitzwahl Michael Ludwig und Andreas Schieder, die Wahl zum neuen Landesparteivorsitzenden und der Abschied von "
         "Michael Häupl als Vorsitzender der SPÖ Wien.")
SW_P3 = ("Bezugnehmend auf den heutigen Holocaust-Gedenktag betonte Straubinger: „Heute gedenken wir nicht nur unseren "
         "verstorbenen Genossen und Genossinnen, sondern auch dem Jahrestag der Befreiung des Konzentrationslagers "
         "Auschwitz-Birkenau“. Gerade angesichts des gestrigen Akademikerballs in der Hofburg, wo teils Rechtsextreme aus "
         "diversen Burschenschaften auftreten, sei es wichtig, stark als AntifaschistInnen aufzutreten und ein Zeichen zu "
         "setzen.")

add(id="ho594-ots-spoe-wien-2018-01-27-straubinger-landesparteitag",
    title=SW_T,
    url="https://www.ots.at/presseaussendung/OTS_20180127_OTS0009/spoe-wien-landesparteitag-1-eroeffnung-durch-"
        "landesparteisekretaerin-straubinger",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 27 January 2018 by its OTS number and its "
              "dateline code 'OTS/SPW', the Vienna SPÖ's press service (rules 3250, 3520); the crawl-date prefix ' date "
              "2018-01' before the headline dropped (rule 63); the OTS marker '****' run onto the last word of the lead "
              "('Straubinger.****') dropped (rules 460, 3250); the stored copy ends after its third paragraph, complete, "
              "without a contact block; the headline with its series number '(1)' kept as the first line, the release having "
              "no subtitle; the dateline kept at the start of the first paragraph; the published comma in 'an diesem Tag, "
              "Geschichte', 'Referate von Bundesparteivorsitzenden', 'unseren verstorbenen Genossen', the full stop "
              "after the closing mark ('Auschwitz-Birkenau“.') and 'AntifaschistInnen' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SW_P1, SW_P2, SW_P3],
    # the quotation before `so die Begrüßung an die Delegierten und Gäste … durch Sybille Straubinger` is hers: the so-cue
    # names the act of speaking and its `durch` phrase the one who performed it (rule 3521; rule 1836); the colon quotation
    # after `betonte Straubinger:` is hers (rule 9), the unmarked Konjunktiv report after it carrying no span (rule 5);
    # `Landesparteisekretärin` of the headline names only her and is an alias (rule 44), `Wiener SPÖ-Landessekretärin` names
    # the party and is none (rule 33); Michael Häupl, Michael Ludwig, Andreas Schieder, Christian Kern and the Delegierten say
    # nothing
    quotes=[(cut(SW_P2, "„Es ist", "schreiben werden“"), STRAUBINGER),
            (cut(SW_P3, "„Heute gedenken", "Auschwitz-Birkenau“"), STRAUBINGER)],
    aliases={STRAUBINGER: ["Sybille Straubinger", "Straubinger", "Landesparteisekretärin"]})

# --- APA-OTS, SPÖ-Bundesorganisation (SK), 25 April 2016: the joint statement of the nine Land chairmen and Gerhard Schmid ---

SK_T = "SPÖ-Landesorganisationen: „Lassen uns nicht auseinanderdividieren“"
SK_SUB = "SPÖ-Landesparteivorsitzende stehen geschlossen hinter Bundeskanzler Werner Faymann"
SK_P1 = join("Wien (OTS/SK) - In einer gemeinsamen Stellungnahme halten alle neun",
             "Landesparteivorsitzenden der SPÖ und SPÖ-Bundesgeschäftsführer",
             "Gerhard Schmid fest, dass es nach dem für die SPÖ sehr enttäuschenden",
             "Wahlergebnis inhaltliche Diskussionen und die richtigen Konsequenzen",
             "geben muss. „Was uns sicher nicht weiterhilft, sind Personaldebatten.",
             "Gemeinsam mit unserem Parteivorsitzenden, Bundeskanzler Werner",
             "Faymann wollen wir die SPÖ wieder so aufstellen, dass sie für die",
             "Menschen eine vertrauenswürdige Kraft darstellt“, sind sich Wiens",
             "SPÖ-Landesparteivorsitzender LH Michael Häupl,",
             "SPÖ-Kärnten-Vorsitzender LH Peter Kaiser, der burgenländische",
             "SPÖ-Vorsitzende LH Hans Niessl, SPÖ-Niederösterreich-Vorsitzender",
             "Bgm. Matthias Stadler, der steirische SPÖ-Landesparteichef LH-Stv.",
             "Michael Schickhofer, Oberösterreichs SPÖ-Landesvorsitzender Johann",
             "Kalliauer, Salzburgs SPÖ-Vorsitzender Walter Steidl, Tirols",
             "SPÖ-Vorsitzender Ingo Mayr, SPÖ-Vorarlberg-Vorsitzender Michael",
             "Ritsch und Gerhard Schmid einig.")
SK_P2 = join("Und weiter: „Wir gewinnen gemeinsam und wir verlieren gemeinsam. Wir",
             "nehmen das Wahlergebnis ernst und setzen alles daran, aus diesem",
             "Ergebnis die richtigen Schlüsse zu ziehen. Im Übrigen werden",
             "strukturelle, inhaltliche und personelle Fragen bei Parteitagen",
             "entschieden.“")

add(id="ho594-ots-spoe-2016-04-25-landesparteivorsitzende-schmid-gemeinsam",
    title=SK_T,
    url="http://www.ots.at/presseaussendung/OTS_20160425_OTS0139/spoe-landesorganisationen-lassen-uns-nicht-"
        "auseinanderdividieren",
    retrieved="same address (release of the SPÖ's federal organisation by its press service on the APA-OTS service, 25 April "
              "2016 by its OTS number and the dateline code 'OTS/SK' (rules 3250, 3520); the ots.at lines of time and number "
              "above the headline ('• 25.04.2016, 13:16:47' / '• /' / '• OTS0139 OTW0139') dropped (rule 2580); headline and "
              "subtitle kept as lines of their own as stored, the subtitle's hard-wrapped repetition after the marker 'Utl.:' "
              "('Utl.: SPÖ-Landesparteivorsitzende stehen geschlossen hinter' / 'Bundeskanzler Werner Faymann =') dropped as "
              "the old layout's doubled subtitle (rules 3260, 3520); the body is hard-wrapped and its lines are joined with "
              "one space (rule 48), also inside the list of names ('LH Michael Häupl,' / 'SPÖ-Kärnten-Vorsitzender', 'LH-Stv.' "
              "/ 'Michael Schickhofer', 'Johann' / 'Kalliauer', 'Michael' / 'Ritsch'); the OTS marker ' ****' after the "
              "first paragraph dropped (rule 460); the stored copy breaks off inside its fourth paragraph, after a complete "
              "quotation and before its cue ('… etwas zu ändern“, stellt Sc'), and that paragraph is dropped with its "
              "quotation, whose speaker the kept text does not name (rules 15, 3250); a repost of the whole release under a "
              "short link (j.mp) was seen and not used; the published 'Bundeskanzler Werner Faymann wollen wir' without a "
              "comma, 'SPÖ-Kärnten-Vorsitzender' and 'LH-Stv.' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SK_SUB, SK_P1, SK_P2],
    # the quotation before `sind sich Wiens SPÖ-Landesparteivorsitzender LH Michael Häupl, …, SPÖ-Vorarlberg-Vorsitzender Michael
    # Ritsch und Gerhard Schmid einig` is the joint statement of the ten, canonical the first-named, Michael Häupl, the nine
    # others' names aliases (rules 27, 3522); the colon quotation after the verbless `Und weiter:` continues the same joint
    # speaker (rules 9, 3522); the headline quotation after the label `SPÖ-Landesorganisationen:` is the same group's, the label
    # naming the Land organisations whose chairmen speak together in the body in the same first person plural, and the label
    # is an alias as the joint form (rules 27, 54, 3522); Werner Faymann, of whom the statement speaks, the SPÖ and the
    # Bundesparteipräsidium say nothing; the role phrases with the party's and the Länder's names are no aliases (rule 33)
    quotes=[(SK_T[SK_T.index("„"):], HAEUPL),
            (cut(SK_P1, "„Was uns", "darstellt“"), HAEUPL),
            (cut(SK_P2, "„Wir gewinnen", "entschieden.“"), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Peter Kaiser", "Hans Niessl", "Matthias Stadler", "Michael Schickhofer",
                      "Johann Kalliauer", "Walter Steidl", "Ingo Mayr", "Michael Ritsch", "Gerhard Schmid",
                      "SPÖ-Landesorganisationen"]})

# --- APA-OTS, ÖVP-Parlamentsklub (ÖVP-PK), 20 April 2007: Günter Stummvoll on Josef Kalina ---

ST_T = "Stummvoll: Angsttraumata von Kalina verständlich"
ST_P1 = ("Wien, 20. April 2007 (ÖVP-PK) „Die Angsttraumata und Verfolgungsängste von SPÖ-Bundesgeschäftsführer Kalina sind "
         "allzu verständlich. Während die ÖVP-Führung aus fünf Persönlichkeiten mit Wilhelm Molterer an der Spitze, mit einer "
         "Stimme spricht, spricht die SPÖ mit fünf unterschiedlichen Stimmen und keiner Spitze“, so ÖVP-Abgeordnete Dr. Günter "
         "Stummvoll zu den heutigen Aussagen von Josef Kalina. Und weiter: „Die Ängste von Kalina sollten in erster Linie die "
         "SPÖ betreffen. Unser Interesse dafür ist äußerst spärlich.“")

add(id="ho594-ots-oevp-pk-2007-04-20-stummvoll-kalina-angsttraumata",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20070420_OTS0245/stummvoll-angsttraumata-von-kalina-verstaendlich",
    retrieved="same address (release of the ÖVP's parliamentary club on the APA-OTS service, 20 April 2007 by its OTS number "
              "and its own date line with the code 'ÖVP-PK'; the contact block 'ÖVP Bundespartei, Abteilung Presse und Medien "
              "…' and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
              "AUSSENDERS | VPK0006' show the sender and are dropped (rules 3250, 3520); the OTS marker ' ****' after the last "
              "quotation dropped (rule 460); the headline kept as the first line, the release having no subtitle; the date "
              "line 'Wien, 20. April 2007 (ÖVP-PK)' without a dash kept at the start of the paragraph; the published "
              "'ÖVP-Abgeordnete Dr. Günter Stummvoll' and the comma in 'an der Spitze, mit einer Stimme spricht' kept (rule "
              "20); complete as stored; named as usable by the 528th set and left to that listing by later sets)",
    license=APA_OTS_POLITICS,
    paras=[ST_P1],
    # the quotation before `so ÖVP-Abgeordnete Dr. Günter Stummvoll zu den heutigen Aussagen von Josef Kalina` is his (rules 30,
    # 44), Kalina being the man whose words he answers, not a speaker (rule 12); the colon quotation after the verbless `Und
    # weiter:` continues him (rules 9, 3522); the headline label `Stummvoll:` has no marks (rule 5); `ÖVP-Abgeordnete` names
    # the party and is no alias (rule 33); Josef Kalina (`Kalina`), Wilhelm Molterer, the ÖVP-Führung and the SPÖ say nothing
    quotes=[(cut(ST_P1, "„Die Angsttraumata", "keiner Spitze“"), STUMMVOLL),
            (cut(ST_P1, "„Die Ängste", "spärlich.“"), STUMMVOLL)],
    aliases={STUMMVOLL: ["Günter Stummvoll", "Dr. Günter Stummvoll", "Stummvoll"]})

# --- APA-OTS, Volkspartei Niederösterreich, 9 March 2010: its press service on Klaus Schneeberger's interview ---

VN_T = ("VPNÖ-Pressedienst dokumentiert: ORF-Video beweist, dass Schneeberger ausdrücklich Gründe für die Unwählbarkeit von "
        "Rosenkranz anführt")
VN_P1 = ("St. Pölten (OTS/NÖI) - \"Das vom ORF veröffentlichte Video über das gesamte Interview von VPNÖ-Klubobmann LAbg. Mag. "
         "Klaus Schneeberger beweist, dass der Klubobmann dezidiert Gründe anführt, weshalb Rosenkranz unwählbar ist. Ihre "
         "bekannte Einstellung zu Themen wie 'Grenzen wieder errichten' und vor allem die für Niederösterreich inakzeptable "
         "Haltung zur EU, macht seiner Meinung nach eine Wahl unmöglich. Schneeberger betont auch, dass die VP-Niederösterreich "
         "in diesen Fragen einen gänzlich anderen Standpunkt vertritt\", stellt der VPNÖ-Pressedienst klar.")
VN_P2 = ("Darüber hinaus hält der VPNÖ-Pressedienst fest, dass es an keiner Stelle des gesamten Gesprächs eine Wahlempfehlung "
         "für Landesrätin Barbara Rosenkranz seitens des VP-Klubobmannes Schneeberger gebe.")

add(id="ho594-ots-vpnoe-2010-03-09-pressedienst-schneeberger-rosenkranz",
    title=VN_T,
    url="https://www.ots.at/presseaussendung/OTS_20100309_OTS0100/vpnoe-pressedienst-dokumentiert-orf-video-beweist-dass-"
        "schneeberger-ausdruecklich-gruende-fuer-die-unwaehlbarkeit-von-rosenkranz-anfuehrt",
    retrieved="same address (release of the Volkspartei Niederösterreich on the APA-OTS service, 9 March 2010 by its OTS "
              "number; the pointer line 'Digitale Pressemappe: http://www.ots.at/pressemappe/167', the contact block "
              "'Volkspartei Niederösterreich, Öffentlichkeitsarbeit / Mag.(FH) Martin Brandl …' and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NNV0001' "
              "show the sender and are dropped (rules 3250, 3520); the headline kept as the first line, the release having no "
              "subtitle; the dateline 'St. Pölten (OTS/NÖI) -' kept at the start of the first paragraph; the nested ASCII "
              "single marks around 'Grenzen wieder errichten' and the published comma in 'Haltung zur EU, macht' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[VN_P1, VN_P2],
    # the quotation before `stellt der VPNÖ-Pressedienst klar` is the press service's, which writes it about its club chairman
    # in the third person (`der Klubobmann`, `seiner Meinung nach`, `Schneeberger betont auch`): Klaus Schneeberger, whose
    # interview it describes, is spoken of, not the speaker (rules 11, 28, 3523); the nested `'Grenzen wieder errichten'` in
    # ASCII single marks stays inside the span (rule 143; NOTES.md nested quotes); the headline `VPNÖ-Pressedienst dokumentiert:
    # …` and the Konjunktiv report of the second paragraph carry no marks (rule 5); Barbara Rosenkranz, the ORF and the
    # VP-Niederösterreich say nothing
    quotes=[(cut(VN_P1, "\"Das vom ORF", "Standpunkt vertritt\""), VPNOE_PD)],
    aliases={VPNOE_PD: ["VPNÖ-Pressedienst"]})

# --- APA-OTS, FPÖ (inferred), 13 August 2013: Herbert Kickl on the ÖVP's posters ---

KI_T = "FPÖ-Kickl: Österreich gehört den Österreichern - Und nur denen!"
KI_SUB = "Völlig missglückte ÖVP-Plakatkampagne"
KI_P1 = ("Wien (OTS) - \"Die ÖVP hat heute eine völlig missglückte Plakatkampagne entfesselt\", kommentierte der freiheitliche "
         "Generalsekretär NAbg. Herbert Kickl die heute von ÖVP-Generalsekretär Hannes Rauch vorgestellten schwarzen "
         "Wahlplakate. \"Österreich gehört den Österreichern - Und nur denen\", korrigierte Kickl die holprigen Aussagen auf "
         "den Sujets. Offenbar räche es sich nun bitter, dass die Agentur BUTTER. die Kampagne fahre, habe diese doch bislang "
         "nur Erfahrungen mit linken Parteien gemacht, so Kickl.")
KI_P2 = ("Wohlweislich habe die ÖVP auf ein Bildnis ihres Spitzenkandidaten verzichtet und plakatiert hübsche "
         "Landschaftsbilder, so Kickl, der ein Plakat in der ÖVP-Kampagne vermisst: \"Österreich gehört dem "
         "Raiffeisen-Konzern\". Dies, so Kickl wäre aus Sicht der ÖVP wenigstens ehrlich gewesen, bestehe das "
         "ÖVP-Parlamentsteam doch aus einer ganzen Reihe von Raiffeisenfunktionären und Banken-Lobbyisten.")
KI_P3 = ("Eventuell hätte die ÖVP auch noch ein Plakat mit \"Österreich gehört den Brüsseler Lobbyisten\" affichieren können, "
         "aber vielleicht komme dieses Motiv ja in der zweiten Welle der Kampagne, so Kickl. Anders als die ÖVP, die unser "
         "Land an internationale Konzerne, Banken und Pleitestaaten ausverkaufe, setze sich die FPÖ für die Österreicherinnen "
         "und Österreicher ein, den denen gehört das Land tatsächlich, betonte Kickl.")

add(id="ho594-ots-fpoe-2013-08-13-kickl-oevp-plakate",
    title=KI_T,
    url="https://www.ots.at/presseaussendung/OTS_20130813_OTS0080/fpoe-kickl-oesterreich-gehoert-den-oesterreichern-und-nur-"
        "denen",
    retrieved="same address (release on the APA-OTS service, 13 August 2013 by its OTS number; the crawl-date prefix ' date "
              "2018-03' before the headline dropped (rule 63); the stored copy ends after its third paragraph, complete, "
              "without a contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own "
              "voice as the FPÖ: the headline label 'FPÖ-Kickl:' and only the party's general secretary quoted, against the "
              "ÖVP's campaign and for 'die FPÖ' (rules 3250, 3390, 3520); headline and subtitle kept as lines of their own as "
              "stored; the dateline kept at the start of the first paragraph; the published 'BUTTER.' with its full stop, "
              "'plakatiert' beside the Konjunktiv, 'so Kickl wäre' without a comma and 'den denen gehört' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KI_SUB, KI_P1, KI_P2, KI_P3],
    # the quotation before `kommentierte der freiheitliche Generalsekretär NAbg. Herbert Kickl` is his (rule 44), and so is the
    # marked line before `korrigierte Kickl die holprigen Aussagen auf den Sujets`, his own rewording of the posters, not the
    # ÖVP's slogan (rules 30, 3524); the colon quotation after `so Kickl, der ein Plakat in der ÖVP-Kampagne vermisst:` and the
    # marked poster line in his Konjunktiv report `hätte die ÖVP auch noch ein Plakat mit "…" affichieren können, …, so Kickl`
    # are mock slogans he makes up for the opponent's campaign, his words, not null (rule 3524; contrast rules 24, 161); the
    # headline `FPÖ-Kickl: …` has no marks (rule 5), and the label with the party's name is no alias (rule 33); Hannes Rauch,
    # the ÖVP, the Agentur BUTTER. and the FPÖ say nothing
    quotes=[(cut(KI_P1, "\"Die ÖVP", "entfesselt\""), KICKL),
            (cut(KI_P1, "\"Österreich gehört den", "nur denen\""), KICKL),
            (cut(KI_P2, "\"Österreich gehört dem", "Konzern\""), KICKL),
            (cut(KI_P3, "\"Österreich gehört den Brüsseler", "Lobbyisten\""), KICKL)],
    aliases={KICKL: ["Herbert Kickl", "NAbg. Herbert Kickl", "Kickl"]})

# --- APA-OTS, BZÖ Wien (inferred), 8 June 2007: Michael Tscharnutter's first press conference as Land chairman ---

TS_T = "TSCHARNUTTER: BZÖ-Wien als moderne, bürgerliche Kraft"
TS_SUB = "Neustart in Wien war notwendig - Ziel: Sieben Prozent bei Landtagswahl 2010"
TS_P1 = join("Wien (OTS) - Im Rahmen einer Pressekonferenz präsentierte heute",
             "der neu gewählte Wiener BZÖ-Obmann Mag. Michael Tscharnutter in einer gemeinsamen Pressekonferenz mit "
             "BZÖ-Generalsekretär Gerald Grosz seine programmatischen Vorstellungen und Ziele für Wien. \"Der Neustart des BZÖ "
             "für Wien war notwendig. In den vergangenen Tagen haben sich insgesamt 100 Neumitglieder in Wien spontan "
             "angemeldet, die diese Aufbauarbeit des BZÖ in Wien unterstützen wollen. Das BZÖ ist daher gerade in Wien ein "
             "Bollwerk gegen die sozialistische Mehrheit samt ihrer eingekauften Scheinoppositionsparteien. Unser Ziel ist, "
             "2010 mit sieben Prozent in den Wiener Gemeinderat einzuziehen\", sagte Tscharnutter.")
TS_P2 = ("Der Wiener BZÖ-Chef betonte, dass er das BZÖ in Wien als Gegenmodell zum Sozialismus und als moderne "
         "bürgerlich-liberale Kraft positionieren wolle. \"Wir vertreten ein neues, modernes bürgerliches Weltbild, das sich an "
         "leistungsorientierte, selbst bestimmte Menschen wendet, die bereit sind der Gesellschaft mehr zu geben als zu "
         "nehmen.\"")
TS_P3 = ("Tscharnutter, der selbst in einer Patchwork-Familie lebt, sprach sich in diesem Zusammenhang für ein Familienbild "
         "abseits der klassischen Rollenverteilung, die sich im Laufe der Zeit überholt habe, aus.")
TS_P4 = ("Eine Absage erteilte Tscharnutter dem Vorhaben von SPÖ-Stadtschulratspräsidentin Brandsteidl, dass sich die "
         "Gesamtschule in Wien am Niveau der Hauptschulen orientieren solle. \"Wir allen kennen die Probleme in den Wiener "
         "Hauptschulen. Die SPÖ hat ausbildungspolitisch in Wien versagt. Eine gemeinsame Schule der sechs bis 14-Jährigen "
         "muss das Ziel haben die soziale Durchlässigkeit zu stärken.\"")

add(id="ho594-ots-bzoe-wien-2007-06-08-tscharnutter-neustart",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20070608_OTS0105/tscharnutter-bzoe-wien-als-moderne-buergerliche-kraft",
    retrieved="same address (release on the APA-OTS service, 8 June 2007 by its OTS number; the stored copy breaks off inside "
              "its fifth paragraph ('Der BZÖ-Wien Obmann sprach sich in diesem Zusammen'), which is dropped as cut off (rule "
              "15; it holds no quotation), before any contact block, under the plain 'Wien (OTS) -', and the sender is "
              "inferred from the release's own voice as the BZÖ's Vienna organisation: the press conference of its new "
              "chairman on the party's aims for Vienna, he alone quoted (rules 3250, 3390, 3520; were it the federal BZÖ, "
              "whose general secretary took part, the sender would be a party all the same); headline, with its label in "
              "capitals, and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the one hard line break inside the first sentence ('präsentierte heute' / 'der neu gewählte') "
              "joined with one space (rule 48), and the single line break after the complete closing quotation of the second "
              "paragraph ('… als zu nehmen.\"' / 'Tscharnutter, der selbst …') kept as a paragraph break (rule 3520); the "
              "published 'bereit sind der Gesellschaft' and 'das Ziel haben die' without commas and 'Wir allen kennen' kept "
              "(rule 20))",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2, TS_P3, TS_P4],
    # the quotation before `sagte Tscharnutter` is his (rule 30); the cue-less quotations after the narrator's `Der Wiener
    # BZÖ-Chef betonte, dass …` and after `Eine Absage erteilte Tscharnutter dem Vorhaben von …` continue him (rules 8, 30;
    # NOTES.md continuation), the quotation's `Wir` speaking for his party; the headline label `TSCHARNUTTER:` has no marks (rule
    # 5); the role phrases with the party's name (`Wiener BZÖ-Obmann`, `Der Wiener BZÖ-Chef`) are no aliases (rule 33); Gerald
    # Grosz, Brandsteidl and the SPÖ say nothing
    quotes=[(cut(TS_P1, "\"Der Neustart", "einzuziehen\""), TSCHARNUTTER),
            (cut(TS_P2, "\"Wir vertreten", "zu nehmen.\""), TSCHARNUTTER),
            (cut(TS_P4, "\"Wir allen", "zu stärken.\""), TSCHARNUTTER)],
    aliases={TSCHARNUTTER: ["Michael Tscharnutter", "Mag. Michael Tscharnutter", "Tscharnutter"]})

# --- APA-OTS, Die Grünen, 20 February 2008: Karl Öllinger on Peter Westenthaler's immunity ---

OE_T = "Öllinger: Westenthalers Immunität aufzuheben war richtige Entscheidung"
OE_SUB = "Ehemaliger Leibwächter belastet Westenthaler in ´NEWS´-Interview massiv"
OE_P1 = ("Wien (OTS) - \"Das zeigt, wie richtig es war, die Immunität von BZÖ-Klubobmann Peter Westenthaler aufzuheben\", "
         "reagiert der stv. Klubobmann der Grünen, Karl Öllinger, auf ein ´NEWS´- Interview mit dem früheren Leibwächter des "
         "BZÖ-Klubobmanns, Siegfried Kobal, in dem dieser Westenthaler massiv belastet.")
OE_P2 = ("\"Jetzt wird's spannend! Da hat sich der sprichwörtliche Prügelknabe offensichtlich gewaltig erleichtert\", so "
         "Öllinger und weiter: \"Unter normalen Umständen wäre gleich nach der Wirtshausprügelei der Rücktritt der halben "
         "BZÖ-Führung fällig gewesen. Aber was ist bei dieser Partei schon normal?\". Das ´einfache Mitglied in Kärnten´, Jörg "
         "Haider, schweige überhaupt schon seit Monaten zur Wirtshausprügelaffäre.")
OE_P3 = ("\"Ich bin aber optimistisch, dass die Ermittlungen der Staatsanwaltschaft, zumindest was Westenthalers Aussagen vor "
         "Gericht betrifft, ein bisschen Licht ins trübe Orange bringen werden\", schließt Öllinger.")

add(id="ho594-ots-gruene-2008-02-20-oellinger-westenthaler-immunitaet",
    title=OE_T,
    url="https://www.ots.at/presseaussendung/OTS_20080220_OTS0201/oellinger-westenthalers-immunitaet-aufzuheben-war-richtige-"
        "entscheidung",
    retrieved="same address (release of the Greens on the APA-OTS service, 20 February 2008 by its OTS number; the contact "
              "block 'Die Grünen, Tel.: +43-1 40110-6697, presse@gruene.at' and the footer 'OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | FMB0004' show the sender "
              "and are dropped (rules 3250, 3520); headline and subtitle kept as lines of their own as stored; the dateline "
              "kept at the start of the first paragraph; the acute accents around the magazine's name ('´NEWS´-Interview', "
              "'´NEWS´- Interview' with the space after the hyphen) and around 'einfache Mitglied in Kärnten', the "
              "apostrophe of 'wird's' and the full stop after the closing mark ('normal?\".') kept (rules 6, 20, 3525); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OE_SUB, OE_P1, OE_P2, OE_P3],
    # the quotation before `reagiert der stv. Klubobmann der Grünen, Karl Öllinger, auf ein … Interview mit dem früheren
    # Leibwächter …, Siegfried Kobal` is Öllinger's (rule 44), Kobal being the interviewee whose words he answers (rule 12);
    # the quotation before `so Öllinger und weiter:` is his (rule 30), and so is the colon quotation after it (rule 9); the
    # quotation before `schließt Öllinger` is his (rule 30); the magazine's name and Jörg Haider's epithet in acute accents
    # are no marks and carry no span (rule 3525); `stv. Klubobmann der Grünen` names the party and is no alias (rule 33);
    # Peter Westenthaler, Siegfried Kobal, Jörg Haider, NEWS and the Staatsanwaltschaft say nothing
    quotes=[(cut(OE_P1, "\"Das zeigt", "aufzuheben\""), OELLINGER),
            (cut(OE_P2, "\"Jetzt wird", "erleichtert\""), OELLINGER),
            (cut(OE_P2, "\"Unter normalen", "normal?\""), OELLINGER),
            (cut(OE_P3, "\"Ich bin aber", "bringen werden\""), OELLINGER)],
    aliases={OELLINGER: ["Karl Öllinger", "Öllinger"]})

# --- APA-OTS, KPÖ, 23 August 2006: Mirko Messner on the party's nationwide candidacy ---

KP_T = "Bundesweite Kandidatur der KPÖ ist fix"
KP_P1 = ("Wien (OTS) - Die bundesweite, flächendeckende Kandidatur der KPÖ ist fix. KPÖ-Bundessprecher und Spitzenkandidat "
         "Mirko Messner: \"Damit können die WählerInnen am 1. Oktober für eine dezidiert linke Alternative, die die brennenden "
         "Themen Soziales & Demokratie anspricht und Lösungsvorschläge parat hat, votieren.\"")
KP_P2 = ("Neuerlich übt Messner Kritik an den \"enormen Hürden, die die Parlamentsparteien aufgebaut haben, um unter sich zu "
         "bleiben.\" Seltsam, so Messner, ist auch das 3stufige Mandatsermittlungsverfahren: \"Würde das Prinzip \"One men, one "
         "vote\" gelten, dann hätte die KPÖ schon bei der NR-Wahl 2002 ein Mandat errungen. Doch die Zeit wird kommen, wo "
         "KommunistInnen auch im Parlament gegen Sozialabbau, Entdemokratisierung und Ausgrenzung das Wort ergreifen werden "
         "können.\"")
KP_P3 = ("Messner, der sich im Namen der Partei bei allen AktivistInnen in- und außerhalb der KPÖ für die Unterstützung "
         "bedankt, ist für den 1. Oktober jedenfalls optimistisch, \"da sich immer mehr für die Positionen der KPÖ "
         "interessieren.\"")

add(id="ho594-ots-kpoe-2006-08-23-messner-bundesweite-kandidatur",
    title=KP_T,
    url="https://www.ots.at/presseaussendung/OTS_20060823_OTS0020/bundesweite-kandidatur-der-kpoe-ist-fix",
    retrieved="same address (release of the KPÖ on the APA-OTS service, 23 August 2006 by its OTS number; the contact block "
              "'KPÖ / Tel.: 0676/69 69 002 / bundesvorstand@kpoe.at / http://www.kpoe.at' and the footer 'OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | NKP0001' show the sender "
              "and are dropped (rules 3250, 3520); the headline kept as the first line, the release having no subtitle; the "
              "dateline kept at the start of the first paragraph; the inner ASCII pair around 'One men, one vote' inside the "
              "quotation, the full stops inside the closing marks of the partial quotations ('bleiben.\"', "
              "'interessieren.\"'), '3stufige' and 'One men' kept (rule 20); complete as stored; named as usable by the 540th "
              "set and left out)",
    license=APA_OTS_POLITICS,
    paras=[KP_P1, KP_P2, KP_P3],
    # the colon quotation after the verbless label `KPÖ-Bundessprecher und Spitzenkandidat Mirko Messner:` is his (rules 9,
    # 54); the marked phrase after `Neuerlich übt Messner Kritik an den` is his partial quotation (rules 3, 25); the colon
    # quotation after the narrator's `Seltsam, so Messner, ist auch das 3stufige Mandatsermittlungsverfahren:` is his, the
    # inserted so-cue making the sentence that opens it his (rules 9, 30), and the principle `"One men, one vote"` in the same
    # ASCII marks stays inside its span, read by sense (rules 143, 835); the marked clause after `ist für den 1. Oktober
    # jedenfalls optimistisch,` is his (rules 3, 25); the role phrase with the party's name is no alias (rule 33); the
    # Parlamentsparteien, the KPÖ and the AktivistInnen say nothing
    quotes=[(cut(KP_P1, "\"Damit", "votieren.\""), MESSNER),
            (cut(KP_P2, "\"enormen", "bleiben.\""), MESSNER),
            (cut(KP_P2, "\"Würde", "können.\""), MESSNER),
            (cut(KP_P3, "\"da sich", "interessieren.\""), MESSNER)],
    aliases={MESSNER: ["Mirko Messner", "Messner"]})

# --- APA-OTS, Team Stronach Kärnten (inferred), 2 October 2013: Hartmut Prasch on the dispute over Gerhard Köfer ---

PR_T = "EILT - Stronach/Prasch: \"Gesamtes Team Kärnten steht hinter Gerhard Köfer!\""
PR_SUB = "Stellungnahme"
PR_P1 = ("Wien/Klagenfurt (OTS) - \"Wer auch immer neuer Parteiobmann des Team Stronach in Kärnten sein will, dem wünschen wir "
         "alles Gute\", teilt der stv. Landesparteiobmann des Team Stronach für Kärnten, Klubobmann Hartmut Prasch, in einer "
         "ersten Stellungnahme zu den aktuellen Personaldiskussionen mit. Prasch führt weiter aus, dass das \"gesamte "
         "Landesteam hinter LR Gerhard Köfer steht\".")

add(id="ho594-ots-team-stronach-kaernten-2013-10-02-prasch-koefer",
    title=PR_T,
    url="https://www.ots.at/presseaussendung/OTS_20131002_OTS0158/eilt-stronachprasch-gesamtes-team-kaernten-steht-hinter-"
        "gerhard-koefer",
    retrieved="same address (release on the APA-OTS service, 2 October 2013 by its OTS number; the stored copy ends after "
              "its one body paragraph, complete, without a contact block, under the dateline 'Wien/Klagenfurt (OTS) -', and "
              "the sender is inferred from the release's own voice as the Team Stronach in Kärnten: the headline label "
              "'Stronach/Prasch:' over the statement of its deputy Land chairman and club chairman, he alone quoted, on the "
              "Land party's chairmanship (rules 3250, 3390, 3520; were it the federal party, the sender would be a party all "
              "the same); headline, with the wire's 'EILT -', and the one-word subtitle 'Stellungnahme' kept as lines of "
              "their own as stored; the dateline kept at the start of the paragraph; the closing mark before the full stop "
              "('steht\".') kept (rule 20); named as usable and left out by the 560th and 567th sets)",
    license=APA_OTS_POLITICS,
    paras=[PR_SUB, PR_P1],
    # the headline quotation after the label `Stronach/Prasch:` is Hartmut Prasch's: the label joins the party's brand
    # `Stronach/` to his surname, and the body gives him the same statement as a partial quotation (rules 26, 54, 3311); the
    # quotation before the split cue `teilt der stv. Landesparteiobmann …, Klubobmann Hartmut Prasch, in einer ersten
    # Stellungnahme … mit` is his (rule 44), and so is the marked clause after `Prasch führt weiter aus, dass das` (rules 3, 25,
    # 30); `Klubobmann`, which names only him, is an alias (rule 44), the label `Stronach/Prasch` and the role phrase with the
    # party's name are not (rules 33, 3311); Gerhard Köfer, of whom the words speak, the Team Stronach and the future
    # Parteiobmann say nothing
    quotes=[(PR_T[PR_T.index("\""):], PRASCH),
            (cut(PR_P1, "\"Wer auch", "alles Gute\""), PRASCH),
            (cut(PR_P1, "\"gesamte", "Köfer steht\""), PRASCH)],
    aliases={PRASCH: ["Hartmut Prasch", "Klubobmann Hartmut Prasch", "Prasch", "Klubobmann"]})
