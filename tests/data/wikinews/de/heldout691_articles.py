# Six-hundred-and-ninety-first held-out German real-news set (tests/data/heldout691-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4250-4253). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and id, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-ninety-first held-out set": eight releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what politicians told the paper or wrote: three of
# the Rheinische Post, Düsseldorf, read in its newsroom on presseportal.de (licence OTS_MEDIEN: Wolfgang Bosbach on Angela
# Merkel's early election as parliamentary leader, September 2005; Bosbach on the secrecy in the Osthoff kidnapping, December
# 2005 or January 2006; Hannelore Kraft on Jürgen Rüttgers and Werner Müller of the RAG, May 2007), three of the Rheinische
# Post reposted with the wire's '(ots) -' by the press-release portal pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Armin Laschet
# on the Cologne mayoral election after the attack on Henriette Reker, October 2015; Laschet on the CDU's defeat in
# Mecklenburg-Vorpommern, September 2016; Laschet on staying in Düsseldorf, December 2016), one of the Heilbronner Stimme, a
# newsroom no earlier set took a release from, reposted by pressekat.de (OTS_MEDIEN_REPOST_PRESSEKAT: Bosbach on the
# rescheduled Champions League match after the attack on Borussia Dortmund's bus, April 2017), and one of the Rheinische Post
# shown with its ots dateline by the finance portal finanzen.at (OTS_MEDIEN_REPOST: the leading candidates' answers to the
# paper's questionnaire before the Landtag election, May 2017). Stored copies are the `search` tool's `pages` excerpts; every
# release body is complete in them; the newsroom, portal and wire furniture is dropped and the hard-wrapped lines are joined
# (rules 660, 1372, 2770, 3590, 3650, 4250); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST, OTS_MEDIEN_REPOST_PRESSEKAT  # noqa: E402

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


BOSBACH = "Wolfgang Bosbach"
KRAFT_2007 = "Kraft"
KRAFT = "Hannelore Kraft"
LASCHET = "Armin Laschet"
LINDNER = "Christian Lindner"
LOEHRMANN = "Sylvia Löhrmann"

# --- Rheinische Post (presseportal.de, newsroom 30621), 20 September 2005: Bosbach on Merkel's election as Fraktionschefin ---

BM_T = "Rheinische Post: Bosbach verteidigt zügige Wahl Merkels als Fraktionschefin"
BM_P1 = ("Der Vize-Chef der Union im Bundestag, Wolfgang Bosbach (CDU), hat Angela Merkels Entscheidung verteidigt, sich schon "
         "am heutigen Dienstag als Fraktonschefin zur Wahl zu stellen. \"Das Letzte, was wir jetzt gebrauchen können, sind "
         "Personaldiskussionen\", sagte er der \"Rheinischen Post\" (Dienstagausgabe). Es sei richtig, schnell für Klarheit zu "
         "sorgen.\"Gerade in einer schwierigen Phase muss doch Frau Merkel Rückhalt bekommen für Gespräche mit anderen Parteien "
         "und Fraktionen.\"")

add(id="ho691-presseportal-rp-2005-09-bosbach-merkel-fraktionschefin",
    title=BM_T,
    url="https://presseportal.de/pm/30621/726991",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Tuesday edition; "
              "undated in the stored copy, which shows no story list; the Tuesday of Merkel's election as leader of the "
              "CDU/CSU parliamentary group after the Bundestag election of 18 September 2005, i.e. 20 September 2005, by its "
              "content ('am heutigen Dienstag') and its release number, below the paper's pm/30621/776827 of the Osthoff case "
              "in this set); the copy shows no widget and no label: the headline with its prefix is the title, the dateline "
              "'Düsseldorf (ots)' a line of its own and the body one line, as stored (rule 2770); the missing space between "
              "the closing full stop of the unmarked Konjunktiv sentence and the opening mark ('sorgen.\"Gerade') and the "
              "published 'Fraktonschefin' kept (rules 20, 4250); the contact block 'Rückfragen bitte an: Rheinische Post "
              "Redaktion Telefon: (0211) 505-2303' and the line 'Original-Content von: Rheinische Post, übermittelt durch news "
              "aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", BM_P1],
    # the quotation before `sagte er der "Rheinischen Post"` is Bosbach's, `er` taking up the subject of the lead (rules 8,
    # 30); the paper's name in marks is null (rules 2, 2771); the cue-less quotation run on without a space after his
    # unmarked Konjunktiv report goes on in his voice (NOTES.md continuation; rules 5, 4250), `Frau Merkel` spoken of in it;
    # `Vize-Chef der Union im Bundestag` names the parliamentary group and is no alias (rule 33); Angela Merkel says nothing
    quotes=[(cut(BM_P1, "\"Das Letzte", "Personaldiskussionen\""), BOSBACH),
            ("\"Rheinischen Post\"", None),
            (cut(BM_P1, "\"Gerade in", "Fraktionen.\""), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), winter 2005/06: Bosbach on the secrecy in the Osthoff case ---

BO_T = ("Rheinische Post: Union verteidigt Geheimhaltungs-Kurs des Außenministers im Entführungsfall Osthoff")
BO_P1 = ("In der Debatte über die rätselhaften Details im Entführungsfall Susanne Osthoff hat der stellvertretende Vorsitzende "
         "der CDU/CSU-Bundestagsfraktion, Wolfgang Bosbach, Verständnis für den Geheimhaltungs-Kurs des Außenministeriums "
         "geäußert. \"Wenn die Bundesregierung zugestehen würde, dass Lösegeld gezahlt worden ist, könnten dadurch andere "
         "deutsche Staatsbürger in Gefahr kommen\", sagte Bosbach der \"Rheinischen Post\" (Dienstagausgabe). \"Dann könnten "
         "sich ausländische Banden geradezu ermutigt fühlen, das gleiche zu tun und deutsche Staatsangehörige als Geiseln zu "
         "nehmen\", warnte der CDU-Politiker.")

add(id="ho691-presseportal-rp-2005-12-bosbach-osthoff-geheimhaltung",
    title=BO_T,
    url="https://presseportal.de/pm/30621/776827?langid=6",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Tuesday edition; "
              "undated in the stored copy, which shows no story list; after the release of the hostage Susanne Osthoff on 18 "
              "December 2005, during the debate on a ransom, so a Tuesday of late December 2005 or January 2006 by its content "
              "and by its release number, between the paper's pm/30621/726991 of September 2005 in this set and its "
              "pm/30621/804001 of spring 2006, used by an earlier set); the copy stored with the language parameter shows no "
              "widget and no label: the headline with its prefix is the title, the dateline 'Düsseldorf (ots)' a line of its "
              "own and the body one line, as stored (rule 2770); the contact block 'Rückfragen bitte an: Rheinische Post "
              "Redaktion Telefon: (0211) 505-2303' and the line 'Original-Content von: Rheinische Post, übermittelt durch news "
              "aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", BO_P1],
    # the headline's `Union` is the narrator's summary without marks (rule 5); the quotation before `sagte Bosbach der
    # "Rheinischen Post"` is his (rule 30), the paper's name null (rules 2, 2771); the quotation before `warnte der
    # CDU-Politiker` is his, the role noun taking him up (rules 8, 30), but it names the party and is no alias (rule 33), nor is
    # `stellvertretende Vorsitzende der CDU/CSU-Bundestagsfraktion`; Susanne Osthoff, the Außenministerium and the
    # Bundesregierung say nothing in marks
    quotes=[(cut(BO_P1, "\"Wenn die", "Gefahr kommen\""), BOSBACH),
            ("\"Rheinischen Post\"", None),
            (cut(BO_P1, "\"Dann könnten", "nehmen\""), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- Rheinische Post (presseportal.de, newsroom 30621), 26 May 2007: Kraft on Rüttgers and Werner Müller ---

KM_T = "Rheinische Post: Kraft: Rüttgers muss Führungsrolle von Werner Müller bei der RAG akzeptieren"
KM_P1 = join("Die SPD-Fraktionschefin im NRW-Landtag begrüßt,",
             "dass Bundeskanzlerin Angela Merkel sich für eine führende Rolle von ",
             "RAG-Chef Werner Müller bei der Umsetzung des Kohlekompromisses ",
             "eingesetzt hat. Durch Merkels Klarstellung sei deutlich geworden, ",
             "\"dass sie bei der Umsetzung des Kohle-Kompromisses nicht auf die ",
             "Erfahrung und den Sachverstand von Werner Müller verzichten wird\", ",
             "sagte Kraft der in Düsseldorf erscheinenden Rheinischen Post ",
             "(Samstagausgabe). Es spreche für den Charakter von Müller, \"dass er ",
             "im Gegensatz zum Ministerpräsidenten die konstruktive Klärung der ",
             "Sachfragen vor persönliche Ziele gestellt hat\", so Kraft. ",
             "NRW-Ministerpräsident Rüttgers müsse sich nun öffentlich dazu ",
             "bekennen, dass Müller Im Zusammenhang mit Stiftung und neuem Konzern ",
             "eine Führungsrolle übernehmen werde. \"Das will ja auch die Kanzlerin.",
             "Herr Rüttgers sollte seinen unsäglichen Rachefeldzug auf dem Rücken ",
             "der RAG-Beschäftigten und deren Familien endlich beenden\", so Kraft.")

add(id="ho691-presseportal-rp-2007-05-kraft-ruettgers-mueller-rag",
    title=KM_T,
    url="https://presseportal.de/pm/30621/992350",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for a Saturday edition; "
              "dated by the story list under it, whose newest teasers are the paper's releases of '25.05.2007 – 14:15', so "
              "the edition of Saturday 26 May 2007, during the dispute over the chair of the new coal foundation); the widget "
              "lines 'Alle Storys', 'Folgen', 'Keine Story von Rheinische Post mehr verpassen.' and the newsroom label "
              "'Rheinische Post' dropped (rule 2770); the headline with its prefix and its label 'Kraft:' is the title, the "
              "dateline 'Düsseldorf (ots)' a line of its own; the hard-wrapped lines joined with one space, a line-end space "
              "of the copy taken as that space; the short first line closes no sentence, and the only other line without a "
              "line-end space that closes a sentence ('… \"Das will ja auch die Kanzlerin.') does so inside an open "
              "quotation, so the body is one paragraph (rules 1372, 3590); the published 'Im Zusammenhang' with a capital "
              "kept (rule 20); the lines 'Pressekontakt:' and 'Rückfragen bitte an:' with the contact block 'Rheinische Post "
              "Redaktion Telefon: (0211) 505-2441', the line 'Original-Content von: Rheinische Post, übermittelt durch news "
              "aktuell' and the list 'Weitere Storys: Rheinische Post' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KM_P1],
    # the headline label `Kraft:` before unmarked words carries no span (rule 5); Kraft is named by her surname only, which is
    # the canonical name (rules 7, 661); the partial quotation in the Konjunktiv sentence on Merkel's `Klarstellung`, closed by
    # `sagte Kraft der … Rheinischen Post`, is Kraft's, not Merkel's (rule 4251); the partial quotation in `Es spreche für den
    # Charakter von Müller, "dass er …", so Kraft` is hers, Müller being the man she speaks of (rules 3, 44, 4194); the
    # quotation that opens after her unmarked Konjunktiv demand on Rüttgers, runs across the line that ends with `Kanzlerin.`
    # and is closed by `so Kraft` is hers (rules 30, 1372); `SPD-Fraktionschefin im NRW-Landtag` names the party and the
    # Landtag and is no alias (rule 33); Angela Merkel, Werner Müller and Jürgen Rüttgers say nothing in marks, and the paper
    # named without marks is no speaker (rule 2771)
    quotes=[(cut(KM_P1, "\"dass sie", "verzichten wird\""), KRAFT_2007),
            (cut(KM_P1, "\"dass er", "gestellt hat\""), KRAFT_2007),
            (cut(KM_P1, "\"Das will", "beenden\""), KRAFT_2007)],
    aliases={KRAFT_2007: ["Kraft"]})

# --- Rheinische Post (ots, reposted by pressekat.de), 19 October 2015: Laschet on the Cologne mayoral election ---

LA_T = "Rheinische Post: Laschet glaubt nicht an Attentat-Effekt auf Kölner OB-Wahl"
LA_P1 = join("(ots) - Der Landesvorsitzende und Bundesvize der CDU,",
             "Armin Laschet, glaubt nicht an einen Attentat-Effekt beim Kölner",
             "Wahlergebnis. \"Dieses Ergebnis entspricht in etwa dem, was sich in",
             "den letzten Umfragen vor der Wahl schon abgezeichnet hatte: Diese",
             "Stadt wollte einfach einen politischen Wechsel\", sagte Laschet der in",
             "Düsseldorf erscheinenden \"Rheinischen Post\" (Montagausgabe).")
LA_P2 = join("Laschet schlug einen Bogen von dem Kölner Attentat zu den",
             "\"Pegida\"-Demonstranten, die kürzlich einen symbolischen Galgen für",
             "Bundeskanzlerin Angela Merkel (CDU) und SPD-Chef Sigmar Gabriel",
             "errichtet hatten. Laschet sagte der \"Rheinischen Post\": \"Der",
             "Attentäter von Köln war nicht verwirrt. Aber ich sage zu allen, die",
             "bei 'Pegida' vielleicht auch einfach nur mitlaufen: Schaut nach Köln.",
             "Offenbar gibt es Leute, die sich von Euren gefährlichen Worten und",
             "Bildern möglicherweise zu Taten anstacheln lassen.\"")

add(id="ho691-pressekat-rp-2015-10-laschet-attentat-effekt-ob-wahl",
    title=LA_T,
    url="https://www.pressekat.de/pressinfo1277065-rheinische-post-laschet-glaubt-nicht-an-attentat-effekt-auf-k-lner-ob-"
        "wahl.html",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over ots for the Monday edition after the "
              "Cologne mayoral election of Sunday 18 October 2015, reposted by the press-release portal pressekat.de with the "
              "date line 'Datum: 19.10.2015 - 05:00 Uhr' and 'Bereitgestellt von Benutzer: ots'; the sender is named in the "
              "headline prefix, in the body and in the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) "
              "505-2621'); the headline with its prefix is the title; the body, into which the portal runs the wire's '(ots) "
              "-' without the place, is hard-wrapped without any empty line; its line '… \"Rheinischen Post\" "
              "(Montagausgabe).' closes a sentence outside quotation marks some nine characters short of the wrap width, "
              "where the next line's first word would have fitted, so it ends the first paragraph (rules 1372, 3590, 4250); "
              "the other lines of each paragraph joined with one space; the contact block and the portal's lines under it "
              "('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', 'Bereitgestellt von Benutzer: "
              "ots', the date, language, id and character-count lines, 'Kontakt-Informationen:', the view counter, the title "
              "notice, the liability and privacy notices and the teasers of neighbouring releases) dropped; complete as "
              "stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[LA_P1, LA_P2],
    # the quotation before `sagte Laschet der … "Rheinischen Post"` is his (rule 30); the paper's name in marks, twice, is null
    # (rules 2, 2771); the movement's name in `"Pegida"-Demonstranten` is null (rules 2, 24); the colon quotation after
    # `Laschet sagte der "Rheinischen Post":` is his, with the movement's name in ASCII single marks nested in it without a span
    # of its own (rules 6, 1300, 4163); `Landesvorsitzende und Bundesvize der CDU` names the party and is no alias (rule 33);
    # Angela Merkel, Sigmar Gabriel, the Attentäter and the Demonstranten say nothing in marks
    quotes=[(cut(LA_P1, "\"Dieses Ergebnis", "Wechsel\""), LASCHET),
            ("\"Rheinischen Post\"", None, 0),
            ("\"Pegida\"", None),
            ("\"Rheinischen Post\"", None, 1),
            (cut(LA_P2, "\"Der Attentäter", "lassen.\""), LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Laschet"]})

# --- Rheinische Post (ots, reposted by pressekat.de), 5 September 2016: Laschet after the election in Mecklenburg-Vorpommern ---

LE_T = "Rheinische Post: CDU-Vize Laschet spricht von \"ernster Lage\""
LE_P1 = join("(ots) - CDU-Vize Armin Laschet hat das Abschneiden",
             "seiner Partei in Mecklenburg-Vorpommern als \"bittere Niederlage\"",
             "bezeichnet. \"Dass auch SPD, Linke und Grüne zusammen 15 Prozent an",
             "die AfD abgegeben haben, ist kein Trost, zeigt aber den Ernst der",
             "Lage\", sagte der NRW-CDU-Chef der in Düsseldorf erscheinenden",
             "\"Rheinischen Post\" (Montagausgabe). Alle Demokraten seien jetzt",
             "gefordert, damit die AfD keinen Einfluss in Nordrhein-Westfalen",
             "gewinne. Dort wird am 14. Mai nächsten Jahres gewählt. \"Für uns heißt",
             "das, dass die CDU mit sachlichen Alternativen für eine bessere",
             "Landespolitik werben und gleichzeitig die Parolen der AfD bekämpfen",
             "wird\", kündigte Laschet an.")

add(id="ho691-pressekat-rp-2016-09-laschet-ernste-lage-mecklenburg-vorpommern",
    title=LE_T,
    url="https://pressekat.de/pressinfo1396091-rheinische-post-cdu-vize-laschet-spricht-von-ernster-lage.html",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over ots for the Monday edition after the "
              "Landtag election in Mecklenburg-Vorpommern of Sunday 4 September 2016, reposted by the press-release portal "
              "pressekat.de with the date line 'Datum: 05.09.2016 - 04:00 Uhr' and 'Bereitgestellt von Benutzer: ots'; the "
              "sender is named in the headline prefix, in the body, in the contact block 'Pressekontakt: Rheinische Post "
              "Redaktion Telefon: (0211) 505-2621' and in the line 'Original Content von: Rheinische Post, übermittelt durch "
              "news aktuell'); the portal's page title 'PresseKat - …', which repeats the headline, and its line 'ID: 1396091' "
              "dropped; the headline with its prefix is the title; the body, into which the portal runs the wire's '(ots) -' "
              "without the place, is hard-wrapped without any empty line and reaches no line that closes a sentence short of "
              "the wrap width before its last, so its lines are joined with one space into one paragraph (rules 1372, 3650); "
              "the service line 'www.rp-online.de' (rule 3590), the contact block, the 'Original Content' line and the "
              "portal's lines under them ('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / Kurzprofil:', the "
              "links 'drucken als PDF an Freund senden' with the headlines of neighbouring releases, 'Bereitgestellt von "
              "Benutzer: ots', the date, language, id and character-count lines, 'Kontakt-Informationen:', the view counter, "
              "the title notice and the liability and privacy notices) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[LE_P1],
    # the headline's `"ernster Lage"` after `Laschet spricht von` is his: the body gives him the words `den Ernst der Lage`
    # in his quotation (rules 3, 26); the partial quotation after `hat das Abschneiden … als "…" bezeichnet` is his, the subject
    # of `bezeichnet` (rule 3); the quotation before `sagte der NRW-CDU-Chef der … "Rheinischen Post"` is his, the role compound
    # taking up the subject of the lead (rules 8, 30), but naming the party and the Land it is no alias (rule 33), nor is
    # `CDU-Vize`; the paper's name in marks is null (rules 2, 2771); the quotation before `kündigte Laschet an` is his (rule
    # 30); the unmarked Konjunktiv `Alle Demokraten seien jetzt gefordert, …` carries no span (rule 5); the SPD, Linke, Grüne,
    # the AfD and the CDU say nothing in marks
    quotes=[("\"ernster Lage\"", LASCHET),
            ("\"bittere Niederlage\"", LASCHET),
            (cut(LE_P1, "\"Dass auch", "Lage\""), LASCHET),
            ("\"Rheinischen Post\"", None),
            (cut(LE_P1, "\"Für uns", "wird\""), LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Laschet"]})

# --- Rheinische Post (ots, reposted by pressekat.de), 5 December 2016: Laschet will stay in Düsseldorf ---

LN_T = "Rheinische Post: Laschet will auch bei Niederlage in Düsseldorf bleiben"
LN_P1 = join("(ots) - Der stellvertretende Bundesvorsitzende und",
             "Spitzenkandidat der NRW-CDU für die Landtagswahl, Armin Laschet, will",
             "auch bei einer Niederlage in Düsseldorf bleiben. \"Mein Platz ist in",
             "Nordrhein-Westfalen. Der Landesvorsitzende der NRW-CDU sollte",
             "Mitglied des Landtages sein. Das hat sich bewährt\", sagte Laschet der",
             "in Düsseldorf erscheinenden \"Rheinischen Post\" (Montagausgabe).",
             "Laschet kündigte an, Anfang 2017 ein Schattenkabinett zu",
             "präsentieren, zu dem auch externe Persönlichkeiten gehören sollen.",
             "\"Wir werden mit einem Team in den Wahlkampf gehen. In dem Team",
             "könnten auch Persönlichkeiten außerhalb der Parteipolitik sein\",",
             "sagte Laschet. Der NRW-CDU-Chef will auch dann eine Regierung bilden,",
             "wenn die CDU weniger Stimmen als die SPD erhalten sollte. \"Wer eine",
             "mehrheitsfähige Regierung bilden kann, wird Ministerpräsident. Dazu",
             "muss man nicht stärkste Partei im Landtag sein\", so Laschet.")

add(id="ho691-pressekat-rp-2016-12-laschet-niederlage-duesseldorf",
    title=LN_T,
    url="https://www.pressekat.de/pressinfo1432302-rheinische-post-laschet-will-auch-bei-niederlage-in-d-sseldorf-"
        "bleiben.html",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over ots for the Monday edition of 5 December "
              "2016, reposted by the press-release portal pressekat.de with the date line 'Datum: 05.12.2016 - 00:00 Uhr' and "
              "'Bereitgestellt von Benutzer: ots'; the sender is named in the headline prefix, in the body, in the contact "
              "block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' and in the line 'Original-Content "
              "von: Rheinische Post, übermittelt durch news aktuell'); the portal's page title 'PresseKat - …', which repeats "
              "the headline, and its line 'ID: 1432302' dropped; the headline with its prefix is the title; the body, into "
              "which the portal runs the wire's '(ots) -' without the place, is hard-wrapped without any empty line; its "
              "lines that close a sentence ('… (Montagausgabe).', '… gehören sollen.') are followed by a first word that would "
              "not have fitted within the wrap width, so they end no paragraph and the body is one paragraph (rules 1372, "
              "3650, 4250); the service line 'www.rp-online.de' (rule 3590), the contact block, the 'Original-Content' line "
              "and the portal's lines under them ('Themen in dieser Pressemitteilung:', 'Unternehmensinformation / "
              "Kurzprofil:', the links 'drucken als PDF an Freund senden' with the headlines of neighbouring releases, "
              "'Bereitgestellt von Benutzer: ots', the date, language, id and character-count lines, "
              "'Kontakt-Informationen:', the view counter, the title notice and the liability and privacy notices) dropped; "
              "complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[LN_P1],
    # the quotations before `sagte Laschet der … "Rheinischen Post"`, `sagte Laschet` and `so Laschet` are his (rule 30); the
    # paper's name in marks is null (rules 2, 2771); `Der Landesvorsitzende der NRW-CDU`, inside his first quotation, is his
    # own office spoken of in the third person, no speaker; `stellvertretende Bundesvorsitzende und Spitzenkandidat der
    # NRW-CDU` and `NRW-CDU-Chef` name the party and are no aliases (rule 33); the CDU and the SPD say nothing in marks, and
    # the unmarked announcement of the Schattenkabinett carries no span (rule 5)
    quotes=[(cut(LN_P1, "\"Mein Platz", "bewährt\""), LASCHET),
            ("\"Rheinischen Post\"", None),
            (cut(LN_P1, "\"Wir werden", "sein\""), LASCHET),
            (cut(LN_P1, "\"Wer eine", "Landtag sein\""), LASCHET)],
    aliases={LASCHET: ["Armin Laschet", "Laschet"]})

# --- Heilbronner Stimme (ots, reposted by pressekat.de), April 2017: Bosbach on the rescheduled match in Dortmund ---

HS_P1 = join("(ots) - Der CDU-Innenpolitiker Wolfgang Bosbach hat die",
             "Neuansetzung des Champions-League-Spiels zwischen Dortmund und AS",
             "Monaco verteidigt. Bosbach sagte der \"Heilbronner Stimme\"",
             "(Donnerstagausgabe): \"Die Entscheidung, das Spiel so rasch als",
             "möglich nachzuholen, war und bleibt richtig. Nicht nur wegen der Enge",
             "des Spielkalenders, sondern auch um zu dokumentieren: Wir lassen uns",
             "nicht einschüchtern. Ihr werdet euer Ziel nicht erreichen!\"")
HS_P2 = join("Bosbach fügte hinzu: \"Wenn der Generalbundesanwalt die",
             "Ermittlungen übernimmt ist das ein sicheres Indiz dafür, dass die",
             "Polizei nach jetzigem Ermittlungsstand von einem terroristischen",
             "Hintergrund ausgeht. Ob dieser tatsächlich islamistisch ist oder ob",
             "die Täter bewusst eine falsche Spur legen wollten, ist zur Zeit",
             "allerdings noch unklar.\"")

add(id="ho691-pressekat-hst-2017-04-bosbach-dortmund-monaco",
    title=None,
    url="https://pressekat.de/pressinfo1479588-heilbronner-stimme-wolfgang-bosbach-nennt-spielansetzung-in-dortmund-schon-"
        "am-mittwochabend-richtig-wir-lassen-uns-nicht-einsch-chtern.html",
    retrieved="same address (release of the Heilbronner Stimme, Heilbronn, sent over ots for a Thursday edition and "
              "reposted by the press-release portal pressekat.de; the sender is named in the body, in the contact block "
              "'Pressekontakt: Heilbronner Stimme Chefredaktion Telefon: +49 (07131) 615-794 politik(at)stimme.de' and in "
              "the line 'Original-Content von: Heilbronner Stimme, übermittelt durch news aktuell'; undated in the stored "
              "copy, which ends with that line; the Champions League quarter-final between Borussia Dortmund and AS Monaco was "
              "put off after the attack on Dortmund's team bus on the evening of Tuesday 11 April 2017 and played on "
              "Wednesday 12 April, so the edition of Thursday 13 April 2017); the stored copy begins with the body's first "
              "line '(ots) - Der CDU-Innenpolitiker …', into which the portal runs the wire's '(ots) -' without the place, "
              "and shows no headline, which only the address gives as a slug, so the document has no title (rules 18, 32); "
              "the body is hard-wrapped without any empty line; its line '… Ihr werdet euer Ziel nicht erreichen!\"' closes "
              "a sentence and a quotation some ten characters short of the wrap width, where the next line's first word would "
              "have fitted, so it ends the first paragraph (rules 1372, 3590, 4250); the other lines of each paragraph joined "
              "with one space; the published 'übernimmt ist das' without a comma kept (rule 20); the contact block and the "
              "'Original-Content' line dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST_PRESSEKAT,
    paras=[HS_P1, HS_P2],
    # the paper's name in marks is null (rules 2, 2771); the colon quotations after `Bosbach sagte der "Heilbronner Stimme"
    # (Donnerstagausgabe):` and `Bosbach fügte hinzu:` are his (rules 9, 30), the first with the `Ihr` he addresses to the
    # attackers inside his own words; `CDU-Innenpolitiker` names the party and is no alias (rule 33); the Generalbundesanwalt,
    # the Polizei and the Täter say nothing in marks
    quotes=[("\"Heilbronner Stimme\"", None),
            (cut(HS_P1, "\"Die Entscheidung", "erreichen!\""), BOSBACH),
            (cut(HS_P2, "\"Wenn der", "unklar.\""), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- Rheinische Post (ots, shown by finanzen.at), 6 May 2017: the leading candidates' questionnaire before the NRW election ---

KG_T = "Rheinische Post: Hannelore Kraft wäre gern ein Gepard"
KG_P1 = ("Düsseldorf (ots) - Die nordrhein-westfälische Ministerpräsidentin Hannelore Kraft wäre gern ein Gepard. \"Der ist "
         "schnell und wendig\", begründete die SPD-Politikerin ihren Wunsch in der \"Rheinischen Post\" (Samstagausgabe). Die "
         "in Düsseldorf erscheinende Zeitung veröffentlicht acht Tage vor der Landtagswahl einen persönlich gehaltenen "
         "Fragebogen mit Antworten von den Spitzenkandidaten der Parteien. Unter die Frage: \"Welches Tier wären Sie gerne?\" "
         "schrieb Armin Laschet (CDU) knapp: \"Ein Vogel\". Christian Lindner (FDP) wäre ebenfalls gern ein Vogel - \"wegen "
         "der Freiheit\". Sylvia Löhrmann (Grüne) könnte sich vorstellen, ein \"Rennpferd mit gutem Schlussspurt\" zu sein, "
         "während Öslem Demirel (Linke) es bevorzugen würde, ein Hund zu sein. Marcus Pretzell, Spitzenkandidat der AfD in "
         "NRW, hatte seinen Fragebogen nicht ausgefüllt.")

add(id="ho691-finanzen-rp-2017-05-kraft-gepard-fragebogen",
    title=KG_T,
    url="https://styles.finanzen.at/nachrichten/aktien/rheinische-post-hannelore-kraft-ware-gern-ein-gepard-1001985790",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell for the Saturday edition "
              "of 6 May 2017, eight days before the Landtag election of 14 May 2017, shown by the finance portal finanzen.at "
              "with the ots dateline 'Düsseldorf (ots) -' and the portal's time line '06.05.2017 06:03:56'); the portal's "
              "time line dropped (rule 3420); the headline with its prefix is the title; the body one line as stored, the "
              "dateline run in (rules 660, 2770); the published 'Öslem Demirel' kept (rule 20); the service line "
              "'www.rp-online.de' (rule 3590), the line 'OTS: Rheinische Post newsroom: http://www.presseportal.de/nr/30621 "
              "newsroom via RSS: …', the contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' and "
              "the portal's lines ('Eintrag hinzufügen', the brokerage advertisement, 'Es ist ein Fehler aufgetreten!') "
              "dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[KG_P1],
    # the quotation before `begründete die SPD-Politikerin ihren Wunsch in der "Rheinischen Post"` is Kraft's, the party
    # compound taking up the subject of the lead (rules 8, 30) but being no alias (rule 33); `Ministerpräsidentin`, which names
    # only her, is an alias (rule 44); the paper's name in marks is null (rules 2, 2771); the questionnaire's question after
    # `Unter die Frage:` is null, neither the paper's nor a candidate's (rule 4252); the colon answer after `schrieb Armin
    # Laschet (CDU) knapp:` is his written words (rules 9, 28); the partial answers after the dash in `Christian Lindner (FDP)
    # wäre ebenfalls gern ein Vogel - "…"` and in `Sylvia Löhrmann (Grüne) könnte sich vorstellen, ein "…" zu sein` are
    # Lindner's and Löhrmann's (rules 3, 28, 4253); Öslem Demirel and Marcus Pretzell, the parties and the paper named without
    # marks say nothing in marks
    quotes=[("\"Der ist schnell und wendig\"", KRAFT),
            ("\"Rheinischen Post\"", None),
            ("\"Welches Tier wären Sie gerne?\"", None),
            ("\"Ein Vogel\"", LASCHET),
            ("\"wegen der Freiheit\"", LINDNER),
            ("\"Rennpferd mit gutem Schlussspurt\"", LOEHRMANN)],
    aliases={KRAFT: ["Hannelore Kraft", "Ministerpräsidentin"],
             LASCHET: ["Armin Laschet"],
             LINDNER: ["Christian Lindner"],
             LOEHRMANN: ["Sylvia Löhrmann"]})
