# Thirty-second held-out German real-news set (tests/data/heldout32-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-163 and the new rules of this set, 164-166). None of these pages is in any tests/data/*.jsonl
# (checked by URL and OTS/PK/newsletter number against every file in tests/data, and by an 8-word overlap search against
# the texts of all sets: no shared window). The annotation was finished and committed before whosaid was run on any of
# these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Thirty-second held-out set": five releases of the Austrian Parliament's
# Parlamentskorrespondenz (four on OTS, one on parlament.gv.at), one PK teaser reposted by rechteasy.at, one issue of the
# newsletter of the Commission's Representation in Germany and one issue of the newsletter of the European Parliament's
# Liaison Office in Germany. The stored copies are excerpts cut after about 2,000 characters; only complete paragraphs
# are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP, EU, PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- Austrian Parliament: Parlamentskorrespondenz (OTS and parlament.gv.at) ---

K = ('Kopf will im Laufe der nächsten Monate alle neun Landtage besuchen und damit auch "ein bekennendes Zeichen zum '
     'föderalistischen Staatsaufbau Österreichs setzen und die Basis für eine gute Zusammenarbeit der Parlamente auf '
     'Landes- und Bundesebene stärken." Darüber hinaus möchte der Präsident im Rahmen seiner Besuche mit den '
     'Landtagspräsidenten auch über die im Zuge der Regierungsverhandlungen diskutierten Vorschläge einer Demokratiereform '
     'und deren Bearbeitung im Rahmen einer parlamentarischen Enquetekommission sprechen.')

add(id="ho32-pk-ots-2013-12-10-kopf-landtage",
    title="Zusammenarbeit der Parlamente auf Landes- und Bundesebene stärken",
    url="https://www.ots.at/presseaussendung/OTS_20131210_OTS0140/zusammenarbeit-der-parlamente-auf-landes-und-bundesebene-staerken",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 10 December 2013, dateline 'Wien "
              "(PK)'; the subtitle kept as its own line (rule 18); the end mark '(Schluss) red' after the last paragraph "
              "dropped (rule 48); complete otherwise)",
    license=PK,
    paras=["Zweiter Nationalratspräsident Kopf besucht die Landtage in Salzburg und St. Pölten",
           'Wien (PK) - Karlheinz Kopf, der Zweite Präsident des Nationalrats, besucht am Mittwoch den Salzburger und am '
           'Donnerstag den Niederösterreichischen Landtag im Rahmen ihrer jeweiligen Landtagssitzungen. Dies ist nach '
           'Vorarlberg und Oberösterreich bereits der dritte bzw. vierte Besuch eines Länderparlaments in der noch kurzen '
           'Amtszeit des Präsidenten. Am Rande der Landtagssitzung in Salzburg wird Kopf auch mit Landtagspräsidentin '
           'Brigitta Pallauf und Landeshauptmann Wilfried Haslauer zusammentreffen. Auch im Rahmen des Besuchs der Sitzung '
           'des Niederösterreichischen Landtages stehen ein Treffen mit Landtagspräsident Hans Penz und den Mitgliedern der '
           'Präsidialkonferenz sowie mit Landeshauptmann Erwin Pröll am Programm.',
           K],
    quotes=[(cut(K, '"ein bekennendes', 'stärken."'), "Karlheinz Kopf")],
    aliases={"Karlheinz Kopf": ["Karlheinz Kopf", "Kopf", "Zweiter Nationalratspräsident Kopf"]})

add(id="ho32-pk-2018-1411-aviso-sobotka-moskau",
    title="Parlamentskorrespondenz Nr. 1411 vom 30.11.2018",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2018/PK1411/index.shtml",
    retrieved="same address (stored page of the Parlamentskorrespondenz; the release's number line is the first line, then "
              "headline and subtitle as their own lines (rule 18); the end mark '(Schluss) red' after the last paragraph "
              "dropped (rule 48); complete otherwise)",
    license=PK,
    paras=["Aviso: NR-Präsident Sobotka reist zu offiziellem Besuch nach Moskau",
           "Rede vor der Staatsduma und vor Studierenden, Schwerpunkt zu Gerechte der Völker und politische Gespräche",
           "Wien (PK) – Nationalratspräsident Wolfgang Sobotka wird vom 4. bis 6. Dezember einen offiziellen Arbeitsbesuch "
           "in Moskau absolvieren. Auf Einladung des Präsidenten der Staatsduma Wjatscheslaw Wiktorowitsch Wolodin stattet "
           "Sobotka der russischen Hauptstadt seinen ersten Besuch als Präsident des Nationalrates ab. Vor dem Hintergrund "
           "einer geopolitisch angespannten Situation wird Sobotka vor Ort neben einem intensiven Austausch zu bilateralen "
           "Themen auch die österreichische und europäische Position im Zusammenhang mit dem Ukraine-Konflikt vertreten.",
           'Neben politischen Gesprächen mit dem Präsidenten der Staatsduma, der Vorsitzenden des Föderationsrates, '
           'Walentina Iwanowna Matwijenko, sowie Vizeaußenminister Wladimir Titov wird der Nationalratspräsident eine Rede '
           'im Plenum der Staatsduma halten. Ein Schwerpunkt der Reise liegt auf dem Thema "Gerechte der Völker", wobei '
           'Sobotka Gast im Jüdischen Museum und Toleranzzentrum sein wird. Weitere Programmpunkte sind eine Begegnung mit '
           'der Zivilgesellschaft im Sacharow-Zentrum und ein Vortrag vor russischen Studierenden.',
           "Die erste Auslandsreise im Jahr 2019 wird Sobotka nach Kiew führen. Für Mitte Jänner ist ein offizieller "
           "Arbeitsbesuch bei Parlamentspräsident Andrij Parubij vereinbart."],
    quotes=[('"Gerechte der Völker"', None)],
    aliases={})

add(id="ho32-pk-ots-2008-09-29-parlamente-norwegen",
    title="Von den Wikingern zum modernen Wohlfahrtsstaat Norwegens Parlamentarismus begann in grauer Vorzeit",
    url="https://www.ots.at/presseaussendung/OTS_20080929_OTS0043/von-den-wikingern-zum-modernen-wohlfahrtsstaat-norwegens-parlamentarismus-begann-in-grauer-vorzeit",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 29 September 2008 in its series of "
              "portraits of European parliaments; the headline and subtitle, which the stored copy runs together in one "
              "line, kept so (rule 18); the published '-die Porträts' kept (rule 20); the subheading 'Die alte "
              "Thing-Herrlichkeit' kept as its own line (rule 13); the third paragraph 'Möglich wurde dies, weil die "
              "Wikinger …', cut off in the stored copy, and everything after it dropped (rule 15))",
    license=PK,
    paras=["Wien (PK) - Beginnend am 7. Jänner 2008, hat die Parlamentskorrespondenz die Parlamente der 16 "
           "Teilnehmerländer der EURO 08 porträtiert. Wir bringen in der Folge - jeweils am Montag -die Porträts der "
           "Parlamente der anderen europäischen Staaten von A wie Albanien bis Z wie Zypern. Heute: Norwegen.",
           "Die alte Thing-Herrlichkeit",
           'Sieht man von der "Gotengeschichte" des Jordanes ab, so drang lange keine Nachricht über die Nordmänner auf den '
           'europäischen Kontinent. Und als sie dann selbst auftauchten, da avancierten sie buchstäblich über Nacht zum '
           'Schrecken des frühmittelalterlichen Europa. In Norwegen selbst begann Halvdan Svarte ("der Schwarze") um 850 '
           'mit der Einigung der zahlreichen Clans, und sein Sohn Harald Harfagre ("Schönhaar") formte aus der '
           'unübersichtlichen Vielheit von einzelnen Stammesreichen schließlich als erster ein einheitliches Staatswesen, '
           'weshalb unter seinem Sohn Eirik Blodöx ("Blutaxt") vermehrt auf Expansion gesetzt werden konnte. Bis zur '
           'Herrschaft von Harald Hardrade ("der Harte") wurden die Norsker zu einer europäischen Großmacht, die an allen '
           'Ecken und Enden des Kontinents ihre Visitkarte hinterließen. So kontrollierten die Norweger weite Teile '
           'Schottlands und Irlands, besaßen die Orkneys und die Shetlands, die Insel Man, die Hebriden und die Färöer, und '
           'sie besiedelten Island und in weiterer Folge auch Grönland, das der Norweger Eirik Raude ("der Rote") entdeckt '
           'hatte. Unter dessen Sohn Leif wurde gar eine norwegische Kolonie in Amerika begründet. Bis zum 14. Jahrhundert '
           'waren die Norweger so eine Macht, mit der man sich besser nicht anlegte.'],
    quotes=[('"Gotengeschichte"', None),
            ('"der Schwarze"', None),
            ('"Schönhaar"', None),
            ('"Blutaxt"', None),
            ('"der Harte"', None),
            ('"der Rote"', None)],
    aliases={})

add(id="ho32-pk-ots-2006-04-25-aviso-noe-landtag",
    title="Aviso: Besuch des NÖ Landtages im Parlament NÖ Abgeordnete aller Parteien besuchen die Bundesratspräsidentin",
    url="https://www.ots.at/presseaussendung/OTS_20060425_OTS0125/aviso-besuch-des-noe-landtages-im-parlament-noe-abgeordnete-aller-parteien-besuchen-die-bundesratspraesidentin",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 25 April 2006; the headline and "
              "subtitle, which the stored copy runs together in one line, kept so (rule 18); the hard line break inside "
              "the first paragraph ('und' / 'die wechselnde') joined with a space (rule 48); the service lines 'Zeit:', "
              "'Ort:', 'Ablauf:' kept as their own lines as published; the end mark '(Schluss)', the press contacts and the "
              "OTS footer dropped (rule 48); complete otherwise)",
    license=PK,
    paras=['Wien (PK) – Die Mandatare des NÖ Landtages besuchen auf Einladung von Bundesratspräsidentin Sissy Roth-Halvax '
           'das Parlament. Nach einer Führung durch das Hohe Haus diskutieren niederösterreichische Landtagsabgeordnete '
           'aller Fraktionen mit Präsidentin Roth-Halvax und Vizepräsident Jürgen Weiss. Weiss wird zuvor zum Thema "Die '
           'rechtliche und faktische Stellung des Bundesrates" referieren. Karl Lengheimer, NÖ Landtagsdirektor, spricht '
           'über "Die Arbeit des Landes- und Bundesgesetzgebers und die wechselnde Auswirkung der jeweiligen Beschlüsse. '
           'Stand der Beratungen über die Verfassungsreform betreffend Bundesrat und Kompetenzverteilung".',
           "Journalisten sind herzlichst zur Teilnahme eingeladen.",
           "Zeit: Mittwoch, 26. April 2006, von 14 bis 17 Uhr",
           "Ort: Bundesrats-Sitzungssaal und Salon des Bundesrates",
           "Ablauf: 14 Uhr: Führung durch die historischen Räumlichkeiten des Parlamentsgebäudes;",
           "15 Uhr: Diskussion im Bundesrats-Sitzungssaal. Referate von BR-Vizepräsident Jürgen Weiss und NÖ "
           "Landtagsdirektor Karl Lengheimer"],
    quotes=[('"Die rechtliche und faktische Stellung des Bundesrates"', None),
            ('"Die Arbeit des Landes- und Bundesgesetzgebers und die wechselnde Auswirkung der jeweiligen Beschlüsse. Stand '
             'der Beratungen über die Verfassungsreform betreffend Bundesrat und Kompetenzverteilung"', None)],
    aliases={})

F2 = ('In seiner Begrüssungsansprache meinte Fischer, Aubauers Buch beschreibe die Lebenswirklichkeit des Parlaments. '
      '"Possen, Pannen, Pointen" heisse es zwar im Untertitel des Bandes, doch dieser behandle viel mehr. Es gebe '
      '"Sturmszenen", Auseinandersetzungen, aber auch rührende Momente, von denen in dieser Publikation berichtet werde, '
      'wobei es fraglos verdienstvoll sei, so viele verschiedene Blickwinkel gesucht zu haben, um den Parlamentarismus zu '
      'beleuchten.')
F3 = ('Es sei, so Fischer weiter, ein schwieriges Unterfangen, den unterschiedlichen Betrachtungsweisen gerecht zu werden, '
      'die Abläufe des Parlamentarismus ausgewogen, menschlich, unparteiisch, "sine ira et studio" zu beschreiben, doch '
      'Aubauer habe diese Aufgabe elegant bewältigt. Das Buch sei gut gelungen, weshalb er, Fischer, ihm schon jetzt eine '
      'zweite Auflage prognostiziere.')

add(id="ho32-pk-ots-2001-03-26-buchpraesentation-hohes-haus",
    title="BUCHPRÄSENTATION IM HOHEN HAUS Gertrude Aubauer stellt parlamentarische Innenansichten vor",
    url="https://www.ots.at/presseaussendung/OTS_20010326_OTS0245/buchpraesentation-im-hohen-haus-gertrude-aubauer-stellt-parlamentarische-innenansichten-vor",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz release of 26 March 2001; the headline and "
              "subtitle, which the stored copy runs together in one line, kept so (rule 18); the published spellings "
              "'Begrüssungsansprache', 'heisse' kept (rule 20); the fifth paragraph 'Wrabetz skizzierte sodann die Zukunft "
              "der Polit-Berichterstattung …', cut off in the stored copy inside its quotation, dropped with everything "
              "after it (rule 15))",
    license=PK,
    paras=['Wien (PK) - Ebenso zahlreiches wie illustres Publikum erschien heute zu einer Buchpräsentation im Hohen Haus, '
           'zu der Nationalratspräsident Heinz Fischer und der ORF geladen hatten. Vorgestellt wurde der Band "Hohes Haus" '
           'aus der Feder der ORF-Journalistin Gertrude Aubauer. Anwesend waren u.a. Bundesratspräsident Gerd Klamt, '
           'Sozialminister Herbert Haupt, die ehemaligen Nationalratspräsidenten Robert Lichal und Marga Hubinek sowie '
           'Finanzminister a.D. Rudolf Edlinger.',
           F2,
           F3,
           'Alexander Wrabetz, kaufmännischer Direktor des ORF, bezeichnete das Buch als weiteren Markstein in der '
           'Zusammenarbeit zwischen ORF und Parlament. Die Politik verschwinde immer mehr aus dem Fernsehen, allein der ORF '
           'stehe mit einem Anteil von 23 Prozent am Gesamtprogramm hier noch gut da. 3,5 Mrd. S gebe der ORF jährlich für '
           'Information aus, was im internationalen Vergleich einen exorbitant hohen Betrag darstelle.'],
    quotes=[('"Hohes Haus"', None),
            ('"Possen, Pannen, Pointen"', None),
            ('"Sturmszenen"', "Heinz Fischer"),
            ('"sine ira et studio"', "Heinz Fischer")],
    aliases={"Heinz Fischer": ["Heinz Fischer", "Fischer", "Nationalratspräsident Heinz Fischer"]})

# --- Parlamentskorrespondenz teaser reposted by rechteasy.at ---

add(id="ho32-pk-repost-2021-11-10-zadic-massnahmenvollzug",
    title="Zadić will Maßnahmenvollzug baulich und gesetzlich reformieren",
    url="https://rechteasy.at/2021/11/10",
    retrieved="same address (stored date archive page of rechteasy.at for 10 November 2021, showing one item: the opening "
              "of a Parlamentskorrespondenz release of that day (dateline 'Wien (PK)') as reposted by the site; the item's "
              "headline is the first line, the teaser with the release's subtitle run into the dateline kept as one "
              "paragraph as published, including the site's closing '[…]' (rules 19, 166); the link line 'Zadić will "
              "Maßnahmenvollzug baulich und gesetzlich reformieren Weiterlesen »' dropped (rule 19). The licence is the "
              "Parlamentskorrespondenz's, inferred from the dateline; the repost itself names no licence)",
    license=PK,
    paras=["Budgetausschuss diskutiert Justizbudget 2022 Wien (PK) – “Der Maßnahmenvollzug liegt tatsächlich im Argen”, "
           "so Justizministerin Alma Zadić heute im Budgetausschuss des Nationalrats. Mit dem Budgetvorschlag 2022 werde "
           "eine verbesserte und kostengünstigere Unterbringung von Maßnahmenvollzug-InsassInnen – also RechtsbrecherInnen "
           "mit mangelnder Schuldfähigkeit – daher weiter vorangetrieben, beschrieb Zadić entsprechende Ausbaupläne bei den "
           "Justizanstalten Göllersdorf und Asten. Neben den baulichen Maßnahmen plant […]"],
    quotes=[("“Der Maßnahmenvollzug liegt tatsächlich im Argen”", "Alma Zadić")],
    aliases={"Alma Zadić": ["Alma Zadić", "Zadić", "Justizministerin Alma Zadić"]})

# --- European Commission: newsletter of the Representation in Germany ---

G = ('Mit Blick auf die Europawahl hat die Vertreterin der Europäischen Kommission Barbara Gessler betont, wie positiv sie '
     'der Blick auf das europapolitische Engagement vieler Bürgerinnen und Bürger stimmt. Gessler äußerte sich zu Beginn '
     'des WDR-Europaforums in einer Gesprächsrunde mit WDR-Intendant Tom Buhrow und Georg Pfeifer, der das '
     'Verbindungsbüro des Europäischen Parlaments in Deutschland leitet. Sie sagte: „Ich nehme hier in Deutschland viel '
     'Enthusiasmus wahr und sehe ganz viel Engagement für die EU, für die europäische Idee. Viele in der Zivilgesellschaft '
     'haben verstanden, worum es geht: um Europa als Anker für Stabilität und Sicherheit. Das jüngste Eurobarometer zeigt, '
     'dass sich eine Mehrheit ein stärkeres Europa wünscht. Unsere EU ist als Friedensprojekt wichtiger denn je.')

add(id="ho32-ec-de-newsletter-53429-gessler-wdr-europaforum",
    title="EU-AKTUELL",
    url="https://ec.europa.eu/newsroom/representations/newsletter-archives/53429",
    retrieved="same address (stored copy of the newsletter 'EU-AKTUELL' of the Commission's Representation in Germany, "
              "2024; the mail header 'Falls Sie diese E-Mail nicht lesen können, …' and 'European Commission Logo' and the "
              "'mehr' links dropped (rule 19); the newsletter's section lines 'DIE EU IN DEUTSCHLAND' and 'Nachrichten' kept "
              "as their own lines; the Gessler teaser ends in the newsletter without a closing quotation mark (rule 22); the "
              "third item 'EU-Methanverordnung verabschiedet', whose teaser is cut off in the stored copy inside Kadri "
              "Simson's quotation, dropped with its headline and everything after it (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "Kommissionsvertreterin Gessler beim WDR Europaforum: Europa als Friedensprojekt wichtiger denn je",
           G,
           "NZIA beschlossen: EU-Gesetz stärkt europäische Fertigungskapazitäten für saubere Schlüsseltechnologien",
           "Die EU-Kommission begrüßt die endgültige Verabschiedung der Verordnung über die Netto-Null-Industrie (Net-Zero "
           "Industry Act, NZIA) durch die Mitgliedstaaten im Rat der EU. Mit dem Gesetz will die EU ihre heimischen "
           "Fertigungskapazitäten für saubere Schlüsseltechnologien stärken."],
    quotes=[(G[G.index("„Ich nehme"):], "Barbara Gessler")],
    aliases={"Barbara Gessler": ["Barbara Gessler", "Gessler", "Kommissionsvertreterin Gessler"]})

# --- European Parliament: newsletter of the Liaison Office in Germany ---

D = ("„In diesem Kampf zwischen David und Goliath müssen wir die Schwächsten in der Lieferkette stärken, um Fairness, "
     "gesündere Lebensmittel und grundlegende Rechte zu gewährleisten. Wir arbeiten weiter hart daran, Verbraucherinnen und "
     "Verbrauchern umfassenden Zugang zu hochwertigen EU-Produkten zu ermöglichen“, sagt der Europaabgeordnete und "
     "Berichterstatter Paolo De Castro (S&D, IT).")

add(id="ho32-ep-de-newsletter-2019-03-de-castro",
    title="EP.NEWS",
    url="http://www.europarl.europa.eu/germany/resource/static/newsletter/Newsletter_2019_03/index.html",
    retrieved="same address (stored copy of the newsletter 'EP.NEWS' of the European Parliament's Liaison Office in "
              "Germany, March I 2019; the line 'Hier klicken, um diese Version im Browser anzuzeigen.', the masthead line "
              "'Monatlicher Newsletter des Verbindungsbüros des Europäischen Parlaments in Deutschland' (the newsletter's "
              "fixed furniture, which shares an 8-word window with the heldout22 copy of another issue), the 'zum Artikel' "
              "links and the navigation block 'Die Plenarwoche / Thementicker - … / Terminkalender / Ausgewählte "
              "Veranstaltungen … / SOZIALE NETZWERKE / EP bei facebook, twitter & Co.' dropped (rule 19); the headline "
              "'Erste Umfrage-' / 'ergebnisse zur Europawahl 2019' joined without a space as the column set it (rule 20); "
              "the subheading 'Feste Absprachen' and the paragraph after it, cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["März I 2019",
           "Faire Preise für Landwirte",
           "Landwirte sollen besser geschützt werden. Am Donnerstag (14.3.) stimmt das Europäische Parlament über ein neues "
           "Gesetz ab, das unlauteren Handel in der Lebensmittelversorgungskette verhindern soll.",
           "Erste Umfrage-ergebnisse zur Europawahl 2019",
           "Erstmals in seiner Geschichte veröffentlicht das Europäische Parlament Wahlabsichtsbefragungen aus Deutschland "
           "und den EU-Mitgliedstaaten. Die daraus folgende Berechnung für die Sitzverteilung im Parlament deutet auf eine "
           "zunehmende politische Fragmentierung hin.",
           "Cybersicherheit",
           "Die EU-Agentur ENISA soll die Sicherheit im Netz verbessern. Das Europäische Parlament stimmt in Straßburg über "
           "Vorschläge ab, um Hacker-Angriffen besser begegnen zu können.",
           "Bessere Marktchancen für Landwirte und Lebensmittelproduzenten",
           "Handelsriesen soll es in Zukunft schwerer gemacht werden, Landwirte bei Preisverhandlungen unter Druck zu "
           "setzen. Am Donnerstag (14.3.) stimmt das Europäische Parlament in Straßburg über ein Gesetz ab, das unlauteren "
           "Handel in der Lebensmittelversorgungskette verhindern soll. Geschäftsbedingungen für Bauern und andere "
           "Lebensmittelproduzenten sollen fairer werden.",
           D],
    quotes=[(cut(D, "„In diesem", "ermöglichen“"), "Paolo De Castro")],
    aliases={"Paolo De Castro": ["Paolo De Castro", "Berichterstatter Paolo De Castro"]})
