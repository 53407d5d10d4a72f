# Four-hundred-and-fifty-eighth held-out German real-news set (tests/data/heldout458-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2400-2404). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data; the one overlap found, two marked phrases of Jörn Wunderlich
# that the Staatstrojaner report shares with another netzpolitik.org page of the 294th set, is written in SOURCES.md). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the
# project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifty-eighth held-out set": eight netzpolitik.org news reports (licence
# NP, CC BY-NC-SA 4.0): the Bundestag debate of June 2017 on the Digitale Agenda (Brigitte Zypries, Volker Kauder) and the
# plenary vote of June 2017 on the state trojan (Jörn Wunderlich, Hans-Christian Ströbele, Bettina Bähr-Losse,
# Winkelmeier-Becker, Patrick Sensburg), the live blog of the Geheimdienst-Untersuchungsausschuss of 2015 (Peter
# Bartodziej), the EVP's break-off of the ePrivacy talks of October 2017 (Birgit Sippel), the Bundesrat vote on the
# Registermodernisierungsgesetz of March 2021 (Judith Gerlach), the Bundesrat's rejection of the OZG 2.0 of March 2024
# (Johann Saathoff), the openDesk report of April 2024 (a PwC study for the Federal Interior Ministry) and Alexander
# Dobrindt's announcement of data retention of May 2025. Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17, 52), date prefixes and captions are dropped
# (rules 14, 63), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


# --- netzpolitik.org, June 2017: the Bundestag debate on the Digitale Agenda 2014-2017 ---

ZYPRIES = "Brigitte Zypries"
KAUDER = "Volker Kauder"

DA_P1 = ("Am Freitag fand im Deutschen Bundestag eine 77 Minuten lange Debatte zum Legislaturbericht Digitale Agenda "
         "2014-2017 statt. Das hätte eine netzpolitische Grundsatzdebatte werden können. Leider wurde das durch zahlreiche "
         "Reden verhindert, die inhaltlich das Niveau präsentierten, wie immer noch in der Politik über Digitalisierung "
         "diskutiert wird.")
DA_SUB = "Wirtschaftsministerin: „Schade, dass nur wenige da sind“"
DA_P2 = ("Den Anfang machte die neue Wirtschaftsministerin Brigitte Zypries (SPD), die es schade fand, „dass nur so wenige "
         "Kolleginnen und Kollegen da sind“. Per Zwischenruf erklärte ihr dann CDU/CSU-Fraktionschef Volker Kauder: „Sie "
         "müssen für jeden dankbar sein, der da ist!“")
DA_P3 = ("Laut Zypries könnte man „auch den Eindruck bekommen, dass dem Kernthema Digitalisierung und damit der Umgestaltung "
         "unserer Gesellschaft vielleicht doch nicht von allen die Priorität und die Bedeutung beigemessen wird, die sie aber "
         "hat“, denn die Digitalisierung sei eine der großen Gestaltungsaufgaben für Wirtschaft, Wissenschaft, Gesellschaft "
         "und Politik. Und damit hatte sie nicht ganz Unrecht.")
DA_P4 = ("In der Digitalen Agenda sah sie erst „einen echten Quantensprung“, den man in dieser Legislaturperiode gestaltet "
         "habe. Später relativiert sie das, indem sie nur noch von einem „ganz guten Schritt voran“ spricht. Das trifft es "
         "deutlich besser als der Quantensprung.")

add(id="ho458-np-2017-06-digitale-agenda-bundestag-zypries-kauder",
    title=None,
    url="https://netzpolitik.org/2017/digitale-agenda-im-bundestag-sie-muessen-fuer-jeden-dankbar-sein-der-da-ist/",
    retrieved="same address (stored page of June 2017; the date prefix ' date 2017-06' dropped (rule 63); the stored copy "
              "begins with the first body paragraph and shows no headline, so the text has no title line (rules 18, 32); "
              "the subheading 'Wirtschaftsministerin: „Schade, dass nur wenige da sind“' kept as its own line (rule 13); "
              "the fifth paragraph 'Eine Frage geisterte durch fast alle Reden dieser Debatte: … Laut Zypries sei „ein "
              "eigenes Ministerium für meine Begriffe nicht erforderlich“. … Auch hier zeigte Volker Kauder durch einen "
              "Zwischenruf wieder, dass es da unterschiedliche Einschätzungen gibt: „Schauen wir mal!', cut off in the "
              "stored copy before the closing mark of Kauder's interjection, dropped with its two quotations (rules 15, "
              "52))",
    license=NP,
    paras=[DA_P1, DA_SUB, DA_P2, DA_P3, DA_P4],
    # the labelled subheading shortens her words of the next paragraph (rules 54, 250); the heckle after 'erklärte ihr' is
    # Kauder's, the dative names Zypries as its addressee (rule 2400); 'Laut Zypries', 'sah sie', 'von einem … spricht'
    # frame her own wording (rules 3, 25); 'Wirtschaftsministerin' names only her (rule 44), while
    # 'CDU/CSU-Fraktionschef Volker Kauder' names a parliamentary group and is no alias (rule 33)
    quotes=[("„Schade, dass nur wenige da sind“", ZYPRIES),
            ("„dass nur so wenige Kolleginnen und Kollegen da sind“", ZYPRIES),
            ("„Sie müssen für jeden dankbar sein, der da ist!“", KAUDER),
            (cut(DA_P3, "„auch den Eindruck", "aber hat“"), ZYPRIES),
            ("„einen echten Quantensprung“", ZYPRIES),
            ("„ganz guten Schritt voran“", ZYPRIES)],
    aliases={ZYPRIES: ["Brigitte Zypries", "Zypries", "Wirtschaftsministerin Brigitte Zypries", "Wirtschaftsministerin"],
             KAUDER: ["Volker Kauder"]})

# --- netzpolitik.org, June 2017: the grand coalition passes the extension of the state trojan ---

WUNDERLICH = "Jörn Wunderlich"
STROEBELE = "Hans-Christian Ströbele"
WINKELMEIER = "Winkelmeier-Becker"
SENSBURG = "Patrick Sensburg"

ST_P1 = ("Die Große Koalition hat heute die Ausweitung des Einsatzes des Staatstrojaners gegen das Votum der Opposition und "
         "zweier SPD-Abgeordneter beschlossen. Das Gesetz steht in der Kritik, weil es einerseits eines der härtesten "
         "Überwachungsgesetze der Legislaturperiode ist und andererseits, weil die Große Koalition es mit einem "
         "„legislativen Quasi-Betrug“ einem anderen Gesetz versteckte, um die öffentliche Debatte zu minimieren.")
ST_P2 = ("Das kritisierte auch die Opposition in der Plenardebatte. So warf der Linken-Abgeordnete Jörn Wunderlich der "
         "Koalition vor, das Gesetz im „Omnibus-Verfahren am Bundesrat vorbei, ohne Beteiligung der Datenschutzbeauftragten "
         "und ohne Verbändebeteiligung“ durchgezogen zu haben, für das er eigentlich nur Worte „jenseits der Fäkalsprache“ "
         "finden könne. Für die Grünen sah Hans-Christian Ströbele im Vorgehen ein unzulässiges „Hau-Ruck-Verfahren“. Ein "
         "solcher operativer Eingriff in Grundrechte bedürfe einer längeren Debatte. Dieses Gesetz greife substanziell in die "
         "informationelle Selbstbestimmung und den Kernbereich privater Lebensführung ein. Das sei grundgesetzwidrig und mit "
         "der bisherigen Rechtssprechung des Bundesverfassungsgerichtes nicht vereinbar.")
ST_P3 = ("Bei der Koalition sah man das naturgemäß anders. Es handele sich nicht um ein „Nacht-und-Nebel-Gesetz“, sagte die "
         "Sozialdemokratin Bettina Bähr-Losse. Wie ihre Unionskollegen argumentierte sie, dass die Ausweitung beim "
         "Staatstrojaner nötig sei wegen der fortschreitenden Digitalisierung. So wiederholte die Unions-Abgeordnete "
         "Winkelmeier-Becker ihr Beispiel, dass man heute nur noch mitbekomme „welche Pizza die Kriminellen bestellen“ "
         "würden, weil die Kommunikation sonst ja über Messenger laufe. Und auch Patrick Sensburg von der CDU verwies darauf, "
         "dass die „Kids ja heute auf den Telefonhörer in WhatsApp klicken“ würden.")

add(id="ho458-np-2017-06-groko-beschliesst-staatstrojaner",
    title=None,
    url="https://netzpolitik.org/2017/grosse-koalition-beschliesst-ausweitung-bei-staatstrojaner-und-online-durchsuchung/",
    retrieved="same address (stored page of June 2017, without date prefix; the stored copy begins with the first body "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); the unmarked subheading "
              "'Unzulässiges Hau-Ruck-Verfahren' kept as its own line (rule 13); the last paragraph 'Neben der Ausweitung "
              "des Einsatzes von Staatstrojanern wurde mit dem Gesetzespaket auch beschlossen,', cut off in the stored "
              "copy, dropped (rule 15); the published 'Rechtssprechung' kept (rule 20))",
    license=NP,
    paras=[ST_P1, ST_P2, "Unzulässiges Hau-Ruck-Verfahren", ST_P3],
    # the label that the lead borrows without naming its author is null (rules 24, 36); the two marked phrases in the
    # report of Wunderlich's speech are his (rules 3, 25); Ströbele's term after 'sah … ein' is his (rules 25, 151); the
    # label that Bähr-Losse denies of the law is null (rule 340); the two dass-clause fragments are the cued members'
    # (rule 3); Winkelmeier-Becker is named only by surname (rule 7); the party forms 'Linken-Abgeordnete' and
    # 'Unions-Abgeordnete' name other bodies and are no aliases (rule 33)
    quotes=[("„legislativen Quasi-Betrug“", None),
            (cut(ST_P2, "„Omnibus-Verfahren", "Verbändebeteiligung“"), WUNDERLICH),
            ("„jenseits der Fäkalsprache“", WUNDERLICH),
            ("„Hau-Ruck-Verfahren“", STROEBELE),
            ("„Nacht-und-Nebel-Gesetz“", None),
            ("„welche Pizza die Kriminellen bestellen“", WINKELMEIER),
            ("„Kids ja heute auf den Telefonhörer in WhatsApp klicken“", SENSBURG)],
    aliases={WUNDERLICH: ["Jörn Wunderlich"],
             STROEBELE: ["Hans-Christian Ströbele"],
             WINKELMEIER: ["Winkelmeier-Becker"],
             SENSBURG: ["Patrick Sensburg"]})

# --- netzpolitik.org, 2015: live blog from the Geheimdienst-Untersuchungsausschuss (Peter Bartodziej) ---

BARTODZIEJ = "Peter Bartodziej"

UA_P1 = ("Heute tagt wieder der Geheimdienst-Untersuchungsausschuss im Bundestag. Die Zeugen diesmal sind Peter Bartodziej, "
         "ehemaliger Referatsleiter in der für die Geheimdienstkoordination zuständigen Abteilung des Kanzleramts, — Ernst "
         "Uhrlau, 2005 bis 2011 Chef des Bundesnachrichtendienstes (BND), wurde entgegen erster Ankündigungen heute nicht "
         "geladen. Wir sitzen wie immer drin und bloggen live.")
UA_P2 = ("Viel gab es nicht, denn schon nach etwas mehr als einer halben Stunde wurde die Zeugenbefragung abgebrochen. Auch "
         "die Vernehmung Uhrlaus wurde abgesagt. Bartodziejs Aussage belief sich primär auf Organisatorisches. Er schilderte "
         "seinen Werdegang. Im Bundeskanzleramt wechselte er seine Zuständigkeiten. Vom Referat 604 zu 611 bis zur "
         "Gruppenleitung von Abteilung 61. Während seiner Tätigkeit in 604 und 61 war der Jurist Bartodziej auch mit "
         "G-10-Fragen beschäftigt.")
UA_P3 = ("Er berichtete, dass es eine Zusammenarbeit von Bundeskanzleramt und BND gab, wenn es um G-10-Fragen ging. Die "
         "Vertreter beider Stellen haben sich ab und an getroffen und sich während der Sitzungen der G-10-Kommission "
         "gesehen. Das ist interessant, denn bisher war nicht bekannt, dass derart viele Personen bei den Sitzungen der "
         "G-10-Kommission dabeiwaren, die nicht selbst zur Kommission gehören. Laut Aussage seien es seit 2002/2003 immer "
         "mehr geworden.")
UA_P4 = ("Bei G-10-Anträgen zur Genehmigung von Überwachungsmaßnahmen habe man zusammengearbeitet und an Anträgen „gefeilt.“ "
         "Klar wird, dass der G-10-Bereich rechtlich schwieriges Gebiet ist und eine eindeutige Auslegung nicht existiert. "
         "Das hat den Verantwortlichen einiges an Handlungsspielraum geboten.")

add(id="ho458-np-2015-liveblog-untersuchungsausschuss-bartodziej",
    title="Live-Blog aus dem Geheimdienst-Untersuchungsausschuss: Zeugenbefragung abgebrochen",
    url="https://netzpolitik.org/2015/live-blog-aus-dem-geheimdienst-untersuchungsausschuss-ex-bnd-chef-ernst-uhrlau-und-"
        "peter-bartodziej-vom-bundeskanzleramt/?replytocom=1790588",
    retrieved="same address, as stored with its comment parameter (live blog of 2015; the headline the stored copy shows "
              "is the title (rule 18); the sketch caption 'Dr. Peter Bartodziej, ehem. Referatsleiter 611 im "
              "Bundeskanzleramt, Zeichnung: Stella Schiffczyk' dropped (rules 14, 2404); the section label "
              "'Zusammenfassung' and the witness label 'Peter Bartodziej, Bundeskanzleramt' kept as lines of their own "
              "(rules 13, 2404); the published ', —' and the full stop inside the closing mark after 'gefeilt' kept (rule "
              "20); the paragraph 'Bartodziej behauptet, während seiner Zeit in Abteilung 6 nie von Eikonal und Glo… "
              "gehört zu haben, wohl aber von einem mysteriös', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=[UA_P1, "Zusammenfassung", "Peter Bartodziej, Bundeskanzleramt", UA_P2, UA_P3, UA_P4],
    # the witness's word inside the Konjunktiv report of his testimony is his (rules 3, 2404); the canonical name has no
    # 'Dr.', which stands only in the dropped caption (rule 331); 'Jurist Bartodziej' is an alias (rule 7)
    quotes=[("„gefeilt.“", BARTODZIEJ)],
    aliases={BARTODZIEJ: ["Peter Bartodziej", "Bartodziej", "Jurist Bartodziej"]})

# --- netzpolitik.org, October 2017: the EVP breaks off the ePrivacy compromise talks (Birgit Sippel) ---

SIPPEL = "Birgit Sippel"

EP_P1 = ("Der Innenausschuss des EU-Parlaments stimmt Morgen über seine Position zur geplanten ePrivacy-Verordnung ab. Es "
         "geht dabei unter anderen um die Möglichkeit eines besseren Schutzes vor Online- sowie Offline-Tracking und Regeln "
         "für die kommerzielle Verwertung von Kommunikationsdaten [Hintergrund].")
EP_P2 = ("Die Reform ist hart umkämpft: Digital-Rights-Organisationen hoffen auf mehr informationelle Selbstbestimmung und "
         "einen besseren Schutz der Privatsphäre, die Daten- und Werbeindustrie sieht ihr Geschäftsmodell der kommerziellen "
         "Überwachung bedroht. Seit Monaten ringen die Verhandlungsführer der Fraktionen in dem federführenden Ausschuss um "
         "Kompromisse. Gestern haben nun die Abgeordneten der Europäischen Volkspartei (EVP) die Verhandlungen offenbar "
         "einseitig abgebrochen.")
EP_P3 = ("„Bis vor zwei Tagen dachten wir, wir hätten einen Kompromiss gefunden, bei dem beide Seiten ausreichende "
         "Zugeständnisse machen“, erklärt Birgit Sippel gegenüber netzpolitik.org. Die sozialdemokratische EU-Abgeordnete "
         "wird in Kürze das Amt der federführenden Berichterstatterin für die ePrivacy-Regulierung von ihrer estnischen "
         "Kollegin Marju Lauristin übernehmen. Diese war vergangene Woche in den Rat der zweitgrößten estnischen Stadt Tartu "
         "gewählt worden und wird das Parlament verlassen.")

add(id="ho458-np-2017-10-eprivacy-evp-bricht-verhandlungen-ab",
    title=None,
    url="https://netzpolitik.org/2017/kurz-vor-entscheidender-datenschutzabstimmung-konservative-brechen-"
        "kompromissverhandlungen-ab/",
    retrieved="same address (stored page of October 2017; the date prefix ' date 2017-10' dropped (rule 63); the stored "
              "copy begins with the first body paragraph and shows no headline, so the text has no title line (rules 18, "
              "32); the published link label '[Hintergrund]' and the lower-case 'unter anderen' kept (rule 20); the fourth "
              "paragraph 'Zentraler Streitpunkt ist offenbar die Frage der Weiterverarbeitung („further Processing“) … so "
              "Sippel. … dass sie Tracking aut', cut off in the stored copy, dropped with its marked English term (rule "
              "15))",
    license=NP,
    paras=[EP_P1, EP_P2, EP_P3],
    # a quotation before its cue 'erklärt X gegenüber netzpolitik.org' (rule 12: the outlet is the addressee); the role
    # phrase 'sozialdemokratische EU-Abgeordnete' names the EU and is no alias (rule 33); Marju Lauristin says nothing
    quotes=[(cut(EP_P3, "„Bis vor", "machen“"), SIPPEL)],
    aliases={SIPPEL: ["Birgit Sippel"]})

# --- netzpolitik.org, March 2021: the Bundesrat passes the Registermodernisierungsgesetz ---

GERLACH = "Judith Gerlach"
TSP = "Tagesspiegel Background"

RM_P1 = ("Der Bundesrat hat das Registermodernisierungsgesetz beschlossen. In Zukunft darf die Steuer-ID als Nummer genutzt "
         "werden, an derer staatliche Register zusammengeführt werden können. Das Gesetz könnte verfassungswidrig sein.")
RM_P2 = ("Das Registermodernisierungsgesetz nimmt vorerst die letzte Hürde: Der Bundesrat hat dem Gesetz zugestimmt. Zuvor "
         "hatten FDP und Grüne das Gesetz auf Bundesebene das Vorhaben stark kritisiert, eine Protokollerklärung der "
         "Bundesregierung sollte jedoch laut laut Tagesspiegel Background (€) „die Wogen glätten“.")
RM_P3 = ("So soll im Onlinezugangsgesetz das „Datencockpit“ in „Datenschutzcockpit“ umbenannt werden. Auch die anderen "
         "Inhalte der Erklärung sind hauptsächlich symbolischer Natur und ändern nichts am verfassungsrechtlichen "
         "Grundproblem.")
RM_P4 = ("In einem Wortbeitrag vor der Abstimmung warb die bayerische Staatsministerin für Digitales, Judith Gerlach, mit "
         "Autometaphern für die Zustimmung. Das Registermodernisierungsgesetz sei „das Getriebe der "
         "Verwaltungsmodernisierung“, nun habe der Bundesrat den Schraubenschlüssel in der Hand und könne die letzten "
         "Schrauben festziehen. Das soll den deutschen Verwaltungsmotor „zum Brummen bringen“ und die "
         "Verwaltungsmodernisierung „mit Vollgas“ voranbringen.")
RM_P5 = ("Im Entstehungsprozess des Gesetzes hatte die Konferenz aller deutschen Datenschutzbeauftragten erhebliche "
         "verfassungsrechtliche Bedenken geäußert und von der Bundesregierung gefordert, dass diese statt der Steuer-ID als "
         "Personenkennzahl neue bereichsspezifische Personenkennziffern einführen solle.")
RM_P6 = ("Mit diesem alternativen Modell, das etwa in Österreich genutzt wird, hemmt man schon in der Architektur eine "
         "Zusammenführung der Daten. Dieses Verfahren erschwert den einseitigen staatlichen Abgleich, ermögliche jedoch "
         "ebenso, eine natürliche Person eindeutig zu identifizieren, argumentierten die Datenschutzbeauftragten.")

add(id="ho458-np-2021-03-bundesrat-registermodernisierungsgesetz",
    title=None,
    url="https://netzpolitik.org/2021/bundesrat-die-individuelle-personenkennzahl-kommt/",
    retrieved="same address (stored page of March 2021; the date prefix ' date 2021-03' dropped (rule 63); the stored copy "
              "begins with the teaser and shows no headline, so the teaser is the first line (rules 18, 32); the published "
              "'an derer', 'das Gesetz auf Bundesebene das Vorhaben' and 'laut laut' kept, and the paywall mark '(€)' after "
              "the outlet's name kept as published (rules 20, 2402); the subheading 'Verfassun', cut off in the stored copy, "
              "dropped (rule 15))",
    license=NP,
    paras=[RM_P1, RM_P2, RM_P3, RM_P4, RM_P5, RM_P6],
    # the phrase the text takes from another outlet's report is that outlet's (rule 2402); the two names of the citizens'
    # data view are null (rules 2, 24); the marked pieces of Gerlach's metaphor, reported in the Konjunktiv and then
    # summed up by the author ('Das soll …'), are hers (rules 3, 50); 'bayerische Staatsministerin für Digitales' names a
    # Land and is no alias (rule 33); the Datenschutzbeauftragten argue without marks (rule 5)
    quotes=[("„die Wogen glätten“", TSP),
            ("„Datencockpit“", None),
            ("„Datenschutzcockpit“", None),
            ("„das Getriebe der Verwaltungsmodernisierung“", GERLACH),
            ("„zum Brummen bringen“", GERLACH),
            ("„mit Vollgas“", GERLACH)],
    aliases={GERLACH: ["Judith Gerlach"],
             TSP: ["Tagesspiegel Background"]})

# --- netzpolitik.org, March 2024: the Bundesrat rejects the OZG 2.0 (Johann Saathoff) ---

SAATHOFF = "Johann Saathoff"

OZG_P1 = ("Seit mehr als einem Jahr geht die neue Version des Onlinezugangsgesetzes durch alle Instanzen. Im Februar fand "
          "sie im Bundestag breite Zustimmung. Heute lehnte eine Mehrheit im Bundesrat den Gesetzentwurf überraschend ab. Die "
          "Ampel-Regierung kritisiert die Entscheidung scharf, will aber offenbar nachverhandeln.")
OZG_P2 = ("„Lassen Sie uns heute gemeinsam ein Upgrade für die Verwaltungsdigitalisierung beschließen!“ Mit diesen Worten "
          "beendete Johann Saathoff (SPD) seinen Redebeitrag in der heutigen Plenarsitzung des Bundesrates. Auf der "
          "Tagesordnung stand unter anderem die Abstimmung über das neue Onlinezugangsgesetz (OZG), offiziell "
          "OZG-Änderungsgesetz. Den parlamentarischen Staatssekretär des Bundesinnenministeriums dürfte überrascht haben, das "
          "der Bundesrat nur wenige Minuten später den Gesetzentwurf ablehnte. Im Februar hatte das Vorhaben im Bundestag noch "
          "eine breite Mehrheit erhalten.")
OZG_P3 = ("Das OZG soll die öffentliche Verwaltung digitaler machen. Bürger:innen, Unternehmen und Organisationen sollen "
          "Verwaltungsleistungen online beantragen können, Behörden von schnelleren Abläufen ohne Papierakten profitieren. Die "
          "zweite Version des Gesetzes verhandeln Bund und Länder seit Ende 2022. Damals lief eine Frist des OZG aus, wonach "
          "Behörden 575 Verwaltungsleistungen online anbieten müssen.")
OZG_P4 = ("Im Februar schließlich hatte die Ampel einen Entwurf ausgearbeitet und dem Bundestag zur Abstimmung vorgelegt. Die "
          "Koalitionsparteien erklärten, sie hätten mehrere Forderungen der Länder in den Entwurf aufgenommen, etwa jene nach "
          "einer Ende-zu-Ende-Digitalisierung.")
OZG_P5 = ("Für die Ablehnung des OZG-Änderungsgesetzes im Bundesrat machen SPD und Grüne vor allem die unionsgeführten Länder "
          "verantwortlich. Bereits bei der Abstimmung des Entwurfs im Bundestag hatten sich CDU/CSU deutlich gegen die Reform "
          "ausgesprochen.")

add(id="ho458-np-2024-03-bundesrat-lehnt-ozg-2-0-ab",
    title=None,
    url="https://netzpolitik.org/2024/onlinezugangsgesetz-2-0-bundesrat-macht-vollbremsung-bei-der-"
        "verwaltungsdigitalisierung/",
    retrieved="same address (stored page of March 2024; the date prefix ' date 2024-03' dropped (rule 63); the stored copy "
              "begins with the teaser and shows no headline, so the teaser is the first line (rules 18, 32); the subheading "
              "'Entscheidung „gegen einen schnelleren Staat“' kept as its own line, since a complete paragraph follows it "
              "(rule 13); the published 'das der Bundesrat' kept (rule 20); the paragraph 'Trotzdem kam di', cut off in the "
              "stored copy, dropped (rule 15))",
    license=NP,
    paras=[OZG_P1, OZG_P2, OZG_P3, OZG_P4, "Entscheidung „gegen einen schnelleren Staat“", OZG_P5],
    # the closing words of a speech before 'Mit diesen Worten beendete X' are X's (rule 44); the subheading's phrase, whose
    # crediting sentence is not in the kept text (the paragraph below only says whom SPD and Grüne blame), is null (rules
    # 183, 2280); the office phrase 'parlamentarischen Staatssekretär des Bundesinnenministeriums' names a ministry and is
    # no alias (rule 33)
    quotes=[(cut(OZG_P2, "„Lassen Sie", "beschließen!“"), SAATHOFF),
            ("„gegen einen schnelleren Staat“", None)],
    aliases={SAATHOFF: ["Johann Saathoff"]})

# --- netzpolitik.org, April 2024: openDesk and the Federal Interior Ministry (PwC study of 2019) ---

PWC = "PriceWaterhouseCoopers"

OD_P1 = ("Ob im Stadtbüro, im Standesamt oder in der Finanzverwaltung – die in deutschen Behörden eingesetzte Bürosoftware "
         "ist meist Microsoft Office. Die E-Mails trudeln ins Outlook-Postfach ein, mit den Kolleg:innen tauscht man sich über "
         "Microsoft Teams aus und das Konzeptpapier entsteht in Microsoft Word.")
OD_P2 = ("Wie gravierend die Abhängigkeit deutscher Behörden von Microsoft ist, stellte eine Studie bereits im Jahr 2019 "
         "fest. Das Beratungsunternehmen PriceWaterhouseCoopers kam damals im Auftrag des Bundesinnenministeriums (BMI) zu dem "
         "Schluss, dass die Abhängigkeit zu „Schmerzpunkten“ führe, „die im Widerspruch zu den strategischen Zielen der "
         "Bundes-IT stehen“.")
OD_P3 = ("Eines dieser Ziele ist der Ausbau von Open-Source-Software, um die öffentliche Verwaltung unabhängiger von Konzernen "
         "zu machen. Denn nicht nur Datenschützer:innen und IT-Sicherheitsforscher:innen mahnen die Risiken an, die eine "
         "Nutzung von Microsoft-Produkten birgt, sondern auch Expert:innen für die Digitalisierung der öffentlichen "
         "Verwaltung. Sie kritisieren den Effekt des Vendor Lock-in.")
OD_P4 = ("Die Marktmacht Microsofts hat auch die Bundesregierung als Problem für die öffentliche IT erkannt. Im "
         "Koalitionsvertrag von 2021 erklärt die Ampel, Deutschland digital souverän machen zu wollen. In dem entsprechenden "
         "Strategiepapier einigen sich Bund und Länder auf drei Ziele für die öffentliche IT: Erstens sollen Behörden die "
         "Software und Anbieter ohne größeren Aufwand wechseln, zweitens die IT nach ihren Anforderungen gestalten und "
         "drittens Einfluss auf die Hersteller nehmen können.")

add(id="ho458-np-2024-04-opendesk-bmi-pwc-studie",
    title=None,
    url="https://netzpolitik.org/2024/opendesk-wie-das-bmi-den-souveraenen-arbeitsplatz-auf-die-lange-bank-schiebt/",
    retrieved="same address (stored page of April 2024; the date prefix ' date 2024-04' dropped (rule 63); the stored copy "
              "begins with the first body paragraph and shows no headline, so the text has no title line (rules 18, 32); "
              "the subheading 'Open Source als Werkzeug' kept as its own line (rule 13); the paragraph 'Konkret heißt das, "
              "… Um diese Ziele zu erreichen, sei das wichtigste Werkzeug Op', cut off in the stored copy, dropped (rule "
              "15))",
    license=NP,
    paras=[OD_P1, OD_P2, OD_P3, "Open Source als Werkzeug", OD_P4],
    # the study's findings are the consultancy's that wrote it, not the ministry's that commissioned it (rules 77, 2403);
    # the Ampel's unmarked declaration is not annotated (rule 5)
    quotes=[("„Schmerzpunkten“", PWC),
            (cut(OD_P2, "„die im Widerspruch", "stehen“"), PWC)],
    aliases={PWC: ["PriceWaterhouseCoopers"]})

# --- netzpolitik.org, May 2025: Alexander Dobrindt announces data retention of IP addresses ---

DOBRINDT = "Alexander Dobrindt"

VD_P1 = ("Der neue Bundesinnenminister verlor keine Zeit: Wenige Tage im Amt, kündigte er gleich mehrere politische "
         "Überwachungsvorhaben an, bei denen er offenbar Schwerpunkte setzen will. Dazu gehört für Alexander Dobrindt (CSU) "
         "die Vorratsdatenspeicherung.")
VD_P2 = ("Am 16. Mai 2025 kündigte er in der Aussprache zur Regierungserklärung des neuen Bundeskanzlers Friedrich Merz im "
         "Bundestag an, Telekommunikationsdienste-Anbieter die Speicherung aller IP-Adressen vorschreiben zu wollen, „um "
         "schwere Kriminalität zu bekämpfen“. So hatten es die drei Regierungsparteien CDU, CSU und SPD im Koalitionsvertrag "
         "verabredet. Die Vorratsdatenspeicherung soll demnach IP-Adressen und Portnummern umfassen und für drei Monate "
         "verpflichtend werden.")
VD_P3 = ("Er wolle „den Werkzeugkasten“ von Polizei und Geheimdiensten „deutlich erweitern“, sagte Dobrindt. Bei schwerer "
         "Kriminalität seien IP-Adressen „oft der einzige Ermittlungsansatz“, erklärte der neue Innenminister. Die alle "
         "Internetnutzer betreffende Datenspeicherung ohne konkreten Anlass solle den Ermittlungsbehörden helfen.")
VD_P4 = ("Dobrindt kündigte zugleich in enger Anlehnung an den Koalitionsvertrag an, der Bundespolizei die Nutzung von "
         "Staatstrojanern („Quellen-TKÜ“) zu ermöglichen und die Befugnisse der Geheimdienste auszuweiten, insbesondere beim "
         "Datenaustausch. Zudem plant er, mit „Künstlicher Intelligenz“ große Datenmengen „effizienter auszuwerten“. Gemeint "
         "ist damit die automatisierte Datenanalyse über die riesigen Polizeidatenbestände hinweg.")

add(id="ho458-np-2025-05-dobrindt-vorratsdatenspeicherung",
    title=None,
    url="https://netzpolitik.org/2025/vorratsdatenspeicherung-dobrindt-nimmt-anlauf/",
    retrieved="same address (stored page of May 2025, without date prefix; the stored copy begins with the first body "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); the subheading "
              "'Wissenschaftliche Belege? Fehlanzeige' and the paragraph under it ('Die Vorratsdatenspeicherung wird in "
              "Deutschland nicht praktiziert. … IP-Adres'), cut off in the stored copy, dropped together (rule 15))",
    license=NP,
    paras=[VD_P1, VD_P2, VD_P3, VD_P4],
    # the marked purpose clause, noun phrase and verb phrases of his announcement are his (rules 3, 25); the technical
    # term glossed in parentheses is null (rules 2, 24, 164; 'Quellen-TKÜ' as in the 405th set); the term the outlet sets
    # in marks inside his plan is null while the verb phrase next to it is his (rule 2401); 'Bundesinnenminister' and
    # 'Innenminister' name only him in the text (rule 44)
    quotes=[("„um schwere Kriminalität zu bekämpfen“", DOBRINDT),
            ("„den Werkzeugkasten“", DOBRINDT),
            ("„deutlich erweitern“", DOBRINDT),
            ("„oft der einzige Ermittlungsansatz“", DOBRINDT),
            ("„Quellen-TKÜ“", None),
            ("„Künstlicher Intelligenz“", None),
            ("„effizienter auszuwerten“", DOBRINDT)],
    aliases={DOBRINDT: ["Alexander Dobrindt", "Dobrindt", "Bundesinnenminister", "Innenminister"]})
