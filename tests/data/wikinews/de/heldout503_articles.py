# Five-hundred-and-third held-out German real-news set (tests/data/heldout503-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2750-2754). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal.ch story number or portal
# address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-third held-out set": seven German-language press releases of Swiss
# associations and foundations sent over the ots service of news aktuell (Schweiz) AG, four as shown in the senders'
# newsrooms on presseportal.ch (licence OTS_CH_VERBAENDE: economiesuisse welcoming KEP&Mail as a member, April 2010; Pro
# Senectute's second Nationaler Alterskongress with a keynote of Bundesrätin Elisabeth Baume-Schneider, January 2026; Pro
# Infirmis's Christmas campaign "Glück inklusiv", November 2025; the Heilsarmee's Christmas campaign in its 125th year,
# November 2007) and three as reposted with the ots dateline by the regional news portal innerschweizonline.ch (licence
# OTS_CH_VERBAENDE_REPOST: the Schweizerisches Rotes Kreuz's 150th anniversary on the Bundesplatz, April 2016, and its
# Festakt in the Kursaal Bern, June 2016; a Heilsarmee Christmas campaign with its Topfkollekte, undated in the copy).
# OTS_CH_VERBAENDE is copied unchanged from the four-hundred-and-ninety-eighth set's branch; OTS_CH_VERBAENDE_REPOST is new
# (both in licences.py, with their justification and caveats). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the presseportal.ch furniture and the
# repost portal's furniture are dropped (rules 2710, 2750), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_CH_VERBAENDE, OTS_CH_VERBAENDE_REPOST  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


# --- presseportal.ch (ots), April 2010: economiesuisse welcomes the private postal operators' association KEP&Mail ---

GENTINETTA = "Pascal Gentinetta"
SUTTERLUETI = "Peter Sutterlüti"

ES_T = "economiesuisse - KEP&Mail neu Mitglied von economiesuisse"
ES_SUB = "Beschluss der Generalversammlung des Verbandes KEP&Mail"
ES_P1 = ("Zürich (ots) - economiesuisse heisst den Verband KEP&Mail als neues Mitglied herzlich willkommen. Die "
         "Generalversammlung von KEP&Mail hat am 22. April 2010 beschlossen, dem Dachverband der Schweizer Wirtschaft "
         "beizutreten. Der Vorstand von economiesuisse hatte der Aufnahme von KEP&Mail bereits am 22. März 2010 zugestimmt. "
         "\"Der Mitgliederzuwachs erhöht die Schlagkraft von economiesuisse weiter. Zugleich unterstreicht der Beitritt der "
         "privaten Postdienstleister die wettbewerbliche Orientierung von economiesuisse. Zusammen mit dem neuen "
         "Verbandsmitglied wird sich economiesuisse auch in Zukunft für mehr Wettbewerb im Postmarkt einsetzen\", sagt "
         "Pascal Gentinetta, Vorsitzender der Geschäftsleitung von economiesuisse. \"Das Mitwirken bei economiesuisse ist für "
         "unseren Verband sehr wichtig. Wir brauchen diese breite Abstützung, um unseren Anliegen, die auch im Interesse der "
         "Konsumenten sind, genügend Gehör zu verschaffen. Der Schulterschluss stärkt unsere Position ganz wesentlich\", "
         "begründet KEP&Mail-Präsident Peter Sutterlüti den Beitrittsentscheid seinerseits.")
ES_P2 = ("KEP&Mail ist der Zusammenschluss der privaten Anbieter von Kurier-, Express-, Paket- und Maildienstleistungen und "
         "weiterer Interessenten am Wettbewerb im Schweizer Postmarkt. Die im Verband organisierten Unternehmen betreiben "
         "Niederlassungen in allen Landesteilen und weisen einen Umsatz von 400 Mio. Franken aus. Die Mitgliedsfirmen und ihre "
         "Subunternehmen beschäftigen rund 6000 Mitarbeitende und verarbeiten 200 Mio. Sendungen pro Jahr.")

add(id="ho503-ppch-2010-04-economiesuisse-kep-mail-gentinetta",
    title=ES_T,
    url="http://www.presseportal.ch/de/pm/100002808/100602055",
    retrieved="same address (press release of economiesuisse, the umbrella association of Swiss business, of April 2010, "
              "sent over ots by news aktuell (Schweiz) and shown in its newsroom 'economiesuisse' on presseportal.ch in the "
              "old page layout; the newsroom label 'economiesuisse' above the headline, the contact block ('Kontakt: Dominique "
              "Reber Telefon: 044 421 35 35') and the footer ('Weitere Meldungen: economiesuisse', 'Das könnte Sie auch "
              "interessieren:') dropped (rules 2710, 2750); headline and subtitle kept as lines of their own as stored; the "
              "leading spaces of the indented paragraphs dropped and the dateline 'Zürich (ots) -' run into the first "
              "paragraph kept (rules 13, 20, 2750); the lower-case sender name 'economiesuisse' at sentence start kept as "
              "published (rule 20); complete in the stored copy)",
    license=OTS_CH_VERBAENDE,
    paras=[ES_SUB, ES_P1, ES_P2],
    # `"…", sagt Pascal Gentinetta, Vorsitzender der Geschäftsleitung von economiesuisse` and `"…", begründet
    # KEP&Mail-Präsident Peter Sutterlüti den Beitrittsentscheid seinerseits` (a verb of giving reasons after the
    # quotation, rules 30, 44); the role phrases name the two associations and are no aliases (rule 33); the second
    # quotation's `unseren Verband` is KEP&Mail, for which Sutterlüti speaks, not the sender
    quotes=[(cut(ES_P1, "\"Der Mitgliederzuwachs", "einsetzen\""), GENTINETTA),
            (cut(ES_P1, "\"Das Mitwirken", "ganz wesentlich\""), SUTTERLUETI)],
    aliases={GENTINETTA: ["Pascal Gentinetta"],
             SUTTERLUETI: ["Peter Sutterlüti"]})

# --- presseportal.ch (ots), 22 January 2026: Pro Senectute's second Nationaler Alterskongress and the Prix Merci ---

BAUME = "Elisabeth Baume-Schneider"

PM_T = "Pro Senectute lanciert den Prix Merci am Nationalen Alterskongress"
PM_P1 = ("Am 2. Nationalen Alterskongress von Pro Senectute in Biel diskutierten gegen 400 Fachpersonen über die Chancen der "
         "Demografie und die Bedeutung der Freiwilligenarbeit. Bundesrätin Elisabeth Baume-Schneider betonte das grosse "
         "Potenzial älterer Menschen für die Gesellschaft. Mit der Lancierung des Prix Merci setzt Pro Senectute ein Zeichen "
         "der Wertschätzung für ihre über 17 000 Freiwilligen.")
PM_P2 = ("Rund 400 Fachpersonen aus der ganzen Schweiz kamen am 22. Januar 2026 am 2. Nationalen Alterskongress von Pro "
         "Senectute in Biel zusammen. Unter dem Motto \"Chance Demografie - Gute Praxis und Innovationen\" widmete sich der "
         "Kongress den gesellschaftlichen, wirtschaftlichen und politischen Perspektiven des Alterns.")
PM_P3 = ("In den Referaten, Podiumsdiskussionen und fünf Wahlveranstaltungen standen die positiven Aspekte einer alternden "
         "Gesellschaft im Fokus. Ein besonderer Höhepunkt war die Keynote von Bundesrätin Elisabeth Baume-Schneider. Für sie "
         "ist die ältere Generation eine wertvolle Ressource für die Gesellschaft: \"Nie zuvor gab es so viele ältere "
         "Menschen, von deren reicher Lebens- und Berufserfahrung jüngere Generationen profitieren können - besonders in "
         "herausfordernden Zeiten wie diesen.\"")

add(id="ho503-ppch-2026-01-prosenectute-prix-merci-baume-schneider",
    title=PM_T,
    url="https://www.presseportal.ch/de/pm/100002565/100938018",
    retrieved="same address (press release of Pro Senectute Schweiz of 22 January 2026, sent over ots by news aktuell "
              "(Schweiz) and shown in its newsroom 'Pro Senectute' on presseportal.ch; the store's date prefix ' date "
              "2026-01-22' and the newsroom label 'Pro Senectute' dropped (rules 63, 2710); the dateline 'Biel (ots)' a line "
              "of its own as stored; the subheading 'Alter als Zukunftschance' kept as a line (rule 13); the last paragraph "
              "('Im Sinne einer zukunftsorientierten Altersarbeit … Gleichzeitig zeigt Pro Sen'), cut off in the stored copy, "
              "dropped with the subheading 'Freiwilligenarbeit ist unbezahlbar' left dangling before it (rule 15); the "
              "space in '17 000' given as a plain space, as the stored text shows it)",
    license=OTS_CH_VERBAENDE,
    paras=["Biel (ots)", PM_P1, PM_P2, "Alter als Zukunftschance", PM_P3],
    # the congress's motto after `Unter dem Motto` is null (rules 24, 161); the colon quotation after `Für sie ist … :`,
    # right after the sentence that names her keynote, is Baume-Schneider's (rule 2752); `Bundesrätin` names only her in
    # the release and is an alias (rule 44)
    quotes=[("\"Chance Demografie - Gute Praxis und Innovationen\"", None),
            (cut(PM_P3, "\"Nie zuvor", "wie diesen.\""), BAUME)],
    aliases={BAUME: ["Elisabeth Baume-Schneider", "Bundesrätin Elisabeth Baume-Schneider", "Bundesrätin"]})

# --- presseportal.ch (ots), 17 November 2025: Pro Infirmis's Christmas campaign "Glück inklusiv" in its second year ---

WIEDERKEHR = "Andreas Wiederkehr"

GI_T = "\"Glück inklusiv\": Pro Infirmis lässt die (Schoggi-)Sterne leuchten"
GI_P1 = ("Die nationale Weihnachtsaktion \"Glück inklusiv\" von Pro Infirmis zugunsten von Menschen mit Behinderungen in der "
         "Schweiz startet ins zweite Jahr. Ab sofort gibt es die Schoggisterne mit Gewinnchance wieder zu kaufen. Erhältlich "
         "sind die Sterne online unter proinfirmis.ch/glueck.")
GI_P2 = ("Mit der vorweihnachtlichen Spendensammel-Kampagne \"Glück inklusiv\" will Pro Infirmis Menschen mit Behinderungen "
         "zu mehr Sichtbarkeit verhelfen und zu einer inklusiveren Schweiz beitragen - zu einer Schweiz, in der jede und jeder "
         "selbstbestimmt und gleichberechtigt leben kann. Doch nicht nur Menschen mit Behinderungen profitieren von der "
         "Aktion. Jeder Stern enthält einen Glückscode, mit dem es unterschiedliche Preise zu gewinnen gibt - vom Regenschirm "
         "über einen Mini-Raclette-Ofen bis hin zu einem 2.-Klasse-Generalabonnement der SBB.")
GI_P3 = ("Andreas Wiederkehr, verantwortlich bei Pro Infirmis, ist zuversichtlich: \"Als wir vor einem Jahr die Aktion ins "
         "Leben gerufen haben, waren wir nicht sicher, ob wir die Sterne zum Leuchten bringen werden. Doch das Wagnis hat sich "
         "gelohnt, \"Glück inklusiv\" ist rundum auf Begeisterung gestossen.\" Besonders freut ihn, dass die Aktion vor allem "
         "auch von Menschen mit Behinderungen selbst mitgetragen wird. \"Viele unserer Klientinnen und Klienten stehen hinter "
         "der Kampagne und bewerben die Weihnachtsaktion sogar selbst.\" In einem emotionalen TV-Spot sowie in kurzen "
         "online-Filmen auf Social Media erzählen Menschen mit Behinderungen, was Glück für sie persönlich bedeutet.")

add(id="ho503-ppch-2025-11-proinfirmis-glueck-inklusiv-wiederkehr",
    title=GI_T,
    url="https://www.presseportal.ch/de/pm/100000701/100936610",
    retrieved="same address (press release of Pro Infirmis Schweiz of 17 November 2025, sent over ots by news aktuell "
              "(Schweiz) and shown in its newsroom 'Pro Infirmis Schweiz' on presseportal.ch; the store's date prefix ' date "
              "2025-11-17', the newsroom label 'Pro Infirmis Schweiz' and the image furniture 'Bild-Infos' and 'Download' "
              "between headline and dateline dropped (rules 63, 2710); the dateline 'Zürich (ots)' a line of its own as "
              "stored; the last paragraph ('Wie wichtig das Engagement für mehr Inklusion in der Schweiz ist, … in mindestens "
              "einem '), cut off in the stored copy, dropped with the subheading 'Weihnachtswunsch: Mehr Inklusion' left "
              "dangling before it (rule 15); the published lower-case 'online-Filmen' kept (rule 20))",
    license=OTS_CH_VERBAENDE,
    paras=["Zürich (ots)", GI_P1, GI_P2, GI_P3],
    # the campaign's name in marks is null in the headline, whose colon after the closing mark is no label cue (rule 2751),
    # and in the first two paragraphs (rules 24, 2584); inside Wiederkehr's colon quotation the same name in ASCII marks is
    # nested and stays in his one span (rules 835, 2751); his colon quotation after `ist zuversichtlich:` and the cue-less
    # quotation after the indirect `Besonders freut ihn, dass …` are his (rule 2753); `verantwortlich bei Pro Infirmis`
    # names the organisation and is no alias (rule 33)
    quotes=[("\"Glück inklusiv\"", None, 0),
            ("\"Glück inklusiv\"", None, 1),
            ("\"Glück inklusiv\"", None, 2),
            (cut(GI_P3, "\"Als wir", "Begeisterung gestossen.\""), WIEDERKEHR),
            (cut(GI_P3, "\"Viele unserer", "sogar selbst.\""), WIEDERKEHR)],
    aliases={WIEDERKEHR: ["Andreas Wiederkehr"]})

# --- presseportal.ch (ots), November 2007: the Heilsarmee's Christmas campaign in its 125th year in Switzerland ---

HA_T = "Die Heilsarmee startet ihre Weihnachtskampagne: Suppe, Solidarität und Standhaftigkeit"
HA_P1 = ("Die Heilsarmee hat am 30. November ihre Weihnachtsaktionen mit einer Fernseh-Werbung lanciert. Prominente "
         "Persönlichkeiten wie Fernseh-Moderator Röbi Koller unterstützen die Heilsarmee am 22. Dezember bei einer "
         "Suppen-Verteil-Aktion.")
HA_P2 = ("Die Heilsarmee ist seit 125 Jahren in der Schweiz. Im Zeichen dieses Jubiläumsjahres steht auch ihre "
         "Weihnachtskampagne. Sie greift Elemente auf, die sowohl bei der Bevölkerung verankert sind als auch mit der "
         "Heilsarmee in Verbindung gebracht werden. Mit dem Kampagnen-Slogan \"Gott sei Dank!\" regt sie zum Nachdenken und "
         "zu einer bewussten Verwendung des Ausspruchs an.")
HA_P3 = ("Aus Dankbarkeit den Spendern und der Bevölkerung gegenüber verschenkt die Heilsarmee dieses Jahr Suppe: Im Beutel am "
         "Sammeltopf sowie als Beilage zum Spendenaufruf. Und dann aus dem Topf anlässlich einer besonderen "
         "Suppen-Verteil-Aktion am 22. Dezember 2007. Annemarie Wildeisen, bekannt durch mehrere Kochbücher und eine eigene "
         "Kochzeitschrift, stellt der Heilsarmee dafür ein besonderes Suppenrezept zur Verfügung. An der "
         "Suppen-Verteil-Aktion nehmen bekannte Persönlichkeiten wie der Fernseh-Moderator Röbi Koller teil.")
HA_P4 = ("Die Fernseh-Werbung knüpft bei der Suppen-Verteilung an und verbindet sie mit dem traditionellen Sammeltopf, aus dem "
         "diesmal Suppe geschöpft wird. Dass ein Teller Suppe schon bei manchem Menschen Wunder gewirkt hat, ist eine "
         "Erfahrung, die die Salutisten immer wieder machen. Der Gedanke der Zuwendung und Solidarität zum Nächsten wird im "
         "Spot umgesetzt.")

add(id="ho503-ppch-2007-11-heilsarmee-weihnachtskampagne-gott-sei-dank",
    title=HA_T,
    url="https://presseportal.ch/fr/pm/100007346/100550677?langid=1",
    retrieved="same address (press release of the Heilsarmee Schweiz of late November 2007, sent over ots by news aktuell "
              "(Schweiz) and shown in its newsroom on presseportal.ch; the copy is the German release in the portal's French "
              "interface (rule 2750); the photo note '- Hinweis: Bildmaterial steht zum kostenlosen Download bereit unter: "
              "http://www.presseportal.ch/de/pm/100007346/ -' dropped (rules 48, 2710); the dateline 'Bern (ots)' a line of its "
              "own as stored; the subheadings 'Eine Suppe zum Dank' and 'Solidarität für Menschen am Rande' kept as lines "
              "(rule 13); the last paragraph ('Der Ertrag der Topfkollekte wird für örtliche soziale Einrichtungen … mit "
              "geringem Einkommen e'), cut off in the stored copy, dropped (rule 15); the sender is told by the newsroom "
              "number and by the release's own voice, which reports the Heilsarmee's own campaign (rule 2660))",
    license=OTS_CH_VERBAENDE,
    paras=["Bern (ots)", HA_P1, HA_P2, "Eine Suppe zum Dank", HA_P3, "Solidarität für Menschen am Rande", HA_P4],
    # the campaign slogan, the object of `Mit dem Kampagnen-Slogan … regt sie … an` whose subject is the campaign, is null
    # (rules 24, 68, 161); nobody in the release speaks in marks: Röbi Koller, Annemarie Wildeisen and the Salutisten are
    # named without quotations
    quotes=[("\"Gott sei Dank!\"", None)],
    aliases={})

# --- innerschweizonline.ch (repost of an ots release), 25 June 2016: the SRK's Festakt for its 150th anniversary ---

HUBERHOTZ = "Annemarie Huber-Hotz"
SCHNEIDERAMMANN = "Johann N. Schneider-Ammann"

FA_P1 = ("Bern (ots) – Mit einem Festakt feierte das Schweizerische Rote Kreuz am 25. Juni 2016 sein 150-jähriges Bestehen. "
         "SRK-Präsidentin Annemarie Huber-Hotz begrüsste im Kursaal in Bern rund 500 Gäste.Zu diesen gehörten namentlich "
         "Bundespräsident Johann Schneider-Ammann, Ständeratspräsident Raphaël Comte, IKRK-Präsident Peter Maurer, der "
         "Generalsekretär der Internationalen Rotkreuzföderation Elhadj As Sy sowie Vertreterinnen und Vertreter aus "
         "Rotkreuz-Organisationen, Politik, Verwaltung, Wirtschaft und Zivilgesellschaft.")
FA_P2 = ("SRK-Präsidentin Huber-Hotz stellte ihre Festansprache unter das Motto „Einfach tun, was zu tun ist“, das die "
         "SRK-Mitarbeiterin Elsbeth Kasser während ihrer Tätigkeit im französischen Internierungslager während des Zweiten "
         "Weltkriegs inspiriert hatte. Menschen, die in der Not das tun, was menschlich geboten ist, seien für das SRK "
         "Vorbilder. Das SRK werde „auch in Zukunft im Sinne Henry Dunants auf das achten, was die Menschlichkeit gebietet“.")
FA_P3 = ("Bundespräsident Johann N. Schneider-Ammann erklärte, auch er sei ein Fan des Roten Kreuzes. Dieses sei eine "
         "„Ausprägung unserer humanitären Werte, Teil dessen, was es bedeutet Schweizerin oder Schweizer zu sein“. Er "
         "plädierte dafür, angesichts neuer gesamtgesellschaftlicher Herausforderungen an den humanitären Werten festzuhalten "
         "und zugleich mutig und offen zu sein, bei der Art und Weise, wie wir diese Werte verwirklichen. Und doch bleibe bei "
         "allem Wandel die menschliche Zuwendung wichtig.")
FA_P4 = ("Bereits am 24. Juni fand im Nationalratssaal die 18. ordentliche Rotkreuzversammlung (Delegiertenversammlung des "
         "SRK) statt. Nationalratspräsidentin Christa Markwalder wandte sich an die Delegierten der Rotkreuz-Organisationen "
         "und hob hervor, dass bei aller Entwicklung seit der Gründung des SRK ein wesentliches Merkmal unverändert geblieben "
         "sei: der Wunsch, anderen Menschen zu helfen. Sie dankte allen, die diese Organisation am Leben erhalten.")

add(id="ho503-iso-2016-06-srk-150-jahre-festakt-huber-hotz",
    title=None,
    url="https://innerschweizonline.ch/festakt-150-jahre-srk-tun-was-zu-tun-ist",
    retrieved="same address (press release of the Schweizerisches Rotes Kreuz on the Festakt of 25 June 2016, sent over ots "
              "by news aktuell (Schweiz) and reposted by innerschweizonline.ch with the dateline 'Bern (ots) –'; the stored "
              "copy begins with the dateline run into the first paragraph and shows no headline, so the first paragraph is "
              "the first line and no title is supplied from the address slug (rules 18, 32, 2750); the portal's shortcode "
              "'[content_block id=29782 slug=ena-banner]' at the end of the last paragraph dropped (rule 2750); the missing "
              "space in 'Gäste.Zu' kept and no paragraph break restored there (rules 20, 2750); the typographic marks and "
              "dashes kept as the copy shows them; complete in the stored copy)",
    license=OTS_CH_VERBAENDE_REPOST,
    paras=[FA_P1, FA_P2, FA_P3, FA_P4],
    # the motto under which Huber-Hotz placed her speech is null; the partial quotation in the next Konjunktiv sentence,
    # whose subject is the SRK, is hers (rule 2754); `Dieses sei eine „…“` goes on reporting `Bundespräsident Johann N.
    # Schneider-Ammann erklärte, …` and is his (rules 3, 25); `SRK-Präsidentin` names the organisation and is no alias
    # (rule 33); Comte, Maurer, As Sy, Elsbeth Kasser and Christa Markwalder (unmarked indirect speech) say nothing in marks
    quotes=[("„Einfach tun, was zu tun ist“", None),
            (cut(FA_P2, "„auch in Zukunft", "gebietet“"), HUBERHOTZ),
            (cut(FA_P3, "„Ausprägung", "zu sein“"), SCHNEIDERAMMANN)],
    aliases={HUBERHOTZ: ["Annemarie Huber-Hotz", "Huber-Hotz"],
             SCHNEIDERAMMANN: ["Johann N. Schneider-Ammann", "Johann Schneider-Ammann",
                               "Bundespräsident Johann N. Schneider-Ammann", "Bundespräsident Johann Schneider-Ammann",
                               "Bundespräsident"]})

# --- innerschweizonline.ch (repost of an ots release), 2 April 2016: the SRK opens its 150th year on the Bundesplatz ---

COMTE = "Raphaël Comte"

BP_P1 = ("Bern (ots) – Am 17. Juli 1866 gegründet, feiert das Schweizerische Rote Kreuz sein 150-jähriges Bestehen. Gegen "
         "3000 Freiwillige, Mitarbeitende und Gäste der humanitären Organisation aus allen Landesteilen lancierten am 2. April "
         "2016 auf dem Bundesplatz in Bern die Jubiläumsaktivitäten. Sie bildeten gemeinsam ein grosses rotes Kreuz.")
BP_P2 = ("Der Anlass stand im Zeichen der Menschlichkeit, für die sich das SRK seit 150 Jahren engagiert. Das Jubiläumsjahr "
         "solle ein Jahr der Mitmenschlichkeit sein, sagte SRK-Präsidentin Annemarie Huber-Hotz, denn ohne Menschlichkeit "
         "gebe es kein Leben, das diesen Namen ver-diene. Ständeratspräsident Raphaël Comte betonte, in Anbetracht der Krisen "
         "und Kriege die Millionen von Menschen zur Flucht treiben, sollte die Schweiz eine Botschaft des Friedens und der "
         "Menschlichkeit aussenden. „Wir Schweizer und Schweizerinnen haben eine moralische Verpflichtung gegenüber "
         "denjenigen, die das Rote Kreuz vor anderthalb Jahrhundert gegründet haben: wir müssen unsere humanitäre Tradition "
         "leben, ohne uns zu verschliessen oder uns von der Angst leiten zu lassen“, sagte er.")
BP_P3 = ("Das SRK nutzt sein Jubiläumsjahr, um zusammen mit den Rotkreuz-Kantonalverbänden, -Rettungsorganisationen und "
         "-Institutionen den Kontakt mit Öffentlichkeit, Partner und Behörden zu pflegen und zu zeigen, welche Leistungen es "
         "im Dienst der Menschlichkeit im In- und Ausland erbringt. Ein Fahrzeug mit einer mobilen Ausstellung wird im ganzen "
         "Jahr an verschiedenen Publikumsanlässen präsent sein. Diese Ausstellung hatte am Samstag auf dem Bundesplatz ihre "
         "Premiere.")
BP_P4 = ("Das Eröffnungsfest zum Jubiläum bot den Freiwilligen und Mitarbeitenden des SRK, aber auch der Bevölkerung auf dem "
         "Bundesplatz ein Unterhaltungsprogramm, zu dessen Höhepunkten musikalische Auftritte der beiden Charity-Botschafter "
         "Nubya und Greis gehörten.")

add(id="ho503-iso-2016-04-srk-150-jahre-bundesplatz-comte",
    title=None,
    url="https://innerschweizonline.ch/?p=38469",
    retrieved="same address (press release of the Schweizerisches Rotes Kreuz on the opening of its anniversary year on 2 "
              "April 2016, sent over ots by news aktuell (Schweiz) and reposted by innerschweizonline.ch with the dateline "
              "'Bern (ots) –'; the stored copy begins with the dateline run into the first paragraph and shows no headline "
              "(rules 18, 32, 2750); the last paragraph ('Die Jubiläumsaktivitäten des SRK werden durch mehrere seiner "
              "Wirtschaftspartner unterstützt: Hauptsponsoren sind Allianz Suisse, Coop und Land Rove'), cut off in the "
              "stored copy, dropped (rule 15); the published hyphen in 'ver-diene' and the missing comma in 'Kriege die "
              "Millionen' kept (rule 20))",
    license=OTS_CH_VERBAENDE_REPOST,
    paras=[BP_P1, BP_P2, BP_P3, BP_P4],
    # `„…“, sagte er.` closes the quotation of Raphaël Comte, the man whose indirect speech the sentence before reports;
    # Huber-Hotz, a woman, is reported before him without marks (rules 5, 8, 2754); `Ständeratspräsident` names only him and
    # is an alias (rule 44); the two charity ambassadors say nothing
    quotes=[(cut(BP_P2, "„Wir Schweizer", "leiten zu lassen“"), COMTE)],
    aliases={COMTE: ["Raphaël Comte", "Ständeratspräsident Raphaël Comte", "Ständeratspräsident"]})

# --- innerschweizonline.ch (repost of an ots release), undated: the Heilsarmee's TV spot and its Topfkollekte ---

STEINER = "Philipp Steiner"

TK_P1 = ("Bern (ots) – Die Heilsarmee eröffnet ihre Weihnachtskampagne mit einem Fernseh-Spot. Er zeigt, dass niemand vor "
         "einem Schicksalsschlag gefeit ist. Für diese Menschen, die den Boden unter den Füssen verloren haben, ist die "
         "Heilsarmee da – jahrein, jahraus.")
TK_P2 = ("Die Heilsarmee Schweiz startet ihre Weihnachtskampagne mit ihrem preisgekrönten Fernseh-Spot. Dieser zeigt, wie "
         "unvermittelt das Leben eines jeden Menschen aus den Fugen geraten kann. Diesen Menschen in schwierigen Zeiten "
         "beizustehen – ganz besonders jetzt in der Weihnachtszeit -, sieht die Heilsarmee als ihren Auftrag. Der Fernseh-Spot "
         "läuft ab dem 4. Dezember auf den deutsch- und französischsprachigen Kanälen der Schweiz. Für die Printmedien, die die "
         "Aktion unterstützen möchten, stehen Füllerinserate zur Verfügung: "
         "http://www.heilsarmee.ch/über-uns/medien/fülleranzeigen.")
TK_P3 = ("Die Heilsarmee ist an 81 Orten in der Deutsch- und Westschweiz mit ihrer traditionellen Topfkollekte präsent. Philipp "
         "Steiner, Leiter Marketing und Kommunikation der Heilsarmee, sagt: „Die Topfkollekte ist weltweit nicht mehr aus den "
         "weihnachtlich geschmückten Strassen wegzudenken. Die Einnahmen fliessen in die lokale Soforthilfe.“ In der Schweiz "
         "engagieren sich hunderte von freiwilligen Helfern. Die Sänger und Musikanten bringen damit Weihnachtsstimmung in die "
         "Schweizer Städte und sammeln gleichzeitig Geld für Menschen in Not. Eine Übersicht mit den Daten und Orten der "
         "Kollekte findet sich auf www.heilsarmee.ch/für-menschen.")
TK_P4 = ("Zusätzlich richtet die Heilsarmee einen Aufruf an ihre regelmässigen Spender und Spenderinnen. Die Bevölkerung soll "
         "darin bestärkt werden, sich grosszügig gegenüber jenen zu zeigen, die am Rande der Gesellschaft stehen.")

add(id="ho503-iso-heilsarmee-weihnachtskampagne-topfkollekte-steiner",
    title=None,
    url="https://innerschweizonline.ch/heilsarmee-fuer-menschen-die-vom-glueck-verlassen-wurden",
    retrieved="same address (press release of the Heilsarmee Schweiz on its Christmas campaign (TV spot from 4 December, "
              "Topfkollekte at 81 places; the year is not shown in the stored copy), sent over ots by news aktuell (Schweiz) "
              "and reposted by innerschweizonline.ch with the dateline 'Bern (ots) –'; the stored copy begins with the "
              "dateline run into the first paragraph and shows no headline (rules 18, 32, 2750); the subheading 'Die Töpfe "
              "stehen bereit' kept as a line (rule 13); the addresses in the text kept as published; the mixed dashes "
              "('jahrein, jahraus' after an en dash, 'Weihnachtszeit -,' with a hyphen) kept (rule 20); the copy ends with "
              "the complete fourth paragraph, well before the excerpt limit)",
    license=OTS_CH_VERBAENDE_REPOST,
    paras=[TK_P1, TK_P2, "Die Töpfe stehen bereit", TK_P3, TK_P4],
    # the colon quotation after `Philipp Steiner, Leiter Marketing und Kommunikation der Heilsarmee, sagt:` is his (rule 9);
    # the role phrase names the Heilsarmee and is no alias (rule 33)
    quotes=[(cut(TK_P3, "„Die Topfkollekte", "Soforthilfe.“"), STEINER)],
    aliases={STEINER: ["Philipp Steiner"]})
