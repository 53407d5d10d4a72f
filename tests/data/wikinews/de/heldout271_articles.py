# Two-hundred-and-seventy-first held-out German real-news set (tests/data/heldout271-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1790-1792). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, PK number, page slug,
# headline and two distinctive phrases of each text with grep -rli against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see the section "Two-hundred-and-seventy-first held-out set" of SOURCES.md: texts of the Austrian Parliament's
# Parlamentskorrespondenz (licence PK): five releases on parlament.gv.at (PK 327/2007, the plenary budget debate on the
# Interior Ministry; PK 665/2008, plenary report on the Suchtmittelgesetz; PK 119/2011, the special sitting on the
# Wehrpflicht; PK 414/2014, the Budgetausschuss on the Rechnungshof; PK 1114/2015, new motions in the Innenausschuss) and
# one release reposted by the Österreich Journal (the Nationalrat's debate after the Brexit referendum, July 2016). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept
# (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- parlament.gv.at: Parlamentskorrespondenz Nr. 414 of 13 May 2014 (Budgetausschuss, Rechnungshof) ---

MOSER = "Josef Moser"
RH_P2 = ('Wien (PK) - "Dem Rechnungshof fehlen ab 2017 3,682 Mio. € für die Aufrechterhaltung seiner Kernaufgaben in vollem '
         'Umfang und mit der gewohnten Qualität", sagte Rechnungshofpräsident Josef Moser besorgten Abgeordneten in der '
         'Debatte über die Haushaltsentwürfe 2014 und 2015 für den Rechnungshof im Budgetausschuss.')
RH_P3 = ('Mit 31,2 Mio. € sieht der Voranschlag 2014 um 1 Mio. € mehr Auszahlungen vor als im Finanzrahmen vorgesehen. '
         'Dieser Betrag wird aus Rücklagen des Rechnungshofs entnommen, die in vergangenen Jahren gebildet wurden. Für 2015 '
         'sind 32,4 Mio. € an Auszahlungen vorgesehen, davon stammen 2,2 Mio. € aus Rücklagen. Mit diesen  '
         'Rücklagenentnahmen sichert der Rechnungshof die finanziellen Ressourcen für die Erfüllung seiner Aufgaben, ab '
         '2017 fehlen ihm aber 3,682 Mio. €, erklärte Rechnungshofpräsident Moser. Steigende Fixkosten durch Mehraufgaben, '
         'Gehaltssteigerungen, Struktureffekte und Preissteigerungen haben seit 2012 zu einer Reduzierung des operativen '
         'Rechnungshofbudgets geführt, die Moser zu der Formulierung veranlasste: "Der Rechnungshof wird ausgehungert".')

add(id="ho271-pk-2014-0414-moser-rechnungshof-ausgehungert",
    title="RH-Präsident Josef Moser: Der Rechnungshof wird ausgehungert",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0414/",
    retrieved="same address (PK 414/2014; the line 'Parlamentskorrespondenz Nr. 414 vom 13.05.2014' dropped; the headline "
              "is the title line, the subtitle and the subheading lines of their own (rule 18); the double space in "
              "'diesen  Rücklagenentnahmen' kept as stored (rule 20); the paragraph 'Gesamtstaatliche Betrachtungsweisen, "
              "Transparenz beim Einsatz öffentlicher Mittel und Informationen übe', cut off in the stored copy, dropped "
              "(rule 15))",
    license=PK,
    paras=["Mehr Aufgaben, weniger Geld - Einschränkung von Prüfungen droht",
           RH_P2,
           RH_P3,
           "Aufgaben und Ziele des Rechnungshofes",
           "Als einziges Prüforgan, das für alle Gebietskörperschaften zuständig ist, informiert der Rechnungshof über "
           "Effizienz und Effektivitätspotenziale auf allen Ebenen des föderalen Systems. Er geht der Umsetzung seiner "
           "Empfehlungen nach, schlägt Reformen vor, regt innovative Vorgehensweisen an und wirkt auf Transparenz und "
           "optimalen Einsatz öffentlicher Mittel hin. Der RH zielt aktuell auf eine länderübergreifende Gesamtsicht und "
           "wirkt international an der Weiterentwicklung abgestimmter Prüfungsstandards für staatliche "
           "Rechnungskontrolleinrichtungen mit."],
    # the second span follows a colon cue whose subject is the budget cut, not a speaker (rule 1791)
    quotes=[(cut(RH_P2, '"Dem', 'Qualität"'), MOSER),
            ('"Der Rechnungshof wird ausgehungert"', MOSER)],
    aliases={MOSER: ["Josef Moser", "RH-Präsident Josef Moser", "Rechnungshofpräsident Josef Moser", "Rechnungshofpräsident Moser", "Moser"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 119 of 4 February 2011 (special sitting, Wehrpflicht) ---

PILZ = "Peter PILZ"
WP_P3 = ('G-Mandatar Peter PILZ, der als erster ans Rednerpult trat, meinte, alle Fraktionen wollten, traue man ihren '
         'Aussagen in diversen Debatten, einen Volksentscheid über die Zukunft der Wehrpflicht. Die heutige Sondersitzung '
         'könne deshalb, wenn alle im Hohen Haus vertretenen Fraktionen ihr Versprechen an die österreichischen WählerInnen '
         'einlösten, zu einer "Sternstunde" des Parlamentarismus werden.')

add(id="ho271-pk-2011-0119-sondersitzung-darabos-wehrpflicht",
    title="NR-Sondersitzung: Minister Darabos weiter unter Beschuss",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2011/PK0119/",
    retrieved="same address (PK 119/2011; the line 'Parlamentskorrespondenz Nr. 119 vom 04.02.2011' dropped; the headline "
              "is the title line, the subtitle a line of its own (rule 18); a line of blanks between the second and third "
              "paragraph dropped; the paragraph 'Einen Volksentscheid brauche es vor allem deshalb, …', cut off after "
              "'einer seriösen Sicherh' in the stored copy, dropped (rule 15), with it Pilz's second partial quotation)",
    license=PK,
    paras=["Grüne fordern Volksbefragung zur Abschaffung der Wehrpflicht",
           "Wien (PK) – In der heutigen Sondersitzung des Nationalrats (95. NR) forderten die Grünen mit ihrem Dringlichen "
           "Antrag die ehestmögliche Abhaltung einer Volksbefragung zur Abschaffung oder Beibehaltung der allgemeinen "
           "Wehrpflicht. Da sich die bisherige Vorgehensweise von Verteidigungsminister Norbert Darabos in dieser Frage als "
           "nicht zielführend erwiesen habe und seine diesbezüglichen Modellberechnungen umstritten seien, verlangten die "
           "Grünen, das Volk zu befragen und brachten außerdem einen Misstrauensantrag gegen Verteidigungsminister Norbert "
           "Darabos ein. Aber nicht nur die Opposition, sondern auch Koalitionspartner ÖVP konfrontierte den Ressortleiter "
           "mit Kritik. Die Misstrauensanträge der Grünen und der FPÖ gegen den Verteidigungsminister scheiterten aber "
           "ebenso wie einer des BZÖ, der an die gesamte Bundesregierung gerichtet war. In der überaus lebhaften Diskussion "
           "argumentierten die Debattenredner nicht nur pro und contra allgemeine Wehrpflicht, sondern behandelten "
           "grundsätzliche Fragen der Sicherheitspolitik, der Neutralität, des Zivildienstes und des Katastrophenschutzes. "
           "Die Abgeordneten brachten ihre sehr divergierenden Vorschläge dazu ein, welche Aufgaben das Heer künftig erfüllen "
           "soll und wie es dafür auszugestalten sei.",
           WP_P3],
    # a word of the speaker's own in his Konjunktiv report (rules 3, 25, 44); canonical in the PK capitals, the only form
    quotes=[('"Sternstunde"', PILZ)],
    aliases={PILZ: ["Peter PILZ", "G-Mandatar Peter PILZ"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 665 of 9 July 2008 (plenary, Suchtmittelgesetz) ---

GRUEN = "Grünewald"
SMG_P2 = ('Wien (PK) – In der Debatte über die Änderung des Suchtmittelgesetzes lehnte Abgeordneter Dr. GRÜNEWALD (G) den '
          'Gesetzentwurf ab, weil er vorsehe, Patienten, die in einer Suchttherapie oder einer Substitutionstherapie stehen, '
          'in einem bundesweiten Register zu erfassen. Der Erfolg einer Suchttherapie setze viel Kraft beim Patienten und '
          'großes Vertrauen zwischen den Patienten und dem Arzt voraus, erklärte der Mediziner. Dieses Vertrauen könne nicht '
          'entstehen, wenn der Arzt dem Patienten sagen müsse, er werde in ein Register eingetragen, zu dem mehrere '
          'Ministerien Zugang haben. Dieses Gesetz werde dazu führen, dass Süchtige wieder in den "Untergrund" gehen und es '
          'mit Therapien versuchen, die für sie gefährlich sein können. Diese Registrierungspflicht sei aus '
          'gesundheitspolitischer Sicht kontraproduktiv, sagte Abgeordneter Grünewald.')

add(id="ho271-pk-2008-0665-plenum-suchtmittelgesetz",
    title="Plenum verabschiedet Vorlagen aus dem Sozial- und Gesundheitsbereich",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2008/PK0665/index.shtml",
    retrieved="same address (PK 665/2008; the line 'Parlamentskorrespondenz Nr. 665 vom 09.07.2008' dropped; the headline "
              "is the title line, the subtitle a line of its own (rule 18); the next paragraph, cut off after its first "
              "letter 'A' in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Cannabis darf für medizinische Zwecke genutzt werden",
           SMG_P2,
           "Abgeordneter Dr. RASINGER (V) sah den Gesetzentwurf hingegen als einen weiteren Schritt auf dem bewährten "
           "österreichischen Weg bei der Behandlung von Süchtigen. Es sei zweckmäßig, statistische Daten über die "
           "Entwicklung der Suchtkrankheiten zu erfassen, sagte Rasinger und erinnerte an die Zustimmung des "
           "Datenschutzrates. Außerdem regle das Gesetz den Anbau von Cannabis, da diese Pflanze auch Substanzen liefere, die "
           "als Heilmittel bei mehreren schweren Krankheiten eingesetzt werden können. Das bedeute aber keine Abkehr vom "
           "Cannabisverbot, da neuere Studien zeigen, dass der Konsum von Cannabis schwere gesundheitliche Beeinträchtigungen "
           "bis hin zur Schizophrenie nach sich ziehen könne.",
           "Abgeordnete Dr. BELAKOWITSCH-JENEWEIN (F) teilte die Bedenken der Grünen gegen die Erfassung von Suchtkranken in "
           "einem bundesweiten Register. Menschen, die sich behandeln lassen wollen, sollten nicht mit einer Registrierung "
           "bedroht werden, meinte die Abgeordnete."],
    # a word of the speaker's own in his Konjunktiv report (rules 3, 25, 44); canonical the surname in normal spelling
    quotes=[('"Untergrund"', GRUEN)],
    aliases={GRUEN: ["Grünewald", "Abgeordneter Grünewald", "Dr. GRÜNEWALD", "Abgeordneter Dr. GRÜNEWALD",
                     "der Mediziner"]})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 327 of 3 May 2007 (plenary, budget of the Interior Ministry) ---

add(id="ho271-pk-2007-0327-budget-innenressort-asyl",
    title="Fragen der Sicherheit und das Asylthema im Fokus",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2007/PK0327/",
    retrieved="same address (PK 327/2007; the line 'Parlamentskorrespondenz Nr. 327 vom 03.05.2007' dropped; the headline "
              "is the title line, the subtitle a line of its own (rule 18); the paragraph 'Die Budgetsteigerungen im "
              "Innenressort …', cut off after 'der EURO 2008 u' in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Nationalrat diskutiert Budget des Innenministeriums",
           "Wien (PK) – Nach der Debatte über die Budgets des Bundesministeriums für Land- und Forstwirtschaft, Umwelt und "
           "Wasserwirtschaft wandte sich der Nationalrat den Bundesvoranschlägen für das Innenressort zu. Abgeordnete Mag. "
           "STOISITS (G) ortete schwere Mängel in der Asylpolitik und reagierte empört auf die Aussagen Platters und "
           "Missethons zu den Gründen über die lange Dauer der Asylverfahren, vermisste gleichzeitig aber auch Kritik seitens "
           "der SPÖ. Mit der Einrichtung eines Asylgerichtshofes werde es nicht zu einer Linderung des Rückstaus von "
           "Asylverfahren kommen, warnte sie. Es bedürfe vielmehr eines Bleiberechts für Langzeitasylwerber nach dem Vorbild "
           "zahlreicher europäischer Staaten wie etwa der Schweiz, Schwedens oder Belgiens. Stoisits erinnerte daran, dass "
           "über 5.000 Menschen schon seit Jahren auf eine Entscheidung ihrer Asylverfahren warten und forderte dieses "
           "Bleiberecht als Ausdruck von Rechtsstaatlichkeit vor Gnadenrecht.",
           "Positiv vermerkte die Rednerin, dass die Zahl der weiblichen Exekutivbeamten in letzter Zeit zugenommen hat, "
           "bemängelte aber den schwachen Frauenanteil in den Führungspositionen des Innenressorts. Überdies trat Stoisits "
           "dafür ein, mehr Exekutive sichtbar auf der Straße einzusetzen.",
           "Abgeordneter KÖSSL (V) sprach sich dafür aus, die bestehenden Institutionen wie den UBAS bei der Abarbeitung des "
           "Rückstaus von Asylverfahren zu unterstützen, gab aber zu bedenken, nur 10 % bis 15 % aller Asylwerber könnten "
           "tatsächliche Asylgründe vorweisen. Die neuen gesetzlichen Grundlagen würden aber keine Toleranz für einen "
           "Missbrauch des Asylrechts bieten, betonte Kößl, der sich im Übrigen zum Grundsatz \"Integration vor "
           "Zuwanderung\" bekannte."],
    # a named principle a member professes is null (rule 68, as Becher's "gleiches Einkommen für gleichwertige Arbeit")
    quotes=[('"Integration vor Zuwanderung"', None)],
    aliases={})

# --- parlament.gv.at: Parlamentskorrespondenz Nr. 1114 of 20 October 2015 (new motions in the Innenausschuss) ---

HAGEN = "Christoph Hagen"
IA_P4 = ('Wien (PK) – Das Team Stronach fordert die Einführung einer Asyl-Obergrenze in Österreich (1378/A(E)). Das '
         'Innenministerium sei schon mit dem aktuellen Flüchtlingsansturm überfordert, es bestehe akute Quartiernot und '
         '"Chaos" an den Grenzübergängen, argumentiert Abgeordneter Christoph Hagen. Sollte Deutschland seine Grenzen '
         'dichtmachen, drohe Österreich binnen weniger Tage überhaupt ein "Flüchtlings-Supergau". Unterstützung für sein '
         'Anliegen erwartet sich Hagen von Innenministerin Johanna Mikl-Leitner, diese ist ihm zufolge bereits öffentlich '
         'für eine Diskussion über eine Asyl-Obergrenze für Europa eingetreten.')

add(id="ho271-pk-2015-1114-innenausschuss-asyl-antraege",
    title="Neu im Innenausschuss",
    url="http://www.parlament.gv.at/aktuelles/pk/jahr_2015/pk1114",
    retrieved="same address (PK 1114/2015; the line 'Parlamentskorrespondenz Nr. 1114 vom 20.10.2015' dropped; the headline "
              "is the title line, the subtitle and the three subheadings lines of their own (rule 18); the end mark "
              "'(Schluss)' dropped (rule 48); the stored copy is otherwise complete)",
    license=PK,
    paras=["Anträge des Team Stronach und der NEOS zum Asylrecht",
           "Team Stronach fordert Einführung einer Asyl-Obergrenze in Österreich",
           IA_P4,
           "Asyl: NEOS kritisieren mangelhafte Datenlage…",
           "Die NEOS sprechen sich in einem Entschließungsantrag dafür aus, das gesamte Asyl- und Fremdenrecht auf Basis "
           "umfassender Statistiken zu evaluieren (1382/A(E)). Offenbar gebe es keine Statistiken dazu, wie lange ein "
           "durchschnittliches Asylverfahren im Jahr 2013 gedauert hat, jede Instanz verwalte nur ihre eigenen Daten, "
           "verweist Abgeordneter Nikolaus Scherak auf die Beantwortung einer parlamentarischen Anfrage. Zudem vermisst er "
           "Statistiken darüber, inwieweit es anerkannten Flüchtlingen gelingt, sich in Österreich zu integrieren, bzw. was "
           "mit ihnen nach Zuerkennung des Asylstatus passiert.",
           "…und fordern Unterbringung von Flüchtlingen in leerstehenden Kasernen",
           "Mehr Tempo bei der Schaffung winterfester Quartiere für Flüchtlinge wünscht sich NEOS-Abgeordneter Rainer Hable. "
           "Konkret fordert er Innenministerin Johanna Mikl-Leitner auf, die Verhandlungen mit Verteidigungsminister Gerald "
           "Klug über die Bereitstellung von Plätzen in leerstehenden Kasernen zu intensivieren (1390/A(E)). Hable denkt etwa "
           "an die Martinek-Kaserne in Baden, die ihm zufolge derzeit zum Verkauf vorbereitet wird."],
    # the reasoning of the motion, reported with `argumentiert Abgeordneter X`, is the member's (rule 1790)
    quotes=[('"Chaos"', HAGEN),
            ('"Flüchtlings-Supergau"', HAGEN)],
    aliases={HAGEN: ["Christoph Hagen", "Abgeordneter Christoph Hagen", "Hagen"]})

# --- Österreich Journal repost of a PK release: the Nationalrat's debate after the Brexit referendum (July 2016) ---

BX_P1 = ('Wien (pk) – Das mehrheitliche Nein der Briten zur EU sei ein Weckruf dafür, dass die EU sich ändern müsse - das '
         'war aber auch schon die einzige Gemeinsamkeit in der Debatte des Nationalrats am 06.07. nach den beiden Erklärungen '
         'von Bundeskanzler Christian Kern und Vizekanzler Reinhold Mitterlehner zum Thema "Europa nach dem '
         'Brexit-Referendum". Die Schlüsse, die daraus gezogen wurden, ließen zwei politische Richtungen deutlich erkennen: '
         'SPÖ, ÖVP, Grüne und NEOS halten den sogenannten "Öxit", wie er von manchen angedacht wird, für den schlechtesten '
         'Dienst an Österreich und seiner Bevölkerung, auch wenn die Kritik an der EU nicht unberechtigt sei. Die EU dürfe '
         'sich nicht mit bürokratischen Regulierungen wie den Glühbirnen und Traktorsitzen herumschlagen, sondern müsse '
         'endlich die großen Probleme wie Migration, Wirtschaftswachstum und Kampf gegen die Arbeitslosigkeit in Angriff '
         'nehmen, so der Tenor. In diesem Meinungsspektrum war jedoch die Spannweite zwischen mehr Zusammenarbeit bis hin zu '
         'einer europäischen Regierung einerseits und weniger Vertiefung dafür aber Stärkung des Subsidiaritätsprinzips '
         'andererseits sehr groß. FPÖ und Team Stronach hingegen sprachen sich dezidiert dafür aus, die EU wieder auf eine '
         'reine Wirtschaftsunion zu reduzieren.')

add(id="ho271-pk-oej-2016-07-nationalrat-brexit-debatte",
    title="Erklärungen des Bundeskanzlers und des Vizekanzlers im Nationalrat",
    url="http://oe-journal.at/Aktuelles/!2016/0716/W1/30707ApkBrexit.htm",
    retrieved="same address (release of the Parlamentskorrespondenz, 'Wien (pk)', as reposted by the Österreich Journal, "
              "July 2016; the stored copy has no headline and starts with the subtitle line, used as title; hard line "
              "breaks joined with a space (rule 48); the second paragraph 'Harsche Kritik hagelte es auch an jenen "
              "Frontmännern …', cut off after 'EU-Pa' in the stored copy, dropped (rule 15), with it the terms "
              "'\"Brandstiftern\"' and '\"Zündlern\"')",
    license=PK,
    paras=[BX_P1],
    # the topic of the Chancellor's and Vice-Chancellor's statements is a title (rules 24, 834); the label introduced by
    # `sogenannten` and credited to `manchen` is null although the parties are the subject of the clause (rule 1792)
    quotes=[('"Europa nach dem Brexit-Referendum"', None),
            ('"Öxit"', None)],
    aliases={})
