# Seventy-ninth held-out German real-news set (tests/data/heldout79-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 600). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Seventy-ninth held-out set" of SOURCES.md: texts of Federal Government Commissioners (the
# Culture Commissioner's appointment release of bundesregierung.de as reposted with bundesregierung.de named as source,
# licence BREG_SITE_REPOST; two releases of the Drug Commissioner as reposted with her named as source and one news item of
# the Disability Commissioner's own site, licence BREG_COMMISSIONER_MINISTRY). Stored copies are the `search` tool's `pages`
# corpus; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BREG_SITE_REPOST, BREG_COMMISSIONER_MINISTRY  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


GRUETTERS = "Monika Grütters"
MORTLER = "Marlene Mortler"
SPAHN = "Jens Spahn"
DUSEL = "Jürgen Dusel"

# --- filmportal.de: the Culture Commissioner's appointment, December 2013 (source: bundesregierung.de) ---

GR_P3 = ("Die Kulturstaatsministerin erklärte: \"Ich bin dankbar für das Vertrauen, das mit dieser Berufung verbunden ist. "
         "Das Amt ist eine große, sehr schöne Herausforderung – gerade auch nach der Amtszeit von Bernd Neumann. Kultur ist "
         "kein dekorativer Luxus, sondern sie ist vor allem eins: Ausdruck von Humanität. Kultur ist der Modus unseres "
         "Zusammenlebens. Wir können sie nicht instrumentalisieren – Kultur ist mehr als alles andere ein Wert an sich. Ein "
         "solches Verständnis von Kultur verbietet eine kleinliche Steuerung, denn Kunst und Kultur brauchen großmögliche "
         "Freiheit, um sich entfalten zu können, was sie nicht brauchen, sind autoritative Vorgaben. Genau diesem Bewusstsein "
         "folgt auch unsere Kulturpolitik.\"")
GR_P4 = ("Monika Grütters weiter: \"Der neue Koalitionsvertrag enthält zu den wichtigsten kulturellen Themen klare Aussagen "
         "und stellt eine ausgezeichnete Arbeitsgrundlage für die Zukunft dar.\" Dazu gehören als Hauptpunkte unter anderem:")

add(id="ho79-filmportal-2013-12-gruetters-ernennung",
    title="",
    url="https://filmportal.de/print/1230971",
    retrieved="same address (print view of the filmportal.de news item of December 2013 reproducing the release of "
              "bundesregierung.de on Monika Grütters' appointment, with the closing line 'Quelle: www.bundesregierung.de'; "
              "the page has no heading, so the text has no title line (rules 18, 32); the source line dropped as a source "
              "note (rule 93); the six list items kept as lines of their own without the bullets '•', with their published "
              "commas and 'und' (rules 20, 93); the published ASCII marks kept (rule 20))",
    license=BREG_SITE_REPOST,
    paras=["Mit der heutigen Ernennung durch die Bundeskanzlerin wurde Monika Grütters die Verantwortung in der "
           "Bundesregierung für Kultur und Medien übertragen.",
           "Die Vereidigung fand am Nachmittag im Bundeskanzleramt statt. Damit setzt Monika Grütters, die bisher den "
           "Bundestagsausschuss für Kultur und Medien geleitet hat, ihre erfolgreiche kulturpolitische Arbeit künftig "
           "innerhalb der Bundesregierung fort.",
           GR_P3,
           GR_P4,
           "das intensive Zusammenwirken von Bund und Ländern bei der Kultur-Planung und -Finanzierung,",
           "die dauerhafte Stabilisierung der Künstlersozialversicherung,",
           "die Reform des Urheberrechts,",
           "die Digitalisierung unseres kulturellen Erbes,",
           "die weitere Stärkung des Filmstandortes Deutschland und",
           "die Weiterentwicklung des Nutzungskonzeptes für das Humboldtforum."],
    quotes=[(cut(GR_P3, "\"Ich bin dankbar", "Kulturpolitik.\""), GRUETTERS),
            (cut(GR_P4, "\"Der neue", "Zukunft dar.\""), GRUETTERS)],
    aliases={GRUETTERS: ["Monika Grütters", "Kulturstaatsministerin"]})

# --- konturen.de: the Drug Commissioner reappointed, April 2018 (source: her press office) ---

MO_P2 = ("Bundesgesundheitsminister Jens Spahn: „Mit Marlene Mortler als Drogenbeauftragte setzen wir auf Kompetenz und "
         "Erfahrung. Sie hat bereits in den vergangenen vier Jahren wichtige Impulse für die Drogen- und Suchtpolitik in "
         "Deutschland gegeben und ist insbesondere mit viel Engagement zum Schutz junger Menschen bei der Sache. Ich freue "
         "mich auf die gemeinsame Zusammenarbeit.“")
MO_P3 = ("„Ich freue mich sehr, diese verantwortungsvolle und herausfordernde Tätigkeit auch weiterhin wahrnehmen zu "
         "dürfen“, so die Drogenbeauftragte Marlene Mortler. „Gemeinsam mit dem neuen Gesundheitsminister Jens Spahn werde "
         "ich mich auch in Zukunft für die Gesundheit der Menschen stark machen. Drogenabhängigkeit ist eine Krankheit, über "
         "die wir reden müssen – bestenfalls mit den suchtkranken Menschen und nicht nur über sie! Dabei müssen wir uns auch "
         "um die betroffenen Kinder aus suchtbelasteten Familien und die Stärkung der kommunalen Suchthilfe kümmern.“")

add(id="ho79-konturen-2018-04-mortler-wiederberufen",
    title="Marlene Mortler",
    url="https://www.konturen.de/kurzmeldungen/drogen-und-suchtpolitik/",
    retrieved="same address (stored short-news page of konturen.de reproducing the release of 11 April 2018 with the closing "
              "line 'Pressestelle der Drogenbeauftragten der Bundesregierung, 11.04.2018'; the page's rubric line "
              "'Drogen- und Suchtpolitik' dropped and the item heading 'Marlene Mortler' kept as the first line (rules 18, "
              "150); the source line dropped as a source note (rule 93))",
    license=BREG_COMMISSIONER_MINISTRY,
    paras=["Das Bundeskabinett hat am 11. April dem Vorschlag des Bundesministers für Gesundheit Jens Spahn zugestimmt, die "
           "CSU-Bundestagsabgeordnete Marlene Mortler für eine weitere Legislaturperiode zur Drogenbeauftragten der "
           "Bundesregierung zu berufen. Mortler wird somit auch in der 19. Legislaturperiode als Beauftragte der "
           "Bundesregierung die Drogen- und Suchtpolitik der Bundesregierung koordinieren und in der Öffentlichkeit "
           "vertreten.",
           MO_P2,
           MO_P3],
    quotes=[(cut(MO_P2, "„Mit Marlene", "Zusammenarbeit.“"), SPAHN),
            ("„Ich freue mich sehr, diese verantwortungsvolle und herausfordernde Tätigkeit auch weiterhin wahrnehmen zu "
             "dürfen“", MORTLER),
            (cut(MO_P3, "„Gemeinsam mit", "Suchthilfe kümmern.“"), MORTLER)],
    aliases={SPAHN: ["Jens Spahn", "Bundesgesundheitsminister Jens Spahn", "Bundesministers für Gesundheit Jens Spahn"],
             MORTLER: ["Marlene Mortler", "Mortler", "Drogenbeauftragte Marlene Mortler"]})

# --- forum-substitutionspraxis.de: the Drug Commissioner presents the report of 2017 (source: her office) ---

SB_TITLE = ("Drogen- und Suchtbericht der Bundesregierung 2017: \"Suchtpolitik darf nicht bei den Suchtkranken selbst enden. "
            "Wir müssen uns viel mehr als bisher um die Kinder suchtkranker Menschen kümmern\" (M.Mortler)")
SB_P2 = ("Die Drogenbeauftragte Marlene Mortler: „Der Drogen-und Suchtbericht 2017 macht deutlich, wie viel in dieser "
         "Legislaturperiode in der Drogen- und Suchtpolitik erreicht werden konnte. Ich denke dabei an das „Cannabis als "
         "Medizin-Gesetz“, das Verbot neuer psychoaktiver Stoffe, die Schockbilder auf Zigarettenverpackungen und die "
         "Novellierung des Substitutionsrechts. Ich kenne in Europa auch kein anderes Land, das so entschlossen auf die "
         "Herausforderung Crystal Meth reagiert hat wie Deutschland.“ (Bundesdrogenbeauftragte, 18.08.2017)")

add(id="ho79-forum-substitutionspraxis-2017-08-mortler-suchtbericht",
    title=SB_TITLE,
    url="https://www.forum-substitutionspraxis.de/newpolitik/national/drogen-und-suchtbericht-der-bundesregierung-2017-"
        "suchtpolitik-darf-nicht-bei-den-suchtkranken-selbst-enden-wir-muessen-uns-viel-mehr-als-bisher-um-die-kinder-"
        "suchtkranker-menschen-kuemmern-m-mortler",
    retrieved="same address (stored news item reproducing the release of the Drug Commissioner of 18 August 2017, complete; "
              "the source note '(Bundesdrogenbeauftragte, 18.08.2017)' kept at the end of the paragraph it closes, as "
              "published; the published 'Drogen-und', the nested marks around the law's name and the headline's ASCII "
              "marks without a full stop kept (rules 20, 21))",
    license=BREG_COMMISSIONER_MINISTRY,
    paras=["Berlin. Die Drogenbeauftragte der Bundesregierung, Marlene Mortler, stellt heute im Haus der "
           "Bundespressekonferenz den Drogen- und Suchtbericht 2017 vor. Der jährlich erscheinende Bericht gibt eine "
           "umfassende Übersicht über die Aktivitäten der Bundesregierung im Drogen- und Suchtbereich.",
           SB_P2],
    quotes=[(cut(SB_TITLE, "\"Suchtpolitik", "kümmern\""), MORTLER),
            (cut(SB_P2, "„Der Drogen-und", "wie Deutschland.“"), MORTLER)],
    aliases={MORTLER: ["Marlene Mortler", "M.Mortler", "Drogenbeauftragte Marlene Mortler"]})

# --- behindertenbeauftragter.de: the Disability Commissioner stays in office, January 2022 ---

DU_P3 = ("„Ich freue mich sehr über das Vertrauen, das mir Hubertus Heil und das Bundeskabinett erneut entgegenbringen. Und "
         "ich freue mich sehr auf die weitere Arbeit, denn es gibt noch viel zu tun. Richtschnur muss auch weiterhin die "
         "Umsetzung der UN-Behindertenrechtskonvention in Deutschland sein. Der Koalitionsvertrag ist in dieser Hinsicht "
         "ermutigend. Wichtig ist für mich in dieser Legislaturperiode vor allem die gleichberechtigte Teilhabe am "
         "Arbeitsleben, die Stärkung von Familien mit schwerstbehinderten Kindern und der Abbau von Barrieren vor allem in "
         "den Bereichen Wohnen, Mobilität und Gesundheit. Die Verpflichtung privater Anbieter zu Barrierefreiheit ist ein "
         "Ziel, das wir weiter voranbringen müssen. Denn Barrierefreiheit ist keine Gängelei, sondern ein Qualitätsmerkmal "
         "für ein modernes Land.“")

add(id="ho79-behindertenbeauftragter-2022-01-dusel-benennung",
    title="Jürgen Dusel bleibt Beauftragter der Bundesregierung für die Belange von Menschen mit Behinderungen",
    url="https://behindertenbeauftragter.de/SharedDocs/DerBeauftragteAktuell/DE/AS/2022/20220112_Benennung_Dusel.html",
    retrieved="same address (stored news page of 12 January 2022; the words 'erschienen am' run on to the headline in the "
              "stored copy dropped as a date label without its date (rule 93); the image text 'Collage: Links Jürgen Dusel "
              "… Rolf Schmachtenberg.' and the caption 'Erneute Benennung von Jürgen Dusel … am 12. Januar 2022. Quelle: "
              "BMAS' dropped (rule 93); the link lines 'Mehr in der Pressemitteilung hinter diesem Link.' and 'Hier das "
              "Video zur Pressekonferenz am 12.01.2022.' and the cookie notice dropped as furniture (rule 93))",
    license=BREG_COMMISSIONER_MINISTRY,
    paras=["Das Bundeskabinett hat beschlossen, dass Jürgen Dusel der Beauftragte der Bundesregierung für die Belange von "
           "Menschen mit Behinderungen bleibt.",
           "Jürgen Dusel dazu:",
           DU_P3],
    quotes=[(DU_P3, DUSEL)],
    aliases={DUSEL: ["Jürgen Dusel"]})
