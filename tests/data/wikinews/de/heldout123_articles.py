# Hundred-and-twenty-third held-out German real-news set (tests/data/heldout123-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1035-1039). None of these
# pages is in any tests/data/*.jsonl (checked by URL / OTS and PK number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases
# and speaker names). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-third held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz of 2008-2022 on the Parliament's programmes for young people (Demokratiewerkstatt,
# Jugendparlament), an exhibition opened on the open day and a commemoration, on parlament.gv.at and on the OTS service.
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = "Wolfgang Sobotka"
PRAMMER = "Barbara Prammer"
BADER = "Karl Bader"

# --- Open day 2022: the travelling exhibition "Parlament on Tour" ---

add(id="ho123-pk-ots-2022-10-26-parlament-on-tour",
    title='Parlament eröffnet am Tag der offenen Tür neue Wanderausstellung "Parlament on Tour"',
    url="https://www.ots.at/presseaussendung/OTS_20221026_OTS0035/parlament-eroeffnet-am-tag-der-offenen-tuer-neue-wanderausstellung-parlament-on-tour",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 October 2022, dateline 'Wien "
              "(PK)'; headline, subtitle and the subheading 'Parlamentsspitze öffnet Tore für Besucher:innen und eröffnet "
              "\"Parlament on Tour\"' kept as lines of their own; the paragraph 'Nationalratspräsident Wolfgang Sobotka lud "
              "alle Besucher:innen ein, … \"Demokratie kommt nicht von selbst. …\", zeigte Sobotka sic', cut off in the "
              "stored copy, dropped with its quotation (rules 15, 1037))",
    license=PK,
    paras=["Bis 3. November am Wiener Josefsplatz zu besichtigen, ab Jänner auf Tour in allen Bundesländern",
           'Wien (PK) - Am heutigen Tag der offenen Tür des Parlaments wurde die neue, mobile Ausstellung "Parlament on '
           'Tour" von der Parlamentsspitze eröffnet. Die interaktive Wanderausstellung über Parlamentarismus und Demokratie '
           'soll das Parlament und seine Akteur:innen zu allen Bürger:innen in die Bundesländer bringen. Sie ist deshalb in '
           'vier Containern beheimatet, die an verschiedenen Orten aufgebaut werden können.',
           'Der letzte Tag der offenen Tür des Parlaments im Ausweichquartier bietet darüber hinaus ein vielfältiges '
           'Programm. Bei einem Rundgang durch die Wiener Hofburg können sich Besucher:innen unter anderem über die '
           'Wiedereröffnung des sanierten Parlamentsgebäudes und über den Nationalfonds informieren. Am Josefsplatz wird die '
           '5-Euro-Demokratiemünze zum Tausch angeboten. Am Heldenplatz kann die Ausstellung "Parlament baut Zukunft | '
           'berührt | verbindet" besichtigt werden.',
           'Parlamentsspitze öffnet Tore für Besucher:innen und eröffnet "Parlament on Tour"',
           'Nach zwei Jahren coronabedingter Pause öffneten Nationalratspräsident Wolfgang Sobotka, Zweite '
           'Nationalratspräsidentin Doris Bures, Dritter Nationalratspräsident Norbert Hofer und Bundesratspräsidentin '
           'Korinna Schumann heute Morgen wieder die Tore zum Ausweichquartier des Parlaments in der Hofburg und begrüßten '
           'die ersten Gäste. Auf dem Josefsplatz gab die Parlamentsspitze zudem den Startschuss für die neue '
           'Wanderausstellung "Parlament on Tour".'],
    quotes=[('"Parlament on Tour"', None, 0),
            ('"Parlament on Tour"', None, 1),
            ('"Parlament baut Zukunft | berührt | verbindet"', None),
            ('"Parlament on Tour"', None, 2),
            ('"Parlament on Tour"', None, 3)],
    aliases={})

# --- Jugendparlament 2019: greeting of the Bundesrat's president ---

add(id="ho123-pk-ots-2019-11-29-bader-jugendparlament",
    title="Bundesratspräsident Bader eröffnete 21. Jugendparlament",
    url="https://www.ots.at/presseaussendung/OTS_20191129_OTS0035/bundesratspraesident-bader-eroeffnete-21-jugendparlament",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 29 November 2019, dateline 'Wien "
              "(PK)'; headline and subtitle kept as separate lines as stored; the paragraph 'Die rund 100 Schülerinne', "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["100 SchülerInnen aus Nieder- und Oberösterreich schlüpfen für einen Tag in die Rolle von Abgeordneten",
           "Wien (PK) - Wie kann gewährleistet werden, dass vom Parlament beschlossene Gesetze nachhaltig sind, und zwar "
           "sowohl was den Schutz der Umwelt und die Schonung natürlicher Ressourcen als auch was die Zukunft von Kindern "
           "und Jugendlichen betrifft? Ist die Einrichtung eines Rates für Nachhaltigkeit und Zukunftssicherung zur Prüfung "
           "von Gesetzesvorschlägen eine probate Lösung? Und ist es beispielsweise sinnvoll, diesen Rat je zur Hälfte mit "
           "zufällig ausgewählten Kindern und Jugendlichen und mit von der Österreichischen Akademie der Wissenschaften "
           "nominierten WissenschaftlerInnen zu besetzen?",
           'Um diese und ähnliche Fragen geht es beim heutigen Jugendparlament, das auf Einladung von Nationalratspräsident '
           'Wolfgang Sobotka in der Hofburg zusammentritt. Bereits zum 21. Mal schlüpfen Schülerinnen und Schüler einen Tag '
           'lang in die Rolle von Abgeordneten, um über einen (fiktiven) Gesetzentwurf zu beraten. Ziel ist es, bis zur '
           'Plenarsitzung am Nachmittag einen möglichst breiten Konsens über ein "Zukunftssicherungsgesetz" zu finden.',
           'Begrüßt wurden die TeilnehmerInnen am Jugendparlament heute Morgen von Bundesratspräsident Karl Bader, der den '
           'Jugendlichen viel Freude und Motivation bei ihrer Arbeit wünschte. "Ihr werdet sehen, dass es nicht einfach '
           'ist, einen Kompromiss zu finden", meinte er in Richtung der Jung-Abgeordneten. "Ihr werdet gut zuhören, eure '
           'Position gut argumentieren und auf Gegenargumente eingehen müssen." Man könne aber gute Ergebnisse erzielen, '
           'wenn man bereit sei, sich mit anderen zusammenzutun, ist er aus Erfahrung überzeugt. Einzelkämpfer hätten im '
           'Parlament selten etwas bewirkt oder weitergebracht. Bader gab auch seiner Hoffnung Ausdruck, dass die '
           'Jugendlichen die heutigen Erfahrungen in ihrem Schul- und späteren Berufsleben nutzen können.'],
    quotes=[('"Zukunftssicherungsgesetz"', None),
            ('"Ihr werdet sehen, dass es nicht einfach ist, einen Kompromiss zu finden"', BADER),
            ('"Ihr werdet gut zuhören, eure Position gut argumentieren und auf Gegenargumente eingehen müssen."', BADER)],
    aliases={BADER: [BADER, "Bundesratspräsident Karl Bader", "Bundesratspräsident Bader", "Bader"]})

# --- Online-Jugendparlament 2021 on voluntary work ---

add(id="ho123-pk-ots-2021-11-26-sobotka-jugendparlament-ehrenamt",
    title="Sobotka will Jugendparlament-Ideen zum Ehrenamt aufgreifen",
    url="https://www.ots.at/presseaussendung/OTS_20211126_OTS0073/sobotka-will-jugendparlament-ideen-zum-ehrenamt-aufgreifen",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 November 2021, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2021-11 ' before the headline dropped (rule 63); headline and subtitle kept "
              "as separate lines as stored; the paragraph 'Die Jugendlichen aus Klassen der 9. Schulstufe werden … "
              "Freistellungen', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Nationalratspräsident lobt Demokratiebewusstsein der Jugendlichen",
           'Wien (PK) - "Ihr setzt ein Zeichen für Demokratie im Allgemeinen, denn Demokratie bedeutet Beteiligung, '
           'Mitbestimmung und Verantwortung". So begrüßte Nationalratspräsident Wolfgang Sobotka per Videoschaltung die '
           'SchülerInnen aus Tirol und Vorarlberg, die heute im Online-Jugendparlament das Thema "Ehrenamt" behandeln. Die '
           '15- bis 16-jährigen SchülerInnen der Polytechnischen Schule Axams und vom BORG Egg hätten schon bei ihrer '
           'Bewerbung zur Teilnahme am Jugendparlament bewiesen, so der Nationalratspräsident, dass sie andere Meinungen zu '
           'respektieren wüssten, um letztlich "Entscheidungen zum Wohle aller" zu treffen.',
           "Die Wichtigkeit freiwilligen Engagements hob Nationalratspräsident Sobotka in Zusammenhang mit dem aktuellen "
           "Debattenthema des Jugendparlaments hervor. Die Gesetzgebungsideen der TeilnehmerInnen zum Ehrenamt wolle er "
           "daher den amtierenden Abgeordneten im Parlament vorstellen."],
    quotes=[('"Ihr setzt ein Zeichen für Demokratie im Allgemeinen, denn Demokratie bedeutet Beteiligung, Mitbestimmung und '
             'Verantwortung"', SOBOTKA),
            ('"Ehrenamt"', None),
            ('"Entscheidungen zum Wohle aller"', SOBOTKA)],
    aliases={SOBOTKA: [SOBOTKA, "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident Sobotka", "Sobotka",
                       "Nationalratspräsident", "der Nationalratspräsident"]})

# --- Holocaust Remembrance Day 2018: announcement of the commemoration ---

add(id="ho123-pk-2018-01-23-aviso-holocaust-gedenken",
    title="Parlamentskorrespondenz Nr. 33 vom 23.01.2018",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2018/PK0033/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline and the subtitle, each kept as a line of its own; two trailing spaces after the last "
              "kept paragraph dropped; the event block of the announcement after it (the subheading 'Podiumsdiskussion "
              "anlässlich des Internationalen Holocaust-Gedenktages', 'Ort:', 'Innenhof des Palais Epstein', 'Zeit:', "
              "'Donnerstag, 25. Jänner 2018, 17.00 Uhr' and the media invitation with the end mark '(Schluss) red') "
              "dropped as service information (rules 19, 48, 1039))",
    license=PK,
    paras=["AVISO: Holocaust-Gedenkveranstaltung im Parlament am 25. Jänner",
           "Nationalratspräsident Sobotka lädt zu einem Zeitzeugengespräch unter der Leitung von Danielle Spera in das "
           "Palais Epstein",
           "Wien (PK) - Im Jahr 2018 jährt sich die Befreiung des Konzentrations- und Vernichtungslagers Auschwitz-Birkenau "
           "zum 73. Mal. Anlässlich des Internationalen Tages des Gedenkens an die Opfer des Holocaust lädt "
           "Nationalratspräsident Wolfgang Sobotka am Donnerstag, dem 25. Jänner 2018, um 17.00 Uhr in den Innenhof des "
           "Palais Epstein ein.",
           '"Das Gedenkjahr 2018 ist mir nicht nur in meiner Funktion als Nationalratspräsident, sondern auch persönlich '
           'als Historiker ein großes Anliegen. Wir dürfen nicht zulassen, dass die grauenhaften Taten während der Zeit des '
           'Nationalsozialismus in Vergessenheit geraten und müssen auch kommende Generationen für das dunkelste Kapitel '
           'unserer Geschichte sensibilisieren. Das ist kein Vorhaben, es ist schlichtweg unsere Verantwortung. Niemals '
           'vergessen", fasst Sobotka die Intention der Veranstaltung zusammen.',
           "Im Mittelpunkt der Gedenkveranstaltung steht ein Zeitzeugengespräch, das von der Direktorin des Jüdischen "
           "Museums Wien, Danielle Spera, geleitet wird. Der Nationalratspräsident wird die Gäste begrüßen, für die "
           "musikalische Umrahmung sorgen junge Musikerinnen und Musikern der Universität für Musik und angewandte Kunst "
           "Wien. Die Veranstaltung kann auch über Livestream verfolgt werden. Der Link dazu steht auf der Website des "
           "Parlaments (www.parlament.gv.at) zur Verfügung."],
    quotes=[('"Das Gedenkjahr 2018 ist mir nicht nur in meiner Funktion als Nationalratspräsident, sondern auch persönlich '
             'als Historiker ein großes Anliegen. Wir dürfen nicht zulassen, dass die grauenhaften Taten während der Zeit '
             'des Nationalsozialismus in Vergessenheit geraten und müssen auch kommende Generationen für das dunkelste '
             'Kapitel unserer Geschichte sensibilisieren. Das ist kein Vorhaben, es ist schlichtweg unsere Verantwortung. '
             'Niemals vergessen"', SOBOTKA)],
    aliases={SOBOTKA: [SOBOTKA, "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident Sobotka", "Sobotka",
                       "Nationalratspräsident", "Der Nationalratspräsident"]})

# --- Demokratiewerkstatt 2010: "Profis" honoured by the President of the Nationalrat ---

add(id="ho123-pk-ots-2010-01-21-prammer-demokratiewerkstatt-profis",
    title='Demokratiewerkstatt: Bereits mehr als 20.000 BesucherInnen NR-Präsidentin Prammer zeichnet 29 AbsolventInnen '
          'als "Profis" aus',
    url="https://www.ots.at/presseaussendung/OTS_20100121_OTS0165/demokratiewerkstatt-bereits-mehr-als-20000-besucherinnen-nr-praesidentin-prammer-zeichnet-29-absolventinnen-als-profis-aus",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 21 January 2010, dateline 'Wien "
              "(PK)'; headline and subtitle, which the stored copy runs together in one line, kept so (rule 18); the end "
              "mark '(Schluss)', the line 'Digitale Pressemappe: http://www.ots.at/pressemappe/172', the contact block "
              "'Rückfragen & Kontakt: …' and the OTS notice dropped (rule 48))",
    license=PK,
    paras=['Wien (PK) - Eine nächste Gruppe von "Demokratiewerkstatt-Profis" gilt es heute Nachmittag im Parlament '
           'auszuzeichnen. Nationalratspräsidentin Barbara Prammer wird 29 Kindern Urkunde und Medaille überreichen, die sie '
           'als ExpertInnen in Demokratie ausweisen. Sie haben alle vier angebotenen Workshops absolviert, einige von ihnen '
           'sind sogar bis zu acht Mal dagewesen. Es ist das bereits die vierte Ehrung dieser Art.',
           'Präsidentin Prammer dankte den Kindern für ihr Interesse und für ihr Engagement, zwei Voraussetzungen für eine '
           'funktionierende Demokratie. Zugleich ersuchte sie die jungen BürgerInnen, weiterhin aufmerksam gegenüber dem zu '
           'sein, was in ihrem gesellschaftlichen Umfeld passiert. Sie sollten das politische Geschehen genau beobachten, '
           'sich eine eigene Meinung bilden und diese auch äußern, so Prammer: "Denn das ist das Motto eines unserer '
           'Workshops: Eure Meinung zählt!"',
           "Im Oktober 2007 hat die Demokratiewerkstatt im Palais Epstein ihren Betrieb aufgenommen und auf Anhieb voll "
           "eingeschlagen. 905 Workshops sind seither abgehalten worden, exakt 20.855 Schülerinnen und Schüler haben in "
           "Demokratie, Parlamentarismus und Medien hinein geschnuppert. Zielgruppe sind in erster Linie Schulklassen, jeden "
           "ersten Samstag im Monat ist die Demokratiewerkstatt für EinzelteilnehmerInnen geöffnet."],
    quotes=[('"Profis"', None),
            ('"Demokratiewerkstatt-Profis"', None),
            ('"Denn das ist das Motto eines unserer Workshops: Eure Meinung zählt!"', PRAMMER)],
    aliases={PRAMMER: [PRAMMER, "Nationalratspräsidentin Barbara Prammer", "NR-Präsidentin Prammer",
                       "Präsidentin Prammer", "Prammer"]})

# --- Demokratiewerkstatt 2010: Wolf Biermann's visit announced ---

add(id="ho123-pk-ots-2010-11-07-biermann-demokratiewerkstatt",
    title="Wolf Biermann besucht die Demokratiewerkstatt NR-Präsidentin Prammer macht Werbung im Ausland",
    url="https://www.ots.at/presseaussendung/OTS_20101107_OTS0046/wolf-biermann-besucht-die-demokratiewerkstatt-nr-praesidentin-prammer-macht-werbung-im-ausland",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 7 November 2010, dateline 'Wien "
              "(PK)'; headline and subtitle, which the stored copy runs together in one line, kept so (rule 18); the hard "
              "line breaks of the stored copy inside paragraphs ('Wolf Biermann,|Liedermacher', 'Parlament|eingeladen', "
              "'wir wollen|diese Idee', 'und kann|gelernt werden') joined with a space (rule 48); the typo 'die "
              "NR-Präsidenten' kept (rule 20); the list after the last kept paragraph ('Zurzeit bietet die "
              "Demokratiewerkstatt sechs Workshops an:' and its items, the sixth cut off in the stored copy at 'Die Europa "
              "Werkstatt hilft') dropped as a whole (rules 15, 17))",
    license=PK,
    paras=["Wien (PK) - Prominenten Besuch bekommt morgen Vormittag die Demokratiewerkstatt im Palais Epstein. Wolf "
           "Biermann, Liedermacher und Lyriker aus Deutschland, ist von Nationalratspräsidentin Barbara Prammer in das "
           "Parlament eingeladen worden. Biermann - er trat heute bei einer von Parlament und Volkstheater veranstalteten "
           "Matinée zum Gedenken an die Novemberpogrome 1938 auf - wird in zwei Workshops sehen, wie sich Jugendliche mit "
           "Demokratie vertraut machen.",
           '"Die Demokratiewerkstatt ist ein großer Erfolg und wir wollen diese Idee exportieren", sagt Prammer. Die '
           'Werkstatt soll international bekannt gemacht werden, damit sich andere Parlamente ähnliche Modelle überlegen. '
           'Deshalb sei es wichtig, wenn sich auch ausländische Gäste interessieren und zuhause Werbung dafür machen, freut '
           'sich die NR-Präsidenten über den Besuch Biermanns.',
           'Die Demokratiewerkstatt besteht seit drei Jahren und ist bereits von rund 30.000 Schülerinnen und Schülern '
           'besucht worden. Einrichtungen wie diese seien für junge Menschen überaus wichtig, argumentiert Prammer: '
           '"Demokratie will gelernt sein und kann gelernt werden." Es gehe in der Demokratiewerkstatt einerseits darum, '
           'die Bedeutung von Teilhabe an der Gesellschaft zu vermitteln. Andererseits sollen die dafür erforderlichen '
           'Fähigkeiten gefördert werden: Artikulation eigener Meinung, Lust am Diskurs, Bewusstsein für demokratische '
           'Prinzipien und Medienkompetenz.'],
    quotes=[('"Die Demokratiewerkstatt ist ein großer Erfolg und wir wollen diese Idee exportieren"', PRAMMER),
            ('"Demokratie will gelernt sein und kann gelernt werden."', PRAMMER)],
    aliases={PRAMMER: [PRAMMER, "Nationalratspräsidentin Barbara Prammer", "NR-Präsidentin Prammer", "Prammer"]})

# --- Demokratiewerkstatt 2008: the first "Profis" ---

add(id="ho123-pk-2008-12-05-prammer-demokratiewerkstatt-profis",
    title="Parlamentskorrespondenz Nr. 922 vom 05.12.2008",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2008/pk0922",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then the headline as a line of its own; the subheading 'Die Demokratiewerkstatt des Parlaments im Palais "
              "Epstein' and the paragraph after it ('Die heute ausgezeichneten \"Demokratiewerkstatt-Profis\" stellen nur "
              "die Spitze eines Eisbergs dar, denn seit der Ei'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Barbara Prammer zeichnet Demokratiewerkstatt-Profis im Parlament aus",
           'Wien (PK) – Sie heißen Adrian, Christoph, Hannah, Yasmin, Leopold oder Nora und sind zwischen 9 und 14 Jahre '
           'alt, manche gehen in die Volksschule, andere in das Gymnasium oder in die Hauptschule und dürfen sich schon '
           '"Profis" nennen, genauer "Demokratiewerkstatt-Profis". Denn sie gehören zu den 30 Kindern und Jugendlichen, die '
           'im letzten Jahr alle vier Workshops absolvierten, die in der "Demokratiewerkstatt" des Parlaments im Palais '
           'Epstein angeboten werden. Die Kinder haben PolitikerInnen interviewt, sich mit Gesetzen befasst und beobachtet, '
           'wie sie gemacht werden, sie haben Passanten zu politischen Themen befragt und darüber diskutiert, was Demokratie '
           'für sie selbst bedeutet. Einig waren sich alle "Demokratiewerkstatt-Profis" jedenfalls darin, dass es sehr '
           'spannend ist, die Sitzungssäle des Parlaments kennenzulernen und mit Abgeordneten zu sprechen. Es mache Spaß, an '
           'einem Radiofeature, einem Video oder an einer Zeitung mitzuarbeiten, sagten die "Demokratiewerkstatt-Profis" und '
           'äußerten den Wunsch, auch in Zukunft an Projekten in der "Demokratiewerkstatt" mitzumachen.',
           'Nationalratspräsidentin Barbara Prammer zeigte sich bei der Überreichung der Medaillen und Urkunden an die '
           'Kinder froh und stolz darüber, dass die "Demokratiewerkstatt" so gut ankommt, lobte die Leistungen der '
           '"Demokratiewerkstatt"-Profis und lud sie zu weiteren Besuchen im Parlament ein. Dabei informierte die '
           'Präsidentin über die Erweiterung des Programms der "Demokratiewerkstatt". Ab 19.12.2008 wird ein neuer '
           'Workshops mit dem Schwerpunkt Zeitgeschichte angeboten und aus Anlass der Wahlen zum EU-Parlament wird im '
           'kommenden Jahr ein neuer Workshop zum Thema "Europäische Union" seine Arbeit aufnehmen.'],
    quotes=[('"Profis"', None),
            ('"Demokratiewerkstatt-Profis"', None, 0),
            ('"Demokratiewerkstatt"', None, 0),
            ('"Demokratiewerkstatt-Profis"', None, 1),
            ('"Demokratiewerkstatt-Profis"', None, 2),
            ('"Demokratiewerkstatt"', None, 1),
            ('"Demokratiewerkstatt"', None, 2),
            ('"Demokratiewerkstatt"', None, 3),
            ('"Demokratiewerkstatt"', None, 4),
            ('"Europäische Union"', None)],
    aliases={})
