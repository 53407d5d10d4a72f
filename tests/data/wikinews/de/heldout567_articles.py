# Five-hundred-and-sixty-seventh held-out German real-news set (tests/data/heldout567-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3310-3314). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixty-seventh held-out set": nine releases of Austrian parties, a party's
# Land organisation, a party's Bund and two parties' clubs on the APA-OTS service (ots.at), licence APA_OTS_POLITICS, one per
# party or sender: the ÖVP's Vienna Rathaus club (Bernhard Görg handing the club chairmanship to Matthias Tschirf, June 2002),
# the SPÖ's press service (Norbert Darabos before the Landtag elections in Kärnten and Salzburg, March 2004), the FPÖ (Herbert
# Kickl on Andreas Khol's `Pressestunde`, January 2006, sender inferred), the BZÖ Kärnten (Uwe Scheuch at the campaign launch,
# January 2009, sender inferred), the Österreichischer Seniorenbund (Gertrude Aubauer, Ingrid Korosec and Ingrid Turkovic-Wendl
# on the preference-vote campaign for Heinz K. Becker, April 2009, sender inferred), the ÖVP's federal party by its press
# service (Josef Pröll on Dorothea Schittenhelm's election and Maria Rauch-Kallat's farewell, November 2010), the Team Stronach
# für Kärnten (Andrea Krainer, Gerhard Köfer and Hartmut Prasch after a party meeting, November 2013), the Grüne Wien (Maria
# Vassilakou re-elected top candidate, February 2015, sender inferred) and the NEOS (Matthias Strolz re-elected chairman,
# January 2017, sender inferred). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS markers '****' and '***',
# contact blocks and footers) is dropped (rules 63, 460, 3050, 3190, 3250, 3310), and each retrieval note names what was
# dropped.
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


GOERG = "Bernhard GÖRG"
TSCHIRF = "Matthias TSCHIRF"
DARABOS = "Norbert Darabos"
KICKL = "Herbert Kickl"
KHOL = "Andreas Khol"
SCHEUCH = "Uwe Scheuch"
AUBAUER = "Gertrude Aubauer"
KOROSEC = "Ingrid Korosec"
PROELL = "Josef Pröll"
KRAINER = "Andrea Krainer"
VASSILAKOU = "Maria Vassilakou"
STROLZ = "Matthias Strolz"

# --- APA-OTS, ÖVP-Klub der Bundeshauptstadt Wien, 21 June 2002: Görg hands the club chairmanship to Tschirf ---

GT_T = "GÖRG übergibt Klubobmannschaft der Wiener ÖVP an Dr. Matthias TSCHIRF (1)"
GT_SUB = "Letzter Akt des Machtwechsels in der Wiener ÖVP wurde vollzogen"
GT_P1 = ("Wien (ÖVP-Klub) Mit einer launigen Einleitung übergab heute Dr. Bernhard GÖRG bei einer Pressekonferenz auch formal "
         "die alleinige Klubobmannschaft an Dr. Matthias TSCHIRF: \"Ich musste mich zu dieser Pressekonferenz überwinden, weil "
         "ich lieber das Spiel England gegen Brasilien gesehen hätte. Matthias TSCHIRF und ich sind dann aber zur Überzeugung "
         "gelangt, dass wir es mit der Attraktivität von David Beckham und Rivaldo leicht aufnehmen können.\" TSCHIRF wurde in "
         "der gestrigen Klubsitzung mit überwältigender Mehrheit zum alleinigen Klubobmann der Wiener ÖVP gewählt.")
GT_P2 = ("Seit der Gemeinderatswahl 2001 standen GÖRG und TSCHIRF gemeinsam an der Klubspitze der Wiener ÖVP. GÖRG übte "
         "statutarisch die Funktion des Klubobmannes aus, TSCHIRF hatte das Amt des geschäftsführenden Klubobmanns inne. \"Ich "
         "habe immer gesagt, dass ich, wenn ich mich als Parteiobmann zurückziehe, auch meine Spitzenfunktion im Klub übergeben "
         "werde\", so GÖRG heute. \"Heute vollziehen wir also den letzten Akt des Machtwechsels in der Wiener ÖVP und ich kann "
         "voller Überzeugung sagen, dass Matthias TSCHIRF für dieses Amt eine hervorragende Besetzung ist.\" GÖRG wird der "
         "Wiener Kommunalpolitik als \"einfacher\" Gemeinderat weiterhin erhalten bleiben.")
GT_H1 = "Gewissenhafte Kontrolle der Arbeit der Stadtregierung"
GT_P3 = ("Der neue alleinige Klubobmann, Dr. Matthias TSCHIRF bedankte sich bei GÖRG für die hervorragende Zusammenarbeit im "
         "vergangenen Jahr. Als ein Kernziel seiner künftigen Arbeit nannte TSCHIRF die \"gewissenhafte Kontrolle aller "
         "Aktivitäten der Wiener Stadtregierung\". \"Wir müssen und werden den Wienerinnen und Wienern klar machen, dass es für "
         "diese Stadt besser ist, wenn es keine absolute rote Alleinregierung gibt\", so TSCHIRF.")

add(id="ho567-ots-oevp-klub-wien-2002-06-21-goerg-tschirf-klubobmannschaft",
    title=GT_T,
    url="https://www.ots.at/presseaussendung/OTS_20020621_OTS0062/goerg-uebergibt-klubobmannschaft-der-wiener-oevp-an-dr-"
        "matthias-tschirf-1",
    retrieved="same address (release on the APA-OTS service, 21 June 2002 by its OTS number; the stored copy breaks off inside "
              "its fifth paragraph ('Dem in der kommenden Woche im Gemeinderat zu diskutierenden Rechnungsabschluss … wird die "
              "Volkspartei - e'), before any contact block, and the sender is read from the dateline code 'Wien (ÖVP-Klub)', "
              "the ÖVP's club in the Vienna Rathaus, whose release of June 2006 in the store closes with the contact block "
              "'ÖVP-Klub der Bundeshauptstadt Wien' (rules 3050, 3310); headline with its part number '(1)' and subtitle kept "
              "as lines of their own as stored (rule 18); the dateline without a dash kept at the start of the first "
              "paragraph; the OTS marker '***' run onto the full stop that ends the first paragraph dropped (rules 460, 3310); "
              "the subheading kept as a line of its own; the cut-off fifth paragraph dropped (rules 15, 17); the names in "
              "capitals and the published 'Dr. Matthias TSCHIRF bedankte' without a comma kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[GT_SUB, GT_P1, GT_P2, GT_H1, GT_P3],
    # the colon quotation after `übergab heute Dr. Bernhard GÖRG … die alleinige Klubobmannschaft an Dr. Matthias TSCHIRF:` is
    # Görg's, the subject of the act, Tschirf being the one he hands over to and speaks of (rules 9, 12); the quotation before
    # `so GÖRG heute` is his (rule 30) and the cue-less quotation right after it continues him (NOTES.md continuation); the
    # narrator's `als "einfacher" Gemeinderat` is null (rule 24: the marks set off the release's own ironic word, no one is
    # cued); the marked object after `nannte TSCHIRF die` is Tschirf's (rule 3) and the quotation before `so TSCHIRF` is his
    # (rule 30); the names are given only in capitals, so the canonical names keep that form (rule 1201); `Klubobmann` names
    # both men in the release and is no alias; David Beckham and Rivaldo say nothing
    quotes=[(cut(GT_P1, "\"Ich musste", "aufnehmen können.\""), GOERG),
            (cut(GT_P2, "\"Ich habe", "übergeben werde\""), GOERG),
            (cut(GT_P2, "\"Heute", "Besetzung ist.\""), GOERG),
            ("\"einfacher\"", None),
            ("\"gewissenhafte Kontrolle aller Aktivitäten der Wiener Stadtregierung\"", TSCHIRF),
            (cut(GT_P3, "\"Wir müssen", "Alleinregierung gibt\""), TSCHIRF)],
    aliases={GOERG: ["Bernhard GÖRG", "Dr. Bernhard GÖRG", "GÖRG"],
             TSCHIRF: ["Matthias TSCHIRF", "Dr. Matthias TSCHIRF", "TSCHIRF"]})

# --- APA-OTS, SPÖ (Pressedienst, 'Wien (SK)'), 2 March 2004: Darabos before the Landtag elections ---

DA_T = "Darabos: Kräftiger Rückenwind für SPÖ"
DA_SUB = "\"Rechne mit starken Zugewinnen bei den Landtagswahlen\""
DA_P1 = ("Wien (SK) \"Kräftigen Rückenwind\" spürt SPÖ-Bundesgeschäftsführer Norbert Darabos für die SPÖ. \"Der SPÖ geht es "
         "sehr gut!\", freut sich Darabos fünf Tage vor den Landtagswahlen in Kärnten und Salzburg. \"Ich rechne mit starken "
         "Zugewinnen\", so Darabos in einer gemeinsamen Pressekonferenz mit SPÖ-Bundesgeschäftsführerin Doris Bures.")
DA_P2 = ("Die guten Umfragwerte für die Sozialdemokraten führt Darabos nicht zuletzt darauf zurück, dass die schwarz-blaue "
         "Regierung von den Österreicherinnen und Österreichern mehr und mehr Denkzettel erhält. Alle Umfragedaten würden auf "
         "eine \"grob gesagte: Umkehrung\" des Wahlergebnisses von 2002 hinweisen; nämlich 42:36 für die SPÖ auf Bundesebene. "
         "\"Die Entwicklungen am Arbeitsmarkt, aber auch die Tätigkeit - oder auch Untätigkeit - der Regierung bei den "
         "Pensionen, hat dazu geführt.\"")
DA_P3 = ("Einige Denkzettel hat die schwarz-blaue Regierung bereits einstecken müssen. Darabos verwies auf die "
         "Personalvertretungswahlen bei der Exekutive, sie wurden \"bravorös\" von den Sozialdemokraten gewonnen. Das sei nicht "
         "selbstverständlich gewesen, verwies Darabos auf die einstmalige Stärke der FPÖ bei der Exekutive. Klar gewonnen habe "
         "die SPÖ auch bei den Arbeiterkammer-Wahlen in Salzburg (plus acht Prozent) und Tirol (plus sechs Prozent). \"Ich "
         "glaube fünf Tage vor den Landtagswahlen sagen zu können, dass die SPÖ ihren Siegeszug fortsetzt\", so Darabos, der "
         "guten Mutes ist, die Wahlen bis zu den Europawahlen im Juni zu gewinnen.")

add(id="ho567-ots-spoe-2004-03-02-darabos-rueckenwind",
    title=DA_T,
    url="https://www.ots.at/presseaussendung/OTS_20040302_OTS0131/darabos-kraeftiger-rueckenwind-fuer-spoe",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 2 March 2004 by its OTS number; the "
              "stored copy breaks off inside its fourth paragraph ('… Ein eventueller Parteiausschluss Grossman'), before any "
              "contact block, and the sender is read from the dateline code 'Wien (SK)', the SPÖ's press service, as the "
              "five-hundred-and-thirty-sixth set read it (rules 3050, 3310); headline and subtitle kept as lines of their own "
              "as stored; the dateline without a dash kept at the start of the first paragraph; the OTS marker ' ****' after "
              "the first paragraph dropped (rule 460); the cut-off fourth paragraph dropped with the five quotations it holds "
              "(rules 15, 17); the published 'Umfragwerte', 'grob gesagte:', 'hat dazu geführt' after a plural subject and "
              "'bravorös' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[DA_SUB, DA_P1, DA_P2, DA_P3],
    # the subtitle quotation under the headline label `Darabos:` is his, the body giving him nearly the same words (`"Ich rechne
    # mit starken Zugewinnen", so Darabos`; rules 26, 107); the marked object that opens the first sentence before `spürt
    # SPÖ-Bundesgeschäftsführer Norbert Darabos` is his (rule 3314); the quotations before `freut sich Darabos` and `so Darabos`
    # are his (rules 30, 44); the marked words in the Konjunktiv report after `führt Darabos … zurück` (`"grob gesagte:
    # Umkehrung"`) and the cue-less quotation after it are his (rules 3, 25, NOTES.md continuation); the marked word in
    # `Darabos verwies auf …, sie wurden "bravorös" … gewonnen` is his (rule 3); the quotation before `so Darabos, der guten
    # Mutes ist` is his (rule 30); `SPÖ-Bundesgeschäftsführer` names the party and is no alias (rule 33); Doris Bures, with whom
    # he held the press conference, says nothing
    quotes=[(DA_SUB, DARABOS),
            ("\"Kräftigen Rückenwind\"", DARABOS),
            ("\"Der SPÖ geht es sehr gut!\"", DARABOS),
            ("\"Ich rechne mit starken Zugewinnen\"", DARABOS),
            ("\"grob gesagte: Umkehrung\"", DARABOS),
            (cut(DA_P2, "\"Die Entwicklungen", "dazu geführt.\""), DARABOS),
            ("\"bravorös\"", DARABOS),
            (cut(DA_P3, "\"Ich glaube", "fortsetzt\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos"]})

# --- APA-OTS, FPÖ (inferred), 8 January 2006: Kickl on Andreas Khol in the ORF 'Pressestunde' ---

KI_T = "Kickl: Pressestunde: Demaskierender Auftritt Khols"
KI_SUB = ("Nationalratspräsident erweist sich als Angehöriger einer abgehobenen Politikerkaste, die verächtlich auf kleine "
          "Leute herabschaut")
KI_P1 = ("Wien (OTS) - Als \"schwarze Loreley\" bezeichnete FPÖ-Generalsekretär Herbert Kickl den Nationalratspräsidenten "
         "Andreas Khol. Denn \"seine Schalmeiengesänge führen geradewegs in den Abgrund\".")
KI_P2 = ("Khol habe sich geradezu virtuos an allen Fragen zu den wesentlichen Problemen unseres Landes vorbeigeschwindelt, "
         "egal ob das die Arbeitslosigkeit, die Ausländerproblematik oder die EU gewesen sei. Die geschmacklosen "
         "EU-Porno-Plakate habe er verteidigt. Bei der Arbeitslosigkeit habe er wieder das Schüssel-Mantra zum Besten gegeben, "
         "wonach es anderswo noch viel viel schlimmer sei. Das helfe aber keinem einzigen österreichischen Arbeitslosen, "
         "betonte Kickl, der auch den Vorwurf Khols, daß die FPÖ im Wiener Wahlkampf \"primitive Parolen\" verwendet habe, auf "
         "das Schärfste zurückwies. Im Gegensatz zur ÖVP nehme die FPÖ die Sorgen und Probleme der Österreicher ernst und "
         "spreche Klartext. Mit seinen Vorwürfen entlarve sich Khol lediglich als Angehöriger einer abgehobenen "
         "Politikerkaste, die verächtlich auf die kleinen Leute herabschaue. Die FPÖ habe hier eine völlig andere Haltung. Das "
         "zeige auch das freiheitliche Volksbegehren \"Österreich bleib frei\". Denn die FPÖ nehme die EU-kritische Haltung der "
         "Österreicher ernst und gehe nicht mit einem verächtlichen Lächeln darüber hinweg.")

add(id="ho567-ots-fpoe-2006-01-08-kickl-khol-pressestunde",
    title=KI_T,
    url="https://www.ots.at/presseaussendung/OTS_20060108_OTS0017/kickl-pressestunde-demaskierender-auftritt-khols",
    retrieved="same address (release on the APA-OTS service, 8 January 2006 by its OTS number; the stored copy breaks off "
              "inside its third paragraph ('… Denn schließlich seien es Wolfgang Schüsse'), before any contact block, under "
              "the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the FPÖ (its federal "
              "party or its parliamentary club, left open): the headline label `Kickl:`, only the party's general secretary "
              "quoted, the party's own Volksbegehren and its stance told in his Konjunktiv report (rules 3190, 3310); headline "
              "and subtitle kept as lines of their own as stored; the dateline kept at the start of the first paragraph; the "
              "cut-off third paragraph dropped with the epithet '\"Überdrübersuperparlamentarier\"' it holds (rules 15, 17); "
              "the published 'daß', 'viel viel schlimmer' and 'bleib frei' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KI_SUB, KI_P1, KI_P2],
    # the marked epithet after `Als` before `bezeichnete FPÖ-Generalsekretär Herbert Kickl den Nationalratspräsidenten Andreas
    # Khol` is Kickl's, Khol the one described (rules 3, 25, 30); the partial quotation after `Denn` in the next sentence gives
    # the reason for his epithet and is his (rules 3, 3083); the marked words in `den Vorwurf Khols, daß die FPÖ … "primitive
    # Parolen" verwendet habe` are Khol's, the words of the reproach that Kickl rejects (rule 3124); the Volksbegehren's name
    # after `das freiheitliche Volksbegehren` is null (rule 24); the headline label `Kickl:` stands before words without marks
    # (rule 5); `FPÖ-Generalsekretär` names the party and is no alias (rule 33); `Khols` is the inflected form of the cue (rule
    # 58); Schüssel says nothing
    quotes=[("\"schwarze Loreley\"", KICKL),
            ("\"seine Schalmeiengesänge führen geradewegs in den Abgrund\"", KICKL),
            ("\"primitive Parolen\"", KHOL),
            ("\"Österreich bleib frei\"", None)],
    aliases={KICKL: ["Herbert Kickl", "Kickl"],
             KHOL: ["Andreas Khol", "Khol", "Khols"]})

# --- APA-OTS, BZÖ Kärnten (inferred), 11 January 2009: Uwe Scheuch at the campaign launch in Klagenfurt ---

SC_T = "LPO Scheuch: Wir bleiben die Landeshauptmannpartei. Garantiert."
SC_SUB = "BZÖ wird Kärnten auch weiterhin moderner, schöner und besser machen"
SC_P1 = ("Klagenfurt (OTS) - Beim heutigen Wahlauftakt des BZÖ für die Kärntner Landtags-, Gemeinderats- und "
         "Bürgermeisterwahlen in der übervollen Klagenfurter Messehalle schwor BZÖ-Landesparteiobmann LHStv. Uwe Scheuch die "
         "Funktionäre auf die kommenden Wochen Wahlkampf ein. \"Jetzt ist die Zeit anzupacken und zu zeigen, dass der "
         "Führungsanspruch des BZÖ gerechtfertigt ist. Die Schmutzkübelkampagnen der politischen Mitbewerber und mancher Medien "
         "haben uns nur noch mehr zusammengeschweißt. Wir waren die Landeshauptmannpartei, wir sind die "
         "Landeshauptmannpartei und wir bleiben die Landeshauptmannpartei. Garantiert.\", sagte Scheuch der Landeshauptmann und "
         "Spitzenkandidat Gerhard Dörfler die Ausgabe der Kleinen Zeitung vom 2. März 2009 mit dem Titel \"BZÖ Erster - "
         "Dörfler bleibt Landeshauptmann\" überreichte.")
SC_P2 = ("Scheuch wies darauf hin, dass das vergangene Jahr eine Hochschaubahn der Gefühle gebracht habe. Das BZÖ habe bei der "
         "Nationalratswahl einen historischen Wahlsieg einfahren, kurze Zeit später sei Landeshauptmann Jörg Haider so "
         "tragisch ums Leben gekommen. Der Landesparteiobmann dankte Claudia Haider für ihre großartige Unterstützung \"weil "
         "Sie vom ersten Moment an bewiesen hat, dass Sie zu uns steht und mit uns gemeinsam das politische Erbe antritt.\"")
SC_P3 = ("Rot und Schwarz seien immer auf der Seite der Macht gewesen, das BZÖ auf der Seite der Menschen, bekräftigte "
         "Scheuch. \"Rot und Schwarz verfolgen das Ziel den \"politischen Betriebsunfall Kärnten\" zu reparieren. Aber wir "
         "werden das System reparieren und dafür sorgen, dass von Kärnten aus die Österreicherinnen und Österreicher "
         "erkennen, dass es hier Visionen und Zukunft gibt.\"")

add(id="ho567-ots-bzoe-kaernten-2009-01-11-uwe-scheuch-wahlauftakt",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20090111_OTS0041/lpo-scheuch-wir-bleiben-die-landeshauptmannpartei-"
        "garantiert",
    retrieved="same address (release on the APA-OTS service, 11 January 2009 by its OTS number; the stored copy breaks off "
              "inside its fourth paragraph ('\"Das BZÖ hat die besseren Ideen, …\", so Scheuch. Der BZÖ-Obma'), before any "
              "contact block, under the plain 'Klagenfurt (OTS) -', and the sender is inferred from the release's own voice "
              "as the BZÖ Kärnten (Die Freiheitlichen in Kärnten - BZÖ): the headline label `LPO Scheuch:` with the Land "
              "party's chairman, a report of the Land party's own campaign launch quoting only him (rules 3190, 3250, 3310); "
              "headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the cut-off fourth paragraph dropped with the quotation it holds, although that quotation and its "
              "cue are complete before the cut (rules 15, 17, 3250); the published 'Garantiert.\", sagte Scheuch der "
              "Landeshauptmann … überreichte' (a relative clause without its comma and its 'als'), 'einen historischen "
              "Wahlsieg einfahren', 'Unterstützung \"weil', 'dass Sie zu uns steht' and 'das Ziel den' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SC_SUB, SC_P1, SC_P2, SC_P3],
    # the quotation before `sagte Scheuch` is his (rule 30), the garbled rest of the sentence naming Gerhard Dörfler only as
    # the one to whom Scheuch handed the mock newspaper (rules 12, 20); the newspaper title after `mit dem Titel` is null
    # (rule 24); the partial quotation after `Der Landesparteiobmann dankte Claudia Haider für ihre großartige
    # Unterstützung` is his, Claudia Haider the one thanked and spoken of (rules 3, 12, 44); the quotation after `bekräftigte
    # Scheuch.` is his, with the inner ASCII pair around `politischen Betriebsunfall Kärnten` inside his one span (rules 143,
    # 3082; NOTES.md continuation); the headline label `LPO Scheuch:` stands before words without marks (rule 5); `LPO
    # Scheuch`, `LHStv. Uwe Scheuch` and `Landesparteiobmann` name only him (rule 44); `BZÖ-Landesparteiobmann` names the
    # party (rule 33); Gerhard Dörfler, Jörg Haider, Claudia Haider and the Kleine Zeitung say nothing
    quotes=[(cut(SC_P1, "\"Jetzt ist", "Garantiert.\""), SCHEUCH),
            ("\"BZÖ Erster - Dörfler bleibt Landeshauptmann\"", None),
            (cut(SC_P2, "\"weil", "Erbe antritt.\""), SCHEUCH),
            (cut(SC_P3, "\"Rot und", "Zukunft gibt.\""), SCHEUCH)],
    aliases={SCHEUCH: ["Uwe Scheuch", "Scheuch", "LHStv. Uwe Scheuch", "LPO Scheuch", "Landesparteiobmann"]})

# --- APA-OTS, Österreichischer Seniorenbund (inferred), 17 April 2009: Aubauer, Korosec and Turkovic-Wendl ---

SB_T = "Österreichischer Seniorenbund: FÜR Frauen UND Männer, für alle Österreicherinnen und Österreicher"
SB_SUB = "Aubauer, Korosec und Turkovic-Wendl sind drei von ganz vielen starken Frauen im Seniorenbund"
SB_P1 = ("Wien (OTS) - Gut verstehen können die Vorstandsmitglieder des Österreichischen Seniorenbundes, Mag. Gertrude "
         "Aubauer (Senioren-Abgeordnete der ÖVP), LAbg. Ingrid Korosec (Vorsitzende der großen Wiener Landesorganisation des "
         "Seniorenbundes) und Abg.z.NR a.D. Ingrid Turkovic-Wendl (Bundesobmann-Stellvertreterin des ÖSB) die Aufregung "
         "einiger Parteien über den Vorzugsstimmenwahlkampf des Österreichischen Seniorenbundes für Österreichs einzigen "
         "Senioren-Kandidaten, Generalsekretär Heinz K. Becker:")
SB_P2 = ("\"Einzig die ÖVP hat einen aktiven, erfolgreichen Seniorenpolitiker auf ihrer Kandidaten-Liste zur Österreich-Wahl "
         "für Europa am 7. Juni. Von jenen Parteien, die bisher noch gar keine Liste präsentiert haben ist ebenfalls kein "
         "aktiver Senioren-Kandidat zu erwarten, weil sie über eine solche Persönlichkeit gar nicht erst verfügen\", stellen "
         "die drei Frauen fest. \"Die Österreichische Volkspartei zeigt mit der Nominierung Beckers ihr Verständnis dafür, "
         "dass auch Seniorinnen und Senioren auf allen Ebenen mit Sitz und Stimme vertreten sein müssen\", ist die "
         "ÖVP-Seniorensprecherin Aubauer überzeugt.")
SB_P3 = ("\"Die politischen Konkurrenten brauchen sich um die ÖVP nicht zu sorgen: Keinesfalls ist bei uns ein Bündekampf "
         "ausgebrochen, denn wir haben alle gemeinsam ein Ziel: Die Interessen der Österreicherinnen und Österreicher in der "
         "EU best möglich zu vertreten. Natürlich unterstützt der Seniorenbund dabei alle Kandidatinnen und Kandidaten der "
         "Volkspartei - auch Frau Köstinger\", zerstreut Korosec die scheinheiligen Befürchtungen anderer Bewerber.")

add(id="ho567-ots-seniorenbund-2009-04-17-aubauer-korosec-turkovic-wendl",
    title=SB_T,
    url="https://www.ots.at/presseaussendung/OTS_20090417_OTS0061/oesterreichischer-seniorenbund-fuer-frauen-und-maenner-fuer-"
        "alle-oesterreicherinnen-und-oesterreicher",
    retrieved="same address (release on the APA-OTS service, 17 April 2009 by its OTS number; the stored copy breaks off "
              "inside its fourth paragraph ('\"Unseren Vorzugsstimmenwahlkampf führen wir, … So wie sich der Österr'), before "
              "any contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as "
              "the Österreichischer Seniorenbund, the ÖVP's Bund of its older members: the headline label `Österreichischer "
              "Seniorenbund:`, three members of its board quoted, its own campaign for its own candidate (rules 2581, 3190, "
              "3310); headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph, which ends with the colon before the quotation that opens the next stored paragraph (kept as two "
              "paragraphs, as stored); the cut-off fourth paragraph dropped with the quotation it opens (rules 15, 17); the "
              "published 'FÜR Frauen UND Männer', 'präsentiert haben ist', 'Bündekampf' and 'best möglich' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SB_SUB, SB_P1, SB_P2, SB_P3],
    # the quotation after the colon that ends the first paragraph, closed by `stellen die drei Frauen fest`, is the joint
    # statement of the three board members named in the first paragraph: it goes to the first named, Gertrude Aubauer, with
    # Ingrid Turkovic-Wendl, who has no quotation of her own, and the joint form as aliases, while Ingrid Korosec, who speaks
    # alone in the next paragraph, keeps her names under her own entry (rules 9, 27, 750); the quotation before `ist die
    # ÖVP-Seniorensprecherin Aubauer überzeugt` is Aubauer's (rule 44) and the one before `zerstreut Korosec die scheinheiligen
    # Befürchtungen anderer Bewerber` is Korosec's (rule 44: a verb of rebutting with the rebutted fears as object, rule 12);
    # role phrases with a party's or the Bund's name are no aliases (`ÖVP-Seniorensprecherin`, `Senioren-Abgeordnete der ÖVP`,
    # `Vorsitzende der großen Wiener Landesorganisation des Seniorenbundes`, `Bundesobmann-Stellvertreterin des ÖSB`; rule 33);
    # Heinz K. Becker and Frau Köstinger say nothing
    quotes=[(cut(SB_P2, "\"Einzig", "erst verfügen\""), AUBAUER),
            (cut(SB_P2, "\"Die Österreichische", "sein müssen\""), AUBAUER),
            (cut(SB_P3, "\"Die politischen", "Frau Köstinger\""), KOROSEC)],
    aliases={AUBAUER: ["Gertrude Aubauer", "Mag. Gertrude Aubauer", "Aubauer", "Ingrid Turkovic-Wendl", "Turkovic-Wendl",
                       "die drei Frauen"],
             KOROSEC: ["Ingrid Korosec", "LAbg. Ingrid Korosec", "Korosec"]})

# --- APA-OTS, ÖVP Bundespartei (ÖVP-PD), 20 November 2010: Pröll on Schittenhelm and Rauch-Kallat ---

PR_T = "Josef Pröll gratuliert Dorothea Schittenhelm zur Wahl als ÖVP- Frauenchefin"
PR_SUB = "Ein \"herzliches Dankeschön\" an die scheidende ÖVP- Frauenchefin Maria Rauch-Kallat"
PR_P1 = ("Wien, 20. November 2010 (ÖVP-PD) ÖVP-Chef Finanzminister Josef Pröll gratuliert der ÖVP-Abgeordneten Dorothea "
         "Schittenhelm zu ihrer heutigen Wahl als ÖVP-Frauenchefin. \"Mit Dorothea Schittenhelm erhalten die ÖVP-Frauen eine "
         "starke Stimme, die weit über die Parteigrenzen hinaus Gehör finden wird.\" Als Bürgermeisterin kommt Dorothea "
         "Schittenhelm von der Basis, betont Pröll. \"Sie weiß, wo den Frauen der Schuh drückt - und das ist schon bisher und "
         "wird auch in Zukunft in ihre tägliche Arbeit als ÖVP-Frauenchefin einfließen. Ich wünsche Dorothea Schittenhelm viel "
         "Ausdauer, Mut, Kraft und Erfolg für die nächsten Jahre - und vor allem wünsche ich ihr und uns eine gute "
         "Zusammenarbeit.\"")
PR_P2 = ("Ein \"herzliches Dankeschön\" richtet ÖVP-Chef Pröll an die scheidende ÖVP-Frauenchefin Maria Rauch-Kallat: Zwölf "
         "Jahre hat Maria Rauch-Kallat die Frauen erfolgreich geführt und die Frauenpolitik in Österreich mit ihrer Erfahrung, "
         "ihrem Können, ihrer Kompetenz und ihrem Einsatz geprägt - sei es als ÖVP-Generalsekretärin, Nationalrätin, "
         "Ministerin, als Bundesobfrau der ÖVP-Frauen oder als Vizepräsidentin der Frauenorganisation der Europäischen "
         "Volkspartei. \"Im Namen der ÖVP sage ich Danke! Danke für deinen unermüdlichen Einsatz, deine Loyalität und "
         "Handschlagqualität\", so Pröll abschließend.")

add(id="ho567-ots-oevp-2010-11-20-proell-schittenhelm-rauch-kallat",
    title=PR_T,
    url="https://www.ots.at/presseaussendung/OTS_20101120_OTS0053/josef-proell-gratuliert-dorothea-schittenhelm-zur-wahl-als-"
        "oevp-frauenchefin",
    retrieved="same address (release of the ÖVP's federal party by its press service on the APA-OTS service, 20 November 2010 "
              "by its OTS number; the contact block 'ÖVP Bundespartei, Abteilung Presse und Medien …' and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "NVP0003' show the sender and are dropped (rules 3190, 3310); headline and subtitle kept as lines of their own "
              "as stored, with the published 'ÖVP- Frauenchefin' with a space after the hyphen in both (rule 20); the press "
              "service's date line 'Wien, 20. November 2010 (ÖVP-PD)' without a dash kept at the start of the first "
              "paragraph (rule 3190); the OTS marker ' ****' after the first paragraph dropped (rule 460); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PR_SUB, PR_P1, PR_P2],
    # the marked thanks in the subtitle and in `Ein "herzliches Dankeschön" richtet ÖVP-Chef Pröll an die scheidende
    # ÖVP-Frauenchefin Maria Rauch-Kallat` are Pröll's, Rauch-Kallat the addressee (rule 3312); the cue-less quotation after
    # `Josef Pröll gratuliert der ÖVP-Abgeordneten Dorothea Schittenhelm …` is his, the congratulation being an act of saying
    # whose words follow (rules 9, 3104; NOTES.md continuation); the quotation after the unmarked `Als Bürgermeisterin kommt
    # Dorothea Schittenhelm von der Basis, betont Pröll.` continues him (NOTES.md continuation); the quotation before `so
    # Pröll abschließend` is his (rule 30); `Finanzminister`, naming only him, is part of an alias, `ÖVP-Chef` names the party
    # and is not (rules 33, 44); Dorothea Schittenhelm and Maria Rauch-Kallat say nothing
    quotes=[("\"herzliches Dankeschön\"", PROELL, 0),
            (cut(PR_P1, "\"Mit Dorothea", "finden wird.\""), PROELL),
            (cut(PR_P1, "\"Sie weiß", "Zusammenarbeit.\""), PROELL),
            ("\"herzliches Dankeschön\"", PROELL, 1),
            (cut(PR_P2, "\"Im Namen", "Handschlagqualität\""), PROELL)],
    aliases={PROELL: ["Josef Pröll", "Finanzminister Josef Pröll", "Pröll"]})

# --- APA-OTS, Team Stronach für Kärnten, 5 November 2013: Krainer, Köfer and Prasch after a party meeting ---

TS_T = "Stronach/Krainer/Köfer/Prasch: \"Geschlossen in die Zukunft!\""
TS_SUB = "Landespartei ist \"ein Team für Kärnten\". Fokus auf Sachthemen und Zukunftsprojekte"
TS_P1 = ("Klagenfurt (OTS/TSFK TF) - Über einen \"äußerst positiven Sitzungsverlauf\" können die Landesparteiobfrau des Team "
         "Stronach für Kärnten, Andrea Krainer, Landesrat Gerhard Köfer und LAbg. Hartmut Prasch berichten, nachdem am "
         "Montagnachmittag eine interne Parteisitzung betreffend der aktuellen Situation des Team Stronach für Kärnten äußerst "
         "erfolgreich über die Bühne gegangen ist: \"Das Landesteam hat die aktuelle Situation unserer Bewegung eingehend "
         "diskutiert. Wir präsentieren uns intern und extern in vollster Geschlossenheit, alle Funktionsträger des Kärntner "
         "Teams bekennen sich zu einem gemeinsamen, starken und gefestigten Weg für Kärnten\", berichten Krainer, Köfer und "
         "Prasch in einer Stellungnahme unisono. Parteigründer und Bundesparteiobmann Frank Stronach steht ebenfalls "
         "uneingeschränkt hinter seiner Kärntner Mannschaft.")
TS_P2 = ("Das Kärntner Team Stronach richtet weiterhin seinen Fokus auf die wichtigen Sach- und Zukunftsthemen in Kärnten. "
         "\"Wir werden wie bisher korrekte und faire Arbeit für Kärnten leisten, kritische Akzente auf sachpolitischer Ebene "
         "setzen und konkrete Projekte für unser Bundesland präsentieren. Das Team Stronach für Kärnten ist ein Team mit klaren "
         "Vorstellungen und Visionen für die Weiterentwicklung unseres Landes\", schließen Krainer, Köfer und Prasch.")

add(id="ho567-ots-team-stronach-kaernten-2013-11-05-krainer-koefer-prasch-geschlossen",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20131105_OTS0098/stronachkrainerkoeferprasch-geschlossen-in-die-zukunft",
    retrieved="same address (release of the Team Stronach für Kärnten on the APA-OTS service, 5 November 2013 by its OTS number; "
              "the stored copy ends after its second paragraph without a contact block, and the sender is read from the "
              "dateline code 'Klagenfurt (OTS/TSFK TF)', TSFK the Team Stronach für Kärnten, whose Land chairwoman, Landesrat "
              "and club chairman alone are quoted (rules 3250, 3310); the crawl-date prefix ' date 2018-03' before the "
              "headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline kept at "
              "the start of the first paragraph; the published 'betreffend der aktuellen Situation' and 'des Team Stronach' "
              "kept (rule 20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2],
    # every quotation is the joint word of the three Land politicians named together, which goes to the first named, Andrea
    # Krainer, with the names of Gerhard Köfer and Hartmut Prasch, who speak only jointly, and the joint form as aliases (rule
    # 27): the marked object before `können … Andrea Krainer, Landesrat Gerhard Köfer und LAbg. Hartmut Prasch berichten`
    # (rule 3), the colon quotation after the same sentence closed by `berichten Krainer, Köfer und Prasch in einer
    # Stellungnahme unisono` (rules 9, 30), the quotation before `schließen Krainer, Köfer und Prasch` (rule 30), and the
    # headline quotation after the label `Stronach/Krainer/Köfer/Prasch:` and the subtitle's marked phrase, which condense
    # the joint statement (rule 3311); Frank Stronach, whose name heads the label as the party's name and who only `steht …
    # hinter seiner Kärntner Mannschaft`, says nothing and is no alias (rules 5, 3311); `Landesparteiobfrau des Team Stronach
    # für Kärnten` names the party and is no alias (rule 33)
    quotes=[("\"Geschlossen in die Zukunft!\"", KRAINER),
            ("\"ein Team für Kärnten\"", KRAINER),
            ("\"äußerst positiven Sitzungsverlauf\"", KRAINER),
            (cut(TS_P1, "\"Das Landesteam", "für Kärnten\""), KRAINER),
            (cut(TS_P2, "\"Wir werden", "unseres Landes\""), KRAINER)],
    aliases={KRAINER: ["Andrea Krainer", "Krainer", "Gerhard Köfer", "Landesrat Gerhard Köfer", "Köfer", "Hartmut Prasch",
                       "LAbg. Hartmut Prasch", "Prasch", "Krainer, Köfer und Prasch"]})

# --- APA-OTS, Grüne Wien (inferred), 14 February 2015: Vassilakou re-elected at the 73rd Landesversammlung ---

VA_T = "73. Landesversammlung der Grünen Wien/Vassilakou mit 94,29 Prozent wiedergewählt"
VA_SUB = "\"Wiener Wahl wird Richtungsentscheidung zwischen Veränderung und Stillstand\""
VA_P1 = ("Wien (OTS) - \"Wir haben in den letzten knapp 5 Jahren unglaublich viel in Wien verändert. Es waren spanndende, "
         "aufregende Jahre voller Arbeit, in denen wir all das umgesetzt haben, wofür wir 2010 angetreten sind: Das 365 Euro "
         "Jahresticket, die höchste Kindermindestsicherung Österreichs, die Ausweitung des Parkpickerls, 17 "
         "BürgerInnensolarkraftwerke, das Deserteursdenkmal, die Abschaffung des kleinen Glücksspiels und vieles mehr\", so "
         "Maria Vassilakou in ihrer Rede während der Landesversammlung, bei der sie mit 94,29 Prozent und mit standing "
         "ovations zur Spitzenkandidatin für die Wiener Gemeinderatswahl 2015 wiedergewählt wurde.")
VA_P2 = ("\"Die Mariahilfer Straße hat bewiesen, dass es Mehrheiten für Veränderung geben kann, man muss sie sich nur "
         "erarbeiten. Wir sind angetreten, um Dinge zu verändern, wir fragen: \"was spricht dafür?\" statt \"was spricht "
         "dagegen?\"")
VA_P3 = ("Zum Thema Wahlrecht sagte Vassilakou: \"Wir haben in den letzten Jahren verhandelt, verhandelt, verhandelt. Wir "
         "haben uns mehrfach bewegt und Kompromisse angeboten. Die letzten Kompromissangebote haben mir dann schon ordentlich "
         "wehgetan, dennoch konnte sich die SPÖ nicht bewegen. Am Freitag haben wir uns freigespielt, das Wahlrecht ist in den "
         "koalitionsfreien Raum zurückgewandert. Wir werden nun einen eigenen Antrag für ein faires Verhältniswahlrecht "
         "einbringen. Wenn schwarz und blau das halten, was sie uns jahrelang ausgerichtet haben, dann wird der Antrag eine "
         "eindeutige Mehrheit erhalten. Das freie Spiel der Kräfte wird eine klare Entscheidung bringen für ein faires "
         "Wahlrecht für Wien\".")

add(id="ho567-ots-gruene-wien-2015-02-14-vassilakou-landesversammlung",
    title=VA_T,
    url="https://www.ots.at/presseaussendung/OTS_20150214_OTS0016/73-landesversammlung-der-gruenen-wienvassilakou-mit-9429-"
        "prozent-wiedergewaehlt",
    retrieved="same address (release on the APA-OTS service, 14 February 2015 by its OTS number; the stored copy breaks off "
              "inside its fourth paragraph ('\"2015 wird eine Richtungsentscheidung sein. … Wir gehen selbstbe'), before any "
              "contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the "
              "Grüne Wien: the headline label `Grünen Wien/Vassilakou` over a report of the Land party's own assembly quoting "
              "only its top candidate (rules 3250, 3310); headline and subtitle kept as lines of their own as stored; the "
              "dateline kept at the start of the first paragraph; the cut-off fourth paragraph dropped with the quotation it "
              "opens (rules 15, 17); the published 'spanndende', 'standing ovations', 'schwarz und blau' in lower case and the "
              "second paragraph's shared last mark (rule 3313) kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[VA_SUB, VA_P1, VA_P2, VA_P3],
    # the subtitle quotation under a headline that names her is Vassilakou's, the body sentence it condenses standing in the
    # cut-off fourth paragraph (rules 107, 2252, 3241); the quotation before `so Maria Vassilakou in ihrer Rede` is hers (rule
    # 30); the second paragraph, a cue-less quotation between two of hers, continues her (NOTES.md continuation) and is one
    # span from its opening mark to the last mark, which closes both the inner question and her quotation (rule 3313); the
    # colon quotation after `Zum Thema Wahlrecht sagte Vassilakou:` is hers (rule 9); the SPÖ and the `schwarz und blau`
    # parties say nothing
    quotes=[(VA_SUB, VASSILAKOU),
            (cut(VA_P1, "\"Wir haben", "vieles mehr\""), VASSILAKOU),
            (VA_P2, VASSILAKOU),
            (cut(VA_P3, "\"Wir haben", "für Wien\""), VASSILAKOU)],
    aliases={VASSILAKOU: ["Maria Vassilakou", "Vassilakou"]})

# --- APA-OTS, NEOS (inferred), 28 January 2017: Strolz re-elected chairman ---

ST_T = "Matthias Strolz mit 98,98% Prozent erneut zum Vorsitzenden von NEOS gewählt"
ST_SUB = "Als stellvertretende Vorsitzende wurden Beate Meinl-Reisinger und Angelika Mlinar bestätigt."
ST_P1 = ("Wien (OTS) - Bei der heutigen NEOS-Mitgliederversammlung wurde Matthias Strolz mit 98,98 Prozent als Vorsitzender "
         "von NEOS bestätigt. „Ich bedanke mich herzlich für das gewaltige Vertrauen. Ich werde alles dafür tun, dieses "
         "Vertrauen zu erfüllen“, zeigt sich Strolz über seine Wiederwahl erfreut. Gerade jetzt zeige sich wieder deutlich, wie "
         "sehr es NEOS brauche. „Österreich versammelt sich seit Monaten am Krankenbett dieser dahinsiechenden Koalition. "
         "Davon haben wir Bürgerinnen und Bürger die Nase gestrichen voll! NEOS zeigen schon jetzt im Nationalrat, im "
         "Europaparlament, in den Ländern und in unzähligen Gemeinden wie es besser geht, und diesen Weg wollen wir in den "
         "nächsten Jahren erfolgreich weitergehen“, so Strolz.")
ST_P2 = ("Als stellvertretende Vorsitzende von NEOS wurden die Wiener Landessprecherin Beate Meinl-Reisinger und die "
         "Europaabgeordnete Angelika Mlinar bestätigt. Als weitere Mitglieder des Vorstandes wurden der "
         "Nationalratsabgeordnete Michael Bernhard (Finanzreferent), Karin Doppenbauer (stellvertretende Finanzreferentin), "
         "Douglas Hoyos und Andreas Köb gewählt.")

add(id="ho567-ots-neos-2017-01-28-strolz-wiedergewaehlt",
    title=ST_T,
    url="http://www.ots.at/presseaussendung/OTS_20170128_OTS0019/matthias-strolz-mit-9898-prozent-erneut-zum-vorsitzenden-von-"
        "neos-gewaehlt",
    retrieved="same address (release on the APA-OTS service, 28 January 2017 by its OTS number; the stored copy ends after its "
              "second paragraph without a contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the "
              "release's own voice as the NEOS: a report of the party's own members' assembly quoting only its re-elected "
              "chairman and listing its new board (rules 3190, 3310); the crawl-date prefix ' date 2017-01' before the "
              "headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline kept at "
              "the start of the first paragraph; the published '98,98% Prozent' in the headline and 'geht, und' kept (rule "
              "20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the quotation before `zeigt sich Strolz über seine Wiederwahl erfreut` is his (rule 44); the quotation after the
    # narrator's unmarked Konjunktiv sentence `Gerade jetzt zeige sich wieder deutlich, wie sehr es NEOS brauche.`, closed by
    # `so Strolz`, is his (rule 30); the subtitle and the board paragraph carry no marks, and Beate Meinl-Reisinger, Angelika
    # Mlinar, Michael Bernhard, Karin Doppenbauer, Douglas Hoyos and Andreas Köb say nothing
    quotes=[(cut(ST_P1, "„Ich bedanke", "zu erfüllen“"), STROLZ),
            (cut(ST_P1, "„Österreich", "weitergehen“"), STROLZ)],
    aliases={STROLZ: ["Matthias Strolz", "Strolz"]})
