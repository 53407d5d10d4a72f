# Two-hundred-and-fifty-sixth held-out German real-news set (tests/data/heldout256-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1740-1742). None of these
# pages is in any tests/data/*.jsonl (checked by URL, Public view id and page number against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other held-out worktrees, and by
# distinctive phrases against the texts of all sets). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-fifty-sixth held-out set": texts of German public bodies: two news
# items of the Federal Chancellor's office (Presse- und Informationsamt der Bundesregierung) as distributed by Public
# (pubt.io, September and November 2025; licence BREG_PUBLIC as in the twenty-seventh set) and one news item of the
# Deutsche Bundesbank (bundesbank.de, "Aufgaben > Themen", licence BUBA); and one post of Global Voices auf Deutsch (an
# interview with a volunteer translator, 2018, licence GV). All stored copies are the `search` tool's `pages`
# excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page and distribution
# furniture is dropped (rules 14, 31, 100), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_PUBLIC, BUBA, GV  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- pubt.io: news items of the Federal Chancellor's office as distributed by Public, 2025 ---

add(id="ho256-public-2025-09-26-merz-ecosystem-summit",
    title=None,
    url="https://www.pubt.io/view/A83E5EACBE7C2E890ACA62F3873700044D709FEB",
    retrieved="same address (news item of 26 September 2025 with the Chancellor's speech as distributed by Public; Public's "
              "header line '09/26/2025 | Press release | Archived content' above the text dropped as distribution "
              "furniture (rules 31, 100); the stored copy shows no headline, so the first paragraph is the first line "
              "(rules 18, 32); the missing spaces in 'entwickeln.\"Deutschland', 'Softwareaus' and 'Summitin' kept as "
              "stored (rule 20); the salutation lines and the first paragraph of the speech kept as lines of their own; "
              "the next paragraph of the speech ('Ich freue mich, dass Sie an diesem Wochenende … Vor wenigen Minuten hat "
              "der Bundesrat'), cut off in the stored copy, and the rest dropped (rule 15); the stored part holds no "
              "further quotation mark)",
    license=BREG_PUBLIC,
    paras=["Bundeskanzler Merz hat beim Ecosystem Summit der Schwarz-Gruppe unterstrichen, dass Europa sich stärker auf "
           "digitale Souveränität und eigene Rechenzentren konzentrieren müsse. \"Ich möchte, dass wir in Europa - nicht "
           "nur wir in Deutschland, sondern wir in Europa - unabhängiger werden, souveräner werden, dass wir auch einen "
           "Teil unserer Stärken selbst entwickeln.\"Deutschland sei zu stark von Softwareaus den Vereinigten Staaten "
           "abhängig.",
           "Der Ecosystem Summitin Berlin wurde von der Schwarz Gruppe veranstaltet und hat sich mit Themen wie "
           "nachhaltigem Wirtschaften, gesundem Leben und digitaler Souveränität befasst. Bundeskanzler Merz hat dort "
           "eine Rede gehalten und sich im Anschluss den Fragen der Teilnehmenden gestellt. Die Schwarz-Gruppe ist die "
           "viertgrößte Handelsgruppe der Welt, ihren Hauptsitz hat sie in Neckarsulm.",
           "Sehr geehrter, lieber Herr Chrzanowski,",
           "meine sehr geehrten Damen und Herren,",
           "herzlichen Dank für die freundliche Begrüßung! Ich habe den Eindruck, ich bin der einzige Krawattenträger "
           "hier im Raum. Ah, da ist noch einer! Ich komme gerade aus dem Deutschen Bundestag, und ich habe eingeführt, "
           "dass dort wieder Krawatte getragen wird. Also, vielen Dank, dass Sie nach Berlin gekommen sind! Herzlichen "
           "Dank für die Einladung zu dieser erstmaligen und nach meinem Eindruck auch einmaligen Veranstaltungen. Sie "
           "wollen das mehrfach machen, aber es ist jedenfalls in dieser Form einmalig für Berlin, was Sie aus der "
           "Schwarz Gruppe, aus der Lidl-Gruppe hier tun."],
    quotes=[("\"Ich möchte, dass wir in Europa - nicht nur wir in Deutschland, sondern wir in Europa - unabhängiger "
             "werden, souveräner werden, dass wir auch einen Teil unserer Stärken selbst entwickeln.\"", "Merz")],
    aliases={"Merz": ["Merz", "Bundeskanzler Merz"]})

add(id="ho256-public-2025-11-05-merz-baugewerbe",
    title="Alles bauen, das baureif ist",
    url="https://pubt.io/view/6521592E7E0067A3B29FCF5332B88B6A8903380B",
    retrieved="same address (news item of 5 November 2025 as distributed by Public, which names the German Federal "
              "Chancellor as its publisher; Public's header lines ('German Federal Chancellor', '11/05/2025 | Press "
              "release | Distributed by Public on 11/06/2025 01:31') above the headline dropped as distribution furniture "
              "(rules 31, 100); the empty parentheses in 'Zentralverbandes Deutsches Baugewerbe ()' and 'Der "
              "Zentralverband Deutsches Baugewerbe ()' (a link text lost in the copy), the missing spaces in "
              "'Abschreibungenvon' and 'EuroSkills- in' kept as stored (rule 20); the bullet items of 'Das Wichtigste in "
              "Kürze' kept as lines of their own without the bullets (rule 93); the third bullet item ('Wohnungsbau "
              "voranbringen: … die geplante Novelle des Baugesetzbu'), cut off in the stored copy, and the rest dropped "
              "(rule 15); it holds no quotation mark in the stored part)",
    license=BREG_PUBLIC,
    paras=["Bundeskanzler Friedrich Merz kündigte in seiner Rede auf dem Verbandstag des Zentralverbandes Deutsches "
           "Baugewerbe () weitere Maßnahmen an, um die Wirtschaft wieder auf Wachstumskurs zu bringen. Die "
           "Bundesregierung stehe vor den größten Herausforderungen seit Jahrzehnten, unter anderem stagniere die "
           "deutsche Wirtschaft seit drei Jahren. Man habe bereits einiges zur Korrektur unterbliebener Reformen auf den "
           "Weg gebracht und arbeite an weiteren konkreten Schritten.",
           "Im Anschluss an seine Rede gratulierte der Bundeskanzler dem Nationalteam Deutsches Baugewerbe zu ihren "
           "Erfolgen bei den diesjährigen EuroSkills: Die jungen Handwerker - Zimmerer, Stuckateur, Maurer, Betonbauer "
           "und Fliesenleger - gewannen fünf Medaillen bei den Berufs-Europameisterschaften - den EuroSkills- in "
           "Dänemark.",
           "Der Zentralverband Deutsches Baugewerbe () vertritt rund 35.000 mittelständische, inhabergeführte "
           "Bauunternehmen verschiedener Größen und Sparten. Die Unternehmen beschäftigen etwa 996.000 Mitarbeitende und "
           "bilden fast 80 Prozent der Branchenlehrlinge aus.",
           "Das Wichtigste in Kürze:",
           "Rahmenbedingungen für mehr Wachstum: Mit dem Infrastruktur-Sondervermögen, den degressiven "
           "Abschreibungenvon bis zu 30 Prozent bis Ende 2027 für Anlageinvestitionen, den geplanten Sozialreformen "
           "sowie den Bürokratieentlastungen habe die Bundesregierung die ersten notwendigen Weichen gestellt.",
           "Modernisierungsagenda: \"Wir geben jetzt wirklich Gas bei der Digitalisierung unseres Landes\", so der "
           "Bundeskanzler. Für die Fachkräftegewinnung etwa würden mit der Work-and-Stay-Agentur die Verfahren für "
           "Arbeitskräfte vereinfacht, die aus dem Ausland kommen und in Deutschland arbeiten wollen."],
    quotes=[("\"Wir geben jetzt wirklich Gas bei der Digitalisierung unseres Landes\"", "Friedrich Merz")],
    aliases={"Friedrich Merz": ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Merz", "Bundeskanzler"]})

# --- bundesbank.de: news items under "Aufgaben > Themen" ---

add(id="ho256-buba-balz-repraesentanz-bruessel",
    title="Balz eröffnet Repräsentanz in Brüssel und stellt deutsches Team im House of the Euro vor",
    url="https://bundesbank.de/de/aufgaben/themen/balz-eroeffnet-repraesentanz-in-bruessel-und-stellt-deutsches-team-im-"
        "house-of-the-euro-vor-924930",
    retrieved="same address (Bundesbank news item 924930, undated in the stored copy; headline kept as the first line; the "
              "last paragraph ('Ihre eigentliche Arbeit hatte die Repräsentanz der Bundesbank bereits im Oktober 2023 "
              "aufgenommen. … in den europäischen D'), cut off in the stored copy, dropped (rule 15); it holds no "
              "quotation mark in the stored part; complete otherwise)",
    license=BUBA,
    paras=["Vorstandsmitglied Burkhard Balz hat die neue Repräsentanz der Bundesbank in Brüssel eröffnet und das deutsche "
           "Team im House of the Euro vorgestellt. Zahlreiche Gäste, wie auch die SSM-Vorsitzende und ehemalige "
           "Bundesbank-Vizepräsidentin Claudia Buch sowie der deutsche Botschafter in Belgien, Martin Kotthaus, nutzten "
           "die Gelegenheit zum Austausch.",
           "In seiner Festrede ging Balz, im Vorstand der Bundesbank unter anderem verantwortlich für das Zentrum für "
           "internationalen Zentralbankdialog (ZiZ) und damit auch für die Repräsentanzen, auf die Bedeutung des neuen "
           "Standorts für die Bundesbank ein. Es sei wichtig, dass die Zentralbanken des Eurosystems und die EZB auch in "
           "Brüssel ihre Sichtbarkeit verstärkten und ihre enge und vertrauensvolle Zusammenarbeit in der „inoffiziellen "
           "Hauptstadt Europas“ intensivierten. Balz betonte die Bedeutung Brüssels als Ort, an dem wichtige "
           "Entscheidungen diskutiert und getroffen würden, die sich auch auf die Arbeit der EZB und der nationalen "
           "Zentralbanken des Eurosystems auswirkten. Umso entscheidender sei es, im politischen Brüssel gut vernetzt "
           "aufgestellt zu sein. Das House of the Euro biete dafür beste Voraussetzungen.",
           "Die Eröffnungsveranstaltung bot den mehr als 70 anwesenden Gästen, u.a. aus dem Eurosystem, dem "
           "Europäischen Parlament, dem Rat der EU, der Europäischen Kommission, der Europäischen Investitionsbank sowie "
           "der Deutschen Botschaft Brüssel und der Ständigen Vertretung der Bundesrepublik Deutschlands bei der EU die "
           "Gelegenheit, die Repräsentanz der Bundesbank in Brüssel kennenzulernen und sich zu aktuellen Themen "
           "auszutauschen."],
    quotes=[("„inoffiziellen Hauptstadt Europas“", "Burkhard Balz")],
    aliases={"Burkhard Balz": ["Burkhard Balz", "Vorstandsmitglied Burkhard Balz", "Balz"]})

# --- de.globalvoices.org: Global Voices auf Deutsch, community post, 2018 ---

add(id="ho256-gv-2018-08-30-we-are-global-voices-germany",
    title="We Are Global Voices Germany",
    url="https://de.globalvoices.org/2018/08/30/we-are-global-voices-germany/",
    retrieved="same address (post of 30 August 2018; the site banner 'Wir übersetzen die Beiträge von Global Voices in "
              "viele Sprachen, …' and 'Erfahre mehr zu Lingua-Übersetzungen  »' above the headline dropped as page "
              "furniture (rule 14); the image alt text 'Alice. Use of image with kind permission.' and the caption 'Alice "
              "von Global Voices Deutsch. Bild verwendet mit freundlicher Genehmigung.' dropped (rule 14); the questions "
              "kept as lines of their own; the space before and after the answer 'Ich habe einen Einblick in WordPress "
              "erhalten …' trimmed; the last question ('Hat GV deinen Blick auf manche Dinge verändert?') and its answer, "
              "cut off in the stored copy after 'Ja, mein Blick auf die Welt hat si', dropped (rule 15))",
    license=GV,
    paras=["Wer steht eigentlich hinter den Texten und Übersetzungen, die auf den Seiten von Global Voices Deutsch zu "
           "lesen sind? Man sieht die Profile und kann sehen, welche Artikel von wem geschrieben bzw. übersetzt wurden. "
           "Aber wer sind wir eigentlich und was verbindet uns mit Global Voices? In dieser Reihe wollen wir Menschen "
           "vorstellen, die für Global Voices Deutsch arbeiten.",
           "Wie lange bist du bei Global Voices dabei?",
           "Ich bin seit Mitte 2016 bei Global Voices dabei.",
           "Erinnerst du dich an deine erste Übersetzung und wenn ja, was war das für eine?",
           "Ja, das war ein Artikel zum Thema „Adoption durch gleichgeschlechtliche Paare in Portugal“. In diesem Artikel "
           "beschäftigte sich der Autor mit der Frage, ob die portugiesische Gesellschaft bereit für ein solches Gesetz "
           "sei. Ich hatte diesen Artikel ausgewählt, da er die Gesellschaft in Portugal kritisch betrachtete. Das fand "
           "ich interessant. Ich habe unter anderem viele Jahre in Portugal gelebt und freue mich, wenn ich kritische "
           "Texte mit dem Thema Portugal übersetzen kann.",
           "Mein eigentliches Anliegen bei Global Voices war es, Texte aus dem portugiesischsprachigen Sprachraum zu "
           "übersetzen, da man in deutschsprachigen Nachrichten wenig aus diesen Gegenden hört.",
           "Was hast du bisher bei GV gelernt?",
           "Ich habe einen Einblick in WordPress erhalten und lerne bei jeder Übersetzung selbst dazu.",
           "Was gefällt dir an GV?",
           "Mir gefällt, dass ich einer sinnvollen Tätigkeit nachgehen kann. Ausserdem lerne ich selbst viel, seien es "
           "spezifische Dinge über andere Länder, Übersetzungstechniken oder neue Vokabeln."],
    quotes=[("„Adoption durch gleichgeschlechtliche Paare in Portugal“", None)],
    aliases={})
