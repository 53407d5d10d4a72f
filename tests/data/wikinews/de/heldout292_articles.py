# Two-hundred-and-ninety-second held-out German real-news set (tests/data/heldout292-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1850-1851). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number or Public view id,
# URL slug, headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-second held-out set": texts of the German Federal Government (a
# news item of bundeskanzler.de, licence BREG; a press release of the Federal Chancellor and a news item of the Federal
# Government as distributed by Public, licences BREG_PUBLIC_RELEASE and BREG_PUBLIC; the transcript of a government press
# conference on bundesregierung.de, licence BREG) and one speech of the Deutsche Bundesbank (bundesbank.de, licence BUBA).
# Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are
# kept (rules 15, 17), page furniture is dropped (rules 14, 93, 150), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_PUBLIC, BREG_PUBLIC_RELEASE, BUBA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERZ = "Friedrich Merz"

# --- bundeskanzler.de: news item on the Chancellor's speech at the Familienunternehmer-Tage 2025 ---

add(id="ho292-bk-2025-familienunternehmer-tage",
    title="Rede des Kanzlers bei Familienunternehmer-Tagen Deutschland muss wettbewerbsfähiger werden",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/familienunternehmer-kanzler-2352660",
    retrieved="same address (news item of Friday, 6 June 2025; the title line 'Deutschland muss wettbewerbsfähiger werden' "
              "and the navigation ('Bundeskanzler | Startseite', 'Friedrich Merz', 'Aktuelles', 'Kanzleramt', 'Mediathek', "
              "'Service') dropped, the kicker and headline run together in one line are the first line as stored (rule "
              "150); the date line 'Freitag, 6. Juni 2025', the image text 'Bundeskanzler Friedrich Merz hält auf dem "
              "Podium vor einer rosafarbenen Wand mit Schriftzug \"Die Familienunternehmer\" eine Rede bei den "
              "Familienunternehmer-Tagen 2025.', the caption 'In seiner Rede bei den Familienunternehmer-Tagen betonte "
              "Kanzler Merz: „Wir brauchen mehr Investitionen in Deutschland.”' with its quotation and the credit 'Foto: "
              "Bundesregierung/Florian Gaertner' dropped (rules 93, 1816); the trailing space after the third paragraph "
              "dropped; the first item of the list 'Das Wichtigste aus der Rede des Kanzlers in Kürze:' ('Mehr "
              "Wettbewerbsfähigkeit: … „Daran wollen wir etwas ändern\", so der'), cut off in the stored copy, and the rest "
              "dropped (rule 15); the list's lead-in line kept)",
    license=BREG,
    paras=["Die Bundesregierung will deutsche Unternehmen unterstützen. Das kündigte Bundeskanzler Friedrich Merz in seiner "
           "Rede bei den Familienunternehmer-Tagen 2025 in Berlin an. Dafür brauche es unter anderem mehr Digitalisierung "
           "und weniger Bürokratie, so Kanzler Merz.",
           "„Die Probleme, die wir in Deutschland haben, sind aus eigener Kraft lösbar. Lassen Sie uns diese Kraft "
           "gemeinsam auf den Weg bringen.“ Das sagte Bundeskanzler Friedrich Merz bei den Familienunternehmer-Tagen 2025 "
           "in Berlin. Die Veranstaltung stand in diesem Jahr unter dem Motto „Neustart wagen!“.",
           "Dabei wolle die Bundesregierung die Unternehmen ganz konkret unterstützen. In seiner Rede würdigte der Kanzler "
           "das Engagement des Verbandes, der sich für die Belange der Familienunternehmen in Deutschland nachhaltig "
           "einsetzt.",
           "Etwa 90 Prozent aller deutschen Unternehmen sind Familienunternehmen. Sie erzielen rund 37 Prozent aller "
           "Umsätze in Deutschland, über die Hälfte aller sozialversicherungspflichtig Beschäftigten arbeiten dort. "
           "Familienunternehmen leisten damit einen entscheidenden Beitrag für Wohlstand und Innovation in Deutschland.",
           "Das Wichtigste aus der Rede des Kanzlers in Kürze:"],
    quotes=[("„Die Probleme, die wir in Deutschland haben, sind aus eigener Kraft lösbar. Lassen Sie uns diese Kraft "
             "gemeinsam auf den Weg bringen.“", MERZ),
            ("„Neustart wagen!“", None)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Kanzler Merz", "Kanzler"]})

# --- Public (pubt.io): press release of the Federal Chancellor, speech at the PKM summer party 2025 ---

add(id="ho292-public-2025-07-08-pkm-sommerfest",
    title="Wettbewerbsfähigkeit der deutschen Industrie als Priorität",
    url="https://pubt.io/view/157BA810724941E5C5E09353B8C72DF350C6D2DD",
    retrieved="same address (press release of 8 July 2025 as distributed by Public, which names the German Federal "
              "Chancellor as its publisher; Public's header lines ('German Federal Chancellor', '07/08/2025 | Press release "
              "| Distributed by Public on 07/09/2025 09:42') above the headline dropped as distribution furniture (rules "
              "31, 100); the missing full stop in 'zu sichern \"Wir wollen', the gaps 'wenn der sein 50. Sommerfest' and "
              "'besetzt die Union, und , Schlüsselressorts' (link texts lost in the copy) kept as stored (rule 20); the fact "
              "line 'Mittelständische Unternehmen: …' kept; the salutation lines and the first paragraphs of the speech "
              "kept as lines of their own; the next paragraph of the speech ('Wir haben mit Katherina Reiche jemanden im "
              "Bundeswirtschaftsministerium s'), cut off in the stored copy, and the rest dropped (rule 15); the stored "
              "part never names the Chancellor (rule 1140))",
    license=BREG_PUBLIC_RELEASE,
    paras=["In seiner Rede beim Sommerfest des Parlamentskreises Mittelstand (PKM) der Unionsfraktion in Berlin betonte der "
           "Bundeskanzler die Bedeutung stabiler politischer Rahmenbedingungen für die deutsche Wirtschaft. Er machte "
           "klar, dass die Bundesregierung alles daransetzen werde, den Mittelstand zu stärken und die "
           "Wettbewerbsfähigkeit der Industrie zu sichern \"Wir wollen Industrieland bleiben und nicht ein "
           "Industriemuseum werden\", sagte er.",
           "Mittelständische Unternehmen: Mehr als 99 Prozent aller Unternehmen in Deutschland sind Mittelständler. Sie "
           "tragen rund 55 Prozent zur gesamten Netto-Wertschöpfung und 33 Prozent des Gesamtumsatzes bei. Zudem stellen "
           "sie 54 Prozent der Arbeitsplätze bereit und beschäftigen über 70 Prozent aller Auszubildenden.",
           "Lieber Christian,",
           "liebe Kolleginnen und Kollegen,",
           "liebe Freundinnen und Freunde,",
           "im vergangenen Jahr habe ich Ihnen gesagt: Spätestens im übernächsten Jahr, wenn der sein 50. Sommerfest "
           "feiert, sind wir wieder Regierungsfraktion. - Wir halten dieses Versprechen ein Jahr früher ein. Wir sind "
           "schon in diesem Jahr wieder Regierungsfraktion. Wir sind eine starke, wir sind die stärkste Fraktion im "
           "Deutschen Bundestag, und deswegen stellen wir die Bundestagspräsidentin mit Julia Klöckner.",
           "Aber wir haben auch eine starke Mannschaft. Lassen Sie mich dies vielleicht einmal so sagen: Schauen Sie auf "
           "diese Bundesregierung, die heute seit genau neun Wochen im Amt ist. Ich kann sagen: Das ist eine der besten "
           "Bundesregierungen, die wir in den letzten Jahrzehnten in Deutschland gehabt haben. Wir haben ein Kabinett mit "
           "neun jungen Gesichtern, darunter auch erfahrene. Vor allem besetzt die Union, und , Schlüsselressorts dieser "
           "Bundesregierung.",
           "Lassen Sie mich das auch mit den Namen verbinden."],
    quotes=[("\"Wir wollen Industrieland bleiben und nicht ein Industriemuseum werden\"", "Bundeskanzler")],
    aliases={"Bundeskanzler": ["Bundeskanzler"]})

# --- Public (pubt.io): news item of the Federal Government on the inauguration of the JUPITER supercomputer ---

add(id="ho292-public-2025-09-05-jupiter-superrechner",
    title="Ein Superrechner für die Zukunft",
    url="https://www.pubt.io/view/B5C327397FB7F05B27EFD53E2471BDF8F395E06C",
    retrieved="same address (news item of 5 September 2025 as distributed by Public, which names the German Federal "
              "Government as its publisher; Public's header lines ('German Federal Government', '09/05/2025 | Press "
              "release | Distributed by Public on 09/06/2025 13:09') above the headline dropped as distribution furniture "
              "(rules 31, 100); the photo caption 'Auch Forschungsministerin Bär, Digitalminister Wildberger und "
              "Nordrhein-Westfalens Ministerpräsident Wüst nahmen an der Jupiter-Einweihung teil.' and the credit 'Foto: "
              "Bundesregierung/Steffen Kugler' dropped (rule 93); the spellings 'Finazierung', 'EuroHPC JUsowie', "
              "'\"Exascale\"bedeutet' and 'JUPITERschafft' kept as stored (rule 20); the bullet of the first item of 'Das "
              "Wichtigste in Kürze:' dropped, the item kept as a line (rule 93); the second item ('Souveräne "
              "Rechenkapazitäten: … um das 20-fache gesteig'), cut off in the stored copy, and the rest dropped (rule 15))",
    license=BREG_PUBLIC,
    paras=["Bei seiner Einweihung hat Bundeskanzler Friedrich Merz den ersten europäischen Exascale-Supercomputer "
           "\"JUPITER\" als europäisches Pilotprojekt gewürdigt. Mit dem JUPITER stehe einer der vier schnellsten Rechner "
           "der Welt in Deutschland, sagte der Bundeskanzler in seinem Grußwort.",
           "Der JUPITER wurde vom Supercomputing Centre am Forschungszentrum Jülich entwickelt. Die Hälfte seiner "
           "Finazierung übernahm die europäische Supercomputing-Initiative EuroHPC JUsowie jeweils ein Viertel das "
           "Bundesministerium für Forschung, Technologie und Raumfahrt und des nordrhein-westfälischen Ministeriums für "
           "Kultur und Wissenschaft.",
           "\"Exascale\"bedeutet Rechenleistung auf höchstem Niveau: JUPITERschafft mehr als eine Trillion Operationen pro "
           "Sekunde - so viel wie rund 10 Millionen herkömmliche Laptops. Damit öffnet JUPITER neue Möglichkeiten für "
           "Künstliche Intelligenz und wissenschaftliche Simulationen - vom schnellen Training großer KI-Modelle über "
           "realistischere Einblicke ins menschliche Gehirn bis hin zu präziseren Klima- und Wettervorhersagen.",
           "Das Wichtigste in Kürze:",
           "Deutschland soll KI-Nation werden: Deutschland soll eine führende Rolle in der technologischen Revolution "
           "spielen. \"Wir sind stark in der KI-Forschung. Wir haben weltweit führende Forschungseinrichtungen - in einer "
           "davon stehen wir gerade hier\", sagte der Kanzler. Im Koalitionsvertrag stehe bereits: \"Wir wollen, dass "
           "Deutschland KI-Nation wird.\""],
    quotes=[("\"JUPITER\"", None),
            ("\"Exascale\"", None),
            ("\"Wir sind stark in der KI-Forschung. Wir haben weltweit führende Forschungseinrichtungen - in einer davon "
             "stehen wir gerade hier\"", MERZ),
            ("\"Wir wollen, dass Deutschland KI-Nation wird.\"", None)],
    aliases={MERZ: ["Friedrich Merz", "Bundeskanzler Friedrich Merz", "Bundeskanzler", "Kanzler"]})

# --- bundesbank.de: speech at the bankers' evening of the Hauptverwaltung in Baden-Württemberg ---

add(id="ho292-buba-geld-als-aufgabe-der-bundesbank",
    title="Geld als Aufgabe der Bundesbank Rede beim Bankenabend der Hauptverwaltung der Deutschen Bundesbank in "
          "Baden-Württemberg",
    url="https://bundesbank.de/de/presse/reden/geld-als-aufgabe-der-bundesbank-950306",
    retrieved="same address (speech 950306, given on the Monday after the Super Bowl of 2025 (the speech reckons 2024 "
              "as the past year); the headline and subtitle run together in one line are the first line as stored; the "
              "stored part names no speaker; the section headings '1 Einleitung' and '2 Wirtschaftliche Herausforderungen' "
              "kept as lines, the trailing space after the second dropped; the footnote markers '[1]' and '[2]' kept as "
              "stored (rule 20); the next paragraph ('Die verringerte Wettbewerbsfähigkeit der deutschen Unternehmen … "
              "Hohe'), cut off in the stored copy, and the rest dropped (rule 15))",
    license=BUBA,
    paras=["Es gilt das gesprochene Wort.",
           "1 Einleitung",
           "Sehr geehrte Damen und Herren,",
           "ich danke Ihnen vielmals für die freundliche Begrüßung. Besonders freut es mich, dass Sie heute so zahlreich "
           "erschienen sind. In den USA wäre das am Tag nach dem Super Bowl alles andere als gewöhnlich.",
           "In Anspielung auf den „Super Tuesday“, an dem traditionell in zahlreichen Bundesstaaten die Vorwahlen für die "
           "Präsidentschaftskandidatur stattfinden, wird der Tag nach dem Finale der National Football League (NFL) in "
           "den USA auch als „Super Sick Monday“ bezeichnet. Umfragen zufolge planen heute über 16 Millionen Beschäftigte "
           "in den USA nicht zu arbeiten.[1] Die ökonomischen Auswirkungen des Super Bowl sind also durchaus relevant, "
           "auch weil die Konsumausgaben der Zuschauerinnen und Zuschauer in Zusammenhang mit dem Super Bowl in diesem "
           "Jahr Schätzungen zufolge bei über 18 Milliarden USD liegen dürften.[2]",
           "Im Mai findet in München mit dem Finale der Fußball UEFA Champions League zwar ebenfalls ein international "
           "beachtetes Endspiel statt. Vergleichbare konjunkturbelebende Auswirkungen wie beim Super Bowl in den USA "
           "werden wir aber für Deutschland vermutlich nicht erleben.",
           "2 Wirtschaftliche Herausforderungen",
           "Meine Damen und Herren,",
           "was die wirtschaftliche Entwicklung in Deutschland angeht, müssen wir feststellen: Die deutsche Wirtschaft "
           "befindet sich nun seit Mitte 2022 in einer anhaltenden Schwächephase, und auch der Blick in die Zukunft sieht "
           "nicht rosig aus. Im Gesamtjahr 2024 dürfte die Wirtschaftsleistung in Deutschland nach ersten Schätzungen des "
           "Statistischen Bundesamtes um 0,2 Prozent zurückgegangen sein. Besonders schwach entwickelte sich erneut die "
           "Industrie."],
    quotes=[("„Super Tuesday“", None),
            ("„Super Sick Monday“", None)],
    aliases={})

# --- bundesregierung.de: transcript of the government press conference of 13 March 2023 ---

add(id="ho292-breg-2023-03-13-regierungspressekonferenz",
    title="Im Wortlaut Regierungspressekonferenz vom 13. März 2023",
    url="https://www.bundesregierung.de/breg-de/aktuelles/pressekonferenzen/regierungspressekonferenz-vom-13-maerz-2023-"
        "2170760",
    retrieved="same address (transcript of Monday, 13 March 2023; the title line 'Regierungspressekonferenz vom 13. März "
              "2023' dropped, the kicker and headline run together in one line are the first line as stored (rule 150); "
              "the reading-time line '39 Min. Lesedauer' dropped; the list dashes before 'Mitschrift Pressekonferenz' and "
              "the date line dropped, the items kept as lines (rule 93); the speaker label 'StS Hebestreit:' kept as "
              "stored; the next paragraph of the statement ('Die Neuverfilmung von Erich Maria Remarques Roman … "
              "hochaktu'), cut off in the stored copy, and the rest dropped (rule 15); the dash styles '–' and '-' in "
              "'Davon – und davon sind wir überzeugt - werden' kept as published (rule 20))",
    license=BREG,
    paras=["Themen: Academy-Awards-Auszeichnungen für den Film „Im Westen nichts Neues“, Besuch des israelischen "
           "Ministerpräsidenten, Schließung der Silicon Valley Bank in den USA, Vorwürfe gegen den "
           "Bundesgesundheitsminister im Zusammenhang mit seiner Bewerbung für eine Professur an der Universität Tübingen "
           "im Jahr 1995, Nationale Sicherheitsstrategie, Photovoltaik-Strategie, Wahlrechtsreform/personelle Ausstattung "
           "der Bundesregierung, Cannabisfreigabe, Vogelgrippe, erfolgsabhängige Vergütung von Lehrkräften, "
           "Energiepreispauschale für Studierende und Fachschüler, Pakt zwischen Bund und Ländern zur Beschleunigung "
           "zentraler Infrastrukturvorhaben, Interview des Bundesgesundheitsministers im „heute journal“, "
           "Kindergrundsicherung, UN-Klimaziele, Einsatz von E-Fuels",
           "Mitschrift Pressekonferenz",
           "Montag, 13. März 2023",
           "Sprecher: StS Hebestreit, Sasse (AA), Nimindé-Dundadengar (BMF), Baron (BMWK), Kautz (BMG), Collatz (BMVg), "
           "Schneidewindt (BMBF), Beylage-Haarmann (BMI), Alexandrin (BMDV), Stolzenberg (BMUV)",
           "Vorsitzender Feldhoff eröffnet die Pressekonferenz und begrüßt StS Hebestreit sowie die Sprecherinnen und "
           "Sprecher der Ministerien.",
           "StS Hebestreit: Einmal eine doch erfreuliche Nachricht:",
           "Die Bundesregierung, der Bundeskanzler gratulieren recht herzlich dem Regisseur Edward Berger, dem Produzenten "
           "Malte Grunert und dem gesamten Filmteam herzlich zum Gewinn von sage und schreibe vier Oscars heute Nacht. "
           "Manche von uns haben das verfolgt. Es handelt sich um den größten Erfolg, den ein deutscher Film jemals bei "
           "den Oscar-Auszeichnungen einfahren konnte. Davon – und davon sind wir überzeugt - werden der deutsche Film "
           "und der Filmstandort Deutschland insgesamt profitieren."],
    quotes=[("„Im Westen nichts Neues“", None),
            ("„heute journal“", None)],
    aliases={})
