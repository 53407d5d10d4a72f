# Two-hundred-and-ninetieth held-out German real-news set (tests/data/heldout290-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1840-1843). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL or page number, headline and two
# distinctive phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninetieth held-out set": texts of the Austrian Parliament on
# parlament.gv.at (one page on its older address parlinkom.gv.at) under licence PK: seven pages of the stenographic
# protocols (Nationalrat, XXVII. GP, 75th, 230th and 248th sittings; XXVIII. GP, 17th sitting; Bundesrat, 861st, 876th
# and 906th sittings), the stenographic protocol of the ceremony reopening the Parliament building (VER/141, 2023) and one
# news item in plain language ("News in einfacher Sprache", 18 November 2025). Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is
# dropped (rules 14, 575), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Nationalrat, XXVII. GP, 248th sitting: Jörg Leichtfried on the chair of Wolfgang Sobotka ---

LEICHTFRIED = "Jörg Leichtfried"

add(id="ho290-parl-nr-xxvii-248-leichtfried",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/248/A_-_19_00_11_00313771.html",
    retrieved="same address (stored page of the stenographic protocol of the 248th sitting of the Nationalrat, XXVII. GP; "
              "the time line '19.00' dropped as furniture (rule 575); the page has no headline, so there is no title line "
              "(rules 18, 32); the interjections in parentheses kept as published, also the missing space in "
              "'merkwürdig(Abg. Krisper: Nein!)' (rule 20); the last paragraph 'Die ÖVP und insbesondere die Kurz-Clique …', "
              "cut off after 'Sie, Herr Präsident, war', dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter Mag. Jörg Leichtfried (SPÖ): Geschätzte Damen und Herren! Ich habe mir jetzt gerade selbst die "
           "Frage gestellt: Empfinde nur ich es als etwas merkwürdig(Abg. Krisper: Nein!), dass Sie, Herr Sobotka, jetzt "
           "diese Sitzung leiten (Rufe bei den NEOS: Nein!), oder empfinden das andere vielleicht auch so? (Beifall bei der "
           "SPÖ. – Rufe bei FPÖ und NEOS: Ja! – Abg. Michael Hammer: Wenn die Frau Bures nicht mehr Zeit hat! Abg. Greiner: "
           "Na geh, jetzt ist da aber einmal Ruhe da drüben! Blöde Zwischenrufe! – Abg. Michael Hammer: Wo ist sie denn?)",
           "Einige von Ihnen und Sie, Herr Präsident, können sich wahrscheinlich daran erinnern, dass ich vor einigen Jahren "
           "– nicht hier, sondern im Ausweichquartier – heraußen gestanden bin und Folgendes gesagt habe: Es ist „Gift für "
           "die Demokratie“, wenn der Eindruck entsteht, dass reiche Menschen politische Prozesse stärker beeinflussen können "
           "als jene, „die zur Wahl gehen“. (Zwischenruf des Abg. Hörl.) – Das habe ich mehr oder weniger wörtlich gesagt.",
           "Nachdem ich das gesagt hatte, Herr Präsident – Sie erlauben mir, dass ich das so ausdrücke–, sind Sie ein "
           "bisschen ausgezuckt – ein bisschen ist sogar untertrieben. Ich bin heraußen gestanden und habe mir gedacht: Was "
           "hat er denn? Habe ich jetzt etwas komplett Falsches gesagt, oder hat er sich ertappt gefühlt? – Im Laufe der "
           "Jahre hat sich eines als wahr herausgestellt: Herr Präsident, Sie haben sich damals ertappt gefühlt. (Beifall "
           "bei der SPÖ.)"],
    # his own earlier words, repeated in marks as partial quotations (rule 1827); the unmarked thought is not a quote
    quotes=[("„Gift für die Demokratie“", LEICHTFRIED),
            ("„die zur Wahl gehen“", LEICHTFRIED)],
    aliases={LEICHTFRIED: ["Jörg Leichtfried", "Abgeordneter Mag. Jörg Leichtfried", "Mag. Jörg Leichtfried"]})

# --- Nationalrat, XXVII. GP, 230th sitting: Christian Hafenecker on the conduct of business ---

SCHMUCK = "Schmuckenschlager"

add(id="ho290-parl-nr-xxvii-230-hafenecker",
    title="",
    url="http://www.parlinkom.gv.at/dokument/XXVII/NRSITZ/230/A_-_23_20_23_00304773.html",
    retrieved="same address (stored page of the stenographic protocol of the 230th sitting of the Nationalrat, XXVII. GP, "
              "on the Parliament's older address parlinkom.gv.at; the time lines '23.20' and '23.21' dropped as furniture "
              "(rule 575); no title line (rules 18, 32); the interjections in parentheses kept as published (rule 20); the "
              "stored page ends with the president's complete closing line, nothing cut)",
    license=PK,
    paras=["Abgeordneter Christian Hafenecker, MA (FPÖ): Hohes Haus! Die Beliebigkeit, mit der die Geschäftsordnung "
           "ausgelegt wird, erschüttert mich tatsächlich. Da wird erstens vom Präsidenten selbst von Rechts- und "
           "Linksextremisten in diesem Haus gesprochen, was ein bisschen unglaublich ist (Abg. Schmuckenschlager: Zum "
           "Thema!), und zweitens – Herr Kollege, nicht: „Zum Thema!“, sagen! (Abg. Schmuckenschlager: Na ja sicher!) – "
           "wird hier das Wort „Standrecht“ von einem Abgeordneten der NEOS verwendet, und das bleibt vom Präsidenten "
           "unsanktioniert – eine unglaubliche Entgleisung, das muss ich auch einmal ganz klar sagen. (Beifall bei der "
           "FPÖ.) Im Prinzip müsste sich der Präsident selbst einen Ordnungsruf erteilen. (Zwischenrufe bei der ÖVP.)",
           "Genau das ist auch der Punkt, den man hier sehen kann: wie beliebig die Geschäftsordnung ausgelegt wird. Das ist "
           "das, was auch im Untersuchungsausschuss passiert (Heiterkeit bei der ÖVP – Ruf bei der ÖVP: Der war gut!), und "
           "das ist auch das, was in Wahrheit durch eine Liveübertragung gezeigt gehört. Wir hatten in einem "
           "Untersuchungsausschuss 90 Meldungen der ÖVP zur Geschäftsbehandlung, die nur dazu gedient haben – wie Kollegin "
           "Yildirim gesagt hat –, das Verfahren zu behindern. Genau deshalb ist es wichtig, Livevideoübertragungen zu haben, "
           "damit sich die Bevölkerung ein Bild davon machen kann, welche Sitten in diesem Haus mittlerweile eingerissen "
           "sind. (Zwischenrufe bei der ÖVP.) Ich finde es schäbig, wie weit wir schon gekommen sind. (Beifall bei der FPÖ. "
           "– Abg. Voglauer: Ja, ja! Schäbig!)",
           "Präsident Mag. Wolfgang Sobotka: Zu Wort gemeldet ist Abgeordneter Stocker. – Bitte."],
    # the addressee's interjection repeated in marks is his (rules 572, 1841); the NEOS member's word is null (573, 1841)
    quotes=[("„Zum Thema!“", SCHMUCK),
            ("„Standrecht“", None)],
    aliases={SCHMUCK: ["Schmuckenschlager", "Abg. Schmuckenschlager"]})

# --- Bundesrat, 906th sitting: Karl Bader and President Robert Seeber on a call to order ---

STEINER = "Steiner"
BA_P2 = ("Herr Kollege Steiner hat behauptet: totalitärer Kurz. Das ist etwas, das zu weit geht, das ist in diesem Haus "
         "nicht angebracht. Man kann anderer Meinung sein, man kann auch sehr scharf formulieren, aber „totalitärer Kurz“ "
         "ist gesagt worden (Bundesrat Steiner: Nein, das habe ich so nicht gesagt! Prüfen Sie es nach!), und ich bitte, das "
         "nachzuprüfen. Das ist nicht in Ordnung. (Beifall bei der ÖVP.)")

add(id="ho290-parl-br-906-bader-seeber",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00906/A_-_19_44_59_00215485.html",
    retrieved="same address (stored page of the stenographic protocol of the Bundesrat's 906th sitting; the time lines "
              "'19.44' and '19.45' dropped as furniture (rule 575); no title line (rules 18, 32); the interjections in "
              "parentheses kept as published (rule 20); the stored page ends with the president's complete line, nothing "
              "cut)",
    license=PK,
    paras=["Bundesrat Karl Bader (ÖVP, Niederösterreich) (zur Geschäftsbehandlung): Sehr geehrter Herr Präsident! Liebe "
           "Kolleginnen und Kollegen! Auch wenn die FPÖ-Fraktion zu den blumigen Worten des Herrn Kollegen Steiner sehr oft "
           "applaudiert hat, möchte ich hier doch anmerken, dass manche Dinge ganz einfach zu weit gehen und der Würde des "
           "Hauses nicht entsprechen. Es wurden auf jeden Fall beleidigende Äußerungen gemäß unserer Geschäftsordnung § 70 "
           "Abs. 1 getätigt. Ich bitte darum, das auch entsprechend nachzuprüfen.",
           BA_P2,
           "Präsident Robert Seeber: Danke, Herr Kollege Bader. Dazu Folgendes: Ich lasse das nachprüfen. Ich hätte bei "
           "diesem Ausdruck natürlich einen Ordnungsruf erteilt. Ich habe „totalitärer Staat“ verstanden, jetzt bin ich mir "
           "nicht sicher. Ich werde das überprüfen lassen.",
           "Lieber Kollege Steiner, wenn du „totalitärer Kurz“ gesagt hast, dann ist logisch, dass das einen Ordnungsruf zur "
           "Folge hat. Ich lasse das prüfen – so viel dazu. (Bundesrat Steiner: Habe ich nicht gesagt! Bitte überprüft es! "
           "– Bundesrätin Mühlwerth: Zur Geschäftsordnung!)",
           "Noch jemand zur Geschäftsbehandlung. – Bitte, Frau Bundesrätin."],
    # the words at issue in a call to order are the member's whose speech is reviewed, asserted, heard or supposed, and
    # although he denies them (rule 1840); the unmarked `totalitärer Kurz` after `hat behauptet:` is not a span (rule 23)
    quotes=[("„totalitärer Kurz“", STEINER, 0),
            ("„totalitärer Staat“", STEINER),
            ("„totalitärer Kurz“", STEINER, 1)],
    aliases={STEINER: ["Steiner", "Herrn Kollegen Steiner", "Herr Kollege Steiner", "Kollege Steiner",
                       "Bundesrat Steiner"]})

# --- Nationalrat, XXVII. GP, 75th sitting: Axel Kassegger on a call to order for Herbert Kickl ---

KICKL = "Kickl"

add(id="ho290-parl-nr-xxvii-75-kassegger",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00075/A_-_14_23_40_00233650.html",
    retrieved="same address (stored page of the stenographic protocol of the 75th sitting of the Nationalrat, XXVII. GP; "
              "the time line '14.23' dropped as furniture (rule 575); no title line (rules 18, 32); the omission marks "
              "'[...]' inside the quoted provision and the interjection in parentheses kept as published (rule 20); the "
              "last paragraph 'Unseres Erachtens ist das ein Unsinn, …', cut off after 'die Politik der Regierung "
              "kommentiert', dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter MMMag. Dr. Axel Kassegger (FPÖ) (zur Geschäftsbehandlung): Frau Präsidentin! Ich melde mich zur "
           "Geschäftsbehandlung, um noch einmal auf Ihren Ordnungsruf einzugehen, den Sie unserem Klubobmann Kickl für das "
           "Wort „Unsinn“ erteilt haben.",
           "Ich darf noch einmal in Erinnerung rufen, die Geschäftsordnung sieht vor: „Wenn jemand [...] den Anstand oder die "
           "Würde des Nationalrates verletzt, beleidigende Äußerungen gebraucht, Anordnungen des Präsidenten nicht Folge "
           "leistet oder gegen Geheimhaltungsverpflichtungen [...] verstößt“, dann ist ein Ordnungsruf zu erteilen. (Abg. "
           "Steinacker: ... Ausdrucksweise!)",
           "Wir stellen fest, dass in den letzten Wochen und Monaten – möglicherweise liegt das auch am Zugang zu einer "
           "Gesprächskultur beziehungsweise zum Aussprechen von Verboten und Ordnungsrufen von Präsidenten Sobotka – immer "
           "öfter Ordnungsrufe für Formulierungen, die unseres Erachtens weder die Würde des Nationalrates verletzen noch "
           "beleidigend noch sonst etwas sind, erteilt werden.",
           "Wir stellen hier eine Entwicklung fest, die unseres Erachtens besorgniserregend ist. Nach unserem "
           "Selbstverständnis ist das Parlament – parlare – ein Ort, wo akzentuiert, pointiert, durchaus auch mit scharfen "
           "Formulierungen diskutiert werden kann und sogar muss. Wir stellen mit Sorge fest, dass diese Entwicklung, was "
           "die Ordnungsrufe betrifft, mittlerweile so weit gediehen ist, dass man für das Wort Unsinn einen Ordnungsruf "
           "bekommt. (Zwischenrufe bei der FPÖ.)"],
    # the word a named member was called to order for is his (rule 1841); the provision read out is null (rule 574)
    quotes=[("„Unsinn“", KICKL),
            ("„Wenn jemand [...] den Anstand oder die Würde des Nationalrates verletzt, beleidigende Äußerungen gebraucht, "
             "Anordnungen des Präsidenten nicht Folge leistet oder gegen Geheimhaltungsverpflichtungen [...] verstößt“",
             None)],
    aliases={KICKL: ["Kickl", "Klubobmann Kickl", "unserem Klubobmann Kickl"]})

# --- Bundesrat, 876th sitting: David Stögmüller reads out Art. 52 B-VG ---

add(id="ho290-parl-br-876-stoegmueller",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00876/A_-_16_21_31_Bundesrat_David_Stogmuller__Grune,_"
        "Oberosterreich___zur_Geschaftsbehandlung_.html",
    retrieved="same address (stored page of the stenographic protocol of the Bundesrat's 876th sitting; the time lines "
              "'16.21.31' and '16.22' dropped as furniture (rule 575); no title line (rules 18, 32); the stored page ends "
              "with the vice-president's complete line, nothing cut)",
    license=PK,
    paras=["Bundesrat David Stögmüller (Grüne, Oberösterreich) (zur Geschäftsbehandlung): Sehr geehrter Herr Minister! "
           "Danke für Ihre Fragen, ich möchte Sie aber darauf hinweisen, dass Sie Minister und nicht mehr Oppositioneller "
           "sind; vielleicht haben Sie es vergessen. Das heißt, Sie sind in der Exekutive, und darum möchte ich Ihnen aus "
           "dem Bundes-Verfassungsgesetz Art. 52 vorlesen:",
           "„Der Nationalrat und der Bundesrat sind befugt, die Geschäftsführung der Bundesregierung zu überprüfen, deren "
           "Mitglieder über alle Gegenstände der Vollziehung zu befragen“ – noch einmal: „über alle Gegenstände der "
           "Vollziehung zu befragen“ – „und alle einschlägigen Auskünfte zu verlangen sowie ihren Wünschen über die "
           "Ausübung der Vollziehung in Entschließungen Ausdruck zu geben.“",
           "Das kommt dann später. – Danke schön. (Beifall bei den Grünen.)",
           "Vizepräsidentin Sonja Ledl-Rossmann: Das war einfach eine Erklärung.",
           "Ebenfalls zur Geschäftsordnung: Frau Bundesrätin Mühlwerth. – Bitte."],
    # the constitution read out, in three spans, also the phrase repeated `noch einmal:`, is null (rules 574, 1842)
    quotes=[("„Der Nationalrat und der Bundesrat sind befugt, die Geschäftsführung der Bundesregierung zu überprüfen, "
             "deren Mitglieder über alle Gegenstände der Vollziehung zu befragen“", None),
            ("„über alle Gegenstände der Vollziehung zu befragen“", None),
            ("„und alle einschlägigen Auskünfte zu verlangen sowie ihren Wünschen über die Ausübung der Vollziehung in "
             "Entschließungen Ausdruck zu geben.“", None)],
    aliases={})

# --- Bundesrat, 861st sitting: President Mario Lindner on the 96th anniversary of the Bundesrat ---

REUMANN = "Jakob Reumann"

add(id="ho290-parl-br-861-lindner-96-jahre-bundesrat",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00861/SEITE_0004.html",
    retrieved="same address (page 4 of the stenographic protocol of the Bundesrat's 861st sitting, 1 December 2016; the "
              "page header 'BundesratStenographisches Protokoll861. Sitzung / Seite 4', the navigation line 'HomeSeite "
              "1Vorherige SeiteNächste Seite', the time line '09.04.17Beginn der Sitzung: 9.04 Uhr' and the time marks "
              "'09.04.51' and '9.04.57' dropped as furniture (rules 14, 575), so there is no title line (rules 18, 32); the "
              "agenda heading 'Ansprache anlässlich des 96-jährigen Bestehens des Bundesrates' kept as a line of its own; "
              "the paragraph 'Meine sehr geehrten Damen und Herren! Der österreichische Bundesrat agiert …', cut off after "
              "'Als s', dropped (rule 15))",
    license=PK,
    paras=["Präsident Mario Lindner: Meine sehr geehrten Damen und Herren! Liebe Kolleginnen und Kollegen! Ich eröffne die "
           "861. Sitzung des Bundesrates.",
           "Das Amtliche Protokoll der 860. Sitzung des Bundesrates vom 17. November 2016 ist aufgelegen, unbeanstandet "
           "geblieben und gilt daher als genehmigt.",
           "Als verhindert gemeldet sind die Mitglieder des Bundesrates Mag. Ernst Gödl, Gregor Hammerl, Anneliese Junker, "
           "Dr. Andreas Köll, Gerhard Schödinger, Peter Samt und Mag. Gerald Zelina.",
           "Ansprache anlässlich des 96-jährigen Bestehens des Bundesrates",
           "Präsident Mario Lindner: Geschätzte Frau Staatssekretärin! Meine sehr geehrten Damen und Herren! Geschätzte "
           "Kolleginnen und Kollegen! Der österreichische Bundesrat feiert heute seinen 96. Geburtstag! Heute auf den Tag "
           "genau vor 96 Jahren – am 1. Dezember 1920 – fand die allererste Sitzung des österreichischen Bundesrates hier im "
           "Hohen Haus statt.",
           "Das Bundes-Verfassungsgesetz 1920 war und ist bis heute die Grundlage für die Weiterentwicklung des "
           "österreichischen Bundesstaates. Es bildet mit der Mitwirkung der Länder an der Bundesgesetzgebung, der "
           "Kompetenzverteilung zwischen Bund und Ländern und dem Finanzausgleich die Basis für unseren lebendigen "
           "Föderalismus.",
           "Treffend würdigte der erste Vorsitzende des Bundesrates, Jakob Reumann, damals die neue Bundesverfassung: Sie "
           "„gibt den Ländern eine Rechtstellung, die sie zu wahren Gliedstaaten eines Bundesstaates macht und die volle "
           "Gleichheit zwischen Bund und Ländern vorsieht“.",
           "Er äußerte aber auch ganz bewusst den Wunsch, „es möge die legislative Tätigkeit des Nationalrates durch den "
           "Bundesrat keine wie immer geartete Hemmung erfahren“."],
    # the speech reports Reumann's words of 1920 as his (rule 1825); the second through the pronoun `Er` (rule 8)
    quotes=[("„gibt den Ländern eine Rechtstellung, die sie zu wahren Gliedstaaten eines Bundesstaates macht und die volle "
             "Gleichheit zwischen Bund und Ländern vorsieht“", REUMANN),
            ("„es möge die legislative Tätigkeit des Nationalrates durch den Bundesrat keine wie immer geartete Hemmung "
             "erfahren“", REUMANN)],
    aliases={REUMANN: ["Jakob Reumann", "der erste Vorsitzende des Bundesrates"]})

# --- parlament.gv.at, News in einfacher Sprache, 18 November 2025: Volksgruppen im Parlament ---

ROSENKRANZ = "Walter Rosenkranz"

add(id="ho290-parl-news-2025-11-18-volksgruppen-einfache-sprache",
    title="Volksgruppen sollen im Parlament noch besser sichtbar werden",
    url="https://www.parlament.gv.at/aktuelles/news/in-einfacher-sprache/"
        "Volksgruppen-sollen-im-Parlament-noch-besser-sichtbar-werden",
    retrieved="same address (the kicker and date line 'News in einfacher Sprache 18.11.2025, 16:20' dropped (rule 14); "
              "the headline is the title line; the line 'Vertreterinnen und Vertreter der Volksgruppen in Österreich bringen "
              "ihre Anliegen vor.' and the subheading kept as lines of their own as stored; the box heading 'Audio-Artikel "
              "\"Nachrichten in einfacher Sprache\"' and its paragraph, cut off after 'Informationen über Parlamen', dropped "
              "(rule 15))",
    license=PK,
    paras=["Vor 50 Jahren hat Österreich das Volksgruppen-Gesetz beschlossen. Nationalratspräsident Walter Rosenkranz "
           "sagt: Die Volksgruppen sollen stärker \"vor den Vorhang geholt werden\". Das bedeutet: Das Bewusstsein für die "
           "Volksgruppen in Österreich soll noch stärker werden. Deshalb gibt es im Parlament im Besucher-Zentrum die "
           "Ausstellung \"wir sind demokratie\". Die Eröffnung ist am 8. Jänner 2026.",
           "Vertreterinnen und Vertreter der Volksgruppen in Österreich bringen ihre Anliegen vor.",
           "Vielfalt der Volksgruppen in Österreich einem breiten Publikum zeigen",
           "Zum Projekt \"Sichtbarmachung der autochthonen Volksgruppen im Parlament\" gehören aber noch viele andere "
           "Angebote. Das Parlament entwickelt besondere Führungen zu diesem Thema. Das Parlament plant auch besondere "
           "Konzepte für junge Menschen in der Demokratie-Werkstatt. Und es gibt 3 Veranstaltungen in der Reihe \"Literatur "
           "am Ring\".",
           "Universitäts-Professor Jürgen Pirker ist für die Ausstellung verantwortlich. Herr Pirker erklärt das Ziel: Die "
           "Ausstellung möchte Verständnis schaffen, dass die Sprachen der Volksgruppen wichtig sind. Herr Pirker sagt: Die "
           "Sprachen sind ein Erbe für Österreich, für Europa und für die gesamte Gesellschaft. Die Volksgruppen sind in "
           "alle Angebote im Parlament eingebunden. Das ist auch ein Beitrag zur demokratischen Bildung.",
           "Die Dialog-Plattform hat aber nicht nur die Projekte im Parlament vorgestellt. Es hat auch Vorträge zu den "
           "Themen Bildung und Recht gegeben. Die zuständigen Sprecherinnen und Sprecher von den Parlaments-Parteien und die "
           "Volksgruppen-Beiräte im Bundeskanzler-Amt haben viele Gespräche geführt. Die Volksgruppen finden die Maßnahmen "
           "im Parlament gut. Sie sagen: Die Sprach-Förderung ist sehr wichtig, damit die Volksgruppen weiter bestehen."],
    # the marked phrase inside the unmarked colon paraphrase is Rosenkranz's (rule 3); the unmarked `Herr Pirker sagt: …`
    # sentences carry no marks and are not spans (rule 23); exhibition, project and series names are titles (rule 24)
    quotes=[('"vor den Vorhang geholt werden"', ROSENKRANZ),
            ('"wir sind demokratie"', None),
            ('"Sichtbarmachung der autochthonen Volksgruppen im Parlament"', None),
            ('"Literatur am Ring"', None)],
    aliases={ROSENKRANZ: ["Walter Rosenkranz", "Nationalratspräsident Walter Rosenkranz"]})

# --- Nationalrat, XXVIII. GP, 17th sitting: Dagmar Belakowitsch reads out the Duden ---

BE_P1 = ("Abgeordnete Dr. Dagmar Belakowitsch (FPÖ) (zur Geschäftsbehandlung): Ja, danke schön, Herr Präsident. – Ich "
         "verstehe die Aufregung nicht ganz. (Widerspruch bei SPÖ, NEOS und Grünen.) – Sie könnten aber auch zuhören. Das "
         "ist ja kein Problem. Sie könnten einmal zuhören, Sie könnten Ihre Mobiltelefone oder Ihre Computer zur Hand "
         "nehmen und es bei Duden eingeben. Im Duden steht: „Umvolkung“ (Abg. Voglauer [Grüne]: Geschichte ...!), "
         "„Bedeutung“ - - (Zwischenrufe bei SPÖ und Grünen.) – Moment, lassen Sie mich ausreden! Ich weiß ja nicht, welches "
         "Problem Sie da alle haben. (Abg. Voglauer [Grüne]: Das ist ja das Erschreckende!) Unter „Bedeutung“ steht: "
         "„Bevölkerungsaustausch“. Das ist im Übrigen genau das, was derzeit passiert ist. Das hat Kollege Wurm hier "
         "zitiert. (Rufe bei SPÖ und Grünen: Na bitte! Entschuldigung! Zur Geschäftsordnung!)")

add(id="ho290-parl-nr-xxviii-17-belakowitsch-duden",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVIII/NRSITZ/17/A_-_15_15_08_00780624.html",
    retrieved="same address (stored page of the stenographic protocol of the 17th sitting of the Nationalrat, XXVIII. GP; "
              "the marginal number 'RN/84' and the time lines '15.15' and '15.16' dropped as furniture (rule 575); no "
              "title line (rules 18, 32); the interjections in parentheses kept as published, with the marks inside them "
              "(rule 20); the trailing space after the first paragraph dropped; the president's line 'Präsident Dr. Walter "
              "Rosenkranz:', cut off after the label, dropped (rule 15))",
    license=PK,
    paras=[BE_P1,
           "Herr Kollege Wurm ist derzeit nicht anwesend. (Ruf bei den Grünen: Wo ist der Kollege überhaupt?) Er hat auch "
           "keine Möglichkeit, sich dazu selbst jetzt noch einmal zu äußern. (Zwischenrufe bei SPÖ, NEOS und Grünen.) Es "
           "macht, glaube ich, wenig Sinn, hier eine Debatte zur Geschäftsbehandlung durchzuführen, wenn Sie nicht einmal "
           "zuhören können oder wollen. (Abg. Tomaselli [Grüne]: Lesen Sie auch vor, was bei „Gebrauch“ steht!) So macht "
           "das relativ wenig Sinn. (Abg. Stögmüller [Grüne]: „Nationalsozialistisch!“ Das steht dort! "
           "„Nationalsozialistisch“! – Weitere Zwischenrufe bei SPÖ, NEOS und Grünen.) Schauen Sie: Ich vertraue dem Herrn "
           "Präsidenten. Wenn der Herr Präsident da nachrecherchiert hat, dann vertraue ich ihm voll und ganz. – Danke "
           "schön. (Ruf bei den NEOS: Aus welchem Jahr ist denn der Duden? – Rufe bei den Grünen: Da steht „Gebrauch: "
           "nationalsozialistisch“! „Gebrauch: nationalsozialistisch!“ Das steht genau dort! – Ruf: Wir sind doch da nicht "
           "bei irgendeiner Burschenschaft!)"],
    # a dictionary entry read out, headword, field labels and entry text, in the speech and in the interjections, is null
    # (rule 1843; compare rule 574)
    quotes=[("„Umvolkung“", None),
            ("„Bedeutung“", None, 0),
            ("„Bedeutung“", None, 1),
            ("„Bevölkerungsaustausch“", None),
            ("„Gebrauch“", None),
            ("„Nationalsozialistisch!“", None),
            ("„Nationalsozialistisch“", None),
            ("„Gebrauch: nationalsozialistisch“", None),
            ("„Gebrauch: nationalsozialistisch!“", None)],
    aliases={})

# --- VER/141: stenographic protocol of the ceremony reopening the Parliament building, 12 January 2023 ---

add(id="ho290-parl-ver-141-festakt-wiedereroeffnung",
    title="Festakt zur Eröffnung des sanierten Parlamentsgebäudes",
    url="https://www.parlament.gv.at/dokument/XXVII/VER/141/fnameorig_1503923.html",
    retrieved="same address (stenographic protocol of the ceremony of 12 January 2023; the cover line 'Parlament "
              "eröffnet.' above the headline, the lines 'Stenographisches Protokoll', 'verfasst von der Abteilung 1.4/2.4 "
              "– Stenographische Protokolle', the date, time and place lines 'Donnerstag, 12. Jänner 2023', '15 Uhr bis "
              "17.05 Uhr', 'Bundesversammlungssaal des Parlaments', 'Beginn des Festaktes: 15 Uhr' and the separator lines "
              "'*****' dropped as furniture (rules 14, 575); the headline is the title line; the agenda heading 'Ansprache "
              "des Präsidenten des Nationalrates' kept as a line of its own; the published spelling 'Philhamoniker' kept "
              "(rule 20); the paragraph 'Sehr geehrter Herr Bundespräsident! Herr Bundeskanzler! …', cut off after "
              "'Regierun', dropped (rule 15))",
    license=PK,
    paras=["Die Veranstaltung beginnt mit der musikalischen Darbietung von „La Réjouissance“ aus „Music for the Royal "
           "Fireworks“ von Georg Friedrich Händel durch Mitglieder der Wiener Philhamoniker.",
           "Moderatorin Clarissa Stadler: Hohes Haus! Sehr geehrte Damen und Herren! Ich darf Sie sehr herzlich hier "
           "begrüßen – Sie alle hier im Saal und auch Sie alle, die uns heute live im ORF zuschauen. Mit dem schwungvollen "
           "4. Satz aus Georg Friedrich Händels „Feuerwerksmusik“ haben die Wiener Philharmoniker den heutigen Festakt "
           "eröffnet. „La Réjouissance“ heißt dieses Stück, also der Jubel – und was könnte denn besser passen, um diesen "
           "heutigen Freudentag zu untermalen?",
           "Händels „Music for the Royal Fireworks“ ist 1749 in London zur Feier des Friedens von Aachen, der ja die "
           "österreichischen Erbfolgekriege beendete, uraufgeführt worden. Auch das Parlament feiert heute. Hören Sie nun "
           "zuerst die Rede von Nationalratspräsidenten Wolfgang Sobotka und dann gleich die Rede von Bundesratspräsidenten "
           "Günter Kovacs.",
           "Ansprache des Präsidenten des Nationalrates",
           "Präsident des Nationalrates Mag. Wolfgang Sobotka: Einer der bedeutendsten Denker des 20. Jahrhunderts, Albert "
           "Schweitzer, hat einmal gemeint: Erst bauen die Menschen Häuser und dann die Häuser den Menschen. – Diesen "
           "Gedanken sehe ich als Wunsch und Aufforderung, uns dessen bewusst zu sein, wie sehr uns dieses Haus inspiriert. "
           "Lassen wir uns von der Würde dieses Hauses und auch von der neuen Architektur, die Sachlichkeit und Respekt vor "
           "dem historischen Bestand vermittelt, leiten!"],
    # titles of music are null (rule 24); Schweitzer's saying stands without marks and is not a span (rule 23)
    quotes=[("„La Réjouissance“", None, 0),
            ("„Music for the Royal Fireworks“", None, 0),
            ("„Feuerwerksmusik“", None),
            ("„La Réjouissance“", None, 1),
            ("„Music for the Royal Fireworks“", None, 1)],
    aliases={})
