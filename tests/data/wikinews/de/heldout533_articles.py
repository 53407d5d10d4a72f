# Five-hundred-and-thirty-third held-out German real-news set (tests/data/heldout533-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3020-3023). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-thirty-third held-out set": nine releases of Austrian federal and Land
# public bodies distributed by APA-OTS Originaltext-Service and shown on ots.at: two of the Federal Chancellor's press office
# (licence BKA, as the forty-fourth set: Werner Faymann at the festive act for Hans Niessl's fifteen years as Landeshauptmann,
# December 2015, and his wishes for Sabine Oberhauser's recovery, February 2015), two of federal ministries (APA_OTS_POLITICS:
# the economics ministry, Reinhold Mitterlehner's wishes for Oberhauser, February 2017; the science ministry, Karlheinz
# Töchterle at the Girls' Day, April 2013), one of the Präsidentschaftskanzlei (APA_OTS_PUBLIC: Heinz Fischer on the death of
# Leopold Wagner, September 2008), three of Vienna's PID-Rathauskorrespondenz (APA_OTS_PUBLIC: Sonja Wehsely on the
# Mindestsicherung, January 2009; Michael Häupl on the crime statistics, September 2015, and honouring police officers,
# September 2017) and one of the Vienna police or the interior ministry (APA_OTS_POLIZEI, sender inferred: the passing-out and
# swearing-in of police officers with Michael Lepuschitz and Peter Goldgruber, June 2018). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), the wire
# furniture (date prefixes, OTS markers, end marks with press officers' signs, photo-service lines, contact blocks and footers)
# is dropped (rules 48, 63, 112, 2600, 2680, 3020), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, APA_OTS_POLIZEI, APA_OTS_PUBLIC, BKA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


FAYMANN = "Werner Faymann"
MITTERLEHNER = "Reinhold Mitterlehner"
TOECHTERLE = "Karlheinz Töchterle"
FISCHER = "Heinz Fischer"
WEHSELY = "Sonja Wehsely"
HAEUPL = "Michael Häupl"
LEPUSCHITZ = "Michael Lepuschitz"
GOLDGRUBER = "Peter Goldgruber"

# --- APA-OTS, Pressesprecherin des Bundeskanzlers, 21 December 2015: Faymann at the festive act for Hans Niessl ---

NI_T = "Bundeskanzler Faymann: Der Aufstieg des Burgenlandes trägt Niessls Handschrift"
NI_SUB = "Der Kanzler beim Festakt für 15 Jahre Hans Niessl als Landeshauptmann des Burgenlandes"
NI_P1 = ("Wien (OTS) - „Landeshauptmann Niessl hat mir einmal von seinen Erinnerungen an das frühere Burgenland erzählt: die "
         "Straßen nicht asphaltiert, keine Gehsteige, kein Fließwasser. Auch ich kann mich noch an die Besuche bei meiner "
         "Großmutter und an das Burgenland von damals erinnern. Heute ist dieses Land ein besonders lebenswertes Stück Heimat "
         "geworden“, sagte Bundeskanzler Werner Faymann anlässlich des Festaktes zum 15-jährigen Dienstjubiläum als "
         "Landeshauptmann des Burgenlandes in Eisenstadt, bei dem auch Nationalratspräsidentin Dores Bures sowie "
         "Landeshauptmann Erwin Pröll Reden hielten.")
NI_P2 = ("Niessl habe in vielen sehr konkreten Projektes, sei es beim Ausbau von Straße und Schiene, sie es bei "
         "Betriebsansiedlungen oder beim Ausbau der Kinderbetreuungseinrichtungen gezeigt, dass er konsequent und sachkundig an "
         "der Modernisierung des Landes arbeite. „Der Aufstieg des Landes trägt die Handschrift von Hans Niessl. Dabei hat es "
         "das Burgenland, das an der Grenze zu Ländern mit niedrigem Lohnniveau liegt, nicht immer leicht, die Folgen der "
         "Arbeitnehmerfreizügigkeit abzufedern, Niessl hat die Herausforderungen gerne angenommen und mitgeholfen, "
         "Arbeitsplätze für viele geschaffen“, so der Kanzler weiter.")
NI_P3 = ("Das Burgenland sei ein Land, „das von Wohlstand, Brauchtum und Kultur sowie von starken, freundlichen Menschen geprägt "
         "ist. Vergessen wir nicht, Anständigkeit und Menschlichkeit haben Österreich stark gemacht. Hans Niessl hat sich immer "
         "für menschliche Korrektheit und das Gemeinsame eingesetzt. Dafür danke ich auch als Bundeskanzler“, schloss "
         "Faymann.")

add(id="ho533-ots-bka-2015-12-21-faymann-niessl-handschrift",
    title=NI_T,
    url="https://www.ots.at/presseaussendung/OTS_20151221_OTS0082/bundeskanzler-faymann-der-aufstieg-des-burgenlandes-"
        "traegt-niessls-handschrift",
    retrieved="same address (release of 21 December 2015 on the APA-OTS service by its OTS number; the contact block, which the "
              "stored copy cuts off after its first lines, names the 'Pressesprecherin des Bundeskanzlers', so the release is "
              "the Chancellery's (rule 111; as the forty-fourth set's Chancellor release on OTS); headline and subtitle kept "
              "as lines of their own as stored; the dateline 'Wien (OTS) -' run into the first paragraph kept; the "
              "photo-service line 'Bilder von diesem Termin sind über das Fotoservice des Bundespressedienstes "
              "http://fotoservice.bundeskanzleramt.at kostenfrei abrufbar.' and the contact block dropped (rules 112, 3020); "
              "the published 'Dores Bures', 'in vielen sehr konkreten Projektes' and 'sie es bei Betriebsansiedlungen' kept "
              "(rule 20); complete in the stored copy)",
    license=BKA,
    paras=[NI_SUB, NI_P1, NI_P2, NI_P3],
    # the headline label `Bundeskanzler Faymann: Der Aufstieg …` has no marks and no span (rule 5); the teaser quotation
    # before `sagte Bundeskanzler Werner Faymann` is his, Niessl being the one he speaks about (rules 8, 44); `so der Kanzler
    # weiter` after the unmarked Konjunktiv report of his words (rules 5, 30); the partial quotation that opens inside the
    # narrator's Konjunktiv sentence `Das Burgenland sei ein Land, „das …` and runs on past its full stop into his own
    # first-person sentences up to `schloss Faymann` is one span of his (rule 3021); `Kanzler` and `Bundeskanzler` name only
    # him in the release and are aliases (rule 44); Hans Niessl, Doris Bures (published `Dores Bures`) and Erwin Pröll, whose
    # speeches are only mentioned, say nothing in marks
    quotes=[(cut(NI_P1, "„Landeshauptmann Niessl", "geworden“"), FAYMANN),
            (cut(NI_P2, "„Der Aufstieg", "geschaffen“"), FAYMANN),
            (cut(NI_P3, "„das von Wohlstand", "als Bundeskanzler“"), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Faymann", "Kanzler",
                       "Bundeskanzler"]})

# --- APA-OTS, Pressesprecher des Bundeskanzlers, 6 February 2015: Faymann wishes Sabine Oberhauser a quick recovery ---

GE_T = "Bundeskanzler Faymann wünscht Sabine Oberhauser rasche Genesung"
GE_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann wünscht Gesundheitsministerin Sabine Oberhauser \"in enger "
         "freundschaftlicher Verbundenheit alles Gute und dass sie bald wieder ganz gesund ist\".")
GE_P2 = ("\"Wir kennen Sabine Oberhauser als Kämpferin. Ihre Lebensfreude und ihre Zuversicht werden ihr, so hoffe ich von "
         "ganzem Herzen, durch die schwierigen nächsten Wochen helfen.\"")
GE_P3 = ("Der Bundeskanzler bewundert die Stärke von Sabine Oberhauser in dieser schwierigen Situation, und dass sie keine "
         "Sekunde daran gezweifelt hat, ihre Ministertätigkeit weiter auszuüben. Er sei stolz auf ihre engagierte und "
         "erfolgreiche Arbeit im Gesundheitsressort: \"Die gesamte Bundesregierung steht hinter Sabine Oberhauser. Wir werden "
         "dich, wo immer wir können, voll unterstützen.\"")

add(id="ho533-ots-bka-2015-02-06-faymann-oberhauser-genesung",
    title=GE_T,
    url="https://www.ots.at/presseaussendung/OTS_20150206_OTS0046/bundeskanzler-faymann-wuenscht-sabine-oberhauser-rasche-"
        "genesung",
    retrieved="same address (release of 6 February 2015 on the APA-OTS service by its OTS number; its contact block names "
              "'Matthias Euler-Rolle, Pressesprecher des Bundeskanzlers' with an address at bka.gv.at and the footer code "
              "NBU0001, so the release is the Chancellery's (rule 111); the dateline 'Wien (OTS) -' run into the first "
              "paragraph kept; the hard line break between 'im Gesundheitsressort:' and the quotation on the next stored line "
              "joined with a space (rules 2600, 3020); the contact block, the service line and the footer dropped; complete "
              "in the stored copy)",
    license=BKA,
    paras=[GE_P1, GE_P2, GE_P3],
    # the marked wish that is the object of `Bundeskanzler Werner Faymann wünscht Gesundheitsministerin Sabine Oberhauser`
    # is his, although it speaks of her in the third person (rule 3: his words reported inside the report of his act); the
    # cue-less quotation paragraph after it goes on in his first person (`so hoffe ich`, NOTES.md continuation); the colon
    # quotation after the Konjunktiv sentence `Er sei stolz auf …:` whose subject is the Chancellor is his (rules 8, 9), and
    # `dich` in it is Oberhauser, the addressee; `Bundeskanzler`, which names only him, is an alias (rule 44); Oberhauser,
    # the topic of all three quotations, says nothing
    quotes=[(cut(GE_P1, "\"in enger", "gesund ist\""), FAYMANN),
            (cut(GE_P2, "\"Wir kennen", "helfen.\""), FAYMANN),
            (cut(GE_P3, "\"Die gesamte", "unterstützen.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann", "Bundeskanzler"]})

# --- APA-OTS, Bundesministerium für Wissenschaft, Forschung und Wirtschaft, 15 February 2017: Mitterlehner on Oberhauser ---

MI_T = "Mitterlehner wünscht Sabine Oberhauser viel Kraft und Zuversicht"
MI_SUB = ("Vizekanzler: Großer Respekt vor der großartigen Einstellung und dem kämpferischen Umgang mit ihrer Krankheit")
MI_P1 = ("Wien (OTS/BMWFW) - „Wir wünschen Sabine Oberhauser in diesen schweren Stunden alles Gute, viel Kraft und "
         "Zuversicht. Wir haben großen Respekt vor ihrer großartigen Einstellung und dem kämpferischen Umgang mit ihrer "
         "Erkrankung“, sagt Vizekanzler Reinhold Mitterlehner im Namen des gesamten ÖVP-Regierungsteams zur Entscheidung der "
         "Gesundheitsministerin sich in ihrem Amt vorläufig vertreten zu lassen. „Dein Einsatz ist beispielgebend, wir hoffen "
         "auf eine baldige Rückkehr“, bekräftigt Mitterlehner.")

add(id="ho533-ots-bmwfw-2017-02-15-mitterlehner-oberhauser",
    title=MI_T,
    url="https://www.ots.at/presseaussendung/OTS_20170215_OTS0057/mitterlehner-wuenscht-sabine-oberhauser-viel-kraft-und-"
        "zuversicht",
    retrieved="same address (release of the Bundesministerium für Wissenschaft, Forschung und Wirtschaft on the APA-OTS "
              "service, 15 February 2017 by its OTS number; the sender is told by the ministry's code in the dateline "
              "'Wien (OTS/BMWFW) -', kept run into the paragraph, and by the contact block 'Bundesministerium für "
              "Wissenschaft, Forschung und Wirtschaft, Mag. Volker Hollenstein, Pressesprecher des Vizekanzlers und "
              "Bundesministers' with the footer code MWA0001, both dropped (rule 2680); headline and subtitle kept as lines "
              "of their own as stored; the published 'Gesundheitsministerin sich in ihrem Amt' without a comma kept (rule "
              "20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[MI_SUB, MI_P1],
    # the subtitle label `Vizekanzler: Großer Respekt …` has no marks and no span (rule 5); the teaser quotation before `sagt
    # Vizekanzler Reinhold Mitterlehner im Namen des gesamten ÖVP-Regierungsteams` is his, `im Namen des …` saying for whom
    # he speaks, not who speaks (rules 44, 2045); `bekräftigt Mitterlehner` after the second quotation (rule 30), `Dein`
    # addressing Oberhauser; `Vizekanzler`, which names only him, is an alias (rule 44); Oberhauser and the ÖVP team say
    # nothing
    quotes=[(cut(MI_P1, "„Wir wünschen", "Erkrankung“"), MITTERLEHNER),
            (cut(MI_P1, "„Dein Einsatz", "Rückkehr“"), MITTERLEHNER)],
    aliases={MITTERLEHNER: ["Reinhold Mitterlehner", "Vizekanzler Reinhold Mitterlehner", "Mitterlehner", "Vizekanzler"]})

# --- APA-OTS, Bundesministerium für Wissenschaft und Forschung, 25 April 2013: Töchterle welcomes pupils at the Girls' Day ---

GD_T = "Girls' Day: Karlheinz Töchterle begrüßt \"Girls' Power\" im BMWF"
GD_SUB = "45 Schülerinnen blickten hinter die Kulissen eines Ministeriums"
GD_P1 = ("Wien (OTS) - Anlässlich des Bundesweiten Girls' Day am 25. April 2013 besuchten rund 45 Schülerinnen der BHAK/BHAS "
         "Wien 10 in Begleitung von vier Professorinnen das Bundesministerium für Wissenschaft und Forschung.")
GD_P2 = ("Nach einer ausführlichen Führung durch das Haus am Minoritenplatz trafen die Schülerinnen Wissenschafts- und "
         "Forschungsminister Dr. Karlheinz Töchterle und sprachen mit ihm über den Alltag eines Politikers und über weitere "
         "Karrieremöglichkeiten. Minister Töchterle freute sich über den Besuch: \"Ich unterstütze diese Initiative gerne, weil "
         "es wichtig ist, junge Menschen bei der so bedeutenden Frage nach der richtigen Berufswahl zu unterstützen.\"")
GD_P3 = ("Die Schülerinnen nutzten die Gelegenheit hinter die Kulissen eines Ministeriums zu blicken und die Menschen im "
         "Hintergrund kennenzulernen. In Workshops über Medien- und Pressearbeit sowie IT verfassten die jungen Mädchen "
         "Presseaussendungen und diskutierten über Sicherheit im Netz und den Schutz der Privatsphäre im Social Media.")

add(id="ho533-ots-bmwf-2013-04-25-toechterle-girls-day",
    title=GD_T,
    url="https://www.ots.at/presseaussendung/OTS_20130425_OTS0197/girls-day-karlheinz-toechterle-begruesst-girls-power-im-bmwf",
    retrieved="same address (release of the Bundesministerium für Wissenschaft und Forschung on the APA-OTS service, 25 April "
              "2013 by its OTS number; the sender is told by the contact block 'Bundesministerium für Wissenschaft und "
              "Forschung Minoritenplatz 5, 1014 Wien, Pressesprecher: Felix Lamezan-Salins' with the footer code MWF0002, "
              "dropped with the service line (rule 2680); headline and subtitle kept as lines of their own as stored; the "
              "dateline 'Wien (OTS) -' run into the first paragraph kept; the published 'des Bundesweiten Girls' Day', 'die "
              "Gelegenheit hinter die Kulissen … zu blicken' and 'im Social Media' kept (rule 20); complete in the stored "
              "copy)",
    license=APA_OTS_POLITICS,
    paras=[GD_SUB, GD_P1, GD_P2, GD_P3],
    # the headline's marked `"Girls' Power"`, the object of `Karlheinz Töchterle begrüßt`, is the release's playful name for
    # the visiting girls, null (rule 3022); the apostrophes in `Girls' Day` and `Girls' Power` are no marks (rule 6); the
    # colon quotation after `Minister Töchterle freute sich über den Besuch:` is his (rule 9); the pupils and their teachers
    # say nothing in marks
    quotes=[("\"Girls' Power\"", None),
            (cut(GD_P2, "\"Ich unterstütze", "unterstützen.\""), TOECHTERLE)],
    aliases={TOECHTERLE: ["Karlheinz Töchterle", "Dr. Karlheinz Töchterle", "Minister Töchterle", "Töchterle"]})

# --- APA-OTS, Österreichische Präsidentschaftskanzlei, 26 September 2008: Heinz Fischer on the death of Leopold Wagner ---

WA_T = "Bundespräsident kondoliert zum Tod von Leopold Wagner"
WA_P1 = ("Wien (OTS) - Bundespräsident Dr. Heinz Fischer äußerte heute seine große Betroffenheit über den plötzlichen Tod des "
         "langjährigen Kärntner Landeshauptmannes Leopold Wagner und drückte in einem Telefongespräch mit der Witwe des "
         "Verstorbenen der ganzen Familie seine tiefempfundene Anteilnahme aus.")
WA_P2 = ("\"Ich habe noch vor wenigen Wochen im Sommer gemeinsam mit meiner Frau das Ehepaar Wagner in ihrer Wohnung am "
         "Stadtrand von Klagenfurt besucht und wir haben das mit uns seit 1964 befreundete Ehepaar Leopold und Traudi Wagner "
         "bei guter Gesundheit und vollem Interesse an allen Entwicklungen unseres Landes angetroffen\", sagte der "
         "Bundespräsident. \"Leopold Wagner war wahrscheinlich der erfolgreichste und beliebteste Landeshauptmann von Kärnten, "
         "der in seiner jahrzehntelangen politischen Tätigkeit enorm viel für das Bundesland Kärnten geleistet hat und Kärnten "
         "zeitweise auch in Wien im Bundesrat vertreten hat.\"")
WA_P3 = ("\"Mit dem Tod von Leopold Wagner haben das Land Kärnten und die Republik Österreich einen schweren Verlust erlitten "
         "und darüber hinaus haben viele von uns einen guten Freund und einen liebenswerten Menschen verloren\", schloss "
         "Bundespräsident Dr. Heinz Fischer.")

add(id="ho533-ots-bpk-2008-09-26-fischer-leopold-wagner",
    title=WA_T,
    url="https://www.ots.at/presseaussendung/OTS_20080926_OTS0204/bundespraesident-kondoliert-zum-tod-von-leopold-wagner",
    retrieved="same address (release of the Österreichische Präsidentschaftskanzlei on the APA-OTS service, 26 September "
              "2008 by its OTS number; the sender is told by the contact block 'Österreichische Präsidentschaftskanzlei "
              "Presse und Informationsdienst' with the footer code BPK0003, dropped with the service line (rules 2680, 3020); "
              "the dateline 'Wien (OTS) -' run into the first paragraph kept; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[WA_P1, WA_P2, WA_P3],
    # the lead reports his sympathy without marks (rule 5); the first quotation, before `sagte der Bundespräsident`, is his
    # (rule 30), the cue-less second quotation after the cue continues him (NOTES.md continuation), and the third, before
    # `schloss Bundespräsident Dr. Heinz Fischer`, is his (rule 44); `Bundespräsident` names only him and is an alias (rule
    # 44); Leopold Wagner, Traudi Wagner and the widow, spoken of and to, say nothing
    quotes=[(cut(WA_P2, "\"Ich habe", "angetroffen\""), FISCHER),
            (cut(WA_P2, "\"Leopold Wagner", "vertreten hat.\""), FISCHER),
            (cut(WA_P3, "\"Mit dem Tod", "verloren\""), FISCHER)],
    aliases={FISCHER: ["Heinz Fischer", "Dr. Heinz Fischer", "Bundespräsident Dr. Heinz Fischer", "Bundespräsident"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 27 January 2009: Sonja Wehsely on the Bedarfsorientierte Mindestsicherung ---

MS_T = "Wehsely: Mindestsicherung für alle ÖsterreicherInnen ermöglichen"
MS_P1 = ("Wien (OTS) - \"Sozialminister Hundstorfer ist in Sachen Mindestsicherung auf einem guten Weg. Die heutige "
         "LandessozialreferentInnenkonferenz hat die einhellige Meinung von acht Bundesländern deutlich gemacht\", erklärte "
         "Gesundheits- und Sozialstadträtin Mag.a Sonja Wehsely Dienstag Abend gegenüber der Rathaus-Korrespondenz. \"Jetzt "
         "geht es darum, dass alle Bundesländer, also auch Kärnten, an einem Strang ziehen. Es wäre schade, wenn die "
         "KärntnerInnen auf Grund der unsachlichen Blockadepolitik des Kärntner Landeshauptmanns auf diesen Meilenstein der "
         "Sozialpolitik verzichten müssten, während alle anderen ÖsterreicherInnen auf zukunftssichere Sozialleistungen "
         "vertrauen können\", schloss Wehsely.")

add(id="ho533-ots-rk-2009-01-27-wehsely-mindestsicherung",
    title=MS_T,
    url="https://www.ots.at/presseaussendung/OTS_20090127_OTS0283/wehsely-mindestsicherung-fuer-alle-oesterreicherinnen-"
        "ermoeglichen",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 27 January 2009 by its OTS "
              "number; the sender is told by the contact block 'PID-Rathauskorrespondenz: www.wien.at/vtx/vtx-rk-xlink/ … "
              "Mediensprecher Stadträtin Mag.a Sonja Wehsely' with the footer code NRK0020, dropped with the service line "
              "(rule 2600); the dateline 'Wien (OTS) -' run into the paragraph kept; the OTS marker '****' and the end mark "
              "with the editor's sign '(Schluss) me' at the end of the paragraph dropped (rules 2600, 2680, 3020); named as "
              "looked at and not used in the SOURCES section of an earlier set, in no jsonl; complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[MS_P1],
    # the headline label `Wehsely: Mindestsicherung …` has no marks and no span (rule 5); the quotation before `erklärte
    # Gesundheits- und Sozialstadträtin Mag.a Sonja Wehsely … gegenüber der Rathaus-Korrespondenz` is hers, the city's news
    # service that sends the release being the addressee, not the speaker (rule 3023); the quotation before `schloss
    # Wehsely` is hers (rule 30); the role phrase `Gesundheits- und Sozialstadträtin` is not made an alias (rule 33);
    # Rudolf Hundstorfer and the unnamed Landeshauptmann of Kärnten, spoken about, say nothing
    quotes=[(cut(MS_P1, "\"Sozialminister", "deutlich gemacht\""), WEHSELY),
            (cut(MS_P1, "\"Jetzt geht", "vertrauen können\""), WEHSELY)],
    aliases={WEHSELY: ["Sonja Wehsely", "Mag.a Sonja Wehsely", "Wehsely"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 3 September 2015: Häupl thanks the Vienna police for the crime figures ---

KS_T = "Häupl ad Kriminalstatistik: Dank an Wiener Polizei"
KS_P1 = ("Wien (OTS/RK) - \"Die aktuelle Entwicklung belegt, dass die Wiener Polizei auch unter schwierigen Bedingungen sehr "
         "gute Arbeit leistet. Dafür gebührt den Polizistinnen und Polizisten mein Dank\", so Wiens Bürgermeister Michael Häupl "
         "zu den jüngsten erfreulichen Zahlen der Kriminalstatistik, die einen deutlichen Rückgang der angezeigten Fälle sowohl "
         "im Jahres- als auch im 10-Jahresvergleich zeigen.")
KS_P2 = ("\"Dieses tolle Ergebnis zeigt, dass auch bei mehr Flüchtlingen die Kriminalitätsrate sinkt\", so Häupl, der "
         "weiterhin die Wiener Polizei mit aller Kraft unterstützen will. \"Wir tun alles, damit Wien die sicherste "
         "Millionenstadt der Welt bleibt. Ich beharre jedoch weiterhin auf unserer Forderung nach mehr Polizisten für Wien.\"")

add(id="ho533-ots-rk-2015-09-03-haeupl-kriminalstatistik",
    title=KS_T,
    url="https://www.ots.at/presseaussendung/OTS_20150903_OTS0086/haeupl-ad-kriminalstatistik-dank-an-wiener-polizei",
    retrieved="same address (release under the Rathauskorrespondenz's dateline 'Wien (OTS/RK) -' on the APA-OTS service, 3 "
              "September 2015 by its OTS number; its contact block names 'Martin Ritzmaier, Mediensprecher Bgm Michael "
              "Häupl' and its footer the Rathauskorrespondenz's code NRK0015, both dropped with the service line (rule 2600); "
              "the dateline run into the first paragraph kept; the end mark ' (Schluss)' at the end of the last paragraph "
              "dropped (rules 2600, 3020); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[KS_P1, KS_P2],
    # the headline label `Häupl ad Kriminalstatistik: …` has no marks (rule 5); `so Wiens Bürgermeister Michael Häupl` and
    # `so Häupl, der …` are his (rules 30, 44), and the cue-less quotation after the relative clause continues him (NOTES.md
    # continuation); `Wiens Bürgermeister` names the city and is no alias (rule 33); the police officers thanked say nothing
    quotes=[(cut(KS_P1, "\"Die aktuelle", "mein Dank\""), HAEUPL),
            (cut(KS_P2, "\"Dieses tolle", "sinkt\""), HAEUPL),
            (cut(KS_P2, "\"Wir tun", "für Wien.\""), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Bürgermeister Michael Häupl", "Häupl"]})

# --- APA-OTS, PID-Rathauskorrespondenz, 18 September 2017: Häupl honours fourteen police officers ---

EH_T = "Häupl ehrte Polizisten für besondere Leistungen"
EH_P1 = ("Wien (OTS/RK) - Bürgermeister Michael Häupl hat heute, Montagvormittag, im Roten Salon des Wiener Rathauses 14 "
         "Polizisten geehrt, die sich für besondere Leistungen verdient gemacht haben – unter anderem für Lebensrettungen und "
         "erfolgreiche Ermittlung zu Brand und Explosion. Häupl sprach den 14 Beamten seinen Dank aus: „Die Polizei leistet "
         "unter schwierigen Arbeitsbedingungen hervorragende Arbeit. Wien ist immer noch eine der sichersten Millionenstädte "
         "der Welt“.")
EH_P2 = ("Polizeipräsident Gerhard Pürstl betonte, dass Ehrungen einen besonderen Stellenwert hätten, denn damit zeige der "
         "Dienstgeber gegenüber seinen DienstnehmerInnen Wertschätzung. Abschließend wies er auf die gute Zusammenarbeit mit "
         "der Stadt Wien hin.")

add(id="ho533-ots-rk-2017-09-18-haeupl-ehrt-polizisten",
    title=EH_T,
    url="https://www.ots.at/presseaussendung/OTS_20170918_OTS0112/haeupl-ehrte-polizisten-fuer-besondere-leistungen",
    retrieved="same address (release of the PID-Rathauskorrespondenz on the APA-OTS service, 18 September 2017 by its OTS "
              "number; the sender is told by the contact block 'PID-Rathauskorrespondenz, Presse- und Informationsdienst der "
              "Stadt Wien (MA 53)' with the footer code NRK0012, dropped with the service line (rule 2600); the dateline 'Wien "
              "(OTS/RK) -' run into the first paragraph kept; the hard line break between 'seinen Dank aus:' and the quotation "
              "on the next stored line joined with a space (rules 2600, 3020); the end mark with the editor's sign '(Schluss) "
              "hie' at the end of the last paragraph dropped (rules 2600, 3020); complete in the stored copy)",
    license=APA_OTS_PUBLIC,
    paras=[EH_P1, EH_P2],
    # the colon quotation after `Häupl sprach den 14 Beamten seinen Dank aus:` is his, the officers being the addressees (rules
    # 9, 12); `Bürgermeister` names only him and is an alias (rule 44); Gerhard Pürstl's statement is reported without marks
    # (rule 5), so he is no speaker
    quotes=[(cut(EH_P1, "„Die Polizei", "der Welt“"), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Bürgermeister Michael Häupl", "Häupl", "Bürgermeister"]})

# --- APA-OTS, Landespolizeidirektion Wien (inferred), 25 June 2018: passing-out and swearing-in of police officers ---

AU_T = "Wien: Ausmusterung und Angelobung von Polizistinnen und Polizisten"
AU_P1 = ("Wien (OTS) - Am 25. Juni 2018 um 13:00 Uhr wurden, in Anwesenheit von Generalsekretär HR Mag. Peter Goldgruber und "
         "Landespolizeivizepräsident General Dr. Michael Lepuschitz, 72 Jungpolizistinnen und Jungpolizisten nach Beendigung "
         "ihrer Polizeiausbildung im Rahmen einer Feierlichkeit am Platz in der Burg (1. Bezirk) ausgemustert. Während ihrer "
         "Grundausbildung konnten sie bereits in den beiden Praxisphasen Erfahrungen für den Außendienst sammeln und werden nun "
         "in den Wiener Bezirken ihren Streifendienst versehen.")
AU_P2 = ("Im Rahmen der Feierlichkeiten wurden zudem 18 Frauen und 51 Männer angelobt, die bereits ihre Polizei-Grundausbildung "
         "begonnen haben.")
AU_L1 = "Landespolizeivizepräsident General Dr. Michael Lepuschitz zu den Angelobten:"
AU_Q1 = ("„Sie haben sich für einen sehr abwechslungsreichen Beruf, wenn nicht sogar für den abwechslungsreichsten Beruf "
         "entschieden und ich wünsche Ihnen viel Erfolg für die kommenden 2 Jahre.“")
AU_L2 = "Landespolizeivizepräsident General Dr. Michael Lepuschitz zu den Ausgemusterten:"
AU_Q2 = ("„Seien Sie versichert, dass der Lernprozess jetzt neuerlich beginnt! Die Sicherheit der Menschen ist uns wichtig. "
         "Dazu brauchen wir motivierte und gut ausgebildete Polizistinnen und Polizisten.“")
AU_L3 = "Generalsekretär HR Mag. Peter Goldgruber:"
AU_Q3 = ("„Wir freuen uns über die Verstärkung von 72 Damen und Herren, die uns unterstützen und die Ausbildung absolviert "
         "haben. Ich wünsche Ihnen Gesundheit und kommen Sie stets unverletzt nach Hause zu ihren Liebsten!“")

add(id="ho533-ots-lpd-wien-2018-06-25-ausmusterung-angelobung",
    title=AU_T,
    url="https://www.ots.at/presseaussendung/OTS_20180625_OTS0185/wien-ausmusterung-und-angelobung-von-polizistinnen-und-"
        "polizisten",
    retrieved="same address (release on the APA-OTS service, 25 June 2018 by its OTS number; the stored copy ends after the "
              "last quotation, before any contact block, and the sender is inferred as the Landespolizeidirektion Wien, whose "
              "ceremony it reports under the plain dateline 'Wien (OTS) -' and whose vice-president it quotes first and "
              "twice; the Federal Ministry of the Interior, whose secretary general it quotes, is the other possible sender "
              "(rule 3020); the crawl date prefix ' date 2018-06' before the headline dropped (rule 63); the dateline run into "
              "the first paragraph kept; the three label lines and the three quotation paragraphs kept as lines of their own "
              "as stored, the empty lines between them dropped; the published 'für die kommenden 2 Jahre' and 'zu ihren "
              "Liebsten' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLIZEI,
    paras=[AU_P1, AU_P2, AU_L1, AU_Q1, AU_L2, AU_Q2, AU_L3, AU_Q3],
    # each quotation paragraph after a label line of its own that ends in a colon is the labelled person's (rule 601), the
    # group after `zu den` being the addressees (rule 12; `Sie`, `Ihnen` in the quotations); the three label lines have no
    # marks and no spans (rule 5); `Landespolizeivizepräsident` and `Generalsekretär`, which each name only one person in the
    # release, are aliases (rule 44); the new officers say nothing
    quotes=[(AU_Q1, LEPUSCHITZ),
            (AU_Q2, LEPUSCHITZ),
            (AU_Q3, GOLDGRUBER)],
    aliases={LEPUSCHITZ: ["Michael Lepuschitz", "Dr. Michael Lepuschitz",
                          "Landespolizeivizepräsident General Dr. Michael Lepuschitz", "Landespolizeivizepräsident"],
             GOLDGRUBER: ["Peter Goldgruber", "Mag. Peter Goldgruber", "Generalsekretär HR Mag. Peter Goldgruber",
                          "Generalsekretär"]})
