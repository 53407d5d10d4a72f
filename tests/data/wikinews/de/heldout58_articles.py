# Fifty-eighth held-out German real-news set (tests/data/heldout58-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 390). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-eighth held-out set": texts of the German Federal Government (news, archive and
# media-library pages of bundesregierung.de and bundeskanzlerin.de). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- bundesregierung.de: archive and news ---

add(id="ho58-breg-2009-medienpreis",
    title="",
    url="https://www.bundesregierung.de/breg-de/service/archiv/alt-inhalte/konsequent-fuer-menschenrechte-412810",
    retrieved="same address (stored archive page of the Deutscher Medienpreis 2009; the stored copy has no headline line and "
              "begins with the teaser, so the document has no title (rule 18); the reading-time line '1 Min. Lesedauer', the "
              "caption 'Merkel erhält den Deutschen Medienpreis.' and the credit 'Foto: REGIERUNGonline/Bergmann' dropped "
              "(rule 93))",
    license=BREG,
    paras=["\"Die Würde und die Rechte des Individuums leiten Angela Merkel bei ihren politischen Entscheidungen, die geprägt "
           "sind von Berechenbarkeit und Verlässlichkeit.\" So begründete die Jury im Kongresshaus in Baden-Baden die "
           "Auszeichnung der Bundeskanzlerin mit dem Deutschen Medienpreis 2009.",
           "Auch die amerikanische Außenministerin Hillary Clinton übermittelte der Kanzlerin ein Lob. Sie befand, Angela "
           "Merkel sei eine \"nicht aufzuhaltende Frau\".",
           "Merkel setze sich konsequent für die Menschenrechte ein, lobte Medienunternehmer Karlheinz Kögel.",
           "Die Bundeskanzlerin betonte in ihrer Dankesrede, wie wichtig freie Medien nicht nur für Information und "
           "Kommunikation seien. Es handele sich um keine Ware wie jede andere. \"Sie sind Motoren der Meinungs- und "
           "Willensbildung in Staat und Gesellschaft, und sie beleben die öffentliche Diskussion.\"",
           "Der Deutsche Medienpreis wurde 1992 von Media Control ins Leben gerufen. Über alle politischen Interessen hinweg "
           "ist er eine Auszeichnung für Persönlichkeiten, die in einem Jahr die Gesellschaft oder die Politik prägend "
           "beeinflusst haben. Der Preisträger wird durch eine Befragung von Media Control ermittelt. Befragt werden die "
           "Chefredakteure einflussreichsten Medien in Deutschland.",
           "Bisher wurden unter anderem der Dalai Lama (2008), Hillary Clinton (2004) und UN-Generalsekretär Kofi Annan "
           "(2003) ausgezeichnet. Der Preis selbst ist eine handgeformte, bemalte Keramikfigur auf einem blauen "
           "brasilianischen Marmorsockel. Der seit 1972 in Deutschland lebende Schweizer Künstler, Roland Junker, schuf die "
           "Skulptur. Diese erhält jedes Jahr andere Formen und Farben von der Staatlichen Majolika-Manufaktur in Karlsruhe "
           "gefertigt."],
    quotes=[("\"Die Würde und die Rechte des Individuums leiten Angela Merkel bei ihren politischen Entscheidungen, die "
             "geprägt sind von Berechenbarkeit und Verlässlichkeit.\"", "Jury"),
            ("\"nicht aufzuhaltende Frau\"", "Hillary Clinton"),
            ("\"Sie sind Motoren der Meinungs- und Willensbildung in Staat und Gesellschaft, und sie beleben die öffentliche "
             "Diskussion.\"", MERKEL)],
    aliases={"Jury": ["Jury", "die Jury"],
             "Hillary Clinton": ["Hillary Clinton", "die amerikanische Außenministerin Hillary Clinton"],
             MERKEL: ["Angela Merkel", "Merkel", "Bundeskanzlerin", "Kanzlerin", "Die Bundeskanzlerin"]})

KURZ_P1 = ("Kanzlerin Merkel hat dem neuen österreichischen Bundeskanzler Kurz gratuliert: \"Ich freue mich auf eine enge und "
           "vertrauensvolle Zusammenarbeit.\" Dass die Zusammenarbeit auf Basis der europäischen Werte erfolgen müsse, "
           "verstehe sich von selbst, sagte Regierungssprecher Seibert.")
KURZ_P5 = ("\"Ich freue mich auf eine enge und vertrauensvolle Zusammenarbeit und wünsche Ihnen für Ihr verantwortungsvolles "
           "Amt viel Erfolg, Ausdauer und Kraft\", so Merkel in einem Glückwunschtelegramm an Sebastian Kurz. Das Schreiben war "
           "bereits nach der Vereidigung der österreichischen Regierung an das Büro des neuen österreichischen Bundeskanzlers "
           "gegangen.")

add(id="ho58-breg-2017-12-merkel-kurz",
    title="Merkel gratuliert Kurz Glückwünsche für einen wichtigen Partner",
    url="https://www.bundesregierung.de/breg-de/aktuelles/glueckwuensche-fuer-einen-wichtigen-partner-442462",
    retrieved="same address (stored news page of December 2017; the title line 'Glückwünsche für einen wichtigen Partner', "
              "which repeats the headline, dropped, and the kicker and headline that the stored copy runs together in its "
              "second line kept as the title (rules 18, 20, 150); the reading-time line '1 Min. Lesedauer' dropped (rule 93); "
              "the subheading kept as a line of its own)",
    license=BREG,
    paras=[KURZ_P1,
           "\"Österreich ist unser Freund, unser Nachbar, unser wichtiger und enger Partner\", betonte Regierungssprecher "
           "Steffen Seibert in der Regierungspressekonferenz am Montag. Insofern sei es selbstverständlich, dass die "
           "Bundeskanzlerin und die gesamte Bundesregierung für eine gute und vertrauensvolle Zusammenarbeit mit der "
           "österreichischen Regierung und mit Bundeskanzler Kurz offen und bereit seien.",
           "Bundeskanzlerin Merkel hatte Montagmittag mit dem neuen österreichischen Bundeskanzler Sebastian Kurz telefoniert, "
           "um ihm zu gratulieren. Die Kanzlerin übermittelte ihre guten Wünsche zum Amtsantritt und lud ihren "
           "österreichischen Amtskollegen zu einem baldigen Antrittsbesuch nach Berlin ein.",
           "Wichtiges Amt in herausfordernden Zeiten",
           KURZ_P5],
    quotes=[("\"Ich freue mich auf eine enge und vertrauensvolle Zusammenarbeit.\"", "Merkel"),
            ("\"Österreich ist unser Freund, unser Nachbar, unser wichtiger und enger Partner\"", "Steffen Seibert"),
            (cut(KURZ_P5, "\"Ich freue mich", "Kraft\""), "Merkel")],
    aliases={"Merkel": ["Merkel", "Kanzlerin Merkel", "Bundeskanzlerin Merkel", "Die Kanzlerin", "Bundeskanzlerin"],
             "Steffen Seibert": ["Steffen Seibert", "Regierungssprecher Steffen Seibert", "Regierungssprecher Seibert",
                                 "Seibert"]})

JF_P2 = ("Zur Begrüßung sagte Bundeskanzlerin Merkel, dass die prämierten Jungforscher einen großen Wettbewerb abgeschlossen "
         "hätten und sie wüsste, wieviel Arbeit dahinter stecke. \"Deshalb gratuliere ich Ihnen ganz herzlich!\" Ihre "
         "Wertschätzung unterstrich die Kanzlerin mit einem Zitat des Biochemikers Isaac Asimov: Dieser sagte, der "
         "aufregendste Satz, den man in der Wissenschaft hören könne, sei nicht \"Heureka!\" (Ich habe es gefunden), sondern "
         "\"das ist ja komisch\".")

add(id="ho58-breg-2018-09-jugend-forscht",
    title="Jungforscher im Bundeskanzleramt Entdecken, Forschen, Staunen",
    url="https://www.bundesregierung.de/breg-de/aktuelles/entdecken-forschen-staunen-1528768",
    retrieved="same address (stored news page of September 2018; the title line 'Entdecken, Forschen, Staunen' dropped and "
              "the kicker and headline run together in the second line kept as the title (rules 18, 20, 150); '3 Min. "
              "Lesedauer', the two image texts 'Bundeskanzlerin Angela Merkel im Gespräch mit Siegern des Wettbewerbes "
              "\"Jugend forscht\", Adrian und Anna Fleck.' and 'Die Geschwister mit ihrer Erfindung \"FleckProtec\" - …' and "
              "the credit 'Foto: Bundesregierung/Kugler' dropped (rule 93); the paragraph 'Besonders erfreut war die "
              "Bundeskanzlerin darüber, … \"Das könnte noch verbessert werden, die 50-Prozent-Marke sollte unser Ziel "
              "sein\", so Merkel … Schließlich werbe das Bundes', cut off in the stored copy, dropped with the subheading "
              "'Mehr Mädchen als zuvor' left dangling before it (rule 15))",
    license=BREG,
    paras=["Ein Termin, auf den sie sich jedes Jahr besonders freue: Bundeskanzlerin Angela Merkel empfing die 61 "
           "Preisträgerinnen und Preisträger des 53. Bundeswettbewerbs \"Jugend forscht\" und würdigte ihre Leistungen. "
           "Merkel verlieh dabei auch den \"Sonderpreis für die originellste Arbeit\".",
           JF_P2,
           "\"Das weiß ich aus meiner eigenen Zeit als Wissenschaftlerin\"",
           "Mit Blick auf ihre eigene Vergangenheit bekräftigte Merkel, dass das, was einem so schwierig erschien, plötzlich "
           "ganz einfach werde, aber eben eine lange Zeit bräuchte, um es von dem Schwierigen und Komplizierten zum Einfachen "
           "zu bringen. \"Das weiß ich aus meiner eigenen Zeit als Wissenschaftlerin.\""],
    quotes=[("\"Jugend forscht\"", None),
            ("\"Sonderpreis für die originellste Arbeit\"", None),
            ("\"Deshalb gratuliere ich Ihnen ganz herzlich!\"", MERKEL),
            ("\"Heureka!\"", None),
            ("\"das ist ja komisch\"", None),
            ("\"Das weiß ich aus meiner eigenen Zeit als Wissenschaftlerin\"", MERKEL),
            ("\"Das weiß ich aus meiner eigenen Zeit als Wissenschaftlerin.\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin Merkel", "Merkel", "die Kanzlerin",
                      "Kanzlerin"]})

GD18_P4 = ("Auch wenn der Girls´Day in diesem Jahr zum 18. Mal stattfindet: Johanna ist davon überzeugt, dass der Aktionstag "
           "nach wie vor notwendig ist. Auch um Klischees zu überwinden. \"Bei uns im Unterricht kommt es manchmal noch vor, "
           "dass zum Beispiel bei Problemen mit dem Smartboard nach einem Jungen gefragt wird. Dabei können viele Mädchen auch "
           "gut mit Technik umgehen\", meint Johanna.")

add(id="ho58-breg-2018-04-girls-day-parcours",
    title="Girls´Day im Kanzleramt Mit der Kanzlerin im Technik-Parcours",
    url="https://www.bundesregierung.de/breg-de/service/archiv/mit-der-kanzlerin-im-technik-parcours-1005046",
    retrieved="same address (stored archive page of April 2018; the title line 'Mit der Kanzlerin im Technik-Parcours' "
              "dropped and the kicker and headline run together in the second line kept as the title (rules 18, 20, 150); "
              "'3 Min. Lesedauer', the image texts and captions ('Bundeskanzlerin Angela Merkel beim Girls' Day im "
              "Bundeskanzleramt.', 'Einen Tag vorm deutschlandweiten Girls' und Boys'Day hat die Kanzlerin wieder ins "
              "Kanzleramt geladen.', 'Johanna (re.) und Amelie (li.) erklären der Kanzlerin den Versuch zur Messung von "
              "Pflanzenwachstum.'), the credits 'Foto: Bundesregierung/Kugler' and the player line 'Video Girls‘ Day im "
              "Kanzleramt' dropped (rule 93); the paragraph 'Die 15-Jährige Amelie berichtet von intensiven Diskussionen … "
              "\"Einige finden schon noch, … dagegen zu argume', cut off in the stored copy with its quotation unclosed, "
              "dropped (rule 15))",
    license=BREG,
    paras=["Mädchen für Technik zu begeistern: Ziel des Girls´Day, den die Kanzlerin mit dem Empfang von 22 Mädchen "
           "eingeläutet hat. Auf einem Technik-Parcours lernte Merkel den Roboter Nano, eine Erste-Hilfe-App und die Berliner "
           "Schülerinnen Ella, Amelie und Johanna kennen.",
           "Johanna hat letzte Nacht kaum ein Auge zugemacht. \"Ich bin schon ziemlich aufgeregt, das ist echt krass für "
           "mich\", erzählt die 14-Jährige.",
           "Es ist Mittwochmorgen neun Uhr, und in etwas mehr als zwei Stunden wird die Berliner Gymnasiastin die Kanzlerin "
           "persönlich treffen. Insgesamt sind 22 Mädchen der Jahrgangsstufen 8-10 von drei Berliner Schulen "
           "(Otto-Nagel-Gymnasium, Fritz-Karsen-Schule, Paula-Fürst-Schule) ins Kanzleramt gekommen.",
           "Girls´Day will Klischees überwinden",
           GD18_P4],
    quotes=[("\"Ich bin schon ziemlich aufgeregt, das ist echt krass für mich\"", "Johanna"),
            (cut(GD18_P4, "\"Bei uns", "umgehen\""), "Johanna")],
    aliases={"Johanna": ["Johanna", "die 14-Jährige", "die Berliner Gymnasiastin"]})

GD18_MED_P2 = ("Für Merkel ist der Mädchen-Zukunftstag eine gute Gelegenheit möglichst viele Berufe kennenzulernen. \"Es ist "
               "ja manchmal gar nicht so einfach, herauszufinden, was einem wirklich liegt und was man machen möchte.\"")

add(id="ho58-breg-2018-04-girls-day-video",
    title="",
    url="https://www.bundesregierung.de/breg-de/service/archiv/archiv-mediathek/girls-day-im-kanzleramt-1007350",
    retrieved="same address (stored media-library page of the archive, April 2018; the stored copy shows no headline and "
              "begins with the video text, so the document has no title (rules 18, 93); the copy repeats the whole video text "
              "a second time (the second copy cut off), kept once (rule 93: no text twice))",
    license=BREG,
    paras=["Berlin, 25.04.18: Frauenpower im Kanzleramt: Zum Auftakt des bundesweiten Girls'Day kommen wieder Mädchen "
           "verschiedener Schulen zur Kanzlerin.",
           GD18_MED_P2,
           "Bereits seit 2006 kommen Schülerinnen nach Berlin um den bundesweiten Girls’Day einzuläuten.",
           "Mit den Mädchen startet die Kanzlerin auf einen Technik-Parcours. Auf dem Parcours lösen die Mädchen spielerisch "
           "Aufgaben und informieren sich über verschiedene Berufe.",
           "Es ist der Kanzlerin ein persönliches Anliegen, dass gerade auch junge Frauen die große Vielfalt der MINT-Berufe "
           "(Mathematik, Informatik, Naturwissenschaften und Technik) für sich als Zukunftsperspektive entdecken.",
           "Denn auch wenn sich das Image der technischen Berufe bei jungen Frauen verbessert hat, viele entscheiden sich "
           "noch überproportional häufig für sogenannte \"typisch weibliche\" Berufsbilder.",
           "Seit Bestehen des Girls’Day haben bereits rund 1,9 Millionen Mädchen teilgenommen. Gleichzeitig mit dem "
           "Girls'Day werden morgen auch wieder spezielle Unterstützungsprogramme zum Boys'Day stattfinden."],
    quotes=[(cut(GD18_MED_P2, "\"Es ist", "möchte.\""), "Merkel"),
            ("\"typisch weibliche\"", None)],
    aliases={"Merkel": ["Merkel", "Kanzlerin", "die Kanzlerin"]})

# --- bundeskanzlerin.de: news ---

GD15_P6 = ("\"In dem Alter, in dem ihr seid, steht die Berufswahl an. Dies ist natürlich eine weitreichende Entscheidung für das "
           "ganze zukünftige Leben. Das bestimmt darüber, wie viel man später einmal verdient, mit welchen Dingen man einen "
           "riesigen Teil seiner Zeit verbringt oder wie viel Freiraum dann noch jeder hat, selbst zu gestalten, was er in "
           "seinem Beruf macht\", so die Kanzlerin.")

add(id="ho58-bkin-2015-04-girls-day",
    title="Girls’ Day im Kanzleramt \"Seid neugierig!\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/-seid-neugierig--410570",
    retrieved="same address (stored news page of April 2015; the title line '\"Seid neugierig!\"' dropped and the kicker and "
              "headline run together in the second line kept as the title (rules 18, 20, 150); '2 Min. Lesedauer', the image "
              "text 'Bundeskanzlerin Angela Merkel besucht Stände beim Girls' Day im Kanzleramt.', the caption "
              "'Bundeskanzlerin Merkel begleitet beim Girls' Day einige Mädchen auf den Unternehmensparcours.' and the credit "
              "'Foto: Bundesregierung/Kugler' dropped (rule 93); the last paragraph '\"Ihr werdet Eure Berufswahl in einer "
              "Zeit treffen, … seid neugierig\", fordert Merkel die Teenager auf', which the stored copy cuts before its "
              "full stop, dropped with the subheading 'Beruf wählen in Zeiten digitalen Arbeitens' left dangling before it "
              "(rule 15; see rule 390 for the headline quotation))",
    license=BREG,
    paras=["Wenn die Kanzlerin ihre Gäste mit \"Hallo\" begrüßt und 24 Mädchen mit \"Hallo\" antworten, dann ist Girls’ Day "
           "im Bundeskanzleramt. Er bildete den Auftakt für den bundesweiten Girls’ Day am 23. April, an dem Mädchen in "
           "technische Berufe reinschnuppern.",
           "24 Neuntklässlerinnen stehen aufgereiht auf dem Podium bei der Kanzlergalerie. Sie warten auf die "
           "Bundeskanzlerin. Dann kommt sie. Zuerst werden Fotos gemacht. Danach begrüßt Angela Merkel die 15-jährigen in der "
           "Regierungszentrale.",
           "In 15 Jahren haben 1,5 Millionen Mädchen teilgenommen",
           "Schon zum 15. Mal öffnen beim Girls’ Day Unternehmen ihre Tore, um Mädchen für technische Berufe zu begeistern.",
           "\"Also ihr wart gerade ein Jahr, als der Girls’ Day zum ersten Mal stattgefunden hat\", erzählt Merkel. Seit 2001 "
           "haben über 1,5 Millionen Mädchen am Girls’ Day teilgenommen. Für viele von ihnen sei das Hineinschnuppern in "
           "technische Berufe ein Grund gewesen, später den entsprechenden Beruf zu ergreifen.",
           GD15_P6],
    quotes=[("\"Seid neugierig!\"", MERKEL),
            ("\"Hallo\"", MERKEL, 0),
            ("\"Hallo\"", "24 Mädchen", 1),
            ("\"Also ihr wart gerade ein Jahr, als der Girls’ Day zum ersten Mal stattgefunden hat\"", MERKEL),
            (cut(GD15_P6, "\"In dem Alter", "Beruf macht\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "die Kanzlerin", "Kanzlerin", "Bundeskanzlerin"],
             "24 Mädchen": ["24 Mädchen", "24 Neuntklässlerinnen"]})
