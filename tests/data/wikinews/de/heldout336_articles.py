# Three-hundred-and-thirty-sixth held-out German real-news set (tests/data/heldout336-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1965-1969). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or article number,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run
# on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-thirty-sixth held-out set": eight German news items and statements of
# the Council of Europe on its portal coe.int/de and its older address hub.coe.int/de (2012-2024: two items of Secretary
# General Jagland on gender equality (2012), his statement on the murder of journalists, the Council of Europe/EU statement
# on the European Day against the Death Penalty (2018), the Deputy Secretary General at a social-rights conference in
# Nicosia, an Irish minister before the Assembly and the stock-taking of the Irish chairmanship (2022), and Secretary General
# Pejčinović Burić at a youth event (2024)) (licence COE: excerpts of under 500 words, reproduced unchanged with the Council
# of Europe credited). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 93), and each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
BATTAINI = "Gabriella Battaini-Dragoni"
COVENEY = "Simon Coveney"
BYRNE = "Thomas Byrne"
BURIC = "Marija Pejčinović Burić"

# --- coe.int/de: Jagland's statement calling for action in defence of journalists ---

JO_P2 = ("„Das Motiv ist zwar bisher nicht geklärt, doch in dieser Woche wurde erneut eine Journalistin in einem "
         "Mitgliedsstaat des Europarates brutal ermordet. Es ist bereits der vierte derartige Fall in diesem Jahr.")
JO_P3 = ("Angesichts solcher Gewalt dürfen wir nicht untätig bleiben. Angriffe auf Journalisten sind Angriffe auf unsere "
         "Demokratie. Sie zielen darauf ab, die gesamte Berufsgruppe einzuschüchtern.")
JO_P4 = ("Informationen haben ihren Preis und allzu oft sind es die Journalistinnen und Journalisten, die ihn bezahlen. Sie "
         "setzen sich einer Gefahr aus, wenn sie auf Machtmissbrauch hinweisen und Korruption oder Menschenrechtsverstöße "
         "aufdecken.")
JO_P5 = ("Ich rufe die Mitgliedsstaaten auf, die Empfehlung des Europarates zum Schutz des Journalismus und zur Sicherheit "
         "von Journalistinnen und Journalisten unverzüglich umzusetzen.")
JO_P6 = "Journalistinnen und Journalisten sollten in Europa endlich ohne Angst arbeiten können.“"

add(id="ho336-coe-jagland-schutz-journalisten",
    title=None,
    url="https://coe.int/de/web/portal/-/jagland-calls-for-immediate-action-in-defence-of-journalists?p_l_back_url="
        "%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D33",
    retrieved="same address (statement of Secretary General Thorbjørn Jagland after the murder of a journalist, undated in "
              "the stored copy; the stored copy begins with the first paragraph and shows no heading, so the text has no "
              "title line (rules 18, 32); complete, under 500 words)",
    license=COE,
    paras=["Der Generalsekretär des Europarates, Thorbjørn Jagland, hat heute folgende Erklärung veröffentlicht:",
           JO_P2, JO_P3, JO_P4, JO_P5, JO_P6],
    # one statement over five paragraphs: opening mark in the first, closing mark in the last, the three middle paragraphs
    # without marks are whole-paragraph quotations of the same speaker (rule 935)
    quotes=[(JO_P2, JAGLAND),
            (JO_P3, JAGLAND),
            (JO_P4, JAGLAND),
            (JO_P5, JAGLAND),
            (JO_P6, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Der Generalsekretär des Europarates"]})

# --- coe.int/de, 9 October 2018: European Day against the Death Penalty, joint statement with the EU ---

DP_P3 = ("„Die Todesstrafe stellt eine Verletzung der Menschenwürde dar. Sie ist eine grausame, unmenschliche und "
         "erniedrigende Behandlung und läuft dem Recht auf Leben zuwider. Die Todesstrafe hat keine nachweisbare "
         "abschreckende Wirkung, und sie macht Justizirrtümer irreversibel.“ – Thorbjørn Jagland, Generalsekretär des "
         "Europarates, und Federica Mogherini, Hohe Vertreterin der EU für Außen- und Sicherheitspolitik.")

add(id="ho336-coe-2018-10-tag-gegen-todesstrafe",
    title="10. Oktober: Europäischer Tag gegen die Todesstrafe",
    url="https://coe.int/de/web/portal/-/10-october-european-day-against-the-death-penalty?p_l_back_url=%2Fes%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D20%26start%3D128",
    retrieved="same address (news item of 9 October 2018; the link word 'Zurück' before the heading and the repeated heading "
              "dropped (rules 14, 93); a paragraph holding only a space, the place and date line 'Europarat Straßburg 9. "
              "Oktober 2018', the page tools ('Diminuer la taille du texte', …) and the sidebar ('Events', 'Follow us', "
              "'Galerie', …) dropped (rule 14); complete, under 500 words)",
    license=COE,
    paras=["Der 47 Staaten umfassende Europarat und die 28 Mitglieder zählende Europäische Union haben anlässlich des "
           "Europäischen und Welttags gegen die Todesstrafe am 10. Oktober eine gemeinsame Erklärung veröffentlicht.",
           "Die Erklärung unterstreicht die strikte Ablehnung der Todesstrafe der beiden Organisationen unter allen "
           "Umständen.",
           DP_P3,
           "In Erwartung der Einführung eines Moratoriums ruft die Erklärung die Länder, welche die Todesstrafe noch immer "
           "anwenden – dazu zählt vor allem Weißrussland, das einzige europäische Land, in dem die Todesstrafe noch "
           "verhängt wird, – dazu auf, alle bereits gefällten Todesurteile in Gefängnisstrafen umzuwandeln.",
           "Außerdem werden die Mitgliedsstaaten des Europarates und der EU dringend dazu aufgefordert, die Mitwirkung an "
           "der Anwendung der Todesstrafe durch Drittstaaten zu vermeiden, beispielsweise indem sie Maßnahmen ergreifen, "
           "die den Handel mit Gütern verhindern, welche in der Folge dazu verwendet werden könnten, Hinrichtungen zu "
           "vollziehen.",
           "Durch die Europäische Menschenrechtskonvention hat der Europarat eine todesstrafenfreie Zone geschaffen, welche "
           "47 Länder und über 830 Millionen Menschen umfasst.",
           "Seit mehr als 20 Jahren haben in den Mitgliedstaaten des Europarates keine Hinrichtungen mehr stattgefunden."],
    # the dash after the closing mark introduces the two signatories: a joint statement, first named canonical (rules 27,
    # 1968)
    quotes=[(cut(DP_P3, "„Die Todesstrafe", "irreversibel.“"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "Federica Mogherini",
                       "Hohe Vertreterin der EU für Außen- und Sicherheitspolitik"]})

# --- coe.int/de: the Deputy Secretary General opens a social-rights conference in Nicosia (Cypriot chairmanship) ---

NI_P1 = ("„Warum sind Millionen Europäer bereit, nationalistische, fremdenfeindliche und antidemokratische Kräfte zu "
         "unterstützen, und erschüttern so unsere politischen Systeme?”, fragte die Stellvertretende Generalsekretärin, "
         "Gabriella Battaini-Dragoni, in ihrer Eröffnungsrede bei einer Konferenz zu sozialen Rechten in Europa.")
NI_P3 = ("„Viele Europäer fühlen sich im Stich gelassen“, fügte die Generalsekretärin hinzu. „Eine hohe Anzahl von ihnen "
         "sind mit Arbeitslosigkeit, immer größerer Ungleichheit, dauerhaften Sparmaßnahmen, schlechtem Umgang mit "
         "Migration, Wohnungsnot und mangelhaften öffentlichen Dienstleistungen konfrontiert. Sie sind die politischen "
         "Versprechen mehr als leid, die nicht zu einer Veränderung führen.“")

add(id="ho336-coe-battaini-dragoni-nikosia-soziale-rechte",
    title=None,
    url="https://coe.int/de/web/portal/-/strengthened-social-rights-needed-to-face-frustration-in-europe-cyprus-conference?"
        "p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D40",
    retrieved="same address (news item on the conference on social rights in Nicosia under the Cypriot chairmanship of the "
              "Committee of Ministers, undated in the stored copy; the stored copy begins with the first paragraph and shows "
              "no heading, so the text has no title line (rules 18, 32); the mixed marks of the first quotation (opened "
              "with „, closed with ”) kept as stored (rule 20); the last paragraph '„Wir tun alles in unserer Macht Stehende, "
              "… und sicherzus', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[NI_P1,
           "Im Mittelpunkt der Konferenz in Nikosia, Zypern – einer Veranstaltung im Rahmen des zypriotischen Vorsitzes der "
           "Organisation – steht die Frage, wie nationale und internationale Gerichte soziale Rechte in Europa fördern "
           "können.",
           NI_P3,
           "Über 130 Teilnehmer, vor allem Angehörige der Rechtsberufe und Wissenschaftler, untersuchen die Rechtsprechung "
           "des Europäischen Gerichtshofs für Menschenrechte, des Europäischen Gerichtshofs und von nationalen Gerichten. "
           "Richter und Experten befassen sich mit Verfassungsfragen, Beschäftigung und Sozialversicherungsrechten.",
           "Um die Frustration zu verringern, hat die Konferenz sich zum Ziel gesetzt, die Europäische Sozialcharta besser "
           "einzusetzen, einen Vertrag, der soziale und wirtschaftliche Rechte garantiert – sowie ein breites Spektrum an "
           "alltäglichen Menschenrechten in Bezug auf Beschäftigung, Wohnen, Gesundheit, Bildung, soziale Sicherheit und "
           "Fürsorge. Ein Schwerpunkt liegt dabei darauf, Nichtregierungsorganisationen, Zivilgesellschaft und Behörden in "
           "ganz Europa über das Kollektivbeschwerdeverfahren der Charta und dessen Vorteile zu informieren."],
    # `fügte die Generalsekretärin hinzu` is the Deputy Secretary General of the first paragraph (rule 1966); the second
    # quotation of the paragraph continues the same speaker without a cue of its own
    quotes=[(cut(NI_P1, "„Warum sind", "Systeme?”"), BATTAINI),
            (cut(NI_P3, "„Viele Europäer", "gelassen“"), BATTAINI),
            (cut(NI_P3, "„Eine hohe", "führen.“"), BATTAINI)],
    aliases={BATTAINI: ["Gabriella Battaini-Dragoni", "die Stellvertretende Generalsekretärin", "die Generalsekretärin"]})

# --- coe.int/de, November 2022: stock-taking of the Irish chairmanship of the Committee of Ministers ---

IE_P4 = ("„Es liegen arbeitsreiche und produktive sechs Monate hinter uns. Vielleicht war es die wichtigste Errungenschaft "
         "unseres Vorsitzes, eine Reflexion darüber zu initiieren und voranzutreiben, wie wir das, was wir immer als ‚das "
         "Gewissen Europas‘ betrachtet haben, erneuern. Es gibt einen Plan zur institutionellen Erneuerung des Europarates, "
         "den Island nun fortführen muss. Bei dieser wichtigen Aufgabe kann das Land auf Irlands Unterstützung zählen.“")

add(id="ho336-coe-2022-11-bilanz-irischer-vorsitz",
    title=None,
    url="https://coe.int/de/web/portal/-/taking-stock-of-ireland-s-presidency?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3F"
        "delta%3D100%26start%3D10",
    retrieved="same address (news item of November 2022 on the end of the Irish chairmanship; the stored copy begins with "
              "the first paragraph and shows no heading, so the text has no title line (rules 18, 32); the grammar of 'auf "
              "den Krieg in der Ukraine zu reagieren sowie den Ausschluss …' kept as stored (rule 20); the last paragraph "
              "'Zu den weiteren wichtigen Errungenschaften des irischen Vorsitz', cut off in the stored copy, dropped (rule "
              "15))",
    license=COE,
    paras=["Der Europarat hat eine Zusammenfassung des sechsmonatigen irischen Vorsitzes im Ministerkomitee veröffentlicht, "
           "der am 9. November 2022 endet. Irland hat den Vorsitz am 20. Mai übernommen, zu einem kritischen Zeitpunkt in "
           "der Geschichte des Europarates, als die Organisation darauf ausgerichtet war, auf den Krieg in der Ukraine zu "
           "reagieren sowie den Ausschluss der Russischen Föderation und Herausforderungen für die Menschenrechte und "
           "Demokratie auf dem gesamten Kontinent. Seitdem hat der irische Vorsitz mehr als 60 Veranstaltungen – darunter "
           "Konferenzen, Seminare und Rundtischgespräche zu einem breiten Themenspektrum – in Straßburg, Dublin und einer "
           "Reihe anderer Veranstaltungsorte in Irland organisiert.",
           "Der Vorsitz führte schließlich zu der Entscheidung des Ministerkomitees, am 16. und 17. Mai 2023 einen vierten "
           "Gipfel der Staats- und Regierungschefs des Europarates in Reykjavik abzuhalten. Angeregt durch den kürzlich "
           "veröffentlichten Bericht einer hochrangigen Reflexionsgruppe zur Zukunft des Europarates unter der Leitung der "
           "früheren irischen Präsidentin Mary Robinson, ermöglicht es der Gipfel den Mitgliedsstaaten, die zentralen Werte "
           "der Organisation erneut zu bekräftigen und sich erneut dazu zu bekennen – nämlich Demokratie, Menschenrechte und "
           "Rechtsstaatlichkeit – und die künftige Ausrichtung des Europarates zu bestimmen.",
           "Der irische Außenminister und scheidende Vorsitzende des Ministerkomitees, Simon Coveney, erklärte:",
           IE_P4],
    # cue paragraph ending in a colon, quotation in the next paragraph; the nested ‚das Gewissen Europas‘ stays inside
    quotes=[(IE_P4, COVENEY)],
    aliases={COVENEY: ["Simon Coveney", "Der irische Außenminister und scheidende Vorsitzende des Ministerkomitees"]})

# --- coe.int/de, 2022: the Irish Minister of State for European Affairs before the Assembly ---

BY_P2 = ("„Lassen Sie uns in Reykjavik die Rechte der Europäerinnen und Europäer erneut bestätigen und unsere Demokratien "
         "erneuern, nun ist der richtige Zeitpunkt dafür“, erklärte Byrne. Die Themen des Gipfeltreffens sollten die jüngst "
         "veröffentlichten Empfehlungen der – von der früheren irischen Präsidentin Mary Robinson geleiteten – "
         "hochrangigen Reflexionsgruppe und einen geplanten Bericht der Parlamentarischen Versammlung über die Zukunft des "
         "Europarates widerspiegeln. Er unterstrich zudem die wesentliche Bedeutung des Europäischen "
         "Menschenrechtsgerichtshofs und die Wichtigkeit der Umsetzung seiner Urteile durch die Staaten, so schwierig dies "
         "auch scheinen möge. „Ein ignoriertes Urteil des Gerichtshofs bedeutet nicht nur einen Menschenrechtsverstoß, "
         "sondern auch eine Verzögerung gesellschaftlichen Fortschritts“, unterstrich Byrne.")

add(id="ho336-coe-2022-byrne-gipfel-reykjavik",
    title=None,
    url="https://coe.int/de/web/portal/-/ireland-s-europe-minister-calls-for-council-of-europe-summit-in-reykjavik?"
        "p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D13",
    retrieved="same address (news item of 2022, before the Icelandic chairmanship, undated in the stored copy; the stored "
              "copy begins with the first paragraph and shows no heading, so the text has no title line (rules 18, 32); "
              "complete, under 500 words)",
    license=COE,
    paras=["Der irische Staatsminister für europäische Angelegenheiten, Thomas Byrne, hat seine Unterstützung für die "
           "Abhaltung eines vierten Gipfeltreffens der Staats- und Regierungschefs des Europarates geäußert. Dieses solle im "
           "Rahmen des kommenden Vorsitzes Islands im Ministerkomitee der Organisation in Reykjavik stattfinden. In einer "
           "Rede vor der Parlamentarischen Versammlung in Straßburg rief er die Abgeordneten aus ganz Europa auf, an ihre "
           "Regierungen zu appellieren, das Gleiche zu tun.",
           BY_P2],
    quotes=[(cut(BY_P2, "„Lassen Sie", "dafür“"), BYRNE),
            (cut(BY_P2, "„Ein ignoriertes", "Fortschritts“"), BYRNE)],
    aliases={BYRNE: ["Thomas Byrne", "Byrne", "Der irische Staatsminister für europäische Angelegenheiten"]})

# --- coe.int/de, May 2024: Secretary General Pejčinović Burić opens a youth event in Strasbourg ---

YO_TITLE = ("Generalsekretärin: „Wir brauchen die Ideen, die Stimme und die Energie der jungen Europäerinnen und Europäer, "
            "um den Kampf für Menschenrechte, Demokratie und Rechtsstaatlichkeit zu gewinnen“")
YO_P1 = ("Junge Menschen müssten dazu beitragen, dass sich unsere Normen langfristig durchsetzen, aber das werde nur möglich "
         "sein, wenn die Organisation ihre Ohren, ihren Geist und ihre Türen für junge Menschen öffnet, betonte die "
         "Generalsekretärin des Europarates, Marija Pejčinović Burić, in ihrer Rede zur Eröffnung der "
         "JugendveranstaltungVertrauen in die Zukunft“ am 14. Mai im Europäischen Jugendzentrum in Straßburg.")
YO_P2 = ("„Von Beginn meiner Amtszeit an habe ich meine Entschlossenheit deutlich gemacht, die Perspektive junger Menschen "
         "stärker in die Arbeit des Europarates zu integrieren“, so die Generalsekretärin. Sie nannte die Instrumente und "
         "Strukturen des Europarates, die dazu beitragen, dies zu gewährleisten, etwa die beiden Europäischen Jugendzentren "
         "und das 1972 gegründete Europäische Jugendwerk, das einzigartige System des Co-Managements in Jugendfragen sowie "
         "die Jugendsektorstrategie 2030.")
YO_P3 = ("Ein besonderer Schwerpunkt des Forums liegt auf der Umsetzung der Demokratie-Grundsätze von Reykjavík. Die "
         "Generalsekretärin wies darauf hin, dass diese Grundsätze dazu dienen, „den Zustand der europäischen Demokratien zu "
         "bestimmen und diesbezüglichen Problemen entgegenzutreten“.")

add(id="ho336-coe-2024-05-buric-jugendveranstaltung",
    title=YO_TITLE,
    url="https://www.coe.int/de/web/portal/-/secretary-general-we-need-ideas-voices-and-energy-of-young-europeans-to-win-the-"
        "fight-for-human-rights-democracy-and-the-rule-of-law-",
    retrieved="same address (news item of 14 May 2024, the year from the Reykjavík principles of 2023 and the end of the "
              "Secretary General's term in 2024; the link word 'Zurück' before the heading and the repeated heading dropped "
              "(rules 14, 93); the event title fused to the preceding noun without opening mark "
              "('JugendveranstaltungVertrauen in die Zukunft“') kept as stored (rules 20, 1967); the fourth paragraph "
              "'„Menschenrechte, Demokratie und Rechtsstaatlichkeit sind keine Selbstverständlichkeit, … Würde leben können. "
              "I', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[YO_P1, YO_P2, YO_P3],
    # headline under the bare office label → the office-holder the body names (rule 1965); the event title without its
    # opening mark starts at its first word (rule 1967), null
    quotes=[(cut(YO_TITLE, "„Wir brauchen", "gewinnen“"), BURIC),
            ("Vertrauen in die Zukunft“", None),
            (cut(YO_P2, "„Von Beginn", "integrieren“"), BURIC),
            (cut(YO_P3, "„den Zustand", "entgegenzutreten“"), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

# --- hub.coe.int/de, 7 March 2012: Jagland on International Women's Day ---

WD_P1 = ("Straßburg, 07.03.2012 – „Die Förderung der Gleichstellung von Frauen und Männern muss bei allen unseren "
         "Tätigkeiten im Mittelpunkt stehen“, erklärte Thorbjørn Jagland, Generalsekretär des Europarates. „Demokratie und "
         "dauerhafter Frieden lassen sich nur erreichen, wenn die Frauen die gleichen Möglichkeiten erhalten wie die "
         "Männer, um die Entwicklungen auf allen Ebenen der Gesellschaft zu beeinflussen“, so der Generalsekretär.")
WD_P3 = ("„Für uns alle ist es wichtig, den Beitrag der Frauen als treibende Kraft zum Fortschritt und zur Reform "
         "anzuerkennen, und es ist unerlässlich, dass die Stimmen der Frauen beim Aufbau neuer arabischer Gesellschaften und "
         "bei der Bekämpfung von Diskriminierung und Stereotypen erhört werden. Sollten die Frauen erneut ausgeschlossen "
         "werden, könnte der vielversprechende Arabische Frühling zu einem neuen Winter werden”, warnte Thorbjørn Jagland.")

add(id="ho336-coe-2012-03-07-jagland-tag-der-frau",
    title="8. März – Internationaler Tag der Frau",
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?pager.offset=0&p_p_id=newsroom&_newsroom_groupId=10226&"
        "_newsroom_articleId=862614&_newsroom_tabs=newsroom-topnews",
    retrieved="same address (news item of 7 March 2012 on the older portal hub.coe.int; the navigation words 'Medien' and "
              "'Generalsekretär' and the date line '07/03/2012' dropped; the subtitle kept as its own line (rule 18); the "
              "repeated headline and the image caption 'Thorbjørn Jagland' dropped (rule 93); the place and date opening "
              "'Straßburg, 07.03.2012 –' kept as part of the first paragraph, as in the hundred-and-fifteenth set; the "
              "closing ” of the last quotation kept as stored (rule 20); the link lines 'Siehe auch: …' and the following "
              "items of the newsroom page (from 16/10/2014) dropped)",
    license=COE,
    paras=["Die Gleichberechtigung der Geschlechter ist zentraler Bestandteil der Gesellschaften, die wir aufbauen müssen, "
           "so der Generalsekretär",
           WD_P1,
           "In dieser Woche blickt der Europarat auf die Rolle der Frau im Arabischen Frühling und auf beteiligte "
           "Schlüsselfiguren und Aktivistinnen aus der Region. Frauen waren in allen Phasen der Bewegungen für den "
           "gesellschaftlichen Wandel beteiligt und bezogen überall in der Region im Interesse der Zivilgesellschaft "
           "Stellung.",
           WD_P3],
    quotes=[(cut(WD_P1, "„Die Förderung", "stehen“"), JAGLAND),
            (cut(WD_P1, "„Demokratie und", "beeinflussen“"), JAGLAND),
            (cut(WD_P3, "„Für uns alle", "Winter werden”"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "der Generalsekretär"]})

# --- hub.coe.int/de, June 2012: first meeting of the Gender Equality Commission ---

GE_P1 = ("„Nach wie vor verdienen, entscheiden und zählen Frauen weniger als Männer. Es gibt nur einen Bereich, wo Frauen "
         "zahlenmäßig überwiegen: in den Statistiken über die Opfer von Gewalt.“ Anlässlich des ersten Treffens der neuen "
         "Kommission für die Gleichstellung der Geschlechter des Europarates am 6. Juni erklärte Generalsekretär Thorbjørn "
         "Jagland, alle Voraussetzungen seien gegeben, dass der Europarat bis Ende 2013 greifbare Ergebnisse im Bereich der "
         "Geschlechtergleichstellung liefern kann.")
GE_P2 = ("Der Generalsekretär bezeichnete die Geschlechtergleichstellung auch als ein Mittel, um die Menschenrechte für alle "
         "sicherzustellen. „Wir können es uns einfach nicht leisten, die Hälfte der Bevölkerung von unseren Anstrengungen, "
         "sozialen und wirtschaftlichen Fortschritt zu erreichen und einen dauerhaften Frieden zu gewährleisten, "
         "auszuschließen“, erklärte er.")

add(id="ho336-coe-2012-06-jagland-gleichstellungskommission",
    title="Erstes Treffen der neuen Kommission für die Gleichstellung der Geschlechter",
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom?pager.offset=0&p_p_id=newsroom&_newsroom_groupId=10226&"
        "_newsroom_articleId=1003528&_newsroom_tabs=newsroom-topnews",
    retrieved="same address (news item of 8 June 2012 on the older portal hub.coe.int; the navigation words 'Medien' and "
              "'Gleichstellung der Geschlechter' and the date line '08/06/2012' dropped; the subtitle kept as its own line "
              "(rule 18); the repeated headline and the image caption 'Generalsekretär Thorbjørn Jagland' dropped (rule 93); "
              "a trailing space after the first paragraph dropped; the third paragraph 'Im Namen des albanischen Vorsitzes "
              "… gehören zu den vor', cut off in the stored copy, dropped with the quotation of Filloreta Kodra it holds "
              "(rule 15))",
    license=COE,
    paras=["Generalsekretär Jagland eröffnet neue Kommission des Europarates für die Gleichstellung der Geschlechter",
           GE_P1, GE_P2],
    # the item opens with the quotation and names its speaker in the next sentence's cue (rule 1969); `erklärte er` → the
    # Secretary General of the sentence before (rule 8)
    quotes=[(cut(GE_P1, "„Nach wie vor", "Gewalt.“"), JAGLAND),
            (cut(GE_P2, "„Wir können", "auszuschließen“"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär Jagland",
                       "Der Generalsekretär"]})
