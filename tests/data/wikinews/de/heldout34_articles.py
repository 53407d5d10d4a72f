# Thirty-fourth held-out German real-news set (tests/data/heldout34-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-169 and the new rules of this set, 170-172). None of these pages is in any tests/data/*.jsonl or
# annotation module (checked by URL and by an 8-word overlap search against the texts of all sets: no shared window). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirty-fourth held-out set": texts of the German Federal Government (three pages of
# bundesregierung.de, one statement on ostbeauftragter.de, one press release the Presse- und Informationsamt posted on the
# press portal trendkraft.de) and four reposts that name the Government, the Presse- und Informationsamt or the Federal
# Government Commissioner as their source. The stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG, BREG_SITE_REPOST, BREG_PORTAL, BREG_COMMISSIONER  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- bundesregierung.de ---

P1 = ['Staatsministerin Roth besucht die Gedenkstätte Buchenwald / „Erinnern in die Zukunft ist ein Beitrag zur Stärkung der Demokratie“',
      'Die Staatsministerin für Kultur und Medien Claudia Roth wird morgen, Freitag, 10. Dezember 2021, die Gedenkstätte Buchenwald in Thüringen besuchen und dort einen Kranz niederlegen. Sie wird begleitet vom Chef der Thüringer Staatskanzlei und Minister für Kultur, Bundes- und Europaangelegenheiten, Benjamin-Immanuel Hoff.',
      'Staatsministerin Claudia Roth: „Erinnerungskultur ist mir ein Herzensanliegen. Deswegen besuche ich zu Beginn meiner Amtszeit als Staatsministerin für Kultur und Medien eine KZ-Gedenkstätte. Mir geht es um Erinnern in die Zukunft, um einen Beitrag zur Stärkung der Demokratie. Mit dem Wissen und dem Bewusstsein über unsere Vergangenheit stehen wir aktiv ein gegen Antisemitismus, Antiziganismus, Rassismus und Menschenfeindlichkeit. Gerade in einer Zeit, in der Anti-Demokraten mit Fackelmärschen Hass und Hetze verbreiten, ist es wichtig, die Stimme zu erheben!“',
      'Der Besuch in der Gedenkstätte ist nicht presseöffentlich. Staatsministerin Roth wird nach der Kranzniederlegung am Denkmal für alle Opfer des KZ Buchenwald vor dem ehemaligen Lagertor gegen 15:15 Uhr ein Pressestatement abgeben. Interessierte Medienvertreterinnen und -vertreter melden sich bitte an unter: presse@buchenwald.de',
      'In der Gedenkstätte Buchenwald wird über die Verbrechen des NS-Regimes im Konzentrationslager Buchenwald von 1937 bis 1945 sowie über das von der sowjetischen Besatzungsmacht nach 1945 dort betriebene Internierungslager informiert. Die Stiftung Gedenkstätten Buchenwald und Mittelbau-Dora wird vom Freistaat Thüringen und vom Bund institutionell gefördert.',
      'Weitere Informationen unter www.kulturstaatsministerin.de']

add(id="ho34-breg-2021-12-09-roth-buchenwald",
    title=P1[0],
    url="https://www.bundesregierung.de/breg-de/bundesregierung/bundeskanzleramt/staatsministerin-fuer-kultur-und-medien/aktuelles/staatsministerin-roth-besucht-die-gedenkstaette-buchenwald-erinnern-in-die-zukunft-ist-ein-beitrag-zur-staerkung-der-demokratie--1990468",
    retrieved="same address (stored copy of the press release of the Federal Government Commissioner for Culture and the "
              "Media announcing her visit of 10 December 2021; the navigation list 'Bundesregierung | Startseite', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped "
              "(rules 93, 150); headline and paragraphs as stored, the closing line 'Weitere Informationen unter "
              "www.kulturstaatsministerin.de' kept as published; complete as stored)",
    license=BREG,
    paras=P1[1:],
    quotes=[("„Erinnern in die Zukunft ist ein Beitrag zur Stärkung der Demokratie“", "Claudia Roth"),
            (cut(P1[2], "„Erinnerungskultur", "erheben!“"), "Claudia Roth")],
    aliases={"Claudia Roth": ["Claudia Roth", "Staatsministerin Claudia Roth", "Staatsministerin Roth", "Roth"]})

P2 = ['3 Fragen – 3 Antworten',
      'Löning: Hoher Standard bei den Menschenrechten in Deutschland',
      'Der Menschenrechtsbeauftragte der Bundesregierung, Markus Löning, bewertet die Menschenrechtslage in Deutschland als gut. „Kein Land auf der Welt ist perfekt. Aber wir haben einen sehr hohen Standard“, sagt Löning im „3 Fragen – 3 Antworten“-Interview für den YouTube-Kanal der Bundesregierung.',
      'Die Bundesregierung hat am Mittwoch ihren Menschenrechtsbericht dem UN-Menschenrechtsrat in Genf überreicht. Der Rat überprüft alle vier Jahre die Menschenrechtslage sämtlicher Staaten. Deutschland ist seit Jahresbeginn selbst Mitglied des Gremiums.',
      'Löning erklärt, der Rat sei wichtig, weil er Öffentlichkeit für das Thema erzeuge. Er sei ein Ort, an dem die ganze Welt über Menschenrechte diskutiere, an dem Länder aufgefordert werden, die Situation zu verbessern. „Vor dem Menschenrechtsrat ist jedes Land gleich“, so Löning.',
      'Der Beauftragte erläutert anhand von Beispielen, dass die Beachtung der Menschenrechte in Deutschland gewährleistet ist. „Aber es gibt Benachteiligungen, zum Beispiel der Kinder von Migranten im Bildungswesen“, erläutert Löning.']

add(id="ho34-breg-bpa-2013-01-23-loening-menschenrechte",
    title=P2[0],
    url="http://www.bundesregierung.de/Content/DE/Pressemitteilungen/BPA/2013/01/2013-01-23-3f3a-menschenrechte-breg.html;jsessionid=B70F24325E03F5DDDCA88EAE47B968B7.s3t2",
    retrieved="same address (stored copy of press release 26/2013 of the Presse- und Informationsamt der Bundesregierung, "
              "23 January 2013; the page furniture 'Navigation und Service', 'Inhalt', the sender line 'Presse- und "
              "Informationsamt der Bundesregierung', the date line 'Mittwoch, 23. Januar 2013' and the number lines "
              "'Pressemitteilung: 26' / 'Ausgabejahr: 2013' dropped (rules 19, 93); the kicker '3 Fragen – 3 Antworten' is "
              "the first line and the headline the second (rule 93); the closing link lines 'Das Interview auf YouTube:' / "
              "'http://www.youtube.com/bundesregierung' dropped as link furniture (rule 19); complete otherwise)",
    license=BREG,
    paras=P2[1:],
    quotes=[("„Kein Land auf der Welt ist perfekt. Aber wir haben einen sehr hohen Standard“", "Markus Löning"),
            ("„3 Fragen – 3 Antworten“", None),
            ("„Vor dem Menschenrechtsrat ist jedes Land gleich“", "Markus Löning"),
            ("„Aber es gibt Benachteiligungen, zum Beispiel der Kinder von Migranten im Bildungswesen“", "Markus Löning")],
    aliases={"Markus Löning": ["Markus Löning", "Löning", "Menschenrechtsbeauftragte", "Beauftragte"]})

P3 = ['Maria Böhmer ist seit dem 22. November 2005 die Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration. Die CDU-Politikerin ist seit 1990 Mitglied des Deutschen Bundestages und war von 2000 bis 2005 stellvertretende Vorsitzende der CDU/CSU-Fraktion.',
      'Das Amt der Beauftragten wurde nach der Bundestagswahl 2005 dem Bundeskanzleramt zugeordnet und damit institutionell aufgewertet. Zuvor war das Amt mehrere Jahre lang im Familienministerium und davor beim Bundesministerium für Arbeit und Sozialordnung angesiedelt.',
      'Die Beauftragte hat zugleich das Amt einer Staatsministerin bei der Bundeskanzlerin inne. Im Zuge dieser Aufwertung der Integrationspolitik erhielt die Beauftragte erstmals auch ständigen Kabinettzugang. Die Bundesregierung hat somit zu Beginn der 16. Legislaturperiode die Voraussetzungen dafür geschaffen, Integrationspolitik zum gesellschaftspolitischen Schlüsselthema zu machen und als Querschnittsaufgabe zu verankern.',
      'Integration ist Schlüsselaufgabe',
      '"Integration ist eine Schlüsselaufgabe unserer Zeit, die auch durch den demografischen Wandel immer mehr an Bedeutung gewinnt", begründete Bundeskanzlerin Angela Merkel diese gesellschaftspolitische Schwerpunktsetzung. Integrationspolitik betreffe alle Politik- und Gesellschaftsbereiche. Dies gelte sowohl im Hinblick auf die unterschiedlichen Politikbereiche als auch bezogen auf die föderalen Ebenen sowie auf das Zusammenwirken von staatlichen und nichtstaatlichen Akteuren.',
      'Die Beauftragte hat die Erstellung des Nationalen Integrationsplans gesteuert und koordiniert. Mit ihm hat die Bundesregierung Integrationspolitik in Deutschland auf eine neue Grundlage gestellt. Neben klar definierten Zielen enthält er ein breites Spektrum an Maßnahmen und Selbstverpflichtungen. Sie reichen von der Verbesserung der Bildungs- und Arbeitsmarktchancen über die Stärkung der Gleichberechtigung bis hin zur Kultur- und Wissenschaftsförderung.']

add(id="ho34-breg-archiv-boehmer-integrationsbeauftragte",
    title=P3[0],
    url="https://www.bundesregierung.de/breg-de/aktuelles/die-beauftragte-der-bundesregierung-fuer-migration-fluechtlinge-und-integration-460648",
    retrieved="same address (stored copy of the archived bundesregierung.de article on the Federal Government Commissioner "
              "for Migration, Refugees and Integration, Maria Böhmer, about 2008; the stored copy shows no headline, so the "
              "lead paragraph is the first line (rules 18, 32); '3 Min. Lesedauer' dropped (rule 93); the subheading "
              "'Integration ist Schlüsselaufgabe' kept as its own line (rule 13); the paragraph 'Im Ersten "
              "Fortschrittsbericht wird de…', cut off in the stored copy, dropped with everything after it (rule 15))",
    license=BREG,
    paras=P3[1:],
    quotes=[(cut(P3[4], '"Integration ist', 'gewinnt"'), "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel"]})

P4 = ['Statement vom Ostbeauftragten Carsten Schneider zum 24. Februar 2022',
      'Deutschland hat sich nach der Zeitwende des 24. Februar 2022 unter Führung von Bundeskanzler Olaf Scholz schnell, entschlossen und in enger Abstimmung mit unseren Partnern an die Seite der Ukraine gestellt.',
      'Wir haben die Investitionen in die Bundeswehr massiv erhöht und liefern erstmals in großem Umfang Waffen in ein Krisengebiet. Gleichzeitig unterstützen wir die Ukraine umfassend auch humanitär. Deutschland ist nach den USA der größte Geber militärischer, aber auch humanitärer Hilfe. Gemeinsam mit unseren Partnern haben wir Sanktionen verhängt, die die russische Wirtschaft und die Eliten Russland bereits jetzt hart treffen und längerfristig Wirkung entfalten werden.',
      'Dass es Deutschland gelungen ist, den Verzicht auf russisches Öl und Gas zu kompensieren, ist auch dem Pragmatismus in Ostdeutschland zu verdanken. So ist in Lubmin in einem „neuen Deutschlandtempo“ in Rekordzeit ein LNG-Terminal entstanden. Und die Raffinerien in Schwedt und Leuna arbeiten weiter und orientieren sich mit einem Zukunftsprogramm, dass die Bundesregierung für die Reguin aufgelegt hat, neu.',
      'Vertrauen dank umsichtiger Politik',
      'Zugleich hat Deutschland mehr als eine Million Geflüchtete aus der Ukraine aufgenommen. Im Osten sind überproportional viele neue Aufnahmeplätzen geschaffen worden. Darauf können wir stolz sein.',
      'Mit seiner umsichtigen Politik sorgt Olaf Scholz für das notwendige Vertrauen. Neben militärischer Stärke geht es auch um diplomatische Bemühungen – beides darf nicht gegeneinander ausgespielt werden. Ebenso wichtig: Mit den Entlastungsmaßnahmen hat die Bundesregierung soziale Härten abgefedert – besonders in Ostdeutschland, wo Einkommen und Vermögen geringer sind.']

add(id="ho34-ostb-2023-02-schneider-jahrestag-angriffskrieg",
    title=P4[0],
    url="https://www.ostbeauftragter.de/ostb-de/aktuelles/zum-jahrestag-des-russischen-angriffskriegs-auf-die-ukraine-2167774",
    retrieved="same address (stored copy of the statement of the Federal Government Commissioner for Eastern Germany, "
              "Carsten Schneider, on the first anniversary of the Russian attack on Ukraine, February 2023, on the "
              "Government's site ostbeauftragter.de; the statement's line is the first line as stored (rule 18); the "
              "published 'Zeitwende', 'Eliten Russland', 'dass', 'Reguin' and 'Aufnahmeplätzen' kept (rule 20); the "
              "subheading 'Vertrauen dank umsichtiger Politik' kept as its own line (rule 13); the paragraph 'Eine sehr große "
              "Mehrheit in Ost- und Westdeutschland …', cut off in the stored copy, dropped with everything after it "
              "(rule 15))",
    license=BREG_COMMISSIONER,
    paras=P4[1:],
    quotes=[("„neuen Deutschlandtempo“", None)],
    aliases={})

# --- a press release the Presse- und Informationsamt posted on a press portal under its own account ---

P5 = ['Kulturstaatsminister Bernd Neumann: RIAS-Medienpreise stärken transatlantische Partnerschaft',
      '24. Juni 2013, 17:42',
      'Bei der heutigen Preisverleihung der Medien-Preise 2013 der RIAS Berlin Kommission gratulierte Kulturstaatsminister Bernd Neumann den Preisträgern und erklärte: „Die RIAS Berlin Kommission leistet seit ihrer Gründung 1992 – damals auf Initiative von US-Präsident George Bush und Bundeskanzler Helmut Kohl – einen wichtigen Beitrag zur Förderung eines aktiven deutsch-amerikanischen Journalistennetzwerks.',
      'Die von der RIAS Berlin Kommission preisgekrönten Rundfunk- und Internet-Beiträge sind ein Spiegel der aktuellen transatlantischen und globalen Herausforderungen. Im Mittelpunkt stehen Themen wie die Schuldenkrise, der größer werdende Unterschied zwischen Arm und Reich und die Energiewende. Seit Programmbeginn haben rund 1300 amerikanische und deutsche Journalisten an den Programmen der RIAS Berlin Kommission in Deutschland und den USA teilgenommen.“',
      'Bernd Neumann weiter: „Vor 50 Jahren blickte John F. Kennedy in seiner berühmten Rede hier vor dem Schöneberger Rathaus in die Zukunft eines vereinten Berlins, Deutschlands und Europas in einer friedlichen Welt. In den vergangenen 50 Jahren haben wir auf diesem europäischen Weg ein gutes Stück erfolgreich zurückgelegt. Weltpolitisch stehen wir heute vor ganz anderen Herausforderungen. In einer Zeit tiefgreifender Umwälzungen und anhaltender weltwirtschaftlicher Turbulenzen ist die Stärkung und Verbreitung unserer gemeinsamen Werte unverzichtbar, die Deutschland und die Vereinigten Staaten gleichermaßen teilen und für die wir einstehen. Dies gilt gerade auch für den Rundfunkbereich, wo die Arbeit der RIAS Kommission und auch die des einstigen RIAS-Senders beispielhaft für diese Werte stehen.“']

add(id="ho34-bpa-trendkraft-2013-06-24-neumann-rias",
    title=P5[0],
    url="https://trendkraft.de/kunst-kultur-und-religion/kulturstaatsminister-bernd-neumann-rias-medienpreise-staerken-transatlantische-partnerschaft/",
    retrieved="same address (stored copy of the press release of 24 June 2013 that the Presse- und Informationsamt der "
              "Bundesregierung posted on the press portal trendkraft.de under its own account 'Bundespresseamt'; the portal's "
              "'Direkt zum Inhalt', the account box 'Bundespresseamt' / 'Institution' and the label 'PRESSEMITTEILUNG/PRESS "
              "RELEASE' dropped (rule 19); the portal's date line kept as its own line (rule 18); the paragraph 'Der "
              "Staatsminister würdigte abschließend den scheidenden US-Botschafter …', cut off in the stored copy, dropped "
              "with everything after it (rule 15))",
    license=BREG_PORTAL,
    paras=P5[1:],
    quotes=[(cut(P5[2], "„Die RIAS", "Journalistennetzwerks."), "Bernd Neumann"),
            (P5[3], "Bernd Neumann"),
            (cut(P5[4], "„Vor 50", "stehen.“"), "Bernd Neumann")],
    aliases={"Bernd Neumann": ["Bernd Neumann", "Kulturstaatsminister Bernd Neumann"]})

# --- reposts naming the Government or the Federal Government Commissioner as their source ---

P6 = ['Bundespresseamt: Neumann bleibt Kulturstaatsminister',
      'Die Pressemitteilung des Bundespresseamtes im Wortlaut:',
      'Bernd Neumann bleibt Kulturstaatsminister',
      'Bernd Neumann erhält erneut die Verantwortung in der Bundesregierung für Kultur und Medien, dies hat die Bundeskanzlerin heute mitgeteilt. Damit kann der 67-jährige Staatsminister seine erfolgreiche Arbeit in der Kultur- und Medienpolitik für weitere vier Jahre fortsetzen.',
      'Dazu erklärte der Staatsminister: „Eine der wichtigsten Aufgaben wird sein, sicherzustellen, dass trotz der Wirtschaftskrise und der unverzichtbaren Sanierung der Staatsfinanzen die Kultur nicht unter die Räder kommt. Denn die Förderung von Kultur ist keine Subvention, sondern eine Investition in die Zukunft. Mein Amt macht mir Spaß, und ich werde weiterhin für die Verbesserung der Rahmenbedingungen in der Kultur kämpfen!“',
      'Im neuen Koalitionsvertrag sind im Bereich Kultur und Medien alle Forderungen der Kulturarbeitsgruppe erfüllt. Er stellt deshalb eine ausgezeichnete Arbeitsgrundlage für die Zukunft dar. Der von Union und FDP vorgelegte Koalitionsvertrag enthält zu den wichtigsten kulturellen Themen klare Aussagen. Dazu gehören unter anderem:',
      'Die Stabilisierung der Künstlersozialversicherung,',
      'der Ausbau der kulturellen Bildung,',
      'die Fortführung der Initiative „Kultur und Kreativwirtschaft“,',
      'die verstärkte Aufarbeitung der SED-Diktatur mit entsprechenden Aktivitäten gerade im 20. Jahr der Wiedervereinigung 2010,',
      'die Realisierung des Wiederaufbaus des Berliner Stadtschlosses mit Humboldt-Forum,',
      'den Bau des Freiheits- und Einheitsdenkmals,',
      'der Bau der Dokumentationsstätte „Stiftung Flucht, Vertreibung, Versöhnung“']

add(id="ho34-bpa-repost-produktionsallianz-2009-neumann-bleibt",
    title=P6[0],
    url="https://produktionsallianz.de/bundespresseamt-neumann-bleibt-kulturstaatsminister",
    retrieved="same address (stored copy of the news item of the Produktionsallianz reposting, 'im Wortlaut', the press "
              "release of the Presse- und Informationsamt der Bundesregierung of October 2009 on Bernd Neumann's second term; "
              "'Skip to main content' and 'News' dropped (rule 19); the site's headline, its introductory line naming the "
              "source and the release's own headline kept as lines of their own (rules 13, 18); list bullets dropped, the "
              "items kept as lines (rule 93); the next item 'die Erarbeitung eines nationalen Bestandserhaltungskonzeptes für "
              "gefährdet…', cut off in the stored copy, dropped with everything after it (rule 15))",
    license=BREG_SITE_REPOST,
    paras=P6[1:],
    quotes=[(cut(P6[4], "„Eine der", "kämpfen!“"), "Bernd Neumann"),
            ("„Kultur und Kreativwirtschaft“", None),
            ("„Stiftung Flucht, Vertreibung, Versöhnung“", None)],
    aliases={"Bernd Neumann": ["Bernd Neumann", "Neumann", "Staatsminister"]})

P7 = ['10. Integrationsgipfel: Für ein weltoffenes und vielfältiges Deutschland',
      '[bundesregierung.de] Beim 10. Integrationsgipfel im Bundeskanzleramt ging es um den Zusammenhalt von Menschen mit und ohne Migrationshintergrund. Bundeskanzlerin Angela Merkel und die Teilnehmerinnen und Teilnehmer diskutierten unter anderem die Fragen: Welche Werte sind uns wichtig? Was bedeutet Heimat? Wie können wir Demokratie und Zusammenhalt stärken, wie Teilhabe sichern?',
      'Antworten auf diese Fragen soll unter anderem ein Aktionsplan Integration geben, den die Integrationsbeauftragte der Bundesregierung, Staatsministerin Anette Widmann-Mauz, entwickeln wird. Ziel ist, das Erreichte zu erkennen, Integrationsmaßnahmen zu bündeln und bei Bedarf nachzusteuern. Länder und Kommunen, die Zivilgesellschaft und die Migrantenorganisationen sollen sich aktiv beteiligen. Der Prozess werde über die gesamte Legislaturperiode angelegt sein.',
      'Nach dem Gipfel sagte die Kanzlerin: "Wenn es um das Zusammenleben geht, geht es zu allererst um die gleichen Chancen auf Teilhabe- und das im umfassenden Sinne." Es fange bei der Bewerbung an, wo unterschiedliche Namen keinen Unterschied machen sollten. Es gehe weiter mit Ausbildung, Arbeitsmarkt und dem Zugang zum Öffentlichen Dienst, so Angela Merkel.',
      'Die vollständige Mitteilung zum Integrationsgipfel finden Sie hier auf der Webseite der Bundesregierung.']

add(id="ho34-breg-repost-netzwerk-iq-2018-integrationsgipfel",
    title=P7[0],
    url="http://www.netzwerk-iq.de/presse/news/meldung/10-integrationsgipfel-fuer-ein-weltoffenes-und-vielfaeltiges-deutschland.html",
    retrieved="same address (stored copy of the news item of the Förderprogramm IQ reposting, with the source marker "
              "'[bundesregierung.de]' at its start, the opening of the bundesregierung.de article on the 10th integration "
              "summit of June 2018; the source marker kept where the item prints it, inside the first paragraph (rule 20); the "
              "published 'Anette' and 'Teilhabe- und' kept (rule 20); the closing line pointing to the full text on the "
              "Government's site kept as published; the close button 'X' dropped (rule 19); complete as stored)",
    license=BREG_SITE_REPOST,
    paras=P7[1:],
    quotes=[(cut(P7[3], '"Wenn es', 'Sinne."'), "Angela Merkel")],
    aliases={"Angela Merkel": ["Angela Merkel", "Bundeskanzlerin Angela Merkel", "Kanzlerin"]})

P8 = ['Anlässlich des \u201cInternationalen Tags der Migranten\u201c ruft die neue Staatsministerin Aydan Özoğuz dazu auf, die Vielfalt in allen Bereichen der Gesellschaft wertzuschätzen und den Zusammenhalt zu stärken.',
      '„Wir begreifen Zuwanderung als Chance, ohne die damit verbundenen Herausforderungen zu übersehen. In den vergangenen beiden Jahren ist die Zahl der Menschen mit Zuwanderungsgeschichte in Deutschland auf 16,3 Millionen gestiegen. 5,4 Millionen von ihnen sind in Deutschland geboren. Beispiele für aktuelle Herausforderungen sind: Für gleiche Teilhabechancen aller Menschen ist es beispielsweise wichtig, dass wir eine Kultur der zweiten Chance etablieren, wenn es z.B. bei Schulabschlüssen oder bei der Ausbildungsplatzsuche nicht bei allen beim ersten Versuch klappt. In der Pflege brauchen wir auch spezielle Hilfen für die Gastarbeiter der ersten Stunde, die im Alter mitunter auch Betreuung brauchen, deren Familien das Gesundheitssystem aber nicht verstehen. Und viele Flüchtlinge haben in all den Jahren bei uns eine neue und sichere Heimat gefunden. Wir brauchen Regeln, aber auch faire Chancen.“',
      'Aydan Özoğuz wurde am 17.12.2013 von Bundeskanzlerin Angela Merkel zur Staatsministerin ernannt. Am 18.12.2013 übernahm Özoğuz die Amtsgeschäfte von Staatsministerin Maria Böhmer, die ins Auswärtige Amt wechselt. „Ich freue mich sehr auf die Tätigkeit als Integrationsbeauftragte der Bundesregierung“, hob Özoğuz hervor. „Die Anbindung an das Bundeskanzleramt soll die Zusammenarbeit mit allen Bundesministerien für die Querschnittsaufgabe Integration in der Bundesregierung sicherstellen. Meiner Vorgängerin Maria Böhmer danke ich ausdrücklich für ihre geleistete Arbeit. Sie hat in den vergangenen acht Jahren sehr viel für die Integration in unserem Land getan. Mein Ziel als Staatsministerin ist es, die Teilhabechancen aller Menschen und den Zusammenhalt in unserem Land zu stärken“, erklärte Özoğuz.']

add(id="ho34-breg-repost-ggk-2013-12-oezoguz-tag-der-migranten",
    title=P8[0],
    url="https://griechische-gemeinde-koeln.de/?p=11290",
    retrieved="same address (stored copy of the news item of the Greek Community of Cologne reposting the bundesregierung.de "
              "text of December 2013 on Aydan Özoğuz's appeal on International Migrants Day, with the source line 'Quelle: "
              "www.bundesregierung.de' at its end; the stored copy shows no headline, so the first paragraph is the first "
              "line (rules 18, 32); the source line dropped (rule 31); the published mixed marks of the day's name kept "
              "(rule 21); complete as stored)",
    license=BREG_SITE_REPOST,
    paras=P8[1:],
    quotes=[("\u201cInternationalen Tags der Migranten\u201c", None),
            (P8[1], "Aydan Özoğuz"),
            ("„Ich freue mich sehr auf die Tätigkeit als Integrationsbeauftragte der Bundesregierung“", "Aydan Özoğuz"),
            (cut(P8[2], "„Die Anbindung", "stärken“"), "Aydan Özoğuz")],
    aliases={"Aydan Özoğuz": ["Aydan Özoğuz", "Özoğuz", "Staatsministerin Aydan Özoğuz"]})

P9 = ['Ernennung: Alabali-Radovan ist neue Integrationsbeauftragte',
      'Nach ihrer Ernennung zur Staatsministerin im Bundeskanzleramt hat Reem Alabali-Radovan ihre Amtsgeschäfte als Beauftragte der Bundesregierung für Migration, Flüchtlinge und Integration übernommen.',
      'Respekt und Anerkennung sind die Schlüssel',
      'Hierzu erklärt Staatsministerin Reem Alabali-Radovan: \u201cIch freue mich sehr auf diese verantwortungsvolle Aufgabe. Die Themen meines Amtes begleiten mich schon mein ganzes Leben. Die Herausforderungen und Chancen für Zugewanderte in unserem Land kenne ich aus eigener Erfahrung. Respekt und Anerkennung sind die Schlüssel, aber auch tatkräftige Unterstützung. In unserer Gesellschaft sollen alle teilhaben, unabhängig von ihrer Herkunft. Es geht um Ausbildung, Arbeit, Bildung und Partizipation. Der Koalitionsvertrag zeigt den richtigen Weg. Mit aller Kraft trete ich für diesen Fortschritt an.',
      'Ich danke meiner Amtsvorgängerin, Frau Annette Widmann-Mauz, für ihre Arbeit, die mir wichtige Anknüpfungspunkte bietet.\u201c',
      'Staatsministerin Alabali-Radovan war seit 2020 Integrationsbeauftragte des Landes Mecklenburg-Vorpommern. 2021 zog sie mit einem Direktmandat in den Deutschen Bundestag ein. Als Kind irakischer Eltern wurde Alabali-Radovan 1990 in Moskau geboren. 1996 kam sie mit ihrer Familie nach Mecklenburg-Vorpommern. Nach ihrem Abitur in Schwerin studierte Alabali-Radovan Politikwissenschaften an der Freien Universität Berlin.']

add(id="ho34-intb-repost-ikw-2021-12-alabali-radovan",
    title=P9[0],
    url="https://interkulturellewoche.de/aktuelles/20211213/ernennung-alabali-radovan-ist-neue-integrationsbeauftragte",
    retrieved="same address (stored copy of the news item of the Interkulturelle Woche reposting the press release of the "
              "Federal Government Commissioner for Migration, Refugees and Integration of December 2021, with the source line "
              "'Quelle: Die Bundesbeauftrage der Bundesregierung für Migration, Flüchtlinge und Integration'; the headline, "
              "which the stored copy repeats, kept once; the source line dropped (rule 31); the subheading 'Respekt und "
              "Anerkennung sind die Schlüssel' kept as its own line (rule 13); the statement's published marks \u201c…\u201c "
              "kept (rule 21); the contact block 'Infos', 'Kontakt', 'Bundeskanzleramt', postal address, telephone, fax "
              "and e-mail dropped (rule 19); complete as stored)",
    license=BREG_COMMISSIONER,
    paras=P9[1:],
    quotes=[(cut(P9[3], "\u201cIch freue", "Fortschritt an."), "Reem Alabali-Radovan"),
            (P9[4], "Reem Alabali-Radovan")],
    aliases={"Reem Alabali-Radovan": ["Reem Alabali-Radovan", "Alabali-Radovan", "Staatsministerin Reem Alabali-Radovan",
                                      "Staatsministerin Alabali-Radovan"]})
