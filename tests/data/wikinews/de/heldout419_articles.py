# Four-hundred-and-nineteenth held-out German real-news set (tests/data/heldout419-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2185-2189). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-nineteenth held-out set": five German news items of the Free Software
# Foundation Europe on fsfe.org (2019-2020: the "Public Money? Public Code!" motion in the Kassel city parliament, the call
# for public code in international development cooperation, the interview with Bühl's Digitalisierungsbeauftragter Eduard
# Itrich, the router-freedom report "Furcht, Ungewissheit und Zweifel", the interview with Bastien Guerry of Etalab)
# (licence FSFE, as in heldout393). The texts are read from the stored source files of the pages (news/YYYY/*.de.xhtml in
# the site's repository fsfe/fsfe-website): markup removed, the line breaks inside a paragraph joined with single spaces
# (as the page renders them), link texts kept, list items, subheadings, interview questions and pull quotes kept as their
# own lines, images, figure captions, buttons and the pages' style, tag, author and discussion data dropped (rule 14);
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

# --- FSFE, 12 November 2019: "Public Money? Public Code!" in the Kassel city parliament ---

SPD = "SPD"
GRUENE_HE = "Bündnis 90/Die Grünen Hessen"
MIJATOVIC = "Boris Mijatovic"
KS_KOAL = ("“Die Koalitionspartner wollen die digitale Präsenz der Stadt transparenter und informativer gestalten und "
           "evaluieren, wie Beteiligungsmöglichkeiten der Bürgerinnen und Bürger, auch auf digitalem Weg, verbessert werden "
           "können.”")
KS_KOAL2 = "“Beteiligungsmöglichkeiten der Bürgerinnen und Bürger, auch auf digitalem Weg, verbessert”"
KS_GRUENE = ("\"Wir fordern deshalb die Anwendung von Open-Source-Systemen in Bildungseinrichtungen und in der öffentlichen "
             "Verwaltung dort, wo es sinnvoll ist.”")

add(id="ho419-fsfe-2019-11-pmpc-kasseler-stadtparlament",
    title="Werde Aktiv: \"Public Money? Public Code!\" im Kasseler Stadtparlament",
    url="https://fsfe.org/news/2019/news-20191112-01.de.html",
    retrieved=REPO.format(path="news/2019/news-20191112-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 12 November 2019 with its later 'Update' section; the two images of Boris Mijatovic (alt texts only) and "
      "the tag and author data dropped (rule 14); the four items of the list after 'erlaubt den Anwender*innen die "
      "Software:' kept as their own lines, the subheadings 'Die politischen Positionen ...' and 'Update' as their own "
      "lines; the struck-through first dates ('27. November 2019', '9. Dezember 2019', marked <del> in the source and "
      "shown struck through on the page) kept as text before the new dates; the link text '(.pdf) beschlossen' kept; "
      "the published irregularities 'Die Parteien ... hat', 'dem grüne Politiker', 'in Aktion zutreten', 'Angela "
      "Merkal', 'Foderung', 'Zugute' and the mixed quotation marks kept (rule 20))",
    license=FSFE,
    paras=["Unsere EU-weite Kampagne \"Public Money? Public Code!” hat es ins Kasseler Stadtparlament geschafft! Die "
           "Fraktion aus FDP, Freien Wählern und Piraten, hat den Antrag \"Public Money – Public Code als Grundsatz bei der "
           "Softwarebeschaffung\" eingereicht. Der Antrag fordert den Magistrat dazu auf, bei der Neuanschaffung von Software "
           "dem Grundsatz “Public Money, Public Code” zu folgen und sich dabei verstärkt auf Freie und Open-Source-Software "
           "sowie offene Standards zu konzentrieren.",
           "Die Abstimmung über den Antrag findet am 27. November 2019 06. Februar 2020 im zuständigen Ausschuss für "
           "Finanzen, Wirtschaft und Grundsatzfragen und am 9. Dezember 2019 02. März 2020 im Stadtparlament statt. Dies "
           "war Grund genug für uns in Aktion zutreten: Mit einem Schreiben und unserer Expertenbroschüre haben wir uns an "
           "die Abgeordneten gewandt, um sie von der Zustimmung zum Antrag zu überzeugen. Für eine Mehrheit im Parlament "
           "brauchen wir eure Hilfe. Schreibt den Abgeordneten eine E-Mail oder einen Brief mit euren Argumenten für den "
           "Antrag!",
           "Die politischen Positionen zu Freier Software im Kasseler-Stadtparlament",
           "Die Parteien von SPD, Grünen und der Liberalen Liste hat in ihrem Koalitionsvertrag geschrieben: " + KS_KOAL,
           "Diese Ziele können durch den Einsatz von Freier Software in der öffentlichen Infrastruktur erreicht werden. "
           "Freie Software erlaubt den Anwender*innen die Software:",
           "für jeden Zweck zu verwenden;",
           "hinsichtlich der Funktionsweise zu untersuchen;",
           "in ihrer Funktion zu verbessern und an die eigenen Bedürfnisse anzupassen;",
           "mit anderen zu teilen und gemeinsam weiterzuentwickeln.",
           "Durch die Verwendung von Freier Software in der öffentlichen Verwaltung wird mehr Transparenz geschaffen und "
           "damit wie im Koalitionsvertrag vorgenommen die " + KS_KOAL2 + ". Langfristig kann durch die Verwendung von "
           "Freier Software die lokale Wirtschaft gefördert werden, indem lokale Unternehmen sich an der Weiter-/ "
           "Entwicklung von Software beteiligen können. Damit werden Abhängigkeiten von einzelnen Herstellern und "
           "restriktive Lizenzbestimmungen vermieden.",
           "Auch das Bündnis 90/Die Grünen Hessen stimmen der Verwendung von Freier Software zu. So schreiben sie in ihrem "
           "Grundsatzprogramm: " + KS_GRUENE,
           "Trotz der oben genannten Beispiele hat der Vorschlag für \"Public Money - Public Code\" als Grundsatz bei der "
           "Softwarebeschaffung bisher wenig Aussicht auf Erfolg. Obwohl die Grünen in der Koalition sind kann diese keine "
           "Mehrheit für den Einsatz von Freier Software auf die Beine stellen. Das erscheint vor allem deswegen reichlich "
           "verwunderlich, da man sich zeitgleich nicht dazu durchringen kann, für den vorliegenden Antrag zu stimmen. Laut "
           "dem grüne Politiker und Fraktionsvorsitzenden Boris Mijatovic seien zwar Sympathien für den Antrag vorhanden "
           "aber der wurde leider von der \"falschen\" Fraktion eingebracht, die in diesem Thema nicht überzeugen könne.",
           "Die Grünen sind zur Zeit auch nicht bereit einen alternativen Antrag einzureichen - damit dieser dann von der "
           "\"passenden\" Fraktion kommt.",
           "Um eine Mehrheit im Kasseler-Stadtparlament für den Antrag \"Public Money - Public Code als Grundsatz bei der "
           "Softwarebeschaffung“ zu erreichen brauchen wir eure Hilfe.",
           "Überzeugt die Parteien und Parlamentarier*innen, davon für den Antrag zu stimmen. Schreibt einen Brief oder eine "
           "E-Mail. Eine Vorlage findet ihr auf unserer Wiki-Seite. Die Kontaktadressen findet ihr auf der Seite des "
           "Kasseler Stadtparlaments.",
           "Update",
           "Auf ihrem 32. Parteitag hat die CDU Anfang des Jahres (.pdf) beschlossen, sich der Forderung der FSFE "
           "anzuschließen, dass mit öffentlichen Geldern entwickelte Software als Freie Software allen Zugute kommen soll. "
           "Bundeskanzlerin Angela Merkal hat diese Foderung in der Generaldebatte des Bundestages nur wenige Tage später "
           "wiederholt und unterstrichen. Falls ihr CDU Abgeordnete kontaktiert solltet ihr auf diesen Beschluss hinweisen. "
           "Wir werden genau schauen, wie sich die Fraktion bei der Abstimmung verhält und ob der Parteitagsbeschluss "
           "umgesetzt wird."],
    quotes=[('"Public Money? Public Code!"', None),
            ('"Public Money? Public Code!”', None),
            ('"Public Money – Public Code als Grundsatz bei der Softwarebeschaffung"', None),
            ("“Public Money, Public Code”", None),
            (KS_KOAL, SPD),
            (KS_KOAL2, SPD),
            (KS_GRUENE, GRUENE_HE),
            ('"Public Money - Public Code"', None),
            ('"falschen"', MIJATOVIC),
            ('"passenden"', None),
            ('"Public Money - Public Code als Grundsatz bei der Softwarebeschaffung“', None)],
    aliases={SPD: ["SPD"],
             GRUENE_HE: ["Bündnis 90/Die Grünen Hessen"],
             MIJATOVIC: ["Boris Mijatovic", "grüne Politiker und Fraktionsvorsitzenden"]})

# --- FSFE, 10 December 2020: public code for international development cooperation ---

LUECK = "Nico Lück"
UNGA = "Generalversammlung der Vereinten Nationen"
EZ_UN = "\"eine bessere und nachhaltige Zukunft für alle\""
EZ_Q = ("\"Die Minimierung von Abhängigkeiten und der Aufbau von lokalen Partnerkapazitäten fördert die Nachhaltigkeit von "
        "IT-Lösungen: Freie Software und andere offene Ressourcen sind die Instrumente, die für eine nachhaltige "
        "Entwicklungszusammenarbeit bevorzugt und gefördert werden sollten.\"")

add(id="ho419-fsfe-2020-12-oeffentlicher-code-entwicklungszusammenarbeit",
    title="Öffentlicher Code für nachhaltige internationale Entwicklungszusammenarbeit",
    url="https://fsfe.org/news/2020/news-20201210-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20201210-01.de.xhtml",
                          commit="42a46a78828ae4db53a9cff3b6ee958b8bf2d04a")
    + " (news of 10 December 2020; the two images, the button 'Artikel jetzt lesen' (a link to the article, page "
      "furniture) and the tag and discussion data dropped (rule 14); the closing blockquote with Nico Lück's statement "
      "kept as the last line; the link texts kept as running text; the published irregularities 'Freie Software somit "
      "zu einer Grundlagentechnologie', 'Nutzerinnen und Nutzern' and 'unterzeichnen hat dies' kept (rule 20))",
    license=FSFE,
    paras=["Internationale Entwicklungszusammenarbeit wird zunehmend digital. Freie Software somit zu einer "
           "Grundlagentechnologie, um die UN-Ziele für nachhaltige Entwicklung zu erreichen. Zusammen mit Experten auf dem "
           "Gebiet fasst die FSFE diese Zusammenhänge zusammen und fordert die Veröffentlichung öffentlich finanzierter "
           "Technologien als Freie Software.",
           "Zu den inhärenten Eigenschaften Freier Software und ihrer Gemeinschaften gehören der gleichberechtigte Zugang zu "
           "den Quellen, eine internationale Kultur des Austausches und die gemeinsame Entwicklung von Software zum Nutzen "
           "aller. Während viele von uns diese Freiheiten inzwischen als universell akzeptieren, gilt dies leider nicht wenn "
           "wir in die Welt der proprietären Software schauen. Analog gilt dies leider oft auch bei der Verteilung der "
           "natürlichen Ressourcen rund um den Globus.",
           "Im Jahr 2015 legte die Generalversammlung der Vereinten Nationen die 'Ziele für nachhaltige Entwicklung' fest, "
           "die auf " + EZ_UN + " abzielen. Ziel ist es bestehende Ungleichheiten zu verringern und zugleich Zugang zu den "
           "grundlegendsten Ressourcen unserer Gesellschaften - wie beispielsweise Nahrung, Gesundheit und Bildung - für "
           "alle zu bieten. Die internationale Entwicklungszusammenarbeit ist seitdem bestrebt, die vereinbarten "
           "Nachhaltigkeitsziele der Vereinten Nationen zu erreichen, indem sie die globalen Bedingungen verbessert und "
           "lokale Partner vor Ort stärkt. In gewissem Maße ähnlich wie bei der Softwarefreiheit sollen bestehende "
           "Abhängigkeiten reduziert und neue Abhängigkeiten um jeden Preis vermieden werden.",
           "Zunehmend wird die internationale Entwicklungszusammenarbeit digitalisiert und verlagert ihren Schwerpunkt auf "
           "die digitale Zusammenarbeit. Ob in der Landwirtschaft, der industriellen Produktion, im Gesundheitswesen oder in "
           "der öffentlichen Verwaltung - die Entwicklung und Aufrechterhaltung moderner sozialer Prozesse ist ohne Software "
           "nicht länger denkbar. Funktionale Software wird dadurch gewissermaßen zur Basistechnologie der sozialen "
           "Organisation wie auch moderner Verwaltungsdienstleistungen. Die Einführung proprietärer Software verschärft "
           "jedoch die Abhängigkeiten der Anwenderinnen und Anwender in den Entwicklungsländern von der derzeit "
           "marktbeherrschenden Softwareindustrie in den heutigen Industrieländern. Freie Software hingegen ermöglicht die "
           "Emanzipation und Unabhängigkeit ihrer Nutzerinnen und Nutzern - von Einzelpersonen bis hin zu staatlichen "
           "Organisationen.",
           "Zugleich ermöglicht Freie Software die Wiederverwendung einmal getätigter Entwicklungsinvestitionen rund um den "
           "Globus ohne (weitere) Lizenzkosten und ohne rechtliche oder technische Einschränkungen. Durch die gleichzeitige "
           "Veröffentlichung des Quellcodes auf öffentlichen Code-Repositories kann auch die eigene Software-Entwicklung von "
           "der Wiederverwendung, Verbesserung und Neuveröffentlichung durch andere Akteure rund um den Globus profitieren. "
           "Im Hinblick auf die internationale Zusammenarbeit dient der frei lizenzierte Quellcode als Grundlage für "
           "organisierte oder selbstbestimmte Wissensmultiplikation und -transfer sowie für die internationale Kooperation. "
           "Freie Software ermöglicht so die Entwicklung digitaler Grundlagen und bietet internationale Standards, ohne "
           "zugleich neue Monopole und Abhängigkeiten zu schaffen.",
           "Die soeben genannten Gründe verdeutlichen, dass Freie Software ein wesentlicher Bestandteil jeder nachhaltigen "
           "digitalen Entwicklung ist. Folglich verlangen auch die von der Digital Impact Alliance entwickelten \"Prinzipien "
           "für digitale Entwicklungszusammenarbeit\" die Veröffentlichung von Software, Daten und Standards unter freien "
           "Lizenzen. Nachdem immer mehr Akteure der internationalen Entwicklungszusammenarbeit die Prinzipien unterzeichnen "
           "hat dies die FSFE zum Anlass genommen und zusammen mit Experten der Deutschen Gesellschaft für Internationale "
           "Zusammenarbeit die Hauptvorteile des Einsatzes Freier Software für die internationale "
           "Entwicklungszusammenarbeit in einem Artikel zusammengefasst.",
           "Der Artikel ist Teil unserer Serie über die Grundlagen Freier Software. Er liefert Hintergrundinformationen über "
           "den laufenden Prozess der Digitalisierung in der internationalen Entwicklungszusammenarbeit, dessen Auswirkungen "
           "und den Status quo. Dabei werden die vielfältigen Vorteile beleuchtet, von denen die internationale "
           "Entwicklungszusammenarbeit bei der Nutzung und Entwicklung Freier Software profitieren kann. Diese bilden die "
           "Grundlage für die Forderung der FSFE, dass in der internationalen Entwicklungszusammenarbeit alle "
           "Softwareentwicklung, die mit öffentlichen Geldern (ko-)finanziert wird, als Freie Software veröffentlicht wird.",
           "Nico Lück, Ko-Autor des Artikels und Experte der Deutschen Gesellschaft für internationale Zusammenarbeit, fasst "
           "zusammen: " + EZ_Q],
    quotes=[("'Ziele für nachhaltige Entwicklung'", None),
            (EZ_UN, UNGA),
            ('"Prinzipien für digitale Entwicklungszusammenarbeit"', None),
            (EZ_Q, LUECK)],
    aliases={UNGA: ["Generalversammlung der Vereinten Nationen"],
             LUECK: ["Nico Lück", "Ko-Autor des Artikels",
                     "Experte der Deutschen Gesellschaft für internationale Zusammenarbeit"]})

# --- FSFE, 30 June 2020: interview with Eduard Itrich of the city of Bühl ---

ITRICH = "Eduard Itrich"
PALIM = '"Palim! Palim!"'
BU_Q1 = ("“Auf Basis der Freien Software „Jitsi Meet“ haben wir eine offene Videokonferenzplattform unter dem Namen "
         "\"Palim! Palim!” geschaffen. Dies ist ein kostenfreies Angebot für Videotelefonie an alle Bühler Bürgerinnen und "
         "Bürgern und selbstverständlich über die Gemarkungsgrenzen der Stadt hinaus.”")
BU_Q2 = ("\"Gleichzeitig eröffnet uns Freie Software die Möglichkeit, den Schutz persönlicher Daten sowie der Privatsphäre "
         "unserer Nutzer bereits im Designprozess mitzudenken.\"")
BU_Q3 = "\" Auch hier wurden wir wieder bei einem Freien Software Projekt fündig.\""
BU_Q4 = ("\"Mit einer starken Community im Rücken wird die Weiterentwicklung des Projekts und der Support für die eigene "
         "Umsetzung gewährleistet.\"")

BU_PARAS = [
    "Die Stadt Bühl, in Deutschland, hat die erfolgreiche, auf Freier Software basierende Videokonferenzplattform "
    "\"Palim! Palim!\" gestartet. Um mehr über die Beziehungen zwischen Bühl und Freier Software zu erfahren, führten wir "
    "ein Interview mit Eduard Itrich, dem Digitalisierungsbeauftragten der Stadt Bühl.",
    "Die Stadt Bühl im Südwesten Deutschlands startete eine Videokonferenzplattform mit dem Namen \"Palim! Palim!\", die "
    "auf der Freien Software \"Jitsi Meet\" basiert, um die Auswirkungen der COVID-19-Sperre für ihre Bürger zu "
    "erleichtern. \"Palim! Palim!\" wurde schnell zu einem durchschlagenden Erfolg; die Bürger waren davon begeistert und "
    "auch andere Gemeinden begannen sich dafür zu interessieren. Aber \"Palim! Palim!\" ist nicht das einzige "
    "Freie-Software-Projekt, das von der Stadt Bühl genutzt und gepflegt wird. Um mehr über die Hintergründe von \"Palim! "
    "Palim!\" zu erfahren und welche anderen Beziehungen die Stadt Bühl mit Freier Software unterhält, führten wir dieses "
    "Interview mit dem Digitalisierungsbeauftragten Eduard Itrich von der öffentlichen Verwaltung der Stadt Bühl.",
    "FSFE: Herr Itrich, können Sie sich und die Stadt Bühl kurz vorstellen und erklären, was ein "
    "\"Digitalisierungsbeauftragter\" ist?",
    "Eduard Itrich: Zunächst möchte ich mich herzlich für dieses Interview bedanken. Ich verfolge die Arbeit der FSFE e.V. "
    "bereits seit vielen Jahren und bin heute umso dankbarer für die Möglichkeit direkt mit euch sprechen zu können. Ich "
    "heiße Eduard Itrich, bin 31 Jahre alt und habe nach meinem Studium der Mathematik zunächst als Linux "
    "Softwareentwickler gearbeitet. Wie ihr seht, war Freie Software schon immer ein fester Bestandteil meines Berufes. Im "
    "Anschluss an meine zweijährige Elternzeit zur Betreuung meiner beiden Zwillingstöchter, habe ich Ende letzten Jahres "
    "bei der Stadt Bühl als „Digitalisierungsbeauftragter“ angefangen. Bezeichnend für die Stadt Bühl ist ihre "
    "Vielfältigkeit. Im Südwesten Deutschlands zwischen Rheinebene, Weinbergen und Schwarzwald gelegen, bietet die Große "
    "Kreisstadt mit knapp 30.000 Einwohnern zahlreiche Kriterien, welche die Kommune lebens- und liebenswert macht. Ein "
    "überaus facettenreiches Vereinsangebot, hervorragende Möglichkeiten der Kinderbetreuung, eine aktive Gemeinschaft von "
    "Einzelhändlern, lebendige Kirchengemeinden und sehr engagierte Bürger sprechen ebenso für die Lebensqualität vor Ort "
    "wie Maßnahmen der Stadt in der Stadtentwicklung, dem Klimaschutz und natürlich der Digitalisierung.",
    "Vielleicht ist die Position des Digitalisierungsbeauftragten einigen eher unter dem Titel des \"Chief Digital "
    "Officer\" bekannt. Im Wesentlichen geht es um die Konsolidierung einer Digitalisierungsstrategie sowie der "
    "Orchestrierung der digitalen Transformation innerhalb wie auch außerhalb der Stadtverwaltung. Ich beschäftige mich mit "
    "Themen wie eGovernment, Smart City sowie Open Data und innerhalb des Rathauses natürlich auch mit der Automatisierung "
    "bestehender Verwaltungsabläufe.",
    "Sie haben kürzlich die Videoplattform \"Palim! Palim!\" eingeführt. Können Sie den Anwendungsfall erklären und was "
    "\"Palim! Palim!\" genau ist?",
    "Auf Basis der Freien Software „Jitsi Meet“ haben wir eine offene Videokonferenzplattform unter dem Namen “Palim! "
    "Palim!” geschaffen. Dies ist ein kostenfreies Angebot für Videotelefonie an alle Bühler Bürgerinnen und Bürgern und "
    "selbstverständlich über die Gemarkungsgrenzen der Stadt hinaus. Wir unterstützen Familien, Freundeskreise, Vereine, "
    "Initiativen und auch Unternehmen dabei, sich auf eine unkomplizierte sowie niederschwellige Weise digital begegnen zu "
    "können. Es benötigt nicht mehr als einen aktuellen Browser, um in Kontakt zu bleiben. Ganz ohne Registrierungszwang "
    "oder Erhebung von sensiblen Metadaten. Seit der Veröffentlichung unserer Plattform Anfang April haben wir viele "
    "interessante Anwendungsfälle gesehen: etwa das digitale Kinderfreizeitprogramm zum gemeinsamen Basteln oder das "
    "langersehnte Wiedersehen zwischen Pflegeheimbewohnern und ihren Familien.",
    BU_Q1,
    "Wie kam die Idee hinter \"Palim! Palim!\" zustande?",
    "Die Idee einer eigenen Videokonferenzplattform entstand ursprünglich aus dem Wunsch heraus, auch während der "
    "Corona-Pandemie weiterhin Gruppenunterricht an der städtischen Musikschule anbieten zu können. Auf Grund freier "
    "Kapazitäten haben wir uns im weiteren Verlauf des Projekts dazu entschlossen, die Plattform allen Bürgerinnen und "
    "Bürgern zur Verfügung zu stellen. Heute sind wir sehr stolz darauf, dass wir diesen mutigen Schritt gegangen sind und "
    "stellen fest, dass sich einige ganz neue Diskussionen um digitale Souveränität und Daseinsvorsorge im digitalen "
    "Zeitalter entwickelt haben.",
    "Warum haben Sie Jitsi Meet für \"Palim! Palim!\" gewählt?",
    "Das Freie Software Projekt „Jitsi Meet“ war genau die Software, nach der wir gesucht haben. Sie bietet unserer "
    "Zielgruppe einen sehr einfachen Zugang zu Videokonferenzen, lässt sich gut administrieren und durch die aktive "
    "Community findet man schnell eine Lösung zu eventuell auftretenden Problemen. Weiterhin hatten wir die Möglichkeit die "
    "Software genau nach unseren Vorstellungen anzupassen, um beispielsweise auch das städtische Design miteinfließen zu "
    "lassen.",
    "Welchen Unterschied macht es, ob Sie Freie Software verwenden oder nicht?",
    "Besonders die Option die Software nach Belieben anpassen zu können, gab uns die Möglichkeit, unsere stadteigene, "
    "individuelle Videokonferenzlösung zu schaffen. Wir sind der Überzeugung, dass genau dieser lokale Bezug und das damit "
    "verbundene Vertrauen, erheblich zum Erfolg der Plattform beigetragen hat. Gleichzeitig eröffnet uns Freie Software die "
    "Möglichkeit, den Schutz persönlicher Daten sowie der Privatsphäre unserer Nutzer bereits im Designprozess mitzudenken. "
    "Wir können uns bewusst für Datensparsamkeit und gegen die Einbindung unnötiger Tracker entscheiden. Und nicht zuletzt "
    "war die sehr aktive Community von Jitsi Meet eine gute Unterstützung bei der Umsetzung einer eigenen Instanz. Es gab "
    "kein Problem, zu dem wir nicht in den Foren oder Channels fündig wurden.",
    BU_Q2,
    "Wie war das Feedback zu \"Palim! Palim!\" bisher?",
    "Umwerfend! Wir haben zu keinem Zeitpunkt mit so einer großartigen Resonanz gerechnet. Viele Bürgerinnen und Bürger "
    "drücken uns ihren persönlichen Dank aus und wir haben aufgehört mitzuzählen, wie viele Kommunen sich mit großem "
    "Interesse an uns gewandt haben. Ich glaube, dass Freie Software derzeit einen unglaublichen Schub erfährt und die "
    "Sensibilität für Datensouveränität stark zunimmt.",
    "Gibt es noch andere Freie Software Projekte, an denen Sie und Ihre Abteilung arbeiten oder zu denen Sie beitragen?",
    "Wir waren lange auf der Suche nach einer einfachen Lösung, um Sitzungs- sowie Besprechungsprotokolle allen "
    "Teilnehmenden gebündelt zugänglich zu machen und wichtige Aufgaben nachverfolgen lassen zu können. Mit dem Freien "
    "Software Projekt \"4Minitz!\" haben wir einen starken Kandidaten entdeckt, der fast allen unseren Anforderungen "
    "entsprach. Einziger Haken: Die Oberfläche war zu diesem Zeitpunkt komplett in Englisch gehalten und es bestand die "
    "Gefahr einer zu geringen Akzeptanz innerhalb der verschiedenen Fachämter. Mit insgesamt über 11.000 Zeilen Änderungen "
    "an der Codebasis haben wir die Entwicklung der Internationalisierung und Lokalisierung angestoßen. Uns ist es sehr "
    "wichtig, offene Software nicht einfach nur zu nutzen, sondern auch der Community wieder etwas zurückzugeben. "
    "Mittlerweile kann 4Minitz! in 18 verschiedenen Sprachen genutzt werden.",
    "Sie verwenden auch \"decidim\". Könnten Sie erklären, wofür Sie es verwenden?",
    "Unser Ansatz bei der Digitalisierung ist, diese nicht einfach von oben ohne jegliche Beteiligung nach unten zu "
    "diktieren. Wir möchten, dass sich alle Mitarbeitenden äußern können – insbesondere auch Vorbehalte oder Kritik "
    "gegenüber neuen Lösungen oder Angeboten. Im Zuge dessen waren wir auf der Suche nach einer geeigneten "
    "Beteiligungsplattform. Auch hier wurden wir wieder bei einem Freien Software Projekt fündig. Mit dem Framework "
    "\"decidim\" konnten wir sehr schnell ein internes Beteiligungs- und Vorschlagsportal auf die Beine stellen, welches "
    "den direkten Austausch innerhalb unserer Verwaltung fördert. Das quer über alle Ämter verteilte Digitalisierungsteam "
    "kann nun mit \"decidim“ ganz einfach Ideen bündeln, diskutieren und interne Entscheidungsprozesse transparent für "
    "alle Mitarbeitenden offenlegen.",
    BU_Q3,
    "Was hat Sie dazu veranlasst “decidim” auszuwählen?",
    "Ein zentraler Baustein von decidim ist die Vernetzung von Onlinediskussionen mit analogen Treffen vor Ort. Wir können "
    "also Vorschläge und Ideen ganz einfach in eine Besprechung überführen und die Ergebnisse aus dieser wiederum "
    "transparent auf der Plattform präsentieren. Diese gesunde Mischung aus Online- und Offlineformaten ist aus unserer "
    "Sicht der Schlüssel für eine erfolgreiche Beteiligungsplattform.",
    "Benutzen Sie \"decidim\" nur für die interne Kommunikation oder auch für die öffentliche Kommunikation mit den "
    "Bürgern und Bürgerinnen?",
    "Derzeit leider nur für das interne Ideenmanagement, aber wir planen fest mit der Bereitstellung einer offenen "
    "Beteiligungsplattform für alle Bürgerinnen und Bürger auf Basis von decidim.",
    "Was sind die Hürden und was müsste verbessert werden, bevor man \"decidim\" für die öffentliche Kommunikation mit den "
    "Bürgern einsetzen könnte?",
    "Aus technischer Sicht ist das Framework großartig und auch hier ist eine starke Community wieder Gold wert. Allerdings "
    "ist die überwiegend maschinell erstellte Übersetzung ins Deutsche für einen öffentlichen Betrieb eher ungeeignet. Aber "
    "auch hier planen wir derzeit einen weiteren mutigen Schritt und erwägen eine Crowdfunding-Kampagne zur Finanzierung "
    "einer professionellen Übersetzung. Ihr dürft gespannt bleiben!",
    "Würden Sie andere Kommunen ermutigen, ebenfalls Freie Software einzusetzen?",
    "Auf jeden Fall! Der zusätzliche Zeitaufwand zu Beginn eines auf Freier Software basierenden Projekts, mag in erster "
    "Linie sicherlich abschrecken. Der langfristige Effekt wiegt die anfänglichen Investitionen jedoch wieder auf. Mit "
    "einer starken Community im Rücken wird die Weiterentwicklung des Projekts und der Support für die eigene Umsetzung "
    "gewährleistet.",
    BU_Q4,
    "Was sind Ihrer Meinung nach die drei Hauptvorteile des Einsatzes Freier Software in der öffentlichen Verwaltung?",
    "Wir sehen die Hauptvorteile Freier Software in der vollen Anpassbarkeit, der Datensouveränität sowie in der Stärkung "
    "des Gemeinnutzen durch kollaborative Weiterentwicklung. Insbesondere sichert der letzte Punkt, dass das Projekt nicht "
    "nur hinsichtlich der Vermarktbarkeit weiterentwickelt wird, sondern auch die Sicherheit sowie die Wartbarkeit der "
    "Codebasis sichergestellt wird.",
    "Letzter Tipp: Was ist ein guter Anfang für eine öffentliche Verwaltung, sich für Freie Software zu entscheiden?",
    "Fangen Sie mit etwas Neuem an und versuchen Sie nicht als ersten Schritt ein bestehendes System vollständig zu "
    "ersetzen. Sie sind auf der Suche nach einer neuen digitalen Lösung oder wollen ein neues Angebot auf den Weg bringen? "
    "Free Software first! Mit diesem kleinen Reminder im Hinterkopf bin ich mir sicher, dass auch Ihr erstes auf Freier "
    "Software basierendes Projekt ein Erfolg werden kann.",
    "Wir freuen uns auf den zukünftigen Einsatz und die Implementierung Freier Software in der öffentlichen Verwaltung von "
    "Bühl. Vielen Dank für dieses sehr interessante Interview!",
    "Fragen für die FSFE: Bonnie Mehring",
    "\"Public Money? Public Code!\" hat zum Ziel, Freie Software zum Standard für öffentlich finanzierte Software zu "
    "machen. Die Free Software Foundation Europe hat zusammen mit über 190 Organisationen der Zivilgesellschaft und mehr "
    "als 28.000 Einzelpersonen den offenen Brief unterzeichnet. Wir werden die Unterschriften nutzen, um Entscheidungsträger "
    "und politische Vertreter in ganz Europa zu kontaktieren und sie davon zu überzeugen, den öffentlichen Code zum "
    "Standard zu machen. Sie sind eingeladen, Ihre Unterschrift hinzuzufügen, um einen größeren Einfluss auf publiccode.eu "
    "zu erzielen.",
]
BU_TEXT = "\n".join(["Die Verwaltung der Stadt Bühl verwendet Freie Software"] + BU_PARAS)


def _nulls(span):
    """Every occurrence of a name in marks, null (rule 2); located by occurrence index."""
    n = BU_TEXT.count(span)
    return [(span, None, i) for i in range(n)] if n > 1 else [(span, None)]


add(id="ho419-fsfe-2020-06-buehl-interview-itrich",
    title="Die Verwaltung der Stadt Bühl verwendet Freie Software",
    url="https://fsfe.org/news/2020/news-20200630-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20200630-01.de.xhtml",
                          commit="12ab791c37a45d3eb99ee67c2beb2e933be4283e")
    + " (interview of 30 June 2020; the page's style block, the three screenshots (alt texts only) and the discussion, "
      "tag and image data dropped (rule 14); the interviewer's questions (class 'question'), the four pull quotes "
      "(blockquotes repeating sentences of the answers), the credit line 'Fragen für die FSFE: Bonnie Mehring' and the "
      "closing campaign blockquote kept as their own lines in page order; the link texts kept as running text; the "
      "leading space inside the third pull quote ('\" Auch hier') and the published irregularities 'Bürgerinnen und "
      "Bürgern', 'des Gemeinnutzen' and the mixed quotation marks kept (rule 20))",
    license=FSFE,
    paras=BU_PARAS,
    quotes=(_nulls(PALIM)
            + [('"Jitsi Meet"', None),
               ('"Digitalisierungsbeauftragter"', None),
               ("„Digitalisierungsbeauftragter“", None),
               ('"Chief Digital Officer"', None),
               ("„Jitsi Meet“", None, 0),
               ("“Palim! Palim!”", None),
               (BU_Q1, ITRICH),
               ("„Jitsi Meet“", None, 2),
               (BU_Q2, ITRICH),
               ('"4Minitz!"', None)]
            + _nulls('"decidim"')
            + [('"decidim“', None),
               (BU_Q3, ITRICH),
               ("“decidim”", None),
               (BU_Q4, ITRICH),
               ('"Public Money? Public Code!"', None)]),
    aliases={ITRICH: ["Eduard Itrich", "Herr Itrich", "Digitalisierungsbeauftragten der Stadt Bühl",
                      "Digitalisierungsbeauftragten Eduard Itrich"]})

# --- FSFE, 2 March 2020: the barriers to router freedom in Germany ---

WASSER = "Wasserversorger"
BNETZA = "Bundesnetzagentur"

add(id="ho419-fsfe-2020-03-huerden-routerfreiheit",
    title="Furcht, Ungewissheit und Zweifel - Die Hürden für Routerfreiheit in Deutschland",
    url="https://fsfe.org/news/2020/news-20200302-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20200302-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 2 March 2020 by Max Mehl and Lucas Lasota; the three images with their captions ('Einige der "
      "vielfältigen Vorteile von Routerfreiheit', 'Bild von Konrad Twardowski, lizenziert unter CC-BY-SA-2.0', "
      "'Routerfreiheit und Vodafone in Deutschland') and the discussion, tag and author data dropped (rule 14); the "
      "subheadings and the three items of the numbered guide kept as their own lines; the link texts kept as running "
      "text; the published irregularities 'Max and Lucas', 'als dass', 'alle anderen Fragen ... muss' kept (rule 20))",
    license=FSFE,
    paras=["Stellen Sie sich dieses hypothetische Szenario vor: Sie sind umgezogen. Abgesehen von all dem Stress, den das "
           "Einpacken, der Transport und das Auspacken all Ihrer Sachen in Ihrem neuen Zuhause mit sich bringt, müssen Sie "
           "sich auch mit dem Anschluss der Haustechnik befassen. Der Stromanbieter erweist sich als schwierig: Dieser "
           "meint, Sie müssten Ihren Fernseher, den Toaster, den Kühlschrank und die meisten Ihrer Lampen austauschen.",
           "Er sagt auch, dass er nicht garantieren könne, dass Sie überhaupt Strom haben würden, wenn Sie nicht einen "
           "ganzen Satz neuer Geräte von ihm kaufen würden. Sie verstehen es nicht: Ihre Sachen haben in Ihrer alten Wohnung "
           "doch einwandfrei funktioniert.",
           "Der Wasserversorger ist nicht viel besser. Der sagt Ihnen, dass Ihre alte Waschmaschine \"nicht unterstützt\" "
           "werde und dass Sie sogar Ihre Zahnbürste austauschen müssten oder Sie riskierten, das Wassernetz der ganzen "
           "Stadt aus irgendeinem unerklärlichen Grund zu verschmutzen. Wir vermuten, dass Sie dieses Szenario zweifellos "
           "nur schwer glauben können. Wir machen Ihnen keine Vorwürfe: Es klingt so lächerlich, dass man es gar nicht "
           "glauben kann.",
           "Aber schauen Sie sich jetzt diese sehr reale Situation an:",
           "Max and Lucas sind umgezogen",
           "Nicht zusammen, aber doch mehr oder weniger gleichzeitig. Wir (mein Kollege Lucas und ich, Max) zogen in neue "
           "Wohnungen in unseren jeweiligen Städten in Deutschland und beschlossen, dass wir über unsere eigenen Router eine "
           "Verbindung zum Internet herstellen möchten. Seit August 2016 ist dies dank eines neuen Gesetzes möglich, für "
           "das sich die FSFE seit 2013 eingesetzt hat. Nach dem Gesetz können Internetdienstleister (Internet Service "
           "Providers, ISPs) ihre eigene technische Ausrüstung anbieten, aber sie dürfen sie Ihnen nicht aufzwingen. Um die "
           "freie Wahl von Modems und Routern zu ermöglichen, müssen ISPs die notwendigen Informationen für die Installation "
           "und Nutzung von Kommunikationsendgeräten und -diensten bereitstellen, kostenlos und ohne dass Kundinnen und "
           "Kunden danach fragen müssen.",
           "Aber wir haben bald erkannt, dass unsere ISPs, Unitymedia und Vodafone, nicht gewillt sind, diesen Prozess zu "
           "akzeptieren. Das hier ist eine Geschichte von weichen und harten Hürden und darüber, wie man sie individuell und "
           "als Gemeinschaft überwinden kann. Es ist wichtig, die Hürden, die uns die Internetanbieter in den Weg legen, "
           "nicht zu ignorieren. Routerfreiheit bietet zu viele Vorteile als dass man sie ignorieren könnte, darunter die "
           "der Unabhängigkeit, Sicherheit, Privatsphäre und Kontrolle unserer Technologie.",
           "Weiche Hürden",
           "Im November 2019 erfuhr Lucas eine so genannte weiche Barriere, die ihm von seinem ISP Vodafone in den Weg "
           "gestellt wurde. Als er in eine neue Wohnung umzog, beantragte er einen DSL-Anschluss. Nachdem er einen ganzen "
           "Monat auf den Anschluss gewartet hatte, versuchte der Kundendienst des ISPs, Lucas davon zu überzeugen, keinen "
           "eigenen Router zu verwenden. Die Vodafone-Angestellten erklärten mehrmals, dass ein privater Router teurer, "
           "schwer zu installieren, nicht sicher und für das öffentliche Netz schädlich sei. Noch besorgniserregender war "
           "außerdem, dass sie Lucas damit drohten, im Falle, dass er auf einem privaten Router bestehe, keinen technischen "
           "Support leisten zu können. Immerhin stellte der ISP zumindest ohne Verzögerung die notwendigen "
           "Anmeldeinformationen zur Verfügung.",
           "Dieses Verhalten wird als \"weiche Hürde\" bezeichnet. Obwohl Vodafone Lucas nicht mit vertraglichen Mitteln "
           "daran hinderte, seinen privaten Router zu benutzen, oder wichtige Informationen für die Routerkonfiguration "
           "(Login-Daten) verweigerte, versuchte der Kundendienst von Vodafone, Lucas subtil davon zu überzeugen, nicht "
           "seinen eigenen Router zu benutzen - mit den üblichen wirtschaftlichen und unternehmerischen Argumenten, die ISPs "
           "ihren Kunden dazu normalerweise aufdrängen. In den meisten Fällen reicht das aus, Menschen von Routerfreiheit "
           "abzuschrecken.",
           "Harte Hürden",
           "Im Dezember desselben Jahres zog ich in eine neue Stadt und entschied mich für einen "
           "Business-Internetanschluss über Kabel, der von Unitymedia (inzwischen weitgehend von Vodafone übernommen) "
           "angeboten wurde. Nach mehreren Anrufen besuchte schließlich ein Techniker meine neue Wohnung und installierte "
           "erfolgreich das Standardmodem des ISPs. Natürlich merkte ich sofort an, dass ich meinen eigenen Router verwenden "
           "möchte. Der Techniker sagte mir, dass dies nicht erlaubt sei.",
           "In einem Gespräch mit der Service-Hotline erfuhr ich, nachdem ich einige der bereits erwähnten weichen Hürden "
           "abgewehrt hatte, dass eine der von mir bestellten Funktionen, eine statische IPv4-Adresse, bei der Verwendung "
           "eines eigenen Routers nicht verfügbar ist. Der Grund sei offenbar, dass die Adresse nur auf deren Geräte "
           "abgebildet werden könne - obwohl mein eigener Router genau dem Modell des Internetanbieters entspricht.",
           "Obwohl ich jetzt (nach einer langen Reihe von Hotline-Anrufen und Wartezeiten) meinen eigenen Router verwenden "
           "kann, kann ich ein wesentliches Merkmal, das ich bestellt hatte, immer noch nicht nutzen. Dies ist eine \"harte "
           "Hürde\", weil Kunden, die von ihrer Wahlfreiheit Gebrauch machen wollen, schlechter behandelt werden. Zumindest "
           "kann ich die Freiheit genießen, ein Gerät zu benutzen, das mir gehört und welches ich kontrollieren kann, aber "
           "ich werde dieses Fehlverhalten meines Internetanbieters der Bundesnetzagentur und der Verbraucherzentrale melden "
           "(siehe unten).",
           "Wie mit den Hürden umgehen?",
           "Alle sollten ihre eigenen Modems oder Router wählen können. Wir nennen das Routerfreiheit, und die "
           "Internetdienstleister (ISPs) dürfen sie nicht einschränken. In Europa, und speziell in Deutschland, wird diese "
           "Freiheit durch mehrere Richtlinien und Gesetze gewährleistet. Es ist ironisch, dass wir, die beiden "
           "Koordinatoren der FSFE-Kampagne für Routerfreiheit, aus erster Hand erfahren haben, wie deutsche ISPs immer noch "
           "nur widerstrebend den Menschen die Nutzung ihrer eigenen Geräte erlauben.",
           "Für den Fall, dass Sie in Europa wohnen und Ihr ISP versucht, Sie von seinem Standardrouter zu überzeugen, ist "
           "hier ein kleiner Leitfaden, wie Sie vorgehen können:",
           "Wenn man Ihnen sagt, dass Sie Ihren eigenen Router nicht benutzen dürfen, können Sie dies der nationalen "
           "Regulierungsbehörde oder der Verbraucherschutzbehörde Ihrer Region melden. Es gibt vielerorts auch staatlich "
           "unabhängige Organisationen und Plattformen, denen man Probleme melden kann, z.B. Marktwächter in Deutschland. "
           "Bitte teilen Sie Ihre Erfahrungen im Forum der FSFE mit, um uns und anderen zu helfen.",
           "Wenn Sie Ihren Router benutzen können, aber der Internetanbieter sich weigert, die Zugangsdaten für das "
           "öffentliche Netzwerk zur Verfügung zu stellen, ist dies auch ein Fall für die nationale Regulierungsbehörde oder "
           "die Verbraucherschutzbehörde. Bitte befolgen Sie die gleiche Prozedur, die oben erklärt wurde.",
           "Wenn Sie Ihren Router benutzen dürfen, aber der Internetanbieter sich weigert, technische Unterstützung zu "
           "leisten, müssen Sie wissen, dass jeder Internetanbieter vertraglich verpflichtet ist, technische Unterstützung "
           "im Zusammenhang mit Ihrem Zugang zum Internet zu leisten. Der ISP kann zwar die Unterstützung Ihres privaten "
           "Routers verweigern, aber alle anderen Fragen bezüglich der Verbindung muss von ihm bearbeitet werden; und nach "
           "unserer Erfahrung können die meisten Probleme mit Routern durch eine schnelle Suche im Internet gelöst werden.",
           "Wie viele Menschen sind von den Hürden der Routerfreiheit betroffen?",
           "Deutschland war eines der ersten europäischen Länder, das ein Gesetz zur Routerfreiheit eingeführt hat, im "
           "Anschluss an die Bemühungen der FSFE-Kampagne für Routerfreiheit. Die Zahl der Menschen, die ihre eigenen Router "
           "benutzen, ist langsam aber stetig gewachsen. Jüngsten Berichten zufolge benutzen bei Vodafone, dem "
           "zweitgrößten ISP in Deutschland, 3,5% der Kabelkunden einen eigenen Router. Bei Unitymedia, einem großen "
           "Kabel-ISP, der von Vodafone aufgekauft wurde, liegt die Zahl bei 2%.",
           "Beschwerden über Verstöße gegen Artikel 3(1) der Netzneutralitätsverordnung, die auch die Routerfreiheit "
           "schützt, nehmen schneller zu. Die deutsche Bundesnetzagentur, die für die Überwachung der "
           "Netzneutralitätsregeln im Land zuständig ist, hat dies für den Berichtszeitraum 2018-2019 als eine \"zunehmend "
           "wichtige Angelegenheit\" registriert (S. 11), schätzt ihre Eingriffsmöglichkeiten in solchen Fällen aber als "
           "begrenzt ein.",
           "Die zunehmende Tendenz motiviert uns, weiterhin die Flagge für Routerfreiheit zu hissen. Ihre Unterstützung "
           "macht einen Unterschied für das öffentliche Bewusstsein über diese einfache, aber kraftvolle Idee: Befreien Sie "
           "Ihren Router!",
           "Holen Sie sich Ihre Rechte zurück!",
           "Routerfreiheit geht uns alle etwas an. Besuchen Sie unsere Wiki-Seite, wo Sie alle notwendigen Informationen "
           "finden, um aktiv gegen die Störung der Routerfreiheit vorzugehen und das Bewusstsein in Ihrem Umfeld und bei "
           "Ihren politischen Repräsentanten zu erhöhen. Teilen Sie Ihre Erfahrungen im FSFE-Forum, damit wir gemeinsam für "
           "Routerfreiheit eintreten können!",
           "Langfristige politische und öffentliche Arbeit für die Routerfreiheit erfordert Ressourcen. Bitte erwägen Sie, "
           "die FSFE zu unterstützen und helfen Sie uns damit, diese und weitere Aktivitäten fortzusetzen."],
    quotes=[('"nicht unterstützt"', WASSER),
            ('"weiche Hürde"', None),
            ('"harte Hürde"', None),
            ('"zunehmend wichtige Angelegenheit"', BNETZA)],
    aliases={WASSER: ["Wasserversorger"],
             BNETZA: ["Bundesnetzagentur", "deutsche Bundesnetzagentur"]})

# --- FSFE, 9 June 2020: interview with Bastien Guerry of Etalab ---

ETALAB = "Etalab"
ET_MSG = "\"Sie sollten die Verwendung dieser Freien Software in Betracht ziehen\""

add(id="ho419-fsfe-2020-06-etalab-interview-guerry",
    title="Etalab zeigt, wie Freie Software für den öffentlichen Sektor verfügbar gemacht werden kann",
    url="https://fsfe.org/news/2020/news-20200609-01.de.html",
    retrieved=REPO.format(path="news/2020/news-20200609-01.de.xhtml",
                          commit="23fb8040dba838933b1e4994fdbb0b16db64c404")
    + " (interview of 9 June 2020; the page's style block, the four images with their captions (the two statistics "
      "captions 'Statistiken für code.etalab.gouv.fr / SILL vom 30.07.2019 bis 28.05.2020' and the photo credit 'Bastien "
      "Guerry CC BY-SA 3.0') and the tag and image data dropped (rule 14); the interviewer's questions, the two pull "
      "quotes (blockquotes without quotation marks), the credit line 'Die Fragen für die FSFE stellte Bonnie Mehring' and "
      "the closing campaign blockquote kept as their own lines in page order; the link texts kept as running text; the "
      "published irregularities 'gemeinsamen Lösungen zusammenzutragen', 'Zu einem', 'aber ich Sie können sich', "
      "'indem es ihr Vertrauen' and 'möglichen Steuerersparnisse' kept (rule 20))",
    license=FSFE,
    paras=["Etalab führt zwei Listen für Freie Software. Die eine befasst sich mit der für den öffentlichen Sektor "
           "empfohlenen Freien Software (genannt SILL), während die andere auf Freie Software-Repositorys verweist, die vom "
           "öffentlichen Sektor erstellt wurden. Um mehr über die beiden Listen zu erfahren, haben wir ein Interview mit "
           "Bastien Guerry von Etalab geführt.",
           "Etalab, eine Abteilung der französischen öffentlichen Verwaltung, die für digitale Angelegenheiten zuständig "
           "ist, hat zwei Listen mit Freier Software erstellt. Die eine listet die Freie Software auf, die für den "
           "öffentlichen Sektor empfohlen wird (genannt SILL), während die andere Links zu Repositorys für Freie Software "
           "enthält, die vom öffentlichen Sektor erstellt wurden. Bislang gibt es 3.739 Software-Repositorys, die Freie "
           "Software enthalten und vom öffentlichen Sektor entwickelt wurden. Diese Listen sind seit 2019 online verfügbar "
           "und durchsuchbar. Dieser Schritt steht im Einklang mit der \"Public Money? Public Code!\" Initiative der FSFE, "
           "in der wir fordern, dass Software, die von und für den öffentlichen Sektor entwickelt wurde, öffentlich "
           "zugänglich gemacht werden soll. Um mehr über die beiden von Etalab eingesetzten Listen zu erfahren, wie sie "
           "entstanden sind und welche Ideen dahinter stehen, haben wir ein Interview mit Bastien Guerry von Etalab "
           "geführt.",
           "Könnten Sie kurz erläutern, was Etalab ist und was die Ziele sind?",
           "Bastien Guerry: Etalab ist eine Abteilung der Verwaltung, die für digitale Angelegenheiten zuständig ist und den "
           "Namen Direction interministérielle du numérique (DINUM) trägt. In dieser Organisation koordiniert Etalab die "
           "Bemühungen des französischen öffentlichen Sektors, seine Daten und Verwaltungsdokumente als offene Daten zu "
           "veröffentlichen. Um dies zu erreichen, betreibt Etalab seit 2011 die Plattform data.gouv.fr.",
           "Warum haben Sie das Repository, in dem Freie Software, die von der öffentlichen Verwaltung genutzt wird, "
           "gegründet? Warum sehen Sie hierfür einen Bedarf?",
           "Bastien Guerry: Nun, es gibt kein \"Repository für freie Software, die vom öffentlichen Sektor genutzt wird\". "
           "Eine solche Liste wäre zu lang und wahrscheinlich niemals vollständig.",
           "Etalab unterhält zwei Listen: den Katalog der empfohlenen Freien Software für die Verwaltung und die Liste der "
           "Quellcode-Repositorys, die von öffentlichen Organisationen veröffentlicht werden.",
           "Die erste Liste heißt SILL (für \"Socle Interministériel des Logiciels Libres\") und findet sich unter "
           "sill.etalab.gouv.fr.",
           "Im Jahr 2006 versuchte eine Gruppe von Beamten, Informationen über den Einsatz Freier Software wie LibreOffice "
           "(damals OpenOffice) in den Zentralverwaltungen zu sammeln. Im Jahr 2012 veröffentlichte der französische "
           "Premierminister Jean-Marc Ayrault ein Papier, in dem er darlegte, warum und wie Freie Software im öffentlichen "
           "Sektor bevorzugt eingesetzt werden sollte. Nach der Veröffentlichung des Papiers hatte die Gruppe von 2006 ein "
           "neues Ziel: die Auflistung von Freier Software, die von öffentlichen Einrichtungen bevorzugt eingesetzt werden "
           "sollte. Damals bestand die große Idee vor allem darin, die Verwaltungen dazu zu bringen, gemeinsamen Lösungen "
           "zusammenzutragen.",
           "Bis 2018 wurde die SILL einmal im Jahr als PDF-Dokument veröffentlicht und zeigte den Verwaltungen, welche Freie "
           "Software sie verwenden konnten, welche Version empfohlen wurde usw. Im Jahr 2020 baute Etalab eine Website auf, "
           "auf der die SILL leicht zugänglich ist und nicht nur einmal im Jahr aktualisiert werden kann. Auch der "
           "anfängliche Zweck der SILL hat sich weiterentwickelt: Es geht nicht darum, dass die Behörden alle die gleichen "
           "Lösungen einsetzen, sondern darum, ihnen die Gewissheit zu geben, dass die Freie Software X oder Y in "
           "erheblichem Maße von einer anderen Behörde verwendet wird und somit als ausgereifte und nützliche Lösung "
           "vertrauenswürdig ist.",
           "Bedenken Sie, dass das SILL eigentlich zwei Funktionen hat: Zu einem eine klare Botschaft an den öffentlichen "
           "Sektor senden (" + ET_MSG + ") und zum anderen technisch versierte Personen zu versammeln, die ihr Wissen über "
           "detaillierte Anwendungsfälle dieser Software innerhalb ihrer eigenen zentralen Verwaltung oder Behörde "
           "weitergeben können.",
           "Etalab unterhält zwei Listen: den Katalog der empfohlenen freien Software für die Verwaltung und die Liste der "
           "Quellcode-Repositorys, die von öffentlichen Organisationen veröffentlicht werden.",
           "Was sind die Anforderungen an Software, die auf code.etalab.gouv.fr veröffentlicht werden soll?",
           "Bastien Guerry: Dies ist die zweite Liste, die Etalab veröffentlicht und pflegt: Die Website code.etalab.gouv.fr "
           "listet Quellcode-Repositorys auf, die von öffentlichen Einrichtungen erstellt wurden.",
           "Wir sammeln manuell Links zu öffentlichen Organisationen und rufen dann automatisch Quellcode-Repositorys von "
           "diesen Organisationen ab.",
           "Das Gesetz für eine digitale Republik von 2016 betrachtet den Quellcode als ein \"Verwaltungsdokument\", und als "
           "solches sind die öffentlichen Einrichtungen verpflichtet, ihn unter einer der erlaubten Lizenzen zu "
           "veröffentlichen, genau wie andere Dokumente mit offenen Daten - natürlich mit gewissen Einschränkungen.",
           "Wie viele Repositorys haben Sie bisher?",
           "Bastien Guerry: Mit Stand vom 18. Mai 2020 haben wir 422 Gruppen bzw. Organisationen und 3.739 Repositorys.",
           "Wie war die Reaktion der öffentlichen Verwaltungen, haben sie selbst Software eingereicht?",
           "Bastien Guerry: Ja. Etalab hat damit begonnen, Organisationen manuell aufzulisten, dann haben einige "
           "Organisationen spontan ihre eigenen Links eingereicht.",
           "Während die meisten von ihnen GitHub benutzen, um den Quellcode zu veröffentlichen, benutzen einige GitLab und "
           "einige andere ihre eigene GitLab-Instanz.",
           "Welche Art von Software wird am häufigsten veröffentlicht und von welchen Akteuren?",
           "Bastien Guerry: Ich habe keine detaillierten Zahlen, aber ich schätze, dass 20% der Organisationen 80% der "
           "Repositorys veröffentlichen.",
           "Ich kann nicht sagen, welche Art von Software am häufigsten veröffentlicht wird, dies erfordert eine sorgfältige "
           "Prüfung - aber ich Sie können sich auch gern selbst ein Bild davon zu machen.",
           "Könnten Sie ein Beispiel für Freie Software nennen, die von anderen Verwaltungen weitgehend wiederverwendet "
           "wurde?",
           "Bastien Guerry: Wir arbeiten daran. Im Moment adressiert code.etalab.gouv.fr zwei einfache Bedürfnisse: Es "
           "fördert die Bemühungen von öffentlichen Einrichtungen, die sich die Zeit nehmen, ihren Quellcode zu "
           "veröffentlichen, und es hilft Entwicklern von anderen öffentlichen Einrichtungen herauszufinden, ob ein Teil "
           "des Quellcodes bereits von anderen Verwaltungen geschrieben wurde.",
           "Aber momentan wissen wir noch nicht, was von wem wiederverwendet wird. Wir arbeiten daran.",
           "Haben Sie Zahlen darüber, wie oft die Website benutzt wird, um Software zu finden?",
           "Bastien Guerry: Unsere Statistiken für sill.etalab.gouv.fr und code.etalab.gouv.fr sind unter "
           "stats.data.gouv.fr öffentlich einsehbar.",
           "Würden Sie anderen Ländern empfehlen, ebenfalls eine Sammlung der von öffentlichen Verwaltungen verwendeten "
           "Freien Software zu haben? Wenn ja, warum?",
           "Bastien Guerry: Ich würde andere Länder ermutigen, eine Liste mit empfohlener Freier Software für ihre eigene "
           "Verwaltung zu erstellen: Sie hilft kleinen öffentlichen Einrichtungen, indem es ihr Vertrauen in Freie "
           "Software stärkt und sie zu den richtigen Werkzeugen führt. Zudem hilft sie den Verwaltungen auch indem sie "
           "sachkundige Personen miteinander über die Verwendung dieser Freien Software diskutieren lässt.",
           "Ich möchte andere Länder ermutigen, eine Liste empfohlener Freier Software für ihre eigene Verwaltung zu "
           "erstellen.",
           "Was sind die nächsten Schritte bei der Entwicklung des Repositorys?",
           "Bastien Guerry: Für sill.etalab.gouv.fr wollen wir mehr Mitarbeiter aus der Verwaltung gewinnen, um bei der "
           "Identifizierung von Freier Software und der Veröffentlichung von mehr Anwendungsfällen zu helfen.",
           "Für code.etalab.gouv.fr konzentrieren wir uns darauf, Freie Software zu identifizieren, die von der "
           "öffentlichen Hand veröffentlicht wurde und die andere Verwaltungen wiederverwenden wollen.",
           "Wir freuen uns auf die zukünftige Verwendung und Entwicklung von SILL und code.etalab.gouv.fr. Vielen Dank für "
           "dieses sehr interessante Interview!",
           "Die Fragen für die FSFE stellte Bonnie Mehring",
           "Die \"Public Money? Public Code!\"-Initiative zielt darauf ab, Freie Software als Standard für öffentlich "
           "finanzierte Software zu etablieren. Öffentliche Verwaltungen, die diesem Prinzip folgen, können von zahlreichen "
           "Vorteilen profitieren: Zusammenarbeit mit anderen staatlichen Stellen, Unabhängigkeit von einzelnen Anbietern, "
           "möglichen Steuerersparnisse, Innovationsförderung und einer solideren Grundlage für IT-Sicherheit. Die \"Public "
           "Money? Public Code!\"-Initiative der Free Software Foundation Europe wird von über 180 Organisationen und "
           "Verwaltungen, darunter die Stadt Barcelona unterstützt. Mehr dazu erfahren Sie hier: publiccode.eu."],
    quotes=[('"Public Money? Public Code!"', None, 0),
            ('"Repository für freie Software, die vom öffentlichen Sektor genutzt wird"', None),
            ('"Socle Interministériel des Logiciels Libres"', None),
            (ET_MSG, ETALAB),
            ('"Verwaltungsdokument"', None),
            ('"Public Money? Public Code!"', None, 1),
            ('"Public Money? Public Code!"', None, 2)],
    aliases={ETALAB: ["Etalab"]})
