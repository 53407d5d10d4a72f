# Hundred-and-ninety-seventh held-out German real-news set (tests/data/heldout197-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1460-1462). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, OTS number, the speakers' names and a
# distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and of
# the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-ninety-seventh held-out set": texts of the Austrian Federal Chancellery
# (licence BKA): OTS releases of the women's minister in the Chancellery (2010) and a news item of bundeskanzleramt.at on
# the first speech of a state secretary in the Chancellery (2016). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


HH = "Gabriele Heinisch-Hosek"
HH_ALIASES = ["Gabriele Heinisch-Hosek", "Frauenministerin Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Frauenministerin"]

# --- OTS: release of the women's minister in the Federal Chancellery, January 2010: the decree on the Vienna ruling ---

ER_P1 = ('Wien (OTS) - "Ich werte es als positives Signal an all jene Frauen, die von Gewalt betroffen sind", sagte '
         'Frauenministerin Gabriele Heinisch-Hosek in Reaktion auf den Erlass des Justizministeriums zum umstrittenen '
         'Wiener-Totschlag-Urteil. Endlich sei klargestellt, dass eine allgemein begreifliche, heftige Gemütsbewegung nicht '
         'mit kulturellen Hintergründen argumentiert werden dürfe. Jetzt gehe es darum, die Gewaltschutzarbeit weiter zu '
         'intensivieren. Denn auch im Jahr 2009 sei die Zahl jener Frauen, die sich an Opferschutzeinrichtungen gewandt '
         'haben, nochmals um vier Prozent angestiegen. "14.624 Opfer sind im vergangenen Jahr betreut worden, während es im '
         'Jahr 2008 14.059 betreute Opfer gab", sagte Heinisch-Hosek.')
ER_P2 = ('Die Ministerin begrüßte die Initiative von Bundeskanzler Werner Faymann, der einen Schwerpunkt gegen Gewalt in der '
         'Familie angekündigt habe. "Wir müssen bestehende Hilfsangebote für Opfer von Gewalt noch besser bewerben, die '
         'notwendigen finanziellen Mittel für die Einrichtungen in ausreichendem Maße zur Verfügung stellen und vor allem '
         'die RichterInnen und StaatsanwältInnen noch besser schulen und sensibilisieren. Wichtig ist es auch, das '
         'Gesundheitspersonal noch stärker in die Gewaltschutzarbeit einzubinden", so Heinisch-Hosek abschließend.')

add(id="ho197-bka-ots-2010-01-26-heinisch-hosek-erlass",
    title="Heinisch-Hosek: Erlass ist ein positives Signal an alle Gewaltopfer",
    url="https://www.ots.at/presseaussendung/OTS_20100126_OTS0211/heinisch-hosek-erlass-ist-ein-positives-signal-an-alle-"
        "gewaltopfer",
    retrieved="same address (release of 26 January 2010 on the OTS press-release service under the dateline 'Wien (OTS)'; "
              "its contact block names the press spokeswoman of the minister Gabriele Heinisch-Hosek with an address at "
              "bka.gv.at, so the release is the Federal Chancellery's (Heinisch-Hosek was the women's minister in the "
              "Chancellery); the subtitle kept as a line of its own (rule 18); the line break of the stored copy inside "
              "the first quotation ('an all jene⏎Frauen') joined with a space; the line 'Digitale Pressemappe: …', the "
              "contact block and the OTS footer dropped; complete in the stored copy)",
    license=BKA,
    paras=["Justizpersonal noch besser schulen, Hilfsangebote bewerben und Einrichtungen finanziell absichern",
           ER_P1, ER_P2],
    quotes=[(cut(ER_P1, '"Ich werte', 'betroffen sind"'), HH),
            (cut(ER_P1, '"14.624', 'Opfer gab"'), HH),
            (cut(ER_P2, '"Wir müssen', 'einzubinden"'), HH)],
    aliases={HH: HH_ALIASES + ["Die Ministerin", "Ministerin"]})

# --- OTS: release of the women's minister in the Federal Chancellery, March 2010: an award in New York ---

AW_P1 = ('Das internationale Netzwerk "Global Network of Womens Shelters" zeichnete im Rahmen der Frauenstatuskommission in '
         'New York Politikerinnen und Politiker aus, die sich im Kampf gegen Gewalt an Frauen besonders engagieren. '
         'Frauenministerin Gabriele Heinisch-Hosek hat für Österreich eine Anerkennung bekommen. Neben Österreich sind '
         'Kanada und Mexiko ausgezeichnet worden. Mit dem neuen Gewaltschutzgesetz sei Österreich ein nächster wichtiger '
         'Schritt zur Verbesserung des Opferschutzes gelungen, hieß es in der Begründung des Netzwerks.')
AW_P2 = ('"Auszeichnungen wie diese ermutigen und bestärken mich. Gerade in Zeiten der Wirtschaftskrise nimmt die Gewalt in '
         'der Familie zu und da muss es die Devise sein, den Opferschutz auszubauen und Gewaltopfer - das sind in erster '
         'Linie Frauen und Kinder - bestmöglich zu schützen. Und wir dürfen nicht zulassen, dass öffentliche Gelder für den '
         'Opferschutz aufgrund der bevorstehenden Budgetkonsolidierung gekürzt werden", sagte Frauenministerin Gabriele '
         'Heinisch-Hosek in ihren Dankesworten.')

add(id="ho197-bka-ots-2010-03-03-heinisch-hosek-auszeichnung",
    title="Heinisch-Hosek wird für ihr Engagement im Kampf gegen Gewalt an Frauen ausgezeichnet",
    url="http://www.ots.at/presseaussendung/OTS_20100303_OTS0031/heinisch-hosek-wird-fuer-ihr-engagement-im-kampf-gegen-"
        "gewalt-an-frauen-ausgezeichnet",
    retrieved="same address (release of 3 March 2010 on the OTS press-release service, older page layout without a "
              "dateline; its sender line 'Bundespressedienst' and its contact block, which names the press spokeswoman of "
              "the minister Gabriele Heinisch-Hosek with an address at bka.gv.at, make it the Federal Chancellery's; the "
              "number-and-time line 'OTS0031 3. März 2010, 09:01' dropped as furniture; the subtitle kept as a line of its "
              "own (rule 18); the line breaks of the stored copy around the name ('Gabriele⏎Heinisch-Hosek⏎hat') joined "
              "with spaces; the photo line 'Fotos von der Verleihung sind in Kürze im Fotoservice des Bundeskanzleramts "
              "… erhältlich.', the OTS notice, the sender and contact block and the subscription lines dropped; "
              "'Womens' kept as published (rule 20); complete in the stored copy)",
    license=BKA,
    paras=["In Zeiten der Wirtschaftskrise muss die Devise sein, den Opferschutz weiter auszubauen",
           AW_P1, AW_P2],
    quotes=[('"Global Network of Womens Shelters"', None),
            (cut(AW_P2, '"Auszeichnungen', 'gekürzt werden"'), HH)],
    aliases={HH: HH_ALIASES})

# --- bundeskanzleramt.at: news item of May 2016, the first speech of state secretary Muna Duzdar ---

DUZDAR = "Muna Duzdar"
DZ_HEAD = 'Muna Duzdar: "Akzente für den Aufbruch setzen"'
DZ_P1 = ('"Ich danke für den Vertrauensvorschuss von Bundeskanzler Kern, ich bringe mich gerne in sein Team des Aufbruchs '
         'ein. Ich will mit Engagement und Herz, aber auch mit Respekt an die kommenden Aufgaben herangehen", sagte '
         'Staatssekretärin Muna Duzdar bei ihrer Antrittsrede vor dem Nationalrat.')
DZ_P2 = ('"Ich habe in den letzten Tagen viele Glückwünsche bekommen, besonders habe ich mich über die Gratulationen meiner '
         'ehemaligen Lehrerinnen gefreut. Denn ihrer Unterstützung habe ich es zu verdanken, dass ich als Migrantenkind so '
         'erfolgreich sein konnte", so Duzdar weiter. "Ich wurde ja erst durch die Berichterstattung der letzten Zeit daran '
         'erinnert, dass ich Migrationshintergrund habe. Ich selbst habe mich gar nicht mehr so wahrgenommen, sondern als '
         'Wienerin, Österreicherin, Europäerin und Weltbürgerin – ohne jedoch auf meine palästinensisch-arabischen Wurzeln '
         'zu vergessen."')
DZ_P3 = ('"Die negative Stimmung gegenüber Migration in unserem Land bedrückt mich. Diese Gefühle werden von politischen '
         'Kräften befeuert, die das Trennende vor das Gemeinsame stellen. Ich will gegen die Angst arbeiten und stehe für '
         'eine Politik, die nicht die Angst nährt, sondern für eine Politik, die etwas will, etwas macht, etwas tut", '
         'betonte die neue Staatssekretärin.')
DZ_P4 = ('"Im Bundeskanzleramt wartet eine Reihe von Aufgaben auf mich: der Öffentliche Dienst, die Digitalisierung, '
         'Diversität, das Miteinander der Volksgruppen, der Religionen. Darauf bereite ich mich schon intensiv vor. Ich '
         'möchte aber auch eigene Akzente setzen, die integrativ wirken und die Menschen, ungeachtet ihrer Herkunft, '
         'Religion, Geschlecht oder sexueller Orientierung, unterstützen. Akzente, die Hoffnung machen und für Aufbruch '
         'stehen. Denn das erwartet man zu Recht von uns Politikerinnen und Politikern", sagte Muna Duzdar abschließend.')

add(id="ho197-bka-2016-05-duzdar-antrittsrede",
    title=DZ_HEAD,
    url="https://www.bundeskanzleramt.at/-/muna-duzdar-akzente-fur-den-aufbruch-setzen-",
    retrieved="same address (news item of the Federal Chancellery of May 2016 on bundeskanzleramt.at, the state "
              "secretary's first speech in the Nationalrat; the navigation word 'Inhalt' before the headline dropped as "
              "furniture; the subtitle kept as a line of its own (rule 18); the closing line 'Fotos sind auf der "
              "Fotoservice-Seite des Bundespressedienstes online …', cut off in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=["Erste Erklärung der neuen Staatssekretärin im Nationalrat", DZ_P1, DZ_P2, DZ_P3, DZ_P4],
    quotes=[('"Akzente für den Aufbruch setzen"', DUZDAR),
            (cut(DZ_P1, '"Ich danke', 'herangehen"'), DUZDAR),
            (cut(DZ_P2, '"Ich habe in', 'sein konnte"'), DUZDAR),
            (cut(DZ_P2, '"Ich wurde', 'zu vergessen."'), DUZDAR),
            (cut(DZ_P3, '"Die negative', 'etwas tut"'), DUZDAR),
            (cut(DZ_P4, '"Im Bundeskanzleramt', 'und Politikern"'), DUZDAR)],
    aliases={DUZDAR: ["Muna Duzdar", "Staatssekretärin Muna Duzdar", "Duzdar", "die neue Staatssekretärin",
                      "Staatssekretärin"]})
