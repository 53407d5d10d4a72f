# Two-hundred-and-fifty-fourth held-out German real-news set (tests/data/heldout254-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1720-1721). None of these
# pages is in any tests/data/*.jsonl (checked by address, OTS number and page slug against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-fifty-fourth held-out set" of SOURCES.md: texts of the Austrian Parliament
# (licence PK) from years that the earlier Parlamentskorrespondenz sets of this family (heldout211, 219, 229, 243) did not
# use (2021, 2023, 2024): two releases of the Parlamentskorrespondenz on OTS (2021), one on OTS (2023), two news items of
# parlament.gv.at (2023, 2024), a news item in easy language of parlament.gv.at (2024) and a release of the
# Parlamentskorrespondenz reposted by top-news.at (2024). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOB = "Wolfgang Sobotka"

# --- OTS: Parlamentskorrespondenz of 7 September 2021 (IPU world conference) ---

IPU_P4 = ('Für Nationalratspräsident Sobotka werden durch die Konferenz zwei wichtige Signale gesendet. "Die internationale '
          'Politik der Parlamente ist zurück in Präsenz", zeigte er sich erfreut. Man komme zusammen und gehe gemeinsam '
          'einen Weg, wo Parlamente in der Öffentlichkeit hörbar sind. Zudem zeige sich dadurch, dass die '
          'Staatengemeinschaft nach internationalen Lösungen sucht, wenn sie ein globales Problem erkannt hat. Die schnelle '
          'Entwicklung von Impfstoffen gegen das Coronavirus sei ein Beispiel, das Mut gebe, auch bei anderen '
          'Problemstellungen nach gemeinsamen Lösungen zu suchen, sagte Sobotka.')

add(id="ho254-pk-2021-09-07-sobotka-ipu-weltkonferenz",
    title="Sobotka über IPU-Weltkonferenz: Internationale Politik der Parlamente ist gemeinsam zurück",
    url="https://www.ots.at/presseaussendung/OTS_20210907_OTS0149/sobotka-ueber-ipu-weltkonferenz-internationale-politik-der-parlamente-ist-gemeinsam-zurueck",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 7 September 2021; the stored copy's date prefix "
              "' date 2021-09' dropped; the headline is the title line; subtitle and subheading lines of their "
              "own; the paragraph 'Das österreichische Parlament sei besonders stolz …', cut off after 'zeigte er sich', "
              "dropped (rule 15))",
    license=PK,
    paras=["IPU-Präsident Duarte Pacheco und IPU-Generalsekretär Martin Chungong betonen Bedeutung von globaler "
           "Zusammenarbeit",
           "Wien (PK) - Die internationale Politik der Parlamente sei zurück in Präsenz und finde gemeinsame Lösungen für "
           "globale Probleme, betonte Nationalratspräsident Wolfgang Sobotka heute bei einer Pressekonferenz zum Auftakt "
           "der Fünften Weltkonferenz der ParlamentspräsidentInnen in Wien. Die Konferenz wird vom österreichischen "
           "Parlament in Kooperation mit der Interparlamentarischen Union (IPU) und den Vereinten Nationen (UN) "
           "ausgerichtet. Gemeinsam mit IPU-Präsident Duarte Pacheco und IPU-Generalsekretär Martin Chungong unterstrich "
           "der Nationalratspräsident die Bedeutung von parlamentarischer Kooperation, um globalen Herausforderungen zu "
           "begegnen.",
           "Sobotka: Staatengemeinschaft sucht nach internationalen Lösungen für globale Probleme",
           IPU_P4],
    quotes=[('"Die internationale Politik der Parlamente ist zurück in Präsenz"', SOB)],
    aliases={SOB: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Sobotka",
                   "der Nationalratspräsident"]})

# --- OTS: Parlamentskorrespondenz of 25 June 2021 (Parlamentswoche) ---

add(id="ho254-pk-2021-06-25-parlamentswoche-concordia",
    title="Die Parlamentswoche vom 28. Juni bis 2. Juli 2021",
    url="https://www.ots.at/presseaussendung/OTS_20210625_OTS0154/die-parlamentswoche-vom-28-juni-bis-2-juli-2021",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 25 June 2021; the headline kept as title; "
              "subtitle and date lines of their own; the paragraph 'MedienvertreterInnen werden gebeten …', cut off after "
              "'(Hofburg', dropped (rule 15))",
    license=PK,
    paras=["Ausschüsse, Präsidialkonferenz, Ibiza-Untersuchungsausschuss, Concordia-Preisverleihung, Internationaler Tag des "
           "Parlamentarismus",
           "Wien (PK) - Nächste Woche treten einige Ausschüsse des Nationalrats zusammen, um zahlreiche Vorlagen zu beraten "
           "und rechtzeitig vor Tagungsende ins Plenum zu bringen. Der Rechnungshof-Unterausschuss setzt die "
           "Gebarungsüberprüfung von Beschaffungsvorgängen im Gesundheits-, im Wirtschafts-, im Finanz- und im "
           "Verteidigungsministerium fort. Die Präsidialkonferenz legt die Tagesordnungen für die Plenarsitzungen im Juli "
           "fest. Nationalratspräsident Wolfgang Sobotka lädt zur Concordia-Preisverleihung. Zweite Nationalratspräsidentin "
           "Doris Bures lädt zur Buchpräsentation \"Der politische Aufstieg der Frauen\" von Anton Pelinka. Am 30. Juni ist "
           "internationaler Tag des Parlamentarismus.",
           "Montag, 28. Juni 2021",
           "17.00 Uhr: Nationalratspräsident Wolfgang Sobotka und der Presseclub Concordia laden gemeinsam zur Verleihung "
           "der Concordiapreise. Parlamentsdirektor Harald Dossi begrüßt die Gäste. Einleitende Worte kommen vom "
           "Präsidenten des Presseclubs Concordia Andreas Koller, Jury-Vorsitzende Heide Schmidt begründet die Entscheidung "
           "der Jury. Preisträger in der Kategorie Menschenrechte sind Robert Treichler, Emran Feroz und Sayed Jalal "
           "Shajjan, die Laudatio hält Georg Hoffmann-Ostenhof. Der Preis in der Kategorie Pressefreiheit geht an Dieter "
           "Bornemann, für den Armin Wolf die Laudatio hält. Moderiert wird die Veranstaltung von der Generalsekretärin des "
           "Presseclubs Concordia Daniela Kraus. Die Teilnahme an der Preisverleihung ist mit einer Anmeldung auf der "
           "Parlamentswebsite möglich."],
    quotes=[('"Der politische Aufstieg der Frauen"', None)],
    aliases={})

# --- OTS: Parlamentskorrespondenz of 5 May 2023 (Gedenktag gegen Gewalt und Rassismus) ---

GED_P4 = ('"Soll unser Gedenken nicht zum leeren Ritual verkommen, muss sich Gedenken - begründet in einem klaren Bewusstsein '
          'des Geschehenen - mit dem aktuellen Geschehen, mit dem Gegenwärtigen konfrontieren", betonte Nationalratspräsident '
          'Wolfgang Sobotka in seinen Eröffnungsworten. Sich mit der Vergangenheit zu beschäftigen, falle immer leichter, '
          'sagte Sobotka. Doch der heutige, unbequeme Anspruch sei es, aus dem Gedenken an vergangenes Unrecht klare '
          'Eckpfeiler für das gegenwärtige Handeln zu bauen.')

add(id="ho254-pk-2023-05-05-sobotka-gedenktag",
    title='Sobotka: Gedenken als Auftrag für "digitale Selbstverteidigung unserer Demokratie"',
    url="https://www.ots.at/presseaussendung/OTS_20230505_OTS0131/sobotka-gedenken-als-auftrag-fuer-digitale-selbstverteidigung-unserer-demokratie",
    retrieved="same address (release of the Parlamentskorrespondenz on OTS, 5 May 2023; the stored copy's date prefix "
              "' date 2023-05' dropped; the headline is the title line, its quotation annotated (rule 107); subtitle and "
              "subheading lines of their own; the paragraph 'Als Beispiele für solche "
              "Eckpfeiler …', cut off after 'Eine kritikwürdige Rolle spielen laut Sobotka auch', dropped (rule 15))",
    license=PK,
    paras=["Parlament erinnert mit Gedenkveranstaltung gegen Gewalt und Rassismus an Opfer des Nationalsozialismus",
           "Wien (PK) - Am heutigen Jahrestag der Befreiung des KZ Mauthausen erinnerte das Parlament mit dem Gedenktag "
           "gegen Gewalt und Rassismus an die Opfer des Nationalsozialismus. Im Fokus standen die KZ-Gedenkstätte Gusen "
           "sowie die Zukunft des Gedenkens. Nationalratspräsident Wolfgang Sobotka und Bundesratspräsident Günter Kovacs "
           "zeigten sich in ihren Eröffnungsworten überzeugt, dass das Erinnern an die Vergangenheit immer eine Auswirkung "
           "auf das Handeln in der Gegenwart haben müsse.",
           "Nationalratspräsident Sobotka: Aus Gedenken Eckpfeiler für gegenwärtiges Handeln bauen",
           GED_P4],
    quotes=[('"digitale Selbstverteidigung unserer Demokratie"', SOB),
            (cut(GED_P4, '"Soll unser', 'konfrontieren"'), SOB)],
    aliases={SOB: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "Nationalratspräsident Sobotka"]})

# --- parlament.gv.at news of 13 March 2023 (Simon-Wiesenthal-Preis 2022) ---

SWP_P3 = ('Mit mehr als 260 Bewerbungen aus mehr als 30 Ländern stieß der Simon Wiesenthal-Preis auf großes internationales '
          'Interesse. Projekte wurden unter anderem aus Israel, den USA, Argentinien, Peru und Südafrika eingereicht. '
          'Nationalratspräsident Wolfgang Sobotka dankte den Teilnehmer:innen und den Zeitzeug:innen für ihren '
          '"unschätzbaren Dienst" im Kampf gegen den Antisemitismus.')
SWP_P4 = ('Den Hauptpreis erhielt die israelische Initiative Zikaron BaSalon ("Gedenken im Wohnzimmer"), bei der '
          'Privatpersonen in ihre Wohnzimmer einladen und Holocaust-Überlebenden die Möglichkeit bieten, ihre Erinnerungen zu '
          'teilen. In der Kategorie "Aufklärung über den Holocaust" wurde Waltraud Barton mit ihrem Verein IM-MER '
          'ausgezeichnet, der das Gedenken an über 10.000 ermordete Österreicher:innen bewahrt, die nach Minsk und Maly '
          'Trostinec deportiert wurden. Für seinen Kampf gegen Antisemitismus würdigten Jury und Kommission Mohammed S. '
          'Dajani Daoudi, der jüdisch-israelische Universitätsstudent:innen über die Nakba (Vertreibung und Flucht der '
          'Palästinenser 1948) und palästinensische Studierende über den Holocaust aufklärte. Der Simon-Wiesenthal-Preis ist '
          'insgesamt mit 30.000 € dotiert, wobei 15.000 € auf den Hauptpreis und je 7.500 € auf die zwei weiteren '
          'Kategorien entfallen.')

add(id="ho254-parl-2023-03-13-simon-wiesenthal-preis-2022",
    title="Simon-Wiesenthal-Preis 2022 im Parlament verliehen",
    url="https://www.parlament.gv.at/aktuelles/news/Simon-Wiesenthal-Preis-2022-im-Parlament-verliehen/",
    retrieved="same address (news item of the Parliament of 13 March 2023; its date line 'News 13.03.2023, 22:41' is the "
              "first line (rule 18), the headline, repeated below it, kept as title; the paragraph 'Geehrt wurden auch die "
              "Zeitzeug:innen …', cut off after 'Simon-Wiesenthal-Preisträgers Karl Pfei', dropped (rule 15))",
    license=PK,
    paras=["News 13.03.2023, 22:41",
           "Zum zweiten Mal wurde im Parlament zivilgesellschaftliches Engagement gegen Antisemitismus und für die "
           "Aufklärung über den Holocaust mit dem Simon-Wiesenthal-Preis ausgezeichnet.",
           SWP_P3,
           SWP_P4],
    quotes=[('"unschätzbaren Dienst"', SOB),
            ('"Gedenken im Wohnzimmer"', None),
            ('"Aufklärung über den Holocaust"', None)],
    aliases={SOB: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka"]})

# --- parlament.gv.at news of 24 October 2024 (Nationalratspräsidium, Rosenkranz) ---

ROS = "Walter Rosenkranz"
ROS_P4 = ('In seiner Antrittsrede legte der neu gewählte Nationalratspräsident die Grundsätze seines Amtsverständnisses dar. '
          'Er wolle im konstruktiven Einvernehmen mit den beiden anderen Mitgliedern des Präsidiums die Geschicke des Hohen '
          'Hauses lenken, betonte Rosenkranz. Ebenfalls "im Konsens" wolle er die Ausgaben des Parlamentsbudgets dahingehend '
          'überprüfen, ob diese die Arbeit der Abgeordneten erleichtern und mit mehr Qualität ausstatten. Wichtig seien für '
          'ihn ein weiterhin starker Budgetdienst sowie ein zu stärkender Rechts- Legislativ- und Wissenschaftlicher Dienst, '
          'der allen Abgeordneten neutral zur Verfügung stehe. Rosenkranz sprach sich zudem für Demokratiebildung für Jung '
          'und Alt sowie für Live-Übertragungen aus Untersuchungsausschüssen aus. Fortsetzen wolle er das, was im Parlament '
          'bisher zur Bekämpfung von Antisemitismus getan worden sei.')

add(id="ho254-parl-2024-10-24-praesidium-rosenkranz",
    title="Nationalratspräsidium mit Rosenkranz an der Spitze gewählt",
    url="https://www.parlament.gv.at/aktuelles/news/Nationalratspraesidium-mit-Rosenkranz-an-der-Spitze-gewaehlt",
    retrieved="same address (news item of the Parliament on the constituent sitting of 24 October 2024; the image caption "
              "'Der neu gewählte Nationalratspräsident Walter Rosenkranz bei seiner Antrittsrede.' before the headline "
              "dropped (rule 14), the headline kept as title; the subheading 'Debatte vor der geheimen Abstimmung über das "
              "neue Präsidium' and the paragraph after it, cut off after 'betonte aber auch', dropped (rule 15); 'Rechts- "
              "Legislativ- und' as stored (rule 20))",
    license=PK,
    paras=["In der konstituierenden Sitzung des neuen Nationalrats stimmten für Walter Rosenkranz als Nationalratspräsident "
           "100 Abgeordnete. Damit bekleidet erstmals ein FPÖ-Politiker dieses Amt. Haubner erlangte als Zweiter "
           "Nationalratspräsident 148 Stimmen. Bures, die in der letzten Gesetzgebungsperiode das Amt der Zweiten "
           "Nationalratspräsidentin innehatte, wurde von 131 Abgeordneten als Dritte Präsidentin gewählt.",
           "Der bisherige Nationalratspräsident Wolfgang Sobotka sagte in seiner Abschiedsrede, dass er nicht mit Wehmut, "
           "sondern mit großer Dankbarkeit aus seinem Amt scheide.",
           "Rosenkranz legt sein Amtsverständnis dar",
           ROS_P4],
    quotes=[('"im Konsens"', ROS)],
    aliases={ROS: ["Walter Rosenkranz", "Rosenkranz", "der neu gewählte Nationalratspräsident"]})

# --- parlament.gv.at news in easy language of 10 September 2024 (Antisemitismus-Konferenz) ---

OHA = "Amir Ohana"
OHA_P = ('Der israelische Parlaments-Präsident Amir Ohana betonte: Die Teilnehmer:innen der Konferenz kommen in Wien '
         'zusammen, um das Leben und die Freiheit gegen die doppelte Bedrohung durch Antisemitismus und Terrorismus zu '
         'verteidigen. "Was in Israel passiert, endet nicht in Israel", sagte Ohana. Er sagte das mit Blick auf den Anschlag '
         'nahe dem israelischen Generalkonsulat in München, der vor kurzem von einem Österreicher verübt wurde. Er meinte '
         'damit auch die Anschlagspläne rund um die Taylor-Swift-Konzerte in Wien.')

add(id="ho254-parl-2024-09-10-antisemitismus-konferenz-einfach",
    title="Antisemitismus-Konferenz im Parlament",
    url="https://www.parlament.gv.at/aktuelles/news/in-einfacher-sprache/Antisemitismus-Konferenz-im-Parlament",
    retrieved="same address (news item in easy language of the Parliament of 10 September 2024; its date line 'News in "
              "einfacher Sprache 10.09.2024, 14:39' is the first line (rule 18), the headline kept as title; the bullet "
              "marks and indentation of the list of nations dropped, each item a line of its own; the paragraph 'Die "
              "Terroristen sprechen nicht für Österreich, so', cut off there, dropped (rule 15))",
    license=PK,
    paras=["News in einfacher Sprache 10.09.2024, 14:39",
           "Dabei waren unter anderem parlamentarische Vertreter:innen vieler Nationen, zum Beispiel",
           "Schweiz",
           "Kanada",
           "Belgien",
           "Deutschland",
           "Ungarn",
           "Israel",
           "Vertreter:innen der jüdischen Gemeinden",
           "Am Dienstagabend hat Nationalrats-Präsident Wolfgang Sobotka die internationale Antisemitismus-Konferenz "
           "offiziell eröffnet.",
           "Gemeinsame Presse-Erklärung",
           "Vor der Konferenz trafen Nationalrats-Präsident Wolfgang Sobotka und sein israelischer Amtskollege, der "
           "Präsident der israelischen Knesset, Amir Ohana zu einem Gespräch zusammen.",
           "Die Antisemitismus-Konferenz ist in Zeiten wie diesen notwendiger denn je, betonte Sobotka in einer gemeinsamen "
           "Presse-Erklärung mit Ohana. Denn die Auswirkungen des Konflikts im Nahen Osten sind auch in Europa und der "
           "ganzen Welt mehr als deutlich spürbar.",
           "Steigender Antisemitismus in Europa",
           "Sobotka sprach besonders den ansteigenden Antisemitismus in vielen Ländern Europas und der westlichen Welt an. "
           "Er sagte: Die jüdischen Gemeinden fühlen sich nicht mehr sicher. Deshalb ist ihm das ein großes Anliegen: Er "
           "will zum ersten Mal Vertreter:innen der jüdischen Gemeinschaft mit Parlamentarier:innen zusammenbringen. Denn "
           "es ist notwendig, die Mitglieder von Parlamenten hautnah mit dem Thema zu konfrontieren.",
           'Ohana: "Was in Israel passiert, endet nicht in Israel"',
           OHA_P],
    quotes=[('"Was in Israel passiert, endet nicht in Israel"', OHA, 0),
            ('"Was in Israel passiert, endet nicht in Israel"', OHA, 1)],
    aliases={OHA: ["Amir Ohana", "Ohana", "Der israelische Parlaments-Präsident Amir Ohana", "der Präsident der "
                   "israelischen Knesset"]})

# --- top-news.at: Parlamentskorrespondenz of 10 September 2024 (Antisemitismuskonferenz eröffnet) ---

ANT_P3 = ('Vor dem Hintergrund des sich am 7. Oktober jährenden Überfalls der Terrororganisation Hamas auf Israel, benannte '
          'Sobotka die Gründe für die Ausrichtung der Konferenz vor den parlamentarischen Vertreter:innen unterschiedlicher '
          'Nationen, etwa der Schweiz, Kanada, Belgien, Deutschland, Ungarn sowie Israel, Vertreter:innen der jüdischen '
          'Gemeinden und Organisationen und weiteren Konferenzteilnehmenden. „Nach der Shoah, dem größten '
          'Menschheitsverbrechen, haben unsere jüdischen Gemeindemitglieder in der europäischen Union wieder Angst. Angst vor '
          'Ausgrenzung, Angst vor verbalen Über- und Angriffen und Angst vor physischen Attacken und Terror“, betonte der '
          'Nationalratspräsident. Zudem hätten jüdische Gemeinden in Europa meist nur zu den Sicherheitsorganen Kontakt. Man '
          'wolle erreichen, dass sich auch Parlamentarier:innen als Ansprechpartner:innen für jüdische Gemeinden und ihre '
          'Repräsentant:innen einbringen und positionieren, betonte Sobotka. Ein weiterer Grund sei, die europäische '
          'Positionen zur Terrororganisation der Hamas zu schärfen, die Rolle der UNWRA (Hilfswerk der Vereinten Nationen '
          'für Palästina-Flüchtlinge im Nahen Osten) zu hinterfragen, ein klareres Bild zu Israel und der Situation im Nahen '
          'Osten zu erhalten und die Auswirkungen auf Europa abzuschätzen.')

add(id="ho254-pk-2024-09-10-antisemitismuskonferenz-eroeffnet",
    title="Antisemitismuskonferenz im Parlament in Wien eröffnet",
    url="https://top-news.at/2024/09/10/antisemitismuskonferenz-im-parlament-in-wien-eroeffnet",
    retrieved="release of the Parlamentskorrespondenz of 10 September 2024 ('Wien (PK)') as reposted by top-news.at; the "
              "headline kept as title; the subtitle, printed twice in one line in the stored copy, kept once (as in the "
              "two-hundred-and-forty-fourth set); the subheading 'MUZICANT: SORGE UM DEMOKRATIE' and the paragraph after "
              "it, cut off, dropped (rule 15); 'Wien (PK) -Nationalratspräsident' and 'die europäische Positionen' as "
              "stored (rule 20)",
    license=PK,
    paras=["Sobotka: „Parlamentarier:innen sollen sich als Ansprechpartner:innen für jüdische Gemeinden einbringen“",
           "Wien (PK) -Nationalratspräsident Wolfgang Sobotka hat heute bei einem Empfang im Parlament die internationale "
           "parlamentarische Antisemitismuskonferenz eröffnet. Die Konferenz unter dem Titel „Never again? Democracy "
           "cannot tolerate antisemitism“ findet auf seine Initiative hin heute und morgen, Mittwoch, in Wien statt.",
           ANT_P3],
    quotes=[("„Parlamentarier:innen sollen sich als Ansprechpartner:innen für jüdische Gemeinden einbringen“", SOB),
            ("„Never again? Democracy cannot tolerate antisemitism“", None),
            (cut(ANT_P3, "„Nach der Shoah", "Terror“"), SOB)],
    aliases={SOB: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "der Nationalratspräsident"]})
