# Three-hundred-and-seventy-second held-out German real-news set (tests/data/heldout372-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2030-2032). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, headline or first words
# and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-seventy-second held-out set": five news items and statements of the
# Council of Europe portal coe.int/de (2016 to 2024: the Commissioner for Human Rights on eastern Ukraine, Germany's
# ratification of the Istanbul Convention, the Secretary General's statement on International Women's Day, the Secretary
# General before the Parliamentary Assembly on Ukraine and on the 75th anniversary; licence COE). Stored copies are the
# `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
JAGLAND = "Thorbjørn Jagland"
FERNER = "Elke Ferner"
MUIZNIEKS = "Nils Muižnieks"

# --- January 2024: the Secretary General at the Assembly's winter session on the 75th anniversary ---

WP_P1 = ("„Im Mai dieses Jahres werden wir das 75-jährige Bestehen des Europarates feiern, und ich denke, es ist wichtig, "
         "die erzielten Fortschritte anzuerkennen. Kein anderer Kontinent hat jemals einen gemeinsamen Rechtsraum "
         "geschaffen, der gemeinsame Normen im Bereich der Menschenrechte, Demokratie und Rechtsstaatlichkeit schützt und "
         "fördert. Dies hat das Leben von Millionen von Europäerinnen und Europäern verändert, und zwar zum Besseren. Das "
         "ist ein Grund zum Feiern“, betonte Generalsekretärin Marija Pejčinović Burić in ihrer Rede bei der "
         "Winterplenarsitzung der Versammlung.")
WP_P3 = ("„Es besteht jedoch kein Zweifel daran, dass die von uns festgelegten Normen angegriffen und untergraben werden. "
         "Sie müssen energisch und wirksam verteidigt werden. Für die Bewältigung der neuen Aufgaben des 21. Jahrhunderts "
         "müssen im Interesse aller Bürgerinnen und Bürger dieselben Normen als Maßstab dienen. Die Erklärung von Reykjavík "
         "hat uns neue Hoffnung und eine neue Entschlossenheit gegeben“, unterstrich die Generalsekretärin. Im Anschluss an "
         "die Rede fand eine lebhafte Fragerunde statt.")

add(id="ho372-coe-2024-01-buric-winterplenarsitzung-75-jahre",
    title="Generalsekretärin hebt auf Winterplenarsitzung der Versammlung 75-jähriges Bestehen des Europarates hervor",
    url="https://coe.int/de/web/portal/-/secretary-general-highlights-council-of-europe-75th-anniversary-at-assembly-"
        "winter-plenary-session?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D18",
    retrieved="same address (news item of 25 January 2024; the link word 'Zurück' before the heading and the repeated "
              "heading dropped (rule 93); the link line 'Rede der Generalsekretärin [EN]', the footer line "
              "'Generalsekretärin Straßburg 25. Januar 2024' and the page's French buttons ('Diminuer la taille du texte', "
              "'Augmenter la taille du texte', 'Imprimer la page') dropped)",
    license=COE,
    paras=[WP_P1,
           "Die Generalsekretärin fasste die Errungenschaften des vergangenen Jahres zusammen und bekräftigte die Bedeutung "
           "der Folgemaßnahmen zum 4. Gipfeltreffen der Staats- und Regierungschefs in Reykjavík.",
           WP_P3],
    quotes=[(cut(WP_P1, "„Im Mai", "zum Feiern“"), BURIC),
            (cut(WP_P3, "„Es besteht", "gegeben“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin",
                     "die Generalsekretärin"]})

# --- March 2022: the Secretary General answers questions of PACE members on Ukraine (rule 2030) ---

UK_TITLE = ("Generalsekretärin vor der Versammlung: „Wir müssen alles in unserer Macht Stehende tun, um die Ukraine zu "
            "unterstützen“")
UK_P1 = ("Als Antwort auf Fragen von Mitgliedern der Parlamentarischen Versammlung (PACE) hat die Generalsekretärin des "
         "Europarates, Marija Pejčinović Burić, bestätigt, dass die Organisation Anpassungen des Ukraine-Aktionsplans "
         "vorgeschlagen hat, um die unmittelbaren Folgen des russischen Angriffs zu bewältigen. „Wir müssen alles in unserer "
         "Macht Stehende tun, um das Land zu unterstützen“, sagte die Generalsekretärin, die auch ihre Solidarität mit der "
         "ukrainischen Bevölkerung zum Ausdruck brachte und ihren Mut würdigte.")

add(id="ho372-coe-2022-buric-pace-ukraine-aktionsplan",
    title=UK_TITLE,
    url="https://www.coe.int/ka/c/portal/update_language?p_l_id=8610431&redirect=%2Fka%2Fweb%2Fportal%2Ffull-news%2F-%2F"
        "asset_publisher%2Fy5xQt7QdunzT%2Fcontent%2Fcouncil-of-europe-will-propose-an-action-plan-to-help-ukraine-"
        "secretary-general-tells-pace%3F&languageId=de_DE",
    retrieved="same address (German version of the news item of the Council of Europe portal, spring 2022, reached through "
              "the portal's language switch; the link word 'Zurück' before the heading and the repeated heading dropped "
              "(rule 93); the fourth paragraph 'Als Antwort auf eine Frage zur Verurteilung von Osman Kavala zu einer "
              "lebenslangen Freiheitsstrafe du', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[UK_P1,
           "Sie erklärte, dass sie bereit sei, nach Kiew zu reisen, um die kurz- und langfristigen Bedürfnisse des Landes zu "
           "erörtern, sobald sie eine offizielle Einladung erhält. Sie hob zudem die bereits von der Organisation "
           "ergriffenen Maßnahmen hervor: Das Personal des Europaratsbüros in Kiew, das dies wünschte, wurde in "
           "Nachbarländern in Sicherheit gebracht und die gemeinsame Arbeit mit der ukrainischen Generalstaatsanwältin "
           "aufgenommen, um sie hinsichtlich schwerer Menschenrechtsverletzungen zu beraten. Darüber hinaus begrüßte sie die "
           "Bereitstellung von fünf Millionen Euro durch die Entwicklungsbank des Europarates für den Migrations- und "
           "Flüchtlingsfonds.",
           "Auf eine Frage zur Republik Moldau antwortete die Generalsekretärin, dass sie hinsichtlich der Sicherheitslage in "
           "der Region Transnistrien des Landes beunruhigt sei, und rief alle Länder auf, den neutralen Status, die "
           "Souveränität und die territoriale Integrität Moldaus zu achten. Sie sagte, dass der Europarat das Land weiterhin "
           "bei der Bewältigung des enormen Flüchtlingszustroms aus der Ukraine unterstützen wird."],
    # the headline's quotation after 'Generalsekretärin vor der Versammlung:' is hers (rule 2030)
    quotes=[(cut(UK_TITLE, "„Wir müssen", "unterstützen“"), BURIC),
            (cut(UK_P1, "„Wir müssen", "unterstützen“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin", "die Generalsekretärin des Europarates",
                     "die Generalsekretärin"]})

# --- 2016: the Commissioner for Human Rights publishes his report on his visit to Ukraine ---

MU_P1 = ("„Der Konflikt in der Ostukraine verursacht weiterhin schreckliches Leid und führt zum Verlust von Menschenleben. "
         "Es ist höchste Zeit, diesen zu beenden und eine wirksame Strafverfolgung und effiziente Strafmaßnahmen im Hinblick "
         "auf die Verantwortlichen für Menschenrechtsverletzungen zu gewährleisten“, erklärte heute Nils Muižnieks, "
         "Menschenrechtskommissar des Europarates, bei der Veröffentlichung eines Berichts über seinen Besuch in der Ukraine "
         "im letzten März. Bei diesem Besuch ist der Kommissar nach Kiew, Dnipropetrowsk und in die Stadt Donezk gereist, "
         "die nicht unter Regierungskontrolle steht.")

add(id="ho372-coe-2016-muiznieks-bericht-ostukraine",
    title=None,
    url="https://coe.int/de/web/portal/news-2016/-/asset_publisher/StEVosr24HJ2/content/to-prevent-further-human-suffering-"
        "in-the-east-of-ukraine-the-rule-of-law-has-to-be-re-established",
    retrieved="same address (news item of 2016 on the news page of the portal; no headline in the stored copy, so the text "
              "has no title line (rules 18, 32); the link '(weiter…)' at the end of the second paragraph dropped)",
    license=COE,
    paras=[MU_P1,
           "Der Bericht beleuchtet Menschenrechtsfragen, die dringend behandelt werden müssen, sowohl in den Gebieten unter "
           "Regierungskontrolle, als auch in den Gebieten, die nicht von der Regierung kontrolliert werden. Der Kommissar "
           "unterstreicht insbesondere die Notwendigkeit, das Recht auf Leben, das Verbot von Folter und das Recht auf Schutz "
           "vor dem Verschwindenlassen zu achten."],
    quotes=[(cut(MU_P1, "„Der Konflikt", "gewährleisten“"), MUIZNIEKS)],
    aliases={MUIZNIEKS: ["Nils Muižnieks", "Menschenrechtskommissar des Europarates", "der Kommissar", "Der Kommissar"]})

# --- October 2017: Germany ratifies the Istanbul Convention (rule 2031) ---

IK_P3 = ("„Die Ratifizierung der Istanbul-Konvention ist eine wichtige Etappe, um jegliche Form der Gewalt gegen Frauen in "
         "Deutschland zu beenden“, erklärte die Staatssekretärin.")
IK_P5 = ("„Dies ist ein wichtiger Schritt für Deutschland – das 25. Land, das unser Übereinkommen ratifiziert –, aber auch "
         "für ganz Europa, da dadurch dessen Umsetzung intensiver überwacht werden kann“, fügte der Generalsekretär des "
         "Europarates, Thorbjørn Jagland, hinzu.")

add(id="ho372-coe-2017-10-deutschland-ratifiziert-istanbul-konvention",
    title="Bekämpfung von Gewalt gegen Frauen: Deutschland ratifiziert Europaratskonvention",
    url="https://www.coe.int/de/web/portal/-/germany-ratifies-council-of-europe-convention-to-end-violence-against-women?"
        "desktop=false",
    retrieved="same address (news item of 12 October 2017; the link word 'Zurück' before the heading dropped (rule 93); "
              "the subtitle 'Überwachungsmechanismus wird dadurch gestärkt' kept as a line of its own (rule 18); the photo "
              "caption 'Elke Ferner und Thorbjørn Jagland', shown twice, dropped; the link line 'Vollständige "
              "Pressemitteilung – Bekämpfung von Gewalt gegen Frauen: Deutschland ratifiziert Europaratskonvention', the "
              "footer line 'Vertragsbüro Straßburg 12. Oktober 2017' and the page's French buttons dropped)",
    license=COE,
    paras=["Überwachungsmechanismus wird dadurch gestärkt",
           "Elke Ferner, Parlamentarische Staatssekretärin bei der Bundesministerin für Familie, Senioren, Frauen und Jugend, "
           "hat heute offiziell bekannt gegeben, dass Deutschland das Übereinkommen des Europarates zur Verhütung und "
           "Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt (Istanbul-Konvention) ratifiziert hat.",
           IK_P3,
           "Die Istanbul-Konvention – die so benannt wird, weil sie in dieser Stadt erstmals zur Zeichnung aufgelegt wurde – "
           "stellt jede Form von Gewalt gegen Frauen unter Strafe. Sie zielt darauf ab, der Gewalt vorzubeugen, die Opfer zu "
           "schützen und zu unterstützen und die Täter strafrechtlich zu verfolgen.",
           IK_P5],
    quotes=[(cut(IK_P3, "„Die Ratifizierung", "beenden“"), FERNER),
            (cut(IK_P5, "„Dies ist", "werden kann“"), JAGLAND)],
    aliases={FERNER: ["Elke Ferner", "Parlamentarische Staatssekretärin bei der Bundesministerin für Familie, Senioren, "
                      "Frauen und Jugend", "die Staatssekretärin"],
             JAGLAND: ["Thorbjørn Jagland", "der Generalsekretär des Europarates"]})

# --- International Women's Day: statement of the Secretary General (rule 2032) ---

FT_P3 = ("Seitdem das Übereinkommen des Europarates zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher "
         "Gewalt 2011 in Istanbul unterzeichnet wurde (das Übereinkommen ist auch als „Istanbul-Konvention“ bekannt), hat es "
         "sich als ein völkerrechtliches Instrument erwiesen, dessen Wirksamkeit immer mehr zunimmt und das immer mehr "
         "anerkannt wird.")
FT_P4 = ("Die Istanbul-Konvention wurde bisher von 33 Staaten ratifiziert und verpflichtet die Vertragsparteien, "
         "verschiedene Formen von Gewalt gegen Frauen, etwa häusliche Gewalt, Nachstellung („Stalking“), sexuelle "
         "Belästigung und psychische Gewalt, mit strafrechtlichen oder sonstigen Sanktionen zu bewehren.")

add(id="ho372-coe-jagland-erklaerung-frauentag-istanbul-konvention",
    title=None,
    url="https://coe.int/de/web/portal/-/international-women-s-d-1?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100"
        "%26start%3D24",
    retrieved="same address (statement of the Secretary General for International Women's Day, 8 March, in a year when 33 "
              "states had ratified the Istanbul Convention; no headline in the stored copy, so the text has no title line "
              "(rules 18, 32); complete as stored)",
    license=COE,
    paras=["Anlässlich des Internationalen Frauentags am 8. März hat der Generalsekretär des Europarates, Thorbjørn Jagland, "
           "folgende Erklärung veröffentlicht:",
           "Bei der Verfolgung unseres Ziels, Gewalt gegen Frauen zu beenden, sind wir dabei, entscheidende Erfolge zu "
           "erreichen, allerdings sind weitere Fortschritte nötig.",
           FT_P3,
           FT_P4],
    # the statement itself stands without marks; the marked name and term inside it are null (rule 2032)
    quotes=[(cut(FT_P3, "„Istanbul", "Konvention“"), None),
            (cut(FT_P4, "„Stalking", "“"), None)],
    aliases={})
