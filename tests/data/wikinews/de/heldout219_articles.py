# Two-hundred-and-nineteenth held-out German real-news set (tests/data/heldout219-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1570-1571). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and address against every source/url field and every
# address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the speakers'
# names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation was
# finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-nineteenth held-out set" of SOURCES.md: texts of the Austrian Parliament (licence
# PK): two releases of the Parlamentskorrespondenz on the OTS press-release service (the IPU's 130th anniversary, 2019; the
# children's-rights day in the Parliament, 2016), two releases on parlament.gv.at (the Leopold Kunschak prizes, 2001; the
# Lupac science prize, 2020), a news item of parlament.gv.at (the IPU world conference, 2019) and three releases of the
# Parlamentskorrespondenz reposted by the Österreich Journal (the youth parliaments of 2007 and 2008, the children's-rights
# day of 2018). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = "Wolfgang Sobotka"

# --- OTS: Parlamentskorrespondenz of 29 June 2019, Sobotka on the IPU's 130th anniversary ---

IPU_P1 = ('Wien (PK) - "Die Interparlamentarische Union stärkt nationalen Parlamenten in aller Welt seit 130 Jahren den '
          'Rücken. Ihr Engagement für Völkerzusammenarbeit, Frieden und parlamentarischen Dialog hat eine klare Botschaft: '
          'Das Recht auf Demokratie darf in der internationalen Staatengemeinschaft kein Privileg für einige wenige sein", '
          'unterstreicht Nationalratspräsident Wolfgang Sobotka im Vorfeld des morgigen internationalen Tages des '
          'Parlamentarismus, der in diesem Jahr das 130-jährige Bestehen der Interparlamentarischen Union (IPU) markiert. Die '
          'ParlamentarierInnenorganisation, die eng mit den Vereinten Nationen zusammenarbeitet, vereint mittlerweile 179 '
          'Länder, darunter auch das Österreichische Parlament. Ihre 5. Weltkonferenz wird 2020 in Wien stattfinden.')
IPU_P2 = ('Im Sinne des rechtsstaatlichen Demokratieverständnisses ist es erklärtes Ziel der IPU, parlamentarische bzw. '
          'repräsentative Institutionen in allen Teilen der Welt zu schaffen. "In Zeiten beschleunigter Globalisierung gewinnt '
          'die multilaterale Zusammenarbeit und Vernetzung zwischen den Parlamenten immer mehr an Bedeutung. Auch vor diesem '
          'Hintergrund engagiert sich das österreichische Parlament unter anderem mit eigenen Initiativen zur Stärkung der '
          'Demokratie sowie des Parlamentarismus am Westbalkan", so der Nationalratspräsident.')

add(id="ho219-pk-ots-2019-06-29-sobotka-ipu-130-jahre",
    title="Sobotka zum internationalen Tag des Parlamentarismus: Interparlamentarische Union stärkt Parlamenten weltweit den "
          "Rücken",
    url="https://www.ots.at/presseaussendung/OTS_20190629_OTS0005/sobotka-zum-internationalen-tag-des-parlamentarismus-"
        "interparlamentarische-union-staerkt-parlamenten-weltweit-den-ruecken",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 29 June 2019, dateline 'Wien (PK)'; "
              "the date line dropped; headline and subtitle kept as lines of their own (rule 18); the end mark "
              "'(Schluss) keg' dropped (rule 48); the stored copy is otherwise complete)",
    license=PK,
    paras=["ParlamentarierInnenorganisation feiert 130-jähriges Bestehen", IPU_P1, IPU_P2],
    # the second quotation's cue "so der Nationalratspräsident" resolves to Sobotka, named in the first paragraph (rule 4)
    quotes=[(cut(IPU_P1, '"Die Interparlamentarische', 'wenige sein"'), SOBOTKA),
            (cut(IPU_P2, '"In Zeiten', 'Westbalkan"'), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka"]})

# --- parlament.gv.at news item of 2019: MoU on the 5th IPU world conference in Vienna ---

MOU_P3 = ('"Als Zentren der Demokratie sowie des politischen Austauschs gewinnen Parlamente für die internationale '
          'Zusammenarbeit zunehmend an Bedeutung. Wir wollen Wien als Standort für den parlamentarischen Dialog positionieren '
          'und die Brückenfunktion Österreichs in der Welt unterstreichen", so Nationalratspräsident Sobotka.')

add(id="ho219-parl-2019-ipu-weltkonferenz-mou",
    title="Parlamentspräsidenten der ganzen Welt kommen im Jahr 2020 nach Wien",
    url="https://www.parlament.gv.at/PAKT/AKT/SCHLTHEM/SCHLAG/J2019/197IPUMoU.shtml",
    retrieved="same address (news item ('Schlagzeile') of the Parliament of 2019; the cookie notice, 'Suche', the share box "
              "('Seite … teilen', 'Copy to Clipboard Facebook Twitter WhatsApp E-Mail', 'Diese Seite als Lesezeichen "
              "hinzufügen') dropped (rule 14); the headline is the first line (rule 18); the lead paragraph has no final "
              "period, kept as stored (rule 20); the closing line 'Weitere Informationen:' dropped as furniture)",
    license=PK,
    paras=["Das österreichische Parlament ist nächstes Jahr im August Gastgeber für die 5. IPU-Weltkonferenz. Das "
           "gemeinsame Vorhaben wurde mit einem Memorandum of Understanding zwischen Nationalratspräsident Wolfgang Sobotka "
           "und der Interparlamentarischen Union besiegelt",
           "Es werden die PräsidentInnen der Parlamente aus 178 Staaten und rund 1.200 Delegierte erwartet. Mit dem "
           "österreichischen Parlament ist damit zum ersten Mal ein nationales Parlament Gastgeber dieser Konferenz. "
           "Veranstaltet wird das Welttreffen in Zusammenarbeit mit der Interparlamentarischen Union und den Vereinten "
           "Nationen.",
           MOU_P3],
    quotes=[(cut(MOU_P3, '"Als Zentren', 'unterstreichen"'), SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Nationalratspräsident Sobotka",
                       "Sobotka"]})

# --- OTS: Parlamentskorrespondenz of 18 November 2016, children's-rights day in the Parliament ---

BURES = "Doris Bures"
NETZ_P2 = ('Nationalratspräsidentin Doris Bures begrüßte die Kinder im Parlament, in dem Haus, in dem die '
           'Kinderrechtskonvention beschlossen wurde: "Es ist schön, dass ihr da seid, weil um euch geht es." '
           'Bundesratspräsident Mario Lindner erklärte, dass es im Österreichischen Bundesrat einen Ausschuss gebe, der sich '
           'nur mit den Anliegen der Kinder beschäftige: den Kinderrechteausschuss.')

add(id="ho219-pk-ots-2016-11-18-kinderrechte-netz",
    title="Kinder spannen im Parlament ein Netz für ihre Rechte",
    url="https://www.ots.at/presseaussendung/OTS_20161118_OTS0177/kinder-spannen-im-parlament-ein-netz-fuer-ihre-rechte",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 18 November 2016, dateline 'Wien "
              "(PK)'; headline and subtitle kept as lines of their own (rule 18); the end mark '(Schluss) bru' (rule 48) and "
              "the note 'HINWEIS: Fotos von dieser Veranstaltung finden Sie im Fotoalbum …', cut off in the stored copy, "
              "dropped; the misspelling 'PoltikerInnen' kept as published (rule 20))",
    license=PK,
    paras=["Nationalratspräsidentin Bures: Kinderrechte gelten für alle",
           "Wien (PK) - Nationalratspräsidentin Doris Bures und Bundesratspräsident Mario Lindner feierten heute im "
           "Parlament mit rund 50 Kindern anlässlich des Tages der Kinderrechte am 20. November. Aus diesem Anlass wurde in "
           "der Säulenhalle des Parlaments von zwei Kindergartengruppen und einer Hortgruppe ein Netz aus gelber Farbe "
           "gespannt. An die Fäden dieses Netzes befestigten die Kinder symbolisch mitgebrachte Zeichnungen und "
           "Kinderrechte-Symbole.",
           NETZ_P2,
           "Die Zeichnungen der Kinder dienten zudem als Druckvorlage für einen Bogen mit speziell gestalteten "
           "Kinderrechte-Briefmarken. Willi Authried von der Österreichischen Staatsdruckerei präsentierte die ersten "
           "produzierten Exemplare und überreichte jedem Kind einen Originalbogen. Als Dankeschön sangen die Kinder eigens "
           "für den heutigen Anlass komponierte Lieder und verteilten an die anwesenden Erwachsenen Freundschaftsbänder und "
           "Glückskekse mit den Kinderrechten.",
           "Auch das derzeitige Schwerpunktthema der Demokratiewebstatt, der Kinderinternetseite des österreichischen "
           "Parlaments, widmet sich dem Thema Kinderrechte. Neben der Erklärung der wichtigsten Grundsätze aus der "
           "UN-Konvention über die Rechte des Kindes werden die Kinderrechte in Österreich mit denen im Rest der Welt "
           "verglichen. Am 1. Dezember findet - ebenfalls auf der Plattform der Demokratiewebstatt - zum Thema Kinderrechte "
           "ein Chat mit PoltikerInnen statt."],
    # the colon cue "Doris Bures begrüßte die Kinder …:" gives her the quotation (rule 3); Lindner's words are reported only
    quotes=[('"Es ist schön, dass ihr da seid, weil um euch geht es."', BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures"]})

# --- Österreich Journal: repost of the Parlamentskorrespondenz of 20 November 2018, children's-rights festival ---

POSCH = "Inge Posch-Gruska"
FEST_P1 = ('Wien (pk) – Gelacht, gejohlt, geklatscht und auch gestampft – bunt und ausgelassen ging es am 20. November im '
           'Parlament im Ausweichquartier zu. Anlässlich des Tages der Kinderrechte hatte die Präsidentin des Bundesrats Inge '
           'Posch-Gruska gemeinsam mit den Kinderfreunden zum "Fest für Kinderrechte" geladen. Und viele - groß und klein - '
           'waren der Einladung gefolgt.')
FEST_P2 = ('"Heute wird weltweit der Kinderrechtetag gefeiert. Seit 1989 von der UN-Vollversammlung die Konvention über die '
           'Rechte des Kindes einstimmig verabschiedet wurde, wird dieser Tag genutzt, um die Öffentlichkeit, aber vor allem '
           'auch die Kinder selbst, auf ihre Rechte aufmerksam zu machen. Seit einigen Jahren wird dieser Anlass auch im '
           'Parlament gemeinsam mit Kindern begangen. Und es freut mich besonders, dass wir heuer wieder so viele Kinder über '
           'ihre Rechte informieren können," so BR-Präsidentin Inge Posch-Gruska.')
FEST_P4 = '"Es gibt noch viel mehr Rechte für Kinder, doch das würde heute den Rahmen sprengen", so Posch-Gruska."'
FEST_P5 = ('"Herzstück meiner Präsidentschaft sind für mich die Kinderrechte, insbesondere um die Mitbestimmung von Kindern in '
           'unserem Land voranzubringen. Das ist ganz wesentlich um die Demokratie in unserem Land weiterzuentwickeln: Denn '
           'damit Kinder Demokratie lernen, müssen sie mitbestimmen können."')

add(id="ho219-oej-pk-2018-11-posch-gruska-kinderrechte",
    title="Kinder haben Rechte und die müssen sie auch kennen",
    url="http://oe-journal.at/Aktuelles/!2018/1118/W3/52011pkPosch-Gruska.htm",
    retrieved="same address (Österreich Journal repost of the Parlamentskorrespondenz release of 20 November 2018, dateline "
              "'Wien (pk)'; the hard line breaks inside paragraphs joined with one space (rule 48): a paragraph ends where a "
              "line ends short with a sentence; the closing table bar '|' dropped as furniture; the stray closing mark after "
              "'so Posch-Gruska.' kept as published (rules 20, 1570); the stored copy is otherwise complete)",
    license=PK,
    paras=[FEST_P1, FEST_P2,
           "Mittels Stationenspiel konnten sich die Kindergruppen über ihre Möglichkeiten informieren. Spielerisch wurde "
           "ihnen das Recht auf Bildung, auf die eigenen Sprache, auf Information und auf Unterstützung nahe gebracht.",
           FEST_P4, FEST_P5,
           "Gemeinsam mit NR-Abgeordneter Gabriele Heinisch-Hosek testete die Bundesratspräsidentin sogleich gemeinsam mit "
           "den Kindern auch die einzelnen Stationen."],
    # the event name is null (rule 48); the cue-less paragraph "Herzstück meiner Präsidentschaft …" continues
    # Posch-Gruska's words (first person, her presidency; rule 1571)
    quotes=[('"Fest für Kinderrechte"', None),
            (cut(FEST_P2, '"Heute wird', 'können,"'), POSCH),
            ('"Es gibt noch viel mehr Rechte für Kinder, doch das würde heute den Rahmen sprengen"', POSCH),
            ('Posch-Gruska."', None),
            (FEST_P5, POSCH)],
    aliases={POSCH: ["Inge Posch-Gruska", "BR-Präsidentin Inge Posch-Gruska", "Posch-Gruska"]})

# --- Österreich Journal: repost of the Parlamentskorrespondenz of 27 June 2007, third youth parliament ---

add(id="ho219-oej-pk-2007-06-drittes-jugendparlament",
    title="NR-Präsidentin Prammer eröffnet Drittes Jugendparlament",
    url="http://www.oe-journal.at/Aktuelles/!2007/0607/W4/32806jugendPk.htm",
    retrieved="same address (Österreich Journal repost of a Parlamentskorrespondenz release of June 2007, dateline 'Wien "
              "(pk)'; the repost's date lines 'erstellt am' / '28. 06. 07' dropped as furniture; headline and subtitle kept "
              "as lines of their own (rule 18); the paragraph 'In ihrer Eröffnungsrede hielt Nationalratspräsidentin Barbara "
              "Prammer fest, … als dies bei Parla', cut off in the stored copy, dropped (rule 15); it holds no quotation "
              "mark in its stored part)",
    license=PK,
    paras=["250 SchülerInnen diskutieren an zwei Tagen über Klimaschutz",
           "Wien (pk) - Dort, wo üblicher Weise Abgeordnete diskutieren und wichtige Entscheidungen treffen, füllen am 27. "
           "und 28.06. Schülerinnen und Schüler die Plätze. Die Rede ist vom Sitzungssaal des Nationalrats. Anlass dafür ist "
           "das Dritte Jugendparlament, zu dem Nationalratspräsidentin Barbara Prammer für zwei Tage ins Hohe Haus geladen "
           "hat. Insgesamt 250 Jugendliche aus Wien, Niederösterreich, Oberösterreich und der Steiermark debattieren über das "
           "Thema Klimawandel und überlegen sich Maßnahmen zum Klimaschutz.",
           'Wie im realen Parlamentsalltag sind dabei Fraktionsbesprechungen, Ausschusssitzungen, Plenardebatten und '
           'Abstimmungen vorgesehen, wobei die JugendsprecherInnen der fünf Parlamentsfraktionen als "Coaches" fungieren. '
           'Elisabeth Grossmann (S), Silvia Fuhrmann (V), Barbara Zwerschitz (G), Manfred Haimbuchner (F) und Gernot Darmann '
           '(B) werden nicht nur helfen, Anträge zu formulieren und Reden vorzubereiten, sondern können den Schülerinnen und '
           'Schülern auch aus erster Hand berichten, was es heißt, PolitikerIn zu sein. Auf alle, die der Regierungsgruppe '
           'zugelost wurden, wartet der "Ministerrat", wo es, betreut von den SPÖ-Abgeordneten Gabriele Heinisch-Hosek bzw. '
           'Caspar Einem, gilt, die Regierungslinie festzulegen, Reden vorzubereiten und Pressestatements zu verfassen. '
           'Jugendliche Journalistinnen und Journalisten verfolgen das Geschehen und fühlen den "PolitikerInnen" mit '
           'Interviews auf den Zahn.'],
    # role words of the simulation in marks are terms, not speech (rules 2, 48)
    quotes=[('"Coaches"', None), ('"Ministerrat"', None), ('"PolitikerInnen"', None)],
    aliases={})

# --- Österreich Journal: repost of the Parlamentskorrespondenz of 16 May 2008, youth parliament on juvenile criminal law ---

add(id="ho219-oej-pk-2008-05-jugendparlament-tirol",
    title="Nationalratspräsidentin Barbara Prammer eröffnet Jugendparlament",
    url="http://oe-journal.at/Aktuelles/!2008/0508/W2/11905jugendPk.htm",
    retrieved="same address (Österreich Journal repost of a Parlamentskorrespondenz release of May 2008, dateline 'Wien "
              "(pk)'; the hard line breaks inside paragraphs joined with one space (rule 48), including the one inside "
              "'(B, 32)'; the paragraph 'Die TeilnehmerInnen sind diesmal drei Schulklassen aus Tirol: … Sie haben die Frage "
              "\"Was bedeutet Demokratie für dich und deine KlassenkollegInnen?', cut off in the stored copy inside its "
              "quotation, dropped with it (rule 15))",
    license=PK,
    paras=["Wien (pk) - Wählen mit 16 – daher auch Einübung in den Parlamentarismus mit 16: Rund 80 Schülerinnen und Schüler "
           "verliehen am 16.05. dem Plenarsaal des Nationalrats ein frisches, ungewöhnliches Aussehen, als "
           "Nationalratspräsidentin Barbara Prammer das Jugendparlament eröffnete und die in gespannter Erwartung in den "
           "Sesseln der Abgeordneten sitzenden TeilnehmerInnen begrüßte. Ein ungewohntes Bild bot auch die Regierungsbank: "
           "Die Abgeordneten Jochen Pack (V, 26), Albert Steinhauser (G, 36) und Gernot Darmann (B, 32) hatten auf den "
           "Ministersesseln Platz genommen, während ihre Kollegen Laura Rudas (S, 27) und N. Haimbuchner (F, 29) noch "
           "erwartet wurden. Die Aufgabe der Abgeordneten an diesem Tag ist es, die Schülerinnen und Schüler bei deren "
           "parlamentarischen Beratungen zum Thema Jugendstrafrecht am Vormittag in den Ausschüssen und am Nachmittag im "
           "Plenum zu unterstützen.",
           'Die Schülerinnen und Schüler der 9. Schulstufe lernen im Jugendparlament, in ihrem parlamentarischen "Klub" für '
           'die eigene Position zu werben, Kompromisse zu suchen, Reden vorzubereiten und schließlich über eine '
           'Gesetzesvorlage abzustimmen – bei simulierten Ausschuss- und Plenarsitzungen haben die Jugendlichen Gelegenheit, '
           'einmal selbst zu erleben, was es heißt, Politiker oder Politikerin zu sein. Und wie im richtigen '
           'Parlamentsalltag auch warten JournalistInnen vor den Verhandlungssälen und wollen ein Interview.'],
    quotes=[('"Klub"', None)],
    aliases={})

# --- Parlamentskorrespondenz Nr. 30 of 16 January 2020: science prize of the Margaretha Lupac foundation ---

add(id="ho219-pk-2020-01-16-lupac-wissenschaftspreis",
    title="Wissenschaftspreis der Margaretha Lupac-Stiftung verliehen",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2020/pk0030",
    retrieved="same address (release of the Parlamentskorrespondenz of 16 January 2020; the line 'Parlamentskorrespondenz "
              "Nr. 30 vom 16.01.2020' dropped as furniture; subtitle and the subheading 'Sobotka: Nationalrat fühlt sich "
              "Wissenschaft eng verbunden' kept as lines of their own (rules 18, 19); the paragraph 'In den Laudationes der "
              "Jurymitglieder … Ulric', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Nationalratspräsident Sobotka ehrte Wolfgang Häusler, Ulrich Wagrandl sowie Helga Amesberger und Brigitte "
           "Halbmayr",
           'Wien (PK) – Mit dem Wissenschaftspreis 2019 der Margaretha Lupac-Stiftung ausgezeichnet wurden gestern Abend im '
           'Parlament drei Einreichungen, die sich in herausragender Weise mit Aspekten der Demokratieentwicklung '
           'auseinandersetzen. Zuerkannt wurde der diesjährige Preis dem Historiker Wolfgang Häusler für sein Buch "Ideen '
           'können nicht erschossen werden. Revolution und Demokratie in Österreich 1789 – 1848 – 1918" sowie dem Juristen '
           'Ulrich Wagrandl für seine Dissertation "Wehrhafte Demokratie in Österreich". An Helga Amesberger und Brigitte '
           'Halbmayr wurde die Auszeichnung gemeinsam für ihr bisheriges wissenschaftliches Gesamtwerk in der historischen '
           'Sozialforschung verliehen. Das Kuratorium der Stiftung folgte einstimmig den Vorschlägen der Jury.',
           "Sobotka: Nationalrat fühlt sich Wissenschaft eng verbunden",
           "Die Würdigung der ausgewählten Forschungsarbeiten stünde im Zeichen der Gesinnung Margaretha Lupacs, die sich für "
           "die Demokratie in Österreich in besonderem Maße engagierte, sagte der Kuratoriumsvorsitzende, "
           "Nationalratspräsident Wolfgang Sobotka. Er nahm die Verleihung im feierlichen Rahmen vor und betonte, dass sich "
           "der Nationalrat mit der Wissenschaft in engster Weise verbunden fühle und stets bemüht sei, ihren Erkenntnissen "
           "in der parlamentarischen Arbeit Rechnung zu tragen."],
    # titles of the prized works are null (rule 2), even the book title that is itself a sentence; Sobotka's words are
    # reported in indirect speech only, and the subheading "Sobotka: …" carries no marks
    quotes=[('"Ideen können nicht erschossen werden. Revolution und Demokratie in Österreich 1789 – 1848 – 1918"', None),
            ('"Wehrhafte Demokratie in Österreich"', None)],
    aliases={})

# --- Parlamentskorrespondenz Nr. 169 of 9 March 2001: Leopold Kunschak prizes ---

HENG = "Johannes Hengstschläger"
KUN_P4 = ("Johannes Hengstschläger, Vorsitzender der Wissenschaftlichen Begutachtungskommission des Leopold Kunschak-Preises, "
          "würdigte sodann die Preisträger, deren Arbeitsfelder in ihren Dissertationen und Habilitationen von der "
          "Devianzforschung über den Stellenwert der Grundfreiheiten bis hin zu den Perspektiven der katholischen Soziallehre "
          "reichten. In diesem Zusammenhang sprach sich Hengstschläger dafür aus, die universitäre Lehre zeitgemäss zu "
          'unterstützen und sich vor allem der Jugend anzunehmen, sei diese doch "das Beste, was wir haben".')

add(id="ho219-pk-2001-03-09-kunschak-preise",
    title="FORSCHUNG UND PRESSE GEWÜRDIGT",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2001/PK0169/index.shtml",
    retrieved="same address (release of the Parlamentskorrespondenz of 9 March 2001; the line 'Parlamentskorrespondenz Nr. "
              "169 vom 09.03.2001' dropped as furniture; the capitalised headline and the subtitle kept as lines of their own "
              "(rule 18); the spellings 'Begrüssung', 'zeitgemäss' kept as published (rule 20); the paragraph 'Den "
              "Festvortrag hielt Bundeskanzler Wolfgang Schüssel. … Jede Gesellschaft, so der Kanzl', cut off in the stored "
              "copy, dropped (rule 15))",
    license=PK,
    paras=["Leopold Kunschak-Preise im Hohen Haus überreicht",
           "Wien (PK) - Zehn Forscher und zwei Journalisten erhielten heute die Leopold Kunschak-Preise für das Jahr 2001 im "
           "Hohen Haus überreicht. Es handelt sich dabei um die Wissenschaftler Gerhard Ammerer, Walter Berka, Thomas Figl, "
           "Herbert Gröger, Norbert Hartl, Jan Krucina, Gerhard Marschütz, Leopold Neuhold, Peter Treibenbacher und "
           "Alexander Wagner sowie um die beiden Redakteure Günter Schmidt (ORF) und Gerhard Steininger (Salzburger "
           "Nachrichten). Die Zeremonie fand im Beisein zahlreicher Persönlichkeiten aus den Bereichen Lehre, Wirtschaft, "
           "Politik und Presse statt.",
           "In seiner Begrüssung führte der Dritte Präsident des Nationalrates Werner Fasslabend aus, dass soziale "
           "Sicherheit Veränderung brauche, weil sie nur dadurch für die Zukunft sichergestellt werden könne. In der Politik "
           "brauche es eine soziale Einstellung, man müsse auf den Menschen achten, zumal in Umbruchzeiten.",
           "Fasslabend ging auf den Lebenslauf Leopold Kunschaks ein und meinte sodann, es sei das Verdienst der "
           "Preisträger, dazu beigetragen zu haben, die Welt schöner, erfolgreicher und sozialer zu gestalten.",
           KUN_P4],
    # a quoted fragment closing reported speech is the speaker's (rule 5): "sprach sich Hengstschläger dafür aus …"
    quotes=[('"das Beste, was wir haben"', HENG)],
    aliases={HENG: ["Johannes Hengstschläger", "Hengstschläger"]})
