# Twenty-seventh held-out German real-news set (tests/data/heldout27-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-145 and the new rules of this set, 150-151). None of these pages is in any tests/data/*.jsonl
# (checked by URL, PK number and Public view id against every file in tests/data, and by an 8-word overlap search
# against the texts of all sets). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Twenty-seventh held-out set": texts of the German Federal Government (two pages of
# bundeskanzler.de, one served under bundeskanzlerin.de, one page of bundesregierung.de, three news items of the
# Chancellor's office as distributed by Public) and of the Austrian Parliament's Parlamentskorrespondenz (three releases on
# parlament.gv.at). All stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_PUBLIC, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


PUBLIC_NOTE = ("Public's header lines ('German Federal Chancellor' where shown, and '{d} | Press release | Distributed by "
               "Public on …') above the text dropped as distribution furniture (rules 31, 100)")
MERZ = ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Kanzler Merz", "Bundeskanzler", "Kanzler"]

# --- German Federal Government: bundeskanzler.de / bundesregierung.de ---

add(id="ho27-bk-2025-07-15-merz-bayern",
    title="Antrittsbesuch des Kanzlers bei der Bayerischen Staatsregierung",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/kanzler-besucht-bayern-2364464",
    retrieved="same address (stored page of 15 July 2025; the metadata lines '- Mitschrift Pressekonferenz' and '- "
              "Dienstag, 15. Juli 2025' kept as lines of their own without the list dashes (rule 93); the photo caption "
              "'Auftakt von Besuchen in allen 16 Bundesländern: Bundeskanzler Merz traf sich … auf der Zugspitze.' and the "
              "credit 'Foto: Bundesregierung/Guido Bergmann' dropped (rule 93); the published 'dass eine entsprechende "
              "Kooperationsvereinbarung' kept (rule 20); the bullet 'Außenwirtschaft und Handel: Der Kanzler betonte die "
              "Bedeutung stabiler', cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=BREG,
    paras=["Bundeskanzler Friedrich Merz hat an einer Sitzung der Bayerischen Staatsregierung auf der Zugspitze "
           "teilgenommen. In der gemeinsamen Pressekonferenz mit Ministerpräsident Markus Söder kündigte er an: „Wir "
           "werden viele Dinge gemeinsam auf den Weg bringen.”",
           "Mitschrift Pressekonferenz",
           "Dienstag, 15. Juli 2025",
           "Mit dem Ziel, die gute Zusammenarbeit zwischen Bund und Ländern zu stärken, plant Bundeskanzler Friedrich Merz "
           "Antrittsbesuche bei allen 16 Landesregierungen. Den Auftakt machte Bayern: Auf der Zugspitze nahm Kanzler "
           "Merz auf Einladung des Bayerischen Ministerpräsidenten Markus Söder an einer Sitzung der Bayerischen "
           "Staatsregierung teil.",
           "Der Bundeskanzler betonte die große Bedeutung der erfolgreichen Zusammenarbeit von Bund und Ländern. So "
           "konnte die Bundesregierung, laut Kanzler Merz, bei allen wichtigen Gesetzgebungsvorhaben des ersten "
           "Halbjahres Einvernehmen mit den Ländern erzielen. Diese wurden in der vergangenen Woche im Bundesrat "
           "beschlossen.",
           "Im Fokus des Treffens standen wirtschafts- und migrationspolitische Themen. Zu den Kontrollen an Bayerns "
           "Grenzen sagte Kanzler Merz: „Der Freistaat Bayern ist bisher das einzige Bundesland, dass eine entsprechende "
           "Kooperationsvereinbarung zwischen Bundespolizei und Landespolizei hat, gemeinsame Grenzkontrollen "
           "durchzuführen.”",
           "Das Wichtigste in Kürze:",
           "Konjunkturelle Lage: Die wirtschaftliche Lage verlange entschlossenes Handeln. Bundeskanzler Merz kündigte "
           "mehr Bürokratieabbau und gezielte Entlastungen für die Industrie an. Das Investitionspaket des Bundes solle – "
           "angelehnt an Bayerns Hightech-Agenda – insbesondere Zukunftstechnologien stärken."],
    quotes=[("„Wir werden viele Dinge gemeinsam auf den Weg bringen.”", "Friedrich Merz"),
            ("„Der Freistaat Bayern ist bisher das einzige Bundesland, dass eine entsprechende Kooperationsvereinbarung "
             "zwischen Bundespolizei und Landespolizei hat, gemeinsame Grenzkontrollen durchzuführen.”", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Kanzler Merz",
                                "Bundeskanzler Merz", "Bundeskanzler", "Kanzler"]})

add(id="ho27-breg-2025-06-18-merz-mpk",
    title="Pressekonferenz des Kanzlers nach der MPK Gemeinsam für ein sicheres, modernes und wettbewerbsfähiges Land",
    url="https://www.bundesregierung.de/breg-de/aktuelles/pressekonferenz-nach-bund-laender-beratungen-2355168",
    retrieved="same address (stored page of 18 June 2025; the page title line 'Gemeinsam für ein sicheres, modernes und "
              "wettbewerbsfähiges Land' and the navigation list ('Bundesregierung | Startseite', 'Bundeskanzler', "
              "'Schwerpunkte', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service') dropped as furniture (rule 93); the "
              "kicker and headline, which the stored copy runs together in one line, kept so as the first line (rules 18, "
              "20); the metadata lines '- Mitschrift Pressekonferenz' and '- Mittwoch, 18. Juni 2025' kept without the "
              "list dashes; the image text 'Auf dem Foto zu sehen sind Bundeskanzler Friedrich Merz sowie die "
              "Ministerpräsidenten Michael Kretschmer und Olaf Lies', the caption 'Im Anschluss an die MPK fand eine "
              "Pressekonferenz … statt.' and the credit 'Foto: Bundesregierung/Amrei Schulz' dropped (rule 93); the "
              "published mixed marks „…\" of the second quotation kept (rule 21); the paragraph 'Bei der "
              "Ministerpräsidentenkonferenz (MPK) kommen … nach festgelegter Reih', cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark)",
    license=BREG,
    paras=["Bundeskanzler Friedrich Merz hat sich mit den Regierungschefinnen und -chefs der Länder über aktuell "
           "bedeutsame Themen ausgetauscht. In der anschließenden Pressekonferenz betonte er: „Es geht mir darum, dass "
           "wir zu einem guten und neuen Miteinander kommen.”",
           "Mitschrift Pressekonferenz",
           "Mittwoch, 18. Juni 2025",
           "Bund und Länder sind zusammengekommen, um aktuell bedeutsame Themen zu besprechen. Im Fokus der "
           "Ministerpräsidentenkonferenz (MPK) standen insbesondere die Verteidigungs- und Sicherheitspolitik, die "
           "Migrations- und Flüchtlingspolitik, Maßnahmen zur Modernisierung des Staates sowie außerpolitische Themen.",
           "Im Anschluss an die MPK betonte Kanzler Merz: „Es geht mir darum, dass wir zu einem guten und neuen "
           "Miteinander kommen. Gegenseitiger Respekt und auch Vertrauen in der Zusammenarbeit sind für mich dabei die "
           "wesentlichen Elemente. Wir haben heute in diesem Geiste getagt und auch Entscheidungen getroffen.\""],
    quotes=[("„Es geht mir darum, dass wir zu einem guten und neuen Miteinander kommen.”", "Friedrich Merz"),
            ("„Es geht mir darum, dass wir zu einem guten und neuen Miteinander kommen. Gegenseitiger Respekt und auch "
             "Vertrauen in der Zusammenarbeit sind für mich dabei die wesentlichen Elemente. Wir haben heute in diesem "
             "Geiste getagt und auch Entscheidungen getroffen.\"", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Kanzler Merz",
                                "Bundeskanzler", "Kanzler"]})

add(id="ho27-bk-2025-05-woche-des-kanzlers",
    title=None,
    url="https://www.bundeskanzler.de/bk-de/mediathek/woche-des-kanzlers-2347688",
    retrieved="same address (stored media-library page 'Die Woche des Kanzlers' of May 2025; the stored copy begins with "
              "the teaser, so there is no title line (rules 18, 32, 93); each picture's text is a line of its own; the "
              "last text ('Im Anschluss hielt er seine erste Regierungserklärung im Bundestag – mit dem Motto "
              "„Verantwortung für Deutschland\". Merz betonte, er sei „aus ganzem Herzen der Überzeugung, … etwas Gutes'), "
              "cut off in the stored copy, dropped with its two quotations (rule 15))",
    license=BREG,
    paras=["In dieser Woche hielt Bundeskanzler Friedrich Merz seine erste Regierungserklärung im Deutschen Bundestag. "
           "Außerdem traf er UN-Generalsekretär António Guterres und Israels Staatspräsident Jitzchak Herzog. Am "
           "Donnerstag nahm er Abschied von Margot Friedländer bei ihrer Beisetzung in Berlin. Am Freitag reiste er zum "
           "Treffen der Europäischen Politischen Gemeinschaft nach Tirana und am Wochenende zum Antrittsbesuch nach "
           "Italien. Die Woche des Kanzlers in Bildern.",
           "Berlin, 12. Mai 2025: Vor 60 Jahren nahmen Deutschland und Israel diplomatische Beziehungen auf. Die "
           "Freundschaft zwischen beiden Ländern sei ein großer Schatz. Diesen gelte es 80 Jahre nach dem von "
           "Deutschland verübten Holocaust zu bewahren, unterstrich Bundeskanzler Friedrich Merz beim Treffen mit "
           "Israels Staatspräsident Jitzchak Herzog.",
           "„Seit nunmehr 60 Jahren stehen die deutsch-israelischen Beziehungen für Versöhnung und die besondere "
           "Verantwortung unseres Landes gegenüber Israel. Sie bedeuten auch, dass wir entschlossen gegen Antisemitismus "
           "vorgehen. Die Existenz und die Sicherheit Israels sind unsere Staatsräson”, betonte Merz bei der Begegnung "
           "im Kanzleramt.",
           "Berlin, 13. Mai 2025: Am Dienstag empfing der Bundeskanzler den griechischen Ministerpräsidenten Kyriakos "
           "Mitsotakis mit militärischen Ehren im Kanzleramt.",
           "Im Zentrum des Gesprächs standen Russlands Angriffskrieg gegen die Ukraine und Wege zum Frieden. Außerdem "
           "berieten die Regierungschefs über Migrationspolitik in Europa sowie die europäische Sicherheit und "
           "Verteidigung.",
           "Berlin, 14. Mai 2025: Am Mittwoch eröffnete der Bundeskanzler Merz mit dem Läuten der Glocke die erste "
           "reguläre Kabinettssitzung der neuen Bundesregierung."],
    quotes=[("„Seit nunmehr 60 Jahren stehen die deutsch-israelischen Beziehungen für Versöhnung und die besondere "
             "Verantwortung unseres Landes gegenüber Israel. Sie bedeuten auch, dass wir entschlossen gegen Antisemitismus "
             "vorgehen. Die Existenz und die Sicherheit Israels sind unsere Staatsräson”", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Bundeskanzler Merz",
                                "Bundeskanzler", "Kanzler"]})

# --- German Federal Government: news items of the Chancellor's office as distributed by Public ---

add(id="ho27-public-2025-12-16-merz-reise-republik",
    title="„Eine lohnende Reise durch die Republik“",
    url="https://pubt.io/view/DBD01B19C293B822E4E202441B6C9C88C2950CB1",
    retrieved="same address (news item of 16 December 2025 as distributed by Public, which names the German Federal "
              "Chancellor as its publisher; " + PUBLIC_NOTE.format(d="12/16/2025") + "; the bullet items of 'Das "
              "Wichtigste in Kürze' kept as lines of their own without the bullets (rule 93); the last paragraph ('Mit "
              "seinem Besuch in Hessen beendete der Bundeskanzler … In den letzten Wochen hat er al'), cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark in the stored part)",
    license=BREG_PUBLIC,
    paras=["Es sei für ihn \"eine in jeder Hinsicht lohnende Reise durch die Republik\" gewesen, resümierte "
           "Bundeskanzler Friedrich Merz rückblickend auf seine Besuche in den 16 Bundesländern. \"Reisen bildet, und das "
           "gilt natürlich auch für einen Bundeskanzler, der die Länder besucht. Ich habe das Land noch einmal von seiner "
           "ganzen Vielfalt her vertieft kennengelernt\", sagte der Kanzler.",
           "Der letzte Besuch führte ihn nach Hessen. Der Wirtschaftsstandort zeichne sich durch eine starke chemische "
           "und pharmazeutische Industrie aus, so Kanzler Merz. Aber auch der Finanzplatz und das Verkehrsdrehkreuz für "
           "Bahn und Luftverkehr seien hier beachtlich.",
           "Das Wichtigste in Kürze:",
           "Luftverkehrsabgabe sinkt: Der Kanzler betonte die Bedeutung des Luftverkehrsstandorts in Deutschland. Daher "
           "werde ab dem nächsten Jahr die Luftverkehrsabgabe deutlich reduziert. Das werde der Luftverkehrsbranche in "
           "Deutschland ein wenig Auftrieb geben. Ziel sei es, im internationalen Wettbewerb zu bestehen.",
           "Föderale Modernisierungsagenda startet: Mit großer Geschlossenheit und in großem Einvernehmen zwischen Bund "
           "und Ländern wird die föderale Modernisierungsagenda umgesetzt. Es ginge dabei um eine Agenda, \"die aus "
           "insgesamt über 200 Maßnahmen besteht, mit denen wir dieses Land durchgreifend modernisieren wollen\", so "
           "Merz.",
           "Infrastruktur-Zukunftsgesetz kommt: Infrastrukturvorhaben in Deutschland sollen in Zukunft \"im Plan und im "
           "Budget gebaut werden\" können. Dazu werde der Bund ein entsprechendes Gesetz beschließen. Damit sollen \"in "
           "Zukunft alle Bauvorhaben in Deutschland unter die Überschrift des vordringlichen oder überragenden "
           "öffentlichen Interesses\" gestellt werden, kündigte der Kanzler an."],
    quotes=[("„Eine lohnende Reise durch die Republik“", "Friedrich Merz"),
            ("\"eine in jeder Hinsicht lohnende Reise durch die Republik\"", "Friedrich Merz"),
            ("\"Reisen bildet, und das gilt natürlich auch für einen Bundeskanzler, der die Länder besucht. Ich habe das "
             "Land noch einmal von seiner ganzen Vielfalt her vertieft kennengelernt\"", "Friedrich Merz"),
            ("\"die aus insgesamt über 200 Maßnahmen besteht, mit denen wir dieses Land durchgreifend modernisieren "
             "wollen\"", "Friedrich Merz"),
            ("\"im Plan und im Budget gebaut werden\"", "Friedrich Merz"),
            ("\"in Zukunft alle Bauvorhaben in Deutschland unter die Überschrift des vordringlichen oder überragenden "
             "öffentlichen Interesses\"", "Friedrich Merz")],
    aliases={"Friedrich Merz": MERZ})

add(id="ho27-public-2025-09-01-merz-nrw",
    title=None,
    url="https://pubt.io/view/CA691F2F55D294B616803FBBED1A02B8CBACCF49",
    retrieved="same address (news item of 1 September 2025 as distributed by Public; " + PUBLIC_NOTE.format(d="09/01/2025")
              + "; the stored copy shows no headline: the photo caption 'Der Bundeskanzler setzt seine Antrittsbesuche in "
              "den Bundesländern fort - am Montag wurde er von dem nordrhein-westfälischen Ministerpräsident Hendrik Wüst "
              "in Münster begrüßt.' and the credit 'Foto: Bundesregierung/Marvin Ibo Güngör' are dropped (rule 93), so the "
              "first paragraph is the first line (rule 32); the published 'woer' and 'NRWund' kept (rule 20); the last "
              "paragraph ('Begleitet wurde der Bundeskanzler von Ministerpräsident Hendrik Wüst und der nordrh'), cut off "
              "in the stored copy, dropped (rule 15))",
    license=BREG_PUBLIC,
    paras=["\"Ich komme aus Nordrhein-Westfalen. Natürlich ist dies nicht nur ein rein rationaler Besuch, sondern ein "
           "bisschen auch ein emotionaler Besuch im eigenen Bundesland\", sagte Bundeskanzler Friedrich Merz im "
           "nordrhein-westfälischen Münster, woer von Ministerpräsident Hendrik Wüst empfangen wurde.",
           "Im Historischen Rathaus in Münster traf der Bundeskanzler auf Oberbürgermeister Markus Lewe. Im "
           "geschichtsträchtigen Friedenssaal trug er sich in das Goldene Buch der Stadt ein und trank aus dem "
           "traditionsreichen Goldenen Hahn.",
           "Anschließend nahm der Kanzler an einer Sitzung des nordrhein-westfälischen Landeskabinetts teil. \"Wir haben "
           "uns heute vor allem darüber unterhalten, wie wir unser Land gemeinsam in die Zukunft führen können\", so "
           "Merz im Anschluss. So zeige beispielsweise die Ansiedelung von neuen großen Rechenzentren, \"dass "
           "Nordrhein-Westfalen auch ein Land in der Transformation ist\".",
           "Das Augenmerk wurde in Nordrhein-Westfalen auf die kürzlich verabschiedete HightechAgenda Deutschland und "
           "deren Umsetzung in den einzelnen Bundesländern gelegt. Der Kanzler betonte: \"Wir investieren gemeinsam, Bund "
           "und Land, gezielt und erfolgreich in die Entwicklung von Hochtechnologie.\" Weitere Schwerpunkte waren unter "
           "anderem der Strukturwandel im Rheinischen Revier, die Rüstungsindustrie in NRWund moderne Energiepolitik.",
           "Die Hightech-Forschung in Nordrhein-Westfalen und die Beteiligung an der kürzlich von der Bundesregierung "
           "beschlossenen HightechAgenda Deutschland waren auch im Gespräch mit Wissenschaftlerinnen und Wissenschaftlern "
           "zentraler Forschungseinrichtungen Nordrhein-Westfalens Thema."],
    quotes=[("\"Ich komme aus Nordrhein-Westfalen. Natürlich ist dies nicht nur ein rein rationaler Besuch, sondern ein "
             "bisschen auch ein emotionaler Besuch im eigenen Bundesland\"", "Friedrich Merz"),
            ("\"Wir haben uns heute vor allem darüber unterhalten, wie wir unser Land gemeinsam in die Zukunft führen "
             "können\"", "Friedrich Merz"),
            ("\"dass Nordrhein-Westfalen auch ein Land in der Transformation ist\"", "Friedrich Merz"),
            ("\"Wir investieren gemeinsam, Bund und Land, gezielt und erfolgreich in die Entwicklung von "
             "Hochtechnologie.\"", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Bundeskanzler", "Kanzler"]})

add(id="ho27-public-2025-09-22-startsocial",
    title="Kanzler ehrt herausragendes Ehrenamt",
    url="https://www.pubt.io/view/66CB973D92F86E8BCC456767D0FE18B995BD2879",
    retrieved="same address (news item of 22 September 2025 as distributed by Public; " + PUBLIC_NOTE.format(d="09/22/2025")
              + "; the subheadings kept as lines of their own (rule 13); the last paragraph ('Abschließend würdigte der "
              "Bundeskanzler die Initiative \"Tech Teens\" mit dem Sonderpr'), cut off in the stored copy, dropped with its "
              "name in marks (rule 15))",
    license=BREG_PUBLIC,
    paras=["25 soziale Initiativen sind im Rahmen des startsocial-Wettbewerbs für ihr beispielgebendes ehrenamtliches "
           "Engagement geehrt worden. Sieben davon erhielten bei der Preisverleihung im Bundeskanzleramt Geldpreise im "
           "Gesamtwert von 35.000 Euro.",
           "Große Bandbreite sozialer Initiativen",
           "Die Bandbreite der Initiativen reichte dabei vom Einsatz für Geflüchtete über die Unterstützung gesundheitlich "
           "beeinträchtigter Menschen bis hin zur Förderung benachteiligter Kinder und Jugendlicher. Die Initiative "
           "\"TechTeens\" erhielt den Sonderpreis des Bundeskanzlers.",
           "Der Kanzler betonte in seiner Rede, dass rund 30 Millionen Menschen in Deutschland täglich freiwillig mit "
           "anpackten, für die Allgemeinheit oder für Nachbarn und Freunde. Dieses Engagement mache das Land lebens- und "
           "liebenswert. Er hob hervor, dass er es als Privileg seines Amtes empfinde, so viele ehrenamtlich Engagierte "
           "kennenzulernen - ob im Wahlkreis, bei internationalen Anlässen oder bei der Arbeit von Rettungsdiensten. Die "
           "Vielfalt und Breite des Ehrenamts sei beeindruckend.",
           "Förderung ehrenamtlicher Arbeit",
           "Bundeskanzler Merz unterstrich außerdem, dass Deutschland mit der neuen Staatsministerin für Sport und "
           "Ehrenamt, Christiane Schenderlein, wichtige Schritte zur Förderung ehrenamtlicher Arbeit gehe, etwa mit dem "
           "Zukunftspakt Ehrenamt. Viele Projekte entfalteten Energie und Solidarität, ohne große finanzielle Mittel zu "
           "benötigen. Entscheidend sei, dass Ehrenamt nicht den Rückzug des Staates bedeute, sondern die Stärke einer "
           "offenen Bürgergesellschaft.",
           "Mit Blick auf die Preisträgerinnen und Preisträger erklärte der Kanzler, sie könnten stolz auf ihre "
           "Leistungen sein. Alle 25 Initiativen hätten im Rahmen der Beratungsstipendien ihre Projekte erfolgreich "
           "weiterentwickelt."],
    quotes=[("\"TechTeens\"", None)],
    aliases={})

# --- Parlamentskorrespondenz of the Austrian Parliament ---

add(id="ho27-pk-2015-770-kneifel-bundesrat",
    title="Parlamentskorrespondenz Nr. 770 vom 01.07.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0770/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the end mark '(Schluss) hlf', the note 'HINWEIS: Fotos stehen zum Download "
              "zur Verfügung. …' and the page word 'Format' dropped (rule 48); the published 'bekräftige' and 'ein "
              "bessere Leben' kept (rule 20); complete in the stored copy)",
    license=PK,
    paras=["Feierlicher Auftakt zum Vorsitz Oberösterreichs im Bundesrat",
           "Neuer Bundesratspräsident Gottfried Kneifel löst Niederösterreicherin Sonja Zwazl ab",
           "Wien (PK) – Lautstarker Auftakt zum Vorsitz Oberösterreichs im Bundesrat heute vor dem Parlament: Mit "
           "Salutschüssen der Bürgergarde Windhaag bei Freistadt wurden Oberösterreichs Landeshauptmann Josef Pühringer "
           "und der neue Bundesratspräsident Gottfried Kneifel begrüßt. Sonja Zwazl, Bundesratspräsidentin für das erste "
           "Halbjahr 2015, überreichte feierlich den Bundesrats-Schlüssel.",
           "Gottfried Kneifel, der das Amt des Bundesratspräsident im zweiten Halbjahr 2015 bereits zum dritten Mal "
           "ausübt, begrüßte besonders die zahlreichen Ehrengäste und seine Landsleute und legte ein klares Bekenntnis zum "
           "Föderalismus und zum Bundesstaat ab. \"Österreich ist ein Bundesstaat und zeigt gleichzeitig "
           "Landesbewusstsein, die zahlreichen anstehenden Reformen können nur von den Ländern und dem Bund gemeinsam "
           "gelöst werden\", betonte Kneifel. Dafür müsse man an einem Strang ziehen.",
           "Oberösterreich sei ein starker Teil Österreichs, bekräftige auch Landeshauptmann Josef Pühringer und "
           "erinnerte anlässlich des Gedenkjahres 2015 an diejenigen, die die Republik aufgebaut und das Fundament für "
           "den Staat gelegt haben. Nach 1945 sei es vor allem um das Überleben gegangen, heute stünde ein bessere Leben "
           "im Vordergrund. Den Föderalismus solle man selbstbewusst leben und Populisten keine Chance geben, appellierte "
           "der Landeshauptmann Oberösterreichs.",
           "Die Stadtkapelle Enns und die Bock- und Leiermusik Kremsmünster sorgten für die musikalische Gestaltung des "
           "Festes."],
    quotes=[("\"Österreich ist ein Bundesstaat und zeigt gleichzeitig Landesbewusstsein, die zahlreichen anstehenden "
             "Reformen können nur von den Ländern und dem Bund gemeinsam gelöst werden\"", "Gottfried Kneifel")],
    aliases={"Gottfried Kneifel": ["Gottfried Kneifel", "Bundesratspräsident Gottfried Kneifel", "Kneifel"]})

add(id="ho27-pk-2015-224-prammer-portraet",
    title="Parlamentskorrespondenz Nr. 224 vom 13.03.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK0224/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and the "
              "date line of the notice as their own lines; the published 'Gerhard Marshall' kept (rule 20); the last "
              "paragraph ('Zum v'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["AVISO: Porträt von Barbara Prammer wird im Parlament enthüllt",
           "Mittwoch, 18. März 2015, 17.30 Uhr",
           "Wien (PK) – Es ist eine langjährige Tradition, Nationalratspräsidenten nach ihrem Ausscheiden aus ihrem Amt "
           "zu porträtieren und die Bilder in jenem Raum des Parlaments zu präsentieren, in dem hochrangige internationale "
           "Gäste empfangen und immer wieder auch Veranstaltungen abgehalten werden. Angefangen von Leopold Kunschak, "
           "Präsident des Nationalrats von 1945 bis 1953, bis hin zu Andreas Khol, von 2002 bis 2006 amtierend, spannt "
           "sich der Bogen. Nun wird die Porträtgalerie des Hohen Hauses um ein Bild der viel zu früh verstorbenen "
           "Nationalratspräsidentin Barbara Prammer ergänzt. Das von der österreichischen Künstlerin Eva Schlegel "
           "gestaltete Werk wird kommenden Mittwoch, dem 18. März, um 17.30 Uhr von Nationalratspräsidentin Doris Bures "
           "im Beisein der Künstlerin feierlich enthüllt. Gleichzeitig wird das Erinnerungsbuch \"Danke, Barbara!\" "
           "präsentiert.",
           "Acht Jahre lang, von 2006 bis 2014, lenkte Prammer, als erste Frau an der Spitze des Hohen Hauses, die "
           "Geschicke des Parlaments, bevor sie im vergangenen August den Kampf gegen den Krebs verlor. Wie sehr Prammer "
           "geschätzt wurde, zeigt auch die Liste jener Gäste, die zur Porträtenthüllung erwartet werden. Unter anderem "
           "haben Bundespräsident Heinz Fischer, Bundeskanzler Werner Faymann, Frauenministerin Gabriele Heinisch-Hosek, "
           "Finanzminister Hans Jörg Schelling und Altbischof Maximilian Aichern ihr Kommen angekündigt.",
           "An die Präsidentin erinnert auch ein von Gerhard Marshall, Christina Hornek-Zeiss und Reinhard Deutsch "
           "zusammengestellter 224 Seiten starker Band, der in der Edition Ausblick erschienen ist und unter dem Titel "
           "\"Danke, Barbara!\" die bei der Trauerfeier gehaltenen Reden und weitere, zum Teil sehr persönliche, Nachrufe "
           "enthält. Darunter auch eine Auswahl der unzähligen Einträge in den öffentlich aufliegenden Kondolenzbüchern."],
    quotes=[("\"Danke, Barbara!\"", None, 0),
            ("\"Danke, Barbara!\"", None, 1)],
    aliases={})

add(id="ho27-pk-2007-590-jahresueberblick",
    title="Parlamentskorrespondenz Nr. 590 vom 16.07.2007",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2007/pk0590",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then the headline; the "
              "published 'Kohls Nachfolgerin' (for Khol) kept (rule 20); the paragraph 'Mit der Gedenkveranstaltung gegen "
              "Gewalt und Rassismus am 4.5.2007 \"Widerstand 1938 bis 1945 – Zivilcourage heute\" deklarierten … Der Hist', "
              "cut off in the stored copy, dropped with its title in marks and with the subheading 'Ort des Erinnerns, "
              "Werkstatt der Demokratie' left dangling before it (rule 15))",
    license=PK,
    paras=["Das Hohe Haus im Dialog mit Gesellschaft, Kunst und Wissenschaft",
           "Wien (PK) – Das Parlament pflegte auch in dem nun zu Ende gehenden Arbeitsjahr lebhaften Kontakt mit "
           "engagierten BürgerInnen, WissenschaftlerInnen, KünstlerInnen und AutorInnen. Das zeigt der traditionelle "
           "Jahresüberblick der \"Parlamentskorrespondenz\" über Informationsveranstaltungen, Symposien, "
           "Buchpräsentationen und Ausstellungen im Hohen Haus und im Palais Epstein. Deutlich intensiviert wurde – nicht "
           "zuletzt im Zusammenhang mit der Senkung des Wahlalters - das Angebot an junge Menschen, sich mit Gesetzgebung "
           "und Kontrolle auseinanderzusetzen. Frauen, Grundrechte, Wirtschaftsethik, Entwicklungszusammenarbeit, Gender "
           "Budgeting und nicht zuletzt die österreichische Zeitgeschichte bildeten weitere Themenschwerpunkte "
           "parlamentarischer Veranstaltungen im Arbeitsjahr 2006/2007.",
           "Das Interesse der BürgerInnen an ihrem Parlament nahm auch in der zu Ende gehenden Tagungsperiode weiter zu. "
           "Beim Tag der Offenen Tür am Nationalfeiertag 2006 konnte sich Nationalratspräsident Andreas Khol gegen Ende "
           "seiner Amtszeit über einen Rekordbesuch von 20.420 Besuchern freuen. Auch Kohls Nachfolgerin, "
           "Nationalratspräsidentin Barbara Prammer, forciert den gesellschaftspolitischen, wissenschaftlichen und "
           "kulturellen Diskurs sowie die Öffnung des Hauses für die BürgerInnen. Seit dem Ende der letzten "
           "Tagungsperiode haben 108.923 Menschen das Parlamentsgebäude und das Palais Epstein an der Wiener Ringstraße "
           "besucht. Bei Veranstaltungen im Hohen Haus (ohne \"Tag der Offenen Tür\") wurden in der Tagungsperiode "
           "2006/2007 14.262 Gäste gezählt."],
    quotes=[("\"Parlamentskorrespondenz\"", None),
            ("\"Tag der Offenen Tür\"", None)],
    aliases={})

add(id="ho27-bk-2024-03-04-scholz-factory-56",
    title="Kanzler besucht Mercedes-Benz Group „Ein Zukunftszeichen für unser Land“",
    url="https://www.bundeskanzlerin.de/bk-de/aktuelles/kanzler-factory-56-2263380",
    retrieved="same address (stored page of 4 March 2024, served under the bundeskanzlerin.de address with the "
              "bundeskanzler.de path; the page title line '„Ein Zukunftszeichen für unser Land“', which repeats the "
              "headline, and the navigation list ('Bundeskanzler ⏐ Startseite', 'Olaf Scholz', 'Aktuelles', 'Kanzleramt', "
              "'Mediathek', 'Service') dropped, and the kicker and headline, which the stored copy runs together in one "
              "line, kept so as the first line (rule 150); the image text 'Bundeskanzler Olaf Scholz im Mercedes-Werk in "
              "Sindelfingen.', the caption 'Kanzler Scholz beim Werksbesuch: In Sindelfingen wird weiter deutsche "
              "Industriegeschichte geschrieben.' and the credit 'Foto: Bundesregierung/Bergmann' dropped (rule 93); the "
              "published 'Sindelfinden' kept (rule 20); the last paragraph ('Mit den Mitarbeiterinnen und Mitarbeitern ging "
              "es im Gespräch jedoch nicht nur um Autos, … „Wir wollen, dass es KI aus Deutschland und Europa gibt“, so "
              "Kanzler Scholz. Dafür brauche es Leute, die sie hier'), cut off in the stored copy, dropped with its "
              "quotation (rule 15))",
    license=BREG,
    paras=["Für Deutschland ist der Erfolg der Automobilbranche besonders wichtig: In Sindelfingen hat sich Bundeskanzler "
           "Scholz ein Bild der modernsten Produktionshalle von Mercedes-Benz gemacht. Die Factory 56 – für den Kanzler "
           "ist sie „ein Zukunftszeichen“.",
           "Es sei gut, zu sehen, dass in der Factory 56 modernste Fahrzeuge entstehen. Dass die Elektromobilität "
           "vorankomme und dies in sehr modernen Produktionsstätten – das sagte Bundeskanzler Olaf Scholz am Montag bei "
           "einem Besuch bei Mercedes-Benz in Sindelfinden. Die innovative Produktionshalle selbst sei „ein Zeichen für "
           "Made in Germany“; denn viele der Geräte, der Roboter und all der Infrastrukturen seien auch das Ergebnis "
           "deutscher Ingenieursarbeit.",
           "Kanzler Scholz nahm bei seinem Besuch in Sindelfingen zunächst an einer Betriebsversammlung von Mercedes-Benz "
           "teil. Anschließend besuchte er die Teststrecke, wo er auch selbst zum Lenkrad greifen durfte.",
           "Im Gespräch mit Mitarbeiterinnen und Mitarbeitern",
           "Dann stand ein Werksrundgang auf dem Programm. Währenddessen konnte sich der Kanzler mit den Beschäftigten "
           "austauschen. Es sei gut, „diejenigen zu sehen, die sich jeden Tag an die Arbeit machen, damit das klappt und "
           "die vielen Fahrzeuge entstehen, entwickelt und vertrieben werden können“, so Scholz."],
    quotes=[("„Ein Zukunftszeichen für unser Land“", "Olaf Scholz"),
            ("„ein Zukunftszeichen“", "Olaf Scholz"),
            ("„ein Zeichen für Made in Germany“", "Olaf Scholz"),
            ("„diejenigen zu sehen, die sich jeden Tag an die Arbeit machen, damit das klappt und die vielen Fahrzeuge "
             "entstehen, entwickelt und vertrieben werden können“", "Olaf Scholz")],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Kanzler Scholz",
                             "Scholz", "Bundeskanzler", "Kanzler"]})
