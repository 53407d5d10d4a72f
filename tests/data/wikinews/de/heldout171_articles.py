# Hundred-and-seventy-first held-out German real-news set (tests/data/heldout171-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1300-1302). None of these
# pages is in any tests/data/*.jsonl (checked by URL, IP number and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# statements and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-seventy-first held-out set" of SOURCES.md: three German press releases of the
# European Commission on prizes (IP/11/443, IP/12/551, IP/12/1309, europa.eu/rapid), a news item of Oettinger's
# Commissioner site of 2010 (his hearing), three news items of the Commission's Representation
# in Germany on germany.representation.ec.europa.eu (EU Prize for Literature 2016, Access City Award 2025 finalists,
# European Heritage Awards 2024) and two items of the Representation's EU-Nachrichten as republished by the EIZ
# Niedersachsen (rule 31), all under the licence EU. Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rule 15), site headers, image credits and link lists are dropped (rule 14), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VASSILIOU = "Androulla Vassiliou"
DALLI = "Helena Dalli"
JURY = "Jury"

# --- europa.eu/rapid, IP/12/551: European Union Prize for Cultural Heritage 2012, grand prix winners ---

EN12_P2 = ("Der Publikumspreis, der in einer Online-Abstimmung unter den 28 Preisträgern 2012 vergeben wird (siehe IP/12/254), "
           "geht an die Festungsanlagen von Pamplona in Spanien. Die Jury erklärte: „Die restaurierten Festungsanlagen dienen "
           "heute nicht mehr der Abwehr, sondern sind Begegnungsstätte und Symbol für die Gemeinschaft der Bürger und für die "
           "Stadt selbst.“")

add(id="ho171-eucom-ip-12-551-kulturerbepreis-hauptpreise",
    title="Preis der Europäischen Union für das Kulturerbe/Europa-Nostra-Preis – Hauptpreisträger bekanntgegeben",
    url="http://europa.eu/rapid/press-release_IP-12-551_de.htm",
    retrieved="same address (stored German press release IP/12/551 of the European Commission, 1 June 2012: headline and "
              "body; the header lines 'Navigation path', 'Left navigation', 'Additional tools' and 'Europäische Kommission – "
              "Pressemitteilung' above the headline dropped (rule 14); the dated first paragraph kept as published; the "
              "list of the six grand prix winners announced by 'Die sechs Hauptpreise … gehen an folgende Projekte:' is not "
              "in the stored copy, the announcing line is kept as a complete paragraph (rule 1301); the next paragraph "
              "'Vor der Zeremonie erklärte Kommissarin Vassiliou: „Seit zehn Jahren … auch weiterhin dur', cut off in the "
              "stored copy, dropped with its quotation (rule 15))",
    license=EU,
    paras=["Brüssel/Lissabon, 1. Juni 2012 – Die Namen der Gewinner des Publikumspreises und der sechs Hauptpreisträger des "
           "Preises der Europäischen Union für das Kulturerbe/Europa-Nostra-Preises 2012 werden heute im Mosteiro dos "
           "Jerónimos (Hieronymus-Kloster) in Lissabon in Anwesenheit von Androulla Vassiliou, der EU-Kommissarin für "
           "Bildung, Kultur, Mehrsprachigkeit und Jugend, und Plácido Domingo, dem weltberühmten Tenor und Vorsitzenden von "
           "Europa Nostra, bekanntgegeben. An der Zeremonie werden insgesamt 1200 Menschen teilnehmen, darunter Anibal "
           "Cavaco Silva, Präsident Portugals, und Prinz Felipe und Prinzessin Letizia von Asturien.",
           EN12_P2,
           "Die sechs Hauptpreise (Kommentare der Jury siehe unten) gehen an folgende Projekte:"],
    quotes=[(cut(EN12_P2, "„Die restaurierten", "selbst.“"), JURY)],
    aliases={JURY: ["Jury", "Die Jury"]})

# --- europa.eu/rapid, IP/11/443: winners of the European Union Prize for Cultural Heritage 2011 ---

EN11_P1 = ("Die Europäische Kommission und der europäische Dachverband Europa Nostra haben heute die diesjährigen 27 Gewinner "
           "des Preises der Europäischen Union für das Kulturerbe („European Union Prize for Cultural Heritage/Europa Nostra "
           "Awards“) bekanntgegeben (s. Liste der Preisträger unten). Die Auszeichnungen werden am 10. Juni anlässlich einer "
           "Feierstunde im Concertgebouw in Amsterdam verliehen, bei der die EU-Kommissarin für Bildung, Kultur, "
           "Mehrsprachigkeit und Jugend Androulla Vassiliou und der weltberühmte Tenor Plácido Domingo, der Vorsitzender von "
           "Europa Nostra ist, zugegen sein werden. Insgesamt werden 27 Projekte prämiert; 6 davon werden in der Feierstunde "
           "mit einem Hauptpreis für die herausragendsten Leistungen auf dem Gebiet des Kulturerbes im Jahr 2011 "
           "ausgezeichnet.")
EN11_P2 = ("„Jeder Preis steht für das Beste, was Europa in den Bereichen Konservierung, Forschung und Bildung zu bieten hat, "
           "und repräsentiert den engagierten Einsatz von Einzelpersonen und Gruppen. Das Kulturerbe ist ein Grundpfeiler "
           "unserer kulturellen Diversität und unserer gemeinsamen Geschichte; es verbindet unsere Vergangenheit, Gegenwart "
           "und Zukunft. Dieses kulturelle Erbe hat dazu beigetragen, Europa zum gefragtesten Reiseziel weltweit zu machen, "
           "und es hat einen wesentlichen Anteil an der Wirtschaftskraft der Europäischen Union“, sagte Kommissarin "
           "Vassiliou.")

add(id="ho171-eucom-ip-11-443-kulturerbepreis-2011",
    title="Gewinner des Preises der Europäischen Union für das Kulturerbe / Europa-Nostra-Preises 2011 bekanntgegeben",
    url="http://europa.eu/rapid/press-release_IP-11-443_de.htm",
    retrieved="same address (stored German press release IP/11/443 of the European Commission, 7 April 2011: headline and "
              "body; the header lines 'Navigation path', 'Left navigation', 'Additional tools', the reference line "
              "'European Commission - IP/11/443 07/04/2011', 'Other available languages: EN FR …', 'IP/11/443', the date "
              "line 'Brüssel/Den Haag, 7. April 2011' and the headline repeated below it dropped (rule 14), the headline "
              "kept once as the first line; the image line 'Bilder: Kommissarin Vassiliou in der Villa Empain (Brüssel): "
              "http://bit.ly/…' dropped; the paragraph 'Ohne die Fertigkeiten und den Einsatz der vielen professionellen "
              "und ehrenamtlichen A', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[EN11_P1,
           EN11_P2],
    quotes=[("„European Union Prize for Cultural Heritage/Europa Nostra Awards“", None),
            (cut(EN11_P2, "„Jeder Preis", "Europäischen Union“"), VASSILIOU)],
    aliases={VASSILIOU: ["Androulla Vassiliou", "Kommissarin Vassiliou"]})

# --- germany.representation.ec.europa.eu, 31 October 2024: Nuremberg among the finalists of the Access City Award 2025 ---

NB_P2 = ("Die aktuelle Ausgabe markiert den 15. Jahrestag der Verleihung des Access City Award mit der höchsten Bewerberzahl "
         "im letzten Jahrzehnt: 57 Städte bewarben sich um den Preis, von denen 33 Kandidaten von nationalen Experten "
         "vorausgewählt wurden. Die vier Finalisten wurden dann von einer EU-Jury in die engere Wahl gezogen. Die Kommission "
         "wird in diesem Jahr eine besondere Erwähnung für „Barrierefreie Sportinfrastruktur“ vergeben.")
NB_P3 = ("Die für Gleichstellung zuständige Kommissarin Helena Dalli sagte: „Städte müssen für Menschen mit Behinderungen "
         "zugänglich sein, um ihre volle Teilhabe an der Gesellschaft wie alle anderen zu gewährleisten. Die Europäische "
         "Kommission unterstützt aktiv Pionierstädte, die der Inklusion Vorrang einräumen, und erkennt an, dass "
         "Barrierefreiheit ein Grundpfeiler für die Schaffung einer Gesellschaft ist, in der niemand zurückgelassen wird.“")

add(id="ho171-vertretung-2024-10-access-city-award-nuernberg-finalist",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/preis-fur-barrierefreie-stadte-europa-nurnberg-ist-unter-den-finalisten-2024-10-31_de?prefLang=sl",
    retrieved="same address (news item of the Commission's Representation in Germany of 31 October 2024 on Nuremberg as a "
              "finalist of the Access City Award 2025; the part of the stored copy that the search tool returned begins "
              "with the first body paragraph and holds no headline, so the document has no title line (rule 18); the "
              "subheadings 'Wachsendes Interesse von Städten am Access City Award' and 'Unterstützung für Pionierstädte, "
              "die Inklusion vorantreiben' kept as lines of their own; the subheading 'Bekanntgabe der Gewinner Ende "
              "November in Brüssel' and the paragraph after it ('Die Gewinner des Access City Award 2025 werden … "
              "gemeins'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Nürnberg gehört neben Borås (Schweden), Cartagena (Spanien) und Wien (Österreich) zu den Finalisten für den "
           "Access City Award 2025. Die Städte stehen für ein starkes Engagement bei der Zugänglichkeit städtischen Lebens "
           "für Menschen mit Behinderungen; dazu zählt auch der Zugang zu Gebäuden, Straßen, Parks, öffentlichen "
           "Verkehrsmitteln und Informations- und Kommunikationstechnologien. Mehrere deutsche Städte wurden bereits mit dem "
           "Access City Award ausgezeichnet. Zu den deutschen Gewinnerstädten in den vergangenen Jahren gehörten: Berlin "
           "mit dem ersten Preis (2013), Bremerhaven, Marburg, Köln und Wiesbaden jeweils mit einem zweiten Preis. Eine "
           "besondere Erwähnung erhielten Dresden, Hamburg und Tübingen.",
           "Wachsendes Interesse von Städten am Access City Award",
           NB_P2,
           "Unterstützung für Pionierstädte, die Inklusion vorantreiben",
           NB_P3],
    quotes=[("„Barrierefreie Sportinfrastruktur“", None),
            (cut(NB_P3, "„Städte müssen", "zurückgelassen wird.“"), DALLI)],
    aliases={DALLI: ["Helena Dalli", "Kommissarin Helena Dalli"]})

# --- germany.representation.ec.europa.eu, 30 May 2024: European Heritage Awards, two go to Germany ---

IVANOVA = "Iliana Ivanova"
KE_P1 = ("Zu den diesjährigen Gewinnern des renommierten Europäischen Kulturerbe-Preises zählen ein Denkmalschutzprojekt aus "
         "Gera und das Forschungsprojekt NewsEye zu historischen Zeitungen, das in Deutschland mitentwickelt wurde. Insgesamt "
         "haben Europäische Kommission und das Kulturerbe-Netzwerk Europa Nostra 26 Preise vergeben: an 22 Projekte aus "
         "EU-Mitgliedstaaten und Ländern, die mit dem Programm „Kreatives Europa“ assoziiert sind; weitere 4 Projekte im "
         "Vereinigten Königreich bekamen den Europa Nostra Award.")
KE_P2 = ("Die EU-Kommissarin für Innovation, Forschung, Kultur, Bildung und Jugend, Iliana Ivanova, gratulierte den "
         "Gewinnerinnen und Gewinnern zu ihren herausragenden Leistungen: „Unser Kulturerbe ist unser kollektiver Schatz, "
         "eine Brücke zwischen unserer Vergangenheit, Gegenwart und Zukunft. Es hat in unserem Herzen und Alltag einen "
         "besonderen Platz und fördert ein Zugehörigkeits- und Identitätsgefühl. Mit den Europäischen Kulturerbe-Preisen "
         "und den Europa-Nostra-Preisen wird die entscheidende Rolle beispielhafter Projekte und Einzelpersonen "
         "hervorgehoben, die sich für die Erhaltung und Förderung unseres reichen Erbes einsetzen.“")

add(id="ho171-vertretung-2024-05-kulturerbe-preis-gera-newseye",
    title="Europäischer Kulturerbe-Preis: Zwei Ehrungen gehen nach Deutschland",
    url="https://germany.representation.ec.europa.eu/news/europaischer-kulturerbe-preis-zwei-ehrungen-gehen-nach-deutschland-2024-05-30_de?prefLang=nl",
    retrieved="same address (news item of the Commission's Representation in Germany of 30 May 2024; the header lines "
              "'Zum Hauptinhalt', 'Vertretung in Deutschland' and 'Presseartikel30. Mai 2024Vertretung in "
              "DeutschlandLesedauer: 2 Min', the image caption 'Gewinner des renommierten Europäischen Kulturerbe-Preises' "
              "and its credit 'European Union' dropped (rule 14); the trailing space after the first paragraph dropped; the "
              "subheading 'Kollektives Kulturgut als Verbindung durch die Zeit' kept as a line of its own; the bulleted "
              "subheading 'Preis für Restaurierungsprojekt in Gera' and the paragraph after it ('In der Kategorie "
              "„Erhaltung und angepasste Umnutzung“ … bis hin'), cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=[KE_P1,
           "Kollektives Kulturgut als Verbindung durch die Zeit",
           KE_P2],
    quotes=[("„Kreatives Europa“", None),
            (cut(KE_P2, "„Unser Kulturerbe", "einsetzen.“"), IVANOVA)],
    aliases={IVANOVA: ["Iliana Ivanova"]})

# --- germany.representation.ec.europa.eu, 5 April 2016: EU Prize for Literature for Benedict Wells ---

NAVRACSICS = "Tibor Navracsics"
BW_P2 = ("\"Ich beglückwünsche alle diesjährigen Preisträger sehr herzlich. Die Literatur und die Möglichkeit, frei zu "
         "schreiben, helfen uns, uns besser zu verstehen und besser miteinander auszukommen, was in der heutigen Zeit "
         "wichtiger ist denn je. Wir unterstützen daher auch weiterhin die Übersetzung, Veröffentlichung und Verbreitung "
         "ausländischer Werke.\" Tibor Navracsics wird die Preise am 31. Mai in Brüssel im Beisein der Vorsitzenden des "
         "Ausschusses für Kultur und Bildung des Europäischen Parlaments überreichen.")

add(id="ho171-vertretung-2016-04-literaturpreis-benedict-wells",
    title="Europäischer Literaturpreis geht an deutschen Schriftsteller Benedict Wells",
    url="https://germany.representation.ec.europa.eu/news/europaischer-literaturpreis-geht-deutschen-schriftsteller-benedict-wells-2016-04-05_de",
    retrieved="same address (news item of the Commission's Representation in Germany of 5 April 2016; the header lines "
              "'Zum Hauptinhalt', 'Vertretung in Deutschland' and the bulleted lines 'Presseartikel', '5. April 2016', "
              "'Vertretung in Deutschland', 'Lesedauer: 1 Min' dropped (rule 14); the paragraph 'Die mit 5000 Euro dotierte "
              "Auszeichnung … und dem Europäischen', cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Der deutsche Autor Benedict Wells erhält zusammen mit elf weiteren Schriftstellern den Europäischen "
           "Literaturpreis 2016. Bildungskommissar Tibor Navracsics sagte heute (Dienstag):",
           BW_P2,
           "Weitere Preisträger neben Wells sind: Christophe Van Gerrewey (Belgien), Tanja Stupar-Trifunović "
           "(Bosnien-Herzegowina), Antonis Georgiou (Zypern), Bjørn Rasmussen (Dänemark), Paavo Matsin (Estland), Selja "
           "Ahava (Finnland), Nenad Joldeski (ehemalige jugoslawische Republik Mazedonien), Gast Groeber (Luxemburg), "
           "Claudiu M. Florian (Rumänien), Jasmin B. Frelih (Slowenien) und Jesús Carrasco (Spanien).",
           "Der Preis wurde erstmals im Jahr 2009 vergeben. Seitdem hat die EU Gelder für die Übersetzung der Bücher von 56 "
           "der insgesamt 59 Preisträger in 20 europäische Sprachen bewilligt."],
    quotes=[(cut(BW_P2, "\"Ich beglückwünsche", "Werke.\""), NAVRACSICS)],
    aliases={NAVRACSICS: ["Tibor Navracsics", "Bildungskommissar Tibor Navracsics"]})

# --- EIZ Niedersachsen, repost of the Representation's EU-Nachrichten, 19 May 2020: EU Prize for Literature ---

SCHINAS = "Margaritis Schinas"
MN_P2 = ("Kommissionsvizepräsident Margaritis Schinas sagte heute (Dienstag): „Heute kommen wir in Europa zusammen, um "
         "einigen unserer besten aufstrebenden Schriftsteller das Sprungbrett zu geben, das sie verdienen, um zu wachsen "
         "und unser Leben und unsere Gesellschaft zu bereichern.“")

add(id="ho171-eiz-2020-05-literaturpreis-matthias-nawrat",
    title="Europäischer Literaturpreis geht an deutschen Schriftsteller Matthias Nawrat",
    url="https://www.eiz-niedersachsen.de/europaeischer-literaturpreis-geht-an-deutschen-schriftsteller-matthias-nawrat/",
    retrieved="same address (news item of the Commission's Representation in Germany of 19 May 2020 as republished by the "
              "EIZ Niedersachsen, which names 'EU-Nachrichten der Vertretung der EU-Kommission in Deutschland' as its source "
              "(rule 31); the image credit '© Europäische Union, 2016, Quelle: EU-Kommission - Audiovisueller Dienst, "
              "Fotograf*in: Etienne Ansotte' after the headline dropped (rule 14); the link list 'Links zum Thema: …' and "
              "the source line, cut off in the stored copy, dropped)",
    license=EU,
    paras=["19.05.2020 Brüssel. Der deutsche Autor Matthias Nawrat erhält zusammen mit zwölf weiteren Schriftstellern den "
           "Europäischen Literaturpreis 2020. Der Literaturpreis der Europäischen Union wird jährlich an neue und "
           "aufstrebende Schriftsteller verliehen. Mit dem Preis wird der Reichtum der zeitgenössischen europäischen "
           "Literatur und das kulturelle und sprachliche Erbe Europas gewürdigt.",
           MN_P2,
           "Weitere Preisträger neben Nawrat sind: Nathalie Skowronek (Belgien), Lana Bastašić (Bosnien-Herzegowina), Maša "
           "Kolanović (Kroatien), Stavros Christodoulou (Zypern), Asta Olivia Nordentoft (Dänemark), Made Luiga (Estland), "
           "Shpëtim Selmani (Kosovo), Francis Kirps (Luxemburg), Stefan Bošković (Montenegro), Petar Andonovski "
           "(Nordmazedonien), Maria Navarro Skarange (Norwegen) und Irene Solà (Spanien).",
           "Der Preis wurde erstmals im Jahr 2009 vergeben. Die mit 5000 Euro dotierte Auszeichnung hat das Ziel, noch "
           "unbekannten Schriftstellern und ihren Werken europaweit ein Forum zu bieten. Vergeben wird der Preis jährlich "
           "von der Europäischen Kommission, in Kooperation mit dem Verband Europäischer Verleger, dem Europäischen "
           "Buchhändlerverband und dem Europäischen Autorenrat an Nachwuchsautoren. Der Preis ist Teil des Programms "
           "Kreatives Europa und dient der Förderung der kulturellen und sprachlichen Vielfalt in Europa."],
    quotes=[(cut(MN_P2, "„Heute kommen", "bereichern.“"), SCHINAS)],
    aliases={SCHINAS: ["Margaritis Schinas", "Kommissionsvizepräsident Margaritis Schinas"]})

# --- EIZ Niedersachsen, repost of the Representation's EU-Nachrichten, 9 June 2020: Access City Award 2021 opened ---

AC_P1 = ("09.06.2020 Brüssel. Heute (Dienstag) hat die Kommission den Wettbewerb für den 11. „Access City Award“ gestartet. "
         "Städte in der gesamten EU können sich ab sofort bis zum 9. September bewerben. Mit dem „Access City Award“ werden "
         "die Initiativen einer Stadt gewürdigt, barrierefreier zu werden und dafür zu sorgen, dass alle Einwohner – "
         "unabhängig von Alter oder Mobilität – den gleichen Zugang zu allen Ressourcen und Freizeitangeboten haben. Für "
         "2020 wird erwartet, dass es EU-weit 120 Millionen Menschen mit Behinderung geben wird. Die Bevölkerung wird "
         "zudem immer älter.")
AC_P3 = ("Helena Dalli, Kommissarin für Gleichstellung, sagte: „Die Städte stehen im Mittelpunkt, wenn es darum geht, die "
         "Herausforderungen durch den Ausbruch des Coronavirus zu bewältigen. Der Zugang zu öffentlichen Plätzen und "
         "Dienstleistungen für alle ist mehr denn je eine Priorität. Deshalb wird dieses Jahr eine besondere Rubrik "
         ",Zugänglichkeit öffentlicher Dienstleistungen in Zeiten einer Pandemie‘ geschaffen, um die Initiativen der Städte "
         "zu belohnen.“")
AC_P5 = ("Kommissarin Dalli wird den Gewinner des ersten Preises Anfang Dezember 2020 bekanntgeben. Im vergangenen Jahr wurde "
         "der Preis an Warschau verliehen. In Deutschland wurden bisher Berlin (2013) und Wiesbaden (2016) mit dem „Access "
         "City Award“ ausgezeichnet.")

add(id="ho171-eiz-2020-06-access-city-award-bewerbungsrunde",
    title=None,
    url="https://www.eiz-niedersachsen.de/kommission-startet-neue-bewerbungsrunde-fuer-die-auszeichnung-barrierefreie-staedte/",
    retrieved="same address (news item of the Commission's Representation in Germany of 9 June 2020 as republished by the "
              "EIZ Niedersachsen (rule 31); the part of the stored copy that the search tool returned begins with the dated "
              "lead and holds no headline, so the document has no title line (rule 18); the nested title inside the "
              "Commissioner's quotation, opened by a comma-like mark and closed by '‘', kept as published and not "
              "annotated on its own (rule 1300); the link list 'Links zum Thema: Commission …', cut off in the stored "
              "copy, dropped)",
    license=EU,
    paras=[AC_P1,
           "Europa ist heute im Wesentlichen eine städtische Gesellschaft – vier von fünf EU-Bürgerinnen und -Bürgern leben "
           "in der Stadt. In den vergangenen Monaten haben die Städte gezeigt, welche wichtige Rolle sie bei der Bewältigung "
           "globaler Herausforderungen, wie der durch den Coronavirus-Ausbruch verursachten, spielen können. Der diesjährige "
           "Wettbewerb wird dies aufgreifen.",
           AC_P3,
           "Bewerben können sich EU-Städte mit mehr als 50.000 Einwohnern. Nach dem Erfolg der vorherigen Bewerbungsrunden "
           "wird die EU-Kommission die Gewinner des ersten, zweiten und dritten Platzes weiterhin mit Preisen in Höhe von "
           "150.000, 120.000 und 80.000 Euro belohnen.",
           AC_P5],
    quotes=[("„Access City Award“", None, 0),
            ("„Access City Award“", None, 1),
            (cut(AC_P3, "„Die Städte", "belohnen.“"), DALLI),
            ("„Access City Award“", None, 2)],
    aliases={DALLI: ["Helena Dalli", "Kommissarin Dalli"]})

# --- europa.eu/rapid, IP/12/1309: Access City Award 2013 for Berlin ---

REDING = "Viviane Reding"
BE_T = "Der „Access City Award“ 2013 für behindertenfreundliche Städte geht an Berlin!"
BE_P1 = ("Brüssel, 3. Dezember 2012 – Heute hat die Vizepräsidentin der Europäischen Kommission Viviane Reding der Stadt "
         "Berlin den „Access City Award“ 2013 überreicht. Der Preis wurde in Anerkennung des umfassenden und strategischen "
         "Ansatzes Berlins bei der Schaffung einer barrierefreien Stadt für alle anlässlich der Jahreskonferenz zum "
         "Europäischen Tag der Menschen mit Behinderungen verliehen. Er wird von der Europäischen Kommission gemeinsam mit "
         "dem Europäischen Behindertenforum vergeben und soll Städte dazu ermutigen, ihre Erfahrungen auszutauschen und "
         "Maßnahmen zu ergreifen, um für einen verbesserten Zugang für alle Bevölkerungsgruppen zu sorgen.")
BE_P2 = ("„Menschen mit Behinderungen sind im Alltag noch immer mit zu vielen Hindernissen konfrontiert, aber Städte wie "
         "Berlin zeigen vor, dass das Leben für alle leichter werden kann“, erklärte Vizepräsidentin Reding, die zuständige "
         "EU-Justizkommissarin. „Barrierefreiheit eröffnet neue Geschäftsmöglichkeiten und kann auch zu Innovation und "
         "Wirtschaftswachstum beitragen. Deshalb steht die Barrierefreiheit im Zentrum der Europäischen "
         "Behindertenstrategie, und deshalb arbeiten wir auch an einem europäischen Rechtsakt über die Zugänglichkeit, den "
         "ich nächstes Jahr vorlegen möchte.“")

add(id="ho171-eucom-ip-12-1309-access-city-award-berlin",
    title=BE_T,
    url="http://europa.eu/rapid/press-release_IP-12-1309_de.htm?locale=FR",
    retrieved="same address (stored German press release IP/12/1309 of the European Commission, 3 December 2012, in the "
              "French page frame: headline and body; the header lines 'Chemin de navigation', 'Left navigation', "
              "'Additional tools', 'Europäische Kommission', 'Pressemitteilung' and the date line 'Brüssel, 3. Dezember "
              "2012' above the headline dropped (rule 14); the paragraph 'Die Jury hat Berlin wegen seiner strategischen "
              "und integrativen Behindertenpolitik ausgewählt. … von den Entscheidungst', cut off in the stored copy, "
              "dropped (rule 15))",
    license=EU,
    paras=[BE_P1,
           BE_P2],
    quotes=[("„Access City Award“", None, 0),
            ("„Access City Award“", None, 1),
            (cut(BE_P2, "„Menschen mit", "werden kann“"), REDING),
            (cut(BE_P2, "„Barrierefreiheit eröffnet", "vorlegen möchte.“"), REDING)],
    aliases={REDING: ["Viviane Reding", "Vizepräsidentin Reding"]})

# --- ec.europa.eu/commission_2010-2014/oettinger: summary of Günther Oettinger's hearing, 14 January 2010 ---

OETTINGER = "Günther Oettinger"
GO_P1 = ("„Ich will in den kommenden fünf Jahren zusammen mit Ihnen einen Beitrag zur Europäisierung der Energiepolitik (...) "
         "leisten“, erklärte der Kandidat für den Posten des Energiekommissars. „Wir brauchen einen umfassenden "
         "Paradigmenwechsel in der Energiepolitik“, so Günther Oettinger. Er nannte die \"Entkarbonisierung der "
         "Energieversorgung\" der EU und die Stärkung der Energiesicherheit als Prioritäten für seine Amtszeit.")

add(id="ho171-oettinger-2010-01-anhoerung-zusammenfassung",
    title="Zusammenfassung der Anhörung von Günther Oettinger - Energie",
    url="http://ec.europa.eu/commission_2010-2014/oettinger/headlines/news/2010/01/20100114_de.htm",
    retrieved="same address (stored news item of Günther Oettinger's site of the 2010-2014 Commission on his hearing in "
              "the European Parliament on 14 January 2010: headline, date line and the two paragraphs; the link 'Mehr' "
              "at the end dropped (rule 14); the published ellipsis '(...)' inside the first quotation and the mix of "
              "„…“ and straight marks kept (rule 20))",
    license=EU,
    paras=["14/01/2010",
           GO_P1,
           "Versorgungssicherheit, Energieeffizienz, der Stellenwert von Atomenergie, Energiearmut, aber auch die "
           "persönliche Eignung waren Themen, die Abgeordnete des Industrie- und Umweltausschusses des Europäischen "
           "Parlaments in der Anhörung des designierten Kommissars für Energie Günther Oettinger aufwarfen."],
    quotes=[(cut(GO_P1, "„Ich will", "leisten“"), OETTINGER),
            (cut(GO_P1, "„Wir brauchen", "Energiepolitik“"), OETTINGER),
            ("\"Entkarbonisierung der Energieversorgung\"", OETTINGER)],
    aliases={OETTINGER: ["Günther Oettinger"]})
