# Eighty-third held-out German real-news set (tests/data/heldout83-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 640-649). None of these pages is in
# any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data and of the other held-out worktrees written at the same time, by speaker names and by a
# distinctive 8-word phrase). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Eighty-third held-out set": texts of the German Federal Government (news and interview
# pages of bundesregierung.de and bundeskanzlerin.de, licence BREG). Stored copies are excerpts cut after about 2,000
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

# --- bundeskanzlerin.de: interview reported as news ---

CICERO_P2 = ("Themen der Außen- und Sicherheitspolitik sowie die Frage nach der Rolle Deutschlands bei der Bewältigung "
             "aktueller Konflikte standen im Mittelpunkt eines Gesprächs, das die Bundeskanzlerin mit dem Magazin \"Cicero\" "
             "führte. Dabei ging es auch um die Geschwindigkeit in der Politik: \"Solange ich nicht fertig gedacht habe, kann "
             "ich mich nicht entscheiden\", sagte Merkel.")

add(id="ho83-bkin-2014-cicero-merkel-bestand",
    title="\"Was wir entscheiden, muss Bestand haben.\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/-was-wir-entscheiden-muss-bestand-haben--629928",
    retrieved="same address (stored page of 2014, served under the site's later navigation; the navigation lines "
              "'Bundeskanzler ⏐ Startseite', 'Olaf Scholz', 'Aktuelles', 'Kanzleramt', 'Mediathek', 'Service' and the two "
              "tag links 'Interview mit Angela Merkel' and 'Cicero' dropped as furniture (rule 93); the kicker line 'Im "
              "Wortlaut: Merkel \"Was wir entscheiden, muss Bestand haben.\"' kept as its own line (rules 18, 19); the "
              "interview's last paragraph 'Merkel: Wir wollen nicht militärisch eingreifen. Aber wir müssen alle "
              "diplomatische Kraft aufbri', cut off in the stored copy, dropped (rule 15); published ASCII marks kept "
              "(rule 20))",
    license=BREG,
    paras=["Im Wortlaut: Merkel \"Was wir entscheiden, muss Bestand haben.\"",
           CICERO_P2,
           "Das Interview im Wortlaut:",
           "Cicero: Frau Merkel, wir haben im Augenblick eine Welt, die wütet. Mit der Ukrainekrise ist die Frage von Krieg "
           "und Frieden mit voller Wucht auf unseren Kontinent zurückgekehrt. Das alles geschieht vor dem Hintergrund des "
           "Gedenkens an den Ausbruch des Ersten Weltkriegs vor 100 Jahren. Die Menschen leben in Sorge. Ist die Sorge "
           "berechtigt, dass sich aus diesem Konflikt etwas Größeres entwickeln kann?",
           "Angela Merkel: Sie haben recht, wir denken in diesem Jahr an 100 Jahre Ausbruch des Ersten Weltkriegs und an 75 "
           "Jahre Ausbruch des Zweiten Weltkriegs. Als wir als Bundesregierung nach der Wahl geplant haben, was wir in diesem "
           "Gedenkjahr machen, war eine Idee, die Staaten des westlichen Balkans mit ihren Außenministern, "
           "Wirtschaftsministern und Premierministern einzuladen, um mit ihnen über das noch bessere Zusammenleben in ihrer "
           "Region zu sprechen. Das geschah in der Gewissheit, dass seit den neunziger Jahren dort nicht mehr akuter Krieg "
           "herrscht, sondern ein friedliches Miteinander möglich geworden ist. Damals haben wir nicht geahnt, dass wir uns "
           "mit militärischen Auseinandersetzungen in der Ukraine und zum Teil auch zwischen Russland und der Ukraine "
           "auseinandersetzen müssen.",
           "Cicero: Und jetzt?"],
    quotes=[("\"Was wir entscheiden, muss Bestand haben.\"", MERKEL, 0),
            ("\"Was wir entscheiden, muss Bestand haben.\"", MERKEL, 1),
            ("\"Cicero\"", None),
            (cut(CICERO_P2, "\"Solange", "entscheiden\""), MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Bundeskanzlerin"]})

# --- bundeskanzlerin.de: news reports with the Chancellor's words ---

STARTSOCIAL_P3 = ("Wer an der Lösung eines sozialen Problems arbeitet, kann sich mit seiner Initiative bei \"startsocial\" "
                  "bewerben. Bundeskanzlerin Angela Merkel hat Teilnehmerinnen und Teilnehmer des Wettbewerbs jetzt im "
                  "Kanzleramt empfangen und die besten Initiativen ausgezeichnet. Bürgerschaftliches Engagement mache die "
                  "Gesellschaft reich, ist die Kanzlerin überzeugt. \"Dieser Reichtum ist nicht mit Geld oder Gold "
                  "aufzuwiegen\".")

add(id="ho83-bkin-2015-06-startsocial-engagement",
    title="\"Engagement macht die Gesellschaft reich\"",
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/-engagement-macht-die-gesellschaft-reich--447104",
    retrieved="same address (stored page of June 2015, the reception for the eleventh round of the startsocial "
              "competition; the kicker and the headline, which the stored copy runs together in its second line ('Merkel "
              "empfängt Sieger von \"startsocial\" \"Engagement macht die Gesellschaft reich\"'), kept so (rules 18, 20); the "
              "reading-time line '3 Min. Lesedauer', the image text 'Bundeskanzlerin Angela Merkel posiert mit den "
              "Preisträgern von Start Social.', the caption 'Auszeichnung von der Schirmherrin: für die besten sozialen "
              "Projekte gab es ein Preisgeld.', the credit 'Foto: Bundesregierung/Kugler' and the link box 'Die Preisträger "
              "des Wettbewerbs' dropped as furniture (rule 93); the subheading 'Wirtschaftliches Know-how für soziale Ideen' "
              "kept as its own line (rule 19); the last paragraph 'Sie verwies auf die erfolgreichen Projekte, … \"Ich finde "
              "es großartig, dass fast alle 70 Siegerprojekte, die wir bislang ausgezeichnet haben, noch', cut off in the "
              "stored copy, dropped with its unclosed quotation (rule 15); published ASCII marks kept (rule 20))",
    license=BREG,
    paras=["Merkel empfängt Sieger von \"startsocial\" \"Engagement macht die Gesellschaft reich\"",
           "Kanzlerin Merkel hat 25 Initiativen für ihr soziales, zivilgesellschaftliches Engagement im Rahmen des "
           "Wettbewerbs \"startsocial\" geehrt. Bürgerschaftliches Engagement sei keine Nebensache, sondern stärke das "
           "Miteinander, sagte Merkel.",
           "In Deutschland gibt es erfreulich viele Menschen, die sich für das Gemeinwohl einsetzen: Sie unterstützen "
           "Jugendliche beim Einstieg in das Berufsleben, leisten Trauernden Beistand oder betreuen ehrenamtlich "
           "Pflegebedürftige.",
           STARTSOCIAL_P3,
           "\"startsocial – Hilfe für Helfer\" ist kein Wettbewerb wie jeder andere. Es gibt weder Sieger noch Besiegte - "
           "alle gewinnen. Bereits zum elften Mal bringt der Wettbewerb guten Willen und Sachverstand auf praktische und "
           "kreative Art und Weise zusammen.",
           "Wirtschaftliches Know-how für soziale Ideen",
           "Hinter dem Wettbewerb stehe die Überzeugung, dass es viele Menschen mit großartigen Ideen gebe, dass aber "
           "wirtschaftliches Know-how gebraucht werde, um diese guten Ideen auch effizient durchzusetzen, so die "
           "Bundeskanzlerin."],
    quotes=[("\"Engagement macht die Gesellschaft reich\"", MERKEL, 0),
            ("\"Engagement macht die Gesellschaft reich\"", MERKEL, 1),
            ("\"startsocial\"", None, 0),
            ("\"startsocial\"", None, 1),
            ("\"startsocial\"", None, 2),
            ("\"Dieser Reichtum ist nicht mit Geld oder Gold aufzuwiegen\"", MERKEL),
            ("\"startsocial – Hilfe für Helfer\"", None)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin Merkel", "Merkel", "Bundeskanzlerin",
                      "Kanzlerin"]})
