# Three-hundred-and-seventy-fourth held-out German real-news set (tests/data/heldout374-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2040-2043). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first
# words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-seventy-fourth held-out set": six netzpolitik.org articles (the
# Lower Saxony police law, May 2019; the tender for the Überwachungsgesamtrechnung, December 2023; the interior
# ministers' conference against the Überwachungsgesamtrechnung, 2024; the petition against Palantir in
# Baden-Württemberg, November 2025; the interview on an Australian-style social-media ban, February 2026; the Saxon police
# law, February 2026) (licence NP). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17, 52), the stored date line is dropped (rule 14), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org, May 2019: the new police law of Lower Saxony ---

NI_P1 = ("Heute hat der Landtag in Hannover ein neues niedersächsisches Polizeigesetz beschlossen. Das Polizeigesetz ist ein "
         "Prestigeprojekt der rot-schwarzen Landesregierung, mitgeredet haben in den letzten zwölf Monaten dabei Viele: "
         "Unternehmen wie der Volkswagen-Konzern, Vertreter von Polizeigewerkschaften, das Bündnis „noNPOG“ und die "
         "Jurist*innen des Landtags. Auch wir haben eine netzpolitik.org-Stellungnahme zum Gesetzentwurf abgegeben.")
NI_P2 = ("Das Gesetz enthält zahlreiche neue Befugnisse für Polizist*innen. So dürfen sie fortan Personen festnehmen und für "
         "bis zu 35 Tage in Präventivhaft festhalten, die weder eine Straftat begangen noch geplant haben. Es reicht aus, "
         "lediglich im Verdacht zu stehen, in der nahen Zukunft eine terroristische oder andere schwere Straftat zu verüben.")
NI_P3 = ("Zudem gibt das Gesetz Polizist*innen neue Instrumente in die Hand. Dazu zählen die elektronische Fußfessel, mittels "
         "der der Aufenthaltsort einer Person überwacht wird, und die Bodycam zum Filmen von Polizeieinsätzen. Außerdem ist "
         "künftig der Einsatz von Schadsoftware zur Quellen-Telekommunikationsüberwachung und Online-Durchsuchung erlaubt.")
NI_P4 = ("Dabei brechen Ermittler*innen mit Staatstrojanern in Computer oder Handys ein, um beispielsweise E-Mails und "
         "Messenger-Nachrichten auszuleiten oder um auf abgespeicherte Dateien zuzugreifen. Die dafür eingesetzte "
         "Schadsoftware nutzt in der Regel öffentlich unbekannte Sicherheitslücken aus, mitunter eigens eingekauft, die "
         "anschließend offen gehalten werden müssen.")

add(id="ho374-np-2019-05-niedersachsen-polizeigesetz",
    title=None,
    url="https://netzpolitik.org/2019/wer-mischte-mit-beim-neuen-niedersaechsischen-polizeigesetz/",
    retrieved="same address (stored page of May 2019; the stored date line ' date 2019-05' dropped (rule 14); the stored "
              "copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); the "
              "subheading 'Rebellische Jurist*innen und Demos' kept as its own line; the paragraph 'Zivilgesellschaftlicher "
              "Protest begleitete dieses Gesetzgebungsverfahren … im Vergleich zu den geplanten', cut off in the stored copy, "
              "dropped with the names in marks it holds (rules 15, 52))",
    license=NP,
    paras=[NI_P1, NI_P2, NI_P3, NI_P4, "Rebellische Jurist*innen und Demos"],
    quotes=[("„noNPOG“", None)],
    aliases={})

# --- netzpolitik.org, December 2023: the tender for the Überwachungsgesamtrechnung ---

UG_P1 = ("Am Freitag ist der erste Dezember. Damit öffnet sich nicht nur das erste Türchen des Adventskalenders, es geht "
         "auch die Arbeit an der Überwachungsgesamtrechnung los. Eigentlich. So steht es zumindest in der Ausschreibung für "
         "das Großprojekt von der beiden Bundesministerien für Inneres und Justiz. Doch bis heute wurde der Auftrag nicht "
         "vergeben.")
UG_P2 = ("Das bestätigt auf Nachfrage eine Sprecherin des Innenministeriums: „Das Vergabeverfahren dauert an“, schreibt sie. "
         "Weitere inhaltliche Informationen könnten daher nicht „bereitgestellt werden“.")
UG_P3 = ("Bereits im Mai hatte das Beschaffungsamt des Innenministeriums die europaweite Ausschreibung gestartet. „Beginn: "
         "01/12/2023“ steht dort. Und selbst damit lag man bereits hinter dem ursprünglichen Zeitplan aus dem "
         "Koalitionsvertrag. Darin hatten sich SPD, Grüne und FDP vorgenommen, eine Überwachungsgesamtrechnung sowie bis "
         "Ende 2023 eine „unabhängige wissenschaftliche Evaluation der Sicherheitsgesetze und ihrer Auswirkungen auf Freiheit "
         "und Demokratie im Lichte technischer Auswirkungen“ durchführen zu lassen.")
UG_P5 = ("Es geht im Kern darum, dass sich viele Gesetze auf unsere Freiheit auswirken und in Grundrechte eingreifen. Sie "
         "lassen sich aber nicht isoliert beurteilen. Und am Ende zählt nicht nur der Gesetzestext, sondern auch, wie etwa "
         "Polizeibehörden in der Praxis mit den Befugnissen umgehen. Kommen Funkzellenabfragen selten und gezielt vor? Oder "
         "sind sie zur Standardermittlungsmaßnahme geworden? Ist es überhaupt noch möglich, sich unüberwacht zu bewegen, "
         "wenn man all die Möglichkeiten zur Überwachung in der Gesamtschau betrachtet?")

SPRECHERIN = "Sprecherin"
BESCHAFFUNGSAMT = "Beschaffungsamt"
SPD = "SPD"

add(id="ho374-np-2023-12-ueberwachungsgesamtrechnung-ausschreibung",
    title=None,
    url="https://netzpolitik.org/2023/ueberwachungsgesamtrechnung-es-geht-bald-los-hoffentlich/",
    retrieved="same address (stored page of December 2023; the stored date line ' date 2023-12' dropped (rule 14); the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the subheading 'Das Ganze kann mehr sein als die Summe der Teile' kept as its own line; the paragraph "
              "'Die Aufgabe ist riesig, … Die Ausschreibung selbst begrenzt daher das, was si', cut off in the stored copy, "
              "dropped (rule 15); 'von der beiden Bundesministerien' kept as published (rule 20))",
    license=NP,
    paras=[UG_P1, UG_P2, UG_P3, "Das Ganze kann mehr sein als die Summe der Teile", UG_P5],
    quotes=[("„Das Vergabeverfahren dauert an“", SPRECHERIN),
            ("„bereitgestellt werden“", SPRECHERIN),
            ("„Beginn: 01/12/2023“", BESCHAFFUNGSAMT),
            ("„unabhängige wissenschaftliche Evaluation der Sicherheitsgesetze und ihrer Auswirkungen auf Freiheit und "
             "Demokratie im Lichte technischer Auswirkungen“", SPD)],
    aliases={SPRECHERIN: ["Sprecherin", "eine Sprecherin"],
             BESCHAFFUNGSAMT: ["Beschaffungsamt"],
             SPD: ["SPD", "Grüne", "FDP"]})

# --- netzpolitik.org, 2024: the interior ministers' conference against the Überwachungsgesamtrechnung ---

IMK_P1 = ("Im Januar begannen Forschende mit der Überwachungsgesamtrechnung. Doch bevor die Ergebnisse vorliegen, machen die "
          "Innenminister:innen der Länder klar: Wir lehnen die Maßnahme aus dem Bundeskoalitionsvertrag ab – egal, was "
          "rauskommt.")
IMK_P2 = ("Seit Januar arbeitet das Max-Planck-Institut zur Erforschung von Kriminalität, Sicherheit und Recht (MPI) an einer "
          "Überwachungsgesamtrechnung. Der Grund: SPD, Grüne und FDP hatten sich in ihrem Koalitionsvertrag vorgenommen zu "
          "untersuchen, wie etwa polizeiliche und geheimdienstliche Befugnisse sich auf Grundfreiheiten auswirken. Die "
          "Annahme: Grundrechtseingriffe können nicht allein isoliert betrachtet werden, es kommt auch auf die "
          "Gesamtauswirkung an. Das MPI bekam den Zuschlag.")
IMK_P3 = ("Die Wissenschaftler:innen am MPI wollen „die Überwachungslast nach einem einheitlichen Maßstab messen“, sodass die "
          "Ergebnisse auch für künftige Gesetzesvorhaben nützlich und erweiterbar bleiben. Doch vor Abschluss des Projekts "
          "schießt die Innenministerkonferenz (IMK) gegen die „Trendumkehr hin zu einer grundrechtsorientierten und "
          "evidenzbasierten Innen- und Rechtspolitik“, die sich das Bundesinnenministerium einst vorgenommen hatte.")
IMK_Q = ("„Die IMK stellt fest, dass die Überwachungsgesamtrechnung keine geeignete Grundlage für eine sachgerechte und "
         "verantwortliche politische bzw. gesetzgeberische Entscheidung für die Gestaltung sicherheitsbehördlicher Befugnisse "
         "sein kann.“")
IMK_P4 = ("In einem Beschluss zu Tagesordnungspunkt 57, der Ende Juni auf dem halbjährlich stattfindenden Treffen der "
          "Innenminister und -senatoren der Länder getroffen wurde, heißt es: " + IMK_Q)

MPI = "Max-Planck-Institut zur Erforschung von Kriminalität, Sicherheit und Recht"
BMI = "Bundesinnenministerium"
IMK = "Innenministerkonferenz"

add(id="ho374-np-2024-imk-ueberwachungsgesamtrechnung",
    title="Vorauseilende AblehnungInnenministerkonferenz attackiert Überwachungsgesamtrechnung",
    url="http://netzpolitik.org/2024/vorauseilende-ablehnung-innenministerkonferenz-attackiert-ueberwachungsgesamtrechnung",
    retrieved="same address (stored page of 2024; kicker and headline run together as stored (rule 18); the image "
              "description 'Eine quietschbunte Taschenrechner-App zeigt \"Error\" an' and the credit 'CC-BY 2.0 r. nial "
              "bradshaw' dropped (rule 19); the paragraph 'Konkrete Ergebnisse, mit denen die IMK diesen Schluss "
              "untermauern könnte, … Das wird ein „inte', cut off in the stored copy, dropped with its opening mark "
              "(rules 15, 52))",
    license=NP,
    paras=[IMK_P1, IMK_P2, IMK_P3, IMK_P4],
    quotes=[("„die Überwachungslast nach einem einheitlichen Maßstab messen“", MPI),
            ("„Trendumkehr hin zu einer grundrechtsorientierten und evidenzbasierten Innen- und Rechtspolitik“", BMI),
            (IMK_Q, IMK)],
    aliases={MPI: [MPI, "MPI"],
             BMI: [BMI],
             IMK: [IMK, "IMK"]})

# --- netzpolitik.org, November 2025: the petition against Palantir in Baden-Württemberg ---

PA_P1 = ("Baden-Württemberg hat bereits Millionen ausgegeben, um Software des US-Konzerns Palantir in die Polizeiarbeit zu "
         "integrieren. Im Petitionsausschuss wurde nun das Anliegen angehört, nicht mit Palantir zusammenzuarbeiten. Die "
         "Grünen sind dabei zerrissen: Die Bundespartei positioniert sich gegen Palantir, doch die Regierungspartei in "
         "Stuttgart trägt den Deal mit.")
PA_P2 = ("Das Land Baden-Württemberg hat mehr als 25 Millionen Euro ausgegeben, um eine Lizenz für Software des US-Konzerns "
         "Palantir zu kaufen, die in der Polizeiarbeit zum Einsatz kommen soll. Doch die Polizei hat rechtlich noch gar keine "
         "Befugnis, sie auch zu nutzen. Denn ein neues Polizeigesetz ist gerade erst auf dem Weg durch den Landtag in "
         "Stuttgart, um eine solche Befugnis zu schaffen.")
PA_P3 = ("Doch es regt sich erheblicher Widerstand, auch in Form einer öffentlichen Landtagspetition. Die Petition fordert "
         "unter anderem, den Palantir-Vertrag offenzulegen und ihn „rückabzuwickeln“.")
PA_P4 = ("In Baden-Württemberg sind solche Online-Petitionen eine ganz neue Beteiligungsform, die es erst seit dem Sommer "
         "gibt. 13.473 Menschen haben ihren Namen unter die Petition gegen den Einsatz der Palantir-Software gesetzt. Das "
         "Quorum von 10.000 Stimmen war damit erreicht, so dass gestern die erste öffentliche Online-Anhörung des "
         "Petitionsausschusses folgte.")
PA_P6 = ("Der Petent Sebastian Müller, der die Sache ins Rollen brachte, setzte sich in seiner Rede vor dem Ausschuss dafür "
         "ein, dass die Polizei in Baden-Württemberg nicht mit der Palantir-Software ausgestattet wird. Sich von diesem "
         "abgründigen US-Konzern abhängig zu machen, sei eine falsche Weichenstellung. Die Vereinigten Staaten seien "
         "insgesamt kein verlässlicher Partner mehr.")

PETITION = "Petition"

add(id="ho374-np-2025-11-palantir-petition-bw",
    title=None,
    url="https://netzpolitik.org/2025/automatisierte-datenanalyse-der-gruene-palantir-spagat/",
    retrieved="same address (stored page of 7 November 2025; the stored date line ' date 2025-11-07' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "subheading 'Grüne auf den Barrikaden' kept as its own line; the paragraph 'In der Rede vor dem "
              "Petitionsausschuss regt er an, … „welche Optionen es zum Kündigen der Verträge [mit Palantir] gibt“. Das "
              "Gese', cut off in the stored copy after the quotation, dropped with it (rules 15, 52))",
    license=NP,
    paras=[PA_P1, PA_P2, PA_P3, PA_P4, "Grüne auf den Barrikaden", PA_P6],
    quotes=[("„rückabzuwickeln“", PETITION)],
    aliases={PETITION: ["Petition", "Landtagspetition"]})

# --- netzpolitik.org, February 2026: interview on an Australian-style social-media ban ---

AU_P1 = ("Seit Australien Minderjährige aus sozialen Medien aussperrt, vergeht hier keine Woche ohne Forderungen nach "
         "ähnlichen Verboten. Im Interview warnt Medienrechtler Stephan Dreyer: Die politische Debatte habe sich von "
         "Forschung und Rechtslage entkoppelt.")
AU_P2 = ("Bis zu ihrem 16. Geburtstag dürfen Kinder und Jugendliche in Australien keine Accounts auf Instagram, TikTok, "
         "YouTube oder Reddit haben. Seit dem 10. Dezember 2025 dürfen sie dort nichts liken, kommentieren oder gar selbst "
         "hochladen. Inhalte hinter einer Log-in-Schranke können sie sich nicht anschauen. Außer natürlich sie umgehen das "
         "Verbot mit simplen Werkzeugen wie VPN-Diensten.")
AU_P3 = ("Dieses australische Modell fordern inzwischen auch führende Politiker*innen in Deutschland und Europa. Zu den "
         "prominenteren Befürwortern gehört der französische Präsident Emmanuel Macron. Ende Januar hat ein französisches "
         "Gesetz die erste Hürde in der Nationalversammlung genommen, dem Unterhaus des Parlaments. Ähnliche Vorstöße gibt "
         "es auch in Spanien, Griechenland und Österreich.")
AU_P4 = ("In Deutschland hat die Bundesregierung zunächst eine Expert*innen-Kommission eingerichtet. Sie soll „Schritte für "
         "einen effektiven Kinder- und Jugendmedienschutz prüfen“. Dennoch ist die Debatte um ein Verbot bereits "
         "heißgelaufen. Sobald einzelne deutsche Politiker*innen das Social-Media-Verbot befürworten, machen "
         "Nachrichtenmedien daraus eine Schlagzeile.")
AU_P5 = ("Währenddessen setzt die EU-Kommission bereits bestehende Jugendschutz-Regeln weiter um. Jüngst hat sie deshalb "
         "ein Verfahren gegen TikTok gestartet. Im Visier: Das süchtig machende Design der Plattform, deren algorithmisch "
         "sortierte Feeds für ihre Sogwirkung bekannt sind. Grundlage ist das Gesetz über digitale Dienste (DSA), das "
         "darauf abzielt, Plattformen so zu gestalten, dass Kinder und Jugendliche dort sicherer unterwegs sind.")

BREG_SPK = "Bundesregierung"

add(id="ho374-np-2026-02-australisches-modell-dreyer",
    title=None,
    url="https://netzpolitik.org/2026/australisches-modell-ein-social-media-verbot-macht-den-jugendschutz-schlechter/",
    retrieved="same address (stored page of 11 February 2026; the stored date line ' date 2026-02-11' dropped (rule 14); "
              "the stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); "
              "the paragraph 'Ein aufmerksamer Beobachter der Politik rund um', cut off in the stored copy, dropped, and "
              "with it the whole interview part (rule 15))",
    license=NP,
    paras=[AU_P1, AU_P2, AU_P3, AU_P4, AU_P5],
    quotes=[("„Schritte für einen effektiven Kinder- und Jugendmedienschutz prüfen“", BREG_SPK)],
    aliases={BREG_SPK: ["Bundesregierung"]})

# --- netzpolitik.org, February 2026: the Saxon police law ---

SN_P1 = ("Trotz scharfer Kritik hält die sächsische Regierung am ihrem Vorhaben fest, die Polizei mit erheblich erweiterten "
         "Überwachungsbefugnissen auszustatten. Den bisherigen Gesetzesentwurf hat sie nach internen Verhandlungen nur "
         "kosmetisch angepasst. Kritiker:innen bezweifeln die Vereinbarkeit mit geltendem EU-Recht und warnen vor "
         "dystopischen Verhältnissen.")
SN_P2 = ("Die sächsische Polizei soll Bilder im Internet biometrisch auswerten dürfen – zumindest wenn es nach dem Willen der "
         "sächsischen Regierung geht. Und das ist lange nicht die einzige massive Befugniserweiterung der Polizei, die die "
         "Regierung plant. Auch Verhaltensscanner, verdeckte Kennzeichenerkennung und eine automatisierte Datenanalyse "
         "sollen kommen. Lediglich bei zwei problematischen Plänen machte das Innenministerium einen Rückzieher. Unter "
         "Zeitdruck muss nun der sächsische Landtag entscheiden.")
SN_H = "Geringfügige Änderungen für eine „rechtsstaatlich sehr hohe Qualität“"
SN_P4 = ("Am Dienstag beschloss das Kabinett den Gesetzentwurf für das Sächsische Polizeivollzugsdienstgesetz (SächsPVDG). "
         "Dieser fällt in Teilen weniger scharf aus als die ursprünglich geplante Novelle. Wenn man den sächsischen "
         "Innenminister Armin Schuster (CDU) fragt, sogar ein gutes Stück zurückhaltender. Sein Referentenentwurf aus dem "
         "Herbst war auf viel Kritik gestoßen, auch die mitregierende SPD kritisierte einige der geplanten "
         "Befugniserweiterungen.")
SN_P5 = ("Im Vergleich dazu enthielten die neuen Pläne „sehr viele grundrechtssichernde Bestimmungen“, so Schuster. Er "
         "verweist auf Richtervorbehalte, Lösch- und Berichtspflichten. „Für Polizisten ist dieses Gesetz eine "
         "Herausforderung“, sagte der Innenminister auf einer Pressekonferenz am Dienstag nach der Kabinettssitzung. Der "
         "Entwurf habe nun eine „rechtsstaatlich sehr hohe Qualität“, betonte er.")

SCHUSTER = "Armin Schuster"

add(id="ho374-np-2026-02-sachsen-polizeirechtsnovelle",
    title=None,
    url="https://netzpolitik.org/2026/polizeirechtsnovelle-in-sachsen-mit-minimalen-anpassungen-in-richtung-"
        "ueberwachungsstaat/",
    retrieved="same address (stored page of 26 February 2026; the stored date line ' date 2026-02-26' dropped (rule 14); "
              "the stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); "
              "the subheading with its quotation kept as its own line; 'am ihrem Vorhaben' kept as published (rule 20); "
              "the paragraph 'Tatsächlich gibt es bei den meisten Bestimmungen des Entwurfs, wenn üb', cut off in the "
              "stored copy, dropped (rule 15))",
    license=NP,
    paras=[SN_P1, SN_P2, SN_H, SN_P4, SN_P5],
    quotes=[("„rechtsstaatlich sehr hohe Qualität“", SCHUSTER, 0),
            ("„sehr viele grundrechtssichernde Bestimmungen“", SCHUSTER),
            ("„Für Polizisten ist dieses Gesetz eine Herausforderung“", SCHUSTER),
            ("„rechtsstaatlich sehr hohe Qualität“", SCHUSTER, 1)],
    aliases={SCHUSTER: ["Armin Schuster", "Schuster", "Innenminister"]})
