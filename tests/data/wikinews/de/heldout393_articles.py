# Three-hundred-and-ninety-third held-out German real-news set (tests/data/heldout393-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2085-2089). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-third held-out set": seven German news items and press
# releases of the Free Software Foundation Europe on fsfe.org (2015-2017: the association letter and the Bundestag vote
# on the Routerzwang law, the election of the FSFE's president, the handover of the Document Freedom Day, the "I love
# Free Software" day in Berlin, the "Public Money? Public Code!" open letter, the Legal and Licensing Workshop 2017)
# (licence FSFE). The texts are read from the stored source files of the pages (fsfe.org/news/YYYY/*.de.xhtml in the
# site's repository fsfe/fsfe-website): markup removed, the line breaks inside a paragraph joined with single spaces
# (as the page renders them), link texts kept, images, link lists and the pages' tag and footer data dropped (rule 14);
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
MEHL = "Max Mehl"
LAW = "„zur Auswahl und zum Anschluss von Telekommunikationsendgeräten“"

# --- FSFE, 28 October 2015: the association letter for Endgerätefreiheit ---

VB_Q1 = ("„Wir begrüßen, dass die Bundesregierung ein Gesetz entworfen hat, welches den Routerzwang effektiv beseitigen "
         "kann“")
VB_Q2 = ("„Der derzeitige Routerzwang ist für Bürger und Wirtschaft gleichermaßen schädlich. Das muss nun "
         "parteiübergreifend allen Abgeordneten bewusst sein. Jetzt brauchen wir eine schnelle und unveränderte Umsetzung "
         "des geplanten Gesetzes.“")
VB_Q3 = ("„Das heutige Schreiben soll eine Wiederholung der enttäuschenden Reaktion des Bundesrats vermeiden. Mit einer "
         "breiten Allianz aus vielfältigen Befürwortern von Endgerätefreiheit fordern wir die Ausschussmitglieder dazu auf, "
         "diese grundlegenden Nutzerrechte schnell gesetzlich ohne faule Kompromisse festzuschreiben“")
VB_Q4 = ("„Kein Abgeordneter kann sich ab heute darauf berufen, nichts von der Bedeutung der Endgerätefreiheit für die "
         "unabhängige Nutzung und Sicherheit des Internets gewusst zu haben.“")

add(id="ho393-fsfe-2015-10-verbaendeschreiben-endgeraetefreiheit",
    title="FSFE unterzeichnet Verbändeschreiben für Endgerätefreiheit",
    url="https://fsfe.org/news/2015/news-20151028-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20151028-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 28 October 2015; also stored as a page at the same address, whose excerpt shows the same wording; the "
      "page's date line 'am:' and the tag list dropped (rule 14); the two link texts 'hier einsehen' and 'auf unserer "
      "Webseite aufgelistet' kept as running text)",
    license=FSFE,
    paras=["Gemeinsam mit neun anderen Verbänden aus Zivilgesellschaft und Wirtschaft hat am heutigen Mittwoch die Free "
           "Software Foundation Europe (FSFE) zahlreichen Bundestagsabgeordnete ein Schreiben zum Thema Routerzwang "
           "geschickt. Der Brief soll den Volksvertretern verdeutlichen, wie wichtig es ist, das geplante Gesetz für die "
           "Telekommunikations-Endgerätefreiheit unverändert umzusetzen.",
           "Am 4. November werden die vier Bundestagsausschüsse Wirtschaft und Energie, Recht und Verbraucherschutz, "
           "Verkehr und digitale Infrastruktur, und Digitale Agenda über den Gesetzentwurf " + LAW + " beraten. Die 132 "
           "Abgeordneten, die diesen Ausschüssen angehören, werden dabei eine besondere Verantwortung tragen, da es in "
           "ihrer Hand liegt, die Rechte von Verbraucherinnen und Verbrauchern zu sichern und kleine und mittlere "
           "Unternehmen zu schützen.",
           VB_Q1 + ", sagt Matthias Kirschner, Präsident der FSFE. " + VB_Q2,
           "Der Gesetzentwurf ist das Resultat einer langen Diskussion um den sogenannten Routerzwang. Dieser verhindert, "
           "dass Nutzende von Internetanschlüssen ein Endgerät ihrer Wahl verwenden können, sondern mindestens immer ein "
           "Gerät des Providers an das Heimnetz angeschlossen haben müssen. Diese verbreitete Praktik ist eine Gefahr für "
           "die Sicherheit, Privatsphäre und Unabhängigkeit von allen Internetnutzern und hat negative Einflüsse auf den "
           "freien und fairen Wettbewerb von Herstellern.",
           "Doch trotz der einstimmigen Meinung von Experten, Verbraucherschützern und Politikern stellten sich Ende "
           "September Mitglieder des Bundesrats auf die Seite der wenigen Gegner des jetzigen Entwurfs. Dabei übernahmen "
           "sie technisch unstimmige und längst widerlegte Argumente von Internetanbietern und Kabelnetzbetreibern. Bisher "
           "wies die Bundesregierung die Kritik des Bundesrats als anlasslos ab.",
           VB_Q3 + ", so Max Mehl, Deutschland-Koordinator der FSFE. " + VB_Q4,
           "Die entpersonalisierte Version des versendeten Verbändeschreibens können Sie hier einsehen. Wir haben außerdem "
           "alle wichtigen Ereignisse inklusive diverser Dokumente im Verlauf der Routerzwang-Debatte separat auf unserer "
           "Webseite aufgelistet."],
    quotes=[(LAW, None),
            (VB_Q1, KIRSCHNER),
            (VB_Q2, KIRSCHNER),
            (VB_Q3, MEHL),
            (VB_Q4, MEHL)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Präsident der FSFE"],
             MEHL: ["Max Mehl", "Deutschland-Koordinator der FSFE"]})

# --- FSFE, 5 November 2015: the Bundestag passes the law ---

GV_Q1 = ("„Das heute beschlossene Gesetz ist ein großer Erfolg für uns und alle Personen und Organisationen, die sich für "
         "digitale Verbraucherrechte einsetzen. Wir sind sehr froh, dass die Bundestagsabgeordneten trotz kursierender "
         "technisch und rechtlich fragwürdiger Gegenargumente für die Wahlfreiheit und Sicherheit von BürgerInnen und "
         "Unternehmen gestimmt haben“")
GV_Q2 = "„Nun gilt es, dass Provider die Entscheidung akzeptieren und Behörden über die Einhaltung des Gesetzes wachen.“"

add(id="ho393-fsfe-2015-11-gesetz-endgeraetefreiheit-verabschiedet",
    title="Erfolg gegen Routerzwang: Gesetz für Endgerätefreiheit verabschiedet",
    url="https://fsfe.org/news/2015/news-20151105-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20151105-01.de.xhtml",
                          commit="b9caf021a473e5290de4a0669cc2ace9e35e2cca")
    + " (news of 5 November 2015; the tag list dropped (rule 14); the link texts 'fast drei Jahren' and 'das Gesetz' "
      "kept as running text)",
    license=FSFE,
    paras=["Nach fast drei Jahren intensiver Arbeit der Free Software Foundation Europe (FSFE) und vieler anderer "
           "Organisationen wurde am heutigen Donnerstag das Gesetz " + LAW + " vom Deutschen Bundestag beschlossen. Die "
           "FSFE begrüßt das neue Gesetz, da es effektiv den Routerzwang für ungültig erklärt und endlich "
           "Endgerätefreiheit für Anlagen wie Modems und Router herstellt.",
           "Routerzwang verhindert, dass Nutzende von Internetanschlüssen ein Endgerät ihrer Wahl verwenden können und "
           "zwingt sie dazu, mindestens immer ein Gerät des Providers an das Heimnetz angeschlossen zu haben. Diese "
           "verbreitete Praxis ist eine Gefahr für die Sicherheit, Privatsphäre und Unabhängigkeit von allen "
           "Internetnutzern und hat negative Einflüsse auf den freien und fairen Wettbewerb von Herstellern.",
           GV_Q1 + ", sagt Max Mehl, Deutschland-Koordinator der FSFE. " + GV_Q2,
           "Das neue Gesetz tritt nach einer sechsmonatigen Übergangszeit voraussichtlich im Sommer 2016 in Kraft. Ab "
           "diesem Zeitpunkt gilt in der Regel die Dose in der Wand als der Netzabschlusspunkt, an den die Kunden von "
           "Internetanbietern ein Gerät ihrer Wahl anschließen können. Des Weiteren müssen die Provider den "
           "Verbraucherinnen und Verbrauchern bei Vertragsschluss alle notwendigen Zugangsdaten und Informationen zukommen "
           "lassen, die sie für den Anschluss eines alternativen Geräts benötigen. Die FSFE wird die Einhaltung des "
           "Gesetzes überprüfen und bittet Unterstützer und andere Organisationen um ihre Mithilfe dabei."],
    quotes=[(LAW, None),
            (GV_Q1, MEHL),
            (GV_Q2, MEHL)],
    aliases={MEHL: ["Max Mehl", "Deutschland-Koordinator der FSFE"]})

# --- FSFE, 22 September 2015: the FSFE elects its president ---

OEBERG = "Jonas Öberg"
PR_Q1 = '"Ich freue mich Matthias und Alessandro in ihren neuen Rolle willkommen heißen zu können"'
PR_Q2 = ('"Beide haben die Organisation bereits in ihrer jetzigen Form bedeutend geprägt und ich freue mich auf ihre '
         'Expertise, die beide einbringen werden, um Nutzerinnen und Nutzer darin zu befähigen, Technik zu kontrollieren."')

add(id="ho393-fsfe-2015-09-praesident-vizepraesident",
    title="FSFE wählt neuen Präsidenten und Vize-Präsidenten",
    url="https://fsfe.org/news/2015/news-20150922-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2015/news-20150922-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 22 September 2015; the tag list dropped (rule 14); the published irregularities 'in ihren neuen Rolle', "
      "'Praktikannten', 'Universtität' and the double hyphens kept (rule 20))",
    license=FSFE,
    paras=["Matthias Kirschner ist neuer Präsident und Alessandro Rubini neuer Vizepräsident der FSFE. Beide wurden letzte "
           "Woche in Bukarest bei der Hauptversammlung der FSFE gewählt. Reinhard Müller wurde als Finanzleiter "
           "wiedergewählt. Alle drei werden ihre Positionen innerhalb der FSFE für die nächsten zwei Jahre bekleiden.",
           "Matthias Kirschner ist seit 2009 bei der FSFE angestellt. 1999 begann er GNU/Linux zu nutzen und erkannte, dass "
           "Software in allen Bereichen unseres Lebens tief verwurzelt ist. Matthias ist davon überzeugt, dass diese "
           "Technik unsere Gesellschaft nicht einschränken, sondern bestärken muss. Während seines Studiums der Politik- "
           "und Verwaltungswissenschaft überzeugte er die FSFE im Jahr 2004, ihn als den allerersten Praktikannten der FSFE "
           "einzustellen. Seither unterstützt er Organisationen, Unternehmen und Öffentliche Verwaltungen dabei, dass sie "
           "von Freier Software profitieren können und er erklärt, wie die grundlegenden Rechte von Freier Software -- das "
           "Recht sie zu verwenden, zu verstehen, zu verbreiten und zu verbessern -- die Meinungsfreiheit, die "
           "Pressefreiheit oder die Privatsphäre fördern.",
           "Matthias verbringt gerne viel Zeit mit seinem kleinen Sohn. In seiner Freizeit assistiert er bei "
           "Erste-Hilfe-Outdoor-Seminaren, mag Comics wie XKCD und Transmetropolitan, Monty Python und Die Ärzte.",
           "Alessandro Rubini ist Elektroingenieur und promovierter Informatiker. Er installierte Linux 0.99.14, ist ein "
           "aktiver Freier-Software-Nutzer und -Entwickler und Autor des Buchs \"Linux Device Drivers\". Nach seiner "
           "Promotion verließ er die Universtität, da er nicht nur wissenschaftliche Artikel schreiben wollte. Er arbeitet "
           "jetzt als unabhängiger Berater im Bereich industrielle Nutzung von GNU/Linux; hauptsächlich für Gerätetreiber "
           "und eingebettete Systeme sowie Microcontroller und PCB Konstruktionen. Kürzlich arbeitete Alessandro beim CERN "
           "im \"White Rabbit\" Projekt, welches die Weniger-als-Nanosekunden-Synchronisation von I/O Karten zum Ziel hatte. "
           "Er arbeitet gerne für das CERN, da dieses alle Arbeitergebnisse als Freie Software und Freie Hardware "
           "veröffentlicht.",
           "Alessandro war bereits von 2001 bis 2006 Mitglied der Free Software Foundation Europe und trat der FSFE kürzlich "
           "erneut bei. Er ist überzeugt, dass die FSFE der richtige Platz für eine förderliche und konstruktive Diskussion "
           "zu Freier Software ist. Neben seinem Ehrenamt in der FSFE und anderen Freie-Software-Organisationen ist er ein "
           "aktiver Pfadfinder, fährt gerne Fahrrad, ist Vater von zwei Kindern und hört Weißes Rauschen während seiner "
           "Arbeit.",
           PR_Q1 + ", sagt Jonas Öberg, Geschäftsführer der FSFE. " + PR_Q2],
    quotes=[('"Linux Device Drivers"', None),
            ('"White Rabbit"', None),
            (PR_Q1, OEBERG),
            (PR_Q2, OEBERG)],
    aliases={OEBERG: ["Jonas Öberg", "Geschäftsführer der FSFE"]})

# --- FSFE, 26 January 2016: the Document Freedom Day goes to the Digital Freedom Foundation ---

ALBERS = "Erik Albers"
MULLER = "Frederic Muller"
DFD_Q1 = ('"Der DFD und die FSFE sind sehr glücklich darüber, dass die Digital Freedom Foundation die Ausrichtung des '
          'Document Freedom Day übernimmt und und sehen der Kooperation freudig entgegen."')
DFD_Q2 = ('"Die DFF kann neue Ideen einbringen oder kleinere Änderungen der Kampange vornehmen, aber wir werden sie bei dem '
          'belassen, was sie ist: Eine Kampange, um offene Standards zu fördern mit der Teilnahme von Gruppen auf einer '
          'lokalen Ebene."')
DFD_Q3 = ('"Die Digital Freedom Foundation ist begeistert, die seit 8 Jahren bestehende Festivität, die von der Free '
          'Software Foundation Europe ins Leben gerufen wurde, fortzusetzen. Wir freuen uns darauf, eine Veranstaltung zu '
          'unserem Machwerk hinzufügen zu können, die genausso wichtig ist, wie die weltweite Förderung offener Standards '
          'selbst. Unsere Kooperationen mit der FSFE in der Vergangenheit, haben uns großes Vertrauen in die Zusammenarbeit '
          'gegeben und der DFD ist eine großartige Gelegenheit, zusammen an etwas zu arbeiten, dass wichtiger Teil der '
          'Grundwerte beider Organisationen ist."')

add(id="ho393-fsfe-2016-01-document-freedom-day-dff",
    title="Der Document Freedom Day wandert in die Hände der Digital Freedom Foundation",
    url="https://fsfe.org/news/2016/news-20160126-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2016/news-20160126-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 26 January 2016; the tag list dropped (rule 14); the link text 'Der Document Freedom Day (DFD) wurde "
      "2008 ins Leben gerufen' kept as running text; the published irregularities 'Unterstütung', 'Organistaionen', "
      "'Veranstalltungen', 'inspirirende', 'Kampange', 'und und', 'genausso', the missing comma before 'sagte' and "
      "'Der Nächste' kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe ist erfreut, die Organisation des internationalen Document Freedom Day an "
           "die Digital Freedom Foundation zu übertragen. Der Document Freedom Day ist eine globale Kampagne für freie "
           "Dokumente und zur Aufklärung über offene Standards und tut dies durch lokale Veranstaltungen auf der ganzen "
           "Welt. Die Digital Freedom Foundation ist bestens bekannt durch die Organisation des Software Freedom Day, dem "
           "internationalen Tag, um freie Software zu feiern.",
           "Der Document Freedom Day (DFD) wurde 2008 ins Leben gerufen, als ein globaler Sammelpunkt für "
           "Dokumentenfreiheit und als Statement gegen die Einführung des OOXML Standards. Was unter der Schirmherrschaft "
           "der Free Software Foundation Europe (FSFE) mit einer breitgefächerten Unterstütung internationaler "
           "Organistaionen begann, wurde zu einem jährlich stattfindenen Ereignis, in dem es um die Sensibilisierung für "
           "freie Dokumente und die Wichtigkeit offener Standards geht. Über die Jahre wurden hunderte Veranstalltungen auf "
           "der ganzen Welt begangen. Wir konnten beeindruckendes Kunsthandwerk, inspirirende Comics und Videos sehen und "
           "wir konnten sehen, wie politische Parteien, Firmen und Non-Profit-Organistationen am Document Freedom Day "
           "gezeigt haben, welche Bedeutung und Freiheit in der Interoperabilität steckt.",
           "Jetzt, 8 Jahre später, hat die FSFE das Potential erkannt, den Document Freedom Day als Tag der offenen "
           "Standards weiter zu verbreiten, in dem die Kampange an eine Organisation übergeben wird, die bereits viel "
           "Erfahrung hat, derartige globale Kampagnen zu führen - die Digital Freedom Foundation (DFF). Die DFF ist dafür "
           "bekannt, den Software Freedom Day (SFD) zu organisieren und den Education Freedom Day, sowie den Hardware "
           "Freedom Day zu veranstalten. Auf diesem Wege kann die lebendige Community des DFD von Synergieeffekten und der "
           "Erfahrung profitieren, die die DFF mitbringt.",
           DFD_Q1 + " sagte Erik Albers, der Kampangenleiter des DFD. " + DFD_Q2,
           DFD_Q3 + " sagte Frederic Muller, Präsident der Digital Freedom Foundation.",
           "Haltet euch den Termin frei: Der Nächste Document Freedom Day wird am 30. März 2016 stattfinden und der der "
           "Call for Events startet in Kürze."],
    quotes=[(DFD_Q1, ALBERS),
            (DFD_Q2, ALBERS),
            (DFD_Q3, MULLER)],
    aliases={ALBERS: ["Erik Albers", "Kampangenleiter des DFD"],
             MULLER: ["Frederic Muller", "Präsident der Digital Freedom Foundation"]})

# --- FSFE, 14 February 2017: "I love Free Software" day in Berlin ---

ILFS_Q = ("„Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
          "verbessern. Diese Rechte stärken andere Grundrechte wie die Redefreiheit, die Pressefreiheit und das Recht auf "
          "Privatsphäre. Wir fordern Politik und Verwaltung dazu auf, öffentlich finanzierte Software deshalb stets unter "
          "eine freie Lizenz zu stellen. Mit staatlichen Geldern entwickelte Software sollte als modernes Gemeingut allen "
          "zugänglich sein, damit die Gesellschaft den größtmöglichen Nutzen daraus ziehen kann.“")

add(id="ho393-fsfe-2017-02-ilovefs-berlin",
    title='Berlin sendet eine Botschaft zum "I love Free Software"-Tag',
    url="https://fsfe.org/news/2017/news-20170214-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170214-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 14 February 2017; the closing link list 'Weitere Informationen:' with its three links ('Bilder der "
      "Aktion unter freier Lizenz', 'Anschreiben an die Bundestagsabgeordneten', 'Über den „I love Free Software“-Tag') "
      "and the tag list dropped (rule 14))",
    license=FSFE,
    paras=["Anlässlich des „I love Free Software“-Tages am 14. Februar wurde der Reichstag am Wochenende mit der Botschaft "
           "„Give Free Software A Chance“ angestrahlt. An zahlreichen Gebäuden und symbolträchtigen Orten in Berlin fanden "
           "sich weitere Botschaften. „Build Free Software - Not Walls“ war etwa auf der Berliner Mauer zu lesen und am "
           "Bundesfinanzministerium stand „Public Money, Public Code“. Aktivisten machen damit auf die Notwendigkeit "
           "stärkerer Wertschätzung für Freie Software aufmerksam.",
           "Vertreter der FSFE übergaben heute außerdem einen offenen Brief zusammen mit einer Rose an alle Abgeordneten des "
           "Bundestages, in dem sie mehr Einsatz in der Politik für die Förderung Freier Software sowie eine größere "
           "Anerkennung ehrenamtlicher Entwicklung Freier Software fordern.",
           "Max Mehl, Programmmanager der FSFE, kommentiert: " + ILFS_Q,
           "Der „I love Free Software“-Tag wird jährlich am Valentinstag veranstaltet und ist den zahlreichen "
           "ehrenamtlichen Beitragenden Freier Software gewidmet."],
    quotes=[('"I love Free Software"', None),
            ("„I love Free Software“", None, 0),
            ("„Give Free Software A Chance“", None),
            ("„Build Free Software - Not Walls“", None),
            ("„Public Money, Public Code“", None),
            (ILFS_Q, MEHL),
            ("„I love Free Software“", None, 1)],
    aliases={MEHL: ["Max Mehl", "Programmmanager der FSFE"]})

# --- FSFE, 13 September 2017: the "Public Money? Public Code!" open letter ---

SNOWDEN = "Edward Snowden"
PM_Q1 = ('"Weil der Quellcode von unfreier Software oft ein Geschäftsgeheimnis ist, erschwert dies das Finden sowohl '
         'versehentlich als auch absichtlich eingebauter Sicherheitslücken enorm. Es ist heutzutage zwingend notwendig, bei '
         'proprietärer Software Reverse-Engineering zu betreiben, um sie zu verbessern und zu stärken. Aber diese '
         'grundlegende technische Voraussetzung ist unter vielen Umständen und in vielen Rechtssytemen illegal. Dieses Jahr '
         'mussten kritische Infrastruktur wie Krankenhäuser, Autofabriken und Spediteure allesamt durch Fehler, die in '
         'proprietärer Software verborgen waren, außer Betrieb gehen. Daher ist nicht auditierbarer Code ein Risiko, das '
         'Staaten nicht länger durch spezielle Sonderrechte subventionieren können, ohne dass dadurch Kosten in Form von '
         'Menschenleben entstehen.')
PM_Q2 = ('Aktuell sind die Baupläne der öffentlichen Kern-Infrastruktur schlicht nicht für die Allgemeinheit verfügbar. '
         'Durch die Ausrichtung öffentlicher Mittel auf eine Verpflichtung zu Freier Software (wobei "frei" sich hier auf '
         'die Code-Verfügbarkeit, nicht auf den Preis bezieht), können wir Fehler finden und beheben, bevor sie dazu '
         'verwendet werden, dem nächsten Krankenhaus den Strom abzudrehen"')
PM_Q3 = ('"Wir brauchen Software, die das Teilen von guten Ideen und Lösungen unterstützt. Nur so werden wir in der Lage '
         'sein, digitale Angebote für Menschen aus ganz Europa zu verbessern. Wir brauchen Software, die Wahlfreiheit, '
         'Zugang und Wettbewerb garantiert. Wir brauchen Software, die öffentlichen Verwaltungen dabei hilft, die volle '
         'Kontrolle über ihre kritische digitale Infrastruktur zu erlangen und es ihnen so so erlaubt, von einer Handvoll '
         'Unternehmen unabhängig zu werden und bleiben zu können."')
PM_Q4 = ('"Öffentliche Verwaltungen werden durch Steuergelder finanziert. Sie sollten diese auf vernünftige Weise und '
         'effizient einsetzen. Wenn es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein!"')

add(id="ho393-fsfe-2017-09-public-money-public-code-brief",
    title="Public Money? Public Code! 31 Organisationen wünschen sich Verbesserungen bei der öffentlichen Auftragsvergabe "
          "für Software",
    url="https://fsfe.org/news/2017/news-20170913-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170913-01.de.xhtml",
                          commit="b9caf021a473e5290de4a0669cc2ace9e35e2cca")
    + " (news of 13 September 2017; the two campaign images with their alt texts, the closing section 'Weiterführende "
      "Informationen' (heading and three-item link list) and the section 'Erstunterzeichner' (heading and the list of 31 "
      "signatory names) and the tag list dropped (rule 14); the two paragraphs of Snowden's blockquote and the "
      "attribution line after each blockquote kept as their own lines; the double space after 'verfügbar.' rendered as "
      "one, as the page shows it; the published irregularities 'Rechtssytemen', 'so so erlaubt' and the missing comma "
      "before 'sagt Kirschner' kept (rule 20))",
    license=FSFE,
    paras=["Die digitalen Dienste, die öffentliche Verwaltungen anbieten und benutzen, sind die kritische Infrastruktur "
           "demokratischer Nationen des 21. Jahrhunderts. Um Vertrauen in jene Systeme aufzubauen, die das Herzstück unserer "
           "digitalen Infrastruktur sind, müssen Behörden die volle Kontrolle über sie haben. Aufgrund restriktiver "
           "Softwarelizenzen ist dies jedoch selten der Fall.",
           "Heute veröffentlichen 31 Organisationen einen offenen Brief, in welchem sie Abgeordnete dazu aufrufen, für die "
           "rechtlichen Grundlagen zu sorgen, die es bei der Beschaffung von eigens für die öffentliche Hand entwickelter "
           "Software erfordern, dass diese unter einer Freie-Software- und Open-Source-Lizenz veröffentlicht werden muss. "
           "Die Erstunterzeichner – darunter CCC, EDRi, Free Software Foundation Europe, KDE, Open Knowledge Foundation "
           "Deutschland, Wikimedia Deutschland, und viele mehr – rufen sowohl einzelne Personen als auch Organisationen dazu "
           "auf, den offenen Brief zu unterzeichnen. Der offene Brief wird anschließend an die Kandidaten zur "
           "Bundestagswahl und, im Verlauf der nächsten Monate bis zur Europawahl 2019, an Europaabgeordnete und andere "
           "Abgeordnete aus EU-Mitgliedsstaaten versendet.",
           PM_Q1,
           PM_Q2,
           'Edward Snowden, Präsident der Freedom of the Press Foundation zum Start der "Public Money Public Code" '
           'Kampagne.',
           "Öffentliche Einrichtungen geben jedes Jahr Millionen Euro für die Entwicklung von auf ihre Bedürfnisse "
           "zugeschnittene Software aus. Die öffentliche Auftragsvergabe hat einen großen Einfluss darauf, welche "
           "Unternehmen hierbei im Wettbewerb stehen können und welche Software letztendlich durch Steuergelder gefördert "
           "wird. Öffentliche Verwaltungen auf allen Ebenen haben häufig Schwierigkeiten, den Quellcode untereinander "
           "weiterzugeben, obwohl dieser komplett durch sie finanziert wurde. Auch sensible Bürgerdaten sind einem Risiko "
           "ausgesetzt, wenn unabhängige Dritte nicht die Möglichkeit haben, Code-Audits durchzuführen und den Code "
           "anderweitig auf Sicherheitslücken zu überprüfen.",
           PM_Q3,
           "Matthias Kirschner, Präsident der Free Software Foundation Europe.",
           "Deshalb rufen die Unterzeichner Parlamentarier in ganz Europa dazu auf, die digitale öffentliche Infrastruktur "
           "zu modernisieren um es so öffentlichen Verwaltungen, Unternehmen und Individuen zu erlauben, öffentlich "
           "finanzierte Software frei zu verwenden, zu verstehen, zu verteilen und zu verbessern. Dies schützt öffentliche "
           "Verwaltungen davor, an die Dienstleistungen einzelner Hersteller gebunden zu sein, und stellt sicher, dass der "
           "Quellcode verfügbar ist, so dass Hintertüren und Sicherheitslücken unabhängig von einem einzigen Dienstleister "
           "geschlossen werden können.",
           PM_Q4 + " sagt Kirschner."],
    quotes=[(PM_Q1, SNOWDEN),
            (PM_Q2, SNOWDEN),
            ('"Public Money Public Code"', None),
            (PM_Q3, KIRSCHNER),
            (PM_Q4, KIRSCHNER)],
    aliases={SNOWDEN: ["Edward Snowden", "Präsident der Freedom of the Press Foundation"],
             KIRSCHNER: ["Matthias Kirschner", "Kirschner", "Präsident der Free Software Foundation Europe"]})

# --- FSFE, 19 June 2017: the Legal and Licensing Workshop 2017 ---

FSFE_ORG = "FSFE"

add(id="ho393-fsfe-2017-06-legal-licensing-workshop",
    title='Legal and Licensing Workshop 2017: Die zehnte Ausgabe mit dem "Neustart" der Debatten rund um die '
          'Lizensierung Freier Software',
    url="https://fsfe.org/news/2017/news-20170619-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170619-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 19 June 2017; the tag list and author data dropped (rule 14); link texts kept as running text, "
      "including the missing space in 'Workshop(LLW)'; the published irregularities 'nach nach', 'unsers', 'Den "
      "Teilnehmer', 'Armjin', 'Zuguterletzt' kept (rule 20))",
    license=FSFE,
    paras=["Im April veranstaltete die FSFE ihren jährlichen Free Software Legal and Licensing Workshop(LLW): Ein "
           "Treffpunkt für Rechtsexperten aus der ganzen Welt, um Probleme und bewährte Verfahren rund um "
           "Freie-Software-Lizenzen zu diskutieren. Dieses Jahr wurde die 10. Ausgabe des LLW gefeiert, und dies mit einer "
           "Rekordzahl an Teilnehmern: 120 Rechtsexperten und Fachpersonen reisten nach nach Barcelona (Spanien), um dort "
           "drei Tage lang die rechtlichen Herausforderungen im Zusammenhang mit Freier Software zu diskutieren.",
           'Das Motto des Workshops hieß dieses Jahr "Restart" (Neustart). Aufbauend auf den Themen der vorherigen '
           "Veranstaltungen, schien es notwendig, einige besonders wichtige Debatten wieder aufzugreifen, um neu "
           "aufkommende Herausforderungen anzusprechen. Die Experten hatten die Möglichkeit, viele verschiedene rechtliche "
           "Probleme zu diskutieren, so zum Beispiel: Open Data und Hardware, Open Government, Tools für Rechtsanwälte, "
           "Softwarepatente, Copyright-Trolle und bereits bestehende Probleme beim Thema Free Software Compliance "
           "(Einhaltung der Lizenzbestimmungen). Insgesamt gab es über 35 Präsentationen von international anerkannten "
           "Vortragenden mit langjährigen Verdiensten in diesem Feld.",
           "Die Veranstaltung stand allen Mitgliedern unsers Legal Network offen. Den Teilnehmer war es durch die "
           "Chatham-House-Regel möglich, vertrauliche Diskussionen unter fairen Bedingungen zu führen.",
           "Jake Edge von LWN.net berichtete vom Event-Teil und hob die folgenden Diskussionen, die während des Workshops "
           "stattfanden, besonders hervor:",
           'Shane Coughlan, Armijn Hemel und Marc Radcliffe nahmen an einer Podiumsdiskussion zum Thema "Aufstieg der '
           'Copyright-Trolle" teil. Copyright-Trolle sind zwar kein neues Phänomen in der Welt der Freien Software, jedoch '
           "analysierten die drei Diskussionsteilnehmer die Methodik hinter derlei Durchsetzungsbemühungen (basierend auf "
           "dem Fall McHardy in Deutschland) und diskutierten Wege, dieses Problem durch Governance in "
           "Freie-Software-Projekten anzugehen.",
           "Max Mehl, Programmmanager der FSFE, stellte dem Publikum seine Bedenken über die EU-Funkanlagen-Richtlinie "
           '(englisch RED, die FSFE spricht von "Funkabschottung" oder "Radio Lockdown") vor. Die RED wird womöglich dazu '
           "führen, dass Gerätehersteller den Zugang zu ihrer Hardware einschränken, sodass Verbraucher und Händler nicht "
           "von ihrem Recht Gebrauch machen können, eine alternative Software ihrer Wahl darauf zu installieren. Die "
           "Unsicherheit über die kürzlich erlassenen Anforderungen an Hardwarehersteller stellt eine Gefahr für "
           "Freie-Software-Unternehmen und -Projekte dar, weshalb eine baldige Reaktion auf diese Probleme essentiell für "
           "die Softwarefreiheit auf allen Geräten mit Funkantennen, also auch Laptops und Smartphones, ist. Außerdem "
           "präsentierte Max Mehl die gemeinsame Erklärung gegen Funkabschottung, unterzeichnet von beinahe 50 "
           "Organisationen und Firmen, und lud alle dazu ein, sich an den entsprechenden Diskussionen zu beteiligen, indem "
           "man sich auf der eigens dazu eingerichteten Mailingliste einträgt.",
           "Luis Villa, einer der Vortragenden zum Thema Open Data, legte seinen Fokus auf die rechtlichen Auswirkungen, die "
           "man bei diesem Thema beachten sollte, besonders im Fall von maschinenlesbaren Datensätzen. Fragen, die zunächst "
           "noch ungeklärt sind, sind laut Luis Villa: Privatsphäre, Konflikte zwischen unterschiedlichen Rechtsordnungen, "
           'Urheberrechtsansprüche sowie aktuell das "Recht auf Erklärung" (Right to Explanation). Es gebe in diesen '
           "Bereichen bereits einen Trend zu Open Data, jedoch bleibt die rechtliche Frage: Kann eine Urheberrechtslizenz "
           "offen sein und gleichzeitig all diese Probleme ansprechen? Die regulatorische Antwort seitens der Regierungen "
           "ist möglicherweise nicht die beste Lösung, um die nötigen Anreize zu schaffen, so Luis Villa.",
           "Die Zuliefererkette in der Welt der Freien Software ist komplex und global, sie ist durch zahlreiche "
           "Compliance-Probleme innerhalb von Freie-Software-Lizenzen geprägt. Shane Coughlan beschreibt das "
           "OpenChain-Projekt als ein Mittel, das Firmen dabei hilft, Compliance innerhalb der Supply Chain "
           "nachzuverfolgen, ganz gleich der bevorzugten Freie-Software-Lizenz.",
           "Ein weiteres aktuelles Projekt – präsentiert von den Pionieren der GPL-Compliance, Shane Coughlan und Armjin "
           'Hemel – ist der Leitfaden "Practical GPL Compliance", welcher Individuen und Firmen Hinweise für eine bessere '
           "GPL-Compliance bei der Arbeit mit Freier Software geben soll.",
           'Zuguterletzt gab es dieses Jahr auch einen "Neustart" für unsere schon lange Zeit bestehende treuhänderische '
           "Lizenzvereinbarung (englisch FLA). Das FLA ist ein ausgewogenes Contributor Agreement, das den Treuhänder dazu "
           "bevollmächtigt, die Offenheit und Freiheit der Drittsoftware stets zu gewährleisten. Matija Šuklje, der "
           "vorherige Koordinator für Rechtsfragen bei der FSFE und treibende Kraft hinter der Aktualisierung des FLA, "
           "präsentierte die Herausforderungen, den Prozess und die Änderungen, die zum FLA-2.0 führten. Einer der "
           "wichtigsten Änderungen des Updates ist, dass das FLA nun auch Patente abdeckt und praktischere "
           "Outbound-Licensing-Optionen ermöglicht, inklusive einer Referenz auf eine externe Licensing Policy. Außerdem "
           "wurden an Sprache und Formulierungen einiges verbessert, sowohl bezüglich der Kompatibilität mit anderen "
           "Rechtsordnungen als auch bezüglich Verständlichkeit und Anwendbarkeit. Die finale Fassung des Texts sowie eine "
           "neue Website werden in den nächsten Wochen veröffentlicht.",
           "Der Workshop wäre ohne die großzügige Unterstützung unserer Sponsoren nicht möglich gewesen. Vor allem möchten "
           "wir uns bei unseren Platinum-Sponsoren bedanken: Intel, Red Hat und The Linux Foundation."],
    quotes=[('"Neustart"', None, 0),
            ('"Restart"', None),
            ('"Aufstieg der Copyright-Trolle"', None),
            ('"Funkabschottung"', FSFE_ORG),
            ('"Radio Lockdown"', FSFE_ORG),
            ('"Recht auf Erklärung"', None),
            ('"Practical GPL Compliance"', None),
            ('"Neustart"', None, 1)],
    aliases={FSFE_ORG: ["FSFE"]})
