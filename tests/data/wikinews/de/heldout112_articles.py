# Hundred-and-twelfth held-out German real-news set (tests/data/heldout112-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 925-928). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data, and by names and distinctive phrases against the texts of all
# sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twelfth held-out set": news items ("Nachrichten der Bundesregierung") of the
# Austrian Federal Chancellery on bundeskanzleramt.gv.at (EU affairs: the Europe minister at the General Affairs Council and on a working visit;
# volunteering: the state prize for voluntary work, 2023 and 2024) and one news item of the German Federal Government on
# bundesregierung.de (sport: the Chancellor's video call with the Olympic team, 2022). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


EDTSTADLER = "Karoline Edtstadler"
EDTSTADLER_FORMS = ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler", "Europaministerin"]

# --- bundeskanzleramt.gv.at: the Europe minister at the General Affairs Council ---

LUX_P2 = ("Europaministerin Karoline Edtstadler nimmt derzeit am Rat Allgemeine Angelegenheiten in Luxemburg teil. Die "
          "Europaministerinnen und -minister der Europäischen Union beraten am Dienstag über die Empfehlung der "
          "EU-Kommission, der Ukraine und Moldawien offiziell den Status als EU-Beitrittskandidaten zu verleihen sowie über "
          "die Frage, welche Bedingungen dazu erfüllt werden müssen. Österreich und Slowenien wollen diesen Status auch für "
          "Bosnien-Herzegowina, das Land ist derzeit nur ein potentieller Beitrittskandidat. \"Es geht heute ganz stark um "
          "die Frage der Erweiterung in Richtung Osten, aber wir dürfen auch den Westbalkan im Südosten nicht vergessen. Zum "
          "anderen geht es um die Beziehungen der Europäischen Union zum Vereinigten Königreich sowie um die Zukunft der EU. "
          "Dabei steht im Fokus, wie wir den Zukunftsprozess weiterhin aufrechterhalten wollen und wie wir ein Follow-up der "
          "EU-Zukunftskonferenz in den Raum stellen, der das erfüllt, was sich die Bürgerinnen und Bürger erwarten, nämlich "
          "mehr Einbindung\", so Karoline Edtstadler vor dem Rat.")
LUX_P4 = ("Es gehe heute darum, \"eine historische Chance\" zu nützen, den Gipfel der Staats- und Regierungsspitzen "
          "vorzubereiten und \"ein klares Signal der Stärke der EU durch Erweiterungsüberlegungen in Richtung Osten und in "
          "Richtung Westbalkan zu senden\", sagte die Europaministerin. Es sei gut und richtig, den Staaten des Westbalkans zu "
          "einem nächsten Schritt zu verhelfen, die seit Jahren in einer \"Warteschleife\" hängen würden. \"Es darf keine "
          "Kandidaten erster und zweiter Klasse geben. Die EU muss ihre Versprechen gegenüber dem Westbalkan halten, der "
          "gerade jetzt ein starkes Signal braucht\", betonte Edtstadler.")

add(id="ho112-bka-2022-06-edtstadler-luxemburg",
    title="Europaministerin Edtstadler: \"Klares Signal der Stärke der EU senden\"",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/06/"
        "europaministerin-edtstadler-klares-signal-der-staerke-der-eu-senden.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, June 2022; the "
              "subtitle 'Rat Allgemeine Angelegenheit in Luxemburg – …' (published without the plural ending) and the "
              "subheading 'EU-Erweiterung: \"Historische Chance nützen\"' kept as lines of their own (rule 18); the "
              "subheading 'EU-Zukunftskonferenz braucht Follow-up-Prozess' and its paragraph 'Zur EU-Zukunftskonferenz "
              "erklärte die Ministerin, dass man s', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Rat Allgemeine Angelegenheit in Luxemburg – EU-Beitrittskandidatenstatus im Fokus",
           LUX_P2,
           "EU-Erweiterung: \"Historische Chance nützen\"",
           LUX_P4],
    quotes=[("\"Klares Signal der Stärke der EU senden\"", EDTSTADLER),
            (cut(LUX_P2, "\"Es geht heute", "mehr Einbindung\""), EDTSTADLER),
            ("\"Historische Chance nützen\"", EDTSTADLER),
            ("\"eine historische Chance\"", EDTSTADLER),
            (cut(LUX_P4, "\"ein klares Signal", "zu senden\""), EDTSTADLER),
            ("\"Warteschleife\"", EDTSTADLER),
            (cut(LUX_P4, "\"Es darf keine", "Signal braucht\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Edtstadler", "Edtstadler", "Europaministerin",
                          "Europaministerin Karoline Edtstadler"]})

RAA22_P2 = ("\"Heute haben wir zahlreiche Themen auf der Agenda, einige davon kennen wir bereits sehr gut, wobei es aber noch "
            "einer Weiterentwicklung bedarf: Wenn wir etwa die Konferenz zur Zukunft Europas hernehmen, das Thema Brexit und "
            "natürlich auch die weitere COVID-Koordinierung. Wir sind noch immer nicht am Ende der Pandemie und es ist "
            "notwendig, hier weiter abgestimmt vorzugehen\", sagte Europaministerin Karoline Edtstadler bei ihrer Ankunft zum "
            "Rat Allgemeine Angelegenheiten in Brüssel. Sie freue sich auf die erste Sitzung des Rates unter französischer "
            "Vorsitzführung. Mit dem französischen Ratsvorsitzenden Clément Beaune habe sie bereits vor einer Woche bei einem "
            "Arbeitsbesuch in Paris einen ausgezeichneten Austausch gehabt.")
RAA22_P3 = ("Zudem werde heute erstmals ein umfangreiches Demokratiepaket besprochen. Die französische Ratspräsidentschaft "
            "habe durchklingen lassen, dass sie hier sehr ambitionierte Ziele habe: \"Das begrüßen und unterstützen wir, denn "
            "es ist wichtig Transparenz, Medienpluralismus und den Kampf gegen Desinformation voranzutreiben\", so "
            "Edtstadler. Insbesondere vor den nächsten Wahlen zum Europäischen Parlament müsse das Paket fertig sein, denn "
            "\"es geht um nicht weniger als die Absicherung von freien Wahlen\", hielt die Bundesministerin fest. Die "
            "Europaministerin erwartet sich von der Ratssitzung einen guten ersten Austausch.")

add(id="ho112-bka-2022-01-edtstadler-erster-rat",
    title="Europaministerin Edtstadler: Erster Rat \"Allgemeine Angelegenheiten\" unter französischer Präsidentschaft mit "
          "breiter Agenda",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/01/"
        "europaministerin-edtstadler-erster-rat-allgemeine-angelegenheiten-unter-franzoesischer-praesidentschaft-mit-"
        "breiter-agenda.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, January 2022; "
              "the subtitle 'RAA diskutiert erstmals umfangreiches Demokratiepaket – …' kept as a line of its own (rule 18); "
              "the subheading 'COVID-Krise noch nicht zu Ende' and its paragraph 'Zur Corona-Pandemie hielt Karoline "
              "Edtstadler fest, … \"Österreich ist es ganz wichtig, … in Öste', cut off in the stored copy, dropped with its "
              "unclosed quotation (rule 15))",
    license=BKA,
    paras=["RAA diskutiert erstmals umfangreiches Demokratiepaket – COVID-Koordinierung und Brexit weitere Themen",
           RAA22_P2,
           RAA22_P3],
    quotes=[("\"Allgemeine Angelegenheiten\"", None),
            (cut(RAA22_P2, "\"Heute haben", "vorzugehen\""), EDTSTADLER),
            (cut(RAA22_P3, "\"Das begrüßen", "voranzutreiben\""), EDTSTADLER),
            ("\"es geht um nicht weniger als die Absicherung von freien Wahlen\"", EDTSTADLER)],
    aliases={EDTSTADLER: EDTSTADLER_FORMS + ["Bundesministerin"]})

RAA21_P2 = ("\"Es ist wichtig, dass wir die COVID-Koordinierung in der EU fortsetzen. Vor allem geht es darum, die Impfraten "
            "in allen europäischen Ländern zu erhöhen und das Vertrauen der Menschen in den Impfstoff zu stärken\", sagte "
            "Europaministerin Karoline Edtstadler beim Rat Allgemeine Angelegenheiten in Brüssel. Die Menschen müssten einen "
            "Anreiz verspüren, das Impfangebot anzunehmen. Das heutige Treffen dient auch der Vorbereitung des nächsten "
            "Europäischen Rats mit einer Bandbreite an Themen, von der Covid 19-Bekämpfung über die Digitalisierung bis hin "
            "zu den Außenbeziehungen der EU\", so die Europaministerin.")
RAA21_P3 = ("Österreich sei zudem ein Dialog die Schweiz betreffend wichtig: \"Ich habe gefordert, dass wir heute auch die "
            "Schweiz behandeln. Sie ist ein wichtiger Partner und liegt im Herzen der EU. Gerade für Österreich ist es daher "
            "wichtig, eine Negativspirale in den Beziehungen zwischen der EU und der Schweiz zu vermeiden und eine enge "
            "Partnerschaft sicherzustellen.\"")
RAA21_P5 = ("Edtstadler nahm auch auf den Streit um das geplatzte U-Boot-Geschäft zwischen Australien und Frankreich Bezug: "
            "\"Ich kann verstehen, wenn Frankreich verärgert ist. Es geht nun darum, sich zu überlegen, wie man damit umgeht. "
            "Zunächst müssen alle Fakten seitens Frankreichs auf den Tisch gelegt werden.\" Was die Sicherheitsfragen in der "
            "EU insgesamt betreffe, so sei auch die Konferenz zur Zukunft Europas ein Forum, die Meinung der Bürgerinnen und "
            "Bürger anzuhören. Es gehe einerseits um physische Verteidigung, anderseits auch um die Sicherheit im "
            "Cyberbereich.")

add(id="ho112-bka-2021-09-edtstadler-impfraten",
    title="Europaministerin Edtstadler: Impfraten in allen EU-Ländern erhöhen",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2021/09/"
        "europaministerin-edtstadler-impfraten-in-allen-eu-laendern-erhoehen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, September 2021, "
              "complete as stored: the headline, the subtitle 'Rat Allgemeine Angelegenheiten – …', three paragraphs and the "
              "subheading 'Verständnis für Verärgerung Frankreichs', kept as lines of their own (rule 18); the published "
              "closing mark without an opening mark after 'Außenbeziehungen der EU' kept (rules 20, 22, 925))",
    license=BKA,
    paras=["Rat Allgemeine Angelegenheiten – COVID-Impfung, Zukunft Europas und Schweiz im Mittelpunkt der Gespräche",
           RAA21_P2,
           RAA21_P3,
           "Verständnis für Verärgerung Frankreichs",
           RAA21_P5],
    quotes=[(cut(RAA21_P2, "\"Es ist wichtig", "zu stärken\""), EDTSTADLER),
            (cut(RAA21_P2, "Das heutige Treffen", "der EU\""), EDTSTADLER),
            (cut(RAA21_P3, "\"Ich habe", "sicherzustellen.\""), EDTSTADLER),
            (cut(RAA21_P5, "\"Ich kann", "gelegt werden.\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                          "Edtstadler", "Europaministerin"]})

SWE_P2 = ("Europaministerin Karoline Edtstadler befindet sich derzeit auf Arbeitsbesuch in der schwedischen Hauptstadt "
          "Stockholm und ist dort mit ihrer Amtskollegin Jessika Roswall zusammengetroffen. \"Schweden übernimmt am 1. Jänner "
          "2023 den Vorsitz im Rat der Europäischen Union. Es gibt daher viele Dinge zu besprechen, etwa das Arbeitsprogramm "
          "des schwedischen Ratsvorsitzes. Darunter sind natürlich auch die brennenden Themen wie der Kampf gegen illegale "
          "Migration und gegen den Klimawandel sowie Maßnahmen für mehr Wettbewerbsfähigkeit in Europa.\" Bei dem Gespräch hat "
          "Edtstadler Österreichs Nein zu Schengen-Erweiterung bekräftigt: \"Wir können nicht für die Erweiterung des "
          "Schengen-Raums stimmen, weil es dabei auch um die Frage der Sicherheit der europäischen Bürgerinnen und Bürger "
          "geht.\"")

add(id="ho112-bka-2022-12-edtstadler-schweden",
    title="Europaministerin Edtstadler zu Gesprächen über den EU-Ratsvorsitz in Schweden",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/12/"
        "europaministerin-edtstadler-zu-gespraechen-ueber-den-eu-ratsvorsitz-in-schweden.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, December 2022; "
              "the subtitle 'Ministerin traf Physik-Nobelpreisträger Zeilinger zum Auftakt der \"Nobel Week\"' kept as a line "
              "of its own (rule 18); the second paragraph '\"Mit Schweden übernimmt ein Staat den Vorsitz … Auf EU-Ebene habe "
              "es \"selten eine so hohe Aufmerksamkeit\" für das Thema Migrat', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Ministerin traf Physik-Nobelpreisträger Zeilinger zum Auftakt der \"Nobel Week\"",
           SWE_P2],
    quotes=[("\"Nobel Week\"", None),
            (cut(SWE_P2, "\"Schweden übernimmt", "in Europa.\""), EDTSTADLER),
            (cut(SWE_P2, "\"Wir können", "Bürger geht.\""), EDTSTADLER)],
    aliases={EDTSTADLER: ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin Edtstadler",
                          "Edtstadler", "Europaministerin"]})

# --- bundeskanzleramt.gv.at: the state prize for voluntary work ---

NEHAMMER = "Karl Nehammer"

EHR23_P2 = ("\"Dieser Preis ist ein Zeichen der Anerkennung und der Wertschätzung. Er zeichnet aus, was wir als Gemeinschaft "
            "sind und was wir als Gemeinschaft leisten können. Wir alle, jeder und jede einzelne von uns\", sagte "
            "Bundeskanzler Karl Nehammer anlässlich der erstmaligen Verleihung des Österreichischen Staatspreises für "
            "freiwilliges und ehrenamtliches Engagement am 4. Dezember, dem Vorabend des Internationalen Tages des "
            "Ehrenamtes. Gemeinsam mit Sozialminister Johannes Rauch und Jugendstaatssekretärin Claudia Plakolm würdigte der "
            "Kanzler den besonderen Einsatz von 26 Vereinen, Initiativen, Projekten und Organisationen im Rahmen einer "
            "feierlichen Gala im Wiener Museumsquartier. Die Preisträgerinnen und Preisträger wurden von einer Fachjury aus "
            "über 200 Einreichungen ausgewählt und in 5 Kategorien sowie mit einem Sonderpreis ausgezeichnet.")
EHR23_P4 = ("\"Unser Land ist ein Land der Gemeinschaft. Ein Land, indem wir aufeinander schauen, uns um den anderen kümmern "
            "und nicht wegsehen, wenn jemand Hilfe oder Unterstützung braucht\", betonte Nehammer. Im Vordergrund des "
            "Ehrenamtes und der Freiwilligenarbeit stehe \"das Wir\" und nicht \"das Ich\". Diese Einstellung sei für ihn die "
            "wesentliche Basis für Freiwilligenarbeit, \"und so sehe ich auch meine Rolle als Bundeskanzler\". Er gratulierte "
            "den Preisträgerinnen und Preisträgern mit den Worten: \"Ihr glaubt an Österreich, ihr glaubt an eure "
            "Mitmenschen und seid das Herz und die Seele unserer Gesellschaft.\"")

add(id="ho112-bka-2023-12-staatspreis-ehrenamt",
    title="Nehammer/Rauch/Plakolm: Staatspreis für ehrenamtliches Engagement als Zeichen der Wertschätzung",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/12/"
        "nehammer-staatspreis-fuer-ehrenamtliches-engagement-zeichen-der-wertschaetzung.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, December 2023; "
              "the subtitle 'Bundeskanzler gratulierte: \"Ihr seid das Herz …\"' and the subheading 'Nehammer: Im "
              "Vordergrund steht die Gemeinschaft, \"das Wir\"' kept as lines of their own (rule 18); the published "
              "'indem' for 'in dem' kept (rule 20); the subheading 'Plakolm: Viele junge Menschen leisten tatkräftigen "
              "Beitrag' and its paragraph '\"Für die Menschen in Österreich ist Ehrenamt schlichtweg Ehrensache, … \"Egal ob "
              "das im sozialen Bereich, im ', cut off in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=BKA,
    paras=["Bundeskanzler gratulierte: \"Ihr seid das Herz und die Seele unserer Gesellschaft\"",
           EHR23_P2,
           "Nehammer: Im Vordergrund steht die Gemeinschaft, \"das Wir\"",
           EHR23_P4],
    quotes=[("\"Ihr seid das Herz und die Seele unserer Gesellschaft\"", NEHAMMER),
            (cut(EHR23_P2, "\"Dieser Preis", "von uns\""), NEHAMMER),
            ("\"das Wir\"", NEHAMMER, 0),
            (cut(EHR23_P4, "\"Unser Land", "Unterstützung braucht\""), NEHAMMER),
            ("\"das Wir\"", NEHAMMER, 1),
            ("\"das Ich\"", NEHAMMER),
            ("\"und so sehe ich auch meine Rolle als Bundeskanzler\"", NEHAMMER),
            (cut(EHR23_P4, "\"Ihr glaubt", "Gesellschaft.\""), NEHAMMER)],
    aliases={NEHAMMER: ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Nehammer", "Bundeskanzler", "Kanzler"]})

RAUCH = "Johannes Rauch"

EHR24_P1 = ("Das Bundeskanzleramt und das Sozialministerium haben am Mittwoch zum zweiten Mal den Staatspreis für "
            "freiwilliges und ehrenamtliches Engagement verliehen. 16 Vereine, Projekte, Initiativen und Einzelpersonen "
            "wurden in fünf Kategorien ausgezeichnet. Ein Sonderpreis wurde für besonderes Engagement in der "
            "Freiwilligenkoordination verliehen. Die Gewinnerinnen und Gewinner wurden von einer Fachjury aus rund 200 "
            "Einreichungen ausgewählt. Überreicht wurden die Auszeichnungen zusammen mit einem Preisgeld von bis zu 5.000 "
            "Euro im Rahmen einer feierlichen Gala in den Wiener Sofiensälen.")
EHR24_P2 = ("Rund 3,7 Millionen Menschen in Österreich engagieren sich in ihrer Freizeit in Vereinen, Initiativen, Projekten "
            "und Organisationen für das Wohl ihrer Mitmenschen – ein Engagement, das am Abend vor dem internationalen Tag des "
            "Ehrenamts mit der Verleihung des Staatspreises für freiwilliges und ehrenamtliches Engagement gewürdigt wurde. "
            "Zum zweiten Mal holten Bundeskanzleramt und Sozialministerium innovative Projekte, herausragende Leistungen und "
            "persönlichen Einsatz auf die Bühne, die durch ihr Engagement und kreative Ansätze den gesellschaftlichen "
            "Zusammenhalt stärken und ein wahres Vorbild für andere sind.")
EHR24_P3 = ("Sozialminister Johannes Rauch: \"Freiwilliges und ehrenamtliches Engagement ist ein Kitt, der unsere "
            "Gesellschaft zusammenhält. Rettungsfahrer:innen, Feuerwehrmänner und -frauen, Begleiter:innen von Menschen mit "
            "Behinderungen und Pflegebedürftigen: Ihre Arbeit macht das bestehende Angebot in Sozial- und "
            "Gesundheitseinrichtungen und vielen anderen Bereichen unserer Gesellschaft möglich. Der Staatspreis ist ein "
            "Zeichen der Anerkennung für das besondere Engagement, das tagtäglich zum Wohl anderer erbracht wird. Die "
            "Preisträger:innen stehen dabei stellvertretend für die vielfältige Freiwilligenkultur in Österreich.\"")

add(id="ho112-bka-2024-12-zweiter-staatspreis-ehrenamt",
    title="Zweiter Staatspreis für freiwilliges und ehrenamtliches Engagement verliehen",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2024/12/"
        "zweiter-staatspreis-fuer-freiwilliges-und-ehrenamtliches-engagement-verliehen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, December 2024; "
              "the last paragraph 'Staatssekretärin Claudia Plakolm: \"Fast die Hälfte aller Menschen in Österr', cut off in "
              "the stored copy, dropped with its unclosed quotation (rule 15), so Plakolm is not a speaker of this text)",
    license=BKA,
    paras=[EHR24_P1, EHR24_P2, EHR24_P3],
    quotes=[(cut(EHR24_P3, "\"Freiwilliges", "in Österreich.\""), RAUCH)],
    aliases={RAUCH: ["Johannes Rauch", "Sozialminister Johannes Rauch"]})

# --- bundesregierung.de: the Chancellor and the Olympic team ---

SCHOLZ = "Olaf Scholz"

OLY_P3 = ("Per Videokonferenz sprach Bundeskanzler Olaf Scholz am Donnerstag mit deutschen Teilnehmerinnen und Teilnehmern "
          "der Olympischen Spiele in Peking. Der Kanzler gratulierte den bisherigen Medaillengewinnern. Außerdem sagte Scholz: "
          "„Ich wünsche allen Athletinnen und Athleten aus dem Team D noch viel Erfolg – und denen in Isolation die Chance auf "
          "einen erfolgreichen Wettbewerb.“  Er selbst begeistere sich inzwischen fürs Joggen und Rudern, erzählte der "
          "Kanzler. „Auch wenn ich als Kind eher unsportlich war.“")

add(id="ho112-breg-2022-02-scholz-olympia",
    title="Kanzler Scholz gratuliert deutschen Medaillengewinnern",
    url="https://www.bundesregierung.de/breg-de/aktuelles/oympische-winterspiele-peking-2002914",
    retrieved="same address (stored page of February 2022; the navigation lines 'Bundesregierung ⏐ Startseite', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' and the "
              "reading-time line '1 Min. Lesedauer' dropped as furniture; the kicker and the headline, which the stored copy "
              "runs together after the navigation ('Olympische Winterspiele 2022  Kanzler Scholz gratuliert …'), kept so "
              "with the published double space (rules 18, 20); the image text 'Das Foto zeigt einen Bildschirm …', the "
              "caption 'Videokonferenz mit Olympioniken: …' and the credit 'Foto: Bundesregierung/Bergmann' dropped (rule "
              "93); the double space after the closing mark of the first quotation kept (rule 20); the subheading "
              "'Paralympische Winterspiele im März' and its paragraph 'Ab dem 4. März bis zum 13. März … Der Deuts', cut off "
              "in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Olympische Winterspiele 2022  Kanzler Scholz gratuliert deutschen Medaillengewinnern",
           "Bundeskanzler Olaf Scholz hat am Donnerstag in einer Videokonferenz mit deutschen Olympioniken gesprochen, zu den "
           "bisherigen Medaillen gratuliert und noch viel Erfolg gewünscht. Im Gespräch erzählte der Kanzler auch, welche "
           "Sportarten er selbst gerne ausübt.",
           OLY_P3,
           "Über 300 Medaillen sind zu vergeben",
           "Der Deutsche Olympische Sportbund hat insgesamt 149 deutsche Athletinnen und Athleten zu den Winterspielen nach "
           "Peking entsandt. Insgesamt gibt es 109 Entscheidungen und 327 zu vergebende Medaillen. Das sind sieben mehr als "
           "bei den vorangegangenen Winterspielen im südkoreanischen Pyeongchang. Deutschland landete bei den Spielen 2018 "
           "im Medaillenspiegel auf Platz 2 mit insgesamt 31 Medaillen, hinter Norwegen auf Platz 1."],
    quotes=[(cut(OLY_P3, "„Ich wünsche", "Wettbewerb.“"), SCHOLZ),
            ("„Auch wenn ich als Kind eher unsportlich war.“", SCHOLZ)],
    aliases={SCHOLZ: ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Kanzler Scholz", "Scholz", "Kanzler"]})
