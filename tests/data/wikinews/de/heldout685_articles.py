# Six-hundred-and-eighty-fifth held-out German real-news set (tests/data/heldout685-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4210-4215). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-eighty-fifth held-out set": eight releases of Austrian media on the APA-OTS
# service, shown on ots.at (licence APA_OTS_SENDERS), each on the medium's own interview, programme or event: two advance
# releases of the news magazine NEWS (Karl-Heinz Grasser on the tax reform and Jörg Haider, March 2003; Wolfgang Schüssel on the
# critics of his EU presidency and on Haider, March 2006), one of the news magazine profil (Michael Spindelegger against
# sharper sanctions on Iran, October 2009), three of the daily ÖSTERREICH (Ernst Strasser on Faymann and Schüssel's chances as
# EU Council president, November 2009; Doris Bures against Josef Pröll's attacks on the ÖBB, June 2010; Doris Bures in the
# coalition talks, December 2013) and two of the ORF (its Landesstudio Niederösterreich on Rainhard Fendrich's presentation
# with the director Rudi Dolezal, September 2004; Hitradio Ö3 on Andreas Goldberger in 'Frühstück bei mir', June 2005). Stored
# copies are the `search` tool's `pages` excerpts; every release body is complete in them; the ots.at furniture (crawl-date
# prefix, contact blocks, footers) is dropped and hard line breaks inside a paragraph are joined (rules 63, 3050, 3200, 4150,
# 4210); each retrieval note names what was dropped.
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


GRASSER = "Karl-Heinz Grasser"
SCHUESSEL = "Wolfgang Schüssel"
SPINDELEGGER = "Michael Spindelegger"
STRASSER = "Ernst Strasser"
BURES = "Doris Bures"
FENDRICH = "Rainhard Fendrich"
DOLEZAL = "Rudi Dolezal"
GOLDBERGER = "Andreas Goldberger"

# --- APA-OTS, the news magazine NEWS, 12 March 2003: Karl-Heinz Grasser on the tax reform and Jörg Haider ---

KG_T = "Grasser in NEWS: \"Ich bleibe dabei. Keine Garantien.\""
KG_P1 = ("Wien (OTS) - In einem Interview in der Donnerstag erscheinenden Ausgabe des Nachrichtenmagazins NEWS antwortet "
         "Finanzminister Karl-Heinz Grasser auf die Frage, ob er trotz der massive Kritik wegen seiner Weigerung, eine "
         "Steuerreform zu garantieren, auf seiner Linie bleibe: \"Natürlich bleibe ich dabei. Das ist die einzige "
         "verantwortungsvolle Position.\"")
KG_P2 = ("Grasser bekennt sich zwar zum Ziel, die \"größte Steuerreform der Zweiten Republik zu machen\", aber sie müsse "
         "\"leistbar sein.\"")
KG_P3 = ("Angesprochen darauf, dass erst FP-Chef Herbert Haupt die Steuerreform im Koalitionsabkommen durchgesetzt habe, "
         "kontert Grasser: \"Ich möchte festhalten, diese Steuerreform war die gemeinsame Idee des Bundeskanzlers und des "
         "Finanzministers. Wir haben diese Konzeption entwickelt.\"")
KG_P4 = ("Über Landeshauptmann Jörg Haider, der Grasser ebenfalls hart wegen seines Belastungskurses kritisierte, meint Grasser: "
         "\"Er ist kein Verhandlungspartner gewesen, was die Koalition betrifft. Er hat das Regierungsübereinkommen nicht "
         "unterschrieben. Die ÖVP hat mit der FPÖ ein Regierungsübereinkommen geschlossen, das ich als Unabhängiger "
         "unterschrieben habe. Das beinhaltet ganz wichtige Reformen für unser Land, die auch zu Reduktionen auf der "
         "Ausgabenseite führen. Und das hat Herbert Haupt auch unterschrieben.\"")
KG_P5 = "Zur Kritik aus Kärnten: \"Haider ist kein Verhandlungspartner.\""

add(id="ho685-ots-news-2003-03-12-grasser-keine-garantien",
    title=KG_T,
    url="https://www.ots.at/presseaussendung/OTS_20030312_OTS0113/grasser-in-news-ich-bleibe-dabei-keine-garantien",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 12 March 2003 by its OTS "
              "number, a Wednesday, for the issue 'in der Donnerstag erscheinenden Ausgabe'; sender told by the contact block "
              "'Sekretariat NEWS Chefredaktion Tel.: (01) 213 12 DW 1103' and the footer code 'NES0003', both dropped (rule "
              "4210)); the paragraphs as stored with empty lines between them, the closing line 'Zur Kritik aus Kärnten: …' a "
              "paragraph of its own as stored; 'trotz der massive Kritik' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KG_P1, KG_P2, KG_P3, KG_P4, KG_P5],
    # the headline quotation after the label `Grasser in NEWS:` is his, condensing his body answer `Natürlich bleibe ich
    # dabei.` (rules 26, 54); the colon quotation after `antwortet Finanzminister Karl-Heinz Grasser auf die Frage, ob …:` is
    # his (rule 9); the two partial quotations in the sentence `Grasser bekennt sich zwar zum Ziel, die "…", aber sie müsse
    # "…"` are his (rules 3, 25); the colon quotations after `kontert Grasser:` and `meint Grasser:` are his (rule 9), Herbert
    # Haupt and Jörg Haider, named before the colons and inside the quotations, saying nothing; the verbless `Zur Kritik aus
    # Kärnten:` in the last line, which goes on from his answer on Haider, gives its quotation to him (rules 9, 3824);
    # `Finanzminister`, which names only him, is an alias (rule 44); `Landeshauptmann`, `FP-Chef`, the Bundeskanzler inside his
    # quotation, the ÖVP and the FPÖ say nothing in marks
    quotes=[("\"Ich bleibe dabei. Keine Garantien.\"", GRASSER),
            (cut(KG_P1, "\"Natürlich", "Position.\""), GRASSER),
            ("\"größte Steuerreform der Zweiten Republik zu machen\"", GRASSER),
            ("\"leistbar sein.\"", GRASSER),
            (cut(KG_P3, "\"Ich möchte", "entwickelt.\""), GRASSER),
            (cut(KG_P4, "\"Er ist kein", "unterschrieben.\""), GRASSER),
            ("\"Haider ist kein Verhandlungspartner.\"", GRASSER)],
    aliases={GRASSER: ["Karl-Heinz Grasser", "Grasser", "Finanzminister"]})

# --- APA-OTS, the ORF Landesstudio Niederösterreich, 6 September 2004: Rainhard Fendrich presents his tour and DVD ---

RF_T = "Rainhard Fendrich: \"Ich habe noch viel vor\""
RF_SUB = "Präsentation im ORF Landesstudio Niederösterreich"
RF_P1 = ("St. Pölten (OTS) - Rainhard Fendrich, einer der meistgespielten Interpreten auf Radio Niederösterreich, war "
         "Montagnachmittag im ORF Landesstudio Niederösterreich in St. Pölten zu Gast. Präsentiert wurden vor mehr als 150 "
         "Besuchern der bevorstehende Start der \"aufLeben\"-Tour 2004 sowie die neue DVD mit dem Titel \"Rainhard Fendrich: "
         "Jetzt\".")
RF_P2 = ("\"Rainhard hat mutig etwas zugelassen, was sich nur die ganz großen Künstler trauen\", sagte Regisseur Rudi Dolezal "
         "über die mehr als ein Jahr dauernde Arbeit am Film: \"Er hat uns bis zu seinem Innersten vorgelassen\". Und der "
         "Künstler in Richtung des erfolgreichen Filmemachers: \"Es ist ihm gelungen, in die Glasmenagerie meiner Seele "
         "vorzudringen, ohne nur ein einziges kleines Stück kaputtzumachen\".")
RF_P3 = ("Gezeigt wird in \"Rainhard Fendrich: Jetzt\", den Dolezal gemeinsam mit Hannes Rossacher (DoRo) gestaltet hat, die "
         "Entstehung des neuen Albums \"aufLeben\" ebenso wie ein etwa einstündiger Ausschnitt aus einem Konzert in München. "
         "Dazu gibt es ungeschminkte, teilweise humorvolle Einblicke in die Arbeitsweise und in die Gedankenwelt des Künstlers "
         "sowie bislang noch nie gezeigte Blicke \"hinter die Kulissen\". Rainhard Fendrich bei der Präsentation: \"Ich "
         "versichere Ihnen, dass es sich um keinen Nachruf handelt - dafür habe ich noch viel zu viel vor\".")
RF_P4 = ("Zum Beispiel die neue Tournee: Sie startet am Mittwoch, 15. September in der Arena Nova in Wiener Neustadt, weitere "
         "Niederösterreich-Auftritte sind für Samstag, 18. in Purkersdorf (open air bei freiem Eintritt), am Samstag, 25. in "
         "Waidhofen/Ybbs und am Dienstag, 28. September in St. Pölten fixiert.")

add(id="ho685-ots-orf-noe-2004-09-06-fendrich-noch-viel-vor",
    title=RF_T,
    url="https://www.ots.at/presseaussendung/OTS_20040906_OTS0162/rainhard-fendrich-ich-habe-noch-viel-vor",
    retrieved="same address (release of the ORF Landesstudio Niederösterreich on the APA-OTS service, 6 September 2004 by its "
              "OTS number, a Monday, on the presentation 'Montagnachmittag' in its studio; sender told by the contact block "
              "'ORF Landesstudio Niederösterreich Mag. Michael Koch Tel.: 02742/22 10 - 23754' and the footer code "
              "'NOA0001', both dropped (rule 4210)); headline and subtitle kept as lines of their own as stored; the "
              "paragraphs as stored with empty lines between them; the closing paragraph with the tour dates kept as the "
              "release's own text; 'Samstag, 18. in Purkersdorf' and 'open air' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[RF_SUB, RF_P1, RF_P2, RF_P3, RF_P4],
    # the headline quotation after the label `Rainhard Fendrich:` is his, condensing his body words `dafür habe ich noch viel
    # zu viel vor` (rules 26, 54); the album's name `"aufLeben"` (in the compound `"aufLeben"-Tour` and after `des neuen
    # Albums`) and the DVD title `"Rainhard Fendrich: Jetzt"`, which holds the artist's name and a colon, are null at each
    # occurrence (rules 2, 24, 4212); the quotation before `sagte Regisseur Rudi Dolezal über … Arbeit am Film:` and the
    # colon quotation after that cue are Dolezal's (rules 9, 30); the verbless `Und der Künstler in Richtung des erfolgreichen
    # Filmemachers:` gives its quotation to Fendrich, the director being its addressee (rules 8, 9, 4213); the idiom `"hinter
    # die Kulissen"` in the narrator's sentence is null (rule 24); the colon quotation after the verbless `Rainhard Fendrich
    # bei der Präsentation:` is his (rules 9, 54); Hannes Rossacher and Radio Niederösterreich say nothing; `Rainhard` inside
    # Dolezal's quotation and the genitive `des Künstlers` are not listed (rule 7), `Regisseur`, which names only Dolezal, is
    # his alias (rule 44)
    quotes=[("\"Ich habe noch viel vor\"", FENDRICH),
            ("\"aufLeben\"", None, 0),
            ("\"Rainhard Fendrich: Jetzt\"", None, 0),
            (cut(RF_P2, "\"Rainhard hat", "trauen\""), DOLEZAL),
            ("\"Er hat uns bis zu seinem Innersten vorgelassen\"", DOLEZAL),
            (cut(RF_P2, "\"Es ist ihm", "kaputtzumachen\""), FENDRICH),
            ("\"Rainhard Fendrich: Jetzt\"", None, 1),
            ("\"aufLeben\"", None, 1),
            ("\"hinter die Kulissen\"", None),
            (cut(RF_P3, "\"Ich versichere", "viel vor\""), FENDRICH)],
    aliases={FENDRICH: ["Rainhard Fendrich"],
             DOLEZAL: ["Rudi Dolezal", "Dolezal", "Regisseur"]})

# --- APA-OTS, Hitradio Ö3 (ORF), 3 June 2005: Andreas Goldberger in 'Frühstück bei mir' after the end of his career ---

AG_T = "Andreas Goldberger am 5. Juni zu Gast im Ö3-\"Frühstück bei mir\""
AG_P1 = ("Wien (OTS) - Nach 14 Saisonen im Kreis der Skispringer-Elite und rund 10.000 Sprüngen hat er nun das Ende seiner "
         "aktiven Karriere verkündet. Am kommenden Sonntag, 5. Juni, ist Andreas Goldberger zu Gast bei Claudia Stöckl in der "
         "Sendung Ö3-\"Frühstück bei mir\". Goldberger spricht im Hitradio Ö3 über sein neues Leben und die Gründe seines "
         "Karriere-Endes: \"Ich will nicht nur dabei sein, dazu habe ich zu viel erreicht!\"")
AG_P2 = ("Der Skiflug-WM-Titel 1996, ein Skiflug-Weltrekord, drei Weltcup-Gesamtsiege und zwei Gesamterfolge bei der "
         "Vierschanzen-Tournee sind die herausragenden Leistungen in der Laufbahn des Oberösterreichers. In der kommenden "
         "Olympia-Saison wird Andreas Goldberger die Fronten wechseln und für den ORF aus dem Springer-Zirkus berichten. \"Man "
         "hat auch andere Interessen, ich habe schon vergangenen Winter gemerkt, dass es mir immer schwerer fällt. Wenn man ans "
         "Limit geht, zwickt es, man schaltet unbewusst zurück und hat dann keine Chance mehr\", erklärte Österreichs "
         "zweifacher Sportler des Jahres (1993 und 1996), der den Aufstieg vom Bauernbub zum Topstar geschafft hat und sich um "
         "seine Zukunft keine Sorgen zu machen braucht.")
AG_P3 = ("Ganz lassen wird der 32jährige das Skispringen aber nicht: \"Zum Spaß werde ich hin und wieder schon noch "
         "runterspringen\", sagte der Wahl-Mondseer, der seine kommende Rolle im ORF nicht auf die eines Co-Kommentators "
         "beschränkt sieht: \"Ich möchte das Springen - mit seiner ganzen Emotion - den Fans noch näher bringen.\"")
AG_P4 = "Ö3-\"Frühstück bei mir\", Persönlichkeiten ganz persönlich, jeden Sonntag von 9-11 Uhr im Hitradio Ö3."

add(id="ho685-ots-oe3-2005-06-03-goldberger-fruehstueck-bei-mir",
    title=AG_T,
    url="https://www.ots.at/presseaussendung/OTS_20050603_OTS0183/andreas-goldberger-am-5-juni-zu-gast-im-oe3-fruehstueck-bei-mir",
    retrieved="same address (programme notice of the ORF's Hitradio Ö3 on the APA-OTS service, 3 June 2005 by its OTS number, "
              "a Friday, the programme on Sunday 5 June; sender told by the contact block 'Hitradio Ö3 "
              "Öffentlichkeitsarbeit Petra Jesenko Tel.: 01/36069/19121 petra.jesenko@orf.at' and the footer code "
              "'HOA0002', both dropped (rule 4210)); the paragraphs as stored with empty lines between them; the station's "
              "closing line 'Ö3-\"Frühstück bei mir\", Persönlichkeiten ganz persönlich, …' kept as the station's own words "
              "(rule 3820); '14 Saisonen', 'der 32jährige' and 'näher bringen' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[AG_P1, AG_P2, AG_P3, AG_P4],
    # the programme's name `"Frühstück bei mir"` in the headline, in the first paragraph and in the closing line is null (rules
    # 2, 24, 3824); the colon quotation after `Goldberger spricht im Hitradio Ö3 über … die Gründe seines Karriere-Endes:` is
    # his (rule 9); the quotation before `erklärte Österreichs zweifacher Sportler des Jahres (1993 und 1996), der …` is his,
    # the description taking up the Andreas Goldberger of the sentence before (rules 8, 30); the colon quotation after the
    # narrator's `Ganz lassen wird der 32jährige das Skispringen aber nicht:`, closed again by `sagte der Wahl-Mondseer`, and
    # the colon quotation after the relative clause on that cue's subject (`…, der seine kommende Rolle … sieht:`) are his
    # (rules 9, 30, 4215); Claudia Stöckl, the host, and the ORF say nothing; the epithet of residence `Wahl-Mondseer`, which
    # names only him, is an alias (rules 4153, 4215), the phrase with the country `Österreichs zweifacher Sportler des Jahres`
    # and the genitive `des Oberösterreichers` are not (rules 7, 33)
    quotes=[("\"Frühstück bei mir\"", None, 0),
            ("\"Frühstück bei mir\"", None, 1),
            (cut(AG_P1, "\"Ich will", "erreicht!\""), GOLDBERGER),
            (cut(AG_P2, "\"Man hat", "keine Chance mehr\""), GOLDBERGER),
            ("\"Zum Spaß werde ich hin und wieder schon noch runterspringen\"", GOLDBERGER),
            (cut(AG_P3, "\"Ich möchte", "bringen.\""), GOLDBERGER),
            ("\"Frühstück bei mir\"", None, 2)],
    aliases={GOLDBERGER: ["Andreas Goldberger", "Goldberger", "Wahl-Mondseer"]})

# --- APA-OTS, the news magazine NEWS, 15 March 2006: Wolfgang Schüssel on the critics of the EU presidency and on Haider ---

WS_T = "Kanzler Schüssel in NEWS: Rüge an EU-Kritiker, Schelte gegen Haider"
WS_SUB = ("Regierungschef will sich nicht \"um irgendwelche oppositionelle Stimmen kümmern\" und rät Haider indirekt, \"nicht "
          "ständig Interviews\" zu geben.")
WS_P1 = ("Wien (OTS) - In erstaunlich forschem Ton meldet sich Bundeskanzler Wolfgang Schüssel in der morgen erscheinenden "
         "Ausgabe von NEWS zu den Themen EU-Kritik und Jörg Haiders Ortstafelaktivitäten zu Wort. Zur inner-österreichischen "
         "Kritik an seinem EU-Vorsitz wird Schüssel mehr als deutlich: \"Ich finde ich es nicht angebracht, dass man da jetzt "
         "innenpolitische Dispute ausficht. Die Bewertung der österreichischen Präsidentschaft wird von Europa, von den "
         "EU-Mitgliedsstaaten, vom EU-Parlament, von der Kommission, von der europäischen Öffentlichkeit vorgenommen und nicht "
         "von irgend welchen oppositionellen regierungsfeindlichen Stimmen. Da bin und bleibe ich sehr entspannt.\"")
WS_P2 = ("Die Frage, wie lange er noch dem Treiben Jörg Haiders in der Ortstafelfrage und gegen den Verfassungsgerichtshof "
         "zusähe, erklärt Schüssel im NEWS-Gespräch so: \" Ich habe in der Regierung eine sehr gemeinsame Linie, die "
         "Ortstafelfrage im Konsens mit den Kärntnern zu lösen. Ich lasse mir meinen Optimismus nicht nehmen, dass eine Lösung "
         "möglich ist. Wir haben Zeit bis Ende Juni\", und ohne den Namen Haiders zu nennen: \"Aber mit ständigen Interviews "
         "dazu werden wir es nicht schaffen.\"")
WS_P3 = ("Beim Termin für die Nationalratswahlen hat Schüssel den November 2006 als \"Soll-Termin\" im Visier. Scharf "
         "dementierte der Kanzler, dass ein äußerst harter Wahlkampf bevorstünde: \"So hat das niemand von uns in der ÖVP "
         "gesagt, das war nur ein etwas seltsamer Zeitungstitel.")

add(id="ho685-ots-news-2006-03-15-schuessel-ruege-eu-kritiker",
    title=WS_T,
    url="https://www.ots.at/presseaussendung/OTS_20060315_OTS0143/kanzler-schuessel-in-news-ruege-an-eu-kritiker-schelte-gegen-"
        "haider",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 15 March 2006 by its OTS "
              "number, a Wednesday, for the issue 'morgen erscheinenden'; sender told by the contact block 'Sekretariat NEWS "
              "Chefredaktion Tel.: (01) 213 12 DW 1103' and the footer code 'NES0002', both dropped (rule 4210)); headline and "
              "subtitle kept as lines of their own as stored; the paragraphs as stored with empty lines between them; the last "
              "paragraph ends inside Schüssel's quotation without a closing mark, as stored, and the quotation runs to the "
              "paragraph's end (rule 22); 'Ich finde ich es', 'irgend welchen', 'inner-österreichischen' and the space after "
              "the opening mark '\" Ich habe' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[WS_SUB, WS_P1, WS_P2, WS_P3],
    # the two partial quotations in the subtitle, whose subject `Regierungschef` is the Bundeskanzler of headline and body, are
    # his, condensing his body words (`nicht von irgend welchen oppositionellen regierungsfeindlichen Stimmen`, `Aber mit
    # ständigen Interviews …`; rules 3, 26, 926); the colon quotation after `wird Schüssel mehr als deutlich:` is his (rule
    # 9); the quotation after `erklärt Schüssel im NEWS-Gespräch so:`, with its space after the opening mark, and the one after
    # the continuing `und ohne den Namen Haiders zu nennen:` are his (rules 9, 3824), Haider being the one he speaks of; the
    # term `"Soll-Termin"` after `hat Schüssel den November 2006 als … im Visier` is his (rule 4214); the colon quotation after
    # `Scharf dementierte der Kanzler, dass …:`, which the release never closes, runs to the end of its paragraph (rules 9,
    # 22); Jörg Haider, the Verfassungsgerichtshof, the Kärntner, the ÖVP and the Kommission say nothing in marks;
    # `Bundeskanzler`, `Kanzler` and `Regierungschef`, which name only him, are aliases (rule 44)
    quotes=[("\"um irgendwelche oppositionelle Stimmen kümmern\"", SCHUESSEL),
            ("\"nicht ständig Interviews\"", SCHUESSEL),
            (cut(WS_P1, "\"Ich finde", "entspannt.\""), SCHUESSEL),
            (cut(WS_P2, "\" Ich habe", "Ende Juni\""), SCHUESSEL),
            ("\"Aber mit ständigen Interviews dazu werden wir es nicht schaffen.\"", SCHUESSEL),
            ("\"Soll-Termin\"", SCHUESSEL),
            (cut(WS_P3, "\"So hat das", "Zeitungstitel."), SCHUESSEL)],
    aliases={SCHUESSEL: ["Wolfgang Schüssel", "Schüssel", "Bundeskanzler", "Kanzler", "Regierungschef"]})

# --- APA-OTS, the news magazine profil, 3 October 2009: Michael Spindelegger against sharper sanctions on Iran ---

MS_T = ("\"profil\": Außenminister Michael Spindelegger gegen schärferes Vorgehen im Atomstreit mit dem Iran")
MS_SUB = "\"Nicht die Sanktionskeule schwingen\""
MS_P1 = join("Wien (OTS) - In einem Interview in der Montag erscheinenden",
             "Ausgabe des Nachrichtenmagazins \"profil\" lehnt Österreichs Außenminister Michael Spindelegger (ÖVP) eine "
             "Verschärfung der Sanktionen gegen den Iran ab: \"Man soll im Umfeld der ersten direkten Gespräche mit dem Iran "
             "nicht die Sanktionskeule schwingen. Denn die einfachste Antwort des Iran wäre ein Nein und die "
             "Gesprächsverweigerung.\" Abgesehen davon müsse es vermieden werden, \"dass die iranische Zivilbevölkerung durch "
             "die Sanktionen getroffen wird\".")
MS_P2 = ("Den Abzug der im Tschad stationierten Blauhelme des österreichischen Bundesheeres nach nicht einmal zwei Jahren "
         "Einsatz verteidigt Spindelegger: \"Jeder übernimmt für einen bestimmten Zeitraum eine Sicherungsaufgabe. Der Tschad "
         "ist ja nicht der einzige Konfliktherd. Es wird Neues geben, wo auch Österreich wieder einen Beitrag leisten kann.\"")
MS_P3 = ("Auf die Frage, ob er sich vorstellen könne, die NATO und die USA in Afghanistan zu unterstützen, antwortet "
         "Spindelegger: \"Das kommt auf den konkreten Einsatz an. Wir sind dort gefordert zu helfen, wo wir besondere "
         "Kompetenzen haben, etwa bei der Minenräumung oder beim Aufbau der afghanischen Polizei. Wir sind bereit, uns dort "
         "zu engagieren, und haben dafür auch finanzielle Mittel bereitgestellt.\"")

add(id="ho685-ots-profil-2009-10-03-spindelegger-sanktionskeule",
    title=MS_T,
    url="https://www.ots.at/presseaussendung/OTS_20091003_OTS0007/profil-aussenminister-michael-spindelegger-gegen-"
        "schaerferes-vorgehen-im-atomstreit-mit-dem-iran",
    retrieved="same address (advance release of the news magazine profil on the APA-OTS service, 3 October 2009 by its OTS "
              "number, a Saturday, for the issue 'in der Montag erscheinenden Ausgabe'; sender told by the contact block "
              "'\"profil\"-Redaktion Tel.: (01) 534 70 DW 3501 und 3502' and the footer code 'PRO0002', both dropped (rule "
              "4210)); headline and subtitle quotation kept as lines of their own as stored; the copy separates its paragraphs "
              "by empty lines, so the single stored break inside the first body sentence ('… in der Montag erscheinenden' / "
              "'Ausgabe des Nachrichtenmagazins …') is joined with a space (rules 3200, 4150); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[MS_SUB, MS_P1, MS_P2, MS_P3],
    # the magazine's name `"profil"` in marks in the headline label and in the body's `Ausgabe des Nachrichtenmagazins
    # "profil"` is null (rules 2, 2771); the cue-less subtitle quotation is Spindelegger's, the headline naming him and the body
    # giving him the same words (`nicht die Sanktionskeule schwingen`; rules 26, 461); the colon quotation after `lehnt
    # Österreichs Außenminister Michael Spindelegger (ÖVP) eine Verschärfung … ab:` is his (rule 9), and so is the partial
    # quotation in the Konjunktiv sentence `Abgesehen davon müsse es vermieden werden, "…"` (rules 3, 25); the colon
    # quotations after `verteidigt Spindelegger:` and after `Auf die Frage, ob er …, antwortet Spindelegger:` are his (rule
    # 9); the Iran, the NATO, the USA and the Bundesheer say nothing; `Außenminister`, which names only him, is an alias (rule
    # 44), `Österreichs Außenminister` holds a country and is not (rule 33)
    quotes=[("\"profil\"", None, 0),
            (MS_SUB, SPINDELEGGER),
            ("\"profil\"", None, 1),
            (cut(MS_P1, "\"Man soll", "Gesprächsverweigerung.\""), SPINDELEGGER),
            ("\"dass die iranische Zivilbevölkerung durch die Sanktionen getroffen wird\"", SPINDELEGGER),
            (cut(MS_P2, "\"Jeder übernimmt", "leisten kann.\""), SPINDELEGGER),
            (cut(MS_P3, "\"Das kommt", "bereitgestellt.\""), SPINDELEGGER)],
    aliases={SPINDELEGGER: ["Michael Spindelegger", "Spindelegger", "Außenminister"]})

# --- APA-OTS, the daily ÖSTERREICH, 2 November 2009: Ernst Strasser on Faymann and Schüssel's chances in the EU ---

ES_T = "Strasser in ÖSTERREICH: Kanzler kämpft gegen Schüssel"
ES_SUB = "VP-EU-Delegationsleiter Strasser: \"Faymann tut alles, damit Schüssel nicht Ratspräsident wird\""
ES_P1 = ("Wien (OTS) - ÖVP-EU-Delegationsleiter, Ernst Strasser, nimmt im ÖSTERREICH-Gespräch (Dienstag-Ausgabe) Stellung zu "
         "den Chancen von Ex-VP-kanzler Wolfgang Schüssel als EU-Ratspräsident: \"Mit Wolfgang Schüssel haben wir einen "
         "hervorragenden Kandidaten für den EU-Ratspräsidenten.\" Strasser attackiert in diesem Zusammenhang aber "
         "SP-Bundeskanzler Werner Faymann: \"Unser Bundeskanzler tut alles, damit Wolfgang Schüssel nicht Ratspräsident wird. "
         "Ganz Europa wundert sich über diesen österreichischen Bundeskanzler. Ein Trauerspiel.\"")

add(id="ho685-ots-oesterreich-2009-11-02-strasser-kanzler-gegen-schuessel",
    title=ES_T,
    url="https://www.ots.at/presseaussendung/OTS_20091102_OTS0253/strasser-in-oesterreich-kanzler-kaempft-gegen-schuessel",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 2 November 2009 by its OTS number, a "
              "Monday, on the conversation for the 'Dienstag-Ausgabe'; sender told by the contact block 'ÖSTERREICH, "
              "Chefredaktion Tel.: (01) 588 11 / 1010 redaktion@oe24.at' and the footer code 'FEL0002', both dropped (rule "
              "4210)); headline and subtitle kept as lines of their own as stored; 'ÖVP-EU-Delegationsleiter, Ernst Strasser,' "
              "with its commas and 'Ex-VP-kanzler' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[ES_SUB, ES_P1],
    # the headline `Strasser in ÖSTERREICH: Kanzler kämpft gegen Schüssel` carries no marks and no span (rule 5); the subtitle
    # quotation after the label `VP-EU-Delegationsleiter Strasser:` is his, the body giving him the same words (rules 26, 54);
    # the colon quotations after `nimmt … Stellung zu den Chancen von Ex-VP-kanzler Wolfgang Schüssel als EU-Ratspräsident:`
    # and after `Strasser attackiert … SP-Bundeskanzler Werner Faymann:` are his (rule 9), Schüssel and Faymann, named before
    # the colons and inside the quotations, being the ones he speaks of; Wolfgang Schüssel, the speaker of another document of
    # this set, and Werner Faymann say nothing here; the role compounds with a party (`VP-EU-Delegationsleiter`,
    # `ÖVP-EU-Delegationsleiter`) are no aliases (rule 33)
    quotes=[(cut(ES_SUB, "\"Faymann", "wird\""), STRASSER),
            (cut(ES_P1, "\"Mit Wolfgang", "Ratspräsidenten.\""), STRASSER),
            (cut(ES_P1, "\"Unser Bundeskanzler", "Trauerspiel.\""), STRASSER)],
    aliases={STRASSER: ["Ernst Strasser", "Strasser"]})

# --- APA-OTS, the daily ÖSTERREICH, 1 June 2010: Doris Bures against Josef Pröll's attacks on the ÖBB ---

DB_T = "Bures greift in ÖSTERREICH Pröll an: \"Attacken verantwortungslos.\""
DB_SUB = "Infrastrukturministerin im ÖSTERREICH-Interview: \"ÖVP soll ihre destruktive Phase beenden.\""
DB_P1 = join("Wien (OTS) - In einem Interview für die Mittwoch-Ausgabe der Tageszeitung ÖSTERREICH greift "
             "Infrastrukturministerin Doris Bures (SPÖ) Vizekanzler Josef Pröll (ÖVP) an. Bures: \"Die ÖVP versucht, die ÖBB "
             "als politischen Spielball zu benutzen. Die Attacken Prölls bedeuten wirtschaftlich eine furchtbare Entwicklung. "
             "Kein verantwortungsbewusster Eigentümer würde die ÖBB so schlecht reden, wie die ÖVP es macht. Bei aller "
             "berechtigten Kritik, auch an der ÖBB:",
             "das, was die ÖVP den Arbeitnehmern und Kunden ausrichtet, ist verantwortungslos.\"")
DB_P2 = ("Zu Prölls Bemerkung, die SPÖ sei im Burgenland mit Populismus an die Wand gefahren, meint Bures: \"Das ist eine "
         "Diskreditierung von fast jedem zweiten Wähler im Burgenland. Aber das ist derzeit ein bisschen der Stil der ÖVP: "
         "Einmal geht's gegen das Burgenland, dann gegen das Bildungsressort mit unterschiedlichen VP-Positionen, dann geht sie "
         "wieder auf den Verteidigungsminister los. Die ÖVP sollte endlich ihre destruktive Phase beenden und an den "
         "Arbeitstisch zurückkehren.\"")

add(id="ho685-ots-oesterreich-2010-06-01-bures-attacken-verantwortungslos",
    title=DB_T,
    url="https://www.ots.at/presseaussendung/OTS_20100601_OTS0355/bures-greift-in-oesterreich-proell-an-attacken-"
        "verantwortungslos",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 1 June 2010 by its OTS number, a "
              "Tuesday, on the interview for the 'Mittwoch-Ausgabe'; sender told by the contact block 'ÖSTERREICH, "
              "Chefredaktion Tel.: (01) 588 11 / 1010 redaktion@oe24.at' and the footer code 'FEL0003', both dropped (rule "
              "4210)); headline and subtitle kept as lines of their own as stored; the copy separates its paragraphs by empty "
              "lines, so the single stored break after the colon inside Bures's quotation ('… auch an der ÖBB:' / 'das, was "
              "die ÖVP …') is joined with a space (rules 3050, 4150); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[DB_SUB, DB_P1, DB_P2],
    # the headline quotation after `Bures greift in ÖSTERREICH Pröll an:` is hers, condensing her body words (`Die Attacken
    # Prölls …`, `… ist verantwortungslos.`; rules 26, 54); the subtitle quotation after the label `Infrastrukturministerin im
    # ÖSTERREICH-Interview:` is hers, the body giving her the same words (`Die ÖVP sollte endlich ihre destruktive Phase
    # beenden`; rules 26, 44, 54); the paper's name ÖSTERREICH, unmarked here, carries no span (rule 5); the colon quotations
    # after the label `Bures:` and after `meint Bures:` are hers (rules 9, 54); Josef Pröll, whose remark she answers, the ÖVP,
    # the SPÖ and the Verteidigungsminister inside her quotation say nothing in marks; `Infrastrukturministerin`, which names
    # only her, is an alias (rule 44), `Vizekanzler` names Pröll
    quotes=[("\"Attacken verantwortungslos.\"", BURES),
            ("\"ÖVP soll ihre destruktive Phase beenden.\"", BURES),
            (cut(DB_P1, "\"Die ÖVP versucht", "verantwortungslos.\""), BURES),
            (cut(DB_P2, "\"Das ist eine", "zurückkehren.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Bures", "Infrastrukturministerin"]})

# --- APA-OTS, the daily ÖSTERREICH, 7 December 2013: Doris Bures in the coalition talks with the ÖVP ---

DV_T = "SPÖ-Verhandlerin Bures IN ÖSTERREICH: \"Es ist Zeit, dass die ÖVP jetzt sagt: Ja, ich will!\""
DV_SUB = "Infrastruktur-Ministerin erhöht im Interview mit ÖSTERREICH am SONNTAG den Druck auf die Volkspartei"
DV_P1 = ("Wien (OTS) - Im großen Interview für die Sonntagsausgabe von ÖSTERREICH erhöht Infrastrukturministerin Doris Bures "
         "den Druck auf die ÖVP. \"Es ist an der Zeit, dass die ÖVP jetzt sagt: Ja, ich will! Das ist der Punkt, an dem wir "
         "jetzt bei den Verhandlungen stehen.\", so die mächtige SPÖ-Verhandlerin. Gleichzeitig warnt sie die Volkspartei: \" "
         "In den Verhandlungen geht es darum, dass man dem Gegenüber nicht Dinge abverlangt, die über die Grenzen gehen. Das "
         "muss auch die ÖVP wissen.\"")
DV_P2 = ("Der ÖVP wirft SPÖ-Verhandlerin Bures bewusste Verzögerungstaktik vor: \"Was ich jetzt so ärgerlich finde und was bei "
         "mir auf Verständnislosigkeit stößt: Wenn man so wie wir in den meisten Bereichen ein gutes Ergebnis ausverhandelt hat "
         "und dann aus rein taktischen Gründen unnötig verzögert wird.\", sagt Bures. Auch dem ÖVP-Motto \"Qualität vor "
         "Tempo\" kann sie nichts abgewinnen: \"Es geht mir nicht darum, dass man hudelt. Aber man braucht auch nicht zaudern "
         "und verzögern.\"")
DV_P3 = ("Neuwahlen oder \"andere Koalitionsvarianten\" sind für Bures keine Alternative: \"Davon halte ich nichts\". Ob sie "
         "das Vertrauen habe, dass die ÖVP das auch so sehe? \"Noch glaube ich daran. Das muss sich aber in den nächsten Tagen "
         "zeigen\", so die Infrastrukturministerin.")

add(id="ho685-ots-oesterreich-2013-12-07-bures-ja-ich-will",
    title=DV_T,
    url="https://www.ots.at/presseaussendung/OTS_20131207_OTS0030/spoe-verhandlerin-bures-in-oesterreich-es-ist-zeit-dass-die-"
        "oevp-jetzt-sagt-ja-ich-will",
    retrieved="same address (release of the daily ÖSTERREICH on the APA-OTS service, 7 December 2013 by its OTS number, a "
              "Saturday, on the interview for the 'Sonntagsausgabe'; the stored copy ends after the last body paragraph, "
              "before any contact block, so the sender is inferred from the release's own voice, 'im Interview mit ÖSTERREICH "
              "am SONNTAG' and 'Im großen Interview für die Sonntagsausgabe von ÖSTERREICH' (rules 4150, 4210)); the "
              "crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); headline and subtitle kept as lines of "
              "their own as stored; the paragraphs as stored with empty lines between them; 'IN ÖSTERREICH', 'am SONNTAG', "
              "the full stops before the closing marks ('stehen.\", so', 'verzögert wird.\", sagt') and the space after the "
              "opening mark '\" In den Verhandlungen' kept (rule 20); complete up to the contact block as stored)",
    license=APA_OTS_SENDERS,
    paras=[DV_SUB, DV_P1, DV_P2, DV_P3],
    # the headline quotation after `SPÖ-Verhandlerin Bures IN ÖSTERREICH:` is hers, condensing her body words `Es ist an der
    # Zeit, dass die ÖVP jetzt sagt: Ja, ich will!` (rules 26, 54); the unmarked `Ja, ich will!` inside both quotations is her
    # wording and gets no span of its own (rule 5); the quotation before `so die mächtige SPÖ-Verhandlerin` is hers, the role
    # phrase taking up the minister of the sentence before (rules 8, 30); the colon quotations after `warnt sie die
    # Volkspartei:`, after `… Verzögerungstaktik vor:` (closed again by `sagt Bures`) and after `kann sie nichts abgewinnen:`
    # are hers (rules 8, 9, 30); the ÖVP's motto `"Qualität vor Tempo"`, which she rejects, is null (rules 24, 68); the marked
    # alternative in the subject of `Neuwahlen oder "…" sind für Bures keine Alternative:` is hers, and so is the colon
    # quotation after it (rules 9, 4211); the cue-less answer after the narrator's reported question `Ob sie das Vertrauen
    # habe, …?` is hers, closed by `so die Infrastrukturministerin` (rule 30); the ÖVP and the Volkspartei say nothing in marks;
    # `Infrastrukturministerin` and `Infrastruktur-Ministerin`, which name only her, are aliases (rule 44), `SPÖ-Verhandlerin`
    # holds a party's name and is not (rule 33)
    quotes=[("\"Es ist Zeit, dass die ÖVP jetzt sagt: Ja, ich will!\"", BURES),
            (cut(DV_P1, "\"Es ist an der Zeit", "stehen.\""), BURES),
            (cut(DV_P1, "\" In den Verhandlungen", "wissen.\""), BURES),
            (cut(DV_P2, "\"Was ich", "verzögert wird.\""), BURES),
            ("\"Qualität vor Tempo\"", None),
            (cut(DV_P2, "\"Es geht mir", "verzögern.\""), BURES),
            ("\"andere Koalitionsvarianten\"", BURES),
            ("\"Davon halte ich nichts\"", BURES),
            (cut(DV_P3, "\"Noch glaube", "zeigen\""), BURES)],
    aliases={BURES: ["Doris Bures", "Bures", "Infrastrukturministerin", "Infrastruktur-Ministerin"]})
