# Four-hundred-and-twenty-sixth held-out German real-news set (tests/data/heldout426-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2220-2222). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by file path, headline and two
# distinctive phrases or speaker names of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-sixth held-out set": eight German news items and press
# releases of the Free Software Foundation Europe on fsfe.org (the GPL ruling against FANTEC, June 2013; the server
# donation of abaton, November 2013; the CovPass app on F-Droid, August 2021; the mid-term review of the Ampel coalition,
# August 2023; the European SFS Award for Frank Karlitschek, November 2023; the FSFE's intervention in Apple v.
# Commission, August 2024; the press release and the analysis on the first 100 days of the CDU/CSU-SPD government,
# August 2025) (licence FSFE, as in the three-hundred-and-ninety-third set). The years 2018-2025 were searched first; the
# two 2013 items were taken because no further unused item of 2018-2025 has two attributed quotations (see SOURCES.md).
# The texts are read from the stored source files of the pages (news/YYYY/*.de.xhtml or fsfe.org/news/YYYY/*.de.xhtml in
# the site's repository fsfe/fsfe-website): markup removed, the line breaks inside a paragraph joined with single spaces
# and runs of spaces collapsed (as the page renders them), link texts kept, subheadings, list items, blockquotes and
# transcript turns kept as their own lines, images and videos with their captions and the pages' tag, discussion and
# image data dropped (rule 14); each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import FSFE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


REPO = "source file {path} of the fsfe.org repository fsfe/fsfe-website (commit {commit})"

KIRSCHNER = "Matthias Kirschner"
NAEDER = "Johannes Näder"
PMPC = "„Public Money? Public Code!“"
PMPC_R = "„Public Money? Public Code!”"

# --- FSFE, 26 June 2013: the Hamburg court rules against FANTEC in Harald Welte's GPL case ---

FA_Q1 = ("\"Es ist erfreulich zu sehen, dass das Gericht die Verantwortung über die Einhaltung der GNU GPL Lizenz beim "
         "Verkäufer sieht. Speziell FANTEC, die bereits in der Vergangenheit mit Nicht-Einhaltung der GNU GPL aufgefallen "
         "sind, hätten es eigentlich besser wissen müssen. Das war reine Faulheit.\"")
FA_Q2 = ("\"Gemeinsam mit unseren ehrenamtlichen Helfern werden wir weiter garantieren, dass Benutzern die Freiheiten "
         "gegeben werden, Software zu verwenden, zu verstehen, zu verbreiten und zu verbessern. Das sind die grundlegenden "
         "Prinzipien der Freien-Software-Gemeinschaft und jedes Unternehmen, welches diese Software vertreibt, muss diese "
         "Lizenzen dementsprechend befolgen. Unternehmen sehen offensichtliche Vorteile darin, auf Freier Software "
         "aufzubauen, deshalb sollten sie diese simplen und grundlegenden Regeln einhalten.\"")

add(id="ho426-fsfe-2013-06-fantec-gpl-urteil",
    title="FSFE entdeckt Verletzung der GPL-Lizenz durch FANTEC, Welte gewinnt vor Gericht",
    url="https://fsfe.org/news/2013/news-20130626-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20130626-01.de.xhtml",
                          commit="027f5a4005ba50db37a852f3f130e4d982c6d0f4")
    + " (news of 26 June 2013; the repository also holds a copy under news-20130625-01 with the newsdate 2014-06-25 and "
      "the same text, not used separately; the two blockquotes kept as paragraphs; the link texts 'Landgericht Hamburg hat "
      "die FANTEC GmbH für schuldig gesprochen', 'gpl-violations.org', 'einige einfache Schritte' and 'Die "
      "Gerichtsentscheidung wird auf den Seiten von IFROSS (PDF)' kept as running text; the closing link list 'Weitere "
      "Nachrichten in Zusammenhang mit GNU GPL Verletzungen:' with its one item (an earlier headline after an opening mark "
      "that is never closed), the empty timestamp and the tags dropped as in the 412th set (rule 14); the published slips "
      "'bereitgestellen', 'Vergügung' and the missing commas before 'sagt' kept (rule 20))",
    license=FSFE,
    paras=["Das Landgericht Hamburg hat die FANTEC GmbH für schuldig gesprochen, in dem Media Player FANTEC 3DFHDL die GNU "
           "General Public License zu verletzen. Im Fall Harald Welte gegen FANTEC GmbH hat das Gericht entschieden, dass "
           "FANTEC eine Strafzahlung zu begleichen hat und zudem für zusätzliche Kosten der Anwälte aufkommen muss. Des "
           "Weiteren muss FANTEC Herrn Welte exakte Auskunft über die Vertriebswege des FANTEC 3DFHDL Media Player "
           "erteilen.",
           "FANTEC verwendete die netfilter/iptables Software (Firewall Software für GNU/Linux) in einer der online zur "
           "Verfügung gestellten Firmwares für das FANTEC 3DFHDL. Diese Firmware wurde jedoch ohne den dazugehörigen "
           "Quellcode verteilt. Das ist allerdings von der GNU General Public License Version 2 (GPLv2) vorgesehen, unter "
           "welcher netfilter/iptables veröffentlicht wurde. Versuche, diese Problematik außergerichtlich zu lösen, "
           "schlugen fehl, weshalb Harald Welte, einer der Rechte-Inhaber von iptables, vor Gericht ging. Das Gericht "
           "entschied, dass FANTEC fahrlässig gehandelt habe: Sie hätten dafür Sorge tragen müssen, dass sie sich bei der "
           "Verbreitung der Software an die Bedingungen der GNU GPLv2 halten. Das Gericht hat zudem explizit darauf "
           "hingewiesen, dass es seitens FANTEC ungenügend ist, auf die Zusicherung seiner Zulieferer bezüglich der "
           "Lizenzeinhaltung zu vertrauen. Hingegen ist FANTEC selbst dafür verantwortlich, nachzuprüfen, dass keine Rechte "
           "Dritter verletzt werden.",
           FA_Q1 + " sagt Harald Welte, Gründer von gpl-violations.org und Ankläger.",
           "Diese GNU-GPL-Verletzung wurde von der Free Software Foundation Europe während eines \"Hacking for Compliance "
           "Workshop\" im Mai 2012 in Berlin gefunden. Mehrere Freiwillige haben dabei geholfen, verschiedene Geräte auf "
           "die Einhaltung der GNU GPL Lizenz zu überprüfen. Im Anschluss wurden die Ergebnisse an gpl-violations.org und "
           "deren Anwälte weitergeleitet, die diese Verletzungen weiter verfolgt haben.",
           "Obwohl FANTEC den Vorwurf zunächst abgestritten hat, war es den Ehrenamtlichen der FSFE und gpl-violations.org "
           "möglich zu zeigen, dass sich die Software iptables version 1.3.7 auf dem strittigen Gerät befunden hat, aber "
           "FANTEC nicht die Quellen des Programms in der bereitgestellen Software angegeben hat. Zudem konnte gezeigt "
           "werden, dass die Software an einem anderen Tag kompiliert als angeboten wurde, und damit der von FANTEC "
           "angebotene Source Code veraltet war.",
           FA_Q2 + " sagt Matthias Kirschner, FSFE's Deutschlandkoordinator und einer der Organisatoren des Compliance "
           "Workshops.",
           "FSFE bietet einige einfache Schritte an, die Sie befolgen können, um ihre Produkte GNU GPL konform zu machen.",
           "Die Gerichtsentscheidung wird auf den Seiten von IFROSS (PDF) zur Vergügung gestellt."],
    quotes=[(FA_Q1, "Harald Welte"),
            ("\"Hacking for Compliance Workshop\"", None),
            (FA_Q2, KIRSCHNER)],
    aliases={"Harald Welte": ["Harald Welte", "Welte"],
             KIRSCHNER: ["Matthias Kirschner", "Deutschlandkoordinator"]})

# --- FSFE, 5 November 2013: the FSFE thanks abaton for a server donation ---

SV_Q1 = ("\"Mit dem neuen Server können wir für verschiedene Dienste eine zusätzliche Instanz zur Verfügung stellen und "
         "verschiedene Datenbanken hosten,\"")
SV_Q2 = ("\"Dafür bedanken wir uns sehr herzlich bei der abaton EDV-Dienstleistungs GmbH und ihrem Geschäftsführer Herbert "
         "Sojnik.\"")

add(id="ho426-fsfe-2013-11-server-spende-abaton",
    title="Server-Spende: FSFE sagt Danke",
    url="https://fsfe.org/news/2013/news-20131105-01.de.html",
    retrieved=REPO.format(path="news/2013/news-20131105-01.de.xhtml",
                          commit="027f5a4005ba50db37a852f3f130e4d982c6d0f4")
    + " (news of 5 November 2013; the headline is the page's <h1> (the <title> adds a '!'); the layout table dissolved "
      "into its paragraphs; the photo of the handover with its caption naming Christoph Jäger, Martin Gollowitzer and "
      "Karsten Gerloff, the empty timestamp and the tags dropped (rule 14); the comma inside the first closing mark kept "
      "(rule 20))",
    license=FSFE,
    paras=["Vor kurzem haben wir einen gebrauchten Server vom österreichischen Hoster abaton in Wien gespendet bekommen. Mit "
           "der neuen Maschine wird die FSFE ihre Infrastruktur ausbauen und ausfallsicherer gestalten.",
           SV_Q1 + " sagt Martin Gollowitzer, freiwilliger FSFE-Systemadministrator. " + SV_Q2,
           "Das Hosting für die meisten FSFE-Server wird freundlicherweise seit 2009 von der OpenIT GmbH in Düsseldorf "
           "gesponsert."],
    quotes=[(SV_Q1, "Martin Gollowitzer"),
            (SV_Q2, "Martin Gollowitzer")],
    aliases={"Martin Gollowitzer": ["Martin Gollowitzer", "Systemadministrator"]})

# --- FSFE, 30 August 2021: volunteers publish the CovPass app on F-Droid ---

CP_Q1 = ("\"Ich möchte sicherstellen, dass jeder öffentlich finanzierte Apps nutzen kann, damit wir die Pandemie bekämpfen "
         "können. Es ist traurig, dass die Prozesse einiger dieser öffentlich finanzierten Apps externe Verbesserungen "
         "erschweren oder gar blockieren, anstatt gemeinsam an Verbesserungen zu arbeiten. Mehr Verwaltungen sollten dem "
         "Beispiel der Entwickler der Schweizer COVID-Zertifikats-App folgen.\"")
CP_Q2 = ("\"Einmal mehr übernehmen Freiwillige die Aufgaben von Regierungen und Verwaltungen, um Corona-Apps für alle "
         "zugänglich zu machen. Die FSFE dankt @jugendhacker, @mythsunwind, @rugk, @tzugen, Felix C. Stegerman und Marcus "
         "Hoffmann für ihre entscheidende Arbeit im Kampf gegen die Pandemie. Aber es sollte nicht an Freiwilligen liegen, "
         "diese Aufgabe zu erledigen: Wir fordern die Regierung auf, ihre Praktiken schnell zu ändern und sicherzustellen, "
         "dass alle die Anwendungen von Anfang an ohne Einschränkungen nutzen kann. Außerdem sollte sichergestellt werden, "
         "dass die Lösungen als Freie Software veröffentlicht werden, sodass sie von anderen Institutionen auf der ganzen "
         "Welt wiederverwendet und angepasst werden können.\"")

add(id="ho426-fsfe-2021-08-covpass-f-droid",
    title="Öffentliche Einrichtungen versagen: Freiwillige müssen Freizeit opfern, um CovPass-App für alle verfügbar zu "
          "machen",
    url="https://fsfe.org/news/2021/news-20210830-01.de.html",
    retrieved=REPO.format(path="news/2021/news-20210830-01.de.xhtml",
                          commit="8967cdb7976d47160d7fed71584789a2ab86a778")
    + " (news of 30 August 2021; the image 'Free Your Android' with its caption, the discussion link, the page image and "
      "the tag list dropped (rule 14); the two blockquotes kept as paragraphs; the link text 'F-Droid, einem App-Store für "
      "Freie Software, veröffentlicht.' kept as running text; the double space in 'sodass  sie' collapsed as the page "
      "renders it; the published 'Huawai' and 'dass alle … nutzen kann' kept (rule 20))",
    license=FSFE,
    paras=["Nach der erfolgreichen Bereitstellung der deutschen Corona-Warn-App ohne Zugriff auf Google-Dienste auf F-Droid "
           "im vergangenen Jahr springen nun erneut Freiwillige ein, um staatliche Aufgaben zu übernehmen und die "
           "CovPass-App für alle verfügbar zu machen.",
           "Mit der CovPass-App kann das digitale COVID-Zertifikat der EU für die Corona-Impfung auf Smartphones genutzt "
           "werden. Bisher war sie aufgrund von proprietären Abhängigkeiten nur in den App-Stores von Apple, Huawai und "
           "Google verfügbar. Das Support-Team der CovPass-App argumentiert zudem, dass die App aus Sicherheitsgründen und "
           "um Missbrauch zu verhindern, nicht in anderen App-Stores veröffentlicht werden kann. Diese Argumentation ist "
           "nicht nur irreführend und falsch, wie wir bereits bei anderen Corona-Apps gesehen haben, sondern verhindert die "
           "Nutzung vieler Corona-Apps für Menschen, die Wert auf Privatsphäre und Softwarefreiheit auf ihren Geräten "
           "legen. Eine Gruppe von Freiwilligen hat in den letzten Wochen intensiv daran gearbeitet, diese App für alle "
           "verfügbar zu machen und sie heute auf F-Droid, einem App-Store für Freie Software, veröffentlicht.",
           "Zu diesem Zweck haben die Freiwilligen auch proprietäre Google-Bibliotheken entfernt, die für die App nicht "
           "notwendig sind. Dieser Mehraufwand hätte vermieden werden können, wenn die mit öffentlichen Geldern bezahlten "
           "Entwickler solche unnötigen proprietären Bibliotheken gar nicht erst mit eingebaut hätten. Darüber hinaus war "
           "das Unternehmen, das CovPass entwickelt, externen Entwicklern gegenüber wenig entgegenkommend, was es den "
           "Freiwilligen erschwerte, Verbesserungen beizusteuern. Eine eigentlich einfache und schnelle Implementierung, "
           "die durch die ursprünglichen Entwickler hätte vorgenommen werden können, entpuppte sich so zu einer schwierigen "
           "Aufgabe für die Freiwilligen. Ein positives Beispiel ist COVID Certificate, die offizielle App zur Speicherung "
           "und Präsentation von Schweizer COVID-Zertifikaten. Sie wird vom Bundesamt für Informatik und Telekommunikation "
           "BIT im Auftrag des Bundesamts für Gesundheit entwickelt, und die Entwickler haben selbst dafür gesorgt, dass die "
           "App in den Freie Software App Store F-Droid aufgenommen wurde.",
           "Felix C. Stegerman, Softwareentwickler und Teil der Freiwilligengruppe rund um die CovPass-App erklärt: "
           + CP_Q1,
           "Matthias Kirschner, Präsident der Free Software Foundation Europe äußert sich: " + CP_Q2,
           "Seit Beginn der Corona-Krise hat die FSFE gefordert, dass alle Apps, die zur Bewältigung der Krise "
           "veröffentlicht werden, Freie Software sein müssen. Nur Freie Software bietet genügend Transparenz, um einen "
           "vollständigen Datenschutz und eine gesetzeskonforme Nutzung zu gewährleisten; so kann Vertrauen geschaffen "
           "werden. Außerdem brauchen globale Probleme globale Lösungen, und nur Freie Software ermöglicht die Entwicklung "
           "von globalem Code in einer rechtssicheren kooperativen Umgebung. Jede proprietäre Lösung wird unweigerlich zu "
           "unzähligen Insellösungen führen und damit Energie und Zeit verschwenden. Neben der globalen Zusammenarbeit "
           "ermöglichen Lizenzen für Freie Software die gemeinsame Nutzung von Code in jeder Rechtsordnung und für jedes "
           "Gerät."],
    quotes=[(CP_Q1, "Felix C. Stegerman"),
            (CP_Q2, KIRSCHNER)],
    aliases={"Felix C. Stegerman": ["Felix C. Stegerman", "Softwareentwickler"],
             KIRSCHNER: ["Matthias Kirschner"]})

# --- FSFE, 29 August 2023: mid-term review of the Ampel coalition's digital policy ---

HZ_Q1 = ("„Die Bundesregierung muss zu ihren Versprechen aus dem Koalitionsvertrag stehen und beschließen, dass in Zukunft "
         "vorrangig Freie Software für die Verwaltung beschafft und entwickelt wird. Das Prinzip ‚Public Money? Public "
         "Code!‘ muss zur Leitlinie der deutschen Digitalpolitik werden: Mit öffentlichen Geldern für öffentliche "
         "Verwaltungen entwickelte Software muss Freie Software sein. Nur so kann die Regierung eine nachhaltige, "
         "innovative Digitalisierung Deutschlands erreichen, die allen Menschen zugute kommt und ihnen den selbstbestimmten "
         "Umgang mit Technik ermöglicht\"")
HZ_Q2 = ("„Jetzt müssen wichtige Weichen für die Digitalisierung der Verwaltungen in Deutschland gestellt werden. Der "
         "Bundesregierung bleiben nur noch zwei Jahre, um ihre Vorhaben aus dem Koalitionsvertrag umzusetzen. Digitale "
         "Souveränität kann nur durch Freie Software sichergestellt werden. Die Regierung muss deswegen das Vergaberecht im "
         "Sinne von „Public Money? Public Code!“ modernisieren und endlich Statistiken zum Anteil Freier Software bei der "
         "Entwicklung und Beschaffung veröffentlichen. Nicht zuletzt sollte Behörden zeitnah ein vollwertiger "
         "Freie-Software-Arbeitsplatz zur Verfügung stehen. Damit das gelingt, muss das Budget für digitale Souveränität "
         "erhöht und konsequent für Freie Software eingesetzt werden“")

add(id="ho426-fsfe-2023-08-halbzeit-ampel",
    title="Halbzeit für die Ampel: Danke für die schönen Worte, lasst endlich Taten sprechen!",
    url="https://fsfe.org/news/2023/news-20230829-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20230829-01.de.xhtml",
                          commit="0109f639282c07bc5466557d73972dfeaaa60f32")
    + " (news of 29 August 2023; the photo of the Bundestag, the discussion link, the page image and the tag list dropped "
      "(rule 14); the two blockquotes kept as paragraphs; the subheadings and the list of the alliance's organisations "
      "(nested items flattened, each a line of its own, rule 2153) kept; the link texts '„Public Money? Public Code!” "
      "Webseite', 'Bits & Bäume', 'Germanwatch' and 'Chao Computer Club e.V.' kept as running text; the published mixed "
      "marks '„…ermöglicht\"', the full stop after it, '!.' and the typo 'Chao Computer Club' kept (rule 20); the closing "
      "paragraph on 'Public Money? Public Code!' is the FSFE's stock paragraph and also stands in earlier FSFE sets)",
    license=FSFE,
    paras=["Die Free Software Foundation Europe (FSFE) fordert mit einem Bündnis aus Zivilgesellschaft und "
           "Freie-Software-Wirtschaft die deutsche Bundesregierung auf, eine nachhaltige Digitalpolitik umzusetzen und im "
           "Bundeshaushalt jetzt die nötigen Mittel bereitzustellen.",
           "Die FSFE zieht eine negative Halbzeitbilanz für die Digitalpolitik der Bundesregierung und fordert gemeinsam mit "
           "20 Akteuren aus der Zivilgesellschaft und Freie-Software-Wirtschaft: Die Bundesregierung und die "
           "Koalitionsfraktionen im Bundestag müssen jetzt dringend ihre digitalpolitischen Versprechen aus dem "
           "Koalitionsvertrag umsetzen. Dafür müssen sie im Haushalt 2024 ausreichend Mittel bereitstellen. Zudem muss die "
           "Zivilgesellschaft stärker in Entscheidungsprozesse eingebunden werden. Es ist höchste Zeit, Deutschland auf "
           "einen nachhaltigen digitalpolitischen Kurs zu lenken. Die letzte Chance dafür in dieser Legislaturperiode darf "
           "die Regierung nicht vertun.",
           "Die Bundesregierung ist vor zwei Jahren mit einem guten und vielfach gelobten digitalpolitischen Programm "
           "angetreten, das einen Kurswechsel und eine erfolgreichere, nachhaltige Digitalisierung versprach. Zur Hälfte "
           "der Wahlperiode lässt dieser Kurswechsel leider weiter auf sich warten. Die Ampel hat bisher nur wenige "
           "Projekte angestoßen und plant, diese im Haushalt für das kommende Jahr sogar schmerzlich zusammenzusparen. "
           "Damit drohen am Ende der Legislatur ein digitalpolitisches Scheitern und ein langfristiger Schaden für "
           "Gesellschaft und Wirtschaft.",
           "Die FSFE fordert Freie Software in Deutschlands Verwaltungen",
           "Die Bundesregierung hat ihr Versprechen aus dem Koalitionsvertrag, bei der Verwaltungsdigitalisierung auf Freie "
           "Software (auch als Open Source bekannt) und auf offene Standards zu setzen, zur Halbzeit der "
           "Legislaturperiode nicht umgesetzt. Vereinzelte Schritte in die richtige Richtung wie die Gründung des Zentrums "
           "für Digitale Souveränität (ZenDiS) sollen im Haushalt 2024 ausgebremst werden. Auch das Vergaberecht wurde "
           "nicht entsprechend modernisiert, um die Ausschreibung und Beschaffung Freier Software zu erleichtern. Es gibt "
           "immer noch keine öffentliche Statistik über die Beschaffung von Freier Software für die Verwaltung.",
           "Stattdessen setzt die Bundesregierung weiterhin größtenteils auf proprietäre Software. Für die proprietäre "
           "„Oracle Cloud“ sind mehr als drei Milliarden Haushaltsmittel vorgesehen, während die ohnehin zu geringen "
           "Mittel für digitale Souveränität von gegenwärtig 48 Millionen Euro im neuen Haushalt um fast die Hälfte "
           "gekürzt werden sollen. Gleichzeitig hält die Regierung Freie Software zur Gewährleistung digitaler "
           "Souveränität offenbar für verzichtbar. Der in ihrem Auftrag vom ITZ Bund entwickelte proprietäre "
           "„Bundesclient“ steht in eklatantem Widerspruch zum erklärten Ziel der Regierung, Freie Software und damit "
           "echte digitale Souveränität zu stärken.",
           "Johannes Näder, Senior Policy Project Manager der FSFE, erklärt: " + HZ_Q1 + ".",
           "Unter dem Motto „Public Money? Public Code!“ fordert die Free Software Foundation Europe seit langem eine "
           "nachhaltige Digitalisierung der deutschen Verwaltung durch die Nutzung Freier Software. Dass die entsprechenden "
           "Vorhaben aus dem Koalitionsvertrag bisher nicht umgesetzt wurden, stieß zuletzt auch innerhalb der "
           "Regierungsfraktionen auf Kritik.",
           HZ_Q2 + ", fordert Johannes Näder.",
           "Freie Software und „Public Money? Public Code!”",
           "Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
           "verbessern. Durch diese Freiheiten müssen ähnliche Programme nicht komplett neu programmiert werden und dank "
           "transparenter Prozesse muss das Rad nicht ständig neu erfunden werden. Bei großen Projekten können Expertise "
           "und Kosten geteilt werden und von der Allgemeinheit bezahlte Anwendungen stehen allen zur Verfügung. So wird "
           "Innovation gefördert und mittel- bis langfristig Steuergeld gespart. Abhängigkeiten von einzelnen "
           "Anbieterinnen werden minimiert und Sicherheitslücken können leichter geschlossen werden. Die Free Software "
           "Foundation Europe fordert daher mit über 200 Organisation und Verwaltungen „Public Money? Public Code!“ - Wenn "
           "es sich um öffentliche Gelder handelt, sollte auch der Code öffentlich sein!. Mehr Informationen zur "
           "Initiative sind auf der „Public Money? Public Code!” Webseite zu finden.",
           "Ein breites Bündnis",
           "Folgende Organisationen aus Zivilgesellschaft und Freie-Software-Wirtschaft haben am 29.08.2023 "
           "Pressemitteilungen mit ihrer jeweiligen Analyse und mit ihren digitalpolitischen Forderungen an die deutsche "
           "Bundesregierung veröffentlicht:",
           "Free Software Foundation Europe",
           "Open Source Business Alliance",
           "#cnetz",
           "German Unix User Group",
           "Gesellschaft für Informatik",
           "VITAKO",
           "AWO Bundesverband",
           "betterplace lab",
           "Bits & Bäume",
           "FifF",
           "BUND",
           "Germanwatch",
           "Wikimedia Deutschland",
           "Chao Computer Club e.V.",
           "Deutscher Naturschutzring",
           "Institut für Ökologische Wirtschaftsforschung",
           "D64 Zentrum für Digitalen Fortschritt",
           "DAASI International",
           "Do-FOSS",
           "future_s",
           "Open Knowledge Foundation Deutschland",
           "Rat für Digitale Ökologie"],
    quotes=[("„Oracle Cloud“", None),
            ("„Bundesclient“", None),
            (HZ_Q1, NAEDER),
            (PMPC, None, 0),
            (HZ_Q2, NAEDER),
            (PMPC_R, None, 0),
            (PMPC, None, 2),
            (PMPC_R, None, 1)],
    aliases={NAEDER: ["Johannes Näder"]})

# --- FSFE, 10 November 2023: the European SFS Award for Frank Karlitschek ---

SFS_LEAD = "\"einen unermüdlichen Verfechter der digitalen Freiheit als universelles Recht\""
SFS_Q1 = ("\"Er ist nicht nur ein begabter Technologe, sondern auch ein unermüdlicher Verfechter digitaler Freiheiten als "
          "universelle Rechte\"")
SFS_Q2 = "und das einige der größten Technologieunternehmen der Welt als Konkurrenten fürchten\""
SFS_Q3 = ("\"selbst in Situationen, in denen er persönlich oder mit seiner Firmahätte finanziell profitieren können, sich "
          "entschieden hat, seinen Prinzipien zu folgen und sicherzustellen, dass es auch für andere in unserer Gemeinschaft "
          "faire Wettbewerbsbedingungen gibt.\"")
SFS_Q4 = ("\"Er [Karlitschek] folgte seinen Idealen und seiner festen Überzeugung, dass Nutzer das Recht haben sollten, ihre "
          "Software zu nutzen, zu verstehen, zu teilen und zu verbessern – und schuf eine umfassende, benutzerfreundliche "
          "und sichere Kollaborationsplattform\"")
BARBIERI = "Rafael Barbieri"

add(id="ho426-fsfe-2023-11-sfs-award-karlitschek",
    title="Frank Karlitschek erhält den europäischen SFS-Preis auf der SFSCON23",
    url="https://fsfe.org/news/2023/news-20231110-01.de.html",
    retrieved=REPO.format(path="news/2023/news-20231110-01.de.xhtml",
                          commit="64a3d3461e77db24e3c9ca8bd19be67d2292773f")
    + " (news of 10 November 2023; the portrait of Frank Karlitschek, the page image and the tag list dropped (rule 14); "
      "the two subheadings and the English laudatio kept, each turn with its bold speaker label ('Rafael:', 'Matthias:', "
      "'Raphael:') as the start of its line and the unlabelled continuation paragraphs as lines of their own; the italic "
      "markup of the quotations dropped; the published irregularities 'Firmahätte', the missing opening mark before 'und das "
      "einige' (rule 2221), '.\".', 'Kirchner', 'strong believe' and the two spellings 'Rafael'/'Raphael' kept (rule 20))",
    license=FSFE,
    paras=["Der Gründer von Nextcloud wurde auf der SFSCON mit dem europäischen SFS-Award ausgezeichnet. Diese Auszeichnung, "
           "die erstmals gemeinsam von der Linux User Group Bozen und der Free Software Foundation Europe vergeben wurde, "
           "ging an " + SFS_LEAD + ".",
           SFS_Q1 + ". Mit diesen Worten wurde Nextcloud-Gründer Frank Karlitschek heute, am 10. November, auf der SFSCON "
           "2023 mit dem europäischen SFS-Award ausgezeichnet. Es ist das erste Mal, dass der bekannte SFS-Award auf die "
           "europäische Ebene ausgeweitet wird, eine Kooperation der Initiatoren dieser Auszeichnung, der Linux User Group "
           "Bozen (LUGBZ) und der Free Software Foundation Europe (FSFE).",
           "Vor mehr als zwei Jahrzehnten gründete Frank Karlitschek die Community-Website KDE-Look.org, dann "
           "GNOME-look.org und schließlich openDesktop.org, um Freie Software zu verbessern. Im Jahr 2010 legte der "
           "Stuttgarter Entwickler Freier Software mit dem Projekt ownCloud den Grundstein für eine Plattform, auf der "
           "Menschen ihre Daten sicher und unabhängig speichern können. Dies führte zum Start von Nextcloud im Jahr 2016.",
           "Heute ist Nextcloud ein Freie-Software-Kollaborationstool, das von Millionen Menschen weltweit genutzt wird "
           + SFS_Q2 + ", wie Matthias Kirschner, Präsident der FSFE, bei der Preisverleihung betonte. Kirschner merkte "
           "weiter an, dass Karlitschek " + SFS_Q3 + ".",
           SFS_Q4 + ", fügte Rafael Barbieri, LUGBZ-Mitglied, hinzu.",
           "In seiner Dankesrede sagte Karlitschek, er könne den Preis nur im Namen der Nextcloud-Community entgegennehmen, "
           "die diese Anerkennung wirklich verdiene.",
           "Der europäische SFS-Award",
           "Der erste SFS-Award wurde 2004 auf der SFSCON an Hugo Leiter für die Einführung von Libre Office in allen "
           "Gemeinden Südtirols verliehen. Zwanzig Jahre später, zu Beginn der SFSCON im NOI-Techpark, wurde der Preis zum "
           "ersten Mal auf europäischer Ebene verliehen. Die Free Software Foundation Europe hat sich mit dem Initiator des "
           "Preises, der LUGBZ, zusammengetan, um gemeinsam Entwickler Freier Software zu ehren, die herausragende Beiträge "
           "zur Verbreitung und Förderung Freier Software in Europa geleistet haben.",
           "2023 Laudatio",
           "Rafael: It’s an honour for me (on behalf of the Board of Linux User Group Bozen-Bolzano-Bulsan) to present the "
           "first European SFS Award, continuing a twenty year old tradition, since the first SFS Award was assigned in 2004 "
           "to Hugo Leiter, for introducing Libre Office in all municipalities of South Tyrol. Traditionally the AWARD has "
           "always been given to someone who greatly contributed to the culture of Free Software in South Tyrol, and this "
           "tradition will continue, but as SFSCON this year we extended the narrative to the essential European level. "
           "LUGBZ, promoting digital sustainability in South Tyrol, joined forces with an important European association "
           "active in the sphere of Free Software, namely the Free Software Foundation Europe (FSFE). Let me introduce the "
           "president: Matthias Kirchner.",
           "Matthias: Thank you Raphael! As the FSFE we have now participated many years at the SFSCON, and saw how the "
           "LUGBZ was awarding great Free Software contributors from Italy – so we were happy when we have been approached "
           "to join forces and award European Free Software contributors together with the LUGBZ.",
           "Raphael: As in previous years, we received many nominations for potential winners. It was not easy for us to "
           "choose a winner, since many of the suggested candidates made enormous contribution to Free Software.",
           "Matthias: The deciding factor for us this year was to choose a European who lives the values of software "
           "freedom, a person who has dedicated decades of work to software freedom and brought it to the next level, a "
           "true visionary and pioneer of software freedom.",
           "Raphael: In 2001, over two decades ago, he started KDE-Look.org, later GNOME-look.org, as well as "
           "openDesktop.org to improve Free Software, and supported many initiatives in our field, including serving as Vice "
           "President of KDE e.V.",
           "In 2010 at Akademy he laid the foundations for a platform that enabled millions of people to store their data "
           "securely and self-determined on servers. He promoted Open Standards, and inspired people to join the movement "
           "for software freedom.",
           "With the development of a remote collaboration tool for teams, which is developed under the freedom protecting "
           "GNU AGPL license, he followed his ideals and his strong believe that users should have the rights to use, "
           "understand, share, and improve their software – and created a comprehensive, user-friendly and secure "
           "collaboration platform.",
           "Matthias: His tireless commitment to software freedom has resulted in a Free Software product which some of the "
           "biggest technology companies around the world fear as a competitor.",
           "Even in situations where he could have personally or with his company benefited financially, he decided to "
           "follow his principles and ensure that there is a fair level playing field for others in our community as well.",
           "Raphael: He is not only a gifted technologist, but also a champion of the idea of digital freedom as a "
           "universal right. With his work he lives the ideals of transparency, privacy, and individual control over "
           "digital information, but he also laid the foundation for a diverse and engaged community.",
           "Matthias: His dedication, his vision, and his strong principles enriched and inspired many in our community. We "
           "are deeply grateful for his contributions and look forward to a future he helps shape.",
           "For these reasons, we hereby award Frank Karlitschek, the founder of Nextcloud, the European SFS Award 2023."],
    quotes=[(SFS_LEAD, BARBIERI),
            (SFS_Q1, BARBIERI),
            (SFS_Q2, KIRSCHNER),
            (SFS_Q3, KIRSCHNER),
            (SFS_Q4, BARBIERI)],
    aliases={BARBIERI: ["Rafael Barbieri", "Rafael", "Raphael"],
             KIRSCHNER: ["Matthias Kirschner", "Kirschner", "Matthias"]})

# --- FSFE, 8 August 2024: the FSFE intervenes in Apple v. Commission before the Court of Justice ---

AP_Q1 = ("\"Die FSFE vertritt in diesem Fall die Perspektive der Zivilgesellschaft, was das Gerichtsverfahren bereichert. "
         "Dies ermöglicht es dem Gericht, fundierte Entscheidungen zu treffen\"")
AP_Q2 = ("“Sich gegen einen Konzerngiganten wie Apple zu stellen, der über Milliarden von Euro verfügt, um die "
         "Softwarefreiheit zu behindern, spiegelt das Engagement der FSFE wider, offene und wettbewerbsfähige digitale "
         "Umgebungen zu bewahren. Die Intervention der FSFE ist von grundlegender Bedeutung für die Geräteneutralität, da "
         "sie sicherstellt, dass Nutzer und Entwickler nicht an proprietäre Systeme gebunden sind und Software frei wählen "
         "und frei nutzen können. Die Annahme des Antrags der FSFE durch das Gericht unterstreicht die Bedeutung von Freier "
         "Software und Interoperabilität nicht nur für digitale Märkte, sondern auch für die Freiheit der Nutzer, ein "
         "offenes Internet und die digitale Demokratie\"")
AP_Q3 = ("\"der Fall wahrscheinlich eine erhebliche Auswirkung auf [...] das Angebot von Freier Software, den freien "
         "Informationsaustausch und die Chancengleichheit beim Zugang zu Software haben wird\"")
AP_Q4 = ("\"ein solches Ergebnis Auswirkungen auf die Möglichkeit für Entwickler von Anwendungsprogrammen oder Freier "
         "Software hätte, ihre Anwendungen kostenlos mit Apples Betriebssystem iOS zu verbinden, was wiederum die Fähigkeit "
         "der FSFE beeinträchtigen würde, solche Software weiterzuentwickeln und an eine möglichst breite Öffentlichkeit "
         "zu verbreiten\"")
EUGH = "Europäische Gerichtshof"

add(id="ho426-fsfe-2024-08-apple-eugh-intervention",
    title="Apple gegen EU-Kommission: Die FSFE interveniert zum Schutz von Freier Software",
    url="https://fsfe.org/news/2024/news-20240812-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2024/news-20240812-01.de.xhtml",
                          commit="7e37cb67b14d0f50b163eb2f7cff675c28e9c006")
    + " (news dated 8 August 2024 under the file name news-20240812-01; the drawing of the rotten apple with its caption "
      "and the stray '\"' that the source prints after the image tag inside the figure, the empty paragraphs around the "
      "blockquotes, the discussion link, the page image and the tag list dropped (rule 14); the two blockquotes kept as "
      "paragraphs; the link texts 'Apple und der Europäischen Kommission beizutreten.', 'Digital Markets Act (DMA)', "
      "'aufrechtzuerhalten und die Stimme der Freie-Software-Gemeinschaft', 'unverhältnismäßig stark', "
      "'Geräteneutralität', 'stellte das Gericht fest,' and 'fsfe.org' kept as running text; the double space in 'der  "
      "Europäischen' collapsed as the page renders it; the italic markup of the court's words dropped; the published mixed "
      "marks '“…\"' and the bracketed omissions '[...]' kept (rule 20))",
    license=FSFE,
    paras=["Die Free Software Foundation Europe beteiligt sich an einem Rechtsstreit zwischen Apple und der Europäischen "
           "Kommission vor dem Europäischen Gerichtshof. Apple versucht, DMA-Verpflichtungen in Bezug auf seinen App Store "
           "und die Interoperabilität seines Betriebssystems zu umgehen. Ziel der FSFE ist es, Freie Software vor "
           "monopolistischer Unternehmenskontrolle zu schützen.",
           "Der Europäische Gerichtshof (CJEU) hat der FSFE offiziell erlaubt, dem Rechtsstreit zwischen Apple und der "
           "Europäischen Kommission beizutreten. Apple möchte mit dem Verfahren verhindern, dass das Unternehmen als "
           "\"Gatekeeper\" unter dem Digital Markets Act (DMA) bezeichnet wird. Das Unternehmen hat eine aggressive Politik "
           "gegen Software-Freiheit und Interoperabilität verfolgt und versucht, die Durchsetzung des DMA zu verhindern. "
           "Der DMA ist ein Gesetz, das die Fairness und die Anfechtbarkeit auf den digitalen Märkten erhöhen soll, indem "
           "es das wirtschaftliche Verhalten sehr großer Technologiekonzerne reguliert.",
           AP_Q1 + ", sagt Dr. Martin Husovec, der Anwalt, der die FSFE vor Gericht vertritt.",
           "Die Intervention der FSFE zielt darauf ab, die Anwendung des DMA auf Apple aufrechtzuerhalten und die Stimme "
           "der Freie-Software-Gemeinschaft gegen die unfairen Praktiken des Unternehmens zu erheben. Freie "
           "Software-Projekte sind unverhältnismäßig stark von den monopolistischen Praktiken des Unternehmens betroffen. "
           "Apples Gebührenpolitik, die strikte Anbieterbindung, das Verbot von Side-Loading und die Beschränkung "
           "alternativer App-Stores stellen unüberwindbare Hindernisse für die Softwarefreiheit dar.",
           AP_Q2 + ", so Lucas Lasota, Leiter des Rechtsprogramms der FSFE.",
           "Im Zuge der Aufnahme der FSFE in das Verfahren stellte das Gericht fest, dass " + AP_Q3 + ". Außerdem erkannte "
           "das Gericht an, dass für den Fall, dass die Einstufung als \"Gatekeeper\" durch die Kommission für nichtig "
           "erklärt würde, [...] " + AP_Q4 + ".",
           "Im nächsten Schritt des Verfahrens wird die FSFE nun bis Mitte September ihre Stellungnahme einreichen. Weitere "
           "Updates werden auf fsfe.org veröffentlicht."],
    quotes=[("\"Gatekeeper\"", None, 0),
            (AP_Q1, "Martin Husovec"),
            (AP_Q2, "Lucas Lasota"),
            (AP_Q3, EUGH),
            ("\"Gatekeeper\"", None, 1),
            (AP_Q4, EUGH)],
    aliases={"Martin Husovec": ["Martin Husovec", "Dr. Martin Husovec", "Anwalt"],
             "Lucas Lasota": ["Lucas Lasota"],
             EUGH: ["Europäische Gerichtshof", "Europäischen Gerichtshof", "Gericht", "CJEU"]})

# --- FSFE, 12 August 2025: press release on the first 100 days of the CDU/CSU-SPD government ---

HT_Q1 = ("„Wenn die Bundesregierung es mit technologischer Souveränität ernst meint, muss sie konsequent auf Freie Software "
         "setzen. Das ist die entscheidende Voraussetzung für Herstellerunabhängigkeit, Wechselfähigkeit, Interoperabilität "
         "und echte Innovation“")
HT_Q2 = ("„Die Regierung muss endlich eine sichere, langfristige Finanzierung Freier Software und ihrer Initiativen wie dem "
         "ZenDiS gewährleisten. Freie Software muss bei der öffentlichen Beschaffung Vorrang haben. So lässt sich die "
         "riskante Abhängigkeit unserer Verwaltung von proprietären Anbietern lösen.“")
HT_Q3 = "„Wir brauchen ab sofort belastbare, aktuelle Daten über den Anteil Freier Software im öffentlichen Sektor“"
HT_Q4 = ("„Nur so lässt sich beurteilen, ob es einen echten Wandel im Sinn von ‚Public Money? Public Code!‘ gibt: Aus "
         "öffentlichen Geldern finanzierte Software sollte immer Freie Software sein. Die Zeit zu handeln ist jetzt.“")

add(id="ho426-fsfe-2025-08-100-tage-pressemitteilung",
    title="100 Tage Schwarz-Rot: Die Freie-Software-Politik der Bundesregierung enttäuscht",
    url="https://fsfe.org/news/2025/news-20250812-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2025/news-20250812-01.de.xhtml",
                          commit="008eb12aba8532e24245b09f487a5ae96bdd698b")
    + " (press release of 12 August 2025; the tag list dropped (rule 14); the line break inside the headline joined with a "
      "space; the link texts 'FSFE-Webseite', 'ein Vortrag bei der FrOSCon wird das Thema aufgreifen' and "
      "'https://fsfe.org/news/2025/news-20250206-01.html' kept as running text; the published 'Der … beschlossenen "
      "Entwurf' kept (rule 20); two sentences of Näder's statements recur in different wording in the analysis of 14 "
      "August 2025 (next document), a shared window within the set only)",
    license=FSFE,
    paras=["100 Tage nach Amtsantritt der Bundesregierung sieht die Free Software Foundation Europe (FSFE) ihre Forderung "
           "nach Freier Software in der öffentlichen Verwaltung unerfüllt. Zwar hatten CDU, CSU und SPD im "
           "Koalitionsvertrag ambitionierte Ziele für Freie Software angekündigt, doch bisher fehlt es an konkreten, "
           "wirksamen Maßnahmen.",
           "Der am 6. August 2025 vom Bundeskabinett beschlossenen Entwurf für ein Vergabebeschleunigungsgesetz lässt die "
           "Chance ungenutzt, Freie Software (auch als Open Source bekannt) in der öffentlichen Beschaffung zu "
           "priorisieren. Beim geplanten „Deutschland-Stack“ droht ein nationaler Alleingang: Ohne EU-weite Zusammenarbeit, "
           "Transparenz und Einbindung des Freie-Software-Ökosystems wird er scheitern, auch weil unklar bleibt, ob der "
           "Stack vollständig als Freie Software entwickelt wird. Hinzu kommt, dass im Bundeshaushalt 2025 keine "
           "langfristige, sichere Finanzierung Freier Software vorgesehen ist und die Freie-Software-Initiativen des Bundes "
           "mit völlig unzureichenden Mitteln auskommen müssen.",
           HT_Q1 + ", erklärt Johannes Näder, Senior Policy Project Manager der FSFE. " + HT_Q2,
           "Weiterhin fordert die FSFE die Bundesregierung auf, den Aufbau eines IT-Stacks in enger Kooperation mit der EU, "
           "den anderen Mitgliedsstaaten und dem Freie-Software-Ökosystem voranzutreiben und dabei die Zivilgesellschaft "
           "zu beteiligen. Außerdem sollte sie regelmäßig Statistiken über die Beschaffung, Beauftragung und Entwicklung "
           "Freier Software in öffentlichen Verwaltungen erheben und veröffentlichen.",
           HT_Q3 + ", erklärt Näder. " + HT_Q4,
           "Eine ausführlichere Analyse der bisherigen Regierungsarbeit wird am 14.08.2025 auf der FSFE-Webseite "
           "veröffentlicht. Auch ein Vortrag bei der FrOSCon wird das Thema aufgreifen.",
           "Unsere Forderungen zur Bundestagswahl: https://fsfe.org/news/2025/news-20250206-01.html"],
    quotes=[("„Deutschland-Stack“", None),
            (HT_Q1, NAEDER),
            (HT_Q2, NAEDER),
            (HT_Q3, NAEDER),
            (HT_Q4, NAEDER)],
    aliases={NAEDER: ["Johannes Näder", "Näder"]})

# --- FSFE, 14 August 2025: analysis of the first 100 days of the CDU/CSU-SPD government ---

BI_Q1 = "„Belange der digitalen Souveränität“"
BI_Q2 = ("„Wenn die Bundesregierung es mit digitaler Souveränität ernst meint, muss sie auf Freie Software setzen. Nur "
         "Freie Software schafft Herstellerunabhängigkeit, Wechselfähigkeit, Interoperabilität und Raum für Innovation“")
BI_Q3 = ("„Dafür muss die Regierung sich endlich zu einer sicheren, langfristigen Finanzierung Freier Software und der "
         "bundeseigenen Freie-Software-Initiativen entscheiden, vor allem des ZenDiS. Freie Software muss bei der "
         "öffentlichen Beschaffung Vorrang haben, gemäß dem Prinzip 'Public Money? Public Code!'. Auch ein IT-Stack kann "
         "nur erfolgreich sein, wenn er vollständig als Freie Software entwickelt wird – nicht im nationalen Silo, sondern "
         "in enger Zusammenarbeit mit der EU, anderen Mitgliedsstaaten und vor allem dem Freie-Software-Ökosystem.“")
BI_Q4 = ("„Wir definieren Ebenen übergreifend offene Schnittstellen, offene Standards und treiben Open Source mit den "
         "privaten und öffentlichen Akteuren im europäischen Ökosystem gezielt voran. […] Dafür richten wir unser "
         "IT-Budget strategisch aus und definieren ambitionierte Ziele für Open Source.“")
BI_Q5 = "„Leitprinzip der digitalen Infrastruktur des Bundes“"
WILDBERGER = "Karsten Wildberger"

add(id="ho426-fsfe-2025-08-100-tage-bilanz",
    title="100 Tage Schwarz-Rot: Wo bleibt der Aufbruch für Freie Software?",
    url="https://fsfe.org/news/2025/news-20250814-01.de.html",
    retrieved=REPO.format(path="fsfe.org/news/2025/news-20250814-01.de.xhtml",
                          commit="155b70ce5f219f28122782892b9525fa21e6c30e")
    + " (news of 14 August 2025; the image of the Bundestag with the projected sentence, the embedded PeerTube video, the "
      "empty paragraphs around the blockquote, the discussion link, the page image and the tag list dropped (rule 14); the "
      "subheadings kept as lines, the bold lead words 'Die FSFE fordert:' kept as running text (rule 2153), the blockquote "
      "with its <cite> attribution kept as one paragraph; the link texts 'hat die Free Software Foundation Europe (FSFE) "
      "gefordert', '„Public Money? Public Code!“', 'die Zukunftsvision von „Public Money? Public Code!“ zur Realität wird:' "
      "and '„Public Money? Public Code!”-Website' kept as running text; the line breaks inside the marked names joined "
      "with a space; the published irregularities 'Bundesinnenminsteriums', 'Bundesregierung,eine' and the ASCII single "
      "marks inside Näder's statement kept (rule 20); the closing paragraph on 'Public Money? Public Code!' is the FSFE's "
      "stock paragraph and also stands in earlier FSFE sets)",
    license=FSFE,
    paras=["Am 14.08.2025 ist die Bundesregierung 100 Tage im Amt. Im Koalitionsvertrag hatten CDU, CSU und SPD "
           "ambitionierte Ziele für Freie Software angekündigt. Doch bisher ist unklar, welche Ziele dies konkret sind, wie "
           "sie erreicht werden sollen und welche Rolle Freie Software künftig für Deutschlands technologische Souveränität "
           "spielt.",
           "Im Februar hat die Free Software Foundation Europe (FSFE) gefordert, nach der Bundestagswahl endlich die "
           "Kontrollierbarkeit, Sicherheit und Souveränität öffentlicher digitaler Infrastrukturen zur Priorität zu machen "
           "und dabei konsequent auf Freie Software (auch als Open Source bekannt) zu setzen. Die damaligen "
           "FSFE-Kernforderungen: „Public Money? Public Code!“, eine sichere, langfristige Finanzierung für Freie Software, "
           "Kompetenzaufbau und Statistiken zum Fortschrittsmonitoring. Wir brauchen einen echten Aufbruch, damit die "
           "Zukunftsvision von „Public Money? Public Code!“ zur Realität wird: Öffentliche Mittel sollen in Zukunft "
           "ausschließlich für Freie Software genutzt werden.",
           "100 Tage nach dem Amtsantritt der neuen Regierung ist es nun Zeit, eine erste Bilanz zu ziehen.",
           "Vergabereform: Freie Software muss vorrangig beschafft werden",
           "Erst vor wenigen Tagen, am 06. August 2025, verabschiedete das Bundeskabinett den Entwurf für ein Gesetz zur "
           "Beschleunigung der Vergabe öffentlicher Aufträge mit dem Ziel, Vergabeverfahren effizienter, flexibler und "
           "digitaler zu gestalten. Der Entwurf sieht zwar vor, " + BI_Q1 + " als Kriterium bei Ausschreibungen zu "
           "ermöglichen. Doch die Chance, die Beschaffung Freier Software für öffentliche Verwaltungen zu priorisieren und "
           "zu vereinfachen, wurde nicht genutzt. Es ist jetzt an den Regierungsfraktionen im Bundestag, den Entwurf "
           "nachzubessern.",
           "Die FSFE fordert: Das Prinzip „Public Money? Public Code!“ muss sich künftig in der öffentlichen Vergabe "
           "wiederfinden, indem dort ein Vorrang für Freie Software verankert wird. Nur so lässt sich die strukturelle "
           "Abhängigkeit öffentlicher Verwaltungen von proprietärer Software und ihren Herstellern beenden und "
           "technologische Souveränität erreichen. Zudem sollte die Regierung öffentliche Verwaltungen verpflichten, den "
           "Anteil Freier Software an aller beschafften, beauftragten oder entwickelten Software regelmäßig zu erfassen und "
           "zu veröffentlichen. Dadurch lassen sich Fortschritte messbar machen und Fehlentwicklungen erkennen.",
           "„Deutschland-Stack“: Nationaler Alleingang statt europäischer Zusammenarbeit?",
           "Bis zum Jahr 2028 will die Bundesregierung einen „Deutschland-Stack“ veröffentlichen – laut "
           "Bundesdigitalminister Karsten Wildberger eine einheitliche IT-Architektur mit Basiskomponenten wie "
           "Cloud-Software und klar definierten Schnittstellen. Doch die Entwicklung eines nationalen IT-Stacks ist ein "
           "Irrweg. Stattdessen sollten die europäischen Mitgliedstaaten als Partner auf eine gemeinsame Beschaffung und "
           "Entwicklung hinarbeiten – mit Schwerpunkt auf Interoperabilität und dem Austausch von Lösungen, ohne das Rad "
           "immer wieder neu zu erfinden. Ohne EU-weite Abstimmung und Kollaboration droht der Stack zu einem isolierten "
           "Projekt zu werden.",
           "Zudem ist offen, ob der Stack überhaupt als Freie Software entwickelt wird. Auch an Transparenz mangelt es: Bei "
           "einer ersten, nichtöffentlichen Präsentation des Zwischenstands Anfang Juli blieben Vertreter aus der "
           "Zivilgesellschaft, Freie-Software-Projekten und ihren Communities außen vor.",
           "Die FSFE fordert: Die Bundesregierung muss bei der Entwicklung eines IT-Stacks europäisch denken und handeln, "
           "indem sie mit europäischen Partnern an einem gemeinsamen Stack arbeitet, anstatt Ressourcen in einen "
           "fragwürdigen nationalen Alleingang zu investieren. In jedem Fall muss das Bundesministerium für Digitalisierung "
           "und Staatsmodernisierung (BMDS) konsequent auf Freie Software und offene, mit Freier Software kompatible "
           "Standards setzen, damit eine echte Alternative zu proprietären Produkten entsteht. Die Zivilgesellschaft und "
           "Freie-Software-Wirtschaft müssen von Anfang an einbezogen werden. So kann vorhandene Expertise genutzt, "
           "Akzeptanz geschaffen und ein echter Wandel im Sinne technologischer Souveränität eingeleitet werden: im Bund "
           "ebenso wie in Ländern, Kommunen und in der gesamten Gesellschaft in Deutschland und Europa.",
           "Bundeshaushalt: Freie Software fehlt langfristige finanzielle Sicherheit",
           "Auch nach der Vorstellung des Bundeshaushalts 2025 und der Haushaltsdebatte im Deutschen Bundestag bleibt "
           "unklar, wie Freie Software langfristig finanziell abgesichert werden soll. Eine strategische Umschichtung der "
           "opulenten Ausgaben für proprietäre Lizenzen hin zu Freier Software im Sinne von „Public Money? Public Code!“ "
           "zeichnet sich bisher nicht ab. Auch die Budgets für die Freie-Software-Initiativen des Bundes bleiben prekär: "
           "Für sie sind bisher im Einzelplan des Bundesinnenminsteriums viel zu geringe Mittel vorgesehen.",
           "Die FSFE fordert: Die Bundesregierung muss die Finanzierung Freier Software für den öffentlichen Sektor "
           "dauerhaft sichern. Neben einem Kurswechsel bei der öffentlichen Vergabe braucht es dafür auch gezielte "
           "Förderung Freier Software für zentrale digitale Infrastrukturen. Dies muss sich in diesem und in allen "
           "folgenden Bundeshaushalten deutlich widerspiegeln. Das noch zu erstellende Budget des BMDS muss zudem "
           "verlässliche Mittel für die Aufgaben des Zentrums für Digitale Souveränität (ZenDiS) beinhalten, damit das "
           "ZenDiS öffentliche Verwaltungen auf dem Weg zu technologischer Souveränität durch Freie Software unterstützen "
           "kann.",
           BI_Q2 + ", erklärt Johannes Näder, Senior Policy Project Manager der FSFE. " + BI_Q3,
           "Hintergrund: Selbstgesetzte Ziele der Bundesregierung",
           "Das neue Digitalministerium wurde als Antrieb einer digitalen Zukunft und Motor für eine moderne, "
           "handlungsfähige Verwaltung gegründet. Freie Software soll dabei eine wichtige Rolle spielen. So haben CDU, CSU "
           "und SPD im Koalitionsvertrag beschlossen: " + BI_Q4,
           "Digitalminister Wildberger bekräftigte dieses Ziel im Mai 2025 bei der re:publica. Freie Software und Offene "
           "Standards sollen zum " + BI_Q5 + " werden. In diesem Zusammenhang plant die Bundesregierung,eine "
           "Digitalagentur zu gründen, die dem BMDS nachgeordnet sein wird. Dort sollen das Zentrum für Digitale "
           "Souveränität (ZenDiS) und der DigitalService gebündelt werden, möglicherweise auch weitere bislang "
           "eigenständige Organisationen.",
           "Dass der Minister auf der re:publica den Austausch mit einer kritischen Community gesucht hat, war ein "
           "willkommener erster Schritt. Darauf muss nun eine echte, institutionalisierte Beteiligung der "
           "Zivilgesellschaft folgen. Nur so kann die digitale Transformation der öffentlichen Verwaltung allen Menschen "
           "zugutekommen und Deutschland und Europa wirtschaftsstark und zukunftsfähig machen. Die Zeit zu handeln ist "
           "jetzt.",
           "Freie Software und „Public Money? Public Code!”",
           "Freie Software gibt allen das Recht, Programme für jeden Zweck zu verwenden, zu verstehen, zu verbreiten und zu "
           "verbessern. Durch diese Freiheiten müssen ähnliche Programme nicht komplett neu programmiert werden und dank "
           "transparenter Prozesse muss das Rad nicht ständig neu erfunden werden. Bei großen Projekten können Expertise "
           "und Kosten geteilt werden und Anwendungen stehen allen zur Verfügung. So wird Innovation gefördert und mittel- "
           "bis langfristig Steuergeld gespart. Abhängigkeiten von einzelnen Anbieterinnen werden minimiert und "
           "Sicherheitslücken können leichter geschlossen werden. Die Free Software Foundation Europe fordert daher mit "
           "über 200 Organisation und Verwaltungen „Public Money? Public Code!“ - Wenn es sich um öffentliche Gelder "
           "handelt, sollte auch der Code öffentlich sein! Mehr Informationen zur Initiative sind auf der „Public Money? "
           "Public Code!”-Website zu finden."],
    quotes=[(PMPC, None, 0),
            (PMPC, None, 1),
            (BI_Q1, "Bundeskabinett"),
            (PMPC, None, 2),
            ("„Deutschland-Stack“", None, 0),
            ("„Deutschland-Stack“", None, 1),
            (PMPC, None, 3),
            (BI_Q2, NAEDER),
            (BI_Q3, NAEDER),
            (BI_Q4, "CDU"),
            (BI_Q5, WILDBERGER),
            (PMPC_R, None, 0),
            (PMPC, None, 4),
            (PMPC_R, None, 1)],
    aliases={"Bundeskabinett": ["Bundeskabinett"],
             NAEDER: ["Johannes Näder"],
             "CDU": ["CDU", "CSU", "SPD", "CDU, CSU und SPD"],
             WILDBERGER: ["Karsten Wildberger", "Wildberger", "Digitalminister Wildberger",
                          "Bundesdigitalminister Karsten Wildberger", "Minister"]})
