# Fifty-fifth held-out German real-news set (tests/data/heldout55-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 360). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-fifth held-out set": one press release of the European Commission's Representation
# in Austria on OTS (CC BY 4.0) and three releases of the Austrian Parliament's Parlamentskorrespondenz on OTS on meetings
# with members and representatives of the Commission and on the EU summit. Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SELMAYR = "Martin Selmayr"

# --- ots.at: release of the Commission's Representation in Austria ---

SEL19_P2 = ("Wien (OTS) - Die EU und Österreich befinden sich derzeit in einer günstigen Konstellation, sagte Martin Selmayr, "
            "Vertreter der Europäischen Kommission in Österreich, heute bei einem Pressegespräch in Wien: „Wir sind in einer "
            "Übergangsphase in Wien, und wir sind in einer Übergangsphase in Brüssel. Das kann sich gegenseitig befruchten.“ "
            "Der kommende Neustart der Kommission birgt laut Selmayr große Chancen: „Die neue Kommission kann viel bewegen. Sie "
            "wird vor allem mit Deutschland und Frankreich noch enger zusammenarbeiten als ihre Vorgänger. Das wird in der EU "
            "nach dem Brexit sehr wichtig sein, um Europa in der Welt stärker zu positionieren. Ich erwarte, dass die Kommission "
            "unter Ursula von der Leyen eine zweite Delors-Kommission werden wird, die durch intensive Zusammenarbeit mit den "
            "Mitgliedstaaten und dem Europäischen Parlament starke Akzente setzt – besonders bei den Zukunftsthemen Klimaschutz "
            "und Digitalisierung.“ Die Kommission unter Präsident Jacques Delors steht in der EU als Synonym für die "
            "Durchsetzung wichtiger Initiativen auf Basis einer engen Kooperation mit Deutschland und Frankreich.")
SEL19_P3 = ("Im Hinblick auf den verspäteten Amtsantritt der Kommission ruft Selmayr zu Gelassenheit auf. „Wenn eine Kommission "
            "ein bis zwei Monate später startet, dann muss uns das nicht verwundern. Demokratie ist komplizierter geworden.“ "
            "Eine Verzögerung sei nicht unüblich, ganz im Gegenteil: „Die erste Kommission in der Geschichte, die fristgerecht "
            "angefangen hat, war die Juncker-Kommission“, hob Selmayr hervor.")

add(id="ho55-ots-2019-11-selmayr-neue-kommission",
    title="EU-Kommissionsvertreter Selmayr: „Neue Kommission kann viel bewegen“",
    url="https://www.ots.at/presseaussendung/OTS_20191107_OTS0185/eu-kommissionsvertreter-selmayr-neue-kommission-kann-viel-bewegen-bild",
    retrieved="same address (stored OTS release of the Vertretung der Europäischen Kommission in Österreich, 7 November 2019; "
              "the headline is the title and the subtitle line is kept as a line of its own (rule 18); the last paragraph "
              "'Selmayr, der sein Amt im November angetreten ist, sieht seine Aufgabe als Brückenbauer: „Wir müssen das', cut "
              "off in the stored copy, dropped with its opening mark (rule 15))",
    license=EU,
    paras=["Martin Selmayr, Vertreter der Europäischen Kommission in Österreich: „Die EU funktioniert nur, wenn Mitgliedstaaten "
           "und EU-Institutionen zusammenwirken.“",
           SEL19_P2,
           SEL19_P3],
    quotes=[("„Neue Kommission kann viel bewegen“", SELMAYR),
            ("„Die EU funktioniert nur, wenn Mitgliedstaaten und EU-Institutionen zusammenwirken.“", SELMAYR),
            (cut(SEL19_P2, "„Wir sind", "befruchten.“"), SELMAYR),
            (cut(SEL19_P2, "„Die neue Kommission", "Digitalisierung.“"), SELMAYR),
            (cut(SEL19_P3, "„Wenn eine", "geworden.“"), SELMAYR),
            (cut(SEL19_P3, "„Die erste", "Juncker-Kommission“"), SELMAYR)],
    aliases={SELMAYR: ["Martin Selmayr", "Selmayr", "EU-Kommissionsvertreter Selmayr"]})

# --- ots.at: releases of the Parlamentskorrespondenz ---

SEL22_P2 = ("Wien (PK) - Aktuelle europapolitische Fragestellungen, die von den Auswirkungen des Ukraine-Kriegs bis zur "
            "Bewältigung der Energiekrise reichten, standen im Mittelpunkt des heutigen Austausches zwischen dem Leiter der "
            "Vertretung der Europäischen Kommission in Österreich Martin Selmayr und Nationalratsabgeordneten fast aller "
            "Fraktionen. Der 24. Februar 2022 habe eine Zeitenwende eingeleitet, deren Auswirkungen auf allen Ebenen sichtbar "
            "seien, meinte Selmayr. Alle 27 Mitgliedsstaaten der Union seien sich darin einig, dass nach dem Angriffskrieg von "
            "Putin auf die Ukraine nicht einfach zur Tagesordnung übergegangen werden könne. In dieser Auseinandersetzung "
            "zwischen Autokratie und Demokratie dürfe man nicht \"einknicken\", appellierte er, zumal die Ressourcen Russlands "
            "auch nicht unbegrenzt seien. An der Aussprache nahmen die ÖVP-Mandatar:innen Reinhold Lopatka, Georg Strasser und "
            "Carmen Jeitler-Cincelli, Michel Reimon von den Grünen sowie die Abgeordneten Petra Steger (FPÖ) sowie Nikolaus "
            "Scherak (NEOS) teil.")

add(id="ho55-pk-2022-10-selmayr-arbeitsprogramm",
    title="Aktuelles Arbeitsprogramm der EU-Kommission im Fokus einer Aussprache mit Martin Selmayr",
    url="https://www.ots.at/presseaussendung/OTS_20221020_OTS0220/aktuelles-arbeitsprogramm-der-eu-kommission-im-fokus-einer-aussprache-mit-martin-selmayr",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz, 20 October 2022; the headline is the title "
              "and the subtitle line is kept as a line of its own (rule 18); the last paragraph 'Neben des Folgen des Krieges "
              "in der Ukraine … von ursprünglich', cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Unterredung mit Nationalratsabgeordneten über Ukraine-Krieg, Russlandsanktionen, Gaspreise und Green Deal",
           SEL22_P2],
    quotes=[("\"einknicken\"", SELMAYR)],
    aliases={SELMAYR: ["Martin Selmayr", "Selmayr"]})

BIERLEIN = "Bierlein"
BIE_P3 = ("Hierfür sei Fingerspitzengefühl gefragt, das EU-Personalpaket müsse ausgewogen sein, sagte Bierlein. Sie werde auf "
          "eine geografische Ausgewogenheit, den Frauenanteil, Transparenz und die demokratische Legitimität achten. Was die "
          "Neubesetzung des EU-Kommissionspräsidenten anbelangt, will die Kanzlerin \"ergebnisoffen\" in den Gipfel gehen. "
          "Gerade in dieser Frage sei Dialog- und Kompromissbereitschaft unter allen Mitgliedsstaaten gefragt. Sie habe keine "
          "bestimmte Person im Auge und werde das Gespräch mit den anderen Staats- und Regierungschefs suchen. Angesprochen auf "
          "das Spitzenkandidatenmodell meinte sie, dass man sich an die entsprechenden europäischen Verträge halten werde. "
          "Demnach würden auch die Ergebnisse der Europawahl in die Neubesetzung miteinfließen. Eher zurückhaltend fiel ihre "
          "Einschätzung aus, ob es beim Treffen der Regierungschefs diese Woche zu einer Entscheidung kommt.")

add(id="ho55-pk-2019-06-bierlein-eu-gipfel",
    title="EU-Kommissionspräsident: Kanzlerin Bierlein geht \"ergebnisoffen\" in EU-Gipfel",
    url="https://www.ots.at/presseaussendung/OTS_20190619_OTS0212/eu-kommissionspraesident-kanzlerin-bierlein-geht-ergebnisoffen-in-eu-gipfel",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz, 19 June 2019; the headline is the title and "
              "the subtitle line is kept as a line of its own (rule 18); the last paragraph 'Den Auswahlprozess des "
              "österreichischen Kommissars will die Kanzlerin in Abst', cut off in the stored copy, dropped (rule 15); it holds "
              "no quotation mark)",
    license=PK,
    paras=["Parlamentsfraktionen stecken im EU-Hauptausschuss Positionen für EU-Spitzenposten ab",
           "Wien (PK) - Bundeskanzlerin Bierlein will beim morgen und Freitag stattfindenden EU-Gipfel in Brüssel Österreichs "
           "bisherigen Europakurs weiterführen. Auch mit der Übergangsregierung bleibe Österreich in Europa selbstverständlich "
           "handlungsfähig, wie die Kanzlerin heute im EU-Hauptausschuss des Nationalrats im Vorfeld des Gipfels betonte. Die "
           "europäischen Staats- und Regierungschefs werden sich in den kommenden zwei Tagen u.a. mit der Strategischen Agenda "
           "der Union bis 2024, dem mehrjährigen Finanzrahmen, dem Brexit und dem Klimawandel auseinandersetzen. Dominieren "
           "wird den Gipfel nach der Europawahl im Mai allerdings die Frage um mögliche Neubesetzungen für das "
           "EU-Spitzenpersonal, nämlich die Kommission, die EZB und den Rat.",
           BIE_P3],
    quotes=[("\"ergebnisoffen\"", BIERLEIN, 0),
            ("\"ergebnisoffen\"", BIERLEIN, 1)],
    aliases={BIERLEIN: ["Bierlein", "Kanzlerin Bierlein", "Bundeskanzlerin Bierlein", "Kanzlerin"]})

JOUROVA = "Vera Jourová"
add(id="ho55-pk-2018-06-jourova-verbraucher",
    title="Vera Jourová drängt auf Verbesserungen für Europas VerbraucherInnen",
    url="https://www.ots.at/presseaussendung/OTS_20180618_OTS0167/vera-jourov-draengt-auf-verbesserungen-fuer-europas-verbraucherinnen",
    retrieved="same address (stored OTS release of the Parlamentskorrespondenz, 18 June 2018; the headline is the title and "
              "the subtitle line is kept as a line of its own (rule 18); the last paragraph 'Bei der Umsetzung der "
              "Datenschutz-Grundverordnung … konkrete Antworten zu konkreten Frage', cut off in the stored copy, dropped (rule "
              "15); it holds no quotation mark)",
    license=PK,
    paras=["EU-Justizkommissarin im Gespräch mit Abgeordneten des Nationalrats",
           "Wien (PK) - Bei der Verbesserung des europäischen Verbraucherschutzes setzt Vera Jourová vor allem auch auf "
           "Österreich. In einem Meinungsaustausch mit Abgeordneten des Nationalrats unterstrich die EU-Kommissarin für Justiz, "
           "Verbraucherschutz und Gleichstellung, sie erwarte von der österreichischen Ratspräsidentschaft Fortschritte beim "
           "Abschluss des \"New Deal for Consumers\", wobei sie insbesondere dringenden Handlungsbedarf im Lichte des "
           "Abgasskandals ortete. Jourová plädierte auch für ein Gentlemen's Agreement zwischen VW und den Geschädigten und "
           "meinte, die Verlängerung der Gewährleistungsfrist um weitere zwei Jahre sei bereits ein erster Erfolg der EU "
           "gewesen.",
           "In Sachen Verbandsklagen sieht die EU-Kommissarin den Ball bei den Mitgliedstaaten. An eine Gestaltung durch die "
           "Union sei nicht gedacht, als gemeinsames Merkmal sollten die Klagen allerdings eine Durchsetzung durch "
           "repräsentative Stellen haben. Es dürfe jedenfalls nicht zu \"mehr Business als Fairness\" kommen, bemerkte Jourová "
           "in Anspielung an amerikanische Verhältnisse. Anliegen der Kommissarin im Zusammenhang mit dem Konsumentenschutz ist "
           "ferner auch das Lebensmittelrecht. Hier gelte es zu vermeiden, dass Produkte ein und derselben Marke in "
           "unterschiedlicher Qualität auf den Markt gebracht werden."],
    quotes=[("\"New Deal for Consumers\"", None),
            ("\"mehr Business als Fairness\"", JOUROVA)],
    aliases={JOUROVA: ["Vera Jourová", "Jourová", "EU-Kommissarin"]})
