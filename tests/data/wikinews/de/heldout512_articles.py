# Five-hundred-and-twelfth held-out German real-news set (tests/data/heldout512-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2830-2832). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number, OTS number or address slug,
# headline, two or more distinctive phrases and the speakers' names of each text with grep -rliF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the parallel worktrees
# heldout510-heldout513). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-twelfth held-out set": seven texts of the Austrian Parliament's
# Parlamentskorrespondenz under licence PK, on the presidency of the Bundesrat and the presidents of both chambers: three
# releases on parlament.gv.at (PK 747/2014, Karlheinz Kopf on the death of Barbara Prammer; PK 857/2016, the Steiermark
# evening for Mario Lindner's presidency; PK 859/2016, Lindner's inaugural speech) and four releases on the OTS
# press-release service with dateline 'Wien (PK)' (the Vorarlberg evening of Edgar Mayer's presidency, March 2013;
# Lindner's farewell speech, December 2016; Salzburg taking over the chair with Andrea Eder-Gitschthaler, July 2020;
# Christian Buchmann's farewell speech, June 2021); and one release of the Vorarlberg Landespressestelle on OTS on the same
# Vorarlberg evening ('Wien (OTS/VLK)', March 2013, licence APA_OTS_PUBLIC as in the 485th set; the one text of the set
# that is not the Parliament's own, marked in its id so that the main session can drop it). Stored copies are the
# `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17),
# date prefixes, end marks, photo notes and cut-off paragraphs with their subheadings are dropped (rules 14, 48, 63), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK, APA_OTS_PUBLIC  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


LINDNER = "Mario Lindner"
EDER = "Andrea Eder-Gitschthaler"
BUCHMANN = "Christian Buchmann"
SCHUETZENHOEFER = "Hermann Schützenhöfer"
MAYER = "Edgar Mayer"
WALLNER = "Markus Wallner"
KOPF = "Karlheinz Kopf"

# --- PK on parlament.gv.at, No. 859 of 14.07.2016: Mario Lindner's inaugural speech as President of the Bundesrat ---

LA_P1 = ("Wien (PK) – Der Bundesrat als \"Kammer der Zivilcourage\" über alle Fraktionsgrenzen hinweg: Unter diesen "
         "solidarischen Leitgedanken stellt der neue Präsident des Bundesrats Mario Lindner heute in seiner Antrittsrede "
         "das kommende halbe Jahr seiner Vorsitzzeit. Österreich sei in den letzten Jahren bunter, vielfältiger und "
         "dynamischer geworden und das sei gut so, hielt Lindner dabei fest. Die Veränderungen führten aber auch zu "
         "Unsicherheit, diese wiederum auch zu Angst, und genau diese Angst lege den Nährboden für Hass. Der neue "
         "Bundesratspräsident appellierte daher an die Verantwortung der Politik, \"nicht zuzusehen, wenn Hass und "
         "Diskriminierung in unserer Gesellschaft wachsen\", sondern mit neuen Projekten Hoffnung und Perspektiven zu geben "
         "und dem Hass entgegenzutreten. \"Politik ist nicht dazu da, eine Partei, eine Person oder eine Organisation gut "
         "aussehen zu lassen – sie hat die Pflicht Lösungen zu bieten\", fordert Lindner nachdrücklich zu gemeinsamer "
         "politischer Arbeit für ein offeneres gesellschaftliches Klima auf.")
LA_P2 = ("Die Länderkammer als Schnittstelle und direkte Vertreterin der Regionen und Bezirke habe für die neuen "
         "Herausforderungen eine ganz besondere Verantwortung, so Lindner. Es gehe darum, die Diversität \"zu etwas "
         "Gewinnbringendem, zu etwas Positivem\" im Leben aller ÖsterreicherInnen zu machen. Lindner spricht dabei nicht nur "
         "von den Flüchtlingsbewegungen des letzten Jahres, sondern insgesamt einen tiefgreifenden gesellschaftlichen Wandel "
         "an - von Brexit über Klimawandel und digitalem Wandel bis zur fortschreitenden Globalisierung.")

add(id="ho512-pk-2016-859-lindner-antrittsrede",
    title="Parlamentskorrespondenz Nr. 859 vom 14.07.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0859/index.shtml",
    retrieved="same address (stored page of the release; it begins with the release's number line, which is the first "
              "line (rule 18), then headline and subtitle as lines of their own; the en dashes of the dateline and of "
              "Lindner's second quotation, the hyphen before 'von Brexit', the straight marks and the published 'die "
              "Pflicht Lösungen zu bieten' without a comma and 'spricht … einen tiefgreifenden gesellschaftlichen Wandel "
              "an' kept as published (rule 20); the subheading 'Vielfältige Projekte gegen Hass, Angst und Intoleranz' "
              "and the paragraph after it ('Mit dem Ansatz eines \"bundesweiten Schulterschlusses für mehr "
              "Zivilcourage\" plant Lindner'), cut off in the stored copy, dropped with the marked phrase they hold "
              "(rule 15))",
    license=PK,
    paras=["Bundesratspräsident Lindner: Mut und Vielfalt statt Angst und Intoleranz",
           "Neuer Länderkammer-Vorsitzender aus der Steiermark ruft zu Schulterschluss für Zivilcourage auf und kündigt "
           "Enquete für November 2016 an",
           LA_P1, LA_P2],
    # the lead's marked phrase is the guiding idea the release gives as the content of his inaugural speech ('Unter
    # diesen solidarischen Leitgedanken stellt … Mario Lindner heute in seiner Antrittsrede …'), not a presidency motto
    # the text names as such: his (rule 2830; contrast rule 502); the partial quotation after 'appellierte … an die
    # Verantwortung der Politik,', the quotation before 'fordert Lindner … auf' and the partial quotation in the
    # Konjunktiv sentence after 'so Lindner' are his (rules 3, 25, 44); the headline label 'Bundesratspräsident Lindner:'
    # has no marks (rule 5); 'Der neue Bundesratspräsident' names only him (rule 44)
    quotes=[("\"Kammer der Zivilcourage\"", LINDNER),
            (cut(LA_P1, "\"nicht zuzusehen", "wachsen\""), LINDNER),
            (cut(LA_P1, "\"Politik ist", "bieten\""), LINDNER),
            ("\"zu etwas Gewinnbringendem, zu etwas Positivem\"", LINDNER)],
    aliases={LINDNER: ["Mario Lindner", "Lindner", "Bundesratspräsident Lindner", "Bundesratspräsident"]})

# --- PK on OTS, 01.07.2020: Salzburg takes over the chair of the Bundesrat, Andrea Eder-Gitschthaler's speech ---

SB_SUB = "\"Kultur des Miteinanders\" Schwerpunkt von Bundesratspräsidentin Eder-Gitschthaler"
SB_P1 = ("Wien (PK) - Mit einem Festakt im Parlament unter dem Titel \"Salzburg trifft Wien\" startete heute am 1. Juli der "
         "Vorsitz des Bundesrats durch das Bundesland Salzburg.")
SB_P2 = ("Die Präsidentin des Bundesrats, Andrea Eder-Gitschthaler, betonte in ihrer Festrede, dass Kunst und Kultur, und "
         "hier vor allem die \"Kultur des Miteinanders\" als Schwerpunkt des Salzburger Bundesratsvorsitzes festzumachen "
         "seien. Nur eine Kultur des Miteinanders, so Eder-Gitschthaler, und das gemeinsame Anpacken zum Überwinden der "
         "COVID-19-Krise, könne Österreich durch diese schwierige Phase bringen.")
SB_P3 = ("Das Vorantreiben der Dezentralisierung als wirksames Instrument der Strukturpolitik sei selbstverständlich weiterhin "
         "das Gebot der Stunde. Kulturelle Einrichtungen müssten hier inkludiert sein. Als Beispiel nannte "
         "Eder-Gitschthaler etwa, dass ein Bundesmuseum nicht immer in Wien beheimatet sein müsse. Neben der "
         "Regionalisierung soll nach Vorstellung der Bundesratspräsidentin vor allem die Förderung von Frauen und der "
         "älteren Bevölkerung im Vordergrund stehen.")
SB_P4 = ("Angelehnt an ein Zitat von Hugo von Hoffmansthal stellte Eder-Gitschthaler abschließend fest: \"Die Gewalt der "
         "Worte zu zügeln, sie in die richtigen Bahnen zu lenken, ist eine Kunst, an der wir unerlässlich arbeiten. Das gilt "
         "insbesondere für uns Mandatare, sei es im National- oder im Bundesrat, im Landtag oder Gemeinderat.\"")

add(id="ho512-pk-ots-2020-07-01-salzburg-vorsitz-eder-gitschthaler",
    title="Oberösterreich übergibt turnusmäßigen Vorsitz im Bundesrat an Salzburg",
    url="https://www.ots.at/presseaussendung/OTS_20200701_OTS0236/oberoesterreich-uebergibt-turnusmaessigen-vorsitz-im-"
        "bundesrat-an-salzburg",
    retrieved="same address (Parlamentskorrespondenz release of 1 July 2020 on the OTS press-release service, dateline "
              "'Wien (PK) -'; headline as title, subtitle as its own line (rule 18); the published 'Kunst und Kultur, und "
              "hier vor allem die \"Kultur des Miteinanders\" als Schwerpunkt … festzumachen seien', 'Hoffmansthal' and "
              "'unerlässlich' and the full stop inside the closing mark kept (rule 20); the fifth paragraph ('Der "
              "Salzburger Landeshauptmann Wilfried Haslauer, der ebenfalls mit 1. Juli den Vorsitz der "
              "Landeshauptleute-Konferenz übernahm, lobte Eder-Gitschthaler als \"zäh und gut vernetzt\". … in Zeiten der "
              "C'), cut off in the stored copy, dropped with the quotation it holds (rule 15))",
    license=PK,
    paras=[SB_SUB, SB_P1, SB_P2, SB_P3, SB_P4],
    # the focus phrase in the subtitle label and in the 'betonte …, dass' clause of her speech is hers in both places: the
    # text gives it as the content of her Festrede and does not name it a motto (rules 25, 26, 2830; contrast rule 502);
    # the festive event's title is null (rules 24, 48); the colon quotation after 'Angelehnt an ein Zitat von Hugo von
    # Hoffmansthal stellte Eder-Gitschthaler abschließend fest:' is hers, the poet being the source she adapts and no
    # speaker (rules 9, 1281, 2832); 'Die Präsidentin des Bundesrats' names the Bundesrat and is no alias (rule 33),
    # 'Bundesratspräsidentin', which names only her, is (rule 44)
    quotes=[("\"Kultur des Miteinanders\"", EDER, 0),
            ("\"Salzburg trifft Wien\"", None),
            ("\"Kultur des Miteinanders\"", EDER, 1),
            (cut(SB_P4, "\"Die Gewalt", "Gemeinderat.\""), EDER)],
    aliases={EDER: ["Andrea Eder-Gitschthaler", "Eder-Gitschthaler", "Bundesratspräsidentin Eder-Gitschthaler",
                    "Bundesratspräsidentin"]})

# --- PK on OTS, 24.06.2021: Christian Buchmann's farewell speech as President of the Bundesrat ---

BF_P1 = ("Wien (PK) - In seinem Resümee über seine Bundesratspräsidentschaft in der ersten Jahreshälfte betonte Christian "
         "Buchmann die Notwendigkeit, in den großen Fragen insbesondere Europas gemeinsam zu handeln und gleichzeitig der "
         "regionalen und lokalen Ebene zu ermöglichen, Lösungen und rechtliche Rahmenbedingungen zu setzen, die nah an den "
         "BürgerInnen sind und in einer Art von Wettbewerbsföderalismus gestaltet werden können. Sein Vorsitzmotto \"Das "
         "Gute liegt so nah - die Regionen sind die Fundamente Europas\" habe er im Vertrauen und Gewissen gewählt, dass die "
         "BürgerInnen in den Gemeinden, Städten und Bundesländern das größte Vertrauen in jene Gebietskörperschaften haben, "
         "die nahe am Menschen sind. Vor diesem Hintergrund habe er in den vergangenen Monaten seinen Fokus darauf gelegt, "
         "das Profil des Bundesrates als Zukunfts- und Europakammer sowie \"personifiziertes Ländergewissen in der "
         "österreichischen Bundesgesetzgebung\" zu schärfen.")
BF_P2 = ("Diese Profilschärfung sei ihm in vielen Gesprächen mit Verantwortungsträgern des öffentlichen und politischen "
         "Lebens wie dem Bundespräsidenten, dem Bundeskanzler und MinisterInnen wichtig gewesen. Mit Arbeitsminister Martin "
         "Kocher habe er beispielsweise darüber gesprochen, wie auch die Regionen dazu beitragen können, dass Österreichs "
         "Wirtschaft wieder in Schwung kommt, damit Arbeitsplätze gesichert werden und neue wieder entstehen können.")

add(id="ho512-pk-ots-2021-06-24-buchmann-abschiedsrede",
    title="Buchmann: Bundesrat als personifiziertes Ländergewissen in der Bundesgesetzgebung",
    url="https://www.ots.at/presseaussendung/OTS_20210624_OTS0161/buchmann-bundesrat-als-personifiziertes-"
        "laendergewissen-in-der-bundesgesetzgebung",
    retrieved="same address (Parlamentskorrespondenz release of 24 June 2021 on the OTS press-release service, dateline "
              "'Wien (PK) -'; the stored date prefix ' date 2021-06' dropped (rule 63); headline as title, subtitle as its "
              "own line (rule 18); the hyphen inside the motto kept as published (rule 20); the third paragraph ('Das "
              "Vorsitzmotto habe sich auch in vielen Formaten, wie der Diskussionsveranstaltung \"Zukunft. Jugend. "
              "Europa\" … hat sich d'), cut off in the stored copy, dropped with the marked names it holds (rule 15))",
    license=PK,
    paras=["Abschiedsrede des steirischen Bundesratspräsidenten in der Länderkammer", BF_P1, BF_P2],
    # the presidency's motto, named 'Sein Vorsitzmotto', is null (rules 24, 502); the marked phrase in the Konjunktiv
    # sentence that goes on reporting his résumé is his own term (rules 25, 44); the headline label 'Buchmann: …' has no
    # marks (rule 5); Martin Kocher and the Federal President and Chancellor say nothing
    quotes=[(cut(BF_P1, "\"Das", "Europas\""), None),
            (cut(BF_P1, "\"personifiziertes", "Bundesgesetzgebung\""), BUCHMANN)],
    aliases={BUCHMANN: ["Christian Buchmann", "Buchmann"]})

# --- PK on parlament.gv.at, No. 857 of 13.07.2016: the Steiermark evening for Lindner's presidency ---

SE_P1 = ("Wien (PK) – Zu einem Steiermark-Abend lud heute der neue Bundesratspräsident Mario Lindner gemeinsam mit "
         "Landeshauptmann Hermann Schützenhöfer und Landeshauptmann-Stellvertreter Michael Schickhofer anlässlich der "
         "steirischen Vorsitzübernahme in das Parlament. Zivilcourage, das Miteinander und die Vielfalt in Österreich sind "
         "dabei jene zentralen Themen, die Lindner in den thematischen Mittelpunkt seiner Amtszeit stellen will, wie er heute "
         "beim Empfang ankündigte. Der Startschuss dafür ist morgen, wenn Lindner seine Antrittsrede im Bundesratsplenum "
         "hält.")
SE_P2 = ("\"Ich hätte gerne, dass Bund und Länder zu mehr Gemeinsamkeiten kommen\", sagte Schützenhöfer in seinen "
         "Grußworten, geht es nach ihm, soll der bevorstehende Finanzausgleich aufgabenorientier strukturiert werden. Die "
         "Reformstärke der Steiermark wurde von Schickhofer angesprochen. Das Bundesland werde in den nächsten sechs Monaten "
         "alle Kräfte bündeln, um Österreich neu zu organisieren und weiter voranzubringen.")
SE_P3 = ("Ein Stück Steiermark brachte die Tourismusregion Gesäuse in Form von 42 Fotografien unter dem Titel \"Mensch und "
         "Natur\" in die Säulenhalle des Parlaments, Dirndln und Lederhosen wurden von der Volkskultur Steiermark GmbH "
         "ausgestellt. Für die musikalische Unterhaltung während des Abends sorgte Soko Stainz, vor dem Parlament gab es am "
         "Nachmittag ein Konzert von fünf Musikkapellen aus der Obersteiermark.")
SE_P4 = ("Neben der Europafahne sowie der Österreichfahne weht seit heute auch jene der Steiermark als Vorsitzland der "
         "Länderkammer auf dem Parlamentsdach. Gehisst wurde sie im Beisein des neuen Bundesratspräsidenten.")

add(id="ho512-pk-2016-857-steiermark-abend-lindner",
    title="Parlamentskorrespondenz Nr. 857 vom 13.07.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0857/index.shtml",
    retrieved="same address (stored page of the release; number line first (rule 18), then headline and subtitle as "
              "lines of their own; the en dash of the dateline and the published 'aufgabenorientier' and 'Grußworten, geht "
              "es nach ihm, soll' kept (rule 20); the end mark '(Schluss) keg' after the last paragraph and the photo note "
              "'HINWEIS: Fotos vom Steiermark-Abend und dem Hissen der steirischen Fahne am Parlamentsdach finden Sie im "
              "Fotoalbum auf www.parlament.gv.a' (cut off in the stored copy) dropped (rule 48); complete as stored)",
    license=PK,
    paras=["Bundesratspräsident Lindner stellt Zivilcourage und Vielfalt in den Mittelpunkt seines Vorsitzes",
           "Steiermark-Abend im Parlament anlässlich der Vorsitzübernahme in der Länderkammer",
           SE_P1, SE_P2, SE_P3, SE_P4],
    # the quotation before 'sagte Schützenhöfer in seinen Grußworten' is the Landeshauptmann's (rule 44), not Lindner's,
    # who invited; the title of the photo exhibition is null (rules 24, 48); Lindner, whose themes are reported without
    # marks, and Schickhofer say nothing in marks (rule 5)
    quotes=[(cut(SE_P2, "\"Ich hätte", "kommen\""), SCHUETZENHOEFER),
            ("\"Mensch und Natur\"", None)],
    aliases={SCHUETZENHOEFER: ["Hermann Schützenhöfer", "Schützenhöfer", "Landeshauptmann Hermann Schützenhöfer"]})

# --- PK on OTS, 21.12.2016: Mario Lindner's farewell speech as President of the Bundesrat ---

LF_P1 = ("Wien (PK) - \"Machen wir den Bundesrat zur Kammer der Zivilcourage, machen wir 2017 gemeinsam zum Jahr der "
         "Lösung: Zum Jahr der digitalen Courage\". Mit diesen Appellen umriss Bundesratspräsident Mario Lindner seine beiden "
         "politischen Schwerpunkte, die er im letzten Halbjahr als steirischer Präsident der Länderkammer mit Nachdruck "
         "verfolgt hat: Kampf gegen den Hass, vor allem im Internet, und eine wirksame und vorausschauende Politik des "
         "Bundesrats, die nicht unbedingt der Tagespolitik verpflichtet ist. Lindner übergibt sein Amt mit Jahreswechsel an "
         "seine Kollegin Sonja Ledl-Rossmann aus Tirol.")
LF_P2 = ("Mit dem Thema \"Digitale Courage\", zu dem der Bundesrat eine Enquete abgehalten hat, habe man definitiv einen Nerv "
         "der Zeit getroffen, sagte Lindner - auch unter Hinweis auf das enorme mediale Echo auf diese Initiative. Mit dem "
         "Grünbuch zur digitalen Courage habe man zudem den ersten, wissenschaftlichen fundierten Katalog mit Vorschlägen an "
         "die Politik in diesem Bereich vorgelegt. Der Bundesrat habe es damit geschafft, dieses Thema auf die "
         "überparteiliche parlamentarische Ebene zu heben und es hier neu zu definieren. Hass im Netz sei ein Thema, das "
         "Problembewusstsein sei da, die Lösungsansätze fehlten aber. Lindner sprach in diesem Zusammenhang die um sich "
         "greifende Verunsicherung und das Misstrauen gegenüber der Politik und PolitikerInnen an, woraus sich oft geballte "
         "Wut entwickle, die sich dann im Internet Luft verschaffe - oft mit furchtbaren Auswirkungen auf die Betroffenen.")

add(id="ho512-pk-ots-2016-12-21-lindner-abschiedsrede",
    title="Lindner: Bundesrat soll Kammer der Zivilcourage werden",
    url="http://www.ots.at/presseaussendung/OTS_20161221_OTS0058/lindner-bundesrat-soll-kammer-der-zivilcourage-werden",
    retrieved="same address (Parlamentskorrespondenz release of 21 December 2016 on the OTS press-release service, "
              "dateline 'Wien (PK) -'; the stored date prefix ' date 2016-12' dropped (rule 63); headline as title, "
              "subtitle as its own line (rule 18); the closing mark before the full stop ('digitalen Courage\".'), the "
              "hyphens used as dashes and the published 'wissenschaftlichen fundierten' kept (rule 20); the third "
              "paragraph ('Dieser Entwicklung könne man mit den herkömmlichen politischen Mitteln … gelebte, digitale Z'), "
              "cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Mutiges Auftreten gegen Mobbing, Ausgrenzung und Gewalt im Alltag ist notwendig", LF_P1, LF_P2],
    # the opening quotation before the backward cue 'Mit diesen Appellen umriss Bundesratspräsident Mario Lindner' is his
    # (rule 44, as the 'Mit diesen Worten' cases); the theme named with 'Mit dem Thema "…", zu dem der Bundesrat eine
    # Enquete abgehalten hat' is null, although it stands in his Konjunktiv report (rules 24, 44: a theme in marks is a
    # name); the headline 'Lindner: …' has no marks (rule 5); Sonja Ledl-Rossmann says nothing
    quotes=[(cut(LF_P1, "\"Machen", "Courage\""), LINDNER),
            ("\"Digitale Courage\"", None)],
    aliases={LINDNER: ["Mario Lindner", "Lindner", "Bundesratspräsident Mario Lindner"]})

# --- PK on OTS, 13.03.2013: the Vorarlberg evening in Parliament for Edgar Mayer's presidency ---

VA_P1 = ("Wien (PK) - Im Bundesrat bildet Vorarlberg mit drei MandatarInnen zwar nur ein kleines Team, heute hatte das "
         "westlichste österreichische Bundesland im Parlament aber eindeutig das Sagen. Zahlreiche prominente "
         "VorarlbergerInnen und andere Zaungäste folgten der Einladung von Bundesratspräsident Edgar Mayer und "
         "Landeshauptmann Markus Wallner zu einem Vorarlberger Abend ins Hohe Haus. Musikalisch begleitet vom Ensemble Sonus "
         "Brass und inspiriert durch eine Lesung von Doris Knecht unter dem bezeichnenden Titel \"Im Ost-West-Graben\" "
         "nutzten die Gäste die Gelegenheit, um über Politik und Kultur zu diskutieren.")
VA_P2 = ("Anlass für den Empfang war die Vorsitzübernahme im Bundesrat durch Vorarlberg im 1. Halbjahr 2013. "
         "Bundesratspräsident Edgar Mayer unterstrich in seinen Begrüßungsworten das Motto \"Gemeinsam Verantwortung "
         "tragen\", unter dem der Vorarlberger Vorsitz in der Länderkammer steht, und meinte, gerade die Erinnerung an die "
         "März-Ereignisse der Jahre 1934 und 1938 sowie nach wie vor bestehende autoritäre Denkweisen und der immer wieder "
         "geäußerte Ruf nach einem \"starken Mann\" müssen Auftrag sein, das Gemeinsame über das Trennende zu stellen.")

add(id="ho512-pk-ots-2013-03-13-vorarlberg-abend-mayer",
    title="Vorarlberg zeigt Teamstärke und Selbstbewusstsein im Hohen Haus",
    url="https://www.ots.at/presseaussendung/OTS_20130313_OTS0245/vorarlberg-zeigt-teamstaerke-und-selbstbewusstsein-im-"
        "hohen-haus",
    retrieved="same address (Parlamentskorrespondenz release of 13 March 2013 on the OTS press-release service, dateline "
              "'Wien (PK) -'; the stored crawl date prefix ' date 2018-03' dropped (rule 63); headline as title, subtitle "
              "as its own line (rule 18); the published 'müssen Auftrag sein' kept (rule 20); the third paragraph "
              "('Landeshauptmann Markus Wallner versicherte, sein Bundesland sei bereit, … Aber auch in Sachen "
              "Bildungsreform könne man mit Vorarlberg rechnen, b'), cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["BR-Präsident Mayer und LH Wallner luden zu Empfang ins Parlament", VA_P1, VA_P2],
    # the title of Doris Knecht's reading is null (rule 24); the presidency's motto, named 'das Motto "…", unter dem der
    # Vorarlberger Vorsitz … steht', is null although Mayer 'unterstrich' it (rules 24, 502); the marked phrase for the
    # call of unnamed others inside the Konjunktiv-like report after 'und meinte,' is Mayer's wording (rule 2831); Markus
    # Wallner's words stand in the dropped paragraph, and he says nothing in the kept text
    quotes=[("\"Im Ost-West-Graben\"", None),
            (cut(VA_P2, "\"Gemeinsam", "tragen\""), None),
            ("\"starken Mann\"", MAYER)],
    aliases={MAYER: ["Edgar Mayer", "Bundesratspräsident Edgar Mayer", "BR-Präsident Mayer"]})

# --- Vorarlberg Landespressestelle on OTS, 13.03.2013: the same Vorarlberg evening, Wallner's address ---

VL_P1 = ("Wien (OTS/VLK) - Anlässlich des Vorarlberger Vorsitzes im Bundesrat und in der Konferenz der Landeshauptleute "
         "fand am Mittwochabend (13. März) im Budgetsaal des Parlaments in Wien ein Vorarlberg-Abend statt. Der Vorarlberger "
         "Bundesratspräsident Edgar Mayer und Landeshauptmann Markus Wallner bekräftigten im Rahmen der Veranstaltung einmal "
         "mehr die Bedeutung der Länder für Österreich.")
VL_P2 = ("Nach der Begrüßung durch den Bundesratspräsidenten trug Landeshauptmann Wallner seine Gedanken und Vorstellungen "
         "zum Leitmotiv \"Gemeinsam Verantwortung tragen\" vor, unter dem der Vorarlberger Ländervorsitz steht. \"Das "
         "Gemeinsame und Verbindende in den Vordergrund zu stellen, sachlich, lösungsorientiert und konstruktiv "
         "zusammenzuarbeiten und positive Impulse zu setzen -genau das ist es, was am Ende zu guten Ergebnissen im Sinne der "
         "Menschen und des Landes führt\", erläuterte Wallner die Intention hinter dem Motto.")
VL_P3 = ("Zugleich zog der Landeshauptmann eine erste Zwischenbilanz über den Vorsitz Vorarlbergs in der LH-Konferenz. Die "
         "Länder hätten in sehr vielen Fragen eindrücklich gezeigt, dass sie, wenn die Zusammenarbeit partnerschaftlich auf "
         "Augenhöhe stattfindet, sehr reformbereit sind und sich konstruktiv an der Zukunftsarbeit beteiligen, erklärte "
         "Wallner. Was die verbleibenden dreieinhalb Monate des Ländervorsitzes angehen, verwies Wallner auf ein "
         "umfangreiches Arbeitsprogramm mit zahlreichen Schwerpunkten. \"Es wird in mehreren Themenbereichen an tragfähigen "
         "und vor allem zukunftsorientierten Lösungen gearbeitet\", betonte er.")

add(id="ho512-vlk-ots-2013-03-13-vorarlberg-abend-wallner",
    title="Stimmungsvoller Vorarlberg-Abend im Hohen Haus in Wien",
    url="https://www.ots.at/presseaussendung/OTS_20130313_OTS0249/stimmungsvoller-vorarlberg-abend-im-hohen-haus-in-wien",
    retrieved="same address (release of the Vorarlberger Landespressestelle on the APA-OTS service, 13 March 2013 by its "
              "OTS number, dateline 'Wien (OTS/VLK) -'; the stored crawl date prefix ' date 2018-03' dropped (rules 63, "
              "2600); headline as title, subtitle as its own line (rule 18); the published '-genau das ist es' with the "
              "hyphen joined to the next word kept (rule 20); the fourth paragraph ('In Bezug auf das Organisationsprinzip "
              "des Föderalismus sprach der Landeshauptmann von einem wesentlichen Standortvorteil für Österreich. \"Im "
              "europäischen Vergleich sehen wir, dass födera'), cut off in the stored copy inside its quotation, dropped "
              "with it (rule 15); the only text of the set not sent by the Parlamentskorrespondenz: it reports the same "
              "evening as the PK release OTS_20130313_OTS0245, in other words and with other quotations)",
    license=APA_OTS_PUBLIC,
    paras=["LH Wallner und Vorarlbergs BR-Präsident Mayer bekräftigten Bedeutung der Länder für Österreich",
           VL_P1, VL_P2, VL_P3],
    # the Leitmotiv 'unter dem der Vorarlberger Ländervorsitz steht' is null (rules 24, 502), although Wallner speaks on
    # it; the quotation before 'erläuterte Wallner die Intention hinter dem Motto' and the one before 'betonte er', where
    # 'er' takes up Wallner of the sentences before, are his (rules 3, 8, 30); Edgar Mayer, who greets, says nothing in
    # marks here
    quotes=[(cut(VL_P2, "\"Gemeinsam", "tragen\""), None),
            (cut(VL_P2, "\"Das Gemeinsame", "führt\""), WALLNER),
            (cut(VL_P3, "\"Es wird", "gearbeitet\""), WALLNER)],
    aliases={WALLNER: ["Markus Wallner", "Wallner", "Landeshauptmann Markus Wallner", "LH Wallner",
                       "Landeshauptmann Wallner"]})

# --- PK on parlament.gv.at, No. 747 of 03.08.2014: Karlheinz Kopf on the death of Barbara Prammer ---

KO_P1 = ("Wien (PK) – Österreich verliert mit Barbara Prammer eine große Staatsfrau und eine beeindruckende Persönlichkeit, "
         "sagte Zweiter Nationalratspräsident Karlheinz Kopf bei der heutigen Pressekonferenz anlässlich des Ablebens von "
         "Nationalratspräsidentin Barbara Prammer. Sein besonderes Mitgefühl gelte der Familie. \"Ich verneige mich mit "
         "großem Respekt vor dem Menschen Barbara Prammer, die mit großer Willenskraft ihre Krankheit bekämpft und ihr Amt "
         "nahezu uneingeschränkt ausgeübt hat. Ich verneige mich auch vor der Politikerin Barbara Prammer, die sich immer für "
         "Gleichstellung, gegen Extremismus und für parlamentarische Demokratie eingesetzt hat. Sie war eine Brückenbauerin "
         "über Parteigrenzen hinweg.\" Kopf bedankte sich auch für die stets kollegiale und wertschätzende Zusammenarbeit.")
KO_P2 = ("In den nächsten Tagen wird in Absprache mit dem Bundespräsidenten und der Familie über die Gestaltung der "
         "Trauerfeierlichkeiten beraten. In jedem Fall werde die Bevölkerung die Gelegenheit haben, sich in der Säulenhalle "
         "des Parlaments von der Präsidentin zu verabschieden. Prammers Sprecher Gerhard Marschall betonte in diesem "
         "Zusammenhang, dass die Nationalratspräsidentin keine Wünsche geäußert oder spezielle Verfügungen getroffen habe. "
         "Es werde aber in ihrem Sinne vorgegangen werden.")
KO_P3 = ("Präsident Kopf kündigte für Montagnachmittag eine Präsidialkonferenz an, in der die erforderlichen "
         "parlamentarischen Schritte besprochen werden. Die notwendige Sondersitzung zur Wahl einer neuen Präsidentin bzw. "
         "eines neuen Präsidenten werde noch vor der ersten regulären Nationalratssitzung am 24. September, aber in "
         "gebührlichem zeitlichem Abstand zu den Trauerfeierlichkeiten stattfinden. Dies könnte Ende August der Fall sein. "
         "Gesetzliche Fristen zur Wahl einer Nachfolge gibt es nicht.")

add(id="ho512-pk-2014-747-kopf-tod-prammer",
    title="Parlamentskorrespondenz Nr. 747 vom 03.08.2014",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2014/PK0747/index.shtml",
    retrieved="same address (stored page of the release; number line first (rule 18), then headline and subtitle as "
              "lines of their own; the en dash of the dateline, the full stop inside the closing mark and the published "
              "'gebührlichem' kept (rule 20); the subheading 'Zielinski: Prammer gib…', cut off in the stored copy with "
              "everything after it, dropped (rule 15))",
    license=PK,
    paras=["Kopf: Verneige mich mit großem Respekt vor Barbara Prammer",
           "Bevölkerung wird Gelegenheit zur Verabschiedung haben",
           KO_P1, KO_P2, KO_P3],
    # the cue-less quotation after the unmarked statement cued 'sagte Zweiter Nationalratspräsident Karlheinz Kopf' and
    # the Konjunktiv sentence that goes on reporting him is his (NOTES.md continuation; rules 5, 30); Barbara Prammer is
    # its topic and no speaker; the headline label 'Kopf: …' has no marks (rule 5); Gerhard Marschall, whose statement is
    # reported without marks, says nothing in marks
    quotes=[(cut(KO_P1, "\"Ich verneige", "hinweg.\""), KOPF)],
    aliases={KOPF: ["Karlheinz Kopf", "Kopf", "Zweiter Nationalratspräsident Karlheinz Kopf", "Präsident Kopf"]})
