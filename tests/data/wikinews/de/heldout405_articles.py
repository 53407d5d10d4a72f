# Four-hundred-and-fifth held-out German real-news set (tests/data/heldout405-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2135-2139). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifth held-out set". Five netzpolitik.org texts (licence NP, CC BY-NC-SA
# 4.0, the licence constant the earlier netzpolitik.org sets use): a link post on the Federal Constitutional Court's
# online-search ruling (2008), a post on the Telekom's wish for restraint on net-neutrality rules (2013), reports on the
# police laws of North Rhine-Westphalia and Lower Saxony (2018) and a report on the state trojan for the domestic
# intelligence service (2020). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17, 52), stored date lines are dropped (rule 14), donation boxes and comment
# counts are dropped (rule 19), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- netzpolitik.org, 2008: link post on Twister's account of the online-search ruling ---

TW_T = "Twister zum Bundestrojaner-Urteil"
TW_P1 = ("Twister schreibt im Telepolis-Blog darüber, wie es so ist, wenn man als Erstbeschwerdeführerin in Karlsruhe "
         "plötzlich an der Geburt eines neuen Grundrechts beteiligt war. Sehr persönlich und gerade darum lesenswert.")
TW_P2 = ("Während eines durchaus netten Abends fragte mich jemand warum ich dies alles überhaupt tun würde. (…) Ich konnte "
         "nur sagen, dass es mir einfach sehr wichtig ist, dass manche Dinge einfach nicht sein dürfen und dass es manchmal "
         "auch Menschen geben muss, die was tun. Einfach so. Weil manche Dinge getan werden müssen wie ich finde. Und weil "
         "ich daran glaube, dass es ab und an nur Leute geben muss, die sagen „jepp, wir machen das“ damit andere sagen "
         "„ich helfe“. Denn der eine ist vom anderen abhängig. Ohne die vielen Helfer wäre ich Nichts, aber vielleicht "
         "benötigen die Helfer eben auch jemanden wie mich, wie padeluun, wie Patrick Breyer, wie Herrn Baum oder Herrn "
         "Hirsch etc, die sagen „ich fange an“.")

add(id="ho405-np-2008-twister-bundestrojaner-urteil",
    title=TW_T,
    url="http://netzpolitik.org/2008/twister-zum-bundestrojaner-urteil/",
    retrieved="same address (stored page; the headline kept as title (rule 18); Twister's passage from the Telepolis blog, "
              "which the page sets as a block quote without quotation marks, kept as its own line (rule 23), with its "
              "published punctuation (rule 20); the donation box 'Deine Spende für digitale Freiheitsrechte / Wir berichten "
              "über aktuelle netzpolitische Entwicklungen, …' and the lines '2 Ergänzungen' / 'Dieser Artikel ist älter als "
              "ein Jahr, daher sind die Ergänzungen geschlossen.' dropped (rule 19))",
    license=NP,
    paras=[TW_P1, TW_P2],
    quotes=[("„jepp, wir machen das“", None),
            ("„ich helfe“", None),
            ("„ich fange an“", None)],
    aliases={})

# --- netzpolitik.org, 2013: Telekom wants restraint on net-neutrality rules, the economics ministry is pleased ---

TK_T = "Telekom wünscht sich Zurückhaltung bei Regulierung, Wirtschaftsministerium zeigt sich erfreut"
TK_P1 = ("Die Deutsche Telekom wünscht sich von der Politik Zurückhaltung, was eine gesetzliche Festschreibung der "
         "Netzneutralität betrifft:")
TK_P2 = ("Telekom-Geschäftsführer Hagspihl forderte die Politik zur Zurückhaltung bei der Regulierung auf: „Ich halte es "
         "für besser für das freie Internet, wenn die Unternehmen das alleine regeln.“")
TK_P3 = ("Das erfreut unser Bundeswirtschaftsministerium, was ja dieselbe Linie verfolgt, dass der Markt und damit die "
         "Deutsche Telekom gut für die Netzneutralität seien. Das Bundeswirtschaftsministerium zeigt sich auch gleich "
         "beeindruckt von den Nebelkerzen der Deutschen Telekom, die gestern mal verkündet hat, dass man nach einer "
         "Drosselung wenigstens noch Mails checken kann.")
TK_P4 = ("Das Wirtschaftsministerium erklärte, mit den Ankündigungen zur Abmilderung der Anschlussdrosselung habe die "
         "Telekom „nicht zuletzt aufgrund der Diskussion in Öffentlichkeit und Politik nun wesentliche Details "
         "nachgebessert“.")
TK_P5 = ("Mag sein, dass man im Bundeswirtschaftsministerium nicht verstehen will, dass das gestrige Zurückrudern mit dem "
         "eigentlichen Punkt der Netzneutralität sehr wenig zu tun hat. Wenn damit „wesentliche Nachbesserung“ erreicht "
         "worden seien, dann kann man null Hoffnung in die Bundesregierung setzen, irgendwas in Sachen Netzneutralität "
         "geregelt zu bekommen.")

HAGSPIHL = "Hagspihl"
BMWI = "Bundeswirtschaftsministerium"

add(id="ho405-np-2013-telekom-netzneutralitaet-wirtschaftsministerium",
    title=TK_T,
    url="https://netzpolitik.org/2013/telekom-wunscht-sich-zuruckhaltung-bei-regulierung-wirtschaftsministerium-zeigt-"
        "sich-erfreut/",
    retrieved="same address (stored page of 2013; the headline kept as title (rule 18); the two passages that the page "
              "sets as block quotes from other reports ('Telekom-Geschäftsführer Hagspihl forderte …', 'Das "
              "Wirtschaftsministerium erklärte, …') kept as their own lines, with their quotation marks (rules 23, 2139); "
              "the donation box 'Du möchtest mehr kritische Berichterstattung? / Unsere Arbeit bei netzpolitik.org wird "
              "fast ausschließlich durch freiwillige Spenden …', cut off in the stored copy, dropped (rules 15, 19))",
    license=NP,
    paras=[TK_P1, TK_P2, TK_P3, TK_P4, TK_P5],
    quotes=[("„Ich halte es für besser für das freie Internet, wenn die Unternehmen das alleine regeln.“", HAGSPIHL),
            ("„nicht zuletzt aufgrund der Diskussion in Öffentlichkeit und Politik nun wesentliche Details "
             "nachgebessert“", BMWI),
            ("„wesentliche Nachbesserung“", BMWI)],
    aliases={HAGSPIHL: ["Hagspihl", "Telekom-Geschäftsführer Hagspihl"],
             BMWI: ["Bundeswirtschaftsministerium", "Wirtschaftsministerium"]})

# --- netzpolitik.org, 2018: the state trojan in North Rhine-Westphalia's police law ---

NW_P1 = ("Man sei „weit von Bayern entfernt“, betonten gleich mehrere Politiker der schwarz-gelben Koalition in "
         "Nordrhein-Westfalen, als sie heute im Landtag nach einer parlamentarischen Debatte für das neue Polizeigesetz "
         "stimmten. Die oppositionelle SPD war mit im Boot, als die Mehrheit der Abgeordneten nun auch in NRW den "
         "Staatstrojaner ins Gesetz hievte.")
NW_P2 = ("In Nordrhein-Westfalen fiel heute im Landtag die Entscheidung über das viele Monate lang umstrittene neue "
         "Polizeigesetz: Gemeinsam mit der schwarz-gelben Landesregierung stimmte auch die SPD dem Polizeigesetz zu. In der "
         "parlamentarischen Debatte vor der Abstimmung zeigten sich die Regierungsfraktionen erfreut über das Votum der "
         "SPD, die dem „Sicherheitspaket 1“ ihre oppositionellen Stimmen gab. Die CDU betonte, man habe nun ein "
         "Wahlversprechen eingelöst.")
NW_P3 = ("Eine farbliche Übersicht der aktuellen Änderungen vor der Abstimmung ist auf der Protestseite gegen das "
         "NRW-Polizeigesetz zu finden, das die 40.000 Polizeibeamten künftig binden wird. Auf einer Informationsseite zum "
         "neuen Polizeigesetz stellt außerdem die Landesregierung ihr „Sicherheitspaket 1“ vor. Darin findet sich auch ein "
         "Abschnitt zur Einführung des umstrittenen Staatstrojaners. Im Rahmen des neuen Gesetzes soll der Polizei in NRW "
         "erstmals die sog. Quellen-Telekommunikationsüberwachung („Quellen-TKÜ“) erlaubt werden, bei der ein "
         "informationstechnisches Gerät gehackt werden darf, um darauf laufende Kommunikation abzuhören.")
NW_P4 = ("Die Landesregierung zitiert auf der Informationsseite Herbert Reul (CDU), den nordrhein-westfälischen "
         "Innenminister. Er stellt darin die vorherige gesetzliche Regelung so dar, als sei sie unrettbar veraltet gewesen:")
NW_P5 = ("Wenn Terroristen ihre Anschläge per WhatsApp planen, können wir uns kein Polizeigesetz aus dem "
         "Wählscheiben-Zeitalter leisten.")
NW_P6 = ("Fast wortgleich äußert sich dazu auch Gregor Golland (CDU) in der heutigen parlamentarischen Debatte: Man könne "
         "nicht „im Wählscheiben-Zeitalter stehenbleiben“.")

KOALITION = "Politiker der schwarz-gelben Koalition"
GOLLAND = "Gregor Golland"

add(id="ho405-np-2018-nrw-polizeigesetz-staatstrojaner",
    title=None,
    url="https://netzpolitik.org/2018/polizeigesetz-staatstrojaner-nun-auch-in-nrw-beschlossene-sache/",
    retrieved="same address (stored page of 2018, the year in the address; the stored copy begins "
              "with the teaser and shows neither date line nor headline, so the text has no title line (rules 18, 32); the "
              "empty lines after the second paragraph dropped; Herbert Reul's sentence, which the page sets as a block "
              "quote without quotation marks, kept as its own line and not annotated (rules 23, 2138); the paragraph 'Ob', "
              "cut off in the stored copy after its first word, dropped (rule 15))",
    license=NP,
    paras=[NW_P1, NW_P2, NW_P3, NW_P4, NW_P5, NW_P6],
    quotes=[("„weit von Bayern entfernt“", KOALITION),
            ("„Sicherheitspaket 1“", None, 0),
            ("„Sicherheitspaket 1“", None, 1),
            ("„Quellen-TKÜ“", None),
            ("„im Wählscheiben-Zeitalter stehenbleiben“", GOLLAND)],
    aliases={KOALITION: ["Politiker der schwarz-gelben Koalition"],
             GOLLAND: ["Gregor Golland"]})

# --- netzpolitik.org, September 2018: the Lower Saxony police law debated in the Landtag ---

NI_P1 = ("Eine Landtagsdebatte über das neue niedersächsische Polizeigesetz verlief gestern weitestgehend erwartbar. "
         "Vertreter der Großen Koalition gab sich gönnerhaft und würdigten den zivilgesellschaftlichen Protest. Im Kern "
         "aber wollen sie an ihren Plänen festhalten. Das Demobündnis noNPOG kündigt weiteren Protest an.")
NI_P2 = ("Der Landtag in Hannover hat gestern über die geplante Reform des „Niedersächsischen Gesetzes über die "
         "öffentliche Sicherheit und Ordnung“ diskutiert. Die Fraktion der Grünen hatte aus Anlass einer Großdemonstration "
         "gegen das Gesetzesvorhaben am vergangenen Wochenende eine Aktuelle Stunde beantragt. In der Debatte zeigten sich "
         "die Regierungsparteien SPD und Union zwar gesprächsbereit, hielten im Kern jedoch an ihrem Vorhaben fest. Die "
         "Kritik an dem Gesetz rühre auch daher, dass viele Menschen schlecht informiert seien.")
NI_P3 = ("Der Entwurf für das überarbeitete Polizeigesetz [PDF] sorgt in Niedersachsen und darüber hinaus seit Monaten für "
         "hitzige Diskussionen. Wie in vielen anderen Bundesländern will auch die niedersächsische Landesregierung eine "
         "notwendige Anpassung des Polizeirechts an Datenschutzvorgaben der EU als Gelegenheit nutzen, die Befugnisse von "
         "Sicherheitsbehörden massiv auszuweiten.")
NI_P4 = ("In einer breit angelegten Anhörung des Landtages hatten im August viele Sachverständige und Organisationen "
         "technische, sicherheitspolitische und verfassungsrechtliche Bedenken geäußert [mehr dazu in unserem "
         "Hintergrund-Podcast]. Kurz vor der Demo am vergangenen Samstag kündigte Innenminister Boris Pistorius (SPD) "
         "deshalb bereits an, ein wenig nachbessern zu wollen. Viele der neuen Maßnahmen, etwa der Einsatz elektronischer "
         "Fußfesseln oder polizeiliche Auflagen für Gefährder, sollen der Genehmigung einer Richterin oder eines Richters "
         "bedürfen.")

add(id="ho405-np-2018-09-niedersachsen-polizeigesetz-landtag",
    title=None,
    url="https://netzpolitik.org/2018/trotz-grossdemo-spd-und-cdu-verteidigen-plaene-fuer-niedersaechsisches-polizeigesetz/",
    retrieved="same address (stored page of September 2018; the stored date line ' date 2018-09' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "empty lines after the second paragraph dropped; 'Vertreter der Großen Koalition gab sich' and the bracketed "
              "link texts '[PDF]' and '[mehr dazu in unserem Hintergrund-Podcast]' kept as published (rule 20); the "
              "subheading '„Rechtsstaatlicher Salto Mortale“' dropped with the paragraph under it, 'Das allerdings reiche "
              "nicht, um das Gesetz zu retten, kri', cut off in the stored copy before the name of its speaker (rules 15, "
              "52, 2137))",
    license=NP,
    paras=[NI_P1, NI_P2, NI_P3, NI_P4],
    quotes=[("„Niedersächsischen Gesetzes über die öffentliche Sicherheit und Ordnung“", None)],
    aliases={})

# --- netzpolitik.org, June 2020: the ministries agree on a state trojan for the domestic intelligence service ---

ST_P1 = ("Seit über einem Jahr verhandeln Justiz- und Innenministerium über ein neues Gesetz für den Verfassungsschutz. Im "
         "März 2019 haben wir den Entwurf des Innenministeriums veröffentlicht und getitelt: Seehofer will Staatstrojaner "
         "für den Verfassungsschutz. Die damalige Justizministerin Katarina Barley lehnte den Entwurf vollständig ab. Jetzt "
         "konnte Seehofer ihre Nachfolgerin Christine Lambrecht überzeugen – zumindest teilweise.")
ST_P2 = ("Nach Informationen von netzpolitik.org haben sich die Ministerien geeinigt, dass der Inlandsgeheimdienst in "
         "bestimmten Fällen die sogenannte Quellen-Telekommunikationsüberwachung einsetzen darf. Über die "
         "Online-Durchsuchung streiten die Minister:innen weiter. Das berichten mehrere mit den Verhandlungen befasste "
         "Personen, denen wir Vertraulichkeit zugesichert haben, weil die Verhandlungen noch nicht abgeschlossen sind.")
ST_H = "Kleiner und großer Trojaner"
ST_P3 = ("Mit Staatstrojanern dringen Behörden in IT-Geräte ein. Schon dieser Schritt – die Infiltration – ist ein "
         "Eingriff in das Grundrecht auf Gewährleistung der Vertraulichkeit und Integrität informationstechnischer "
         "Systeme. Weil das Bundesverfassungsgericht diesem Grundrechtseingriff enge Grenzen auferlegt hat, wurde eine "
         "juristische Trennung eingeführt, welche weiteren Grundrechtseingriffe nach der Infiltration passieren.")
ST_P4 = ("Bei einer „Online-Durchsuchung“ übernehmen staatliche Hacker die volle Kontrolle über das Gerät, sie können "
         "sämtliche Daten und Sensoren abhören und ausleiten. Bei einer „Quellen-TKÜ“ müssen sich die Behörden auf laufende "
         "Telekommunikation beschränken, etwa Telefonate oder Messenger-Nachrichten. Diese Unterscheidung ist jedoch "
         "künstlich, technisch ist das nicht zu gewährleisten. Und das Grundproblem bleibt: Um Hacken zu können, nutzt der "
         "Staat Sicherheitslücken statt sie zu schließen – das schadet der inneren Sicherheit.")

add(id="ho405-np-2020-06-staatstrojaner-verfassungsschutz-einigung",
    title=None,
    url="https://netzpolitik.org/2020/bundesregierung-einigt-sich-auf-staatstrojaner-fuer-inlandsgeheimdienst/",
    retrieved="same address (stored page of June 2020; the stored date line ' date 2020-06' dropped (rule 14); the stored "
              "copy begins with the body and shows no headline, so its first paragraph is the first line (rules 18, 32); "
              "the former headline 'Seehofer will Staatstrojaner für den Verfassungsschutz', which the text cites without "
              "marks, not annotated (rule 5); the subheading 'Kleiner und großer Trojaner' kept as its own line; the "
              "paragraph 'Innen- und Justizmini', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=[ST_P1, ST_P2, ST_H, ST_P3, ST_P4],
    quotes=[("„Online-Durchsuchung“", None),
            ("„Quellen-TKÜ“", None)],
    aliases={})
