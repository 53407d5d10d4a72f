# Hundred-and-twenty-sixth held-out German real-news set (tests/data/heldout126-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1065-1067). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the quotations and
# an 8-word overlap search against the texts of all sets). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-twenty-sixth held-out set": two releases on the EU translation contest
# "Juvenes Translatores" quoting the (acting / deputy) head of the European Commission's Representation in Austria (the
# Representation's release of 2026 as reposted by a press-release portal; the Federal Chancellery's page of 2025) and one
# Bundespressedienst release of 2004 on the visit of the Commission's President-designate to Vienna, reposted by the
# Österreich Journal. Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), page furniture is dropped (rule 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# The Representation's release as reposted unchanged by a press-release portal (the text is the Commission's).
EU_REPOST = (EU + "; a release of the European Commission's Representation in Austria as reposted unchanged by a "
             "press-release portal")

# --- Commission Representation in Austria: Juvenes Translatores 2026 (repost on brandaktuell.at) ---

JT26_P2 = ("Patrick Lobis, Leiter der Vertretung der Europäischen Kommission in Österreich, sagte: „Ich gratuliere Jonathan "
           "und seiner Schule sehr herzlich. Mehrsprachigkeit ist der Schlüssel für eine erfolgreiche europäische "
           "Zusammenarbeit über Grenzen hinweg. Und sie hilft, persönliche und berufliche Bande zu knüpfen. Kurzum: Das "
           "Erlernen von Fremdsprachen macht sich in jeder Hinsicht bezahlt.“")

add(id="ho126-ec-at-2026-02-juvenes-translatores",
    title="Bester Jungübersetzer Österreichs kommt aus Niederösterreich",
    url="https://brandaktuell.at/2026/02/12/karriere/bester-junguebersetzer-oesterreichs-kommt-aus-niederoesterreich",
    retrieved="same address (stored copy of 12 February 2026 of the release of the Commission's Representation in "
              "Austria as reposted by the press-release portal brandaktuell.at, which reposts OTS releases; the stored copy "
              "shows no sender line: the release is taken as the Representation's because it announces the national winner "
              "of the Commission's own contest and quotes the Head of Representation first, with his full title, in the "
              "same form as the Representation's release of the year before (inference noted, rules 111, 116); headline "
              "kept as first line; the paragraph 'Sechs Nachwuchstalente aus Österreich erhalten eine besondere "
              "Auszeichnung … Ivana Domic von der Vienna Business School Mö…', cut off in the stored copy, dropped (rule "
              "15))",
    license=EU_REPOST,
    paras=["Alljährlich zeigen junge Sprachtalente aus ganz Europa ihr Können im EU-Übersetzungswettbewerb „Juvenes "
           "Translatores“. In Österreich entschied ein Schüler des BG/BRG Baden Biondekgasse die heurige 19. "
           "Wettbewerbsrunde für sich: Jonathan Unger konnte die Jury mit seiner idiomatischen und kreativen Übersetzung "
           "aus dem Ungarischen ins Deutsche überzeugen. Zielsicher übertrug er den anspruchsvollen Ausgangstext zum Thema "
           "„Von Sprachen bis hin zu Landschaften: europäische Wege zum gegenseitigen Verständnis“ aus seiner Zweitsprache "
           "ins Deutsche.",
           JT26_P2,
           "Jonathan Unger setzte sich gegen 75 Sprachbegeisterte aus 20 österreichischen Schulen durch; EU-weit gingen "
           "über 3000 17-jährige Schülerinnen und Schüler an den Start. 155 Sprachkombinationen kamen in dieser Runde "
           "EU-weit zum Einsatz. In Österreich übersetzten die Teilnehmenden aus elf verschiedenen EU-Sprachen ins "
           "Deutsche und Englische, aber auch vom Deutschen ins Ungarische, Rumänische und Spanische, was die "
           "Sprachenvielfalt in Österreich widerspiegelt.",
           "Ende März heißt es für die 27 Erstplatzierten „auf nach Brüssel“! Sie gehen auf eine dreitägige Reise in die "
           "EU-Hauptstadt, wo die Preisverleihung sowie Besuche der EU-Institutionen und des Übersetzungsdiensts der "
           "EU-Kommission auf dem Programm stehen."],
    quotes=[("„Juvenes Translatores“", None),
            ("„Von Sprachen bis hin zu Landschaften: europäische Wege zum gegenseitigen Verständnis“", None),
            (cut(JT26_P2, "„Ich gratuliere", "bezahlt.“"), "Patrick Lobis"),
            ("„auf nach Brüssel“", None)],
    aliases={"Patrick Lobis": ["Patrick Lobis", "Leiter der Vertretung der Europäischen Kommission in Österreich"]})

# --- Federal Chancellery, 'Europa aktuell': Juvenes Translatores 2025 ---

JT25_P3 = ("Stellvertretender Leiter der Vertretung der Europäischen Kommission in Österreich: \"Mehrsprachigkeit hilft, "
           "andere Kulturen und Sichtweisen besser zu verstehen\"")
JT25_P5 = ("\"Ich gratuliere Lea und ihrer Schule sehr herzlich. Sprachen öffnen Türen – beruflich und privat. "
           "Mehrsprachigkeit hilft, andere Kulturen und Sichtweisen besser zu verstehen und Chancen im Ausland nutzen. Das "
           "Motto der EU ist: In Vielfalt geeint. Sprachtalente wie Lea erfüllen dieses Motto mit Leben.\"")

add(id="ho126-bka-2025-02-juvenes-translatores",
    title="Österreichs beste Jungübersetzerin kommt aus Wien",
    url="https://www.bundeskanzleramt.gv.at/themen/europa-aktuell/2025/02/oesterreichs-beste-junguebersetzerin-kommt-aus-wien.html",
    retrieved="same address (stored page of February 2025 of the Federal Chancellery's series 'Europa aktuell'; headline "
              "and standfirst kept as the first two lines; the image lines 'Foto Erstplatzierte Lea Grethe' and 'Foto: "
              "Europäische Kommission' dropped as a caption (rule 93); the two subheadings kept as lines of their own (rule "
              "18); the last line 'F…', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["EU-Übersetzungswettbewerb \"Juvenes Translatores\" ehrt jährlich junge Sprachtalente – Erstplatzierte in "
           "Österreich kommt aus Wien – Lea Grethe übersetzte vorgegebenen Text flüssig vom Slowakischen ins Deutsche",
           "Um Schülerinnen und Schüler für neue Sprachen zu begeistern und sie zu ermutigen, neue Sprachen zu lernen, "
           "findet alljährlich der EU-weite Übersetzungswettbewerb \"Juvenes Translatores\" (Lateinisch für \"Junge "
           "Übersetzer\") statt. Dieses Jahr gewann Lea Grethe, Schülerin des Bundesgymnasiums (BG9) Wasagasse im 9. "
           "Wiener Gemeindebezirk, den Preis für die beste Jungübersetzerin Österreichs. Die Gewinnerin übersetzte den "
           "vorgegebenen Text über digitale Bürgerschaft aus dem Slowakischen ins Deutsche und konnte die Jury so "
           "überzeugen.",
           JT25_P3,
           "Christian Wigand, Stellvertretender Leiter der Vertretung der Europäischen Kommission in Österreich, "
           "gratulierte der Gewinnerin:",
           JT25_P5,
           "75 Sprachbegeisterte aus 20 österreichischen Schulen",
           "Insgesamt nahmen 2025 75 Schülerinnen und Schüler aus 20 österreichischen Schulen an diesem Wettbewerb teil. "
           "EU-weit waren es über 3.000 17-jährige Teilnehmerinnen und Teilnehmer. Zur Auswahl standen 552 mögliche "
           "Sprachkombinationen, von denen 144 EU-weit zum Einsatz kamen. In Österreich übersetzten die Teilnehmenden von "
           "12 verschiedenen EU-Amtssprachen ins Deutsche, Englische, Italienische, Polnische, Bulgarische, Ungarische und "
           "Slowenische."],
    quotes=[("\"Juvenes Translatores\"", None, 0),
            ("\"Juvenes Translatores\"", None, 1),
            ("\"Junge Übersetzer\"", None),
            (cut(JT25_P3, "\"Mehrsprachigkeit", "verstehen\""), "Christian Wigand"),
            (JT25_P5, "Christian Wigand")],
    aliases={"Christian Wigand": ["Christian Wigand",
                                  "Stellvertretender Leiter der Vertretung der Europäischen Kommission in Österreich"]})

# --- Österreich Journal: repost of a Bundespressedienst release, October 2004 ---

BARROSO = "Jose Manuel Durao Barroso"
SCHUESSEL = "Wolfgang Schüssel"
BAR_P1 = ("Wien (bpd) - Bundeskanzler Wolfgang Schüssel traf am Donnerstag (14. 10.) mit dem designierten Präsidenten der "
          "Europäischen Kommission Jose Manuel Durao Barroso im Bundeskanzleramt zusammen. Im Mittelpunkt der Gespräche "
          "standen Verkehrs- und Infrastrukturfragen, die finanzielle Vorausschau sowie die Europäische Verfassung. "
          "\"Dieser Besuch ist ein gutes Symbol. Denn die Rolle der Kommission ist es, ein ehrlicher Makler und Beschützer "
          "der Verträge zu sein. Die österreichische Bundesregierung vertraut dem künftigen Kommissionspräsidenten Barroso "
          "und wird die Kommission voll unterstützen\", betonte der Bundeskanzler.")
BAR_P2 = ("\"Dieser Besuch ist für mich nicht nur wichtig, weil Österreich eine bedeutende Rolle in der EU einnimmt, "
          "sondern auch weil Bundeskanzler Schüssel ein langjähriger und guter Freund ist. Wolfgang Schüssel ist eine der "
          "meist respektierten Stimmen im Europäischen Rat. Deshalb ist mir die österreichische Sicht über die Zukunft "
          "Europas besonders wichtig. Die Europäische Kommission ist eine zentrale Institution in Europa, weil sie "
          "europäische und nicht nationale Interessen vertritt. Deshalb müssen wir die Ziele der einzelnen Mitgliedstaaten "
          "kennen\", betonte der designierte Kommissionspräsident und zeigte sich sehr zufrieden mit der personellen "
          "Zusammensetzung der künftigen Kommission.")

add(id="ho126-bka-oej-2004-10-barroso-schuessel",
    url="http://oe-journal.at/Aktuelles/!2004/1004/W2/21510barrosoBpd.htm",
    retrieved="same address (the Federal Chancellery press service's release of 14 October 2004 as reposted by the "
              "Österreich Journal under the dateline 'Wien (bpd)', which names the Bundespressedienst as its source (rule "
              "31), as in the forty-fourth and hundred-and-second held-out sets; the stored copy opens with the dateline and "
              "shows no headline, so no title is given (rule 18); the stored copy breaks its lines at about 110 characters, "
              "and these breaks are joined with a space (rule 48); the paragraph is taken to end after 'betonte der "
              "Bundeskanzler.', where the next line opens a new quotation of another speaker; the reposting site's closing "
              "mark '|' dropped (rule 94); complete in the stored copy)",
    license=BKA,
    paras=[BAR_P1, BAR_P2],
    quotes=[(cut(BAR_P1, "\"Dieser Besuch", "unterstützen\""), SCHUESSEL),
            (cut(BAR_P2, "\"Dieser Besuch", "kennen\""), BARROSO)],
    aliases={SCHUESSEL: ["Wolfgang Schüssel", "Bundeskanzler Wolfgang Schüssel", "Bundeskanzler Schüssel",
                         "Bundeskanzler"],
             BARROSO: ["Jose Manuel Durao Barroso", "Barroso", "Kommissionspräsidenten Barroso",
                       "der designierte Kommissionspräsident", "designierten Präsidenten der Europäischen Kommission"]})
