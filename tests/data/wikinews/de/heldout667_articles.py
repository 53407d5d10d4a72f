# Six-hundred-and-sixty-seventh held-out German real-news set (tests/data/heldout667-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4070-4073). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as
# in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-sixty-seventh held-out set": eight releases of four German newspapers sent
# over the ots service of news aktuell ahead of their editions, each reporting what a politician or a union official told the
# paper or wrote for it: four of Der Tagesspiegel, Berlin, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Renate
# Künast before the Berlin election, summer 2006; Günther Beckstein before the Bavarian election, September 2008; Heiko Maas on
# Ulla Schmidt's official car, August 2009; Michael Müller's guest article on the Land minimum wage, November 2018), one of the
# Rheinische Post, Düsseldorf (OTS_MEDIEN: Lutz Lienenkämper after the collapse of the Cologne city archive, March 2009), one of
# the Saarbrücker Zeitung (OTS_MEDIEN: Stefan Körzell of the DGB against a new austerity, May 2019), one of the Mitteldeutsche
# Zeitung, Halle (OTS_MEDIEN: Joachim Gauck on the GDR elites, November 2004) and one of the Mitteldeutsche Zeitung reposted with
# the wire's '(ots) -' by the press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Gesine Lötzsch on a red-red
# coalition in Saxony-Anhalt, July 2010). Stored copies are the `search` tool's `pages` excerpts; all eight release bodies are
# complete in them; the newsroom, portal and wire furniture is dropped and the hard-wrapped lines are joined (rules 660, 1372,
# 2770, 3280, 3710, 4010, 4070); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST_PRESSEKAT  # noqa: E402

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


KUENAST = "Renate Künast"
BECKSTEIN = "Günther Beckstein"
MAAS = "Heiko Maas"
MUELLER = "Michael Müller"
LIENENKAEMPER = "Lutz Lienenkämper"
KOERZELL = "Stefan Körzell"
LOETZSCH = "Gesine Lötzsch"
GAUCK = "Joachim Gauck"

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), summer 2006: Renate Künast before the Berlin election ---

KU_T = "Der Tagesspiegel: Künast: Jamaika liegt nicht an der Spree"
KU_P1 = ("Die Fraktionsvorsitzende der Grünen, Renate Künast, setzt in Berlin auf eine rot-grüne Koalition. \"Ich werbe dafür, "
         "Rot-Rot durch Rot-Grün abzulösen\", sagte Künast dem \"Tagesspiegel am Sonntag\". Sie werde sich nicht mit einer "
         "Dreier-Konstellation begnügen. \"Ich kämpfe für Rot-Grün und das ist den Umfragen zufolge auch zu schaffen.\" Eine "
         "schwarz-gelb-grüne oder rot-gelb-grüne Koalition schloss Künast für Berlin ausdrücklich aus: \"In Berlin sind Union "
         "und FDP nicht regierungsfähig.\" Die CDU trete mit einem Spitzenkandidaten an, der die Stadt überhaupt nicht "
         "verstanden habe. \"Für Friedbert Pflüger gilt: Er tanzte nur einen Sommer. Wir Grünen wissen: Jamaika liegt nicht an "
         "der Spree.\" Ansonsten zeigte sich Künast offen für andere als die rot-grüne Konstellation: \"Die Grünen haben "
         "mehrere Optionen, und das ist auch gut so.\" In Berlin wird am 17.September gewählt.")

add(id="ho667-presseportal-tagesspiegel-2006-kuenast-jamaika-spree",
    title=KU_T,
    url="https://presseportal.de/pm/2790/856986",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell ahead of a 'Tagesspiegel am Sonntag' "
              "edition before the Berlin election of 17 September 2006; undated in the stored copy, summer 2006 by its content "
              "and by its release number, a little above that of the Rheinische Post's release of July 2006 in the 544th set "
              "(pm/30621/845115), so July to mid-September 2006); the copy shows the headline first, without widget and label: "
              "the headline with its prefix 'Der Tagesspiegel:' is the title, the dateline 'Berlin (ots)' a line of its own and "
              "the body one line, as stored (rules 2590, 3710, 4070); the contact block, which the copy runs together into one "
              "line without 'Pressekontakt:' ('Der Tagesspiegel Chef vom Dienst Thomas Wurster Telefon: 030-260 09-308 Fax: "
              "030-260 09-622 cvd@tagesspiegel.de'), and the line 'Original-Content von: Der Tagesspiegel, übermittelt durch news"
              " aktuell' dropped; the published '17.September' without a space kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", KU_P1],
    # the headline `Künast: Jamaika liegt nicht an der Spree` is a label with unmarked words and carries no span (rule 5);
    # the quotation before `sagte Künast dem "Tagesspiegel am Sonntag"` is hers (rule 30), the paper's name null (rules 2,
    # 2771); the cue-less quotation after her Konjunktiv report `Sie werde sich nicht …` continues her (NOTES.md
    # continuation); the colon quotations after `schloss Künast für Berlin ausdrücklich aus:` and `zeigte sich Künast offen
    # für …:` are hers (rule 9); the cue-less quotation after the Konjunktiv sentence whose subject is the CDU (`Die CDU trete
    # mit einem Spitzenkandidaten an, …`) is hers, the Konjunktiv reporting her verdict, not the party's words (rule 4071);
    # Friedbert Pflüger, the CDU, the Union, the FDP and the Grünen, of whom her words speak, say nothing; `Fraktionsvorsitzende`
    # names only her in the release and is an alias (rule 44), `Fraktionsvorsitzende der Grünen` names the party and is not
    # (rule 33)
    quotes=[(cut(KU_P1, "\"Ich werbe", "abzulösen\""), KUENAST),
            ("\"Tagesspiegel am Sonntag\"", None),
            (cut(KU_P1, "\"Ich kämpfe", "schaffen.\""), KUENAST),
            (cut(KU_P1, "\"In Berlin sind", "regierungsfähig.\""), KUENAST),
            (cut(KU_P1, "\"Für Friedbert", "Spree.\""), KUENAST),
            (cut(KU_P1, "\"Die Grünen haben", "gut so.\""), KUENAST)],
    aliases={KUENAST: ["Renate Künast", "Künast", "Fraktionsvorsitzende"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), September 2008: Günther Beckstein before the Bavarian election ---

BE_T = ("Der Tagesspiegel: Bayerns Ministerpräsident Beckstein siegessicher: \"Ich bin felsenfest davon überzeugt, dass wir das "
        "hinkriegen.\" Beckstein warnt vor Koalitionen")
BE_P1 = ("Berlin (ots) - Berlin. Trotz schlechter Umfragen hat der bayerische Ministerpräsident Günther Beckstein (CSU) sein "
         "Wahlziel für den 28. September und den Anspruch auf eine Alleinregierung der CSU in Bayern bekräftigt. \"Wir wollen "
         "50 plus x\", sagte Beckstein dem \"Tagesspiegel am Sonntag\" und zeigte sich siegessicher: \"Ich bin felsenfest "
         "überzeugt, dass wir das hinkriegen\". Beckstein warnte vor einer Situation, in der die CSU gezwungen wäre, mit einem "
         "Koalitionspartner zu regieren. \"Koalitionen\", sagte Beckstein, seien \"immer mit Reibungsverlusten und "
         "Streitigkeiten verbunden\". Dadurch könnten nicht alle Chancen genutzt werden, das Land voran zu bringen. Die Wähler "
         "in Bayern müssten verstehen: \"Dies ist eine Richtungs- und Entscheidungswahl\".")

add(id="ho667-presseportal-tagesspiegel-2008-09-beckstein-50-plus-x",
    title=BE_T,
    url="http://www.presseportal.de/pm/2790/1268114",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell ahead of a 'Tagesspiegel am Sonntag' "
              "edition before the Bavarian election of 28 September 2008; undated in the stored copy, September 2008 by its "
              "content and by its release number, just below that of the paper's Özdemir release of autumn 2008 in the 563rd "
              "set (pm/2790/1268379), so probably for Sunday 21 September 2008); the older layout: the newsroom label 'Der "
              "Tagesspiegel' dropped, the headline with its prefix is the title as stored, its two parts run together after "
              "the closing mark (rules 3420, 3710); the dateline indented into the body ('    Berlin (ots) - Berlin. …') stays "
              "run in, the indentation dropped (rules 2770, 3710); the paper's note to the receiving editors 'Bei Nennung der "
              "Quelle \"Tagesspiegel am Sonntag\" stehen Ihnen die Zitate zur freien Verfügung. Nachfragen bitte unter 030 "
              "26009 421.' dropped as wire furniture with the paper's name in marks it holds (rule 3280; its permission is "
              "recorded in SOURCES.md); the contact block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster "
              "Telefon: …' and the link lines 'Weitere Meldungen: Der Tagesspiegel' and 'Das könnte Sie auch interessieren:' "
              "dropped; the published 'voran zu bringen' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=[BE_P1],
    # the headline quotation after the label `Bayerns Ministerpräsident Beckstein siegessicher:` is his, the body giving him
    # nearly the same words (rules 26, 54); the quotation before `sagte Beckstein dem "Tagesspiegel am Sonntag"` and the colon
    # quotation after `zeigte sich siegessicher:` are his (rules 9, 30), the paper's name null (rules 2, 2771); the marked
    # subject `"Koalitionen"` before the inserted cue `sagte Beckstein` and the marked end of the Konjunktiv clause `seien
    # "…"` are two spans of his (rules 3, 30); the colon quotation after the Konjunktiv sentence `Die Wähler in Bayern müssten
    # verstehen:`, whose subject is the voters his message is for, is his (rule 4072); the CSU, the Koalitionspartner and the
    # Wähler say nothing; `Ministerpräsident` names only him in the release and is an alias (rule 44), `Bayerns
    # Ministerpräsident` and `bayerische Ministerpräsident` name the Land and are not (rule 33)
    quotes=[("\"Ich bin felsenfest davon überzeugt, dass wir das hinkriegen.\"", BECKSTEIN),
            ("\"Wir wollen 50 plus x\"", BECKSTEIN),
            ("\"Tagesspiegel am Sonntag\"", None),
            ("\"Ich bin felsenfest überzeugt, dass wir das hinkriegen\"", BECKSTEIN),
            ("\"Koalitionen\"", BECKSTEIN),
            ("\"immer mit Reibungsverlusten und Streitigkeiten verbunden\"", BECKSTEIN),
            ("\"Dies ist eine Richtungs- und Entscheidungswahl\"", BECKSTEIN)],
    aliases={BECKSTEIN: ["Günther Beckstein", "Beckstein", "Ministerpräsident"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 4 March 2009: Lutz Lienenkämper after the Cologne archive collapse ---

LI_T = "Rheinische Post: Neuer NRW-Bauminister warnt vor vorschnellen Schuldzuweisungen nach Kölner Katastrophe"
LI_P1 = join("Der neue nordrhein-westfälische Bau- und",
             "Verkehrsminister Lutz Lienenkämper hat vor voreiligen ",
             "Schlussfolgerungen über die Ursachen für den Einsturz des Kölner ",
             "Stadtarchivs gewarnt. \"Ich bin entsetzt darüber, dass offenbar 1000 ",
             "Jahre Kulturgeschichte unter den Trümmern liegen\", sagte der ",
             "CDU-Politiker der in Düsseldorf erscheinenden \"Rheinischen Post\" ",
             "(Mittwochausgabe). Nun gelte es, die Hintergründe des Unglücks ",
             "aufzuklären. \"Bevor wir über Konsequenzen reden, müssen wir wissen, ",
             "was die Ursache für das Unglück ist\", so Lienenkämper.")

add(id="ho667-presseportal-rp-2009-03-lienenkaemper-koelner-stadtarchiv",
    title=LI_T,
    url="https://presseportal.de/pm/30621/1363038?langid=4",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Wednesday edition of 4 "
              "March 2009, the day after the collapse of the Historisches Archiv der Stadt Köln on 3 March 2009, dated by the "
              "edition day, the event and the story list, whose latest teasers are the paper's commentaries of '02.03.2009 – "
              "20:40' and '02.03.2009 – 20:04'; the release number is named as a candidate not found by an earlier set's "
              "notes and is in no jsonl); this copy with the language parameter shows the widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label, dropped (rules 2770, 3420); "
              "the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line of its own; the hard-wrapped "
              "lines joined with one space, a line-end space of the copy taken as that space; no line closes a sentence before "
              "the last, so the body is one paragraph (rules 1372, 2770, 3590); the contact block 'Pressekontakt: Rheinische "
              "Post Redaktion Telefon: (0211) 505-2303', the line 'Original-Content von: Rheinische Post, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", LI_P1],
    # the quotation before `sagte der CDU-Politiker der … "Rheinischen Post"` is Lienenkämper's, the subject of the sentence
    # before, whom the role takes up (rule 30), the paper's name null (rules 2, 2771); the quotation before `so Lienenkämper`
    # is his (rule 30), its `wir` speaking for the Land government; the Konjunktiv `Nun gelte es, …` is unmarked (rule 5);
    # `Verkehrsminister` names only him in the release and is an alias (rule 44), while `CDU-Politiker` and
    # `NRW-Bauminister` name a party or the Land and are not (rule 33)
    quotes=[(cut(LI_P1, "\"Ich bin entsetzt", "liegen\""), LIENENKAEMPER),
            ("\"Rheinischen Post\"", None),
            (cut(LI_P1, "\"Bevor wir", "Unglück ist\""), LIENENKAEMPER)],
    aliases={LIENENKAEMPER: ["Lutz Lienenkämper", "Lienenkämper", "Verkehrsminister"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), August 2009: Heiko Maas on Ulla Schmidt's official car ---

MA_T = "Der Tagesspiegel: Maas: Aufregung um Ulla Schmidt hat der SPD \"nicht geholfen\""
MA_P1 = ("Berlin (ots) - Berlin - Der saarländische SPD-Spitzenkandidat Heiko Maas hat zurückhaltend auf die Entlastung von "
         "Gesundheitsministerin Ulla Schmidt (SPD) durch den Bundesrechnungshof reagiert.  \"Die mediale Aufregung um die "
         "Sache hat der SPD sicherlich nicht geholfen, auch wenn der Bundesrechnungshof die Position von Frau Schmidt bestätigt "
         "hat\", sagte Maas dem Berliner \"Tagesspiegel am Sonntag\". Zwar sage der Rechnungshof, das Vorgehen der Ministerin "
         "sei in Ordnung gewesen. \"Aber ich glaube, auch Ulla Schmidt wäre im Nachhinein nicht unglücklich darüber, wenn der "
         "Wagen nicht dabei gewesen wäre.\"")

add(id="ho667-presseportal-tagesspiegel-2009-08-maas-ulla-schmidt-dienstwagen",
    title=MA_T,
    url="http://www.presseportal.de/pm/2790/1453896",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell ahead of a 'Tagesspiegel am Sonntag' "
              "edition; undated in the stored copy, August 2009 by its content (the Bundesrechnungshof's finding on Ulla "
              "Schmidt's use of her official car during her holiday in Spain, before the Saarland election of 30 August 2009, "
              "in which Maas was the SPD's top candidate) and by its release number, close to that of the WAZ release of "
              "August 2009 in the 659th set (pm/55903/1453464)); the older layout: the newsroom label 'Der Tagesspiegel' "
              "dropped, the headline with its prefix is the title; the dateline indented into the body ('    Berlin (ots) - "
              "Berlin - …') stays run in, the indentation dropped (rules 2770, 3710); the published double space before the "
              "first opening mark ('reagiert.  \"Die') kept (rule 20); the service line 'Inhaltliche Rückfragen richten sie "
              "bitte an: Der Tagesspiegel am Sonntag, Politikredaktion, Tel. 030 26009 389' dropped (rules 2590, 3710); the "
              "contact block 'Pressekontakt: Der Tagesspiegel Chef vom Dienst Thomas Wurster …', the line 'Original-Content "
              "von: Der Tagesspiegel, übermittelt durch news aktuell' and the link lines 'Weitere Meldungen: Der Tagesspiegel' "
              "and 'Das könnte Sie auch interessieren:' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[MA_P1],
    # the headline's marked words after the label `Maas:` are his, the body's first quotation holding them (rules 26, 54);
    # the quotation before `sagte Maas dem Berliner "Tagesspiegel am Sonntag"` is his (rule 30), the paper's name null (rules
    # 2, 2771); the cue-less quotation after `Zwar sage der Rechnungshof, …` is his, not the Rechnungshof's: the concessive
    # Konjunktiv reports what Maas grants the court, and his quotation answers it with `Aber ich glaube` (rule 4071); Ulla
    # Schmidt, the Bundesrechnungshof and the SPD say nothing in marks; `SPD-Spitzenkandidat` names the party and is no alias
    # (rule 33)
    quotes=[("\"nicht geholfen\"", MAAS),
            (cut(MA_P1, "\"Die mediale", "bestätigt hat\""), MAAS),
            ("\"Tagesspiegel am Sonntag\"", None),
            (cut(MA_P1, "\"Aber ich glaube", "gewesen wäre.\""), MAAS)],
    aliases={MAAS: ["Heiko Maas", "Maas"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), November 2004: Joachim Gauck on the GDR elites ---

GA_T = "Mitteldeutsche Zeitung: Joachim Gauck zum Umgang mit DDR-Eliten: \"Kommunisten sind überaus weich gelandet"
GA_P1 = ("Halle. Über die Auseinandersetzung mit dem DDR-Apparat sagte der frühere Chef der Stasi-Unterlagenbehörde, Joachim "
         "Gauck, der in Halle erscheinenden Mitteldeutschen Zeitung (Dienstag-Ausgabe), es sei unsere demokratische Entscheidung "
         "gewesen, 1990 eben keine Entkommunisierung zu veranstalten. Im Gegenteil, die die Kommunisten, die uns beherrscht und "
         "uns ihren Führungsanspruch in die Verfassung geschrieben hatten, sind überaus weich gelandet. Keiner ist gefeuert "
         "worden, weil er Genosse war. Es habe nur einen partiellen Elitenwechsel gegeben, selbst bei jenen, die Inoffizielle "
         "Mitarbeiter der Stasi waren. Nicht einmal die Hälfte aller Lehrer-IM sei gekündigt worden, bei der Polizei ist es "
         "nicht anders. Viele seiner Freunde aus der DDR-Opposition stünden heute schlechter da als das ehemalige sozialistische "
         "Establishment, sagte Gauck weiter.")

add(id="ho667-presseportal-mz-2004-11-gauck-ddr-eliten-weich-gelandet",
    title=GA_T,
    url="https://presseportal.de/pm/47409/614976",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for a Tuesday edition; "
              "undated in the stored copy, November 2004 by its release number, a little above that of the paper's release "
              "of November 2004 in the 651st set (pm/47409/612330), and by the old wire's footer; its subject, the GDR elites "
              "after 1990, fits the fifteenth anniversary of the fall of the Wall); the oldest layout: the copy shows the "
              "headline first, without widget and label; the headline with its prefix is the title as stored, ending without "
              "a closing mark (rule 3952); the dateline 'Halle (ots)' a line of its own, the place mark 'Halle.' at the start "
              "of the body kept (rules 2590, 3010); the old wire's lines 'ots-Originaltext: Mitteldeutsche Zeitung' and "
              "'Digitale Pressemappe: http://www.presseportal.de/story.htx?firmaid=47409', the contact block 'Rückfragen bitte "
              "an: Mitteldeutsche Zeitung Andreas Montag Ressortleiter Kultur Tel: 0345/565-4225' and the line "
              "'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' dropped (rules 2590, 3710); the "
              "published 'die die Kommunisten' kept (rule 20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GA_P1],
    # the headline quotation after the label `Joachim Gauck zum Umgang mit DDR-Eliten:`, which the release never closes, runs
    # to the end of the title line and is his (rules 22, 3952), the body giving the same words in his first person without
    # marks (`die Kommunisten, die uns beherrscht … hatten, sind überaus weich gelandet`); the body's unmarked first-person
    # sentences and its Konjunktiv report carry no span (rules 5, 23, 4073); the paper named without marks is the addressee
    # (rule 12); the Kommunisten, the Stasi and his Freunde aus der DDR-Opposition say nothing; `frühere Chef der
    # Stasi-Unterlagenbehörde` names the authority and is no alias (rule 33)
    quotes=[("\"Kommunisten sind überaus weich gelandet", GAUCK)],
    aliases={GAUCK: ["Joachim Gauck", "Gauck"]})

# --- Mitteldeutsche Zeitung (ots, reposted by pressekat.de), 8 July 2010: Gesine Lötzsch on a red-red coalition ---

LO_T = "Mitteldeutsche Zeitung: Linkspartei"
LO_H = "Parteichefin Lötzsch empfiehlt Sachsen-Anhalt ein rot-rotes Bündnis"
LO_P1 = join("(ots) - Die Vorsitzende der Linkspartei, Gesine Lötzsch, hat",
             "für Sachsen-Anhalt ein rot-rotes Bündnis empfohlen, wenn das Ergebnis",
             "der Landtagswahl Ende März 2011 dies ermöglicht. \"Wenn es rechnerisch",
             "reicht, wäre das eine gute Entscheidung\", sagte sie der in Halle",
             "erscheinenden \"Mitteldeutschen Zeitung\" (Donnerstag-Ausgabe). \"Wenn",
             "die Linke stärker sein sollte als die SPD, dann muss man die Regeln",
             "der Demokratie einhalten. Wulf Gallert müsste dann Ministerpräsident",
             "werden. Sollte die SPD stärker werden, dann müsste es Jens Bullerjahn",
             "werden. Ich würde mich natürlich freuen, wenn es Herr Gallert würde.\"",
             "Lötzsch fügte hinzu: \"Ich halte eine Koalition auf jeden Fall für",
             "realistisch - zumal es in Sachsen-Anhalt schon einmal eine von der",
             "PDS tolerierte rot-grüne bzw. SPD-Minderheitsregierung gab.\" Gallert",
             "ist bei der Wahl Spitzenkandidat der Linkspartei, Bullerjahn",
             "Spitzenkandidat der SPD.")

add(id="ho667-pressekat-mz-2010-07-loetzsch-rot-rotes-buendnis",
    title=LO_T,
    url="http://www.pressekat.de/pressinfo224411/mitteldeutsche-zeitung-linkspartei-br-parteichefin-loetzsch-empfiehlt-"
        "sachsen-anhalt-ein-rot-rotes-buendnis.html",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over ots for the Thursday edition of 8 July "
              "2010, reposted by the press-release portal pressekat.de with the lines 'Bereitgestellt von Benutzer: ots' and "
              "'Datum: 08.07.2010 - 02:00 Uhr'; the sender is named in the headline prefix 'Mitteldeutsche Zeitung:', in the "
              "body and in the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 4200' "
              "and the portal's line naming the paper as responsible); the portal's page title 'PresseKat - …', which repeats "
              "the headline cut off ('… rot-rotes Bü'), and its line 'ID: 224411' dropped; the headline, which the copy sets as "
              "two blocks separated by an empty line (the paper's topic label with its prefix, then its headline), gives the "
              "title 'Mitteldeutsche Zeitung: Linkspartei' and a line of its own for the rest (rules 3110, 4070); the body is "
              "one block, into which the copy runs the wire's '(ots) -' without the place; its hard-wrapped lines are joined "
              "with one space into one paragraph, also where a line ends with a closed quotation after a full stop ('… wenn es "
              "Herr Gallert würde.\"'), since the copy's empty lines are its paragraph breaks (rules 660, 3590, 4010, 4070); "
              "the contact block and the portal's lines under it ('Themen in dieser Pressemitteilung:', "
              "'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von Benutzer: ots', the date, language, id and "
              "character count lines, 'Kontakt-Informationen:', 'Stadt: Halle', 'Kategorie: Politik & Gesellschaft', the view "
              "counter, the repeated headline with its responsibility line, the disclaimer and 'Alle Meldungen von …') "
              "dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[LO_H, LO_P1],
    # the headline lines carry no marks (rule 5); the quotation before `sagte sie der in Halle erscheinenden "Mitteldeutschen
    # Zeitung"` is Lötzsch's, `sie` taking up the subject of the sentence before (rules 8, 30), the paper's name null (rules 2,
    # 2771); the cue-less quotation after the cue sentence continues her (NOTES.md continuation), its `Wulf Gallert` and `Jens
    # Bullerjahn` the candidates she speaks of; the colon quotation after `Lötzsch fügte hinzu:` is hers (rule 9); Wulf
    # Gallert, Jens Bullerjahn, the Linke, the SPD and the PDS say nothing; `Parteichefin` names only her in the release and is
    # an alias (rule 44), `Vorsitzende der Linkspartei` names the party and is not (rule 33)
    quotes=[(cut(LO_P1, "\"Wenn es rechnerisch", "Entscheidung\""), LOETZSCH),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(LO_P1, "\"Wenn die Linke", "Gallert würde.\""), LOETZSCH),
            (cut(LO_P1, "\"Ich halte", "gab.\""), LOETZSCH)],
    aliases={LOETZSCH: ["Gesine Lötzsch", "Lötzsch", "Parteichefin"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), November 2018: Michael Müller's guest article on the minimum wage ---

MU_T = "Der Tagesspiegel: Müller will Landesmindestlohn für Berlin auf 12,63 Euro erhöhen"
MU_P1 = ("Berlin - Berlins Regierender Bürgermeister Michael Müller hat in einem Gastbeitrag für den \"Tagesspiegel\" "
         "(Sonntagausgabe) angekündigt, den Landesmindestlohn in Berlin ab 2019 \"von mindestens elf Euro schrittweise auf "
         "mindestens 12,63 Euro\" zu erhöhen. Geht es nach Michael Müller, muss der Betrag regelmäßig so angepasst werden, dass "
         "er die Bezieher vor Altersarmut schützt. \"Der Mindestlohn muss endlich als der Lohn ausgebaut werden, bei dem man "
         "weder jetzt noch im Alter auf zusätzliche Sozialleistungen zur Grundsicherung angewiesen ist\", schreibt Müller.")

add(id="ho667-presseportal-tagesspiegel-2018-11-mueller-landesmindestlohn",
    title=MU_T,
    url="https://www.presseportal.de/en/pm/2790/4111741?langid=1",
    retrieved="same address (release of Der Tagesspiegel, Berlin, sent over news aktuell ahead of a Sunday edition; undated in "
              "the stored copy, November 2018 by the crawl date ' date 2018-11' of the finance portal aktiencheck.de's copy of "
              "the same release, seen in the search results and not used, and by the article number 23617740 of the link "
              "line); the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe to Der Tagesspiegel' and the "
              "newsroom label dropped (rules 2770, 3010); the headline with its prefix is the title, the dateline 'Berlin "
              "(ots)' a line of its own and the body one line, its place mark 'Berlin -' kept (rule 3010); the link line "
              "'https://www.tagesspiegel.de/berlin/berliner-senat-mueller-kuendigt-hoeheren-mindestlohn-fuer-berlin-an/"
              "23617740.html' and the service line 'Inhaltliche Rückfragen richten Sie bitte an: Der Tagesspiegel, Newsroom, "
              "Telefon: 030-29021-14909.' dropped (rules 2590, 3710); the contact block 'Pressekontakt: Der Tagesspiegel "
              "Chefin vom Dienst Patricia Wolf …', the line 'Original content of: Der Tagesspiegel, transmitted by news "
              "aktuell' and the lines 'More stories: Der Tagesspiegel' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", MU_P1],
    # the paper's name in marks is null, the paper the medium of the guest article (rules 2, 2771); the marked phrase in the
    # infinitive of `hat in einem Gastbeitrag … angekündigt, … "…" zu erhöhen` and the quotation before `schreibt Müller` are
    # his written words (rules 3, 28, 30); the view phrase `Geht es nach Michael Müller, …` is unmarked (rule 5); the Bezieher
    # say nothing; `Regierender Bürgermeister` names only him in the release and is an alias (rule 44), `Berlins Regierender
    # Bürgermeister` names the Land and is not (rule 33)
    quotes=[("\"Tagesspiegel\"", None),
            ("\"von mindestens elf Euro schrittweise auf mindestens 12,63 Euro\"", MUELLER),
            (cut(MU_P1, "\"Der Mindestlohn", "angewiesen ist\""), MUELLER)],
    aliases={MUELLER: ["Michael Müller", "Müller", "Regierender Bürgermeister"]})

# --- Saarbrücker Zeitung (presseportal.de, newsroom 57706), May 2019: Stefan Körzell of the DGB against a new austerity ---

KO_T = "Saarbrücker Zeitung: DGB warnt die Koalition vor neuer Sparpolitik"
KO_P1 = ("Der Deutsche Gewerkschaftsbund (DGB) warnt Union und SPD vor einer neuen Sparpolitik wegen der erwarteten Einbußen bei "
         "den Steuereinahmen. DGB-Vorstandsmitglied Stefan Körzell sagte der \"Saarbrücker Zeitung\" (Donnerstag): \"Ich kann nur "
         "davor warnen, jetzt den Rotstift zu zücken und die Staatsausgaben zusammenzustreichen.\"")
KO_P2 = ("Mit einer neuen Sparpolitik würde die Lage nur verschlimmert, so Körzell weiter. \"Weniger öffentliche Aufträge an "
         "Unternehmen drücken Nachfrage, Wachstum und Steuereinnahmen weiter nach unten.\" Das gefährde kurzfristig "
         "Arbeitsplätze. \"Und im Sozialbereich zu sparen, bedeutet weniger Geld in den Taschen der Leute, die das Geld auch "
         "ausgeben.\"")
KO_P3 = ("Der Gewerkschafter riet der großen Koalition, die schwarze Null aufzugeben und die Investitionen massiv auszuweiten. "
         "Wenn Bundesfinanzminister Olaf Scholz (SPD) zudem die öffentlichen Kassen schonen wolle, \"muss er Steuergeschenken "
         "für Reiche und Unternehmen eine Absage erteilen\", so Körzell.")

add(id="ho667-presseportal-sz-2019-05-koerzell-dgb-sparpolitik",
    title=KO_T,
    url="https://www.presseportal.de/pm/57706/4264776",
    retrieved="same address (release of the Saarbrücker Zeitung, Saarbrücken, sent over news aktuell for a Thursday edition; "
              "undated in the stored copy, May 2019 by the crawl-date prefix ' date 2019-05' and by its content, the expected "
              "fall in tax revenue before the tax estimate of May 2019, so probably for Thursday 9 May 2019); the crawl-date "
              "prefix and the newsroom label 'Saarbrücker Zeitung' dropped (rules 63, 4040); the headline with its prefix is "
              "the title, the dateline 'Saarbrücken (ots)' a line of its own, the three blocks of the body the paragraphs as "
              "stored (rules 2770, 3710); the published 'Steuereinahmen' (for Steuereinnahmen, which the second paragraph "
              "spells right) kept (rule 20); the stored excerpt ends after the third paragraph, before any contact block; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Saarbrücken (ots)", KO_P1, KO_P2, KO_P3],
    # the colon quotation after `DGB-Vorstandsmitglied Stefan Körzell sagte der "Saarbrücker Zeitung" (Donnerstag):` is his
    # (rule 9), the paper's name null (rules 2, 2771); the cue-less quotations after the Konjunktiv reports `…, so Körzell
    # weiter.` and `Das gefährde kurzfristig Arbeitsplätze.` continue him (NOTES.md continuation); the marked main clause
    # after the unmarked `wenn`-clause, closed by `so Körzell`, is his (rules 3, 30, 3991); the DGB, named in the lead as the
    # body that warns, says nothing in marks (its official speaks); Olaf Scholz, the Union, the SPD and the große Koalition
    # say nothing; `Gewerkschafter` names only him in the release and is an alias (rule 44), `DGB-Vorstandsmitglied` names the
    # federation and is not (rule 33)
    quotes=[("\"Saarbrücker Zeitung\"", None),
            (cut(KO_P1, "\"Ich kann", "zusammenzustreichen.\""), KOERZELL),
            (cut(KO_P2, "\"Weniger", "nach unten.\""), KOERZELL),
            (cut(KO_P2, "\"Und im Sozialbereich", "ausgeben.\""), KOERZELL),
            (cut(KO_P3, "\"muss er", "erteilen\""), KOERZELL)],
    aliases={KOERZELL: ["Stefan Körzell", "Körzell", "Gewerkschafter"]})
