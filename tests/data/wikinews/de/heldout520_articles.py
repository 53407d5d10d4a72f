# Five-hundred-and-twentieth held-out German real-news set (tests/data/heldout520-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2910-2915). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number,
# finance-portal article number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against
# every annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-twentieth held-out set": nine press releases of the Deutscher
# Feuerwehrverband e. V. (DFV), the federal association of the German fire brigades, sent over the ots service of news
# aktuell. Three are shown in the sender's newsroom on presseportal.de (newsroom 50093, licence OTS_VERBAENDE_DE): the 15th
# Berliner Abend der deutschen Feuerwehren with Nancy Faeser, Karl-Heinz Banse and Karsten Homrighausen (September 2023),
# Banse's election as president (27 February 2021) and the first Rauchmeldertag with the vice-president Ralf Ackermann
# (12 October 2006, in the portal's English interface). Six are shown unchanged, with the ots dateline, by the finance portal
# finanznachrichten.de (licence OTS_VERBAENDE_DE_REPOST, new): Hartmut Ziebs on forest fires (July 2018) and on violence
# against firefighters on New Year's Eve (January 2019), Banse and Frank Hachemer after the floods of July 2021, Banse on the
# budget debate (September 2022), on the floods of June 2024 and at the 72nd Delegiertenversammlung in Quedlinburg
# (8 November 2025). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), subheadings left dangling before a cut paragraph are dropped with it, newsroom, portal
# and wire furniture (date prefixes, newsroom label, contact block) is dropped and paragraphs that the finance portal runs
# together are divided at the join (rules 2590, 2700, 2770, 2910), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_VERBAENDE_DE, OTS_VERBAENDE_DE_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


FAESER = "Nancy Faeser"
BANSE = "Karl-Heinz Banse"
HOMRIGHAUSEN = "Karsten Homrighausen"
ACKERMANN = "Ralf Ackermann"
ZIEBS = "Hartmut Ziebs"
HACHEMER = "Frank Hachemer"
DELEGIERTE = "Delegierte"

# --- presseportal.de (ots), newsroom 50093, September 2023: the 15th Berliner Abend der deutschen Feuerwehren ---

BA_T = "Bundesinnenministerin Faeser: \"Bevölkerungsschutz ist eine der wichtigsten Aufgaben der Zukunft\""
BA_SUB = "Netzwerken auf höchster Ebene bei 15. Berliner Abend der deutschen Feuerwehren"
BA_P1 = ("\"Bevölkerungsschutz und Zivilschutz sind eine der wichtigsten Aufgaben der Zukunft. Ich werde hierfür Mittel zur "
         "Verfügung stellen!\", unterstrich Bundesinnenministerin Nancy Faeser beim 15. Berliner Abend der deutschen "
         "Feuerwehren die Bedeutung der Arbeit der Feuerwehren. Faeser erklärte bei der Netzwerkveranstaltung des Deutschen "
         "Feuerwehrverbandes (DFV), dass sich in der Bevölkerung das Bewusstsein für Resilienz geändert habe: \"Wir haben noch "
         "viel Arbeit vor uns!\" DFV-Präsident Karl-Heinz Banse appellierte an die mehr als 40 fachlich zuständigen "
         "Bundestagsabgeordneten, neben der äußeren auch die innere Sicherheit im derzeit debattierten Haushalt gebührend zu "
         "berücksichtigen: \"Zehn Prozent der Mittel für die militärische Verteidigung werden für die zivile Verteidigung "
         "gebraucht - hierzu zählt auch der Katastrophenschutz!\" Mehr als 450 Gäste nutzten die Veranstaltung in der "
         "Regierungsfeuerwache Berlin-Tiergarten zum Netzwerken auf höchster Ebene.")
BA_P2 = ("Banse forderte, dass die Feuerwehren im neu eingerichteten \"Gemeinsamen Kompetenzzentrum Bevölkerungsschutz\" mit "
         "einer operativ-taktisch geschulten Führungskraft vertreten sein müssen. \"Wir müssen für den Klimawandel und seine "
         "Herausforderungen vorbereitet sein\", so der DFV-Präsident. Der Berliner Landesbranddirektor Dr. Karsten "
         "Homrighausen schloss sich den Äußerungen an: \"In Krisenzeiten ist es wichtig, die Strukturen der "
         "Sicherheitsarchitektur zu stärken.\"")

add(id="ho520-presseportal-dfv-2023-09-berliner-abend-faeser",
    title=BA_T,
    url="https://www.presseportal.de/pm/50093/5597697",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell after the 15th "
              "Berliner Abend der deutschen Feuerwehren, with the store's date prefix ' date 2023-09'); the date prefix and "
              "the newsroom label 'Deutscher Feuerwehrverband e. V. (DFV)' dropped (rules 63, 2700, 2910); the headline is "
              "the title, the subtitle and the dateline line 'Berlin (ots)' are lines of their own as stored; the quoted "
              "subheading '\"Zusammenhalt durch Teilhabe\": Banse mahnt zuverlässige Finanzierung an' and the paragraph "
              "after it, cut off in the stored copy ('Bundesinnenministerin Faeser stellte sich hinter die Feuerwehrkräfte: "
              "\"Sie alle verteidigen die demokratischen Werte!\", wandte sie sich'), dropped (rules 15, 2910)",
    license=OTS_VERBAENDE_DE,
    paras=[BA_SUB, "Berlin (ots)", BA_P1, BA_P2],
    # the headline label `Bundesinnenministerin Faeser:` gives her the headline quotation, a shortened form of her first
    # body quotation (rules 26, 54); the quotation before `unterstrich Bundesinnenministerin Nancy Faeser` is hers (rule 30),
    # and so is the colon quotation after `Faeser erklärte …, dass … geändert habe:` (rule 9); the colon quotation after
    # `DFV-Präsident Karl-Heinz Banse appellierte an …:` and the quotation before `so der DFV-Präsident` are Banse's (rules 9,
    # 30); the centre's official name in marks inside his unmarked demand is null (rule 2915); the colon quotation after
    # `Der Berliner Landesbranddirektor Dr. Karsten Homrighausen schloss sich den Äußerungen an:` is Homrighausen's (rule 9);
    # role phrases naming the DFV or Berlin are no aliases, the bare role nouns naming one person are (rules 33, 44)
    quotes=[("\"Bevölkerungsschutz ist eine der wichtigsten Aufgaben der Zukunft\"", FAESER),
            (cut(BA_P1, "\"Bevölkerungsschutz und", "stellen!\""), FAESER),
            (cut(BA_P1, "\"Wir haben", "uns!\""), FAESER),
            (cut(BA_P1, "\"Zehn Prozent", "Katastrophenschutz!\""), BANSE),
            ("\"Gemeinsamen Kompetenzzentrum Bevölkerungsschutz\"", None),
            (cut(BA_P2, "\"Wir müssen", "sein\""), BANSE),
            (cut(BA_P2, "\"In Krisenzeiten", "stärken.\""), HOMRIGHAUSEN)],
    aliases={FAESER: ["Nancy Faeser", "Faeser", "Bundesinnenministerin"],
             BANSE: ["Karl-Heinz Banse", "Banse"],
             HOMRIGHAUSEN: ["Karsten Homrighausen", "Dr. Karsten Homrighausen", "Landesbranddirektor"]})

# --- presseportal.de (ots), newsroom 50093, 27 February 2021: Karl-Heinz Banse elected president of the DFV ---

BW_T = "Karl-Heinz Banse ist neuer Präsident des Deutschen Feuerwehrverbandes"
BW_SUB = "Delegierte wählen 58-Jährigen aus Niedersachsen in digitaler Sitzung"
BW_P1 = ("Karl-Heinz Banse ist neuer Präsident des Deutschen Feuerwehrverbandes (DFV). Der 58-Jährige aus Niedersachsen wurde im "
         "Rahmen der 67. Delegiertenversammlung mit 86 von 164 Stimmen gewählt. Die Veranstaltung hatte aufgrund der "
         "Corona-Pandemie verschoben werden müssen und fand nun als digitale Sitzung statt.")
BW_P2 = ("\"Vertrauen zurückgewinnen, Verbandsarbeit in verschiedensten Feuerwehrbereichen intensivieren, Lobbyarbeit weiter "
         "ausbauen, transparenter arbeiten und Verbandsarbeit weiter professionalisieren\", nannte Karl-Heinz Banse als die "
         "fünf Ziele seiner Präsidentschaft. Nach Satzung beträgt die Amtszeit sechs Jahre. \"Wir brauchen einen starken, "
         "geschlossen auftretenden, unabhängigen Spitzenverband\", blickte er in die Zukunft. Der Verwaltungsfachangestellte "
         "ist bislang als Koordinierender Brandschutzbeauftragter beim Land Niedersachsen tätig. Die Position des "
         "DFV-Präsidenten wird als Ehrenamt mit entsprechender Aufwandsentschädigung ausgeübt. Banse hatte sich im ersten "
         "Wahlgang gegen Dr. Karsten Homrighausen (Berlin) und Frank Kliem (Brandenburg) durchgesetzt.")
BW_P3 = ("Der Vorgänger in der Position des DFV-Präsidenten, Hartmut Ziebs aus Nordrhein-Westfalen, hatte das Amt zum 31. "
         "Dezember 2019 niederlegt. Die Neuwahl war pandemiebedingt erst jetzt möglich. Der DFV-Präsidialrat (Vertreter der "
         "Ordentlichen Mitglieder) hatte sich mehrheitlich für eine digitale Sitzung ausgesprochen.")

add(id="ho520-presseportal-dfv-2021-02-27-banse-praesident",
    title=BW_T,
    url="https://www.presseportal.de/pm/50093/4849996",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell on the day of the "
              "67th Delegiertenversammlung, 27 February 2021, with the store's date prefix ' date 2021-02'); the date prefix "
              "and the newsroom label 'Deutscher Feuerwehrverband e. V. (DFV)' dropped (rules 63, 2700, 2910); the headline "
              "is the title and the subtitle a line of its own as stored; the stored copy shows no dateline; the subheading "
              "'Impfpriorisierung für Feuerwehrangehörige' and the paragraph after it, cut off in the stored copy inside "
              "Hermann Schreck's quotation, dropped (rules 15, 2910); the published 'niederlegt' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[BW_SUB, BW_P1, BW_P2, BW_P3],
    # the quotation before `nannte Karl-Heinz Banse als die fünf Ziele seiner Präsidentschaft` and the one before `blickte
    # er in die Zukunft`, `er` taking up Banse, are his (rules 8, 2911); Karsten Homrighausen, Frank Kliem and Hartmut Ziebs,
    # named as the defeated candidates and the predecessor, say nothing
    quotes=[(cut(BW_P2, "\"Vertrauen", "professionalisieren\""), BANSE),
            (cut(BW_P2, "\"Wir brauchen", "Spitzenverband\""), BANSE)],
    aliases={BANSE: ["Karl-Heinz Banse", "Banse"]})

# --- presseportal.de (ots, English interface), newsroom 50093, 12 October 2006: the first nationwide Rauchmeldertag ---

RM_T = "Freitag der 13. wird Aktionstag für Rauchwarnmelder"
RM_SUB = "DFV-Vizepräsident Ralf Ackermann: \"Kluge Vorsorge schafft Sicherheit!\""
RM_P1 = ("Freitag der 13. wird Ihr Glückstag - wenn Sie sich heute für Rauchmelder entscheiden: Mit diesem Aufruf werben die "
         "Feuerwehren für den ersten bundesweiten Rauchmeldertag, der morgen stattfindet. Ziel des Deutschen "
         "Feuerwehrverbandes (DFV) und weiterer Initiatoren ist es, Wohnungsbesitzer vom Sinn dieser lebensrettenden Geräte "
         "zu überzeugen.")
RM_P2 = ("\"Unsere Botschaft lautet: Sicherheit ist keine Frage von Pech oder Glück, sondern von kluger Vorsorge\", sagt "
         "DFV-Vizepräsident Ralf Ackermann.")
RM_P3 = ("\"Wir werben für ein Sicherheitsbewusstsein, das in anderen europäischen Ländern viel ausgeprägter ist. Statistisch "
         "gesehen sterben pro Tag ein bis zwei Menschen in Deutschland bei Bränden. Die meisten könnten noch leben, wenn Sie "
         "rechtzeitig vor tödlichem Rauch gewarnt worden wären\", erläutert Ackermann.")
RM_P4 = ("Der DFV unterstützt den gemeinsamen, regelmäßigen Aktionstag mit Schornsteinfegern, Versicherungen und dem Forum "
         "Brandrauchprävention in der Vereinigung zur Förderung des Deutschen Brandschutzes, um die Aufklärung der Bevölkerung "
         "weiter zu verbessern. Ihre Gemeinschaftskampagne \"Rauchmelder retten Leben\" verzeichnet bereits Erfolge. "
         "DFV-Vizepräsident Ackermann: \"Seit dem Start der Aufklärungskampagne im Jahr 2000 konnte die Ausstattung privater "
         "Haushalte mit Rauchmeldern nach einer repräsentativen Forsa-Umfrage von sechs auf 36 Prozent gesteigert werden.\"")
RM_P5 = ("Mit dem Aktionstag sollen noch mehr Menschen überzeugt werden. Der Auftakt findet am morgigen Freitag, dem 13. "
         "Oktober, auf der Fachmesse Security in Essen statt (11 Uhr, Halle 7, Stand 700 der Berufsfeuerwehr Essen). Weitere "
         "Informationen unter www.rauchmelder-lebensretter.de.")

add(id="ho520-presseportal-dfv-2006-10-12-rauchmeldertag-ackermann",
    title=RM_T,
    url="https://presseportal.de/en/pm/50093/885421?langid=1",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell on the eve of the "
              "first nationwide Rauchmeldertag, Friday 13 October 2006, which the release calls 'morgen' and 'am morgigen "
              "Freitag, dem 13. Oktober', shown in the English interface of the portal with the German text; the stored copy "
              "gives no date); the newsroom label 'Deutscher Feuerwehrverband e. V. (DFV)' dropped (rules 2700, 2910); the "
              "copy sets every line without an empty line between them: headline (title), subtitle and the dateline line "
              "'Berlin (ots)' are lines of their own, each further line a paragraph (rule 2910); the sentence 'Weitere "
              "Informationen unter www.rauchmelder-lebensretter.de.' at the end of the last paragraph kept in it; the contact "
              "block 'Rückfragen bitte an: Deutscher Feuerwehrverband e. V. (DFV) Presse- und Öffentlichkeitsarbeit Sönke "
              "Jacobs …' dropped (rules 2590, 2700); the published 'wenn Sie rechtzeitig' kept (rule 20); complete in the "
              "stored copy",
    license=OTS_VERBAENDE_DE,
    paras=[RM_SUB, "Berlin (ots)", RM_P1, RM_P2, RM_P3, RM_P4, RM_P5],
    # the subtitle label `DFV-Vizepräsident Ralf Ackermann:` gives him the subtitle quotation, which the body repeats in other
    # words (`sondern von kluger Vorsorge`; rules 26, 54); `sagt DFV-Vizepräsident Ralf Ackermann`, `erläutert Ackermann`
    # and the body label `DFV-Vizepräsident Ackermann: "…"` are his cues (rules 9, 30, 54); the campaign's name in marks is
    # null (rule 24); the call `Freitag der 13. wird Ihr Glückstag - …` has no marks and no span (rule 5); `DFV-Vizepräsident`
    # names the DFV and is no alias (rule 33)
    quotes=[("\"Kluge Vorsorge schafft Sicherheit!\"", ACKERMANN),
            (cut(RM_P2, "\"Unsere Botschaft", "Vorsorge\""), ACKERMANN),
            (cut(RM_P3, "\"Wir werben", "wären\""), ACKERMANN),
            ("\"Rauchmelder retten Leben\"", None),
            (cut(RM_P4, "\"Seit dem Start", "werden.\""), ACKERMANN)],
    aliases={ACKERMANN: ["Ralf Ackermann", "Ackermann"]})

# --- DFV (ots, shown by finanznachrichten.de), July 2018: Hartmut Ziebs on the forest fires ---

WB_P1 = ("Berlin (ots) - Berlin. Wegen der extremen Hitze und Trockenheit war es zu erwarten: Es brennt nun auch in "
         "Deutschland. \"Das wird sich aber in Grenzen halten\", ist der Präsident des Deutschen Feuerwehrverbandes (DFV), "
         "Hartmut Ziebs, zuversichtlich, \"denn wir haben ein Fundament, auf das wir uns im Gegensatz zu vielen anderen Ländern "
         "der Welt stützen können: Wir besitzen ein flächendeckendes System von ehrenamtlichen Freiwilligen Feuerwehren. "
         "Dadurch ist gewährleistet, dass schnell viel Hilfe an einen Einsatzort kommen wird. Denn Hilfe ist in Deutschland "
         "stets relativ nah. Das macht unser System möglich.\" Damit dieses System auch weiter so bestehen kann, müsse "
         "allerdings an vielen Orten einiges getan werden. \"Nachwuchsgewinnung, gute Ausstattung und gezielte Unterstützung "
         "dieses Ehrenamtes sind unabdingbar\", geht der Appell in Richtung Politik. Den eingesetzten Kräften dankt der "
         "DFV-Präsident ausdrücklich: \"Da, wo andere bei dieser Witterung unter der Hitze ächzen und hitzefrei machen, gehen "
         "unser Feuerwehren in den Einsatz. Dafür gebührt ihnen unsere höchste Achtung, Anerkennung und Unterstützung!\"")

add(id="ho520-finanznachrichten-dfv-2018-07-waldbraende-ziebs",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2018-07/44393826-waldbraende-in-deutschland-werden-sich-dank-feuerwehr-"
        "in-grenzen-halten-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell in July 2018, shown "
              "unchanged by finanznachrichten.de with the ots dateline; a hard-wrapped copy of the same release on "
              "aktiencheck.de ends with 'Original-Content von: Deutscher Feuerwehrverband e. V. (DFV), übermittelt durch news "
              "aktuell'); the crawl date prefix ' date 2018-07' dropped (rule 63); no headline in the copy, so no title line, "
              "and the paragraph with its dateline run in ('Berlin (ots) - Berlin. Wegen …') is the first line (rules 32, "
              "2770, 2910); the empty lines after the paragraph are the end of the stored copy; the published 'gehen unser "
              "Feuerwehren' kept (rule 20); complete as stored",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[WB_P1],
    # the quotation split by `ist der Präsident des Deutschen Feuerwehrverbandes (DFV), Hartmut Ziebs, zuversichtlich` is his
    # in both pieces (rule 856, NOTES.md split quotations); the quotation before `geht der Appell in Richtung Politik` is his
    # (rule 2912), and so is the colon quotation after `Den eingesetzten Kräften dankt der DFV-Präsident ausdrücklich:` (rules
    # 9, 30); the role phrases naming the DFV are no aliases (rule 33)
    quotes=[("\"Das wird sich aber in Grenzen halten\"", ZIEBS),
            (cut(WB_P1, "\"denn wir haben", "möglich.\""), ZIEBS),
            (cut(WB_P1, "\"Nachwuchsgewinnung", "unabdingbar\""), ZIEBS),
            (cut(WB_P1, "\"Da, wo", "Unterstützung!\""), ZIEBS)],
    aliases={ZIEBS: ["Hartmut Ziebs"]})

# --- DFV (ots, shown by finanznachrichten.de), January 2019: Ziebs on the attacks on New Year's Eve ---

SG_P1 = ("Hamburg, Berlin, Köln, Bremen und Offenbach am Main: \"In der Silvesternacht kam es zu relativ wenigen Angriffen auf "
         "Einsatzkräfte - aber jeder Beschuss mit Feuerwerkskörpern, jede Verletzung und jede Beleidigung ist einer zu "
         "viel!\", erklärt Hartmut Ziebs, Präsident des Deutschen Feuerwehrverbandes (DFV). Der Verband hat nach dem "
         "Jahreswechsel Meldungen über gewaltsame Übergriffe erfasst. \"Es ist wichtig, dass wir unsere Kampagne ,Gewalt geht "
         "gar nicht' auch weiterhin fortsetzen, damit sie auch überall in die Tiefe dringt\", so der Präsident.")
SG_P2 = ("Ziebs fordert die Gesellschaft, insbesondere Politik, Justiz, Bevölkerung und Medien, dazu auf, sich ihrer "
         "Verantwortung zu stellen und Einsatzkräfte vor Gewalt zu schützen: \"Wir brauchen mehr Respekt vor Einsatzkräften, "
         "Sensibilisierung der Bevölkerung, bessere Wertevermittlung und Wertschätzung sowie konsequente Strafverfolgung. Vor "
         "allem darf man betroffene Feuerwehrangehörige nicht im Stich lassen!\" Dies sind auch die Eckpunkte der Resolution "
         "\"Unsere Einsatzkräfte - unsere Sicherheit! Nein zur Gewalt gegen Feuerwehrangehörige\", die im vergangenen Jahr "
         "durch die Delegiertenversammlung des DFV beschlossen worden war. Diese steht unter "
         "www.feuerwehrverband.de/keinegewalt.html online zur Verfügung. Den Kampagnenaufkleber gibt es unter "
         "www.feuerwehrversand.de zu erwerben. Erlöse aus dem Verkauf kommen der Stiftung \"Hilfe für Helfer\" zu Gute.")

add(id="ho520-finanznachrichten-dfv-2019-01-silvester-gewalt-ziebs",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-01/45679084-jeder-angriff-auf-einsatzkraefte-ist-einer-zu-viel-"
        "deutscher-feuerwehrverband-setzt-kampagne-gewalt-geht-gar-nicht-fort-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell after New Year's Eve "
              "2018/19, shown unchanged by finanznachrichten.de with the ots dateline); the crawl date prefix ' date 2019-01' "
              "dropped (rule 63); no headline in the copy, so no title line; the dateline 'Berlin (ots) -', which the copy "
              "sets before empty lines, is the first line, and the two paragraphs follow as stored (rules 32, 2770, 2910); "
              "the empty lines after the last paragraph are the end of the stored copy; the published low comma and ASCII "
              "apostrophe around the campaign's name and 'zu Gute' kept (rules 20, 2775); complete as stored",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=["Berlin (ots) -", SG_P1, SG_P2],
    # the quotation before `erklärt Hartmut Ziebs, Präsident des …` and the one before `so der Präsident` are his (rule 30),
    # the campaign's name in nested single marks staying inside his span (rules 2775, 2915); the colon quotation after
    # `Ziebs fordert die Gesellschaft … auf, …:` is his (rule 9); the resolution's title after `der Resolution` and the
    # foundation's name after `der Stiftung` are null (rules 2, 24, 2915); the bare `Präsident` of the cue names only him
    # (rule 44), the role phrase naming the DFV does not (rule 33)
    quotes=[(cut(SG_P1, "\"In der Silvesternacht", "viel!\""), ZIEBS),
            (cut(SG_P1, "\"Es ist wichtig", "dringt\""), ZIEBS),
            (cut(SG_P2, "\"Wir brauchen", "lassen!\""), ZIEBS),
            ("\"Unsere Einsatzkräfte - unsere Sicherheit! Nein zur Gewalt gegen Feuerwehrangehörige\"", None),
            ("\"Hilfe für Helfer\"", None)],
    aliases={ZIEBS: ["Hartmut Ziebs", "Ziebs", "Präsident"]})

# --- DFV (ots, shown by finanznachrichten.de), July 2021: mourning for two firefighters, Frank Hachemer on the floods ---

UW_P1 = ("Berlin (ots) - \"Wir trauern um die im Märkischen Kreis in Nordrhein-Westfalen verstorbenen Feuerwehrangehörigen. In "
         "Gedanken sind wir bei ihren Familien und den Angehörigen der Feuerwehren. Es ist tragisch, wenn wir Menschen im "
         "Einsatz verlieren\", erklärt Karl-Heinz Banse, Präsident des Deutschen Feuerwehrverbandes (DFV). In Altena war ein "
         "Feuerwehrmann im Unwettereinsatz ertrunken. In Werdohl kollabierte ein weiterer Feuerwehrmann im Einsatz und konnte "
         "nicht reanimiert werden.")
UW_P2 = ("Die Präsidenten bzw. Vorsitzenden des Deutschen Feuerwehrverbandes, der Arbeitsgemeinschaft der Leiter der "
         "Berufsfeuerwehren in Deutschland, des Werkfeuerwehrverbandes Deutschland sowie der Vereinigung zur Förderung des "
         "Deutschen Brandschutzes bitten die Feuerwehren in ganz Deutschland angesichts der Trauerfälle um einen zweiwöchigen "
         "Trauerflor an den Einsatzfahrzeugen.")
UW_P3 = ("In vielen Teilen Deutschlands sind die Feuerwehren im Dauereinsatz. Durch Starkregen verwandelten sich kleine Bäche "
         "in reißende Ströme, die ganze Ortschaften unter Wasser setzten, Menschen von der Außenwelt abschnitten und zu "
         "Stromausfällen führten. DFV-Vizepräsident Frank Hachemer war in Rheinland-Pfalz im Einsatz: \"Ich habe erschütternde "
         "Szenen erlebt. Da war plötzlich ein reißender Fluss, wo sonst keiner war, und Menschen wurden von den Wassermassen "
         "eingeschlossen.\" Er berichtet von der beeindruckenden Zusammenarbeit aller eingesetzten Kräfte: \"Es gab "
         "Sicherheit, zu sehen, wie stillschweigend diese Menschen, die im Alltag selten gemeinsam im Einsatz sind, einfach "
         "zusammen funktionierten.\"")

add(id="ho520-finanznachrichten-dfv-2021-07-unwetter-trauer-hachemer",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2021-07/53417426-unwetter-trauer-um-zwei-verstorbene-feuerwehrmaenner-"
        "deutscher-feuerwehrverband-appelliert-warnhinweise-dringend-befolgen-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell during the floods of "
              "mid-July 2021, shown unchanged by finanznachrichten.de with the ots dateline); the crawl date prefix ' date "
              "2021-07' dropped (rule 63); no headline in the copy, so no title line, and the paragraph with its dateline run "
              "in ('Berlin (ots) - \"Wir trauern …') is the first line (rules 32, 2910); the paragraphs that the copy runs "
              "together without a space ('reanimiert werden.Die Präsidenten', 'Einsatzfahrzeugen.In vielen Teilen', "
              "'funktionierten.\"Der Deutsche Feuerwehrverband') divided at the joins (rules 2770, 2910); the fourth "
              "paragraph, with Banse's appeal, cut off in the stored copy ('Weitere Hinweise des Deutschen Feuerweh'), "
              "dropped (rule 15)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[UW_P1, UW_P2, UW_P3],
    # the quotation before `erklärt Karl-Heinz Banse, Präsident des …` is his (rule 30); the colon quotation after
    # `DFV-Vizepräsident Frank Hachemer war in Rheinland-Pfalz im Einsatz:` is Hachemer's (rule 9: the colon closes a
    # sentence whose subject is he), and so is the colon quotation after `Er berichtet von …:` (rules 8, 9); the presidents
    # of the four bodies, who ask for the mourning band, say nothing in marks
    quotes=[(cut(UW_P1, "\"Wir trauern", "verlieren\""), BANSE),
            (cut(UW_P3, "\"Ich habe", "eingeschlossen.\""), HACHEMER),
            (cut(UW_P3, "\"Es gab", "funktionierten.\""), HACHEMER)],
    aliases={BANSE: ["Karl-Heinz Banse"],
             HACHEMER: ["Frank Hachemer"]})

# --- DFV (ots, shown by finanznachrichten.de), September 2022: Banse on the budget debate in the Bundestag ---

HD_P1 = ("Angesichts der heute gestarteten Haushalts-Generaldebatte im Deutschen Bundestag fordert Karl-Heinz Banse, Präsident "
         "des Deutschen Feuerwehrverbandes (DFV), ein starkes Signal für den Bevölkerungsschutz: \"Wir brauchen gesteigerte "
         "Ausgaben, um den veränderten Bedürfnissen zu entsprechen!\", postuliert Banse. \"Die Anforderungen an die "
         "Feuerwehren steigen durch klimabedingte Einsätze wie im Ahrtal oder aktuell bei Waldbränden im Harz stetig. Hier muss "
         "allen Protagonisten eindeutig klar sein, dass die Feuerwehren nur zukunftsfähig sind, wenn in die Ausbildung und "
         "Ausstattung im Katastrophenschutz weiter investiert wird\", so der DFV-Präsident.")
HD_P2 = ("\"Spätestens seit der Konzeption zivile Verteidigung fordern wir, dass die Summe der Investition mindestens ein Prozent "
         "des Haushalts für die militärische Verteidigung beträgt - das wäre bei 100 Milliarden Euro für dieses Budget des "
         "Bundesverteidigungsministeriums dann mindestens eine Milliarde Euro für den Zivilschutz\", erinnert Banse. Der Etat "
         "des Bundesinnenministeriums soll laut Entwurf im kommenden Jahr um insgesamt mehr als 2,22 Milliarden Euro sinken. Im "
         "Bereich des Bundesamtes für Bevölkerungsschutz und Katastrophenhilfe sind geminderte Ausgaben von 285,89 Millionen "
         "Euro auf 173,72 Millionen Euro vorgesehen. Weitere Informationen: "
         "https://www.bundestag.de/dokumente/textarchiv/2022/kw36-de-inneres-heimat-903668.")

add(id="ho520-finanznachrichten-dfv-2022-09-haushaltsdebatte-banse",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2022-09/56997015-haushaltsdebatte-dfv-praesident-fordert-starkes-"
        "signal-fuer-bevoelkerungsschutz-banse-wir-brauchen-gesteigerte-ausgaben-um-den-veraenderten-beduerfni-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell on the first day of "
              "the general budget debate in the Bundestag, September 2022, shown unchanged by finanznachrichten.de with the "
              "ots dateline); the crawl date prefix ' date 2022-09' dropped (rule 63); no headline in the copy, so no title "
              "line; the dateline run into the first paragraph without a space ('Berlin (ots) -Angesichts') divided at the "
              "join and kept as the first line, and the paragraphs run together ('so der DFV-Präsident.\"Spätestens') "
              "divided (rules 32, 2770, 2910); the sentence 'Weitere Informationen: https://…903668.' kept at the end of "
              "its paragraph; the subheading 'Einheitliche Schulungen für reibungslose Zusammenarbeit', run in after it "
              "('903668.Einheitliche'), and the paragraph after it, cut off in the stored copy ('(CBRN'), dropped (rules 15, "
              "2910)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=["Berlin (ots) -", HD_P1, HD_P2],
    # the colon quotation after `fordert Karl-Heinz Banse, Präsident des …, ein starkes Signal …:`, confirmed by `postuliert
    # Banse` after it, is his (rules 9, 30), and so are the quotations before `so der DFV-Präsident` and `erinnert Banse`
    # (rule 30); the role phrases naming the DFV are no aliases (rule 33)
    quotes=[(cut(HD_P1, "\"Wir brauchen", "entsprechen!\""), BANSE),
            (cut(HD_P1, "\"Die Anforderungen", "investiert wird\""), BANSE),
            (cut(HD_P2, "\"Spätestens", "Zivilschutz\""), BANSE)],
    aliases={BANSE: ["Karl-Heinz Banse", "Banse"]})

# --- DFV (ots, shown by finanznachrichten.de), June 2024: Banse thanks the firefighters in the flooded areas ---

HW_P1 = ("Sie retten Menschen aus bedrohten Häusern, bauen Deiche aus Sandsäcken und stemmen sich gemeinsam gegen die "
         "unerbittlichen Fluten: Vor allem in Bayern und Baden-Württemberg, aber auch in angrenzenden Bundesländern sind "
         "zahllose Feuerwehrangehörige im Hochwassereinsatz. \"Dieser Einsatz der Feuerwehren ist unbezahlbar\", dankt "
         "Karl-Heinz Banse, Präsident des Deutschen Feuerwehrverbandes (DFV). Der überwiegende Teil der eingesetzten "
         "Feuerwehrkräfte ist ehrenamtlich tätig; allein in Bayern sind insgesamt rund 318.000 Menschen in der Freiwilligen "
         "Feuerwehr aktiv.")
HW_P2 = ("Im Rahmen des Hochwassereinsatzes kam es nun zu einem tragischen Unfall: Ein 42-jähriger Feuerwehrmann der "
         "Freiwilligen Feuerwehr Ehrenberg-Pfaffenhofen (Bayern) kam in Affalterbach/Uttenhofen im Landkreis Pfaffenhofen an "
         "der Ilm ums Leben. Ein 22-jähriger Kamerad wird derzeit in Offingen im Landkreis Günzburg vermisst. \"Auch wenn wir "
         "wissen, dass unser Dienst immer mit der Gefahr verbunden ist, selbst Schaden zu nehmen, ist dies kein Trost in der "
         "Stunde unserer Trauer\", nimmt Banse gemeinsam mit der großen Feuerwehrfamilie Anteil. Er ruft zum zweiwöchigen "
         "Trauerflor an den Einsatzfahrzeugen in ganz Deutschland auf. \"Zahlreiche Feuerwehrangehörige sind derzeit im "
         "Einsatz, während ihr eigenes Zuhause überflutet ist oder ihre Angehörigen evakuiert werden mussten. Dieser "
         "außergewöhnliche Einsatz zeigt die wahre Größe des Ehrenamtes\", lobt der DFV-Präsident.")

add(id="ho520-finanznachrichten-dfv-2024-06-hochwasser-banse",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2024-06/62394663-dieser-einsatz-der-feuerwehren-ist-unbezahlbar-dfv-"
        "praesident-dankt-kraeften-im-hochwassergebiet-trauer-um-feuerwehrmann-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell during the floods in "
              "Bavaria and Baden-Württemberg, June 2024, shown unchanged by finanznachrichten.de with the ots dateline); the "
              "crawl date prefix ' date 2024-06' dropped (rule 63); no headline in the copy, so no title line; the dateline "
              "run into the first paragraph without a space ('Berlin (ots) -Sie retten') divided at the join and kept as the "
              "first line, and the paragraphs run together ('aktiv.Im Rahmen') divided (rules 32, 2770, 2910); the quoted "
              "subheading '\"Aus großen Schadenslagen der Vergangenheit gelernt\"', run in after the second paragraph, and "
              "the paragraph of Johann Eitzenberger after it, cut off in the stored copy inside his quotation ('Wir sind "
              "dankbar für die Unterst'), dropped (rules 15, 2910)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=["Berlin (ots) -", HW_P1, HW_P2],
    # the quotations before `dankt Karl-Heinz Banse, Präsident des …`, before `nimmt Banse gemeinsam mit der großen
    # Feuerwehrfamilie Anteil` and before `lobt der DFV-Präsident` are his (rules 30, 2911); the firefighter who died and the
    # one missing say nothing
    quotes=[(cut(HW_P1, "\"Dieser Einsatz", "unbezahlbar\""), BANSE),
            (cut(HW_P2, "\"Auch wenn", "Trauer\""), BANSE),
            (cut(HW_P2, "\"Zahlreiche", "Ehrenamtes\""), BANSE)],
    aliases={BANSE: ["Karl-Heinz Banse", "Banse"]})

# --- DFV (ots, shown by finanznachrichten.de), 8 November 2025: the 72nd Delegiertenversammlung in Quedlinburg ---

DV_P1 = ("Die Notwendigkeit eines gesamtgesellschaftlichen Ansatzes angesichts der Herausforderungen der geopolitischen Lage und "
         "die Bedeutung des internationalen Feuerwehr-Netzwerks waren die Kernthemen der 72. Delegiertenversammlung des "
         "Deutschen Feuerwehrverbandes (DFV) in der Welterbestadt Quedlinburg (Sachsen-Anhalt). 154 Delegierte aus ganz "
         "Deutschland und Gäste aus Frankreich, Österreich, Kroatien, vom Weltfeuerwehrverband CTIF sowie aus Politik und "
         "Wirtschaft waren sich einig: \"Bevölkerungsschutz kann nur gemeinsam gelingen und wir können grenzübergreifend viel "
         "voneinander lernen.\"")
DV_H = "\"Sicherheit, Bildung und gesellschaftliche Resilienz gehen Hand in Hand\""
DV_P2 = ("DFV-Präsident Karl-Heinz Banse betonte angesichts wachsender und wechselnder Bedrohungen: \"Wir können nicht in der Lage "
         "leben, sondern müssen uns vorbereiten.\" Er bekräftigte die Forderungen des DFV zum Zivil- und "
         "Katastrophenschutz, die unter anderem die Förderung des Selbstschutzes anmahnen. \"Jeder ist ein Stückweit selbst "
         "verpflichtet, sich zu schützen\", erklärte Banse und berichtete von seinen Erfahrungen bei internationalen "
         "Fachveranstaltungen etwa in Japan, wo die Selbsthilfefähigkeit der Bevölkerung bei Naturkatastrophen wie Erdbeben "
         "oder Tsunamis extrem hoch sei. Der Präsident des Fachverbandes für 1,4 Millionen Feuerwehrangehörige in Deutschland "
         "unterstützte erneut die Forderung des Bundesinnenministers Alexander Dobrindt, Selbsthilfe bereits in der Schule zu "
         "lehren: \"Die Feuerwehren sind mit Brandschutzerziehung seit Jahrzehnten gut vernetzt; wir stehen dafür ein, dass "
         "Sicherheit, Bildung und gesellschaftliche Resilienz Hand in Hand gehen!\"")

add(id="ho520-finanznachrichten-dfv-2025-11-08-delegiertenversammlung-quedlinburg",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2025-11/66926448-bevoelkerungsschutz-kann-nur-gemeinsam-gelingen-72-"
        "dfv-delegiertenversammlung-bedeutung-des-internationalen-netzwerks-betont-007.htm",
    retrieved="same address (release of the Deutscher Feuerwehrverband e. V. (DFV) sent over news aktuell on the day of the "
              "72nd Delegiertenversammlung, Saturday 8 November 2025, shown unchanged by finanznachrichten.de with the ots "
              "dateline); the crawl date prefix ' date 2025-11-08' dropped (rule 63); no headline in the copy, so no title "
              "line; the dateline run into the first paragraph without a space ('Berlin/Quedlinburg (ots) -Die "
              "Notwendigkeit') divided at the join and kept as the first line, and the quoted subheading run in between the "
              "paragraphs ('lernen.\"\"Sicherheit, …Hand in Hand\"DFV-Präsident') divided and kept as a line of its own "
              "(rules 32, 2770, 2910); the third paragraph, on Tamara Zieschang, cut off in the stored copy inside her "
              "quotation ('sind auf Ebene der Lan'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=["Berlin/Quedlinburg (ots) -", DV_P1, DV_H, DV_P2],
    # the colon quotation after `154 Delegierte … und Gäste … waren sich einig:` is the two groups' (rule 2913); the quoted
    # subheading gives in shortened order the words with which the paragraph below it ends, Banse's (rules 49, 472, 2701);
    # the colon quotation after `DFV-Präsident Karl-Heinz Banse betonte …:`, the quotation before `erklärte Banse` and the
    # colon quotation after `Der Präsident des Fachverbandes … unterstützte erneut die Forderung des Bundesinnenministers
    # Alexander Dobrindt, …:` are his (rules 9, 30); Dobrindt, whose demand Banse supports, is no speaker (rules 9, 2873);
    # the role phrase naming the association and Germany is no alias (rule 33)
    quotes=[(cut(DV_P1, "\"Bevölkerungsschutz", "lernen.\""), DELEGIERTE),
            (DV_H, BANSE),
            (cut(DV_P2, "\"Wir können", "vorbereiten.\""), BANSE),
            (cut(DV_P2, "\"Jeder ist", "schützen\""), BANSE),
            (cut(DV_P2, "\"Die Feuerwehren", "gehen!\""), BANSE)],
    aliases={DELEGIERTE: ["Delegierte", "Gäste"],
             BANSE: ["Karl-Heinz Banse", "Banse"]})
