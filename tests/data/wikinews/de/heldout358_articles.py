# Three-hundred-and-fifty-eighth held-out German real-news set (tests/data/heldout358-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2015-2018). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words
# and two distinctive phrases of each text with grep -rliF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fifty-eighth held-out set": one German Wikinews article of October
# 2012 read on the de.wikiactu.com mirror (the "Umfairteilen" demonstrations; licence WN, retrieval note MIRROR), the
# German Wikinews project page 'Wikinews:Pressespiegel' read on de.m.wikinews.org (licence WN), and one Global Voices auf
# Deutsch post of March 2011 (the tsunami in Japan as seen on Twitter; licence GV). Stored copies are the `search` tool's
# `pages` excerpts; only complete paragraphs are kept (rules 15, 17), page furniture and photo captions are dropped
# (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import GV, MIRROR, WN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


GYSI = "Gregor Gysi"
SCHNEIDER = "Ulrich Schneider"

# --- German Wikinews (de.wikiactu.com mirror), 2 October 2012: the "Umfairteilen" demonstrations ---

UMF_P1 = ("Berlin (Deutschland), 02.10.2012 – In mehr als 40 Städten forderten am Samstag 40.000 Teilnehmer der "
          "Demonstration „Umfairteilen“ die Einführung von Vermögens- und Finanztransaktionssteuer (bzw. einer "
          "„Reichensteuer“). Zu der Demonstration hatten Gewerkschaften, Parteien, Wohlfahrtsverbände, Hilfswerke und "
          "Initiativen aufgerufen, darunter auch Attac, die Occupy Bewegung, der Appell für eine Vermögensabgabe und die "
          "Initiative „Vermögensteuer jetzt!“.")
UMF_GYSI = ("„Sie machen sich hier Sorgen um die Reichen; das ist überhaupt nicht auszuhalten. … Die Reichen- und "
            "Vermögenssteuern liegen EU-weit bei 2,1 Prozent. Übrigens in Großbritannien bei 4,2 Prozent, in Frankreich bei "
            "3,4 Prozent, in Deutschland nur bei 0,9 Prozent; das ist die Realität. Selbst in den USA liegen diese Steuern "
            "bei 3,3 Prozent.“")
UMF_SCHNEIDER = ("„Die überwältigende Resonanz auf unseren Aufruf zeigt, dass die Sorge um die Zukunft unseres Sozialstaats "
                 "und die Einsicht in die Notwendigkeit einer wieder gerechten und solidarischen Steuerpolitik endlich in "
                 "der Mitte der Bevölkerung angekommen sind. Mit dem heutigen Tage steht fest, dass die Verteilungspolitik "
                 "in Deutschland im Wahlkampf 2013 ein zentrales Thema sein wird.“")

add(id="ho358-wn-2012-10-02-umfairteilen-demonstration",
    title="Demonstration und Aktionsaufruf Umfairteilen 2012",
    url="https://de.wikinews.org/wiki/Demonstration_und_Aktionsaufruf_Umfairteilen_2012",
    retrieved="http://de.wikiactu.com/?cat=1834 (" + MIRROR.format(date="02.10.2012") + "; the photo captions 'Aktivist "
              "mit einem Warenkorb für Hartz-IV-Empfänger: Wieviel können Sie für Bildung ausgeben (Aktionstag UMfairTeilen "
              "– Reichtum besteuern, 2012)' and 'Bühne der Demonstration in Hannover' dropped (rule 14); the fourth "
              "paragraph 'Der Vorsitzende der Gewerkschaft Verdi, Frank Bsirske, sagte in Frankfurt: „Rund', cut off in "
              "the stored copy, dropped (rules 15, 17))",
    license=WN,
    paras=[UMF_P1,
           "Der Fraktionsvorsitzende der Linksfraktion, Dr. Gregor Gysi, sagte am Donnerstag im Bundestag: " + UMF_GYSI,
           "Der Hauptgeschäftsführer des Paritätischen Wohlfahrtsverbandes, Ulrich Schneider, kommentierte in Köln: "
           + UMF_SCHNEIDER],
    # names of the demonstration and of an initiative, and the tax label, are null (rules 2, 2017); Gysi's two passages
    # joined by the published omission mark inside one pair of marks are one quote (rule 2015); the academic title stays
    # out of the canonical name (as in rule 1675 and later sets)
    quotes=[("„Umfairteilen“", None),
            ("„Reichensteuer“", None),
            ("„Vermögensteuer jetzt!“", None),
            (UMF_GYSI, GYSI),
            (UMF_SCHNEIDER, SCHNEIDER)],
    aliases={GYSI: [GYSI, "Dr. Gregor Gysi", "Fraktionsvorsitzende"],
             SCHNEIDER: [SCHNEIDER, "Hauptgeschäftsführer"]})

# --- German Wikinews, project page "Wikinews:Pressespiegel" (press reports about Wikinews), stored in 2018 or later ---

MAHER = "Maher"
BPB = "Bundeszentrale für politische Bildung"
PS_HEISE = "„Wikimedia-Chefin Maher im Interview: \"Vielleicht gibt es nur Platz für eine Organisation wie uns\"“"
PS_MAHER = ("„Wikimedia-Gründer Jimmy Wales experimentiert mit dem Wiki-Modell grade in seinem Nachrichtenportal "
            "WikiTribune. Ich weiß nicht, ob es für die Wikimedia-Foundation derzeit Sinn macht, wesentliche Ressourcen in "
            "das Projekt WikiNews zu stecken. Sicher werden wir die Communitys weiter hosten und sind begeistert über ihre "
            "Arbeit. Aber ehrlich gesagt sind die Beiträge vieler Autoren und Spender auf die Kernprojekte wie Wikipedia "
            "und Wikimedia Commons konzentriert.“")
PS_BPB = ("„Im Wikinews-Projekt der Wikimedia Foundation wird dieser Gedanke noch zugespitzt. 2004 als Experiment "
          "gestartet, folgt es ähnlichen Regeln und dem Grundsatz, dass jeder mitschreiben kann. Im Schreibstil und Ansatz "
          "aber unterscheidet es sich; In Wikinews geht es noch stärker um die Aktualität, und der Schreibstil ist deutlich "
          "stärker an journalistischen Vorbildern angelehnt. Allerdings ist dies auch ein klarer Grund dafür, daß diesem "
          "Projekt besonders international auch deutlich weniger Erfolg beschieden ist: aktuelle journalistische Reportage "
          "benötigt eben doch andere Fähigkeiten als das Zusammentragen und Bewerten bereits verfügbarer Materialien im "
          "Rahmen eines Themendossiers, und die Anlehnung von Wikinews an konventionelle Nachrichtenzyklen bewirkt durch die "
          "Notwendigkeit, immer neue Artikel zum selben Thema verfassen zu müssen, statt das eine Dossier kontinuierlich "
          "weiterzubearbeiten, erhebliche Mehrarbeit für Wikinews-Teilnehmer. Letztlich findet sich die detailliertere, oft "
          "auch aktuellere Sammlung an Informationen zu nachrichtenrelevanten Themen daher meist bei Wikipedia, nicht bei "
          "Wikinews.“")

add(id="ho358-wn-pressespiegel-wikinews",
    title=None,
    url="https://de.wikinews.org/wiki/Wikinews:Pressespiegel",
    retrieved="https://de.m.wikinews.org/wiki/Wikinews:Pressespiegel (stored copy of the mobile page, undated, its latest "
              "entry of 16 May 2018; the stored copy begins with the page's first sentence and shows no page title, so the "
              "text has no title line (rules 18, 32); the edit links 'Bearbeiten' and the list bullets dropped (rule 14); "
              "the heading 'Zeitungen, Online-Magazine' kept as its own line; the following heading 'November' and its "
              "entry 'Spiegel Online: „„Huffin', cut off in the stored copy, dropped (rules 15, 17))",
    license=WN,
    paras=["Auf dieser Seite werden Presseberichte über Wikinews gesammelt.",
           "Zeitungen, Online-Magazine",
           "heise.de: " + PS_HEISE + " (16.Mai 2018)",
           PS_MAHER,
           "Bundeszentrale für politische Bildung: „Journalismus im Umbruch“ (10.10.2012)",
           PS_BPB],
    # the headline of the heise report and the title of the bpb text are null, the straight marks nested in the headline
    # stay in its span; the excerpt under each entry belongs to whoever's words it is: Maher's interview answer, the bpb's
    # own text (rule 2018)
    quotes=[(PS_HEISE, None),
            (PS_MAHER, MAHER),
            ("„Journalismus im Umbruch“", None),
            (PS_BPB, BPB)],
    aliases={MAHER: [MAHER, "Wikimedia-Chefin"],
             BPB: [BPB]})

# --- Global Voices auf Deutsch, 11 March 2011: the tsunami in Japan on Twitter ---

JP_TWEET1 = ("津波は「波」じゃなくて、「コンクリートの壁が猛スピードで突っ込んでくる物」だと思って下さい。人間にどうにか出来る代物"
             "じゃないです。絶対に興味本位で見に行ったりしないで下さい。")

add(id="ho358-gv-2011-03-11-japan-tsunami",
    title=None,
    url="https://de.globalvoices.org/2011/03/11/japan-tsunami-trifft-auf-kuste-mit-verheerenden-folgen/",
    retrieved="same address (stored post of 11 March 2011; the stored copy begins with the first paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); the image caption line 'Bild eines riesigen "
              "Strudels in Ibaraki (über @gakuranman):' dropped (rule 14); the three tweets, reproduced in Japanese in the "
              "post, kept as their own paragraphs as they stand; the stored copy ends with the sentence on the NHK "
              "Ustream)",
    license=GV,
    paras=["Nach dem größten Erdbeben seit Beginn der Aufzeichnungen in Japan wird das Land nun vom verheerendsten Tsunami "
           "getroffen. Menschen im ganzen Land sitzen gebannt vor ihren Fernsehern und sehen sich in den Nachrichten "
           "Szenen an, in denen ein Tsunami von über 7 Metern Höhe Autos und Gebäude mit sich reißt. In der Zwischenzeit "
           "bereitet man sich in anderen Teilen der Erde auf das Schlimmste vor. In Hawaii wurde die Evakuierung der "
           "Küstenregionen angeordnet, und in mindestens 20 anderen Ländern wurden Warnungen herausgegeben. Die Zeitung "
           "“The Guardian” veröffentlicht Live-Updates über die Katastrophe.",
           "Hier ein paar Twitter-Nachrichten, die beispielhaft sind für viele andere.",
           "Tinystar323 schreibt:",
           JP_TWEET1,
           "In einem unbestätigten Bericht von @nishi_0024 heißt es, dass das Pacifico-Yokohama-Tagungszentrum keine "
           "Menschen mehr aufnimmt:",
           "【緊急拡散】パシフィコ横浜は津波の危険があるため、受け入れ中止だそうです!",
           "Von @edamamicky, einem Opfer des Tsunami:",
           "津波被害あり。自宅2階にて母と弟と近所の男性一名と救助を待っています。怪我はありません。1階は浸水して自力では外に出れません。"
           "電話も繋がりません。",
           "Auf die Minute genaue Updates über die Folgen des Erdbebens, folge dem offiziellen Ustream von NHK."],
    # the newspaper name is null (rule 2); the corner-bracket spans inside the untranslated tweet are the tweeter's own
    # marked words and are null, while the unmarked tweets themselves are not annotated (rules 5, 2016)
    quotes=[("“The Guardian”", None),
            ("「波」", None),
            ("「コンクリートの壁が猛スピードで突っ込んでくる物」", None)],
    aliases={})
