# Hundred-and-nineteenth held-out German real-news set (tests/data/heldout119-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 995). None of
# these pages is in any tests/data/*.jsonl (checked by URL and page address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Hundred-and-nineteenth held-out set" of SOURCES.md: news items and statements of the Council
# of Europe (Europarat) on its portal coe.int/de, 2013-2025 — the Parliamentary Assembly (PACE), the Congress of Local and
# Regional Authorities, the Secretary General and the Deputy Secretary General (licence COE: excerpts of under 500 words with the Council of
# Europe credited). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), and each retrieval note names what was dropped. Unmarked middle paragraphs of a multi-paragraph statement are
# not annotated (rule 46, rule 995): the Congress President's statement of January 2024 and the Secretary General's
# statements of April 2015 and December 2016 have one each.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BERGE = "Bjørn Berge"
JAGLAND = "Thorbjørn Jagland"
MAURY = "Liliane Maury Pasquier"
VERBEEK = "Leendert Verbeek"
COOLS = "Marc Cools"
BURIC = "Marija Pejčinović Burić"
KOX = "Tiny Kox"
DAEMS = "Rik Daems"
MIGNON = "Jean-Claude Mignon"

# --- 2025: Deputy Secretary General Bjørn Berge addresses the Congress (rule 996) ---

BE_P1 = ('In seiner Rede vor dem Kongress der Gemeinden und Regionen des Europarates hat der Stellvertretende '
         'Generalsekretär, Bjørn Berge, die entscheidende Rolle des Kongresses bei der Verteidigung der Demokratie '
         'unterstrichen.')
BE_P2 = ('„Wenn wir in die Zukunft blicken, dürfen wir nie vergessen, dass die lokale Demokratie unsere erste '
         'Verteidigungslinie ist. Diese Sitzung hat dies mit sehr zeitgemäßen Debatten deutlich gemacht.“')
BE_P3 = ('Auf der äußerst umfangreichen Tagesordnung der 48. Sitzung des Kongresses stehen Debatten über den Wiederaufbau '
         'der Ukraine, die lokale und regionale Demokratie in Georgien, ausländische Einflussnahme auf Kommunalwahlen, '
         'Obdachlosigkeit in europäischen Städten, Menschenhandel zum Zweck der Ausbeutung der Arbeitskraft und Gewalt '
         'gegen Politikerinnen.')
BE_P4 = ('Der Stellvertretende Generalsekretär betonte, dass wir überall dort, wo die Demokratie unter Druck steht, '
         'feststellen könnten, dass der Kongress aktiv wird. „Diese Sitzung des Kongresses erinnert uns an eine '
         'grundlegende Wahrheit: Die Gesundheit der Demokratie beginnt auf lokaler Ebene, bei den Menschen, die Europa '
         'ausmachen, in all ihrer Vielfalt und mit all ihren Hoffnungen und Ängsten. Wir dürfen nie vergessen, dass es '
         'nicht nur um Institutionen geht, sondern auch um Menschen, und auch um Vertrauen und um die Zukunft, die wir '
         'gemeinsam gestalten wollen“, so Berge abschließend.')

add(id="ho119-coe-2025-03-berge-kongress",
    title=None,
    url="https://coe.int/de/web/portal/-/deputy-secretary-general-addresses-congress-local-democracy-is-our-first-line-"
        "of-defence-",
    retrieved="same address (news item of March 2025, on the Congress's 48th session; no headline in the stored copy "
              "(rules 18, 32); the fifth paragraph ('Im Rahmen der Sitzung hielten Ihre Königliche Hoheit …'), cut off in "
              "the stored copy, dropped (rule 15))",
    license=COE,
    paras=[BE_P1, BE_P2, BE_P3, BE_P4],
    quotes=[(BE_P2, BERGE),
            (cut(BE_P4, '„Diese Sitzung', 'gestalten wollen“'), BERGE)],
    aliases={BERGE: ["Bjørn Berge", "Berge", "Stellvertretende Generalsekretär"]})

# --- 2016: Secretary General Jagland at the Congress's 31st session ---

JC_TITLE = 'Thorbjørn Jagland: „Die Themen des Kongresses stehen im engen Einklang mit den Prioritäten des Europarates“'
JC_P1 = ('„Es ist sehr wichtig für den Europarat, mit dem Kongress zusammenzuarbeiten, der die Basisebene vertritt, welche '
         'der Bevölkerung unserer Mitgliedsstaaten am nächsten ist“, sagte Thorbjørn Jagland, Generalsekretär des '
         'Europarates, in seiner Rede bei der 31. Sitzung des Kongresses, am 19. Oktober 2016. Er beglückwünschte Gudrun '
         'Mosler-Törnström (Österreich) zu ihrer Wahl zur Präsidentin des Kongresses und dankte dem scheidenden '
         'Präsidenten, Jean-Claude Frécon (Frankreich), für die hervorragende Zusammenarbeit während seiner Amtszeit. Der '
         'Generalsekretär unterstrich die Relevanz der Tagesordnung der Sitzung des Kongresses, deren Themen mit den '
         'Prioritäten des Europarates im engen Einklang stehen. „Die Korruption ist ein beträchtliches Problem auf '
         'kommunaler wie auf nationaler Ebene, welches die Glaubwürdigkeit unserer Demokratien bedroht“, erklärte er und '
         'fügte hinzu, dass Ethik und Transparenz auf kommunaler Ebene, die Teilhabe von Frauen und die Verwaltung von '
         'Ballungsräumen ebenso wichtige Fragen für den Europarat als Hüter der Demokratie und der Menschenrechte sind. '
         'Jagland würdigte schließlich den großen Beitrag des Kongresses zum Dezentralisierungsprozess in der Ukraine und '
         'zu den Projekten des Europarates in diesem Zusammenhang.')

add(id="ho119-coe-2016-10-jagland-kongress",
    title=JC_TITLE,
    url="https://www.coe.int/de/web/portal/news-2016/-/asset_publisher/StEVosr24HJ2/content/thorbj-rn-jagland-congress-"
        "thematic-are-in-line-with-the-council-of-europe-s-priorities-?_com_liferay_asset_publisher_web_portlet_"
        "AssetPublisherPortlet_INSTANCE_StEVosr24HJ2_assetEntryId=20187847",
    retrieved="same address, with the long redirect parameter of the stored address left off (news item of 20 October "
              "2016, complete as stored; the link word 'Zurück' before the heading, the two image-caption lines "
              "'Thorbjørn Jagland', the footer line 'Kongress der Gemeinden und Regionen des Europarats Straßburg 20. "
              "Oktober 2016' and the page's French buttons dropped (rule 93))",
    license=COE,
    paras=[JC_P1],
    quotes=[(cut(JC_TITLE, '„Die Themen', 'Europarates“'), JAGLAND),
            (cut(JC_P1, '„Es ist', 'am nächsten ist“'), JAGLAND),
            (cut(JC_P1, '„Die Korruption', 'bedroht“'), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Jagland", "Generalsekretär"]})

# --- 2019: PACE President Maury Pasquier at the Congress ---

MC_TITLE = ('Liliane Maury Pasquier: „Der Europarat benötigt das kontinuierliche Engagement der Versammlung und des '
            'Kongresses“')
MC_P1 = ('„Der Europarat hat seine Fähigkeit zur Anpassung an die sich verändernde Welt bereits überzeugend bewiesen“, so '
         'die Präsidentin der Parlamentarischen Versammlung des Europarates, Liliane Maury Pasquier, in ihrer heutigen '
         'Rede im Rahmen der Sitzung des Kongresses der Gemeinden und Regionen in Straßburg. „Die Organisation benötigt '
         'aber unser kontinuierliches Engagement, und dabei kommt der Parlamentarischen Versammlung und dem Kongress ebenso '
         'eine Schlüsselrolle zu wie den innerstaatlichen Parlamenten und den kommunalen und regionalen '
         'Gebietskörperschaften. Wir müssen das Vertrauen unserer Mitbürgerinnen und Mitbürger in unsere Demokratie '
         'wiederherstellen.“')

add(id="ho119-coe-2019-10-29-maury-pasquier-kongress",
    title=MC_TITLE,
    url="https://coe.int/de/web/portal/-/liliane-maury-pasquier-the-council-of-europe-needs-the-continuing-commitment-of-"
        "the-assembly-and-the-congress-?p_l_back_url=%2Fes%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D200%26start%3D11",
    retrieved="same address (news item of 29 October 2019, complete as stored; the link word 'Zurück' before the heading, "
              "the two image-caption lines 'Liliane Maury Pasquier', the footer line 'Kongresssitzung Straßburg 29. "
              "Oktober 2019', the page's French buttons and the links 'Events', 'Follow us', 'Galerie', 'Facebook', "
              "'Twitter' dropped (rule 93))",
    license=COE,
    paras=[MC_P1],
    quotes=[(cut(MC_TITLE, '„Der Europarat', 'Kongresses“'), MAURY),
            (cut(MC_P1, '„Der Europarat', 'bewiesen“'), MAURY),
            (cut(MC_P1, '„Die Organisation', 'wiederherstellen.“'), MAURY)],
    aliases={MAURY: ["Liliane Maury Pasquier", "Präsidentin der Parlamentarischen Versammlung"]})

# --- 2022: Congress President Verbeek opens the 42nd session (rule 998) ---

VB_P1 = ('„Wir treffen uns zu einer Zeit, in der ein Mitgliedsstaat des Europarates, die Ukraine, Opfer einer kriegerischen '
         'Handlung ist, die von einen ehemaligen Mitgliedsstaat, der Russischen Föderation, begangen wird“, erklärte '
         'Kongresspräsident Leendert Verbeek bei der Eröffnung der 42. Sitzung. „Diese neue Realität hat das Gegenteil von '
         'dem bewirkt, was der Aggressor anstrebte: Sie hat uns alle vereint, sie hat den Willen des ukrainischen Volkes '
         'gezeigt, seine Unabhängigkeit und Souveränität zu verteidigen, und sie bestärkt uns, unsere Werte der Demokratie, '
         'Menschenrechte und Rechtsstaatlichkeit in ganz Europa zu verteidigen“, betonte er.')
VB_P2 = ('Kongresspräsident Verbeek würdigte die Rolle von Bürgermeisterinnen und Bürgermeistern, kommunalen und regionalen '
         'Mandatsträgerinnen und Mandatsträgern und öffentlich Bediensteten, die bei der Gewährleistung der Sicherheit und '
         'wesentlichen Dienstleistungen für ihre Bevölkerung an vorderster Front stehen. „Diese Woche halten wir unsere '
         'Sitzung ohne die Anwesenheit der russischen Delegation ab – zum ersten Mal, seit das Land 1996 dem Europarat '
         'beitrat. Wie alle überzeugten Europäer bedauere ich diese Situation, weil das Gemeinsame europäische Haus, das '
         'Präsident Gorbatschow 1989 anstrebte, gerade einen seiner Bewohner verloren hat“, sagte er abschließend und '
         'forderte die „russische Führung und das russische Volk“ dringend auf, „diesen schrecklichen Krieg zu beenden und '
         'nicht zuzulassen, dass ein neuer Eiserner Vorhang Europa dauerhaft teilt“.')

add(id="ho119-coe-2022-03-verbeek-kongress-42",
    title=None,
    url="https://coe.int/de/web/portal/-/congress-holds-debates-on-the-war-in-ukraine-local-democracy-in-germany-and-"
        "involving-children-in-sustainable-development?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26"
        "start%3D24",
    retrieved="same address (news item of March 2022, on the Congress's 42nd session; no headline in the stored copy "
              "(rules 18, 32); the third paragraph ('„Die Handlung der Russischen Föderation ist ein Verstoß …“, erklärte "
              "Mariastella Gelmini …'), cut off in the stored copy, dropped with its quotations (rule 15); 'von einen "
              "ehemaligen Mitgliedsstaat' kept as published (rule 20))",
    license=COE,
    paras=[VB_P1, VB_P2],
    quotes=[(cut(VB_P1, '„Wir treffen', 'begangen wird“'), VERBEEK),
            (cut(VB_P1, '„Diese neue', 'zu verteidigen“'), VERBEEK),
            (cut(VB_P2, '„Diese Woche', 'verloren hat“'), VERBEEK),
            ('„russische Führung und das russische Volk“', VERBEEK),
            (cut(VB_P2, '„diesen schrecklichen', 'dauerhaft teilt“'), VERBEEK)],
    aliases={VERBEEK: ["Leendert Verbeek", "Kongresspräsident Verbeek", "Kongresspräsident"]})

# --- 2024: Congress President Marc Cools's statement on the Congress's 30th anniversary (rule 995) ---

CO_TITLE = "Der Kongress feiert 2024 sein dreißigjähriges Bestehen: Erklärung des Kongresspräsidenten"
CO_P1 = "Kongresspräsident Marc Cools gab folgende Erklärung ab:"
CO_P2 = ('„Diese Woche vor dreißig Jahren verabschiedete das Ministerkomitee des Europarates eine Satzungsentschließung, '
         'mit der der Kongress der Gemeinden und Regionen als ständige Versammlung der Städte und Regionen Europas '
         'begründet wurde. Vom 31. Mai bis zum 3. Juni 1994 hielt der Kongress seine erste Sitzung ab. Heute, 30 Jahre '
         'später, erhielt er vom Gipfeltreffen in Reykjavik ein noch stärkeres Mandat übertragen, um die lokale und '
         'regionale Demokratie auszubauen, die Einhaltung der Bestimmungen der Europäischen Charta der kommunalen '
         'Selbstverwaltung zu gewährleisten, den Schutz der Menschenrechte zu stärken und die Rechtsstaatlichkeit auf '
         'kommunaler Ebene zu verteidigen.')
CO_P3 = ('Zur Feier dieses Jahrestages veranstaltet der Kongress ein Generaltreffen von über 100 nationalen Verbänden lokaler '
         'und regionaler Gebietskörperschaften aus europäischen Ländern, bei dem die Umsetzung der Beschlüsse des '
         'Gipfeltreffens in unseren Gemeinden diskutiert werden soll. Daneben ist eine gemeinsame Veranstaltung mit dem '
         'Europäischen Ausschuss der Regionen der EU geplant, der in diesem Jahr ebenfalls sein 30-jähriges Bestehen feiert. '
         '2024 begeht der Kongress auch das 10-jährige Jubiläum seines Jugenddelegiertenprogramms, mit dem das Engagement '
         'junger Menschen in die Arbeit des Kongresses integriert wurde.')
CO_P4 = ('Nach dreißig Jahren gibt es vieles worauf wir stolz sein können – ebenso wie vieles an Herausforderungen, die zu '
         'Beginn dieses Jubiläumsjahres noch vor uns liegen."')

add(id="ho119-coe-2024-01-17-cools-30-jahre-kongress",
    title=CO_TITLE,
    url="https://coe.int/de/web/portal/-/congress-celebrating-30-years-in-2024-statement-by-congress-president-1?"
        "p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D20%26start%3D19",
    retrieved="same address (statement of 17 January 2024, complete as stored; the link word 'Zurück' before the heading, "
              "the repeated headline (image caption) and the footer line '30 Jahre Kongress Strassburg 17. Januar 2024' "
              "and the page's French buttons dropped (rule 93); the closing ASCII mark \" after an opening „ kept as "
              "published (rules 20, 939))",
    license=COE,
    paras=[CO_P1, CO_P2, CO_P3, CO_P4],
    quotes=[(CO_P2, COOLS),
            (CO_P4, COOLS)],
    aliases={COOLS: ["Marc Cools", "Kongresspräsident"]})

# --- 2021: Secretary General Pejčinović Burić answers PACE members' questions (rule 997) ---

BU_P1 = ('In einer Rede vor den Abgeordneten im Rahmen der Frühjahrssitzung der Parlamentarischen Versammlung (PACE) ist '
         'Generalsekretärin Marija Pejčinović Burić vor dem Hintergrund der Verstärkung der russischen Truppen nahe der '
         'ukrainischen Grenze zur Gefahr eines drohenden bewaffneten Konflikts zwischen Russland und der Ukraine befragt '
         'worden. Während Organisationen wie die UN und die OSZE in die sicherheitspolitische Dimension der Krise involviert '
         'seien, bestehe die Rolle des Europarates darin, die Achtung der Menschenrechte durch alle Seiten sicherzustellen, '
         'erklärte Pejčinović Burić. Sie fügte hinzu, dass der Europarat, weiterhin uneingeschränkt die Souveränität und '
         'territoriale Integrität der Ukraine unterstützen werde.')
BU_P2 = ('Bei der Frage der Istanbul-Konvention, welche die Türkei aufgekündigt hat, stimmte die Generalsekretärin zu, dass '
         'sie der „Goldstandard“ zum Schutz von Frauen vor jeglicher Form von Gewalt sei, darunter häuslicher Gewalt. Sie '
         'unterstrich die Rolle des Vertrags als Standardsetter, der die meisten innerstaatlichen Gesetzgebungen übertrifft '
         'und über einen eigenen Überwachungsmechanismus verfügt.')
BU_P3 = ('Als Antwort auf eine Frage zum Konventionssystem im weiteren Sinn würdigte die Generalsekretärin die Europäische '
         'Menschenrechtskonvention, die sie als die „Mutter aller Konventionen“ bezeichnete, sowie die Europäische '
         'Sozialcharta. Sie rief zu einer besseren Umsetzung dieser Übereinkommen auf nationaler Ebene auf und '
         'identifizierte Menschenrechte im Zusammenhang mit künstlicher Intelligenz und der Umwelt als die beiden '
         'wichtigsten künftigen Herausforderungen der Organisation.')
BU_P4 = ('Weitere Fragen der Abgeordneten betrafen die Rückkehr von armenischen Kriegsgefangenen aus Aserbaidschan, die Lösung '
         'der anhaltenden Spannungen zwischen beiden Mitgliedsstaaten, die künftige Finanzierung der Organisation und den '
         'besten Umgang mit der Zunahme von Diskriminierung und Rassismus in Europa.')

add(id="ho119-coe-2021-04-buric-pace-fragen",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-council-of-europe-fully-supports-the-sovereignty-and-"
        "territorial-integrity-of-ukraine-?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D15",
    retrieved="same address (news item of the Assembly's spring session 2021, undated in the stored copy (April 2021, going "
              "by Turkey's withdrawal from the Istanbul Convention and the troop build-up it reports), complete as stored; "
              "no headline in the stored copy (rules 18, 32); 'der Europarat, weiterhin' kept as published (rule 20))",
    license=COE,
    paras=[BU_P1, BU_P2, BU_P3, BU_P4],
    quotes=[('„Goldstandard“', BURIC),
            ('„Mutter aller Konventionen“', BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Pejčinović Burić", "Generalsekretärin"]})

# --- 2022: Tiny Kox elected President of PACE ---

KX_TITLE = "Tiny Kox zum Präsidenten der Parlamentarischen Versammlung gewählt"
KX_P1 = ('Tiny Kox (Niederlande, UEL) ist zum Präsidenten der Parlamentarischen Versammlung des Europarates (PACE) gewählt '
         'worden. Er folgt Rik Daems (Belgien, ADLE) nach und ist als 34. Präsident der PACE seit 1949 der dritte '
         'Niederländer, der diese Funktion bekleidet. Kox setzte sich im ersten Wahlgang mit absoluter Mehrheit (164 gegen '
         '80 Stimmen) gegen Marija Mesenzewa (Ukraine, PPE/DC) durch.')
KX_P2 = ('Gemäß der Geschäftsordnung der Versammlung wird der Präsident für eine einjährige Amtszeit, die einmal erneuert '
         'werden kann, gewählt. In seiner Antrittsrede rief der neu gewählte Präsident die Versammlung eindringlich dazu '
         'auf, das im vergangenen Jahr in ihrer Entschließung zu den strategischen Prioritäten des Europarates dargelegte '
         'Programm umzusetzen. „Unsere Organisation muss der Eckpfeiler der demokratischen Sicherheit, der Garant der '
         'Menschenrechte und der Rechtstaatlichkeit und eine Plattform für wirksamen Multilateralismus in Europa bleiben. '
         'Sie muss ihre Identität als unabhängiges Forum für umfassenden und inklusiven Dialog und für Zusammenarbeit '
         'bewahren und bekräftigen“, erklärte Kox.')

add(id="ho119-coe-2022-01-24-kox-gewaehlt",
    title=KX_TITLE,
    url="https://coe.int/de/web/portal/-/tiny-kox-elected-as-pace-president?p_l_back_url=%2Fen%2Fweb%2Fportal%2F"
        "newsroom%3Fdelta%3D100%26start%3D13",
    retrieved="same address (news item of January 2022; the link word 'Zurück' before the heading and the repeated "
              "headline (image caption) dropped (rule 93); the third paragraph ('„Die Menschenrechte und insbesondere die "
              "Umsetzung der Menschenrechtskonvention …“ Als weitere Prioritäten nannte Kox …'), cut off in the stored "
              "copy, dropped with its quotation (rule 15))",
    license=COE,
    paras=[KX_P1, KX_P2],
    quotes=[(cut(KX_P2, '„Unsere Organisation', 'bekräftigen“'), KOX)],
    aliases={KOX: ["Tiny Kox", "Kox", "Präsident"]})

# --- 2020: Rik Daems elected President of PACE (rule 999) ---

DA_P1 = ('Rik Daems (Belgien, ALDE) ist als Nachfolger von Liliane Maury Pasquier (Schweiz, SOC) zum Präsidenten der '
         'Parlamentarischen Versammlung des Europarates (PACE) gewählt worden. Er ist der 33. Präsident der Versammlung '
         'seit 1949 und der dritte Vertreter Belgiens in diesem Amt, nach dem Gründungsvater der Versammlung, Paul-Henri '
         'Spaak (1949–1951), und Fernand Dehousse (1956–1959). Daems stand als einziger Kandidat zur Wahl.')
DA_P2 = ('In seiner Eröffnungsrede forderte der neu gewählte Präsident die Versammlung auf, Werte in den Mittelpunkt zu '
         'stellen und nicht innerstaatliche Interessen. „Interessen trennen, doch Werte vereinen“, so Daems. „Wir sind von '
         'unseren Parlamenten in diese Versammlung entsandt, aber ich denke nicht, dass wir hier nur unseren '
         'innerstaatlichen Interessen dienen sollen. Wir haben alle die Europäische Menschenrechtskonvention unterzeichnet '
         'und sitzen in dieser Versammlung, um für die Menschenrechte, die Rechtsstaatlichkeit und die Demokratie '
         'einzutreten“, unterstrich er. „Wir sind der Europarat, wir sind allerdings auch ein Rat der Europäerinnen und '
         'Europäer. Unsere Gleichheit bedeutet vor allem, dass wir die gleichen Werte schätzen und wahren. Das ist die '
         'Bedeutung von ‚In Vielfalt geeint‘, das ist die Quintessenz des Europarates.“')
DA_P3 = ('Der Präsident erklärte, dass auch die Verbindung zwischen Menschenrechten und Umwelt für ihn prioritär sei: Er rief '
         'zu einem neuen Zusatzprotokoll zur Europäischen Menschenrechtskonvention auf, das sich auf den Klimawandel '
         'bezieht. Daems wird das Ministerkomitee ersuchen, einer früheren Entschließung der Versammlung zu folgen und die '
         'diesbezügliche Arbeit bald zu beginnen. Ein weiterer Schwerpunkt wird die Gleichstellung der Geschlechter und die '
         'Istanbulkonvention sein.')

add(id="ho119-coe-2020-01-27-daems-gewaehlt",
    title=None,
    url="https://coe.int/de/web/portal/-/rik-daems-elected-pace-president?p_l_back_url=%2Fru%2Fweb%2Fportal%2Fnewsroom%3F"
        "delta%3D4%26start%3D477",
    retrieved="same address (news item of January 2020, as stored: the stored copy ends after the third paragraph; no "
              "headline in the stored copy (rules 18, 32))",
    license=COE,
    paras=[DA_P1, DA_P2, DA_P3],
    quotes=[('„Interessen trennen, doch Werte vereinen“', DAEMS),
            (cut(DA_P2, '„Wir sind von', 'einzutreten“'), DAEMS),
            (cut(DA_P2, '„Wir sind der', 'Europarates.“'), DAEMS)],
    aliases={DAEMS: ["Rik Daems", "Daems", "Präsident"]})

# --- 2015: Secretary General Jagland on the attack on a courthouse in Istanbul (rules 995, 1000) ---

TU_TITLE = "Extremistischer Angriff in der Türkei"
TU_SUB = "„Wir müssen im Kampf gegen Terror zusammenstehen und vereint gegen seine Ursachen vorgehen“"
TU_P1 = ('„Ich verurteile entschieden den gestrigen Terroranschlag auf ein Gerichtsgebäude in Istanbul. Ich spreche der '
         'Familie des Staatsanwalts Mehmet Selim Kiraz und dem türkischen Volk mein tiefstes Beileid aus.')
TU_P2 = ('Das gestrige Geiseldrama, bei dem Staatsanwalt und zwei Angreifer ums Leben kamen, zeigt das Maß der '
         'extremistischen Bedrohung, dem die Türkei und viele weitere europäische Staaten heute ausgesetzt sind.')
TU_P3 = ('Extremisten, seien sie politische oder religiös motiviert, zielen darauf ab, unsere demokratischen Gesellschaften '
         'zum Wanken bringen. Wir müssen im Kampf gegen Terror zusammenstehen und vereint gegen seine Ursachen vorgehen. '
         'Unser Vorgehen muss Menschenrechte und das Prinzip der Rechtsstaatlichkeit achten. Die Mitgliedstaaten des '
         'Europarats arbeiten bereits gemeinsam an der Bekämpfung des Terrorismus. Diese Anstrengungen muss noch verstärkt '
         'werden“, erklärt Generalsekretär Thorbjørn Jagland.')

add(id="ho119-coe-2015-04-01-jagland-istanbul-gericht",
    title=TU_TITLE,
    url="https://www.coe.int/en/c/portal/update_language?languageId=de_DE&p_l_id=13282891&redirect=%2Fen%2Fweb%2Fportal%2F"
        "terrorism-and-human-rights-news%2F-%2Fasset_publisher%2FtAWO07mTaocO%2Fcontent%2Fturkish-extremist-attack%3F"
        "inheritRedirect%3Dfalse%26redirect%3Dhttps%253A%252F%252Fwww.coe.int%252Fen%252Fweb%252Fportal%252Fterrorism-"
        "and-human-rights-news%253Fp_p_id%253D101_INSTANCE_tAWO07mTaocO%2526p_p_lifecycle%253D0%2526p_p_state%253D"
        "normal%2526p_p_mode%253Dview%2526p_p_col_id%253Dcolumn-1%2526p_p_col_count%253D1",
    retrieved="same address (the German version of the statement of 1 April 2015, reached through the portal's language "
              "switch; complete as stored; the link word 'Zurück' before the heading, the footer line 'Generalsekretär "
              "Straßburg 1. April 2015' and the page's French buttons dropped (rule 93); the subtitle in marks kept as its "
              "own line (rule 18); 'politische oder religiös motiviert', 'zum Wanken bringen' and 'Diese Anstrengungen "
              "muss' kept as published (rule 20))",
    license=COE,
    paras=[TU_SUB, TU_P1, TU_P2, TU_P3],
    quotes=[(TU_SUB, JAGLAND),
            (TU_P1, JAGLAND),
            (cut(TU_P3, 'Extremisten,', 'verstärkt werden“'), JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär"]})

# --- 2016: Secretary General Jagland on the bomb attacks at an Istanbul stadium (rule 995) ---

IS_TITLE = "Generalsekretär verurteilt Terroranschläge in der Türkei und übermittelt Beileid"
IS_P1 = ('Der Generalsekretär des Europarates, Thorbjørn Jagland, hat die Bombenanschläge verurteilt, die sich in der Nacht '
         'von Samstag auf Sonntag vor einem Istanbuler Fußballstadion ereignet haben.')
IS_P2 = ('„Wir verurteilen die Terroranschläge, bei denen Dutzende unschuldige Menschen getötet und viele weitere verletzt '
         'wurden. Dem türkischen Volk und seiner Regierung sprechen wir unsere tief empfundene Anteilnahme aus.')
IS_P3 = 'Die Türkei kann auf die Solidarität und Unterstützung des Europarates vertrauen.'
IS_P4 = ('Wir stehen an der Seite der Türkei und des türkischen Volks, das bereits so sehr unter diesen grausamen Anschlägen '
         'gelitten hat, trauern mit den Familien der Opfer und wünschen den Verletzten eine rasche Erholung.“')

add(id="ho119-coe-2016-12-11-jagland-istanbul-stadion",
    title=IS_TITLE,
    url="https://www.coe.int/de/web/portal/news-2016/-/asset_publisher/StEVosr24HJ2/content/secretary-general-condemns-"
        "terrorist-attacks-in-turkey-conveys-condolences?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fca%2F"
        "web%2Fportal%2Fnews-2016%3Fp_p_id%3D101_INSTANCE_StEVosr24HJ2%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_"
        "mode%3Dview%26p_p_col_id%3Dcolumn-4%26p_p_col_count%3D1",
    retrieved="same address (statement of 11 December 2016, complete as stored; the link word 'Zurück' before the "
              "heading, the image title 'Erklärung zu den Bombenanschlägen in Istanbul' and the two credit lines '© 2016 "
              "Reuters/Murad Sezer www.reuters.com' (rule 14), the footer line 'Generalsekretär Straßburg 11. Dezember "
              "2016' and the page's French buttons dropped (rule 93))",
    license=COE,
    paras=[IS_P1, IS_P2, IS_P3, IS_P4],
    quotes=[(IS_P2, JAGLAND),
            (IS_P4, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär"]})

# --- 2013: PACE President Mignon on the attacks in Volgograd ---

MG_TITLE = "PACE-Präsident reagiert auf Terroranschläge in Wolgograd"
MG_P1 = ('„Ich bin tief betroffen und empört über die Terroranschläge in Russland, bei denen 31 Menschen ums Leben gekommen '
         'sind und Dutzende weitere verletzt wurden. Solche brutalen und rücksichtslosen Anschläge auf unschuldige Bürger '
         'sind völlig inakzeptabel. Terroristen werden ihre Ziele durch Gewalt und Blutvergießen niemals erreichen. Sie '
         'verteidigen keine Ideen, sie sind einzig und allein darauf bedacht, Hass und Barbarei zu verbreiten und die '
         'Bevölkerung in Angst zu versetzen. Ihre Taten sind Verbrechen gegen alle Werte und Ideale, die der Europarat '
         'verteidigt", erklärte PACE-Präsident Jean-Claude Mignon nach dem zweiten Selbstmordanschlag in Wolgograd '
         'innerhalb von 24 Stunden.')

add(id="ho119-coe-2013-12-30-mignon-wolgograd",
    title=MG_TITLE,
    url="https://www.coe.int/de/web/portal/news-2013/-/asset_publisher/TEHtOeUO1Ozc/content/pace-president-reacts-to-the-"
        "terrorist-attacks-in-volgograd?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fit%2Fweb%2Fportal%2F"
        "news-2013%3Fp_p_id%3D101_INSTANCE_TEHtOeUO1Ozc%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26p_p_"
        "col_id%3Dcolumn-4%26p_p_col_count%3D1",
    retrieved="same address (news item of 30 December 2013, complete as stored; the link word 'Zurück' before the "
              "heading, the section line 'Parlamentarische Versammlung', the two image-caption lines 'Jean-Claude Mignon', "
              "the footer line 'Straßburg 30/12/2013' and the page's French buttons dropped (rule 93); the closing ASCII "
              "mark \" after an opening „ kept as published (rules 20, 939))",
    license=COE,
    paras=[MG_P1],
    quotes=[(cut(MG_P1, '„Ich bin', 'verteidigt"'), MIGNON)],
    aliases={MIGNON: ["Jean-Claude Mignon", "PACE-Präsident"]})
