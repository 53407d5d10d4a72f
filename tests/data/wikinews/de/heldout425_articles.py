# Four-hundred-and-twenty-fifth held-out German real-news set (tests/data/heldout425-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2210-2217). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two distinctive
# phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-fifth held-out set": one German news item (the #ilovefs report
# of March 2017) and seven German issues of the monthly newsletter of the Free Software Foundation Europe (June, July and
# October 2014, March 2015, December 2016, May and June 2017), all on fsfe.org under /news/ (licence FSFE, as in the
# three-hundred-and-ninety-third set: the same permission notice stands in the footer of the newsletter pages). The German
# news items of 2014-2017 with quotations of named speakers are all in earlier sets (see SOURCES.md), so the newsletters of
# those years are the remaining FSFE texts with such quotations. The texts are read from the stored source files of the
# pages (news/2017/*.de.xhtml and news/nl/nl-YYYYMM.de.xhtml in the site's repository fsfe/fsfe-website): markup removed,
# the line breaks inside a paragraph joined with single spaces and runs of spaces collapsed (as the page renders them), a
# <br/> rendered as a line break (rule 2120), link texts kept, subheadings and list items kept as their own lines, images
# with their captions, sidebars and the pages' date, tag, author and translator data dropped (rule 14); each retrieval note
# names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

# --- FSFE newsletter, June 2014: privacy, Android apps, DRM, the Dutch team's text ---

APPELBAUM = "Jacob Appelbaum"
LANDESTEAM = "Landesteam"
N1406_Q1 = ('"Denn wenn wir die Software, mit der wir arbeiten, nicht kontrollieren, kontrolliert sie uns. Und wer '
            'die Software kontrolliert, kontrolliert demzufolge uns."')

add(id="ho425-fsfe-2014-06-newsletter-juni",
    title="FSFE Newsletter – Juni 2014",
    url="https://fsfe.org/news/nl/nl-201406.de.html",
    retrieved=REPO.format(path="news/nl/nl-201406.de.xhtml",
                          commit="0490f4576947a7f8d1aaf0c647403bc3b3424e6a")
    + " (FSFE newsletter of 4 June 2014, the German version; the commented-out sidebar, the author, date and "
      "follow-up data and the tag list dropped (rule 14); the <br/> before the signature rendered as a line break "
      "(rule 2120), so 'Matthias Kirschner – FSFE' is a line of its own; list items and the items of the nested "
      "'Planet' list kept as lines of their own (rule 2153); link texts kept as running text; the entity &quot; "
      "rendered as '\"'; the published forms 'Privatspäre', 'installieren werden', 'Initative', 'kontolliert', "
      "'Organisaionen' and 'Sofware' kept (rule 20))",
    license=FSFE,
    paras=["Die Interdependenz der Privatspäre: wir sind jetzt alle Gmail Benutzer",
           "Sie sorgen sich um Ihre Privatsphäre und bezahlen für Ihren E-Mail Dienst. Eventuell haben Sie sogar "
           "einen eigenen E-Mail Server, um autonom zu werden und E-Mail unter der eigenen Kontrolle zu behalten. "
           "Sie betreiben diesen Aufwand, damit kein großer Konzern Kopien von Ihrer gesamten E-Mail Korrespondenz "
           "bekommt. Trotzdem verhindert das nicht, dass andere Firmen Zugang zu Ihren Daten bekommen. Es ist "
           "ungenügend, nur für die eigene Sicherheit zu sorgen. Sie müssen auch Ihre Freunde davon überzeugen, ihre "
           "Sicherheit zu verbessern: wie Jacob Appelbaum sagt „Sicherheit ist voneinander abhängig“.",
           "FSF Vorstandsmitglied Benjamin Mako Hill hat sich gefragt, wie viele seiner E-Mails in die Hände von "
           "Firmen wie z.B. Google geraten. Er hat ein kleines Programm geschrieben, das alle seine E-Mails seit "
           "April 2004, dem Markteinführungsdatum von Gmail, analysiert. Lesen Sie hier, was Benjamin herausgefunden "
           "hat und welche Resultate FSFEs Karsten Gerloff und Hugo Roy reproduziert haben. Und warum probieren Sie "
           "es nicht einfach selbst aus?",
           "Ist da eine Taschenlampe oder ein Spion in Ihrer Tasche?",
           "Viele Anwendungen, die auf Android Geräten installieren werden, verletzen die Privatsphäre der Nutzer. "
           "Es ist gängige Praxis, dass sie vom Benutzer verlangen, unverständlichen Nutzungsbedingungen "
           "zuzustimmen. Wenn so ein Programm erst einmal installiert ist, gibt es Dritten Zugang zum Aufenthaltsort "
           "des Gerätes (und damit des Benutzers) und zu persönlichen Daten, wie zum Beispiel des Adressbuches oder "
           "Textnachrichten. Eine scheinbar unschuldige Anwendung, wie eine Taschenlampe, kann so die Privatsphäre "
           "des Benutzers verletzen.",
           "Für Besitzer von mobilen Geräten ist es wichtig, einen App Store zu haben, der nur Freie Software "
           "anbietet. Das bedeutet, dass der Quellcode von unabhängigen Dritten überprüft werden kann. Die können "
           "dann feststellen, was die Anwendungen wirklich machen und Sicherheitslücken veröffentlichen oder "
           "stopfen. Das Endergebnis ist ein App Store mit Softwarelizenzen, die die Rechte Ihrer Nutzer "
           "respektieren, anstatt sie zu verletzen.",
           "In den letzten Monaten haben wir beobachtet, dass sich immer mehr Menschen für die Sicherheit der "
           "Software auf ihren mobilen Geräten interessieren. Der Herausgeber dieses Newsletters hat "
           "zusammengefasst, was zur Zeit mit der Free Your Android Initative passiert: z.B. Aktionen in "
           "Griechenland, einer verbesserten F-Droid Broschüre, Interviews mit F-Droid Entwicklern, und der "
           "Teilnahme des Autors an einer Veranstaltung im Deutschen Parlament zum Verbraucherschutz bei "
           "Mobiletelefonen.",
           "Noch ein Sicherheits-Albtraum: DRM",
           "Nach einem möglichen Rückzug von DRM aus Europa ist es wichtig, den Menschen dieses Problem bewusst zu "
           "machen. Wir können nicht stumm zusehen, wie manche Firmen die Minderung Digitaler Rechte nutzen, um ihre "
           "eigenen Copyright-Gesetze zu schreiben, uns einzuschränken und unsere IT-Sicherheit zu gefährden. Viele "
           "Organisationen, darunter EFF, April und wir, haben am Tag gegen DRM teilgenommen. Er wurde von der FSF "
           "organisiert, um auf die Gefahren von DRM hinzuweisen. Die FSFE nutzte diese Gelegenheit, um die "
           "Europäische Kommission mit einem offenen Brief über DRM in HTML5 zu kontaktieren. Wir erklärten, dass "
           "DRM im direkten Widerspruch zu den Interessen der großen Mehrheit der Internetnutzer steht.",
           "Nur wenige Tage später erreichte die Freie-Software-Gemeinschaft die schlechte Nachricht von Mozilla: "
           "DRM wird im Firefox (unter dem Namen EME) implementiert werden. Die Reaktionen reichten von der FSF, die "
           "die Partnerschaft zwischen Mozilla und Adobe verurteilte, Mozilla die ihre Entscheidung rechtfertigten "
           "über andere die das unterstützen, bis hin zu Glyn Moody, der sie durch einen Vergleich von Mozillas "
           "Mission mit ihrer neuesten Aktion kritisierte. Wir sind stets an Ihrer Meinung interessiert. Was denken "
           "Sie über die Entscheidung von Mozilla und ihrer Begründung? Was kann die Freie-Software-Gemeinschaft "
           "tun, um diesen Zug auszugleichen? Lassen Sie es uns auf der öffentlichen Diskussions Mailingliste wissen.",
           "Etwas gänzlich anderes",
           'Das FSFE Landesteam der Niederlande schrieb den kurzen Text "Die Wichtigkeit von Freier Software" über '
           "die Relevanz von Freier Software und ihre Schlussfolgerungen für Entscheidungsträger. Der Text zeigt die "
           'wichtigsten Fragen für unsere Gesellschaft auf: "Wer kontolliert die Software?" '
           + N1406_Q1
           + " Der Text wurde dazu verwendet, um Kandidaten davon zu überzeugen, den Free Software Pact zu "
           "unterzeichnen. Ein Projekt das von April getragen und von vielen anderen Organisaionen, darunter die "
           "FSFE, unterstützt wird.",
           "Fellowship Gruppen: Nach zwei Jahren als Fellowship Repräsentant in der FSFE Mitgliederversammlung, "
           "gründete Nikos Roussos ein örtliches FSFE Treffen in Athen. Zudem hatten wir auch ein erstes Fellowship "
           "Treffen in Wiesbaden. Ebenfalls halten neue Gruppen in Zürich und Köln seit einiger Zeit regelmäßige "
           "Treffen ab.",
           "Unsere Schwesterorganisation, die FSF, verlieh das Respects Your Freedom (RYF) (Respektiert deine "
           "Freiheit) Zertifikat an den Tehnoetic TET-N150 Wireless USB Adapter. Das RYF Zertifikat wird an Produkte "
           "verliehen, die die Anforderungen der FSF an die Freiheit der Nutzer, Kontrolle über das Produkt, sowie "
           "Privatsphäre erfüllen. Besucher des Stands der FSFE bei der FOSDEM kennen diese Adapter unter Umständen "
           "schon, weil Tiberiu C. Turbureanu sie dort verkaufte.",
           "Vom FSFE Planet; der Sammlung von Blogeinträgen zur FSFE:",
           "Carsten Agger erklärt, was das dänische Volksbegehren am Europäischen Patentgerichtshof und das "
           "EU-Patent für Software Patente bedeutet.",
           "Leena Simon veröffentlichte einen Aufsatz über die Wichtigkeit der Namensnennung und den Fluss von "
           'Informationen mit dem Titel "Auf den Schultern der Freien Kultur (Standing on the Shoulders of Free '
           'Culture)".',
           "Ihr Herausgeber berichtete über die Novena Hardware Computing Platform für Hacker und Freie Sofware "
           "Treiber und dokumentierte eine Methode, das WLAN-Passwort Mobil-Geräte-freundlich zu generieren.",
           "Henri Bergius verbrachte drei Tage auf dem GNOME Developer Experience Hackfest, wo er an der NoFlo "
           "runtime für GNOME arbeitete.",
           "Mario Fux schrieb, dass die Debian KDE Gemeinschaft Hilfe benötigt.",
           "Bela Seeger und unser langjähriger Fellow Paul Adams berichten vom Linuxtag in Berlin.",
           "Konstantinos Boukouvalas schrieb über Partner beim LPI (Linux Professional Institute), openLabs und "
           "OSCAL, sowie über die albanische Freie Software Gemeinschaft.",
           "Werden Sie aktiv: Ihre Erfahrungen mit Ressourcen zum Programmieren für Kinder",
           "Neben der Veröffentlichung der monatlichen Nachrichten für Freie Software in der Bildung beantwortet "
           "unser Bildungsteam viele Fragen von Leuten, die mehr Freie Software in der Bildung einsetzen wollen.",
           "Weil unser Bildungsteam nach gutem Material gefragt wurde, mit dem man Kindern das Programmieren "
           "beibringen kann, dachte sich Guido Arnold, dass die Antworten (oder besser: eine Zusammenfassung der "
           "Antworten) für andere ebenso interessant sein könnten. Daher veröffentlichte er diese Zusammenfassung. "
           "Um unsere Bildungs-Webseite zu verbessern, bitten wir Sie um Ihre Meinung zu diesem Material. Wie "
           "gefällt es Ihnen? Haben Sie schon Erfahrungen mit einigen davon gemacht? Was war gut? Wo gab es "
           "Probleme? Welches Material haben wir vergessen?",
           "Mein Dank geht an alle Ehrenamtlichen, Fellows und Spender der FSFE, die unsere Arbeit ermöglichen,",
           "Matthias Kirschner – FSFE"],
    quotes=[("„Sicherheit ist voneinander abhängig“", APPELBAUM),
            ('"Die Wichtigkeit von Freier Software"', None),
            ('"Wer kontolliert die Software?"', LANDESTEAM),
            (N1406_Q1, LANDESTEAM),
            ('"Auf den Schultern der Freien Kultur (Standing on the Shoulders of Free Culture)"', None)],
    aliases={APPELBAUM: ["Jacob Appelbaum"],
             LANDESTEAM: ["Landesteam"]})

# --- FSFE newsletter, July 2014: privacy cafés, e-mail self-defence, WhatsApp alternatives ---

GERLOFF = "Karsten Gerloff"
LEIPZIG = "Leipzig"
N1407_Q1 = ("„Freie Software braucht eine starke Gemeinschaft. Wenn es uns nicht gelingt, diejenigen, die bereit "
            "sind für Freie Software zu arbeiten, anzusprechen, schießen wir uns selbst in den Fuß.“")
N1407_Q2 = ("„sich in den ersten fünf Jahren die Kosten der Umstellung auf Freie Software durch die Einsparung von "
            "Kosten für die Mitarbeiterschulungen für neue proprietäre Programme wieder decken.“")

add(id="ho425-fsfe-2014-07-newsletter-juli",
    title="FSFE Newsletter – Juli 2014",
    url="https://fsfe.org/news/nl/nl-201407.de.html",
    retrieved=REPO.format(path="news/nl/nl-201407.de.xhtml",
                          commit="03924e1bf321f42e8c4aeb08b1a49e395efdf991")
    + " (FSFE newsletter of July 2014, the German version; the stored file carries the wrong newsdate 2018-07-04, "
      "its date element and the title say July 2014; the sidebar, the author, date and follow-up data and the tag "
      "list dropped (rule 14); the <br/> before the signature rendered as a line break (rule 2120); list items and "
      "the items of the nested 'Planet' list kept as lines of their own (rule 2153); link texts kept as running "
      "text; the published forms 'auchFelix’', 'E-Mail- Verschlüsselung', 'Sofortnachrichtenprogamm', 'Sofware "
      "Pact', the spaces in 'EU-Wahlen ,' and 'Internet Konferenz .' and the missing full stop after 'unser Anliegen "
      "zu unterstützen' kept (rule 20))",
    license=FSFE,
    paras=["Privatsphären-Café: E-Mail-Verschlüsselung als Hauptgericht!",
           "Stellen Sie sich vor, Sie gehen mit Freunden in ein Café und anstelle von heißen und kalten Getränken "
           "stehen auf der Speisekarte Informationen zur Sicherung von digitaler Privatsphäre. Wie „https "
           "everywhere“ als Vorspeise, „GnuPG E-Mail-Verschlüsselung“ als Hauptgericht und „tosdr.org“ (Information "
           "über Nutzungsbedingungen von Onlinediensten) zur Nachspeise. Solche Cafés gibt es in den Niederlanden. "
           "Beim deutschsprachigen FSFE-Treffen in Essen präsentierte Felix Stegerman, unser stellvertretender "
           "Koordinator der Niederlande, seine Pläne zur Etablierung weiterer Privatsphären-Cafés und erklärte, "
           "warum er denkt, dass es jetzt auch in unserer Gegend die richtige Zeit und eine gute Gelegenheit für "
           "Freie Software ist.",
           "Das kommt daher, dass die meisten Leute, die in ein Privatsphären-Café gehen, bereits über Themen wie "
           "Privatsphäre und Freiheit Bescheid wissen. Aber es gibt den regionalen freiwilligen Helfern auch eine "
           "gute Gelegenheit, um über Freie Software im Allgemeinen und über die Wichtigkeit des Einsatzes von "
           "Freier Software, wenn es um Privatsphäre geht, zu sprechen. Zum Beispiel könnte man die Gäste fragen: "
           "„Wer kontrolliert die Software?“ Lesen Sie auchFelix’ Blogeintrag für mehr Details über die Cafés und "
           "die zukünftigen Pläne.",
           "E-Mail Selbstverteidigung jetzt auch mehrsprachig",
           "Gutes Informationsmaterial über Verschlüsselung und Freie Software ist entscheidend für die oben "
           "genannten Cafés. Glücklicherweise hat unsere Schwesterorganisation, die FSF, einen "
           "E-Mail-Selbstverteidigungs-Leitfaden veröffentlicht, den freiwillige Helfer übersetzt haben. Die "
           "verfügbaren Sprachen sind: Englisch, Deutsch, Portugiesisch, Französisch, Russisch, Türkisch, und "
           "Japanisch. Der Leitfaden erläutert die Installation der nötigen Programme zur E-Mail- Verschlüsselung "
           "unter GNU/Linux, MacOS und Microsoft Windows. Ebenso wird das Generieren der Schlüssel, das Web of Trust "
           "und die Benutzung der Programme erklärt. Alles was man dafür benötigt ist ein Computer mit "
           "Internetverbindung, ein E-Mailkonto und etwa eine halbe Stunde Zeit. Wenn Sie wissen wollen, wie man "
           "Informationen über die E-Mail-Selbstverteidigung unter die Leute bringt, dann lesen Sie im Abschnitt "
           "„Werde aktiv“ nach.",
           "Was soll man statt WhatsApp und Threema nutzen?",
           "„Wie kann ich meine Emails verschlüsseln?“, war eine der am häufigsten gestellten Fragen, die wir in den "
           "letzten Monaten erhalten haben. Dank des E-Mail-Selbstverteidigungs-Leitfadens haben wir eine gute "
           "Antwort. Eine andere Frage über Verschlüsselung und Privatsphäre war: „Gibt es eine sichere und Freie "
           "WhatsApp Alternative?“",
           "WhatsApp ist ein Sofortnachrichtenprogamm für Smartphones. Es erlaubt dem Nutzer, gratis "
           "(Text-)Nachrichten zu verschicken. Nachdem WhatsApp kürzlich von Facebook gekauft wurde und in "
           "Anbetracht der NSA-Enthüllungen, suchen viele Nutzer von WhatsApp nach sicheren und vertrauenswürdigen "
           "Alternativen.",
           "Weil das so viele Leute betrifft, möchten wir von der Free Software Foundation Europe gerne eine "
           "Alternative bewerben, die die Freiheit und Privatsphäre der Nutzer respektiert. Daher haben wir "
           "beschlossen, Nachforschungen anzustellen und einen Workshop zu WhatsApp-Alternativen an unserem letzten "
           "FSFE-Treffen in Essen zu halten. Hannes Hauswedell und Torsten Grote haben die Ergebnisse "
           "zusammengefasst.",
           "Etwas gänzlich anderes",
           "Aktivitäten der regionalen Gruppen: Beim Veganen Sommerfest in Wien, der Veganmania, sowie beim Corso "
           "Leopold in München war die FSFE mit professionellen Ständen vertreten. Beim Freie Software Treffen in "
           "Athen diskutierte die regionale FSFE Gruppe, wie man sich einen eigenen Heim-Server aufbaut. Nikos "
           "Roussos hat das am Beispiel Fedora und Beagle Bone Black dokumentiert. Unsere Frankfurter "
           "Freiheitskämpfer haben sich auf das Thema Kryptografie konzentriert und Hugo Roy, der Koordinator der "
           "FSFE Gruppe in Paris, hielt einen Vortrag auf der dortigen Ubuntu Party.",
           N1407_Q1
           + " schrieb Karsten Gerloff in seinem Blog-Post „Vier soziale Regeln für eine ‚Arschloch-Freie-Zone‘“. "
           "Unsere regionalen Gruppenkoordinatoren führten eine ähnliche Diskussion und erstellten einen "
           "Verhaltenskodex für FSFE-Diskussionen. Auf dem Pad sind wir an Ihrem Feedback interessiert.",
           "Die Freie Software Gemeinschaft hat jetzt 33 Unterstützer im Europäischen Parlament. Jeder von ihnen "
           "unterschrieb den Free Sofware Pact für die EU-Wahlen , und wir sind uns sicher, dass es Zeiten geben "
           "wird, in denen wir sie an ihr Versprechen erinnern und wir sie auffordern werden, unser Anliegen zu "
           "unterstützen",
           "Unser Präsident, Karsten Gerloff, hielt eine Grundsatzrede bei der europäisch-christlichen Internet "
           "Konferenz . Im Anschluss an die Rede wurde er von einem Pastor gebeten, dessen Entwurf zur Migration hin "
           "zu Freier Software für seine Gemeinde zu kommentieren, was er freilich tat.",
           "Vom 7. bis 8. Juni organisierte die Fundația Ceata, eine assoziierte Organisation der FSFE, den zweiten "
           "Coliberator in Bukarest. Beim ersten Mal hielt der Präsident der FSFE, Karsten Gerloff, eine Rede. "
           "Dieses Mal war es Richard Stallman, der Präsident der FSF. Die ersten Mitschnitte der Vorträge sind "
           "bereits auf der Webseite der Konferenz veröffentlicht worden.",
           "Guido Arnold stellt die Nachrichten über Freie Software in der Bildung für Mai 2014 zur Verfügung.",
           "Öffentliche Verwaltung: Joinup berichtet über die vermehrte Nutzung von Freier Software im "
           "Verwaltungsgebiet Greater-London. Das ist bedingt durch die Komplexität von proprietären "
           "Softwarelizenzen. Ebenso hat das Gesundheitswesen vom spanischen Extremadura auf Freie Software "
           "umgesattelt. Leipzig migrierte bis jetzt 2792 der 4300 Arbeitsplätze in der Stadtverwaltung auf Apache "
           "OpenOffice und LibreOffice. Sie erwarten, dass "
           + N1407_Q2,
           "Vom FSFE Planet, der Sammlung von Blogeinträgen zur FSFE:",
           "Mehr weibliche Sprecher bei der Konferenz sowie Geldautomaten, die mit GNU/Linux laufen. Torsten hielt "
           "eine Rede über Free Your Android bei der FISL in Brasilien.",
           "Unter dem Motto „Deine Daten bei Geheimdiensten“ veranstaltet die Humanistische Union (HU) eine "
           "„Blogparade“, indem sie Organisationen darum bat, einen Blogpost beizusteuern. Erik Albers schrieb einen "
           "Blogeintrag über „Schutz vor Überwachung durch Verschlüsselung mit Freier Software“.",
           "Die Randa Treffen, das sind Entwicklertreffen, um KDE zu verbessern, benötigen für dieses Jahr noch "
           "Unterstützung. Mario Fux bittet jeden, diese Nachricht zu verbreiten, mitzuhelfen, etwas zu spenden "
           "und/oder sie irgendwie zu unterstützen.",
           "Hugo Roy zählt wenig bekannte, aber fantastische Werkzeuge auf, die er nutzt.",
           "Bdale Garbee schrieb über TeleGPS, ein einfach zu benutzendes Mini-Board rein zur Positionsbestimmung "
           "per GPS.",
           "Fotografie: Hannes begann damit, ein Foto des Monats zu veröffentlichen, das mit der Freien Software "
           "Darktable bearbeitet wurde. Paul Boddie erklärt, wie er die Bildvorschau von digiKam aufgepeppt hat.",
           "Björn Schießle beschreibt die Integration der ToDo-Listen Software „ToDo.txt“ in Claws Mail.",
           "Sam Tuke, früherer Mitarbeiter der FSFE, erklärt, wie man mehrere E-Mailkonten mit GNU/Linux automatisch "
           "sichert.",
           "Werde aktiv: Verbreiten Sie den E-Mail-Selbstverteidigungs-Leitfaden!",
           "Der Leitfaden der FSF zur E-Mail- Selbstverteidigung und die zugehörige Infografik sind gute "
           "Materialien, um Email-Verschlüsselung einem breiten Publikum zugänglich zu machen. Seit einiger Zeit "
           "verschickt die FSFE bereits Informationsmaterial an Aktivisten. Neben grundsätzlichen Informationen über "
           "Freie Software, Offene Standards, Digitale Rechte Minderung oder F-Droid möchten wir auch diese "
           "Infografik in Zukunft verteilen.",
           "Bevor wir eine größere Auflage drucken und an unsere regionalen Gruppen und andere Aktivisten in Europa "
           "schicken, würden wir diese Infografik gerne bei Freunden, Familie und Kollegen testen. Versuchen Sie "
           "herauszufinden, ob sie Probleme beim Verständnis einiger Teile haben und nutzen Sie unsere öffentliche "
           "Diskussionslisten, sodass wir – zusammen mit unserer Schwesterorganisation – die Grafiken falls nötig "
           "entsprechend verbessern können.",
           "Mein Dank geht an alle freiwilligen Helfer, Fellows und Spender der FSFE, die unsere Arbeit ermöglichen,",
           "Matthias Kirschner – FSFE"],
    quotes=[("„https everywhere“", None),
            ("„GnuPG E-Mail-Verschlüsselung“", None),
            ("„tosdr.org“", None),
            ("„Wer kontrolliert die Software?“", None),
            ("„Werde aktiv“", None),
            ("„Wie kann ich meine Emails verschlüsseln?“", None),
            ("„Gibt es eine sichere und Freie WhatsApp Alternative?“", None),
            (N1407_Q1, GERLOFF),
            ("„Vier soziale Regeln für eine ‚Arschloch-Freie-Zone‘“", None),
            (N1407_Q2, LEIPZIG),
            ("„Deine Daten bei Geheimdiensten“", None),
            ("„Blogparade“", None),
            ("„Schutz vor Überwachung durch Verschlüsselung mit Freier Software“", None),
            ("„ToDo.txt“", None)],
    aliases={GERLOFF: ["Karsten Gerloff"],
             LEIPZIG: ["Leipzig"]})

# --- FSFE newsletter, October 2014: the Italian court on the Windows tax, Free Software in public administrations ---

RICHTER = "Richter"
BRZ = "Bundesrechenzentrum"
GRUENE = "Die Grünen"
GARRET = "Matthew Garret"
N1410_Q1 = ("„diese Lösung an die Anforderungen des Rechenzentrums angepasst werden kann, in die Anwendungen der "
            "RZ-Spezialisten integriert werden kann, und es ebenso erlaubt, dass Dokumente automatisch und "
            "halbautomatisch erstellt und weitergeleitet werden können. OpenOffice ist seit 2008 die standard "
            "Büroanwendung des Rechenzentrums. Sie ist auf 12.000 PCs der Organisation installiert.”")
N1410_Q2 = ("„die niedrigen IT-Kosten und die Vorteile im Bezug auf Sicherheit die öffentliche Verwaltung dazu "
            "anregen sollten, Freie Software zu nutzen“")
N1410_Q3 = ("„großen Unternehmen Zugang zu und Einfluss über die offiziellen internen Arbeitsweisen, sowie sensible "
            "Informationen und Daten der Bürger des Freistaats geben.“")
N1410_Q4 = ("„davon überzeugt, dass Software, die die Nutzer nicht respektiert oder ihnen mehr Möglichkeiten "
            "Wahlfreiheiten lässt, absoluter Schwachsinn ist.“")

add(id="ho425-fsfe-2014-10-newsletter-oktober",
    title="FSFE Newsletter – Oktober 2014",
    url="https://fsfe.org/news/nl/nl-201410.de.html",
    retrieved=REPO.format(path="news/nl/nl-201410.de.xhtml",
                          commit="0490f4576947a7f8d1aaf0c647403bc3b3424e6a")
    + " (FSFE newsletter of 6 October 2014, the German version; the commented-out sidebar, the author, date and "
      "follow-up data and the tag list dropped (rule 14); the <br/> before the signature rendered as a line break "
      "(rule 2120); list items and the items of the nested 'Planet' list kept as lines of their own (rule 2153); "
      "link texts kept as running text; the entity &quot; rendered as '\"'; the published forms 'werden mit schon "
      "mit', 'Der Gerichtshof, sah', 'Garret', 'überwie', 'bewerben..', the mixed marks „…” of the "
      "Bundesrechenzentrum quotation and the full stop after the closing mark of Garret's quotation kept (rule 20))",
    license=FSFE,
    paras=["Italienisches Gericht unterstützt die getrennte Auslieferung von Software und Hardware",
           "Wenn man sich einen Laptop kauft, kann sich das Bezahlen für eine Microsoft Windows Lizenz als schwierig "
           "zu vermeiden herausstellen. Der Grund ist: Viele Laptops (und Computer) werden mit schon mit dem Windows "
           "Betriebssystem ausgeliefert und verkauft. Diese „Windows Steuer“ hat die Hardwarepreise für die Nutzer "
           "von Freier Software, die Microsofts Betriebssystem nicht nutzen wollen, künstlich erhöht. Wir als die "
           "Nutzer Freier Software wollen aber statt dessen die Entwicklung von Freier Software fördern.",
           "Seit 2008 pflegen wir eine Wiki-Seite mit Ratschlägen für Verbraucher, die die Förderung von Entwicklung "
           "nicht-freier Software umgehen wollen. Seit über zehn Jahren sprechen wir mit Politikern und "
           "Verbraucherschutzorganisationen über dieses Thema. Es ist jedoch nur ein langsamer Fortschritt zu "
           "verzeichnen und es wird noch Jahre dauern, diese Situation in Europa zu verändern. Für solche "
           "langfristigen Ziele ist es wichtig, auch kleine Zwischenziele zu erreichen. Letzten Monat hatten wir so "
           "einen Sieg errungen.",
           "Das oberste italienische Gericht für Zivil- und Strafsachen, der Kassationshof, hat beschlossen, dass "
           "ein Laptopkäufer dazu berechtigt ist, die Gebühren für eine Microsoft Windows Lizenz, die er zwangsweise "
           "beim Kauf des Computers zahlen musste, erstattet zu bekommen. Die Richter kritisierten die gängige "
           "Praxis, PCs nur zusammen mit einem nicht-freien Betriebssystem zu verkaufen scharf als „kommerzielle "
           "Masche des Zwangskaufs“. Der Gerichtshof, sah in dieser Vorgehensweise eine monopolistische Tendenz. Er "
           "betonte ebenfalls, dass diese Vorgehensweise für den Endkunden bedeutet, dass ihm weitere nicht-freie "
           "Programme aus Kompatibilitätsgründen aufgezwungen werden, ob er diese nun will oder nicht.",
           "Die italienischen Behörden müssen nun diesen Beschluss in einen echten Sieg für Verbraucher umwandeln "
           "indem sie sicherstellen, dass Computerkäufer entscheiden können, ob oder welches Betriebssystem ihr "
           "Gerät haben soll. Aufbauend darauf hoffen wir, andere Länder in Europa dazu zu bringen, diesem Beispiel "
           "zu folgen und eine Europaweite Lösung für das Problem zu finden.",
           "Die öffentliche Verwaltung in Europa nutzt Freie Software",
           "In den Medien – und auch bei uns – gibt es manchmal die Tendenz dazu sich auf die schlechten Nachrichten "
           "über Freie Software in der öffentlichen Verwaltung zu beschränken. In dieser Ausgabe wollen wir uns auf "
           "die guten Beispiele des letzten Monats konzentrieren. Es gibt gute Nachrichten Freie Büroanwendungen "
           "betreffend: Das österreichische Bundesrechenzentrum lobt die vielen Anwendungsmöglichkeiten von Apache "
           "OpenOffice. Sie schätzen es sehr dass "
           + N1410_Q1
           + " Darüber hinaus wechseln die Verwaltungen der italienischen Städte Todi und Terni zu LibreOffice. Sie "
           "folgen dem Beispiel der Provinz Perugia die LibreOffice auf all ihren 1.200 Arbeitsplätzen nutzt, sowie "
           "der örtlichen Gesundheitsbehörde von Perugia, die die Office Suite auf 600 PCs nutzt.",
           "Die öffentliche Verwaltung in Frankreich verwendet eine Freie Bürosoftware an 500.000 Desktopcomputern. "
           "Obwohl sie sagen, dass der Wechsel zu Freier Software schwer war, waren sie in der Lage, die Probleme in "
           "den Griff zu bekommen. Der Erfolg des Projekts fußt hauptsächlich auf zwei Verträgen, die die "
           "Ministerien mit Informations- und Kommunikationstechnologieanbietern abgeschlossen hatten. Die Verträge "
           "bedingen die Unterstützung für 260 Freie Software Anwendungen und das Support-Team stellt sicher dass "
           "Fehlerbehebungen, die für die Ministerien gemacht werden, auch wieder anderen Freie Software Projekten "
           "zur Verfügung gestellt werden.",
           "Die Grünen in Sachsen drängen die Regierung des Freistaats, eine Machbarkeitsstudie über die Migration "
           "hin zu Freier Software durchzuführen. Die politische Gruppe, seit 2011 selbst Nutzer von Freier "
           "Software, sagt dass "
           + N1410_Q2
           + ". Sie argumentieren, dass die Abhängigkeit von proprietärer Software "
           + N1410_Q3,
           "Etwas gänzlich anderes",
           "Auch ohne die oben erwähnte Windows Steuer muss der Nutzer immer noch selbst herausfinden ob der "
           "Computer, den man kaufen will auch mit Freier Software funktioniert. Um den Informationsfluss zu "
           "verbessern, welche Hardware nun kompatibel ist, und welche nicht, arbeiten die FSF und Debian jetzt "
           "zusammen und erweitern die Hardware Datenbank h-node. Diese hilft Nutzern, Informationen über Computer, "
           "die mit Freien Betriebssystemen funktionieren auszutauschen.",
           "Momentan ist eine Diskussion über gute Metaphern zu Freier Software auf unserer englischsprachigen "
           "öffentlichen Mailingliste am Laufen. Hugo Roy hat das Thema mit einigen Beispielen angestoßen. "
           "Alessandro Rubini hatte einige kritische Anmerkungen. Er argumentiert, dass die genannten Metaphern den "
           "kostenlosen Austausch von Freier Software schildern sollen. Dazu sollte man aber im Feld der "
           "Informationen, also Wissen, das man ohne Kosten weitergeben kann, bleiben. In einem jüngeren Beitrag "
           "berichtet Guido Arnold von seinen guten Erfahrungen mit der Kochrezept-Analogie bei Kindern.",
           "Im diesjährigen Software Freedom Day waren einige lokale FSFE Gruppen beteiligt: Edgar Hoffmann "
           "organisierte einen Infostand vor dem Offenburger Rathaus und eine Mini-Gemeinschafts-Konferenz mit "
           "Vorträgen und unserem Freie Software Quiz am Abend. Dominik Hopf, unser Koordinator für den Raum "
           "Hamburg, hielt einen Vortrag bei der SFD-Veranstaltung in Kiel über F-Droid während Torsten Grote "
           "Interessenten beim SFD Berlin F-Droid näher brachte. Mit dabei waren Nermin Canik aus Istanbul und Ihr "
           "Autor um mit den Menschen über die Freiheit von Software zu sprechen. Darüber hinaus hielt Michael "
           "Stehmann einen Vortrag über Freie Software und Privatsphäre beim SFD-Event in Köln.",
           "Vom 13 bis 15 Oktober wird die FSFE einen Stand beim Linuxcon in Düsseldorf haben. Weil bereits schon "
           "vor der Veranstaltung viele Freie Software Aktivisten vor Ort sein werden, lädt die Fellowship-Gruppe "
           'Düsseldorf am 10 Oktober ab 11 Uhr zum Brunch ins Bistro "Schwesterherz", Bilker Allee 66, 40219 '
           "Düsseldorf ein. Das wird eine ereignisreiche Zeit für unsere lokale Gruppe werden. Nachdem sie schon bei "
           "der Cryptoparty des Landesbeauftragten für Datenschutz und Informationsfreiheit teilgenommen haben und "
           "einen Stand beim Zackk Straßenfest organisierten.",
           "Guido Arnold fasste den Workshop der FSFE in Essen, in welchem die besten Vorgehensweisen für die "
           "Vertretung unserer Interessen auf lokaler Ebene besprochen wurden zusammen.",
           "Der Freie Software Entwickler Matthew Garret ist "
           + N1410_Q4
           + ". In seinem Blog schreibt er dass Software von Grund auf so geschrieben werden muss, dass die "
           "Freiheiten, die sie erlauben auch unmittelbare und real nutzbare Vorteile für die Nutzer hat. Seiner "
           "Ansicht nach ist alles, was das nicht tut, ein Fehlschlag.",
           "Vom FSFE Planet, der Sammlung von Blogeinträgen zur FSFE:",
           "Guido Arnold berichtet von den Teckids Workshops bei der FrOSCon9. Mehr als 60 Kinder zwischen neun und "
           "13 Jahren nahmen an drei verschiedenen Workshops über Roboter, Python Spiele und Blender teil.",
           "Max Mehl erklärt wie man Openstreetmap als die Standardsuche in den Thunderbird Kontakten einstellt und "
           "wie man über CalDAV auf einen Geburtstagskalender auf der ownCloud zugreift.",
           "Henri Bergius berichtet vom Status der NoFlo Entwicklungsumgebung, einer Benutzerschnittstelle für "
           "Flow-Basierte Programmierung.",
           "Es gibt etliche Schritte, die man unternehmen kann, um Microsoft Office Dateien zu umgehen. In wenigen "
           "Fällen muss man sich mit ihnen auseinander setzen. Kevin Keijzer dokumentiert, wie man als Freie "
           "Software Nutzer das beste aus Microsoft Office macht was man kann.",
           "Unser derzeitiger Praktikant Michele Marrali schrieb einen Blogbeitrag überwie Patente, Copyright und "
           "Handelsmarken genutzt werden können, um Freiheit in Hardwareprojekten zu bewerben..",
           "Werde Aktiv: Geben Sie uns eine Rückmeldung zum User Data Manifesto",
           "Version 2 des User Data Manifesto wurde herausgegeben. Das Ziel des Manifestos ist es die fundamentalen "
           "Rechte der Nutzer und ihrer Daten im Internet Zeitalter: Den Zugang zu Daten (und Metadaten) zu "
           "kontrollieren, zu wissen, wann und wo die Daten gespeichert werden und eine Plattform selbst zu wählen. "
           "Einige Projekte arbeiten bereits darauf zu, das Manifesto zu unterstützen und ihren Nutzern diese Rechte "
           "zu gewähren. Im Moment ist die Version 2 als Entwurf in einem Wiki veröffentlicht, das öffentliche "
           "Kommentare erlaubt.",
           "Wir bitten alle Unterstützer von Freier Software, uns eine Rückmeldung zum Manifesto zu geben um es noch "
           "weiter zu verbessern und damit die FSFE entscheiden kann, ob sie das Manifesto unterstützen wird. Bitte "
           "geben Sie uns eine Rückmeldung, diskutieren Sie mit auf unseren Diskussionslisten, und bitten Sie andere "
           "Freie Software Organisationen ebenfalls eine Meinung abzugeben und ob sie das Manifesto auch in dieser "
           "Form unterstützen würden.",
           "Mein Dank geht an alle freiwilligen Helfer, Fellows und Spender der FSFE, die unsere Arbeit ermöglichen,",
           "Matthias Kirschner – FSFE"],
    quotes=[("„Windows Steuer“", None),
            ("„kommerzielle Masche des Zwangskaufs“", RICHTER),
            (N1410_Q1, BRZ),
            (N1410_Q2, GRUENE),
            (N1410_Q3, GRUENE),
            ('"Schwesterherz"', None),
            (N1410_Q4, GARRET)],
    aliases={RICHTER: ["Richter", "Kassationshof", "Gerichtshof"],
             BRZ: ["Bundesrechenzentrum", "österreichische Bundesrechenzentrum"],
             GRUENE: ["Die Grünen", "politische Gruppe"],
             GARRET: ["Matthew Garret", "Freie Software Entwickler Matthew Garret"]})

# --- FSFE newsletter, March 2015: patents and standards, the OER position paper, I love Free Software day ---

BUENDNIS = "Bündnis Freie Bildung"
FREUND = "Freund"
N1503_Q1 = ("„alle Materialien zur Bildung ohne rechtliche oder technische Barrieren genutzt werden können.“")
N1503_Q2 = ("„warum er so viel Zeit in die FSFE investiert. Er könnte ja auch mehr Energie in andere Organisationen "
            "mit mehr Fokus auf Privatsphäre stecken“")

add(id="ho425-fsfe-2015-03-newsletter-maerz",
    title="FSFE Newsletter – März 2015",
    url="https://fsfe.org/news/nl/nl-201503.de.html",
    retrieved=REPO.format(path="news/nl/nl-201503.de.xhtml",
                          commit="01c0e63b68013ec1fe0396953bede61586c6105a")
    + " (FSFE newsletter of 4 March 2015, the German version; the stored file carries the wrong newsdate "
      "2018-03-04, its date element and the title say March 2015; the sidebar, the author, date and follow-up data, "
      "the tag list and the translator names dropped (rule 14); the <br/> before the signature rendered as a line "
      "break (rule 2120); list items and the items of the nested 'Planet' list kept as lines of their own (rule "
      "2153); link texts kept as running text; the published forms 'Lizensierung', 'zusamen', 'Verbeserungen', "
      "'überLumicalls', 'Max Mehl, and Felix Stegerman', 'Nehme', 'Christian Kalkhoff' beside 'Christian Kallhoff' "
      "and the space after the opening mark of „ Geschirrspülmaschinen …“ kept (rule 20))",
    license=FSFE,
    paras=["Die Antwort der FSFE auf die EU-Anhörung zu Patenten und Standards",
           "Wir sind der Überzeugung, dass proprietäre Standards und Softwarepatente Hindernisse bei der Einführung "
           "Freier Software darstellen. Um diese Hürden zu überwinden, müssen wir der öffentlichen Verwaltung dabei "
           "helfen, dies ebenfalls zu verstehen. Deswegen haben wir letzten Monat auf eine Anhörung bezüglich der "
           "Wechselwirkung zwischen Standards und Patenten geantwortet, die von der Generaldirektion der "
           "Europäischen Kommission für Binnenmarkt, Industrie, Unternehmertum und KMU durchgeführt wurde.",
           "In unserer Antwort haben wir uns vor allem darauf konzentriert, wie Softwarepatente Wettbewerb und "
           "Innovationen im Softwaremarkt negativ beeinflussen. Wir haben auch herausgehoben, dass so genannte "
           "„faire, vernünftige und diskriminierungsfreie“ Lizenzklauseln in der Praxis eine schwerwiegende "
           "Diskriminierung gegenüber Freier Software darstellen. In vielen Bereichen des Softwaremarkts sind diese "
           "Programme die signifikanteste Konkurrenz zu unfreien Angeboten. Daher empfiehlt die FSFE, dass "
           "Standardisierungsorganisationen stattdessen erfolgreiche Patentrichtlinien der W3C und anderer Behörden "
           "implementieren und restriktionsfreie Lizensierung standardessentieller Patente verpflichtend zu machen.",
           "Wenn Sie uns dabei helfen möchten, Offene Standards zu fördern, nehmen Sie bitte am diesjährigen "
           "Document Freedom Day teil (siehe den diesmonatlichen Abschnitt von „Werde aktiv“ am Ende dieses "
           "Newsletters).",
           "Freie Software als wesentlicher Teil von Open Educational Resources (Offenen Bildungsressourcen)",
           "Je mehr Computer in klassischen Bildungseinrichtungen verwendet werden, desto wichtiger wird ein "
           "Bildungssystem, das jeden Schüler lehrt, die Kontrolle über die eingesetzte Technologie auszuüben. Für "
           "die FSFE ist die Basis dafür Freie Software.",
           "Zusammen mit unseren Partnern im „Bündnis Freie Bildung“ haben wir unsere Position bezüglich Freier "
           "Bildungsressourcen (OER) veröffentlicht. Die Publikation nimmt besonders Bezug auf die Erstellung und "
           "Nutzung von OER im Bildungssystem in Deutschland. Lehrmaterial und Software, die durch öffentliche "
           "Gelder finanziert wurden, sollten obligatorisch unter einer Freien Lizenz veröffentlicht werden. Des "
           "Weiteren fordert das Positionspapier, dass Bildungseinrichtungen die Kompatibilität mit Freier Software "
           "bereits bei der Planung oder der Erweiterung ihrer IT-Infrastruktur berücksichtigen. Das Ziel ist, dass "
           "durch diese Herangehensweise "
           + N1503_Q1,
           "Wenn Sie mehr darüber wissen wollen, was im Bildungssektor mit Freier Software passiert, dann lesen Sie "
           "den Bericht des Bildungsteams vom Januar.",
           "Was geschah am „I love Free Software“-Tag?",
           "Am 14. Februar 2015 haben auf der ganzen Welt Menschen den Mitwirkenden an Freier Software ihre "
           "Wertschätzung gezeigt. Es war das fünfte Jahr, in dem wir die Leute darum gebeten haben, am „I love Free "
           "Software“-Tag teilzunehmen. Der diesjährige Bericht zeigt eine Vielzahl von Liebeserklärungen, die "
           "dieses Jahr verkündet wurden, darunter Blogartikel, Bilder, Comics, Gedichte und eine #ilovefs "
           "Android-Bibliothek.",
           "Wir möchten allen danken, die an Mitwirkenden an Freier Software beim diesjährigen „I love Free "
           "Software“-Tag motiviert haben und bitten darum, den 14. Februar in den Kalender einzutragen, um auch in "
           "Zukunft den Leuten zu danken, die es uns ermöglichen, unsere Technologie zu kontrollieren.",
           "Etwas gänzlich anderes",
           "Hannes Hauswedell vom Deutschen Team schrieb ein Update über die Situation von sicheren Textnachrichten. "
           "In den letzten Monaten wollten Hannes und andere die Situation mit TextSecure verbessern. Leider hat das "
           "bisher nicht wie erhofft funktioniert. Daher hat Hannes seine Meinung geändert und empfiehlt jetzt "
           "Kontalk.",
           "Unser Fellow Cory Doctorow schrieb im Guardian einen Artikel, in dem er sich vorstellt, wie es aussehen "
           "würde, wenn „ Geschirrspülmaschinen iPhones wären“.",
           "Christian Kalkhoff berichtet vom Januartreffen der lokalen München-Gruppe der FSFE. Um anstehende "
           "Treffen in Ihrer Nähe zu finden, werfen Sie einen Blick auf unsere Event-Seite.",
           "Die Fellowship-Wahl für einen der Plätze in der Mitgliederversammlung der FSFE läuft noch bis zum 6. "
           "März 2015. Alle unterstützenden Mitglieder sollten die Wahlanleitung erhalten haben. Es stehen Nicolas "
           "Dietrich, Max Mehl, and Felix Stegerman zur Auswahl. Wenn Sie bis jetzt noch nicht gewählt haben, "
           "sollten Sie es jetzt tun!",
           "Vom FSFE Planet, der Sammlung von Blogeinträgen zur FSFE:",
           "Nachdem es etliche Berichte darüber gab, wie Lenovo seine Produkte mit einer Form der Adware, die als "
           "Superfish bekannt ist, ausliefert, fragt sich Paul Boddie, welche Gründe Lenovo dafür hatte und von wem "
           "sie in Zukunft ihr Geld bekommen möchten.",
           "Max Mehl wurde von einem Freund gefragt, "
           + N1503_Q2
           + ". In seinem Blogeintrag beantwortet er diese Frage.",
           "Mirko Böhm fasst seine vergangenen Wochen zusamen. Das beinhaltet einen Bericht über die Arbeit mit "
           "seinen Studenten, über Verbeserungen zu Julia Redas Bericht, Softwarepatente und Qt-Programmierung.",
           "Daniel Pocock schrieb überLumicalls dritten Geburtstag.",
           "Christian Kallhoff berichtet von seinen Erfahrungen, einen Fehler in Freier Software zu korrigieren.",
           "Nico Rikken schrieb darüber, „wie man Software versteht und warum das keine Hexerei ist“, und über die "
           "Freiheit, die das Ubuntu Phone bietet.",
           "Werde aktiv: Sei ein Teil vom Document Freedom Day 2015!",
           "Seit 2008 feiern Menschen, denen die Informationsgesellschaft wichtig ist, jedes Jahr den Document "
           "Freedom Day um das Bewusstsein für Offene Standards zu kräftigen. Auch dieses Jahr kommen die Menschen "
           "wieder am 25. März zusammen, um über den Zugang zu Kommunikation zu sprechen, örtliche öffentliche "
           "Aktivitäten durchzuführen und generell die Nachricht über Offene Standards auf dutzende verschiedene "
           "Arten zu verbreiten.",
           "Wir bieten Informationsmaterial in vielen Sprachen an. Zudem auch Grafiken, die verändert, geteilt und "
           "verbessert werden können um – auf dein eigenes Event zugeschnitten – auf dieses aufmerksam zu machen. "
           "Wenn Du eine Veranstaltung durchführst, können wir vielleicht auch – dank der DFD-Sponsoren – "
           "finanzielle Unterstützung dafür anbieten, z.B. für die Druckauflage. Um Dich inspirieren zu lassen, "
           "werfe einen Blick auf die Aktivitäten der Gruppen von Mexico und Japan im letzten Jahr.",
           "Nehme beim DFD 2015 teil!",
           "Mein Dank geht an alle Ehrenamtlichen, Fellows und Spender der FSFE, die unsere Arbeit ermöglichen,",
           "Matthias Kirschner – FSFE"],
    quotes=[("„faire, vernünftige und diskriminierungsfreie“", None),
            ("„Werde aktiv“", None),
            ("„Bündnis Freie Bildung“", None),
            (N1503_Q1, BUENDNIS),
            ("„I love Free Software“", None, 0),
            ("„I love Free Software“", None, 1),
            ("„I love Free Software“", None, 2),
            ("„ Geschirrspülmaschinen iPhones wären“", None),
            (N1503_Q2, FREUND),
            ("„wie man Software versteht und warum das keine Hexerei ist“", None)],
    aliases={BUENDNIS: ["Bündnis Freie Bildung", "Positionspapier"],
             FREUND: ["Freund"]})

# --- FSFE newsletter, December 2016: the Russian bill on Free Software ---

GESETZGEBER = "Gesetzgeber"
MALAJA = "Polina Malaja"
N1612_Q1 = ('"Dieses Gesetz ist ein Beispiel für ein richtig gut umgesetztes Regelwerk für öffentliche '
            'Beschaffungsmaßnahmen."')

add(id="ho425-fsfe-2016-12-newsletter-dezember",
    title="FSFE Newsletter - Dezember 2016",
    url="https://fsfe.org/news/nl/nl-201612.de.html",
    retrieved=REPO.format(path="news/nl/nl-201612.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (FSFE newsletter of 8 December 2016, the German version; the sidebar, the date and follow-up data and the "
      "tag list dropped (rule 14); the two horizontal rules dropped, the donation line between them kept; list items "
      "kept as lines of their own (rule 2153); link texts kept as running text (the link text ' "
      "https://www.fsfe.org/join ' with its spaces collapsed); the published forms 'Helfe uns', 'Communitites', "
      "'zusammengefasstund', 'Luxemburgisch and Schwäbisch', 'zum Standard zu machen .', 'jegliches andere "
      "Rückmeldung' kept (rule 20))",
    license=FSFE,
    paras=["Helfe uns jetzt zu wachsen und 2017 etwas zu bewegen",
           "Dieses Jahr feierte die FSFE ihren 15. Geburtstag. Das sind 15 Jahre der Befreiung von Anwendern, der "
           "Unterstützung von Communities und dem Druckmachen für eine bessere Gesetzgebung. 15 Jahre, um zu sehen, "
           "dass alle Aktivitäten, mögen sie noch so klein beginnen, große Wirkung zeigen, wenn wir "
           "zusammenarbeiten. 15 Jahre, um zu sehen, dass alle Aktivitäten, auch wenn sie anfangs unmöglich "
           "erschienen, erfolgreich sein können, wenn wir zusammenarbeiten. Zusammen sind wir manchmal sogar gegen "
           "die schwersten Geschütze großer Interessensgruppen erfolgreich gewesen. 15 Jahre, um zu wissen, dass all "
           "dies nicht möglich gewesen wäre ohne die kontinuierliche Unterstützung unserer Community, die mit "
           "tausenden freiwilligen Stunden und finanzieller Hilfe zu diesem Erfolg beigetragen hat. Und wenn du ein "
           "regelmäßiger Leser unseres Newsletters, aber noch nicht Teil unserer Community bist ... dann trete doch "
           "auch der FSFE bei!",
           "Helfe uns jetzt zu wachsen und 2017 etwas zu bewegen: https://www.fsfe.org/join",
           "Russisches Gesetz macht Freie Software zur Priorität",
           'Mitte Oktober hat die zweite Kammer der russischen Föderation ("Duma") ein Gesetz bestätigt, das Freie '
           "Software auf mehreren Ebenen innerhalb des Öffentlichen Sektors fördern wird. Fortan wird dieses Gesetz "
           "den Öffentlichen Sektor dazu verpflichten, Freie Software gegenüber proprietärer Software zu bevorzugen "
           "und den Angeboten lokaler IT-Unternehmen, die Freie-Software-Lösungen bieten, Vorrang einzuräumen. "
           "Schließlich erkennt das Gesetz auch die Notwendigkeit an, eine Kooperation mit den globalen Netzwerken "
           "Freier-Software-Organisationen und -Communitites zu fördern.",
           "Die Gesetzgeber haben sich zudem extra bemüht, eine angemessene Sprache zu verwenden. So spricht das "
           'Gesetz von "Freier Software", es werden explizit die vier Freiheiten erwähnt und sogar "GNU/Linux" '
           "findet Erwähnung, um damit das meistverbreitete Freie Betriebssystem zu adressieren.",
           "Dazu die Politik-Analytikerin der FSFE, Polina Malaja: "
           + N1612_Q1,
           "Was haben wir sonst noch gemacht?",
           "Anfang Oktober fand die jährliche Hauptversammlung der FSFE statt. Zu dieser Gelegenheit vermochte Mirko "
           "Böhm, aktueller Fellowship-Repräsentant, endlich den Knoten lösen, den wir bei unseren Gedanken zu einer "
           '"Freie-Software-Firma"-Evaluation hatten. Der Geniestreich liegt vermutlich darin, nicht Firmen selbst '
           "zu bewerten, sondern deren einzelne Aktivitäten. Matthias Kirschner hat die einzelnen Gedankenstränge in "
           'seinem Blog zusammengefasst und bittet um Feedback: "There is no Free Software company - But!"',
           "Nachdem wir die zur Wahl antretenden Parteien Berlins bereits vorab mithilfe unserer Wahlprüfsteine zu "
           "ihren Plänen bezüglich Freier Software gefragt haben und darauf aufbauend während der "
           "Koalitionsverhandlungen drei Handlungsempfehlungen versendet haben, haben wir nun eine Wahlanalyse zum "
           "Koalitionsvertrag der neuen Regierung in Berlin veröffentlicht.",
           "Max Mehl berichtet über Bügeleisen und Freiheiten in seinem Bericht von der OpenRheinRuhr 2016 in "
           "Oberhausen. Die FSFE war dort gut vertreten mit Vorträgen von Max Mehl selbst, Matthias Kirschner und "
           "Erik Albers, sowie einem internationalen Infostand bestehend aus Fellows aus den Niederlanden und "
           "Deutschland.",
           "Vom 12. bis 13. November hat das Länderteam Niederlande einen Infostand auf der T-Dose in Eindhoven "
           "organisiert und die Situation zugleich für ein Länderteamtreffen genutzt, um sich für die Wahlen im März "
           "vorzubereiten.",
           "Politik-Analytikerin und Rechts-Koordinatorin der FSFE, Polina Malaja, hat einen Vortrag am Open Source "
           "Summit 2016 in Paris gehalten.",
           "Helfe uns jetzt zu wachsen und 2017 etwas zu bewegen: https://www.fsfe.org/join",
           "Am 23. November hat Matthias Kirschner einen Vortrag vor der .Net User Group Berlin-Brandenburg gegeben "
           "und dabei einen generellen Einblick in die Arbeit und Aufgaben der FSFE vermittelt.",
           "Jonas Öberg, Geschäftsführer der FSFE, hat in einer Podiumsdiskussion über Freedom of Panorama, "
           "Copyright, Offenheit und Demokratie in Linköping, Schweden teilgenommen.",
           "Vom 25. bis 27. November war die FSFE mit einem Infostand bei der FIfFKon16 – in.visible systems "
           "vertreten.",
           "Während der DIGITEC 2016 in Brüssel hat Georg Greve, Gründungspräsident der FSFE, an einer "
           "Podiumsdiskussion mit MEP Julia Reda teilgenommen und dabei die Zukunft Freier Software in den "
           "Europäischen Institutionen diskutiert.",
           "Aus der Community",
           "Erik Albers, Community Builder der FSFE, hat Übersetzungen unseres noCloud-Slogans gesammelt. Mit der "
           "unglaublichen Hilfe von Olga Gkotsopoulou hat das Crowdsourcing sehr gut funktioniert und in unserem "
           "wiki finden sich nun nahezu 40 Übersetzungen inklusive Dialekten, von Japanisch, Bretonisch und Arabisch "
           "bis hin zu Luxemburgisch and Schwäbisch. Erik hat das in seinem Blog zusammengefasstund schreibt auch, "
           "wie man immer noch dazu beitragen kann. Wir hoffen, mit Hilfe dieser Übersetzungen bald diesen beliebten "
           "Sticker auch in deiner Sprache anzubieten.",
           "Für jeden, der mit der FSFE-Webseite arbeitet, zum Beispiel das Webteam oder die Übersetzer, hat Max "
           "Mehl auf seinem Blog eine ausführliche Anleitung geschrieben, wie man die komplette FSFE-Homepage lokal "
           "nachbauen kann und somit auch einzelne XHTML-Dateien schnell lokal bauen kann.",
           "Paul Boddie diskutiert in seinem Blogbeitrag die verschiedenen Einflüsse von Computern auf unser "
           "tägliches Arbeitsleben, unsere Karrieren, unsere Selbstentwicklung, Freizeit bis zur der möglichen "
           "Erfüllung des Lebens: On Not Liking Computers.",
           "Tarin Gamberini bietet einen Überblick über die Annahme von Freie-Software-PDF-Betrachtern in den "
           "Öffentlichen Verwaltungen italienischer Regionen: Zehn italienische Regionen haben Werbung für "
           "proprietäre PDF-Betrachter reduziert.",
           "Iain R. Learmonth schreibt über PATHspider Plugins.",
           "Daniel versorgt uns mit einem How-to über Daten-Backup und -Wiederherstellung auf Android-Geräten direkt "
           "über USB und teilt seine Benchmarks von microSD-Karten.",
           "Angesichts immer weiter um sich greifender Internet-Botnets startet Daniel Pocock eine Diskussion über "
           "die Sicherheit von Heim-Geräten, die mit GNU/Linux-basierter Firmware laufen.",
           "Werde aktiv!",
           "Helfe uns jetzt zu wachsen und 2017 etwas zu bewegen.",
           "Gute Freie Software Nachrichten",
           "Gute Nachrichten von Öffentlichen Verwaltungen in Europa und weltweit: Ungarn zielt darauf ab, einen "
           "Freie-Software-basierten PC für alle Ministerien und zentrale Behörden zum Standard zu machen . Eine "
           "Resolution, welche die Regierung auffordert, einen Migrationsplan für Freie Software aufzustellen, wurde "
           'vom Parlament in Navarra, Spanien, angenommen. Frankreich hat "Source Code" auf die Liste von '
           "Staatsdokumenten gesetzt, welche dem Informationsfreiheitsgesetz unterliegen, aber dafür auch eine neue "
           "Ausnahme eingeführt, falls die Veröffentlichung die Sicherheit der Regierung gefährden würde.",
           "Gute Nachrichten auf Europäischer Ebene: Die Freie Software FIWARE Platform, finanziert von der "
           'Europäischen Kommission, gestaltet neue "Internet of Things"-Möglichkeiten für Unternehmen, während das '
           "Joint Research Centre (JRC) als Teil ihrer aktiven Freie-Software-Veröffentlichungspolitik nun Freie "
           "Software für Forstwirtschaft und Internet-Risikoaufklärung veröffentlicht haben.",
           "Im Lichte der transatlantischen Open-Data-Partnerschaft zwischen EU und USA wurde eine neue R-Bibliothek "
           "für wirtschaftliche Daten entwickelt und auf GitHub veröffentlicht.",
           "Und schließlich läuft 2016 auf 99,6% oder 498 der 500 schnellsten Supercomputern der Welt ein "
           "Linux-System.",
           "Hilf dabei, unseren Newsletter zu verbessern",
           "Bist du der Meinung, wir hätten Nachrichten vergessen oder würdest du gerne bestimmte Nachrichten in "
           "unserem nächsten Newsletter lesen? Dann teile uns das oder jegliches andere Rückmeldung bitte an "
           "newsletter@fsfe.org mit.",
           "Danke an alle Freiwilligen, Fellows und Spender, die unsere Arbeit ermöglichen,",
           "Eure Autoren Olga Gkotsopoulou und Erik Albers, FSFE",
           "PS: Wegen der Ferienzeit wird es im Januar keinen Newsletter geben."],
    quotes=[('("Duma")', None),
            ('"Freier Software"', GESETZGEBER),
            ('"GNU/Linux"', GESETZGEBER),
            (N1612_Q1, MALAJA),
            ('"Freie-Software-Firma"', None),
            ('"There is no Free Software company - But!"', None),
            ('"Source Code"', None),
            ('"Internet of Things"', None)],
    aliases={GESETZGEBER: ["Gesetzgeber"],
             MALAJA: ["Polina Malaja", "Politik-Analytikerin"]})

# --- FSFE, 15 March 2017: the #ilovefs report 2017 ---

BESUCHER = "Besucher"
FSF = "FSF"
FSFE_ORG = "FSFE"

add(id="ho425-fsfe-2017-03-ilovefs-report",
    title="#ilovefs Report 2017: Liebe und Aktivismus",
    url="https://fsfe.org/news/2017/news-20170315-01.de.html",
    retrieved=REPO.format(path="news/2017/news-20170315-01.de.xhtml",
                          commit="12ab791c37a45d3eb99ee67c2beb2e933be4283e")
    + " (news of 15 March 2017; the six captioned images with their captions (among them the caption '\"Public "
      "Money Public Code\" Projektion auf dem Bundesministerium für Wirtschaft und Energie\"' with its marks), the "
      "sidebar 'Vorhergehende #ilovefs-Reports' with its link list and the tag list dropped (rule 14); link texts "
      "kept as running text, with the space that the line break after '(<a …>' renders ('( besucht unsere Galerie)') "
      "and the space before the comma of 'Auf ihrer Webseite ,'; the published forms 'projezieren', 'In der selben "
      "Nacht', 'lustige Memes', 'indem die München dazu auffordert' and 'Erik Albers, erstellte' kept (rule 20))",
    license=FSFE,
    paras=['Am 14. Februar 2017 wurde der "I Love Free Software"-Tag zum achten Mal in Folge gefeiert, sodass man '
           "diesen Tag inzwischen schon als Tradition bezeichnen darf. Dieser Tag ist ein besonderer Tag geworden "
           "für Menschen aus aller Welt, die ihre Liebe und Zuneigung nicht nur ihrem Partner, sondern auch der "
           "gesamten Free Software-Community gegenüber zum Ausdruck bringen wollen.",
           "Die FSFE möchte jedem danken, der an der diesjährigen #ilovefs-Kampagne mitgewirkt hat. Danke, dass ihr "
           "euch Zeit genommen habt, eure Wertschätzung jenen Menschen zu zeigen, die Freie Software möglich machen: "
           "die Entwickler, Designer, Tester und Übersetzer, die jeden Tag hart daran arbeiten, unsere Freiheit zu "
           "erhalten. Unser Dank gilt auch allen, die Bilder, Videos, Blogs und News vor, am oder auch nach dem 14. "
           "Februar gepostet haben. Nur wegen euch kann man die #ilovefs-Kampagne zurecht als Erfolg bezeichnen.",
           "FOSDEM: Finde deinen Weg zur Liebe",
           "Die ersten Zeichen der Liebe wurden auf der FOSDEM Anfang Februar gesetzt. In diesem Jahr haben wir "
           "wieder unsere IloveFS Fotokiste aufgestellt und viele Besucher (glaubt bloß nicht, dass nur Menschen in "
           "der Fotokiste waren) posierten vor der Kamera, um sich zur Liebe zu ihren liebsten Free "
           "Software-Projekten, Kollegen und zur Community zu bekennen ( besucht unsere Galerie). Als wir sie "
           'fragten, warum sie FS lieben, wurden oft Worte wie "Freie Gesellschaft", "Demokratie" und "Freiheit" auf '
           "unsere Tafeln geschrieben. Wer sagt, dass man nicht gleichzeitig lieben und weise sein kann?",
           "In diesem Ambiente voll von Liebe haben wir auch ca. 20 IloveFS-Pakete an Freie-Software-Projekte "
           "verteilt. Darin enthalten waren einige Sticker, Broschüren, Ballons, und ein Blatt mit kreativen Ideen, "
           "um diejenigen, die 2017 mit uns feiern möchten, zu inspirieren.",
           "631 lautet die Zahl der gewählten Bundestagsmitglieder in Deutschland. Es ist aber auch die Zahl der "
           "Briefe und Blumen, welche freiwillige Helfer und Mitarbeiter der FSFE jedem einzelnen Mitglied "
           "anlässlich des ILoveFS-Tags zugeschickt haben. Das eigentliche Ziel dessen war es, die Möglichkeit zu "
           "nutzen, um die Aufmerksamkeit des Parlaments zu wecken und Kandidaten einzuladen - anlässlich der Wahlen "
           'im Herbst - Freie Software zu unterstützen und die Idee von "Public Money Public Code" weiter zu '
           "vertiefen. Aber das ist noch nicht alles...",
           "Berlin und Frankfurt lieben jeden einzelnen Bit von Freier Software",
           "Die freiwilligen Helfer der FSFE, die in Berlin tätig sind, haben ihre Arbeit dort gleich fortgesetzt! "
           "Sie haben wieder einmal politische Aktivitäten mit Freier Software kombiniert und eine Nacht damit "
           "verbracht, tiefgründige Liebesbotschaften mithilfe eines Beamers auf das Bundestagsgebäude, das "
           "Bundesfinanzministerium, die Berliner Mauer und auf andere öffentliche Plätze zu projezieren. Am Ende "
           "bekannte sich sogar der Berliner Astronaut zu seiner Liebe zu Freier Software.",
           "In der selben Nacht des 14. Februars nahmen einige Piraten aus Hessen an der Beamer-Aktion teil und "
           "verbreiteten Messages bezüglich ihrer Zuneigung zu Freier Software überall in Frankfurt.",
           "Der 14te",
           "Und schließlich war der 14. Februar da. Über den ganzen Tag verteilt, zeigten Menschen aus aller Welt "
           "ihre Begeisterung für Freie Software und für die Menschen, die dies möglich machen. Und zwar in vieler "
           "Hinsicht: mit Blog-Posts, Bildern, Nachrichten, Microblogs und lustige Memes. Und um den Kitsch nicht "
           "außen vor zu lassen, durfte herzförmige Schokolade an diesem Tag nicht fehlen.",
           "Dieser Tag war voll von Liebe für Free Software-Projekte und deren Entwickler. Zum Beispiel schrieben "
           'Femgeeks über ihre Liebe zu Lineage OS. Die FSF fragte Personen, ob sie nicht "Cryptovalentines" '
           "füreinander sein wollen würden, indem sie untereinander eine private und verschlüsselte Kommunikation "
           "per GnuPG aufsetzen. Andere zeigten ihre Liebe zu GNU/Linux, Ikiwiki und git-annex.",
           "Wir waren auch froh, Organisationen aus verschiedensten Hintergründen und Regionen zu sehen, die sich "
           'für die "I love Free Software"-Kampagne auf ihren Webseiten aussprechen. MediaLab Prado aus Madrid '
           "organisierte Aktivitäten, um den ganzen Tag lang für den Nutzen von Freier Software zu werben. Der "
           "Künstler Elektroll entschied sich dafür, seine Wertschätzung für Freie Software mittels seiner Werke zum "
           "Ausdruck zu bringen. Die OSB Alliance stellte Informationen zu den Aktionen der FSFE bereit und zeigte "
           "ihre Liebe für Freie Software auf ihrer Webseite. Im Allgemeinen möchten wir allen danken, die für den "
           '"I love Free Software"-Tag geworben haben, wie zum Beispiel: Ansol, Xarxanet, Punt Tic, Linux Today, '
           "Gizlogic und viele andere. Einige Freie Software-Projekte nutzten die Gelegenheit, um ihren hart "
           "arbeitenden Teams zu danken, wie zum Beispiel KDE Spain, The Document Foundation oder Framasoft.",
           "Julia Reda, Mitglied des Europäischen Parlaments, nutzte die Chance, um ihre Unterstützung für Freie "
           "Software zu zeigen, indem die München dazu auffordert, LiMux weiter zu verwenden. Auch Jan Philipp "
           "Albrecht, Europaparlamentsmitglied der Grünen, postete auf Twitter über seine Liebe zu Freier Software "
           "und FSFE. Auf ihrer Webseite , brachten die Grünen ihre Unterstützung für Freie Software Community zum "
           "Ausdruck. Die Piratenpartei in Hessen tat es ihnen gleich, indem sie dazu aufriefen, Freie Software in "
           "öffentlichen Organisationen zu verwenden.",
           "In seinem Blog widmete der Präsident der FSFE, Matthias Kirschner seinen Dank allen Free "
           "Software-Helfern in öffentlichen Organisationen. Erik Albers, erstellte einen Blog mit coolen Memes von "
           "alten Philosophen und deren Ansicht von Freier Software. Währenddessen bloggte Max Mehl, unser "
           "Koordinator für Deutschland, über seinen neuen Lieblings-E-Mail-Client, astroid.",
           "Wir hoffen, dass all diejenigen, die Freie Software unterstützen, sich durch den diesjährigen "
           'IloveFS-Tag ein wenig mehr motiviert fühlen. Unser eigener Eindruck? "Baut Freie Software - keine '
           'Mauern!", denn in der Welt der Freien Software können uns verschiedene Sprachen nicht trennen. '
           "Stattdessen verbindet uns die gemeinsame Liebe zur Freiheit.",
           "Wir rufen jeden auf, sich den 14. Februar des nächsten Jahres im Kalender anzustreichen, um diese tolle "
           "Kampagne fortzusetzen. Nichtsdestotrotz, vergesst nicht: Jeder einzelne Tag ist perfekt, um Freie "
           "Software und ihre Entwickler schätzen zu wissen, indem man sie nutzt, viel über sie lernt, sie teilt, "
           "und sie verbessert."],
    quotes=[('"I Love Free Software"', None),
            ('"Freie Gesellschaft"', BESUCHER),
            ('"Demokratie"', BESUCHER),
            ('"Freiheit"', BESUCHER),
            ('"Public Money Public Code"', None),
            ('"Cryptovalentines"', FSF),
            ('"I love Free Software"', None, 0),
            ('"I love Free Software"', None, 1),
            ('"Baut Freie Software - keine Mauern!"', FSFE_ORG)],
    aliases={BESUCHER: ["Besucher", "viele Besucher"],
             FSF: ["FSF"],
             FSFE_ORG: ["FSFE"]})

# --- FSFE newsletter, May 2017: the Fellowship election, a dialogue on proprietary software ---

POCOCK = "Daniel Pocock"
OEBERG = "Jonas Öberg"

add(id="ho425-fsfe-2017-05-newsletter-mai",
    title="FSFE Newsletter - Mai 2017",
    url="https://fsfe.org/news/nl/nl-201705.de.html",
    retrieved=REPO.format(path="news/nl/nl-201705.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (FSFE newsletter of 15 May 2017, the German version; the sidebar, the date and follow-up data and the tag "
      "list dropped (rule 14); the two horizontal rules dropped, the donation line between them kept; list items "
      "kept as lines of their own (rule 2153); link texts kept as running text; the published forms 'zum ersten "
      "Mail', 'ẃichtige Themen der digitale Gesellschaft', 'propritäre', 'allerste', 'Vielen Dank alle' kept (rule "
      "20))",
    license=FSFE,
    paras=["Daniel Pocock ist neuer Fellowship-Repräsentant",
           "Vom 10. bis zum 24. April 2017 fand bei der FSFE die neunte jährliche Wahl des oder der "
           "Fellowship-Repräsentantin statt, welche die Community- und Fellowshipmitglieder in der "
           "Mitgliederversammlung der FSFE vertritt. Die Mitgliederversammlung besteht aus Mitgliedern des FSFE e.V. "
           "und stellt die juristische Person FSFE dar. Sie ist verantwortlich für die strategische Planung, "
           "Finanzplanung, Zielsetzung, Entlastung und für die Wahl des Vorstands und des Finanzleiters. Und der "
           "Gewinner der diesjährigen Wahl lautet ... Daniel Pocock!",
           "Daniel Pocock wurde Erster von sieben Kandidaten, die für das Amt antraten und sich jeweils mit einer "
           "Selbstbeschreibung auf unserer Wiki-Seite für die Fellowshipwahlen 2017 vorgestellt haben und am "
           "öffentlichen Wahlkampf teilgenommen haben. Leider wurden zwei verschiedene Daten für den "
           "Online-Wahlkampfauftritt bekanntgegeben, aber das Log-File ist online für jeden verfügbar, der die "
           "beiden Termine verpasst hat.",
           "Die FSFE bedankt sich bei Nicolas Dietrich, der nun sein Amt als Fellowship-Repräsentanten abgibt, für "
           "seinen Beitrag während der letzten zwei Jahre und heißt Daniel Pocock willkommen als neuen "
           "Repräsentanten. Daniels persönliche Zusammenfassung ist in seinem Blog zu finden.",
           "Hilf uns zu wachsen und 2017 den entscheidenden Unterschied zu machen: https://fsfe.org/join/nl2017-05",
           "Was haben wir sonst noch gemacht? Innerhalb und außerhalb der FSFE",
           "Vom 26. bis 28. April fand der jährliche Workshop der FSFE zu Rechts- und Lizensierungsfragen (LLW) in "
           "Barcelona (Spanien) statt. Dieses Jahr kamen 120 Rechtsexperten von überall auf der Welt zusammen, um "
           "ihr Wissen und ihre Erfahrungen während einer dreitägigen Veranstaltung mit mehr als 35 Vorträgen zu "
           "einer Vielzahl von Rechtsfragen miteinander zu diskutieren. Von Open Data zu Tooling, Softwarepatente "
           "und aktuellen Herausforderungen für Freie-Software-Lizensierung.",
           "Armijn Hemel und Shane Coughlan, Mitglieder des FSFE Legal Teams, veröffentlichten einen Leitfaden für "
           'Startups, Kleinbetriebe und Ingenieure über "Practical GPL compliance", also praxisnaher '
           "GPL-Konformität. Der Leitfaden hat das Ziel, GPL-Compliance zu entmystifizieren und die Arbeit von "
           "Konformitätsingenieuren auf einem praktikablen Level zu unterstützen.",
           "In Nordrhein-Westfalen, dem meistbevölkerten Bundesland Deutschlands, fand am 14. Mai 2017 eine "
           'Landtagswahl statt. Die FSFE schließt sich einer "Koalition Freies Wissen" an, die zum ersten Mail einen '
           '"Digital-O-Maten" entwickelt haben. Der "Digital-O-Mat" ist eine Software, um jenen Wählern, denen '
           "digitale Rechte und Freiheiten wichtig sind, bei der Entscheidung zu helfen, für welche Partei sie bei "
           "dieser Wahl stimmen sollen. Acht Fragen leiten die Wählerinnen und Wähler an, ihre eigenen Einstellungen "
           "zu ẃichtige Themen der digitale Gesellschaft auszuwählen - zum Beispiel Fragen zur Verwendung Freier "
           "Software, Open Data oder Open Educational Resources. Nach dem Beantworten sehen die Nutzer eine "
           "Auswertung, welche Parteien am ehesten zu ihren eigenen Vorstellungen passen. Danach können sie "
           "detailliertere Erklärungen zu den Positionen der Parteien ansehen. Die Webseite für Nordrhein-Westfalen "
           "ist deutschsprachig, die unterliegende Software ist Freie Software und damit frei zu modifizieren für "
           "andere Zwecke.",
           "Im FSFE-Planet gab es einen interessanten Dialog zwischen unserem Geschäftsführer Jonas Öberg, der "
           "argumentiert, dass manchmal propritäre Software genutzt werden darf, um freie und quelloffene software "
           "zu fördern, obwohl man sich der Risiken bewusst sein muss, dass das auch nach hinten losgehen kann. Und "
           'Daniel Pocock, unser neuer Fellowship-Repräsentant, antwortete in "Die Risiken der Verwendung '
           'proprietärer Software", dass "kein Geschäft manchmal besser sein kann als ein schlechtes Geschäft", '
           "womit er meint, dass wenn man etwas nicht mit Freier Software erreichen kann, man lieber überlegen "
           "sollte, ob es einfach ohne Software lösbar ist.",
           "Paul Hänsch, einer der FSFE-Systemadministratoren, organisierte das allerste physische "
           "Wiki-Caretakers-Treffen. Die Wiki Caretakers sind ein Team von Freiwilligen, die anderen dabei helfen, "
           "Informationen im Wiki zu organisieren und die es für andere einfacher machen, etwas beizutragen.",
           "Beobachtungen zeigen, dass im letzten Semester neun italienische Regionen Werbung für proprietäre "
           "PDF-Betrachter auf ihrer Webseite reduziert haben und dass eine Region die Unterstützung für "
           "Freie-Software-PDF-Betrachter erweitert hat.",
           'Der FSFE-Geschäftsführer Jonas Öberg bloggt über "ein neues Verständnis von Nonprofit-Management" und '
           "verwendet dieses neue Verständnis, um Charakteristika der FSFE bezüglich der Verwendung von "
           "Technokratie, Hierarchie, Innovation und Ausrichtung zu analysieren. Jonas schließt seine Analyse mit "
           "ein paar Gedanken, wie er die Entwicklung der FSFE gerne sehen würde.",
           "Die FSFE war mit Ständen auf dem Linke Medien Akademie-Event in Berlin, am 16. Augsburger Linux Info Tag "
           "in Augsburg/Deutschland, FOSS Nord in Göteborg/Schweden und bei den Linuxtagen in Graz/Österreich vor "
           "Ort präsent.",
           "Helfen Sie uns, den Newsletter zu verbessern",
           "Haben wir Neuigkeiten verpasst oder würdest Du gerne bestimmte Nachrichten im nächsten Newsletter sehen? "
           "Dann teile uns das bitte mit oder sende uns weitere Rückmeldungen per E-Mail an newsletter@fsfe.org. Wir "
           "freuen uns, von Dir zu hören!",
           "Vielen Dank alle Freiwilligen, Unterstützer und Spender, die unsere Arbeit ermöglichen.",
           "Deine Autoren, Erik Albers, Polina Malaja FSFE"],
    quotes=[('"Practical GPL compliance"', None),
            ('"Koalition Freies Wissen"', None),
            ('"Digital-O-Maten"', None),
            ('"Digital-O-Mat"', None),
            ('"Die Risiken der Verwendung proprietärer Software"', None),
            ('"kein Geschäft manchmal besser sein kann als ein schlechtes Geschäft"', POCOCK),
            ('"ein neues Verständnis von Nonprofit-Management"', OEBERG)],
    aliases={POCOCK: ["Daniel Pocock", "Fellowship-Repräsentant"],
             OEBERG: ["Jonas Öberg", "Geschäftsführer", "Jonas"]})

# --- FSFE newsletter, June 2017: the new European Interoperability Framework ---

EIF = "Europäischer Interoperationsrahmen"

add(id="ho425-fsfe-2017-06-newsletter-juni",
    title="FSFE Newsletter - Juni 2017",
    url="https://fsfe.org/news/nl/nl-201706.de.html",
    retrieved=REPO.format(path="news/nl/nl-201706.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (FSFE newsletter of 14 June 2017, the German version; the sidebar, the date and follow-up data and the tag "
      "list dropped (rule 14); the two horizontal rules dropped, the donation line between them kept; the <br/> in "
      "the signature rendered as a line break (rule 2120); list items kept as lines of their own (rule 2153); link "
      "texts kept as running text, the link text 'Radio Lockdown Directive' nested in another link included; the "
      "published forms 'unser Artikel' and the ASCII marks throughout kept (rule 20))",
    license=FSFE,
    paras=["Neuer Europäischer Interoperationsrahmen fordert öffentliche Verwaltungen dazu auf, Freie Software zu "
           "nutzen und sich an ihrer Entwicklung zu beteiligen",
           'Nach der Konsultationsrunde im letzten Jahr wurde der "neue" Europäische Interoperationsrahmen (European '
           "Interoperability Framework - EIF) im März 2017 endlich veröffentlicht. In Übereinstimmung mit unseren "
           "Antworten zur öffentlichen Konsultation, sowie den allgemeinen Reaktionen von Bürgern und Firmen, die "
           "mehr Freie Software bei öffentlichen e-Services forderten, enthält der überarbeitete EIF nun die "
           'Empfehlung an alle öffentlichen Verwaltungen der EU, für "gleiche Wettbewerbsbedingungen" für Freie '
           'Software zu sorgen und eine "aktive und faire Erwägung" beim Angebot von e-Services nachzuweisen.',
           "Außerdem hält der neue EIF öffentliche Verwaltungen dazu an, Freie Software nicht nur zu verwenden, "
           'sondern "den einschlägigen Entwicklergemeinschaften nach Möglichkeit auch Beiträge [zu] liefern". Dies '
           "stellt eine signifikante Verbesserung gegenüber dem früheren EIF v.2 dar und erkennt an, dass Freie "
           "Software essentiell für bessere Interoperabilität ist. Zu bedauern ist jedoch, dass der neue EIF, "
           'ähnlich wie schon bei der Mitteilung "Schwerpunkte bei der IKT-Normung für den digitalen Binnenmarkt", '
           'nicht die Hindernisse anspricht, die sogenannte "faire, vernünftige und nicht diskriminierende '
           'Bedingungen" (englisch FRAND) für Freie Software darstellen. Da die Lizenzpolitik des EIF in Bezug auf '
           "Offene Standards jedoch auf FRAND basiert, ist es Freie-Software-Projekten leider nicht möglich, ihre "
           "Dienste öffentlichen Verwaltungen zur Verfügung zu stellen.",
           'Für weitere Informationen zu diesem Thema siehe unser Artikel: "Why is FRAND bad for Free Software?"',
           "Hilf uns zu wachsen und 2017 den entscheidenden Unterschied zu machen: https://fsfe.org/join/nl2017-06",
           "Was haben wir sonst noch gemacht? Innerhalb und außerhalb der FSFE",
           "Jonas Öberg, Geschäftsführer der FSFE, schreibt über ein neues Projekt der FSFE, welches Automatisierung "
           "in der Software-Entwicklungsumgebung ermöglichen soll, indem die verwendete Lizenz automatisch erkannt "
           "wird.",
           "Daniel Pocock, unser kürzlich gewählter FSFE-Fellowship-Repräsentant, organisiert momentan ein Treffen, "
           'um in Zürich einen "Food-Computer" zu bauen. Auf seinem Blog erklärt Daniel, worum es geht und was das '
           "Projekt mit Freier Software zu tun hat.",
           "Heiki Löhmus, Vizepräsident der FSFE, hielt in Zagreb (Kroatien) einen Workshop über den Gebrauch Freier "
           "Software in der MINT-Ausbildung.",
           "Polina Malaja, Koordinatorin für Rechtsfragen und Policy-Analystin der FSFE, nahm an der "
           'Podiumsdiskussion "Towards an Internet of People: A progressive new deal for technology" bei DiEM25 '
           "Berlin teil.",
           "Matthias Kirschner, Präsident der FSFE, nahm beim Kirchentag in Magdeburg an einer Podiumsdiskussion "
           "über den Einfluss von Daten, Code und Algorithmen auf unser Leben und auf die Wirtschaft teil. Es gibt "
           "auch eine Videoaufzeichnung der Diskussion.",
           "Erik Albers, Community and Communication Coordinator der FSFE, hielt beim Open Tech Summit 2017 die "
           'Eröffnungsrede mit dem Thema "Der Digital-o-Mat oder wie wir Freie Software zum Wahlkampfthema machen". '
           "Die FSFE war dort außerdem mit einem Stand vertreten.",
           'Maurice Verheesen, der FSFE-Länderkoordinator für die Niederlande, hielt einen Vortrag über "Public '
           'Money, Public Code" beim "Open Source Event" in Tilburg (Niederlande).',
           "Franz Gratzer, einer unserer ehrenamtlichen Designer, hielt einen Workshop über GIMP Basics bei den "
           "Linuxwochen Wien 2017. Auch die FSFE-Gruppe Wien war dort mit einem Stand vertreten.",
           'Die FSFE-Gruppe München war beim Straßenfest "Corso Leopold" in München mit einem Stand vertreten und '
           "informierte die Besucher über die FSFE und deren Einsatz für Freie Software.",
           "Matthias Kirschner hielt die Eröffnungsrede bei der openSUSE Conference 2017 in Nürnberg über Limux und "
           "was die Freie-Software-Gemeinschaft daraus lernen kann. Es gibt auch ein Video des Vortrags.",
           "Mitglieder aus Madrid (Spanien) haben bei der OpenExpo die Besucher über die FSFE und deren Einsatz für "
           "Freie Software informiert.",
           "Polina Malaja hielt beim Wireless Community Weekend in Berlin einen Vortrag über den aktuellen Stand zur "
           '"Radio Lockdown Directive" (Funkabschottung).',
           "Frank Karlitschek schreibt über unsere moralische Verantwortung gegenüber Technik und Software.",
           "Matthias Kirschner, Polina Malaja und Daniel Pocock waren bei der Open Source Conference Albania (OSCAL) "
           'und hielten Vorträge über die Themen "Empowering people to control technology", "EU level and software '
           'freedom" und "Free Real-Time Communications with Free Software". Außerdem war die FSFE dort mit einem '
           "Stand vertreten.",
           "Die FSFE-Gruppe Wien war bei Veganmania mit einem Stand vertreten, um die Besucher über die FSFE und "
           "deren Einsatz für Freie Software zu informieren.",
           "Hilf uns, den Newsletter zu verbessern",
           "Haben wir Neuigkeiten verpasst oder würdest Du gerne bestimmte Nachrichten im nächsten Newsletter sehen? "
           "Dann teile uns das bitte mit oder sende uns weitere Rückmeldungen per E-Mail an newsletter@fsfe.org. Wir "
           "freuen uns, von Dir zu hören!",
           "Vielen Dank an alle Freiwilligen, Unterstützer und Spender, die unsere Arbeit ermöglichen.",
           "Deine Autoren,",
           "Erik Albers und Polina Malaja"],
    quotes=[('"neue"', None),
            ('"gleiche Wettbewerbsbedingungen"', EIF),
            ('"aktive und faire Erwägung"', EIF),
            ('"den einschlägigen Entwicklergemeinschaften nach Möglichkeit auch Beiträge [zu] liefern"', EIF),
            ('"Schwerpunkte bei der IKT-Normung für den digitalen Binnenmarkt"', None),
            ('"faire, vernünftige und nicht diskriminierende Bedingungen"', None),
            ('"Why is FRAND bad for Free Software?"', None),
            ('"Food-Computer"', None),
            ('"Towards an Internet of People: A progressive new deal for technology"', None),
            ('"Der Digital-o-Mat oder wie wir Freie Software zum Wahlkampfthema machen"', None),
            ('"Public Money, Public Code"', None),
            ('"Open Source Event"', None),
            ('"Corso Leopold"', None),
            ('"Radio Lockdown Directive"', None),
            ('"Empowering people to control technology"', None),
            ('"EU level and software freedom"', None),
            ('"Free Real-Time Communications with Free Software"', None)],
    aliases={EIF: ["Europäischer Interoperationsrahmen", "Europäische Interoperationsrahmen",
                  "European Interoperability Framework", "EIF"]})
