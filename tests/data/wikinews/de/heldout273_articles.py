# Two-hundred-and-seventy-third held-out German real-news set (tests/data/heldout273-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1800-1802). None of
# these texts is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, headline and two distinctive
# phrases of each text with grep -rl against every annotation module, SOURCES file and jsonl file of /work/main/tests/data
# and /work/wt-*/tests/data; the feed repost shares its address with two earlier documents but none of their items, rules
# 93, 158). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-seventy-third held-out set": one stored version (May 2022) of the German
# Federal Government's news feed as reposted by christoph-winter.de with the Presse- und Informationsamt named as source
# (licence BREG_REPOST), and three news items of the Landratsamt Neustadt a.d.Waldnaab on web.neustadt.de (licence
# NEUSTADT_WN). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_REPOST, NEUSTADT_WN  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHOLZ = "Scholz"
MEIER = "Andreas Meier"

# --- christoph-winter.de: repost of the Federal Government's news feed, version of May 2022 ---

FEED_P4 = ("Deutschland setzt seine umfangreiche Unterstützung für die globale Bekämpfung der Corona-Pandemie fort: Zur "
           "Initiative „ACT-A“ wird Deutschland 2022 weitere 1,5 Milliarden US-Dollar beitragen - als zweitgrößter Geber "
           "weltweit. Deutschland wolle damit als G7-Präsidentschaft „mit gutem Beispiel vorangehen“, sagte Kanzler Scholz "
           "beim zweiten „Global COVID-19 Summit“.")
FEED_P6 = ("Bundeskanzler Scholz sieht die Weltwirtschaft „vor dem größten Wandel seit der industriellen Revolution“. Am "
           "Mittwoch empfing er die Vertreterinnen und Vertreter von Labour7 im Kanzleramt. Die Gäste überreichten ihm ihre "
           "Empfehlungen und Vorschläge zu einer sozial gerechten Transformation von Wirtschaft und Arbeitswelt.")

add(id="ho273-repost-feed-2022-05",
    title="Meldungen",
    url="https://www.christoph-winter.de/deutsche-bundesbank/termine-bundeskanzleramt/",
    retrieved="same address, version of May 2022 (the Federal Government's news feed of 11-13 May 2022 as reposted on a "
              "private site under 'Quellenangabe: Presse- und Informationsamt der Bundesregierung'; that source line and the "
              "Office's address 'Dorotheenstraße 84, 10117 Berlin' dropped as repost furniture, the section name 'Meldungen' "
              "is the first line (rules 18, 100); each item keeps its headline line with the site's date in brackets and its "
              "teaser as published, including the hyphen in '1,5 Milliarden US-Dollar beitragen - als' (rule 20); the links "
              "'>> mehr lesen' dropped; the last item 'Sommer der Berufsausbildung gestartet (Wed, 11 May 2022)', whose "
              "teaser is cut off ('… in seiner Videobots'), dropped (rule 15); the heldout17 version of this address "
              "(February 2023) shares no item with this one (rules 93, 158))",
    license=BREG_REPOST,
    paras=["Vorbild für ökologische und digitale Transformation (Fr, 13 Mai 2022)",
           "Bundeskanzler Scholz besuchte die neue Produktionsanlage für Arzneimittel der Bayer AG „Solida 1“. Die Anlage "
           "ist Kern des neuen globalen Kompetenzzentrums für Arzneimittel am Standort Leverkusen. Sie soll für die Branche "
           "neue Maßstäbe setzen – auch beim Thema Klimaschutz.",
           "„Durch Taten können wir die Wirklichkeit verändern“ (Thu, 12 May 2022)",
           FEED_P4,
           "„Wollen den gesellschaftlichen Zusammenhalt bewahren“ (Wed, 11 May 2022)",
           FEED_P6,
           "Verlässlicher Partner in Lateinamerika (Wed, 11 May 2022)",
           "Internationale und regionale Themen sowie die bilateralen Wirtschaftsbeziehungen standen im Zentrum des "
           "Gesprächs zwischen dem Bundeskanzler und Präsident Alberto Ángel Fernández. Scholz hatte den argentinischen "
           "Regierungschef zu einem Antrittsbesuch nach Berlin eingeladen und empfing ihn im Bundeskanzleramt."],
    # the plant's name, the initiative's name and the summit's name are names: null (rule 2); the headline quotations
    # over teasers on the Chancellor's own speech and meeting are his (rule 102; rule 1800 for the Labour7 item); only the
    # surname occurs in this version, so it is canonical (rule 7, rule 1802)
    quotes=[("„Solida 1“", None),
            ("„Durch Taten können wir die Wirklichkeit verändern“", SCHOLZ),
            ("„ACT-A“", None),
            ("„mit gutem Beispiel vorangehen“", SCHOLZ),
            ("„Global COVID-19 Summit“", None),
            ("„Wollen den gesellschaftlichen Zusammenhalt bewahren“", SCHOLZ),
            ("„vor dem größten Wandel seit der industriellen Revolution“", SCHOLZ)],
    aliases={SCHOLZ: ["Scholz", "Bundeskanzler Scholz", "Kanzler Scholz", "Bundeskanzler"]})

# --- Landratsamt Neustadt a.d.Waldnaab: Umweltpreis 2022, 13 December 2022 ---

UMW_P5 = ("Landrat Andreas Meier hob das breite Tätigkeitsspektrum der Preisträgerinnen und Preisträger hervor, denen heute "
          "gedankt werde. Generell werde in der heutigen Zeit das Wort „Danke“ nur mehr sehr spärlich benutzt. „Doch, dass "
          "so viele Vorschläge eingereicht wurden, zeigt, Ihr Engagement wird gesehen“, versichert der Landkreischef. Mit "
          "dem Umweltpreis wolle der Landkreis die Verdienste engagierter Persönlichkeiten um den Natur- und Umweltschutz "
          "würdigen. Der Landrat betonte, dass der Preis aber nicht nur Dank und Anerkennung ausdrücke, sondern auch ein "
          "Ansporn und ein Motivationsschub fürs weitermachen sein soll.")

add(id="ho273-neustadt-wn-2022-12-umweltpreis",
    title=None,
    url="https://web.neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "verleihung-des-umweltpreises-2022-des-landkreises-neustadt-an-der-waldnaab",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 13 December 2022; the date line "
              "'Meldung vom 13.12.2022' dropped (rule 14); the stored copy holds no headline, so there is no title line "
              "(rules 18, 32); the list of the three prize winners kept line by line with its dashes as stored (rule 1681); "
              "the lower-case 'fürs weitermachen' kept as published (rule 20); the stored copy is complete)",
    license=NEUSTADT_WN,
    paras=["Am 12. Dezember 2022 konnte Landrat Andreas Meier im Gasthaus Weißes Rößl in Neustadt an drei verdiente "
           "Preisträger den Umweltpreis des Landkreises Neustadt an der Waldnaab verleihen.",
           "Seit 1984 verleiht der Landkreis NEW alle zwei Jahre an Personen oder Personengruppen die sich besondere "
           "Verdienste um Natur und Umwelt erworben haben einen Umweltpreis. Mit diesem lokalen Preis soll beispielhaftes "
           "Handeln auf dem Gebiet des Natur- und Umweltschutzes im Bereich des Landkreises ausgezeichnet werden. Die "
           "Auszeichnung ist mit einem Geldpreis und einer Urkunde verbunden.",
           "Über insgesamt 15 eingereichte Vorschläge hat der Umweltausschuss, als zuständiger Ausschuss des Landkreises, "
           "in seiner Sitzung am 10.10.2022 beraten. Im Gremium wurde mehrheitlich beschlossen, den Preis aufzuteilen und "
           "zu jeweils drei gleichen Teilen an folgende Preisträger zu vergeben:",
           "- SMV des Gymnasiums Neustadt a.d.Waldnaab",
           "- Landesbund für Vogelschutz e.V. (LBV) – Ortsgruppe Trabitz",
           "- Verein für Landschaftspflege, Artenschutz & Biodiversität e.V. (VLAB) für das Projekt „Wiederansiedlung des "
           "Habichtskauzes“",
           UMW_P5,
           "Im Anschluss an die Verleihung hatten die Preisträger selbst die Gelegenheit, das Wort zu ergreifen. Außerdem "
           "durften sie sich in das Goldene Buch des Landkreises eintragen."],
    # a project name in marks: null (rules 2, 24); „Danke“ is the word talked about, not a quotation: null (rule 1680)
    quotes=[("„Wiederansiedlung des Habichtskauzes“", None),
            ("„Danke“", None),
            (cut(UMW_P5, "„Doch, dass", "gesehen“"), MEIER)],
    aliases={MEIER: ["Landrat Andreas Meier", "Andreas Meier", "Landkreischef", "Der Landrat"]})

# --- Landratsamt Neustadt a.d.Waldnaab: Sozialpreis 2022, 22 November 2022 ---

SOZ_P7 = ("Landrat Meier betonte den hohen Stellenwert sozialen Engagements in der Gesellschaft. Viel zu oft werden diese "
          "Dienste als selbstverständlich angesehen, aber ohne sie wäre unsere Gesellschaft um vieles ärmer. Er versteht "
          "diese Preisverleihung als Signal, dass es zwischen all den schlechten Nachrichten auch Lichtblicke gebe und gerade "
          "auf dem Land der soziale Zusammenhalt noch stärker sei, als in der Großstadt. Manchmal bekomme er von Preisträgern "
          "auch die Frage gestellt, womit gerade sie den Preis verdient hätten. Hier bekräftigt der Landrat: „Sie engagieren "
          "sich zum Teil seit Jahrzehnten weit über das durchschnittliche Maß hinaus im sozialen Bereich, sind ehrenamtlich "
          "tätig und Sie haben sich diese Anerkennung redlich verdient!“.")

add(id="ho273-neustadt-wn-2022-11-sozialpreis",
    title=None,
    url="https://web.neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "verleihung-des-sozialpreises-2022-des-landkreises-neustadt-an-der-waldnaab",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 22 November 2022; the date line "
              "'Meldung vom 22.11.2022' dropped (rule 14); the stored copy holds no headline, so there is no title line "
              "(rules 18, 32); the list of the three prize winners kept line by line with its dashes as stored (rule 1681); "
              "the full stop after the closing mark '…redlich verdient!“.' kept as published (rule 20); the last paragraph "
              "'Stellvertretend für die Bürgermeister der Heimatgemeinden, sprach der Neustädter Bürgermeister, Sebastian "
              "Dippold …', cut off inside 'Dippold betont', dropped (rule 15))",
    license=NEUSTADT_WN,
    paras=["Am 21. November 2022 konnte Landrat Andreas Meier im Gasthaus Weißes Rößl in Neustadt an drei verdiente "
           "Preisträger den Sozialpreis des Landkreises Neustadt an der Waldnaab verleihen.",
           "Erstmals im Jahr 1994, wird dieser Preis seitdem alle zwei Jahre an Einzelpersonen, Personengruppen oder "
           "Vereinigungen verliehen, die im Landkreis leben bzw. ihren Sitz haben und besonderes soziales Engagement im "
           "Landkreis bewiesen haben. Damit soll beispielhaftes Handeln im sozialen, außerfamiliären Bereich ausgezeichnet "
           "werden, das im Dienste der Menschen erbracht wird. Die Auszeichnung ist mit einem Geldpreis und einer Urkunde "
           "verbunden.",
           "Die diesjährigen Preisträger hat der Ausschuss für Soziales des Landkreises in seiner Sitzung am 21.09.2022 "
           "einstimmig beschlossen. Das Gremium beschloss, dass der Sozialpreis 2022 zu je drei gleichen Teilen an folgende "
           "Preisträger verliehen wird:",
           "- Die Tafel – Ausgabestelle Vohenstrauß",
           "- Frau Susanne Hausdorf aus Neustadt an der Waldnaab",
           "- Herrn Dipl.-Psychologen Willy Koegst aus Etzenricht",
           SOZ_P7],
    # the unmarked sentences before the colon are the Landrat's indirect speech (rule 5); the colon cue names him (rule 9)
    quotes=[(cut(SOZ_P7, "„Sie engagieren", "verdient!“"), MEIER)],
    aliases={MEIER: ["Landrat Andreas Meier", "Andreas Meier", "Landrat Meier", "der Landrat"]})

# --- Landratsamt Neustadt a.d.Waldnaab: Kultur- und Nachwuchsförderpreis 2018, 28 November 2018 ---

add(id="ho273-neustadt-wn-2018-11-kulturpreis",
    title=None,
    url="https://web.neustadt.de/landkreis-aktuelles/neuigkeiten-landratsamt-neustadt-an-der-waldnaab/"
        "kultur-und-nachwuchsfoerderpreis-2018-des-landkreises-neustadt-a-d-waldnaab",
    retrieved="same address (news item of the Landratsamt Neustadt a.d.Waldnaab of 28 November 2018; the date line "
              "'Meldung vom 28.11.2018' dropped (rule 14); the stored copy holds no headline, so there is no title line "
              "(rules 18, 32); the lists of prize winners kept line by line as stored, each name with its dash and the "
              "bracketed line on who proposed it on a line of its own (rule 1681); the two spellings 'Zoiglstubn' and "
              "'Zoiglstube' kept as published (rule 20); the last paragraph 'In einem spontanen Grußwort sagte Andrea Lang "
              "…', cut off inside 'lebens- und liebens', dropped (rule 15))",
    license=NEUSTADT_WN,
    paras=["Am 27.11.2018 wurden der Kultur- sowie der Nachwuchsförderpreis 2018 an vier Preisträger verliehen. Zur "
           "kulturellen Umrahmung fand die Verleihung in der Zoiglstubn „Zum Mundl“ in Störnstein statt.",
           "Der mit insgesamt 3.000 € dotierte Kulturpreis wurde an die folgenden drei Preisträger mit je 1.000 € "
           "verliehen:",
           "- Zupfer-Moidln aus Neustadt a. d. Waldnaab",
           "(auf Vorschlag von Maria und Heribert Schubert)",
           "- Musikinitiative Vohenstrauß e. V.",
           "(auf Vorschlag von Herrn Uli Münchmeier)",
           "- Museums-Arbeitskreis Pleystein",
           "(aufgrund eigener Bewerbung)",
           "Außerdem wurde der mit 500 € dotierte Nachwuchsförderpreis an den folgenden Preisträger verliehen:",
           "- Schwarzenbacher Schenkelzinterer",
           "(auf Vorschlag der ÖDP-Kreistagsfraktion)",
           "Landrat Andreas Meier freute sich, die Anwesenden hier in der Zoiglstube „Zum Mundl“ begrüßen zu dürfen. Unsere "
           "Kultur und unsere Traditionen, wie beispielsweise die Zoiglkultur, prägen unseren Landkreis und dies gilt es zu "
           "wahren und zu verteidigen. Er schätze an den heute ausgezeichneten Preisträgern besonders, dass diese unseren "
           "Landkreis kulturell bereichern, Traditionen wahren und auch alte Traditionen wiederbeleben. In den Großstädten "
           "sei mehr und mehr eine Entwicklung hin zur Anonymisierung zu beobachten, dies sei bei uns auf dem Land zum Glück "
           "nicht so, hier seien die Menschen noch in die Gemeinschaft mit Gruppierungen und Vereinen eingebunden. Durch ihr "
           "kulturelles Engagement leisten die heutigen Preisträger einen wertvollen Beitrag, unsere Lebensart und unsere "
           "Traditionen weit über die Landkreisgrenzen hinauszutragen, so Landrat Andreas Meier."],
    # the inn's name in marks, twice: null (rule 2, rule 1801); the Landrat's first-person paraphrase without marks is not
    # annotated although it ends with a `so`-cue (rules 5, 1801)
    quotes=[("„Zum Mundl“", None, 0),
            ("„Zum Mundl“", None, 1)],
    aliases={})
