# Four-hundred-and-sixty-ninth held-out German real-news set (tests/data/heldout469-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2470-2476). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number or address slug, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data, see SOURCES.md). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-sixty-ninth held-out set": seven texts of the German Federal Government
# (licence BREG): the archived video page of Angela Merkel's speech on the Tag der Deutschen Einheit in Halle (October
# 2021), the media-library transcript "Die Woche der Kanzlerin" of 13-17 July 2015, two archived video-podcast pages
# (the 80th anniversary of 30 January 1933, January 2013; the Tag der Deutschen Einheit, undated), the archived video page
# of Merkel's press statement in Compiègne (November 2018), and two Bundestag budget speeches of Heiko Maas as published on
# bundesregierung.de (autumn 2014 and autumn 2015); two texts of the Federal Ministry of Justice and Consumer Protection on
# bmjv.de (licence BMJ_DE): the quotation page of Heiko Maas on the attack at the Breitscheidplatz (23 December 2016) and
# his speech at the tenth anniversary of the Bundesamt für Justiz (23 March 2017). Stored copies are the `search` tool's
# `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture
# (navigation lines, player lines and running times, site names, header captions) is dropped (rules 14, 93, 2450), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMJ_DE, BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


MERKEL = "Angela Merkel"
MAAS = "Heiko Maas"

# --- bundesregierung.de, archived video page of 3 October 2021: Merkel's speech on the Tag der Deutschen Einheit in Halle ---

TE_T = "„Wir stehen in der Schuld derer, die so viel gewagt haben“"
TE_P1 = ("Auf dem Festakt zum Tag der Deutschen Einheit, der dieses Jahr in Halle (Saale) ausgerichtet wurde, erinnerte "
         "Bundeskanzlerin Merkel daran, dass die Wiedervereinigung in Frieden und Freiheit „nicht einfach über uns "
         "hereinbrach“. Vielmehr wurde sie errungen – von Menschen in der DDR, „die für ihre Rechte, für ihre Freiheit, für "
         "eine andere Gesellschaft alles riskiert haben“. Die Lehre aus 31 Jahren deutscher Einheit laute: „Wir brauchen "
         "Respekt vor den jeweiligen Biografien und Erfahrungen und auch vor der Demokratie“.")

add(id="ho469-breg-2021-10-03-tag-der-deutschen-einheit-rede-merkel-halle",
    title=TE_T,
    url="https://www.bundesregierung.de/breg-de/service/archiv/tag-der-deutschen-einheit-2021-1964946?view=detail",
    retrieved="same address (archived video page of the speech of the Chancellor at the celebration of the Tag der "
              "Deutschen Einheit in Halle (Saale), 3 October 2021; the headline is the title (rule 18); the running time "
              "'18:30' and the player caption ' Rede der Bundeskanzlerin zum 31. Tag der Deutschen Einheit „Wir stehen in "
              "der Schuld derer, die so viel gewagt haben“', which repeats the headline under the series label, dropped as "
              "furniture with its quotation (rules 93, 2470); complete as stored)",
    license=BREG,
    paras=[TE_P1],
    # the headline quotation of the speech video is the speaker's although the teaser does not repeat its words (rules 96,
    # 2470); the partial quotation whose relative clause describes the people in the GDR continues the report of her
    # speech and is hers, not theirs (rules 3, 59, 2471); the colon quotation after the Konjunktiv `laute:` is hers (rule 9)
    quotes=[(TE_T, "Merkel"),
            ("„nicht einfach über uns hereinbrach“", "Merkel"),
            (cut(TE_P1, "„die für ihre Rechte", "riskiert haben“"), "Merkel"),
            (cut(TE_P1, "„Wir brauchen", "Demokratie“"), "Merkel")],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin Merkel"]})

# --- bundesregierung.de media library, "Die Woche der Kanzlerin" of 13-17 July 2015 ---

WK_T = "Die Woche der Kanzlerin"
WK_L1 = ("Merkel: „Gerade Frauen, die sehr viel Erziehungsarbeit geleistet haben, sind mindestens so flexibel wie die Männer, "
         "die sie in Abenteuercamps schicken müssen.“")
WK_P1 = ("10 Uhr, Brüssel. Die ganze Nacht hindurch hatte Angela Merkel über das Reformprogramm für Griechenland verhandelt. "
         "17 Stunden lang. Jetzt fliegt sie zurück nach Berlin. Am Nachmittag wartet dort der nächste Termin - ein Termin für "
         "ein Projekt, bei dem die Kanzlerin Schirmherrin ist. „Initiative Chefsache“ heißt es. Elf Unternehmen haben es "
         "gegründet. Das Netzwerk will ein ausgewogenes Verhältnis von Frauen und Männern in Führungspositionen. Derzeit "
         "kommt in den Vorständen der 200 größten deutschen Unternehmen auf 18 Männer nur eine Frau. Die Kanzlerin fordert "
         "deshalb ein Umdenken.")
WK_P2 = ("Merkel: „Zu oft haben wir Frauen in Führungspositionen aus der Perspektive diskutiert: Was müssen wir mit Frauen "
         "machen, das ist auch etwas Wichtiges. Aber wir müssen eben auch fragen, was müssen wir mit den Männern machen, damit "
         "sie offener sind für die Diversifizierung.“")
WK_P3 = ("Jeder zweite Mikro-Chip in Europa kommt aus Dresden. 25.000 Menschen arbeiten hier im Bereich Mikro- und "
         "Nanoelektronik, viele bei den Chipherstellern Globalfoundries und Infinion. Zusammen mit dem Fraunhofer-Institut, "
         "wo geforscht wird, ist der Standort für die Kanzlerin ein Leuchtturm im Digitalisierungsprozess. Bei ihrem Besuch "
         "sagt sie weitere Forschungsgelder zu. 400 Millionen Euro will die Bundesregierung in den nächsten fünf Jahren "
         "investieren, damit Deutschland bei der Industrie 4.0 wettbewerbsfähig bleibt.")
WK_L2 = "„Das waren die Themen, die ihr angesprochen habt...“"

add(id="ho469-breg-2015-07-woche-der-kanzlerin-chefsache-dresden",
    title=WK_T,
    url="https://www.bundesregierung.de/breg-de/mediathek/die-woche-der-kanzlerin-442624",
    retrieved="same address (media-library transcript of the video series 'Die Woche der Kanzlerin', 13-17 July 2015; the "
              "series name is the title (rule 18); the navigation lines 'Bundesregierung ⏐ Startseite', 'Schwerpunkte', "
              "'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped as furniture "
              "(rule 93); the teaser quotation with its label, the line 'Die Woche der Kanzlerin 13.07.2015 -17.07.2015' "
              "and the day headings kept as lines of their own (rule 2472); the published 'Infinion', 'Termin - ein Termin' "
              "and the three full stops inside the closing mark kept (rule 20), the blank at the end of the Tuesday "
              "paragraph dropped; the paragraph 'Mehrere Stunden haben sie in Workshops beraten, was für sie gutes Leben in "
              "Deutsch', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=[WK_L1, "Die Woche der Kanzlerin 13.07.2015 -17.07.2015", "Montag", WK_P1, WK_P2, "Dienstag", WK_P3, "Mittwoch",
           WK_L2],
    # the label `Merkel:` gives both O-Ton quotations to her (rules 9, 181, 2472); the network's name is null (rule 24);
    # the unlabelled O-Ton line under `Mittwoch`, whose following paragraph is cut off, names no speaker and is null
    # (rules 24, 2472)
    quotes=[(cut(WK_L1, "„Gerade", "müssen.“"), MERKEL),
            ("„Initiative Chefsache“", None),
            (cut(WK_P2, "„Zu oft", "Diversifizierung.“"), MERKEL),
            (WK_L2, None)],
    aliases={MERKEL: ["Angela Merkel", "Merkel", "Kanzlerin"]})

# --- bundesregierung.de archive, video podcast of January 2013: the 80th anniversary of 30 January 1933 ---

UE_T = "Merkel: Bei Unrecht einschreiten"
UE_P1 = ("Zum 80. Jahrestag der Machtergreifung Hitlers ruft die Bundeskanzlerin dazu auf, dafür zu arbeiten, dass sich „so "
         "etwas nie, nie wiederholen kann“. Als Lehre aus seiner Geschichte müsse Deutschland einschreiten, wo Menschenrechte "
         "missachtet würden.")

add(id="ho469-breg-archiv-2013-01-podcast-merkel-bei-unrecht-einschreiten",
    title=UE_T,
    url="https://www.bundesregierung.de/breg-de/service/archiv/archiv-mediathek/merkel-bei-unrecht-einschreiten-856764",
    retrieved="same address (archived page of the Chancellor's podcast before the 80th anniversary of 30 January 1933, "
              "January 2013 by its contents; the headline is the title (rule 18); the player caption 'Podcast Merkel: Bei "
              "Unrecht einschreiten', which repeats the headline under the series label, dropped (rule 93); complete as "
              "stored)",
    license=BREG,
    paras=[UE_P1],
    # the partial quotation in the report of `die Bundeskanzlerin ruft dazu auf` is hers; the headline frame `Merkel:`
    # names her (rules 3, 98); Hitler, named in a genitive, says nothing
    quotes=[("„so etwas nie, nie wiederholen kann“", "Merkel")],
    aliases={"Merkel": ["Merkel", "Bundeskanzlerin"]})

# --- bundesregierung.de archive, video podcast before a Tag der Deutschen Einheit ---

MU_T = "Den Herausforderungen der Zukunft mit Mut begegnen"
MU_P1 = ("Die Menschen in der ehemaligen DDR haben viel Mut aufgebracht, \"um die deutsche Einheit Realität werden zu "
         "lassen\". Das sagt Bundeskanzlerin Angela Merkel in ihrem neuen Video-Podcast mit Blick auf den Tag der Deutschen "
         "Einheit am 3. Oktober. Auch heute brauche es den Mut aller, um die Herausforderungen für die Zukunft stemmen zu "
         "können.")

add(id="ho469-breg-archiv-video-podcast-einheit-mut",
    title=MU_T,
    url="https://www.bundesregierung.de/breg-de/service/archiv/archiv-mediathek/den-herausforderungen-der-zukunft-mit-mut-"
        "begegnen-1676474",
    retrieved="same address (archived page of a video podcast of the Chancellor before the Tag der Deutschen Einheit; the "
              "year is not given in the stored copy; the headline is the title (rule 18); the player caption 'Video-Podcast "
              "Den Herausforderungen der Zukunft mit Mut begegnen' dropped (rule 93); complete as stored)",
    license=BREG,
    paras=[MU_P1],
    # the partial quotation in the sentence whose subject is `Die Menschen in der ehemaligen DDR` is taken up by the backward
    # cue `Das sagt Bundeskanzlerin Angela Merkel` (rules 97, 2471); the people it describes are not its speakers
    quotes=[("\"um die deutsche Einheit Realität werden zu lassen\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Bundeskanzlerin Angela Merkel"]})

# --- bundeskanzlerin.de archive, video page of 10 November 2018: Merkel's press statement in Compiègne ---

CO_T = "Pressestatement der Kanzlerin zum Gedenken an das Kriegsende 1918"
CO_P1 = ("Auf Einladung von Frankreichs Präsident Macron besuchte Kanzlerin Merkel Compiègne, wo vor 100 Jahren mit der "
         "Unterzeichnung des Waffenstillstands der Erste Weltkrieg endete. Der Tag sei nicht nur Mahnung, sondern auch "
         "Ansporn, erklärte Merkel. Für die Bundesrepublik Deutschland sage sie aus voller Überzeugung, heute sei der Wille "
         "da, \"alles zu tun, um eine friedlichere Ordnung auf der Welt zu schaffen, auch wenn wir wissen, dass noch sehr, "
         "sehr viel Arbeit vor uns liegt.\"")

add(id="ho469-bkin-archiv-2018-11-pressestatement-compiegne",
    title=CO_T,
    url="https://www.bundeskanzlerin.de/breg-de/service/archiv/pressestatement-der-kanzlerin-zum-gedenken-an-das-"
        "kriegsende-1918-1548440",
    retrieved="same address (archived video page of the Chancellor's press statement in Compiègne on the centenary of the "
              "armistice of 1918, 10 November 2018 by its contents; the headline is the title (rule 18); the player caption "
              "'Video Pressestatement der Kanzlerin zum Gedenken an das Kriegsende 1918' dropped (rule 93); the full stop "
              "inside the closing mark kept (rule 20); complete as stored)",
    license=BREG,
    paras=[CO_P1],
    # the partial quotation closes the Konjunktiv report of `sage sie`, whose pronoun takes up Merkel of `erklärte Merkel`
    # (rules 3, 8); the French President who invited her says nothing
    quotes=[(cut(CO_P1, "\"alles zu tun", "liegt.\""), "Merkel")],
    aliases={"Merkel": ["Merkel", "Kanzlerin Merkel", "Kanzlerin"]})

# --- bundesregierung.de, Heiko Maas's speech in the Bundestag budget debate of autumn 2014 ---

MH_T = "Rede des Bundesministers der Justiz und für Verbraucherschutz, Heiko Maas,"
MH_P1 = ("ein Satz hat mir in Ihrer Rede ganz besonders gefallen, der da lautete: „Das Fazit ist doch einfach toll.“ – "
         "Aufgrund Ihrer Schlussbemerkung gehe ich davon aus, dass Sie dem Justizetat in diesem Jahr möglicherweise "
         "zustimmen können, wenn wir das alles so gut gemacht haben.")
MH_P2 = ("Es ist noch kein Jahr her, dass die Bundesregierung ihre Arbeit aufgenommen hat. Wir haben uns auch für den Bereich "
         "Justiz und Verbraucherschutz eine ganze Menge vorgenommen. Und vieles von dem, was wir uns vorgenommen haben, ist "
         "schon auf den Weg gebracht, teilweise auch schon umgesetzt worden.")
MH_P3 = "Ein neues Adoptionsrecht für Kinder, die in Regenbogenfamilien aufwachsen, ist bereits in Kraft getreten."
MH_P4 = ("Die Mietpreisbremse wird nächste Woche im Rechtsausschuss beraten und kann im kommenden Jahr bereits in Kraft "
         "treten. Damit wird Wohnraum für Familien, Rentner und vor allen Dingen Normalverdiener auch bezahlbar bleiben.")
MH_P5 = ("Die Empfehlungen des NSU-Untersuchungsausschusses setzen wir ebenfalls zügig um. Der Gesetzentwurf liegt Ihnen vor. "
         "Damit setzen wir ein Zeichen gegen Rechtsextremismus und Gewalt und auch dafür, dass wir uns nicht damit abfinden "
         "wollen, dass Behörden in unserem Land so gnadenlos versagt haben.")
MH_P6 = ("Wir reformieren auch das Sexualstrafrecht, um die Schwächsten der Gesellschaft vor Missbrauch und vor "
         "Kinderpornografie besser zu schützen. Dieses Gesetz haben wir intensiv beraten, und es kann bereits in wenigen "
         "Wochen in Kraft treten.")
MH_P7 = "Ich finde, es ist schon eine ganze Menge, was wir in nicht einmal einem Jahr auf den Weg gebracht haben."

add(id="ho469-breg-rede-maas-haushalt-justiz-2014",
    title=MH_T,
    url="http://www.bundesregierung.de/breg-de/suche/rede-des-bundesministers-der-justiz-und-fuer-verbraucherschutz-"
        "heiko-maas--389042",
    retrieved="same address (speech of the Federal Minister of Justice in the Bundestag debate on the budget of his "
              "ministry, published by the Federal Government; autumn 2014 by its contents ('Es ist noch kein Jahr her, dass "
              "die Bundesregierung ihre Arbeit aufgenommen hat'); the headline, which the stored copy ends after 'Heiko "
              "Maas,', kept as the title as stored (rules 18, 20); the navigation lines 'Bundesregierung ⏐ Startseite', "
              "'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', 'Service' dropped "
              "(rule 93); the three lines of the salutation kept as lines of their own (as in the 465th set); the paragraph "
              "'Was das Strafrecht angeht, will ich auch noch einmal betonen – wie immer an dies', cut off in the stored "
              "copy, dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrte Frau Präsidentin!", "Meine sehr verehrten Damen und Herren!", "Sehr geehrter Herr Abgeordneter Claus,",
           MH_P1, MH_P2, MH_P3, MH_P4, MH_P5, MH_P6, MH_P7],
    # the sentence the minister quotes from `Ihrer Rede` is the addressee's, the member named in the salutation (rule
    # 2473); the minister named in the title speaks the whole speech but is not the speaker of the quoted sentence
    quotes=[("„Das Fazit ist doch einfach toll.“", "Claus")],
    aliases={"Claus": ["Claus", "Abgeordneter Claus", "Herr Abgeordneter Claus"]})

# --- bundesregierung.de Bulletin, Heiko Maas's speech in the Bundestag budget debate of autumn 2015 ---

MV_T = "Rede des Bundesministers der Justiz und für Verbraucherschutz, Heiko Maas,"
MV_P1 = ("Ich will gleich zum Verbraucherschutz kommen und möchte Sie an einen Artikel erinnern, der am Sonntag in der "
         "„Frankfurter Allgemeinen Sonntagszeitung“ stand. Er war überschrieben mit den Worten „Verschenkte Millionen“, und der "
         "Untertitel lautete: Der Verbraucherschutz in Deutschland bekommt immer mehr Geld. – Das, was ich jetzt hier zum "
         "Verbraucherschutz gehört habe, lässt vor diesem Hintergrund wirklich nur auf eine sehr eingeschränkte "
         "Wahrnehmungsfähigkeit derer schließen, die das hier so gesagt haben.")
MV_P2 = ("Deshalb will ich noch einmal – zumindest in aller Kürze – in Erinnerung rufen, was im Verbraucherschutz sowohl in "
         "den letzten Haushalten als auch in diesem Haushalt auf den Weg gebracht worden ist.")
MV_P3 = ("Es gibt in Deutschland nicht mehr nur einen Sachverständigenrat zur Begutachtung der gesamtwirtschaftlichen "
         "Entwicklung. Es gibt mittlerweile auch einen Sachverständigenrat für Verbraucherfragen. Der Finanzmarktwächter und "
         "der Marktwächter Digitale Welt haben nicht nur ihre Arbeit aufgenommen, sondern sie arbeiten und funktionieren "
         "hervorragend. Das wird die Architektur des Verbraucherschutzes in diesen beiden Bereichen ganz wesentlich "
         "verändern.")
MV_P4 = ("Wir haben nicht nur das Kleinanlegerschutzgesetz als Reaktion auf die Prokon-Pleite gemacht, sondern wir haben es "
         "auch geschafft, den Verbraucherschutz als Aufgabe und Ziel bei der BaFin hereinzuschreiben. Auch das ist eine "
         "strukturelle Veränderung. Wir wissen, dass bei den Finanzdienstleistungen der Verbraucherschutz in den kommenden "
         "Jahren immer wichtiger werden wird.")

add(id="ho469-breg-bulletin-rede-maas-haushalt-verbraucherschutz-2015",
    title=MV_T,
    url="https://www.bundesregierung.de/breg-de/service/newsletter-und-abos/bulletin/rede-des-bundesministers-der-justiz-"
        "und-fuer-verbraucherschutz-heiko-maas--467518",
    retrieved="same address (speech of the Federal Minister of Justice in a Bundestag budget debate, published in the "
              "Federal Government's Bulletin; autumn 2015 by its contents (the Kleinanlegerschutzgesetz in force, the "
              "Verbandsklagerecht bei Datenschutz 'unmittelbar bevor'); the headline, ending after 'Heiko Maas,' in the "
              "stored copy, kept as the title as stored (rules 18, 20); the navigation lines 'Bundesregierung ⏐ Startseite', "
              "'Bulletin', 'Schwerpunkte', 'Themen', 'Bundeskanzler', 'Bundesregierung', 'Aktuelles', 'Mediathek', "
              "'Service' dropped (rule 93); the two lines of the salutation kept as lines of their own; the paragraph 'Wir "
              "wollen – das steht unmittelbar bevor, wie ich hoffe – ein Verbandsklagerecht bei Datenschutz', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Sehr geehrte Frau Präsidentin!", "Meine sehr verehrten Damen und Herren!", MV_P1, MV_P2, MV_P3, MV_P4],
    # the newspaper's name and the headline of its article that the minister cites are null (rules 2, 2166, 2476); the
    # subtitle he gives after `lautete:` has no marks and is not annotated (rules 5, 23); the document has no speaker
    quotes=[("„Frankfurter Allgemeinen Sonntagszeitung“", None),
            ("„Verschenkte Millionen“", None)],
    aliases={})

# --- bmjv.de, quotation page of 23 December 2016: Heiko Maas on the attack at the Berliner Breitscheidplatz ---

AN_L1 = ("DokumenttypZitat | Datum23. Dezember 2016„Auch wenn der Tatverdächtigte tot ist, die rechtsstaatliche Aufarbeitung "
         "endet nicht. Die Ermittlungen laufen weiter.\"")
AN_H = "Heiko Maas aus aktuellem Anlass zum Anschlag am Berliner Breitscheidplatz"
AN_P1 = "\"Auch wenn der Tatverdächtigte tot ist, die rechtsstaatliche Aufarbeitung endet nicht. Die Ermittlungen laufen weiter."
AN_P2 = ("Denn: Wir müssen alles tun, um auch die Hintergründe des brutalen Anschlags aufzuklären. Konkrete politische "
         "Schlussfolgerungen können wir erst dann abschließend vorlegen, wenn dieses abscheuliche Verbrechen umfassend "
         "aufgearbeitet ist.")
AN_P3 = ("Ich bin mir mit dem Bundesinnenminister einig, dass wir über die Rechts- und Sicherheitspolitischen Konsequenzen "
         "gemeinsam sehr zügig im Januar beraten werden.")
AN_P4 = ("Dabei wird es insbesondere um die Fragen gehen, wie Ausreisepflichtige so schnell wie möglich abgeschoben werden "
         "und wie Gefährder noch besser überwacht werden können.")
AN_P5 = ("Klar ist: Unsere Sicherheit und unsere Freiheit müssen wir mit allen zur Verfügung stehenden rechtsstaatlichen "
         "Mitteln schützen.\"")

add(id="ho469-bmjv-2016-12-23-zitat-maas-anschlag-breitscheidplatz",
    title=None,
    url="http://www.bmjv.de/SharedDocs/Zitate/DE/2016/12232016_Anschlag.html?nn=6704286",
    retrieved="same address (quotation page ('Zitat') of the Federal Ministry of Justice and Consumer Protection, 23 "
              "December 2016; the site name 'Bundesministerium der Justiz und für Verbraucherschutz' and the header caption "
              "'Heiko Maas, Bundesminister der Justiz und für Verbraucherschutz' dropped as furniture (rules 14, 2450); the "
              "strip of screen-reader labels 'DokumenttypZitat | Datum23. Dezember 2016', which the stored copy runs into the "
              "teaser quotation, kept with it as the first line, so the text has no separate title (rules 18, 2450); the "
              "teaser's low opening mark closed by an ASCII mark, the ASCII marks of the statement and the published "
              "'Rechts- und Sicherheitspolitischen' kept (rule 20); the heading kept as a line (rule 13); complete as stored, "
              "the last paragraph ending with the closing mark)",
    license=BMJ_DE,
    paras=[AN_L1, AN_H, AN_P1, AN_P2, AN_P3, AN_P4, AN_P5],
    # the strip has no `Person` label here; the teaser quotation is Maas's because the statement under the heading that
    # names him repeats it word for word (rules 26, 2475); the statement opens in one paragraph, runs through three unmarked
    # paragraphs and closes in the fifth: five spans, the middle ones whole (rules 935, 2451, 2475); the Bundesinnenminister
    # he agrees with says nothing
    quotes=[(cut(AN_L1, "„Auch", "weiter.\""), MAAS),
            (AN_P1, MAAS),
            (AN_P2, MAAS),
            (AN_P3, MAAS),
            (AN_P4, MAAS),
            (AN_P5, MAAS)],
    aliases={MAAS: ["Heiko Maas"]})

# --- bmjv.de, speech of 23 March 2017: Heiko Maas at the tenth anniversary of the Bundesamt für Justiz ---

BF_T = ("DokumenttypRede | Datum23. März 2017 | Person Heiko MaasFestakt zum zehnjährigen Bestehen des Bundesamts für "
        "Justiz")
BF_L1 = ("Rede des Bundesministers der Justiz und für Verbraucherschutz, Heiko Maas, beim Festakt zum zehnjährigen Bestehen "
         "des Bundesamts für Justiz am 23. März 2017 in Bonn")
BF_P1 = ("das Bundesamt für Justiz feiert Jubiläum und hat sich einen Kabarettisten als Festredner eingeladen. Da weiß man "
         "gleich, dass man im Rheinland ist. Das ist eine passende Wahl, denn wenn wir heute das BfJ feiern, dann feiern wir "
         "auch das Rheinland. Als vor fast 20 Jahren Bundestag und Teile der Bundesregierung von Bonn wegzogen, da fürchteten "
         "viele einen Rutschbahneffekt – am Ende würden doch alle nach Berlin gehen. Es ist anders gekommen: Mit dem "
         "Bundesamt für Justiz ist hier eine neue Bundesoberbehörde entstanden, und die Zahl der Mitarbeiterinnen und "
         "Mitarbeiter hat sich in den zehn Jahren seiner Existenz auf über 1.000 verdoppelt.")
BF_P2 = ("Die Gründung des BfJ war auch eine Entscheidung für Bonn und für die Menschen hier. Heimatverbundenheit wird durch "
         "die Globalisierung ja nicht bedeutungslos – im Gegenteil: Je mehr uns die Welt offensteht, umso wichtiger wird es, "
         "zu wissen, wo man hingehört. Ich hoffe, für viele Bonner, die ihre Heimat lieben, ist das BfJ damit Beleg für "
         "Artikel 3 des Rheinischen Grundgesetzes von Konrad Beikircher: „Et hätt noch emmer joot jejange“ (bitte sehen Sie "
         "mir den Akzent nach, ich komme aus dem Saarland und lerne das Rheinische noch!).")

add(id="ho469-bmjv-2017-03-23-rede-maas-zehn-jahre-bundesamt-fuer-justiz",
    title=BF_T,
    url="https://www.bmjv.de/SharedDocs/Reden/DE/2017/03232017_BFJ.html",
    retrieved="same address (speech page ('Rede') of the Federal Ministry of Justice and Consumer Protection, 23 March 2017; "
              "the site name 'Bundesministerium der Justiz und für Verbraucherschutz' dropped (rule 2450); the strip of "
              "screen-reader labels run into the headline kept as the title as stored (rules 18, 2450); the subtitle, the "
              "line 'ES GILT DAS GESPROCHENE WORT!' and the eight lines of the salutation kept as lines of their own (as in "
              "the 465th set); the paragraph 'Manchmal könnte es selbstverständlich auch etwas schneller „gutgehen“. Ich "
              "denke an die Platznot f', cut off in the stored copy, dropped with its marked word (rule 15))",
    license=BMJ_DE,
    paras=[BF_L1, "ES GILT DAS GESPROCHENE WORT!",
           "Sehr geehrter Herr Präsident Friehe,",
           "lieber Herr Kollege Kutschaty,",
           "sehr geehrter Herr Oberbürgermeister Sridharan,",
           "sehr geehrter Parlamentarischer Staatssekretär Kelber,",
           "sehr geehrte Frau Staatssekretärin Wirtz,",
           "sehr geehrter Herr Runkel,",
           "liebe Kolleginnen und Kollegen,",
           "meine sehr verehrten Damen und Herren,",
           BF_P1, BF_P2],
    # the article of the humorous 'Rheinisches Grundgesetz' cited `von Konrad Beikircher` is the named author's (rules 38,
    # 1087, 2474); the minister who cites it and the persons addressed in the salutation are not its speakers; the aside in
    # brackets after the closing mark is the minister's unmarked text
    quotes=[("„Et hätt noch emmer joot jejange“", "Konrad Beikircher")],
    aliases={"Konrad Beikircher": ["Konrad Beikircher"]})
