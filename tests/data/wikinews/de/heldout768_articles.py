# Seven-hundred-and-sixty-eighth held-out German real-news set (tests/data/heldout768-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4830-4837). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS or TPT number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout767 and heldout769 to heldout774). The annotation was finished and committed before whosaid was run on any of these
# texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixty-eighth held-out set": eight releases of Austrian associations,
# charities, a sports federation and interest groups distributed by APA-OTS: six shown on ots.at (licence APA_OTS_SENDERS): the
# Umweltdachverband congratulating the new chairman of the Naturfreunde (May 2014); the Naturfreunde Österreich on their 125th
# anniversary and the re-election of their chairman (November 2020); the Katholische Jungschar on the Sternsinger collection
# (January 2018); VIER PFOTEN answering an ÖVP spokeswoman (March 2004) and on its info tour (March 2002); the Österreichisches
# Olympisches Comité on its general assembly (June 2011); one shown on tourismuspresse.at, APA-OTS's tourism service (licence
# APA_OTS_TOURISMUSPRESSE): the Alpenverein on its portal of current mountain conditions (July 2008); and one release of the
# Österreichisches Rotes Kreuz as reposted by the portal top-news.at (new licence APA_OTS_SENDERS_REPOST): the Federal President
# meeting the aid organisations (November 2018). Stored copies are the `search` tool's `pages` excerpts; only complete
# paragraphs are kept (rules 15, 17), the wire, portal and store furniture is dropped (rules 290, 660, 3040, 4540, 4600, 4770,
# 4830), and each retrieval note names what was dropped. The search budget of the session ran out after 22 queries (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS, APA_OTS_TOURISMUSPRESSE, APA_OTS_SENDERS_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HEILINGBRUNNER = "Gerhard Heilingbrunner"
SCHIEDER = "Andreas Schieder"
PFISTER = "Christina Pfister"
WOLF = "Silvia Wolf"
STOSS = "Karl Stoss"
MENNEL = "Peter Mennel"
SCHAUER = "Paul Schauer"
KOLLMANN = "Herbert Kollmann"
LARCHER = "Michael Larcher"
SCHOEPFER = "Gerald Schöpfer"
SCHWERTNER = "Klaus Schwertner"

# --- APA-OTS, Umweltdachverband, 31 May 2014: congratulations to the new chairman of the Naturfreunde ---

UD_T = "Umweltdachverband-Präsident Heilingbrunner gratuliert neuem Bundesvorsitzenden der Naturfreunde!"
UD_SUB = ("- Mag. Andreas Schieder für die nächsten drei Jahre zum Bundesvorsitzenden der Naturfreunde gewählt - UWD freut sich "
          "auf eine gute Zusammenarbeit mit Schieder")
UD_P1 = ("Wien (OTS) - \"Bei ihrer Bundeskonferenz haben die Naturfreunde Österreich mit Andreas Schieder eine sehr gute Wahl für "
         "die Nachfolge des langjährigen, verdienten und von uns sehr geschätzten Vorsitzenden Karl Frais getroffen. Ob alpine "
         "Sicherheit, Wegefreiheit, soziale und umweltverträgliche Energieversorgung, Ökosoziale Steuerreform, Klimawandel und "
         "vieles mehr: Wir sind überzeugt, dass Schieder wichtige Akzente in der Natur- und Umweltschutzarbeit setzen wird\", "
         "erklärt Gerhard Heilingbrunner, ehrenamtlicher Präsident des Umweltdachverbandes in einer ersten Reaktion.")
UD_P2 = ("Die Naturfreunde Österreich sind Mitgliedsorganisation der ersten Stunde der damaligen Österreichischen Gesellschaft "
         "für Natur- und Umweltschutz ÖGNU, einer Gründungsinitiative des damaligen Bundeskanzlers Dr. Bruno Kreisky. Im Jahr "
         "1999 wurde aus der ÖGNU auch mit Unterstützung der Naturfreunde der Umweltdachverband geschaffen. \"Wir freuen uns "
         "darauf, in vielen Bereichen der Umwelt-und Naturschutzpolitik sowie beim Schutz unserer alpinen Gebiete die bewährte "
         "enge Zusammenarbeit mit einer unserer größten Mitgliedsorganisationen auch mit dem neuen Bundesvorsitzenden Schieder "
         "und seinem Team weiterzuführen\", so Heilingbrunner.")

add(id="ho768-ots-umweltdachverband-2014-05-31-heilingbrunner-naturfreunde",
    title=UD_T,
    url="https://www.ots.at/presseaussendung/OTS_20140531_OTS0020/umweltdachverband-praesident-heilingbrunner-gratuliert-"
        "neuem-bundesvorsitzenden-der-naturfreunde",
    retrieved="same address (release on the APA-OTS service, 31 May 2014 by its OTS number, the day of the Naturfreunde's "
              "Bundeskonferenz that the Naturfreunde's own site dates to 31 May 2014); headline and subtitle kept as lines of "
              "their own, the subtitle with its leading and inner dashes as stored; the dateline 'Wien (OTS) -' run into the "
              "first paragraph; the heading 'Rückfragen & Kontakt:', the contact block 'Umweltdachverband' / 'Dr.in Sylvia "
              "Steinbauer' / 'Öffentlichkeitsarbeit' / telephone, e-mail and 'http://www.umweltdachverband.at', which tells the "
              "sender, and the footer line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG "
              "DES AUSSENDERS | OGN0001' dropped (rules 3040, 4600, 4830); 'Umweltdachverbandes in einer ersten Reaktion' "
              "without a comma and 'Umwelt-und' without a space kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[UD_SUB, UD_P1, UD_P2],
    # the quotation after the dateline, before `erklärt Gerhard Heilingbrunner, ehrenamtlicher Präsident des
    # Umweltdachverbandes`, is his (rule 30); the quotation before `so Heilingbrunner` is his (rule 30); Andreas Schieder and
    # Karl Frais, of whom he speaks, say nothing in marks, nor does Bruno Kreisky; the unmarked headline carries no span
    # (rule 5); `ehrenamtlicher Präsident des Umweltdachverbandes` and `Umweltdachverband-Präsident` carry the body's name and
    # are not listed (rule 33)
    quotes=[(cut(UD_P1, "\"Bei ihrer", "setzen wird\""), HEILINGBRUNNER),
            (cut(UD_P2, "\"Wir freuen", "weiterzuführen\""), HEILINGBRUNNER)],
    aliases={HEILINGBRUNNER: ["Gerhard Heilingbrunner", "Heilingbrunner"]})

# --- APA-OTS, Naturfreunde Österreich, 21 November 2020: 125 years and the re-election of Andreas Schieder ---

NF_T = "125 innovative Naturfreunde Jahre"
NF_SUB = "Andreas Schieder eindrucksvoll mit 97,09 % im Amt bestätigt"
NF_P1 = ("Wien (OTS) - Die Naturfreundebewegung feiert 125 Jahre und wählt Andreas Schieder wieder ins Amt des Vorsitzenden.")
NF_P2 = ("Im Rahmen ihrer digital durchgeführten Bundeskonferenz blicken die Naturfreunde Österreich stolz auf ihr 125-jähriges "
         "Bestehen zurück. „In diesem Zeitraum haben sich stets Naturfreund*innen das Ziel gesetzt Menschen alpine "
         "Naturerlebnisse nahezubringen und haben sich tatkräftig für den Erhalt der natürlichen Lebensgrundlagen eingesetzt. Ich "
         "sehe das klare Votum als Auftrag begonnene Neuerungen im Sinne einer positiven Zukunft weiterzuentwickeln.“ so Andreas "
         "Schieder, Vorsitzender der Naturfreunde Österreich.")
NF_P3 = ("Damals wie heute bedeutet „Hand in Hand durch Berg und Land” für die Naturfreunde Österreich gemeinsame Erlebnisse in "
         "der Natur - als Erholung vom Arbeitsalltag und unabhängig von Einkommen und finanziellen Möglichkeiten. „Die Natur und "
         "unsere Berge sind für alle da, und Freizeitsport sowie Erholungsurlaube müssen für alle leistbar bleiben. Daher ist es "
         "auch wichtig, dass die jährlich gewährten Fördermittel, für die Instandhaltung der alpinen Infrastruktur, gesetzlich "
         "verankert werden. Dies im Sinne der Nachhaltigkeit und Planbarkeit für alle alpinen Vereine in Österreich.“")
NF_H1 = "Sicherheit in den Bergen als Bildungsauftrag"
NF_P4 = ("Die Naturfreunde Akademie und die ins Leben gerufenen Ausbildungszentren sind wichtige Instrumente, um die Sicherheit "
         "in der österreichischen Berglandschaft zu erhöhen. Andreas Schieder dazu: „Sicherheit in den Bergen wird unter der "
         "Perspektive der Zuwächse im Wander- und Schitourensegment zukünftig eine noch wichtigere Rolle spielen. Der Ausbau der "
         "Ausbildungszentren wird forciert, um zahlreichen Naturfreund*innen und Funktionär*innen eine fundierte Ausbildung zu "
         "ermöglichen.“")

add(id="ho768-ots-naturfreunde-2020-11-21-schieder-125-jahre",
    title=NF_T,
    url="https://www.ots.at/presseaussendung/OTS_20201121_OTS0067/125-innovative-naturfreunde-jahre-bild",
    retrieved="same address (release on the APA-OTS service, 21 November 2020 by its OTS number and the crawl-date prefix ' "
              "date 2020-11', which is dropped (rule 4540)); headline and subtitle kept as lines of their own, the dateline "
              "'Wien (OTS) -' run into the first paragraph; the subheading 'Sicherheit in den Bergen als Bildungsauftrag' kept "
              "as a line of its own before its complete paragraph; the copy ends after the next subheading's first word "
              "'Herausforderung', left dangling before the cut and before any contact block, which is dropped (rules 15, 290); "
              "the sender is inferred from the release's own voice: the Naturfreunde's own Bundeskonferenz, their chairman's "
              "quotations and their own Naturfreunde Akademie (rule 4830); 'weiterzuentwickeln.“ so' without a comma, the "
              "closing mark '”' of the motto, 'gesetzt Menschen' and 'Auftrag begonnene' without commas and the gender stars "
              "kept (rules 20, 21)",
    license=APA_OTS_SENDERS,
    paras=[NF_SUB, NF_P1, NF_P2, NF_P3, NF_H1, NF_P4],
    # the quotation before `so Andreas Schieder, Vorsitzender der Naturfreunde Österreich` is his (rules 20, 30); the
    # movement's motto `„Hand in Hand durch Berg und Land”`, with the mixed closing mark, is null (rules 21, 24, 68, 4831); the
    # cue-less quotation that closes the same paragraph is Schieder's: it follows his quotation, speaks for the Naturfreunde
    # (`unsere Berge`) and is followed by his colon cue (rules 59, 4831); the quotation after the verbless colon cue
    # `Andreas Schieder dazu:` is his (rule 9); `Vorsitzender der Naturfreunde Österreich` carries the body's name and is not
    # listed (rule 33)
    quotes=[(cut(NF_P2, "„In diesem", "weiterzuentwickeln.“"), SCHIEDER),
            ("„Hand in Hand durch Berg und Land”", None),
            (cut(NF_P3, "„Die Natur", "in Österreich.“"), SCHIEDER),
            (cut(NF_P4, "„Sicherheit", "ermöglichen.“"), SCHIEDER)],
    aliases={SCHIEDER: ["Andreas Schieder"]})

# --- APA-OTS, Katholische Jungschar, 6 January 2018: first balance of the Sternsinger collection ---

KJ_T = "Sternsinger/innen ziehen ihre Krone vor Österreich"
KJ_SUB = ("Am 7.1.2018 endet die Regentschaft von Caspar, Melchior und Balthasar. Die Sternsinger/innen kehren mit prall "
          "gefüllten Kassen nach Hause und sagen: Dankeschön Österreich!")
KJ_P1 = ("Wien (OTS) - Die ersten Rückmeldungen zur heurigen Sternsingeraktion aus den Pfarren zeigen. Die Österreicher/innen "
         "haben den Sternsingerinnen und Sternsinger der Katholischen Jungschar wieder Türen, Herzen und Geldbörsen geöffnet! "
         "„Wir ziehen dankbar die Krone vor unseren Spenderinnen und Spendern und natürlich vor all jenen, die unermüdlich beim "
         "Sternsingen dabei waren – sei es als König, als Begleitperson oder Organisator/in!“ zieht Christina Pfister, "
         "Bundesvorsitzende der Katholischen Jungschar, eine erste dankbare und zufriedene Bilanz für die erfolgreich "
         "verlaufende Sternsingeraktion.")
KJ_H1 = "Sternsingen: logistische Meisterleistung"
KJ_P2 = ("Damit Sternsingerinnen und Sternsinger an jeder Haustür klingeln können, bedarf es in den österreichischen Pfarren "
         "eines logistischen Kraftaktes und einer unglaublichen Teamleistung: Gemeinsam haben die 85.000 Sternsinger/innen auf "
         "ihrer „Wir setzen Zeichen“-Tour geschätzte 10 Mal den Erdball umrundet. Etwa 1,7 Millionen Stunden werden von den "
         "Kindern für die gute Sache aufgewendet. Dazu kommen noch 600.000 Stunden der 30.000 Jugendlichen und Erwachsenen, die "
         "Caspar, Melchior & Balthasar tatkräftig unterstützen. Bei 3000 österreichischen Pfarren die mitgemacht haben ist klar: "
         "Es dauert seine Zeit, bis das Endergebnis der Sternsingeraktion 2018 feststeht. Anfang April ist es dann aber soweit.")

add(id="ho768-ots-jungschar-2018-01-06-pfister-sternsinger",
    title=KJ_T,
    url="https://www.ots.at/presseaussendung/OTS_20180106_OTS0005/sternsingerinnen-ziehen-ihre-krone-vor-oesterreich",
    retrieved="same address (release on the APA-OTS service, 6 January 2018 by its OTS number and the crawl-date prefix ' date "
              "2018-01', which is dropped (rule 4540)); headline and subtitle kept as lines of their own, the dateline 'Wien "
              "(OTS) -' run into the first paragraph; the subheading 'Sternsingen: logistische Meisterleistung' kept as a line "
              "of its own before its complete paragraph; the next subheading 'Dreikönigsaktion: mehr als "
              "Entwicklungszusammenarbeit' and its paragraph, cut inside an open quotation ('„Mit Entwicklungsprojekten "
              "unterstützt die Dreikönigsaktion … Das Engagement des Hilfswerks der K'), dropped (rules 15, 290); the copy "
              "ends there, before any contact block, so the sender is inferred from the release's own voice: its own "
              "Sternsingeraktion, the Sternsinger 'der Katholischen Jungschar' and its Bundesvorsitzende's thanks (rule 4830); "
              "'zeigen. Die', 'Sternsingerinnen und Sternsinger der', 'Organisator/in!“ zieht' without a comma and 'Pfarren "
              "die mitgemacht haben ist' without commas kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[KJ_SUB, KJ_P1, KJ_H1, KJ_P2],
    # the quotation before `zieht Christina Pfister, Bundesvorsitzende der Katholischen Jungschar, eine erste … Bilanz` is
    # hers (rules 30, 4832); the campaign's motto in `auf ihrer „Wir setzen Zeichen“-Tour` is null (rules 24, 68, 4832); the
    # subtitle's `und sagen: Dankeschön Österreich!` is unmarked and carries no span (rule 5); `Bundesvorsitzende der
    # Katholischen Jungschar` carries the body's name and is not listed (rule 33)
    quotes=[(cut(KJ_P1, "„Wir ziehen", "Organisator/in!“"), PFISTER),
            ("„Wir setzen Zeichen“", None)],
    aliases={PFISTER: ["Christina Pfister"]})

# --- APA-OTS, VIER PFOTEN, 17 March 2004: answer to the ÖVP's animal-welfare spokeswoman ---

VP_T = "Tierschutz kennt keine Partei-Grenzen"
VP_SUB = "Antwort der VIER PFOTEN auf die Pressemeldung von Dr. Ulrike Baumgartner-Gabitzer"
VP_P1 = ("Wien (OTS) - 17.03.2004: Überrascht zeigt sich heute in einer OTS-Pressemeldung ÖVP-Tierschutzsprecherin Dr. Ulrike "
         "Baumgartner-Gabitzer darüber, dass Dr. Heinz Fischer den Einsatz von VIER PFOTEN für ein TierSCHUTZgesetz, das diesen "
         "Namen verdient, auch als Bundespräsidentschafts-Kandidat unterstützt.")
VP_P2 = ("Das wiederum überrascht die VIER PFOTEN! Denn die Einladung zum Dialog ging selbstverständlich auch an Frau Dr. "
         "Benita Ferrero-Waldner. Diese hat zwar in einer schriftlichen Stellungnahme ihr Interesse für den Tierschutz bekundet, "
         "fand aber aus Termingründen keine Zeit für ein Treffen.")
VP_P3 = ("\"Tierschutz kennt keine Partei-Grenzen\", so Dr. Silvia Wolf, Geschäftsführerin von VIER PFOTEN, \"wir sind in alle "
         "Richtungen offen für konstruktive Gespräche und wünschen uns eine möglichst breite Diskussion, um ein modernes "
         "Tierschutzgesetz in Österreich durchzusetzen.\"")

add(id="ho768-ots-vier-pfoten-2004-03-17-wolf-tierschutzgesetz",
    title=VP_T,
    url="https://www.ots.at/presseaussendung/OTS_20040317_OTS0243/tierschutz-kennt-keine-partei-grenzen",
    retrieved="same address (release on the APA-OTS service, 17 March 2004 by its OTS number and the date '17.03.2004:' after "
              "the dateline, which is kept as part of the first paragraph); headline and subtitle kept as lines of their own, "
              "the dateline 'Wien (OTS) -' run into the first paragraph; the heading 'Rückfragen & Kontakt:', the contact block "
              "'VIER PFOTEN - Stiftung für Tierschutz' / 'MMag. Monika Kehrer' / telephone, mobile, e-mail and "
              "'http://www.vier-pfoten.at', which tells the sender, and the footer line 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER "
              "INHALTLICHER VERANTWORTUNG DES AUSSENDERS | VPF0002' dropped (rules 3040, 4600, 4830); 'TierSCHUTZgesetz' and "
              "the full stop inside the last closing mark kept (rule 20); complete as stored",
    license=APA_OTS_SENDERS,
    paras=[VP_SUB, VP_P1, VP_P2, VP_P3],
    # the quotation split by `so Dr. Silvia Wolf, Geschäftsführerin von VIER PFOTEN,` is two spans of hers (rules 30, 4773,
    # 4833); the headline repeats her first span's words without marks and carries no span (rules 5, 26); Ulrike
    # Baumgartner-Gabitzer, whose press statement the release reports (`Überrascht zeigt sich …`), Heinz Fischer and Benita
    # Ferrero-Waldner, whose written statement it summarises, say nothing in marks (rules 5, 4833); `Geschäftsführerin von
    # VIER PFOTEN` carries the body's name and is not listed (rule 33)
    quotes=[("\"Tierschutz kennt keine Partei-Grenzen\"", WOLF),
            (cut(VP_P3, "\"wir sind", "durchzusetzen.\""), WOLF)],
    aliases={WOLF: ["Silvia Wolf", "Dr. Silvia Wolf"]})

# --- APA-OTS, Österreichisches Olympisches Comité, 2 June 2011: the general assembly confirms the new leadership ---

OC_T = "Großer Applaus für die neue ÖOC-Führung"
OC_SUB = "Volle Bestätigung durch die Verbände. ÖOC fördert Jugend mit 300.000 Euro"
OC_P1 = ("Wien (OTS) - Die neue Spitze des Österreichischen Olympischen Comités (ÖOC) unter Präsident Karl Stoss und "
         "Generalsekretär Peter Mennel erhielt bei der jährlichen Hauptversammlung im Haus des Sports einen beeindruckenden "
         "Vertrauensbeweis. Sämtliche dort versammelten Verbände sprachen der neuen ÖOC-Führung große Anerkennung für ihre "
         "bisherigen Leistungen aus.")
OC_P2 = ("\"Wir haben sehr viel bewegt, von der Aufarbeitung der Altlasten bis hin zur Schaffung solider Grundlagen für die "
         "Zukunft\", sagte ÖOC-Präsident Stoss. Auf das ÖOC kommt einiges an Organisationsarbeit zu: Das Ende Juli in Trabzon "
         "(Türkei) statt findende European Youth Olympic Festival, die olympischen Jugendspiele im Jänner 2012 in Innsbruck und "
         "die olympischen Sommerspiele 2012 in London.")
OC_P3 = ("Für die Förderung der jungen Athleten werden bis zu 300.000 Euro zur Verfügung gestellt. Und auch für London 2012 setzt "
         "das ÖOC alles daran, den Olympiateilnehmern noch mehr an Unterstützung als bisher bieten zu können. \"Bei den "
         "Gesprächen mit Sponsoren ist bereits jetzt erkennbar, dass das Vertrauen der Wirtschaft in das ÖOC zurückgekehrt "
         "ist\", bekräftigt ÖOC-Generalsekretär Mennel den positiven Imagewandel des ÖOC und damit die guten Voraussetzungen für "
         "die kommenden olympischen Spiele.")
OC_P4 = ("Die Qualifikationen für die Teilnahme bei den olympischen Spielen haben bereits begonnen. \"Unser Ziel ist, dass "
         "unsere Sportler in London in Bestform sind, und dort persönliche Erfolge feiern\", hofft ÖOC-Vizepräsident und "
         "Vorsitzender des Sommersport-Ausschusses Paul Schauer.")

add(id="ho768-ots-oeoc-2011-06-02-stoss-mennel-schauer-hauptversammlung",
    title=OC_T,
    url="https://www.ots.at/presseaussendung/OTS_20110602_OTS0031/grosser-applaus-fuer-die-neue-oeoc-fuehrung",
    retrieved="same address (release on the APA-OTS service, 2 June 2011 by its OTS number and the store's header lines "
              "'- 02.06.2011, 11:00:32' / '- /' / '- OTS0031 OTW0031', which are dropped (rules 4540, 4830)); headline and "
              "subtitle kept as lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the copy is "
              "hard-wrapped at about 70 characters without empty lines: the wrapped lines are joined with a single space and "
              "the paragraph breaks restored after the four lines that close a sentence outside marks well short of the wrap "
              "width ('… Leistungen aus.', '… 2012 in London.', '… olympischen Spiele.', 'Schauer.'), a reconstruction of "
              "where the breaks fall, the wording unchanged (rules 660, 1372, 2695, 4830); the picture-service lines 'Bild(er) "
              "zu dieser Aussendung finden Sie im AOM/Original Bild Service, sowie im OTS Bildarchiv unter http://bild.ots.at', "
              "the heading 'Rückfragehinweis:', the contact block 'Michael Wenzel' / 'mailto:wenzel@olympia.at' / telephone "
              "and mobile, which with the release's own voice tells the sender, and the footer cut off in the copy "
              "('OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AU') dropped (rules 3040, 3200, 4600); 'statt findende' and "
              "'olympischen' in lower case kept (rule 20); complete up to the footer",
    license=APA_OTS_SENDERS,
    paras=[OC_SUB, OC_P1, OC_P2, OC_P3, OC_P4],
    # the quotation before `sagte ÖOC-Präsident Stoss` is Karl Stoss's, named in the lead (rules 30, 73); the quotation
    # before `bekräftigt ÖOC-Generalsekretär Mennel den positiven Imagewandel des ÖOC …` is Peter Mennel's, the verb with its
    # own object still a cue (rules 30, 4834); the quotation before `hofft ÖOC-Vizepräsident und Vorsitzender des
    # Sommersport-Ausschusses Paul Schauer` is his (rules 30, 4834); the associations that `sprachen … große Anerkennung …
    # aus` say nothing in marks (rule 5); `Präsident Karl Stoss` and `Generalsekretär Peter Mennel` are listed, the compounds
    # with the body's short name (`ÖOC-Präsident`, `ÖOC-Generalsekretär`, `ÖOC-Vizepräsident`) and `Vorsitzender des
    # Sommersport-Ausschusses` are not (rules 33, 67)
    quotes=[(cut(OC_P2, "\"Wir haben", "Zukunft\""), STOSS),
            (cut(OC_P3, "\"Bei den", "ist\""), MENNEL),
            (cut(OC_P4, "\"Unser Ziel", "feiern\""), SCHAUER)],
    aliases={STOSS: ["Karl Stoss", "Präsident Karl Stoss", "Stoss"],
             MENNEL: ["Peter Mennel", "Generalsekretär Peter Mennel", "Mennel"],
             SCHAUER: ["Paul Schauer"]})

# --- APA-OTS, VIER PFOTEN, 26 March 2002: info tour through Lower Austria ---

VT_T = "VIER PFOTEN - Stiftung für Tierschutz startet Info-Tour"
VT_SUB = ("Engagierte Studenten touren durch Niederösterreich und rühren die Werbetrommel für Anliegen der VIER PFOTEN im "
          "Bereich Tier- und Konsumentenschutz.")
VT_P1 = ("Wien (OTS) - In insgesamt neun Bezirksstädten, unter anderem in Zwettl, Gmünd, Mistelbach, Tulln, Hollabrunn und Horn "
         "stehen die tierschutzbegeisterten Studenten, Interessierten 10 Wochen lang für Gespräche und Diskussionen zur "
         "Verfügung. Schwerpunkte werden aktuelle Projekte und Kampagnen wie das Bärenschutzzentrum Bärenwald, die "
         "Nutztierhaltung und Tierversuche sein. Letzteres Thema ist in den letzten Monaten wieder aktuell geworden: Die geplante "
         "künftige Chemikalienpolitik der EU hätte einen massiven Anstieg der Experimente an Tieren zur Folge. Wachrütteln wollen "
         "die VIER PFOTEN auch mit der Aufklärung über Missstände in der Nutztierhaltung. Menschen denen Tier- und "
         "Konsumentenschutz ein echtes Anliegen ist können die Arbeit der Stiftung für Tierschutz tatkräftig unterstützen. Auf "
         "verantwortungsvolle Mittelverwendung können VIER PFOTEN-Spender zählen: Die Stiftung für Tierschutz wurde im "
         "vergangenen Jahr mit dem Spendengütesiegel ausgezeichnet, das nach einer strengen Überprüfung nur bei "
         "verantwortungsvoller Verwendung von Spendengeldern verliehen wird.")
VT_H1 = "VIER PFOTEN leisten professionelle Arbeit"
VT_P2 = ("Starkes mediales Interesse erregten die VIER PFOTEN im vergangenen Jahr mit der Aufdeckung des Schweineskandals: Die "
         "umfassende Recherche über Schweinehaltung in Österreich brachte erschreckende Ergebnisse. Auch im Jahr 2002 ist "
         "seriöse Arbeit erklärtes Ziel: Bewußt verzichten die VIER PFOTEN im Gegensatz zu anderen Tierschutzorganisationen auf "
         "aggressive Methoden, um anvisierte Ziele zu erreichen. \"Wir wollen gesetzlich verankerte Verbesserungen für "
         "Nutztiere, Labortiere und Wildtiere und dadurch in weiterer Folge auch positive Veränderungen für Konsumenten "
         "erreichen,\" unterstreicht VIER PFOTEN-Fundraiser Mag. Herbert Kollmann.")

add(id="ho768-ots-vier-pfoten-2002-03-26-kollmann-info-tour",
    title=VT_T,
    url="https://www.ots.at/presseaussendung/OTS_20020326_OTS0057/vier-pfoten-stiftung-fuer-tierschutz-startet-info-tour",
    retrieved="same address (release on the APA-OTS service, 26 March 2002 by its OTS number); headline and subtitle kept as "
              "lines of their own, the dateline 'Wien (OTS) -' run into the first paragraph; the subheading 'VIER PFOTEN leisten "
              "professionelle Arbeit' kept as a line of its own before its paragraph; the single line break after the colon "
              "'erklärtes Ziel:', in a copy that separates its paragraphs by empty lines, joined with a space as a hard break "
              "inside the paragraph (rules 3040, 4837); the copy ends after the first word 'Die ' of the next paragraph, which "
              "is dropped (rules 15, 17), before any contact block, so the sender is inferred from the release's own voice: "
              "its headline naming VIER PFOTEN, its own info tour, campaigns and Spendengütesiegel and its own fundraiser "
              "quoted (rule 4830); 'Bewußt', 'Menschen denen … ist können' without commas and the comma inside the closing "
              "mark 'erreichen,\"' kept (rule 20)",
    license=APA_OTS_SENDERS,
    paras=[VT_SUB, VT_P1, VT_H1, VT_P2],
    # the quotation before `unterstreicht VIER PFOTEN-Fundraiser Mag. Herbert Kollmann` is his, one span with the comma
    # inside the closing mark (rules 20, 30, 4837); the organisation's own plural voice (`Bewußt verzichten die VIER PFOTEN
    # …`) is unmarked and carries no span (rule 5); the students of the tour say nothing in marks; `VIER PFOTEN-Fundraiser`
    # carries the body's name and is not listed (rule 33)
    quotes=[(cut(VT_P2, "\"Wir wollen", "erreichen,\""), KOLLMANN)],
    aliases={KOLLMANN: ["Herbert Kollmann", "Mag. Herbert Kollmann"]})

# --- APA-OTS Tourismuspresse, Österreichischer Alpenverein, 10 July 2008: portal of current mountain conditions ---

AV_T = "Aktualität bringt Sicherheit am Berg"
AV_SUB = "Neuer Service des Alpenvereins: Ein offenes Internetportal zu den aktuellen Verhältnissen am Berg"
AV_P1 = ("Innsbruck (TP/OTS) - Entscheidend für sicheres bergsteigen ist eine gründliche Vorbereitung und Tourenplanung. Diesen "
         "altbekannten Ratschlag unterstützt der Alpenverein künftig mit seiner neuen Internetplattform www.alpine-auskunft.at.")
AV_P2 = ("Gestartet wurde das Projekt 2007 von der Sektion Innsbruck des OeAV, inzwischen ist es ein Gemeinschaftsprojekt: Die "
         "drei Alpenvereine DAV, OeAV und AVS (Alpenverein Südtirol) - zusammen repräsentieren sie mehr als eine Million "
         "Bergbegeisterte - betreiben gemeinsam ein Internetportal für aktuelle Tourenbedingungen. Wie der Untertitel ankündigt, "
         "will diese Homepage weniger ausführliche Tourenbeschreibungen aufnehmen, sondern in erster Linie über die aktuellen "
         "Verhältnisse am Berg informieren.")
AV_P3 = ("\"Da bietet das Internet eine unglaubliche Chance und kann wirklich mithelfen, Unfälle zu vermeiden und Leben zu "
         "retten\" - zeigt sich OeAV-Sicherheitsexperte Michael Larcher überzeugt von der Bedeutung dieses Angebots. Denn - so "
         "Larcher weiter - man findet heute zwar haufenweise ausführliche Tourenbeschreibungen und Führerliteratur -die "
         "eigentliche Gretchenfrage für Bergsteiger ist aber häufig die nach den aktuellen Bedingungen: In welchem Zustand ist "
         "mein Klettersteig? Hat ein Unwetter einen Weg oder eine Seilsicherung zerstört? Musste ein Steig - zB aufgrund des "
         "Gletscherrückgangs -verlegt werden? Gibt es atypische Gefahren - zB - Altschneefelder, mit denen man auf seiner "
         "Bergtour rechnen muss? Diese und viele andere Details bringen für Wanderer und Bergsteiger einen großen Nutzen. Aber "
         "auch ganz einfache Notizen, zB wenn ein Tour besonders gut gefallen hat, findet man auf dieser Homepage.")

add(id="ho768-tp-alpenverein-2008-07-10-larcher-alpine-auskunft",
    title=AV_T,
    url="https://www.tourismuspresse.at/presseaussendung/TPT_20080710_TPT0008/aktualitaet-bringt-sicherheit-am-berg-bild",
    retrieved="same address (release on APA-OTS's tourism service tourismuspresse.at, 10 July 2008 by its TPT number, dateline "
              "'Innsbruck (TP/OTS) -', which names the OTS network as well); headline and subtitle kept as lines of their own, "
              "the dateline run into the first paragraph; the line break inside its first sentence ('… bergsteigen ist' / "
              "'eine gründliche …') joined with a space (rules 660, 4830); the copy ends inside the next paragraph ('Mit knapp "
              "28.000 Besuchen pro Monat (Juni 08) … werden k'), which is dropped (rules 15, 17), before any contact block, so "
              "the sender is inferred from the release's own voice: the subtitle's 'Neuer Service des Alpenvereins', the "
              "Innsbruck dateline of the OeAV's seat and its own Sicherheitsexperte quoted; whether the Oesterreichischer "
              "Alpenverein or its Sektion Innsbruck, which started the project, sent it is not told by the copy, and either is "
              "an association of the class (rule 4830); 'sicheres bergsteigen', '-die', '-verlegt', 'zB' and 'ein Tour' kept "
              "(rule 20)",
    license=APA_OTS_TOURISMUSPRESSE,
    paras=[AV_SUB, AV_P1, AV_P2, AV_P3],
    # the quotation before the dash cue `- zeigt sich OeAV-Sicherheitsexperte Michael Larcher überzeugt von der Bedeutung
    # dieses Angebots` is his (rules 30, 4835); what follows `Denn - so Larcher weiter -`, his questions included, is his in
    # indirect speech without marks and carries no span (rules 5, 4835); `OeAV-Sicherheitsexperte` carries the body's short
    # name and is not listed (rules 33, 67)
    quotes=[(cut(AV_P3, "\"Da bietet", "zu retten\""), LARCHER)],
    aliases={LARCHER: ["Michael Larcher", "Larcher"]})

# --- APA-OTS, Österreichisches Rotes Kreuz, 22 November 2018, as reposted by top-news.at: the aid organisations at the
# Hofburg ---

RK_T = "Bundespräsident empfing Hilfsorganisationen"
RK_P1 = ("Wien (OTS/Rotes Kreuz) – Bundespräsident Alexander Van der Bellen hat heute Repräsentanten österreichischer "
         "Hilfsorganisationen getroffen. In dem rund eineinhalbstündigen Gespräch ging es um Themen wie den Rettungsdienst, die "
         "Mindestsicherung, das Pflegesystem und die Situation von Flüchtlingen in Österreich.")
RK_P2 = ("„Es ist sehr wichtig für uns, dass der Bundespräsident den Austausch mit Hilfsorganisationen sucht“, sagt Gerald "
         "Schöpfer, Präsident des Österreichischen Roten Kreuzes. „Besonders erfreulich ist, dass derartige Treffen regelmäßig "
         "stattfinden und der Bundespräsident ein offenes Ohr für unsere Anliegen hat. Gerade in Zeiten, in denen das "
         "zivilgesellschaftliche Netzwerk Civicus die Situation der Zivilgesellschaft in Österreich als ‚eingeengt‘ einstuft, "
         "ist die Würdigung durch den Bundespräsidenten ein wichtiges Signal.“")
RK_P3 = ("Beim Termin in der Hofburg waren neben dem Roten Kreuz Vertreter der Caritas, der Diakonie, des Hilfswerks, der "
         "Volkshilfe, des Arbeiter Samariter Bundes, von SOS Kinderdorf und von Ärzte ohne Grenzen anwesend, die das Treffen "
         "sehr ähnlich kommentieren. „Dieser Termin heute ist ein positives Signal und ein Zeichen des Dialogs. Uns eint die "
         "Überzeugung, dass unser Land nur dann erfolgreich sein kann, wenn auf die Schwächsten der Gesellschaft Rücksicht "
         "genommen wird“, sagt etwa Klaus Schwertner, Generalsekretär der Caritas Wien. Einigkeit herrscht darüber, dass das "
         "freiwillige Engagement hunderttausender Österreicherinnen und Österreicher für Menschen in Not entscheidend ist. "
         "„Abgesehen von zahlreichen brennenden sozialpolitischen Problemen ist die Freiwilligkeit ein Lichtblick“, sagt "
         "Schöpfer. „Dieser Zusammenhalt ist es, der unser Land ausmacht. Beim Roten Kreuz engagieren sich 75.000 Menschen "
         "freiwillig – das ist ein Rekord, der mich positiv in die Zukunft blicken lässt.“")

add(id="ho768-topnews-roteskreuz-2018-11-22-schoepfer-schwertner-bundespraesident",
    title=RK_T,
    url="https://www.top-news.at/2018/11/22/bundespraesident-empfing-hilfsorganisationen",
    retrieved="same address (release of the Österreichisches Rotes Kreuz on the APA-OTS service, dateline 'Wien (OTS/Rotes "
              "Kreuz) –', as reposted by the portal top-news.at on 22 November 2018 by the address, 'heute'); the stored copy "
              "opens with an empty line and the headline, kept as the title; it has no subtitle; the copy is hard-wrapped at "
              "about 70 characters without empty lines: the wrapped lines are joined with a single space and paragraph breaks "
              "restored only after the two lines that close a sentence well short of the wrap width ('… Flüchtlingen in "
              "Österreich.', '… ein wichtiges' / 'Signal.“'); the line '… Generalsekretär der Caritas Wien.' leaves no room for "
              "the next word and is joined, a reconstruction of where the breaks fall, the wording unchanged (rules 660, 1372, "
              "2695, 4830); the contact block 'Österreichisches Rotes Kreuz' / 'Mag. Thomas Marecek,' / 'Presse- und "
              "Medienserv…', cut off in the copy, which tells the sender, dropped (rules 3040, 4600); the en dashes, 'Arbeiter "
              "Samariter Bundes' and 'SOS Kinderdorf' without hyphens kept (rule 20); complete up to the contact block",
    license=APA_OTS_SENDERS_REPOST,
    paras=[RK_P1, RK_P2, RK_P3],
    # the quotation before `sagt Gerald Schöpfer, Präsident des Österreichischen Roten Kreuzes` is his (rule 30); the
    # cue-less quotation after it in the same paragraph continues him, the Civicus label `‚eingeengt‘` nested in it with no
    # span of its own (rules 59, 4836, conventions); the quotation before `sagt etwa Klaus Schwertner, Generalsekretär der
    # Caritas Wien` is his, the `etwa` picking him out of the representatives who `kommentieren` the meeting alike (rules
    # 30, 4836); the quotation before `sagt Schöpfer` and the cue-less quotation after it are Schöpfer's (rules 30, 59);
    # Alexander Van der Bellen says nothing in marks; `Präsident des Österreichischen Roten Kreuzes` and `Generalsekretär der
    # Caritas Wien` carry a body's name and are not listed (rule 33)
    quotes=[(cut(RK_P2, "„Es ist", "sucht“"), SCHOEPFER),
            (cut(RK_P2, "„Besonders", "Signal.“"), SCHOEPFER),
            (cut(RK_P3, "„Dieser Termin", "genommen wird“"), SCHWERTNER),
            (cut(RK_P3, "„Abgesehen", "Lichtblick“"), SCHOEPFER),
            (cut(RK_P3, "„Dieser Zusammenhalt", "blicken lässt.“"), SCHOEPFER)],
    aliases={SCHOEPFER: ["Gerald Schöpfer", "Schöpfer"],
             SCHWERTNER: ["Klaus Schwertner"]})
