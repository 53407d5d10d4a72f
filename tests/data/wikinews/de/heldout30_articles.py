# Thirtieth held-out German real-news set (tests/data/heldout30-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-158 and the new rules of this set, 159-161). None of these pages is in any tests/data/*.jsonl
# (checked by URL, PK/OTS number and Public view id against every file in tests/data, and by an 8-word overlap search
# against the texts of all sets: no shared window). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirtieth held-out set": two releases of the Austrian Parliament's
# Parlamentskorrespondenz (one on parlinkom.gv.at, one on OTS), one news item of the Austrian Federal Ministry of Justice,
# five texts of the German Federal Government (two galleries of the bundesregierung.de media library, one 2009 list page
# of the bundeskanzlerin.de media library, and two items distributed by Public) and one Global Voices auf Deutsch topic
# page. The stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rule 15), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMJ, BREG, BREG_PUBLIC, GV, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Austrian Parliament: Parlamentskorrespondenz ---

P = ('Abgeordneter Peter PILZ (G) reagierte zunächst auf Kritik in der Öffentlichkeit, der Nationalrat würde sich in der '
     'heutigen Sondersitzung mit sich selbst befassen, statt mit der größten Krise der Universitäten in der österreichischen '
     'Bildungsgeschichte. Pilz meinte demgegenüber, zwischen der Weigerung "der ÖVP und der ihr angegliederten SPÖ", die '
     '(ehemaligen) Minister Strasser, Berger, Darabos, Fekter und Bandion-Ortner im Untersuchungsausschuss aussagen zu lassen, '
     'und der Bildungspolitik der Bundesregierung bestehe in Wahrheit ein Zusammenhang. So wie sich Wissenschaftsminister '
     'Hahn vor seiner "Flucht nach Brüssel" weigere, mit den StudentInnen Kontakt aufzunehmen und die dringend benötigten '
     '200 Mio. € für die Universitäten aufzutreiben, blockierten die Regierungsparteien den Untersuchungsausschuss mit der '
     'Weigerung, fünf MinisterInnen im Untersuchungsausschuss zu ihrer politischen Verantwortung zu befragen. Pilz erinnerte '
     'an das politische System, das unter dem ÖVP-Innenminister Strasser etabliert worden sei, das schwarz-blauen '
     'MinisterInnen signalisiert habe: "Ihr könnt alles tun, ihr könnt Dienststellen politisch umfärben und Staatsvermögen '
     'zugunsten eurer Freunde verschleudern, ohne Gefahr zu laufen, wegen Amtsmissbrauch angeklagt zu werden, denn wir haben '
     'eine Regierungsjustiz geschaffen".')

add(id="ho30-pk-2009-949-pilz-dringliche-bandion-ortner",
    title="Parlamentskorrespondenz Nr. 949 vom 05.11.2009",
    url="http://www.parlinkom.gv.at/aktuelles/pk/jahr_2009/pk0949",
    retrieved="same address (stored page of the Parlamentskorrespondenz on the Parliament's old host name parlinkom.gv.at; "
              "the release's number line is the first line, then headline and subtitle as their own lines (rule 18); the "
              "fourth paragraph 'Die dramatische Entwicklung der Kriminalität in Wien während der letzten Jahre, …', cut "
              "off in the stored copy, and everything after it dropped (rule 15))",
    license=PK,
    paras=["Ministerin Bandion-Ortner gegen Vorverurteilung von StaatsanwältInnen",
           "Dringliche Anfrage der Grünen bei Nationalrats-Sondersitzung",
           'Wien (PK) - Nationalratspräsidentin Barbara Prammer eröffnete die 43. Sitzung des Nationalrats, die auf '
           'Verlangen der Opposition einberufen wurde und teilte mit, dass die Grünen eine Dringliche Anfrage an '
           'Justizministerin Claudia Bandion-Ortner mit dem Titel "Regierungsjustiz und Ministerblockade" (3556/J) '
           'gerichtet haben.',
           P],
    quotes=[('"Regierungsjustiz und Ministerblockade"', "Grünen"),
            ('"der ÖVP und der ihr angegliederten SPÖ"', "Pilz"),
            ('"Flucht nach Brüssel"', "Pilz"),
            (cut(P, '"Ihr könnt', 'geschaffen"'), "Pilz")],
    aliases={"Grünen": ["Grünen"],
             "Pilz": ["Pilz", "Peter PILZ", "Abgeordneter Peter PILZ"]})

add(id="ho30-pk-ots-2018-eu-ratsvorsitz-kurz-hofer",
    title="EU-Ratsvorsitz: Regierung betont Wertegemeinschaft Europa",
    url="https://www.ots.at/presseaussendung/OTS_20180614_OTS0287/eu-ratsvorsitz-regierung-betont-wertegemeinschaft-europa",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 14 June 2018, dateline 'Wien (PK)'; "
              "the subtitle kept as its own line; the published 'für die österreichischen Ratspräsidentschaft' kept (rule "
              "20); the second paragraph 'Scharfe Töne von Oppositionsseite gab es jedoch …', cut off in the stored copy "
              "after '… befand er und versicherte: ', dropped with its quotations ('Achse der Willigen', 'Gleichsetzungen') "
              "and everything after it (rule 15))",
    license=PK,
    paras=["Kurz und Hofer präsentieren im Nationalrat Programm für den Ratsvorsitz Österreichs",
           'Wien (PK) - In zweieinhalb Wochen ist es soweit: Österreich übernimmt ab 1. Juli bis Jahresende den Vorsitz im '
           'Rat der Europäischen Union. Bundeskanzler Sebastian Kurz und Verkehrsminister Norbert Hofer nutzten daher die '
           'heutige Nationalratssitzung, um die Abgeordneten über die Zielsetzungen der EU-Politik im zweiten Halbjahr 2018 '
           'genauer zu informieren. Beide betonten im Einklang mit den Fraktionen, Europa als Wertegemeinschaft zu begreifen. '
           'Sicherheit in allen Lebensbereichen spiele dabei eine zentrale Rolle. Dementsprechend, so Kurz, laute das Motto '
           'der Regierung für die österreichischen Ratspräsidentschaft, "Ein Europa, das schützt", wobei dem Schutz der '
           'EU-Außengrenzen für die Eindämmung der illegalen Migration, der Sicherung des Wohlstands und der '
           'Wettbewerbsfähigkeit durch Digitalisierung sowie der Stabilität in den Nachbarländern Südosteuropas besonderes '
           'Augenmerk gewidmet werde.'],
    quotes=[('"Ein Europa, das schützt"', None)],
    aliases={})

# --- Austrian Federal Ministry of Justice ---

add(id="ho30-bmj-2022-02-08-zadic-gewaltschutz",
    title="Justizministerin Alma Zadić setzt nächste Schritte im Bereich Gewaltschutz",
    url="https://www.bmj.gv.at/ministerium/aktuelle-meldungen/Justizministerin-Alma-Zadi%C4%87-setzt-n%C3%A4chste-Schritte-im-Bereich-Gewaltschutz.html",
    retrieved="same address (stored news item of the Ministry of Justice of 8 February 2022; the subtitle kept as its own "
              "line (rule 112); the published 'stellte darüber hinausklar' kept (rule 20); the paragraph 'Außerdem soll "
              "die flächendeckende Einführung von Gewaltambulanzen …', at whose end the stored copy stops, dropped as "
              "possibly cut off (rule 15))",
    license=BMJ,
    paras=["Strategische und ressortübergreifende Maßnahmen zum Schutz von Mädchen und Frauen vor Gewalt",
           "Heute, am 8. Februar 2022, fand im Bundesministerium für Inneres eine Pressekonferenz zum Thema Gewaltschutz "
           "statt. Justizministerin Alma Zadić, Innenminister Gerhard Karner und Frauenministerin Susanne Raab präsentierten "
           "sowohl ressortspezifische als ressortübergreifende Maßnahmen, um gezielt gegen Gewalt an Mädchen und Frauen "
           "vorzugehen.",
           "Justizministerin Alma Zadić bot zunächst einen Rückblick auf die bereits gesetzten Maßnahmen im Bereich Justiz. "
           "So wurden unter anderem ein strukturierter und regelmäßiger Dialog zwischen Strafverfolgungsbehörden und "
           "Opferschutzeinrichtungen, die Stärkung von Fallkonferenzen und der Ausbau von psychosozialer und juristischer "
           "Prozessbegleitung in den Fokus gestellt. Die Justizministerin konnte im Jahr 2021 überdies erreichen, dass aus "
           "dem Justizbudget knapp 6 Mio. Euro für Maßnahmen im Gewaltschutzbereich vorgesehen werden.",
           "Die Bundesministerin stellte darüber hinausklar, dass dies erst der Anfang war. „Wir können hier leider nicht an "
           "einer einzelnen großen Schraube drehen, um unser Ziel zu erreichen. Es bedarf vieler kleiner Schritte, die "
           "gemeinsam gesetzt werden müssen. Ich werde mich weiterhin dafür einsetzen, das Leben von Mädchen und Frauen "
           "sicherer zu machen.“",
           "Einen wesentlichen Bestandteil stellt dabei auch die Präventionsarbeit dar. Ab Juli 2022 wird es möglich sein, "
           "dass Personen, gegen die eine Einstweilige Verfügung erlassen wurde, zur Kontaktierung einer Beratungsstelle für "
           "Gewaltprävention sowie zur Teilnahme an einer solchen Beratung im Ausmaß von 16 Stunden verpflichtet werden."],
    quotes=[("„Wir können hier leider nicht an einer einzelnen großen Schraube drehen, um unser Ziel zu erreichen. Es "
             "bedarf vieler kleiner Schritte, die gemeinsam gesetzt werden müssen. Ich werde mich weiterhin dafür "
             "einsetzen, das Leben von Mädchen und Frauen sicherer zu machen.“", "Alma Zadić")],
    aliases={"Alma Zadić": ["Alma Zadić", "Justizministerin Alma Zadić", "Justizministerin", "Bundesministerin"]})

# --- German Federal Government: items distributed by Public ---

add(id="ho30-public-2024-07-24-scholz-sommer-pk",
    title="„Ich freue mich auf Ihre Fragen“",
    url="https://publicnow.com/view/997F17E703CC77238514ABD4E8FA399F68909D76",
    retrieved="same address (news item of the Chancellor's office of 24 July 2024 on the summer press conference, as "
              "distributed by Public, which names the German Federal Chancellor as its publisher; Public's header lines "
              "'German Federal Chancellor' and '24/07/2024 | Press release | Distributed by Public on 24/07/2024 17:01' "
              "above the headline dropped as distribution furniture (rules 31, 100); subheadings kept as their own lines; "
              "the published 'Im Anschlus' kept (rule 20); the last paragraph 'Der Bundeskanzler betonte, dass er zur "
              "Rente nach 45 Beitragsjahren ohne Abzüge steht: Es kann doch nicht sein, dass \"lauter Le', cut off inside "
              "its quotation in the stored copy, dropped (rule 15))",
    license=BREG_PUBLIC,
    paras=['Kanzler Scholz eröffnete die Sommer-Pressekonferenz mit einem kurzen Eingangsstatement. Darin verwies er auf '
           'die letzte Sitzung des Bundeskabinetts vor der Sommerpause. Alle Beschlüsse dienten dazu, mit mehr Tempo das '
           'Land zu modernisieren. Die Steuererleichterungen seien gut für Unternehmen, für die Forschung und auch für '
           'Familien. Sein Resümee zur Sitzung des Bundeskabinetts: "Ganz produktiv - ein guter Start in die Sommerpause."',
           'Im Anschlus hatten die Journalistinnen und Journalisten fast zwei Stunden Zeit, dem Kanzler ihre Fragen zu '
           'stellen.',
           'Deutschland modernisieren',
           'Der Haushaltsentwurf wurde gemeinsam beschlossen, so der Bundeskanzler. Nun gehe man mit der '
           'Wachstumsinitiative gemeinsam die zentralen Themen an: "Modernisierung, technischer Fortschritt, Wachstum und '
           'gesellschaftlicher Zusammenhalt."',
           'Über 49 Einzelmaßnahmen werden dafür umgesetzt. Dazu gehören der Ausbau der Infrastruktur, die Stabilisierung '
           'des Sozialstaats, mehr Geld für die Bundeswehr und die weitere Unterstützung der Ukraine. "Und das ist schon '
           'was - in sehr rauen Zeiten", betonte Scholz.',
           '"Deshalb bin ich Mr. Mindestlohn"',
           '"Wir haben die höchste Zahl von Erwerbstätigen in der Geschichte Deutschlands", stellte Scholz klar. Um dem '
           'Fachkräftemangel zu begegnen, soll der Arbeitsmarkt weiter gestärkt werden. Der Kanzler stehe voll und ganz '
           'hinter dem gesetzlichen Mindestlohn. Gegen Lohndumping müsse die Politik vorgehen.',
           'Das Bürgergeld wird weiterentwickelt, dazu gehört auch eine engmaschigere Betreuung der '
           'Leistungsempfängerinnen und -empfänger. Deutschland leidet unter einem Fachkräftemangel. Deshalb ist es auch '
           'wichtig, Bürgergeldempfängerinnen und -empfänger, wieder in den Arbeitsmarkt zu integrieren.'],
    quotes=[("„Ich freue mich auf Ihre Fragen“", "Scholz"),
            ('"Ganz produktiv - ein guter Start in die Sommerpause."', "Scholz"),
            ('"Modernisierung, technischer Fortschritt, Wachstum und gesellschaftlicher Zusammenhalt."', "Scholz"),
            ('"Und das ist schon was - in sehr rauen Zeiten"', "Scholz"),
            ('"Deshalb bin ich Mr. Mindestlohn"', "Scholz"),
            ('"Wir haben die höchste Zahl von Erwerbstätigen in der Geschichte Deutschlands"', "Scholz")],
    aliases={"Scholz": ["Scholz", "Kanzler Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho30-public-2024-10-04-bundesregierung-aktuell-einheit",
    title="Bundesregierung aktuell",
    url="https://publicnow.com/view/A6F96AF97E5FD5E67396A40F88B1B0DFC7F7C101",
    retrieved="same address (the newsletter of 4 October 2024 as distributed by Public, which names the German Federal "
              "Government as its publisher; the site's line 'Results' and Public's header lines 'German Federal "
              "Government' and '10/04/2024 | Press release | Distributed by Public on 10/04/2024 04:45' above the "
              "newsletter's name dropped as furniture (rules 31, 100); the published 'hinzu zu fügen' and 'den "
              "US-amerikanischen Präsident' kept (rule 20); complete in the stored copy)",
    license=BREG_PUBLIC,
    paras=['Tausende feierten unter dem Motto "Vereint Segel setzen" in Schwerin den diesjährigen Tag der Deutschen '
           'Einheit. Auch der Bundeskanzler und die Ministerinnen und Minister der Bundesregierung waren vor Ort und '
           'nutzten die Möglichkeit, mit vielen Menschen ins Gespräch zu kommen.',
           'Den Dialogauftakt machte am Mittwoch der Bundeskanzler, der in der mecklenburgischen Landeshauptstadt zu '
           'seinem 17. KanzlerGespräch geladen hatte. Es ging in der offenen Debatte um allgemeine Themen wie Pflege oder '
           'innere Sicherheit, aber u. a. auch darum, dass es gute Arbeitsplätze in Ostdeutschland brauche, um den Wegzug '
           'junger Menschen zu verhindern.',
           'Im Dialogforum mit Außenministerin Annalena Baerbock stand die Lage in Europa und der Welt im Mittelpunkt. Am '
           'Donnerstag folgten Gesundheitsminister Lauterbach und Umweltministerin Lemke und weitere Gäste aus Politik und '
           'Zivilgesellschaft. Auch heute wird bis zum Abend getalkt.',
           'Offizieller Höhepunkt der Feierlichkeiten war der Festakt im Schweriner Staatstheater. Bundeskanzler Scholz '
           'erinnerte in seiner Festrede an die mutigen Bürgerinnen und Bürger der DDR, die mit der friedlichen Revolution '
           'die SED-Diktatur in die Knie zwangen. Die Deutsche Einheit sei eine Erfolgsgeschichte. Aber es gelte, weitere '
           'Kapitel hinzu zu fügen, so Scholz. Daran arbeite auch die Bundesregierung.',
           'In der kommenden Woche werden Bundespräsident Frank-Walter Steinmeier und der Bundeskanzler den '
           'US-amerikanischen Präsident Joe Biden in Berlin empfangen.'],
    quotes=[('"Vereint Segel setzen"', None)],
    aliases={})

# --- German Federal Government: media-library galleries and list page ---

L3 = ("Bundeskanzler Scholz formulierte am Montag die Frage: „Was machen wir für die Sicherheit und was machen wir für den "
      "Frieden in Europa?“ als Prämisse seiner Politik gegenüber Deutschlands internationalen Partnern.")
L5 = ("Gerade in aufgeregten Zeiten mahnte der Bundeskanzler zu besonnenen Handeln: „Ich finde, es gehört dann auch dazu, "
      "dass wenn die Zeiten sehr aufgeregt sind, man trotzdem klar und fest bleibt. Dass man den Boden unter den Füßen immer "
      "behält, damit man sicher ist, dass die Entscheidung richtig sind.“")

add(id="ho30-breg-mediathek-2022-07-11-luebeck-kanzlergespraech",
    title=None,
    url="https://www.bundesregierung.de/breg-de/mediathek/2022-07-11-luebeck-kanzler-gespraech-2061150",
    retrieved="same address (stored picture gallery of the bundesregierung.de media library on the first KanzlerGESPRÄCH, "
              "Lübeck, 11 July 2022; the stored copy begins with the first picture's text, so there is no title line "
              "(rules 18, 32, 93); each picture's text is a line of its own, as in heldout27's 'Die Woche des Kanzlers'; "
              "the credit 'Foto: Bundesregierung/Bergmann' under every picture dropped (rule 93); the stored copy renders "
              "the gallery a second time from its first picture, cut off in the third text: the repetition dropped, each "
              "text kept once (rule 121); the published 'ins Gepräch', 'zu besonnenen Handeln' and 'die Entscheidung "
              "richtig sind' kept (rule 20); complete in its first rendering)",
    license=BREG,
    paras=["Lübeck, 11. Juli 2022: Der Bundeskanzler will in den nächsten Monaten mit Bürgerinnen und Bürgern ins Gepräch "
           "kommen – und das in jedem Bundesland. Den Auftakt macht Lübeck in Schleswig-Holstein.",
           "In der Reihe „KanzlerGESPRÄCH“ möchte der Kanzler erfahren, was den Menschen auf der Seele brennt, was sie im "
           "Alltag bewegt und welche Fragen sie an die Politik der Bundesregierung haben.",
           L3,
           "Die von den „Lübecker Nachrichten“ im Vorfeld ausgewählten 150 Teilnehmer, die an der moderierten "
           "Diskussionsveranstaltung teilnehmen konnten, entscheiden selbst, über welche Themen und Fragen sie mit dem "
           "Bundeskanzler sprechen wollen.",
           L5,
           "Das neue Format gibt dem Bundeskanzler die Gelegenheit, im direkten Austausch seine Politik zu erklären. Es geht "
           "um gegenseitiges Zuhören, Wertschätzung und Offenheit."],
    quotes=[("„KanzlerGESPRÄCH“", None),
            (cut(L3, "„Was machen", "Europa?“"), "Scholz"),
            ("„Lübecker Nachrichten“", None),
            (cut(L5, "„Ich finde", "richtig sind.“"), "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho30-breg-mediathek-2022-06-17-bundeskanzler-im-bild",
    title="Der Bundeskanzler im Bild",
    url="https://www.bundesregierung.de/breg-de/mediathek/2022-06-17-bundeskanzler-im-bild-2054030",
    retrieved="same address (stored picture gallery 'Der Bundeskanzler im Bild' of the bundesregierung.de media library, "
              "week of 13-16 June 2022; the gallery's name is the first line (rule 18); each picture's text is a line of "
              "its own; the credits under every picture ('Foto: Bundesregierung/Steins', '… /Denzel', '… /Loos', "
              "'… /Kugler') dropped (rule 93); the last text 'Kiew, 16. Juni 2022: Am Donnerstag waren Italiens "
              "Ministerpräsident Mario Drag', cut off in the stored copy, and everything after it dropped (rule 15))",
    license=BREG,
    paras=["Berlin, 13. Juni 2022: Die Woche begann mit einem Arbeitsfrühstück bei Bundespräsident Frank-Walter Steinmeier "
           "in Schloss Bellevue.",
           "Danach ging es nach Mecklenburg-Vorpommern. Auf der Insel Riems stand ein Treffen mit den ostdeutschen "
           "Ministerpräsidentinnen und Ministerpräsidenten an.",
           "Vereinbart wurde unter anderem eine ostdeutsche Interessenvertretung zur Wasserstoffforschung. In ihrer Riemser "
           "Erklärung bekunden die ostdeutschen Länder ihren Willen zur Unabhängigkeit von russischen Energieträgern.",
           "Am Abend sorgte die Ehrenformation der Bundeswehr für eine militärische Begrüßung für Eduard Heger, "
           "Ministerpräsident der Slowakei.",
           "Im Mittelpunkt des Treffens stand die dramatische Lage in der Ukraine sowie die Fortentwicklung der Europäischen "
           "Union.",
           "Berlin, 14. Juni 2022: Am Dienstag fiel der Startschuss für die „Allianz für Transformation“.",
           "Der Dialog mit den Spitzen aus Wirtschaft, Gewerkschaften, Verbänden, der Wissenschaft und der "
           "Zivilgesellschaft soll dem Austausch über verlässliche Rahmenbedingungen für den Transformationsprozess "
           "Deutschlands dienen.",
           "„Der Kampf gegen diese Verbrechen kann nur gewonnen werden, wenn wir zusammenarbeiten, innerhalb Europas und "
           "weltweit.“ Das betonte der Kanzler in seiner Rede bei der Financial Action Task Force, die gegen Geldwäsche "
           "und Terrorismusfinanzierung vorgeht.",
           "Berlin, 15. Juni 2022: Am Mittwoch stellte Bundeskanzler Scholz zusammen mit Bundesfinanzminister Lindner die "
           "Sonderbriefmarke zur G7-Präsidentschaft vor. Das Bundesfinanzministerium gibt in diesem Jahr 52 Sondermarken "
           "heraus, die die deutsche Geschichte und Kultur widerspiegeln."],
    quotes=[("„Allianz für Transformation“", None),
            ("„Der Kampf gegen diese Verbrechen kann nur gewonnen werden, wenn wir zusammenarbeiten, innerhalb Europas und "
             "weltweit.“", "Scholz")],
    aliases={"Scholz": ["Scholz", "Bundeskanzler Scholz", "Bundeskanzler", "Kanzler"]})

add(id="ho30-bkin-mediathek-2009-woche-der-bundeskanzlerin",
    title="2009",
    url="https://www.bundeskanzlerin.de/bkin-de/mediathek/mediathek/613618!search?formState=eNptjsEKwjAQRH9F9txDWhAxN7He1T-I6SYE0qQmW7WU_rsbpXjxNjvMm9kZOkV4VcFiBjlDvRXNbt8UaVLsQYbR-wooftWyVGCURiph1oOyLihyMRQixSf7taggk0oEUnAkGpOR1qL7iGlaDx_1h738Mw_9zVHruCloBAmNAN5LmPPpgYGO_LaNPyzHMgj4Kszg1YRdy5FNh1kzqMeUmDory1318gaOWFVE&page=62",
    retrieved="same address (stored search-result page 62 of the bundeskanzlerin.de media library, photo series of "
              "March-April 2009; the navigation lines 'Navigation und Service', 'Inhalt' and 'Sie sind hier: Mediathek' "
              "dropped (rules 19, 93); the year heading '2009' is the first line (rule 18); each item's headline, teaser "
              "paragraphs and date line are lines of their own (rules 19, 121); the published double space in "
              "'Hybridkraftwerk  in Prenzlau', 'bei Ihrem Besuch', 'unter anderen' and 'franzöischen' kept (rule 20); the "
              "fourth item ('Fotoreihe Die Woche der Bundeskanzlerin' / 'Die EU-Staats- und Regierungschefs haben sich am "
              "22. Februar im Bundeskanzleramt zur Vorbereitung eines Finanzmarkttreffens in London getr'), cut off in the "
              "stored copy, dropped with its headline (rule 15))",
    license=BREG,
    paras=["Fotoreihe Die Woche der Bundeskanzlerin",
           "Die Woche der Kanzlerin stand im Zeichen von ‚Wissenschaft und Technik‘. Angela Merkel besuchte die Hannover "
           "Messe, auf der sich in diesem Jahr Korea als Partnerland präsentierte.",
           "Bei der Grundsteinlegung für ein neuartiges Wasserstoff-Wind-Biogas-Hybridkraftwerk  in Prenzlau hob Merkel die "
           "beachtliche Entwicklung der Windkraftanlagen hervor.",
           "Auf Forschung, Zukunft und Innovation müsse gesetzt werden. Das betonte die Kanzlerin bei Ihrem Besuch des "
           "Ausstellungszuges „Expedition Zukunft“, der im Wissenschaftsjahr 2009 bis November in 62 Städten Station macht.",
           "Do, 23.4.2009",
           "Fotoreihe Die Woche der Bundeskanzlerin",
           "Gleich nach dem Londoner G20-Gipfel ging's am Freitag mit US-Präsident Barack Obama zu den Feierlichkeiten aus "
           "Anlass des 60-jährigen Bestehens der Nato. Gefeiert wurde in Baden-Baden, Kehl und im französischen Straßburg. "
           "Am Sonntag kamen dann in Prag die Spitzen der EU-Staaten mit Obama zusammen. Tages darauf reiste die Kanzlerin "
           "schließlich nach Afghanistan - um sich vor Ort ein Bild von der aktuellen Situation zu machen, die die "
           "Bündnispartner am Wochenende erörtert hatten.",
           "Do, 9.4.2009",
           "Fotoreihe Die Woche der Bundeskanzlerin",
           "Kooperation statt Abschottung: Das ist das Motto, nach dem die Bundeskanzlerin Wege aus der Krise sucht. "
           "Deshalb standen in dieser Woche viele europäische Termine auf dem Kalender. Merkel sprach unter anderen mit dem "
           "franzöischen Präsidenten und dem britischen Premierminister über die Regulierung der weltweiten Finanzmärkte.",
           "Am Donnerstag begann der Europäische Rat in Brüssel. Dort legten die Staats- und Regierungschefs ihre "
           "Positionen für den G20-Gipfel Anfang April in London fest.",
           "Do, 19.3.2009"],
    quotes=[("‚Wissenschaft und Technik‘", None),
            ("„Expedition Zukunft“", None)],
    aliases={})

# --- Global Voices auf Deutsch (list page) ---

add(id="ho30-gv-2013-04-protest",
    title="Artikel über Protest vom April, 2013",
    url="https://de.globalvoices.org/category/topics/protest/?m=201304",
    retrieved="same address (stored topic page: the month line '· April, 2013' above the page title dropped (as in "
              "heldout8); headline, date line and teaser of each article as the page shows them, the teaser with its "
              "published '...' and the Spanish sentence that the teaser quotes without quotation marks before its German "
              "translation kept (rules 19, 23); the links 'Weiterlesen' dropped (rule 19); complete in the stored copy)",
    license=GV,
    paras=["Honduranische Indigene lehnen Wasserkraftprojekt ab",
           "17 April 2013",
           "En pocas palabras, esta represa es una sentencia de muerte para las comunidades indígenas que han vivido aquí "
           "por generaciones. Um es in wenigen Worten zu sagen, dieses Stauwerk ist ein Todesurteil für die indigenen "
           "Gemeinschaften, die über Generationen hinweg hier gelebt haben. Die indigenen Gemeinschaften von Río Blanco, "
           "Honduras,...",
           "Angola: „Andersdenkende“ werden festgenommen und verschwinden",
           "2 April 2013",
           "Wieder endete diesen Samstag eine Demonstration in Luanda mit mindestens 18 Festnahmen. Die Demonstranten "
           "forderten „Würde und Recht auf Leben und die Freiheit für Andersdenkende“. Sie erinnerten so an die zum "
           "Schweigen gebrachten Journalisten und Aktivisten in Angola, unter anderem Alves Cassule und Isaias Kamulingue, "
           "die seit Mai 2012 verschwunden sind.",
           "Europa für das Volk – nicht die Märkte",
           "1 April 2013",
           "Vom 11. bis 17. März organisierten europäische Bürger eine Protestwoche gegen die Austeritätsmaßnahmen, die den "
           "Staaten der Europäischen Union als Strategie zur Beendigung der Wirtschaftskrise auferlegt wurden, bekannt als "
           "Europäischer Anti-Gipfel. Menschen aus verschiedenen Ländern haben auf der Straße protestiert und die Ereignisse "
           "auf Twitter unter dem Hashtag #EuropeanSpring kommentiert."],
    quotes=[("„Andersdenkende“", "Demonstranten"),
            ("„Würde und Recht auf Leben und die Freiheit für Andersdenkende“", "Demonstranten")],
    aliases={"Demonstranten": ["Demonstranten"]})
