# Five-hundred-and-ninety-third held-out German real-news set (tests/data/heldout593-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3510-3514). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-ninety-third held-out set": nine releases of Austrian parties, Land
# parties, a Landtag club, the SPÖ's press service and the ÖVP's Bünde and women's organisation on the APA-OTS service (ots.at),
# licence APA_OTS_POLITICS, one for each of nine senders: the SPÖ's press service (Norbert Darabos on the Vienna list,
# August 2006), the ÖAAB (Fritz Neugebauer on the coalition agreement, January 2007), the BZÖ Kärnten (Christian Scheider at the
# Land party's campaign launch, January 2009), the Team Stronach für Kärnten (Gerhard Köfer and Hartmut Prasch on Gabriel
# Obernosterer, July 2013), the ÖVP Frauen (Dorothea Schittenhelm congratulating Reinhold Mitterlehner, November 2014), the
# Team Kärnten (Gerhard Köfer and Gerhard Klocker at the party's retreat, February 2016), the Seniorenbund (Ingrid Korosec
# congratulating Juliane Bogner-Strauß, November 2018, sender inferred), the Österreichischer Bauernbund (Sebastian Kurz and
# Georg Strasser at the Bund's centenary, November 2019, sender inferred) and the Freiheitlicher Landtagsklub Steiermark (Mario
# Kunasek on three Vienna Landtag members leaving the FPÖ, December 2019). Stored copies are the `search` tool's `pages`
# excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker `****`,
# end marks, contact blocks and footers) is dropped (rules 63, 460, 3250, 3340, 3390, 3510), and each retrieval note names what
# was dropped.
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


DARABOS = "Norbert Darabos"
NEUGEBAUER = "Fritz Neugebauer"
SCHEIDER = "Christian Scheider"
KOEFER = "Gerhard Köfer"
KLOCKER = "Gerhard Klocker"
SCHITTENHELM = "Dorothea Schittenhelm"
KOROSEC = "Ingrid Korosec"
KURZ = "Sebastian Kurz"
STRASSER = "Georg Strasser"
KUNASEK = "Mario Kunasek"

# --- APA-OTS, SPÖ press service, 22 August 2006: Norbert Darabos on the Vienna SPÖ's list ---

DA_T = "Darabos: Wiener Liste voll im Einklang mit Beschlüssen von FSG und SPÖ"
DA_SUB = "\"Inhaltlich und personell sehr attraktives Angebot\""
DA_P1 = ("Wien (SK) - \"Die Liste der Wiener SPÖ zeigt, wie überzeugend das personelle und inhaltliche Angebot der "
         "Sozialdemokratie ist. Natürlich ist die Liste auch voll und ganz im Einklang mit den einstimmigen Entscheidungen des "
         "SPÖ- und FSG-Präsidiums\", stellte SPÖ-Bundesgeschäftsführer Norbert Darabos am Dienstag gegenüber dem "
         "SPÖ-Pressedienst fest.")
DA_P2 = ("In Wien werde für die SPÖ - wie in den anderen Bundesländern auch - ein äußerst kompetentes Team auftreten und zur "
         "Wahl stehen. \"Ich bin überzeugt, dass wir den Wählerinnen und Wählern nicht nur inhaltlich, sondern auch personell "
         "ein sehr attraktives Angebot bieten\", so Darabos. Die Liste sei in voller Übereinstimmung mit den Beschlüssen von "
         "SPÖ- und FSG-Präsidium erstellt. \"Wir haben gemeinsam einen klaren und deutlichen Beschluss gefasst. Im kommenden "
         "Nationalrat werden für die SPÖ keine Vorsitzenden von Teilgewerkschaften vertreten sein, weil sich diese mit ganzer "
         "Kraft den wichtigen Reformen in der Gewerkschaftsbewegung widmen\", erklärte Darabos. Selbstverständlich würden aber "
         "Gewerkschafter und Betriebsräte dem SPÖ-Klub angehören, so Darabos abschließend.")

add(id="ho593-ots-spoe-2006-08-22-darabos-wiener-liste",
    title=DA_T,
    url="https://www.ots.at/presseaussendung/OTS_20060822_OTS0137/darabos-wiener-liste-voll-im-einklang-mit-beschluessen-"
        "von-fsg-und-spoe",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 22 August 2006 by its OTS number; the "
              "contact block 'Pressedienst der SPÖ / Tel.: 01/53427-275 / http://www.spoe.at' and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "SPK0009' show the sender, with the dateline code 'SK', and are dropped (rules 3250, 3340); the OTS marker ' "
              "****' after the first paragraph and the end mark ' (Schluss) js' run onto the last paragraph dropped (rules "
              "460, 3340, 3510); headline and subtitle kept as lines of their own as stored; the press service's dateline "
              "'Wien (SK) -' kept at the start of the first paragraph; complete as stored; named as usable and left out in an "
              "earlier SOURCES section)",
    license=APA_OTS_POLITICS,
    paras=[DA_SUB, DA_P1, DA_P2],
    # the bare subtitle quotation under the headline label `Darabos:` is his, condensing the body's `ein sehr attraktives
    # Angebot` (rules 26, 461, 3241); the quotation before `stellte SPÖ-Bundesgeschäftsführer Norbert Darabos am Dienstag
    # gegenüber dem SPÖ-Pressedienst fest` is his, the press service the addressee (rules 12, 44), and the ones before `so
    # Darabos` and `erklärte Darabos` are his (rule 30); the unmarked Konjunktiv sentences and the closing `so Darabos
    # abschließend` carry no span (rule 5); `SPÖ-Bundesgeschäftsführer` names the party and is no alias (rule 33); the Wiener
    # SPÖ, the FSG, the SPÖ- und FSG-Präsidium and the Gewerkschafter say nothing
    quotes=[(DA_SUB, DARABOS),
            (cut(DA_P1, "\"Die Liste", "FSG-Präsidiums\""), DARABOS),
            (cut(DA_P2, "\"Ich bin überzeugt", "Angebot bieten\""), DARABOS),
            (cut(DA_P2, "\"Wir haben", "Gewerkschaftsbewegung widmen\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos"]})

# --- APA-OTS, ÖAAB, 17 January 2007: Fritz Neugebauer and the ÖAAB's Bundesvorstand on the coalition agreement ---

NE_T = "ÖAAB-Bundesvorstand begrüßt Ergebnis der Regierungsverhandlungen"
NE_SUB = "150 Forderungen aus der \"plattform21\" im Regierungsprogramm"
NE_P1 = ("Wien (OTS) - In seiner heutigen Sitzung begrüßten die Mitglieder des ÖAAB-Bundesvorstandes die Ergebnisse der "
         "Regierungsverhandlungen aus Arbeitnehmer-Sicht. \"Sowohl was die Mitglieder der neuen Bundesregierung, als auch die "
         "Inhalte im Regierungsübereinkommen betrifft, können wir sagen: In den nächsten vier Jahren ist uns um die "
         "hervorragende Vertretung und Umsetzung der Arbeitnehmer-Interessen nicht bange\", so ÖAAB-Bundesobmann Fritz "
         "Neugebauer.")
NE_P2 = ("Aus der \"plattform21\", dem im Jahr 2006 beschlossenen neuen Programm des ÖAAB, fänden sich etwa 150 Forderungen im "
         "Regierungsprogramm wieder, von denen Bundesobmann Neugebauer vor allem die Verlängerung der "
         "Langzeitversichertenregelung (\"45 Jahre sind genug\"), die Senkung der Klassenschülerhöchstzahl auf 25, die Einigung "
         "auf Festlegung eines Mindestlohns von 1.000 Euro auf dem Wege eines Generalkollektivvertrages sowie die Verlängerung "
         "des \"Blum-Bonus\" hervorhob.")
NE_P3 = ("Eingeleitet wurde die heutige Bundesvorstandssitzung von einer Trauerminute für das verstorbene "
         "Bundesvorstandsmitglied BM Liese Prokop.")
NE_P4 = ("Bei dieser Sitzung wurden die Regierungsmitglieder aus dem ÖAAB, die dem Bundesvorstand noch nicht angehörten, "
         "Wissenschafts- und Forschungsminister Dr. Johannes Hahn, Gesundheits-, Familien- und Jugendministerin Dr. Andrea "
         "Kdolsky, Sportstaatssekretär Dr. Reinhold Lopatka sowie die Staatssekretärin für Arbeit Christine Marek, in den "
         "ÖAAB-Vorstand kooptiert.")

add(id="ho593-ots-oeaab-2007-01-17-neugebauer-regierungsprogramm",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20070117_OTS0220/oeaab-bundesvorstand-begruesst-ergebnis-der-"
        "regierungsverhandlungen",
    retrieved="same address (release of the ÖAAB, the ÖVP's workers' and employees' Bund, on the APA-OTS service, 17 January "
              "2007 by its OTS number; the contact block 'ÖAAB-Bundesleitung / PR & Kommunikation / Tel.: … / E-Mail: "
              "presse@oeaab.com / www.oeaab.com' and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS | AAB0001' show the sender and are dropped (rules 3250, 3340); the "
              "OTS marker ' ****' after the first paragraph dropped (rule 460); headline and subtitle kept as lines of their "
              "own as stored; the dateline kept at the start of the first paragraph; the published 'Sowohl was die "
              "Mitglieder …, als auch' and 'auf Festlegung' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1, NE_P2, NE_P3, NE_P4],
    # the programme's name `"plattform21"` in the subtitle and in the body is null twice (rules 2, 24); the quotation before
    # `so ÖAAB-Bundesobmann Fritz Neugebauer` is his (rule 44), its `wir` speaking for the Bundesvorstand whose welcome the
    # sentence before reports (rule 2614); in the unmarked Konjunktiv report of what he highlighted, the slogan in brackets
    # after the regulation's name and the bonus's name are null (rules 24, 3514); `ÖAAB-Bundesobmann` names the Bund and is no
    # alias (rule 33), `Bundesobmann Neugebauer` is (rule 44); the Bundesvorstand, Liese Prokop, Johannes Hahn, Andrea Kdolsky,
    # Reinhold Lopatka and Christine Marek say nothing
    quotes=[("\"plattform21\"", None, 0),
            (cut(NE_P1, "\"Sowohl", "nicht bange\""), NEUGEBAUER),
            ("\"plattform21\"", None, 1),
            ("\"45 Jahre sind genug\"", None),
            ("\"Blum-Bonus\"", None)],
    aliases={NEUGEBAUER: ["Fritz Neugebauer", "Bundesobmann Neugebauer", "Neugebauer"]})

# --- APA-OTS, BZÖ Kärnten, 11 January 2009: Christian Scheider at the Land party's campaign launch in Klagenfurt ---

SE_T = "Fast 2.000 Besucher bei Wahlauftakt des Kärntner BZÖ"
SE_SUB = "Zahlreiche Ehrengäste in übervoller Klagenfurter Messehalle"
SE_P1 = ("Klagenfurt (OTS) - Zu Beginn des BZÖ-Wahlkampfauftaktes für die Kärntner Landtags-, Gemeinderats- und "
         "Bürgermeisterwahlen begrüßte der Klagenfurter BZÖ-Bürgermeisterkandidat Stadtrat Christian Scheider in der "
         "übervollen Messehalle vor fast 2.000 Funktionären und Sympathisanten zahlreiche Ehrengäste wie Landeshauptmann "
         "Gerhard Dörfler, Landesparteiobmann LHStv. Uwe Scheuch, Landtagspräsident Josef Lobnig, Claudia Haider, Klubobmann "
         "Kurt Scheuch, BZÖ-Obmann Herbert Scheibner, Nationalrats-Klubobmann Josef Bucher, Behindertenanwalt Herbert Haupt, den "
         "Salzburger BZÖ-Spitzenkandidaten Markus Fauland sowie viele weitere Nationalräte, Landtagsabgeordnete, Bürgermeister "
         "und Gemeinderäte.")
SE_P2 = ("Die langjährige Aufbauarbeit sei eine gute Voraussetzung für eine erfolgreiche Wahl. Der Klagenfurter "
         "ÖVP-Bürgermeister Scheucher schmücke sich mit fremden Federn, wenn er selbst aufzähle, was Jörg Haider verwirklicht "
         "habe, wie etwa den Bahnhof, den Lakeside Park, das Stadion usw. \"Diese Maßnahmen sind nicht wegen, sondern trotz "
         "Scheucher umgesetzt worden.\"")
SE_P3 = ("\"36 Jahre Vormachtstellung der ÖVP in Klagenfurt sind genug. Die Stadt braucht Veränderung, wieder ein soziales "
         "Gleichgewicht und ein Eingehen auf die Bedürfnisse der Bevölkerung\", betonte Scheider.")
SE_P4 = ("\"Das BZÖ gibt das Signal, dass es für die Menschen da ist. Auf uns kann sich die Bevölkerung verlassen. Wir werden "
         "in Klagenfurt nicht alles anders, aber vieles besser machen. Das BZÖ wird entschlossen, geschlossen und gemeinsam in "
         "Land, Stadt und Gemeinden einen großen Erfolg erreichen\", so Scheider abschließend.")

add(id="ho593-ots-bzoe-kaernten-2009-01-11-scheider-wahlauftakt",
    title=SE_T,
    url="https://www.ots.at/presseaussendung/OTS_20090111_OTS0024/fast-2000-besucher-bei-wahlauftakt-des-kaerntner-bzoe",
    retrieved="same address (release of the BZÖ Kärnten on the APA-OTS service, 11 January 2009 by its OTS number; the contact "
              "block 'BZÖ Kärnten' and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS | BZK0002' show the sender and are dropped (rules 3250, 3340); headline and "
              "subtitle kept as lines of their own as stored; the dateline kept at the start of the first paragraph; the "
              "published 'usw.' before the closing quotation kept (rule 20); complete as stored; named as usable and left out "
              "in an earlier SOURCES section)",
    license=APA_OTS_POLITICS,
    paras=[SE_SUB, SE_P1, SE_P2, SE_P3, SE_P4],
    # the cue-less quotation that ends the second paragraph, a paragraph of Konjunktiv report without any cue, is Scheider's:
    # he is the one who speaks at the launch in the paragraph before, the quotation names the ÖVP mayor Scheucher, subject of
    # the Konjunktiv sentence before it, in the third person, and the next paragraph's quotation is closed by `betonte
    # Scheider` (rule 3511); the quotations before `betonte Scheider` and `so Scheider abschließend` are his (rule 30);
    # `BZÖ-Bürgermeisterkandidat` names the party and is no alias (rule 33), `Stadtrat Christian Scheider` is (rule 44); the
    # guests named in the first paragraph, Scheucher and Jörg Haider say nothing
    quotes=[(cut(SE_P2, "\"Diese Maßnahmen", "umgesetzt worden.\""), SCHEIDER),
            (cut(SE_P3, "\"36 Jahre", "der Bevölkerung\""), SCHEIDER),
            (cut(SE_P4, "\"Das BZÖ gibt", "Erfolg erreichen\""), SCHEIDER)],
    aliases={SCHEIDER: ["Christian Scheider", "Stadtrat Christian Scheider", "Scheider"]})

# --- APA-OTS, Team Stronach für Kärnten, 23 July 2013: Gerhard Köfer and Hartmut Prasch on Gabriel Obernosterer ---

TS_T = "Stronach/Köfer/Prasch: \"Guten Morgen, Herr Obernosterer!\""
TS_SUB = "VP-Chef will ausschließlich Team Stronach-Forderungen umsetzen"
TS_P1 = ("Klagenfurt (OTS/TSFK TF) - Mit einem herzlichen \"Guten Morgen!\" kommentieren der Team Stronach-Landesparteiobmann "
         "Gerhard Köfer und Klubobmann Hartmut Prasch die heutigen Ausführungen vom ÖVP-Chef Gabriel Obernosterer, der "
         "kürzlich aus dem politischen Tiefschlaf erwacht sein dürfte: \"Es ehrt uns, dass Obernosterer in seiner "
         "Pressekonferenz ausschließlich Maßnahmen fordert, die das Team Stronach bereits seit Monaten offen und aktiv "
         "anspricht. Aufgaben wie LIG, Budgetwahrheit und die Abschaffung von Doppelgleisigkeiten wurden von uns schon im "
         "Wahlkampf Tag für Tag thematisiert\", so Köfer und Prasch, die auch auf einen Landtagsantrag vom Team Stronach-Klub "
         "zu den Themen \"Haushaltsreform und Budgettransparenz\" verweisen.")
TS_P2 = ("Die heutigen Aussagen Obernosterers rufen beim Kärntner Stronach-Team auch Unverständnis hervor: \"Die ÖVP tut gerade "
         "so, als hätte sie in den letzten Jahren in Kärnten keine Verantwortung und nichts mitzubestimmen gehabt. Dabei waren "
         "die Schwarzen bei allen Projekten und in vielen Koalitionen mit dabei und haben damit öfters Reformchancen vertan\", "
         "schließen Köfer und Prasch, die nochmals das Soletti-Image der Volkspartei bestätigt sehen, \"immer dabei - aber "
         "leider sehr brüchig\".")

add(id="ho593-ots-team-stronach-kaernten-2013-07-23-koefer-prasch-obernosterer",
    title=TS_T,
    url="https://www.ots.at/presseaussendung/OTS_20130723_OTS0123/stronachkoeferprasch-guten-morgen-herr-obernosterer",
    retrieved="same address (release of the Team Stronach für Kärnten on the APA-OTS service, 23 July 2013 by its OTS number; "
              "the crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); the contact block 'Rückfragen & "
              "Kontakt: Thomas-Martin Fian / Pressesprecher Team Stronach / Tel.: … / thomas.fian @ teamstronach.at', stored "
              "without a footer code, shows the sender with the dateline code 'Klagenfurt (OTS/TSFK TF)' and is dropped "
              "(rules 3250, 3310, 3510); headline and subtitle kept as lines of their own as stored; the dateline kept at the "
              "start of the first paragraph; the published 'vom ÖVP-Chef', 'Team Stronach-Klub' and the hyphen with spaces "
              "in 'immer dabei - aber' kept (rule 20); complete as stored; named as usable and left out in an earlier "
              "SOURCES section)",
    license=APA_OTS_POLITICS,
    paras=[TS_SUB, TS_P1, TS_P2],
    # every quotation with a speaker is the joint word of the Land chairman and the club chairman named together, which goes to
    # the first named, Gerhard Köfer, with Hartmut Prasch, who speaks only jointly, and the joint form as aliases (rules 27,
    # 3311): the headline quotation after the label `Stronach/Köfer/Prasch:` (rule 3311), the greeting in marks with which
    # `kommentieren … Gerhard Köfer und Klubobmann Hartmut Prasch` (rule 3), the colon quotation after the same sentence
    # closed by `so Köfer und Prasch` (rules 9, 30), the colon quotation after `rufen beim Kärntner Stronach-Team auch
    # Unverständnis hervor:` closed by `schließen Köfer und Prasch` (rules 30, 2712), and the marked words that spell out the
    # `Soletti-Image der Volkspartei` which they `bestätigt sehen` (rule 3513); the topics of the club's motion after `zu den
    # Themen` are null (rules 24, 48); Gabriel Obernosterer, the ÖVP and the Team Stronach-Klub say nothing; `Team
    # Stronach-Landesparteiobmann` names the party and is no alias (rule 33), `Klubobmann Hartmut Prasch` is part of the joint
    # speaker's aliases (rule 44)
    quotes=[("\"Guten Morgen, Herr Obernosterer!\"", KOEFER),
            ("\"Guten Morgen!\"", KOEFER),
            (cut(TS_P1, "\"Es ehrt uns", "thematisiert\""), KOEFER),
            ("\"Haushaltsreform und Budgettransparenz\"", None),
            (cut(TS_P2, "\"Die ÖVP tut", "Reformchancen vertan\""), KOEFER),
            ("\"immer dabei - aber leider sehr brüchig\"", KOEFER)],
    aliases={KOEFER: ["Gerhard Köfer", "Köfer", "Hartmut Prasch", "Klubobmann Hartmut Prasch", "Prasch",
                      "Köfer und Prasch"]})

# --- APA-OTS, ÖVP Frauen, 8 November 2014: Dorothea Schittenhelm congratulates Reinhold Mitterlehner ---

MI_T = "Schittenhelm: Gratulation an Reinhold Mitterlehner"
MI_SUB = ("36. ordentlicher Bundesparteitag – Wahl bedeutet Aufschwung für ÖVP sowie für Frauen – Gratulation zu "
          "beeindruckenden Ergebnis von 99,1 Prozent")
MI_P1 = ("Wien, 08. November 2014 (OTS) \"Mit dem eindrucksvollen Ergebnis von 99,1 Prozent, wurde für die österreichische "
         "Volkspartei heute ein wichtiges Zeichen gesetzt. Speziell für die ÖVP-Frauen ist die Wahl von Reinhold Mitterlehner "
         "als neuer Bundesparteiobmann ein starkes Signal. Er steht für Wertschätzung, einen respektvollen Umgang und "
         "unterstützt die verstärkte Einbindung und Positionierung der Frauen in der Politik. Auch seine Offenheit gegenüber "
         "dem Reißverschlusssystem gestaltet die Zusammenarbeit auf einer soliden und gesprächsbereiten Basis\", so Abg.z.NR "
         "Dorothea Schittenhelm, Bundesleiterin der ÖVP Frauen.")
MI_P2 = ("Zudem ist es sehr erfreulich, dass die Stellvertreter und Stellvertreterinnen mittels Reißverschlusssystem bereits "
         "vorab gewählt wurden. Mit ÖAAB-Chefin und Innenministerin Mag. Johanna Mikl-Leitner, JVP-Obmann und Außenminister "
         "Sebastian Kurz, Europaabgeordnete Elisabeth Köstinger sowie Klubobmann Dr. Reinhold Lopatka ist tatsächlich ein "
         "Aufbruch gegeben. \"Die Wahl von Reinhold Mitterlehner ist Motivationsschub für die künftige Arbeit in der "
         "Volkspartei\", so Schittenhelm.")
MI_P3 = ("\"Ich gratuliere herzlich zum beeindruckenden Ergebnis. Das Resultat bestätigt den großen politischen Einsatz und das "
         "Engagement unseres Parteiobmannes und das Vertrauen, das ihm entgegen gebracht wird. Zugleich bedeutet es einen "
         "Aufschwung für die österreichische Volkspartei sowie für uns Frauen. Ich wünsche dem neuen Bundesparteiobmann viel "
         "Kraft und Erfolg und hoffe auf weitere konstruktive Zusammenarbeit\", so die Bundesleiterin.")
MI_P4 = ("Das von den ÖVP Frauen geforderte Reißverschlussprinzip, das künftig 50 Prozent Frauen bei der Listenerstellung "
         "vorsieht, wird am Reformparteitag nächstes Jahr eingebracht.")

add(id="ho593-ots-oevp-frauen-2014-11-08-schittenhelm-mitterlehner",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20141108_OTS0047/schittenhelm-gratulation-an-reinhold-mitterlehner",
    retrieved="same address (release of the ÖVP Frauen on the APA-OTS service, 8 November 2014 by its OTS number and its date "
              "line; the contact block 'Bundesleitung ÖVP Frauen', which the stored copy breaks off at the first digit of its "
              "telephone number, shows the sender and is dropped (rules 3250, 3390); the OTS marker ' ****' after the first "
              "paragraph dropped (rule 460); headline and subtitle, with its two en dashes, kept as lines of their own as "
              "stored; the date line 'Wien, 08. November 2014 (OTS)' without a dash kept at the start of the first paragraph, "
              "the quotation following it after one space (rule 3250); the published 'Ergebnis von 99,1 Prozent, wurde', 'zu "
              "beeindruckenden Ergebnis', 'ist Motivationsschub' and 'entgegen gebracht' kept (rule 20); the body complete as "
              "stored; named as usable and left out in earlier SOURCES sections)",
    license=APA_OTS_POLITICS,
    paras=[MI_SUB, MI_P1, MI_P2, MI_P3, MI_P4],
    # the quotations before `so Abg.z.NR Dorothea Schittenhelm, Bundesleiterin der ÖVP Frauen` and `so Schittenhelm` are hers
    # (rules 30, 44), the second also after the narrator's sentence that names Johanna Mikl-Leitner, Sebastian Kurz, Elisabeth
    # Köstinger and Reinhold Lopatka (the cue decides, rule 30); the one before `so die Bundesleiterin` is hers by the role
    # noun, which names only her in the release (rule 44); the headline label `Schittenhelm:` has no marks (rule 5);
    # `Bundesleiterin der ÖVP Frauen` names the organisation and is no alias (rule 33); Reinhold Mitterlehner, the four
    # deputies and the ÖVP Frauen say nothing
    quotes=[(cut(MI_P1, "\"Mit dem", "gesprächsbereiten Basis\""), SCHITTENHELM),
            (cut(MI_P2, "\"Die Wahl", "in der Volkspartei\""), SCHITTENHELM),
            (cut(MI_P3, "\"Ich gratuliere", "Zusammenarbeit\""), SCHITTENHELM)],
    aliases={SCHITTENHELM: ["Dorothea Schittenhelm", "Abg.z.NR Dorothea Schittenhelm", "Schittenhelm", "Bundesleiterin"]})

# --- APA-OTS, Team Kärnten, 16 February 2016: Gerhard Köfer and Gerhard Klocker at the party's annual retreat ---

TK_T = "Jahresklausur 2016 - Köfer/Klocker: Team Kärnten als lösungs- und reformorientierte Kraft"
TK_SUB = "Team Kärnten als Anwalt der Bürger und Aufdecker"
TK_P1 = ("Klagenfurt (OTS) - Im Villacher Hotel „Holiday Inn“ absolvierte das Team Kärnten rund um Leitfigur Landesrat "
         "Gerhard Köfer, Landesobmann Gerhard Klocker und IG-Obmann LAbg. Hartmut Prasch am Dienstag seine Jahresklausur 2016. "
         "Im Fokus stand dabei bereits die nächste Landtagswahl, die planmäßig 2018 stattfinden soll: „Bis dahin werden wir "
         "uns weiterhin als lösungs- und reformorientierte Kraft positionieren. Arbeitslosigkeit, Armut, Abwanderung, "
         "Bildungsnotstand, Rekordverschuldung, riesige Schwierigkeiten im Sozial- und Gesundheitsbereich sind nur wenige der "
         "großen Problemfelder, die für die Zukunft bearbeitet und gelöst werden müssen. Wir verstehen unsere Aufgabe nicht "
         "nur inhaltlich zu kritisieren, sondern vor allem darin, Alternativvorschläge und Konzepte zu präsentieren“, macht "
         "Köfer deutlich. Für ihn, Köfer, ist das Team Kärnten auch für mögliche vorgezogene Neuwahlen „bestens gerüstet und "
         "aufgestellt“.")
TK_P2 = ("Landesobmann Klocker sieht das Team Kärnten als einzigen Anwalt der Bürger und als Aufdecker: „Wir kämpfen klar "
         "gegen die täglich stattfindende Freunderl- und Parteibuchwirtschaft: Diese gibt es mit dem Team Kärnten nicht. Wir "
         "stehen für eine unabhängige und transparente Politik im Sinne der Kärntnerinnen und Kärntner.“ In den nächsten "
         "Wochen plant das Team Kärnten dazu eine landesweite Dialog-Tour mit LR Köfer: „Ziel ist es, den Bürgern die volle "
         "Wahrheit über die Situation in Kärnten näherzubringen und für Problemlösungen zu sorgen“, betont Klocker "
         "abschließend.")

add(id="ho593-ots-team-kaernten-2016-02-16-koefer-klocker-jahresklausur",
    title=TK_T,
    url="http://www.ots.at/presseaussendung/OTS_20160216_OTS0174/jahresklausur-2016-koeferklocker-team-kaernten-als-loesungs-"
        "und-reformorientierte-kraft",
    retrieved="same address (release of the Team Kärnten, the Carinthian Land party that had come out of the Team Stronach, on "
              "the APA-OTS service, 16 February 2016 by its OTS number; the contact block 'Thomas-Martin Fian / Tel.: … / "
              "thomas.fian@teamstronach.at' and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS | STK0001' show the sender and are dropped (rules 3250, 3340, 3510); "
              "headline, with its hyphen between the event and the label, and subtitle kept as lines of their own as stored; "
              "the dateline kept at the start of the first paragraph; the published 'Wir verstehen unsere Aufgabe nicht nur "
              "inhaltlich zu kritisieren, sondern vor allem darin' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[TK_SUB, TK_P1, TK_P2],
    # the hotel's name in marks is null (rules 2, 24); the colon quotation after the narrator's sentence on the next Landtag
    # election, closed by `macht Köfer deutlich`, is Köfer's (rules 30, 2712), and the marked predicate in the view
    # attribution `Für ihn, Köfer, ist das Team Kärnten … "…"` his (rules 151, 2605); the colon quotation after `Landesobmann
    # Klocker sieht … als Aufdecker:` is Klocker's (rule 9), and so is the colon quotation after the sentence whose subject is
    # the party and which names `LR Köfer` in its object, closed by `betont Klocker abschließend` (rules 30, 2712: the cue
    # after the quotation decides); Hartmut Prasch and the Team Kärnten say nothing; `Landesrat Gerhard Köfer`, `LR Köfer`,
    # `Landesobmann Gerhard Klocker` and `Landesobmann Klocker`, whose role words name one person each in the release, are
    # aliases (rule 44); `IG-Obmann` and `Leitfigur` are no aliases
    quotes=[("„Holiday Inn“", None),
            (cut(TK_P1, "„Bis dahin", "zu präsentieren“"), KOEFER),
            ("„bestens gerüstet und aufgestellt“", KOEFER),
            (cut(TK_P2, "„Wir kämpfen", "Kärntnerinnen und Kärntner.“"), KLOCKER),
            (cut(TK_P2, "„Ziel ist es", "zu sorgen“"), KLOCKER)],
    aliases={KOEFER: ["Gerhard Köfer", "Landesrat Gerhard Köfer", "Köfer", "LR Köfer"],
             KLOCKER: ["Gerhard Klocker", "Landesobmann Gerhard Klocker", "Klocker", "Landesobmann Klocker"]})

# --- APA-OTS, Seniorenbund (inferred), 10 November 2018: Ingrid Korosec congratulates Juliane Bogner-Strauß ---

KO_T = "Korosec gratuliert Bogner-Strauß zum hervorragenden Wahlergebnis"
KO_SUB = "Seniorenbund-Präsidentin gratuliert Juliane Bogner-Strauß zur Wahl zur Bundesleiterin der ÖVP Frauen"
KO_P1 = ("Wien (OTS) - Beim heutigen Bundestag der ÖVP Frauen wurde Bundesministerin Juliane Bogner-Strauß von 99,3 % der "
         "Delegierten zur neuen Bundesleiterin gewählt. „Ich gratuliere ganz herzlich zu diesem hervorragenden Wahlergebnis. "
         "Als Frauenministerin leistet sie schon jetzt wirklich gute Arbeit für die Anliegen der Österreicherinnen und wird "
         "dies sicherlich auch in ihrer neuen Aufgabe weiterführen“, so Ingrid Korosec, Präsidentin des Österreichischen "
         "Seniorenbundes in einer ersten Reaktion zum Bundestag der ÖVP Frauen in der Steiermark.")
KO_P2 = ("In ihrer Rede vor rund 300 Delegierten, betonte Bogner-Strauß, dass sie sich ganz besonders dem Thema Pensionen und "
         "dem Kampf gegen Frauenhass im Netz widmen möchte. Besonders ein Thema streicht die Seniorenbund-Präsidentin hervor: "
         "„Beim Thema Pensionen von Frauen werden wir noch einiges zu tun haben und ich bin mir sicher, dass Juliane "
         "Bogner-Strauß dafür die richtige Frau ist.“")
KO_P3 = ("„Ganz besonders möchte ich heute auch der scheidenden Bundesleiterin, Dorothea Schittenhelm danken, die mit ihrem "
         "unermüdlichen Einsatz gerade auch für den erhöhten Frauenanteil in der Volkspartei und die Einführung des "
         "Reißverschlusssystems mitverantwortlich ist“, betont Korosec die besonderen Leistungen von Schittenhelm.")
KO_P4 = ("„Ich freue mich auf die weitere gute Zusammenarbeit mit der neuen Bundesleiterin und wünsche viel Erfolg bei allen "
         "Vorhaben“, so Ingrid Korosec abschließend.")

add(id="ho593-ots-seniorenbund-2018-11-10-korosec-bogner-strauss",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20181110_OTS0035/korosec-gratuliert-bogner-strauss-zum-hervorragenden-"
        "wahlergebnis",
    retrieved="same address (release on the APA-OTS service, 10 November 2018 by its OTS number; the crawl-date prefix ' date "
              "2018-11' before the headline dropped (rule 63); the stored copy ends after its fourth paragraph without a "
              "contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the "
              "Österreichischer Seniorenbund, one of the ÖVP's Bünde: the headline label 'Korosec', the subtitle "
              "'Seniorenbund-Präsidentin gratuliert …' and only its president quoted, in 'einer ersten Reaktion' (rules "
              "3250, 3340, 3390, 3510); headline and subtitle kept as lines of their own as stored; the dateline kept at the "
              "start of the first paragraph; the published 'Seniorenbundes in einer ersten Reaktion' without a comma, 'In "
              "ihrer Rede vor rund 300 Delegierten, betonte' and 'Bundesleiterin, Dorothea Schittenhelm danken' kept (rule "
              "20); used as stored, ending after a complete paragraph; named as usable and left out in earlier SOURCES "
              "sections)",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3, KO_P4],
    # the quotations before `so Ingrid Korosec, Präsidentin des Österreichischen Seniorenbundes …`, `betont Korosec die
    # besonderen Leistungen von Schittenhelm` and `so Ingrid Korosec abschließend` are hers (rules 30, 44); the colon quotation
    # after `Besonders ein Thema streicht die Seniorenbund-Präsidentin hervor:` is hers by the role noun, although the sentence
    # before reports Juliane Bogner-Strauß's speech, whom the quotation names in the third person (rules 9, 30); Bogner-Strauß,
    # reported without marks (rule 5), and Dorothea Schittenhelm say nothing; `Seniorenbund-Präsidentin` and `Präsidentin des
    # Österreichischen Seniorenbundes` name the Bund and are no aliases (rule 33), and `Bundesleiterin` names both women of the
    # ÖVP Frauen
    quotes=[(cut(KO_P1, "„Ich gratuliere", "weiterführen“"), KOROSEC),
            (cut(KO_P2, "„Beim Thema", "richtige Frau ist.“"), KOROSEC),
            (cut(KO_P3, "„Ganz besonders", "mitverantwortlich ist“"), KOROSEC),
            (cut(KO_P4, "„Ich freue", "Vorhaben“"), KOROSEC)],
    aliases={KOROSEC: ["Ingrid Korosec", "Korosec"]})

# --- APA-OTS, Österreichischer Bauernbund (inferred), 26 November 2019: Sebastian Kurz and Georg Strasser at the centenary ---

BB_T = "Österreichischer Bauernbund feiert 100-Jahr-Jubiläum"
BB_SUB = "Großes goldenes Ehrenzeichen erstmalig an Lanner, Fischler und Riegler verliehen"
BB_P1 = ("Wien (OTS) - Am 25. November 1919 wurde der Österreichische Bauernbund gegründet. Auf den Tag genau 100 Jahre später "
         "wurde gestern im Wiener Stephansdom und anschließend im Raiffeisenhaus ein goldenes Jubiläum gefeiert. Erzbischof "
         "Franz Lackner eröffnete die Festmesse, rund 250 Besucher zogen nach dem Gottesdienst in ihren Trachten quer durch die "
         "Innenstadt zum Festakt ins Raiffeisenforum. Unter den Festgästen war auch Bundesparteiobmann Sebastian Kurz. Er "
         "würdigte die Leistungen des Bauernbundes in den vergangenen Jahrzehnten und lobte die gute Zusammenarbeit. "
         "\"Österreich wäre nicht das schöne, erfolgreiche und lebenswerte Land, das es heute ist, ohne die Bäuerinnen und "
         "Bauern der früheren Generationen sowie der Gegenwart. Der Bauernbund steht seit 100 Jahren als starke Vertretung an "
         "ihrer Seite - mit zeitlosen Werten und starkem Zusammenhalt\", so Kurz.")
BB_P2 = ("\"Wir sind Volkspartei, wir sind die gestalterische Kraft in diesem Land und wir werden auch in Zukunft "
         "mitgestalten\", rückte Bauernbund-Präsident Georg Strasser das Miteinander in den Vordergrund. \"Dem Bauernbund geht "
         "es um Österreich und das seit 100 Jahren. Damit unser Land auch in Zukunft so lebenswert bleibt, braucht es jedoch "
         "ein klares Bekenntnis aller Parteien, des Handels und der Konsumenten zur heimischen Land- und Forstwirtschaft\", "
         "fordert Strasser ein Ende des Preisdumpings und mehr Solidarität. Strasser ist es ein Anliegen, den Freihandel "
         "künftig fairer zu gestalten: \"Es braucht einen Freihandel, der auf Klimafragen Rücksicht nimmt, damit unsere "
         "Bauernfamilien am globalisierten Markt nicht unter die Räder kommen\", betonte der Bauernbund-Präsident. Er forderte "
         "europaweite CO2-Zölle auf importierte Lebensmittel und eine bessere Herkunftskennzeichnung, was auch im künftigen "
         "Regierungsprogramm verankert werden solle.")

add(id="ho593-ots-bauernbund-2019-11-26-kurz-strasser-jubilaeum",
    title=BB_T,
    url="https://www.ots.at/presseaussendung/OTS_20191126_OTS0162/oesterreichischer-bauernbund-feiert-100-jahr-jubilaeum",
    retrieved="same address (release on the APA-OTS service, 26 November 2019 by its OTS number; the stored copy breaks off "
              "inside its third paragraph, at the opening of a quotation ('\"Vor 100 Jahren arbeiteten noc'), before any "
              "contact block, under the plain 'Wien (OTS) -', and the sender is inferred from the release's own voice as the "
              "Österreichischer Bauernbund, one of the ÖVP's Bünde: a report of its own centenary quoting its president and "
              "the party's chairman as a guest (rules 3250, 3390, 3510); the cut-off third paragraph dropped with the opening "
              "of its quotation (rules 15, 3390); headline and subtitle kept as lines of their own as stored; the dateline "
              "kept at the start of the first paragraph; the hyphen with spaces in 'an ihrer Seite - mit' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BB_SUB, BB_P1, BB_P2],
    # the quotation before `so Kurz` is his, the subject of the two sentences before (rules 8, 30); the quotations before
    # `rückte Bauernbund-Präsident Georg Strasser das Miteinander in den Vordergrund` and `fordert Strasser ein Ende des
    # Preisdumpings …`, inverted cues with an object after the name, are Strasser's (rules 30, 44), and so is the colon
    # quotation after `Strasser ist es ein Anliegen, …:` closed by `betonte der Bauernbund-Präsident` (rules 9, 30); the first
    # person plural `Wir sind Volkspartei` makes no other speaker; `Bundesparteiobmann Sebastian Kurz`, whose role word names
    # only him in the release, is an alias (rule 44), `Bauernbund-Präsident` names the Bund and is no alias (rule 33); Franz
    # Lackner, Lanner, Fischler and Riegler, the Bauernbund and the Parteien say nothing
    quotes=[(cut(BB_P1, "\"Österreich wäre", "starkem Zusammenhalt\""), KURZ),
            (cut(BB_P2, "\"Wir sind Volkspartei", "mitgestalten\""), STRASSER),
            (cut(BB_P2, "\"Dem Bauernbund", "Forstwirtschaft\""), STRASSER),
            (cut(BB_P2, "\"Es braucht", "Räder kommen\""), STRASSER)],
    aliases={KURZ: ["Sebastian Kurz", "Bundesparteiobmann Sebastian Kurz", "Kurz"],
             STRASSER: ["Georg Strasser", "Strasser"]})

# --- APA-OTS, Freiheitlicher Landtagsklub Steiermark, 12 December 2019: Mario Kunasek on three departing Vienna members ---

KU_T = "FPÖ Steiermark: „Drei Wiener Abgeordnete und ihr Weg in die politische Bedeutungslosigkeit“"
KU_SUB = "Freiheitliche Partei Steiermark geht gemeinsam mit der Bundespartei geschlossen und geeint in die Zukunft."
KU_P1 = ("Graz (OTS) - Im Rahmen einer Pressekonferenz haben heute drei ehemalige FPÖ-Mandatare bekanntgegeben, dass sie "
         "zukünftig einen Klub im Wiener Landtag sowie eine Partei gründen. Der Volksmund wird die Truppe wohl bald als "
         "„Bündnis Zukunft Ibiza“ bezeichnen. Aus Sicht der steirischen Freiheitlichen ist dieses Politexperiment, gestartet "
         "von drei männlichen Strache-Groupies, bereits zu Beginn zum Scheitern verurteilt. „Der heutige Schritt dreier Wiener "
         "Landtagsabgeordneten ist als reinigender Prozess zu betrachten. Die Freiheitliche Partei wird unbeirrt vom Entschluss "
         "dieser eher hilflos wirkenden Dissidenten ihren Weg im Sinne einer heimatverbundenen Politik für Österreich "
         "fortsetzen. Wir steirische Freiheitliche werden unsere Rolle im Landtag Steiermark als stärkste Oppositionspartei "
         "auch in Zukunft leben und als Sprachrohr der heimischen Bevölkerung fungieren. Ähnlich wie andere Parteisöldner "
         "werden die heute an die Öffentlichkeit getretenen Herren vermutlich bald wieder in der politischen "
         "Bedeutungslosigkeit versinken“, so FPÖ-Landesparteiobmann Mario Kunasek.")

add(id="ho593-ots-fpoe-steiermark-2019-12-12-kunasek-bedeutungslosigkeit",
    title=KU_T,
    url="https://www.ots.at/presseaussendung/OTS_20191212_OTS0155/fpoe-steiermark-drei-wiener-abgeordnete-und-ihr-weg-in-die-"
        "politische-bedeutungslosigkeit",
    retrieved="same address (release of the Freiheitlicher Landtagsklub Steiermark on the APA-OTS service, 12 December 2019 by "
              "its OTS number; the contact block 'Freiheitlicher Landtagsklub Steiermark / Herrengasse 16/2, 8010 Graz / Tel: "
              "… / Mail: pressedienst @ fpoe-stmk.at', stored without a footer code, shows the sender and is dropped (rules "
              "3250, 3340); the empty lines between the body and the contact block dropped with it; headline and subtitle, "
              "with its full stop, kept as lines of their own as stored; the dateline kept at the start of the paragraph; "
              "the published 'dreier Wiener Landtagsabgeordneten' and 'Wir steirische Freiheitliche' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KU_SUB, KU_P1],
    # the headline quotation after the party label `FPÖ Steiermark:` condenses the last sentence of the release's only
    # quotation, `… werden … vermutlich bald wieder in der politischen Bedeutungslosigkeit versinken`, and goes to its
    # speaker (rules 26, 3252, 3512); the name that `Der Volksmund wird die Truppe wohl bald als "…" bezeichnen` predicts is
    # null: a name in marks (rule 2), and a word that no one in the text has said, only a future popular saying imagined by
    # the release (rules 24, 474, 783); the quotation before `so FPÖ-Landesparteiobmann Mario Kunasek` is his (rule 44), after
    # the narrator's unmarked `Aus Sicht der steirischen Freiheitlichen …` (rule 5); `FPÖ-Landesparteiobmann` names the party
    # and is no alias (rule 33); the three former FPÖ members, the Freiheitliche Partei and the Bundespartei say nothing
    quotes=[("„Drei Wiener Abgeordnete und ihr Weg in die politische Bedeutungslosigkeit“", KUNASEK),
            ("„Bündnis Zukunft Ibiza“", None),
            (cut(KU_P1, "„Der heutige", "Bedeutungslosigkeit versinken“"), KUNASEK)],
    aliases={KUNASEK: ["Mario Kunasek"]})
