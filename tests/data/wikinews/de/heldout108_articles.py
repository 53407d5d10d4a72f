# Hundred-and-eighth held-out German real-news set (tests/data/heldout108-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 885-889). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by URL against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data, and by names and distinctive phrases against the texts of all
# sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-eighth held-out set": texts of the European Parliament (two news-list pages of
# europarl.europa.eu, one of the press pages of President Schulz 2012-2014 and one of the news pages of 2014, and two
# documents of the Parliament's press service, an article of December 2016 and a press release of May 2016, as stored on the
# document-sharing site expydoc.com, rule 885). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHULZ = "Martin Schulz"

# --- documents of the Parliament's press service, stored on expydoc.com (rule 885) ---

MUT_P1 = ('In seiner letzten Rede als Parlamentspräsident auf einer Tagung des Europäischen Rates hob Martin Schulz hervor, '
          'wie wichtig Kooperation und Solidarität seien. Die Staats- und Regierungschefs tagen heute (15.12.) in Brüssel. '
          'Schulz appellierte an sie: "Sie alle waren sich einig, dass Sie die EU brauchen, dass wir nur gemeinsam die '
          'Herausforderungen des 21. Jahrhunderts bewältigen können. Dieser Geist sollte nie in Vergessenheit geraten, und '
          'er sollte Ihr Handeln in den kommenden Jahren leiten."')
MUT_P3 = ('In seiner Ansprache ging Präsident Schulz auch auf den Brexit ein. Hier sei nun "loyale Zusammenarbeit" nötig. '
          '"Wir dürfen uns nicht von unseren Emotionen leiten lassen, noch darf der Prozess zu einem juristischen Labyrinth '
          'werden, aus dem herauszufinden nahezu unmöglich ist. Wir dürfen den unbegründeten Behauptungen von Populisten, '
          'die EU sei die Quelle allen Übels, keinen Nährboden geben." Das Europäische Parlament müsse in die '
          'Brexit-Verhandlungen voll eingebunden werden, so Schulz. Werde das Parlament nicht in angemessener Form '
          'beteiligt, so Schulz, dann "werden wir uns möglicherweise außerstande sehen, unsere Zustimmung zu erteilen. Dann '
          'stünde das Vereinigte Königreich vor dem härtesten Brexit, den man sich vorstellen kann."')

add(id="ho108-ep-2016-12-schulz-mut",
    title='Schulz: "Wir sollten den Mut haben, für diese Union zu kämpfen"',
    url="https://expydoc.com/doc/11421529/schulz---wir-sollten-den-mut-haben--f%C3%BCr-diese-union-zu",
    retrieved="same address (a copy of the Parliament's press-service article of 15 December 2016, in the layout of the "
              "Parliament's article PDFs with the kicker 'Artikel' and the time stamp '[15-12-2016 - 13:57]', on the "
              "document-sharing site expydoc.com; used as the Parliament's text, rule 885; the site's own title line, the "
              "headline cut off after 'für diese Union zu', dropped as site furniture, and the kicker 'Artikel' dropped; the "
              "PDF's line wraps inside the headline and the paragraphs joined, paragraph breaks kept where a sentence ends a "
              "line and the next line starts a new paragraph (rule 886); the last paragraph 'Der Parlamentspräsident "
              "forderte außerdem mehr Zusammenarbeit in Verteidigungsfragen: \"Der Brexit hat … dass nach vielen', cut off "
              "in the stored copy, dropped with its unclosed quotation (rule 15))",
    license=EP,
    paras=["[15-12-2016 - 13:57]",
           MUT_P1,
           "EU-Parlamentspräsident Martin Schulz forderte die Staats- und Regierungschefs dazu auf, Fortschritte in "
           "Bereichen wie Verteidigung, bei der Bankenunion, bei der Bewältigung der Migrationskrise und Bekämpfung der "
           "Jugendarbeitslosigkeit sowie im Hinblick auf Russland zu erzielen.",
           MUT_P3],
    quotes=[('"Wir sollten den Mut haben, für diese Union zu kämpfen"', SCHULZ),
            (cut(MUT_P1, '"Sie alle', 'leiten."'), SCHULZ),
            ('"loyale Zusammenarbeit"', SCHULZ),
            (cut(MUT_P3, '"Wir dürfen uns', 'Nährboden geben."'), SCHULZ),
            (cut(MUT_P3, '"werden wir uns', 'vorstellen kann."'), SCHULZ)],
    aliases={SCHULZ: ["Martin Schulz", "EU-Parlamentspräsident Martin Schulz", "Präsident Schulz", "Schulz"]})

PANNELLA_P1 = ("Zur Eröffnung der Mai-II-Plenarsitzung erinnerte der Präsident des Europäischen Parlaments Martin Schulz an "
               "Marco Pannella, ein langjähriges italienisches Mitglied des Parlaments, mit dem er selbst viele Jahre lang "
               "zusammengearbeitet hatte. Pannella war ein „außergewöhnlich leidenschaftlicher Mensch“, so Schulz, "
               "Verteidiger der Menschenrechte, des Pazifismus und des Pluralismus. Marco Pannella war „ein entschiedener "
               "Gegner der Todesstrafe, ein Verfechter der Rechte von Inhaftierten, von homosexuellen Menschen, ein früher "
               "und lautstarker Befürworter der Gleichstellung von Männern und Frauen“, fügte Schulz hinzu. „Wie viele "
               "meiner Kolleginnen und Kollegen habe ich Marco Pannella als einen starken und überzeugten Proeuropäer "
               "geschätzt. Sein Einfluss reichte weit über die Reihen seiner eigenen Partei hinaus, und weit über die "
               "Grenzen seines Heimatlandes Italien. Marco Pannella war in vielerlei Hinsicht ein politischer Pionier“, "
               "fügte Schulz hinzu, der im Namen des Europäischen Parlamentes Pannellas Familie, Freunden und "
               "Wegbegleitern seine aufrichtige Anteilnahme aussprach.")
PANNELLA_P3 = ("Mittwoch - Eine Erklärung der EU-Kommission zum Thema \"Chemikalien mit endokriner Wirkung: Stand der Dinge "
               "nach dem Gerichtsurteil vom 16. Dezember 2015\" wird als vierter Punkt der Tagesordnung hinzugefügt, nach den "
               "Erklärungen von Rat und Kommission zum „transatlantischen Datentransfer“. Die Sitzung wird deshalb bis 24:00 "
               "Uhr verlängert. Zudem wird die Debatte um eine Entschließung ergänzt, die im Juni verabschiedet werden soll.")

add(id="ho108-ep-2016-05-pannella",
    title="Sitzungseröffnung: Gedenken an Marco Pannella",
    url="https://expydoc.com/doc/9754902/pressemitteilung",
    retrieved="same address (a copy of the Parliament's press release of 25 May 2016 on the opening of the plenary "
              "session, in the layout of the Parliament's press-release PDFs with the kicker 'Pressemitteilung', the "
              "section label 'Plenartagung' and the time stamp '[25-05-2016 - 17:37]', on the document-sharing site "
              "expydoc.com; used as the Parliament's text, rule 885; the stored copy runs the whole document into one line, "
              "so the breaks between the headline, the time stamp line, the body and the subheading 'Änderungen der "
              "Tagesordnung' are restored (rule 886); the kicker 'Pressemitteilung' dropped, the label 'Plenartagung' kept "
              "with the time stamp; the section 'Hinweis für Medienvertreter' with its paragraph 'Am 16. Dezember 2015 "
              "erklärte der Europäische Gerichtshof, … Die Abgeordneten', cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["Plenartagung [25-05-2016 - 17:37]",
           PANNELLA_P1,
           "Änderungen der Tagesordnung",
           PANNELLA_P3],
    quotes=[("„außergewöhnlich leidenschaftlicher Mensch“", SCHULZ),
            (cut(PANNELLA_P1, "„ein entschiedener", "Frauen“"), SCHULZ),
            (cut(PANNELLA_P1, "„Wie viele", "Pionier“"), SCHULZ),
            (cut(PANNELLA_P3, '"Chemikalien', '2015"'), None),
            ("„transatlantischen Datentransfer“", None)],
    aliases={SCHULZ: ["Martin Schulz", "Schulz"]})

# --- europarl.europa.eu news-list pages ---

KASHGARI_P = ("Zu Beginn der Straßburger Plenarwoche hat Präsident Martin Schulz die drohende Todesstrafe für den saudischen "
              "Journalisten Hamza Kashgari, der \"blasphemische\" Kommentare auf Twitter gepostet hat, als Affront gegen "
              "universelle und Werte der EU kritisiert. Ebenso verurteilte er eine neue holländische Webseite, die "
              "Beschwerden gegen Zentral- und Osteuropäer sammelt.")
CHINA_P = ("„Ich habe deutlich zum Ausdruck gebracht, dass sich China in der heutigen multipolaren Welt nicht seiner "
           "Verantwortung auf internationaler Ebene entziehen kann und darf, die dem Land aufgrund seiner wachsenden "
           "wirtschaftlichen Stärke zukommt. China spielt in mehrfacher Hinsicht eine positive Rolle in der Welt: Es hat dem "
           "Wachstum und dem Wettbewerb weltweit neue Impulse verliehen und Unterstützung bei der Bewältigung der "
           "Staatsverschuldungskrise in Europa geleistet. Die gegenseitige Abhängigkeit zwischen China und der EU ist für "
           "beide Seiten nutzbringend und förderlich. Ein florierendes China liegt im Interesse der EU, genauso wie das "
           "Wachstum in der EU den chinesischen Märkten zugute kommt. Das EP tritt für eine Ausweitung der "
           "Handelsbeziehungen mit China ein, doch muss dies unter gleichen Rahmenbedingungen erfolgen, bei denen "
           "Arbeitnehmerrechte und strengere Gesundheits- und Umweltschutznormen im Mittelpunkt stehen, und darf keinesfalls "
           "zu einem Wettbewerb um die niedrigsten Standards führen.")

add(id="ho108-ep-2012-02-schulz-pressemitteilungen",
    title="Sitzungseröffnung: Saudischem Journalisten droht Todesstrafe",
    url="https://www.europarl.europa.eu/former_ep_presidents/president-schulz-2012-2014/de/press/html/"
        "all-the-news9b11.html?webaction=view.pagination&page=38&key=132242406117496902031",
    retrieved="same address (stored page 38 of the list 'Alle' of President Schulz's press releases on the archived "
              "pages of the Presidents, February 2012; the tab label 'Alle' and the links 'Fortsetzung lesen' dropped as "
              "furniture (rule 19); the item's date and topic lines and the place lines ' (Straßburg ).' / ' (Brüssel ).' "
              "kept as lines of their own as published (rule 13), their leading space dropped (rule 20); the second item "
              "has no headline in the stored copy and begins with its place line (rule 18); its teaser has no closing "
              "mark (rule 22); the third item 'Präsident Schulz zur Erklärung von Doha zur innerpalästinensischen "
              "Versöhnung' with its date and topic lines, the photo credit 'Wikimedia Commons: Mahmoud Abbas' and its "
              "teaser '„Ich begrüße die Ankündigung … in den palästinens', cut off in the stored copy, dropped (rules 15, "
              "17))",
    license=EP,
    paras=["Pressemitteilungen - Straßburg - 13-02-2012",
           "Auswärtige Angelegenheiten - Menschenrechte - Interne Politikbereiche und Institutionen der EU",
           "(Straßburg ).",
           KASHGARI_P,
           "(Brüssel ).",
           CHINA_P],
    quotes=[('"blasphemische"', None),
            (CHINA_P, SCHULZ)],
    aliases={SCHULZ: ["Martin Schulz", "Präsident Martin Schulz"]})

INVEST_P = ('Parlamentspräsident Martin Schulz forderte die EU-Regierungschefs während seiner Rede vor dem EU-Gipfel in '
            'Brüssel auf, den Investitionsplan über 315 Milliarden Euro zu unterstützen. "Der Investitionsplan ist ein '
            'starkes Signal, dass wir für Europa einen neuen Weg hin zu Wachstum und Arbeitsplätzen einschlagen wollen. '
            'Deshalb ist es von allergrößter Bedeutung, dass auch Sie sich unmissverständlich für sein Gelingen stark '
            'machen", sagte Schulz. (Fortsetzung lesen: Schulz: "Investitionen heißt Brücken in eine erfolgreiche Zukunft '
            'bauen" )')

add(id="ho108-ep-2014-12-aktuelles-pressemitteilungen",
    title=None,
    url="http://www.europarl.europa.eu/news/expert/infopress_page/"
        "064-36137-245-09-36-911-20080903IPR36136-01-09-2008-2008-false/default_de.htm",
    retrieved="same address (an old address of the Parliament's news site that served the German list 'Aktuelles' / "
              "'Pressemitteilungen' of 18 December 2014 when stored; the access links 'Startseite aufrufen (Eingabetaste "
              "drücken)' etc., the section lines 'Aktuelles' and 'Pressemitteilungen' and the photo captions 'Martin "
              "Schulz at the summit in October.' and 'Press conference on the ratification of the EU-Georgia Association "
              "Agreement with (L-R) the rapporteur Andrejs Mamikins, …' dropped (rules 14, 19); the first item has no "
              "headline in the stored copy, so there is no title line (rules 18, 32); the links '(Fortsetzung lesen: …)' "
              "at the end of the teasers kept, because they carry the headline of the full release (rule 887); the third "
              "item, in English ('Human rights: Venezuela; Sudan and Mauritania', its date line and the teaser 'Parliament "
              "passed three resolutions on Thursday, … (', cut off in the stored copy), dropped (rules 15, 17))",
    license=EP,
    paras=[INVEST_P,
           "Östliche Partnerschaft: Grünes Licht für Abkommen mit Georgien",
           "Plenartagung Außenbeziehungen18-12-2014 - 12:50",
           "Das Europäische Parlament hat am Donnerstag dem Assoziierungsabkommen der EU mit Georgien zugestimmt. Das "
           "Abkommen wird die politischen und wirtschaftlichen Beziehungen zwischen Georgien und der EU weiter vertiefen, "
           "einschließlich der schrittweisen gegenseitigen Marktöffnung. (Fortsetzung lesen: Östliche Partnerschaft: "
           "Grünes Licht für Abkommen mit Georgien )"],
    quotes=[(cut(INVEST_P, '"Der Investitionsplan', 'stark machen"'), SCHULZ),
            ('"Investitionen heißt Brücken in eine erfolgreiche Zukunft bauen"', SCHULZ)],
    aliases={SCHULZ: ["Martin Schulz", "Parlamentspräsident Martin Schulz", "Schulz"]})
