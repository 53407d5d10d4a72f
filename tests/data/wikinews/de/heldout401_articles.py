# Four-hundred-and-first held-out German real-news set (tests/data/heldout401-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2125-2127). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data; the files of heldout393 are not used). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-first held-out set": seven German news items and press releases of
# the Free Software Foundation Europe on fsfe.org (2019-2020: the "Public Money Public Code" brochure, the Huawei case,
# the EU copyright directive vote, Christine Prayon's donation, the CDU party-conference resolution, the fundraising review
# of 2019, Munich's coalition agreement) (licence FSFE, as in heldout393). The texts are read from the stored source files
# of the pages (fsfe.org/news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line breaks
# and indentation inside a paragraph joined to single spaces (as the page renders them), link texts kept, subheadings and
# list items kept as lines of their own (rule 13), images, captions, videos, buttons and the pages' tag and footer data
# dropped (rule 14); each retrieval note names what was dropped. Every paragraph of each item body is kept unchanged.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def p(s):
    """One paragraph of the source file: whitespace runs (line breaks, indentation) joined to single spaces."""
    return " ".join(s.split())


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
PMPC = '"Public Money? Public Code!"'

# --- FSFE, 24 January 2019: the "Public Money Public Code" brochure ---

BR_KIRSCHNER = p("""Matthias Kirschner, Präsident der FSFE, erklärt: "Freie Software-Lizenzen haben sich als enorm nützlich für den öffentlichen Sektor erwiesen. Dies ist kein kurzfristiger Trend, sondern eine langfristige Entwicklung basierend auf sehr positiven Erfahrungen und strategischen Überlegungen, die sich aus kritischen Fällen von "Vendor Lock-ins" in der Vergangenheit ergeben haben. In wenigen Jahren könnten Freie-Software-Lizenzen zum Standard für öffentlich finanzierte IT-Projekte werden. Die Free Software Foundation Europe verfolgt diese Entwicklungen sehr aufmerksam und wir wollen unser Wissen einbringen, um den öffentlichen Sektor bei diesem Prozess zu unterstützen.\"""")

add(id="ho401-fsfe-2019-01-fachpublikation-pmpc",
    title='FSFE veröffentlicht Fachpublikation zu "Public Money? Public Code!"',
    url="https://fsfe.org/news/2019/news-20190124-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20190124-01.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 24 January 2019; the two images, the two button labels 'Download als PDF' and 'Broschüre bestellen', "
      "the tag list and the page image dropped (rule 14); the subheadings 'Über die Broschüre' and 'Über die Kampagne' "
      "kept; link texts kept as running text; the published irregularities 'Die Free Software Foundation Europe (FSFE) "
      "heute ihre neue Fachpublikation' (verb missing) and 'gemommen' kept (rule 20))",
    license=FSFE,
    paras=[p("""Warum sollten Regierungen Freie Software entwickeln? Wo schafft Freie Software bereits jetzt Vorteile im öffentlichen Sektor? Was sind Geschäftsmodelle für Freie Software? Antworten auf diese Fragen und praktische Leitlinien finden Sie in einer neuen Fachpublikation, die heute von der Free Software Foundation Europe veröffentlicht wird. Zielgruppe der Broschüre sind politische Entscheidungsträger*innen und somit wird sie als nützliche Informationsquelle während der Wahlen zum Europäischen Parlament Anwendung finden. Downloads und gedruckte Exemplare sind unter einer Creative Commons Lizenz verfügbar."""),
           p("""Die Free Software Foundation Europe (FSFE) heute ihre neue Fachpublikation "Public Money Public Code - Modernising Public Infrastructure with Free Software". Diese Broschüre zielt darauf ab, Fragen von Entscheidungsträger*innen über die Vorteile der Nutzung und Entwicklung Freier Software für die öffentliche Verwaltung zu beantworten. Um die gewichtige Rolle, die das öffentliche Auftragswesen dabei spielt, besser zu verstehen, gibt die Broschüre einen Überblick über Projekte und Strategien der EU bezüglich Freier Software. Außerdem wird die aktuelle Gesetzeslage bei Softwarebeschaffungen genauer unter die Lupe gemommen. Die FSFE wird diese Broschüre bei den bevorstehenden Wahlen zum Europäischen Parlament verwenden, um die Abgeordneten darüber zu informieren, wie sie die Verbreitung und Entwicklung Freier Software in der öffentlichen Verwaltung beschleunigen und geeignete Rechtsvorschriften erlassen können."""),
           "Über die Broschüre",
           p("""Die Broschüre untersucht die Modernisierung der öffentlichen Infrastruktur durch den Einsatz Freier Software aus der Perspektive von Wissenschaft, Recht, Wirtschaft und Regierung. Fachartikel, Berichte und Interviews helfen der Leser*in, die Möglichkeiten Freier Software in der öffentlichen Verwaltung zu verstehen. Für Entscheidungsträger*innen werden praktische Hinweise gegeben, Grundsteine und erste Schritte für die Modernisierung der öffentlichen Infrastruktur durch Freie Software zu schaffen."""),
           BR_KIRSCHNER,
           p("""Erste Schritte, um Freie-Software-Lizenzen zum Standard in öffentlich finanzierten IT-Projekten zu machen, sind in der Broschüre beschrieben. Weitere Themen sind Wettbewerb und potenziell unerwünschte Herstellerbindungen, Sicherheit, Demokratie, "Smart Cities" und andere hochaktuelle Debatten. Sprache und verwendete Beispiele wurden speziell für Leser*innen ausgewählt, die sich für Politik und öffentliche Verwaltung interessieren. Wenn Sie interessiert sind oder eine professionelle gedruckte Ausgabe wünschen, um Ihre Argumente besser kommunizieren zu können, bestellen Sie gleich ein Exemplar:"""),
           p("""In der Broschüre kommen führende Expert*innen aus verschiedenen IKT-Bereichen zu Wort. Dazu gehören unter anderem Francesca Bria - Chief of Technology and Digital Innovation Officer (CTIO) für die Stadt Barcelona, Prof. Dr. Simon Schlauri - Autor einer detaillierten rechtlichen Analyse über die Vorteile Freier Software für den Kanton Bern, Cedric Thomas - CEO von OW2, Matthias Stürmer - Leiter des Forschungszentrums für digitale Nachhaltigkeit an der Universität Bern und Basanta Thapa - vom Kompetenzzentrum für öffentliche IT (ÖFIT) innerhalb des Fraunhofer-Instituts für offene Kommunikationssysteme. Die Broschüre erscheint in digitaler und gedruckter Form und ist unter einer CC BY-SA 4.0 Lizenz veröffentlicht."""),
           "Über die Kampagne",
           p("""Mit der 'Public Money Public Code'-Kampagne fordert die FSFE, dass öffentlich finanzierte Software, welche für den öffentlichen Sektor entwickelt wurde, unter einer Freien- und Open-Source-Software-Lizenz öffentlich zugänglich gemacht wird. Der offene Brief der Kampagne hat bisher mehr als 19.000 Unterschriften und die Unterstützung von mehr als 150 Organisationen erhalten. Wenn es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein!""")],
    quotes=[(PMPC, None),
            ('"Public Money Public Code - Modernising Public Infrastructure with Free Software"', None),
            (cut(BR_KIRSCHNER, '"Freie Software-Lizenzen', 'unterstützen."'), KIRSCHNER),
            ('"Smart Cities"', None),
            ("'Public Money Public Code'", None)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Präsident der FSFE"]})

# --- FSFE, 5 February 2019: the Huawei case ---

MEHL = "Max Mehl"
HW_MEHL = p("""\"Wir sollten nicht nur den Fall Huawei diskutieren,
sondern die Debatte auf alle kritischen Infrastrukturen ausweiten",
sagt Max Mehl, FSFE-Programmmanager. "Nur mit Freier und Open Source
Software kann Transparenz und Nachweisbarkeit garantiert werden. Das
ist eine seit langem bekannte entscheidende Voraussetzung für
Sicherheit und Vertrauen. Wir erwarten von staatlichen Akteuren, dass
sie diese Lösung nicht nur für den Fall Huawei, sondern für alle
vergleichbaren IT-Sicherheitsfragen umgehend
realisieren.\"""")

add(id="ho401-fsfe-2019-02-huawei-freie-software-sicherheit",
    title="Der Fall Huawei zeigt Bedeutung Freier Software für Sicherheit",
    url="https://fsfe.org/news/2019/news-20190205-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20190205-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 5 February 2019; the image, the tag list and the page image dropped (rule 14); the published "
      "irregularities 'des geheimes Codes' and 'enspricht' kept (rule 20))",
    license=FSFE,
    paras=[p("""Die Diskussion über die Sicherheitsbedenken bei
Huawei offenbart ein allgemeines Vertrauensproblem bei kritischen
Infrastrukturen. Ein erster Schritt zur Lösung dieses Problems ist es,
den Code unter einer Freie- und Open-Source-Software-Lizenz zu
veröffentlichen und Maßnahmen zum unabhängig überprüfbaren Einsatz zu
ergreifen."""),
           p("""Die laufende Debatte über das Verbot von Huawei-Hardware für den
5G-Netzausbau, verursacht durch Vorwürfe der staatlichen Spionage,
greift zu kurz. Es geht nicht nur um das chinesische Unternehmen,
sondern um einen allgemeinen Mangel an Transparenz in diesem Bereich.
Wie frühere Vorfälle bewiesen haben, ist das Problem von Hintertüren in
undurchsichtiger Hard- und Software weit verbreitet, unabhängig von der
Herkunft der Hersteller."""),
           p("""Das Neuartige an diesem Fall ist jedoch, dass die Forderung nach der
Überprüfung des Geräte-Quellcodes eines Herstellers so umfassend und
intensiv diskutiert wird. Die Free Software Foundation Europe (FSFE)
begrüßt, dass die Wichtigkeit von Quellcode anerkannt wird, befürchtet
aber, dass die vorgeschlagene Lösung zu kurz greift. Die Überprüfung
des geheimes Codes durch ausgewählte Behörden und Telefongesellschaften
zuzulassen, mag unter Umständen in diesem speziellen Fall helfen, wird
aber das generelle Problem nicht lösen."""),
           p("""Um Vertrauen in kritische Infrastrukturen wie 5G zu schaffen, ist es
eine entscheidende Voraussetzung, dass der gesamte Softwarecode, der
diese Geräte steuert, unter einer Freie und Open Source Software-Lizenz
veröffentlicht wird. Freie- und Open-Source-Software garantiert die vier
Freiheiten, ein Programm zu verwenden, zu verstehen, zu verbreiten und
zu verbessern. Auf dieser Basis kann der Code von allen untersucht
werden, nicht nur hinsichtlich Hintertüren, sondern auch weiterer
Sicherheitsrisiken. Nur diese Freiheiten ermöglichen unabhängige und
kontinuierliche Sicherheitsaudits, die Vertrauen von Bürgern,
Wirtschaft und dem öffentlichen Sektor in Kommunikation und
Datenaustausch schaffen."""),
           p("""Darüber hinaus ist die Überprüfung der Code-Integrität elementar, um
festzustellen, ob der vom Hersteller bereitgestellte Quellcode dem auf
dem Gerät laufenden ausführbaren Programm enspricht. Dazu ist es
entweder notwendig, dass im Falle einer Nutzung von Binärdateien
Build-Reproduzierbarkeit vorhanden ist, oder dass Anbieter in die Lage
versetzt werden, den Code selbst zu kompilieren und zu verteilen."""),
           HW_MEHL],
    quotes=[(cut(HW_MEHL, '"Wir sollten', 'ausweiten"'), MEHL),
            (cut(HW_MEHL, '"Nur mit', 'realisieren."'), MEHL)],
    aliases={MEHL: ["Max Mehl", "FSFE-Programmmanager"]})

# --- FSFE, 26 March 2019: the copyright directive vote ---

SANDER = "Alexander Sander"
UR_SANDER = p("""\"Wir sind froh, dass wir bei vielen politischen Entscheidungsträgern das Bewusstsein und das Verständnis dafür wecken konnten, was die Softwareentwicklung in Europa heutzutage antreibt. Die Ausnahme von Entwicklungsplattformen für Freie Software in dieser Richtlinie ist entscheidend, um die Entwicklung Freier Software in Europa gesund, stabil und lebendig zu halten. Dennoch sind wir enttäuscht darüber, dass die EU die Gelegenheit verpasst hat, das Urheberrecht in angemessenem Umfang zu reformieren“, erklärt Alexander Sander, Policy Manager der Free Software Foundation Europe.""")

add(id="ho401-fsfe-2019-03-urheberrechtsreform-freie-software",
    title="Urheberrechtsreform – EU schützt Freie Software im letzten Moment [Update]",
    url="https://fsfe.org/news/2019/news-20190326-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20190326-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 26 March 2019 with its update of 28 March 2019, kept as published; the tag list dropped (rule 14); "
      "link texts kept as running text; the double spaces between sentences of the update joined to single spaces as "
      "the page renders them; the mixed marks \"…“ of Sander's statement and the published irregularities 'eine "
      "jahrelangen Debatte' and 'Ausnahmereglung' kept (rule 20))",
    license=FSFE,
    paras=[p("""Das Europäische Parlament hat die umstrittene Urheberrechtsrichtlinie mit einer Mehrheit von 348 Stimmen dafür, 274 dagegen und 36 Enthaltungen angenommen. Mit dieser Abstimmung wird eine jahrelangen Debatte beendet. Aufgeheizte Diskussionen um die Einführung der umstrittenen Uploadfilter mündeten in Protesten, an denen sich hunderttausende Menschen in ganz Europa beteiligt haben. Durch einen Änderungsantrag, der im letzten Moment vor der Abstimmung im September und den folgenden Trilogverhandlungen eingebracht wurde, konnte das EU-Parlament zumindest eine Ausnahmereglung für Freie-Software-Entwicklungsplattformen einführen."""),
           UR_SANDER,
           p("""Die Free Software Foundation Europe und das Open Forum Europe starteten 2017 die Kampagne "Save Code Share". Mehr als 14.000 Menschen unterstützten unsere Forderung mit einem offenen Brief, in dem die EU-Gesetzgeber aufgefordert werden, die Möglichkeit zu erhalten, Software gemeinsam online zu entwickeln."""),
           p("""Update 28. März 2019: Die ursprüngliche Fassung dieser Pressemitteilung forderte die EU-Kommission auf, Maßnahmen zur Vermeidung von Filter-Monopolen zu ergreifen, aber die Beschreibung unserer Position zu Filtern war unklar und unvollständig.  Die FSFE ist nicht und war nie für die Entwicklung "grundlegend problematischer Filtertechnologien".  Die FSFE kämpft von Anfang an gegen Upload-Filter, z.B. als Unterzeichner von Copyright for Creativity und Create Refresh und sie forderte gemeinsam mit über 80 Organisationen die EU-Mitgliedsstaaten auf, den schädlichen Artikel 13 (jetzt Artikel 17) abzulehnen.  Die FSFE unterstützt Lösungen, die die Rechte von Nutzern erhalten, Technik zu kontrollieren und sie unterstützt ethische Standards für Diensteanbieter.""")],
    quotes=[(cut(UR_SANDER, '"Wir sind froh', 'zu reformieren“'), SANDER),
            ('"Save Code Share"', None),
            ('"grundlegend problematischer Filtertechnologien"', None)],
    aliases={SANDER: ["Alexander Sander", "Policy Manager der Free Software Foundation Europe"]})

# --- FSFE, 15 May 2019: Christine Prayon donates her prize money ---

JURY = "Jury"
PR_P2 = p("""In der Begründung der Jury heißt es unter anderem über die Preisträgerin Prayon: "Sie klagt nicht einfach an – sie entlarvt, und wir sind ihre Zeugen." Ihre Dankesrede nutze die Preisträgerin entsprechend, um den Finger in die Wunde zu legen: Als vorbildlich beschreibt Prayon den einstigen Prozess, sich von den Anbietern proprietärer Software unabhängig zu machen und die komplette Verwaltung über ein freies System laufen zu lassen. Entsprechend kritisch kommentierte Prayon den Umstieg zurück auf proprietäre Systeme.""")

add(id="ho401-fsfe-2019-05-prayon-dieter-hildebrandt-preis",
    title="Freie Software in München – FSFE bedankt sich bei Christine Prayon",
    url="https://fsfe.org/news/2019/news-20190515-02.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20190515-02.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 15 May 2019 with its update of 24 May 2019; the image, the video, the description, the tag list and "
      "the page image dropped (rule 14); link texts ('Begründung', 'hier', 'publiccode.eu') kept as running text; the "
      "published irregularities 'in nötigen Umsetzungsprojekte' and 'seit des 2012 staatlich angeordneten verstärkten "
      "Einsatzes' kept (rule 20))",
    license=FSFE,
    paras=[p("""Die Kabarettistin Christine Prayon wurde gestern mit dem mit 10.000 Euro dotierten Dieter-Hildebrandt-Preis der Landeshauptstadt München für anspruchsvolles politisches beziehungsweise dezidiert gesellschaftskritisches Kabarett ausgezeichnet. Das Preisgeld spendet Prayon der Free Software Foundation Europe."""),
           PR_P2,
           p("""Allein die Umstellung der Arbeitsplätze wird München in den nächsten sechs Jahren knapp 50 Millionen Euro kosten. Weitere 37 Millionen Euro fließen in nötigen Umsetzungsprojekte. Die Free Software Foundation Europe kritisierte diesen Schritt bereits in der Vergangenheit. Die Umstellung wird die organisatorischen IT-Probleme im alltäglichen Verwaltungsgeschäft nicht lösen können. Gleichzeitig werden allerdings neue Abhängigkeiten von Herstellern proprietärer Software entstehen. Lizenzgebühren werden an die Hersteller gezahlt anstatt diese Gelder zugunsten der Steuerzahler für die Weiterentwicklung der Software und für die Kooperation mit anderen Verwaltungen zu nutzen. Die Systeme werden intransparenter und für die Bürger nicht mehr nachvollziehbar. Weiterführende Informationen zu den Migrationsplänen der Stadt München finden Sie hier."""),
           p("""München wendet sich damit gegen den Trend: In anderen Verwaltungen wird mit großem Erfolg auf Freie Software gesetzt. In Frankreich entstehen seit des 2012 staatlich angeordneten verstärkten Einsatzes Freier Software zwischen 0,6% und 5,4% mehr Firmen pro Jahr, die Freie Software nutzen; zwischen 6,6% und 14% mehr Menschen finden jedes Jahr eine Beschäftigung im IT Sektor. In Barcelona fließt 70% des Budgets für die Entwicklung neuer Software in Freie Software. Aufträge wurden bisher an 3.000 Unternehmen vergeben, 60% davon KMUs, meist aus der Region. In kollaborativen Projekten arbeiten immer mehr Städte an gemeinsamen Softwarelösungen um diese gemeinsam weiterzuentwickeln, Kosten zu sparen und Risiken aufzuteilen."""),
           p("""Die Free Software Foundation Europe hat daher die Kampagne "Public Money? Public Code!" ins Leben gerufen, um weitere Verwaltungen davon zu überzeugen auf Freie Software umzustellen und sie bei der Migration zu unterstützen. Im Rahmen der Kampagne wurde auch die Fachpublikation "Public Money Public Code - Modernising Public Infrastructure with Free Software" veröffentlicht. Die Broschüre zielt darauf ab, Fragen von Entscheidungsträgern über die Vorteile der Nutzung und Entwicklung Freier Software für die öffentliche Verwaltung zu beantworten."""),
           p("""Mehr Informationen zu der Kampagne und ihrer Unterstützer finden Sie auf unserer Kampagnenwebsite publiccode.eu, die Broschüre finden Sie hier."""),
           p("""Die Free Software Foundation Europe bedankt sich auch auf diesem Wege für das Engagement Prayons für Freie Software und die großzügige Spende."""),
           p("""Update 24.05.2019: Christine Prayons Dankesrede
    ist jetzt auch als Video verfügbar.""")],
    quotes=[('"Sie klagt nicht einfach an – sie entlarvt, und wir sind ihre Zeugen."', JURY),
            (PMPC, None),
            ('"Public Money Public Code - Modernising Public Infrastructure with Free Software"', None)],
    aliases={JURY: ["Jury"]})

# --- FSFE, 25 November 2019: the CDU party-conference resolution ---

CDU = "CDU"
CDU_KIRSCHNER = p("""Matthias Kirschner, Präsident der FSFE, erklärt: "Freie Software gibt
  allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu
  verbreiten und zu verbessern. Diese Freiheiten stärken andere Grundrechte wie
  die Redefreiheit, die Pressefreiheit und das Recht auf Privatsphäre. Digitale
  Souveränität ist nur über Freie Software realisierbar. Wir freuen uns, dass
  unsere Kampagne nun auch in der Regierungspartei CDU angekommen ist und die
  Konservativen sich hinter unsere Forderung "Public Money? Public Code!"
  stellen. Wir erwarten nun von der CDU, dass sie sich umgehend in der
  Regierung dafür einsetzt, die rechtlichen Grundlagen dafür zu schaffen, damit
  mit öffentlichen Geldern finanzierte Software unter einer Lizenz für Freie Software und
  Open Source veröffentlicht wird.\"""")
CDU_Q = p("""\"Die offenen und gemeinsam entwickelten Standards des
  Internets und die offenen Schnittstellen sind die Prinzipien, die wir für die
  Digitalisierung Deutschlands heranziehen. Nur durch Offenheit entsteht
  Wettbewerb, nur durch Offenheit können neue Akteure im Wettbewerb die
  Platzhirsche herausfordern. Deshalb gilt künftig für alle (öffentlichen)
  Digitalisierungsprojekte in Deutschland: Auftragsvergabe und Förderung sind
  an die Einhaltung der Prinzipien Open-Source und offene Standards gebunden.
  Durch öffentliche Mittel finanzierte Software soll allen Bürgern dienen.
  Zusätzlich sollen freie und offene APIs den Zugang für unabhängige
  Entwicklungen erleichtern.\"""")

add(id="ho401-fsfe-2019-11-cdu-parteitagsbeschluss-freie-software",
    title="FSFE begrüßt CDU-Parteitagsbeschluss zum verpflichtenden Einsatz Freier Software",
    url="https://fsfe.org/news/2019/news-20191125-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20191125-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 25 November 2019; the embedded video and the tag list dropped (rule 14); the link texts "
      "'Parteitagsbeschluss der CDU heißt es' and 'Kampagnen Website' kept as running text)",
    license=FSFE,
    paras=[p("""Die Free Software Foundation Europe begrüßt den
  Parteitagsbeschluss der konservativen CDU zum Einsatz Freier Software. Auf ihrem 32.
  Parteitag hat die CDU am Wochenende beschlossen, sich der Forderung der FSFE
  anzuschließen, dass mit öffentlichen Geldern entwickelte Software als Freie
  Software allen zugute kommen soll. Die "Public Money, Public Code!"-Kampagne
  der FSFE wird bisher von über 170 Organisationen und 26.000 Einzelpersonen
  unterstützt."""),
           CDU_KIRSCHNER,
           p("""Im Parteitagsbeschluss
  der CDU heißt es:"""),
           CDU_Q,
           p("""Weitere Hintergrundinformationen finden Sie auf der Kampagnen Website. Sowohl das Video als auch
  die weiteren Inhalte stehen zur freien Verbreitung unter der Lizenz CC-BY-SA 4.0.""")],
    quotes=[('"Public Money, Public Code!"', None),
            (cut(CDU_KIRSCHNER, '"Freie Software gibt', 'veröffentlicht wird."'), KIRSCHNER),
            (CDU_Q, CDU)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Präsident der FSFE"],
             CDU: ["CDU"]})

# --- FSFE, 28 November 2019: software freedom in the last twelve months ---

GKH = "Greg Kroah-Hartman"
GKH_Q = p(""" "Die 'Public Money? Public Code!'-Kampagne sowie die 'REUSE-Initiative' haben mir gezeigt, dass die FSFE eine Organisation ist, die die gleichen Ideale unterstützt wie ich. Ich möchte ihnen helfen, mehr großartige Dinge zu tun, und deshalb bin ich jetzt ein stolzer FSFE-Supporter." """)

add(id="ho401-fsfe-2019-11-software-freiheit-letzte-12-monate",
    title="Software-Freiheit in den letzten 12 Monaten",
    url="https://fsfe.org/news/2019/news-20191128-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2019/news-20191128-01.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 28 November 2019; the image (with its alt text on Cory Doctorow) and the tag list dropped (rule 14); "
      "the subheadings and the seven list items kept, one per line; link texts kept as running text; the published "
      "irregularities 'des Parlaments von Asturien', 'lizensiert' and 'unterstützen SIe' kept (rule 20))",
    license=FSFE,
    paras=[p("""In den letzten 12 Monaten haben wir gemeinsam mit unseren Freiwilligen, ihren Spenden und ihrer Arbeit viel erreicht. Dank dieser Unterstützung konnten wir beispielsweise unsere PMPC Kampagne erfolgreich weiterführen, Lizenzierung durch unser Reuse Projekt vereinfachen und uns für die Routerfreiheit in Europa stark machen. Auch im Jahr 2020 sind wir wieder mit vollem Elan dabei und setzen uns für Freie Software ein. Bitte helft uns mit einer Spende, damit wir uns weiter erfolgreich für Freie Software engagieren können."""),
           "Was wir in den letzten 12 Monaten erreicht haben",
           p("""Unsere "Public Money? Public Code!"-Kampagne: Wir ermutigen den öffentlichen Sektor kontinuierlich, mehr Freie Software zu verwenden und zu beschaffen. Gemeinsam mit der Verwaltung von Barcelona, des Parlaments von Asturien, über 170 Organisationen und 26.000 Einzelpersonen fordern wir, dass öffentlich finanzierte Software unter freien Lizenzen veröffentlicht wird. Außerdem haben wir eine Expertenbroschüre für Entscheidungsträger veröffentlicht und arbeiten an einer deutschen Übersetzung davon."""),
           p("""Routerfreiheit: Bereits vor einigen Jahren erstritt die FSFE erfolgreich die Routerfreiheit in Deutschland. Nun erreicht diese Debatte die europäische Ebene, denn auch hier wollen Internet-Service-Provider den direkten Zugriff der Kunden auf ihre Modems und Router selbst nach dem Verkauf an Endverbraucher begrenzen. Um die Kontrolle über die Technik in Händen der Nutzenden zu bewahren, hat die FSFE begonnen den Status der Routerfreiheit in mehreren Ländern zu dokumentieren. Zudem haben wir ein Aktionspaket für Personen und Organisationen erstellt, welche sich mit uns für Routerfreiheit einsetzen wollen."""),
           p("""Unsere REUSE-Initiative: Wenn man Benutzern die Freiheit geben will, Software zu verwenden, zu verstehen, zu verbreiten und zu verbessern, muss die Software klar lizensiert sein. Im August haben wir unsere Best Practices aktualisiert sowie weitere ergänzende Materialien und Werkzeuge veröffentlicht. Jetzt kann ein Projekt in nur drei einfachen Schritten REUSE-konform werden."""),
           p("""Mehr Details über die genannten Themen und weitere Erfolgsgeschichten finden sich in unserem Bericht "Software-Freiheit in Europa 2019"."""),
           p("""Sie schätzen unsere Arbeit? Dann werden Sie jetzt Supporter und unterstützen Sie unsere Arbeit langfristig."""),
           "Unsere Pläne für 2020",
           p("""Die neue Präsidentin der Europäischen Kommission, Ursula von der Leyen, hat vor die europäische digitale Agenda zu konkretisieren. Ebenso erwarten wir eine aktualisierte "Open-Source-Strategie" der Europäischen Kommission. Die FSFE wird diese Vorschläge aufmerksam verfolgen, um eine sichere Umgebung für Freie Software in Europa zu gewährleisten."""),
           p("""Wir werden uns weiterhin für die Routerfreiheit in Europa einsetzen, damit Menschen die Kontrolle über ihre Technik behalten können."""),
           p("""Damit Entscheidungsträger die Auswirkungen Freier Software auf Sicherheit und digitale Nachhaltigkeit besser verstehen können, bereiten wir Analysen zu diesen Themen und deren Zusammenspiel mit Freier Software vor."""),
           p("""Wir haben kürzlich unseren "Software-Freedom-Podcast" gestartet, in dem wir weiterhin einmal im Monat interessante Einblicke in Themen rund um Freie Software geben werden."""),
           p("""Die FSFE ist ein gemeinnütziger Verein, der ohne Ihre Unterstützung nicht in der Lage wäre, langfristig das Bewusstsein für Freie Software zu schärfen: In der öffentlichen Verwaltung, in Unternehmen sowie bei der Allgemeinheit."""),
           p("""Nochmals vielen Dank an alle, die uns aktuell unterstützen oder dies in der Vergangenheit getan haben."""),
           p("""Weltweit unterstützen viele Menschen unsere Arbeit, darunter Greg Kroah-Hartman (Linux-Kernel-Entwickler), der sagt:"""),
           GKH_Q,
           p("""Werden auch Sie Supporter und unterstützen SIe unsere Arbeit langfristig.""")],
    quotes=[(PMPC, None),
            ('"Software-Freiheit in Europa 2019"', None),
            ('"Open-Source-Strategie"', None),
            ('"Software-Freedom-Podcast"', None),
            (GKH_Q, GKH)],
    aliases={GKH: ["Greg Kroah-Hartman", "Linux-Kernel-Entwickler"]})

# --- FSFE, 6 May 2020: Munich's coalition agreement ---

MU_KIRSCHNER = p("""Die FSFE begrüßt den Schritt Münchens, sich dem Prinzip "Public Money? Public Code!" zu verpflichten. 
Nachdem sich die vorherige Regierung aus SPD und CSU von der progressiven Freien-Software Strategie verabschiedet hatte 
ist dieser Schritt nun ein positives Signal. Öffentliche Verwaltungen, die dem Prinzip von "Public Money? Public Code!" 
folgen, können von der Zusammenarbeit mit anderen öffentlichen Einrichtungen, der Unabhängigkeit von einzelnen Anbietern, 
möglichen Steuereinsparungen, mehr Innovation und einer besseren Basis für IT-Sicherheit profitieren.", erklärt Matthias Kirschner, 
Präsident der Free Software Foundation Europe.""")

add(id="ho401-fsfe-2020-05-muenchen-public-money-public-code",
    title='München bekennt sich zu "Public Money? Public Code!"',
    url="https://fsfe.org/news/2020/news-20200506-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2020/news-20200506-01.de.xhtml",
                          commit="a2036d25c27d117bfee2cc479a17bc4c7505bd0a")
    + " (news of 6 May 2020; the image, the tag list and the page image dropped (rule 14); link texts kept as running "
      "text; the double spaces of the source joined to single spaces as the page renders them; Kirschner's statement "
      "kept as published, without an opening mark and closing with '.\",' (rule 2125), and the published irregularity "
      "'wie die etwa die vage Beschränkung' kept (rule 20))",
    license=FSFE,
    paras=[p("""Der neue Koalitionsvertrag in München bekennt sich zum Prinzip "Public Money? Public Code!". Die FSFE begrüßt diese Entscheidung der neuen Regierung und wird deren Umsetzung genau beobachten."""),
           p("""Nach den Wahlen im März hat sich die neue Koalition von SPD und Grünen in München am vergangenen Sonntag auf einen  
Koalitionsvertrag geeinigt. Dieser enthält ein starkes Bekenntnis zur Nutzung Freier Software: 
Künftig soll das Prinzip "Public Money? Public Code!" gelten. München schließt sich damit der Forderung der FSFE an."""),
           MU_KIRSCHNER,
           p("""Im Jahr 2014 schloss die SPD einen Koalitionsvertrag mit der CSU und Dieter Reiter (SPD) wurde zum neuen Münchner Oberbürgermeister gewählt. 
München gab seine "LiMux" Strategie zur Entwicklung einer unabhängigen IT-Infrastruktur, die mit Freier Software und dem freien Betriebssystem 
GNU/Linux aufgebaut wurde, auf und ging zurück in die Abhängigkeit von proprietärer Software. Die Free Software Foundation Europe
kritisierte dieses Re-Migrationsprojekt in der Vergangenheit immer wieder. 
Jetzt, mit der neuen Koalition aus SPD und Grünen, scheint München mit dem Bekenntnis zu "Public Money? Public Code!" wieder auf dem richtigen Weg. 
Dennoch lässt der Vertrag Raum für Verbesserungen, da er einige typische Schlupflöcher enthält, wie die etwa die vage Beschränkung auf Software, 
deren Code keine persönlichen oder vertraulichen Daten enthält.  Die FSFE wird die Fortschritte bei der Umsetzung und wie die 
Ausschreibungsprozesse angepasst werden genau beobachten."""),
           p("""Die "Public Money? Public Code!" Kampagne zielt darauf ab, Freie Software zum Standard für öffentlich finanzierte Software zu machen. 
Die Free Software Foundation Europe hat zusammen mit über 180 Organisationen der Zivilgesellschaft und mehr als 27.000 Einzelpersonen 
einen Offenen Brief unterzeichnet. Wir werden die Unterschriften nutzen, um Entscheidungsträger und politische Vertreter in ganz Europa zu 
kontaktieren und sie davon zu überzeugen, Freie Software als Standard zu nutzen. 
 Wir laden Sie dazu ein, ebenfalls zu unterschreiben, um diesem Vorhaben damit noch mehr Nachdruck zu verleihen!""")],
    quotes=[(PMPC, None, 0),
            (PMPC, None, 1),
            (PMPC, None, 2),
            (cut(MU_KIRSCHNER, "Die FSFE begrüßt den Schritt", 'profitieren."'), KIRSCHNER),
            ('"LiMux"', None),
            (PMPC, None, 5),
            (PMPC, None, 6)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Präsident der Free Software Foundation Europe"]})
