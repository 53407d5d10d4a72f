# Seventh held-out German real-news set (tests/data/heldout7-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-52 and the seventh held-out rules 53-55). None of these pages is in any tests/data/*.jsonl
# (checked by URL and by distinctive quotation strings). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py; quotes may be cut out of a paragraph with spans.cut.
# Sources: news of the European Commission's Representation in Germany (its site, its newsletter 'EU-Aktuell' and its
# items as republished by the EIZ Niedersachsen; CC BY 4.0 / Commission reuse policy) and netzpolitik.org
# (CC BY-NC-SA 4.0). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import EU, NP  # noqa: E402,F401

NL = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- news of the European Commission's Representation in Germany (its own site) ---

p1 = ("(29.06.2016) - In einer gemeinsamen Pressekonferenz mit Ratspräsident Donald Tusk bekräftigte Juncker die "
      "einheitliche Position der 27 verbleibenden EU-Staaten über die weiteren Schritte. „Es wird keinerlei Art von "
      "Verhandlungen geben bevor die britische Notifizierung über einen möglichen Austritt uns erreicht“, sagte er am "
      "Mittwochnachmittag.")
p2 = ("Die EU brauche weitere Reformen, die seien aber bereits in den Schlussfolgerungen des Europäischen Rates und in "
      "den zehn politischen Prioritäten der Kommission angelegt. „Es geht um Beschleunigung von Reformen, nicht um "
      "zusätzliche Reformen zu bereits laufenden Reformen“, sagte Juncker.")
add(id="ho7-eucom-2016-06-29-juncker-keine-verhandlungen", title=None,
    url="https://germany.representation.ec.europa.eu/news/juncker-keine-informellen-verhandlungen-mit-grossbritannien-2016-06-29_en?prefLang=lt",
    retrieved="same address (the Representation's German news item of 29.06.2016, stored under its English/Lithuanian "
              "language address; the stored copy begins with the body, without headline, so its first paragraph is "
              "the first line (rule 32); the press contact, the citizens' enquiries line and the 'Einzelheiten' "
              "furniture dropped)",
    license=EU,
    paras=[p1, p2,
           "Nach dem Europäischen Rat aller 28 EU-Staaten hatte Juncker bereits am Dienstagabend seine Zufriedenheit "
           "darüber zum Ausdruck gebracht, dass der Europäische Rat die politischen Prioritäten der Kommission, vor "
           "allem in Bezug auf Arbeitsplätze, Wachstum und Investitionen, erneut vorbehaltlos unterstützte.",
           "Präsident Juncker begrüßte auch die rasche politische Einigung über die Einrichtung einer Europäischen "
           "Grenz- und Küstenwache und forderte das Europäische Parlament und den Rat auf, dieser so bald wie möglich "
           "abschließend ihre förmliche Zustimmung zu geben. Er dankte dem niederländischen Ratsvorsitz und würdigte "
           "die ausgezeichnete interinstitutionelle Zusammenarbeit.",
           "Juncker zeigte sich sehr betrübt über das Ergebnis des Referendums in Großbritannien, das nun aber "
           "entsprechendes Handeln von allen Seiten erfordere.",
           "Die Pressekonferenz von Dienstagabend ist hier abrufbar, die von Mittwochnachmittag hier bei Europe by "
           "Satellite."],
    quotes=[(cut(p1, "„Es wird", "erreicht“"), "Juncker"),
            (cut(p2, "„Es geht", "Reformen“"), "Juncker")],
    aliases={"Juncker": ["Juncker", "Präsident Juncker"]})

p1 = ("Die Präsidentin der Europäischen Kommission Ursula von der Leyen begrüßt, dass auch die EU-Staats- und "
      "Regierungschefs mit Blick auf China den neuen Ansatz verfolgen: „De-risking, not de-coupling“ – also das Risiko "
      "mindern, sich nicht abkoppeln. Von der Leyen hatte diese Neuausrichtung bei einer Grundsatzrede Ende März "
      "dargelegt und auch beim Gipfeltreffen in Brüssel dafür geworben. Verbunden mit dem Hinweis, dass auch Partner "
      "außerhalb der Europäischen Union dieses Konzept mittragen, etwa die Vereinigten Staaten von Amerika, das "
      "Vereinigte Königreich und Kanada.")
add(id="ho7-eucom-2023-06-30-gipfel-china-ukraine-migration", title=None,
    url="https://germany.representation.ec.europa.eu/news/eu-gipfel-kommissionsprasidentin-zu-china-ukraine-und-migration-2023-06-30_de",
    retrieved="same address (the Representation's news item of 30.06.2023; the stored copy begins with the body, "
              "without headline, so its first paragraph is the first line (rule 32); the subheading 'Gespräch mit dem "
              "deutschen Finanzminister' kept as its own line; the link list 'Weitere Informationen:' with its first "
              "link, cut off in the stored copy, dropped)",
    license=EU,
    paras=[p1,
           "Zu anderen Schwerpunkt-Themen des Gipfeltreffens hatte von der Leyen gestern bei ihrer Ankunft ebenfalls "
           "kurz Stellung genommen:",
           "Ukraine: Der Wagner-Aufruhr am vergangenen Wochenende in Russland hat gezeigt, dass das System Putin tiefe "
           "Risse aufweist. Von der Leyen erwartet Nachbeben. Umso wichtiger sei es jetzt, die Ukraine gemeinsam und "
           "konsequent noch mehr zu unterstützen, sei es bei den militärischen Fähigkeiten oder bei der finanziellen "
           "Hilfe. Die Kommissionspräsidentin geht auch davon aus, dass sich angesichts der aktuellen Ereignisse rund "
           "um Wagner-Chef Prigoschin die Rolle der privaten Wagner-Armee in Afrika verändern wird.",
           "Migration: Von der Leyen verwies auf die jüngste Tragödie im Mittelmeer, diese habe wieder gezeigt, wie "
           "rücksichtslos Schmuggler und Menschenhändler vorgehen. Die Kommissionspräsidentin hat auf dem Gipfel drei "
           "Berichte vorgestellt: Außengrenzen besser sichern. Schmuggler und Menschenhändler besser bekämpfen. In die "
           "Stabilität von Drittländern investieren und für legale wie sichere Migrationswege sorgen.",
           "Gespräch mit dem deutschen Finanzminister",
           "Am Rande des Gipfels hatte sich die Kommissionspräsidentin auch mit Bundesfinanzminister Christian Lindner "
           "getroffen. Anschließend schrieb sie bei Twitter von einem guten Austausch über die Herausforderungen, vor "
           "denen Europa steht."],
    quotes=[("„De-risking, not de-coupling“", "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "von der Leyen", "Von der Leyen",
                                      "Kommissionspräsidentin"]})

# --- the Representation's news as republished by the EIZ Niedersachsen ---

p1 = ("19.05.2021 Berlin/Brüssel. Frans Timmermans, Exekutiv-Vizepräsident der Europäischen Kommission für den Grünen "
      "Deal, war gestern und heute (Mittwoch) zu politischen Gesprächen in Berlin zur Vorbereitung der nächsten "
      "Weltklimakonferenz in Glasgow im November. Dazu traf er mit dem US-Klimaschutzbeauftragten John Kerry zusammen. "
      "Über die Umsetzung des neuen EU-Klimaziels, bis 2030 mindestens 55 Prozent weniger Treibhausgase zu emittieren, "
      "sprach er mit Kanzleramtsminister Helge Braun und Vizekanzler Olaf Scholz. In einem Interview mit dem ZDF "
      "heute-journal betonte Timmermans die geostrategische Dimension des Klimawandels. Im Deutschlandfunk sagte er mit "
      "Blick auf die für Mitte Juli angekündigten „Fit for 55“-Vorschläge der EU-Kommission: „Diese Klimapolitik wird "
      "sozial sein – oder sie wird nicht sein.“ Die Menschen in Europa müssten Klimaschutzmaßnahmen akzeptieren und "
      "mittragen, sonst hätten diese keinen Erfolg.")
p2 = ("„Klimapolitik ist auch Sicherheitspolitik“, sagte Timmermans gestern Abend im ZDF-Interview mit Marietta Slomka. "
      "Die Herausforderungen seien gigantisch. Wenn die Menschheit nicht schnell auf die Klimakrise reagiere, werden "
      "„unsere Kinder und Enkelkinder Kriege führen um Wasser und um Nahrung“, so Timmermans. „So schlimm ist die Lage. "
      "Die Klimakrise ist auch eine geostrategische Krise, man darf das nicht vergessen.“")
add(id="ho7-eucom-2021-05-19-eiz-timmermans-klima-berlin",
    title="Frans Timmermans zu Klima-Gesprächen mit John Kerry und Bundesregierung in Berlin",
    url="https://www.eiz-niedersachsen.de/frans-timmermans-zu-klima-gespraechen-mit-john-kerry-und-bundesregierung-in-berlin/",
    retrieved="same address (the Representation's news item of 19.05.2021 (dateline 'Berlin/Brüssel') as republished "
              "by the EIZ Niedersachsen (rule 31); the photo credit on the title line '© Europäische Union, 2018, "
              "Quelle: EU-Kommission - Audiovisueller Dienst, Fotograf*in: Mauro Bottaro' dropped; the paragraph "
              "'Timmermans unterstrich in diesem Zusammenhang …', cut off in the stored copy, dropped)",
    license=EU,
    paras=[p1, p2,
           "Am 14. Juli wird die Kommission ihr „Fit for 55“-Paket vorlegen. Darin wird sie ein Dutzend Vorschläge "
           "machen, um die Klimaziele der EU für 2030 in konkreten Maßnahmen sozial gerecht umzusetzen und so den Weg "
           "zu ebnen, dass Europa bis zum Jahr 2050 der erste klimaneutrale Kontinent wird."],
    quotes=[("„Fit for 55“", None, 0),
            ("„Diese Klimapolitik wird sozial sein – oder sie wird nicht sein.“", "Frans Timmermans"),
            ("„Klimapolitik ist auch Sicherheitspolitik“", "Frans Timmermans"),
            ("„unsere Kinder und Enkelkinder Kriege führen um Wasser und um Nahrung“", "Frans Timmermans"),
            (cut(p2, "„So schlimm", "vergessen.“"), "Frans Timmermans"),
            ("„Fit for 55“", None, 1)],
    aliases={"Frans Timmermans": ["Frans Timmermans", "Timmermans"]})

p1 = ("09.07.2020 Brüssel. EU-Kommissionsvizepräsidentin Věra Jourová hat gestern (Mittwoch) Abend in Karlsruhe dazu "
      "aufgerufen, die Rechtsstaatlichkeit in der EU aktiv zu verteidigen. „Leider müssen wir heute in Europa nicht nur "
      "über die Rechtsstaatlichkeit diskutieren, sondern sie auch aktiv verteidigen. Wir müssen handeln, weil die "
      "demokratischen Werte Europas, einschließlich der Rechtsstaatlichkeit, bedroht sind“, betonte Jourová bei einer "
      "Podiumsdiskussion auf Einladung des baden-württembergischen Ministeriums der Justiz und für Europa. Jourová "
      "appellierte an die Staats- und Regierungschefs der EU, bei ihren Verhandlungen zum mehrjährigen "
      "EU-Haushaltsrahmen nächste Woche, den vorgeschlagenen Mechanismus zur Koppelung des EU-Haushalts an die "
      "Rechtsstaatlichkeit nicht zu verwässern. „Wir können uns keinen Papiertiger leisten – wir brauchen ein starkes "
      "und effizientes Instrument“, so Jourová.")
add(id="ho7-eucom-2020-07-09-eiz-jourova-karlsruhe",
    title="Kommissionsvizepräsidentin Jourová in Karlsruhe: „Müssen Rechtsstaatlichkeit aktiv verteidigen“",
    url="https://www.eiz-niedersachsen.de/kommissionsvizepraesidentin-jourova-in-karlsruhe-muessen-rechtsstaatlichkeit-aktiv-verteidigen/",
    retrieved="same address (the Representation's news item of 09.07.2020 (dateline 'Brüssel') as republished by the "
              "EIZ Niedersachsen (rule 31); the breadcrumb '• Startseite • …' (which repeats the headline) and the "
              "photo credit on the title line '© Europäische Union, 2020, Quelle: EU-Kommission - Audiovisueller "
              "Dienst, Fotograf*in: Dati Bendo' dropped; the paragraph 'Jourová betonte in ihrer Eingangsrede: „Um dem "
              "aktuellen …', cut off in the stored copy inside its quotation, dropped)",
    license=EU,
    paras=[p1,
           "Auf Einladung von Guido Wolf, Minister der Justiz und für Europa in Baden-Württemberg, diskutierte "
           "Kommissionsvizepräsidentin Věra Jourová gestern Abend bei einer Podiumsdiskussion in Karlsruhe mit Peter "
           "Müller, Richter im Zweiten Senat des Bundesverfassungsgerichts und mit Prof. Dr. Dr. h.c. Angelika "
           "Nussberger, ehemalige Vizepräsidentin und Richterin am Europäischen Gerichtshof für Menschenrechte, zum "
           "Thema „Rechtsstaatlichkeit in der EU“."],
    quotes=[("„Müssen Rechtsstaatlichkeit aktiv verteidigen“", "Věra Jourová"),
            (cut(p1, "„Leider", "bedroht sind“"), "Věra Jourová"),
            (cut(p1, "„Wir können", "Instrument“"), "Věra Jourová"),
            ("„Rechtsstaatlichkeit in der EU“", None)],
    aliases={"Věra Jourová": ["Věra Jourová", "Jourová", "Kommissionsvizepräsidentin Jourová",
                              "EU-Kommissionsvizepräsidentin Věra Jourová",
                              "Kommissionsvizepräsidentin Věra Jourová"]})

p1 = ("Die Europäische Kommission und die britische Regierung haben sich auf ein überarbeitetes Abkommen zum Austritt "
      "des Vereinigten Königreichs aus der Europäischen Union geeinigt. „Wir haben geliefert, und wir haben gemeinsam "
      "geliefert,“ erklärte EU-Chefunterhändler Michel Barnier heute (Donnerstag) Mittag vor Journalisten in Brüssel. "
      "EU-Kommissionspräsident Jean-Claude Juncker erklärte bei einem gemeinsamen Pressestatement mit dem britischen "
      "Premierminister Boris Johnson in Brüssel: „Wir haben einen Deal, der eine Verlängerung unnötig macht. Er bringt "
      "Sicherheit, wo der Brexit Unsicherheit bringt.“")
add(id="ho7-eucom-2019-10-17-eiz-startseite-brexit",
    title="Brexit: EU und Großbritannien einigen sich auf überarbeitetes Austrittsabkommen",
    url="http://www.eiz-niedersachsen.de/",
    retrieved="same address (stored home page of the EIZ Niedersachsen of October 2019, its list 'Aktuelle Meldungen' "
              "of the Representation's news as republished by the EIZ (rule 31), a list page like the EIZ pages in "
              "heldout2-de and heldout4-de (rule 19): the list heading 'Aktuelle Meldungen' dropped; each item's "
              "headline on its own line without its photo credit '© Europäische Union, 2019, Quelle: EC – Service "
              "Audiovisuel, Fotograf*in: …'; the stored copy holds two items)",
    license=EU,
    paras=[p1,
           "Vor Europäischem Rat: Johannes Hahn fordert grünes Licht für Beitrittsverhandlungen mit Nordmazedonien "
           "und Albanien",
           "Die Europäische Kommission hat vor dem Treffen des Europäischen Rates, das ab heute (Donnerstag) in Brüssel "
           "stattfindet, erneut die Eröffnung von Beitrittsverhandlungen mit Nordmazedonien und Albanien gefordert. Die "
           "Kommission erwarte von den EU-Staats- und Regierungschefs politische Führung, erklärte EU-Kommissar "
           "Johannes Hahn gestern nach einem Treffen mit dem nordmazedonischen Regierungschef Zoran Zaev in Brüssel."],
    quotes=[("„Wir haben geliefert, und wir haben gemeinsam geliefert,“", "Michel Barnier"),
            (cut(p1, "„Wir haben einen Deal", "bringt.“"), "Jean-Claude Juncker")],
    aliases={"Michel Barnier": ["Michel Barnier", "EU-Chefunterhändler Michel Barnier"],
             "Jean-Claude Juncker": ["Jean-Claude Juncker", "EU-Kommissionspräsident Jean-Claude Juncker"]})

# --- the Representation's newsletter 'EU-Aktuell' ---

p1 = ("Die Staats- und Regierungschefs der EU27 und die Präsidenten des Europäischen Rates, des Europäischen Parlaments "
      "und der Europäischen Kommission haben am Samstag die Erklärung von Rom unterzeichnet. Darin erklären sie:")
p2 = ("Die Europäische Kommission hat den geplanten Zusammenschluss zwischen den US-Chemiekonzernen Dow und DuPont "
      "heute (Montag) gemäß der EU Fusionskontrollverordnung freigegeben. Die Genehmigung erfolgt vorbehaltlich des "
      "Verkaufs großer Teile der globalen Pestizid-Sparte von DuPont einschließlich der zugehörigen globalen "
      "Forschungs-Kapazitäten. Die für Wettbewerbspolitik zuständige EU-Kommissarin Margrethe Vestager erklärte: "
      "„Pestizide sind ein wichtiges Thema - für Landwirte, Verbraucher und die Umwelt. Der Wettbewerb muss in dieser "
      "Branche funktionieren, damit sich die Unternehmen veranlasst sehen, Produkte zu entwickeln, die Gesundheit und "
      "Umwelt möglichst wenig belasten...\"")
p3 = ("Angesichts der Verhaftung von mehreren hundert Demonstranten, darunter auch Oppositionsführer Alexej Nawalny, "
      "bei den Massenproteste gegen Korruption in der Russischen Föderation hat die Europäische Union das Vorgehen der "
      "russischen Behörden verurteilt. In einer heute (Montag) veröffentlichten Erklärung der EU heißt es: „Wir rufen "
      "die russischen Behörden auf, die internationalen Verpflichtungen vollständig einzuhalten, zu denen sie sich im "
      "Europarat und in der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) bindend bekannt hat, diese "
      "Rechte zu schützen und umgehend die friedlichen Demonstranten, die verhaftet wurden, freizulassen.“")
add(id="ho7-eucom-2017-03-27-newsletter-roemische-vertraege",
    title="60 Jahre Römische Verträge: Juncker erinnert an Friedensleistung der EU",
    url=NL + "2979",
    retrieved="same address (stored newsletter 'EU-Aktuell' of 27.03.2017: its first three items; the newsletter "
              "header ('Falls Sie diese E-Mail …', 'ISSN : 2443-8235', 'European Commission EU-AKTUELL', 'DIE EU IN "
              "DEUTSCHLAND', 'Nachrichten') and the 'Mehr info...' links dropped (rule 19); the first item's teaser "
              "ends with the colon before a quotation that the newsletter does not show, as published; the mixed "
              "marks and the '...' of the Vestager quotation are as published (rules 20, 21))",
    license=EU,
    paras=[p1, "Kommission genehmigt Fusion von Dow und DuPont unter Auflagen", p2,
           "Europäische Union verurteilt Festnahmen in Russland und Belarus", p3],
    quotes=[(cut(p2, "„Pestizide", "belasten...\""), "Margrethe Vestager"),
            (cut(p3, "„Wir rufen", "freizulassen.“"), "Europäische Union")],
    aliases={"Margrethe Vestager": ["Margrethe Vestager", "EU-Kommissarin Margrethe Vestager"],
             "Europäische Union": ["Europäische Union", "EU"]})

p1 = ("EU-Kommissionspräsidentin Ursula von der Leyen hat heute (Montag) die G7 Staats- und Regierungschefs informiert, "
      "dass alle Reisen in die EU, die nicht zwingend notwendig sind, für zunächst 30 Tage eingeschränkt werden. „Hier "
      "in Europa ist derzeit das Zentrum der Virusausbreitung. Und wir wissen, dass alles, was Kontakte zwischen "
      "Menschen verringert, die Ausbreitung des Virus verlangsamt. Und das gilt natürlich auch für Reisen“, sagte von "
      "der Leyen in einer Videobotschaft . Ausnahmen gebe es für Menschen, die im Gesundheitswesen arbeiten, Pendler im "
      "Grenzgebiet sowie europäische Staatsbürgerinnen und Staatsbürger, die nach Hause kommen. „Auch alle "
      "Gütertransporte bleiben bestehen“, sagte von der Leyen. An den Binnengrenzen im EU-Binnenmarkt sollen grüne "
      "Korridore eingerichtet werden, um allen wesentlichen Gütern an Grenzübergängen Vorfahrt zu gewähren.")
p2 = ("Die Europäische Kommission hat heute (Montag) CureVac, einem hochinnovativen Impfstoffentwickler aus Tübingen, "
      "Deutschland, bis zu 80 Mio. Euro finanzielle Unterstützung angeboten, um die Entwicklung und Produktion eines "
      "Impfstoffs gegen das Coronavirus in Europa voranzubringen. „Die EU hat deren Forschung früh unterstützt und wird "
      "nun wieder finanziell helfen. Wir müssen so schnell wie möglich einen Impfstoff finden, der der ganzen Welt "
      "hilft“, twitterte von der Leyen nach einer Videokonferenz mit dem CureVac-Management.")
add(id="ho7-eucom-2020-03-16-newsletter-einreisebeschraenkung",
    title="Von der Leyen: Einreisebeschränkung für nicht zwingend notwendige Reisen in die EU - für zunächst 30 Tage",
    url=NL + "20759",
    retrieved="same address (stored newsletter 'EU-Aktuell' of 16.03.2020: its two news items; the newsletter header "
              "and the 'Mehr' links dropped (rule 19); the space before the full stop in 'Videobotschaft .' kept as "
              "published (rule 20); the appointments section (date line 'Dienstag, 17. März 2020', heading 'Brüssel: "
              "EU-Staats- und Regierungschefs beraten zu Corona' and its teaser, cut off in the stored copy) dropped "
              "(rule 17))",
    license=EU,
    paras=[p1, "EU wird Tübinger Unternehmen CureVac für Entwicklung von Coronavirus-Impfstoff finanziell unterstützen",
           p2],
    quotes=[(cut(p1, "„Hier", "Reisen“"), "Ursula von der Leyen"),
            ("„Auch alle Gütertransporte bleiben bestehen“", "Ursula von der Leyen"),
            (cut(p2, "„Die EU hat", "hilft“"), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen",
                                      "von der Leyen", "Von der Leyen"]})

p1 = ("Kommissionspräsidentin Ursula von der Leyen hat in ihrer ersten Rede zur Lage der Union die Europäerinnen und "
      "Europäer dazu aufgerufen, die Corona-Pandemie als Chance zu begreifen. „Als wir gespürt haben, wie zerbrechlich "
      "alles um uns herum ist, haben wir die Gunst der Stunde genutzt, um unserer Union eine neue Vitalität zu "
      "verleihen“, sagte von der Leyen heute (Mittwoch) vor dem Europäischen Parlament. „Die Menschen möchten diese "
      "Corona-Welt hinter sich lassen, diese Fragilität und Unsicherheit. Sie sind bereit für Veränderung und für "
      "Neubeginn.“ Die von der Leyen-Kommission arbeite an einem nachhaltigen und transformativen Aufschwung, mit dem "
      "Europa wirtschaftlich, ökologisch und geopolitisch voranschreiten könne. Dazu will die Kommission unter anderem "
      "das Ziel für die Senkung der Emissionen bis 2030 von 40 Prozent auf 55 Prozent anheben.")
add(id="ho7-eucom-2020-09-16-newsletter-lage-der-union",
    title="Präsidentin von der Leyen zur Lage der Union: „Ein vitales Europa in einer fragilen Welt“",
    url=NL + "25291",
    retrieved="same address (stored newsletter 'EU-Aktuell' of 16.09.2020: its news item and its one appointment; "
              "the newsletter header, the section labels 'Nachrichten' and 'Termine', the 'Mehr' link and the line "
              "'Weitere Termine in der EU-Terminvorschau.' dropped (rule 19); the appointment's date line kept as its "
              "own line (rule 19); the footer 'Dies ist ein Newsletter der Vertretung …', cut off in the stored copy, "
              "dropped)",
    license=EU,
    paras=[p1, "Donnerstag, 17. September",
           "Brüssel: Frans Timmermans und Kadri Simson stellen neues 2030-Ziel zur Senkung der "
           "Treibhausgasemissionen vor",
           "Wie von EU-Kommissionspräsidentin Ursula von der Leyen in ihrer Rede zur Lage der Union angekündigt, "
           "schlägt die Europäische Kommission vor, das Einsparziel für Treibhausgasemissionen bis 2030 von 40 Prozent "
           "auf mindestens 55 Prozent (gegenüber 1990) zu erhöhen. Der für den europäischen Grünen Deal zuständige "
           "Exekutiv-Vizepräsident der Europäischen Kommission, Frans Timmermans, und EU-Energiekommissarin Kadri "
           "Simson stellen den Kommissionsvorschlag heute ab 12.30 Uhr in einer Pressekonferenz vor. Europe by "
           "Satellite überträgt live."],
    quotes=[("„Ein vitales Europa in einer fragilen Welt“", "Ursula von der Leyen"),
            (cut(p1, "„Als wir", "verleihen“"), "Ursula von der Leyen"),
            (cut(p1, "„Die Menschen", "Neubeginn.“"), "Ursula von der Leyen")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen",
                                      "Präsidentin von der Leyen", "von der Leyen",
                                      "EU-Kommissionspräsidentin Ursula von der Leyen"]})

# --- netzpolitik.org ---

p3 = ("„Die neuen Netzneutralitäts-Leitlinien schließen eines der letzten Schlupflöcher, durch das europäische "
      "Netzbetreiber die Netzneutralität aushebeln konnten“, sagt die Barbara van Schewick, die an der Universität "
      "Stanford über Netzneutralität forscht. Den EU-Regeln zufolge müssen Netzbetreiber sämtlichen Datenverkehr gleich "
      "behandeln, was beim diskriminierenden Zero Rating offenkundig nicht der Fall ist.")
p4 = ("Solche Angebote würden den Wettbewerb verzerren und die Marktmacht großer Internet-Plattformen wie Facebook oder "
      "Google zementieren, sagt van Schewick. „Dabei suchen wir doch gerade Wege, deren Macht zu reduzieren.“ Große "
      "Anbieter wie das zu Meta gehörende WhatsApp könnten es sich leisten, die technischen und organisatorischen "
      "Vorgaben von Netzbetreibern umzusetzen, kleinere Anbieter wie Signal aber nicht. „Viele bleiben dann doch lieber "
      "bei WhatsApp“, sagt van Schewick.")
add(id="ho7-np-2022-06-netzneutralitaet-zero-rating", title=None,
    url="https://netzpolitik.org/2022/netzneutralitaet-weniger-zero-rating-mehr-datenvolumen/",
    retrieved="same address (stored page of June 2022; the stored copy begins with the body, without headline, so its "
              "first paragraph is the first line (rule 32); the subheading 'Geschlossenes Schlupfloch' kept as its "
              "own line; the paragraph 'Die Auseinandersetzung rund um das Geschäft mit Zero Rating …', cut off in the "
              "stored copy, dropped together with its subheading 'Zerstückeltes Internet' (rule 17); the published "
              "'sagt die Barbara van Schewick' kept (rule 20))",
    license=NP,
    paras=["Nach der Grundsatzentscheidung des Europäischen Gerichtshofs (EuGH) ziehen nun die Regulierer nach. In den "
           "gestern veröffentlichten, überarbeiteten Leitlinien stellt das Gremium Europäischer Regulierungsstellen "
           "für elektronische Kommunikation (Gerek) klar: Zero-Rating-Angebote sind mit der Netzneutralität nicht "
           "vereinbar und somit EU-weit verboten.",
           "Als Zero-Rating-Angebote gelten Produkte, die den Zugriff auf ausgewählte Online-Dienste vom meist knappen "
           "monatlichen Datenvolumen ausnehmen. In Deutschland sind mit StreamOn der Telekom und Vodafone Pass zwei "
           "solcher Angebote auf dem Markt. Schon zuvor hatte die deutsche Bundesnetzagentur auf das EuGH-Urteil "
           "reagiert und im April den Stopp solcher Produkte angeordnet. Sie dürfen ab dem 1. Juli nicht mehr weiter "
           "vermarktet werden, bestehende Verträge laufen im März 2023 aus.",
           "Geschlossenes Schlupfloch", p3, p4],
    quotes=[(cut(p3, "„Die neuen", "konnten“"), "Barbara van Schewick"),
            ("„Dabei suchen wir doch gerade Wege, deren Macht zu reduzieren.“", "Barbara van Schewick"),
            ("„Viele bleiben dann doch lieber bei WhatsApp“", "Barbara van Schewick")],
    aliases={"Barbara van Schewick": ["Barbara van Schewick", "van Schewick"]})

add(id="ho7-np-2022-03-palantir-bayern", title=None,
    url="https://netzpolitik.org/2022/umstrittener-ueberwachungskonzern-bayerns-polizei-setzt-bald-software-von-palantir-ein/",
    retrieved="same address (stored page of March 2022; the stored copy begins with the teaser, without headline, so "
              "the teaser is the first line (rule 32); the paragraph 'Der bayerische Landesdatenschutzbeauftragte "
              "Thomas Petri …', cut off in the stored copy, dropped together with its subheading 'Kritik an "
              "Zweckentfremdung der Daten' (rule 17))",
    license=NP,
    paras=["Trotz heftiger Kritik beim Datenschutz und an einem „fragwürdigen Vergabeverfahren“ hat die Bayerische "
           "Polizei dem Unternehmen Palantir den Zuschlag für eine Verknüpfung polizeilicher Datenbanken gegeben.",
           "Die bayerische Polizei wird in Zukunft Software des umstrittenen Überwachungskonzerns Palantir für ein so "
           "genanntes „Verfahrensübergreifendes Recherche- und Analysesystem“ (VeRA) einsetzen. Die Software soll "
           "verschiedene Datenbanken der Polizei miteinander verknüpfen.",
           "In der Pressemitteilung der Polizei heißt es, dass man mit der technologischen Entwicklung Schritt halten "
           "müsse. Ziel sei es, die Analysefähigkeit der Polizei zur Bekämpfung und Verfolgung der schweren und "
           "organisierten Kriminalität und des Terrorismus erfolgreicher und schneller zu machen. Viel Text widmet die "
           "Pressemitteilung dem Datenschutz. So sei die Software nicht an das Internet angeschlossen, neue Daten "
           "würden nicht erhoben und Palantir sichere die Einhaltung der No-Spy-Klausel zu. Zudem würde ein "
           "unabhängiges Forschungsinstitut den Quelltext der Software prüfen, um mögliche Schadsoftware oder "
           "Hintertüren auszuschließen."],
    quotes=[("„fragwürdigen Vergabeverfahren“", None),
            ("„Verfahrensübergreifendes Recherche- und Analysesystem“", None)],
    aliases={})
