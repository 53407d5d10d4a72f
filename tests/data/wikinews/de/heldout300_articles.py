# Three-hundredth held-out German real-news set (tests/data/heldout300-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1880-1883). None of these pages is
# in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundredth held-out set": three netzpolitik.org articles of 2025 (the coalition
# agreement of Union and SPD and what it plans for net policy, April; the Interior Ministry's answer on Palantir, June; the
# civil-society letter against the new security package, August) (licence NP). Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the stored date
# line is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


DOBRINDT = "Alexander Dobrindt"
MERZ = "Friedrich Merz"
SOEDER = "Markus Söder"
KOALITION = "Koalition"
ORGS = "Zivilgesellschaftliche Organisationen"

# --- netzpolitik.org, April 2025: the coalition agreement of Union and SPD ---

KV_P1 = ("Nach recht kurzen Verhandlungen haben Union und SPD heute ihren Koalitionsvertrag vorgestellt. Wir analysieren, "
         "welchen „Politikwechsel“ Schwarz-Rot anstrebt und was dieser für die digitalen Freiheitsrechte bedeutet.")
KV_P2 = ("„Sie werden viel von dem, was Sie vermutet haben, nicht finden“. Das kündigte CDU-Parteichef Friedrich Merz bei der "
         "heutigen Pressekonferenz im Paul-Löbe-Haus des Bundestags an. Gemeinsam mit Markus Söder (CSU) sowie den "
         "SPD-Vorsitzenden Saskia Esken und Lars Klingbeil stellte er dort den Koalitionsvertrag vor. Das 144-seitige Papier "
         "soll die Grundlage für eine künftige, schwarz-rote Regierung bilden. Zuvor müssen ihm noch die Mitglieder der SPD "
         "sowie die entsprechenden Gremien von CDU und CSU zustimmen.")
KV_P6 = ("In Sachen Bürgerrechte und Überwachung erwartet uns eine harte Zeit. Das Innenministerium wird an die CSU gehen und "
         "Bayerns Ministerpräsident Markus Söder kündigte bei der Pressekonferenz auch direkt „Law-and-Order“-Politik an.")
KV_P7 = ("In der Präambel des Kapitels zur Innenpolitik heißt es dementsprechend, dass die Koalition die „europa- und "
         "verfassungsrechtlichen Spielräume ausschöpfen“ möchte und das „Spannungsverhältnis zwischen sicherheitspolitischen "
         "Erfordernissen und datenschutzrechtlichen Vorgaben“ neu austariert werden müsse. Die Stoßrichtung ist hier klar.")
KV_P8 = ("„Das verlangt auch Sensibilität bei den Sicherheitsbehörden“, heißt es weiter – das klingt eindeutig nach "
         "Vorschuss-Vertrauen in statt Kontrolle von Behörden.")

add(id="ho300-np-2025-04-koalitionsvertrag-netzpolitik",
    title=None,
    url="https://netzpolitik.org/2025/koalitionsvertrag-das-planen-union-und-spd-in-der-netzpolitik/",
    retrieved="same address (stored page of April 2025; the stored date line ' date 2025-04' dropped (rule 14); the stored "
              "copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the two "
              "headings 'Die einzelnen Themenbereiche' and 'Überwachung, Bürgerrechte und Polizei: Law and Order steht an' "
              "kept as they stand; the paragraph 'Union und SPD haben sich erwartungsgemäß auf mehr Internetüberwachung "
              "geeinigt … Im Koalitionsvertrag heißt', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=[KV_P1, KV_P2,
           "Was das für Innenpolitik, Grundrechte und die digital- und netzpolitischen Bereiche heißt, haben wir uns "
           "angeschaut und hier zusammengefasst.",
           "Die einzelnen Themenbereiche",
           "Überwachung, Bürgerrechte und Polizei: Law and Order steht an",
           KV_P6, KV_P7, KV_P8],
    quotes=[("„Politikwechsel“", None),
            ("„Sie werden viel von dem, was Sie vermutet haben, nicht finden“", MERZ),
            ("„Law-and-Order“", SOEDER),
            ("„europa- und verfassungsrechtlichen Spielräume ausschöpfen“", KOALITION),
            ("„Spannungsverhältnis zwischen sicherheitspolitischen Erfordernissen und datenschutzrechtlichen Vorgaben“",
             KOALITION),
            ("„Das verlangt auch Sensibilität bei den Sicherheitsbehörden“", None)],
    aliases={MERZ: ["Friedrich Merz", "CDU-Parteichef"],
             SOEDER: ["Markus Söder", "Bayerns Ministerpräsident"],
             KOALITION: ["Koalition", "Union und SPD", "Schwarz-Rot"]})

# --- netzpolitik.org, June 2025: the Interior Ministry's answer on Palantir ---

PAL_P1 = ("Die Grünen wollten es genauer wissen: Nachdem die polizeiliche automatisierte Datenauswertung mit Software von "
          "Palantir kürzlich Thema im Bundesrat war, erfragten sie beim neuen Bundesinnenminister Alexander Dobrindt (CSU) "
          "den Pegelstand. Plant er, dem Palantir-Mogul Peter Thiel die Tür auch zu polizeilichen Bundesbehörden zu öffnen "
          "oder den Kurs seiner SPD-Vorgängerin Nancy Faeser fortzusetzen und den US-Konzern zu meiden?")
PAL_P2 = ("Der von Peter Thiel mitbegründete Konzern Palantir bietet Polizeien eine Analysesoftware an, die deren Daten "
          "zusammenführt. Millionen Informationshäppchen von Menschen können damit aus verschiedenen polizeilichen "
          "Datenbanken zusammengelegt und durchforstet werden. In Deutschland ist die Palantir-Software Gotham schon seit "
          "2017 im Bundesland Hessen unter dem Namen „Hessendata“ sowie in Nordrhein-Westfalen und Bayern im Einsatz und "
          "seither heftig umkämpft. Im Jahr 2023 legte ein Urteil des Bundesverfassungsgerichts neue Grenzen solcher "
          "polizeilicher Analysen fest. Das bremste die Expansion von Palantir in die digitalen Amtsstuben der Polizeien der "
          "Bundesländer.")
PAL_P3 = ("Die denkbar knappe Antwort des Innenministeriums auf die schriftliche Frage des stellvertretenden "
          "Fraktionsvorsitzenden von Bündnis 90/Die Grünen, Konstantin von Notz, vom Mai 2025 zeigt nun: Dobrindt schließt den "
          "Einsatz von Palantir bei den Behörden in seiner Zuständigkeit nicht aus. Anders als Faeser spricht er sich nicht "
          "explizit gegen die Nutzung dieser Massendatenverarbeitungssoftware in Bundesbehörden aus, sondern teilt lediglich "
          "mit, dass „bisher noch nicht entschieden“ sei.")

add(id="ho300-np-2025-06-palantir-dobrindt",
    title=None,
    url="https://netzpolitik.org/2025/palantir-dobrindt-ist-in-hoechstem-masse-unglaubwuerdig/",
    retrieved="same address (stored page of June 2025; the stored date line ' date 2025-06' dropped (rule 14); the stored "
              "copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); the "
              "fourth paragraph 'Seit 2022 hat sich das Bayerische Landeskriminalamt … hatte von N', cut off in the stored "
              "copy, dropped (rule 15))",
    license=NP,
    paras=[PAL_P1, PAL_P2, PAL_P3],
    quotes=[("„Hessendata“", None),
            ("„bisher noch nicht entschieden“", DOBRINDT)],
    aliases={DOBRINDT: ["Alexander Dobrindt", "Dobrindt", "Bundesinnenminister"]})

# --- netzpolitik.org, August 2025: civil society against the security package ---

SP_P2 = ("Die Bundesregierung soll ihre Pläne für eine biometrische Gesichtersuche im Internet und den Einsatz von "
         "KI-Datenanalysen in der Polizeiarbeit zurückziehen. Das fordert eine Koalition aus zivilgesellschaftlichen "
         "Organisationen in einem heute veröffentlichten Brief. Die Kritik richtet sich gegen das sogenannte "
         "„Sicherheitspaket“ aus dem Bundesinnenministerium von Alexander Dobrindt (CSU). Derzeit befindet es sich in der "
         "Abstimmung zwischen den Ministerien.")
SP_P3 = ("Das Paket sieht vor, dass das Bundeskriminalamt und die Bundespolizei Personen anhand ihrer biometrischen Daten in "
         "„öffentlich zugänglichen Daten aus dem Internet“ suchen und identifizieren dürfen. Polizeibehörden dürften dann "
         "etwa die Gesichter, Stimm- oder Bewegungsmuster der Personen einsetzen, um in Posts auf Instagram oder in offenen "
         "Chatgruppen nach ihnen zu suchen. Nicht nur Verdächtige, sondern auch Opfer und Zeug*innen soll die Polizei auf "
         "diesem Weg identifizieren dürfen.")
SP_P5 = "„Gesichtsdatenbank aller Bürger*innen“"

add(id="ho300-np-2025-08-sicherheitspaket-zivilgesellschaft",
    title=None,
    url="https://netzpolitik.org/2025/gesichtserkennung-und-datenanalyse-zivilgesellschaft-stellt-sich-gegen-"
        "sicherheitspaket/",
    retrieved="same address (stored page of 8 August 2025; the stored date line ' date 2025-08-08' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "quoted section heading kept as its own line; the paragraph 'Die Pläne könnten etwa dazu f', cut off in the "
              "stored copy, dropped (rule 15))",
    license=NP,
    paras=["Familienvideos, Selfies, Chatgruppen: Die Bundesregierung will es Polizeibehörden erlauben, das öffentliche "
           "Internet mit den biometrischen Daten gesuchter Personen abzugleichen. Zivilgesellschaftliche Organisationen "
           "warnen vor einer Infrastruktur der umfassenden Überwachung.",
           SP_P2, SP_P3,
           "Auch das Bundesamt für Migration und Flüchtlinge (BAMF) soll die biometrische Suche einsetzen dürfen, um die "
           "Identität von Menschen im Asylverfahren zu klären.",
           SP_P5,
           "Mehrere zivilgesellschaftliche Organisationen zeigen sich angesichts dieser Pläne alarmiert, darunter die "
           "Vereine D64, AlgorithmWatch, der Chaos Computer Club und Amnesty International Deutschland. Biometrische "
           "Datenbanken, wie sie für eine solche Suche notwendig wären, ermöglichten Massenüberwachung und schwere "
           "Verstöße gegen Grundrechte wie das Recht auf Privatsphäre, heißt es in dem Appell."],
    quotes=[("„Sicherheitspaket“", None),
            ("„öffentlich zugänglichen Daten aus dem Internet“", None),
            (SP_P5, ORGS)],
    aliases={ORGS: ["Zivilgesellschaftliche Organisationen", "eine Koalition aus zivilgesellschaftlichen Organisationen",
                    "Mehrere zivilgesellschaftliche Organisationen"]})
