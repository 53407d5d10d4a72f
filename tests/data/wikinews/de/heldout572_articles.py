# Five-hundred-and-seventy-second held-out German real-news set (tests/data/heldout572-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3360-3362). None of
# these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number or address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rliF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the parallel worktrees heldout567-heldout576). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the
# project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-seventy-second held-out set": seven texts of the Austrian Parliament under
# licence PK: two Parlamentskorrespondenz releases on the OTS service (the reminder of the 'Baumeisterinnen der Republik'
# evening with Doris Bures, March 2017; Alain Berset, secretary general of the Council of Europe, with Doris Bures in the
# Parliament, October 2025), one OTS release without headline in the stored copy (the Bundesrat's enquete on nature
# protection and energy with Norbert Hofer's keynote, October 2025), one release reposted by the press portal brandaktuell.at
# (Walter Rosenkranz opening the OSCE PA winter meeting, February 2025, sender inferred), one reposted by the news aggregator
# top-news.at (Peter Samt's Steiermark evening, July 2025, sender inferred), a news item of parlament.gv.at (the experts'
# hearing of the budget committee on the double budget 2025/2026, June 2025) and the presidency section of Franz Ebner's
# person page on parlament.gv.at (July 2024, date inferred). Stored copies are the `search` tool's `pages` excerpts, cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page and wire furniture is dropped (rules 14, 63,
# 2332, 3360), and each retrieval note names what was dropped and which senders are inferred.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BURES = "Doris Bures"
ROSENKRANZ = "Walter Rosenkranz"
EBNER = "Franz Ebner"
SAMT = "Peter Samt"
FEIGL = "Georg Feigl"
GUNDINGER = "Martin Gundinger"
HOFER = "Norbert Hofer"
BERSET = "Alain Berset"

# --- PK on OTS, 6 March 2017: reminder of the evening 'Baumeisterinnen der Republik' with Doris Bures ---

BM_T = "REMINDER: Baumeisterinnen der Republik - Veranstaltung zum Frauentag am 7. März im Parlament"
BM_SUB = ("Nationalratspräsidentin Bures und ORF Generaldirektor Wrabetz präsentieren ORF-Reihe mit Portraits bedeutender "
          "Politikerinnen")
BM_P1 = ("Wien (PK) - Wer sind die Baumeisterinnen unserer Republik? Diese Frage steht am Vorabend des Internationalen "
         "Frauentags im Fokus einer Veranstaltung im Parlament. Nationalratspräsidentin Doris Bures und ORF Generaldirektor "
         "Alexander Wrabetz werden begrüßen. Nationalratspräsidentin Bures: \"Große und großartige Frauen haben die Republik "
         "wesentlich mitgestaltet. Wir müssen heute leider immer noch aktiv daran arbeiten, dass Frauen in Wirtschaft und "
         "Politik präsent sind.\"")
BM_P2 = ("Präsentiert werden vier ORFIII- Politikerinnenportraits über die erste Bundesministerin Grete Rehor, die erste "
         "Wissenschaftsministerin Hertha Firnberg, die erste Klubobfrau im Parlament Freda Meissner-Blau und die 2014 "
         "verstorbene erste Nationalratspräsidentin Barbara Prammer. Edeltraud Hanappi-Egger (Rektorin der WU Wien), Gabriella "
         "Hauch (Institut für Geschichte, Universität Wien) und Elisabeth Sobotka (Intendantin der Bregenzer Festspiele) "
         "diskutieren im Anschluss über frauenpolitische Erfolge, den Status quo und neue Herausforderungen. Moderieren wird "
         "ORFIII-Redakteurin Christine Mayer-Bohusch.")
BM_P3 = ("Die von Cornelius Obonya moderierten Doku-Portraits im Rahmen der Reihe \"Baumeisterinnen der Republik\" sind ab 11. "
         "März wöchentlich am \"zeit.geschichte\"-Samstag um 20.15 Uhr auf ORFIII zu sehen.")

add(id="ho572-pk-ots-2017-03-06-reminder-baumeisterinnen-bures",
    title=BM_T,
    url="https://www.ots.at/presseaussendung/OTS_20170306_OTS0043/reminder-baumeisterinnen-der-republik-veranstaltung-zum-"
        "frauentag-am-7-maerz-im-parlament",
    retrieved="same address (Parlamentskorrespondenz release of 6 March 2017 on the OTS press-release service, dateline "
              "'Wien (PK) -'; headline as title, subtitle as its own line (rule 18); the information block 'Veranstaltung: "
              "Baumeisterinnen der Republik' / 'Ort: …' / 'Zeit: …' and the line 'Die VertreterInnen der Medien sind herzlich "
              "eingeladen.' kept line by line as stored (as the information block of the four-hundred-and-ninth set); the "
              "published 'ORFIII- Politikerinnenportraits' with its space and 'ORF Generaldirektor' without a hyphen kept (rule "
              "20); the subheading 'Parlament bietet Spezialführungen zum Frauentag' and the paragraph under it ('Im Zeitraum "
              "8. bis 18.3.2017 werden täglich und kostenlos Spezialführung zum Schwerpunkt \"Frauen im Parlament\" … "
              "Anmeldung bitte unter +43 1 401 10-2'), cut off in the stored copy, dropped together with the guided tour's "
              "name in marks they hold (rule 15))",
    license=PK,
    paras=[BM_SUB, BM_P1, BM_P2,
           "Veranstaltung: Baumeisterinnen der Republik",
           "Ort: Nationalratssitzungssaal des Parlaments",
           "Zeit: Dienstag, 7. März 2017, 18.00 Uhr",
           "Die VertreterInnen der Medien sind herzlich eingeladen.",
           BM_P3],
    # the colon quotation after the verbless label `Nationalratspräsidentin Bures:` in the body is hers (rules 9, 54); the TV
    # series' name in marks is null, as the same words without marks in the headline, the question of the lead and the
    # information block carry no span (rules 5, 24); the programme slot fused into `"zeit.geschichte"-Samstag` is null, marked
    # part only (rules 24, 1882); Alexander Wrabetz, the portrayed politicians, the panellists and the moderators say nothing;
    # the bare `Nationalratspräsidentin` is no alias, since the text also writes it for Barbara Prammer (rule 44)
    quotes=[(cut(BM_P1, "\"Große", "präsent sind.\""), BURES),
            ("\"Baumeisterinnen der Republik\"", None),
            ("\"zeit.geschichte\"", None)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures", "Bures"]})

# --- PK reposted by brandaktuell.at, 20 February 2025: Rosenkranz opens the OSCE PA winter meeting (sender inferred) ---

RO_T = ("Rosenkranz bei OSZE-Tagung: „Ukrainerinnen und Ukrainer verdienen rasch umfassenden, gerechten und dauerhaften "
        "Frieden“")
RO_P1 = ("Die OSZE und insbesondere ihre Parlamentarische Dimension sei geschaffen worden, um alle Akteure an einen Tisch zu "
         "holen, betonte Nationalratspräsident Walter Rosenkranz heute in seiner Eröffnungsrede bei der 24. Wintertagung der "
         "Parlamentarischen Versammlung der Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE-PV). In Zeiten "
         "multipler Krisen und insbesondere angesichts der völkerrechtswidrigen russischen Aggression in der Ukraine seien eine "
         "starke OSZE und anhaltender Dialog wichtiger denn je zuvor.")
RO_P2 = ("Die Tagung findet heute am Donnertag, 20. Februar und morgen am Freitag, 21. Februar in der Wiener Hofburg statt. Im "
         "Zentrum der diesjährigen Wintertagung steht der dritte Jahrestag des russischen Angriffskriegs gegen die Ukraine. "
         "Weitere Themen sind die Auswirkungen von neuen Technologien und Social Media auf Wahlen, klimabedingte Migration in "
         "der OSZE-Region und nukleare Sicherheit.")
RO_H = "Rosenkranz fordert Ende des Krieges in der Ukraine"
RO_P3 = ("Russland habe vor fast genau drei Jahren die Ukraine angegriffen und seither sehe man jeden Tag, wie dadurch "
         "unermessliches Leid und Verzweiflung erzeugt werde. Dieser Krieg müsse so schnell wie möglich enden, forderte der "
         "Nationalratspräsident in seiner Rede und betonte, dass die Ukrainerinnen und Ukrainer rasch „umfassenden, gerechten "
         "und dauerhaften Frieden“ verdienten. Klar sei aber auch, dass keine Entscheidung über diesen Frieden ohne die Ukraine "
         "getroffen werden könne, sagte Rosenkranz und zeigte sich überzeugt, dass die OSZE mit ihrem umfassenden Instrumentarium "
         "zur Konfliktbewältigung einen entscheidenden Beitrag zu Frieden und Sicherheit in der und für die Ukraine leisten "
         "könne. Da sich der Hauptsitz der OSZE in Wien befinde, sei Österreich der Organisation besonders verpflichtet und "
         "bereit, den diplomatischen Prozess aktiv zu begleiten.")

add(id="ho572-pk-brandaktuell-2025-02-20-rosenkranz-osze-wintertagung",
    title=RO_T,
    url="https://brandaktuell.at/2025/02/20/karriere/rosenkranz-bei-osze-tagung-ukrainerinnen-und-ukrainer-verdienen-rasch-"
        "umfassenden-gerechten-und-dauerhaften-frieden/",
    retrieved="same address (release of 20 February 2025 as reposted by the press portal brandaktuell.at, which reposts OTS "
              "releases unchanged (rule 2332); the stored copy shows neither dateline nor footer, and the sender is taken as "
              "the Parlamentskorrespondenz from the release's own voice: a report in the PK style (`betonte "
              "Nationalratspräsident Walter Rosenkranz heute`, `sagte Rosenkranz`) on the opening speech of the Nationalrat's "
              "president at a meeting hosted in Vienna (rules 136, 3360; inference noted in SOURCES.md); headline as title, "
              "body as stored, the subheading kept as its own line; the published 'am Donnertag, 20. Februar' kept (rule 20); "
              "the subheading 'Unabhängigkeit von Ombudseinrichtunge', cut off in the stored copy, dropped (rule 15); the three "
              "paragraphs before it are complete)",
    license=PK,
    paras=[RO_P1, RO_P2, RO_H, RO_P3],
    # the headline quotation after the label `Rosenkranz bei OSZE-Tagung:` is his: the body gives him the same words, in
    # part marked, in his speech (rules 26, 54); the partial quotation in the `betonte, dass …` clause after `forderte der
    # Nationalratspräsident in seiner Rede` is his (rules 3, 44); `der Nationalratspräsident` names only him in the text and
    # is an alias (rule 44); the OSZE and its assembly say nothing in marks
    quotes=[("„Ukrainerinnen und Ukrainer verdienen rasch umfassenden, gerechten und dauerhaften Frieden“", ROSENKRANZ),
            ("„umfassenden, gerechten und dauerhaften Frieden“", ROSENKRANZ)],
    aliases={ROSENKRANZ: ["Walter Rosenkranz", "Nationalratspräsident Walter Rosenkranz", "Rosenkranz",
                          "Nationalratspräsident"]})

# --- parlament.gv.at, person page of Franz Ebner, section 'Präsidentschaft' (July 2024, date inferred) ---

EB_P1 = ("Franz Ebner ist seit 1. Juli 2024 Bundesratspräsident. Mitglied des Bundesrats ist er seit 23. Oktober 2021. Entsandt "
         "hat ihn der Oberösterreichische Landtag.")
EB_P2 = ("Der oberösterreichische Bundesratsvorsitz wird unter dem Motto \"Demokratie braucht Zukunft. Zukunft braucht "
         "Herkunft.\" stehen.")
EB_P3 = ("\"Nichts im Leben ist selbstverständlich, auch nicht die Demokratie und die Tatsache, in Frieden, Freiheit und "
         "Sicherheit leben zu dürfen\", ist Franz Ebner überzeugt. Gerade in Zeiten der Veränderung brauchen Menschen "
         "Ankerpunkte und stabilisierende Faktoren, wie unsere Demokratie. Der Vorsitzende der Länderkammer will dabei auch auf "
         "die Erfahrungen der Vorgängergenerationen aufbauen: \"Zukunft braucht Herkunft. Wir müssen die Gesellschaft nicht "
         "neu erfinden, sondern das weiterentwickeln, was uns über Jahrzehnte mitgegeben wurde.\" Da der Bundesrat nicht nur "
         "die Länder- und Europakammer, sondern auch die Zukunftskammer des Parlaments sei, müsse er seinen Beitrag dazu "
         "leisten, diese Zukunft aktiv mitzugestalten: \"Das Miteinander stärken, indem insbesondere das gegenseitige "
         "Verständnis unter den Generationen gefördert wird und Spaltungstendenzen zwischen gesellschaftlichen Gruppen "
         "überwunden werden, ist ein Gebot der Stunde. Nur so werden wir den gesellschaftlichen Zusammenhalt bewahren und eine "
         "friedliche, kooperative Zukunft gestalten können.\"")
EB_P4 = ("In den nächsten sechs Monaten werde sich der Bundesrat daher intensiv damit auseinandersetzen, wie die Demographie "
         "die Demokratie und die Gesellschaft verändern wird und wie unser Wohlstand auch für die nächsten Generationen "
         "gesichtert und Vertrauen in politische Institutionen zurückgewonnen werden kann. Mit diesen Schwerpunkten wird sich "
         "die Länderkammer unter anderem in einer Enquete zum Thema \"Demokratie braucht Zukunft - Brücken bauen, Demokratie "
         "stärken\" befassen. Ebenso ist ein Expertenforum zu den Auswirkungen der demographischen Veränderungen geplant.")

add(id="ho572-parl-wwer-2024-ebner-praesidentschaft",
    title="Mag. Franz Ebner (aktiv)",
    url="https://www.parlament.gv.at/WWER/PAD_20230/index.shtml",
    retrieved="same address (person page of the Austrian Parliament's website for the member of the Bundesrat Franz Ebner, "
              "as in the two-hundred-and-eighty-fifth set, which used speech pages under WWER; the stored copy begins with "
              "the page's name line 'Mag. Franz Ebner (aktiv)', which is the title (rule 18), and the section heading "
              "'Präsidentschaft', kept as its own line; the section is written by the Parliament in the press service's style "
              "(`ist Franz Ebner überzeugt`) and taken under the PK terms by the inference of rule 136 (noted in SOURCES.md); "
              "its date is not printed in the stored part and is inferred from its contents (`seit 1. Juli 2024`, the motto "
              "under which the presidency `wird … stehen`): July 2024; the single spaces that the stored copy leaves at the end "
              "of four paragraphs dropped (rule 3360); the published 'gesichtert' kept (rule 20); the next paragraph, stored "
              "only as its opening mark and two letters ('\"Das Ges'), dropped (rule 15))",
    license=PK,
    paras=["Präsidentschaft", EB_P1, EB_P2, EB_P3, EB_P4],
    # the presidency's motto, named `Motto`, is null, and so is the enquete's title `zum Thema "…"` that takes it up (rules
    # 24, 502); the quotation before `ist Franz Ebner überzeugt` is his (rules 30, 44); the colon quotations after `Der
    # Vorsitzende der Länderkammer will dabei auch auf die Erfahrungen der Vorgängergenerationen aufbauen:` and after his
    # Konjunktiv report `müsse er seinen Beitrag dazu leisten, diese Zukunft aktiv mitzugestalten:` are his (rule 9); the first
    # of them opens with the second half of the motto and is his whole, the motto's words inside his sentence taking no
    # null span of their own (rule 3362); the role phrase with the body's name `Der Vorsitzende der Länderkammer` is no alias
    # (rule 33)
    quotes=[("\"Demokratie braucht Zukunft. Zukunft braucht Herkunft.\"", None),
            (cut(EB_P3, "\"Nichts im Leben", "leben zu dürfen\""), EBNER),
            (cut(EB_P3, "\"Zukunft braucht Herkunft. Wir", "mitgegeben wurde.\""), EBNER),
            (cut(EB_P3, "\"Das Miteinander", "gestalten können.\""), EBNER),
            ("\"Demokratie braucht Zukunft - Brücken bauen, Demokratie stärken\"", None)],
    aliases={EBNER: ["Franz Ebner", "Mag. Franz Ebner"]})

# --- PK reposted by top-news.at, 16 July 2025: Peter Samt presents his presidency at the Steiermark evening (inferred) ---

SA_T = "Bundesratspräsident Samt: „Brauchtum leben, Traditionen bewahren, Generationen verbinden“"
SA_SUB = "Schwerpunkt des Länderkammer-Vorsitzes für das kommende Halbjahr bei Steiermark-Abend präsentiert"
SA_P1 = ("Das Motto „Brauchtum leben, Traditionen bewahren, Generationen verbinden“ hat Bundesratspräsident Peter Samt für seine "
         "halbjährige Präsidentschaft in der Länderkammer gewählt. Samt ist vor zehn Jahren für die FPÖ in den Bundesrat "
         "eingezogen und hat mit 1. Juli den Vorsitz für die Steiermark in der Länderkammer übernommen. Aus diesem Anlass "
         "stellte er im Rahmen eines Steiermark-Abends gestern im Parlament die Schwerpunkte seiner Bundesratspräsidentschaft "
         "vor. Gerald Deutschmann, Landtagspräsident der Steiermark, hob in Vertretung des steirischen Landeshauptmanns Mario "
         "Kunasek in seiner Ansprache unter anderem die Bedeutung der Regionen hervor.")
SA_H = "SAMT: MOTTO ALS ZEICHEN FÜR DAS ECHTE UND DAS VERBINDENDE"
SA_P2 = ("Die neun Bundesländer in Österreich hätten jede Menge an unterschiedlichen regionalen Bräuchen und Traditionen "
         "vorzuweisen, hielt Bundesratspräsident Samt fest. Das Motto „Brauchtum leben, Traditionen bewahren, Generationen "
         "verbinden“ sei dazu gedacht, ein Zeichen für das Echte, für das Verbindende, für das, was Österreich ausmache, zu "
         "setzen. Es sei gerade in Zeiten der Globalisierung, der ständigen Veränderungen und der kurzlebigen Trends wichtig, "
         "sich auf die eigene Kultur zu besinnen und so Halt und Werte zu vermitteln. „Unsere kulturellen Wurzeln, unsere "
         "Bräuche und unsere gewachsenen Gemeinschaften sind kein Anachronismus – sie sind Zukunft“, so Samt. Sie würden Halt "
         "und Identität geben, Generationen verbinden und sozialen Zusammenhalt schaffen.")
SA_MOTTO = "„Brauchtum leben, Traditionen bewahren, Generationen verbinden“"

add(id="ho572-pk-topnews-2025-07-16-samt-steiermark-abend",
    title=SA_T,
    url="https://www.top-news.at/2025/07/16/bundesratspraesident-samt-brauchtum-leben-traditionen-bewahren-generationen-"
        "verbinden",
    retrieved="same address (release of 16 July 2025 as reposted by the news aggregator top-news.at, as in earlier sets that "
              "used its copies of PK releases (rules 69, 166); the stored copy opens with an empty line, which is dropped, and "
              "shows neither dateline nor contact block; the sender is taken as the Parlamentskorrespondenz from the release's "
              "own voice: a neutral report in the PK style (`hielt Bundesratspräsident Samt fest`, `so Samt`) on the "
              "Bundesrat president's evening in the Parliament, with the Land's representative reported in the third person "
              "(rules 136, 3360; inference noted in SOURCES.md); headline as title, subtitle as its own line (rule 18); the "
              "subheading, which the site prints in capitals, kept so as stored (rules 20, 3360); the third paragraph "
              "('Der Bundesratspräsident kündigte außerdem eine parlamentarische Enquete an, … „Naturschutz geht uns alle an“, "
              "so Samt. Landschafts-, Natur- und Umweltschutz seien keine Erfindungen der heutigen Zeit, sondern w'), cut off "
              "in the stored copy, dropped with the quotation it holds (rule 15))",
    license=PK,
    paras=[SA_SUB, SA_P1, SA_H, SA_P2],
    # the motto is null at each of its three occurrences: in the lead and the second paragraph the text names it `Das Motto`
    # (rules 24, 502), and in the headline it stands after the label `Bundesratspräsident Samt:`, which here announces the
    # motto he chose, not words he is quoted with (rule 3361; contrast rule 54); the quotation before `so Samt` is his (rules
    # 30, 44); the Konjunktiv sentences around it have no marks (rule 5); Gerald Deutschmann and Mario Kunasek say nothing
    # in marks; `Bundesratspräsident` occurs only in front of his name and is not listed alone
    quotes=[(SA_MOTTO, None, 0),
            (SA_MOTTO, None, 1),
            (SA_MOTTO, None, 2),
            (cut(SA_P2, "„Unsere kulturellen", "sind Zukunft“"), SAMT)],
    aliases={SAMT: ["Peter Samt", "Bundesratspräsident Peter Samt", "Bundesratspräsident Samt", "Samt"]})

# --- parlament.gv.at news, 3 June 2025: the budget committee's experts' hearing on the double budget 2025/2026 ---

BU_P1 = ("Mit einem mehrstündigen Expert:innenhearing startete der Budgetausschuss des Nationalrats in die nächste Phase der "
         "Budgetberatungen. Fünf Expert:innen gaben ihre Einschätzungen zum Budgetentwurf für 2025 und 2026 sowie zu den "
         "Finanzrahmen für die nächsten Jahre ab.")
BU_H = "Expert:innen sehen weiteren Reformbedarf"
BU_P2 = ("Christoph Badelt von der Wirtschaftsuniversität zufolge ist das Budget ein guter Anfang. Aber die Dynamik, dass "
         "Ausgaben und Einnahmen auseinandergehen, sei noch nicht durchbrochen. Auch Georg Feigl von der Arbeiterkammer Wien "
         "schrieb dem Doppelbudget gute Akzente zu, aber: \"Da geht noch mehr\". In diesem Sinne sprach sich der Experte für "
         "höhere vermögensbezogene Steuern aus. Die Konsolidierungsmaßnahmen sind aus Sicht von Monika Köppl-Turyna vom "
         "EcoAustria – Institut für Wirtschaftsforschung der Ökonomin ein Schritt in die richtige Richtung, aber es brauche "
         "strukturelle Reformen – bei Pensionen, Verwaltung, Bildung, Gesundheit und im Föderalismus. Als Haupttreiber für die "
         "Defizitentwicklung nannte Köppl-Turyna die öffentlichen Pensionen.")
BU_P3 = ("Martin Gundinger vom Austrian Economics Center machte sich für die Einplanung von Sicherheitspuffern im Budget stark. "
         "Der Experte unterstrich ebenfalls den Reformbedarf. Hohes Einsparungspotential sah er in einer Senkung von "
         "Förderungen sowie einer \"ernsthaften\" Entbürokratisierung. Auch Margit Schratzenstaller-Altzinger vom "
         "Österreichischen Institut für Wirtschaftsforschung (WIFO) hält Strukturreformen für notwendig. Mehr Maßnahmen seien bei "
         "den Pensionen erforderlich, sagte sie und auch auf die Erfüllung der Klimaziele sollte geachtet werden. Im Zuge der "
         "Budgetkonsolidierung sei zudem ein Auge auf Verteilungsaspekte zu legen.")
BU_P4 = ("Konkret sind im Bundesfinanzgesetz 2025 für heuer Einnahmen in der Höhe von 105,1 Mrd. € und Ausgaben in der Höhe von "
         "123,2 Mrd. € veranschlagt.")

add(id="ho572-parl-news-2025-06-03-budgethearing-doppelbudget",
    title="Abgeordnete nehmen Doppelbudget 2025 und 2026 unter die Lupe",
    url="https://www.parlament.gv.at/aktuelles/news/Abgeordnete-nehmen-Doppelbudget-2025-und-2026-unter-die-Lupe/",
    retrieved="same address (news item of the Austrian Parliament's website of 3 June 2025; the date line 'News 03.06.2025, "
              "17:23' dropped as furniture, as in the two-hundred-and-seventh set; headline as title; the subheading "
              "'Expert:innen sehen weiteren Reformbedarf' kept as its own line; the published 'vom EcoAustria – Institut für "
              "Wirtschaftsforschung der Ökonomin', 'sagte sie und auch auf' without a comma and the full stop after the "
              "closing mark ('mehr\".') kept (rule 20); the single space at the end of the fourth paragraph dropped (rule "
              "3360); the subheading 'Erste Einschätzungen der Abgeor', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=[BU_P1, BU_H, BU_P2, BU_P3, BU_P4],
    # the quotation after `Auch Georg Feigl … schrieb dem Doppelbudget gute Akzente zu, aber:` is his, the colon after the
    # report of his verdict introducing his words (rules 3, 9); the single marked adjective in the report of what Martin
    # Gundinger saw as savings potential is his word (rules 3, 25); Christoph Badelt, Monika Köppl-Turyna and Margit
    # Schratzenstaller-Altzinger are reported without marks (rule 5); `der Experte`, written for Feigl and for Gundinger, is
    # no alias (rule 44)
    quotes=[("\"Da geht noch mehr\"", FEIGL),
            ("\"ernsthaften\"", GUNDINGER)],
    aliases={FEIGL: ["Georg Feigl"], GUNDINGER: ["Martin Gundinger"]})

# --- PK on OTS, 22 October 2025: the Bundesrat's enquete on nature protection, land use and energy (no headline stored) ---

EQ_P1 = ("\"Landschafts-, Natur- und Umweltschutz im Spannungsfeld von Bodennutzung, Bodenverbrauch und Energiegewinnung\" "
         "lautete der Titel der parlamentarischen Enquete, zu der Bundesratspräsident Peter Samt heute ins Hohe Haus geladen "
         "hat.")
EQ_P2 = ("Im Rahmen von vier Panels hielten Experten Vorträge zu einem breiten Feld von Themen, die von der Forstwirtschaft, "
         "der Ernährungssicherheit, den ökologischen und ökonomischen Folgen der Nutzung erneuerbarer Energien, den politischen "
         "Rahmenbedingungen für eine nachhaltige Entwicklung bis hin zu Fragen der Raumordnung und -planung reichten. Zu Beginn "
         "der Veranstaltung hielt der ehemalige Dritte Nationalratspräsident und jetzige Obmann des burgenländischen FPÖ-Klubs "
         "Norbert Hofer eine Keynote, in der er auf die aktuellen Herausforderungen beim Ausbau der erneuerbaren Energieträger "
         "einging. Mit einer klugen Planung sei es mit Sicherheit möglich, \"saubere Energie und eine intakte Umwelt\" "
         "zusammenzudenken, war er überzeugt.")

add(id="ho572-pk-ots-2025-10-22-bundesrat-enquete-umweltschutz",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251022_OTS0123/bundesrats-enquete-zu-umweltschutz-bodenverbrauch-und-"
        "energiegewinnung",
    retrieved="same address (Parlamentskorrespondenz release of 22 October 2025 on the OTS press-release service; the stored "
              "copy shows no headline, so the text has no title line (rules 18, 32); its first line is the dateline 'Wien "
              "(PK) -', which the release sets on a line of its own, after the stored date line ' date 2025-10-22', which is "
              "dropped (rule 63), as in the four-hundred-and-thirty-fourth set; the subheading 'Samt: Praxisnahe "
              "Naturschutzpolitik abseits ideologisch geprägter Aufgeregtheit' and the paragraph under it ('Die heutige "
              "Enquete solle abseits \"ideologisch geprägter Aufgeregtheit\" neue Perspektiven aufzeigen … unter das Motto "
              "\"Brauchtum leben, Traditionen bewahren, Generationen verbinden\" gestellt hat'), which the stored copy breaks "
              "off without its closing full stop, dropped together with the quotations of Samt and the motto they hold (rule "
              "15))",
    license=PK,
    paras=["Wien (PK) -", EQ_P1, EQ_P2],
    # the enquete's title before `lautete der Titel der parlamentarischen Enquete` is null (rules 24, 502); the partial
    # quotation in the Konjunktiv sentence closed by `war er überzeugt` is Norbert Hofer's, the `er` being the keynote speaker
    # of the sentence before (rules 3, 8); Peter Samt, who invited to the enquete, says nothing in the kept paragraphs; the
    # role phrases `ehemalige Dritte Nationalratspräsident` and `Obmann des burgenländischen FPÖ-Klubs` name other bodies and
    # are no aliases (rule 33)
    quotes=[(cut(EQ_P1, "\"Landschafts-", "Energiegewinnung\""), None),
            ("\"saubere Energie und eine intakte Umwelt\"", HOFER)],
    aliases={HOFER: ["Norbert Hofer"]})

# --- PK on OTS, 30 October 2025: Alain Berset, secretary general of the Council of Europe, with Doris Bures (no headline) ---

BE_P1 = ("Im Zuge seines Besuchs in Wien war der Generalsekretär des Europarats Alain Berset heute Nachmittag auch zu Gast im "
         "Parlament. Mit Dritter Nationalratspräsidentin Doris Bures sprach er über die Rolle von Parlamenten und des Europarats "
         "in Zeiten der Krisen, über Grundwerte der Demokratie und über aktuelle Fragen der Migration.")
BE_H = "Bures und Berset im Austausch"
BE_P2 = ("Gerade in unruhigen Zeiten sei es wichtig, dass Menschen mit politischer Erfahrung Verantwortung übernehmen, zeigte "
         "sich Doris Bures erfreut über Berset als Generalsekretär des Europarats. Der Schweizer hat das Amt seit September 2024 "
         "inne. Der Europarat sei nicht für \"Schönwetterzeiten\" gegründet worden, sagte der Generalsekretär mit Blick auf "
         "zahlreiche aktuelle Krisen. Er betonte die Verpflichtung zu zentralen Werten, allen voran der Europäischen "
         "Menschenrechtskonvention.")
BE_P3 = ("Bures und Berset tauschten sich auch über den \"Neuen Demokratischen Pakt für Europa\" aus, mit dem der Europarat "
         "einen Schwerpunkt auf Demokratie legen will. Laut Doris Bures müsse es gelingen, demokratische Institutionen wie "
         "Parlamente und internationale Versammlungen wieder zu stärken. Sie begrüße daher die Initiative des Europarats, "
         "insbesondere die Ausgestaltung als Prozess mit einer Konsultationsphase.")

add(id="ho572-pk-ots-2025-10-30-berset-im-parlament",
    title=None,
    url="https://www.ots.at/presseaussendung/OTS_20251030_OTS0125/generalsekretaer-des-europarats-alain-berset-zu-gast-im-"
        "parlament",
    retrieved="same address (Parlamentskorrespondenz release of 30 October 2025 on the OTS press-release service; the stored "
              "copy shows no headline, so the text has no title line (rules 18, 32); its first line is the dateline 'Wien "
              "(PK) -' on a line of its own, after the stored date line ' date 2025-10-30', which is dropped (rule 63); the "
              "subheading 'Bures und Berset im Austausch' kept as its own line; the fourth paragraph ('Thema im Gespräch war "
              "auch der offene Brief von neun EU-Regierungschefinnen und -chefs zum Thema Migration, … so Berset. Die "
              "Unabhängigke'), cut off in the stored copy, dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Wien (PK) -", BE_P1, BE_H, BE_P2, BE_P3],
    # the marked word in the Konjunktiv sentence closed by `sagte der Generalsekretär` is Alain Berset's (rules 3, 25); the
    # Council of Europe's initiative after `tauschten sich auch über den … aus` is null, the name of a programme (rule 24),
    # not words of either speaker; Doris Bures is reported without marks (rule 5); the bare `Generalsekretär` names only him
    # and is an alias, while `Generalsekretär des Europarats` names the body and is not (rules 33, 44); `Der Schweizer` is a
    # description used once and no alias
    quotes=[("\"Schönwetterzeiten\"", BERSET),
            ("\"Neuen Demokratischen Pakt für Europa\"", None)],
    aliases={BERSET: ["Alain Berset", "Berset", "Generalsekretär"]})
