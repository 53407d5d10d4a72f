# Four-hundred-and-second held-out German real-news set (tests/data/heldout402-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2130-2134). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-second held-out set": six German news items and press releases of the
# Free Software Foundation Europe on fsfe.org (2021-2025: the Caluma software of the cantons of Uri and Bern, 100 days of the
# coalition agreement, the Blauer Engel for KDE's Okular, Matthias Kirschner's letter on the pupils' letters about "Ada &
# Zangemann", the NGI funding consultation, the "Public Money? Public Code! in der Praxis" conference in Essen) (licence
# FSFE, as in the three-hundred-and-ninety-third set). The texts are read from the stored source files of the pages
# (fsfe.org/news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line breaks and <br/>
# inside a paragraph joined with single spaces (as the page renders them), link texts kept, subheadings kept as their own
# lines, images with their captions, videos, buttons, banners and the pages' tag and footer data dropped (rule 14); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

PMPC = "„Public Money? Public Code!“"

# --- FSFE, 18 March 2021: Caluma in the cantons of Uri and Bern ---

WALKER = "Paul Walker"
MOHR = "Bruno Mohr"
UR_Q1 = "„Die Freiheit dort zu entwickeln wo es notwendig ist – dafür braucht man zwingend offene Software.“"
UR_Q2 = "„Paul Walker hat uns den Speck durch den Mund gezogen und da wussten wir: Genau das wollen wir!“"
UR_Q3 = ("„Ich bin überzeugt: Open Source wird die Welt revolutionieren und je früher die Kantone merken, dass dies der beste "
         "Weg ist, desto besser für diese Kantone.“")

add(id="ho402-fsfe-2021-03-uri-bern-caluma",
    title="Von Uri über Bern: Freie Software wird die Welt revolutionieren",
    url="https://fsfe.org/news/2021/news-20210318-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2021/news-20210318-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 18 March 2021; the image of the two coats of arms with its caption 'Wappen Kanton Uri und Bern', the "
      "embedded video, the description line and the tag list dropped (rule 14); the blockquote with its name line kept as "
      "one paragraph; link texts kept as running text; double spaces of the source collapsed as the page renders them; the "
      "published irregularities 'das kleine Kanton', 'lies sich', 'Freie-Software Lizenz' kept (rule 20))",
    license=FSFE,
    paras=["Immer mehr Verwaltungen folgen dem Prinzip " + PMPC + " und setzen auf Freie Software. In der Schweiz wird seit "
           "einigen Jahren erfolgreich die Freie Software „Caluma“ eingesetzt, um die Verwaltung von Bauanträgen zu "
           "meistern.",
           "Der Kanton Uri hat gerade einmal 36.500 Einwohner und ist primär durch den Gotthardpass bekannt. Aber in den "
           "letzten Jahren ist der Kanton auch auf Grund seines Einsatzes von Freier Software (auch Open Source genannt) für "
           "die Verwaltung immer bekannter geworden. Seit Jahren setzt das kleine Kanton vermehrt auf Freie Software und "
           "konnte durch den erfolgreichen Einsatz auch weitere Kantone von einem Wechsel zu Freier Software überzeugen. So "
           "etwa auch der Kanton Bern.",
           "Gemeinsam mit Paul Walker vom Kanton Uri, Bruno Mohr vom Kanton Bern und Christian Zosel vom Hersteller der "
           "Software, haben wir über das Tool und die Bedeutung von Freier Software für eine moderne Verwaltung gesprochen.",
           "Die vier Freiheiten Freier Software, die Software für jeden Zweck ohne Einschränkungen zu verwenden und "
           "weiterzugeben, die Transparenz, den Code einzusehen und die Möglichkeit die Software den eigenen Bedürfnissen "
           "entsprechend zu jeder Zeit anzupassen und auch diese Veränderungen weitergeben zu können, ist für Verwaltungen "
           "von enormer Bedeutung.",
           UR_Q1 + " Paul Walker, Kanton Uri.",
           "Dass Transparenz für Vertrauen sorgt, haben wir erst kürzlich bei der Debatte um die Corona Tracing Apps gesehen. "
           "Bürgerinnen und Bürger können so sicher sein, dass etwa mit ihren personenbezogenen Daten korrekt umgegangen "
           "wird. Zudem können durch die Zusammenarbeit mit anderen Verwaltungen mittel- bis langfristig Kosten und damit "
           "Steuergeld gespart werden. Der Einsatz von Freier Software ermöglicht Verwaltungen somit völlig neue "
           "Möglichkeiten der Kollaboration. Das Prinzip „Einmal entwickeln, mehrfach nutzen“ ist eine Abkehr vom ständigen "
           "Lizenzkauf von Produkten, die nicht den Bedürfnissen einer modernen Verwaltung sondern dem Geschäftsmodell eines "
           "Anbieters entsprechen. Gerade für kleinere Verwaltungen ist das attraktiv. Freie Software erlaubt zudem durch die "
           "Unabhängigkeit von einzelnen Anbietern ein großes Maß an digitaler Souveränität.",
           "Und auch für die Firmen lohnt sich dieses Modell: Es lassen sich leichter Angestellte finden, sodass Vorteile auf "
           "dem Arbeitsmarkt entstehen. Auch die Produkte müssen am Puls der Zeit bleiben und sich an den Bedürfnissen der "
           "Nutzerinnen und Nutzer orientieren, um nicht von Mitbewerbern überholt zu werden. Der Innovationsdruck führt zu "
           "wettbewerbsfähigen Produkten die Kunden binden und neue akquirieren.",
           "So ist es nicht verwunderlich, dass das Kanton Uri schnell andere Kantone vom Einsatz Freier Software überzeugen "
           "konnte. Bruno Mohr vom Kanton Bern etwa lies sich schnell begeistern: " + UR_Q2 + " Und dabei war Paul Walkers "
           "Argument so bestechend wie einfach: " + UR_Q3,
           "Das Beispiel der Kantone Uri und Bern zeigt, dass das Prinzip „Public Money? Public Code“ allen zu Gute kommt: "
           "Bürgerinnen und Bürgern, der Verwaltung aber auch den Unternehmen. Wir fordern daher, dass mit öffentlichen "
           "Geldern entwickelte Software unter einer Freie-Software Lizenz veröffentlicht wird. Wenn es sich um öffentliche "
           "Gelder handelt, sollte auch der Code öffentlich sein! Ihr könnt uns dabei unterstützen, indem ihr die Kampagne "
           "unterzeichnet, unsere Broschüre verteilt und eure lokale Verwaltung davon überzeugt, auf Freie Software zu "
           "setzen."],
    quotes=[(PMPC, None),
            ("„Caluma“", None),
            (UR_Q1, WALKER),
            ("„Einmal entwickeln, mehrfach nutzen“", None),
            (UR_Q2, MOHR),
            (UR_Q3, WALKER),
            ("„Public Money? Public Code“", None)],
    aliases={WALKER: ["Paul Walker"],
             MOHR: ["Bruno Mohr"]})

# --- FSFE, 15 March 2022: 100 days of the coalition agreement ---

SANDER = "Alexander Sander"
BRANTNER = "Franziska Brantner"
FAESER = "Nancy Faeser"
KO_Q1 = ("„Obwohl die Vorteile Freier Software auf der Hand liegen und auch im Koalitionsvertrag erkannt werden, ist die neue "
         "Regierung bisher nur durch eine Zementierung des Status quo und Untätigkeit aufgefallen. Anstatt endlich eine "
         "'Freie-Software-Cloud' für Verwaltungen zur Verfügung zu stellen, soll erneut auf kostspielige proprietäre "
         "Anwendungen gesetzt werden. Das ist für uns nicht nachvollziehbar.“")
KO_Q2 = ("„Die ambitioniert gestartete Regierung ist aufgefordert, sich die eigenen Zielsetzungen vor Augen zu führen und "
         "endlich die Digitalisierung Deutschlands, basierend auf Freier Software, voranzutreiben.“")

add(id="ho402-fsfe-2022-03-100-tage-koalitionsvertrag",
    title="Deutschland: 100 Tage Koalitionsvertrag – Kaum ein Tag für Freie Software",
    url="https://fsfe.org/news/2022/news-20220315-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2022/news-20220315-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 15 March 2022; the image with its caption 'Digital Souveränität' and the tag list dropped (rule 14); the "
      "two blockquotes kept as paragraphs; the published irregularities 'auf dem Weg gemacht', 'gemacht werde', the missing "
      "comma before 'fordert' kept (rule 20))",
    license=FSFE,
    paras=["Ende der Woche wird die neue deutsche Bundesregierung 100 Tage im Amt sein. Im Koalitionsvertrag finden sich "
           "vollmundige Aussagen zum Einsatz von Freier Software (auch als Open Source bekannt), umgesetzt wurde bisher "
           "nichts. Im Gegenteil: Abhängigkeiten sollen weiter zementiert werden.",
           "Vor knapp 100 Tagen hat sich die neue Ampel-Regierung auf dem Weg gemacht um die Digitalisierung Deutschlands "
           "endlich voranzutreiben. Erfreulicherweise soll dabei der Einsatz von Freier Software eine große Rolle spielen. "
           "Die FSFE fordert schon seit langem: \"Public Money? Public Code!\" - eine Umsetzung des Prinzips erscheint "
           "endlich greifbar.",
           "Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
           "verbessern. Durch diese Freiheiten müssen ähnliche Programme nicht komplett neu programmiert werden und dank "
           "transparenter Prozesse muss das Rad nicht ständig neu erfunden werden. Bei großen Projekten können Expertise und "
           "Kosten geteilt werden und von der Allgemeinheit bezahlte Anwendungen stehen allen zur Verfügung. So wird "
           "Innovation gefördert und mittel- bis langfristig Steuergeld gespart. Abhängigkeiten von einzelnen Anbietern "
           "werden minimiert und Sicherheitslücken können leichter geschlossen werden.",
           "Alexander Sander, Policy Consultant der FSFE erklärt: " + KO_Q1,
           "So wollen SAP und Arvato Produkte von Microsoft für die deutschen Verwaltungen anbieten, die neue Regierung zeigt "
           "sich hierfür offen. Die Cloud-Strategie auf Basis „offener Schnittstellen sowie strenger Sicherheits- und "
           "Transparenzvorgaben“, von der noch im Koalitionsvertrag die Rede war, entfernt man sich somit immer weiter.",
           "Auch sonst ist bis auf eine dünne Ankündigung von Franziska Brantner, Staatssekretärin im Bundesministerium für "
           "Wirtschaft und Klimaschutz, „ab 2022 Open-Source Basistechnologien [zu] fördern“ wenig geschehen. Unklar bleibt, "
           "welches Budget hierfür zur Verfügung steht, wie diese Technologien identifiziert und gefördert werden und wie "
           "Stakeholder in den Prozess, vor allem die Zivilgesellschaft, integriert werden.",
           "Innenministerin Nancy Faeser, die das Thema Digitalisierung der Verwaltung vorantreiben soll, hält sich bisher "
           "ebenso wie das Kanzleramt bedeckt. Zwar soll „viel mehr Tempo“ gemacht werde, wie das konkret passieren soll, "
           "bleibt allerdings nebulös und Freie Software spielt hierbei bisher keine Rolle.",
           KO_Q2 + " fordert Alexander Sander."],
    quotes=[('"Public Money? Public Code!"', None),
            (KO_Q1, SANDER),
            ("„offener Schnittstellen sowie strenger Sicherheits- und Transparenzvorgaben“", None),
            ("„ab 2022 Open-Source Basistechnologien [zu] fördern“", BRANTNER),
            ("„viel mehr Tempo“", FAESER),
            (KO_Q2, SANDER)],
    aliases={SANDER: ["Alexander Sander", "Policy Consultant der FSFE"],
             BRANTNER: ["Franziska Brantner",
                        "Staatssekretärin im Bundesministerium für Wirtschaft und Klimaschutz"],
             FAESER: ["Nancy Faeser", "Innenministerin Nancy Faeser"]})

# --- FSFE, 16 March 2022: the Blauer Engel for KDE's Okular ---

ALBERS = "Erik Albers"
OK_Q1 = ('"Die FSFE gratuliert der weltweiten Gemeinschaft von Entwickler:innen, Künstler:innen, Übersetzer:innen und '
         'Gestalter:innen, die alle zusammen KDE bilden, ganz herzlich zu diesem großen Erfolg"')
OK_Q2 = ('"Die gute Nachricht, dass die Freie Software Okular als erste Software überhaupt mit dem Umweltzeichen Blauer Engel '
         'ausgezeichnet wurde, hilft dabei das Bewusstsein für die vielen Vorteile der Verwendung Freier Software in Bezug '
         'auf unsere Umwelt zu schärfen. Und es gibt uns einen weiteren guten Grund, Regierungen weltweit wie auch unsere '
         'Mitmenschen davon zu überzeugen, dass Freie Software eine notwendige Voraussetzung für eine freie, gerechte und '
         'nachhaltige digitale Gesellschaft ist.')

add(id="ho402-fsfe-2022-03-okular-blauer-engel",
    title="Okular von KDE ist das weltweit erste öko-zertifizierte Computerprogramm",
    url="https://fsfe.org/news/2022/news-20220316-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2022/news-20220316-01.de.xhtml",
                          commit="27534d67a8fe30605ecb19771f9a7cb9f5da29e9")
    + " (news of 16 March 2022; the two images with their captions (the Okular screenshot, the Upcycling Android video "
      "still), the page image and the tag list dropped (rule 14); the three subheadings kept as their own lines; the "
      "blockquote kept as a paragraph, its second quotation published without a closing mark; link texts kept as running "
      "text; the published irregularities 'Zuammenhang', 'das Bewusstsein um', the missing full stop after 'zu vermeiden', "
      "'diesen Jahres' and the space after the opening mark of '\" transparente Schnittstellen\"' kept (rule 20))",
    license=FSFE,
    paras=["KDEs Dokumentenbetrachter Okular ist als erste Software überhaupt mit dem Umweltzeichen Blauer Engel ausgezeichnet "
           "worden. Die FSFE gratuliert zu diesem Meilenstein, der weitere positive umweltrelevante Aspekte Freier Software "
           "benennt. Zusammen mit unserer Upcycling-Android-Initiative setzen wir uns für universelle Nutzerfreiheiten in der "
           "EU ein.",
           "Freie Software bietet uns zahlreiche Vorteile in Bezug auf Nutzungsfreiheiten, Transparenz, Modularität und "
           "Kontrolle - um nur einige zu nennen. Abgesehen von diesen eher technischen Aspekten beeinflusst die Kontrolle über "
           "Technologien zudem direkt unsere Gesellschaften und Demokratien. Letztendlich der Grund, warum die FSFE als "
           "gemeinnütziger Verein Menschen in einem selbstbestimmten Umgang mit Technik unterstützt.",
           "Weniger bekannt sind allerdings die Vorteile, die Freie Software uns zum Aufbau einer nachhaltigeren digitalen "
           "Gesellschaft bietet. Das, obwohl aktuelle Untersuchungen zunehmend einen problematischen Zusammenhang aufzeigen "
           "zwischen einer fortschreitenden Digitalisierung einerseits und ihren Auswirkungen auf Treibhausgasemissionen und "
           "Klimawandel andererseits. Die meisten der in diesem Zuammenhang auftretenden Treibhausgasemissionen stammen aus "
           "der Produktion von Hardware, ihren weltweiten Lieferungsketten, der Energie zum Betrieb dieser Hardware und der "
           "zugehörigen Software sowie dem Datenaustausch via Internet und Streaming.",
           "Okular als erste Software mit dem Umweltzeichen Blauer Engel ausgezeichnet",
           "In einem ersten wichtigen Schritt hat das Umweltbundesamt Vergabekriterien für ein Umweltzeichen \"Blauer Engel "
           "für Ressourcen- und energieeffiziente Softwareprodukte\" entworfen. Der Blaue Engel ist das weltweit am längsten "
           "etablierte Umweltzeichen und das jetzt neu eingeführte Zeichen für energieeffiziente Software ist das erste seiner "
           "Art. Dieses Umweltzeichen zeichnet Software aus, welche unter Verwendung derselben Hardware die gleiche Funktion "
           "erfüllt wie andere Software, dabei aber weniger Energie verbraucht. Jüngst ist KDEs Okular das erste "
           "Softwareprodukt geworden, das mit dem neuen Zeichen zertifiziert wurde und Okular ist damit das erste "
           "öko-zertifizierte Computerprogramm weltweit. Der Blaue Engel hat für KDEs Okular mehrere Vorteile für Umwelt und "
           "Gesundheit identifiziert, darunter \"ressourcenschonend\", \"energieeffizient\" und \" transparente "
           "Schnittstellen\".",
           OK_Q1 + ", sagt Erik Albers, Experte für digitale Nachhaltigkeit bei der FSFE. " + OK_Q2,
           "Nachdem KDE eine ganze Initiative namens KDE Eco gestartet hat, ist zudem davon auszugehen, dass in den kommenden "
           "Monaten fleißig daran gearbeitet wird noch mehr Freie Software als besonders energieeffizient auszuzeichnen.",
           "Freie Software entscheidend für eine verlängerte Nutzungszeit von Hardware",
           "Die Energieeffizienz Freier Software, ihre Modularität und zugehörige Aspekte lösen zugleich ein weiteres Problem "
           "unserer fortschreitenden Digitalisierung: die oft viel zu kurzen Hardware-Nutzungszeiten, welche allzu oft durch "
           "\"Software-Obsoleszenz\" verursacht werden. Sogenannte Software-Obsoleszenz tritt auf, wenn der Hersteller eines "
           "Gerätes den Support für die Software einstellt, die für den ordnungsgemäßen Betrieb des Gerätes eigentlich "
           "erforderlich ist. Eine Lösung zur Überwindung dieser Software-Obsoleszenz besteht darin, die proprietäre Software "
           "oder das Betriebssystem durch eine Freie Software zu ersetzen. Viele von uns haben von Laptops, Netbooks und "
           "Desktops mit jahrealter Hardware gehört, die für proprietäre Betriebssysteme längst als \"veraltet\" gelten – die "
           "aber unter Verwendung von GNU/Linux-Systemen weiterhin reibungslos laufen und funktionieren. Das zeigt, dass wir "
           "mit Freier Software zwei Fliegen mit einer Klappe schlagen können: Einerseits können wir unsere Hardware länger "
           "und vielleicht sogar noch besser nutzen – andererseits gewinnen wir mehr Benutzerfreiheit.",
           "Dasselbe gilt nicht nur für Laptops und Desktops, sondern auch für andere Hardware, zum Beispiel Telefone. Bei der "
           "FSFE schärfen wir deshalb das Bewusstsein um Software-Obsoleszenz mit unserer neuen Initiative Upcycling Android. "
           "Eine Initiative, um die Lebensdauer unserer Telefone mit Hilfe von Freier Software zu verlängern. Jedes mal, wenn "
           "wir unser aktuelles Telefon weiter benutzen statt ein neues zu kaufen, tragen wir dazu bei, die Produktion neuer "
           "Telefone und damit auch die Zunahme von Elektroschrott zu vermeiden",
           "Aktivitäten der FSFE zum Thema Freier Software und digitaler Nachhaltigkeit",
           "Neben unserer Öffentlichkeitsarbeit bringt sich die FSFE in die kommenden Verhandlungen rund um die Änderungen der "
           "Europäischen Ökodesign Richtlinien ein. Wir nutzen diese historische Chance, um für das universelle Recht "
           "einzutreten, jedes Betriebssystem und jede Software auf jedem Gerät installieren zu dürfen. In der Zwischenzeit "
           "helfen wir Nutzerinnen und Nutzern direkt dabei, ihre Telefone zu flashen und Freie-Software-Betriebssysteme zu "
           "installieren, indem wir in verschiedenen Städten Workshops anbieten. Nicht zuletzt sind wir auch Teil des "
           "Organisationskomitees von Bits & Bäume, Europas einflussreichster Konferenz zu digitaler Nachhaltigkeit und "
           "Freier Software, welche im Herbst diesen Jahres stattfinden wird."],
    quotes=[('"Blauer Engel für Ressourcen- und energieeffiziente Softwareprodukte"', None),
            ('"ressourcenschonend"', None),
            ('"energieeffizient"', None),
            ('" transparente Schnittstellen"', None),
            (OK_Q1, ALBERS),
            (OK_Q2, ALBERS),
            ('"Software-Obsoleszenz"', None),
            ('"veraltet"', None)],
    aliases={ALBERS: ["Erik Albers", "Experte für digitale Nachhaltigkeit bei der FSFE"]})

# --- FSFE, 7 December 2023: Matthias Kirschner on the pupils' letters about "Ada & Zangemann" ---

FOGARTY = "Kaye Fogarty"
ADA_Q1 = ('"den Zugang zum Internet auf globaler Ebene und wie die Ungleichheit des Zugangs in bestimmten Teilen der Welt die '
          'Menschen dort in Bezug auf Bildung und Zukunftschancen enorm benachteiligt"')
ADA_Q2 = ('"Ein wunderbar unterhaltsame Lektüre mit einer bestärkenden Botschaft für jüngere Generationen, die unsere Welt und '
          'die Art, wie wir darin leben, prägen wird."')

add(id="ho402-fsfe-2023-12-ada-zangemann-briefe",
    title="Was Schüler über proprietäre Software schreiben und warum es mich motiviert",
    url="https://fsfe.org/news/2023/news-20231207-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2023/news-20231207-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 7 December 2023; an empty subheading before the headline, the image of the book with its caption, the "
      "button 'Lies die Briefe selbst' and the tag list dropped (rule 14); the hard line breaks (<br/>) inside the "
      "paragraphs joined with single spaces; the signature line and the postscript with its <cite> name kept as "
      "paragraphs; link texts kept as running text; the published irregularities 'Genartionen', 'trotz harter mit unserem "
      "Team', 'als ersten Praktikanten', 'Eine dieser Erinnerungsmomente', 'Ein wunderbar unterhaltsame Lektüre', the "
      "mixed marks of '\"Ada & Zangemann – … Himbeereis”' and '“English International College”' kept (rule 20))",
    license=FSFE,
    paras=["Derzeit erfahren Schüler auf der ganzen Welt mehr über das Buch \"Ada & Zangemann - Ein Märchen über Software, "
           "Skateboards und Himbeereis\". Es ist ermutigend zu sehen, wie neue Genartionen davon inspiriert werden selbst zu "
           "programmieren und wie sie in Briefen ihre Gefühle zu Zangemanns Verhalten formulieren. Nachfolgend eine "
           "persönliche Nachricht von unserem Präsidenten Matthias Kirschner.",
           "2023 war ein belebtes Jahr bei der FSFE. Neben unserer allgemeinen Förderung für Softwarefreiheit haben wir "
           "EU-Regulatoren geholfen, Freie Software für ihre Arbeit am Cyber Resilience Act, der Product Liability, dem "
           "Interoperable Europe und dem AI Act besser zu verstehen. Wir haben im Digital Markets Act weiter das Thema der "
           "Geräteneutralität verfolgt, die Umsetzung der Routerfreiheit überwacht und sichergestellt, dass die öffentliche "
           "Verwaltung ihre Versprechen zu \"Public Money? Public Code!\" einhält. Wir unterstützten "
           "Freie-Software-Beitragende, indem wir Fragen beantworten und Werkzeuge bereitstellen, um den rechtlichen "
           "Verpflichtungen besser nachzukommen.",
           "In diesem Jahr, sowie in den zwei Jahrzehnten davor, gibt es Zeiten, in denen es trotz harter mit unserem Team "
           "Rückschläge gibt. Regulierer, die (auch 2023!) noch nicht verstehen, wie Freie Software funktioniert; "
           "Unternehmen, die immer wieder versuchen, Softwarefreiheit für ihren eigenen Nutzen zu beschränken, trotz des "
           "Schadens, den sie dadurch der Gesellschaft anrichten; oder Menschen in der Freie Software-Gemeinschaft, die "
           "gegeneinander arbeiten, anstatt sich auf unsere gemeinsamen Ziele zu konzentrieren.",
           "Das nächste Jahr arbeite ich 20 Jahre für die Free Software Foundation Europe. Am 10. Dezember 2003 habe ich mich "
           "in die Diskussions-Mailingliste der FSFE eingetragen; 2004 habe ich als ersten Praktikanten bei der FSFE "
           "angefangen; dann habe ich mich ein paar Jahre ehrenamtlich engagiert; und seit 2009 bin ich fest angestellt.",
           "Bei der FSFE habe ich das Privileg, mit vielen Ehrenamtlichen und Kollegen zu arbeiten, die sich gegenseitig "
           "motivieren, unsere Arbeit fortzusetzen, auch in Situationen, in denen andere eventuell aufgeben würden. Wir "
           "erinnern uns gegenseitig daran, warum wir diese Arbeit machen, und warum es für die Gesellschaft wichtig ist, sie "
           "trotz oft harten Widerstandes fortzusetzen.",
           "Eine dieser Erinnerungsmomente, wenn ich E-Mails und Briefe über das Buch \"Ada & Zangemann – Ein Märchen über "
           "Software, Skateboards und Himbeereis” erhalte: E-Mails von Eltern, die mir von ihrer Tochter erzählten, die nach "
           "dem Lesen des Buches zu programmieren anfangen will; süße Postkarten von Kindern, die mit mir ihre Gedanken über "
           "das Buch teilen; oder eine E-Mail mit Bildern aus einem Krankenhaus im Nahen Osten, die einige der Bücher bekamen "
           "und uns davon berichteten, wie sehr die Kinder das Lesen des Buches genossen haben (wie ein Charakter im Buch, "
           "haben viele von ihnen 3D gedruckte Arme oder Beine).",
           "Im Juni erhielten wir Briefe, von Schülern des “English International College” in Marbella (Spanien). Ihre "
           "Lehrkraft, Kaye Fogarty, las das Buch zusammen mit ihren 8- und 9-jährigen Schülern und konzentrierte sich auf "
           + ADA_Q1 + ". Die Schüler teilten dann ihre Gedanken zum Buch durch Briefe an Zangemann, den Antagonisten des "
           "Buches. Wir haben die Erlaubnis, diese Briefe mit dir zu teilen und du kannst auch besser verstehen, warum das so "
           "ein motivierender Moment für mich war.",
           "Wenn ich all diese Briefe und E-Mails lese, bin ich sicher, dass es viele junge Menschen gibt, denen "
           "Softwarefreiheit wichtig ist. Während sich viele in unserer Bewegung seit 40 Jahren hart für Softwarefreiheit "
           "einsetzen, bin ich zuversichtlich, dass es neue Generationen, klug und voller Tatendrang gibt, die die Zügel in "
           "die Hand nehmen werden und die Technologie nutzen werden, um ihre Zukunft aktiv mitzugestalten. Ich habe das "
           "starke Gefühl, dass sie unsere Bewegung für die Herausforderungen, die in den nächsten 40 Jahren auf die "
           "Menschheit zukommen, weiterführen und stärken werden.",
           "Vielen Dank für deine Unterstützung!",
           "Matthias Kirschner, President FSFE",
           "PS: Hier die Rückmeldung, die ich von der Schule erhielt: " + ADA_Q2 + " Kaye Fogarty, The English "
           "International College, Marbella"],
    quotes=[('"Ada & Zangemann - Ein Märchen über Software, Skateboards und Himbeereis"', None),
            ('"Public Money? Public Code!"', None),
            ('"Ada & Zangemann – Ein Märchen über Software, Skateboards und Himbeereis”', None),
            ("“English International College”", None),
            (ADA_Q1, FOGARTY),
            (ADA_Q2, FOGARTY)],
    aliases={FOGARTY: ["Kaye Fogarty", "Lehrkraft"]})

# --- FSFE, 11 September 2024: the NGI funding consultation ---

NGI_Q1 = ('"Die digitale Strategie der EU kann nur dann ihr volles Potential erreichen, wenn sie sich systematisch auf Freie '
          'Software konzentriert"')
NGI_Q2 = ('"Wir fordern, dass die öffentlichen Gelder effizient eingesetzt werden. Software-Freiheit muss konsequent mit '
          'nachhaltigen und langfristigen Mitteln unterstützt werden. Denn wenn es öffentliches Geld ist, muss es auch '
          'öffentlicher Code sein!"')

add(id="ho402-fsfe-2024-09-ngi-finanzierung-konsultation",
    title="Die FSFE fordert von der EU-Kommission eine nachhaltige Finanzierung Freier Software",
    url="https://fsfe.org/news/2024/news-20240911-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2024/news-20240911-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (press release of 11 September 2024; the image of the Commission building and the tag list dropped (rule 14); the "
      "blockquote kept as a paragraph, including the full stop after its closing mark; link texts kept as running text)",
    license=FSFE,
    paras=["Nach der aktuellen Kürzung der NGI-Finanzierung um 27 Millionen Euro reagiert die Free Software Foundation Europe "
           "(FSFE) auf die wachsende Besorgnis und nimmt an einer öffentlichen Konsultation der Europäischen Kommission teil. "
           "Die FSFE betont die dringende Notwendigkeit einer nachhaltigen und langfristigen finanziellen Unterstützung für "
           "Freie Software, um die technologische Unabhängigkeit Europas zu gewährleisten.",
           "Die jüngste Kürzung der Mittel für die Initiative \"Next Generation Internet\" um 27 Mio. € hat die Fragilität "
           "der finanziellen Unterstützung für die Softwarefreiheit insgesamt aufgezeigt und ein kritisches Problem deutlich "
           "gemacht: Europa braucht eine nachhaltige, sichere und zweckgebundene Finanzierung, um seine Kontrolle über die "
           "Technologie durch Freie Software zu gewährleisten. Ein Großteil der digitalen Infrastruktur Europas ist auf diese "
           "Projekte angewiesen, um technologisch unabhängig und widerstandsfähig zu werden. Die Kürzung oder Streichung von "
           "Mitteln gefährdet die technologische Autonomie Europas.",
           "Als Reaktion auf die unklare Haltung der Europäischen Kommission zur zukünftigen Finanzierung hat die FSFE an der "
           "öffentlichen Konsultation teilgenommen und sich dafür eingesetzt, dass Freie Software-Lösungen die notwendige "
           "langfristige Finanzierung erhalten. Dies ist der einzige Weg, um die Digitalisierung Europas erfolgreich "
           "voranzutreiben.",
           NGI_Q1 + ", betont Alexander Sander, leitender Politikberater der FSFE. " + NGI_Q2 + "."],
    quotes=[('"Next Generation Internet"', None),
            (NGI_Q1, SANDER),
            (NGI_Q2, SANDER)],
    aliases={SANDER: ["Alexander Sander", "leitender Politikberater der FSFE"]})

# --- FSFE, 9 April 2025: the conference "Public Money? Public Code! in der Praxis" in Essen ---

NAEHLE = "Christian Nähle"
HORSTMANN = "Jutta Horstmann"
NAEDER = "Johannes Näder"
FT_Q1 = ("„Gerade Kommunen haben jetzt die Chance, die Unabhängigkeit und Kontrollierbarkeit ihrer digitalen Infrastruktur "
         "durch Freie Software kosteneffizient voranzutreiben. Dortmund hat in den letzten Jahren hinsichtlich ‚Public Money? "
         "Public Code!‘ Erfahrungen gesammelt, auf die andere Städte und Gemeinden jetzt zurückgreifen können, um einen "
         "ähnlich erfolgreichen Weg einzuschlagen. Deswegen gilt es jetzt aktiv zu werden, sich zu vernetzen, Abhängigkeiten "
         "abzubauen und digitale Souveränität herzustellen.“")
FT_Q2 = ("„Wir können uns kritische Abhängigkeiten unserer öffentlichen IT-Infrastruktur von den USA nicht länger leisten. "
         "Die öffentliche Verwaltung muss zwischen Alternativen wählen können, sie muss mitgestalten und auf Anbieter Einfluss "
         "nehmen können. Am besten geht das mit Open-Source-Software. Wir fordern daher einen verpflichtenden, schrittweise "
         "steigenden Mindestanteil von Open-Source-Software bei der Software-Beschaffung der öffentlichen Hand.“")
FT_Q3 = ("„Wir fordern eine nachhaltige und sichere Finanzierungen Freier Software, um digitale Souveränität zu ermöglichen, "
         "Abhängigkeiten der Verwaltungen Europas aufzulösen und Interoperabilität herzustellen. Dies kommt allen zugute: Der "
         "europäischen Wirtschaft, Wissenschaft, Zivilgesellschaft und einer digital unabhängigen und souveränen Verwaltung. "
         "Dies muss bei der Reform des Vergaberechts ein Leitmotiv werden. In Europa und im Bund müssen Mittel für Freie "
         "Software nachhaltig zur Verfügung gestellt und abgesichert werden.“")
FACHTAG = "„Public Money? Public Code! in der Praxis“"

add(id="ho402-fsfe-2025-04-fachtag-pmpc-essen",
    title="Fachtag „Public Money? Public Code! in der Praxis”: Digitale Souveränität braucht Freie Software!",
    url="https://fsfe.org/news/2025/news-20250409-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2025/news-20250409-01.de.xhtml",
                          commit="0206a592618081a3346c29f4cdd32ca6eb95750e")
    + " (news of 9 April 2025; headline as the page's <h1> (the shorter <title> 'Fachtag „Public Money? Public Code! in "
      "der Praxis”' not used); the two photos with their captions, the supporter banner, the page image and the tag list "
      "dropped (rule 14); the three blockquotes kept as paragraphs, each followed by its dash name line as its own line; "
      "the two subheadings kept as their own lines; link texts kept as running text; the published irregularities 'eine "
      "nachhaltige und sichere Finanzierungen', 'Vorsitzende der Geschäftsführung Zentrum …' and the marks '„…”' of the "
      "headline kept (rule 20))",
    license=FSFE,
    paras=["Fachtag der FSFE zu " + PMPC + " verdeutlicht: Beschaffung von und Investitionen in Freie Software sind "
           "elementar für Innovation und digitale Souveränität. Nur durch Freie Software (auch bekannt als Open Source) "
           "können Abhängigkeiten der öffentlichen Verwaltung abgebaut werden.",
           "Am Dienstag, 08.04.2025, fand in Essen der Fachtag " + FACHTAG + " der Free Software Foundation Europe (FSFE) "
           "statt. Experten aus Verwaltung und Zivilgesellschaft diskutierten über aktuelle Herausforderungen und Lösungen auf "
           "dem Weg zu digitaler Souveränität. Bei der Veranstaltung bestand Einigkeit, dass öffentliche "
           "Software-Beschaffung dem Prinzip " + PMPC + " folgen muss: Mit öffentlichen Geldern finanzierter Code soll für "
           "alle unter einer Freien-Software-Lizenz zur Verfügung stehen.",
           "Zudem braucht es nachhaltige und sichere Investitionen in Freie Software sowie eine intensivere Zusammenarbeit der "
           "öffentlichen Verwaltung mit Softwareprojekten aus dem Freie-Software-Ökosystem und mit der Zivilgesellschaft. Nur "
           "dies ermöglicht Innovation und digitale Souveränität. Hierfür muss auf lokaler und kommunaler Ebene, aber auch im "
           "Bund und der EU gehandelt werden.",
           "Christian Nähle, zivilgesellschaftlicher Akteur und Geschäftsführer der Initiative Do-FOSS, stellte in seinem "
           "Beitrag die erfolgreiche Arbeit der letzten Jahre in Dortmund vor, wo es gelang, das Prinzip „Public Money? "
           "Public Code“ erfolgreich in der Stadtpolitik zu verankern:",
           FT_Q1,
           "– Christian Nähle, Geschäftsführer, Do-FOSS",
           "In Hinblick auf bestehende Abhängigkeiten deutscher Verwaltungen und die aktuellen Auseinandersetzungen um die USA "
           "erklärte Jutta Horstmann, Vorsitzende der Geschäftsführung Zentrum für Digitale Souveränität der Öffentlichen "
           "Verwaltung (ZenDiS) GmbH, im Rahmen der Veranstaltung:",
           FT_Q2,
           "– Jutta Horstmann, Vorsitzende der Geschäftsführung, ZenDiS",
           "Die künftige Bundesregierung muss " + PMPC + " verankern und Freie Software langfristig finanzieren",
           "Auch wurden Forderungen an die künftige Bundesregierung formuliert: Sie muss " + PMPC + " zum Standard machen, "
           "bestehende Initiativen wie etwa das ZenDiS stärken und Mittel für Freie Software zur Herstellung digitaler "
           "Souveränität und dem Abbau der Abhängigkeit von proprietären Softwareanbietern zur Verfügung stellen.",
           "Gleichermaßen richtete sich der Blick auf die EU, wo eine Vergaberechtsreform ansteht und über den neuen "
           "mehrjährigen Finanzrahmen debattiert wird. Erst im Sommer letzten Jahres wurden Gelder für "
           "Freie-Software-Projekte gestrichen – ein klarer Schritt in die falsche Richtung.",
           FT_Q3,
           "– Johannes Näder, Senior Policy Project Manager, FSFE",
           "Weitere Informationen zum Fachtag " + FACHTAG + " sind hier zu finden.",
           "Die FSFE hat bereits im vergangenen Dezember im Rahmen der Anhörung „Open Source“ im Digitalausschuss des "
           "Deutschen Bundestags in einer Stellungnahme ausführlich erläutert, wie die öffentliche Verwaltung durch Freie "
           "Software digital unabhängig werden kann. An die künftige Bundesregierung hat die FSFE vier Kernforderungen "
           "formuliert: " + PMPC + ", eine sichere, langfristige Finanzierung für Freie Software, Kompetenzaufbau und "
           "Statistiken zum Fortschrittsmonitoring.",
           "Freie Software und " + PMPC,
           "Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
           "verbessern. Durch diese Freiheiten müssen ähnliche Programme nicht komplett neu programmiert werden und dank "
           "transparenter Prozesse muss das Rad nicht ständig neu erfunden werden.",
           "Bei großen Projekten können Expertise und Kosten geteilt werden und Anwendungen stehen allen zur Verfügung. So "
           "wird Innovation gefördert und mittel- bis langfristig Steuergeld gespart. Abhängigkeiten von einzelnen "
           "Anbieterinnen werden minimiert und Sicherheitslücken können leichter geschlossen werden.",
           "Die Free Software Foundation Europe fordert daher mit über 200 Organisationen und Verwaltungen " + PMPC + " – Wenn "
           "es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein! Weitere Informationen zur Initiative "
           "sind auf der " + PMPC + "-Webseite zu finden."],
    quotes=[("„Public Money? Public Code! in der Praxis”", None),
            (PMPC, None, 0),
            (FACHTAG, None, 0),
            (PMPC, None, 1),
            ("„Public Money? Public Code“", None),
            (FT_Q1, NAEHLE),
            (FT_Q2, HORSTMANN),
            (PMPC, None, 2),
            (PMPC, None, 3),
            (FT_Q3, NAEDER),
            (FACHTAG, None, 1),
            ("„Open Source“", None),
            (PMPC, None, 4),
            (PMPC, None, 5),
            (PMPC, None, 6),
            (PMPC, None, 7)],
    aliases={NAEHLE: ["Christian Nähle", "Geschäftsführer der Initiative Do-FOSS"],
             HORSTMANN: ["Jutta Horstmann", "Vorsitzende der Geschäftsführung"],
             NAEDER: ["Johannes Näder", "Senior Policy Project Manager"]})
