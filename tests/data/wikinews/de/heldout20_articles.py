# Twentieth held-out German real-news set (tests/data/heldout20-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-116 and the twentieth held-out rules 121-123). None of these pages is in any tests/data/*.jsonl
# (checked by URL and OTS number against every `source` field and every URL in the annotation modules and SOURCES files,
# by title, and by an 8-word overlap search against the texts of all sets: no shared 8-word window; within the set only the
# foundation name "der Margaretha Lupac-Stiftung für Parlamentarismus und Demokratie" recurs in two PK releases).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: five releases of the Austrian Parliament's Parlamentskorrespondenz (three on parlament.gv.at, two on the OTS
# press-release service, dateline "Wien (PK)"), texts of the German Federal Government (two media-library list pages and
# one press release of the Presse- und Informationsamt on bundeskanzlerin.de, one news item of the bundesregierung.de
# archive) and one page of a podcast directory showing the teasers of the Chancellor's podcast feed of the Presse- und
# Informationsamt der Bundesregierung. No Wikinews, Global Voices, Pressenza, netzpolitik.org or Commission text (the
# stored German Wikinews pages found were all in earlier sets). Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_FEED, PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz on OTS ---

add(id="ho20-pk-ots-2004-khol-bilanz-tagung",
    title="KHOL: DIESES ARBEITSPARLAMENT KANN MIT SEINER ARBEIT ZUFRIEDEN SEIN",
    url="https://www.ots.at/presseaussendung/OTS_20040709_OTS0241/khol-dieses-arbeitsparlament-kann-mit-seiner-arbeit-zufrieden-sein-die-bilanz-des-nationalratspraesidenten-zur-tagung-200304",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 9 July 2004, dateline 'Wien (PK)'; "
              "the stored copy runs headline and subtitle together on one line, here the subtitle is its own line "
              "(rule 18); the hard line breaks of the OTS text inside paragraphs joined with a space; the contact block "
              "'Rückfragen & Kontakt: Eine Aussendung der Parlamentskorrespondenz …' and the OTS footer 'OTS-ORIGINALTEXT "
              "… | NPA0004' dropped; complete in the stored copy)",
    license=PK,
    paras=["Die Bilanz des Nationalratspräsidenten zur Tagung 2003/04",
           'Wien (PK) - Bevor Nationalratspräsident Andreas Khol die letzte Sitzung der Tagung 2003/04 schloss, '
           'verabschiedete er sich von den Abgeordneten mit den Worten: "Wir haben eine harte Arbeit geleistet und viel '
           'mehr Tage im Hohen Haus verbracht als je zuvor." Mehr als 130 Gesetze wurden laut Khol im letzten Jahr '
           'beschlossen, 60 % davon im Konsens, wobei Khol mit Freude eine leicht steigende Tendenz zur konsensualen '
           'Beschlussfassung vermerkte. Das Klima im Hohen Haus sei trotz aller Kontroversen sachlich, parlamentarisch, '
           'arbeitsintensiv und in keiner Weise von Konflikten und Streitereien geprägt, sagte der Präsident. "Ich '
           'bedanke mich dafür bei den Klubobleuten und allen Abgeordneten." Dieses Arbeitsparlament kann mit seiner '
           'Arbeit zufrieden sein, lautete Khols Bilanz zur Tagung 2003/04.',
           'Der Nationalratspräsident wies auch auf die große Anzahl von Veranstaltungen im Haus hin, auf die '
           'Gedenkveranstaltung vom 5. Mai gegen Rassismus und Nationalsozialismus im Reichsratssaal und auf '
           'bemerkenswerte Theateraufführungen. "Jeden zweiten Tag gab es eine öffentlich zugängliche Veranstaltung", '
           'fügte Khol hinzu und machte zudem auf die Arbeit des Österreich-Konvents aufmerksam, der in Plenum und '
           'Ausschüssen 155 Sitzungen abgehalten hat.',
           'Präsident Khol dankte den Mitgliedern der Präsidialkonferenz für die gute Zusammenarbeit und schloss mit den '
           'besten Wünschen an alle Abgeordneten und an die Mitarbeiten des Parlaments für einen erholsamen und '
           'ertragreichen Sommer. (Schluss)'],
    quotes=[('"Wir haben eine harte Arbeit geleistet und viel mehr Tage im Hohen Haus verbracht als je zuvor."',
             "Andreas Khol"),
            ('"Ich bedanke mich dafür bei den Klubobleuten und allen Abgeordneten."', "Andreas Khol"),
            ('"Jeden zweiten Tag gab es eine öffentlich zugängliche Veranstaltung"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol", "Präsident Khol",
                              "KHOL"]})

add(id="ho20-pk-2010-588-angelobung-fischer",
    title="Parlamentskorrespondenz Nr. 588 vom 08.07.2010",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2010/pk0588",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the paragraph 'Präsidentin Barbara Prammer ging in ihrer Ansprache zunächst "
              "auf das große Vertrauen ein, das im Ergebnis der Wahl zum Bundespräsidenten zum Ausdruck', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Bundespräsident Heinz Fischer angelobt",
           "Nationalratspräsidentin Barbara Prammer leitete 17. Bundesversammlung",
           'Wien (PK) – Der wieder gewählte Bundespräsident Heinz Fischer ist heute in der 17. Bundesversammlung im '
           'historischen Sitzungssaal des Parlaments für seine zweite Amtsperiode angelobt worden. Als Präsidentin der '
           'Bundesversammlung verlas Barbara Prammer die Gelöbnisformel, die der Bundespräsident wiederholte: "Ich '
           'gelobe, dass ich die Verfassung und alle Gesetze der Republik getreulich beobachten und meine Pflicht nach '
           'bestem Wissen und Gewissen erfüllen werde."',
           'An der feierlichen Bundesversammlung – die aus den beiden Kammern des Parlaments, Nationalrat und Bundesrat, '
           'gebildet wird – nahmen zahlreiche hochrangige Gäste aus dem In- und Ausland teil. Präsidentin Prammer '
           'begrüßte neben der Familie des Bundespräsidenten die Mitglieder der Bundesregierung und die früheren "First '
           'Ladies" Elisabeth Waldheim, Margot Klestil-Löffler und Martha Kyrle. Stellvertretend für die VertreterInnen '
           'von Kirchen und Religionsgemeinschaften begrüßte Prammer den Wiener Erzbischof, Kardinal Christoph '
           'Schönborn. Mit besonderer Freude hieß die Präsidentin der Versammlung den luxemburgischen Außenminister, Jean '
           'Asselborn, EU-Kommissar Johannes Hahn und den früheren und designierten tschechischen Außenminister Karl '
           'Schwarzenberg willkommen. An der Spitze der zahlreichen Mitglieder des Diplomatischen Corps begrüßte Prammer '
           'den Apostolischen Nuntius, Erzbischof Peter Zurbriggen. Zahlreiche VertreterInnen der Länder, Städte, '
           'Gemeinden, der staatlichen Behörden und Institutionen sowie Persönlichkeiten aus Wissenschaft und Kultur '
           'nahmen im Halbrund des Saales und auf dem Balkon an der feierlichen Angelobung teil, die vom Fernsehen live '
           'übertragen wurde.'],
    quotes=[('"Ich gelobe, dass ich die Verfassung und alle Gesetze der Republik getreulich beobachten und meine Pflicht '
             'nach bestem Wissen und Gewissen erfüllen werde."', "Heinz Fischer"),
            ('"First Ladies"', None)],
    aliases={"Heinz Fischer": ["Heinz Fischer", "Bundespräsident Heinz Fischer", "Bundespräsident"]})

add(id="ho20-pk-ots-2006-foerderpreis-veigl",
    title="Stefan Veigl erhält Förderpreis der ParlamentsredakteurInnen",
    url="https://www.ots.at/presseaussendung/OTS_20060629_OTS0172/stefan-veigl-erhaelt-foerderpreis-der-parlamentsredakteurinnen-fuer-diplomarbeit-ueber-den-oesterreich-konvent-ausgezeichnet",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 29 June 2006, dateline 'Wien "
              "(PK)'; the stored copy runs headline and subtitle together on one line, here the subtitle is its own line "
              "(rule 18); the hard line breaks of the OTS text inside paragraphs joined with a space; the paragraph 'Die "
              "Vereinigung der Parlamentsredakteurinnen und –redakteure habe das Ziel … zumal sie sic', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=["Für Diplomarbeit über den Österreich-Konvent ausgezeichnet",
           "Wien (PK) – Die Zweite Präsidentin des Nationalrats Barbara Prammer und der Vorsitzende der Vereinigung der "
           "Parlamentsredakteurinnen und Redakteure, Andreas Koller, haben heute im Pressezentrum des Parlaments zum "
           "ersten Mal den Förderpreis der Vereinigung an Stefan Veigl übergeben. Veigl, ein gebürtiger "
           "Niederösterreicher, der als Journalist in Salzburg tätig ist, erhielt den Preis für seine Diplomarbeit über "
           "den Österreich-Konvent. Der Preis ist mit der Summe der Studiengebühr für zwei Semester (derzeit beträgt die "
           "Studiengebühr pro Semester 378,72 €) dotiert.",
           'In seiner journalistischen Arbeit habe er eher mit MandatarInnen auf Landes- und Gemeindeebene zu tun, sagte '
           'Preisträger Veigl in seiner Dankansprache. Er verwies auf die Bedeutung der journalistischen Vermittlung der '
           'Tätigkeit der MandatarInnen, zumal "nicht gesehen wird, wer nicht im Fernsehen ist", und würdigte in diesem '
           'Zusammenhang auch die Arbeit der Vereinigung der Parlamentsredakteurinnen und –redakteure.',
           'Zweite Präsidentin Barbara Prammer dankte in diesem Sinn der Vereinigung für ihre Initiative, zumal damit '
           'auch ein wenig von dem wahrnehmbar gemacht werde, was an den Universitäten geschehe. Die Reform der '
           'Bundesverfassung, die der Österreich-Konvent beraten habe, sei wohl ein "sperriges Thema"; Veigl habe aber '
           'mit seiner Arbeit gezeigt, dass das nicht so sein müsse. Es sei beim Konvent zu wenig gelungen, das Thema '
           'Verfassung bzw. Verfassungsreform in die Bevölkerung zu tragen, meinte Prammer.'],
    quotes=[('"nicht gesehen wird, wer nicht im Fernsehen ist"', "Stefan Veigl"),
            ('"sperriges Thema"', "Barbara Prammer")],
    aliases={"Stefan Veigl": ["Stefan Veigl", "Veigl", "Preisträger Veigl"],
             "Barbara Prammer": ["Barbara Prammer", "Zweite Präsidentin Barbara Prammer", "Prammer"]})

add(id="ho20-pk-2005-553-lupac-wissenschaftspreis",
    title="Parlamentskorrespondenz Nr. 553 vom 27.06.2005",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2005/PK0553/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the paragraph 'Die Laudatio auf die Preisträger hielt Universitätsprofessor "
              "Manfried Welan … eine Rollenvielfalt wie i', cut off in the stored copy, dropped with its quotation "
              "(rule 15))",
    license=PK,
    paras=["PARLAMENT: KHOL ÜBERREICHT MARGARETHA LUPAC-WISSENSCHAFTSPREIS",
           "Auszeichnung geht an Patricia Heindl und Team um Wolfgang C. Müller",
           "Wien (PK) - Nationalratspräsident Andreas Khol überreichte heute Abend im Rahmen eines Festakts im Parlament "
           "den Wissenschaftspreis 2005 der Margaretha Lupac-Stiftung für Parlamentarismus und Demokratie. Die "
           "Auszeichnung, die mit insgesamt 15.000 € dotiert ist und heuer zum ersten Mal vergeben wurde, teilen sich "
           "eine Personengemeinschaft rund um den Politikwissenschafter Wolfgang C. Müller sowie die junge "
           "Wissenschafterin Patricia Heindl. Ihre Forschungsarbeiten - eine Studie über die österreichischen "
           "Abgeordneten bzw. eine Dissertation über das Parteienrecht - waren von einer Jury unter dem Vorsitz von "
           "ORF-Generaldirektorin Monika Lindner ausgewählt worden.",
           'Nationalratspräsident Khol betonte bei der Preisverleihung, die Auszeichnung der beiden Arbeiten sei ganz im '
           'Sinne der Lupac-Stiftung. Wolfgang C. Müller und sein Team hätten auf Basis von Interviews mit allen 183 '
           'Abgeordneten ein "großartiges Buch" geschrieben, das der Demokratie und der Wissenschaft diene und dem '
           'Klischee eines Abgeordneten widerspreche. Die Dissertation von Patricia Heindl über politische Parteien habe '
           'wiederum, so Khol, bei der Gründung des BZÖ bereits eine große Rolle gespielt und den Test in der Praxis '
           'bestanden.'],
    quotes=[('"großartiges Buch"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Nationalratspräsident Khol", "Khol",
                              "KHOL"]})

add(id="ho20-pk-2010-13-lupac-prammer-fahnenstange",
    title="Parlamentskorrespondenz Nr. 13 vom 18.01.2010",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2010/PK0013/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the paragraph 'Jurymitglied Sonja Puntscher-Riekmann nannte in ihrer "
              "Laudatio … im klassischen', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Prammer überreicht Wissenschaftspreis 2009 der Lupac-Stiftung",
           "Stourzh und Sickinger für ihre Forschungsarbeiten ausgezeichnet",
           'Wien (PK) – Sowohl im Bereich der Parteienfinanzierung als auch im Bereich der Politikereinkommen sei man, '
           'was Transparenz betrifft, "noch lange nicht am Ende der Fahnenstange angelangt". Das erklärte '
           'Nationalratspräsidentin Barbara Prammer heute anlässlich der Überreichung des Wissenschaftspreis 2009 der '
           'Margaretha Lupac-Stiftung für Parlamentarismus und Demokratie im Parlament. Es brauche in zweifacher '
           'Hinsicht eine andere Kultur in Österreich, mahnte sie. Es solle, so Prammer, keine Sorge und Angst vor dem '
           'Offenlegen geben, ebenso sei aber auch eine allgemeine Akzeptanz politischer Parteien und von PolitikerInnen '
           'erforderlich.',
           "Ausgezeichnet mit dem mit 15.000 € dotierten Wissenschaftspreis der Lupac-Stiftung wurden der Historiker "
           "Gerald Stourzh und der Politikwissenschafter Hubert Sickinger. Das Kuratorium der Stiftung sei damit, "
           "unterstrich Prammer, einem einstimmigen Vorschlag der Jury gefolgt. Stourzh, ein Doyen der österreichischen "
           "Geschichtsforschung, beschäftigte sich in seiner Lehrtätigkeit und seinen Forschungsarbeiten mehr als 50 "
           "Jahre lang mit Demokratie, Verfassung, Diktatur sowie Menschen- und Bürgerrechten. Sickinger ist vor allem "
           "als Experte für das Thema Parteienfinanzierung in der Öffentlichkeit bekannt, befasst sich aber auch "
           "generell mit der Rolle von Parteien, etwa in der Lokalpolitik."],
    quotes=[('"noch lange nicht am Ende der Fahnenstange angelangt"', "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer", "Prammer"]})

# --- German Federal Government: media-library list pages of bundeskanzlerin.de ---

MERKEL = ["Merkel", "Bundeskanzlerin Merkel", "Kanzlerin Merkel"]

add(id="ho20-bkin-mediathek-2021-01-klima-mutation",
    title=None,
    url="https://www.bundeskanzlerin.de/bkin-de/mediathek/-wir-wissen-wie-schnell-worte-zu-taten-werden-koennen--1787028!mediathek",
    retrieved="same address (stored media-library list page of bundeskanzlerin.de, items of January 2021; the stored "
              "copy begins with the first item's headline, which is the first line, no invented title (rules 18, 19); "
              "each headline, teaser and date line a line of its own; the second item, which the stored copy shows "
              "more than once in a row, kept once (rule 121); the date line of the last item ('Mi, 2'), cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG,
    paras=['"Folgen des Klimawandels gemeinsam eindämmen"',
           '"Um dem Klimawandel und seinen Folgen entgegenzuwirken, müssen wir weltweit an einem Strang ziehen. Wir '
           'packen mit an", sagt Bundeskanzlerin Merkel in ihrer Videobotschaft zum "Globalen Anpassungsgipfel" - '
           'Climate Adaption Summit 2021. Die Kanzlerin berichtet außerdem, wie sich Deutschland mit seiner '
           'Anpassungsstrategie engagiert, zum Beispiel mit Hilfen für die ärmsten Länder.',
           "Mo, 25.1.2021",
           '"Noch etwas Zeit, der Gefahr durch mutiertes Virus vorzubeugen"',
           '"Wir sind in einer sehr schwierigen Phase der Pandemie", sagte Kanzlerin Merkel in der '
           'Bundespressekonferenz. Die aktuelle Lage beginne einerseits sich zu entspannen und die harten Einschnitte '
           'zahlten sich aus. Andererseits seien die Todeszahlen "erschreckend" und man dürfe die "Gefahr durch die '
           'Mutation nicht außer Acht lassen".',
           "Do, 21.1.2021",
           "Bericht zum Stand der Integrationspolitik",
           "Eine Fachkommission überreichte Bundeskanzlerin Merkel am Mittwoch ihren Bericht zum Stand und zur Zukunft "
           "der Integrationspolitik in Deutschland. Die Mitglieder der Fachkommission möchten die Integration von "
           "Migration entkoppeln und umfassender als bisher verstehen."],
    quotes=[('"Folgen des Klimawandels gemeinsam eindämmen"', "Merkel"),
            ('"Um dem Klimawandel und seinen Folgen entgegenzuwirken, müssen wir weltweit an einem Strang ziehen. Wir '
             'packen mit an"', "Merkel"),
            ('"Globalen Anpassungsgipfel"', None),
            ('"Noch etwas Zeit, der Gefahr durch mutiertes Virus vorzubeugen"', "Merkel"),
            ('"Wir sind in einer sehr schwierigen Phase der Pandemie"', "Merkel"),
            ('"erschreckend"', "Merkel"),
            ('"Gefahr durch die Mutation nicht außer Acht lassen"', "Merkel")],
    aliases={"Merkel": MERKEL + ["Kanzlerin"]})

add(id="ho20-bkin-mediathek-2020-12-neujahr-auslandseinsatz",
    title=None,
    url="https://www.bundeskanzlerin.de/bkin-de/mediathek/bundeskanzlerin-merkel-aktuell/die-finanziellen-kraefte-des-landes-gegen-die-krise-mobilisieren-1825330!mediathek?query=",
    retrieved="same address (stored media-library list page 'Bundeskanzlerin Merkel aktuell' of bundeskanzlerin.de, items "
              "of December 2020; the stored copy begins with the first item's headline, which is the first line, no "
              "invented title (rules 18, 19); each headline, teaser and date line a line of its own; the first item, "
              "which the stored copy shows twice in a row, kept once (rule 121); the last item ('Die finanziellen Kräfte "
              "des Landes gegen die Krise mobilisieren', teaser cut off in the stored copy after 'weil in den') dropped "
              "with its headline (rule 15))",
    license=BREG,
    paras=["Mit Hoffnung in das neue Jahr",
           '"Nie in den letzten 15 Jahren haben wir alle das alte Jahr als so schwer empfunden - und nie haben wir trotz '
           'aller Sorgen und mancher Skepsis mit so viel Hoffnung dem neuen Jahr entgegengesehen", so Bundeskanzlerin '
           'Merkel in ihrer Neujahrsansprache. "Was lässt mich hoffen? Seit wenigen Tagen hat die Hoffnung Gesichter: '
           'Es sind die Gesichter der ersten Geimpften […]. Tagtäglich werden es mehr."',
           "Do, 31.12.2020",
           '"Sie sind Botschafter für Freiheit und Demokratie"',
           'Ihren Video-Podcast vor Weihnachten widmet Kanzlerin Merkel Menschen, die einen ganz besonderen Einsatz '
           'leisten: Polizistinnen und Polizisten, Soldatinnen und Soldaten sowie zivile Helferinnen und Helfer, die sich '
           'im Auslandseinsatz befinden und das Weihnachtsfest nicht im Kreis ihrer Liebsten verbringen können. In ihren '
           'Einsätzen seien sie "Botschafter für Freiheit und Demokratie". Merkel wendet sich ganz ausdrücklich auch an '
           'die Familien zu Hause, die den Einsatzkräften den nötigen Rückhalt geben: "Wir alle sind Ihnen dafür '
           'dankbar und wünschen Ihnen, dass das Wiedersehen umso schöner wird."',
           "Sa, 19.12.2020"],
    quotes=[('"Nie in den letzten 15 Jahren haben wir alle das alte Jahr als so schwer empfunden - und nie haben wir '
             'trotz aller Sorgen und mancher Skepsis mit so viel Hoffnung dem neuen Jahr entgegengesehen"', "Merkel"),
            ('"Was lässt mich hoffen? Seit wenigen Tagen hat die Hoffnung Gesichter: Es sind die Gesichter der ersten '
             'Geimpften […]. Tagtäglich werden es mehr."', "Merkel"),
            ('"Sie sind Botschafter für Freiheit und Demokratie"', "Merkel"),
            ('"Botschafter für Freiheit und Demokratie"', "Merkel"),
            ('"Wir alle sind Ihnen dafür dankbar und wünschen Ihnen, dass das Wiedersehen umso schöner wird."',
             "Merkel")],
    aliases={"Merkel": MERKEL})

# --- German Federal Government: news item of the bundesregierung.de archive ---

add(id="ho20-breg-archiv-2021-01-climate-adaptation-summit",
    title='"Bei Klimaschutz weltweit partnerschaftlich an einem Strang ziehen"',
    url="https://www.bundesregierung.de/breg-de/service/archiv/climate-adaptation-summit-1842770",
    retrieved="same address (stored archive item of 25 January 2021; the second line, which repeats the headline under "
              "the kicker ('Kanzlerin beim Climate Adaptation Summit \"Bei Klimaschutz …\"'), dropped as a repetition of "
              "the headline (rules 93, 121); '2 Min. Lesedauer', the player line '02:02' and the player caption 'Video: "
              "Kanzlerin zum Climate Adaptation Summit \"Folgen des Klimawandels gemeinsam eindämmen\"' dropped as "
              "furniture (rule 93); the last paragraph ('Als Ergebnis der Konferenz … an die Folge'), cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=['"Deutschland sieht sich in der Mitverantwortung, die Resilienz armer und ärmster Länder zu stärken", sagte '
           'Bundeskanzlerin Angela Merkel in einem Videogrußwort beim Climate Adaptation Summit (Globaler '
           'Klimaanpassungsgipfel) am Montag. Anlässlich des Gipfels hat die Bundesregierung zusätzliche 220 Millionen '
           'Euro für die Anpassung an den Klimawandel in Entwicklungsländern zugesagt.',
           'Die Mittel dienen dem Ausbau von Klimarisikofinanzierung und -versicherungen. Ziel ist es, bis 2025 im Rahmen '
           'der "InsuResilience Global Partnership" jährlich 500 Millionen besonders arme Menschen gegen verheerende '
           'Klimarisiken wie Ernteausfälle oder Überschwemmungen abzusichern. "Hierfür haben wir auch unseren jeweiligen '
           'Vorsitz der G7 und G20 in den vergangenen Jahren intensiv genutzt", betonte die Bundeskanzlerin.',
           'Ein weiterer Teil der anlässlich des Gipfels zugesagten Mittel fließt an den "Least Developed Countries '
           'Fund" (LDCF). Dieser Fonds unterstützt die am wenigsten entwickelten Länder bei der Vorbereitung und '
           'Umsetzung von nationalen Anpassungsplänen.',
           "Klimaschutz und Entwicklung eng miteinander verbunden",
           'Der Kampf gegen den Klimawandel ist eine der Voraussetzungen für Ziele wie eine Welt ohne Hunger und die '
           'Schaffung neuer Beschäftigung. Um dieses Thema ging es deshalb beim ersten Klima-Anpassungsgipfel ("Climate '
           'Adaptation Summit") der Globalen Anpassungskommission, an dem die Bundeskanzlerin auf Einladung des '
           'niederländischen Ministerpräsidenten Rutte mit einer Videobotschaft teilnahm.'],
    quotes=[('"Bei Klimaschutz weltweit partnerschaftlich an einem Strang ziehen"', "Angela Merkel"),
            ('"Deutschland sieht sich in der Mitverantwortung, die Resilienz armer und ärmster Länder zu stärken"',
             "Angela Merkel"),
            ('"InsuResilience Global Partnership"', None),
            ('"Hierfür haben wir auch unseren jeweiligen Vorsitz der G7 und G20 in den vergangenen Jahren intensiv '
             'genutzt"', "Angela Merkel"),
            ('"Least Developed Countries Fund"', None),
            ('"Climate Adaptation Summit"', None)],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Bundeskanzlerin"]})

# --- German Federal Government: press release of the Presse- und Informationsamt on bundeskanzlerin.de ---

add(id="ho20-bkin-2016-06-podcast-em-glueck",
    title=None,
    url="https://www.bundeskanzlerin.de/bkin-de/aktuelles/merkel-wuenscht-deutscher-elf-viel-glueck-fuer-die-em-753824",
    retrieved="same address (stored press release no. 190 of 4 June 2016 of the Presse- und Informationsamt der "
              "Bundesregierung; the site furniture 'Navigation und Service' and 'Inhalt' and the release metadata "
              "'Laufende Nr.: 190' and 'Ausgabejahr: 2016' dropped (rule 93), so the sender line is the first line (rule "
              "18), then the date line, the kicker and the headline as their own lines; the lead and the first body "
              "paragraph, which repeats the lead and continues it, both kept as published (rule 123); the paragraph 'Auf "
              "Starks Frage, ob sie 2006 zum Fußballfan oder schon', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Presse- und Informationsamt der Bundesregierung",
           "Samstag, 04. Juni 2016",
           '10 Jahre Video-Podcast "Die Kanzlerin direkt"',
           "Merkel wünscht deutscher Elf viel Glück für die EM",
           'Bundeskanzlerin Angela Merkel wünscht der deutschen Fußball-Nationalmannschaft für die bevorstehende '
           'Europameisterschaft viel Glück. "Ich glaube, die Mannschaft ist total motiviert", sagt Merkel in ihrem neuen '
           'Video-Podcast, einem Gespräch mit dem U21-Nationalspieler Niklas Stark von Hertha BSC.',
           'Bundeskanzlerin Angela Merkel wünscht der deutschen Fußball-Nationalmannschaft für die bevorstehende '
           'Europameisterschaft viel Glück. "Ich glaube, die Mannschaft ist total motiviert", sagt Merkel in ihrem neuen '
           'Video-Podcast, einem Gespräch mit dem U21-Nationalspieler Niklas Stark von Hertha BSC. Auch wenn jetzt viele '
           'junge Spieler dabei seien, so Merkel, werde die Mannschaft "in der Vorbereitung wieder sehr zusammenwachsen '
           'und das zeigen, was Deutschland ausmacht: Vielfalt, gemeinsamer Wille, zu gewinnen, Toleranz, Respekt '
           'voreinander und dann eben auch der Wunsch, dass die Fans sich erfreuen können – an gutem '
           'Mannschaftsfußballspiel."',
           'Sie habe keinen Zweifel, dass Frankreich die Europameisterschaft gut ausrichten werde, sagt die '
           'Bundeskanzlerin. "Die Menschen in Frankreich freuen sich, Gastgeber zu sein." Die französische '
           'Nationalmannschaft werde "ein sehr starker Gegner" sein, so Merkel weiter. Bei aller Freundschaft zu '
           'Frankreich sei "ja klar, für wen ich dann die Daumen drücke". Theoretisch könne es ja passieren, "dass wir '
           'schon im Achtelfinale auf Frankreich stoßen". Die letzten Spiele gegen Frankreich seien immer anspruchsvolle '
           'Spiele gewesen.',
           'Sie habe dieses Mal noch keine ganz konkreten Pläne für Stadionbesuche, sagt die Bundeskanzlerin. Sie werde '
           'aber versuchen, "fast alle Spiele am Fernsehapparat zu verfolgen – und sicher auch mal hinfahren".'],
    quotes=[('"Die Kanzlerin direkt"', None),
            ('"Ich glaube, die Mannschaft ist total motiviert"', "Angela Merkel", 0),
            ('"Ich glaube, die Mannschaft ist total motiviert"', "Angela Merkel", 1),
            ('"in der Vorbereitung wieder sehr zusammenwachsen und das zeigen, was Deutschland ausmacht: Vielfalt, '
             'gemeinsamer Wille, zu gewinnen, Toleranz, Respekt voreinander und dann eben auch der Wunsch, dass die Fans '
             'sich erfreuen können – an gutem Mannschaftsfußballspiel."', "Angela Merkel"),
            ('"Die Menschen in Frankreich freuen sich, Gastgeber zu sein."', "Angela Merkel"),
            ('"ein sehr starker Gegner"', "Angela Merkel"),
            ('"ja klar, für wen ich dann die Daumen drücke"', "Angela Merkel"),
            ('"dass wir schon im Achtelfinale auf Frankreich stoßen"', "Angela Merkel"),
            ('"fast alle Spiele am Fernsehapparat zu verfolgen – und sicher auch mal hinfahren"', "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Merkel", "Bundeskanzlerin"]})

# --- the Chancellor's podcast feed (Presse- und Informationsamt der Bundesregierung) as shown by a podcast directory ---

add(id="ho20-feed-meinpodcast-merkel-aktuell-seite-4",
    title="Bundeskanzlerin Merkel aktuell",
    url="https://meinpodcast.de/bundeskanzlerin-merkel-aktuell/page/4/",
    retrieved="same address (stored directory page 4 of the podcast 'Bundeskanzlerin Merkel aktuell': teasers of the "
              "Chancellor's podcast of August 2020 from the Government's feed; the stray opening mark '\"' before the "
              "page title dropped as scraper residue, the podcast name is the first line (rule 94); the player "
              "furniture ('Serie', 'Du hast noch keinen Podcast zur Wiedergabe ausgewählt', '00:00 / 00:00', "
              "'Herunterladen', 'Playlist', 'Aktuelle Wiedergabe', the repeated podcast name) and the list bullets "
              "dropped (rule 94); the last teaser ('Anlässlich des UN-Weltbevölkerungstags … über die "
              "Entwicklungszusammenarbeit'), cut off in the stored copy, dropped (rule 15))",
    license=BREG_FEED,
    paras=["In ihrem neuen Video-Podcast erinnert Kanzlerin Merkel an den 40. Jahrestag der Zulassung der polnischen "
           "Gewerkschaft Solidarność. „Mit ihrem mutigen Protest ist es den Menschen damals gelungen, Dinge zum Besseren "
           "zu verändern. Und sie haben sich mit ihrem Ruf nach Gerechtigkeit und Freiheit durchgesetzt“, so die "
           "Kanzlerin. Der Freiheitswille der Polinnen und Polen habe andere mittel- und osteuropäische Gesellschaften "
           "mitgerissen und „Steine ins Rollen gebracht, die letztlich die Berliner Mauer und den Eisernen Vorhang zu "
           "Fall brachten.“",
           "Das Technische Hilfswerk, die zentrale Freiwilligenorganisation des Bundes, feiert am 22. August seinen 70. "
           "Geburtstag. Dazu gratuliert Bundeskanzlerin Angela Merkel den 80.000 THWlern für ihren Einsatz. „Die Helfer "
           "vom THW schützen im In- und Ausland die höchsten aller Güter: die Gesundheit und das Leben ihrer "
           "Mitmenschen“, so die Kanzlerin.",
           "Am 19. August ist der UN-Welttag der humanitären Hilfe. In ihrem aktuellen Podcast schaut Kanzlerin Angela "
           "Merkel auf die jüngsten Explosionen in der libanesischen Hauptstadt Beirut, die auf furchtbare Weise daran "
           "erinnern, wie schnell eine humanitäre Notlage entstehen kann und wie wichtig Hilfsleistungen dann sind. „Und "
           "ich bin sehr froh, dass wir sofort helfen konnten“, so die Kanzlerin. Wie und warum Deutschland auch in "
           "anderen Krisenregionen humanitäre Hilfe leistet, erfahren Sie im Podcast."],
    quotes=[("„Mit ihrem mutigen Protest ist es den Menschen damals gelungen, Dinge zum Besseren zu verändern. Und sie "
             "haben sich mit ihrem Ruf nach Gerechtigkeit und Freiheit durchgesetzt“", "Angela Merkel"),
            ("„Steine ins Rollen gebracht, die letztlich die Berliner Mauer und den Eisernen Vorhang zu Fall brachten.“",
             "Angela Merkel"),
            ("„Die Helfer vom THW schützen im In- und Ausland die höchsten aller Güter: die Gesundheit und das Leben "
             "ihrer Mitmenschen“", "Angela Merkel"),
            ("„Und ich bin sehr froh, dass wir sofort helfen konnten“", "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Merkel", "Kanzlerin Merkel", "Bundeskanzlerin Angela Merkel",
                               "Kanzlerin Angela Merkel", "Kanzlerin"]})
