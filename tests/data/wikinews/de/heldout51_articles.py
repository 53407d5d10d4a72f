# Fifty-first held-out German real-news set (tests/data/heldout51-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 320). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against
# all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Fifty-first held-out set": texts of the German Federal Government (bundesregierung.de,
# bundeskanzler.de; licences.BREG), news items of the Austrian Federal Chancellery (bundeskanzleramt.gv.at; licences.BKA)
# and releases of the Austrian Parliament's Parlamentskorrespondenz on the OTS
# press-release service (licences.PK). Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, BREG, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de / bundeskanzler.de ---

DNP_P6 = ("\"Nachhaltigkeit ist zum ökonomischen Faktor geworden und das bietet der Politik große Chancen\", betonte Günther "
          "Bachmann, Generalsekretär des Rats für Nachhaltige Entwicklung. Und  Stefan Schulze-Hausmann, Initiator und "
          "Vorstand des Stiftungsvereins Deutscher Nachhaltigkeitspreis e.V., ergänzte, dass \"die Anerkennung durch unseren "
          "Preis ein Schwungrad für einen ernstzunehmenden Klimaschutz\" sei.")

add(id="ho51-breg-2019-11-merkel-nachhaltigkeitspreis",
    title="Deutscher Nachhaltigkeitspreis Kanzlerin trifft Vorreiter der Nachhaltigkeit",
    url="https://www.bundesregierung.de/breg-de/themen/nachhaltigkeitspolitik/nachhaltigkeitspreis-1689586",
    retrieved="same address (stored page of November 2019; the page-title line 'Kanzlerin trifft Vorreiter der "
              "Nachhaltigkeit', which repeats the headline, dropped, and the kicker and headline, which the stored copy runs "
              "together in one line, are the first line (rules 18, 150); '1 Min. Lesedauer', the image text 'Gruppenfoto der "
              "Bundeskanzlerin mit Vertretern …', the caption 'Im Austausch über den Wandel …' and the credit 'Foto: "
              "Bundesregierung/Steins' dropped as furniture (rule 93); the published double space in 'Und  Stefan' kept (rule "
              "20); the last paragraph 'Der Deutsche Nachhaltigkeitspreis ist eine Auszeichnung für Nachhaltigkeit. … Die "
              "Stiftung Deutscher Nachhaltigkeitspreis verleiht d', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Die Kanzlerin hat Vertreter von besonders nachhaltigen Unternehmen im Kanzleramt empfangen. Sie lobte die "
           "Unternehmen, die mit dem Deutschen Nachhaltigkeitspreis ausgezeichnet wurden, für ihren Beitrag zur Umsetzung "
           "der Agenda 2030.",
           "Bundeskanzlerin Angela Merkel hat im Kanzleramt Vertreterinnen und Vertreter von fünf Unternehmen empfangen, die "
           "in der Vergangenheit mit dem Deutschen Nachhaltigkeitspreis ausgezeichnet wurden. Dabei wurde diskutiert, wie "
           "die deutsche Wirtschaft zur Umsetzung der Ziele der Agenda 2030 für nachhaltige Entwicklung beitragen kann und "
           "welche Rahmenbedingungen dafür erforderlich sind.",
           "Nachhaltigkeit ist ein ökonomischer Faktor",
           "Die Unternehmensvertreter stellten der Kanzlerin vor, wie sie den Wandel hin zu einer nachhaltigen Gesellschaft "
           "unterstützen. Die Bundeskanzlerin würdigte das Engagement der Preisträger als wichtigen Beitrag auf dem Weg zu "
           "einer nachhaltigen Entwicklung.",
           DNP_P6],
    quotes=[(cut(DNP_P6, "\"Nachhaltigkeit ist", "große Chancen\""), "Günther Bachmann"),
            (cut(DNP_P6, "\"die Anerkennung", "Klimaschutz\""), "Stefan Schulze-Hausmann")],
    aliases={"Günther Bachmann": ["Günther Bachmann"],
             "Stefan Schulze-Hausmann": ["Stefan Schulze-Hausmann"]})

add(id="ho51-bk-2022-12-scholz-nachhaltigkeitspreis",
    title="15 Jahre Deutscher Nachhaltigkeitspreis Nachhaltigkeit bedeutet, heute schon an morgen zu denken",
    url="https://www.bundeskanzler.de/bk-de/aktuelles/kanzler-deutscher-nachhaltigkeitspreis-2146168",
    retrieved="same address (stored page of December 2022; the page-title line 'Nachhaltigkeit bedeutet, heute schon an "
              "morgen zu denken', which repeats the headline, and the navigation list ('Bundeskanzler ⏐ Startseite', 'Olaf "
              "Scholz', 'Aktuelles', 'Kanzleramt', 'Mediathek', 'Service') dropped, and the kicker and headline, which the "
              "stored copy runs together in one line, are the first line (rules 18, 150); the image text 'Bundeskanzler Olaf "
              "Scholz hält eine Rede …', the caption 'Bundeskanzler Scholz beim Deutschen Nachhaltigkeitspreis: …' and the "
              "credit 'Foto: Bundesregierung/Grabowsky' dropped (rule 93); trailing spaces at two paragraph ends dropped; the "
              "subheading 'Wie kommen wir vom Umdenken zum Umsetzen?' and the paragraph after it, 'Der Bundeskanzler nannte in "
              "seiner ', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Bundeskanzler Scholz hat der Stiftung Deutscher Nachhaltigkeitspreis zu ihrem 15. Jubiläum und zu ihrer "
           "wichtigen Arbeit in den vergangenen 15 Jahren herzlich gratuliert. Veränderung sei möglich – „wenn wir Dinge "
           "umdenken und umsetzen“, betonte der Kanzler.",
           "Bundeskanzler Olaf Scholz hat in Düsseldorf die diesjährige Verleihung des Deutschen Nachhaltigkeitspreises "
           "eröffnet. Er beglückwünschte die Preisträgerinnen und Preisträger sowie alle Nominierten.",
           "Die diesjährigen Ehrenpreisträgerinnen und -preisträger sind Fürst Albert von Monaco, Cradle to Cradle Erfinder "
           "Prof. Michael Braungart, Model und Stifterin Toni Garrn, die französische Sängerin Zaz, Sänger und Songwriter "
           "Michael Patrick Kelly. Weitere Preise werden in den Kategorien Unternehmen, Kommunen, Forschung, Architektur, "
           "sowie ab 2022 Sport verliehen. Dazu kommen Sonderpreise: Globale Partnerschaften, Start-ups und Verpackung.",
           "Der Deutsche Nachhaltigkeitspreis (DNP) vergibt seit 2008 jährlich Preise für wegweisende Beiträge, die sich mit "
           "dem Thema „Transformation in eine nachhaltige Zukunft“ beschäftigen. Ziele dabei sind, "
           "Nachhaltigkeitsinitiativen zu vernetzen, Partnerschaften anzuregen und Beispiele guter Praxis sichtbar zu "
           "machen. Der DNP wird bei einem zweitägigen Fachkongress verliehen. Er ist eine der größten Auszeichnungen "
           "seiner Art in Europa."],
    quotes=[("„wenn wir Dinge umdenken und umsetzen“", "Olaf Scholz"),
            ("„Transformation in eine nachhaltige Zukunft“", None)],
    aliases={"Olaf Scholz": ["Olaf Scholz", "Bundeskanzler Olaf Scholz", "Bundeskanzler Scholz", "Kanzler"]})

# --- OTS: releases of the Parlamentskorrespondenz ---

PRAMMER_P1 = ("Wien (PK) - In Reaktion auf die Presseaussendung von ÖVP-Klubobmann Kopf, in der dieser für eine "
              "Beschleunigung der Gespräche über diverse Anti-Korruptions-Maßnahmen eintritt, begrüßt "
              "Nationalratspräsidentin Barbara Prammer dessen heutiges Einlenken. Prammer: \"Auch ich werde weiterhin "
              "unterstützend tätig sein, damit die Verhandlungen rasch und effizient weitergeführt werden\". Wie in einem "
              "heutigen Mediengespräch auch von ihr dargestellt, liege das Verhandlungsergebnis in den Händen der "
              "Fraktionen, eine baldige Einigung wäre sehr begrüßenswert. \"Ich halte daher die Abhaltung einer "
              "parlamentarischen Enquete noch vor dem Sommer für zielführend\" so die Nationalratspräsidentin abschließend.")

add(id="ho51-pk-ots-2011-06-14-prammer-korruption",
    title="Korruption: Prammer weiter für aktive Gespräche Enquete noch vor dem Sommer zielführend",
    url="https://www.ots.at/presseaussendung/OTS_20110614_OTS0221/korruption-prammer-weiter-fuer-aktive-gespraeche-"
        "enquete-noch-vor-dem-sommer-zielfuehrend",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 14.06.2011; the "
              "headline and subtitle, which the stored copy runs together in one line, kept so (rule 18); the hard line "
              "break inside the last quotation joined with a space (rule 48); the end mark '(Schluss)', the contact block "
              "'Rückfragen & Kontakt: Eine Aussendung der Parlamentskorrespondenz …' and the OTS footer dropped (rule 48); "
              "complete in the stored copy)",
    license=PK,
    paras=[PRAMMER_P1],
    quotes=[(cut(PRAMMER_P1, "\"Auch ich", "weitergeführt werden\""), "Barbara Prammer"),
            (cut(PRAMMER_P1, "\"Ich halte", "zielführend\""), "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer", "Prammer",
                                 "Nationalratspräsidentin"]})

KHOL_P4 = ("Khol erinnerte daran, dass Vorarlberger seinen eigenen Werdegang nicht unmaßgeblich begleitet hätten und verwies "
           "darauf, dass Vorarlberger in Wien außerordentlich erfolgreich gewesen seien. Besonders hob Khol dabei Gottfried "
           "Feurstein, der \"mindestens 40 ASVG-Novellen mitgestaltet\" habe, die Staatssekretäre Hans Bürkle und Carl "
           "Bobleter sowie Föderalismusminister Jürgen Weiss hervor. \"Von Beginn der Republik haben Vorarlberger an "
           "prominenter Stelle mitgewirkt\", würdigte Präsident Khol das Engagement der Vertreter des Ländle im Bund.")

add(id="ho51-pk-ots-2004-11-24-vorarlberg-buch",
    title="VORARLBERG IN WIEN Neues Buch im Hohen Haus vorgestellt",
    url="https://www.ots.at/presseaussendung/OTS_20041124_OTS0290/vorarlberg-in-wien-neues-buch-im-hohen-haus-vorgestellt",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 24.11.2004; the "
              "headline and subtitle, which the stored copy runs together in one line, kept so (rule 18); hard line breaks "
              "inside paragraphs joined with a space (rule 48); the paragraph 'Autor Walter Zirker dankte den Anwesenden … Er "
              "ging auf die Besonderheiten de', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - Nationalratspräsident Andreas Khol und Bundesratsvizepräsident Jürgen Weiss stellten heute "
           "Nachmittag im Hohen Haus das Buch \"Vorarlberger in Parlament und Regierung 1848-2000\" vor. An der "
           "Buchpräsentation nahm ebenso zahlreiches wie prominentes Publikum teil, darunter Bundesministerin Elisabeth "
           "Gehrer und Landesrat Erich Schwärzler.",
           "Weiss eröffnete den Rednerreigen und blickte in seinen Ausführungen auf das Wirken bedeutender Vorarlberger "
           "Vertreter in Wien zurück. Bereits seit der frühen Neuzeit hätten es immer wieder Vorarlberger zu hohen und "
           "höchsten Ämtern in Wien gebracht wie beispielsweise Josef Hartmann, der 1721 Bürgermeister von Wien wurde, oder "
           "Anton Marxer, der dortselbst Domprobst zu Sankt Stephan war.",
           "Vor allem aber in der Ersten und Zweiten Republik habe es eine Vielzahl von Politikern gegeben, welche die "
           "Geschichte des Landes maßgeblich mitgeprägt hätten, führte Weiss weiter aus und nannte dabei unter anderen "
           "Bundeskanzler Otto Ender, Vizekanzler Jodok Fink, Finanzminister Johann Mittelberger, Unterrichtsminister Ernst "
           "Kolb, den langjährigen Parlamentarier Pius Fink und die gegenwärtige Bildungsministerin Elisabeth Gehrer, auf "
           "deren Verdienste um das Land er entsprechend einging.",
           KHOL_P4],
    quotes=[("\"Vorarlberger in Parlament und Regierung 1848-2000\"", None),
            (cut(KHOL_P4, "\"mindestens", "mitgestaltet\""), "Andreas Khol"),
            (cut(KHOL_P4, "\"Von Beginn", "mitgewirkt\""), "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol", "Präsident Khol"]})

add(id="ho51-pk-ots-2006-10-26-offenes-parlament",
    title="Großes Interesse am historischen Parlamentsgebäude Offenes Parlament am Nationalfeiertag",
    url="https://www.ots.at/presseaussendung/OTS_20061026_OTS0030/grosses-interesse-am-historischen-parlamentsgebaeude-"
        "offenes-parlament-am-nationalfeiertag",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.10.2006; the "
              "headline and subtitle, which the stored copy runs together in one line, kept so (rule 18); the end mark "
              "'(Forts.)', the contact block 'Rückfragen & Kontakt: Eine Aussendung der Parlamentskorrespondenz …' and the "
              "OTS footer, cut off in the stored copy, dropped (rule 48); the body complete in the stored copy)",
    license=PK,
    paras=["Wien (PK) - Mit einem herzlichen \"Guten Morgen!\" hieß Nationalratspräsident Andreas Khol eine Minute vor 9 Uhr "
           "die ersten Besucherinnen und Besucher beim diesjährigen Tag der offenen Tür des Parlaments persönlich "
           "willkommen. Knapp 400 Interessierte warteten auf das Öffnen des Haupteingangs auf der Parlamentsrampe, der "
           "sonst nur Staatsbesuchen vorbehalten ist. Begrüßen konnte der Nationalratspräsident neben einer Vielzahl von "
           "Wienerinnen und Wienern, darunter zahlreiche Schülerinnen und Schüler, Gäste aus verschiedenen Bundesländern, "
           "Besucher aus Polen, China sowie der Slowakei, wobei Präsident Khol seine Fremdsprachenkenntnisse einmal mehr "
           "unter Beweis stellte. Um als eine der Ersten Hansens Prachtbau besichtigen zu können, hatte eine Japanerin "
           "bereits ab 6 Uhr vor dem neuen Zentraleingang direkt hinter dem Pallas Athene-Brunnen auf das Öffnen der Tore "
           "gewartet.",
           "Der Rundgang führte die Gäste in die Säulenhalle, den geschichtsträchtigen Reichsratssitzungssaal sowie in den "
           "prachtvoll ausgestatteten Budgetsaal und den Empfangssalon des Nationalratspräsidenten. Im Plenarsaal des "
           "Nationalrates begrüßte Präsidentin Barbara Prammer die Besucher des Hauses. Besonders erfreut zeigte sich die "
           "Präsidentin, dass die ersten Gäste, die sie im Hohen Haus willkommen heißen konnte, ein Ehepaar aus ihrem "
           "Heimatbundesland Oberösterreich war.",
           "Auch das Palais Epstein, das nach seiner umfassenden Restaurierung vor einem Jahr wiedereröffnet wurde, steht "
           "der interessierten Bevölkerung sowie Besuchern aus aller Welt zur Besichtigung offen. Das Parlament und das "
           "Palais Epstein werden heute ihre Tore bis 17 Uhr offen halten."],
    quotes=[("\"Guten Morgen!\"", "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Präsident Khol",
                              "Nationalratspräsident"]})


# --- bundeskanzleramt.gv.at: news items of the Austrian Federal Chancellery ---

EDT1_P1 = ("Viel Interesse zeigten die Europa-Gemeinderätinnen und Europa-Gemeinderäte am 21. November 2022 bei einer "
           "virtuellen \"Europa-Sprechstunde\", zu der Europaministerin Karoline Edtstadler und der Präsident des "
           "Österreichischen Gemeindebundes, Alfred Riedl, geladen hatten. \"Die Beteiligung ist sehr groß, das freut mich "
           "ganz besonders. Wir haben über 100 Anmeldungen für diese 'Europa-Sprechstunde' erhalten und viele Fragen sind "
           "bereits vorab bei uns eingegangen. Vielen Dank dafür!\", so Edtstadler zu Beginn der Diskussionsrunde. Groß und "
           "vielfältig war dann auch die Themenpalette, die im Mittelpunkt der Gespräche mit den teilnehmenden "
           "Europa-Gemeinderätinnen und Europa-Gemeinderäten stand: Es ging unter anderem um die Asyl- und Migrationspolitik "
           "der EU, die restriktiven Maßnahmen der EU gegen Russland aufgrund des Krieges in der Ukraine und die Ergebnisse "
           "der \"Konferenz zur Zukunft Europas\".")

add(id="ho51-bka-2022-11-edtstadler-europa-sprechstunde",
    title="Virtuelle \"Europa-Sprechstunde\" mit Karoline Edtstadler: \"Die EU war noch nie so geeint wie jetzt\"",
    url="https://www.bundeskanzleramt.gv.at/themen/europa-aktuell/2022/virtuelle-europa-sprechstunde-mit-karoline-"
        "edtstadler-die-eu-war-noch-nie-so-geeint-wie-jetzt.html",
    retrieved="same address (stored news item of the Federal Chancellery's 'Europa aktuell' pages, November 2022; the "
              "subtitle kept as its own line (rule 18); the image caption 'Europa-Sprechstunde mit Bundesministerin Karoline "
              "Edtstadler (r.) und Gemeindebundpräsident Alfred Riedl (l.)' dropped (rule 93); the subheading "
              "'Europaministerin Edtstadler: \"Wir brauchen ein funktionierendes gemeinsames europäisches Asylsystem\"' and "
              "the paragraph after it, 'Einleitend griff Europaministerin Edtstadler … Wir brauchen daher ein funktionierendes "
              "gemeinsames eu', cut off in the stored copy inside its quotation, dropped (rule 15))",
    license=BKA,
    paras=["Europaministerin Karoline Edtstadler und Gemeindebund-Präsident Alfred Riedl im Dialog mit "
           "Europa-Gemeinderätinnen und Europa-Gemeinderäten – Im Fokus: Migration, der Krieg in der Ukraine und ein Résumé "
           "zur \"Konferenz zur Zukunft Europas\"",
           EDT1_P1],
    quotes=[("\"Europa-Sprechstunde\"", None, 0),
            ("\"Die EU war noch nie so geeint wie jetzt\"", "Karoline Edtstadler"),
            ("\"Konferenz zur Zukunft Europas\"", None, 0),
            ("\"Europa-Sprechstunde\"", None, 1),
            (cut(EDT1_P1, "\"Die Beteiligung", "Vielen Dank dafür!\""), "Karoline Edtstadler"),
            ("\"Konferenz zur Zukunft Europas\"", None, 1)],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler"]})

EDT2_P1 = ("\"Die Europäische Union fängt in der Gemeinde an. Es ist mir daher eine große Freude, dass wir heute neue "
           "Initiativen für EU-Gemeinderätinnen und -Gemeinderäte präsentieren können\", sagte Europaministerin Karoline "
           "Edtstadler bei einer gemeinsamen Pressekonferenz mit dem Präsidenten des Österreichischen Gemeindebunds, Alfred "
           "Riedl, im Bundeskanzleramt. Laut einer aktuellen Eurobarometer-Umfrage vom Dezember 2020 unterstützen nur 22 "
           "Prozent die Europäische Union genauso wie sie derzeit ist. Mittlerweile seien es 70 Prozent, die für eine "
           "Veränderung eintreten. 39 Prozent davon gaben an, die Union \"eher\" zu unterstützen, würden sich aber Reformen "
           "wünschen. 31 Prozent sehen die EU skeptisch und würden ihre Meinung aber ändern, wenn es entsprechende Reformen "
           "gäbe.")
EDT2_P3 = ("\"Ich habe von Anfang an für den raschen Beginn der Zukunftskonferenz auf europäischer Ebene plädiert. Es ist "
           "jetzt wichtiger denn je, über die Zukunft der Europäischen Union zu sprechen\", betonte Edtstadler. Bereits bei "
           "den Österreich-Dialogen seien die EU-Gemeinderätinnen und -Gemeinderäte wichtige Ansprechpartner gewesen. Es "
           "handle sich um ein europaweit einzigartiges Vorzeigeprojekt. \"Sie sind erste Ansprechpartner für Fragen rund um "
           "die EU und wichtige Bindeglieder zwischen der Europäischen Union und den Gemeinden. Sie unterstützen bei "
           "Informationen zu Förderungen, bei gemeinsamen Lösungen und beim Abholen von Geldern aus der Union\", so die "
           "Europaministerin. Es seien derzeit über 1.200 EU-Gemeinderätinnen und -Gemeinderäte über das 2.095 Gemeinden "
           "umfassenden Bundesgebiet verteilt.")

add(id="ho51-bka-2021-03-edtstadler-eu-gemeinderaete",
    title="Bundesministerin Edtstadler: Initiativen der EU in die Gemeinden bringen",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2021/03/bundesministerin-"
        "edtstadler-initiativen-der-eu-in-die-gemeinden-bringen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, March 2021; the "
              "subtitle kept as its own line and the subheading 'Bindeglied zwischen EU und Gemeinden' as a line of its own "
              "(rule 18); the published slip 'das 2.095 Gemeinden umfassenden Bundesgebiet' kept (rule 20); the paragraph "
              "'\"Mein ganz klares Ziel ist es, dass wir in jeder Gemeinde Österreichs … Es wäre wünschenswert, wenn jede im ', "
              "cut off in the stored copy inside its quotation, dropped with its unclosed quotation (rule 15))",
    license=BKA,
    paras=["Neue Initiativen für Europagemeinderätinnen und -gemeinderäte – Ansprechpartner in jeder Gemeinde als Ziel",
           EDT2_P1,
           "Bindeglied zwischen EU und Gemeinden",
           EDT2_P3],
    quotes=[(cut(EDT2_P1, "\"Die Europäische", "präsentieren können\""), "Karoline Edtstadler"),
            ("\"eher\"", None),
            (cut(EDT2_P3, "\"Ich habe", "zu sprechen\""), "Karoline Edtstadler"),
            (cut(EDT2_P3, "\"Sie sind", "aus der Union\""), "Karoline Edtstadler")],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler",
                                     "Bundesministerin Edtstadler", "Europaministerin"]})

ZUK_P6 = ("\"Als Europaministerin ist es mir besonders wichtig, dass Schülerinnen und Schüler sich am Zukunftsprozess "
          "beteiligen und die Diskussion mitgestalten. Meine Aufgabe ist es, diesen jungen Menschen Gehör zu verschaffen\", so "
          "die Europaministerin zum Abschluss der Gespräche.")

add(id="ho51-bka-2020-07-edtstadler-schueler-zukunftsvisionen",
    title="Schülerinnen und Schüler über ihre Zukunftsvisionen zur EU",
    url="https://bundeskanzleramt.gv.at/themen/unsere-Zukunft-eu-neu-denken/oesterreich-dialoge-zur-eu-in-wien/"
        "schuelerinnen-und-schueler-ueber-ihre-zukunftsvisionen-zur-eu.html",
    retrieved="same address (stored news item of the Federal Chancellery's pages on the 'Österreich-Dialoge' on the future "
              "of the EU, July 2020; the subtitle kept as its own line (rule 18); the last stored paragraph, of which only its "
              "first letter 'W' survives, dropped (rule 15). A second stored copy of the same page under "
              "www.bundeskanzleramt.gv.at, which shows the image caption 'Karoline Edtstadler mit Schülerinnen und Schülern' "
              "and is cut off inside the closing quotation, is left out, so that the text is in one document only (rule 93))",
    license=BKA,
    paras=["Am 2. Juli 2020 empfing Europaministerin Karoline Edtstadler Schülerinnen und Schüler, um mit ihnen über ihre "
           "Vorstellungen zur Zukunft der Europäischen Union zu sprechen",
           "Österreichischen Jugendlichen liegt Europa am Herzen. Gerade deshalb sind Gespräche mit Jugendlichen, den "
           "Erwachsenen von Morgen, im Dialog zur EU-Zukunftskonferenz besonders wichtig. Europaministerin Karoline "
           "Edtstadler lud eine Wiener Schülerinnen- und Schülergruppe zum Austausch ins Bundeskanzleramt ein.",
           "Im Mittelpunkt der Gespräche stand vor allem die Frage: \"Wie soll die EU in 25 Jahren aussehen?\". Dabei "
           "zeigte sich, dass die Europäische Union für Schülerinnen und Schüler naturgemäß als selbstverständlich erachtet "
           "wird. Gerade deshalb wünschen sich die jungen Menschen, dass auch in Zukunft viele Errungenschaften und "
           "Projekte, wie zum Beispiel das Studienaustauschprogramm \"Erasmus+\", weitergeführt werden.",
           "In Bezug auf \"Erasmus+\" unterstrich die Europaministerin, dass Auslandsaufenthalte ein wichtiges Instrument "
           "zur Stärkung des gegenseitigen Verständnisses seien und Menschen zusammenbringen würden. Aus diesem Grund soll "
           "auch in Zukunft dieses Projekt als ein zentrales Element der Förderung von Studierenden, aber auch von "
           "Lehrlingen bestehen bleiben. Das EU-Budget für die kommenden 7 Jahre für diesen Bereich wurde nicht zuletzt "
           "fast verdoppelt.",
           "Interesse zeigten die Schülerinnen und Schüler auch an den Themen Gleichstellung und Chancengleichheit zwischen "
           "Männern und Frauen, Klimawandel und Migration. In all diesen Themenbereichen wünschen sich die Jugendlichen, "
           "dass sie in die Diskussionen und Veränderungen aktiv miteinbezogen werden.",
           ZUK_P6],
    quotes=[("\"Wie soll die EU in 25 Jahren aussehen?\"", None),
            ("\"Erasmus+\"", None, 0),
            ("\"Erasmus+\"", None, 1),
            (cut(ZUK_P6, "\"Als Europaministerin", "Gehör zu verschaffen\""), "Karoline Edtstadler")],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin"]})

add(id="ho51-bka-2022-11-eu-kids-day",
    title="\"EU Kids Day\" 2022: Europaministerin Karoline Edtstadler bringt Schülerinnen und Schülern die EU näher",
    url="https://bundeskanzleramt.gv.at/themen/europa-aktuell/2022/eu-kids-day-2022-europaministerin-karoline-edtstadler-"
        "bringt-schuelerinnen-und-schuelern-die-eu-naeher.html",
    retrieved="same address (stored news item of the Federal Chancellery's 'Europa aktuell' pages, November 2022; the "
              "subtitle kept as its own line (rule 18); the subheading 'Europaministerin Karoline Edtstadler: \"Bedeutung der "
              "EU als Friedensprojekt größer denn je zuvor\"' and the paragraph after it, 'Zu Beginn hob Europaministerin "
              "Karoline Edtstadler … Daher bitt', cut off in the stored copy inside its last quotation, dropped with all their "
              "quotations (rule 15), so that only the motto, event-name and scare-quote spans remain)",
    license=BKA,
    paras=["\"Entdecke das Geheimnis Europas\": \"EU Kids Day\" 2022 ermöglichte Schülerinnen und Schülern \"europäische\" "
           "Einblicke – Europaministerin Karoline Edtstadler stellte sich den Fragen der Schülerinnen und Schüler",
           "\"Entdecke das Geheimnis Europas\": Unter diesem Motto fand am 14. November 2022 der \"EU Kids Day\" in der Vienna "
           "Business School Schönborngasse im 8. Wiener Gemeindebezirk statt. Insgesamt rund 300 Schülerinnen und Schüler "
           "aus 13 Schulklassen in Wien nahmen im Rahmen der Veranstaltung an Workshops zu Politik, Sprachen und Kulturen "
           "unterschiedlicher EU-Mitgliedstaaten teil – sowie an einer spannenden Diskussionsrunde mit Europaministerin "
           "Karoline Edtstadler."],
    quotes=[("\"EU Kids Day\"", None, 0),
            ("\"Entdecke das Geheimnis Europas\"", None, 0),
            ("\"EU Kids Day\"", None, 1),
            ("\"europäische\"", None),
            ("\"Entdecke das Geheimnis Europas\"", None, 1),
            ("\"EU Kids Day\"", None, 2)],
    aliases={})

RAAB_P2 = ("Raab betonte dabei, dass sich aus den Studien drei Fragen ergeben würden: \"Zum Ersten geht es um die Frage, welche "
           "Herausforderungen sich für die Integration nach Corona in Bezug auf den gesellschaftlichen Zusammenhalt ergeben. "
           "Zum Zweiten ist es für uns wichtig, überall dort hinzusehen, wo unser Wertesystem ins Wanken gerät. Unser Fokus "
           "liegt hier vor allem auf der Integration von Frauen mit Migrationshintergrund, insbesondere was die "
           "Gleichstellung von Mann und Frau betrifft. Die dritte Frage bezieht sich darauf, wie es uns gelingen kann, dass "
           "sich Menschen mit Migrationshintergrund in Österreich heimisch fühlen und wie wir Parallelgesellschaften "
           "entgegenwirken können.\"")
RAAB_P4 = ("Die Corona-Krise sei für die Integration eine schwierige Situation gewesen, denn \"Integration lebt von der "
           "Begegnung, dem Miteinandersprechen und In-Austausch-Treten. Wir wollen nun alles daransetzen, dass diese "
           "Begegnungen wieder verstärkt stattfinden\", so Susanne Raab. Daher wird die Ministerin im Oktober eine "
           "\"Österreich-Tour\" sowie die Gesprächsreihe \"Integration vor Ort\" starten und dorthin gehen, wo Integration "
           "tatsächlich passiert: in den Regionen und Gemeinden. \"Wir wollen im Rahmen dieser Tour mit "
           "Integrationsgemeinderäten, mit den Bürgermeisterinnen und Bürgermeistern, aber ganz bewusst auch mit den "
           "Bürgerinnen und Bürgern sprechen und erörtern, wo Corona für die Integration ein Hemmschuh war und wie man "
           "wieder aufholen kann, etwa durch das Ehrenamt.\"")

add(id="ho51-bka-2021-09-raab-integration-begegnungen",
    title="Bundesministerin Raab: \"Integration lebt von Begegnungen\"",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2021/09/bundesministerin-raab-"
        "integration-lebt-von-begegnungen.html",
    retrieved="same address (stored news item 'Nachrichten der Bundesregierung' of the Federal Chancellery, September 2021; "
              "the subtitle and the subheading 'Herausforderungen für den gesellschaftlichen Zusammenhalt durch Corona' kept as "
              "lines of their own (rule 18); the stored copy ends with the closing mark of the last paragraph, which is kept "
              "as complete (rule 17))",
    license=BKA,
    paras=["Raab startet im Oktober \"Österreich-Tour\" und Gesprächsreihe \"Integration vor Ort\"",
           "Integrationsministerin Susanne Raab hat am Dienstag im Rahmen eines Pressegesprächs im Bundeskanzleramt gemeinsam "
           "mit dem Meinungsforscher Rudolf Bretschneider politische Schlussfolgerungen aus den beiden Studien im "
           "Integrationsbereich \"Zusammenhalt und Spaltung\" und \"Was denkt Österreich?\" gezogen.",
           RAAB_P2,
           "Herausforderungen für den gesellschaftlichen Zusammenhalt durch Corona",
           RAAB_P4],
    quotes=[("\"Integration lebt von Begegnungen\"", "Susanne Raab"),
            ("\"Österreich-Tour\"", None, 0),
            ("\"Integration vor Ort\"", None, 0),
            ("\"Zusammenhalt und Spaltung\"", None),
            ("\"Was denkt Österreich?\"", None),
            (cut(RAAB_P2, "\"Zum Ersten", "entgegenwirken können.\""), "Susanne Raab"),
            (cut(RAAB_P4, "\"Integration lebt von der", "verstärkt stattfinden\""), "Susanne Raab"),
            ("\"Österreich-Tour\"", None, 1),
            ("\"Integration vor Ort\"", None, 1),
            (cut(RAAB_P4, "\"Wir wollen im Rahmen", "das Ehrenamt.\""), "Susanne Raab")],
    aliases={"Susanne Raab": ["Susanne Raab", "Integrationsministerin Susanne Raab", "Raab", "Bundesministerin Raab",
                              "Ministerin"]})

BGLD_P2 = ("\"Die Gemeinde ist jene Ebene wo Europa stattfindet. Die Europäische Union ist nicht in Brüssel und nicht in "
           "Straßburg – die Europäische Union ist dort, wo die Menschen leben. Dort, wo die Bürgerinnen und Bürger Bedürfnisse "
           "haben. Die Gemeinden haben besonders während der Coronavirus-Krise einen wertvollen Beitrag geleistet und sich um "
           "essentielle Dinge des täglichen Bedarfs gekümmert. Es ist mir ein großes Anliegen, dass besonders die Menschen in "
           "den Regionen in den Dialog über die Zukunft der Europäischen Union miteinbezogen werden und über Veränderungen "
           "mitbestimmen können\", so die Europaministerin zu den Gesprächen.")

add(id="ho51-bka-2020-edtstadler-burgenland-eu-gemeinderaete",
    title="Diskussion mit EU-Gemeinderätinnen und EU-Gemeinderäten",
    url="https://bundeskanzleramt.gv.at/themen/unsere-Zukunft-eu-neu-denken/oesterreich-dialoge-zur-eu-im-burgenland/"
        "diskussion-mit-eu-gemeinderaetinnen-und-eu-gemeinderaeten.html",
    retrieved="same address (stored news item of the Federal Chancellery's pages on the 'Österreich-Dialoge' in Burgenland, "
              "2020; the subtitle kept as its own line (rule 18); the link lines 'Weitere Informationen:' and 'Informationen "
              "zu den Österreich-Dialogen von Europaministerin Karoline Edtstadler auf Facebook' dropped as site furniture "
              "(rule 93); otherwise complete as stored)",
    license=BKA,
    paras=["Auch im Burgenland nahm sich Europaministerin Karoline Edtstadler Zeit für einen Austausch mit "
           "EU-Gemeinderätinnen und EU-Gemeinderäten",
           BGLD_P2],
    quotes=[(cut(BGLD_P2, "\"Die Gemeinde", "mitbestimmen können\""), "Karoline Edtstadler")],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Europaministerin"]})

BXL_P2 = ("18 Europa-Gemeinderätinnen und Europa-Gemeinderäte aus fast allen österreichischen Bundesländern hatten von 25. bis "
          "29. September 2022 die Möglichkeit, Brüssel \"von innen\" kennenzulernen. \"Ich freue mich, dass es nach Jahren "
          "Covid-19-bedingter Pause wieder möglich ist, Reisen in die 'europäische Hauptstadt' durchzuführen. Denn die "
          "Europa-Gemeinderätinnen und Europa-Gemeinderäte üben auf lokaler und regionaler Ebene eine wichtige Aufgabe aus, "
          "sind sie doch häufig die erste Anlaufstelle bei Fragen der Bürgerinnen und Bürger. Sie bringen die EU in die "
          "Regionen und Gemeinden – und damit genau dorthin, wo die Menschen sich Lösungen für aktuelle Herausforderungen "
          "erwarten\", betonte Europaministerin Karoline Edtstadler, die sich für das Engagement der ehrenamtlich tätigen "
          "Europa-Gemeinderätinnen und Europa-Gemeinderäte bedankte.")

add(id="ho51-bka-2022-09-europa-erfahren-bruessel",
    title="\"EUropa erfahren\": Junge Europa-Gemeinderätinnen und Europa-Gemeinderäte aus Österreich erkunden Brüssel",
    url="https://bundeskanzleramt.gv.at/themen/europa-aktuell/2022/europa-erfahren-junge-europa-gemeinderaetinnen-und-europa-"
        "gemeinderaete-aus-oesterreich-erkunden-bruessel.html",
    retrieved="same address (stored news item of the Federal Chancellery's 'Europa aktuell' pages, September/October 2022; "
              "the subtitle kept as its own line (rule 18); the subheading 'Per Nachtzug nachhaltig nach Brüssel' and the "
              "paragraph after it, 'Die teilnehmenden Europa-Gemeinderätinnen … die jungen Mandatarinnen und Man', cut off in "
              "the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Mehrtägige Studienreise in die \"europäische Hauptstadt\" – Initiative \"Europa fängt in der Gemeinde an\" ist "
           "Best-Practice-Projekt aus Österreich",
           BXL_P2,
           "Die Brüssel-Reise wurde von der Europäischen Kommission – Vertretung in Österreich und vom Europäischen Parlament "
           "– Verbindungsbüro in Österreich gemeinsam mit dem Bundeskanzleramt Österreich organisiert. Als bewusstes Zeichen "
           "im \"Europäischen Jahr der Jugend\" 2022 setzte sich der Kreis der Teilnehmenden aus jungen "
           "Europa-Gemeinderätinnen und Europa-Gemeinderäten zusammen."],
    quotes=[("\"EUropa erfahren\"", None),
            ("\"europäische Hauptstadt\"", None),
            ("\"Europa fängt in der Gemeinde an\"", None),
            ("\"von innen\"", None),
            (cut(BXL_P2, "\"Ich freue mich", "Herausforderungen erwarten\""), "Karoline Edtstadler"),
            ("\"Europäischen Jahr der Jugend\"", None)],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler"]})
