# Three-hundred-and-fifty-second held-out German real-news set (tests/data/heldout352-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2005-2008). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug or post number, headline or
# first words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fifty-second held-out set": three netzpolitik.org articles (the
# civil society's verdict on the first 100 days of the Ampel government, March 2022; Family Minister Lisa Paus against
# the private Chatkontrolle at the TINCON, June 2022; the Federal Government's silence on the Chatkontrolle before the EU
# Council decision, September 2025) (licence NP). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), the stored date line is dropped (rule 14), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SUPERRR = "Superrr Lab"
PAUS = "Lisa Paus"
BMJ = "Bundesjustizministerium"
BMI = "Bundesinnenministerium"

# --- netzpolitik.org, March 2022: 100 days of the new Federal Government ---

HT_H1 = "„Nicht sichtbar, dass die Koalition losgelegt hat“"
HT_P4 = ("Laut Superrr Lab gibt es so viel zu tun, dass es nicht „das wichtigste netzpolitische Projekt“ gäbe. Das Thema "
         "Open Government sei die Grundlage dafür, dass viele andere netzpolitische Vorhaben der Koalition überhaupt "
         "umgesetzt werden können, sagen Elisa Lindinger und Julia Koiber von Superrr. Dafür müsse aber die "
         "Zivilgesellschaft eingebunden werden.")

add(id="ho352-np-2022-03-100-tage-zivilgesellschaft",
    title=None,
    url="https://netzpolitik.org/2022/100-tage-neue-bundesregierung-zivilgesellschaft-beklagt-untaetigkeit-bei-"
        "digitalisierung/",
    retrieved="same address (stored page of March 2022; the stored date line ' date 2022-03' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); "
              "the quoted subheading „Nicht sichtbar, dass die Koalition losgelegt hat“ kept as its own line; the "
              "subheading „Zeit, sich an die Arbeit zu machen“ and the paragraph 'Für Wikimedia Deutschland ist das "
              "wichtigste Projekt … „Es braucht dringend einen klaren Rechts', cut off in the stored copy, dropped (rule "
              "15))",
    license=NP,
    paras=["Digitale und bürgerrechtliche Organisationen stellen der neuen Regierung nach den ersten 100 Tagen ein eher "
           "durchwachsenes Zeugnis aus. Hauptkritikpunkt ist, dass in den ersten drei Monaten noch nicht viel passiert "
           "sei und die Regierung teilweise in alte Muster der Vorgängerregierung zurückfalle.",
           "Diese Woche ist die neue Bundesregierung 100 Tage im Amt und die Schonzeit ist vorbei. In ihrem "
           "Koalitionsvertrag hatte die Ampel vor allem im netzpolitischen Bereich Aufbruchssignale gesendet und viel "
           "versprochen. Doch neben Corona und dem Krieg in der Ukraine finden aktuell diese Themen medial nur wenig "
           "Platz.",
           "Wir haben bei mehreren Organisationen der digitalen Zivilgesellschaft nachgefragt, was für sie die wichtigsten "
           "Projekte sind, was der Stand ist und was passieren muss, damit sich dort etwas tut. Vor allem haben die "
           "Befragten das Gefühl, dass noch nichts oder nicht viel passiert ist.",
           HT_H1,
           HT_P4,
           "Bislang sei noch nicht von außen sichtbar, dass die Koalition losgelegt habe. Sie müsse beim Wandel auch "
           "selbst anfangen und da sei die Tatsache, dass der Digitalausschuss standardmäßig nicht öffentlich tage, "
           "frustrierend. Die Regierung müsse außerdem jetzt die Vorhaben aus dem Koalitionsvertrag in klare Missionen "
           "übersetzen und klar und deutlich kommunizieren, wo sie hinwolle."],
    quotes=[(HT_H1, SUPERRR),
            ("„das wichtigste netzpolitische Projekt“", SUPERRR)],
    aliases={SUPERRR: ["Superrr Lab", "Superrr", "Elisa Lindinger und Julia Koiber von Superrr"]})

# --- netzpolitik.org, June 2022: Family Minister Paus at the TINCON ---

PA_P1 = ("Bundesministerin Lisa Paus (Grüne) hat auf der Jugendkonferenz TINCON die von der EU-Kommission geplante "
         "Chatkontrolle klar abgelehnt. „Das geht zu weit, das brauchen nicht“, sagte die Familienministerin auf eine Frage "
         "aus dem Publikum. „Wir brauchen keine private Chatkontrolle“. Paus besuchte die für junge Menschen veranstaltete "
         "TINCON, die derzeit parallel zur re:publica stattfindet, für ein Ask Me Anything („Frag mich alles“).")
PA_P2 = ("Bei der Chatkontrolle gebe es in der Bundesregierung inzwischen Einigkeit, so Paus weiter. Darüber habe das "
         "Kabinett diese Woche gesprochen. „Da sind sich Nancy Faeser, Marco Buschmann und Lisa Paus einig“, sagte sie mit "
         "Blick auf ihre Amtskolleg:innen, die Innenministerin Faeser (SPD) und den Justizminister Buschmann (FDP). Der "
         "Entwurf der EU sei insgesamt sehr gut, aber die private Chatkontrolle gehe zu weit. Es gelte nach wie vor der "
         "Schutz der Privatsphäre.")

add(id="ho352-np-2022-06-paus-private-chatkontrolle",
    title=None,
    url="https://netzpolitik.org/2022/familienministerin-paus-wir-brauchen-keine-private-chatkontrolle/",
    retrieved="same address (stored page of June 2022; the stored date line ' date 2022-06' dropped (rule 14); the stored "
              "copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); "
              "the subheading 'Digitalminister: „entschieden gegen Chatkontrolle eintreten“' and the paragraph 'Als "
              "Bundesministerin ist Lisa Paus auch für Kinder und Jugendliche zuständig … Um pot', cut off in the stored "
              "copy, dropped (rule 15))",
    license=NP,
    paras=[PA_P1, PA_P2,
           "Gestellt hatte die Frage die Schülerin Carla Siepmann, die auch als freie Autorin für netzpolitik.org schreibt. "
           "Die Chatkontrolle steht in einem Entwurf der EU-Kommission zum Schutz von Kindern und Jugendlichen gegen "
           "sexualisierte Gewalt. Chatkontrolle bedeutet, dass Online-Anbieter auf Anordnung automatisch nach Aufnahmen "
           "sexualisierter Gewalt gegen Kinder suchen müssen – auch in privaten, Ende-zu-Ende-verschlüsselten Chats. "
           "Schlägt die Erkennungssoftware Alarm, werden Ermittler:innen informiert. Expert:innen aus den Bereichen "
           "Datenschutz, IT, Bürgerrechte und sogar Kinderschutz lehnen das jedoch als zu tiefen Eingriff in Grundrechte "
           "ab."],
    quotes=[("„Das geht zu weit, das brauchen nicht“", PAUS),
            ("„Wir brauchen keine private Chatkontrolle“", PAUS),
            ("„Frag mich alles“", None),
            ("„Da sind sich Nancy Faeser, Marco Buschmann und Lisa Paus einig“", PAUS)],
    aliases={PAUS: ["Lisa Paus", "Paus", "Bundesministerin Lisa Paus", "Familienministerin"]})

# --- netzpolitik.org, September 2025: the Federal Government and the Chatkontrolle decision ---

CK_P5 = ("Das Bundesjustizministerium (BMJ) will sich gegenüber netzpolitik.org nicht in die Karten schauen lassen und "
         "antwortet auf die Frage nach der Chatkontrolle-Position nur: „Die Federführung“ liege „innerhalb der "
         "Bundesregierung beim Bundesministerium des Innern“. Da sollten wir uns doch hinwenden, meint das BMJ.")
CK_P6 = ("Das Bundesinnenministerium (BMI) hat jedoch auch nichts zu sagen: „Wir bitten um Verständnis, dass wir uns zu "
         "laufenden Abstimmungen innerhalb der Bundesregierung grundsätzlich nicht äußern.“")

add(id="ho352-np-2025-09-chatkontrolle-bundesregierung",
    title=None,
    url="https://netzpolitik.org/?p=498807",
    retrieved="stored copy under the post number (the same article is stored under "
              "https://netzpolitik.org/2025/chatkontrolle-der-digitalminister-duckt-sich-weg/ with the date line ' date "
              "2025-09-30' and the teaser, but cut off earlier, inside the BMJ paragraph); the copy used begins with the "
              "first body paragraph and shows no headline, so the text has no title line (rules 18, 32); the line 'Von "
              "diesen Ländern hängt ab, wie es mit der Chatkontrolle weitergeht', the headline of a linked netzpolitik.org "
              "article set between two paragraphs, dropped (rule 2005); the quoted subheading „Von der Seitenlinie“ and the "
              "paragraph 'Fragen wir doch die Digitalexperten in der Bundesregierung. Die schwarz-schwarz-rote Koal', cut "
              "off in the stored copy, dropped (rule 15)",
    license=NP,
    paras=["In wenigen Tagen steht die Entscheidung an, ob es in Europa eine verpflichtende Chatkontrolle geben wird oder ob "
           "sich erneut keine ausreichende Mehrheit im Rat der EU-Länder dafür findet. Die deutsche Haltung wird "
           "maßgeblich dafür sein, ob die Front der ablehnenden EU-Staaten gegen den Vorschlag der EU-Präsidentschaft "
           "Dänemarks stehenbleibt.",
           "Hintergrund ist ein jahrelanger Streit über einen Entwurf der EU-Kommission für eine Verordnung zur "
           "massenhaften Chat-Überwachung, die dem Kampf gegen digitale Gewaltdarstellungen von Kindern dienen soll. Die "
           "geplante Chatkontrolle würde alle Anbieter von Messenger- und weiterer Kommunikationsdienste, auch solche mit "
           "Ende-zu-Ende-Verschlüsselung, zum Scannen nach Missbrauchsfotos und -videos verpflichten. Betroffen wären "
           "auch Signal, Threema oder WhatsApp, die von vielen Millionen Menschen genutzt werden.",
           "In den vergangenen Jahren hat sich Deutschland ablehnend gezeigt und sich gegen das automatisierte Scannen "
           "verschlüsselter Kommunikation, aber auch gegen die Umgehung von Ende-zu-Ende-Verschlüsselung und das "
           "Client-Side-Scanning positioniert. Ob die neue Bundesregierung das genauso hält, ist noch offen. Wir haben "
           "daher die Bundesregierung zu der Haltung befragt, die sie bei der anstehenden Entscheidung einnehmen wird.",
           CK_P5, CK_P6],
    quotes=[("„Die Federführung“", BMJ),
            ("„innerhalb der Bundesregierung beim Bundesministerium des Innern“", BMJ),
            ("„Wir bitten um Verständnis, dass wir uns zu laufenden Abstimmungen innerhalb der Bundesregierung "
             "grundsätzlich nicht äußern.“", BMI)],
    aliases={BMJ: ["Bundesjustizministerium", "BMJ"],
             BMI: ["Bundesinnenministerium", "BMI", "Bundesministerium des Innern"]})
