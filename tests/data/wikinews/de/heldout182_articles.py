# Hundred-and-eighty-second held-out German real-news set (tests/data/heldout182-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1360-1363). None
# of these pages is in any tests/data/*.jsonl (checked by page number and page address against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-eighty-second held-out set" of SOURCES.md: one news item of the Deutsche Bundesbank
# under "Aufgaben > Themen" (the open day "Backstage Bundesbank" of 2022) and two speeches under "Presse > Reden", and,
# added in a second commit, a news item of the Hauptverwaltung in Hamburg (Einheitsfeier 2019), a press note of 2017 and a
# news item of 2012 on the bank's anniversaries, and a third speech (New Year's reception of the Hochschule, 2019) (licence BUBA, as in the eighty-ninth set). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
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
KLEIN = "Michael Klein"
WEIDMANN = "Jens Weidmann"
EMMINGER = "Otmar Emminger"
MAXIMILIAN = "Maximilian I."
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

# --- bundesbank.de, Hauptverwaltung in Hamburg, Mecklenburg-Vorpommern und Schleswig-Holstein: Einheitsfeier in Kiel (2019) ---

EF_P2 = ("Neben den Verfassungsorganen und allen Bundesländern war erstmals auch die Bundesbank mit einem eigenen Stand "
         "vertreten. Hier konnten die Gäste die Einführung der D-Mark in der DDR in einem Film mit historischem Bildmaterial "
         "nacherleben oder virtuell einen Ausflug nach Frankfurt in die heutige Zentrale unternehmen - inklusive Besuch des "
         "Büros von Bundesbankpräsident Jens Weidmann und des Goldkellers. Viele Gäste nutzten zudem die Gelegenheit und "
         "ließen sich von den Bundesbankmitarbeitern Sebastian Kremer und Michael Nistahl die Sicherheitsmerkmale der "
         "Euro-Banknoten erklären oder erkundigten sich nach Umtauschmöglichkeiten für D-Mark. Projektleiter Michael Klein "
         "zieht ein positives Fazit: „Die Standbesucher waren durchweg an der Arbeit der Bundesbank interessiert. Besonders "
         "gut wurde ein elektronisches Quiz mit Fragen rund um die Aufgaben der Bundesbank angenommen.“")

add(id="ho182-bundesbank-hv-hms-2019-einheitsfeier-kiel",
    title="Tag der deutschen Einheit: Bundesbank auf der Einheitsfeier Hauptverwaltung in Hamburg, Mecklenburg-Vorpommern "
          "und Schleswig-Holstein",
    url="https://www.bundesbank.de/de/bundesbank/hauptverwaltungen-filialen/hms/termine/"
        "tag-der-deutschen-einheit-bundesbank-auf-der-einheitsfeier--811672",
    retrieved="same address (news item of the Hauptverwaltung in Hamburg, Mecklenburg-Vorpommern und Schleswig-Holstein "
              "under 'Termine' on the Bundesbank's stand at the Unity Day celebrations in Kiel, October 2019; the headline "
              "and the name of the Hauptverwaltung, which the stored copy runs together in its first line, kept so (rules "
              "18, 20); complete in the stored copy)",
    license=BUBA,
    paras=["In Kiel fanden dieses Jahr am 2. und 3. Oktober die zentralen Feierlichkeiten zum Tag der deutschen Einheit "
           "statt. 29 Jahre nach der Wiedervereinigung und fast 30 Jahre nach dem Mauerfall kamen fast 500.000 Menschen zu "
           "einem großen Bürgerfest in die nördlichste Landeshauptstadt.",
           EF_P2,
           "Die Gäste kamen aus ganz Deutschland, viele waren extra für das Einheitsfest nach Kiel gereist. Sie waren sehr "
           "interessiert und stellten viele Fragen, die Niedrigzinsen waren das meistdiskutierte Thema am Stand der "
           "Bundesbank. Am 3. Oktober stellte sich auch der Präsident der Hauptverwaltung von Hamburg, "
           "Mecklenburg-Vorpommern und Schleswig-Holstein, Arno Bäcker, der Diskussion.",
           "Auch bei der Einheitsfeier 2020 in Potsdam wird die Bundesbank wieder vertreten sein."],
    quotes=[(cut(EF_P2, "„Die Standbesucher", "angenommen.“"), KLEIN)],
    aliases={KLEIN: ["Michael Klein", "Projektleiter Michael Klein"]})

# --- bundesbank.de, Presse > Pressenotizen: the 60th anniversary (January 2017) ---

JU_P1 = ("Die Deutsche Bundesbank feiert im Jahr 2017 ihr 60-jähriges Bestehen. Am 26. Juli 1957 wurde das Gesetz über die "
         "Deutsche Bundesbank vom Bundespräsidenten unterzeichnet. Mit Inkrafttreten am 1. August 1957 nahm die Bundesbank "
         "ihre Arbeit als unabhängige währungs- und geldpolitische Institution auf und sorgte vier Jahrzehnte für eine "
         "stabile D-Mark. Seit der Einführung des Euro leistet sie als Teil des Eurosystems einen wichtigen Beitrag zur "
         "Stabilität der gemeinsamen Währung. Der Präsident der Bundesbank wirkt als Mitglied des EZB-Rats an den "
         "geldpolitischen Entscheidungen mit. Vorrangiges Ziel der Geldpolitik ist es, die Preisstabilität zu "
         "gewährleisten. \"Unsere vorrangige Aufgabe ist es, den Wert des Geldes zu sichern. Dafür brauchen wir das "
         "Vertrauen und die Unterstützung der Bürgerinnen und Bürger\", sagte Bundesbankpräsident Jens Weidmann zu Beginn "
         "des Jubiläumsjahres.")

add(id="ho182-bundesbank-pressenotiz-2017-60-jahre",
    title="Deutsche Bundesbank feiert 60\u2011jähriges Jubiläum Seit 1957 sorgt die Notenbank für stabiles Geld in "
          "Deutschland und Europa",
    url="https://bundesbank.de/de/presse/pressenotizen/deutsche-bundesbank-feiert-60-jaehriges-jubilaeum-669970",
    retrieved="same address (press note of January 2017; the headline, with its non-breaking hyphen, and the subheading, "
              "which the stored copy runs together in its first line, kept so (rules 18, 20); the subheading "
              "'Veranstaltungen im Jubiläumsjahr' and the paragraph under it ('Ihr Jubiläum feiert die Bundesbank … im "
              "Juli'), cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=[JU_P1,
           "Über die Geldpolitik hinaus erfüllt die Bundesbank weitere wichtige Aufgaben auf nationaler und internationaler "
           "Ebene. Um das Vertrauen der Anleger zu wahren und Fehlentwicklungen im Bankwesen zu verhindern, überwacht die "
           "Bundesbank die Kredit- und Finanzdienstleistungsinstitute in Deutschland und ist an der europäischen "
           "Bankenaufsicht beteiligt. Sie untersucht überdies die Stabilität des Finanz- und Währungssystems in seiner "
           "Gesamtheit. Über ihr Filialnetz versorgt die Bundesbank Handel und Banken in Deutschland ständig mit ausreichend "
           "Euro-Bargeld in hoher Qualität. Zudem sorgt sie für einen reibungslosen unbaren Zahlungsverkehr im Inland und "
           "mit dem Ausland. Außerdem verwaltet die Bundesbank die Goldreserven."],
    quotes=[(cut(JU_P1, "\"Unsere vorrangige", "Bürger\""), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann"]})

# --- bundesbank.de, Aufgaben > Themen: 55 years of the Bundesbank (2012); a former president's dictum ---

EM_P2 = ("Vertrauenswürdiges und stabiles Geld nützt nicht nur der Wirtschaft, sondern vor allem den Bürgerinnen und "
         "Bürgern. Otmar Emminger, ehemaliger Präsident der Deutschen Bundesbank, formulierte es treffend: "
         "\"Preisstabilität ist nicht alles, aber ohne Preisstabilität ist alles nichts.\"")

add(id="ho182-bundesbank-themen-2012-55-jahre",
    title="55 Jahre Deutsche Bundesbank",
    url="https://bundesbank.de/de/aufgaben/themen/55-jahre-deutsche-bundesbank-662280",
    retrieved="same address (news item under 'Aufgaben > Themen' of 2012 on the 55th anniversary; the subheadings "
              "'Präsidentengalerie' and 'Präsidenten im Gespräch' kept as lines of their own (rule 18); the photo caption "
              "'Bundesbankpräsident Jens Weidmann und Alt-Bundesbankpräsident Helmut Schlesinger ©Jens Braune del Angel' "
              "and the image line 'Jens Weidmann und Helmut Schlesinger' dropped (rule 93); complete in the stored copy)",
    license=BUBA,
    paras=["Stabiles Geld für Deutschland und Europa - das ist seit 55 Jahren die zentrale Aufgabe der Bundesbank. Als "
           "Zentralbank der Bundesrepublik Deutschland hat sie diesen Auftrag eine halbes Jahrhundert lang so konsequent und "
           "erfolgreich wie kaum eine andere Währungsinstitution auf der Welt erfüllt. Seit 1999 bringt sie als Mitglied des "
           "Eurosystems ihre Stabilitätsorientierung und den Erfahrungsschatz einer unabhängigen Zentralbank ein.",
           EM_P2,
           "Präsidentengalerie",
           "Am 1. Mai 2011 wurde Jens Weidmann ernannt. Er ist der elfte Präsident der Deutschen Bundesbank sowie ihrer "
           "Vorgängereinrichtungen seit 1948.",
           "Präsidenten im Gespräch",
           "Anlässlich des Jubiläums trafen sich Bundesbankpräsident Jens Weidmann und Alt-Bundesbankpräsident Helmut "
           "Schlesinger zu einem Gespräch mit der Mitarbeiterzeitung der Bundesbank. Sie sprachen über Höhepunkte, Krisen "
           "und die bevorstehenden Herausforderungen der Bundesbank."],
    quotes=[(cut(EM_P2, "\"Preisstabilität", "nichts.\""), EMMINGER)],
    aliases={EMMINGER: ["Otmar Emminger"]})

# --- bundesbank.de, Presse > Reden: speech at the New Year's reception of the Hochschule der Bundesbank (January 2019) ---

NJ_P3 = ("Und noch etwas hat mir sehr gut gefallen: Dass wir gemeinsam durchs Schloss gegangen sind. Wir haben dabei nicht "
         "nur interessante Orte kennengelernt, sondern wir haben uns auch bewegt. Ich denke ich spreche für uns alle, wenn "
         "ich behaupte: Wir sitzen zu viel – am Schreibtisch, in Besprechungen, im Auto oder im Flugzeug. Schon der deutsche "
         "Kaiser Maximilian I. (1459-1519), der als Begründer der Habsburger Dynastie in Europa gilt und fast auf den Tag "
         "genau vor 500 Jahren starb, wusste: „Das Stillsitzen und der Müßiggang pflegt adelige tapfere Leiber nicht anders "
         "als der Rost das Eisen zu verderben.“ Oder, um es etwas moderner zu formulieren: „Das Sitzen ist das neue "
         "Rauchen“ – und das natürlich nicht nur bei den Adeligen, sondern auch bei uns Normalbürgern.")

add(id="ho182-bundesbank-rede-2019-neujahrsempfang-hochschule",
    title="Neujahrsempfang der Hochschule der Deutschen Bundesbank",
    url="https://bundesbank.de/de/presse/reden/neujahrsempfang-der-hochschule-der-deutschen-bundesbank-774350",
    retrieved="same address (speech under 'Presse > Reden' at the New Year's reception of the Hochschule der Deutschen "
              "Bundesbank in Hachenburg, January 2019; the six lines of the salutation kept as lines of their own; the "
              "paragraph 'Müßiggang – dafür wird das Jahr 2019 wahrlich keine Gelegenheit liefern! … vollzogen wird, w', "
              "cut off in the stored copy, dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Lieber Herr Professor Keller,",
           "sehr geehrter Herr Landtagspräsident Hering,",
           "sehr geehrter Herr Bürgermeister Klöckner,",
           "sehr geehrter Herr Bürgermeister Leukel,",
           "meine sehr geehrten Damen und Herren,",
           "liebe Kolleginnen und Kollegen,",
           "ich freue mich sehr, heute bei Ihnen sein zu können.",
           "Zunächst möchte ich mich beim Kammerchor Marienstadt bedanken, der uns in so beeindruckender Weise musikalisch "
           "unterhalten hat. Welche Emotionen Musik im Zuhörer freisetzt, hängt bekanntlich auch vom Ort und der Zeit ab, "
           "in der die Musik gehört wird. Ich finde, das war heute eine ganz hervorragende Kombination aus Raum und Klang und "
           "ich bin sicher, die Musik wird uns noch lange im Gedächtnis bleiben.",
           NJ_P3],
    quotes=[(cut(NJ_P3, "„Das Stillsitzen", "verderben.“"), MAXIMILIAN),
            ("„Das Sitzen ist das neue Rauchen“", None)],
    aliases={MAXIMILIAN: ["Maximilian I.", "Kaiser Maximilian I."]})
