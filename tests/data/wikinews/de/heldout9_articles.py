# Ninth held-out German real-news set (tests/data/heldout9-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-59 and the ninth held-out rules 60 ff.). None of these pages is in any tests/data/*.jsonl
# (checked by URL against every `source` field and every URL in the annotation modules and SOURCES files, and by the
# distinctive quotation strings and names of every document against the texts of all sets: no hit). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py; quotes may be cut out
# of a paragraph with spans.cut.
# Sources: the Austrian Parliament (releases of its press service Parlamentskorrespondenz on parlament.gv.at, on the OTS
# press-release service and as reposted by the Österreich Journal, and one news item of the Parliament republished by
# publicnow), Global Voices auf Deutsch (CC BY 3.0; topic, month and date pages) and netzpolitik.org (CC BY-NC-SA 4.0).
# Each document carries its license.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spans import cut  # noqa: E402
from licences import GV, NP, PK  # noqa: E402,F401

PD = ("News of the Austrian Parliament (Parlamentsdirektion), as distributed by publicnow: reproduction for "
      "non-commercial purposes permitted on condition that the source is stated (https://www.parlament.gv.at/ENGL/DISC/); "
      "source: Parlament Österreich")
ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- the Austrian Parliament: Parlamentskorrespondenz (PK) and news ---

p4 = ("\"Willkommen im Parlament\" begrüßte die \"Hausherrin\" sowie Karlheinz Kopf und Norbert Hofer nicht nur "
      "Erwachsene sondern auch Kinder und Jugendliche. Eine Familie mit drei Kindern war aus Oberösterreich angereist. "
      "Der vierjährige Albert kam mit seinem Fahrrad. Das war natürlich ein Exklusivfoto mit Präsidentin Bures wert. "
      "\"Ich bin die Doris\", stellte sich die Präsidentin dann Arthur vor, der sich darauf freute, auch ihr Büro "
      "besichtigen zu dürfen. Viele Besucherinnen und Besucher hatten auch sofort ihren Fotoapparat gezückt, um die "
      "schöne Architektur und Ausgestaltung des Theophil-Hansen-Gebäudes festzuhalten. Die ersten Fotos wurden gleich "
      "vom Zentralportikus mit dem Glasmosaikfries gemacht. Großes Interesse wird aber auch der Arbeit von Nationalrat "
      "und Bundesrat entgegengebracht - wo diese stattfindet und in welcher Weise sie abläuft, wie man der Gastgeberin "
      "mitteilte. Vor allem die Mitarbeiterinnen und Mitarbeiter des Hypo-Untersuchungsausschusses werden mit vielen "
      "Fragen konfrontiert.")
add(id="ho9-pk-2015-10-26-tag-der-offenen-tuer-bures",
    title="Parlamentskorrespondenz Nr. 1136 vom 26.10.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK1136/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), "
              "then headline and subtitle; the subheading '60 Jahre Neutralität' is dropped with its paragraph "
              "'Nachdem der diesjährige Nationalfeiertag …', which is cut off in the stored copy (rule 15))",
    license=PK,
    paras=["NR-Präsidentin Bures: Herzlich willkommen im Parlament",
           "Bures, Kopf und Hofer öffnen zum 10. Mal das Parlamentstor zum Tag der offenen Tür am Nationalfeiertag",
           "Wien (PK) – Pünktlich um 09.00 Uhr öffnete heute Nationalratspräsidentin Doris Bures gemeinsam mit ihren "
           "beiden Kollegen im Präsidium, Karlheinz Kopf und Norbert Hofer, das Tor zum 10. Tag der offenen Tür im "
           "Parlament. Vor dem Eingang hatte sich schon eine Schlange von rund 400 Personen gebildet. Bereits um 08.00 "
           "Uhr waren einige angestellt, um als erste das Parlamentsgebäude betreten zu können.",
           p4],
    quotes=[("\"Willkommen im Parlament\"", "Doris Bures"),
            ("\"Hausherrin\"", None),
            ("\"Ich bin die Doris\"", "Doris Bures")],
    aliases={"Doris Bures": ["Doris Bures", "Bures", "NR-Präsidentin Bures", "Nationalratspräsidentin Doris Bures",
                             "Präsidentin Bures", "Präsidentin", "Hausherrin", "Gastgeberin", "Karlheinz Kopf",
                             "Norbert Hofer"]})

p1 = ("Wien (pk) - Wer hat schon in seinem Leben die Gelegenheit, innerhalb weniger Minuten, der Präsidentin des "
      "Nationalrats, dem Zweiten Präsidenten des Nationalrats und der Dritten Präsidentin des Nationalrats die Hand zu "
      "schütteln und so \"präsidial\" begrüßt zu werden? Viele Menschen, Männer, Frauen und Kinder, hatten am "
      "Nationalfeiertag diese Gelegenheit - wenn sie am Tag der offenen Tür das Parlament besuchten. Barbara Prammer, "
      "Michael Spindelegger und Eva Glawischnig-Piesczek standen schon vor 9 Uhr im Oberen Vestibül des Parlaments, um "
      "die Besucherinnen und Besucher persönlich zu begrüßen. Auch zahlreiche Abgeordnete waren gekommen, um mit den "
      "Menschen in den Räumen entlang der Besuchsroute Kontakt aufzunehmen und für ein Gespräch zur Verfügung zu "
      "stehen.")
p3 = ("Viele Gäste zeigten sich von den Räumlichkeiten des Hohen Hauses beeindruckt, und die aus dem Fernsehen bekannten "
      "Säle, vor allem der Sitzungssaal des Nationalrats, hatten hohen Wiedererkennungswert. \"Jö schau, das kennen wir "
      "aus dem Fernsehen\", raunte etwa eine Frau ihrer Begleiterin zu. \"Aber der ist doch viel kleiner als im "
      "Fernsehen\", meint eine andere. Diskussionen ergaben sich auch im Empfangsalon, in dem die Porträts der "
      "Nationalratspräsidenten der II. Republik zu besichtigen sind. Dabei standen speziell die beiden \"jüngsten\" "
      "Porträts, jene von Heinz Fischer und Andreas Khol, im Mittelpunkt. \"Aber der schaut doch gar nicht so aus\", "
      "war da zu hören; unklar muss bleiben, ob mit dieser Kritik das Porträt Fischers oder jenes seines "
      "Amtsnachfolgers Khol gemeint war. Überrascht zeigten sich einige über das Porträt Leopold Figls, ist er doch vor "
      "allem als Bundeskanzler und Außenminister des Staatsvertrags, weniger aber als Präsident des Nationalrats (1959 "
      "- 1962) in der kollektiven Erinnerung bewahrt.")
add(id="ho9-pk-2007-10-tag-des-haendeschuettelns",
    title="Prammer, Spindelegger und Glawischnig begrüßen BesucherInnen",
    url="http://www.oe-journal.at/Aktuelles/!2007/1007/W4/12910zPk.htm",
    retrieved="same address (the Parlamentskorrespondenz's report of the open day on the national holiday 2007, "
              "dateline 'Wien (pk)', as reposted by the Österreich Journal (rule 31); the trailing spaces after the "
              "headline and the repost's date lines 'erstellt am' / '29. 10. 07' dropped as furniture; the subtitle "
              "'Der Tag des großen Händeschüttelns' and the quoted subheading kept as their own lines; the subheading "
              "'Vom Ob…', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Der Tag des großen Händeschüttelns", p1,
           "\"Jö schau, das kennen wir aus dem Fernsehen!\"",
           p3],
    quotes=[("\"präsidial\"", None),
            ("\"Jö schau, das kennen wir aus dem Fernsehen!\"", "Frau"),
            ("\"Jö schau, das kennen wir aus dem Fernsehen\"", "Frau"),
            (cut(p3, "\"Aber der ist", "Fernsehen\""), "andere"),
            ("\"jüngsten\"", None),
            ("\"Aber der schaut doch gar nicht so aus\"", None)],
    aliases={"Frau": ["Frau", "eine Frau"],
             "andere": ["andere", "eine andere"]})

p1 = ("Wien (PK) - \"Jö, der ist ja viel kleiner als im Fernsehen!\" Zu diesem Urteil kamen in der Vergangenheit viele "
      "Besucherinnen und Besucher, die am \"Tag der offenen Tür\" einen Blick in den Sitzungssaal des Nationalrats werfen "
      "konnten. Auch heuer wird am Nationalfeiertag, dem 26. Oktober, dazu wieder Gelegenheit sein. Noch nicht zum "
      "letzten Mal, aber sicher nicht mehr sehr oft. Denn das Parlament wird gegen Ende des kommenden Jahres zu einer "
      "Großbaustelle. Zunächst wird der historische Sitzungssaal, der gleichfalls auf der \"BesucherInnen-Route\" am "
      "Tag der offenen Tür liegt und den Betrachtern bewundernde Ausrufe entlockt, als \"Ausweichquartier\" für den "
      "Nationalrat adaptiert. Erst dann kann der Umbau des Nationalrats-Saals in Angriff genommen werden.")
add(id="ho9-pk-2009-10-21-tag-der-offenen-tuer-vorschau",
    title="Parlament: Tag der offenen Tür am Nationalfeiertag Präsidentin Prammer lädt zum Besuch des Hohen Hauses",
    url="https://www.ots.at/presseaussendung/OTS_20091021_OTS0133/parlament-tag-der-offenen-tuer-am-nationalfeiertag-praesidentin-prammer-laedt-zum-besuch-des-hohen-hauses",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 21.10.2009; the "
              "stored title runs headline and subtitle together and is kept so (rules 18, 48); the paragraph 'Erstmals "
              "lädt in diesem Jahr Nationalratspräsidentin Barbara Prammer …', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=[p1,
           "Am kommenden Montag wird der Weg der Besucher wie an den früheren Tagen der offenen Tür über den "
           "Zentraleingang ins Obere Vestibül und weiter in den historischen Sitzungssaal führen. Vom "
           "Abgeordneten-Sprechzimmer, wo die BesucherInnen die Möglichkeit haben werden, mit Abgeordneten und "
           "Mitgliedern des Bundesrats in Kontakt zu kommen, geht es weiter in die Säulenhalle, einen der "
           "eindrucksvollsten Räume Österreichs. Nach einem Blick in den Sitzungssaal des Bundesrats gelangen die "
           "BesucherInnen in den Empfangssalon, den Ort vieler internationaler Begegnungen und Gespräche. An den Wänden "
           "hängen Porträts aller früheren Präsidenten des Nationalrats der II. Republik, von Leopold Kunschak bis "
           "Andreas Khol. Von dort geht es weiter in den Budgetsaal und schließlich ins BesucherInnenzentrum, wo die "
           "Gäste an den zahlreichen Medienstationen ihr Wissen über den österreichischen Parlamentarismus testen und "
           "vervollkommnen können. Im Palais Epstein steht den BesucherInnen am Nationalfeiertag die Bel Etage offen."],
    quotes=[("\"Jö, der ist ja viel kleiner als im Fernsehen!\"", "Besucherinnen und Besucher"),
            ("\"Tag der offenen Tür\"", None),
            ("\"BesucherInnen-Route\"", None),
            ("\"Ausweichquartier\"", None)],
    aliases={"Besucherinnen und Besucher": ["Besucherinnen und Besucher"]})

p2 = ("\"Es wird an uns liegen, Politik als das zu verkörpern, was sie ist, nämlich als Auseinandersetzung mit der "
      "Frage, wie unsere Gesellschaft organisiert werden soll\", mahnte Prammer an die Adresse der Abgeordneten "
      "gerichtet. Es werde an allen liegen, durch Sachkenntnis und Bereitschaft zum Kompromiss Handlungsfähigkeit und "
      "Lösungskompetenz zu beweisen. Die wieder gewählte Präsidentin forderte aber auch persönlichen Anstand ein und "
      "betonte, es werde schließlich auch an den Abgeordneten liegen, dazu beizutragen, dass Politik im öffentlichen "
      "Ansehen jenen Stellenwert erhält, den sie braucht.")
add(id="ho9-pk-2013-10-29-prammer-konstituierende-sitzung",
    title="Prammer ruft zur konstruktiven Zusammenarbeit auf",
    url="https://www.ots.at/presseaussendung/OTS_20131029_OTS0197/prammer-ruft-zur-konstruktiven-zusammenarbeit-auf",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 29.10.2013; the "
              "stored copy's date prefix ' date 2018-03' before the headline dropped; the subtitle kept as its own line "
              "with its published typo 'Angeordnete' (rule 20); the subheading 'Generalsanierung des "
              "Parlamentsgebäudes - eine der großen Aufgaben' is dropped with its paragraph 'Als eine der großen "
              "Aufgaben …', which is cut off in the stored copy (rule 15))",
    license=PK,
    paras=["Mahnende Worte der Nationalratspräsidentin an neu gewählte Angeordnete",
           "Wien (PK) - Nach ihrer deutlichen Wiederwahl zur Nationalratspräsidentin rief Barbara Prammer in der "
           "heutigen konstituierenden Sitzung die Abgeordneten dazu auf, konstruktiv im Dienste und zum Wohle des "
           "Landes zusammenzuarbeiten, und sah den Nationalrat vor allem gefordert, sich in seiner neuen Zusammensetzung "
           "um eine parlamentarische Debatten- und Streitkultur zu bemühen, die den Erwartungen der Bürgerinnen und "
           "Bürger gerecht wird. Eine solche Kultur verlange einerseits politische Leidenschaft, setze aber andererseits "
           "auch Respekt vor anderen Meinungen voraus, gab sie zu bedenken.",
           p2],
    quotes=[(cut(p2, "\"Es wird", "soll\""), "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Prammer", "Nationalratspräsidentin", "Präsidentin"]})

p8 = ("Walter Rosenkranz ist erst seit 2 Tagen Nationalrats-Präsident. Der Empfang der Besucher:innen am "
      "National-Feiertag war für ihn eine \"neue und sehr schöne Erfahrung\". Er sagte: \"Meine Botschaft an die "
      "Besucher lautet, dass das Parlament ihnen gehört. Es ist das Haus aller Bürgerinnen und Bürger Österreichs.\"")
add(id="ho9-pd-2024-10-28-tag-der-offenen-tuer-einfache-sprache",
    title="Das war der Tag der offenen Tür 2024",
    url="https://publicnow.com/view/FB50492FC99CC8CEFB67984209DE4AABFAADC7A7",
    retrieved="same address (news item 'in einfacher Sprache' of the Austrian Parliament of 28.10.2024 as distributed by "
              "publicnow, which names the Parliament as its source (rule 31); publicnow's lines 'Österreichisches "
              "Parlament' and '10/28/2024 | Press release | Distributed by Public on 10/28/2024 08:43' above the "
              "headline dropped as repost furniture; the Parliament's date line and the repeated headline kept as "
              "published; the bullet marks and leading spaces of the four list items dropped; the image dialog "
              "'Modaldialog schließen' / 'Parlamentsdirektion/Ulrike Wieser' / 'Schließen' dropped as caption and credit "
              "(rule 19); the stored copy ends with the paragraph 'Die Besichtigung des Parlaments …')",
    license=PD,
    paras=["News in einfacher Sprache 28.10.2024, 15:28",
           "Das war der Tag der offenen Tür 2024",
           "Am National-Feiertag besuchten viele Menschen das Parlament. Sie interessierten sich für die Arbeit im "
           "Parlament und für das Gebäude.",
           "Jedes Jahr findet am österreichischen National-Feiertag im Parlament ein Tag der offenen Tür statt. Der "
           "Beginn war um 10 Uhr.",
           "Die ersten Besucher:innen wurden am Eingang persönlich begrüßt von",
           "Nationalrats-Präsident Walter Rosenkranz",
           "2. Nationalrats-Präsident Peter Haubner",
           "3. Nationalrats-Präsidentin Doris Bures",
           "Bundesrats-Präsident Franz Ebner",
           p8,
           "Auch der Fraktions-Obmann der SPÖ Andreas Babler war schon am Vormittag im Parlament und hat die ersten "
           "Gäste begrüßt. Bei den ersten Gästen waren viele Kinder dabei.",
           "Fotos mit Politiker:innen in der Säulenhalle",
           "Die Besichtigung des Parlaments findet immer in Gruppen von 30 Personen statt. Demokratie-Vermittler:innen "
           "des Parlaments führen die Gruppen durch die Sitzungs-Säle und beantworten Fragen. Am Ende der Führung kommen "
           "die Besucher:innen in die Säulenhalle. Dort haben die Parlaments-Parteien ihre Informations-Stände. Viele "
           "Abgeordnete zum Nationalrat und zum Bundesrat freuen sich auf Gespräche mit den Bürger:innen und verteilen "
           "kleine Geschenke. Viele Menschen wollten auch Fotos, zum Beispiel mit Herbert Kickl von der FPÖ und Andreas "
           "Babler von der SPÖ. Außerdem gab es Informationen von den Mitarbeiter:innen der Parlaments-Direktion."],
    quotes=[("\"neue und sehr schöne Erfahrung\"", "Walter Rosenkranz"),
            (cut(p8, "\"Meine Botschaft", "Österreichs.\""), "Walter Rosenkranz")],
    aliases={"Walter Rosenkranz": ["Walter Rosenkranz", "Nationalrats-Präsident Walter Rosenkranz"]})


p3 = ("Ein begehrter Interviewpartner war bei den Kindern heute Bundesratspräsident Wolfgang Erlitz. Er hatte gestern an "
      "der Eröffnung der Demokratiewerkstatt nicht teilnehmen können, und so stellte er sich heute zum TV-Interview. "
      "Knappe zehn Minuten hatten die Kids vor dem Interview Zeit für eine rasche Recherche - aber die reichte für eine "
      "umfassende und korrekte Ankündigung des Interviewpartners. Sie überraschten den Präsidenten mit ihrem "
      "detaillierten Wissen über den prominenten Gast, etwa dass er auch Präsident des Landesschulrats für Steiermark "
      "ist. Und sie stellten dem Präsidenten auch die profunde Frage: \"Was macht der Bundesrat?\" Präsident Erlitz ging "
      "in aller Ausführlichkeit auf diese doch nicht ganz unheikle Frage ein, wobei er auch kritisch anmerkte, dass die "
      "Macht der Länderkammer ziemlich eng begrenzt ist: \"Er kann Gesetze nicht verhindern, aber den Nationalrat "
      "ersuchen, ein Gesetz noch einmal zu bedenken - was dieser dann nicht tut, sondern einen neuen Beschluss fasst.\"")
add(id="ho9-pk-2007-10-26-demokratiewerkstatt-erlitz",
    title="Demokratiewerkstatt: Eine Werkstatt für kritische BürgerInnen Kinder stürmten am Tag der offenen Tür die "
          "Medienwerkstatt",
    url="https://www.ots.at/presseaussendung/OTS_20071026_OTS0082/demokratiewerkstatt-eine-werkstatt-fuer-kritische-buergerinnen-kinder-stuermten-am-tag-der-offenen-tuer-die-medienwerkstatt",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 26.10.2007; the "
              "stored title runs headline and subtitle together and is kept so (rules 18, 48); the dateline 'Wien (PK)' "
              "without dash kept as published (rule 20); the subheading 'Kinder interviewen Bundesratspräsident Erlitz' "
              "kept as its own line; the subheading 'Profunde Fragestellungen der Kids' is dropped with its paragraph "
              "'Viele der jungen Besucher waren bereits gestern in der Demokratiewer…', which is cut off in the stored "
              "copy (rule 15))",
    license=PK,
    paras=["Wien (PK) Rund 1.500 BesucherInnen wurden heute im Palais Epstein gezählt: Kinder und, in deren Begleitung, "
           "Väter und Mütter, Onkel und Tanten, Omis und Opas - und das, obwohl das Epstein eigentlich gar nicht in das "
           "Programm des Tags der offenen Tür im Parlament einbezogen war. Auch die gestern eröffnete "
           "Demokratiewerkstatt war nicht im Vollbetrieb; nur die Medienwerkstatt hatte geöffnet, und sie wurde von den "
           "Kids förmlich gestürmt. Geplant war, dass die Kinder in zwanzigminütigen Kurzworkshops einen ersten Eindruck "
           "und damit Lust auf mehr bekommen sollten. Aber viele Kinder blieben dann länger und schickten die "
           "Erwachsenen wieder fort, mit dem Wunsch, sie doch, bitte, erst später abzuholen.",
           "Kinder interviewen Bundesratspräsident Erlitz",
           p3],
    quotes=[("\"Was macht der Bundesrat?\"", "Kids"),
            (cut(p3, "\"Er kann", "fasst.\""), "Wolfgang Erlitz")],
    aliases={"Kids": ["Kids", "Kinder"],
             "Wolfgang Erlitz": ["Wolfgang Erlitz", "Erlitz", "Bundesratspräsident Wolfgang Erlitz",
                                 "Bundesratspräsident Erlitz", "Präsident Erlitz", "Bundesratspräsident"]})

p1 = ("Wien (PK) - \"Gedenken erschöpft sich nicht allein im Blick zurück. Gedenken formuliert einen Anspruch an das "
      "hier und jetzt - in der Sprache, die wir sprechen, und in den Handlungen, die wir setzen\", betonte heute "
      "Nationalratspräsident Wolfgang Sobotka im Rahmen der diesjährigen Gedenkveranstaltung des Parlaments an die "
      "Opfer des Holocaust.")
add(id="ho9-pk-2018-01-25-sobotka-holocaust-gedenktag",
    title="NR-Präsident Sobotka: Ehrliche und aktive Auseinandersetzung mit der Geschichte ist Verpflichtung",
    url="https://www.ots.at/presseaussendung/OTS_20180125_OTS0224/nr-praesident-sobotka-ehrliche-und-aktive-auseinandersetzung-mit-der-geschichte-ist-verpflichtung",
    retrieved="same address (the Parlamentskorrespondenz's own release on the OTS press-release service, 25.01.2018; the "
              "stored copy's date prefix ' date 2018-01' before the headline dropped; the subtitle kept as its own line; "
              "the subheading 'Sobotka: Wer sich seiner Vergangenheit nicht stellt, wird immer von ihr eingeholt werden' "
              "is dropped with its paragraph, a quotation of Sobotka that is cut off in the stored copy (rule 15))",
    license=PK,
    paras=["Zeitzeugengespräch zum Internationalen Holocaust-Gedenktag im Parlament",
           p1,
           "Der 27. Jänner, an dem 1945 das Konzentrations- und Vernichtungslager Auschwitz-Birkenau befreit wurde, ist "
           "aufgrund des Beschlusses der UNO Internationaler Tag des Gedenkens an die Opfer des Holocaust. Auf Initiative "
           "der damaligen Nationalratspräsidentin Barbara Prammer begeht auch das österreichische Parlament seit 2012 "
           "diesen Gedenktag. In Fortführung dieser Tradition hat Nationalratspräsident Wolfgang Sobotka heute zu einer "
           "Gedenkveranstaltung ins Palais Epstein eingeladen. Ein von der Direktorin des Jüdischen Museums Wien, "
           "Danielle Spera, moderiertes Zeitzeugengespräch mit Victor Klein, Herbert Löwy, Fritz Rubin-Bittmann und "
           "Alfred Schreier bildete den Mittelpunkt des Abends. Das jüdische Gebet zum Totengedenken \"El Male "
           "Rachamim\" wurde von Rabbiner Mordechai Fiksler gesungen.",
           "Die musikalische Umrahmung der Veranstaltung erfolgte durch junge Musikerinnen der Universität für Musik und "
           "angewandte Kunst Wien. Sie spielten Werke von Bruno Walter, Walter Arlen und Ernst Toch, alle drei "
           "vertriebene jüdische Komponisten."],
    quotes=[(cut(p1, "\"Gedenken", "setzen\""), "Wolfgang Sobotka"),
            ("\"El Male Rachamim\"", None)],
    aliases={"Wolfgang Sobotka": ["Wolfgang Sobotka", "Sobotka", "NR-Präsident Sobotka",
                                  "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident"]})

p3 = ("Die Kinder sind 8 Jahre alt und wissen schon, was eine Demokratie bedeutet: \"Alle dürfen mitbestimmen\". Sie "
      "wissen auch, wozu man ein Parlament braucht: \"zum Entscheiden\".")
add(id="ho9-pd-2024-12-04-demokratie-werkstatt-einfache-sprache",
    title="News in einfacher Sprache 04.12.2024, 10:23",
    url="https://www.parlament.gv.at/aktuelles/news/in-einfacher-sprache/Demokratie-Werkstatt-Demokratie-Bildung-direkt-im-Parlament",
    retrieved="same address (stored news page of the Parliament's website, 04.12.2024; it begins with the item's date "
              "line, which is the first line (rule 18), then the headline; the sentence 'Das haben die Kinder heute in "
              "der Demokratie-Werkstatt gelernt.', on its own line in the stored copy, kept as its own line; the "
              "subheading 'Nationalratspräsident beantwortet Fragen' kept as its own line; the paragraph 'Ein Kind hat "
              "gefragt, wann der Nationalrats-Präsident zum ersten Mal gewählt hat. …', cut off in the stored copy, "
              "dropped (rule 15))",
    license=PD.replace(", as distributed by publicnow", ""),
    paras=["Demokratie-Werkstatt: Demokratie-Bildung direkt im Parlament",
           "Heute waren 18 Kinder aus Niederösterreich im Parlament zu Besuch. Sie sind aus der Volksschule Tulln II. "
           "Die Kinder sind im Plenarium gesessen, das ist ein runder Raum aus Glas im Parlament. Dort haben sie einen "
           "Podcast gestaltet, in dem es um Demokratie und die Arbeit des Parlaments geht.",
           p3,
           "Das haben die Kinder heute in der Demokratie-Werkstatt gelernt.",
           "Die Demokratie-Werkstatt gibt es seit dem Jahr 2007. Viele Schüler:innen und Lehrlinge haben bisher schon "
           "teilgenommen. Sie haben sich mit Demokratie, Politik, Gesetzgebung und der Rolle der Medien beschäftigt. "
           "Wenn man die Kinder aus Tulln mitzählt, waren es insgesamt schon 150.000 Kinder und Jugendliche. Seit 2007 "
           "hat es 7.500 Workshops gegeben, die jeweils 4 Stunden dauern.",
           "Es ist wichtig, dass man sich eine eigene Meinung bildet und dass man in der Politik mitmacht. Das sollen "
           "Kinder und Jugendliche verstehen, das ist das Hauptziel der Demokratie-Werkstatt.",
           "Die Schüler haben in der Demokratiewerkstatt Fragen an den Nationalrats-Präsident erarbeitet, die sie ihm "
           "anschließend stellen konnten.",
           "Nationalratspräsident beantwortet Fragen",
           "In der Demokratie-Werkstatt machen auch Mitglieder des Nationalrats und des Bundesrats mit. Sie erzählen, "
           "wie ihre Arbeit aussieht.",
           "Heute war Nationalrats-Präsident Walter Rosenkranz dabei. Er hat die Fragen der Schüler:innen beantwortet. "
           "Sie haben Presse-Ausweise bekommen und durften Reporter:innen spielen. Das Aufnahmegerät für den Podcast "
           "haben sie natürlich immer dabei gehabt."],
    quotes=[("\"Alle dürfen mitbestimmen\"", "Kinder"),
            ("\"zum Entscheiden\"", "Kinder")],
    aliases={"Kinder": ["Kinder"]})


# --- netzpolitik.org ---

add(id="ho9-np-2018-09-preview-14np-offene-inhalte", title=None,
    url="https://netzpolitik.org/2018/preview-14np-mit-offenen-inhalten-eine-bessere-welt-erschaffen/",
    retrieved="same address (stored page of September 2018; the stored copy begins with the body, without headline, so "
              "its first paragraph is the first line (rule 32); an empty line after the second paragraph dropped; the "
              "subheading 'Öffentlich finanziert? Öffentliches Gut!' is dropped with its paragraph 'In eine ähnliche "
              "Kerbe schlägt …', which is cut off in the stored copy (rules 15, 17))",
    license=NP,
    paras=["Wissen verschanzt sich allzu oft hinter Lizenzmodellen, geschlossenen Ökosystemen oder verstaubt in "
           "Behördenschränken. Projekte wie Wikipedia oder FragDenStaat.de schicken sich auf unterschiedliche Arten an, "
           "es der Öffentlichkeit näher zu bringen. Wie das geht, zeigen am 21. September auf unserer Konferenz „Das ist "
           "Netzpolitik“ Vorträge, Paneldiskussionen und Workshops.",
           "Qualitativ hochwertige Beiträge der öffentlich-rechtlichen Sender finden sich nicht nur in deren eigenen "
           "Mediatheken. Auch auf privaten, kommerziellen Plattformen wie Youtube, Twitter oder Facebook verbreiten ARD "
           "& Co. kurze Clips, ganze Dokumentationen oder die Tagesschau. Doch ausgerechnet auf einer Plattform glänzen "
           "die öffentlich finanzierten Anstalten durch ihre Abwesenheit: auf der gemeinnützigen Wikipedia.",
           "„Dabei wären Wikipedia und die öffentlich-rechtlichen ein Traumpaar“, sagt Leonhard Dobusch. Der "
           "Universitätsprofessor und netzpolitik.org-Autor erforscht in Innsbruck unter anderem transnationale "
           "Urheberrechtsregulierung und ist zudem Mitglied des ZDF-Fernsehrats. Dort setzt er sich nicht zuletzt für "
           "offene Creative-Commons-Lizenzen ein, die eben auch auf Wikipedia zum Einsatz kommen.",
           "Doch solche Lizenzen sind, bis auf Weiteres, in den meisten Fällen schlicht nicht kompatibel mit den "
           "traditionell produzierten und vertriebenen Inhalten der öffentlich-rechtlichen Medien. Ein Trauerspiel, "
           "denn die freie Online-Enzyklopädie verfügt vor allem über Textinhalte. ARD und ZDF könnten fehlende "
           "Bewegtbilder beisteuern. Der Vortrag widmet sich den Fragen, warum so wenige Inhalte unter offenen "
           "Creative-Commons-Lizenzen stehen und wie sich das in Zukunft vielleicht ändern ließe."],
    quotes=[("„Das ist Netzpolitik“", None),
            ("„Dabei wären Wikipedia und die öffentlich-rechtlichen ein Traumpaar“", "Leonhard Dobusch")],
    aliases={"Leonhard Dobusch": ["Leonhard Dobusch", "Universitätsprofessor"]})


# --- Global Voices auf Deutsch (topic, month and date pages) ---

add(id="ho9-gv-2014-04-27-tagesseite", title="Artikel vom 27 April 2014",
    url="https://de.globalvoices.org/2014/04/27/",
    retrieved="same address (stored date page: headline and teaser of each article as the page shows them, the teasers "
              "with their published '...' (rule 19); the bracketed language tag '[en]' kept (rule 20); complete as "
              "stored)",
    license=GV,
    paras=["Wie Dmitry Timchuk die russische Blogosphäre mürbe gemacht hat",
           "Statt Moskaus Beitrag zur Popularisierung von Timchuk anzuerkennen, geben einige russische Blogger der NATO "
           "die Schuld. Seinen Kopf in den Sand zu stecken, macht das Leben manchmal leichter.",
           "Gebt nicht dem Westen die Schuld für die Probleme Afrikas",
           "Gershom Ndhlovu argumentiert [en], Afrikas politische Führungseliten begingen einen Fehler, wenn sie den "
           "Westen für die Probleme Afrikas verantwortlich machten: Beim letzten EU-Afrika-Gipfel, der in Belgien "
           "stattfand, wiederholte Zambias Präsident...",
           "Tunesien: “Auch ich habe eine Polizeiwache in Brand gesetzt”",
           "Tunesische Netzbürger nutzen soziale Medien, um die juristische Strafverfolgung von Demonstranten der "
           "Revolution von 2011 anzuprangern, denen vorgeworfen wird, \"Polizeiwachen in Brand gesetzt\" zu haben.",
           "“Palästina hat es nie gegeben”?",
           "Eine Reihe von Twitternutzern stellen die gängige israelische Behauptung in Frage, Palästina habe nie "
           "existiert und nutzen dazu den Hashtag #there_was_no_Palestine."],
    quotes=[("“Auch ich habe eine Polizeiwache in Brand gesetzt”", "Tunesische Netzbürger"),
            ("\"Polizeiwachen in Brand gesetzt\"", None),
            ("“Palästina hat es nie gegeben”", None)],
    aliases={"Tunesische Netzbürger": ["Tunesische Netzbürger"]})

add(id="ho9-gv-2012-05-internationale-beziehungen", title="Artikel über Internationale Beziehungen vom Mai, 2012",
    url="https://de.globalvoices.org/category/topics/international-relations/?m=201205",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them (rule 19); "
              "the published 'Konflikte-' without space, the mistyped closing mark in '‘Blockupy‘' and the bracketed "
              "language tag '[es]' kept (rules 20, 21); complete as stored)",
    license=GV,
    paras=["China: Haben soziale Medien die Regierung in der Bo-Xilai-Saga herausgefordert?",
           "Politische Machtkämpfe, Mord, Korruption, sowie Spionage und diplomatische Konflikte- die Absetzung Bo "
           "Xilais aus der Führungsspitze der Kommunistischen Partei Chinas (KP) entfaltet sich als facettenreiches "
           "Ereignis. Die Affäre um Bo Xilai ist zudem ein gutes Beispiel für die störende Rolle, die soziale Netzwerke "
           "in der heutigen chinesischen Gesellschaft spielen.",
           "Deutschland: Blockupy-Proteste gegen europaweiten Sparkurs",
           "‘Blockupy‘-Proteste gegen Sparmaßnahmen, die in der Eurozone durchgesetzt werden, erschütterten letzte Woche "
           "das europäische Finanzzentrum Frankfurt. Soziale Netzwerke im Internet sind voll von Bürgerberichten über "
           "die Mobilisierung, die trotz massiver Polizeipräsenz und Repression stattfand.",
           "Deutschland: Fahndungsplakate gegen Panzerlieferungen nach Saudi-Arabien",
           "Das Zentrum für Politische Schönheit erregt derzeit mit einer Fahndungsaktion viel Aufsehen. Das Ziel ist "
           "die Verurteilung der Eigentümer des Rüstungsunternehmens Krauss-Maffei Wegmann und ein Stopp geplanter "
           "Panzerlieferungen nach Saudi-Arabien.",
           "Kolumbien: “San Andrés gehört zu Kolumbien”",
           "Nicaragua hat beim Internationalen Gerichtshof eine Forderung betreffend der Souveränität der Inselgruppe "
           "bestehend aus San Andrés, Providencia und Santa Catalina gemeldet. Kolumbianer wünschen, dass der Archipel "
           "\"kolumbianisch bleibt\". Bei Twitter teilen sie verschiedene Meinungen unter dem Hashtag "
           "#SanAndresesColombia [es] (San Andrés gehört zu Kolumbien)."],
    quotes=[("‘Blockupy‘", None),
            ("“San Andrés gehört zu Kolumbien”", None),
            ("\"kolumbianisch bleibt\"", "Kolumbianer")],
    aliases={"Kolumbianer": ["Kolumbianer"]})

add(id="ho9-gv-2012-04-menschenrechte", title="Artikel über Menschenrechte vom April, 2012",
    url="https://de.globalvoices.org/category/topics/human-rights/?m=201204",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them (rule 19); "
              "the apostrophe in 'Global Voices'' kept; the last item (headline 'Pakistan…', cut off in the stored copy) "
              "dropped)",
    license=GV,
    paras=["Mexiko: Verstöße gegen die Menschenrechte und die Präsidentschaftswahlen",
           "Der Dokumentarfilm \"A Schizophrenic State\" (Ein schizophrener Staat) von Charlotte King erzählt die "
           "Geschichte von San Salvador Atenco und Oaxaca, zwei Ortschaften in Mexiko, die Verstöße gegen die "
           "Menschenrechte von regierenden politischen Parteien, einschließlich eines Gouverneurs, der jetzt Präsident "
           "werden möchte, erlitten.",
           "Video: NGOs präsentieren ihre Arbeit durch preisgekrönte Videos",
           "Am 5. April 2012 wurden die Sieger der 6. Jährlichen doGooder Filmauszeichnung für Gemeinnützige "
           "Organisationen bekanntgegeben. Nachfolgend die Gewinner der vier verschiedenen Kategorien: kleine, mittlere "
           "und große Organisationen sowie “Beste Erzählkunst” und die vier Sieger in der Kategorie “Furchtlos”.",
           "Videohighlights: Syrischer Aktivismus, Kinderstreitpunkte und Delfinsterben",
           "Eine Auswahl an Global Voices' neuesten und interessantesten Geschichten über die syrischen Proteste im "
           "Mittleren Osten und Nordafrika, China und Indiens Femizide in Süd- und Ostasien, Internetkampagnen mit "
           "mexikanischen Kindern und das Massensterben von Delfinen in Peru, Lateinamerika.",
           "Mali: Schweigen der einheimischen Blogosphäre",
           "Während das Internet mit Blogs, Tweets und Videos aus anderen Ländern überschwemmt wird, bleiben malische "
           "Internetbenutzer stumm. Die Hauptstadt Bamako ist immer noch von schweren Stromausfällen betroffen, weil "
           "der Treibstoff für die Kraftwerke ausgeht. Unter diesen Bedingungen ist es wichtiger, Informationen über die "
           "neue Führung im Norden zu finden, als selbst Nachrichten zu verschicken.",
           "Griechenland: Öffentlicher Selbstmord eines 77-Jährigen in Athen",
           "Ganz Griechenland war am 4. April schockiert wegen des Selbstmordes von Dimitris Christoulas, 77, der sich "
           "auf dem Syntagma-Platz in Athen vor aller Augen selbst in den Kopf schoss. Angeblich soll er gerufen haben, "
           "er \"wolle seinen Kindern keine Schulden hinterlassen.\""],
    quotes=[("\"A Schizophrenic State\"", None),
            ("“Beste Erzählkunst”", None),
            ("“Furchtlos”", None),
            ("\"wolle seinen Kindern keine Schulden hinterlassen.\"", "Dimitris Christoulas")],
    aliases={"Dimitris Christoulas": ["Dimitris Christoulas"]})

add(id="ho9-gv-2014-05-medien-journalismus", title="Artikel über Medien & Journalismus vom Mai, 2014",
    url="https://de.globalvoices.org/category/topics/media-journalism/?m=201405",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the teaser "
              "with its published '...' (rule 19); the published typo 'festghaltene' and the language tag '[mk]' kept "
              "(rule 20); the last item (headline 'GV Face: Die Zone 9-Blogger in Äthiopien befreien' and its teaser, "
              "cut off in the stored copy) dropped)",
    license=GV,
    paras=["Russland will jetzt um Nachrichten-Aggregatoren die Schlinge zuziehen",
           "Russlands Gesetzgeber leitet Schritt ein, um Nachrichtenportale wie Massenmedien zu klassifizieren. Dann "
           "müssten sich Unternehmen wie Yandex in ein staatliches Register eintragen lassen. Dadurch wären sie "
           "strengeren Regulierungen unterworfen.",
           "Russlands Hashtag-Aktivismus in der Ukraine",
           "Russische Aktivisten wollen aus der Hashtag-Kampagne #BringBackOurGirls Kapital schlagen, indem sie dieses "
           "Kästchendenken auf zwei in der Ukraine festghaltene russische Journalisten anwenden und auf eine ähnliche "
           "Welle der Empörung hoffen.",
           "Flucht aus der Ukraine, oder: Die Rückkehr des Tomaten-Terroristen",
           "Nachdem er auf Separatisten traf, wurde Morozow festgenommen und als Spion beschuldigt: \"Ich kann es den "
           "Milizionären nicht verdenken, dass sie mich in Antrazyt gefoltert haben\", schrieb er später.",
           "Marokkanischer Blogger und Rapper El-Haqed wieder in Haft",
           "Freunde sagen, die Polizei habe den Rapper erkannt und gezielt bei einem Fußballspiel herausgegriffen. Mouad "
           "Belrhouat, bekannt als El-Haqed, wurde seit 2011 bereits zwei Mal für seine politische Musik und Aktivismus "
           "inhaftiert.",
           "Nachruf: Camille Lepage, eine außergewöhnlich mutige Fotojournalistin",
           "Camille Lepage kam während ihrer Berichterstattung über den Konflikt in der Zentralafrikanischen Republik "
           "ums Leben. Als Journalistin war es ihr oberstes Ziel, von Geschehnissen in Afrika zu berichten, die von den "
           "westlichen Medien oft ignoriert werden.",
           "Mazedonische Webseite nimmt mit Satire Stellung zur freien Meinungsäußerung",
           "Mazedonien weist eine lange Tradition von Humor, Karikaturen und Satiren auf und beheimatet nicht zuletzt "
           "die Weltgalerie der Karikaturen [mk]. Mit dem Aufkommen neuer Medien werden viele Sinnsprüche und "
           "satirische Erzählungen..."],
    quotes=[("\"Ich kann es den Milizionären nicht verdenken, dass sie mich in Antrazyt gefoltert haben\"", "Morozow")],
    aliases={"Morozow": ["Morozow"]})

add(id="ho9-gv-2012-09-medien-journalismus", title="Artikel über Medien & Journalismus vom September, 2012",
    url="https://de.globalvoices.org/category/topics/media-journalism/?m=201209",
    retrieved="same address (stored topic page: headline and teaser of each article as the page shows them, the teasers "
              "with their published '...' (rule 19); the empty line between the last headline and its teaser dropped; "
              "the mixed marks of the Portugal quotation (English-style opening, ASCII closing) kept (rule 21); complete "
              "as stored)",
    license=GV,
    paras=["Dominikanische Republik: Das Verbrechen ein Rocker zu sein",
           "Der Mord an José Carlos Hernández (Chiva), einem 23-jährigen dominikanischen Rockmusiker, ist eines der "
           "schaurigsten Verbrechen der letzten Jahre im Land. Während traditionelle Medien im Zuge des Vorfalls "
           "Stereotype verbreiten, nutzt die Internetgemeinschaft soziale Medien, um die verschiedenen Tabus und "
           "Vorurteile zu debattieren, die immer noch den öffentlichen dominikanischen Diskurs dominieren.",
           "Armenien: Homophober Redakteur auf Sendung",
           "Ausgepackt: Gay Armenia erklärt sich zufrieden, dass die oppositionsfreundliche A1+ TV, ein Kanal, dessen "
           "Sendeplatz ihm 2002 entzogen wurde, jetzt ein Programm hat, das auf einem anderen Kanal ausgestrahlt wird. "
           "Allerdings bemerkt der Blogger auch seine...",
           "Portugal: Öffentliches Fernsehen auf dem Weg zur Privatisierung",
           "“Portugal wird das einzige Land Europas ohne öffentliches Radio und Fernsehen sein.\" Das war eine der "
           "ersten, empörten Reaktionen auf Twitter, kurz nach der (un)offiziellen Bekanntgabe des Vorschlags von "
           "António Borges, Privatisierungsberaters der Regierung, das Portugiesische Öffentliche Fernsehen (RTP) zu "
           "privatisieren.",
           "Bei Härnu hilft Global Voices Menschen zusammenzubringen",
           "Eine neue Website bringt Menschen in einem direkten Austausch über globale Kultur zusammen. Sie zeigt Titel "
           "von Global Voices in ihrem Nachrichtenbereich als Eisbrecher für die Konversationen. Härnu ermutigt "
           "Menschen...",
           "Russland: Aktivistin in Haft wegen erfundener Drogenanzeige",
           "Zu Beginn dieser Woche ist die von vielen so genannte Liste \"politischer Gefangener\" Russlands wieder "
           "länger geworden. Am 28. August wurde die Aktivistin Taisija Osipowa zu acht Jahren Haft wegen Drogenbesitz "
           "verurteilt: vier Jahre mehr als die Staatsanwaltschaft gefordert hatte."],
    quotes=[("“Portugal wird das einzige Land Europas ohne öffentliches Radio und Fernsehen sein.\"", None),
            ("\"politischer Gefangener\"", None)],
    aliases={})
