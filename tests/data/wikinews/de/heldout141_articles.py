# Hundred-and-forty-first held-out German real-news set (tests/data/heldout141-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 1100). None
# of these pages is in any tests/data/*.jsonl (checked by URL and page address against every address named in the modules,
# SOURCES.md files and jsonl files of tests/data and of the other helpers' worktrees, and by the speakers' names and a
# distinctive 8-word phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished
# and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-forty-first held-out set" of SOURCES.md: news items of the Council of Europe
# (Europarat) on its portal coe.int/de and its older news search, 2009-2024 — PACE President Tiny Kox in Turin, the Group of States against Corruption
# (GRECO) and its president, the Council of Europe Development Bank (CEB) and its governor, the Secretary General at the
# Bank's joint meeting, the Lanzarote Convention and its events, the Venice Commission and the old news search
# (licence COE: excerpts of under 500 words with the Council of Europe credited). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was
# dropped. No multi-paragraph statement with unmarked middle paragraphs occurs in the set (rule 46 not needed).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
MRCELA = "Marin Mrčela"
WENZEL = "Rolf Wenzel"
JOHANNESSON = "Sigurður Ingi Jóhannesson"
BATTAINI = "Gabriella Battaini-Dragoni"
MJID = "Najat Maalla M’jid"
JENSDOTTIR = "Regína Jensdóttir"
JAGLAND = "Thorbjørn Jagland"

# --- 2020: GRECO annual report; the Secretary General and the GRECO President (rule 1100) ---

GR_P1 = ('Regierungen und Personen, die öffentliche Funktionen ausüben, sollten eine Vorbildrolle übernehmen, indem sie die '
         'Antikorruptionsmaßnahmen und Transparenznormen achten, so die Staatengruppe des Europarates gegen Korruption '
         '(GRECO) in ihrem Jahresbericht.')
GR_P2 = ('Die GRECO analysiert in dem Bericht die Maßnahmen, die 2019 in den Mitgliedsstaaten zur Verhütung von Korruption '
         'unter Abgeordneten, Richter/inne/n und Staatsanwält/inn/en sowie auf Zentralregierungsebene – insbesondere unter '
         'Personen, die oberste Exekutivfunktionen bekleiden – und in Strafverfolgungsbehörden getroffen wurden. Die '
         'Generalsekretärin des Europarates, Marija Pejčinović Burić, erklärte: „Korruption untergräbt das Vertrauen der '
         'Bevölkerung in die Demokratie und die demokratischen Institutionen. Die Umsetzung wirksamer '
         'Antikorruptionsmaßnahmen und die Förderung von Integrität und Transparenz sollten darum für die Behörden stets '
         'vorrangig sein. Die Staaten haben Fortschritte erzielt, sie sollten allerdings ihre Anstrengungen verstärken, um '
         'die Empfehlungen der GRECO vollständig umzusetzen.“')
GR_P3 = ('Der Präsident der GRECO, Marin Mrčela, äußerte sich besorgt darüber, dass in zahlreichen Ländern in den letzten '
         'Jahre Korruptionsvorwürfe gegen Verantwortliche öffentlicher Einrichtungen weitverbreitet waren. „Kein Mensch, kein '
         'Staat und keine Institution ist gegen Korruption immun. Ungeachtet ihrer politischen Zugehörigkeit müssen die '
         'Politikerinnen und Politiker mit gutem Beispiel vorangehen und die Vorbildfunktion erfüllen, die von ihnen '
         'erwartet wird. Ihre Aufgabe ist es, den Menschen zu dienen, und nicht, über sie zu herrschen“, so Mrčela.')

add(id="ho141-coe-2020-greco-jahresbericht",
    title=None,
    url="https://coe.int/de/web/portal/-/greco-new-report-urges-public-authorities-to-be-exemplary-and-transparent?p_l_"
        "back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D39",
    retrieved="same address (news item of 2020 on GRECO's annual report for 2019; no headline in the stored copy (rules 18, "
              "32); the fourth paragraph ('Im Jahr 2019 war eine leicht verbesserte Konformität … Abgeordnete (27 %), wo'), "
              "cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[GR_P1, GR_P2, GR_P3],
    quotes=[(cut(GR_P2, '„Korruption untergräbt', 'umzusetzen.“'), BURIC),
            (cut(GR_P3, '„Kein Mensch', 'herrschen“'), MRCELA)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates"],
             MRCELA: ["Marin Mrčela", "Mrčela", "Präsident der GRECO"]})

# --- 2014: CEB Governor Wenzel before the Assembly (rule 1101) ---

WE_TITLE = ('Wenzel: „Die Entwicklungsbank des Europarates ist das einzige internationale Finanzinstitut mit rein sozialem '
            'Mandat“')
WE_P1 = ('„Die Entwicklungsbank des Europarates (CEB) hat sich als die Bank für soziale Entwicklung in Europa etabliert“, '
         'erklärte der Gouverneur der CEB, Rolf Wenzel, am Donnerstag in seiner Rede vor der Versammlung. Das einzige '
         'internationale Finanzinstitut mit ausschließlich sozialem Mandat entwickelt abgestimmte und umgehende Maßnahmen zur '
         'Beseitigung sozialer Ungleichheiten und unterstützt die schwächsten Bevölkerungsgruppen auf dem ganzen Kontinent, '
         'etwa während der jüngsten Flutkatastrophe in Bosnien und Herzegowina, Kroatien und Serbien.')
WE_P2 = ('„Die Förderung des sozialen Zusammenhalts und der Solidarität in Europa war nie eine leichte Aufgabe“, betonte der '
         'Gouverneur in seiner Rede, in der er den Schwerpunkt auf die Zusammenarbeit mit der Europäischen Union beim '
         'Investitionsrahmen für den westlichen Balkan legte. In Bezug auf das Geschäftsergebnis 2013 unterstrich Wenzel die '
         'Tatsache, dass der Nettogewinn sich auf 111 Millionen Euro belief und vollständig der Rücklage der Bank zugeführt '
         'wurde. Im Jahr 2014 wurden bis jetzt 16 Projekte mit einem Gesamtvolumen von 1,3 Milliarden Euro genehmigt.')

add(id="ho141-coe-2014-06-26-wenzel-entwicklungsbank",
    title=WE_TITLE,
    url="https://coe.int/de/web/portal/-/wenzel-the-council-of-europe-development-bank-is-the-only-international-financial-"
        "institution-with-an-exclusively-social-mandate-",
    retrieved="same address (news item of 26 June 2014 ('Straßburg 26/06/2014'), complete as stored; the link word "
              "'Zurück' before the heading, the section line 'Parlamentarische Versammlung', the link line 'Video der Rede', "
              "the footer line with the date, the page's French buttons and the social-media links dropped (rule 93))",
    license=COE,
    paras=[WE_P1, WE_P2],
    quotes=[(cut(WE_TITLE, '„Die Entwicklungsbank', 'Mandat“'), WENZEL),
            (cut(WE_P1, '„Die Entwicklungsbank', 'etabliert“'), WENZEL),
            (cut(WE_P2, '„Die Förderung', 'Aufgabe“'), WENZEL)],
    aliases={WENZEL: ["Rolf Wenzel", "Wenzel", "Gouverneur der CEB", "Gouverneur"]})

# --- 2024: 57th Joint Meeting of the CEB in Reykjavík; the Icelandic minister (rule 1102) ---

RE_TITLE = ('Gemeinsame Sitzung der Entwicklungsbank des Europarates: Gemeinsam handeln und die Herausforderungen Europas '
            'bewältigen')
RE_P1 = ('Katastrophenrisikomanagement und Klimaschutz gehören zu den Prioritäten und neuen Projekten, die auf der 57. '
         'Gemeinsamen Sitzung der Entwicklungsbank des Europarates (CEB) diskutiert werden, die heute in Reykjavík, Island, '
         'stattfindet und an der die Leitungsorgane der Bank, die ernannten Beamtinnen und Beamten und das Management '
         'teilnehmen.')
RE_P2 = ('„Eine der Prioritäten Islands während unseres Vorsitzes im Europarat im vergangenen Jahr war die Verknüpfung von '
         'Menschenrechten und Umwelt. Island begrüßt daher das diesjährige Hauptthema der CEB, das sich auf die bedeutende '
         'Rolle der Bank bei der Unterstützung der Mitgliedsstaaten in den Bereichen Katastrophenrisikomanagement, '
         'Klimawandel und gerechter Übergang konzentriert“, erklärte der isländische Finanz- und Wirtschaftsminister, '
         'Sigurður Ingi Jóhannesson, bei der Begrüßung der Teilnehmenden der Veranstaltung.')

add(id="ho141-coe-2024-ceb-reykjavik",
    title=RE_TITLE,
    url="https://coe.int/es/c/portal/update_language?languageId=de_DE&p_l_id=8610431&redirect=%2Fes%2Fweb%2Fportal%2F-%2F"
        "acting-together-meeting-europe-s-challenges-reykjavik-joint-meeting-of-the-council-of-europe-development-bank",
    retrieved="same address (German version of a news item of 2024, reached by the portal's language switch; the link word "
              "'Zurück' and the repeated heading dropped (rule 93); the third paragraph ('In seiner Eröffnungsrede hob der "
              "Stellvertretende Generalsekretär, Bjørn Berge, … Er wies insbesondere darau'), cut off in the stored copy, "
              "dropped with its quotations (rules 15, 1102))",
    license=COE,
    paras=[RE_P1, RE_P2],
    quotes=[(cut(RE_P2, '„Eine der', 'konzentriert“'), JOHANNESSON)],
    aliases={JOHANNESSON: ["Sigurður Ingi Jóhannesson", "Finanz- und Wirtschaftsminister"]})

# --- 2023: the Secretary General at the 56th Joint Meeting of the CEB in Athens (rule 1103) ---

AT_TITLE = 'Generalsekretärin hält Rede bei 56. gemeinsamer Sitzung der Entwicklungsbank des Europarates in Athen'
AT_P1 = ('In einer Rede bei der 56. gemeinsamen Sitzung der Entwicklungsbank des Europarates (CEB) in Athen hat '
         'Generalsekretärin Marija Pejčinović Burić die Tätigkeit der CEB und ihre positiven Folgen in den Mitgliedsstaaten '
         'hervorgehoben.')
AT_P2 = ('Die Generalsekretärin begrüßte dabei die in der 55. gemeinsamen Sitzung im letzten Jahr in Dublin getroffene '
         'Entscheidung, der Ukraine den Beitritt zur CEB kostenfrei zu ermöglichen, und hob die Finanzmittel hervor, die die '
         'Bank für Flüchtlinge aus der Ukraine und den strategischen Rahmen zur Förderung des Wiederaufbaus und der Erneuerung '
         'des sozioökonomischen Sektors des Landes bereitgestellt hat, im Einklang mit dem nationalen Aktionsplan des '
         'Europarates.')
AT_P3 = ('Pejčinović Burić erwähnte die ausdrückliche Nennung der Rolle der CEB im Hinblick auf die soziale Dimension des '
         'Klimawandels und der Umweltzerstörung im Abschlussdokument des 4. Gipfeltreffens der Staats- und Regierungschefs '
         'des Europarates („Erklärung von Reykjavik: Durch Werte vereint“). „Wenn das Unvorhergesehene geschieht, ist es '
         'angebracht, zu reagieren. Manche Dinge sind aber vorhersehbar“, erklärte sie mit Bezug auf die „fortwährende '
         'Schädigung der Umwelt und den Klimawandel, die die Ressourcen der Regierungen, internationalen Organisationen und '
         'der Entwicklungsbank des Europarates vermehrt belasten werden“.')

add(id="ho141-coe-2023-06-09-buric-ceb-athen",
    title=AT_TITLE,
    url="https://coe.int/de/web/portal/-/secretary-general-addresses-56th-joint-meeting-of-council-of-europe-development-"
        "bank-in-athens?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D7",
    retrieved="same address (news item of 9 June 2023 ('Europarat Athen 9. Juni 2023'), complete as stored; the link word "
              "'Zurück' before the heading, the link lines 'Rede der Generalsekretärin [EN]' and 'Weitere Informationen "
              "[EN]', the footer line with the date and the page's French buttons dropped (rule 93))",
    license=COE,
    paras=[AT_P1, AT_P2, AT_P3],
    quotes=[("„Erklärung von Reykjavik: Durch Werte vereint“", None),
            (cut(AT_P3, '„Wenn das', 'vorhersehbar“'), BURIC),
            (cut(AT_P3, '„fortwährende', 'belasten werden“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin"]})

# --- 2017: tenth anniversary of the Lanzarote Convention; the Deputy Secretary General (rule 1104) ---

LA_P1 = ('Heute feiert die Europaratskonvention des Europarates zum Schutz von Kindern gegen sexuelle Ausbeutung und '
         'Missbrauch, die sogenannte Lanzarote Konvention, ihren 10. Geburtstag. Bis heute ist die am 25. Oktober 2007 auf '
         'der spanischen Insel Lanzarote zur Zeichnung aufgelegte Konvention das ehrgeizigste und umfassendste '
         'Rechtsinstrument zum Schutz der Kinder vor sexuellem Missbrauch und Ausbeutung.')
LA_P2 = ('“Die günstigste Schätzung besagt, dass eines von fünf Kindern früher oder später mit sexueller Ausbeutung oder '
         'Missbrauch konfrontiert ist”, hat heute die Stellvertretende Generalsekretärin des Europarates, Gabriella '
         'Battaini-Dragoni, in ihrer Ansprache an die Konferenzteilnehmer festgestellt. Die zweitägige Konferenz in '
         'Straßburg, die heute endet, ist dem 10. Jahrestag der Lanzarote Konvention gewidmet. “Eine solche Erfahrung kann '
         'Traumata hervorrufen, die ein Leben lang andauern: Unterbrechnung der Ausbildung, Zerstörung von Karrierechancen '
         'und schliesslich eine ganze Palette geistiger Krankheiten.”')
LA_P3 = ('Die Lanzarote Konvention will der sexuellen Ausbeutung und dem Missbrauch von Kindern vorbeugen, davor schützen und '
         'strafrechtlich verfolgen. Folgende Straftatbestände sind enthalten: Angriffe wie sexuelle Ausbeutung, '
         'Kinderprostitution, Kinderpornographie, Teilnahme von Kindern an pornographischen Vorführungen, Korruption von '
         'Kindern sowie das Anwerben von Kindern zu sexuellen Zwecken (Grooming). Bisher haben 42 Mitgliedsländer des '
         'Europarates, ausser Armenien, Aserbaijan, Irland, Norwegen und das Vereinigte Königreich gezeichnet. Die Konvention '
         'ist auch für Staaten außerhalb Europas offen.')
LA_P4 = ('“Es ist positiv zu sehen, in welcher Art die Konvention das Bewusstsein geschärft hat, wie Gesetze geändert '
         'wurden, die Fähigkeit, sexuellen Angriffen auf Kinder vorzubeugen und darauf zu antworten, in den Ländern '
         'verbessert haben, die die Konvention gezeichnet haben,” fügte die Stellvertretende Generalsekretärin hinzu.')

add(id="ho141-coe-2017-10-lanzarote-zehn-jahre",
    title=None,
    url="https://coe.int/de/web/portal/-/ending-sexual-exploitation-and-abuse-of-children-towards-a-world-of-trust?p_l_"
        "back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D27",
    retrieved="same address (news item of October 2017 on the conference for the tenth anniversary of the Lanzarote "
              "Convention; no headline in the stored copy (rules 18, 32); the fifth paragraph ('Unter den bedeutenden "
              "Errungenschaf'), cut off in the stored copy, dropped (rule 15); the English marks “…” and the spellings "
              "'Unterbrechnung', 'schliesslich', 'ausser', 'Aserbaijan' kept as published)",
    license=COE,
    paras=[LA_P1, LA_P2, LA_P3, LA_P4],
    quotes=[(cut(LA_P2, '“Die günstigste', 'konfrontiert ist”'), BATTAINI),
            (cut(LA_P2, '“Eine solche', 'Krankheiten.”'), BATTAINI),
            (cut(LA_P4, '“Es ist positiv', 'gezeichnet haben,”'), BATTAINI)],
    aliases={BATTAINI: ["Gabriella Battaini-Dragoni", "Stellvertretende Generalsekretärin des Europarates",
                        "Stellvertretende Generalsekretärin"]})

# --- 2024: Lanzarote Convention side event in Geneva (rule 1105) ---

GE_P1 = ('Der Europarat und die Ständige Vertretung Islands bei den Vereinten Nationen in Genf haben am Rande der 55. Sitzung '
         'des UN-Menschenrechtsrates eine Podiumsdiskussion mit dem Titel „Join states in a class of excellence to fight '
         'child sexual exploitation and sexual abuse“ (Es anderen Staaten gleichtun und in einer Leistungsklasse gegen '
         'sexuelle Ausbeutung und sexuellen Missbrauch von Kindern kämpfen) veranstaltet. Ziel der Veranstaltung war die '
         'Förderung des Übereinkommens des Europarates zum Schutz von Kindern vor sexueller Ausbeutung und sexuellem '
         'Missbrauch (der Lanzarote-Konvention) als umfassendstes internationales Instrument zum Schutz von Kindern vor '
         'diesem Verbrechen.')
GE_P2 = ('„Sexuelle Gewalt gegen Kinder ist ein Verbrechen, das weltweit Millionen Leben zerstört. Wir müssen jetzt handeln, '
         'für Kinder und mit ihnen“, erklärte Dr. Najat Maalla M’jid, UN-Sonderbeauftrage des Generalsekretärs für Gewalt '
         'gegen Kinder, bei der Eröffnung der Veranstaltung. Die Lanzarote-Konvention dient als Blaupause für die Staaten zur '
         'Stärkung der Gesetzgebung und der Maßnahmen zur besseren Verhütung von sexueller Ausbeutung und sexuellem '
         'Missbrauch von Kindern, zum Schutz der Opfer, zur Strafverfolgung der Täter und zur Förderung der nationalen und '
         'internationalen Zusammenarbeit. Als Vertragspartei der Lanzarote-Konvention können Staaten außerdem von dem '
         'einzigartigen Überwachungsmechanismus und dem Kapazitätsaufbau durch den Lanzarote-Ausschuss profitieren.')
GE_P3 = ('Die Koordinatorin des Europarates für die Rechte des Kindes, Regína Jensdóttir, erinnerte daran, dass „die '
         'Lanzarote-Konvention zwar in Europa entstanden sein mag, jedoch ein internationaler Vertrag mit globalen Zielen ist '
         'und für jedes Land der Welt zum Beitritt und zur Ratifizierung offensteht“. Derzeit sind 48 Länder aus Europa und '
         'darüber hinaus Vertragsstaaten der Konvention.')

add(id="ho141-coe-2024-lanzarote-genf",
    title=None,
    url="https://coe.int/de/web/portal/-/lanzarote-convention-a-tool-to-fight-child-sexual-exploitation-and-sexual-abuse-"
        "worldwide?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D4",
    retrieved="same address (news item of 2024 on a side event of the 55th session of the UN Human Rights Council; no "
              "headline in the stored copy (rules 18, 32); the fourth paragraph ('Der isländische Minister für Bildungs- und "
              "Kinderbelange, S. E. Asmundur Einar Dadason, sprach über den „spürb'), cut off in the stored copy, dropped "
              "(rule 15); the spelling 'Sonderbeauftrage' kept as published)",
    license=COE,
    paras=[GE_P1, GE_P2, GE_P3],
    quotes=[("„Join states in a class of excellence to fight child sexual exploitation and sexual abuse“", None),
            (cut(GE_P2, '„Sexuelle Gewalt', 'mit ihnen“'), MJID),
            (cut(GE_P3, '„die Lanzarote', 'offensteht“'), JENSDOTTIR)],
    aliases={MJID: ["Najat Maalla M’jid", "Dr. Najat Maalla M’jid", "UN-Sonderbeauftrage"],
             JENSDOTTIR: ["Regína Jensdóttir", "Koordinatorin des Europarates für die Rechte des Kindes"]})

# --- 2020: the Venice Commission's online plenary at thirty (rule 1106) ---

VC_P1 = ('Wegen anhaltender Bedenken aufgrund von Covid-19 musste eine „vor Ort“ geplante Feier anlässlich des 30-jährigen '
         'Bestehens der Venedig-Kommission des Europarates abgesagt werden.')
VC_P2 = ('Stattdessen wurde letzte Woche eine virtuelle Plenarsitzung abgehalten. Als Ergebnis wurden zahlreiche Gutachten '
         'und Berichte zu Fragen von öffentlichem Interesse verabschiedet, einschließlich dreier Berichte zu '
         'Wahlstreitigkeiten, den Auswirkungen von Covid-19 auf die Demokratie und zur Strafbarkeit von Aufrufen zu '
         '„grundlegenden Verfassungsänderungen“. Ebenfalls verabschiedet wurden unter anderem mit Spannung erwartete '
         'Gutachten zu Georgien, Island, Malta, der Türkei und der Ukraine.')

add(id="ho141-coe-2020-venedig-kommission-30-jahre",
    title=None,
    url="https://coe.int/de/web/portal/-/online-venice-commission-plenary-marks-30-years-of-newsworthy-legal-advice?p_l_"
        "back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D82",
    retrieved="same address (news item of 2020, complete as stored; no headline in the stored copy (rules 18, 32))",
    license=COE,
    paras=[VC_P1, VC_P2],
    quotes=[("„vor Ort“", None),
            ("„grundlegenden Verfassungsänderungen“", None)],
    aliases={})

# --- 2009: Secretary General Jagland on the death penalty, item of the old news search (rule 1107) ---

JA_TITLE = 'Generalsekretär begrüßt Erklärung zur Todesstrafe'
JA_P1 = ("Generalsekretär Thorbjørn Jagland hat die Erklärung des russischen Verfassungsgerichts, in der es die Anwendung der "
         "Todesstrafe ausschließt, nachdrücklich begrüßt. ''Die Todesstrafe ist eine inakzeptable Form der Bestrafung, zu "
         "deren Abschaffung sich alle Mitgliedsstaaten des Europarates verpflichtet haben'', so Jagland in einer Erklärung "
         "am 19. November.")

add(id="ho141-coe-2009-11-19-jagland-todesstrafe",
    title=JA_TITLE,
    url="https://coe.int/NewsSearch/Default.asp?id=12535&lmLangue=3&p=nwz",
    retrieved="same address (teaser of 19 November 2009 in the Council of Europe's old news search, complete as stored; the "
              "date '[19/11/2009]' at the end of the headline line and the link '(Weiter...)' at the end of the paragraph "
              "dropped (rule 957); the double apostrophes '' kept as published)",
    license=COE,
    paras=[JA_P1],
    quotes=[(cut(JA_P1, "''Die Todesstrafe", "verpflichtet haben''"), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär"]})

# --- 2022: PACE President Kox at the Committee of Ministers' session in Turin (rule 1108) ---

KOX = "Tiny Kox"
TU_P1 = ('In seiner heutigen Rede bei der Sitzung des Ministerkomitees in Turin forderte der Präsident der Versammlung, Tiny '
         'Kox, einen Gipfel der Staats- und Regierungschefs zur Erneuerung, Verbesserung und Stärkung des Europarates.')
TU_P2 = ('„Dieser Gipfel sollte dazu führen, dass der Europarat neue Kompetenzen erhält und besser ausgestattet ist, um die '
         'demokratische Sicherheit zu schützen und zu fördern. Dass er in der Lage ist, rechtzeitige und wirksame gemeinsame '
         'Maßnahmen zum Schutz und zur Weiterentwicklung des auf Regeln beruhenden Multilateralismus zu ergreifen, um '
         'bestehende und neu aufkommende Bedrohungen in Europa besser zu bewältigen“, erklärte er.')
TU_P3 = ('„Dann – und nur dann – wird der Europarat in der Lage sein, als Grundpfeiler von Europas politischer Architektur zu '
         'fungieren. Russlands einseitiger Angriffskrieg auf die Ukraine hat die dringende Notwendigkeit zur Stärkung dieser '
         'multilateralen Architektur weiter erhöht“, unterstrich der Präsident der Versammlung.')
TU_P4 = ('„Unsere Bürgerinnen und Bürger verlangen von uns –mit Recht – ein sichereres und nachhaltigeres Europa. Es gibt '
         'keine einfachen Lösungen. Wir sind Politiker, keine Zauberer. Doch wo ein Wille ist, ist auch ein Weg zu einer '
         'sichereren Zukunft für die Bevölkerung in unseren 46 Mitgliedsstaaten“, so Kox abschließend.')

add(id="ho141-coe-2022-05-kox-gipfel-turin",
    title=None,
    url="https://coe.int/de/web/portal/-/pace-president-calls-for-a-summit-to-renew-improve-and-reinforce-the-council-of-"
        "europe",
    retrieved="same address (news item of May 2022, complete as stored; no headline in the stored copy (rules 18, 32); the "
              "missing space in '–mit Recht' kept as published)",
    license=COE,
    paras=[TU_P1, TU_P2, TU_P3, TU_P4],
    quotes=[(TU_P2[:TU_P2.index('“') + 1], KOX),
            (TU_P3[:TU_P3.index('“') + 1], KOX),
            (TU_P4[:TU_P4.index('“') + 1], KOX)],
    aliases={KOX: ["Tiny Kox", "Kox", "Präsident der Versammlung"]})
