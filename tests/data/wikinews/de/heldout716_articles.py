# Seven-hundred-and-sixteenth held-out German real-news set (tests/data/heldout716-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4450-4451). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# other addresses and slugs, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixteenth held-out set": eleven releases of German police authorities
# and of a Land ministry sent over the ots service of news aktuell - four of police authorities read in their newsrooms on
# presseportal.de (the Polizeidirektion Osnabrück, its spokesman Marco Ellermann on the Ukraine war, February 2022; the Polizei
# Gelsenkirchen on the swearing-in of 423 police students with words of Herbert Reul, August 2021; the Bundespolizeipräsidium
# on more presence at railway stations with words of its president Romann, August 2019; the Polizeipräsidium Recklinghausen,
# Friederike Zurhausen honouring three first-aiders, December 2025; licence OTS_POLIZEI_SENDER), one of the Polizei Köln
# reposted by the portal news8.de (Wolfgang Albers welcoming Leverkusen's mayor Uwe Richrath, December 2015;
# OTS_POLIZEI_REPOST_NEWS8), five of the Ministry of the Interior of Mecklenburg-Vorpommern read in its newsroom 108531 on
# presseportal.de, one of them under news aktuell's short address ots.de (Lorenz Caffier at the fire brigade of Zemitz, about
# 2019; Torsten Renz on the flood in the west, July 2021; Wolfgang Schmülling handing over patrol cars, about April 2024;
# Christian Pegel honouring firefighters, December 2024, and handing over command vehicles, February 2026; OTS_LAND_MINISTRY)
# and one of the same ministry reposted by the news aggregator's archive host archiv.nepoli.eu (Caffier honouring firefighters,
# December 2014; OTS_REPOST_NEPOLI). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept
# (rule 15), the presseportal and portal furniture is dropped (rules 2610, 3910, 4040, 4100, 4340, 4450), and each retrieval
# note names what was dropped. The search budget of the session allowed 60 queries; 50 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import (OTS_LAND_MINISTRY, OTS_POLIZEI_REPOST_NEWS8, OTS_POLIZEI_SENDER,  # noqa: E402
                      OTS_REPOST_NEPOLI)

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


ALBERS = "Wolfgang Albers"
RICHRATH = "Uwe Richrath"
ELLERMANN = "Marco Ellermann"
REUL = "Herbert Reul"
ROMANN = "Romann"
ZURHAUSEN = "Friederike Zurhausen"
CAFFIER = "Lorenz Caffier"
RENZ = "Torsten Renz"
SCHMUELLING = "Wolfgang Schmülling"
PEGEL = "Christian Pegel"

# --- news8.de (ots repost), 18 December 2015: Polizei Köln, Wolfgang Albers welcomes Leverkusen's mayor Uwe Richrath ---

KL_P1 = ("Köln (ots) – Am Freitag (18. Dezember) um 12 Uhr hat Polizeipräsident Wolfgang Albers den Leverkusener "
         "Oberbürgermeister Uwe Richrath im Polizeipräsidium Köln begrüßt.")
KL_P2 = ("Die Polizei Köln und die Stadt Leverkusen engagieren sich gemeinsam für ein sicheres Leverkusen. Sicherheit ist ein "
         "wichtiger Faktor für Lebensqualität und Lebensgefühl.")
KL_P3 = ("Die Polizei Köln setzt daher im Rahmen der “Orientierung 2020” Schwerpunkte insbesondere in der Sicherheitsarbeit, in "
         "der Bürgerorientierung und der Kooperation mit Behörden und weiteren Partnern. “Die bereits 2008 geschlossene "
         "Kooperationsvereinbarung besteht bis 2020, so dass eine gute Grundlage für die Zusammenarbeit vorliegt”, teilt "
         "Wolfgang Albers mit.")
KL_P4 = ("Da Albers 1990 die Polizeipräsidentin in Leverkusen vertreten hat, ist er mit den Anliegen der Stadt und ihrer "
         "Bewohner vertraut.")
KL_P5 = ("“Die weitere Verbesserung der Sicherheit für die Leverkusener Bürgerinnen und Bürger muss unser gemeinsames Ziel "
         "sein. Dies kann nur durch eine intensive und verlässliche Kooperation gelingen. In diesem Sinne freue ich mich auf eine "
         "gute Zusammenarbeit”, betont Oberbürgermeister Uwe Richrath.")
KL_P6 = ("Die Kooperationsvereinbarungen beinhalten einen regen Informationsaustausch unter anderem bei städtebaulicher "
         "Kriminalprävention und Verkehrssicherheitsfragen. Ebenso befassen sich beide Behörden gemeinsam mit Problemstellungen "
         "rund um das Thema Sportveranstaltungen – zum Beispiel in der BayArena. Darüber hinaus ist die Arbeit in Netzwerken von "
         "strategischer Bedeutung. (sb)")

add(id="ho716-news8-2015-12-pol-k-albers-richrath-leverkusen",
    title=None,
    url="https://news8.de/pol-k-151218-2-klev-polizeipraesident-albers-begruesst-leverkusener-oberbuergermeister-richrath-im-"
        "polizeipraesidium/",
    retrieved="same address (release of the Polizeipräsidium Köln sent over ots on 18 December 2015 - the slug's release "
              "number '151218-2' and the visit 'Am Freitag (18. Dezember)' - reposted by the portal news8.de with the wire's "
              "dateline 'Köln (ots) –', the press officer's sign '(sb)' and the police's contact block 'Rückfragen bitte an: "
              "Polizeipräsidium Köln Pressestelle Walter-Pauli-Ring 2-6 51103 Köln …'; headline code 'pol-k-' and the release "
              "number in the address slug); the portal's date line above the dateline ('Di. Apr 23rd, 2024', the day the page "
              "was shown, not the release's date), the contact block, the share line 'Pressemitteilung teilen:' and the comment "
              "prompt 'Schreibe einen Kommentar' dropped (rules 4340, 4450); the stored copy shows no headline, so the document "
              "gets no title and the headline is not supplied from the slug (rules 18, 32); the dateline run into the first "
              "paragraph as stored; the curly marks “…” of the portal's copy and the press officer's sign run onto the last "
              "paragraph kept as published (rules 20, 2610); complete as stored)",
    license=OTS_POLIZEI_REPOST_NEWS8,
    paras=[KL_P1, KL_P2, KL_P3, KL_P4, KL_P5, KL_P6],
    # the name of the police's strategy programme in marks is null (rules 2, 24); the quotation before `teilt Wolfgang Albers
    # mit` is his (rule 30); the quotation that opens the fifth paragraph and is closed by `betont Oberbürgermeister Uwe
    # Richrath` is the mayor's, its `ich` and `unser gemeinsames Ziel` his, although the paragraph before speaks of Albers
    # (rule 30: the cue after the quotation names the speaker); the Polizeipräsidentin of 1990 in Leverkusen, the Polizei
    # Köln, the Stadt Leverkusen and the Behörden say nothing; `Polizeipräsident` names only Albers and `Oberbürgermeister`
    # only Richrath and are aliases (rule 44; `Polizeipräsidentin` is another word); `Leverkusener Oberbürgermeister` with the
    # city's adjective is not listed (rule 33)
    quotes=[("“Orientierung 2020”", None),
            (cut(KL_P3, "“Die bereits", "vorliegt”"), ALBERS),
            (cut(KL_P5, "“Die weitere", "Zusammenarbeit”"), RICHRATH)],
    aliases={ALBERS: ["Wolfgang Albers", "Polizeipräsident Wolfgang Albers", "Albers", "Polizeipräsident"],
             RICHRATH: ["Uwe Richrath", "Oberbürgermeister Uwe Richrath", "Oberbürgermeister"]})

# --- presseportal.de (ots), February 2022: Polizeidirektion Osnabrück, Marco Ellermann on the Ukraine war ---

OS_T = "POL-OS: Wegen Ukraine-Konflikt: Polizeidirektion intensiviert Aufklärungsmaßnahmen"
OS_P1 = ("Die Polizeidirektion Osnabrück hat ihre bestehenden Aufklärungsmaßnahmen in der gesamten Direktion, vom Teutoburger "
         "Wald bis zu den Ostfriesischen Inseln, intensiviert und zudem ihre Einsatzkräfte nochmals sensibilisiert. \"Wir haben "
         "im Blick, welche Personen oder Institutionen durch die aktuelle Situation in der Ukraine bei uns besonders gefährdet "
         "sein könnten und treffen entsprechende Maßnahmen\", so Marco Ellermann, Sprecher der Polizeidirektion Osnabrück. Die "
         "Streifentätigkeit insbesondere an sicherheitsrelevanten Objekten und Orten werde lageabhängig verstärkt, so Ellermann. "
         "\"Auch die Entwicklung rund um das Versammlungsgeschehen beobachten wir sehr genau. Für den Bereich der Direktion "
         "liegen bislang keine Erkenntnisse in Bezug auf konkrete Gefährdungen vor\", so Ellermann weiter.")

add(id="ho716-ots-2022-02-pol-os-ellermann-ukraine",
    title=OS_T,
    url="https://www.presseportal.de/blaulicht/pm/104232/5155825",
    retrieved="same address (release of the Polizeidirektion Osnabrück sent over news aktuell from its newsroom 104232; the "
              "stored copy shows no date prefix; late February 2022 by the release number, the situation in the Ukraine and a "
              "local radio report of 25 February 2022 on the same statement, not used); the newsroom label 'Polizeidirektion "
              "Osnabrück' dropped (rule 4040); the headline with its service code 'POL-OS:' is the title, the dateline "
              "'Osnabrück (ots)' a line of its own as stored (rule 4340); the footer 'Original-Content von: Polizeidirektion "
              "Osnabrück, übermittelt durch news aktuell' dropped (rule 2610); complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Osnabrück (ots)", OS_P1],
    # the quotation before `so Marco Ellermann, Sprecher der Polizeidirektion Osnabrück` is the named spokesman's, his `wir`
    # speaking for the authority (rule 30; a named police spokesman is the speaker under his name, as for the Trier spokesman
    # of the 520th set); the Konjunktiv sentence closed by `so Ellermann` carries no marks and no span (rule 5); the quotation
    # before `so Ellermann weiter` is his (rule 30); the Polizeidirektion, the Einsatzkräfte and the Personen oder Institutionen
    # say nothing; the role phrase with the authority's name is no alias (rule 33)
    quotes=[(cut(OS_P1, "\"Wir haben", "Maßnahmen\""), ELLERMANN),
            (cut(OS_P1, "\"Auch die", "Gefährdungen vor\""), ELLERMANN)],
    aliases={ELLERMANN: ["Marco Ellermann", "Ellermann"]})

# --- presseportal.de (ots), 19 August 2021: Polizei Gelsenkirchen, Herbert Reul at the swearing-in in Duisburg-Nord ---

GE_T = "POL-GE: Polizei vereidigt 423 Anwärterinnen und Anwärter im Landschaftspark Duisburg-Nord"
GE_P1 = ("Vor der beeindruckenden Kulisse der Hochöfen im Landschaftspark Duisburg-Nord sprachen am Donnerstag (19. August) 423 "
         "Anwärterinnen und Anwärter der Polizeipräsidien Duisburg und Gelsenkirchen ihren Diensteid. 224 "
         "Kommissaranwärterinnen und -anwärter aus Duisburg, 190 aus Gelsenkirchen und neun Regierungsinspektoranwärterinnen und "
         "-anwärter verpflichteten sich, so zu handeln, wie es die Verfassung und das Gesetz von ihnen fordern.")
GE_P2 = ("\"In diesem Diensteid stecken große Worte!\" sagte Innenminister Herbert Reul in seiner Rede und betonte: \"Aber nicht "
         "nur Worte, sondern Werte! Für diese steht jeder von Ihnen ein und sie beinhalten einen Auftrag. Nämlich für das "
         "Grundgesetz einzustehen und als Vorbild voran zu gehen.\"")
GE_P3 = ("An der heutigen Vereidigung des Einstellungsjahrgangs 2019 haben neben dem Innenminister unter anderem auch der "
         "Staatssekretär Jürgen Mathies und die Behördenleiter der Polizeipräsidien Duisburg ( vertreten durch den Leitenden "
         "Kriminaldirektor Dirk Harder) und Gelsenkirchen (Polizeipräsidentin Britta Zur) teilgenommen. Sie folgten einem "
         "abwechslungsreichen Programm, bei dem neben dem Landespolizeiorchester auch der Kabarettist Kai Magnus Sting und die "
         "Tanzgruppe \"Police Revolution\" auftraten.")
GE_P4 = ("Die Studierenden nahmen im Anschluss den Innenminister in ihre Mitte und warfen ihre Dienstmützen in die Luft. So "
         "entstand das ein oder andere Foto, das die Kolleginnen und Kollegen noch lange an diesen Tag erinnern wird.")
GE_P5 = ("Die gesamte Veranstaltung war sorgfältig unter den aktuell vorgeschriebenen Hygienebedingungen vorbereitet und "
         "durchgeführt worden. Alle Teilnehmer mussten - unabhängig von ihrem Impfstatus - einen gültigen Negativtest vorlegen "
         "oder sich vor Ort testen lassen.")

add(id="ho716-ots-2021-08-pol-ge-vereidigung-reul",
    title=GE_T,
    url="https://www.presseportal.de/blaulicht/pm/51056/4998336",
    retrieved="same address (release of the Polizei Gelsenkirchen sent over news aktuell from its newsroom 51056 on 19 August "
              "2021: the date prefix ' date 2021-08' and the swearing-in 'am Donnerstag (19. August)'); the date prefix, the "
              "newsroom label 'Polizei Gelsenkirchen' and the image furniture 'Bild-Infos' and 'Download' dropped (rules 2610, "
              "3910); the headline with its service code 'POL-GE:' is the title, the dateline 'Gelsenkirchen (ots)' a line of "
              "its own as stored; the published space in 'Duisburg ( vertreten' and the missing comma before 'sagte' kept (rule "
              "20); the sixth paragraph, which the stored copy breaks off after its first word ('Die Vereidigu'), dropped (rule "
              "15)",
    license=OTS_POLIZEI_SENDER,
    paras=["Gelsenkirchen (ots)", GE_P1, GE_P2, GE_P3, GE_P4, GE_P5],
    # the exclamation before `sagte Innenminister Herbert Reul in seiner Rede` is his, and the colon quotation after `und
    # betonte:` in the same sentence is his too (rules 9, 30); the dance group's name in marks is null (rules 2, 24); Jürgen
    # Mathies, Dirk Harder, Britta Zur, Kai Magnus Sting, the Landespolizeiorchester, the Anwärterinnen und Anwärter and the
    # Studierenden say nothing; `Innenminister` names only Reul and is an alias (rule 44)
    quotes=[("\"In diesem Diensteid stecken große Worte!\"", REUL),
            (cut(GE_P2, "\"Aber nicht", "voran zu gehen.\""), REUL),
            ("\"Police Revolution\"", None)],
    aliases={REUL: ["Herbert Reul", "Innenminister Herbert Reul", "Innenminister"]})

# --- presseportal.de (ots), August 2019: Bundespolizeipräsidium, its president on more presence at railway stations ---

BP_T = "BPOLP Potsdam: Präsenzerhöhung der Bundespolizei auf dem Gebiet der Bahnanlagen"
BP_P1 = ("Vor dem Hintergrund der in kürzester Zeit erfolgten tödlich endenden Ereignisse am Frankfurter Hauptbahnhof sowie am "
         "Bahnhof Voerde wird die Bundespolizei ihre Präsenz insbesondere an den stark frequentierten Bahnhöfen verstärken und "
         "Schwerpunkteinsätze lageangepasst fortführen.")
BP_P2 = ("Ziel ist es, den Schutz vor Gewaltstraftaten auf dem Gebiet der Bahnanlagen des Bundes mit einer verstärkten und "
         "sichtbaren Präsenz der Bundespolizei sowie einhergehenden kriminalpräventiven Maßnahmen weiter zu erhöhen. Darüber "
         "hinaus soll das subjektive Sicherheitsgefühl der Nutzer der Bahn gestärkt werden. Alle Maßnahmen sind dabei eng und "
         "vertrauensvoll mit der Deutschen Bahn AG abgestimmt.")
BP_P3 = "Präsident des Bundespolizeipräsidiums Dr. Romann:"
BP_P4 = ("\"Unter Zurückstellung anderer bundespolizeilichen Aufgaben habe ich im Rahmen vorhandener Ressourcen und "
         "Lageerkenntnisse Präsenzerhöhungen an Schwerpunktbahnhöfen angeordnet, unter anderem auch am Hauptbahnhof Frankfurt. "
         "Lageangepasste Schwerpunkteinsätze werden weiter intensiviert.\"")

add(id="ho716-ots-2019-08-bpolp-romann-praesenz-bahnhoefe",
    title=BP_T,
    url="https://www.presseportal.de/blaulicht/pm/73990/4338580",
    retrieved="same address (release of the Bundespolizeipräsidium, Potsdam, sent over news aktuell from its newsroom 73990 in "
              "August 2019: the date prefix ' date 2019-08' and the deaths at Frankfurt Hauptbahnhof and at the station of "
              "Voerde of July 2019); the date prefix and the newsroom label 'Bundespolizeipräsidium (Potsdam)' dropped (rules "
              "3910, 4040); the headline with its code 'BPOLP Potsdam:' is the title, the dateline 'Potsdam (ots)' a line of "
              "its own as stored; the label line 'Präsident des Bundespolizeipräsidiums Dr. Romann:' and the quotation under it "
              "kept as two paragraphs as stored (rule 311); the published 'anderer bundespolizeilichen Aufgaben' kept (rule 20); "
              "the stored copy ends after the quotation; complete as stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Potsdam (ots)", BP_P1, BP_P2, BP_P3, BP_P4],
    # the quotation set as a paragraph of its own after the verbless label `Präsident des Bundespolizeipräsidiums Dr. Romann:`
    # is his, the label's colon carrying over the paragraph break (rules 9, 311); only the surname is given, with the academic
    # title, so `Romann` is canonical and `Dr. Romann` an alias (rule 7); the role phrase with the authority's name is no alias
    # (rule 33); the Bundespolizei, the Deutsche Bahn AG and the Nutzer der Bahn say nothing
    quotes=[(BP_P4, ROMANN)],
    aliases={ROMANN: ["Romann", "Dr. Romann"]})

# --- presseportal.de (ots), 16 December 2025: Polizeipräsidium Recklinghausen, Friederike Zurhausen honours first-aiders ---

RE_P1 = ("Für Ihre Zivilcourage hat Polizeipräsidentin Friederike Zurhausen am Dienstag, 16. Dezember, zwei Bürgerinnen und "
         "einen Bürger ausgezeichnet. Caroline Bückemeier und Nadja Kolski haben im vergangenen Jahr zwei Kinder aus einem Teich "
         "in Marl gerettet. Gerd-Josef Friedrich rette einen Verletzten nach einem Wohnungsbrand im August des laufenden Jahres "
         "in Castrop-Rauxel. Bei der Feststunde im Polizeipräsidium Recklinghausen erhielten die Geehrten Urkunden und "
         "berichteten in adventlicher Atmosphäre von ihren Erlebnissen.")
RE_P2 = ("\"Manchmal geht es im Notfall um Sekunden. Selbst wenn die Rettungskräfte schon auf der Anfahrt sind, ist es gut, "
         "wenn es mutige Ersthelfer gibt, die unsere Arbeit unterstützen. Frau Bückemeier und Frau Kolski haben ebenso wie Herr "
         "Friedrich ein hohes Maß an Zivilcourage gezeigt und dabei womöglich Menschenleben gerettet\", so die "
         "Polizeipräsidentin.")
RE_P3 = ("Caroline Bückemeier und Nadja Kolski hörten in ihrem Büro, dass Kinder um Hilfe riefen. Schnell erfassten sie, dass "
         "zwei Kinder sich in einem Teich am Lipper Weg in Marl befanden und verständigten die Rettungskräfte. Die Kinder konnten "
         "offensichtlich nicht schwimmen und gerieten immer wieder mit dem Kopf unter Wasser. Gemeinsam konnten sie die Kinder "
         "noch vor Eintreffen der Rettungskräfte aus dem Wasser ziehen und sind dabei selbst ins Wasser gegangen. Die Kinder "
         "waren leicht verletzt und unterkühlt, aber bei stabiler Gesundheit.")
RE_P4 = ("Gerd-Josef Friedrich war Zeuge eines Wohnungsbrandes in Castrop-Rauxel. Der Bewohner der brennenden Wohnung war aus "
         "dem Fenster im 1. Obergeschoss gesprungen und hatte sich dabei so schwer verletzt, dass er sich nicht mehr aus eigener "
         "Kraft aus dem Gefahrenbereich bewegen konnte. Gerd-Josef Friedrich löschte ihn mit einem Gartenschlauch ab und half "
         "bei der Rettung des Verletzten. Er konnte bei dem Termin im Polizeipräsidium Recklinghausen leider nicht anwesend "
         "sein, erhält die Urkunde aber per Post.")

add(id="ho716-ots-2025-12-pol-re-zurhausen-zivilcourage",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/42900/6181829",
    retrieved="same address (release of the Polizeipräsidium Recklinghausen sent over news aktuell from its newsroom 42900 on "
              "16 December 2025: 'am Dienstag, 16. Dezember', a Tuesday in 2025, and the release number); the stored copy "
              "begins with the body's first paragraph, without date prefix, newsroom label, headline or dateline, so the "
              "document gets no title and none is added (rules 18, 32, 4340); the published 'Für Ihre Zivilcourage' and "
              "'rette' kept (rule 20); the fifth paragraph, which the stored copy breaks off inside a second quotation of the "
              "president ('\"Ihr Handeln war für Sie selbstverständlich, sie haben ni'), dropped with it (rule 15)",
    license=OTS_POLIZEI_SENDER,
    paras=[RE_P1, RE_P2, RE_P3, RE_P4],
    # the quotation before `so die Polizeipräsidentin` is Friederike Zurhausen's, the president named in the lead (rules 8,
    # 30); the honoured Caroline Bückemeier, Nadja Kolski and Gerd-Josef Friedrich, who `berichteten … von ihren Erlebnissen`,
    # are given no marked words in the kept text; `Polizeipräsidentin` names only Zurhausen and is an alias (rule 44)
    quotes=[(cut(RE_P2, "\"Manchmal", "gerettet\""), ZURHAUSEN)],
    aliases={ZURHAUSEN: ["Friederike Zurhausen", "Polizeipräsidentin Friederike Zurhausen", "Polizeipräsidentin"]})

# --- presseportal.de (ots, short address ots.de), about 2019: IM-MV, Lorenz Caffier at the fire brigade of Zemitz ---

ZE_T = "IM-MV: Innenministerium sichert Finanzierung für neues Feuerwehrauto der Gemeinde Zemitz"
ZE_P1 = ("Innenminister Lorenz Caffier hat heute an die Bürgermeisterin der Gemeinde Zemitz im Landkreis "
         "Vorpommern-Greifswald, Susanne Darmann, einen Bewilligungsbescheid für ein neues Löschfahrzeug (TSF-W) in Höhe von "
         "54.300 Euro übergeben. Die Neuanschaffung soll rund 163.000 EUR kosten, neben dem Land beteiligt sich auch der "
         "Landkreis mit 54.300 Euro an der Finanzierung. Das bisherige Fahrzeug stammt noch aus dem Jahr 1985.")
ZE_P2 = ("Die Freiwillige Feuerwehr Zemitz ist nicht nur für die eigene Gemeinde da, sie nimmt auch Aufgaben im Amtsbereich "
         "\"Am Peenestrom\".")
ZE_P3 = ("Minister Caffier dankte bei seinem Besuch in Zemitz den Feuerwehrfrauen und -männern für ihre ehrenamtliche Arbeit. "
         "\"Auch an den Wochenenden, wenn andere ihre Freizeit genießen, müssen Sie ausrücken, um anderen Menschen zu helfen. "
         "Dazu kommen Tage für die Ausbildung. Das wird von vielen Menschen oft nicht so wahrgenommen, deshalb nutze ich gern "
         "solche Gelegenheiten wie heute. Jeder könnte ganz schnell auf Hilfe von gut ausgebildeten Feuerwehrleuten angewiesen "
         "sein. Nicht zu unterschätzen ist auch die Bedeutung der Freiwilligen Feuerwehren für das Dorfleben in unserem Land.\"")

add(id="ho716-ots-2019-im-mv-caffier-zemitz-loeschfahrzeug",
    title=ZE_T,
    url="http://ots.de/3feceb",
    retrieved="same address (news aktuell's short address of the release of the Ministerium für Inneres und Europa "
              "Mecklenburg-Vorpommern in its newsroom 108531 on presseportal.de, stored with the page's text; between 2016 and "
              "2020 by the ministry's name in the contact block and Caffier's term, probably early 2019 by the newest teaser "
              "date '09.02.2019' of the newsroom's list under the footer); the header lines 'Alle Meldungen', 'Folgen', 'Keine "
              "Meldung von … mehr verpassen.' and the newsroom label under its later name 'Ministerium für Inneres, Bau und "
              "Digitalisierung Mecklenburg-Vorpommern' dropped (rules 2610, 4450); the headline with its service code 'IM-MV:' "
              "is the title, the dateline 'Schwerin (ots)' a line of its own as stored; the published 'nimmt auch Aufgaben im "
              "Amtsbereich \"Am Peenestrom\".' without its verb part kept (rule 20); the contact block 'Rückfragen bitte an: "
              "Ministerium für Inneres und Europa Mecklenburg-Vorpommern Pressestelle Marion Schlender …', the footer "
              "'Original-Content von: …, übermittelt durch news aktuell' and the list 'Weitere Meldungen: …' with its teaser "
              "date dropped; complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", ZE_P1, ZE_P2, ZE_P3],
    # the Amt's name in marks is null (rules 2, 24); the cue-less quotation right after the narrator's sentence whose subject
    # is `Minister Caffier` and which reports his thanks is his, its `Sie` the firefighters he thanks and its `ich` the minister
    # (rule 30; NOTES.md continuation); Susanne Darmann, the Land, the Landkreis and the Feuerwehrfrauen und -männer say
    # nothing; `Innenminister` names only Caffier (the ministry is `Innenministerium`) and is an alias (rule 44)
    quotes=[("\"Am Peenestrom\"", None),
            (cut(ZE_P3, "\"Auch an", "unserem Land.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Minister Caffier", "Caffier", "Innenminister"]})

# --- presseportal.de (ots), July 2021: IM-MV, Torsten Renz on the flood in Rhineland-Palatinate and North Rhine-Westphalia ---

HW_T = ("IM-MV: Hochwasserkatastrophe in Rheinland-Pfalz und Nordrhein-Westfalen - Interministerieller Führungsstab tritt "
        "zusammen Innenminister Renz: Besonnenheit und Professionalität haben jetzt oberste Priorität!")
HW_P1 = ("Die aktuelle Lage in den Hochwassergebieten bewegt auch Mecklenburg-Vorpommern. Im Innenministerium ist gestern der "
         "Interministerielle Führungsstab zusammengetreten, um über Hilfsmaßnahmen und den Hochwasserschutz in M-V zu beraten. "
         "Innenstaatssekretär Thomas Lenz hat im Ergebnis den Arbeitsstab im Innenministerium (AstIM) mit der Koordinierung des "
         "Einsatzes zur Unterstützung in den Krisengebieten beauftragt. Dadurch kann Hilfe von Landes- und "
         "Katastrophenschutzbehörden, Hilfsorganisationen, Polizei und Feuerwehr angeboten und koordiniert werden. Ziel ist es, "
         "die betroffenen Bundesländer mit Material und Einheiten aus M-V für angeforderte Bedarfe kurzfristig zu unterstützen. "
         "Dazu zählt neben der Auswahl und Alarmierung der einzusetzenden Kräfte auch die enge Kommunikation mit den Behörden in "
         "den anderen Bundesländern. Wichtig ist dabei bedarfsgerechte Hilfe. Nur so kann sichergestellt werden, dass die "
         "entsandten Kräfte auch tatsächlich vor Ort eingesetzt werden können. Innenminister Torsten Renz: \"Besonnenheit und "
         "Professionalität haben oberste Priorität, denn Hilfe muss jetzt koordiniert werden. In solchen Ausnahmesituationen "
         "zeigt sich, wie wichtig eine strukturierte Zusammenarbeit im Katastrophen- und Bevölkerungsschutz ist. Ich möchte mich "
         "bei allen bedanken, die sich schon auf den Weg gemacht haben oder noch machen werden aber auch bei denen, die sich "
         "hier vor Ort rund um die Uhr den wachsenden Herausforderungen stellen.\"")

add(id="ho716-ots-2021-07-im-mv-renz-fuehrungsstab-hochwasser",
    title=HW_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/4976582",
    retrieved="same address (release of the Ministerium für Inneres und Europa Mecklenburg-Vorpommern sent over news aktuell "
              "from its newsroom 108531 in July 2021: the date prefix ' date 2021-07' and the flood in Rhineland-Palatinate and "
              "North Rhine-Westphalia of 14 and 15 July 2021); the date prefix and the newsroom label dropped (rules 3910, "
              "4040); the headline with its service code 'IM-MV:' and its two parts run together as stored ('… tritt zusammen "
              "Innenminister Renz: …') is the title (rule 3420), the dateline 'Schwerin (ots)' a line of its own as stored; the "
              "published missing comma in 'noch machen werden aber auch' kept (rule 20); the stored copy ends after the "
              "paragraph with the quotation; complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", HW_P1],
    # the headline's label `Innenminister Renz:` stands before unmarked words, which differ from the body quotation by
    # `jetzt` and the exclamation mark (rule 5); the colon quotation after the verbless label `Innenminister Torsten Renz:` at
    # the end of the paragraph is his (rule 9); Thomas Lenz, the Innenstaatssekretär, reports nothing in marks (his name
    # differs from the minister's in one letter); the Führungsstab, the AstIM, the Bundesländer and the Kräfte say nothing;
    # `Innenminister` names only Renz and is an alias (rule 44; `Innenstaatssekretär` is another word)
    quotes=[(cut(HW_P1, "\"Besonnenheit", "stellen.\""), RENZ)],
    aliases={RENZ: ["Torsten Renz", "Innenminister Torsten Renz", "Innenminister Renz", "Innenminister"]})

# --- presseportal.de (ots, English interface), about April 2024: IM-MV, Wolfgang Schmülling hands over patrol cars ---

FS_T = "IM-MV: Staatssekretär übergibt zwölf neue Funkstreifenwagen an die Landespolizei"
FS_P1 = ("Innen-Staatssekretär Wolfgang Schmülling hat heute zwölf Fahrzeuge an die Landespolizei Mecklenburg-Vorpommern "
         "übergeben. Darunter sind elf neue Funkstreifenwagen Transporter und ein Funkstreifenwagen Gelände.")
FS_P2 = ("\"Für viele Polizeibeamtinnen und -beamte ist das Fahrzeug der tägliche Arbeitsplatz. Es ist selbstverständlich, dass "
         "wir dafür sorgen, dass die Fahrzeuge modern, effizient und technisch auf dem neusten Stand ausgestattet sind\", sagt "
         "Wolfgang Schmülling bei der Übergabe.")
FS_P3 = ("Die elf neuen Transporter gehen an die Polizeiinspektionen Schwerin, Wismar, Rostock, Güstrow, Neubranden-burg, "
         "Stralsund und Anklam. Die Wasserschutzpolizeiinspektion Wolgast erhält den Funkstreifenwagen Gelände.")
FS_P4 = ("Die Funkstreifenwagen werden im allgemeinen Streifendienst der Landespolizei MV eingesetzt. Der Funkstreifenwagen "
         "Gelände dient darüber hinaus als Zugfahrzeug für Hilfsstreifenboote und größere Schlauchboote.")

add(id="ho716-ots-2024-im-mv-schmuelling-funkstreifenwagen",
    title=FS_T,
    url="https://presseportal.de/en/blaulicht/pm/108531/5761376?langid=1",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "news aktuell from its newsroom 108531, read under the English interface address; the stored copy shows no date "
              "prefix; about April 2024 by the release number, near that of the Stade police release 59461/5756342 of 12 April "
              "2024 met in the searches, and by the state secretary's term); the newsroom label dropped (rule 4040); the "
              "headline with its service code 'IM-MV:' is the title, the dateline 'Schwerin (ots)' a line of its own as stored; "
              "the published hyphen in 'Neubranden-burg' kept (rule 20); the contact block 'Rückfragen bitte an: Ministerium "
              "für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern Telefon: 0385/58812003 …' and the English footer "
              "'Original content of: …, transmitted by news aktuell' dropped (rules 2610, 4450); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", FS_P1, FS_P2, FS_P3, FS_P4],
    # the quotation before `sagt Wolfgang Schmülling bei der Übergabe` is his (rule 30), its `wir` speaking for the ministry;
    # the headline's `Staatssekretär` names only him and is an alias, and so is the lead's name form with the compound
    # `Innen-Staatssekretär` (rule 44); the Landespolizei, the Polizeiinspektionen and the Wasserschutzpolizeiinspektion say
    # nothing
    quotes=[(cut(FS_P2, "\"Für viele", "ausgestattet sind\""), SCHMUELLING)],
    aliases={SCHMUELLING: ["Wolfgang Schmülling", "Innen-Staatssekretär Wolfgang Schmülling", "Staatssekretär"]})

# --- presseportal.de (ots), December 2024: IM-MV, Christian Pegel honours firefighters with the Brandschutz-Ehrenzeichen ---

EZ_T = "IM-MV: Innenminister Christian Pegel ehrt verdiente Feuerwehrangehörige"
EZ_P1 = ("Innenminister Christian Pegel hat heute drei Feuerwehrangehörige mit dem Brandschutz-Ehrenzeichen der Sonderstufe "
         "ausgezeichnet. Die höchste staatliche Auszeichnung im Brandschutz des Landes Mecklenburg-Vorpommern erhielten die "
         "Amtsbrandmeister Jürgen Gäth aus dem Landkreis Rostock, Dirk Staudte aus dem Landkreis Nordwestmecklenburg und "
         "Brandmeister Michael Rühmling aus dem Landkreis Ludwigslust-Parchim.")
EZ_P2 = ("\"Die Ausgezeichneten haben sich stets über das normale Maß hinaus, für den Brandschutz mit all seinen Facetten "
         "engagiert. Ihnen ist es in großen Teilen zu verdanken, dass wir heute auf gut funktionierende und einsatzbereite "
         "Feuerwehren zurückgreifen können,\" so der Minister und weiter:")
EZ_P3 = ("\"Sie sind unsere Alltagshelden, stehen jeden Tag für die Sicherheit und den Schutz der Bürgerinnen und Bürger in "
         "Mecklenburg-Vorpommern ein. Ohne die vielen ehrenamtlichen Kameradinnen und Kameraden wäre der Brandschutz in unserem "
         "Land nicht zu gewährleisten. Ihr Engagement und Ihr Einsatzwillen erlaubt es mir und unseren Bürgerinnen und Bürger, "
         "uns bei jeder Tages- und Nachtzeit sicher zu fühlen. Dafür danke ich Ihnen allen von Herzen.\"")
EZ_P4 = ("In Mecklenburg-Vorpommern engagieren sich rund 27.000 aktive Feuerwehrmänner und -frauen haupt- und ehrenamtlich für "
         "Mitmenschen in Not. Die Feuerwehrangehörigen sorgen dafür, dass Menschen in Notsituationen schnelle und wirksame Hilfe "
         "erhalten. Hier zeigt sich die große Bedeutung der Berufsfeuerwehren und Freiwilligen Feuerwehren im Land.")

add(id="ho716-ots-2024-12-im-mv-pegel-brandschutz-ehrenzeichen",
    title=EZ_T,
    url="https://presseportal.de/blaulicht/pm/108531/5921787?langid=7",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "news aktuell from its newsroom 108531, stored under the address with the language parameter; the stored copy "
              "shows no date prefix; early December 2024 by the release number and by a regional broadcaster's report of 3 "
              "December 2024 on the same awards 'am Montag', not used); the header lines 'Alle Meldungen', 'Folgen', 'Keine "
              "Meldung von … mehr verpassen.' and the newsroom label dropped (rules 2610, 4040); the headline with its service "
              "code 'IM-MV:' is the title; its second printing above the image furniture ('IM-MV: Innenminister Christian Pegel "
              "ehrt verdiente Feuerwehrangehörige' / '• Bild-Infos' / '• Download') dropped with that furniture (rule 4450); the "
              "dateline 'Schwerin (ots)' a line of its own as stored; the comma inside the closing mark ('können,\"') and the "
              "paragraph break after the cue 'so der Minister und weiter:' kept as published (rules 20, 311); the fifth "
              "paragraph, which the stored copy breaks off inside a third quotation of the minister ('Innenminister Pegel hebt "
              "hervor, \"dass die Feuerwehrkameradinnen und -kameraden unsere volle'), dropped with it (rule 15)",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", EZ_P1, EZ_P2, EZ_P3, EZ_P4],
    # the quotation before `so der Minister und weiter:` is Pegel's, the minister of the lead (rules 8, 30); the same cue's
    # `und weiter:` opens the quotation set as the next paragraph, which is his too (rules 9, 311, 3522); the honoured
    # firefighters Jürgen Gäth, Dirk Staudte and Michael Rühmling and the Feuerwehrangehörigen say nothing; `Innenminister`
    # and `Minister` name only Pegel and are aliases (rule 44)
    quotes=[(cut(EZ_P2, "\"Die Ausgezeichneten", "können,\""), PEGEL),
            (EZ_P3, PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister", "Minister"]})

# --- presseportal.de (ots), 9 February 2026: IM-MV, Christian Pegel hands over command vehicles to the Landespolizei ---

BK_T = "IM-MV: Neue Fahrzeuge für die Landespolizei"
BK_P1 = ("Heute hat Innenminister Christian Pegel im Schweriner Polizeizentrum vier fabrikneue Dienstfahrzeuge an die "
         "Polizeipräsidien Rostock und Neubrandenburg übergeben. Bei den Fahrzeugen handelt es sich um Befehlskraftwagen, die "
         "sowohl bei Verkehrskontrollen als auch als mobile Einsatzzentralen zur Koordinierung größerer Polizeieinsätze "
         "einge-setzt werden können.")
BK_P2 = ("\"Mit diesen neuen Fahrzeugen zeigen wir, wie wir mit klaren Prioritäten die Einsatzfähigkeit der Landespolizei "
         "sichern\", sagte Innenminister Christian Pegel. \"Sie sind flexibel nutzbar und verbessern die Handlungsfähigkeit vor "
         "Ort. Damit investieren wir gezielt in die Einsatzmittel, die den tatsächlichen Anforderungen gerecht werden.\"")
BK_P3 = ("Die Fahrzeuge werden zukünftig in den Autobahn- und Verkehrspolizeirevieren Metelsdorf, Stolpe, Altentreptow und "
         "Grimmen eingesetzt.")

add(id="ho716-ots-2026-02-im-mv-pegel-befehlskraftwagen",
    title=BK_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6213278",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over news aktuell from "
              "its newsroom 108531 on 9 February 2026: the date prefix ' date 2026-02-09' and the release's 'Heute'); the date "
              "prefix, the portal's header ('PRESSEPORTAL Presseportal Logo', 'mehr Themen', 'Die Presseportal-AppGoogle PlayApp "
              "Store', 'Alle Meldungen', 'Folgen', 'Keine Meldung von … mehr verpassen.', 'Warum muss ich meine Email-Adresse "
              "eingeben?') and the newsroom label dropped (rules 2610, 4450); the headline with its service code 'IM-MV:' is "
              "the title, the dateline 'Schwerin (ots)' a line of its own as stored; the published hyphen in 'einge-setzt' kept "
              "(rule 20); the contact block 'Rückfragen bitte an: Ministerium für Inneres und Bau Mecklenburg-Vorpommern "
              "Telefon: 0385/58812003 …', the footer 'Original-Content von: …, übermittelt durch news aktuell' and the page's "
              "closing furniture ('Druckversion', 'PDF-Version', 'Orte in dieser Meldung', 'Weitere Meldungen: …') dropped; "
              "complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=["Schwerin (ots)", BK_P1, BK_P2, BK_P3],
    # the quotation before `sagte Innenminister Christian Pegel` is his, and the cue-less quotation after the cue continues
    # him (rule 30; NOTES.md continuation); the Polizeipräsidien, the Landespolizei and the Verkehrspolizeireviere say nothing;
    # `Innenminister` names only Pegel and is an alias (rule 44)
    quotes=[(cut(BK_P2, "\"Mit diesen", "sichern\""), PEGEL),
            (cut(BK_P2, "\"Sie sind", "gerecht werden.\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister"]})

# --- archiv.nepoli.eu (ots repost), 15 December 2014: IM-MV, Lorenz Caffier honours a citizen and three firefighters ---

EH_P1 = ("Schwerin (ots) – Innenminister Lorenz Caffier hat heute verdiente Bürgerin und Feuerwehrangehörige mit dem "
         "Brandschutz-Ehrenzeichnen der Sonderstufe ausgezeichnet.")
EH_P2 = ("„Mecklenburg-Vorpommern hat ein leistungsfähiges Feuerwehrsystem, in dem sich tausende Frauen und Männer ehrenamtlich "
         "engagieren. Ihnen gilt unser aller Dank“, so Minister Caffier.")
EH_P3 = ("Der Brandschutz basiert in Mecklenburg-Vorpommern vor allem auf ehrenamtlichem Engagement. 25638 aktive Mitglieder "
         "sorgen in den 989 Freiwilligen Feuerwehren dafür, dass Menschen in Notsituationen schnelle und wirksame Hilfe "
         "erhalten. Ohne diesen freiwilligen Einsatz zu jeder Tages- und Nachtzeit wäre die Sicherung des Brandschutzes in "
         "Mecklenburg-Vorpommern in der Fläche nicht zu leisten. Hier zeigt sich die große Bedeutung der Freiwilligen "
         "Feuerwehren.")
EH_P4 = ("Innenminister Caffier hebt erneut hervor: „Dass ehrenamtliches Engagement besondere Unterstützung verdient. Dies gilt "
         "insbesondere für den Dienst in der Feuerwehr, bei dem die Feuerwehrangehörigen einen Großteil ihrer Freizeit einsetzen "
         "und ihre Gesundheit beziehungsweise ihr Leben riskieren, um anderen Menschen in Not zu helfen.“")
EH_P5 = ("Die herausgehobene Bedeutung des Brandschutzes mit den gefahrengeneigten Tätigkeiten der Feuerwehrangehörigen bedarf "
         "daher einer besonderen Wertschätzung. Innenminister Caffier zeichnete heute eine Bürgerin und drei "
         "Feuerwehrangehörige aus, die sich im Brandschutz verdient gemacht haben.")
EH_P6 = ("Mit dem Brandschutz-Ehrenzeichen der Sonderstufe, der höchsten staatlichen Auszeichnung im Brandschutz des Landes "
         "Mecklenburg-Vorpommern wurden ausgezeichnet:")
EH_L1 = "- Frau Ingeborg Göhring, Berufsfeuerwehr Rostock (Sachgebietsleiterin Verwaltung),"
EH_L2 = "- Herr Oberbrandmeister und Gemeindewehrführer Ingo Rossnagel Freiwillige Feuerwehr Groß Wüstenfelde,"
EH_L3 = "- Herr Oberbrandmeister und Wehrführer Klaus-Dieter Lange Freiwillige Feuerwehr Karlsburg und"

add(id="ho716-nepoli-2014-12-im-mv-caffier-brandschutz-ehrenzeichen",
    title=None,
    url="https://archiv.nepoli.eu/2014/12/15/im-mv-das-ehrenamt-staerkenminister-caffier-ehrt-verdiente-buergerin-und-"
        "feuerwehrleute",
    retrieved="same address (release of the Innenministerium Mecklenburg-Vorpommern sent over ots on 15 December 2014, "
              "reposted by the news aggregator's archive host archiv.nepoli.eu under its date path '2014/12/15'; the headline "
              "code 'im-mv-' kept in the address slug); the stored copy shows no headline and begins with the repost's date "
              "stamp line '15.12.2014 – 13:02', dropped as the aggregator's date line (rules 4100, 4450), so the document gets "
              "no title and nothing is supplied from the slug (rules 18, 32); the dateline run into the first paragraph as "
              "stored ('Schwerin (ots) – Innenminister …'); each stored line a paragraph, the list of the honoured as lines of "
              "their own with their dashes (rule 13); the published 'Brandschutz-Ehrenzeichnen', the capitalised 'Dass' after "
              "the colon and the missing comma before 'wurden ausgezeichnet' kept (rule 20); the fourth list line, which the "
              "stored copy breaks off inside its last word ('- Herr Brandmeister und Wehrführer Alfred Brauer Freiwillige "
              "Feuerwehr Pingelshag'), dropped, the third line ending in 'und' as published (rules 15, 4450)",
    license=OTS_REPOST_NEPOLI,
    paras=[EH_P1, EH_P2, EH_P3, EH_P4, EH_P5, EH_P6, EH_L1, EH_L2, EH_L3],
    # the quotation before `so Minister Caffier` is his (rule 30); the colon quotation after `Innenminister Caffier hebt erneut
    # hervor:` is his, although it opens with a capitalised `Dass` that continues the cue's verb as its object clause (rules
    # 9, 4451); the colon after `wurden ausgezeichnet` introduces a list, not a quotation; Ingeborg Göhring, Ingo Rossnagel,
    # Klaus-Dieter Lange and the Feuerwehrangehörigen say nothing; `Innenminister` and `Minister` name only Caffier and are
    # aliases (rule 44)
    quotes=[(cut(EH_P2, "„Mecklenburg", "Dank“"), CAFFIER),
            (cut(EH_P4, "„Dass", "helfen.“"), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Minister Caffier", "Innenminister Caffier", "Caffier",
                       "Innenminister", "Minister"]})
