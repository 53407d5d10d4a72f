# Twenty-fifth held-out German real-news set (tests/data/heldout25-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-137 and the new rules of this set, 138-141). None of these pages is in any tests/data/*.jsonl
# (checked by URL and OTS/PK number against every URL in tests/data, and by an 8-word overlap search against the texts
# of all sets). The annotation was finished and committed before whosaid was run on any of these texts. Fields as in
# articles.py.
# Sources: see SOURCES.md, section "Twenty-fifth held-out set". All stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK, PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Parlamentskorrespondenz on parlament.gv.at ---

add(id="ho25-pk-1999-484-fischer-wiedergewaehlt",
    title="Parlamentskorrespondenz Nr. 484 vom 29.10.1999",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_1999/pk0484",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then the headline in "
              "capitals as published; the published typo 'mit grosser Freunde' kept (rule 20); the fourth paragraph "
              "('Fischer betonte zudem, dass der Nationalrat … und neue Weg'), cut off in the stored copy, dropped "
              "(rule 15); it holds no quotation mark in the stored part)",
    license=PK,
    paras=["DR. FISCHER ALS PRÄSIDENT DES NATIONALRATS WIEDERGEWÄHLT",
           "Wien (PK) - Nach dem Wahlvorgang und einer kurzen Sitzungsunterbrechung zum Auszählen der Stimmen nahm "
           "Nationalratspräsident Dr. FISCHER die unterbrochene Sitzung wieder auf und gab das Wahlergebnis bekannt: 183 "
           "abgegebene Stimmen, davon 158 Stimmen gültig. Auf den Abgeordneten Dr. Heinz Fischer entfielen 140 Stimmen, "
           "auf den Abgeordneten Faul 6 Stimmen und auf andere Abgeordnete 12 Stimmen. Damit wurde Heinz Fischer zum "
           "Nationalratspräsidenten gewählt.",
           "Präsident Fischer nahm, wie er sagte, die Wahl mit grosser Freunde und Dankbarkeit an und versprach, sich mit "
           "allen Kräften zu bemühen, das Vertrauen zu rechtfertigen sowie dafür zu sorgen, dass die Regeln und Normen "
           "korrekt eingehalten werden.",
           'Weiters nahm er zur Übernahme des bisher vom Stadtschulrat benutzten Palais Epstein für Parlamentszwecke '
           'Stellung. In diesem Zusammenhang unterstrich Fischer, dass die Nutzung dieses benachbarten Gebäudes durch die '
           'Volksvertretung nicht bedeute, den Gedanken an ein Haus der Geschichte zu den Akten zu legen oder gar '
           'abzulehnen. "Wir wollen", betonte Präsident Fischer, "dass auch dieses Projekt - nämlich ein Haus der '
           'Geschichte oder ein Haus der Toleranz - in bestmöglicher Weise auf möglichst breiter Basis realisiert wird."'],
    quotes=[('"Wir wollen"', "Heinz Fischer"),
            ('"dass auch dieses Projekt - nämlich ein Haus der Geschichte oder ein Haus der Toleranz - in bestmöglicher '
             'Weise auf möglichst breiter Basis realisiert wird."', "Heinz Fischer")],
    aliases={"Heinz Fischer": ["Heinz Fischer", "Dr. Heinz Fischer", "Nationalratspräsident Dr. FISCHER",
                               "Präsident Fischer", "Fischer"]})

add(id="ho25-pk-2012-487-prammer-kritik",
    title="Parlamentskorrespondenz Nr. 487 vom 14.06.2012",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2012/PK0487/index.shtml",
    retrieved="same address (stored page; the release's number line is the first line (rule 18), then headline and "
              "subtitle as their own lines; the end mark '(Schluss)' dropped (rule 48); complete in the stored copy)",
    license=PK,
    paras=["Prammer weist Kritik von FPÖ und BZÖ zurück",
           "Geschäftsordnung ist einzuhalten, Mehrheiten sind zu respektieren",
           'Wien (PK) – Nationalratspräsidentin Barbara Prammer weist die von FPÖ und BZÖ geäußerte Kritik an ihrer '
           'Vorsitzführung in der heutigen Plenarsitzung des Nationalrates entschieden zurück. Vielmehr stellt sie klar: '
           '"Ich habe der Debatte breiten Raum eingeräumt, Mehrheitsentscheidungen habe ich zu respektieren."',
           'Konkret heißt das laut NR-Präsidentin Prammer: Erstens, die Geschäftsordnung ist einzuhalten. "Es liegt nicht '
           'an mir, wer welche Anträge stellt. Mehrheiten sind von mir nicht zu hinterfragen."',
           'Zweitens, "ich habe mehr Wortmeldungen zur Geschäftsbehandlung zugelassen, als notwendig gewesen wäre. Streng '
           'nach Geschäftsordnung hätte ich nur eine Wortmeldung und sogar erst am Ende der Tagesordnung zulassen müssen." '
           'Drittens, "Sitzungsunterbrechungen, weil eine Fraktion oder eine Minderheit mit einem Antrag nicht '
           'durchdringt, sind weder vorgesehen noch üblich".'],
    quotes=[('"Ich habe der Debatte breiten Raum eingeräumt, Mehrheitsentscheidungen habe ich zu respektieren."',
             "Barbara Prammer"),
            ('"Es liegt nicht an mir, wer welche Anträge stellt. Mehrheiten sind von mir nicht zu hinterfragen."',
             "Barbara Prammer"),
            ('"ich habe mehr Wortmeldungen zur Geschäftsbehandlung zugelassen, als notwendig gewesen wäre. Streng nach '
             'Geschäftsordnung hätte ich nur eine Wortmeldung und sogar erst am Ende der Tagesordnung zulassen müssen."',
             "Barbara Prammer"),
            ('"Sitzungsunterbrechungen, weil eine Fraktion oder eine Minderheit mit einem Antrag nicht durchdringt, sind '
             'weder vorgesehen noch üblich"', "Barbara Prammer")],
    aliases={"Barbara Prammer": ["Barbara Prammer", "Nationalratspräsidentin Barbara Prammer", "NR-Präsidentin Prammer",
                                 "Prammer"]})

# --- Parlamentskorrespondenz on OTS ---

add(id="ho25-pk-ots-2003-khol-fischer-65",
    title="KHOL GRATULIERT FISCHER ZUM 65. GEBURTSTAG Dank für jahrzehntelangen Dienst für die Republik",
    url="https://www.ots.at/presseaussendung/OTS_20031009_OTS0004/khol-gratuliert-fischer-zum-65-geburtstag-dank-fuer-jahrzehntelangen-dienst-fuer-die-republik",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 9 October 2003, dateline 'Wien "
              "(PK)'; headline and subtitle run together in the stored copy and are kept so (rule 18); the hard line "
              "breaks inside the paragraphs ('mit dem' / 'Parlament', 'Von' / '1983', 'durchlaufen' / 'und seine', 'habe "
              "er' / 'es verstanden', 'Heinz Fischer' / 'immer', 'Mitbewerber' / 'zu bewahren') joined with a space "
              "(rule 48); the last paragraph ('\"Ich wünsche Heinz Fischer von ganzem Herzen alles Gute zu seinem 65. "
              "Geburtstag und freue mich, ihm diese'), cut off inside its quotation in the stored copy, dropped (rule "
              "15); the contact block of the release is not in the stored excerpt)",
    license=PK,
    paras=['Wien (PK) - "Heinz Fischer ist heute 65 Jahre alt geworden. Ich gratuliere ihm im Namen des Nationalrates der '
           'Republik Österreich und insbesondere persönlich als langer Wegbegleiter", sagte heute Nationalratspräsident '
           'Andreas Khol.',
           "Heinz Fischer ist wie kaum ein anderer Politiker mit dem Parlament unserer Republik verbunden. Im Jahr 1963 – "
           "also vor 40 Jahren – begann Fischer seinen Dienst im Hohen Haus. Zunächst war Heinz Fischer Sekretär der "
           "sozialistischen Parlamentsfraktion, im Jahr 1971 wurde er erstmals für die SPÖ in den Nationalrat gewählt. Im "
           "November 1975 wurde Fischer Geschäftsführender Obmann des Klubs der sozialistischen Abgeordneten und "
           "Bundesräte. Von 1983 bis 1986 war er Wissenschaftsminister in der Koalitionsregierung von SPÖ und FPÖ. 1986 "
           "wurde Fischer wieder SPÖ-Klubobmann. Von November 1990 bis Dezember 2002 war Heinz Fischer Präsident des "
           "Nationalrates, seit Dezember 2002 ist er Zweiter Präsident des Nationalrates.",
           '"Heinz Fischer hat alle Ebenen des Parlamentarismus durchlaufen und seine Funktionen immer im Dienste seiner '
           'sozialdemokratischen Partei und im Dienste der Republik ausgeübt. Unser Land ist Heinz Fischer dankbar – er '
           'war und ist einer der großen Staatsmänner unserer Zeit", so Khol. Fischer sei als Präsident und als Zweiter '
           'Präsident des Nationalrates immer der Objektivität und der Fairness verpflichtet gewesen. Auch in schwierigen '
           'Zeiten habe er es verstanden, die Würde des Hohen Hauses zu wahren.',
           '"Ich schätze Heinz Fischer als politisches Gegenüber. Auch bei scharfen Differenzen in der Sache versteht es '
           'Heinz Fischer immer, ein respektvolles Verhältnis zum politischen Mitbewerber zu bewahren. Sein Stil der '
           'politischen Arbeit soll ein Vorbild gerade für unsere neuen Abgeordneten sein", meinte Khol.'],
    quotes=[('"Heinz Fischer ist heute 65 Jahre alt geworden. Ich gratuliere ihm im Namen des Nationalrates der Republik '
             'Österreich und insbesondere persönlich als langer Wegbegleiter"', "Andreas Khol"),
            ('"Heinz Fischer hat alle Ebenen des Parlamentarismus durchlaufen und seine Funktionen immer im Dienste seiner '
             'sozialdemokratischen Partei und im Dienste der Republik ausgeübt. Unser Land ist Heinz Fischer dankbar – er '
             'war und ist einer der großen Staatsmänner unserer Zeit"', "Andreas Khol"),
            ('"Ich schätze Heinz Fischer als politisches Gegenüber. Auch bei scharfen Differenzen in der Sache versteht es '
             'Heinz Fischer immer, ein respektvolles Verhältnis zum politischen Mitbewerber zu bewahren. Sein Stil der '
             'politischen Arbeit soll ein Vorbild gerade für unsere neuen Abgeordneten sein"', "Andreas Khol")],
    aliases={"Andreas Khol": ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol", "KHOL"]})

# --- Pressenza, German service: author and tag pages (list pages, rules 19, 68, 87, 141) ---

add(id="ho25-pz-author-alicia-blanco",
    title="Alicia Blanco",
    url="https://www.pressenza.com/de/author/alicia-blanco/",
    retrieved="same address (author page of Pressenza's German service, a list page (rules 19, 87, 141): the author's "
              "name is the first line, her description line as published, then each headline and teaser with the site's "
              "'…'; the last item ('Poesie gegen Gewalt' / '„… während wir schlafen finden blutige Kriege statt … ist "
              "tragischerweise d'), whose teaser is cut off in the stored copy, dropped with its headline and its "
              "quotation (rules 15, 68))",
    license=PZ,
    paras=["Humanista, co-directora de Pressenza.",
           "Die „Infiltratoren“: Ayotzinapa, Extraktivismus und sozialer Widerstand",
           "Mexiko. Iguala, Bundesstaat Guerrero, 26. September 2014. 137 Schüler der Raúl Isidro Burgos Rural Normal "
           "School in Ayotzinapa fahren in zwei Bussen in die 246 Kilometer entfernte Stadt Iguala. Späteren Angaben der "
           "Generalstaatsanwaltschaft zufolge wurden sie bei ihrer Ankunft –…",
           "Nach dem Ende einer Welt",
           "Auroville 2046 ist eine Kurzgeschichte, die ihre Autorin und Pressenza heute in 7 Sprachen (Spanisch, "
           "Portugiesisch, Französisch, Katalanisch, Deutsch, Italienisch und Englisch) zur Verfügung stellen. Zum Lesen "
           "und Teilen. Der Titel wäre vor einem Jahr viel weniger passend gewesen. Er…",
           "Hommage an Pepe Mujica : „Danke, Pepe!“",
           "Am 20.Oktober trat Pepe Mujica, der ehemalige Präsident Urugays, der als «ärmster Präsident der Welt» bekannt "
           "wurde, von seinem Sitz im Senat zurück. Er ist 85 Jahre alt und tat dies nicht zum ersten Mal. Bereits im "
           "August 2018 war…",
           "London: Jair Bolsonaro mit dem Preis „Rassist des Jahres“ ausgezeichnet",
           "Seit Oktober hat eine Delegation indigener Führer*innen aus Brasilien 18 Städte in 12 europäischen Ländern "
           "bereist, um die schweren Menschenrechtsverletzungen an ihren Völkern sowie die Umweltzerstörung seit dem "
           "Amtsantritt von Präsident Jair Bolsonaro im Januar dieses Jahres anzuprangern. Am 14.…",
           "Legalisierung von Abtreibung in Argentinien: Schreiben wir Geschichte!",
           "Das Video, das wir hier teilen, zeigt den letzten Abschnitt eines langen Prozesses, der diese Woche in der "
           "Annahme des Gesetzes zur Legalisierung von Abtreibung durch die nationale Abgeordnetenkammer in Argentinien "
           "gipfelte. Der Prozess wurde von Tausenden von Frauen im…"],
    quotes=[("„Infiltratoren“", None),
            ("„Danke, Pepe!“", None),
            ("«ärmster Präsident der Welt»", None),
            ("„Rassist des Jahres“", None)],
    aliases={})

add(id="ho25-pz-tag-solidaritaet-page9",
    title="Solidarität",
    url="https://www.pressenza.com/de/tag/solidaritat/page/9",
    retrieved="same address (tag page of Pressenza's German service, page 9, a list page (rules 19, 68): the site's "
              "'Mastodon' link line dropped, the tag name is the first line, then headlines and teasers with the site's "
              "'…'; the last item ('Wurzeln des philippinischen Humanismus: Teil 1 „Kapwa“' / '„Kapwa ist die Anerkennung "
              "… Die'), whose teaser is cut off in the stored copy, dropped with its headline and quotations (rules 15, "
              "68); page 6 of the same tag is in heldout10, this page is not)",
    license=PZ,
    paras=["Die Freedom Flotilla nimmt Kurs, um die Blockade von Gaza zu durchbrechen",
           "Der kleine Hafen von San Giovanni Li Cuti, einem alten Fischerviertel im Herzen von Catania, war brechend "
           "voll. Hunderte von Menschen drängten sich am Kai, um die Freedom Flotilla zu begrüßen, das Schiff, das am "
           "Sonntag, dem 1. Juni, in…",
           "50 Kilometer der Solidarität: Pressenza auf dem Weg nach Gaza",
           "Am 12. Juni nimmt Pressenza am Global March to Gaza teil. Für uns vor Ort ist unser Mitarbeiter Stefano "
           "Bertoldi – Antimilitarist und Aktivist für die Rechte von Migrant:innen – auf dem Weg zum "
           "Rafah-Grenzübergang. Als Ansprechpartner für die Region…",
           "Veteranentag? Wir feiern eure Kriege nicht!",
           "Auf die Straße gegen Aufrüstung und Kriegsverherrlichung! Am 15. Juni wird zum ersten Mal der neu eingeführte "
           "»Nationale Veteranentag« zelebriert. Mithilfe eines familien- und volksfestartigen Charakters sollen uns Krieg "
           "und Militär schmackhaft gemacht werden. Denn: Waffen allein reichen nicht aus.…",
           "„Ich glaube an das Denkvermögen der Menschen“ – Günter Buhlke über Sozialismus, Demokratie und die Hoffnung "
           "auf eine menschlichere Welt",
           "Günter Buhlke hat über 250 Artikel für Pressenza geschrieben, zahlreiche Bücher veröffentlicht und war Zeit "
           "seines Lebens politisch, wirtschaftlich und intellektuell aktiv. Geboren 1934, erlebte er Krieg, Wiederaufbau, "
           "DDR, Wende und die neoliberale Neuordnung nach 1990. In diesem persönlichen Gespräch…",
           "Wurzeln des philippinischen Humanismus: Teil 2 „Bayanihan“",
           "Das Prinzip des bayanihan. Es handelt sich um eine uralte philippinische Tradition, bei der man anderen hilft, "
           "ohne eine Gegenleistung zu erwarten. Es ist ein zentraler Wert der philippinischen Kultur, ein greifbares "
           "Gefühl von Gemeinschaft und Zusammenarbeit, das bis heute…"],
    quotes=[("»Nationale Veteranentag«", None),
            ("„Ich glaube an das Denkvermögen der Menschen“", "Günter Buhlke"),
            ("„Bayanihan“", None)],
    aliases={"Günter Buhlke": ["Günter Buhlke"]})

add(id="ho25-pz-author-pressenza-berlin-page131",
    title="Pressenza Berlin",
    url="https://www.pressenza.com/de/author/pressenza-berlin/page/131/",
    retrieved="same address (author page of the Pressenza bureau in Berlin, page 131 (December 2016), a list page (rules "
              "19, 68, 141): the site's 'Mastodon' link line dropped, the author name is the first line and the bureau's "
              "description line is kept as published, then headlines and teasers with the site's '…'; two teasers end "
              "inside a quotation whose closing mark falls behind the site's cut (rules 69, 140); the last item "
              "('Stellungnahme des Berliner Forum der Religionen zu dem Anschlag' / '… hat im Koordinierungskreis'), "
              "whose teaser is cut off in the stored copy, dropped with its headline (rules 15, 68))",
    license=PZ,
    paras=["News from the Pressenza Bureau in Berlin, Germany",
           "Erster Rückblick des #CivilMarchForAleppo",
           "Am achten Tag ihres Marsches durch Deutschland in Richtung Syrien, blickt der zivile Marsch für Aleppo "
           "zurück: „Wir hatten eine schwierige und fordernde Woche. Die letzte Nacht schien ähnlich herausfordernd zu "
           "werden: es sollte eine sehr kalte Nacht werden und…",
           "Aufgespießt zwischen den Feiertagen – Schwäne für den Frieden",
           "Beobachtet und berichtet von Peter Vlatten Vor der Demo war Kundgebung und nach der Demo war Kundgebung. "
           "Auftakt und auch Endtakt mit ausdrucksstarken Schweigeminuten fanden hinter der Brücke am Kottbusser Damm "
           "zwischen dem berüchtigten Kottbusser Tor und der U-Bahn Haltestelle…",
           "Marsch für Frieden von Berlin nach Aleppo gestartet",
           "Am 26. Dezember begann ein außergewöhnliches Projekt: ein Fussmarsch von Berlin bis Aleppo, um Solidarität mit "
           "der unter dem Krieg leidenden Bevölkerung auszudrücken. Initiatorin ist Anna Alboth, eine aus Polen stammende "
           "Berliner Journalistin und Bloggerin, Mutter zweier kleiner Kinder. „Ich…",
           "UN beschließen zu Heiligabend Konferenz über Atomwaffenverbot",
           "Zum Heiligabend (deutscher Zeit) hat die Generalversammlung der Vereinten Nationen in New York beschlossen, ab "
           "März kommenden Jahres offiziell über ein Atomwaffenverbot zu verhandeln. Damit setzt sie einen politischen "
           "Kontrapunkt zu den Ankündigungen Russlands und der USA in den vergangenen…",
           "Führt Skandinavien Vollgeld ein?",
           "Die Zentralbanken Schwedens und Dänemarks erkennen den gesellschaftlichen Bedarf nach elektronischem Geld, das "
           "ebenso sicher ist wie Bargeld. Deshalb diskutieren die beiden Notenbanken öffentlich, wie sie elektronisches "
           "Zentralbankengeld für die Bevölkerung in Umlauf bringen können. In Teilen Skandinaviens denkt man…"],
    quotes=[("„Wir hatten eine schwierige und fordernde Woche. Die letzte Nacht schien ähnlich herausfordernd zu werden: "
             "es sollte eine sehr kalte Nacht werden und…", "zivile Marsch"),
            ("„Ich…", "Anna Alboth")],
    aliases={"zivile Marsch": ["zivile Marsch", "#CivilMarchForAleppo"],
             "Anna Alboth": ["Anna Alboth", "Initiatorin"]})

add(id="ho25-pz-author-pressenza-berlin",
    title="Pressenza Berlin",
    url="https://www.pressenza.com/de/author/pressenza-berlin/",
    retrieved="same address (author page of the Pressenza bureau in Berlin, first page (September 2021), a list page "
              "(rules 19, 68, 141): the author name is the first line and the bureau's description line is kept as "
              "published, then headlines and teasers with the site's '…'; the published 'die künftigen Bundesregierung' "
              "kept (rule 20); a teaser ends inside a quotation whose closing mark falls behind the site's cut (rules 69, "
              "140); the last item ('Das vierte Human Rights Film Festival Berlin eröffnet' / '… eröffnet. Die'), whose "
              "teaser is cut off in the stored copy, dropped with its headline (rules 15, 68))",
    license=PZ,
    paras=["News from the Pressenza Bureau in Berlin, Germany",
           "IPPNW und ICAN fordern deutsche Teilnahme an der Staatenkonferenz zum Atomwaffenverbotsvertrag",
           "Mit Blick auf die Bundestagswahl und den Internationalen Tag für die vollständige Abschaffung von Atomwaffen "
           "am kommenden Sonntag, fordern ICAN Deutschland und IPPNW Deutschland die künftigen Bundesregierung auf, an "
           "der Internationalen Staatenkonferenz zur Abschaffung von Atomwaffen im kommenden Jahr mit…",
           "Die Mär von der verschenkten Stimme – Demokratie braucht Wahlfreiheit",
           "Parteien wie Volt, ÖDP und Piratenpartei verschmelzen in der öffentlichen Berichterstattung oft im Balken "
           "“Sonstige”. Dahinter stecken allerdings alleinstehende Parteiprogramme mit teils sehr unterschiedlichen "
           "Zukunftsvisionen. Ihre Gemeinsamkeit: Sie werden in der Öffentlichkeit auf ihre Größe reduziert. Die Stimmen "
           "würden “verfallen”,…",
           "Gemeinsamer Aufruf von 34 Gruppen der Klimagerechtigkeitsbewegung zum Globalen Klimastreik am 24.9.2021 und "
           "zur Klimawahl am 26.09.21",
           "Unter diesem Motto rufen die Gruppen der Klimagerechtigkeitsbewegung gemeinsam dazu auf, sich dem Globalen "
           "Klimastreik von Fridays for Future anzuschließen und die Bundestagswahl zur Klimawahl zu machen. „So kurz vor "
           "den Bundestagswahlen ist dieser Klimastreik besonders wichtig. Zusammen mit den…",
           "Parents for Future zeigen ausgewählten Direktkandidat:innen für den Bundestag die Rote Klimakarte",
           "Trotz ihrer Überparteilichkeit rufen Parents for Future dazu auf, Politiker:innen, die effektive "
           "Klimaschutzmaßnahmen blockieren und sabotieren, keine Stimme zu geben. Zu 25 Direktkandidat:innen wurden "
           "Informationen zusammengetragen, die sie als Teil der Klimaschmutzlobby ausweisen. Die Steckbriefe im Format "
           "der Roten Klimakarten…"],
    quotes=[("“Sonstige”", None),
            ("“verfallen”", None),
            ("„So kurz vor den Bundestagswahlen ist dieser Klimastreik besonders wichtig. Zusammen mit den…",
             "Gruppen der Klimagerechtigkeitsbewegung")],
    aliases={"Gruppen der Klimagerechtigkeitsbewegung": ["Gruppen der Klimagerechtigkeitsbewegung"]})

add(id="ho25-pz-author-redazione-italia-page2",
    title="Redazione Italia",
    url="https://www.pressenza.com/de/author/redazione-italia/page/2/",
    retrieved="same address (author page of the Pressenza bureau in Italy, German service, page 2 (autumn 2023), a list "
              "page (rules 19, 68, 141): the site's 'Mastodon' link line dropped, the author name is the first line and "
              "the bureau's description line is kept as published, then headlines and teasers with the site's '…'; the "
              "published doubled opening mark in 'des „“High Follow-Up Committee …”' kept (rules 20, 139); the last "
              "item ('Pressenza an 16 Orten in Italien aktiv' / '… in Florenz gebo'), whose teaser is cut off in the "
              "stored copy, dropped with its headline (rules 15, 68))",
    license=PZ,
    paras=["News from the Pressenza Bureau in Italy",
           "Riace – Ort der Hoffnung",
           "Am Sonntag, 29. Oktober sind alle in Riace, alle in dem Dorf des Friedens, alle in dem Dorf, in dem die "
           "Utopie dank eines Mannes, eines Bürgermeisters, einer Vision, eines Projekts Wirklichkeit wurde. Utopie, ein "
           "wunderschönes Wort, das Thomas Morus…",
           "Israel, illegale Verhaftungen und Proteste",
           "Donnerstagmorgen wurden die führenden Mitglieder des „“High Follow-Up Committee for Arab Citizens of Israel” "
           "(einer außerparlamentarischen Dachorganisation, die arabische Bürger in Israel auf nationaler Ebene vertritt) "
           "rechtswidrig verhaftet. Seit Beginn des Gaza-Krieges hat das israelische Parlament alle Mittel des "
           "friedlichen…",
           "Eine gemeinsame jüdisch-arabische Erklärung für den Frieden",
           "Wir – Bewegungen, Organisationen, AktivistInnen, JüdInnen und AraberInnen – schreiben diese Worte aus tiefer "
           "Trauer um die Tausenden von Menschen, die in den letzten Wochen getötet wurden, und aus schrecklicher Sorge um "
           "die Sicherheit der Entführten und derer, die in…",
           "Tomaso Montanari: „Frieden wird durch Frieden verteidigt, nicht durch Gewalt“",
           "Wir teilen die Überlegungen von Tomaso Montanari auf x (früher twitter). Wir Westler, die von einem Großteil "
           "der übrigen Menschheit zu Recht für die Arroganz unserer angeblichen kulturellen Vormachtstellung gehasst "
           "werden, sollten endlich die Kleidung des Kolonialismus ablegen und diejenige…",
           "Sit-in für Waffenstillstand in Gaza an der Freiheitsstatue",
           "Die Facebook-Seite der «Jüdischen Stimme für den Frieden» beschreibt die Invasion der Freiheitsstatue in New "
           "York durch Hunderte von Aktivist:innen, um einen sofortigen Waffenstillstand in Gaza zu fordern. 500 jüdische "
           "Menschen und Verbündete besetzten die Freiheitsstatue und unterbrachen den normalen…"],
    quotes=[("„“High Follow-Up Committee for Arab Citizens of Israel”", None),
            ("„Frieden wird durch Frieden verteidigt, nicht durch Gewalt“", "Tomaso Montanari"),
            ("«Jüdischen Stimme für den Frieden»", None)],
    aliases={"Tomaso Montanari": ["Tomaso Montanari"]})
