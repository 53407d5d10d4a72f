# Sixty-ninth held-out German real-news set (tests/data/heldout69-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 500). None of these
# pages is in any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named
# in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text
# against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: see the section "Sixty-ninth held-out set" of SOURCES.md (to be added by the main session): releases of the
# Austrian Parliament's Parlamentskorrespondenz (licence PK) on parlament.gv.at, on OTS, as reposted by the Österreich
# Journal (oe-journal.at) and by another site that reproduces OTS releases, and one news item of parlament.gv.at. Stored copies are excerpts cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# (The Österreich Journal's copy of the Parlamentskorrespondenz release of 18.11.2015 on Doris Bures opening the
# Lehrlingsforum was annotated here too, by a helper working at the same time as the one who wrote heldout64-de; it is kept
# in heldout64-de only.)

# --- repost of a Parlamentskorrespondenz OTS release of June 2025 ---

EDER = "Andrea Eder-Gitschthaler"
EG_P1 = ("Wien (PK) – Am 1. Juli wird die Steiermark den Vorsitz in der Länderkammer übernehmen. Die scheidende Präsidentin "
         "Andrea Eder-Gitschthaler zog daher aus diesem Anlass zu Beginn der heutigen Bundesratssitzung Bilanz über das "
         "vergangene Halbjahr, das unter dem Motto „Miteinander wachsen – Brücken der Generationen bauen“ stand.")
EG_P3 = ("Da die demografische Entwicklung zweifellos eine der größten aktuellen Herausforderungen darstelle, sei ihr der "
         "Dialog zwischen den Generationen ein zentrales Anliegen gewesen, betonte Eder-Gitschthaler. Dies sei unter "
         "anderem in der Abhaltung der Enquete „Miteinander wachsen – Brücken der Generationen bauen“ zum Ausdruck gekommen, "
         "bei der wichtige Themen gemeinsam mit Expert:innen erörtert wurden.")
EG_P4 = ("Als einen weiteren Meilenstein bezeichnete sie das Expertenforum zur „Zukunft der Pensionen“. Dort wurde deutlich, "
         "dass es „mutige, kluge und nachhaltige Entscheidungen“ brauche, und zwar „nicht irgendwann, sondern jetzt.“ All "
         "dies zeige, dass der Bundesrat mehr sei als eine zweite Kammer, „er ist unsere Zukunftskammer“, zeigte sich "
         "Eder-Gitschthaler überzeugt. Die Mitglieder des Bundesrates würden zu den am besten vernetzten und informierten "
         "Politiker:innen des Landes zählen. Sie bringen das Wissen aus den Regionen, die Stimmen aus den Ländern sowie die "
         "Anliegen der Bürgerinnen und Bürger direkt in die politische Debatte ein. Daraus leitete Eder-Gitschthaler den "
         "klaren Appell ab: „Schenken wir dem Bundesrat mehr Gehör! Nicht nur in den Institutionen, sondern auch in der "
         "öffentlichen Wahrnehmung und in den Medien.“")

add(id="ho69-pk-2025-06-eder-gitschthaler-bilanz",
    title="Eder-Gitschthaler betont die zentrale Rolle des Bundesrats in der aktiven Zukunftsgestaltung",
    url="https://www.schoenheitsmagazin.at/aussendung/eder-gitschthaler-betont-die-zentrale-rolle-des-bundesrats-in-der-"
        "aktiven-zukunftsgestaltung/",
    retrieved="same address (a site's repost of the Parlamentskorrespondenz release of June 2025 on the Bundesrat "
              "president's farewell speech, dateline 'Wien (PK)'; hard line breaks inside paragraphs joined with a space, "
              "the breaks after the hyphen of 'Eder-' / 'Gitschthaler' without one (rule 48); the subheading „Schenken wir "
              "dem Bundesrat mehr Gehör!“ kept as a line of its own (rule 18); the subheading 'Zukunftsfragen brauchen "
              "Sichtbarkeit' and the paragraph after it, 'Die Länderkammer habe sich nämlich viele wichtige Expertisen "
              "erarbeitet, … den ländlichen Regione', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=[EG_P1,
           "„Schenken wir dem Bundesrat mehr Gehör!“",
           EG_P3,
           EG_P4],
    quotes=[("„Miteinander wachsen – Brücken der Generationen bauen“", None, 0),
            ("„Schenken wir dem Bundesrat mehr Gehör!“", EDER),
            ("„Miteinander wachsen – Brücken der Generationen bauen“", None, 1),
            ("„Zukunft der Pensionen“", None),
            ("„mutige, kluge und nachhaltige Entscheidungen“", EDER),
            ("„nicht irgendwann, sondern jetzt.“", EDER),
            ("„er ist unsere Zukunftskammer“", EDER),
            (cut(EG_P4, "„Schenken wir", "Medien.“"), EDER)],
    aliases={EDER: ["Andrea Eder-Gitschthaler", "Eder-Gitschthaler", "Die scheidende Präsidentin Andrea Eder-Gitschthaler"]})

# --- OTS: a Parlamentskorrespondenz release of November 2018 on a Bundesrat event ---

POSCH = "Inge Posch-Gruska"
PAVITSITS = "Caroline Pavitsits"
PJ_P5 = ("Den Darbietungen der jugendlichen KünstlerInnen folgend, zeigte sich Posch-Gruska begeistert vom Engagement der "
         "TeilnehmerInnen: \"Das Parlament soll wissen, was ihr wollt. Österreich muss durch eure Ideen, Wünsche und "
         "Bedürfnisse mitgestaltet werden. Bei der heutigen Veranstaltung habt ihr die Möglichkeit zu sagen, was gesagt "
         "werden muss. Ihr habt eine Stimme - nutzt sie, und fordert eure Rechte ein!\"")
PJ_P6 = ("\"Als Bundesjugendvertretung setzen wir uns besonders stark für die Rechte und Anliegen von Kindern und "
         "Jugendlichen ein. Besonders in Österreich gibt es starken Handlungsbedarf bei der Umsetzung der Kinderrechte. Umso "
         "wichtiger ist es für uns, jungen Menschen selbst eine Bühne zu geben. Junge Menschen können für sich selbst "
         "sprechen und müssen gehört werden!\", betonte die BJV-Vorsitzende Caroline Pavitsits.")
PJ_P3 = ("\"Mein absolutes Herzensanliegen ist, die Rechte von Kindern und Jugendlichen in Österreich zu stärken. Und zwar in "
         "jeder einzelnen Gemeinde - egal ob hier in Wien oder in meiner Gemeinde Hirm\", so BR-Präsidentin Inge "
         "Posch-Gruska in ihrer Eröffnungsrede.")
PJ_P4 = ("\"Als junge Menschen habt ihr oft nicht die Möglichkeit zu bestimmen, ob ein Jugendzentrum ums Eck errichtet wird "
         "oder in welche Schule ihr gehen müsst. In unserer Bundesverfassung ist zum Beispiel festgeschrieben, dass ihr das "
         "Recht auf Berücksichtigung eurer Meinung habt. Das gilt insbesondere für Angelegenheiten, die euch betreffen. "
         "Entscheidungen dürfen nicht über euren Kopf hinweg getroffen werden. Genau darum geht es in einer Demokratie.\"")

add(id="ho69-ots-2018-11-30-posch-gruska-poetry-jam",
    title="BR-Präsidentin Posch-Gruska lud zum Poetry-Jam der Jugendlichen ein",
    url="https://www.ots.at/presseaussendung/OTS_20181130_OTS0141/br-praesidentin-posch-gruska-lud-zum-poetry-jam-der-"
        "jugendlichen-ein",
    retrieved="same address (stored OTS release of 30 November 2018, signed '(Schluss) mar' as the Parlamentskorrespondenz "
              "signs its releases; the stored copy has no dateline; the date line ' date 2018-11' dropped (rule 93); the "
              "subtitle 'Posch-Gruska: Ihr habt eine Stimme – nutzt sie!', without quotation marks, kept as a line of its own "
              "(rule 18); the end mark '(Schluss) mar' dropped (rule 93))",
    license=PK,
    paras=["Posch-Gruska: Ihr habt eine Stimme – nutzt sie!",
           "Bundesratspräsidentin Inge Posch-Gruska und die Bundesjugendvertretung (BJV) luden zum Poetry-Jam \"Kinder haben "
           "Rechte\" in den \"Dschungel Wien\" (Theaterhaus für junges Publikum) ein.",
           PJ_P3,
           PJ_P4,
           PJ_P5,
           PJ_P6],
    quotes=[("\"Kinder haben Rechte\"", None),
            ("\"Dschungel Wien\"", None),
            (cut(PJ_P3, "\"Mein absolutes", "Gemeinde Hirm\""), POSCH),
            (PJ_P4, POSCH),
            (cut(PJ_P5, "\"Das Parlament", "Rechte ein!\""), POSCH),
            (cut(PJ_P6, "\"Als Bundesjugendvertretung", "gehört werden!\""), PAVITSITS)],
    aliases={POSCH: ["Inge Posch-Gruska", "Bundesratspräsidentin Inge Posch-Gruska", "Posch-Gruska",
                     "BR-Präsidentin Inge Posch-Gruska", "BR-Präsidentin Posch-Gruska"],
             PAVITSITS: ["Caroline Pavitsits", "die BJV-Vorsitzende Caroline Pavitsits"]})

# --- parlament.gv.at: news item of July 2018 ---

add(id="ho69-parl-2018-07-posch-gruska-kinderrechte",
    title="Bundesratspräsidentin Posch-Gruska will Fokus auf Kinderrechte richten",
    url="https://www.parlament.gv.at/aktuelles/news/archiv/j2018/154posch-gruska",
    retrieved="same address (stored archived news item of parlament.gv.at of July 2018; the lines 'NEWS - ARCHIV' and "
              "'Dieser Artikel wurde archiviert.' dropped as furniture (rule 93); the closing line 'Weitere Informationen "
              "finden Sie in den Meldungen der Parlamentskorrespondenz bzw. auf der Website des Parlaments:', whose links "
              "are not in the stored copy, dropped (rule 93); the published slip 'Die neue Bundesratspräsident' kept (rule "
              "20))",
    license=PK,
    paras=["Die neue Bundesratspräsident Inge Posch-Gruska will während ihres Vorsitzes in der Länderkammer einen besonderen "
           "Fokus auf Kinderrechte richten. \"Mitbestimmung in Österreich – das kann doch jedes Kind!\" lautet das von ihr "
           "gewählte Motto, das in den kommenden sechs Monaten mit Leben erfüllt werden soll. Geplant ist unter anderem ein "
           "Österreich-Atlas mit Best-Practice-Beispielen für Kindermitbestimmung auf kommunaler Ebene. Zudem sollen Ideen "
           "zur Weiterentwicklung der Kinder- und Jugendwohlfahrt gesammelt werden. \"Kinder müssen mitbestimmen können, "
           "wenn sie Demokratie lernen sollen\", ist Posch-Gruska überzeugt. Ein Anliegen ist es ihr außerdem, die Arbeit "
           "des Bundesrats näher an die Bevölkerung zu bringen.",
           "Die neue Bundesratspräsidentin hat mit 1. Juli das Amt von Reinhard Todt übernommen. Auch in der "
           "Landeshauptleutekonferenz wurde die Staffel von Wien an das Burgenland übergeben. Über die Arbeitsschwerpunkte "
           "des Bundesrats im ersten Halbjahr 2018 sowie im zweiten Halbjahr 2017 informiert ein aktueller Tätigkeitsbericht "
           "der Länderkammer."],
    quotes=[("\"Mitbestimmung in Österreich – das kann doch jedes Kind!\"", None),
            ("\"Kinder müssen mitbestimmen können, wenn sie Demokratie lernen sollen\"", POSCH)],
    aliases={POSCH: ["Inge Posch-Gruska", "Bundesratspräsidentin Posch-Gruska", "Posch-Gruska",
                     "Die neue Bundesratspräsidentin"]})

# --- parlament.gv.at: Parlamentskorrespondenz release of January 2012 ---

HAMMERL = "Gregor Hammerl"

add(id="ho69-pk-2012-01-11-hammerl-fahne-steiermark",
    title="Der steirische Panther weht über dem Parlament",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2012/PK0012/index.shtml",
    retrieved="same address (stored Parlamentskorrespondenz Nr. 12 of 11.01.2012; the header line 'Parlamentskorrespondenz "
              "Nr. 12 vom 11.01.2012' dropped (rule 93); the subtitle kept as a line of its own (rule 18); the end mark "
              "'(Schluss)', the note 'HINWEIS: Fotos von dieser Veranstaltung finden Sie … im Fotoalbum.' and the trailing "
              "'Format' dropped (rule 93); the dateline '(PK) –' without place kept as stored (rule 20))",
    license=PK,
    paras=["Hissung der Fahne der Steiermark symbolisiert Vorsitz im Bundesrat",
           "(PK) – Die Hissung der Fahne der Steiermark auf dem Parlament an der Wiener Ringstraße macht die Übernahme des "
           "Vorsitzes im Bundesrat durch das Bundesland Steiermark im ersten Halbjahr 2012 augenfällig. Die weiß-grüne Fahne "
           "mit dem steirischen Panther wurde heute von Bundesratspräsident Gregor Hammerl auf dem Dach des "
           "Parlamentsgebäudes aufgezogen. An der feierlichen Zeremonien nahmen außerdem die vorhergehende "
           "Bundesratspräsidentin und nunmehrige Vizepräsidentin des Bundesrates Susanne Neuwirth und Bundesrat Friedrich "
           "Reisinger (V/St) teil.",
           "Der Bundesratspräsident hielt fest, dass es ihn mit Stolz erfülle, die Fahne seiner steirischen Heimat in Wien zu "
           "hissen. Der Anblick der steirischen Fahne werde in den nächsten sechs Monaten alle Abgeordneten beim Betreten des "
           "Hohen Hauses an die gute Zusammenarbeit und die Reformbereitschaft in der Steiermark erinnern. \"Gemeinsam können "
           "wir viel erreichen\", betonte Hammerl. BR-Vizepräsidentin Susanne Neuwirth merkte an, die Salzburger "
           "Präsidentschaft habe viele interessante und spannende Erfahrungen mit sich gebracht, deren Fortsetzung sie sich "
           "unter der Präsidentschaft der Steiermark erhoffe. Sie freue sich daher auf die bevorstehende Zusammenarbeit, "
           "sagte Neuwirth."],
    quotes=[("\"Gemeinsam können wir viel erreichen\"", HAMMERL)],
    aliases={HAMMERL: ["Gregor Hammerl", "Bundesratspräsident Gregor Hammerl", "Hammerl", "Der Bundesratspräsident"]})

# --- Österreich Journal: repost of a Parlamentskorrespondenz release of January 2010 ---

add(id="ho69-oej-2010-01-fahnenhissung-kaernten",
    title="Feierliche Fahnenhissung mit BR-Präsident Mitterer und LH Dörfler",
    url="http://oe-journal.at/Aktuelles/!2010/0110/W2/31401bundesratPk.htm",
    retrieved="same address (the Österreich Journal's repost of the Parlamentskorrespondenz release of 13.01.2010, dateline "
              "'Wien (pk)'; the stored copy begins with the line 'Feierliche Fahnenhissung mit BR-Präsident Mitterer und LH "
              "Dörfler', kept as the title (rule 504); hard line breaks inside paragraphs joined with a space (rule 48); the "
              "subheading 'Peter Mitterer: Bundesrat reformieren, nicht abschaffen!' kept as a line of its own (rule 18); "
              "the last paragraph 'Mitterer bezeich', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Wien (pk) - Der Fahnenschmuck auf dem Parlament an der Wiener Ringstraße zeigt derzeit neben den rot-weiß-roten "
           "Farben Österreichs und den goldenen Sternen der Europäischen Union auch die gelb-rot-weiße Kärntner Landesflagge "
           "mit den \"drei schwarzen, rotbezungten und gewaffneten Löwen\" im Wappenschild. Der Grund für die "
           "Fahnenpräsenz des südlichsten Bundeslandes auf dem Parlamentsgebäude ist der turnusmäßige Vorsitz Kärntens im "
           "Bundesrat seit Anfang dieses Jahres.",
           "Der neue Bundesratspräsident Peter Mitterer - er folgte auf den Burgenländer Erwin Preiner - hisste die Kärntner "
           "Landesfahne am 13.01. gemeinsam mit dem Landeshauptmann von Kärnten Gerhard Dörfler und sorgte damit für ein "
           "augenfälliges Symbol des Kärntner Bundesratsvorsitzes im ersten Halbjahr 2010.",
           "Seit 2006 ist es nun schon parlamentarische Tradition, neben den Flaggen der Europäischen Union und Österreichs "
           "auch die Flagge jenes Bundeslandes auf dem Dach des Parlaments wehen zu lassen, das aktuell den Vorsitz im "
           "Bundesrat innehat.",
           "Für eine besondere Kärntner Note der Flaggenhissung sorgte heute die Militärmusik Kärnten, die gemeinsam mit den "
           "\"Stimmen aus Kärnten\" und der \"Gegendtaler Klarinettenmusik\" ein Festkonzert gab. Im Anschluss daran lud "
           "Bundesratspräsident Peter Mitterer zu einem Empfang in das Hohe Haus.",
           "Peter Mitterer: Bundesrat reformieren, nicht abschaffen!",
           "Unter den zahlreichen Gästen der Veranstaltung begrüßte Bundesratspräsident Peter Mitterer die Vizepräsidentin "
           "des Bundesrates Susanne Neuwirth, FPÖ-Klubobmann Heinz-Christian Strache, BZÖ-Klubobmann Josef Bucher, die "
           "Fraktionsführer im Bundesrat Gottfried Kneifel (V), Monika Mühlwerth (F) und Stefan Schennach (G) sowie viel "
           "Prominenz aus Kärnten mit Landeshauptmann Gerhard Dörfler, Landtagspräsident Josef Lobnig, "
           "Landeshauptmann-Stellvertreter Uwe Scheuch und Mitgliedern der Kärntner Landesregierung an der Spitze."],
    quotes=[("\"drei schwarzen, rotbezungten und gewaffneten Löwen\"", None),
            ("\"Stimmen aus Kärnten\"", None),
            ("\"Gegendtaler Klarinettenmusik\"", None)],
    aliases={})
