# Four-hundredth held-out German real-news set (tests/data/heldout400-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2120-2123). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline and two distinctive phrases
# of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and
# /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundredth held-out set": six German news items and press releases of the Free
# Software Foundation Europe on fsfe.org (2012-2014: the "Free Your Android!" campaign, the German Document Freedom Award
# 2012 for 1&1, the election questions in the Saarland, the Bundestag motion on software patents, the FSFE's questions to
# the Munich mayoral candidates, Munich keeping Free Software) (licence FSFE). The texts are read from the stored source files of the pages
# (news/YYYY/*.de.xhtml in the site's repository fsfe/fsfe-website): markup removed, the line breaks and runs of spaces
# inside a paragraph joined into single spaces (as the page renders them), link texts kept, subheadings kept as lines of
# their own, a <br/> inside a paragraph rendered as a paragraph break (rule 2120), images, link lists and the pages' tag data dropped (rule 14); each retrieval note names what was dropped.
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

# --- FSFE, 28 February 2012: the "Free Your Android!" campaign ---

FYA = '"Free Your Android!"'
AN_Q1 = '"Benutzerinnen und Benutzer verdienen es, die volle Kontrolle über ihre mobilen Geräte zu haben"'
AN_Q2 = ('"Wenn Ihr Telefon mit Freier Software läuft, haben Sie die volle Kontrolle. Wenn darauf aber proprietäre Software '
         'läuft, übergeben Sie die Kontrolle über Ihr digitales Leben an die Hersteller und App-Entwickler."')
AN_Q3 = '"Das Android Betriebssystem mag weitgehend frei sein, aber viele Apps sind es nicht"'
AN_Q4 = ('"Mobile Geräte beherbergen viele Daten über unser Leben. Mit dieser Kampagne wollen wir nicht nur darauf '
         'aufmerksam machen, wie wichtig Privatsphäre und Freiheit für Smartphones und Tablet-Computer sind. Wir wollen '
         'auch den Benutzern die Mittel in die Hand geben, ihre eigenen Geräte besser zu machen."')
GROTE = "Torsten Grote"

add(id="ho400-fsfe-2012-02-free-your-android",
    title="Kampagne für ein Freies Android",
    url="https://fsfe.org/news/2012/news-20120228-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120228-01.de.xhtml",
                          commit="26005f9fe8457de8b28d2f5d276f43a291f79da1")
    + " (news of 28 February 2012; the timestamp and the tag list dropped (rule 14); the link texts ('\"Free Your "
      "Android!\" Kampagne', 'spionieren ihre Nutzer ohne ihr Wissen aus', 'Pressemitteilung veröffentlicht' etc.) kept "
      "as running text; 'sie zu Fragen' and 'die Bedienungen' kept as published (rule 20))",
    license=FSFE,
    paras=["Smartphones haben ein Datenschutzproblem. Das ist einer der Gründe, wieso die Free Software Foundation Europe "
           "(FSFE) heute ihre " + FYA + " Kampagne startet.",
           AN_Q1 + ", sagt Torsten Grote, FSFE Mitglied und Initiator der Kampagne. " + AN_Q2,
           "Der Mangel an Freiheit auf Smartphones und Tablet-Computern wird immer problematischer. Viele Apps spionieren "
           "ihre Nutzer ohne ihr Wissen aus (Carrier IQ) und übertragen private Daten, wie Adressbücher an fremde Server "
           "(iPhone). Andere Geräte sind komplett verschlossen. Sie verhindern das Installieren anderer Betriebssysteme "
           "und anderer Apps. Oft gibt es auch keine Updates mehr. " + FYA + " propagiert freie Versionen von Android, die "
           "auf Benutzerkontrolle optimiert sind und einen alternativen Markt, der nur Freie Software anbietet. Die "
           "Kampagne lädt auch dazu ein, bei den verschiedenen Initiativen mitzumachen und essentielle Apps zu "
           "identifizieren, die noch keine freie Alternative haben.",
           AN_Q3 + ", sagt Karsten Gerloff, FSFE's Präsident. " + AN_Q4,
           FYA + " ermutigt Menschen, Kontakt mit den Entwicklern unfreier Apps aufzunehmen und sie zu Fragen, wieso sie "
           "ihre Apps nicht als Freie Software veröffentlichen. Oftmals sind diese Apps kostenlos, aber nicht unter einer "
           "freien Lizenz veröffentlicht. Antworten und Einwände der Entwickler werden in einem Wiki analysiert.",
           "Bisher arbeiten die FSF und der FoeBuD e.V. mit der FSFE daran, die Bedienungen für Freie Software und "
           "Privatsphäre in der mobilen Welt zu verbessern. FSFE sucht noch weitere Organisationen und Einzelpersonen, die "
           "sich der Kampagne anschliessen.",
           "Der FoeBuD e.V. hat zu dieser Kampagne auch eine Pressemitteilung veröffentlicht."],
    quotes=[(FYA, None, 0),
            (AN_Q1, GROTE),
            (AN_Q2, GROTE),
            (FYA, None, 1),
            (AN_Q3, GERLOFF),
            (AN_Q4, GERLOFF),
            (FYA, None, 2)],
    aliases={GROTE: ["Torsten Grote", "FSFE Mitglied und Initiator der Kampagne"],
             GERLOFF: ["Karsten Gerloff", "FSFE's Präsident"]})

# --- FSFE, 28 March 2012: the German Document Freedom Award for 1&1 ---

DA_Q1 = ("„Anders als geschlossene Dienste wie Facebook und Skype, hat 1&1 seit vielen Jahren eine Offene "
         "Verbindungsmöglichkeit mit dem Rest des Jabber/XMPP Netzwerkes hergestellt. Ihnen gebührt ein Lob für die "
         "Unterstützung wahrlich freier Kommunikation durch die Nutzung von Internet Standards”")
DA_Q2 = ("„Facebook und Microsoft Network (MSN) verwenden auch XMPP für ihren Chat. Allerdings haben sie die Möglichkeit "
         "des Servers, sich mit anderen XMPP Servern zu verbinden von Haus aus abgeschaltet. Damit schränken Facebook und "
         "MSN ihre Nutzer ein, um die Kunden an die eigenen Dienste zu binden: So kann man nur mit Leuten kommunizieren, "
         "die auch einen Account bei dem selben Dienstanbieter haben und ihre Daten dort preisgeben. Durch die Nutzung von "
         "offenen XMPP-Clients hingegen bietet man seinen Freunden die Freiheit zu entscheiden, welche Software und welchen "
         "Provider sie verwenden und vertrauen wollen!”")
DA_Q3 = ('"Wir freuen uns sehr über die Auszeichnung. Sie bestärkt unsere Entscheidung, beim Online-Chat in den WEB.DE, GMX '
         'und 1&1 Postfächern auf den Offenen Standard XMPP zu setzen. Wir ermöglichen unseren Nutzern damit beim Chatten '
         'eine barrierefreie Kommunikation im Internet"')
DA_Q4 = ("„Firmen wie die 1&1 Internet AG inspirieren uns, weil sie nicht nur ihr Geschäft auf Offenen Standards wie Email "
         "und dem www aufbauen, sondern weil sie auch sicherstellen, dass diese Dienste interoperabel bleiben und nicht auf "
         "lock-in Effekte setzen, um Kunden zu binden.")
SAINT_ANDRE = "Peter Saint-Andre"
OETJEN = "Jan Oetjen"
UHLMANN = "Stephan Uhlmann"

add(id="ho400-fsfe-2012-03-document-freedom-award-1und1",
    title="1&1 Internet AG erhält den deutschen Document Freedom Award",
    url="https://fsfe.org/news/2012/news-20120328-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120328-01.de.xhtml",
                          commit="06cb66e7f9453bc4996fde93a441505f8e3f5471")
    + " (news of 28 March 2012 (the stored file's newsdate attribute reads 2013-03-28; the dateline of the text says 28 "
      "März 2012); the line break <br/> in the first paragraph rendered as a paragraph break (rule 2120); the line "
      "'Hintergrundinformationen:' with its link list (press photos 'TODO', DRadio Wissen interview, handcuffs action) and "
      "the line 'Weitere Aktivitäten und Veranstaltungen in Deutschland während des Document Freedom Day 2012:' with its "
      "event list, the timestamp and the tag list dropped (rule 14); the dateline 'Karlsruhe, 28. März 2012 —' kept as "
      "stored (rule 13); 'Koordinater', 'Offenes Standard' and the missing closing mark of the last quotation kept as "
      "published (rules 20, 22))",
    license=FSFE,
    paras=["Karlsruhe, 28. März 2012 — 1&1, GMX und WEB.DE erhalten den deutschen Document Freedom Award für die "
           "automatische Integration Offener Standards. Der Preis wird von der Free Software Foundation Europe (FSFE) und "
           "dem Förderverein für eine Freie Informationelle Infrastruktur e.V. (FFII) verliehen. 1&1 erhält den Preis für "
           "die automatische Bereitstellung des Offenen Standards XMPP für alle Kundinnen und Kunden ihrer angebotenen "
           "Mailservices. Dadurch kann jede Email-Adresse bei web.de oder gmx.de unabhängig vom Chatprogramm zum chatten "
           "verwendet werden.",
           "Der Document Freedom Award wird jährlich anlässlich des Document Freedom Day - dem internationalen Tag für "
           "Offene Standards - vergeben. Gewinner der letzten Jahre waren unter anderem tagesschau.de, Deutschland Radio, "
           "und das Deutsche Auswärtige Amt.",
           "In Karlsruhe überreichten die FSFE und der FFII das Zertifikat und den Document Freedom Award-Kuchen an Jan "
           "Oetjen, Vorstand der 1&1 Internet Portale, und Tino Anic sowie dessen Team, das für die Betreuung der auf XMPP "
           "basierenden Anwendung verantwortlich ist. Das Extensible Messaging and Presence Protocol (XMPP, früher Jabber "
           "genannt) ist ein Offenes Standard Kommunikationsprotokoll, welches zum chatten verwendet wird. Eine Vielzahl von "
           "Chatprogrammen unterstützt das Protokoll, das auch für VoIP-Anwendungen genutzt wird. Jede Nutzerin und Nutzer "
           "einer Email-Adresse von 1&1-, GMX- und WEB.DE, erhält automatisch einen XMPP Account mit dem selben Namen wie "
           "dessen Email-Adresse.",
           DA_Q1 + ", sagt Peter Saint-Andre, Geschäftsführer der XMPP Foundation.",
           "Wie 1&1 kann jeder einen XMPP Server aufsetzen und ihn dazu bringen, sich mit anderen XMPP Standard fähigen "
           "Servern auf der Welt zu verbinden. Personen, die einen Account von 1&1 haben, können mit anderen Kontakten "
           "innerhalb und außerhalb des 1&1- Netzwerkes chatten und dabei einen beliebigen XMPP-Client verwenden. Sie "
           "können auch mit Kunden von anderen Unternehmen, die wie Google (mit Google Talk) XMPP unterstützen, chatten. "
           "Darüber hinaus gilt dies für alle Personen, die einen eigenen freien XMPP Server betreiben und für alle "
           "Unterstützer der FSFE, die ebenfalls einen XMPP Account erhalten. Wenn man hingegen Skype, ICQ, Facebook, "
           "Yahoo! Messenger oder Microsoft Network (MSN) verwendet, müssen alle Personen, die miteinander chatten wollen "
           "dazu den selben Anbieter benutzen.",
           DA_Q2 + ", sagt Matthias Kirschner, Koordinater des deutschen FSFE Teams",
           DA_Q3 + ", sagt Jan Oetjen, Vorstand der 1&1 Internet Portale",
           "Stephan Uhlmann, Vorstandsmitglied des FFII fügt hinzu: " + DA_Q4],
    quotes=[(DA_Q1, SAINT_ANDRE),
            (DA_Q2, KIRSCHNER),
            (DA_Q3, OETJEN),
            (DA_Q4, UHLMANN)],
    aliases={SAINT_ANDRE: ["Peter Saint-Andre", "Geschäftsführer der XMPP Foundation"],
             KIRSCHNER: ["Matthias Kirschner", "Koordinater des deutschen FSFE Teams"],
             OETJEN: ["Jan Oetjen", "Vorstand der 1&1 Internet Portale"],
             UHLMANN: ["Stephan Uhlmann", "Vorstandsmitglied des FFII"]})

# --- FSFE, 12 June 2013: the Bundestag motion on software patents ---

SP_Q1 = ('"Dies ist ein wichtiger Schritt, um dem Softwarepatent-Irrsinn ein Ende zu machen. Die FSFE begrüßt diese '
         'Entscheidung. Es ist gut, dass alle im Bundestag vertretenen Parteien die weitreichenden Probleme von '
         'Softwarepatenten verstanden haben und dementsprechend handeln"')
SP_Q2 = '"Deutschland muss diese Entscheidung nun gesetzlich umsetzen, um ein starkes Signal nach Brüssel zu senden"'
SP_Q3 = ('"Da die EU entschieden hat, ihren Gestaltungsmöglichkeiten in Bezug auf das europäische Einheitspatent aufzugeben '
         ', ist dies ein wichtiger Schritt um Softwarepatente einzuschränken"')
SOMMER = "Johannes Sommer"

add(id="ho400-fsfe-2013-06-bundestag-softwarepatente",
    title="Bundestag fordert die Regierung auf, Softwarepatente streng zu begrenzen",
    url="https://fsfe.org/news/2013/news-20130612-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130612-01.de.xhtml",
                          commit="0e9a6f6a46d4904d008dc4227528241dec2cbbf6")
    + " (news of 12 June 2013; the tag list dropped (rule 14); the two blockquotes kept as paragraphs; the link texts "
      "('interfraktionellen Antrag', 'englische Übersetzung des BIKT', 'Schutzschirmklausel' etc.) kept as running text; "
      "'Haftungsrisko', 'aufzugeben ,', 'Sachverständigern', 'interfratkionellen', 'Planarsitzung' and 'von Matthias "
      "Kirschners' kept as published (rule 20))",
    license=FSFE,
    paras=["Am Freitag dem 7. Juni hat der Deutsche Bundestag einen interfraktionellen Antrag (englische Übersetzung des "
           "BIKT) zur Begrenzung von Softwarepatenten beschlossen. Der Bundestag fordert die Bundesregierung damit auf, die "
           "Erteilung von Patenten auf Computerprogramme zu beschränken. Software soll ausschließlich vom Urheberrecht "
           "erfasst werden, und die Rechte der Urheber sollen nicht durch Patente Dritter entwertet werden können. Patente "
           "auf Software sollen lediglich erlaubt sein, wenn ein Computerprogramm eine mechanische oder elektromechanische "
           "Komponente ersetzt. Des Weiteren hat der Bundestag klargestellt, dass die Regierung bei ihrer Umsetzung die "
           "rechtssichere Veröffentlichung von Freier Software sicherstellen muss.",
           SP_Q1 + ", sagt Matthias Kirschner, Deutschlandkoordinator der FSFE.",
           "Zehntausende von Softwarepatenten in Deutschland und Europa stellen ein enormes Kosten- und Haftungsrisko dar, "
           "insbesondere für kleine und mittelständische Unternehmen. Mehrere deutsche Mittelstandsorganisationen begrüßten "
           "die Entscheidung des Bundestags. Sie warnen jedoch davor die Verantwortung alleine an Brüssel abzugeben. Die EU "
           "erweist sich bereits seit Jahren unfähig dazu, Softwareentwicklern Rechtssicherheit zu gewährleisten. "
           + SP_Q2 + ", sagt Johannes Sommer vom Unternehmensverband BIKT.",
           "Bei einer Sachverständigeranhörung im Bundestag am 13. Mai, an der auch die FSFE teilnahm, schlugen die "
           "Mittelstandsunternehmen BIKT und BITMi Änderungen im deutschen Urheber- und Patentrecht vor. Diese Vorschläge "
           "würden auch Softwarepatente betreffen, die bereits erteilt wurden. Der erste Vorschlag ist eine "
           "Schutzschirmklausel im Urheberrecht, welche verhindern würde, dass Patentansprüche mit den urheberrechtlichen "
           "Verwertungsrechten kollidieren. Der zweite Vorschlag betrifft das deutsche Patentrecht: Patentansprüche sollen "
           "keine Wirkung auf Werke haben, die bereits selbständig durch das Urheberrecht geschützt sind. Beide Vorschläge "
           "würden die rechtliche Durchsetzung von Softwarepatenten gegenüber Softwareentwicklern verhindern. Die FSFE "
           "unterstützt beide Vorschläge.",
           SP_Q3 + ", sagt Kirschner.",
           "Hintergrund: Der interfraktionelle Antrag wurde im April ins Plenum eingebracht. Nach der ersten Lesung wurde "
           "der Antrag bei einer Sachverständigeranhörung im Rechtsausschuss am 13. Mai diskutiert. Anlässlich dazu "
           "veröffentlichte die FSFE eine schriftliche Stellungnahme und Notizen des mündlichen Eingangstatements von "
           "Matthias Kirschners. Während der Anhörung unterstützte eine große Mehrheit der externen Sachverständigern den "
           "interfratkionellen Antrag. Nach Empfehlung des Rechtsausschusses, unterstützt durch den Ausschuss für Wirtschaft "
           "und Technologie, den Ausschuss für Bildung, Forschung und Technikfolgenabschätzung sowie dem Ausschuss für "
           "Kultur und Medien stimmte der Bundestag in der Planarsitzung am 7. Juni einstimmig für den Antrag."],
    quotes=[(SP_Q1, KIRSCHNER),
            (SP_Q2, SOMMER),
            (SP_Q3, KIRSCHNER)],
    aliases={KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE", "Kirschner"],
             SOMMER: ["Johannes Sommer"]})

# --- FSFE, 10 March 2014: the questions to the Munich mayoral candidates ---

MU_Q1 = '"Die Unzufriedenheit bei den städtischen Mitarbeitern ist enorm."'
MU_Q2 = ('"Die Unzufriedenheit mit dem LiMux System kann sicherlich nur reduziert werden indem die Anwenderinnen und '
         'Anwender umfangreicher im Umgang mit dem System geschult werden."')
MU_Q3 = ('"Wir haben anfangs den Aufwand unterschätzt. Das hat aber auch damit zu tun, dass wir keinen Überblick hatten, '
         'wie heterogen und vielfältig die Software-Landschaft der Münchner Stadtverwaltung war."')
MU_Q4 = ('"Wir werden in der neuen Amtsperiode in jedem Fall gezwungen sein, diese Schwächen systematisch zu eruieren und '
         'einen Maßnahmekatalog zu erstellen, um die Schwierigkeiten in der Praxis abzubauen. Ich gehe davon aus, dass dies '
         'gelingen wird, da ein Systemwechsel sicher zu unvertretbaren Kosten führen würde."')
MU_Q5 = '"Diese Problematik (Industriespionage) haben wir bereits in unseren Anträgen 2003 angesprochen."'
MU_Q6 = ('"Vielmehr würde ich mich dafür einsetzten, dass die Stadt ihren Bürgerinnen und Bürgern Informationen über die '
         'Software und Handhabung bereit stellt und erklärt wie diese funktionieren und warum sie wichtig sind. Dabei '
         'benötigen wir sicherlich Schulungen für die Beschäftigten. Hier würde ich mich dafür einsetzen, dass diese '
         'obligatorisch sind und schon während der Ausbildung angeboten werden. Eine weitere Option wäre es, die interne '
         'Kommunikation der städtischen Stellen auch über vertrauliche E-Mail-Kommunikationskanäle laufen zu lassen, hier '
         'handelt es sich oftmals ja auch um sensible Daten."')
MU_Q7 = ('"Der Schutz persönlicher Übermittlungskanäle und Daten vor dem Zugriff durch Dritte hat in der Kommunikation '
         'zwischen öffentlichen Stellen und Bürgern absoluten Vorrang."')
MU_Q8 = ('"Wir geben zu bedenken, dass nicht nur Parteien, sondern auch viele Organisationen und Privatpersonen bei einem '
         'Opt-in-Verfahren Nachteile in Kauf nehmen müssten. Kommerzielle hingegen kaufen sich ihre Daten notfalls teuer '
         'woanders."')
MU_Q9 = ('"Es gibt ein Recht auf informationelle Selbstbestimmung, das muss gerade für obligatorisch erhobene Daten von '
         'Behörden gelten. Staatliche Melderegister sind keine Grabbeltische der Privatwirtschaft. Nur die Daten von den '
         'Bürgerinnen und Bürgern, die explizit einem Verkauf der eigenen Daten zustimmen, werden weitergegeben '
         '(Opt-In-Verfahren). Das Interesse der Werbewirtschaft und von Adresshändlern muss hintanstehen."')
MATTAR = "Michael Mattar"
WOLF = "Brigitte Wolf"
NALLINGER = "Sabine Nallinger"
OEDP = "ÖDP"
MUENZINGER = "Horst Münzinger"
D_REITER = "Dieter Reiter"

add(id="ho400-fsfe-2014-03-ob-wahl-muenchen-wahlpruefsteine",
    title="Grundtenor bei OB-Wahl in München: LiMux-Probleme lösen, Freie Software beibehalten",
    url="https://fsfe.org/news/2014/news-20140310-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20140310-01.de.xhtml",
                          commit="17200923befa4d5553774c405a6758e0137b9cc2")
    + " (news of 10 March 2014 (the stored file's newsdate attribute reads 2018-03-10; the text is about the election of "
      "16 March 2014); the subheading 'Einige Ergebnisse der Befragung' kept as a line of its own; the list 'Verweise' "
      "with the links to the questions and to earlier elections and the tag list dropped (rule 14); 'Bekenntnis', "
      "'Gesichterte', 'Mißverständnis', 'einsetzten', 'gegegeben' and the other slips kept as published (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe veröffentlichte heute gemeinsam mit dem Förderverein für eine Freie "
           "Informationelle Infrastruktur München ihre Freie-Software-Wahlprüfsteine für die Wahl der "
           "Oberbürgermeisterin bzw. des Oberbürgermeisters der Stadt München am 16. März 2014. Die OB-Kandidatinnen und "
           "-Kandidaten konnten sich zu Fragen hinsichtlich Freier Software und Offener Standards in München im Allgemeinen "
           "und des LiMux-Projekts im Speziellen sowie sicherer Kommunikationsmöglichkeiten und der kommunalen "
           "Datenweitergabe äußern.",
           "Neben den bereits im Stadtrat vertretenen Parteien SPD, CSU, Grüne, FDP, Die Linke, Bayernpartei und ÖDP legten "
           "auch AfD sowie Piraten ihre Positionen dar. Die fast vollständige Umstellung der Münchner Verwaltungs-IT auf "
           "Freie Software, das sogenannte LiMux-Projekt, wird außer von der CSU grundsätzlich als Bereicherung für die "
           "Stadt gesehen. Sehr erfreulich ist auch, dass die Aspekte Freiheit und Unabhängigkeit von proprietären "
           "Softwareanbietern inzwischen von den Politikerinnen und Politikern mindestens als ebenso wichtig betrachtet "
           "werden wie die Kosten.",
           "Trotz ihres umfassenden Bekenntnis zu Freier Software wurden jedoch immer wieder Probleme mit der Software in "
           "der Verwaltung genannt. Diese stehen aber offenbar eher mit der IT-Organisation an sich als der eingesetzten "
           "(Freien) Software in Zusammenhang. Es besteht aber den Aussagen nach der Wille, diese technischen und "
           "organisatorischen Probleme gezielt und unter Beibehaltung von Freier Software zu lösen. Auch wurde mehrheitlich "
           "geschrieben, dass der Einsatz von Freier Software in weiteren Bereichen, insbesondere des Bildungswesens, "
           "anzustreben sei. Mit Erstaunen nehmen wir allerdings auch die Verwechselung von Freier Software, also Software "
           "die man verwenden, untersuchen, weitergeben und ändern darf, mit kostenloser Software (Freeware) durch Josef "
           "Schmid/CSU zur Kenntnis. Auf dieses Mißverständnis scheint seine in weiten Teilen ablehnende Haltung gegenüber "
           "dem LiMux-Projekts begründet.",
           "Gesichterte elektronische Kommunikation halten fast alle Befragten im Moment noch für zu komplex und daher auch "
           "noch nicht massentauglich. Es wird als Alternative auf die Briefpost und das persönliche Gespräch verwiesen. "
           "Beim kommunalen Datenhandel sprechen sich fast alle dafür aus, vor der Weitergabe die Erlaubnis der "
           "Bürgerinnen und Bürger einzuholen (Opt-In) statt ihnen nur ein Widerspruchsrecht einzuräumen (Opt-Out).",
           "Einige Ergebnisse der Befragung",
           "Nennt man München und Freie Software in einem Satz, folgt mit hoher Wahrscheinlichkeit auch kurz darauf der "
           "Begriff LiMux. Dieser aus den Wörtern Linux und München gebildete Projektname steht für die Umstellung der "
           "städtischen IT-Systeme auf Freie Software und stellt ein international wahrgenommenes Leuchtturmprojekt dar. "
           "Die Stadt München begab sich mit diesem bis dato beispiellosen Vorhaben klar in eine Vorreiterrolle für andere "
           "Kommunen, Länder und Firmen in der ganzen Welt.",
           "Diese Einschätzung teilt auch eine deutliche Mehrheit der Befragten. Das Thema LiMux, stellvertretend für Freie "
           "Software und Offene Standards, steht also für die Münchner Kandidatinnen und Kandidaten genauso auf der "
           "Tagesordnung wie z.B. Defizite bei Kita-Plätzen oder die Untertunnelung des Englischen Gartens. Dabei wird LiMux "
           "nicht nur positiv bewertet. Durchweg alle Kandidatinnen bzw. Kandidaten, die bereits in engerem Kontakt mit der "
           "Stadtverwaltung stehen, berichten von Schwierigkeiten beim Einsatz der Software. So schreibt Michael Mattar von "
           "der FDP " + MU_Q1 + " Ähnliche Aussagen waren auch bereits von Sabine Nallinger, Grüne, während des Wahlkampfs "
           "zu hören. Brigitte Wolf von der Partei Die Linke sieht auch Probleme und regt an: " + MU_Q2 + " Wo diese "
           "Schwierigkeiten herkommen, beschreibt Nallinger so: " + MU_Q3 + " Auch wenn man berücksichtigt, dass in grossen "
           "Verwaltungen fast immer eine gewisse Unzufriedenheit mit der bestehenden IT-Lösung existiert: Es scheint, dass "
           "hier LiMux auch einen Teil der mit jeder Umstrukturierung und Konsolidierung einher gehenden Unzufriedenheit "
           "zugerechnet bekommen hat.",
           "Der Grossteil der Befragten spricht sich daher dafür aus, diese Unzufriedenheit systematisch abzuarbeiten. "
           "Stellvertretend schreibt Michael Mattar von der FDP: " + MU_Q4 + " Diese Standard-Vorgehensweise für komplexe "
           "Systeme unabhängig vom Hersteller scheint lediglich Josef Schmid, Kandidat der CSU nicht zu unterstützen. In "
           "seiner Argumentation bedient er sich leider auch längst vergessen geglaubter Klischees, so stellt er die "
           "Behauptung auf, dass Freie Software kostenlos sein müsse. Er weist darüberhinaus in seiner Antwort darauf hin, "
           "dass die Verbreitung Freier Software nicht in den Bereich der kommunalen Daseinsvorsorge gehöre. Andere "
           "Parteien zeigten in Bezug auf die zentrale Rolle der Informationstechnologie für Gesellschaft, Wirtschaft und "
           "Bildung deutlich mehr Bewusstsein und waren sich in unterschiedlicher Ausprägung einig hier mehr für den IT- "
           "und Wissensstandort München tun zu wollen.",
           "Die Enthüllungen von Edward Snowden haben der Weltöffentlichkeit schmerzhaft vor Augen geführt, dass es eine "
           "flächendeckende Überwachungsmaschinerie gibt, vor der man sich nur schwer schützen kann. Unbestritten effektiv "
           "ist aber nach wie vor der Einsatz von starker Kryptographie in quelloffener Software. Daher wollten wir wissen, "
           "ob man mit den Kandidatinnen und Kandidaten verschlüsselt kommunizieren könne und ob es Ideen gibt, wie sichere "
           "Kommunikation mit der Verwaltung aussehen könnte.",
           "Die ÖDP hat das Thema nach eigener Aussage schon länger auf ihrer Agenda: " + MU_Q5 + " Bemängelt wird aber, "
           "dass die gängigen Verschlüsselungsverfahren für Normalanwenderinnen und -anwender noch zu kompliziert seien. "
           "Einen konkreten Lösungsansatz beschreibt Brigitte Wolf, Die Linke: " + MU_Q6 + " Zusammenfassend ist das "
           "Bewusstsein parteiübergreifend geschärft, aber es hapert oft noch an der konkreten Umsetzung. Treffend "
           "beschreibt der Kandidat der Bayernpartei, Horst Münzinger, den Anspruch: " + MU_Q7,
           "Im Jahr 2013 wurde ein neues Bundesmeldegesetz verabschiedet, welches unter Anderem die Weitergabe von "
           "Meldedaten zu gewerblichen Zwecken neu behandelt. Bürgerinnen und Bürgern wird zwar die Möglichkeit gegegeben, "
           "der Weitergabe der Daten in einigen Fällen zu widersprechen (Opt-Out), doch wird über diese Möglichkeit nur "
           "zurückhaltend informiert und setzt eine aktive Handlung voraus. Wir wollten daher wissen, ob die Kandidatinnen "
           "und Kandidaten sich nicht dafür einsetzen wollen, dass die Weitergabe nur nach der Zustimmung durch die "
           "Betroffenen erfolgen darf (Opt-In). Aus den Antworten nahezu aller Parteien ließ sich entnehmen, dass die "
           "Opt-In-Variante zu präferieren sei. Dieter Reiter von der SPD merkt allerdings an: " + MU_Q8 + " Sabine "
           "Nallinger von den Grünen setzt die Prioritäten dagegen deutlich anders: " + MU_Q9],
    quotes=[(MU_Q1, MATTAR),
            (MU_Q2, WOLF),
            (MU_Q3, NALLINGER),
            (MU_Q4, MATTAR),
            (MU_Q5, OEDP),
            (MU_Q6, WOLF),
            (MU_Q7, MUENZINGER),
            (MU_Q8, D_REITER),
            (MU_Q9, NALLINGER)],
    aliases={MATTAR: ["Michael Mattar"],
             WOLF: ["Brigitte Wolf"],
             NALLINGER: ["Sabine Nallinger", "Nallinger"],
             OEDP: ["ÖDP"],
             MUENZINGER: ["Horst Münzinger", "Kandidat der Bayernpartei"],
             D_REITER: ["Dieter Reiter"]})

# --- FSFE, 16 October 2014: Munich keeps Free Software ---

MB_Q1 = '"zum aktuellen Zeitpunkt nicht erhoben"'
MB_Q2 = '"in keinem Zusammenhang"'
MB_Q3 = '"Betriebssystem LiMux"'
MB_Q4 = '"bislang keine Smartphones mit iOS-Betriebssystem in der Verwaltung eingesetzt wurden"'
MB_Q5 = '"nach gründlicher Prüfung"'
MB_Q6 = '"einem Umstieg auf Windows 8 wären die Kosten noch wesentlich höher"'
MB_Q7 = ('"Andere europäische Länder haben Freie Software und Offene Standards in den vergangenen Jahren zum '
         'Kernbestandteil ihrer IT-Strategien für den öffentlichen Sektor gemacht, so etwa Großbritannien, Frankreich, '
         'Italien und Schweden. In Deutschland hinkt der öffentliche Sektor in dieser Hinsicht hinterher. In Deutschland '
         'müssen Bund und Länder nachbessern, damit öffentliche Einrichtungen auch hier endlich in den Genuss der Vorteile '
         'Freier Software kommen"')
REITER = "Reiter"
STROBL = "Christine Strobl"

add(id="ho400-fsfe-2014-10-muenchen-bleibt-bei-freier-software",
    title="München bleibt bei Freier Software",
    url="https://fsfe.org/news/2014/news-20141016-01.de.html",
    retrieved=REPO.format(path="news/2014/news-20141016-01.de.xhtml",
                          commit="0732fad09f1f77a19b952685f8ecb07306dd0224")
    + " (news of 16 October 2014; the three subheadings kept as lines of their own; the blockquote kept as a paragraph; "
      "the tag list dropped (rule 14); the link texts 'Anfrage von Bündnis 90/Die Grünen' and 'Stadtrat' kept as running "
      "text; the double hyphens and 'im jahr 2002' kept as published (rule 20))",
    license=FSFE,
    paras=["Am letzten Dienstag reagierte der Münchner Oberbürgermeister mit fast dreiwöchiger Verspätung auf eine Anfrage "
           "von Bündnis 90/Die Grünen, in der die Zukunft von GNU/Linux in der Stadt München thematisiert wird. In den "
           "Antworten zeigt sich, dass der Oberbürgermeister und der zweite Bürgermeister Münchens ihre Kritik an Freier "
           "Software nicht mit Fakten belegen können. Stattdessen sollen alle IT-Strukturen und Prozesse geprüft werden. "
           "Die FSFE fordert die Stadtverwaltung auf, auch die beim ursprünglichen Beschluss als zentral betrachteten "
           "Aspekte Herstellerunabhängigkeit- und Interoperabilität in diese Prüfung mit einzubeziehen.",
           "In den vergangenen Monaten haben Äußerungen der neuen Münchner Bürgermeister Reiter und Schmid wiederholt "
           "Verwirrung über den künftigen IT-Kurs der Stadt ausgelöst. Ihre Äußerungen deuteten, entgegen der Haltung der "
           "dritten Bürgermeisterin Christine Strobl, der städtischen IT sowie des Stadtrats, auf ein mögliches Ende des "
           "beispielhaften Freien-Software-Kurses der Stadt hin. Fakten dazu waren, trotz Bemühungen von Seiten der FSFE, "
           "nur schwer zu ermitteln. Die Antwort der Stadtspitze auf die Anfrage der Grünen im Stadtrat klärt nun einige "
           "Punkte.",
           "Bisherige Kritik wurde nicht belegt",
           'So bezog sich die Mitarbeiterumfrage "Great Place to Work" von Ende 2013 -- auf die sich Reiter und Schmid in '
           "ihrer Kritik berufen hatten -- laut Reiters neuen Aussagen auf diverse Facetten der IT-Struktur, wie z.B. "
           "Hardware, Support, oder Telearbeit. Die Umfrage lässt aber ungeklärt, ob und wie die Probleme der Nutzer "
           "überhaupt etwas mit Freier Software zu tun haben: Dies sei " + MB_Q1 + ", so Reiter.",
           "Die oft zitierte Wartezeit auf die dienstlichen Mobiltelefone stehe " + MB_Q2 + " mit dem " + MB_Q3 + ", "
           "erklärt Reiter. Stattdessen sei der Hauptgrund, dass " + MB_Q4 + ".",
           "Bezüglich der laut Schmid fehlenden einheitlichen Software zur E-Mail- und Kalender-Verwaltung stellte sich "
           "ferner heraus, dass die Einführung der Freie-Software-Lösung Kolab überhaupt erst Anfang 2014 in Auftrag "
           "gegeben wurde und diese frühestens 2015 in den produktiven Betrieb gehen soll.",
           "Breite Unterstützung für Freie Software in München",
           "Sowohl die städtische IT-Verwaltung, als auch der Stadtrat und die dritte Bürgermeisterin Christine Strobl "
           "stellen sich in ihren Äußerungen hinter die Münchner Freie Software-Strategie und distanzieren sich damit von "
           "den vorherigen Äußerungen von Reiter und Schmid. Bürgermeisterin Strobl ist " + MB_Q5 + " weiterhin der "
           "Ansicht, dass die Umstellung auf Freie Software richtig war.",
           "Wirtschaftlich gesehen ist dies nachvollziehbar: Reiter beziffert die durch wegfallende Lizenzkosten "
           "entstandenen Einsparungen auf 11 Millionen Euro. Allein die Hardware-Kosten bei einer Migration zu Windows 7 "
           "würden sich laut der Antwort auf ca. 3,15 Millionen Euro belaufen, und bei " + MB_Q6 + ". Dazu würden noch "
           "weitere Kosten anfallen, die derzeit nicht bezifferbar seien. Neben dem Kostenargument werden in der Antwort "
           "die Erfolge bei der Unterstützung Offener Standards durch die Umstellung erwähnt.",
           "Herstellerunabhängigkeit und Interoperabilität mit einbeziehen",
           "In München soll nun eine Arbeitsgruppe die städtische IT-Strukturen und -Prozesse evaluieren und Vorschläge für "
           "deren Verbesserung erarbeiten. Die Kriterien hierfür sind aufgrund ihrer allgemein gehaltenen Formulierung "
           "schwer einzuschätzen. Für eine umfassende Bewertung muss München bei der anstehenden Überprüfungen der IT neben "
           "Benutzerfreundlichkeit und Kosten auch Herstellerunabhängigkeit- und Interoperabilitäts-Aspekte einbeziehen, "
           "letztendlich waren dies zentrale Argumente für die Entscheidung zugunsten Freie Software im jahr 2002. Dies "
           "ermöglicht der Stadt die Hoheit über die eigenen Daten und stellt den diskriminierungsfreien Zugang zu "
           "städtischen IT-Diensten sicher.",
           MB_Q7 + ", sagt Karsten Gerloff, Präsident der Free Software Foundation Europe."],
    quotes=[('"Great Place to Work"', None),
            (MB_Q1, REITER),
            (MB_Q2, REITER),
            (MB_Q3, REITER),
            (MB_Q4, REITER),
            (MB_Q5, STROBL),
            (MB_Q6, REITER),
            (MB_Q7, GERLOFF)],
    aliases={REITER: ["Reiter", "Münchner Oberbürgermeister"],
             STROBL: ["Christine Strobl", "dritte Bürgermeisterin Christine Strobl", "Bürgermeisterin Strobl"],
             GERLOFF: ["Karsten Gerloff", "Präsident der Free Software Foundation Europe"]})

# --- FSFE, 22 March 2012: the questions to the parties in the Saarland election ---

SA_Q1 = '"das gute Recht"'
SA_Q2 = '"grundsätzlich nicht im Interesse der FDP"'
SA_Q3 = '"die soziale Komponente"'
SA_Q4 = ('"Wir setzen uns für die Förderung von Software ein, die von allen uneingeschränkt benutzt, untersucht, '
         'verbreitet und verändert werden kann."')
SA_Q5 = ('"Piratenpartei DIE politische Kraft darstellt, die das Konzept „freier Software“ am meisten vorantreiben '
         'möchte."')
SA_Q6 = ('"Es ist das gute Recht, dass bei unfreier Software der Hersteller das Monopol besitzen darf, das eigene Produkt '
         'vor Manipulation zu schützen. [...] Es kann nicht das Ziel sein, unfreie Software komplett abzuschaffen, indem '
         'man politisch darauf Druck ausübt."')
SA_Q7 = ('"Das klingt gerade so, als ob die Piratenpartei Formulierungen von Verwertungsgesellschaften und großen '
         'IT-Konzernen übernommen hat"')
SA_Q8 = ('"Haben sich die Piraten um eine Woche vertan und das ist ein schlechter Aprilscherz, oder ist die Lobby von '
         'Microsoft, SAP und anderen jetzt auch bei der Piratenpartei angekommen?"')
PIRATEN_SL = "Piratenpartei des Saarlandes"
PIRATEN = "Piratenpartei"
FDP = "FDP"
LINKE = "Linke"

add(id="ho400-fsfe-2012-03-wahlpruefsteine-saarland",
    title="Saarland - Nur wenige deutliche Aussagen",
    url="https://fsfe.org/news/2012/news-20120322-01.de.html",
    retrieved=REPO.format(path="news/2012/news-20120322-01.de.xhtml",
                          commit="0b9ee4a2c02d31cb6ff9870b397b82e59b469dec")
    + " (news of 22 March 2012 (the stored file's newsdate attribute reads 2013-03-22; the text is about the Saarland "
      "election of 25 March 2012); headline h1 as title, the subtitle h2 and the subheading 'Einige Ergebnisse der "
      "Befragung' kept as lines of their own; the line break <br/> in the Piratenpartei paragraph rendered as a paragraph "
      "break (rule 2120); the blockquote kept as a paragraph, its bold markup dropped; the list 'Verweise' and the tag "
      "list dropped (rule 14); 'Nutzerlizensierungen', 'Rechtverwertern' and the missing full stop after 'mittelmäßig ab' "
      "kept as published (rule 20))",
    license=FSFE,
    paras=["Die Piraten setzen Segel mit Kurs auf proprietäre Insellösungen",
           "Die Free Software Foundation Europe veröffentlicht heute ihre Freien-Software-Wahlprüfsteine für die Wahl zum "
           "Landtag des Saarlandes am 25. März. Die Parteien konnten Stellung nehmen zu Fragen über die generelle "
           "Förderung von Freier Software, dem Problem der Herstellerabhängigkeit bei unfreier Software, Offenen "
           "Standards, dem Einsatz von Freier Software in der Bildung, Werbung für unfreie Software auf Webseiten der "
           "öffentlichen Verwaltung sowie zu Softwarepatenten.",
           "Verglichen mit den vielen positiven Antworten auf unsere Wahlprüfsteine vor der letzten Landtagswahl in "
           "Berlin, sind die Positionen der meisten Parteien im Saarland eine Enttäuschung. Sie reichen zumeist von seicht "
           "bis unverbindlich. Geradezu schockierend wirkt jedoch die Position der Saarländer Piratenpartei. In ihrer "
           "Antwort bezeichnet sie die Schaffung von Abhängigkeiten und restriktiven Nutzerlizensierungen als " + SA_Q1
           + " proprietärer Software.",
           "Einige Ergebnisse der Befragung",
           "Die CDU Saarland hebt sich positiv von anderen Landesverbänden der eigenen Partei ab. Zwar sind die meisten "
           "Antworten leider als abweisend zu bewerten, doch immerhin reden sie nicht - wie andere Landesverbände der CDU - "
           "am Thema vorbei. Die CDU Saarland lässt erkennen, dass sie sich mit dem Thema beschäftigt hat. Die Aufzählung "
           "von Unix und AIX in einem Zug mit GNU/Linux als Antwort auf eine Frage nach offenen Standards zeigt allerdings "
           "auch, dass noch viel Nachholbedarf besteht. Aber zumindest scheint im Saarland ein Landesverband der CDU im "
           "digitalen Zeitalter angekommen zu sein.",
           "Die Aussagen der FDP wirken etwas hastig zusammengeschustert, sind insgesamt etwas farblos und reichen von "
           "verhalten positiv bis vorsichtig negativ. Bestehende Monopole sind zwar " + SA_Q2 + " und sie wollen zudem "
           "Marktbeschränkungen für Freie Software beseitigen. Wie dies insbesondere mit ihrer verhaltenen Position zu "
           "Offenen Standards in Einklang zu bringen ist, bleibt allerdings unklar.",
           "Im Vergleich zu anderen Landesverbänden der Grünen sind die Antworten der saarländischen Grünen eher "
           "durchschnittlich: Zwar sind die Antworten fast durchgehend positiv zu bewerten - sie sind aber leider auch "
           "unkonkret. Es entsteht der Eindruck, als wüssten die Grünen im Saarland zwar irgendwie, dass Freie Software "
           "etwas Gutes und Unterstützenswertes ist. Doch tatsächlich scheinen sie sich nie stärker mit dem Thema "
           "auseinandergesetzt zu haben und geben nur wenig differenzierte Antworten.",
           "Die Positionen der Linken sind ebenfalls durchgehend positiv und lassen auch erkennen, dass hier dem Thema "
           "Freie Software einige Gedanken gewidmet wurden. Beispielsweise verweist die Linke explizit auf " + SA_Q3 + " "
           "Freier Software. Manche Antworten bleiben dennoch oberflächlich und im Allgemeinen wird der Kostenaspekt Freier "
           "Software an erster Stelle genannt - statt auf die anderen wirtschaftlichen, politischen und gesellschaftlichen "
           "Zusammenhänge weiter einzugehen. Im Vergleich zu ihren anderen Landesverbänden schneiden die Linken im "
           "Saarland daher eher mittelmäßig ab",
           "Die große Überraschung im Saarland ist die Piratenpartei, deren Antworten bei der FSFE starkes Kopfschütteln "
           "ausgelöst haben. Bisher hatten die Landesverbände der Piratenpartei meist mit einer starken Befürwortung Freier "
           "Software geglänzt. Dieses Ziel wurde sogar im Grundsatzprogramm der Partei beschlossen: " + SA_Q4,
           "Bei der ersten Frage unserer Wahlprüfsteine möchte auch die Piratenpartei des Saarlandes noch feststellen, dass "
           "die " + SA_Q5 + " Doch auf die Frage, ob die Piratenpartei etwas gegen die Dienstleistungsmonopole unfreier "
           "Software zu tun gedenkt, antwortet sie:",
           SA_Q6,
           "Diese Antwort stellt selbst frühere Aussagen von CDU und FDP in den Schatten und erweckt den Anschein, dass die "
           "Saarländer Piraten auch im Widerspruch zu anderen Punkten ihres eigenen Grundsatzprogramms Politik machen "
           "wollen. " + SA_Q7 + ", so Matthias Kirschner, Deutschlandkoordinator der FSFE. Dabei sind die \"Piraten\" und "
           "die Piratenpartei seinerzeit mit dem Ziel angetreten, das Urheberrecht zu reformieren. Die Piratenpartei "
           "Saarland hingegen scheint sich für das \"Recht\" von Rechtverwertern stark zu machen, Nutzern restriktive "
           "Lizenzen aufzudrücken. Deshalb fragt sich Kirschner weiter: " + SA_Q8,
           "Positiv hebt sich schließlich im Saarland noch die SPD hervor: Wie auch in vielen anderen Bundesländern, sind "
           "die Aussagen durchgehend positiv; doch mehr als die anderen Parteikollegen noch, zeigt die saarländische SPD, "
           "dass sie sich mit dem Thema beschäftigt hat und kann darauf ihre Positionen aufbauen. Leider verbleiben die "
           "Zusagen jedoch wie so oft äußerst unspezifisch und damit auch unverbindlich."],
    quotes=[(SA_Q1, PIRATEN_SL),
            (SA_Q2, FDP),
            (SA_Q3, LINKE),
            (SA_Q4, PIRATEN),
            (SA_Q5, PIRATEN_SL),
            (SA_Q6, PIRATEN_SL),
            (SA_Q7, KIRSCHNER),
            ('"Piraten"', None),
            ('"Recht"', None),
            (SA_Q8, KIRSCHNER)],
    aliases={PIRATEN_SL: ["Piratenpartei des Saarlandes", "Saarländer Piratenpartei", "Piratenpartei Saarland"],
             FDP: ["FDP"],
             LINKE: ["Linke", "Linken"],
             PIRATEN: ["Piratenpartei"],
             KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator der FSFE", "Kirschner"]})
