# Four-hundred-and-fifteenth held-out German real-news set (tests/data/heldout415-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2170-2174). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path / URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifteenth held-out set": five German news items and press releases
# of the Free Software Foundation Europe on fsfe.org (2016-2017: The Document Foundation joins the FSFE's associates, the
# election questionnaires ("Wahlprüfsteine") for Mecklenburg-Vorpommern, Berlin and the Bundestag, the recommendations to
# the Berlin coalition talks) (licence FSFE, as in the three-hundred-and-ninety-third set). The texts are read from the stored
# source files of the pages (news/2016/*.de.xhtml and news/2017/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line
# breaks inside a paragraph joined with single spaces and runs of spaces rendered as one (as the page renders them), link
# texts kept, subheadings, list items and blockquotes kept as their own lines, images with captions, the "Siehe
# auch" link list and the pages' tag and author data dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
RATHKE = "Eike Rathke"
MEHL = "Max Mehl"
ALBERS = "Erik Albers"
GRUN = "Erik Grun"
FSFE_ORG = "Free Software Foundation Europe"
CDU = "CDU"
SPD = "SPD"
GRUENE = "Die Grünen"
LINKE = "Die Linke"
PIRATEN = "Piraten"

# --- FSFE, 17 August 2016: The Document Foundation and the FSFE ---

TDF_Q1 = ('"Wir freuen uns, die Free Software Foundation Europe als Mitglied unseres Beratungsgremiums zu begrüßen. '
          'Zusammen sind wir in der Lage den Einsatz Freier Software in öffentlichen Verwaltungen und Firmen weiter zu '
          'fördern"')
TDF_Q2 = ('"Wir halten es für wichtig, mit allen Organisationen zusammenzuarbeiten, die in Europa für Freie Software aktiv '
          'sind"')
TDF_Q3 = ('"Gemeinsam möchten wir zeigen, dass wir eine starke, geschlossene Bewegung sind und vereint an der Erreichung '
          'unserer gemeinsamen Ziele arbeiten. Um das zu erreichen, tauschen wir Ideen aus, koordinieren unsere Bemühungen, '
          'motivieren uns gegenseitig und finden Gelegenheiten gemeinsam an bestimmten Projekten zu arbeiten. Das ist der '
          'Fall mit The Document Foundation, Bewahrer und Verwalter eines der erfolgreichsten freien Software-Projekts, '
          'LibreOffice"')

add(id="ho415-fsfe-2016-08-document-foundation-beziehung",
    title="Die Organisation The Document Foundation und die FSFE stärken ihre Beziehung",
    url="https://fsfe.org/news/2016/news-20160817-01.de.html",
    retrieved=REPO.format(path="news/2016/news-20160817-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 17 August 2016; the tag list dropped (rule 14); the link texts 'Beratungsgremiums von The Document "
      "Foundation', 'Partnerorganisation der FSFE', 'Vorstandsmitglied bei The Document Foundation' and 'Matthias "
      "Kirschner' kept as running text; the double spaces after 'ist', 'entwickeln.' and 'sind\",' rendered as one, as the "
      "page shows them; the published irregularities 'Free Software Foundation (FSFE)', 'indem Sie', 'und hilft' and "
      "'erfolgreichsten freien Software-Projekts' and the full stop after the closing mark kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation (FSFE) wird Mitglied des Beratungsgremiums von The Document Foundation. "
           "Gleichzeitig wird The Document Foundation eine Partnerorganisation der FSFE.",
           "Das Ziel der Free Software Foundation Europe ist Menschen zu helfen, Technik zu kontrollieren und nicht von der "
           "Technik kontrolliert zu werden. Allerdings ist dies eine Aufgabe die keine Organisation allein erreichen kann. "
           "Partnerorganisationen sind Einrichtungen, die die Vision der FSFE teilen und für die Organisation und Freie "
           "Software im Allgemeinen Unterstützung leisten, indem Sie Menschen dazu ermuntern Freie Software zu verwenden "
           "und zu entwickeln. Sie helfen Organisationen dabei, zu verstehen wie Freie Software einen Beitrag zu Freiheit, "
           "Transparenz und Selbstbestimmung leistet, und hilft, Barrieren zu überwinden, die dem Einsatz freier Software "
           "entgegenstehen.",
           "Mit dieser beidseitigen Unterstützungsbekundung, stärken sich beide Organisationen gegenseitig in ihrem Kampf, "
           "dafür zu sorgen, dass die Allgemeinheit bei Technik das Steuer in der Hand hat. Während die FSFE die Werte der "
           "Gemeinschaft verkörpert, die am Einsatz Freier Software in Firmen, öffentlichen Verwaltungen und bei "
           "Privatpersonen arbeitet, setzt The Document Foundation diese Prinzipien und Ethik in tatsächliche Produkte um "
           "und gibt damit Benutzern eine umfassende, erstklassige Produktionsumgebung an die Hand, die völlig frei ist.",
           TDF_Q1 + ", sagte Eike Rathke, Vorstandsmitglied bei The Document Foundation und ein langjähriger Hacker und "
           "Aktivist für Freie Software.",
           TDF_Q2 + ", sagte Matthias Kirschner, Präsident der Free Software Foundation Europe. " + TDF_Q3 + "."],
    quotes=[(TDF_Q1, RATHKE),
            (TDF_Q2, KIRSCHNER),
            (TDF_Q3, KIRSCHNER)],
    aliases={RATHKE: ["Eike Rathke", "Vorstandsmitglied bei The Document Foundation"],
             KIRSCHNER: ["Matthias Kirschner", "Präsident der Free Software Foundation Europe"]})

# --- FSFE, 23 August 2016: Wahlprüfsteine Mecklenburg-Vorpommern ---

MV_FAZIT = ("Die Grünen sind Freier Software gegenüber positiv aufgeschlossen und machen Vorschläge zur Umsetzung. Die "
            "Linken haben die Bedeutung „Freier Software“ als solche erkannt -- auch wenn konkrete Vorschläge zur Umsetzung "
            "fehlen. SPD und CDU haben dagegen inhaltlich starken Nachholbedarf.")
MV_Q_MEHL = ('"Es ist schade, dass sich gerade die bisherigen Regierungsparteien in Mecklenburg-Vorpommern bisher nicht oder '
             'nur sehr oberflächlich mit der wirtschaftlichen und gesellschaftlichen Bedeutung Freier Software beschäftigt '
             'haben. Die FSFE steht gerne als Gesprächspartner bereit, um dies zu ändern, und wird sich auch in Zukunft für '
             'die Aufklärung von politischen Akteuren einsetzen"')
MV_Q_SPD1 = ('"Zu dem von Ihnen erfragten, sehr speziellen, Sachverhalt [hat die SPD] noch keine endgültig abgestimmte '
             'Position"')
MV_Q_SPD2 = '"die speziell für die Landesverwaltung programmierte Software [...] nicht für freie Lizenzen geeignet"'
MV_Q_LINKE3 = "„die Umsetzung [...] im Falle einer Regierungsbeteiligung dann im Rahmen der Koalitionsvereinbarung geregelt“"

add(id="ho415-fsfe-2016-08-wahlpruefsteine-mecklenburg-vorpommern",
    title="Mecklenburg-Vorpommern - Bisherige Regierungsparteien mit offensichtlichen Berührungsängsten bei Freier Software",
    url="https://fsfe.org/news/2016/news-20160823-01.de.html",
    retrieved=REPO.format(path="news/2016/news-20160823-01.de.xhtml",
                          commit="2507acf9a6580add1c737a084016f7047c6c69a1")
    + " (news of 23 August 2016; the tag list dropped (rule 14); the two subheadings 'Einige Ergebnisse der Befragung' and "
      "'Fazit' kept as their own lines; the closing blockquote kept as the last line; the link texts kept as running text; "
      "the published irregularities, the unclosed opening mark before 'Koalition Freies Wissen', the double hyphens, the "
      "mixed marks „…\" and the repetition of the lead's last sentences in the 'Fazit' kept (rule 20))",
    license=FSFE,
    paras=['Die Free Software Foundation Europe veröffentlicht heute als Teil der "Koalition Freies Wissen die '
           "Wahlprüfsteine für die Wahl zum Landtag von Mecklenburg-Vorpommern am 04. September 2016. Die Parteien konnten "
           "Stellung nehmen zur Forderung, öffentlich finanzierte Software als Freie Software zu veröffentlichen, sowie zu "
           "ihrer Bereitschaft, Freie Software an Bildungseinrichtungen verstärkt einzusetzen. " + MV_FAZIT,
           "CDU, Grüne, Linke und SPD erklärten dazu ihre jeweiligen Positionen. Besonders erfreulich schneiden dabei die "
           "Grünen ab, die sich für eine Überarbeitung der IT-Strategie des Landes Mecklenburg-Vorpommern einsetzen und "
           "dabei den Einsatz Freier Software stärken möchten. Zusammen mit den Linken unterstützen sie zudem die "
           "Forderung, dass öffentlich finanzierte Software auch der Öffentlichkeit als Freie Software zur Verfügung stehen "
           "soll. Enttäuschend hingegen sind die Antworten der in dieser Legislaturperiode fraktionsstärksten Parteien CDU "
           "und SPD. Beide scheinen sich mit der Thematik Freier Software noch nicht auseinandergesetzt zu haben und "
           "reagieren dementsprechend abschottend.",
           "Einige Ergebnisse der Befragung",
           "Die CDU hat die insgesamt vier Fragen vom Bündnis Freie Bildung und von der FSFE in eine einzige Antwort "
           "zusammengefasst. Darin vertritt sie die Ansicht, dass es im Ermessen des Urhebers oder der Urheberin liegt, ob "
           "das Werk der Allgemeinheit zur Verfügung gestellt wird. Damit händigt die CDU die Kontrolle über Software der "
           "Verwaltung an IT-Unternehmen aus und beschneidet die staatliche Handlungsfähigkeit. Der CDU fehlt der "
           "politische Wille zu konkreten Schritten für mehr digitale Souveränität und der Förderung Freien Wissens.",
           "Im Gegensatz dazu möchten die Grünen die IT-Strategie des Landes überarbeiten, um den Einsatz von Freier "
           "Software zu stärken. Öffentlich finanzierte Software soll dabei als Freie Software freigeben werden. Etwas vage "
           'formuliert ist der Einsatz Freier Software in Bildungseinrichtungen: Dieser soll "bei gleicher Eignung" '
           "Vorrang gegeben werden. Solche Formulierungen werden in der Praxis leider öfter dazu missbraucht, Freie "
           "Software auszuschließen. Schließlich sehen die Grünen bereits in der Ausbildung von Lehrkräften einen weiteren "
           "Ansatzpunkt, den Einsatz Freier Software zu fördern.",
           "Die Linke steht der Idee einer Förderung und Verwendung Freier Software positiv gegenüber. „Dienstleistungen "
           'und Waren, die von der öffentlichen Hand finanziert wurden" sollen -- so die Linke -- "den Bürgerinnen und '
           'Bürgern zur Verfügung gestellt werden". Allerdings drückt sich die Linke um konkrete Aussagen und zieht sich '
           "darauf zurück, dass " + MV_Q_LINKE3 + " wird.",
           "Die SPD geht in ihrem Wahlprogramm auf keine der Fragen des Bündnis Freie Bildung ein. Dies gesteht die Partei "
           "gleich zu Beginn ein: " + MV_Q_SPD1 + ". Allerdings behaupten die Sozialdemokraten in ihrer Antwort, dass "
           + MV_Q_SPD2 + " sei. Bei Schulen und Bildungseinrichtungen verweist die SPD auf die Eigenständigkeit der "
           'Schulträger sowie "Grundsätze der Sparsamkeit und Wirtschaftlichkeit", kann sich allerdings zu keiner Position '
           "für oder gegen Freie Software durchringen. Offensichtlich hat die SPD es bisher versäumt, sich mit den "
           "Auswirkungen Freier Software zu beschäftigen.",
           "Fazit",
           MV_FAZIT,
           MV_Q_MEHL + ", so Max Mehl, Deutschland-Koordinator der FSFE."],
    quotes=[('"Koalition Freies Wissen', None),
            ("„Freier Software“", None, 0),
            ('"bei gleicher Eignung"', GRUENE),
            ('„Dienstleistungen und Waren, die von der öffentlichen Hand finanziert wurden"', LINKE),
            ('"den Bürgerinnen und Bürgern zur Verfügung gestellt werden"', LINKE),
            (MV_Q_LINKE3, LINKE),
            (MV_Q_SPD1, SPD),
            (MV_Q_SPD2, SPD),
            ('"Grundsätze der Sparsamkeit und Wirtschaftlichkeit"', SPD),
            ("„Freier Software“", None, 1),
            (MV_Q_MEHL, MEHL)],
    aliases={GRUENE: ["Die Grünen", "Grünen", "Grüne"],
             LINKE: ["Die Linke", "Linke", "Linken"],
             SPD: ["SPD", "Sozialdemokraten"],
             MEHL: ["Max Mehl", "Deutschland-Koordinator der FSFE"]})

# --- FSFE, 27 October 2016: recommendations to the Berlin coalition talks ---

KV_Q1 = ('"Berlin hat sich in den letzten Jahren in der IT-Branche zu einem wichtigen internationalen Standort entwickelt. '
         'Wenn Berlin dieses Know-How weiter bündeln will, wird es höchste Zeit, dass sich diese Ambition auch in einer '
         'fortschrittlichen Hauptstadtpolitik widerspiegelt"')
KV_Q2 = ('"Dazu hat die sich formierende Koalition tatsächlich beste Chancen, da sie in wesentlichen Punkten zur Förderung '
         'und Verwendung Freier Software und offener Standards übereinstimmen."')
KV_Q3 = ('"Zu einer zukunftsweisenden IT-Strategie gehört, dass das Land Berlin fortan sowohl Eigenentwicklungen als auch '
         'Auftragsarbeiten unter freier Lizenz veröffentlicht. Wir fordern die sich bildende Regierung auf, so bald wie '
         'möglich die rechtliche Grundlage dafür zu schaffen und geeignete Vorgaben zu machen."')
KV_Q4 = ('"Zugleich ermutigt die FSFE die neue Koalition dazu mit gutem Beispiel voran zu gehen und erste '
         'Freie-Software-Projekte umzusetzen. Die Softwarelösung für das Berliner Haushalts-, Kassen- und Rechnungswesen '
         'bietet sich dafür exemplarisch an. Die FSFE unterstützt dabei gerne mit fachlicher Expertise."')
KV_SPD1 = ("„Neue Software-Lösungen, welche für die Berliner Verwaltung eigens entwickelt werden, sollen dann auf freien "
           "Lizenzen aufbauen“")
KV_LINKE1 = '"für alle zukünftigen Beschaffungen wollen wir auf die Nutzung freier Software drängen."'
KV_GRUENE1 = ('"Softwareentwicklungen von und für Behörden stets mit Quellcode unter einer freien Lizenz veröffentlicht '
              'werden [sollen], damit alle von ihnen profitieren und sie einfach weiterentwickelt werden können"')
KV_SPD2 = '„das langfristige Ziel"'
KV_SPD3 = ('"eine Umstellung auf freier Open Source Software für die Verwaltung durchzuführen, wie sie beispielsweise die '
           'Stadt München seit nun mehr zehn Jahren erfolgreich betreibt“')
KV_GRUENE2 = ('„den Einsatz von offener und freier Software sowie ressourcenschonender Informationstechnik (Green IT) bei '
              'hoher IT-Sicherheit zum Standard"')
KV_LINKE2 = '"die öffentliche Verwaltung soll auf Open Source Software umgestellt werden"'

add(id="ho415-fsfe-2016-10-berlin-koalitionsvertrag",
    title="Berliner Wahlversprechen umsetzen und Freie Software im Koalitionsvertrag verankern",
    url="https://fsfe.org/news/2016/news-20161027-01.de.html",
    retrieved=REPO.format(path="news/2016/news-20161027-01.de.xhtml",
                          commit="1eb9c5986ad28c13ac4d565615422ca072d53996")
    + " (news filed under 2016 (file news-20161027-01; the file's newsdate attribute reads 2017-10-27, the text is about the "
      "Berlin coalition talks of October 2016); the tag list dropped (rule 14); the three numbered recommendations of the "
      "blockquote kept as their own lines without numbers; Erik Albers' second blockquote kept as its own line; the link "
      "texts kept as running text; the published irregularities 'fomulierten', 'nachheitliche', 'auf freier Open Source "
      "Software', 'nun mehr', the missing comma before 'sagt Erik Albers', the full stop after the closing mark in "
      "'drängen.\".' and the mixed marks „…\" and \"…“ kept (rule 20))",
    license=FSFE,
    paras=["In dieser Woche steht das Thema Netzpolitik auf dem Programm der aktuellen Koalitionsverhandlungen in Berlin. "
           "Die Free Software Foundation Europe (FSFE) fordert die Koalitionäre dabei auf, die in ihren Wahlprogrammen und "
           'bei den Wahlprüfsteinen der "Koalition Freies Wissen" gemachten Versprechungen im Koalitionsvertrag zu '
           "verankern und Berlin damit zu einem europäischen Vorreiter in Freier Software zu machen. Dazu gibt die FSFE "
           "drei konkrete Handlungsempfehlungen.",
           KV_Q1 + ", so Erik Albers von der FSFE. " + KV_Q2,
           "Um die koalierenden Parteien an ihre Gemeinsamkeiten und Chancen zu erinnern, versendet die FSFE heute drei "
           "konkrete Handlungsempfehlungen an die derzeitigen Koalitionäre von SPD, Die Grünen und Die Linke:",
           "Eigenentwicklungen des Landes Berlin sowie in Auftrag gegebene Software unter einer freien Lizenz "
           "veröffentlichen.",
           "Entwicklung einer langfristigen Strategie, um die Verwaltung Berlins auf Freie Software umzustellen.",
           "Die Förderung des Einsatzes von Open Educational Resources (OER) und Freier Software in den öffentlichen "
           "Bildungseinrichtungen Berlins.",
           "Diese drei Handlungsempfehlungen sind direkt aus den von den Parteien fomulierten Zielen vor der Wahl "
           "abgeleitet und in ihrer Übereinstimmung zusammengeführt. Grundlage dazu sind die Wahlprogramme sowie die "
           'Antworten auf die Wahlprüfsteine der "Koalition Freies Wissen".',
           "SPD, Die Grünen und Die Linke sind sich einig, dass von der öffentlichen Hand beauftragte und finanzierte "
           "Software grundsätzlich unter einer freien Lizenz veröffentlicht werden soll. Die SPD hatte bereits in ihrem "
           "Parteitag 2012 formuliert, dass " + KV_SPD1 + ". Die Linke stellt in ihrer Antwort auf unsere Wahlprüfsteine "
           "klar, dass " + KV_LINKE1 + ". Und auch Die Grünen antworten, dass " + KV_GRUENE1 + ".",
           KV_Q3 + " sagt Erik Albers von der FSFE. " + KV_Q4,
           "Außerdem sind sich die koalierenden Parteien einig, dass die Verwaltung Berlins auf Freie Software umgestellt "
           "werden soll. Die SPD hatte wiederum auf ihrem Landesparteitag 2012 bereits " + KV_SPD2 + " beschlossen, "
           + KV_SPD3 + ". Die Grünen versprechen in ihrem Wahlprogramm, " + KV_GRUENE2 + " zu machen und die Linke "
           "fordert in ihrem Wahlprogramm, " + KV_LINKE2 + ".",
           "Schließlich empfiehlt die FSFE der entstehenden Koalition ihre Übereinstimmung in der Förderung von Open "
           "Educational Resources dazu zu nutzen, gleich eine nachheitliche Strategie zu verfolgen und die Verbreitung von "
           "OER mit der Verwendung Freier Software zu verknüpfen. Beides muss zusammen gedacht werden, wie das Bündnis "
           "Freie Bildung in ihrem Positionspapier deutlich herausarbeitet."],
    quotes=[('"Koalition Freies Wissen"', None, 0),
            (KV_Q1, ALBERS),
            (KV_Q2, ALBERS),
            ('"Koalition Freies Wissen"', None, 1),
            (KV_SPD1, SPD),
            (KV_LINKE1, LINKE),
            (KV_GRUENE1, GRUENE),
            (KV_Q3, ALBERS),
            (KV_Q4, ALBERS),
            (KV_SPD2, SPD),
            (KV_SPD3, SPD),
            (KV_GRUENE2, GRUENE),
            (KV_LINKE2, LINKE)],
    aliases={ALBERS: ["Erik Albers"],
             SPD: ["SPD"],
             LINKE: ["Die Linke", "Linke"],
             GRUENE: ["Die Grünen"]})

# --- FSFE, 31 August 2016: Wahlprüfsteine Berlin ---

GRUENE_BE = "Bündnis 90/Die Grünen"
BE_CDU1 = ('"dass wenn eine Software mit naheliegenden Veränderungen so abgewandelt werden kann, dass sie zu gesetzlich '
           'verbotenen Zwecken eingesetzt werden kann, dies [aus Sicht der CDU Berlin, Anm. d. Red.] der Bereitstellung '
           'als freier Software entgegenstehen kann."')
BE_GR1 = ('"Ausschreibungs- und Beschaffungskriterien sind so zu überarbeiten, dass möglichst freie und offene Software '
          'vorrangig zum Einsatz kommen"')
BE_GR2 = '"Wie offen, frei und nachhaltig unsere Gesellschaft ist, spiegelt sich auch im Einsatz freier und offener Software wider."'
BE_GR3 = '"Softwareentwicklungen von und für Behörden stets mit Quellcode unter einer freien Lizenz veröffentlicht werden"'
BE_GR4 = '"in allen öffentlichen Bereichen ein, also auch in Schulen, Hochschulen und anderen Bildungseinrichtungen"'
BE_LI3 = '"eine massenhafte Ausstattung der Schüler*innen mit proprietärer Software lehnen wir ab"'
BE_FRAGE = ('"Wie positionieren sie sich zu [...] von der öffentlichen Hand beauftragte und finanzierte Software [...] und '
            'mit welchen Maßnahmen werden Sie Ihre Position umsetzen?"')
BE_SPD1 = '"Wir begrüßen eine Umstellung auf Open-Source-Software mit offenen Quellcodes an Stellen, wo dies möglich ist"'
BE_GRUN = ('"Es freut uns zu sehen, dass das Thema Freie Software inzwischen bei den meisten Parteien angekommen ist und auch '
           'verstanden wird. Insbesondere bei den Grünen und Linken steht Freie Software mit oben auf der politischen '
           'Agenda. Leider enttäuschen beide Regierungsparteien und insbesondere die CDU. Die FSFE wird hier weiter dran '
           'bleiben und dabei helfen, unnötige und unbegründete Ängste vor Freier Software weg zu nehmen"')

add(id="ho415-fsfe-2016-08-wahlpruefsteine-berlin",
    title="Berliner Parteien zu Freier Software: Regierung enttäuscht, Opposition macht Hoffnung",
    url="https://fsfe.org/news/2016/news-20160831-01.de.html",
    retrieved=REPO.format(path="news/2016/news-20160831-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 31 August 2016; the closing link list 'Siehe auch:' with its four links (2016 and 2011 questionnaires "
      "and analyses) and the tag list dropped (rule 14); the two subheadings 'Einige Ergebnisse der Befragung' and 'Fazit' "
      "kept as their own lines; Erik Grun's closing blockquote kept as the last line (published without a final full "
      "stop); the link texts kept as running text; runs of spaces ('Abgeordnetenhaus  von', 'zu  ihrer', 'öffentlich  "
      "finanzierter', 'Berliner  Haushalts-') rendered as one, as the page shows them; the editorial insertion '[aus Sicht "
      "der CDU Berlin, Anm. d. Red.]' (italic in the source) kept; the published irregularities, the unclosed opening mark "
      "before 'Koalition Freies Wissen', 'Generalauschluss' and 'im wesentlichen' kept (rule 20))",
    license=FSFE,
    paras=['Die Free Software Foundation Europe (FSFE) veröffentlicht heute als Teil der "Koalition Freies Wissen die '
           "Wahlprüfsteine für die Wahl zum Abgeordnetenhaus von Berlin am 18. September 2016. Die Parteien konnten "
           "Stellung nehmen zur Forderung, öffentlich finanzierte Software als Freie Software zu veröffentlichen, sowie zu "
           "ihrer Bereitschaft, Freie Software an Bildungseinrichtungen verstärkt einzusetzen. CDU, Grüne, Linke, Piraten "
           "und SPD haben geantwortet und erklärten ihre jeweiligen Positionen dazu. Zudem wurden die Wahlprogramme der "
           "Parteien untersucht und Vergleiche zu den Positionen der Parteien von vor fünf Jahren gezogen. Dabei schneiden "
           "Grüne und Linke positiv ab, bei der CDU, den Piraten und der SPD sieht die FSFE teils erheblichen "
           "Verbesserungsbedarf.",
           "Fortschrittlich in Erscheinung treten die Grünen in Berlin, die Freier Software möglichst Vorzug geben wollen "
           'und zudem fordern, dass öffentlich finanzierte Software "stets mit Quellcode unter einer freien Lizenz '
           'veröffentlicht werden" soll. Auch die Linke in Berlin tritt positiv in Erscheinung, unterstützt Freie Software '
           'in ganzer Breite und möchte "für alle zukünftigen Beschaffungen [...] auf die Nutzung freier Software '
           'drängen". Dies auch, so die Linke, damit die öffentliche Hand die Hoheit über ihre eigenen Infrastrukturen '
           "behält. Die beiden regierenden Parteien enttäuschen hingegen. Die CDU scheint Freie Software und die "
           "Möglichkeit, einen Quellcode zu verändern, als grundsätzlich für gefährlich zu betrachten, denn jemand könnte "
           'die Software "für gesetzlich verbotene Zwecke einsetzen". Die Christdemokraten verlangen daher eine '
           "Einzelfallprüfung für jede Software und weichen weiteren Fragen konsequent aus. Bei der SPD herrscht ebenfalls "
           'Unwissenheit, aber zumindest begrüßt sie den Einsatz Freier Software "wenn möglich" – eine Formulierung, die '
           "jedoch in der Vergangenheit oft dafür missbraucht wurde, Freie Software von vornherein auszuschließen. Die "
           "Piraten enttäuschen überraschenderweise mit ihrer Antwort: Sind sie bei der letzten Wahl noch als Vorreiter für "
           "Freie Software in Erscheinung getreten, sind sie dieses Mal kaum auf dieses Thema eingegangen.",
           "Einige Ergebnisse der Befragung",
           "Das Wahlprogramm der Berliner CDU kommt vollständig ohne die Erwähnung Freier Software aus und dementsprechend "
           "enttäuschend und unambitioniert klingen die Antworten der CDU auf unsere Fragen. Sie blockt damit, " + BE_CDU1
           + ' Deshalb, folgert die CDU, sei in jedem Einzelfall zu prüfen ob eine Software "der Allgemeinheit '
           'vollumfänglich zur Verfügung gestellt werden" könne. Dabei ist das Argument irreführend, denn genauso wie ein '
           "Küchenmesser Gutes und Schlechtes tun kann, so kann prinzipiell auch jegliche Software (auch ohne Abwandlung), "
           "beispielsweise ein Schreibprogramm, für gesetzlich verbotene Zwecke eingesetzt werden. Auf die Frage zum "
           "„Berliner Haushalts-, Kassen- und Rechnungswesen“ wird gar nicht eingegangen. Und bei der Frage, ob sich die "
           "CDU für den Einsatz von Freier Software an Schulen und anderen öffentlichen Bildungsinstitutionen stark macht, "
           "wird schlicht und einfach die Antwort kopiert, die auch dem Bündnis Freie Bildung zum Thema Open Educational "
           "Resources erteilt wurde – obwohl die Antwort in diesem Fall überhaupt keinen Bezug zu Software nimmt. "
           "Zusammenfassend fällt die CDU wie bereits fünf Jahre zuvor damit auf, sich den gestellten Fragen zu verweigern "
           "und wenige konkrete Aussagen zu treffen.",
           "Ganz anders das Wahlprogramm von Bündnis 90/Die Grünen, in dem Freie Software als Grundlage der zukünftigen "
           "IT-Strategie Berlins gefordert wird. Dementsprechend positiv bewertet die FSFE die Antworten, denn die Grünen "
           "bestätigen noch einmal: " + BE_GR1 + ". Weiterhin schreiben sie: " + BE_GR2 + " Deshalb sollen " + BE_GR3
           + ", womit die Partei die grundlegende Forderung der FSFE unterstützen, dass öffentlich finanzierte Software "
           "unter einer freien Lizenz veröffentlicht werden muss. Geht es nach den Grünen, soll deshalb auch das "
           '"Berliner Haushalts, Kassen und Rechnungswesen (HKRneu)" als Freie Software implementiert werden. Auch setzen '
           "sich die Grünen für den Einsatz Freier Software " + BE_GR4 + ".",
           "Bereits in ihrem Wahlprogramm fordert Die Linke in Berlin, " + KV_LINKE2 + ". Und obwohl uns keine Antworten "
           "mit direktem Bezug auf unsere Fragen vorgelegt wurden, betont die Linke noch einmal ihre Position und "
           'argumentiert: "die öffentliche Hand sollte die Hoheit über die genutzten Infrastrukturen behalten". Auch möchte '
           'die Linke "Für alle zukünftigen Beschaffungen [...] auf die Nutzung freier Software drängen" und zudem eine '
           '"konzertierte Open-Source-Strategie auf Landesebene" erarbeiten, "die durch eine koordinierende Stabsstelle '
           'unterstützt wird." Positiv im Sinne Freier Software ist auch das Konzept, dass im Rahmen eines '
           '"Bund-Länder-Programm für digitale Bildung" alle Schülerinnen und Schüler ein mobiles Endgerät erhalten sollen, '
           'welches mit Freier Software betrieben wird. Denn, ' + BE_LI3 + ", so die Linke. Die Linke Berlin bleibt damit "
           "erfreulicherweise im wesentlichen ihren Positionen der vergangenen Wahl von 2011 treu.",
           "Das diesjährige Wahlprogramm der Berliner Piraten überrascht damit, dass es mit keinem Wort Freie Software "
           "erwähnt wird – ein Thema, bei dem sich dieselbe Partei zu den Fragen der FSFE im Jahre 2011 noch positiv "
           "hervorgetan hat. Leider fehlt auch in den gegebenen Antworten eine klare Linie zu Freier Software. So wird die "
           "Frage " + BE_FRAGE + ' mit einem logisch inkonsistenten "Ja." beantwortet. Auf die Frage zu dem Einsatz von '
           "Freier Software an Schulen und anderen öffentlichen Bildungseinrichtungen antworten die Piraten mit der "
           'Forderung nach einem "freien und gleichberechtigten Zugang zu Inhalten" sowie der Erstellung von '
           "Unterrichtsmaterial unter freien Lizenzen. Das ist grundsätzlich begrüßenswert, aber beantwortet die Frage "
           "nicht.",
           "Im Wahlprogramm der Berliner SPD kommt Freie Software gar nicht vor und liest man die Antworten auf unsere "
           "Fragen, scheint bei diesem Thema noch viel Nachholbedarf zu bestehen. Den Fragen nach der Veröffentlichung "
           "öffentlich finanzierter Software sowie der Softwarelösung für das „Berliner Haushalts-, Kassen- und "
           "Rechnungswesen (HKR-neu)“ weicht die SPD aus. Auf die Frage nach Freier Software an Schulen verrennen sich die "
           'Sozialdemokraten in Phrasen und technische Schlagwörter wie "digitale Schule", "Whiteboards" und "WLAN", ohne '
           "jedoch politische Lösungen aufzuzeigen. Trotz einiger bestehender Berührungsängste mit Freier Software "
           'schreibt die SPD: ' + BE_SPD1 + '. Leider ist "wo dies möglich ist" eine schwammige Formulierung, die oft zum '
           "unberechtigten Generalauschluss Freier Software geführt hat. So wurden unter anderem in Berlin in der "
           "Vergangenheit eigentlich sinnvolle Beschlüsse zum Einsatz Freier Software in der Verwaltung auch von der SPD "
           "blockiert.",
           "Fazit",
           "Positiv gegenüber dem vermehrten Einsatz Freier Software treten in Berlin die Grünen und die Linken in "
           "Erscheinung. Beide Parteien haben konkrete Vorschläge und möchten damit verstärkt auf die Nutzung Freier "
           "Software drängen, sowohl in der Verwaltung, als auch in öffentlichen Bildungseinrichtungen. Die Grünen fordern "
           "zudem, dass öffentlich finanzierte Software stets unter freier Lizenz veröffentlicht werden soll. Die beiden "
           "aktuellen Regierungsparteien, CDU und SPD, haben immer noch starken Nachholbedarf bei Freier Software. Bei der "
           "CDU erwecken die Antworten gar den Anschein, dass die CDU Angst vor dem Einsatz Freier Software hat. Die "
           "Piraten sind letztendlich nicht auf die eigentlichen Fragen eingegangen.",
           BE_GRUN + ", sagt Erik Grun, Projektleiter der Berliner FSFE"],
    quotes=[('"Koalition Freies Wissen', None),
            ('"stets mit Quellcode unter einer freien Lizenz veröffentlicht werden"', GRUENE_BE),
            ('"für alle zukünftigen Beschaffungen [...] auf die Nutzung freier Software drängen"', LINKE),
            ('"für gesetzlich verbotene Zwecke einsetzen"', CDU),
            ('"wenn möglich"', SPD),
            (BE_CDU1, CDU),
            ('"der Allgemeinheit vollumfänglich zur Verfügung gestellt werden"', CDU),
            ("„Berliner Haushalts-, Kassen- und Rechnungswesen“", None),
            (BE_GR1, GRUENE_BE),
            (BE_GR2, GRUENE_BE),
            (BE_GR3, GRUENE_BE),
            ('"Berliner Haushalts, Kassen und Rechnungswesen (HKRneu)"', None),
            (BE_GR4, GRUENE_BE),
            (KV_LINKE2, LINKE),
            ('"die öffentliche Hand sollte die Hoheit über die genutzten Infrastrukturen behalten"', LINKE),
            ('"Für alle zukünftigen Beschaffungen [...] auf die Nutzung freier Software drängen"', LINKE),
            ('"konzertierte Open-Source-Strategie auf Landesebene"', LINKE),
            ('"die durch eine koordinierende Stabsstelle unterstützt wird."', LINKE),
            ('"Bund-Länder-Programm für digitale Bildung"', None),
            (BE_LI3, LINKE),
            (BE_FRAGE, FSFE_ORG),
            ('"Ja."', PIRATEN),
            ('"freien und gleichberechtigten Zugang zu Inhalten"', PIRATEN),
            ("„Berliner Haushalts-, Kassen- und Rechnungswesen (HKR-neu)“", None),
            ('"digitale Schule"', SPD),
            ('"Whiteboards"', SPD),
            ('"WLAN"', SPD),
            (BE_SPD1, SPD),
            ('"wo dies möglich ist"', SPD),
            (BE_GRUN, GRUN)],
    aliases={GRUENE_BE: ["Bündnis 90/Die Grünen", "Die Grünen", "Grünen", "Grüne"],
             LINKE: ["Die Linke", "Linke", "Linken"],
             CDU: ["CDU", "Christdemokraten"],
             SPD: ["SPD", "Sozialdemokraten"],
             FSFE_ORG: ["Free Software Foundation Europe", "FSFE"],
             PIRATEN: ["Piraten"],
             GRUN: ["Erik Grun", "Projektleiter der Berliner FSFE"]})

# --- FSFE, 5 September 2017: Wahlprüfsteine Bundestagswahl 2017 ---

CDUCSU = "CDU/CSU"
FDP = "FDP"
SCHIESSLE = "Björn Schießle"

BT_SPD1 = ('"wollen auch im Bereich der öffentlichen Beschaffung von Software stärker auf quelloffene Software (Open '
           'Source) setzen"')
BT_SPD2 = ('"von der öffentlichen Hand finanzierte Software soll, soweit es geht, als Freie Software auch wieder der '
           'Allgemeinheit zur Verfügung stehen."')
BT_SPD3 = ('"Wenn die Politik es ernst meint, verstärkt auf Open Source und Freie Software setzen zu wollen, dann muss sie '
           'auch im Bereich der Steuerverwaltung entsprechende plattformunabhängige Ansätze unterstützen. Daher werden wir '
           'uns dafür einsetzen, entsprechende Software auch für alternative Betriebssysteme bereitzustellen."')
BT_GR3 = ('"dass bei Softwareentwicklungen von Behörden stets der Quellcode freigeben werden muss, d. h. die Programme '
          'müssen Open-Source sein, damit möglichst viele Menschen von ihnen profitieren können und die Möglichkeit besteht, '
          'sie einfach weiterzuentwickeln."')
BT_LI1 = ('"sind dafür, dass durch öffentliche Mittel finanzierte Entwicklungen allen Bürgerinnen und Bürgern zur '
          'Verfügung stehen, soweit dem keine Gründe der Sicherheit der informationstechnischen Systeme oder der '
          'Arbeitsweise der öffentlichen Verwaltung entgegenstehen."')
BT_BHO = ('"Nach § 63 Abs. 2 BHO dürfen Vermögensgegenstände nur veräußert werden, wenn sie in absehbarer Zeit nicht '
          'benötigt werden. Dies dürfte bei der Weitergabe von Software immer erfüllt sein, weil auch bei Weitergabe von '
          'Kopien immer eine nutzbare Version bei der Verwaltung verbleibt; §63 Abs. 2 BHO stellt also keine Begrenzung '
          'für die Weitergabe von Software dar."')
BT_SPD5 = ('"den Anteil freier Software in Verwaltung und Bildungseinrichtungen erhöhen, um innovative '
           'Unternehmensgründungen im regionalen Markt zu unterstützen."')
BT_SCH = ('"Während der letzten Legislaturperiode hat sich bei den Parteien nicht viel zu Freier Software getan. Das muss '
          'sich nach der Wahl ändern, damit Deutschland nicht den Anschluss an Software-Innovationen verliert, von denen '
          'Unternehmen schon lange profitieren. Dafür bieten wir unsere Hilfe und Expertise an"')
BT_KFW = ("Die Koalition Freies Wissen ist ein Zusammenschluss aus mehreren zivilgesellschaftlichen Organisationen")

add(id="ho415-fsfe-2017-09-wahlpruefsteine-bundestagswahl",
    title="Bundestagswahl 2017: Das sagen die Parteien zu Freier Software",
    url="https://fsfe.org/news/2017/news-20170905-01.de.html",
    retrieved=REPO.format(path="news/2017/news-20170905-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 5 September 2017; the photo of the Bundestag dome with its caption, the tag list and the author data "
      "dropped (rule 14); the subheadings 'Wahlprüfsteine der FSFE zur Bundestagswahl 2017', 'Fazit', 'Wie Du helfen "
      "kannst' and 'Über die Koalition Freies Wissen', the two questions of the questionnaire and the quoted passage of "
      "the Begleitdokument (blockquotes in the source) kept as their own lines; the link texts kept as running text; the "
      "bold 'entwicklung' joined to 'Software' as the page renders it; runs of spaces rendered as one, as the page shows "
      "them; the published irregularities 'Grüne, Linke, und SPD', 'freigeben werden muss', 'BHO )', 'Leitfaden für', "
      "'bedauerlicher Weise', 'CDU geführte', 'und mehr, über' and 'zu Gute' kept (rule 20))",
    license=FSFE,
    paras=['Die Free Software Foundation Europe (FSFE) veröffentlicht heute, als Teil der "Koalition Freies Wissen", ihre '
           "Wahlprüfsteine für die Wahl zum 19. Deutschen Bundestag am 24. September 2017. Zusammenfassend schneiden Grüne "
           "und Linke positiv ab. Beide Parteien scheinen die zentrale Rolle von Software zu verstehen und sprechen sich, "
           "wie auch schon zur letzten Bundestagswahl, sowohl für den Einsatz als auch für die aktive Entwicklung von "
           "Freier Software aus. Im Vergleich dazu sind die Positionen von CDU/CSU, der SPD und der FDP eher zurückhaltend "
           "und oft mit Einschränkungen verbunden.",
           "In den Wahlprüfsteinen der FSFE konnten die gefragten Parteien Stellung nehmen zur Forderung, öffentlich "
           "finanzierte Software als Freie Software zu veröffentlichen, sowie zu ihrer Bereitschaft, öffentliche "
           "Verwaltungen schrittweise auf Freie Software zu migrieren. CDU/CSU, FDP, Grüne, Linke, und SPD haben "
           "geantwortet und erklärten ihre jeweiligen Positionen dazu. Wir analysieren die eingereichten Antworten und "
           "vergleichen diese zudem mit unseren Wahlprüfsteinen von 2013. Die Wahlprüfsteine wurden in Zusammenarbeit mit "
           "der Koalition Freies Wissen erstellt. " + BT_KFW + ". Auf der Kampagnenseite zur Bundestagswahl 2017 finden "
           'sich die kompletten Fragen und Antworten der "Koalition Freies Wissen". Im Folgenden eine Zusammenfassung und '
           "Bewertung der Antworten auf die Fragen der FSFE.",
           "Wahlprüfsteine der FSFE zur Bundestagswahl 2017",
           "Wie positionieren Sie sich zu der Forderung, dass Software, deren Entwicklung durch öffentliche Gelder "
           "finanziert oder kofinanziert wurde, grundsätzlich unter einer Freie-Software-Lizenz veröffentlicht werden "
           "soll, um sie auf diese Weise Bürgern und Unternehmen frei zur Verfügung zu stellen? Mit welchen konkreten "
           "Maßnahmen werden Sie Ihre Position umsetzen?",
           "CDU/CSU haben unsere Frage nur teilweise beantwortet. Obwohl wir nach einer Veröffentlichung von durch "
           "öffentlichen Geldern finanzierter Softwareentwicklung fragten, sprechen CDU/CSU von einem \"möglichen Einsatz "
           'Freier Software". Die von CDU/CSU aufgezählten Kriterien, beispielsweise Funktionalität und Interoperabilität, '
           "werden bei einer Eigenentwicklung vom Auftraggeber vorgegeben und vom Auftragnehmer entsprechend umgesetzt. Die "
           "verwendete Lizenz hat darauf keinen Einfluss und ist daher getrennt zu betrachten.",
           "Ähnlich wie die CDU/CSU konzentriert sich die FDP bei ihrer Antwort auf die Beschaffung von bereits "
           "existierender Software und weniger auf die durch öffentliche Gelder finanzierte Softwareentwicklung, worauf die "
           'Frage eigentlich abgezielt hat. Die FDP sieht Vielfalt, "Wirksamkeit öffentlicher Fördermittel" und einen '
           "fairen Wettbewerb als wichtige Kriterien bei der Beschaffung von Software. Dies alles sind Werte, die durch "
           "Freie Software verkörpert werden. Die Lizenz wird als gleichwertiges Kriterium zur Qualität und "
           "Anwenderfreundlichkeit genannt. Während es einerseits positiv zu bewerten ist, dass die Lizenz für die FDP ein "
           "gleichwertiges Kriterium darstellt, sollte nicht außer Acht gelassen werden, dass subjektive Kriterien wie "
           "Anwenderfreundlichkeit in der Vergangenheit oft verwendet wurden, um Freie Software zu verhindern. Darüber "
           "hinaus können Qualität und Anwenderfreundlichkeit bei Freier Software unabhängig vom ursprünglichen Entwickler "
           "verbessert werden, was sowohl bessere Ergebnisse ermöglicht als auch den von der FDP geforderten fairen "
           "Wettbewerb stärkt.",
           "Die SPD verspricht, sie " + BT_SPD1 + ". Auch 2013 versprach die SPD bereits " + BT_SPD2 + " In den vergangenen "
           "vier Jahren wurde jedoch trotz Regierungsbeteiligung wenig umgesetzt. Zum Beispiel veröffentlicht das "
           "SPD-geführte Bundesministerium für Wirtschaft und Energie seine eigens entwickelte App \"BMWi "
           'Behördenwegweiser" als proprietäre Software, welche zudem nur für Nutzerinnen mit Google oder Apple '
           "Benutzerkonto verfügbar ist. Zum Thema Elster meinte die SPD 2013 zudem noch: " + BT_SPD3 + " An der Situation "
           "hat sich bis heute allerdings nichts geändert. Wir würden uns freuen, wenn das Thema in der nächsten "
           "Legislaturperiode wieder aufgegriffen wird.",
           'Die Grünen sehen Freie Software als einen "Eckpfeiler für sichere und zukunftsfähige IT-Systeme." Sie wollen '
           'Freie Software bei öffentlichen IT-Beschaffungen bevorzugen, "insbesondere dann, wenn BürgerInnen diese '
           'einsetzen sollen." Ähnlich wie bei CDU/CSU und FDP wurde auch hier der Punkt der öffentlich finanzierten '
           "Softwareentwicklung übersehen. Bei der letzten Bundestagswahl gab es von den Grünen hierzu noch eine klare "
           "Aussage, " + BT_GR3,
           "Die Linken dagegen " + BT_LI1 + " Dies geht einher mit dem Statement aus 2013, wo sie ebenso eine "
           "Veröffentlichung der von öffentlicher Hand selbst beauftragten Software unter Freien Lizenzen forderten.",
           "Wie positionieren Sie sich zu der Forderung, dass alle öffentlichen Verwaltungen schrittweise auf solche "
           "Software umstellen sollen, die sowohl Bürgern als auch Unternehmen zur uneingeschränkten Nutzung, Bearbeitung "
           "und Weitergabe zur Verfügung steht (Freie/Open-Source-Software)? Mit welchen konkreten Maßnahmen werden Sie "
           "Ihre Position umsetzen?",
           "CDU/CSU halten den Einsatz Freier Software zwar für sinnvoll, erwähnen aber nicht, in welchem Umfang, an "
           "welchen Stellen und in welchem Zeitraum sie planen, Freie Software in öffentlichen Verwaltungen einzusetzen. "
           "Sie nennen Paragraph 63, Absatz 2 der Bundeshaushaltsordnung (§ 63 Abs. 2 BHO ) als Hindernis, in dem es um "
           'die Veräußerung von "Vermögensgegenständen" geht. Dem gegenüber steht jedoch das Begleitdokument "Rechtliche '
           'Aspekte der Nutzung, Verbreitung und Weiterentwicklung von Open-Source-Software" (2012) zur vierten Auflage '
           "des Leitfaden für die Migration von Software:",
           BT_BHO + " (S. 41)",
           "Wenn die CDU/CSU in der Bundeshaushaltsordnung ein Hindernis für ihre Pläne zum Einsatz von Freier Software "
           "sieht, hätten sie die Möglichkeit gehabt das Gesetz in den letzten zwölf Jahren Regierungsbeteiligung "
           "anzupassen. Wir würden uns wünschen, dass die nächste Bundesregierung mögliche Unklarheiten in der BHO "
           "beseitigt und bieten hierzu unsere Unterstützung an. Rechtliche Unklarheiten wie diese sollten Innovationen in "
           "der öffentlichen Verwaltung nicht behindern.",
           'Die SPD antwortet, sie wolle "stärker auf Freie Software setzen" und zitiert dazu aus ihrem Wahlprogramm. '
           "Dabei ist positiv hervorzuheben, wie auf Seiten der SPD die wirtschaftliche Dimension mitbedacht wird, denn "
           "diese möchte " + BT_SPD5 + " In der Praxis müssen wir allerdings feststellen, dass die gleichen Vorhaben "
           "bereits 2013 formuliert und trotz Regierungsbeteiligung der SPD hier keine Fortschritte erzielt wurden.",
           'Bei der Antwort der FDP fiel es uns schwer, einen Zusammenhang zwischen "E-Government", "bürgerfreundliche[r] '
           'Verwaltung", "digitale[n] Dienstleistungen" und unserer Frage zum Einsatz von Freier Software in der '
           'Verwaltung herzustellen. Die FDP betont, dass für sie "die Qualität und Nutzerfreundlichkeit der Anwendungen" '
           "im Vordergrund steht. Zwei Kriterien, welche sie bereits in ihrer Antwort zur ersten Frage hervorgehoben "
           "haben. Dies legt nahe, dass bei der FDP das Thema Freie Software nur eine untergeordnete Rolle spielt.",
           "Die Grünen haben diese Frage identisch mit der ersten Frage beantwortet. Erstaunlich ist, dass sie an dieser "
           "Stelle nicht die Argumente aus ihrem Wahlprogramm anführen. Dort begründen sie den Einsatz von Freier Software "
           "nämlich zusätzlich mit den Argumenten erhöhter Transparenz, geringerer Abhängigkeit von einzelnen Herstellern "
           "und sicherer Nachnutzung (S. 168).",
           "Die Linke lässt in ihrer Antwort ein klares Bekenntnis zu Freier Software erkennen. Sie sieht Freie Software "
           "als eine Möglichkeit, den Datenaustausch zwischen verschiedenen Behörden zu erleichtern. Außerdem begrüßen wir, "
           "dass die Linke die Weiterentwicklung Freier Software durch öffentliche Verwaltungen fordert. Das hilft nicht "
           "nur anderen Behörden, Kosten zu sparen, sondern kommt auch der Allgemeinheit zu Gute, da die entsprechenden "
           "Freie-Software-Projekte von den Verbesserungen durch die Behörden profitieren.",
           "Fazit",
           "Alle befragten Parteien haben sich im Vergleich zu ihren Positionen 2013 nahezu nicht bewegt. Die derzeitigen "
           "Regierungsparteien CDU/CSU und SPD haben sich bedauerlicher Weise nicht weiter in Richtung Freier Software "
           "bewegt. Beide Parteien haben keine der von ihnen genannten Schritte zur Förderung Freier Software eingeleitet. "
           "Die juristischen Bedenken bezüglich § 63 Abs. 2 BHO wurden nicht geklärt und Deutschland bleibt mit der "
           "schwachen Förderung Freier Software digitaler Nachzügler in Europa. Das CDU geführte Bundesministerium für "
           "Bildung und Forschung (BMBF) ist hier als einziges Ministerium positiv in Erscheinung getreten und hat mit der "
           "Förderung des Prototype Fund in dieser Legislaturperiode mehrere Millionen direkt in die Entwicklung von Freier "
           "Software investiert.",
           "Im Vergleich dazu bestätigen die Grünen und die Linken das Bild, welches sie bei unseren Wahlprüfsteinen zur "
           "letzten Bundestagswahl hinterlassen haben. Während die Grünen bei allgemeinen Statements wiederholen, dass "
           'Freie Software und freie Formate für sie "ein Eckpfeiler für sichere und zukunftsfähige IT-Systeme" sei, '
           'bekräftigen die Linken ihre Position zu Freier Software: So sollen "durch öffentliche Mittel finanzierte '
           'Entwicklungen allen Bürgerinnen und Bürgern zur Verfügung stehen". Positiv zu bewerten ist zudem, dass die '
           "Linke mit Blick auf Freie Software nicht nur die kommerziellen Aspekte hervorhebt, sondern auch die der "
           'Autonomie und der Wiederverwertbarkeit, da diese "auch von den IT-Zentren der öffentlichen Verwaltung mit '
           'weiterentwickelt werden kann."',
           BT_SCH + ", so Björn Schießle, Deutschlandkoordinator der FSFE.",
           "Wie Du helfen kannst",
           "Es ist noch etwas Zeit bis zur Bundestagswahl am 24. September. Sollten die Antworten der Parteien weitere "
           "Fragen aufgeworfen haben, möchten wir alle dazu ermutigen, diese direkt an die Kandidatinnen zu stellen. "
           "Hierfür bietet sich die Plattform Abgeordnetenwatch an, aber auch der direkte Kontakt auf "
           "Wahlkampfveranstaltungen, per E-Mail oder telefonisch ist eine gute Möglichkeit um mit Politikern in Kontakt "
           "zu kommen und mehr, über ihre Position zu Freier Software zu erfahren. Zur weiteren Wahlinformation vor der "
           "Bundestagswahl haben wir zusammen mit der Koalition Freies Wissen außerdem einen Digital-O-Mat gestaltet. "
           'Ähnlich dem "Wahl-O-Mat" der Bundeszentrale für politische Bildung können sich die Nutzer des Digital-O-Mat '
           "durch ihre eigenen Antworten mit den zur Wahl antretenden Parteien vergleichen.",
           "Analysen wie diese, vom ersten Entwurf der Fragen bis zur abschließenden Auswertung, kosten viel Zeit und "
           "Recherche. Aber auch nach der Wahl wollen wir mit den Parteien in Kontakt bleiben und sie bei der Umsetzung "
           "ihrer Wahlversprechen begleiten. Wir freuen uns deshalb über jede Unterstützung, um auch in Zukunft diese "
           "wichtige Arbeit zu leisten.",
           "Über die Koalition Freies Wissen",
           BT_KFW + ", namentlich des Bündnis Freie Bildung, dem Chaos Computer Club e.V., dem Digitale Gesellschaft "
           "e.V., dem Förderverein freie Netzwerke e.V., der Open Knowledge Foundation Deutschland e.V., Wikimedia "
           "Deutschland e.V. und der Free Software Foundation Europe.",
           "Gemeinsames Ziel der Koalition Freies Wissen ist es, die politische Bildung zu den Themen Digital- und "
           "Netzpolitik voranzutreiben sowie digitale Bürgerrechte in Gesellschaft und Politik zu verankern und zu "
           "beleuchten. Dazu wurden in vorangegangenen Landtagswahlen sowie zur Bundestagswahl 2017 gemeinsame "
           "Wahlprüfsteine an die jeweils antretenden Parteien versendet und für die Bundestagswahl zudem ein gemeinsamer "
           "Digital-O-Mat gestaltet."],
    quotes=[('"Koalition Freies Wissen"', None, 0),
            ('"Koalition Freies Wissen"', None, 1),
            ('"möglichen Einsatz Freier Software"', CDUCSU),
            ('"Wirksamkeit öffentlicher Fördermittel"', FDP),
            (BT_SPD1, SPD),
            (BT_SPD2, SPD),
            ('"BMWi Behördenwegweiser"', None),
            (BT_SPD3, SPD),
            ('"Eckpfeiler für sichere und zukunftsfähige IT-Systeme."', GRUENE),
            ('"insbesondere dann, wenn BürgerInnen diese einsetzen sollen."', GRUENE),
            (BT_GR3, GRUENE),
            (BT_LI1, LINKE),
            ('"Vermögensgegenständen"', None),
            ('"Rechtliche Aspekte der Nutzung, Verbreitung und Weiterentwicklung von Open-Source-Software"', None),
            (BT_BHO, None),
            ('"stärker auf Freie Software setzen"', SPD),
            (BT_SPD5, SPD),
            ('"E-Government"', FDP),
            ('"bürgerfreundliche[r] Verwaltung"', FDP),
            ('"digitale[n] Dienstleistungen"', FDP),
            ('"die Qualität und Nutzerfreundlichkeit der Anwendungen"', FDP),
            ('"ein Eckpfeiler für sichere und zukunftsfähige IT-Systeme"', GRUENE),
            ('"durch öffentliche Mittel finanzierte Entwicklungen allen Bürgerinnen und Bürgern zur Verfügung stehen"',
             LINKE),
            ('"auch von den IT-Zentren der öffentlichen Verwaltung mit weiterentwickelt werden kann."', LINKE),
            (BT_SCH, SCHIESSLE),
            ('"Wahl-O-Mat"', None)],
    aliases={CDUCSU: ["CDU/CSU"],
             FDP: ["FDP"],
             SPD: ["SPD"],
             GRUENE: ["Die Grünen", "Grünen", "Grüne"],
             LINKE: ["Die Linke", "Linke", "Linken"],
             SCHIESSLE: ["Björn Schießle", "Deutschlandkoordinator der FSFE"]})
