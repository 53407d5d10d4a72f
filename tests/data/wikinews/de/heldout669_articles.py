# Six-hundred-and-sixty-ninth held-out German real-news set (tests/data/heldout669-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4090-4093). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-sixty-ninth held-out set": eight releases of Austrian media on the APA-OTS
# service, shown on ots.at (licence APA_OTS_SENDERS), each on the medium's own interview or programme: four advance releases of
# the news magazine NEWS (the football coach Otto Baric on the team manager's post and Frank Stronach, April 1999; Michael Häupl
# on Ernst Strasser, Andreas Khol and Wolfgang Schüssel, October 2001; the interior minister Ernst Strasser on a ban on masks at
# demonstrations and on Le Pen, April 2002; Häupl on the Vienna election and the EU commissioner, September 2009), three of the
# news magazine profil (Wendelin Weingartner and Bernhard Görg against the justice minister Dieter Böhmdorfer, October 2000; the
# social minister Herbert Haupt against Reinhart Gaugg, April 2001; the defence minister Herbert Scheibner on interceptors and
# the defence budget, May 2001) and one programme notice of the ORF for Robert Wiesner's "Wiesner fragt" with Herbert Haupt
# (August 2004). Stored copies are the `search` tool's `pages` excerpts; five release bodies are complete in them (NEWS 1999,
# whose copy breaks off in the footer, the three profil releases and NEWS 2009), three copies are cut off inside a later
# paragraph (NEWS 2001, NEWS 2002, the ORF notice), and the cut-off paragraph, with the subheading left dangling before it in the
# ORF notice, is dropped (rule 15); the ots.at furniture (list dashes before headline and subtitle, banners, contact blocks,
# footers) is dropped and the line breaks are treated as the retrieval notes say (rules 3040, 3050, 3090, 3200, 4030, 4090).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

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


BARIC = "Otto Baric"
WEINGARTNER = "Wendelin Weingartner"
GOERG = "Bernhard Görg"
HAUPT = "Herbert Haupt"
SCHEIBNER = "Herbert Scheibner"
HAEUPL = "Michael Häupl"
STRASSER = "Ernst Strasser"

# --- APA-OTS, the news magazine NEWS, 7 April 1999: Otto Baric on the team manager's post and Frank Stronach ---

OB_T = "Otto Baric: \"Ich habe Mitleid mit dem Team.\""
OB_SUB = ("Der Erfolgstrainer bekräftigt im NEWS-Interview seinen Anspruch auf Teamchef-Posten. Baric: \"Ich denke, daß "
          "Stronach mit mir rechnet.\" Vorausmeldung zu NEWS Nr. 14/8.4.99")
OB_P1 = ("Wien (OTS) - In einem ausführlichen Interview mit dem morgen erscheinenden Nachrichtenmagazin NEWS bekräftigt "
         "Erfolgstrainer Otto Baric seine Anwartschaft auf die Nachfolge Herbert Prohaskas als österreichischer Teamtrainer. "
         "Baric: \"Ich habe Mitleid mit der Mannschaft. Sie wollten gegen Spanien, dann ist es aber nicht gegangen. Jetzt muß "
         "man eine gute, neue Stimmung schaffen. Atmosphäre, Aggressivität und Verantwortung. \" Baric zeigt sich optimistisch, "
         "daß die österreichische Nationalmannschaft noch die EM-Qualifikation schaffen kann: \"Österreich kann in Israel "
         "siegen und alles ist wieder in Butter.\" Verliert Österreich allerdings ein weiteres Spiel, wäre es \"besser, gleich "
         "eine Mannschaft für die WM vorzubereiten.\" Baric würde die Mannschaft behutsam verjüngern: \"Ich kann mir vorstellen, "
         "daß ein Winklhofer, ein Kitzbichler, ein Schopp spielen. Einen Almer darf man auch nicht Übersehen.\"")
OB_P2 = join("Ausdrücklich begrüßt Otto Baric das Engagement von Frank Stronach:",
             "\"Herr Stronach ist ein Gottesgeschenk. Die Vereine haben kein Geld, er hat geholfen und wird weiter helfen. Er "
             "will diese Akademien machen, da muß ein guter Direktor her, der alles führen kann.\" Baric hätte bereits Kontakt "
             "zu Frank Stronach: \"Ich denke, daß er mit mir rechnet.\"")
OB_P3 = ("Baric hat sich jedenfalls viel vorgenommen:\"Ein Teamtrainer muß alles wissen. Er muß Vorträge halten, mit Trainern "
         "sprechen, die Klubs besuchen. Glauben Sie mir, ich kenne die Probleme und weiß genau, wie sie zu lösen sind.\"")
OB_P4 = "Das gesamte Interview mit Otto Baric können Sie unter der Tel. Nr. 213 12-103 bei Fr. Breyer anfordern."

add(id="ho669-ots-news-1999-04-07-baric-mitleid-team",
    title=OB_T,
    url="https://www.ots.at/presseaussendung/OTS_19990407_OTS0130/otto-baric-ich-habe-mitleid-mit-dem-team",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 7 April 1999 by its OTS number "
              "and the kicker 'Vorausmeldung zu NEWS Nr. 14/8.4.99', the issue 'morgen erscheinenden'; sender told by the "
              "contact block 'NEWS Chefredaktion Tel. 01/213 12 101'); the headline is the title; the subtitle with the kicker "
              "run on after it kept unsplit as one line, as stored (rules 3040, 3090); the copy separates its paragraphs by "
              "empty lines, and its single break after the colon cue 'das Engagement von Frank Stronach:' before the quotation "
              "is joined with a space (rules 3050, 4090); the release's closing sentence 'Das gesamte Interview mit Otto Baric "
              "können Sie … anfordern.', a sentence of the release's own text, kept as its last paragraph (rule 4090); the "
              "banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the "
              "contact heading, the contact block and the footer line, which the stored copy breaks off ('OTS-ORIGINALTEX'), "
              "dropped (rules 3040, 4030); 'daß', 'muß', 'Verantwortung. \"' with its space before the closing mark, "
              "'vorgenommen:\"Ein' without a space and 'nicht Übersehen' kept (rule 20); body complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[OB_SUB, OB_P1, OB_P2, OB_P3, OB_P4],
    # the headline quotation after the label `Otto Baric:` is his and condenses his body words `Ich habe Mitleid mit der
    # Mannschaft.` (rules 26, 54); the subtitle quotation after the label `Baric:` is his, the body giving him the same words
    # with `er` for Stronach (rules 26, 54, 461); the colon quotations after the label `Baric:`, after `Baric zeigt sich
    # optimistisch, daß …:`, after `Baric würde die Mannschaft behutsam verjüngern:`, after `Ausdrücklich begrüßt Otto Baric das
    # Engagement von Frank Stronach:` (Stronach the topic, the cue reaching over the joined break), after `Baric hätte bereits
    # Kontakt zu Frank Stronach:` and after `Baric hat sich jedenfalls viel vorgenommen:` are his (rules 8, 9, 54, 3050); the
    # partial quotation in the Konjunktiv `wäre es "…"`, whose conditional clause goes on reporting his view, is his (rules 3,
    # 25); Herbert Prohaska, Frank Stronach, the players Winklhofer, Kitzbichler, Schopp and Almer and Fr. Breyer say nothing;
    # NEWS, named without marks, is the medium (rule 12); `Erfolgstrainer`, which names only him, is an alias (rule 44), and
    # `Teamtrainer` inside his own quotation is no name of his
    quotes=[("\"Ich habe Mitleid mit dem Team.\"", BARIC),
            (cut(OB_SUB, "\"Ich denke", "rechnet.\""), BARIC),
            (cut(OB_P1, "\"Ich habe Mitleid", "Verantwortung. \""), BARIC),
            (cut(OB_P1, "\"Österreich kann", "in Butter.\""), BARIC),
            (cut(OB_P1, "\"besser, gleich", "vorzubereiten.\""), BARIC),
            (cut(OB_P1, "\"Ich kann mir", "nicht Übersehen.\""), BARIC),
            (cut(OB_P2, "\"Herr Stronach", "führen kann.\""), BARIC),
            (cut(OB_P2, "\"Ich denke, daß er", "rechnet.\""), BARIC),
            (cut(OB_P3, "\"Ein Teamtrainer", "zu lösen sind.\""), BARIC)],
    aliases={BARIC: ["Otto Baric", "Baric", "Erfolgstrainer"]})

# --- APA-OTS, the news magazine profil, 29 October 2000: Weingartner and Görg against the justice minister Böhmdorfer ---

WG_T = "\"profil\": Heftige ÖVP-Kritik an Justizminister Böhmdorfer"
WG_SUB = ("Tirols Landeshauptmann Weingartner und Wiens Vizebürgermeister Görg attackieren FP-Minister Böhmdorfer wegen seiner "
          "Rolle in Spitzelaffäre")
WG_P1 = ("Wien (OTS) - In Interviews in der Montag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\" üben der Tiroler "
         "Landeshauptmann Wendelin Weingartner und Wiens Vizebürgermeister Bernhard Görg heftige Kritik an der Rolle von "
         "Justizminister Dieter Böhmdorfer in der so genannten Spitzelaffäre. Weingartner in \"profil\": \"Als Anwalt hatte "
         "Böhmdorfer die Position des Klienten zu vertreten. Wenn sich allerdings herausstellt, dass er unberechtigt "
         "eingeholte Informationen verwendet hat, wird es für einen Justizminister eng.\" Und Weingartner weiter: \"Für mich "
         "ist die Justiz ein Fundament des Staates. Deshalb habe ich es geschätzt, als es mit Nikolaus Michalek einen "
         "unabhängigen Justizminister gegeben hat. Mit einem Ex-Parteianwalt in dieser Position ist die gesamte Justiz "
         "angreifbar. Das ist kritisch, da geht es an die Fundamente des Staates.\"")
WG_P2 = ("Ähnlich äußert sich Bernhard Görg. Der Wiener Vizebürgermeister in \"profil\" zur Rolle Böhmdorfers: \"Das ist nicht "
         "nur eine fatale Optik, sondern eine höchst problematische Situation.\"")

add(id="ho669-ots-profil-2000-10-29-weingartner-goerg-boehmdorfer",
    title=WG_T,
    url="https://www.ots.at/presseaussendung/OTS_20001029_OTS0017/profil-heftige-oevp-kritik-an-justizminister-boehmdorfer",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 29 October 2000 by its OTS "
              "number, a Sunday, for the issue 'in der Montag erscheinenden Ausgabe'; sender told by the contact block "
              "'\"profil\"-Redaktion' and the footer code 'PRO/OTS'); the headline is the title, the subtitle a line of its "
              "own; the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', "
              "the contact heading, the contact block 'Tel.: (01) 534 70 DW 2501 und 2502s?' / '\"profil\"-Redaktion' and the "
              "footer line dropped (rules 3040, 4030); 'so genannten' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WG_SUB, WG_P1, WG_P2],
    # the magazine's name in marks is null in the headline label and wherever the body names it, also in the labels
    # `Weingartner in "profil":` and `Der Wiener Vizebürgermeister in "profil" zur Rolle Böhmdorfers:` (rules 2, 2771, 3040);
    # the colon quotations after those two labels and after `Und Weingartner weiter:` are the named men's, the second label
    # taking up Görg from the sentence before it (rules 8, 9, 54); the headline and the subtitle report the criticism without
    # marks (rule 5); Dieter Böhmdorfer, the target named inside both men's quotations, and Nikolaus Michalek say nothing;
    # `Tirols Landeshauptmann`, `Tiroler Landeshauptmann`, `Wiens Vizebürgermeister` and `Wiener Vizebürgermeister` name the
    # Land or the city and are no aliases (rule 33), nor the genitive `Böhmdorfers` a name of a speaker
    quotes=[("\"profil\"", None, 0),
            ("\"profil\"", None, 1),
            ("\"profil\"", None, 2),
            (cut(WG_P1, "\"Als Anwalt", "eng.\""), WEINGARTNER),
            (cut(WG_P1, "\"Für mich", "des Staates.\""), WEINGARTNER),
            ("\"profil\"", None, 3),
            (cut(WG_P2, "\"Das ist nicht", "Situation.\""), GOERG)],
    aliases={WEINGARTNER: ["Wendelin Weingartner", "Weingartner"],
             GOERG: ["Bernhard Görg", "Görg"]})

# --- APA-OTS, the news magazine profil, 13 April 2001: the social minister Herbert Haupt against Reinhart Gaugg ---

HG_T = "\"profil\": Haupt attackiert Gaugg"
HG_SUB = "Sozialminister gegen parteiinterne Kritik - Verteidigung von Fabel - weitere Einschnitte ins Sozialsystem geplant"
HG_P1 = ("Wien (OTS) - In einem Interview in der Samstag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\" greift "
         "Sozialminister Herbert Haupt seinen parteiinternen Kritiker, FPÖ-Sozialsprecher Reinhart Gaugg, frontal an. Gaugg "
         "hatte dem Minister mangelnde Dynamik vorgeworfen. Haupt nun im \"profil\"-Interview: \"Ich würde mir vom Herrn "
         "Kollegen Gaugg die gleiche Dynamik wünschen, wenn es darum geht, gute Vorschläge zu machen und Verbesserungen zu "
         "erarbeiten. Er soll hier nicht oppositionelle Kritik betreiben.\"")
HG_P2 = ("Von der eigenen Regierung wünscht sich Haupt in Zukunft mehr Disziplin: \"Ich hoffe, dass nach Ostern eine sachliche "
         "Diskussion einkehren wird. Es darf nicht so sein, dass wieder der eine oder andere unsinnige Details erfindet und uns "
         "um die Früchte unserer Arbeit bringt.\"")
HG_P3 = ("Der Sozialminister kündigt im \"profil\"-Interview auch neue Schnitte ins österreichische Sozialsystem an. Haupt: "
         "\"Wir brauchen sicher eine noch höhere Treffsicherheit bei gewissen Leistungen. Das eine oder andere kann in Zukunft "
         "sicher nicht mehr so großzügig sein wie bisher.\"")
HG_P4 = ("Gegen seine Ex-Kabinettchefin Ute Fabel will Haupt namens des Sozialministeriums keine finanziellen Ansprüche geltend "
         "machen: \"Sie hat ihre Arbeit gut geleistet. Alle anderen Dinge, die in der Folge zutage gefördert wurden, sind "
         "gerichtsanhängig. Für mich besteht kein Handlungsbedarf mehr.\"")

add(id="ho669-ots-profil-2001-04-13-haupt-attackiert-gaugg",
    title=HG_T,
    url="https://www.ots.at/presseaussendung/OTS_20010413_OTS0005/profil-haupt-attackiert-gaugg",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 13 April 2001 by its OTS "
              "number, the Friday before Easter, for the issue 'in der Samstag erscheinenden Ausgabe'; sender told by the "
              "contact block '\"profil\"-Redaktion' and the footer code 'PRO/OTS'); the headline is the title, the subtitle a "
              "line of its own; the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES "
              "AUSSENDERS ***', the contact heading, the contact block 'Tel.: (01) 534 70 DW 2501 und 2502' / "
              "'\"profil\"-Redaktion' and the footer line dropped (rules 3040, 4030); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[HG_SUB, HG_P1, HG_P2, HG_P3, HG_P4],
    # the magazine's name in marks is null in the headline label, in `Nachrichtenmagazins "profil"` and as the marked part of
    # `"profil"-Interview` twice (rules 2, 2771, 3040); the colon quotations after `Haupt nun im "profil"-Interview:`, after
    # `Von der eigenen Regierung wünscht sich Haupt … mehr Disziplin:`, after the label `Haupt:` and after the indicative
    # `Gegen seine Ex-Kabinettchefin Ute Fabel will Haupt … keine finanziellen Ansprüche geltend machen:` (Fabel the topic,
    # spoken of as `Sie`) are his (rules 8, 9, 54); Gaugg's reproach `mangelnde Dynamik` is unmarked (rule 5), and Gaugg,
    # named inside Haupt's first quotation, and Ute Fabel say nothing; `Sozialminister`, which names only him (the subtitle's
    # subject and `Der Sozialminister kündigt … an`), is an alias (rule 44), `FPÖ-Sozialsprecher` Gaugg's compound with the
    # party (rule 33)
    quotes=[("\"profil\"", None, 0),
            ("\"profil\"", None, 1),
            ("\"profil\"", None, 2),
            (cut(HG_P1, "\"Ich würde", "Kritik betreiben.\""), HAUPT),
            (cut(HG_P2, "\"Ich hoffe", "Arbeit bringt.\""), HAUPT),
            ("\"profil\"", None, 3),
            (cut(HG_P3, "\"Wir brauchen", "wie bisher.\""), HAUPT),
            (cut(HG_P4, "\"Sie hat", "Handlungsbedarf mehr.\""), HAUPT)],
    aliases={HAUPT: ["Herbert Haupt", "Haupt", "Sozialminister"]})

# --- APA-OTS, the news magazine profil, 13 May 2001: the defence minister Herbert Scheibner on interceptors ---

SB_T = "\"profil\": Scheibner: \"Neue Abfangjäger unbestritten\""
SB_SUB = "Verteidigungsminister fordert Erhöhung des Wehrbudgets"
SB_P1 = ("Wien (OTS) - In einem Interview in der Montag erscheinenden Ausgabe des Nachrichtenmagazins \"profil\" fordert "
         "Verteidigungsminister Herbert Scheibner, FPÖ, die schrittweise Anhebung des österreichischen Verteidigungsbudgets. "
         "Scheibner: \"Ich gehe davon aus, dass wir ab 2003, wenn die Phase der Budgetsanierung abgeschlossen ist, schrittweise "
         "in Richtung ein Prozent des BIP gehen.\" Scheibner hält die Anschaffung neuer Kampfflugzeuge für das Heer für "
         "unabdingbar: \"Die Notwendigkeit neuer Abfangjäger ist unbestritten, weil wir hier nur die Wahl haben, entweder andere "
         "für die Überwachung unseres Luftraumes zu bezahlen oder selbst neue Abfangjäger anzuschaffen.\" Sein Ziel sei es, so "
         "Scheibner gegenüber \"profil\", ein mehrfaches des geschätzten Kaufvolumens von 20 Mrd. S. durch "
         "Kompensationsgeschäfte auszugleichen.")
SB_P2 = ("Angesprochen auf die jüngsten Auseinandersetzungen innerhalb der Koalition etwa bei der Frage des Pensionsalters sagt "
         "der stellvertrende FPÖ-Chef: \"Wenn es in einer Koalition unterschiedliche Meinungen gibt, dann ist das eigentlich "
         "nichts Schlechtes, sondern Ausdruck dafür, dass hier keine Einheitspartei vorhanden ist.\" Die Vorgangsweise der "
         "Koaliton bei der Frage der Unfallrenten war laut Scheibner allerdings \"problematisch\".")
SB_P3 = ("Ex-Parteiobmann Jörg Haider spiele laut Scheibner innerhalb der FPÖ noch immer eine bedeutende Rolle. Scheibner: \"Er "
         "hat die FPÖ von einer Kleinpartei zur Regierungspartei gemacht, die jetzt in allen Meinungsumfragen trotz dieses "
         "schwierigen Wechsels bei stabil über 20% liegt. Selbstverständlich hat er noch den entsprechenden Einfluss in der "
         "Partei.\"")

add(id="ho669-ots-profil-2001-05-13-scheibner-abfangjaeger",
    title=SB_T,
    url="https://www.ots.at/presseaussendung/OTS_20010513_OTS0004/profil-scheibner-neue-abfangjaeger-unbestritten",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 13 May 2001 by its OTS "
              "number, a Sunday, for the issue 'in der Montag erscheinenden Ausgabe'; sender told by the contact block, stored "
              "run together as 'Tel.: (01) 534 70 DW 2501 und 2502\"profil\"-Redaktion', and by the headline label); the "
              "headline is the title, the subtitle a line of its own; the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the contact heading, the contact block and the footer line, "
              "which the stored copy breaks off ('… VERANTWORTUNG DES AUSS'), dropped (rules 3040, 4030); 'ein mehrfaches', "
              "'stellvertrende' and 'Koaliton' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[SB_SUB, SB_P1, SB_P2, SB_P3],
    # the magazine's name in marks is null in the headline label and in the body, also after `so Scheibner gegenüber`, whose
    # Konjunktiv sentence is otherwise unmarked (rules 2, 5, 2771, 3040); the headline quotation after the second label
    # `Scheibner:` is his and condenses his body words `Die Notwendigkeit neuer Abfangjäger ist unbestritten` (rules 26, 54,
    # 461); the colon quotations after the labels `Scheibner:`, after `Scheibner hält … für unabdingbar:` and after `sagt der
    # stellvertrende FPÖ-Chef:` (a party compound taking up Scheibner, rule 8) are his (rules 9, 54); the marked word in the
    # indicative sentence closed by `laut Scheibner` is his partial quotation (rules 3, 25); the Konjunktiv report on Jörg
    # Haider is unmarked, and Haider, the topic of Scheibner's last quotation, says nothing; `Verteidigungsminister`, which
    # names only him, is an alias (rule 44), `stellvertrende FPÖ-Chef` a compound with the party (rule 33)
    quotes=[("\"profil\"", None, 0),
            ("\"Neue Abfangjäger unbestritten\"", SCHEIBNER),
            ("\"profil\"", None, 1),
            (cut(SB_P1, "\"Ich gehe", "BIP gehen.\""), SCHEIBNER),
            (cut(SB_P1, "\"Die Notwendigkeit", "anzuschaffen.\""), SCHEIBNER),
            ("\"profil\"", None, 2),
            (cut(SB_P2, "\"Wenn es", "vorhanden ist.\""), SCHEIBNER),
            ("\"problematisch\"", SCHEIBNER),
            (cut(SB_P3, "\"Er hat", "der Partei.\""), SCHEIBNER)],
    aliases={SCHEIBNER: ["Herbert Scheibner", "Scheibner", "Verteidigungsminister"]})

# --- APA-OTS, the news magazine NEWS, 10 October 2001: Michael Häupl on Strasser, Khol and Schüssel ---

MH_T = "Häupl im NEWS-Interview: \"Biete Strasser Schulterschluß an.\""
MH_SUB = ("Wiens Bürgermeister deutet im NEWS-Gespräch Annäherung der SPÖ an die ÖVP an. - Auch vorsichtiges Lob für Wolfgang "
          "Schüssel. - Häupl über Haider: \"Der soll weg aus der Innenpolitik. Da bin ich ausnahmsweise einer Meinung mit der "
          "Vizekanzlerin.\" 5. Vorausmeldung zu NEWS 41/01 v. 11.10.2001")
MH_P1 = join("Wien (OTS) - In einem Interview für die morgen erscheinende",
             "Ausgabe des Nachrichten-magazins NEWS spricht sich Wiens Bürgermeister Michael Häupl für ein besseres "
             "Gesprächsklima zwischen SPÖ und ÖVP \"für manche Themenfelder\" aus. Häupl differenziert dabei allerdings deutlich "
             "zwischen potenziellen ÖVP-Gesprächspartnern. In Innenminister Ernst Strasser sieht Häupl beispielsweise in Fragen "
             "der Integrationspolitik einen Bündnispartner. Häupl: \"Diesbezüglich biete ich Minister Strasser gerne den "
             "Schulterschluss an.\"")
MH_P2 = ("Probleme sieht Häupl hingegen mit VP-Klubobmann Andreas Khol: \"Er scheint mir ein Garant dafür zu sein, dass die ÖVP "
         "einfach nur diktieren statt diskutieren will.\"")
MH_P3 = ("Auffallend ist auch Häupls vorsichtiges Lob für Bundeskanzler Wolfgang Schüssel für dessen Kritik an Jörg Haider in "
         "Sachen Asylpolitik. Häupl: \"Das bewerte ich positiv. Aus staatspolitischen Gründen finde ich es gut, dass nach dem "
         "Innenminister nun auch der Kanzler gegen die neue Provokation Haiders gefunden hat. Das ist ohnehin ein extrem "
         "singuläres Erlebnis.\"")

add(id="ho669-ots-news-2001-10-10-haeupl-strasser-schulterschluss",
    title=MH_T,
    url="https://www.ots.at/presseaussendung/OTS_20011010_OTS0137/-haeupl-im-news-interview-biete-strasser-schulterschluss-an",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 10 October 2001 by its OTS "
              "number and the kicker '5. Vorausmeldung zu NEWS 41/01 v. 11.10.2001'; the stored copy ends inside its fourth "
              "body paragraph, before any contact block, and the sender is inferred from the release's own voice, the kicker "
              "and the magazine's report of its own interview ('Häupl im NEWS-Interview', 'im NEWS-Gespräch', rules 3090, "
              "4030)); the list dashes '- ' before the headline and before the subtitle line dropped (rules 3040, 3200; the "
              "address slug's leading dash shows the headline's), each kept as a line of its own; the dashes ' - ' between the "
              "items inside the subtitle line and the kicker run on after its last item kept unsplit, as stored (rules 3040, "
              "3090); the one hard break after 'erscheinende' in the first body line joined with a space (rule 3200); the "
              "fourth body paragraph ('An Haider übt Häupl heftige Kritik: \"Haider hat erstmals … Da bin ich ausnahmsweise "
              "einer Meinung mit der Vizekanzlerin.\" Wie viele andere innenpolitische Beobachter rechnet Häupl mit "
              "Neuwahlen: \"Die Widersprüche in der Regier'), cut off inside its second quotation, dropped with its marks (rule "
              "15); 'Schulterschluß' in the headline beside 'Schulterschluss' in the body, 'Nachrichten-magazins' and 'gegen "
              "die neue Provokation Haiders gefunden hat' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[MH_SUB, MH_P1, MH_P2, MH_P3],
    # the headline quotation after the label `Häupl im NEWS-Interview:` condenses his body words `Diesbezüglich biete ich
    # Minister Strasser gerne den Schulterschluss an.` and is his (rules 26, 54, 461); the subtitle quotation after the item
    # label `Häupl über Haider:` is his (rules 54, 3572), Haider the topic; it stays his although the body paragraph that gave
    # the same words is cut off in the store (rules 15, 54); the partial quotation in `spricht sich … Michael Häupl für ein
    # besseres Gesprächsklima … "…" aus` is his (rules 3, 25); the colon quotations after the labels `Häupl:` and after
    # `Probleme sieht Häupl hingegen mit VP-Klubobmann Andreas Khol:` (Khol the topic, spoken of as `Er`) are his (rules 9,
    # 54, 3045); Ernst Strasser, Andreas Khol, Wolfgang Schüssel, Jörg Haider, the Vizekanzlerin, the SPÖ and the ÖVP say
    # nothing in marks; NEWS, named without marks, is the medium (rule 12); `Wiens Bürgermeister` names the city and is no
    # alias (rule 33), nor the genitive `Häupls` (rule 7)
    quotes=[("\"Biete Strasser Schulterschluß an.\"", HAEUPL),
            (cut(MH_SUB, "\"Der soll weg", "Vizekanzlerin.\""), HAEUPL),
            ("\"für manche Themenfelder\"", HAEUPL),
            (cut(MH_P1, "\"Diesbezüglich", "Schulterschluss an.\""), HAEUPL),
            (cut(MH_P2, "\"Er scheint", "diskutieren will.\""), HAEUPL),
            (cut(MH_P3, "\"Das bewerte", "Erlebnis.\""), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Häupl"]})

# --- APA-OTS, the news magazine NEWS, 24 April 2002: the interior minister Ernst Strasser on a ban on masks and on Le Pen ---

ES_T = "Innenminister Ernst Strasser im NEWS-Interview"
ES_SUB = ("Zur Demo am 8. Mai: 2Vermummungsverbot möglich_ Über Le Pens Erfolg: MKeine Schadenfreude!Scharfe Kritik an "
          "\"schrillen Tönen\" von FP-klubchef Westenthaler")
ES_P1 = ("Wien (OTS) - Kommt auch in Österreich das Vermummungsverbot bei Demonstrationen nach deutschem Vorbild? In einem "
         "Interview mit der morgen, Donnerstag, erscheinenden Ausgabe des Nachrichtenmagazins NEWS lehnt Innenminister Ernst "
         "Strasser zwar ein generelles Kundgebungsverbot am Heldenplatz ab - \"das Kundgebungsrecht ist unteilbar, das "
         "Grundrecht auf Meinungsfreiheit darf in keiner Weise angetastet werden.\" - erwägt aber ein Vermummungsverbot für "
         "Demonstranten nach deutschem Vorbild. Strasser zu NEWS: \"Ein mögliches Vermummungsverbot prüfen wir derzeit.\"")
ES_P2 = ("Überhaupt warnt Strasser vor einer innenpolitischen Polarisierung und einem Lagerwahlkampf im Gefolge der "
         "Demonstration rund um die Wehrmachtsausstellung sowie angesichts der für den 8.Mai angekündigten neuen Kundgebungen am "
         "Heldenplatz: \"Gerade in einer Auseinandersetzung mit Radikalismen rechts und links sollten wir eine gemeinsame "
         "Sprache finden. Eine extreme politische Polarisierung schadet dem ganzen Land:.. Wir brauchen eine Abrüstung der "
         "Worte, jede Partei ist angesprochen, Und wir brauchen eine Stärkung der politischen Mitte\"")
ES_P3 = ("Strasser warnt auch vor manchen österreichischen Interpretationen des Erfolges von Jean Marie Le Pen: \"Kein "
         "Österreicher sollte dieses Ergebnis mit heimlicher oder offener Schadenfreude kommentieren. Radikale von rechts und "
         "links bedrohen die demokratischen Errungenschaften aller. Alle Politiker sollten sich klarer und konturenschärfer den "
         "brennenden Problemen moderner Gesellschaften stellen, etwa: Welche Fragen das Älter-Werdens der Gesellschaft für die "
         "Sozial- und Gesundheitspolitik aufwirft. Wie man die Kindererziehung weniger anachronistisch organisieren kann. Wie man "
         "die Zuwanderung human, aber organisiert steuern kann.\"")

add(id="ho669-ots-news-2002-04-24-strasser-vermummungsverbot",
    title=ES_T,
    url="https://www.ots.at/presseaussendung/OTS_20020424_OTS0126/innenminister-ernst-strasser-im-news-interview",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 24 April 2002 by its OTS "
              "number, a Wednesday, for the issue 'morgen, Donnerstag'; the stored copy ends after the first words of its "
              "fourth body paragraph ('Strasser zur Forderung des FPÖ-Klubchefs '), before any contact block, and the sender is "
              "inferred from the release's own voice, the magazine's report of its own interview ('im NEWS-Interview', "
              "'Strasser zu NEWS', rules 3090, 4030)); the headline is the title, the subtitle a line of its own with the "
              "characters '2', '_' and 'M' that the stored copy shows where the release probably had marks around its "
              "first two items, kept as published without a span, and the items run together as stored ('Schadenfreude!Scharfe') (rules "
              "20, 4090); the cut-off fourth paragraph dropped (rule 15); 'FP-klubchef', 'Land:..', ', Und wir', the missing "
              "full stop before the closing mark of the second paragraph's quotation, 'am 8.Mai', 'Jean Marie Le Pen' and 'das "
              "Älter-Werdens' kept (rule 20))",
    license=APA_OTS_SENDERS,
    paras=[ES_SUB, ES_P1, ES_P2, ES_P3],
    # the marked phrase in the subtitle item `Scharfe Kritik an "schrillen Tönen" von FP-klubchef Westenthaler` is Strasser's
    # word for what he criticises, the item reporting his interview as the two before it do, although the body paragraph on
    # Westenthaler is cut off in the store (rule 4091); the garbled characters of the first two items are no marks and carry no
    # span (rules 6, 20, 4090); the partial quotation set between dashes after `lehnt Innenminister Ernst Strasser … ab -` is
    # his (rules 3, 25); the colon quotations after `Strasser zu NEWS:`, after `Überhaupt warnt Strasser vor …:` and after
    # `Strasser warnt auch vor … des Erfolges von Jean Marie Le Pen:` are his (rules 9, 54), Le Pen the topic; Westenthaler, Le
    # Pen and the demonstrators say nothing; NEWS, named without marks, is the medium (rule 12); `Innenminister`, which names
    # only him, is an alias (rule 44)
    quotes=[("\"schrillen Tönen\"", STRASSER),
            (cut(ES_P1, "\"das Kundgebungsrecht", "angetastet werden.\""), STRASSER),
            ("\"Ein mögliches Vermummungsverbot prüfen wir derzeit.\"", STRASSER),
            (cut(ES_P2, "\"Gerade in", "politischen Mitte\""), STRASSER),
            (cut(ES_P3, "\"Kein Österreicher", "steuern kann.\""), STRASSER)],
    aliases={STRASSER: ["Ernst Strasser", "Strasser", "Innenminister"]})

# --- APA-OTS, the ORF, 9 August 2004: notice of "Wiesner fragt" with the social minister Herbert Haupt ---

WF_T = "\"Wiesner fragt\" Sozialminister Herbert Haupt \"in der Klarheit\""
WF_SUB = "Von Tollwut, Knittelfeld und wissenschaftlich komplizierten Fällen"
WF_P1 = join("Wien (OTS) - Dass Sozialminister Herbert Haupt einen",
             "Flugzeugabsturz und mehr als ein Dutzend schwere Autounfälle überlebt hat, ist hinlänglich bekannt. Ein Blick ins "
             "Fernseharchiv ruft ein weiteres persönliches Schicksal des FPÖ-Politikers ins Gedächtnis:",
             "Der junge Kärntner Tierarzt hatte sich im Jänner 1977 - als erster Österreicher seit 1956 - mit Tollwut infiziert. "
             "Konfrontiert mit dem damals ausgestrahlten Bericht der ORF-Sendung \"Österreich-Bild\" meint der "
             "\"Sprachkünstler\" Herbert Haupt: \"Ein wissenschaftlich komplizierter Fall - wie immer würde ich fast sagen, "
             "wenn es mit mir zu tun hat!\"")
WF_P2 = "\"Wiesner fragt\" den Sozialminister am Dienstag, dem 10. August 2004, um 22.30 Uhr in ORF 2."
WF_SH = "Eine Festplatte voller Fragen: Von Knittelfeld bis Vollbeschäftigung"
WF_P3 = ("Robert Wiesner hat in seiner vorläufig letzten Sendung wieder einmal eine Festplatte voller Fragen: Was hat es zu "
         "bedeuten, dass Herbert Haupt immer wieder durch Unglücksfälle von sich reden macht? Was ist seine Bilanz von vier "
         "Jahren schwarz-blauer Koalition und wie erklärt er heute vollmundige Ankündigungen wie jene vom 30. Oktober 2000, dass "
         "uns \"auf Grund der Bemühungen dieser Bundesregierung in vielen Bereichen Österreichs auch Vollbeschäftigung ins Haus "
         "steht\", obwohl wir heute mehr als 200.000 Arbeitslose haben? Wo ist er eigentlich in den FPÖ-internen Konflikten "
         "gestanden? Immerhin war er an der Seite von Vizekanzlerin Susanne Riess-Passer, als diese vehement gegen einen "
         "Sonderparteitag auftrat, sympathisierte aber dann mit vielen Forderungen der \"Knittelfelder\" Rebellen, als er "
         "Parteichef und Vizekanzler wurde.")

add(id="ho669-ots-orf-2004-08-09-wiesner-fragt-haupt",
    title=WF_T,
    url="https://www.ots.at/presseaussendung/OTS_20040809_OTS0010/wiesner-fragt-sozialminister-herbert-haupt-in-der-klarheit",
    retrieved="same address (programme notice of the ORF on the APA-OTS service, 9 August 2004 by its OTS number, for the "
              "broadcast 'am Dienstag, dem 10. August 2004, um 22.30 Uhr in ORF 2'; the stored copy ends inside the quotation "
              "of the paragraph after its second subheading, before any contact block, and the sender is inferred from the "
              "notice's own voice, a broadcaster announcing its own programme and drawing on its own archive ('in ORF 2', "
              "'Ein Blick ins Fernseharchiv', 'der ORF-Sendung', rules 3970, 4030)); the headline is the title, the subtitle "
              "and the subheading 'Eine Festplatte voller Fragen: …' lines of their own; the copy separates its paragraphs by "
              "empty lines and has three single breaks in its first paragraph: the one after 'einen' in mid-sentence in the "
              "first body line and the one after the colon of '… ins Gedächtnis:' before the sentence it announces are joined "
              "with a space, the one after the closing mark of Haupt's quotation before the unwrapped broadcast line "
              "'\"Wiesner fragt\" den Sozialminister am Dienstag, …' is kept as a paragraph break (rules 3200, 3050, 4090); the "
              "second subheading 'Der Sozialminister über sich: \"Bin nicht so streichelfähig, wie ich in der Öffentlichkeit "
              "oft ausschaue!\"', which stands before the cut, and the cut-off paragraph after it ('\"Ich bin an und für sich "
              "so wie alle Waagen … das Häferl voll ist') dropped with their marks (rules 15, 4090); 'auf Grund' kept (rule "
              "20))",
    license=APA_OTS_SENDERS,
    paras=[WF_SUB, WF_P1, WF_P2, WF_SH, WF_P3],
    # the programme's name `"Wiesner fragt"` in the headline and in the broadcast line and the ORF programme's name
    # `"Österreich-Bild"` are null (rules 2, 24, 3824); the headline's marked `"in der Klarheit"` after the guest's name, which no
    # kept sentence gives to anyone, is null (rules 26, 3043, 4092); the notice's own epithet `"Sprachkünstler"` before his name
    # is null (rules 24, 75); the colon quotation after `meint der "Sprachkünstler" Herbert Haupt:` is his (rule 9); the marked
    # clause that the presenter's unmarked questions cite as Haupt's announcement (`wie erklärt er heute vollmundige
    # Ankündigungen wie jene vom 30. Oktober 2000, dass uns "…"`) is Haupt's (rule 4093), the `er` taking up Herbert Haupt of the
    # question before; the name `"Knittelfelder"` for the party rebels is null (rules 24, 75); Robert Wiesner, whose questions
    # carry no marks, Susanne Riess-Passer and the rebels say nothing in marks; `Sozialminister`, which names only Haupt, is an
    # alias (rule 44); `FPÖ-Politikers` and `Der junge Kärntner Tierarzt` are no aliases (rules 33, 7)
    quotes=[("\"Wiesner fragt\"", None, 0),
            ("\"in der Klarheit\"", None),
            ("\"Österreich-Bild\"", None),
            ("\"Sprachkünstler\"", None),
            (cut(WF_P1, "\"Ein wissenschaftlich", "zu tun hat!\""), HAUPT),
            ("\"Wiesner fragt\"", None, 1),
            (cut(WF_P3, "\"auf Grund", "ins Haus steht\""), HAUPT),
            ("\"Knittelfelder\"", None)],
    aliases={HAUPT: ["Herbert Haupt", "Sozialminister"]})

# --- APA-OTS, the news magazine NEWS, 9 September 2009: Michael Häupl on the Vienna election and the EU commissioner ---

HA_T = "Häupl im NEWS-Interview: \"Ich trete an, um die Absolute wieder zu holen.\""
HA_SUB = "EU-Kommissar: Das Beste für das Land, die beste Person, möglichst wichtiges Ressort"
HA_P1 = ("Wien (OTS) - Wiens Bürgermeister Michael Häupl legt sich für die Wien-Wahl im kommenden Jahr die Latte hoch. Im "
         "NEWS-Interview sagt er: \"Ich trete an, um Bürgermeister zu bleiben und die Absolute wieder zu holen.\"")
HA_P2 = ("In einer Bilanz anlässlich seines 60. Geburtstags am kommenden Montag sieht er vieles gelungen: Dass Wien als "
         "lebenswerteste Stadt der Welt gewertet wird, sei eine \"tolle Geschichte. Weltmeister zu sein, passiert ja nicht oft.\" "
         "Er gibt aber auch zu, dass in Pflegepolitik und Integrationspolitik manches \"vielleicht ein bisschen zu spät oder zu "
         "langsam\" gegangen sei.")
HA_P3 = join("Zur Diskussion um den EU-Kommissar sagt Häupl, die Nennung Alfred Gusenbauers dürfte eine Medienschimäre sein. "
             "Aber:",
             "\"Selbstverständlich würde ich Dr. Gusenbauer für einen hervorragenden Kommissar halten.\" Die Regierung solle "
             "gemeinsam überlegen, was das Beste für das Land und wer die beste Person sei, die in einem möglichst wichtigen "
             "Ressort reüssieren könne. Auf die Frage, ob diese Person automatisch aus der ÖVP kommen müsse, sagt Häupl: \"Gar "
             "nichts ist automatisch.\"")

add(id="ho669-ots-news-2009-09-09-haeupl-absolute-kommissar",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20090909_OTS0186/haeupl-im-news-interview-ich-trete-an-um-die-absolute-"
        "wieder-zu-holen",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 9 September 2009 by its OTS "
              "number, the Wednesday before Häupl's sixtieth birthday on Monday, 14 September 2009 ('am kommenden Montag'); "
              "sender told by the contact block 'Sekretariat NEWS' / 'Chefredaktion' / 'Tel.: (01) 213 12 DW 1103' and the "
              "footer code NES0007); the headline is the title, the subtitle a line of its own; the copy separates its "
              "paragraphs by empty lines, and its single break after the verbless colon 'Aber:' before the quotation is joined "
              "with a space (rules 3050, 4090); the contact heading, the contact block and the footer line dropped (rules "
              "3040, 4030); 'wieder zu holen' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[HA_SUB, HA_P1, HA_P2, HA_P3],
    # the headline quotation after the label `Häupl im NEWS-Interview:` condenses his body words `Ich trete an, um Bürgermeister
    # zu bleiben und die Absolute wieder zu holen.` and is his (rules 26, 54, 461); the colon quotation after `Im NEWS-Interview
    # sagt er:` is his (rules 8, 9); the partial quotation that opens in the Konjunktiv `sei eine "…` and runs on past a full stop
    # into a whole sentence of his, and the one in the `dass`-clause after `Er gibt aber auch zu`, are his (rules 3, 25, 3021);
    # the quotation after the verbless `Aber:`, which follows his Konjunktiv report on Gusenbauer's naming, continues him (rules
    # 9, 3050), and the one after `sagt Häupl:` is his, the question before it unmarked; Alfred Gusenbauer, named inside his
    # quotation, the Regierung and the ÖVP say nothing; the subtitle reports without marks (rule 5); NEWS, named without marks,
    # is the medium (rule 12); `Wiens Bürgermeister` names the city and is no alias (rule 33)
    quotes=[("\"Ich trete an, um die Absolute wieder zu holen.\"", HAEUPL),
            (cut(HA_P1, "\"Ich trete an, um Bürgermeister", "wieder zu holen.\""), HAEUPL),
            (cut(HA_P2, "\"tolle Geschichte", "nicht oft.\""), HAEUPL),
            ("\"vielleicht ein bisschen zu spät oder zu langsam\"", HAEUPL),
            (cut(HA_P3, "\"Selbstverständlich", "halten.\""), HAEUPL),
            ("\"Gar nichts ist automatisch.\"", HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Häupl"]})
