# Five-hundred-and-thirty-sixth held-out German real-news set (tests/data/heldout536-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3050-3054). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-sixth held-out set": nine releases of Austrian political
# parties, their Land organisations and parliamentary clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: two
# of the SPÖ (the Vienna party `Wien (OTS/SPW)`: Rudi Schicker on the Vienna FPÖ's party congress, June 2012; the federal
# press service `Wien (SK)`: Bettina Stadlbauer on the Greens' lists, September 2008), one of the ÖVP Wien (Norbert Walter on
# Michael Häupl's 'Geraunze', June 2008), one of the Freiheitlicher Parlamentsklub (Harald Vilimsky against the political
# consultant Hofer, October 2010), two of the Greens (Brigid Weinzinger congratulating Barbara Prammer, April 2004; Meri
# Disoski congratulating Viktoria Spielmann, January 2021, sender inferred), one of the BZÖ's parliamentary club (Rainer
# Widmann and Ursula Haubner on his candidacy in Oberösterreich, April 2013), one of the Team Stronach (Waltraud Dietrich
# handing the club over to Robert Lugar, August 2015, sender inferred) and one of the NEOS (Matthias Strolz on the party's
# tour of the Länder, July 2013, sender inferred). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS
# marker '****', end marks, contact blocks and footers) is dropped (rules 48, 63, 460, 2570, 2980, 3050), single stored
# line breaks inside a paragraph are joined (rules 740, 2980, 3050), and each retrieval note names what was dropped.
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


SCHICKER = "Rudi Schicker"
STADLBAUER = "Bettina Stadlbauer"
WALTER = "Norbert Walter"
VILIMSKY = "Harald Vilimsky"
HOFER = "Hofer"
WEINZINGER = "Brigid Weinzinger"
DISOSKI = "Meri Disoski"
WIDMANN = "Rainer Widmann"
HAUBNER = "Ursula Haubner"
DIETRICH = "Waltraud Dietrich"
LUGAR = "Robert Lugar"
STROLZ = "Matthias Strolz"

# --- APA-OTS, SPÖ Wien (Pressedienst), 10 June 2012: Schicker on the Vienna FPÖ's party congress ---

SC_T = "SP-Schicker: FPÖ ist für WienerInnen einziger Albtraum"
SC_P1 = ("Wien (OTS/SPW) - \"Parteitagsrhetorik allein macht die Machenschaften der feinen Herren von der FPö nicht "
         "ungeschehen!\", stellte der Wiener SPÖ-Klubvorsitzende Rudi Schicker am Sonntag anlässlich des Wiener "
         "FPÖ-Parteitags fest. \"Wann tritt Herr Graf zurück? Wann legt Herr Stefan sein Notariat zurück? Wann verzichtet "
         "Herr Wansch auf sein Wiener Gemeinderatsmandat? Strache und Gudenus haben zu handeln. Und das sofort!\", forderte "
         "er Konsequenzen dafür, dass Graf, Stefan und Wansch eine 90jährige Wienerin um ihr Geld gebracht haben.")
SC_P2 = ("\"Die FPö ist die Partei der Wohnungsprivatisierer, die Partei der Erbschleicher und die Partei derer, die sich "
         "eine Funktion zuschreiben, die sie gar nicht haben\", betonte Schicker. Und: \"Damit meine ich nicht nur den "
         "'Rechtsanwalt' Graf, sondern auch Strache und Gudenus! Beide rühmen sich der angeblichen Funktion als Helden der "
         "Entrechteten und Armen, was sie aber nicht sind!\"")
SC_P3 = ("Abschließend stellte der Klubvorsitzende fest: \"Dass Strache die Wiener Politik mit Märchenhaftem vergleicht, "
         "kommt der Realität durchaus nahe. Die Lebensqualität in der Stadt ist dank der Wiener Sozialdemokratie - wie alle "
         "internationalen Studien bestätigen - in der Tat märchenhaft gut. Ganz im Gegensatz zur Strache-Politik und den "
         "unfassbaren FPÖ-Skandalen: Sie sind für die Wienerinnen und Wiener ein einziger Albtraum!\"")

add(id="ho536-ots-spoe-wien-2012-06-10-schicker-fpoe-albtraum",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20120610_OTS0047/sp-schicker-fpoe-ist-fuer-wienerinnen-einziger-albtraum",
    retrieved="same address (release of the Vienna SPÖ on the APA-OTS service, 10 June 2012 by its OTS number; the dateline "
              "code 'Wien (OTS/SPW) -', kept at the start of the first paragraph, and the contact block 'Pressedienst der SPÖ "
              "Wien' with the footer 'DSW0002' show the sender; the single stored line break inside the first sentence "
              "('macht die' / 'Machenschaften') joined with a space (rules 740, 2980); the OTS marker '****' run onto the "
              "end of the first paragraph ('gebracht haben.****'), the end mark ' (Schluss) ah', the contact block, the "
              "service line and the footer dropped (rules 460, 2570, 3050); the published 'FPö' (twice) and '90jährige' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SC_P1, SC_P2, SC_P3],
    # the teaser quotation before `stellte der Wiener SPÖ-Klubvorsitzende Rudi Schicker … fest` is his (rule 44), and so
    # are the quotation before `forderte er Konsequenzen` (rule 8) and the one before `betonte Schicker` (rule 30); the
    # colon quotation after the subjectless `Und:` continues him (rule 9, as `Und weiter:`), the lawyer's title
    # `'Rechtsanwalt'` in single ASCII marks staying inside his span (rules 52, 143); the colon quotation after
    # `Abschließend stellte der Klubvorsitzende fest:` is his (rules 9, 30); `Klubvorsitzende`, which names only him, is an
    # alias (rule 44), `Wiener SPÖ-Klubvorsitzende` names party and city and is not (rule 33); the headline label
    # `SP-Schicker:` carries no marks (rule 5); Graf, Stefan, Wansch, Strache and Gudenus say nothing
    quotes=[(cut(SC_P1, "\"Parteitagsrhetorik", "ungeschehen!\""), SCHICKER),
            (cut(SC_P1, "\"Wann tritt", "das sofort!\""), SCHICKER),
            (cut(SC_P2, "\"Die FPö", "nicht haben\""), SCHICKER),
            (cut(SC_P2, "\"Damit meine", "nicht sind!\""), SCHICKER),
            (cut(SC_P3, "\"Dass Strache", "Albtraum!\""), SCHICKER)],
    aliases={SCHICKER: ["Rudi Schicker", "Schicker", "Klubvorsitzende"]})

# --- APA-OTS, SPÖ-Pressedienst, 11 September 2008: Stadlbauer on the Greens pushing out their women MPs ---

SL_T = "Stadlbauer: Grüne drängen erfahrene Frauenpolitikerinnen aus dem Parlament"
SL_P1 = ("Wien (SK) - \"Ausgerechnet die Grünen, die sich als Frauenpartei bezeichnen, drängen ihre weiblichen Abgeordneten "
         "aus dem Parlament\", sagte heute SPÖ-Bundesfrauengeschäftsführerin und Nationalratsabgeordnete Bettina Stadlbauer "
         "in Reaktion auf eine Aussendung von Eva Glawischnig. \"Wie ist es zu erklären, dass ausgerechnet die "
         "Frauensprecherin der Grünen, Brigid Weinzinger, zum Rückzug aus der Politik gedrängt wurde?\", fragt Stadlbauer. "
         "Ähnlich sei es auch der Behindertensprecherin Theresia Haidlmayr ergangen.")
SL_P2 = ("Bis jetzt gibt es keinerlei Solidaritätsmaßnahmen von den Grünen Frauen, wundert sich Stadlbauer. Für den "
         "\"schleppenden Wahlkampf der Grünen\" müsse nun alleine die Bundesgeschäftsführerin Sburny büßen, für die es "
         "keinen Listenplatz mehr gebe.")
SL_P3 = ("\"Männliche Droh- und Machtgebärden, wie die von Peter Pilz, der seinen Rücktritt aus der Politik angekündigt hat, "
         "wenn er nicht an vierte Stelle gereiht werde, sind leider nunmehr bei den Grünen gang und gäbe\", so Stadlbauer "
         "weiter. \"Bei den Grünen werden erfahrene Frauenpolitikerinnen, nun wo es bei der Verteilung der Mandate eng wird, "
         "zurückgedrängt.\" Glawischnig sei dies offensichtlich völlig egal, sonst würde sie nicht über diese Tatsachen "
         "hinweggehen.")
SL_P4 = ("\"Die SPÖ-Bundesliste ist im Reißverschlussprinzip erstellt, und bei vielen SPÖ Landeslisten führen die Frauen. So "
         "stünden an der Spitze der oberösterreichischen Landesliste drei Frauen, der Frauenanteil auf den Landeslisten Wien "
         "und Steiermark beträgt mehr als 50 Prozent\", erklärte die SPÖ-Bundesfrauengeschäftsführerin. Frauenpolitik ist im "
         "Wahlkampf der SPÖ ein zentrales Thema, so Stadlbauer. Die SPÖ ist die einzige Partei, die einen eigenen "
         "Frauenwahlkampf mit Aktionstagen, Foldern, Flugblättern, Frauenhomepage www.frauen.spoe.at und vielem mehr "
         "führe.")

add(id="ho536-ots-spoe-2008-09-11-stadlbauer-gruene-frauenpolitikerinnen",
    title=SL_T,
    url="https://www.ots.at/presseaussendung/OTS_20080911_OTS0275/stadlbauer-gruene-draengen-erfahrene-frauenpolitikerinnen-"
        "aus-dem-parlament",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 11 September 2008 by its OTS number; "
              "the stored copy breaks off inside the fifth paragraph, before any contact block, and the sender is read from "
              "the press service's dateline 'Wien (SK) -' (rules 2570, 3050), kept at the start of the first paragraph; the "
              "OTS marker ' ****' at the end of the first paragraph dropped (rule 460); the fifth paragraph ('\"Während die "
              "Frauen in der SPÖ immer stärken werden, drängen die Grüne die Frauen'), cut off in the stored copy inside a "
              "quotation, dropped (rule 15); the published 'SPÖ Landeslisten' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SL_P1, SL_P2, SL_P3, SL_P4],
    # the teaser quotation before `sagte heute SPÖ-Bundesfrauengeschäftsführerin und Nationalratsabgeordnete Bettina
    # Stadlbauer in Reaktion auf eine Aussendung von Eva Glawischnig` is hers, Glawischnig being the one answered (rules 12,
    # 44); the quotations before `fragt Stadlbauer` and `so Stadlbauer weiter` are hers (rule 30), and so is the cue-less
    # quotation after the latter (NOTES.md continuation); the marked phrase in the Konjunktiv sentence after `wundert sich
    # Stadlbauer` is hers (rules 25, 927); the quotation before `erklärte die SPÖ-Bundesfrauengeschäftsführerin` is hers
    # (rule 30), the party office not being listed (rule 33, as in rule 2983); Eva Glawischnig, Brigid Weinzinger, Theresia
    # Haidlmayr, Sburny and Peter Pilz, named in and around her quotations, say nothing
    quotes=[(cut(SL_P1, "\"Ausgerechnet", "Parlament\""), STADLBAUER),
            (cut(SL_P1, "\"Wie ist", "gedrängt wurde?\""), STADLBAUER),
            ("\"schleppenden Wahlkampf der Grünen\"", STADLBAUER),
            (cut(SL_P3, "\"Männliche", "gang und gäbe\""), STADLBAUER),
            (cut(SL_P3, "\"Bei den Grünen", "zurückgedrängt.\""), STADLBAUER),
            (cut(SL_P4, "\"Die SPÖ-Bundesliste", "50 Prozent\""), STADLBAUER)],
    aliases={STADLBAUER: ["Bettina Stadlbauer", "Nationalratsabgeordnete Bettina Stadlbauer", "Stadlbauer"]})

# --- APA-OTS, ÖVP Wien (Pressestelle), 30 June 2008: Walter on Häupl's remarks on federal politics ---

WA_T = "VP-Walter: \"Häupls Geraunze schön langsam fad\""
WA_SUB = "Bürgermeister hat Wählerauftrag, sich um Wien zu kümmern"
WA_P1 = ("Wien (OTS) - \"Das Geraunze des Wiener Bürgermeisters in Sachen Bundespolitik ist schön langsam fad. Statt über "
         "Neuwahlen zu spekulieren, sollte Häupl auf seine Genossen im Bund einwirken, dass sich diese an den Regierungspakt "
         "halten und endlich für das Land arbeiten, statt sich permanent mit sich selbst zu beschäftigen. Es geht hier nicht "
         "um ein Kartenspiel, wo einer dem anderen den Schwarzen Neuwahl-Peter zuschiebt, sondern darum, dass die SPÖ den "
         "gemeinsamen Weg der Regierung verlassen hat. Und zwar Häupl im Verein mit seinen Genossen Faymann und "
         "Gusenbauer.\" Das sagte der Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert Walter.")
WA_P2 = ("Scharf kritisierte der VP-Landesgeschäftsführer auch Häupls Aussagen über bundespolitische Themen: \"Der "
         "Bürgermeister hat den Wählerauftrag, sich um Wien zu kümmern. Da hätte er mehr als genug zu tun. Trotz seiner "
         "öffentlichen Brüskierung durch die Installierung eines Tandems an der SP-Spitze mischt er sich weiter in die "
         "Bundespolitik ein. Wenn er davon spricht, dass in Sachen Pensionsreform Verantwortung an den Computer delegiert "
         "wird, dürfte er vor lauter bundespolitischen Zwischenrufen eines vergessen haben: Mit dem Valorisierungsgesetz "
         "mutet er genau das den Wienerinnen und Wienern zu, nämlich unsoziale Gebührenerhöhungen, ausgerechnet von einem "
         "Computer. Die Wählerinnen und Wähler werden bis zur nächsten Wahl nicht vergessen haben, wer in unsozialer Art "
         "und Weise an der Gebührenschraube in Wien gedreht hat\", schloss Walter.")

add(id="ho536-ots-oevp-wien-2008-06-30-walter-haeupls-geraunze",
    title=WA_T,
    url="https://www.ots.at/presseaussendung/OTS_20080630_OTS0208/vp-walter-haeupls-geraunze-schoen-langsam-fad",
    retrieved="same address (release of the ÖVP Wien on the APA-OTS service, 30 June 2008 by its OTS number; the contact "
              "block 'ÖVP Wien - Pressestelle' with an oevp-wien.at address and the footer 'NVW0002' show the sender; "
              "headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at the start of "
              "the first paragraph; the single stored line break inside the second paragraph's quotation, after 'eines "
              "vergessen haben:', joined with a space (rules 740, 2980, 3050); the contact block, the service line and the "
              "footer dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WA_SUB, WA_P1, WA_P2],
    # the headline label `VP-Walter: "…"` gives its quotation to him (rule 54), the body's first sentence holding the same
    # words (rule 26); the body's first quotation is his by the anaphoric cue sentence after it, `Das sagte der
    # Landesgeschäftsführer der ÖVP Wien, Stadtrat Norbert Walter.` (rule 97); the colon quotation after `Scharf kritisierte
    # der VP-Landesgeschäftsführer auch Häupls Aussagen …:` and its closing cue `schloss Walter` are his (rules 9, 30), the
    # colon inside it (`vergessen haben: Mit dem …`) opening nothing new; the role phrases with the party's name
    # (`Landesgeschäftsführer der ÖVP Wien`, `VP-Landesgeschäftsführer`) and the label `VP-Walter` are no aliases (rules 33,
    # 2583); Michael Häupl, whose remarks are answered, Faymann and Gusenbauer say nothing in marks
    quotes=[("\"Häupls Geraunze schön langsam fad\"", WALTER),
            (cut(WA_P1, "\"Das Geraunze", "Gusenbauer.\""), WALTER),
            (cut(WA_P2, "\"Der Bürgermeister", "gedreht hat\""), WALTER)],
    aliases={WALTER: ["Norbert Walter", "Stadtrat Norbert Walter", "Walter"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 15 October 2010: Vilimsky against the political consultant Hofer ---

VI_T = "FPÖ-Vilimsky: Sudelkampagne gegen FPÖ geht weiter"
VI_P1 = ("Wien (OTS) - Die Sudelkampagne gegen die FPÖ gehe auch nach gewonnenem Wahlkampf munter weiter, kommentierte heute "
         "der freiheitliche Generalsekretär NAbg. Harald Vilimsky die Aussagen von \"Politikberater\" Hofer, wonach die FPÖ "
         "angeblich \"...derzeit 'überfordert', sei, die zahlreichen dazugewonnenen Mandate und Positionen an 'halbwegs "
         "g'standene Politiker' zu verteilen\". \"Das ist absoluter Unfug\", so Vilimsky.")
VI_P2 = ("Die Liste der Freiheitlichen sei überkomplett gewesen. Man sei theoretisch auch in der Lage alle 100 Abgeordneten "
         "zum Wiener Landtag mit Top-Leuten zu stellen, verwies Vilimsky auf die Wahlliste der FPÖ. Dass die FPÖ nun "
         "angeblich auf der Suche nach Mandataren sei, sei von Hofer offenbar absolut frei erfunden. \"Ich weiß nicht, aus "
         "welcher Nase sich Hofer seine Beurteilungen zieht\", so Vilimsky.")
VI_P3 = ("Ebenso abwegig sei die Behauptung Hofers, Strache hätte \"...das Personal nicht, um alle Posten zu besetzen\", so "
         "Vilimsky, der auf die Präsentation der freiheitlichen Stadtrats-Kandidaten vor der Wahl verwies, die Hofer "
         "offenbar verschlafen habe. \"Ich bin erstaunt über den plumpen Versuch Hofers, die FPÖ auf diese Weise "
         "anzupatzen\", so Vilimsky.")
VI_P4 = ("Offenbar habe Hofer realisiert, dass in den kommenden drei Jahren keine Wahlen mehr stattfänden und seine "
         "\"Berater-Tätigkeit\" daher entbehrlich werde, vermutet Vilimsky. Anders sei es nicht zu erklären, dass der Herr "
         "Politikberater seine \"Unabhängigkeit\" derartig plump an die SPÖ verkaufen müsse, schloss Vilimsky, der pro "
         "futuro dazu aufforderte, dass sämtliche \"Berater\" zunächst offenzulegen hätten, für wen aller sie diverse "
         "Beratungsleistungen anbieten bzw. wer aller diese unter Vertrag habe. Er, Vilimsky, vermute, dass hier etliche "
         "Überraschungen die Folge wäre und von der beschworenen Unabhängigkeit oft nichts mehr bleiben würde.")

add(id="ho536-ots-fpoe-2010-10-15-vilimsky-sudelkampagne-hofer",
    title=VI_T,
    url="https://www.ots.at/presseaussendung/OTS_20101015_OTS0202/fpoe-vilimsky-sudelkampagne-gegen-fpoe-geht-weiter",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 15 October 2010 by its OTS "
              "number; the contact block 'Freiheitlicher Parlamentsklub' with a fpoe.at address shows the sender; the "
              "dateline 'Wien (OTS) -' kept at the start of the first paragraph; the contact block, cut off in the stored "
              "copy, dropped (rule 2570); the published '\"...derzeit', '\"...das Personal', 'überfordert', sei', 'in der "
              "Lage alle' and 'Überraschungen die Folge wäre' kept (rule 20); the body complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[VI_P1, VI_P2, VI_P3, VI_P4],
    # the marked title in `kommentierte … Harald Vilimsky die Aussagen von "Politikberater" Hofer` is Vilimsky's mocking
    # mark (rule 3051); the marked words after `die Aussagen von … Hofer, wonach die FPÖ angeblich` are the consultant's
    # (rule 3052), his own single-marked words staying inside the span (rules 52, 143), and so are the marked words after
    # `die Behauptung Hofers, Strache hätte` (rules 2572, 3052), although `so Vilimsky` closes that sentence; the
    # quotations before `so Vilimsky` (three) are his (rule 30); the short marked words in the Konjunktiv reports closed
    # by `vermutet Vilimsky` and `schloss Vilimsky` are his (rules 25, 927, 3051); Hofer, named only by his surname, is
    # canonical as `Hofer` with the genitive and the release's `Politikberater` as aliases (rules 7, 44, 2572); the party
    # adjective role `der freiheitliche Generalsekretär` is no alias (rule 33); Strache says nothing
    quotes=[("\"Politikberater\"", VILIMSKY),
            (cut(VI_P1, "\"...derzeit", "zu verteilen\""), HOFER),
            ("\"Das ist absoluter Unfug\"", VILIMSKY),
            (cut(VI_P2, "\"Ich weiß", "zieht\""), VILIMSKY),
            (cut(VI_P3, "\"...das Personal", "zu besetzen\""), HOFER),
            (cut(VI_P3, "\"Ich bin erstaunt", "anzupatzen\""), VILIMSKY),
            ("\"Berater-Tätigkeit\"", VILIMSKY),
            ("\"Unabhängigkeit\"", VILIMSKY),
            ("\"Berater\"", VILIMSKY)],
    aliases={VILIMSKY: ["Harald Vilimsky", "NAbg. Harald Vilimsky", "Vilimsky"],
             HOFER: ["Hofer", "Hofers", "Politikberater"]})

# --- APA-OTS, Die Grünen, 27 April 2004: Weinzinger congratulates Barbara Prammer on her nomination ---

WE_T = "Weinzinger gratuliert Barbara Prammer zur Nominierung als zweite NR-Präsidentin"
WE_SUB = "Grüne knüpfen Erwartungen an neue 2. Parlamentspräsidentin"
WE_P1 = ("OTS (Wien) - \"Mit besten Wünschen und viel Kraft für die vor ihr liegenden Aufgaben\", gratuliert die "
         "Frauensprecherin der Grünen, Brigid Weinzinger, heute Barbara Prammer zur Nominierung als zweite NR-Präsidentin "
         "durch die SPÖ")
WE_P2 = ("Weinzinger knüpft an Prammers Nominierung auch Erwartungen an die künftige zweite Parlamentspräsidentin, "
         "insbesondere was die Vorsitzführung während NR-Sitzungen betrifft. \"Der Lärmpegel im Hohen Haus, sexistische "
         "Äußerungen und störende Zwischenrufe machen die Arbeit für weibliche Abgeordnete weitaus schwieriger als für die "
         "männlichen Kollegen. Da erwarte ich mir eindeutige Signale\", führt Weinzinger aus.")
WE_P3 = ("Überdies hofft Weinzinger künftig auf mehr Beiträge von Parlamentarierinnen während der attraktiven Redezeiten im "
         "Parlament. \"In der Präsidiale gibt’s schon einen Handlungsspielraum, der darauf Einfluss nehmen kann. Ein "
         "Gender-Training für die Mitglieder der Präsidiale wäre darüber hinaus ebenfalls ein sinnvolles Unterfangen\", "
         "ergänzt Weinzinger abschließend.")

add(id="ho536-ots-gruene-2004-04-27-weinzinger-gratuliert-prammer",
    title=WE_T,
    url="https://www.ots.at/presseaussendung/OTS_20040427_OTS0192/weinzinger-gratuliert-barbara-prammer-zur-nominierung-als-"
        "zweite-nr-praesidentin",
    retrieved="same address (release of the Greens on the APA-OTS service, 27 April 2004 by its OTS number; the contact block "
              "'Die Grünen' with a gruene.at address and the footer 'FMB0003' show the sender; headline and subtitle kept as "
              "lines of their own as stored; the dateline in the published order 'OTS (Wien) -' kept at the start of the "
              "first paragraph, which ends without a full stop as published (rule 20); the single stored line break between "
              "the second paragraph's first sentence and its quotation ('… betrifft.' / '\"Der Lärmpegel …'), in a copy "
              "whose paragraphs are separated by empty lines, joined with a space as a break inside the paragraph (rules 740, "
              "2980, 3050); the contact block, the service line and the footer dropped (rule 2570); the typographic "
              "apostrophe in 'gibt’s' kept (rule 6); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WE_SUB, WE_P1, WE_P2, WE_P3],
    # the teaser quotation before `gratuliert die Frauensprecherin der Grünen, Brigid Weinzinger, heute Barbara Prammer …`
    # is hers, Prammer being the one congratulated (rules 12, 44); the quotations before `führt Weinzinger aus` and
    # `ergänzt Weinzinger abschließend` are hers (rule 30); the role phrase with the party's name is no alias (rule 33);
    # Barbara Prammer says nothing
    quotes=[(cut(WE_P1, "\"Mit besten", "Aufgaben\""), WEINZINGER),
            (cut(WE_P2, "\"Der Lärmpegel", "Signale\""), WEINZINGER),
            (cut(WE_P3, "\"In der Präsidiale", "Unterfangen\""), WEINZINGER)],
    aliases={WEINZINGER: ["Brigid Weinzinger", "Weinzinger"]})

# --- APA-OTS, Die Grünen (inferred), 15 January 2021: Disoski congratulates Viktoria Spielmann ---

DI_T = "Grüne/Disoski gratuliert Viktoria Spielmann"
DI_SUB = "Neue Sprecherin und neuer Vorstand der Grünen Frauen* Wien gewählt"
DI_P1 = ("Wien (OTS) - „Ich gratuliere Viktoria Spielmann zur Wahl als Sprecherin der Grünen Frauen* Wien und freue mich auf "
         "die gemeinsame Arbeit für eine feministische Gesellschaft“, begrüßt Meri Disoski, Vorsitzende der Grünen Frauen "
         "Österreich, Spielmanns Wahl am gestrigen Donnerstag. „Mit Viktoria Spielmann haben die Grünen Frauen* Wien eine "
         "kompetente Feministin und Frauen*politikerin gewählt, die keine Scheu vor politischen Auseinandersetzungen hat.“")
DI_P2 = ("Gleichzeitig bedankt sich Disoski bei der bisherigen Sprecherin Barbara Huemer für das langjährige "
         "frauen*politische Engagement. „Barbara Huemer hat in den letzten Jahren zentrale feministische Projekte in Wien "
         "mitbegleitet und verhandelt, in der letzten Periode etwa die Aufstockung des Budgets des Frauenservice der Stadt "
         "Wien. In ihrer Zeit im Frauenvorstand wurden außerdem die erste feministische Klimakonferenz, die erste "
         "Alleinerziehendenmesse sowie zahlreiche Aktionen gegen Sexismus, Gewalt an Frauen und den Gender Pay Gap "
         "umgesetzt\", so die Vorsitzende der Grünen Frauen* Österreich.")

add(id="ho536-ots-gruene-2021-01-15-disoski-gratuliert-spielmann",
    title=DI_T,
    url="https://www.ots.at/presseaussendung/OTS_20210115_OTS0086/gruenedisoski-gratuliert-viktoria-spielmann",
    retrieved="same address (release on the APA-OTS service, 15 January 2021 by its OTS number; the stored copy breaks off "
              "inside the third paragraph, before any contact block, and the sender is inferred as the Greens from the "
              "release's own voice: the headline label 'Grüne/Disoski' and a body that quotes only the chairwoman of the "
              "Grüne Frauen Österreich (rules 2850, 2980, 3050); headline and subtitle kept as lines of their own as stored; "
              "the dateline 'Wien (OTS) -' run into the first paragraph kept; the third paragraph ('Mit der Mitinitiatorin "
              "des Frauen*volksbegehrens 2.0, Viktoria Spielmann, …'), cut off in the stored copy inside a quotation of "
              "Spielmann's, dropped with her two quotations (rule 15); the published gender asterisks ('Frauen*', "
              "'Frauen*politikerin', 'frauen*politische') and the typographic opening with an ASCII closing mark in the "
              "second paragraph kept (rules 20, 21))",
    license=APA_OTS_POLITICS,
    paras=[DI_SUB, DI_P1, DI_P2],
    # the teaser quotation before `begrüßt Meri Disoski, Vorsitzende der Grünen Frauen Österreich, Spielmanns Wahl` is
    # hers (rule 44), and the cue-less quotation after it continues her (NOTES.md continuation); the quotation before `so
    # die Vorsitzende der Grünen Frauen* Österreich`, after the sentence in which Disoski thanks Barbara Huemer, is hers
    # (rule 30), its mixed marks one span (rule 21); the role phrases with the organisation's name are no aliases (rule
    # 33); the headline label `Grüne/Disoski` carries no marks (rule 5); Viktoria Spielmann and Barbara Huemer, named in
    # her quotations, say nothing in the part kept
    quotes=[(cut(DI_P1, "„Ich gratuliere", "Gesellschaft“"), DISOSKI),
            (cut(DI_P1, "„Mit Viktoria", "hat.“"), DISOSKI),
            (cut(DI_P2, "„Barbara Huemer", "umgesetzt\""), DISOSKI)],
    aliases={DISOSKI: ["Meri Disoski", "Disoski"]})

# --- APA-OTS, Parlamentsklub des BZÖ, 25 April 2013: Widmann top candidate of the BZÖ Oberösterreich ---

WD_T = "Widmann Spitzenkandidat des BZÖ Oberösterreich für die Nationalratswahl"
WD_P1 = ("Wien (OTS) - Im BZÖ Oberösterreich wurde der Freistädter Abgeordnete und BZÖ-Bündnissprecher Rainer Widmann "
         "einstimmig zum Spitzenkandidaten für die Nationalratswahl gewählt. Widmann nannte als Wahlziel das Erreichen von "
         "zwei Mandaten in Oberösterreich. \"Das BZÖ ist eine Alternative für den leistungsorientierten Mittelstand. Wir "
         "stehen für eine konstruktive Politik ohne Radikalismus, dafür aber mit umsetzbaren Konzepten für die Zukunft "
         "Österreichs. Im Wahlkampf werden für das BZÖ die Themen Jugend, Familie, Zuwanderung, Teuerung und die "
         "Verschwendung von Steuergeldern eine gewichtige Rolle spielen. Österreich braucht Lösungen für die Zukunft und "
         "keine rot-schwarze Blockadepolitik. Denn von so einer defensiven Politik ohne Weitblick haben die Österreicher die "
         "Nase voll\", betonte Widmann.")
WD_P2 = ("Erfreut zeigte sich auch die Landesobfrau des BZÖ Oberösterreich Ursula Haubner: \"Rainer Widmann ist eine gute "
         "Entscheidung für Oberösterreich. Er macht seit Jahren Basispolitik und weiß, wo bei den Bürgern der Schuh drückt. "
         "Er wird wie bisher schon die Interessen und Anliegen der oberösterreichischen Bevölkerung mit großem persönlichen "
         "Engagement im Parlament vertreten.\"")

add(id="ho536-ots-bzoe-2013-04-25-widmann-spitzenkandidat-ooe",
    title=WD_T,
    url="https://www.ots.at/presseaussendung/OTS_20130425_OTS0148/widmann-spitzenkandidat-des-bzoe-oberoesterreich-fuer-die-"
        "nationalratswahl",
    retrieved="same address (release of the BZÖ's parliamentary club on the APA-OTS service, 25 April 2013 by its OTS number; "
              "the contact block 'Pressereferat Parlamentsklub des BZÖ' and the footer 'BZC0003' show the sender; the "
              "dateline 'Wien (OTS) -' kept at the start of the first paragraph; the contact block, the service line and the "
              "footer dropped (rule 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[WD_P1, WD_P2],
    # the quotation before `betonte Widmann`, after the sentence whose subject he is, is his (rule 30); the colon
    # quotation after `Erfreut zeigte sich auch die Landesobfrau des BZÖ Oberösterreich Ursula Haubner:` is hers (rule 9),
    # although it opens with his name and speaks of him in the third person (rules 30, 3015); the role phrases with the
    # party's name (`BZÖ-Bündnissprecher`, `Landesobfrau des BZÖ Oberösterreich`) are no aliases (rule 33)
    quotes=[(cut(WD_P1, "\"Das BZÖ", "Nase voll\""), WIDMANN),
            (cut(WD_P2, "\"Rainer Widmann", "vertreten.\""), HAUBNER)],
    aliases={WIDMANN: ["Rainer Widmann", "Widmann"],
             HAUBNER: ["Ursula Haubner"]})

# --- APA-OTS, Team Stronach (inferred), 4 August 2015: Dietrich hands the club over to Lugar ---

TS_T = "Stronach/Lugar/Dietrich: Wiederbelebung der Werte und Ziele mit neuem Klubobmann Lugar"
TS_SUB = "Österreich fährt bald an die Wand - nur das Team Stronach kann Notbremsung einleiten"
TS_P1 = ("Wien (OTS) - \"Trage die Bürde mit Würde\", sagte die bisherige Team Stronach Klubobfrau Waltraud Dietrich in der "
         "heutigen Pressekonferenz zum - einstimmig - gewählten neuen Klubobmann Robert Lugar und übergab ihm einen schwer "
         "befüllten Rucksack - als Symbol für die große Aufgabe, die vor ihm liegt. \"Mit einem kleinen aber dafür "
         "eingeschworenen Team wollen wir uns rückbesinnen auf unser Programm, auf die Botschaft von Frank Stronach und die "
         "geistige Revolution, für die wir gewählt wurden\", erklärte Lugar.")
TS_P2 = ("\"Ich kenne Robert von Anfang an als jemanden, der sich immer mit vollsten Engagement eingebracht hat\", lobte "
         "Waltraud Dietrich ihren Nachfolger Robert Lugar. Gleichzeitig entschuldigte sie sich bei den Wählern für jene "
         "Mandatare des Team Stronach, die zur ÖVP gewechselt sind: \"Es ist eine Schande für eine christliche Partei wie "
         "der ÖVP, Mandatsraub zu betreiben!\" Für sie steht es außer Frage die Partei jemals zu verlassen, \"ich bin und "
         "bleibe mit ganzem Herzen beim Team Stronach und werde mich auch weiterhin in meinen Ressorts wie der "
         "Sozialpolitik voll und ganz einbringen\". Vor allem ihre Familie sei froh, sie jetzt endlich wieder öfter zu Hause "
         "in der Steiermark anzutreffen. Dietrich bedankte sich bei Frank Stronach für sein Vertrauen, bei den Wahlhelfern "
         "für ihren Einsatz, bei den Mitarbeitern für ihre bisherige und zukünftige Arbeit und auch bei den Mitgliedern der "
         "Präsidiale im Parlament für die gute Zusammenarbeit.")

add(id="ho536-ots-team-stronach-2015-08-04-dietrich-lugar-klubobmann",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20150804_OTS0096/stronachlugardietrich-wiederbelebung-der-werte-und-ziele-"
        "mit-neuem-klubobmann-lugar",
    retrieved="same address (release on the APA-OTS service, 4 August 2015 by its OTS number; the stored copy breaks off "
              "inside the third paragraph, before any contact block, and the sender is inferred as the Team Stronach's "
              "parliamentary club from the release's own voice: the headline label 'Stronach/Lugar/Dietrich:', the party's "
              "slogan in the subtitle and a body that reports the club's press conference and quotes only its outgoing and "
              "new chairs (rules 2850, 2980, 3050); headline and subtitle kept as lines of their own as stored; the dateline "
              "'Wien (OTS) -' run into the first paragraph kept; the third paragraph ('\"Unsere ursprünglichen Inhalte - …', "
              "with Lugar's second and third quotations), cut off in the stored copy inside a quotation, dropped (rule 15); the "
              "published 'mit vollsten Engagement', 'wie der ÖVP' and 'außer Frage die Partei' without a comma kept (rule "
              "20))",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2],
    # the teaser quotation before `sagte die bisherige Team Stronach Klubobfrau Waltraud Dietrich … zum … gewählten neuen
    # Klubobmann Robert Lugar` is hers, Lugar being the one addressed (rules 12, 44); the quotation before `erklärte Lugar`
    # is his (rule 30); the quotation before `lobte Waltraud Dietrich ihren Nachfolger Robert Lugar` is hers, its `Robert`
    # the addressee named in it (rule 30); the colon quotation after `Gleichzeitig entschuldigte sie sich …:` is hers
    # (rules 8, 9), and so is the lower-case first-person quotation appended to the narrator's sentence `Für sie steht es
    # außer Frage …` (rule 3053); the role phrase with the party's name (`Team Stronach Klubobfrau`) is no alias (rule 33),
    # `Klubobmann`, which names only Lugar here, is part of his aliases; Frank Stronach, named in the headline label and in
    # Lugar's quotation, says nothing in the part kept
    quotes=[("\"Trage die Bürde mit Würde\"", DIETRICH),
            (cut(TS_P1, "\"Mit einem", "gewählt wurden\""), LUGAR),
            (cut(TS_P2, "\"Ich kenne", "eingebracht hat\""), DIETRICH),
            (cut(TS_P2, "\"Es ist eine", "betreiben!\""), DIETRICH),
            (cut(TS_P2, "\"ich bin", "einbringen\""), DIETRICH)],
    aliases={DIETRICH: ["Waltraud Dietrich", "Dietrich"],
             LUGAR: ["Robert Lugar", "Klubobmann Robert Lugar", "Klubobmann Lugar", "Lugar"]})

# --- APA-OTS, NEOS (inferred), 2 July 2013: Strolz on the party's tour of the Länder ---

NE_T = "Starker Zuspruch bei NEOS Bundesländertour - über 15 Prozent bei Probewahl in Oberösterreich"
NE_SUB = ("Mehr als 1.200 Gäste bei Veranstaltungen und tausende persönliche Kontakte - NEOS in Bundesländern gut "
          "aufgestellt - hervorragende Resonanz bei Jungwählern")
NE_P1 = ("Wien (OTS) - Von Mitte Mai bis Ende Juni war NEOS - Das Neue Österreich, auf Achse, vom Bodensee bis zum "
         "Neusiedler See. NEOS Vorsitzender Matthias Strolz und NEOS Spitzenkandidatin Angelika Mlinar trafen vor Ort auf "
         "die jeweiligen Länderkandidat_innen und deren Teams. Wie schon das fulminante \"Es geht auch anders!\"-Fest im "
         "Palmenhaus brachte die Tour starken Zuspruch, auf der Straße wie bei den Events. \"Eines haben wir ganz klar "
         "gesehen: Wo wir mit den Menschen ins Gespräch kommen, können wir sie rasch von NEOS überzeugen\", so Strolz.")
NE_P2 = ("Das zeigt auch das Ergebnis einer Probe-Nationalratswahl an der HAK Steyr. Nach einer Info-Veranstaltung. auf der "
         "sich alle bei der Nationalratswahl antretenden Parteien vorstellen konnten, haben 180 Schüler ihr Stimme "
         "abgegeben. Sensationelles Ergebnis: 15,48 Prozent der Erst- und Jungwähler wollen NEOS im Parlament - an dritter "
         "Stelle knapp hinter SPÖ (24,4 Prozent) und ÖVP (22,02), deutlich vor den Grünen. Für Strolz ein toller Erfolg: "
         "\"In Oberösterreich ist NEOS mit unserem Spitzenkandidaten Rainer Hable super aufgestellt!\"")
NE_P3 = ("Auch in den anderen Bundesländern sind starke Teams im Einsatz. Die Mobilisierung läuft mit dem Sammeln der "
         "Unterstützungserklärungen am 9. Juli voll an. Im Rahmen von Tür-zu-Tür-Besuchen stellt sich NEOS österreichweit "
         "bei 60.000 Haushalten vor.")

add(id="ho536-ots-neos-2013-07-02-strolz-bundeslaendertour",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20130702_OTS0096/starker-zuspruch-bei-neos-bundeslaendertour-ueber-15-"
        "prozent-bei-probewahl-in-oberoesterreich",
    retrieved="same address (release on the APA-OTS service, 2 July 2013 by its OTS number; the stored copy breaks off inside "
              "the fourth paragraph, before any contact block, and the sender is inferred as the NEOS from the release's "
              "own voice: it reports the party's tour and its mock election and quotes only its chairman and its top "
              "candidate (rules 2850, 2980, 3050); the crawl-date prefix ' date 2018-03' before the headline dropped (rule "
              "63); headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into the "
              "first paragraph kept; the fourth paragraph ('\"Unsere Frische und unser Tatendrang …\", schildert Mlinar ihre "
              "Eindrücke. \"NEOS sorgt für einen heißen Herbst. …'), cut off in the stored copy inside Angelika Mlinar's "
              "second quotation, dropped with both her quotations (rule 15); the published 'Info-Veranstaltung. auf der', "
              "'ihr Stimme' and 'Länderkandidat_innen' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1, NE_P2, NE_P3],
    # the party event's motto in the compound `das fulminante "Es geht auch anders!"-Fest` is null (rules 24, 170); the
    # quotation before `so Strolz` is his (rule 30); the colon quotation after the verbless `Für Strolz ein toller
    # Erfolg:` is his (rule 3054); the role phrase `NEOS Vorsitzender` with the party's name is no alias (rule 33);
    # Angelika Mlinar, whose quotations are in the dropped paragraph, and Rainer Hable, named in Strolz's quotation, say
    # nothing in the part kept
    quotes=[("\"Es geht auch anders!\"", None),
            (cut(NE_P1, "\"Eines haben", "überzeugen\""), STROLZ),
            (cut(NE_P2, "\"In Oberösterreich", "aufgestellt!\""), STROLZ)],
    aliases={STROLZ: ["Matthias Strolz", "Strolz"]})
