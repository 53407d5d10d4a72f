# Five-hundred-and-seventy-third held-out German real-news set (tests/data/heldout573-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3370-3372). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-seventy-third held-out set": nine releases of the City of Vienna on the
# APA-OTS service (ots.at), licence APA_OTS_PUBLIC: seven of the PID-Rathauskorrespondenz (Renate Brauner's initiative 'Frauen
# sichtbar machen', March 1999; Grete Laska thanking five sports clubs in the Rathauskeller, June 1999; Laska opening the
# renovated stand of the Krieau, September 1999; Brauner presenting the picture book 'Wienerinnen', March 2000; Brigitte Ederer on
# the city's budget, May 2000; Brauner and Daniela Lessing at ten years of the Frauenbüro, October 2001; Michael Häupl on the
# project 'Wien-Mitte', March 2003) and two of councillors' press offices sent on the Rathauskorrespondenz's account (Christian
# Oxonitsch and Robert Sedlacek honouring the Vienna football class winners, September 2012; Andreas Mailath Pokorny on the
# indoor hockey world champions, February 2018, sender inferred). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the
# OTS marker '****', end marks, banners, contact blocks, photo and service lines, footers) is dropped (rules 63, 460, 2600,
# 2920, 3370), and each retrieval note names what was dropped.
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


BRAUNER = "Renate Brauner"
LASKA = "Grete Laska"
EDERER = "Brigitte Ederer"
LESSING = "Daniela Lessing"
HAEUPL = "Michael Häupl"
SEDLACEK = "Robert Sedlacek"
OXONITSCH = "Christian Oxonitsch"
MAILATH = "Andreas Mailath Pokorny"

# --- APA-OTS, PID-Rathauskorrespondenz, 8 March 1999: Brauner wants women visible in the street names ---

FS_T = "Brauner zum Frauentag: Frauen sichtbar machen (2)"
FS_SUB = "Frauenstadträtin will mehr Präsenz von Frauen im Stadtbild"
FS_P1 = ("Wien, (OTS) Aus Anlaß des Internationalen Frauentages forderte Frauenstadträtin Mag. Renate Brauner auch eine stärkere "
         "Präsenz von Frauen im alltäglichen Stadtbild. \"Wer das Wiener Straßenverzeichnis liest, könnte glauben, dass in Wien "
         "90 Prozent Männer gelebt haben,\" begründet die Wiener Frauenstadträtin ihr Anliegen, das Teil der Initiative \"Frauen "
         "sichtbar machen\" ist.")
FS_H1 = "Gedenktafeln, Straßenbenennungen, Ehrungen für Frauen"
FS_P2 = ("\"Frauen sollen auch dadurch in unserer Stadt sichtbar gemacht werden, indem wir Gassen, Straßen, Plätze nach ihnen "
         "benennen, indem wir Gedenktafeln an ihren Wohn- oder Wirkungsstätten anbringen und nicht zuletzt auch indem wir sie für "
         "ihre Leistungen ehren,\" so Brauner. Sie werde daher als Teil der Initiative den Bezirken Listen von Frauen zur "
         "Verfügung stellen, die sich für Namensgebungen eignen.")
FS_P3 = ("\"Darüber hinaus werde ich selbst in allernächster Zeit einige Frauen zur Ehrung durch die Stadt Wien vorschlagen, und "
         "freue mich auch, wenn mir entsprechende Frauen vorgeschlagen werden\" informierte die Frauenstadträtin.")

add(id="ho573-ots-rk-1999-03-08-brauner-frauen-sichtbar-machen",
    title=FS_T,
    url="https://www.ots.at/presseaussendung/OTS_19990308_OTS0087/brauner-zum-frauentag-frauen-sichtbar-machen-2",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 8 March 1999 by its OTS number; "
              "the sender read from the contact block 'Michaela Kauer … PID-Rathauskorrespondenz: "
              "www.magwien.gv.at/vtx/vtx-rk-xlink/' and the footer NRK/NRK (rules 2920, 3370); headline with its part number "
              "'(2)', subtitle and subheading kept as lines of their own as stored; the dateline 'Wien, (OTS)' run into the "
              "first paragraph kept; the hard line break after 'Frauentages' joined with a space (rule 3370); the end mark "
              "'(Schluß) mk', the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES "
              "AUSSENDERS ***', the contact block and the footer dropped; the published 'Anlaß', the commas inside the closing "
              "marks and the missing comma in 'vorgeschlagen werden\" informierte' kept (rule 20); complete in the stored "
              "copy)",
    license=APA_OTS_PUBLIC,
    paras=[FS_SUB, FS_P1, FS_H1, FS_P2, FS_P3],
    # the quotation before `begründet die Wiener Frauenstadträtin ihr Anliegen` is Brauner's, the role naming only her (rules
    # 30, 44); the initiative's name in `das Teil der Initiative "Frauen sichtbar machen" ist` is null (rules 24, 2203); the
    # quotation before `so Brauner` and the one before `informierte die Frauenstadträtin`, whose comma is missing as published,
    # are hers (rules 20, 30); the headline repeats the initiative's name without marks and carries no span (rule 5)
    quotes=[(cut(FS_P1, "\"Wer das", "gelebt haben,\""), BRAUNER),
            ("\"Frauen sichtbar machen\"", None),
            (cut(FS_P2, "\"Frauen sollen", "Leistungen ehren,\""), BRAUNER),
            (cut(FS_P3, "\"Darüber hinaus", "vorgeschlagen werden\""), BRAUNER)],
    aliases={BRAUNER: ["Renate Brauner", "Mag. Renate Brauner", "Frauenstadträtin Mag. Renate Brauner", "Brauner",
                       "Frauenstadträtin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 11 June 1999: Laska thanks five successful Vienna clubs ---

DF_T = "Dankeschön-Feier im Rathauskeller für fünf Wiener Erfolgsklubs"
DF_P1 = ("Wien, (OTS) Als eine Art Dankeschönfeier, wie es Vizebürgermeisterin Sportstadträtin Grete Laska am Donnerstag im "
         "Rathauskeller formulierte, wurden fünf Klubs, die in der abgelaufenen Saison erfolgreich waren, zu einem Abendessen "
         "eingeladen: Die Volleyball-Meister Post SV (Damen) und Donaukraft, die Handballmannschaften WAT Margareten "
         "(Österreichischer Cupsieger und \"haarscharf am Meistertriumph vorbeigeschrammt\", so Laska) und UHK VJ/West Wien "
         "(Drittplazierter im österreichischen Cupbewerb) sowie das Basketballteam von WAT Wieden, das den Aufstieg in die A-Liga "
         "geschafft hat. Die Sportstadträtin wörtlich: \"Es ist eine Ehrung der besonderen Art, da Klubs zum Ruhme Wiens "
         "beigetragen haben. Es handelt sich hier um Mannschaften, die auch über aller Erwartungen erfolgreich waren.\"")
DF_P2 = ("Unter den zahlreichen Ehrengästen: Stadträtin Mag. Renate Brauner und Sportamtsleiter Bereichsdirektor Dr. Ferdinand "
         "Podkowicz.")

add(id="ho573-ots-rk-1999-06-11-laska-dankeschoen-feier-erfolgsklubs",
    title=DF_T,
    url="https://www.ots.at/presseaussendung/OTS_19990611_OTS0182/dankeschoen-feier-im-rathauskeller-fuer-fuenf-wiener-"
        "erfolgsklubs",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 11 June 1999 by its OTS number; "
              "the sender read from the contact block 'Hans Hofstätter … PID-Rathauskorrespondenz: "
              "www.wien.gv.at/vtx/vtx-rk-xlink/' and the footer NRK/NRK (rules 2920, 3370); headline kept as the first line; "
              "the dateline 'Wien, (OTS)' run into the first paragraph kept; the hard line breaks after 'Österreichischer', "
              "'das den' and 'Es handelt sich hier um' joined with a space; the OTS marker '****' after the closing mark of "
              "the first paragraph dropped (rule 460); the end mark '(Schluß) hof/bs', the banner, the contact block and the "
              "footer dropped; the published 'Drittplazierter' and 'über aller Erwartungen' kept (rule 20); complete in the "
              "stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[DF_P1, DF_P2],
    # the marked words in the parenthesis `(Österreichischer Cupsieger und "…", so Laska)` are Laska's, the cue `so Laska`
    # standing inside the parenthesis that describes the handball team (rules 3, 30, 2545); the colon quotation after the
    # verbless label `Die Sportstadträtin wörtlich:` is hers (rules 9, 54); Renate Brauner and Ferdinand Podkowicz, named as
    # guests, say nothing; `Sportstadträtin` and `Vizebürgermeisterin` name only her and are aliases (rule 44)
    quotes=[("\"haarscharf am Meistertriumph vorbeigeschrammt\"", LASKA),
            (cut(DF_P1, "\"Es ist eine Ehrung", "erfolgreich waren.\""), LASKA)],
    aliases={LASKA: ["Grete Laska", "Vizebürgermeisterin Sportstadträtin Grete Laska", "Laska", "Sportstadträtin",
                     "Vizebürgermeisterin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 6 September 1999: Laska opens the renovated stand of the Krieau ---

KR_T = "Tribüne in der Krieau eröffnet"
KR_P1 = ("Wien, (OTS) - In Anwesenheit zahlreicher Persönlichkeiten wie Finanzstadträtin Mag. Brigitte Ederer, Bezirksvorsteher "
         "Heinz Weißmann, Sportamtsleiter Bereichsdirektor Dr. Ferdinand Podkowicz, eröffnete Vizebürgermeisterin "
         "Sportstadträtin Grete Laska am Sonntag die Tribüne I in der Krieau, die mit Förderungsmitteln von ca. 69 Millionen "
         "Schilling renoviert wurde. In ihrer Eröffnungsrede meinte Grete Laska vor rund 3.000 Zuschauern: \"Es ist ein "
         "wirklich schöner Anlass zu feiern. Die Krieau ist ein Juwel, die uns sehr viel bedeutet und die uns von der "
         "Stadtverwaltung verpflichtet, sie zu erhalten. Wien ist auch Stätte des Pferdesports, verbunden mit 125-jähriger "
         "Tradition.\" Dann betonte die Sportstadträtin, dass die Zukunft nur sicherzustellen sei, \"wenn es uns gelingt, "
         "verschiedene Aspekte zu verbinden.\" Konkret: Die sportliche Nutzung dieser Anlage mit anderen Sportarten zu koppeln. "
         "Die Vizebürgermeisterin betonte: \"Gesellschaftliche Ereignisse müssen eingebunden werden, Kinder und die Familie "
         "jederzeit willkommen sein.\" Wichtig ist für Grete Laska, dass \"Sport und Wirtschaft eng verbunden werden.\"")

add(id="ho573-ots-rk-1999-09-06-laska-tribuene-krieau",
    title=KR_T,
    url="https://www.ots.at/presseaussendung/OTS_19990906_OTS0044/tribuene-in-der-krieau-eroeffnet",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 6 September 1999 by its OTS "
              "number; the sender read from the contact block 'PID-Rathauskorrespondenz' and the footer NRK/OTS (rules 2920, "
              "3370); headline kept as the first line; the dateline 'Wien, (OTS) -' run into the paragraph kept; the hard "
              "line break after the colon of 'Die Vizebürgermeisterin betonte:' joined with a space (rule 3370); the end mark "
              "'(Schluss) hof/vo' on a line of its own, the banner, the contact block and the footer dropped; the published "
              "'ein Juwel, die uns' and the full stops inside the closing marks kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[KR_P1],
    # the colon quotation after `In ihrer Eröffnungsrede meinte Grete Laska vor rund 3.000 Zuschauern:` is hers (rule 9); the
    # clause in marks that ends the Konjunktiv report after `Dann betonte die Sportstadträtin, dass …` is hers (rules 3, 25);
    # the colon quotation after `Die Vizebürgermeisterin betonte:` is hers (rule 9); the marked clause after `Wichtig ist für
    # Grete Laska, dass` is hers (rule 3372); Brigitte Ederer, Heinz Weißmann and Ferdinand Podkowicz, named as guests, say
    # nothing; `Sportstadträtin` and `Vizebürgermeisterin` name only Laska (Ederer is `Finanzstadträtin`) and are aliases
    # (rule 44)
    quotes=[(cut(KR_P1, "\"Es ist ein wirklich", "Tradition.\""), LASKA),
            ("\"wenn es uns gelingt, verschiedene Aspekte zu verbinden.\"", LASKA),
            (cut(KR_P1, "\"Gesellschaftliche", "willkommen sein.\""), LASKA),
            ("\"Sport und Wirtschaft eng verbunden werden.\"", LASKA)],
    aliases={LASKA: ["Grete Laska", "Vizebürgermeisterin Sportstadträtin Grete Laska", "Sportstadträtin",
                     "Vizebürgermeisterin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 8 March 2000: Brauner presents the picture book 'Wienerinnen' ---

WI_T = "Brauner präsentiert Bildband \"Wienerinnen\" im Rathaus"
WI_SUB = "SPERRFRIST 12.30 UHR Internationaler Frauentag"
WI_P1 = ("Wien, (OTS) Aus Anlass des heutigen internationalen Frauentages präsentierte die Wiener Frauenstadträtin, Mag. Renate "
         "Brauner, heute Mittag bei einem Empfang im Wiener Rathaus den zweiteiligen Bildband \"Wienerinnen\". Dieser Bildband "
         "ist Bestandteil der vor einem Jahr gestarteten Initiative \"Frauen sichtbar machen\"; eine Aktion des Frauenbüros der "
         "Stadt Wien, deren Ziel die Präsentation der wertvollen und oftmals herausragenden Leistungen von Wiener Frauen ist. In "
         "den von Lisl Ponger und Alisa Douer gestalteten Büchern werden rund 80 Frauen aus den Bereichen Politik, Soziales und "
         "Wissenschaft in Bild und Text porträtiert. \"Unser Anliegen war es, die Geschichte der Frauen und ihre "
         "außergewöhnlichen Leistungen sichtbar zu machen, und sie auch als Stellvertreterinnen für die vielen anderen Frauen, "
         "deren Engagement nicht genügend gewürdigt wurde und wird, zu ehren und für ein größeres Publikum ‘sichtbar zu "
         "machen’\", erklärte Brauner.")
WI_P2 = ("\"Sichtbar werden hier außergewöhnliche Biografien von außergewöhnlichen Frauen, die unter schwierigen Umständen ihren "
         "eigenen Weg gegangen sind und für die Umsetzung ihrer Vorstellungen gekämpft- und auch gelitten haben\", so die "
         "Stadträtin weiter.")
WI_P3 = ("Die beiden Bildbände erzählen von zwei Gruppen der selben Frauengeneration, einerseits Frauen in Wien und andererseits "
         "Frauen aus Wien, die von den Nationalsozialisten vertrieben wurden - wobei die Übergänge oft fließend sind.")
WI_H1 = "Internationaler Frauentag"
WI_P4 = ("Stadträtin Renate Brauner nahm den Empfang aber auch zum Anlass auf die politische Bedeutung des internationalen "
         "Frauentages hinzuweisen: \"Heute zeigt sich, welche Bedeutung der Frauentag hat: in Österreich wird das "
         "Frauenministerium abgeschafft, in Kärnten wird die Frauenbeauftragte abgesetzt und zahlreiche Frauenberatungs- und "
         "Serviceeinrichtungen sind in ihrem Bestehen gefährdet.\"")

add(id="ho573-ots-rk-2000-03-08-brauner-bildband-wienerinnen",
    title=WI_T,
    url="https://www.ots.at/presseaussendung/OTS_20000308_OTS0080/brauner-praesentiert-bildband-wienerinnen-im-rathaus",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 8 March 2000 by its OTS number; "
              "the stored copy breaks off inside its sixth paragraph ('Es gelte also heute,'), before any contact block, and "
              "the sender is read from the dateline 'Wien, (OTS)' of the Rathauskorrespondenz's releases of those years, the "
              "release's voice (it reports the Frauenstadträtin in the third person and presents a publication of the city's "
              "Frauenbüro) and the same councillor's release of March 1999 with the contact block of the "
              "PID-Rathauskorrespondenz (rule 3370); headline, the subtitle line with the published embargo note 'SPERRFRIST "
              "12.30 UHR' and the subheading kept as lines of their own as stored (rule 3370); the hard line breaks inside the "
              "paragraphs joined with a space, also before the dash of '- wobei' (rule 3370); the OTS marker '****' after the "
              "first paragraph dropped (rule 460); the cut-off sixth paragraph dropped (rules 15, 17); the nested single marks "
              "of '‘sichtbar zu machen’', 'gekämpft- und' and 'der selben' kept as published (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[WI_SUB, WI_P1, WI_P2, WI_P3, WI_H1, WI_P4],
    # the book's title `"Wienerinnen"`, in the headline and in the lead (by occurrence index), and the initiative's name
    # `"Frauen sichtbar machen"` are null (rules 24, 2203); the quotation before `erklärte Brauner`, with the nested
    # `‘sichtbar zu machen’` inside its span (rules 110, 1542), the one before `so die Stadträtin weiter` and the colon
    # quotation after `Stadträtin Renate Brauner nahm den Empfang aber auch zum Anlass … hinzuweisen:` are hers (rules 9, 30,
    # 44); Lisl Ponger and Alisa Douer, the book's authors, say nothing; `Frauenstadträtin` and `Stadträtin` name only her and
    # are aliases (rule 44)
    quotes=[("\"Wienerinnen\"", None, 0),
            ("\"Wienerinnen\"", None, 1),
            ("\"Frauen sichtbar machen\"", None),
            (cut(WI_P1, "\"Unser Anliegen", "machen’\""), BRAUNER),
            (cut(WI_P2, "\"Sichtbar werden", "gelitten haben\""), BRAUNER),
            (cut(WI_P4, "\"Heute zeigt", "gefährdet.\""), BRAUNER)],
    aliases={BRAUNER: ["Renate Brauner", "Mag. Renate Brauner", "Stadträtin Renate Brauner", "Brauner", "Frauenstadträtin",
                       "Stadträtin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 9 May 2000: Ederer on the city's budget ---

ED_T = "Ederer: Wiener Budget ist in Ordnung"
ED_P1 = ("Wien, (OTS) Das Wiener Budget ist in Ordnung. Wien habe sehr verantwortungsvoll gearbeitet, seit drei Jahren werde "
         "jährlich der Schuldenstand reduziert. Das unterstrich Finanzstadträtin Brigitte Ederer Dienstag im Pressegespräch des "
         "Bürgermeisters. Zur Behauptung des Wiener FPÖ-Klubobmannes Mag. Hilmar Kabas, die Schulden betrügen über 60 Milliarden, "
         "wies die Finanzstadträtin darauf hin, dass der Gesamtschuldenstand unter 50 Milliarden liege und von den "
         "Kabas-Ziffern weit entfernt sei. \"Ich hätte gerne die Differenz\", so Ederer. Mit dem Rechnungsabschluss 1999, der in "
         "einer eigenen Pressekonferenz vorgelegt werden wird, schließe man besser ab als budgetiert.")
ED_P2 = ("Durch die Steuerreform habe Wien finanzielle Verluste von rund 2,5 Milliarden Schilling zu tragen, sagte Ederer. "
         "Weitere 700 Millionen Verluste entstünden in den Bereichen Werbesteuer und Getränkesteuer, wobei der Entfall aus der "
         "Getränkesteuer vom Bund nicht zur Gänze, wie im Stabilitätspakt ausgehandelt, substituiert wird.")
ED_P3 = ("Ederer wies weiter darauf hin, dass der Finanzminister von den Ländern und Gemeinden - ebenfalls gegen die "
         "Vereinbarung - zur Erfüllung der Maastricht-Kriterien nun einen Überschuss von 0,5 Prozent gegenüber dem früher "
         "erlaubten Minus von 0,3 Prozent verlangt. \"Wenn wir das einhalten sollen, wird es nach den Verlusten aus Getränke- und "
         "Werbesteuern nicht wirklich machbar sein, sollten die finanziellen Bedingungen jetzt nicht halbwegs gleich bleiben\", "
         "warnte Ederer vor drohenden weiteren Sparmaßnahmen durch den Bund. Wenn der Bund die Gemeinden weiter belaste, heiße "
         "dass, dass er seine eigene Meldung nach Brüssel nicht einhalten können werde.")

add(id="ho573-ots-rk-2000-05-09-ederer-wiener-budget",
    title=ED_T,
    url="https://www.ots.at/presseaussendung/OTS_20000509_OTS0202/ederer-wiener-budget-ist-in-ordnung",
    retrieved="same address (release on the APA-OTS service, 9 May 2000 by its OTS number; the stored copy breaks off inside "
              "its fourth paragraph ('… \"Entweder ist das Budget so gut, dass wir uns das nach Meinung der FPÖ'), before any "
              "contact block, and the sender is read from the dateline 'Wien, (OTS)' and the release's voice: it reports the "
              "Finanzstadträtin's statements in the mayor's weekly press talk (`im Pressegespräch des Bürgermeisters`) in the "
              "third person, as the Rathauskorrespondenz does (rule 3370); headline kept as the first line; the hard line "
              "breaks inside the paragraphs joined with a space (rule 3370); the OTS marker '****' after the first paragraph "
              "dropped (rule 460); the cut-off fourth paragraph dropped with the marked word '\"desaströs\"' of Hilmar Kabas "
              "and the unclosed quotation it holds (rules 15, 17); the published 'heiße dass, dass' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[ED_P1, ED_P2, ED_P3],
    # the quotation before `so Ederer`, after her Konjunktiv report on Hilmar Kabas's figures, is hers (rule 30), and so is the
    # quotation before `warnte Ederer vor drohenden weiteren Sparmaßnahmen durch den Bund` (rules 30, 44); Hilmar Kabas, whose
    # claim is reported without marks, the Finanzminister and the Bund say nothing in marks (rule 5); `Finanzstadträtin` names
    # only her and is an alias (rule 44)
    quotes=[("\"Ich hätte gerne die Differenz\"", EDERER),
            (cut(ED_P3, "\"Wenn wir", "gleich bleiben\""), EDERER)],
    aliases={EDERER: ["Brigitte Ederer", "Finanzstadträtin Brigitte Ederer", "Ederer", "Finanzstadträtin"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 9 October 2001: Brauner and Lessing at ten years of the Frauenbüro ---

FB_T = "Brauner zu 10 Jahre Frauenbüro: Stolz auf Leistungen"
FB_SUB = "SPERRFRIST 17 UHR Gemeinsam viel erreicht - Optimistischer Blick in die Zukunft"
FB_P1 = ("Wien, (OTS) Dienstag Abend eröffneten Frauenstadträtin Mag. Renate Brauner und die Leiterin des Wiener Frauenbüros (MA "
         "57) Mag. Daniela Lessing am Rathausplatz die Ausstellung anlässlich des 10-jährigen Bestehens des Frauenbüros. Brauner "
         "verwies auf die zahlreichen Erfolge der MA 57. Sie sei stolz auf die Leistungen und stolz auf die Mitarbeiterinnen des "
         "Frauenbüros, sagte die Stadträtin. \"Frauenpolitik hat in Wien einen zentralen Stellenwert. Im Gegensatz zur "
         "derzeitigen Bundesregierung wählen wir einen Weg, der Frauen Selbstständigkeit, Unabhängigkeit und individuelle "
         "Lebensentwürfe ermöglicht\", stellte Brauner ihre Ziele klar.")
FB_P2 = ("Die Arbeitsschwerpunkte des Frauenbüros, wie etwa Gewaltprävention, die Berücksichtigung von alltags- und "
         "frauengerechten Kriterien bei Planungsvorhaben oder die Gleichstellung für Mädchen und Frauen in Ausbildung und Beruf "
         "hätten ausschlaggebend dazu beigetragen, dass Wien mittlerweile in vielen Bereich eine Vorbildwirkung für andere "
         "Kommunen habe, so Brauner. \"Es ist wirklich höchste Zeit, die engagierten Mitarbeiterinnen des Frauenbüros ins "
         "Rampenlicht zu stellen. Ich freue mich besonders, dass wir diesen Geburtstag gut sichtbar und mitten in der Stadt "
         "feiern.\"")
FB_P3 = ("Mag. Daniela Lessing, Abteilungsleiterin der MA 57, dankte allen früheren und derzeitigen Mitarbeiterinnen und "
         "präsentierte die wichtigsten Tätigkeitsbereiche und Einrichtungen des Frauenbüros, wie etwa den 24-Stunden-Notruf, das "
         "Frauentelefon und den aktuellen Arbeitsschwerpunkt Gender Mainstreaming. Für sie selbst seien Frauenpolitik und "
         "Frauenarbeit eine Querschnittsmaterie: \"Ich sehe meine Aufgabe im ‚Einmischen’, im Vernetzen und im Sichtbarmachen "
         "von Frauen und ihren Anliegen in möglichst vielen Bereichen.\"")

add(id="ho573-ots-rk-2001-10-09-brauner-lessing-10-jahre-frauenbuero",
    title=FB_T,
    url="https://www.ots.at/presseaussendung/OTS_20011009_OTS0133/brauner-zu-10-jahre-frauenbuero-stolz-auf-leistungen",
    retrieved="same address (release on the APA-OTS service, 9 October 2001 by its OTS number; the stored copy breaks off "
              "inside its service line ('o Service: Ausstellung \"10 Jahre Wiener Frauenbüro\" von' / '10. bis 29. Oktober "
              "jeweils 11 bis 20 U'), before any contact block, and the sender is read from the dateline 'Wien, (OTS)', the "
              "release's voice (it reports the Frauenstadträtin and the head of the city's Frauenbüro in the third person at "
              "an exhibition of the MA 57) and the same councillor's releases of 1999 and 2002 in the store with the contact "
              "block of the PID-Rathauskorrespondenz (rule 3370); headline and the subtitle line with its published embargo "
              "note 'SPERRFRIST 17 UHR' kept as lines of their own as stored (rule 3370); the OTS marker '****' after the "
              "first paragraph dropped (rule 460); the service line, an event block cut off in the stored copy, dropped with "
              "the exhibition title in marks it holds (rules 15, 2920); the nested '‚Einmischen’' and the published 'in vielen "
              "Bereich' kept (rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[FB_SUB, FB_P1, FB_P2, FB_P3],
    # the quotation before `stellte Brauner ihre Ziele klar` is hers (rule 30); the cue-less quotation after her Konjunktiv
    # report closed by `so Brauner` continues her (NOTES.md continuation); the colon quotation after the Konjunktiv view
    # `Für sie selbst seien Frauenpolitik und Frauenarbeit eine Querschnittsmaterie:` is Daniela Lessing's, `sie` being Lessing,
    # the subject of the sentence before (rules 8, 9, 2605, 3243), with the nested `‚Einmischen’` inside its span (rules 110,
    # 1542); the Bundesregierung says nothing; `Stadträtin` names only Brauner and is an alias (rule 44); the role phrases
    # `Leiterin des Wiener Frauenbüros (MA 57)` and `Abteilungsleiterin der MA 57` name the office and are no aliases (rule 33)
    quotes=[(cut(FB_P1, "\"Frauenpolitik", "ermöglicht\""), BRAUNER),
            (cut(FB_P2, "\"Es ist wirklich", "Stadt feiern.\""), BRAUNER),
            (cut(FB_P3, "\"Ich sehe", "Bereichen.\""), LESSING)],
    aliases={BRAUNER: ["Renate Brauner", "Mag. Renate Brauner", "Frauenstadträtin Mag. Renate Brauner", "Brauner",
                       "Stadträtin"],
             LESSING: ["Daniela Lessing", "Mag. Daniela Lessing"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 25 March 2003: Häupl on the project 'Wien-Mitte' ---

WM_T = "Häupl für rasches neues Projekt \"Wien-Mitte\""
WM_P1 = ("Wien (OTS) - Ein Thema im Mediengespräch des Bürgermeisters am Dienstag war die aktuelle Situation rund um das Projekt "
         "\"Wien-Mitte\". Wie Bürgermeister Dr. Michael Häupl in Beantwortung von Journalistenfragen betonte, gehe es nun darum, "
         "möglichst rasch ein neues Projekt zu erarbeiten, das rasch umgesetzt wird und kompatibel mit dem Weltkulturerbe ist. Er "
         "hoffe, dass mit der Bauumsetzung in drei Jahren begonnen werden könne. Er erinnerte weiters daran, dass sich nicht die "
         "Stadt zurückgezogen habe, sondern dass die Investoren gerechnet und dann festgestellt hätten, \"dass es sich nicht "
         "ausgehe\". Häupl versprach, dass Wien durch Beschleunigung von Verfahren seinen Beitrag leisten werde, dass das Projekt "
         "\"Wien-Mitte\" rasch umgesetzt werden kann.")

add(id="ho573-ots-rk-2003-03-25-haeupl-projekt-wien-mitte",
    title=WM_T,
    url="https://www.ots.at/presseaussendung/OTS_20030325_OTS0120/haeupl-fuer-rasches-neues-projekt-wien-mitte",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 25 March 2003 by its OTS number; "
              "the sender read from the contact block 'PID-Rathauskorrespondenz: … Peter Ullmann' and the footer NRK0014 "
              "(rules 2920, 3370); headline kept as the first line; the dateline 'Wien (OTS) -' run into the paragraph kept; "
              "the end mark '(Schluss) ull/rr', the contact block and the footer dropped; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[WM_P1],
    # the project's name `"Wien-Mitte"`, in the headline and twice in the body (by occurrence index), is null (rules 24, 2203);
    # the marked clause at the end of Häupl's report of what the investors found (`Er erinnerte weiters daran, … dass die
    # Investoren gerechnet und dann festgestellt hätten, "dass es sich nicht ausgehe"`) is Häupl's (rule 3371); the unnamed
    # investors and the journalists who asked say nothing; `Bürgermeister` names only him and is an alias (rule 44)
    quotes=[("\"Wien-Mitte\"", None, 0),
            ("\"Wien-Mitte\"", None, 1),
            ("\"dass es sich nicht ausgehe\"", HAEUPL),
            ("\"Wien-Mitte\"", None, 2)],
    aliases={HAEUPL: ["Michael Häupl", "Dr. Michael Häupl", "Bürgermeister Dr. Michael Häupl", "Häupl", "Bürgermeister"]})

# --- APA-OTS, press office of Stadtrat Oxonitsch on the Rathauskorrespondenz's account, 18 September 2012: class winners ---

FK_T = "Wiener Fußball-Klassensieger geehrt"
FK_SUB = "24 Sieger der Wiener Fußballmeisterschaften wurden im Wiener Rathaus geehrt"
FK_P1 = ("Wien (OTS) - Montagabend wurden im Festsaal des Wiener Rathauses wieder alle Siegermannschaften in den 24 Klassen der "
         "Wiener Meisterschaft geehrt. An der Meisterschaft nahmen rund 300 Teams teil. Unter den Siegerteams waren zwei "
         "Frauenmannschaften vertreten. Jeder Verein bekam von Sportstadtrat Christian Oxonitsch, WFV-Präsident Robert Sedlacek "
         "und dem Leiter des Wiener Sportamtes MA51 Anatol Richter den Pokal, eine Urkunde und Medaillen für jeden Spieler/ jede "
         "Spielerin überreicht. Auch Toni Polster ließ sich die Feierlichkeiten nicht entgehen und schaute bei dem Fest vorbei.")
FK_P2 = ("WFV-Präsident Robert Sedlacek unterstrich in seiner Rede die Zusammenarbeit zwischen dem Wiener Fußballverband und der "
         "Stadt Wien: \"Unser Dank gilt in erster Linie dem Bürgermeister Dr. Michael Häupl, der diese Veranstaltung möglich "
         "gemacht hat.\"")
FK_P3 = ("Sportstadtrat Christian Oxonitsch: \"Fußball zählt in unserer Stadt zu den beliebtesten Sportarten, darum ist es für "
         "uns selbstverständlich alle Menschen die diesen Sport ausüben, bestmöglich zu unterstützen. Ich danke nicht nur allen "
         "Spielerinnen und Spielern für ihren Einsatz auf dem Spielfeld, sondern auch allen Funktionärinnen und Funktionären, die "
         "oft ehrenamtlich hinter den Kulissen arbeiten um einen reibungslosen Ablauf der Trainings und Spiele zu ermöglichen.\"")
FK_P4 = "Insgesamt feierten rund 540 FußballerInnen bis etwa 23 Uhr im Festsaal des Wiener Rathauses."

add(id="ho573-ots-rk-2012-09-18-oxonitsch-sedlacek-fussball-klassensieger",
    title=FK_T,
    url="https://www.ots.at/presseaussendung/OTS_20120918_OTS0145/wiener-fussball-klassensieger-geehrt",
    retrieved="same address (release on the APA-OTS service, 18 September 2012 by its OTS number; the sender read from the "
              "contact block 'Mag. Florian Weis, Mediensprecher Stadtrat Christian Oxonitsch' and the Rathauskorrespondenz's "
              "sender code NRK0012: the councillor's press office sending on the city's account, as rule 2920 reads it "
              "(rule 3370); headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into "
              "the first paragraph kept; the hard line break after the colon of '… und der Stadt Wien:' joined with a space "
              "(rule 3370); the photo lines 'Pressebild:' / 'www.wien.gv.at/pressebilder', the contact block and the footer "
              "dropped (rule 2920); the published 'Spieler/ jede Spielerin', 'selbstverständlich alle Menschen die' and "
              "'arbeiten um' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[FK_SUB, FK_P1, FK_P2, FK_P3, FK_P4],
    # the colon quotation after `WFV-Präsident Robert Sedlacek unterstrich in seiner Rede die Zusammenarbeit …:` is Sedlacek's
    # (rule 9); Michael Häupl, whom his quotation thanks, says nothing (rule 12); the quotation after the label `Sportstadtrat
    # Christian Oxonitsch:` is Oxonitsch's (rules 9, 54); Anatol Richter and Toni Polster say nothing; `Sportstadtrat` names
    # only Oxonitsch and is an alias (rule 44); `WFV-Präsident` names the association and is no alias (rule 33)
    quotes=[(cut(FK_P2, "\"Unser Dank", "gemacht hat.\""), SEDLACEK),
            (cut(FK_P3, "\"Fußball zählt", "ermöglichen.\""), OXONITSCH)],
    aliases={SEDLACEK: ["Robert Sedlacek"],
             OXONITSCH: ["Christian Oxonitsch", "Sportstadtrat Christian Oxonitsch", "Sportstadtrat"]})

# --- APA-OTS, press office of Stadtrat Mailath-Pokorny (sender inferred), 12 February 2018: the indoor hockey world champions ---

MP_T = "Mailath: „Sport-Sensation made in Vienna!”"
MP_SUB = "Wiens Sportstadtrat gratuliert den Hallenhockey-Weltmeistern; Rathaus-Empfang des Sieger-Teams am Mittwoch"
MP_P1 = ("Wien (OTS) - „Die Begriffe ,Österreichisches Nationalteam‘ und ‚WM Gold‘ finden nicht häufig in einem Satz gemeinsame "
         "Erwähnung“, erklärt Andreas Mailath Pokorny anlässlich des triumphalen Siegs von Österreichs Mannschaft bei der "
         "Hallenhockey-WM in Deutschland. Wiens Sportstadtrat weiter: „Umso mehr imponiert die Leistung der Spieler, aber auch "
         "die Unterstützung ihrer Betreuer, Familien und Fans, die so einen geschichtsträchtigen Erfolg überhaupt möglich "
         "macht.“")
MP_P2 = ("Nachdem das österreichische Nationalteam erst vor kurzem den Hockey EM-Titel erringen konnte, ist es mit gestärktem "
         "Selbstvertrauen nach Berlin gereist. In den letzten Jahren haben oft Kleinigkeiten den Triumph in den Endspielen "
         "verhindert. Auch in Deutschland sah es bis kurz vor Schluss danach aus, als würde das Glück nicht auf die Seite der "
         "Österreicher sein. „Besonders freut mich, dass alle Spieler des Hallenhockey-Nationalteams dem Ball auf Wiener "
         "Vereinsboden nachjagen, beziehungsweise vor dem Wechseln zu anderen europäischen Spitzenclubs ihre Karriere hier bei uns "
         "begonnen haben. Ihre Erfolgsgeschichte beweist, dass Sportlerinnen und Sportler in Wien gute Trainingsbedingungen "
         "vorfinden und immer auf unsere Unterstützung zählen können“ so Mailath.")
MP_P3 = ("Wien sei stolz auf diese sportliche Sensation, vor allem auf die dramatische aber faire Art und Weise, wie sie erzielt "
         "werden konnte. Die Siegermannschaft wird deshalb am Mittwoch um 15 Uhr vom Sportstadtrat im Wiener Rathaus in einer "
         "gesonderten Zeremonie geehrt. Medienvertreter sind herzlich wollkommen.")

add(id="ho573-ots-rk-2018-02-12-mailath-hallenhockey-weltmeister",
    title=MP_T,
    url="https://www.ots.at/presseaussendung/OTS_20180212_OTS0128/mailath-sport-sensation-made-in-vienna",
    retrieved="same address (release on the APA-OTS service, 12 February 2018 by its OTS number; the stored copy ends after "
              "the third paragraph without contact block, and the sender is inferred as the councillor's press office on the "
              "city's account from the release's own voice (it reports 'Wiens Sportstadtrat' in the third person, quotes only "
              "him and announces his reception in the Rathaus), as rule 2920 inferred it for his release of April 2018 "
              "(rule 3370); the crawl date prefix ' date 2018-02' before the headline dropped (rule 63); headline and subtitle "
              "kept as lines of their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph kept; the "
              "published mixed marks ('„…”' in the headline, the comma-shaped opening of ',Österreichisches Nationalteam‘'), "
              "'Mailath Pokorny' without hyphen, the missing comma in 'zählen können“ so Mailath' and 'wollkommen' kept "
              "(rule 20))",
    license=APA_OTS_PUBLIC,
    paras=[MP_SUB, MP_P1, MP_P2, MP_P3],
    # the headline quotation after the label `Mailath:` is his (rules 26, 54), the body giving him the release's praise; the
    # quotation before `erklärt Andreas Mailath Pokorny` is his, with the nested pairs `,Österreichisches Nationalteam‘` and
    # `‚WM Gold‘` inside its span and no span of their own (rules 1300, 3301); the colon quotation after the verbless label
    # `Wiens Sportstadtrat weiter:` and the quotation before `so Mailath` are his (rules 9, 30, 44); the unmarked Konjunktiv
    # sentence `Wien sei stolz …` carries no span (rule 5); the name is written without hyphen in this release and kept so
    # (rules 7, 20); `Sportstadtrat` names only him and is an alias (rule 44)
    quotes=[("„Sport-Sensation made in Vienna!”", MAILATH),
            (cut(MP_P1, "„Die Begriffe", "Erwähnung“"), MAILATH),
            (cut(MP_P1, "„Umso mehr", "möglich macht.“"), MAILATH),
            (cut(MP_P2, "„Besonders freut", "zählen können“"), MAILATH)],
    aliases={MAILATH: ["Andreas Mailath Pokorny", "Mailath", "Sportstadtrat"]})
