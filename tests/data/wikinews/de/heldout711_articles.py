# Seven-hundred-and-eleventh held-out German real-news set (tests/data/heldout711-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4400-4403). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout712-
# heldout718). The annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code
# of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-eleventh held-out set": nine releases of Austrian parties, their press
# services, clubs and organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the BZÖ's parliamentary club
# (Martin Strutz on the ÖVP's party congress, November 2008), the SPÖ's press service twice (the SPÖ-Frauen's Gabriele
# Heinisch-Hosek and Andrea Brunner congratulating Gabi Sprickler-Falschlunger, September 2016; Christian Deutsch against the ÖVP
# NÖ, November 2022), the ÖVP's federal party twice (Werner Amon on Thomas Stelzer's election, April 2017; Karl Nehammer and Laura
# Sachslehner on Stelzer's re-election, March 2022), the Österreichischer Seniorenbund (Ingrid Korosec on Stelzer and Josef
# Pühringer, April 2017), Elisabeth Köstinger on the Bauernbund's results in the Landwirtschaftskammer elections (January 2021)
# and the FPÖ Niederösterreich twice (Udo Landbauer's election as Landesparteiobmann, June 2021; Landbauer and Peter
# Schmiedlechner at the FPÖ Wiener Neustadt's district congress, November 2025). Stored copies are the `search` tool's `pages`
# excerpts; six release bodies are complete in them, three are cut off inside a later paragraph, which is dropped with its marks
# and, once, with the subheading before it (rule 15); the wire furniture (crawl-date prefix, the OTS marker `****`, end marks,
# contact blocks, service lines and footers) is dropped (rules 63, 460, 4170, 4290, 4400); each retrieval note names what was
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


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


STRUTZ = "Martin Strutz"
HEINISCH_HOSEK = "Gabriele Heinisch-Hosek"
AMON = "Werner Amon"
KOROSEC = "Ingrid Korosec"
KOESTINGER = "Elisabeth Köstinger"
LANDBAUER = "Udo Landbauer"
NEHAMMER = "Karl Nehammer"
SACHSLEHNER = "Laura Sachslehner"
DEUTSCH = "Christian Deutsch"
SCHMIEDLECHNER = "Peter Schmiedlechner"

# --- APA-OTS, Parlamentsklub des BZÖ, 28 November 2008: Martin Strutz on the ÖVP's party congress in Wels ---

ST_T = "ÖVP-Parteitag - BZÖ-Strutz: Der Sieger heißt Faymann"
ST_SUB = "Kritik nur zugedeckt, Pröll geht mit geringem Ergebnis geschwächt in die Koalition"
ST_P1 = ("Wien 2008-11-28 (OTS) - \"Der wahre Sieger des ÖVP-Parteitages heißt Werner Faymann. Josef Pröll geht mit einem nicht "
         "gerade berauschendem Ergebnis geschwächt in die Große Koalition\", so BZÖ-Generalsekretär Martin Strutz zum heutigen "
         "Parteitag der ehemaligen Volkspartei ÖVP in Wels und erinnert an die großspurigen mindestens 90-95 Prozent Zustimmung "
         "die Spitzenfunktionäre der ÖVP dem neuen Parteichef als Latte gelegt haben. Pröll habe offenbar die interne Kritik nur "
         "mühsam zudecken können, es sei aber nur eine Frage der Zeit bis die Obmann-Jagdzeit wieder innerhalb der ÖVP "
         "ausgerufen wird. Das Ergebnis von unter 90 Prozent zeige deutlich die Unzufriedenheit in der ÖVP mit Prölls "
         "Entscheidung für die Große Koalition, ohne vorher Alternativen auch nur zu prüfen. Pröll habe sich Faymann am "
         "Nasenring in diese von der ÖVP-Basis ungeliebte Koalition führen lassen und damit den Anfang vom Ende der ÖVP "
         "eingeleitet.")
ST_P2 = ("Generell kritisiert Strutz, dass es am gesamten Parteitag der ÖVP keinerlei neue Visionen, Inhalte oder "
         "Lösungsansätze gegeben hat. \"Die ÖVP hat es sich anscheinend in der Rolle des Koalitionsbeiwagerls gemütlich gemacht, "
         "suhlt sich in Posten und Macht und kümmert sich nicht um die Sorgen und Nöte der Menschen. Statt über Lösungen spricht "
         "Pröll lieber über Posten, statt Zukunft geht es bei der ÖVP um die Vergangenheit, statt um Österreich geht es nur um "
         "die Partei - ein klarer Fehlstart für Pröll\", so Strutz.")

add(id="ho711-ots-bzoe-klub-2008-11-28-strutz-oevp-parteitag",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20081128_OTS0313/oevp-parteitag-bzoe-strutz-der-sieger-heisst-faymann",
    retrieved="same address (release of the BZÖ's parliamentary club on the APA-OTS service, 28 November 2008 by its OTS "
              "number and its dateline 'Wien 2008-11-28 (OTS) -'; the sender is told by the contact block 'Pressereferat "
              "Parlamentsklub des BZÖ' and the footer code BZC0005, both dropped with the contact heading 'Rückfragen & "
              "Kontakt:' and the service line (rules 4230, 4400); headline and subtitle kept as lines of their own as stored, "
              "the dateline at the start of the first paragraph; the published 'berauschendem', 'Zustimmung die' and 'Zeit "
              "bis' without commas kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the quotation before `so BZÖ-Generalsekretär Martin Strutz zum heutigen Parteitag …` is his (rule 30); the quotation
    # after the narrator's `Generell kritisiert Strutz, dass …` is closed by its own `so Strutz` (rule 30); the headline after
    # the fused label `BZÖ-Strutz:` carries no marks (rule 5), nor do the Konjunktiv reports of the first paragraph; Faymann,
    # Josef Pröll, the Spitzenfunktionäre and the ÖVP-Basis say nothing; `BZÖ-Generalsekretär` and the fused label name the
    # party and are no aliases (rules 33, 3672)
    quotes=[(cut(ST_P1, "\"Der wahre", "Koalition\""), STRUTZ),
            (cut(ST_P2, "\"Die ÖVP hat", "für Pröll\""), STRUTZ)],
    aliases={STRUTZ: ["Martin Strutz", "Strutz"]})

# --- APA-OTS, Pressedienst der SPÖ, 30 September 2016: the SPÖ-Frauen congratulate Gabi Sprickler-Falschlunger ---

HB_T = ("Heinisch-Hosek/Brunner: SPÖ-Frauen gratulieren Gabi Sprickler-Falschlunger zum Vorsitz der SPÖ Vorarlberg")
HB_SUB = "Genesungswünsche an Michael Ritsch"
HB_P1 = ("Wien (OTS/SK) - „Die SPÖ wird weiblicher. Wir gratulieren Gabi Sprickler-Falschlunger, die nun den Vorsitz der "
         "SPÖ-Vorarlberg übernimmt“, sagten SPÖ-Frauenvorsitzende Gabriele Heinisch-Hosek und "
         "SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner gegenüber dem SPÖ-Pressedienst.")
HB_P2 = ("„Sie ist mit Birgit Gerstorfer die zweite SPÖ-Landesparteivorsitzende. In Tirol kandidiert Elisabeth Blanik als "
         "Vorsitzende. Damit hätten wir künftig drei Frauen in dieser Funktion“, so die beiden SPÖ-Frauenvertreterinnen. "
         "Gabriele Sprickler-Falschlunger ist Mitglied des Vorarlberger Landtags und Bereichssprecherin für Frauen, Gesundheit, "
         "Pflege, SeniorInnen, Bildung, Integration, Kultur, Wissenschaft, Tierschutz und Europa.")
HB_P3 = ("„Im Namen der SPÖ-Frauen möchten wir auch Genesungswünsche an Michael Ritsch richten“, so Heinisch-Hosek und "
         "Brunner.")

add(id="ho711-ots-spoe-2016-09-30-heinisch-hosek-brunner-sprickler-falschlunger",
    title=HB_T,
    url="http://www.ots.at/presseaussendung/OTS_20160930_OTS0186/heinisch-hosekbrunner-spoe-frauen-gratulieren-gabi-sprickler-"
        "falschlunger-zum-vorsitz-der-spoe-vorarlberg",
    retrieved="same address (release of the SPÖ's press service for the SPÖ-Frauen on the APA-OTS service, 30 September 2016 by "
              "its OTS number; the copy ends after the end mark with the editor's signs ' (Schluss) sc/mp' run onto the last "
              "paragraph, dropped (rule 4170), before any contact block, so the sender is inferred from the dateline code "
              "'Wien (OTS/SK) -' and the release's own voice, the party's women's chairwoman and federal secretary speaking "
              "'gegenüber dem SPÖ-Pressedienst' (rules 2581, 4400); the OTS marker ' ****' after the first paragraph dropped "
              "(rule 460); headline and subtitle kept as lines of their own as stored; the published 'SPÖ-Vorarlberg' with a "
              "hyphen beside the headline's 'SPÖ Vorarlberg' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HB_SUB, HB_P1, HB_P2, HB_P3],
    # the quotation before `sagten SPÖ-Frauenvorsitzende Gabriele Heinisch-Hosek und SPÖ-Bundesfrauengeschäftsführerin Andrea
    # Brunner` is a joint statement and goes to the first named (rules 27, 109); `so die beiden SPÖ-Frauenvertreterinnen` takes
    # up the same two women (rules 2983, 3342), and `so Heinisch-Hosek und Brunner` names them again; Brunner has no quotation
    # of her own, so her names and the joint form are aliases (rule 2983); the headline after the joint label
    # `Heinisch-Hosek/Brunner:` carries no marks (rule 5); Gabi Sprickler-Falschlunger, Birgit Gerstorfer, Elisabeth Blanik,
    # Michael Ritsch and the SPÖ-Pressedienst (the addressee, rule 12) say nothing; the party offices and
    # `SPÖ-Frauenvertreterinnen` carry the party's name and are no aliases (rule 33)
    quotes=[(cut(HB_P1, "„Die SPÖ", "übernimmt“"), HEINISCH_HOSEK),
            (cut(HB_P2, "„Sie ist", "Funktion“"), HEINISCH_HOSEK),
            (cut(HB_P3, "„Im Namen", "richten“"), HEINISCH_HOSEK)],
    aliases={HEINISCH_HOSEK: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Andrea Brunner", "Brunner",
                              "Heinisch-Hosek und Brunner"]})

# --- APA-OTS, ÖVP Bundespartei, 1 April 2017: Werner Amon on Thomas Stelzer's election in Linz ---

AM_T = "Amon: Thomas Stelzer wird den erfolgreichen Weg der Oberösterreichischen Volkspartei fortsetzen"
AM_SUB = ("Wahl von Thomas Stelzer mit 99,9 Prozent zeigt großes Vertrauen in den neuen Landesparteiobmann - Dank an Josef "
          "Pühringer für 22 Jahre großartige Arbeit")
AM_P1 = ("Linz (OTS) - 1. April 2017 – \"Die Oberösterreichische Volkspartei hat heute mit Thomas Stelzer eine ausgezeichnete "
         "Wahl getroffen. Er wird die erfolgreiche Politik Josef Pühringers und der Oberösterreichischen Volkspartei "
         "fortsetzen\", gratulierte ÖVP-Generalsekretär Werner Amon dem neuen oberösterreichischen Landesparteiobmann zur Wahl, "
         "und weiter: \"99,9 Prozent sprechen für sich: Thomas Stelzer kann sich auf eine mutige Partei verlassen, die ihm den "
         "Rücken stärkt und ihm und seiner Arbeit ein großes Maß an Vertrauen entgegenbringt.\"")
AM_P2 = ("Amon hebt besonders Stelzers Vision für Oberösterreich hervor, den Fokus auf die Stärkung der Wettbewerbsfähigkeit "
         "Oberösterreichs in den Bereichen Innovation und Forschung zu legen, um gegenüber EU-Topregionen aufzuholen und "
         "genügend Arbeitsangebote im Land anbieten zu können. \"Thomas Stelzer weiß, was Oberösterreich braucht und wird mit "
         "seinem Programm entscheidende Impulse setzen und das Land in eine sichere und erfolgreiche Zukunft führen\", so Amon.")
AM_P3 = ("Der Generalsekretär bedankt sich auch bei dem scheidenden Landesparteiobmann Josef Pühringer: \"Josef Pühringer hat "
         "Oberösterreich zu dem gemacht, was es heute ist: Ein moderner Wirtschafts-, Wissenschafts- und Kulturstandort, der den "
         "Vergleich nicht scheuen muss. Er hat sich in den vergangenen 22 Jahren unentwegt für das Land eingesetzt und darüber "
         "hinaus auch bundesweit eine stets geachtete Stimme gehabt. Für seinen weiteren Weg wünsche ich ihm alles Gute.\"")

add(id="ho711-ots-oevp-2017-04-01-amon-stelzer-wahl",
    title=AM_T,
    url="http://www.ots.at/presseaussendung/OTS_20170401_OTS0031/amon-thomas-stelzer-wird-den-erfolgreichen-weg-der-"
        "oberoesterreichischen-volkspartei-fortsetzen",
    retrieved="same address (release on the APA-OTS service, 1 April 2017 by its OTS number and its dateline 'Linz (OTS) - 1. "
              "April 2017 –', kept at the start of the first paragraph as stored; the copy ends after the third body "
              "paragraph, closed by a complete quotation, before any contact block, so the sender is inferred as the ÖVP's "
              "federal party from the release's own voice: its general secretary alone quoted on the Land party's new chairman "
              "and thanking the old one (rules 2581, 4400); headline and subtitle kept as lines of their own as stored)",
    license=APA_OTS_POLITICS,
    paras=[AM_SUB, AM_P1, AM_P2, AM_P3],
    # the quotation before `gratulierte ÖVP-Generalsekretär Werner Amon dem neuen … Landesparteiobmann zur Wahl` is his (rule
    # 30), and so is the colon quotation after the same cue's `und weiter:` (rule 9); the quotation after the narrator's
    # `Amon hebt besonders Stelzers Vision … hervor` is closed by its own `so Amon` (rule 30); the colon quotation after `Der
    # Generalsekretär bedankt sich auch bei … Josef Pühringer:` is his, Pühringer being the one thanked (rules 9, 30); the
    # headline after the label `Amon:` and the subtitle carry no marks (rule 5); Thomas Stelzer, Josef Pühringer and the
    # Volkspartei say nothing; `Generalsekretär`, in the release naming only him, is an alias (rule 44), the party compound
    # `ÖVP-Generalsekretär` is not (rule 33)
    quotes=[(cut(AM_P1, "\"Die Oberösterreichische", "fortsetzen\""), AMON),
            (cut(AM_P1, "\"99,9", "entgegenbringt.\""), AMON),
            (cut(AM_P2, "\"Thomas Stelzer weiß", "führen\""), AMON),
            (cut(AM_P3, "\"Josef Pühringer hat", "alles Gute.\""), AMON)],
    aliases={AMON: ["Werner Amon", "Amon", "Generalsekretär"]})

# --- APA-OTS, Österreichischer Seniorenbund, 1 April 2017: Ingrid Korosec on Thomas Stelzer and Josef Pühringer ---

KO_T = "Seniorenbund gratuliert Stelzer zum neuen Parteichef der ÖVP OÖ"
KO_SUB = "Korosec: „Ideale Person, um Weg des Erfolgs weiterzugehen“"
KO_P1 = ("Wien (OTS) - Ingrid Korosec, Präsidentin des Österreichischen Seniorenbundes, zeigt sich angesichts der Bestellung "
         "von Thomas Stelzer zum neuen Parteiobmann der ÖVP Oberösterreich höchst erfreut. „Ich sehe in Thomas Stelzer die "
         "ideale Person, um den erfolgreichen Weg der ÖVP in Oberösterreich fortzusetzen“, gibt Korosec bekannt. Sein "
         "überzeugender Wahlerfolg mit 99,9 Prozent der Stimmen unterstreiche die Eignung seiner Person sowie seines ganzen Teams "
         "für diese verantwortungsvolle Tätigkeit. „Für Oberösterreich ist ein Wechsel in die Zukunft vollzogen, der den "
         "Oberösterreicherinnen und Oberösterreichern Stabilität und Dynamik verspricht“, so Korosec weiter.")
KO_P2 = ("Dem scheidenden Parteichef Josef Pühringer zollt Korosec großen Respekt und vor allem Dank für seine jahrzehntelange "
         "Arbeit. „Pühringers politischer Erfolg beschränkt sich nicht auf das Land Oberösterreich, er hat die ganze Republik "
         "Österreich entscheidend mitgeprägt. Eine besondere Freude ist es für mich, auch zukünftig mit Josef Pühringer, einer "
         "Person mit einer so großen politischen Erfahrung, zusammenarbeiten zu können. Ich freue mich auf unsere Zusammenarbeit "
         "im Seniorenbund“, schließt Korosec.")

add(id="ho711-ots-seniorenbund-2017-04-01-korosec-stelzer",
    title=KO_T,
    url="http://www.ots.at/presseaussendung/OTS_20170401_OTS0028/seniorenbund-gratuliert-stelzer-zum-neuen-parteichef-der-oevp-ooe",
    retrieved="same address (release of the Österreichischer Seniorenbund on the APA-OTS service, 1 April 2017 by its OTS number; "
              "the crawl-date prefix ' date 2017-04' before the headline dropped (rule 63); the sender is told by the contact "
              "block 'Österreichischer Seniorenbund / Wolfgang Müller, MA, MSc / Pressesprecher / (+43) 01 - 40 126 - 430 / "
              "wmueller @ seniorenbund.at / www.seniorenbund.at', dropped with the contact heading 'Rückfragen & Kontakt:' (rules "
              "4230, 4400); headline and subtitle kept as lines of their own as stored; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2],
    # the subtitle after the label `Korosec:` is hers, a shortened form of her first body quotation (rules 26, 54, 4223); the
    # quotations before `gibt Korosec bekannt`, `so Korosec weiter` and `schließt Korosec` are hers (rule 30); the Konjunktiv
    # sentence on the 99,9 Prozent and the narrator's sentence on her respect for Pühringer carry no span (rule 5); Thomas
    # Stelzer, Josef Pühringer and the ÖVP Oberösterreich say nothing; `Präsidentin des Österreichischen Seniorenbundes`
    # names the organisation and is no alias (rule 33)
    quotes=[(KO_SUB[len("Korosec: "):], KOROSEC),
            (cut(KO_P1, "„Ich sehe", "fortzusetzen“"), KOROSEC),
            (cut(KO_P1, "„Für Oberösterreich", "verspricht“"), KOROSEC),
            (cut(KO_P2, "„Pühringers", "Seniorenbund“"), KOROSEC)],
    aliases={KOROSEC: ["Ingrid Korosec", "Korosec"]})

# --- APA-OTS, 24 January 2021: Elisabeth Köstinger on the Bauernbund's results in the Landwirtschaftskammer elections ---

KB_T = "Köstinger: „Starkes Wahlergebnis bestätigt Arbeit des Bauernbundes“"
KB_SUB = ("Erfolgreiche Arbeit von Michaela Langer-Weninger und Franz Titschenbacher für die Bäuerinnen und Bauern wurde mit "
          "starkem Wahlergebnis belohnt.")
KB_P1 = ("Wien (OTS) - In gleich zwei Bundesländern, in Oberösterreich und der Steiermark, fanden heute die "
         "Landwirtschaftskammerwahlen statt. Bäuerinnen und Bauern sowie Grundeigentümer haben ihre Vertretung gewählt.")
KB_P2 = ("In Oberösterreich konnten 129.178 wahlberechtigte Bäuerinnen und Bauern sowie Grundeigentümer die neue Zusammensetzung "
         "der Landwirtschaftskammer Oberösterreich wählen. Der Oberösterreichische Bauernbund mit Michaela Langer-Weninger an der "
         "Spitze wurde klar bestätigt. „Ich gratuliere Michaela Langer-Weninger zu diesem Ergebnis“, so "
         "Landwirtschaftsministerin Elisabeth Köstinger. „Ehrliche Arbeit für die Anliegen der Bäuerinnen und Bauern zahlt sich "
         "gerade in schwierigen Zeiten aus und wird von den Menschen geschätzt. Damit kann die gute Arbeit der "
         "Bauernbund-Vertreterinnen und -Vertreter in der Landwirtschaftskammer Oberösterreich auch in den kommenden Jahren "
         "weitergeführt werden. In den vergangenen Jahren haben wir viel gemeinsam erreicht. Ich bin froh, dass wir mit dem "
         "Bauernbund und Michaela Langer-Weninger starke Partner in Oberösterreich haben, mit denen wir die Agrarpolitik "
         "weiterentwickeln und unsere bäuerlichen Familienbetriebe stärken können“, so Landwirtschaftsministerin Elisabeth "
         "Köstinger.")

add(id="ho711-ots-2021-01-24-koestinger-bauernbund-kammerwahlen",
    title=KB_T,
    url="https://www.ots.at/presseaussendung/OTS_20210124_OTS0033/koestinger-starkes-wahlergebnis-bestaetigt-arbeit-des-"
        "bauernbundes",
    retrieved="same address (release on the APA-OTS service, 24 January 2021 by its OTS number, the day of the Landwirtschafts"
              "kammer elections in Oberösterreich and the Steiermark ('fanden heute … statt'); the crawl-date prefix ' date "
              "2021-01' before the headline dropped (rule 63); the stored copy ends inside the paragraph on the Steiermark "
              "('… „Franz Titschenbacher und sein Team sind verlässliche Partner, wenn es um die Anliegen der Bäuer'), before "
              "any contact block; that paragraph is dropped with its marks and with the subheading 'Köstinger: „Klarer "
              "Wähler-Auftrag für den Bauernbund in der Steiermark“' left dangling before it (rule 15); the sender, not "
              "named in the copy, is inferred from the release's own voice: the minister's praise of the Bauernbund, the ÖVP's "
              "farmers' organisation, whose vice-president she then was, and of its Land leaders; whether the Bauernbund or "
              "her ministry sent it, the class of the licence is the same (rules 2581, 4390, 4400); headline and subtitle kept "
              "as lines of their own as stored)",
    license=APA_OTS_POLITICS,
    paras=[KB_SUB, KB_P1, KB_P2],
    # the headline after the label `Köstinger:` is hers (rule 54), although the kept body does not repeat its words (the
    # dropped Steiermark paragraph was her second section); the two quotations before `so Landwirtschaftsministerin Elisabeth
    # Köstinger` are hers (rule 30); Michaela Langer-Weninger, Franz Titschenbacher, the Bauernbund, the Bäuerinnen und Bauern
    # and the Grundeigentümer say nothing; the role with her name, used for her alone, is an alias (rule 44)
    quotes=[(KB_T[len("Köstinger: "):], KOESTINGER),
            (cut(KB_P2, "„Ich gratuliere", "Ergebnis“"), KOESTINGER),
            (cut(KB_P2, "„Ehrliche", "stärken können“"), KOESTINGER)],
    aliases={KOESTINGER: ["Elisabeth Köstinger", "Köstinger", "Landwirtschaftsministerin Elisabeth Köstinger"]})

# --- APA-OTS, FPÖ Niederösterreich, 26 June 2021: Udo Landbauer elected Landesparteiobmann in Wieselburg ---

LW_T = "FPÖ NÖ: 340 Delegierte wählen Udo Landbauer mit 94,59 Prozent zum Landesparteiobmann"
LW_SUB = ("Unter dem Motto „FREIHEIT. LEBEN. NIEDERÖSTERREICH“ fordert die FPÖ das sofortige Ende jeglicher Corona-Maßnahmen & "
          "eine Rückkehr zur echten Normalität")
LW_P1 = ("Wieselburg (OTS) - Der gf. Landesparteiobmann und Klubobmann der Freiheitlichen im NÖ Landtag, Udo Landbauer ist beim "
         "heutigen 35. Ordentlichen Landesparteitag der FPÖ Niederösterreich in Wieselburg mit 94,59 Prozent in geheimer Wahl "
         "zum Landesparteiobmann gewählt worden. „Ich bedanke mich für das großartige Vertrauen. Das ist nicht "
         "selbstverständlich! Ich nehme die Wahl mit großer Freude, viel Demut und dem klaren Auftrag an, jeden Tag für unser "
         "wunderschönes Heimatland Niederösterreich zu arbeiten und alles für unsere Bevölkerung zu geben. Vereint und mit dem "
         "Herzen am rechten Fleck werden wir Freiheitliche in Niederösterreich Geschichte schreiben und die absolute Mehrheit der "
         "ÖVP brechen“, sagt Udo Landbauer.")
LW_P2 = ("In seiner Rede betont Landbauer, dass „freiheitliche Politik niemals aus einem Selbstzweck heraus passiert“. „Wir "
         "machen Politik, weil wir an etwas glauben, weil wir eine Vision für dieses Land Niederösterreich haben und weil wir "
         "davon überzeugt sind, dass dieses Land etwas Besseres verdient hat, als schwarze Sonntagsreden und schwarze "
         "Machtpolitik“, verweist Landbauer darauf, dass Niederösterreich das „Kernland des schwarzen Syndikats ist“. „Mit "
         "Niederösterreich steht und fällt die ÖVP. Pröll, Sobotka und jetzt Mikl-Leitner waren und sind die Paten der "
         "jeweiligen ÖVP-Chefs. Daher ist es umso wichtiger, diese schwarze Allmacht zu brechen“, so Landbauer.")

add(id="ho711-ots-fpoe-noe-2021-06-26-landbauer-landesparteitag",
    title=LW_T,
    url="https://www.ots.at/presseaussendung/OTS_20210626_OTS0035/fpoe-noe-340-delegierte-waehlen-udo-landbauer-mit-9459-"
        "prozent-zum-landesparteiobmann",
    retrieved="same address (release on the APA-OTS service, 26 June 2021 by its OTS number, the day of the party congress "
              "('beim heutigen 35. Ordentlichen Landesparteitag'); the crawl-date prefix ' date 2021-06' before the headline "
              "dropped (rule 63); the stored copy ends inside the third body paragraph, inside a quotation ('Bezugnehmend auf "
              "die aktuelle Staatsbürgerschaftsdebatte kritisiert Landbauer die SPÖ, die „drauf und dran ist, … „Die Staats'), "
              "before any contact block; that paragraph is dropped with its marks (rule 15); the sender, the FPÖ "
              "Niederösterreich, is inferred from the headline label 'FPÖ NÖ:' and the release's own voice, its newly elected "
              "chairman alone quoted at its own congress (rules 2581, 4400); headline and subtitle kept as lines of their own "
              "as stored; the published 'Udo Landbauer ist' without a comma, 'Ordentlichen' and '„Kernland des schwarzen "
              "Syndikats ist“' with the verb inside the marks kept (rules 20, 4403))",
    license=APA_OTS_POLITICS,
    paras=[LW_SUB, LW_P1, LW_P2],
    # the motto after `Unter dem Motto` in the subtitle is null (rules 2, 24); the quotation before `sagt Udo Landbauer` is
    # his (rule 30); the partial quotation in the `dass`-clause after `In seiner Rede betont Landbauer` is his (rules 3, 25);
    # the quotation before `verweist Landbauer darauf, dass …` is his, and so is the partial quotation in that `dass`-clause,
    # which takes the verb into its marks (rule 4403); the quotation before `so Landbauer` is his (rule 30); Pröll, Sobotka,
    # Mikl-Leitner, the ÖVP and the Delegierte say nothing; `Landesparteiobmann` and `Klubobmann der Freiheitlichen im NÖ
    # Landtag` name offices of the party and are not listed (rule 33)
    quotes=[("„FREIHEIT. LEBEN. NIEDERÖSTERREICH“", None),
            (cut(LW_P1, "„Ich bedanke", "brechen“"), LANDBAUER),
            ("„freiheitliche Politik niemals aus einem Selbstzweck heraus passiert“", LANDBAUER),
            (cut(LW_P2, "„Wir machen", "Machtpolitik“"), LANDBAUER),
            ("„Kernland des schwarzen Syndikats ist“", LANDBAUER),
            (cut(LW_P2, "„Mit Niederösterreich", "zu brechen“"), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "Landbauer"]})

# --- APA-OTS, ÖVP Bundespartei, 25 March 2022: Karl Nehammer and Laura Sachslehner on Thomas Stelzer's re-election ---

NS_T = "Nehammer: „Landeshauptmann Thomas Stelzer steht für Verlässlichkeit und Stabilität“"
NS_SUB = "Sachslehner: „Thomas Stelzer wird den Erfolgskurs der Oberösterreichischen Volkspartei fortsetzen“"
NS_P1 = ("Wien (OTS) - „Oberösterreichs Landeshauptmann Thomas Stelzer steht für Verlässlichkeit und Stabilität. Für seine "
         "hervorragende Arbeit wurde Thomas Stelzer am heutigen Landesparteitag mit dem überwältigenden Vertrauen der "
         "Delegierten ausgestattet und erneut zum Landesparteiobmann der Oberösterreichischen Volkspartei gewählt. Ich "
         "gratuliere Thomas Stelzer herzlich zur Wiederwahl und wünsche ihm sowie seinen drei Stellvertreterinnen und seinem "
         "Stellvertreter alles Gute. Mit Stelzer an der Spitze wird in Oberösterreich weiterhin das Erfolgsrezept des "
         "Miteinanders im Vordergrund stehen“, betont Bundeskanzler und Bundesparteiobmann Karl Nehammer anlässlich des heute "
         "online abgehaltenen Landesparteitags der OÖVP.")
NS_P2 = ("Die Generalsekretärin der Volkspartei, Laura Sachslehner, schließt sich den Glückwünschen an: „Landeshauptmann Thomas "
         "Stelzer wird gemeinsam mit seinem Team den Erfolgskurs der Oberösterreichischen Volkspartei fortsetzen. Es freut mich, "
         "dass die Delegierten Landesparteiobmann Thomas Stelzer, seinen Stellvertreterinnen Christine Haberlander, Michaela "
         "Langer-Weninger und Doris Hummer sowie Stellvertreter August Wöginger in höchstem Maße ihr Vertrauen ausgesprochen "
         "haben. Ich wünsche alles Gute für die bevorstehenden Aufgaben und freue mich auf die Fortsetzung der ausgezeichneten "
         "Zusammenarbeit zwischen Landes- und Bundespartei.“")

add(id="ho711-ots-oevp-2022-03-25-nehammer-sachslehner-stelzer",
    title=NS_T,
    url="https://www.ots.at/presseaussendung/OTS_20220325_OTS0159/nehammer-landeshauptmann-thomas-stelzer-steht-fuer-"
        "verlaesslichkeit-und-stabilitaet",
    retrieved="same address (release on the APA-OTS service, 25 March 2022 by its OTS number, the day of the OÖVP's online "
              "party congress ('am heutigen Landesparteitag'); the crawl-date prefix ' date 2022-03' before the headline dropped "
              "(rule 63); the copy ends after the second body paragraph, closed by a complete quotation, before any contact "
              "block, so the sender is inferred as the ÖVP's federal party from the release's own voice: its chairman and its "
              "general secretary congratulating a Land party's chairman (rules 2581, 4400); headline and subtitle, each a "
              "label with a quotation, kept as lines of their own as stored)",
    license=APA_OTS_POLITICS,
    paras=[NS_SUB, NS_P1, NS_P2],
    # the headline after the label `Nehammer:` is his, the first sentence of his body quotation (rules 26, 54); the subtitle
    # after the label `Sachslehner:` is hers, a shortened form of her body quotation's first sentence (rules 54, 4223); the
    # quotation before `betont Bundeskanzler und Bundesparteiobmann Karl Nehammer` is his (rule 30); the colon quotation
    # after `Die Generalsekretärin der Volkspartei, Laura Sachslehner, schließt sich den Glückwünschen an:` is hers (rule 9);
    # Thomas Stelzer, his deputies Christine Haberlander, Michaela Langer-Weninger, Doris Hummer and August Wöginger and the
    # Delegierte say nothing; `Generalsekretärin der Volkspartei` names the party and is no alias (rule 33)
    quotes=[(NS_T[len("Nehammer: "):], NEHAMMER),
            (NS_SUB[len("Sachslehner: "):], SACHSLEHNER),
            (cut(NS_P1, "„Oberösterreichs", "stehen“"), NEHAMMER),
            (cut(NS_P2, "„Landeshauptmann Thomas", "Bundespartei.“"), SACHSLEHNER)],
    aliases={NEHAMMER: ["Karl Nehammer", "Nehammer"],
             SACHSLEHNER: ["Laura Sachslehner", "Sachslehner"]})

# --- APA-OTS, Pressedienst der SPÖ, 14 November 2022: Christian Deutsch against the ÖVP Niederösterreich ---

DE_T = "SPÖ-Deutsch: „ÖVP NÖ betreibt plumpe Wähler*innentäuschung – ÖVP NÖ ist ÖVP in Rein’kultur‘“"
DE_SUB = ("Bundes-ÖVP schon so runtergekommen, dass ÖVP-Landespartei auf Familienflucht ist – Bundes-ÖVP von ÖVP NÖ "
          "durchsetzt")
DE_P1 = ("Wien (OTS/SK) - Die Behauptung von ÖVP-NÖ-Landesgeschäftsführer Ebner, wonach die ÖVP Niederösterreich nie ÖVP "
         "gewesen sei, ist für SPÖ-Bundesgeschäftsführer Christian Deutsch „freche und plumpe Wähler*innentäuschung, die sich "
         "die völlig abgehobene ÖVP Niederösterreich hier anmaßt“. „Offenbar ist die Bundes-ÖVP, die bis zum Hals im "
         "Korruptions- und Skandalsumpf steckt, schon so runtergekommen, dass die ÖVP NÖ aus Angst vor einer Wahlniederlage bei "
         "den anstehenden Landtagswahlen nicht einmal bei der Bundes-ÖVP anstreifen will und Familienflucht betreibt“, betonte "
         "Deutsch heute, Montag, gegenüber dem SPÖ-Pressedienst.")
DE_P2 = ("Für den SPÖ-Bundesgeschäftsführer ist klar: „Der Distanzierungsversuch der ÖVP NÖ ist lachhaft und zum Scheitern "
         "verurteilt. Denn die ÖVP Niederösterreich ist ÖVP in Rein’kultur‘, wobei man hier das Wort ‚Kultur‘ gleich in mehrere "
         "Anführungszeichen setzen muss. ÖVP-NÖ-Chefin Mikl-Leitner hat den gescheiterten ÖVP-Kanzler Kurz mit allen Mitteln "
         "gefördert. Mit Nehammer sitzt zudem ein Günstling von Mikl-Leitner als Bundeskanzler an den Schalthebeln der Macht. Ob "
         "Nehammer, Karner, Tanner, Sobotka oder Hanger und Stocker – die Bundes-ÖVP und die türkise Regierungsbank sind "
         "durchsetzt von Vertreter*innen der ÖVP Niederösterreich“, so Deutsch, der klarstellt, dass „die ÖVP Niederösterreich "
         "endlich aufhören soll, die Wähler*innen für dumm zu verkaufen“.")

add(id="ho711-ots-spoe-2022-11-14-deutsch-oevp-noe-reinkultur",
    title=DE_T,
    url="https://www.ots.at/presseaussendung/OTS_20221114_OTS0052/spoe-deutsch-oevp-noe-betreibt-plumpe-waehlerinnentaeuschung-"
        "oevp-noe-ist-oevp-in-reinkultur",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 14 November 2022 by its OTS number and "
              "the body's 'heute, Montag'; the crawl-date prefix ' date 2022-11' before the headline dropped (rule 63); the copy "
              "ends after the end mark with the editors' signs ' (Schluss) mb/ls' run onto the last paragraph, dropped (rule "
              "4170), before any contact block, so the sender is inferred from the dateline code 'Wien (OTS/SK) -' and the "
              "release's own voice, the party's federal secretary speaking 'gegenüber dem SPÖ-Pressedienst' (rules 2581, "
              "4400); the OTS marker ' ****' after the first paragraph dropped (rule 460); headline and subtitle kept as lines "
              "of their own as stored; the published mixed single marks in 'Rein’kultur‘' (headline and body) and "
              "'‚Kultur‘' kept (rules 20, 4401); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[DE_SUB, DE_P1, DE_P2],
    # the headline after the fused label `SPÖ-Deutsch:` is his, a combination of his body's words (rules 54, 3672, 4401),
    # the single marks inside it staying in the span; the partial quotation after `ist für SPÖ-Bundesgeschäftsführer
    # Christian Deutsch` gives his verdict and is his (rules 3, 4211); the quotation before `betonte Deutsch heute, Montag,
    # gegenüber dem SPÖ-Pressedienst` is his (rule 30; the press service the addressee, rule 12); the colon quotation after
    # `Für den SPÖ-Bundesgeschäftsführer ist klar:` is his (rules 9, 30), the single-marked `‚Kultur‘` staying inside it
    # (rule 6; NOTES.md nested marks); the partial quotation in the `dass`-clause of `so Deutsch, der klarstellt, dass …` is
    # his (rules 3, 25); Ebner, whose claim is reported without marks, Mikl-Leitner, Kurz, Nehammer, Karner, Tanner, Sobotka,
    # Hanger, Stocker and the ÖVP say nothing; `SPÖ-Bundesgeschäftsführer` and the fused label name the party and are no
    # aliases (rules 33, 3672)
    quotes=[(DE_T[len("SPÖ-Deutsch: "):], DEUTSCH),
            (cut(DE_P1, "„freche", "anmaßt“"), DEUTSCH),
            (cut(DE_P1, "„Offenbar", "Familienflucht betreibt“"), DEUTSCH),
            (cut(DE_P2, "„Der Distanzierungsversuch", "ÖVP Niederösterreich“"), DEUTSCH),
            (cut(DE_P2, "„die ÖVP Niederösterreich endlich", "verkaufen“"), DEUTSCH)],
    aliases={DEUTSCH: ["Christian Deutsch", "Deutsch"]})

# --- APA-OTS, FPÖ Wiener Neustadt, 22 November 2025: Udo Landbauer and Peter Schmiedlechner at the district congress ---

LS_DL = "Wiener Neustadt (OTS) -"
LS_P1 = ("Beim Bezirksparteitag der FPÖ Wiener Neustadt am Freitag in Lanzenkirchen wurde Landesparteiobmann LH-Stellvertreter "
         "Udo Landbauer mit 98 Prozent als FPÖ-Bezirksparteiobmann bestätigt. Mit großer Demut und Dankbarkeit nahm Landbauer "
         "dieses großartige Ergebnis und das „überragende Vertrauen“ der freiheitlichen Basis entgegen. „Unser Erfolg ist die "
         "Leistung einer starken Mannschaft, die das ganze Jahr über für die Bevölkerung da ist. Auf die FPÖ Wiener Neustadt ist "
         "Verlass, im Wahlkampf, in der Gemeindearbeit und im direkten Kontakt mit den Menschen“, würdigte Landbauer den Einsatz "
         "der freiheitlichen Funktionäre.")
LS_P2 = ("FPÖ-Nationalratsabgeordneter Peter Schmiedlechner wurde als geschäftsführender Bezirksparteiobmann wiedergewählt. Er "
         "verwies in seiner Rede auf die freiheitlichen Wahlerfolge. „Wir stehen vor einer politischen Wende. Die Bevölkerung "
         "wendet sich von den Systemparteien ab, weil sie weiß, dass die FPÖ die einzige politische Kraft ist, die einen "
         "schnurgeraden Weg geht und auf der Seite der Menschen steht“, so Schmiedlechner zu den FPÖ-Wahlerfolgen bei der "
         "Landtagswahl 2023 mit 29,3 Prozent im Bezirk Wiener Neustadt, Platz eins im Bezirk bei der EU-Wahl mit 31,8 Prozent "
         "und 34,4 Prozent bei der vergangenen Nationalratswahl.")
LS_P3 = ("„Diese Ergebnisse sind ein klarer Auftrag, unseren Weg konsequent fortzusetzen. Wir stehen für eine ehrliche, "
         "bodenständige Politik für die Menschen in unserem Land, damit es ihnen wieder besser geht“, so Landbauer und "
         "Schmiedlechner.")

add(id="ho711-ots-fpoe-wiener-neustadt-2025-11-22-landbauer-schmiedlechner",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251122_OTS0016/udo-landbauer-mit-98-prozent-als-fpoe-bezirksparteiobmann-"
        "wiedergewaehlt",
    retrieved="same address (release on the APA-OTS service, 22 November 2025 by its OTS number and its date prefix ' date "
              "2025-11-22', which is dropped (rule 63), the congress held 'am Freitag', 21 November; the stored copy shows no "
              "headline and no subtitle and gives the dateline 'Wiener Neustadt (OTS) -' alone on its line before the first "
              "paragraph: that line is the document's first line, and no title is supplied from the address slug (rules 18, "
              "32, 1580, 3610); the copy ends inside the fourth body paragraph, inside a quotation ('Landbauer bekräftigte in "
              "seiner Rede freiheitliche Regierungserfolge in Niederösterreich. „Von der Abschaffung der ORF-Landesabgabe, … "
              "Ohne uns'), before any contact block; that paragraph is dropped with its marks (rule 15); the sender, the FPÖ's "
              "district party of Wiener Neustadt or its Land party, is inferred from the release's own voice, its two "
              "re-elected chairmen alone quoted on their own congress and on 'die FPÖ Wiener Neustadt' (rules 2581, 4400))",
    license=APA_OTS_POLITICS,
    paras=[LS_DL, LS_P1, LS_P2, LS_P3],
    # the marked phrase in the narrator's sentence on what Landbauer accepted (`nahm Landbauer … das „überragende Vertrauen“
    # der freiheitlichen Basis entgegen`) is his (rule 4402); the quotation before `würdigte Landbauer den Einsatz der
    # freiheitlichen Funktionäre` is his (rule 30); the quotation before `so Schmiedlechner zu den FPÖ-Wahlerfolgen …` is his,
    # named with his office in the sentence before and taken up by `Er` (rules 8, 30); the joint quotation before `so
    # Landbauer und Schmiedlechner` goes to the first named, and since Schmiedlechner has a quotation of his own the joint form
    # is no alias (rules 27, 750); the Basis, the Funktionäre and the Bevölkerung say nothing; `Landesparteiobmann
    # LH-Stellvertreter`, `FPÖ-Bezirksparteiobmann` and `FPÖ-Nationalratsabgeordneter` name offices with the party or the Land
    # and are no aliases (rule 33)
    quotes=[("„überragende Vertrauen“", LANDBAUER),
            (cut(LS_P1, "„Unser Erfolg", "Menschen“"), LANDBAUER),
            (cut(LS_P2, "„Wir stehen", "steht“"), SCHMIEDLECHNER),
            (cut(LS_P3, "„Diese Ergebnisse", "besser geht“"), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "Landbauer"],
             SCHMIEDLECHNER: ["Peter Schmiedlechner", "Schmiedlechner"]})
