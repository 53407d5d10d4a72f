# Two-hundred-and-ninety-eighth held-out German real-news set (tests/data/heldout298-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1870-1872). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by sitting and page address, speaker and
# two distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-eighth held-out set": texts of the Austrian Parliament under
# licence PK: five pages of the stenographic protocols (Bundesrat, 886th, 907th, 916th and 942nd sittings; Nationalrat,
# XXVII. GP, 93rd sitting), each one speech with what follows it on the page. Stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped
# (rules 14, 575), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Bundesrat, 886th sitting: Reinhard Todt's factual correction on 'Aleppo' ---

PISEC = "Pisec"

add(id="ho298-parl-br-886-todt-aleppo",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00886/A_-_13_39_09_00191892.html",
    retrieved="same address (stored page of the stenographic protocol of the 886th sitting of the Bundesrat; the time "
              "lines '13.39' and '13.40' dropped as furniture (rule 575); the page has no headline, so there is no title "
              "line (rules 18, 32); the interjections in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Bundesrat Reinhard Todt (SPÖ, Wien): An sich ist es einen Ordnungsruf wert, wenn gesagt wird, dass die "
           "Sozialdemokraten und die Grünen, die in Wien an der Regierung sind, hier bürgerkriegsähnliche Zustände "
           "schaffen würden. Sie haben „Aleppo“ gesagt. Ich verwehre mich aber wirklich dagegen.",
           "Das ist etwas, was Sie als Wienbashing machen. Wir haben heute zwar keine Übertragung, nur: Das ist ein "
           "Skandal. Herr Pisec, Sie sind nicht im Wiener Landtag! (Ruf bei der FPÖ: Das ist eine tatsächliche "
           "Berichtigung, nicht eine Wortmeldung!) Die tatsächliche Berichtigung ist, dass Wien zum elften Mal zur "
           "lebenswertesten Stadt der Welt gewählt wurde – und das laut Mercer-Studie. (Beifall bei der SPÖ.) Das ist die "
           "tatsächliche Berichtigung.",
           "Alles andere, was Sie gesagt haben, ist schlicht und einfach nicht wahr. (Beifall bei der SPÖ. – Bundesrätin "
           "Mühlwerth: Nicht falsch sagen!)",
           "Präsidentin Inge Posch-Gruska: Als Nächster zu Wort gemeldet ist Herr Bundesrat Hubert Koller. – Bitte."],
    # the word the speaker says his addressee used is the addressee's, named in the next paragraph (rule 1870)
    quotes=[("„Aleppo“", PISEC)],
    aliases={PISEC: ["Pisec", "Herr Pisec"]})

# --- Bundesrat, 907th sitting: Ernest Schwindsackl on the reports of the Volksanwaltschaft ---

add(id="ho298-parl-br-907-schwindsackl-volksanwaltschaft",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00907/A_-_18_50_24_00218451.html",
    retrieved="same address (stored page of the stenographic protocol of the 907th sitting of the Bundesrat; the time "
              "line '18.50' dropped as furniture (rule 575); no title line (rules 18, 32); the last paragraph 'Und jetzt "
              "kommt’s: Der Zugang zur Volksanwaltschaft …', cut off after 'zu einem Sprecht', dropped (rule 15))",
    license=PK,
    paras=["Bundesrat Ernest Schwindsackl (ÖVP, Steiermark): Herr Präsident! Geschätzte Volksanwälte! Werte Kolleginnen "
           "und Kollegen! Werte Zuseher, die noch via Livestream dabei sind! Gut, dass die Volksanwaltschaft auf "
           "Bundesebene im Jahr 1977 probeweise eingeführt wurde. Gut, dass die Volksanwaltschaft im Jahr 1981 in der "
           "Bundesverfassung verankert wurde. Gut, dass die Volksanwaltschaft seit 2012 als nationaler "
           "Präventionsmechanismus auch für den Schutz und die Förderung der Menschenrechte in Österreich zuständig ist.",
           "Gut, dass wir über die vorliegenden – und nun auch schon etwas in die Zeit gekommenen – Berichte 2018, 2019 "
           "diskutieren können und auch darüber abstimmen werden. Gut, und es spricht sicherlich für die Wertschätzung "
           "der anwesenden Volksanwälte, dass Sie auch dem fünften Redner zu diesem Thema noch Ihr Ohr schenken.",
           "Was nimmt man wahr? – Wahr nimmt man eine Kernaufgabe der Volksanwaltschaft, und das ist die sogenannte "
           "nachprüfende Kontrolle. Das ist jene, die man am Samstag um 18 Uhr in der ORF-Sendung „Bürgeranwalt“ erlebt: "
           "wenn irgendeine Behörde oder ein Verwaltungsorgan auf Gemeinde-, Landes- oder Bundesebene nach Meinung eines "
           "Bürgers – gegendert natürlich auch –, einer Bürgerin einen Fehler begangen hat und er oder sie das als "
           "ungerecht erachtet. Für viele Menschen ist daher die Volksanwaltschaft die einzige Anlaufstelle, wenn sie im "
           "Kontakt mit den Behörden verzweifeln, etwa weil sie Entscheidungen der Verwaltung nicht nachvollziehen können "
           "oder auf Erledigung der Behörde unzumutbar lange warten müssen. In solchen Fällen können sich – und das ist ja "
           "der Sinn dieser großartigen Einrichtung – die Bürger kostenlos, kostenfrei – finde ich beinahe noch schöner – "
           "an die Volksanwaltschaft wenden."],
    # the title of a television programme is null (rule 24)
    quotes=[("„Bürgeranwalt“", None)],
    aliases={})

# --- Bundesrat, 916th sitting: Karl Bader on a call to order ('Gesetzeskauf') ---

LEINFELLNER = "Leinfellner"

add(id="ho298-parl-br-916-bader-ordnungsruf",
    title="",
    url="https://www.parlament.gv.at/dokument/BR/BRSITZ/916/A_-_18_59_57_00233083.html",
    retrieved="same address (stored page of the stenographic protocol of the 916th sitting of the Bundesrat, stored twice "
              "with the same text; the time lines '18.59' and '19.00' and the separator '*****' dropped as furniture (rule "
              "575); no title line (rules 18, 32); complete)",
    license=PK,
    paras=["Bundesrat Karl Bader (ÖVP, Niederösterreich) (zur Geschäftsbehandlung): Sehr geehrte Frau Präsidentin! Liebe "
           "Kolleginnen und Kollegen! Es ist im Protokoll klar ersichtlich, dass es geheißen hat: Das ist keine "
           "Verbesserung, „sondern das gleicht aus meiner Sicht einem Gesetzeskauf“. – Das ist klar und deutlich nicht "
           "das, was Herr Kollege Leinfellner jetzt hier ausgesprochen hat. Es ist die Unterstellung einer kriminellen "
           "Handlung, und ich glaube, dass es da entsprechend zumindest einen Ordnungsruf geben sollte.",
           "Vizepräsidentin Mag. Elisabeth Grossmann: Herr Fraktionsvorsitzender, ich habe einen Ordnungsruf erteilt. "
           "(Zwischenrufe der BundesrätInnen Steiner und Steiner-Wieser.) Es ist – die Frau Schriftführerin hat es gerade "
           "ausgeführt – anscheinend im Applaus der FPÖ untergegangen. Ich habe aber einen Ordnungsruf für diese Aussage "
           "erteilt. (Beifall bei der FPÖ. – Bundesrat Steiner: Sie hat ja einen Ordnungsruf erteilt! Soll sie jetzt zwei "
           "Ordnungsrufe erteilen?)"],
    # words cited from the protocol, set against what the named member now says he said: his (rule 1871)
    quotes=[("„sondern das gleicht aus meiner Sicht einem Gesetzeskauf“", LEINFELLNER)],
    aliases={LEINFELLNER: ["Leinfellner", "Herr Kollege Leinfellner"]})

# --- Bundesrat, 942nd sitting: Karl Bader reads from the report of the Legislativdienst ---

RLW = "Rechts-, Legislativ- und Wissenschaftlichen Dienstes"

add(id="ho298-parl-br-942-bader-legislativdienst",
    title="",
    url="https://www.parlament.gv.at/dokument/BR/BRSITZ/942/A_-_16_53_36_00271855.html",
    retrieved="same address (stored page of the stenographic protocol of the 942nd sitting of the Bundesrat; the time "
              "lines '16.53' and '16.55' dropped as furniture (rule 575); no title line (rules 18, 32); the spacing "
              "'–„, 2 und 33“' kept as published (rule 20); the last paragraph 'Ich begrüße unsere ehemalige Kollegin - - "
              "…', cut off after 'wieder Ordnung', dropped (rule 15))",
    license=PK,
    paras=["Bundesrat Karl Bader (ÖVP, Niederösterreich): Sehr geehrte Frau Präsidentin! Frau Staatssekretärin! Sehr "
           "geehrte Kolleginnen und Kollegen! Herr Kollege Steiner hat vom Rednerpult aus in seiner Büttenrede behauptet "
           "(Bundesrätin Steiner-Wieser: Büttenrede?!), dass gemäß der Expertise des Rechts-, Legislativ- und "
           "Wissenschaftlichen Dienstes bis auf zwei Fragen alle Fragen dieser Dringlichen Anfrage, die gar nicht "
           "Gegenstand der heutigen Debatte ist, hätten beantwortet werden müssen. (Bundesrat Steiner: Richtig!)",
           "Ich berichtige tatsächlich und lese – es hängt auch mit der Lesekompetenz zusammen – Seite 7 dieses Berichtes "
           "vor: Es sind die „Fragen 1, 2 und 33“, die nach Auffassung des Legislativdienstes – entgegen der Auffassung "
           "des Ministerratsdienstes – zu beantworten gewesen wären. Es ist klar gesagt: Acht Fragen sind beantwortet "
           "worden, elf Fragen sind nicht Gegenstand der Vollziehung des Bundes, also überhaupt nicht Gegenstand der "
           "Vollziehung, elf sind Gegenstand der Vollziehung eines dafür zuständigen anderen Ministers und drei sind eben "
           "strittig. Das ist die Tatsache. Hier steht nämlich: „Fragen 1“ – Beistrich –„, 2 und 33“, und nicht: bis 33. "
           "(Bundesrat Steiner: Unten, letzter Absatz, Herr Kollege! Letzter Absatz! – Ruf bei der ÖVP: Da müsste man "
           "lesen können! – Bundesrat Steiner – in Richtung Vizepräsidentin Zwazl –: Ich habe einen Redebeitrag!)",
           "Vizepräsidentin Sonja Zwazl: Du meldest dich noch einmal? – (Bundesrat Steiner: Ja, hinten dran werde ich das "
           "korrigieren! Man muss halt das Untere auch lesen.) – Okay, gut."],
    # words read out from the service's written report are the service's, named in the genitive (rules 152, 1872); the
    # split reading with '– Beistrich –' between gives two spans
    quotes=[("„Fragen 1, 2 und 33“", RLW),
            ("„Fragen 1“", RLW),
            ("„, 2 und 33“", RLW)],
    aliases={RLW: ["Rechts-, Legislativ- und Wissenschaftlichen Dienstes", "Legislativdienstes"]})

# --- Nationalrat, XXVII. GP, 93rd sitting: Jörg Leichtfried on an 'Internetplattform der SPÖ' ---

GERSTL = "Gerstl"

add(id="ho298-parl-nr-xxvii-93-leichtfried-internetplattform",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00093/A_-_15_03_11_00241453.html",
    retrieved="same address (stored page of the stenographic protocol of the 93rd sitting of the Nationalrat, XXVII. GP; "
              "the time lines '15.03' (twice) and the separator '*****' dropped as furniture (rule 575); no title line "
              "(rules 18, 32); the stage direction in parentheses kept as published (rule 20); complete)",
    license=PK,
    paras=["Abgeordneter Mag. Jörg Leichtfried (SPÖ) (zur Geschäftsbehandlung): Herr Präsident, ich rede jetzt von hier "
           "(am Mikrofon in den Abgeordnetenreihen der SPÖ stehend) zur Geschäftsbehandlung und gehe dann hinüber, um die "
           "Anfrage einzubringen. Ich weiß jetzt nicht, was eine „Internetplattform der SPÖ“ ist, aber das wird uns "
           "Kollege Gerstl vielleicht noch erklären. Ich kann aber klarstellen, dass die SPÖ selbstverständlich nichts "
           "Illegales gemacht hat, und wenn es einen Skandal bei diesem Papier gibt, dann ist es der Inhalt, Herr "
           "Präsident! – Danke schön. (Beifall bei der SPÖ.)",
           "Präsident Mag. Wolfgang Sobotka: Gibt es eine weitere Wortmeldung zur Geschäftsbehandlung? – Das ist nicht "
           "der Fall.",
           "Herr Abgeordneter Leichtfried, dann darf ich Sie um Ihren Redebeitrag bitten. Sie kennen die Usancen: 20 "
           "Minuten. – Bitte."],
    # the phrase the speaker takes up from a member named in the same sentence is that member's (rule 1870)
    quotes=[("„Internetplattform der SPÖ“", GERSTL)],
    aliases={GERSTL: ["Gerstl", "Kollege Gerstl"]})
