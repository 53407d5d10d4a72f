# Four-hundred-and-seventy-ninth held-out German real-news set (tests/data/heldout479-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2550-2553). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number and address slug,
# two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventy-ninth held-out set": eight texts of the Bundeszentrale für
# politische Bildung on bpb.de (licence BPB): seven press releases under 'Presse' (the einheitspreis 2008 winners and the
# call for the einheitspreis 2009; the opening, the prize-giving and the announcement of the 6th and 7th festivals 'Politik
# im Freien Theater' (Berlin 2005, Köln 2008) and the closing review of the 10th (München 2018); the 70th-anniversary party
# of November 2022) and the page of the Jugenddemokratiepreis 2022 winners under 'Veranstaltungen'. Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page
# furniture (the 'Meine Merkliste' line, browser titles, the 'Presse' navigation line, reading times) is dropped (rules 14,
# 19, 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


KRUEGER = "Thomas Krüger"
TIEFENSEE = "Wolfgang Tiefensee"
JUNGE = "Junge"
JUGENDJURY = "Jugendjury"

EP = "\"einheitspreis – Bürgerpreis zur Deutschen Einheit\""
PIFT = "\"Politik im Freien Theater\""

# --- bpb press release 50352, September 2008: the winners of the einheitspreis 2008 are chosen ---

E08_P1 = ("Die Bundeszentrale für politische Bildung/bpb verleiht am 2. Oktober 2008 den " + EP + " an sieben "
          "Preisträgerinnen und Preisträger. Für die Kategorien \"Menschen\", \"Kultur\" und \"Jugend\" gingen dieses Jahr "
          "über 160 Einsendungen ein. Unter dem Vorsitz von Hildegard Müller, der Staatsministerin bei der Bundeskanzlerin, "
          "wählte eine prominent besetzte Jury die Gewinnerinnen und Gewinner des Wettbewerbs.")
E08_P2 = ("Mit dem einheitspreis werden sie für ihre künstlerischen und wissenschaftlichen Leistungen wie auch für ihr "
          "besonderes internationales und bürgerschaftliches Engagement ausgezeichnet.")
E08_P3 = ("In diesem Jahr waren die Initiatoren des einheitspreises auf der Suche nach Menschen und Projekten, die sich um das "
          "Zusammenwachsen zwischen Ost und West auf der innerdeutschen sowie der europäischen Ebene besonders verdient "
          "gemacht haben. Dazu Thomas Krüger, Präsident der bpb: \"Einheit zu gestalten ist, das haben wir in den letzten "
          "fast 20 Jahren gelernt, eine große Herausforderung. Die europäische Einigung erfordert ungleich größere "
          "Anstrengungen. Die diesjährigen Gewinnerinnen und Gewinner des einheitspreises haben diese Herausforderung "
          "angenommen. Für ihre Bemühungen um die innerdeutsche oder europäische Einigung zeichnen wir sie aus. Es ist dieses "
          "bürgerschaftliche Engagement, auf dem eine wache und gesunde Demokratie fußt.\"")
E08_P4 = ("Eine Intention, der sich auch der Schirmherr des Wettbewerbs und Beauftragte der Bundesregierung für die neuen "
          "Länder, Bundesminister Wolfgang Tiefensee, anschließt: \"In allen Lebensbereichen gibt es zukunftsweisende "
          "Initiativen, die Menschen in Ost und West einander näher bringen. Den Besten gilt mein herzlicher Glückwunsch!\"")

add(id="ho479-bpb-2008-einheitspreis-sieger-stehen-fest",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/50352/sieger-vom-einheitspreis-2008-stehen-fest",
    retrieved="same address (press release 50352 of the bpb, September 2008, before the award of 2 October 2008; the stored "
              "copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); "
              "the paragraph 'Einen Sonderpreis sprach die Jury dem Kabarettisten, Schauspieler und Autoren Steffen Möller "
              "zu. … Damit leiste er einen wichtigen Beitrag zur europ', cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=[E08_P1, E08_P2, E08_P3, E08_P4],
    # the prize and its three categories are names (rules 2, 2201); `Dazu Thomas Krüger, Präsident der bpb: "…"` is a
    # verbless colon label (rules 9, 2202); the patron's statement after `Eine Intention, der sich auch … Tiefensee,
    # anschließt:` is his (rule 2552); the chair of the jury, Hildegard Müller, says nothing in marks
    quotes=[(EP, None),
            ("\"Menschen\"", None),
            ("\"Kultur\"", None),
            ("\"Jugend\"", None),
            (cut(E08_P3, "\"Einheit zu", "fußt.\""), KRUEGER),
            (cut(E08_P4, "\"In allen", "Glückwunsch!\""), TIEFENSEE)],
    aliases={KRUEGER: ["Thomas Krüger"],
             TIEFENSEE: ["Wolfgang Tiefensee", "Bundesminister Wolfgang Tiefensee", "Schirmherr"]})

# --- bpb press release 50273, spring 2009: call for entries to the einheitspreis 2009 ---

E09_P1 = ("Seit 2002 ehrt die Bundeszentrale für politische Bildung/bpb mit dem " + EP + " alljährlich beispielhaftes "
          "bürgerschaftliches Engagement beim Zusammenwachsen von Ost und West. Auch im Jubiläumsjahr 2009, 20 Jahre nach dem "
          "Fall der Berliner Mauer, wirft der einheitspreis die Frage auf, wie sich diese Einheit entwickelt hat und wer sich "
          "für sie engagiert hat. Inzwischen zum achten Mal sucht die bpb Beiträge von Bürgern und Initiativen, die den "
          "deutschen Einigungsprozess gestalten. Seit dem vergangenen Jahr werden zudem Menschen und Projekte prämiert, deren "
          "Engagement das Zusammenwachsen von Ost und West in Europa fördert. Bis zum 15. August 2009 können Bewerbungen in "
          "den drei Kategorien \"Menschen\", \"Kultur\" und \"Jugend\" für den einheitspreis 2009 eingereicht werden.")
E09_P2 = ("\"Mit dem einheitspreis möchten wir erneut die kleinen und großen Taten von Bürgerinnen und Bürgern würdigen, die zu "
          "einer Annäherung von Ost und West in Deutschland wie Europa beitragen. Bürgerschaftliches Engagement bleibt auch 20 "
          "Jahre nach Mauerfall und dem Ende des Kalten Krieges ein wichtiger Bestandteil auf dem Weg zu einem geeinten "
          "Deutschland und Europa\", sagt Thomas Krüger, Präsident der bpb zum Auftakt des Wettbewerbs.")

add(id="ho479-bpb-2009-einheitspreis-engagierte-buerger-gesucht",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/50273/engagierte-buerger-gesucht-einheitspreis-2009",
    retrieved="same address (press release 50273 of the bpb, 2009, opening the competition for the einheitspreis 2009 "
              "(entries until 15 August 2009); the stored copy begins with the first paragraph and shows no headline, so "
              "the text has no title line (rules 18, 32); the subheading 'Der einheitspreis 2009' and the three category "
              "paragraphs kept as lines of their own; the paragraph 'Zusätzlich wird ein Sonderpreis an eine Person des ö', "
              "cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=[E09_P1, E09_P2,
           "Der einheitspreis 2009",
           "In der Kategorie Menschen sucht die bpb nach Menschen, die durch ihr konsequentes Engagement und ihren "
           "Einfallsreichtum das Zusammenwachsen von Ost und West in Deutschland und/oder Europa vorangebracht haben.",
           "In der Kategorie Kultur werden Projekte und Beiträge ausgezeichnet, die auf originelle und herausfordernde Weise "
           "den Aufbruch und die ständige Erneuerung beim Zusammenwachsen von Ost und West im deutschen wie im europäischen "
           "Raum aufzeigen.",
           "In der Kategorie Jugend werden Projekte und Initiativen gesucht, welche die junge Generation für die Annäherung "
           "von Ost und West sensibilisieren und sie dazu motivieren, diese aktiv zu gestalten."],
    # the prize and its categories are names (rules 2, 2201), also where the category paragraphs repeat the category
    # words without marks; the role phrase naming the bpb is no alias (rule 33, rule 2552)
    quotes=[(EP, None),
            ("\"Menschen\"", None),
            ("\"Kultur\"", None),
            ("\"Jugend\"", None),
            (E09_P2[:E09_P2.index("Europa\",") + len("Europa\"")], KRUEGER)],
    aliases={KRUEGER: ["Thomas Krüger"]})

# --- bpb press release 50317, November 2008: opening of the 7th festival 'Politik im Freien Theater' in Köln ---

ECHT_T = ("ECHT! – furioser Festival-Auftakt mit \"Hell on Earth\" 7. Festival " + PIFT + " wartet mit vielfältigem "
          "Rahmenprogramm und Wunschritualen auf")
ECHT_P1 = ("Im voll besetzten Schauspiel Köln feierte gestern das 7. Festival " + PIFT + " mit \"Hell on Earth\" seinen "
           "Beginn. Mit diesem Festival setze die bpb Impulse für eine lebendige politische Auseinandersetzung, sagte Thomas "
           "Krüger, der Präsident der Bundeszentrale für politische Bildung/bpb in seiner Eröffnungsrede.")
ECHT_P2 = ("\"Später möchte ich auch gerne mal verreisen. Nach Argentinien, nach Brasilien oder in den Libanon. Da war ich noch "
           "nie.\", sagt der Junge, dessen Eltern vor Jahren aus dem Libanon nach Deutschland kamen. Im voll besetzten "
           "Schauspiel Köln feierte gestern das 7. Festival " + PIFT + " mit \"Hell on Earth\" seinen Beginn. Constanza Macras "
           "und ihr Ensemble DorkyPark holten für das Tanztheaterstück Jugendliche aus dem \"Problembezirk\" Neukölln auf die "
           "Bühne. Die Kids erzählten mit viel Witz von ihren Problemen mit dem Erwachsenwerden und schleuderten dem "
           "begeisterten Publikum mit geballter Wucht entgegen, was in ihnen steckt. Die musikalisch-tänzerische "
           "Achterbahnfahrt bildete einen würdigen Auftakt für die kommenden zehn Festivaltage.")

add(id="ho479-bpb-2008-11-pift-koeln-festival-auftakt-hell-on-earth",
    title=ECHT_T,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/50317/echt-furioser-festival-auftakt-mit-hell-on-earth",
    retrieved="same address (press release 50317 of the bpb, November 2008, the day after the opening of the 7th festival "
              "'Politik im Freien Theater' in Köln; the furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB "
              "erstellen', the browser title 'ECHT! – furioser Festival-Auftakt mit \"Hell on Earth\" | Presse | bpb.de', "
              "the navigation line 'Presse Pressemitteilungen Pressetexte 2025 … Pressekontakt' and the reading time '/ 3 "
              "Minuten zu lesen' dropped (rules 19, 93); the headline and subtitle, run together in one line as stored, are "
              "the title (rule 18); the teaser kept as the first paragraph; the published full stop before the closing mark "
              "and the comma of the cue ('noch nie.\", sagt') kept (rule 20); the paragraph '\"Dieses Festival ist keineswegs "
              "ein normales Festival\", sagte Thomas Krüger, … Angesichts allgegenwärtiger Krisen und Umbrüche stellte der "
              "Leite', cut off in the stored copy, dropped with its two quotations (rule 15))",
    license=BPB,
    paras=[ECHT_P1, ECHT_P2],
    # the production and the festival are names, also as the subject's instrument of `feierte … mit "…" seinen Beginn`
    # (rules 2, 24, 2550), each three times by occurrence index; the boy's stage line is his (rule 2550); the district
    # label in marks is the release's distancing quote (rule 24); Krüger's words in the teaser are indirect speech without
    # marks (rule 5), and his marked statement is in the dropped paragraph
    quotes=[("\"Hell on Earth\"", None, 0),
            (PIFT, None, 0),
            (PIFT, None, 1),
            ("\"Hell on Earth\"", None, 1),
            (ECHT_P2[:ECHT_P2.index("nie.\",") + len("nie.\"")], JUNGE),
            (PIFT, None, 2),
            ("\"Hell on Earth\"", None, 2),
            ("\"Problembezirk\"", None)],
    aliases={JUNGE: ["Junge", "der Junge"]})

# --- bpb press release 280104, 12 November 2018: closing review of the 10th festival 'Politik im Freien Theater' ---

REICH_L = ("Am gestrigen 11. November ging die 10. Ausgabe von Politik im Freien Theater in München zu Ende. Die "
           "Jubiläumsausgabe des von der Bundeszentrale für politische Bildung/bpb initiierten Festivals wurde in Kooperation "
           "mit den Münchner Kammerspielen und dem Spielmotor München e.V. / Spielart Festival ausgetragen. Es stand unter dem "
           "Motto „reich“.")
REICH_P2 = ("Die Macher ziehen nach elf Festivaltagen eine positive Bilanz: \"Politische Bildung und Freies Theater sind einmal "
            "mehr eine produktive Allianz eingegangen und qualifizieren innovative Theaterformen als Kommunikationsräume "
            "öffentlicher Angelegenheiten“, so Thomas Krüger, Präsident der Bundeszentrale für politische Bildung.")

add(id="ho479-bpb-2018-11-pift-muenchen-positive-bilanz",
    title="Positive Bilanz zu „Politik im Freien Theater“",
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/280104/positive-bilanz-zu-politik-im-freien-theater",
    retrieved="same address (press release 280104 of the bpb of 12 November 2018 ('Am gestrigen 11. November'); the "
              "furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen', the browser title 'Positive "
              "Bilanz zu „Politik im Freien Theater“ | Presse | bpb.de', the navigation line 'Presse Pressemitteilungen "
              "Pressetexte 2025 … Pressekontakt' and the reading time '/ 2 Minuten zu lesen' dropped (rules 19, 93); the "
              "headline is the title (rule 18); the teaser and the first body paragraph, identical word for word on the "
              "page, both kept (rule 262); the quotation's published mixed marks (ASCII opening, low-high closing '“') kept "
              "(rules 20, 21); the paragraph 'Thomas Krüger: „Es ist gelungen, ein aktuell brennendes politisches Thema auf "
              "der Bühne und in zahlreichen Veran', cut off in the stored copy inside its quotation, dropped (rule 15))",
    license=BPB,
    paras=[REICH_L, REICH_L, REICH_P2,
           "Die knapp 140 Veranstaltungen im Haupt- und Rahmenprogramm erfreuten sich eines regen Publikumszuspruches. Die 14 "
           "Gastspiele aus der Freien Theaterszene waren fast ausnahmslos ausverkauft (knapp 7200 Besucher, Auslastung von "
           "knapp 80%) und boten dem Publikum die Gelegenheit zur Auseinandersetzung mit dem Begriff des Politischen auf eine "
           "teilweise verstörende und gleichzeitig äußerst produktive Art und Weise."],
    # the festival's name in the headline and its motto in the repeated teaser are names (rules 2, 24), the motto twice
    # by occurrence index; the colon after `Die Macher ziehen … eine positive Bilanz:` and the trailing `so Thomas Krüger`
    # give the quotation to Krüger, not to the group (rule 2551)
    quotes=[("„Politik im Freien Theater“", None),
            ("„reich“", None, 0),
            ("„reich“", None, 1),
            (cut(REICH_P2, "\"Politische", "Angelegenheiten“"), KRUEGER)],
    aliases={KRUEGER: ["Thomas Krüger"]})

# --- bpb press release 50685, 2005: the 6th festival 'Politik im Freien Theater' comes to Berlin ---

SEHN_T = "6. Festival " + PIFT + " Sehnsucht nach Relevanz"
SEHN_L = ("Berlin ist zum ersten Mal Austragungsort des Festivals, das alle 3 Jahre in wechselnden deutschen Städten "
          "stattfindet. Spielorte der 14 ausgewählten Theaterproduktionen sind das Hebbel am Ufer, die Sophiensaele und das "
          "Theater unterm Dach. Mit fünf Interventionen wird zudem der öffentliche Raum Berlins bespielt.")
SEHN_P1 = ("Berlin ist zum ersten Mal Austragungsort des Festivals, das alle 3 Jahre in wechselnden deutschen Städten "
           "stattfindet. Der Präsident der Bundeszentrale für politische Bildung, Thomas Krüger: \"Als Hauptstadt zieht Berlin "
           "die künstlerische Auseinandersetzung mit gesellschaftspolitischen Fragen geradezu an und es freut mich daher "
           "besonders, dass dieses innovative Festival jetzt die politische Metropole erobert.\" Spielorte der 14 ausgewählten "
           "Theaterproduktionen sind das Hebbel am Ufer, die Sophiensaele und das Theater unterm Dach. Mit fünf Interventionen "
           "wird zudem der öffentliche Raum Berlins bespielt. Der Theaterdiscounter in Berlins Mitte wird Festivalzentrum und "
           "ist Austragungsort des spezifischen Rahmenprogramms mit Publikums- und Podiumsgesprächen, Vorträgen, Konzerten und "
           "Clubabenden.")
SEHN_P2 = ("Das Festival " + PIFT + " gilt als eines der wichtigsten Foren des professionellen Freien Theaters in "
           "Deutschland. Es legt nicht fest, was Politik im Freien Theater heute ist, sondern präsentiert außergewöhnliche "
           "Produktionen, die ästhetisch, formal und inhaltlich eine Position zu gesellschaftlich relevanten Themen beziehen und "
           "den öffentlichen Diskurs hervorrufen.")

add(id="ho479-bpb-2005-pift-berlin-sehnsucht-nach-relevanz",
    title=SEHN_T,
    url="https://www.bpb.de/die-bpb/presse/pressemitteilungen/50685/6-festival-politik-im-freien-theater/",
    retrieved="same address (press release 50685 of the bpb announcing the 6th festival 'Politik im Freien Theater' in "
              "Berlin (10-20 November 2005); the furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB "
              "erstellen', the browser title '6. Festival \"Politik im Freien Theater\" | Presse | bpb.de', the navigation "
              "line 'Presse Pressemitteilungen Pressetexte 2024 … Pressekontakt' and the reading time '/ 3 Minuten zu lesen' "
              "dropped (rules 19, 93); the headline and subtitle, run together in one line as stored, are the title (rule "
              "18); the teaser kept as the first paragraph; the line '\"Sehnsucht\" ist das Motiv des 6. Festivals \"Politik "
              "im Freien Theater\"', with which the stored copy breaks off, dropped as cut off (rule 15))",
    license=BPB,
    paras=[SEHN_L, SEHN_P1, SEHN_P2],
    # the festival's name in marks is null twice, by occurrence index (rule 2); the unmarked repetition of the name is no
    # span (rule 5); `Der Präsident der Bundeszentrale für politische Bildung, Thomas Krüger: "…"` is a verbless colon
    # label (rules 9, 2202), and the role phrase naming the bpb is no alias (rules 33, 2552)
    quotes=[(PIFT, None, 0),
            (cut(SEHN_P1, "\"Als Hauptstadt", "erobert.\""), KRUEGER),
            (PIFT, None, 1)],
    aliases={KRUEGER: ["Thomas Krüger"]})

# --- bpb press release 50667, November 2005: prizes of the 6th festival 'Politik im Freien Theater' ---

MNE_T = ("Erfüllte Sehnsucht - 6. Festival Politik im Freien Theater prämiert \"Mnemopark\" und \"Dead Cat Bounce\"")
MNE_L = ("Mit einer Preisverleihung endete am Sonntagabend das 6. Festival Politik im Freien Theater. Thomas Krüger, "
         "Präsident der Bundeszentrale für politische Bildung, wertete das Festival als großen Erfolg: \"Unser Konzept, "
         "politische Bildung über künstlerische Formen zu kommunizieren, ist aufgegangen.\"")
MNE_P1 = ("Das 6. Festival Politik im Freien Theater, das vom 10. bis 20. November in Berlin stattfand, endete am Sonntag "
          "Abend mit der Vergabe von drei Preisen. Die Bundeszentrale für politische Bildung/bpb vergab in diesem Jahr zum "
          "ersten Mal einen Preis in Form einer Gastspieltournee in Kooperation mit Theaterhäusern in Deutschland, Österreich "
          "und der Schweiz. Die Juroren Gesine Danckwart, Thomas Irmer und Dirk Pilz wählten aus den 14 "
          "Theaterinszenierungen und fünf Interventionen die Produktion \"Mnemopark\" von Stefan Kaegi (Rimini Protokoll) und "
          "dem Theater Basel als Preisträger aus. Die Jury hob vor allem die Weiterentwicklung dokumentarischer Formen und die "
          "präzise Arbeit mit Laien und filmischen Mitteln hervor.")

add(id="ho479-bpb-2005-11-pift-berlin-preise-mnemopark",
    title=MNE_T,
    url="http://www.bpb.de/presse/50667/erfuellte-sehnsucht-6-festival-politik-im-freien-theater-praemiert-mnemopark-und-"
        "dead-cat-bounce?tab=1",
    retrieved="same address, as stored with its parameter '?tab=1' (press release 50667 of the bpb on the prizes of the 6th "
              "festival 'Politik im Freien Theater', Berlin, November 2005; the furniture line 'Meine Merkliste Geteilte "
              "Merkliste PDF oder EPUB erstellen', the browser title '… | Presse | bpb.de', the navigation line 'Presse "
              "Pressemitteilungen Pressetexte 2024 … Pressekontakt' and the reading time '/ 2 Minuten zu lesen' dropped "
              "(rules 19, 93); the headline is the title (rule 18); the teaser kept as the first paragraph; 'am Sonntag "
              "Abend' kept as published (rule 20); the paragraph 'Der Preis des Goethe-Instituts in Höhe von 10.000 EUR … "
              "ist eine Reflexion über die Ressource Zeit', cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=[MNE_L, MNE_P1],
    # the two productions in the headline and the prize-winning one in the body are names (rules 2, 24), "Mnemopark"
    # twice by occurrence index; the colon quotation after `Thomas Krüger, … wertete das Festival als großen Erfolg:` is
    # his (rule 9); the three jurors are named in a sentence whose verdict has no marks (rule 5)
    quotes=[("\"Mnemopark\"", None, 0),
            ("\"Dead Cat Bounce\"", None),
            (cut(MNE_L, "\"Unser Konzept", "aufgegangen.\""), KRUEGER),
            ("\"Mnemopark\"", None, 1)],
    aliases={KRUEGER: ["Thomas Krüger"]})

# --- bpb press release 515510, November 2022: invitation to the 70th-birthday party of the bpb in Bonn ---

B70_SUB = ("Festakt zum 70. Geburtstag der Bundeszentrale für politische Bildung am 25. November 2022 in alten Deutschen "
           "Bundestag in Bonn // Bürgerfest u.a. mit einer Wahl-O-Mat Quiz-Show mit Florian Schroeder, Konzert von DOTA und "
           "prominenten Gästen bei der Reihe „Moment mal! Wie ich ein politischer Mensch wurde“")
B70_P2 = ("„Ohne euch gäbe es uns gar nicht – unter diesem Motto feiern wir das 70. Jubiläum der Bundeszentrale für politische "
          "Bildung in Bonn“, so Thomas Krüger, Präsident der bpb. „Denn 70 Jahre Bildungsarbeit stehen auf vielen Schultern "
          "und diesen möchten wir nun etwas zurückgeben. Gemeinsam mit Partnerinnen und Partnern der politische "
          "Bildungsarbeit, die unsere Arbeit prägen, und mit allen Bürgerinnen und Bürgern wollen wir auf die vergangenen 70 "
          "Jahre anstoßen. Wir sagen Danke für 70 Jahre Zuhören, Nachfragen und Einmischen!“")

add(id="ho479-bpb-2022-11-70-jahre-geburtstagsfeier-bonn",
    title="70 Jahre bpb – die große Geburtstagsfeier in Bonn",
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/515510/70-jahre-bpb-die-grosse-geburtstagsfeier-in-bonn",
    retrieved="same address (press release 515510 of the bpb, November 2022, before its party of 25 November 2022; the "
              "furniture line 'Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen', the browser title '70 Jahre bpb "
              "– die große Geburtstagsfeier in Bonn | Presse | bpb.de', the navigation line 'Presse Pressemitteilungen "
              "Pressetexte 2025 … Pressekontakt' and the reading time '/ 3 Minuten zu lesen' dropped (rules 19, 93); the "
              "headline is the title (rule 18); the subtitle kept as a line of its own; 'in alten Deutschen Bundestag', "
              "'lädt die in Bonn Bundesbehörde' and 'der politische Bildungsarbeit' kept as published (rule 20); the "
              "paragraph 'Bis in die späten Abendstunden gibt es am 25. November 2022 … Um 14 Uhr fin', with the marked "
              "names „Markt der Möglichkeiten“ and „Landshut“, cut off in the stored copy and dropped (rule 15))",
    license=BPB,
    paras=[B70_SUB,
           "Die Bundeszentrale für politische Bildung/bpb feiert ihr 70-jähriges Bestehen. Zu diesem Anlass lädt die in Bonn "
           "Bundesbehörde alle Interessierten am 25. November 2022 ab 13:30 Uhr in den ehemaligen Deutschen Bundestag in "
           "Bonn zu einem großen Bürgerinnen- und Bürgerfest ein.",
           B70_P2],
    # the title of the lecture series in the subtitle is a name (rules 24, 2453, 2553); Krüger's first quotation, which
    # names its own motto without marks, is his, and the cue-less second quotation after `so Thomas Krüger, Präsident der
    # bpb.` continues it (NOTES.md continuation); the role phrase naming the bpb is no alias (rules 33, 2552)
    quotes=[("„Moment mal! Wie ich ein politischer Mensch wurde“", None),
            (cut(B70_P2, "„Ohne euch", "Bonn“"), KRUEGER),
            (cut(B70_P2, "„Denn 70", "Einmischen!“"), KRUEGER)],
    aliases={KRUEGER: ["Thomas Krüger"]})

# --- bpb event page 515530, November 2022: the winners of the Jugenddemokratiepreis 2022 ---

JDP_P1 = ("\"Beide Projekte sind echte Booster für unsere Demokratie\", so die Jugendjury. Die Jury war auch in diesem Jahr "
          "beeindruckt von den vielen kreativen und engagierten Projekten, die junge Menschen in ganz Deutschland auf die "
          "Beine stellen, um das Miteinander in unserer Demokratie zu stärken - sei es in der Schule, am Ausbildungsplatz, im "
          "Studium, in Jugendgruppen, Vereinen oder ganz woanders. Überall zeigen junge Zukunftsmacher/-innen, wie Demokratie "
          "auch morgen noch funktionieren und Partizipation gelingen kann. Der Jugendjury macht genau das Mut und Lust auf "
          "Zukunft.")

add(id="ho479-bpb-2022-jugenddemokratiepreis-preistraeger-booster",
    title=None,
    url="https://bpb.de/veranstaltungen/reihen/jugenddemokratiepreis/515530/preistraeger-2022-echte-booster-fuer-die-"
        "demokratie",
    retrieved="same address (page 515530 of the bpb's event series 'Jugenddemokratiepreis' on the winners of 2022; the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the heading 'Die Preisträger/-innen 2022' kept as a line of its own; the link annotation 'Externer "
              "Link:' kept as stored, as in the 422nd set; 'mithilfe einer digitale Abstimmungsplattform' kept as published "
              "(rule 20); the paragraph 'Schnell und konkret einen Raum für Begegnung schaffen - das zeichnet das junge "
              "Engagement von Just Versmold aus. … Regelmäßig werden Treffen or', cut off in the stored copy, dropped (rule "
              "15))",
    license=BPB,
    paras=[JDP_P1,
           "Die Preisträger/-innen 2022",
           "Externer Link: Youth Lead the Change Germany ist eine Initiative, welche sich zum Ziel gesetzt hat, jungen Menschen "
           "mit kommunalen Jugendhaushalten die Mitgestaltung ihrer Stadt zu ermöglichen und sie dadurch Demokratie hautnah "
           "erleben zu lassen. Der Ideenreichtum von Jugendlichen soll so sichtbar gemacht und idealerweise auch in konkreten "
           "Projekten realisiert werden - kreativ, innovativ, am Puls der Zeit und zum Wohle der Gemeinschaft. Entschieden "
           "wird dabei gemeinsam mithilfe einer digitale Abstimmungsplattform. Erst kürzlich konnte Youth Lead the Change "
           "zudem verkünden, dass sie mit der Schirmherrin Elke Büdenbender eine prominente Unterstützerin für ihr Vorhaben "
           "gewinnen konnten. Die Jugendjury ist sicher, dass in Zukunft noch viel von der Initiative zu hören sein wird."],
    # `"…", so die Jugendjury.` gives the verdict to the jury as a body (rules 11, 392, 2553); the patron named in the
    # project paragraph says nothing
    quotes=[(JDP_P1[:JDP_P1.index("Demokratie\",") + len("Demokratie\"")], JUGENDJURY)],
    aliases={JUGENDJURY: ["Jugendjury", "Jury"]})
