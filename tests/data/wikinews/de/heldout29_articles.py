# Twenty-ninth held-out German real-news set (tests/data/heldout29-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-155 and the new rules of this set, 157-158). None of these pages is in any tests/data/*.jsonl
# (checked by URL, PK/OTS number, newsletter number and title against every file in tests/data, and by an 8-word overlap
# search against the texts of all sets: no shared window). The annotation was finished and committed before whosaid was run
# on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Twenty-ninth held-out set": releases of the Austrian Parliament's
# Parlamentskorrespondenz (four on OTS, one on parlament.gv.at, one reposted by the Österreich Journal), texts of the German
# Federal Government (a bundeskanzler.de article under its old host name bundeskanzlerin.de, and two stored versions of the
# Government's news feed as reposted by christoph-winter.de), a news page of the European Commission's Representation in
# Germany and one issue of its newsletter. The stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_REPOST, EU, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


add(id="ho29-pk-oej-2016-kraker-rechnungshofausschuss",
    title="Erfolg der Rechnungshofkontrolle von Entscheidungen des Gesetzgebers abhängig",
    url="http://oe-journal.at/Aktuelles/!2016/0916/W2/31509pkKraker.htm",
    retrieved="same address (the Parlamentskorrespondenz's release, dateline 'Wien (pk)', as reposted by the Österreich "
              "Journal (rule 31); the stored copy wraps its lines at a fixed width: the wraps are joined with one space, "
              "and a paragraph break is kept only where a line ends a sentence and the next opens a new one (as in "
              "heldout21/heldout28); the subheading 'Kraker: Prüfarbeit ist Teamarbeit' and the paragraph after it, cut "
              "off in the stored copy, dropped (rule 15); the published 'der neue Rechnungshofpräsidentin' kept (rule 20))",
    license=PK,
    paras=['Wien (pk) - Ihren ersten Auftritt im Rechnungshofausschuss des Nationalrats hat Margit Kraker, seit Juli '
           'Präsidentin des Rechnungshofs (RH), am 14.09. absolviert. In einer Aussprache mit den Abgeordneten sagte sie '
           'wie schon bei ihrem parlamentarischen Hearing im Vorfeld der RH-Präsidentenwahl (siehe Parlamentskorrespondenz '
           'Nr. 634), der Rechnungshof soll als Reformmotor im Staat wirken. Einen echten Mehrwert - "Erfolg durch Kontrolle" '
           '- erhielten die RH-Empfehlungen aber erst durch die parlamentarischen Entscheidungen; daher seien die '
           'Abgeordneten auch in der öffentlichen Kommunikation ihre erste Anlaufstelle. "Eine gute, kooperative Arbeit mit '
           'Ihnen ist wichtig", unterstrich Kraker im Ausschussgremium. Zur zeitnahen Behandlung von Rechnungshofberichten '
           'schlug sie unter anderem vor, die Stellungnahmefristen der geprüften Stellen auf sechs Wochen zu verkürzen und '
           'thematische Einzelberichte anstatt von Sammelberichten vorzulegen, worin sie Unterstützung bei sämtlichen '
           'Fraktionen fand.',
           'Generell boten die MandatarInnen der neue Rechnungshofpräsidentin einen freundlichen Empfang in ihrem Kreis und '
           'erklärten durchwegs ihre Kooperationsbereitschaft, wenn auch die Opposition Krakers Haltung gegenüber der '
           'Regierung hinsichtlich Reformen hinterfragte. Laut Kraker hat der Rechnungshof "die Reformbereitschaft des '
           'Staates, aller Stellen", zu unterstützen; zur Umsetzung brauche es häufig eine Zweidrittel-Mehrheit im '
           'Nationalrat, auch die Oppositionsparteien seien hier also gefragt.'],
    quotes=[('"Erfolg durch Kontrolle"', "Margit Kraker"),
            ('"Eine gute, kooperative Arbeit mit Ihnen ist wichtig"', "Margit Kraker"),
            ('"die Reformbereitschaft des Staates, aller Stellen"', "Margit Kraker")],
    aliases={"Margit Kraker": ["Margit Kraker", "Kraker", "Rechnungshofpräsidentin"]})

add(id="ho29-pk-2019-250-kraker-taetigkeitsbericht",
    title="Parlamentskorrespondenz Nr. 250 vom 13.03.2019",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2019/PK0250/",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the paragraph 'Der aktuelle Prüfu…', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=['RH-Präsidentin Kraker im Rechnungshofausschuss: Qualitativ hochwertige Kontrolle braucht entsprechende '
           'Ressourcen',
           'Tätigkeitsbericht 2018 verweist auf Bemühungen um bessere Vermittlung der Prüftätigkeit des Rechnungshofs',
           'Wien (PK) – Einstimmig nahm der Rechnungshofausschuss heute den Tätigkeitsbericht 2018 des Rechnungshofs zur '
           'Kenntnis. Darin informiert Rechnungshofpräsidentin Margit Kraker über die Prüfungen des Vorjahres – insgesamt 91 '
           'an der Zahl – sowie über die gegenwärtigen Arbeitsschwerpunkte. Im Ausschuss wies Kraker darauf hin, dass ab '
           '2020 der Budgetrahmen nicht mehr ausreiche, um alle Vorhaben umzusetzen. Für eine qualitativ hochwertige '
           'Kontrolle brauche das Prüforgan auch entsprechende finanzielle und personelle Ressourcen, gab die Präsidentin '
           'des Rechnungshofs zu bedenken.',
           'Vor Beginn der Debatte bat Ausschussvorsitzende Irmgard Griss um eine Gedenkminute für die kürzlich verstorbene '
           'ehemalige Abgeordnete Gabriela Moser. Sie war von November 2013 bis November 2017 Obfrau des '
           'Rechnungshofausschusses. Moser sei eine Frau gewesen, die stets für ihre Überzeugungen eingestanden und als '
           'Politikerin ihr ein persönliches Vorbild gewesen sei, sagte Griss.',
           'Rechnungshof will Bürgernutzen deutlicher sichtbar machen',
           'Der Rechnungshof verfügte mit Stand 1. Dezember 2018 über 311 Mitarbeiterinnen und Mitarbeiter, wobei der Anteil '
           'der Prüferinnen und Prüfer 81,3%, der Frauenanteil 48,7% ausmachte. Mit der neuen Strategie für den '
           'Prüfzeitraum 2018-2028 "Wir prüfen. Unabhängig und objektiv für Sie" konzentriere sich der Rechnungshof in '
           'seiner Ausrichtung vor allem auf die Erhöhung der Transparenz über den Einsatz öffentlicher Mittel, auf die '
           'Steigerung der Wirksamkeit des öffentlichen Mitteleinsatzes, die Schärfung des Bewusstseins für Gleichstellung '
           'und Diversität sowie die Intensivierung der Kooperation mit anderen Kontrolleinrichtungen, erläuterte Kraker.'],
    quotes=[('"Wir prüfen. Unabhängig und objektiv für Sie"', None)],
    aliases={})

add(id="ho29-pk-ots-2013-prammer-ehrenzeichen",
    title="Hohe Ehrenzeichen für verdiente Nationalratsabgeordnete",
    url="https://www.ots.at/presseaussendung/OTS_20130702_OTS0218/hohe-ehrenzeichen-fuer-verdiente-nationalratsabgeordnete",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 2 July 2013, dateline 'Wien (PK)'; "
              "the stored copy's date prefix ' date 2018-03' dropped (rule 63); the subtitle kept as its own line; the "
              "published 'neun weitere Mitgliedern' kept (rule 20); the end mark '(Schluss) keg' and the note after it "
              "('Ausführliche biographische Angaben finden Sie auf www.parlament.gv.at in der Rubrik \"Wer ist wer\".') "
              "dropped as furniture after the end of the release (rule 48); otherwise complete in the stored copy)",
    license=PK,
    paras=['Prammer würdigt neun MandatarInnen',
           'Wien (PK) - Nationalratspräsidentin Barbara Prammer überreichte heute neun weitere Mitgliedern des Nationalrats '
           'hohe Orden, die ihnen vom Bundespräsidenten für ihre Verdienste um die Republik Österreich verliehen worden '
           'waren. Mit dem Großen Silbernen Ehrenzeichen mit dem Stern wurde Christoph Matznetter ausgezeichnet. Das Große '
           'Goldene Ehrenzeichen erhielten Sonja Ablinger, Ulrike Königsberger-Ludwig, Kai Jan Krainer, Hermann Krist und '
           'Rosemarie Schönpass. Dietmar Keck, Walter Schopf sowie Erwin Spindelberger wurde das Große Silberne '
           'Ehrenzeichen überreicht (alle SPÖ). Für den musikalischen Rahmen sorgte die Harfenistin Christine Buchberger.',
           '"Zehn Jahre Mitglied im Nationalrat oder in einer gesetzgebenden Körperschaft zu sein, ist eine lange Zeit" hob '
           'Prammer anlässlich der Überreichung hervor und freute sich neben den Ausgezeichneten auch SPÖ-Klubobmann Josef '
           'Cap und Angehörige der MandatarInnen begrüßen zu können. Prammer betonte in diesem Zusammenhang, wie wichtig '
           'die "Rückendeckung" von Angehörigen, Freunden und parlamentarischen MitarbeiterInnen in der politischen Arbeit '
           'ist. In ihrer Laudatio nutzte die Präsidentin die Gelegenheit, um ausführlich auf die Biografie jedes '
           'einzelnen Ehrengastes einzugehen.',
           'Im Namen der Geehrten sprach Abgeordneter Christoph Matznetter die Dankesworte, wobei er ausführte, dass die '
           'Motivation in der politischen Arbeit darin bestehe, die Welt ein bisschen besser zu machen. Darum müsse man '
           'sich jeden Tag in der Politik bemühen, sagte Matznetter.'],
    quotes=[('"Zehn Jahre Mitglied im Nationalrat oder in einer gesetzgebenden Körperschaft zu sein, ist eine lange Zeit"',
             "Barbara Prammer"),
            ('"Rückendeckung"', "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer", "Prammer", "Präsidentin"]})

add(id="ho29-pk-ots-2006-khol-buchpraesentation",
    title="Österreich in Anekdoten Buchpräsentation im Hohen Haus",
    url="https://www.ots.at/presseaussendung/OTS_20061013_OTS0196/oesterreich-in-anekdoten-buchpraesentation-im-hohen-haus",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 13 October 2006, dateline 'Wien "
              "(PK)'; headline and subtitle run together in the stored copy and are kept so (rules 18, 48); the third "
              "paragraph 'Nach einführenden Worten von Barbara Köszegi …', cut off in the stored copy, and everything after "
              "it dropped (rule 15))",
    license=PK,
    paras=['Wien (PK) - Nationalratspräsident Andreas Khol lud heute Nachmittag zur Präsentation eines neuen Buches ins '
           'Hohe Haus. Die beiden Journalisten Dieter Kindermann und Gerhard Vogl trugen eine erkleckliche Menge Anekdoten '
           'aus mehreren Jahrzehnten zusammen und stellen diese in ihrem Werk "Politik aus nächster Nähe. Österreichs '
           'Geschichte in Geschichten" der Öffentlichkeit vor. An der Präsentation des Bandes nahm ein ebenso zahlreiches '
           'wie illustres Publikum teil.',
           'Khol meinte, es sei eines der Privilegien des Nationalratspräsidenten, Bücher aussuchen und vorstellen zu '
           'können, und es freue ihn, nun dieses Buch als letztes vor Beendigung seiner Amtszeit zu präsentieren. Das Buch '
           'erinnere ihn, und dies sei als großes Kompliment gedacht, an die "Tante Jolesch" von Friedrich Torberg, das '
           'den Untergang einer Epoche in Anekdoten darstelle. Kindermann und Vogl hingegen demonstrierten anschaulich das '
           'österreichische politische System in Anekdoten. Der Nationalratspräsident würdigte die beiden Herausgeber und '
           'gab sich als begeisterter Leser der sechs veröffentlichten Bücher von Gerhard Vogl zu erkennen. Dieter '
           'Kindermann wiederum sei für seine ausgezeichneten Reportagen bekannt und er, Khol, hoffe, dass diese noch '
           'einmal in Buchform erscheinen werden, denn das sei "Zeitgeschichte in höchster Qualität".'],
    quotes=[('"Politik aus nächster Nähe. Österreichs Geschichte in Geschichten"', None),
            ('"Tante Jolesch"', None),
            ('"Zeitgeschichte in höchster Qualität"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol", "Nationalratspräsident"]})

add(id="ho29-pk-ots-2013-fragestunde-heinisch-hosek",
    title="Wien (PK) - In der heutigen Fragestunde des Nationalrats kündigte Frauenministerin Gabriele Heinisch-Hosek die "
          "Erstellung eines Aktionsplans an, um Gewalt gegen Frauen weiter einzudämmen. Die vorgezogenen Anhebung des "
          "Pensionsalters für Frauen lehnte sie einmal mehr dezidiert ab. Sie wollte sich auch nicht dem Wunsch der ÖVP "
          "anschließen, für jedes Kind und unabhängig vom Geburtsjahr der Mutter vier Jahre Kindererziehungszeit pro Kind "
          "als pensionsbegründend anzurechnen.",
    url="https://www.ots.at/presseaussendung/OTS_20130613_OTS0199/heinisch-hosek-nein-zu-frueherer-anhebung-des-frauenpensionsalters",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 13 June 2013 on the Fragestunde, "
              "dateline 'Wien (PK)'; the stored copy begins with the first paragraph, without headline, so the first "
              "paragraph is the first line (rule 32); the published 'Die vorgezogenen Anhebung' kept (rule 20); the "
              "paragraph 'Abgeordneter Gisela WURM teilte sie mit, …', cut off in the stored copy, and everything after it "
              "dropped (rule 15))",
    license=PK,
    paras=['Am Beginn der Sitzung wurde Michael EHMANN (S) als neuer Abgeordneter angelobt, da SPÖ-Mandatarin Heidrun '
           'SILHAVY (S) auf ihr Mandat verzichtet hat.',
           'Frage der Abgeordneten Gisela WURM (S): Welchen Handlungsbedarf sehen Sie in Österreich aufgrund der '
           'Ratifizierung der Europaratskonvention gegen Gewalt an Frauen und häusliche Gewalt?',
           'Antwort: Ein entsprechender Ministerratsbeschluss wurde letzten Dienstag gefasst, informierte Bundesministerin '
           'Gabriele HEINISCH-HOSEK, die Ratifizierung der Europaratskonvention könne daher zeitgerecht erfolgen. Generell '
           'sei Österreich, was die Gewaltschutzgesetzgebung betrifft, sehr gut aufgestellt. Einen gewissen '
           'Handlungsbedarf sah die Ministerin noch hinsichtlich der Zusammenfassung von Daten und der Zusammenführung von '
           'Strategien. Aus diesem Grund sei auch eine Koordinierungsstelle in ihrem Ressort eingerichtet worden, der u.a. '
           'die Aufgabe zukommt, einen gemeinsamen Aktionsplan betreffend "Gewalt gegen Frauen" vorzubereiten.'],
    quotes=[('"Gewalt gegen Frauen"', None)],
    aliases={})

add(id="ho29-pk-ots-2017-frauen-im-parlament",
    title='"Frauen im Parlament" - kostenlose Spezialführungen rund um den Internationalen Frauentag',
    url="http://www.ots.at/presseaussendung/OTS_20170303_OTS0035/frauen-im-parlament-kostenlose-spezialfuehrungen-rund-um-den-internationalen-frauentag",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 3 March 2017, dateline 'Wien (PK)'; "
              "the subtitle kept as its own line, with its published 'Baumeisterinnnen' (rule 20); the subheading "
              "'Österreich als Vorreiter' kept as its own line; the paragraph 'Details zu den Pionierinnen der ersten "
              "Stunde …', cut off in the stored copy, and everything after it dropped (rule 15))",
    license=PK,
    paras=['Veranstaltung "Baumeisterinnnen der Republik" am 7. März 2017',
           'Wien (PK) - Im Zeitraum vom 8. bis 18. März 2017 werden täglich kostenlose Spezialführungen zum Schwerpunkt '
           '"Frauen im Parlament" angeboten. Speziell hervorgehoben werden die Biographien der vier Politikerinnen Grete '
           'Rehor, Hertha Firnberg, Freda Meissner-Blau und Barbara Prammer, die auch bei der Veranstaltung am 7. März '
           '"Baumeisterinnen der Republik" im Zentrum stehen.',
           'Bei dieser Führung wird unter anderem Wissenswertes über die ersten österreichischen Parlamentarierinnen '
           'geboten, zum Beispiel dass bei der konstituierenden Sitzung am 4. März 1919 acht Frauen als Abgeordnete in den '
           'Nationalrat einzogen - von damals insgesamt 170 Abgeordneten. Diese Pionierinnen waren: Anna Boschek, '
           'Hildegard Burjan, Emmy Freundlich, Adelheid Popp, Gabriele Proft, Therese Schlesinger, Amalie Seidel und Maria '
           'Tusch.',
           'Österreich als Vorreiter',
           '1927 übernahm die erste Frau weltweit den Vorsitz einer parlamentarischen Kammer. Die christlich-soziale Olga '
           'Rudel-Zeynek rief mit der Übernahme des Vorsitzes des Bundesrats viel Interesse bei in- und ausländischer '
           'Medien hervor. Sie führte ihr Amt von Anfang an sehr souverän und kümmerte sich vor allem um soziale Belange.'],
    quotes=[('"Frauen im Parlament"', None, 0),
            ('"Baumeisterinnnen der Republik"', None),
            ('"Frauen im Parlament"', None, 1),
            ('"Baumeisterinnen der Republik"', None)],
    aliases={})

# --- German Federal Government: bundeskanzler.de and its news feed as reposted by christoph-winter.de ---

FEED_NOTE = ("the Federal Government's news feed ('Meldungen') as reposted on a private site; the same site's copy of the "
             "feed under /deutsche-bundesbank/termine-bundeskanzleramt/ (heldout17) names its source 'Quellenangabe: "
             "Presse- und Informationsamt der Bundesregierung'; this page shows no source line in the stored copy, the "
             "teasers are the Government's feed texts (inference written here so that the main session can drop the "
             "document, rule 39); the section name 'Meldungen' is the first line (rules 18, 100); each item keeps its "
             "headline line with the site's date in brackets and its teaser as published; the links '>> mehr lesen' / "
             "'>> Read More' dropped. The address was stored in two versions with different stretches of the feed; both "
             "are used, as two documents, because they share no item (rule 93: no text is in two documents)")

SCHOLZ = ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Bundeskanzler Olaf Scholz", "Kanzler Scholz"]

add(id="ho29-repost-feed-2024-07",
    title="Meldungen",
    url="https://www.christoph-winter.de/nachrichten/bundeskanzleramt/",
    retrieved="same address, version of July 2024 (" + FEED_NOTE + "; the last item 'Mehr Schutz für Kinder und "
              "Jugendliche (Wed, 19 Jun 2024)', whose teaser is cut off ('… weiter verbes'), dropped (rule 15))",
    license=BREG_REPOST,
    paras=["Bereit für Olympia (Mi, 17 Jul 2024)",
           "Nach den sportlichen Erfolgen im vergangenen Jahr hat Bundeskanzler Olaf Scholz die "
           "Basketball-Nationalmannschaften der Männer und Frauen im Kanzleramt begrüßt. Scholz würdigte die Leistung der "
           "Teams und sprach mit ihnen über die Vorbereitung für Olympia.",
           "Zeichen der Einheit und Entschlossenheit (Fri, 12 Jul 2024)",
           "Die NATO besteht seit 75 Jahren: In Washington, D.C. haben die Mitgliedsstaaten das mit einem Gipfel "
           "gefeiert. „75 Jahre NATO sind 75 Jahre Sicherheit, Stabilität und Frieden“, so Kanzler Scholz.",
           "„Dafür stehe ich als Kanzler“ (Wed, 03 Jul 2024)",
           "Im Plenum des Bundestages stellte sich Bundeskanzler Scholz den Fragen der Abgeordneten. Unter anderem "
           "kündigte er den Haushaltsentwurf für Juli an, sprach über den Wachstumsturbo und betonte, dass Deutschland "
           "nicht Kriegspartei in der Ukraine wird.",
           "„Europa ist für Deutschland zentrale Aufgabe“ (Wed, 26 Jun 2024)",
           "„Wir haben klare Prioritäten: Sicherheit, Zusammenhalt und Wachstum.“ Das sagte Bundeskanzler Olaf Scholz in "
           "seiner Regierungserklärung über den Haushalt 2025. Außerdem ging er auf die europäischen und internationalen "
           "Herausforderungen ein.",
           "Deutschland steht an der Seite Israels – und setzt sich für eine Deeskalation ein (Tue, 25 Jun 2024)",
           "Zwei Mal wurde Israel in kürzester Zeit angegriffen. Die Lage im Nahen Osten droht zu eskalieren. "
           "Bundeskanzler Scholz versichert: Deutschland steht an der Seite Israels. Zugleich steht die humanitäre Lage im "
           "Gazastreifen weiter im Mittelpunkt. Ein Überblick, wie Deutschland diplomatisch und humanitär hilft."],
    quotes=[("„75 Jahre NATO sind 75 Jahre Sicherheit, Stabilität und Frieden“", "Olaf Scholz"),
            ("„Dafür stehe ich als Kanzler“", "Olaf Scholz"),
            ("„Europa ist für Deutschland zentrale Aufgabe“", "Olaf Scholz"),
            ("„Wir haben klare Prioritäten: Sicherheit, Zusammenhalt und Wachstum.“", "Olaf Scholz")],
    aliases={"Olaf Scholz": SCHOLZ})

add(id="ho29-repost-feed-2024-02",
    title="Meldungen",
    url="https://www.christoph-winter.de/nachrichten/bundeskanzleramt/",
    retrieved="same address, version of February 2024 (" + FEED_NOTE + "; the last item '„Ohne Sicherheit ist alles "
              "andere nichts“ (Sat, 17 Feb 2024)', whose teaser is cut off ('Das Abschreckungspotenzial der NATO'), "
              "dropped with its headline quotation (rule 15))",
    license=BREG_REPOST,
    paras=["„Viele Blockaden sind jetzt weg“ (Thu, 29 Feb 2024)",
           "Taurus, Israel, Migrationspolitik oder wie geht es weiter mit der Wirtschaft in Deutschland? Beim "
           "KanzlerGESPRÄCH in Dresden hatten die Bürgerinnen und Bürger viele unterschiedliche Fragen an Olaf Scholz.",
           "„Wir brauchen auch in 30 Jahren noch gute Arbeitsplätze“ (Thu, 29 Feb 2024)",
           "Bundeskanzler Scholz hat bei seinem Besuch der Elbe Flugzeugwerke in Dresden die Bedeutung von Aus- und "
           "Weiterbildung hervorgehoben. Zudem brauche Deutschland Arbeitskräfte aus anderen Ländern, so der Kanzler.",
           "Basketball-Nationaltrainer Herbert im Bundeskanzleramt (Wed, 28 Feb 2024)",
           "Im vergangenen Herbst hat die deutsche Basketball-Nationalmannschaft erstmals den WM-Titel geholt. In einem "
           "persönlichen Gespräch mit Nationaltrainer Gordon Herbert hat Bundeskanzler Scholz nochmals diese "
           "herausragende Leistung gewürdigt.",
           "Die Transformation ist das „Projekt der Zukunft“ (Wed, 28 Feb 2024)",
           "Die Expertenkommission Forschung und Innovation (EFI) hat Bundeskanzler Scholz ihr Jahresgutachten 2024 "
           "übergeben. Darin mahnt EFI, Deutschlands langfristige Transformationsorientierung nicht aus den Augen zu "
           "verlieren.",
           "EU verschärft Sanktionen gegen Russland (Mon, 26 Feb 2024)",
           "Zum zweiten Jahrestag des russischen Angriffs auf die Ukraine haben die EU-Mitgliedstaaten das 13. "
           "Sanktionspaket gegen Russland beschlossen. Damit will die Gemeinschaft ein Zeichen setzen und weitere "
           "russische Vermögenswerte in der EU einfrieren.",
           "Freunde der Freiheit unterstützen Ukraine (Tue, 20 Feb 2024)",
           "Beim traditionellen Matthiae-Mahl in Hamburg bekräftigte Kanzler Scholz abermals Deutschlands Solidarität mit "
           "der Ukraine und den Verbündeten der NATO. In Anwesenheit der estnischen Ministerpräsidentin Kallas sagte er: "
           "„Sicherheit in der NATO ist unteilbar.“"],
    quotes=[("„Viele Blockaden sind jetzt weg“", "Olaf Scholz"),
            ("„Wir brauchen auch in 30 Jahren noch gute Arbeitsplätze“", "Olaf Scholz"),
            ("„Projekt der Zukunft“", "Expertenkommission Forschung und Innovation"),
            ("„Sicherheit in der NATO ist unteilbar.“", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Kanzler Scholz"],
             "Expertenkommission Forschung und Innovation": ["Expertenkommission Forschung und Innovation", "EFI"]})

add(id="ho29-bk-2024-handwerksmesse",
    title="Bundeskanzler Scholz im Gespräch mit Wirtschaft und Handwerk An einer guten Zukunft mitbauen",
    url="https://www.bundeskanzlerin.de/bk-de/aktuelles/handwerksmesse-muenchen-2263148",
    retrieved="same address (stored page of bundeskanzler.de under its old host name; the title line 'An einer guten "
              "Zukunft mitbauen' and the navigation ('Bundeskanzler ⏐ Startseite', 'Olaf Scholz', 'Aktuelles', "
              "'Kanzleramt', 'Mediathek', 'Service') dropped, the kicker and headline run together in one line are the "
              "first line as stored (rule 150); the trailing space after the headline dropped; the photo captions "
              "'Bundeskanzler Olaf Scholz beim Besuch der Handwerksmesse in München.' and 'Kanzler Scholz auf "
              "Messerundgang: Zentrales Anliegen der Bundesregierung ist es, den Wirtschaftsstandort Deutschland zu "
              "stärken.' with the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the double space after the "
              "quotation's closing mark kept (rule 20); the paragraph 'Bei der Pressekonferenz nannte der Bundeskanzler "
              "die umfassenden Schritte der Bundesregierung für mehr Wachstum und Wettbewerbsfähigkeit der Wirtschaft:' "
              "and its list, whose first item is cut off in the stored copy ('Das Wachstumschancengesetz rege gezielt "
              "Investitionen von'), dropped (rule 15))",
    license=BREG,
    paras=["Handwerk ist ein Zukunftsberuf – das hat Bundeskanzler Scholz bei der Handwerksmesse in München betont. Zuvor "
           "hatte er beim Spitzengespräch der Deutschen Wirtschaft unterstrichen, dass es für die Bundesregierung zentral "
           "sei, den Wirtschaftsstandort Deutschland zu stärken.",
           "„Ich hoffe, dass möglichst viele junge Frauen und Männer sich dafür entscheiden, eine Ausbildung im Handwerk "
           "zu wählen, einen guten Lebensunterhalt zu verdienen und dann an einer guten Zukunft mitzubauen.“  "
           "Bundeskanzler Olaf Scholz hat sich bei seinem Messerundgang auf der 75. Internationale Handwerksmesse in "
           "München begeistert gezeigt von der Vielfalt der Innovationen, wie etwa von Dachziegeln mit integrierten "
           "Solarzellen oder von KI-gestützten Agrar-Robotern. Bei der Handwerksmesse zeige sich, dass das Handwerk ein "
           "Zukunftsberuf ist, unterstrich der Kanzler.",
           "Die Bundesregierung stärkt gezielt Wachstum und Wettbewerbsfähigkeit",
           "Vor dem Besuch auf der Handwerksmesse hatte sich der Bundeskanzler beim jährlichen Spitzengespräch der "
           "Deutschen Wirtschaft mit den vier Spitzenverbänden der Deutschen Wirtschaft BDI, BDA, DIHK und ZDH "
           "ausgetauscht. Dieses jährliche Treffen sei ein guter Ort für eine konstruktive Debatte über die Zukunft "
           "unseres Landes, sagte Scholz im Anschluss."],
    quotes=[("„Ich hoffe, dass möglichst viele junge Frauen und Männer sich dafür entscheiden, eine Ausbildung im Handwerk "
             "zu wählen, einen guten Lebensunterhalt zu verdienen und dann an einer guten Zukunft mitzubauen.“",
             "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Scholz", "Bundeskanzler Scholz", "Bundeskanzler Olaf Scholz",
                             "Bundeskanzler", "Kanzler"]})

# --- European Commission, Representation in Germany: a news page and two issues of its newsletter ---

add(id="ho29-eucom-2020-09-08-vestager-konjunkturprogramm",
    title="Vestager in Berlin: Deutsches Konjunkturprogramm kann Lokomotive für Europa werden",
    url="https://germany.representation.ec.europa.eu/news/vestager-berlin-deutsches-konjunkturprogramm-kann-lokomotive-fur-europa-werden-2020-09-08_de",
    retrieved="same address (stored page of 8 September 2020; the page header lines 'Zum Hauptinhalt', 'Vertretung in "
              "Deutschland' and 'Presseartikel8. September 2020Vertretung in DeutschlandLesedauer: 2 Min' dropped (as in "
              "heldout3); the teaser keeps its published '...'; the fourth paragraph 'Entscheidend sei, dass alle Hilfen "
              "notwendig und verhältnismäßig sind. „Das Problem ist: …', cut off inside its quotation in the stored copy, "
              "dropped (rule 15))",
    license=EU,
    paras=["Exekutiv-Vizepräsidentin Margrethe Vestager hat im Interview mit dem Handelsblatt erläutert, wie die "
           "EU-Wettbewerbsaufsicht die Corona-Hilfen der Mitgliedstaaten zügig durchprüft. Im deutschen "
           "Konjunkturprogramm sieht sie eine Chance für Europa...",
           "Viele der deutschen Programme wurden noch gar nicht bei der Europäischen Kommission zur Prüfung angemeldet. "
           "„Wir reden erst in einer frühen Phase miteinander. Und das ist auch verständlich, schließlich ist das "
           "Konjunkturprogramm eine gigantische Kraftanstrengung der Bundesregierung und hochkomplex“, sagte Vestager. "
           "„Unsere Rolle als Wettbewerbshüter ist immer die gleiche: sicherzustellen, dass die Maßnahmen notwendig und "
           "verhältnismäßig sind, die Steuerzahler also nicht mehr bezahlen als unbedingt nötig.“",
           "„Wir brauchen derzeit im Mittel 13 Tage von der Anmeldung bis zur Genehmigung - das ist Lichtgeschwindigkeit "
           "für die Beihilfenkontrolle. Ob ein Mitgliedstaat ein Programm anmeldet oder nicht, ist in erster Linie seine "
           "Entscheidung. Als Faustregel gilt: Je selektiver die Hilfen fließen, desto eher ist es ein Fall für uns. "
           "Deshalb prüfen wir allgemeine Maßnahmen wie Kurzarbeit oder die Mehrwertsteuersenkung auch nicht. Kompliziert "
           "wird es dann, wenn es um das Zusammenspiel unterschiedlicher Programme geht.“"],
    quotes=[("„Wir reden erst in einer frühen Phase miteinander. Und das ist auch verständlich, schließlich ist das "
             "Konjunkturprogramm eine gigantische Kraftanstrengung der Bundesregierung und hochkomplex“",
             "Margrethe Vestager"),
            ("„Unsere Rolle als Wettbewerbshüter ist immer die gleiche: sicherzustellen, dass die Maßnahmen notwendig und "
             "verhältnismäßig sind, die Steuerzahler also nicht mehr bezahlen als unbedingt nötig.“", "Margrethe Vestager"),
            ("„Wir brauchen derzeit im Mittel 13 Tage von der Anmeldung bis zur Genehmigung - das ist Lichtgeschwindigkeit "
             "für die Beihilfenkontrolle. Ob ein Mitgliedstaat ein Programm anmeldet oder nicht, ist in erster Linie seine "
             "Entscheidung. Als Faustregel gilt: Je selektiver die Hilfen fließen, desto eher ist es ein Fall für uns. "
             "Deshalb prüfen wir allgemeine Maßnahmen wie Kurzarbeit oder die Mehrwertsteuersenkung auch nicht. Kompliziert "
             "wird es dann, wenn es um das Zusammenspiel unterschiedlicher Programme geht.“", "Margrethe Vestager")],
    aliases={"Margrethe Vestager": ["Margrethe Vestager", "Exekutiv-Vizepräsidentin Margrethe Vestager", "Vestager"]})

NL29 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NL29_NOTE = ("stored issue of the Representation's newsletter 'EU-Aktuell – Die EU in Deutschland'; the e-mail line 'Falls "
             "Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version zu gelangen.' and 'European "
             "Commission Logo' dropped as furniture, the newsletter's name and subtitle 'EU-AKTUELL' / 'DIE EU IN "
             "DEUTSCHLAND' are the first lines and the section name 'Nachrichten' a line of its own (rules 18, 19, 100); "
             "each item keeps its headline line and its text as published; the links 'mehr' and the empty separator lines "
             "dropped (rule 19)")

add(id="ho29-eucom-nl-2022-care-ferreira",
    title="EU-AKTUELL",
    url=NL29 + "38492",
    retrieved="same address (" + NL29_NOTE + "; issue of about 28 April 2022; the second item 'Neun Städte in "
              "Deutschland nehmen an der EU-Mission 100 klimaneutrale Städte teil', whose text is cut off inside von der "
              "Leyen's quotation in the stored copy ('… Aber es bedarf immer Weg'), dropped with its headline (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "Unterstützung bei Aufnahme von Flüchtlingen aus der Ukraine: EU-Kommission zahlt mehr als 3,5 Mrd. Euro an "
           "EU-Staaten",
           "Die EU-Kommission hat gestern (Mittwoch) mehr als 3,5 Mrd. Euro Vorfinanzierung an die Mitgliedstaaten "
           "gezahlt, um sie bei der Versorgung der Kriegsflüchtlinge aus der Ukraine zu unterstützen. Deutschland erhält "
           "rund 75 Mio. Euro, Polen etwa 562 Mio. Euro. Die Zahlungen für die Aufbauhilfe für den Zusammenhalt und die "
           "Gebiete Europas (REACT-EU) erfolgten im Rahmen des Einsatzes von Kohäsionsmitteln zugunsten von Flüchtlingen "
           "in Europa (Cohesion Action for Refugees in Europe/CARE). „Die EU ist solidarisch mit der Ukraine im Kampf "
           "gegen die russische Invasion und mit unseren Mitgliedstaaten in ihren Solidaritätsbemühungen um die Aufnahme "
           "von Menschen, die vor dem Krieg fliehen“, erklärte Elisa Ferreira, EU-Kommissarin für Kohäsion und Reformen. "
           "„Heute sehen wir ein weiteres konkretes Ergebnis unserer Solidarität, nämlich die Mobilisierung von "
           "Kohäsionsmitteln dort, wo sie am dringendsten benötigt werden.“"],
    quotes=[("„Die EU ist solidarisch mit der Ukraine im Kampf gegen die russische Invasion und mit unseren Mitgliedstaaten "
             "in ihren Solidaritätsbemühungen um die Aufnahme von Menschen, die vor dem Krieg fliehen“", "Elisa Ferreira"),
            ("„Heute sehen wir ein weiteres konkretes Ergebnis unserer Solidarität, nämlich die Mobilisierung von "
             "Kohäsionsmitteln dort, wo sie am dringendsten benötigt werden.“", "Elisa Ferreira")],
    aliases={"Elisa Ferreira": ["Elisa Ferreira"]})
