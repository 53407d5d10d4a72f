# Hundred-and-forty-second held-out German real-news set (tests/data/heldout142-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1110-1112). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data and of the other held-out worktrees, and by distinctive phrases of the quotations and
# an 8-word overlap search against the texts of all sets). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-forty-second held-out set": texts of the Austrian Federal Chancellery of
# 2025 on the Council for General Affairs and a visit to Berlin, quoting the Minister for Europe Claudia Plakolm (one page
# of bundeskanzleramt.gv.at, three Chancellery releases as distributed by Public on pubt.io) and one issue of the newsletter of the European
# Commission's Representation in Germany (July 2024). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 93), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# Chancellery releases as distributed by Public (pubt.io), whose header names the Austrian Federal Chancellery as sender.
BKA_PUBLIC = (BKA + "; a release of the Austrian Federal Chancellery as distributed unchanged by Public (pubt.io), whose "
              "header names 'Austrian Federal Chancellery' as its sender")
PUBLIC_NOTE = ("Public's header lines ('Austrian Federal Chancellery' where shown, and '{d} | Press release | Distributed by "
               "Public on …') above the text dropped as distribution furniture (rules 31, 100)")
PLAKOLM = "Claudia Plakolm"

# --- Austrian Federal Chancellery: bundeskanzleramt.gv.at, December 2025 ---

MFR_P2 = ("Europaministerin Claudia Plakolm gab beim Rat Allgemeine Angelegenheiten einen Überblick über die wichtigsten "
          "Themen, die in Brüssel auf der Agenda standen. So stehe unter anderem der Mehrjährige Finanzrahmen im "
          "Mittelpunkt. \"Der aktuelle Vorschlag sieht eine deutliche Erhöhung des österreichischen Beitrags vor. Wir werden "
          "für einen fairen Ausgleich plädieren\", hielt Plakolm bei ihrem Statement im Ratsgebäude fest. In Zeiten enger "
          "nationaler Budgets könne es nicht sein, dass die EU mit vollen Händen finanzielle Mittel ausgibt. \"Es ist "
          "notwendig, dass die Europäische Union realistische Finanzen aufstellt, einen fairen Ausgleich ermöglicht und "
          "klare Prioritäten für die nächste Budgetperiode setzt.\"")
MFR_P4 = ("Ebenso auf der Tagesordnung stehe die Erweiterungspolitik. Dazu habe es heute Morgen bereits eine "
          "Regierungskonferenz in Montenegro gegeben. \"Das Land hat weitere 5 Verhandlungskapitel abgeschlossen und ist "
          "damit ein Frontrunner in der Region. Wenn Beitrittskandidaten ihre Aufgaben erfüllen, muss die EU ihr Wort "
          "halten\", betonte die Europaministerin bei ihren Ausführungen. Diese Fortschritte seien ein sehr guter Weg in "
          "Richtung europäischer Integration, mit gleichen Maßstäben für alle Beitrittskandidaten.")

add(id="ho142-bka-2025-12-plakolm-finanzrahmen",
    title="Europaministerin Plakolm: Fairer Ausgleich beim Mehrjährigen Finanzrahmen",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2025/12/"
        "fairer-ausgleich-beim-mehrjaehrigen-finanzrahmen.html",
    retrieved="same address (stored page of December 2025 in the Chancellery's series 'Nachrichten der Bundesregierung'; "
              "headline, subheading and the intermediate heading kept as lines of their own (rules 18, 19); the last "
              "paragraph 'Zudem widme man sich mit dem Kampf gegen Antisemitismus … \"Besonders in diesen Tagen ist es "
              "wichtig, … ein Angriff auf unser Miteinander und ein Angriff au', cut off in the stored copy inside its "
              "quotation, dropped (rule 15))",
    license=BKA,
    paras=["Rat Allgemeine Angelegenheiten – Erweiterungspolitik und Kampf gegen Antisemitismus weitere Schwerpunkte",
           MFR_P2,
           "Montenegros Weg in Richtung europäischer Integration",
           MFR_P4],
    quotes=[(cut(MFR_P2, "\"Der aktuelle", "plädieren\""), PLAKOLM),
            (cut(MFR_P2, "\"Es ist notwendig", "setzt.\""), PLAKOLM),
            (cut(MFR_P4, "\"Das Land", "Wort halten\""), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Europaministerin Claudia Plakolm", "Plakolm", "Europaministerin"]})

# --- Austrian Federal Chancellery: releases distributed by Public, October and September 2025 ---

RAA10_P4 = ("Vor dem Treffen hob Europaministerin Claudia Plakolm beim Doorstep die österreichischen Prioritäten hervor: "
            "\"Heute wird es im Rat Allgemeine Angelegenheiten um das Thema Wettbewerbsfähigkeit gehen.\" Der "
            "EU-Binnenmarkt brauche spürbare Entlastung von Auflagen: \"Der Ursprungsgedanke der Europäischen Union war, "
            "aus vielen Märkten einen großen, schlagkräftigen Markt zu schaffen. Geblieben ist ein gemeinsamer Markt, der "
            "aber weiterhin zahlreichen Regulierungen unterliegt - das ist alles andere als positiv für den Standort.\" "
            "Österreich dränge daher auf echte Deregulierung in Brüssel und zuhause, damit Industrie, Innovation und "
            "technologische Offenheit in Europa erhalten bleiben können.")
RAA10_P5 = ("Plakolm werde außerdem beim Rat gemeinsam mit der slowenischen Amtskollegin über den Besuch in den "
            "Westbalkanländern berichten, hier brauche es \"punkto Erweiterungspolitik ebenso rasche Fortschritte\".")

add(id="ho142-bka-public-2025-10-plakolm-rat",
    title="Europaministerin Plakolm beim Rat Allgemeine Angelegenheiten",
    url="https://www.pubt.io/view/0579CB5BDD5344A7D25082E0AF7C449FAF5B66C0",
    retrieved="same address (release of the Federal Chancellery of 21 October 2025 as distributed by Public; "
              + PUBLIC_NOTE.format(d="10/21/2025") + "; the line '21. Oktober 2025 Europaministerin Plakolm beim Rat "
              "Allgemeine Angelegenheiten', the date run together with a repetition of the headline, dropped as page "
              "furniture (rule 1110); the subheading and the intermediate headings kept as lines of their own (rules 18, "
              "19); the paragraph 'Zur Nutzung eingefrorener russischer Vermögen … sagte Plakolm: \"Sanktionen dürfen "
              "keinen Selbstzweck erfüllen - …\" … Die Europaministerin betonte aber auch: \"Was unseren Beitrag betr', "
              "cut off in the stored copy inside its second quotation, dropped as a whole with its heading 'Ukraine-Linie: "
              "zielgenaue Sanktionen, Neutralität wahren' (rule 15))",
    license=BKA_PUBLIC,
    paras=["Vorbereitung des Oktober-EU-Gipfels - Wettbewerbsfähigkeit, Erweiterung und Ukraine im Fokus",
           "Europaministerin Claudia Plakolm nahm am Dienstag am Rat Allgemeine Angelegenheiten in Luxemburg teil. Auf der "
           "Agenda der Europaministerinnen und Europaminister standen die Unterstützung für die Ukraine, Verteidigung und "
           "Sicherheit, Wettbewerbsfähigkeit sowie Rechtsstaatlichkeit.",
           "Echte Deregulierung und weniger Bürokratie",
           RAA10_P4,
           RAA10_P5],
    quotes=[(cut(RAA10_P4, "\"Heute wird", "gehen.\""), PLAKOLM),
            (cut(RAA10_P4, "\"Der Ursprungsgedanke", "Standort.\""), PLAKOLM),
            ("\"punkto Erweiterungspolitik ebenso rasche Fortschritte\"", PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Europaministerin Claudia Plakolm", "Plakolm", "Europaministerin Plakolm"]})

RAA09_P2 = ("In ihrem Doorstepvor Beginn des Rates erklärte Europaministerin Claudia Plakolm: \"Ich möchte zu Beginn ganz "
            "kurz auf die jüngsten Ereignisse in Polen und in Rumänien eingehen - Österreich zeigt hier volle Solidarität. "
            "Die Verletzung des polnischen und rumänischen Luftraums ist völlig inakzeptabel und unterstreicht einmal mehr "
            "die Notwendigkeit einer gemeinsamen und eng abgestimmten Sicherheitspolitik.\"")
RAA09_P3 = ("Ein etwas erfreulicheres, jüngeres Ereignis sei, dass heute ein weiteres Verhandlungscluster für Albanien "
            "geöffnet worden sei. \"Damit sind wir einen weiteren Schritt näher an der europäischen Integration, an der "
            "Integration der Staaten des Westbalkans. Es ist sehr erfreulich, dass wir hier weitere greifbare Schritte "
            "vornehmen können und dass die Integration der sechs Westbalkanstaaten Fortschritte macht.\" Plakolm, die "
            "Anfang Oktober alle sechs Länder besucht, wird auch dabei \"die österreichische Position in der "
            "Erweiterungspolitik ein weiteres Mal unterstreichen, weil wir große Unterstützer dieses leistungsbasierten "
            "Beitrittsprozesses sind\".")

add(id="ho142-bka-public-2025-09-plakolm-rat",
    title="Vorbereitungen der beiden EU-Gipfel im Oktober",
    url="https://pubt.io/view/7A6350A2C71B2E0778F2C55F2DD1534E10B28CDA",
    retrieved="same address (release of the Federal Chancellery of 16 September 2025 as distributed by Public; "
              + PUBLIC_NOTE.format(d="09/16/2025") + "; the stored copy shows no headline above its subheading "
              "'Vorbereitungen der beiden EU-Gipfel im Oktober', which is kept as first line (rule 32); the photo credit "
              "'Foto: BKA/Schrötter', run together with the first word of the first paragraph in the stored copy "
              "('Foto: BKA/SchrötterEuropaministerin'), dropped as a caption (rules 93, 1111); the published 'Doorstepvor' "
              "kept (rule 20); the paragraph 'Bei der Vorbereitung der Tagung des Europäischen Rates im Oktober sei für "
              "Österreich zentral, \"dass wir einmal mehr …\", so Plakolm. \"Für uns ist …\" Daher müsse man', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BKA_PUBLIC,
    paras=["Europaministerin Claudia Plakolm hat am Dienstag am Rat Allgemeine Angelegenheiten in Brüssel teilgenommen. "
           "Die Europaministerinnen und -minister der EU-27 beschäftigen sich dabei mit den Vorbereitungen der beiden "
           "EU-Gipfel im Oktober.",
           RAA09_P2,
           RAA09_P3],
    quotes=[(cut(RAA09_P2, "\"Ich möchte", "Sicherheitspolitik.\""), PLAKOLM),
            (cut(RAA09_P3, "\"Damit sind wir", "Fortschritte macht.\""), PLAKOLM),
            (cut(RAA09_P3, "\"die österreichische", "sind\""), PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Europaministerin Claudia Plakolm", "Plakolm"]})

BERLIN_P2 = ("Im Zuge ihres Aufenthalts in Berlin traf Europaministerin Claudia Plakolm mit Kanzleramtsminister Thorsten "
             "Frei und Europaminister Gunther Krichbaum zusammen. Bei der Vorbereitung auf ihre Westbalkanreise Anfang "
             "Oktober verwies sie auf Österreichs Rolle als starker Verbündeter der Staaten des Westbalkans. \"Wir haben "
             "großes Interesse daran, dass die Erweiterungspolitik der Europäischen Union Fortschritte macht. Montenegro "
             "erfüllt die Reformvorgaben und ist ein Vorbild für die Region. Der Westbalkan gehört zu Europa\", betonte "
             "Plakolm. \"Auf beiden Seiten müssen Versprechen eingelöst werden. Die EU muss zeigen, dass sie "
             "handlungsfähig ist und im Erweiterungsprozess vorankommt\", ergänzte die Europaministerin.")
BERLIN_P4 = ("\"Der österreichische Ansatz der graduellen Integration ist ein wichtiger Anreiz, im täglichen Leben der "
             "Menschen die europäische Perspektive spürbar zu machen. Im gemeinsamen Binnenmarkt soll es schon vor dem "
             "formellen Beitritt Öffnungsschritte geben\", erläuterte Claudia Plakolm im Rahmen ihrer Unterredungen in "
             "Berlin.")
BERLIN_P5 = ("\"Die Länder des Westbalkans brauchen ein Zeichen, dass es sich auszahlt, an Reformen zu arbeiten. Wenn in "
             "wenigen Jahren Montenegro und Albanien aufgenommen werden würden, wäre dies insbesondere für alle jungen "
             "Menschen ein wichtiges Zeichen.\"")

add(id="ho142-bka-public-2025-09-plakolm-berlin",
    title="Europaministerin Plakolm: Der Westbalkan gehört zu Europa",
    url="https://www.pubt.io/view/084908102EA54BEA3F74E9C8CBA395CC3CA62218",
    retrieved="same address (release of the Federal Chancellery of 10 September 2025 as distributed by Public; "
              + PUBLIC_NOTE.format(d="09/10/2025") + "; the line '10. September 2025 Europaministerin Plakolm: Der "
              "Westbalkan gehört zu Europa' (date and repeated headline) dropped as page furniture (rule 1110); the photo "
              "credit 'Foto: BKA/Florian Schrötter' dropped (rule 93); subheading and intermediate heading kept as lines "
              "of their own (rules 18, 19); the paragraph '\"Zu meinen größten Sorgen in der EU gehört die "
              "Wettbewerbsfähigkeit. … So können sich Unternehmen in Europa nicht auf Innovation und Forschun', cut off in "
              "the stored copy inside its quotation, dropped with its heading 'Standortnachteil durch Berichtspflichten "
              "und Bürokratie' (rule 15))",
    license=BKA_PUBLIC,
    paras=["Gespräche mit Europaminister Krichbaum und Kanzleramtsminister Frei in Berlin",
           BERLIN_P2,
           "Gemeinsamer Binnenmarkt vor dem formellen Beitritt",
           BERLIN_P4,
           BERLIN_P5],
    quotes=[(cut(BERLIN_P2, "\"Wir haben", "gehört zu Europa\""), PLAKOLM),
            (cut(BERLIN_P2, "\"Auf beiden", "vorankommt\""), PLAKOLM),
            (cut(BERLIN_P4, "\"Der österreichische", "geben\""), PLAKOLM),
            (BERLIN_P5, PLAKOLM)],
    aliases={PLAKOLM: ["Claudia Plakolm", "Europaministerin Claudia Plakolm", "Plakolm", "Europaministerin Plakolm",
                       "Europaministerin"]})

# --- Commission Representation in Germany: newsletter issue of July 2024 ---

NL_NOTE = ("stored issue of the Representation's newsletter 'EU-Nachrichten – Die EU in Deutschland'; the e-mail line "
           "'Falls Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version zu gelangen .' and "
           "'European Commission Logo' dropped as furniture, the newsletter's name and subtitle 'EU-NACHRICHTEN' / 'DIE EU "
           "IN DEUTSCHLAND' are the first lines and the section names 'Editorial' and 'Highlights' lines of their own "
           "(rules 18, 19, 100)")
NL_P9 = ("Der ungarische Premierminister Viktor Orbán besuchte in der vergangenen Woche unter anderem die russische "
         "Hauptstadt Moskau – er tat dies nicht im Namen der EU. „Appeasement wird Putin nicht aufhalten. Nur Einigkeit "
         "und Entschlossenheit werden den Weg zu einem umfassenden, gerechten und dauerhaften Frieden in der Ukraine "
         "ebnen“, bekräftigte EU-Kommissionspräsidentin Ursula von der Leyen anlässlich der Reise. Und der Hohe Vertreter "
         "der EU für Außen- und Sicherheitspolitik Josep Borrell stellte klar, dass der ungarische Premier kein Mandat der "
         "EU-Staaten für den Besuch erhalten habe. „Ungarn ist der EU-Mitgliedstaat, der bis zum 31. Dezember 2024 die "
         "rotierende Ratspräsidentschaft innehat. Dies bringt keine Vertretung der Union nach außen mit sich”, erklärte er.")

add(id="ho142-eucom-nl-2024-07-orban-moskau",
    title="EU-NACHRICHTEN",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/54614",
    retrieved="same address (" + NL_NOTE + "; issue of July 2024; the image text 'EU-Flagge weht vor dem Brandenburger "
              "Tor in Berlin' dropped as a caption (rule 93); the editorial kept with its salutation line; the trailing "
              "blanks of the stored lines dropped; the second highlight 'Flüchtlinge aus der Ukraine können auch weiterhin "
              "über Grenzen hinweg vernetzt blei', cut off in the stored copy, dropped (rule 15); Borrell's quotation, opened with „ and "
              "closed with ” instead of “, kept as published (rule 20))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Editorial",
           "Liebe Leserinnen, liebe Leser,",
           "Spanien oder England, fragen Sie sich? Viel wichtiger ist doch: Heilbronn, Guimarães oder Klagenfurt? Die drei "
           "Städte sind die Finalisten im Rennen um den Titel als Grüne Hauptstadt Europas 2026, wie die EU-Kommission "
           "gerade bekannt gegeben hat. Mehr lesen Sie dazu in unseren Highlights der Woche.",
           "Bereits gewonnen hat in dieser Woche die europäische Raumfahrt mit dem erfolgreichen Start der Trägerrakete "
           "Ariane 6 vom Weltraumbahnhof in Französisch-Guayana. Sie soll Europas autonomen Zugang zum Weltraum sichern - "
           "mit all den damit verbundenen Möglichkeiten für Wissenschaft, Erdbeobachtung, Technologieentwicklung und "
           "Handel. Glückwünsche kamen unter anderem von EU-Kommissar Thierry Breton.",
           "Viele Grüße vom Presseteam der Vertretung der Europäischen Kommission in Berlin. Haben Sie noch eine schöne "
           "Woche!",
           "Highlights",
           NL_P9],
    quotes=[(cut(NL_P9, "„Appeasement", "ebnen“"), "Ursula von der Leyen"),
            (cut(NL_P9, "„Ungarn ist", "mit sich”"), "Josep Borrell")],
    aliases={"Ursula von der Leyen": ["Ursula von der Leyen", "EU-Kommissionspräsidentin Ursula von der Leyen"],
             "Josep Borrell": ["Josep Borrell",
                               "Hohe Vertreter der EU für Außen- und Sicherheitspolitik Josep Borrell"]})
