# Eighty-ninth held-out German real-news set (tests/data/heldout89-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 700). None of these
# pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, the speakers' names and a distinctive
# phrase against every source/url field and every address named in the modules and SOURCES.md files of tests/data and
# /work/wt-heldout*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Eighty-ninth held-out set": speeches published by the Deutsche Bundesbank on
# bundesbank.de and one news item of the Hochschule der Deutschen Bundesbank (licence constant BUBA in licences.py).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Deutsche Bundesbank: speeches on bundesbank.de ---

ZEITLER = "Franz-Christoph Zeitler"

add(id="ho89-bundesbank-rede-verabschiedung-aus-dem-vorstand",
    title="Verabschiedung aus dem Vorstand der Deutschen Bundesbank Rede anlässlich der Amtswechselfeier in der Zentrale "
          "der Deutschen Bundesbank",
    url="https://bundesbank.de/de/presse/reden/verabschiedung-aus-dem-vorstand-der-deutschen-bundesbank-710790",
    retrieved="same address (speech of a departing member of the Executive Board, published under 'Presse > Reden'; the "
              "headline and the subheading 'Rede anlässlich …' run together in one line as stored (rule 18); the lines "
              "of the salutation kept as lines of their own; the three bullet lines kept with their bullet '•' and "
              "without the leading blanks; empty lines dropped; the last paragraph 'Ich will auch dem Raum verschaffen "
              "… Er meinte alle unsere Begegnungen am heutig', cut off in the stored copy, dropped with its quotation "
              "(rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Lieber Herr Präsident Dr. Weidmann,",
           "Frau Vizepräsidentin,",
           "meine Herren Kollegen im Vorstand,",
           "lieber Herr Bauer,",
           "meine sehr verehrten Damen und Herren,",
           "würde ich Sie heute, so wie es Ihnen und Ihren Funktionen gebührt, alle persönlich begrüßen, wäre ich wohl in "
           "einer halben Stunde noch bei meiner Eröffnung. Ich sehe Frau Lautenschläger als Direktoriumsmitglied der "
           "Europäischen Zentralbank, Alt-Bundesbankpräsidenten, hochrangige Vertreter der deutschen Bankenlandschaft, "
           "Politik, Wirtschaft und Wissenschaft. Ihr aller Kommen berührt und freut mich von Herzen; sehen Sie es mir "
           "daher nach, wenn ich Sie nun ganz allgemein anspreche: LIEBE GÄSTE.",
           "In den vergangenen Jahren habe ich meist völlig entspannt an Abschiedsveranstaltungen teilgenommen. Heute "
           "werde ich nun selbst verabschiedet.",
           "Wie packt man nun seine eigene Abschiedsrede an? Franz-Christoph Zeitler, unser ehemaliger Vizepräsident, "
           "sprach bei seiner Verabschiedung von drei gängigen Redemodellen:",
           "• Der \"Vermächtnisrede\";",
           "• der \"Klarstellungsrede\" und",
           "• der \"Selbstbelobigungsrede\".",
           "Er hat keine davon gehalten. Auch ich werde dies nicht tun.",
           "Sie hören von mir keine Ratschläge, wie die Zukunft der Deutschen Bundesbank aussehen könnte. Ich beschränke "
           "mich auf wenige Erinnerungen, die sich mir besonders eingeprägt haben und auf das Wichtigste: Worte des "
           "Dankes!"],
    # the three names of speech models that Zeitler "sprach … von" are his coinages (rule 44: coinages after `sprach
    # von` are the speaker's), each its own quote although the list runs over three lines (rule 700)
    quotes=[("\"Vermächtnisrede\"", ZEITLER),
            ("\"Klarstellungsrede\"", ZEITLER),
            ("\"Selbstbelobigungsrede\"", ZEITLER)],
    aliases={ZEITLER: ["Franz-Christoph Zeitler"]})

GRUSS_P = ("„Jens Weidmann: Der Prinzipientreue“, „Mister Bundesbank“, „das geldpolitische Gewissen Europas“ waren die "
           "Schlagzeilen. Beim Lesen der Presseartikel hätte ich auch ohne Namensnennung erkannt, über wen berichtet wird. "
           "So wie die Berichte Sie beschrieben haben, so haben auch die Beschäftigten Sie wahrgenommen und durch Ihr "
           "Wirken in der Bank ebenso kennengelernt. Sie haben das Amt des Bundesbankpräsidenten aus ganzer Seele gelebt "
           "und wurden dafür von den Kolleginnen und Kollegen überaus geschätzt. An dieser Stelle zitiere ich ein "
           "Statement aus unserem Intranet, das m. E. die Vielzahl der Kommentare anlässlich Ihres Abschieds gut "
           "zusammenfasst: „Besser kann man die Rolle des Bundesbankpräsidenten vermutlich nicht ausfüllen“.")

add(id="ho89-bundesbank-grusswort-wechsel-leitung-2022",
    title="Grußwort anlässlich des Wechsels in der Leitung der Deutschen Bundesbank",
    url="https://bundesbank.de/de/presse/reden/grusswort-anlaesslich-des-wechsels-in-der-leitung-der-deutschen-bundesbank-"
        "881204",
    retrieved="same address (greeting at the change of the Bundesbank's presidency, January 2022, published under 'Presse "
              "> Reden'; the speaker is not named in the stored part; the lines of the salutation kept as lines of "
              "their own; the last paragraph 'Mit Formaten, wie „Weidmann direkt“ oder „Zu Mittag mit Jens Weidmann“ "
              "haben Sie den unmittelbaren Kontakt zu den Kolle', cut off in the stored copy, dropped with its two "
              "quotation-marked names (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geehrter Herr Minister Lindner,",
           "sehr geehrte Frau Präsidentin Lagarde,",
           "sehr geehrter Herr Präsident Nagel,",
           "sehr geehrter Herr Dr. Weidmann,",
           "sehr geehrte Frau Vizepräsidentin Buch,",
           "verehrte Gäste,",
           "liebe Kolleginnen, liebe Kollegen,",
           "es ist mir eine Ehre, anlässlich der Amtswechselfeier ein Grußwort sprechen zu dürfen.",
           "Sehr geehrter Herr Dr. Weidmann,",
           "die Veröffentlichung Ihrer Entscheidung, den Bundespräsidenten um Ihre Entlassung aus dem Amt zu bitten, "
           "löste eine Lawine von Berichterstattungen in den Medien aus. In der heutigen Zeit sind wir es gewohnt, dass "
           "kritische Meldungen die Medienlandschaft beherrschen. Nach Ihrer Entscheidung konnte man hingegen "
           "beeindruckende Lobeshymnen über Sie lesen.",
           GRUSS_P,
           "Sehr geehrter Herr Dr. Weidmann,",
           "ich möchte Ihnen für Ihre erfolgreiche Arbeit danken. Sie haben wichtige Impulse gesetzt, die die Deutsche "
           "Bundesbank im Hinblick auf die Führungskultur, das Miteinander, die Offenheit und die Transparenz von "
           "Entscheidungsprozessen modernisiert haben."],
    # the three press headlines are titles (rule 24, rule 701); the statement quoted from the intranet has no author the
    # text names (rule 702)
    quotes=[("„Jens Weidmann: Der Prinzipientreue“", None),
            ("„Mister Bundesbank“", None),
            ("„das geldpolitische Gewissen Europas“", None),
            ("„Besser kann man die Rolle des Bundesbankpräsidenten vermutlich nicht ausfüllen“", None)],
    aliases={})

add(id="ho89-bundesbank-rede-amtswechsel-hv-bremen",
    title="Rede zum Amtswechsel in der Hauptverwaltung Bremen, Niedersachsen und Sachsen-Anhalt",
    url="https://bundesbank.de/de/presse/reden/rede-zum-amtswechsel-in-der-hauptverwaltung-bremen-niedersachsen-und-"
        "sachsen-anhalt-952070",
    retrieved="same address (speech at the change at the head of the regional office in Bremen, published under 'Presse "
              "> Reden'; the speaker is not named in the stored part; the numbered section headings '1 Einleitung' and "
              "'2 Wind der Veränderung' kept as lines of their own; the last paragraph 'Aber nicht nur in Europa … in "
              "den vergangenen Jahrzeh', cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Sehr geehrte Damen und Herren,",
           "auch ich heiße Sie herzlich willkommen zum Neujahrsempfang bei der Hauptverwaltung der Deutschen Bundesbank in "
           "Bremen, Niedersachsen und Sachsen-Anhalt. Der besonders festliche Rahmen für den diesjährigen Empfang ist "
           "bewusst gewählt, denn vor allem feiern wir heute den Wechsel an der Spitze unserer Hauptverwaltung: Herr "
           "Retzlaff hat im Januar die Nachfolge von Frau Paetsch angetreten.",
           "Liebe Frau Paetsch, lieber Herr Retzlaff,",
           "ich möchte Ihnen jetzt schon einmal zur ausgezeichneten Wahl der musikalischen Begleitung für diese "
           "Veranstaltung gratulieren. Wie ich gehört habe, waren Sie auch bei der Auswahl der heute gespielten Stücke "
           "nicht ganz unbeteiligt.",
           "2 Wind der Veränderung",
           "Musik kann uns verzaubern und träumen lassen, oder wie es Friedrich von Schiller einst treffend formulierte: "
           "Es schwinden jedes Kummers Falten, so lang des Liedes Zauber walten. Es gibt aber wahrscheinlich nur wenige "
           "Songs, denen es gelingt, den Zeitgeist einer ganzen Generation einzufangen.",
           "Mit ihrem Song „Wind of Change“ ist genau das der aus Hannover stammenden Rockband Scorpions gelungen. Als "
           "Hymne der Wende hat sich der Song, der im September 1989 entstand, aber erst ein Jahr nach dem Fall der "
           "Berliner Mauer veröffentlicht wurde, in unser kollektives Gedächtnis eingebrannt.",
           "Der Wind der Veränderung brachte den Menschen in Mittel- und Osteuropa nicht nur individuelle Freiheit, "
           "sondern auch neue wirtschaftliche Entwicklungsmöglichkeiten. Die Europäische Union würde es – ohne die "
           "grundlegenden Veränderungen der Neunzigerjahre – in ihrer heutigen Form so nicht geben."],
    # the song title is null (rule 24); Schiller's verse is given without quotation marks and is not annotated (rule 703)
    quotes=[("„Wind of Change“", None)],
    aliases={})

add(id="ho89-bundesbank-rede-tour-zur-stabilitaetskultur",
    title="Die Tour zur Stabilitätskultur Rede zur Eröffnung der Roadshow der Deutschen Bundesbank",
    url="https://bundesbank.de/de/presse/reden/die-tour-zur-stabilitaetskultur-811872",
    retrieved="same address (speech opening the Bundesbank's roadshow in Frankfurt, 2022, published under 'Presse > "
              "Reden'; headline and subheading run together in one line as stored (rule 18); the lines of the "
              "salutation kept as lines of their own; the section heading '2 Die Roadshow der Deutschen Bundesbank', "
              "the salutation 'Meine Damen und Herren,' after it and the paragraph 'manchen von Ihnen fäl', cut off in "
              "the stored copy, dropped (rule 15); they hold no quotation mark)",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Sehr geehrter Herr Staatsminister Boddenberg,",
           "lieber Herr Dr. Ollinger,",
           "meine Damen und Herren,",
           "herzlich willkommen zur „Tour zur Stabilitätskultur“. Ich freue mich sehr, heute die Roadshow der Deutschen "
           "Bundesbank zu eröffnen.",
           "Wir befinden uns hier an der Hauptwache, dem bekanntesten Platz der Stadt Frankfurt am Main, mitten in der "
           "Innenstadt gelegen und zentraler Umsteigeknoten des öffentlichen Nahverkehrs. Damit sind wir genau am "
           "richtigen Ort! Denn mit ihrer Roadshow will die Bundesbank „hinein ins Getümmel“, mitten in die "
           "Fußgängerzonen und auf die Marktplätze der Republik. Dort wollen wir der Öffentlichkeit die Bundesbank und "
           "ihre Aufgaben, Tätigkeiten und Positionen näherbringen. Wir wollen mit den Menschen vor Ort ins Gespräch "
           "kommen, ihre Fragen rund um den Euro beantworten und ihre Anregungen aufnehmen.",
           "Bis Ende Oktober 2022 fahren wir mit unserem Roadshowtruck 90 größere Städte und Gemeinden im gesamten "
           "Bundesgebiet an, von Konstanz bis Sylt, von Aachen bis Görlitz. Mit Ausnahme des Auftakts hier in Frankfurt "
           "steuern wir gezielt Städte und Gemeinden an, die keine Bundesbank-Standorte sind. Und der Truck steht "
           "jeweils auf zentral gelegenen Plätzen wie heute der Hauptwache. Denn wir wollen gerade auch Menschen "
           "erreichen, die unsere Bildungs- und Kommunikationsangebote bislang nicht wahrgenommen haben.",
           "An einigen Terminen werden meine Kolleginnen und Kollegen aus dem Bundesbank-Vorstand und ich selbst vor Ort "
           "sein, um mit Bürgerinnen und Bürgern direkt ins Gespräch zu kommen. Auch die Präsidentinnen und Präsidenten "
           "der Hauptverwaltungen werden die Tour in ihren jeweiligen Regionen eng begleiten. Für die Hauptverwaltung in "
           "Hessen wird Ihnen Präsident Ollinger dazu gleich noch ein paar Hinweise geben."],
    # the name of the roadshow is null (rule 24); the idiom the speaker sets in marks for his own institution's plan is a
    # scare-quoted phrase, not words quoted from anyone (rule 704)
    quotes=[("„Tour zur Stabilitätskultur“", None),
            ("„hinein ins Getümmel“", None)],
    aliases={})

MUELLER = "Margarete Müller"

add(id="ho89-bundesbank-rede-amtswechsel-hv-nrw",
    title="Das Ganze ist mehr als die Summe seiner Teile Rede anlässlich der Amtswechselfeier der Hauptverwaltung in "
          "Nordrhein-Westfalen",
    url="https://bundesbank.de/de/presse/reden/das-ganze-ist-mehr-als-die-summe-seiner-teile-769942",
    retrieved="same address (speech at the change at the head of the regional office in North Rhine-Westphalia, "
              "published under 'Presse > Reden'; headline and subheading run together in one line as stored, the "
              "headline's words without quotation marks as stored (rule 18); section headings kept as lines of their "
              "own; footnote marker '[1]' kept as stored; the section heading '2 Margarete Müller' and the paragraph "
              "after it 'Liebe Frau Müller, 39 Jahre lang … an der Un', cut off in the stored copy, dropped (rule 15); "
              "they hold no quotation mark)",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Begrüßung",
           "Meine sehr verehrten Damen und Herren,",
           "ich freue mich sehr, Sie zur Amtswechselfeier der Hauptverwaltung in Nordrhein-Westfalen zu begrüßen. Zum "
           "Glück sind wir inzwischen darin erfahren, auch virtuell an einer solchen Veranstaltung teilzunehmen. So sind "
           "heute viele zusammengekommen, um Frau Müller zu verabschieden und Herrn Metzger einzuführen. Sie alle heiße "
           "ich herzlich willkommen – vor Ort in Düsseldorf und vor den Bildschirmen.",
           "„Das Ganze ist mehr als die Summe seiner Teile.“ Mit diesem Satz hat Margarete Müller einmal gegenüber ihren "
           "Kolleginnen und Kollegen hier in Nordrhein-Westfalen betont, wie wichtig gute Zusammenarbeit ist.",
           "Die Bedeutung guter Zusammenarbeit ist auch eine ganz grundlegende Erkenntnis der Volkswirtschaftslehre. "
           "Schon Adam Smith hat sein Werk „Wohlstand der Nationen“ damit begonnen, die Vorteile der Arbeitsteilung "
           "anhand einer Stecknadelfabrik zu beschreiben.[1] Dort spezialisieren sich die Beschäftigten auf bestimmte "
           "Tätigkeiten, anstatt jeweils alle Handgriffe selbst zu übernehmen. So können sie gemeinsam sehr viel mehr "
           "Nadeln herstellen, als sie mit Einzelarbeit in der Summe erreichen könnten.",
           "Heute ist die Industrie global spezialisiert und durch Lieferketten vernetzt. Wir erleben gerade, welche "
           "Auswirkungen es haben kann, wenn der Nachschub in diesem System ins Stocken gerät: Das Wirtschaftswachstum "
           "lässt nach, die Inflationsrate zieht an.",
           "Auf die aktuelle Wirtschaftsentwicklung in Deutschland, den Preisausblick und die Geldpolitik im Euroraum "
           "werde ich später noch näher eingehen. Im Vordergrund meiner Rede steht aber der Amtswechsel."],
    # the sentence before the cue `Mit diesem Satz hat Margarete Müller einmal … betont` is hers (quotation before its
    # cue, rule 44); the same words in the headline carry no marks and are not annotated (rule 705); the book title is
    # null (rule 24)
    quotes=[("„Das Ganze ist mehr als die Summe seiner Teile.“", MUELLER),
            ("„Wohlstand der Nationen“", None)],
    aliases={MUELLER: ["Margarete Müller", "Frau Müller"]})


NAGEL = "Joachim Nagel"

HACH_P1 = ("Die Plätze im Vortragssaal des Schlosses Hachenburg sind fast komplett gefüllt, als Bundesbankpräsident Joachim "
           "Nagel, begleitet von Hochschulrektor Erich Keller, den Raum betritt. Der Präsident begrüßt freundlich Studierende "
           "und Lehrende, ehe er kurz Platz nimmt und der Rektor ein paar einführende Worte spricht: Es ist eine Ehre und "
           "Freude, dass Sie sich als Präsident Zeit nehmen für die Studierenden an Ihrer Hochschule.")
HACH_P4 = ("Der Präsident geht im Folgenden auf all diese Themen ein, gibt aber zunächst einen Rückblick auf die Entwicklung "
           "der Teuerung seit seinem Amtsantritt Anfang 2022. „Die Inflation war schon vor Ausbruch des Ukraine-Kriegs "
           "deutlich über unserem Zielwert von zwei Prozent und es war damals aus Sicht der Bundesbank schon absehbar, dass "
           "dies kein vorübergehendes Phänomen war, was ich auch in meiner Antrittsrede gesagt hatte“, betont Nagel. "
           "Insgesamt kam eine ganze Horde schwarzer Schwäne zusammen, so dass die Inflation derart aus dem Ruder lief.")

add(id="ho89-bundesbank-hochschule-besuch-in-hachenburg",
    title="Besuch in Hachenburg Einblick in den Alltag des Präsidenten der Bundesbank",
    url="https://hochschule-bundesbank.de/hochschule-de/hochschule/veranstaltungen/besuch-in-hachenburg-928602",
    retrieved="same address (news item of the Hochschule der Deutschen Bundesbank, 2024; headline and subheading run "
              "together in one line as stored (rule 18); the stored copy renders several quotations of the page without "
              "quotation marks (the rector's welcome, two sentences of Nagel's) and breaks the line before ', erklärt "
              "Nagel.'; both kept as stored (rule 706); the last paragraph 'Die aktuelle Entwicklung zeige … Somit haben "
              "wir durch unsere Entscheidungen im EZB', cut off in the stored copy, dropped (rule 15); its quotation is "
              "without marks in the stored copy)",
    license=BUBA,
    paras=[HACH_P1,
           "Am Rednerpult gibt der Präsident seinem Publikum im nun mit knapp 200 Personen komplett gefüllten Saal einen "
           "Einblick in seinen Terminkalender für diese Woche: Direkt im Anschluss reist er nach Berlin, wo er an der "
           "Sitzung des Bundeskabinetts teilnehmen wird, in der der Jahreswirtschaftsbericht besprochen wird. Die "
           "Wirtschaftspolitik hat ja auch Rückkopplungseffekte auf die Geldpolitik",
           ", erklärt Nagel.",
           "„Eine ganze Horde schwarzer Schwäne“",
           HACH_P4,
           "Mittlerweile sei die Teuerung wieder auf dem Rückzug."],
    # the subheading in marks repeats words that the paragraph below gives to Nagel (rule 707); the quotation before
    # `betont Nagel` is his; the rector's welcome and Nagel's sentence before `, erklärt Nagel.` have no marks in the stored
    # copy and are not annotated (rule 706)
    quotes=[("„Eine ganze Horde schwarzer Schwäne“", NAGEL),
            (HACH_P4[HACH_P4.index("„Die Inflation"):HACH_P4.index("gesagt hatte“") + len("gesagt hatte“")], NAGEL)],
    aliases={NAGEL: ["Joachim Nagel", "Bundesbankpräsident Joachim Nagel", "Nagel", "Der Präsident"]})

LOERWALD = "Loerwald"
SIMMEL = "Georg Simmel"

VERTR_P = ("selten habe ich einen so vollmundigen Einladungstext gelesen wie zu diesem Zukunftsdiskurs. Schreibt Professor "
           "Loerwald doch zum Einstieg: „Vertrauen Sie uns: ein Besuch dieser Veranstaltung wird sich bestimmt lohnen.“ Sie "
           "können sich sicher vorstellen, unter welchem Erfolgsdruck ich nun hier vor Ihnen stehe, um zu einer gelungenen "
           "Veranstaltung beizutragen. Aber kann das mit dem Thema „Vertrauen und Geld“ überhaupt gelingen? Schließlich ist "
           "der Umgang mit Geld für uns alle täglich selbstverständlich. Vertrauensfragen stellen sich allenfalls bei einem "
           "unbekannten Verkäufer im Internet oder einem dubiosen Gewinnversprechen am Telefon, aber doch nicht beim Geld "
           "selbst. Gleichwohl behauptet Georg Simmel in seiner Philosophie des Geldes: „Geld ist die vielleicht "
           "konzentrierteste und zugespitzteste Form und Äußerung des Vertrauens in die gesellschaftliche Ordnung.“ Lassen "
           "Sie uns prüfen, was an dieser Aussage dran ist. Dafür ist es zunächst einmal erforderlich, ein gemeinsames "
           "Verständnis von Geld zu haben.")

def _span(text, first, last):
    i = text.index(first)
    return text[i:text.index(last, i) + len(last)]

add(id="ho89-bundesbank-rede-vertrauen-und-geld",
    title="Vertrauen und Geld Zukunftsdiskurse des Instituts für Ökonomische Bildung (IÖB) in Oldenburg",
    url="https://www.bundesbank.de/de/presse/reden/vertrauen-und-geld-805378",
    retrieved="same address (speech of a member of the Bundesbank's Executive Board at the Institut für Ökonomische "
              "Bildung in Oldenburg, published under 'Presse > Reden'; the speaker is not named in the stored part; "
              "headline and subheading run together in one line as stored (rule 18); the section heading '2. Was ist "
              "Geld?' and the paragraph after it 'Es gibt zahllose Studien … Schnecken oder Zigaretten', cut off in the "
              "stored copy, dropped with its quotation of Niklas Luhmann (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1. Begrüßung",
           "Meine Damen und Herren,",
           VERTR_P],
    # the invitation text `Schreibt Professor Loerwald doch zum Einstieg: „…“` is his written wording (rule 631, letters
    # and written texts to their author); the topic is a title (rule 24); the sentence from Simmel's book goes to the author
    # the colon cue names (`behauptet Georg Simmel in seiner Philosophie des Geldes:`), not to the speaker who cites it
    quotes=[(_span(VERTR_P, "„Vertrauen Sie uns", "lohnen.“"), LOERWALD),
            ("„Vertrauen und Geld“", None),
            (_span(VERTR_P, "„Geld ist die", "Ordnung.“"), SIMMEL)],
    aliases={LOERWALD: ["Loerwald", "Professor Loerwald"], SIMMEL: ["Georg Simmel"]})

add(id="ho89-bundesbank-grusswort-eroeffnung-geldmuseum",
    title="Grußwort anlässlich der Eröffnung des neuen Geldmuseums",
    url="https://bundesbank.de/de/presse/reden/grusswort-anlaesslich-der-eroeffnung-des-neuen-geldmuseums-665194",
    retrieved="same address (greeting at the opening of the Bundesbank's new money museum, December 2016, published "
              "under 'Presse > Reden'; the speaker is not named in the stored part; the last paragraph 'Somit verblieb "
              "nur eine Erweiterung … Das Ganze passierte natürlich nicht auf', cut off in the stored copy, dropped (rule "
              "15); it holds no quotation mark)",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geehrte Damen und Herren,",
           "die Neugestaltung des Geldmuseums der Deutschen Bundesbank ist vollendet, und die neue Ausstellung kann heute "
           "eröffnet werden.",
           "1 Bauliche Umsetzung der Museumskonzeption",
           "Das neue Ausstellungskonzept sieht eine um etwa 500 m² vergrößerte Museumsfläche der Dauerausstellung sowie "
           "100 m² Wechsel- und Sonderausstellungsfläche vor. Somit haben wir viel neue Fläche geschaffen, um allen "
           "wichtigen Fragen der Bereiche Geld und Geldpolitik gerecht werden zu können. Selbstverständlich wurden "
           "Cafeteria und der Museumsshop – wie das heute Standard ist – vergrößert und ausgebaut.",
           "Nur, wie bekommt man all dies in einem bestehenden Gebäude unter, das nicht beliebig erweiterbar ist? Die "
           "Idee, das Gebäude in Richtung des Vorplatzes zu erweitern, wurde schnell wieder verworfen, da die "
           "Eingangssituation und die städtebauliche Anbindung dies nicht zuließen. Nach oben ging es auch nicht, da ist "
           "unsere Fachbibliothek, und auf der Ostseite – die zurzeit tatsächlich frei wäre – könnte einmal in naher "
           "Zukunft eine Hochbahn entlang führen. Die Frankfurter Politik denkt immer wieder über einen U-Bahnanschluss "
           "zwischen Bockenheim und Ginnheim nach. Jedenfalls gibt es Studien, die sogenannte \"Ginnheimer Kurve\" direkt "
           "an unserem Museumsgebäude entlang zu führen. Diese Chance wollen wir im Hinblick auf die Erreichbarkeit für "
           "unsere Beschäftigten und Gäste natürlich nicht verbauen."],
    # the name of the planned railway line after `die sogenannte` is null (rule 24)
    quotes=[("\"Ginnheimer Kurve\"", None)],
    aliases={})
