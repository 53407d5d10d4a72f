# Two-hundred-and-second held-out German real-news set (tests/data/heldout202-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1480-1481). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the quotations and
# the speakers' names against the texts of all sets). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-second held-out set": texts of the European Commission: a news item of
# the Representation in Germany's press pages (ec.europa.eu/deutschland, February 2013, Commissioner Tonio Borg on the
# horse-meat investigations), a news item of the Representation in Austria (ec.europa.eu/austria, April 2018, Commissioner
# Andriukaitis in Vienna), a newsletter 'EU-Aktuell' of the Representation in Germany (September 2020) and an issue of the
# Representation's newsletter 'EU-Nachrichten' as republished by Europe Direct Aachen (March 2013). Stored copies are
# excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped
# (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BORG = "Tonio Borg"
ANDRIUKAITIS = "Andriukaitis"
BURTSCHER = "Helmut Burtscher-Schaden"
VDL = "Ursula von der Leyen"
BORRELL = "Josep Borrell"
REDING = "Viviane Reding"

# --- ec.europa.eu/deutschland: press pages of the Representation in Germany, 2013 ---

BORG_P2 = ("\"Das System der Lebensmittelsicherheit in der EU gehört zu den sichersten der Welt. Dank dieses Systems und "
           "seiner Möglichkeit, Produkte vollständig zurückzuverfolgen, sind die nationalen Behörden in der Lage, die "
           "Ursachen dieses Problems aufzudecken\", sagte Borg. \"Das Europäische Schnellwarnsystem für Lebensmittel (RASFF) "
           "ermöglicht es uns, alle Informationen zu den Ermittlungen in diesem Skandal in allen 27 EU-Staaten zu teilen.\"")

add(id="ho202-eucom-de-2013-02-borg-pferdefleisch",
    title="Verbraucherschutz: Enge Zusammenarbeit bei Ermittlungen zu Pferdefleisch",
    url="http://ec.europa.eu/deutschland/press/pr_releases/11162_de.htm",
    retrieved="same address (stored news item 'EU-Aktuell' of the Representation in Germany, 13 February 2013: headline, "
              "the body with its date '13.02.2013' run into the first paragraph as stored; the header line "
              "'Navigationsleiste' dropped (rules 14, 976); the link line 'Das vollständige Statement von Kommissar Tonio "
              "Borg (in englischer Sprache) hier.' and the sidebar 'Zusatzinformationen' / 'Übersicht EU-Aktuell' / "
              "'Newsletter-Abo' / 'Seiteninformationen' dropped as links and furniture (rule 14))",
    license=EU,
    paras=["13.02.2013 Zu den Ermittlungen zu nicht deklariertem Pferdefleisch in Lebensmitteln hat Tonio Borg, "
           "EU-Kommissar für Gesundheit und Verbraucherschutz, heute (Mittwoch) in Brüssel bekräftigt, dass die "
           "Europäische Kommission die betroffenen EU-Staaten bei der Suche nach Ursachen und Verursachern des Skandals "
           "umfassend unterstützt.",
           BORG_P2,
           "Auf Initiative der irischen Präsidentschaft kommen Vertreter der betroffenen EU-Staaten und Kommissar Borg "
           "heute Abend in Brüssel zusammen. Am Freitag werden Vertreter aller EU-Staaten das Thema zudem bei einer "
           "Sondersitzung des Ständigen Ausschusses für die Lebensmittelkette und Tiergesundheit diskutieren. Die "
           "Kontrolle der Sicherheit von Lebensmitteln in der EU liegt in der Kompetenz und Verantwortung der nationalen "
           "Behörden."],
    quotes=[(cut(BORG_P2, "\"Das System", "aufzudecken\""), BORG),
            (cut(BORG_P2, "\"Das Europäische", "teilen.\""), BORG)],
    aliases={BORG: ["Tonio Borg", "Borg", "Kommissar Borg"]})

# --- ec.europa.eu/austria: news of the Representation in Austria, 2018 ---

ANDR_P3 = ("\"Der EU-Ratsvorsitz Österreichs kann dabei eine entscheidende Rolle spielen. Die positiven Signale von "
           "Bundesministerin Köstinger beim letzten Umweltrat waren insofern erfreulich.“, erklärte Andriukaitis. Der "
           "Kommissar stellte sich heute gemeinsam mit Helmut Burtscher-Schaden, Mit-Initiator der Europäischen "
           "Bürgerinitiative „Stop Glyphosat“ und GLOBAL 2000-Chemiker der Presse. Burtscher-Schaden erklärte zum "
           "Gesetzesvorschlag: „Eine kleine Änderung des Lebensmittelrechts würde genügen, um das EU- Zulassungssystem im "
           "Lebensmittelbereich zu revolutionieren. Und zwar zum Vorteil der Landwirte, der Konsumenten und der Umwelt.“")

add(id="ho202-eucom-at-2018-04-andriukaitis-transparenz",
    title="Mehr Transparenz bei der Lebensmittelsicherheit: EU-Gesundheitskommissar Andriukaitis sucht Österreichs "
          "Unterstützung",
    url="https://ec.europa.eu/austria/news/mehr-transparenz-bei-der-lebensmittelsicherheit-eu-gesundheitskommissar-"
        "andriukaitis-sucht_de",
    retrieved="same address (stored news item of the Representation in Austria, 24 April 2018: headline, lead, date line "
              "and body; the site line 'Vertretung in Österreich', the image path '/austria/file/andrukaitisjpg_"
              "deandrukaitis.jpg', the breadcrumb line 'Nachrichten: Transparenz Lebensmittelsicherheit: …' and the "
              "headline repeated under it dropped (rules 14, 976); the trailing link lines 'Pressemitteilung (OTS0185)' and "
              "'Videoauzeichunng des EU-Bürgerdialogs … aufrubar unter https://www.facebook.com/…' dropped as links (rule "
              "14); the mixed marks of the first quotation (opened with a straight mark, closed with a German closing "
              "mark) kept as stored (rule 1480))",
    license=EU,
    paras=["Bei seinem heutigen Wien-Besuch hat EU-Gesundheitskommissar Andriukaitis sein Bekenntnis zu mehr Transparenz "
           "bei EU-Zulassungsverfahren zur Lebensmittelsicherheit bekräftigt. Er hoffe, dass ein von der Kommission "
           "vorgelegtes Gesetz zu umfassenderen und offeneren Verfahren noch vor den Europawahlen im Mai 2019 "
           "verabschiedet werden kann.",
           "24/04/2018",
           ANDR_P3],
    quotes=[(cut(ANDR_P3, "\"Der EU-Ratsvorsitz", "erfreulich.“"), ANDRIUKAITIS),
            ("„Stop Glyphosat“", None),
            (cut(ANDR_P3, "„Eine kleine", "Umwelt.“"), BURTSCHER)],
    aliases={ANDRIUKAITIS: ["Andriukaitis", "EU-Gesundheitskommissar Andriukaitis", "Der Kommissar"],
             BURTSCHER: ["Helmut Burtscher-Schaden", "Burtscher-Schaden"]})

# --- ec.europa.eu/newsroom: newsletter 'EU-Aktuell' of the Representation in Germany, 2020 ---

N25014_H1 = "Von der Leyen zu Corona-Reisebeschränkungen: „Wir brauchen mehr Klarheit und Berechenbarkeit“"
N25014_P1 = ("Ob Quarantäneregeln für Reiserückkehrer oder Einstufungen von Risikogebieten: die Mitgliedstaaten der EU "
             "handeln bei der Einführung von Reisebeschränkungen aufgrund der Corona-Pandemie oft unkoordiniert und "
             "uneinheitlich. Die EU-Kommission hat heute (Freitag) gemeinsame Kriterien und Schwellenwerte vorgeschlagen, "
             "die die Mitgliedstaaten als Grundlage für Entscheidungen über die Einführung von Reisebeschränkungen nutzen "
             "sollten. Dazu gehören gemeinsame Farbcodes basierend auf der Ausbreitung von COVID-19 sowie ein gemeinsamer "
             "Rahmen für Reiserückkehrer aus Risikogebieten. „Wir brauchen hier mehr Klarheit und Berechenbarkeit“, sagte "
             "Präsidentin Ursula von der Leyen.")
N25014_P2 = ("Die EU verurteilt in einer gemeinsamen Erklärung das Attentat auf Alexej Nawalny. In einer Erklärung des Hohen "
             "Vertreters Josep Borrell im Namen der EU von gestern Abend (Donnerstag) heißt es: „Die Europäische Union ruft "
             "zu einer gemeinsamen internationalen Reaktion auf und behält sich das Recht vor, geeignete Reaktionen, "
             "einschließlich restriktiver Maßnahmen, zu ergreifen.“ Die russische Regierung müsse ihr Möglichstes tun, um "
             "dieses Verbrechen in voller Transparenz zu untersuchen; Straffreiheit werde nicht toleriert.")

add(id="ho202-eucom-newsletter-25014-reisebeschraenkungen-nawalny",
    title=N25014_H1,
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/25014",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of September 2020 (no date "
              "line in the stored copy; the first item reports the Commission's proposal of Friday 4 September 2020 on "
              "travel restrictions): its first two items; the newsletter header lines 'Falls Sie diese E-Mail nicht lesen "
              "können, …' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the "
              "'Mehr' links dropped (rule 14); the headline of the first item is the first line, the headline of the second "
              "kept as a line of its own; the third item 'Ihre Meinung zum Aktionsplan für Biolandwirtschaft ist gefragt', "
              "whose paragraph is cut off in the stored copy ('… das Ziel ausgerufen, das'), dropped with its headline "
              "(rules 15, 1193))",
    license=EU,
    paras=[N25014_P1,
           "EU fordert internationale Untersuchung im Fall Nawalny und behält sich geeignete Reaktionen vor",
           N25014_P2],
    quotes=[(cut(N25014_H1, "„Wir brauchen", "Berechenbarkeit“"), VDL),
            (cut(N25014_P1, "„Wir brauchen", "Berechenbarkeit“"), VDL),
            (cut(N25014_P2, "„Die Europäische", "ergreifen.“"), BORRELL)],
    aliases={VDL: ["Ursula von der Leyen", "Präsidentin Ursula von der Leyen", "Von der Leyen"],
             BORRELL: ["Josep Borrell", "Hohen Vertreters Josep Borrell"]})

# --- europedirect-aachen.de: the Representation's newsletter "EU-Nachrichten" as republished by Europe Direct Aachen ---

AC05_P = ("Die Wirtschaftskrise hat sichtbar gemacht, wie stark die EU-Staaten voneinander abhängen und spornt sie zu mehr "
          "Zusammenarbeit an. Deshalb sei die Europawahl 2014 „ein Schlüsselmoment der europäischen Integration“, sagte "
          "EU-Justizkommissarin Viviane Reding. „Bei den Wahlen zum Europäischen Parlament im kommenden Jahr muss es um "
          "europäische Themen gehen; sie dürfen nicht für nationale Zwecke missbraucht werden oder dafür, Unzufriedenheit "
          "mit einer nationalen Regierung auszudrücken“, mahnte Reding.")

add(id="ho202-edic-aachen-eu-nachrichten-05-2013-europawahl",
    title="EU-Nachrichten Nr. 05 vom 14.03.2013",
    url="https://europedirect-aachen.de/infos/meldungen/eu-nachrichten-nr-05-vom-14032013",
    retrieved="same address (stored page of the Europe Direct centre Aachen presenting the issue of 14 March 2013 of the "
              "Representation's newsletter 'EU-Nachrichten' (rules 31, 1192): the site line 'EU-Meldungen' and the download "
              "line 'EU-Nachrichten Nr. 05 vom 14.03.2013 pdf - 2 MB [2 MB]' dropped (rule 14); the issue line is the first "
              "line, the headline and the subtitle of the lead item kept as lines of their own; the teaser list after the "
              "lead item ('KURZ & KNAPP', 'Rechte von Flugpassagieren', 'Mehr Klarheit angestrebt', 'IM FOKUS', 'Verbot von "
              "Tierversuchen', …, 'Informationstechnologie', '„Große Koalition“ für Arbeitsplätze') dropped as links, as in "
              "the earlier Aachen issues (rules 14, 1192))",
    license=EU,
    paras=["Kommissionsvorschläge für Europawahl 2014",
           "Bürgerinnen und Bürgern mehr Einfluss geben",
           AC05_P],
    quotes=[(cut(AC05_P, "„ein Schlüsselmoment", "Integration“"), REDING),
            (cut(AC05_P, "„Bei den Wahlen", "auszudrücken“"), REDING)],
    aliases={REDING: ["Viviane Reding", "EU-Justizkommissarin Viviane Reding", "Reding"]})
