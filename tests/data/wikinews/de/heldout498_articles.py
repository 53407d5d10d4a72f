# Four-hundred-and-ninety-eighth held-out German real-news set (tests/data/heldout498-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2710-2714). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal story number, two or
# more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file
# and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-ninety-eighth held-out set": nine German-language press releases of
# Swiss senders sent over the ots service of news aktuell (Schweiz) AG, eight as shown in the senders' newsrooms on
# presseportal.ch and one as shown unchanged by finanznachrichten.de: Pro Senectute (its centenary and the new president
# Eveline Widmer-Schlumpf, April 2017; the director Alain Huber on inflation and the energy shortage, September 2022), the
# Touring Club Schweiz (its 125th anniversary, September 2021), the Schweizerischer Städteverband (Kurt Fluri elected
# president, 2013), Caritas Schweiz (aid for the refugees stranded in Como, 2016), Helvetas (Micheline Calmy-Rey at the Muba
# stand, March 2007; the president Peter H. Arbenz on the rejected Solidaritätsstiftung, September 2002), UNICEF Schweiz und
# Liechtenstein (38 junior ambassadors named in the Zurich zoo) under the licence OTS_CH_VERBAENDE, and the Zürcher
# Kantonalbank, a public-law institution of the Canton of Zurich (its jubilee dividend, February 2019) under OTS_CH_PUBLIC
# (both new in licences.py). Swiss federal texts of admin.ch were not used (see SOURCES.md). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the
# presseportal.ch furniture (newsroom labels, widgets, image furniture and photo notes, contact blocks, footers) is dropped
# (rule 2710), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_CH_PUBLIC, OTS_CH_VERBAENDE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


# --- presseportal.ch (ots), 1 April 2017: Pro Senectute at 100, Eveline Widmer-Schlumpf takes over the presidency ---

WIDMER = "Eveline Widmer-Schlumpf"
BERSET = "Alain Berset"

PS_T = "100 Jahre Pro Senectute - fit für die Zukunft"
PS_P1 = ("Bern (ots) - Zum Auftakt der Jubiläumsaktivitäten zum 100-jährigen Bestehen von Pro Senectute, übergab Toni Frisch "
         "heute das Stiftungspräsidium an Eveline Widmer-Schlumpf. Bundesrat Alain Berset hob in seiner Festrede in Bern die "
         "Bedeutung von Pro Senectute als wichtigste Institution für ältere Menschen und deren Angehörige hervor.")
PS_P2 = ("Die neue Stiftungsratspräsidentin Eveline Widmer-Schlumpf führt Pro Senectute ins nächste Jahrhundert: «Unsere "
         "Angebote sollen auch die nächsten 100 Jahre ältere Menschen unterstützen und dazu beitragen, dass sie so lange wie "
         "möglich selbstbestimmt leben können. Dabei wird es wichtig sein, dass wir auch in Zukunft den demografischen Trends "
         "und der technologischen Entwicklung Rechnung tragen.» Bundesrat Alain Berset forderte in seiner Rede einen anderen "
         "Umgang mit dem Alter: «Eine alternde Gesellschaft braucht ein reifes Bild vom Alter.» Der Einsatz von Pro Senectute "
         "für die Solidarität zwischen den Generationen sei dafür besonders wertvoll: «Die Alterung bietet uns die Chance, uns "
         "stärker für den sozialen Zusammenhalt in unserem Land zu engagieren».")

add(id="ho498-ppch-2017-04-prosenectute-100-jahre-widmer-schlumpf",
    title=PS_T,
    url="http://www.presseportal.ch/de/pm/100002565/100800885",
    retrieved="same address (press release of Pro Senectute Schweiz of 1 April 2017, sent over ots by news aktuell (Schweiz) "
              "and shown in its newsroom 'Pro Senectute' on presseportal.ch; the newsroom label 'Pro Senectute' above the "
              "headline, the photo caption with its credit line ('Eveline Widmer-Schlumpf übernimmt den Stab als "
              "Präsidentin. Weiterer Text über ots und www.presseportal.ch/de/nr/100002565 / Die Verwendung dieses Bildes ist "
              "für redaktionelle Zwecke honorarfrei. Veröffentlichung bitte unter Quellenangabe: \"obs/Pro Senectute/Damian "
              "Poffet\"') and the attachment line 'Ein Dokument' dropped as image and portal furniture (rules 14, 2710); the "
              "dateline 'Bern (ots) -' run into the first paragraph kept; the published comma in 'von Pro Senectute, übergab' "
              "and the closing mark before the full stop ('engagieren».') kept (rule 20); the third paragraph ('Pro "
              "Senectute trägt seit 100 Jahren … in über 130 Beratungsstellen bei den Me'), cut off in the stored copy, "
              "dropped (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=[PS_P1, PS_P2],
    # the colon quotation after `Die neue Stiftungsratspräsidentin Eveline Widmer-Schlumpf führt … ins nächste Jahrhundert:`
    # is hers (rule 9); `forderte in seiner Rede …:` gives the second to Berset, and the colon quotation after the Konjunktiv
    # sentence that goes on reporting his speech is his too (rules 3, 9, 857); Toni Frisch says nothing
    quotes=[(cut(PS_P2, "«Unsere Angebote", "Rechnung tragen.»"), WIDMER),
            ("«Eine alternde Gesellschaft braucht ein reifes Bild vom Alter.»", BERSET),
            (cut(PS_P2, "«Die Alterung", "engagieren»"), BERSET)],
    aliases={WIDMER: ["Eveline Widmer-Schlumpf", "Stiftungsratspräsidentin"],
             BERSET: ["Alain Berset", "Bundesrat Alain Berset"]})

# --- presseportal.ch (ots), September 2022: Pro Senectute's director on inflation and the energy shortage ---

HUBER = "Alain Huber"

NL_T = "Notlage trifft ältere Menschen besonders hart"
NL_P1 = ("Die Teuerung treibt die Lebenshaltungs- und Wohnnebenkosten in die Höhe. Bereits jetzt gilt in der Schweiz jede achte "
         "Person im Pensionsalter als arm. Pro Senectute beobachtet die aktuelle Situation mit Sorge und hilft älteren "
         "Menschen in knappen finanziellen Verhältnissen, Lösungen zu finden.")
NL_P2 = ("Benzin, Lebensmittel, Energiepreise und Wohnnebenkosten: Seit Monaten zeichnet sich eine Teuerung ab, die sich nun "
         "in existenziellen Alltagsbereichen niederschlägt. \"Das bereitet uns grosse Sorgen\", betont Alain Huber, Direktor "
         "von Pro Senectute Schweiz. Bereits vor der Teuerung war in der Schweiz jede achte Person im Pensionsalter von Armut "
         "betroffen oder gefährdet.")
NL_P3 = ("Nebst der Teuerung beobachtet Pro Senectute auch die aktuelle Energienotlage genau: \"Sollten wir feststellen, dass "
         "besonders vulnerable ältere Menschen einschneidende Einschränkungen in ihrem Alltag erfahren, werden wir aktiv\", "
         "betont Huber. So müsse auch bei allfälligen Rationierungen gewährleistet bleiben, dass in der Mobilität "
         "eingeschränkte Menschen ihren Grundbedarf sicherstellen können.")

add(id="ho498-ppch-2022-09-prosenectute-notlage-teuerung-huber",
    title=NL_T,
    url="https://www.presseportal.ch/de/pm/100002565/100895631",
    retrieved="same address (press release of Pro Senectute Schweiz of September 2022, sent over ots by news aktuell "
              "(Schweiz) and shown in its newsroom 'Pro Senectute' on presseportal.ch; the date prefix ' date 2022-09' and the "
              "newsroom label 'Pro Senectute' dropped (rules 63, 2710); the dateline 'Zürich (ots)' a line of its own as "
              "stored; the subheading 'Keine Benachteiligungen bei Rationierungen' kept as a line (rule 13); the last "
              "paragraph ('Seit über 100 Jahren setzt sich Pro Senectute … direkt zur regionalen P'), cut off in the stored "
              "copy, dropped with the subheading 'Nationale Infoline hilft bei Problemen' left dangling before it (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=["Zürich (ots)", NL_P1, NL_P2, "Keine Benachteiligungen bei Rationierungen", NL_P3],
    # `"…", betont Alain Huber, Direktor von Pro Senectute Schweiz` is his; the colon quotation after the sentence whose
    # subject is the foundation is closed by `betont Huber` and is his (rule 2712); the role phrase that names the
    # foundation is no alias (rule 33)
    quotes=[("\"Das bereitet uns grosse Sorgen\"", HUBER),
            (cut(NL_P3, "\"Sollten wir", "werden wir aktiv\""), HUBER)],
    aliases={HUBER: ["Alain Huber", "Huber"]})

# --- presseportal.ch (ots), September 2021: the Touring Club Schweiz turns 125 ---

WITTWER = "Jürg Wittwer"

TC_T = "125 Jahre TCS - eine Erfolgsgeschichte"
TC_P1 = ("Exakt vor 125 Jahren, am 1. September 1896, gründeten 205 abenteuerlustige Genfer Velofahrer den Touring Club "
         "Schweiz. Heute zählt der TCS 1.5 Millionen Mitglieder und ist der mit Abstand grösste Mobilitätsclub des Landes. "
         "Diesen Erfolg und das grosse Jubiläum feiert der TCS mit der gesamten Schweizer Bevölkerung.")
TC_P2 = ("Am 1. September 1896 war es Ziel des neu gegründeten Touring Club Schweiz, den Radtourismus zu fördern und sicherer "
         "zu machen. 205 Mitglieder zählte der TCS bei seiner Gründung. Heute sind es im Schnitt 1'300 Personen pro Tag, denen "
         "der grösste Mobilitätsclub der Schweiz Hilfe leistet, sei es bei einer Panne im Strassenverkehr, für in Not "
         "geratene Reisende im Ausland oder bei medizinischen Beratungen. Durch Aufklärung, Sensibilisierungskampagnen und "
         "sein politisches Engagement trägt der TCS zu sichereren Rahmenbedingungen im Verkehr bei, setzt sich für die freie "
         "Wahl und die kombinierte Nutzung des Transportmittels ein sowie für verbesserte Bedingungen für sämtliche "
         "Verkehrsteilnehmende jeden Alters.")
TC_P3 = ("\"Der Erfolg des TCS ist unseren Mitarbeitern zu verdanken\", sagt Jürg Wittwer, Generaldirektor des TCS. \"Dieses "
         "grosse Engagement für die Mobilität und das breite Angebot an Dienstleistungen konnte und kann der TCS nur dank ihres "
         "professionellen und leidenschaftlichen Einsatzes für unsere Mitglieder bieten,\" führt er weiter aus.")

add(id="ho498-ppch-2021-09-tcs-125-jahre-wittwer",
    title=TC_T,
    url="https://www.presseportal.ch/de/pm/100000091/100876900",
    retrieved="same address (press release of the Touring Club Schweiz of September 2021, the 125th anniversary of its "
              "founding on 1 September 1896, sent over ots by news aktuell (Schweiz) and shown in its newsroom 'Touring Club "
              "Schweiz/Suisse/Svizzero - TCS' on presseportal.ch; the newsroom label dropped (rule 2710); the dateline 'Bern "
              "(ots)' a line of its own as stored; the published comma inside the closing mark ('bieten,\" führt') kept (rule "
              "20); the fourth paragraph ('Aus diesem Grund wird das 125 Jahr Jubiläum … \"Mit der Erlebnistournée wollen wir "
              "… Nur dank des Vertrauens seiner Mitglieder und der Schweizer Bevölkerung kann de'), cut off in the stored copy "
              "inside its quotation, dropped with it (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=["Bern (ots)", TC_P1, TC_P2, TC_P3],
    # `"…", sagt Jürg Wittwer, Generaldirektor des TCS` and `"…," führt er weiter aus` are his (rules 8, 30); the role
    # phrase naming the club is no alias (rule 33)
    quotes=[("\"Der Erfolg des TCS ist unseren Mitarbeitern zu verdanken\"", WITTWER),
            (cut(TC_P3, "\"Dieses grosse", "bieten,\""), WITTWER)],
    aliases={WITTWER: ["Jürg Wittwer"]})

# --- presseportal.ch (ots), 2013: the Schweizerischer Städteverband elects Kurt Fluri president ---

GUIGNARD = "Marcel Guignard"

SV_T = "Kurt Fluri neuer Präsident des Schweizerischen Städteverbandes"
SV_P1 = ("An seiner Generalversammlung in St. Gallen wählte der Schweizerische Städteverband Nationalrat Kurt Fluri, "
         "Stadtpräsident von Solothurn, zu seinem neuen Präsidenten. Er tritt die Nachfolge seines Aarauer Amtskollegen "
         "Marcel Guignard an, der nach acht Jahren an der Verbandsspitze zurücktritt. Der Städtetag stand unter dem Thema "
         "«Service public zwischen Anspruch und Selbstverantwortung: Was können, wollen und müssen wir uns leisten?»")
SV_P2 = ("Der neue Präsident des Schweizerischen Städteverbandes heisst Kurt Fluri. Die Generalversammlung des Städteverbandes "
         "wählte den Solothurner Stadtpräsidenten und Nationalrat zum Nachfolger von Dr. Marcel Guignard, der nach acht Jahren "
         "als Präsident und 20 Jahren Mitgliedschaft im Vorstand des Schweizerischen Städteverbandes zurücktritt. «Mit Kurt "
         "Fluri haben wir einen unabhängigen, fairen und überlegten Politiker an die Spitze des Städteverbandes gewählt, der "
         "die städtischen Interessen mit grossem Sachverstand, Beharrlichkeit und Überzeugungskraft vertreten wird», freute "
         "sich der abtretende Präsident Marcel Guignard. Neu in den Vorstand wählte die Generalversammlung den "
         "Gemeindepräsidenten von Glarus, Christian Marti.")

add(id="ho498-ppch-2013-staedteverband-fluri-praesident-guignard",
    title=SV_T,
    url="https://presseportal.ch/de/pm/100017932/100742987",
    retrieved="same address (press release of the Schweizerischer Städteverband on its Generalversammlung at the Städtetag "
              "in St. Gallen, 2013 by the succession it reports (the stored copy shows no date), sent over ots by news aktuell "
              "(Schweiz) and shown in its newsroom 'Schweizerischer Städteverband / Union des villes suisses' on "
              "presseportal.ch; the widgets 'Alle Storys', 'Folgen', 'Keine Story von Schweizerischer Städteverband / Union "
              "des villes suisses mehr verpassen.' and the newsroom label dropped (rule 2710); the dateline as stored, "
              "'Gallen/Bern (ots)', a line of its own (rules 13, 20); the third paragraph ('Schweizer Städte verfügen über ein "
              "gutes Angebot … so der Präsident der Gastgeberstadt weiter. Spezialis'), cut off in the stored copy, dropped "
              "with the subheading 'Vielfältige Facetten des Service Public' left dangling before it (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=["Gallen/Bern (ots)", SV_P1, SV_P2],
    # the theme of the Städtetag in marks is null (rule 24); `«…», freute sich der abtretende Präsident Marcel Guignard` is
    # his, the canonical name without the academic title (rule 2065); Kurt Fluri and Christian Marti say nothing
    quotes=[("«Service public zwischen Anspruch und Selbstverantwortung: Was können, wollen und müssen wir uns leisten?»",
             None),
            (cut(SV_P2, "«Mit Kurt", "vertreten wird»"), GUIGNARD)],
    aliases={GUIGNARD: ["Marcel Guignard", "Dr. Marcel Guignard"]})

# --- presseportal.ch (ots), 2016: Caritas Schweiz supports the refugees stranded in Como ---

FASEL = "Hugo Fasel"

CO_T = "Caritas Schweiz unterstützt Flüchtlinge in Como"
CO_P1 = ("Luzern (ots) - Caritas Schweiz unterstützt die Caritas von Como mit einem Beitrag von 50 000 Franken. Damit leistet "
         "sie einen Beitrag an die Not- und Überlebenshilfe für die in Como gestrandeten Flüchtlinge. Die Caritas verteilt in "
         "der Grenzstadt täglich Lebensmittelpakete mit Brot, Früchten und Wasser. Ausserdem baut sie provisorische "
         "Unterkünfte, in denen rund 300 Flüchtlinge Platz finden sollen.")
CO_P2 = ("Caritas-Direktor Hugo Fasel: \"In Como wird die Realität der europäischen Flüchtlingskrise in unmittelbarer Nähe "
         "sichtbar. Die Flüchtlinge sind da, aber niemand will sie. Das ist keine Lösung. Unser Beitrag soll in dieser "
         "Situation auch eine Geste des guten Willens sein. Wir können die Flüchtlingskrise nur mit vereinten Kräften "
         "angehen.\"")

add(id="ho498-ppch-2016-caritas-fluechtlinge-como-fasel",
    title=CO_T,
    url="http://www.presseportal.ch/de/pm/100000088/100791953",
    retrieved="same address (press release of Caritas Schweiz of summer 2016 (the stored copy shows no date; the refugees "
              "stranded in Como at the Swiss border), sent over ots by news aktuell (Schweiz) and shown in its newsroom "
              "'Caritas Schweiz / Caritas Suisse' on presseportal.ch; the newsroom label dropped (rule 2710); the dateline "
              "'Luzern (ots) -' run into the first paragraph kept; the contact block ('Kontakt: Hinweis an die Redaktionen: "
              "Für weitere Auskünfte steht Ihnen Odilo Noti, Leiter Bereich Kommunikation und Marketing, … zur Verfügung.') "
              "and the footer ('Weitere Meldungen: Caritas Schweiz / Caritas Suisse', 'Das könnte Sie auch interessieren:') "
              "dropped (rule 2710); complete in the stored copy)",
    license=OTS_CH_VERBAENDE,
    paras=[CO_P1, CO_P2],
    # the label `Caritas-Direktor Hugo Fasel:` introduces his quotation (label cue, rule 54); `Caritas-Direktor` names the
    # organisation and is no alias (rule 33); Odilo Noti in the dropped contact block says nothing
    quotes=[(cut(CO_P2, "\"In Como", "angehen.\""), FASEL)],
    aliases={FASEL: ["Hugo Fasel"]})

# --- presseportal.ch (ots), March 2007: Micheline Calmy-Rey visits the Helvetas stand at the Muba in Basel ---

CALMY = "Micheline Calmy-Rey"

MU_T = "Besuch am Muba-Stand: Dank von Calmy-Rey für Engagement von Helvetas"
MU_P1 = ("Bundespräsidentin Micheline Calmy-Rey dankt Helvetas für ihr Engagement. \"Es ist wichtig, dass Organisationen wie "
         "Helvetas die Schweizer Öffentlichkeit für die Bedeutung der Entwicklungszusammenarbeit sensibilisieren\", sagte "
         "Calmy-Rey. Sie besuchte an der Eröffnung der Muba den Stand von Helvetas an der Sonderpräsentation Wasser. Helvetas "
         "vermittelt dort einen Eindruck von der prekären Trinkwassersituation in Entwicklungsländern und stellt die Schweizer "
         "Erfindung \"Sodis\" vor: Die genial einfache Art, durch Sonnenlicht Krankheitserreger im Wasser abzutöten.")
MU_P2 = ("Bundespräsidentin Micheline Calmy-Rey hat am Eröffnungsrundgang durch die Muba heute Vormittag den Stand \"Leben "
         "braucht Wasser\" von Helvetas besucht. Sie bedankte sich bei Geschäftsleiter Melchior Lengsfeld für das Engagement "
         "von Helvetas. \"Es ist wichtig, dass Organisationen wie Helvetas die Schweizer Öffentlichkeit für die Bedeutung der "
         "Entwicklungszusammenarbeit sensibilisieren\", sagte Calmy-Rey. \"Bei ihren Auslandreisen habe sie immer wieder "
         "gesehen, wie wichtig eine genügende Trinkwasserversorgung sei.\" Vor dem Rundgang hatte die Messeleitung der "
         "Bundespräsidentin als Geschenk einen nepalesischen Pashmina-Schal aus dem Helvetas Verkaufsladen überreicht.")
MU_P3 = ("Helvetas versetzt die Besucherinnen und Besucher der Muba-Sonderpräsentation Wasser vom 2. bis 11. März an einem "
         "originellen Stand in ein Entwicklungsland im Süden. Dank einer unkonventionellen Gestaltung, einem Lehmboden und "
         "einer Geräuschkulisse lässt sich nachempfinden, was es heisst, nicht genügend Trinkwasser zu haben.")

MU_Q = ("\"Es ist wichtig, dass Organisationen wie Helvetas die Schweizer Öffentlichkeit für die Bedeutung der "
        "Entwicklungszusammenarbeit sensibilisieren\"")

add(id="ho498-ppch-2007-03-helvetas-muba-calmy-rey",
    title=MU_T,
    url="https://presseportal.ch/de/pm/100000432/100526002",
    retrieved="same address (press release of Helvetas of 2 March 2007, the opening day of the Muba in Basel, sent over ots "
              "by news aktuell (Schweiz) and shown in its newsroom 'Helvetas' on presseportal.ch; headline as the stored "
              "copy's first line; the dateline 'Zürich/Basel (ots)' a line of its own as stored; the photo note '- Hinweis: "
              "Ein Bild steht zum kostenlosen Download bereit unter: http://www.presseportal.ch/de/story.htx?firmaid=100000432 "
              "und wird zusätzlich heute Nachmittag über EQ Images verbreitet -' dropped (rules 48, 2710); the lead's "
              "quotation repeated in the body kept twice (rule 123); the published 'Helvetas Verkaufsladen' kept (rule 20); "
              "the fourth paragraph ('Helvetas stellt zudem die Methode zur solaren Wasserdesinfektion \"Sodis\" vor. Mit "
              "diesem Verfahren lässt sich auf genial einfache Art Wasse'), cut off in the stored copy, dropped (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=["Zürich/Basel (ots)", MU_P1, MU_P2, MU_P3],
    # the repeated quotation before `sagte Calmy-Rey` is hers in the lead and in the body (by occurrence index); the
    # Konjunktiv third-person sentence in marks right after the second is hers too (rule 2711); the invention's and the
    # stand's names are null (rules 2, 24); Melchior Lengsfeld says nothing
    quotes=[(MU_Q, CALMY, 0),
            ("\"Sodis\"", None),
            ("\"Leben braucht Wasser\"", None),
            (MU_Q, CALMY, 1),
            ("\"Bei ihren Auslandreisen habe sie immer wieder gesehen, wie wichtig eine genügende Trinkwasserversorgung "
             "sei.\"", CALMY)],
    aliases={CALMY: ["Micheline Calmy-Rey", "Bundespräsidentin Micheline Calmy-Rey", "Calmy-Rey", "Bundespräsidentin"]})

# --- presseportal.ch (ots), September 2002: Helvetas on the rejected Solidaritätsstiftung ---

ARBENZ = "Peter H. Arbenz"

EC_T = "Einmalige Chance verpasst"
EC_P1 = ("Helvetas bedauert, dass die Solidaritätsstiftung nicht errichtet werden kann, obwohl knapp die Hälfte der "
         "Stimmbürger/innen dem Gegenentwurf von Bundesrat und Parlament zugestimmt hat. \"Die Schweiz hat eine einmalige "
         "Chance verpasst, jedes Jahr mit einem substanziellen Beitrag akute und neuartige Probleme in unserem Land zu lindern "
         "und einen zusätzlichen Beitrag an die von Armut, Not und Gewalt geplagten und benachteiligten Völker auf der Welt zu "
         "leisten,\" sagt Helvetas Präsident Peter H. Arbenz. Helvetas wird sich umso engagierter für die Armutsbekämpfung in "
         "Entwicklungsländern einsetzen, insbesondere für die Festigung und Ergänzung bereits bestehender Projekte in der "
         "Friedensförderung und der Konfliktbewältigung.")
EC_P2 = ("Helvetas, die Schweizer Gesellschaft für internationale Zusammenarbeit, engagiert sich seit 1955 für wirtschaftlich "
         "und sozial benachteiligte Bevölkerungsgruppen in über 20 Ländern Afrikas, Asiens und Lateinamerikas. Sie leistet "
         "Hilfe zur Selbsthilfe und konzentriert sich auf die Arbeitsbereiche Infrastruktur im ländlichen Raum, nachhaltige "
         "Bewirtschaftung natürlicher Ressourcen, Bildung und Kultur sowie Zivilgesellschaft und Staat.")

add(id="ho498-ppch-2002-09-helvetas-solidaritaetsstiftung-arbenz",
    title=EC_T,
    url="https://presseportal.ch/de/pm/100000432/100020469",
    retrieved="same address (press release of Helvetas after the federal vote of 22 September 2002 on the Solidaritätsstiftung, "
              "sent over ots by news aktuell (Schweiz) and shown in its newsroom 'Helvetas' on presseportal.ch; headline as "
              "the stored copy's first line; the dateline 'Zürich (ots)' a line of its own as stored; the sender's closing "
              "paragraph on Helvetas, complete in the stored copy, kept as part of the release (rule 2710); the contact block "
              "('Kontakt: Fritz Brugger, Stv. Geschäftsleiter Helvetas … Andreas Friolet, Medienbeauftragter Helvetas … "
              "Internet: www.helvetas.ch.') dropped (rule 2710); the published 'Stimmbürger/innen', 'Helvetas Präsident' and "
              "the comma inside the closing mark ('leisten,\" sagt') kept (rule 20); complete in the stored copy)",
    license=OTS_CH_VERBAENDE,
    paras=["Zürich (ots)", EC_P1, EC_P2],
    # `"…," sagt Helvetas Präsident Peter H. Arbenz` is his; the role phrase naming the organisation is no alias (rule 33);
    # the headline repeats two of his words without marks and has no span (rule 5); Brugger and Friolet of the dropped
    # contact block say nothing
    quotes=[(cut(EC_P1, "\"Die Schweiz hat", "leisten,\""), ARBENZ)],
    aliases={ARBENZ: ["Peter H. Arbenz"]})

# --- presseportal.ch, undated: UNICEF Schweiz und Liechtenstein names 38 junior ambassadors in the Zurich zoo ---

JUNKER = "Bettina Junker"

JB_T = "38 Kinder und Jugendliche im Einsatz für die Kinderrechte"
JB_P1 = ("UNICEF hat vergangenen Samstag 38 Kinder und Jugendliche im Zürcher Zoo als Juniorbotschafterinnen und -botschafter "
         "ausgezeichnet. Diese Mädchen und Buben haben sich schon zum sechsten Mal aktiv für Kinder in Not stark gemacht, "
         "Spenden gesammelt oder ihr Umfeld für die Kinderrechte sensibilisiert.")
JB_P2 = ("«Jung-Aktivisten» werden zu «Jubos»Bereits seit Jahren setzen sich die «Jung-Aktivisten» für Kinder in Not ein, "
         "veranstalten einfallsreiche Spendenaktionen oder klären über die Arbeit und Anliegen von UNICEF auf – beispielsweise "
         "mit Vorträgen in der Schule. Der langjährige UNICEF Botschafter Kurt Aeschbacher hat vergangenen Samstag diese Kinder "
         "im Zürcher Zoo zu Juniorbotschaftern («Jubos») ernannt. All diese Mädchen und Buben setzen mit ihrem Einsatz ein "
         "wichtiges Zeichen der Solidarität für benachteiligte und verletzliche Kinder.")
JB_P3 = ("Auch Bettina Junker, die Geschäftsleiterin von UNICEF Schweiz und Liechtenstein, ist vom jahrelangen Engagement der "
         "Kinder beeindruckt. «Es ist aussergewöhnlich, was ihr in eurer Freizeit geleistet habt. Juniorbotschafterin oder "
         "Juniorbotschafter kann zwar jedes Kinder werden, aber dafür muss man in jungen Jahren etwas leisten, das selbst "
         "vielen Erwachsenen schwerfällt: Die Bereitschaft, für andere da zu sein, die man nicht kennt, aber von denen man "
         "weiss, dass auf Hilfe angewiesen sind».")

add(id="ho498-ppch-unicef-juniorbotschafter-zoo-junker",
    title=JB_T,
    url="https://www.presseportal.ch/de/pm/100004621/100911389",
    retrieved="same address (press release of UNICEF Schweiz und Liechtenstein, shown in its newsroom on presseportal.ch; the "
              "stored copy shows neither date nor dateline; the newsroom label 'UNICEF Schweiz und Liechtenstein' and the "
              "image furniture 'Bild-Infos' and 'Download' dropped (rule 2710); the subheading that the stored copy runs into "
              "the second paragraph without space ('«Jung-Aktivisten» werden zu «Jubos»Bereits seit Jahren …') kept as one "
              "line as stored (rule 2713); the published 'jedes Kinder', 'dass auf Hilfe angewiesen sind' and the closing "
              "mark before the full stop ('angewiesen sind».') kept (rule 20); the last paragraph ('Mitglieder des "
              "kostenlosen «kids united» Clubs … über Kinderrechte und die Situation von gefährdeten '), cut off in the "
              "stored copy, dropped with the subheading 'So wird man Juniorbotschafterin -botschafter' left dangling before "
              "it (rule 15))",
    license=OTS_CH_VERBAENDE,
    paras=[JB_P1, JB_P2, JB_P3],
    # the two names of the children in marks, each twice, are null (rules 24, 2713); the cue-less quotation after the
    # sentence that Bettina Junker is impressed by the children's work is hers (rule 2714); Kurt Aeschbacher says nothing
    quotes=[("«Jung-Aktivisten»", None, 0),
            ("«Jubos»", None, 0),
            ("«Jung-Aktivisten»", None, 1),
            ("«Jubos»", None, 1),
            (cut(JB_P3, "«Es ist aussergewöhnlich", "angewiesen sind»"), JUNKER)],
    aliases={JUNKER: ["Bettina Junker"]})

# --- finanznachrichten.de (ots), 8 February 2019: the Zürcher Kantonalbank announces a jubilee dividend for 2020 ---

MUELLER_GANZ = "Jörg Müller-Ganz"

ZK_P1 = ("Der Bankrat der Zürcher Kantonalbank hat entschieden, 2020 anlässlich des 150-Jahr-Jubiläums eine ausserordentliche "
         "Jubiläumsdividende an Kanton und Gemeinden in der Höhe von 150 Mio. Franken auszuschütten.")
ZK_P2 = ("Zürich, 8. Februar 2019 - Die Zürcher Kantonalbank gibt heute im Rahmen ihrer Bilanzmedienkonferenz die "
         "Ausschüttung einer ausserordentlichen Jubiläumsdividende für das Jahr 2020 bekannt. Angesichts der äusserst starken "
         "Kapitalisierung der Bank hat der Bankrat der Zürcher Kantonalbank entschieden, dass im Jubiläumsjahr 2020 die ganze "
         "Zürcher Bevölkerung einen Zusatznutzen haben soll. Deshalb soll neben der ordentlichen Ausschüttung eine "
         "ausserordentliche Jubiläumsdividende in der Höhe von insgesamt 150 Mio. Franken ausgeschüttet werden. Davon gehen "
         "gemäss gesetzlichem Schlüssel 100 Mio. Franken an den Kanton Zürich und 50 Mio. Franken an die politischen "
         "Gemeinden.")
ZK_P3 = ("Dr. Jörg Müller-Ganz, Präsident des Bankrats der Zürcher Kantonalbank, sagte: «Wir möchten die gesamte Zürcher "
         "Bevölkerung an unserem Jubiläum teilhaben lassen und würden uns freuen, wenn Kanton und Gemeinden unsere "
         "Jubiläumsdividende für besondere Projekte verwenden. Wir denken dabei an Vorhaben, die im ordentlichen Budget keinen "
         "Platz finden und somit den Zürcherinnen und Zürchern einen aus-sergewöhnlichen Nutzen stiften.»")

add(id="ho498-fn-2019-02-zkb-jubilaeumsdividende-mueller-ganz",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-02/45921062-zuercher-kantonalbank-schuettet-2020-"
        "jubilaeumsdividende-von-chf-150-mio-aus-dokument-006.htm",
    retrieved="same address (press release of the Zürcher Kantonalbank of 8 February 2019 sent over ots, as shown unchanged "
              "by finanznachrichten.de; the stored copy's date prefix ' date 2019-02' dropped (rule 63); the copy shows no "
              "headline, so the dateline 'Zürich (ots) -', a line of its own followed by an empty line, is the first line "
              "(rules 32, 660); the hard line breaks of the wrapped wire text joined with a single space, the paragraph "
              "breaks kept where the copy shows an empty line (rules 660, 2710); the published hyphen in "
              "'aus-sergewöhnlichen' kept (rule 20); the bank's closing section (heading 'Zürcher Kantonalbank' and 'Die "
              "Zürcher Kantonalbank ist eine führende Universalbank … Zu de'), cut off in the stored copy, dropped (rule 15))",
    license=OTS_CH_PUBLIC,
    paras=["Zürich (ots) -", ZK_P1, ZK_P2, ZK_P3],
    # `Dr. Jörg Müller-Ganz, Präsident des Bankrats der Zürcher Kantonalbank, sagte: «…»` is his, the canonical name without
    # the academic title (rules 9, 2065); the role phrase naming the bank is no alias (rule 33)
    quotes=[(cut(ZK_P3, "«Wir möchten", "stiften.»"), MUELLER_GANZ)],
    aliases={MUELLER_GANZ: ["Jörg Müller-Ganz", "Dr. Jörg Müller-Ganz"]})
