# Two-hundred-and-thirty-eighth held-out German real-news set (tests/data/heldout238-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1680 onwards). None of these
# pages is in any tests/data/*.jsonl or in another held-out worktree (checked by URL, the speakers' names and a distinctive
# phrase against every source/url field and every address named in the modules and SOURCES.md files of tests/data and of
# /work/wt-heldout*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-thirty-eighth held-out set": news items of the Landratsamt Neustadt
# a.d.Waldnaab on its site neustadt.de (licence NEUSTADT_WN, as in the ninety-second set: the press portal of neustadt.de
# permits the use of its releases with the source named). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NEUSTADT_WN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MEIER = "Andreas Meier"
MEILER = "Thomas Meiler"

# --- Landratsamt Neustadt a.d.Waldnaab: first award of the NEW Landkreispreis, 19 July 2024 ---

LKP_P10 = ("Beides wurde den Geehrten feierlich durch Landrat Andreas Meier ausgehändigt. Der Landkreischef hob das breite "
           "Tätigkeitsspektrum der Preisträgerinnen und Preisträger hervor, denen heute gedankt werde. Generell werde in der "
           "heutigen Zeit das Wort „Danke“ nur mehr sehr spärlich benutzt. „Doch, dass so viele Vorschläge eingereicht "
           "wurden, zeigt, Ihr Engagement wird gesehen“, versicherte Meier. Der Landrat betonte, dass der Preis aber nicht "
           "nur Dank und Anerkennung ausdrücke, sondern auch ein Ansporn und ein Motivationsschub fürs weitermachen sein "
           "soll.")

add(id="ho238-neustadt-wn-2024-07-new-landkreispreis",
    title=None,
    url="https://web.neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "premiere-im-landratsamt-erstmalige-verleihung-des-new-landkreispreises-2024",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 19 July 2024; the date line 'Meldung vom "
              "19.07.2024' dropped (rule 14); the stored copy holds no headline, so there is no title line (rules 18, 32); "
              "the list of the five prize winners kept line by line with its dashes as stored (rule 1681); the last "
              "paragraph 'Im Anschluss an die Verleihung …', cut off inside 'Außerdem durften si…', dropped (rule 15))",
    license=NEUSTADT_WN,
    paras=["Am 17. Juli 2024 wurden im Landratsamt Neustadt an der Waldnaab gleich zwei Premieren gefeiert. Erstmalig wurde "
           "der NEW Landkreispreis verliehen. Die Feier fand im Innenhof des Erweiterungsbaus statt – der ersten "
           "Veranstaltung dort seit Einweihung des Gebäudes im Mai 2019.",
           "Die mit dem Landkreispreis ausgezeichneten Preisträgerinnen und Preisträger haben durch ihr ehrenamtliches "
           "Engagement allesamt hervorragende Verdienste im Landkreis erworben. Zur Feierstunde wurden neben Geehrten die "
           "Vorschlagenden sowie die Bürgermeister der Wohnortgemeinde und die Mitglieder des Kreisausschusses geladen.",
           "Aus insgesamt 35 Vorschlägen hatte der Kreisausschuss im Juni in nichtöffentlicher Sitzung einstimmig die "
           "Vergabe an folgende Preisträgerinnen und Preisträger beschlossen:",
           "- Schotterwerke Michldorf mit dem Projekt „Totholz“, Leuchtenberg",
           "- OWV Georgenberg mit 1.Vorsitzenden Manfred Janker",
           "- Nachbarschaftshilfe „Helfen mit Herz“, Weiherhammer",
           "- Förderverein Schloss Burgtreswitz, Peter Garreiss, Moosbach",
           "- Kulturfreunde Lobkowitz, Neustadt an der Waldnaab",
           "Die Auszeichnung ist mit einem Geldpreis in Höhe von maximal 15.000 Euro und einer Urkunde verbunden. Jede "
           "ausgezeichnete Vereinigung konnte sich somit über eine Zuwendung in Höhe von 3.000 Euro freuen.",
           LKP_P10],
    # project and group names in marks are names: null; „Danke“ is the word talked about (a term), not a quotation of
    # anyone: null (rule 1680)
    quotes=[("„Totholz“", None),
            ("„Helfen mit Herz“", None),
            ("„Danke“", None),
            (cut(LKP_P10, "„Doch, dass", "gesehen“"), MEIER)],
    aliases={MEIER: ["Landrat Andreas Meier", "Andreas Meier", "Meier", "Der Landkreischef", "Der Landrat"]})

# --- Landratsamt Neustadt a.d.Waldnaab: Ehrenzeichen des Bayerischen Ministerpräsidenten, 8 May 2025 ---

EHR_P3 = ("Die Bedeutung des Ehrenamts für die Gesellschaft unterstrich Landrat Andreas Meier in seiner Laudatio. „Eine "
          "Gemeinschaft funktioniert nicht, wenn es niemanden gibt, der sich engagiert“, betonte Meier. „Stellen Sie sich "
          "vor, es gibt niemanden, der bei Festen Musik spielt, niemanden der den Maibaum aufstellt oder niemanden, der sich "
          "für sozial Benachteiligte einsetzt“, stellte der Landrat exemplarisch heraus, was es gesellschaftlich bedeuten "
          "würde, wenn es kein ehrenamtliches Engagement gäbe – sie wäre um ein Vielfaches ärmer und trister.")
EHR_P5 = ("Zur Ehrung waren ebenfalls die Bürgermeister der Heimatgemeinden geladen. Stellvertretend für die Anwesenden "
          "sprach Flossenbürgs Bürgermeister Thomas Meiler seinen Dank aus. „Menschen wie Sie, sind für unsere Gesellschaft "
          "enorm wichtig – auch als starkes Vorbild für die nächste Generation“ unterstrich Meiler.")

add(id="ho238-neustadt-wn-2025-05-ehrenzeichen-ministerpraesident",
    title=None,
    url="https://www.neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "ehrenzeichen-des-bayerischen-ministerpraesidenten-an-sechs-verdiente-persoenlichkeiten-aus-dem-landkreis-verliehen",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 8 May 2025; the date line 'Meldung vom "
              "08.05.2025' dropped (rule 14); the stored copy holds no headline, so there is no title line (rules 18, 32); "
              "the empty line after the lead paragraph not kept (paragraphs separated by a single line break); the "
              "laudations of the six honoured persons from the name line 'Peter Garreiss aus Moosbach' on, the first cut "
              "off inside '… engagiert er sich für die Sanierung', dropped (rule 15); the dashes in 'den Geehrten "
              "-persönlich und im Namen des Landkreises-' kept as stored)",
    license=NEUSTADT_WN,
    paras=["Für besondere Verdienste im Ehrenamt wurden sechs Bürgerinnen und Bürger aus dem Landkreis Neustadt an der "
           "Waldnaab mit dem Ehrenzeichen des Bayerischen Ministerpräsidenten ausgezeichnet. Für Landrat Andreas Meier war "
           "es eine Ehre, die Ehrenzeichen stellvertretend für den Ministerpräsidenten in der Schlosskapelle des "
           "Landratsamtes zu verleihen.",
           "Mit dieser Ehrung werden Personen ausgezeichnet, die sich mit ihrer aktiven Arbeit in Vereinen, Organisationen "
           "und sonstigen Gemeinschaften mit kulturellen, sportlichen, sozialen oder anderen gemeinnützigen Zielen "
           "hervorragende Verdienste erworben haben.",
           EHR_P3,
           "Der Landkreischef dankte den Geehrten -persönlich und im Namen des Landkreises- für ihren Einsatz, aber auch den "
           "Familien und Angehörigen für die Unterstützung.",
           EHR_P5,
           "Im Anschluss verlas Landrat Meier die Laudationes der Geehrten und händigte die Urkunde und die Anstecknadel "
           "sowie ein Präsent des Landkreises aus."],
    # the quote closed without a comma before its cue ('…Generation“ unterstrich Meiler') is Meiler's (rule 1682)
    quotes=[(cut(EHR_P3, "„Eine Gemeinschaft", "engagiert“"), MEIER),
            (cut(EHR_P3, "„Stellen Sie", "einsetzt“"), MEIER),
            (cut(EHR_P5, "„Menschen wie", "Generation“"), MEILER)],
    aliases={MEIER: ["Landrat Andreas Meier", "Andreas Meier", "Meier", "der Landrat", "Der Landkreischef",
                     "Landrat Meier"],
             MEILER: ["Flossenbürgs Bürgermeister Thomas Meiler", "Thomas Meiler", "Meiler"]})
