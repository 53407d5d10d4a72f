# Four-hundred-and-seventh held-out German real-news set (tests/data/heldout407-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2145-2149). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file name, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventh held-out set": six German news items and press releases of
# the Free Software Foundation Europe on fsfe.org from 2011 (the FSFE's tenth birthday, the Document Freedom Day awards to
# tagesschau.de and to the city of Munich, the Federal Government's answer on the Foreign Office's return to Windows, the
# AVM v. Cybits GPL case and its court hearing) (licence FSFE, as in heldout393). The texts are read from the stored source
# files of the pages (fsfe.org/news/2011/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line
# breaks and runs of spaces inside a paragraph joined into single spaces (as the page renders them), link texts kept,
# link lists and the pages' tag data dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
GERLOFF = "Karsten Gerloff"
WELTE = "Harald Welte"
JAEGER = "Till Jaeger"

# --- FSFE, 10 March 2011: ten years of the FSFE ---

ZJ_Q1 = ("„Wenn wir auf ein Jahrzehnt harte Arbeit zurückblicken, möchten wir uns bei allen bedanken, die mitgeholfen "
         "haben, die FSFE zu dem zu machen, was sie heute ist. Wir haben es weit gebracht und sind ungemein stolz darauf, "
         "was wir gemeinsam erreicht haben,“")
ZJ_Q2 = ("„Dennoch gibt es noch viel zu tun. Wenn Sie Freie Software lieben, laden wir Sie herzlich ein, die FSFE zu "
         "unterstützen, uns mit ihrer Zeit und ihren Fähigkeiten zu helfen oder dem Fellowship beizutreten!“")
ZJ_N1 = "„eine Organisation, die sich Aktivititäten rund um Freie Software in Europa widmet“"
ZJ_N2 = "„die offizielle Schwesterorganisation der Free Software Foundation in den Vereinigten Staaten“"

add(id="ho407-fsfe-2011-03-zehn-jahre-fsfe",
    title="Ein Jahrzehnt Freiheit: FSFE wird 10",
    url="https://fsfe.org/news/2011/news-20110310-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110310-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 10 March 2011; every paragraph of the body kept; the tag list and the empty translator element dropped "
      "(rule 14); the link texts '2001', 'offizielle Schwesterorganisation', 'arbeitet', 'unterstützen', 'helfen', "
      "'Fellowship', 'identi.ca', 'RSS Nachrichtenfeed', 'Newsletter' and 'Auszug aus der Geschichte der FSFE' kept as "
      "running text; the published irregularities 'Aktivititäten', 'sagt der Karsten Gerloff' and the comma inside the "
      "closing mark kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe wird diesen März zehn Jahre alt. Die FSFE wurde 2001 gegründet – als "
           + ZJ_N1 + " und als " + ZJ_N2 + " in Europa.",
           "Heute arbeitet die FSFE in ganz Europa und rund um die Welt. Die Organisation ist zu einem zentralen Punkt für "
           "die europäische Freie-Software-Community und einer wichtigen Stimme für Freie Software in der Politik "
           "herangewachsen.",
           ZJ_Q1 + " sagt der Karsten Gerloff, Präsident der FSFE.",
           ZJ_Q2,
           "Den ganzen März über werden wir unser Augenmerk auf wichtige Ereignisse in der Geschichte der FSFE richten. "
           "Folgen Sie uns bei identi.ca, schnappen Sie sich unseren RSS Nachrichtenfeed und tragen Sie sich in unseren "
           "monatlichen Newsletter ein, um informiert zu bleiben.",
           "Bitte lesen Sie auch unseren Auszug aus der Geschichte der FSFE."],
    quotes=[(ZJ_N1, None),
            (ZJ_N2, None),
            (ZJ_Q1, GERLOFF),
            (ZJ_Q2, GERLOFF)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der FSFE"]})

# --- FSFE, 30 March 2011: Document Freedom Day award for tagesschau.de ---

UHLMANN = "Stephan Uhlmann"
TS_Q1 = ('"In einer Zeit, in der unfreie Videoformate noch dominieren, ist tagesschau.de ein Vorbild für andere '
         'Rundfunkanstalten, wie Nutzer ungehindert Zugang zu ihren Medien bekommen"')
TS_Q2 = ('"Aus Bequemlichkeit kann man einfach das gerade dominierende Format unterstützen, statt auf Offene Standards zu '
         'setzen. Diese Dominanz kommt jedoch mit Patenten daher, deren exklusive Kontrolle alternative Software-Lösungen '
         'und spätere Innovationen blockieren. Mit Offenen Standards dagegen können Anwender ihre Software frei wählen. Ganz '
         'gleich ob Apple, Microsoft oder GNU/Linux: die Videos von tagesschau.de werden immer abspielbar sein."')
TS_Q3 = ('"Wir hoffen, dass zeitbald alle weiteren Multimediainhalte -- insbesondere die Mediathek und Live-Streams -- auch '
         'in einem Freien Format verfügbar seien werden. Außerdem würden wir uns über Ogg-Theora- oder WebM-Videos in den '
         'besseren Qualitätsstufen freuen"')

add(id="ho407-fsfe-2011-03-tagesschau-offene-standards",
    title="Tagesschau.de für den Einsatz Offener Standards ausgezeichnet",
    url="https://fsfe.org/news/2011/news-20110330-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110330-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 30 March 2011; every paragraph of the body kept; the tag list and the empty translator element dropped "
      "(rule 14); the link texts 'Document Freedom Day', 'Ogg Theora', 'FSFE', 'FFII', 'Matthias Kirschner', "
      "'tagesschau24', 'WebM-Videos' and 'einer eigenen Seite' kept as running text; the double space after 'seien "
      "werden.' joined to one; the published irregularities 'zeitbald', 'seien werden' and the double hyphens kept "
      "(rule 20))",
    license=FSFE,
    paras=['Tagesschau.de, die Internetplattform der ARD, wird heute anlässlich des "Document Freedom Day" für den Einsatz '
           "Offener Standards ausgezeichnet. Die Auszeichnung verleihen die Free Software Foundation Europe (FSFE) und der "
           "Förderverein für eine Freie Informationelle Infrastruktur e.V. (FFII) dafür, dass die angebotenen Sendungen "
           'zusätzlich im offenen Videoformat "Ogg Theora" verfügbar sind.',
           'In Berlin überreichen FSFE und FFII eine Urkunde sowie eine Torte mit der Aufschrift "rOgg On!" an Sven '
           "Bruns, Leiter der Technik von tagesschau.de. In Hamburg nimmt die stellvertretende Redaktionsleiterin von "
           "tagesschau.de Sabine Klein die DFD-Torte für die Redaktion entgegen.",
           TS_Q1 + ", sagt Matthias Kirschner, Deutschland-Koordinator der FSFE.",
           "Ogg Theora ist ein offenes Videoformat, das, im Gegensatz zu patentierten Videoformaten, jeder "
           "Software-Hersteller einfach und ohne Lizenzpflicht unterstützen darf. So ist es auch für die Software-Nutzer "
           "möglich, ohne die Abhängigkeit von einem Hersteller auf den unterschiedlichsten Geräten Ogg Theora "
           "abzuspielen.",
           "Stephan Uhlmann vom FFII Vorstand: " + TS_Q2,
           "Ogg Theora wird von allen Abspielprogrammen in gängigen GNU/Linux-Distributionen unterstützt. Durch den "
           "VLC-Player können Ogg-Dateien auch unter Microsoft Windows und Apples Mac OS X abgespielt werden. Des Weiteren "
           "unterstützen viele moderne Webbrowser das Format direkt.",
           "Auf tagesschau.de gibt es alle regulären Video-Beiträge als Ogg Theora. Auf tagesschau24 wird das Video mit "
           "dem neuen Web-Standard HTML5 direkt eingebunden. An anderen Stellen muss noch manuell auf \"Download der "
           'Videodatei" und dann Format "Mittel (Ogg)" geklickt werden.',
           TS_Q3 + ", meint Matthias Kirschner.",
           "Pressebilder der Preisübergabe werden am 30. März ab 14 Uhr auf einer eigenen Seite verfügbar sein."],
    quotes=[('"Document Freedom Day"', None),
            ('"Ogg Theora"', None),
            ('"rOgg On!"', None),
            (TS_Q1, KIRSCHNER),
            (TS_Q2, UHLMANN),
            ('"Download der Videodatei"', None),
            ('"Mittel (Ogg)"', None),
            (TS_Q3, KIRSCHNER)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Deutschland-Koordinator der FSFE"],
             UHLMANN: ["Stephan Uhlmann"]})

# --- FSFE, 30 March 2011: European Document Freedom Day award for Munich ---

STROBL = "Strobl"
MU_Q1 = ("„Die Landeshauptstadt München zeigt vorbildlich, was eine große deutsche Stadtverwaltung mit Freier Software "
         "erreichen kann. Mit dem LiMux Projekt nimmt München bei der Nutzung Offener Standards eine Vorreiterrolle in "
         "Deutschland und in Europa ein. Wir wünschen uns, dass diese moderne und offene Einstellung viele Nachahmer "
         "findet“")
MU_Q2 = ("„München ist eine bürgernahe, flexible und offene Stadt. Dies spiegelt sich auch im Einsatz von Offenen "
         "Standards und Freier Software wieder. Mit dem Einsatz von OpenSource Software stärken wir aber auch den "
         "Wirtschaftsraum München, indem wir den vielen Münchnern IT-Dienstleistern die Möglichkeit geben, an der "
         "Entwicklung mitzuarbeiten“")

add(id="ho407-fsfe-2011-03-muenchen-document-freedom-preis",
    title="München mit Europäischem Document Freedom Preis ausgezeichnet",
    url="https://fsfe.org/news/2011/news-20110330-02.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110330-02.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 30 March 2011; every paragraph of the body kept; the tag list dropped (rule 14); the link texts "
      "'Document Freedom Day', '‚WollMux’' and 'einer eigenen Seite' kept as running text; the published irregularities "
      "'wieder' (for 'wider'), 'Münchnern IT-Dienstleistern' and the missing comma before 'erläutert' kept (rule 20))",
    license=FSFE,
    paras=["Im Rahmen des heutigen Document Freedom Day verleiht die Free Software Foundation Europe (FSFE) der "
           "Landeshauptstadt München den Europäischen Document Freedom Day Preis. Die Zeremonie findet um 13:00 im "
           "Münchner Neuen Rathaus statt.",
           MU_Q1 + ", erläuterte Karsten Gerloff, Präsident der FSFE, den Grund für die Auszeichnung.",
           "„LiMux“ ist derzeit Deutschlands größtes GNU/Linux-Projekt. Mit ihm stellt die Landeshauptstadt München bis "
           "2013 rund 80 Prozent ihrer 15.000 PC-Arbeitsplätze auf das freie Betriebssystem GNU/Linux um. Alle "
           "PC-Arbeitsplätze arbeiten bereits seit 2009 mit einer freien Bürokommunikation (OpenOffice.org, Thunderbird, "
           "Firefox) und knapp 6.000 Rechner sind auf den Münchner LiMux Client umgestellt. Die Landeshauptstadt hat zudem "
           "das einheitliche Dokumentenvorlagensystem ‚WollMux’ entwickelt, das als Freie Software unter der European "
           "Union Public License (EUPL) veröffentlicht ist und anderen Nutzern als Offener Standard kostenlos zur "
           "Verfügung steht.",
           MU_Q2 + " erläutert Bürgermeisterin Strobl Münchens Motivation für LiMux.",
           "Pressebilder der Preisübergabe sind auf einer eigenen Seite verfügbar."],
    quotes=[(MU_Q1, GERLOFF),
            ("„LiMux“", None),
            ("‚WollMux’", None),
            (MU_Q2, STROBL)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der FSFE"],
             STROBL: ["Strobl", "Bürgermeisterin Strobl"]})

# --- FSFE, 11 May 2011: the Federal Government's answer on the Foreign Office ---

GEESE = "Elmar Geese"
BUREG = "Bundesregierung"
BR_Q1 = ('"Viele der Antworten zeigen, dass die Bundesregierung entweder wichtige Aspekte Freier Software nicht '
         'verstanden hat, oder dass die Regierung hier bewußt Freie Software im Allgemeinen und Freie Software-Unternehmen '
         'attackiert."')
BR_Q2 = ('"Die Behauptungen, dass Freie Software schlechter benutzbar sei, höhere Hardware-Kosten verursache und es an '
         'Gewährleistung mangele, gehören wohl eher ins Reich der Fantasie als in eine Antwort der Bundesregierung"')
BR_Q3 = ('"Wir fragen uns natürlich, was mit diesem Projekt passiert ist, und wofür die Regierung das Geld eigentlich '
         'ausgegeben hat"')
BR_N1 = '"Abkehr von der bisherigen ausschließlich auf quelloffener Software basierenden IT-Strategie"'

add(id="ho407-fsfe-2011-05-bundesregierung-unwissenheit-angriff",
    title="Bundesregierung: Unwissenheit oder Angriff auf Freie Software?",
    url="https://fsfe.org/news/2011/news-20110511-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110511-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 11 May 2011; every paragraph of the body kept; the link list after the text ('Die Antwort der "
      "Bundesregierung auf die Kleine Anfrage', 'Erste Kommentare', 'Öffentliche Plattform zur Kommentierung der "
      "Fragen') and the tag list dropped (rule 14); the double space in 'Regierung  hier' joined to one; the published "
      "irregularities 'bewußt', 'migieren' and the full stop before the closing mark followed by a comma kept (rule 20))",
    license=FSFE,
    paras=["Im Fall der Abkehr des Auswärtigen Amtes von Freier Software verwickelt sich die Bundesregierung in "
           "Widersprüche. Die Reaktion der Regierung auf eine Kleine Anfrage der Grünen wirft mehr Fragen auf, als sie "
           "beantwortet.",
           BR_Q1 + ", sagt Matthias Kirschner, Deutschlandkoordinator der Free Software Foundation Europe (FSFE).",
           "So bestreitet die Regierung, dass die Entwicklungen im Auswärtigen Amt eine " + BR_N1 + " darstellen. "
           "Gleichzeitig bestätigt sie jedoch, dass die Behörde auf Microsoft Windows 7 und Office 2010 migieren wird.",
           BR_Q2 + ", so Elmar Geese, Vorsitzender des Linux-Verbands.",
           "Daneben wirft die Antwort der Regierung neue Fragen auf. So erwähnt die Regierung, dass 4,3 Millionen Euro "
           'für eine "quelloffene Bundesdistribution" ausgegeben aber offenbar nie fertig gestellt wurde. ' + BR_Q3
           + ", sagt Matthias Kirschner.",
           "Die FSFE und der Linux-Verband werden zusammen mit Interessierten an einer Analyse der Antwort arbeiten."],
    quotes=[(BR_Q1, KIRSCHNER),
            (BR_N1, None),
            (BR_Q2, GEESE),
            ('"quelloffene Bundesdistribution"', BUREG),
            (BR_Q3, KIRSCHNER)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der Free Software Foundation Europe"],
             GEESE: ["Elmar Geese", "Vorsitzender des Linux-Verbands"],
             BUREG: ["Bundesregierung", "Regierung"]})

# --- FSFE, 20 June 2011: AVM violates the licence of the Linux kernel ---

AV_Q1 = ("„Ich habe mich entschieden, meinen Beitrag zum Linuxkernel unter die GNU GPL zu stellen und andere von meiner "
         "Arbeit profitieren zu lassen. Es freut mich, wenn Firmen viel Geld mit Software verdienen, die von mir und "
         "tausenden anderen geschrieben wurde. Im Gegenzug erwarte ich aber von ihnen, dass sie, wenn sie meine Software "
         "weiterverteilen, anderen die selben Rechte geben, die ich ihnen eingeräumt habe“")
AV_Q2 = ("„Dieser Fall hat weitreichende Konsequenzen für die Zukunft Freier Software und der GNU GPL. Die GNU GPL ist eine "
         "rechtliche Lizenz, die von den ursprünglichen Autoren der Software festgelegt wurde. Diese Bestimmungen sind "
         "nicht optional“")
AV_Q3 = ("„AVM greift direkt die Grundlagen Freier Software an: Sie wollen anderen die Freiheit entziehen. Wir müssen "
         "handeln, wenn eine Firma andere dafür verklagt, dass sie ihr Recht wahrnehmen, die Software zu verändern. Das "
         "Verhalten von AVM kann nicht toleriert werden. Wenn sie vor Gericht erfolgreich wären, wäre das katastrophal für "
         "den globalen Markt für Embedded-Geräte wie Telefone, Netzwerkhardware und andere linuxbasierte Produkte“")
AV_Q4 = ("„Ironischerweise verletzt AVM selbst die Lizenzbestimmungen, indem sie andere daran hindern, die von der GNU GPL "
         "gewährten Rechte wahrzunehmen. Sie haben daher kein Recht mehr, die Software zu verbreiten“")

add(id="ho407-fsfe-2011-06-avm-verletzt-lizenz-linuxkernel",
    title="AVM verletzt die Lizenz des Linuxkernels",
    url="https://fsfe.org/news/2011/news-20110620-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110620-01.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 20 June 2011; the subheading 'Linuxkernel im Mittelpunkt eines Kampfs um die Kontrolle über "
      "Embedded-Geräte' kept as the second line and every paragraph of the body kept; the link list after the text "
      "('Link zu Hintergrundinformationen', 'Entscheidung der zweiten Instanz im Verfügungsverfahren (pdf)', 'Intervention "
      "durch Harald Welte (pdf)', 'FSFE's legal page', the documentation note, 'Häufig gestellte Fragen zu den "
      "GNU-Lizenzen', 'GNU GPL Version 2 und inoffizielle Übersetzungen') and the tag list dropped (rule 14); the link text "
      "'die Tipps der FSFE zur Lizenzeinhaltung' kept as running text; double spaces after full stops joined to one)",
    license=FSFE,
    paras=["Linuxkernel im Mittelpunkt eines Kampfs um die Kontrolle über Embedded-Geräte",
           "Berlin, 20. Juni: Morgen, am 21. Juni, findet am Landgericht Berlin die Anhörung zu einem Rechtsstreit statt, "
           "der weitreichende Konsequenzen über die Zukunft der Entwicklung und des Vertriebs von Software haben könnte. "
           "In diesem Verfahren stehen sich gegenüber, der Vertreiber von DSL-Routern AVM Computersysteme Vertriebs GmbH "
           "(AVM) und die Cybits AG (Cybits), ein Hersteller von Filterungssoftware für Kinder. Beide Firmen benutzen den "
           "Linuxkernel, der unter der GNU General Public License Version 2 (GNU GPL) steht, die jedermann das Recht gibt, "
           "die Software zu verwenden, zu verstehen, zu verteilen und zu verbessern.",
           "Der Fall wurde von AVM mit dem Ziel vor Gericht gebracht, Cybits davon abzuhalten jegliche Teile der Firmware "
           "zu ändern, die in den Routern von AVM Verwendung finden, einschließlich des Linuxkernels. Die Free Software "
           "Foundation Europe (FSFE) und gpl-violations.org sehen AVMs Vorgehen als breiten Angriff auf die Prinzipien "
           "Freier Software und damit auf tausende von Menschen und Unternehmen, die Freie Software entwickeln, verbessern "
           "und verbreiten.",
           AV_Q1 + ", sagt Harald Welte, Gründer von gpl-violations.org, der das Urheberrecht an mehreren Teilen des "
           "Linuxkernels hält.",
           "Das aber ist genau das, was AVM versuchte zu vermeiden, als sie 2010 zwei Klagen gegen Cybits einbrachten. AVM "
           "behauptete, dass wenn ihre Kunden die Filtersoftware von Cybits auf ihren Routern installieren, die Firmware "
           "der Router verändert und damit das Urheberrecht von AVM verletzt wird. Aus der Sicht von AVM ist nicht einmal "
           "die Veränderung der Komponenten der Firmware, die dem Linuxkernel entstammen, erlaubt. Das Berliner "
           "Berufungsgericht wies dieses Argument in seiner Entscheidung über den Antrag auf eine einstweilige Verfügung im "
           "September 2010 zurück, nachdem Harald Welte in dem Fall interveniert hatte. Nun muss das Landgericht Berlin "
           "nochmals in diesem Fall entscheiden, diesmal in einem Hauptsacheverfahren.",
           AV_Q2 + ", sagt Till Jaeger von JBB Rechtsanwälte, der Herrn Welte in dem Fall vertritt.",
           "Wenn AVM anderen verbieten könnte, die Freiheiten wahrzunehmen, die von den Lizenzbestimmungen der GNU General "
           "Public License explizit eingeräumt werden, würde das den Rechten der ursprünglichen Autoren der Programme "
           "direkt widersprechen. Diese haben entschieden, dass die Freiheit von Software und die Zusammenarbeit für sie "
           "wichtiger ist als Lizenzgebühren. Zusätzlich hätte dies signifikante Auswirkungen auf Unternehmen und die "
           "Wirtschaft im Allgemeinen. Erstens gäbe es Geräteherstellern die Möglichkeit, Software von Drittanbietern auf "
           "ihren Geräten zu verbieten, was zu schlechteren Produkten für den Endanwender und einem „Lock-In-Effekt“ "
           "führt. Zweitens gäbe es Firmen wie AVM einen ungerechtfertigten Vorteil gegenüber ihrer Konkurrenz. Drittens "
           "würde es das kooperative Softwareentwicklungsmodell bedrohen, das derzeit erfolgreich von vielen Firmen auf "
           "der ganzen Welt eingesetzt wird.",
           AV_Q3 + ", sagt Matthias Kirschner, Deutschlandkoordinator der FSFE.",
           AV_Q4 + ", sagt Till Jaeger.",
           "Die FSFE und gpl-violations.org fördern die Verwendung Freier Software durch Unternehmen und Entwickler, indem "
           "sie Lizenzierung und Lizenz-Konformität so einfach wie möglich machen. Es ist für gewöhnlich wesentlich "
           "einfacher, Freie-Software-Lizenzen zu befolgen als EULAs und andere Lizenzabkommen unfreier Software. Oftmals "
           "ist es ausreichend, eine Kopie des Lizenztextes der GNU GPL zur Dokumentation hinzuzufügen und das Angebot, "
           "den Quelltext zur Verfügung zu stellen zu unterbreiten (siehe dazu die Tipps der FSFE zur "
           "Lizenzeinhaltung)."],
    quotes=[(AV_Q1, WELTE),
            (AV_Q2, JAEGER),
            ("„Lock-In-Effekt“", None),
            (AV_Q3, KIRSCHNER),
            (AV_Q4, JAEGER)],
    aliases={WELTE: ["Harald Welte", "Gründer von gpl-violations.org"],
             JAEGER: ["Till Jaeger"],
             KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE"]})

# --- FSFE, 22 June 2011: the court hearing in AVM v. Cybits ---

AH_Q1 = ("„Anwender haben das Recht, selbst zu entscheiden, welche Software auf ihren Computern läuft. Wenn AVM oder "
         "irgendeine andere Firma sich nicht an die GNU General Public License halten möchte, dann sollten sie keine "
         "GPL-lizenzierte Software verwenden“")
AH_Q2 = ("„AVM will seine monopolistische Macht über diese Geräte behalten und weiter ausbauen, sogar nachdem sie bereits "
         "verkauft worden sind. Dies widerspricht nicht nur der GNU General Public License des Linuxkernels, sondern ist "
         "auch wettbewerbsfeindlich“")

add(id="ho407-fsfe-2011-06-avm-cybits-anhoerung",
    title="FSFE zu AVM gegen Cybits: Ein kleiner Computer ist dennoch ein Computer",
    url="https://fsfe.org/news/2011/news-20110622-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2011/news-20110622-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 22 June 2011; every paragraph of the body kept; the tag list dropped (rule 14); the link texts "
      "'„AVM verletzt die Lizenz des Linuxkernels“', 'detaillierten Bericht' and 'sagt Harald Welte' kept as running "
      "text; double spaces after full stops joined to one)",
    license=FSFE,
    paras=["Gestern fand in Berlin eine gerichtliche Anhörung zu einem Fall statt, der zu einem bedeutenden Präzedenzfall "
           "für die Embedded-Industrie werden könnte (siehe dazu „AVM verletzt die Lizenz des Linuxkernels“). In dem "
           "Rechtsstreit zwischen AVM und Cybits versucht AVM, die Position durchzusetzen, dass andere nicht das Recht "
           "haben, Freie Software auf von AVM gekauften Geräten, wie der weit verbreiteten Fritz!Box, zu verändern. Im "
           "Zentrum der Auseinandersetzung steht der Linuxkernel, der unter der GNU GPL vertrieben wird. Diese Lizenz "
           "garantiert den Benutzern genau diese Freiheit. Die Free Software Foundation Europe (FSFE) und "
           "gpl-violations.org haben heute einen detaillierten Bericht über die Anhörung veröffentlicht.",
           AH_Q1 + ", sagt Matthias Kirschner, Deutschlandkoordinator der FSFE.",
           AH_Q2 + ", sagt Harald Welte, Mitarbeiter am Linuxkernel und Gründer des gpl-violations.org-Projekts.",
           "Das Gericht hat während der gestrigen Anhörung keine Entscheidung getroffen. Die Teilnehmer dürfen weitere "
           "schriftliche Ausführungen einreichen. Das Gericht kann dann entweder direkt entscheiden, oder in eine "
           "Beweisaufnahme eintreten. Die FSFE und gpl-violations.org werden den Fall weiter beobachten und die Freiheit "
           "von Softwareanwendern verteidigen."],
    quotes=[("„AVM verletzt die Lizenz des Linuxkernels“", None),
            (AH_Q1, KIRSCHNER),
            (AH_Q2, WELTE)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE"],
             WELTE: ["Harald Welte", "Mitarbeiter am Linuxkernel und Gründer des gpl-violations.org-Projekts"]})
