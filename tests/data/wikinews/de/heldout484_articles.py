# Four-hundred-and-eighty-fourth held-out German real-news set (tests/data/heldout484-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2590-2595). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-eighty-fourth held-out set": nine press releases of German broadcasters
# and newspaper publishers sent over the ots service of news aktuell and shown on presseportal.de (licence OTS_MEDIEN): four
# of the ZDF (Markus Schächter elected Intendant, March 2002; Dieter Stolte's farewell, March 2002; Stolte on the CSU's
# demand for Land programmes; Maybrit Illner's Hildegard-von-Bingen-Preis, 2006), one of ARD Das Erste (Günter Struve
# denying an agency report on the political magazines), one of the NDR (Lutz Marmor congratulating Kai Gniffke, 2019), one
# of the WDR (Pleitgen and Stolte on PHOENIX in Bonn), one of DIE ZEIT (its interviews of 2003, part 1) and one of Der
# Tagesspiegel (Wolfgang Thierse leaving the board of the Holocaust memorial foundation, June 2006). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the
# wire and newsroom furniture is dropped and hard-wrapped lines are joined (rules 48, 660, 1372, 1462, 2541, 2590), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.rstrip(" ") for line in lines)


SCHAECHTER = "Markus Schächter"
KRASKE = "Konrad Kraske"
STOLTE = "Dieter Stolte"
RAU = "Johannes Rau"
BECK = "Kurt Beck"
STRUVE = "Günter Struve"
DPA = "dpa"
PLEITGEN = "Fritz Pleitgen"
MARMOR = "Lutz Marmor"
THIERSE = "Wolfgang Thierse"
SCHAEFER = "Hermann Schäfer"

# --- ZDF (presseportal.de, newsroom 7840), March 2002: Markus Schächter elected Intendant of the ZDF ---

SW_H = "Markus Schächter zum ZDF-Intendanten gewählt"
SW_SUB = "Neuer Senderchef : \"Ich übernehme ein geordnetes Haus\""
SW_P1 = ("Der ZDF-Fernsehrat hat den bisherigen Programmdirektor des Senders, Markus Schächter, zum neuen Intendanten "
         "gewählt. Wie der Vorsitzende des Gremiums, Dr. Konrad Kraske, am Samstag in Mainz berichtete, stimmten 51 "
         "Fernsehratsmitglieder für Schächter, zehn votierten gegen ihn und fünf enthielten sich. Die gesetzliche "
         "erforderliche 3/5-Mehrheit liegt bei 47 Stimmen der 77 Gremienmitglieder.")
SW_P2 = ("Der Vorschlag, Markus Schächter zum Nachfolger des nach 20-jähriger Amtszeit scheidenden Intendanten Prof. Dieter "
         "Stolte zu wählen, \"ist von keinem der beiden Freundeskreise, sondern von der Arbeitsgruppe Intendantenwahl des "
         "Fernsehrates ausgegangen\", berichtete Kraske. Die Entscheidung für den bisherigen Programmdirektor sei nach den "
         "zurückliegenden \"Wirrungen\" und \"teilweise auch Verwirrungen\" der vergangenen Wochen eine \"vorzügliche "
         "Wahl\", ergänzte Kraske.")
SW_P3 = ("\"Ich übernehme ein geordnetes Haus\", erklärte der künftige Intendant unmittelbar nach der Wahl während einer "
         "Pressekonferenz in Mainz. Das ZDF sei \"auf dem besten Weg, von einer ehemaligen Anstalt zu einem "
         "kostentransparenten Unternehmen zu werden. Wir werden als Team weiter arbeiten.\"")
SW_P4 = ("Der künftige Intendant nannte als wichtigste Aufgaben, das ZDF-Programm zu moderniseren. \"Wir sind nicht so alt, "
         "wie uns manche sehen, aber wir müssen daran arbeiten, dass kein Generationenabriss eintritt\", sagte Schächter.")
SW_P5 = ("Zudem wolle das ZDF seine Position als führender bundesweiter Programmanbieter ausbauen. Trotz des \"engen "
         "finanziellen Korsetts\" gebe es für den Sender \"Bewegungsmöglichkeiten\". So könnten etwa Produktionen bei "
         "\"gleichem Niveau\" weniger Geld kosten, sagte Schächter.")

add(id="ho484-presseportal-zdf-2002-03-schaechter-zum-intendanten-gewaehlt",
    title="ZDF-Pressemitteilung",
    url="https://presseportal.de/pm/7840/330839",
    retrieved="same address (release of the ZDF sent over news aktuell on the day of the Saturday election, March 2002, "
              "the date of the election given by other stored pages); the release's kicker line 'ZDF-Pressemitteilung', which the stored copy shows first, is the "
              "title, headline, subtitle and dateline 'Mainz (ots)' lines of their own (rules 18, 2590); the published "
              "space before the subtitle's colon ('Neuer Senderchef :'), 'Die gesetzliche erforderliche' and "
              "'moderniseren' kept (rule 20); the contact block 'Rückfragen bitte an: ZDF Pressestelle …' and the line "
              "'Original-Content von: ZDF, übermittelt durch news aktuell' dropped (rules 2541, 2590); complete as stored)",
    license=OTS_MEDIEN,
    paras=[SW_H, SW_SUB, "Mainz (ots)", SW_P1, SW_P2, SW_P3, SW_P4, SW_P5],
    # the subtitle quotation after the role label `Neuer Senderchef :` is the new Intendant's, whose body quotation repeats
    # it word for word (rules 49, 54, 620, 2591); the chairman's report in the Konjunktiv with three marked words after
    # `berichtete Kraske` / `ergänzte Kraske` is his (rules 3, 25); `erklärte der künftige Intendant` and the marked switch
    # from the Konjunktiv into his direct speech (`Das ZDF sei "auf dem besten Weg, …. Wir werden …"`) are Schächter's
    # (rules 3, 73), as are the three marked phrases before `sagte Schächter` (rules 3, 25); the outgoing Intendant Stolte,
    # named in a genitive, says nothing
    quotes=[("\"Ich übernehme ein geordnetes Haus\"", SCHAECHTER, 0),
            (cut(SW_P2, "\"ist von", "ausgegangen\""), KRASKE),
            ("\"Wirrungen\"", KRASKE),
            ("\"teilweise auch Verwirrungen\"", KRASKE),
            ("\"vorzügliche Wahl\"", KRASKE),
            ("\"Ich übernehme ein geordnetes Haus\"", SCHAECHTER, 1),
            (cut(SW_P3, "\"auf dem", "arbeiten.\""), SCHAECHTER),
            (cut(SW_P4, "\"Wir sind", "eintritt\""), SCHAECHTER),
            ("\"engen finanziellen Korsetts\"", SCHAECHTER),
            ("\"Bewegungsmöglichkeiten\"", SCHAECHTER),
            ("\"gleichem Niveau\"", SCHAECHTER)],
    aliases={SCHAECHTER: ["Markus Schächter", "Schächter", "Neuer Senderchef", "künftige Intendant"],
             KRASKE: ["Konrad Kraske", "Dr. Konrad Kraske", "Kraske"]})

# --- ZDF (presseportal.de, newsroom 7840), March 2002: Dieter Stolte's farewell as Intendant ---

SV_H = "Dieter Stolte als ZDF-Intendant verabschiedet"
SV_SUB = "Bundespräsident Rau: \"Ein Lebenswerk, das sich sehen lassen kann\""
SV_P1 = ("Mit einem Festakt im ZDF-Sendezentrum in Mainz ist Dieter Stolte als Intendant des ZDF verabschiedet worden. "
         "Bundespräsident Johannes Rau würdigte Stolte, der mit Ablauf dieses Tages nach 40 Jahren, davon 20 Jahre als "
         "Intendant, aus dem ZDF ausscheidet, als \"verlässlich, offen, mit der Fähigkeit zum Zuhören und mit eigener "
         "Position\". Durch Stoltes Wirken und seine \"Bereitschaft, Identität zu stiften\", sei ein Lebenswerk entstanden, "
         "\"das sich wahrlich sehen lassen kann\". Ausdrücklich nutzte der Bundespräsident die Gelegenheit, um die "
         "unverändert fortbestehende Notwendigkeit und Sinnhaftigkeit eines kraftvollen öffentlich-rechtlichen Rundfunks in "
         "Deutschland hervorzuheben.")
SV_P2 = ("\"Mensch und Amt fügten sich fast nahtlos ineinander\", sagte der ZDF-Fernsehratsvorsitzende Dr. Konrad Kraske und "
         "bezeichnete Stolte als einen \"starken, selbstbewussten und bestimmenden Intendanten\". Sein Fazit: \"Er war das "
         "ZDF\"!")
SV_P3 = ("Der ZDF-Verwaltungsratsvorsitzende, Ministerpräsident Kurt Beck, nannte Dieter Stolte eine \"Persönlichkeit, die "
         "rechtzeitig die richtigen Weichenstellungen für die Zukunft erkannt und ergriffen hat\". Wer mit Dieter Stolte "
         "zusammenarbeiten konnte, habe gespürt, welches Anliegen ihm die Herstellung der deutschen Einheit gewesen sei. In "
         "seiner Amtszeit habe sich das ZDF der sozialen und der kulturellen Dimensionen unseres Zusammenlebens besonders "
         "verpflichtet gefühlt.")

add(id="ho484-presseportal-zdf-2002-03-stolte-verabschiedet",
    title="ZDF-Pressemitteilung",
    url="https://presseportal.de/pm/7840/332512?langid=6",
    retrieved="same address, as stored with its language parameter (release of the ZDF sent over news aktuell on Dieter "
              "Stolte's last day in office, March 2002 by its contents); the kicker line 'ZDF-Pressemitteilung' is the "
              "title, headline, subtitle and dateline 'Mainz (ots)' lines of their own (rules 18, 2590); the published "
              "exclamation mark after the closing mark ('das ZDF\"!') kept (rule 20); the fourth paragraph 'In seiner "
              "Dankesrede nannte Dieter Stolte seine Mitarbeiterinnen und Mitarbeiter die \"größte und kostbarste Ressource "
              "des ZDF, …\". … \"Vom Zeitgeist nicht angekränkelt, … Öffentlich-rechtliche Anstalten beziehen ihre "
              "Existenz und i', cut off in the stored copy inside Stolte's second quotation, dropped with both his "
              "quotations (rules 15, 1102))",
    license=OTS_MEDIEN,
    paras=[SV_H, SV_SUB, "Mainz (ots)", SV_P1, SV_P2, SV_P3],
    # the subtitle `Bundespräsident Rau: "…"` is Rau's (rule 54; the body gives the longer `das sich wahrlich sehen lassen
    # kann`); his three partial quotations after `würdigte Stolte, …, als`, in the Konjunktiv sentence that follows and
    # after it are his (rules 3, 30); Kraske's quotation before `sagte …`, his `bezeichnete … als "…"` and `Sein Fazit: "…"`
    # (rules 3, 9, 124) are his; Beck's `nannte … eine "…"` is his (rule 3); the honoured Stolte says nothing in the kept text
    quotes=[("\"Ein Lebenswerk, das sich sehen lassen kann\"", RAU),
            (cut(SV_P1, "\"verlässlich", "Position\""), RAU),
            ("\"Bereitschaft, Identität zu stiften\"", RAU),
            ("\"das sich wahrlich sehen lassen kann\"", RAU),
            (cut(SV_P2, "\"Mensch", "ineinander\""), KRASKE),
            (cut(SV_P2, "\"starken", "Intendanten\""), KRASKE),
            ("\"Er war das ZDF\"", KRASKE),
            (cut(SV_P3, "\"Persönlichkeit", "ergriffen hat\""), BECK)],
    aliases={RAU: ["Johannes Rau", "Bundespräsident Johannes Rau", "Bundespräsident Rau", "Rau", "Bundespräsident"],
             KRASKE: ["Konrad Kraske", "Dr. Konrad Kraske"],
             BECK: ["Kurt Beck", "Ministerpräsident Kurt Beck"]})

# --- ZDF (presseportal.de, newsroom 7840): Dieter Stolte on the CSU media commission's demand for Land programmes ---

SC_H = "\"Länderberichterstattung integraler Bestandteil des ZDF-Programms\""
SC_SUB = "Intendant Stolte zur Forderung der CSU-Medienkommission"
SC_P1 = ("Zu der Forderung des Vorsitzenden der Medienkommission der CSU, Markus Söder, das ZDF solle eigene "
         "Ländersendungen anbieten, erklärt ZDF-Intendant Dieter Stolte:")
SC_P2 = ("\"Das ZDF als Anstalt aller Bundesländer bietet seit jeher ein nationales Vollprogramm an, in dem die "
         "Länderberichterstattung als integraler Bestandteil verankert ist. Sendungen wie 'Länderspiegel', 'Blickpunkt', "
         "'drehscheibe Deutschland' und 'hallo Deutschland' berichten intensiv aus allen Bundesländern.\"")
SC_P3 = ("Darüber hinaus habe das ZDF vor zwei Tagen eine regelmäßige \"heute\"-Nachrichten-Sendung um 14.00 Uhr zusätzlich "
         "ins Programm genommen (\"heute - in Deutschland\"), die in ihrer Nachrichtenauswahl den Schwerpunkt auf die Länder "
         "und Regionen lege. Selbstverständlich spiegele sich die föderale Vielfalt der Bundesrepublik auch in zahlreichen "
         "anderen ZDF-Programmen aus dem journalistischen und fiktionalen Bereich.")
SC_P4 = ("\"Die von der CSU-Medienkommission geforderte tägliche Aufsplittung des ZDF-Programms in 16 Länderprogramme wäre "
         "überdies ein technisch höchst aufwendiges und teures Unterfangen\", erklärte ZDF-Intendant Stolte.")

add(id="ho484-presseportal-zdf-stolte-laenderberichterstattung-csu",
    title="ZDF-Pressemitteilung",
    url="https://presseportal.de/pm/7840/133882",
    retrieved="same address (release of the ZDF sent over news aktuell, undated in the stored copy); the kicker line "
              "'ZDF-Pressemitteilung' is the title, the headline in marks, the subtitle and the dateline 'Mainz (ots)' lines "
              "of their own, the cue paragraph ending in a colon kept as published (rules 18, 311, 2590); the contact block "
              "'Rückfragen bitte an: ZDF Pressestelle …' and the 'Original-Content von: …' line dropped (rules 2541, 2590); "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=[SC_H, SC_SUB, "Mainz (ots)", SC_P1, SC_P2, SC_P3, SC_P4],
    # the headline quotation over the subtitle `Intendant Stolte zur …` is his, and the statement after the colon cue
    # repeats its words (`die Länderberichterstattung als integraler Bestandteil verankert ist`; rules 26, 107); the
    # statement paragraph after `erklärt ZDF-Intendant Dieter Stolte:` is his, the four programme names in ASCII single marks
    # staying inside the span (rules 110, 311; checked by eye); the programme names in his Konjunktiv report are null, the
    # compound's marked part only (rules 24, 270, 1882); the closing quotation before `erklärte ZDF-Intendant Stolte` is his;
    # the CSU politician Söder makes a demand that the release reports without marks and is no speaker
    quotes=[(SC_H, STOLTE),
            (SC_P2, STOLTE),
            ("\"heute\"", None),
            ("\"heute - in Deutschland\"", None),
            (cut(SC_P4, "\"Die von", "Unterfangen\""), STOLTE)],
    aliases={STOLTE: ["Dieter Stolte", "Stolte", "Intendant Stolte"]})

# --- ZDF (presseportal.de, newsroom 7840), 2006: Maybrit Illner receives the Hildegard-von-Bingen-Preis für Publizistik ---

IL_T = "Maybrit Illner erhält Hildegard-von-Bingen-Preis 2006"
IL_SUB = "Publizistik- Auszeichnung für \"Berlin Mitte\"-Moderatorin"
IL_P1 = ("Die ZDF-Moderatorin Maybrit Illner wird mit dem Hildegard-von-Bingen- Preis für Publizistik 2006 ausgezeichnet. "
         "Illner sei eine Journalistin, \"die durch ihre Sendung 'Berlin Mitte' die politische und gesellschaftliche Debatte "
         "in der Bundesrepublik Deutschland mitgestaltet\", so das Kuratorium des von der Landeszahnärztekammer "
         "Rheinland-Pfalz ausgelobten Preises. Sie habe die angelsächsische Informationsform des 'Talk' in ein eigenständiges "
         "und unverwechselbares Medienereignis verwandelt. \"Bestens präpariert, ausgestattet mit gediegener journalistischer "
         "Autorität, sprachlich versiert, inhaltlich treffsicher und nicht ohne Humor gelingt es ihr, Fachleute aus "
         "Wirtschaft, Politik, Sport, Gesellschaft, Kultur, unter einem 'Thema der Woche' zu vereinen und die "
         "Vielgestaltigkeit des jeweils zu besprechenden Geschehnisses oder Prozesses auszuleuchten\", so die Begründung der "
         "Jury.")
IL_P2 = ("Illner nimmt die Auszeichnung am Samstag, 16. September, in den Räumen der Akademie der Katholischen Kirche in Mainz "
         "entgegen. Der Hildegard-von-Bingen-Preis zeichnet ein Lebenswerk oder eine große, umfassende publizistische "
         "Leistung aus. Er will \"die Pluralität im Chor der Meinungen\" fördern und Frauen und Männer ehren, die \"nicht "
         "ohne Zivilcourage ihr Bild von der politischen, sozialen und kulturellen Welt\" besonders markant weitergeben.")
IL_P3 = ("Maybrit Illner moderiert den ZDF-Talk \"Berlin Mitte\" seit 1999 mit konstantem Erfolg. In den ersten fünf Monaten "
         "des Jahres 2006 wurde die Sendung von durchschnittlich 2,41 Millionen Zuschauern gesehen. Das entspricht einem "
         "Marktanteil von 12,8 Prozent.")

add(id="ho484-presseportal-zdf-2006-illner-hildegard-von-bingen-preis",
    title=IL_T,
    url="https://presseportal.de/pm/7840/831944",
    retrieved="same address (release of the ZDF sent over news aktuell, 2006, before the presentation on Saturday 16 "
              "September by its contents); the stored copy begins with the headline, which is the title, the subtitle and "
              "the dateline 'Mainz (ots)' lines of their own (rules 18, 2590); the published 'Publizistik- Auszeichnung' and "
              "'Hildegard-von-Bingen- Preis' with a space after the hyphen kept (rule 20); the service line 'Fotos sind "
              "erhältlich über den ZDF-Bilderdienst, Telefon: … und über http://bilderdienst.zdf.de/presse/illner', the "
              "contact block 'Rückfragen bitte an: Pressestelle …' and the 'Original-Content von: …' line dropped (rules 14, "
              "2541, 2590); complete as stored)",
    license=OTS_MEDIEN,
    paras=[IL_SUB, "Mainz (ots)", IL_P1, IL_P2, IL_P3],
    # the programme name in the subtitle's compound and in the last paragraph is null (rules 2, 24, 1882; located by
    # occurrence index); the prize board's statement after `so das Kuratorium des … Preises` is the board's, with the
    # programme name in ASCII single marks inside the span (rules 10, 110, 392); the genre word in ASCII single marks in its
    # Konjunktiv report is null (rule 270; checked by eye); the jury's reasons before `so die Begründung der Jury` are the
    # jury's, 'Thema der Woche' inside them (rules 110, 392); the two marked aims of the prize with the prize as subject
    # (`Er will "…" fördern und … ehren, die "…"`) are null (rule 2593); the laureate says nothing
    quotes=[("\"Berlin Mitte\"", None, 0),
            (cut(IL_P1, "\"die durch", "mitgestaltet\""), "Kuratorium"),
            ("'Talk'", None),
            (cut(IL_P1, "\"Bestens", "auszuleuchten\""), "Jury"),
            ("\"die Pluralität im Chor der Meinungen\"", None),
            (cut(IL_P2, "\"nicht ohne", "Welt\""), None),
            ("\"Berlin Mitte\"", None, 1)],
    aliases={"Kuratorium": ["Kuratorium"], "Jury": ["Jury"]})

# --- ARD Das Erste (presseportal.de, newsroom 6694): Günter Struve denies an agency report on the political magazines ---

AS_H = ("ARD-Programmdirektor Dr. Struve dementiert Agentur-Meldung \"ARD-Programmdirektoren plädieren für verkürzte "
        "Polit-Magazine\"")
AS_P1 = ("\"Eine Vorentscheidung über die zukünftige Länge der politischen Magazine im Ersten ist heute nicht gefallen\", so "
         "Dr. Günter Struve, Programmdirektor Erstes Deutsches Fernsehen, zur dpa-Meldung \"ARD-Programmdirektoren plädieren "
         "für verkürzte Polit-Magazine\". Nach wie vor gebe es mehrere Möglichkeiten, wie \"Report\", \"Fakt\", \"Monitor\", "
         "\"Kontraste\" und \"Panorama\" im Ersten platziert werden können, wenn im Herbst die angestrebte Vorverlegung der "
         "\"Tagesthemen\" auf 22.15 Uhr erfolgt. Struve: \"Über die politischen Magazine werden die Intendanten gemeinsam mit "
         "den Fernsehdirektoren bei der Programmklausur am 23. Februar beraten.\"")
AGENCY = "\"ARD-Programmdirektoren plädieren für verkürzte Polit-Magazine\""

add(id="ho484-presseportal-das-erste-struve-dementiert-agentur-meldung",
    title="Das Erste",
    url="https://presseportal.de/pm/6694/648305?langid=6",
    retrieved="same address, as stored with its language parameter (release of ARD Das Erste sent over news aktuell, "
              "undated in the stored copy, before a programme meeting on 23 February); the kicker line 'Das Erste', which "
              "the stored copy shows first, is the title, the headline and the dateline 'München (ots)' lines of their own "
              "(rules 18, 2590); the contact block 'Pressekontakt: Dr. Bernhard Möllmann, Presse und Information Das Erste, "
              "…' and the 'Original-Content von: ARD Das Erste, übermittelt durch news aktuell' line dropped (rules 2541, "
              "2590); complete as stored)",
    license=OTS_MEDIEN,
    paras=[AS_H, "München (ots)", AS_P1],
    # the agency headline that the release denies, named in the headline only as `Agentur-Meldung "…"` and in the body as
    # `zur dpa-Meldung "…"`, is dpa's both times (rules 590, 2592; located by occurrence index); the quotation before `so
    # Dr. Günter Struve, …` and the one after the label `Struve:` are his (rules 9, 54); the five magazine names and the
    # news programme in his Konjunktiv report are null (rules 2, 24, 270); 'Programmdirektor Erstes Deutsches Fernsehen'
    # names the channel and is no alias (rule 33)
    quotes=[(AGENCY, DPA, 0),
            (cut(AS_P1, "\"Eine Vorentscheidung", "gefallen\""), STRUVE),
            (AGENCY, DPA, 1),
            ("\"Report\"", None),
            ("\"Fakt\"", None),
            ("\"Monitor\"", None),
            ("\"Kontraste\"", None),
            ("\"Panorama\"", None),
            ("\"Tagesthemen\"", None),
            (cut(AS_P1, "\"Über die", "beraten.\""), STRUVE)],
    aliases={DPA: ["dpa"],
             STRUVE: ["Günter Struve", "Dr. Günter Struve", "Dr. Struve", "Struve"]})

# --- WDR (presseportal.de, newsroom 7899): Pleitgen and Stolte on PHOENIX's start in its Bonn studio ---

PX_SUB = "\"Information und Aufklärung wirksame Waffen gegen Extremismus\""
PX_P1 = join("Köln (ots) - Mit der Aufnahme des Sendebetriebs in Bonn aus dem",
             "gemeinsamen Studio von PHOENIX, WDR und ZDF hat der Ereignis- und",
             "Dokumentationskanal nach Ansicht von WDR-Intendant Fritz Pleitgen und",
             "ZDF-Intendant Dieter Stolte die besten Voraussetzungen, seine",
             "Erfolgsstory weiter zu schreiben. PHOENIX habe nun einen eigenen,",
             "modernen Sendekomplex und der Standort Bonn biete PHOENIX zwischen",
             "Brüssel und Berlin eine zentrale Lage, die für den",
             "informationsorientierten Sender ein großer Vorteil sei.")
PX_P2 = join("Beide Intendanten sprachen dem PHOENIX-Team ihre Anerkennung zu",
             "seinen bisherigen Erfolgen aus. PHOENIX habe gezeigt, dass es ein",
             "großes Interesse an politischen und gesellschaftlichen Ereignissen",
             "gebe, dass Übertragungen aus den Parlamenten für viele Zuschauerinnen",
             "und Zuschauer eine willkommene Bereicherung des Informationsangebotes",
             "seien. Mit seinem Programm habe PHOENIX eine Lücke im Fernsehangebot",
             "geschlossen. Dies sei umso wichtiger, als Information und Aufklärung",
             "wirksame Waffen gegen jede Form von Extremismus seien.")

add(id="ho484-presseportal-wdr-pleitgen-stolte-phoenix-bonn",
    title="Pleitgen und Stolte: PHOENIX wird Erfolgsstory in Bonn fortsetzen",
    url="http://www.presseportal.de/pm/7899/162586",
    retrieved="same address (release of the WDR sent over news aktuell, undated in the stored copy); the newsroom label "
              "'WDR Westdeutscher Rundfunk' dropped (rules 2541, 2590); the headline is the title, the subtitle in marks a "
              "line of its own; the dateline 'Köln (ots) -' kept run into the first paragraph as stored (rule 13); the "
              "copy's hard-wrapped lines and their indentation joined with single spaces, the two paragraphs kept where the "
              "copy shows an empty line (rules 48, 660, 2590); the lines 'ots Originaltext: WDR', 'Im Internet "
              "recherchierbar: …', the contact block 'Rückfragen: WDR-Unternehmenssprecher Rüdiger Oppers …', the "
              "'Original-Content von: …' line and the links 'Weitere Meldungen: …', 'Das könnte Sie auch interessieren:' "
              "dropped (rules 2541, 2590); complete as stored)",
    license=OTS_MEDIEN,
    paras=[PX_SUB, PX_P1, PX_P2],
    # the subtitle quotation under the headline `Pleitgen und Stolte: …` is the two Intendants' joint words: the body's
    # unmarked Konjunktiv report of `Beide Intendanten` gives them in a longer wording (`Dies sei umso wichtiger, als
    # Information und Aufklärung wirksame Waffen gegen jede Form von Extremismus seien.`); canonical the first named (rules
    # 27, 107, 1252, 2594); the body's indirect speech carries no marks and is not annotated (rule 5)
    quotes=[(PX_SUB, PLEITGEN)],
    aliases={PLEITGEN: ["Fritz Pleitgen", "Pleitgen", "Dieter Stolte", "Stolte", "Pleitgen und Stolte",
                        "Beide Intendanten"]})

# --- NDR (presseportal.de, newsroom 6561), 2019: Lutz Marmor congratulates Kai Gniffke on his election at the SWR ---

NG_T = "Nach Wahl zum SWR Intendanten: NDR Intendant Lutz Marmor gratuliert Dr. Kai Gniffke"
NG_P1 = ("NDR Intendant Lutz Marmor: \"Herzlichen Glückwunsch an Dr. Kai Gniffke zur Wahl zum SWR Intendanten! Bei "
         "ARD-aktuell hat er Herausragendes geleistet: Die Tagesschau bleibt die mit Abstand meistgesehene "
         "Nachrichtensendung im deutschen Fernsehen, und auch online ist die Tagesschau mit ihren Angeboten höchst "
         "erfolgreich. Ich freue mich auf die Zusammenarbeit mit Dr. Kai Gniffke im Kreise der Intendantinnen und "
         "Intendanten.\"")
NG_P2 = ("Der künftige SWR Intendant Dr. Kai Gniffke ist seit 2006 Erster Chefredakteur von ARD-aktuell und damit auch für "
         "die Tagesschau zuständig. ARD-aktuell, eine Gemeinschaftseinrichtung aller neun ARD-Landesrundfunkanstalten, ist "
         "organisatorisch beim NDR angesiedelt.")
NG_P3 = ("Dr. Kai Gniffke, geboren 1960 in Frankfurt am Main, studierte Politikwissenschaft, Rechtswissenschaft und "
         "Soziologie in Mainz und Frankfurt am Main. Nach seiner Promotion arbeitete er seit 1993 als Reporter und "
         "Schlussredakteur in den Abteilungen Fernsehnachrichten und Landespolitik des damaligen Südwestfunks (SWF). Von "
         "1998 bis 2003 war er als Redaktionsleiter ARD-aktuell verantwortlich für die Zulieferungen des SWR Mainz zu "
         "Tagesschau und Tagesthemen. Für Das Erste und den SWR arbeitete er als Autor von Features und Reportagen. 2003 kam "
         "er nach Hamburg - zunächst als Zweiter Chefredakteur ARD-aktuell und Chef des Teams Tagesthemen. Seit 2006 ist "
         "Gniffke Erster Chefredakteur von ARD-aktuell.")

add(id="ho484-presseportal-ndr-2019-marmor-gratuliert-gniffke",
    title=NG_T,
    url="https://www.presseportal.de/pm/6561/4278648",
    retrieved="same address (release of the NDR sent over news aktuell, May 2019 by the newsroom's next story of "
              "20.05.2019 listed in the stored copy); the newsroom widget lines 'Alle Storys', 'Folgen', 'Keine Story von "
              "NDR Norddeutscher Rundfunk mehr verpassen.' and the newsroom label 'NDR Norddeutscher Rundfunk' dropped "
              "(rules 2541, 2590); the headline is the title, the dateline 'Hamburg (ots)' a line of its own; the published "
              "'SWR Intendanten', 'NDR Intendant' without hyphen and the hyphen as dash ('Hamburg - zunächst') kept (rule "
              "20); the contact block 'Pressekontakt: Norddeutscher Rundfunk Presse und Information Iris Bents …', the web "
              "addresses, the 'Original-Content von: …' line and the list 'Weitere Storys: …' dropped (rules 2541, 2590); "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Hamburg (ots)", NG_P1, NG_P2, NG_P3],
    # the statement after the label `NDR Intendant Lutz Marmor:` is his (rules 9, 54); the role phrase names the NDR and
    # is no alias (rule 33); Gniffke, named in the statement and the two paragraphs after it, says nothing
    quotes=[(cut(NG_P1, "\"Herzlichen", "Intendanten.\""), MARMOR)],
    aliases={MARMOR: ["Lutz Marmor"]})

# --- DIE ZEIT (presseportal.de, newsroom 9377), December 2003: quotations from its interviews of the year, part 1 ---

ZI_T = "ZEIT-Interviews mit Prominenten: Was war ihnen 2003 wichtig? (Teil 1 von 2)"
ZI_P1 = ("Für Rudy Pevenage, persönlicher Berater von Jan Ullrich, war dessen Sieg beim Einzelzeitfahren am 18. Juli 2003 "
         "bei der Tour de France das größte Ereignis: \"Ich habe all meine Erfahrung in Jans Comeback gesteckt, mein "
         "Herzblut für ihn gegeben.\"")
ZI_P2 = ("Bahn-Chef Hartmut Mehdorn, Besitzer der Bahncard 100: \"Ich fahre in der Regel mehrmals pro Woche längere Strecken "
         "und muss ehrlich sagen, dass ich kaum Verspätungen spüre.\"")
ZI_P3 = ("Reinhard Hesse, Redenschreiber des Kanzlers, hat Schröders Rede am 17. November auf dem SPD-Parteitag mit "
         "vorbereitet: \"Ich wusste, der Einstieg, für den sich der Bundeskanzler entschieden hatte, würde stark von seinem "
         "Auftritt, seiner Tagesform abhängen. Es hat sich gezeigt, dass er die richtige Entscheidung getroffen hatte.\"")
ZI_P4 = ("Der Steuerexperte Paul Kirchhof über die Einigung im Vermittlungsausschuss am 15. Dezember: \"Ich glaube, dass "
         "dies ein erster kleiner Schritt ist auf dem Weg zur großen Reform.\"")
ZI_P5 = ("Silke Rottenberg, am 12. Oktober Torhüterin der deutschen Nationalmannschaft: \"Es ist Dezember, das Jahr ist "
         "bald rum. Du bist Weltmeister geworden, und so richtig hast du gar nichts davon mitbekommen.\"")
ZI_P6 = ("Christian Berner, Chef des Lebensmittelkonzerns Lekkerland-Tobaccoland, zur Verpackungsverordnung am 13. Juni: "
         "\"Erst macht man uns mit der Dosenpfand-Verordnung, einer Betonwalze gleich, das Geschäft kaputt. Dann entdeckt "
         "man, dass noch ein Krümel übrig ist. Und den will man jetzt auch noch.\"")
ZI_P7 = ("Auch 2003 gehören Interviews für Günter Gaus und Reinhold Beckmann zum Alltag. Für Gaus ist ein Interview "
         "gelungen, \"wenn der Interviewte hinterher sagt: So habe ich das eine oder andere bisher noch nie betrachtet. Ich "
         "muss darüber nachdenken.\" - Beckmann hingegen: \"Ein gutes Gespräch spekuliert nicht auf vordergründige Pointen, "
         "auf den Beifall oder die Ungeduld eines Publikums. Das heißt, es lebt von der Aufmerksamkeit und dem gegenseitigen "
         "Interesse.\"")

add(id="ho484-presseportal-zeit-2003-12-interviews-mit-prominenten-teil-1",
    title=ZI_T,
    url="https://presseportal.de/pm/9377/511760",
    retrieved="same address (release of DIE ZEIT sent over news aktuell, December 2003 by its contents); the headline is "
              "the title, the dateline 'Hamburg (ots)' a line of its own, each entry a paragraph as stored (rules 18, "
              "2590); the published 'Silke Rottenberg, am 12. Oktober Torhüterin' kept (rule 20); the next paragraph, of "
              "which the stored copy keeps only its first word 'Der ', dropped (rule 15))",
    license=OTS_MEDIEN,
    paras=["Hamburg (ots)", ZI_P1, ZI_P2, ZI_P3, ZI_P4, ZI_P5, ZI_P6, ZI_P7],
    # each entry gives one interviewee's words after a colon: a sentence about the person ending in a colon (Pevenage,
    # Hesse; rule 9), a name label with an apposition (Mehdorn, Rottenberg, Berner; rules 54, 362) or a label with a topic
    # phrase (`Der Steuerexperte Paul Kirchhof über …:`, rule 2595); `Für Gaus ist ein Interview gelungen, "…"` is Gaus's
    # (rules 622, 2595), the unmarked words of `der Interviewte` inside his quotation stay in the span; `- Beckmann
    # hingegen: "…"` is Beckmann's (rules 9, 2595); Jan Ullrich and Schröder, of whom two interviewees speak, say nothing;
    # the role phrases that name a company or a body (`Bahn-Chef`, `Chef des Lebensmittelkonzerns …`) are no aliases (rule 33)
    quotes=[(cut(ZI_P1, "\"Ich habe", "gegeben.\""), "Rudy Pevenage"),
            (cut(ZI_P2, "\"Ich fahre", "spüre.\""), "Hartmut Mehdorn"),
            (cut(ZI_P3, "\"Ich wusste", "hatte.\""), "Reinhard Hesse"),
            (cut(ZI_P4, "\"Ich glaube", "Reform.\""), "Paul Kirchhof"),
            (cut(ZI_P5, "\"Es ist", "mitbekommen.\""), "Silke Rottenberg"),
            (cut(ZI_P6, "\"Erst macht", "auch noch.\""), "Christian Berner"),
            (cut(ZI_P7, "\"wenn der", "nachdenken.\""), "Günter Gaus"),
            (cut(ZI_P7, "\"Ein gutes", "Interesse.\""), "Reinhold Beckmann")],
    aliases={"Rudy Pevenage": ["Rudy Pevenage"],
             "Hartmut Mehdorn": ["Hartmut Mehdorn"],
             "Reinhard Hesse": ["Reinhard Hesse"],
             "Paul Kirchhof": ["Paul Kirchhof", "Der Steuerexperte Paul Kirchhof", "Steuerexperte"],
             "Silke Rottenberg": ["Silke Rottenberg"],
             "Christian Berner": ["Christian Berner"],
             "Günter Gaus": ["Günter Gaus", "Gaus"],
             "Reinhold Beckmann": ["Reinhold Beckmann", "Beckmann"]})

# --- Der Tagesspiegel (presseportal.de, newsroom 2790), June 2006: Thierse leaves the board of the memorial foundation ---

TS_T = "Der Tagesspiegel: Thierse tritt vom Vorstand der Denkmalstiftung zurück"
TS_P1 = join("Wolfgang Thierse (SPD), Vorstandsvorsitzender der",
             "\"Stiftung Denkmal für die ermordeten Juden Europas\", hat gegenüber ",
             "dem Tagesspiegel (Sonntags-Ausgabe) seinen Rücktritt von dieser ",
             "Funktion angekündigt . Als Grund nannte er zum einen die ",
             "unzureichende Finanzausstattung der Stiftung, die durch den erheblich",
             "gestiegenen Besucherzustrom insbesondere beim unterirdischen \"Ort der",
             "Information\" verursacht worden sei, zum anderen das Ziel, die ",
             "Funktionen des Kuratoriumsvorsitzenden und des Vorstandsvorsitzenden ",
             "wieder in der Hand des amtierenden Bundestagspräsidenten zu vereinen,",
             "um sie \"mit dem politischen Gewicht des Amtes zu versehen\". Bislang ",
             "hat die Stiftung einen Jahresetat von 2,1 Millionen Euro. Thierse ",
             "sieht einen künftigen Bedarf von 2,7 Millionen Euro.")
TS_P2 = join("Hermann Schäfer, Stellvertreter des Staatsministers für Kultur, ",
             "äußerte sich dem Tagesspiegel gegenüber zu diesen Vorwürfen ",
             "zurückhaltend. Insbesondere gebe es Gesprächsbedarf über die ",
             "künftigen Aufgaben der Stiftung, wozu \"mit heißer Nadel\" ein ",
             "\"Betriebskonzept\" erstellt worden sei, über das in der kommenden ",
             "Woche beraten werde. Schäfer lehnt eine eigenständige ",
             "wissenschaftliche Arbeit der Stiftung ab und sieht deren Prioritäten ",
             "\"in der Betreuung der Besuchergruppen und der Betreuung der ",
             "Ausstellung\".")

add(id="ho484-presseportal-tagesspiegel-2006-06-thierse-denkmalstiftung",
    title=TS_T,
    url="http://www.presseportal.de/pm/2790/839939",
    retrieved="same address (release of Der Tagesspiegel sent over news aktuell ahead of its Sunday edition, June 2006 by "
              "the newsroom's next story of 24.06.2006 listed in the stored copy); the newsroom widget lines 'Alle Storys', "
              "'Folgen', 'Keine Story von Der Tagesspiegel mehr verpassen.' and the newsroom label 'Der Tagesspiegel' "
              "dropped (rules 2541, 2590); the headline with its prefix 'Der Tagesspiegel:' is the title, the dateline "
              "'Berlin (ots)' a line of its own; the copy's hard-wrapped lines joined with single spaces (a line-end space "
              "of the copy taken as that space), also inside the marks of 'Ort der Information' and of Schäfer's last "
              "quotation, and a paragraph ended at the short line that closes a sentence outside marks before 'Hermann "
              "Schäfer' (rules 660, 1372, 1462, 2590); the published space before the full stop ('angekündigt . Als') kept "
              "(rule 20); the lines 'Inhaltliche Rückfragen richten Sie bitte an: Der Tagesspiegel, Ressort Kultur …', the "
              "contact block, the 'Original-Content von: …' line and the list 'Weitere Storys: …' dropped (rules 2541, "
              "2590); complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin (ots)", TS_P1, TS_P2],
    # the foundation's name and the name of its information centre are null (rules 2, 24); the purpose clause in marks at
    # the end of Thierse's reported reasons (`Als Grund nannte er …, um sie "…"`) is his (rules 3, 25); in Schäfer's
    # Konjunktiv report the idiom `"mit heißer Nadel"` and the priorities after `sieht deren Prioritäten` are his (rules 3,
    # 115), while the name of the document in marks, `"Betriebskonzept"`, is null (rules 24, 270); the newspaper to which
    # both spoke is the addressee, not a speaker (rule 12)
    quotes=[("\"Stiftung Denkmal für die ermordeten Juden Europas\"", None),
            ("\"Ort der Information\"", None),
            ("\"mit dem politischen Gewicht des Amtes zu versehen\"", THIERSE),
            ("\"mit heißer Nadel\"", SCHAEFER),
            ("\"Betriebskonzept\"", None),
            (cut(TS_P2, "\"in der Betreuung", "Ausstellung\""), SCHAEFER)],
    aliases={THIERSE: ["Wolfgang Thierse", "Thierse"],
             SCHAEFER: ["Hermann Schäfer", "Schäfer"]})
