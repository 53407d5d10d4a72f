# Three-hundred-and-sixteenth held-out German real-news set (tests/data/heldout316-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1910-1913). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by Public view id or URL, headline
# and two distinctive phrases of each text, and for the list pages every item's headline, with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-sixteenth held-out set": a news item of the Federal Government on the
# Großer Zapfenstreich for Chancellor Merkel (2 December 2021) as distributed by Public (licence BREG_PUBLIC); page 3 of the
# tag 'Angela Merkel' on meinpodcast.de, teasers of the Chancellor's podcast feed of the Presse- und Informationsamt
# (November 2020 to January 2021, licence BREG_FEED); two Global Voices auf Deutsch date pages (the category 'Bürgermedien'
# for October 2020 and the month page September 2020, licence GV). Stored copies are the `search` tool's `pages` excerpts,
# cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14,
# 94), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_FEED, BREG_PUBLIC, GV  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MERKEL = "Angela Merkel"

# --- Public (publicnow.com): news item of the Federal Government on the Großer Zapfenstreich, 2 December 2021 ---

add(id="ho316-public-2021-12-02-zapfenstreich-merkel",
    title="Großer Zapfenstreich zu Ehren von Kanzlerin Merkel",
    url="http://www.publicnow.com/view/82E92FA435D5997D8A5B32606982EC519A349749",
    retrieved="same address (news item of 2 December 2021 as distributed by Public, which names the German Federal "
              "Government as its publisher; Public's header lines ('German Federal Government', '12/02/2021 | News release "
              "| Distributed by Public on 12/02/2021 15:09') above the headline dropped as distribution furniture (rules "
              "31, 100); the video furniture below the headline ('47:02', 'Kein Video vorhanden.', 'Video Großer "
              "Zapfenstreich zu Ehren von Kanzlerin Merkel') dropped (rule 14); the spellings 'unter an anderen', 'das die "
              "Demokratie fragil ist' and 'Die Toleranz … finden' kept as published (rule 20); the subheading 'Dank an "
              "Mitarbeiterinnen und Mitarbeiter sowie Familie' and the paragraph under it ('Merkel dankte besonders ihren "
              "engsten Mitarbeiterinnen … Sie wünschte ihrem'), cut off in the stored copy, dropped (rule 15))",
    license=BREG_PUBLIC,
    paras=["Bundeskanzlerin Angela Merkel äußerte in ihrer Rede vor dem Großen Zapfenstreich, dass sie \"Dankbarkeit und "
           "Demut\" empfinde. \"Demut vor dem Amt, das ich so lange ausüben durfte. Dankbarkeit für das Vertrauen, das ich "
           "erfahren durfte\", so Merkel. Vertrauen sei das wichtigste Kapital in der Politik.",
           "Mit dem Großen Zapfenstreich ehrte die Bundeswehr die Bundeskanzlerin zum Ende ihrer Amtszeit. Die Zeremonie "
           "fand in Berlin im Ehrenhof des Verteidigungsministeriums statt. Kanzlerin Merkel gedachte in ihrer Rede "
           "derjenigen, die sich zeitgleich mit all ihrer Kraft der vierten Welle der Pandemie entgegenstemmen. Die "
           "Ärztinnen und Ärzte, die Pflegerinnen und Pfleger, die Impfteams, die helfenden Hände in der Bundeswehr und in "
           "den Hilfsorganisationen. \"Ihnen gebührt unser besonderer Dank und höchste Anerkennung\", so Merkel.",
           "Die Kanzlerin bezeichnete die 16 Jahre Regierungszeit als ereignisreich und herausfordernd. Dabei erinnerte sie "
           "unter an anderen an die Finanzkrise im Jahr 2008 oder an die vielen Zuflucht suchenden Menschen. Dabei sei "
           "deutlich geworden, wie wichtig die Zusammenarbeit über nationale Grenzen hinweg ist.",
           "Merkel machte deutlich, das die Demokratie fragil ist und von der Fähigkeit zur kritischen Auseinandersetzung "
           "und der Selbstkorrektur lebt. Die Toleranz der Demokratinnen und Demokraten finden da ihre Grenzen, wo Hass und "
           "Gewalt zur Durchsetzung eigener Interessen dienen, sagte sie."],
    quotes=[("\"Dankbarkeit und Demut\"", MERKEL),
            ("\"Demut vor dem Amt, das ich so lange ausüben durfte. Dankbarkeit für das Vertrauen, das ich erfahren "
             "durfte\"", MERKEL),
            ("\"Ihnen gebührt unser besonderer Dank und höchste Anerkennung\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin Merkel", "Merkel", "die Bundeskanzlerin",
                      "Bundeskanzlerin", "Die Kanzlerin", "Kanzlerin"]})

# --- meinpodcast.de: page 3 of the tag 'Angela Merkel', teasers of the Chancellor's podcast feed ---

add(id="ho316-feed-meinpodcast-tag-merkel-seite-3",
    title="Angela Merkel",
    url="https://meinpodcast.de/tag/angela-merkel/page/3/",
    retrieved="same address (stored directory page 3 of the tag 'Angela Merkel': teasers of the Chancellor's podcast of "
              "November 2020 to January 2021 from the Government's feed; the stray opening mark '\"' before the page title "
              "(scraper residue, no closing mark) dropped, the tag name is the first line (rules 18, 94); the player "
              "furniture ('Serie', 'Du hast noch keinen Podcast zur Wiedergabe ausgewählt', '00:00 / 00:00', "
              "'Herunterladen', 'Playlist', 'Aktuelle Wiedergabe', the repeated tag name, the column heads 'Nr.', 'Titel', "
              "'Länge') and the list bullets dropped (rule 94); the fifth item (number '26.', length '05:37', 'In dieser "
              "entscheidenden Phase der Pandemiebekämpfung schaut'), cut off in the stored copy, dropped (rule 15); the "
              "full stop inside the closing mark of '„Botschafter für Freiheit und Demokratie.“' kept as published (rule "
              "20))",
    license=BREG_FEED,
    paras=["Vor ihrem digitalen Bürgerdialog mit Müttern und Vätern betont die Kanzlerin: „In der Bundesregierung sind wir "
           "uns sehr bewusst, wie hart der Alltag für viele Eltern und Kinder zurzeit ist.“ Deshalb habe man eine Reihe von "
           "Maßnahmen zur Unterstützung auf den Weg gebracht. Je konsequenter wir jetzt die Corona-Regeln einhielten, desto "
           "schneller könnten Kitas und Schulen geöffnet werden.",
           "Zum Jahresanfang blickt Kanzlerin Merkel auf die nächsten Winterwochen, die eine schwierige Phase in der "
           "Pandemie sind: „Wenn jetzt noch einmal jedem von uns Geduld abverlangt wird, dann hilft es sehr, dass wir die "
           "berechtigte Hoffnung auf Besserung haben.“ Besonnenheit und Rücksicht würden sich auszahlen.",
           "Im Podcast würdigt die Kanzlerin die Arbeit der Polizistinnen und Polizisten, Soldatinnen und Soldaten und "
           "zivilen Helferinnen und Helfer, die im Auslandseinsatz sind, und wünscht ihnen und ihren Familien frohe "
           "Weihnachten. In ihren Einsätzen weltweit seien sie „Botschafter für Freiheit und Demokratie.“ Ihre Missionen "
           "dienten dem Frieden vor Ort, aber auch der Sicherheit in Deutschland.",
           "In ihrem Podcast erläutert die Kanzlerin, dass der Bundestag kommende Woche über den Haushalt des Bundes für "
           "2021 entscheidet. „Dieser Haushalt ist natürlich ganz von den Folgen der Pandemie geprägt, von unserem "
           "Bemühen, diejenigen, die wirtschaftlich schwer unter dieser Pandemie zu leiden haben, nicht alleine zu lassen“, "
           "erklärt Kanzlerin Merkel in ihrem Podcast. Und dass die Bundesregierung auch weiterhin alles Notwendige dafür "
           "tun wird, um die Gesundheit der Menschen zu schützen und gleichzeitig unsere Unternehmen zu stärken und "
           "Arbeitsplätze zu sichern."],
    quotes=[("„In der Bundesregierung sind wir uns sehr bewusst, wie hart der Alltag für viele Eltern und Kinder zurzeit "
             "ist.“", MERKEL),
            ("„Wenn jetzt noch einmal jedem von uns Geduld abverlangt wird, dann hilft es sehr, dass wir die berechtigte "
             "Hoffnung auf Besserung haben.“", MERKEL),
            ("„Botschafter für Freiheit und Demokratie.“", MERKEL),
            ("„Dieser Haushalt ist natürlich ganz von den Folgen der Pandemie geprägt, von unserem Bemühen, diejenigen, die "
             "wirtschaftlich schwer unter dieser Pandemie zu leiden haben, nicht alleine zu lassen“", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Kanzlerin Merkel", "die Kanzlerin", "Kanzlerin"]})

# --- Global Voices auf Deutsch: category 'Bürgermedien', October 2020 ---

GRUPPEN = "rassistische Gruppierungen"
GV10_CANBERRA = ("„Canberra sollte alles in seiner Macht Stehende tun, um sicherzustellen, dass sie [Cheng Lei] so schnell "
                 "wie möglich aus der „Wohnraumüberwachung“ entlassen wird“")

add(id="ho316-gv-2020-10-buergermedien",
    title="Artikel über Bürgermedien vom Oktober, 2020",
    url="https://de.globalvoices.org/category/topics/citizen-media/?m=202010",
    retrieved="same address (stored category page of October 2020: headline and teaser of each article as the page shows "
              "them; the month line '· Oktober, 2020' above the page title dropped (as in the eighth set); the spelling "
              "'Der Nepalparder, … wurden' and the bracketed '[if]' kept as published (rule 20); the last item ('Vor eurer "
              "Reise nach Kir'), cut off in the stored copy, dropped (rule 15))",
    license=GV,
    paras=["Nebelparder in nepalesischem Himalaya erstmals auf Höhe von über 3.600 Metern gefunden. Können sie den "
           "Klimawandel überleben?",
           "Der Nepalparder, eine der scheuesten Katzenarten, wurden nun zum ersten Mal auf einer Höhe von 3.498 Metern über "
           "Meeresspiegel gesichtet im Langtang-Nationalpark.",
           "Online-Repressionen gegen Amazigh-Demonstrierende der Hirak-Bewegung in Algerien",
           "Das Volk der Amazigh wird oft mit Algeriens alter Kolonialmacht Frankreich in Verbindung gebracht und "
           "rassistische Gruppierungen werfen seinen Angehörigen im Internet Separatismus und \"Bedrohung der nationalen "
           "Einheit\" vor.",
           "Thailands Demokratie-Proteste spiegeln wachsende Unzufriedenheit über die Monarchie wider",
           "Kritik an der Monarchie ist in Thailand ein Verbrechen, trotzdem organisieren Demonstrierende, vor allem junge "
           "Aktivist*innen, weiterhin Kundgebungen, auf denen Reformen der Monarchie gefordert werden.",
           "Chinesisches Staatsfernsehen verzerrt die Äußerungen von WHO-Wissenschaftler*innen in viralem Video",
           "Das Wort „wenn“ [if] in Dr. Swaminathans Rede wurde aus dem Video entfernt und ein ursprünglich vorhandener "
           "Konjunktivsatz schien indikativ zu sein.",
           "WhatsApp ist das neue Instrument, das venezolanische Feministinnen während der Pandemie nutzen",
           "Global Voices hat die Leiterinnen von vier Projekten interviewt, die während der Pandemie von Gewalt betroffene "
           "Frauen unterstützen.",
           "Am chinesischen Nationalfeiertag zieht ein Interview mit „patriotischem“ Hongkonger Bürger viel Online-Spott auf "
           "sich",
           "Peking versuchte, einen prochinesischen Demonstranten als einen normalen Bürger Hongkongs darzustellen.",
           "Festnahme chinesisch-australischer Fernsehmoderatorin Cheng Lei durch China als „Geiseldiplomatie“ bezeichnet",
           GV10_CANBERRA + "."],
    quotes=[("\"Bedrohung der nationalen Einheit\"", GRUPPEN),
            ("„wenn“", None),
            ("„patriotischem“", None),
            ("„Geiseldiplomatie“", None),
            (GV10_CANBERRA, None)],
    aliases={GRUPPEN: ["rassistische Gruppierungen"]})

# --- Global Voices auf Deutsch: month page September 2020 ---

KUENSTLER = "Hongkonger Künstler*innen"

add(id="ho316-gv-2020-09-monatsseite",
    title="Artikel vom September, 2020",
    url="https://de.globalvoices.org/2020/09/",
    retrieved="same address (stored month page of September 2020: headline and teaser of each article as the page shows "
              "them; the month line 'September, 2020' above the page title dropped (as in the eighth set); the first "
              "teaser, a first-person sentence without quotation marks, kept as published and not annotated (rule 5); "
              "'mit den Reich der Geister' kept as published (rule 20); the stored copy ends after the seventh item)",
    license=GV,
    paras=["Chinas Verfolgung muslimischer Minderheiten: Eine in der Türkei lebende uigurische Studentin erzählt ihre "
           "Geschichte",
           "Ich kam mit einem von den chinesischen Behörden ausgestellten Reisepass legal in die Türkei. Warum bestrafen sie "
           "meine Familie?",
           "Was geschieht in Thailand? Jugendliche Aktivist*innen treffen sich zum Schutz von Demokratie und Redefreiheit",
           "Eine Erklärung zu den anhaltenden Jugendprotesten in Thailand.",
           "Am Tag der wandelnden Seelen verbrennen Hongkonger Künstler*innen Protestkleidung, Winnie the Pooh und "
           "Wahlurnen",
           "„In der realen Welt reagiert niemand auf unsere Forderungen, so dass wir andere Kanäle suchen müssen, zum "
           "Beispiel die Kommunikation mit den Reich der Geister.“",
           "COVID-19 und Chinas Politik der Informationskontrolle",
           "Chinas Strategie zur Kontrolle von Informationen und deren Folgen führt zu globaler Besorgnis.",
           "Bilder aus Kuba zur Zeit der Ausgangssperre",
           "Durch die Fotos erzählen die Kubanerinnen und Kubaner von ihrer Ausgangssperre.",
           "Die Rückkehr der Vögel während des COVID-19-Lockdowns ist ein Segen für nepalesische Wildtierfotograf*innen",
           "Mehrere Wochen der Ausgangssperre haben eine günstige Umgebung für die Vögel geschaffen, dank einer "
           "Verringerung der Verschmutzung und weniger menschlicher Eingriffe.",
           "Solo-Protest in den Niederlanden für die Sache der Uiguren: Ein Mann nimmt es mit dem chinesischen Staat auf",
           "In den Niederlanden wirft der Protest eines einzelnen uigurischen Exilanten ein Schlaglicht auf Chinas Vorgehen "
           "gegen die Uiguren und andere Muslime in Xinjiang."],
    quotes=[("„In der realen Welt reagiert niemand auf unsere Forderungen, so dass wir andere Kanäle suchen müssen, zum "
             "Beispiel die Kommunikation mit den Reich der Geister.“", KUENSTLER)],
    aliases={KUENSTLER: ["Hongkonger Künstler*innen"]})
