# Two-hundred-and-thirtieth held-out German real-news set (tests/data/heldout230-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1640 onwards). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and page number against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, by the speakers'
# names, and by a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirtieth held-out set": an OTS release of the Austrian Federal Ministry
# of Justice (licence BMJ, as in the eighteenth set; rule 111) and two speeches of the Deutsche Bundesbank under
# "Presse > Reden" on bundesbank.de (licence BUBA, as in the eighty-ninth and two-hundred-and-thirteenth sets). Stored copies
# are the `search` tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept
# (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMJ, BUBA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


KARL = "Beatrix Karl"

# --- OTS, Federal Ministry of Justice: Karl at the Rechtsanwaltskammertag in Klagenfurt, 27 September 2013 ---

RAK_TITLE = 'Beatrix Karl: "Den Reformkurs in der Justiz fortsetzen"'
RAK_P5 = ('"Diesen Reformkurs möchte ich auch in der kommenden Legislaturperiode fortsetzen", betonte Karl heute. Dazu '
          'arbeitet die Justizministerin unter anderem an einer umfassenden Reform des Mietrechts. "Wir brauchen ein '
          'transparentes, verständliches und gerechtes Mietrecht", bekräftigte Karl einmal mehr. Auch das österreichische '
          'Strafgesetzbuch möchte die Justizministerin erstmals seit fast 40 Jahren grundlegend modernisieren. "Das '
          'Strafrecht ist die schärfste Waffe unseres Staates. Umso wichtiger ist es, dass das Strafgesetzbuch wieder mit den '
          'heutigen Wertvorstellungen unserer Gesellschaft übereinstimmt", erklärte Karl.')

add(id="ho230-bmj-ots-2013-09-karl-rechtsanwaltskammertag",
    title=RAK_TITLE,
    url="https://www.ots.at/presseaussendung/OTS_20130927_OTS0085/beatrix-karl-den-reformkurs-in-der-justiz-fortsetzen",
    retrieved="same address (OTS release of 27 September 2013, dateline 'Klagenfurt (OTS)'; the stored copy ends before the "
              "sender line, so the release is taken as the Ministry of Justice's under rule 111: it speaks for the minister "
              "in the ministry's voice ('Seit Karls Amtsantritt …', 'die Bundesministerin') with the ministry's subheading "
              "style 'Zwiti.:'; the search tool's date line 'date 2018-03' is not part of the text and is dropped; the "
              "subheading 'Zwiti.: Schutz der Privatsphäre im Internetzeitalter' and the paragraph under it, cut off inside "
              "'Schutz der Privatsph…', are dropped (rule 15); subtitle and subheading kept as lines of their own (rule 18))",
    license=BMJ,
    paras=["Justizministerin beim österreichischen Rechtsanwaltskammertag",
           "Klagenfurt (OTS) - Mit der Familienrechtsreform, der verschärften Verfolgung von Korruption und einem "
           "Vertrauensgewinn blickt die österreichische Justiz auf wichtige Erfolge in den letzten zweieinhalb Jahren zurück. "
           "Bei der Tagung des österreichischen Rechtsanwaltskammertags zog die Justizministerin heute Bilanz und gab einen "
           "Ausblick auf die kommende Legislaturperiode. Mit umfassenden Reformen im Mietrecht, beim europäischen Datenschutz "
           "und im Strafrecht möchte Karl diesen Erfolgskurs auch in der kommenden Amtszeit fortsetzen, wie sie heute sagte.",
           "Zwiti.: Wichtige Justizerfolge geschafft",
           "Seit Karls Amtsantritt vor etwa zwei Jahren passierten mehr als 30 justizbezogene Gesetzesvorhaben das Parlament. "
           "Karl hob besonders den Beschluss des neuen Familienrechts, die verschärfte Bekämpfung von Korruption und den durch "
           "Studien nachweisbaren Vertrauensgewinn in der Bevölkerung hervor.",
           RAK_P5],
    quotes=[('"Den Reformkurs in der Justiz fortsetzen"', KARL),
            (cut(RAK_P5, '"Diesen Reformkurs', 'fortsetzen"'), KARL),
            (cut(RAK_P5, '"Wir brauchen', 'Mietrecht"'), KARL),
            (cut(RAK_P5, '"Das Strafrecht', 'übereinstimmt"'), KARL)],
    aliases={KARL: ["Beatrix Karl", "Karl", "die Justizministerin", "Justizministerin"]})

# --- bundesbank.de, Presse > Reden: speech at the Leipzig reception for the Bundesbank's 60th anniversary (2017) ---

LZ_GG = ('"Der Bund errichtet eine Währungs- und Notenbank als Bundesbank. Ihre Aufgaben und Befugnisse können im Rahmen '
         'der Europäischen Union der Europäischen Zentralbank übertragen werden, die unabhängig ist und dem vorrangigen Ziel '
         'der Sicherung der Preisstabilität verpflichtet."')
LZ_B1 = ('"Die Deutsche Bundesbank ist als Zentralbank der Bundesrepublik Deutschland integraler Bestandteil des '
         'Europäischen Systems der Zentralbanken. Sie wirkt an der Erfüllung seiner Aufgaben mit dem vorrangigen Ziel mit, …')
LZ_B2 = "… die Preisstabilität zu gewährleisten"
LZ_B3 = "… hält und verwaltet die Währungsreserven der Bundesrepublik Deutschland,"
LZ_B4 = "… sorgt für die bankmäßige Abwicklung des Zahlungsverkehrs im Inland und mit dem Ausland und"
LZ_B5 = '… trägt zur Stabilität der Zahlungs- und Verrechnungssysteme bei."'

add(id="ho230-bundesbank-rede-60-jahre-leipzig",
    title="Rede auf dem Empfang anlässlich des 60-jährigen Bestehens der Deutschen Bundesbank in der Hauptverwaltung "
          "Sachsen und Thüringen",
    url="https://www.bundesbank.de/de/presse/reden/rede-auf-dem-empfang-anlaesslich-des-60-jaehrigen-bestehens-der-"
        "deutschen-bundesbank-in-der-hauptverwaltung-sachsen-und-thueringen-711040",
    retrieved="same address (speech of the Deutsche Bundesbank under 'Presse > Reden'; the stored copy names no speaker; "
              "the lines of the quoted Bundesbankgesetz kept as the stored copy breaks them, one paragraph each (rule 18); "
              "the paragraph 'Auch in Europa gilt:' and the bullet list after it, cut off inside its third item ('die "
              "Gel…'), are dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "Sehr geehrte Damen und Herren,",
           "Ich freue mich, hier in Leipzig mit Ihnen 60 Jahre Deutsche Bundesbank begehen zu dürfen.",
           "60 Jahre Deutsche Bundesbank, meine sehr verehrten Damen, meine Herren, da wir nicht alle durchgängig das "
           "Grundgesetz unter dem Arm mit uns herumtragen, erlauben Sie mir dazu den Art. 88 unserer Verfassung zu zitieren. "
           "Dort heißt es:",
           LZ_GG,
           "Und das Bundesbankgesetz führt dazu weiter aus:",
           LZ_B1, LZ_B2, LZ_B3, LZ_B4, LZ_B5,
           "Mit der Gründung der Deutschen Bundesbank im Jahr 1957 erfüllte der Gesetzgeber die Verfassung. Die Deutsche "
           "Bundesbank wurde eine Erfolgsgeschichte. Dies führte dazu, dass die Europäische Zentralbank in der Tradition der "
           "Deutschen Bundesbank und nach ihrem Vorbild geschaffen wurde."],
    quotes=[(LZ_GG, None),
            (LZ_B1, None),
            (LZ_B2, None),
            (LZ_B3, None),
            (LZ_B4, None),
            (LZ_B5, None)],
    aliases={})

# --- bundesbank.de, Presse > Reden: closing speech of the symposium on cash supply in crises ---

SY_TITLE = "Abschlussrede Symposium „Sichere Bargeldversorgung – auch in der Krise“"
SY_P2 = ("ich begrüße Sie alle ganz herzlich und freue mich über ihr großes Interesse an unserem Symposium. Welche Rolle "
         "spielt Bargeld in Not- und Krisenfällen? Noch bis vor ein paar Jahren wäre diese Frage hierzulande vermutlich nicht "
         "als sonderlich relevant wahrgenommen worden. Krisen waren in Deutschland vergleichsweise selten. Pandemien, "
         "Naturkatastrophen oder Mangellagen kannte man eigentlich nur aus den Medien und sie betrafen zumeist weit entfernte "
         "Regionen. Dies hat sich in der jüngeren Vergangenheit leider geändert. Denken Sie nur an die Stichworte "
         "„Corona-Pandemie“ oder „Ahrtalflut“. Und der Angriffskrieg Russlands auf die Ukraine hat hierzulande die "
         "Versorgungssicherheit mit Gas und Elektrizität in Frage gestellt.")

add(id="ho230-bundesbank-rede-abschluss-bargeldsymposium",
    title=SY_TITLE,
    url="https://bundesbank.de/de/presse/reden/abschlussrede-911394",
    retrieved="same address (speech of the Deutsche Bundesbank under 'Presse > Reden'; the stored copy names no speaker; "
              "the trailing space after 'Sehr geehrte Damen und Herren,' dropped; the paragraph 'Diese Ereignisse geben uns "
              "Anlass, …', cut off inside 'Abschwächung der Krise be…', is dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Sehr geehrte Damen und Herren,",
           SY_P2],
    quotes=[("„Sichere Bargeldversorgung – auch in der Krise“", None),
            ("„Corona-Pandemie“", None),
            ("„Ahrtalflut“", None)],
    aliases={})
