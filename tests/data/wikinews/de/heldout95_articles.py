# Ninety-fifth held-out German real-news set (tests/data/heldout95-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 760-763). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by speaker names and by a distinctive 8-word phrase against the texts of all sets, and
# against the other helpers' worktrees /work/wt-heldout*). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Ninety-fifth held-out set": netzpolitik.org news reports of 2017, 2019, 2022, 2023 and
# 2025 on the Bundestag (an Aktuelle Stunde, a hearing of the Rechtsausschuss, the Digitalausschuss), on Kleine Anfragen
# and on the European Parliament's Pegasus inquiry (licence NP, CC BY-NC-SA 4.0, as in the earlier sets that use
# netzpolitik.org). Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17, 52), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org ---

add(id="ho95-np-2019-03-aktuelle-stunde-urheberrecht",
    title=None,
    url="https://netzpolitik.org/2019/wir-sind-keine-bots-hat-es-in-den-bundestag-geschafft/",
    retrieved="same address (stored page of March 2019; the stored copy's date prefix ' date 2019-03' dropped (rule 63); "
              "it begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); the "
              "subheading „Facebook lobbyiert im Hintergrund für Uploadfilter“ kept as its own line (rule 13); the "
              "subheading '„Chaos und Ahnungslosigkeit“ in der Digitalpolitik' and the paragraph under it ('Für das "
              "Justizministerium sprach Staatssekretär Christian Lange. … Sein Ministerium'), cut off in the stored copy, "
              "dropped (rules 15, 17))",
    license=NP,
    paras=["Auf Antrag der Linkspartei hat der Bundestag heute in einer aktuellen Stunde über die "
           "EU-Urheberrechtsreform und die Auswirkungen auf die Meinungsfreiheit diskutiert.",
           "Petra Sitte von der Linken kritisierte die Reform als von den Interessen großer Verlage geprägt, so komme "
           "nun das schon in Deutschland gescheiterte Leistungsschutzrecht in verschärfter Form. Es sei nicht zu "
           "erwarten, dass die Regelungen den Kreativen zu Gute kämen.",
           "„Facebook lobbyiert im Hintergrund für Uploadfilter“",
           "Sitte wies darauf hin, dass große Monopolisten die Reformkosten leichter stemmen könnten als kleine "
           "Plattformen. Als Indiz sieht sie, dass Facebook hinter den Kulissen für den Einsatz von Uploadfiltern "
           "lobbyiere, die dann auch gegen Hate Speech und mutmaßliche Terrorpropaganda genutzt werden sollten. Sitte "
           "dankte den Demonstrierenden auf der Straße für ihr Engagement.",
           "Für die Union sprach sich Elisabeth Winkelmeier-Becker für die Reform aus. Sie malte ein "
           "Schreckensszenario an die Wand, dass Künstler nicht mehr von ihrer Arbeit leben könnten. Jedes Dorffest "
           "zahle GEMA-Gebühren, die Plattformen könnten sich diesen jedoch entziehen. Die Reform schütze darüber "
           "hinaus die normalen User vor Abmahnungen. Sie ließ offen, ob damit das Nichterscheinen von Inhalten durch "
           "den Einsatz von Uploadfiltern gemeint war."],
    quotes=[("„Facebook lobbyiert im Hintergrund für Uploadfilter“", "Petra Sitte")],
    aliases={"Petra Sitte": ["Petra Sitte", "Sitte"]})

add(id="ho95-np-2023-10-vds-anhoerung-rechtsausschuss",
    title=None,
    url="https://netzpolitik.org/2023/vorratsdatenspeicherung-sachverstaendige-uneins-ueber-sammlung-von-ip-adressen/",
    retrieved="same address (stored page of October 2023; the stored copy's date prefix ' date 2023-10' dropped (rule "
              "63); it begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); "
              "the subheading 'Justiz und Polizei fordern mehr Daten' and the paragraph under it ('Wenig überraschend "
              "argumentierten vor allem die vo'), cut off in the stored copy, dropped (rules 15, 17))",
    license=NP,
    paras=["Der Bundestag hat sich wieder einmal mit der Vorratsdatenspeicherung (VDS) beschäftigt. Am Mittwoch lud der "
           "Rechtsausschuss zu einer öffentlichen Sachverständigenanhörung und nicht nur Tom Jenissen vom Verein "
           "Digitale Gesellschaft wunderte sich, „dass wir im Jahre 2023 immer noch über die Vorratsdatenspeicherung "
           "diskutieren“. Anlass war dieses Mal ein Antrag der CDU/CSU, doch auch die SPD lud Sachverständige ein, die "
           "für anlasslose Massenüberwachung trommelten.",
           "Eigentlich hatte der Europäische Gerichtshof (EuGH) die deutsche Vorratsdatenspeicherung vor etwa einem "
           "Jahr gekippt. Sie war 2015 von SPD und CDU eingeführt, wegen rechtlicher Bedenken aber ausgesetzt worden. "
           "Der EuGH ließ wenig Zweifel daran, dass die Komplettüberwachung unverhältnismäßig und grundrechtswidrig "
           "ist. Allerdings ließ der Gerichtshof ein kleines Fenster für die Überwachung offen und formulierte "
           "Bedingungen, nach denen eine Speicherung von Meta-Daten, insbesondere IP-Adressen, keinen Verstoß gegen "
           "EU-Recht darstellt.",
           "Der Antrag der Union fordert ein neues Gesetz zur Vorratsdatenspeicherung, in welchem „die durch den "
           "Europäischen Gerichtshof eröffneten Möglichkeiten vollumfänglich genutzt werden“. Konkret sollen Provider "
           "verpflichtet werden, IP-Adressen und Portnummern anlasslos für sechs Monate zu speichern. Das Thema ist "
           "heikel, denn nicht nur die Oppositionspartei wünscht sich die IP-VDS, sondern auch Innenministerin Nancy "
           "Faeser von der SPD und Teile der SPD-Fraktion. Ihnen entgegen stehen der Koalitionsvertrag der Ampel und "
           "Justizminister Marco Buschmann von der FDP, der mit dem Quick-Freeze-Verfahren einen weniger "
           "eingriffsintensiven Alternativvorschlag vorgelegt hat. Diesem können auch die Grünen, die FDP-Fraktion und "
           "andere Teile der SPD-Fraktion etwas abgewinnen."],
    quotes=[("„dass wir im Jahre 2023 immer noch über die Vorratsdatenspeicherung diskutieren“", "Tom Jenissen"),
            ("„die durch den Europäischen Gerichtshof eröffneten Möglichkeiten vollumfänglich genutzt werden“", "CDU/CSU")],
    aliases={"Tom Jenissen": ["Tom Jenissen"],
             "CDU/CSU": ["CDU/CSU", "Union"]})

add(id="ho95-np-2025-03-fazit-digitalausschuss",
    title=None,
    url="https://netzpolitik.org/2025/fazit-aus-dem-digitalausschuss-zwischen-chatkontrolle-und-digitaler-souveraenitaet/",
    retrieved="same address (stored page of March 2025; the stored copy's date prefix ' date 2025-03' dropped (rule 63); "
              "it begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); the "
              "subheading „Baut Systeme resilient“ and the paragraph under it ('Kassautzki hat kein erneutes "
              "Bundestagsmandat bekommen. … Hier ist die deutsche Position im Rat wi'), cut off in the stored copy, "
              "dropped with their quotations (rules 15, 17, 290))",
    license=NP,
    paras=["Sie haben in den vergangenen Jahren über digitale Identitäten debattiert, über Chatkontrolle gestritten und "
           "das Recht auf schnelles Internet: die Bundestagsabgeordneten, die ihre Fraktionen im Digitalausschuss "
           "vertreten haben. Mit der Wahl gehören jedoch viele zentrale Digitalpolitiker:innen nicht mehr dem "
           "Parlament an. Fast keiner der bisherigen Obmenschen, Sprecher:innen und Vorsitzenden des Ausschusses hat "
           "erneut ein Mandat erhalten – abgesehen von den Vertreter:innen der Union.",
           "An der Spitze des Digitalausschusses standen Tabea Rößner (Grüne) und Anna Kassautzki (SPD). Rößner hatte "
           "bereits im vergangenen Juli bekanntgegeben, nicht erneut für den Bundestag zu kandidieren. Als Schwerpunkte "
           "in ihrem Abschieds-Blogbeitrag nennt sie etwa die Umsetzung des Digital Services Acts und die Regulierung "
           "von KI. „Das Ziel war es stets, die Rechte der Nutzer:innen zu stärken, die Verantwortung der Plattformen "
           "zu erhöhen sowie verbindliche Standards für neue Technologien wie den Einsatz von Künstlicher Intelligenz "
           "zu setzen“, schreibt Rößner. Sie zeigt sich zufrieden, dass es mittlerweile einen Rechtsanspruch auf einen "
           "leistungsfähigen Internetzugang gebe, den sie bereits in ihrer ersten Zeit im Bundestag gefordert hatte. "
           "Mit Rößner verlässt auch eine erfahrene Medienpolitikerin den Bundestag."],
    quotes=[("„Das Ziel war es stets, die Rechte der Nutzer:innen zu stärken, die Verantwortung der Plattformen zu "
             "erhöhen sowie verbindliche Standards für neue Technologien wie den Einsatz von Künstlicher Intelligenz zu "
             "setzen“", "Tabea Rößner")],
    aliases={"Tabea Rößner": ["Tabea Rößner", "Rößner"]})

add(id="ho95-np-2022-03-pegasus-untersuchungsausschuss",
    title=None,
    url="https://netzpolitik.org/2022/nso-staatstrojaner-eu-parlament-wird-einsatz-von-pegasus-untersuchen/",
    retrieved="same address (stored page of March 2022; the stored copy's date prefix ' date 2022-03' dropped (rule 63); "
              "it begins with the body, without headline, so its first paragraph is the first line (rules 18, 32); the "
              "subheading 'Kompetenzen des Ausschusses begrenzt' kept as its own line (rule 13); the last paragraph 'Der "
              "Untersuchungsausschuss mit 38 Abgeordneten soll … in welchem Ausmaß Mitg', cut off in the stored copy, "
              "dropped (rules 15, 17); the name form 'in‘ t Veld' kept as stored (rule 20))",
    license=NP,
    paras=["Nun kommt er also doch. Die Konferenz der Präsidenten des Europaparlaments hat sich darauf geeinigt, einen "
           "Untersuchungsausschuss zum Einsatz der Spähsoftware Pegasus in ihren Mitgliedsstaaten einzusetzen. Das "
           "teilten die Abgeordneten Sophie in‘ t Veld und Róża Thun von der Fraktion „Renew Europe“ bei einer "
           "Pressekonferenz am vergangenen Donnerstag mit.",
           "Bereits im September hatte die Fraktion der Liberalen auf eine Untersuchung von Pegasus gedrängt, war damit "
           "aber gescheitert. Zuvor hatte ein internationaler Verbund von investigativen Journalist:innen gemeinsam mit "
           "Amnesty International aufgedeckt, dass die Spähsoftware der israelischen NSO Group auch in Europa gegen "
           "Politiker:innen, Oppositionelle, Anwält:innen und Journalist:innen eingesetzt worden war. Mit Pegasus "
           "lassen sich alle auf einem Smartphone befindlichen Daten unbemerkt und in Echtzeit überwachen – von "
           "verschlüsselten Nachrichten und Kalendereinträgen bis zum Standort.",
           "Ausschlaggebend für den Kurswechsel und die Entscheidung war laut in‘ t Veld nun, dass nach Ungarn Ende des "
           "Jahres ein weiterer Fall in der EU bekannt wurde. Das kanadische Citizen Lab an der Universität Toronto "
           "hatte Pegasus unter anderem auf den Telefonen eines polnischen Oppositionsanwaltes und einer kritischen "
           "Staatsanwältin nachgewiesen. Daraufhin hat die polnische Regierung im Januar eingestanden, Pegasus "
           "beschafft zu haben, bestreitet aber, die Software illegal gegen die Betroffenen eingesetzt zu haben.",
           "Kompetenzen des Ausschusses begrenzt",
           "Eine Abstimmung des gesamten Parlamentes und damit das offizielle Mandat ist für Mittwoch geplant. Der "
           "Vorschlag für den Beschluss, den das Parlament inzwischen veröffentlicht hat, zeigt jedoch bereits, wie "
           "weit die Untersuchungen reichen könnten."],
    quotes=[("„Renew Europe“", None)],
    aliases={})

add(id="ho95-np-2017-kleine-anfragen",
    title="Bundesregierung mauert bei Kleinen Anfragen",
    url="https://netzpolitik.org/2017/bundesregierung-mauert-bei-kleinen-anfragen/",
    retrieved="same address (stored page of 2017, complete up to its comment notice; the Tagesspiegel report it quotes is of June 2017; the image credit line 'CC0 Evan Dennis' dropped (rule "
              "14); the donation appeal 'No Tracking. No Paywall. No Bullshit. … Jetzt spenden' and the comment notice "
              "'0 Ergänzungen …' dropped (rule 19); the Tagesspiegel passage that the page sets as a block quotation "
              "without marks kept as its own line and not annotated as a whole (rule 23), its '[..]' kept as stored "
              "(rule 20))",
    license=NP,
    paras=["99 Prozent aller Kleinen Anfragen im Bundestag werden von der Opposition gestellt. 3.621 waren es in der "
           "vergangenen Legislaturperiode, davon 2.026 von der Linken, 1.595 von den Grünen, 38 von CDU/CSU und SPD "
           "gemeinsam sowie eine von der Unionsfraktion alleine.",
           "Im Tagesspiegel beklagt sich die Fraktionsgeschäftsführerin der Linken, Petra Sitte, über eine zunehmende "
           "Geheimniskrämerei der Bundesregierung:",
           "[..] sieht sich die Linksfraktion bei ihrer Regierungskontrolle nach eigener Darstellung zunehmend "
           "behindert – weil die Regierung Anfragen nicht korrekt beantwortet habe, lückenhaft oder auch gar nicht. "
           "Allein in den vergangenen zwei Jahren seien 53 Antworten bzw. größere Antwortkomplexe auf schriftliche "
           "Fragen, mündliche Fragen sowie Kleine Anfragen der Linksfraktion als vertraulich, geheim oder „Nur für den "
           "Dienstgebrauch“ eingestuft worden, berichtet Sitte.",
           "Kleine Anfragen des Bundestages und der Länderparlamente werden auf kleineanfragen.de gesammelt, darüber "
           "hinaus sind sie auf den Webseiten der jeweiligen Parlamente verfügbar."],
    quotes=[("„Nur für den Dienstgebrauch“", None)],
    aliases={})
