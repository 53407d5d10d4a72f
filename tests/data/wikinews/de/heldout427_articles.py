# Four-hundred-and-twenty-seventh held-out German real-news set (tests/data/heldout427-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2230-2233). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address or address slug,
# headline or first words and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-seventh held-out set": two news items of the European
# Commission's Representation in Germany (germany.representation.ec.europa.eu, 2016 and 2018; licence EU), two news items of
# the Council of Europe (coe.int/de, the Secretary General at the UN General Assembly 2024 and the Deputy Secretary General
# with the President of the UN Human Rights Council; licence COE), a topic page of the Austrian Parliament on the 150th
# anniversary of its library (parlament.gv.at, 2019; licence PK), and two texts of the Austrian Federal Chancellery (a news
# item of bundeskanzleramt.at, 2017, and a Chancellery release of May 2019 reposted by the Österreich Journal under the
# dateline 'Wien (bka)'; licence BKA). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are
# kept (rules 15, 17), page furniture is dropped (rules 14, 19, 93, 112), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU, COE, PK, BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SRIDHARAN = "Sridharan"
KUEHNEL = "Kühnel"
BERSET = "Alain Berset"
BERGE = "Bjørn Berge"
SOBOTKA = "Wolfgang Sobotka"
KERN = "Christian Kern"
KURZ = "Sebastian Kurz"

# --- Representation of the Commission in Germany, 29 April 2016: a new Europa-Punkt opens in Bonn; the mayor is named
#     only in a genitive (rule 2230) ---

EP_P1 = ("29/04/2016 - Der Oberbürgermeister betonte, wie wichtig es gerade in diesen für die EU schwierigen Zeiten sei, im "
         "gemeinsamen Einsatz „die Errungenschaften der europäischen Integration zu verteidigen und für 'unser Europa' zu "
         "werben.“ Denn ein vereintes Europa, so Sridharans Fazit, „ist ohne Alternative.“")

add(id="ho427-eucom-2016-04-29-europa-punkt-bonn",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/neuer-europa-punkt-bonn-eroffnet-2016-04-29_en?prefLang=lv",
    retrieved="same address (news item of the Representation of 29 April 2016 on the opening of the Europa-Punkt in its "
              "Bonn office; the part of the stored copy that the search tool returned begins with the dated paragraph "
              "'29/04/2016 - Der Oberbürgermeister betonte, …', so the document has no title line (rules 32, 811) and the "
              "date prefix is kept as published (rules 18, 812); the paragraph with the Europa-Punkt's address, opening "
              "hours, telephone number and the obfuscated e-mail address ('… 0228 – 53009-57oder per kontakteuropapunkt-"
              "bonn [dot] de (Email) und über die Website.'), the list 'Weitere Informationen:' with the link 'Flyer zum "
              "Europa-Punkt', the press contact, the line on enquiries to the Berlin Infopunkt and the footer "
              "'Einzelheiten' / '- Datum der Veröffentlichung' / '- 29. April 2016' / '- Autor' / '- Vertretung in "
              "Deutschland' dropped as furniture (rules 14, 19); complete as stored otherwise)",
    license=EU,
    paras=[EP_P1,
           "Für die zahlreichen jungen Gäste, die durch Animation auf der Straße zum Eröffnungsfest stießen, gab es neben "
           "verschiedenen Spielen auch ein Europa-Sprachen-Quiz und die Einweihung des Interaktionstisches, auf dem man sein "
           "Wissen zur EU testen kann. Dabei merkten auch einige Erwachsene, dass sie durchaus noch dazulernen können.",
           "Das Angebot des Europa-Punkts ist vielfältig: Fragen rund um die EU beantworten, Informationsmaterial zur "
           "Verfügung stellen, Ansprechpartner vermitteln – und auch maßgeschneiderte Programme für Gruppen jeden Alters, "
           "besonders für junge Leute (z.B. Schulklassen) zusammenstellen."],
    # the nested ASCII single marks around 'unser Europa' stay inside the outer span (NOTES.md, nested quotes)
    quotes=[(cut(EP_P1, "„die Errungenschaften", "zu werben.“"), SRIDHARAN),
            ("„ist ohne Alternative.“", SRIDHARAN)],
    aliases={SRIDHARAN: ["Sridharan", "Sridharans", "Oberbürgermeister"]})

# --- Representation of the Commission in Germany, 6 February 2018: Lower Saxony and the Commission agree a partnership for
#     European communication; the Representative is named by his surname only (rule 179) ---

NS_P1 = ("„Die Zusammenarbeit zwischen Niedersachsen und der Europäischen Kommission ist besonders gut“, sagte Kühnel bei "
         "einem Austausch mit Landtagsabgeordneten. „Präsident Juncker war letztes Jahr zur 70-Jahr-Feier des Landtages "
         "zugegen und empfängt in Kürze den Ministerpräsidenten Weil. Ich durfte mich mit Regierung und Landtag wiederholt "
         "austauschen und empfinde das als besonders fruchtbar.“")
NS_P2 = ("Nach der jüngsten Ausschreibung für die nächste Generation der „Europe Direct“–Informationszentren in Deutschland "
         "hat die Kommission fünf Standorte in Niedersachsen (Hannover, Leer, Lüneburg, Osnabrück und Oldenburg) ausgewählt. "
         "„Diese bekommen durchweg mehr Mittel als bisher“, sagte Kühnel. Die „Europe Direct“-Informationszentren bieten den "
         "Bürgerinnen und Bürgern Möglichkeiten, praktische Informationen zu erhalten, Ratschläge zu ihren Rechten in der "
         "Europäischen Union einzuholen und aktuelle europapolitische Themen zu diskutieren. Die meisten dieser Zentren "
         "werden von regionalen oder kommunalen Gebietskörperschaften sowie Verbänden unterhalten. Für ihre "
         "Informationstätigkeit über die EU erhalten die Zentren Zuschüsse von der Europäischen Kommission. Statt wie bisher "
         "einem Pauschalbetrag von maximal 25.000 Euro jährlich konnten die Zentren Anträge für Zuschüsse von bis zu 40.000 "
         "Euro stellen.")

add(id="ho427-eucom-2018-02-06-niedersachsen-partnerschaft-kuehnel",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/niedersachsen-und-eu-kommission-vereinbaren-partnerschaft-fur-"
        "europakommunikation-2018-02-06_de?prefLang=bg",
    retrieved="same address (news item of the Representation of 6 February 2018; the part of the stored copy that the "
              "search tool returned begins inside the article with Kühnel's quotation, so the document has no title line "
              "and the Representative keeps the only name form the kept text gives him (rules 32, 179, 811); the list "
              "'Weitere Informationen:' with the link 'Kommission erneuert das Netz der Bürger-Informationszentren in "
              "Deutschland', the press contact 'Pressekontakt: reinhard [dot] hoenighausec [dot] europa [dot] eu …', the "
              "line on enquiries to the visitor centre ERLEBNIS EUROPA and the footer 'Einzelheiten' / '- Datum der "
              "Veröffentlichung' / '- 6. Februar 2018' / '- Autor' / '- Vertretung in Deutschland' dropped (rules 14, 19); "
              "the published en dash in '„Europe Direct“–Informationszentren' and the hyphen in '„Europe Direct“-"
              "Informationszentren' kept (rule 20))",
    license=EU,
    paras=[NS_P1, NS_P2],
    # a quotation sentence without a cue after the cue sentence continues Kühnel (NOTES.md); the network's name in marks
    # before an en dash or a hyphen is null and its span ends at the closing mark (rules 2, 170, 2233)
    quotes=[(cut(NS_P1, "„Die Zusammenarbeit", "besonders gut“"), KUEHNEL),
            (cut(NS_P1, "„Präsident Juncker", "fruchtbar.“"), KUEHNEL),
            ("„Europe Direct“", None, 0),
            (cut(NS_P2, "„Diese bekommen", "als bisher“"), KUEHNEL),
            ("„Europe Direct“", None, 1)],
    aliases={KUEHNEL: ["Kühnel"]})

# --- Council of Europe, September 2024: the Secretary General at the Summit of the Future (UNGA 79) ---

UN_P1 = ("„Im Jahr des 75-jährigen Jubiläums des Europarates werden wir uns dafür einsetzen, dass so viele Länder wie möglich "
         "unsere wichtigsten Übereinkommen zeichnen und ratifizieren – in einer Zeit des demokratischen Rückschritts –, "
         "damit unsere Mitgliedsstaaten immer mehr tun, um unsere Werte in Wort und Tat zu verteidigen. Das ist der Weg zu "
         "einer besseren, demokratischen Zukunft für unsere Bürgerinnen und Bürger“, so Generalsekretär Alain Berset in "
         "seiner Rede auf dem Zukunftsgipfel 2024 im Rahmen der 79. Sitzung der Generalversammlung der Vereinten Nationen "
         "(UNGA 79).")
UN_P3 = ("„Wir wissen, dass die Hindernisse für die Verwirklichung der digitalen Gleichberechtigung aller Bürgerinnen und "
         "Bürger zahlreich und komplex sind. Diese Hindernisse können die Menschenrechte von Einzelpersonen bedrohen. Sie "
         "können zu Demokratiedefiziten und zu Rissen in der Rechtsstaatlichkeit führen. Die Antworten auf diese Probleme "
         "können nicht ausschließlich national sein, sie müssen multilateral sein und, um wirksam zu sein, müssen sie auch "
         "rechtlich bindend sein. Aus diesem Grund kommt der normativen Tätigkeit des Europarates so große Bedeutung zu. Das "
         "jüngste Beispiel ist das neue Rahmenübereinkommen über künstliche Intelligenz“, erklärte der Generalsekretär und "
         "hob hervor, dass dieser Vertrag die Entwicklung einer ethischen und auf den Menschen ausgerichteten künstlichen "
         "Intelligenz fördert und Ländern aus der ganzen Welt zur Zeichnung offensteht.")

add(id="ho427-coe-2024-09-berset-zukunftsgipfel-unga",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-at-the-united-nations-general-assembly",
    retrieved="same address (news item of the Council of Europe of September 2024 on the Secretary General's speech at the "
              "Summit of the Future; the stored copy begins with the first paragraph and shows no headline, so the text "
              "has no title line (rules 18, 32); the fourth paragraph 'Der Generalsekretär unterstrich auch die neuen "
              "Instr', cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[UN_P1,
           "Der Generalsekretär betonte die Relevanz der Rolle des Europarates bei der Wahrung des Multilateralismus "
           "angesichts der aktuellen Herausforderungen: demokratische Erosion, Krieg, Klimawandel, Zunahme von Intoleranz "
           "und Rassismus. Darüber hinaus begrüßte er die Verabschiedung des Zukunftspakts, der ein historisches Bekenntnis "
           "zu konkreten Maßnahmen für eine sicherere, friedlichere, nachhaltigere und inklusivere Welt für künftige "
           "Generationen darstellt.",
           UN_P3],
    quotes=[(cut(UN_P1, "„Im Jahr", "Bürgerinnen und Bürger“"), BERSET),
            (cut(UN_P3, "„Wir wissen", "künstliche Intelligenz“"), BERSET)],
    aliases={BERSET: ["Alain Berset", "Generalsekretär Alain Berset", "Generalsekretär"]})

# --- Council of Europe, February 2025: the Deputy Secretary General meets the President of the UN Human Rights Council;
#     the question his speech centred on (rule 2231) ---

HR_P2 = ("Im Anschluss an dieses Treffen hielt der Stellvertretende Generalsekretär eine Rede bei der Eröffnung der "
         "thematischen Diskussion des Ministerkomitees und der Vertreterinnen und Vertreter der Institutionen der Vereinten "
         "Nationen mit dem Titel „Menschenrechte und digitale Technologien“. Dabei konzentrierte er sich angesichts der "
         "Herausforderungen, welche die neuen Technologien mit sich bringen, auf die Frage: „Sind wir bereit für die "
         "Zukunft?“ Der Stellvertretende Generalsekretär unterstrich: „Keine Organisation, kein Land, kein Unternehmen kann "
         "diese Herausforderungen alleine bewältigen. Deshalb ist die Zusammenarbeit zwischen dem Europarat und den "
         "Vereinten Nationen so wichtig.“")

add(id="ho427-coe-2025-02-berge-menschenrechtsrat-lauber",
    title=None,
    url="https://coe.int/de/web/portal/-/deputy-secretary-general-engages-in-dialogue-with-president-of-the-un-human-rights-"
        "council",
    retrieved="same address (news item of the Council of Europe of February 2025; the stored copy begins with the first "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); the closing link line 'Rede "
              "des Stellvertretenden Generalsekretärs, Bjørn Berge [EN]' dropped as furniture (rules 14, 19); complete as "
              "stored otherwise)",
    license=COE,
    paras=["Der Stellvertretende Generalsekretär, Bjørn Berge, hat den Präsidenten des Menschenrechtsrats der Vereinten "
           "Nationen, Jürg Lauber, zu einem Meinungsaustausch über die aktuellen Herausforderungen für den Multilateralismus "
           "und die Achtung der Menschenrechte, Rechtsstaatlichkeit und Demokratie begrüßt. Sie erörterten die Notwendigkeit "
           "einer verstärkten Zusammenarbeit zwischen dem Europarat und dem Menschenrechtsrat zur Bewältigung dieser "
           "Herausforderungen und insbesondere des Rückschritts von Demokratie und Rechtsstaatlichkeit, der Ungleichheiten "
           "zwischen den Geschlechtern und geschlechtsspezifischer Gewalt sowie der verantwortungsvollen globalen Regulierung "
           "neuer Technologien unter Wahrung der Grundsätze der Menschenrechte, Rechtsstaatlichkeit und Demokratie.",
           HR_P2,
           "Am 25. Februar wird der Generalsekretär des Europarates, Alain Berset, vor dem Menschenrechtsrat in Genf "
           "sprechen."],
    # the discussion's title is null (rule 24); the question he centred his speech on is his (rule 2231)
    quotes=[("„Menschenrechte und digitale Technologien“", None),
            ("„Sind wir bereit für die Zukunft?“", BERGE),
            (cut(HR_P2, "„Keine Organisation", "so wichtig.“"), BERGE)],
    aliases={BERGE: ["Bjørn Berge", "Stellvertretende Generalsekretär"]})

# --- Austrian Parliament, topic page of October 2019: the parliamentary library celebrates its 150th anniversary ---

BI_P2 = ("\"Egal, wann man in die Parlamentsbibliothek kommt, der Lesesaal ist immer gut besucht\", sagte "
         "Nationalratspräsident Wolfgang Sobotka. \"Bibliotheken sind ganz besondere Orte der Übereinkunft – mit ihrem "
         "besonderen Geruch der Bücher, der Stille und dem Rascheln der Bücher beim Umblättern. Unsere Bibliothek ist für "
         "alle Abgeordneten und Studierenden am Universitätsort Wien eine wichtige Anlaufstelle für Wissen.\"")

add(id="ho427-pk-2019-10-parlamentsbibliothek-150-jahre",
    title="Die Parlamentsbibliothek feiert ihr 150-jähriges Bestehen",
    url="https://www.parlament.gv.at/PAKT/AKT/SCHLTHEM/SCHLAG/J2019/201BibliothekFestakt.shtml",
    retrieved="same address (topic page ('Schlagthema') of the Austrian Parliament of October 2019, written by its press "
              "service in the PK style and used under the PK terms (rule 136); the page furniture 'Suche', 'Seite 'Die "
              "Parlamentsbibliothek feiert ihr 150-jähriges Bestehen' teilen', 'Copy to Clipboard Facebook Twitter "
              "WhatsApp E-Mail', 'Diese Seite als Lesezeichen hinzufügen' and the closing link line 'Mehr Informationen:' "
              "dropped (rules 14, 19, 93); the headline is the title (rule 18); the published three full stops in the "
              "book title kept (rule 20); complete as stored otherwise)",
    license=PK,
    paras=["Die Parlamentsbibliothek ist die größte Spezialbibliothek in Österreich zu den Themen Demokratie und "
           "Parlamentarismus. Nun feiert sie ihr 150-jähriges Bestehen. Zum Jubiläum wurde im Rahmen des Literaturfestes "
           "\"Österreich liest\" das Buch \"Zu Wort gemeldet ist ... das Buch\" präsentiert. Bibliotheksdirektorin "
           "Elisabeth Dietrich-Schulz begrüßte dazu unter anderem Nationalratspräsident Wolfgang Sobotka, "
           "Bundesratspräsident Karl Bader und Persönlichkeiten wie den Bundespräsidenten a. D. Heinz Fischer und den "
           "Direktor der Bibliothek des Deutschen Bundestags Holger Scheerer.",
           BI_P2],
    # the festival's name and the book title are null (rules 2, 24, 48); the second quotation continues Sobotka (NOTES.md)
    quotes=[("\"Österreich liest\"", None),
            ("\"Zu Wort gemeldet ist ... das Buch\"", None),
            (cut(BI_P2, "\"Egal", "gut besucht\""), SOBOTKA),
            (cut(BI_P2, "\"Bibliotheken", "für Wissen.\""), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka"]})

# --- Federal Chancellery, July 2017: the Chancellor's press statement after the last Ministerrat before the summer ---

KE_P = ("In der letzten Sitzung des Ministerrats vor der Sommerpause wurde der 15. Oktober als Wahltermin für die vorgezogene "
        "Nationalratswahl beschlossen. Im Anschluss wurde der Termin noch vom Hauptausschuss des Nationalrates bestätigt. "
        "Bundeskanzler Christian Kern bilanzierte in einem Pressestatement nach der Regierungssitzung, dass die Entwicklung in "
        "Österreich \"in die richtige Richtung\" gehe. Österreich stehe derzeit gut da. Er sehe eine Trendwende im Land und es "
        "sei nun Aufgabe der Politik, Konzepte zu diskutieren, die den Wohlstand und Erfolg des Landes in den kommenden 10 bis "
        "15 Jahren sicherstellen könnten. Der Bundeskanzler wünschte abschließend allen \"einen schönen Sommer\", der aufgrund "
        "des Wahlkampfes wohl intensiv sein werde.")

add(id="ho427-bka-2017-07-kern-pressestatement-ministerrat",
    title="Pressestatement des Bundeskanzlers nach dem Ministerrat",
    url="https://www.bundeskanzleramt.at/-/pressestatement-des-bundeskanzlers-nach-dem-ministerrat",
    retrieved="same address (news item of the Federal Chancellery of July 2017; the navigation word 'Inhalt' dropped (rule "
              "112); the headline is the title and the subtitle '15. Oktober als Termin für vorgezogene Nationalratswahl "
              "beschlossen' its own line (rules 18, 112); complete as stored)",
    license=BKA,
    paras=["15. Oktober als Termin für vorgezogene Nationalratswahl beschlossen", KE_P],
    # two partial quotations inside the report of his statement, the second after `wünschte allen` (rules 3, 44)
    quotes=[("\"in die richtige Richtung\"", KERN),
            ("\"einen schönen Sommer\"", KERN)],
    aliases={KERN: ["Christian Kern", "Bundeskanzler Christian Kern", "Bundeskanzler"]})

# --- Federal Chancellery release of 22 May 2019 as reposted by the Österreich Journal ('Wien (bka)'): the Ministerrat after
#     the swearing-in of the transitional ministers (rule 2232) ---

KU_P1 = ("Wien (bka) - \"Nach den Enthüllungen der letzten Tage ist dies eine herausfordernde Zeit für uns alle. Die "
         "österreichische Bevölkerung hat sich eine Politik verdient, die arbeitet und nicht mit sich selbst beschäftig "
         "ist\", sagte Bundeskanzler Sebastian Kurz am 22. Mai in einem Pressestatement vor der Ministerratssitzung im "
         "Bundeskanzleramt. Zuvor waren die Mitglieder der Übergangsregierung von Bundespräsident Alexander Van der Bellen in "
         "der Hofburg angelobt worden.")
KU_P2 = ("\"Glücklicherweise haben wir in Österreich ein stabiles demokratisches System, starke Institutionen sowie eine "
         "robuste Verfassung und damit einen Weg, den man in so einer Phase beschreiten kann. Nun ist es wichtig alles zu "
         "tun, dass aus der Krise einer Partei nicht die Krise eines Staates wird\", so Sebastian Kurz. Der Kanzler bedankte "
         "sich bei Bundespräsident Alexander Van der Bellen für die gute Zusammenarbeit: Es habe in den letzten Tagen einen "
         "sehr intensiven und konstruktiven Austausch gegeben. \"Der Bundespräsident und ich haben unser Bestes gegeben, um "
         "unserer Verantwortung gerecht zu werden.\"")
KU_P3 = ("Der Weg sei jetzt frei für Neuwahlen im September. Mit der heute angelobten Übergangsregierung sollen \"geordnet "
         "und in aller Ruhe\" die Staatsgeschäfte weitergeführt werden. Auf Wunsch des Bundespräsidenten habe der Kanzler "
         "innerhalb von 24 Stunden ein \"Team von integren und fachlich qualifizierten Expertinnen und Experten\" ausgewählt "
         "und dem Präsidenten vorgeschlagen. Auch habe er alle im Parlament vertretenen Parteien darüber informiert.")

add(id="ho427-bka-oej-2019-05-22-kurz-ministerrat-uebergangsregierung",
    title="Ministerratssitzung nach Angelobung der neuen Regierungsmitglieder",
    url="http://oe-journal.at/Aktuelles/!2019/0519/W3/42205bkaKurz.htm",
    retrieved="same address (the Chancellery's release of 22 May 2019 as reposted by the Österreich Journal under the "
              "dateline 'Wien (bka)', which names the Chancellery as its source (rules 31, 111); the stored copy begins "
              "with the release's subtitle, which is the first line (rule 504); the repost's fixed-width line wraps "
              "joined with a space, a paragraph break kept only where a line ends a sentence and the next opens a new one, "
              "never inside a quotation (rules 48, 451; heldout21), which gives three paragraphs; the subheading "
              "'Vorstellung der neuen Regierungsmitglieder' and the paragraph after it ('Das Innenministerium wird nun vom "
              "ehemaligen OGH-Präsidenten Eckart Ratz geleitet. … konnte für das Infrastrukturressort gewo'), cut off in "
              "the stored copy, dropped (rule 15); the published 'beschäftig' kept (rule 20))",
    license=BKA,
    paras=[KU_P1, KU_P2, KU_P3],
    quotes=[(cut(KU_P1, "\"Nach den", "beschäftig ist\""), KURZ),
            (cut(KU_P2, "\"Glücklicherweise", "Staates wird\""), KURZ),
            (cut(KU_P2, "\"Der Bundespräsident und ich", "gerecht zu werden.\""), KURZ),
            ("\"geordnet und in aller Ruhe\"", KURZ),
            ("\"Team von integren und fachlich qualifizierten Expertinnen und Experten\"", KURZ)],
    aliases={KURZ: ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Kanzler"]})
