# Five-hundred-and-thirty-first held-out German real-news set (tests/data/heldout531-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3010-3015). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number or portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against
# every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation
# was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run
# on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-first held-out set": nine releases of German regional newspapers
# sent over the ots service of news aktuell ahead of their editions, each reporting what politicians told the paper. Eight
# are shown in the papers' newsrooms on presseportal.de (licence OTS_MEDIEN): two of the Neue Osnabrücker Zeitung (Wolfgang
# Bosbach after the federal election, September 2013; Annegret Kramp-Karrenbauer on the migration year 2015, November
# 2018), three of the Mitteldeutsche Zeitung (Matthias Höhn and Jan Korte of the Linke before the Land election, December
# 2010; Reiner Haseloff on his minister Jörg Felgner, September 2016; Johannes Menke's letter on André Schröder, November
# 2017), one of the Märkische Oderzeitung (Dietmar Woidke before his election as Ministerpräsident, 2013), one of the
# Rheinische Post (Jörg Schönbohm on the Bleiberecht compromise, 2006) and one of the Kölner Stadt-Anzeiger (Armin Laschet
# on the state ceremony for Helmut Kohl, June 2017). One, a Neue Osnabrücker Zeitung release on Mario Czaja and the Berlin
# coalition (March 2023), is shown unchanged by finanznachrichten.de with the ots dateline (licence OTS_MEDIEN_REPOST).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), the newsroom, portal and wire furniture is dropped and the line layouts undone (rules 660, 2590, 2691,
# 2770, 3010), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BOSBACH = "Wolfgang Bosbach"
AKK = "Annegret Kramp-Karrenbauer"
CZAJA = "Mario Czaja"
HOEHN = "Matthias Höhn"
KORTE = "Jan Korte"
HASELOFF = "Reiner Haseloff"
MENKE = "Johannes Menke"
WOIDKE = "Dietmar Woidke"
SCHOENBOHM = "Jörg Schönbohm"
LASCHET = "Armin Laschet"

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), September 2013: Bosbach after the federal election ---

BO_T = "Neue OZ: Neue OZ - Gespräch mit Wolfgang Bosbach, CDU-Innenexperte"
BO_H = "CDU-Innenexperte dämpft Siegesfreude der Union"
BO_SUB = ("\"Uns ist der Wunschpartner für eine Koalition abhanden gekommen\" - Bosbach: Etwaige Verhandlungen mit der SPD "
          "sicher schwer und zäh")
BO_P1 = ("Osnabrück.- CDU-Innenexperte Wolfgang Bosbach hat die Siegesfreude der Union gedämpft. In einem Gespräch mit der "
         "\"Neuen Osnabrücker Zeitung\"(Mittwoch) sagte Bosbach: \"So schön es ist, dass die Union über 41 Prozent der "
         "Stimmen erzielt hat, bei nüchterner Betrachtung müssen wir feststellen, dass uns der Wunschpartner für eine "
         "Koalition abhanden gekommen ist.\"")
BO_P2 = ("Die Union habe das Bündnis mit der FDP fortsetzen wollen, dieses Ziel aber leider verfehlt. \"Etwaige "
         "Koalitionsverhandlungen mit der SPD werden sicher schwer und zäh\", sagte der CDU-Abgeordnete. Es gebe in der SPD "
         "starke Kräfte, die eine Große Koalition gar nicht wollten.")
BO_P3 = ("\"Wir sollten jetzt nicht über Neuwahlen spekulieren. Was soll das bringen?\", betonte Bosbach weiter. Die Parteien "
         "müssten das Wahlergebnis so nehmen wie es sei. \"Wir können ja nicht so lange wählen, bis jede Partei zufrieden "
         "ist\", erklärte der Christdemokrat.")

add(id="ho531-presseportal-noz-2013-09-bosbach-wunschpartner",
    title=BO_T,
    url="https://presseportal.de/en/pm/58964/2562778?langid=1",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell ahead of a Wednesday edition, "
              "September 2013 by its content (the Union's 41 per cent in the federal election of 22 September 2013) and by "
              "the newsroom's next story of 24.09.2013 listed in the stored copy; English interface of the newsroom); the "
              "newsroom widget lines 'All Stories', 'Follow', 'Subscribe to Neue Osnabrücker Zeitung' and the newsroom "
              "label 'Neue Osnabrücker Zeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix 'Neue OZ:' is "
              "the title, the dateline 'Osnabrück (ots)', the release's own headline 'CDU-Innenexperte dämpft …' and its "
              "subtitle lines of their own as stored (rules 123, 3010); the place mark 'Osnabrück.-' at the start of the "
              "body and the missing space in '\"Neuen Osnabrücker Zeitung\"(Mittwoch)' kept (rule 20); the contact block "
              "'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: …', the line 'Original content of: Neue "
              "Osnabrücker Zeitung, transmitted by news aktuell' and the list 'More stories: Neue Osnabrücker Zeitung' with "
              "the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", BO_H, BO_SUB, BO_P1, BO_P2, BO_P3],
    # the subtitle quotation before the dash and the label `Bosbach:` is his, the body giving the same words to him after
    # `sagte Bosbach:` (rules 26, 107, 3011); the paper's name in marks is null and the paper the addressee (rules 2, 12,
    # 2771); the colon quotation after `sagte Bosbach:` is his (rule 9); `sagte der CDU-Abgeordnete`, `betonte Bosbach
    # weiter` and `erklärte der Christdemokrat` are his cues (rule 30), the Konjunktiv reports between them unmarked (rule
    # 5); `Christdemokrat`, which names only him, is an alias (rule 44), while `CDU-Innenexperte` and `CDU-Abgeordnete` name
    # the party and are not (rule 33)
    quotes=[("\"Uns ist der Wunschpartner für eine Koalition abhanden gekommen\"", BOSBACH),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(BO_P1, "\"So schön", "abhanden gekommen ist.\""), BOSBACH),
            (cut(BO_P2, "\"Etwaige", "zäh\""), BOSBACH),
            (cut(BO_P3, "\"Wir sollten", "bringen?\""), BOSBACH),
            (cut(BO_P3, "\"Wir können", "zufrieden ist\""), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach", "Christdemokrat"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), November 2018: Kramp-Karrenbauer on the year 2015 ---

AK_T = "NOZ: CDU-Generalsekretärin: Aufarbeitung des Migrations-Jahres 2015 hat mit Schlussstrich nichts zu tun"
AK_H = "CDU-Generalsekretärin: Aufarbeitung des Migrations-Jahres 2015 hat mit Schlussstrich nichts zu tun"
AK_SUB = "\"Union darf Grundkonflikte nicht verdrängen\" - Vorsitz-Kandidatin will \"das Rad aber nicht neu erfinden\""
AK_P1 = ("Osnabrück. CDU-Generalsekretärin Annegret Kramp-Karrenbauer hat die Aufarbeitung des Flüchtlings-Herbstes 2015 als "
         "existenziell \"wichtig\" für die Union bezeichnet. Dies werde der CDU \"guttun\", sagte die Kandidatin für den "
         "CDU-Vorsitz im Interview mit der \"Neuen Osnabrücker Zeitung\". Diese Bewertung habe \"nichts mit einem "
         "Schlussstrich zu tun\", sondern mit der Feststellung, dass die Debatte über dieses Thema anhalte. \"Was passiert, "
         "wenn man Grundkonflikte nicht wirklich miteinander ausspricht, kann man bei der SPD beobachten bei der Frage, ob "
         "Hartz IV gut oder schlecht war\", sagte die 56-Jährige. Sie halte es für notwendig, aus 2015 zu lernen. \"Das ist "
         "wichtig auch für unser Europawahlprogramm 2019\", erklärte sie. Nötig sei die Sachkenntnis aus unterschiedlichen "
         "Bereichen der Partei an einen Tisch zu bringen. \"Wir müssen das Rad dabei aber nicht komplett neu erfinden\", "
         "betonte Kramp-Karrenbauer.")

add(id="ho531-presseportal-noz-2018-11-kramp-karrenbauer-migrationsjahr-2015",
    title=AK_T,
    url="https://presseportal.de/pm/58964/4118180",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell, November 2018 by its content "
              "(Kramp-Karrenbauer, 56, as candidate for the CDU chair before the party congress of December 2018) and its "
              "release number; undated in the stored copy); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story "
              "von Neue Osnabrücker Zeitung mehr verpassen.' and the newsroom label 'Neue Osnabrücker Zeitung' dropped (rules "
              "2590, 2770, 3010); the headline with its prefix 'NOZ:' is the title; the dateline 'Osnabrück (ots)', the "
              "headline repeated without the prefix and the subtitle lines of their own as stored (rules 123, 3010); the "
              "place mark 'Osnabrück.' at the start of the body kept; the rule of underscores '____…' and the second story "
              "after it ('Kramp-Karrenbauer will Merz in jedem Fall in Parteiarbeit einbinden', its subtitle '\"Das war bisher "
              "noch nie ein Problem für mich\" - …' and its paragraph, cut off in the stored copy after 'im Interview mit der "
              "\"Neuen Os') dropped (rules 15, 3010))",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", AK_H, AK_SUB, AK_P1],
    # the headline and its repetition name the speaker only by office and carry no marks (rule 5); the subtitle's first
    # quotation, without a name, and the phrase after `Vorsitz-Kandidatin will` are hers, the body naming her with that office
    # and giving her the same subject and nearly the same words (`Grundkonflikte`, `Wir müssen das Rad dabei aber nicht
    # komplett neu erfinden`; rules 26, 107, 169, 3012); the single marked words `"wichtig"` and `"guttun"` and the phrase
    # `"nichts mit einem Schlussstrich zu tun"` in her reported speech are hers (rules 3, 25, 915); the paper's name is null
    # (rules 2, 2771); `sagte die 56-Jährige`, `erklärte sie` and `betonte Kramp-Karrenbauer` are her cues (rules 8, 30);
    # `Vorsitz-Kandidatin` and `56-Jährige` name only her and are aliases (rule 44), `CDU-Generalsekretärin` and `die
    # Kandidatin für den CDU-Vorsitz` name the party and are not (rule 33); the SPD says nothing
    quotes=[("\"Union darf Grundkonflikte nicht verdrängen\"", AKK),
            ("\"das Rad aber nicht neu erfinden\"", AKK),
            ("\"wichtig\"", AKK),
            ("\"guttun\"", AKK),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            ("\"nichts mit einem Schlussstrich zu tun\"", AKK),
            (cut(AK_P1, "\"Was passiert", "schlecht war\""), AKK),
            (cut(AK_P1, "\"Das ist", "2019\""), AKK),
            (cut(AK_P1, "\"Wir müssen", "erfinden\""), AKK)],
    aliases={AKK: ["Annegret Kramp-Karrenbauer", "Kramp-Karrenbauer", "Vorsitz-Kandidatin", "56-Jährige"]})

# --- Neue Osnabrücker Zeitung (ots, shown by finanznachrichten.de), March 2023: Czaja on the coalition in Berlin ---

CZ_P1 = "Osnabrück (ots) -CDU-Generalsekretär Czaja: Handschrift der CDU muss in Berlin erkennbar sein"
CZ_SUB = "Große Koalition sei Chance für die Hauptstadt - Kai Wegner werde \"das gut verhandeln\""
CZ_P2 = ("Osnabrück. CDU-Generalsekretär Mario Czaja sieht in der geplanten Großen Koalition in Berlin die Chance für einen "
         "Politikwechsel in der Hauptstadt. Der \"Neuen Osnabrücker Zeitung\" (NOZ) sagte Czaja: \"Es kommt darauf an, dass die "
         "Handschrift der CDU in einer schwarz-roten Regierung deutlich erkennbar wird. Und ich traue Kai Wegner zu, dass er "
         "das gut verhandelt.\" Die CDU wolle \"eine gut ausgestattete Polizei, eine gute Verkehrspolitik für die Menschen am "
         "Stadtrand und im Zentrum und eine Bildungspolitik, die den unterschiedlichen Bedürfnissen der Kinder gerecht "
         "wird\". Czaja sagte: \"Wir wollen die Verwaltung reformieren, damit die Stadt endlich wieder funktioniert.\"")

add(id="ho531-ots-noz-2023-03-czaja-grosse-koalition-berlin",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2023-03/58469686-cdu-generalsekretaer-czaja-handschrift-der-cdu-muss-in-berlin-erkennbar-sein-007.htm",
    retrieved="same address (release of the Neue Osnabrücker Zeitung, March 2023, sent over ots ('Osnabrück (ots) -') and "
              "shown unchanged by finanznachrichten.de; the copy's line 'Originalmeldung: "
              "https://www.presseportal.de/pm/58964/5455456' names the original in the paper's newsroom; the crawl date "
              "prefix ' date 2023-03' dropped (rule 63); no headline of the portal in the copy, which begins with the "
              "dateline run into the release's headline ('(ots) -CDU-Generalsekretär', kept as published, rule 3010); the "
              "copy runs headline, subtitle and body together without space, and the breaks are restored at the joins "
              "('erkennbar seinGroße', 'verhandeln\"Osnabrück.'), no character added (rules 660, 2691, 3010); the contact "
              "block 'Pressekontakt:Neue Osnabrücker ZeitungRedaktionTelefon: …', the line 'Original-Content von: Neue "
              "Osnabrücker Zeitung, übermittelt durch news aktuell' and the 'Originalmeldung:' line, run on after the last "
              "closing mark ('funktioniert.\"Pressekontakt:'), dropped (rules 2520, 2770); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[CZ_P1, CZ_SUB, CZ_P2],
    # the headline label `CDU-Generalsekretär Czaja:` stands before words without marks (rule 5); the subtitle's marked
    # phrase in the Konjunktiv sentence whose subject is Kai Wegner is Czaja's, the body giving him nearly the same words
    # (`dass er das gut verhandelt`; rules 107, 908, 3014); the paper's name is null (rules 2, 2771); the two colon
    # quotations after `sagte Czaja:` and `Czaja sagte:` are his (rule 9); the partial quotation in the Konjunktiv sentence
    # `Die CDU wolle "…"` between them is his interview wording, not a party programme (rules 908, 3014); `CDU-Generalsekretär`
    # names the party and is no alias (rule 33); Kai Wegner and the CDU say nothing
    quotes=[("\"das gut verhandeln\"", CZAJA),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(CZ_P2, "\"Es kommt", "verhandelt.\""), CZAJA),
            (cut(CZ_P2, "\"eine gut", "gerecht wird\""), CZAJA),
            (cut(CZ_P2, "\"Wir wollen", "funktioniert.\""), CZAJA)],
    aliases={CZAJA: ["Mario Czaja", "Czaja"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), December 2010: the Linke before the Land election ---

LI_T = ("Mitteldeutsche Zeitung: Landtagswahl Sachsen-Anhalt Linke in Sachsen-Anhalt kalkulieren mit Wortbruch der SPD")
LI_P1 = ("Führende Politiker der Linkspartei in Sachsen-Anhalt rechnen damit, dass die SPD nach der Landtagswahl den "
         "Linken-Spitzenkandidat Wulf Gallert zum Ministerpräsidenten wählen könnten. Das hatten SPD-Spitzenkandidat Jens "
         "Bullerjahn und SPD-Landeschefin Katrin Budde zwar ausgeschlossen. Führende Linke halten das aber nicht für das "
         "letzte Wort. \"Warten wir mal den Wahlabend ab. Wenn wir tatsächlich stärkste Kraft werden, werden die Karten neu "
         "gemischt. Dann kommt man so schnell nicht an uns vorbei\", sagte der Linken-Landeschef Matthias Höhn der in Halle "
         "erscheinenden Mitteldeutschen Zeitung (Dienstagausgabe). Der Linken-Bundestagsabgeordnete Jan Korte verweist dabei "
         "auf ein historisches Vorbild: Reinhard Höppner. Der Sozialdemokrat hatte zwei von der Linken-Vorgängerin PDS "
         "tolerierte Landesregierungen geführt. \"Höppner hat 1994 auch noch kurz vor der Wahl eine Tolerierung "
         "ausgeschlossen. Da kann es bei der SPD also noch Bewegung geben\", sagte Korte dem Blatt.")

add(id="ho531-presseportal-mz-2010-12-hoehn-korte-linke-wortbruch",
    title=LI_T,
    url="https://presseportal.de/pm/47409/1737685",
    retrieved="same address (release of the Mitteldeutsche Zeitung sent over news aktuell ahead of a Tuesday edition, "
              "December 2010 by the newsroom's next stories of 19 and 20.12.2010 listed in the stored copy); the newsroom "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Mitteldeutsche Zeitung mehr verpassen.' and the "
              "newsroom label 'Mitteldeutsche Zeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix "
              "'Mitteldeutsche Zeitung:' and its section kicker 'Landtagswahl Sachsen-Anhalt' run together as stored is the "
              "title, the dateline 'Halle (ots)' a line of its own; the published 'wählen könnten' and 'den "
              "Linken-Spitzenkandidat' kept (rule 20); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: …', the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch news aktuell' "
              "and the list 'Weitere Storys: Mitteldeutsche Zeitung' with the teasers of other releases dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", LI_P1],
    # the first quotation, after the unmarked report of `Führende Linke`, is Höhn's by the cue after it (rule 30); the
    # colon after `verweist dabei auf ein historisches Vorbild:` introduces a name, not a quotation, and the second
    # quotation, after a sentence whose subject is Höppner (`Der Sozialdemokrat`), is Korte's by its cue `sagte Korte dem
    # Blatt`, although it names Höppner in the third person (rules 30, 134, 3015); the paper, named without marks, is the
    # addressee (rule 12); `Linken-Landeschef` and `Linken-Bundestagsabgeordnete` name the party and are no aliases (rule
    # 33); Gallert, Bullerjahn, Budde and Höppner say nothing
    quotes=[(cut(LI_P1, "\"Warten wir", "vorbei\""), HOEHN),
            (cut(LI_P1, "\"Höppner hat", "Bewegung geben\""), KORTE)],
    aliases={HOEHN: ["Matthias Höhn"],
             KORTE: ["Jan Korte", "Korte"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), September 2016: Haseloff stands by Felgner ---

HA_T = "Mitteldeutsche Zeitung: Sachsen-Anhalt/Innenpolitik Gutachten-Affäre: Haseloff hält an Minister fest"
HA_P1 = ("In der Gutachten-Affäre hält Sachsen-Anhalts Ministerpräsident Reiner Haseloff (CDU) an Landes-Wirtschaftsminister "
         "Jörg Felgner (SPD) fest. \"Ich habe derzeit keine Veranlassung, Herrn Felgner zu entlassen oder kein Vertrauen zu "
         "ihm zu haben\", sagte Haseloff der in Halle erscheinenden Mitteldeutschen Zeitung (Donnerstagausgabe). Haseloff "
         "wies Vorwürfe zurück, seine Regierung wolle verhindern, dass Unregelmäßigkeiten ans Licht kommen. \"Das ist "
         "Unsinn. Wir wollen nichts verdecken\", sagte Haseloff dem Blatt. Im Gegenteil sei die Regierungskoalition aus CDU, "
         "SPD und Grünen um Aufklärung bemüht und wolle deshalb eine gründliche Klärung in einem Untersuchungsausschuss. "
         "\"Deshalb wollen wir ja in einem Untersuchungsausschuss auch nicht nur eine selektive Aufklärung in einem Fall aus "
         "einem Ministerium, sondern eine Klärung von Grunde auf. Das Thema muss jetzt insgesamt abgeräumt werden. Wir "
         "wollen Klarheit\", sagte Haseloff.")

add(id="ho531-presseportal-mz-2016-09-haseloff-felgner-gutachten-affaere",
    title=HA_T,
    url="https://presseportal.de/en/pm/47409/3442868",
    retrieved="same address (release of the Mitteldeutsche Zeitung sent over news aktuell ahead of a Thursday edition, "
              "September 2016 by the newsroom's next stories of 28.09.2016 listed in the stored copy; English interface of "
              "the newsroom); the newsroom widget lines 'All Stories', 'Follow', 'Subscribe to Mitteldeutsche Zeitung' and "
              "the newsroom label 'Mitteldeutsche Zeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix and "
              "section kicker 'Mitteldeutsche Zeitung: Sachsen-Anhalt/Innenpolitik' run together as stored is the title, the "
              "dateline 'Halle (ots)' a line of its own; the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut "
              "Augustin Telefon: …', the line 'Original content of: Mitteldeutsche Zeitung, transmitted by news aktuell' and "
              "the list 'More stories: Mitteldeutsche Zeitung' with the teasers of other releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Halle (ots)", HA_P1],
    # the headline label `Haseloff hält an Minister fest` has no marks (rule 5); the three quotations before `sagte
    # Haseloff …` are his (rule 30), the third after the unmarked Konjunktiv report of the coalition's aims (rule 5); the
    # paper, named without marks and then `dem Blatt`, is the addressee (rule 12); `Sachsen-Anhalts Ministerpräsident Reiner
    # Haseloff` names the Land and is no alias (rule 33); Jörg Felgner, of whom he speaks, says nothing
    quotes=[(cut(HA_P1, "\"Ich habe", "zu haben\""), HASELOFF),
            (cut(HA_P1, "\"Das ist Unsinn", "verdecken\""), HASELOFF),
            (cut(HA_P1, "\"Deshalb", "Klarheit\""), HASELOFF)],
    aliases={HASELOFF: ["Reiner Haseloff", "Haseloff"]})

# --- Mitteldeutsche Zeitung (presseportal.de, newsroom 47409), November 2017: the Werte-Union's letter on Schröder ---

WU_P1 = ("Halle (ots) - In der Flug-Affäre gerät Landesfinanzminister André Schröder (CDU) in seiner Partei unter Beschuss. "
         "Die Werte-Union, ein Zusammenschluss von Konservativen innerhalb der CDU, legt Schröder indirekt den Rücktritt nahe. "
         "Das berichtet die in Halle erscheinende Mitteldeutsche Zeitung (Mittwochausgabe). Der Minister scheine \"nicht "
         "ausreichend qualifiziert für seine Position\", schreibt \"Werte-Union\"-Landesvorsitzender Johannes Menke in einem "
         "Brief an Ministerpräsident Reiner Haseloff.")

add(id="ho531-presseportal-mz-2017-11-menke-schroeder-flug-affaere",
    title=None,
    url="https://www.presseportal.de/pm/47409/3787862",
    retrieved="same address (release of the Mitteldeutsche Zeitung sent over news aktuell ahead of a Wednesday edition, "
              "November 2017 by the crawl date prefix; the stored copy shows neither newsroom label nor headline and begins "
              "with the paragraph, its dateline 'Halle (ots) -' run in (rules 18, 32, 3010)); the crawl date prefix ' date "
              "2017-11' dropped (rule 63); the contact block 'Pressekontakt: Mitteldeutsche Zeitung Hartmut Augustin Telefon: "
              "… hartmut.augustin@mz-web.de' and the line 'Original-Content von: Mitteldeutsche Zeitung, übermittelt durch "
              "news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=[WU_P1],
    # the partial quotation in the Konjunktiv sentence whose subject is `Der Minister` is the written word of the letter's
    # writer named in the cue `schreibt … Johannes Menke in einem Brief` (rules 28, 908), not of Schröder, of whom it speaks,
    # nor of Haseloff, to whom it is addressed (rule 12); the group's name in marks as the first part of the compound
    # `"Werte-Union"-Landesvorsitzender` is null, its span ending at the closing mark (rules 2, 170); the paper reports and
    # is no speaker (rule 2771)
    quotes=[("\"nicht ausreichend qualifiziert für seine Position\"", MENKE),
            ("\"Werte-Union\"", None)],
    aliases={MENKE: ["Johannes Menke"]})

# --- Märkische Oderzeitung (presseportal.de, newsroom 55506), summer 2013: Woidke before his election ---

WO_T = "Märkische Oderzeitung: Woidke will noch im August Regierungserklärung abgeben"
WO_P1 = ("Innenminister Dietmar Woidke bereitet sich derzeit auf das Amt des Ministerpräsidenten von Brandenburg vor, wie er "
         "in einem Interview mit der Märkischen Oderzeitung (Frankfurt/Oder) erklärte. Wird er gewählt, will er am 29. August "
         "seine erste Regierungserklärung abgeben. Darin will er unter anderem deutlich machen, dass die Regierung den "
         "\"erfolgreichen Kurs von Rot-Rot für Brandenburg fortsetzen\" will, sagte er dem Blatt. Den aktuellen "
         "Ministerpräsidenten Matthias Platzeck, der aus gesundheitlichen Gründen abtritt, nannte er eine \"absolute "
         "Ausnahmeerscheinung\".")

add(id="ho531-presseportal-moz-2013-woidke-regierungserklaerung",
    title=WO_T,
    url="http://www.presseportal.de/pm/55506/2532249",
    retrieved="same address (release of the Märkische Oderzeitung sent over news aktuell; undated in the stored copy, the "
              "summer of 2013 by its content (Platzeck's resignation, a first government declaration planned for 29 August) "
              "and its release number, below that of the Neue Osnabrücker Zeitung release of September 2013 in this set); "
              "the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von Märkische Oderzeitung mehr verpassen.' and "
              "the newsroom label 'Märkische Oderzeitung' dropped (rules 2590, 2770, 3010); the headline with its prefix "
              "'Märkische Oderzeitung:' is the title, the dateline 'Frankfurt/Oder (ots)' a line of its own as stored; the "
              "contact block 'Pressekontakt: Märkische Oderzeitung CvD Telefon: … cvd@moz.de', the line 'Original-Content "
              "von: Märkische Oderzeitung, übermittelt durch news aktuell' and the empty list 'Weitere Storys: Märkische "
              "Oderzeitung' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Frankfurt/Oder (ots)", WO_P1],
    # the partial quotation in the clause whose subject is `die Regierung`, before `sagte er dem Blatt`, is Woidke's (rules
    # 3, 8, 908); the marked epithet after `nannte er` is his word for Platzeck, who is spoken of and says nothing (rules 3,
    # 25); the paper, named without marks and as `dem Blatt`, is the addressee (rule 12); `Innenminister`, which names only
    # him in the release, makes `Innenminister Dietmar Woidke` an alias (rule 44)
    quotes=[("\"erfolgreichen Kurs von Rot-Rot für Brandenburg fortsetzen\"", WOIDKE),
            ("\"absolute Ausnahmeerscheinung\"", WOIDKE)],
    aliases={WOIDKE: ["Dietmar Woidke", "Innenminister Dietmar Woidke", "Woidke"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), November 2006: Schönbohm on the Bleiberecht compromise ---

SB_T = "Rheinische Post: Schönbohm: Kritik an Schäuble \"vollkommen unangemessen\""
SB_P1 = ("Im Streit um die Bleiberechtsregelung für Flüchtlinge hat Brandenburgs Innenminister Jörg Schönbohm (CDU) den "
         "Kompromiss zwischen Bundesinnenminister Wolfgang Schäuble (CDU) und Arbeitsminister Franz Müntefering (SPD) "
         "verteidigt. \"Die Kritik des Kollegen Schünemann an Wolfgang Schäuble halte ich für vollkommen unangemessen\", "
         "sagte Schönbohm der \"Rheinischen Post\" (Donnerstagausgabe). Niedersachsens Innenminister Uwe Schünemann hatte "
         "seinem Parteifreund Schäuble Unkenntnis und Praxisferne vorgeworfen. Er halte es für \"misslich\", öffentliche "
         "Vorfestlegungen vorzunehmen und Zensuren zu verteilen, bevor die Texte der Einigung komplett vorlägen, betonte "
         "Schönbohm. Er bewertete die Pläne im Gespräch mit der Zeitung als \"Vorschlag, der in die richtige Richtung "
         "geht\". Er empfinde den Kompromiss der Bundesminister auch nicht als Entmachtung der Innenministerkonferenz (IMK), "
         "erklärte Schönbohm.")

add(id="ho531-presseportal-rp-2006-schoenbohm-bleiberecht-schaeuble",
    title=SB_T,
    url="https://presseportal.de/pm/30621/901450",
    retrieved="same address (release of the Rheinische Post sent over news aktuell ahead of a Thursday edition; undated in "
              "the stored copy, November 2006 by its content (the Bleiberecht compromise of Schäuble and Müntefering before "
              "the Innenministerkonferenz) and its release number, below those of the Rheinische Post releases of 2007 in "
              "the five-hundred-and-fifth set); the copy shows the headline first and no newsroom widget; the headline with "
              "its prefix 'Rheinische Post:' as the title and the dateline 'Düsseldorf (ots)' lines of their own as stored "
              "(rules 2590, 2770); the contact block 'Pressekontakt: Rückfragen bitte an: Rheinische Post Redaktion Telefon: "
              "…' and the line 'Original-Content von: Rheinische Post, übermittelt durch news aktuell' dropped; complete as "
              "stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", SB_P1],
    # the headline quotation after the label `Schönbohm: Kritik an Schäuble` is his, the body giving him the same words
    # (rules 54, 107); the quotation before `sagte Schönbohm der "Rheinischen Post"` is his, the paper's name null (rules 2,
    # 2771); the partial quotation in the Konjunktiv report whose subject `Er` follows a sentence about Schünemann is
    # Schönbohm's, the report closing with `betonte Schönbohm` (rules 3, 30, 3013); the phrase after `Er bewertete die Pläne
    # im Gespräch mit der Zeitung als` is his (rules 3, 8); `Brandenburgs Innenminister Jörg Schönbohm` names the Land and
    # is no alias (rule 33); Schäuble, Müntefering and Schünemann say nothing in marks
    quotes=[("\"vollkommen unangemessen\"", SCHOENBOHM),
            (cut(SB_P1, "\"Die Kritik", "unangemessen\""), SCHOENBOHM),
            ("\"Rheinischen Post\"", None),
            ("\"misslich\"", SCHOENBOHM),
            (cut(SB_P1, "\"Vorschlag", "geht\""), SCHOENBOHM)],
    aliases={SCHOENBOHM: ["Jörg Schönbohm", "Schönbohm"]})

# --- Kölner Stadt-Anzeiger (presseportal.de, newsroom 66749), June 2017: Laschet on the state ceremony for Kohl ---

KS_T = "Kölner Stadt-Anzeiger: Laschet: Staatsakt für Kohl in Strassburg ist \"großartige Idee\""
KS_P1 = ("Der designierte Ministerpräsident von NRW, Armin Laschet, begrüßt es, dass der Staatsakt für den verstorbenen "
         "Ex-Bundeskanzler Helmut Kohl im französischen Straßburg stattfinden soll. Dies sei \"eine großartige Idee\", sagte "
         "Laschet dem \"Kölner Stadt-Anzeiger\" (Donnerstag-Ausgabe). \"Helmut Kohl war ein europäischer Staatsmann\", "
         "erklärte der Vorsitzende der NRW-CDU. Und fügte hinzu: \"Dass 70 Jahre nach Ende des Zweiten Weltkriegs ein "
         "deutscher Bundeskanzler einen europäischen Staatsakt auf französischem Boden bekommt, ist grandios. Es muss nicht "
         "alles in Berlin stattfinden.\"")

add(id="ho531-presseportal-ksta-2017-06-laschet-staatsakt-kohl",
    title=KS_T,
    url="https://presseportal.de/pm/66749/3666024",
    retrieved="same address (release of the Kölner Stadt-Anzeiger sent over news aktuell ahead of a Thursday edition, June "
              "2017 by the newsroom's next stories of 21 and 22.06.2017 listed in the stored copy); the newsroom widget lines "
              "'Alle Storys', 'Folgen', 'Keine Story von Kölner Stadt-Anzeiger mehr verpassen.' and the newsroom label "
              "'Kölner Stadt-Anzeiger' dropped (rules 2590, 2770, 3010); the headline with its prefix 'Kölner "
              "Stadt-Anzeiger:' is the title, the dateline 'Köln (ots)' a line of its own as stored; the published "
              "'Strassburg' of the headline beside 'Straßburg' of the body kept (rule 20); the contact block 'Pressekontakt: "
              "Kölner Stadt-Anzeiger Newsdesk Telefon: …', the line 'Original-Content von: Kölner Stadt-Anzeiger, "
              "übermittelt durch news aktuell' and the list 'Weitere Storys: Kölner Stadt-Anzeiger' with the teasers of other "
              "releases dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Köln (ots)", KS_P1],
    # the headline quotation after the label `Laschet:` is his, the body giving him the same words (rules 54, 107); the
    # phrase in the Konjunktiv report before `sagte Laschet dem "Kölner Stadt-Anzeiger"` is his, the paper's name null and
    # the paper the addressee (rules 2, 12, 2771); the quotation that opens with Helmut Kohl's name is Laschet's by the cue
    # `erklärte der Vorsitzende der NRW-CDU` (rule 30), Kohl being spoken of; the colon quotation after the subjectless `Und
    # fügte hinzu:` continues the same subject (rule 9); `Der designierte Ministerpräsident von NRW` and `der Vorsitzende
    # der NRW-CDU` name the Land and the party and are no aliases (rule 33)
    quotes=[("\"großartige Idee\"", LASCHET),
            ("\"eine großartige Idee\"", LASCHET),
            ("\"Kölner Stadt-Anzeiger\"", None),
            ("\"Helmut Kohl war ein europäischer Staatsmann\"", LASCHET),
            (cut(KS_P1, "\"Dass 70", "stattfinden.\""), LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Laschet"]})
