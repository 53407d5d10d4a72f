# Three-hundred-and-eighth held-out German real-news set (tests/data/heldout308-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1890-1893). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number or URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighth held-out set": three articles of "EWSA info", the newsletter of
# the European Economic and Social Committee, on eesc.europa.eu/de (2018, 2020, 2024: the circular economy stakeholder
# conferences and platform; licence EESC_INFO), two news items of the EESC on eesc.europa.eu/de/node (2019: the circular
# economy stakeholder conference, the EESC report on the voting rights of persons with disabilities) and one EESC press
# release (2020: the opinion on the same subject; licence EESC_PRESS), and two news items of the Council of Europe portal
# coe.int/de (2017: the Human Rights Commissioner's annual report for 2016; 2019: the children's rights conference in
# Strasbourg; licence COE). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO, EESC_PRESS, COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


LOHAN = "Cillian Lohan"
GODINA = "Ladeja Godina Košir"
PATER = "Krzysztof Pater"
DASSIS = "Georges Dassis"
SCHWENG = "Christa Schweng"
MUIZNIEKS = "Nils Muižnieks"
BURIC = "Marija Pejčinović Burić"

# --- eesc.europa.eu/de/node, March 2019: second day of the circular economy stakeholder conference ---

KW19_TITLE = "Das „Netz der Netze“ der europäischen Kreislaufwirtschaft will den Kreislauf schließen"
KW19_P3 = ("„Meiner Ansicht nach kann den Verbrauchern nicht die Verantwortung aufgebürdet werden, den ersten Schritt zur "
           "Veränderung zu tun“, erklärte Lohan und betonte weiter: „Das Umfeld, in dem die Verbraucher erschwingliche und "
           "zugängliche Wahlmöglichkeiten haben, um nachhaltige Entscheidungen im Sinne der Kreislaufwirtschaft treffen zu "
           "können, wird erst durch einen Wandel der Geschäftspraktiken, flankiert durch politische Veränderungen und "
           "entsprechende Infrastrukturen, geschaffen.“")
KW19_P4 = ("Ladeja Godina Košir, Vorsitzende der Europäischen Plattform der Interessenträger für die Kreislaufwirtschaft, "
           "forderte die Teilnehmer auf, die Plattform bestmöglich als Unterstützungsnetz für die Lösung von Problemen im "
           "Zusammenhang mit ihrem Kreislaufwirtschaftsprojekt zu nutzen. Ihre klare Botschaft lautete: „Wir verstehen uns als "
           "‚Netz der Netze‘, das allen offensteht.“")

add(id="ho308-eesc-2019-03-kreislaufwirtschaft-netz-der-netze",
    title=KW19_TITLE,
    url="https://www.eesc.europa.eu/de/node/69603",
    retrieved="same address (stored news item of the EESC on the second day of the circular economy stakeholder conference "
              "of 7 March 2019; the last paragraph 'Joanna Drake, stellvertretende Direktorin der GD Umwelt, erklärte, … und "
              "freiwilligen u', cut off in the stored copy inside her quotation, dropped (rule 15))",
    license=EESC_PRESS,
    paras=["Am zweiten Tag der Konferenz der Interessenträger der Kreislaufwirtschaft, die am 7. März 2019 im Europäischen "
           "Wirtschafts- und Sozialausschuss stattfand, nahmen mehr als 350 Akteure der Kreislaufwirtschaft aus ganz Europa "
           "teil, um positive Erfahrungen auszutauschen und gemeinsam Herausforderungen zu erörtern.",
           "EWSA-Mitglied Cillian Lohan forderte die Teilnehmer zum Nachdenken über eine zentrale Frage für die Entwicklung "
           "der Kreislaufwirtschaft auf: Wer soll den Wandel anstoßen? Von wem sollte der erste Impuls ausgehen: von den "
           "Verbrauchern, den Unternehmen oder den politischen Entscheidungsträgern?",
           KW19_P3,
           KW19_P4],
    # the headline's „Netz der Netze“ is the phrase Godina Košir's quotation gives in single marks (rule 1890); Lohan's
    # second quotation follows `und betonte weiter:` (same subject); the nested ‚…‘ stays inside her span (rule 110)
    quotes=[("„Netz der Netze“", GODINA),
            (cut(KW19_P3, "„Meiner Ansicht", "zu tun“"), LOHAN),
            (cut(KW19_P3, "„Das Umfeld", "geschaffen.“"), LOHAN),
            (cut(KW19_P4, "„Wir verstehen", "offensteht.“"), GODINA)],
    aliases={LOHAN: ["Cillian Lohan", "Lohan", "EWSA-Mitglied Cillian Lohan"],
             GODINA: ["Ladeja Godina Košir", "Vorsitzende der Europäischen Plattform der Interessenträger für die "
                      "Kreislaufwirtschaft"]})

# --- EWSA info, May 2024: ECESP conference of April 2024 ---

KW24_P2 = ("Bei der Konferenz, zu der mehr als 1 000 Teilnehmer und 150 Redner im Brüsseler Kongresszentrum „Square“ "
           "zusammenkamen, wurden wirkungsvolle kreislauforientierte Lösungen aufgezeigt, die sich an den neuesten "
           "wissenschaftlichen Erkenntnissen orientieren. Delegierte des EWSA berichteten über die Erfolgsgeschichte der ECESP.")
KW24_P3 = ("Cillian Lohan, EWSA-Mitglied und Mitbegründer der ECESP, begrüßte die Plattform als „Netz der Netze“, mit dem "
           "zwischen den politischen Entscheidungsträgern und der Zivilgesellschaft eine Brücke geschlagen wird, um die "
           "Kreislaufwirtschaft schneller voranzubringen. Anders Ladefoged, Mitglied der ECESP-Koordinierungsgruppe, machte "
           "deutlich, dass die ECESP als Lern- und Kooperationsplattform einen wichtigen Beitrag zur Debatte über die "
           "Fortschritte und Defizite Europas beim Aufbau einer Kreislaufwirtschaft leistet. EWSA-Mitglied Maria Nikolopoulou "
           "hob die zunehmende Interaktivität der ECESP hervor, die durch Initiativen wie #EUCircularTalks zur Förderung des "
           "Dialogs beiträgt.")

add(id="ho308-eesc-info-2024-05-ecesp-konferenz",
    title="Bahnbrechende Lösungen für die Kreislaufwirtschaft: Maßgebende Konferenz des EWSA als Wegweiser für den Wandel in "
          "Europa",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-may-2024/articles/118745",
    retrieved="same address (stored article of EWSA info, May 2024, on the ECESP conference of 15/16 April 2024; the page "
              "header 'European Economic / and Social Committee' above the headline dropped (rule 14); the space in "
              "'1 000' typed as an ordinary space; the last paragraph 'Im Abschlussplenum der Konferenz kündigte Jutta "
              "Urpilainen … der ost- und südafrikanischen Län', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Die Europäische Plattform der Interessenträger für die Kreislaufwirtschaft (ECESP), eine vom Europäischen "
           "Wirtschafts- und Sozialausschuss (EWSA) mitentwickelte und mitorganisierte Initiative, veranstaltete ihre "
           "renommierte Konferenz dieses Jahr am 15./16. April in Zusammenarbeit mit dem belgischen EU-Ratsvorsitz und dem in "
           "Finnland ansässigen Weltforum der Kreislaufwirtschaft (WCEF).",
           KW24_P2,
           KW24_P3],
    # the venue's name is null (rule 24); `begrüßte die Plattform als „…“`: the marked words are Lohan's (rule 1893)
    quotes=[("„Square“", None),
            ("„Netz der Netze“", LOHAN)],
    aliases={LOHAN: ["Cillian Lohan", "EWSA-Mitglied und Mitbegründer der ECESP"]})

# --- eesc.europa.eu/de/node, spring 2019: EESC information report on the voting rights of persons with disabilities ---

WR19_P3 = ("„Dieser Bericht deckt eine unschöne Seite Europas auf – eine Realität, die ganz anders aussieht, als wir es "
           "erwarten“, meint der Verfasser Krzysztof Pater, der seinen Bericht auf der Grundlage von Erhebungen erstellt hat, "
           "die in den vergangenen zwei Jahren in allen EU-Mitgliedstaaten außer Großbritannien durchgeführt wurden.")

add(id="ho308-eesc-2019-wahlrecht-behinderungen-bericht",
    title="Millionen Menschen mit Behinderungen können nicht an der Europawahl teilnehmen",
    url="https://www.eesc.europa.eu/de/node/69587",
    retrieved="same address (stored news item of the EESC on its information report of March 2019, before the European "
              "elections of May 2019; the space in '800 000' typed as an ordinary space; complete, ending with the author's "
              "initials '(ll)')",
    license=EESC_PRESS,
    paras=["Rund 800 000 Unionsbürgerinnen und -bürger mit psychischen Erkrankungen oder geistiger Behinderung sind aufgrund "
           "nationaler Rechtsvorschriften in 16 Mitgliedstaaten von der Teilnahme an Wahlen ausgeschlossen. Darüber hinaus "
           "werden Millionen von Menschen durch technische Hindernisse an der Wahlteilnahme gehindert, weil die Wahllokale "
           "nicht für die je nach Art der Behinderung unterschiedlichen Bedürfnisse der Wähler ausgerüstet sind, so der Befund "
           "eines EWSA-Berichts.",
           "Der im März veröffentlichte Informationsbericht „Die praktische Ausübung des Wahlrechts durch Menschen mit "
           "Behinderungen bei der Wahl zum Europäischen Parlament“ zeigt, dass trotz zahlreicher verbindlicher Rechtstexte "
           "zum Schutz der Rechte von Menschen mit Behinderungen in der EU eine wirklich barrierefreie Wahlteilnahme in keinem "
           "einzigen Mitgliedstaat möglich ist.",
           WR19_P3,
           "In neun EU-Ländern verlieren Menschen mit psychischen Erkrankungen, für die ein Betreuer bestellt wird, "
           "automatisch das Wahlrecht. In der Rechtsordnung von sieben Ländern wird die Befähigung zur Wahlteilnahme "
           "individuell durch ein Gericht oder ein Ärztekollegium bewertet.",
           "In 18 EU-Ländern hat ein blinder Wahlberechtigter überhaupt keine Möglichkeit, selbstständig zu wählen. In acht "
           "Ländern kann jemand, der körperlich nicht in der Lage ist, sich in ein Wahllokal zu begeben, seine Stimme nicht "
           "abgeben.",
           "Der Bericht gibt jedoch auch Anlass zur Hoffnung: Er enthält 200 Beispiele für vorbildliche Verfahren und gute "
           "Lösungen aus allen EU-Mitgliedstaaten. (ll)"],
    # the report's title is null (rule 24); the quotation is the author's by `meint der Verfasser Krzysztof Pater`
    quotes=[("„Die praktische Ausübung des Wahlrechts durch Menschen mit Behinderungen bei der Wahl zum Europäischen "
             "Parlament“", None),
            (cut(WR19_P3, "„Dieser Bericht", "erwarten“"), PATER)],
    aliases={PATER: ["Krzysztof Pater", "Verfasser"]})

# --- EESC press release, December 2020: opinion on the voting rights of persons with disabilities ---

WR20_P5 = ("„Der EWSA hält diese Diskriminierung für nicht hinnehmbar und sieht darin einen Widerspruch zu den Grundwerten der "
           "EU, den Verträgen und wichtigen völkerrechtlichen und politischen Vereinbarungen“, erklärte der Berichterstatter "
           "für die Stellungnahme Krzysztof Pater.")

add(id="ho308-eesc-pr-2020-12-wahlrecht-behinderungen-stellungnahme",
    title="Wahlrecht von Menschen mit Behinderungen: EWSA fordert Änderung der Wahlgesetze in der EU",
    url="https://www.eesc.europa.eu/de/news-media/press-releases/wahlrecht-von-menschen-mit-behinderungen-ewsa-fordert-"
        "aenderung-der-wahlgesetze-der-eu",
    retrieved="same address (stored EESC press release on the opinion adopted on 2 December 2020; the page header 'European "
              "Economic / and Social Committee' above the headline dropped (rule 14); the last paragraph 'Die Stellungnahme "
              "wurde auf der letzten Plenartagung des EWSA verabschiedet, … Die Stellungnahme ist eine Weiterführung des "
              "Informat', cut off in the stored copy, dropped (rule 15))",
    license=EESC_PRESS,
    paras=["Nach Auffassung des EWSA ist es nicht hinnehmbar, dass im Widerspruch zu den Grundwerten der EU die "
           "uneingeschränkte Teilnahme aller Bürgerinnen und Bürger an Wahlen aufgrund der überall in Europa noch bestehenden "
           "rechtlichen und technischen Hindernisse in keinem einzigen EU-Land gewährleistet ist.",
           "Der Europäische Wirtschafts- und Sozialausschuss (EWSA) fordert das Europäische Parlament, den Rat der EU und die "
           "Mitgliedstaaten auf, den Wahlakt von 1976 dringend so zu ändern, dass alle Unionsbürgerinnen und -bürger mit "
           "Behinderungen ihr Wahlrecht bei den Wahlen zum Europäischen Parlament im Jahr 2024 tatsächlich ausüben können.",
           "In seiner am 2. Dezember verabschiedeten Stellungnahme zum Thema „Die Gewährleistung der praktischen Ausübung des "
           "Wahlrechts durch Menschen mit Behinderungen bei der Wahl zum Europäischen Parlament“ fordert der EWSA, im Text des "
           "Wahlakts grundsätzlich festzuhalten, dass die Wahlen allgemein, unmittelbar und geheim sind.",
           "Dies würde der Diskriminierung von Wählerinnen und Wählern mit Behinderungen aufgrund derzeit geltender und von "
           "Land zu Land sehr unterschiedlicher Vorschriften bzw. Regelungen ein Ende setzen. Ferner könnten so auch "
           "bestehende rechtliche oder technische Hindernisse beseitigt werden, die Millionen Menschen vom Wahlrecht "
           "ausschließen.",
           WR20_P5],
    # the opinion's title is null (rule 24); the rapporteur's quotation speaks of `Der EWSA` in the third person and is
    # still his, not the Committee's (rule 1891)
    quotes=[("„Die Gewährleistung der praktischen Ausübung des Wahlrechts durch Menschen mit Behinderungen bei der Wahl zum "
             "Europäischen Parlament“", None),
            (cut(WR20_P5, "„Der EWSA", "Vereinbarungen“"), PATER)],
    aliases={PATER: ["Krzysztof Pater", "Berichterstatter für die Stellungnahme"]})

# --- EWSA info, April 2018: circular economy stakeholder conference of February 2018 ---

KW18_P1 = ("Bei der Eröffnung der Konferenz der Interessenträger der Kreislaufwirtschaft in der Europäischen Kommission am 20. "
           "Februar nannte EWSA-Präsident Georges Dassis den Übergang in eine Kreislaufwirtschaft eine große Chance für die "
           "Zivilgesellschaft. \"Auf lokaler Ebene hat die Entwicklung bereits begonnen... Allerdings muss eine breite "
           "Akzeptanz erreicht werden. Niemanden dabei zurückzulassen, ist eines der Ziele der Plattform der Interessenträger "
           "für die Kreislaufwirtschaft, einem wichtigen Forum, in dem diese gemeinsame Vision vom Übergang in eine "
           "nachhaltige europäische Kreislaufwirtschaft entsteht.\"")

add(id="ho308-eesc-info-2018-04-kreislaufwirtschaft-dassis",
    title="Niemand wird zurückgelassen: EWSA setzt sich für Etablierung der Kreislaufwirtschaft ein",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042018/articles/59217",
    retrieved="same address (stored article of EWSA info, April 2018, on the circular economy stakeholder conference of "
              "20/21 February 2018; the straight quotation marks and the ellipsis without space ('begonnen...') kept as "
              "stored (rule 20); the space in 'u. a.' typed as an ordinary space; the last paragraph 'Die Hauptaufgaben d', "
              "cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=[KW18_P1,
           "Am zweiten Tag der Konferenz, die vom EWSA ausgerichtet wurde, lag der Schwerpunkt auf Ideen und Aktionen aus ganz "
           "Europa, mit denen kleine und mittlere Unternehmen (KMU), sozialwirtschaftliche Unternehmen, Arbeitnehmer, "
           "Landwirte, Hersteller und Verbraucher die Kreislaufwirtschaft auf lokaler Ebene etablieren.",
           "Der EWSA lud über 300 Teilnehmer zu 16 parallel stattfindenden Workshops ein, bei denen sie ihr Wissen und "
           "bewährte Verfahren austauschen und Hindernisse, die der Entwicklung der Kreislaufwirtschaft entgegenstehen, "
           "thematisieren konnten.",
           "Diskutiert wurden u. a. Reparierbarkeit und eine umweltgerechte Gestaltung, die Rolle von Abfällen, eine "
           "erweiterte Herstellerverantwortung, das Konzept der Kreislaufwirtschaft in der Ernährungs- und Forstwirtschaft, "
           "eine Kreislaufwirtschaft auf globaler Ebene, ihre Beschäftigungsdimension, eine umweltverträgliche Finanzierung, "
           "die Schaffung einer Problemlösungsgemeinschaft sowie die KMU und die Kreislaufwirtschaft.",
           "Aus den Diskussionen ging hervor, dass die Zeit drängt und die Einbindung aller Akteure erforderlich ist. Die "
           "Kreislaufwirtschafts-Community muss möglichst inklusiv sein und praktische Erfahrungen müssen weitestmöglich "
           "ausgetauscht werden, um einen Multiplikatoreffekt zu erzielen."],
    # the quotation follows Dassis's narrated statement in the same paragraph with no cue of its own (rule 8 context)
    quotes=[(cut(KW18_P1, "\"Auf lokaler", "entsteht.\""), DASSIS)],
    aliases={DASSIS: ["Georges Dassis", "EWSA-Präsident Georges Dassis"]})

# --- EWSA info, December 2020: annual conference of the circular economy stakeholder platform ---

KW20_P3 = ("„Die letzten drei Jahre haben gezeigt, dass dies die Art und Weise ist, wie die Akteure zusammenarbeiten wollen“, "
           "so Christa Schweng. „Die Europäische Plattform der Interessenträger für die Kreislaufwirtschaft, Ihre Plattform, "
           "ist ein hervorragendes Beispiel dafür, wie Politik und Praxis ineinandergreifen.")
KW20_P4 = ("Lassen Sie den Austausch von Erfahrungen und motivierenden Beispielen deshalb bitte nicht abreißen – ob es sich "
           "nun dabei um ein kreislauforientiertes Verhalten fördernde Konsumartikel handelt, um innovative Ideen zur "
           "Abfallverringerung und -bewirtschaftung, um Schmuck aus recycelten Materialien, um Kreislaufwirtschaftsstrategien "
           "der nationalen Regierungen oder um Schulen, die die nächste Generation für die Zukunft rüsten.")
KW20_P5 = ("Wenn Sie sich umschauen, werden Sie bemerken, dass unsere gemeinsame Wende bereits im Gange ist, doch wir müssen "
           "noch viel mehr tun, damit die EU bei der Umstellung auf eine Kreislaufwirtschaft weltweit eine Führungsrolle "
           "übernehmen kann.“")

add(id="ho308-eesc-info-2020-12-kreislaufwirtschaft-jahreskonferenz",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/122020",
    retrieved="same address (stored issue page of EWSA info, December 2020; the stored copy begins with the first paragraph "
              "of the article on the online annual conference of the circular economy stakeholder platform of 3/4 November "
              "2020 and shows no headline, so the text has no title line (rules 18, 32); the last paragraph 'Christa Schweng "
              "betonte, dass die Kreislaufwirtschaft … Sie wies darauf hi', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Auf der am 3./4. November ausschließlich online abgehaltenen Jahreskonferenz der Plattform der Interessenträger "
           "für die Kreislaufwirtschaft zeigte sich der EWSA entschlossen, mit dafür zu sorgen, dass die Plattform zu einem "
           "wahren Dreh- und Angelpunkt der gemeinsamen Bemühungen um eine Kreislaufwirtschaft in Europa wird.",
           "Die EWSA-Präsidentin Christa Schweng eröffnete die Konferenz gemeinsam mit Frans Timmermans, "
           "Exekutiv-Vizepräsident der Kommission, und blickte zunächst auf die ersten drei Jahre der Plattform der "
           "Interessenträger für die Kreislaufwirtschaft als Datenbank bewährter Verfahren und Diskussionsforum für Fachleute "
           "zurück. Anschließend richtete sie den Blick nach vorne auf das nun beginnende Mandat mit dem neuen "
           "EU-Aktionsplan für die Kreislaufwirtschaft.",
           KW20_P3,
           KW20_P4,
           KW20_P5],
    # `so Christa Schweng` after the first quotation; the second opens in the same paragraph and runs on over two more
    # paragraphs: the unmarked middle paragraph and the closing paragraph are quotes too, whole paragraph (rule 935)
    quotes=[(cut(KW20_P3, "„Die letzten", "zusammenarbeiten wollen“"), SCHWENG),
            (cut(KW20_P3, "„Die Europäische", "ineinandergreifen."), SCHWENG),
            (KW20_P4, SCHWENG),
            (KW20_P5, SCHWENG)],
    aliases={SCHWENG: ["Christa Schweng", "Die EWSA-Präsidentin Christa Schweng"]})

# --- coe.int/de, April 2017: annual report 2016 of the Commissioner for Human Rights ---

MR16_P1 = ("„Das Jahr 2016 wird rückblickend wohl als entscheidender Wendepunkt für die Menschenrechte in Europa gelten“, "
           "erklärte heute der Menschenrechtskommissar des Europarates, Nils Muižnieks, bei der Präsentation seines "
           "Jahresberichts für 2016. „Entweder wird man es als Tiefpunkt sehen, von dem aus sich die Länder Europas – einzeln "
           "und kollektiv – aufrafften und ihr Bekenntnis zu den Menschenrechten erneut bekräftigten; oder man wird diese "
           "Phase als den Anfang vom Ende des europäischen Menschenrechtssystems und der europäischen Integration "
           "betrachten.“")

add(id="ho308-coe-2017-muiznieks-jahresbericht-2016",
    title=None,
    url="https://coe.int/de/web/portal/-/a-critical-turning-point-not-business-as-usual-for-human-rights-in-europe?"
        "p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D41",
    retrieved="same address (stored news item of the Council of Europe portal on the Commissioner for Human Rights' annual "
              "report for 2016, presented in spring 2017; the stored copy begins with the first paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); complete)",
    license=COE,
    paras=[MR16_P1,
           "Der Kommissar unterstrich, dass es zuvor noch nicht vorgekommen sei, dass drei Länder – die Ukraine, Frankreich "
           "und die Türkei – von den in der Europäischen Menschenrechtskonvention vorgesehenen Verpflichtungen abweichen. "
           "Zudem erinnerte er daran, dass 2016 gekennzeichnet war durch innerstaatliche und europäische Initiativen, die das "
           "Recht auf Asyl aushöhlten, durch die Brexit-Abstimmung im Vereinigten Königreich, den Putschversuch in der Türkei "
           "und die anschließende Verschlechterung der dortigen Menschenrechtslage, politische Maßnahmen in Polen, die eine "
           "ernste Bedrohung für die Rechtsstaatlichkeit mit sich brachten, sowie durch die Wahl von Donald Trump zum "
           "Präsidenten der Vereinigten Staaten von Amerika."],
    # inverted cue after the first quotation; the second follows with no cue of its own (rule 8 context)
    quotes=[(cut(MR16_P1, "„Das Jahr", "gelten“"), MUIZNIEKS),
            (cut(MR16_P1, "„Entweder", "betrachten.“"), MUIZNIEKS)],
    aliases={MUIZNIEKS: ["Nils Muižnieks", "Menschenrechtskommissar des Europarates", "Der Kommissar"]})

# --- coe.int/de, November 2019: international conference on children's rights in Strasbourg ---

KR19_P3 = ("In ihrer Rede erklärte die Generalsekretärin, dass es beim Schutz der Kinderrechte weiterhin „blinde Flecken“ "
           "gebe, das heißt „Bereiche, in denen die Maßnahmen unzureichend sind, oftmals weil die Fragen umstritten und den "
           "Mächtigen unangenehm sind“. Zu diesen Tabuthemen zählen Kinder, die als Gefahr für die Gesellschaft wahrgenommen "
           "werden: Minderjährige, die mit dem Gesetz in Konflikt geraten, die in radikalisierten Familien aufwachsen oder an "
           "Gleichaltrigen sexualisierte Gewalt ausüben. Wie soll man mit den Opfern und den Aggressoren (die vor allem "
           "Unterstützung benötigen, denen aber häufig die Freiheit entzogen wird und die mit einer auf Erwachsene "
           "abgestimmten Strafjustiz konfrontiert sind) umgehen und sie schützen? Das ist eine besonders schwierige Frage.")
KR19_P4 = ("„Wenn Schutzsysteme versagen, muss dies anerkannt werden“, betonte Pejčinović Burić im Hinblick auf institutionelle "
           "Gewalt, also den Missbrauch von Kindern an Orten, an denen sie sicher leben, lernen, ihrer Freizeitbeschäftigung "
           "nachgehen und Sport betreiben sollten.")

add(id="ho308-coe-2019-11-kinderrechtskonferenz-buric",
    title=None,
    url="https://coe.int/de/web/portal/-/do-the-european-states-do-enough-to-protect-the-rights-of-the-child?"
        "p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D43",
    retrieved="same address (stored news item of the Council of Europe portal on the opening of the international "
              "conference on children's rights of 13/14 November 2019 in Strasbourg under the French chairmanship; the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); complete)",
    license=COE,
    paras=["Im Rahmen des französischen Vorsitzes im Ministerkomitee des Europarates hat heute in Straßburg eine zweitägige, "
           "internationale Konferenz zum Thema Kinderrechte begonnen. Die Teilnehmenden untersuchen, mit welchen Maßnahmen "
           "die europäischen Staaten den Schutz der Kinderrechte fördern und welche Mängel noch zu beheben sind.",
           "Die Generalsekretärin des Europarates, Marija Pejčinović Burić, und der französische Staatssekretär für den "
           "Schutz von Kindern, Adrien Taquet, eröffneten die Konferenz.",
           KR19_P3,
           KR19_P4],
    # `erklärte die Generalsekretärin, dass … „blinde Flecken“ gebe, das heißt „…“`: both partial quotations are hers; the
    # second glosses the first and hangs on the same cue (rule 1892)
    quotes=[("„blinde Flecken“", BURIC),
            (cut(KR19_P3, "„Bereiche", "unangenehm sind“"), BURIC),
            (cut(KR19_P4, "„Wenn Schutzsysteme", "anerkannt werden“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Die Generalsekretärin des Europarates",
                     "Generalsekretärin"]})
