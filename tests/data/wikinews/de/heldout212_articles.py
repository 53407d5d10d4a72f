# Two-hundred-and-twelfth held-out German real-news set (tests/data/heldout212-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1540-1542). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers' names and
# a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and
# of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-twelfth held-out set": German news items and statements of the Council
# of Europe on coe.int/de (the Parliamentary Assembly's President on Crimea, 2014; the Commissioner for Human Rights on
# press freedom, 2019 and 2025; the Secretary General on press freedom in the pandemic, 2020, on the partnership agreement
# with the City of Strasbourg, 2021, and at the Congress of Local and Regional Authorities, 2024) (licence COE: excerpts of
# under 500 words, unchanged, with the Council of Europe credited). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped. Two
# statements of three paragraphs with an opened middle paragraph (Mijatović 2019, O'Flaherty 2025) are annotated one
# quotation per paragraph (rule 935).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
MIJATOVIC = "Dunja Mijatović"

# --- Parliamentary Assembly: the President on Russia's recognition of Crimea, 18 March 2014 ---

BRA_P1 = ("„Ich verurteile nachdrücklich die Entscheidung Russlands, die Unabhängigkeit der Krim anzuerkennen und sie in die "
          "Russische Föderation aufzunehmen. Dies widerspricht der Satzung und den Grundsätzen des Europarates sowie den "
          "Verpflichtungen Russlands gegenüber der Organisation. Jeder Mitgliedsstaat des Europarates muss die Souveränität "
          "und die territoriale Unversehrtheit anderer Staaten achten“, erklärte heute Anne Brasseur, die Präsidentin der "
          "Parlamentarischen Versammlung des Europarates (PACE).")
BRA_P2 = ("Von 22. bis 24. März 2014 besucht Brasseur die Ukraine, um Gespräche über die aktuelle Krise zu führen. Dabei "
          "begleiten sie die Vorsitzenden der Parlamentsfraktionen und die Ko-Berichterstatterinnen für das Monitoring der "
          "Ukraine durch die Parlamentarische Versammlung.")

add(id="ho212-coe-2014-03-brasseur-krim",
    title="Die Präsidentin der Parlamentarischen Versammlung verurteilt die Entscheidung Russlands, die Unabhängigkeit der "
          "Krim anzuerkennen",
    url="https://coe.int/de/web/portal/view/-/asset_publisher/vn2ojsz0tUaf/content/president-of-parliamentary-assembly-"
        "condemns-russia-s-decision-to-recognise-independence-of-crimea",
    retrieved="same address (news item of 18 March 2014; the link word 'Zurück' before the heading, the section label "
              "'Parlamentarische Versammlung' under it, the link lines 'Pressemitteilung', 'Die Russische Föderation im "
              "Europarat', 'Die Ukraine im Europarat', the footer line 'Straßburg 18/03/2014', the page's French buttons "
              "('Diminuer la taille du texte', 'Augmenter la taille du texte', 'Imprimer la page') and the links 'Der "
              "Europarat auf', 'Facebook', '@coe auf Twitter' dropped (rule 93); complete as stored)",
    license=COE,
    paras=[BRA_P1, BRA_P2],
    quotes=[(cut(BRA_P1, "„Ich verurteile", "Staaten achten“"), "Anne Brasseur")],
    aliases={"Anne Brasseur": ["Anne Brasseur", "Brasseur", "Präsidentin der Parlamentarischen Versammlung des Europarates",
                               "Präsidentin der Parlamentarischen Versammlung"]})

# --- Commissioner for Human Rights: press freedom, on the eve of 3 May 2019 ---

MIJ1_P1 = ("„Die Freiheit und die Sicherheit von Journalistinnen und Journalisten sind in Europa in besorgniserregendem "
           "Zustand. Die Ermordung der Journalistin Lyra McKee und die Gewalt und Einschüchterungen, denen Journalistinnen "
           "und Journalisten in mehreren europäischen Ländern ausgesetzt sind, wenn sie über Demonstrationen berichten, sind "
           "nur die jüngsten Beispiele dafür, dass sich die Lage der Pressefreiheit in Europa verschlechtert“, erklärte "
           "heute, am Vortag des Internationalen Tags der Pressefreiheit, die Menschenrechtskommissarin des Europarates, "
           "Dunja Mijatović.")
MIJ1_P2 = ("„Seit vielen Jahren ist der Internationale Tag der Pressefreiheit eine Gelegenheit, den Zustand der "
           "Pressefreiheit zu analysieren und die Freiheit, den Pluralismus und die Sicherheit des Journalismus zu fördern. "
           "Die Probleme sind darum wohlbekannt, ebenso wie die Normen und konkreten Lösungen, die den Behörden zur "
           "Verfügung stehen, um die Sicherheit und Freiheit von Journalistinnen und Journalisten zu erhöhen.")
MIJ1_P3 = ("Um die derzeitige besorgniserregende Entwicklung umzukehren, fehlt es weniger an den verfügbaren Mitteln, "
           "sondern am politischen Willen. Die Mitgliedsstaaten sollten die Normen, zu deren Einhaltung sie sich "
           "verpflichtet haben, vollständig umsetzen.“")

add(id="ho212-coe-2019-05-mijatovic-pressefreiheit",
    title=None,
    url="https://coe.int/de/web/portal/-/genuine-political-commitment-needed-to-protect-press-freedom?p_l_back_url="
        "%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D47",
    retrieved="same address (statement of the Commissioner for Human Rights of 2 May 2019, the eve of the International "
              "Day of Press Freedom; no headline in the stored copy (rules 18, 32); the three paragraphs of the statement "
              "kept complete as stored, the second opened and not closed, the third closed (rule 935))",
    license=COE,
    paras=[MIJ1_P1, MIJ1_P2, MIJ1_P3],
    quotes=[(cut(MIJ1_P1, "„Die Freiheit", "verschlechtert“"), MIJATOVIC),
            (MIJ1_P2, MIJATOVIC),
            (MIJ1_P3, MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Menschenrechtskommissarin des Europarates", "Menschenrechtskommissarin"]})

# --- Commissioner for Human Rights: press freedom, before 3 May 2025 ---

OFL_P1 = ("„Eine freie, sichere und unabhängige Presse ist in einer demokratischen Gesellschaft unverzichtbar. Der Schutz "
          "der Pressefreiheit ist keine Option, sondern eine rechtliche Verpflichtung“, erklärte der Menschenrechtskommissar "
          "des Europarates, Michael O'Flaherty, im Vorfeld des Welttags der Pressefreiheit am Samstag, den 3. Mai.")
OFL_P2 = ("„Journalistinnen und Journalisten spielen eine entscheidende Rolle, indem sie für Rechenschaftspflicht sorgen, "
          "Ungerechtigkeiten aufdecken und das Bewusstsein der Öffentlichkeit für Menschenrechtsfragen schärfen. Aber sie "
          "sind nach wie vor Drohungen, Schikanen, Gewalt und oftmals Straffreiheit für gegen sie begangene Verbrechen "
          "ausgesetzt. In einigen Mitgliedsstaaten sind Journalisten mit missbräuchlichen Klagen und Inhaftierungen "
          "konfrontiert, und diejenigen, die aus Konfliktgebieten berichten, werden oft gezielt angegriffen oder "
          "inhaftiert.")
OFL_P3 = ("Während meines gesamten ersten Jahrs als Kommissar habe ich mit den nationalen Behörden zusammengearbeitet, um zur "
          "Stärkung des Schutzes von Journalisten beizutragen und dafür zu sorgen, dass sie frei und sicher arbeiten können. "
          "Heute bekräftige ich dieses Engagement: Ich werde die Lage der Pressefreiheit in den Mitgliedsstaaten weiterhin "
          "beobachten und mit den relevanten Akteuren zusammenarbeiten, um die Anwendung der internationalen Normen zu "
          "gewährleisten.“")
OFL_P4 = ("Vom 5. bis 7. Mai findet in Brüssel eine UNESCO-Konferenz zum Welttag der Pressefreiheit statt. Kommissar "
          "O'Flaherty wird an der Plenarsitzung am 7. Mai zum Thema Meinungsfreiheit und künstliche Intelligenz teilnehmen.")

add(id="ho212-coe-2025-05-oflaherty-pressefreiheit",
    title=None,
    url="https://coe.int/de/web/portal/-/human-rights-commissioner-protecting-press-freedom-is-an-obligation-not-an-option",
    retrieved="same address (statement of the Commissioner for Human Rights before World Press Freedom Day, 3 May 2025; no "
              "headline in the stored copy (rules 18, 32); the ASCII apostrophe in 'O'Flaherty' kept as stored (rule 20); "
              "complete as stored)",
    license=COE,
    paras=[OFL_P1, OFL_P2, OFL_P3, OFL_P4],
    quotes=[(cut(OFL_P1, "„Eine freie", "Verpflichtung“"), "Michael O'Flaherty"),
            (OFL_P2, "Michael O'Flaherty"),
            (OFL_P3, "Michael O'Flaherty")],
    aliases={"Michael O'Flaherty": ["Michael O'Flaherty", "O'Flaherty", "Kommissar O'Flaherty",
                                    "Menschenrechtskommissar des Europarates", "Menschenrechtskommissar", "Kommissar"]})

# --- Commissioner for Human Rights: article on the safety of journalists, 3 May 2019 ---

MIJ2_P1 = ("Anlässlich des Internationalen Tags der Pressefreiheit haben heute über 20 führende Medien einen Artikel der "
           "Menschenrechtskommissarin des Europarates, Dunja Mijatović, veröffentlicht, in dem sie die Mitgliedsstaaten "
           "aufruft, die Sicherheit von Journalistinnen und Journalisten zu verbessern.")
MIJ2_P2 = ("Mijatović beschreibt in dem Artikel das Ausmaß der Bedrohungen, denen Journalisten in Europa ausgesetzt sind, "
           "fordert die Staaten zu ihrem Schutz auf und empfiehlt dazu konkrete Maßnahmen.")
MIJ2_P3 = ("Viele der Gefahren, welche die Sicherheit von Journalisten in Europa beeinträchtigen, bedrohen auch die "
           "Demokratie, unterstreicht die Menschenrechtskommissarin. An die Mitgliedsstaaten richtet sie den dringenden "
           "Appell, den Schutz von Journalisten zu erhöhen, der Straflosigkeit nach Verbrechen gegen sie ein Ende zu setzen, "
           "die Gesetzeslage zu verbessern und die feindselige Haltung zahlreicher Politiker gegenüber der Presse zu ändern.")
MIJ2_P4 = ("„Die Ermordung von Daphne Caruana Galizia, Ján Kuciak und vielen anderen Journalistinnen und Journalisten ist "
           "nicht vom Zufall bestimmt, sondern das Ergebnis struktureller Mängel in den staatlichen Institutionen, die sie "
           "beschützen sollten“, schreibt Mijatović. „Das ist eine Gefahr für die Journalistinnen und Journalisten sowie für "
           "die Demokratie. Es ist höchste Zeit, dass die Staaten dies anerkennen und die Sicherheit von Journalistinnen und "
           "Journalisten und anderen Medienakteuren sicherstellen.“")

add(id="ho212-coe-2019-05-mijatovic-sicherheit-journalisten",
    title=None,
    url="https://coe.int/de/web/portal/-/europe-s-duty-to-protect-journalists?p_l_back_url=%2Fen%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D50%26start%3D54",
    retrieved="same address (news item of 3 May 2019 on the Commissioner's article for the International Day of Press "
              "Freedom; no headline in the stored copy (rules 18, 32); the link lines 'Siehe auch:' and 'Sonderdossier zum "
              "Internationalen Tag der Pressefreiheit' dropped (rule 93); complete as stored)",
    license=COE,
    paras=[MIJ2_P1, MIJ2_P2, MIJ2_P3, MIJ2_P4],
    quotes=[(cut(MIJ2_P4, "„Die Ermordung", "beschützen sollten“"), MIJATOVIC),
            (cut(MIJ2_P4, "„Das ist eine Gefahr", "sicherstellen.“"), MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Mijatović", "Menschenrechtskommissarin des Europarates",
                         "Menschenrechtskommissarin"]})

# --- Secretary General: press freedom in the coronavirus crisis, before 3 May 2020 ---

COV_P1 = ("Laut neuem Bericht wurden im Jahr 2019 142 schwerwiegende Angriffe auf Journalistinnen und Journalisten "
          "verzeichnet")
COV_P2 = ("In einer im Vorfeld des Internationalen Tags der Pressefreiheit am 3. Mai veröffentlichten Erklärung ruft die "
          "Generalsekretärin des Europarates, Marija Pejčinović Burić, die Regierungen auf, die Pressefreiheit während der "
          "Coronaviruskrise nicht unangemessen zu beschränken.")
COV_P3 = ("„Die Regierungen sind aufgrund der Coronaviruskrise mit beispiellosen Problemen konfrontiert, die Lage darf aber "
          "nicht als Vorwand dienen, um Journalistinnen und Journalisten zum Schweigen zu bringen oder bei der Arbeit zu "
          "behindern“, erklärte die Generalsekretärin. „Die Medien müssen über jeden Aspekt der Krise frei berichten können. "
          "Den Journalistinnen und Journalisten obliegt die wichtige Rolle, die Bevölkerung rasch mit genauen und "
          "zuverlässigen Informationen zu versorgen, und dies ist eine besondere Verantwortung. Sie müssen in der Lage sein, "
          "die Entscheidungen zu überprüfen, welche die Behörden zur Bekämpfung der Pandemie treffen. Durch "
          "verantwortungsbewusste Berichterstattung können sie auch dazu beitragen, dass sich keine Panik verbreitet, und "
          "positive Beispiele sozialer Solidarität hervorheben. So habe ich zahlreiche Medienberichte über Menschen gesehen, "
          "die anderen helfen, und über Pflegende, Krankenhauspersonal, Ärztinnen und Ärzte und andere ‚Heldinnen und "
          "Helden‘, die in der Krise an vorderster Front stehen, und sie haben mich beeindruckt und mir Mut gemacht.“")

add(id="ho212-coe-2020-05-buric-pressefreiheit-corona",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-governments-must-protect-essential-role-of-journalists-in-"
        "democracy-especially-in-times-of-crisis?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D19",
    retrieved="same address (statement of the Secretary General before the International Day of Press Freedom 2020; the "
              "stored copy begins with the subheading 'Laut neuem Bericht … verzeichnet', kept as the first line (rules "
              "18, 20); the fourth paragraph 'Die Generalsekretärin äußerte zudem ihre Sorge … „Leider setzt sich die beu…', "
              "cut off in the stored copy inside an opened quotation, dropped (rule 15))",
    license=COE,
    paras=[COV_P1, COV_P2, COV_P3],
    quotes=[(cut(COV_P3, "„Die Regierungen", "behindern“"), BURIC),
            (cut(COV_P3, "„Die Medien", "Mut gemacht.“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

# --- Secretary General: partnership agreement with the City of Strasbourg, 29 June 2021 ---

STR_P1 = ("Die Generalsekretärin des Europarates, Marija Pejčinović Burić, und die Bürgermeisterin von Straßburg, Jeanne "
          "Barseghian, haben ein neues Partnerschaftsabkommen unterzeichnet, um die langjährige Zusammenarbeit zwischen den "
          "beiden Institutionen zu stärken und das Abkommen aus dem Jahr 2010 zu aktualisieren.")
STR_P2 = ("„Seit 1949 unterhalten die Stadt Straßburg und der Europarat eine enge Beziehung. Die Präsenz der 47 "
          "Mitgliedsstaaten zählenden Organisation in Straßburg trägt unmittelbar zur europäischen Identität der Stadt und "
          "ihrem Status als Hauptstadt Europas bei. Heute verleihen wir unserer Zusammenarbeit einen neuen Impuls, damit wir "
          "die demokratischen, sozialen und ökologischen Probleme gemeinsam bewältigen können“, erklärte die "
          "Generalsekretärin.")
STR_P3 = ("Gemäß dem Abkommen verpflichten sich der Europarat und die Stadt Straßburg dazu, ihre gemeinsamen Überlegungen zu "
          "vertiefen und Straßburg zu einem Experimentierfeld für innovative Kommunalpolitik zu machen. Zu den konkreten "
          "Maßnahmen zählen die Betonung des Erbes, der Geschichte und der Arbeit des Europarates, insbesondere durch "
          "Ausstellungen und Veranstaltungen, Arbeiten für eine einheitliche Beschilderung, die auch auf das Europäische "
          "Kulturerbe-Siegel aufmerksam macht, das Straßburg 2015 für sein Europaviertel erhielt, sowie Beiträge des "
          "Europarates zu den Überlegungen der Stadt über die Stärkung ihrer europäischen und internationalen Position.")

add(id="ho212-coe-2021-06-buric-partnerschaft-strassburg",
    title="Neues Partnerschaftsabkommen zwischen Europarat und Stadt Straßburg",
    url="https://www.coe.int/en/c/portal/update_language?p_l_id=8610431&redirect=%2Fen%2Fweb%2Fportal%2Ffull-news%2F-%2F"
        "asset_publisher%2Fy5xQt7QdunzT%2Fcontent%2Fnew-partnership-agreement-between-council-of-europe-and-city-of-"
        "strasbourg%3F_101_INSTANCE_y5xQt7QdunzT_languageId%3Dfr_FR&languageId=de_DE",
    retrieved="same address (German version of the news item of 29 June 2021; the heading, which the stored copy gives "
              "twice ('Zurück Neues Partnerschaftsabkommen …' and the heading itself), kept once; the link lines "
              "'Pressemitteilung' and 'Neues Partnerschaftsabkommen zwischen Europarat und Stadt Straßburg [EN]', the footer "
              "line 'Europarat Strassburg 29. Juni 2021' and the page's French buttons dropped (rule 93); complete as "
              "stored)",
    license=COE,
    paras=[STR_P1, STR_P2, STR_P3],
    quotes=[(cut(STR_P2, "„Seit 1949", "bewältigen können“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

# --- Secretary General at the Congress session, 26 March 2024 ---

KON_P1 = ("Generalsekretärin Marija Pejčinović Burić hat in ihrer Ansprache bei der Sitzung des Kongresses der Gemeinden "
          "und Regionen, der selbst sein 30-jähriges Bestehen sowie das 10-jährige Bestehen seiner Jugendinitiative feiert, "
          "die Bedeutung des 75-jährigen Bestehens des Europarates unterstrichen.")
KON_P2 = ("„Ich begrüße die jüngste Stärkung des Kongresses und seiner Tätigkeiten, die auf das Gipfeltreffen in Reykjavík "
          "vom vergangenen Mai und dessen Erklärung folgt. Diese Stärkung steht im Zusammenhang mit den im Rahmen der "
          "Verwaltungsreform erzielten Fortschritten sowie der Verabschiedung des Programms und Haushalts im vergangenen "
          "Dezember, die zu einer realen Erhöhung der Mittel für die satzungsgemäßen Beobachtungs- und "
          "Monitoring-Tätigkeiten des Kongresses geführt haben“, betonte die Generalsekretärin.")
KON_P3 = "Pejčinović Burić zog auch eine Bilanz ihrer Amtszeit, wobei sie den Schwerpunkt auf die wichtigsten Errungenschaften legte."
KON_P4 = ("„Ich möchte dem Präsidenten des Kongresses meine Unterstützung für die erfolgreiche Ausübung seines Mandats "
          "zusichern und die Bedeutung seiner Erklärungen zur Gewalt gegen kommunale Mandatsträgerinnen und -träger "
          "hervorheben, die unter keinen Umständen hingenommen werden und nicht ungestraft bleiben darf. Wir müssen in "
          "unserem Engagement für den Schutz der Grundrechte und die Förderung der Demokratie auf allen Regierungsebenen "
          "vereint bleiben. Die Rechtsstaatlichkeit ist unser Kompass: Er leitet unsere Handlungen und Entscheidungen für "
          "eine auf Gerechtigkeit und Gleichheit gegründete Zukunft“, erklärte sie abschließend.")

add(id="ho212-coe-2024-03-buric-kongress-75-jahre",
    title="Generalsekretärin würdigt bei Kongresssitzung 75-jähriges Bestehen des Europarates",
    url="https://coe.int/de/web/portal/-/secretary-general-marks-council-of-europe-75th-anniversary-at-congress-session"
        "?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D6",
    retrieved="same address (news item of 26 March 2024; the heading, which the stored copy gives twice ('Zurück "
              "Generalsekretärin würdigt …' and the heading itself), kept once; the link line 'Rede von "
              "Generalsekretärin', the footer line 'Generalsekretärin Straßburg 26. März 2024' and the page's French "
              "buttons dropped (rule 93); complete as stored)",
    license=COE,
    paras=[KON_P1, KON_P2, KON_P3, KON_P4],
    quotes=[(cut(KON_P2, "„Ich begrüße", "geführt haben“"), BURIC),
            (cut(KON_P4, "„Ich möchte", "gegründete Zukunft“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Pejčinović Burić",
                     "Generalsekretärin"]})
