# Four-hundred-and-forty-eighth held-out German real-news set (tests/data/heldout448-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets (among them rules 2260-2263 of the
# four-hundred-and-thirty-third set on the releases of the Bavarian Interior Ministry) and the new rules of this set,
# 2320-2324). None of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug or
# release number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-forty-eighth held-out set": seven press releases and two news items
# of the Bavarian State Ministry of the Interior, for Sport and Integration (StMI), 2014-2024, as stored under the
# ministry's domains (innenministerium.bayern.de, stmi.bayern.de, bayerisches-innenministerium.de,
# innenministerium-bayern.de; licence BAYSTMI, defined in the four-hundred-and-thirty-third set: "The reproduction and use
# of press releases and speeches is generally permitted subject to reference to the source"). Other releases than that
# set's: the minister Joachim Herrmann on the Courage-Medaille (2014 and 2023), the 'Stern der Sicherheit' 2016, the
# Bayerischer Sportpreis 2018, the 150th anniversary of the Freiwillige Feuerwehr München (2016) and Gerhard Eck's 60th
# birthday (2020); the Staatssekretär Sandro Kirchner at the fire brigades of Kulmain (2023) and Wörth am Main (2024) and
# at the new police building in Hauzenberg (2023). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture (date lines, photo captions, notes to
# the media) is dropped (rules 14, 2261, 2321, 2322), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


HERRMANN = "Joachim Herrmann"
KIRCHNER = "Sandro Kirchner"
KIRCHNER_FORMS = ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]

# --- StMI press release 303b/2014, 12 September 2014: Herrmann awards the Courage-Medaille to 29 citizens ---

CM14_SUB = ("Gewalttaten verhindert, Raub- und Diebstahlserien gestoppt - Bayerns Innenminister Joachim Herrmann ehrt 29 "
            "Bürgerinnen und Bürger mit Medaille für Verdienste um die Innere Sicherheit: Courage bringt Sicherheit - "
            "Exzellente Botschafter für vorbildliche Zivilcourage")
CM14_P1 = ("+++ Sie haben Gewalttaten verhindert, Raub- und Diebstahlsserien gestoppt, wichtige Hinweise zur Festnahme von "
           "Straftätern gegeben und Leben gerettet: Bayerns Innenminister Joachim Herrmann hat deswegen heute in München 29 "
           "Bürgerinnen und Bürger mit der Medaille für Verdienste um die Innere Sicherheit ausgezeichnet. \"Ich habe "
           "größten Respekt vor Ihrem mutigen Einschreiten\", würdigte Herrmann die Geehrten bei der Feierstunde. \"Sie "
           "sind exzellente Botschafter für vorbildliche Zivilcourage und haben sich in besonderer Weise um die Innere "
           "Sicherheit verdient gemacht!\" +++")
CM14_P2 = ("Herrmann erinnerte auch an Dominik Brunner und dessen Tod vor genau fünf Jahren am S-Bahnhof in Solln: "
           "\"Dominik Brunner kam am 12. September 2009 grausam ums Leben, weil er Kinder vor Gewalttätern beschützen "
           "wollte. Dieses furchtbare Ereignis hat uns alle erschüttert und die Zivilcourage in den Mittelpunkt gerückt.\" "
           "Herrmann appellierte: \"Wir brauchen in unserer Gesellschaft eine Kultur des Hinschauens und der "
           "Zivilcourage\". Man solle nicht wegschauen, wenn Mitmenschen belästigt oder geschlagen werden. Niemand könne "
           "ausschließen, dass er selbst einmal auf die Hilfe anderer angewiesen ist. Daher müssen alle wachsam sein und im "
           "Notfall füreinander einstehen. Für Herrmann steht fest: \"Zivilcourage bringt Sicherheit.\"")

add(id="ho448-stmi-2014-09-12-herrmann-courage-medaille",
    title="Herrmann verleiht Courage-Medaille",
    url="https://innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2014/303b/index.php",
    retrieved="same address (press release 303b of the StMI, 12 September 2014; a second stored copy under "
              "stmi.bayern.de./med/pressemitteilungen/pressearchiv/2014/303b/index.php has the same wording; the date line "
              "'München, 12.09.2014' dropped (rule 2261); subtitle kept as a line; the last paragraph 'Die Ehrung mit der "
              "Courage-Medaille fand heuer zum 21. Mal statt. Die Laudationes zu den einzelnen Fällen können Sie dem Anhang "
              "entnehmen. Die Bilder der Medaillenaushändigung sind voraussichtlich gegen 16.30 Uhr unter "
              "https://www.dropbox.com/… abrufbar.' and the link label 'Anhang', notes to the media, dropped (rule 2322); "
              "the published 'Raub- und Diebstahlserien' (subtitle) beside 'Diebstahlsserien' (teaser) kept (rule 20))",
    license=BAYSTMI,
    paras=[CM14_SUB, CM14_P1, CM14_P2],
    # the cue-less second quotation continues `"…", würdigte Herrmann …` (NOTES.md continuation); the quotation after the
    # colon of `Herrmann erinnerte auch an Dominik Brunner …:` opens with the dead man's name, which is no cue (rule 9);
    # the full stop after `Zivilcourage"` stays outside the span (rule 20); the Konjunktiv sentences after it are
    # unmarked (rule 5)
    quotes=[(cut(CM14_P1, "\"Ich habe", "Einschreiten\""), HERRMANN),
            (cut(CM14_P1, "\"Sie sind", "gemacht!\""), HERRMANN),
            (cut(CM14_P2, "\"Dominik", "gerückt.\""), HERRMANN),
            (cut(CM14_P2, "\"Wir brauchen", "Zivilcourage\""), HERRMANN),
            (cut(CM14_P2, "\"Zivilcourage bringt", "Sicherheit.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI news item ('Aktuelles'), 11 September 2023, stored under the slug of 19 October 2022: Courage-Medaille ---

CM23_T = "Vorbilder für Zivilcourage: Herrmann verleiht Courage-Medaille an 31 Menschen"
CM23_P1 = ("München, 11. September 2023 (stmi). Als „großartige Vorbilder für Zivilcourage“ hat heute Bayerns Innenminister "
           "Joachim Herrmann 31 Bürgerinnen und Bürger ausgezeichnet: Sie haben sich mit ihrem mutigen und beherzten Handeln "
           "auf unterschiedliche Weise mit ihrem außergewöhnlichen Einsatz für die Innere Sicherheit in Bayern verdient "
           "gemacht.")
CM23_P2 = ("Herrmann verlieh ihnen heute gemeinsam mit Landespolizeipräsident Michael Schwald im Rahmen einer Feierstunde in "
           "München die ‚Medaille für Verdienste um die Innere Sicherheit‘ – kurz Courage-Medaille.")
CM23_P3 = ("„Wir ehren mit dieser Auszeichnung außergewöhnliche Menschen, die sich in besonderer Weise für die Sicherheit und "
           "den Schutz unserer Gesellschaft eingesetzt haben“, betonte Herrmann. „Die Courage-Medaille symbolisiert Mut, "
           "Entschlossenheit und Engagement.“")
CM23_SUB = "Nicht wegschauen, sofort Polizei rufen"
CM23_P4 = ("Der Innenminister erinnerte heute auch an die Terroranschläge in den USA am 11. September 2001, durch die viele "
           "couragierte Menschen ihr Leben lassen mussten, beispielsweise weil sie Menschen aus den brennenden "
           "Zwillingstürmen retten wollten.")
CM23_P5 = ("Zudem erinnerte Herrmann an Dominik Brunner, der nach einem grausamen Angriff starb, als er am 12. September 2009 "
           "Jugendliche vor einem gewalttätigen Übergriff in der S-Bahn beschützen wollte. „Der Name ‚Dominik Brunner‘ "
           "steht seitdem bundesweit für Zivilcourage. Wir werden das Gedenken an ihn immer in Ehren halten“, erklärte "
           "Herrmann und machte deutlich: „Niemand muss sich in Lebensgefahr bringen. Wichtig ist aber, nicht wegzuschauen "
           "und zumindest gleich die Polizei zu verständigen.“")

add(id="ho448-stmi-aktuell-2023-09-11-herrmann-courage-medaille",
    title=CM23_T,
    url="https://stmi.bayern.de/med/aktuell/archiv/2022/221019courage-medaille",
    retrieved="same address (news item of the StMI in its 'Aktuelles' archive, marked '(stmi)' in its dateline; the stored "
              "copy of this address without a trailing slash holds the item of 11 September 2023, although the slug names "
              "19 October 2022, while the copy of the same address with a trailing slash holds the item of 19 October 2022; "
              "the 2023 text is used as stored (rule 2321); the photo caption 'Innenminister Herrmann und alle Geehrten im "
              "Odeon' and its credit '© Matthias Balk' above the headline dropped (rules 14, 2321); the dateline "
              "'München, 11. September 2023 (stmi).' kept in the first paragraph (rule 2321); the subheading 'Nicht "
              "wegschauen, sofort Polizei rufen' kept as a line (rule 13); the subheading 'Medaille für Verdienste um die "
              "Innere Sicherheit' and the paragraph 'Bürgerinnen und Bürger, die sich … verdient gemacht haben, werden "
              "seit ', cut off in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[CM23_P1, CM23_P2, CM23_P3, CM23_SUB, CM23_P4, CM23_P5],
    # the label in marks that the minister confers on the honoured is his (rule 2323); the medal's name in single low-high
    # marks is null (rules 160, 2263; checked by eye, build.py does not check these marks); the dead man's name in single
    # marks stays inside Herrmann's span (rule 110); Michael Schwald, who confers the medal with him, says nothing in marks;
    # `Der Innenminister` names only Herrmann (rule 44)
    quotes=[("„großartige Vorbilder für Zivilcourage“", HERRMANN),
            ("‚Medaille für Verdienste um die Innere Sicherheit‘", None),
            (cut(CM23_P3, "„Wir ehren", "haben“"), HERRMANN),
            (cut(CM23_P3, "„Die Courage", "Engagement.“"), HERRMANN),
            (cut(CM23_P5, "„Der Name", "halten“"), HERRMANN),
            (cut(CM23_P5, "„Niemand", "verständigen.“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI news item ('Aktuelles'), 9 May 2016: Herrmann awards the 'Stern der Sicherheit' for the fourth time ---

SDS_T = "Herrmann verleiht 'Stern der Sicherheit'"
SDS_P1 = ("München, 9. Mai 2016 (stmi). Innenminister Joachim Herrmann hat in München sieben Persönlichkeiten den 'Stern der "
          "Sicherheit' für ihre außergewöhnlichen Verdienste um die Innere Sicherheit verliehen.")
SDS_P2 = ("\"Unsere Geehrten haben sich langjährig und nachhaltig für die Gesellschaft, das Gemeinwohl und die Sicherheit "
          "ihrer Mitmenschen stark gemacht\", betonte Herrmann bei der Feierstunde im Odeon des Innenministeriums, die heuer "
          "zum vierten Mal stattfand. \"Wir sind stolz auf solche Bürgerinnen und Bürger in unserer Mitte!\" Im Namen der "
          "gesamten Bayerischen Staatsregierung dankte der Innenminister für das vorbildliche Engagement. \"Insbesondere auch "
          "unseren Geehrten haben wir es zu verdanken, dass wir in Bayern sicherer leben können als anderswo.\" Wie Herrmann "
          "erläuterte, sind die Herausforderungen groß, seien es die Flüchtlingskrise, die anhaltend hohen Terrorgefahren "
          "oder auch tragische Unglücke wie der Zugunfall bei Bad Aibling. \"Umso wichtiger sind die vielen Bürgerinnen und "
          "Bürger in Bayern, die sich haupt- oder ehrenamtlich mit Herzblut für die Innere Sicherheit engagieren\", so der "
          "Innenminister. Herausragende Verdienste um die Innere Sicherheit würdigt der Freistaat seit 2013 mit der "
          "Bayerischen Staatsmedaille 'Stern der Sicherheit'. Die Medaille wird an maximal 15 Personen pro Jahr verliehen.")

add(id="ho448-stmi-aktuell-2016-05-09-herrmann-stern-der-sicherheit",
    title=SDS_T,
    url="http://www.innenministerium.bayern.de/med/aktuell/archiv/2016/160509sicherheit/",
    retrieved="same address (news item of the StMI in its 'Aktuelles' archive, 9 May 2016, marked '(stmi)' in its dateline, "
              "which is kept in the first paragraph (rule 2321); the photo caption 'Verleihung  'Stern der Sicherheit' am 9. "
              "Mai 2016: Innenminister Joachim Herrmann mit den Geehrten' and its credit '© Christoph Schedensack' dropped "
              "with the name in it (rules 14, 2321); the link line 'Die Bilder der Medaillenaushändigung finden Sie hier.' "
              "dropped (rule 2322); the list heading 'Heute wurden ausgezeichnet:' and the first item ('Verlagsbuchhändlerin "
              "aus München, …' with its laudation '\"Nach dem Abitur in München absolvierten Sie … in führender Positio'), "
              "cut off in the stored copy, dropped with the rest (rules 15, 2322))",
    license=BAYSTMI,
    paras=[SDS_P1, SDS_P2],
    # the medal's name in ASCII single marks is null in the title and in the body (rules 2176, 2263; by occurrence index,
    # checked by eye, build.py does not check these marks); the cue-less quotations continue the minister after `betonte
    # Herrmann` and after the narrated `dankte der Innenminister …` (NOTES.md continuation, rule 2262); the report `Wie
    # Herrmann erläuterte, …` has no marks (rule 5)
    quotes=[("'Stern der Sicherheit'", None, 0),
            ("'Stern der Sicherheit'", None, 1),
            (cut(SDS_P2, "\"Unsere Geehrten", "gemacht\""), HERRMANN),
            (cut(SDS_P2, "\"Wir sind", "Mitte!\""), HERRMANN),
            (cut(SDS_P2, "\"Insbesondere", "anderswo.\""), HERRMANN),
            (cut(SDS_P2, "\"Umso wichtiger", "engagieren\""), HERRMANN),
            ("'Stern der Sicherheit'", None, 2)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI press release 269/2018, 18 July 2018: invitation to the award of the Bayerischer Sportpreis 2018 ---

SP_T = ("Einladung - Ministerpräsident Dr. Markus Söder und Sportminister Joachim Herrmann verleihen \"Bayerischen "
        "Sportpreis 2018\"")
SP_SUB = ("Ministerpräsident Dr. Markus Söder und Sportminister Joachim Herrmann verleihen \"Bayerischen Sportpreis 2018\" an "
          "Jahrhundertsportlerinnen und -sportler in der BMW Welt in München wie unter anderem: Franz Beckenbauer, Rosi "
          "Mittermaier-Neureuther, Maria Höfl-Riesch, Verena Bentele, Klaus Wolfermann und Heide Ecker-Rosendahl - große "
          "TV-Gala mit Senta Berger, Günter Netzer, Wolfgang Fierek, der Band BOSSE und vielen mehr - Einladung an die "
          "Presse")
SP_P1 = ("Anlässlich des Jubiläumsjahres 100 Jahre Freistaat und 200 Jahre Verfassungsstaat Bayern wird der Bayerische "
         "Sportpreis heuer unter diesem Motto „WIR FEIERN BAYERN“ von Ministerpräsident Dr. Markus Söder und Sportminister "
         "Joachim Herrmann an Jahrhundertsportlerinnen und -sportler verliehen. Die Veranstaltung findet statt")
SP_P2 = ("Die Veranstaltung ist laut Herrmann ein besonderer Anlass, um die einzigartigen Trainingsbedingungen, "
         "vorausschauende und zielgerichtete Investitionen in die Sportstätten des Landes und besonders auch in die "
         "hervorragende Arbeit der haupt- wie auch ehrenamtlichen Sportfachleute in Verbänden und Vereinen zu würdigen. "
         "„Bayern ist Sportland Nummer eins – unsere Spitzensportler genießen auf der ganzen Welt hohes Ansehen und das nicht "
         "nur wegen der regelmäßigen Medaillenflut bei den Olympischen Spielen, Weltmeister- oder Europameisterschaften“, so "
         "Herrmann. „Unsere Sportlerinnen und Sportler sind wahre Exportschlager, auf der ganzen Welt kennt man ihre "
         "Gesichter, sie sind Idole für die Jugend. Vor allem im Wintersport und im Fußball ist Bayern ein Powerfaktor.“ "
         "Herrmann ist Vorsitzender der Jury, die auch in diesem Jahr die Preisträger des Bayerischen Sportpreises, Bayerns "
         "Jahrhundertsportlerinnen und Jahrhundertsportler, vorgeschlagen hat.")

add(id="ho448-stmi-2018-07-18-einladung-bayerischer-sportpreis",
    title=SP_T,
    url="https://innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2018/269/index.php",
    retrieved="same address (press release 269 of the StMI, an invitation to the press of 18 July 2018; the date line "
              "'München, 18.07.2018' dropped (rule 2261); headline with its prefix 'Einladung - ' as title, subtitle with "
              "its closing 'Einladung an die Presse' kept as a line, and the appointment lines 'am Samstag, den 21. Juli "
              "2018, ab 19 Uhr' and 'in der BMW Welt in München.' kept as lines as published (rule 2320); the paragraph "
              "'Adidas und Puma sind als ', cut off in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[SP_SUB, SP_P1, "am Samstag, den 21. Juli 2018, ab 19 Uhr", "in der BMW Welt in München.", SP_P2],
    # the prize's name in the headline and the subtitle, which name the two who confer it, is null (rule 2263; by
    # occurrence index); the motto of the award night is null (rules 24, 161); both statements are closed or continued
    # from `so Herrmann` (NOTES.md continuation); Markus Söder, named with him, is quoted with nothing; `Sportminister`
    # names only Herrmann (rule 44)
    quotes=[("\"Bayerischen Sportpreis 2018\"", None, 0),
            ("\"Bayerischen Sportpreis 2018\"", None, 1),
            ("„WIR FEIERN BAYERN“", None),
            (cut(SP_P2, "„Bayern ist", "Europameisterschaften“"), HERRMANN),
            (cut(SP_P2, "„Unsere Sportlerinnen", "Powerfaktor.“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Sportminister"]})

# --- StMI press release 322a/2016, 9 September 2016: state reception for 150 years of the Freiwillige Feuerwehr München ---

FFM_SUB = ("Ein Jubiläum mit Weltrekord: Bayerns Innenminister Joachim Herrmann gratuliert bei Staatsempfang in Vertretung "
           "des Bayerischen Ministerpräsidenten Horst Seehofer der Freiwilligen Feuerwehr München zum 150-jährigen Jubiläum")
FFM_P1 = ("+++ „Die Bayerischen Feuerwehren liegen der Bayerischen Staatsregierung besonders am Herzen“, betonte Bayerns "
          "Innenminister Joachim Herrmann heute beim Staatsempfang zu Ehren des 150-jährigen Bestehens der Freiwilligen "
          "Feuerwehr München in der Münchner Residenz. Herrmann gratulierte in Vertretung für den Bayerischen "
          "Ministerpräsidenten und im Namen der gesamten Staatsregierung und dankte den ehrenamtlichen Hilfskräften "
          "persönlich für das enorme unermüdliche Engagement und die großen Begeisterung für den Feuerwehrdienst: „Sie "
          "leisten einen überaus wichtigen und wertvollen Dienst für die Sicherheit ihrer Mitbürger. Deshalb gilt ihnen allen "
          "mein besonderer Dank.“ +++")
FFM_P2 = ("Weltrekordniveau erreiche die Freiwillige Feuerwehr München auch mit ihrem Festprogramm: Die Firetage-Parade im "
          "Mai 2016 mit 438 historischen und aktuellen Feuerwehrfahrzeugen lockte etwa 50.000 Besucher an und schaffte damit "
          "den Weltrekord für die weltgrößte Feuerwehr-Parade. Beim Firetage-Festival im April 2016 kamen rund 79.000 "
          "Besucher zu den Vorführungen.")
FFM_P3 = ("Die Freiwillige Feuerwehr München hat aktuell knapp 900 aktive Mitglieder im Einsatzdienst, dazu über 100 "
          "Jugendliche als Feuerwehranwärter. Allein im Jahr 2015 absolvierten sie über 3.500 Einsätze. Herrmann: „Die "
          "Freiwillige Feuerwehr München leistet Enormes: Am 22. Juli 2016 etwa standen binnen kürzester Zeit über 400 "
          "Feuerwehrmänner und Feuerwehrfrauen der Freiwilligen Feuerwehr München zur Verfügung, um beim schrecklichen "
          "Amoklauf am Olympia Einkaufszentrum Hilfe zu leisten.“")

add(id="ho448-stmi-2016-09-09-herrmann-150-jahre-ff-muenchen",
    title="Herrmann gratuliert bei Staatsempfang zu 150 Jahre Freiwillige Feuerwehr München",
    url="https://innenministerium.bayern.de/med/pressemitteilungen/pressearchiv/2016/322a/index.php",
    retrieved="same address (press release 322a of the StMI, 9 September 2016; the date line 'München, 09.09.2016' dropped "
              "(rule 2261); subtitle kept as a line; the two spaces after the last closing mark of the third paragraph "
              "dropped; the fourth paragraph 'Der Bayerische Innenminister lobte auch die hochmoderne Ausstattung der "
              "Feuerwehr, wozu auch der ', cut off in the stored copy, dropped (rule 15))",
    license=BAYSTMI,
    paras=[FFM_SUB, FFM_P1, FFM_P2, FFM_P3],
    # the Minister-President for whom Herrmann stands in (`in Vertretung des Bayerischen Ministerpräsidenten Horst
    # Seehofer`) says nothing; the colon cue after `dankte den ehrenamtlichen Hilfskräften …:` (rule 9) and the label cue
    # `Herrmann: „…“` (rule 54); the Konjunktiv report of the world record has no marks (rule 5)
    quotes=[(cut(FFM_P1, "„Die Bayerischen", "Herzen“"), HERRMANN),
            (cut(FFM_P1, "„Sie leisten", "Dank.“"), HERRMANN),
            (cut(FFM_P3, "„Die Freiwillige", "leisten.“"), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister"]})

# --- StMI press release 19/2020, 24 January 2020: Herrmann congratulates his state secretary Gerhard Eck on his 60th ---

ECK_SUB = ("Bayerns Innenminister Joachim Herrmann gratuliert Staatssekretär Gerhard Eck zum 60. Geburtstag: Bayerischer "
           "Innenstaatssekretär mit der längsten Amtszeit - Mit viel Herzblut und Schaffenskraft stets die Menschen im Blick")
ECK_P1 = ("+++ \"Mit Stolz und Genugtuung darfst Du auf Dein bisheriges Lebenswerk zurückblicken! Was Du in den vergangenen "
          "Jahrzehnten für unser Gemeinwesen geleistet hast, verdient unsere große Anerkennung.\" Mit diesen Worten hat sich "
          "Bayerns Innenminister Joachim Herrmann in die Schar der Gratulanten eingereiht, die Innenstaatssekretär Gerhard "
          "Eck ihre Glückwünsche zum 60. Geburtstag überbrachten. Beim Geburtstagsempfang in Ecks Heimatgemeinde Donnersdorf "
          "sagte Herrmann weiter: \"Mit viel Herzblut packst Du ganz nach deinem Motto 'Immer am Ball bleiben' überall "
          "tatkräftig und zuverlässig an. Deshalb wundert es mich auch nicht, dass Du in diesem Amt schon drei Mal "
          "wiederernannt worden bist\", so der Minister. Bereits seit 2009 unterstütze Eck ihn bei der Leitung des "
          "Innenministeriums und der gesamten inneren Verwaltung. \"Damit bist Du der bayerische Innenstaatssekretär mit der "
          "längsten Amtszeit. Gleichzeitig sind wir auch das längste gemeinsame Führungsduo in der Geschichte des "
          "Innenministeriums. Dabei konnte ich immer voll auf Dich zählen.\" +++")

add(id="ho448-stmi-2020-01-24-herrmann-gratuliert-eck",
    title="Herrmann gratuliert Eck zum 60. Geburtstag",
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/pressearchiv/2020/19/index.php",
    retrieved="same address (press release 19 of the StMI, 24 January 2020; the date line 'München, 24.01.2020', run into "
              "the subtitle without a space in the stored copy, dropped and the subtitle kept as a line of its own (rule "
              "2261); the second paragraph ('Bürgernähe und Bodenständigkeit kennzeichnen … an die Spitze seiner Heim'), cut "
              "off in the stored copy, dropped with its quotation (rule 15))",
    license=BAYSTMI,
    paras=[ECK_SUB, ECK_P1],
    # the opening quotation takes the backward cue `Mit diesen Worten hat sich … Herrmann …` (rule 2260); the second has
    # both a colon cue and `so der Minister` (one span); Eck's motto in ASCII single marks stays inside Herrmann's span
    # (rule 110); the cue-less last quotation after a sentence with Eck as subject is still Herrmann's, since it addresses
    # Eck as `Du` (rule 2324); Eck, the `Innenstaatssekretär` of this text, says nothing in marks, so that word is no
    # alias of Herrmann
    quotes=[(cut(ECK_P1, "\"Mit Stolz", "Anerkennung.\""), HERRMANN),
            (cut(ECK_P1, "\"Mit viel", "worden bist\""), HERRMANN),
            (cut(ECK_P1, "\"Damit bist", "zählen.\""), HERRMANN)],
    aliases={HERRMANN: ["Joachim Herrmann", "Herrmann", "Innenminister", "Minister"]})

# --- StMI regional press release S9/2023, 26 May 2023: Kirchner at the 150th anniversary of the fire brigade Kulmain ---

KUL_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner bei der Freiwilligen Feuerwehr Kulmain: Festmesse zum 150-jährigen "
           "Jubiläum - Hand in Hand für Menschen in Not")
KUL_P1 = ("+++ Bayerns Innen- und Katastrophenschutzstaatssekretär Sandro Kirchner hat heute der Freiwilligen Feuerwehr "
          "Kulmain zu ihrem 150-jährigen Jubiläum gratuliert und sich für ihren unermüdlichen Einsatz bedankt: \"Sie arbeiten "
          "Hand in Hand zusammen und stehen den Mitbürgerinnen und Mitbürgern fachkundig und mutig in der Not zur Seite. "
          "Vielen Dank für Ihr großartiges gesellschaftliches Engagement!\" Die 61 aktiven Mitglieder der Feuerwehr Kulmain "
          "engagieren sich ehrenamtlich für die Sicherheit der Bürgerinnen und Bürger und leisten im Jahr rund 640 "
          "Einsatzstunden. +++")
KUL_P2 = ("\"Die Feuerwehren sind nicht nur ein unersetzlicher Helfer in Notlagen, sondern auch wichtiger Bestandteil des "
          "Soziallebens in unseren Städten und Gemeinden. Wer ein Mitglied der Feuerwehr ist, ist ein Mitglied der "
          "Dorfgemeinschaft\", betonte Kirchner. Trotzdem stelle die Nachwuchsgewinnung für die Feuerwehren eine große "
          "Herausforderung dar. Das Bayerische Innenministerium eröffnete unter anderem ein Internetportal zur Vorstellung "
          "guter Ideen, um mehr Menschen für die bayerischen Feuerwehren zu gewinnen. \"Das ist ein wichtiger Schritt, denn es "
          "ist keinesfalls selbstverständlich, dass sich auch zukünftig ausreichend Frauen und Männer für den Dienst bei den "
          "Feuerwehren begeistern lassen!\", erklärte der Staatssekretär.")
KUL_P3 = ("Kirchner versicherte, dass die Feuerwehrförderung ein großes Anliegen der Bayerischen Staatsregierung ist: \"Wir "
          "haben in den letzten fünf Jahren mehr als 244 Millionen Euro an Fördergelder ausbezahlt. Die Gemeinden des "
          "Landkreises Tirschenreuth erhielten daraus rund 3,1 Millionen Euro.\"")

add(id="ho448-stmi-2023-05-26-kirchner-ff-kulmain",
    title="Kirchner bei der Freiwilligen Feuerwehr Kulmain",
    url="https://stmi.bayern.de./med/pressemitteilungen/regional/2023/S9/index.php",
    retrieved="same address (regional press release S9 of the StMI, 26 May 2023; the date line 'München, 26.05.2023', run "
              "into the subtitle without a space in the stored copy, dropped and the subtitle kept as a line of its own "
              "(rule 2261); the published 'an Fördergelder' kept (rule 20); complete as stored)",
    license=BAYSTMI,
    paras=[KUL_SUB, KUL_P1, KUL_P2, KUL_P3],
    # the quotation after `erklärte der Staatssekretär` follows a sentence with the ministry as subject and is Kirchner's,
    # the one state secretary of the release (rules 7, 44; contrast rule 180, where a cue names the ministry); the colon
    # after a dass-clause introduces the last quotation (rule 9 with a verb of saying)
    quotes=[(cut(KUL_P1, "\"Sie arbeiten", "Engagement!\""), KIRCHNER),
            (cut(KUL_P2, "\"Die Feuerwehren", "Dorfgemeinschaft\""), KIRCHNER),
            (cut(KUL_P2, "\"Das ist", "lassen!\""), KIRCHNER),
            (cut(KUL_P3, "\"Wir haben", "Euro.\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS + ["Staatssekretär"]})

# --- StMI regional press release S11/2024, 7 June 2024: Kirchner congratulates the fire brigade Wörth am Main ---

WOE_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner gratuliert Freiwilliger Feuerwehr Wörth am Main zu 150-jährigem "
           "Bestehen: Stets fachkundige und mutige Helfer in Not")
WOE_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute der Freiwilligen Feuerwehr Wörth am Main zum 150. "
          "Jubiläum gratuliert: \"Seit eineinhalb Jahrhunderten sind die Feuerwehrleute hier in Wörth stets fachkundige, "
          "verlässliche und mutige Helfer in der Not für ihre Mitbürgerinnen und Mitbürger.\" Auf die Kameradinnen und "
          "Kameraden sei sowohl bei der klassischen Brandbekämpfung als auch bei der Prävention sowie den immer häufiger und "
          "komplexer werdenden Einsätzen im technischen Hilfsdienst stets Verlass. \"45 aktive Mitglieder engagieren sich "
          "ehrenamtlich und haben alleine im letzten Jahr 1.200 Einsatzstunden für die Sicherheit ihrer Mitmenschen "
          "geleistet, das verdient unser aller Respekt und Anerkennung\", so Kirchner. \"Sie sind echte Vorbilder für eine "
          "solidarische Gemeinschaft.\" +++")
WOE_P2 = ("Im Freistaat sind nach Kirchners Worten rund 430.000 von 450.000 Einsatzkräften ehrenamtlich bei Feuerwehren, "
          "Technischem Hilfswerk und weiteren freiwilligen Hilfsorganisationen engagiert: \"Einen so starken freiwilligen "
          "Einsatz für die Gemeinschaft findet sich in keinem anderen Bundesland. Bayern ist ein Ehrenamtsland!\" Der "
          "Staatssekretär betonte, dass der Freistaat die Feuerwehren nach Kräften unterstütze, um bestmögliche "
          "Rahmenbedingungen für deren wichtige Arbeit zu schaffen. Von 2019 bis 2023 wurden zum Erwerb von Fahrzeugen oder "
          "für die Errichtung von Feuerwehrgerätehäusern mehr als 232 Millionen Euro an Fördergeldern an bayerische Gemeinden "
          "und Landkreise ausbezahlt. \"Hiervon sind rund 30,5 Millionen Euro in den Regierungsbezirk Unterfranken "
          "geflossen\", so Kirchner. Zudem werde auch kräftig in die Aus- und Fortbildung der Feuerwehrleute sowie in "
          "modernes Material für den Katastrophenschutz investiert.")

add(id="ho448-stmi-2024-06-07-kirchner-ff-woerth-am-main",
    title="Kirchner gratuliert Freiwilliger Feuerwehr Wörth am Main",
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/regional/2024/S11/index.php",
    retrieved="same address (regional press release S11 of the StMI, 7 June 2024; the date line 'München, 07.06.2024' "
              "dropped (rule 2261); subtitle kept as a line; the published 'Einen so starken freiwilligen Einsatz … findet "
              "sich' kept (rule 20); the third paragraph, of which the stored copy shows only 'Auch die ', dropped (rule "
              "15))",
    license=BAYSTMI,
    paras=[WOE_SUB, WOE_P1, WOE_P2],
    # the first quotation follows the colon of `hat heute … gratuliert:`; the Konjunktiv sentence after it is unmarked
    # (rule 5); `"…", so Kirchner. "…"` continues him (NOTES.md continuation); the quotation after the colon of a sentence
    # reported `nach Kirchners Worten` is his (rules 9, 291)
    quotes=[(cut(WOE_P1, "\"Seit", "Mitbürger.\""), KIRCHNER),
            (cut(WOE_P1, "\"45 aktive", "Anerkennung\""), KIRCHNER),
            (cut(WOE_P1, "\"Sie sind", "Gemeinschaft.\""), KIRCHNER),
            (cut(WOE_P2, "\"Einen so", "Ehrenamtsland!\""), KIRCHNER),
            (cut(WOE_P2, "\"Hiervon", "geflossen\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS + ["Staatssekretär"]})

# --- StMI regional press release S25b/2023, 26 September 2023: Kirchner opens the new building of the PI Hauzenberg ---

HAU_SUB = ("Bayerns Innenstaatssekretär Sandro Kirchner bei Einweihung des neuen Dienstgebäudes der Polizeiinspektion "
           "Hauzenberg: Optimale Rahmenbedingungen für hervorragende Arbeit der Bayerischen Polizei")
HAU_P1 = ("+++ Bayerns Innenstaatssekretär Sandro Kirchner hat heute in Vertretung des bayerischen Innenministers gemeinsam "
          "mit Manfred Jahn, Präsident des Polizeipräsidiums Niederbayern, das neue Dienstgebäude der Polizeiinspektion "
          "Hauzenberg eingeweiht. In seiner Rede betonte Kirchner: \"Wir setzen uns für optimale Rahmenbedingungen der "
          "Bayerischen Polizei ein. Neben der bestmöglichen Ausstattung und Ausrüstung gehört dazu auch ein Dienstgebäude, das "
          "den Ansprüchen der Technik und der Polizeiarbeit gerecht wird. Ich freue mich sehr, dass die Polizeiinspektion "
          "Hauzenberg auf rund 1.300 Quadratmetern nun ein neues und modernes Zuhause gefunden hat.\" Der Staatssekretär "
          "nutzte seinen Besuch vor Ort auch, um der Polizei vor Ort ein Lob auszusprechen: \"Bayern ist nach wie vor das "
          "sicherste Bundesland, besonders in Niederbayern und hier im Landkreis Passau ist die Sicherheitslage sehr gut. "
          "Dass die Polizeiinspektion Hauzenberg eine überdurchschnittliche Aufklärungsquote von 75 Prozent vorweisen kann, "
          "ist kein Zufall, sondern Verdienst der engagierten Polizeibeamtinnen und -beamten. Ich danke Ihnen allen ganz "
          "herzlich für Ihre hervorragende Arbeit.\" +++")
HAU_P2 = ("Die Polizeiinspektion ist zukünftig in einem dreigeschossigen Neubau untergebracht, der innerhalb von nur elf "
          "Monaten fertig gestellt worden ist und über Ladepunkte für E-Fahrzeuge sowie eine Photovoltaikanlage und eine "
          "Luft-Wärmepumpe verfügt.")

add(id="ho448-stmi-2023-09-26-kirchner-pi-hauzenberg",
    title="Kirchner bei Einweihung des neuen Dienstgebäudes der Polizeiinspektion Hauzenberg",
    url="https://innenministerium-bayern.de/med/pressemitteilungen/regional/2023/S25b/index.php",
    retrieved="same address (regional press release S25b of the StMI, 26 September 2023; the date line 'München, "
              "26.09.2023' dropped (rule 2261); subtitle kept as a line; the third paragraph ('Die Beamtinnen und Beamten "
              "der Polizeiinspektion nehmen … Kirchner betonte: \"In letzter Zeit sind Sie darüber hinaus auch'), cut off "
              "inside a statement in the stored copy, dropped with it (rule 15))",
    license=BAYSTMI,
    paras=[HAU_SUB, HAU_P1, HAU_P2],
    # both quotations follow colon cues whose subject is Kirchner (`betonte Kirchner:`, `Der Staatssekretär nutzte … ein
    # Lob auszusprechen:`, rule 291); Manfred Jahn, with whom he opens the building, and the unnamed minister he stands in
    # for say nothing in marks
    quotes=[(cut(HAU_P1, "\"Wir setzen", "gefunden hat.\""), KIRCHNER),
            (cut(HAU_P1, "\"Bayern ist", "Arbeit.\""), KIRCHNER)],
    aliases={KIRCHNER: KIRCHNER_FORMS + ["Staatssekretär"]})
