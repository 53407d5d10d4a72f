# Three-hundred-and-twenty-sixth held-out German real-news set (tests/data/heldout326-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1945-1949). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number or node number,
# headline or first words and two distinctive phrases of each text with grep -rlF against every annotation module,
# SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-sixth held-out set": five articles of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (October 2018, January 2020, August 2020,
# two of May 2022; licence EESC_INFO) and one news item of the EESC on eesc.europa.eu/de/node (the visit to the Red Star
# Line Museum in Antwerp, April 2019; licence EESC_PRESS). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture and trailing spaces are
# dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO, EESC_PRESS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAHIER = "Luca Jahier"
KINACH = "Anatolij Kinach"
GERSTEIN = "Antje Gerstein"
URPILAINEN = "Jutta Urpilainen"
EWSA = "Europäische Wirtschafts- und Sozialausschuss"

# --- EESC news item (April 2019): visit to the Red Star Line Museum in Antwerp ---

RSL_T = "„Wir sind alle Migranten“"
RSL_P2 = ("Das Museum erzählt ihre Geschichte. Für Präsident Luca Jahier ist Migration nach wie vor ein aktuelles Thema in "
          "Europa. Es ist kein neues Thema, über das es erst in den letzten Jahren zu Streit kam, sondern es hat immer schon "
          "zur Geschichte Europas gehört. Der Zusammenhang liegt auf der Hand. Für Millionen von Migranten war Sicherheit der "
          "Hauptgrund zum Verlassen ihrer Heimat – denn Menschen, die verfolgt wurden, träumten von einem Leben in Freiheit. "
          "Der zweite Beweggrund war wirtschaftlicher Art – sie hofften auf bessere Lebensumstände. Und der dritte Grund war "
          "Liebe – der Traum von einem glücklichen Leben mit dem Partner, den man gefunden hat. Bei ihrem Besuch traf die "
          "EWSA-Delegation mit einer Gruppe von Migranten aus Syrien, Armenien, dem Iran und dem Kongo zusammen, die von der "
          "Sankt-Aegidius-Gemeinde Belgiens betreut wurde. Sie sprachen über ihr Schicksal und über die Lage neu angekommener "
          "Migranten und Flüchtlinge in Belgien, aber auch über ihre Hoffnung auf ein besseres Leben.")

add(id="ho326-eesc-2019-04-red-star-line-migranten",
    title=RSL_T,
    url="https://www.eesc.europa.eu/de/node/69596",
    retrieved="same address (stored news item of the EESC on the visit of 2 April 2019 to the Red Star Line Museum in "
              "Antwerp, undated in the stored copy, complete as stored; the headline in marks kept as the first line (rule "
              "18); Jahier's views in the second paragraph are unmarked in the stored copy and are not annotated (rule 5))",
    license=EESC_PRESS,
    paras=["Am 2. April besuchten EWSA-Präsident Luca Jahier und die EWSA-Mitglieder Isabel Caño, Stefano Mallia und "
           "Cristian Pirvulescu das Red Star Line Museum in Antwerpen – ein symbolträchtiger Ort der europäischen "
           "Migration. Zwei Millionen Menschen schifften sich von Antwerpen, dem wichtigsten europäischen Hafen der Red Star "
           "Line, nach Nordamerika ein.",
           RSL_P2],
    # the quoted headline belongs to the only person whose views the item reports (rule 1945)
    quotes=[(RSL_T, JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier", "Präsident Luca Jahier"]})

# --- EWSA info, August 2020: plenary debate with Commission Vice-President Schinas ---

SCH_P1 = ("Auf seiner Juli-Plenartagung debattierte der Europäische Wirtschafts- und Sozialausschuss (EWSA) mit "
          "Kommissionsvizepräsident Margaritis Schinas, der eine Reihe anstehender Initiativen aus seinem "
          "Zuständigkeitsbereich „Förderung unserer europäischen Lebensweise“ vorstellte, darunter den neuen Migrations- und "
          "Asylpakt, die Kompetenzagenda, das EU-Gesundheitsprogramm EU4Health und die neue Strategie für die "
          "Sicherheitsunion.")
SCH_P3 = ("„Wir erhoffen uns viel vom neuen Migrations- und Asylpakt, hegen aber auch einige Befürchtungen. Meine große "
          "Hoffnung ist, dass er zu einer grundlegenden Reform des von der EU-Politik viel zu lang vernachlässigten "
          "Dublin-Systems führen wird“, betonte EWSA-Präsident Luca Jahier gegenüber Kommissionsvizepräsident Schinas.")

add(id="ho326-eesc-info-2020-08-schinas-migration",
    title="Migration als zentrales Thema der Debatte des EWSA mit dem für die Förderung der europäischen Lebensweise "
          "zuständigen Kommissionsmitglied",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/082020/articles/81976",
    retrieved="same address (stored article of EWSA info, August 2020, on the debate of the July 2020 plenary session with "
              "Margaritis Schinas; the last paragraph 'Die EWSA-Mitglieder wiesen im Rahmen des Meinungsaustauschs … einer "
              "vollständigen sozialen und wirtschaftlichen Integ', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=[SCH_P1,
           "Zentrales Thema der Debatte war die Migrationspolitik.",
           SCH_P3,
           "Herrn Jahier zufolge werden die Werte Solidarität, Gleichheit und Gerechtigkeit – bzw. deren Mangel – im "
           "Migrations- und Integrationsbereich besonders sichtbar. Er bedauerte den aktuellen Zustand, dass Mitgliedstaaten "
           "in Südeuropa übermäßig stark belastet werden, während sich andere Länder aus der Verantwortung stehlen.",
           "Der von der Kommission von der Leyen als oberste Priorität angekündigte neue Migrations- und Asylpakt musste "
           "aufgrund der Pandemie verschoben werden. Jetzt soll er nach Abschluss der Verhandlungen über den verstärkten "
           "langfristigen EU-Haushalt in Angriff genommen werden.",
           "Kommissionsmitglied Schinas zufolge bietet der neue Pakt eine ganzheitliche Lösung, die u. a. ein solides "
           "Management der Außengrenzen und die gemeinsame Abwicklung von Asylanträgen vorsieht und die Belastung gerecht "
           "auf alle Mitgliedstaaten aufteilt."],
    # the portfolio's name is a title (rule 24); Jahier's quotation has its cue after it (inverted verb)
    quotes=[("„Förderung unserer europäischen Lebensweise“", None),
            (cut(SCH_P3, "„Wir erhoffen", "führen wird“"), JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier", "Herrn Jahier"]})

# --- EWSA info, May 2022: editorial on solidarity with Ukraine ---

UKR_P3 = ("Auf der März-Plenartagung berichteten Vertreter der ukrainischen und russischen Zivilgesellschaft aus erster Hand "
          "über ihre Kriegserlebnisse. Ihre Beiträge waren zutiefst bewegend. „Dieser Krieg ist nicht nur eine militärische "
          "Aggression gegen die Ukraine, sondern auch ein Verbrechen gegen die Zivilisation“ – diese Worte von Anatolij "
          "Kinach, Präsident des drittelparitätisch besetzten ukrainischen Wirtschafts- und Sozialrates, stießen auf breite "
          "Zustimmung bei den anwesenden Mitgliedern und Gästen.")
UKR_P4 = ("Die Mitglieder des EWSA votierten für die Entschließung „Der Krieg in der Ukraine und seine wirtschaftlichen, "
          "sozialen und ökologischen Auswirkungen“, bekundeten ihre Solidarität mit der Ukraine und unterstrichen die Rolle "
          "der Zivilgesellschaft bei der Unterstützung der Menschen in der Ukraine und der Kriegsflüchtlinge.")

add(id="ho326-eesc-info-2022-05-solidaritaet-ukraine",
    title="Unsere Solidarität mit der Ukraine",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/052022/articles/98007",
    retrieved="same address (stored editorial of EWSA info, May 2022; the trailing space after the headline and the two "
              "trailing spaces after the seventh paragraph dropped (rule 14); the editorial's author is not named in the "
              "stored part; the last paragraph 'Der Europäische Wirtschafts- und Sozialausschuss, der die organisierte "
              "Zivilgesellschaft vertritt, lässt auf', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Liebe Leserinnen und Leser,",
           "angesichts der derzeitigen tragischen Ereignisse infolge der grundlosen und ungerechtfertigten militärischen "
           "Aggression Russlands gegen die Ukraine bekunden wir unsere Solidarität mit dem ukrainischen Volk.",
           UKR_P3, UKR_P4,
           "Europa ist mit der größten Flüchtlingskrise seit dem Zweiten Weltkrieg konfrontiert: In nur einem Monat waren "
           "rund 3,5 Millionen Menschen – darunter 1,8 Millionen Kinder – gezwungen, das Land zu verlassen. Die EU steht "
           "jedoch geschlossen an der Seite der ukrainischen Nation und unterstützt diese mit solidarischen Maßnahmen.",
           "So erleben wir seit Ausbruch des Krieges eine einzigartige Welle humanitärer Hilfsaktionen für die ukrainischen "
           "Flüchtlinge und ein beispielloses Maß an Solidarität, Verbundenheit und Hilfsbereitschaft.",
           "Die Zivilgesellschaft steht den Ukrainerinnen und Ukrainern bei. Das ukrainische Volk verteidigt den Frieden und "
           "die Sicherheit für alle. Diese menschliche Tragödie kennt keine Grenzen; sie betrifft uns alle."],
    # Kinach: the quotation is picked up after a dash by `diese Worte von` (rule 1946); the resolution's title is null
    # (rule 24)
    quotes=[(cut(UKR_P3, "„Dieser Krieg", "Zivilisation“"), KINACH),
            (cut(UKR_P4, "„Der Krieg in der Ukraine", "Auswirkungen“"), None)],
    aliases={KINACH: ["Anatolij Kinach",
                      "Präsident des drittelparitätisch besetzten ukrainischen Wirtschafts- und Sozialrates"]})

# --- EWSA info, May 2022: Antje Gerstein on German civil society's help for Ukraine ---

GER_P2 = ("„Es macht mich stolz, dass wir es so schnell geschafft haben, konkrete Unterstützung für die Ukraine, ihre "
          "Bevölkerung, ihre Unternehmen und die ukrainische Zivilgesellschaft zu organisieren. Eine Reihe deutscher "
          "Einzelhandels- und Lebensmittelunternehmen haben 4 000 Tonnen Lebensmittel in die Ukraine geliefert. So sieht "
          "gelebte europäische Solidarität aus.“")

add(id="ho326-eesc-info-2022-05-gerstein-ukraine-hilfe",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/052022/articles/98277",
    retrieved="same address (stored article of EWSA info, May 2022, complete as stored; the stored copy begins with the lead "
              "sentence and shows no headline, so the text has no title line (rules 18, 32); the space in '4 000' kept as a "
              "plain space)",
    license=EESC_INFO,
    paras=["Hier schildert das deutsche EWSA-Mitglied Antje Gerstein die überaus konkrete Hilfe der Zivilgesellschaft "
           "Deutschlands für ukrainische Flüchtlinge.",
           GER_P2],
    # a quotation paragraph after `Hier schildert NAME …` is hers (rule 1947)
    quotes=[(GER_P2, GERSTEIN)],
    aliases={GERSTEIN: ["Antje Gerstein", "das deutsche EWSA-Mitglied Antje Gerstein"]})

# --- EWSA info, January 2020: plenary debate on development cooperation with Africa ---

AFR_P3 = ("EWSA-Präsident Luca Jahier äußerte die Hoffnung, dass die Rolle der organisierten Zivilgesellschaft und des EWSA "
          "in den laufenden Verhandlungen gestärkt wird: „Die Zukunft Afrikas ist die Zukunft Europas. Wir brauchen eine "
          "neue afrikanische Renaissance.“")
AFR_P4 = ("Jutta Urpilainen, EU-Kommissarin für internationale Partnerschaften, würdigte die wichtige Arbeit der "
          "zivilgesellschaftlichen Organisationen. Sie halte es für unverzichtbar, „dass sich das europäische "
          "Entwicklungsmodell im Gleichklang mit den globalen Realitäten entwickelt. Wir alle müssen uns aktiv für den Grünen "
          "Deal einsetzen.“ Die stellvertretende Generalsekretärin der Welthandelskonferenz (UNCTAD), Isabelle A. J. "
          "Durant\u201a wies darauf hin, dass multilaterale Abkommen den im internationalen Handel benachteiligten Ländern "
          "helfen können und der einzige Weg sind, um eine Win-Win-Situation für alle Akteure zu schaffen. (dgf)")

add(id="ho326-eesc-info-2020-01-afrika-partnerschaft",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/01-2020/articles/75941",
    retrieved="same address (stored article of EWSA info, January 2020, on the debate on development cooperation at the "
              "December 2019 plenary session, complete as stored; the stored copy begins with the lead paragraph and shows "
              "no headline, so the text has no title line (rules 18, 32); the low single mark after 'Durant' (U+201A, "
              "standing for a comma) and the editor's initials '(dgf)' at the end of the last paragraph kept as published "
              "(rules 20, 1948))",
    license=EESC_INFO,
    paras=["Auf seiner Dezember-Plenartagung betonte der EWSA in einer Debatte über Entwicklungszusammenarbeit, dass die "
           "Beziehungen zwischen der europäischen und der afrikanischen Zivilgesellschaft verbessert werden müssen, damit "
           "der Übergang von Entwicklungshilfe zur Partnerschaft gelingt.",
           "Die Beziehungen zwischen der europäischen und der afrikanischen Zivilgesellschaft müssen im Mittelpunkt des "
           "Partnerschaftsabkommens zwischen der EU und den AKP-Staaten stehen, in dem auch die weitere bzw. eine noch "
           "engere Einbeziehung des EWSA und seiner Gremien als zentrales Element verankert werden sollte. Nur so kann die "
           "Zivilgesellschaft der EU die afrikanische Zivilgesellschaft darin unterstützen, ein zuverlässiger und "
           "vertrauenswürdiger Partner für Investoren zu werden.",
           AFR_P3, AFR_P4],
    # Jahier: colon cue; Urpilainen: the quotation opens inside her reported clause and runs on into first-person
    # sentences, one span (rules 1875, 1948); the U+201A mark after `Durant` is no quotation mark (rule 1948)
    quotes=[(cut(AFR_P3, "„Die Zukunft", "Renaissance.“"), JAHIER),
            (cut(AFR_P4, "„dass sich", "einsetzen.“"), URPILAINEN)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier"],
             URPILAINEN: ["Jutta Urpilainen", "EU-Kommissarin für internationale Partnerschaften"]})

# --- EWSA info, October 2018: opinion on the digital transition of work ---

DIG_P4 = ("Er bekräftigte seine Unterstützung eines „menschenkontrollierten Ansatzes“ und propagierte die Entwicklung einer "
          "sozial verantwortlichen und im Dienste des Gemeinwohls stehenden künstlichen Intelligenz.")
DIG_P5 = ("„Die Undurchsichtigkeit der Funktionsweise von Algorithmen und der Art und Weise, in der sie außerhalb der "
          "menschlichen Kontrolle liegende Entscheidungen treffen, stellt die EU vor enorme Herausforderungen sowie "
          "grundlegende Fragen zu der Gesellschaft, in der wir leben wollen“, stellte der EWSA abschließend fest. (ll)")

add(id="ho326-eesc-info-2018-10-digitaler-wandel",
    title="Den digitalen Wandel sozial und ethisch verantwortlich gestalten",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/102018/articles/63705",
    retrieved="same address (stored article of EWSA info, October 2018, on the opinion adopted at the July 2018 plenary "
              "session, complete as stored; the opinion's title in the second paragraph stands without marks in the stored "
              "copy and is not annotated (rule 5); the editor's initials '(ll)' at the end of the last paragraph kept as "
              "published (rule 20))",
    license=EESC_INFO,
    paras=["Der digitale Wandel in der EU sollte auf europäischen Werten beruhen und durch eine tragfähigere Sozialpolitik "
           "unterstützt werden, um zu gewährleisten, dass niemand außen vor bleibt. Die gesamte europäische Gesellschaft – "
           "Arbeitnehmer, Unternehmen und die breite Öffentlichkeit – sollte von dem enormen Potenzial der neuen "
           "Technologien profitieren können, erklärte der Europäische Wirtschafts- und Sozialausschuss (EWSA) auf seiner "
           "Plenartagung im Juli.",
           "In seiner Stellungnahme EU-Konzepte zur Gestaltung von Übergängen in eine digitalisierte Arbeitswelt auf "
           "Ersuchen des österreichischen EU-Ratsvorsitzes listete der EWSA verschiedene Prioritäten für die EU auf, um "
           "sicherzustellen, dass die Vorteile der Digitalisierung genutzt werden können. Unter anderem sollen die "
           "Kompetenzen der europäischen Arbeitnehmer verbessert, die Systeme der sozialen Sicherheit gestärkt und Vielfalt "
           "am Arbeitsplatz gewährleistet werden, damit die digitale Wirtschaft nicht länger von Männern dominiert wird.",
           "Der EWSA wies allerdings darauf hin, dass die für Investitionen in die Sozialpolitik aufgewendeten Mittel nur "
           "0,3 % der gesamten öffentlichen Ausgaben in der EU ausmachen und aufgestockt werden sollten.",
           DIG_P4, DIG_P5],
    # the Committee speaks as an organisation (rule 11); its own term after `bekräftigte` and its closing statement
    # are both its words (rule 1949)
    quotes=[("„menschenkontrollierten Ansatzes“", EWSA),
            (cut(DIG_P5, "„Die Undurchsichtigkeit", "leben wollen“"), EWSA)],
    aliases={EWSA: ["Europäische Wirtschafts- und Sozialausschuss", "EWSA"]})
