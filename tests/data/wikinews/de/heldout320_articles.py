# Three-hundred-and-twentieth held-out German real-news set (tests/data/heldout320-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1915-1918). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, page number and two or more
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twentieth held-out set": pages of the stenographic protocols of the
# Austrian Nationalrat on parlament.gv.at under licence PK (XX. GP, 10th, 17th and 88th sittings; XXI. GP, 8th and 30th
# sittings; XXIV. GP, 95th sitting), in which members quote each other, the press and the protocol of the sitting. Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture is dropped (rules 14, 575), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# Page header and navigation line of the older page view, dropped on every page (rules 14, 575).
SEITE_FURNITURE = ("the page header 'Nationalrat, {gp}.GP Stenographisches Protokoll {n}. Sitzung / Seite {s}' and the "
                   "navigation line 'Home Seite 1 Vorherige Seite Nächste Seite' dropped as furniture (rules 14, 575), so "
                   "there is no title line (rules 18, 32)")

# --- Nationalrat, XX. GP, 88th sitting, page 91: Martin Graf reads out Volker Kier's words from the protocol ---

KIER = "Kier"
GRAF_P = ("Der Herr Abgeordnete Kier führte aus: \"Herr Kollege Graf! Mit aller Deutlichkeit sage ich Ihnen: Wenn Sie sich "
          "so betroffen fühlen, wenn jemand den objektiven Befund erstellt, daß der Opferkreis, daß die Zielorientierung der "
          "Bekennerschreiben, all diese Details, eindeutig politisch zuordenbar sind, wenn Sie sich da betroffen fühlen, dann "
          "ist das Ihr Problem. Darauf mache ich Sie aufmerksam!\"")

add(id="ho320-parl-nr-xx-88-s91-graf-kier",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/XX/NRSITZ/NRSITZ_00088/SEITE_0091.html",
    retrieved="same address (page 91 of the stenographic protocol of the 88th sitting of the Nationalrat, XX. GP; "
              + SEITE_FURNITURE.format(gp="XX", n=88, s=91) + "; the first paragraph, which continues a quotation from the "
              "page before ('\"geht, einmal die volle Härte des Gesetzes zuschlägt, … zwanzig Jahre!\" – Zitatende. …'), "
              "dropped as incomplete (rule 15); the time lines '16.45', '16.45' and '16.46' dropped (rule 575); the "
              "interjections in parentheses kept as published (rule 20); the last paragraph 'Präsident Dr. Heinrich "
              "Neisser: Damit sind die tatsäc', cut off, dropped (rule 15))",
    license=PK,
    paras=["Ich wiederhole: In diesem Fall, Hans-Jörg Schimanek, wären das 20 Jahre. (Beifall bei den Grünen. – Abg. Mag. "
           "Stadler: Nein, steht nicht drinnen! Das ist glatt gelogen!)",
           "Präsident Dr. Heinrich Neisser: Jetzt hat sich noch Herr Abgeordneter Dr. Graf zu einer persönlichen Erwiderung "
           "gemeldet. – Bitte. (Abg. Mag. Stadler: Das ist unanständig! Herausschwindeln! – Weitere Zwischenrufe bei den "
           "Freiheitlichen. – Präsident Dr. Neisser gibt das Glockenzeichen.)",
           "Herr Abgeordneter, Sie sind am Wort – und sonst niemand, bitte!",
           "Abgeordneter Dr. Martin Graf (Freiheitliche): Sehr geehrter Herr Minister! Der Kollege Kier hat hier vom "
           "Rednerpult in seiner tatsächlichen Berichtigung nunmehr darzulegen versucht, daß er mir kein Täterverhalten "
           "zuordnet. Ich möchte hierzu persönlich erwidern und zitiere aus dem heutigen Redeprotokoll. Ich werde nichts "
           "hinzufügen, nur zitieren.",
           GRAF_P,
           "Und weiter: \"Wer sich in der Selbstbetroffenheit dauernd selbst gemeint fühlt, der setzt ein typisches "
           "Täterverhalten.\"",
           "Und schließlich meinte er: \"er ist ertappt bei seinen Argumenten\".",
           "Sie haben mir Täterverhalten vorgeworfen und sind jetzt nicht einmal Manns genug, das zuzugeben! (Beifall bei den "
           "Freiheitlichen.)"],
    # words read out from the protocol of the sitting are the member's who spoke them (rule 1915); the continuation
    # `Und weiter:` and the pronoun `meinte er` keep him as speaker
    quotes=[(GRAF_P[GRAF_P.index("\"Herr Kollege"):], KIER),
            ("\"Wer sich in der Selbstbetroffenheit dauernd selbst gemeint fühlt, der setzt ein typisches "
             "Täterverhalten.\"", KIER),
            ("\"er ist ertappt bei seinen Argumenten\"", KIER)],
    aliases={KIER: ["Kier", "Kollege Kier", "Herr Abgeordnete Kier"]})

# --- Nationalrat, XXIV. GP, 95th sitting, page 85: Stefan Petzner on an interjection of Harald Stefan ---

STEFAN = "Harald Stefan"

add(id="ho320-parl-nr-xxiv-95-s85-petzner-stefan",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/XXIV/NRSITZ/NRSITZ_00095/SEITE_0085.html",
    retrieved="same address (page 85 of the stenographic protocol of the 95th sitting of the Nationalrat, XXIV. GP; the page "
              "header 'Nationalrat, XXIV.GPStenographisches Protokoll95. Sitzung / Seite 85' and the navigation line "
              "'HomeSeite 1Vorherige SeiteNächste Seite' dropped as furniture (rules 14, 575), so there is no title line "
              "(rules 18, 32); the time lines '14.53', '14.53.40', '14.53' and '14.53.43' and the separator line '*****' "
              "dropped (rule 575); the interjections in parentheses kept as published (rule 20); the last paragraph "
              "'Abgeordneter Herbert Kickl (FPÖ) (zur Geschäftsbehandlung): …', cut off after 'kein Wunder, da', dropped "
              "(rule 15))",
    license=PK,
    paras=["Dem ist wirklich nichts mehr hinzuzufügen. (Beifall bei der SPÖ.)",
           "Präsident Fritz Neugebauer: Nächster Redner: Herr Abgeordneter Kößl. (Abg. Petzner: Herr Präsident, zur "
           "Geschäftsbehandlung!)",
           "Zur Geschäftsbehandlung. – Bitte, Herr Kollege.",
           "Abgeordneter Stefan Petzner (BZÖ) (zur Geschäftsbehandlung): Herr Präsident! Ich habe von mehreren "
           "Abgeordnetenkollegen die Information bekommen, dass im Rahmen meiner Rede auf mein Argument hin, dass ich den "
           "Zivildienst abgeleistet habe, vom Abgeordneten Mag. Harald Stefan der Zwischenruf gekommen ist – wörtliches "
           "Zitat –: „Hoffentlich hast du nichts mit Kindern zu tun gehabt!“ (Abg. Ing. Westenthaler: Unglaublich! – "
           "Weitere Zwischenrufe beim BZÖ.)",
           "Die kriminellen Handlungen, die er mir damit unterstellt, sind inakzeptabel. Ich weise das auf das Schärfste "
           "zurück und beantrage die Herbeischaffung des Stenographischen Protokolls sowie einen entsprechenden Ordnungsruf "
           "für den Kollegen Stefan, denn trotz aller Brisanz der Diskussion sind solche Unterstellungen inakzeptabel für "
           "dieses Hohe Haus! (Beifall bei BZÖ, SPÖ und Grünen.)",
           "Präsident Fritz Neugebauer: Ich ersuche die Kollegen der Parlamentsdirektion aus der Abteilung Stenographische "
           "Protokolle, die zitierte Stelle herbeizuschaffen.",
           "Zu Wort gemeldet ist Herr Abgeordneter Kößl. (Zwischenrufe bei FPÖ und BZÖ.)",
           "Zur Geschäftsbehandlung: Herr Abgeordneter Kickl. – Bitte."],
    # an interjection the speaker reports from hearsay, with its author named, is the named member's (rule 1916)
    quotes=[("„Hoffentlich hast du nichts mit Kindern zu tun gehabt!“", STEFAN)],
    aliases={STEFAN: ["Harald Stefan", "Mag. Harald Stefan", "Abgeordneten Mag. Harald Stefan", "Kollegen Stefan"]})

# --- Nationalrat, XX. GP, 17th sitting, page 120: an SPÖ member on Jörg Haider's accusations against Caspar Einem ---

HAIDER = "Haider"

add(id="ho320-parl-nr-xx-17-s120-haider-einem",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/XX/NRSITZ/NRSITZ_00017/SEITE_0120.html",
    retrieved="same address (page 120 of the stenographic protocol of the 17th sitting of the Nationalrat, XX. GP; "
              + SEITE_FURNITURE.format(gp="XX", n=17, s=120) + "; the page begins with the paragraph 'Wie – und jetzt "
              "kommen wir zum System – …', kept; the interjection notes in parentheses kept as published (rule 20); the "
              "last paragraph 'Meine sehr geehrten Damen und Herren! Des weiteren sollten wir …', which ends in the stored "
              "copy after the plate text '\"Ich bin ein BMW\".' where the excerpt is cut, dropped as not shown complete "
              "(rule 15))",
    license=PK,
    paras=["Wie – und jetzt kommen wir zum System – macht das Herr Dr. Haider? – Er macht das nicht ungeschickt, das muß "
           "man ihm schon lassen. Herr Dr. Haider geht her, fährt hinaus mit einem Argument, und dann sagt er, er werde "
           "Beweise gegen Einem – ich lese das in der \"Presse\" – \"zu gegebener Zeit\" vorlegen. Ich weiß nicht, wieviel "
           "Zeit Sie beanspruchen wollen, Herr Dr. Haider. Aber ich nehme an, aufgrund der durchschnittlichen "
           "Lebenserwartung von mir und meinen Kollegen, wir werden die Vorlage der Beweisstücke durch Sie wahrscheinlich "
           "nicht mehr erleben. (Beifall bei der SPÖ.)",
           "Meine Damen und Herren! Es ist heute die Vorgangsweise der Freiheitlichen schon einmal angesprochen worden. Sie "
           "alle erinnern sich wahrscheinlich an den Vorwurf des Herrn Dr. Haider, Bundesminister Caspar Einem sei während "
           "seiner Zeit als Bewährungshelfer wegen eines Drogendeliktes in Haft gesessen. Stellen Sie sich vor, da geht "
           "jemand her und sagt, der derzeitige Innenminister – und jetzt reduziere ich es –, irgendeiner aus diesem Saal "
           "oder sonst ein Staatsbürger sei im Gefängnis gesessen – dies nur, um ihn damit anzupatzen. Dann kommt aber "
           "zutage, daß dies unmöglich gewesen sein kann, da dieses Gefängnis schon vor vielen Jahren geschlossen worden ist. "
           "Das ist mehr als schäbig, Herr Dr. Haider, das ist keine politische Arbeit! (Beifall bei der SPÖ. – Präsident Dr. "
           "Neisser übernimmt den Vorsitz.)"],
    # the newspaper named as the place where the speaker read the words is null (rule 24); the partial quote in the
    # reported `sagt er, er werde … vorlegen` is Haider's, not the newspaper's (rule 1917)
    quotes=[("\"Presse\"", None),
            ("\"zu gegebener Zeit\"", HAIDER)],
    aliases={HAIDER: ["Haider", "Herr Dr. Haider", "Dr. Haider", "Herrn Dr. Haider"]})

# --- Nationalrat, XXI. GP, 8th sitting, page 37: a Green member on Jörg Haider's remarks about Belgium and Europe ---

JH = "Jörg Haider"

add(id="ho320-parl-nr-xxi-8-s37-haider-fuchs",
    title=None,
    url="https://www.parlament.gv.at/dokument/XXI/NRSITZ/8/SEITE_0037.html",
    retrieved="same address (page 37 of the stenographic protocol of the 8th sitting of the Nationalrat, XXI. GP; "
              + SEITE_FURNITURE.format(gp="XXI", n=8, s=37) + "; the first paragraph, which begins mid-sentence "
              "('angemessen reagieren! …'), continued from the page before, dropped (rule 15); the interjection notes in "
              "parentheses and the published double space before '– Nicht ich erfinde' kept (rule 20); the last paragraph "
              "'Vielleicht könnten Sie ihm bei Gelegenheit …', cut off after 'Aber nicht nu', dropped (rule 15))",
    license=PK,
    paras=["Der zweite Beitrag von Jörg Haider war, die belgische Regierung als \"korrupt\" zu bezeichnen, und zwar mit "
           "einem Nachsatz, den ich hier gar nicht wiederholen möchte. Und da wundern Sie sich?! Sie verlangen von der "
           "belgischen Regierung, dass sie sagt: Bitte, wiederholt das noch einmal, wir hören das gerne noch einmal! Wir "
           "werden natürlich nicht auf internationaler Ebene Sanktionen gegen diese Regierung verlangen! – Ich frage mich: "
           "Wie naiv ist denn diese neue Bundesregierung? (Zwischenrufe bei den Freiheitlichen.)",
           "Ich finde, das Beste war ja seine Aussage mit dem Hühnerstall in der Zeitschrift \"Die Zeit\". Da hieß es: "
           "Europäische Politiker sind Hühner in einem Stall, die sich davor fürchten, dass der \"Fuchs\" Haider kommt. – "
           "Und was macht ein Fuchs, wenn er in einen Hühnerstall einbricht? (Zwischenrufe bei den Freiheitlichen.)  – Nicht "
           "ich erfinde diese Bilder, Ihr Vorsitzender erfindet diese Bilder! Was macht denn ein Fuchs in einem Hühnerstall? "
           "(Der Redner macht die entsprechende Geste.) Das hier! Das hier! (Heiterkeit.) Das ist das Bild, das Sie "
           "erzeugen! (Beifall bei den Grünen.)",
           "Welchen Schaden Herr Dr. Haider mit solchen Äußerungen anrichtet, ist ihm offensichtlich völlig egal; welchen "
           "Schaden er bei uns, bei den kleinen Leuten, bei jenen, die wirtschaftlichen Schaden erleiden, anrichtet, das ist "
           "ihm egal, davon redet er nicht. Hauptsache, er hat einen neuen Feind: die Vierzehn in der EU."],
    # his word in `als „korrupt“ zu bezeichnen` is his (rule 3); the magazine's name is null (rule 24); the marked word in
    # the unmarked rendering of `seine Aussage … Da hieß es:` is his partial quote (rule 1917)
    quotes=[("\"korrupt\"", JH),
            ("\"Die Zeit\"", None),
            ("\"Fuchs\"", JH)],
    aliases={JH: ["Jörg Haider", "Herr Dr. Haider", "Ihr Vorsitzender"]})

# --- Nationalrat, XX. GP, 10th sitting, page 121: an SPÖ member answers Ewald Stadler; Jörg Haider's correction ---

STADLER = "Stadler"

add(id="ho320-parl-nr-xx-10-s121-stadler-dissidenten",
    title=None,
    url="http://www.parlament.gv.at/PAKT/VHG/XX/NRSITZ/NRSITZ_00010/SEITE_0121.html",
    retrieved="same address (page 121 of the stenographic protocol of the 10th sitting of the Nationalrat, XX. GP; "
              + SEITE_FURNITURE.format(gp="XX", n=10, s=121) + "; the time lines '23.15' and '23.15' dropped (rule 575); "
              "the interjections in parentheses and the published spaces before ',' and '.' after them ('Na was denn?) ,', "
              "'Mag. Barmüller .') kept (rule 20); the last paragraph 'Ich', cut off, dropped (rule 15))",
    license=PK,
    paras=["Herr Mag. Stadler! Was Sie heute hier heraußen gesagt haben (Abg. Mag. Stadler: Na was denn?) , die Wortwahl, "
           "die Sie heute gewählt haben, und das, was Sie in Ihren Pressekonferenzen an Wortwahl verwenden (Abg. Mag. "
           "Stadler: Wollen Sie klagen?) – ich habe es nicht notwendig (Abg. Mag. Stadler: Also Sie klagen nicht?); ich habe "
           "die Chance, mich mit Ihnen hier auseinanderzusetzen –, ist, im Vergleich zum dem, was Sie hier gemacht haben, "
           "wirklich Heuchelei. Sie sind der Heuchler, und Sie werden zum Heuchler angestiftet. Machen Sie es freiwillig, "
           "oder machen Sie es im Auftrag?",
           "Wenn Sie, Herr Mag. Stadler, heute Herrn Dr. Haider verglichen haben mit den Dissidenten, mit denjenigen, von "
           "denen wir alle hier bis vor kurzem wußten, wie es ihnen geht (Abg. Mag. Stadler: Opfer des Sozialismus! Des real "
           "existierenden Sozialismus! Ein Vertreter des real existierenden Sozialismus!) , so habe ich mir vorgenommen, meine "
           "Rede damit zu beenden, daß ich Ihnen, Herr Mag. Stadler, sage: Diese Menschen, die wirklich Dissidenten waren, "
           "sind in Schutz zu nehmen, denn sie alle würden sich schämen, mit dem \"Dissidenten\" Haider in Österreich in "
           "Verbindung gebracht zu werden. (Beifall bei der SPÖ und des Abg. Mag. Barmüller .)",
           "Präsident Dr. Heinrich Neisser: Es liegt eine Wortmeldung des Herrn Abgeordneten Dr. Haider zu einer "
           "tatsächlichen Berichtigung vor. – Bitte, Herr Abgeordneter, Sie haben das Wort. 3 Minuten "
           "Redezeitbeschränkung.",
           "Abgeordneter Dr. Jörg Haider (Freiheitliche): Hohes Haus! Meine Damen und Herren! Herr Abgeordneter Gradwohl hat "
           "hier die Behauptung aufgestellt, ich sei ständig Gegenstand der Tagesordnung dieses Hohen Hauses in "
           "Immunitätssachen. (Abg. Mag. Stadler – zur SPÖ gewendet –: Das ist ein Jurist, der etwas versteht – im Gegensatz "
           "zu Ihren Rednern! – Präsident Dr. Neisser gibt das Glockenzeichen.)"],
    # the addressee's comparison word, set in ironic marks by the speaker, is the addressee's (rules 572, 1918)
    quotes=[("\"Dissidenten\"", STADLER)],
    aliases={STADLER: ["Stadler", "Herr Mag. Stadler", "Abg. Mag. Stadler"]})

# --- Nationalrat, XXI. GP, 30th sitting, page 254: the "NEWS" interview discussed at a conference in Lisbon ---

add(id="ho320-parl-nr-xxi-30-s254-news-interview",
    title=None,
    url="http://www.parlament.gv.at/dokument/XXI/NRSITZ/30/SEITE_0254.html",
    retrieved="same address (page 254 of the stenographic protocol of the 30th sitting of the Nationalrat, XXI. GP; "
              + SEITE_FURNITURE.format(gp="XXI", n=30, s=254) + "; the page begins with the paragraph 'Ich habe mir "
              "gedacht, das ist eine starke Ansage. …', kept; the interjections in parentheses and the published space in "
              "'Abg. Dr. Ofner. )' kept (rule 20); the last paragraph 'Dass Sie in Ihrem blinden Herdentrieb …', cut off "
              "after 'das ist sc', dropped (rule 15))",
    license=PK,
    paras=["Ich habe mir gedacht, das ist eine starke Ansage. Da muss es einen Hintergrund geben! Ich habe nämlich das "
           "\"NEWS\"-Interview auch nicht so präsent gehabt und hatte es nicht so sensibel gelesen wie Herr Tsatsos. Ich bin "
           "daher zu ihm hingegangen und habe gesagt, er soll mir das Interview, seine Unterlage zeigen. Er hat sie mir dann "
           "gezeigt und hat das auch als Anlass dafür genommen, in einer zweiten Wortmeldung das \"NEWS\"-Interview in dieser "
           "Passage vollständig zu zitieren. (Neuerlicher Zwischenruf des Abg. Dr. Ofner. )",
           "Kollege Schweitzer! Du warst ja in der Sitzung. Dass es dann geheißen hat, das sei doch ohnedies nicht so schlimm "
           "gemeint gewesen, was Haider da gesagt hat, hat durchaus nicht zur Entspannung oder zur Beruhigung beigetragen! "
           "Das hat es nicht, sondern den Abgeordneten, denen am Parlamentarismus noch etwas gelegen ist, hat das mehr als "
           "Anlass zur Sorge bereitet.",
           "Die Debatten zur Frage, was denn da in Österreich los ist, die haben, nachdem er den ganzen Kontext des Interviews "
           "zitiert und nicht mehr nur einen einzelnen Satz davon herausgegriffen hat, nicht etwa aufgehört, sondern, im "
           "Gegenteil (Abg. Fischl: Habt ihr es ihnen rechtzeitig auf Griechisch übersetzt?), das war – und das glaube ich "
           "auch – Anlass zur Beunruhigung bei vielen dieser Parlamentarier, die in Lissabon bei der Konferenz anwesend "
           "waren.",
           "Das eigentliche Problem, meine Damen und Herren von der Freiheitlichen Partei, ist doch das, dass es in "
           "Österreich viel zu wenig Anlass zur Beunruhigung war (Abg. Dr. Ofner: Deshalb müsst ihr dafür sorgen!), vor "
           "allem auf Seiten dieser einen Regierungspartei, die schon angesprochen wurde. (Abg. Dr. Ofner: Wenn sich in "
           "Österreich niemand aufregt, muss man ins Ausland gehen! Da muss man alle aufhussen!)"],
    # a magazine's name fused into a compound is null (rule 24)
    quotes=[("\"NEWS\"", None, 0),
            ("\"NEWS\"", None, 1)],
    aliases={})

# --- Nationalrat, XX. GP, 88th sitting, page 86: Andreas Wabl and Jörg Haider ---

add(id="ho320-parl-nr-xx-88-s86-wabl-haider",
    title=None,
    url="http://www.parlament.gv.at/dokument/XX/NRSITZ/88/SEITE_0086.html",
    retrieved="same address (page 86 of the stenographic protocol of the 88th sitting of the Nationalrat, XX. GP; "
              + SEITE_FURNITURE.format(gp="XX", n=88, s=86) + "; the page begins with the paragraph 'Man sieht bei diesem "
              "Mann praktisch schon, …', kept; the time lines '16.26' and '16.26' dropped (rule 575); the interjections in "
              "parentheses and the published double space in 'Abg. Dr. Fekter  –' kept (rule 20); the last paragraph 'Die "
              "offenb', cut off, dropped (rule 15))",
    license=PK,
    paras=["Man sieht bei diesem Mann praktisch schon, das muß ein Krimineller sein. – Die Polizei hätte leichtes Spiel, "
           "wenn das wirklich in den Gesichtern zu sehen wäre. (Abg. Dr. Haider: Das haben wir nicht geschrieben! Dafür sind "
           "wir nicht verantwortlich!) Ich weiß schon, daß Sie dafür nicht verantwortlich sind, aber für diese Vereinfachung "
           "im Leben sind Sie verantwortlich, Herr Kollege Haider. (Abg. Dr. Haider: Sind wir dafür verantwortlich, was die "
           "\"Kronen Zeitung\" schreibt? – Abg. Dr. Graf: Es gibt andere, die sagen, es ist alles so kompliziert!)",
           "Herr Kollege Haider! Ich verstehe, daß Sie sich ein neues Bild verpassen wollen, aber ein neues Bild, das Sie dazu "
           "befähigen würde, auf dieser Bank zu sitzen, würde miteinschließen, daß Sie all diese Dinge, die ich hier "
           "vorgetragen habe und die andere Ihnen vorgehalten haben, selbstkritisch sehen. Das tun Sie nicht, und ich habe "
           "mittlerweile den Verdacht, daß Sie all das aus reinem Opportunismus einmal so und einmal so sagen.",
           "Das ist, glaube ich, der schlimmste Vorwurf, den man Ihnen machen kann, und ich meine, dieses Land ist gut "
           "beraten, darauf zu achten, daß Menschen, die diese Art von Verständnis predigen, die diese Art von Verständnis "
           "zeigen, in keine politische Verantwortung kommen. – Danke schön. (Beifall bei den Grünen, bei der SPÖ sowie bei "
           "Abgeordneten des Liberalen Forums.)",
           "Präsident Dr. Heinrich Neisser: Es liegt eine neuerliche Wortmeldung des Abgeordneten Dr. Haider vor. Die "
           "Restredezeit für Sie beträgt 10 Minuten. – Bitte.",
           "Abgeordneter Dr. Jörg Haider (Freiheitliche): Hohes Haus! Meine Damen und Herren! Ich möchte Kollegen Wabl nur "
           "ein paar Worte mit auf den Weg geben. (Abg. Dr. Fekter  – zu Abg. Haigermoser, der eben seinen Platz wieder "
           "einnimmt –: Sie wollten schon gehen, und jetzt redet der Chef! Das ist aber blöd!)"],
    # a newspaper's name inside an interjection is null (rule 24)
    quotes=[("\"Kronen Zeitung\"", None)],
    aliases={})
