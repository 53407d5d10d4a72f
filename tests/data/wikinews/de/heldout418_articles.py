# Four-hundred-and-eighteenth held-out German real-news set (tests/data/heldout418-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2180-2183). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-eighteenth held-out set": six German news items of the Free Software
# Foundation Europe on fsfe.org (November 2014: OpenJustitia and the missing legal basis in Switzerland; June to December
# 2017: the Tallinn declaration on e-government, the Digital-O-Mat for the Bundestag election, the new git hosting service,
# the baby bib in the online shop, the revised REUSE practices) (licence FSFE, the constant of the 393rd set). The texts are
# read from the stored source files of the pages (fsfe.org/news/YYYY/*.de.xhtml in the site's repository
# fsfe/fsfe-website): markup removed, the line breaks and whitespace runs inside a paragraph joined with single spaces (as
# the page renders them), link texts kept, subheadings and list items kept as lines of their own, images, captions, link
# lists and the pages' tag, author and translator data dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

# --- FSFE, 20 November 2014: OpenJustitia and the missing legal basis in Switzerland ---

ALBERS = "Erik Albers"
ISB = "Schweizer Informatiksteuerungsorgan des Bundes"
BGER = "Schweizer Bundesgericht"
ZH = "lokale Gruppe der FSFE in Zürich"
OJ_TITLE = ('"Rechtsgutachten zur verfassungsrechtlichen Zulässigkeit der Randnutzung von Software im Verwaltungsvermögen, '
            'insbesondere der Veröffentlichung und Verbreitung von Open-Source-Software durch Träger von Bundesaufgaben"')
OJ_ISB = '"die Abgabe staatlicher Software an Drittpersonen"'
OJ_BGER = '"allgemein zugänglich veröffentlichen"'
OJ_ZH = '"OpenJustitia wurde entwickelt, weil es keine bestehende Lösung gab"'
OJ_Q1 = ('"Das Beispiel von OpenJustitia führt uns den Verbesserungsbedarf der Schweizer Rechtslage bezüglich staatlicher '
         'Förderung Freier Software drastisch vor Augen"')
OJ_Q2 = ('"Insbesondere wenn - wie im Falle von OpenJustitia - es noch gar keinen Markt gibt, ist eine staatliche '
         'Entwicklung oder Förderung Freier Software bestens geeignet um eine Versorgung zu gewährleisten und zugleich einen '
         'Markt zu ermöglichen. Ganz abgesehen davon, dass was die Öffentlichkeit finanziert auch der Öffentlichkeit zur '
         'Verfügung stehen soll."')
OJ_PG = '"Parlamentarische Gruppe Digitale Nachhaltigkeit"'

add(id="ho418-fsfe-2014-11-schweiz-openjustitia",
    title="In der Schweiz fehlt noch die gesetzliche Grundlage um Freie Software durch den Staat zu fördern",
    url="https://fsfe.org/news/2014/news-20141120-02.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2014/news-20141120-02.de.xhtml",
                          commit="560a611b6567716d21770f40dd3a42d109738d48")
    + " (news of 20 November 2014; the empty sidebar, the tag list and the empty translator field dropped (rule 14); the "
      "blockquote with Erik Albers' statement kept as its own line; the link texts kept as running text; the double "
      "space after 'in der Schweiz.' and the line breaks rendered as single spaces; the published irregularities "
      "'aprubte', 'Software, dessen Entwicklung' and the missing commas kept (rule 20))",
    license=FSFE,
    paras=["Die öffentliche Weiterentwicklung der Freien Software 'OpenJustitia' durch das Schweizer Bundesgericht wird auf "
           "Grund eines neuen Rechtsgutachtens vorerst eingestellt. Grund für das aprubte Ende gibt die scheinbare "
           "Rechtsunsicherheit bezüglich der Entwicklung und Veröffentlichung Freier Software durch öffentliche Träger in der "
           "Schweiz. Die FSFE fordert, dass die fehlende gesetzliche Grundlage dazu baldmöglichst geschaffen wird. Damit "
           "Software, dessen Entwicklung von öffentlichen Geldern finanziert wird, auch in der Schweiz zukünftig als Freie "
           "Software veröffentlicht werden kann.",
           "Ende Oktober hat das Schweizer Informatiksteuerungsorgan des Bundes (ISB) ein " + OJ_TITLE + " veröffentlicht. "
           "Darin wird auf eine fehlende gesetzliche Grundlage hingewiesen, die " + OJ_ISB + " als Freie Software erlaubt. "
           "Weiterhin wird im selben Gutachten eine mögliche Marktverzerrung unterstellt, sollte der Staat eigenständig "
           "Freie Software entwickeln. Als Konsequenz daraus hat das Schweizer Bundesgericht mitgeteilt, dass es zunächst "
           "keine Weiterentwicklung der preisgekrönten Freien Software 'OpenJustitia' " + OJ_BGER + " wird. Dies ist der "
           "vorläufige Höhepunkt eines jahrelangen Rechtsstreits zwischen dem Bundesgericht und dessen vorherigem "
           "Software-Zulieferer Weblaw AG.",
           "Wie jedoch die lokale Gruppe der FSFE in Zürich in ihrer Stellungnahme deutlich herausarbeitet, sei die im "
           "Rechtsgutachten behauptete Marktverzerrung gar nicht gegeben, denn " + OJ_ZH + ". Auch in der offiziellen "
           "Erklärung des Bundesgerichts ist zu lesen, dass es in Ermangelung einer vorhandenen, zufriedenstellenden Lösung "
           "beschlossen hat, eine eigenständige Software zu entwickeln und diese konsequenterweise auch kantonalen Gerichten "
           "und der breiteren Öffentlichkeit als Freie Software unter der GPLv3 zur Verfügung zu stellen.",
           OJ_Q1 + ", so Erik Albers von der FSFE. " + OJ_Q2,
           "Die FSFE fordert, dass so bald wie möglich eine gesetzliche Grundlage geschaffen wird, nach welcher der Schweizer "
           "Bund weiterhin und zukünftig Freie Software entwickeln kann und diese auch der breiten Öffentlichkeit zur "
           "Verfügung stellen darf. Unterstützen möchte die FSFE damit auch die " + OJ_PG + ", die ankündigte eine Motion "
           "einzureichen, welche zukünftig die Weitergabe von Freier Software seitens Schweizer Bundesbehörden explizit "
           "erlauben wird."],
    quotes=[("'OpenJustitia'", None, 0),
            (OJ_TITLE, None),
            (OJ_ISB, ISB),
            ("'OpenJustitia'", None, 1),
            (OJ_BGER, BGER),
            (OJ_ZH, ZH),
            (OJ_Q1, ALBERS),
            (OJ_Q2, ALBERS),
            (OJ_PG, None)],
    aliases={ALBERS: ["Erik Albers"],
             ISB: ["Schweizer Informatiksteuerungsorgan des Bundes", "ISB"],
             BGER: ["Schweizer Bundesgericht", "Bundesgericht", "Bundesgerichts"],
             ZH: ["lokale Gruppe der FSFE in Zürich"]})

# --- FSFE, 10 July 2017: the Tallinn declaration on e-government ---

EST = "estnische Präsidentschaft"
TA_Q1 = '"Öffentliche Dienste und IT-Systeme sollten vollständig interoperabel zwischen Organisationen und Plattformen sein"'
TA_Q2 = ('"Bürger sollten auch das Recht auf eine algorithmische Rechenschaftspflicht und Transparenz haben, sodass sie '
         'Entscheidungen, welche auf Algorithmen beruhen, verstehen und infrage stellen können"')

add(id="ho418-fsfe-2017-07-tallinn-erklaerung-egovernment",
    title="Estnischer Vorsitz in der EU: Die FSFE bittet um echte interoperable IT-Dienste im öffentlichen Sektor",
    url="https://fsfe.org/news/2017/news-20170710-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170710-01.de.xhtml",
                          commit="b9caf021a473e5290de4a0669cc2ace9e35e2cca")
    + " (news of 10 July 2017; the tag list, the author id and the translator line 'Fabian Baumanis' dropped (rule 14); "
      "the two blockquotes, the subheading 'Unsere Anmerkungen und wie Du helfen kannst' and the three list items kept "
      "as lines of their own; the link texts kept as running text; the published irregularities 'estinischen', 'der "
      "europäische Politik', 'Richtline', 'bis hin zur Daten' kept (rule 20))",
    license=FSFE,
    paras=["Die FSFE hat ihre Stellungnahmen zur kommenden Tallinn-Erklärung zu so genanntem E-Government, die von der "
           "estinischen Ratspräsidentschaft entworfen wurde, vorgelegt. Darin fordert die FSFE den estnischen Vorsitz dazu "
           "auf, eine bessere Integration von Freier Software zu fördern, indem sie wahrhaft integrative, vertrauensvolle "
           "und interoperable digitale Dienste für alle Bürger und Firmen in der EU zur Verfügung stellen. Die "
           "Tallinn-Erklärung wird von den EU-Ministern im Oktober 2017 unterschrieben, was die gemeinsame Vorstellung der "
           "Mitgliedsstaaten zu E-Government und politisches Mitwirken zum Ausdruck bringt, um den gesetzten Zielen gerecht "
           "zu werden. Der Antrag für die Tallinn-Erklärung ist bis zum 14. Juli für öffentliche Kommentare geöffnet. Die "
           "FSFE bittet Organisationen, Firmen und Individuen, dass sie den europäischen Ministern deutlich machen, "
           "inwieweit Freie Software wichtig für ein transparentes und nachvollziehbares E-Government ist.",
           "Seit dem 1. Juli hält Estland die EU-Ratspräsidentschaft inne. Die Präsidentschaft ist verantwortlich, die "
           "Arbeit des EU-Rats an europäischer Gesetzgebung voranzutreiben, was wiederum die Aufrechterhaltung der "
           "europäischen Agenda, geordnete gesetzliche Prozesse und die Kooperation der Mitgliedsstaaten untereinander "
           "sicherstellt. Als Teil dieser Präsidentschaft hat sich Estland einen starken Fortschritt in der Entwicklung von "
           "öffentlichen digitalen Diensten als Ziel gesetzt.",
           "Der Vorsitz Estlands hat im Moment vor, durch eine ministerielle Erklärung einen Strategieplan für E-Government "
           "voranzubringen, sowohl auf nationaler als auch auf europäischer Ebene, unterzeichnet von E-Government-Ministern "
           "aus ganz Europa. Einige Anträge bezüglich der Vorgehensweise, welche in der Tallinn-Erklärung erwähnt werden, "
           "werden die Zukunft der europäische Politik auf diesem Gebiet prägen.",
           "Die estnische Präsidentschaft hat Vorschläge für die Erklärung veröffentlicht, welche öffentlich einsehbar sind. "
           "Eine Kernaussage davon lautet:",
           TA_Q1 + ".",
           'Neben anderen Dingen, sollte dies durch "Öffnen" von Daten und Diensten der Regierung erreicht werden. Ein '
           "weiterer Schlüsselpunkt schlägt folgendes vor:",
           TA_Q2 + ".",
           "Die FSFE ist der Meinung, dass die estnische Präsidentschaft, dem eigenen Beispiel Estlands, offene und "
           "interoperable IT-Dienste für die Öffentlichkeit mit Freier Software aufzubauen, folgen sollte, und einen "
           "Schritt weiter gehen sollte, indem sie die Wichtigkeit Freier Software und Offener Standards bei der "
           "Bereitstellung von transparenten und nachvollziehbaren Lösungen im öffentlichen Sektor aller EU-Staaten "
           "bestätigt.",
           "Die FSFE weitet ihren stetigen Druck aus, um die Daten und die Dienste der Regierung für die Veröffentlichung "
           "von Software für behördliche E-Services zu erschließen. Die Öffnung der Daten bedeutet ebenfalls das Öffnen von "
           "Regeln und Modulen, welche diese Daten erzeugen, vervollständigen und damit öffentliche Entscheidungen stützen. "
           "Ohne diese wichtige Ressource ist eine rein algorithmische Transparenz und Nachvollziehbarkeit nicht möglich. "
           "Daher verlangt die FSFE, dass jede öffentlich finanzierte Software, welche öffentliche digitale "
           "Dienstleistungen untermauert, als Freie Software verfügbar gemacht wird. Nur dann kann ein größeres Vertrauen "
           "in E-Government erreicht werden.",
           "Unsere Anmerkungen und wie Du helfen kannst",
           "Zusammengefasst fordert die FSFE die Autoren der Tallinn-Erklärung dazu auf, folgende Punkte zu ändern und zu "
           "ergänzen:",
           "Den Offenen Standards soll Vorrang eingeräumt werden, inklusive dem Austausch von Daten, im Einklang mit dem "
           "European Interoperability Framework. Offene Standards können nur so genannt werden, wenn sie Implementierungen "
           "in Freier Software erlauben.",
           "Bürger und Unternehmen sollen auf ihre Daten, welche bei öffentlichen Behörden liegen, zugreifen und diese "
           "bearbeiten und portieren können mithilfe von Offenen Standards und quelloffenen Formaten. Von und für Behörden "
           "entwickelte Software soll als Freie Software veröffentlicht werden, um algorithmische Nachvollziehbarkeit und "
           "Transparenz garantieren zu können.",
           "Die Veröffentlichung von Daten und Diensten der Regierung soll fortgeführt werden, inklusive Software, beginnend "
           "bei der Umfangserweiterung der Public Sector Information-Richtline (PSI) bis hin zur Daten und Software, welche "
           "privat, aber im öffentlichen Interesse, gespeichert sind. Die PSI-Richtlinie sollte außerdem auf Source Code, "
           "welcher unter Lizenzen der Freien oder Open Source Software veröffentlicht wird, ausgedehnt werden.",
           "Bitte wirf auch einen Blick auf die ausführlichen Anmerkungen der FSFE bezüglich der Tallinn-Erklärung.",
           "Der Antrag ist für öffentliche Anmerkungen bis zum 14. Juli verfügbar und wird dann den Mitgliedsstaaten "
           "vorgelegt, als Anregung in der Vorbereitung der Erklärung, welche die zukünftige EU-Politik bezüglich digitaler "
           "Regierung definiert. Die FSFE bittet Organisationen, Firmen und Individuen, Anmerkungen beizutragen und sich "
           "damit direkt an der Entstehung europäischer Politik zu beteiligen. Du kannst gerne die oben genannten Argumente "
           "für Deinen Beitrag verwenden und damit den europäischen Ministern zeigen, wie wichtig Freie Software und Offene "
           "Standards für eine vertrauensvolle, interoperable und transparente digitale Regierung ist."],
    quotes=[(TA_Q1, EST),
            ('"Öffnen"', EST),
            (TA_Q2, EST)],
    aliases={EST: ["estnische Präsidentschaft", "Estnischer Vorsitz", "estnischen Vorsitz", "Vorsitz Estlands",
                   "estinischen Ratspräsidentschaft"]})

# --- FSFE, 29 August 2017: the Digital-O-Mat for the Bundestag election ---

SPD = "SPD"
GRUENE = "Bündnis 90/Die Grünen"
DO_SPD = '"innovative Unternehmensgründungen im regionalen Markt zu unterstützen"'
DO_GR = '"Eckpfeiler für sichere und zukunftsfähige IT-Systeme"'

add(id="ho418-fsfe-2017-08-digital-o-mat-bundestagswahl",
    title="Digital-O-Mat: Vergleiche Deine netzpolitischen Positionen mit den Parteien zur Bundestagswahl 2017",
    url="https://fsfe.org/news/2017/news-20170829-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170829-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 29 August 2017; the Digital-O-Mat logo, the infographic with its caption 'Infografik: Die Position der "
      "Bundesparteien zu Freier Software', the closing line 'Weiterführende Links: Digital-O-Mat', the tag list and the "
      "author id dropped (rule 14); the three subheadings and the two list items (the questions) kept as lines of their "
      "own; the link texts kept as running text; the double space after 'Digitale Gesellschaft e.V.,' rendered as one; "
      "the published irregularities 'keine sicherheitstechnische oder arbeitstechnische Gründe' kept (rule 20))",
    license=FSFE,
    paras=["Digitale Themen gewinnen zwar zunehmend an Bedeutung, in der allgemeinen Wahlberichterstattung kommen sie "
           'jedoch oft zu kurz. Darum hat die Koalition Freies Wissen den "Digital-O-Mat" gestaltet, ein Online-Tool zur '
           "Information der WählerInnen zur Bundestagswahl 2017. Dafür befragte die FSFE die beteiligten Parteien nach "
           "ihren Positionen zu Freier Software. CDU/CSU, SPD und FDP zementieren dabei leider den Status Quo, Grüne und "
           "Linke hingegen präsentieren sich als Unterstützer Freier Software.",
           "Was ist der Digital-O-Mat?",
           "Der Digital-O-Mat macht die jeweiligen Parteipositionen zu netzpolitisch relevanten Themen sichtbar und "
           "erleichtert es den WählerInnen, auf dieser Grundlage eine für sie passende Partei zur Wahl des Bundestags zu "
           "finden. Sein Aufbau basiert auf dem bekannten Wahl-O-Mat. BenutzerInnen des Digital-O-Mat können insgesamt "
           "zwölf Fragen beantworten und im Anschluss ihre eigene Position mit denen der beteiligten Parteien vergleichen. "
           "Themen des Digital-O-Mat sind unter anderem Transparenz, Überwachung, digitale Bürgerrechte und natürlich Freie "
           "Software. Befragt wurden AfD, Bündnis 90/Die Grünen, CDU, CSU, FDP, Die Linke und die SPD. Geantwortet haben "
           "alle außer der AfD. Der Digital-O-Mat ist Freie Software und kam erstmalig 2017 bei der Landtagswahl in "
           "Nordrhein-Westfalen zum Einsatz.",
           "Die Position der Bundesparteien zu Freier Software",
           "Für den Digital-O-Mat hat die Free Software Foundation Europe die beteiligten Parteien gefragt:",
           "Soll es weiterhin keine Vorgaben für von öffentlicher Hand finanzierte oder kofinanzierte Software bezüglich "
           "der zu verwendenden Lizenz, zum Beispiel einer Freie-Software-Lizenz, geben?",
           "Sollen öffentliche Verwaltungen ihre IT schrittweise auf Freie und Open-Source-Software umstellen?",
           'CDU/CSU und FDP haben ihre Antwort als "neutral" klassifiziert und in einer sehr ähnlichen Weise geantwortet. '
           "Leider werden klare Aussagen vermieden und so letztlich der Status Quo zementiert. So sei der verstärkte Einsatz "
           "Freier Software einerseits zwar vorgesehen, aber auf der anderen Seite seien zahlreiche Aspekte mit einem "
           "derartigen Einsatz abzuwägen. Allerdings werden unter diesen Aspekten beispielsweise Funktionalität oder "
           "Usability aufgeführt, was wiederum in keinem Zusammenhang mit der verwendeten Lizenz steht. Auf die Frage über "
           "die Migration bestehender IT-Systeme bevorzugt die CDU/CSU eine Einzelfallentscheidung, während die FDP unsere "
           "Frage inhaltlich schlicht umgeht und damit unbeantwortet lässt.",
           'Obwohl die SPD ihre Antwort ebenfalls als "neutral" klassifiziert hat, unterstützt sie die Verwendung und '
           "Entwicklung Freier Software in öffentlichen Verwaltungen und Bildungseinrichtungen, um " + DO_SPD + ". Als "
           "Unterstützer der Verwendung und Entwicklung Freier Software durch öffentliche Gelder positionieren sich "
           "schließlich Bündnis 90/Grüne und Die Linke. Die Grünen betrachten Freie Software als einen " + DO_GR + ", und "
           "auch die Linken zeigen ihre volle Unterstützung, soweit dem keine sicherheitstechnische oder "
           "arbeitstechnische Gründe entgegenstehen.",
           "Die Koalition Freies Wissen",
           "Die Koalition Freies Wissen ist ein Zusammenschluss aus mehreren zivilgesellschaftlichen Organisationen, "
           "namentlich des Bündnis Freie Bildung, dem Chaos Computer Club e.V., dem Digitale Gesellschaft e.V., dem "
           "Förderverein freie Netzwerke e.V., der Open Knowledge Foundation Deutschland e.V., Wikimedia Deutschland e.V. "
           "und der Free Software Foundation Europe.",
           "Gemeinsames Ziel der Koalition Freies Wissen ist es, die politische Bildung zu den Themen Digital- und "
           "Netzpolitik voranzutreiben sowie digitale Bürgerrechte in Gesellschaft und Politik zu verankern und zu "
           "beleuchten. Dazu wurden in vorangegangenen Landtagswahlen bereits sogenannte Wahlprüfsteine an die jeweils "
           "antretenden Parteien versendet und für die Bundestagswahl 2017 nun ein gemeinsamer Digital-O-Mat gestaltet."],
    quotes=[('"Digital-O-Mat"', None),
            ('"neutral"', None, 0),
            ('"neutral"', None, 1),
            (DO_SPD, SPD),
            (DO_GR, GRUENE)],
    aliases={SPD: ["SPD"],
             GRUENE: ["Bündnis 90/Die Grünen", "Bündnis 90/Grüne", "Die Grünen", "Grüne"]})

# --- FSFE, 16 June 2017: the new git hosting service ---

add(id="ho418-fsfe-2017-06-git-hosting-service",
    title="Neuer Git-Hosting-Service für FSFE-Supporter",
    url="https://fsfe.org/news/2017/news-20170616-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170616-01.de.xhtml",
                          commit="0f6c5b448e15c5d7103922c7f9ac517eb94e097f")
    + " (news of 16 June 2017; the tag list and the author id dropped (rule 14); the two subheadings 'Features' and "
      "'Über Gitea' and the five list items kept as lines of their own; the link texts kept as running text; the "
      "entity-coded marks (&quot;) rendered as ASCII double quotes, as the page shows them; the published irregularity "
      "'das Verbreiten und Zusammenarbeit' kept (rule 20))",
    license=FSFE,
    paras=["Sein Wissen zu teilen ist eines der Kernprinzipien der Freie-Software-Gesellschaft, Kollaboration ist ein "
           "weiteres. Ab heute stellt die FSFE ihren Unterstützern und registrierten Ehrenamtlichen eine "
           "benutzerfreundliche Plattform zum Erstellen und Verwalten von Git-Repositories zur Verfügung: git.fsfe.org.",
           "Git ist nicht nur ein Tool zum Speichern von Dateien, es ist das am meisten genutzte Versionskontrollsystem, "
           "ähnlich wie SVN. Obwohl der Git-Server und -Client über die Kommandozeile gesteuert werden können, gibt es auch "
           "mehrere grafische Lösungen. Die FSFE setzt als Web-Interface Gitea ein.",
           "Features",
           "Mit git.fsfe.org ermöglicht die FSFE ihren Unterstützern das Verbreiten und Zusammenarbeit auf einer Plattform, "
           "welche gleichzeitig ihre Freiheiten uneingeschränkt gewährt. Mithilfe der grafischen Web-Oberfläche können sie "
           "Fehlermeldungen oder Verbesserungswünsche äußern. Auf diese Weise können Benutzer:",
           "Den Code hosten, den sie für Ihre FSFE-Aktivitäten (und natürlich auch andere Zwecke) verwenden",
           "Protokolle und sonstige Dokumente ihrer FSFE-Gruppentreffen teilen",
           "Gemeinsam an Flyern, Präsentationen oder Visitenkarten arbeiten",
           "Die Software anderer Nutzer von git.fsfe.org verbessern oder ihnen dazu Feedback geben",
           "...und vieles mehr!",
           "Die FSFE plant außerdem, so viel Code und relevante Dateien wie möglich zu dieser neuen Plattform zu migrieren, "
           "wie zum Beispiel künftige Website-Entwicklungen, Informationsmaterialien und nützliche Scripts für die "
           "alltägliche Arbeit der Organisation.",
           "Über Gitea",
           "Gitea ist ein leistungsfähiger und benutzerfreundlicher Git-Service, der unter einer Freie-Software-Lizenz "
           "angeboten wird. Im Gegensatz zu anderen Lösungen gibt es hier keine proprietäre Enterprise-Variante (\"Open "
           "Core\"), sondern stattdessen einen starken Fokus auf Entwicklung durch die Gemeinschaft. Die Software bietet "
           "bereits fast alle Features, die Benutzer von anderen Git-Diensten kennen, und das ohne jegliche nicht-freie "
           "Abhängigkeiten. Es gibt bereits Bemühungen, verschiedene Gitea-Installationen miteinander zu verbinden und so "
           "\"Federated Git-Repositories\" zu ermöglichen.",
           "Wir laden Dich dazu ein, Dich mit Deinen FSFE-Fellowship-Daten einzuloggen, den Dienst auszuprobieren und zu "
           "nutzen und uns Feedback zu geben. Du kannst uns auch helfen, anderen zu helfen, indem Du Anleitungen für "
           "Git-Anfänger auf unseren neu dafür angelegten Wiki-Seiten gegenliest und ergänzt. Du könntest auch überlegen, "
           "dem Gitea-Projekt etwas zu spenden oder Dich an der Entwicklung zu beteiligen."],
    quotes=[('"Open Core"', None),
            ('"Federated Git-Repositories"', None)],
    aliases={})

# --- FSFE, 26 July 2017: the baby bib in the online shop ---

add(id="ho418-fsfe-2017-07-laetzchen-onlineshop",
    title="Ab sofort im FSFE-Onlineshop: Nicht-binäre pinke Lätzchen (für jedes Geschlecht geeignet)!",
    url="https://fsfe.org/news/2017/news-20170726-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20170726-01.de.xhtml",
                          commit="36f70cec475786cefa8b8665c3eda380624c83c8")
    + " (news of 26 July 2017; the product image with its alt text 'Baby bib I am a fork - pink' and the tag list "
      "dropped (rule 14); the link texts 'Hol dir das Lätzchen online' and 'einem unserer Stände' kept as running text)",
    license=FSFE,
    paras=["Schaut euch den brandneuen Merch-Artikel für kleine Supporter der Freien Software an: 100% Bio und fair "
           'gehandelte Lätzchen. Der Slogan "I am a fork()" ist aufgestickt, sodass er auch nach vielen Waschgängen noch '
           "vorhanden ist.",
           "Sie sind perfekt als Geschenk für die Familie, für Freunde oder Kollegen – und ein Must-Have, falls auch Du "
           'eigene kleine "Forks" hast. Hol dir das Lätzchen online, oder kaufe es an einem unserer Stände!'],
    quotes=[('"I am a fork()"', None),
            ('"Forks"', None)],
    aliases={})

# --- FSFE, 19 December 2017: the revised REUSE practices ---

add(id="ho418-fsfe-2017-12-reuse-praktiken-werkzeug",
    title="FSFE veröffentlicht überarbeiteten Satz an REUSE-Praktiken und ein Werkzeug für Entwickler",
    url="https://fsfe.org/news/2017/news-20171219-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2017/news-20171219-01.de.xhtml",
                          commit="1527be8019bda76f0bfaf5a0950e36f2d48168b4")
    + " (news of 19 December 2017; the REUSE logo image, the tag list and the author id dropped (rule 14); the link "
      "texts 'REUSE-Initiative', 'diese Praktiken aktualisiert' and 'ein Werkzeug' kept as running text; the published "
      "spelling 'Lizensierung' kept (rule 20))",
    license=FSFE,
    paras=["Die REUSE-Initiative hat einen überarbeiteten Satz an Praktiken erhalten, die den Prozess der Deklaration von "
           "Urheberrechts- und Lizenzinformationen vereinfachen. Damit Entwickler leichter in der Lage sind, ihre Projekte "
           "zu aktualisieren, hat die FSFE ein Werkzeug veröffentlicht, mit dem die Konformität eines Projekts geprüft "
           "werden kann.",
           "Urheberrecht und Lizensierung sind kompliziert. Es ist oft mühsamer, die genauen Urheber eines Stücks Code und "
           "die dafür gültige Lizenz herauszufinden, als es sein sollte. Durch fehlende oder verstreute Lizenzinformation "
           "ist es sehr arbeitsintensiv, zu prüfen, ob man ein Stück Code legal verwenden kann. Für eine gründliche "
           "rechtliche Prüfung muss jede Datei per Hand auf Lizenzinformationen hin geprüft werden. Und in jeder Datei "
           "können Urheber und Lizenz auf eine andere Art deklariert sein.",
           "Was wäre, wenn wir das automatisieren könnten? Darum geht es der REUSE-Initiative. Durch einen definierten "
           "Standard, mit dem Urheber und Lizenz deklariert werden, wird der rechtliche Compliance-Prozess deutlich "
           "vereinfacht. Durch das einfache Einbinden eines standardisierten, computerlesbaren Kopftextes in jede Datei "
           "wird die Extraktion von Lizenzinformation so einfach wie ein Parserlauf.",
           "Im vergangenen Oktober haben wir einen Satz an Praktiken zur Erreichung dieses Ziels veröffentlicht. Jetzt "
           "haben wir diese Praktiken aktualisiert und etwas rationalisiert. Zusätzlich haben wir ein Werkzeug für "
           "Entwickler veröffentlicht, mit dem die Übereinstimmung mit unseren Empfehlungen geprüft werden kann.",
           "Die wesentliche Änderung zwischen der alten und der neuen Version ist, dass nicht mehr zwei Tags deklariert "
           'werden müssen, sondern nur noch eines. Das Tag "License-Filename" ist überholt, seine Funktionalität wurde in '
           'das Tag "SPDX-License-Identifier" eingefügt. Das entspricht eher der Praxis aus existierenden Projekten und '
           "erfordert weniger Anfangsaufwand.",
           "Die REUSE-Empfehlungen zu befolgen ist sehr einfach. Warum probieren Sie es nicht einfach aus? Wir freuen uns, "
           "von Ihnen zu hören."],
    quotes=[('"License-Filename"', None),
            ('"SPDX-License-Identifier"', None)],
    aliases={})
