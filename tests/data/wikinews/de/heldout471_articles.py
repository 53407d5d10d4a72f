# Four-hundred-and-seventy-first held-out German real-news set (tests/data/heldout471-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2490-2495). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data; the few shared names are written in SOURCES.md). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the
# project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventy-first held-out set": eight netzpolitik.org pages (licence NP,
# CC BY-NC-SA 4.0): a blog post of 2011 on the data protection commissioners' resolution on the Funkzellenabfrage, the
# weekly reviews ('Netzpolitischer Wochenrückblick') of KW 50/2014, KW 16/2023, KW 40/2025 and KW 41/2025, one issue of
# the newsletter 'Auf den Punkt' (February 2025), the tag page 'no-feed' with three 'Auf den Punkt' teasers (2024) and page
# 4 of the 2024 archive; and one page of the Council of Europe portal on coe.int/de (licence COE_PORTAL, the terms of COE
# applied to a theme page; an excerpt of under 500 words): the page on the Data Protection Day of 28 January. Stored copies
# are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs and list items are
# kept (rules 15, 17, 19), date prefixes, captions, image alt texts, donation banners and link lines are dropped (rules 14,
# 63, 2490), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE_PORTAL, NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


# --- netzpolitik.org, 2011: the data protection commissioners on the Funkzellenabfrage after Dresden ---

DSB = "Datenschutzbeauftragte"

FZ_T = "Datenschutzbeauftragte: „Funkzellenabfrage muss eingeschränkt werden!“"
FZ_P1 = ("Schon mehrfach haben wir hier von der Handynetz-Überwachung im Rahmen des Naziaufmarsches in Dresden berichtet, "
         "von der nach aktuellem Stand fast die ganze Stadt Dresden, sowie natürlich alle Demonstranten betroffen waren. Ich "
         "persönlich war ein bisschen überrascht, dass diese Überwachung einer Demonstration überhaupt „legal“ war – und der "
         "verantwortliche Polizeichef auch noch direkt klammheimlich befördert wurde, nachdem man ihn erst öffentlich als "
         "Sündenbock inszeniert hatte.")
FZ_P2 = ("Die Datenschutzbeauftragten des Bundes und der Länder kritisieren die gesetzlichen Regelungen zur "
         "Funkzellenabfrage und fordern eine deutliche Einschränkung für nichtindividualisierte Funkzellenabfragen: Die "
         "Voraussetzungen für eine Abfrage sollen klarer und vor allem strenger gefasst werden.")
FZ_P3 = ("Die Funkzellenabfrage ist ein verdeckter Eingriff in das Fernmeldegeheimnis (Art. 10 GG). Sie richtet sich "
         "unterschiedslos gegen alle in einer Funkzelle anwesen- den Mobilfunkgerätebesitzer, nicht nur –wie etwa eine "
         "Telekommunikationsüberwa- chung nach § 100a StPO –gegen bestimmte einzelne Tatverdächtige. Sie offenbart Art und "
         "Umstände der Kommunikation von u. U. Zehntausenden von Menschen, die selbst keinen Anlass für einen staatlichen "
         "Eingriff gegeben haben. Sie schafft damit des Weiteren die Möglichkeit, diese Personen rechtswidrig wegen "
         "Nicht-Anlasstaten, etwa Verstößen gegen das Versammlungsgesetz, zu verfolgen. Sie ist bezogen auf einzelne "
         "Personen ein Instrument der Verdachtsgenerierung. Die Strafprozessord- nung regelt nicht näher, wie die Behörden "
         "mit den erhobenen Daten umzugehen ha- ben, insbesondere nicht, über welche Zeiträume, zu welchen Personen und in "
         "wel- chen anderen Zusammenhängen die erhobenen Daten polizeilich weiter verwendet werden dürfen.")
FZ_P4 = "Hier gibt es die Entschliessung zur Funkzellenabfrage als pdf."

add(id="ho471-np-2011-datenschutzkonferenz-funkzellenabfrage",
    title=FZ_T,
    url="https://netzpolitik.org/2011/datenschutzkonferenz-funkzellenabfrage-muss-eingeschrankt-werden/",
    retrieved="same address (stored blog post of 2011, without date prefix; the headline is the title (rule 18); the hard "
              "line break before '(Art. 10 GG)' inside the block quotation of the resolution joined with a space (rule "
              "48); the resolution's hyphenation remnants ('anwesen- den', 'Telekommunikationsüberwa- chung', "
              "'Strafprozessord- nung', 'ha- ben', 'wel- chen') and the missing spaces after the dashes ('–wie', '–gegen') "
              "kept as published (rule 20); the donation box 'Deine Spende für digitale Freiheitsrechte / Wir berichten "
              "über', cut off in the stored copy, dropped (rules 14, 15); a second stored copy of the same address, which "
              "runs on into the reader comments ('5 Kommentare …'), not used)",
    license=NP,
    paras=[FZ_P1, FZ_P2, FZ_P3, FZ_P4],
    # the headline quotation under the label `Datenschutzbeauftragte:` is the commissioners' demand that the body reports
    # (`fordern eine deutliche Einschränkung`, rules 26, 54), under the group noun as head phrase (rules 10, 29); the
    # genitive `des Bundes und der Länder` is no part of an alias (rule 33); the block quotation of their resolution
    # carries no marks and is not annotated (rule 23); the author's `„legal“` is a distancing quote (rule 24)
    quotes=[("„Funkzellenabfrage muss eingeschränkt werden!“", DSB),
            ("„legal“", None)],
    aliases={DSB: [DSB, "Datenschutzbeauftragten"]})

# --- netzpolitik.org, December 2014: Netzpolitischer Wochenrückblick KW 50 ---

BERNERS_LEE = "Tim Berners-Lee"
CSC = "CSC"

W50_T = "Netzpolitischer Wochenrückblick KW 50: „Und täglich grüsst das Murmeltier“"
W50_P1 = ("Wilkommen zum netzpolitischen Wochenrückblick für die Kalenderwoche 50. Noch eine Woche bis zu den "
          "Weihnachtsferien, aber in der Politik wird noch gearbeitet. Auch diese Woche fühlten wir uns wie bei „Und "
          "täglich grüsst das Murmeltier“. Der Zombie Vorratsdatenspeicherung ist wieder da und die Netzneutralität steht "
          "auf dem Spiel. Aber mal von vorne.")
W50_P2 = ("Letzte Woche hat die Bundesregierung ihre gemeinsame Linie zur Netzneutralität vorgestellt, die vor allem "
          "Greenwashing ist. Da steht groß Netzneutralität drauf, gegen die zahlreichen Verletzungen dieser steht aber nur "
          "Placebo drin. Wir haben aus Protest eine Petition gestartet, der sich bereits 42.000 Menschen in 48 Stunden "
          "angeschlossen haben. Passenderweise warb erst diese Woche der WWW-Erfinder Tim Berners-Lee für "
          "Netzneutralität: „Widmen Sie fünf Prozent Ihrer Zeit der politischen Lage. Treten Sie bewusst dieser Schlacht "
          "bei. Netzneutralität ist unsere Wahl.” Als Ersatz für Bildungsfernsehen haben wir die besten Videos zum Thema "
          "zusammengestellt.")
W50_P3 = ("Niemand hat die Absicht, die Vorratsdatenspeicherung wieder einzuführen. Die EU-Kommission macht sich dazu "
          "Gedanken und die CDU hat gerade erst die Widereinführung beschlossen. Wir haben interne Mails von CSC zugespielt "
          "bekommen, die sich darin über neue Verträge mit Behörden freuen, trotz No-Spy-Erlass und “medialen "
          "Anschuldigungen”. Ein Kommentar dazu: Wir brauchen transparente Vergaben und offene öffentliche Verträge. Unsere "
          "Innenminister verschönern stigmatisierende Speicherung und basteln an weiterer Datensammlung.")

add(id="ho471-np-2014-wochenrueckblick-kw50-murmeltier",
    title=W50_T,
    url="https://netzpolitik.org/2014/netzpolitischer-wochenrueckblick-kw-50/",
    retrieved="same address (stored weekly review of KW 50 of 2014, without date prefix; the headline is the title (rule "
              "18); the photo credit 'CC BY-SA mdf' dropped (rule 14); the published 'Wilkommen', 'grüsst' and "
              "'Widereinführung' kept (rule 20); the fourth paragraph ('Die Bundesregierung hat offensichtlich Angst, … "
              "Alexander Lehmann hat mit „Wir lieben Überwachung“ einen Nachfolger des Animationsvideos „Du bist "
              "Terrorist“ v'), cut off in the stored copy, dropped with its two video titles (rule 15))",
    license=NP,
    paras=[W50_P1, W50_P2, W50_P3],
    # the film title the review borrows as its motto, in the headline and in the first paragraph, is null both times
    # (rules 24, 68; located by occurrence index, rule 4); the colon quotation after `warb … der WWW-Erfinder Tim
    # Berners-Lee für Netzneutralität:` is his, opened with „ and closed with ” (rules 9, 21); the phrase in English-style
    # marks from the leaked mails in which the firm rejoices is CSC's written wording (rules 28, 34); the unmarked `Ein
    # Kommentar dazu:` and the Ulbricht allusion carry no span (rule 5); `WWW-Erfinder` names only him (rule 44)
    quotes=[("„Und täglich grüsst das Murmeltier“", None, 0),
            ("„Und täglich grüsst das Murmeltier“", None, 1),
            (cut(W50_P2, "„Widmen", "Wahl.”"), BERNERS_LEE),
            ("“medialen Anschuldigungen”", CSC)],
    aliases={BERNERS_LEE: [BERNERS_LEE, "WWW-Erfinder Tim Berners-Lee", "WWW-Erfinder"],
             CSC: [CSC]})

# --- netzpolitik.org, April 2023: Wochenrückblick KW 16, the word „leider“ ---

SPRANGER = "Iris Spranger"

W16_P1 = ("es gibt immer wieder Momente, in denen ein einzelnes Wort das große Ganze erleuchtet. In dieser Woche war es "
          "das Wort „leider“. Im Zusammenhang mit den Klimaprotesten der „Letzten Generation“ und der zunehmenden Gewalt "
          "von Autofahrer:innen gegen Demonstrierende bedauerte die Berliner Innensenatorin Iris Spranger, dass die Polizei "
          "Selbstjustiz verfolgen müsse. Sie sagte: „Das muss leider dann auch zur Rechenschaft gezogen werden“. Leider.")
W16_P2 = ("Ein kleines Wort mit großer Tragweite. Denn Spranger steht mit dieser verbalen Rechtsstaatsbeugung beispielhaft "
          "für eine erregte Debatte, in der der Chefredakteur der „Welt“ verklausuliert zur Gewalt gegen "
          "Klimaaktivist:innen aufruft und der Bundesjustizminister Weimarer Zustände wegen friedlicher Straßenblockaden "
          "herbeihalluziniert.")
W16_P3 = ("Als demokratische Gesellschaft müssen wir verdammt aufpassen, dass wir nicht bald einen neuen Dutschke-Moment "
          "erleben, in dem ein aufgepeitschter Autofahrer als Vollstrecker des vermeintlichen Volkswillens jemanden in einer "
          "Sitzblockade zu Tode fährt. Vielleicht sollten wir alle mal innehalten, durchatmen, nachdenken – auf "
          "Auto-Deutsch „einen Gang runterschalten“. Und dann über Maßnahmen gegen die Klimakrise reden, statt den Protest "
          "zur Verhinderung ebenjener zu skandalisieren.")
W16_P4 = ("Dass die Zivilgesellschaft ins Visier gerät, ist nichts Neues: Auf dem Rettungsschiff Sea-Watch 5 wehrt man "
          "sich deswegen mit Kameras gegen mögliche Repressionen, während das Zentrum für Politische Schönheit – erstmals "
          "angeklagt – nun mit Anwälten die Kunstfreiheit verteidigen muss.")

add(id="ho471-np-2023-04-wochenrueckblick-kw16-leider",
    title=None,
    url="https://netzpolitik.org/2023/kw-16-die-woche-in-der-leider-gesagt-wurde/",
    retrieved="same address (stored weekly review of KW 16 of 2023; the date prefix ' date 2023-04' dropped (rule 63); "
              "the stored copy begins with the salutation and shows no headline, so the text has no title line and the "
              "salutation 'Liebe Leser:innen,' is the first line (rules 18, 32, 100, 2490); the next paragraph keeps its "
              "lower-case first word (rule 100); the subheading 'Sechs Beiträge zu Chatkontrolle in einer Woche' and the "
              "paragraph under it ('Gerade passiert auch beim Thema Chatkontrolle sehr viel. … Wir begleiten dieses "
              "wicht'), cut off in the stored copy, dropped together (rule 15))",
    license=NP,
    paras=["Liebe Leser:innen,", W16_P1, W16_P2, W16_P3, W16_P4],
    # the word the author singles out in marks is Spranger's, whose sentence with it the next sentences quote (rule 2491);
    # `Sie sagte: „…“` after the sentence that names her (rules 8, 9); the group name `„Letzten Generation“` and the
    # newspaper's name `„Welt“` are null (rule 2), and so is the author's own idiom announced as `auf Auto-Deutsch` (rules
    # 24, 68); the Bundesjustizminister and the Chefredakteur are described, not quoted; `Innensenatorin` names only her
    # (rule 44), while the adjective `Berliner` is left out of the aliases (rule 33)
    quotes=[("„leider“", SPRANGER),
            ("„Letzten Generation“", None),
            (cut(W16_P1, "„Das muss", "werden“"), SPRANGER),
            ("„Welt“", None),
            ("„einen Gang runterschalten“", None)],
    aliases={SPRANGER: [SPRANGER, "Spranger", "Innensenatorin Iris Spranger", "Innensenatorin"]})

# --- netzpolitik.org, tag page 'no-feed' (2024): three teasers of the newsletter 'Auf den Punkt' ---

MUENCH = "Holger Münch"

NF_P1 = ("Liebe Leser:innen, in der aktuellen „Zeit“ findet sich ein bemerkenswertes Interview mit Holger Münch, dem "
         "Präsidenten des Bundeskriminalamts. Es ist viel die Rede von „Problemstaaten“, „Intensivtätern“, die abgeschoben "
         "gehören, und Messerverboten, die „Anlass schaffen, kontrollieren zu dürfen“. Bemerkenswert ist dieses Gespräch, "
         "weil es die Debatte rund um das Sicherheitspaket widerspiegelt. Zumal es in der von […]")
NF_P2 = ("Liebe Leser:innen, warum bekommen Menschen eine Strafe, wenn sie eindeutig antifaschistische Karikaturen teilen, "
         "auf denen Hakenkreuze abgebildet sind – aber wer in einer Chatgruppe rumhitlert und Nazi-Symbole postet, geht "
         "straffrei aus? Diese Frage hat der Karikaturist Guido Kühn aufgeworfen. Um ihn, beziehungsweise seine "
         "Karikaturen, geht es in einem Text meines Kollegen Markus. Rein rechtlich haben […]")
NF_P3 = ("Liebe Leser*innen, wenige Monate vor den vorgezogenen Neuwahlen ist die rot-grüne Minderheitsregierung auf "
         "Stimmen der Opposition angewiesen. Was sie dabei von der Union erwarten kann? Na klar: Daumen hoch für den Einsatz "
         "von Staatstrojanern gegen Einbrecher*innen, wie meine Kollegin Chris berichtet hat. Bei der Umsetzung von "
         "EU-Gesetzen wie der KI-Verordnung wird Deutschland aber voraussichtlich Fristen […]")

add(id="ho471-np-tag-no-feed-auf-den-punkt-2024",
    title=None,
    url="https://netzpolitik.org/tag/no-feed",
    retrieved="same address (stored tag page, undated in the stored copy, holding teasers of the newsletter 'Auf den "
              "Punkt' of autumn 2024, by their contents; of the two stored versions of the address, the one that opens "
              "with 'Gegen die autoritäre Wende.' is used; the page shows no title, so the first category label is the "
              "first line (rules 18, 19, 2490); the category labels 'Auf den Punkt' and the kicker run into each headline "
              "('Auf den PunktGegen die autoritäre Wende.') kept as lines, the teasers with their published '[…]' kept "
              "(rules 19, 2490); the link lines 'Lesen Sie diesen Artikel: …' dropped (rule 2490); the fourth item ('Auf "
              "den PunktTrump hat Musk zum Kostenkürzer ernannt.', teaser cut off at 'der gezielte Versu') dropped with "
              "its category label and headline (rule 15))",
    license=NP,
    paras=["Auf den Punkt", "Auf den PunktGegen die autoritäre Wende.", NF_P1,
           "Auf den Punkt", "Auf den PunktTeilen kann gefährlich sein.", NF_P2,
           "Auf den Punkt", "Auf den PunktDer Bundestag gibt Daumen hoch für Staatstrojaner.", NF_P3],
    # the newspaper's name is null (rule 2); the three phrases the teaser takes from the interview named in the sentence
    # before are the interviewee's, although `Es ist viel die Rede von` names no speaker (rule 2492); the cartoonist and the
    # colleagues named in the other teasers say nothing in marks; the office phrase naming the BKA is no alias (rule 33)
    quotes=[("„Zeit“", None),
            ("„Problemstaaten“", MUENCH),
            ("„Intensivtätern“", MUENCH),
            ("„Anlass schaffen, kontrollieren zu dürfen“", MUENCH)],
    aliases={MUENCH: [MUENCH]})

# --- netzpolitik.org, archive of 2024, page 4 (November 2024) ---

TRUMP = "Donald Trump"

P4_P1 = ("Liebe Leser*innen, also ich möchte nicht vier Jahre lang täglich die neuste Provokation analysieren, dem "
         "neusten Arschloch-Move hinterherberichten, für den Donald Trump und/oder Elon Musk verantwortlich sind. Immerhin "
         "sind ihre Handlungen auch der gezielte Versuch, die Aufmerksamkeitsökonomie zu hacken – und damit unsere eigene "
         "Gefühlswelt. Nicht mit mir! Heute haben wir trotzdem einen Bericht verfasst: […]")
P4_P2 = ("Der Tech-Milliardär Musk bekommt einen Top-Posten als Berater des künftigen US-Präsidenten Donald Trump. Er soll "
         "etwas leiten, das Trump als „Department of Government Efficiency“ ankündigt und beim Streichen von Kosten und "
         "„überflüssigen Vorschriften“ beraten. Doch nicht nur der Name der neuen Abteilung lässt viele Fragen offen.")
P4_P3 = ("Alaa Abd el-Fattah sitzt noch immer in Haft, dabei hat der ägyptische Aktivist und Blogger seine "
         "Gefängnisstrafe bereits verbüßt. Seine Mutter befindet sich im Hungerstreik, zahlreiche "
         "Nichtregierungsorganisationen hoffen nun auf die Vereinten Nationen.")

add(id="ho471-np-2024-archiv-seite-4-musk-trump",
    title=None,
    url="https://netzpolitik.org/2024/page/4",
    retrieved="same address (stored page 4 of the 2024 archive, items of November 2024 by their contents; the page shows "
              "no title, so the first category label is the first line (rules 18, 19, 2490); category labels ('Auf den "
              "Punkt', 'Öffentlichkeit', 'Demokratie') and the kickers run into the headlines ('Elon MuskVom "
              "Twitter-Despoten zum Regierungsberater', 'Inhaftierter BloggerMenschenrechtsgruppen fordern …') kept as "
              "lines; the link lines 'Lesen Sie diesen Artikel: …' and the image alt texts 'Mann mit schwarzer Kappe steht "
              "an Pult und reißt die Arme hoch' and 'Eine Frau hält ein Demoschild, darauf Alaa mit einem kleinen Kind auf "
              "dem Arm und das Logo von Amnesty International.' dropped (rules 14, 2490); the fourth item (alt text 'Ein "
              "Mann tanzt mit ausgebreiteten Armen', category 'Demokratie', headline 'Vor der WahlBundestag will die "
              "Öffentlichkeitsarbeit der Fraktionen neu regeln', teaser cut off at 'das Abgeord') dropped (rule 15))",
    license=NP,
    paras=["Auf den Punkt", "Auf den PunktTrump hat Musk zum Kostenkürzer ernannt.", P4_P1,
           "Öffentlichkeit", "Elon MuskVom Twitter-Despoten zum Regierungsberater", P4_P2,
           "Demokratie", "Inhaftierter BloggerMenschenrechtsgruppen fordern UN-Positionierung zum Fall Alaa Abd el-Fattah",
           P4_P3],
    # the name that Trump announces the new department under, and the marked object of the reportative `soll … beraten`
    # in the same sentence, are his (rule 2494); Musk, the subject of `soll`, speaks in neither; the office phrase
    # `künftigen US-Präsidenten Donald Trump` is no alias (rule 33)
    quotes=[("„Department of Government Efficiency“", TRUMP),
            ("„überflüssigen Vorschriften“", TRUMP)],
    aliases={TRUMP: [TRUMP, "Trump"]})

# --- netzpolitik.org, February 2025: newsletter 'Auf den Punkt' before the Bundestag election ---

FTC = "neue Chef"

ADP_P1 = ("verfolgt ihr am Sonntagabend im Fernsehen, im Netz oder im Radio die Auszählung der Bundestagswahl? Oder seid "
          "ihr eher Typ „Ergebnis gibts nach dem Aufstehen“? Ich gehöre zur ersten Gruppe, ich kann einfach nicht anders. "
          "Und gern in guter Gesellschaft, manchmal mit Bullshitbingo-Kärtchen für die Talkrunden. Dieses Jahr ist mir "
          "aufgefallen, dass mich viele Einladungen zum gemeinsamen TV-Abend erreichen. Ist das eine zufällige Häufung oder "
          "haben gerade viele das Bedürfnis, den Abend nicht allein zu verbringen? Ich könnte das gut verstehen.")
ADP_T1 = ("Der von Trump ausgesuchte, neue Chef der US-Behörde FTC hat angekündigt, vermeintliche Zensur durch "
          "Tech-Plattformen untersuchen zu wollen. Die sollten ihre Nutzer:innen nicht \"schikanieren\". Damit geht der "
          "rücksichtslose Deregulierungskurs der US-Regierung weiter.")
ADP_T2 = ("Reporter ohne Grenzen fordert von der künftigen Bundesregierung, den Quellenschutz durch ein Recht auf "
          "Verschlüsselung zu stärken. Außerdem will die Organisation, die für die Pressefreiheit kämpft, dass "
          "Medienschaffende auf Demonstrationen besser geschützt werden.")
ADP_T3 = ("Insider berichten laut Reuters, dass TikTok seine Moderationsteams verkleinere und Menschen entlasse. Derzeit "
          "sollen rund 40.000 Personen im Bereich \"Trust and Safety\" arbeiten; wie viele es künftig sein werden, ist "
          "unbekannt.")
ADP_T4 = ("Marcel Fratzscher, Präsident des Deutschen Instituts für Wirtschaftsforschung, fordert eine wirksame "
          "Regulierung von Kryptowährungen. Andernfalls könnten diese eine neue Finanzkrise auslösen.")

add(id="ho471-np-2025-02-auf-den-punkt-bundestagswahl",
    title=None,
    url="https://netzpolitik.org/2025/auf-den-punkt-am-sonntag-ist-bundestagswahl",
    retrieved="same address (stored issue of the newsletter 'Auf den Punkt' before the Bundestag election of 23 February "
              "2025, by its contents; the stored copy begins with the salutation and shows no headline, so 'Liebe "
              "Leser:innen,' is the first line and the next paragraph keeps its lower-case first word (rules 18, 32, 100, "
              "2490); the closing line 'Wählt weise.' and the signature 'anna' kept as lines; the donation banner "
              "'Texttafel mit Text: Schon wieder Databroker Files! … Spende jetzt.' dropped (rules 14, 2490); the headings "
              "'Unsere Artikel des Tages' and 'Tickermeldungen', the ticker's description line and the source labels of "
              "the ticker items ('ars technica', 'RSF', 'Reuters', 'Golem.de') kept as lines (rule 2490); the fifth ticker "
              "item ('TechCrunch' / 'Schon wieder ein Datenleck bei Spionage-Apps: Sicherheitsfor'), cut off in the stored "
              "copy, dropped with its label (rule 15))",
    license=NP,
    paras=["Liebe Leser:innen,", ADP_P1, "Wählt weise.", "anna", "Unsere Artikel des Tages", "Tickermeldungen",
           "Lesenswert, wichtig und spannend – hier fasst die Redaktion netzpolitische Meldungen von anderswo als "
           "Linktipps zusammen.",
           "ars technica", ADP_T1, "RSF", ADP_T2, "Reuters", ADP_T3, "Golem.de", ADP_T4],
    # the author's own label for a kind of viewer is null (rules 24, 68); the Konjunktiv sentence after `hat angekündigt`
    # continues the announcement of the FTC chief, whose marked verb it is (rule 2495); Trump, who chose him, and the outlet
    # named above the item are not the speaker; the name of the moderation area in the Reuters item is null (rules 2, 24)
    quotes=[("„Ergebnis gibts nach dem Aufstehen“", None),
            ("\"schikanieren\"", FTC),
            ("\"Trust and Safety\"", None)],
    aliases={FTC: [FTC, "Chef"]})

# --- netzpolitik.org, 4 October 2025: Wochenrückblick KW 40, the call against the Chatkontrolle ---

AMNESTY = "Amnesty International"

W40_P1 = ("in den nächsten Tagen wird die Bundesregierung vermutlich beschließen, was ihre Position zur gefährlichen "
          "EU-Chatkontrolle ist. Derzeit sieht es so aus, als würde sie sich entgegen aller Stimmen der Vernunft und gegen "
          "die Grundrechte für diese neue Form der Massenüberwachung entscheiden. Damit würde der Weg frei zu einer "
          "Einigung auf die Chatkontrolle in der Sitzung des EU-Rats am 14. Oktober.")
W40_P2 = ("Doch noch ist es nicht zu spät, denn die Verhandlungen laufen in den Ministerien noch. Das Bündnis "
          "„Chatkontrolle stoppen“ ruft deswegen zum Protest per Anruf, Mail und Brief auf – um an den entscheidenden "
          "Stellen vielleicht doch noch etwas zu bewegen. Hier findet ihr die Anleitung des Bündnisses. Macht mit! Schreibt "
          "freundlich und bestimmt, was ihr von dem größten Überwachungsprojekt in der Geschichte der EU haltet.")
W40_P3 = ("Auf netzpolitik.org begleiten wir das Thema jetzt noch engmaschiger als sonst – ihr findet hier alle wichtigen "
          "Infos, Details und Updates.")
W40_P4 = ("Und verdammt nochmal. Ich bin so richtig sauer darüber, dass diese Bundesregierung so beratungsresistent ist.")
W40_P5 = ("Wenn dir Amnesty International, der CCC, Reporter ohne Grenzen, Juristenverbände, Wissenschaftler:innen aus der "
          "ganzen Welt ebenso wie Kinderschutzorganisationen, Fußballfans und UN-Beauftragte unisono zurufen „Macht das "
          "nicht! Das zerstört die private Kommunikation, das schadet der Pressefreiheit, das ist gefährlich für die "
          "Demokratie – und macht zu allem Überfluss noch die IT unsicher“, dann muss man doch aufhorchen. Das sind "
          "relevante Teile einer aufmerksamen, demokratischen Zivilgesellschaft, die da laut und deutlich warnen. Und zwar "
          "seit Jahren.")

add(id="ho471-np-2025-10-04-wochenrueckblick-kw40-chatkontrolle",
    title=None,
    url="https://netzpolitik.org/2025/kw-40-die-woche-in-wir-alle-etwas-gegen-die-chatkontrolle-tun/",
    retrieved="same address (stored weekly review of KW 40 of 2025; the date prefix ' date 2025-10-04' dropped (rule 63); "
              "the stored copy shows neither the headline nor the salutation, so the review's standing first line 'Die 40. "
              "Kalenderwoche geht zu Ende. …' is the first line and the next paragraph keeps its lower-case first word "
              "(rules 18, 32, 2490); the paragraph 'Wenn du dann aber mit deinem Überwachungstunnelblick einfach "
              "wegschaust, wei', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Die 40. Kalenderwoche geht zu Ende. Wir haben 18 neue Texte mit insgesamt 136.032 Zeichen veröffentlicht. "
           "Willkommen zum netzpolitischen Wochenrückblick.",
           W40_P1, W40_P2, W40_P3, W40_P4, W40_P5],
    # the alliance's name is null (rule 2); the warning that the listed organisations and groups `unisono zurufen`, framed as
    # a condition but confirmed as their actual warning in the next sentence, is their joint statement: the first named is
    # canonical and the others, with the collective noun the text gives them, are aliases (rules 27, 2493)
    quotes=[("„Chatkontrolle stoppen“", None),
            (cut(W40_P5, "„Macht das", "unsicher“"), AMNESTY)],
    aliases={AMNESTY: [AMNESTY, "CCC", "Reporter ohne Grenzen", "Juristenverbände", "Wissenschaftler:innen",
                       "Kinderschutzorganisationen", "Fußballfans", "UN-Beauftragte", "Zivilgesellschaft"]})

# --- netzpolitik.org, 11 October 2025: Wochenrückblick KW 41, the government's turn on the Chatkontrolle ---

BREG = "Bundesregierung"

W41_P1 = ("vor genau einer Woche stand im Wochenrückblick, dass die Bundesregierung im EU-Rat am 14. Oktober für die "
          "Chatkontrolle stimmen könnte. Auf Anfragen von uns hatte sie keine Position gegen die Überwachungspläne bezogen.")
W41_P2 = ("Jetzt, nur eine Woche später hat sich der Wind gedreht: Die Abstimmung im EU-Rat ist erstmal abgesagt, wohl "
          "auch weil sich die Bundesregierung am vergangenen Mittwoch gegen eine „anlasslose Chatkontrolle“ positioniert hat "
          "und es so keine Mehrheit geben würde. Das wohl gefährlichste Überwachungsprojekt Europas ist vorerst wieder "
          "abgewehrt.")
W41_P3 = ("Im letzten Wochenrückblick stand auch, dass es nicht zu spät für Proteste sei. Und genau das hat sich "
          "bewahrheitet: Es war nicht zu spät. Aus verschiedenen Ecken der Gesellschaft gab es Gegenwind, von Bitkom über den "
          "Kinderschutzbund bis zum Messenger-Platzhirsch WhatsApp. Aber auch jede Menge wütende Menschen, die massenweise "
          "E-Mails schrieben oder anriefen, um ihren Unmut zu äußern. Eine Petition sammelte in 48 Stunden mehr als 300.000 "
          "Unterschriften. Auf unserer Startseite gab es zwischenzeitlich kein anderes Thema mehr.")
W41_P4 = ("Am Ende lenkte die schwarz-rote Bundesregierung ein, nicht ohne frech zu behaupten, dass sie ja schon immer gegen "
          "die anlasslose Chatkontrolle gewesen sei.")

add(id="ho471-np-2025-10-11-wochenrueckblick-kw41-bundesregierung",
    title="KW 41Die Woche, in der die Bundesregierung unter Druck geriet",
    url="https://netzpolitik.org/2025/kw-41-die-woche-in-der-die-bundesregierung-unter-druck-geriet/",
    retrieved="same address (stored weekly review of KW 41 of 2025; the date prefix ' date 2025-10-11' dropped (rule 63); "
              "the kicker run into the headline ('KW 41Die Woche, …') kept as the title as stored (rule 18); the standing "
              "first line and the salutation kept as lines, the paragraph after it with its lower-case first word (rules "
              "100, 2490); the image caption 'Fraktal, generiert mit MandelBrowser von Tomasz Śmigielski' dropped (rules 14, "
              "2490); the paragraph 'Dieser Etappensieg der Zivilgesellschaft ist ein toller Erfolg. … Me', cut off in the "
              "stored copy, dropped (rule 15))",
    license=NP,
    paras=["Die 41. Kalenderwoche geht zu Ende. Wir haben 17 neue Texte mit insgesamt 103.332 Zeichen veröffentlicht. "
           "Willkommen zum netzpolitischen Wochenrückblick.",
           "Liebe Leser:innen,", W41_P1, W41_P2, W41_P3, W41_P4],
    # the government's own term for what it positioned itself against, which the last kept paragraph confirms as its
    # claim, is the government's (rules 11, 25); the bodies named as headwind (Bitkom, Kinderschutzbund, WhatsApp) are not
    # quoted; `schwarz-rote Bundesregierung` names the same body (rule 58)
    quotes=[("„anlasslose Chatkontrolle“", BREG)],
    aliases={BREG: [BREG, "schwarz-rote Bundesregierung"]})

# --- Council of Europe portal (coe.int/de): the page on the Data Protection Day of 28 January ---

DP_P1 = ("Personenbezogene Daten werden rund um die Uhr verarbeitet – am Arbeitsplatz von Personen, bei deren Kontakt mit "
         "Behörden, im Gesundheitswesen, beim Erwerb von Waren oder dem Gebrauch von Dienstleistungen, auf Reisen oder beim "
         "Surfen im Internet.")
DP_P2 = ("Viele Menschen kennen die Risiken im Zusammenhang mit ihren personenbezogenen Daten und ihre diesbezüglichen "
         "Rechte in der Regel nicht. Sie wissen selten, was sie tun können, wenn sie den Eindruck haben, ihre Rechte wurden "
         "verletzt bzw. wissen nicht über die Rolle der nationalen Datenschutzbehörden Bescheid.")
DP_P3 = ("Im Jahr 2006 beschloss der Europarat die Auflegung des Datenschutztages, der jedes Jahr am 28. Januar begangen "
         "wird, dem Tag an dem das Übereinkommen des Europarats zum Datenschutz, das „Übereinkommen 108“, zur "
         "Unterzeichnung aufgelegt wurde. Der Datenschutztag wird jetzt jährlich begangen und wird außerhalb Europas als "
         "„Privacy Day“ bezeichnet.")
DP_P4 = ("An diesem Tag organisieren Regierungen, Parlamente, nationale Datenschutzbehörden und andere Akteure Kampagnen "
         "zur Sensibilisierung für Datenschutz und Privatsphäre. Es handelt sich um Kampagnen für die breite Öffentlichkeit, "
         "Bildungsprojekte für Lehrer und Schüler, Tage der offenen Tür bei Datenschutzbehörden und Konferenzen.")
DP_P5 = ("Das Übereinkommen ist der einzige internationale Vertrag in diesem Bereich und wird regelmäßig aktualisiert, um "
         "sicherzustellen, dass die Datenschutzprinzipien immer den aktuellen Bedürfnissen entsprechen.")

add(id="ho471-coe-datenschutztag-28-januar",
    title=None,
    url="https://www.coe.int/de/web/portal/28-january-data-protection-day",
    retrieved="same address (stored theme page of the Council of Europe portal on the Data Protection Day, its general "
              "part as shown in 2021; the stored copy shows no heading above the text, so the first paragraph is the first "
              "line (rules 18, 32); the year tabs '2021 2021', the date line 'Europarat Strassburg 27. Januar 2021', the "
              "French page buttons ('Diminuer la taille du texte', 'Augmenter la taille du texte', 'Imprimer la page', "
              "'Imprimer en PDF') dropped (rule 93, as in the four-hundred-and-fifty-fifth set); the embedded news item "
              "'Europäischer Datenschutztag: 40 Jahre „Konvention 108“' and its first paragraph ('Morgen vor 40 Jahren, … "
              "(„Konventi'), cut off in the stored copy, dropped together with the convention's name in its heading (rule "
              "15); the published 'dem Tag an dem' and 'wurden verletzt bzw. wissen nicht' kept (rule 20); 194 words)",
    license=COE_PORTAL,
    paras=[DP_P1, DP_P2, DP_P3, DP_P4, DP_P5],
    # the treaty's short name and the day's name outside Europe are names, null (rules 2, 24); the page quotes nobody
    quotes=[("„Übereinkommen 108“", None),
            ("„Privacy Day“", None)],
    aliases={})
