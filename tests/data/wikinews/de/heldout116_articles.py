# Hundred-and-sixteenth held-out German real-news set (tests/data/heldout116-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 965-967). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data, and by names and distinctive phrases against the texts of
# all sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-sixteenth held-out set": news items of the Austrian Federal Chancellery on
# bundeskanzleramt.gv.at ("Nachrichten der Bundesregierung" and "Europa aktuell"): the Europe minister Karoline Edtstadler at
# the General Affairs Council (October 2021, September 2022, May 2023, November 2024), Chancellor Hartwig Löger at the
# informal dinner of the European Council (May 2019) and Chancellor Karl Nehammer at the European Council (February 2023,
# October 2024). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


EDTSTADLER = "Karoline Edtstadler"

# --- bundeskanzleramt.gv.at: the Europe minister at the General Affairs Council ---

LUX21_P3 = ("\"Ein wichtiges Thema, das heute im Mittelpunkt dieser Ratstagung steht, ist die Rechtsstaatlichkeit: Etwas, das "
            "aus österreichischer und europäischer Sicht nicht verhandelbar ist. Die Rechtsstaatlichkeit ist eine unserer "
            "core values, eines der Grundfeste der europäischen Zusammenarbeit, hier darf es keine Kompromisse und keine "
            "Abstriche geben\", sagte Karoline Edtstadler beim Doorstep vor den Verhandlungen.")
LUX21_P5 = ("In Polen sei hier \"eine neue Dimension\" erreicht worden, wenn ein polnisches Höchstgericht viele Jahre nach dem "
            "Eintritt in die Europäische Union polnisches Recht vor europäisches stelle, obwohl sich das Land beim Beitritt "
            "klar dazu bekannt habe, europäisches Recht nicht nur anzuwenden, sondern auch den Anwendungsvorrang anzuerkennen.")
LUX21_P6 = ("\"Hier gilt es klar zu sein, zu diskutieren und im Gespräch zu bleiben, aber auch alle Mittel, die uns zu Gebote "
            "stehen, auszuschöpfen, um Polen auf den Weg der Rechtsstaatlichkeit zurückzuführen\", so Edtstadler, die auf "
            "eine breite Palette verwies, die zur Verfügung stünde: vom Artikel-7-Verfahren, über das Mittel der "
            "Konditionalität bis zum Rechtsstaatlichkeitsmechanismus.")

add(id="ho116-bka-2021-10-edtstadler-luxemburg-rechtsstaatlichkeit",
    title="Europaministerin Edtstadler: Rechtsstaatlichkeit aus österreichischer Sicht nicht verhandelbar",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2021/10/"
        "edtstadler-rechtsstaatlichkeit-aus-oesterreichischer-sicht-nicht-verhandelbar.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, October 2021; "
              "the subtitle 'Rat Allgemeine Angelegenheiten in Luxemburg zu Covid-Koordinierung, …' and the subheading "
              "'\"Neue Dimension\" in Polen erreicht' kept as lines of their own (rule 18); the last paragraph "
              "'\"Finanzielle Zuwendungen zurückzuhalten ist ein sehr effizientes Mittel, … Denn damit wird alles ', cut off "
              "in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BKA,
    paras=["Rat Allgemeine Angelegenheiten in Luxemburg zu Covid-Koordinierung, Migration und Kampf gegen Antisemitismus",
           "Europaministerin Karoline Edtstadler nahm heute am Rat Allgemeine Angelegenheiten in Luxemburg teil. Zur "
           "Vorbereitung des Europäischen Rates am 21. und 22. Oktober in Brüssel stand von der weiteren Covid-Koordinierung "
           "über die Migration bis hin zum Kampf gegen Antisemitismus eine breite Themenpalette im Fokus der Termine.",
           LUX21_P3,
           "\"Neue Dimension\" in Polen erreicht",
           LUX21_P5,
           LUX21_P6],
    quotes=[(cut(LUX21_P3, "\"Ein wichtiges", "Abstriche geben\""), EDTSTADLER),
            ("\"Neue Dimension\"", EDTSTADLER),
            ("\"eine neue Dimension\"", EDTSTADLER),
            (cut(LUX21_P6, "\"Hier gilt", "zurückzuführen\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                          "Edtstadler", "Europaministerin"]})

BXL22_P2 = ("\"Wir haben im Wesentlichen 3 große Themen auf der Agenda: Das ist zum Ersten die Vorbereitung des Europäischen "
            "Rates im Oktober. Das ist zum Zweiten der 3. Rechtstaatlichkeitsbericht und das ist drittens auch die weitere "
            "Vorgehensweise bei der Konferenz zur Zukunft Europas\", sagte Europaministerin Karoline Edtstadler bei den "
            "Doorsteps vor dem Rat \"Allgemeine Angelegenheiten\" am 20. September 2022 in Brüssel.")
BXL22_P4 = ("Im Rahmen des jährlichen Dialogs über Rechtstaatlichkeit führten die Ministerinnen und Minister beziehungsweise "
            "Staatssekretärinnen und Staatssekretäre eine horizontale Aussprache über die wichtigsten Entwicklungen im "
            "Bereich der Rechtstaatlichkeit der EU. Der im Juli 2022 veröffentlichte Rechtstaatlichkeitsbericht enthält zum "
            "ersten Mal auch spezifische Empfehlungen an die Mitgliedstaaten. \"Für Österreich hat die Kommission ein sehr "
            "gutes Zeugnis ausgestellt. Wir haben hier 6 Empfehlungen bekommen, von denen die meisten bereits in Umsetzung "
            "sind.\"")

add(id="ho116-bka-2022-09-edtstadler-keine-abstriche",
    title="Europaministerin Edtstadler: Keine Abstriche bei der Rechtstaatlichkeit",
    url="https://bundeskanzleramt.gv.at/themen/europa-aktuell/2022/edtstadler-keine-abstriche-bei-der-rechtstaatlichkeit.html",
    retrieved="same address (stored news item 'Europa aktuell' of the Federal Chancellery, September 2022; the subtitle 'Rat "
              "\"Allgemeine Angelegenheiten\" in Brüssel – …' kept as a line of its own (rule 18); the published spelling "
              "'Rechtstaatlichkeit' kept (rule 20); the last paragraph 'Hinsichtlich der EU-Zukunftskonferenz habe man viele "
              "Versprechen gemacht. … hielt die Europaministerin fest, dass rund 95 Prozent der Vorschläge o', cut off in the "
              "stored copy, dropped with its two quotations (rule 15))",
    license=BKA,
    paras=["Rat \"Allgemeine Angelegenheiten\" in Brüssel – Krieg in der Ukraine und wirtschaftliche Auswirkungen sowie "
           "Rechtstaatlichkeit im Fokus",
           BXL22_P2,
           "Bei den Vorbereitungen zur Tagung des Europäischen Rates am 20. und 21. Oktober 2022 stünden die Ukraine, die "
           "wirtschaftlichen Auswirkungen des Krieges, insbesondere auch das Thema Energieversorgung, und die außenpolitischen "
           "Beziehungen der Europäischen Union im Zentrum, führte Karoline Edtstadler näher aus.",
           BXL22_P4],
    quotes=[("\"Allgemeine Angelegenheiten\"", None, 0),
            (cut(BXL22_P2, "\"Wir haben", "Zukunft Europas\""), EDTSTADLER),
            ("\"Allgemeine Angelegenheiten\"", None, 1),
            (cut(BXL22_P4, "\"Für Österreich", "Umsetzung sind.\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                          "Edtstadler", "Europaministerin"]})

BXL23_P2 = ("\"Heute geht es um die Vorbereitung des Europäischen Rates im Juni und um die Rechtsstaatlichkeit als zentrales "
            "Thema, bei der es keine Kompromisse geben darf. Rechtsstaatlichkeit ist ein Grundpfeiler unserer europäischen "
            "Werteunion. Ich nehme die Anhörung von Polen und Ungarn zu Artikel 7 sehr ernst im Sinne dessen, dass wir objektiv "
            "mit den Themen umgehen und uns anhören werden, wo es schon Fortschritte gegeben hat\", betonte Europaministerin "
            "Karoline Edtstadler beim Rat Allgemeine Angelegenheiten in Brüssel. Grundsätzlich sei die Rechtsstaatlichkeit als "
            "eines der höchsten Güter ein gemeinsames Konglomerat, auf dem die Zusammenarbeit aufbaue.")
BXL23_P4 = ("\"Bei der Vorbereitung auf den Europäischen Rat ist es uns wichtig, das Thema Migration ganz hoch auf der Agenda "
            "zu halten. Wir erwarten uns nach dem Europäischen Rat im Februar und im März konkrete Schritte der Umsetzung\", "
            "hielt Edtstadler fest und unterstrich insbesondere ein robustes Außengrenzschutzmanagement als notwendige "
            "Maßnahme. Auch betroffene Staaten sollen zu Wort kommen, um zu sehen, ob es Mittel gibt, die ankommen und wo man "
            "weiter unterstützen könne. \"Das müssen die Staats- und Regierungschefs beim Europäischen Rat besprechen und das "
            "werde ich heute auch deutlich machen.\"")

add(id="ho116-bka-2023-05-edtstadler-rechtsstaatlichkeit-artikel-7",
    title="Europaministerin Edtstadler: Zusammenarbeit baut auf Rechtsstaatlichkeit auf",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/05/"
        "europaministerin-edtstadler-zusammenarbeit-baut-auf-rechtsstaatlichkeit-auf.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, May 2023, "
              "complete as stored; the subtitle 'Rat Allgemeine Angelegenheiten – Anhörungen von Polen und Ungarn …' and the "
              "subheading 'Migration soll zentrales Thema auf der Agenda bleiben' kept as lines of their own (rule 18); the "
              "closing line 'Bilder aus Brüssel sind über das Fotoservice des Bundeskanzleramts kostenfrei abrufbar.' dropped "
              "as furniture (rule 93))",
    license=BKA,
    paras=["Rat Allgemeine Angelegenheiten – Anhörungen von Polen und Ungarn nach Artikel 7 sowie Vorbereitung auf "
           "Europäischen Rat",
           BXL23_P2,
           "Migration soll zentrales Thema auf der Agenda bleiben",
           BXL23_P4,
           "Angesprochen auf das Verhältnis zwischen dem Kosovo und Serbien meinte die Europaministerin, dass Gewalt noch nie "
           "Probleme gelöst habe und Dialog die einzige Lösung sei. Daher sei man als Vermittler dahinter, weil nur auf diese "
           "Weise Probleme gelöst werden könnten. Man dürfe hier nicht einfach aufgeben. Gerade die Eskalation müsse anspornen, "
           "auf beide Parteien einzuwirken."],
    quotes=[(cut(BXL23_P2, "\"Heute geht", "gegeben hat\""), EDTSTADLER),
            (cut(BXL23_P4, "\"Bei der Vorbereitung", "der Umsetzung\""), EDTSTADLER),
            (cut(BXL23_P4, "\"Das müssen", "deutlich machen.\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                          "Edtstadler", "Europaministerin"]})

BXL24_P2 = ("\"Wir haben heute beim Rat Allgemeine Angelegenheiten wieder wichtige Themen auf der Agenda. Es wird um die "
            "Rechtsstaatlichkeit gehen, insbesondere auch um das Länderkapitel zu Österreich im "
            "EU-Rechtsstaatlichkeitsbericht. Es ist wesentlich, auch mit den anderen Ländern einen Austausch darüber zu pflegen, "
            "was Good- und Best Practice-Modelle sind und wie wir Demokratie, Menschenrechte und Rechtstaatlichkeit auch für "
            "die Zukunft weiter ausbauen können\", sagte Europaministerin Karoline Edtstadler bei ihrem Doorstep vor dem Rat "
            "Allgemeine Angelegenheiten in Brüssel.")
BXL24_P3 = ("Österreich habe im Bereich der Rechtsstaatlichkeit einige Empfehlungen der Europäischen Kommission bereits "
            "umgesetzt, etwa wenn es darum gehe, die Parteienfinanzierung neu aufzustellen und diese transparenter zu machen. "
            "Zudem werde die Informationsfreiheit im September nächsten Jahres in Kraft treten und damit das 100 Jahre alte "
            "Amtsgeheimnis abgeschafft. \"Dadurch bekommt die Bevölkerung Zugang zu Information.\"")
BXL24_P4 = ("Ein weiteres Thema bei einem informellen Frühstück vor der Ratstagung sei etwa der wachsende Antisemitismus in "
            "Europa gewesen. \"Österreich ist Vorreiter beim Kampf gegen Antisemitismus in Europa\", so die Ministerin. "
            "Österreich habe schon im Jahr 2021 eine Nationale Strategie gegen Antisemitismus vorgelegt und werde auch immer "
            "wieder gefragt, wie diese funktioniere.")
BXL24_P5 = ("Edtstadler verwies auch auf ein trauriges Jubiläum: \"Es ist heute der 1.000 Tag nach Beginn des russischen "
            "Angriffskrieges auf die Ukraine. Wir dürfen uns nicht an Krieg auf europäischem Boden gewöhnen.\" Man müsse weiter "
            "solidarisch sein. Österreich etwa habe als neutrales Land bereits 255 Millionen Euro an finanzieller und "
            "humanitärer Hilfe zur Verfügung gestellt. Derzeit müssten die Vorbereitungen für den Winter im Vordergrund stehen, "
            "so Karoline Edtstadler.")

add(id="ho116-bka-2024-11-edtstadler-rat-bruessel",
    title="Europaministerin Edtstadler beim Rat Allgemeine Angelegenheiten in Brüssel",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2024/11/"
        "europaministerin-edtstadler-beim-rat-allgemeine-angelegenheiten-in-bruessel.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, November 2024; "
              "the subtitle 'Rechtsstaatlichkeit, Antisemitismus und Ukraine auf der Agenda' kept as a line of its own (rule "
              "18); the published '1.000 Tag' and 'Rechtstaatlichkeit' kept (rule 20); the last paragraph 'Schließlich werde "
              "d', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Rechtsstaatlichkeit, Antisemitismus und Ukraine auf der Agenda",
           BXL24_P2,
           BXL24_P3,
           BXL24_P4,
           BXL24_P5],
    quotes=[(cut(BXL24_P2, "\"Wir haben", "ausbauen können\""), EDTSTADLER),
            ("\"Dadurch bekommt die Bevölkerung Zugang zu Information.\"", EDTSTADLER),
            ("\"Österreich ist Vorreiter beim Kampf gegen Antisemitismus in Europa\"", EDTSTADLER),
            (cut(BXL24_P5, "\"Es ist heute", "Boden gewöhnen.\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler", "Europaministerin",
                          "Ministerin"]})

# --- bundeskanzleramt.gv.at: the Chancellor at the European Council ---

LOEGER = "Hartwig Löger"
LOE_P2 = ("Bei einem informellen Abendessen der EU–Staats– und Regierungschefs in Brüssel sprach sich Bundeskanzler Hartwig "
          "Löger nach den EU–Wahlen für Manfred Weber als nächsten Kommissionspräsidenten aus: \"Wir sind auf einer Linie mit "
          "Deutschland und anderen Ländern. Es geht darum, bis zum Juni–Gipfel sicherzustellen, dass basierend auf unseren "
          "Prinzipien konkrete Vorschlägen folgen.\" Es sei eine breite Basis auf europäischer Ebene anzustreben.")

add(id="ho116-bka-2019-05-loeger-europaeischer-rat",
    title="Hartwig Löger vertrat Österreich beim Treffen des Europäischen Rates",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2019/"
        "hartwig-loeger-vertrat-oesterreich-beim-treffen-des-europaeischen-rates.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, May 2019; the "
              "subtitle '\"Österreich wie bisher als Partner wahrgenommen\"' kept as a line of its own (rule 18); the "
              "published en dashes in 'EU–Staats– und Regierungschefs', 'EU–Wahlen', 'Juni–Gipfel' and the published "
              "'konkrete Vorschlägen' kept (rule 20); the closing line 'Bilder aus Brüssel sind über das Fotoservice des "
              "Bundeskanzleramtes kostenfrei abrufbar.' dropped as furniture (rule 93))",
    license=BKA,
    paras=["\"Österreich wie bisher als Partner wahrgenommen\"",
           LOE_P2,
           "Er unterstrich, dass Österreich auch weiterhin als verlässlicher Partner auf EU Ebene wahrgenommen werde. Über das "
           "Ergebnis des informellen Abendessens, bei dem es vorwiegend um den Prozess der Entscheidungsfindung gegangen sei, "
           "werde er auch Bundespräsident Alexander Van der Bellen informieren."],
    quotes=[("\"Österreich wie bisher als Partner wahrgenommen\"", LOEGER),
            (cut(LOE_P2, "\"Wir sind", "Vorschlägen folgen.\""), LOEGER)],
    aliases={LOEGER: ["Hartwig Löger", "Bundeskanzler Hartwig Löger"]})

NEHAMMER = "Karl Nehammer"

ASY_P2 = ("\"Das heutige Gipfeltreffen ist für Österreich sehr wichtig, denn das Migrationsthema steht ganz oben auf der "
          "Agenda\", betonte Bundeskanzler Karl Nehammer im Vorfeld des außerordentlichen Treffens des Europäischen Rates in "
          "Brüssel. Die Tagung findet unter Teilnahme des ukrainischen Präsidenten Wolodymyr Selenskyj statt und hat Migration "
          "als Schwerpunktthema auf der Agenda. Österreich habe sich gemeinsam mit den Niederlanden dafür eingesetzt, dass der "
          "Gipfel überhaupt stattfinde, so der Kanzler.")
ASY_P4 = ("\"Wir stehen vor großen Herausforderungen: Wir haben das Phänomen der irregulären Migration im vollen Umfang wieder "
          "zurück und es braucht Maßnahmen dagegen, die auch tatsächlich wirken\", stellte der Bundeskanzler die Position "
          "Österreichs klar. Das Ziel des Gipfels müsse es sein, mit konkreten Beschlüssen tatsächlich zu helfen. Bulgarien zum "
          "Beispiel brauche konkrete Hilfe bei der Grenzsicherung. \"Wir müssen in der ganzen Europäischen Union die "
          "Asylbremse ziehen, es ist jetzt an der Zeit, konkrete Maßnahmen zu setzen.\"")
ASY_P6 = ("Der Bundeskanzler betonte in seiner Stellungnahme auch die Solidarität Österreichs mit den Opfern des Erdbebens in "
          "der Türkei und Syrien: \"Die Menschen sind dort in großer Not, meine Anteilnahme gilt den Familien und "
          "Angehörigen.\" Österreich werde helfen, man sei mit Soldaten vor Ort, habe Geldmittel zur Verfügung gestellt und "
          "werde auch im Rahmen der Europäischen Union weitere Hilfestellung leisten, so Bundeskanzler Nehammer abschließend.")

add(id="ho116-bka-2023-02-nehammer-asylbremse",
    title="Bundeskanzler Nehammer: Asylbremse in der ganzen Europäischen Union anziehen",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/02/"
        "bundeskanzler-nehammer-asylbremse-in-der-ganzen-europaeischen-union-anziehen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, February 2023, "
              "complete as stored; the subtitle 'EU-Gipfel in Brüssel mit Schwerpunkt zur irregulären Migration' and the "
              "subheadings '\"Maßnahmen, die auch tatsächlich wirken\"' and '\"Den Menschen in der Türkei und Syrien "
              "Anteilnahme ausdrücken\"' kept as lines of their own (rule 18); the closing line 'Bilder aus Brüssel sind über "
              "das Fotoservice des Bundeskanzleramts kostenfrei abrufbar.' dropped as furniture (rule 93))",
    license=BKA,
    paras=["EU-Gipfel in Brüssel mit Schwerpunkt zur irregulären Migration",
           ASY_P2,
           "\"Maßnahmen, die auch tatsächlich wirken\"",
           ASY_P4,
           "\"Den Menschen in der Türkei und Syrien Anteilnahme ausdrücken\"",
           ASY_P6],
    quotes=[(cut(ASY_P2, "\"Das heutige", "der Agenda\""), NEHAMMER),
            ("\"Maßnahmen, die auch tatsächlich wirken\"", NEHAMMER),
            (cut(ASY_P4, "\"Wir stehen", "tatsächlich wirken\""), NEHAMMER),
            (cut(ASY_P4, "\"Wir müssen", "zu setzen.\""), NEHAMMER),
            ("\"Den Menschen in der Türkei und Syrien Anteilnahme ausdrücken\"", NEHAMMER),
            (cut(ASY_P6, "\"Die Menschen", "Angehörigen.\""), NEHAMMER)],
    aliases={NEHAMMER: ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Bundeskanzler Nehammer", "Nehammer", "Bundeskanzler",
                        "Kanzler"]})

PAR_P2 = ("Beim Europäischen Rat in Brüssel nahm Bundeskanzler Karl Nehammer zu den gegenwärtigen Themenschwerpunkten der EU "
          "Stellung. \"Es geht darum, dass man den Menschen in den Mitgliedstaaten zeigt, dass wir handlungsfähig sind und das "
          "Asyl- und Migrationsthema ernst nehmen. Die Ordnungsmacht der Demokratie funktioniert tatsächlich, indem man "
          "Menschen, die sich nicht hier aufhalten dürfen, zurückbringt und indem man die Außengrenzen besser schützt\", sagte "
          "der österreichische Regierungschef in Brüssel. Asylverfahren müsse man schneller, zügiger und transparenter "
          "durchführen können. Zudem solle man neue Möglichkeiten andenken, wie etwa Italien mit dem "
          "Flüchtlingsaufnahmezentrum in Albanien.")
PAR_P4 = ("Nicht nur innerhalb des Rates gebe es Gruppen, die immer dafür eingetreten seien, dass man den Kampf gegen illegale "
          "Migration entschlossen führen müsse. \"Es ist nicht zum ersten Mal der Fall, dass ein EU-Außengrenzland durch "
          "bewusste Heranführung von illegalen Migrantinnen und Migranten unter Druck gesetzt wird. Dabei braucht es vor allem "
          "unsere Solidarität, wie zum Beispiel aktuell mit Polen\", erläuterte Nehammer. Als man vor 2 Jahren darauf "
          "hingewiesen habe, dass die Situation sehr ernst sei und man Lösungen brauche, sei man mehr als skeptisch angesehen "
          "worden. Viele Staaten wüssten mittlerweile, dass hier gehandelt werden müsse. Nehammer zeigte sich dabei über den "
          "\"Paradigmenwechsel\" in der Migrationspolitik erfreut.")

add(id="ho116-bka-2024-10-nehammer-paradigmenwechsel",
    title="Bundeskanzler Nehammer erfreut über \"Paradigmenwechsel\" in der Migrationspolitik",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2024/10/"
        "bundeskanzler-nehammer-erfreut-ueber-paradigmenwechsel-in-der-migrationspolitik.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, October 2024; the "
              "subtitle 'Europäischer Rat in Brüssel – Wettbewerbsfähigkeit und Lage im Nahen Osten …' and the subheading "
              "'Außengrenzen durch illegale Migration unter Druck' kept as lines of their own (rule 18); the trailing space "
              "after '… in der Migrationspolitik erfreut.' dropped; the last paragraph '\"Das Bohren harter Bretter ist "
              "gleichzeitig eben auch die DNA der Europäischen Union. …\", so der Bundeskanzler, der darauf hinwies, dass der "
              "Europäische Rat nicht nur die Migration, sondern auch die Wettbewerbsfähigkeit und die Lage im Nahen Osten ', "
              "cut off in the stored copy, dropped with its quotation (rule 15))",
    license=BKA,
    paras=["Europäischer Rat in Brüssel – Wettbewerbsfähigkeit und Lage im Nahen Osten als weitere Schwerpunktthemen",
           PAR_P2,
           "Außengrenzen durch illegale Migration unter Druck",
           PAR_P4],
    quotes=[("\"Paradigmenwechsel\"", NEHAMMER, 0),
            (cut(PAR_P2, "\"Es geht", "besser schützt\""), NEHAMMER),
            (cut(PAR_P4, "\"Es ist nicht", "mit Polen\""), NEHAMMER),
            ("\"Paradigmenwechsel\"", NEHAMMER, 1)],
    aliases={NEHAMMER: ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Bundeskanzler Nehammer", "Nehammer",
                        "Regierungschef"]})
