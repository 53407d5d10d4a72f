# Seventeenth held-out German real-news set (tests/data/heldout17-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-99 and the seventeenth held-out rules 100 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, by first line,
# and by an 8-word overlap search against the texts of all sets: no shared 8-word window). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: texts of the German Federal Government (Presse- und Informationsamt der Bundesregierung) only: issues of its
# weekly newsletter "Bundesregierung aktuell" as stored on bundesregierung.de, as distributed by Public (publicnow.com,
# pubt.io, marketscreener.com) and as reposted by two local portals (dh-aktuell.de, landkreis-internet.de), and the
# Government's news feed ("Meldungen") as reposted by christoph-winter.de. None of the bundesregierung.de pages of
# heldout16-de is used again. No ministry page was used: the stored ministry pages found were speeches, interviews in
# question-answer form or block quotes without marks (rules 5, 23), or carried no quotation (see SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_PUBLIC, BREG_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


NL = "https://www.bundesregierung.de/breg-de/service/newsletter-und-abos/bundesregierung-aktuell/"
BR_FURNITURE = ("the logo line 'Logo der Bundesregierung', the links '→ mehr erfahren', the photo captions and the empty "
                "layout lines dropped as furniture (rule 100)")

SCHOLZ = ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler", "Kanzler"]

# --- bundesregierung.de: newsletter "Bundesregierung aktuell" ---

add(id="ho17-breg-nl-2024-04-12",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-14-2024-april-12-2269458?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 12 April 2024; " + BR_FURNITURE + ", among them the caption 'Das "
              "Foto zeigt den Bericht \"Polizeiliche Kriminalitätsstatistik 2023 - Ausgewählte Zahlen im Überblick\", der "
              "…' with the report's title in marks; the quotation box 'Zitat:' with its credit line kept as lines of their "
              "own (rule 101); the last heading 'Einschätzungen zu den Ergebnissen', left dangling before the cut, dropped "
              "(rule 15))",
    license=BREG,
    paras=["Newsletter 12. April 2024",
           "Liebe Leserinnen, liebe Leser,",
           "was haben tanzende Teenager und die Aktentasche des Bundeskanzlers gemeinsam? Beide findet man auf TikTok. "
           "Wie passt das zusammen?",
           "Das Bundespresseamt hat den Auftrag, die Politik der Bunderegierung zu erklären. Wir tun das in diesem "
           "Newsletter und auf vielen anderen Kanälen. Über TikTok informieren wir jetzt als „TeamBundeskanzler“ auch "
           "Menschen, die auf anderem Wege weniger gut zu erreichen sind.",
           "Was können Sie auf unserem Kanal erwarten? Um es vorweg zu nehmen: Nein, der Bundeskanzler wird nicht "
           "tanzen. Aber er gibt Einblicke in seine Aktentasche und seine Arbeit. Und die Regierungspolitik wird so "
           "aufbereitet, dass sie in die bunte Videowelt passt. Überzeugen Sie sich gern selbst.",
           "Ausblick: Von Sonntag bis Dienstag reist der Bundeskanzler nach China und absolviert mehrere Termine. Am "
           "Mittwoch ist er beim Europäischen Rat in Brüssel. Hier geht es schwerpunktmäßig um die Zukunft des "
           "Binnenmarkts, die Stärkung der Wettbewerbsfähigkeit und die EU-Türkei-Beziehungen.",
           "Polizeiliche Kriminalstatistik 2023",
           "Zitat:",
           "„Mir ist wichtig, dass der Rechtsstaat hart gegen Gewalt durchgreift. Hier gilt: null Toleranz. Das heißt "
           "konkret: schnelle Verfahren, spürbare Strafen.\"",
           "Bundesinnenministerin Faeser am 9. April",
           "Kriminalstatistik",
           "Mehr Straftaten, höhere Aufklärungsquote",
           "Bundesinnenministerin Faeser hat die Kriminalstatistik 2023 vorgestellt. Es gibt mehr Gewalt-, Jugend- und "
           "Ausländerkriminalität. Deutschland müsse hart gegen die Täter vorgehen. Gleichzeitig setzt sie auf "
           "Prävention, um soziale Ursachen hinter der Kriminalität anzugehen."],
    quotes=[("„TeamBundeskanzler“", None),
            ("„Mir ist wichtig, dass der Rechtsstaat hart gegen Gewalt durchgreift. Hier gilt: null Toleranz. Das heißt "
             "konkret: schnelle Verfahren, spürbare Strafen.\"", "Faeser")],
    aliases={"Faeser": ["Faeser", "Bundesinnenministerin Faeser"]})

add(id="ho17-breg-nl-2023-05-26",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-20-2023-mai-26-2192388?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 26 May 2023; " + BR_FURNITURE + "; the section heading 'Themen der "
              "Woche', the caption 'Familienfoto mit den Teilnehmerinnen …', the kicker 'Ergebnisse des G7-Gipfels in "
              "Hiroshima', the headline 'Ländern des Globalen Südens auf Augenhöhe begegnen' and the teaser '„Wir ha', cut "
              "off in the stored copy, dropped (rule 15); the published mixed marks „…\" kept (rule 20))",
    license=BREG,
    paras=["Newsletter 26. Mai 2023",
           "Liebe Leserinnen, liebe Leser,",
           "ein Gipfel an einem symbolträchtigen Ort: Die sieben führenden Industrieländer trafen sich in Hiroshima. "
           "Überraschungsgast war der ukrainische Präsident Selenskyj. „Die Botschaft, die von hier aus gesendet wird, "
           "ist: Russland muss den Krieg beenden und Truppen zurückziehen, und wir werden die Ukraine so lange "
           "unterstützen, wie das erforderlich ist\", sagte Bundeskanzler Scholz. In Japan ging es auch um die "
           "Bekämpfung des Klimawandels, mehr Sicherheit in der Welt sowie um Partnerschaft auf Augenhöhe mit den "
           "Nationen im Süden der Welt.",
           "Einen Staatsbesuch ganz anderer Art gab es an der Eigenherd-Grundschule in Kleinmachnow. Hier war "
           "Bundeskanzler Scholz Gast des EU-Projekttages. Stolz präsentierten die Schülerinnen und Schüler ihre "
           "Verbundenheit zu Europa, so zum Beispiel beim Austauschprogramm mit einer tschechischen Stadt. Der Kanzler "
           "ermunterte sie, die Zukunft der EU aktiv zu gestalten und sich selbstbewusst in die Politik einzubringen. "
           "Was bewegte die Kinder noch? Fragen kamen zum Krieg in der Ukraine und wie der Kanzler die Aktionen der "
           "„letzten Generation“ bewertet.",
           "Ein Meilenstein auf dem Weg zum digitalen Staat. Verwaltungsleistungen wie Elterngeld online beantragen, "
           "das Auto online anmelden - dies soll künftig deutschlandweit möglich sein. Mit der BundID wird es ein "
           "zentrales Bürgerkonto für alle geben. Unternehmensleistungen werden „digital only“. Mehr zu den Beschlüssen "
           "des Kabinetts lesen Sie in diesem Newsletter.",
           "Wir wünschen unserem WM-Eishockey-Team für das morgige Spiel gegen die USA um den Einzug ins Finale viel "
           "Erfolg!"],
    quotes=[("„Die Botschaft, die von hier aus gesendet wird, ist: Russland muss den Krieg beenden und Truppen "
             "zurückziehen, und wir werden die Ukraine so lange unterstützen, wie das erforderlich ist\"", "Scholz"),
            ("„letzten Generation“", None),
            ("„digital only“", None)],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Kanzler"]})

add(id="ho17-breg-nl-2022-05-27",
    title="Bundesregierung aktuell",
    url=NL + "bundesregierung-aktuell-2042882?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 27 May 2022; " + BR_FURNITURE + ", among them 'Bundeskanzler Olaf "
              "Scholz auf dem Weltwirtschaftsforum in Davos'; the last caption 'Bundeskanzler Scholz mit dem "
              "südafrikanischen Präsidenten am Brandenburger Tor' and the headline 'Bundeskanzler besucht afrikanische "
              "Staaten', whose teaser is not in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Newsletter 27. Mai 2022",
           "Liebe Leserinnen, liebe Leser,",
           "Eine Woche mit vielen Ereignissen liegt hinter Bundeskanzler Scholz. Zunächst reiste er nach Senegal, Niger "
           "und Südafrika. Im Bundestag erläuterte er seine Erwartungen an den bevorstehenden EU-Gipfel. Beim "
           "Weltwirtschaftsforum in Davos rief Olaf Scholz zu neuen Formen der internationalen Zusammenarbeit auf.",
           "Alljährlich wird im Mai in Aachen der Internationale Karlspreis verliehen. In einer bewegenden Rede würdigte "
           "Außenministerin Baerbock die belarussischen Bürgerrechtlerinnen Maria Kolesnikowa, Weronika Zepkalo und "
           "Swetlana Tichanowskaja.",
           "Tief erschüttert hat die Menschen der Amoklauf in einer amerikanischen Schule. So viele junge Menschen haben "
           "dabei ihr Leben verloren. Im Namen der Bundesregierung kondolierte Bundeskanzler Olaf Scholz.",
           "Themen der Woche",
           "Kanzler Scholz in Davos",
           "Die Multipolare Welt ordnen – durch neue Wege der Zusammenarbeit",
           "Im Zeichen des Krieges in der Ukraine, der Klimakrise, der Energiekrise und zunehmend auch der "
           "Lebensmittelknappheit hat in Davos das Weltwirtschaftsforum stattgefunden. Bundeskanzler Scholz warb "
           "angesichts dieses Umbruchs für mehr Multilateralismus und mehr internationale Zusammenarbeit. Nötig sei eine "
           "nachhaltige, solidarische und kluge Globalisierung.",
           "Bundeskanzler beim Women7-Gipfel",
           "„50 Prozent der Menschheit muss 50 Prozent der Macht bedeuten“",
           "Bundeskanzler Scholz hat Gleichstellung als eine zentrale Säule jeder Demokratie bezeichnet. Auf dem "
           "Women7-Gipfel in Berlin nahm er Forderungen der Delegierten entgegen, die die G7 zu konkreten politischen "
           "und finanziellen Zusagen zur Umsetzung von Geschlechtergerechtigkeit aufrufen."],
    quotes=[("„50 Prozent der Menschheit muss 50 Prozent der Macht bedeuten“", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Bundeskanzler Olaf Scholz",
                             "Kanzler Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho17-breg-nl-2023-09-22",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-37-2023-september-22-2224674?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 22 September 2023; " + BR_FURNITURE + ", among them 'Bundeskanzler "
              "Scholz UN-Generalversammlung'; the stored copy ends with the first item of 'Themen der Woche' and its "
              "link)",
    license=BREG,
    paras=["Newsletter 22. September 2023",
           "Liebe Leserinnen, liebe Leser,",
           "vor 50 Jahren, am 18. September 1973, traten die Bundesrepublik und die DDR den Vereinten Nationen bei. "
           "Damals erschien das Ende des Kalten Krieges als eine Utopie in weiter Ferne, so Bundeskanzler Scholz in "
           "New York. Der Beitritt beider deutscher Staaten bedeutete „eine Chance, Spannungen abzubauen“. Das ist bis "
           "heute die Hauptaufgabe der Vereinten Nationen: Spannungen abzubauen, um den Frieden zu wahren.",
           "Doch auch heute ist wieder Krieg in Europa. In seiner Rede vor den VN verurteilte Scholz den russischen "
           "Angriffskrieg auf die Ukraine und den russischen Präsidenten: „Russlands Präsident will seinen "
           "imperialistischen Plan zur Eroberung seines souveränen Nachbarn, der Ukraine, umsetzen.“ Scholz betonte: "
           "„Frieden ohne Freiheit ist Unterdrückung. Frieden ohne Gerechtigkeit ist ein Diktat.“ Dabei warnte er vor "
           "„Schein-Lösungen“ bei der Suche nach Frieden in der Ukraine und mahnte die Einhaltung der Prinzipien der "
           "UN-Charta an.",
           "Für seine Verdienste um die internationale Zusammenarbeit wurde der Bundeskanzler mit dem Global Citizen "
           "Award des Atlantic Councils geehrt.",
           "Zu guter Letzt: Auch die bundesweiten Notrufnummern 110 und 112 feiern ihr 50jähriges Jubiläum. Seit 1973 "
           "können wir uns auf die rasche Hilfe in der Not durch Einsatzkräfte von Polizei, Feuerwehr und "
           "Rettungsdiensten verlassen, wenn wir 110 und 112 wählen.",
           "Themen der Woche",
           "Kanzler Scholz bei UN-Generalversammlung",
           "„Frieden ohne Freiheit heißt Unterdrückung“",
           "Bundeskanzler Scholz warnte in seiner Rede vor der UN-Generalversammlung in New York vor „Schein-Lösungen“ "
           "bei der Suche nach Frieden in der Ukraine. Er mahnte die Einhaltung der Prinzipien der UN-Charta an. "
           "Zudem erinnerte der Bundeskanzler in New York an die globalen Herausforderungen beim Klimaschutz."],
    quotes=[("„eine Chance, Spannungen abzubauen“", "Scholz"),
            ("„Russlands Präsident will seinen imperialistischen Plan zur Eroberung seines souveränen Nachbarn, der "
             "Ukraine, umsetzen.“", "Scholz"),
            ("„Frieden ohne Freiheit ist Unterdrückung. Frieden ohne Gerechtigkeit ist ein Diktat.“", "Scholz"),
            ("„Schein-Lösungen“", "Scholz", 0),
            ("„Frieden ohne Freiheit heißt Unterdrückung“", "Scholz"),
            ("„Schein-Lösungen“", "Scholz", 1)],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Kanzler Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho17-breg-nl-2023-12-01",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-47-2023-dezember-01-2247228?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 1 December 2023; " + BR_FURNITURE + ", among them 'Bundeskanzler Olaf "
              "Scholz spricht im Bundestag.'; the last item (caption 'Grafik zur COP28', kicker '28. Weltklimakonferenz', "
              "headline 'Die Welt auf den 1,5-Grad-Pfad bringen' and the teaser 'Ankündigungs', cut off in the stored "
              "copy) dropped (rule 15))",
    license=BREG,
    paras=["Newsletter 1. Dezember 2023",
           "Liebe Leserinnen, liebe Leser,",
           "die Welt blickt in den kommenden zwei Wochen nach Dubai und auf die dort stattfindende Weltklimakonferenz "
           "(COP28). Zum Auftakt der COP28 haben Deutschland und die Vereinigten Arabischen Emirate 200 Millionen "
           "US-Dollar für den Ausgleich von Klimaschäden in besonders verwundbaren Staaten zugesagt.",
           "Die Bundesregierung hat in dieser Woche den Entwurf eines Nachtragshaushalts für 2023 auf den Weg gebracht. "
           "Damit soll eine sichere Rechtsgrundlage geschaffen werden für die Mittel, die in diesem Jahr zur "
           "Krisenbewältigung eingesetzt wurden. Bundeskanzler Scholz versicherte in einer Regierungserklärung, dass "
           "der Staat seine Zusagen gegenüber den Bürgerinnen und Bürgern einhalten werde. „Wir alle kommen besser "
           "zurecht, wenn wir uns den Herausforderungen Seite an Seite stellen“, so Scholz.",
           "Morgen werden in der Hamburger Elbphilharmonie die Gruppen für die EURO 2024 ausgelost. Auf wen wird "
           "Deutschland bei der Heim-EM treffen? Mehr zum Startschuss ins Turnier erfahren Sie hier.",
           "Themen der Woche",
           "Regierungserklärung zur Haushaltslage",
           "„Wir lassen niemanden allein“",
           "Bundeskanzler Scholz hat zugesichert, dass der Staat seine Zusagen gegenüber den Bürgerinnen und Bürgern "
           "einhält. „Wir lassen niemanden alleine mit den Herausforderungen, mit denen wir es aktuell so geballt zu tun "
           "haben“, so Scholz in seiner Regierungserklärung im Bundestag. Die Modernisierung Deutschlands werde weiter "
           "vorangetrieben.",
           "Urteil des Bundesverfassungsgerichts",
           "Bundeshaushalt: Wie geht es weiter?",
           "Was passiert jetzt mit dem aktuellen Bundeshaushalt? Wann wird der Bundeshaushalt 2024 beschlossen? Lesen "
           "Sie hier in unseren Fragen und Antworten."],
    quotes=[("„Wir alle kommen besser zurecht, wenn wir uns den Herausforderungen Seite an Seite stellen“", "Scholz"),
            ("„Wir lassen niemanden allein“", "Scholz"),
            ("„Wir lassen niemanden alleine mit den Herausforderungen, mit denen wir es aktuell so geballt zu tun "
             "haben“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"]})

add(id="ho17-breg-nl-2023-09-08",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-35-2023-september-08-2221488?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 8 September 2023; " + BR_FURNITURE + ", among them 'Bundeskanzler "
              "Scholz (mit Augenklappe) bei einer Rede im Deutschen Bundestag zum Haushalt 2024.'; the published double "
              "space in 'der Bundesregierung  für 2024' and the space after the opening mark in '„ So schön' kept (rule "
              "20); the last item ('Deutschland-Pakt' / 'Im Überblick' / 'Der Deutschland-Pakt' / 'Um die "
              "Herausforderungen durch Klimaschutz, Transform'), cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Newsletter 8. September 2023",
           "Liebe Leserinnen, liebe Leser,",
           "Bundesfinanzminister Lindner hat den Haushaltsentwurf der Bundesregierung  für 2024 im Bundestag "
           "vorgestellt. Er sieht Einnahmen und Ausgaben in Höhe von 445,7 Milliarden Euro vor, knapp 31 Milliarden "
           "Euro weniger als im laufenden Jahr.",
           "In der Generaldebatte des Parlaments legte Bundeskanzler Scholz dann die Schwerpunkte dieses Haushaltes "
           "vor. Er nutze die Debatte, um den Deutschland-Pakt vorzustellen. Scholz lud dazu alle Kräfte in Bund, "
           "Ländern und Kommunen ein, Deutschland schneller, moderner und sicherer zu machen.",
           "Um Geschwindigkeit ging es auch in München bei der IAA Mobility. Mit Blick auf seine Sportverletzung vom "
           "Wochenende bekannte sich der Kanzler dazu: „ So schön Joggen ist, für manche Strecken nimmt man doch besser "
           "das Auto.“ In seiner Rede zur Eröffnung der IAA ging er auf die Mobilitätswende ein, die eine Teamaufgabe "
           "sei. Scholz würdigte aber auch die Autobranche. Für ihn stehe die internationale Wettbewerbsfähigkeit des "
           "Autolandes Deutschland völlig außer Frage. Es sei kein Zufall, dass in Europa fast jedes zweite und in "
           "China fast jedes fünfte Auto von deutschen Herstellern komme sowie Tesla sein Werk für Europa in "
           "Brandenburg errichtet habe.",
           "Themen der Woche",
           "Kanzler in Generaldebatte",
           "Deutschland-Pakt soll das Land schneller, moderner und sicherer machen",
           "„Tempo statt Stillstand, handeln statt aussitzen, Kooperation statt Streiterei“: Bundeskanzler Scholz hat "
           "in seiner Rede in der Generaldebatte im Deutschen Bundestag einen Deutschland-Pakt vorgeschlagen. Außerdem "
           "steht der Bundeshaushalt 2024 nach den Krisenjahren für einen solide finanzierten Staat."],
    quotes=[("„ So schön Joggen ist, für manche Strecken nimmt man doch besser das Auto.“", "Scholz"),
            ("„Tempo statt Stillstand, handeln statt aussitzen, Kooperation statt Streiterei“", "Scholz")],
    aliases={"Scholz": SCHOLZ})

add(id="ho17-breg-nl-2025-10-10",
    title="Bundesregierung aktuell",
    url=NL + "ausgabe-37-2025-oktober-10-2387890?view=renderNewsletterHtml",
    retrieved="same address (stored newsletter of 10 October 2025; " + BR_FURNITURE + "; the published mark sequence "
              "'hinaus.“.' kept (rule 20), the space after it at the end of the paragraph dropped; the section heading "
              "'Reformen und Investitionen', the caption 'Markus Söder, Bärbel Bas, Friedrich Merz und Lars Klingbeil.', "
              "the kicker 'Koalitionsausschuss', the headline 'Neuerungen für Verkehrsinfrastruktur, Rente und "
              "Grundsicherung' and the teaser 'Die Vorsitzenden … der Einführung der', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BREG,
    paras=["Newsletter 10. Oktober 2025",
           "Liebe Leserin, lieber Leser,",
           "die Bundesregierung reformiert das Bürgergeld, die Aktivrente tritt zum 1. Januar 2026 in Kraft und drei "
           "Milliarden Euro fließen zusätzlich in die Verkehrsinfrastruktur. Darauf hat sich der Koalitionsausschuss "
           "geeinigt, an dem Bundeskanzler Merz, Finanzminister Klingbeil, Arbeitsministerin Bas und Ministerpräsident "
           "Söder teilgenommen haben.",
           "Das Bürgergeldsystem wird zur Grundsicherung umgestaltet. Die Menschen sollen so schnell wie möglich in "
           "Arbeit kommen. Wer nicht mitwirkt, muss mit schärferen Sanktionen rechnen. Aktivrente heißt, dass "
           "Erwerbstätige nach Erreichen ihres Renteneintrittsalters bis zu 2000 Euro im Monat steuerfrei hinzuverdienen "
           "können. Bei der Verkehrsinfrastruktur ist die Botschaft des Kanzlers klar: „Alles, was baureif ist, wird "
           "gebaut.” Dies betreffe sowohl Schiene als auch Straße.",
           "Zur aktuellen Entwicklung in Israel und Gaza sagt der Bundeskanzler: „Nach über zwei Jahren Krieg in Gaza "
           "ist es nun gelungen, einen Waffenstillstand zu vereinbaren. Das ist eine gute Nachricht für die Menschen im "
           "Nahen Osten und weit darüber hinaus.“.",
           "Sein Dank gelte Präsident Trump für seine Friedens-Initiative, Katar, Ägypten und der Türkei für ihre "
           "Vermittlung und der israelischen Regierung, die den Weg zum Frieden frei gemacht hat. Nun brauche es eine "
           "schnelle Umsetzung. Deutschland werde den Prozess weiterhin unterstützen.",
           "Am kommenden Donnerstag wir der Bundeskanzler in einer Regierungserklärung über den anstehenden Europäischen "
           "Rat sprechen."],
    quotes=[("„Alles, was baureif ist, wird gebaut.”", "Merz"),
            ("„Nach über zwei Jahren Krieg in Gaza ist es nun gelungen, einen Waffenstillstand zu vereinbaren. Das ist "
             "eine gute Nachricht für die Menschen im Nahen Osten und weit darüber hinaus.“", "Merz")],
    aliases={"Merz": ["Merz", "Bundeskanzler Merz", "Bundeskanzler", "Kanzler"]})

# --- the newsletter as distributed by Public (publicnow.com, pubt.io, marketscreener.com) ---

PUBLIC_NOTE = ("Public's header lines 'German Federal Government' and '{d} | Press release | Distributed by Public on "
               "…' above the headline dropped as distribution furniture (rules 31, 100)")

add(id="ho17-public-nl-2024-08-23",
    title="Bundesregierung aktuell",
    url="https://publicnow.com/view/4E8614F71CA2AE45BE018B1DD44573B3311274F4",
    retrieved="same address (the newsletter of 23 August 2024 as distributed by Public, which names the German Federal "
              "Government as its publisher; " + PUBLIC_NOTE.format(d="08/23/2024") + "; the newsletter's first line "
              "begins with lower case after the salutation, which the copy leaves out, and is kept so; complete in the "
              "stored copy)",
    license=BREG_PUBLIC,
    paras=["die Newsletter-Sommerpause ist vorbei, da sind wir wieder. Das hat natürlich auch damit zu tun, dass der "
           "Bundeskanzler aus dem Urlaub zurück ist und sein politischer Kalender sich wieder füllt.",
           "Auf dem Stoppelmarkt im niedersächsischen Vechta warb Olaf Scholz für mehr Optimismus: \"Die allergrößte "
           "Gefahr für unser Land ist doch nicht, dass wir vor lauter guter Laune zu übermütig werden\". Die "
           "allergrößte Gefahr sei, dass Miesepeterigkeit, Missgunst und Zukunftsangst die Oberhand gewinnen, so der "
           "Bundeskanzler.",
           "Wenige Autobahnkilometer entfernt in Bremen nahm Scholz an einer Einbürgerungsfeier teil. Er gratulierte den "
           "neuen Staatsbürgerinnen und Staatsbürgern und ermutigte sie: \"Engagieren Sie sich\". Das stärke die "
           "Demokratie und das Land.",
           "Beim abendlichen KanzlerGespräch in der Hansestadt mit rund 150 Gästen sorgte sich eine Frau um das "
           "Miteinander, den Zusammenhalt. Olaf Scholz war sich sicher: Die meisten Menschen wären anständig und gäben "
           "sich Mühe, \"dass auch andere gut wegkommen\". Das müsse man sich klar machen. Sein Credo: \"Wir müssen "
           "miteinander stark sein.\"",
           "In der kommenden Woche besucht der Kanzler das Ruhrgebiet - genauer Castrop-Rauxel, Bochum und Marl. Dort "
           "möchte er mit Kleingärtnern beim Grillen ins Gespräch kommen und schaut sich zukunftsweisende Wirtschafts- "
           "und Forschungsprojekte an."],
    quotes=[("\"Die allergrößte Gefahr für unser Land ist doch nicht, dass wir vor lauter guter Laune zu übermütig "
             "werden\"", "Olaf Scholz"),
            ("\"Engagieren Sie sich\"", "Olaf Scholz"),
            ("\"dass auch andere gut wegkommen\"", "Olaf Scholz"),
            ("\"Wir müssen miteinander stark sein.\"", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho17-public-nl-2024-11-15",
    title="Bundesregierung aktuell",
    url="https://ebs.publicnow.com/view/46E294EB289BFB7CC58CC4F71AE3E3CBACA169DB",
    retrieved="same address (the newsletter of 15 November 2024 as distributed by Public; "
              + PUBLIC_NOTE.format(d="11/15/2024") + "; complete in the stored copy)",
    license=BREG_PUBLIC,
    paras=["Bundeskanzler Scholz hat am vergangenen Mittwoch im Bundestag angekündigt, am 11. Dezember die "
           "Vertrauensfrage zu beantragen. Dann könne der Bundestag am 16. Dezember darüber entscheiden. Mit der "
           "Vertrauensfrage wird der Weg geebnet, Neuwahlen im Februar 2025 zu ermöglichen.",
           "\"Lassen Sie uns zum Wohl des Landes bis zur Neuwahl zusammenarbeiten\", rief der Bundeskanzler zudem auf. "
           "Denn es gehe darum, verantwortungsvoll mit dieser Situation umzugehen, zum Wohle unseres Landes.",
           "Im aktuellen Videopodcast erläutert der Bundeskanzler, wo die Zusammenarbeit aktuell wichtig ist: etwa bei "
           "der Abmilderung der Kalten Progression und der Erhöhung von Kindergeld und Kinderzuschlag zum Jahresbeginn "
           "2025. Das Deutschland-Ticket sollte weiter finanziert werden. \"Und mir ist auch wichtig, das "
           "Bundesverfassungsgericht zu stärken, gegen Bedrohungen durch Extremisten und Populisten\", sagte der "
           "Bundeskanzler. Die Bundesregierung und der Bundestag arbeiten weiter bzw. seien handlungsfähig.",
           "Diese Woche blickt die Welt auch nach Baku: Dürren, Jahrhundertfluten und Hitzerekorde - die jüngsten "
           "Naturkatastrophen zeigen, dass die Weltgemeinschaft alles dafür tun muss, um die Ziele des Pariser "
           "Klimaabkommens in Reichweite zu halten. Darum geht es vom 11. bis zum 24. November 2024 bei der 29. "
           "Weltklimakonferenz COP29 in Aserbaidschan. Deutschland ist mit mehreren Ministerinnen und Ministern dort "
           "vertreten."],
    quotes=[("\"Lassen Sie uns zum Wohl des Landes bis zur Neuwahl zusammenarbeiten\"", "Scholz"),
            ("\"Und mir ist auch wichtig, das Bundesverfassungsgericht zu stärken, gegen Bedrohungen durch Extremisten "
             "und Populisten\"", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"]})

add(id="ho17-public-nl-2025-01-24",
    title="Bundesregierung aktuell",
    url="https://pubt.io/view/9F775D691C95F2C54F1AB5B911C826ABE884384C",
    retrieved="same address (the newsletter of 24 January 2025 as distributed by Public; "
              + PUBLIC_NOTE.format(d="01/24/2025") + "; the published missing space in 'Paris.\"Die Zeiten' kept (rule "
              "20); the last paragraph 'Am 27. Januar 1945 befreite die Rote Armee … Anlässlich', cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG_PUBLIC,
    paras=["\"Es bedrückt mich zutiefst, was in Aschaffenburg passiert ist und das wird noch lange so sein\", sagte der "
           "Kanzler auf X. Jetzt geht es darum, dass die Behörden mit Hochdruck aufklären, warum der Attentäter sich "
           "noch in Deutschland aufgehalten habe. \"Aus den gewonnenen Erkenntnissen müssen sofort Konsequenzen "
           "folgen\", betonte Scholz.",
           "Anlässlich des Jahrestags des Élysée-Vertrages war der Bundeskanzler diese Woche zu Besuch in Paris.\"Die "
           "Zeiten, die wir erleben, sind herausfordernd. Gerade in solchen Zeiten kommt es in Europa auf das "
           "deutsch-französische Paar an\", sagte der Bundeskanzler bei seinem Treffen mit Präsident Macron.",
           "\"Wir beide sind uns einig: Europa muss stark und widerstandsfähig sein in einer Welt, die, um es ganz "
           "vorsichtig auszudrücken, in Bewegung ist.\"",
           "Die USA haben einen neuen Präsidenten. Der Kanzler sagte aus diesem Anlass: \"Europa und die Vereinigten "
           "Staaten verbindet eine lange Geschichte der Freundschaft und Partnerschaft. Auf diesem stabilen Fundament "
           "bauen wir auch auf.\" Trump habe bereits eine Reihe von Entscheidungen getroffen bzw. angekündigt, die die "
           "europäischen Partner genau analysieren würden. \"Unsere Haltung dabei ist eindeutig: Europa ist ein großer "
           "Wirtschaftsraum mit rund 450 Millionen Bürgerinnen und Bürgern. Wir sind stark, wir stehen zusammen. Europa "
           "wird sich nicht ducken und verstecken, sondern ein konstruktiver und selbstbewusster Partner sein. Auf "
           "dieser Basis werden wir mit den USA und dem neuen amerikanischen Präsidenten gut zusammenarbeiten\", so der "
           "Bundeskanzler."],
    quotes=[("\"Es bedrückt mich zutiefst, was in Aschaffenburg passiert ist und das wird noch lange so sein\"",
             "Scholz"),
            ("\"Aus den gewonnenen Erkenntnissen müssen sofort Konsequenzen folgen\"", "Scholz"),
            ("\"Die Zeiten, die wir erleben, sind herausfordernd. Gerade in solchen Zeiten kommt es in Europa auf das "
             "deutsch-französische Paar an\"", "Scholz"),
            ("\"Wir beide sind uns einig: Europa muss stark und widerstandsfähig sein in einer Welt, die, um es ganz "
             "vorsichtig auszudrücken, in Bewegung ist.\"", "Scholz"),
            ("\"Europa und die Vereinigten Staaten verbindet eine lange Geschichte der Freundschaft und Partnerschaft. "
             "Auf diesem stabilen Fundament bauen wir auch auf.\"", "Scholz"),
            ("\"Unsere Haltung dabei ist eindeutig: Europa ist ein großer Wirtschaftsraum mit rund 450 Millionen "
             "Bürgerinnen und Bürgern. Wir sind stark, wir stehen zusammen. Europa wird sich nicht ducken und "
             "verstecken, sondern ein konstruktiver und selbstbewusster Partner sein. Auf dieser Basis werden wir mit "
             "den USA und dem neuen amerikanischen Präsidenten gut zusammenarbeiten\"", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho17-public-nl-2022-01-14",
    title=None,
    url="https://de.marketscreener.com/boerse-nachrichten/nachrichten/Bundesregierung-aktuell-37550017",
    retrieved="same address (the newsletter of 14 January 2022 as distributed by Public and shown by marketscreener.com, "
              "whose disclaimer reads 'German Federal Government published this content on 14 January 2022 and is solely "
              "responsible for the information contained therein. Distributed by Public, unedited and unaltered'; the "
              "stored copy begins with the newsletter's first sentence, lower case after the salutation it leaves out, "
              "and shows no headline, so that sentence is the first line (rules 18, 32); the attachment links "
              "('Attachments', 'Original Link', 'Original Document', 'Permalink') and the disclaimer dropped as "
              "distribution furniture (rule 100); the published typos 'wichtigste Vorhaben' and "
              "'Gesundheitesminister' kept (rule 20))",
    license=BREG_PUBLIC,
    paras=["von \"einer guten Woche für einen Neuanfang\" sprach Bundeskanzler Olaf Scholz, als er sich das erste Mal "
           "den Fragen der Abgeordneten im Deutschen Bundestag stellte. Denn auch alle Ministerinnen und Minister "
           "stellten ihre wichtigste Vorhaben vor - ein Novum. Bisher fand die sogenannte Regierungsbefragung immer nur "
           "mit der Kanzlerin beziehungsweise dem Kanzler statt.",
           "So sagte Finanzminister Lindner die Finanzpolitik werde noch immer von der Pandemie geprägt. Er wolle die "
           "in 2021 nicht genutzten Finanzmittel für den Kampf gegen die Corona-Pandemie in den Energie- und "
           "Klimafonds umschichten.",
           "Außenministerin Baerbock kündigte an, Klimaschutz auch in der Außenpolitik zu priorisieren. Zudem wolle sie "
           "eine \"Strategie für eine feministische Außenpolitik\" - gerade mit Blick auf Afghanistan.",
           "Gesundheitesminister Lauterbach warb für die Impfung. Es entscheide sich nun, \"ob das Coronavirus zu einem "
           "endemischen Virus mit geringer Sterblichkeit und mit wenig Leid und Tod werde.\"",
           "Wenn Sie wissen möchten, was alle Ministerinnen und Minister sich vorgenommen haben, schauen Sie bitte auf "
           "die Seiten der jeweiligen Ministerien."],
    quotes=[("\"einer guten Woche für einen Neuanfang\"", "Olaf Scholz"),
            ("\"Strategie für eine feministische Außenpolitik\"", "Baerbock"),
            ("\"ob das Coronavirus zu einem endemischen Virus mit geringer Sterblichkeit und mit wenig Leid und Tod "
             "werde.\"", "Lauterbach")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz"],
             "Baerbock": ["Baerbock", "Außenministerin Baerbock"],
             "Lauterbach": ["Lauterbach", "Gesundheitesminister Lauterbach"]})

# --- the newsletter and the news feed as reposted by other sites ---

PORTAL = ("the portal's own lines ('Nachricht | vom {d}', 'Bereich: Politik') and the empty table lines '|' dropped as "
          "repost furniture (rules 31, 100)")

add(id="ho17-repost-nl-2023-04-28",
    title="Bundesregierung aktuell",
    url="https://dh-aktuell.de/tools/14/mitteilung_show.php?mitteilung_id=100002658&redakteur_id=100002658&portal_id=3",
    retrieved="same address (the newsletter of 28 April 2023 as reposted under its name by the local portal dh-aktuell.de; "
              + PORTAL.format(d="28.04.2023") + "; the section heading 'Themen der Woche', the caption 'Bundeskanzler "
              "Olaf Scholz am steuer eines E-Busses der BVG:', the kicker 'Kanzler besucht Berliner Verkehrsbetriebe', "
              "the headline '„Die Zukunft unseres Landes wird elektrisch sein“' and its teaser 'Bundeskanzler Scholz hat "
              "… als einfaches, einheitliches und gut verständliches Angebot', cut off in the stored copy, dropped with "
              "the headline's quotation (rule 15))",
    license=BREG_REPOST,
    paras=["Liebe Leserinnen, liebe Leser,",
           "der Fliegerhorst Wunstorf ist Standort des Lufttransportgeschwaders 62. Wenn der Verteidigungsminister, die "
           "Außenministerin und etliche Bundestagsabgeordnete vor Ort sind, steht Großes an: Sie werden heute "
           "Nachmittag die letzten Rückkehrer aus dem Sudan in Empfang nehmen – die Soldatinnen und Soldaten, die die "
           "Rettungsmission mit hoher Professionalität, großer Umsicht und beeindruckender Effizienz „geschultert“ "
           "haben.",
           "Haben Sie auch ein Deutschlandticket für 49 Euro bestellt? Rund 750.000 neue Abos melden die "
           "Verkehrsunternehmen in Deutschland schon. Ob in Hamburg, Berlin, München oder bei der Fahrt mit dem Bus von "
           "Dorf zu Dorf – einfach einsteigen, ohne lokale Tarife zu studieren, wird mit diesem Ticket ab dem 1. Mai "
           "möglich. Bundeskanzler Scholz hat sich bei den Berliner Verkehrsbetrieben ein eigenes Bild gemacht, wie "
           "Nahverkehr heute aussieht und wo die Reise hingeht. So viel sei verraten, es wird elektrisch.",
           "Fische im Wasser, Schafe auf dem Deich und der plattdeutsche Strand – vor 38 Jahren hat der Schunkel-Hit "
           "„An der Nordsee-Küste“ ein einprägsames Landschaftsbild vermittelt. Heute käme wohl eine Strophe mit "
           "drehenden Windrädern hinzu. Denn die Bundesregierung will gemeinsam mit acht anderen europäischen Ländern "
           "die Nordsee als grünes Kraftwerk für Europa nutzen. Beim 2. Nordsee-Gipfel im belgischen Ostende betonte "
           "Kanzler Scholz das große Potenzial der Windenergie. Ziel ist eine Leistung von 120 Gigawatt bis 2030 und "
           "mindestens 300 Gigawatt bis 2050. Mehr in diesem Newsletter."],
    quotes=[("„geschultert“", None),
            ("„An der Nordsee-Küste“", None)],
    aliases={})

add(id="ho17-repost-nl-2022-11-25",
    title="Bundesregierung aktuell",
    url="https://dh-aktuell.de/tools/14/mitteilung_show.php?mitteilung_id=100002435&redakteur_id=100002435&portal_id=3",
    retrieved="same address (the newsletter of 25 November 2022 as reposted by dh-aktuell.de; "
              + PORTAL.format(d="25.11.2022") + "; the repost's title and the newsletter's own name line 'Bundesregierung "
              "aktuell' both kept, as the page shows them; the section heading 'Themen der Woche', the caption "
              "'Bundeskanzler bei seiner Haushaltsrede im Deutschen Bundestag.', the kicker 'Haushaltsrede des "
              "Bundeskanzlers', the headline '„Wir halten unser Land zusammen – und lassen niemanden zurück“' and the "
              "teaser '„Diese Bundesregierung redet nicht nur, sondern handelt“ – … hat seine Haushaltsrede genutzt, um', "
              "cut off in the stored copy, dropped with their two quotations (rule 15))",
    license=BREG_REPOST,
    paras=["Bundesregierung aktuell",
           "Newsletter 25. November 2022",
           "Liebe Leserinnen, liebe Leser,",
           "diese Woche stand ganz im Zeichen der Debatte über den Bundeshaushalt für das Jahr 2023. Bundeskanzler "
           "Scholz nutzte seine Rede im Deutschen Bundestag, um eine Bilanz der Regierungspolitik der vergangenen "
           "Monate zu ziehen. Fazit: Die Bundesregierung redet nicht nur, sie handelt. Die große Aufgabe sei es, das "
           "Land zukunftsfest zu machen. Krisenfest und winterfest sei Deutschland schon.",
           "Der Bundesrat hat heute zahlreichen Gesetzen zugestimmt, die die Bürger und Bürgerinnen in der schwierigen "
           "Zeit entlasten: Durch eine Wohngeldreform bekommen künftig mehr Haushalte mehr Geld. Von einem Gesetz zum "
           "Ausgleich der Inflation profitieren 48 Millionen Menschen in Deutschland und vielen Familien kommt das "
           "erhöhte Kindergeld von 250 Euro ab Januar 2023 zugute.",
           "Auch das Bürgergeld kommt. Ein Ziel der Reform ist, dass sich Menschen im Leistungsbezug stärker darauf "
           "konzentrieren können, sich weiterzubilden und eine Arbeit zu suchen.",
           "Zu guter Letzt: Eine 16 Meter hohe Fichte aus Brandenburg schmückt seit gestern den Ehrenhof des "
           "Kanzleramts. „Zum Glück gibt es Traditionen, die uns verbinden und auf ganz eigene Weise für "
           "Zusammengehörigkeit sorgen“, sagte der Kanzler bei der Übergabe. Um Energie zu sparen, wird der "
           "Weihnachtsbaum nur zwischen 16 und 20 Uhr beleuchtet.",
           "Wir wünschen allen Bürgerinnen und Bürger einen schönen ersten Advent und drücken unserer Deutschen "
           "Fußball-Nationalmannschaft am Sonntag die Daumen! Viel Erfolg!"],
    quotes=[("„Zum Glück gibt es Traditionen, die uns verbinden und auf ganz eigene Weise für Zusammengehörigkeit "
             "sorgen“", "Scholz")],
    aliases={"Scholz": SCHOLZ})

add(id="ho17-repost-nl-2023-03-31",
    title=None,
    url="https://dh-aktuell.de/tools/14/mitteilung_show.php?mitteilung_id=100002620&redakteur_id=100002620&portal_id=3",
    retrieved="same address (the Easter newsletter of spring 2023 ('frohe Ostern! Der nächste Newsletter erscheint am "
              "14. April') as reposted by dh-aktuell.de; the stored copy shows no headline and begins with the "
              "salutation, which is the first line (rule 32); the empty table lines '|' and the link '→ mehr erfahren' "
              "dropped (rule 100); the last item ('Staatsbesuch' / 'König Charles III. in Deutschland' / 'Drei Tage lang "
              "… und hielt eine Red'), cut off in the stored copy, dropped (rule 15))",
    license=BREG_REPOST,
    paras=["Liebe Leserinnen, liebe Leser,",
           "Deutschland wird modernisiert - und zwar mit Tempo! „Ob beim Heizen, beim Ausbau von Bahnstrecken oder "
           "Reparieren maroder Autobahnbrücken - wir werden zugewandte und pragmatische Lösungen finden\", sagte "
           "Bundeskanzler Scholz bei einer Regierungsbefragung im Deutschen Bundestag zu den Ergebnissen des "
           "Koalitionsausschusses.",
           "Erste Beschlüsse hat die Bundesregierung in diese Richtung gefasst: Deutschland wird ein modernes "
           "Einwanderungsland. Das Bundeskabinett beschloss am Mittwoch Gesetzentwürfe zur Fachkräfteeinwanderung: Die "
           "deutsche Wirtschaft braucht viele und gut qualifizierte Fachkräfte, auch aus dem Ausland.",
           "Gleichzeitig soll das Gesetz zur Weiterbildungsförderung Unternehmen und Beschäftigte fit machen für die "
           "sich verändernde Arbeitswelt mit neuen Technologien und Industriezweigen.",
           "Was es sonst noch gab? Drei Tage lang wehte royaler Glanz durch die Hauptstadt und Hamburg: Das britische "
           "Königpaar war zu Gast in Deutschland. Am Donnerstag trafen König Charles und Königin Gemahlin auch den "
           "Bundeskanzler.",
           "Und zu guter Letzt: Das Deutschlandticket kommt am 1. Mai: digital, bundesweit und monatlich kündbar.",
           "Die Newsletter-Redaktion wünscht allen Leserinnen und Lesern frohe Ostern! Der nächste Newsletter erscheint "
           "am 14. April.",
           "Regierungsbefragung",
           "„Wir machen Tempo“",
           "Die Bundesregierung will das Land modernisieren und das eingeleitete Reformprogramm weiter fortsetzen – zum "
           "Beispiel im Verkehrsbereich, bei den Energienetzen und der Klimawende. Wie genau? Darüber sprach "
           "Bundeskanzler Scholz bei der Regierungsbefragung im Bundestag."],
    quotes=[("„Ob beim Heizen, beim Ausbau von Bahnstrecken oder Reparieren maroder Autobahnbrücken - wir werden "
             "zugewandte und pragmatische Lösungen finden\"", "Scholz"),
            ("„Wir machen Tempo“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"]})

add(id="ho17-repost-nl-2023-03-17",
    title=None,
    url="https://landkreis-internet.de/tools/14/mitteilung_show.php?mitteilung_id=100002594&redakteur_id=100002594"
        "&portal_id=1",
    retrieved="same address (the newsletter of mid-March 2023 (Scholz's government statement before the European "
              "Council, Netanyahu's visit to Berlin) as reposted by the local portal landkreis-internet.de, which uses "
              "the same publishing system as dh-aktuell.de; the stored copy shows no headline and begins with the "
              "salutation (rule 32); the empty table lines '|' dropped (rule 100); the published 'wenn‘s' kept (rule 20); "
              "the item 'Regierungserklärung zum Europäischen Rat' / 'Deutschland kann Aufbruch und Umbruch, Tempo und "
              "Transformation' and its teaser, cut off in the stored copy ('… in Reaktion auf Russlands Krieg geg'), "
              "dropped with its quotation (rule 15))",
    license=BREG_REPOST,
    paras=["Liebe Leserinnen, liebe Leser,",
           "„Gemeinsam aufbrechen und anpacken, damit eine gute neue Zeit möglich wird\" statt „nostalgisch einer guten "
           "alten Zeit nachzutrauern“. Das war das Credo von Bundeskanzler Scholz in seiner Regierungserklärung zum "
           "Europäischen Rat. Die EU und Deutschland hätten bewiesen, dass sie Umbruch, Tempo und Transformation können, "
           "wenn‘s drauf ankommt. Deutschland habe in den vergangenen zwölf Monaten viel erreicht, daraus könne man "
           "Zuversicht schöpfen. Mit Blick auf den EU-Frühjahrsgipfel in der kommenden Woche forderte Scholz eine "
           "Stärkung des Binnenmarkts und der Wettbewerbsfähigkeit der EU.",
           "Greifen die Turbulenzen auf den Finanzmärkten auch auf Deutschland über? Die Bundesregierung beobachtet "
           "diese genau. Der Bundeskanzler sieht keine Gefahr einer neuen Finanzkrise. „Unser Geld- und Bankensystem "
           "ist deutlich stabiler als vor der letzten Finanzkrise, sagte er dem Handelsblatt. Das ganze Interview lesen "
           "Sie hier im Newsletter.",
           "Wir konnten in dieser Woche wieder miterleben, dass die Freundschaft zwischen Deutschland und Israel ein "
           "kostbares Geschenk ist. Israels Ministerpräsident Netanjahu war zu Besuch in Berlin. Scholz wies gegenüber "
           "seinem Gast aber auch darauf hin, dass die israelische Regierung auf Kritiker der Justizreform zugehen "
           "müsse. Die Unabhängigkeit der Justiz sei ein hohes demokratisches Gut, die Suche nach einem möglichst "
           "breiten gesellschaftlichen Konsens wichtig und richtig."],
    quotes=[("„Gemeinsam aufbrechen und anpacken, damit eine gute neue Zeit möglich wird\"", "Scholz"),
            ("„nostalgisch einer guten alten Zeit nachzutrauern“", "Scholz"),
            ("„Unser Geld- und Bankensystem ist deutlich stabiler als vor der letzten Finanzkrise", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler"]})

add(id="ho17-repost-feed-2023-02",
    title="Meldungen",
    url="https://www.christoph-winter.de/deutsche-bundesbank/termine-bundeskanzleramt/",
    retrieved="same address (the Federal Government's news feed of early February 2023 as reposted on a private site "
              "under 'Quellenangabe: Presse- und Informationsamt der Bundesregierung'; that source line and the Office's "
              "address 'Dorotheenstraße 84, 10117 Berlin' dropped as repost furniture, the section name 'Meldungen' is "
              "the first line (rules 18, 100); each item keeps its headline line with the site's date in brackets and "
              "its teaser as published; the links '>> mehr lesen' dropped; the last item 'Exzellente Beziehungen zu "
              "Lateinamerika weiter ausbauen (Tue, 31 Jan 2023)', whose teaser is cut off ('Mit den dre'), dropped "
              "(rule 15))",
    license=BREG_REPOST,
    paras=["„Die Krise hat gezeigt, wozu Deutschland in der Lage ist“ (So, 05 Feb 2023)",
           "Im Interview mit der Bild am Sonntag erklärt Bundeskanzler Scholz, wie sich Deutschland international "
           "abstimmt, um der Ukraine zu helfen. Außerdem erläutert der Kanzler, wie viele Windräder Deutschland in den "
           "nächsten Jahren bauen wird.",
           "„Wer vorprescht, handelt unverantwortlich“ (Sat, 04 Feb 2023)",
           "Vor dem Bürgerdialog im Lokschuppen am Donnerstagabend sprach die Oberhessische Presse (OP) mit "
           "Bundeskanzler Olaf Scholz über den Ukraine- Krieg, die Klimakrise und den Wirtschaftsstandort Deutschland.",
           "„Ich werde weiter mit Putin sprechen“ (Thu, 02 Feb 2023)",
           "Im hessischen Marburg hat sich Bundeskanzler Olaf Scholz den Fragen von Bürgerinnen und Bürgern gestellt. "
           "Beim fünften KanzlerGESPRÄCH sprach er unter anderem über Waffenlieferungen an die Ukraine, Diplomatie sowie "
           "über Energiepolitik und soziale Gerechtigkeit.",
           "Marburger Meilenstein für Biotechnologie (Thu, 02 Feb 2023)",
           "„Hier ist richtig Zukunft“, so fasste Bundeskanzler Olaf Scholz seine Eindrücke nach einem Rundgang am "
           "BioNTech-Produktionsstandort in Marburg zusammen. Dort hat das Unternehmen den Bau der ersten "
           "unternehmenseigenen Plasmid-DNA-Produktion fertiggestellt.",
           "„Man kann wirklich etwas erreichen“ (Thu, 02 Feb 2023)",
           "Neben der Schule Anträge schreiben, Reden halten, Diskussionen leiten: Lasse, Magdalena und Liam engagieren "
           "sich für die Interessen von Kindern und Jugendlichen in Marburg. Gleich, ob es um Sportplätze, Fußwege oder "
           "Schulen geht. Diesen Donnerstag besucht Bundeskanzler Scholz das KiJuPa Marburg."],
    quotes=[("„Die Krise hat gezeigt, wozu Deutschland in der Lage ist“", "Olaf Scholz"),
            ("„Wer vorprescht, handelt unverantwortlich“", "Olaf Scholz"),
            ("„Ich werde weiter mit Putin sprechen“", "Olaf Scholz"),
            ("„Hier ist richtig Zukunft“", "Olaf Scholz"),
            ("„Man kann wirklich etwas erreichen“", "Lasse")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Bundeskanzler Olaf Scholz",
                             "Bundeskanzler", "Kanzler"],
             "Lasse": ["Lasse", "Magdalena", "Liam", "Lasse, Magdalena und Liam"]})
