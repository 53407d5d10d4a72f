# Three-hundred-and-fifty-first held-out German real-news set (tests/data/heldout351-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2000-2001). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by newsletter number and by two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-fifty-first held-out set": four issues of the newsletter "EU-Aktuell"
# of the European Commission's Representation in Germany (newsroom archive of ec.europa.eu: September 2016, June 2022,
# September 2023, April 2024) (licence EU). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), the newsletter header, the ISSN line and the 'mehr' /
# 'Mehr info...' links are dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


VDL = "Ursula von der Leyen"
SIMSON = "Kadri Simson"
BULC = "Violeta Bulc"
JUNCKER = "Jean-Claude Juncker"
TIMMERMANS = "Frans Timmermans"
NL = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NL_HEADER = ("the newsletter header lines 'Falls Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version "
             "zu gelangen.' / 'European Commission Logo' / 'EU-AKTUELL' / 'DIE EU IN DEUTSCHLAND' / 'Nachrichten' and the "
             "'mehr' links dropped (rule 14)")

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, April 2024 ---

GAS_P1 = ("Europa und sein Energiesektor haben sich aus dem Griff Russlands befreit: Am Ende der Heizperiode sind die "
          "EU-Gasspeicher noch zu fast 60 Prozent gefüllt, und die Gaspreise sind drastisch gesunken. Sie liegen seit Anfang "
          "des Jahres konstant unter 30 Euro pro Megawattstunde. In einem Gastbeitrag für Table Media betonen "
          "EU-Kommissionspräsidentin Ursula von der Leyen und Fatih Birol, Exekutivdirektor der Internationalen "
          "Energieagentur: „Europa hat sein Energie-Schicksal wieder in eigener Hand.")
GAS_P2 = ("Sie schreiben: „Europa hat echte Fortschritte dabei gemacht, die Widerstandsfähigkeit seines Energiesystems zu "
          "stärken. Warum ist das gelungen? Europa hat schnell und geschlossen gehandelt. Wir haben die Stärken unseres "
          "Binnenmarktes eingesetzt. Wir konnten auf die Hilfe unserer Freunde zählen, die uns mit alternativen Lieferungen "
          "versorgten. Inzwischen ist Norwegen, ein verlässlicher Partner, der Hauptlieferant von Erdgas in der EU.“")
GEB_P1 = ("Die EU-Staaten haben endgültig grünes Licht für die überarbeitete Richtlinie zur Energieeffizienz von Gebäuden "
          "gegeben und die neuen Vorgaben formell beschlossen. Kadri Simson, EU-Kommissarin für Energie, begrüßte das Votum: "
          "„Eine bessere Gesamtenergieeffizienz von Gebäuden ist von entscheidender Bedeutung, um unser Ziel der "
          "Klimaneutralität zu erreichen und die Energieunabhängigkeit Europas zu stärken. Renovierungen sind Investitionen "
          "in eine bessere Zukunft.")

add(id="ho351-eucom-newsletter-52340-energie-schicksal-gebaeude",
    title="Von der Leyen und Birol zu gesunkenen Gaspreisen und vollen Speichern: Europa hat sein Energie-Schicksal wieder "
          "in eigener Hand",
    url=NL + "52340",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of April 2024 (the stored copy "
              "gives no date line; the final adoption of the revised buildings directive by the Council it reports dates "
              "from April 2024): its first two items; " + NL_HEADER + "; the headline of the first item is the first line, "
              "the headline of the second kept as a line of its own; the newsletter's teasers break off the two quotations "
              "'… wieder in eigener Hand.' and '… in eine bessere Zukunft.' without a closing mark, kept as stored (rules 20, "
              "22); the second item's last paragraph 'Die neuen Rechtsvorschriften bilden den Rahmen … von Wohnung', cut off "
              "in the stored copy, and everything after it dropped (rule 15))",
    license=EU,
    paras=[GAS_P1, GAS_P2,
           "Neue Vorgaben zur Energieeffizienz von Gebäuden endgültig beschlossen",
           GEB_P1],
    # P1: colon cue with two joint authors of a guest article, quotation left open to the paragraph end (rules 22, 2000);
    # P2: `Sie schreiben` = both authors (rule 2000); P4: colon cue `begrüßte das Votum`, left open (rule 22)
    quotes=[(cut(GAS_P1, "„Europa hat sein", "eigener Hand."), VDL),
            (cut(GAS_P2, "„Europa hat echte", "in der EU.“"), VDL),
            (cut(GEB_P1, "„Eine bessere", "bessere Zukunft."), SIMSON)],
    aliases={VDL: ["Ursula von der Leyen", "EU-Kommissionspräsidentin", "Von der Leyen", "Fatih Birol", "Birol",
                   "Exekutivdirektor der Internationalen Energieagentur"],
             SIMSON: ["Kadri Simson", "EU-Kommissarin für Energie"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, September 2023 ---

COP_P1 = ("Gut zwei Monate vor dem Weltklimagipfel in Dubai hat die Präsidentin der Europäischen Kommission Ursula von der "
          "Leyen betont: „Die Erwartungen steigen zusammen mit den Temperaturen. Wir müssen also Klartext sprechen.“ Bei dem "
          "von UN-Generalsekretär António Guterres einberufenen Climate Ambition Summit in New York sprach von der Leyen drei "
          "Aspekte an: Ambitionen, Ziele sowie Finanzierung/Investitionen.")
COP_P2 = ("Von der Leyen verwies auf die Verluste und Schäden, die der Klimawandel mit sich bringt, und unter denen die "
          "Menschen leiden. „Wir müssen uns noch in diesem Jahr auf wirksame Lösungen einigen. Die Europäische Union wird bei "
          "diesen Diskussionen ein starker Verbündeter sein. Gleichzeitig sollten wir aber größere Ambitionen bei der "
          "Verringerung der Treibhausgasemissionen an den Tag legen. Daher sollten wir die Ursachen des Klimawandels schneller "
          "beseitigen.“")

add(id="ho351-eucom-newsletter-47766-cop28-erwartungen",
    title="Von der Leyen bei Klimatreffen in New York: Erwartungen an COP28 steigen",
    url=NL + "47766",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of September 2023 (the stored "
              "copy gives no date line; the Climate Ambition Summit it reports was held on 20 September 2023): its first "
              "item; " + NL_HEADER + "; the headline of the first item is the first line; the second item 'Gemeinsamer "
              "Gaseinkauf: Europäische Unternehmen können Bedarf für dritte Runde anmelden', whose paragraph is cut off in "
              "the stored copy inside a quotation of Maroš Šefčovič ('… Wir müssen also wachsam b'), dropped with its "
              "headline (rule 15))",
    license=EU,
    paras=[COP_P1, COP_P2],
    # P1: colon cue `hat … betont:`; P2: the quotation follows the sentence whose subject is von der Leyen, no cue of its
    # own (rule 1925, continuation); António Guterres is named but not quoted
    quotes=[(cut(COP_P1, "„Die Erwartungen", "sprechen.“"), VDL),
            (cut(COP_P2, "„Wir müssen uns", "beseitigen.“"), VDL)],
    aliases={VDL: ["Ursula von der Leyen", "Präsidentin der Europäischen Kommission", "Von der Leyen", "von der Leyen"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, September 2016 ---

INNO_P1 = ("EU-Verkehrskommissarin Violeta Bulc hat heute (Dienstag) die InnoTrans in Berlin besucht. Gemeinsam mit dem "
           "deutschen Verkehrsminister Alexander Dobrindt nahm sie am Vormittag an der Eröffnung der internationalen "
           "Leitmesse für Verkehrstechnik teil, die alle zwei Jahre in der deutschen Hauptstadt stattfindet. In ihrer Rede "
           "rief sie die europäischen Bahnunternehmen auf, kosteneffizientere und attraktivere Verkehrsmöglichkeiten "
           "anzubieten, die gleichzeitig zum Schutz der Umwelt beitragen. Der Bahnsektor sei zentral für das Ziel der "
           "De-Karbonisierung.  In einigen Bereichen wie der Digitalisierung im Bahnwesen gehe es voran, so Bulc. „Aber ich "
           "habe das Gefühl, dass es noch immer eine wichtige Lücke dazwischen gibt, was unsere Bürger – und ihre Kunden – "
           "kaufen möchten, und was heute im Angebot ist“, sagte die Kommissarin.")
CHUR_P1 = ("EU-Kommissionspräsident Jean-Claude Juncker hat gestern (Montag) anlässlich des 70. Jahrestages von Winston "
           "Churchills berühmter Rede an der Universität Zürich gesprochen. Er würdigte die am 19. September 1946 von "
           "Churchill gehaltene Rede als Meilenstein in der Nachkriegsgeschichte Europas und rief auf dazu auf, Europa "
           "voranzubringen. „Immer nach mehr Europa zu schreien halte ich für einen Fehler. Es geht nicht darum mehr Europa "
           "zu haben – es geht darum ein besseres Europa zu haben, dort, wo wir ein besseres Europa brauchen\", sagte der "
           "Kommissionspräsident.")

add(id="ho351-eucom-newsletter-1425-bulc-innotrans-juncker-churchill",
    title="Bulc bei InnoTrans in Berlin: Bahnsektor muss Erwartungen der europäischen Kunden erfüllen",
    url=NL + "1425",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 20 September 2016 (the "
              "stored copy gives no date line; the InnoTrans opening and the Churchill anniversary of 19 September it "
              "reports date it): its first two items; the header lines 'Falls Sie diese E-Mail nicht lesen können, klicken "
              "Sie hier um zur Online-Version zu gelangen.' / 'ISSN : 2443-8235' / 'European Commission EU-AKTUELL' / 'DIE "
              "EU IN DEUTSCHLAND' / 'Nachrichten' and the 'Mehr info...' links dropped (rule 14); the headline of the first "
              "item is the first line, the headline of the second kept as a line of its own; the double space after "
              "'De-Karbonisierung.' and the mixed marks „…\" of the Juncker quotation kept as stored (rules 20, 21); the "
              "third item 'UN-Vollversammlung: EU–Kommission beim Migrationsgipfel', cut off in the stored copy, dropped "
              "with its headline (rule 15))",
    license=EU,
    paras=[INNO_P1,
           "Juncker zu 70 Jahren Churchill-Rede in Zürich",
           CHUR_P1],
    # P1: quotation + `sagte die Kommissarin` (role noun = Bulc, rules 30, 73); P3: mixed marks (rule 21), cue `sagte der
    # Kommissionspräsident`; Alexander Dobrindt and Winston Churchill are named but not quoted
    quotes=[(cut(INNO_P1, "„Aber ich", "im Angebot ist“"), BULC),
            (cut(CHUR_P1, "„Immer nach", "brauchen\""), JUNCKER)],
    aliases={BULC: ["Violeta Bulc", "EU-Verkehrskommissarin", "Bulc", "Kommissarin"],
             JUNCKER: ["Jean-Claude Juncker", "EU-Kommissionspräsident", "Juncker", "Kommissionspräsident"]})

# --- ec.europa.eu/newsroom: newsletter "EU-Aktuell" of the Representation in Germany, June 2022 ---

WDR_P1 = ("Europäische Einigkeit ist laut Frans Timmermans, dem Exekutiv-Vizepräsidenten der Europäischen Kommission, der "
          "beste Weg, sich der russischen Aggression gegen die Ukraine entgegenzustellen. Beim diesjährigen WDR Europaforum "
          "betonte Timmermans. „Putin dachte, er kann uns spalten. Das ist ihm bis jetzt nicht gelungen“. Im Interview mit "
          "dem Leiter des ARD-Europastudios in Brüssel, Markus Preiß, verwies Timmermans auf den „REPowerEU“-Plan der "
          "Europäischen Kommission, mit dem die Folgen der tiefgreifenden EU-Sanktionen gegen Russland abgefedert werden "
          "sollen. Weitere starke Preissteigerungen für Energie könne man vorbeugen – wenn es schnell gelingte mehr Energie "
          "einzusparen, den Ausbau der Erneuerbaren Energien voranzubringen und die Energieversorgung zu diversifizieren. "
          "Zuvor hatte auch der Vertreter der Europäischen Kommission in Deutschland, Jörg Wojahn, betont, dass europäische "
          "Solidarität im Licht der russischen Invasion klar im europäischen Eigeninteresse liege.")
WDR_P2 = ("Mehr Schutz für bedrohte Journalistinnen und Journalisten – das war ein zentrales Thema beim Besuch der "
          "Vizepräsidentin der EU-Kommission, Věra Jourová gestern (1.6.2022) in Leipzig. Die für Werte und Transparenz "
          "zuständige Kommissarin setzt sich für mehr Sicherheit von Medienvertretern ein, besonders vor dem Hintergrund des "
          "russischen Krieges gegen die Ukraine. In politischen Gesprächen ging es zudem um das bevorstehende Europäische "
          "Gesetz zur Medienfreiheit.")

add(id="ho351-eucom-newsletter-39197-timmermans-wdr-europaforum",
    title="WDR-Europaforum: Timmermans betont europäische Einigkeit und Solidarität nach russischer Aggression gegen die "
          "Ukraine",
    url=NL + "39197",
    retrieved="same address (stored newsletter 'EU-Aktuell' of the Representation in Germany of 2 June 2022 (the stored copy "
              "gives no date line; the second item dates Jourová's Leipzig visit 'gestern (1.6.2022)'): its first two "
              "items; " + NL_HEADER + "; the headline of the first item is the first line, the headline of the second kept "
              "as a line of its own; the full stop after 'betonte Timmermans' and the unidiomatic 'gelingte' kept as "
              "stored (rule 20); the third item 'EU-Schulprogramm erhöht Unterstützung für geflüchtete ukrainische Kinder', "
              "cut off in the stored copy ('Schulen, die vertrie'), dropped with its headline (rule 15))",
    license=EU,
    paras=[WDR_P1,
           "Vizepräsidentin Jourová in Leipzig: Pressefreiheit, Medienpluralismus und Kampf gegen Desinformation",
           WDR_P2],
    # P1: `betonte Timmermans.` + quotation (rule 2001); `„REPowerEU“` names the plan (null, rule 24); the Konjunktiv
    # sentences and Wojahn's reported `betont, dass …` are unmarked (rule 5); Markus Preiß is the interviewer, not quoted
    quotes=[(cut(WDR_P1, "„Putin", "gelungen“"), TIMMERMANS),
            ("„REPowerEU“", None)],
    aliases={TIMMERMANS: ["Frans Timmermans", "Exekutiv-Vizepräsidenten der Europäischen Kommission", "Timmermans"]})
