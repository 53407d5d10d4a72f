# Seven-hundred-and-twenty-eighth held-out German real-news set (tests/data/heldout728-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4530-4532). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# portal address and article number, two or more distinctive phrases and the speakers' names of each text with grep -rlF
# against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twenty-eighth held-out set": seven releases of German newspapers sent over
# the ots service of news aktuell ahead of their editions, each reporting what a politician or a former chief executive told
# the paper: two of the Neue Osnabrücker Zeitung read in its newsroom on presseportal.de (licence OTS_MEDIEN: Hannelore Kraft
# on the Crimean crisis, March 2014; Boris Pistorius on the health costs of refugees, October 2014, the copy cut off in its
# second body paragraph), one of the Rheinische Post read in its newsroom in the English interface (OTS_MEDIEN: Hannelore Kraft
# on the grand coalition and the Bundesrat, December 2013), two shown with their ots datelines by the finance portal
# aktiencheck.de, which joins the wire's wrapped lines without a space (OTS_MEDIEN_REPOST: the Neue Osnabrücker Zeitung on Anton
# Hofreiter after Rüdiger Grube's resignation as Bahn chief, January 2017; the Rheinische Post on Hartmut Mehdorn on the
# political influence at the Bahn, early 2017), and two shown with their ots datelines by the finance portal
# finanznachrichten.de (OTS_MEDIEN_REPOST: the Rheinische Post on Günter Krings and the CDU's new federal ministers, February
# 2018; the Neue Osnabrücker Zeitung on Michael Kretschmer's call for eastern Germans in the next federal cabinet, February
# 2025). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17); the
# newsroom, portal and wire furniture is dropped, the aktiencheck.de joins are kept inside paragraphs and divided only where a
# wire line ended early (rules 660, 740, 2691, 2770, 3010, 4470, 4530); each retrieval note names what was dropped.
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


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


KRAFT = "Hannelore Kraft"
PISTORIUS = "Boris Pistorius"
HOFREITER = "Anton Hofreiter"
MEHDORN = "Mehdorn"
KRINGS = "Günter Krings"
KRETSCHMER = "Michael Kretschmer"

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), 17 March 2014: Kraft on the Crimean crisis ---

KR_T = "Neue OZ: Gespräch mit Hannelore Kraft, Nordhrein-Westfalens Ministerpräsidentin"
KR_H1 = "Krim-Krise: Kraft warnt vor \"gefährlichen Automatismen\""
KR_P1 = ("NRW-Ministerpräsidentin ruft neben Russland auch EU und USA zu Gesprächsbereitschaft auf Osnabrück.- "
         "Nordhrein-Westfalens Ministerpräsidentin Hannelore Kraft hat in der Krim-Krise nach der Verabschiedung erster "
         "Sanktionen gegen Russland vor \"gefährlichen Automatismen\" gewarnt. In einem Gespräch mit der \"Neuen Osnabrücker "
         "Zeitung\" (Dienstag) rief die stellvertretende SPD-Vorsitzende neben Moskau deshalb auch EU und USA dazu auf, "
         "gesprächsbereit zu bleiben. \"Wir müssen sicherstellen, dass wir uns immer noch andere Wege offenhalten\", erklärte "
         "Kraft. \"Die Verpflichtung dazu haben beide Seiten.\" Andernfalls drohe eine Spirale der Eskalation. Zwar sei ein "
         "Anschluss der Krim an Russland völkerrechtlich ein klarer Verstoß, der die gegenwärtig beschlossenen Sanktionen "
         "rechtfertige. Allerdings empfehle es sich, mit ultimativen Forderungen zurückhaltend zu sein. \"Wenn man mit etwas "
         "droht, muss man auch bereit sein, es zu tun\", sagte die Düsseldorfer Regierungschefin.")

add(id="ho728-presseportal-noz-2014-03-kraft-krim-automatismen",
    title=KR_T,
    url="https://www.presseportal.de/pm/58964/2690033",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell for the Tuesday edition of 18 "
              "March 2014, by the edition day, by the EU's first sanctions against Russia of 17 March 2014 named in the lead, "
              "and by the story list, whose latest teaser is the paper's interview release of '17.03.2014 – 05:00'); the "
              "widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue Osnabrücker Zeitung mehr verpassen.' and the "
              "newsroom label dropped (rules 2770, 3010); the paper's generic headline 'Neue OZ: Gespräch mit …' is the "
              "title, the dateline 'Osnabrück (ots)' and the paper's own headline lines of their own as stored; the subtitle "
              "'NRW-Ministerpräsidentin ruft … zu Gesprächsbereitschaft auf', which the copy runs into the body's place mark "
              "'Osnabrück.-' on one line, stays run in as stored (rule 4530); the published 'Nordhrein-Westfalens' (twice) "
              "kept (rule 20); the contact block 'Pressekontakt: Neue Osnabrücker Zeitung Redaktion Telefon: +49(0)541/310 "
              "207', the line 'Original-Content von: Neue Osnabrücker Zeitung, übermittelt durch news aktuell' and the list "
              "'Weitere Storys: Neue Osnabrücker Zeitung' with its teasers dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", KR_H1, KR_P1],
    # the headline's marked words after `Kraft warnt vor` are hers, the body giving her the same words after `vor "…"
    # gewarnt` (rules 3, 26), each occurrence a span of its own; the paper's name in marks is null (rules 2, 2771); the
    # quotation before `erklärte Kraft` is hers and the cue-less quotation after it continues her (rule 30; NOTES.md
    # continuation); her Konjunktiv sentences between the quotations are unmarked (rule 5); the quotation before `sagte die
    # Düsseldorfer Regierungschefin` is hers, the role taking her up (rules 8, 30); Russland, Moskau, the EU and the USA say
    # nothing; `NRW-Ministerpräsidentin`, `Nordhrein-Westfalens Ministerpräsidentin`, `stellvertretende SPD-Vorsitzende`
    # and `Düsseldorfer Regierungschefin` name a Land, a party or a city and are no aliases (rule 33)
    quotes=[("\"gefährlichen Automatismen\"", KRAFT, 0),
            ("\"gefährlichen Automatismen\"", KRAFT, 1),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(KR_P1, "\"Wir müssen", "offenhalten\""), KRAFT),
            ("\"Die Verpflichtung dazu haben beide Seiten.\"", KRAFT),
            (cut(KR_P1, "\"Wenn man", "es zu tun\""), KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft"]})

# --- Neue Osnabrücker Zeitung (presseportal.de, newsroom 58964), 17 October 2014: Pistorius on refugees' health costs ---

PI_T = "NOZ: Gespräch mit Boris Pistorius, Niedersachsens Innenminister"
PI_H1 = "Pistorius: Bund soll Gesundheitskosten für Flüchtlinge übernehmen"
PI_H2 = ("Niedersachsens Innenminister nennt aktuelle Regelung \"bürokratischen Irrsinn\" - Bund und Krankenkassen in der "
         "Pflicht")
PI_P1 = ("Osnabrück. Niedersachsens Innenminister Boris Pistorius (SPD) fordert vom Bund die Übernahme der Gesundheitskosten "
         "für Flüchtlinge. Das Streitthema Kostenübernahme wird bei der Sondersitzung der Innenminister von Bund und Ländern an "
         "diesem Freitag ein Thema sein. In einem Gespräch mit der \"Neuen Osnabrücker Zeitung\" (Freitag) sagte Pistorius: "
         "\"Die Aufnahme von Flüchtlingen ist eine nationale Aufgabe. Ich fordere den Bund daher auf, die Gesundheitskosten für "
         "Flüchtlinge zu übernehmen und gemeinsam mit den Gesetzlichen Krankenkassen für eine wirtschaftliche und angemessene "
         "Krankenversorgung aus einer Hand zu sorgen.\"Aktuell müsse jede Kommune die Fälle \"mit eigenem Personal "
         "bearbeiten\", etwa \"Krankenscheine ausgeben und mit Ärzten abrechnen\". Dies sei \"bürokratischer Irrsinn\".")

add(id="ho728-presseportal-noz-2014-10-pistorius-gesundheitskosten-fluechtlinge",
    title=PI_T,
    url="https://presseportal.de/pm/58964/2856948?langid=2",
    retrieved="same address (release of the Neue Osnabrücker Zeitung sent over news aktuell for the Friday edition of 17 "
              "October 2014, the day of the special conference of the interior ministers named 'an diesem Freitag'; the stored "
              "copy of the paper's pm/58964/2859558 (611th set) lists this release as 'NOZ: Gespräch mit Boris Pistorius, "
              "Niedersachsens Innenminister' of '17.10.2014 – 05:00'; the copy with the language parameter shows the German "
              "interface); the widget lines 'Alle Storys', 'Folgen', 'Keine Story von Neue Osnabrücker Zeitung mehr "
              "verpassen.' and the newsroom label dropped (rules 2770, 3010); the paper's generic headline 'NOZ: Gespräch mit "
              "…' is the title, the dateline 'Osnabrück (ots)', the paper's own headline and its subtitle lines of their own "
              "as stored; the published 'sorgen.\"Aktuell' without a space and 'Gesetzlichen Krankenkassen' kept (rule 20); "
              "the second body paragraph ('Pistorius sagte, \"ein Weg, diesen Zustand zu ändern, … \"Gleichz'), in which the "
              "stored copy breaks off, dropped with its quotations (rules 15, 4530); the first body paragraph complete)",
    license=OTS_MEDIEN,
    paras=["Osnabrück (ots)", PI_H1, PI_H2, PI_P1],
    # the headline after the label `Pistorius:` is unmarked and carries no span (rules 5, 630); the subtitle's marked words
    # after `Niedersachsens Innenminister nennt aktuelle Regelung` are his, the body giving him the same words in the
    # Konjunktiv `Dies sei "bürokratischer Irrsinn"` (rules 3, 25, 26); the paper's name in marks is null (rules 2, 2771);
    # the colon quotation after `sagte Pistorius:` is his (rule 9); the partial quotations in his Konjunktiv report that
    # follows without a space (`müsse jede Kommune die Fälle "…", etwa "…"`, `Dies sei "…"`) are his (rules 3, 25); the
    # Bund, the Länder, the Krankenkassen and the Kommunen say nothing in marks; `Niedersachsens Innenminister` names a Land
    # and is no alias (rule 33)
    quotes=[("\"bürokratischen Irrsinn\"", PISTORIUS),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(PI_P1, "\"Die Aufnahme", "zu sorgen.\""), PISTORIUS),
            ("\"mit eigenem Personal bearbeiten\"", PISTORIUS),
            ("\"Krankenscheine ausgeben und mit Ärzten abrechnen\"", PISTORIUS),
            ("\"bürokratischer Irrsinn\"", PISTORIUS)],
    aliases={PISTORIUS: ["Boris Pistorius", "Pistorius"]})

# --- Rheinische Post (presseportal.de, newsroom 30621, English interface), 27 December 2013: Kraft on the grand coalition ---

KB_T = ("Rheinische Post: NRW-Ministerpräsidentin Kraft: Verhältnis zur neuen Bundesregierung wird nicht immer konfliktfrei "
        "sein")
KB_P1 = ("Die nordrhein-westfälische Ministerpräsidentin Hannelore Kraft (SPD) erwartet Konflikte im Verhältnis von großer "
         "Koalition und Bundesrat. \"Ich vertrete als Koordinatorin der SPD-regierten Länder gemeinsame Interessen und als "
         "Ministerpräsidentin habe ich NRW im Blick\", sagte die NRW-Regierungschefin der in Düsseldorf erscheinenden "
         "\"Rheinischen Post\" (Samstagsausgabe). \"Wir werden nicht immer mit der Bundesregierung übereinstimmen.\" Sie sei in "
         "erster Linie Ministerpräsidentin des Landes. \"Daraus ergibt sich alles andere\", fügte die SPD-Politikerin hinzu. In "
         "Bezug auf die große Koalition in Berlin sei ihre anfängliche Skepsis nun der Zuversicht gewichen. Das Ergebnis der "
         "Koalitionsverhandlungen, so Kraft, könne sich sehen lassen. \"Wir haben uns als SPD massiv eingebracht. Es ist ein "
         "guter Koalitionsvertrag, mit dem deutliche Verbesserungen für die Bürgerinnen und Bürger möglich sind. Er ist gut für "
         "unser Land.\"")

add(id="ho728-presseportal-rp-2013-12-kraft-bundesrat-koalition",
    title=KB_T,
    url="https://presseportal.de/en/pm/30621/2629018",
    retrieved="same address (release of the Rheinische Post, Düsseldorf, sent over news aktuell on 27 December 2013 for the "
              "Saturday edition of 28 December 2013, by the edition day and by the story list, whose latest teasers are the "
              "paper's commentaries of '27.12.2013 – 20:29' and '27.12.2013 – 20:23'); the English interface: the widget lines "
              "'All Stories', 'Follow', 'Subscribe to Rheinische Post' and the newsroom label dropped (rules 2770, 3010); the "
              "headline with its prefix 'Rheinische Post:' and the label 'NRW-Ministerpräsidentin Kraft:' is the title, the "
              "dateline 'Düsseldorf (ots)' a line of its own, the body one paragraph as stored; the contact block "
              "'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621', the line 'Original content of: Rheinische "
              "Post, transmitted by news aktuell' and the list 'More stories: Rheinische Post' with its teasers dropped; "
              "complete as stored)",
    license=OTS_MEDIEN,
    paras=["Düsseldorf (ots)", KB_P1],
    # the headline is unmarked (rules 5, 630); the quotation before `sagte die NRW-Regierungschefin der … "Rheinischen
    # Post"` is Kraft's, the role taking up the subject of the lead (rules 8, 30), and the paper's name null (rules 2,
    # 2771); the cue-less quotation after it continues her (NOTES.md continuation); the quotation before `fügte die
    # SPD-Politikerin hinzu` is hers (rules 8, 30); her Konjunktiv sentences, also the one split by `so Kraft`, are unmarked
    # (rule 5), and the cue-less quotation after that sentence continues her (NOTES.md continuation); the Bundesregierung,
    # the große Koalition and the SPD say nothing in marks; `nordrhein-westfälische Ministerpräsidentin`,
    # `NRW-Ministerpräsidentin`, `NRW-Regierungschefin` and `SPD-Politikerin` name a Land or a party and are no aliases (rule
    # 33)
    quotes=[(cut(KB_P1, "\"Ich vertrete", "im Blick\""), KRAFT),
            ("\"Rheinischen Post\"", None),
            ("\"Wir werden nicht immer mit der Bundesregierung übereinstimmen.\"", KRAFT),
            ("\"Daraus ergibt sich alles andere\"", KRAFT),
            (cut(KB_P1, "\"Wir haben uns", "unser Land.\""), KRAFT)],
    aliases={KRAFT: ["Hannelore Kraft", "Kraft"]})

# --- Neue Osnabrücker Zeitung (ots, shown by aktiencheck.de), 30 January 2017: Hofreiter after Grube's resignation ---

HO_L1 = "Osnabrück (ots) - Grünen-Fraktionschef warnt vor \"Gemauschel\" umNachfolge des zurückgetretenen Bahn-Chefs"
HO_L2 = ("Hofreiter: \"Grube-Rückzug Chance für Neustart\" - An die Spitzegehört \"jemand mit Leidenschaft für die "
         "Bahn\"")
HO_P1 = ("Osnabrück. Grünen-Fraktionschef Anton Hofreiter hat den Rücktrittvon Bahnchef Rüdiger Grube als \"Chance für einen "
         "Neustart\" bewertet.\"Wir brauchen endlich eine Bahn, die sich um die Kunden kümmert,pünktlich und komfortabel ist, "
         "die das Schienennetz flickt undflächendeckend W-Lan bereitstellt\", sagte Hofreiter der \"NeuenOsnabrücker "
         "Zeitung\" (Dienstag). Er forderte den Ausstieg aus\"unnötigen Prestigeprojekten, aus der intransparenten "
         "Firmenstruktursowie aus teuren Abenteuern in Großbritannien und Übersee\". Der Bundals einziger Aktionär dürfe nicht "
         "länger still halten, sondern müssefür einen Neustart Rückenwind geben, mahnte Hofreiter. Nach HartmutMehdorn als "
         "Flugzeugmanager und Rüdiger Grube als Autofachmann sei ander Bahn-Spitze \"jemand mit Leidenschaft für die Bahn\" "
         "dringenderforderlich. \"Schädlich wäre neues Gemauschel um Grubes Nachfolge\",erklärte der Vorsitzende und frühere "
         "Verkehrsexperte derGrünen-Bundestagsfraktion.")

add(id="ho728-ots-noz-2017-01-hofreiter-grube-gemauschel",
    title=None,
    url="http://www.aktiencheck.de/news/Artikel-NOZ_Gruenen_Fraktionschef_warnt_Gemauschel_um_Nachfolge_"
        "zurueckgetretenen_Bahn_Chefs-7679086",
    retrieved="same address (release of the Neue Osnabrücker Zeitung 'NOZ: Grünen-Fraktionschef warnt vor Gemauschel um "
              "Nachfolge zurückgetretenen Bahn-Chefs' (headline by the address only), sent over ots on 30 January 2017, the "
              "day Rüdiger Grube resigned as chief of the Deutsche Bahn, for the Tuesday edition of 31 January 2017, and shown "
              "by the finance portal aktiencheck.de with the ots dateline 'Osnabrück (ots) -'); the copy joins the wire's "
              "wrapped lines without a space: the joins are kept as stored (`umNachfolge`, `Rücktrittvon`, `bewertet.\"Wir`, "
              "`\"NeuenOsnabrücker Zeitung\"`, `Nachfolge\",erklärte` and others; rules 20, 740), and lines are divided only "
              "where a wire line ended early: after the paper's headline, run in after the dateline ('… Bahn-Chefs'), and after "
              "its subtitle ('… für die Bahn\"'), both without a full stop, so that headline, subtitle and body are lines of "
              "their own and the body one paragraph with its place mark 'Osnabrück.' (rules 740, 4530); no character added; "
              "the copy ends after the body's last sentence, with no contact block; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[HO_L1, HO_L2, HO_P1],
    # the headline's marked word after `Grünen-Fraktionschef warnt vor` is Hofreiter's: the role names him in the lead, and
    # his body quotation uses the word (`Schädlich wäre neues Gemauschel um Grubes Nachfolge`) (rules 3, 26); the subtitle's
    # quotation after the label `Hofreiter:` is his (rule 54), and so is the marked phrase after the dash, `An die Spitze
    # gehört "…"`, which the body gives him in his Konjunktiv report (rule 4532), each occurrence of the phrase a span of its
    # own; the partial quotation after `hat den Rücktritt … als "…" bewertet` is his (rules 3, 25); the quotation before
    # `sagte Hofreiter der "NeuenOsnabrücker Zeitung"` is his (rule 30), the paper's name, joined as stored, null (rules 2,
    # 2771, 4531); the marked object after `Er forderte den Ausstieg aus` is his (rule 3); the quotation before `erklärte der
    # Vorsitzende und frühere Verkehrsexperte der Grünen-Bundestagsfraktion` is his, the role taking him up (rules 8, 30);
    # Rüdiger Grube, Hartmut Mehdorn and the Bund say nothing; `Grünen-Fraktionschef` and the role phrase with the
    # Fraktion's name name a party and are no aliases (rule 33)
    quotes=[("\"Gemauschel\"", HOFREITER),
            ("\"Grube-Rückzug Chance für Neustart\"", HOFREITER),
            ("\"jemand mit Leidenschaft für die Bahn\"", HOFREITER, 0),
            ("\"Chance für einen Neustart\"", HOFREITER),
            (cut(HO_P1, "\"Wir brauchen", "bereitstellt\""), HOFREITER),
            ("\"NeuenOsnabrücker Zeitung\"", None),
            (cut(HO_P1, "\"unnötigen", "Übersee\""), HOFREITER),
            ("\"jemand mit Leidenschaft für die Bahn\"", HOFREITER, 1),
            ("\"Schädlich wäre neues Gemauschel um Grubes Nachfolge\"", HOFREITER)],
    aliases={HOFREITER: ["Anton Hofreiter", "Hofreiter"]})

# --- Rheinische Post (ots, shown by aktiencheck.de), early 2017: Mehdorn on the political influence at the Bahn ---

ME_P1 = ("Düsseldorf (ots) - Der langjährige frühere Bahnchef HartmutMehdorn hat den politischen Einfluss bei der Bahn "
         "kritisiert undbedauert den Rückzug von Rüdiger Grube. \"Das Problem der Bahn ist derpolitische Einfluss\", sagte "
         "Mehdorn der in Düsseldorf erscheinenden\"Rheinischen Post\" (Samstagausgabe). \"Im Bahn-Aufsichtsrat wollenPolitiker "
         "über den Kauf von Lokomotiven mitbestimmen. Das ist dochabsurd.\" Was mit Rüdiger Grube passiert sei, sei für ihn "
         "ein\"Déjà-vu\". Die Politik entscheide über die Köpfe des Aufsichtsratshinweg, der Deal werde an die Medien "
         "durchgesteckt, der Aufsichtsratfühle sich überrumpelt, und \"dann begehren die auf, und derVorstandschef muss es "
         "ausbaden\", sagte Mehdorn. \"StaatlicheUnternehmen wie die Bahn werden nicht wettbewerbsfähig geführt.\"")

add(id="ho728-ots-rp-2017-mehdorn-politischer-einfluss-bahn",
    title=None,
    url="http://www.aktiencheck.de/news/Artikel-Rheinische_Post_Mehdorn_kritisiert_politischen_Einfluss_Bahn_und_"
        "bedauert_Grube_Rueckzug-7816633",
    retrieved="same address (release of the Rheinische Post 'Rheinische Post: Mehdorn kritisiert politischen Einfluss bei "
              "der Bahn und bedauert Grube-Rückzug' (headline by the address only), sent over ots for a Saturday edition after "
              "Rüdiger Grube's resignation of 30 January 2017 and shown by the finance portal aktiencheck.de with the ots "
              "dateline 'Düsseldorf (ots) -'; dated between February and April 2017 by its content, by the crawl date prefix "
              "' date 2017-04' and by the portal's article number, above that of the Neue Osnabrücker Zeitung's release of 30 "
              "January 2017 in this set); the crawl date prefix dropped (rule 63); no headline in the copy, the paragraph "
              "with its dateline is the first line (rules 32, 2770); the copy joins the wire's wrapped lines without a space "
              "and the joins are kept as stored (`HartmutMehdorn`, `derpolitische`, `erscheinenden\"Rheinischen Post\"`, "
              "`ein\"Déjà-vu\"`, `StaatlicheUnternehmen` and others; rules 20, 740, 4530); the contact block run on after the "
              "last sentence ('geführt.\"Pressekontakt:Rheinische PostRedaktionTelefon: (0211) 505-2621') and the line "
              "'Original-Content von: Rheinische Post, übermittelt durch news aktuell' dropped (rules 2770, 4530); complete as "
              "stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[ME_P1],
    # the quotation before `sagte Mehdorn der in Düsseldorf erscheinenden"Rheinischen Post"` is his (rule 30), the paper's
    # name null (rules 2, 2771); the cue-less quotation after it continues him (NOTES.md continuation); the partial
    # quotation in the Konjunktiv `Was mit Rüdiger Grube passiert sei, sei für ihn ein "…"` is his word for Grube's fate
    # (rules 3, 25); the partial quotation that ends his Konjunktiv report before `sagte Mehdorn` and the cue-less
    # quotation after it are his (rules 3, 30; NOTES.md continuation); Rüdiger Grube, the Politik, the Politiker, the
    # Aufsichtsrat and the Medien say nothing; the name is written with the first name only in the joined form
    # `HartmutMehdorn`, so the surname is canonical and the joined form an alias (rule 4531); `langjährige frühere Bahnchef`
    # names the Bahn and is no alias (rule 33)
    quotes=[(cut(ME_P1, "\"Das Problem", "Einfluss\""), MEHDORN),
            ("\"Rheinischen Post\"", None),
            (cut(ME_P1, "\"Im Bahn-Aufsichtsrat", "dochabsurd.\""), MEHDORN),
            ("\"Déjà-vu\"", MEHDORN),
            (cut(ME_P1, "\"dann begehren", "ausbaden\""), MEHDORN),
            (cut(ME_P1, "\"StaatlicheUnternehmen", "geführt.\""), MEHDORN)],
    aliases={MEHDORN: ["Mehdorn", "HartmutMehdorn"]})

# --- Rheinische Post (ots, shown by finanznachrichten.de), 25 February 2018: Krings on the CDU's new federal ministers ---

KG_P1 = ("Düsseldorf (ots) - Für Günter Krings, Chef der NRW-Landesgruppe in der CDU-Fraktion des Deutschen Bundestages, "
         "sind die von Parteichefin Angela Merkel vorgeschlagenen CDU-Bundesminister eine Überraschung. \"Das ist völlig "
         "überraschend\", sagte Krings der \"Rheinischen Post\" (Montagausgabe). \"Ich freue mich, dass NRW zwei Minister "
         "stellen soll. Aber das Ausscheiden von Gröhe ist ein menschlicher und fachlicher Verlust\", so Krings.")

add(id="ho728-ots-rp-2018-02-krings-groehe-verlust",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2018-02/43101299-rheinische-post-nrw-landesgruppen-chef-guenter-"
        "krings-sieht-in-ausscheiden-von-groehe-menschlichen-und-fachlichen-verlust-007.htm",
    retrieved="same address (release of the Rheinische Post 'NRW-Landesgruppen-Chef Günter Krings sieht in Ausscheiden von "
              "Gröhe menschlichen und fachlichen Verlust' (headline by the address only), sent over ots for the Monday "
              "edition after Angela Merkel named the CDU's ministers of the new grand coalition on Sunday, 25 February 2018, "
              "that is for 26 February 2018, and shown unchanged by finanznachrichten.de with the ots dateline ('Düsseldorf "
              "(ots) -'); looked at and not used by the 611th set, used in no set); the crawl date prefix ' date 2018-02' "
              "dropped (rule 63); no headline in the copy, the paragraph with its dateline is the first line (rules 32, 3840); "
              "the paper's web address line 'www.rp-online.de', the line 'OTS: Rheinische Post newsroom: "
              "http://www.presseportal.de/nr/30621 newsroom via RSS: http://www.presseportal.de/rss/pm_30621.rss2' and the "
              "contact block 'Pressekontakt: Rheinische Post Redaktion Telefon: (0211) 505-2621' after the empty lines dropped "
              "(rules 3840, 4470); complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[KG_P1],
    # the lead's view attribution `Für Günter Krings … sind … eine Überraschung` is unmarked (rule 5); the quotation before
    # `sagte Krings der "Rheinischen Post"` is his (rule 30), the paper's name null (rules 2, 2771); the quotation before `so
    # Krings` is his (rule 30); Angela Merkel, Hermann Gröhe (named `Gröhe` only) and the CDU-Bundesminister say nothing;
    # `Chef der NRW-Landesgruppe in der CDU-Fraktion des Deutschen Bundestages` names a body and is no alias (rule 33)
    quotes=[("\"Das ist völlig überraschend\"", KRINGS),
            ("\"Rheinischen Post\"", None),
            (cut(KG_P1, "\"Ich freue", "fachlicher Verlust\""), KRINGS)],
    aliases={KRINGS: ["Günter Krings", "Krings"]})

# --- Neue Osnabrücker Zeitung (ots, shown by finanznachrichten.de), February 2025: Kretschmer on eastern ministers ---

KM_P1 = ("Osnabrück (ots) -Sachsens Ministerpräsident Michael Kretschmer (CDU) hat von der künftigen Bundesregierung "
         "wichtige Kabinettsposten für Politiker aus dem Osten eingefordert. \"Ich wünsche mir, dass Persönlichkeiten aus den "
         "neuen Ländern am Kabinettstisch sitzen. Und zwar in einem Ministerium, das wirklich etwas für die Zukunft des Landes "
         "bewegen kann, zum Beispiel im Verkehrs- oder im Wissenschaftsressort\", sagte Kretschmer im Interview mit der "
         "\"Neuen Osnabrücker Zeitung\" (NOZ). \"Das wäre ein echter Beitrag, um einen zweiten Schwung in diesen Aufbau Ost zu "
         "bringen, und dafür würde sich gewiss eine hervorragende Kollegin oder ein Kollege finden!\"")
KM_P2 = ("Er selbst steht dafür nicht bereit, das stellte Kretschmer unmissverständlich klar: \"Ich war schon 15 Jahre in "
         "Berlin und schließe eine Rückkehr aus. Nicht nur bis auf Weiteres, sondern insgesamt\", so der 49-Jährige. \"Meine "
         "Berliner Zeit war lang, intensiv, und sie ist zu Ende. Meine Aufgabe liegt in Sachsen.\"")

add(id="ho728-ots-noz-2025-02-kretschmer-kabinettsposten-osten",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2025-02/64503257-michael-kretschmer-fordert-wichtige-kabinettsposten-"
        "fuer-politiker-aus-dem-osten-sachsens-ministerpraesident-das-koennte-zweiten-schwung-in-aufbau-ost-b-007.htm",
    retrieved="same address (release of the Neue Osnabrücker Zeitung 'Michael Kretschmer fordert wichtige Kabinettsposten für "
              "Politiker aus dem Osten / Sachsens Ministerpräsident: Das könnte zweiten Schwung in Aufbau Ost b[ringen]' "
              "(headline by the address only, cut off in it), sent over ots in February 2025, by the address, before the "
              "forming of the next federal government ('der künftigen Bundesregierung'), and shown by finanznachrichten.de "
              "with the ots dateline and the line 'Originalmeldung: https://www.presseportal.de/pm/58964/5966835', which names "
              "the original in the paper's newsroom); no headline in the copy, the paragraph with its dateline is the first "
              "line (rules 32, 3590); the copy keeps the spaces inside its paragraphs but runs them together, and the break is "
              "restored at the join 'finden!\"Er selbst' (rule 2691), while the published 'Osnabrück (ots) -Sachsens' stays "
              "as stored (rules 20, 2691); the contact block run on after the last sentence ('Sachsen.\"Pressekontakt:Neue "
              "Osnabrücker ZeitungRedaktionTelefon: +49(0)541/310 207'), the line 'Original-Content von: Neue Osnabrücker "
              "Zeitung, übermittelt durch news aktuell' and the 'Originalmeldung' line dropped (rules 3010, 3840); complete as "
              "stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[KM_P1, KM_P2],
    # the quotation before `sagte Kretschmer im Interview mit der "Neuen Osnabrücker Zeitung" (NOZ)` is his (rule 30), the
    # paper's name null (rules 2, 2771); the cue-less quotation after it continues him (NOTES.md continuation); the colon
    # quotation after the narrator's `das stellte Kretschmer unmissverständlich klar:`, which `so der 49-Jährige` closes, is
    # his (rules 9, 30), and the cue-less quotation after it continues him (NOTES.md continuation); the künftige
    # Bundesregierung and the Politiker aus dem Osten say nothing; `49-Jährige`, which names only him in the release, is an
    # alias (rule 44), while `Sachsens Ministerpräsident` names a Land and is not (rule 33)
    quotes=[(cut(KM_P1, "\"Ich wünsche", "Wissenschaftsressort\""), KRETSCHMER),
            ("\"Neuen Osnabrücker Zeitung\"", None),
            (cut(KM_P1, "\"Das wäre", "Kollege finden!\""), KRETSCHMER),
            (cut(KM_P2, "\"Ich war schon", "sondern insgesamt\""), KRETSCHMER),
            (cut(KM_P2, "\"Meine Berliner", "in Sachsen.\""), KRETSCHMER)],
    aliases={KRETSCHMER: ["Michael Kretschmer", "Kretschmer", "49-Jährige"]})
