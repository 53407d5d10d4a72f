# Three-hundred-and-ninety-ninth held-out German real-news set (tests/data/heldout399-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2115-2118). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-ninth held-out set": seven German news items and press
# releases of the Free Software Foundation Europe on fsfe.org (2009-2010: the new board team of June 2009, free software
# in the Bundestag election campaign, the Theodor Heuss Medal, the Valentine's Day call, Georg Greve's Federal Cross of
# Merit, the Nordic Free Software Award, the Commission's software contract) (licence FSFE, as in the 393rd set). The
# texts are read from the stored source files of the pages (news/YYYY/*.de.xhtml in the site's repository
# fsfe/fsfe-website): markup removed, the line breaks and runs of spaces inside a paragraph joined with single spaces (as
# the page renders them), link texts kept, link lists, contact lists, footnote lists and markers, empty paragraphs and the
# pages' tag and translator data dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def j(s):
    """Join the lines of a paragraph of the source file as the page renders them."""
    return " ".join(s.split())


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

GERLOFF = "Karsten Gerloff"
KIRSCHNER = "Matthias Kirschner"
GREVE = "Georg Greve"

# --- FSFE, 26 January 2010: the Theodor Heuss Medal ---

HEUSS = "Theodor Heuss Stiftung"
WEIZ = "Carl Friedrich v. Weizsäcker"
TH_T = '"zukunftsweisende Organisation"'
TH_Q0 = j('''"Die FSFE trägt als zukunftsweisende
  Organisation mit dazu bei, Regeln für eine 'good global governance'
  zu erarbeiten und durchzusetzen."''')
TH_Q1 = j('''"Freie Software ist die unverzichtbare Komponente einer
  freiheitlichen Gesellschaft im digitalen Zeitalter. Sie sichert den
  gleichberechtigten Zugang aller Menschen zur
  Informationsgesellschaft,"''')
TH_Q2 = j('''"Die Free Software Foundation Europe wurde im November 2000 von
  einer kleinen Gruppe von Menschen ins Leben gerufen, die ihrer Zeit
  voraus waren und unermüdlich und unter großem persönlichen Einsatz
  für ihren Erfolg gearbeitet haben,"''')
TH_Q3 = j('''"Insbesondere zu nennen sind hier der Initiator der FSFE, Georg
  Greve, der die FSFE unter erheblichem persönlichen Risiko gegründet
  und bis zum Juni 2009 aufgebaut und geleitet hat, sowie Mitgründer
  Bernhard Reiter, der das deutsche Team über lange Jahre zu einer
  der stärksten Gruppen für Freie Software in Europa gemacht
  hat."''')
TH_Q4 = j('''"Die Free Software Foundation Europe wurde ins Leben gerufen, um
  als unabhängige Organisation die Freiheit der Gesellschaft im
  digitalen Zeitalter zu erkämpfen und zu sichern. Dabei geht es
  sowohl um die Freiheit von Überwachung und Kontrolle, wie auch um
  die Freiheit zur Eigeninitiative in jeglicher Form,"''')
TH_Q5 = j('''"Der Horizont der Organisation war dabei von Anfang an
  langfristig ausgerichtet, auf den nachhaltigen Wandel und auf viele
  Schultern verteilt."''')
TH_Q6 = j('''"Diese Unabhängigkeit von einzelnen Personen war ein Grundsatz,
  nach dem wir von Anfang an gearbeitet haben,"''')
TH_Q7 = j('''"Wir wollten die FSFE als eine Organisation, die für die nächsten
  Jahrzehnte den Wandel der Gesellschaft begleiten könnte. Heute wird
  die FSFE von vielen engagierten Menschen getragen, genährt und
  geschützt."''')
TH_Q8 = j('''"Die Medaille geht an alle, die sich über die Jahre mit viel
  Eigeninitiative und Eigenverantwortung für die FSFE eingesetzt
  haben. Aber es gibt viel zu tun in einer Welt, in der Software
  überall ist. In Zukunft werden wir mit unserer Arbeit noch mehr
  Menschen erreichen, ob bei den Vereinten Nationen oder vor unseren
  Haustüren. Das geht nur mit Unterstützung.  Mitstreiter sind
  herzlich willkommen!"''')
TH_Q9 = j('''„auf etwas hinweisen, was
  in unserer Demokratie getan und gestaltet werden muss, ohne dass es bereits
  vollendet ist“''')

add(id="ho399-fsfe-2010-01-theodor-heuss-medaille",
    title="FSFE mit Theodor Heuss Medaille ausgezeichnet - " + TH_T,
    url="https://fsfe.org/news/2010/news-20100126-01.de.html",
    retrieved=REPO.format(path="news/2010/news-20100126-01.de.xhtml",
                          commit="646719d78521a0c1a0600f96240a48c428cd5710")
    + " (news of 26 January 2010; headline from the h1, its line break joined; the tag list dropped (rule 14); the "
      "section heading 'Über die Theodor Heuss Stiftung' kept as its own line; double spaces rendered as one)",
    license=FSFE,
    paras=[j('''Die Free Software Foundation Europe (FSFE)
  erhält die Theodor Heuss Medaille 2010 für ihr außerordentliches
  Engagement für die gleiche und gerechte Teilhabe an der
  Informationsgesellschaft. Seit 2001 setzt sich die FSFE auf allen
  Ebenen von Gesellschaft und Politik für die Freiheit ein, Software
  zu nutzen, zu untersuchen, zu verändern und weiterzugeben.  Die
  Stiftung führt aus:''') + " " + TH_Q0,
           TH_Q1 + " " + j('''sagt Karsten Gerloff, Präsident der FSFE
  seit Juni 2009, der sich hoch erfreut über die Auszeichnung zeigt.'''),
           TH_Q2 + " hebt Gerloff hervor. " + TH_Q3,
           TH_Q4 + " erklärt Georg Greve. " + TH_Q5,
           TH_Q6 + " so Bernhard Reiter. " + TH_Q7,
           "Matthias Kirschner, Deutschlandkoordinator der FSFE, ergänzt: " + TH_Q8,
           "Über die Theodor Heuss Stiftung",
           j('''Die überparteiliche Theodor Heuss Stiftung trägt den Namen des ersten
  Bundespräsidenten (Amtszeit von 1949 – 59). Sie wurde 1964 nach dessen Tod
  von Hildegard Hamm-Brücher, seinem Sohn Ernst Ludwig Heuss, und einem Kreis
  von Freunden gegründet, um in Erinnerung an die Person und das politische
  Lebenswerk von Theodor Heuss Beispiele für gesellschaftliches Engagement,
  Zivilcourage und den Einsatz zur Förderung unserer demokratischen
  Grundordnung auszuzeichnen. Die Stiftung will damit''') + " " + TH_Q9 + " " + j('''(Carl Friedrich v. Weizsäcker, 1965). Der Theodor Heuss Preis
  wird seit 1965 jährlich an Persönlichkeiten und Organisationen vergeben, die
  in diesem Sinne wegweisend wirken.''')],
    quotes=[(TH_T, HEUSS),
            (TH_Q0, HEUSS),
            (TH_Q1, GERLOFF),
            (TH_Q2, GERLOFF),
            (TH_Q3, GERLOFF),
            (TH_Q4, GREVE),
            (TH_Q5, GREVE),
            (TH_Q6, "Bernhard Reiter"),
            (TH_Q7, "Bernhard Reiter"),
            (TH_Q8, KIRSCHNER),
            (TH_Q9, WEIZ)],
    aliases={HEUSS: ["Theodor Heuss Stiftung", "Stiftung"],
             GERLOFF: ["Karsten Gerloff", "Gerloff", "Präsident der FSFE"],
             GREVE: ["Georg Greve", "Initiator der FSFE"],
             "Bernhard Reiter": ["Bernhard Reiter", "Mitgründer"],
             KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE"],
             WEIZ: ["Carl Friedrich v. Weizsäcker"]})

# --- FSFE, 28 April 2010: Georg Greve receives the Bundesverdienstkreuz ---

KARTEN = "Karten Gerloff"
BV_Q1 = j('''"Die FSFE ist sehr stolz darauf, einen 'Ritter' in ihrem Team zu haben"''')
BV_Q2 = j('''"Georgs unermüdlicher Einsatz
für Freiheit in der Technik war eine der treibenden Kräfte für Freie Software
in Europa und auf der ganzen Welt. Er hat Freie Software auf die Tagesordnung
der Politik gesetzt und Strukturen geschaffen, die die Energie der Gemeinschaft
auf unser gemeinsames Ziel fokussieren. Seine über zehn Jahre währende harte
Arbeit hat einen enormen Fortschritt für die Freie Software bewirkt"''')
BV_Q3 = j('''"Ich bin zutiefst dankbar für die offizielle Anerkennung, die Freie Software und
Offene Standards mit dieser Auszeichnung erhalten"''')
BV_Q4 = j('''"Um
das Jahr 2000 herum entschied ich, mich ganz dieser Sache zu widmen, weil ich
das als notwendig ansah: Ich bekam ein Gespür dafür, wie Software unsere Gesellschaft
formt. Aber ich erkannte auch, dass die Gesellschaft noch nicht verstanden hatte,
wie sehr sie von Software beeinflusst wird. Ich hoffe, dass diese Auszeichnung 
dabei hilft, die Leute auf diese Fragen aufmerksam zu machen, und dass sie
der Arbeit der FSFE, die heute wichtiger denn je ist, zu weiterer 
Unterstützung verhilft."''')
WIPO = '"Weltgesellschaft für Geistiges Eigentum"'

add(id="ho399-fsfe-2010-04-greve-bundesverdienstkreuz",
    title="FSFE-Gründer Georg Greve erhält Bundesverdienstkreuz",
    url="https://fsfe.org/news/2010/news-20100428-01.de.html",
    retrieved=REPO.format(path="news/2010/news-20100428-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 28 April 2010; the translator line and the tag list dropped (rule 14); the date line 'Berlin 28. April "
      "2010.' is part of the first paragraph and kept, as are the section heading 'Über Georg Greve' (own line) and the "
      "closing paragraph '(Siehe auch …)' with its link texts as running text; the missing space before the link text 'Stimme bei den "
      "Vereinten Nationen' kept as the page renders it ('eineStimme', rule 20); the "
      "published misspelling 'Karten Gerloff' and 'Stellungsnahme' kept (rule 20); double spaces rendered as one)",
    license=FSFE,
    paras=[j('''Berlin 28. April 2010. Georg Greve, der Gründer und
erste Präsident der Free Software Foundation Europe, erhält das 
Verdienstkreuz am Bande der Bundesrepublik Deutschland. Der deutsche
Bundespräsident verleiht ihm diese hohe Auszeichnung für seinen Einsatz
für Freie Software und Offene Standards.'''),
           BV_Q1 + ", sagt der Präsident der FSFE, Karten Gerloff. " + BV_Q2 + ".",
           j('''Georg arbeitete zusammen mit der FSFE hart daran, ein Verständnis für Freie
Software als Kulturtechnik zu schaffen. Er verlieh der Freien Software eineStimme bei den Vereinten
Nationen, darunter auch in der''') + " " + WIPO + " " + j('''
(WIPO) und dem Weltgipfel zur Informationsgesellschaft (WSIS). Mit der
Freedom Task Force der FSFE etablierte er ein Kompetenzzentrum für rechtliche
Aspekte Freier Software und schuf das Konzept der rechtlichen
  Wartbarkeit für Freie-Software-Projekte.  Er initiierte
den Widerstand der Gemeinschaft gegen das OOXML-Format von Microsoft und arbeitete
an einigen der ersten Projekte für Freie Software, die von der EU finanziert
wurden. Unter Georgs Führung kam der FSFE auch eine Schlüsselrolle bei der Abwehr
der Gefahr von Softwarepatenten in Europa zu.'''),
           BV_Q3 + ", erklärt Georg Greve. " + BV_Q4,
           "Über Georg Greve",
           j('''Geboren am 10. März 1973 auf Helgoland hat Georg Greve als Diplom-Physiker einen
 klassischen wissenschaftlichen Hintergrund. Seine
 Diplomarbeit schrieb er interdisziplinär in der Informatik zum Thema
 Nanotechnologie an der Universität Hamburg.'''),
           j('''Die Softwareentwicklung begleitet ihn dabei seit seinem
 12. Lebensjahr und hat neben der ersten Veröffentlichung eines
 Programms 1991 in einer Fachzeitschrift auch zum Teil sein Studium
 finanziert, als er für mehrere Jahre die Programmentwicklung für die
 Auswertung von SQUID-Sensorendaten im Biomagnetometer-Labor des
 Universitätskrankenhauses in Eppendorf in Hamburg leitete.'''),
           j('''Dabei kam er 1993 in Kontakt mit Freier Software und GNU/Linux. Seit
 1998 als europäischer Sprecher für das GNU Projekt aktiv, begann
 Georg Greve seit dieser Zeit die Brave GNU World zu schreiben, eine monatlich
 erscheinende Kolumne zum Thema Freie Software, die neben dem
 deutschen Linux-Magazin auch in andere Magazinen weltweit, sowie in
 bis zu 10 Sprachen im Internet erschienen ist.'''),
           j('''Anfang 2001 initiierte er zusammen mit einer Gruppe engagierter Leute
 die Free Software Foundation Europe (FSFE, FSF Europe), die erste Free
 Software Foundation außerhalb der Vereinigten Staaten von Amerika und
 die bisher einzige transnationale Free Software Foundation. Der Aufbau
 und die Koordination der FSFE als europäisch orientierte 
 Nichtregierungsorganisation war der Schwerpunkt seiner Arbeit der letzten Jahre.'''),
           j('''Nachdem er die FSFE acht Jahre lang führte, ist Georg Greve heute
CEO von Kolab Systems, einem Freie-Software-Unternehmen, das
Dienstleistungen rund um die Kolab Groupware Solution anbietet. Er ist
weiterhin aktiv in der Mitgliederversammlung der FSFE und im europäischen Kernteam.
Er lebt glücklich verheiratet zusammen mit seiner Frau Ava in
Küsnacht bei Zürich.'''),
           j('''(Siehe auch Georg Greves Profil auf der FSFE-Website, ein
ausführliches
  Interview mit ihm und seine persönliche Stellungsnahme
zur Verleihung des Verdienstkreuzes.)''')],
    quotes=[(BV_Q1, KARTEN),
            (BV_Q2, KARTEN),
            (WIPO, None),
            (BV_Q3, GREVE),
            (BV_Q4, GREVE)],
    aliases={KARTEN: ["Karten Gerloff", "Präsident der FSFE"],
             GREVE: ["Georg Greve", "Georg", "Gründer und erste Präsident der Free Software Foundation Europe"]})

# --- FSFE, 21 September 2009: free software in the election campaign ---

WK_Q1 = '"Für die Wirtschaft bringt Freie Software entscheidende Vorteile"'
WK_Q2 = j('''"Mit ihr kann Deutschlands Mittelstand hochwertige
	IT-Dienstleistungen anbieten und bleibende Werte für unser Land schaffen.
	Wir freuen uns, dass die Kandidaten sich dieser Chance bewusst sind."''')
WK_Q3 = '"Software ist die Kulturtechnik des 21. Jahrhunderts"'
WK_Q4 = j('''"Jeder Mensch sollte
	die Möglichkeit haben, ein Grundverständnis dieser
	Technik zu erlernen.  Die kontinuierliche Arbeit der FSFE hat hier
	Fortschritte gebracht."''')

add(id="ho399-fsfe-2009-09-freie-software-wahlkampf",
    title="Freie Software im deutschen Wahlkampf angekommen",
    url="https://fsfe.org/news/2009/news-20090921-01.de.html",
    retrieved=REPO.format(path="news/2009/news-20090921-01.de.xhtml",
                          commit="03f19a5367690b2234dd6dd7784c8f109bfd3a4c")
    + " (news of 21 September 2009; the timestamp data dropped (rule 14); the link texts 'Freie Software', 'Karsten "
      "Gerloff', 'Matthias Kirschner' and 'Seiten' kept as running text; the published 'auch … auch' kept (rule 20); "
      "double spaces rendered as one)",
    license=FSFE,
    paras=[j('''Freie Software ist im deutschen
	Wahlkampf angekommen.  In einer Kampagne der Free Software Foundation
	Europe (FSFE) zur deutschen Bundestagswahl haben Politiker vieler Parteien
	erklärt, dass sie das Potential Freier Software und Offener Standards für
	Deutschland erkannt haben. In Antworten auf Fragen von Unterstützern der
	FSFE wiesen sie darauf hin, dass Freie Software für mehr Wettbewerb steht,
	Innovation begünstigt und Kosteneinsparungen ermöglicht.'''),
           j('''Freie Software - wie etwa das Betriebssystem GNU/Linux oder der Webbrowser
	Mozilla Firefox - kann von jedermann uneingeschränkt benutzt, untersucht,
	verändert und weitergegeben werden.''') + " " + WK_Q1 + ", sagt Karsten Gerloff, Präsident der FSFE. " + WK_Q2,
           j('''Freie Software ist auch eine wichtige Voraussetzung auch für
	Chancengleichheit in der Bildung.''') + " " + WK_Q3 + ", so Matthias Kirschner, Deutschlandkoordinator der FSFE. "
           + WK_Q4,
           j('''Dennoch fehlt den Parteien ein Gesamtkonzept, wie sie die Vorteile Freier
	Software für Deutschlands Wirtschaft und Gesellschaft nutzen wollen. Eine
	Analyse der Parteiprogramme und die gestellten Fragen und Antworten stellt
	die FSFE auf ihren Seiten
	zur Verfügung. Um diese Lücke zu schließen, wird die FSFE weiterhin als
	kompetenter Ansprechpartner mit Politikern und allen anderen arbeiten, die
	am Potential Freier Software interessiert sind.''')],
    quotes=[(WK_Q1, GERLOFF),
            (WK_Q2, GERLOFF),
            (WK_Q3, KIRSCHNER),
            (WK_Q4, KIRSCHNER)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der FSFE"],
             KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE"]})

# --- FSFE, 8 November 2010: the Nordic Free Software Award ---

STEHN = "Daniel Stehnberg"
NA_Q1 = j('''„Ohne Bjarni wäre die Freie-Software-Gemeinschaft in Island nicht, wo sie
heute ist“''')
NA_Q2 = j('''„Leute wie Bjarni sind der Lebensnerv unserer Gemeinschaft. Ich
freue mich sehr, dass seine Arbeit auf diese Weise gewürdigt wird.“''')
NA_Q3 = j('''„Der Nordic Free Software Award ist etwas Besonderes, weil er eine
Anerkennung aus deinen eigenen Reihen darstellt“''')
NA_Q4 = j('''„Es
bedeutet, dass deine Arbeit von Leuten gewürdigt wird, die verstehen, was
du geleistet hast.“''')

add(id="ho399-fsfe-2010-11-nordic-free-software-award",
    title="Isländischer Entwickler erhält den Nordic Free Software Award",
    url="https://fsfe.org/news/2010/news-20101108-01.de.html",
    retrieved=REPO.format(path="news/2010/news-20101108-01.de.xhtml",
                          commit="047a07a711f40701d0659fbbd3d53fb93662b1d4")
    + " (news of 8 November 2010; the closing section 'Links' (heading and two-item link list) dropped (rule 14))",
    license=FSFE,
    paras=[j('''Bjarni Rúnar Einarsson, Entwickler von Freier Software
aus Island, der auch beim Aufbau der Freie-Software-Gemeinschaft in Island
mitwirkte, ist mit dem Nordic Free Software Award ausgezeichnet worden.'''),
           j('''Dieser jährliche Preis wurde am Samstag von der Föreningen för Fri Kultur
och Programvara (Gesellschaft für Freie Kultur und Software) und der Free
Software Foundation Europe im Rahmen des Free Software Conference and Nordic
Summit (FSCONS) vergeben, der dieses Wochenende in Göteborg, Schweden,
stattfand.'''),
           j('''Einarsson ist seit mehr als einem Jahrzehnt eine Hauptfigur der
Freie-Software-Bewegung in Island. Er hat die Gemeinschaft der Freien
Software und Freien Kultur des Landes vorangebracht, war Gründer und Teilnehmer
mehrerer Gruppen, wie zum Beispiel Vinix, hat Beiträge zum KDE-Projekt
geliefert und netverjar.is ins Leben gerufen, eine Organisation, die für
Bürgerrechte im Internet kämpft.'''),
           NA_Q1 + j(''', so Karsten Gerloff, Präsident der Free Software Foundation
Europe.''') + " " + NA_Q2,
           j('''Bjarni setzt sich für die Verwendung Freier Software ein, indem er
seit mehreren Jahren CDs mit einem freien Betriebssystem verbreitet und
als Maintainer dieser CDs, Übersetzer und Entwickler Freier Software
arbeitet.'''),
           NA_Q3 + j(''', so der Preisträger
von 2009, der schwedische Freie-Software-Entwickler Daniel Stehnberg.''') + " " + NA_Q4],
    quotes=[(NA_Q1, GERLOFF),
            (NA_Q2, GERLOFF),
            (NA_Q3, STEHN),
            (NA_Q4, STEHN)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der Free Software Foundation Europe"],
             STEHN: ["Daniel Stehnberg", "Preisträger von 2009",
                     "schwedische Freie-Software-Entwickler"]})

# --- FSFE, 12 February 2010: the Valentine's Day call ---

VA_Q1 = j('''"Wir wollen an diesem Tag etwas zurückgeben an die Menschen, die
das ganze Jahr für uns alle arbeiten"''')
VA_Q2 = j('''"Bei Freier Software geht es darum, die
Technik den Bedürfnissen der Menschen anzupassen. Der Mensch steht
im Mittelpunkt, nicht der Computer."''')

add(id="ho399-fsfe-2010-02-valentinstag",
    title="Zeig Deine Liebe zu Freier Software am Valentinstag!",
    url="https://fsfe.org/news/2010/news-20100212-01.de.html",
    retrieved=REPO.format(path="news/2010/news-20100212-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 12 February 2010; no page furniture in the source body; the link texts 'der Kampagnenseite' and "
      "'http://identi.ca/tag/ilovefs' kept as running text; the published missing comma before 'sagt Karsten Gerloff', "
      "'ruft Free Software Foundation Europe' and the two near-identical closing paragraphs kept (rule 20))",
    license=FSFE,
    paras=[j('''Zum Valentinstag 2010 ruft Free Software Foundation Europe (FSFE)
alle Computernutzer dazu auf, ihre Liebe zu Freier Software zu
zeigen. Hinter jedem Projekt und jeder Initiative stehen echte,
hart arbeitende Menschen.'''),
           j('''Freie Software ist überall: In Desktop-Computern, Servern,
Mobiltelefonen, Routern, Fernsehern und vielen anderen
elektronischen Geräten schlägt oft ein Herz aus Freier Software.
Fast jeder kommt täglich damit in Berührung.'''),
           j('''Deshalb ruft die FSFE zum Valentinstag am 14. Februar dazu auf,
seine Wertschätzung für die Menschen zu zeigen, die Freie Software
schreiben, verbreiten und fördern.'''),
           VA_Q1 + " " + j('''sagt Karsten Gerloff,
Präsident der FSFE.''') + " " + VA_Q2,
           j('''Auf der Kampagnenseite hält FSFE einige Vorschläge bereit. Sie
reichen von einer einfachen Dankesmail an einen Entwickler über
eine Umarmung (vorher um Erlaubnis fragen!) bis hin zu einer
Spende an Organisationen, die für Freie Software eintreten.'''),
           j('''Jeder ist eingeladen, eigene Bilder zu kreativen Danksagungen
online zu stellen. FSFE sammelt die Bilder auf identi.ca und
Twitter unter dem Hashtag #ilovefs, um eine Kollage daraus zu
machen.'''),
           j('''FSFE sammelt die Beiträge und Bilder auf Microblogs unter dem
Hashtag #ilovefs, um eine Kollage daraus zu machen (z.B.
http://identi.ca/tag/ilovefs).''')],
    quotes=[(VA_Q1, GERLOFF),
            (VA_Q2, GERLOFF)],
    aliases={GERLOFF: ["Karsten Gerloff", "Präsident der FSFE"]})

# --- FSFE, 24 June 2009: the new president, vice-president and team ---

WEIDEN = "Fernanda Weiden"
HOLZ = "Christian Holz"
GROOT = "Adriaan de Groot"
NT_Q1 = j('''"Das neue Team wird die höchst erfolgreiche Arbeit der FSFE mit 
dem gleichen Weitblick fortsetzen. Wir werden hart daran arbeiten, 
das Vertrauen, das die Freie-Software-Gemeinschaft in die FSFE hat, 
zu rechtfertigen"''')
NT_Q2 = j('''"Georg Greve und sein Team haben in den letzten acht
Jahren großartige Arbeit geleistet. Sie haben die FSFE aus dem Nichts heraus zu
einer Organisation gemacht, die im höchsten Maße Respekt und Vertrauen als eine
Experten-Gruppe im Bereich Freier Software genießt und ein verlässlicher Partner
bei strategischen Entscheidungsprozessen und Verhandlungen ist."''')
NT_Q3 = j('''"Die FSFE ist
tief in der Gemeinschaft verwurzelt.  Die Menschen dieser Organisation haben
nicht nur ein großes Verständnis der Technologie selbst, sondern auch ihrer
gesellschaftlichen und politischen Aspekte. Gemeinsam können wir weiterhin
führende Ideen darüber entwickeln, wie wir als Gesellschaft mit Wissen umgehen
und wie wir das beste aus moderner Technologie herausholen können."''')
NT_Q4 = j('''"Als aus einem wirtschaftlichen Hintergrund Kommender, der seit 
den frühen 90-er Jahren mit Freier Software gearbeitet hat, ist es 
für mich sehr aufregend, stärker in die FSFE eingebunden zu werden. 
Das Team ist hochmotiviert und wir haben großartige Freiwillige, 
die unsere Tätigkeiten und Ideale unterstützen."''')
NT_Q5 = j('''"Nachdem
Freie Software zum Mainstream geworden ist, werden Ausbildung und Beratung über
ihre rechtlichen Aspekte täglich wichtiger. Mit der FTF werden wir weiterhin
die Interessen Freier-Software-Projekte schützen und bereitstehen, um die
Freie-Software-Gemeinschaft überall dort zu unterstützen, wo Hilfe notwendig
ist."''')
NT_Q6 = j('''"Das 
Fellowship ist der Schlüssel zu öffentlichem Bewusstsein über Freie 
Software. Es ist einerseits zu einem Anziehungspunkt für schlaue, 
hingebungsvolle Menschen geworden, denen Freie Software wichtig ist, 
andererseits ist es aber auch eine wichtige Säule für die finanzielle 
Stabilität der FSFE. Wir werden die Fellows der FSFE unterstützen und 
ihnen dabei helfen, etwas Gutes zu bewirken."''')
NT_Q7 = j('''"Ich habe keine 
Zweifel, dass diese außergewöhnlichen Menschen ein Wunsch-Team
darstellen, das sowohl Kontinuität als auch die Veränderung hin zu 
einer besseren, größeren und erfolgreicheren FSFE sicherstellen wird. 
Die letzten Monate, die voll Arbeit waren, um den Boden für und mit 
ihnen zu bereiten, waren ein Vergnügen und ich freue mich auf all 
Errungenschaften für die Software-Freiheit, die dieses Team 
hervorbringen wird."''')

add(id="ho399-fsfe-2009-06-neues-vorstandsteam",
    title="Die FSFE stellt vor: Der neue Präsident, die neue Vizepräsidentin und das neue Vorstandsteam",
    url="https://fsfe.org/news/2009/news-20090624-01.de.html",
    retrieved=REPO.format(path="news/2009/news-20090624-01.de.xhtml",
                          commit="10e89b76715891c6deb41a67347b8c2079104711")
    + " (news of 24 June 2009; the link and contact lists after the text dropped (rule 14): the lead line 'Mehr "
      "Informationen über das neue Team:' with its five profile links, 'Ein persönlicher Blogeintrag von Georg Greve:' "
      "with its link, 'Das neue Team steht für Kommentare zur Verfügung:' with five telephone numbers, the link "
      "'http://fsfe.org' and the line 'Pressekontakt: …'; the two empty paragraphs and the timestamp data dropped; the "
      "section 'Über die Free Software Foundation Europe:' (heading as its own line and paragraph) kept; the published "
      "'Organistation', 'Aufgabenbereich', 'auf all Errungenschaften' kept (rule 20); double spaces rendered as one)",
    license=FSFE,
    paras=[j('''Während der Generalversammlung in Miraflores de la 
Sierra (Spanien) wurden von den Mitgliedern der FSFE neue Koordinatoren 
für einige Aufgabenbereich der Organistation gewählt, wie etwa Strategie, 
rechtliche Angelegenheiten und Geschäftsführung.'''),
           NT_Q1 + ", so der neue Präsident Karsten Gerloff.",
           "Weiters führt er aus: " + NT_Q2,
           "Die neu gewählte Vizepräsidentin Fernanda Weiden fügt hinzu: " + NT_Q3,
           "Christian Holz, der neu ernannte Geschäftsführer der FSFE, sagt: " + NT_Q4,
           "Adriaan de Groot, designierter Koordinator der Freedom Task Force: " + NT_Q5,
           j('''Matthias Kirschner, der kürzlich die Koordination des Fellowships 
und des deutschen Teams hauptberuflich übernahm, fügt an:''') + " " + NT_Q6,
           j('''Der Gründer und bisherige Präsident der FSFE, Georg Greve, wird 
der Organisation als freiwilliger Mitarbeiter erhalten bleiben. Er 
sichert dem neuen Team seine volle Unterstützung zu:''') + " " + NT_Q7,
           "Über die Free Software Foundation Europe:",
           j('''Die Free Software Foundation Europe (FSFE) ist eine gemeinnützige,
    regierungsunabhängige Organisation, die in vielen Ländern Europas aktiv
    und in vielen globalen Aktionen involviert ist. Der Zugang zu Software
    entscheidet über die Teilhabe an der digitalen Gesellschaft. Um 
    Chancengleichheit im Informationszeitalter und die Freiheit des
    Wettbewerbs sicherzustellen, widmet sich die Free Software
    Foundation Europe (FSFE) der Förderung Freier Software, welche 
    dadurch definiert wird, dass sie von jedem Menschen uneingeschränkt
    benutzt, untersucht, verändert und weitergegeben werden kann. 
    Dies ins öffentliche Bewusstsein zu rücken und der Freien Software 
    politische und rechtliche Sicherheit zu verschaffen, sind die
    wichtigsten Ziele der FSFE, die 2001 gegründet wurde.''')],
    quotes=[(NT_Q1, GERLOFF),
            (NT_Q2, GERLOFF),
            (NT_Q3, WEIDEN),
            (NT_Q4, HOLZ),
            (NT_Q5, GROOT),
            (NT_Q6, KIRSCHNER),
            (NT_Q7, GREVE)],
    aliases={GERLOFF: ["Karsten Gerloff", "neue Präsident"],
             WEIDEN: ["Fernanda Weiden", "neu gewählte Vizepräsidentin"],
             HOLZ: ["Christian Holz", "neu ernannte Geschäftsführer der FSFE"],
             GROOT: ["Adriaan de Groot", "designierter Koordinator der Freedom Task Force"],
             KIRSCHNER: ["Matthias Kirschner"],
             GREVE: ["Georg Greve", "Gründer und bisherige Präsident der FSFE"]})

# --- FSFE, 7 December 2010: the Commission's software framework contract ---

KOMM = "Europäische Kommission"
OSOR = "OSOR-Projekt der Europäischen Kommission"
MS = "Mitgliedstaaten"
SV_Q1 = "„Dies ist schlecht für Europa,“"
SV_Q2 = j('''„Statt eine Strategie zu entwickeln, um die
Vorteile Freier Software zu nutzen und unabhängig von einzelnen Anbietern
zu werden, bringt sich die Kommission noch stärker in eine durch den
Lock-in-Effekt bewirkte Abhängigkeit.“''')
SV_D1 = j('''„Diskriminierung vermieden und bei der Beschaffung im
öffentlichen Sektors ein Wettbewerb ermöglicht wird.“''')
SV_D2 = j('''„IKT-Produkte und -Dienstleistungen offen und
interoperabel“''')
SV_D3 = j('''„Ausschreibungen auf
funktionalen Anforderungen basieren, nicht auf bestimmten Produkten oder
Anbietern“''')
SV_D4 = j('''„besonders auf die
Vorteile zu achten, die sich aus der Verwendung offener Spezifikationen
ergeben, um Dienste so kosteneffizient wie möglich anzubieten und um
Innovation und Kosteneffizienz im E-Government durch die systematische
Förderung Offener Standards und interoperabler Systeme zu verankern“''')
SV_Q3 = j('''„Die Bürger in Europa erwarten von der Kommission, dass sie ihre Kosten
niedrig hält, dass sie ihre Steuergelder so verwendet, dass die Entwicklung
Europas gefördert wird, und dass sie sich an ihre eigenen Richtlinien hält,“''')
SV_Q4 = j('''„Dieses Verhalten von DIGIT wird den Europäern in allen drei
Punkten nicht gerecht. Es schadet der Glaubwürdigkeit der Kommission.“''')

add(id="ho399-fsfe-2010-12-softwarevertrag-kommission",
    title="Softwarevertrag der Europäischen Kommission ist schlecht für Europa",
    url="https://fsfe.org/news/2010/news-20101207-01.de.html",
    retrieved=REPO.format(path="news/2010/news-20101207-01.de.xhtml",
                          commit="00ac4e9975c65b77d66f7af612257502d8f3d489")
    + " (news of 7 December 2010; the footnote markers (superscript link numbers 1-8 after 'an', 'interoperabel“', "
      "'Anbietern“', 'verankern“', 'Entwürfe', 'kritisiert', 'Offene Standards', 'Freie Software'), the section "
      "'Fußnoten' (heading and eight-item list of references), the 'To top' link and the translator line dropped "
      "(rule 14); the published 'im öffentlichen Sektors' kept (rule 20))",
    license=FSFE,
    paras=[j('''Die Europäische Kommission wird innerhalb der nächsten
sechs Jahre 189 Millionen Euro für proprietäre Software ausgeben, in direktem
Widerspruch zu ihren eigenen Entscheidungen und Richtlinien. Die Kommission
kündigte letzte Woche einen auf sechs Jahre angelegten Rahmenvertrag zum
Kauf verschiedener, hauptsächlich proprietärer, Software und damit verbundener
Dienstleistungen an.'''),
           SV_Q1 + " " + j('''sagt Karsten Gerloff, Präsident der Free
Software Foundation Europe.''') + " " + SV_Q2,
           j('''Der Vertrag der letzten Woche widerspricht den Absichtserklärungen
in mehreren Dokumenten der Kommission. Laut den europäischen
Beschaffungsrichtlinien sollen Käufe des öffentlichen Sektors derart
erfolgen, dass''') + " " + SV_D1,
           j('''Die im Mai 2010 veröffentlichte Digitale Agenda fordert, dass''') + " " + SV_D2 + " " + j('''sein müssen. Laut einer
vom OSOR-Projekt der Europäischen Kommission herausgegebenen Richtlinie
sollen in europäischen Beschaffungsrichtlinien''') + " " + SV_D3 + j(''', während der Vertrag der letzten
Woche eine lange Liste von konkreten Produkten enthält, die die
Kommission kaufen will.'''),
           j('''In den Erklärungen von Malmö und Granada 2009 und 2010 haben die
Mitgliedstaaten die Europäische Kommission aufgefordert,''') + " " + SV_D4 + ".",
           j('''Der Beschaffungsprozess wurde von der Generaldirektion Informatik (DIGIT)
durchgeführt. Diese Abteilung leitet auch den Prozess zur Revision des
European Interoperability Framework. Die FSFE hat bisherige
Entwürfe stark
kritisiert, da sie 
Offene Standards und Freie
Software gegenüber der ursprünglichen Fassung
weniger unterstützen.'''),
           SV_Q3 + " so Gerloff. " + SV_Q4],
    quotes=[(SV_Q1, GERLOFF),
            (SV_Q2, GERLOFF),
            (SV_D1, KOMM),
            (SV_D2, KOMM),
            (SV_D3, OSOR),
            (SV_D4, MS),
            (SV_Q3, GERLOFF),
            (SV_Q4, GERLOFF)],
    aliases={GERLOFF: ["Karsten Gerloff", "Gerloff", "Präsident der Free Software Foundation Europe"],
             KOMM: ["Europäische Kommission", "Kommission"],
             OSOR: ["OSOR-Projekt der Europäischen Kommission", "OSOR-Projekt"],
             MS: ["Mitgliedstaaten"]})
