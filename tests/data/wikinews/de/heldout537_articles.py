# Five-hundred-and-thirty-seventh held-out German real-news set (tests/data/heldout537-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3060-3064). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-seventh held-out set": ten releases of Austrian public bodies
# distributed by APA-OTS Originaltext-Service and shown on ots.at (licence APA_OTS_PUBLIC): two of the City of Vienna (the
# PID-Rathauskorrespondenz's election-day release offering statements of district heads as raw material, October 2020; the
# mayor's press spokeswoman on Michael Häupl's words on the death of Fred Sinowatz, August 2008, sent with the
# Rathauskorrespondenz's sender code) and eight of the Österreichische Präsidentschaftskanzlei, the office of the Federal
# President (Alexander Van der Bellen on Andrea Mayer's move to the post of state secretary for art and culture, May 2020;
# Heinz Fischer's letters of condolence and congratulation of 2006-2013: to Lech Kaczynski after the hall collapse in
# Chorzow, to Hu Jintao after the Sichuan earthquake, to the Emperor of Japan after the earthquake of March 2011, to Barack
# Obama after the Newtown shooting, to Gerhard Weis, Franz Klammer and Helmut Schmidt on their birthdays). Stored copies are
# the `search` tool's `pages` excerpts; all ten releases are short and complete in them; the wire furniture (crawl date
# prefixes, contact blocks, service lines and footers) is dropped (rules 63, 2600, 3020, 3060), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_PUBLIC  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


STADLER = "Paul Stadler"
ZATLOKAL = "Gerhard Zatlokal"
FIGL = "Markus Figl"
NOSSEK = "Silvia Nossek"
HAEUPL = "Michael Häupl"
VDB = "Van der Bellen"
FISCHER = "Heinz Fischer"

# --- APA-OTS, PID-Rathauskorrespondenz, 11 October 2020: statements of district heads on the election day ---

WW_T = "Wien-Wahl 2020: Die Stimmen aus den Bezirken exklusiv im „virtuellen Medienzentrum“ der Stadt"
WW_SUB = ("Statements der BezirksvorsteherInnen und von Bezirks-PolitikerInnen als Roh-Material zur Verwendung für "
          "Redaktionen")
WW_P1 = ("Wien (OTS/RK) - Wie beurteilen Wiens Bezirksvorsteherinnen und –vorsteher den heutigen Wahltag? Im „virtuellen "
         "Medienzentrum“ der Stadt finden Redaktionen jetzt auch kostenlosen Video- bzw. Audio-Content aus den 23 Wiener "
         "Gemeindebezirken. „Es war klar, dass wir verlieren“, sagt etwa Simmerings Bezirkschef Paul Stadler von der FPÖ; "
         "Gerhard Zatlokal aus Rudolfsheim-Fünfhaus wiederum sieht seine Partei, die SPÖ, „bestätigt als treibende Kraft“ "
         "in der Stadt und im Bezirk. „Es ist erfreulich, dass wir jetzt zweitstärkste Kraft in Wien sind“, erklärt Markus "
         "Figl von der ÖVP als Bezirksvorsteher der Inneren Stadt. Silvia Nossek aus Währing wiederum hofft, dass „wir im "
         "Rathaus in einer Regierung weiterhin grüne Politik machen“.")
WW_P2 = ("Diese und viele weitere O-Töne stehen ab sofort zur publizistischen Verwendung kostenlos zur Verfügung: "
         "www.wien.gv.at/medienzentrum")

add(id="ho537-ots-rk-2020-10-11-wien-wahl-stimmen-aus-den-bezirken",
    title=WW_T,
    url="https://www.ots.at/presseaussendung/OTS_20201011_OTS0055/wien-wahl-2020-die-stimmen-aus-den-bezirken-exklusiv-im-"
        "virtuellen-medienzentrum-der-stadt",
    retrieved="same address (release under the Rathauskorrespondenz's dateline 'Wien (OTS/RK) -' on the APA-OTS service, 11 "
              "October 2020 by its OTS number; the stored copy ends after the second paragraph, before any end mark or "
              "contact block, and the sender is taken as the PID-Rathauskorrespondenz from its dateline code and its own "
              "voice: it offers the city's 'virtuelles Medienzentrum' to the media (rule 3060); the crawl date prefix ' date "
              "2020-10' before the headline dropped (rule 63); headline and subtitle kept as lines of their own as stored; "
              "the dateline run into the first paragraph kept; the published '–vorsteher' with an en dash kept (rule 20); "
              "complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[WW_SUB, WW_P1, WW_P2],
    # the city's name for its media platform, `„virtuellen Medienzentrum“` in the headline and again in the lead, is null
    # (rule 24, by occurrence index); each statement the release offers as an example goes to the district head its own
    # clause names, not to the city that sends it (rule 3064): the teaser quotation before `sagt etwa Simmerings Bezirkschef
    # Paul Stadler von der FPÖ` (rule 44), the marked predicate after `Gerhard Zatlokal … sieht seine Partei, die SPÖ, „…“`
    # (rules 3, 2604), the quotation before `erklärt Markus Figl von der ÖVP als Bezirksvorsteher der Inneren Stadt` (rule
    # 44) and the partial quotation after `Silvia Nossek aus Währing wiederum hofft, dass` (rules 3, 25); the role phrases
    # with district or party (`Simmerings Bezirkschef`, `Bezirksvorsteher der Inneren Stadt`, `von der FPÖ`) are no aliases
    # (rule 33)
    quotes=[("„virtuellen Medienzentrum“", None, 0),
            ("„virtuellen Medienzentrum“", None, 1),
            ("„Es war klar, dass wir verlieren“", STADLER),
            ("„bestätigt als treibende Kraft“", ZATLOKAL),
            (cut(WW_P1, "„Es ist erfreulich", "Wien sind“"), FIGL),
            (cut(WW_P1, "„wir im Rathaus", "machen“"), NOSSEK)],
    aliases={STADLER: ["Paul Stadler"],
             ZATLOKAL: ["Gerhard Zatlokal"],
             FIGL: ["Markus Figl"],
             NOSSEK: ["Silvia Nossek"]})

# --- APA-OTS, Mediensprecherin Bgm. Dr. Michael Häupl (Rathauskorrespondenz code), 11 August 2008: on Fred Sinowatz ---

SI_T = "Häupl tief betroffen über den Tod von Fred Sinowatz"
SI_P1 = ("Wien (OTS) - Mit tiefer Betroffenheit reagierte Wiens Bürgermeister Dr. Michael Häupl auf den Tod des früheren "
         "Bundeskanzlers und SPÖ-Vorsitzenden Fred Sinowatz: \"Wir haben einen aufrechten Weggefährten und wahren Freund "
         "verloren. Mein Mitgefühl gilt seiner Familie\", erklärte Häupl Montag Nachmittag.")
SI_P2 = ("Fred Sinowatz, der 2004 von Bürgermeister Häupl das Große Goldene Ehrenzeichen für Verdienste um das Land Wien "
         "überreicht bekommen hatte, war von 1983 bis 1986 Bundeskanzler und von 1983 bis 1988 SPÖ-Vorsitzender gewesen.")

add(id="ho537-ots-rk-2008-08-11-haeupl-tod-fred-sinowatz",
    title=SI_T,
    url="https://www.ots.at/presseaussendung/OTS_20080811_OTS0178/haeupl-tief-betroffen-ueber-den-tod-von-fred-sinowatz",
    retrieved="same address (release on the APA-OTS service, 11 August 2008 by its OTS number; its contact block names 'Mag. "
              "Ingrid Luttenberger, Mediensprecherin Bgm. Dr. Michael Häupl' and its footer the Rathauskorrespondenz's "
              "sender code NRK0009, so the release is the city's, sent for the mayor's office (rules 3020, 3060); the "
              "dateline 'Wien (OTS) -' run into the first paragraph kept; the hard line break between 'Wiens' and "
              "'Bürgermeister' joined with a space (rules 2600, 3020); the contact block, the service line and the footer "
              "dropped; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[SI_P1, SI_P2],
    # the quotation after the colon that closes `Mit tiefer Betroffenheit reagierte Wiens Bürgermeister Dr. Michael Häupl auf
    # den Tod … Fred Sinowatz:` and before `erklärte Häupl Montag Nachmittag` is his (rules 9, 30), Sinowatz being the one
    # he speaks of; `Bürgermeister`, which names only Häupl, is an alias (rule 44), `Wiens Bürgermeister` names the city and
    # is not (rule 33); `Bundeskanzler` names Sinowatz, who says nothing
    quotes=[(cut(SI_P1, "\"Wir haben", "Familie\""), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Dr. Michael Häupl", "Häupl", "Bürgermeister Häupl", "Bürgermeister"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 19 May 2020: Van der Bellen on Andrea Mayer ---

AM_T = "Bundespräsident Van der Bellen: Andrea Mayer ist ausgewiesene Expertin für Kunst und Kultur"
AM_SUB = "„Lasse sie nur ungern ziehen. Kultur erhält kompetente Krisenmanagerin“"
AM_P1 = ("Wien (OTS) - „Durch die Corona-Krise ist ein großer Teil der Kulturinstitutionen noch geschlossen, von der "
         "Kabarettbühne über die Konzertsäle und -arenen, bis zu den Kinos und Theatern. Die Museen haben erst kürzlich "
         "teilweise wieder aufsperren können. Die Gesundheit zu schützen und doch so viel Kunst und Kultur wie irgend möglich "
         "wieder stattfinden zu lassen, ist derzeit die große Herausforderung für die verantwortlichen Politikerinnen und "
         "Politiker.")
AM_P2 = ("Andrea Mayer ist eine ausgewiesene und hervorragend vernetzte Expertin für Kunst und Kultur. Sie bringt mit ihrer "
         "Leidenschaft für diesen Bereich, mit ihrer Kenntnis der staatlichen Verwaltung und ihrer Vertrautheit mit "
         "politischen Abläufen die besten Voraussetzungen für die Aufgabe als Staatssekretärin für Kunst und Kultur mit. Ich "
         "lasse sie nur ungern ziehen, aber Kunst und Kultur erhalten eine kompetente Krisenmanagerin. Ich wünsche Andrea Mayer "
         "alles Gute für diese wichtige neue Aufgabe“, sagt Bundespräsident Alexander Van Bellen.")

add(id="ho537-ots-bpk-2020-05-19-van-der-bellen-andrea-mayer",
    title=AM_T,
    url="https://www.ots.at/presseaussendung/OTS_20200519_OTS0143/bundespraesident-van-der-bellen-andrea-mayer-ist-"
        "ausgewiesene-expertin-fuer-kunst-und-kultur",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 19 May 2020 by "
              "its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei, Presse und "
              "Kommunikation' with the footer code BPK0002, dropped with the service line (rules 3020, 3060); headline and "
              "subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph kept; "
              "the published 'Alexander Van Bellen' in the cue kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[AM_SUB, AM_P1, AM_P2],
    # the cue-less subtitle in marks under the headline label `Bundespräsident Van der Bellen:` is his (rules 26, 54), the
    # body giving nearly the same words (`Ich lasse sie nur ungern ziehen, aber Kunst und Kultur erhalten eine kompetente
    # Krisenmanagerin.`); the statement runs over two paragraphs with no closing mark after the first and no opening mark
    # before the second: two spans, the first from its opening mark to the paragraph end, the second from the paragraph start
    # to the closing mark before `sagt Bundespräsident Alexander Van Bellen` (rules 22, 935); canonical is the correctly
    # spelt form the headline gives, the cue's misspelt full name an alias (rule 3061); `Bundespräsident`, which names only
    # him, is an alias (rule 44); Andrea Mayer, of whom he speaks, says nothing
    quotes=[(AM_SUB, VDB),
            (AM_P1[AM_P1.index("„Durch"):], VDB),
            (cut(AM_P2, "Andrea Mayer ist", "Aufgabe“"), VDB)],
    aliases={VDB: ["Van der Bellen", "Bundespräsident Van der Bellen", "Alexander Van Bellen",
                   "Bundespräsident Alexander Van Bellen", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 30 January 2006: Fischer's condolences after the hall collapse ---

CH_T = "Bundespräsident Dr. Heinz Fischer kondoliert polnischem Präsidenten Lech Kaczynski"
CH_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat heute im Namen der österreichischen Bevölkerung und in seinem "
         "eigenen Namen dem polnischen Präsidenten Lech Kaczynski und dem ganzen polnischen Volk sein aufrichtiges Mitgefühl "
         "anlässlich des tragischen Unglücks in der Messehalle von Chorzow zum Ausdruck gebracht. Wörtlich heißt es in dem "
         "Beileidschreiben des österreichischen Bundespräsidenten, dass er mit großer Bestürzung vom tragischen Unglück in der "
         "Messehalle erfahren habe. \"In dieser schweren Zeit des Schmerzes und der Trauer für Ihr Land möchte ich Sie und Ihre "
         "Mitbürger meiner großen Verbundenheit und Solidarität versichern. Sie sollen wissen, dass Österreich mit dem ganzen "
         "polnischen Volk trauert. Ich bitte Sie den Angehörigen der zahlreichen Opfern dieser schrecklichen Katastrophe meine "
         "tief empfundene Anteilnahme an Ihrem großen Leid und Ihrer Trauer zu übermitteln. Den vielen Verwundetet des "
         "tragischen Unglücks wünsche ich eine baldige Genesung.\"")

add(id="ho537-ots-bpk-2006-01-30-fischer-kaczynski-chorzow",
    title=CH_T,
    url="https://www.ots.at/presseaussendung/OTS_20060130_OTS0157/bundespraesident-dr-heinz-fischer-kondoliert-polnischem-"
        "praesidenten-lech-kaczynski",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 30 January 2006 "
              "by its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei Presse und "
              "Informationsdienst' with the footer code BPK0001, dropped with the service line (rules 3020, 3060); the "
              "dateline 'Wien (OTS) -' run into the paragraph kept; the published 'Ich bitte Sie den Angehörigen', 'der "
              "zahlreichen Opfern' and 'Den vielen Verwundetet' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[CH_P1],
    # the unmarked Konjunktiv sentence `Wörtlich heißt es in dem Beileidschreiben des österreichischen Bundespräsidenten, dass
    # er … erfahren habe.` has no span (rule 5); the cue-less quotation after it, in the first person of the letter, is its
    # writer's (rules 28, 907, 3063); Lech Kaczynski, the addressee (`Sie`, `Ihr Land`), says nothing
    quotes=[(cut(CH_P1, "\"In dieser", "Genesung.\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 15 May 2008: Fischer's condolences to China ---

CN_T = "Bundespräsident Heinz Fischer kondoliert der Volksrepublik China"
CN_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat heute in einem Kondolenzschreiben an den Präsidenten der "
         "Volksrepublik China, Hu Jintao, seine tief empfundene Anteilnahme über das schwere Erdbeben in China zum Ausdruck "
         "gebracht. Wörtlich heißt es in diesem Kondolenzschreiben:")
CN_P2 = ("\"Mit großer Trauer und Bestürzung habe ich vom schweren Erdbeben, das Ihr Land getroffen hat und sehr viele "
         "Menschenleben gekostet hat, erfahren.")
CN_P3 = ("Ich möchte meine aufrichtige und tief empfundene Anteilnahme gegenüber der Regierung der Volksrepublik China und "
         "ihrem Volk, und vor allem gegenüber den Hinterbliebenen und Verletzten dieser Katastrophe zum Ausdruck bringen.\"")

add(id="ho537-ots-bpk-2008-05-15-fischer-kondoliert-china",
    title=CN_T,
    url="https://www.ots.at/presseaussendung/OTS_20080515_OTS0101/bundespraesident-heinz-fischer-kondoliert-der-"
        "volksrepublik-china",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 15 May 2008 by "
              "its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei Presse und "
              "Informationsdienst' with the footer code BPK0001, dropped with the service line (rules 3020, 3060); the "
              "dateline 'Wien (OTS) -' run into the first paragraph kept; the introducing sentence ending in a colon and the "
              "two paragraphs of the letter kept as lines of their own as stored, the empty lines between them dropped (rule "
              "601); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[CN_P1, CN_P2, CN_P3],
    # the letter quoted after the personless colon cue `Wörtlich heißt es in diesem Kondolenzschreiben:` is its writer's, the
    # sentence before naming him (rules 28, 601, 907, 3063); it runs over two paragraphs with no closing mark after the first
    # and no opening mark before the second: two spans (rules 22, 935); Hu Jintao, the addressee, says nothing
    quotes=[(CN_P2, FISCHER),
            (CN_P3, FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer",
                       "Bundespräsident Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei (inferred), 11 March 2011: Fischer on the earthquake in Japan ---

JP_T = "Bundespräsident Fischer betroffen über Erdbeben in Japan"
JP_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer drückte heute in einem Schreiben gegenüber dem Kaiser von Japan seine "
         "allergrößte Betroffenheit über das verheerende Erdbeben in Japan aus. Wörtlich heißt es in dem Schreiben, dass \"das "
         "menschliche Leid, das durch diese Naturkatastrophe verursacht wurde, unbeschreiblich ist. Die enormen "
         "volkswirtschaftlichen Schäden sind wohl noch nicht abschätzbar. Ich möchte daher Ihnen, Majestät, meine "
         "tiefempfundene und solidarische Anteilnahme und das Mitgefühl des ganzen österreichischen Volkes zum Ausdruck "
         "bringen.\"")
JP_P2 = ("\"Mit großer Dankbarkeit denke ich an Ihre Gastfreundschaft und die guten Gespräche mit Ihnen und Ihrer Majestät, "
         "der Kaiserin, beim meinem Besuch Ende September / Anfang Oktober 2009\", heißt es in dem Schreiben abschließend.")

add(id="ho537-ots-bpk-2011-03-11-fischer-erdbeben-japan",
    title=JP_T,
    url="https://www.ots.at/presseaussendung/OTS_20110311_OTS0205/bundespraesident-fischer-betroffen-ueber-erdbeben-in-japan",
    retrieved="same address (release on the APA-OTS service, 11 March 2011 by its OTS number; the stored copy ends after the "
              "second paragraph, before any contact block, and the sender is inferred as the Österreichische "
              "Präsidentschaftskanzlei from the release's own voice: it reports the Federal President's letter in the third "
              "person under the plain dateline, in the form of the office's releases with contact blocks in this set (rule "
              "3060); the dateline 'Wien (OTS) -' run into the first paragraph kept; the published 'beim meinem Besuch' kept "
              "(rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[JP_P1, JP_P2],
    # the marked words after `Wörtlich heißt es in dem Schreiben, dass` that run on past the clause into the letter's first
    # person (`Ich möchte daher Ihnen, Majestät, …`) are one span of the letter's writer (rules 28, 908, 3063), and so is the
    # quotation before the personless closing cue `heißt es in dem Schreiben abschließend` (rules 55, 3063); the Emperor and
    # the Empress, the addressees, say nothing
    quotes=[(cut(JP_P1, "\"das menschliche", "bringen.\""), FISCHER),
            (cut(JP_P2, "\"Mit großer", "2009\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident Fischer",
                       "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 18 December 2012: Fischer's condolences to Barack Obama ---

OB_T = "Bundespräsident Heinz Fischer kondoliert US-Präsident Barack Obama"
OB_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat in einem Kondolenzschreiben an den amerikanischen Präsidenten "
         "Barack Obama sein Entsetzen und seine Abscheu über den Amoklauf in Newtown/Connecticut und seine Anteilnahme am Leid "
         "der Familien der Opfer zum Ausdruck gebracht. Wörtlich heißt es in dem Schreiben, dass \"ich das entsetzliche "
         "Massaker an den Lehrerinnen und Kindern auf das Schärfste verurteile. Nehmen Sie, sehr geehrter Herr Präsident, mein "
         "aufrichtiges Mitgefühl und meine große Sympathie für die Familien der Opfer des Amokläufers entgegen. Die Menschen "
         "in Österreich teilen die Gefühle des amerikanischen Volkes über das Massaker in Newtown.\"")

add(id="ho537-ots-bpk-2012-12-18-fischer-kondoliert-obama",
    title=OB_T,
    url="https://www.ots.at/presseaussendung/OTS_20121218_OTS0140/bundespraesident-heinz-fischer-kondoliert-us-praesident-"
        "barack-obama",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 18 December 2012 "
              "by its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei, Presse- und "
              "Informationsdienst' with the footer code BPK0001, dropped with the service line (rules 3020, 3060); the "
              "dateline 'Wien (OTS) -' run into the paragraph kept; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[OB_P1],
    # the marked words after `Wörtlich heißt es in dem Schreiben, dass`, in the letter's first person from their first word
    # (`ich … verurteile`), are one span of the letter's writer (rules 28, 907, 3063); Barack Obama, the addressee (`Herr
    # Präsident`), says nothing
    quotes=[(cut(OB_P1, "\"ich das", "Newtown.\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer",
                       "Bundespräsident Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 1 October 2013: Fischer congratulates Gerhard Weis ---

GW_T = "Bundespräsident Dr. Heinz Fischer gratuliert Generalintendanten i.R. Gerhard Weis zum Geburtstag"
GW_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat Generalintendanten i.R. Gerhard Weis zum 75. Geburtstag ein "
         "Glückwunschschreiben übermittelt, in dem er dessen bedeutende journalistische Arbeit würdigt. \"Wie wenige andere "
         "haben Sie in den vergangenen Jahrzehnten unser Land mit gestaltet, das Weltbild der Österreicher maßgeblich "
         "beeinflusst und ihnen zu einem besseren Verständnis der Zeitgeschichte verholfen\", so der Bundespräsident in seinem "
         "Schreiben.")

add(id="ho537-ots-bpk-2013-10-01-fischer-gratuliert-gerhard-weis",
    title=GW_T,
    url="https://www.ots.at/presseaussendung/OTS_20131001_OTS0176/bundespraesident-dr-heinz-fischer-gratuliert-"
        "generalintendanten-ir-gerhard-weis-zum-geburtstag",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 1 October 2013 "
              "by its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei, Presse- "
              "und Informationsdienst', dropped (rules 3020, 3060); the crawl date prefix ' date 2018-03' before the headline "
              "dropped (rule 63); the dateline 'Wien (OTS) -' run into the paragraph kept; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[GW_P1],
    # the quotation before `so der Bundespräsident in seinem Schreiben` is the writer's (rules 28, 30), Gerhard Weis, the
    # addressee (`Sie`), saying nothing; `Bundespräsident`, which names only Fischer, is an alias (rule 44)
    quotes=[(cut(GW_P1, "\"Wie wenige", "verholfen\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei (inferred), 3 December 2013: Fischer congratulates Franz Klammer ---

FK_T = "Bundespräsident Heinz Fischer gratuliert Franz Klammer zum Geburtstag"
FK_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat Franz Klammer zum 60. Geburtstag ein Glückwunschschreiben "
         "übermittelt, in dem er ihm für seinen großen Einsatz für den Wintersport in unserem Land dankt. \"Sie sind für "
         "Generationen ein sportliches Vorbild. Durch Ihren Olympiasieg 1976 und Ihre 25 Abfahrtssiege sind Sie der "
         "erfolgreichste Rennläufer dieser Disziplin und als 'Abfahrtskaiser' in die Geschichte eingegangen\", so der "
         "Bundespräsident in seinem Schreiben.")

add(id="ho537-ots-bpk-2013-12-03-fischer-gratuliert-franz-klammer",
    title=FK_T,
    url="https://www.ots.at/presseaussendung/OTS_20131203_OTS0118/bundespraesident-heinz-fischer-gratuliert-franz-klammer-"
        "zum-geburtstag",
    retrieved="same address (release on the APA-OTS service, 3 December 2013 by its OTS number; the stored copy ends after the "
              "paragraph, before any contact block, and the sender is inferred as the Österreichische "
              "Präsidentschaftskanzlei from the release's own voice: it reports the Federal President's letter in the third "
              "person under the plain dateline, word for word in the form of the Gerhard Weis release of 1 October 2013, "
              "whose contact block names the office (rule 3060); the crawl date prefix ' date 2018-03' before the headline "
              "dropped (rule 63); the dateline 'Wien (OTS) -' run into the paragraph kept; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[FK_P1],
    # the quotation before `so der Bundespräsident in seinem Schreiben` is the writer's (rules 28, 30); the nickname in ASCII
    # single marks inside it, `'Abfahrtskaiser'`, has no span of its own (rules 6, 1300, 2781); Franz Klammer, the addressee,
    # says nothing
    quotes=[(cut(FK_P1, "\"Sie sind", "eingegangen\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer",
                       "Bundespräsident Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei (inferred), 20 December 2013: Fischer congratulates Helmut Schmidt ---

HS_T = "Bundespräsident gratuliert Helmut Schmidt zum 95. Geburtstag"
HS_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer hat heute dem deutschen Bundeskanzler a. D. Helmut Schmidt zum 95. "
         "Geburtstag herzlich gratuliert, den dieser am 23. Dezember feiert. Wörtlich heißt es im Glückwunschschreiben des "
         "Bundespräsidenten, dass \"er die politische Tätigkeit von Helmut Schmidt seit Jahrzehnten mit größter Achtung und "
         "Bewunderung verfolge. Seine prägnanten politischen Analysen und Expertisen seien auch heute weltweit so gefragt wie "
         "zur Zeit seiner Kanzlerschaft. Als Herausgeber der Wochenzeitschrift \"Die Zeit\" und \"Elder-Statesman\" finde "
         "Helmut Schmidt nicht nur in Deutschland, sondern auch auf internationaler Ebene große Anerkennung.\"")

add(id="ho537-ots-bpk-2013-12-20-fischer-gratuliert-helmut-schmidt",
    title=HS_T,
    url="https://www.ots.at/presseaussendung/OTS_20131220_OTS0076/bundespraesident-gratuliert-helmut-schmidt-zum-95-"
        "geburtstag",
    retrieved="same address (release on the APA-OTS service, 20 December 2013 by its OTS number; the stored copy ends after "
              "the paragraph, before any contact block, and the sender is inferred as the Österreichische "
              "Präsidentschaftskanzlei from the release's own voice: it reports the Federal President's letter in the third "
              "person under the plain dateline, in the form of the office's releases with contact blocks in this set (rule "
              "3060); the dateline 'Wien (OTS) -' run into the paragraph kept; the published 'Bundeskanzler a. D.' kept "
              "(rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[HS_P1],
    # one span of the letter's writer from the ASCII mark after `dass` to the last mark of the paragraph: the release claims
    # the marked Konjunktiv sentences as the letter's wording (`Wörtlich heißt es im Glückwunschschreiben des
    # Bundespräsidenten`), and the weekly's name `"Die Zeit"` and the epithet `"Elder-Statesman"` in the same ASCII marks
    # inside it get no spans of their own, since gold spans do not nest (rule 3062); Helmut Schmidt, of whom the letter
    # speaks, says nothing
    quotes=[(HS_P1[HS_P1.index("\"er die"):], FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident"]})
