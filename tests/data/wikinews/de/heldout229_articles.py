# Two-hundred-and-twenty-ninth held-out German real-news set (tests/data/heldout229-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1630-1632). None of these
# pages is in any tests/data/*.jsonl (checked by URL, page number and address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-twenty-ninth held-out set" of SOURCES.md: texts of the Austrian Parliament
# (licence PK) on its Foreign Affairs Committee and the foreign-policy debates of the Nationalrat: a news item of
# parlament.gv.at (Außenpolitischer Ausschuss, 2025), a news item in easy language of parlament.gv.at (Außenpolitischer
# Ausschuss and Hauptausschuss, 2022) and a release of the Parlamentskorrespondenz reposted by schoenheitsmagazin.at (the
# Nationalrat on the UN Security Council candidacy, 2025), a release of the Parlamentskorrespondenz on parlament.gv.at
# (PK 1070/2011, the budget debate) and a news item of parlament.gv.at (Gleichbehandlungsausschuss, 2025). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BMR = "Beate Meinl-Reisinger"

# --- parlament.gv.at news: Meinl-Reisinger in the Foreign Affairs Committee (2025) ---

BALL_P2 = ('Thema bei der Aussprache war auch die Kandidatur Österreichs für einen Sitz im UN-Sicherheitsrat. '
           'Außenministerin Beate Meinl-Reisinger appellierte an die Abgeordneten, das Thema bei internationalen Kontakten '
           '"immer mitzunehmen". Multilaterale Organisationen wie die UNO seien wichtig, bekräftigte sie: "Wir wollen '
           'nicht, dass auf internationaler Ebene das Recht des Stärkeren gilt." In diesem Zusammenhang kritisierte sie auch '
           'Tendenzen, politische Interessen wieder verstärkt mit militärischem und wirtschaftlichem Druck umsetzen zu '
           'wollen.')
BALL_P3 = ('Was die laufenden Bemühungen um Frieden in der Ukraine betrifft, merkte Meinl-Reisinger an, "der Ball liegt '
           'jetzt bei Russland". Ohne Zustimmung der Ukraine werde es aber keinen Friedensprozess geben, betonte sie. Sie '
           'pochte außerdem auf eine Einbindung Europas in die Verhandlungen, um einen nachhaltigen Frieden sicherzustellen. '
           'Beim Wiederaufbau der Ukraine sieht sie Chancen für österreichische Unternehmen. Den Westbalkan-Kurs ihrer '
           'Vorgänger will die Außenministerin fortsetzen.')

add(id="ho229-parl-2025-meinl-reisinger-ball-bei-russland",
    title="Ukraine: Außenministerin Meinl-Reisinger sieht Ball bei Russland",
    url="https://www.parlament.gv.at/aktuelles/news/Ukraine-Aussenministerin-Meinl-Reisinger-sieht-Ball-bei-Russland",
    retrieved="same address (news item of the Parliament of 2025 on the Foreign Affairs Committee; the stored copy begins "
              "at the subheading 'Österreich kandidiert für Sitz im UN-Sicherheitsrat', kept as a line of its own (rule "
              "18); the title is the page's address spelled out; the image caption 'Außenministerin Beate Meinl-Reisinger "
              "diskutierte mit den Abgeordneten über aktuelle außenpolitische Themen' dropped (rule 14))",
    license=PK,
    paras=["Österreich kandidiert für Sitz im UN-Sicherheitsrat",
           BALL_P2,
           BALL_P3,
           "Noch offen ist, wo im Außenministerium der Sparstift angesetzt wird. Meinl-Reisinger verwies auf den laufenden "
           "Budgetprozess, meinte aber, dass aufgrund der aktuellen Budgetlage eine Prioritätensetzung umso wichtiger sei."],
    quotes=[('"immer mitzunehmen"', BMR),
            (cut(BALL_P2, '"Wir wollen', 'Stärkeren gilt."'), BMR),
            ('"der Ball liegt jetzt bei Russland"', BMR)],
    aliases={BMR: ["Beate Meinl-Reisinger", "Außenministerin Beate Meinl-Reisinger", "Meinl-Reisinger",
                   "Außenministerin"]})

# --- parlament.gv.at news in easy language: Schallenberg in the Foreign Affairs Committee (2022) ---

SCH = "Alexander Schallenberg"
NEH = "Karl Nehammer"
SCH_P2 = ('Außenminister Alexander Schallenberg geht nicht davon aus, dass der Krieg in der Ukraine rasch beendet wird. Im '
          'Außenpolitischen Ausschuss des Nationalrats sagte er: Nach der aktuellen Eskalation des Konflikts ist klar: Man '
          'ist von einer Friedenslösung weiter entfernt denn je. Trotzdem ist Schallenberg überzeugt, dass eine Lösung nur '
          'am Verhandlungstisch erreicht werden kann. Als wesentlich für die EU-Politik gegenüber Russland in den nächsten '
          'Monaten sieht er "Geschlossenheit, Augenmaß und Nervenstärke".')
SCH_P8 = ('Um die Folgen des Ukraine-Kriegs ging es auch in einer Sitzung des für EU-Angelegenheiten zuständigen '
          'Hauptausschusses. Bundeskanzler Karl Nehammer regte dabei unter anderem einen Gaspreisdeckel nach dem Vorbild '
          'Spaniens an. Er warf Russland "Staatsterrorismus" vor. In einer Aussprache informierte der Leiter der Vertretung '
          'der Europäischen Kommission in Österreich, Martin Selmayr, die Abgeordneten über die aktuellen Pläne der EU.')

add(id="ho229-parl-2022-einfache-sprache-schallenberg-ukraine",
    title="Außenminister Schallenberg rechnet nicht mit raschem Ende des Krieges in der Ukraine",
    url="https://www.parlament.gv.at/aktuelles/news/in-einfacher-sprache/archiv/j2022/211aussenpolitik",
    retrieved="same address (news item in easy language of 2022, archived; the section line 'NEWS in EINFACHER SPRACHE - "
              "ARCHIV' and the notice 'Dieser Artikel wurde archiviert.' dropped as furniture (rule 14); the subheadings "
              "'Entschließung zu Protesten im Iran' and 'Sitzung des Hauptausschusses' kept as lines of their own (rule 18); "
              "the last paragraph 'Schon davor hatten die Abgeord', cut off, dropped (rule 15))",
    license=PK,
    paras=["Außenminister Schallenberg rechnet nicht mit raschem Ende des Krieges in der Ukraine",
           SCH_P2,
           "Noch offen ist laut Schallenberg, ob sich Österreich an der geplanten EU-Friedensmission im Grenzgebiet zwischen "
           "Aserbaidschan und Armenien beteiligen wird. Er informierte die Abgeordneten im Ausschuss auch über die Verhaftung "
           "eines Österreichers im Iran. Er konnte dazu aber noch keine Details nennen.",
           "Entschließung zu Protesten im Iran",
           "Einig waren sich die Fraktionen im Ausschuss, was die Verurteilung der gewaltsamen Niederschlagung der Proteste "
           "im Iran betrifft. In einer Entschließung heißt es: Die Bundesregierung soll gegenüber dem Iran unmissverständlich "
           "klarmachen, dass Menschenrechte eingehalten werden müssen. Das betrifft besonders Frauenrechte, sowie "
           "Versammlungs- und Pressefreiheit.",
           "Die Abgeordneten sprachen sich auch für ein Ende der Gewalt zwischen Armenien und Aserbaidschan aus.",
           "Sitzung des Hauptausschusses",
           SCH_P8],
    # the unmarked renderings after 'sagte er:' and 'heißt es:' are not annotated (rule 5, rule 1631)
    quotes=[('"Geschlossenheit, Augenmaß und Nervenstärke"', SCH),
            ('"Staatsterrorismus"', NEH)],
    aliases={SCH: ["Alexander Schallenberg", "Außenminister Alexander Schallenberg", "Schallenberg", "Außenminister"],
             NEH: ["Karl Nehammer", "Bundeskanzler Karl Nehammer"]})

# --- schoenheitsmagazin.at repost of a PK release: the Nationalrat on the UN Security Council candidacy (2025) ---

UNO_P3 = ('Einstimmig sprachen sich die Abgeordneten für einen Entschließungsantrag von ÖVP, SPÖ, NEOS und Grünen aus, '
          'wonach sich die Außenministerin bilateral und auf europäischer Ebene für die sofortige und bedingungslose '
          'Freilassung von politischen Gefangenen in Georgien einsetzen möge. Da Georgien ein Schwerpunktland der '
          'österreichischen Entwicklungszusammenarbeit (EZA) sei, sollen österreichische EZA-Mittel auch im Sinne der im '
          'EZA-Dreijahresprogramm angeführten Priorität „demokratische Regierungsführung und resiliente Gesellschaften“ '
          'eingesetzt werden, lautet es im Antrag.')
UNO_P4 = ('Die Grünen setzten sich mit einem Antrag mit umfassenden Forderungen für die Unterstützung der '
          'Demokratiebewegung in Serbien und eine klare Haltung der österreichischen Bundesregierung zu den jüngsten '
          'Entwicklungen ein. Dieser Antrag blieb in der Minderheit. Außenministerin Beate Meinl-Reisinger meinte, es gebe '
          'gerade in dieser Situation in Serbien keine Alternative zum Dialog. In ihren Wortmeldungen habe sie außerdem sehr '
          'klar festgehalten, dass Serbien selbstverständlich etwa die Versammlungsfreiheit und die Meinungsfreiheit '
          'einzuhalten habe, gerade auch „auf dem Weg in die EU“.')

add(id="ho229-pk-repost-2025-nationalrat-uno-sicherheitsrat",
    title="Nationalrat: Breite Mehrheit für Parlaments-Einbindung in Kandidatur Österreichs für UNO-Sicherheitsrat",
    url="https://www.schoenheitsmagazin.at/?p=341365",
    retrieved="same address (a site's repost of the Parlamentskorrespondenz release of 2025, dateline 'Wien (PK)'; hard "
              "line breaks inside paragraphs joined with a space, the break after the hyphen of 'EZA-' / "
              "'Dreijahresprogramm' without one (rule 48); the last paragraph, cut off after its first letter 'E', dropped "
              "(rule 15))",
    license=PK,
    paras=["Nationalrat: Breite Mehrheit für Parlaments-Einbindung in Kandidatur Österreichs für UNO-Sicherheitsrat",
           "Wien (PK) – Das Parlament soll aktiv in die Bewerbung der Kandidatur Österreichs für einen nicht-ständigen Sitz "
           "im UNO-Sicherheitsrat eingebunden werden. Für einen entsprechenden Vier-Parteien-Antrag gab es im Nationalrat "
           "heute die Stimmenmehrheit von ÖVP, SPÖ, NEOS und Grünen. Ein mitverhandelter Antrag der FPÖ für mehr "
           "Transparenz bei der Finanzierung von internationalen Organisationen blieb in der Minderheit. Mit einem in der "
           "Sitzung eingebrachten Antrag forderten die Freiheitlichen außerdem eine Transparenzpflicht für öffentlich "
           "subventionierte NGOs und die Einrichtung einer Stelle zum Schutz der nationalen Souveränität. Auch dieser "
           "Antrag blieb in der Minderheit.",
           UNO_P3,
           UNO_P4],
    # the named priority of the EZA programme, cited in the motion, is a name: null (rule 1630)
    quotes=[("„demokratische Regierungsführung und resiliente Gesellschaften“", None),
            ("„auf dem Weg in die EU“", BMR)],
    aliases={BMR: ["Beate Meinl-Reisinger", "Außenministerin Beate Meinl-Reisinger", "Außenministerin"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 1070 of 16 November 2011, the Nationalrat opens the budget debate ---

BUCHER = "Josef BUCHER"
BUD_P3 = ('Wien (PK) – Der Nationalrat nahm in seiner heutigen 132. Sitzung die für drei Tage anberaumten Plenarberatungen '
          'über den Regierungsentwurf zum Bundesfinanzgesetz 2012 auf. Zu Beginn verhandelte das Plenum die Rubrik "Recht '
          'und Sicherheit", in der "Oberste Organe", "Bundeskanzleramt", "Inneres", "Äußeres", "Justiz" und "Militärische '
          'Angelegenheiten und Sport" zusammengefast sind. Die Abstimmungen über das Bundesbudget für das Jahr 2012 sind für '
          'kommenden Freitag, den 18.11.2011 vorgesehen.')

add(id="ho229-pk-2011-11-16-budgetdebatte-schuldenbremse",
    title="NR-Plenum startet Budgetdebatte, Streit um Schuldenbremse geht weiter",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2011/pk1070",
    retrieved="same address (PK 1070/2011; the line 'Parlamentskorrespondenz Nr. 1070 vom 16.11.2011' dropped; headline "
              "and subtitle lines of their own; the typo 'zusammengefast' kept as stored (rule 20); two trailing spaces "
              "after the fourth paragraph dropped; the paragraph 'Abgeordneter Heinz–Christian STRACHE (F) eröffnete die "
              "Budgetdebatte …', cut off after 'und stellte fest,', dropped with its quotation (rule 15))",
    license=PK,
    paras=["NR-Plenum startet Budgetdebatte, Streit um Schuldenbremse geht weiter",
           "Bundeskanzler Werner Faymann wirbt um rotweißroten Konsens",
           BUD_P3,
           'In der Gemeinsamen Debatte über die Budgetentwürfe der "Obersten Organe" und des Bundeskanzleramts verhandelte '
           'der Nationalrat über folgende Untergliederungen: Präsidentschaftskanzlei (UG 01), Bundesgesetzgebung (UG 02), '
           'Verfassungsgerichtshof (UG 03), Verwaltungsgerichtshof (UG 04), Volksanwaltschaft (UG 05), Rechnungshof (UG 06) '
           'sowie Bundeskanzleramt (UG 10).',
           'Die bei dieser Rubrik ausdrücklich zugelassene Generaldebatte nützten sowohl die Abgeordneten als auch '
           'Bundeskanzler Werner Faymann und Finanzministerin Maria Fekter mit Erklärungen und Stellungnahmen zum jüngsten '
           'Regierungsbeschluss auf Einführung einer in der Verfassung verankerten "Schuldenbremse". Im Mittelpunkt dieser '
           'Diskussion stand die Zielsetzung, die Staatsschulden bis 2020 von derzeit 75 % des BIP auf unter 60 % zu senken.',
           'Die erste Wortmeldung kam vom BZÖ-Klubobmann Josef BUCHER (B), der in einen Antrag zur Geschäftsordnung auf '
           'Rückverweisung an den Budgetausschuss stellte. Sein Argument lautete, der Budgetentwurf sei ein "Mogelbudget", '
           'zumal darin weder die Schuldenbremse noch das geplante Sparpaket eingearbeitet worden seien.'],
    # budget rubrics and the label of the government decision are names and terms: null (rules 48, 1632)
    quotes=[('"Recht und Sicherheit"', None),
            ('"Oberste Organe"', None),
            ('"Bundeskanzleramt"', None),
            ('"Inneres"', None),
            ('"Äußeres"', None),
            ('"Justiz"', None),
            ('"Militärische Angelegenheiten und Sport"', None),
            ('"Obersten Organe"', None),
            ('"Schuldenbremse"', None),
            ('"Mogelbudget"', BUCHER)],
    aliases={BUCHER: ["Josef BUCHER", "BZÖ-Klubobmann Josef BUCHER"]})

# --- parlament.gv.at news: Holzleitner in the Gleichbehandlungsausschuss (2025) ---

HOLZ = "Eva Maria Holzleitner"

add(id="ho229-parl-2025-holzleitner-gleichbehandlungsausschuss",
    title="Fokus auf Gewaltschutz bei erster Aussprache mit Ministerin Holzleitner",
    url="https://www.parlament.gv.at/aktuelles/news/Fokus-auf-Gewaltschutz-bei-erster-Aussprache-mit-Ministerin-Holzleitner/",
    retrieved="same address (news item of the Parliament of March 2025; the stored copy puts the lead paragraph before the "
              "headline, kept in that order (rule 20); the subheading 'Gleichbehandlungsberichte für Bundesdienst und "
              "Privatwirtschaft' and the paragraph after it, cut off at 'Anstiege an Fällen verzeichnen allerdings auch die "
              "G', dropped (rule 15))",
    license=PK,
    paras=['Eva Maria Holzleitner, die ab Inkrafttreten der Bundesministeriengesetz-Novelle mit 1. April Bundesministerin '
           'für Frauen, Wissenschaft und Forschung sein wird, war für eine Aussprache im Gleichbehandlungsausschuss. Sie '
           'berichtete über die "vielen frauenpolitischen Schwerpunkte" des Regierungsprogramms.',
           "Fokus auf Gewaltschutz bei erster Aussprache mit Ministerin Holzleitner",
           "Ein zentraler Punkt ist laut Holzleitner der Gewaltschutz, unter anderem durch eine Fußfessel für "
           "Hochrisikotäter. Den Startschuss für einen Nationalen Aktionsplan gegen Gewalt an Frauen will sie relativ rasch "
           "setzen. Außerdem sollen Gewaltambulanzen in alle Bundesländer ausgerollt und der Schutz von Frauen im "
           "öffentlichen Raum verbessert werden.",
           "Als Beitrag zur ökonomischen Unabhängigkeit von Frauen soll die EU-Richtlinie für Lohntransparenz vollständig "
           "umgesetzt werden. Ein Unterhaltsgarantiefonds soll Frauen und Kinder vor dem Abrutschen in Armut bewahren. Das "
           "zweite verpflichtende Kindergartenjahr soll die Rahmenbedingungen für Vollzeitarbeit von Frauen verbessern.",
           "Der dritte Schwerpunkt liegt laut Holzleitner auf der Frauengesundheit. Sie wolle hier nicht nur Themen wie "
           "Endometriose und die Wechseljahre stärker in den Fokus rücken, sondern Frauen auch finanziell entlasten durch die "
           "Steuerfreistellung von Menstruations- und Verhütungsprodukten.",
           "Auch die Fragen der Abgeordneten drehten sich um Gesundheitsthemen, Gewaltschutz und ökonomische Unabhängigkeit "
           "von Frauen. Außerdem war die Gleichstellung von LGBTIQ-Personen Thema im Ausschuss."],
    quotes=[('"vielen frauenpolitischen Schwerpunkte"', HOLZ)],
    aliases={HOLZ: ["Eva Maria Holzleitner", "Holzleitner", "Ministerin Holzleitner"]})
