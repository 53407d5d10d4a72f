# Hundred-and-ninety-fifth held-out German real-news set (tests/data/heldout195-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1440-1442). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and repost address against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-ninety-fifth held-out set" of SOURCES.md: releases of the Austrian Parliament
# (Parlamentskorrespondenz, licence PK) on children's rights: the Bundesrat's Kinderrechte-Ausschuss visiting Vienna (OTS,
# 2022), Doris Bures with a kindergarten group on the day of children's rights (Österreich Journal repost of 2015), the
# Kinder- und Jugendlichentag opened by Barbara Prammer (OTS, 2004) and Bures receiving the youngest visitor group of the
# renovated Parliament (OTS, 2023), and Bures opening the first Lehrlingsparlament (OTS, 2015). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURES = "Doris Bures"

# --- Bundesrat: the Kinderrechte-Ausschuss visits Vienna (OTS, November 2022) ---

BRKR_P3 = ("Anlässlich dieses Schwerpunktes betont Bundesratspräsidentin Korinna Schumann: \"Kinder und Jugendliche brauchen "
           "viel mehr Aufmerksamkeit, als wir ihnen derzeit als Gesellschaft schenken. Umso wichtiger ist es, dass wir als "
           "Länderkammer des österreichischen Parlaments die Bedürfnisse junger Menschen in den Fokus unserer politischen "
           "Arbeit rücken\", so Schumann.")
BRKR_P4 = ("Die Vorsitzende des Kinderrechte-Ausschusses Daniela Gruber-Pruner (SPÖ) erklärt, dass es gute Tradition sei, "
           "dass an den Kinderrechte-Bundesländer-Tagen Dialoge mit den Mitgliedern des Bundesrates und "
           "Kinderrechte-Expert:innen stattfinden. So beinhaltet das heutige Programm einen Austausch mit Wiener "
           "Landtagsabgeordneten, den Kinder- und Jugendanwält:innen Wiens und Vertreter:innen des Österreichischen Komitees "
           "für Soziale Arbeit. \"Die Kinderrechte umfassen alle Lebensbereiche von Kindern und Jugendlichen, vom Schutz über "
           "die Versorgung bis hin zur Teilhabe aller junger Menschen. Dementsprechend breit sind die Themen, mit denen wir "
           "uns beschäftigen\", beschreibt die Ausschuss-Vorsitzende die vielfältige Diskussion.")

add(id="ho195-pk-ots-2022-11-17-bundesrat-kinderrechte-ausschuss",
    title="Bundesrat nimmt Kinder und Jugendliche in den Fokus",
    url="https://www.ots.at/presseaussendung/OTS_20221117_OTS0032/bundesrat-nimmt-kinder-und-jugendliche-in-den-fokus",
    retrieved="same address (release of the Parlamentskorrespondenz of 17 November 2022 on the OTS service, dateline "
              "'Wien (PK)'; headline first, subtitle kept as a line of its own (rules 18, 19); the paragraph '\"Uns ist es "
              "wichtig, bei diesen Besuchen direkten Kontakt mit Kindern und Jugendlichen und ihrer Lebenswelt zu haben\", "
              "ergänzt Heike Eder (ÖVP), Vorsitzende des Familie', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Austausch von Politiker:innen und Expert:innen zum Thema Kinderrechte in Wien",
           "Wien (PK) - Der österreichische Bundesrat ist eine der wenigen Länderkammern weltweit, die einen eigenen "
           "Kinderrechte-Ausschuss eingerichtet hat. Jedes Halbjahr besuchen die Mitglieder dieses Ausschusses dasjenige "
           "Bundesland, welches gerade die Bundesratspräsidentschaft innehat. Aktuell ist es das Bundesland Wien. Im Rahmen "
           "dessen findet heute der Besuch des Kinderrechte-Ausschusses im Wiener Rathaus statt. Der internationale Tag der "
           "Kinderrechte wird weltweit anlässlich der am 20. November 1989 verabschiedeten Konvention der Vereinten Nationen "
           "über die Rechte des Kindes gefeiert.",
           BRKR_P3,
           BRKR_P4],
    quotes=[(cut(BRKR_P3, "\"Kinder und", "Arbeit rücken\""), "Korinna Schumann"),
            (cut(BRKR_P4, "\"Die Kinderrechte", "uns beschäftigen\""), "Daniela Gruber-Pruner")],
    aliases={"Korinna Schumann": ["Korinna Schumann", "Bundesratspräsidentin Korinna Schumann", "Schumann"],
             "Daniela Gruber-Pruner": ["Daniela Gruber-Pruner", "Die Vorsitzende des Kinderrechte-Ausschusses Daniela "
                                       "Gruber-Pruner", "die Ausschuss-Vorsitzende"]})

# --- Bures and a kindergarten group celebrate the day of children's rights (PK, November 2015, repost) ---

LEUCHT_P1 = ("Wien (pk) - In der Säulenhalle des Parlaments wurde am 19.11. von einer Kindergartengruppe ein Leuchtturm aus "
             "Kartonschachteln errichtet. Auf Einladung von Nationalratspräsidentin Doris Bures und der "
             "Bundesratsvizepräsidentin Inge Posch-Gruska feierten die rund 20 Kinder damit den Tag der Kinderrechte "
             "beziehungsweise den Geburtstag der UN-Kinderrechtskonvention am 20. November 1989. \"Der Leuchtturm soll allen "
             "den richtigen Weg zu den Kinderrechten zeigen\", meinte ein Bub.")
LEUCHT_P2 = ("Nationalratspräsidentin Doris Bures sagte zu den Kindern: \"Im Parlament sind normalerweise vor allem "
             "Erwachsene. Umso mehr freue ich mich, dass Ihr heute hier seid und wir gemeinsam einen Geburtstag feiern. Der "
             "von Euch errichtete Leuchtturm ist ein Zeichen, wie wichtig Kinderrechte sind.\" Die Nationalratspräsidentin "
             "versprach der Gruppe des Kinderfreunde-Betriebskindergartens der Wiener Städtischen, sie werde alle "
             "Erwachsenen, die sie am Turm vorbeigehen sehe, auf die hohe Bedeutung von Kinderrechten hinweisen.")
LEUCHT_P3 = ("Die Gruppe wurde außerdem von vier Jugendlichen begleitet, die aus Afghanistan nach Österreich geflüchtet sind. "
             "Die jungen Männer wiesen alle darauf hin, wie wichtig es nach ihrer Flucht vor den Taliban für sie sei, "
             "möglichst gut in das österreichische Bildungssystem integriert zu werden. Nationalratspräsidentin Bures sagte: "
             "\"Global betrachtet sind Kinderrechte leider alles andere als eine Selbstverständlichkeit. Um die Rechte von "
             "Kindern auf der ganzen Welt zu verbessern, müssen wir alle zusammenhalten. Wir dürfen nicht akzeptieren, dass "
             "noch immer grundlegende Kinderrechte verletzt werden.\"")

add(id="ho195-pk-2015-11-19-bures-kinderrechte-leuchtturm",
    title="Nationalratspräsidentin Bures: Global betrachtet sind Kinderrechte leider keine Selbstverständlichkeit. Das "
          "dürfen wir nicht akzeptieren",
    url="http://oe-journal.at/Aktuelles/!2015/1115/W3/22011pkKinderrechte.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of 19 November 2015, dateline 'Wien (pk)', as reposted by "
              "the Österreich Journal (rule 31); the headline, which the repost breaks over two lines, joined into one "
              "line; the repost's hard line breaks inside the paragraphs joined with a space (rule 1262); the trailing "
              "separator '|' dropped as furniture)",
    license=PK,
    paras=[LEUCHT_P1, LEUCHT_P2, LEUCHT_P3],
    quotes=[(cut(LEUCHT_P1, "\"Der Leuchtturm", "zeigen\""), "Bub"),
            (cut(LEUCHT_P2, "\"Im Parlament", "Kinderrechte sind.\""), BURES),
            (cut(LEUCHT_P3, "\"Global betrachtet", "verletzt werden.\""), BURES)],
    aliases={"Bub": ["Bub", "ein Bub"],
             BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures", "Bures",
                     "Die Nationalratspräsidentin"]})

# --- Prammer opens the Kinder- und Jugendlichentag "Rein ins Parlament" (PK, November 2004) ---

add(id="ho195-pk-ots-2004-11-22-prammer-kinderrechte-tag",
    title="PRÄSIDENTIN PRAMMER BEGRÜSST KINDER UND JUGENDLICHE IM PARLAMENT Das Hohe Haus begeht den Welttag der "
          "Kinderrechte",
    url="https://www.ots.at/presseaussendung/OTS_20041122_OTS0069/praesidentin-prammer-begruesst-kinder-und-jugendliche-im-parlament-das-hohe-haus-begeht-den-welttag-der-kinderrechte",
    retrieved="same address (release of the Parlamentskorrespondenz of 22 November 2004 on the OTS service, dateline "
              "'Wien (PK)'; the capitalised headline and the subtitle, which the stored copy runs together in its first "
              "line, kept so (rules 18, 20); the paragraph 'Rund 200 Kinder und Jugendliche aus zahlreichen Schulklassen … "
              "wurden von Präsidentin Prammer mit dem Worten begrüßt: \"Das Parlament ist das Haus, das allen Menschen "
              "gehört, …\" … ein \"Runder Tisch\" mit Kindern und Abgeordn', cut off in the stored copy, dropped with its "
              "quotations (rule 15))",
    license=PK,
    paras=["Wien (PK) - Unter dem Motto \"Rein ins Parlament\" veranstaltet das Hohe Haus heute einen "
           "Kinder- und Jugendlichentag, den die Zweite Nationalratspräsidentin Barbara Prammer gemeinsam mit Abgeordneter "
           "Elisabeth Grossmann in der Säulenhalle eröffnete. Anlass der Veranstaltung ist der kürzlich begangene \"Tag der "
           "Internationalen Kinderrechte\", an dem die Vereinten Nationen alljährlich der Unterzeichnung der "
           "\"Kinderrechtskonvention\" vom 20. November 1989 gedenken. In diesem Dokument, das mittlerweile 191 Staaten "
           "unterzeichnet haben, sind die Rechte der Kinder, unter anderem auf gute Behandlung, gewaltfreie Erziehung, auf "
           "Wohnung und Nahrung, Schulbesuch und Berufsausbildung festgehalten - Rechte, die, wie Abgeordnete Grossmann mit "
           "Bedauern festhielt, weltweit für viele Kinder immer noch nicht selbstverständlich sind."],
    quotes=[("\"Rein ins Parlament\"", None),
            ("\"Tag der Internationalen Kinderrechte\"", None),
            ("\"Kinderrechtskonvention\"", None)],
    aliases={})

# --- Bures receives the youngest visitor group of the renovated Parliament (OTS, April 2023) ---

KIGA_P2 = ("Wien (PK) - Heute um 10.00 Uhr betrat die bisher jüngste Besucher:innengruppe das neu renovierte Parlament. Die "
           "Kindergartengruppe der Kinderfreunde aus der Donaustadt, die sich gerade mit den Themen Kinderrechte, Demokratie "
           "und Mitbestimmung auseinandersetzt, hat Ihre Wünsche und Ideen in besonderer Form an die Zweite Präsidentin des "
           "Nationalrats übermittelt. Bei einem Besuch im Parlament mit Empfang neben der Säulenhalle hängten die Kinder "
           "ihre selbst gebastelten Karten zum Thema \"Kinderrechte und Demokratie\" an einen Obstbaum. Zu den von den "
           "Pädagoginnen zu Papier gebrachten Aussagen der Kinder zählen Sätze wie \"Ich habe das Recht, in die Schule zu "
           "gehen\" oder \"Ich habe das Recht, Polizist zu werden und anderen zu helfen\".")
KIGA_P3 = ("\"Mögen Ihre Ideen und Wünsche ebenso wachsen, wie die Früchte am Apfelbaum\" lachte die Zweite Präsidentin des "
           "Nationalrats bei der Übergabe.")
KIGA_P4 = ("Die Kindergartenkinder bekamen zudem eine eigene an sie angepasste Führung durch das Parlament. \"Wer mit Kindern "
           "spricht, merkt sehr schnell: Wir können auch kleinen Kindern schon ganz viel zutrauen, wenn es um Mitbestimmung "
           "und Demokratieverständnis geht\", so die Zweite Präsidentin des Nationalrats. Bures: \"Kinder über ihre Rechte "
           "aufzuklären und die jüngsten Mitglieder unserer Gesellschaft ernst zu nehmen und zu schützen, gehört zu einer "
           "der nobelsten Kernaufgaben einer Demokratie\".")

add(id="ho195-pk-ots-2023-04-28-bures-kindergarten-besuch",
    title="Zweite Präsidentin des Nationalrats empfängt jüngste Besucher:innen-Gruppe im Parlament",
    url="https://www.ots.at/presseaussendung/OTS_20230428_OTS0169/zweite-praesidentin-des-nationalrats-empfaengt-juengste-besucherinnen-gruppe-im-parlament",
    retrieved="same address (release of the Parlamentskorrespondenz of 28 April 2023 on the OTS service, dateline "
              "'Wien (PK)'; the stored copy's date marker ' date 2023-04' dropped as furniture; headline first, subtitle "
              "kept as a line of its own (rules 18, 19); the end mark '(Schluss) red' dropped from the paragraph it closes "
              "and the photo note 'HINWEIS: Fotos von diesem Besuch finden Sie im Webportal des Parlaments.' dropped "
              "(rule 48))",
    license=PK,
    paras=["Kindergartenkinder überreichen Wünsche und Ideen zu Kinderrechten an Doris Bures",
           KIGA_P2, KIGA_P3, KIGA_P4],
    quotes=[("\"Kinderrechte und Demokratie\"", None),
            ("\"Ich habe das Recht, in die Schule zu gehen\"", "Kinder"),
            ("\"Ich habe das Recht, Polizist zu werden und anderen zu helfen\"", "Kinder"),
            (cut(KIGA_P3, "\"Mögen", "Apfelbaum\""), BURES),
            (cut(KIGA_P4, "\"Wer mit", "geht\""), BURES),
            (cut(KIGA_P4, "\"Kinder über", "Demokratie\""), BURES)],
    aliases={"Kinder": ["Kinder", "der Kinder", "die Kinder"],
             BURES: ["Doris Bures", "Bures", "die Zweite Präsidentin des Nationalrats",
                     "Zweite Präsidentin des Nationalrats"]})

# --- Bures opens the first Lehrlingsparlament (OTS, March 2015) ---

LEHRL_P1 = ("Wien (PK) - Vor knapp 100 Lehrlingen aus ganz Österreich eröffnete Nationalratspräsidentin Doris Bures heute im "
            "Sitzungssaal des Nationalrats das Lehrlingsparlament. \"Demokratie lebt von jungen Menschen, die mitgestalten "
            "wollen\", so Bures. Daher sei es wichtig, neben SchülerInnen auch Lehrlingen, \"die mit beiden Beinen im "
            "Berufsleben stehen\", die Möglichkeit zu geben, in direkten Kontakt mit der Politik zu treten. \"Politik hat mit "
            "dem Leben von uns allen zu tun\", betonte die Präsidentin. In den kommenden zwei Tagen werden die "
            "TeilnehmerInnen am Lehrlingsparlament die Gelegenheit haben, hinter die Kulissen der Gesetzgebung zu blicken, "
            "mit 'echten' Abgeordneten zu diskutieren und sich eigene Meinungen zu bilden. Wichtig in einer modernen und "
            "lebendigen Demokratie sei allerdings, auch andere Haltungen zuzulassen, um letztendlich einen guten Kompromiss "
            "zu finden - das würden die Jugendlichen bei ihrer parlamentarischen Arbeit ebenfalls erkennen, war Bures "
            "überzeugt.")

add(id="ho195-pk-ots-2015-03-04-bures-lehrlingsparlament",
    title="Bures: Demokratie lebt von der Beteiligung junger Menschen",
    url="https://www.ots.at/presseaussendung/OTS_20150304_OTS0103/bures-demokratie-lebt-von-der-beteiligung-junger-menschen",
    retrieved="same address (release of the Parlamentskorrespondenz of 4 March 2015 on the OTS service, dateline "
              "'Wien (PK)'; headline first, subtitle kept as a line of its own (rules 18, 19); the second paragraph 'Im "
              "Lehrlingsparlament von 4. bis 5. März … \"Regelungen für die Lehrlingsausbildung im Betrieb\" … im "
              "Livestream, http://…, übertragen.', which the stored copy runs on with hard line breaks into the cut-off "
              "service line 'Meldungen auf Facebook www.facebook.com/ParlamentWien u', dropped with its quotation as not "
              "certainly complete (rule 15))",
    license=PK,
    paras=["Lehrlingsparlament hat Premiere im Hohen Haus", LEHRL_P1],
    quotes=[(cut(LEHRL_P1, "\"Demokratie lebt", "wollen\""), BURES),
            ("\"die mit beiden Beinen im Berufsleben stehen\"", BURES),
            ("\"Politik hat mit dem Leben von uns allen zu tun\"", BURES),
            ("'echten'", None)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "die Präsidentin"]})
