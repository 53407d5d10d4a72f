# Two-hundred-and-thirteenth held-out German real-news set (tests/data/heldout213-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1550 onwards). None of these
# pages is in any tests/data/*.jsonl (checked by URL and page number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, by the speakers' names, and by a
# distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirteenth held-out set": a news item of the Deutsche Bundesbank on
# bundesbank.de under "Aufgaben > Themen" and a press notice under "Presse > Pressenotizen" (licence BUBA, as in the
# eighty-ninth and hundred-and-sixty-third sets). Stored copies are the `search` tool's `pages` corpus, excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


WEIDMANN = "Jens Weidmann"

# --- bundesbank.de, Aufgaben > Themen: a collection of quotations about the Bundesbank (label line, then the quotation) ---

EHRENBERG = "Herbert Ehrenberg"
MAJOR = "John Major"
RASMUSSEN = "Anders Fogh Rasmussen"
DELORS = "Jacques Delors"
THATCHER = "Margaret Thatcher"
SCHMIDT = "Helmut Schmidt"
BUCHANAN = "James M. Buchanan"
DUISENBERG = "Willem Frederik Duisenberg"

MS_L1 = "Herbert Ehrenberg, SPD-Bundestagsabgeordneter, Gewerkschaftliche Monatshefte, IG Bau, Steine, Erden, Juni 1967"
MS_Q1 = ('"Begreift man bei der Deutschen Bundesbank nicht, dass es die Pflicht dieser Institution ist, die allgemeine '
         'Wirtschaftspolitik der Bundesregierung zu unterstützen, dann muss im Parlament die Position der Notenbank neu '
         'diskutiert werden."')
MS_L2 = "John Major, britischer Premierminister, Die Zeit, 6. Juli 1990"
MS_Q2 = ('"Ich bin schwer davon zu überzeugen, dass eine europäische Zentralbank in der Antiinflationspolitik ebenso '
         'wirkungsvoll sein wird, wie es die Bundesbank ist."')
MS_L3 = "Anders Fogh Rasmussen, dänischer Wirtschaftsminister, Fernseh-/Hörfunkspiegel Ausland, 25. Januar 1991"
MS_Q3 = ('"Wenn die Direktoren der Bundesbank auch nur mit der Wimper zucken, dann erzeugt das Erschütterungen auf den '
         'Kapitalmärkten über ganz Europa hinweg, ohne dass wir auch nur die geringste Möglichkeit zur Einflussnahme '
         'hätten."')
MS_L4 = "Jacques Delors, Präsident der Europäischen Kommission, 1992"
MS_Q4 = '"Nicht alle Deutschen glauben an Gott, aber alle (glauben) an die Bundesbank"'
MS_L5 = "Margaret Thatcher, ehem. Britische Premierministerin, Der Spiegel, 25. Oktober 1993"
MS_Q5 = '"Wenn ich Deutsche wäre, würde ich die Bundesbank und die D-Mark auf alle Fälle behalten."'
MS_L6 = 'Helmut Schmidt, Bundeskanzler a.D., Mitherausgeber der "Zeit", WirtschaftsWoche, 2. Mai 1996'
MS_Q6 = '"Der Bundesbankpräsident ist in Deutschland der mächtigste Gegner der Währungsunion."'
MS_L7 = "Prof. James M. Buchanan, Virginia Polytechnic and State University, Handelsblatt, 15. Mai 1996"
MS_Q7 = ('"Lasst euch eure Bundesbank nicht kaputtmachen. Die Zerstörung der Frankfurter Zentralbank werde die Deutschen '
         'und Europa noch teuer zu stehen kommen."')
MS_L8 = "Willem Frederik Duisenberg, Präsident der Nederlandsche Bank, Le Monde, 18. Juli 1996"
MS_Q8 = '"Mit der Bundesbank ist es wie mit Schlagsahne - je mehr man sie schlägt, desto fester wird sie."'

add(id="ho213-bundesbank-themen-meinungsstreit-stimmen",
    title="Bundesbank im Meinungsstreit - Stimmen aus Wissenschaft und Politik",
    url="https://www.bundesbank.de/de/aufgaben/themen/bundesbank-im-meinungsstreit-stimmen-aus-wissenschaft-und-politik-"
        "615866",
    retrieved="same address (news item of the Deutsche Bundesbank under 'Aufgaben > Themen': a collection of quotations "
              "about the Bundesbank, each given as a label line naming the speaker, the speaker's office, the medium and "
              "the date, followed by the quotation on a line of its own; label and quotation kept as separate lines as "
              "stored (rules 18, 1550); the stored copy is cut off inside the ninth entry ('Prof. Paul Krugman, "
              "Massachusetts Institute of Technology, WirtschaftsWoche, 24…'), which is dropped with its quotation "
              "(rule 15))",
    license=BUBA,
    paras=[MS_L1, MS_Q1, MS_L2, MS_Q2, MS_L3, MS_Q3, MS_L4, MS_Q4, MS_L5, MS_Q5, MS_L6, MS_Q6, MS_L7, MS_Q7, MS_L8,
           MS_Q8],
    quotes=[(MS_Q1, EHRENBERG),
            (MS_Q2, MAJOR),
            (MS_Q3, RASMUSSEN),
            (MS_Q4, DELORS),
            (MS_Q5, THATCHER),
            ('"Zeit"', None),
            (MS_Q6, SCHMIDT),
            (MS_Q7, BUCHANAN),
            (MS_Q8, DUISENBERG)],
    aliases={EHRENBERG: ["Herbert Ehrenberg"],
             MAJOR: ["John Major"],
             RASMUSSEN: ["Anders Fogh Rasmussen"],
             DELORS: ["Jacques Delors"],
             THATCHER: ["Margaret Thatcher"],
             SCHMIDT: ["Helmut Schmidt"],
             BUCHANAN: ["James M. Buchanan", "Prof. James M. Buchanan"],
             DUISENBERG: ["Willem Frederik Duisenberg"]})

# --- bundesbank.de, Presse > Pressenotizen: the Bundesbank's programme for the ECB's Europa-Kulturtage 2016 (Weidmann) ---

KT_P2 = ('"Ich freue mich, dass Deutschland in diesem Jahr das Gastland für die Europa-Kulturtage der EZB ist", sagt '
         'Bundesbankpräsident Jens Weidmann. Dadurch könne die Bundesbank als Notenbank Deutschlands einen Einblick in die '
         'Kultur ihres Landes vermitteln. In Zeiten, in denen Europa an Strahlkraft verliere, ermögliche das Kulturelle '
         'eine Rückbesinnung auf gemeinsame Traditionen, ohne das Individuelle und Besondere einzelner Regionen und '
         'Kulturen aufzugeben.')
KT_P3 = ('Die Veranstaltungen der diesjährigen Europa-Kulturtage setzen sich mit den in ganz Europa aktuellen Themen Heimat, '
         'Flucht und Alter auseinander. "Das Programm soll unterhalten und Denkanstöße geben", sagt Weidmann. "Wir hoffen, '
         'den Besucherinnen und Besuchern vielfältige und auch überraschende Begegnungen mit der deutschen Kultur zu '
         'bieten."')

add(id="ho213-bundesbank-pressenotiz-kulturprogramm-2016",
    title="Bundesbank stellt facettenreiches Kulturprogramm vor",
    url="https://bundesbank.de/de/presse/pressenotizen/bundesbank-stellt-facettenreiches-kulturprogramm-vor-669950",
    retrieved="same address (press notice of the Deutsche Bundesbank under 'Presse > Pressenotizen' on its programme for "
              "the Europa-Kulturtage of the European Central Bank, 17 October to 1 December 2016; the stored copy ends "
              "after the third paragraph, which closes with its quotation; the three paragraphs kept whole)",
    license=BUBA,
    paras=["Die Deutsche Bundesbank präsentiert im Rahmen der Europa-Kulturtage der Europäischen Zentralbank (EZB) die "
           "facettenreiche Kultur Deutschlands. Zusammen mit Frankfurter Kulturinstitutionen bieten die Bundesbank und die "
           "EZB vom 17. Oktober bis 1. Dezember 2016 ein abwechslungsreiches Programm vom klassischen Symphoniekonzert über "
           "modernes Tanztheater bis hin zu Literatur und moderner Kunst.",
           KT_P2,
           KT_P3],
    quotes=[(cut(KT_P2, '"Ich freue', 'EZB ist"'), WEIDMANN),
            (cut(KT_P3, '"Das Programm', 'geben"'), WEIDMANN),
            (cut(KT_P3, '"Wir hoffen', 'bieten."'), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Bundesbankpräsident Jens Weidmann", "Weidmann"]})
