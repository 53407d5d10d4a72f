# Three-hundred-and-ninety-eighth held-out German real-news set (tests/data/heldout398-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2110-2111). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, headline or first words and
# two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-ninety-eighth held-out set": six news pages of the
# Universitätsbibliothek der TU Berlin on its blog 'Publizieren an der TU Berlin' (blogs.ub.tu-berlin.de), none of them
# taken by the 388th set: the post recommending the licence CC BY (archive page February 2015), the archive page of October
# 2016 (the library's Open Access policy, the university press), the appeal to use the Open Access option of the DEAL
# contracts with Vera Meyer's statement (August 2020), the information page on the DEAL contract with SpringerNature
# (p=1862, 2022) and the Open Access Week interviews with Irmela Roschmann-Steltenkamp and Adina Stern (October
# 2021) and with Dragan Marinkovic (October 2022) (licence UBTUB, CC BY 4.0, stated
# by the library for the content of its web pages). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17, 52), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import UBTUB  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Publizieren blog, archive page February 2015: the library recommends CC BY ---

CC_TITLE = "Universitätsbibliothek empfiehlt CC-Lizenz CC BY"
CC_P1 = ("Wer sein Werk unter eine freie Lizenz stellen und so Dritten die Nutzung des eigenen Werkes erleichtern will, kann "
         "zwischen verschiedenen Lizenzen wählen. Insgesamt sind 6 Typen zu unterscheiden:")
CC_L1 = "BY  Namensnennung 3.0 de (Details)"
CC_L2 = "BY ND  Namensnennung – keine Bearbeitung 3.0 de (Details)"
CC_L3 = "BY NC  Namensnennung – nicht kommerziell 3.0 de (Details)"
CC_L4 = "BY NC ND  Namensnennung – nicht kommerziell – keine Bearbeitung 3.0 de  (Details)"
CC_L5 = "BY NC SA  Namensnennung – nicht kommerziell – Weitergabe unter gleichen  Bedingungen 3.0 de (Details)"
CC_L6 = "BY SA  Namensnennung – Weitergabe unter gleichen Bedingungen 3.0 de (Details)"
CC_P2 = ("Creative Commons-Lizenzen wurden für die internationale Anwendung und für Werke aller Art entwickelt, insbesondere für "
         "kreative Leistungen wie Fotos, Filme und Musik. Auch im wissenschaftlichen Umfeld finden Sie vielfach Verwendung, "
         "denn hier ist man auf das Teilen von Informationen in besonderem Maße angewiesen.")
CC_P3 = ("Damit eine Veröffentlichung den Prinzipien von Open Access entspricht, sollten die Urheber sie zur weiteren "
         "Verwendung frei geben und von anderen Einschränkungen als der Nennung der Urheberschaft absehen. Die Verwendung der "
         "Creative Commons-Lizenz CC BY ist hierfür der einfachste Weg: Sie erlaubt,")
CC_P4 = ("Veröffentlichungen – in jedem beliebigen digitalen Medium und für jeden verantwortbaren Zweck – zu kopieren, zu "
         "nutzen, zu verbreiten, zu übertragen und öffentlich wiederzugeben sowie Bearbeitungen davon zu erstellen und zu "
         "verbreiten, sofern die Urheberschaft korrekt angegeben wird“")

add(id="ho398-ubtub-2015-02-empfehlung-cc-by",
    title=CC_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2015/02/",
    retrieved="same address (stored archive page of February 2015 showing one post; its headline kept as title (rule 18); "
              "the six licence lines kept as published, with their double spaces and link words '(Details)' (rules 19, 20); "
              "the screenshot's credit line 'Quelle: Screenshot der Lizenz-Übersicht auf „Was ist CC?“ von Creative Commons "
              "Deutschland, lizenziert unter CC BY 3.0 DE' dropped as an image credit (rule 19); the block quotation, "
              "published without an opening mark, kept as its own line (rule 20); the paragraph 'So lautet die Anforderung "
              "an Open Access-Veröffentlichungen, wie sie in der „Berliner Erklärung …“ festgehalten wurde. CC BY-Lizenzen "
              "sind … tatsächlich', cut off in the stored copy, dropped with the name in marks it holds (rules 15, 52, 2110))",
    license=UBTUB,
    paras=[CC_P1, CC_L1, CC_L2, CC_L3, CC_L4, CC_L5, CC_L6, CC_P2, CC_P3, CC_P4],
    quotes=[(CC_P4, None)],
    aliases={})

# --- Publizieren blog, archive page October 2016: the library's Open Access policy; the university press ---

OK_H1 = "Open-Access-Policy der Universitätsbibliothek der TU Berlin verabschiedet – 23 Schritte für mehr Offenheit"
OK_P1 = ("„Open in Action“ lautet das Motto der diesjährigen internationalen Open Access Week. An dieser Maxime wollen wir uns "
         "messen lassen: Seit vielen Jahren fordern und fördern wir an der Universitätsbibliothek der TU Berlin Open Access. "
         "Doch wie sieht es in Sachen Offenheit in unseren eigenen Reihen aus?")
OK_H2 = "Kennen Sie schon den Universitätsverlag der TU Berlin?"
OK_P2 = ("Wer an Open-Access-Publizieren denkt, denkt häufig zuerst an Zeitschriftenartikel. Doch auch im Bereich von "
         "Monografien und Sammelwerken nimmt Open Access Fahrt auf. Das Directory of Open Access Books (DOAB) verzeichnet im "
         "Oktober 5.429 Open-Access-Bücher von 161 verschiedenen Verlagen, darunter große und kleine Namen der "
         "Verlagslandschaft: Open-Access-Optionen bieten etwa Brill, DeGruyter, Springer oder Vandenhoeck & Ruprecht. "
         "Angehörige der TU Berlin können zudem die Leistung des universitätseigenen Open-Access-Verlags in Anspruch nehmen, "
         "der 1969 gegründet wurde und seit 2008 unter dem Namen Universitätsverlag der TU Berlin auftritt. Pünktlich zum "
         "Beginn der Frankfurter Buchmesse 2016 wurde unser Verlag Mitglied im europäischen Dachverband der Hochschulverlage, "
         "der Association of European University Presses.")

add(id="ho398-ubtub-2016-10-archiv-policy-verlag",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/2016/10/",
    retrieved="same address (stored archive page of October 2016 with two posts, each a headline and its teaser; the stored "
              "copy begins with the first headline and shows no archive heading, so the text has no separate title line and "
              "both headlines are kept as lines (rules 18, 19, 32); nothing else dropped)",
    license=UBTUB,
    paras=[OK_H1, OK_P1, OK_H2, OK_P2],
    quotes=[("„Open in Action“", None)],
    aliases={})

# --- Publizieren blog, August 2020: use the Open Access option of the DEAL contracts ---

DL_TITLE = "Nutzen Sie die Chance zu Open Access bei Wiley und SpringerNature"
DL_P1 = ("Die deutschlandweiten DEAL-Verträge mit Wiley und SpringerNature finden international große Beachtung, da sie eine "
         "Option zum Open-Access-Publizieren beinhalten, die für Autor*innen keinen finanziellen Mehraufwand bedeutet.")
DL_P2 = ("Selbstverständlich obliegt auch im Rahmen der DEAL-Verträge die Entscheidung zum Open-Access-Publizieren den "
         "Wissenschaftler*innen. Die Open-Access-Option ist nicht verpflichtend und kann während des Einreichungsprozesses "
         "abgewählt werden (Opt-out). Wir bitten alle TU-Angehörigen, sich für Open Access zu entscheiden und von den "
         "Vorteilen der Verträge zu profitieren.")
DL_H = "Opt-out von Open Access – was bedeutet das?"
DL_P3 = ("Opt-out bedeutet, dass die Autor*innen dem Verlag exklusive Rechte übertragen, was sie bei der weiteren Nutzung des "
         "eigenen Werkes beschränkt. Der Artikel selbst wäre dann weltweit nur für diejenigen sichtbar, die dafür einzeln "
         "bezahlen oder diese Zeitschrift abonniert haben. Ein Opt-out führt nicht zu einer Kostenreduktion für die TU.")
DL_Q = ("„Die DEAL-Verträge machen es uns Wissenschaftlerinnen und Wissenschaftlern so einfach wie nie, unsere "
        "Forschungsergebnisse frei zu verbreiten. Wir helfen damit anderen – nämlich jenen im Forschungs- und Lehrbetrieb, in "
        "Politik und Gesellschaft, die sich die teuren Abos für wissenschaftliche Journale nicht leisten können. Denken Sie nur "
        "an all die Stunden, die Sie in der Pandemie-bedingten Home-Office-Zeit investiert haben, um Zugang für sich oder Ihre "
        "Studierenden zu Forschungsliteratur zu bekommen. Wir helfen damit aber auch uns selbst – die freie Verfügbarkeit "
        "erhöht nachweislich die Zitationszahlen. Wenn Sie Open Access unterstützen wollen, wählen Sie nicht Opt-out!")
DL_P4 = ("Prof. Dr. Vera Meyer, Open-Access-Beauftragte der TU Berlin, (FG Angewandte und Molekulare Mikrobiologie) fasst "
         "zusammen: " + DL_Q)

MEYER = "Vera Meyer"

add(id="ho398-ubtub-2020-08-deal-open-access-option",
    title=DL_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2020/08/nutzen-sie-die-chance-zu-open-access-bei-wiley-und-springernature/",
    retrieved="same address (stored post of August 2020; headline kept as title (rule 18); the subheading 'Opt-out von Open "
              "Access – was bedeutet das?' kept as its own line (rule 13); the portrait caption 'Vera Meyer' and its credit "
              "'© Martin Weinhold' dropped (rules 14, 19); Vera Meyer's statement, published without a closing mark, kept as "
              "published (rules 20, 22); the subheading 'Open-Access-Option bei Wiley und SpringerNature – wie funktioniert "
              "das?' dropped with the paragraph 'Im Rahmen der' under it, cut off in the stored copy (rule 15))",
    license=UBTUB,
    paras=[DL_P1, DL_P2, DL_H, DL_P3, DL_P4],
    quotes=[(DL_Q, MEYER)],
    aliases={MEYER: ["Vera Meyer", "Prof. Dr. Vera Meyer", "Open-Access-Beauftragte der TU Berlin"]})

# --- Publizieren blog, information page on the DEAL contract with SpringerNature (2022) ---

SN_P1 = ("Nachdem das deutschlandweite DEAL-Konsortium mit dem Verlag Wiley 2019 einen ersten Vertrag unterzeichnet hatte, kam "
         "es Anfang 2020 auch mit SpringerNature zu einem Vertragsabschluss. Der DEAL-Vertrag mit SpringerNature hat die "
         "Laufzeit 2020–2022; er deckt den lesenden Zugriff auf Springer-Zeitschriften ab und enthält eine umfassende "
         "Open-Access-Komponente. Im September 2022 wurde bekannt, dass der Vertrag zu gleichen Konditionen und ohne "
         "inhaltliche Vertragsänderungen bis zum 31.12.2023 verlängert wird.")
SN_H = "Auswirkungen für TU-Angehörige"
SN_P2 = ("Im Rahmen des DEAL-Vertrages mit SpringerNature sind Artikel, die TU-Angehörige als „corresponding author“ "
         "einreichen, standardmäßig zur Open-Access-Publikation vorgesehen. Für Sie als Autor*innen fallen für das "
         "Open-Access-Publizieren in allen Zeitschriften von Springer sowie den Open-Access-Zeitschriften von Nature keine "
         "Kosten an. Die Kosten werden von der Universitätsbibliothek getragen. Kosten für Sie als Autor*innen können lediglich "
         "für Zusatzservices des Verlags entstehen, wie etwa bei Cover Images.")
SN_P3 = ("Das Open-Access-Publizieren bedeutet eine maßgebliche rechtliche Besserstellung für Sie als Autor*innen: Die Rechte "
         "am Werk verbleiben bei Ihnen und die Artikel werden unter einer freien Lizenz publiziert. Autor*innen unterliegen "
         "damit nicht mehr den bisherigen rechtlichen Restriktionen bei der weiteren Nutzung ihrer eigenen Werke.")

add(id="ho398-ubtub-2022-deal-springernature",
    title=None,
    url="https://blogs.ub.tu-berlin.de/publizieren/?p=1862",
    retrieved="same address (stored page, updated after September 2022; the stored copy begins with the first paragraph and "
              "shows no headline, so the text has no title line (rules 18, 32); the subheading 'Auswirkungen für "
              "TU-Angehörige' kept as its own line (rule 13); the paragraph 'Artikel, die TU-Angehörige als „corresponding "
              "author“ einreichen und die ab dem 01.01.2020 … („Le', cut off in the stored copy, dropped with the terms in "
              "marks it holds (rules 15, 52))",
    license=UBTUB,
    paras=[SN_P1, SN_H, SN_P2, SN_P3],
    quotes=[("„corresponding author“", None)],
    aliases={})

# --- Publizieren blog, October 2022: Open Access Week interview with Dragan Marinkovic ---

MK_TITLE = "„Open Access sorgt für die Gleichheit an der Startlinie der Forschungsarbeit.“"
MK_P1 = ("Für die Interviewreihe sind wir heute im Gespräch mit Dr. Dragan Marinkovic vom Institut für Mechanik an der "
         "Fakultät V. Er berichtet unter anderem über seine Motivation zur Herausgabe des OA-Journals Facta Universitatis. "
         "Series Mechanical Engineering.")
MK_Q1 = ("UB: Open Access ist ein strategisches Ziel der TU Berlin. Wie sieht das in Ihrem Forschungsalltag aus? Ist Open "
         "Access ein Begriff? In welchen Kontexten nehmen Sie Diskussionen zu Open Access wahr?")
MK_A1 = ("DM: Open Access wird immer mehr zum dominierenden Begriff und das ist aus guten Gründen so. Eine Forschung fängt "
         "typischerweise mit Literaturrecherche an. Und wenn nach umfangreicher Forschungsarbeit Ergebnisse vorhanden sind, "
         "wünschen sich vermutlich alle Forschenden diese barrierefrei den Kolleg*innen zur Verfügung zu stellen. In diesem "
         "Sinne ist der Open-Access-Zugang von Publikationen von entscheidender Bedeutung. Nach meiner Wahrnehmung ist es immer "
         "öfter eines der Hauptkriterien bei der Auswahl der Journale.")
MK_Q2 = ("UB: Open Access hat den offenen Zugang zu wissenschaftlicher Information zum Ziel. Sie sind als Editor bei einem "
         "OA-Journal tätig (Facta Universitatis. Series Mechanical Engineering). Was motiviert Sie dazu?")

MARINKOVIC = "Dragan Marinkovic"

add(id="ho398-ubtub-2022-10-interview-marinkovic",
    title=MK_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2022/10/open-access-sorgt-fuer-die-gleichheit-an-der-startlinie-der-"
        "forschungsarbeit/",
    retrieved="same address (stored post of October 2022; the quoted headline kept as title (rule 18); teaser, first question "
              "and answer and second question kept with their speaker labels 'UB:' and 'DM:' as published (rule 20); the "
              "second answer 'DM: Als ich Ende 2013 … eine große finanzielle Herausforderun', cut off in the stored copy, "
              "dropped (rule 15))",
    license=UBTUB,
    paras=[MK_P1, MK_Q1, MK_A1, MK_Q2],
    quotes=[(MK_TITLE, MARINKOVIC)],
    aliases={MARINKOVIC: ["Dragan Marinkovic", "Dr. Dragan Marinkovic"]})

# --- Publizieren blog, October 2021: Open Access Week interview with Irmela Roschmann-Steltenkamp and Adina Stern ---

RS_TITLE = ("„Open Access spart in der Erwerbung für unsere Bibliothek Geld und Arbeit. Frei zugängliche Literatur ist für den "
            "Forschungs- und Arbeitsalltag von großer Bedeutung.“")
RS_P1 = ("Weiter geht’s mit unserer Interviewreihe zur Open Access Week 2021. Heute mit Irmela Roschmann-Steltenkamp und "
         "Adina Stern vom Zentrum für Anitsemitismusforschung an der Fakultät I. Wir haben beide gefragt, welchen Stellenwert "
         "Open Access in ihrem akademischen Schaffen hat.")
RS_Q1 = ("UB: Open Access ist ein strategisches Ziel der TU Berlin. Wie sieht das in Ihrem Forschungsalltag aus? Ist Open "
         "Access ein Begriff? In welchen Kontexten nehmen Sie Diskussionen zu Open Access wahr?")
RS_A1 = ("IRS: Vor allem in der Bibliothek ist Open Access ein wichtiger Faktor. Dadurch, dass Bücher und Zeitschriften "
         "problemlos und kostenfrei zur Verfügung gestellt werden, ist der Zugang zu ihnen natürlich sowohl für Studierende als "
         "auch für wissenschaftlich Arbeitende sehr einfach geworden. In unserem Forschungsalltag beteiligen wir uns an einigen "
         "Projekten, wie zum Beispiel im Jahr 2019 an einer Kooperation zwischen dem Verlag DeGruyter und einem überregionalen "
         "Bibliothekskonsortium, die Bücher zur jüdischen Geschichte als Open Access zugänglich gemacht hat.")

ROSCHMANN = "Irmela Roschmann-Steltenkamp"

add(id="ho398-ubtub-2021-10-interview-roschmann-stern",
    title=RS_TITLE,
    url="https://blogs.ub.tu-berlin.de/publizieren/2021/10/open-access-spart-in-der-erwerbung-fuer-unsere-bibliothek-geld-"
        "und-arbeit-frei-zugaengliche-literatur-ist-fuer-den-forschungs-und-arbeitsalltag-von-grosser-bedeutung/",
    retrieved="same address (stored post of October 2021; the quoted headline kept as title (rule 18); the image description "
              "'Das Bild zeigt Irmela Roschmann-Steltenkamp & Adina Stern mit ihrem gemeinsamen Statement: \"Open Access "
              "spart … von großer Bedeutung.\"' and its credit 'UB TU Berlin / Foto: Doreen Grahl, Grafik: Hannelore "
              "Stöcklein / Alle Rechte vorbehalten' dropped as image text (rules 14, 19, 2111); the typo "
              "'Anitsemitismusforschung' kept (rule 20); the second answer 'AS: Im Gegensatz zu den Naturwissenschaften, … "
              "für die Verfasserinnen und Verfasser der', cut off in the stored copy, dropped (rule 15))",
    license=UBTUB,
    paras=[RS_P1, RS_Q1, RS_A1],
    quotes=[(RS_TITLE, ROSCHMANN)],
    aliases={ROSCHMANN: ["Irmela Roschmann-Steltenkamp", "Adina Stern"]})
