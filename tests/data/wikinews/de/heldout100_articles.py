# Hundredth held-out German real-news set (tests/data/heldout100-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 810). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundredth held-out set": texts of the European Commission in German on agriculture,
# health, migration and competition (2016-2021): news items of its Representations in Austria
# (austria.representation.ec.europa.eu) and in Germany (germany.representation.ec.europa.eu and its former site
# ec.europa.eu/germany), and one item of the Representation's news as listed by the EIZ Niedersachsen (licence EU).
# Stored copies are excerpts of about 2,000 characters, some of them a later part of the page; only complete paragraphs are
# kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


KYRIAKIDES = "Stella Kyriakides"
JOHANSSON = "Johansson"
HOGAN = "Phil Hogan"

# --- austria.representation.ec.europa.eu: news items of the Representation in Austria ---

KYR_P2 = ("„Meine Nachricht ist nach wie vor: impfen, impfen, impfen!“, sagte Kyriakides bei einer gemeinsamen "
          "Pressekonferenz im Impfzentrum des Vienna Austria Center. „Die Europäische Kommission hat im Rahmen der "
          "gemeinsamen EU-Impfstoffstrategie bisher bis zu 4,6 Milliarden Impfstoffdosen gesichert. Aber auch der beste "
          "Impfstoff kann das Virus nur bekämpfen, wenn er auch verimpft wird. Ich begrüße die Maßnahmen sehr, die in "
          "Österreich gesetzt werden, um Impfungen für alle Menschen leicht zugänglich zu machen, zum Beispiel in "
          "Supermärkten und bei Sportveranstaltungen. Das sind wichtige Initiativen. Unsere größte Herausforderung ist "
          "derzeit jedoch nicht die Logistik, sondern die Impfskepsis. Ich appelliere an alle: Vertrauen wir der "
          "Wissenschaft!“ Nach dem Rundgang durch das Impfzentrum haben Kyriakides und Mückstein das St. Anna "
          "Kinderspital besucht. „Wir müssen gemeinsam sicherstellen, dass alle Bürgerinnen und Bürger Zugang zu "
          "Vorsorgeuntersuchungen und Frühdiagnose haben und im Fall einer Erkrankung auf eine hochwertige Versorgung "
          "zählen können, so wie sie das St. Anna Kinderspital bietet. Das ist mir nicht nur ein politisches, sondern "
          "auch ein sehr persönliches Anliegen“, sagte die EU-Gesundheitskommissarin. Sie hat im Rahmen ihres "
          "Wien-Aufenthalts auch Europaministerin Karoline Edtstadler getroffen.")

add(id="ho100-eucom-at-2021-10-kyriakides-impfen",
    title="EU-Kommissarin Kyriakides appelliert gemeinsam mit Minister Mückstein: impfen, impfen, impfen!",
    url="https://austria.representation.ec.europa.eu/news/eu-kommissarin-kyriakides-appelliert-gemeinsam-mit-minister-muckstein-impfen-impfen-impfen_de",
    retrieved="same address (stored press article of the Representation in Austria of 1 October 2021; the page header "
              "lines 'Zum Hauptinhalt' / 'Vertretung in Österreich' / 'Presseartikel1. Oktober 2021Lesedauer: 1 Min', the "
              "image caption 'Coronavirus - Vaccination, Austria', the links 'Pressemitteilung' / 'Interview von "
              "Kommissarin Kyriakides im Kurier' and the footer 'Einzelheiten' / 'Datum der Veröffentlichung' / '1. "
              "Oktober 2021' dropped (rule 14); the trailing spaces after the last sentence of the second paragraph "
              "dropped; the unmarked 'impfen, impfen, impfen!' of the title kept as published)",
    license=EU,
    paras=["EU-Gesundheitskommissarin Stella Kyriakides hat heute in Wien Minister Wolfgang Mückstein getroffen, um "
           "darüber zu beraten, wie der Impffortschritt beschleunigt und die Europäische Gesundheitsunion zügig umgesetzt "
           "werden kann.",
           KYR_P2],
    quotes=[(cut(KYR_P2, "„Meine", "impfen!“"), KYRIAKIDES),
            (cut(KYR_P2, "„Die Europäische", "Wissenschaft!“"), KYRIAKIDES),
            (cut(KYR_P2, "„Wir müssen", "Anliegen“"), KYRIAKIDES)],
    aliases={KYRIAKIDES: ["Stella Kyriakides", "Kyriakides", "EU-Gesundheitskommissarin Stella Kyriakides",
                          "EU-Kommissarin Kyriakides", "EU-Gesundheitskommissarin"]})

# --- germany.representation.ec.europa.eu: news items of the Representation in Germany ---

JOH_P1 = ("Im Deutschlandfunk nahm Johansson auch Stellung zu Medienberichten über die angebliche Verwicklung der "
          "EU-Grenzschutzagentur Frontex in das illegale Zurückweisen von Migranten durch die griechische Küstenwache. "
          "„Wenn sich Frontex tatsächlich an Push-back-Aktionen von Flüchtlingen beteiligt, ist das vollkommen "
          "inakzeptabel“, sagte Johansson. „Laut internationalem Recht ist man verpflichtet, Personen, die in Seenot "
          "geraten sind, zu helfen, sie zu retten – und das ist die einzig menschliche Reaktion, die es darauf gibt.“ "
          "Menschen hätten das Recht, einen Antrag auf Asyl zu stellen.")
JOH_P2 = ("Während ihres Berlin-Besuchs hat die Kommissarin zudem mit Bundestagsabgeordneten über den Kampf gegen den "
          "sexuellen Missbrauch von Kindern gesprochen. „Wir müssen dringend über Online-Tools im Kampf gegen sexuellen "
          "Missbrauch entscheiden. Diese schrecklichen Verbrechen nehmen zu. Wir können Kinder retten und die "
          "Privatsphäre schützen. Wir können es im realen Leben, also können wir es auch im Netz“, sagte Johansson.")

add(id="ho100-eucom-2020-10-johansson-berlin",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/innenkommissarin-johansson-berlin-debatte-um-migrationspolitik-entdramatisieren-2020-10-27_de",
    retrieved="same address (stored press article of the Representation of 27 October 2020: the part of the stored copy "
              "that the search tool returned, which begins with the paragraph 'Im Deutschlandfunk nahm Johansson …'; the "
              "page's title and earlier paragraphs are not in the retrieved text, so the document has no title line "
              "(rules 32, 811); the list 'Weitere Informationen:' with its link lines 'Deutschlandfunk-Interview mit Ylva "
              "Johansson' / 'Das neue Migrations- und Asylpaket: Fragen und Antworten' / 'Tagesschau.de: Ylva Johansson "
              "im Social-Media-Interview mit Michael Stempfle', the press contact, the visitor-centre line and the footer "
              "'Einzelheiten' / 'Datum der Veröffentlichung' / '27. Oktober 2020' / 'Autor' / 'Vertretung in "
              "Deutschlan' dropped (rule 14))",
    license=EU,
    paras=[JOH_P1,
           JOH_P2,
           "Neben Bundesinnenminister Horst Seehofer trifft die EU-Innenkommissarin während ihres Berlin-Besuchs auch mit "
           "Bundesjustizministerin Christine Lambrecht, Staatsminister Michael Roth und Thomas Haldenwang, Präsident des "
           "Bundesamtes für Verfassungsschutz, zusammen. Im Gespräch mit dem ARD-Journalisten Michael Stempfle nahm sie "
           "Fragen aus der Social-Media-Community der Tagesschau auf."],
    quotes=[(cut(JOH_P1, "„Wenn sich", "inakzeptabel“"), JOHANSSON),
            (cut(JOH_P1, "„Laut", "gibt.“"), JOHANSSON),
            (cut(JOH_P2, "„Wir müssen", "im Netz“"), JOHANSSON)],
    aliases={JOHANSSON: ["Johansson", "EU-Innenkommissarin"]})

KRISE_P = ("(28.11.2016) – EU-Landwirtschaftskommissar Phil Hogan erklärte: „2016 war ein schwieriges Jahr für viele "
           "Landwirte, insbesondere für bestimmte Märkte. Ich bin froh, dass die Kommission mit einer ganzen Reihe von "
           "zusätzlichen Maßnahmen reagieren konnte – ohne diesen letzten Ausweg wählen zu müssen, nämlich die Reserve für "
           "Krisen im Agrarsektor zu nutzen. Das heißt, dass wir reagieren konnten, ohne die Einkommensstützen für "
           "Landwirte abzusenken.“")

add(id="ho100-eucom-2016-11-hogan-krisenreserve",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/krisenreserve-435-mio-euro-fur-europaische-landwirte-2016-11-28_de?prefLang=cs",
    retrieved="same address (stored press article of the Representation of 28 November 2016: the part of the stored copy "
              "that the search tool returned, which begins with the dated paragraph '(28.11.2016) – EU-"
              "Landwirtschaftskommissar Phil Hogan erklärte: …'; the page's title and any earlier lines are not in the "
              "retrieved text, so the document has no title line (rules 32, 811); the date prefix kept as published (rule "
              "812); the list 'Weitere Informationen:' with the link 'Veröffentlichung im Amtsblatt (inklusive Zahlen für "
              "die einzelnen EU-Staaten)', the press contact, the visitor-centre line and the footer 'Einzelheiten' / "
              "'Datum der Veröffentlichung' / '28. November 2016' / 'Autor' / 'Vertretung in Deutschland' dropped (rule "
              "14))",
    license=EU,
    paras=[KRISE_P],
    quotes=[(cut(KRISE_P, "„2016", "abzusenken.“"), HOGAN)],
    aliases={HOGAN: ["Phil Hogan", "EU-Landwirtschaftskommissar Phil Hogan"]})

# --- ec.europa.eu/germany: the Representation's site of 2016-2021 ---

VEST_P1 = ("Die EU-Kommissarin für Wettbewerbspolitik, Margrethe Vestager, spricht heute (Montag) in Berlin mit Schülern "
           "über das Thema „Die Europäische Union und Du – Demokratie lebt von Einmischung“. Der Bürgerdialog kann von "
           "16.30 bis 17.30 Uhr live im Internet und auf unserer Facebook-Seite verfolgt werden. Am Abend erhält Vestager "
           "den Schwarzkopf-Europa-Preis 2018 für ihre Arbeit zum fairen Wettbewerb und zur Bürgerbeteiligung in der EU. "
           "Bei der Preisverleihung im Europäischen Haus in Berlin ab 18 Uhr wird sie zu diesen Themen eine Rede halten.")

add(id="ho100-eucom-2018-01-vestager-schueler-berlin",
    title="Wettbewerbskommissarin Vestager diskutiert in Berlin mit Schülern über Demokratie",
    url="https://ec.europa.eu/germany/news/20180129-vestager-berlin_de",
    retrieved="same address (stored news item of the Representation of 29 January 2018 on its site of 2016-2021; the "
              "header line 'Vertretung in Deutschland', the image path '/germany/file/vestager1jpg_devestager1.jpg' and "
              "the caption lines 'Vestager' / '©' dropped (rule 14); the date line '29/01/2018' kept where it stands; the "
              "trailing space after the third paragraph dropped; the list 'Weitere Informationen:' with its two programme "
              "lines (the first repeating the dialogue's title in marks), the press contact and the visitor-centre line "
              "dropped (rule 14))",
    license=EU,
    paras=[VEST_P1,
           "29/01/2018",
           "Die Schwarzkopf-Stiftung arbeitet daran, junge Menschen für Politik zu interessieren und für den europäischen "
           "Einigungsprozess zu begeistern.",
           "Bei ihrem Berlin-Besuch trifft Margrethe Vestager unter anderem auch Bundestagspräsident Wolfgang Schäuble."],
    quotes=[(cut(VEST_P1, "„Die Europäische", "Einmischung“"), None)],
    aliases={})

# --- eiz-niedersachsen.de: the Representation's news as listed by the EIZ Niedersachsen ---

HAN_P = ("Bei einer Konferenz zur Agrarpolitik mit Bundeslandwirtschaftsministerin Julia Klöckner und ihrer niedersächsischen "
         "Amtskollegin Barbara Otte-Kinast hat EU-Agrarkommissar Phil Hogan heute (Dienstag) in Hannover auf die "
         "Verantwortung der Agrarpolitik für die Lösung von Klima- und Umweltproblemen hingewiesen. „Unsere Bürger wollen, "
         "dass die Gemeinsame Agrarpolitik mehr für Klima und Umwelt tut, und sie wollen, dass auf europäischer Ebene "
         "gehandelt wird“, sagte Hogan. Die Landwirte seien Teil der Lösung.")

add(id="ho100-eucom-eiz-532-hogan-hannover",
    title=None,
    url="https://www.eiz-niedersachsen.de/category/aktmeld/nachrichten/page/532",
    retrieved="same address (stored page 532 of the news list 'Nachrichten' of the EIZ Niedersachsen, which lists the "
              "Representation's news as republished by the EIZ (rule 31), a list page like the EIZ pages of earlier sets "
              "(rule 19): the part of the stored copy that the search tool returned holds the teaser of one item, kept as "
              "the only paragraph; the item's headline is not in the retrieved text, so the document has no title line "
              "(rule 32))",
    license=EU,
    paras=[HAN_P],
    quotes=[(cut(HAN_P, "„Unsere", "gehandelt wird“"), HOGAN)],
    aliases={HOGAN: ["Phil Hogan", "Hogan", "EU-Agrarkommissar Phil Hogan"]})
