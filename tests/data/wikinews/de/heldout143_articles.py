# Hundred-and-forty-third held-out German real-news set (tests/data/heldout143-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1120-1122). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data, and by names and distinctive phrases against the
# texts of all sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Hundred-and-forty-third held-out set": texts of the European Parliament (a press release
# of President Schulz of October 2012 on the pages of the President, three news pages of europarl.europa.eu on the
# European Citizen's Prize 2014 and 2015 and on the election of President Sassoli in 2019, and a press release of July 2011
# on President Buzek's visit to Austria). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHULZ = "Martin Schulz"
GUILLAUME = "Sylvie Guillaume"

# --- pages of the President (Martin Schulz, 2012) ---

NOBEL_P2 = ("\"Es ist eine große Ehre, dass die Europäische Union den Friedensnobelpreis erhält. Dieser Nobelpreis ist eine "
            "Auszeichnung für alle Bürgerinnen und Bürger der Europäischen Union. Wir im Europäischen Parlament sind zutiefst "
            "berührt. Die Europäische Union hat unseren Kontinent friedlich vereint und aus ehemaligen Erzfeinden Freunde "
            "gemacht. Diese historische Leistung ist zu Recht preiswürdig.\"")
NOBEL_P3 = ("\"Die Werte Menschenwürde, Freiheit, Demokratie, Gleichheit, Rechtstaatlichkeit und der Respekt vor den "
            "Menschenrechten sind das Fundament unserer Europäischen Union. Diese Grundwerte sind Maßstab für all unser "
            "Handeln, sowohl nach Innen hin als auch nach Außen. Einige Länder verhandeln derzeit ihren Beitritt zur "
            "Europäischen Union, was zeigt, dass die Anziehungskraft unserer Gemeinschaft trotz der schwierigen "
            "wirtschaftlichen Bedingungen nach wie vor ungebrochen ist.\"")
NOBEL_P4 = ("\"Die Prinzipien der Europäischen Union und die Werte der Versöhnung mögen anderen Regionen der Welt als "
            "Inspiration dienen. Vom Balkan bis zum Kaukasus ist die Europäische Union ein Leuchtturm für Demokratie und "
            "Verständigung.\"")
NOBEL_P5 = ("\"Im Namen des Europäischen Parlaments freuen wir uns gemeinsam mit den anderen EU-Institutionen und mit den "
            "Bürgerinnen und Bürgern der Europäischen Union auf die Nobelpreis-Verleihung in Oslo.\"")
NOBEL_HEAD = "\"Dieser Nobel-Preis ist ein Preis ist für alle EU-Bürgerinnen und Bürger\""

add(id="ho143-ep-2012-10-schulz-friedensnobelpreis",
    title="Friedensnobelpreis für die Europäische Union : " + NOBEL_HEAD,
    url="http://www.europarl.europa.eu/the-president/en-de/press/press_release_speeches/press_release/2012/2012-october/"
        "press_release-2012-october-12.html",
    retrieved="same address (stored press release of the President of 12 October 2012; headline as published, with the "
              "space before the colon and the doubled 'ist' (rule 20); the kicker 'Pressemitteilungen', the place and date "
              "lines 'Vienna -' and '12-10-2012' and the topic line 'Auswärtige Angelegenheiten - Menschenrechte - Interne "
              "Politikbereiche und Institutionen der EU' dropped as furniture; the contact block 'For further information:', "
              "the press-office address, 'Richard Freedman', 'Press Officer' and the telephone number dropped)",
    license=EP,
    paras=["Der Präsident des Europäischen Parlaments, Martin Schulz, sagte unmittelbar nach Bekanntgabe der Entscheidung "
           "des Nobel-Komitees:",
           NOBEL_P2, NOBEL_P3, NOBEL_P4, NOBEL_P5],
    quotes=[(NOBEL_HEAD, SCHULZ),
            (NOBEL_P2, SCHULZ),
            (NOBEL_P3, SCHULZ),
            (NOBEL_P4, SCHULZ),
            (NOBEL_P5, SCHULZ)],
    aliases={SCHULZ: ["Martin Schulz", "Der Präsident des Europäischen Parlaments, Martin Schulz",
                      "Der Präsident des Europäischen Parlaments"]})

# --- news pages of europarl.europa.eu ---

BP15_P2 = ("Die französische EU-Abgeordnete Sylvie Guillaume (S&D), Vizepräsidentin des Parlaments und Vorsitzende der Jury "
           "des Bürgerpreises: \"Die Jury des Europäischen Bürgerpreises hat dieses Jahr Projekte für die "
           "Gesundheitsversorgung der Ärmsten, für Nahrungshilfe, Solidaritätsförderung und Bildung, für den Kampf gegen "
           "Extremismus und den Schutz der LGBTI-Rechte ausgezeichnet. Diese europäischen Bürger setzen sich täglich für den "
           "sozialen Zusammenhalt in unserer Gesellschaft ein. Ich bin sehr glücklich, dass das Parlament sie ehren konnte.\"")

add(id="ho143-ep-2015-06-buergerpreis-2015",
    title="Europäischer Bürgerpreis zeichnet europäische Bürger für ihr Engagement aus",
    url="https://www.europarl.europa.eu/news/de/headlines/eu-affairs/20150604STO62606/"
        "europaischer-burgerpreis-zeichnet-europaische-burger-fur-ihr-engagement-aus"
        "?quizBaseUrl=https%3A%2F%2Fquizweb.europarl.europa.eu",
    retrieved="same address (stored news page of June 2015; the line 'Diese Seite teilen:' and the image text "
              "'Europäischer Bürgerpreis - Medaille' dropped as furniture; the link line 'Mehr Neuigkeiten aus dem "
              "Europäischen Parlament erfahren Sie hier' dropped; the subheadings 'Die Preisträger aus Deutschland und "
              "Österreich sind...' and 'Der Europäische Bürgerpreis' kept as lines of their own; the last paragraph 'Das "
              "Europäische Parlament verleiht seit dem Jahr 2008 … grenzüberschreitenden oder', cut off in the stored copy, "
              "dropped (rule 15))",
    license=EP,
    paras=["Das Europäische Parlament hat 47 Personen und Organisationen aus den Mitgliedstaaten mit dem Europäischen "
           "Bürgerpreis 2015 geehrt. Mit diesem Preis werden besondere Leistungen für die europäische Zusammenarbeit und die "
           "Förderung der gemeinsamen Werte ausgezeichnet. Die Liste der Preisträger wurde am 3. Juni veröffentlicht. Die "
           "Preisträger wurden aus den 74 von den nationalen Jurys eingereichten Kandidaten ausgewählt.",
           BP15_P2,
           "Nach den nationalen Preisverleihungen findet eine gemeinsame feierliche Zeremonie im Oktober 2015 im Parlament "
           "in Brüssel statt.",
           "Die Preisträger aus Deutschland und Österreich sind...",
           "Deutschland: Die gewollte Donau, Davide Martello, PAMINA Nachwuchsschwimmfest, Gemeinsam leben und lernen in "
           "Europa e.V.",
           "Österreich: Netzwerk sozialer Zusammenhalt",
           "Der Europäische Bürgerpreis"],
    quotes=[(BP15_P2[BP15_P2.index("\"Die Jury"):], GUILLAUME)],
    aliases={GUILLAUME: ["Sylvie Guillaume",
                         "Die französische EU-Abgeordnete Sylvie Guillaume (S&D), Vizepräsidentin des Parlaments und "
                         "Vorsitzende der Jury des Bürgerpreises"]})

BP14_P2 = ("\"Trotz der Krise und einer wachsenden Skepsis gegenüber dem Euro, verteidigen Europäer das europäische Model, das "
           "auf Grundrechten, Gerechtigkeit und Demokratie aufbaut\", sagte Parlamentsvizepräsidentin Sylvie Guillaume "
           "(S&D) aus Frankreich und Vorsitzende der Jury des Europäischen Bürgerpreises bei der Preisverleihung.")
BP14_P3 = ("Natürlich werde ein Preis nicht der Arbeit gerecht, die die Bürger geleistet hätten. Der Preis stelle jedoch die "
           "erfolgreichen Projekte in den Fokus. \"Bürger haben eine Stimme und der Preis zeigt, dass wir ihnen zuhören\", "
           "sagte Guillaume.")
BP14_P5 = ("Aus Deutschland erhielten die Europäische Gesellschaft für Politik, Kultur, Soziales e.V. Diaphania, Werner "
           "Hohlbein mit seiner Initiative \"Wir sitzen alle in einem Boot für mehr Toleranz\", Erika Körner-Metz and "
           "Gisela Berninger, Demokratisches Ostvorpommern – Verein für politische Kultur e.V. und Marianne Lück den Preis. "
           "Mehr über die Gewinner erfahren Sie in der Pressemitteilung zur Preisverleihung in Berlin.")

add(id="ho143-ep-2015-02-buergerpreis-2014-zeremonie",
    title="Feierliche Zeremonie für die Preisträger des Europäischen Bürgerpreises",
    url="http://www.europarl.europa.eu/news/de/news-room/20150225STO26907/html/"
        "Feierliche-Zeremonie-fÃ¼r-die-PreistrÃ¤ger-des-EuropÃ¤ischen-BÃ¼rgerpreises",
    retrieved="same address, as stored with its mis-encoded umlauts (stored news page of 26 February 2015; the skip "
              "links 'Startseite aufrufen (Eingabetaste drücken)', 'Zugang zu den Inhalten der Seite (mit der Eingabetaste "
              "bestätigen)' and 'Liste der anderen Websites aufrufen (Eingabetaste drücken)' dropped as furniture; the "
              "kicker and time stamp 'Andere Artikel - Bürgerrechte26-02-2015 - 12:19' dropped; the image text '2014 "
              "European Citizen's Prize laureates   Die Gewinner des Europäischen Bürgerpreises 2014' dropped; the published "
              "'Model', 'and' and the comma before 'verteidigen' kept (rule 20); the subheading 'Gewinner aus Deutschland "
              "und Österreich' kept as a line of its own; the last paragraph 'Aus Österreich wurde der Verein Respekt.net, "
              "die ', cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["42 Personen und Organisationen aus 19 EU-Ländern sind am Mittwoch (25.2.) in Brüssel mit dem Europäischen "
           "Bürgerpreis geehrt worden. Seit 2008 zeichnet das Europäische Parlament Bürger für außergewöhnliche Leistungen "
           "aus. In diesem Jahr wurde der Preis unter anderem für ihren Einsatz für die Rechte benachteiligter Menschen, den "
           "Kampf gegen Extremismus sowie die Förderung von Toleranz und Dialog vergeben. Auch Menschen und Vereine aus "
           "Deutschland und Österreich waren unter den Gewinnern.",
           BP14_P2,
           BP14_P3,
           "Gewinner aus Deutschland und Österreich",
           BP14_P5],
    quotes=[(BP14_P2[:BP14_P2.index("aufbaut\"") + 8], GUILLAUME),
            ("\"Bürger haben eine Stimme und der Preis zeigt, dass wir ihnen zuhören\"", GUILLAUME),
            ("\"Wir sitzen alle in einem Boot für mehr Toleranz\"", None)],
    aliases={GUILLAUME: ["Sylvie Guillaume", "Parlamentsvizepräsidentin Sylvie Guillaume", "Guillaume"]})

SASSOLI = "David Sassoli"
SAS_P2 = ("In seiner kurzen Ansprache vor Beginn der Wahl betonte David Sassoli, dass viele neue Wähler an der Europawahl vom "
          "23. bis 26. Mai teilgenommen hatten und sprach von der Verantwortung, die das Parlament ihnen gegenüber trage: "
          "\"Sie [die Wähler] haben uns ein Mandat erteilt, da sie an unsere Institution glauben, an die Demokratie und an "
          "freie Wahlen. Wir dürfen sie nicht enttäuschen\".")
SAS_P3 = ("\"In dieser kommenden Legislaturperiode müssen wir eine Führungsrolle einnehmen. Wir müssen den notwendigen und "
          "entscheidenden Wandel leiten, um Europa stärker zu machen und zu modernisieren\", fügte er hinzu.")

add(id="ho143-ep-2019-07-sassoli-gewaehlt",
    title="EU-Abgeordnete wählen David Sassoli zum Parlamentspräsidenten",
    url="https://www.europarl.europa.eu/news/de/headlines/eu-affairs/20190628STO55507/"
        "david-sassoli-est-le-nouveau-president-du-parlement-europeen",
    retrieved="same address (stored news page of July 2019; the image texts 'David-Maria Sassoli wurde zum neuen "
              "Präsidenten des Europäischen Parlaments gewählt', 'Portraitaufnahme' and 'David-Maria Sassoli ist neuer "
              "EU-Parlamentspräsident' dropped as furniture; the period after the closing mark kept as published (rule 20))",
    license=EP,
    paras=["Der italienische EU-Abgeordnete David Sassoli (S&D) wurde am 3. Juli im zweiten Wahlgang zum neuen Präsidenten "
           "des Europäischen Parlaments gewählt.",
           "David Sassoli erhielt im zweiten Wahlgang 345 der 667 gültigen Stimmen. Der 63-jährige ehemalige "
           "TV-Journalist ist seit 2009 Mitglied des Europäischen Parlaments.",
           SAS_P2,
           SAS_P3,
           "Am Mittwoch wurden auch alle vierzehn Vizepräsidenten des Europäischen Parlaments gewählt. Die fünf Quästoren "
           "wurden am Donnerstag, den 4. Juli gewählt."],
    quotes=[(SAS_P2[SAS_P2.index("\"Sie [die"):-1], SASSOLI),
            (SAS_P3[:SAS_P3.index("modernisieren\"") + 14], SASSOLI)],
    aliases={SASSOLI: ["David Sassoli", "Der italienische EU-Abgeordnete David Sassoli (S&D)"]})

add(id="ho143-ep-2011-07-buzek-oesterreich",
    title="Parlamentspräsident Jerzy Buzek auf offiziellem Besuch in Österreich",
    url="http://www.europarl.europa.eu/news/de/news-room/20110708IPR23690/",
    retrieved="same address (stored press release of July 2011; the kicker 'Pressemitteilung', the line 'Diese Seite "
              "teilen:' and the image text 'Buzek spricht im Hauptausschuss des Nationalrats' dropped as furniture; the "
              "published 'gebraucht machen' and the double space before 'teil' kept (rule 20))",
    license=EP,
    paras=["Auf Einladung von Nationalratspräsidentin Barbara Prammer absolvierte Parlamentspräsident Jerzy Buzek letzte "
           "Woche einen 2-tägigen offiziellen Wienbesuch.",
           "Am Donnerstag bekam Buzek, nach einem Treffen mit Vizekanzler und Außenminister Michael Spindelegger den Dr. "
           "Alois Mock-Europa-Preis verliehen. Mit diesem Preis werden Persönlichkeiten ausgezeichnet, die Europäische "
           "Einheit in vorbildlicher Weise gefördert haben.",
           "Am Freitag sprach Jerzy Buzek vor dem EU-Hauptausschuss des österreichischen Nationalrates, dessen Sitzung live "
           "im österreichischen Fernsehen übertragen wurde. An der Diskussion nahmen zahlreiche Mitglieder des National- und "
           "Bundesrats sowie österreichische Europaabgeordnete teil. Präsident Buzek ist der erste Europaabgeordnete, der "
           "von seinem Rederecht im österreichischen Parlament gebraucht machen konnte - dieses gibt es nämlich erst seit 2 "
           "Jahren. Er erinnerte auch an seine österreichischen Wurzeln: Sein Großonkel Josef Buzek war von 1907 bis 1918 "
           "Mitglied des Abgeordnetenhauses des österreichischen Reichsrats.",
           "Nach einer Aussprache mit Nationalratspräsidentin Prammer und einem Vieraugengespräch mit Bundeskanzler Werner "
           "Faymann, nahm Buzek am Nachmittag an einer Diskussionsveranstaltung im Haus der Europäischen Union  teil. 200 "
           "Gäste verfolgten die Diskussion vor Ort im Haus der Europäischen Union. Der Präsident setzte sich mit dem  "
           "Thema \"Das Europäische Parlament zwischen Aufbruch und Krise\" auseinander und beantwortete zahlreiche "
           "Publikumsfragen."],
    quotes=[("\"Das Europäische Parlament zwischen Aufbruch und Krise\"", None)],
    aliases={})
