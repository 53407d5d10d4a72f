# Hundred-and-seventy-eighth held-out German real-news set (tests/data/heldout178-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1340-1341). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, OTS number, repost address, the
# speakers' names and a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file
# of tests/data and of the other held-out worktrees). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-seventy-eighth held-out set": texts of the Austrian Federal Chancellery
# (licence BKA) on the Chancellor's meetings with foreign guests and with the chair of the conference of the Länder
# governors: one OTS release of the Chancellery (2015), one news item of bundeskanzleramt.gv.at (2023) and one Chancellery
# release as distributed by Public on pubt.io (2025). Stored copies are excerpts cut after about 2,000 characters; only
# complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BKA_PUBLIC = (BKA + "; a release of the Austrian Federal Chancellery as distributed unchanged by Public (pubt.io); the "
              "stored copy's header shows no sender line, the sender is taken from the text (the Chancellor receiving his "
              "guest 'im Bundeskanzleramt', the photo credit 'Foto: BKA/Florian Schrötter')")

# --- OTS: release of the Federal Chancellery, January 2015: the Chancellor and the new chair of the governors' conference ---

FAYMANN = "Werner Faymann"
FP_SUB = '"Wir wollen gute Zusammenarbeit zwischen Bund und Ländern fortsetzen"'
FP_P1 = ('Wien (OTS) - Bundeskanzler Werner Faymann hat heute den Landeshauptmann von Niederösterreich und neuen '
         'Vorsitzenden der Landeshauptleutekonferenz Erwin Pröll im Bundeskanzleramt zu einem Arbeitsgespräch empfangen. '
         '"Wir danken Peter Kaiser für seine gute, konstruktive und engagierte Arbeit im letzten halben Jahr als '
         'Vorsitzender der Landeshauptleute", so Faymann und Pröll.')
FP_P2 = ('Auch im kommenden halben Jahr gehe es darum, gemeinsam in guter Zusammenarbeit die Herausforderungen anzugehen '
         'und gemeinsame Lösungen zu finden. "Wir haben bisher eine sehr gute, lösungsorientierte Gesprächs- und '
         'Arbeitsbasis und wir gehen davon aus, dass wir diese auch im nächsten halben Jahr haben werden", so der '
         'Bundeskanzler und der Landeshauptmann.')

add(id="ho178-bka-ots-2015-01-09-faymann-proell-landeshauptleutekonferenz",
    title="Neuer Vorsitzender der Landeshauptleutekonferenz Erwin Pröll bei Bundeskanzler Werner Faymann",
    url="http://www.ots.at/presseaussendung/OTS_20150109_OTS0047/neuer-vorsitzender-der-landeshauptleutekonferenz-erwin-"
        "proell-bei-bundeskanzler-werner-faymann",
    retrieved="same address (release of 9 January 2015 on the OTS press-release service under the dateline 'Wien (OTS)'; "
              "its contact block names 'Mag. Jürgen Schwarz, Pressesprecher des Bundeskanzlers' with an address at "
              "bka.gv.at, so the release is the Federal Chancellery's; the subtitle kept as a line of its own (rule 18); the "
              "photo-service line 'Bilder von diesem Termin sind über das Fotoservice des Bundespressedienstes … "
              "kostenfrei abrufbar.', the contact block and the OTS footer dropped; complete in the stored copy)",
    license=BKA,
    paras=[FP_SUB, FP_P1, FP_P2],
    quotes=[(FP_SUB, FAYMANN),
            (cut(FP_P1, '"Wir danken', 'der Landeshauptleute"'), FAYMANN),
            (cut(FP_P2, '"Wir haben bisher', 'haben werden"'), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "der Bundeskanzler",
                       "Erwin Pröll", "Pröll", "der Landeshauptmann", "Faymann und Pröll",
                       "der Bundeskanzler und der Landeshauptmann"]})

# --- Federal Chancellery, bundeskanzleramt.gv.at, February 2023: the Chancellor with the Belgian and Spanish heads of
# government ---

NEHAMMER = "Karl Nehammer"
NB_P1 = ('Bundeskanzler Karl Nehammer begrüßte anlässlich des Wiener Opernballs den belgischen Premierminister Alexander '
         'De Croo als Gast in Wien. Vor dem Ball trafen sich die beiden Regierungschefs zu einem Arbeitsgespräch im '
         'Bundeskanzleramt und tauschten sich über aktuelle politische und bilaterale Themen aus. Im Fokus des Gesprächs '
         'standen dabei die für Österreichs EU-Politik zentralen Themen wie der Kampf gegen illegale Migration, Maßnahmen '
         'zur Steigerung der Wettbewerbsfähigkeit Europas sowie die EU-Annäherung des Westbalkans.')
NB_P2 = ('"Der traditionelle Opernball ist nicht nur ein Aushängeschild Österreichs großartiger Kultur – er ist auch eine '
         'gute Gelegenheit, internationale Beziehungen zu stärken und Gespräche mit hochrangigen internationalen Gästen zu '
         'führen. Ich habe den belgischen Premierminister als Gast eingeladen, weil wir als Verbündete auf europäischer '
         'Ebene eng zusammenarbeiten und gerade im Kampf gegen illegale Migration unsere Zusammenarbeit vertiefen '
         'wollen", so der österreichische Regierungschef.')
NB_SUB = 'Offizieller Besuch des spanischen Ministerpräsidenten Pedro Sánchez'
NB_P3 = ('Bereits am Nachmittag traf Bundeskanzler Nehammer den spanischen Ministerpräsidenten Pedro Sánchez, der '
         'Österreich anlässlich der Übernahme des EU-Ratsvorsitzes durch Spanien einen offiziellen Besuch abstattete, zu '
         'einem Arbeitsgespräch. "Spanien übernimmt den Ratsvorsitz in einer Zeit, die mehr als schwierig und '
         'herausfordernd ist. Wir haben Krieg in Europa. Wir haben alle die gleichen Probleme, wenn es um die Inflation '
         'und die Energiekrise geht. Und wir haben das große Thema irreguläre Migration", beschrieb Bundeskanzler Karl '
         'Nehammer die gemeinsamen Herausforderungen.')

add(id="ho178-bka-2023-02-nehammer-de-croo-sanchez",
    title="Bundeskanzler Nehammer traf Regierungschefs von Belgien und Spanien zu Arbeitsgesprächen in Wien",
    url="https://www.bundeskanzleramt.gv.at/bundeskanzleramt/nachrichten-der-bundesregierung/2023/02/bundeskanzler-"
        "nehammer-traf-regierungschefs-von-belgien-und-spanien-zu-arbeitsgespraechen-in-wien-.html",
    retrieved="same address (news item of the Federal Chancellery of February 2023; the trailing blank of the headline "
              "dropped; the picture captions 'Bundeskanzler Nehammer beim Wiener Opernball 2023' and 'Ministerpräsident "
              "Sánchez bei Bundeskanzler Nehammer' dropped; the subheading 'Offizieller Besuch des spanischen "
              "Ministerpräsidenten Pedro Sánchez' kept as a line of its own; the subheading '\"Spanien wichtiger Partner "
              "bei der Bekämpfung der irregulären Migration\"' and the paragraph under it ('Als Außengrenzl…'), cut off "
              "in the stored copy, dropped (rule 15))",
    license=BKA,
    paras=[NB_P1, NB_P2, NB_SUB, NB_P3],
    quotes=[(cut(NB_P2, '"Der traditionelle', 'vertiefen wollen"'), NEHAMMER),
            (cut(NB_P3, '"Spanien übernimmt', 'irreguläre Migration"'), NEHAMMER)],
    aliases={NEHAMMER: ["Karl Nehammer", "Bundeskanzler Karl Nehammer", "Bundeskanzler Nehammer", "Nehammer",
                        "der österreichische Regierungschef"]})

# --- Federal Chancellery release as distributed by Public, October 2025: state visit of the German Federal President ---

STOCKER = "Christian Stocker"
ST_P1 = ('Bundeskanzler Christian Stocker hat im Rahmen eines Staatsbesuches den deutschen Bundespräsidenten '
         'Frank-Walter Steinmeier zu einem Gespräch im Bundeskanzleramt in Wien empfangen.')
ST_P2 = ('Im Zuge des Austauschs betonte Stocker: "Deutschland und Österreich verbindet viel mehr als eine gemeinsame '
         'Grenze. Deutschland ist einer der engsten Freunde Österreichs und unser wichtigster Handelspartner. Vor allem '
         'aber sind wir Verbündete in vielen Fragen, die die Menschen in unseren Ländern bewegen. Ich freue mich daher '
         'besonders, Bundespräsident Frank-Walter Steinmeier im Bundeskanzleramt willkommen zu heißen."')
ST_P3 = ('Inhaltlich stand die Wettbewerbsfähigkeit der EU, der gemeinsame Kampf gegen die illegale Migration, die '
         'Sicherheit und Verteidigung Europas sowie Fragen zum Transitverkehr im Mittelpunkt des Gesprächs: "Die Themen '
         'des Besuchs verdeutlichen die enge Bande und das Vertrauen zwischen Deutschland und Österreich. Uns eint der '
         'Wille, gemeinsam Verantwortung für ein starkes und geeintes Europa zu übernehmen", so der Bundeskanzler, der '
         'bekräftigte, dass sich Europa wieder "viel mehr als bisher" auf eine "starke Gemeinschaft" besinnen müsse, denn '
         'aus dem Westen sei man durch eine aggressive Handelspolitik herausgefordert und aus dem Osten durch '
         'Kriegsgebärden und Waffen bedroht. "Um für unsere Freiheit einzustehen, brauchen wir Verbündete wie '
         'Deutschland. Wenn Demokratien nicht mehr von Demokratinnen und Demokraten verteidigt werden, gehen sie unter. '
         'Es ist an der Zeit, dass Europa die Dinge ein Stück weit wieder selbst in die Hand nimmt."')

add(id="ho178-bka-public-2025-10-21-stocker-steinmeier-staatsbesuch",
    title="Staatsbesuch des deutschen Bundespräsidenten Steinmeier in Österreich",
    url="https://pubt.io/view/E64710EF8A165EC3660D346EC9992E28F8D3211E",
    retrieved="same address (release of 21 October 2025 as distributed by Public; Public's header line '10/21/2025 | "
              "Press release | Distributed by Public on 10/21/2025 07:48' dropped as distribution furniture (rules 31, "
              "100); the photo credit 'Foto: BKA/Florian Schrötter', run together with the first word of the next "
              "paragraph in the stored copy, dropped as a caption; the paragraph 'Stocker betonte darüber hinaus auch die "
              "wirtschaftlichen Verbindungen …', cut off in the stored copy, dropped (rule 15))",
    license=BKA_PUBLIC,
    paras=[ST_P1, ST_P2, ST_P3],
    quotes=[(cut(ST_P2, '"Deutschland und', 'willkommen zu heißen."'), STOCKER),
            (cut(ST_P3, '"Die Themen', 'zu übernehmen"'), STOCKER),
            ('"viel mehr als bisher"', STOCKER),
            ('"starke Gemeinschaft"', STOCKER),
            (cut(ST_P3, '"Um für unsere', 'in die Hand nimmt."'), STOCKER)],
    aliases={STOCKER: ["Christian Stocker", "Bundeskanzler Christian Stocker", "Stocker", "der Bundeskanzler"]})
