# Hundred-and-eighty-second held-out German real-news set (tests/data/heldout182-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1360-1362). None
# of these pages is in any tests/data/*.jsonl (checked by page number and page address against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-eighty-second held-out set" of SOURCES.md: one news item of the Deutsche Bundesbank
# under "Aufgaben > Themen" (the open day "Backstage Bundesbank" of 2022) and two speeches under "Presse > Reden" (licence
# BUBA, as in the eighty-ninth set). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rule 15), captions, photo credits and navigation lines are dropped (rule 93), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BESUCHER = "Besucher"
WEITERER = "weiterer Besucher"

# --- bundesbank.de, Aufgaben > Themen: open day "Backstage Bundesbank" (September 2022); anonymous visitors ---

BT_P1 = ("Trotz regnerischem Herbstwetter kamen viele Menschen auf das Gelände der Bundesbank in der Frankfurter Innenstadt, "
         "als diese am Wochenende ihre Türen öffnete. Unter dem Motto „Backstage Bundesbank“ konnten die Besucherinnen und "
         "Besucher unter anderem eine Rallye durch die Hauptverwaltung Frankfurt absolvieren, einen Goldbarren hochheben, "
         "verschiedenen Themenvorträgen folgen und Bundesbankpräsident Joachim Nagel kennenlernen.")
BT_P3 = ("Auch abseits der Rallye konnten die Gäste die Aufgaben der Bundesbank spielerisch erleben. Beim Informationsstand "
         "zum Zahlungsverkehr konnten die Besucherinnen und Besucher mit einem ferngesteuerten Auto den Weg einer "
         "elektronischen Zahlung nachfahren und beim Stand zur Geldpolitik versuchen, das optimale Inflationsziel mit einem "
         "Hammerschlag bei „Hau den Lukas“ zu erreichen. Einem Besucher mit zwei Kindern gefiel besonders der Stand zum "
         "Thema Bargeld: „Der Stand mit der Falschgelderkennung war sehr schön gemacht“, sagte er. Ein weiterer Besucher "
         "war der gleichen Meinung und freute sich, dass man auch weiterhin D-Mark bei der Bundesbank tauschen kann: „Das "
         "habe ich inzwischen auch gelernt. Ich habe noch alte D-Mark-Münzen, die kann man hier umtauschen“, sagte er.")

add(id="ho182-bundesbank-themen-2022-09-backstage-tueren",
    title="Bundesbank öffnet die Türen für die Bürgerinnen und Bürger",
    url="https://www.bundesbank.de/de/aufgaben/themen/bundesbank-oeffnet-die-tueren-fuer-die-buergerinnen-und-buerger-897196",
    retrieved="same address (news item under 'Aufgaben > Themen' on the open day of September 2022; the subheading 'Quizrallye "
              "und Goldententresor' kept as a line of its own (rule 18); the subheading 'VR-Film begeistert Besucher' and "
              "the paragraph under it ('Wie auch beim letzten Tag der offenen Tür 2019 … im Büro von B'), cut off in the "
              "stored copy, dropped (rule 15); a trailing space after 'gewinnen.' dropped)",
    license=BUBA,
    paras=[BT_P1,
           "Quizrallye und Goldententresor",
           "Bei einer Rallye konnten die Gäste ihr Wissen testen: Warum ist ein stabiles Finanzsystem wichtig? Was ist das "
           "Hauptziel der Geldpolitik? Wie viele Banknoten bearbeitet die Bundesbank jährlich? Wer alle Fragen richtig "
           "beantwortet hatte, konnte den Gewinncode in einen Tresor eingeben und eine Goldente gewinnen.",
           BT_P3],
    quotes=[("„Backstage Bundesbank“", None),
            ("„Hau den Lukas“", None),
            (cut(BT_P3, "„Der Stand", "gemacht“"), BESUCHER),
            (cut(BT_P3, "„Das habe", "umtauschen“"), WEITERER)],
    aliases={BESUCHER: ["Besucher", "Einem Besucher"],
             WEITERER: ["weiterer Besucher", "Ein weiterer Besucher"]})

# --- bundesbank.de, Presse > Reden: speech at the reception "60 Jahre Bundesbank" in Stuttgart (2017) ---

ST_P5 = ("Sie wissen vielleicht, dass ich hier im Schwäbischen aufgewachsen bin. Trotzdem war ich erstaunt, als ich vor ein "
         "paar Monaten in einer Zeitung las, dass man mir das anhöre. Schließlich bin ich ja kein gebürtiger Schwabe, sondern "
         "ein \"Raegschmeckdr\", wie man hier sagt, ein Zugewanderter aus Nordrhein-Westfalen, und schon lange aus dem "
         "\"Ländle\" fortgezogen. Aber vielleicht hat der Journalist als gebürtiger Stuttgarter und Exilschwabe ja ein feines "
         "Gehör für so etwas.")

add(id="ho182-bundesbank-rede-2017-60-jahre-stuttgart",
    title="60 Jahre Bundesbank – Der stabilen Währung verpflichtet Rede beim Empfang \"60 Jahre Bundesbank\"",
    url="https://bundesbank.de/de/presse/reden/60-jahre-bundesbank-der-stabilen-waehrung-verpflichtet-665354",
    retrieved="same address (speech under 'Presse > Reden' at the Bundesbank's reception for its 60th anniversary in "
              "Stuttgart, 2017; the headline and the occasion line, which the stored copy runs together in its first line, "
              "kept so (rules 18, 20); the three lines of the salutation kept as lines of their own; the paragraph 'Mit der "
              "Fortentwicklung der Institutionen … an langwierigen Dis', cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Sehr geehrter Herr Ministerpräsident,",
           "lieber Herr Sibold,",
           "meine sehr verehrten Damen und Herren,",
           "ich begrüße Sie sehr herzlich zu unserem Empfang hier in Stuttgart, mit dem wir das 60. Jubiläum der Deutschen "
           "Bundesbank feiern wollen.",
           "Ich danke Ihnen, lieber Herr Kretschmann, für Ihre Rede und die freundlichen Worte, die Sie für die Bundesbank "
           "gefunden haben. Und ich bin Ihnen sehr dankbar, dass Sie uns mit dem Neuen Schloss einen schönen und feierlichen "
           "Rahmen für unsere gemeinsame Veranstaltung ermöglicht haben.",
           ST_P5,
           "Vielleicht meinte er aber auch weniger den Akzent als vielmehr eine gewisse Geisteshaltung heraushören zu können. "
           "Wegen meiner regelmäßigen Forderung nach soliden Staatsfinanzen betrachtet er mich vielleicht als eine Art Schwabe "
           "im Geiste.",
           "Wie dem auch sei, ich freue mich, wieder einmal in meiner Heimat zu sein.",
           "2 60 Jahre Bundesbank",
           "Meine Damen und Herren,",
           "am 1. August 1957 wurden die Bank deutscher Länder, die Landeszentralbanken sowie die Berliner Zentralbank zu einer "
           "einheitlichen Institution umgestaltet, der Deutschen Bundesbank."],
    quotes=[("\"60 Jahre Bundesbank\"", None),
            ("\"Raegschmeckdr\"", None),
            ("\"Ländle\"", None)],
    aliases={})

# --- bundesbank.de, Presse > Reden: speech "Hat das Bargeld eine Zukunft?" (Forum Bundesbank) ---

BG_P4 = ("Der Grund und Boden, auf dem wir uns gerade befinden, hat eine lange und für die Bundesbank sehr prägende "
         "Geschichte. Bereits in der Nachkriegszeit befand sich in der ehemaligen Reichsbankhauptstelle aus den 1920er Jahren "
         "– das ist das Gebäude gegenüber – die Bank deutscher Länder, die Vorgängerin der Bundesbank. Dort tagte im "
         "sogenannten \"Notenbanksaal\" von 1948 bis 1957 der Zentralbankrat der Bank deutscher Länder und ab der Gründung am "
         "26. Juli 1957 der Zentralbankrat der Deutschen Bundesbank. In diesen Räumlichkeiten sind die Weichen gestellt "
         "worden, welche die D-Mark zu einer stabilen Währung mit einem hohen Ansehen werden ließen. Erst 1972 wurde die "
         "heutige Zentrale der Bundesbank im Nordwesten Frankfurts bezogen.")

add(id="ho182-bundesbank-rede-forum-bargeld-zukunft",
    title="Hat das Bargeld eine Zukunft? Forum Bundesbank",
    url="https://www.bundesbank.de/de/presse/reden/hat-das-bargeld-eine-zukunft--711110",
    retrieved="same address (speech under 'Presse > Reden' at a 'Forum Bundesbank' in the Hauptverwaltung in Hessen; the "
              "headline and the occasion line, run together in the stored copy's first line, kept so (rules 18, 20); the "
              "paragraph 'Die Hauptverwaltung in Hessen erbringt … Die Filialen der Bun', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geehrte Damen und Herren,",
           "ich freue mich sehr, Sie im Herzen des Frankfurter Bankenviertels – hier in unserer Hauptverwaltung in Hessen – "
           "willkommen zu heißen.",
           BG_P4,
           "Das eigentliche Gebäude der Hauptverwaltung stammt aus dem Jahre 1988. Es wird architektonisch zur Postmoderne "
           "gezählt. Auch nach fast acht Jahren als Mitglied des Vorstands der Bundesbank beeindruckt mich dieses Gebäude nach "
           "wie vor durch seine ausgefeilte Architektur und die in den Bau integrierten Kunstwerke. Nach klassischem Vorbild "
           "wurden Skulpturen, Gemälde, Mosaiken und ein Brunnen künstlerisch eingearbeitet. Alle haben ein einheitliches "
           "Thema: Frankfurt, Goethe und Geld. Die Geburtsstadt von Johann Wolfgang von Goethe war schon zu Goethes Zeiten ein "
           "führender Bankplatz. Und so zählt die Schaffung von Papiergeld im zweiten Teil von Goethes Faust – künstlerisch "
           "dargestellt in der Eingangshalle dieses Gebäudes – zu den zentralen Szenen."],
    quotes=[("\"Notenbanksaal\"", None)],
    aliases={})
