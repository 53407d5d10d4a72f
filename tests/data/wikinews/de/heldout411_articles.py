# Four-hundred-and-eleventh held-out German real-news set (tests/data/heldout411-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2160-2164). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-eleventh held-out set": six German news items and press releases of
# the Free Software Foundation Europe on fsfe.org (2004-2008: the donation appeal of July 2004, the end of the EU antitrust
# case and Samba's access to the protocol information (December 2007), the call to the "Freiheit statt Angst" day of
# action, the 25th birthday of the GNU project, the FTF guide on licence violations, the Fellowship seats in the General
# Assembly (2008)) (licence FSFE, as for the 393rd set). The texts are read from the stored source files of the pages
# (fsfe.org/news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line breaks inside a
# paragraph joined with single spaces (as the page renders them), runs of spaces rendered as one, link texts kept;
# headings inside the body kept as their own lines, the items of a body list kept one per line; the date line, the
# contact blocks (telephone lists, contact addresses, contact links) and the file's tag/translator data dropped
# (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

GREVE = "Georg Greve"
KIRSCHNER = "Matthias Kirschner"
COUGHLAN = "Shane Coughlan"

ABOUT_HEAD = "Über die Free Software Foundation Europe"
# The "Über die FSFE" paragraph of the 2008 releases, in its two published wordings.
ABOUT_A = ("Die Free Software Foundation Europe (FSFE) ist eine gemeinnützige, regierungsunabhängige Organisation, die in "
           "vielen Ländern Europas aktiv und in vielen globalen Aktionen involviert ist. Der Zugang zu Software entscheidet "
           "über die Teilnahme an der digitalen Gesellschaft. Um Chancengleichheit im Informationszeitalter und die Freiheit "
           "des Wettbewerbs sicherzustellen, widmet sich die Free Software Foundation Europe (FSFE) der Förderung Freier "
           "Software, welche dadurch definiert wird, dass sie von jedem Menschen uneingeschränkt benutzt, untersucht, "
           "verändert und weitergegeben werden kann. Dies ins öffentliche Bewusstsein zu rücken, und der Freien Software "
           "politische und rechtliche Sicherheit zu verschaffen, sind die wichtigsten Ziele der FSFE, die 2001 gegründet "
           "wurde.")
ABOUT_B = ("Die Free Software Foundation Europe (FSFE) ist eine gemeinnützige, regierungsunabhängige Organisation, die in "
           "vielen Ländern Europas aktiv und in vielen globalen Aktionen involviert ist. Der Zugang zu Software entscheidet "
           "über die Teilnehmahme an der digitalen Gesellschaft. Um Chancengleichheit im Informationszeitalter und die "
           "Freiheit des Wettbewerbs sicherzustellen, widmet sich die Free Software Foundation Europe (FSFE) der Förderung "
           "Freier Software, welche dadurch definiert wird, dass sie von jedem Menschen uneingeschränkt benutzt, untersucht, "
           "verändert und weitergegeben werden kann. Dies ins öffentliche Bewusstsein zu rücken und der Freien Software "
           "politische und rechtliche Sicherheit zu verschaffen, sind die wichtigsten Ziele der FSFE, die 2001 gegründet "
           "wurde.")
MORE_A = "Weitere Informationen über die Arbeit der FSFE finden Sie auf https://fsfe.org/."
MORE_B = "Weitere Informationen über die Arbeit der FSFE finden Sie auf https://fsfe.org/"

# --- FSFE, 1 July 2004: the donation appeal ---

UN = "Vereinten Nationen"
SALAZAR = "Paul Salazar"
NEBGEN = "Horst Nebgen"
REITER = "Bernhard Reiter"
SP_UN = ('"Freie Software ist mehr als nur irgendein Produkt. Sie beschreibt eine andere Art zur Entwicklung, Erhaltung '
         'und Veränderung der Regeln, die den Informationsfluss steuern."')
SP_SAL = ('"Die FSFE macht einen hervorragenden Job - beispielsweise in dem sie die Rechte Freier Softwareentwickler '
          'schützt. Daher unterstützen wir die FSFE"')
SP_NEB = ('"Novell hat das Installations- und Konfigurationswerkzeug YAST (Yet another setup tool) unter die GPL (GNU '
          'General Public License) gestellt, um es damit jedem Entwickler zugänglich zu machen. Die GPL und damit die '
          'FSFE[/US], die diese herausgibt, wartet und schützt, garantiert Transparenz und Plattformunabhängigkeit und '
          'stellt damit sicher, dass durch die Innovationskraft Freier Software die heute schon sprichwörtliche '
          'Stabilität, Sicherheit und umfassende Netzwerkfähigkeit von [GNU/]Linux in Zukunft weiterentwickelt und '
          'optimiert wird. Die Free Software Foundation Europe ist daher für Novell ein wichtiger Partner auf dem Weg in '
          'die Zukunft."')
SP_GR1 = '"Natürlich sind wir über derart lobende Worte hoch erfreut"'
SP_GR2 = ('"Die Bedeutung dieser Wertschätzung ist aber vor allem deshalb so groß, weil die FSFE eben auch gegenüber '
          'diesen Unternehmen in der Vergangenheit nicht mit Kritik gespart hat, wo wir sie für notwendig hielten. '
          'Offensichtlich wird die Arbeit der FSFE geschätzt, auch wenn sie manchmal unbequem ist. Diese Unabhängigkeit '
          'von Politik, Wirtschaft und Verbänden ist eine Voraussetzung für unseren bisherigen Erfolg und Grundlage '
          'unserer weiteren Arbeit."')
SP_REI = ('"Wir wollen unsere Projekte auf höchstem Niveau durchführen. Außerdem stellen wir einen zunehmenden Bedarf der '
          'Öffentlichkeit fest: Wir werden gebeten, Vorträge zu halten oder Rat zur Lizensierung Freier Software gebeten. '
          'Das würden wir gerne alles tun. Aber ohne die finanziellen Mittel sind uns die Hände gebunden."')

add(id="ho411-fsfe-2004-07-spendenaufruf",
    title="Spendenaufruf",
    url="https://fsfe.org/news/2004/news-20040701-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2004/news-20040701-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 1 July 2004; the date line '1. Juli 2004' dropped (rule 14); the headline is the page heading, not the "
      "browser title 'FSF Europe - Spendenaufruf'; the heading 'Wie Sie diesen Aufruf unterstützen können' and the three "
      "items of the list under it kept one per line, their link texts kept as running text; the emphasis markup inside "
      "the quotations dropped; the editorial brackets 'FSFE[/US]' and '[GNU/]Linux' in Nebgen's quotation, the double "
      "space after 'unbequem ist.' rendered as one, and 'in dem', 'Lizensierung' kept as published (rules 20, 2164); an "
      "older version of the file, news/2004/news-20040701.de.xhtml, has slightly different wording and is not used)",
    license=FSFE,
    paras=["Freier Software kommt in der Informationsgesellschaft eine erhebliche Bedeutung zu: " + SP_UN
           + " - so die Vereinten Nationen in einem Arbeitspapier vom April 2004.",
           "Eine Institution, die sich für Freie Software in Europa einsetzt, ist die Free Software Foundation Europe "
           "(FSFE). Und das mit Erfolg: " + SP_SAL + ", so Paul Salazar, der als Direktor beim GNU/Linux-Distributor Red "
           "Hat das Marketing in Europa, dem Mittleren Osten und Afrika verantwortet. Mit dieser positiven Einschätzung "
           "zur FSFE ist Salazar kein Einzelfall.",
           "So meint Horst Nebgen, Vice President Central Europe und Geschäftsführer Novell Deutschland " + SP_NEB,
           SP_GR1 + ", so der Präsident der FSFE, Georg Greve, und betont: " + SP_GR2,
           "Die Projekte der FSFE sind vielfältig: Teilnahme in der Deutschen Regierungsdelegation zum "
           "Weltinformationsgipfel, Beratung der Europäischen Union bei der Aufstellung von deren "
           "Forschungsrahmenprogrammen, Beteiligung an AGNULA, einem Projekt zur Entwicklung des größten Freien "
           "Softwareportals für Musiker und Multimediaautoren oder auch die Wartung und Weiterentwicklung der GNU General "
           "Public License (GPL).",
           "Diese Vielfalt kostet viel Geld: Reisen rund um die Welt, Produktion von Informations- und "
           "Marketingmaterial, Personalkosten. Daher startet die FSFE jetzt eine Spendenkampagne. Der "
           "Deutschland-Koordinator der FSFE Bernhard Reiter erläutert die Hintergründe: " + SP_REI,
           "Wie Sie diesen Aufruf unterstützen können",
           "Spenden Sie über Ihre Firma. Details erfahren Sie auf unserer Informationsseite. Beachten Sie bitte auch unsere "
           "Sponsor-Grafiken und vergessen Sie nicht, uns mitzuteilen, ob Ihre Spende veröffentlicht werden soll.",
           "Verlinken Sie auf die Internetseite der FSFE oder auf diese Kampagne",
           "Informieren Sie Ihren Arbeitgeber über diese Kampagne und fordern Sie ihn zum Mitmachen auf."],
    quotes=[(SP_UN, UN),
            (SP_SAL, SALAZAR),
            (SP_NEB, NEBGEN),
            (SP_GR1, GREVE),
            (SP_GR2, GREVE),
            (SP_REI, REITER)],
    aliases={UN: ["Vereinten Nationen"],
             SALAZAR: ["Paul Salazar", "Salazar", "Direktor beim GNU/Linux-Distributor Red Hat"],
             NEBGEN: ["Horst Nebgen", "Vice President Central Europe und Geschäftsführer Novell Deutschland"],
             GREVE: ["Georg Greve", "Präsident der FSFE"],
             REITER: ["Bernhard Reiter", "Deutschland-Koordinator der FSFE"]})

# --- FSFE, 20 December 2007: the EU antitrust case ends, Samba gets the interoperability information ---

OEBERG = "Jonas Öberg"
PIANA = "Carlo Piana"
SA_GR1 = ('"Das Verfahren ist beendet und die Interoperabilität hat gewonnen. Das Europäische Gericht machte klar, dass '
          'Informationen zur Interoperabilität nicht geheimgehalten werden dürfen und die Vereinbarung zeigt, dass '
          'Microsoft keine Chance mehr sah, seine Behinderung der Interoperabilität in diesem Bereich fortzusetzen. Damit '
          'ist ein Maßstab gesetzt, an dem sich jeder künftig wird messen lassen müssen,"')
SA_OE1 = ('"Weitere Gewinner sind alle Anwender von Applikationen, die die Produktivität in der Gruppe steigern: Samba wird '
          'jetzt vollen Zugang zu allen Informationen erhalten, die notwendig sind, um vollständige Interoperabilität mit '
          'den heutigen und künftigen Workgroup Servern von Microsoft zu erzielen. Alle Anwender werden davon profitieren '
          '- sogar die von Microsoft selbst, denn steigender Wettbewerb wird vermutlich für sinkende Preise und Margen bei '
          'Microsoft sorgen.')
SA_PI1 = ('"Unter den gegebenen Umständen, dank den Verbesserungen, die wir erzielen konnten ist dies die bestmögliche '
          'Lösung. Zwar werden damit nicht alle Probleme beseitigt, die wir mit Microsoft haben - es verbessert nur '
          'teilweise eine unfaire und illegale Situation. Damit wird nichts bereinigt, sondern es werden lediglich die '
          'Auflagen erfüllt, die die Kommission verhängt und der Europäische Gerichtshof bestätigt hat. Und wenigstens '
          'steht die Vereinbarung völlig im Einklang mit Freien Software Lizenzen,"')
SA_PI2 = ('"Wir haben ein für allemal eine Liste von Patenten erhalten, von denen Microsoft behauptet, dass sie sich auf '
          'die Spezifikationen beziehen. Unerhörter Weise wurde uns nie genau mitgeteilt, um welche Patente es sich '
          'handelt. Das sollte helfen, das Verbreiten von Angst, Unsicherheit und Zweifeln gegenüber Samba zu beenden und '
          'wir hoffen, dass das selbe auch auch mit anderen Freien Software Projekten geschehen wird. Das ist gängige '
          'Praxis: Wer ein Problem mit jemandem hat, sollte sagen, um was es geht - oder für immer schweigen."')
SA_OE2 = ('"Die Europäische Kommission wurde scharf wegen ihrer Vereinbarung mit Microsoft kritisiert, insbesondere weil '
          'sie mögliche relevante Patente von Microsoft nicht für unwirksam erklärt hat,"')
SA_OE3 = ('"Das System taugt nichts und bedarf der Überarbeitung, aber es ist nicht die Aufgabe von '
          'Verwaltungsbeamten, bestimmte Patente für wirksam oder unwirksam zu erklären. Was wir brauchen ist ein '
          'informativer, transparenter und demokratischer Dialog in dieser Angelegenheit."')
SA_GR2 = ('"Die Europäische Kommission ist weiter gekommen als jede andere Wettbewerbsbehörde weltweit und war '
          'erfolgreicher. Sie verdient unsere Anerkennung und Unterstützung dafür, dass sie 80 Prozent des Weges '
          'zurückgelegt hat. Trotzdem wäre es wünschenswert gewesen, wenn sie den Mut aufgebracht hätte, auch die '
          'Probleme beim Namen zu benennen, die durch Patente auf Interoperabilität und dadurch für den Wettbewerb '
          'entstanden sind, einschließlich einer klaren Ansage an die richtigen politischen Adressaten."')
SA_GR3 = ('"Wir sollten auch nicht vergessen, dass dies lediglich ein Bereich ist, in dem Microsoft das gleiche Verhalten '
          'zeigt. Es gibt bedeutende Kartellvorwürfe sowohl vom European Committee for Interoperable Systems (ECIS) und '
          'von Opera bezüglich missbräuchlichen Verhaltens im Office-, Internet- und Webbrowser- Bereich,"')
SA_GR4 = ('"Wenn die gleichen Methoden in einem Bereich missbräuchlich sind, dann sollten sie es auch in anderen sein. '
          'Daher sollte die Kommission nicht zögern, auch die anderen Vorwürfe zu untersuchen, wenn sie dem positiven '
          'Beispiel folgen will, das sie selbst seit 1998 gesetzt hat."')
SA_GR5 = ('"Das Ergebnis insgesamt ist positiv. Als die FSFE 2001 begann, die Kommission in ihren '
          'Wettbewerbsermittlungen gegen Microsoft zu unterstützen, war es unser Ziel, diese Informationen für Freie '
          'Software zur Verfügung zu stellen. Wir haben genau das erreicht, in dem wir seit 2003 mit dem Samba Team '
          'zusammenarbeiten."')
SA_OE4 = ('"Softwarepatente waren bisher ein Problem, und sie bleiben auch heute ein Problem. Wir müssen dieses Problem '
          'politisch lösen und die FSFE hat weiterhin vor, daran zu arbeiten. In der Zwischenzeit möchte ich ich all den '
          'Freiwilligen und Angestellten der FSFE und Samba danken, die ohne große Unterstützung von außen an diesem '
          'großen Erfolg für Freie Software gearbeitet haben, während sich andere aus dem Fall herauskaufen ließen. Unser '
          'Dank gilt allen, die unsere Arbeit in den Jahren unterstützt haben und diesen Erfolg ermöglicht haben."')

add(id="ho411-fsfe-2007-12-samba-interoperabilitaet",
    title="EU Kartellverfahren beendet: Samba erhält Interoperabilitäts-Informationen",
    url="https://fsfe.org/news/2007/news-20071220-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2007/news-20071220-01.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (press release of 20 December 2007; the contact block after the 'Über die Free Software Foundation Europe:' "
      "paragraph ('Kontakt:' with five names and telephone numbers, 'Die Telefonzentrale der FSFE ist erreichbar über:' "
      "with five numbers) and the translator element dropped (rule 14); the line break before 'https://fsfe.org' at the "
      "end of the 'Über die FSFE' paragraph kept as its own line; the link text 'Samba' kept as running text; Öberg's "
      "first quotation, published without a closing mark, and the published irregularities 'auch auch', 'ich ich', "
      "'in dem', 'Webbrowser- Bereich' kept (rules 20, 2162))",
    license=FSFE,
    paras=["2004 befand die Europäische Kommission Microsoft des Monopolmissbrauchs im IT Markt für schuldig und "
           "verlangte, dass die vollständigen Interoperabilitäts-Informationen den Wettbewerbern zugänglich gemacht "
           "werden. Microsoft hat Widerspruch gegen diese Entscheidung eingelegt, was vom Europäischen Gerichtshof Erster "
           "Instanz (EuGH) im September 2007 zurückgewiesen wurde. Der EuGH befand Microsoft der mutwilligen Behinderung "
           "der Interoperabilität für schuldig und hielt die Verpflichtung für Microsoft aufrecht, seinen Wettbewerbern "
           "die betreffenden Protokollinformationen zur Verfügung zu stellen.",
           "Das Samba Team entschloss sich nun, von dieser Verpflichtung gegenüber Microsoft auf der Grundlage der "
           "Europäischen Entscheidungen Gebrauch zu machen. Über die Protocol Freedom Information Foundation (PFIF) wurde "
           "um die Interoperabilitäts-Informationen gebeten und eine einmalige Zugangsgebühr in Höhe von 10.000 EUR wurde "
           "bezahlt, um Samba vollständigen Zugang zu diesen wichtigen Spezifikationen zu verschaffen.",
           SA_GR1 + " fasst Georg Greve, der Präsident der Free Software Foundation Europe (FSFE) zusammen.",
           "FSFE Vizepräsident Jonas Öberg ergänzt: " + SA_OE1,
           SA_PI1 + " kommentiert Carlo Piana, Anwalt der FSFE.",
           "Piana ergänzt: " + SA_PI2,
           SA_OE2 + " Jonas Öberg fährt fort: " + SA_OE3,
           "Georg Greve ergänzt: " + SA_GR2,
           SA_GR3 + " ergänzt Greve. " + SA_GR4,
           SA_GR5,
           "Jonas Öberg kommt zu dem Schluss: " + SA_OE4,
           "Über die Free Software Foundation Europe:",
           "Die Free Software Foundation Europe (FSFE) ist eine gemeinnützige, regierungsunabhängige Organisation, die in "
           "vielen europäischen Ländern aktiv und in zahlreiche globale Aktivitäten involviert ist. Der Zugang zu Software "
           "entscheidet, wer an der digitalen Gesellschaft teilnehmen kann. Freie Software wird dadurch definiert, dass sie "
           "von jedem Menschen uneingeschränkt benutzt, verändert und weitergegeben werden kann. Nur Software, die diese "
           "Kriterien erfüllt, ermöglicht Chancengleichheit im Informationszeitalter. Dies ins öffentliche Bewusstsein zu "
           "rücken, die Entwicklung Freier Software aktiv zu unterstützen, und ihr dabei politische und rechtliche "
           "Sicherheit zu verschaffen, sind die wichtigsten Ziele der FSFE, die 2001 als Schwesterorganisation der "
           "nordamerikanischen FSF gegründet wurde.",
           "https://fsfe.org"],
    quotes=[(SA_GR1, GREVE),
            (SA_OE1, OEBERG),
            (SA_PI1, PIANA),
            (SA_PI2, PIANA),
            (SA_OE2, OEBERG),
            (SA_OE3, OEBERG),
            (SA_GR2, GREVE),
            (SA_GR3, GREVE),
            (SA_GR4, GREVE),
            (SA_GR5, GREVE),
            (SA_OE4, OEBERG)],
    aliases={GREVE: ["Georg Greve", "Greve", "Präsident der Free Software Foundation Europe (FSFE)"],
             OEBERG: ["Jonas Öberg", "FSFE Vizepräsident"],
             PIANA: ["Carlo Piana", "Piana", "Anwalt der FSFE"]})

# --- FSFE, October 2008: call to the "Freiheit statt Angst" day of action ---

FA_KI = ('"Freie Software gewährt uns das Recht, diese Software zu jedem Zweck zu verwenden, zu studieren, sie an unsere '
         'Zwecke anzupassen und veränderte Versionen anderen Menschen zur Verfügung zu stellen. Wenn nun aber unsere '
         'Rechte durch fragwürdige Gesetze wie zum Beispiel den so genannten Hackerparagraphen immer weiter '
         'zurechtgestutzt werden, kann es passieren, dass wir am Ende aufgrund von Gesetzen kaum noch von den vier '
         'Freiheiten Gebrauch machen können"')

add(id="ho411-fsfe-2008-10-freiheit-statt-angst",
    title="FSFE für Freiheit statt Angst",
    url="https://fsfe.org/news/2008/freedom-not-fear.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2008/freedom-not-fear.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of October 2008, undated in the file; it announces the day of action of 11 October 2008; the contact block (heading 'Kontakt', the "
      "list of five telephone numbers and the line 'Weitere Kontaktmöglichkeiten zur FSFE.') dropped (rule 14); the link "
      "texts '\"Freiheit statt Angst\"', 'AK Vorrat', '\"Volksopstand 2008\"', 'Übersichtsseite des Aktionstags' and "
      "'https://fsfe.org/' kept as running text; the double spaces after full stops and in 'z.B.  auch' rendered as one; "
      "the published irregularities 'Diskussionveranstaltungen', 'des Aktionstags des sind' and the missing comma before "
      "'befürchtet' kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe setzt sich für Freie Software ein, damit jeder Bürger sich selbstbestimmt, "
           "aktiv und mündig in der Informationsgesellschaft beteiligen kann. Internetzensur, Missachtung der "
           "Netzneutralität und zunehmende Netzüberwachung lassen sich mit diesen Zielen nicht vereinbaren. Daher ruft die "
           'FSFE zur Beteiligung am weltweiten Aktionstag "Freiheit statt Angst" am 11. Oktober auf.',
           FA_KI + " befürchtet Matthias Kirschner, stellvertretender Deutschlandkoordinator der FSFE.",
           "In Berlin startet um 14 Uhr am Alexanderplatz die Großdemonstration. Das Ereignis ist vom AK Vorrat organisiert "
           "und wird alleine in Deutschland von über 100 Organisationen unterstützt. Daneben sind bereits in 21 weiteren "
           "Ländern Aktionen geplant: So werden z.B. auch in den Städten Paris, Stockholm, London, Sofia und Luxemburg "
           "Demonstrationen stattfinden, in Rom und Zürich sind künstlerische Aktionen angekündigt und in Washington D.C. "
           'mehrere Diskussionveranstaltungen geplant. In den Niederlanden stehen unter dem Titel "Volksopstand 2008" ab '
           "12 Uhr eine Kundgebung am Platz der zweiten Kammer in Den Haag sowie im Anschluss daran vielfältige Formen des "
           'Protests wie Workshops oder ein "privacy markt" auf dem Programm.',
           "Auf der Übersichtsseite des Aktionstags des sind die gesamten weltweit geplanten Aktionen aufgeführt.",
           ABOUT_HEAD,
           ABOUT_A,
           MORE_A],
    quotes=[('"Freiheit statt Angst"', None),
            (FA_KI, KIRSCHNER),
            ('"Volksopstand 2008"', None),
            ('"privacy markt"', None)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "stellvertretender Deutschlandkoordinator der FSFE"]})

# --- FSFE, 27 September 2008: 25 years of the GNU project ---

GNU_GR1 = '"Den Beitrag des GNU-Projektes in der datenverarbeitenden Welt kann man kaum überbewerten"'
GNU_GR2 = ('"Zum ersten Mal gab es ein Bewusstsein für Freie Software und das Konzept des Copylefts revolutionierte die '
           'Art wie sich die Freiheit verbreitete und schützte. Beide intellektuellen Errungenschaften legten das '
           'Fundament für den immensen Erfolg von GNU/Linux, welches sich in der Zwischenzeit zum größten Mitbewerber '
           'proprietärer Betriebssysteme in allen Bereichen der Datenverarbeitung entwickelt hat. Man findet es in '
           'großangelegter Forschung ebenso wie auf erschwinglichen Laptops für Endverbraucher. Auf diese Weise war GNU '
           'Ursprung dafür, dass die Nutzer Kontrolle über ihre elektronische Arbeitsumgebung und ihre Daten erhielten.')
GNU_CO = ('"Die FSFE arbeitet eng mit ihren Partnern in Europa und darüber hinaus zusammen, um den Geist von Stallmans '
          'ursprünglicher Ankündigung zu erhalten, in der Praxis auszuüben und um ein Bewusstsein für Freie Software zu '
          'schaffen."')
GREVE_FULL = "Georg C. F. Greve"

add(id="ho411-fsfe-2008-09-gnu-25-jahre",
    title="Alles Gute zum GNUburtstag! Die FSFE feiert den 25. Geburtstag des GNU-Projekts!",
    url="https://fsfe.org/news/2008/gnu-25-years.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2008/gnu-25-years.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (press release of 27 September 2008; the headline is the page heading (its bold markup on 'GNUburtstag' "
      "removed); the dateline '27. September 2008 —' at the start of the second paragraph kept, as it is part of that "
      "paragraph; the section 'Hinweise für Herausgeber' kept (heading and its two list items, one per line); the contact "
      "block (heading 'Kontakt', five telephone numbers, the line 'Weitere Kontaktmöglichkeiten zur FSFE.') and the "
      "translator element dropped (rule 14); link texts kept as running text; the double spaces after full stops "
      "rendered as one; Greve's second quotation, published without a closing mark, and the missing comma before "
      "'erklärt Shane Coughlan' kept (rules 20, 2162))",
    license=FSFE,
    paras=["Heute vor 25 Jahren wurde das GNU-Projekt angekündigt, eine bahnbrechende Initiative um ein Betriebssystem zu "
           "entwickeln, das allen Nutzern die Freiheit gibt es zu verändern und modifizierte Versionen zu veröffentlichen - "
           "individuell oder in Zusammenarbeit mit anderen. Die Free Software Foundation Europe (FSFE) gratuliert zu den "
           "wesentlichen Errungenschaften des ersten Vierteljahrhunderts und freut sich weiterhin darauf, das gemeinsame "
           "Ziel, Freie Software, voranzutreiben.",
           "27. September 2008 — Heute vor 25 Jahren gründete Richard M. Stallman das GNU-Projekt mit dem Ziel ein "
           "vollständiges Betriebssystem zu erschaffen, das es jedem erlaubt es zu nutzen, zu studieren, zu teilen und zu "
           "verbessern. Diese Freiheiten garantieren allen Nutzern die Unabhängigkeit und Flexibilität um ihren Computer "
           "für jeden Zweck zu nutzen, ohne künstliche Beschränkungen, die proprietäre Software den Nutzern auferlegt, wie "
           "Anbieter-Lock-in, proprietäre Dateiformate und Digital Restrictions Management (DRM). Von seinen bescheidenen "
           "Anfängen im Labor für künstliche Intelligenz am MIT entwickelte sich GNU zu einem der bekanntesten "
           "Betriebssysteme der Welt und begünstigte die Entwicklung tausender anderer Freie-Software-Anwendungen.",
           "Die Free Software Foundation (FSFE's Schwesterorganisation mit Sitz in Boston, MA) wurde 1985 gegründet um die "
           "Kerngedanken hinter Stallmans GNU-Projekt bekannt zu machen: dass die Freiheiten Software zu prüfen, zu "
           "ändern, zu kopieren und zu teilen für eine gerechte und freie Gesellschaft entscheidend sind. Ein Großteil der "
           "Arbeit wurde in den Jahren zwischen 1983 und 1991 erledigt und diese Arbeit legte den Grundstein für viele "
           "weitere Projekte, die den Nutzern später ebenso diese Freiheiten gewährten. 1992 wurde das Betriebssystem mit "
           "einer wichtigen Komponente vervollständigt: dem Linux-Kernel. Der Erfolg des GNU/Linux-Betriebssystems "
           "ermutigte zu der Entwicklung weiterer Freie-Software-Projekte wie Firefox, KDE und OpenOffice.org. Heute gibt "
           "es hunderte GNU/Linux-Distributionen auf der Welt. Sie laufen auf den verschiedensten Geräten, vom Webserver "
           "über Küchengeräte bis zu Mobiltelefonen und Laptops.",
           GNU_GR1 + ", sagt Georg C. F. Greve, Präsident der Free Software Foundation Europe (FSFE). " + GNU_GR2,
           "Die FSFE wurde im Jahre 2001 gegründet um die politischen und sozialen Ziele zu verfolgen, die auch dem "
           "GNU-Projekt zugrunde liegen, und um die florierende europäische Freie-Software-Gemeinschaft zu unterstützen. "
           + GNU_CO + " erklärt Shane Coughlan, Koordinator der FSFE Freedom Task Force.",
           "Immer mehr Länder wenden sich dem Einsatz Freier Software im öffentlichen Sektor und im Bildungswesen zu. "
           "Während viele Unternehmen seit langem Freie Software benutzen und an ihr mitarbeiten, um Wettbewerbsvorteile "
           "und Kosteneinsparungen zu erzielen, erkennen Regierungen und Behörden zunehmend die Vorteile Freier Software "
           "in Hinblick auf Souveränität, Transparenz und Selbstbestimmung. Durch ihre Grundeigenschaft, Teilhabe, "
           "Zusammenarbeit und Nachhaltigkeit zu fördern, garantiert Freie Software allen Nutzern die Möglichkeit, ihre "
           "EDV-Zukunft zu bestimmen und zu gestalten.",
           ABOUT_HEAD,
           ABOUT_A,
           MORE_A,
           "Hinweise für Herausgeber",
           'Das GNU-Projekt strebt danach, die vier Grundfreiheiten von Software zu etablieren und zu erhalten: die '
           'Software "für beliebige Zwecke" auszuführen, die Software zu studieren und an individuelle Bedürfnisse '
           'anzupassen, Kopien der Software weiterzugeben sowie die Software zu verbessern und den Nutzen mit anderen zu '
           'teilen.',
           "Das GNU-Projekt war Vorreiter des 'Copyleft'-Lizenzierungskonzepts, das die Grundfreiheiten Freier Software "
           "bewahrt, indem es das Urheberrecht dazu benutzt, die Weitergabe abgeleiteter Software unter der gleichen Lizenz "
           "wie die Ausgangssoftware zu erzwingen."],
    quotes=[(GNU_GR1, GREVE_FULL),
            (GNU_GR2, GREVE_FULL),
            (GNU_CO, COUGHLAN),
            ('"für beliebige Zwecke"', None),
            ("'Copyleft'", None)],
    aliases={GREVE_FULL: ["Georg C. F. Greve", "Präsident der Free Software Foundation Europe (FSFE)"],
             COUGHLAN: ["Shane Coughlan", "Koordinator der FSFE Freedom Task Force"]})

# --- FSFE, 8 December 2008: FTF and gpl-violations.org publish a guide on licence violations ---

FTF_Q1 = ('"Der beste Weg, Probleme mit der Einhaltung von Lizenzen zu lösen, ist zu verhindern, das sie überhaupt erst '
          'entstehen"')
FTF_Q2 = ('"Wir unterstützen das, indem wir die Community in ihrer Gesamtheit ausbilden. Wenn Probleme auftreten, wollen '
          'wir, dass die Leute in der Lage sind, Informationen auszutauschen und die Probleme wirksam zu lösen"')

add(id="ho411-fsfe-2008-12-ftf-lizenzverletzungen",
    title="Die FTF und gpl-violations.org veröffentlichen eine Anleitung zum Melden und Beheben von Lizenz-Verletzungen",
    url="https://fsfe.org/news/2008/news-20081208-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2008/news-20081208-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (press release of 8 December 2008; the contact data dropped (rule 14): the line 'Sie können uns über Email "
      "erreichen: contact@fsfe.org', the heading 'Sie können uns unter folgenden Nummern anrufen:' with its five numbers, "
      "the line 'Pressekontakt: Shane Coughlan, FTF Koordinator, FSFE Durchwahl: 408', the closing heading 'Kontakt' with "
      "five numbers and the line 'Andere Wege mit der FSFE in Kontakt zu treten.'; the sections 'Über die Freedom Task "
      "Force', 'Über gpl-violations.org' and 'Über die Free Software Foundation Europe' kept (headings as their own "
      "lines); link texts, including the addresses written out as links, kept as running text; the double space after "
      "'veröffentlicht.' rendered as one; the published irregularities 'das sie überhaupt', 'ist Projekt der FSFE', "
      "'größerer infrastrukturelle', 'Teilnehmahme' and the full stop outside the closing mark kept (rule 20))",
    license=FSFE,
    paras=["Die Freedom Task Force (FTF) der FSFE und gpl-violations.org haben heute eine Anleitung zum Melden und Beheben "
           "von Lizenz-Verletzungen veröffentlicht. Diese Anleitung soll Benutzern und Entwicklern helfen, mit "
           "Lizenz-Verletzungs-Berichten umzugehen. Es wird erklärt, wie man einen Bericht schreibt und welche "
           "Informationen enthalten sein sollten. Außerdem bietet sie Vorschläge für Projekte und Firmen, um bei Erhalt "
           "solcher Berichte besser damit umgehen zu können.",
           "Die Anleitung wurde als Teil der strategischen Partnerschaft zwischen der FTF und gpl-violations.org erstellt, "
           "die zusammenarbeiten, um das Bewusstsein für Lizenzen und deren Einhaltung in Europa zu verbessern. Sie kann "
           "auf der FTF-Webseite https://fsfe.org/ftf/ gefunden werden, zusammen mit Informationen darüber, wie Projekten "
           "und Unternehmen beim Verständnis von Freie-Software-Lizenzen weitergeholfen werden kann. Übersetzungen in "
           "mehrere europäische Sprachen werden in den folgenden Wochen auf der FTF-Webseite verfügbar werden.",
           FTF_Q1 + ", sagt Shane Coughlan, FTF-Koordinator. " + FTF_Q2 + ".",
           "Über die Freedom Task Force",
           "Die Freedom Task Force ist Projekt der FSFE, das den Menschen hilft, die Lizensierung Freier Software und die "
           "sich daraus ergebenden Möglichkeiten zu verstehen. Wir bieten Ausbildung an, unterstützen größerer "
           "infrastrukturelle Projekte und kümmern uns um die juristischen Angelegenheiten der FSFE. Unsere Ziele sind das "
           "Wissen über das Recht über Freie Software zu verbreiten, die Interessen der Freie-Software-Projekte zu wahren, "
           "Experten in diesem Gebiet zusammenzubringen und anderen Gruppen zu helfen, ähnliche Ziele zu erreichen. Wir "
           "glauben an den positiven, konstruktiven Dialog und versuchen laufend, die Nachhaltigkeit der Freien Software "
           "sicherzustellen.",
           "Die Homepage der FTF kann unter https://fsfe.org/ftf gefunden werden",
           "Über gpl-violations.org",
           "In den letzten 40 Monaten hat gpl-violations.org geholfen, mehr als 100 GPL-Verletzungen aufzudecken und zu "
           "bewältigen, und zahlreiche außergerichtliche Abfindungsvereinbarungen erwirkt. Das gpl-violations.org-Projekt "
           "ist ein gemeinnütziger Versuch, kommerzielle Nutzer und Verkäufer Freier Software in Übereinstimmung mit den "
           "durch die Originalautoren festgesetzten Lizenzbedingungen zu bringen. Das Projekt wurde von Harald Welte, einem "
           "Linuxkernelentwickler und Freie-Software-Enthusiasten, gegründet und wird von ihm geleitet.",
           "Weitere Informationen über das Projekt, seine Mission, Meilensteine und Ziele finden sich unter "
           "http://gpl-violations.org",
           ABOUT_HEAD,
           ABOUT_B,
           MORE_B],
    quotes=[(FTF_Q1, COUGHLAN),
            (FTF_Q2, COUGHLAN)],
    aliases={COUGHLAN: ["Shane Coughlan", "FTF-Koordinator"]})

# --- FSFE, 10 December 2008: Fellowship seats in the General Assembly ---

MACHON = "Pablo Machon"
FE_GR = ('"Wir waren überzeugt, dass es notwendig war, ein Element der Rechenschaft gegenüber dem Fellowship einzuführen '
         'und die Fellows in die strategische Planung der FSFE einzubeziehen. Mehr noch als ein Berater oder ein '
         'Beobachter wollten wir eine Mitarbeit mit gleichen Rechten und Pflichten. Natürlich waren wir bestebt, dies '
         'schnellstmöglich in die Praxis umzusetzen, aber Verfassungsänderungen dürfen nie auf die leichte Schulter '
         'genommen werden, da eine unüberlegte Änderung ernste Konsequenzen haben könnte. Also haben wir es so schnell '
         'gemacht, wie es uns unsere Verantwortung gegenüber der FSFE erlaubte. Wir sind froh, es jetzt geschafft zu '
         'haben, und rechtzeitig dass die nächstjährige Mitglieder- versammlung bereits mit dem ersten gewählten Fellow '
         'stattfinden wird."')
FE_KI = ('"Weil es das erste Jahr ist, werden wir hart arbeiten müssen um den Fellows eine Möglichkeit zu geben, einander '
         'kennenzulernen. Jeder Kandidat wird eine Plattform haben, damit es den Wählern möglich ist, sie '
         'kennenzulernen. Aber wir wollen auch, dass die Kandidaten die Wähler kennen. Daher werden wir die technische '
         'Infrastruktur auf fsfe.org verbessern, und in den kommenden Monaten die Anzahl der regionalen '
         'Fellowship-Treffen erhöhen."')
FE_MA = ('"Wir haben unser Wahlsystem auf das von Debian verwandte aufgebaut. Es ist eine gut getestete Methode und '
         'bewiesenermaßen gegen Wahlunregelmäßigkeiten immun. Um Kandidat zu werden, muss jemand schon für ein Jahr '
         'Fellow gewesen sein. Der Grund für dieses Kriterium ist, dass Inhaber des Fellowship Mandats bereits die Arbeit '
         'der Organisation kennen, und Erfahrung als Fellow haben sollte. Wählen können alle Fellows, sobald sie sich '
         'dazu angemeldet haben."')

add(id="ho411-fsfe-2008-12-fellowship-mitgliederversammlung",
    title="FSFE fügt der Mitgliederversammlung eine Fellowship-Vertretung hinzu",
    url="https://fsfe.org/news/2008/news-20081210-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2008/news-20081210-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 10 December 2008; the contact block (heading 'Kontakt', five telephone numbers, the line 'Andere Wege "
      "mit der FSFE in Kontakt zu treten.') dropped (rule 14); the link texts 'überarbeitete Satzung', 'Fellowship' and "
      "'https://fsfe.org/' kept as running text; the words hyphenated across a line break in the source, 'Mitglieder- "
      "versammlung' (twice), joined with a space as the page renders them; the published irregularities "
      "'Mitlgiederversammlung', 'stragischen', 'Offline- aktivitäten', 'bestebt', 'Teilnehmahme' kept (rule 20))",
    license=FSFE,
    paras=["Heute veröffentlicht die FSFE ihre überarbeitete Satzung, in der sie ihrer Mitlgiederversammlung zwei "
           "Fellowship-Mandate hinzufügt. Dies gibt den Fellows der FSFE eine direkte Vertretung im stragischen Organ der "
           "FSFE.",
           "Das Fellowship ist die weitere Gemeinschaft der FSFE. Gegründet 2005 bietet es einen Treffpunkt mit "
           "regelmäßigen Online- und Offline- aktivitäten, einen Rahmen für Projekte und Kooperation, einen der Pfade in "
           "die Organisation, und einen der wichtigsten Wege, die Arbeit der FSFE in allen Gebieten zu unterstützen, über "
           "den sowohl Ressourcen und politische Unterstützung beigetragen werden. Nun bietet das Fellowship auch einen "
           "direkten Pfad in die Mitgliederversammlung.",
           "Anfang 2009 wird die FSFE einen Aufruf zur Nominierung an alle Fellows die mindestens ein Jahr dabei sind "
           "veröffentlichen. Rechtzeitig vor der nächsten Mitgliederversammlung werden dann die Kandidaten allen Fellows "
           "zur Wahl gestellt, um das erste Fellowship Mandat zu besetzen. Das zweite Mandat wird im folgenden Jahr zur "
           "Wahl gestellt. Die Inhaber der Mandate haben jeweils eine Amtszeit von zwei Jahren, es wird daher in Zukunft "
           "eine Wahl pro Jahr stattfinden.",
           "Die notwendigen Änderungen der Satzung wurde nach der Mitglieder- versammlung 2007 vorbereitet und von den acht "
           "anwesenden Mitgliedern der Mitgliederversammlung einstimmig beim jährlichen Treffen der FSFE vom 6. bis zum 8. "
           "Juni 2008 im Zürcher Büro der FSFE angenommen.",
           "Georg Greve, Präsident der FSFE, kommentierte: " + FE_GR,
           "Matthias Kirschner, Fellowship Koordinator, fügte hinzu: " + FE_KI,
           "Pablo Machon, Vizepräsident der FSFE, sagte: " + FE_MA,
           ABOUT_HEAD,
           ABOUT_B,
           MORE_B],
    quotes=[(FE_GR, GREVE),
            (FE_KI, KIRSCHNER),
            (FE_MA, MACHON)],
    aliases={GREVE: ["Georg Greve", "Präsident der FSFE"],
             KIRSCHNER: ["Matthias Kirschner", "Fellowship Koordinator"],
             MACHON: ["Pablo Machon", "Vizepräsident der FSFE"]})
