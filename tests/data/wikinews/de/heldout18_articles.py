# Eighteenth held-out German real-news set (tests/data/heldout18-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-99 and the eighteenth held-out rules 107 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, by title, and by
# an 8-word overlap search against the texts of all sets: no shared 8-word window). The annotation was finished and
# committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: the Austrian federal government: news items and releases of the Federal Chancellery (bundeskanzleramt.gv.at,
# bka.gv.at, bundeskanzleramt.at; one release on the OTS press-release service; two reposts that name the Chancellery as
# their source) and two releases of the Federal Ministry of Justice on OTS. No German federal text (bundesregierung.de,
# German federal ministries), no Swiss text (see SOURCES.md for why), no Parlamentskorrespondenz, Wikinews, Global
# Voices, Pressenza or Commission text. Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, BMJ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Bundeskanzleramt: news items of bundeskanzleramt.gv.at / bka.gv.at / bundeskanzleramt.at ---

add(id="ho18-bka-2021-12-nehammer-dialog",
    title="Bundeskanzler Nehammer: Dialog ist Grundlage für demokratisches Handeln",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2021/12/"
        "bundeskanzler-nehammer-dialog-ist-grundlage-fuer-demokratisches-handeln.html",
    retrieved="same address (stored news item of December 2021; the subtitle kept as its own line (rule 18); the line "
              "'Karl Nehammer' under the subtitle (the picture's caption) dropped (rule 14); the subheading 'Impfung als "
              "Schlüssel, die Freiheit zurückzubekommen' and the paragraph after it ('\"Ich bin froh, …\", so Nehammer. "
              "… Er erläut'), cut off in the stored copy, dropped with their two quotations (rule 15))",
    license=BKA,
    paras=["Erklärung im Nationalrat anlässlich des Amtsantrittes – Präsentation der Arbeitsschwerpunkte",
           '"Nach der Ernennung zum Bundeskanzler war es mir wichtig, rasch den Dialog zu suchen, Gespräche zu führen. '
           'Es gab auch einen vertrauensvollen Austausch mit den Oppositionsparteien. Dialog ist eine Grundlage für '
           'demokratisches Handeln", betonte Bundeskanzler Karl Nehammer bei seiner Erklärung im Nationalrat anlässlich '
           'seines Amtsantritts. Er bedankte sich bei Bundespräsident Van der Bellen und Vizekanzler Werner Kogler für '
           'die vertrauensvollen Gespräche, die dieser Ernennung vorausgegangen seien. Ebenso richtete er Dankesworte an '
           'die ausgeschiedenen und neuen Mitglieder der Bundesregierung.',
           '"Unser Land ist auch in der Vertretung seiner Menschen vielfältig, deshalb war es mir ein Anliegen, mit den '
           'Landeshauptleuten und Sozialpartnern sowie mit Expertinnen und Experten rasch ins Gespräch zu kommen. Ich '
           'erachte den Dialog als Schlüssel dafür, die Krise gemeinsam auch tatsächlich zu bewältigen", hielt der '
           'österreichische Regierungschef im Parlament fest.'],
    quotes=[('"Nach der Ernennung zum Bundeskanzler war es mir wichtig, rasch den Dialog zu suchen, Gespräche zu führen. '
             'Es gab auch einen vertrauensvollen Austausch mit den Oppositionsparteien. Dialog ist eine Grundlage für '
             'demokratisches Handeln"', "Karl Nehammer"),
            ('"Unser Land ist auch in der Vertretung seiner Menschen vielfältig, deshalb war es mir ein Anliegen, mit den '
             'Landeshauptleuten und Sozialpartnern sowie mit Expertinnen und Experten rasch ins Gespräch zu kommen. Ich '
             'erachte den Dialog als Schlüssel dafür, die Krise gemeinsam auch tatsächlich zu bewältigen"',
             "Karl Nehammer")],
    aliases={"Karl Nehammer": ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Nehammer", "Bundeskanzler Nehammer",
                               "Regierungschef"]})

add(id="ho18-bka-2022-10-nationalfeiertag-erklaerung",
    title="Bundesregierung erneuert Versprechen, aus Verantwortung für Österreich zu arbeiten",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/10/"
        "bundesregierung-erneuert-versprechen-aus-verantwortung-fuer-oesterreich-zu-arbeiten.html",
    retrieved="same address (stored news item of 26 October 2022; the subtitle kept as its own line (rule 18); the "
              "paragraph after the subheading's quotation ('Die angestrebte Energiewende … denn ein Despot, d'), cut off "
              "in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Erklärung von Bundeskanzler Karl Nehammer und Vizekanzler Werner Kogler zum Nationalfeiertag am 26. Oktober "
           "2022",
           '"Heute am Nationalfeiertag feiern wir Österreichs Unabhängigkeit und Neutralität, die fest in unserer '
           'Verfassung verankert ist. Vor einem Jahr haben wir diesen Tag unter vollkommen anderen Vorzeichen begangen. '
           'Werte und Prinzipien wie Unabhängigkeit und Neutralität haben auf dramatische Art und Weise an Aktualität '
           'gewonnen. Der 24. Februar, der völkerrechtswidrige Angriffskrieg Russlands auf die Ukraine und seine Folgen '
           'für Wirtschaft und Wohlstand stellen einen Bruch dar. Wir leben heute in schwierigen, unsicheren Zeiten. '
           'Deshalb wollen wir gerade jetzt diesen Nationalfeiertag nützen, um unser Versprechen, \'aus Verantwortung '
           'für Österreich\' zu arbeiten, zu erneuern", hielten Bundeskanzler Karl Nehammer und Vizekanzler Werner '
           'Kogler in einer gemeinsamen Erklärung zum Nationalfeiertag fest.',
           "Aufgabe der Politik sei es, darauf zu achten, gerade jetzt Sicherheit, Unabhängigkeit und Freiheit zu wahren, "
           "zu verteidigen und zu stärken. In Bezug auf Sicherheit bedeute dies, sich klar zur umfassenden "
           "Landesverteidigung und Sicherheitsvorsorge zu bekennen. Die Neueinschätzung der Bedrohungslage, die "
           "Aufstockung des Bundesheerbudgets und die Erhöhung der Mittel für die Entwicklungszusammenarbeit seien "
           "Österreichs Beitrag zu einer starken Friedens-, Sicherheits- und Außenpolitik im geeinten Europa.",
           "Auswirkungen gegensteuern und Zukunft unabhängiger und sicherer gestalten",
           '"Den wirtschaftlichen Auswirkungen des Angriffskriegs, die tagtäglich für immer mehr Menschen spürbar sind, '
           'steuern wir mit umfangreichen Hilfen entschlossen entgegen. So stärken wir auch den sozialen Frieden in '
           'unserem Land", so Kanzler und Vizekanzler.'],
    quotes=[('"Heute am Nationalfeiertag feiern wir Österreichs Unabhängigkeit und Neutralität, die fest in unserer '
             'Verfassung verankert ist. Vor einem Jahr haben wir diesen Tag unter vollkommen anderen Vorzeichen begangen. '
             'Werte und Prinzipien wie Unabhängigkeit und Neutralität haben auf dramatische Art und Weise an Aktualität '
             'gewonnen. Der 24. Februar, der völkerrechtswidrige Angriffskrieg Russlands auf die Ukraine und seine Folgen '
             'für Wirtschaft und Wohlstand stellen einen Bruch dar. Wir leben heute in schwierigen, unsicheren Zeiten. '
             'Deshalb wollen wir gerade jetzt diesen Nationalfeiertag nützen, um unser Versprechen, \'aus Verantwortung '
             'für Österreich\' zu arbeiten, zu erneuern"', "Karl Nehammer"),
            ('"Den wirtschaftlichen Auswirkungen des Angriffskriegs, die tagtäglich für immer mehr Menschen spürbar sind, '
             'steuern wir mit umfangreichen Hilfen entschlossen entgegen. So stärken wir auch den sozialen Frieden in '
             'unserem Land"', "Karl Nehammer")],
    aliases={"Karl Nehammer": ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Werner Kogler",
                               "Vizekanzler Werner Kogler", "Kanzler und Vizekanzler"]})

add(id="ho18-bka-2022-01-edtstadler-luehrmann",
    title="Europaministerin Edtstadler: Rechtsstaatlichkeit und Westbalkanerweiterung sind eine Frage der "
          "Glaubwürdigkeit der Europäischen Union",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/01/"
        "europaministerin-edtstadler-rechtsstaatlichkeit-und-westbalkanerweiterung-sind-eine-frage-der-"
        "glaubwuerdigkeit-der-europaeischen-union.html",
    retrieved="same address (stored news item of January 2022; the subtitle kept as its own line (rule 18); the "
              "subheading 'Rechtsstaatlichkeit neben Demokratie und Menschenrechten Grundkonglomerat unseres "
              "Zusammenlebens' and the paragraph after it ('Ein weiteres wichtiges Thema … \"Die Rechtsstaatlichkeit ist "
              "…\", hielt Europaministerin Edtstadler fest. Denn von den Beitrittskandidaten, wie jenen'), cut off in the "
              "stored copy, dropped with their quotation (rule 15))",
    license=BKA,
    paras=["Arbeitsbesuch der deutschen Staatsministerin für Europa und Klima, Anna Lührmann in Wien",
           'Am Freitag hat Europaministerin Karoline Edtstadler die deutsche Staatsministerin für Europa und Klima, Anna '
           'Lührmann, im Bundeskanzleramt in Wien zu einem Arbeitsgespräch empfangen. "Wir wissen, dass es eine starke '
           'Achse zwischen Paris und Berlin gibt. In Zukunft wird es hoffentlich eine noch stärkere Achse zwischen Berlin '
           'und Wien geben. Mit einer neuen Regierung, mit einem neuen frischen Wind in Deutschland hoffen wir, vieles, '
           'was in der Europäischen Union jetzt auf dem Tisch liegt, gemeinsam voranbringen zu können", sagte '
           'Europaministerin Karoline Edtstadler bei einer gemeinsamen Pressekonferenz mit Lührmann. Im Mittelpunkt des '
           'intensiven Austauschs stand die Konferenz zur Zukunft Europas, die Westbalkanerweiterung, die '
           'Rechtsstaatlichkeit und die Taxonomie Verordnung.',
           'Dabei wurde die Frage, wie es nach dem Mai mit der Zukunftskonferenz weitergehen solle, von den beiden für '
           'Europafragen zuständigen Regierungsmitgliedern als zentral erachtet: "Das wird sicher der essentiellste '
           'Punkt für die Bürgerinnen und Bürger werden", so Edtstadler, die festhielt, dass man die Entwicklung '
           'gemeinsam "wirklich intensiv vorantreiben" und auch Vertragsänderungen nicht von Beginn an ausschließen '
           'wolle.'],
    quotes=[('"Wir wissen, dass es eine starke Achse zwischen Paris und Berlin gibt. In Zukunft wird es hoffentlich eine '
             'noch stärkere Achse zwischen Berlin und Wien geben. Mit einer neuen Regierung, mit einem neuen frischen Wind '
             'in Deutschland hoffen wir, vieles, was in der Europäischen Union jetzt auf dem Tisch liegt, gemeinsam '
             'voranbringen zu können"', "Karoline Edtstadler"),
            ('"Das wird sicher der essentiellste Punkt für die Bürgerinnen und Bürger werden"', "Karoline Edtstadler"),
            ('"wirklich intensiv vorantreiben"', "Karoline Edtstadler")],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler",
                                     "Europaministerin Edtstadler", "Europaministerin"]})

add(id="ho18-bka-2020-01-edtstadler-rat-allgemeine-angelegenheiten",
    title="Europaministerin Edtstadler beim Rat Allgemeine Angelegenheiten in Brüssel",
    url="https://bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2020/"
        "europaministerin-edtstadler-beim-rat-allgemeine-angelegenheiten-in-bruessel.html",
    retrieved="same address (stored news item of 28 January 2020, complete; the subtitle kept as its own line (rule "
              "18); the closing line 'Bilder von diesem Termin sind über das Fotoservice des Bundeskanzleramts kostenfrei "
              "abrufbar.' dropped as furniture (rule 19))",
    license=BKA,
    paras=["Beratungen über Zukunft der EU und mehrjährigen Finanzrahmen",
           '"Im Rahmen der Konferenz zur Zukunft Europas müssen wir die richtigen Weichen stellen, um die großen '
           'Herausforderungen gemeinsam lösen zu können. Gleichzeitig ist es auch unsere Chance, das Vertrauen der '
           'Bürgerinnen und Bürger in die Europäische Union zurückzugewinnen und zu stärken", sagte Europaministerin '
           'Karoline Edtstadler anlässlich der Tagung der Europa- und Außenminister der EU am 28. Jänner in Brüssel.',
           'Das zentrale Thema des Rates Allgemeine Angelegenheiten war die geplante "Konferenz zur Zukunft Europas". '
           'Gemäß der Initiative der Europäischen Kommission sollen – in einem auf 2 Jahre angelegten Forum – aus Ideen '
           'der Bürgerinnen und Bürger konkrete Empfehlungen werden. Bundesministerin Edtstadler unterstrich, dass aus '
           'österreichischer Sicht eine Änderung der EU-Verträge notwendig sei. Diese müsse auch eine bessere Verankerung '
           'des Subsidiaritätsprinzips mit sich bringen: "Wir wollen mehr in den Regionen lassen, was dort besser '
           'geregelt werden kann, während wir andererseits die großen Fragen wie Migration, Digitalisierung und '
           'Cyberkriminalität gemeinsam angehen müssen." Auch die Verankerung der Rechtsstaatlichkeit im Primärrecht sei '
           'für die Ministerin ein wichtiger Baustein.',
           'Zu den Verhandlungen über den nächsten mehrjährigen Finanzrahmen der EU für die Jahre 2021 bis 2027 betonte '
           'Karoline Edtstadler, dass Österreich sich für ein "schlankes Budget" einsetze und bei seiner Forderung nach '
           'einem Prozent der Wirtschaftsleistung als Beitrag der EU-Mitgliedstaaten zum Gemeinschaftshaushalt bleibe.'],
    quotes=[('"Im Rahmen der Konferenz zur Zukunft Europas müssen wir die richtigen Weichen stellen, um die großen '
             'Herausforderungen gemeinsam lösen zu können. Gleichzeitig ist es auch unsere Chance, das Vertrauen der '
             'Bürgerinnen und Bürger in die Europäische Union zurückzugewinnen und zu stärken"', "Karoline Edtstadler"),
            ('"Konferenz zur Zukunft Europas"', None),
            ('"Wir wollen mehr in den Regionen lassen, was dort besser geregelt werden kann, während wir andererseits die '
             'großen Fragen wie Migration, Digitalisierung und Cyberkriminalität gemeinsam angehen müssen."',
             "Karoline Edtstadler"),
            ('"schlankes Budget"', "Karoline Edtstadler")],
    aliases={"Karoline Edtstadler": ["Karoline Edtstadler", "Europaministerin Karoline Edtstadler", "Edtstadler",
                                     "Europaministerin Edtstadler", "Bundesministerin Edtstadler", "Europaministerin",
                                     "Ministerin"]})

add(id="ho18-bka-2017-12-erster-ministerrat",
    title="Erster Ministerrat der neuen Bundesregierung",
    url="https://www.bundeskanzleramt.gv.at/-/erster-ministerrat-der-neuen-bundesregierung",
    retrieved="same address (stored news item of December 2017; the subtitle kept as its own line (rule 18); the "
              "published spaces in the numbers '1 948', '600 000', '4 000', '13 000' kept as the stored copy shows them "
              "(rule 20); the last line 'Fotos si', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Pressefoyer mit Bundeskanzler Kurz, Vizekanzler Strache und Regierungssprecher Launsky-Tieffenthal im "
           "Bundeskanzleramt",
           '"Es ist uns ein zentrales Anliegen, die kleinen und mittleren Einkommen zu entlasten. Wir haben uns daher '
           'heute darauf verständigt, dass Beiträge zur Arbeitslosenversicherung für Einkommen unter 1 948 Euro brutto '
           'reduziert werden sollen", sagte Bundeskanzler Sebastian Kurz beim Pressefoyer nach der ersten gemeinsamen '
           'Ministerratssitzung der neuen Regierung. Man habe die Sozialministerin und den Finanzminister beauftragt, '
           'dazu ein Detailkonzept zu erarbeiten. Dies werde auch ein Thema der Regierungsklausur am 4. und 5. Jänner '
           '2018 werden. "Über 600 000 Menschen in Österreich sollen davon profitieren", so Kurz.',
           'Weiters beschloss die Regierung Hilfsleistungen für rund 4 000 Flüchtlingsfamilien in Jordanien. "Das '
           'entspricht unserem Leitsatz, Hilfe vor Ort für die betroffenen Menschen zu leisten", bekräftigte '
           'Vizekanzler Heinz Christian Strache.',
           'Bundeskanzler und Vizekanzler berichteten ebenso über den Beitrag Österreichs zur Gedenkstätte beim '
           'ehemaligen Vernichtungslager Maly Trostinec in Weißrussland, wo rund 13 000 österreichische Jüdinnen und '
           'Juden ermordet wurden. "Das ist ein klares Bekenntnis zur historischen Verantwortung unseres Landes und zu '
           'unserer Mitschuld", betonte Bundeskanzler Kurz.',
           'Im Pressefoyer wurde zudem Peter Launsky-Tieffenthal als der neue Regierungssprecher vorgestellt. Der '
           'Diplomat wirkte bereits als Sprecher des Außenministeriums und Kommunikationsleiter der Vereinten Nationen '
           'in New York. Zuletzt leitete er die Sektion für Entwicklungszusammenarbeit im BMEIA. "Peter '
           'Launsky-Tieffenthal wird künftig für uns mit einer Stimme sprechen und eine bestmögliche Kommunikation mit '
           'den Medien sicherstellen", so Kurz. Für einen einheitlichen Auftritt der Regierung solle künftig auch eine '
           'gemeinsame Corporate Identity (CI) für alle Bundesministerien sorgen.'],
    quotes=[('"Es ist uns ein zentrales Anliegen, die kleinen und mittleren Einkommen zu entlasten. Wir haben uns daher '
             'heute darauf verständigt, dass Beiträge zur Arbeitslosenversicherung für Einkommen unter 1 948 Euro brutto '
             'reduziert werden sollen"', "Sebastian Kurz"),
            ('"Über 600 000 Menschen in Österreich sollen davon profitieren"', "Sebastian Kurz"),
            ('"Das entspricht unserem Leitsatz, Hilfe vor Ort für die betroffenen Menschen zu leisten"',
             "Heinz Christian Strache"),
            ('"Das ist ein klares Bekenntnis zur historischen Verantwortung unseres Landes und zu unserer Mitschuld"',
             "Sebastian Kurz"),
            ('"Peter Launsky-Tieffenthal wird künftig für uns mit einer Stimme sprechen und eine bestmögliche '
             'Kommunikation mit den Medien sicherstellen"', "Sebastian Kurz")],
    aliases={"Sebastian Kurz": ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Kurz", "Bundeskanzler Kurz",
                                "Bundeskanzler"],
             "Heinz Christian Strache": ["Heinz Christian Strache", "Vizekanzler Heinz Christian Strache", "Strache",
                                         "Vizekanzler Strache", "Vizekanzler"]})

add(id="ho18-bka-2017-05-kern-brandstetter",
    title="Bundeskanzler Kern zur Bestellung von Vizekanzler Brandstetter",
    url="https://www.bka.gv.at/-/bundeskanzler-kern-zur-bestellung-von-vizekanzler-brandstetter",
    retrieved="same address (stored news item of May 2017; the navigation word 'Inhalt' before the headline dropped as "
              "furniture (rule 19); the stored copy ends after the paragraph, which is kept whole)",
    license=BKA,
    paras=['"Wir stehen jetzt vor der Herausforderung, einen geordneten Übergang bis zu den kommenden Wahlen zu '
           'gewährleisten. Die Regierung muss ihre Verpflichtungen im Land sowie im internationalen Kontext wahrnehmen '
           'und auch das Tagesgeschäft ordentlich abarbeiten", sagte Bundeskanzler Christian Kern heute bei der '
           'Plenarsitzung des Parlaments. "Die ÖVP hat sich entschieden, Justizminister Brandstetter als Vizekanzler '
           'vorzuschlagen, ich danke ihm, dass er nun die Verantwortung übernimmt."'],
    quotes=[('"Wir stehen jetzt vor der Herausforderung, einen geordneten Übergang bis zu den kommenden Wahlen zu '
             'gewährleisten. Die Regierung muss ihre Verpflichtungen im Land sowie im internationalen Kontext wahrnehmen '
             'und auch das Tagesgeschäft ordentlich abarbeiten"', "Christian Kern"),
            ('"Die ÖVP hat sich entschieden, Justizminister Brandstetter als Vizekanzler vorzuschlagen, ich danke ihm, '
             'dass er nun die Verantwortung übernimmt."', "Christian Kern")],
    aliases={"Christian Kern": ["Christian Kern", "Bundeskanzler Christian Kern", "Bundeskanzler Kern", "Kern"]})

add(id="ho18-bka-2016-12-kern-gratuliert-van-der-bellen",
    title="Christian Kern gratuliert dem neuen Bundespräsidenten",
    url="https://www.bundeskanzleramt.at/-/christian-kern-gratuliert-dem-neuen-bundesprasidenten",
    retrieved="same address (stored news item of December 2016, complete; the navigation word 'Inhalt' before the "
              "headline, the closing line 'Fotos sind auf der Fotoservice-Seite des Bundespressedienstes online "
              "verfügbar.' and the press contact block ('Rückfragehinweis: … E-Mail: …') dropped as furniture (rules 19, "
              "48); the subtitle kept as its own line (rule 18))",
    license=BKA,
    paras=["Pressestatement gemeinsam mit Vizekanzler Mitterlehner",
           '"Ich möchte Alexander Van der Bellen herzlich gratulieren. Wir haben in ihm einen Partner, der proeuropäisch '
           'denkt, weltoffen ist, die Chancen in den Vordergrund stellt und nicht nur die Ängste bedient", sagte '
           'Bundeskanzler Christian Kern in einem gemeinsamen Pressestatement mit Vizekanzler Reinhold Mitterlehner.',
           '"Das Wahlergebnis ist denkbar knapp ausgefallen. Wir werden daher gemeinsam versuchen, dass sich keiner der '
           'Wählerinnen und Wähler als Verlierer fühlen muss. Wir haben die Botschaft verstanden. Ängste kann man nicht '
           'wegreden, man muss sie ernst nehmen. Wir werden daher unseren Regierungsstil so gestalten, dass sich die '
           'Menschen in Zukunft von uns gut repräsentiert fühlen."',
           'Auch der Vizekanzler gratulierte Van der Bellen und zollte gleichzeitig dem Ergebnis von Norbert Hofer '
           'Respekt: "Wir haben die Botschaft verstanden und müssen nun nach der Zeit der Polarisierung wieder das '
           'Gemeinsame vor das Trennende stellen."'],
    quotes=[('"Ich möchte Alexander Van der Bellen herzlich gratulieren. Wir haben in ihm einen Partner, der proeuropäisch '
             'denkt, weltoffen ist, die Chancen in den Vordergrund stellt und nicht nur die Ängste bedient"',
             "Christian Kern"),
            ('"Das Wahlergebnis ist denkbar knapp ausgefallen. Wir werden daher gemeinsam versuchen, dass sich keiner der '
             'Wählerinnen und Wähler als Verlierer fühlen muss. Wir haben die Botschaft verstanden. Ängste kann man nicht '
             'wegreden, man muss sie ernst nehmen. Wir werden daher unseren Regierungsstil so gestalten, dass sich die '
             'Menschen in Zukunft von uns gut repräsentiert fühlen."', "Christian Kern"),
            ('"Wir haben die Botschaft verstanden und müssen nun nach der Zeit der Polarisierung wieder das Gemeinsame '
             'vor das Trennende stellen."', "Reinhold Mitterlehner")],
    aliases={"Christian Kern": ["Christian Kern", "Bundeskanzler Christian Kern"],
             "Reinhold Mitterlehner": ["Reinhold Mitterlehner", "Vizekanzler Reinhold Mitterlehner",
                                       "Vizekanzler Mitterlehner", "Vizekanzler"]})

add(id="ho18-bka-2022-11-raab-gewaltschutz",
    title='Bundesministerin Raab: "Starker Schulterschluss der Regierung gegen Gewalt an Mädchen und Frauen"',
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2022/11/"
        "starker-schulterschluss-gegen-gewalt-an-maedchen-frauen.html",
    retrieved="same address (stored news item of November 2022; the subtitle kept as its own line (rule 18); the "
              "published comma inside the closing mark ('… Menschenrechte,\" betonte') and the full stop after the "
              "closing mark ('… Gewaltschutz\". Dadurch') kept (rule 20); the last paragraph ('Klar sei: ein Ressort "
              "alleine … betonte Ministerin Raab: \"Es ist einzigartig, dass es so eine enge A'), cut off in the stored "
              "copy inside its quotation, dropped (rule 15))",
    license=BKA,
    paras=["Pressefoyer nach dem Ministerrat – Maßnahmen gegen Gewalt gegen Frauen",
           '"Gewalt gegen Frauen ist völlig inakzeptabel, Frauenrechte sind unverhandelbare Menschenrechte," betonte '
           'Frauenministerin Susanne Raab beim Pressefoyer nach dem Ministerrat. Anlässlich der "16 Tage gegen Gewalt '
           'gegen Frauen" der UN, hat auch die Regierung Maßnahmen für den Gewaltschutz gesetzt. "Der Gewaltschutz hat '
           'im Frauenressort und in der Bundesregierung höchste Priorität. Das spiegelt sich auch in unserer Arbeit und '
           'in den finanziellen Ressourcen wider. Wir haben neuerlich unsere Ressourcen gebündelt und massiv aufgestockt, '
           'was den Gewaltschutz betrifft", so Raab. In allen zuständigen Ressorts, dem Frauenressort, dem Sozialressort, '
           'dem Justizressort und dem Innenressort wurden die Budgets erhöht.',
           '"Wir haben im letzten Jahr mit dem Gewaltschutzpaket bereits einen großen Meilenstein geschaffen", erinnerte '
           'Ministerin Raab. "Seit Beginn meiner Amtszeit haben wir das Frauenbudget mehr als verdoppelt, für das Jahr '
           '2023 sind 24,3 Millionen Euro budgetiert, ein Großteil davon geht in den Gewaltschutz". Dadurch konnten die '
           'Gewaltschutzzentren ausfinanziert werden, die Budgets der Frauen- und Mädchenberatungsstellen aufgestockt '
           'sowie die Frauenberatungsstellen bei sexueller Gewalt ausgebaut und Cybergewalt-Schulungsinitiativen '
           'eingesetzt werden. Darüber hinaus hat das Frauenressort koordiniert, dass eine bundesländerübergreifende '
           'Aufnahme von Hochrisikoopfern in Frauenhäusern gesichert ist und mit der ersten FGM-Koordinationsstelle ein '
           'österreichweites Service- und Kompetenzzentrum ins Leben gerufen, um alle handelnden Akteure in Bezug auf '
           'weibliche Genitalverstümmelung in Österreich besser zu vernetzen.'],
    quotes=[('"Starker Schulterschluss der Regierung gegen Gewalt an Mädchen und Frauen"', "Susanne Raab"),
            ('"Gewalt gegen Frauen ist völlig inakzeptabel, Frauenrechte sind unverhandelbare Menschenrechte,"',
             "Susanne Raab"),
            ('"16 Tage gegen Gewalt gegen Frauen"', None),
            ('"Der Gewaltschutz hat im Frauenressort und in der Bundesregierung höchste Priorität. Das spiegelt sich auch '
             'in unserer Arbeit und in den finanziellen Ressourcen wider. Wir haben neuerlich unsere Ressourcen gebündelt '
             'und massiv aufgestockt, was den Gewaltschutz betrifft"', "Susanne Raab"),
            ('"Wir haben im letzten Jahr mit dem Gewaltschutzpaket bereits einen großen Meilenstein geschaffen"',
             "Susanne Raab"),
            ('"Seit Beginn meiner Amtszeit haben wir das Frauenbudget mehr als verdoppelt, für das Jahr 2023 sind 24,3 '
             'Millionen Euro budgetiert, ein Großteil davon geht in den Gewaltschutz"', "Susanne Raab")],
    aliases={"Susanne Raab": ["Susanne Raab", "Frauenministerin Susanne Raab", "Raab", "Bundesministerin Raab",
                              "Ministerin Raab"]})

# --- Bundeskanzleramt: a release on OTS and two reposts that name the Chancellery as their source ---

add(id="ho18-bka-ots-2013-10-01-faymann-stabile-regierung",
    title='Bundeskanzler Faymann: "Stabile Regierung für Österreich bilden"',
    url="https://www.ots.at/presseaussendung/OTS_20131001_OTS0187/bundeskanzler-faymann-stabile-regierung-fuer-"
        "oesterreich-bilden",
    retrieved="same address (release of 1 October 2013 on the OTS press-release service under the plain dateline 'Wien "
              "(OTS)' (the SPÖ's press service dates its releases 'Wien (OTS/SK)'), reporting the Pressefoyer after the "
              "Ministerrat in the Bundeskanzleramt; the sender line is not in the stored copy, the release is taken as "
              "the Chancellery's (rule 111); the stored copy's date prefix ' date 2018-03' dropped (rule 63); the "
              "subtitle kept as its own line (rule 18); the last paragraph ('\"Die Gründe für die positive Bewertung … "
              "der niedri'), cut off in the stored copy inside its quotation, dropped (rule 15); the paragraph before it "
              "keeps its published closing colon)",
    license=BKA,
    paras=["Regierung mit Fortführung der Amtsgeschäfte betraut",
           'Wien (OTS) - "Was man vor der Wahl verspricht, soll man auch nach der Wahl einhalten. Daher werde ich, nach '
           'dem Auftrag des Bundespräsidenten zur Aufnahme von Regierungsverhandlungen, die Gespräche mit der '
           'zweitstärksten Partei aufnehmen", sagte Bundeskanzler Werner Faymann heute, Dienstag, im Pressefoyer nach '
           'dem Ministerrat im Bundeskanzleramt. Nach der Nationalratswahl am vergangenen Sonntag hatte die Regierung '
           'heute beschlossen, den Bundespräsidenten um Demissionierung zu ersuchen, dieses Ersuchen wurde von '
           'Bundespräsident Heinz Fischer angenommen. Gleichzeitig betraute der Präsident die bisherige Bundesregierung '
           'mit der Fortführung der Amtsgeschäfte bis zur Angelobung einer neuen Regierung. Im Anschluss daran fand eine '
           'weitere Sitzung des Ministerrats statt.',
           'Der Bundeskanzler bekräftigte, sich für eine Koalition aus zwei Parteien einsetzen zu wollen: "Mein Ziel ist '
           'es, auf Basis des Wahlergebnisses eine stabile Regierung für Österreich zu bilden. Es geht darum, bei den '
           'Wählerinnen und Wählern einen Vertrauensgewinn für die nächsten fünf Jahre zu erreichen." Bis zur Angelobung '
           'der neuen Regierung werde die bisherige Koalition weiterhin konstruktiv zusammenarbeiten.',
           'Der heutige Ministerrat habe sich unter anderem mit der aktuellen Arbeitsmarktlage beschäftigt: "Der '
           'Sozialminister rechnet bis zum Frühjahr des nächsten Jahres mit leichten Verbesserungen am österreichischen '
           'Arbeitsmarkt. Das ist aber noch kein Grund zur Entwarnung, besonders wenn man sich die gesamteuropäische '
           'Situation ansieht", so Faymann. Erfreulich sei die Bestätigung des Triple-A für Österreich durch die '
           'Rating-Agentur Fitch am vergangenen Wochenende:'],
    quotes=[('"Stabile Regierung für Österreich bilden"', "Werner Faymann"),
            ('"Was man vor der Wahl verspricht, soll man auch nach der Wahl einhalten. Daher werde ich, nach dem Auftrag '
             'des Bundespräsidenten zur Aufnahme von Regierungsverhandlungen, die Gespräche mit der zweitstärksten Partei '
             'aufnehmen"', "Werner Faymann"),
            ('"Mein Ziel ist es, auf Basis des Wahlergebnisses eine stabile Regierung für Österreich zu bilden. Es geht '
             'darum, bei den Wählerinnen und Wählern einen Vertrauensgewinn für die nächsten fünf Jahre zu erreichen."',
             "Werner Faymann"),
            ('"Der Sozialminister rechnet bis zum Frühjahr des nächsten Jahres mit leichten Verbesserungen am '
             'österreichischen Arbeitsmarkt. Das ist aber noch kein Grund zur Entwarnung, besonders wenn man sich die '
             'gesamteuropäische Situation ansieht"', "Werner Faymann")],
    aliases={"Werner Faymann": ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Faymann",
                                "Bundeskanzler"]})

p = ('Wien (bka) - "Wir feiern heute unseren Nationalfeiertag, den Feiertag der Neutralität und der Freiheit unseres '
     'Landes. Nach zehn Jahren der Besetzung war Österreich endlich frei und kein fremder Soldat mehr auf unserem '
     'Gebiet", sagte Bundeskanzler Sebastian Kurz anlässlich des österreichischen Nationalfeiertags. Die Rede des '
     'Kanzlers und der traditionelle Sonderministerrat fanden im Rahmen der Angelobung von über tausend Rekrutinnen und '
     'Rekruten des Österreichischen Bundesheeres am Wiener Heldenplatz statt. Zuvor legten der Bundeskanzler, '
     'Vizekanzler Heinz-Christian Strache, die Mitglieder der Bundesregierung sowie die Staatssekretärin und der '
     'Staatssekretär Kränze vor der Krypta des Äußeren Burgtores nieder.')
p2 = ('Der Bundeskanzler erinnerte in seiner Rede auch an das heurige Gedenkjahr: "Wir feiern in diesem Jahr auch die '
      'Gründung der Republik vor 100 Jahren. Geboren in Hunger, Angst und Selbstzweifel sollte das erste Kapitel der '
      'Demokratie in Österreich ein baldiges Ende finden." Der Erste Weltkrieg habe die Menschen und auch die Politik '
      'verrohen lassen. Es sei nach einer kurzen Zeit des Aufschwungs eine Zeit der politischen Extreme gefolgt. Das habe '
      'zum Untergang der Demokratie und später zu Gewalt, Krieg und der Shoa geführt. "Nach den Verwüstungen durch den '
      'Zweiten Weltkrieg hatten die Gründerväter der 2. Republik den Menschen im Land nicht viel anzubieten", so Sebastian '
      'Kurz und erinnerte dabei an die Weihnachtsansprache von Bundeskanzler Leopold Figl im Jahr 1945, der dazu aufrief, '
      'an dieses Österreich zu glauben. "Wir müssen dieser Generation, die unser Land nach dem Krieg wieder aufgebaut '
      'hat, immer dankbar sein, dass sie an unser Österreich geglaubt hat. Dieser Glaube hat uns allen geholfen, dass wir '
      'heute im schönsten Land der Welt leben dürfen", so der Kanzler.')
add(id="ho18-bka-oej-2018-10-26-kurz-nationalfeiertag",
    title="Sonderministerrat, Angelobung der Rekruten, Tag der offenen Tür im Bundeskanzleramt",
    url="http://oe-journal.at/Aktuelles/!2018/1018/W4/12910bkaKurz.htm",
    retrieved="same address (the Chancellery's release on the National Day 2018 as reposted by the Österreich Journal "
              "under the dateline 'Wien (bka)', which names the Chancellery as its source (rule 31); the stored copy "
              "begins with the release's subtitle, which is the first line (rules 18, 32); its hard line breaks joined "
              "with a space, so each stretch between subheadings is one paragraph (rule 48); the subheading '\"Bundesheer "
              "ist Garant für Frieden\"' and the text after it ('Dieser Gla'), cut off in the stored copy, dropped (rule "
              "15))",
    license=BKA,
    paras=[p, '"Glaube an Österreich ist weiterhin wichtig"', p2],
    quotes=[('"Wir feiern heute unseren Nationalfeiertag, den Feiertag der Neutralität und der Freiheit unseres Landes. '
             'Nach zehn Jahren der Besetzung war Österreich endlich frei und kein fremder Soldat mehr auf unserem '
             'Gebiet"', "Sebastian Kurz"),
            ('"Glaube an Österreich ist weiterhin wichtig"', "Sebastian Kurz"),
            ('"Wir feiern in diesem Jahr auch die Gründung der Republik vor 100 Jahren. Geboren in Hunger, Angst und '
             'Selbstzweifel sollte das erste Kapitel der Demokratie in Österreich ein baldiges Ende finden."',
             "Sebastian Kurz"),
            ('"Nach den Verwüstungen durch den Zweiten Weltkrieg hatten die Gründerväter der 2. Republik den Menschen im '
             'Land nicht viel anzubieten"', "Sebastian Kurz"),
            ('"Wir müssen dieser Generation, die unser Land nach dem Krieg wieder aufgebaut hat, immer dankbar sein, dass '
             'sie an unser Österreich geglaubt hat. Dieser Glaube hat uns allen geholfen, dass wir heute im schönsten Land '
             'der Welt leben dürfen"', "Sebastian Kurz")],
    aliases={"Sebastian Kurz": ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Kanzler"]})

add(id="ho18-bka-dc-2019-05-18-kurz-neuwahlen",
    title="Bundeskanzler Kurz: “Neuwahlen der einzige Weg für Österreich”",
    url="http://diplomacyandcommerce.at/?p=1297",
    retrieved="same address (the Chancellery's news item of 18 May 2019 as reposted by Diplomacy&Commerce Austria, "
              "which closes it with the source line '(bundeskanzleramt.gv.at)' (rule 31); the source line dropped; the "
              "subtitle kept as its own line (rule 18); the photo caption 'Am 18. Mai 2019 gab Bundeskanzler Sebastian "
              "Kurz eine Pressekonferenz zur aktuellen politischen Lage.' and its credit 'Foto; Arno Melicharek/BKA' "
              "dropped (rule 14); the published mixed marks '“…“' kept (rules 20, 21); complete in the stored copy)",
    license=BKA,
    paras=["Bundeskanzler zieht Konsequenzen aus aktuellen politischen Ereignissen",
           "Bundeskanzler Sebastian Kurz hat bei einem Pressestatement im Bundeskanzleramt zu den aktuellen politischen "
           "Vorkommnissen Stellung bezogen und rasch stattfindende Neuwahlen angekündigt. “Ich habe heute dem "
           "Bundespräsidenten vorgeschlagen, vorgezogene Wahlen in Österreich zum schnellstmöglichen Zeitpunkt "
           "durchzuführen. Ich lebe für die Politik nicht um ein Amt inne zu haben, sondern um etwas daraus zu machen und "
           "um für unser Land einen positiven Beitrag zu leisten. Mein Ziel ist einfach: Ich möchte gerne für unser "
           "wunderschönes Land arbeiten. Mit meinem politischen Zugang und meinem Kurs, und auch mit der Unterstützung "
           "der Mehrheit der Bevölkerung“, so Bundeskanzler Sebastian Kurz.",
           "Bundeskanzler Sebastian Kurz betonte in seiner Stellungnahme zudem, dass er allen Regierungsmitgliedern für "
           "die bisherige Arbeit danke. “Wir haben es geschafft, die Schuldenpolitik zu beenden. Wir haben es geschafft, "
           "die Steuerlast für die Bevölkerung zu senken. Wir haben es geschafft, die illegale Migration massiv zu "
           "reduzieren. Darüber hinaus Reformen in der Bildung einzuleiten, Sozialversicherungsträger zusammenzulegen und "
           "bei der Digitalisierung sind wir an der Spitze Europas“, so der Bundeskanzler."],
    quotes=[("“Neuwahlen der einzige Weg für Österreich”", "Sebastian Kurz"),
            ("“Ich habe heute dem Bundespräsidenten vorgeschlagen, vorgezogene Wahlen in Österreich zum "
             "schnellstmöglichen Zeitpunkt durchzuführen. Ich lebe für die Politik nicht um ein Amt inne zu haben, "
             "sondern um etwas daraus zu machen und um für unser Land einen positiven Beitrag zu leisten. Mein Ziel ist "
             "einfach: Ich möchte gerne für unser wunderschönes Land arbeiten. Mit meinem politischen Zugang und meinem "
             "Kurs, und auch mit der Unterstützung der Mehrheit der Bevölkerung“", "Sebastian Kurz"),
            ("“Wir haben es geschafft, die Schuldenpolitik zu beenden. Wir haben es geschafft, die Steuerlast für die "
             "Bevölkerung zu senken. Wir haben es geschafft, die illegale Migration massiv zu reduzieren. Darüber hinaus "
             "Reformen in der Bildung einzuleiten, Sozialversicherungsträger zusammenzulegen und bei der Digitalisierung "
             "sind wir an der Spitze Europas“", "Sebastian Kurz")],
    aliases={"Sebastian Kurz": ["Sebastian Kurz", "Bundeskanzler Sebastian Kurz", "Bundeskanzler Kurz",
                                "Bundeskanzler"]})

# --- Bundesministerium für Justiz: releases on OTS ---

add(id="ho18-bmj-ots-2011-01-13-bandion-ortner-zuruf",
    title="Bandion-Ortner: Justiz arbeitet unabhängig und nicht auf Zuruf",
    url="https://www.ots.at/presseaussendung/OTS_20110113_OTS0168/bandion-ortner-justiz-arbeitet-unabhaengig-und-nicht-"
        "auf-zuruf",
    retrieved="same address (release of 13 January 2011 on the OTS press-release service; the sender line is not in the "
              "stored copy: the release speaks for the minister in the ministry's press style and is taken as the "
              "ministry's (rule 111); the stored copy's date prefix ' date 2018-03' dropped (rule 63); the subtitle kept "
              "as its own line (rule 18); complete in the stored copy)",
    license=BMJ,
    paras=['"Es gibt keinen Grund an der Arbeit der Justizbehörden zu zweifeln"',
           "Wien (OTS) - Angesichts der aktuellen Aussagen des ehemaligen Finanzministers Karl-Heinz Grasser sieht sich "
           "Justizministerin Mag. Claudia Bandion-Ortner verpflichtet, darauf hinzuweisen, dass die österreichischen "
           "Justizbehörden unabhängig arbeiten.",
           '"Genau so, wie ich das immer wieder auftauchende politisch motivierte Verlangen nach Eingreifen in laufende '
           'Verfahren zurückweise, weise ich Grassers Behauptung, wonach die Justiz willkürlich handelt, zurück", so '
           'Bandion-Ortner.',
           'Man solle die unabhängige Justiz in Ruhe arbeiten lassen - ohne Zurufe von aktiven aber auch ohne Zurufe von '
           'ehemaligen Politikern, erklärte die Ministerin: "Das ist ein Grundsatz unseres Rechtsstaats, zu dem sich '
           'alle bekennen sollten."'],
    quotes=[('"Es gibt keinen Grund an der Arbeit der Justizbehörden zu zweifeln"', "Claudia Bandion-Ortner"),
            ('"Genau so, wie ich das immer wieder auftauchende politisch motivierte Verlangen nach Eingreifen in laufende '
             'Verfahren zurückweise, weise ich Grassers Behauptung, wonach die Justiz willkürlich handelt, zurück"',
             "Claudia Bandion-Ortner"),
            ('"Das ist ein Grundsatz unseres Rechtsstaats, zu dem sich alle bekennen sollten."',
             "Claudia Bandion-Ortner")],
    aliases={"Claudia Bandion-Ortner": ["Claudia Bandion-Ortner", "Justizministerin Mag. Claudia Bandion-Ortner",
                                        "Bandion-Ortner", "Ministerin"]})

add(id="ho18-bmj-ots-2013-03-06-karl-alles-was-recht-ist",
    title='BM Karl präsentiert neues Buch zur Justiz "Alles was Recht ist"',
    url="https://www.ots.at/presseaussendung/OTS_20130306_OTS0069/bm-karl-praesentiert-neues-buch-zur-justiz-alles-was-"
        "recht-ist",
    retrieved="same address (release of 6 March 2013 on the OTS press-release service; the sender line is not in the "
              "stored copy: the release presents the ministry's own publication, offered on www.bmj.gv.at, and is taken "
              "as the ministry's (rule 111); complete in the stored copy)",
    license=BMJ,
    paras=['Wien (OTS) - Bundesministerin Beatrix Karl präsentierte heute das Buch "Alles was Recht ist" bei einer '
           'Pressekonferenz. Auf knapp 200 Seiten erklärt der Justiz-Ratgeber verständlich und unterhaltsam, welche '
           'Aufgaben die österreichische Justiz wahrnimmt und bietet Antworten zu wichtigen Alltagsfragen aus den '
           'Bereichen Wohnen, Familie, Arbeit, Alter und Erben.',
           '"Die Justiz ist die Visitenkarte unseres Rechtsstaates. Das Justizressort ist für wesentliche Teile der '
           'Gesetzgebung zuständig, gerade für Gesetze, die uns alle in unserem täglichen Leben begleiten. Umso wichtiger '
           'sind daher gut verständliche Informationsangebote darüber, wie die Justiz funktioniert und wie man zu seinem '
           'Recht kommt", betonte Karl bei der Pressekonferenz. Ziel des Ratgebers sei es, die Bevölkerung besser über '
           'die Justiz zu informieren. Vor Erscheinen des Buches hatte eine österreichweite Vertrauensstudie diesbezügliche '
           'Wissenslücken aufgezeigt. So fühlten sich 58% der Befragten nicht ausreichend informiert. Aus diesem Grund '
           'setzt Justizministerin Beatrix Karl verstärkt auf Maßnahmen in den Bereichen Ausbildung, Information und '
           'Kommunikation.',
           '"Alles was Recht ist" wird ab Mitte März an allen Gerichten und Justizeinrichtungen mit Bürgerkontakt sowie '
           'weiteren Bürgerservicestellen von Bund und Ländern erhältlich sein. Die Publikation kann ab sofort online '
           'unter www.bmj.gv.at abgerufen und auch als Printversion kostenlos bestellt werden.'],
    quotes=[('"Alles was Recht ist"', None, 0),
            ('"Alles was Recht ist"', None, 1),
            ('"Die Justiz ist die Visitenkarte unseres Rechtsstaates. Das Justizressort ist für wesentliche Teile der '
             'Gesetzgebung zuständig, gerade für Gesetze, die uns alle in unserem täglichen Leben begleiten. Umso '
             'wichtiger sind daher gut verständliche Informationsangebote darüber, wie die Justiz funktioniert und wie '
             'man zu seinem Recht kommt"', "Beatrix Karl"),
            ('"Alles was Recht ist"', None, 2)],
    aliases={"Beatrix Karl": ["Beatrix Karl", "Bundesministerin Beatrix Karl", "Justizministerin Beatrix Karl", "Karl",
                              "BM Karl"]})
