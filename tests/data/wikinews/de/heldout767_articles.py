# Seven-hundred-and-sixty-seventh held-out German real-news set (tests/data/heldout767-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4820-4826). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout768-heldout774). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixty-seventh held-out set": nine releases of Austrian parties, their
# parliamentary clubs, a Land party and a party's press service, seven on the APA-OTS service (ots.at), licence
# APA_OTS_POLITICS, and two as reposted in full by the press portal brandaktuell.at, licence
# APA_OTS_POLITICS_REPOST_BRANDAKTUELL (new in licences.py): the ÖVP's federal party on its autumn campaign (Reinhold Lopatka,
# September 2004), the Kärntner Volkspartei opening its town office (Josef Martinz and Siegfried Torta, July 2005, wire code
# OVK), the Greens in the Bundesrat on the SPÖ (Stefan Schennach, June 2006, sender inferred), the ÖVP's press service on the
# campaign service for the municipalities (Michaela Mojzis and Manfred Fass, September 2008, sender inferred), the BZÖ's
# parliamentary club on Eva Glawischnig (Martin Strutz, October 2009), the Steirische Volkspartei after its Land board
# (Hermann Schützenhöfer, June 2011), the BZÖ's leader in the last debate before the 2013 election (Josef Bucher, September
# 2013, sender inferred), the ÖVP's federal party on the SPD (Karl Nehammer, May 2019, repost) and the Grüner Klub im Parlament
# on the loss of its group status in the Bundesrat (Marco Schreuder and Sigi Maurer, December 2024, repost). Stored copies are
# the `search` tool's `pages` excerpts; five release bodies are complete in them, four are cut off inside a later paragraph,
# which is dropped (rule 15); the wire furniture (the wire header and slug line of 2005, the date-and-number lines of 2011,
# OTS markers, contact blocks, footers, the repost portal's tag and comment lines) is dropped (rules 48, 460, 2810, 4760,
# 4820); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, APA_OTS_POLITICS_REPOST_BRANDAKTUELL  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


LOPATKA = "Reinhold Lopatka"
MARTINZ = "Josef Martinz"
TORTA = "Siegfried Torta"
SCHENNACH = "Stefan Schennach"
MOJZIS = "Michaela Mojzis"
FASS = "Manfred Fass"
STRUTZ = "Martin Strutz"
SCHUETZENHOEFER = "Hermann Schützenhöfer"
BUCHER = "Josef Bucher"
NEHAMMER = "Karl Nehammer"
SCHREUDER = "Marco Schreuder"
MAURER = "Sigi Maurer"

# --- APA-OTS, ÖVP Bundespartei (ÖVP-PK), 24 September 2004: Reinhold Lopatka on the autumn campaign ---

LO_T = "Lopatka: Reformen umsetzen und Wahlen gewinnen"
LO_SUB = "ÖVP-Landesgeschäftsführer tragen Herbst-Kampagne in Länder"
LO_P1 = ("Wien, 24. September 2004 (ÖVP-PK) Ganz im Zeichen des erfolgreichen Herbst-Auftakts und der ÖVP-Herbstkampagne "
         "\"österreich >> erfolgreich\" stand heute, Freitag, die Sitzung der ÖVP-Landesgeschäftsführer in der "
         "ÖVP-Bundespartei in der Wiener Lichtenfelsgasse. ÖVP-Generalsekretär Abg.z.NR Dr. Reinhold Lopatka gratulierte dem "
         "Team der Vorarlberger ÖVP zu ihrem sensationellen Ergebnis bei den Landtagswahlen am vergangenen Sonntag. Lopatka: "
         "\"Dieses Ergebnis zeigt, dass die ÖVP die politische Kraft in Österreich ist, die Reformen erfolgreich umsetzt und "
         "Wahlen gewinnt.\"")
LO_P2 = ("Seit Februar 2000, seit Wolfgang Schüssel an der Spitze der österreichischen Bundesregierung steht, habe die ÖVP bei "
         "22 Wahlgängen (Gemeinderats-, Landtags-, Nationalrats-, Bundespräsidenten- und Europawahlen) 19 Zugewinne "
         "verzeichnet: Bei den Europawahlen ein Plus von mehr als zwei Prozent, bei den Vorarlberger Landtagswahlen konnte die "
         "ÖVP sogar neun Prozent zulegen.")
LO_P3 = ("\"Die ÖVP hat mit der Präsentation des Entwurfes zur Pensionsharmonisierung und dem Vorarlberger Wahlsieg einen sehr "
         "guten Start in die Herbstarbeit hingelegt\", so Lopatka. Die SPÖ hingegen sei mit ihrer verunglückten Präsentation "
         "des Wirtschaftsprogrammes in den Herbst gestolpert.")

add(id="ho767-ots-oevp-2004-09-24-lopatka-herbstkampagne",
    title=LO_T,
    url="https://www.ots.at/presseaussendung/OTS_20040924_OTS0140/lopatka-reformen-umsetzen-und-wahlen-gewinnen",
    retrieved="same address (release on the APA-OTS service, 24 September 2004 by its OTS number and the date line, a Friday "
              "('heute, Freitag'), after the Vorarlberg Landtag election of 19 September 2004; the sender is told by the date "
              "line code '(ÖVP-PK)' and the contact block 'ÖVP Bundespartei, Abteilung Presse und Medien' with telephone and "
              "internet line, the ÖVP's federal party, whose Generalsekretär speaks (rules 2581, 3310, 4820); the contact "
              "block, its heading and the footer 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
              "AUSSENDERS | VPK0002' dropped, and so is the OTS marker '****' after the first paragraph's closing mark (rule "
              "460); the hard line break after the label 'Lopatka:' before the quotation joined with a space (rule 48); "
              "headline and subtitle kept as lines of their own, the date line 'Wien, 24. September 2004 (ÖVP-PK)' without a "
              "dash at the start of the first paragraph (rule 3250); 'Abg.z.NR' and the campaign's lower-case "
              "'österreich >> erfolgreich' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LO_SUB, LO_P1, LO_P2, LO_P3],
    # the campaign title after `der ÖVP-Herbstkampagne` is null (rule 24); the colon quotation after the label `Lopatka:` is
    # his (rule 9), and so is the quotation before `so Lopatka` (rule 30); the unmarked Konjunktiv report of the second
    # paragraph and the SPÖ sentence carry no span (rule 5); Wolfgang Schüssel, the Vorarlberger ÖVP and the SPÖ say nothing;
    # the headline after the label `Lopatka:` is unmarked (rule 630); `Dr. Reinhold Lopatka` is his name with an academic
    # title (rule 44), the office `ÖVP-Generalsekretär` names the party and is no alias (rule 33)
    quotes=[("\"österreich >> erfolgreich\"", None),
            (cut(LO_P1, "\"Dieses Ergebnis", "Wahlen gewinnt.\""), LOPATKA),
            (cut(LO_P3, "\"Die ÖVP hat", "hingelegt\""), LOPATKA)],
    aliases={LOPATKA: ["Reinhold Lopatka", "Dr. Reinhold Lopatka", "Lopatka"]})

# --- APA-OTS, Kärntner Volkspartei, 5 July 2005: Josef Martinz and Siegfried Torta open the town office in Klagenfurt ---

MA_T = "Martinz: ÖVP ist die einzige bürgerliche Kraft in Kärnten"
MA_SUB = "ÖVP feiert 60. Geburtstag mit der Eröffnung ihres neuen Stadtbüros"
MA_P1 = ("Klagenfurt (OTS) - Auf den Tag genau zum 60. Geburtstag der Kärntner Volkspartei eröffnete die ÖVP heute ihr neues "
         "Stadtbüro in der Klagenfurter Bahnhofstraße. Das modern und offen gestaltete Gassenlokal soll die organisatorische, "
         "personelle und inhaltliche Erneuerung der ÖVP nach außen symbolisieren. Damit ist das von Parteiobmann Landesrat "
         "Josef Martinz vor etwas mehr als einem Jahr als Vision angekündigte \"Haus der ÖVP\" mit der Landesleitung, den "
         "Büros von Klagenfurt-Stadt und -Land sowie dem Großteil der ÖVP-Bünde Wirklichkeit geworden. Für Martinz ist der "
         "erfolgreiche Abschluss des Projekts der Grundstein für künftige Erfolge und eine klare, unverwechselbare "
         "Ausrichtung der ÖVP: \"Schon zu unserer Gründung am 5. Juli 1945 war die ÖVP die einzige bürgerliche Kraft in "
         "Kärnten, und das sind wir nach der Auflösung der FPÖ und dem Abdriften des BZÖ nach links auch heute wieder.\"")
MA_P2 = ("Landesgeschäftsführer Siegfried Torta lud die Bürger ein, vom neuen Angebot der ÖVP Gebrauch zu machen und im "
         "Stadtbüro vorbeizuschauen: Besonders in wirtschaftlich und angesichts der aktuellen Scheidungsraten oft auch "
         "familiär schwierigen Zeiten müsse es in den politischen Parteien wieder mehr \"menscheln\", verlangte Torta: "
         "\"E-mail, Handy und Internet sind tolle Kommunikationsmittel, aber wir laden dazu ein, uns zu besuchen und das "
         "persönliche Gespräch wieder ein bissl mehr zu kultivieren. Dafür muss Zeit sein, und dafür werden wir uns auch Zeit "
         "nehmen.\"")

add(id="ho767-ots-oevp-kaernten-2005-07-05-martinz-torta-stadtbuero",
    title=MA_T,
    url="https://www.ots.at/presseaussendung/fliesstext/OTS_20050705_OTS0181",
    retrieved="same address (the service's plain-text view of the release OTS0181 of 5 July 2005, a Tuesday, by the wire "
              "header 'OTS0181 5 II 0489 OVK0003 Di, 05.Jul 2005', the ÖVP's 60th anniversary 'auf den Tag genau' after its "
              "founding on 5 July 1945; the wire header and the slug line 'ÖVP / LR Martinz, Torta, 60 Jahre ÖVP, "
              "Stadtbüroeröffnung' before the headline dropped (rules 2810, 4760); the stored copy is cut off inside its "
              "third body paragraph, a further quotation of Torta's after 'betonte Torta:' ('\"Wir haben ein'), which is "
              "dropped with what it holds (rule 15), so no contact block is stored and the sender is read from the wire code "
              "OVK, the account of the Kärntner Volkspartei on the service (its releases end with the footer code 'OVK' and "
              "the contact 'Kärntner Volkspartei'), the Land party whose chair and Landesgeschäftsführer speak (rules 2581, "
              "3310, 4820); headline and subtitle kept as lines of their own, the dateline 'Klagenfurt (OTS) -' at the start "
              "of the first paragraph; the two hard line breaks of the second paragraph, after the colon of "
              "'vorbeizuschauen:' and after the colon of 'verlangte Torta:', joined with a space, the lines running on the "
              "colon sentences (rules 48, 4820); 'Das modern und offen gestaltete Gassenlokal', 'E-mail' and 'ein bissl' "
              "kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[MA_SUB, MA_P1, MA_P2],
    # the name of the project `"Haus der ÖVP"`, which Martinz announced as a vision and the narrator reports as realised, is
    # null (rules 24, 4821); the colon quotation after the verbless `Für Martinz ist … die klare, unverwechselbare Ausrichtung
    # der ÖVP:` is his, in the first person plural of the party (rules 9, 4821); the word `"menscheln"` in the narrator's
    # Konjunktiv report of Torta's demand (`müsse es … wieder mehr "menscheln", verlangte Torta`) is his partial quotation
    # (rules 3, 4821), and the colon quotation after `verlangte Torta:` is his (rule 9); the FPÖ, the BZÖ and the ÖVP-Bünde
    # say nothing; the headline after the label `Martinz:` is unmarked (rule 630); `Landesrat Josef Martinz` and
    # `Landesgeschäftsführer Siegfried Torta` are names with offices that name no organisation (rule 44)
    quotes=[("\"Haus der ÖVP\"", None),
            (cut(MA_P1, "\"Schon zu", "heute wieder.\""), MARTINZ),
            ("\"menscheln\"", TORTA),
            (cut(MA_P2, "\"E-mail", "Zeit nehmen.\""), TORTA)],
    aliases={MARTINZ: ["Josef Martinz", "Landesrat Josef Martinz", "Martinz"],
             TORTA: ["Siegfried Torta", "Landesgeschäftsführer Siegfried Torta", "Torta"]})

# --- APA-OTS, Grüne im Bundesrat, 9 June 2006: Stefan Schennach on the SPÖ and the "Umweltzerstörungsgesetz" ---

SN_T = "Schennach: Gewissensprüfung für SPÖ bei Umweltzerstörungsgesetz"
SN_SUB = "Grüne setzen volles parlamentarisches Instrumentatrium ein"
SN_P1 = ("Wien (OTS) - Harte Kritik übt Stefan Schennach, Fraktionsvorsitzender der Grünen im Bundesrat, an den "
         "OppositionskollegInnen der SPÖ im Bundesrat: \"Es wäre ein Signal gewesen, hätte die SPÖ heute die Grünen in ihrem "
         "Bemühen, die Verabschiedung des 'Umweltzerstörungsgesetzes' hinauszuschieben, unterstützt. Die Vorgangsweise der SPÖ "
         "ist unverantwortlich und lässt sie in Sachen Umwelt- und Energiepolitik 'pudelnackt' aussehen\", kritisiert "
         "Schennach.")
SN_P2 = ("Schennach verweist darauf, dass sich in den letzten 24 Stunden hunderte BürgerInnen an die Mitglieder des "
         "Bundesrates gewandt haben und eine wahre e-mail Flut das Parlament erreicht hat. \"Dieses Umweltzerstörungsgesetz "
         "werden wir daher zu einer Gewissensprüfung erheben und im Laufe des heutigen Plenums gleich zwei mal namentlich "
         "abstimmen lassen\", erklärt Schennach. Die Abstimmung wird sowohl hinsichtlich der Frage über den Einspruch als auch "
         "über die verfassungsmäßig erforderliche Zustimmung des Bundesrates erfolgen. \"Vielleicht wird durch die namentliche "
         "Aufrufung dem einen oder anderen Mitglied des Bundesrates ein Mitstimmen zur Umweltzerstörung daher zu viel sein\", "
         "hofft Schennach. Gleichzeitig bringen die Grünen einen Antrag auf Rückverweisung des Gesetzes an den Ausschuss ein, "
         "da es erhebliche Zweifel über die Korrektheit des vorgelegten Gesetzestextes gibt.")

add(id="ho767-ots-gruene-bundesrat-2006-06-09-schennach-umweltzerstoerungsgesetz",
    title=SN_T,
    url="https://www.ots.at/presseaussendung/OTS_20060609_OTS0156/schennach-gewissenspruefung-fuer-spoe-bei-"
        "umweltzerstoerungsgesetz",
    retrieved="same address (release on the APA-OTS service, 9 June 2006 by its OTS number, on the Bundesrat's sitting of "
              "that day ('im Laufe des heutigen Plenums'); the stored copy is cut off inside its third body paragraph, at the "
              "cue after a quotation answering Bundesrat Konecny ('… nicht mehr zu überbieten\", schlie'), which is dropped "
              "with what it holds (rule 15), so no contact block is stored and the sender is inferred from the headline label "
              "'Schennach:' and the release's own voice ('Grüne setzen …', 'bringen die Grünen einen Antrag … ein') as the "
              "Greens' group in the Bundesrat, part of the Grüner Klub im Parlament, whose Fraktionsvorsitzender speaks "
              "(rules 2581, 3310, 4820); headline and subtitle kept as lines of their own, the dateline 'Wien (OTS) -' at the "
              "start of the first paragraph; 'Instrumentatrium', 'e-mail Flut' and 'zwei mal' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[SN_SUB, SN_P1, SN_P2],
    # the colon quotation after `Harte Kritik übt Stefan Schennach, …, an den OppositionskollegInnen der SPÖ im Bundesrat:`,
    # closed by `kritisiert Schennach`, is his, with the law's mocking name and `'pudelnackt'` in single ASCII marks inside it
    # (rules 9, 30, NOTES.md nested quotes); the quotations before `erklärt Schennach` and `hofft Schennach` are his (rule 30);
    # the unmarked `Umweltzerstörungsgesetz` of the headline and the narrator's sentences carry no span (rule 5); the SPÖ, the
    # BürgerInnen and the Grünen as a party say nothing; the headline after the label `Schennach:` and the subtitle are
    # unmarked (rule 630); the office `Fraktionsvorsitzender der Grünen im Bundesrat` names the group and is no alias (rule 33)
    quotes=[(cut(SN_P1, "\"Es wäre", "aussehen\""), SCHENNACH),
            (cut(SN_P2, "\"Dieses Umweltzerstörungsgesetz", "abstimmen lassen\""), SCHENNACH),
            (cut(SN_P2, "\"Vielleicht", "zu viel sein\""), SCHENNACH)],
    aliases={SCHENNACH: ["Stefan Schennach", "Schennach"]})

# --- APA-OTS, ÖVP-Pressedienst (ÖVP-PD), 26 September 2008: Michaela Mojzis and Manfred Fass on the municipal campaigns ---

MZ_T = ("ÖVP-Countdown: Bisher 2.357 ÖVP-Wahlkämpfe auf Hochtouren – es geht nichts über das persönliche Gespräch!")
MZ_SUB = "Die ÖVP kämpft in den Gemeinden mit viel Engagement um jede Stimme"
MZ_P1 = ("Wien, 26. September 2008 (ÖVP-PD) „Wir haben uns zu Beginn des Wahlkampfes vorgenommen, für unsere "
         "Kommunalpolitikerinnen und Kommunalpolitiker, allen voran für unsere ÖVP-Bürgermeisterinnen und Bürgermeister das "
         "beste Service anzubieten“, so beschreibt Michaela Mojzis, Bundesgeschäftsführerin der ÖVP, das Ziel des "
         "kommunalpolitischen Service-Teams, das seit Beginn des Wahlkampfs in der „Wahl-WG“ in der Langegasse beheimatet "
         "ist.")
MZ_P2 = ("Nach dem Neuwahlbeschluss hat Michaela Mojzis ein Kommunalbetreuer-Team mit dem Ziel der Regionalisierung des "
         "Wahlkampfes, Betreuung und Unterstützung der Wahlkämpfe in den Gemeinden, in enger Zusammenarbeit mit den "
         "Landesorganisationen eingerichtet. „Die organisatorische Stärke der ÖVP liegt in ihren Gemeinde- und "
         "Landesparteien, dort wo jeder noch jeden kennt, sind wir stark“, so Mojzis. So wurden aus einem Wahlkampf bisher "
         "mindestens 2.357 Wahlkämpfe. „Wir haben individuelle Konzepte entwickelt und mit den Bürgermeister/innen und "
         "ÖVP-Gemeindechefs umgesetzt“.")
MZ_P3 = ("Als Beispiele nennt Mojzis, die selbst aktiv im Wahlkampf unterwegs war, eine 24-Stunden-Hotline, für alle "
         "Kommunalpolitiker/innen und ÖVP-Mitglieder, VIP-Betreuung aller kommunalen Spitzenpolitiker/innen sowie Sprach-SMS "
         "für Bürgermeister, Vizebürgermeister und Ortsparteiobleute.")
MZ_P4 = ("Die Angebote sind in den Gemeinden grundsätzlich positiv aufgenommen worden, sagt Bürgermeister Ing. Manfred Fass "
         "aus Laa an der Thaya in Niederösterreich: „Das neue Service der Bundespartei durch die Kommunalbetreuer ist eine gute "
         "Idee und hilft uns sehr im Wahlkampf in Laa. Gutes Beispiel dafür sind die Bürgermeister-Plakate mit den Wahlzeiten "
         "und Briefwahl.“")

add(id="ho767-ots-oevp-2008-09-26-mojzis-fass-kommunalbetreuung",
    title=MZ_T,
    url="https://www.ots.at/presseaussendung/OTS_20080926_OTS0229/oevp-countdown-bisher-2357-oevp-wahlkaempfe-auf-"
        "hochtouren-es-geht-nichts-ueber-das-persoenliche-gespraech",
    retrieved="same address (release on the APA-OTS service, 26 September 2008 by its OTS number and the date line, two days "
              "before the national election of 28 September 2008; the OTS marker '****' after the first paragraph dropped "
              "(rule 460), and the hard line break inside the first paragraph after 'seit Beginn des Wahlkampfs' joined with "
              "a space (rule 48); the stored copy is cut off inside its fifth body paragraph, a further quotation without a "
              "cue in the stored part ('„Die Impulse und Anregungen … Eine direkte Information bzw. ei'), which is dropped "
              "with what it holds (rule 15), so no contact block is stored and the sender is read from the date line code "
              "'(ÖVP-PD)', the ÖVP federal party's press service, whose Bundesgeschäftsführerin speaks (rules 2581, 3310, "
              "4820); headline and subtitle kept as lines of their own, the date line 'Wien, 26. September 2008 (ÖVP-PD)' "
              "without a dash at the start of the first paragraph (rule 3250); 'eine 24-Stunden-Hotline, für alle', the "
              "full stop after the closing mark ('umgesetzt“.') and 'mit den Wahlzeiten und Briefwahl' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[MZ_SUB, MZ_P1, MZ_P2, MZ_P3, MZ_P4],
    # the quotation before `so beschreibt Michaela Mojzis, Bundesgeschäftsführerin der ÖVP, das Ziel …` is hers (rule 30);
    # the nickname of the office `„Wahl-WG“` in the narrator's relative clause is null (rules 24, 4822); the quotation before
    # `so Mojzis` is hers (rule 30), and so is the cue-less quotation after the narrator's sentence `So wurden aus einem
    # Wahlkampf bisher mindestens 2.357 Wahlkämpfe.`, which continues her account (rules 8, 4822); the colon quotation after
    # `sagt Bürgermeister Ing. Manfred Fass aus Laa an der Thaya in Niederösterreich:` is his (rule 9); the Bundespartei, the
    # Landesorganisationen and the mayors as a group say nothing; `Ing. Manfred Fass` is his name with an academic title (rule
    # 44), the office `Bundesgeschäftsführerin der ÖVP` names the party and is no alias (rule 33)
    quotes=[(cut(MZ_P1, "„Wir haben uns", "anzubieten“"), MOJZIS),
            ("„Wahl-WG“", None),
            (cut(MZ_P2, "„Die organisatorische", "sind wir stark“"), MOJZIS),
            (cut(MZ_P2, "„Wir haben individuelle", "umgesetzt“"), MOJZIS),
            (cut(MZ_P4, "„Das neue Service", "Briefwahl.“"), FASS)],
    aliases={MOJZIS: ["Michaela Mojzis", "Mojzis"],
             FASS: ["Manfred Fass", "Ing. Manfred Fass"]})

# --- APA-OTS, Parlamentsklub des BZÖ, 1 October 2009: Martin Strutz on Eva Glawischnig's leaving the Umweltausschuss ---

ST_T = "BZÖ-Strutz: Eigenartiger Rückzug Glawischnigs aus der Umweltpolitik"
ST_P1 = ("Wien (OTS) - \"Es ist schon mehr als eigenartig, dass ausgerechnet die Chefin der Grünen den für diese Partei "
         "eigentlich wichtigsten Ausschussvorsitz abgibt\". Mit diesen Worten kommentierte heute BZÖ-Generalsekretär Abg. Dr. "
         "Martin Strutz den de facto Rückzug von Grünen-Chefin Glawischnig aus dem parlamentarischen Umweltausschuss.")
ST_P2 = ("\"Dies ist umso bemerkenswerter, da Glawischnig noch bei ihrer Rückkehr aus der Babypause auf die politische Bühne "
         "gemeint hatte, ihre Grünpolitik noch stärker auf Umweltthemen zu fokussieren. Seit Jahren reden die Grünen über "
         "Umweltpolitik, machen aber nichts. Und nun scheinen sie nicht einmal mehr darüber reden zu wollen, wenn für "
         "Glawischnig der Vorsitz im Umweltausschuss nicht wichtig genug ist\", meinte Strutz.")

add(id="ho767-ots-bzoe-klub-2009-10-01-strutz-glawischnig-umweltausschuss",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20091001_OTS0106/bzoe-strutz-eigenartiger-rueckzug-glawischnigs-aus-der-"
        "umweltpolitik",
    retrieved="same address (release on the APA-OTS service, 1 October 2009 by its OTS number; the sender is told by the "
              "contact block 'Pressereferat Parlamentsklub des BZÖ', the press office of the BZÖ's club in the Nationalrat, "
              "whose Generalsekretär speaks (rules 2581, 3310, 4820); the contact block, its heading and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "BZC0001' dropped; the headline kept as the title, the dateline 'Wien (OTS) -' at the start of the first "
              "paragraph; the full stop after the first closing mark ('abgibt\".'), 'den de facto Rückzug' and 'Grünpolitik' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_P1, ST_P2],
    # the quotation opening the release, closed by a full stop after its mark, is taken up by the next sentence `Mit diesen
    # Worten kommentierte heute BZÖ-Generalsekretär Abg. Dr. Martin Strutz …` and is his (rule 4823); the quotation before
    # `meinte Strutz` is his (rule 30); Eva Glawischnig (`die Chefin der Grünen`, `Grünen-Chefin Glawischnig`) and the Grünen,
    # whose acts he judges, say nothing; the headline after the fused label `BZÖ-Strutz:` is unmarked (rule 630); `Dr. Martin
    # Strutz` is his name with an academic title (rule 44), the office `BZÖ-Generalsekretär` and the fused label are no
    # aliases (rules 33, 3672)
    quotes=[(cut(ST_P1, "\"Es ist schon", "abgibt\""), STRUTZ),
            (cut(ST_P2, "\"Dies ist", "wichtig genug ist\""), STRUTZ)],
    aliases={STRUTZ: ["Martin Strutz", "Dr. Martin Strutz", "Strutz"]})

# --- APA-OTS, Steirische Volkspartei, 30 June 2011: Hermann Schützenhöfer after the Land party board ---

SH_T = "\"Es geht um inhaltliche Positionierungen, nicht um Personalfragen.\""
SH_SUB = ("ÖVP-Chef Hermann Schützenhöfer nach dem Landesparteivorstand der Steirischen Volkspartei zur Situation auf "
          "Bundesebene.")
SH_P1 = ("Graz (OTS) - \"Wir haben Michael Spindelegger einhellig zum Bundesparteiobmann gewählt. Es gibt in der Steirischen "
         "ÖVP weder eine Debatte um ihn, noch um die Zusammensetzung seines Regierungsteams. Wir haben die Entscheidungen zur "
         "Kenntnis genommen. Aber selbstverständlich gibt es die Debatte um die inhaltliche Positionierung der Volkspartei, an "
         "der wir uns weiter beteiligen werden. Im Sinne der Vielfalt in der Einheit sind alle gefordert, an dieser "
         "Grundsatzdebatte teilzunehmen und einen Beitrag dafür zu leisten, dass die ÖVP als bürgerliche Mitte-Rechts-Partei "
         "über ihr Stammklientel hinaus Zuspruch erhält. Und um es ein für alle Mal klar zu stellen: Zwischen der steirischen "
         "und niederösterreichischen Volkspartei gibt es das beste Einvernehmen, ganz besonders zwischen den zwei "
         "Landesparteiobmännern. Bei unseren Wortmeldungen geht es nicht um Niederösterreich - eine der erfolgreichsten "
         "Landesorganisationen innerhalb der ÖVP -, sondern um die Zukunft der ÖVP. Darüber ist zu reden.\"")

add(id="ho767-ots-stvp-2011-06-30-schuetzenhoefer-positionierungen",
    title=SH_T,
    url="https://www.ots.at/presseaussendung/OTS_20110630_OTS0079/es-geht-um-inhaltliche-positionierungen-nicht-um-"
        "personalfragen",
    retrieved="same address (release on the APA-OTS service, 30 June 2011 by its OTS number and the stored time line; the "
              "three lines above the headline ('- 30.06.2011, 10:00:37', '- /', '- OTS0079 OTW0079') dropped as the "
              "service's page furniture (rules 2810, 4820); the sender is told by the contact block 'Steirische Volkspartei' "
              "/ 'Marketing & Presse' with telephone and e-mail lines, the ÖVP's Land party in Styria, whose chair speaks "
              "(rules 2581, 3310, 4820); the contact heading 'Rückfragehinweis:', the block and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - "
              "WWW.OTS.AT | VPS' dropped; headline and subtitle kept as lines of their own as stored (the subtitle with its "
              "full stop), the dateline 'Graz (OTS) -' at the start of the body; the stored body is one quotation over "
              "sixteen hard-wrapped lines, which are joined with spaces into one paragraph (rules 48, 4824): the short "
              "lines ending in 'genommen.', 'erhält.' and 'Landesparteiobmännern.' may mark paragraph ends of the original, "
              "but no mark reopens after them, so they are read as wrapping; 'klar zu stellen' and 'Stammklientel' kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SH_SUB, SH_P1],
    # the headline quotation and the body, one quotation without any cue after the dateline, are both Schützenhöfer's: the
    # verbless subtitle `ÖVP-Chef Hermann Schützenhöfer nach dem Landesparteivorstand … zur Situation auf Bundesebene.` names
    # him as the one who speaks on that occasion, and the headline sums up the body's last sentences in his words (rules 26,
    # 4824); Michael Spindelegger, the niederösterreichische Volkspartei and the two Landesparteiobmänner say nothing; the
    # office `ÖVP-Chef` names the party and is no alias (rule 33)
    quotes=[(SH_T, SCHUETZENHOEFER),
            (cut(SH_P1, "\"Wir haben Michael", "zu reden.\""), SCHUETZENHOEFER)],
    aliases={SCHUETZENHOEFER: ["Hermann Schützenhöfer"]})

# --- APA-OTS, BZÖ (Parlamentsklub), 25 September 2013: Josef Bucher in the last Nationalrat debate before the election ---

BU_T = "BZÖ-Bucher: \"Diesmal wählen die Schwarzen den Josef Bucher\""
BU_SUB = ("\"Einer der derzeitigen Regierungspartner muss aus der künftigen Koalition herausfallen - das muss das Ziel "
          "sein\"")
BU_P1 = ("Wien (OTS) - \"Es muss am 29. September 2013 bei der Zusammensetzung der Regierung zu einer Veränderung kommen. "
         "Wenn nur einer der derzeitigen Regierungspartner aus der künftigen Koalition herausfällt, dann ist in Österreich "
         "Politik wieder machbar - das muss das Ziel sein\", sagte heute BZÖ-Bündnisobmann Abg. Josef Bucher in seinem "
         "Debattenbeitrag.")
BU_P2 = ("Er, Bucher, könne es nicht verstehen, warum der SPÖ-Klubobmann eine politische Gruppierung des Hauses "
         "heruntertodelt. \"Herr, Cap, wenn Sie das machen, dann todeln sie auch die Meinung des Volkes herunter und somit "
         "direkt das Volk. Wenn man im Parlament unterschiedliche Meinungen austauscht, dann ist das legitim und von der "
         "Verfassung her so gewollt. Es gibt nämlich nicht nur die SPÖ-Meinung\", sagte Bucher in Richtung des "
         "SPÖ-Klubobmannes.")
BU_P3 = ("\"Von der ÖVP sind wir es ja gewohnt, dass sie vor einer NR-Wahl noch schlauer werden. Da wird plötzlich alles "
         "richtig gemacht, was man fünf Jahre in Wahrheit eigentlich falsch gemacht hat. Plötzlich brauchen wir ein "
         "Spekulationsverbot oder eine Schuldenbremse, die wir schon vor drei Jahren beantragt haben. Der ÖVP ist alles "
         "Mögliche eingefallen, um das nicht verhandeln zu müssen. Aber: Diesmal wählen die Schwarzen den Josef Bucher - das "
         "wird unterm Strich am 29. September herauskommen\", stellte der BZÖ-Klubobmann fest.")

add(id="ho767-ots-bzoe-2013-09-25-bucher-schwarze-waehlen",
    title=BU_T,
    url="https://www.ots.at/presseaussendung/OTS_20130925_OTS0193/bzoe-bucher-diesmal-waehlen-die-schwarzen-den-josef-bucher",
    retrieved="same address (release on the APA-OTS service, 25 September 2013 by its OTS number, on the Nationalrat's "
              "sitting of that day, four days before the election of 29 September 2013; the stored copy is cut off inside "
              "its fourth body paragraph, after a quotation closed by 'kritisierte Bucher' at a second mark opening the name "
              "of a motion ('\"für die Einberuf'), which is dropped with what it holds (rule 15), so no contact block is "
              "stored and the sender is inferred from the headline label 'BZÖ-Bucher:' and the release's report of his "
              "'Debattenbeitrag' as the BZÖ and its parliamentary club, whose Bündnisobmann and Klubobmann speaks (rules "
              "2581, 3310, 4820); headline and subtitle kept as lines of their own as stored, the dateline 'Wien (OTS) -' at "
              "the start of the first paragraph; 'Herr, Cap', 'todeln sie' in lower case, 'heruntertodelt' and 'dass sie … "
              "noch schlauer werden' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BU_SUB, BU_P1, BU_P2, BU_P3],
    # the headline quotation after the fused label `BZÖ-Bucher:` is his, the body giving him the same words in the third
    # paragraph, where he names himself in the third person (rules 26, 54, 3672, 4825); the subtitle quotation without a
    # label, a shortened form of his first quotation, is his (rules 26, 4825); the quotations before `sagte heute
    # BZÖ-Bündnisobmann Abg. Josef Bucher in seinem Debattenbeitrag` and `sagte Bucher in Richtung des SPÖ-Klubobmannes` are
    # his (rule 30), the addressee `Herr, Cap` (the SPÖ-Klubobmann) saying nothing (rule 12); the quotation before `stellte
    # der BZÖ-Klubobmann fest` is his, the description naming the only BZÖ member in the text (rules 29, 30, 4825); Josef
    # Cap, the SPÖ, the ÖVP and the Schwarzen say nothing; the offices `BZÖ-Bündnisobmann` and `BZÖ-Klubobmann` name the party
    # and are no aliases, nor is the fused label (rules 33, 3672)
    quotes=[("\"Diesmal wählen die Schwarzen den Josef Bucher\"", BUCHER),
            (BU_SUB, BUCHER),
            (cut(BU_P1, "\"Es muss am", "das Ziel sein\""), BUCHER),
            (cut(BU_P2, "\"Herr, Cap", "SPÖ-Meinung\""), BUCHER),
            (cut(BU_P3, "\"Von der ÖVP", "herauskommen\""), BUCHER)],
    aliases={BUCHER: ["Josef Bucher", "Bucher"]})

# --- APA-OTS repost on brandaktuell.at, ÖVP Bundesparteileitung, 2 May 2019: Karl Nehammer on the SPD's criticism ---

NE_T = "Nehammer: Einseitige SPD-Kritik richtet sich von selbst"
NE_P1 = ("Wien (OTS) – „Dass der SPD-Generalsekretär seine Kritik ausschließlich gegen die Volkspartei richtet, ist "
         "durchschaubar und unglaubwürdig. Entweder weiß er nicht, dass die SPÖ in mehreren Koalitionen mit der FPÖ ist, oder "
         "er ist auf einem Auge blind“, so Karl Nehammer, Generalsekretär der Volkspartei.")
NE_P2 = ("„Es ist sowieso verwunderlich, dass sich gerade die SPD Sorgen um Österreich macht. Man könnte meinen, dass sie "
         "zuhause genug zu tun hätte“, so Nehammer abschließend.")

add(id="ho767-brandaktuell-oevp-2019-05-02-nehammer-spd-kritik",
    title=NE_T,
    url="https://brandaktuell.at/amp/2019/05/02/karriere/nehammer-einseitige-spd-kritik-richtet-sich-von-selbst",
    retrieved="same address (an APA-OTS release of the ÖVP's federal party as reposted in full by the press portal "
              "brandaktuell.at, dated 2 May 2019 by the address; the ots.at original did not come back in the stored "
              "copies; the portal's copy keeps the dateline 'Wien (OTS) –' and the APA-OTS footer 'OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS. www.ots.at' / '(C) "
              "Copyright APA-OTS Originaltext-Service GmbH und der jeweilige Aussender. ÖVP Bundesparteileitung', which names "
              "the sender, the ÖVP's federal party, whose Generalsekretär speaks (rules 2581, 3310, 4820); the footer and the "
              "portal's tag line 'BundesregierungFPÖNehammerÖVPSPD' and comment lines 'Comments (0)' / 'Add Comment' "
              "dropped; the headline kept as the title, the dateline 'Wien (OTS) –' with its en dash at the start of the "
              "first paragraph; 'zuhause' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS_REPOST_BRANDAKTUELL,
    paras=[NE_P1, NE_P2],
    # the quotations before `so Karl Nehammer, Generalsekretär der Volkspartei` and `so Nehammer abschließend` are his (rule
    # 30); the SPD-Generalsekretär, whose criticism he answers, the SPD, the SPÖ and the FPÖ say nothing; the headline after
    # the label `Nehammer:` is unmarked (rule 630); the office `Generalsekretär der Volkspartei` names the party and is no
    # alias (rule 33)
    quotes=[(cut(NE_P1, "„Dass der", "Auge blind“"), NEHAMMER),
            (cut(NE_P2, "„Es ist sowieso", "zu tun hätte“"), NEHAMMER)],
    aliases={NEHAMMER: ["Karl Nehammer", "Nehammer"]})

# --- APA-OTS repost on brandaktuell.at, Grüner Klub im Parlament, 19 December 2024: Marco Schreuder and Sigi Maurer on the
# Bundesrat's withdrawal of the Greens' group status ---

GR_T = "Koalition der Ausgrenzung: ÖVP und FPÖ wollen Grüne Opposition mundtot machen"
GR_LEAD = ("Eine undemokratische Koalition aus ÖVP und FPÖ hat in der heutigen Sitzung des Bundesrates den Grünen wesentliche "
           "Oppositionsrechte entzogen.")
GR_P1 = ("„Seit mehr als 20 Jahren wurde im Bundesrat regelmäßig beschlossen, dass sich eine Partei ab vier Mandaten zu einer "
         "Fraktion zusammenschließen kann“, erklärt Marco Schreuder, bisheriger Klubobmann der Grünen im Bundesrat. „Davon hat "
         "in der Vergangenheit auch die FPÖ profitiert, die 2009 nur über vier Mandate verfügte und trotzdem einstimmig den "
         "Fraktionsstatus erhielt“.")
GR_P2 = ("„Es war zu erwarten, dass die Freiheitlichen die erstbeste Gelegenheit nutzen, um die Grünen im Bundesrat mundtot "
         "zu machen“, sagt Sigi Maurer, geschäftsführende Klubobfrau der Grünen im Nationalrat. „Dass die ÖVP, die eigentlich "
         "mit SPÖ und Neos über eine Koalition verhandelt, nun mit der Kickl-FPÖ packelt, um die Rechte einer "
         "Oppositionspartei zu beschneiden, ist ebenso erschreckend wie entlarvend“, so Maurer.")
GR_P3 = ("Mit der Aberkennung des Fraktionsstatus werden den Grünen zentrale parlamentarische Rechte wie das Stimmrecht in "
         "Ausschüssen oder die Teilnahme an der Präsidiale entzogen. „ÖVP und FPÖ wollen offenbar die kritische Opposition im "
         "Bundesrat ausbremsen – das wird ihnen mit diesem feigen Angriff nicht gelingen“, so Schreuder und Maurer "
         "abschließend.")

add(id="ho767-brandaktuell-gruene-2024-12-19-schreuder-maurer-bundesrat",
    title=GR_T,
    url="https://brandaktuell.at/2024/12/19/karriere/koalition-der-ausgrenzung-oevp-und-fpoe-wollen-gruene-opposition-"
        "mundtot-machen",
    retrieved="same address (an APA-OTS release of the Grüner Klub im Parlament as reposted in full by the press portal "
              "brandaktuell.at, dated 19 December 2024 by the address and 'in der heutigen Sitzung des Bundesrates'; the "
              "ots.at original did not come back in the stored copies; the portal's copy has no dateline and keeps the "
              "APA-OTS footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
              "AUSSENDERS. www.ots.at' / '(C) Copyright APA-OTS Originaltext-Service GmbH und der jeweilige Aussender. Grüner "
              "Klub im Parlament', which names the sender, the Greens' parliamentary club, whose Bundesrat group leader and "
              "acting Klubobfrau speak (rules 2581, 3310, 4820); the footer dropped; headline and lead kept as lines of their "
              "own as stored, each stored line a paragraph; the full stop after the closing mark ('erhielt“.') kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS_REPOST_BRANDAKTUELL,
    paras=[GR_LEAD, GR_P1, GR_P2, GR_P3],
    # the quotation before `erklärt Marco Schreuder, bisheriger Klubobmann der Grünen im Bundesrat` is his (rule 30), and so
    # is the cue-less quotation after that cue in the same paragraph, which goes on about the Bundesrat's practice (rule 8;
    # NOTES.md continuing quotes); the quotations before `sagt Sigi Maurer, geschäftsführende Klubobfrau der Grünen im
    # Nationalrat` and `so Maurer` are hers (rule 30); the joint closing quotation before `so Schreuder und Maurer
    # abschließend` goes to the first named, Schreuder, and Maurer, who has quotations of her own, is no alias of his (rules
    # 27, 750, 4826); the ÖVP, the FPÖ (`die Freiheitlichen`, `die Kickl-FPÖ`), the SPÖ and the Neos say nothing; the
    # headline and the lead are unmarked; the offices with the club's name are no aliases (rule 33)
    quotes=[(cut(GR_P1, "„Seit mehr", "zusammenschließen kann“"), SCHREUDER),
            (cut(GR_P1, "„Davon hat", "erhielt“"), SCHREUDER),
            (cut(GR_P2, "„Es war zu", "mundtot zu machen“"), MAURER),
            (cut(GR_P2, "„Dass die ÖVP", "entlarvend“"), MAURER),
            (cut(GR_P3, "„ÖVP und FPÖ", "nicht gelingen“"), SCHREUDER)],
    aliases={SCHREUDER: ["Marco Schreuder", "Schreuder"],
             MAURER: ["Sigi Maurer", "Maurer"]})
