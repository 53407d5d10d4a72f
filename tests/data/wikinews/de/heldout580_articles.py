# Five-hundred-and-eightieth held-out German real-news set (tests/data/heldout580-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3420-3422). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-eightieth held-out set": eight releases of German regional newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what a person told the paper: six of the
# Mitteldeutsche Zeitung, Halle, shown in its newsroom on presseportal.de (licence OTS_MEDIEN: Reiner Haseloff on the toxic
# waste in the Teutschenthal mine, October 2010; Jörg Hacker on the Leopoldina in Halle, November 2010; Patrick Kurth on
# checking Beate Klarsfeld's files, March 2012; Wolfgang Böhmer on the government's campaign to bring emigrants back, April
# 2012; Hans-Georg Wieck on the NSA committee of inquiry, March 2014; Barbara John on Beate Zschäpe, July 2014), one of the
# Lausitzer Rundschau, Cottbus, reposted with its ots dateline by the banking news portal bankkaufmann.com (licence
# OTS_MEDIEN_REPOST_PORTAL, new: Roland Jahn on a Linke head of government in Thuringia, November 2014), and one of the
# Rheinische Post, Düsseldorf, reposted with its ots dateline by the finance portal finanzen.at (licence OTS_MEDIEN_REPOST:
# Franz-Josef Antwerpes on the New Year's Eve assaults in Cologne, January 2016). Stored copies are the `search` tool's
# `pages` excerpts; every release body is complete in them; the newsroom, portal and wire furniture is dropped and the
# hard-wrapped lines of the two portal copies are joined (rules 660, 2770, 3010, 3070, 3420); each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST, OTS_MEDIEN_REPOST_PORTAL  # noqa: E402

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


HASELOFF = "Reiner Haseloff"
HACKER = "Jörg Hacker"
KURTH = "Patrick Kurth"
BOEHMER = "Wolfgang Böhmer"
WIECK = "Hans-Georg Wieck"
JOHN = "Barbara John"
JAHN = "Roland Jahn"
ANTWERPES = "Franz-Josef Antwerpes"
REKER = "Henriette Reker"

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 11 October 2010: Haseloff on the Teutschenthal mine ---

GT_T = "Mitteldeutsche Zeitung: Giftmüll-Skandal in Grube Teutschenthal Haseloff fordert Rauswurf der Geschäftsführung"
GT_P1 = ("Der Skandal um illegal eingelagerte und hochgiftige Filterstäube in der Grube in Teutschenthal (Saalekreis) weitet "
         "sich aus. Das berichtet die in Halle erscheinende Mitteldeutsche Zeitung (Montag-Ausgabe). Wirtschaftsminister "
         "Reiner Haseloff (CDU) sagte, der Grubenbetreiber GTS habe 11.000 Tonnen eingelagert. Im August hatte das "
         "Ministerium noch von 6.000 Tonnen gesprochen, die ohne entsprechende Genehmigung genutzt wurden, um die alte Grube "
         "zu verfüllen. \"Ich erwarte jetzt von den Gesellschaftern, dass die Geschäftsführung des Betreibers komplett neu "
         "besetzt wird\", erklärte Haseloff. Schon Mitte August hatte der Minister erklärt, das Vertrauensverhältnis zum "
         "Betreiber sei \"stark erschüttert\". Die Geiger-Gruppe als Eigentümer lehnt die Forderung ab.")

add(id="ho580-presseportal-mz-2010-10-haseloff-teutschenthal-geschaeftsfuehrung",
    title=GT_T,
    url="https://presseportal.de/pm/47409/1696605?langid=2",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Monday edition of "
              "11 October 2010, dated by the newsroom's next story of '11.10.2010 – 02:00' listed in the stored copy and by the "
              "edition day; the copy with the language parameter nevertheless shows the German interface); the newsroom "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom "
              "label 'Mitteldeutsche Zeitung' dropped (rules 2770, 3010); the headline with its prefix 'Mitteldeutsche "
              "Zeitung:' and its two parts run together as stored is the title, the dateline 'Halle (ots)' a line of its own, "
              "the body one line as stored (rule 3420); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with the teasers of other releases "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", GT_P1],
    # the headline `Haseloff fordert Rauswurf der Geschäftsführung` and the Konjunktiv sentence after `Wirtschaftsminister
    # Reiner Haseloff (CDU) sagte,` are unmarked (rule 5); the quotation before `erklärte Haseloff` is his (rule 30); the
    # partial quotation in the pluperfect report `Schon Mitte August hatte der Minister erklärt, das Vertrauensverhältnis …
    # sei "…"` is his earlier word (rules 3, 3124), `der Minister` taking him up (rules 8, 30); the paper, named without
    # marks, only reports (rule 2771); the Ministerium, the operator GTS, the Gesellschafter and the Geiger-Gruppe say
    # nothing in marks; `Wirtschaftsminister` and `Minister`, which name only him in the release, are aliases (rule 44)
    quotes=[(cut(GT_P1, "\"Ich erwarte", "besetzt wird\""), HASELOFF),
            ("\"stark erschüttert\"", HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff", "Wirtschaftsminister", "Minister"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), November 2010: Jörg Hacker on the Leopoldina in Halle ---

LE_T = ("Mitteldeutsche Zeitung: Nationalakademie Präsident der Nationalakademie: Halle kann von der Leopoldina "
        "profitieren")
LE_P1 = ("Halle profitiert von der Nationalakademie Leopoldina. Das betont Jörg Hacker, Präsident der Akademie der "
         "Naturforscher, im Gespräch mit der in Halle erscheinenden Mitteldeutschen Zeitung (Dienstagausgabe). So habe die "
         "Stadt \"als Sitz der Nationalakademie beste Chancen für seine Bewerbung als 'Stadt der Wissenschaft'\". Die "
         "Nationalakademie legt heute den Grundstein für den Umbau ihres neuen Domizils in Halle, einem einstigen "
         "Logengebäude aus dem 19. Jahrhundert. Es befindet sich in unmittelbarer Nachbarschaft zum Landes-Kunstmuseum "
         "Moritzburg, mit dem eine gemeinsame Ausstellung geplant sei. Zusammenarbeit solle es zudem mit der halleschen "
         "Universität geben, die am gleichen Standort ein eigenes Museum plant. Hacker: \"Es entsteht eine Art Campus.\" "
         "Darüber hinaus werde sich die Leopoldina den Schulen öffnen. \"Wir sind sehr für Populärwissenschaft.\"")

add(id="ho580-presseportal-mz-2010-11-hacker-leopoldina-halle",
    title=LE_T,
    url="https://presseportal.de/pm/47409/1713552?langid=5",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Tuesday edition, "
              "9 November 2010 by the newsroom's stories of '08.11.2010 – 19:36' and '08.11.2010 – 02:00' listed in the "
              "stored copy and by the laying of the foundation stone 'heute'; the copy with the language parameter "
              "nevertheless shows the German interface); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline with "
              "its prefix and its section kicker 'Nationalakademie' run into it as stored is the title, the dateline 'Halle "
              "(ots)' a line of its own, the body one line as stored (rule 3420); the published 'für seine Bewerbung' (of "
              "'die Stadt') kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", LE_P1],
    # the headline label `Präsident der Nationalakademie:` carries no marks and no span (rule 5); the first sentence is the
    # paper's unmarked rendering of what `Das betont Jörg Hacker … im Gespräch mit …` gives him; the partial quotation in
    # the Konjunktiv sentence after it is his (rules 3, 25), and the competition's name in ASCII single marks nested in it
    # stays inside his span without a span of its own (rules 110, 160; build.py does not check single marks, checked by
    # eye); the quotation after the verbless label `Hacker:` is his (rules 9, 54), and the cue-less one after the Konjunktiv
    # sentence `Darüber hinaus werde sich die Leopoldina den Schulen öffnen.`, which goes on reporting his answer, is his
    # too, its `Wir` speaking for the academy (NOTES.md continuation, rule 2614); the paper is the addressee (rule 12); the
    # Landes-Kunstmuseum Moritzburg and the university say nothing; `Präsident der Akademie der Naturforscher` and
    # `Präsident der Nationalakademie` name the academy and are no aliases (rule 33)
    quotes=[(cut(LE_P1, "\"als Sitz", "Wissenschaft'\""), HACKER),
            ("\"Es entsteht eine Art Campus.\"", HACKER),
            ("\"Wir sind sehr für Populärwissenschaft.\"", HACKER)],
    aliases={HACKER: ["Jörg Hacker", "Hacker"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), March 2012: Patrick Kurth on Beate Klarsfeld's files ---

KL_T = ("Mitteldeutsche Zeitung: Bundespräsidentschaft Schwarz-Gelb will Linkenkandidatin Klarsfeld auf Stasi-Mitarbeit "
        "prüfen lassen")
KL_P1 = ("Die schwarz-gelbe Koalition erwägt, die Präsidentschaftskandidatin der Linkspartei, Beate Klarsfeld, auf "
         "Stasi-Mitarbeit überprüfen zu lassen. Das berichtet die in Halle erscheinende \"Mitteldeutsche Zeitung\" "
         "(Online-Ausgabe) unter Berufung auf den Sprecher der FDP-Bundestagsfraktion für den Aufbau Ost, Patrick Kurth. Das "
         "neue Stasi-Unterlagen-Gesetz ließe dies zu, so der FDP-Politiker. Laut Paragraph 19 des Gesetzes könnten "
         "öffentliche Amtspersonen dahingehend überprüft werden, ob sie als Inoffizielle Mitarbeiter tätig waren. "
         "Bundestagspräsident Norbert Lammert (CDU) als Vorsitzender der Bundesversammlung müsste einen entsprechenden Antrag "
         "stellen. Kurth will allerdings davon absehen, einen entsprechenden Druck zu entfalten. \"Wir wissen natürlich, dass "
         "wir Frau Klarsfeld mit dem neuen Stasi-Unterlagen-Gesetz überprüfen lassen könnten\", sagte er der "
         "\"Mitteldeutschen Zeitung\". \"Ich bin aber nicht dafür, weil wir die Kandidaten nicht in eine für sie bequeme "
         "Opferrolle drängen wollen. Die Medienberichte sprechen für sich.\" Klarsfeld war in den letzten Tagen ins Gerede "
         "gekommen, weil sie bei der Jagd auf ehemalige Nazis im Westen auf Informationen der Staatssicherheit "
         "zurückgegriffen und nach ihrer Ohrfeige für den damaligen Bundeskanzler Kurt Georg Kiesinger (CDU) von der SED "
         "2000 D-Mark bekommen hatte.")

add(id="ho580-presseportal-mz-2012-03-kurth-klarsfeld-stasi-pruefung",
    title=KL_T,
    url="https://presseportal.de/pm/47409/2213724",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell on its online edition; "
              "undated in the stored copy, 9 or 10 March 2012 by the newsroom's story of '09.03.2012 – 19:09' listed in it "
              "and by its content (Beate Klarsfeld as candidate of the Linke for the Federal Convention of 18 March 2012)); "
              "two stored copies of the address, one with and one without the widget lines 'Alle Storys', 'Folgen', 'Keine "
              "Story von Mitteldeutsche Zeitung mehr verpassen.' and the newsroom label, the same text otherwise; widget and "
              "label dropped (rules 2770, 3010); the headline with its prefix and its section kicker 'Bundespräsidentschaft' "
              "run into it as stored is the title, the dateline 'Halle (ots)' a line of its own, the body one line as stored "
              "(rule 3420); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: 0345 565 "
              "4200', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Mitteldeutsche Zeitung' with its teaser dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", KL_P1],
    # the paper's name in marks is null twice, once as the reporter and once as the addressee (rules 2, 2771); the
    # Konjunktiv sentence closed by `so der FDP-Politiker` is unmarked (rule 5); the quotation before `sagte er der
    # "Mitteldeutschen Zeitung"` is Kurth's, `er` taking up the subject of the sentence before (rules 8, 30), and the
    # cue-less quotation after it continues him (NOTES.md continuation); Beate Klarsfeld (`Frau Klarsfeld`, spoken of inside
    # his quotation), the coalition, Norbert Lammert, Kurt Georg Kiesinger and the SED say nothing; `Sprecher der
    # FDP-Bundestagsfraktion für den Aufbau Ost` and `FDP-Politiker` name the party and are no aliases (rule 33)
    quotes=[("\"Mitteldeutsche Zeitung\"", None),
            (cut(KL_P1, "\"Wir wissen", "lassen könnten\""), KURTH),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(KL_P1, "\"Ich bin aber", "für sich.\""), KURTH)],
    aliases={KURTH: ["Patrick Kurth", "Kurth"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), 10 April 2012: Wolfgang Böhmer on the return campaign ---

BO_T = "Mitteldeutsche Zeitung: Landesregierung Böhmer sieht Rückhol-Aktion kritisch"
BO_P1 = ("Der ehemalige Ministerpräsident Wolfgang Böhmer (CDU) hat sich kritisch zu einer Aktion der Landesregierung "
         "geäußert, mit der ehemalige Landeskinder nach Sachsen-Anhalt zurückgeholt werden sollen. In einem Gespräch mit der "
         "Mitteldeutschen Zeitung (Dienstagausgabe) sagte Böhmer, dies sei eine \"originäre Aufgabe\" der Betriebe und der "
         "Arbeitsverwaltung. \"Als Ministerpräsident können Sie den Leuten ja nicht eine bestimmte Tarifhöhe versprechen, das "
         "muss der Arbeitgeber machen\", sagte Böhmer. Ministerpräsident Reiner Haseloff (CDU) will am kommenden Montag nach "
         "Baden-Württemberg fahren und unter anderem abends in Stuttgart in einem Lokal mit Rückkehrwilligen ins Gespräch "
         "kommen. Böhmer bewertete gegenüber der MZ auch den Koalitionsvertrag, den CDU und SPD vor einem Jahr geschlossen "
         "hatten. Die SPD-Landesvorsitzende Katrin Budde habe damals mit einem gewissen Stolz gesagt, die SPD habe mit 21 "
         "Prozent der Wählerstimmen 80 Prozent ihres Programms durchgesetzt. \"Ich denke, sie hat Recht\", sagte Böhmer.")

add(id="ho580-presseportal-mz-2012-04-boehmer-rueckhol-aktion",
    title=BO_T,
    url="https://presseportal.de/en/pm/47409/2231431",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Tuesday edition of "
              "10 April 2012, dated by the newsroom's stories of '09.04.2012' listed in the stored copy and by the edition "
              "day); the English interface: the widget lines 'All Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' "
              "and the newsroom label dropped (rule 3010); the headline with its prefix and its section kicker "
              "'Landesregierung' run into it as stored is the title, the dateline 'Halle (ots)' a line of its own, the body "
              "one line as stored (rule 3420); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin "
              "Telefon: 0345 565 4200', the line 'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell' "
              "and the list 'More stories: Mitteldeutsche Zeitung' with its teasers dropped; the published 'Recht' kept (rule "
              "20); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", BO_P1],
    # the partial quotation in the Konjunktiv sentence after `sagte Böhmer,` is his (rules 3, 25); the two quotations before
    # `sagte Böhmer` are his (rule 30), the second after the Konjunktiv report of what Katrin Budde said a year earlier,
    # without marks: her words are reported, his verdict on them is quoted, and the `sie` inside his quotation is Budde,
    # spoken of (rules 5, 30); the paper, named without marks and as `der MZ`, is the addressee (rule 12); Reiner Haseloff,
    # the Landesregierung, CDU and SPD say nothing in marks; `Der ehemalige Ministerpräsident` is no alias, since
    # `Ministerpräsident` also names Haseloff in the release (rule 44)
    quotes=[("\"originäre Aufgabe\"", BOEHMER),
            (cut(BO_P1, "\"Als Ministerpräsident", "machen\""), BOEHMER),
            ("\"Ich denke, sie hat Recht\"", BOEHMER)],
    aliases={BOEHMER: ["Wolfgang Böhmer", "Böhmer"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), March 2014: Hans-Georg Wieck on the NSA committee ---

WI_T = ("Mitteldeutsche Zeitung: NSA-Untersuchungsausschuss BND-Präsident: Bestandsaufnahme der Kooperation von "
        "Geheimdiensten")
WI_P1 = ("Der ehemalige Präsident des Bundesnachrichtendienstes (BND), Hans-Georg Wieck, hält den geplanten "
         "NSA-Untersuchungsausschuss des Bundestages für sinnvoll. \"Es wird eine Bestandsaufnahme der Kooperation deutscher "
         "Geheimdienste mit den Geheimdiensten verbündeter Länder geben\", sagte er der in Halle erscheinenden "
         "\"Mitteldeutschen Zeitung\" (Samstag-Ausgabe). \"Und es wird eine Untersuchung geben, welche Aktivitäten "
         "Geheimdienste verbündeter Länder in Deutschland in Unkenntnis deutscher Stellen unternehmen und wo es "
         "Vereinbarungen gibt, die auf den Prüfstand müssen. All das ist notwendig, um eine neue Ordnung in das System zu "
         "bringen zum Schutz deutscher Interessen.\" Wieck fügte hinzu, er erwarte Empfehlungen für zusätzliche auch "
         "technologische Aufwendungen, \"um sich unerwünschter Ausspähungen durch die Nachrichtendienste verbündeter Länder "
         "künftig zu erwehren\".")

add(id="ho580-presseportal-mz-2014-03-wieck-nsa-untersuchungsausschuss",
    title=WI_T,
    url="http://www.presseportal.de/pm/47409/2688351",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Saturday edition "
              "of 15 March 2014, dated by the newsroom's stories of '14.03.2014 – 19:11' and '14.03.2014 – 19:10' listed in the "
              "stored copy and by the edition day); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche "
              "Zeitung mehr verpassen.' and the newsroom label dropped (rules 2770, 3010); the headline with its prefix and "
              "its section kicker 'NSA-Untersuchungsausschuss' run into it as stored is the title, the dateline 'Halle (ots)' "
              "a line of its own, the body one line as stored (rule 3420); the contact block 'Pressekontakt: Mitteldeutsche "
              "Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", WI_P1],
    # the headline label `BND-Präsident:` carries no marks and no span (rule 5); the quotation before `sagte er der …
    # "Mitteldeutschen Zeitung"` is Wieck's, `er` taking up the subject of the sentence before (rules 8, 30), and the
    # cue-less quotation after it continues him (NOTES.md continuation); the partial quotation that ends his Konjunktiv
    # report after `Wieck fügte hinzu,` is his (rules 3, 25); the paper's name in marks is null (rules 2, 2771); the
    # Bundestag, the BND and the allied services say nothing; `Der ehemalige Präsident des Bundesnachrichtendienstes (BND)`
    # and `BND-Präsident` name the service and are no aliases (rule 33)
    quotes=[(cut(WI_P1, "\"Es wird eine", "Länder geben\""), WIECK),
            ("\"Mitteldeutschen Zeitung\"", None),
            (cut(WI_P1, "\"Und es wird", "Interessen.\""), WIECK),
            (cut(WI_P1, "\"um sich", "erwehren\""), WIECK)],
    aliases={WIECK: ["Hans-Georg Wieck", "Wieck"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), July 2014: Barbara John on Beate Zschäpe ---

JO_T = "Mitteldeutsche Zeitung: Rechtsterror Ombudsfrau der NSU-Opfer hofft auf Aussage von Zschäpe"
JO_P1 = ("Die Ombudsfrau der Bundesregierung für die NSU-Opfer und ihre Angehörigen, Barbara John, hofft nach den jüngsten "
         "Entwicklungen im NSU-Prozess auf eine Aussage der Hauptangeklagten Beate Zschäpe. \"Wenn Frau Zschäpe sagt, was sie "
         "weiß, dann wäre das auch für die Opfer eine Klärung der Frage, die sie sich immer wieder stellen: Warum unsere "
         "Angehörigen?\", sagte sie der in Halle erscheinenden \"Mitteldeutschen Zeitung\" (Freitag-Ausgabe) angesichts von "
         "Zschäpes Versuch, sich von ihren Verteidigern zu trennen. \"Ich hoffe, dass das der Grund ihres Verhaltens ist.\" "
         "Eine Verzögerung des Prozesses sei jedenfalls nicht akzeptabel. \"Es ist ohnehin schon so viel Zeit vergangen\", "
         "beklagte John mit Blick auf die teilweise über zehn Jahre zurück liegenden Taten und den aufgrund des Streits um "
         "die Akkreditierung türkischer Journalisten verzögerten Prozessbeginn. \"Durch einen weiteren Zeitverzug wird die "
         "Sache immer komplizierter. Eine Verschiebung wäre eine Katastrophe.\"")

add(id="ho580-presseportal-mz-2014-07-john-aussage-zschaepe",
    title=JO_T,
    url="https://presseportal.de/pm/47409/2786994",
    retrieved="same address (release of the Mitteldeutsche Zeitung, Halle, sent over news aktuell for the Friday edition, "
              "18 July 2014 by the newsroom's stories of '17.07.2014' listed in the stored copy and by the edition day); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the "
              "newsroom label dropped (rules 2770, 3010); the headline with its prefix and its section kicker 'Rechtsterror' "
              "run into it as stored is the title, the dateline 'Halle (ots)' a line of its own, the body one line as stored "
              "(rule 3420); the published 'zurück liegenden' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche "
              "Zeitung Hartmut Augustin Telefon: 0345 565 4200', the line 'Original-Content von: Mitteldeutsche Zeitung, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Mitteldeutsche Zeitung' with its teasers "
              "dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", JO_P1],
    # the quotation before `sagte sie der … "Mitteldeutschen Zeitung"` is John's: `sie` takes up the subject of the sentence
    # before, not Beate Zschäpe, the other woman named there, whom the quotation speaks of as `Frau Zschäpe` (rules 8, 30,
    # 3422); the cue-less quotation after the cue's sentence continues her (NOTES.md continuation); the quotation before
    # `beklagte John` is hers (rule 30), and the cue-less one after it continues her; the Konjunktiv sentence between is
    # unmarked (rule 5); the paper's name in marks is null (rules 2, 2771); Zschäpe, her defence lawyers, the victims and
    # the Turkish journalists say nothing; `Die Ombudsfrau der Bundesregierung für die NSU-Opfer und ihre Angehörigen` and
    # the headline's `Ombudsfrau der NSU-Opfer` name the office and are no aliases (rule 33)
    quotes=[(cut(JO_P1, "\"Wenn Frau", "Angehörigen?\""), JOHN),
            ("\"Mitteldeutschen Zeitung\"", None),
            ("\"Ich hoffe, dass das der Grund ihres Verhaltens ist.\"", JOHN),
            ("\"Es ist ohnehin schon so viel Zeit vergangen\"", JOHN),
            (cut(JO_P1, "\"Durch einen", "Katastrophe.\""), JOHN)],
    aliases={JOHN: ["Barbara John", "John"]})

# --- Lausitzer Rundschau (ots, reposted by bankkaufmann.com), 1 November 2014: Roland Jahn on red-red-green in Thuringia ---

JA_T = ("Lausitzer Rundschau: Rot-rot-grüne Regierung in Thüringen verletzt nach Ansicht von Stasi-Unterlagen-Chef Jahn "
        "die Gefühle der Opfer der SED")
JA_P1 = join("Cottbus (ots) - Der Bundesbeauftragte für die Unterlagen des",
             "Staatssicherheitsdienstes, Roland Jahn, hat die geplante",
             "rot-rot-grüne Koalition in Thüringen unter einem linken",
             "Ministerpräsidenten kritisiert. Jahn sagte der in Cottbus",
             "erscheinenden \"Lausitzer Rundschau\"(Sonnabendausgabe): \"Die Politiker",
             "in Thüringen sollten schon wissen, dass die Opfer der SED-Diktatur",
             "sich verletzt fühlen, wenn dort ein linker Ministerpräsident regiert,",
             "egal wie er heißt.\" Denn die Linkspartei sei bis jetzt nicht als eine",
             "Partei wahrgenommen worden, \"der es mit der Aufarbeitung wirklich",
             "ernst ist\".")
JA_P2 = join("Jahn wurde in den 1980er Jahren als Bürgerrechtler im",
             "thüringischen Jena verfolgt und von der DDR schließlich ausgebürgert.",
             "In dem Interview hielt der Stasi-Unterlagen-Chef an dem Begriff",
             "Unrechtsstaat für die DDR fest, der bei den Koalitionsverhandlungen",
             "in Thüringen derzeit eine wichtige Rolle spielt. \"Die DDR war ein",
             "Unrechtsstaat. Und es ist auch wichtig, dass wir das benennen, weil",
             "dies bei der Aufarbeitung klar macht, dass es hier um ein System",
             "geht, bei dem vom Staat Unrecht ausging\". Mit dem Begriff sei nicht",
             "die ganze Gesellschaft gemeint, auch nicht die Biografien der",
             "Einzelnen, sondern das System. \"Aber jeder Einzelne sollte sich schon",
             "die Frage stellen, wie er in diesem Unrechtsstaat gelebt hat\", fügte",
             "Jahn hinzu. \"Wie er, vielleicht auch als kleines Rädchen, im System",
             "funktioniert hat. Und sicher gilt das für die größeren Räder, die",
             "SED-Funktionäre.\"")

add(id="ho580-bankkaufmann-lr-2014-11-01-jahn-rot-rot-gruen-thueringen",
    title=JA_T,
    url="https://bankkaufmann.com/meldung-554339.html",
    retrieved="same address (release of the Lausitzer Rundschau, Cottbus, sent over news aktuell for the Saturday edition of "
              "1 November 2014 ('Sonnabendausgabe'; the portal's date line 'Geschrieben am 01-11-2014'), reposted by the "
              "banking news portal bankkaufmann.com with the ots dateline 'Cottbus (ots) -'; the sender is named in the "
              "headline prefix 'Lausitzer Rundschau:' and the contact block); the portal's login link '(Registrieren)' and date "
              "line dropped (rules 3070, 3420); the headline is the title; the copy is hard-wrapped with an empty line between "
              "the two paragraphs, so the lines of each paragraph are joined with a space and the empty line is the break "
              "(rules 660, 3070); the dateline stays run into the first paragraph as stored; the published '\"Lausitzer "
              "Rundschau\"(Sonnabendausgabe)' without space kept (rule 20); the contact block 'Pressekontakt: Lausitzer "
              "Rundschau Büro Berlin Telefon: 030/226 20 230' and the portal's lines under it ('Kontaktinformationen: …', the "
              "rating and topic notices, the operator's address) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PORTAL,
    paras=[JA_P1, JA_P2],
    # the headline's `nach Ansicht von Stasi-Unterlagen-Chef Jahn` carries no marks and no span (rule 5); the paper's name
    # in marks is null (rules 2, 2771); the colon quotation after `Jahn sagte der … "Lausitzer Rundschau"(Sonnabendausgabe):`
    # is his (rule 9), and the partial quotation that ends the Konjunktiv sentence `Denn die Linkspartei sei … wahrgenommen
    # worden, "…"` after it is his, not the party's, which is spoken of (rules 3, 908, 3034); the cue-less quotation after
    # the narrator's report `In dem Interview hielt der Stasi-Unterlagen-Chef an dem Begriff Unrechtsstaat … fest` is his
    # (rule 8, NOTES.md continuation); the quotation before `fügte Jahn hinzu` is his (rule 30), and the cue-less one after
    # it continues him (NOTES.md continuation); the first persons plural inside his quotations make no one else a speaker;
    # the Linkspartei, the Thuringian politicians, the SED and its Funktionäre say nothing; `Der Bundesbeauftragte für die Unterlagen des
    # Staatssicherheitsdienstes` and `Stasi-Unterlagen-Chef` name the office and its files and are no aliases (rule 33)
    quotes=[("\"Lausitzer Rundschau\"", None),
            (cut(JA_P1, "\"Die Politiker", "er heißt.\""), JAHN),
            (cut(JA_P1, "\"der es mit", "ernst ist\""), JAHN),
            (cut(JA_P2, "\"Die DDR war", "Unrecht ausging\""), JAHN),
            (cut(JA_P2, "\"Aber jeder", "gelebt hat\""), JAHN),
            (cut(JA_P2, "\"Wie er,", "SED-Funktionäre.\""), JAHN)],
    aliases={JAHN: ["Roland Jahn", "Jahn"]})

# --- Rheinische Post (ots, shown by finanzen.at), 7 January 2016: Franz-Josef Antwerpes on the Cologne assaults ---

AN_T = "Rheinische Post: Antwerpes: Übergriffe interessieren die Kölner nicht"
AN_P1 = join("Düsseldorf (ots) - Für die Übergriffe auf dem Kölner Hauptbahnhof",
             "interessierten sich die Kölner nach Einschätzung von Franz-Josef",
             "Antwerpes (SPD) \"nur am Rande\". Der in Düsseldorf erscheinenden",
             "\"Rheinischen Post\" (Freitagausgabe) sagte der langjährige Kölner",
             "Regierungspräsident (1978-1999): \"Für den normalen Kölner ist das",
             "nichts Besonderes.\" Der 81-Jährige sagte, er glaube auch nicht, dass",
             "sich die Ausschreitungen negativ auf das Image der Domstadt auswirken",
             "werden. Die Kölner Oberbürgermeisterin Henriette Reker habe mit ihren",
             "Verhaltensempfehlungen sicher keinen \"Super-Start\" hingelegt. Ihr",
             "Vorschlag, dass Frauen eine \"Armlänge\" Distanz zu Männern wahren",
             "sollten, sei \"aus dem Herzen\" gekommen. Die Frage, ob sie für das",
             "Kölner Spitzenamt geeignet sei, entscheide sich aber nicht daran,",
             "sondern vor allem an der Frage, wie sie die Verwaltung der Domstadt",
             "führe und wie durchsetzungsstark sie sei.")

add(id="ho580-ots-rp-2016-01-07-antwerpes-uebergriffe-koeln",
    title=AN_T,
    url="https://script.finanzen.at/nachrichten/aktien/rheinische-post-antwerpes-uebergriffe-interessieren-die-koelner-nicht-"
        "1000987309",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Friday edition, "
              "7 January 2016 by the portal's time line '07.01.2016 16:27:41', shown unchanged by the finance portal "
              "finanzen.at with the ots dateline 'Düsseldorf (ots) -'; the 531st set's notes name a release on "
              "Antwerpes in the paper's newsroom, pm/30621/3113200, not looked at for this set); the portal's time line and "
              "the separator line '|' before the headline dropped (rule 3420); the headline with its prefix 'Rheinische "
              "Post:' and the label 'Antwerpes:' is the title; the body, hard-wrapped without an empty line, is one "
              "paragraph, its lines joined with a space, the dateline run in as stored (rules 660, 2770, 3420); the lines "
              "'OTS: Rheinische Post newsroom: http://www.presseportal.de/nr/30621 newsroom via RSS: …', "
              "'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' and the portal's advertising lines "
              "('Wenn Sie mehr über das Thema Aktien erfahren wollen, …', 'Jetzt informieren!') dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[AN_P1],
    # the partial quotation after `nach Einschätzung von Franz-Josef Antwerpes (SPD)` is his, the phrase naming him as the
    # source of the assessment (rules 3, 25); the paper's name in marks is null (rules 2, 2771); the colon quotation after
    # `sagte der langjährige Kölner Regierungspräsident (1978-1999):` is his (rules 9, 30); in his Konjunktiv report on
    # Henriette Reker, `keinen "Super-Start"` and `sei "aus dem Herzen" gekommen` are his verdicts (rules 3, 908, 3034), while
    # `eine "Armlänge"` inside `Ihr Vorschlag, dass Frauen …` is the word of Reker's advice, which his verdict judges (rules
    # 2772, 3124, 3421); `Der 81-Jährige` and `der langjährige Kölner Regierungspräsident` take him up (rules 8, 30), the
    # second naming the city and so no alias (rule 33); the Kölner and the women say nothing
    quotes=[("\"nur am Rande\"", ANTWERPES),
            ("\"Rheinischen Post\"", None),
            (cut(AN_P1, "\"Für den normalen", "Besonderes.\""), ANTWERPES),
            ("\"Super-Start\"", ANTWERPES),
            ("\"Armlänge\"", REKER),
            ("\"aus dem Herzen\"", ANTWERPES)],
    aliases={ANTWERPES: ["Franz-Josef Antwerpes", "Antwerpes"],
             REKER: ["Henriette Reker"]})
