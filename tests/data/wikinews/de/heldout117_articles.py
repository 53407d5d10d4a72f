# Hundred-and-seventeenth held-out German real-news set (tests/data/heldout117-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 975). None
# of these pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and
# against the modules of the other held-out worktrees written at the same time). The annotation was finished and committed
# before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-seventeenth held-out set": texts of the European Commission in German: news
# items of the site of Commissioner Johannes Hahn (regional policy) of the 2010-2014 Commission on ec.europa.eu, 2011-2013
# (licence EU), two items of the Commission's regional-policy newsroom (Inforegio, ec.europa.eu/regional_policy, 2012-2013)
# and one news item of the Commission's Representation in Austria (ec.europa.eu/austria, 2013).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


HAHN = "Johannes Hahn"
BARROSO = "José Manuel Barroso"

# --- ec.europa.eu/commission_2010-2014/hahn: news items of Commissioner Hahn's site ---

OD_T = ("„EU-Regionalpolitik wird nicht für die ärmsten Regionen gemacht, sondern für alle Regionen“ - so EU-Kommissar Hahn "
        "bei der Eröffnungssitzung der OPEN DAYS 2013")
OD_P2 = ("Der für Regionalpolitik zuständige EU-Kommissar Johannes Hahn hielt heute eine Rede vor den Teilnehmern der OPEN "
         "DAYS 2013 anlässlich der Eröffnungssitzung der 11. Europäischen Woche der Regionen und Städte. Zur Regionalpolitik "
         "stellte er fest: „EU-Regionalpolitik wird nicht für die ärmsten Regionen gemacht, sondern für alle Regionen.“ In "
         "Bezug auf das Gesetzgebungspaket zur neuen Kohäsionspolitik im Programmzeitraum 2014-2020 stellte er fest: „Wir "
         "arbeiten gemeinsam mit dem Europäischen Parlament und dem Rat an einer Übereinkunft zur EU-Kohäsionspolitik "
         "2014-2020. Ich hoffe, dass wir noch diese Woche zu einem Ergebnis kommen.“")
OD_P3 = ("Der Präsident des Ausschusses der Regionen, Ramon Luis Valcarcel, und José Manuel Barroso, Präsident der "
         "Europäischen Kommission, waren ebenfalls anwesend. Barroso sagte: „Jeder ausgegebene Euro aus EU-Mitteln muss "
         "einen Beitrag leisten, damit echte, messbare Ergebnisse erzielt werden, die auch vor Ort wahrgenommen werden.“")

add(id="ho117-eucom-2013-10-hahn-open-days",
    title=OD_T,
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/detail/index_de.cfm?LAN=DE&id=1040&lang=de",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 7 October 2013: "
              "headline, date line and body; the header line 'Navigationsleiste' and the headline repeated under the date "
              "line dropped (rules 14, 976); the link lines 'Mehr Bilder auf Flickr.' and 'Rede von Präsident Barroso (in "
              "english und französich).' at the end dropped (rule 14))",
    license=EU,
    paras=["(07-10-2013)",
           OD_P2,
           OD_P3],
    quotes=[(cut(OD_T, "„EU-Regionalpolitik", "Regionen“"), HAHN),
            (cut(OD_P2, "„EU-Regionalpolitik", "Regionen.“"), HAHN),
            (cut(OD_P2, "„Wir arbeiten", "kommen.“"), HAHN),
            (cut(OD_P3, "„Jeder", "werden.“"), BARROSO)],
    aliases={HAHN: ["Johannes Hahn", "EU-Kommissar Johannes Hahn", "EU-Kommissar Hahn", "Hahn"],
             BARROSO: ["José Manuel Barroso", "Barroso"]})

DON_P2 = ("Der für Regionalpolitik zuständige EU-Kommissar Johannes Hahn brach heute zu seiner Reise auf, die ihn durch "
          "sieben Donauländer führen wird. Während der Auftaktveranstaltung mit dem österreichischen Außenminister Michael "
          "Spindelegger betonte Hahn den Mehrwert, den die Donaustrategie bietet: „Die Donaustrategie ist ein wichtiges "
          "Werkzeug zur Förderung von Wachstum und Innovation. Meine Reise durch sieben Donauländer trägt hoffentlich dazu "
          "bei, die Umsetzung zu erleichtern und zu beschleunigen.“")

add(id="ho117-eucom-2012-06-hahn-donaustrategie",
    title="Donaustrategie: Kommissar Hahn besucht sieben Donauländer",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/2012/06/27/index_de.cfm",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 27 June 2012: "
              "headline, date line and body paragraph; the header line 'Navigationsleiste' and the image caption "
              "'Auftaktveranstaltung an der Donau (Marina Wien) mit Kommissar Hahn und Außenminister Spindelegger' dropped "
              "(rules 14, 976))",
    license=EU,
    paras=["27/06/2012",
           DON_P2],
    quotes=[(cut(DON_P2, "„Die Donaustrategie", "beschleunigen.“"), HAHN)],
    aliases={HAHN: ["Johannes Hahn", "EU-Kommissar Johannes Hahn", "Kommissar Hahn", "Hahn"]})

NL_P2 = ("Am 19. Juli war der für Regionalpolitik zuständige EU-Kommissar Johannes Hahn zu Besuch in den nördlichen "
         "Niederlanden. Auf dem Programm standen Treffen mit politischen Vertretern sowie Besuche von durch die EU "
         "finanzierten Projekten. Der Kommissar fasste seine Eindrücke wie folgt zusammen: „Die Niederlande werden oft als "
         "gutes Beispiel dafür genannt, wie mit relativ geringen EU-Mitteln beeindruckende Ergebnisse erreicht werden "
         "können, ganz besonders im Bereich der Innovation. In vielen Bereichen sind die Niederlande die treibende "
         "innovative Kraft in Europa.“")

add(id="ho117-eucom-2012-07-hahn-niederlande",
    title="Kommissar Johannes Hahn zu Besuch in den nördlichen Niederlanden",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/2012/07/19/index_de.cfm",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 19 July 2012: "
              "headline, date line and body paragraph; the header line 'Navigationsleiste' dropped (rule 14))",
    license=EU,
    paras=["19/07/2012",
           NL_P2],
    quotes=[(cut(NL_P2, "„Die Niederlande", "Europa.“"), HAHN)],
    aliases={HAHN: ["Johannes Hahn", "Kommissar Johannes Hahn", "EU-Kommissar Johannes Hahn", "Kommissar"]})

ER_P3 = ("„Ich verstehe, dass diese Verhandlungen schwierig waren. Aber ich glaube, dass der Vorschlag der Kommission ein "
         "realistischer und ausgewogener Vorschlag ist, in einer Zeit, in der es in Europa einer großen gemeinsamen "
         "Anstrengung bedarf, um wachstumsfördernde Investitionen zu unterstützen und neue Arbeitsplätze zu schaffen. Wir "
         "haben einen Haushaltsplan vorgelegt, der sich mehr denn je auf wenige, wichtige Prioritäten konzentriert. Aber wir "
         "haben auch die Verwendung der EU-Haushaltsmittel tiefgreifend reformiert. In der Kohäsionspolitik führen wir "
         "strenge Voraussetzungen, Leistungsanreize, starkes Monitoring und Möglichkeiten zur Messung konkreter Ergebnisse "
         "ein. Wir gestalten die Kohäsionspolitik effektiver denn je. Ich möchte, dass die Kohäsionspolitik eine effektive "
         "und moderne Investitionspolitik für Wachstum und Beschäftigung ist. Deshalb vertraue ich darauf, dass die "
         "Mitgliedstaaten alles tun werden, um so bald wie möglich zu einer Einigung zu kommen. Wir haben keine Zeit zu "
         "verlieren. Die Programmvorbereitung läuft, und wir brauchen einen klaren und soliden Finanzrahmen. Jetzt gilt es "
         "schnell zu handeln.“")

add(id="ho117-eucom-2012-11-hahn-europaeischer-rat-haushalt",
    title="Erklärung von EU-Kommissar Hahn zum Ergebnis des Europäischen Rats",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/2012/11/23/index_de.cfm",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 23 November 2012: "
              "headline, date line, lead sentence and the statement; the header line 'Navigationsleiste' dropped (rule 14))",
    license=EU,
    paras=["23/11/2012",
           "Nach der Tagung des Europäischen Rats zum Haushalt 2014-2020 sagte der für Regionalpolitik zuständige Kommissar "
           "Johannes Hahn:",
           ER_P3],
    quotes=[(ER_P3, HAHN)],
    aliases={HAHN: ["Johannes Hahn", "EU-Kommissar Hahn", "Kommissar Johannes Hahn"]})

OST_P1 = ("Vom 24.-26. Oktober findet in der polnischen Stadt Danzig das 2. Jährliche Forum für die EU\u2011Strategie für den "
          "Ostseeraum zusammen mit dem 13. Gipfel des Ostsee-Entwicklungsforums (Baltic Development Forum, BDF) statt. Das "
          "Forum wird über 700 Vertreter aus dem privaten Bereich und der Zivilgesellschaft, Akademiker und Vertreter der "
          "Medien aus der Ostseeregion, unter anderem auch aus Russland und Norwegen, sowie verschiedene politische "
          "Entscheidungsträger zusammenbringen, um zu diskutieren, wie neu gesteckte regionale Ziele in die breiteren Ziele "
          "Europas im Hinblick auf ein nachhaltiges, intelligentes und integratives Wachstum bis zum Jahr 2020 integriert "
          "werden können.")
OST_P2 = ("Die im Jahr 2009 gestartete EU\u2011Strategie für den Ostseeraum mobilisiert zahlreiche EU\u2011Politiken zur "
          "Unterstützung der Entwicklung dieser „Makroregion“. Die Strategie zielt darauf ab, die Region im Hinblick auf die "
          "Umwelt nachhaltiger, wirtschaftlich wohlhabender, zugänglicher, attraktiver und sicherer zu machen.")
OST_P3 = ("Es ist geplant, dass Kommissar Hahn im Rahmen der Eröffnungsveranstaltung, im Rahmen derer der Baltic Sea Award "
          "(Ostseepreis) verliehen wird, eine Rede vor den Teilnehmern hält. Außerdem wird er am „Netzwerk\u2011 und "
          "Projektdorf“ des Forums teilnehmen, im Rahmen dessen Vorzeigeprojekte der Makroregion ihre Aktivitäten vorstellen "
          "werden.")

add(id="ho117-eucom-2011-10-hahn-ostseeforum",
    title="Kommissar Hahn nimmt am 2. Jährlichen Ostseeforum teil",
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/2011/10/24-26/index_de.cfm",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, October 2011: "
              "headline and three body paragraphs; the header line 'Navigationsleiste', the English image caption "
              "'Commissioner Johannes Hahn addressing the second annual Baltic Sea conference in Gdansk on 25 October' and "
              "the closing link line 'Weitere Informationen:' dropped (rules 14, 976); the non-breaking hyphens of the "
              "stored copy ('EU‑Strategie', 'Netzwerk‑ und') kept as stored)",
    license=EU,
    paras=[OST_P1,
           OST_P2,
           OST_P3],
    quotes=[("„Makroregion“", None),
            (cut(OST_P3, "„Netzwerk", "Projektdorf“"), None)],
    aliases={})

ADR_T = "'Wir brauchen eine schnelle Einigung über den EU-Finanzrahmen, damit die Kohäsionspolitik Investitionen auslöst'"
ADR_P3 = ("„Auch wenn wichtige Entscheidungen zum mehrjährigen Finanzrahmen noch ausstehen, ist es wichtig, bei den "
          "regionalen Entwicklungsprogrammen eine zügige operationelle Programmplanung durchzuführen. Strukturfonds sind ein "
          "wichtiges Instrument zur Schaffung von Wachstum in der EU, um auch private Investitionen anzuziehen. Darum brauchen "
          "wir eine schnelle Einigung über den mehrjährigen Finanzrahmen. Wir wollen durch eine solche Einigung einen Boom "
          "privater Investitionen auslösen. Das ist sicher unser Ziel.\u201d")
ADR_P4 = ("Weiter fügte er hinzu: „Ich kann Ihnen versichern, dass ich mit Ihnen vor allem eine Überzeugung teile, und zwar "
          "dass nur eine starke Beteiligung von lokalen und regionalen Behörden den Erfolg unserer Maßnahmen gewährleistet. "
          "Das ist die Grundlage für die Partnerschaftsvereinbarungen.“")

add(id="ho117-eucom-2013-05-hahn-ausschuss-der-regionen",
    title=ADR_T,
    url="http://ec.europa.eu/commission_2010-2014/hahn/headlines/news/detail/index_de.cfm?LAN=DE&id=752&lang=de",
    retrieved="same address (stored news item of Commissioner Hahn's site of the 2010-2014 Commission, 31 May 2013: "
              "headline, date line and body; the header line 'Navigationsleiste', the headline repeated under the date line "
              "and the link line 'Die vollständige Rede (auf deutsch)' dropped (rules 14, 976); the headline in ASCII single "
              "marks and the quotation opened with „ and closed with \u201d kept as published)",
    license=EU,
    paras=["(31-05-2013)",
           "Anlässlich seiner Rede bei der Plenartagung des Ausschusses der Regionen (AdR) am 30. Mai in Brüssel stellte "
           "EU-Kommissar Hahn Folgendes fest:",
           ADR_P3,
           ADR_P4],
    quotes=[(ADR_T, "Hahn"),
            (ADR_P3, "Hahn"),
            (cut(ADR_P4, "„Ich kann", "vereinbarungen.“"), "Hahn")],
    aliases={"Hahn": ["Hahn", "EU-Kommissar Hahn"]})

MFR_P2 = ("„Wir begrüßen die heutige Vereinbarung, da sie bedeutet, dass dringend benötige Investitionen in Beschäftigung und "
          "Wachstum durch die Strukturfonds nun wohl rechtzeitig zum neuen Programmzeitraum anlaufen können. Die Investoren "
          "und Regionen benötigen Klarheit und die heutige Entscheidung trägt genau dazu bei.")
MFR_P3 = ("Nun, da uns eine Vereinbarung zum EU-Haushalt vorliegt, fordere ich das Europäische Parlament und den Rat dringend "
          "auf, zu einer Vereinbarung zu den neuen Verordnungen zur Reform der Kohäsionspolitik zu gelangen. So kann sie "
          "Investitionen für unsere Bürgerinnen und Bürger bereitstellen und das Wachstum der Volkswirtschaften der EU noch "
          "wirkungsvoller und zielgerichteter als bisher ankurbeln.“")

add(id="ho117-eucom-2013-06-hahn-erklaerung-mfr",
    title="Erklärung von Johannes Hahn, EU-Kommissar für Regionalpolitik, zur heutigen Vereinbarung zum EU-Haushalt (MFR)",
    url="http://ec.europa.eu/regional_policy/newsroom/detail.cfm?LAN=DE&id=819&lang=de",
    retrieved="same address (stored item of the Commission's regional-policy newsroom 'Inforegio-Newsroom', 27 June 2013: "
              "headline, date line and the two-paragraph statement; the header lines 'Navigation path' / 'Additional tools' / "
              "'Inforegio-Newsroom', the headline repeated under the date line and the closing link lines 'Weitere "
              "Informationen:', 'Erklärung von Präsident Barroso nach seinem Treffen mit …', 'Gemeinsame Pressekonferenz' and "
              "'EU-Regionalpolitik: Bleiben Sie informiert' dropped (rules 14, 976); the typo 'benötige' kept as published)",
    license=EU,
    paras=["(27/06/2013)",
           MFR_P2,
           MFR_P3],
    quotes=[(MFR_P2, HAHN),
            (MFR_P3, HAHN)],
    aliases={HAHN: ["Johannes Hahn"]})

AT_P1 = ("Nach ihrem gestrigen Treffen vor dem in Brüssel stattfindenden EU-Gipfel haben EU-Kommissionspräsident Barroso, "
         "EU-Parlamentspräsident Schulz sowie der irische Premier Kenny als Vertreter des EU-Rates die politische Einigung "
         "zum nächsten Budgetrahmen für die Europäische Union 2014-2020 verkündet.")
AT_P3 = ("„Wir begrüßen die erzielte Einigung, weil somit die dringend notwendigen Wachstums- und "
         "Beschäftigungsinvestitionen im Rahmen der Strukturfonds rechtzeitig für den neuen Planungszeitraum erfolgen können. "
         "Die Investoren brauchen ebenso wie die Regionen Planungssicherheit – und die ist mit der heutigen Entscheidung "
         "gegeben. Auf der Grundlage dieser Einigung über den EU-Haushalt ersuche ich das Europäische Parlament und den Rat, "
         "sich über die neuen Vorschriften zur Reform der Kohäsionspolitik einig zu werden. Nur dann können Investitionen für "
         "unsere Bürger getätigt werden, nur dann können unsere Volkswirtschaften wirkungsvoller und gezielter denn je "
         "angekurbelt werden.“")

add(id="ho117-eucom-2013-06-hahn-finanzrahmen-oesterreich",
    title="Kommissar Hahn begrüßt Einigung zum Finanzrahmen 2014-2020",
    url="http://ec.europa.eu/austria/news/2013_06_28_finanzrahemnde.htm",
    retrieved="same address (stored news item of the Commission's Representation in Austria, 28 June 2013: headline, date "
              "line and body; the header line 'Navigation path', the tool line 'E-mail this pageE-mail this pagePrintPrint', "
              "the link heading 'Related Links' and the footer 'Last update: 28/06/2013 |Top' dropped (rule 14))",
    license=EU,
    paras=["28.06.2013",
           AT_P1,
           "EU-Regionalkommissar Johannes Hahn sagte anlässlich der Einigung:",
           AT_P3],
    quotes=[(AT_P3, HAHN)],
    aliases={HAHN: ["Johannes Hahn", "EU-Regionalkommissar Johannes Hahn", "Kommissar Hahn"]})

NIK_T = "Kommissar Hahn ruft zu „besserem Ausgabeverhalten“ für eine effektivere Regionalpolitik auf"
NIK_P2 = ("Johannes Hahn, EU-Kommissar für Regionalpolitik, nimmt heute an einem von der zyprischen Ratspräsidentschaft in "
          "Nikosia veranstalteten informellen Ministertreffen teil. Er wird dort den für Regionalpolitik zuständigen "
          "Ministern aller 27 Mitgliedstaaten Pläne für ein besseres Ausgabeverhalten hinsichtlich der EU-Strukturfonds "
          "unterbreiten. Der gestärkte Ansatz – wie in den Kommissionsvorschlägen für 2014-2020 dargelegt – zielt auf eine "
          "bessere Abstimmung auf die allgemeinen politischen Ziele der EU sowie die langfristige Wachstums- und "
          "Beschäftigungsstrategie, „Europa 2020“, ab. Der Kommissar wird auch für einen regelmäßigeren Austausch und "
          "Gespräche auf hoher politischer Ebene über die zukünftige Regionalpolitik plädieren, um über die Fortschritte "
          "Bilanz zu ziehen und einen strategischen Beitrag zum Wachstum in der EU durch intelligente Investitionen zu "
          "leisten.")

add(id="ho117-eucom-2012-11-hahn-ausgabeverhalten-nikosia",
    title=NIK_T,
    url="http://ec.europa.eu/regional_policy/newsroom/detail.cfm?LAN=DE&id=345&lang=de",
    retrieved="same address (stored item of the Commission's regional-policy newsroom 'Inforegio-Newsroom', 5 November "
              "2012: headline, date line and body paragraph; the header lines 'Navigation path' / 'Additional tools' / "
              "'Inforegio-Newsroom', the headline repeated under the date line and the link lines 'Hier Kommissar Hahns "
              "Ansprache nachlesen' and 'EU-Regionalpolitik: Bleiben Sie informiert' dropped (rules 14, 976))",
    license=EU,
    paras=["(05/11/2012)",
           NIK_P2],
    quotes=[("„besserem Ausgabeverhalten“", HAHN),
            ("„Europa 2020“", None)],
    aliases={HAHN: ["Johannes Hahn", "Kommissar Hahn", "Kommissar"]})
