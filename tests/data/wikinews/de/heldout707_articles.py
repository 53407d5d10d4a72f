# Seven-hundred-and-seventh held-out German real-news set (tests/data/heldout707-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4370-4373). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-seventh held-out set": nine releases of Austrian charities, associations,
# an NGO umbrella, a scouts' association and two Fachverbände of the Wirtschaftskammer on the APA-OTS service, shown on ots.at
# (licence APA_OTS_SENDERS): Hilfswerk Austria International (Heidi Burkhart on the disasters on Sumatra, the Philippines and
# Samoa, October 2009), the Dachverband Hospiz Österreich twice (Waltraud Klasnic on the Constitutional Court's ruling on
# assisted suicide, December 2020; Klasnic handing the chair to Barbara Schwarz, June 2022), the Österreichische
# Arbeitsgemeinschaft für Rehabilitation (Klaus Voget on the census of people with impairments, May 1997), the Österreichischer
# Blinden- und Sehbehindertenverband (Gerhard Höllerer opening the "Haus des Sehens", June 2011), the OÖ Pfadfinder*innen
# (Alexander Van der Bellen visiting their camp, August 2023), the Fachverband der Seilbahnen twice (Franz Hörl on the winter
# season, April 2018, and on the Christmas holidays, December 2020) and the FEEI - Fachverband der Elektro- und
# Elektronikindustrie (Brigitte Ederer on the recovery, July 2011). Stored copies are the `search` tool's `pages` excerpts; four
# bodies are complete in them, five are cut off inside a later paragraph, which is dropped with its quotation and any subheading
# left dangling before it (rules 15, 290); the ots.at furniture (crawl-date prefixes, the OTS marker, contact blocks, footers) is
# dropped and a single stored line break inside a quotation is joined (rules 63, 460, 3050, 4370); each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


BURKHART = "Heidi Burkhart"
KLASNIC = "Waltraud Klasnic"
VOGET = "Klaus Voget"
HOELLERER = "Gerhard Höllerer"
VDB = "Alexander Van der Bellen"
HOERL = "Franz Hörl"
EDERER = "Brigitte Ederer"

# --- APA-OTS, Hilfswerk Austria International, 2 October 2009: Heidi Burkhart on Sumatra, the Philippines and Samoa ---

HW_T = ("Katastrophen: Hilfswerk Austria International plant Wiederaufbau in zerstörten Gebieten und bittet um Spenden")
HW_SUB = ("Geschäftsführerin Burkhart: Erdbeben auf Sumatra, Tropensturm auf Philippinen und Tsunami auf Samoa erfordern "
          "sofortiges Handeln")
HW_P1 = ("Wien (OTS) - \"Im Katastrophenfall hilft nur rasches Handeln\", so Heidi Burkhart, Geschäftsführerin von Hilfswerk "
         "Austria International (HWA) zu den jüngsten Vorkommnissen auf Sumatra, den Philippinen und Samoa. \"Sobald die "
         "Bergungsarbeiten abgeschlossen sind, werden wir tätig\", fährt Burkhart fort. \"Was unsere Hilfskräfte vor Ort und die "
         "zahlreichen Opfer jetzt dringend benötigen, sind Nahrungsmittel, Medikamente, Trinkwasser und Hygieneartikel. Aber um "
         "diese bereitstellen zu können, sind wir auf Spenden aus der Bevölkerung angewiesen\", appelliert Burkhart an die "
         "Österreicherinnen und Österreicher. \"In solchen Extremsituationen - bei Erdbeben, bei Stürmen, bei einem Tsunami - "
         "zählt jeder Augenblick. Die Betroffenen können nicht warten. Warten bedeutet den sicheren Tod.\"")
HW_P2 = ("Experten von Hilfswerk Austria International befinden sich derzeit auf Lokalaugenschein in der vollkommen verwüsteten "
         "Hafenstadt Padang (Sumatra) und prüfen die Möglichkeiten und Ansätze, um sofort nach Abschluss der Bergungs- und "
         "Räumungsarbeiten tätig zu werden. Burkhart dazu: \"Hunderte Gebäude sind eingestürzt. Derzeit herrscht Chaos. Es ist "
         "sehr schwer, etwas zu den Opferzahlen zu sagen, da noch viele Menschen unter den Trümmern von Häusern, Geschäften und "
         "Hotels begraben sind.\" Starker Regen und Stromausfälle erschwerten die Rettungsarbeiten. Nach Erdrutschen seien "
         "außerdem die Zufahrtsstraßen zur Stadt blockiert.")
HW_P3 = ("\"Die Lage ist wirklich ausgesprochen schwierig\", so Burkhart abschließend. \"Aber wir werden unser Bestes tun, um "
         "einen wirkungsvollen Beitrag zur Linderung von Not und zum Wiederaufbau zu leisten.\"")

add(id="ho707-ots-hwa-2009-10-02-burkhart-sumatra-spenden",
    title=HW_T,
    url="https://www.ots.at/presseaussendung/OTS_20091002_OTS0288/katastrophen-hilfswerk-austria-international-plant-"
        "wiederaufbau-in-zerstoerten-gebieten-und-bittet-um-spenden",
    retrieved="same address (release on the APA-OTS service, 2 October 2009 by its OTS number and the disasters it names, the "
              "Sumatra earthquake of 30 September and the Samoa tsunami of 29 September 2009; headline and subtitle kept as "
              "lines of their own as stored; the stored excerpt ends inside the fourth body paragraph ('Heidi Burkhart steht für "
              "Interviews zu den Katastrophen und dem Hilfseinsatz auf Sumatra, den Philippinen und Samoa z'), which is dropped "
              "(rule 15), before any contact block; the sender, Hilfswerk Austria International, the aid organisation of the "
              "Österreichisches Hilfswerk, is inferred from the release's own voice, which quotes only its own managing director "
              "and appeals for donations to it (rules 2581, 4260, 4370); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[HW_SUB, HW_P1, HW_P2, HW_P3],
    # the subtitle label `Geschäftsführerin Burkhart:` before unmarked words carries no span (rule 5); the quotations before
    # `so Heidi Burkhart, Geschäftsführerin …`, `fährt Burkhart fort` and `appelliert Burkhart an die Österreicherinnen und
    # Österreicher` are hers (rule 30), the Österreicher in the object being those addressed; the cue-less quotation that
    # closes the first paragraph continues her (NOTES.md continuation); the colon quotation after the verbless `Burkhart dazu:`
    # is hers (rule 9), the Konjunktiv sentences after it are unmarked (rule 5); the quotation before `so Burkhart abschließend`
    # and its cue-less continuation are hers (rule 30); the Experten, the Opfer and the Bevölkerung say nothing; the subtitle's
    # `Geschäftsführerin Burkhart`, which names only her, is an alias (rule 44), `Geschäftsführerin von Hilfswerk Austria
    # International` names a body and is not (rule 33)
    quotes=[("\"Im Katastrophenfall hilft nur rasches Handeln\"", BURKHART),
            ("\"Sobald die Bergungsarbeiten abgeschlossen sind, werden wir tätig\"", BURKHART),
            (cut(HW_P1, "\"Was unsere", "angewiesen\""), BURKHART),
            (cut(HW_P1, "\"In solchen", "sicheren Tod.\""), BURKHART),
            (cut(HW_P2, "\"Hunderte", "begraben sind.\""), BURKHART),
            ("\"Die Lage ist wirklich ausgesprochen schwierig\"", BURKHART),
            (cut(HW_P3, "\"Aber wir", "zu leisten.\""), BURKHART)],
    aliases={BURKHART: ["Heidi Burkhart", "Burkhart", "Geschäftsführerin Burkhart"]})

# --- APA-OTS, Dachverband Hospiz Österreich, 11 December 2020: Waltraud Klasnic on the ruling on assisted suicide ---

KV_T = "Klasnic: Hospiz- und Palliativversorgung stärken!"
KV_P1 = ("Wien (OTS) - In einer ersten Reaktion auf die mündliche Verkündung des Verfassungsgerichtshofs zu assistiertem Suizid "
         "sagt die Vorsitzende des Dachverbandes Hospiz Österreich, Waltraud Klasnic:")
KV_P2 = ("Der Verfassungsgerichtshof hat entschieden. Umso wichtiger ist es, die Hospiz- und Palliativversorgung in Österreich "
         "auszubauen. Flächendeckend, wohnortnahe und leistbar sind die Grundvoraussetzungen, die Regelfinanzierung für die "
         "Palliativ- und Hospizbetreuung für Kinder und Erwachsene ist heute ein Tagesordnungspunkt im Nationalrat. Es ist dafür "
         "zu sorgen, dass die Bewusstseinsbildung für die Autonomie am Lebensende durch VSD Vorsorgedialog®, Vorsorgevollmacht, "
         "Patientenverfügung, Palliative Behandlung und Ablehnung der Verabreichung von Medikamenten und von Behandlungsformen, "
         "also von allen bereits bestehenden Möglichkeiten, gestärkt wird.")
KV_P3 = ("Waltraud Klasnic: „Am Beginn unseres Lebens haben andere Menschen uns betreut und begleitet. Wir setzen uns in der "
         "Hospiz- und Palliativbewegung mit aller Kraft, aller Liebe und allem Fachwissen dafür ein, sterbende Menschen und die "
         "ihnen Nahestehenden auch am Lebensende bestmöglich zu begleiten, bis zuletzt.“")

add(id="ho707-ots-hospiz-2020-12-11-klasnic-verfassungsgerichtshof",
    title=KV_T,
    url="https://www.ots.at/presseaussendung/OTS_20201211_OTS0286/klasnic-hospiz-und-palliativversorgung-staerken",
    retrieved="same address (release on the APA-OTS service, 11 December 2020 by its OTS number and the Constitutional Court's "
              "oral pronouncement on assisted suicide of that day, to which the lead reacts; the crawl-date prefix ' date "
              "2020-12' dropped (rule 63); headline kept as the title; the stored excerpt ends after the closing mark of the third "
              "body paragraph, before any contact block; the sender, the Dachverband Hospiz Österreich, is inferred from the "
              "release's own voice, which reports the reaction of its own chair and speaks of 'der Hospiz- und "
              "Palliativbewegung' in her first person plural (rules 2581, 4370); the published 'VSD Vorsorgedialog®' and "
              "'wohnortnahe' kept (rule 20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_SENDERS,
    paras=[KV_P1, KV_P2, KV_P3],
    # the headline label `Klasnic:` before unmarked words carries no span (rule 5); the lead's colon cue `sagt die Vorsitzende
    # des Dachverbandes Hospiz Österreich, Waltraud Klasnic:` announces the statement that the release prints as the next
    # paragraph without marks, which carries no span (rule 4371); the colon quotation after the label `Waltraud Klasnic:` is
    # hers (rules 9, 54); the Verfassungsgerichtshof and the Nationalrat say nothing; `Vorsitzende des Dachverbandes Hospiz
    # Österreich` names a body and is no alias (rule 33)
    quotes=[(cut(KV_P3, "„Am Beginn", "bis zuletzt.“"), KLASNIC)],
    aliases={KLASNIC: ["Waltraud Klasnic", "Klasnic"]})

# --- APA-OTS, Dachverband Hospiz Österreich, 23 June 2022: Waltraud Klasnic hands the chair to Barbara Schwarz ---

KS_T = "Langjährige Präsidentin Waltraud Klasnic übergibt Vorsitz an Barbara Schwarz"
KS_P1 = ("Wien (OTS) - Nach 14 Jahren an der Spitze des Dachverbands Hospiz Österreich legte Waltraud Klasnic bei der am "
         "Mittwoch abgehaltenen Generalversammlung ihre ehrenamtliche Präsidentschaft in jüngere Hände.")
KS_P2 = ("Die frühere niederösterreichische Landesrätin Barbara Schwarz wurde einstimmig zu ihrer Nachfolgerin gewählt. Waltraud "
         "Klasnic, die zur Ehrenpräsidentin ernannt wurde, war von Beginn an Teil der Hospizbewegung, 2008 übernahm sie von der "
         "Gründerin Sr. Hildegard Teuschl den Vorsitz und setzte sich mit ganzer Kraft und großem Engagement für Hospiz und "
         "Palliative Care in Österreich ein. Mit der Beschlussfassung des Hospiz- und Palliativfondsgesetzes durch das Parlament "
         "Anfang dieses Jahres wurde ihr Einsatz mit einem wegweisenden Erfolg gekrönt. Jahrzehntelang hatten sie und ihre "
         "Wegbegleiter*innen auf den österreichweit flächendeckenden Vollausbau der Hospiz- und Palliativversorgung und die "
         "bundesweit einheitlich geregelte Finanzierung durch Bund, Länder und Sozialversicherung hingearbeitet. Waltraud Klasnic "
         "nennt es „ein Jahrhundertgesetz im Sinn der Menschlichkeit“ und „ein Geschenk“. Ihr unermüdlicher Einsatz für ein "
         "Leben in Würde spannt damit den Bogen von der Geburt (durch Klasnics Mithilfe wurde 2001 die Anonyme Geburt gesetzlich "
         "möglich) bis zum Tod. „ Hospiz und Palliative Care sind unverzichtbar. “")
KS_P3 = ("Klasnic übergibt an eine Persönlichkeit mit ebenfalls langjähriger politischer Erfahrung. Barbara Schwarz war zunächst "
         "Bürgermeisterin, dann Landesrätin in Niederösterreich, zu ihren Ressorts gehörten Bildung, Soziales, Familie und "
         "Europaangelegenheiten. Sie freut sich auf die neue Aufgabe und hat großen Respekt vor den Leistungen ihrer "
         "Vorgängerin:")

add(id="ho707-ots-hospiz-2022-06-23-klasnic-uebergibt-an-schwarz",
    title=KS_T,
    url="https://www.ots.at/presseaussendung/OTS_20220623_OTS0083/langjaehrige-praesidentin-waltraud-klasnic-uebergibt-"
        "vorsitz-an-barbara-schwarz",
    retrieved="same address (release on the APA-OTS service, 23 June 2022 by its OTS number, the day after the general "
              "assembly held 'am Mittwoch', 22 June 2022; the crawl-date prefix ' date 2022-06' dropped (rule 63); headline kept "
              "as the title; the stored excerpt ends inside the quotation that the third body paragraph's colon announces, set as "
              "a paragraph of its own ('„ Waltraud Klasnic hat durch ihre Art, ihren großen Schwung, ihre Beharrlichkeit und "
              "ihr'), which is dropped with its open mark (rule 15), while the complete third paragraph, which ends in that "
              "colon, is kept (rule 2241); no contact block is stored; the sender, the Dachverband Hospiz Österreich, is "
              "inferred from the release's own voice, which reports the change at its own head and the honorary presidency it "
              "conferred (rules 2581, 4370); the published spaces inside the marks of '„ Hospiz und Palliative Care sind "
              "unverzichtbar. “' kept (rules 20, 421); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[KS_P1, KS_P2, KS_P3],
    # the partial quotations after `Waltraud Klasnic nennt es` are hers (rules 3, 25); the cue-less quotation that closes the
    # same paragraph, after the release's own sentence on her work, is hers (rule 4373); Barbara Schwarz, whose quotation after
    # the colon of the third paragraph is cut off, has no quotation in the document (rule 2241) and is a distractor, as are
    # Hildegard Teuschl, the Parlament, Bund, Länder and Sozialversicherung; the genitive `Klasnics` is no alias form
    # (rule 7); the headline's `Langjährige Präsidentin Waltraud Klasnic` is not listed, the role noun never standing alone
    # for her (rule 44), nor is `Ehrenpräsidentin`, which the text predicates of her without naming her
    quotes=[("„ein Jahrhundertgesetz im Sinn der Menschlichkeit“", KLASNIC),
            ("„ein Geschenk“", KLASNIC),
            ("„ Hospiz und Palliative Care sind unverzichtbar. “", KLASNIC)],
    aliases={KLASNIC: ["Waltraud Klasnic", "Klasnic"]})

# --- APA-OTS, Österreichische Arbeitsgemeinschaft für Rehabilitation, 14 May 1997: Klaus Voget on the census figures ---

OA_T = "Jede/r Dritte fühlt sich körperlich beeinträchtigt"
OA_SUB = "Jetzt amtlich: immer mehr Behinderungen"
OA_P1 = ("Wien (OTS)- Wie aus den heute veröffentlichten Zahlen des Statistischen Zentralamtes hervorgeht, steigt die Zahl "
         "derjenigen Personen an, die sich persönlich körperlich beeinträchtigt fühlen. Für die Österreichische "
         "Arbeitsgemeinschaft für Rehabilitation, Dachorganisation der Behindertenverbände, ist das ein klarer Auftrag an die "
         "Politik, die Interessen behinderter Menschen endlich ernst zu nehmen.")
OA_P2 = ("Das Statistische Zentralamt kommt beim derzeitigen Auswertungsstand bereits auf einen Anteil körperlich "
         "beeinträchtiger Personen von etwa 30 Prozent. Darin sind aber jene Personen noch nicht berücksichtigt, die in Heimen und "
         "Pflegeanstalten untergebracht sind. Der tatsächliche Prozentsatz muß folglich um einiges höher sein.")
OA_P3 = ("\"Die Zahl der behinderten und beeinträchtigten Personen ist mittlerweile so groß, daß sie von der Politik nicht mehr "
         "negiert werden kann\", so ÖAR-Präsident Dr. Klaus Voget. \"Bei weiteren Sparplänen sollten die Verantwortlichen sehr "
         "gut überlegen, ob sie tatsächlich ein Drittel ihrer Wähler erneut vor den Kopf stoßen wollen.\"")

add(id="ho707-ots-oear-1997-05-14-voget-jeder-dritte-beeintraechtigt",
    title=OA_T,
    url="https://www.ots.at/presseaussendung/OTS_19970514_OTS0178/jeder-dritte-fuehlt-sich-koerperlich-beeintraechtigt",
    retrieved="same address (release of the Österreichische Arbeitsgemeinschaft für Rehabilitation on the APA-OTS service, "
              "14 May 1997 by its OTS number and the lead's 'heute veröffentlichten Zahlen des Statistischen Zentralamtes'; "
              "sender told by the contact block 'ÖAR / Birgit Primig-Eisner / Tel. 513 15 33-116' and the footer 'ORIGINALTEXT-"
              "SERVICE UNTER VERANTWORTUNG DES AUSSENDERS | OAR/OTS', both dropped (rule 4370); headline and subtitle kept as "
              "lines of their own as stored; the OTS marker '****' run onto the end of the lead dropped (rule 460); the "
              "published 'Wien (OTS)-' without a space, 'beeinträchtiger', 'muß' and 'daß' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[OA_SUB, OA_P1, OA_P2, OA_P3],
    # the subtitle `Jetzt amtlich: immer mehr Behinderungen` carries no marks and no span (rule 5); the Arbeitsgemeinschaft's
    # view in the lead (`ist das ein klarer Auftrag an die Politik …`) is unmarked (rule 5); the quotation before `so
    # ÖAR-Präsident Dr. Klaus Voget` is his (rule 30) and so is its cue-less continuation (NOTES.md continuation); the
    # Statistisches Zentralamt, the Politik and the Verantwortlichen say nothing; his name with his academic title is an alias
    # (rule 181), the compound `ÖAR-Präsident` names a body and is not (rule 33)
    quotes=[(cut(OA_P3, "\"Die Zahl", "negiert werden kann\""), VOGET),
            (cut(OA_P3, "\"Bei weiteren", "stoßen wollen.\""), VOGET)],
    aliases={VOGET: ["Klaus Voget", "Dr. Klaus Voget"]})

# --- APA-OTS, Österreichischer Blinden- und Sehbehindertenverband, 14 June 2011: Gerhard Höllerer opens the Haus des Sehens ---

BS_T = "Lichtblick für 318.000 blinde und sehbehinderte Menschen"
BS_SUB = "\"Haus des Sehens\" zum 65. Geburtstag der ÖBSV-Dachorganisation feierlich eröffnet"
BS_P1 = ("Wien (OTS) - Eine große Schar an Prominenten gab sich am Pfingstwochenende bei der feierlichen Eröffnung des neuen "
         "\"Haus des Sehens\" am Hietzinger Kai 85 ein Stelldichein. Gleichzeitig feierte die Dachorganisation des "
         "Österreichischen Blinden- und Sehbehindertenverbandes (ÖBSV) ihr 65-jähriges Bestandsjubiläum.")
BS_P2 = ("Auf vier Etagen (eine davon, der erste Stock, ist an eine Fremdfirma vermietet) ist der gesamte Dachverband samt "
         "Einrichtungen und Projekten untergebracht: Im Dachgeschoß das Bundessekretariat samt Lotteriebüro, das Präsidentenbüro "
         "und die ReferentInnen; Im dritten Stock die Schulungseinrichtung für blinde und sehbehinderte Menschen (SEBUS); Im "
         "Erdgeschoß Verleih sowie im zweiten Stock Büros und Aufnahmestudios der Hörbücherei. Nicht nur für die Besucher, "
         "sondern auch für die sechs blinden bzw. sehbehinderten Mitarbeiterinnen und Mitarbeiter wurden im neuen Gebäude "
         "umfangreiche barrierefreie Maßnahmen installiert.")
BS_P3 = ("\"Hausherr\" ÖBSV-Präsident Mag. Gerhard Höllerer bei der Begrüßung der Festgäste: \"Das neue \"Haus des Sehens\" soll "
         "dazu dienen, die Arbeit für 318.000 blinde und sehbehinderte Menschen in Österreich zu verbessern. Die "
         "Schulungseinrichtung SEBUS kann die Ausbildung von Betroffenen in modernen Räumlichkeiten noch effizienter durchführen, "
         "die Hörbücherei hat ausreichend Platz, um den steigenden Anforderungen im Bereich der Hörfilme und Hörspiele nachkommen "
         "zu können.\"")

add(id="ho707-ots-oebsv-2011-06-14-hoellerer-haus-des-sehens",
    title=BS_T,
    url="https://www.ots.at/presseaussendung/OTS_20110614_OTS0012/lichtblick-fuer-318000-blinde-und-sehbehinderte-menschen-"
        "bild",
    retrieved="same address (release on the APA-OTS service, 14 June 2011 by its OTS number and the opening 'am "
              "Pfingstwochenende', 11 to 13 June 2011; headline and subtitle kept as lines of their own as stored; the stored "
              "excerpt ends inside the fourth body paragraph, inside the second quotation of the Behindertenanwalt Erwin "
              "Buchinger ('… \"Eine aktive, in allen Bundesländern verankerte Organisation, wie der ÖBSV, sorgt hier mit dem "
              "Bundesv'), which is dropped with both his quotations (rule 15), before any contact block; the sender, the "
              "Dachorganisation des Österreichischen Blinden- und Sehbehindertenverbandes, is inferred from the release's own "
              "voice, which describes its own new building floor by floor and quotes its own president first (rules 2581, "
              "4370); the published 'Im dritten Stock' and 'Im Erdgeschoß' with capitals after semicolons kept (rule 20); used "
              "as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[BS_SUB, BS_P1, BS_P2, BS_P3],
    # the building's name `"Haus des Sehens"` in the subtitle and after `des neuen` in the lead is null (rules 2, 251); the
    # label `"Hausherr"` before the president's name is the release's own and null, and as the verbatim form used for him it is
    # also an alias (rule 62); the colon quotation after `ÖBSV-Präsident Mag. Gerhard Höllerer bei der Begrüßung der
    # Festgäste:` is his, one span from its first to its last mark, the building's name in the inner ASCII marks being part of
    # it (rules 9, 835); the Prominente, the Festgäste and the Mitarbeiterinnen und Mitarbeiter say nothing; his name with his
    # academic title is an alias (rule 181), the compound `ÖBSV-Präsident` names a body and is not (rule 33)
    quotes=[("\"Haus des Sehens\"", None, 0),
            ("\"Haus des Sehens\"", None, 1),
            ("\"Hausherr\"", None),
            (cut(BS_P3, "\"Das neue", "nachkommen zu können.\""), HOELLERER)],
    aliases={HOELLERER: ["Gerhard Höllerer", "Mag. Gerhard Höllerer", "Hausherr"]})

# --- APA-OTS, OÖ Pfadfinder*innen, 13 August 2023: Alexander Van der Bellen at the Landeslager in Berg im Attergau ---

PF_T = "Bundespräsident Alexander Van der Bellen besucht größtes Pfadfinder*innenlager am Tag der Offenen Tür"
PF_SUB = ("4.000 Pfadfinder*innen aus ganz Europa am größten Jugendevent des Sommers - zwischen Abenteuer, Gemeinschaft und "
          "Besuch von Bundespräsident Alexander Van der Bellen und Doris Schmidauer")
PF_P1 = ("Berg im Attergau (OTS) - Von 7. bis 16. August findet in Berg im Attergau das 15. internationale Landeslager der OÖ "
         "Pfadfinder*innen statt. Für die Teilnehmer*innen von 7 bis 20 Jahren und deren ehrenamtliche Jugendleiter*innen dreht "
         "sich das TOGETHER’23 um gelebte Demokratie, Toleranz, Nachhaltigkeit und Jugend-Partizipation. Werte für die auch "
         "Alexander Van der Bellen steht. Daher bedanken sich die Pfadfinder*innen besonders für den wertschätzenden und "
         "wohlwollenden Besuch.")
PF_P2 = ("Das Bestreben, Menschen zusammen zu bringen und gemeinsam Lösungen zu finden zeichne die Pfadfinder*innen aus, betonte "
         "Bundespräsident Alexander Van der Bellen im Anschluss an die Gespräche mit den Jugendlichen: „Das Besondere an diesem "
         "Pfadfinderlager ist, dass die jungen Menschen Zusammenhalt lernen. Es ist hier wie in einer kleinen Stadt. Eine Stadt, "
         "die mit viel Kreativität und Geschicklichkeit von den Jugendlichen selbst gebaut und gestaltet wurde. Wir alle wissen: "
         "So etwas geht nur gemeinsam. Was den jungen Pfadfinderinnen und Pfadfindern hier vermittelt wird, ist ganz wichtig: Es "
         "geht viel um gelebte Demokratie, internationale Begegnungen, um ehrenamtliches Engagement, Frieden und Naturschutz. Ich "
         "bin wirklich beeindruckt davon, was die Pfadfinder hier auf die Beine gestellt haben.“")
PF_P3 = ("Außerdem danken die Pfadfinder*innen Jugendstaatsekretärin Claudia Plakolm für ihren herzlichen und interessierten "
         "Besuch am Freitag am Scout Camp Austria. Auch sie ist in enger Zusammenarbeit mit der Jugendorganisation und unterstützt "
         "zum internationalen World Jamboree.")

add(id="ho707-ots-pfadfinder-2023-08-13-van-der-bellen-landeslager",
    title=PF_T,
    url="https://www.ots.at/presseaussendung/OTS_20230813_OTS0013/bundespraesident-alexander-van-der-bellen-besucht-"
        "groesstes-pfadfinderinnenlager-am-tag-der-offenen-tuer",
    retrieved="same address (release on the APA-OTS service, 13 August 2023 by its OTS number and the camp of 7 to 16 August "
              "it reports; headline and subtitle kept as lines of their own as stored; the stored excerpt ends inside the "
              "quotation that opens the fourth body paragraph ('„Der Austausch zwischen hohen politischen Vertreter*innen und "
              "uns Pfadfinder*innen als ehrenamtliche und damit stark in der a'), which is dropped with it (rule 15), before any "
              "contact block; the sender, the OÖ Pfadfinder*innen, is inferred from the release's own voice, which thanks the "
              "visitors in the name of 'die Pfadfinder*innen' and speaks of 'uns Pfadfinder*innen' in the cut paragraph (rules "
              "2581, 4370); the published 'TOGETHER’23', 'Werte für die auch', 'zu finden zeichne' without a comma, "
              "'Jugendstaatsekretärin' and 'unterstützt zum internationalen World Jamboree' kept (rule 20); used as stored up to "
              "the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[PF_SUB, PF_P1, PF_P2, PF_P3],
    # the Konjunktiv sentence before `betonte Bundespräsident Alexander Van der Bellen …:` is unmarked (rule 5); the colon
    # quotation after the same cue is his (rules 9, 30), `die Jugendlichen` in the cue being those he spoke with; Doris
    # Schmidauer, Claudia Plakolm and the Pfadfinder*innen say nothing in the kept text; the form with `Bundespräsident`, which
    # names only him, is an alias (rule 44)
    quotes=[(cut(PF_P2, "„Das Besondere", "gestellt haben.“"), VDB)],
    aliases={VDB: ["Alexander Van der Bellen", "Bundespräsident Alexander Van der Bellen"]})

# --- APA-OTS, Fachverband der Seilbahnen, 24 April 2018: Franz Hörl on the winter season 2017/18 ---

HT_T = "Hörl: „Traumwinter für Seilbahnen auch in Zahlen bestätigt – Sommerangebot wächst weiter“"
HT_SUB = ("Fortsetzung nachhaltiger Investitionen trägt zu Rekordzahlen bei. „Beste österreichische Sommer-Bergbahnen\" konnten "
          "fünf neue Mitglieder gewinnen")
HT_P1 = ("Wien (OTS) - Äußerst zufrieden zeigt sich Franz Hörl, Obmann des Fachverbandes der Seilbahnen in der Wirtschaftskammer "
         "Österreich, mit der Wintersaison 2017/18. „Wir gehen davon aus, dass die heurige Saison neue Rekorde in Sachen "
         "Ersteintritte und Umsatz gebracht hat. Damit beweist die Branche einmal mehr ihre Attraktivität für Kundinnen und "
         "Kunden und sorgt für dringend benötigte Wertschöpfung in den ländlichen und alpinen Regionen des Landes“, so Hörl im "
         "Rahmen der österreichischen Seilbahntagung in Zell am See. Das Zusammenspiel aus optimalen äußeren Bedingungen und "
         "Investitionen der Unternehmen in Qualität, Komfort und Angebotsvielfalt war in diesem Winter perfekt. Doch auch schon "
         "die vergangenen Jahre hätten gezeigt: „Österreich ist angesagter denn je!“")

add(id="ho707-ots-seilbahnen-2018-04-24-hoerl-traumwinter",
    title=HT_T,
    url="https://www.ots.at/presseaussendung/OTS_20180424_OTS0166/hoerl-traumwinter-fuer-seilbahnen-auch-in-zahlen-"
        "bestaetigt-sommerangebot-waechst-weiter",
    retrieved="same address (release on the APA-OTS service, 24 April 2018 by its OTS number and the season 2017/18 it sums "
              "up; the crawl-date prefix ' date 2018-04' dropped (rule 63); headline and subtitle kept as lines of their own as "
              "stored, with the subtitle's published mixed marks '„…\"' (rules 21, 292); the stored excerpt ends inside the "
              "second body paragraph ('… Und auch in Oberösterreich und Salzburg gibt es Zuwächse. In Salzburg rechnet man "
              "derzeit'), which is dropped together with its subheading 'Wachstum quer durch alle Bundesländer', left dangling "
              "before the cut (rules 15, 290), before any contact block; the sender, the Fachverband der Seilbahnen in the "
              "Wirtschaftskammer Österreich, is inferred from the headline label 'Hörl:' and the release's own voice, which "
              "reports its chairman at the Fachverband's own Seilbahntagung (rules 2581, 4370); used as stored up to the cut-off "
              "paragraph)",
    license=APA_OTS_SENDERS,
    paras=[HT_SUB, HT_P1],
    # the headline quotation after the label `Hörl:` is his (rule 54), the body reporting the same season in his own quotation;
    # the marked `„Beste österreichische Sommer-Bergbahnen"` in the subtitle is the name of the group of cable-car companies
    # that `konnten fünf neue Mitglieder gewinnen`, null (rules 2, 251), closed by the published straight mark (rule 292); the
    # quotation before `so Hörl im Rahmen der österreichischen Seilbahntagung` is his (rule 30); the colon quotation after the
    # Konjunktiv sentence `Doch auch schon die vergangenen Jahre hätten gezeigt:` is his as well (rule 4372); the Branche, the
    # Unternehmen and the Kundinnen und Kunden say nothing; `Obmann des Fachverbandes der Seilbahnen …` names a body and is no
    # alias (rule 33)
    quotes=[("„Traumwinter für Seilbahnen auch in Zahlen bestätigt – Sommerangebot wächst weiter“", HOERL),
            ("„Beste österreichische Sommer-Bergbahnen\"", None),
            (cut(HT_P1, "„Wir gehen", "des Landes“"), HOERL),
            ("„Österreich ist angesagter denn je!“", HOERL)],
    aliases={HOERL: ["Franz Hörl", "Hörl"]})

# --- APA-OTS, Fachverband der Seilbahnen, 29 December 2020: Franz Hörl after the Christmas holidays ---

HF_T = "Hörl zieht Feiertagsbilanz: „Sicherheitskonzepte der Seilbahnen haben sich bewährt!\""
HF_SUB = ("Management des Seilbahnbetriebs hat gut funktioniert – kein Verständnis für Aufbauschen einzelner Bilder, die wenig "
          "mit realer Lage zu tun haben")
HF_P1 = ("Wien (OTS) - Zufrieden mit dem Start des Seilbahnbetriebs zeigt sich der Obmann des Fachverbands der Österreichischen "
         "Seilbahnen, Franz Hörl, nach den Weihnachtsfeiertagen. „Die Sicherheitskonzepte, die bereits früher von Bundesminister "
         "Anschober ausdrücklich gelobt wurden, haben nach dem Sommer auch jetzt wieder funktioniert“, so Hörl, der sich bei den "
         "Betreibern für deren Einsatz und professionelles Management bedankt.")
HF_P2 = ("Kein Verständnis zeigt er jedoch für das „künstliche Aufbauschen einzelner Bilder“, die in keiner Weise als Abbild des "
         "tatsächlichen Geschehens in Österreich herangezogen werden können. „Es war zu befürchten, dass manche Kritiker genau "
         "diese Bilder ausschlachten werden, auch wenn sie nichts mit der Realität in vielen Gebieten des Landes zu tun haben“, so "
         "Hörl, der sich dabei auch Kritik an stadtnahen Skigebieten, wie etwa Hinterstoder, verbietet. „Wenn eine Familie am "
         "Lift zusammensteht, dann ist das absolut ok, wird aber von manchen als Missachtung der Abstandsregelung dargestellt“, "
         "kritisiert Hörl.")

add(id="ho707-ots-seilbahnen-2020-12-29-hoerl-feiertagsbilanz",
    title=HF_T,
    url="https://www.ots.at/presseaussendung/OTS_20201229_OTS0075/hoerl-zieht-feiertagsbilanz-sicherheitskonzepte-der-"
        "seilbahnen-haben-sich-bewaehrt",
    retrieved="same address (release on the APA-OTS service, 29 December 2020 by its OTS number and the lead's 'nach den "
              "Weihnachtsfeiertagen'; headline, with its published mixed marks '„…!\"' (rules 21, 292), and subtitle kept as "
              "lines of their own as stored; the stored excerpt ends inside the third body paragraph, inside its second "
              "quotation ('… Das war leider absehbar und ist auch mancherorts, wenn auch sehr selten, genauso eingetrof'), which "
              "is dropped with both its quotations (rule 15), before any contact block; the sender, the Fachverband der "
              "Seilbahnen in the Wirtschaftskammer Österreich, is inferred from the headline and the release's own voice, which "
              "reports only its chairman's thanks to 'den Betreibern' (rules 2581, 4370); used as stored up to the cut-off "
              "paragraph)",
    license=APA_OTS_SENDERS,
    paras=[HF_SUB, HF_P1, HF_P2],
    # the headline quotation after `Hörl zieht Feiertagsbilanz:` is his (rules 26, 54), condensing his body quotation on the
    # Sicherheitskonzepte; the unmarked subtitle carries no span (rule 5), and its `Aufbauschen einzelner Bilder` without marks
    # is no span either; the quotation before `so Hörl, der sich … bedankt` is his (rule 30), Bundesminister Anschober inside
    # it saying nothing; the partial quotation after `Kein Verständnis zeigt er jedoch für das` is his, `er` taking up Hörl
    # (rules 3, 8); the quotations before `so Hörl, der sich dabei auch Kritik … verbietet` and `kritisiert Hörl` are his (rule
    # 30); the Kritiker, the Betreiber and Hinterstoder say nothing; `Obmann des Fachverbands der Österreichischen Seilbahnen`
    # names a body and is no alias (rule 33)
    quotes=[("„Sicherheitskonzepte der Seilbahnen haben sich bewährt!\"", HOERL),
            (cut(HF_P1, "„Die Sicherheitskonzepte", "funktioniert“"), HOERL),
            ("„künstliche Aufbauschen einzelner Bilder“", HOERL),
            (cut(HF_P2, "„Es war zu befürchten", "zu tun haben“"), HOERL),
            (cut(HF_P2, "„Wenn eine Familie", "dargestellt“"), HOERL)],
    aliases={HOERL: ["Franz Hörl", "Hörl"]})

# --- APA-OTS, FEEI - Fachverband der Elektro- und Elektronikindustrie, 5 July 2011: Brigitte Ederer on the recovery ---

EE_T = "Elektro- und Elektronikindustrie: Mit Vollgas aus der Krise"
EE_SUB = "Produktionswert steigt im ersten Quartal 2011 um 17,3%, Unternehmen suchen dringend Fachkräfte"
EE_P1 = join("Wien (OTS) - \"Der Motor der Elektro- und Elektronikindustrie",
             "brummt wieder. Wir gewinnen quasi stündlich an Tempo\", umschreibt Brigitte Ederer, Präsidentin des FEEI - "
             "Fachverband der Elektro- und Elektronikindustrie (EEI) die erfreuliche Konjunkturentwicklung einer der größten "
             "Industriebranchen Österreichs. Mit einem Produktionsplus von 16,3% in den produzierenden Sparten im Jahr 2010 hat "
             "die Branche die Krise besser verdaut als erwartet. Zwar wurde bis Ende 2010 das Niveau von 2008 noch nicht "
             "erreicht, \"spätestens 2011 werden wir uns aber wieder auf dem Level vor dem Konjunktureinbruch einpendeln\", ist "
             "Ederer überzeugt. Die Zeichen dafür stehen gut. Bereits im ersten Quartal 2011 stieg der Produktionswert um 17,3% "
             "gegenüber dem Vorjahreszeitraum. Das Wachstum der großen Sparten lag in diesem Zeitraum zwischen 9% bei "
             "langfristigen Anlagegütern, wie Motoren und Generatoren, und 26% bei elektronischen Bauelementen. Mit der "
             "steigenden Kapazitätsauslastung erhöhte sich auch der Personalbedarf der Unternehmen. 2010 waren um 1.878 mehr "
             "Personen (+3,3%) beschäftigt als im Jahr 2009, im 1. Quartal 2011 stieg die Zahl der Beschäftigten gegenüber dem "
             "1. Quartal 2010 um +2,9%. \"Bedrohlich\" ist für Ederer daher der akute Fachkräftemangel. In sieben in einer "
             "aktuellen Blitzerhebung befragten EEI-Unternehmen werden derzeit 375 Techniker gesucht.")

add(id="ho707-ots-feei-2011-07-05-ederer-vollgas-aus-der-krise",
    title=EE_T,
    url="https://www.ots.at/presseaussendung/OTS_20110705_OTS0080/elektro-und-elektronikindustrie-mit-vollgas-aus-der-krise-"
        "bild",
    retrieved="same address (release on the APA-OTS service, 5 July 2011 by its OTS number and the figures of the first quarter "
              "of 2011 it reports; headline and subtitle kept as lines of their own as stored; the single stored line break "
              "inside the first quotation ('… Elektronikindustrie' / 'brummt wieder.') joined with one space (rules 3050, 4370); "
              "the stored excerpt ends inside the second body paragraph ('… Die Unternehmen haben 2010 in erster Linie vom "
              "Konjunkturaufschwung in Deutschland profitiert. Im ersten Quartal setzte sich'), which is dropped together with "
              "its subheading 'Wachstum kommt aus dem Export', left dangling before the cut (rules 15, 290), before any contact "
              "block; the sender, the FEEI - Fachverband der Elektro- und Elektronikindustrie, is inferred from the release's "
              "own voice, which quotes only its own president and reports a 'Blitzerhebung' among its member companies (rules "
              "2581, 4370); the published 'Präsidentin des FEEI - Fachverband …' without a closing comma kept (rule 20); used as "
              "stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[EE_SUB, EE_P1],
    # the quotation before `umschreibt Brigitte Ederer, Präsidentin des FEEI …` is hers (rule 30); the partial quotation in the
    # sentence closed by `ist Ederer überzeugt`, a cue of view, is hers (rules 3, 30); the single word `"Bedrohlich"` in `ist
    # für Ederer daher der akute Fachkräftemangel` is hers (rule 151); the Branche, the Unternehmen and the EEI-Unternehmen
    # say nothing; `Präsidentin des FEEI …` names a body and is no alias (rule 33)
    quotes=[(cut(EE_P1, "\"Der Motor", "an Tempo\""), EDERER),
            (cut(EE_P1, "\"spätestens", "einpendeln\""), EDERER),
            ("\"Bedrohlich\"", EDERER)],
    aliases={EDERER: ["Brigitte Ederer", "Ederer"]})
