# Three-hundred-and-eighty-fourth held-out German real-news set (tests/data/heldout384-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2060-2064). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first
# words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-eighty-fourth held-out set": six netzpolitik.org articles on face
# search engines and health data (Clearview AI and the Hamburg data protection commissioner, August 2020; PimEyes on the
# Seychelles, 2021; PimEyes' new owner, May 2022; men using PimEyes to find women, August 2022; the interview on the
# electronic patient record, December 2024; the weekly review on face search engines, June 2025) (licence NP). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17, 52), the stored date line is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org, August 2020: Clearview AI refuses to cooperate with the Hamburg commissioner ---

CV_P1 = ("Clearview AI weigert sich offenbar, mit dem Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit "
         "(HmbBfDI) zu kooperieren. Bei der Aufsichtsbehörde war im Februar eine Beschwerde gegen das US-Start-up "
         "eingegangen. In deren Folge hatte sie Kontakt zu Clearview aufgenommen. Jetzt wirft der Datenschutzbeauftragte "
         "Johannes Caspar dem Unternehmen vor, seine Fragen nur ausweichend beantwortet zu haben.")
CV_P2 = ("Er droht, ein Zwangsgeld von bis zu 170.000 Euro zu verhängen. Caspar erklärte in einer Mitteilung zudem, die "
         "Aufsichtsbehörden müssten „düstere digitale Dystopien“ verhindern, die durch den Einsatz von "
         "Gesichtserkennungssoftware entstehen könnten.")
CV_P3 = ("Die Betreiber:innen der Suchmaschine Clearview sollen mehr als drei Milliarden Fotos im Netz gesammelt und "
         "biometrisch ausgewertet haben, wie die New York Times Anfang des Jahres enthüllte. Heruntergeladen hatte das "
         "Unternehmen die Aufnahmen demnach unter anderem bei Facebook, Instagram und Twitter. Die Software richtet sich an "
         "Sicherheitsbehörden und soll diesen helfen, Menschen anhand von Fotos zu identifizieren.")
CV_P4 = ("Biometrische Daten gelten als besonders schützenswert. Mehrere Plattformen gingen juristisch gegen Clearview vor, "
         "Datenschützer:innen sahen in dem Fall einen Skandal bis dato unbekannten Ausmaßes. Im Juni warnte der Europäische "
         "Datenschutzausschuss ausdrücklich vor dem Einsatz der Software, an deren Rechtmäßigkeit er zweifelt.")

CASPAR = "Johannes Caspar"

add(id="ho384-np-2020-08-clearview-caspar",
    title=None,
    url="https://netzpolitik.org/2020/gesichtserkennung-clearview-ai-verweigert-zusammenarbeit-mit-deutscher-"
        "datenschutzaufsicht/",
    retrieved="same address (stored page of August 2020; the stored date line ' date 2020-08' dropped (rule 14); the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the paragraph 'Die Person, deren Beschwerde über Clearview in Hamburg einging, … so ein Sprecher des', "
              "cut off in the stored copy, dropped with the quotations it holds and with the subheading 'Antworten ohne "
              "Substanz' left dangling before it (rules 15, 17, 52))",
    license=NP,
    paras=[CV_P1, CV_P2, CV_P3, CV_P4],
    quotes=[("„düstere digitale Dystopien“", CASPAR)],
    aliases={CASPAR: ["Johannes Caspar", "Caspar", "Datenschutzbeauftragte", "HmbBfDI"]})

# --- netzpolitik.org, 2021: PimEyes on the Seychelles ---

SY_P1 = ("Die Gesichtersuchmaschine PimEyes hat sich auf die Seychellen abgesetzt. Ein deutscher Datenschutzbeauftragter "
         "schickte einen Fragenkatalog hinterher. Die Frist zur Stellungnahme von vier Wochen ist nun verstrichen. Wir "
         "haben nachgefragt, was der Landesbeauftragte für den Datenschutz in Baden-Württemberg jetzt unternehmen wird.")
SY_P2 = ("Noch vor kurzer Zeit war das Unternehmen in Wrocław in Polen ansässig: PimEyes. Heute steht in der "
         "Datenschutzerklärung als verantwortliche Stelle eine „Face Recognition Solutions Ltd.“ mit Sitz auf Mahé, der "
         "Hauptinsel der Seychellen.")
SY_P3 = ("Unsere Recherchen hatten gezeigt, dass PimEyes massenhaft biometrische Gesichtsdaten aus dem Netz abgreift und "
         "dabei personenbezogene Merkmale wie Gesichtsform, Augenfarbe oder biometrische Parameter wie den Abstand von Mund "
         "zu Nase sammelt und analysiert, um damit Menschen zu identifizieren. Nach unseren Recherchen und eigenen Angaben "
         "würden täglich mehr als ein Terabyte Fotos biometrisch analysiert, was die unternehmenseigene Datenbank in nur "
         "zwei Jahren von einhundert Millionen auf neunhundert Millionen Gesichter im April 2020 anwachsen ließ. "
         "Mittlerweile müsste die Eine-Milliarde-Gesichter-Schwelle überschritten sein. Anfragen von netzpolitik.org nach "
         "der derzeitigen Anzahl der gespeicherten Gesichter ließ das Unternehmen unbeantwortet.")
SY_P4 = ("Jedes Gesicht, das im Netz öffentlich zu sehen ist, könnte von PimEyes potentiell gespeichert und biometrisch "
         "verwertet werden. Der baden-württembergische Landesdatenschutzbeauftragte Stefan Brink sah dafür keinerlei "
         "datenschutzkonforme Rechtsgrundlage und bemängelte die fehlende Einwilligung der betroffenen Personen. Er hatte "
         "dem Unternehmen daher einen Fragenkatalog gesendet. PimEyes wurde von ihm eine vierwöchige Frist zur "
         "Stellungnahme gegeben. Zu dem umfangreichen Fragenkatalog gab es von den Seychellen keine Reaktion, wie "
         "netzpolitik.org auf Nachfrage von Brinks Behörde bestätigt wurde.")

add(id="ho384-np-2021-pimeyes-seychellen",
    title=None,
    url="https://netzpolitik.org/2021/gesichtserkennung-pimeyes-schweigt-nach-der-flucht-auf-die-seychellen/",
    retrieved="same address (stored page of 2021, no date line in the stored copy; the stored copy begins with the teaser "
              "and shows no headline, so the text has no title line (rules 18, 32); the subheading 'Kein europäischer "
              "Sitz, keine Niederlassung' and the paragraph 'Brink hat', cut off in the stored copy after two words, "
              "dropped (rules 15, 17))",
    license=NP,
    paras=[SY_P1, SY_P2, SY_P3, SY_P4],
    quotes=[("„Face Recognition Solutions Ltd.“", None)],
    aliases={})

# --- netzpolitik.org, May 2022: PimEyes' new owner breaks the silence ---

NC_P1 = ("PimEyes gibt es noch immer, und die Suchmaschine für Gesichter verschreibt sich inzwischen „ethischer KI“ und "
         "„Frauenrechten“. Ihr neuer Chef, Giorgi Gobronidze, zeigt sich selbstbewusst in Interviews mit CNN und der New "
         "York Times.")
NC_P2 = ("Vor ziemlich genau einem Jahr hat der Datenschutzbeauftragte Baden-Württemberg, Stefan Brink, ein Verfahren gegen "
         "PimEyes eingeleitet. Durch die Suchmaschine drohe „nicht weniger als der Verlust der Anonymität“, schrieb er. Die "
         "Suchmaschine durchforstet das Netz massenhaft nach öffentlich zugänglichen Fotos und erfasst die biometrischen "
         "Daten von Gesichtern. Das Ergebnis ist eine Datenbank von nach eigenen Angaben Hunderten Millionen Gesichtern.")
NC_P3 = ("Nutzer:innen können auf PimEyes ein beliebiges Foto hochladen und sich anzeigen lassen, welche Gesichter die "
         "Suchmaschine für identisch oder ähnlich hält. Wer ein Abo für rund 35 Euro im Monat abschließt, bekommt zu den "
         "Suchergebnisse auch Links zu den Websites mit den entsprechenden Fotos. Dort lassen sich möglicherweise weitere "
         "Eckdaten über eine gesuchte Person finden.")
NC_Q = ("„in ihren Rechten massiv gefährdet, wenn ohne ihre Kenntnis Bilder von ihnen im Netz abgeglichen werden und so "
        "ihre Identität für Dritte feststellbar wird“")
NC_P4 = ("Auf der Webseite steht, PimEyes sei dazu gedacht, nach eigenen Fotos zu suchen. In der Praxis reicht aber ein "
         "Handy-Schnappschuss oder die flüchtige Aufzeichnung einer Überwachungskamera, um mit PimEyes Fremde zu "
         "identifizieren – auch auf politischen Demonstrationen. Mit Blick auf die Datenschutzgrundverordnung (DSGVO) ist es "
         "fraglich, ob PimEyes überhaupt biometrische Daten ohne vorheriges Einverständnis verarbeiten darf. Datenschützer "
         "Brink sieht darin eine Gefahr: Bürger:innen seien " + NC_Q + ".")

BRINK = "Stefan Brink"
PIMEYES = "PimEyes"

add(id="ho384-np-2022-05-pimeyes-neuer-chef",
    title=None,
    url="https://netzpolitik.org/2022/neuer-chef-gesichter-suchmaschine-pimeyes-bricht-das-schweigen/",
    retrieved="same address (stored page of May 2022; the stored date line ' date 2022-05' dropped (rule 14); the stored "
              "copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "subheading 'PimEyes-Chef nennt Technologie „umstritten“', left dangling before the paragraph 'Eine Weile lang "
              "hatte sich PimEyes offiziell auf die Seychellen abgesetzt – und geschwiegen. Die Fl', cut off in the stored "
              "copy, dropped with it (rules 15, 17; rule 2060); 'zu den Suchergebnisse' kept as published (rule 20))",
    license=NP,
    paras=[NC_P1, NC_P2, NC_P3, NC_P4],
    quotes=[("„ethischer KI“", PIMEYES),
            ("„Frauenrechten“", PIMEYES),
            ("„nicht weniger als der Verlust der Anonymität“", BRINK),
            (NC_Q, BRINK)],
    aliases={PIMEYES: ["PimEyes", "die Suchmaschine für Gesichter"],
             BRINK: ["Stefan Brink", "Brink", "Datenschutzbeauftragte Baden-Württemberg", "Datenschützer Brink"]})

# --- netzpolitik.org, August 2022: men using PimEyes to find women ---

TG_P1 = ("Ende Juli sucht S. im Internet nach einer Frau, die er heiß findet. Sie hat kurze, braune Haare und aufgeklebte "
         "Fingernägel. „Wenn du nur ein sexy Foto hast, dann willst du mehr“, schreibt uns S. in gebrochenem Englisch.")
TG_P2 = ("Bei seiner Recherche setzt S. auf PimEyes, eine Suchmaschine für Gesichter. PimEyes braucht nur einen Screenshot "
         "oder ein flüchtiges Foto, um eine Person im Netz zu suchen. Zum Beispiel die Frau mit den braunen Haaren. Die "
         "Suchmaschine erfasst die biometrischen Eigenheiten ihres Gesichts, die Abstände von Augen, Nase und Mund. Als "
         "Ergebnis präsentiert PimEyes ähnliche oder gar identische Gesichter, inklusive Link zum Fundort im Netz. Im Jahr "
         "2020 hatten unsere Recherchen zu PimEyes ein internationales Medienecho ausgelöst.")
TG_P3 = ("S. möchte mit PimEyes Aufnahmen bekommen, die man sonst nicht so einfach findet. „Ich brauche keine Videos von "
         "Pornostars“, schreibt er uns. Er will „private“ Videos. „Wenn du eine Freundin hast, kannst du auch nach ihrem "
         "Gesicht suchen“, ergänzt er.")
TG_P4 = ("Es ist Zufall, dass wir S. überhaupt gefunden haben. Von Außen lässt sich nicht beobachten, wer PimEyes.com nutzt "
         "und welche Bilder jemand dort hochlädt. Anders ist das im Messenger Telegram. Hier gibt es einen Bot, mit dem "
         "Nutzer:innen Suchanfragen bei PimEyes starten können, und es gibt eine öffentliche Gruppe für Nutzer:innen dieses "
         "Bots. Genau dort haben wir S. getroffen.")

S_USER = "S."

add(id="ho384-np-2022-08-pimeyes-telegram-frauen",
    title=None,
    url="https://netzpolitik.org/2022/gesichter-suchmaschine-dutzende-maenner-wollen-mit-pimeyes-fremde-frauen-finden/",
    retrieved="same address (stored page of August 2022; the stored date line ' date 2022-08' dropped (rule 14); the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the subheading 'Kein offizielles Angebot von PimEyes' and the paragraph 'Offenkundig fällt es vielen "
              "schwer, … Fotos, die offensichtlich nicht für frem', cut off in the stored copy, dropped (rules 15, 17); "
              "'Von Außen' kept as published (rule 20))",
    license=NP,
    paras=[TG_P1, TG_P2, TG_P3, TG_P4],
    quotes=[("„Wenn du nur ein sexy Foto hast, dann willst du mehr“", S_USER),
            ("„Ich brauche keine Videos von Pornostars“", S_USER),
            ("„private“", S_USER),
            ("„Wenn du eine Freundin hast, kannst du auch nach ihrem Gesicht suchen“", S_USER)],
    aliases={S_USER: ["S."]})

# --- netzpolitik.org, December 2024: interview with Silke Lüder on the electronic patient record ---

EP_P1 = ("Im Februar 2025 kommt die elektronische Patientenakte für alle, die ihr nicht widersprechen. "
         "Bundesgesundheitsminister Karl Lauterbach wirbt intensiv für das Vorhaben. Sein Versprechen: Alle wichtigen "
         "Gesundheitsdaten und damit die gesamte Krankengeschichte einer Person sind fortan an einem Ort einsehbar. Das "
         "mache Behandlungen effizienter und verbessere unterm Strich die Gesundheitsversorgung. Und Versicherte könnten "
         "genau nachvollziehen, welche Diagnosen gestellt und welche Leistungen für sie abgerechnet wurden.")
EP_P2 = ("Wir haben mit Silke Lüder über die elektronische Patientenakte für alle (ePA) gesprochen. Sie ist Fachärztin für "
         "Allgemeinmedizin in Hamburg und kann auf ihre langjährige Erfahrung als Hausärztin zurückblicken. Sie ist "
         "außerdem Delegierte auf den Deutschen Ärztetagen und seit 2012 stellvertretende Bundesvorsitzende der Freien "
         "Ärzteschaft e. V. Mehrfach stand sie als Sachverständige dem Gesundheitsausschuss des Deutschen Bundestages Rede "
         "und Antwort.")
EP_P3 = ("netzpolitik.org: Frau Lüder, die elektronische Patientenakte klingt nach einer Win-win-Situation für alle "
         "Beteiligten, oder?")
EP_P4 = ("Silke Lüder: Im Augenblick hat man eher das Gefühl, dass die Win-Situation sehr einseitig verteilt ist. Das "
         "Projekt läuft jetzt seit zwanzig Jahren. Und es war eher eines aus der Kategorie „Pleiten, Pech und Pannen“ mit "
         "Milliardenkosten, die niemand genau beziffern kann. Profitiert haben bisher die beteiligten Firmen, vor allem aus "
         "dem Bereich der Praxisverwaltungssysteme. Sie haben ihre Umsätze deutlich erhöhen können. In der medizinischen "
         "Behandlung sind die Vorteile bisher nicht angekommen.")
EP_P5 = "netzpolitik.org: Kann die ePA denn keine der vielen Beschwerden im Gesundheitswesen lindern?"

add(id="ho384-np-2024-12-epa-interview-lueder",
    title=None,
    url="https://netzpolitik.org/2024/elektronische-patientenakte-das-widerspricht-der-informationellen-"
        "selbstbestimmung/",
    retrieved="same address (stored page of December 2024; the stored date line ' date 2024-12' dropped (rule 14); the "
              "stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the interview's speaker labels 'netzpolitik.org:' and 'Silke Lüder:' kept as published; the answer "
              "'Silke Lüder: Seit zwei Jahrzehnten sehen wir, … Im Jahr 2003 führte die damalige Gesundheitsministerin', "
              "cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=[EP_P1, EP_P2, EP_P3, EP_P4, EP_P5],
    quotes=[("„Pleiten, Pech und Pannen“", None)],
    aliases={})

# --- netzpolitik.org, June 2025: the weekly review on face search engines ---

KW_P2 = ("vor fünf Jahren im Juli erschien der Artikel „Eine polnische Firma schafft gerade unsere Anonymität ab“, mein "
         "erster Text für netzpolitik.org jemals. Es ging um die neue Gesichtersuchmaschine PimEyes, deren Fähigkeiten mich "
         "verblüfft hatten. Man konnte dort das Foto eines Gesichts hochladen und identische oder verstörend ähnliche "
         "Gesichter an anderen Orten im Netz finden. Schluck.")
KW_P3 = ("Die Suchmaschine förderte schon zu meinem Gesicht mehr Ergebnisse zutage als erwartet. Allerdings lasse ich mich "
         "als Journalist ohnehin regelmäßig ablichten; brenzlige Funde gab es in meinem Fall nicht. Wir brauchten "
         "eindrücklichere Beispiele. Also hatten wir uns auf die Suche nach einem „Protagonisten“ gemacht, wie man in der "
         "Medienbranche sagt.")
KW_P4 = ("Gefunden hatten wir Dylan (Name geändert), der als Banker in Frankfurt am Main arbeitete. Beruf und Privatleben "
         "hielt Dylan gerne getrennt; doch PimEyes führte beides wieder zusammen. Suchte man dort nach seinem Gesicht, fand "
         "man ihn auf dem damals acht Jahre alten Foto einer queeren Bootsparty. Outing per Gesichtersuche! Cheers.")
KW_P7 = ("PimEyes ist vor den EU-Datenschutzbehörden geflohen, zunächst auf die Seychellen, dann nach Belize. Mindestens "
         "drei Konkurrenten sind hinzugekommen. Über diese Konkurrenten haben wir diese Woche erstmals berichtet.")
KW_P8 = ("Es war wirklich nicht schwer, sie zu finden. Wir haben einfach gegoogelt. Dennoch scheint es vorher niemanden "
         "gejuckt zu haben, dass inzwischen nicht nur eine öffentlich zugängliche Suchmaschine unsere Anonymität abschafft, "
         "sondern vier.")
KW_P9 = ("Was meine Kollegin Chris und ich während dieser Recherche zutage gefördert haben, ist aberwitzig. Hier kommt ein "
         "kleines Best of mit Emoji-Ranking.")

add(id="ho384-np-2025-06-kw24-gesichter-suchmaschinen",
    title=None,
    url="https://netzpolitik.org/2025/kw-24-die-woche-als-wir-aberwitziges-ueber-gesichter-suchmaschinen-lernten/",
    retrieved="same address (stored page of June 2025; the stored date line ' date 2025-06' dropped (rule 14); the stored "
              "copy begins with the salutation and shows no headline, so the text has no title line (rules 18, 32); the "
              "salutation 'Liebe Leser*innen,' and the subheading 'Die absurdesten Recherche-Funde' kept as their own "
              "lines; the paragraph 'Den Anbieter einer Gesichter-Suchmaschine konnten wir nicht einmal per Presse', cut "
              "off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Liebe Leser*innen,", KW_P2, KW_P3, KW_P4,
           "Das war 2020. Heute, fünf Jahre später, ist alles noch schlimmer.",
           "Die absurdesten Recherche-Funde",
           KW_P7, KW_P8, KW_P9],
    quotes=[("„Eine polnische Firma schafft gerade unsere Anonymität ab“", None),
            ("„Protagonisten“", None)],
    aliases={})
