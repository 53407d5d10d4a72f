# Eighty-sixth held-out German real-news set (tests/data/heldout86-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 670-671). None of these pages is in
# any tests/data/*.jsonl (checked by URL and OTS number against every source/url field and every address named in the
# modules and SOURCES.md files of tests/data, by the speakers' names, and by a distinctive phrase of each text against the
# texts of all sets and against the other helpers' worktrees). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Eighty-sixth held-out set": releases of the Austrian Federal Ministry responsible for
# schools (Bundesministerium für Unterricht, Kunst und Kultur 2007-2013, für Bildung 2017) on the OTS press-release service,
# under the copyright notice of the ministry's information systems (licences.BMBF; rule 670). Stored copies are the
# `search` tool's `pages` corpus; the OTS contact block ('Rückfragen & Kontakt: …'), the footer 'OTS-ORIGINALTEXT
# PRESSEAUSSENDUNG …', the 'Digitale Pressemappe' link line and the stored copies' date prefix ' date 2018-03' are dropped
# (rules 19, 63); only complete paragraphs are kept (rule 15), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BMBF  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SCHMIED = "Claudia Schmied"
OTS_NOTE = ("same address (release of {date} on the OTS press-release service; the contact block 'Rückfragen & Kontakt: "
            "Bundesministerium für Unterricht, Kunst und Kultur …' names the ministry as sender; the contact block and the "
            "OTS footer dropped (rule 19){extra})")

# --- Bundesministerium für Unterricht, Kunst und Kultur (BMUKK), releases on OTS ---

ZUKUNFT_P1 = ("Wien (OTS) - Nach konstruktiven Gesprächen mit ÖVP-Bildungssprecher Fritz Neugebauer, Bundesminister Johannes "
              "Hahn, den Schulpartnern, Vertretern der Wirtschaft sowie den Bundesländern zeigt sich Unterrichtsministerin "
              "Claudia Schmied erfreut über den gestrigen Vorstoß der katholischen Privatschulen, an dem wichtigen Projekt der "
              "Neuen Mittelschule mitwirken zu wollen. \"Die breite, parteiübergreifende und konstruktive Debatte über die "
              "Zukunft unseres Schulsystem der vergangenen Wochen zeigt, dass Bildungspolitik und die Zukunft unserer Kinder "
              "über der Tages- und Parteipolitik stehen. Ich freue mich, diese Diskussion in der kommenden Woche zu "
              "vertiefen\", so Schmied.")

add(id="ho86-bmukk-ots-2007-10-14-schmied-zukunft-kinder",
    title="BM Schmied: \"Die Zukunft unserer Kinder steht über der Parteipolitik\"",
    url="https://www.ots.at/presseaussendung/OTS_20071014_OTS0004/bm-schmied-die-zukunft-unserer-kinder-steht-ueber-der-"
        "parteipolitik",
    retrieved=OTS_NOTE.format(date="14 October 2007", extra="; the published 'unseres Schulsystem' kept (rule 20); "
                                                            "complete in the stored copy"),
    license=BMBF,
    paras=[ZUKUNFT_P1],
    quotes=[("\"Die Zukunft unserer Kinder steht über der Parteipolitik\"", SCHMIED),
            (cut(ZUKUNFT_P1, "\"Die breite", "zu vertiefen\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Unterrichtsministerin Claudia Schmied", "BM Schmied", "Schmied"]})

TUER_P2 = ("\"Wir haben das Bundesministerium für Unterricht, Kunst und Kultur für die Menschen in diesem Land geöffnet. Ich "
           "freue mich, dass über 3000 Menschen unserer Einladung gefolgt sind und das Bildungsministerium besucht haben. Ich "
           "danke allen Mitarbeterinnen und Mitarbeitern für ihren Einsatz. Auch im kommenden Jahr wird diese Initiative "
           "fortgesetzt und das Angebot ausgebaut werden\", betont Ministerin Claudia Schmied.")

add(id="ho86-bmukk-ots-2009-10-27-tag-der-offenen-tuer",
    title="Über 3.000 Menschen besuchten Ministerin Claudia Schmied am Tag der offenen Tür",
    url="https://www.ots.at/presseaussendung/OTS_20091027_OTS0107/ueber-3000-menschen-besuchten-ministerin-claudia-schmied-"
        "am-tag-der-offenen-tuer",
    retrieved=OTS_NOTE.format(date="27 October 2009", extra="; the subtitle kept as its own line (rule 18); the published "
                                                            "'Mitarbeterinnen' kept (rule 20); complete in the stored copy"),
    license=BMBF,
    paras=["BMUKK von innen kennenlernen - Haus am Minoritenplatz öffnete am Nationalfeiertag die Türen",
           "Wien (OTS) - Mit über 3000 Besucherinnen und Besuchern konnte das Bundesministerium für Unterricht, Kunst und "
           "Kultur beim Tag der offenen Tür am Nationalfeiertag einen neuen Besucherrekord erzielen. Von 10:00 bis 16:00 "
           "öffnete das Ministerium seine Pforten und lud ins Haus am Minoritenplatz. Dabei präsentierte Bildungsministerin "
           "Claudia Schmied gemeinsam mit Mitarbeiterinnen und Mitarbeitern aktuelle Projekte und diskutierte mit den "
           "Besucherinnen und Besuchern.",
           TUER_P2],
    quotes=[(cut(TUER_P2, "\"Wir haben", "ausgebaut werden\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Ministerin Claudia Schmied", "Bildungsministerin Claudia Schmied"]})

HAHN_P1 = ("Wien (OTS) - \"Ich gratuliere Johannes Hahn zu seiner politischen Nominierung durch die Bundesregierung zum "
           "österreichischen EU-Kommissar. Mit Johannes Hahn wird mir nicht nur mein Nachbar im Palais am Minoritenplatz "
           "abhanden kommen, ich werde auch einen wichtigen Bildungspartner an die Kommission in Brüssel verlieren. Selbst "
           "wenn wir nicht immer einer Meinung sind, ist unsere Zusammenarbeit von hoher Wertschätzung und Konstruktivität "
           "geprägt. Wir haben dadurch, trotz mancher ideologischer Differenzen, beispielsweise bei der Neuen Mittelschule, "
           "der neuen Reifeprüfung und dem neuen Universitätsgesetz gute Lösungen für die Bildung in Österreich gefunden. Ich "
           "danke Minister Hahn für fast drei Jahre guter Zusammenarbeit und freundschaftliche Verbundenheit\", so "
           "Bildungsministerin Claudia Schmied.")

add(id="ho86-bmukk-ots-2009-10-27-schmied-gratuliert-hahn",
    title="Claudia Schmied gratuliert Johannes Hahn",
    url="https://www.ots.at/presseaussendung/OTS_20091027_OTS0120/claudia-schmied-gratuliert-johannes-hahn",
    retrieved=OTS_NOTE.format(date="27 October 2009", extra="; complete in the stored copy"),
    license=BMBF,
    paras=[HAHN_P1],
    quotes=[(cut(HAHN_P1, "\"Ich gratuliere", "Verbundenheit\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bildungsministerin Claudia Schmied"]})

HUMMER_P2 = ("\"Das gemeinsame Ziel ist der Ausbau der Neuen Mittelschule. Ich habe Landesrätin Doris Hummer meine volle "
             "Unterstützung bei einer Anhebung der momentanen gesetzlichen Obergrenze zugesagt. Sollte es uns gemeinsam "
             "gelingen im Laufe des kommenden Jahres eine Meinungsänderung bei der Bundes-ÖVP zu erreichen, können wir für "
             "das übernächste Schuljahr 2011/12 weitere Neue Mittelschulen in ganz Österreich genehmigen\", so Schmied.")
HUMMER_P3 = ("\"Es ist schade, dass es trotz der Unterstützung des Landes Oberösterreich aufgrund der ablehnenden Haltung der "
             "Bundes-ÖVP vorerst nicht möglich war, alle Neuen Mittelschulen in Oberösterreich zu genehmigen. Ich habe die "
             "Landesrätin auch darüber informiert, dass aufgrund der klaren Gesetzeslage eine Einreichung der abgelehnten "
             "Standorte über den normalen Schulversuchsparagraph für das kommende Schuljahr nicht möglich ist. Ein "
             "diesbezügliches klarstellendes Schreiben ergeht an alle Landesschulräte um unerfüllbare Hoffnungen bei den "
             "Betroffenen zu vermeiden. Aber ich bin optimistisch: Die Neue Mittelschule ist ein Erfolgsmodell. Gemeinsam mit "
             "den engagierten Bürgermeistern, Eltern, Lehrern und Schülern werden wir auch die Bundes-ÖVP von ihr "
             "überzeugen\", so Schmied.")

add(id="ho86-bmukk-ots-2010-02-11-schmied-hummer-nms",
    title="BM Schmied zum Antrittsbesuch von LR Hummer: \"Das gemeinsame Ziel ist der Ausbau der Neuen Mittelschule\"",
    url="https://www.ots.at/presseaussendung/OTS_20100211_OTS0104/bm-schmied-zum-antrittsbesuch-von-lr-hummer-das-"
        "gemeinsame-ziel-ist-der-ausbau-der-neuen-mittelschule",
    retrieved=OTS_NOTE.format(date="11 February 2010", extra="; the subtitle kept as its own line (rule 18); the link line "
                                                             "'Digitale Pressemappe: http://www.ots.at/pressemappe/4920' "
                                                             "dropped (rule 19); complete in the stored copy"),
    license=BMBF,
    paras=["Bei Gesetzesänderung könnten für das Schuljahr 2011/12 weitere Neue Mittelschulen in ganz Österreich genehmigt "
           "werden",
           "Wien (OTS) - Nach dem heutigen Antrittsbesuch der neuen oberösterreichischen Bildungslandesrätin Doris Hummer "
           "zeigte sich Bildungsministerin Claudia Schmied erfreut über das gemeinsame Ziel eines Ausbaus der Neuen "
           "Mittelschule.",
           HUMMER_P2,
           HUMMER_P3],
    quotes=[("\"Das gemeinsame Ziel ist der Ausbau der Neuen Mittelschule\"", SCHMIED),
            (cut(HUMMER_P2, "\"Das gemeinsame", "genehmigen\""), SCHMIED),
            (cut(HUMMER_P3, "\"Es ist schade", "überzeugen\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bildungsministerin Claudia Schmied", "BM Schmied", "Schmied"]})

KREISLER_P1 = ("Wien (OTS) - \"Georg Kreisler war der Außenseiter, der das Innerste der österreichischen politischen Kultur "
               "und Gesellschaft treffend zu charakterisieren vermochte. Seine Distanz und Nähe ließen ihn zu einem der "
               "wichtigsten künstlerischen Analytiker der österreichischen Zeitgeschichte werden. Seine Lieder und seine "
               "Botschaften werden uns immer begleiten und in Erinnerung rufen, dass nicht Macht sondern Menschlichkeit das "
               "oberste Gebot der Politik sein soll\", so Bundesministerin Dr. Claudia Schmied zum Ableben von Georg "
               "Kreisler.")

add(id="ho86-bmukk-ots-2011-11-23-schmied-kreisler",
    title="Kulturministerin Schmied zum Tod von Georg Kreisler",
    url="https://www.ots.at/presseaussendung/OTS_20111123_OTS0068/kulturministerin-schmied-zum-tod-von-georg-kreisler",
    retrieved=OTS_NOTE.format(date="23 November 2011", extra="; complete in the stored copy"),
    license=BMBF,
    paras=[KREISLER_P1],
    quotes=[(cut(KREISLER_P1, "\"Georg Kreisler", "sein soll\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Bundesministerin Dr. Claudia Schmied", "Kulturministerin Schmied"]})

RUECKZUG_P2 = ("\"Ich habe in den letzten Wochen berufliche Angebote bekommen, die ich prüfen werde, auch will ich meiner "
               "Familie und meinem Freundeskreis mehr Aufmerksamkeit widmen\", erklärt Schmied.")
RUECKZUG_P4 = ("\"Ich danke Bundeskanzler Werner Faymann und dem SPÖ-Bundesparteipräsidium für das mir entgegengebrachte "
               "Vertrauen. Meine Anerkennung gilt allen Weggefährten, Mitarbeiterinnen und Mitarbeitern für ihr Engagement und "
               "ihre Loyalität. Der Sozialdemokratie und ihren Werten werde ich immer verbunden bleiben\", betont Schmied.")

add(id="ho86-bmukk-ots-2013-09-30-schmied-rueckzug",
    title="Schmied kündigt Rückzug aus Politik an",
    url="https://www.ots.at/presseaussendung/OTS_20130930_OTS0014/schmied-kuendigt-rueckzug-aus-politik-an",
    retrieved="same address (release of 30 September 2013 on the OTS press-release service; the sender line is not in the "
              "stored copy: the release runs under the plain dateline 'Wien (OTS)' (the SPÖ's press service dates its "
              "releases 'Wien (OTS/SK)'), speaks for the minister and reports her ministerial programme, and is taken as "
              "the ministry's (rules 111, 670); the stored copy's date prefix ' date 2018-03' dropped (rule 63); the "
              "subtitle kept as its own line (rule 18); the last paragraph ('\"Unter den gegebenen Rahmenbedingungen bin ich "
              "sehr froh … Im Kunst- und Kulturbereich wurden wichtige Personalentscheidungen getroffen'), cut off in the "
              "stored copy inside its quotation, dropped (rule 15))",
    license=BMBF,
    paras=["Bundespräsident Fischer und Bundeskanzler Faymann informiert",
           "Wien (OTS) - Dr. Claudia Schmied, seit 2007 Bundesministerin für Unterricht, Kunst und Kultur, informierte "
           "Bundespräsident Dr. Heinz Fischer und Bundeskanzler Werner Faymann über ihre Absicht, in nächster Zukunft keine "
           "politischen Funktionen wahrnehmen zu wollen.",
           RUECKZUG_P2,
           "Bis zur Angelobung der neuen Bundesregierung wird Dr. Schmied in gewohnt professioneller Weise ihre Aufgaben als "
           "Bundesministerin wahrnehmen. So wird sie auf Einladung der OECD an der Ministerkonferenz in Istanbul von 3. bis "
           "4. Oktober 2013 teilnehmen und die OECD-Arbeitskreise zur beruflichen Bildung leiten. Im Oktober wird sie "
           "gemeinsam mit Klaus Albrecht Schröder die Ausstellung der Albertina in St. Petersburg eröffnen.",
           RUECKZUG_P4],
    quotes=[(cut(RUECKZUG_P2, "\"Ich habe", "widmen\""), SCHMIED),
            (cut(RUECKZUG_P4, "\"Ich danke", "bleiben\""), SCHMIED)],
    aliases={SCHMIED: ["Claudia Schmied", "Dr. Claudia Schmied", "Dr. Schmied", "Schmied"]})

# --- Bundesministerium für Bildung (BMB), release on OTS ---

HAMMERSCHMID = "Sonja Hammerschmid"
AUTONOMIE_P2 = ("Wien (OTS) - Bei einem Gespräch der Bildungsministerin Sonja Hammerschmid mit den Präsidenten der "
                "Sozialpartner und der Industriellenvereinigung wurde ihr breite Zustimmung zum Schulautonomiepaket "
                "zugesichert. Erich Foglar (ÖGB), Christoph Leitl (WKÖ), Rudi Kaske (AK), Hermann Schultes (LK) und Georg "
                "Kapsch (IV) betonten, dass die Bildungsreform trotz früherer Neuwahlen vorangetrieben werden solle. Mit dem "
                "Autonomiepaket werden pädagogische, organisatorische und personelle Freiräume für heimische Schulen "
                "geschaffen. „Ich freue mich sehr, dass uns die Sozialpartner und die Industriellenvereinigung dabei "
                "bestärken, diese für Österreichs Kinder und Lehrkräfte so wichtige Reform voranzutreiben“, so Hammerschmid "
                "abschließend.")

add(id="ho86-bmb-ots-2017-05-17-hammerschmid-sozialpartner",
    title="Hammerschmid: „Freue mich sehr über die breite Unterstützung von Sozialpartnern und Industriellenvereinigung für "
          "Bildungsreform“",
    url="https://www.ots.at/presseaussendung/OTS_20170517_OTS0042/hammerschmid-freue-mich-sehr-ueber-die-breite-"
        "unterstuetzung-von-sozialpartnern-und-industriellenvereinigung-fuer-bildungsreform",
    retrieved="same address (release of 17 May 2017 on the OTS press-release service; the contact block 'Rückfragen & "
              "Kontakt: BM für Bildung … Pressesprecherin … www.bmb.gv.at' names the ministry as sender; the contact block "
              "and the OTS footer dropped (rule 19); the subtitle kept as its own line (rule 18); the stored copy ends with "
              "the paragraph whose quotation is introduced as closing ('so Hammerschmid abschließend'), kept whole as "
              "stored)",
    license=BMBF,
    paras=["Foglar, Leitl, Kaske, Schultes und Kapsch befürworten im Gespräch mit Ministerin Hammerschmid raschen "
           "Parlamentsbeschluss der Bildungsreform",
           AUTONOMIE_P2],
    quotes=[("„Freue mich sehr über die breite Unterstützung von Sozialpartnern und Industriellenvereinigung für "
             "Bildungsreform“", HAMMERSCHMID),
            (cut(AUTONOMIE_P2, "„Ich freue", "voranzutreiben“"), HAMMERSCHMID)],
    aliases={HAMMERSCHMID: ["Sonja Hammerschmid", "Bildungsministerin Sonja Hammerschmid", "Ministerin Hammerschmid",
                            "Hammerschmid"]})
