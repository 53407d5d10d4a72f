# Four-hundred-and-thirty-third held-out German real-news set (tests/data/heldout433-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2260-2263). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or release number,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-thirty-third held-out set": nine press releases of the Bavarian State
# Ministry of the Interior, for Sport and Integration (Bayerisches Staatsministerium des Innern, für Sport und Integration,
# StMI), 2022-2025, eight on its Staatssekretär Sandro Kirchner and one on the minister Joachim Herrmann, as stored under
# the ministry's domains (stmi.bayern.de, im.bayern, innenministerium.bayern.de, bayerisches-innenministerium.de; licence
# BAYSTMI: "The reproduction and use of press releases and speeches is generally permitted subject to reference to the
# source"). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture (date lines) is dropped (rule 2261), and each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


KIRCHNER = "Sandro Kirchner"
HERRMANN = "Joachim Herrmann"
KIRCHNER_FORMS = ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]

# --- StMI press release, 2025: Kirchner at the city of Munich's reception for the Munich police and security services ---

EMP_P1 = ("München - Bayerns Innenstaatssekretär Sandro Kirchner hat beim Empfang der Landeshauptstadt für Angehörige der "
          "Münchner Polizei und Sicherheitsdienste allen Sicherheitskräften der Stadt seinen Dank ausgesprochen. \"Alle, die "
          "in München für Sicherheit sorgen, leisten einen hervorragenden Einsatz. Sie sind ein Hauptgrund dafür, dass "
          "München seit Jahren die sicherste Großstadt Deutschlands ist\", sagte er.")
EMP_P2 = ("+++ Kirchner betonte zudem: \"München ist seit Jahren unangefochten die sicherste aller Städte Deutschlands mit "
          "mehr als 200.000 Einwohnern. Neben der konsequenten bayerischen Sicherheitspolitik sei die enge Zusammenarbeit "
          "zwischen Stadt und Polizei ein wesentlicher Grund für das stabile Sicherheitsniveau. Besonders bei "
          "Großveranstaltungen wie dem Oktoberfest, der IAA und der Münchner Sicherheitskonferenz werde die Kooperation "
          "sichtbar, die regelmäßig internationale Aufmerksamkeit auf die Landeshauptstadt zieht.\" +++")
EMP_P3 = ("Ein weiterer Pfeiler der Sicherheitsstrategie ist die personelle Stärke der Bayerischen Polizei. Von 2008 bis 2025 "
          "hat Bayern rund 8.700 neue Stellen für die Polizei geschaffen, ein deutschlandweit einzigartiger Wert. Auch München "
          "profitiert davon: Das Polizeipräsidium München ist auf über 6.000 Stellen angewachsen. \"Damit stellen wir sicher, "
          "dass München auch künftig ein Ort bleibt, an dem Menschen besonders sicher leben können\", erklärte der "
          "Innenstaatssekretär.")

add(id="ho433-stmi-2025-kirchner-empfang-muenchner-polizei",
    title="Kirchner beim Empfang der Landeshauptstadt München für Angehörige der Münchner Polizei und Sicherheitsdienste",
    url="https://www.stmi.bayern.de/presse-und-medien/pressemitteilungen/detail/kirchner-beim-empfang-der-landeshauptstadt-muenchen-fuer-angehoerige-der-muenchner-polizei-und-sicherheitsdienste-20970",
    retrieved="same address (press release of the StMI in its current page layout, 2025 by its contents ('Von 2008 bis "
              "2025'); the stored copy shows no date line; headline and three paragraphs, complete as stored; the date "
              "word 'München - ' that opens the first paragraph is part of it and kept; the teaser markers '+++' kept as "
              "published (rule 2260))",
    license=BAYSTMI,
    paras=[EMP_P1, EMP_P2, EMP_P3],
    # 'sagte er' refers back to Kirchner in the same sentence pair; the marked statement of the second paragraph slides into
    # the Konjunktiv inside its marks and stays one quotation (rule 302)
    quotes=[(cut(EMP_P1, "\"Alle,", "ist\""), KIRCHNER),
            (cut(EMP_P2, "\"München", "zieht.\""), KIRCHNER),
            (cut(EMP_P3, "\"Damit", "können\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI regional press release S29/2023, 16 October 2023: Steckkreuz for five firemen of Lower Franconia ---

STK_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner bei Steckkreuzverleihung in Unterfranken: Auszeichnung für besondere "
           "Verdienste im Feuerwehrwesen - Fünf Feuerwehrmänner für ihren großartigen Einsatz geehrt")
STK_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute gemeinsam mit Unterfrankens Regierungspräsident Dr. "
          "Eugen Ehmann das Steckkreuz für besondere Verdienste um das Feuerwehrwesen an fünf Feuerwehrmänner aus dem "
          "Regierungsbezirk ausgehändigt. Kirchner dankte den Ausgezeichneten für ihr Engagement: \"Sie setzen sich "
          "unermüdlich und uneigennützig für die Sicherheit unserer Bürgerinnen und Bürger ein und leisten damit einen "
          "unbezahlbaren Beitrag zum Zusammenhalt in der Gesellschaft. Ich freue mich, Ihnen mit dem Steckkreuz ein Zeichen "
          "der Anerkennung für Ihren ehrenamtlichen Einsatz überreichen zu dürfen.\" Mit rund 430.000 Ehrenamtlichen bei den "
          "Feuerwehren, dem Technischen Hilfswerk und den freiwilligen Hilfsorganisationen sei Bayern ein echtes "
          "Ehrenamtsland. \"Ein so großes Engagement für unsere Mitmenschen ist jedoch nicht selbstverständlich. Sie sind "
          "wahre Vorbilder – wir brauchen Menschen wie Sie, die zupacken, wenn andere Hilfe benötigen\", betonte Kirchner. +++")

add(id="ho433-stmi-2023-10-16-kirchner-steckkreuz-unterfranken",
    title="Kirchner: Auszeichnung für besondere Verdienste im Feuerwehrwesen",
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2023/S29/index.php",
    retrieved="same address (regional press release S29 of the StMI, 16 October 2023; the date line 'München, 16.10.2023', "
              "run into the subtitle without a space in the stored copy, dropped and the subtitle kept as a line of its own "
              "(rule 2261); the list of the five honoured firemen kept as lines as published, one per line with its "
              "trailing comma; complete as stored)",
    license=BAYSTMI,
    paras=[STK_SUB, STK_P1,
           "Folgende Personen wurden heute mit dem Steckkreuz ausgezeichnet:",
           "Thomas Eyrich, Kreisbrandinspektor aus Oberthulba,",
           "Ronald Geis, Kreisbrandinspektor aus Burkardroth,",
           "Thomas Habermann, Kreisbrandinspektor aus Unterpreppach,",
           "Christian Neugebauer, Kreisbrandmeister aus Bad Bocklet,",
           "Karl-Heinz Thiemer, Ehrenstadtbrandinspektor aus Schweinfurt.",
           "Das Steckkreuz wird vom Bayerischen Innenminister für außergewöhnliche Leistungen wie entschlossenes und mutiges "
           "Handeln im Einsatz oder langjährige verdienstvolle Arbeit im Interesse der Feuerwehren im Freistaat verliehen."],
    # Ehmann hands over the award with Kirchner but the thanks are Kirchner's alone (`Kirchner dankte …:`)
    quotes=[(cut(STK_P1, "\"Sie setzen", "dürfen.\""), KIRCHNER),
            (cut(STK_P1, "\"Ein so großes", "benötigen\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI regional press release S34/2023, 25 November 2023: 60 years of the DLRG local branch in Bad Kissingen ---

DLRG_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner beim 60-jährigen Jubiläum des DLRG-Ortsverbands Bad Kissingen: "
            "Herausragendes Engagement in allen Einsatzbereichen")
DLRG_P1 = ("+++ \"Sie setzen sich dafür ein, dass Menschen vor dem Ertrinken bewahrt werden. Mit viel Herzblut und "
           "Leidenschaft bringen Sie Menschen das Schwimmen bei, klären über Wassergefahren auf und sind ein wichtiger Teil "
           "des bayerischen Katastrophenschutzes.\" Mit diesen Worten hat Bayerns Innenstaatssekretär Sandro Kirchner dem "
           "Ortsverband Bad Kissingen der Deutschen Lebensrettungs-Gesellschaft (DLRG) zum 60-jährigen Jubiläum gratuliert "
           "und dessen großartige Leistungen in der Wasserrettung gewürdigt. Die DLRG in Bad Kissingen sei wie in ganz Bayern "
           "eine wesentliche Stütze im bayerischen Gefahrenabwehr- und Hilfeleistungssystem und verfüge über ein vielfältiges "
           "Einsatzspektrum. \"Sie sind ein verlässlicher Partner in Sachen Rettungsdienst sowie Katastrophen-, Umwelt- und "
           "Naturschutz\", so Kirchner. +++")

add(id="ho433-stmi-2023-11-25-kirchner-dlrg-bad-kissingen",
    title="Kirchner beim 60-jährigen Jubiläum des DLRG-Ortsverbands Bad Kissingen",
    url="https://www.im.bayern/med/pressemitteilungen/regional/2023/S34/index.php",
    retrieved="same address (regional press release S34 of the StMI, 25 November 2023; the date line 'München, "
              "25.11.2023' dropped (rule 2261); subtitle kept as a line; the next paragraph ('Der Bayerischen "
              "Staatsregierung sei … Vielen Dank für Ihre Arbeit!'), whose last statement is still open where the stored "
              "copy ends at about 2,000 characters, cut off and dropped (rule 15))",
    license=BAYSTMI,
    paras=[DLRG_SUB, DLRG_P1],
    quotes=[(cut(DLRG_P1, "\"Sie setzen", "Katastrophenschutzes.\""), KIRCHNER),
            (cut(DLRG_P1, "\"Sie sind", "Naturschutz\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI press release 294b/2022, 26 September 2022: 188 new police inspectors graduate in Fürstenfeldbruck ---

KOM_SUB = ("188 neue Kommissarinnen und Kommissare für die Bayerische Polizei - Bayerns Innenstaatssekretär Sandro Kirchner "
           "gratulierte Kommissarinnen und Kommissaren: Bestens gerüstet für die Herausforderungen")
KOM_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute in Fürstenfeldbruck 188 neuen Polizistinnen und "
          "Polizisten gratuliert, die in diesem September erfolgreich ihr Studium am Fachbereich Polizei der Hochschule für den "
          "öffentlichen Dienst in Bayern abgeschlossen haben. \"Mit viel Fleiß, Eifer und Engagement haben Sie sich durch die "
          "verschiedensten Themen und Fächer gekämpft\", lobte Kirchner. \"Sie sind damit für die großen Herausforderungen "
          "des Polizeiberufs bestens gerüstet.\" Der Innenstaatssekretär hob hervor, dass die neuen Kommissarinnen und "
          "Kommissare als Führungskräfte bei den Dienststellen der Schutzpolizei und als hochversierte Ermittler bei der "
          "Kriminalpolizei eine wichtige Verstärkung sind. +++")
KOM_P2 = ("Kirchner dankte insbesondere auch den Dozenten und Mitarbeitern der Hochschule sowie den Vertretern der "
          "Polizeipräsidien, die wesentlich dazu beitragen, dass die Studenten eine bestmögliche theoretische sowie praktische "
          "Ausbildung bekommen. \"Wir in Bayern verstehen den Polizeiberuf als Dienst von Menschen an Menschen und an der "
          "Gesellschaft\", betonte Kirchner. Zentrale Kernaufgabe sei die Gewährleistung eines Höchstmaßes an Sicherheit. "
          "Bayern nehme im bundesweiten Vergleich in der polizeilichen Kriminalstatistik 2021 die Spitzenposition ein. Der "
          "Staatssekretär verkündete stolz: \"In Bayern leben, heißt sicherer leben!\". Und dies sei der Verdienst der "
          "engagierten und ausgezeichneten Arbeit der Bayerischen Polizei.")

add(id="ho433-stmi-2022-09-26-kirchner-188-kommissare",
    title="Kirchner: 188 neue Kommissarinnen und Kommissare für die Bayerische Polizei",
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2022/294b/index.php",
    retrieved="same address (press release 294b of the StMI, 26 September 2022; the date line 'München, 26.09.2022' "
              "dropped (rule 2261); subtitle kept as a line; complete as stored; the full stop after the closing mark "
              "'leben!\".' kept as published (rule 20))",
    license=BAYSTMI,
    paras=[KOM_SUB, KOM_P1, KOM_P2],
    # the slogan-like sentence after `verkündete stolz:` is the state secretary's own utterance (rule 53), not a null motto
    quotes=[(cut(KOM_P1, "\"Mit viel", "gekämpft\""), KIRCHNER),
            (cut(KOM_P1, "\"Sie sind", "gerüstet.\""), KIRCHNER),
            (cut(KOM_P2, "\"Wir in Bayern", "Gesellschaft\""), KIRCHNER),
            (cut(KOM_P2, "\"In Bayern leben", "leben!\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS + ["Staatssekretär"]})

# --- StMI press release 285b/2022, 15 September 2022: 67 new officers for the Unterfranken police headquarters ---

UFR_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner begrüßt 67 neue Polizeibeamte beim Polizeipräsidium Unterfranken - "
           "Sicherheitslage in Bayern und Unterfranken 2021 erneut verbessert")
UFR_P1 = ("+++ 67 neue Polizistinnen und Polizisten des Polizeipräsidiums Unterfranken hat heute Bayerns Innenstaatssekretär "
          "Sandro Kirchner in Würzburg begrüßt. Gemeinsam mit dem Polizeipräsidenten Detlev Tolle hieß Kirchner die neu "
          "zugeteilten sowie von anderen Verbänden versetzten Polizeibeamten willkommen: \"Schön, dass Sie hier sind! Sie "
          "sind eine sehr wertvolle Verstärkung für die einzelnen Inspektionen und Einsatzzüge\". Angesichts wachsender "
          "Aufgaben und mannigfaltiger Herausforderungen brauche Bayern auch weiterhin eine personell, fachlich und sachlich "
          "gut aufgestellte Polizei. Kirchner verwies darauf, dass bereits in diesem Jahr die Bayerische Polizei mit mehr als "
          "44.500 Stellen eine neue Höchstmarke im Stellenbestand verzeichne. \"Das Polizeipräsidium Unterfranken kann sich "
          "in diesem Jahr über rund 120 neue Kolleginnen und Kollegen freuen. Das sind mehr als die Abgänge infolge von "
          "Ruhestandsversetzungen\", betonte Kirchner. +++")
UFR_P2 = ("Die Bayerische Polizei stehe ständig vor neuen Herausforderungen und müsse immer wieder innovativ und kreativ neue "
          "Bekämpfungsansätze entwickeln. Für Kirchner steht fest: \"Die Mühen unserer engagierten Polizeikräfte zahlen sich "
          "aus.\" Auch im Jahr 2021 habe sich die Sicherheitslage in Bayern erneut verbessert – niedrigste "
          "Kriminalitätsbelastung seit 44 Jahren und gleichzeitig die höchste Aufklärungsquote seit 27 Jahren. Der Schlüssel "
          "hierfür seien gut ausgebildete Polizeibeamtinnen und Polizeibeamte. Der Innenstaatssekretär ist sich sicher: \"Mit "
          "mehr Polizeipräsenz in Stadt und Land stärken wir das Sicherheitsgefühl der Bevölkerung und damit auch das "
          "Vertrauen in unseren Staat\".")

add(id="ho433-stmi-2022-09-15-kirchner-sicherheitslage-unterfranken",
    title="Kirchner: Sicherheitslage in Bayern und Unterfranken 2021 erneut verbessert",
    url="https://innenministerium.bayern.de./med/pressemitteilungen/pressearchiv/2022/285b/index.php",
    retrieved="same address (press release 285b of the StMI, 15 September 2022; the date line 'München, 15.09.2022', run "
              "into the subtitle without a space in the stored copy, dropped and the subtitle kept as a line of its own "
              "(rule 2261); complete as stored; the full stops after the closing marks kept as published (rule 20))",
    license=BAYSTMI,
    paras=[UFR_SUB, UFR_P1, UFR_P2],
    # the welcome spoken by Kirchner `gemeinsam mit dem Polizeipräsidenten Detlev Tolle` is a joint greeting (rule 163):
    # Kirchner, the subject, is canonical and Tolle an alias
    quotes=[(cut(UFR_P1, "\"Schön", "Einsatzzüge\""), KIRCHNER),
            (cut(UFR_P1, "\"Das Polizeipräsidium", "Ruhestandsversetzungen\""), KIRCHNER),
            (cut(UFR_P2, "\"Die Mühen", "aus.\""), KIRCHNER),
            (cut(UFR_P2, "\"Mit mehr", "Staat\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS + ["Detlev Tolle"]})

# --- StMI regional press release S5/2025, 27 April 2025: 150 years of the volunteer fire brigade Unterelsbach ---

UEL_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner beim 150. Jubiläum der Freiwilligen Feuerwehr Unterelsbach: Ehrung "
           "verdienter Feuerwehrpersönlichkeiten - \"Helfer in Not und dabei immer mutig im Einsatz für ihre Mitbürger\"")
UEL_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute der Freiwilligen Feuerwehr Unterelsbach zu ihrem 150. "
          "Jubiläum gratuliert. Dabei ehrte der Innenstaatssekretär auch mehrere verdiente Feuerwehrpersönlichkeiten für "
          "ihren langjährigen aktiven Dienst bei der Feuerwehr. \"Liebe Feuerwehrfrauen und -männer, Sie sind Helfer in Not "
          "und dabei immer fachkundig, effektiv und mutig im Einsatz für Ihre Mitbürger.\" Die 40 aktiven Mitglieder der "
          "Freiwilligen Feuerwehr Unterelsbach leisteten im Jahr 2024 ehrenamtlich über 200 Einsatzstunden. \"Das verdient "
          "unsere Anerkennung und unseren Respekt. Dieses Engagement ist keinesfalls selbstverständlich\", betonte "
          "Kirchner. +++")
UEL_P2 = ("\"Das sicherheitsrelevante Ehrenamt ist der Bayerischen Staatsregierung ein Herzensanliegen\", versicherte der "
          "Innenstaatssekretär. Der Freistaat unterstütze Gemeinden und Landkreise bei dem Erwerb von Feuerwehrfahrzeugen und "
          "der Errichtung von Feuerwehrgerätehäusern. \"Der Landkreis Rhön-Grabfeld erhielt dabei in den letzten fünf Jahren "
          "rund drei Millionen Euro an Fördergeldern\", so Kirchner. Seit 2011 investierte der Freistaat in den Ausbau der "
          "drei staatlichen Feuerwehrschulen mehr als 122 Millionen Euro. Auch zukünftig seien weitere millionenschwere "
          "Investitionen für aktuelle Baumaßnahmen geplant. \"Liebe Feuerwehrfrauen und -männer, auch die beste Ausrüstung "
          "nützt nichts ohne Ihr großes Engagement. Wir brauchen Menschen wie Sie, die zupacken und helfen, wenn andere in Not "
          "sind! Vielen Dank für Ihren uneigennützigen und hochengagierten Einsatz.\"")

add(id="ho433-stmi-2025-04-27-kirchner-ff-unterelsbach",
    title="Kirchner beim 150. Jubiläum der Freiwilligen Feuerwehr Unterelsbach",
    url="https://innenministerium.bayern.de./med/pressemitteilungen/regional/2025/S5/index.php",
    retrieved="same address (regional press release S5 of the StMI, 27 April 2025; the date line 'München, 27.04.2025' "
              "dropped (rule 2261); subtitle kept as a line; complete as stored (about 1,800 characters))",
    license=BAYSTMI,
    paras=[UEL_SUB, UEL_P1, UEL_P2],
    # subtitle quotation under a subtitle that names Kirchner (rule 107); the cue-less address `"Liebe Feuerwehrfrauen …"`
    # that closes the release after the ministry's own narration is Kirchner's (rule 2262)
    quotes=[("\"Helfer in Not und dabei immer mutig im Einsatz für ihre Mitbürger\"", KIRCHNER),
            (cut(UEL_P1, "\"Liebe", "Mitbürger.\""), KIRCHNER),
            (cut(UEL_P1, "\"Das verdient", "selbstverständlich\""), KIRCHNER),
            (cut(UEL_P2, "\"Das sicherheitsrelevante", "Herzensanliegen\""), KIRCHNER),
            (cut(UEL_P2, "\"Der Landkreis", "Fördergeldern\""), KIRCHNER),
            (cut(UEL_P2, "\"Liebe", "Einsatz.\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI press release, 2025: 130 years of the volunteer fire brigade Volkers, new fire engine ---

VOL_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner gratuliert zum 130. Jubiläum der Freiwilligen Feuerwehr Volkers: "
           "\"Fachkundig, effektiv und mutig im Einsatz für ihre Mitmenschen\" - Neues Tragkraftspritzenfahrzeug eingeweiht")
VOL_P1 = ("+++ \"Fachkundig, effektiv, präventiv und mutig, das ist die Freiwillige Feuerwehr Volkers – bereits seit 130 "
          "Jahren.\" Mit diesen Worten gratulierte Bayerns Innenstaatssekretär Sandro Kirchner heute der Freiwilligen "
          "Feuerwehr Volkers zum Jubiläum, dessen Schirmherrschaft Kirchner übernommen hatte und lobte darüber hinaus das "
          "große ehrenamtliche Engagement der 40 aktiven Mitglieder und ihre 120 Einsatzstunden im Jahr. \"Ihr Einsatz "
          "bedeutet mehr als 'bloßen' Brandschutz und beinhaltet starken Zusammenhalt, gelebte Solidarität sowie das "
          "bereichernde Gefühl, anderen Menschen in Not helfen zu können, ganz gemäß dem Motto unserer Feuerwehren 'Retten – "
          "Löschen – Bergen – Schützen'.\" Im Rahmen des heutigen Festakts wurde auch das neue Tragkraftspritzenfahrzeug-Wasser "
          "eingeweiht \"Damit sind Sie für die kommenden Einsätze noch besser ausgerüstet\", betonte Kirchner. Der Freistaat "
          "hat die Anschaffung des Fahrzeugs samt Tragkraftspritze mit knapp 48.000 Euro gefördert. +++")

add(id="ho433-stmi-2025-kirchner-ff-volkers",
    title="Kirchner gratuliert zum 130. Jubiläum der Freiwilligen Feuerwehr Volkers",
    url="https://www.stmi.bayern.de/presse-und-medien/pressemitteilungen/detail/kirchner-gratuliert-zum-130.-jubilaeum-der-freiwilligen-feuerwehr-volkers",
    retrieved="same address (press release of the StMI in its current page layout, 2025; the stored copy shows no date "
              "line; subtitle kept as a line; the missing full stop before '\"Damit sind Sie' kept as published (rule 20); "
              "the second paragraph ('Insgesamt sind im gesamten Freistaat … \"Bayern ist im bundesweiten Vergleich'), cut "
              "off inside a statement, dropped (rule 15))",
    license=BAYSTMI,
    paras=[VOL_SUB, VOL_P1],
    # the nested ASCII single marks ('bloßen', the motto) stay inside Kirchner's span (rule 110, NOTES.md nested marks)
    quotes=[("\"Fachkundig, effektiv und mutig im Einsatz für ihre Mitmenschen\"", KIRCHNER),
            (cut(VOL_P1, "\"Fachkundig, effektiv, präventiv", "Jahren.\""), KIRCHNER),
            (cut(VOL_P1, "\"Ihr Einsatz", "Schützen'.\""), KIRCHNER),
            (cut(VOL_P1, "\"Damit", "ausgerüstet\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI regional press release S5/2022, 5 June 2022: 150 years volunteer fire brigade, 40 years youth brigade Zeitlofs ---

ZEI_SUB = ("150 Jahre Freiwillige Feuerwehr und 40 Jahre Jugendfeuerwehr in Zeitlofs - Bayerns Innenstaatssekretär Sandro "
           "Kirchner gratuliert zum stolzen Jubiläum: Hervorragendes ehrenamtliches Engagement - Freistaat unterstützt "
           "Feuerwehren tatkräftig")
ZEI_P1 = ("+++ \"150 Jahre Freiwillige Feuerwehr und 40 Jahre Jugendfeuerwehr in Zeitlofs sind Jubiläen, auf die die "
          "Feuerwehrkameradinnen und Feuerwehrkameraden richtig stolz sein können\", gratulierte Bayerns Innenstaatssekretär "
          "Sandro Kirchner auf der heutigen Festveranstaltung und lobte das hervorragende ehrenamtliche Engagement. Besonders "
          "hob der Innenstaatssekretär dabei die Jugendfeuerwehr hervor: \"Statt 'Abhängen' und 'Chillen' schon in jungen "
          "Jahren Dienst für die Gemeinschaft zu leisten ist absolut vorbildlich!\" Ein so starker freiwilliger Einsatz für "
          "die Gemeinschaft sei nicht selbstverständlich. \"Der Bayerischen Staatsregierung und mir ganz persönlich ist "
          "deshalb die Stärkung und Unterstützung unserer freiwilligen Feuerwehren ein großes Herzensanliegen\", so Kirchner. "
          "\"Wir wollen für möglichst optimale Rahmenbedingungen sorgen, von der Ausbildung, über die Ausstattung und "
          "Ausrüstung bis hin zur Unterstützung bei der Nachwuchsgewinnung.\" +++")

add(id="ho433-stmi-2022-06-05-kirchner-ff-zeitlofs",
    title="Kirchner gratuliert: 150 Jahre Freiwillige Feuerwehr und 40 Jahre Jugendfeuerwehr in Zeitlofs",
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/regional/2022/S5/index.php",
    retrieved="same address (regional press release S5 of the StMI, 5 June 2022; the date line 'München, 05.06.2022' "
              "dropped (rule 2261); subtitle kept as a line; the second paragraph ('Wie Kirchner erläuterte, … sind weitere "
              "21 neue Stellen vorg'), cut off in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[ZEI_SUB, ZEI_P1],
    # the nested ASCII single marks ('Abhängen', 'Chillen') stay inside Kirchner's span; the last sentence in marks, after
    # `so Kirchner.`, continues him without a cue of its own (NOTES.md continuation)
    quotes=[(cut(ZEI_P1, "\"150 Jahre", "können\""), KIRCHNER),
            (cut(ZEI_P1, "\"Statt", "vorbildlich!\""), KIRCHNER),
            (cut(ZEI_P1, "\"Der Bayerischen", "Herzensanliegen\""), KIRCHNER),
            (cut(ZEI_P1, "\"Wir wollen", "Nachwuchsgewinnung.\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS})

# --- StMI press release 183b/2024, 17 June 2024: Herrmann awards the 'Stern der Sicherheit' for the tenth time ---

STE_TITLE = "Herrmann verleiht \"Stern der Sicherheit\""
STE_SUB = ("Bayerische Staatsmedaille Innere Sicherheit - Bayerns Innenminister Joachim Herrmann verleiht zum zehnten Mal den "
           "\"Stern der Sicherheit\" für außerordentliche Verdienste um die Innere Sicherheit")
STE_P1 = ("+++ Bayerns Innenminister Joachim Herrmann hat heute acht hochengagierte Persönlichkeiten mit der Bayerischen "
          "Staatsmedaille Innere Sicherheit ausgezeichnet, auch 'Stern der Sicherheit' genannt. \"Unsere Geehrten haben sich "
          "großartig für die Gesellschaft, das Gemeinwohl und die Sicherheit eingesetzt\", betonte Herrmann. \"Sie haben sich "
          "den 'Stern der Sicherheit' redlich verdient!\" Laut Herrmann sind Freiheit und Sicherheit keine "
          "Selbstverständlichkeit: \"Wir müssen sie Tag für Tag erarbeiten und verteidigen.\" Der Innenminister bezeichnete "
          "die Geehrten als leuchtende Vorbilder: \"Sie haben sich im Einsatz um die Innere Sicherheit und die Werte unserer "
          "Gesellschaft großen Respekt und hohe Anerkennung erarbeitet. Herzlichen Dank!\" +++")
STE_P2 = ("Mit der Bayerischen Staatsmedaille ‚Stern der Sicherheit‘ würdigt der Innenminister seit 2013 herausragende "
          "Verdienste um die Innere Sicherheit. Sie wird an maximal 15 Personen pro Jahr verliehen, die sich langjährig und "
          "nachhaltig um die Innere Sicherheit in Bayern und darüber hinaus engagieren. Folgende Persönlichkeiten haben heute "
          "den 'Stern der Sicherheit' erhalten:")

add(id="ho433-stmi-2024-06-17-herrmann-stern-der-sicherheit",
    title=STE_TITLE,
    url="https://im.bayern/med/pressemitteilungen/pressearchiv/2024/183b/index.php",
    retrieved="same address (press release 183b of the StMI, 17 June 2024; the date line 'München, 17.06.2024', run into "
              "the subtitle without a space in the stored copy, dropped and the subtitle kept as a line of its own (rule "
              "2261); the list of honoured persons kept as lines without the leading '- ' bullets; the seventh item "
              "('- Fredi Weiß'), cut off in the stored copy, and the rest dropped (rule 15))",
    license=BAYSTMI,
    paras=[STE_SUB, STE_P1, STE_P2,
           "Hubertus Andrä, ehemaliger Präsident des Polizeipräsidiums München",
           "Volker Härdtl, ehemaliger Landesgeschäftsführer der Deutschen Lebens-Rettungs-Gesellschaft Bayern",
           "Alfred Hettmer, Erster Kriminalhauptkommissar a. D. und ehemaliger Co-Moderator der Sendung 'Aktenzeichen XY "
           "Ungelöst'",
           "Ahmad Mansour, Diplom-Psychologe und Islamismusexperte",
           "Prof. Dr. Angelika Niebler, Mitglied des Europäischen Parlaments seit 1999 und dort besonders in den Bereichen "
           "Rechtspolitik, Sicherheit und Wirtschaft engagiert",
           "Leonhard Stärk, ehemaliger Landesgeschäftsführer des Bayerischen Roten Kreuzes"],
    # the medal's name in marks is null wherever it stands on its own: in double marks in the title and the subtitle (rule
    # 2263), in ASCII single marks (rule 2176) and in single low-high marks (rule 160); inside Herrmann's second quotation it
    # stays part of his span; the programme title in ASCII single marks is null (rule 2); ASCII single-mark spans were
    # checked by eye (build.py does not check them)
    quotes=[("\"Stern der Sicherheit\"", None, 0),
            ("\"Stern der Sicherheit\"", None, 1),
            ("'Stern der Sicherheit'", None, 0),
            (cut(STE_P1, "\"Unsere Geehrten", "eingesetzt\""), HERRMANN),
            (cut(STE_P1, "\"Sie haben sich den", "verdient!\""), HERRMANN),
            (cut(STE_P1, "\"Wir müssen", "verteidigen.\""), HERRMANN),
            (cut(STE_P1, "\"Sie haben sich im", "Dank!\""), HERRMANN),
            ("‚Stern der Sicherheit‘", None),
            ("'Stern der Sicherheit'", None, 2),
            ("'Aktenzeichen XY Ungelöst'", None)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})
