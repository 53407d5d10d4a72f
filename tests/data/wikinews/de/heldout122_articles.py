# Hundred-and-twenty-second held-out German real-news set (tests/data/heldout122-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1025-1028). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of /work/wt-heldout*, and by the speakers' names and
# distinctive phrases against the texts of all sets). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-second held-out set": pages of the Bundeszentrale für politische
# Bildung (bpb.de; licence BPB, CC BY-NC-ND 4.0, as in the seventy-second and hundred-and-ninth sets) from its
# "Deutschland-Chronik" (a dated chronicle of German politics 1945-2000): one chronicle entry and two stored versions of the
# chronicle's start page (its http and https addresses, stored on different days) with their "Der Tag in der Geschichte"
# teasers. Not the Sicherheitspolitische Presseschau used by the seventy-second and
# hundred-and-ninth sets. The pages corpus held no unused stored copy of a "Hintergrund aktuell" article with quotations, the
# stored "Deutschland Archiv" copies found open with the section's long navigation list and end before their first
# quotation, and the unused netzpolitik.org pages found held no complete paragraph with a quotation. Stored copies are the
# `search` tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Deutschland-Chronik, entry "8. Mai 1985" ---

WEIZ_P = ("Am 40. Jahrestag der bedingungslosen Kapitulation hält Bundespräsident von Weizsäcker vor dem Bundestag eine "
          "weltweit beachtete historische Rede. Der 8. Mai sei für »Deutsche kein Tag zum Feiern«, aber dennoch »ein Tag der "
          "Befreiung«. Man dürfe im Ende des Krieges nicht die Ursache für »Flucht, Vertreibung und Unfreiheit« sehen, da der "
          "8. 5. 1945 nicht vom 30. 1. 1933 (Hitlers Machtergreifung) getrennt werden dürfe. Das Ende eines Irrweges deutscher "
          "Geschichte habe zugleich den »Keim der Hoffnung auf eine bessere Zukunft« geborgen. »Es gab keine Stunde Null, aber "
          "wir hatten die Chance zu einem Neubeginn.« Es gehe nicht darum, Vergangenheit zu bewältigen, da sie sich nicht "
          "nachträglich ändern oder ungeschehen machen lasse. »Aber wer vor der Vergangenheit die Augen verschließt, wird "
          "blind für die Gegenwart.« Mit Blick auf die deutsche Teilung hofft Weizsäcker, der 8. Mai möge nicht das letzte "
          "Datum bleiben, das für alle Deutschen verbindlich sei.")

add(id="ho122-bpb-deutschland-chronik-1985-05-08-weizsaecker",
    title=None,
    url="https://bpb.de/themen/zeit-kulturgeschichte/deutschland-chronik/132022/8-mai-1985",
    retrieved="same address (stored entry '8. Mai 1985' of the bpb's Deutschland-Chronik; the stored copy holds only the "
              "entry's one paragraph, without a headline line, so the text has no title line (as in heldout100); the "
              "spaced dates '8. 5. 1945' / '30. 1. 1933' and the guillemets kept as stored (rule 20))",
    license=BPB,
    paras=[WEIZ_P],
    quotes=[("»Deutsche kein Tag zum Feiern«", "von Weizsäcker"),
            ("»ein Tag der Befreiung«", "von Weizsäcker"),
            ("»Flucht, Vertreibung und Unfreiheit«", "von Weizsäcker"),
            ("»Keim der Hoffnung auf eine bessere Zukunft«", "von Weizsäcker"),
            (cut(WEIZ_P, "»Es gab keine", "Neubeginn.«"), "von Weizsäcker"),
            (cut(WEIZ_P, "»Aber wer", "Gegenwart.«"), "von Weizsäcker")],
    aliases={"von Weizsäcker": ["von Weizsäcker", "Bundespräsident von Weizsäcker", "Weizsäcker"]})

# --- Deutschland-Chronik, start page (stored version with the teasers of 19 April) ---

DEMAIZ_P = ("In seiner Regierungserklärung vor der Volkskammer fordert Ministerpräsident de Maiziére (CDU) einen »zutiefst "
            "demokratischen Neuanfang«. Aus dem Ruf »Wir sind das Volk« sei der Ruf »Wir sind ein Volk« erwachsen. Dies "
            "bedeute Demokratie und Einigung...")
THIERSE_P = ("Erste Bundestagssitzung im umgebauten historischen Berliner Reichstagsgebäude. Es ist fortan ständiger Sitz des "
             "Deutschen Bundestages. 50 Jahre nach Gründung der BRD ist damit Berlin zur »politischen Metropole Deutschlands« "
             "(Thierse) geworden....")

add(id="ho122-bpb-deutschland-chronik-start-19-april",
    title="Deutschland-Chronik",
    url="http://www.bpb.de/geschichte/zeitgeschichte/deutschland-chronik/",
    retrieved="same address (stored version of the start page of the bpb's Deutschland-Chronik that shows the teasers for "
              "19 April under 'Der Tag in der Geschichte'; the image text 'Der Berliner Reichstag' and the repeated "
              "heading 'Deutschland-Chronik' dropped as furniture (rules 19, 93); the teasers' date lines kept as lines of "
              "their own (rule 18), the list bullets dropped; the link word 'Weiter' after each teaser dropped (rule 19), "
              "the teasers' own cut-off ellipses ('Einigung...', 'geworden....') kept as published (rule 69))",
    license=BPB,
    paras=["Die Chronik vermittelt Daten, Zusammenhänge und Entwicklungen zur Zeitgeschichte und Politik in Deutschland über "
           "die letzten fünfeinhalb Jahrzehnte. Sie beginnt mit der bedingungslosen Kapitulation nach dem Zweiten Weltkrieg "
           "am 8. Mai 1945, und sie endet 55 Jahre später Ende Mai 2000. Redaktionsschluss war daher am 1. Juni 2000.",
           "Der Tag in der Geschichte",
           "19. April 1990",
           DEMAIZ_P,
           "19. April 1999",
           THIERSE_P],
    quotes=[("»zutiefst demokratischen Neuanfang«", "de Maiziére"),
            ("»Wir sind das Volk«", None),
            ("»Wir sind ein Volk«", None),
            ("»politischen Metropole Deutschlands«", "Thierse")],
    aliases={"de Maiziére": ["de Maiziére", "Ministerpräsident de Maiziére"],
             "Thierse": ["Thierse"]})

# --- Deutschland-Chronik, start page, https address (stored version with the teasers of 22 May) ---

SEGHERS_P = ("Der Schriftstellerverband (Vorsitz: Anna Seghers) konstituiert sich als selbständige Organisation in der DDR "
             "außerhalb des »Kulturbunds« (3. 7. 1945) und bekennt sich zum »sozialistischen Realismus«. Stalin hatte von "
             "den Schriftstellern als »Ingenieuren der...")

add(id="ho122-bpb-deutschland-chronik-start-22-mai",
    title="Deutschland-Chronik",
    url="https://www.bpb.de/geschichte/zeitgeschichte/deutschland-chronik/",
    retrieved="same address (stored version of the start page of the bpb's Deutschland-Chronik, https address, that shows "
              "the teasers for 22 May under 'Der Tag in der Geschichte'; a different stored copy from the http version "
              "above, with other teasers; the image text 'Der Berliner Reichstag' and the repeated heading "
              "'Deutschland-Chronik' dropped as furniture (rules 19, 93); the teasers' date lines kept as lines of their "
              "own (rule 18), the list bullets dropped; the link word 'Weiter' after each teaser dropped (rule 19), the "
              "teasers' own cut-off ellipses kept as published (rule 69), also where the cut falls inside a quotation "
              "('»Ingenieuren der...'))",
    license=BPB,
    paras=["Die Chronik vermittelt Daten, Zusammenhänge und Entwicklungen zur Zeitgeschichte und Politik in Deutschland über "
           "die letzten fünfeinhalb Jahrzehnte. Sie beginnt mit der bedingungslosen Kapitulation nach dem Zweiten Weltkrieg "
           "am 8. Mai 1945, und sie endet 55 Jahre später Ende Mai 2000. Redaktionsschluss war daher am 1. Juni 2000.",
           "Der Tag in der Geschichte",
           "22. Mai - 2. Juni 1946",
           "Die Einheitsschule wird in der SBZ mit dem Ziel eingeführt, die Schule zu demokratisieren: ohne Rücksicht auf "
           "Geschlecht, Besitz, Glauben oder Abstammung. Privilegien im Bildungswesen sollen so abgeschafft werden. Auf den "
           "»vorschulischen« Kindergarten folgt...",
           "22. - 25. Mai 1952",
           SEGHERS_P,
           "22. Mai 1970",
           "Egon Bahr, Staatssekretär im Bundeskanzleramt, und Außenminister Andrej Gromyko schließen in Moskau ihren "
           "Meinungsaustausch über Fragen eines deutsch-sowjetischen Gewaltverzichts ab. Die Verhandlungsergebnisse sind in "
           "einer 10-Punkte-Absichtserklärung...",
           "22. Mai 1989",
           "Die DDR und die Volksrepublik Polen klären den Verlauf der Oder-Neiße-Grenze in der Oderbucht durch Abgrenzung "
           "der Seegebiete.",
           "22. Mai 1990",
           "BAföG-Reform: Studierende erhalten die Förderung künftig zur Hälfte als Zuschuss und nicht mehr wie bisher als "
           "Volldarlehen. Neu aufgenommen werden Schüler von Berufsaufbauschulen und Fachoberschulklassen, von Fach- und "
           "Berufsfachschulklassen (ab Klasse 11)...."],
    quotes=[("»vorschulischen«", None),
            ("»Kulturbunds«", None),
            ("»sozialistischen Realismus«", None),
            ("»Ingenieuren der...", "Stalin")],
    aliases={"Stalin": ["Stalin"]})
