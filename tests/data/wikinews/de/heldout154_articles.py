# Hundred-and-fifty-fourth held-out German real-news set (tests/data/heldout154-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, 1190-1194). None of these
# pages is in any tests/data/*.jsonl (checked by URL and newsletter issue number against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the
# texts of all sets, and against the modules of the other held-out worktrees written at the same time). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-fifty-fourth held-out set": texts of the European Commission in German (its
# newsletter "EU-Aktuell" of the Representation in Germany in the newsroom archive of ec.europa.eu, issues of July 2019,
# March 2020 and July 2022, the Representation's newsletter "EU-Nachrichten" as republished by the Europe Direct centre
# Aachen, November 2020, and the Representation's daily news as reposted by the Europe Direct centre Duisburg, November 2018)
# on the meeting of Juncker and von der Leyen, the attack on a refugee camp in Libya, the Coronavirus measures, passenger
# rights, the BioNTech vaccine contract, the reconstruction of Ukraine and a guide to tuition fees (licence EU). Stored copies are excerpts cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
SCHINAS = "Margaritis Schinas"
AG_LIBYEN = "Arbeitsgruppe der Vereinten Nationen, Afrikanischer und Europäischer Union zu Libyen"
MICHEL = "Charles Michel"
VALEAN = "Adina Vălean"
NAVRACSICS = "Tibor Navracsics"

# --- ec.europa.eu/newsroom/representations: the newsletter "EU-Aktuell" of the Representation in Germany ---

N16268_P1 = ("EU-Kommissionspräsident Jean-Claude Juncker hat heute (Donnerstag) Vormittag in Brüssel Ursula von der Leyen "
             "getroffen, die die Staats- und Regierungschefs der EU als nächste Präsidentin der Europäischen Kommission "
             "vorgeschlagen haben. „Dies war ein Treffen zweier wahrer Europäer, die sich seit Jahren kennen“, erklärte "
             "Kommissionssprecher Margaritis Schinas nach dem Treffen. Präsident Juncker habe Frau von der Leyen für den Fall "
             "ihrer Wahl durch das Europäische Parlament seine persönliche Unterstützung und die der Europäischen Kommission "
             "zugesagt.")
N16268_P2 = ("Die Arbeitsgruppe der Vereinten Nationen, Afrikanischer und Europäischer Union zu Libyen hat gestern Abend "
             "(Mittwoch) den Bombenangriff auf ein Flüchtlingslager in Libyen scharf verurteilt. In einer gemeinsamen "
             "Erklärung der EU-AU-UN-Arbeitsgruppe heißt es dazu: Angriffe auf Zivilisten, einschließlich Flüchtlinge und "
             "Migranten, sind völlig inakzeptabel, und die Arbeitsgruppe der Afrikanischen Union, Europäischen Union und "
             "Vereinten Nationen verurteilt dies aufs Schärfste.“")

add(id="ho154-eucom-newsletter-16268-juncker-von-der-leyen",
    title="Kommissionspräsident Juncker trifft Kandidatin von der Leyen",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/16268",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of early July 2019 (the stored copy gives "
              "no date line): its first two items; the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, "
              "…' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'More' links "
              "dropped (rule 14); the headline of the first item is the first line, the headline of the second kept as a "
              "line of its own; the statement of the working group, published without its opening mark, kept as published "
              "(rule 22); the third item 'EU-Studie: Junge jüdische Europäer sind wachsendem Antisemitismus ausgesetzt', "
              "cut off in the stored copy, dropped with its headline (rule 15))",
    license=EU,
    paras=[N16268_P1,
           "EU, UN und Afrikanische Union verurteilen Angriff auf Flüchtlingslager in Libyen auf Schärfste",
           N16268_P2],
    quotes=[(cut(N16268_P1, "„Dies war", "kennen“"), SCHINAS),
            (cut(N16268_P2, "Angriffe auf Zivilisten", "Schärfste.“"), AG_LIBYEN)],
    aliases={SCHINAS: ["Margaritis Schinas", "Kommissionssprecher Margaritis Schinas"],
             AG_LIBYEN: ["Arbeitsgruppe der Vereinten Nationen, Afrikanischer und Europäischer Union zu Libyen",
                         "EU-AU-UN-Arbeitsgruppe"]})

N20779_P1 = ("Einhellig haben sich die EU-Staats- und Regierungschefs bei der Videokonferenz mit EU-Kommissionspräsidentin "
             "Ursula von der Leyen und Ratspräsident Charles Michel gestern (Dienstag) hinter die Maßnahmen gestellt, die die "
             "Europäische Kommission bisher angesichts der Coronakrise auf den Weg gebracht hat. Sie billigten die von der "
             "Kommission vorgeschlagenen Leitlinien , um die Kontrollen an den Binnengrenzen zu koordinieren. „Wir müssen den "
             "freien Fluss von Medikamenten, Lebensmitteln und Waren sicherstellen, und unsere Bürgerinnen und Bürger müssen "
             "in ihre Heimatländer reisen können“, heißt es in den Schlussfolgerungen von Ratspräsident Michel. Die Behörden "
             "der Mitgliedstaaten seien auf allen Ebenen angewiesen, diese Leitlinien umzusetzen. Auch für die Grenzpendler "
             "werde es angemessene Lösungen geben.")
N20779_P2 = ("Vor dem Hintergrund der Reisebeschränkungen und Grenzkontrollen, die einzelne Mitgliedstaaten in der Coronakrise "
             "eingeführt haben, hat die EU-Kommission heute (Mittwoch) Leitlinien zu Passagierrechten veröffentlicht. Diese "
             "sollen sicherstellen, dass die Rechte der Reisenden in der gesamten EU einheitlich angewendet werden. "
             "EU-Verkehrskommissarin Adina Vălean sagte: „Im Falle von Annullierungen muss der Reiseanbieter den Fahrgästen "
             "das Geld zurückzahlen oder ihnen eine neue Flugverbindung vorschlagen. Wenn die Fahrgäste selbst beschließen, "
             "ihre Reise zu stornieren, hängt die Erstattung des Ticketpreises von der Art des Tickets ab.")

add(id="ho154-eucom-newsletter-20779-coronakrise",
    title="Schulterschluss in der Coronakrise: Staats- und Regierungschefs unterstützen Maßnahmen der Kommission",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/20779",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of 18 March 2020 (the stored copy gives no "
              "date line; the items speak of the video conference of Tuesday and the guidelines of Wednesday): its first two "
              "items; the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, …' / 'European Commission "
              "Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'Mehr' links dropped (rule 14); the "
              "headline of the first item is the first line, the headline of the second kept as a line of its own; the "
              "published space before the comma in 'Leitlinien ,' kept (rule 20); Adina Vălean's quotation, published "
              "without its closing mark, kept as published (rule 22); the third item 'Experten Christian Drosten und Lothar "
              "Wieler beraten EU-Kommission …', cut off in the stored copy, dropped with its headline (rule 15))",
    license=EU,
    paras=[N20779_P1,
           "Reisebeschränkungen wegen Coronakrise: EU-Kommission legt Leitlinien für Fahrgastrechte vor",
           N20779_P2],
    quotes=[(cut(N20779_P1, "„Wir müssen", "können“"), MICHEL),
            (cut(N20779_P2, "„Im Falle", "des Tickets ab."), VALEAN)],
    aliases={MICHEL: ["Charles Michel", "Ratspräsident Charles Michel", "Ratspräsident Michel"],
             VALEAN: ["Adina Vălean", "EU-Verkehrskommissarin Adina Vălean"]})

# --- europedirect-aachen.de: the Representation's newsletter "EU-Nachrichten" as republished by Europe Direct Aachen ---

AC_P1 = ("Unmittelbar nach Bekanntwerden der ersten erfolgreichen Entwicklung eines Corona-Impfstoffs durch das deutsche "
         "Unternehmen BioNTech hat die Kommission den Erstkauf von 200 Millionen Impfdosen im Namen aller EU-Mitgliedstaaten "
         "sowie eine Kaufoption für weitere 100 Millionen Dosen genehmigt. Die Lieferung soll erfolgen, sobald ein "
         "nachweislich sicherer und wirksamer Impfstoff gegen COVID-19 verfügbar ist. „Ein sicherer und wirksamer Impfstoff "
         "ist unsere beste Chance, das Coronavirus zu besiegen und zu einem normalen Leben zurückzukehren“, erklärte "
         "Kommissionspräsidentin Ursula von der Leyen nach Abschluss des Liefervertrags mit dem Mainzer "
         "Forschungsunternehmen BioNTech und seinem Partner Pfizer.")

add(id="ho154-edic-aachen-eu-nachrichten-19-2020-biontech",
    title="EU-Nachrichten Nr. 19",
    url="https://europedirect-aachen.de/infos/meldungen/eu-nachrichten-nr-19-vom-12-november-2020",
    retrieved="same address (stored page of the Europe Direct centre Aachen presenting the issue of 12 November 2020 of the "
              "Representation's newsletter 'EU-Nachrichten' (rules 31, 1192): the site line 'Suche' and the rubric label "
              "'Gesundheit' dropped (rule 14); the issue line is the first line, the headline of the lead item kept as a line "
              "of its own; the teaser list after the lead item ('Kurz & Knapp', 'Terroranschlag von Wien', 'Von der Leyen "
              "bekundet Solidarität mit Österreich', 'Im Fokus', 'Herbstprognose', …), the flipbook line and the cookie "
              "notice dropped as links and furniture (rules 14, 1192))",
    license=EU,
    paras=["EU sichert sich Corona-Impfstoff von BioNTech", AC_P1],
    quotes=[(cut(AC_P1, "„Ein sicherer", "zurückzukehren“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Kommissionspräsidentin Ursula von der Leyen"]})

N39795_P1 = ("Wie lässt sich der Wiederaufbau der Ukraine klug und nachhaltig gestalten? Die Antwort auf diese Frage hat die "
             "Präsidentin der Europäischen Kommission, Ursula von der Leyen, bei einer zweitägigen Konferenz in Lugano so "
             "skizziert: Es gehe um den Traum einer neuen Ukraine: „Nicht nur frei, demokratisch und europäisch, sondern auch "
             "umweltfreundlich und wohlhabend.“ Und: gestaltet nach den Vorstellungen der jungen Menschen im Land, begleitet "
             "von mutigen Reformen und Investitionen.")
N39795_P2 = ("Von der Leyen bescheinigte der Ukraine ein immenses Potential für positive Veränderungen. Das habe das Land "
             "bewiesen seit dem Jahr 2014, als der Maidan begann: „Es ist das einzige Land in Osteuropa, das gesetzgeberisch "
             "gegen den Einfluss von Oligarchen vorgegangen ist. Oder nehmen wir die Reform der Verwaltung und die "
             "Zentralisierung – das ist ein Erfolg! Wir sehen, dass die Verwaltung funktioniert – trotz des grausamen Krieges. "
             "Gleiches gilt für die Digitalisierung.“")
N39795_H2 = "Antibiotikaresistenz: EU-Meilenstein im Kampf gegen diese „stille Pandemie“"

add(id="ho154-eucom-newsletter-39795-ukraine-lugano",
    title="Von der Leyen: Ukraine hat immenses Potential für positive Veränderung",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/39795",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation of July 2022 (the stored copy gives no date "
              "line; the first item reports the Ukraine Recovery Conference in Lugano): its first item and the headline and "
              "first paragraph of its second; the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, …' / "
              "'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the 'mehr' link "
              "dropped (rule 14); the headline of the first item is the first line, the headline of the second kept as a line "
              "of its own; the second paragraph of the second item 'Gesundheitskommissarin Stella Kyriakides sagte: „Die "
              "Antibiotikaresistenz ist eine stille Pandemie, und ihre Bekämpfung ist se', cut off in the stored copy inside "
              "the quotation, dropped (rules 15, 1193))",
    license=EU,
    paras=[N39795_P1, N39795_P2, N39795_H2,
           "Um der zunehmenden Antibiotikaresistenz entgegenzuwirken, dürfen bestimmte anti-mikrobielle Mittel "
           "ausschließlich für die Behandlung von Menschen verwendet werden. In einem heute von den EU-Mitgliedstaaten "
           "angenommenen Rechtsakt werden Mittel ausgewiesen, die fortan nicht zur Behandlung von Tieren verwendet werden "
           "dürfen. Anträge zur Zulassung von Tierarzneimitteln, die humanmedizinische anti-mikrobiellen Mittel enthalten, "
           "sollen ohne Ausnahme abgelehnt werden. Die Auswahl der Mittel beruht auf umfassenden wissenschaftlichen "
           "Untersuchungen."],
    quotes=[(cut(N39795_P1, "„Nicht nur", "wohlhabend.“"), VDL),
            (cut(N39795_P2, "„Es ist das", "Digitalisierung.“"), VDL),
            ("„stille Pandemie“", None)],
    aliases={VDL: ["Ursula von der Leyen", "Von der Leyen",
                   "Präsidentin der Europäischen Kommission, Ursula von der Leyen"]})

# --- duisburg.de: the Europe Direct centre Duisburg's page 'Neues aus der Kommission (2018)' ---

DU_P2 = ("\"Wir möchten, dass junge Menschen im Ausland studieren, weil diese Erfahrung ihr Leben ungemein bereichert\", "
         "sagte EU-Bildungskommissar Tibor Navracsics bei der Vorstellung des Jahresberichts des Europäischen "
         "Bildungsnetzwerks Euridyce.")
DU_P3 = ("\"Der neue Leitfaden enthält alle wichtigen Informationen über Studiengebühren und Beihilfen in jedem EU-Land. Wer "
         "ein Semester oder ein gesamtes Studium im Ausland plant, sollte sich den Leitfaden ansehen\", fügte der Kommissar "
         "an.")

add(id="ho154-edic-duisburg-2018-kw47-studiengebuehren",
    title="Neues aus der Kommission (2018)",
    url="https://www2.duisburg.de/micro2/europe_direct/news_eu/102010100000551072.php",
    retrieved="same address (stored page 'Neues aus der Kommission (2018)' of the Europe Direct centre Duisburg, which reposts "
              "the Representation's daily news week by week (rule 31): the page's first week, 19 to 25 November 2018, with "
              "its one item of 16 November 2018; the breadcrumb line 'Neues...' dropped (rule 14); the week line, the item's "
              "headline and its date line '16/11/2018' kept as lines of their own; the link note 'Diesen Link in einer "
              "anderen Sprache aufrufenEN•••' run into 'Euridyce' dropped (rules 14, 1194), the published spelling "
              "'Euridyce' kept (rule 20); the lines 'Weitere Informationen:', 'Daily News vom 16.11.2018', 'Der vollständige "
              "Bericht in englischer Sprache…', the press contact and the visitor-centre line dropped as furniture (rule 14); "
              "the next week's item 'EU-Kommission bestürzt über Ermordung bulgarischer Journalistin', cut off in the stored "
              "copy, dropped with its week line and headline (rule 15))",
    license=EU,
    paras=["News für die 47. KW vom 19.11.2018 - 25.11.2018",
           "Neuer Leitfaden über Studiengebühren und Beihilfen in ganz Europa",
           "Wo in Europa kann man kostenlos studieren? In welchen Ländern ist ein Studium am teuersten? Welche Beihilfen gibt "
           "es für Studierende, und wer hat Anspruch darauf? Diese und andere Fragen beantwortet ein neuer Leitfaden über "
           "Hochschulgebühren und Studienbeihilfen in Europa.",
           "16/11/2018",
           DU_P2, DU_P3,
           "Alle europäischen Länder bieten ihren Studierenden mindestens eine Form der direkten öffentlichen finanziellen "
           "Unterstützung, Stipendien oder Darlehen an. In den meisten Ländern werden sozial oder wirtschaftlich "
           "benachteiligte Studierende vorrangig gefördert."],
    quotes=[(cut(DU_P2, "\"Wir möchten", "bereichert\""), NAVRACSICS),
            (cut(DU_P3, "\"Der neue", "ansehen\""), NAVRACSICS)],
    aliases={NAVRACSICS: ["Tibor Navracsics", "EU-Bildungskommissar Tibor Navracsics"]})
