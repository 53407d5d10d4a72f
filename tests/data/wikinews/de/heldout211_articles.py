# Two-hundred-and-eleventh held-out German real-news set (tests/data/heldout211-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1530-1533). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-eleventh held-out set" of SOURCES.md: texts of the Austrian Parliament (licence
# PK): three releases of the Parlamentskorrespondenz on the OTS press-release service (the Nationalrat's debate on the
# Bundesheer reform of June 2020, the Bundesrat's Dringliche Anfrage on the defence minister of July 2020, the Nationalrat's
# vote on the motion of no confidence of October 2020) and two pages of the stenographic protocols on parlament.gv.at (the
# Bundesrat's 774th sitting, a Nationalrat speech of the XXVII. GP). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- OTS: Parlamentskorrespondenz of 30 June 2020, Tanner's statement on the Bundesheer reform ---

KICKL = "Herbert Kickl"

REFORM_P1 = ('Wien (PK) - Die Landesverteidigung sei eine Kernaufgabe des Heeres und werde nicht in Frage gestellt. Es gelte '
             'aber, das Militär bereit für die Zukunft zu machen. Das betonte Verteidigungsministerin Klaudia Tanner bei ihrer '
             'heutigen Erklärung im Nationalrat. Unter dem Titel "UNSER HEER: Aktueller Stand der Vorbereitungen zur Umsetzung '
             'gemäß Regierungsprogramm" informierte sie die Abgeordneten über ihre Reformpläne beim Heer. Die Kommunikation in '
             'den letzten Tagen sei nicht optimal gelaufen, räumte Tanner ein, das ändert ihrer Meinung nach aber nichts '
             'daran, dass es notwendig sei, auf neue Herausforderungen zu reagieren.')
REFORM_P3 = ('Während sich ÖVP und Grüne hinter die Reformpläne der Ministerin stellten, hagelte es von Seiten der Opposition '
             'weiter Kritik. So sehen etwa SPÖ und FPÖ die Neutralität Österreichs durch ein Zurückfahren der militärischen '
             'Kapazitäten des Heeres gefährdet. FPÖ-Klubobmann Herbert Kickl sprach unter anderem von einer '
             '"Minimundus-Armee" und einem "Zwutschkerl-Bundesheer", die bei einer Umsetzung der Reformpläne drohten. Die NEOS '
             'wollen sich einer Reform beim Bundesheer zwar nicht verschließen, sie vermissen aber eine Risikoanalyse als '
             'Basis für die Reformdiskussion.')

add(id="ho211-pk-ots-2020-06-30-nationalrat-reformplaene-bundesheer",
    title="Nationalrat: Reformpläne beim Bundesheer sorgen weiter für Diskussionen",
    url="https://www.ots.at/presseaussendung/OTS_20200630_OTS0192/nationalrat-reformplaene-beim-bundesheer-sorgen-weiter-fuer-"
        "diskussionen",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 30 June 2020, dateline 'Wien (PK)'; "
              "headline and subtitle kept as lines of their own (rule 18); the paragraph 'Um ihre Kritik zu untermauern, "
              "brachte die Opposition einen gemeinsamen Entschließungsantrag ein, … dafür braucht es ihrer M', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Tanner will Landesverteidigung neu ausrichten und Miliz stärken",
           REFORM_P1,
           "Konkret kündigte die Verteidigungsministerin etwa einen Ausbau der Cyberabwehr und eine deutliche Stärkung der "
           "Miliz an. Zudem soll die anstehende Pensionierungswelle genutzt werden, um die Heeresverwaltung neu aufzustellen. "
           "Was die anstehende Entscheidung über die Zukunft der Eurofighter betrifft, geht es Tanner um die kostengünstigste "
           "Lösung.",
           REFORM_P3],
    quotes=[('"UNSER HEER: Aktueller Stand der Vorbereitungen zur Umsetzung gemäß Regierungsprogramm"', None),
            ('"Minimundus-Armee"', KICKL),
            ('"Zwutschkerl-Bundesheer"', KICKL)],
    aliases={KICKL: ["Herbert Kickl", "FPÖ-Klubobmann Herbert Kickl"]})

# --- OTS: Parlamentskorrespondenz of 15 July 2020, Dringliche Anfrage in the Bundesrat ---

FPOE = "FPÖ"
FPOE_SPOE = "FPÖ und SPÖ"

DRINGL_P1 = ('Wien (PK) - Die von Verteidigungsministerin Klaudia Tanner angekündigten Reformen beim Bundesheer waren heute '
             'Auslöser für eine Dringliche Anfrage der FPÖ im Bundesrat, in der die Oppositionsfraktion mit der Ministerin '
             'hart ins Gericht ging. Die Kritik bzw. Vorwürfe reichten von "Verfassungsbruch" über "Chaos- und '
             'Verunsicherungspolitik" bis hin zu aus Sicht der FPÖ fehlendem Fachwissen. Mit einem Rücktritt würde Tanner der '
             'Republik und dem österreichischen Bundesheer einen "großen Dienst erweisen", legten die Freiheitlichen der '
             'Verteidigungsministerin nahe, die vorsätzliche Gefährdung der Sicherheit Österreichs und seiner BürgerInnen durch '
             'die Ankündigungen, Entscheidungen und Unterlassungen der Verteidigungsministerin dürfe nicht länger hingenommen '
             'werden.')
DRINGL_P2 = ('Ein entsprechender von FPÖ und SPÖ eingebrachter Entschließungsantrag, in dem der Bundeskanzler aufgefordert '
             'wird, im Interesse der Sicherheit Österreichs Verteidigungsministerin Tanner zu entlassen und durch eine '
             '"geeignete Person" zu ersetzen, wurde in der Länderkammer mehrheitlich angenommen. Auch eine weitere '
             'Entschließung der Oppositionsfraktionen, wonach es im Zuge der Reformen zu keinen Schließungen von Kasernen kommen '
             'soll, fand ebenfalls die Mehrheit im Bundesrat.')

add(id="ho211-pk-ots-2020-07-15-bundesrat-dringliche-tanner",
    title="Dringliche im Bundesrat: FPÖ und SPÖ fordern Entlassung von Verteidigungsministerin Tanner",
    url="https://www.ots.at/presseaussendung/OTS_20200715_OTS0177/dringliche-im-bundesrat-fpoe-und-spoe-fordern-entlassung-von-"
        "verteidigungsministerin-tanner",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 15 July 2020, dateline 'Wien (PK)'; "
              "the store's prefix ' date 2020-07 ' before the headline dropped (rule 93); headline and subtitle kept as lines "
              "of their own (rule 18); the paragraph 'Es stehe außer Zweifel, dass die Landesverteidigung … Die Ministerin "
              "stellte zudem klar, dass schwe', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Verteidigungsministerin bekennt sich zur Landesverteidigung und aktiven Luftraumüberwachung",
           DRINGL_P1,
           DRINGL_P2],
    quotes=[('"Verfassungsbruch"', FPOE),
            ('"Chaos- und Verunsicherungspolitik"', FPOE),
            ('"großen Dienst erweisen"', FPOE),
            ('"geeignete Person"', FPOE_SPOE)],
    aliases={FPOE: ["FPÖ", "Freiheitlichen"],
             FPOE_SPOE: ["FPÖ und SPÖ"]})

# --- OTS: Parlamentskorrespondenz of 15 October 2020, motion of no confidence in the Nationalrat ---

OPP = "Oppositionsparteien"

MISS_P4 = ('Die Oppositionsparteien werfen der Bundesministerin für Landesverteidigung Klaudia Tanner, dass ihre '
           '"Ankündigungen, Entscheidungen und Unterlassungen" auf eine "vorsätzliche Gefährdung der Sicherheit Österreichs '
           'und seiner Bürger" hinauslaufen. In einem gemeinsam eingebrachten Entschließungsantrag forderten daher Robert '
           'Laimer (SPÖ), Reinhard Eugen Bösch (FPÖ) und Douglas Hoyos-Trauttmansdorff (NEOS), der Ministerin gemäß Art. 74 '
           'Abs. 1 B-VG das Vertrauen zu entziehen. Die Abgeordneten der Koalitionsparteien sahen keinen Grund, der Ministerin '
           'das Vertrauen zu versagen.')

add(id="ho211-pk-ots-2020-10-15-nationalrat-misstrauensantrag-tanner",
    title="Misstrauensantrag gegen Verteidigungsministerin Tanner findet in Nationalrat keine Mehrheit",
    url="https://www.ots.at/presseaussendung/OTS_20201015_OTS0243/misstrauensantrag-gegen-verteidigungsministerin-tanner-"
        "findet-in-nationalrat-keine-mehrheit",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 15 October 2020, dateline 'Wien "
              "(PK)'; the store's prefix ' date 2020-10 ' before the headline dropped (rule 93); headline, subtitle (with its "
              "typing error 'deas' kept, rule 20) and the subheading 'Opposition begründet Misstrauensantrag mit …' kept as "
              "lines of their own (rules 18, 19); the subheading 'SPÖ: Bundesheer muss im', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Alle Fraktionen sprechen sich für Evaluierung deas Corona-Milizeinsatzes aus",
           "Wien (PK) - Die heutige Debatte im Nationalrat über die Landesverteidigung wurde stark von der Kritik der drei "
           "Oppositionsparteien an der Verteidigungsministerin dominiert. Sie hatten auch einen gemeinsamen "
           "Entschließungsantrag formuliert, Ministerin Klaudia Tanner das Vertrauen zu entziehen. Wie schon im "
           "Landesverteidigungsausschuss fand der Antrag aber keine Mehrheit.",
           "Breite Zustimmung fand jedoch ein Entschließungsantrag der NEOS über eine Evaluierung des Milizeinsatzes im "
           "Gefolge der Corona-Pandemie.",
           'Opposition begründet Misstrauensantrag mit "Gefährdung der Sicherheit"',
           MISS_P4,
           "Die Kritik der Opposition entzündete sich vor allem an der von Tanner angekündigten tiefgreifenden "
           "Umstrukturierung des Bundesheers. Die Ministerin plane, die Landesverteidigung auf ein Minimum zu reduzieren und "
           "das Heer nur noch auf Cyberabwehr und Katastrophenschutz auszurichten, lautete der Vorwurf der drei Wehrsprecher. "
           "De facto bedeute dies die Abschaffung der militärischen Landesverteidigung und einen Bruch der Bundesverfassung. "
           "Gefährdet sah die Opposition auch die aktive Luftraumüberwachung Österreichs."],
    quotes=[('"Gefährdung der Sicherheit"', OPP),
            ('"Ankündigungen, Entscheidungen und Unterlassungen"', OPP),
            ('"vorsätzliche Gefährdung der Sicherheit Österreichs und seiner Bürger"', OPP)],
    aliases={OPP: ["Oppositionsparteien", "drei Oppositionsparteien", "Opposition"]})

# --- parlament.gv.at: stenographic protocol of the Bundesrat, 774th sitting, page 16 ---

WEISS = "Jürgen Weiss"

BR774_P3 = ("An dieser Stelle fällt mir ein Zitat des ehemaligen Präsidenten des Bundesrates Jürgen Weiss aus seiner letzten "
            "Antrittsrede als Präsident ein, und ich darf ihn hier zitieren: „Es rettet uns kein höh’res Wesen, das können "
            "wir nur selber tun.“")

add(id="ho211-parl-br-774-seite-16-antrittsrede",
    title=None,
    url="https://www.parlament.gv.at/PAKT/VHG/BR/BRSITZ/BRSITZ_00774/SEITE_0016.html",
    retrieved="same address (stored page 16 of the stenographic protocol of the Bundesrat's 774th sitting, the inaugural "
              "statement of the president in office; the page has no headline and does not name its speaker, so there is no "
              "title line (rules 18, 32); the paragraph 'Ebenso meine ich, dass der Bund', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PK,
    paras=["Obwohl beide Kammern ihren Beitrag zur Gesetzgebung leisten, wird der Begriff „Parlament“ zu Unrecht meistens "
           "nur mit dem Nationalrat in Verbindung gebracht. Es ist meiner Meinung nach nichts davon zu halten, den Bundesrat "
           "als zahnlos zu bezeichnen oder ihn vielleicht sogar krankzujammern. Vielmehr sollte es uns allen darum gehen, den "
           "Bundesrat im Sinne einer modernen, bürgernahen Demokratie weiterzuentwickeln. Erste konkrete Schritte wurden ja "
           "in jüngster Vergangenheit und werden auch gegenwärtig seitens des Bundesrates selbst gesetzt, wie etwa die "
           "angestrebte Stärkung seiner Rechte.",
           "Es erfüllt mich mit Stolz, dass wir Bundesrätinnen und Bundesräte nicht warten, bis sich von selbst etwas "
           "verändert, sondern dass wir im eigenen Wirkungsbereich tätig werden und nachdrücklich versuchen, Verbesserungen "
           "zu erreichen.",
           BR774_P3,
           "Im Sinne meiner beiden Vorgänger als Präsidenten, Jürgen Weiss und Harald Reisenberger, möchte ich die "
           "Novellierung der Geschäftsordnung und die begonnenen Reformbestrebungen weiterführen.",
           "Alle Kolleginnen und Kollegen des Bundesrates sind, denke ich, auch gut beraten, dazu beizutragen, dass die "
           "Institution Bundesrat in konstruktiver Weise den uns anvertrauten Menschen in den Ländern nähergebracht und "
           "gestärkt wird, denn dem Bundesrat ergeht es ähnlich wie manchen Institutionen in der Europäischen Union: Die "
           "Bevölkerung weiß immer noch viel zu wenig davon, wofür wir eigentlich zuständig sind und was unsere Aufgaben und "
           "unsere Arbeitsbereiche im Konkreten sind.",
           "Ich bin daher der Meinung, dass eine vermehrte positive Öffentlichkeitsarbeit unsere Position wesentlich stärkt "
           "und werde mich daher auch selbst sehr bemühen, das Meinige dazu beizutragen."],
    quotes=[("„Parlament“", None),
            ("„Es rettet uns kein höh’res Wesen, das können wir nur selber tun.“", WEISS)],
    aliases={WEISS: ["Jürgen Weiss"]})

# --- parlament.gv.at: stenographic protocol of the Nationalrat, XXVII. GP, 185th sitting, speech of Maria Großbauer ---

SCHATZ = "Schatz"

add(id="ho211-parl-nr-xxvii-185-grossbauer-protz",
    title=None,
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/185/A_-_16_57_07_00283718.html",
    retrieved="same address (stored page of the stenographic protocol of the 185th sitting of the Nationalrat, XXVII. GP, "
              "speech of Maria Großbauer in the culture debate; the page has no headline, so there is no title line (rules "
              "18, 32); the time line '16.57' above the speaker's line dropped as furniture (rule 93); the paragraph 'In der "
              "größten Krise, in der Pandemie, … (Abg. Heinisch-Hose', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordnete Maria Großbauer (ÖVP): Sehr geehrter Herr Präsident! Sehr geehrte Frau Staatssekretärin! Sehr "
           "geehrte Frau Kollegin Schatz, Sie haben das Klavier jetzt wieder als „Protz“ bezeichnet. (Abg. Heinisch-Hosek: "
           "Stimmt ja!) Wissen Sie, was mich wirklich stört in der Politik, was mich wirklich stört, ist diese scheinheilige "
           "Debatte (Abg. Heinisch-Hosek: Erklären Sie das dem Zuschauer! – weitere Zwischenrufe bei der SPÖ) und diese "
           "ewige Vermischung von Birnen und Äpfeln. (Beifall bei der ÖVP.)",
           "Sie nötigen mich quasi dazu, wieder ein Gegenbeispiel vorzurechnen und das gegen etwas anderes aufzurechnen. "
           "(Abg. Heinisch-Hosek: Das sehen die Leute sicher gerne, was Sie da verzapfen! – Abg. Greiner: Ein vom "
           "Steuerzahler finanziertes vergoldetes Klavier?! ...! – Weitere Zwischenrufe bei der SPÖ.) Die Stadt Wien gibt für "
           "das Jubiläumsjahr von Johann Strauß 2025 für ein Jahr 20 Millionen Euro aus. Wenn ich das jetzt runterrechne, "
           "sind das 1,6 Millionen Euro pro Monat oder 55 000 Euro pro Tag oder 2 300 Euro pro Stunde. Puh, könnte ich jetzt "
           "sagen, das ist aber ganz schön protzig für Johann Strauß, der eh schon weltberühmt ist! (Abg. Heinisch-Hosek: "
           "Sagen Sie das den Zuschauer:innen, was da aufgeführt wird!) Ich liebe Johann Strauß! Ich liebe Johann Strauß (Ruf "
           "bei der SPÖ: Das ist nicht das Thema! – Abg. Heinisch-Hosek: Wir reden nicht über Johann Strauß! – weitere "
           "Zwischenrufe bei der SPÖ), und es gehört dieses großartigen Sohnes (Abg. Greiner: Vereinbarkeit wäre das Thema! – "
           "Abg. Heinisch-Hosek: Vereinbarkeit!) dieser Stadt auch gedacht. Nur bitte, das ist eine Debatte, die hilft ja "
           "überhaupt niemandem, und schon gar nicht der Kultur und der Kulturpolitik!"],
    quotes=[("„Protz“", SCHATZ)],
    aliases={SCHATZ: ["Schatz", "Kollegin Schatz"]})
