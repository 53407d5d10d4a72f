# Two-hundred-and-fifty-fifth held-out German real-news set (tests/data/heldout255-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1730-1731). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the headline
# and two distinctive phrases of each text against every annotation module, SOURCES file and jsonl file of tests/data and
# of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-fifty-fifth held-out set": German news items and statements of the
# Council of Europe (the newsroom page of the older portal hub.coe.int with Secretary General Jagland's report of April
# 2014; the statement of Venice Commission President Gianni Buquicchio on the Commission's 30th anniversary, 2020; the
# items on the 20th anniversary of the revised European Social Charter and on the 25th anniversary of the collective
# complaints procedure; Commissioner Dunja Mijatović's International Roma Day comment) (licence COE: excerpts of under 500
# words, unchanged, with the Council of Europe credited) and one German press release of the European Central Bank (the
# presentation of the new 20-euro banknote, 24 February 2015) (licence ECB_PR). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, ECB_PR  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAGLAND = "Thorbjørn Jagland"
BUQUICCHIO = "Gianni Buquicchio"
BERGE = "Bjørn Berge"
MIJATOVIC = "Dunja Mijatović"
DRAGHI = "Mario Draghi"

# --- Secretary General Jagland: report of April 2014 (older portal hub.coe.int) ---

REP_TITLE = "Generalsekretär Jagland: „Europa befindet sich in der größten Menschenrechtskrise seit dem Kalten Krieg“"
REP_SUB = "Neuer Bericht zur Lage der Menschenrechte, Demokratie und Rechtsstaatlichkeit in Europa"
REP_P1 = ("Strasbourg, 16 April, 2014 – Laut einem neuen Bericht von Generalsekretär Thorbjørn Jagland finden in ganz Europa "
          "weiterhin schwerwiegende Menschenrechtsverletzungen statt, darunter Korruption, Menschenhandel und "
          "Diskriminierung. Arbeitslosigkeit und Armut geben Extremismus und Konflikten zusätzliche Nahrung. Der Bericht "
          "ist die erste zusammenfassende Analyse der Lage der Menschenrechte, Demokratie und Rechtsstaatlichkeit in Europa, "
          "die auf den Ergebnissen der Monitoring-Organe des Europarates beruht.")
REP_P2 = ("Im Hinblick auf die Krise in der Ukraine und den russischen Militäreinsatz auf der Krim warnt Jagland vor der "
          "Gefahr ähnlicher Konflikte in Europa. „Das Defizit bei demokratischen Kontrollmechanismen, freien Medien und "
          "einer unabhängigen Justiz hat zu weit verbreiteter Korruption und Machtmissbrauch geführt.“ Der Generalsekretär "
          "appellierte an die Mitgliedsstaaten, ihre Verpflichtungen gegenüber der Europäischen Menschenrechtskonvention "
          "vollständig einzuhalten.")
REP_P3 = ("„Ich fordere die Mitgliedsstaaten auf, die Aushöhlung von Grundrechten zu beenden und weitere Reformen zu Europas "
          "einzigartigem Konventionssystem zu verabschieden. Europa braucht eine neue paneuropäische Sicherheitsagenda, die "
          "auch den Schutz der Rechtsstaatlichkeit und demokratischer Grundsätze beinhalten sollte. Gemeinsam müssen wir "
          "Europa zurück auf den Weg der Einheit und Zusammenarbeit bringen, auf der Grundlage gemeinsamer Werte, Normen "
          "und gesetzlicher Verpflichtungen“, erklärte der Generalsekretär.")

add(id="ho255-coe-2014-04-jagland-menschenrechtskrise",
    title=REP_TITLE,
    url="http://hub.coe.int/de/web/coe-portal/press/newsroom",
    retrieved="same address (the first item, of 16 April 2014, of the German newsroom page of the older portal hub.coe.int; "
              "the navigation words 'Medien' and 'Generalsekretär' and the date line '16/04/2014' dropped (rule 93); the "
              "headline, which the stored copy gives twice (before the date line and again after the subtitle), kept once "
              "as the title line; the subtitle kept as a line of its own (rule 18); the place and date at the start of the "
              "first paragraph ('Strasbourg, 16 April, 2014 –') kept as stored; the fourth paragraph, cut off in the "
              "stored copy ('Der Bericht enthält … Hilfeleistun'), and the rest of the page dropped (rule 15))",
    license=COE,
    paras=[REP_SUB, REP_P1, REP_P2, REP_P3],
    quotes=[(cut(REP_TITLE, "„Europa", "Krieg“"), JAGLAND),
            (cut(REP_P2, "„Das Defizit", "geführt.“"), JAGLAND),
            (cut(REP_P3, "„Ich fordere", "Verpflichtungen“"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär Jagland", "Jagland",
                       "Generalsekretär"]})

# --- Venice Commission: 30th anniversary (2020) ---

VC_P2 = ("„Am 10. Mai 1990 beschlossen achtzehn Botschafterinnen und Botschafter von Mitgliedsstaaten des Europarates, die "
         "Europäische Kommission für Demokratie durch Recht, besser bekannt als Venedig-Kommission, zu gründen. Was damals "
         "lediglich als Einrichtung eines weiteren technischen Beratungsgremiums erschien, entpuppte sich als bedeutendes "
         "Ereignis für die Entwicklung der Rechtsstaatlichkeit und Demokratie in Europa und darüber hinaus.")
VC_P3 = "In den 30 Jahren ihres Bestehens hat die Venedig-Kommission:"
VC_ITEMS = [
    "eine große Rolle bei der Ausarbeitung der Verfassung der neuen Demokratien in Mittel- und Osteuropa gespielt und ihre "
    "Vereinbarkeit mit internationalen Normen gewährleistet;",
    "diese und zahlreiche weitere Länder bei ihren Verfassungs- und Gesetzesreformen begleitet;",
    "sich zu einer wichtigen Referenz bei der Erarbeitung internationaler Normen für die Rechtsstaatlichkeit, die "
    "Demokratie und die Wahrung der Menschenrechte entwickelt;",
    "ein Vertrauenskapital in vielen Ländern erworben, weshalb ihre Unterstützung entscheidend für das Vertrauen der "
    "Menschen in Reformen ist;",
    "zahlreiche Länder bei der Erfüllung der Voraussetzungen für den Beitritt zum Europarat und der Europäischen Union "
    "unterstützt;",
    "in vielen Ländern zur Einrichtung eines Verfassungsgerichts beigetragen und ein weltweites Netz von "
    "Verfassungsgerichtshöfen mit 117 Mitgliedern aufgebaut;",
    "zahlreiche Gesetze überprüft und ihre Vereinbarkeit mit internationalen Normen und besonders mit der Europäischen "
    "Menschenrechtskommission gewährleistet;",
    "Normen für die Abhaltung demokratischer Wahlen entwickelt und zu Wahlrechtsreformen beigetragen;",
]

add(id="ho255-coe-2020-05-buquicchio-venedig-kommission-30",
    title="30. Jahrestag der Gründung der Venedig-Kommission",
    url="https://coe.int/es/c/portal/update_language?languageId=de_DE&p_l_id=57206391&redirect=%2Fes%2Fweb%2Fportal%2F-%2F"
        "venice-commission-30th-anniversary",
    retrieved="same address (German version of the statement of May 2020 on the Venice Commission's 30th anniversary; the "
              "heading, which the stored copy gives twice ('Zurück 30. Jahrestag …' and the heading itself), kept once; "
              "the bullets '•' of the list dropped, each list item a line of its own (rule 93); the ninth list item, cut "
              "off in the stored copy ('sich zu einer Partnerin für die Länder des südlichen Mittelmeerraums und "
              "Zentralasiens bei ihren Verfassungs- und Gesetzesreformen'), and everything after it dropped (rule 15); the "
              "statement opened after the colon line is therefore not closed in the kept text (rule 1730); "
              "'Europäischen Menschenrechtskommission' kept as published (rule 20))",
    license=COE,
    paras=["Erklärung des Präsidenten der Venedig-Kommission, Gianni Buquicchio:", VC_P2, VC_P3] + VC_ITEMS,
    quotes=[(VC_P2, BUQUICCHIO), (VC_P3, BUQUICCHIO)] + [(item, BUQUICCHIO) for item in VC_ITEMS],
    aliases={BUQUICCHIO: ["Gianni Buquicchio",
                          "Präsidenten der Venedig-Kommission"]})

# --- European Social Charter ---

ESC20_P1 = ("„Die wachsende Ungleichheit ist für Europa ein wichtiges Problem, und der Schutz der sozialen Rechte muss auf dem "
            "ganzen Kontinent oberste Priorität haben. Ich rufe unsere Mitgliedsstaaten zu einem stärkeren Bekenntnis zur "
            "Sozialcharta auf“, betonte der Generalsekretär des Europarates, Thorbjørn Jagland, am 20. Jahrestag des "
            "Inkrafttretens der revidierten Sozialcharta.")
ESC20_P2 = ("Soziale Rechte und sozialer Fortschritt gehören seit 1949 zu den Zielen und wichtigsten Instrumenten des "
            "Europarates. Sie sollen eine „Quelle für die Freiheit der Einzelperson, politische Freiheit und Herrschaft des "
            "Rechts“ sein, „jene Prinzipien, welche die Grundlage jeder wahren Demokratie bilden“, wie in der "
            "Gründungssatzung des Europarates dargelegt ist. Sozialer Fortschritt und der Schutz der sozialen Rechte und der "
            "sozialen Gerechtigkeit sind nicht nur ein Wesensmerkmal der Demokratie, sondern auch ein Indikator ihres "
            "Funktionierens. Wenn der soziale Fortschritt zum Erliegen kommt, soziale Rechte nicht geschützt sind und keine "
            "soziale Gerechtigkeit herrscht, scheint die funktionale Verbindung zwischen der Bevölkerung und den gewählten "
            "Vertreterinnen und Vertretern abzubrechen.")

add(id="ho255-coe-2019-07-jagland-sozialcharta-20",
    title="20. Jahrestag des Inkrafttretens der revidierten Europäischen Sozialcharta",
    url="https://www.coe.int/de/web/portal/-/20th-anniversary-revised-european-social-charter-entry-into-force",
    retrieved="same address (news item on the 20th anniversary of the entry into force of the revised European Social "
              "Charter; the link word 'Zurück' before the heading dropped; the image caption 'Generalsekretär Thorbjørn "
              "Jagland, der Vorsitzende des Europäischen Ausschusses für soziale Rechte, Giuseppe Palmisano, und der "
              "Botschafter Frankreichs, Jean-Baptiste Mattéi', given twice, dropped (rule 14); the third paragraph, cut "
              "off in the stored copy ('„Das Inkrafttreten der revidierten Europäischen Sozialcharta war … den "
              "Anforderungen des 21. Jahrhu'), and everything after it dropped (rule 15))",
    license=COE,
    paras=[ESC20_P1, ESC20_P2],
    quotes=[(cut(ESC20_P1, "„Die wachsende", "Sozialcharta auf“"), JAGLAND),
            ("„Quelle für die Freiheit der Einzelperson, politische Freiheit und Herrschaft des Rechts“", None),
            ("„jene Prinzipien, welche die Grundlage jeder wahren Demokratie bilden“", None)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates", "Generalsekretär"]})

KB_P2 = ("In seiner Eröffnungsrede betonte der Stellvertretende Generalsekretär des Europarates, Bjørn Berge,die Bedeutung der "
         "sozialen Rechte als Grundlage für eine Gesellschaft mit Anstand und Menschenwürde. „Ein "
         "Kollektivbeschwerdeverfahren wurde entwickelt, um den sozialen Rechten auf unserem Kontinent größere Geltung zu "
         "verschaffen. Und das Verfahren hat sich bewährt: körperliche Züchtigung von Kindern wurde in einer Reihe von "
         "Ländern gesetzlich verboten, homophobe Formulierungen wurden aus den Lehrplänen der Schulen gestrichen, und die "
         "Chancengleichheit der Geschlechter, nicht zuletzt die gleiche Bezahlung von Männern und Frauen, wurde verbessert. "
         "Und die Erfahrung zeigt, dass Beschwerden von Gewerkschaften und zivilgesellschaftlichen Organisationen erst nach "
         "eingehender Prüfung eingereicht werden, ganz im Sinne der Verfahrensbestimmungen”.")
KB_P3 = ("Menschenrechtskommissarin Dunja Mijatović erklärte dazu: „In einer Zeit, in der ich bei meiner täglichen Arbeit das "
         "Ausmaß der Herausforderungen im Bereich der sozialen Rechte in Europa sehe, kann ich nur wiederholen, dass es für "
         "Selbstgefälligkeit weder Zeit noch Anlass gibt. Und die Mitgliedstaaten müssen zu ihren Versprechungen stehen, die "
         "sozialen Rechte nicht nur mit Worten, sondern auch mit Taten zu verteidigen.”")

add(id="ho255-coe-2023-kollektivbeschwerdeverfahren-25",
    title="",
    url="https://coe.int/de/web/portal/-/25th-anniversary-of-european-social-charter-collective-complaints-procedure-in-"
        "pursuit-of-human-rights-and-social-justice?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D16",
    retrieved="same address (news item on the 25th anniversary of the collective complaints procedure of the European "
              "Social Charter; the stored copy has no headline, so no title line (rule 32); the fourth paragraph, cut off "
              "in the stored copy ('„Die Europäische Sozialcharta hat wichtige EU-Instrumente … in den sozialpolitischen "
              "Be'), and everything after it dropped (rule 15), with its quotation, whose speaker the kept text does not "
              "name; the closing marks ” after „ and the missing space in 'Bjørn Berge,die' kept as published (rule 20))",
    license=COE,
    paras=["Der 25. Jahrestag des Inkrafttretens des Zusatzprotokolls zur Europäischen Sozialcharta über "
           "Kollektivbeschwerden (SEV Nr. 158) war Anlass für eine Veranstaltung der Abteilung für soziale Rechte des "
           "Europarates. Führende Vertreterinnen und Vertreter von Regierungen, Sozialpartnern, Zivilgesellschaft, "
           "Wissenschaft und nationalen und internationalen Gremien diskutierten über die Bedeutung dieses Verfahrens für den "
           "wirksamen Schutz sozialer Rechte in Europa.",
           KB_P2, KB_P3],
    quotes=[(cut(KB_P2, "„Ein", "Verfahrensbestimmungen”"), BERGE),
            (cut(KB_P3, "„In einer Zeit", "verteidigen.”"), MIJATOVIC)],
    aliases={BERGE: ["Bjørn Berge", "Stellvertretende Generalsekretär des Europarates"],
             MIJATOVIC: ["Dunja Mijatović", "Menschenrechtskommissarin Dunja Mijatović", "Menschenrechtskommissarin"]})

# --- Commissioner for Human Rights: International Roma Day ---

ROMA_P1 = ("„Am 8. April begehen wir den internationalen Tag der Roma. Wir feiern an diesem Tag die Kultur der Roma, ihren "
           "Beitrag zur europäischen Gesellschaft und die kulturelle Vielfalt Europas. Am internationalen Tag der Roma, der "
           "an den ersten Welt-Roma-Kongress am 8. April 1971 in London erinnert, sollten wir uns ebenfalls bewusst machen, "
           "dass die Menschenrechte der Roma dringend besser geschützt werden müssen“, so die Menschenrechtskommissarin des "
           "Europarates, Dunja Mijatović, in einem heute veröffentlichten Menschenrechtskommentar.")
ROMA_P2 = ("„Überall in Europa untergraben die anhaltenden Verletzungen der Menschenrechte von Roma die anderweitigen "
           "Bemühungen zur Verbesserung ihres Zugangs zu Bildung, Gesundheitsversorgung und zum Arbeitsmarkt und hindern sie "
           "daran, vollständig an der Gesellschaft teilzuhaben. Mit einigen Beispielen möchte ich dies veranschaulichen.“")

add(id="ho255-coe-mijatovic-tag-der-roma",
    title="",
    url="https://coe.int/de/web/portal/-/european-states-must-demonstrate-resolve-for-lasting-and-concrete-change-for-"
        "roma-people?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D22",
    retrieved="same address (German version of the news item on Commissioner Mijatović's Human Rights Comment for the "
              "International Roma Day, 8 April; the stored copy has no headline, so no title line (rule 32); its two "
              "paragraphs kept, the stored copy ends after the second)",
    license=COE,
    paras=[ROMA_P1, ROMA_P2],
    quotes=[(cut(ROMA_P1, "„Am 8. April", "werden müssen“"), MIJATOVIC),
            (ROMA_P2, MIJATOVIC)],
    aliases={MIJATOVIC: ["Dunja Mijatović", "Menschenrechtskommissarin des Europarates"]})

# --- European Central Bank: presentation of the new 20-euro banknote (24 February 2015) ---

ECB_B1 = "Das im Hologramm enthaltene „Porträt-Fenster“ der neuen 20-€-Banknote ist eine Innovation in der Banknotentechnologie."
ECB_P1 = ("EZB-Präsident Mario Draghi stellte heute am Sitz der EZB in Frankfurt die neue 20-€-Banknote vor und gab bekannt, "
          "dass sie am 25. November 2015 in Umlauf gegeben wird. Der neue Geldschein weist ein innovatives "
          "Sicherheitsmerkmal in Form eines im Hologramm enthaltenen „Porträt-Fensters“ auf. Hält man die Banknote gegen das "
          "Licht, wird das Fenster durchsichtig und es erscheint ein Porträt der mythologischen Gestalt Europa, das von "
          "beiden Seiten des Geldscheins zu erkennen ist. Wie die neuen 5-€- und 10-€-Scheine verfügt auch die neue "
          "20-€-Banknote über eine „Smaragd-Zahl“ und ein Porträt der Europa im Wasserzeichen.")
ECB_P2 = ("Präsident Draghi erklärte: „Das Porträt-Fenster ist eine echte Innovation in der Banknotentechnologie und Ergebnis "
          "der Arbeit des Eurosystems. So wird sichergestellt, dass die Euro-Banknoten auch weiterhin fälschungssicher "
          "bleiben. Das stärkt das Vertrauen der 338 Millionen Bürger im gesamten Euroraum in ihre Banknoten.“")

add(id="ho255-ecb-2015-02-neue-20-euro-banknote-vorgestellt",
    title="",
    url="http://central.banktunnel.eu/press/pr/date/2015/html/pr150224.de.html",
    retrieved="same address (stored copy of the ECB press release of 24 February 2015, served under central.banktunnel.eu "
              "with the ECB's address path; the ECB's own address is ecb.europa.eu/press/pr/date/2015/html/pr150224.de.html; "
              "the stored copy begins with the three summary bullets, without headline or date line, so no title line "
              "(rule 32); the bullets '- ' dropped, each summary item a line of its own (rule 93); the fifth paragraph, cut "
              "off in the stored copy ('Der 20-€-Schein ist eine der am häufigsten genutzten … akzeptie'), and everything "
              "after it dropped (rule 15), so the release's closing licence line 'Nachdruck nur mit Quellenangabe "
              "gestattet.' is not in the kept excerpt; it closes every German ECB press release (see ECB_PR))",
    license=ECB_PR,
    paras=[ECB_B1,
           "Der neue 20-€-Schein wird am 25. November 2015 in Umlauf gegeben. Somit haben Hersteller von "
           "Banknotenbearbeitungsgeräten, Bargeldakteure und andere betroffene Parteien gut neun Monate Zeit, sich auf die "
           "Umstellung vorzubereiten.",
           "338 Mio Menschen in 19 Ländern verwenden heute Euro-Banknoten mit einem Gesamtnennwert von 1 000 Mrd €.",
           ECB_P1, ECB_P2,
           "Die neue 20-€-Banknote ist die dritte Banknote der Europa-Serie, die schrittweise an die Stelle der ersten, 2002 "
           "eingeführten Serie tritt. Der 5-€-Schein der Europa-Serie wurde im Mai 2013 ausgegeben, der 10-€-Schein im "
           "September 2014. Der heute vorgestellten 20-€-Banknote werden im Lauf der Zeit neue 50-€-, 100-€-, 200-€- und "
           "500-€-Banknoten folgen."],
    quotes=[("„Porträt-Fenster“", None),
            ("„Porträt-Fensters“", None),
            ("„Smaragd-Zahl“", None),
            (cut(ECB_P2, "„Das Porträt-Fenster", "Banknoten.“"), DRAGHI)],
    aliases={DRAGHI: ["Mario Draghi", "EZB-Präsident Mario Draghi", "Präsident Draghi", "Draghi"]})
