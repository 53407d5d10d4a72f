# Fifty-ninth held-out German real-news set (tests/data/heldout59-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 400). None of these
# pages is in any tests/data/*.jsonl (checked by URL, PK and OTS number against every source/url field and every address
# named in the modules and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text
# against all modules, SOURCES files and jsonl files). The annotation was finished and committed before whosaid was run on
# any of these texts. Fields as in articles.py.
# Sources: releases and news of the Austrian Parliament (Parlamentskorrespondenz pages of parlament.gv.at of 2004, 2016
# and 2023, a Parlamentskorrespondenz release of 2013 on OTS, a Parlamentskorrespondenz release of 2006 as reposted by
# the Österreich Journal, a news item of parlament.gv.at's media pages of 2020). Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- parlament.gv.at: Parlamentskorrespondenz pages ---

BURES = "Doris Bures"
BURES_P1 = ("Wien (PK) – \"Dieses Parlamentsjahr war geprägt von bedeutenden Ereignissen und politischen Themen, die "
            "niemanden kalt ließen. Internationale Themen wie der Terror in Paris, die Flüchtlingskrise, die Diskussionen "
            "über die Freihandelsabkommen TTIP und CETA oder zuletzt der Brexit haben auch die Debatten im Nationalrat "
            "geprägt\", zieht Nationalratspräsidentin Doris Bures heute am Tagungsende Bilanz.")
BURES_P2 = ("Ein Höhepunkt des Parlamentsjahres war der Besuch von UN-Generalsekretär Ban Ki-moon im April, der als erster "
            "internationaler Spitzendiplomat im Rahmen einer Nationalratssitzung gesprochen hat. \"Der Besuch von Ban "
            "Ki-moon war eine besondere Auszeichnung für das Hohe Haus\", freut sich Nationalratspräsidentin Bures. Ein "
            "wichtiges Anliegen war Bures, das Angebot an politischer Bildung auf die Zielgruppe der Lehrlinge zu "
            "erweitern: \"Lehrlinge sollen sich besser angesprochen fühlen und einen authentischen Einblick in "
            "demokratische Abläufe erhalten\".")

add(id="ho59-pk-2016-07-11-bures-jahresbilanz",
    title="Parlamentskorrespondenz Nr. 844 vom 11.07.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0844/index.shtml",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline and the subtitle, kept as lines of their own; the paragraph 'Arbeitsintensiv war neben der "
              "Gesetzgebung … Nationalratspräsidentin Bures dankte allen MitarbeiterInnen u', cut off in the stored copy, "
              "dropped (rule 15); it holds no quotation mark)",
    license=PK,
    paras=["Bures zur Jahresbilanz Nationalrat 2015/16: Parlamentsjahr war stark von internationalen Themen geprägt",
           "Nationalratspräsidentin bedankt sich bei den MitarbeiterInnen für die professionelle Abwicklung immer "
           "komplexerer Aufgaben im Parlament",
           BURES_P1,
           BURES_P2],
    quotes=[(cut(BURES_P1, "\"Dieses Parlamentsjahr", "Nationalrat geprägt\""), BURES),
            ("\"Der Besuch von Ban Ki-moon war eine besondere Auszeichnung für das Hohe Haus\"", BURES),
            ("\"Lehrlinge sollen sich besser angesprochen fühlen und einen authentischen Einblick in demokratische Abläufe "
             "erhalten\"", BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures", "Bures",
                     "Nationalratspräsidentin"]})

LUPAC_P3 = ("Die Preisträgerin Birgitt Haller leitet seit vielen Jahren das Institut für Konfliktforschung und gilt als große "
            "Persönlichkeit im Kampf gegen Gewalt an Frauen. Die ebenfalls gewürdigte Initiative Minderheiten, zunächst als "
            "Menschenrechts-NGO gegründet, setzt sich seit 1991 im Sinne eines umfassenden und inklusiven Verständnisses "
            "von Minderheiten für Gleichheit ohne Diskriminierung ein. Emanuel Lerch wird mit dem Wissenschaftspreis für "
            "seine Dissertation \"Demokratie und Autonomie – Eine Analyse entlang der EMRK\", Peter Slominski für sein "
            "bisheriges wissenschaftliches Gesamtwerk ausgezeichnet.")

add(id="ho59-pk-2023-12-05-lupac-preise",
    title="Parlamentskorrespondenz Nr. 1354 vom 05.12.2023",
    url="https://www.parlament.gv.at/aktuelles/pk/jahr_2023/pk1354",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline and the subtitle, kept as lines of their own; the subheading 'Demokratie in allen "
              "Lebensbereichen' and the paragraph after it ('Die Demokratie sei nicht beschränkt auf das Parlament, … "
              "die sich in'), cut off in the stored copy, dropped (rule 15); that paragraph holds no quotation mark)",
    license=PK,
    paras=["Demokratiepreis und Wissenschaftspreis der Margaretha Lupac-Stiftung würdigen Engagement für Demokratie",
           "Preisträger:innen in Podiumsgespräch über Bedeutung der politischen Teilhabe",
           "Wien (PK) – Die Konfliktforscherin Birgitt Haller und die Initiative Minderheiten wurden heute im Parlament "
           "mit dem Demokratiepreis 2022 der Margaretha Lupac-Stiftung ausgezeichnet. Der Wissenschaftspreis 2023 wurde "
           "an den Politikwissenschafter Peter Slominski und den Rechtswissenschafter Emanuel Lerch verliehen.",
           "Margaretha Lupac war der Republik Österreich besonders verbunden und hat ihr ganzes Vermögen dem Parlament "
           "vermacht. 2001 wurde im Gedenken an sie eine Stiftung gegründet, die seit 2004 alternierend alle zwei Jahre "
           "einen Demokratiepreis und einen Wissenschaftspreis vergibt.",
           LUPAC_P3],
    quotes=[("\"Demokratie und Autonomie – Eine Analyse entlang der EMRK\"", None)],
    aliases={})

MOLTERER = "Molterer"
PRAMMER04_P4 = ("ÖVP-Klubobmann Mag. MOLTERER erinnerte als erster Redner daran, dass seit 1945 die mandatsstärkste Partei den "
                "Präsidenten des Nationalrats und die zweitstärkste Partei den Zweiten Präsidenten stelle, ohne dass dies in "
                "der Geschäftsordnung verankert sei. Molterer hält das, wie er sagte, für \"eine gute Usance\", daher "
                "respektiere die ÖVP auch das Vorschlagsrecht der SPÖ für die zur Wahl stehende Funktion. Allerdings müsse "
                "der Kandidat bzw. die Kandidatin den Anforderungen an die Position entsprechen.")

add(id="ho59-pk-2004-06-16-prammer-zweite-praesidentin",
    title="Parlamentskorrespondenz Nr. 455 vom 16.06.2004",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2004/PK0455/",
    retrieved="same address (stored page; it begins with the release's number line, which is the first line (rule 18), then "
              "the headline in capitals and the subtitle, kept as lines of their own as published (rule 20); the paragraph "
              "'Als wichtige Kriterien für die Ausübung des Amtes nannte Molterer: … nicht nur im', cut off in the stored "
              "copy, dropped (rule 15); it holds no quotation mark in its stored part)",
    license=PK,
    paras=["BARBARA PRAMMER ZUR ZWEITEN PRÄSIDENTIN DES NATIONALRATS GEWÄHLT",
           "96 von 157 Stimmen für die Kandidatin der Sozialdemokraten",
           "Wien (PK) - Erster Punkt der Tagesordnung der zweiten Plenarsitzung des heutigen Tages war die Wahl des Zweiten "
           "Präsidenten bzw. der Zweiten Präsidentin des Nationalrats in der Nachfolge von Heinz Fischer. Zu Beginn der "
           "Sitzung wurde Dr. Norbert Darabos (S) als neuer Abgeordneter angelobt. Er folgt dem designierten "
           "Bundespräsidenten Heinz Fischer nach, der sein Mandat zurückgelegt hat.",
           "Vor Eingang in die Tagesordnung gab Nationalratspräsident Dr. KHOL bekannt, dass die Grünen die Einsetzung "
           "eines Untersuchungsausschusses zur Untersuchung der Verantwortung von Bildungsministerin Elisabeth Gehrer als "
           "Aufsichtsorgan der Bundesmuseen im Hinblick auf Missstände im Kunsthistorischen Museum beantragt haben. Über "
           "diesen Antrag wird am Schluss der Sitzung eine Kurze Debatte abgehalten.",
           "Vor Beginn der Debatte teilte Nationalratspräsident Khol mit, dass ein Wahlvorschlag der Sozialdemokraten "
           "lautend auf Abgeordnete Mag. Barbara PRAMMER vorliegt.",
           PRAMMER04_P4],
    quotes=[("\"eine gute Usance\"", MOLTERER)],
    aliases={MOLTERER: ["Molterer", "Mag. MOLTERER", "ÖVP-Klubobmann Mag. MOLTERER"]})

# --- Parlamentskorrespondenz release on OTS ("Wien (PK)") ---

HOESELE_TITLE = "\"Über die Pflicht, ein Optimist zu sein\""

add(id="ho59-pk-ots-2013-11-18-aviso-hoesele",
    title="AVISO: Buchpräsentation " + HOESELE_TITLE,
    url="https://www.ots.at/presseaussendung/OTS_20131118_OTS0095/aviso-buchpraesentation-ueber-die-pflicht-ein-optimist-zu-sein",
    retrieved="same address (release of 18 November 2013 on the OTS press-release service under the dateline 'Wien (PK)'; "
              "the stored copy's crawl-date prefix ' date 2018-03' dropped (rule 63); the subtitle kept as its own line "
              "(rule 18); the end mark '(Schluss) nov' and the photo note 'HINWEIS: Fotos finden Sie nach dieser "
              "Veranstaltung im Fotoalbum auf www.parlament.gv.at.' dropped (rule 48); complete in the stored copy)",
    license=PK,
    paras=["Veranstaltung zu Ehren des ehemaligen Bundesratspräsidenten Herwig Hösele, 18. November, 17.00 Uhr im Palais "
           "Epstein",
           "Wien (PK) - Anlässlich des 60. Geburtstags von Herwig Hösele wird heute auf Abend auf Einladung des "
           "Präsidenten des Bundesrats Reinhard Todt im Palais Epstein das Buch " + HOESELE_TITLE + " präsentiert.",
           "Dabei handelt es sich um ein Gemeinschaftsprojekt, das die AutorInnen Brigitte Bierlein, Vizepräsidentin des "
           "Verfassungsgerichtshofs, Heinrich Neisser, Zweiter Präsident des Nationalrates a.D. und Klaus Poier von der "
           "Karl-Franzens-Universität Graz dem ehemaligen Bundesratspräsidenten Hösele widmen. Die Themen umfassen unter "
           "anderem Entwicklungen des politischen Systems in Österreich und in Europa, Veränderungen in der Medienwelt und "
           "im Journalismus sowie Herausforderungen der Zeitgeschichte, der Religion und der Kirche. Der Titel wurde in "
           "Anlehnung an ein Zitat von Sir Karl Popper gewählt.",
           "Im Rahmen dieser Veranstaltung werden die AutorInnen zum Buch sprechen, auch der Jubilar wird zu Wort kommen.",
           "Hösele, heute Generalsekretär des Zukunftsfonds der Republik Österreich, gehörte von 2000 bis 2005 dem "
           "Bundesrat an und war im ersten Halbjahr 2003 dessen Präsident. Er war Mitbegründer und Mitherausgeber der "
           "Schriftenreihe \"Politicum\" und des \"Steirischen Jahrbuchs für Politik\". Heute publiziert er in diversen "
           "österreichischen Tages- und Wochenzeitungen.",
           "Das Buch erscheint im Styria Verlag."],
    quotes=[(HOESELE_TITLE, None, 0),
            (HOESELE_TITLE, None, 1),
            ("\"Politicum\"", None),
            ("\"Steirischen Jahrbuchs für Politik\"", None)],
    aliases={})

# --- Parlamentskorrespondenz release reposted by the Österreich Journal ("Wien (pk)") ---

KHOL = "Andreas Khol"
KHOL_P1 = ("Wien (pk) - Er habe sich bereits am Wahltag entschieden, sein Mandat nicht anzunehmen und werde mit der "
           "Konstituierung des Nationalrats am 30. Oktober Abschied vom Parlament nehmen. Das sagte Nationalratspräsident "
           "Andreas Khol am 12.10. in einer Pressekonferenz im Parlament. Das Amt des Nationalratspräsidenten sei \"das "
           "schönste Amt, das die Republik zu bieten hat\". Khol, der dem Hohen Haus seit 1983 angehörte, bezeichnete das "
           "Parlament heute als \"eines der politischen Häuser\" seines Lebens. Ab 1994 war er Klubobmann der ÖVP, seit "
           "2002 Präsident des Nationalrats.")

add(id="ho59-pk-oej-2006-10-12-khol-abschied",
    title="Khol: Ich scheide mit Dankbarkeit aus dem Parlament",
    url="http://www.oe-journal.at/Aktuelles/!2006/1006/W2/21310KholPk.htm",
    retrieved="same address (the Parlamentskorrespondenz's report on Andreas Khol's press conference of 12 October 2006 as "
              "reposted by the Österreich Journal under the dateline 'Wien (pk)' (rule 31); the headline's trailing spaces "
              "and the site's date line 'erstellt am 13. 10. 06' dropped; the subtitle 'Khol lädt zum Tag der offenen Tür "
              "am Nationalfeiertag' kept as its own line (rule 18); the paragraph 'Es seien darüber hinaus aber auch "
              "weitere Aktionen … werde er als amtierende', cut off in the stored copy, dropped (rule 15); it holds no "
              "quotation mark)",
    license=PK,
    paras=["Khol lädt zum Tag der offenen Tür am Nationalfeiertag",
           KHOL_P1,
           "Khol skizzierte in der Pressekonferenz den Ablauf der konstituierenden Sitzung des Nationalrats am 30. "
           "Oktober, der heute Nachmittag auch Thema der Präsidiale ist. Im Zusammenhang mit der Wahl des neuen "
           "Präsidiums werde es eine kurze Debatte geben. Es entspreche der Konvention, dass bei Mandatsgleichstand der "
           "stimmenstärkeren Fraktion das Vorschlagsrecht zukomme; dafür gebe es ein Präjudiz aus dem Jahr 1999, als die "
           "FPÖ den Zweiten und die ÖVP den Dritten Präsidenten gestellt hätte. Bei der Sitzung des Nationalrats – die "
           "bis zur Wahl des Präsidenten/der Präsidentin im Programm ORF 2 live übertragen wird – gehe es dann weiter um "
           "Routineangelegenheiten wie Wahl von SchriftführerInnen und OrdnerInnen."],
    quotes=[("\"das schönste Amt, das die Republik zu bieten hat\"", KHOL),
            ("\"eines der politischen Häuser\"", KHOL)],
    aliases={KHOL: ["Andreas Khol", "Nationalratspräsident Andreas Khol", "Khol"]})

# --- parlament.gv.at: news item of the media pages ---

SOBOTKA = "Wolfgang Sobotka"

add(id="ho59-parl-2020-06-30-sobotka-tag-des-parlamentarismus",
    title="NR-Präsident Sobotka: Recht auf Demokratie kein Privileg für wenige",
    url="https://www.parlament.gv.at/MEDIA/SONST/VID32/index.shtml",
    retrieved="same address (stored page of the Parliament's media pages, a news item of 30 June 2020; the cookie notice "
              "('HINWEISE ZU COOKIES' …), the search form's parameter lines ('GP=XXVI', 'ITYP=NRSITZ', …), the share line "
              "'Seite 'NR-Präsident Sobotka: Recht auf Demokratie kein Privileg für wenige' teilen', its buttons ('Copy to "
              "Clipboard Facebook Twitter WhatsApp E-Mail') and 'Diese Seite als Lesezeichen hinzufügen' dropped as site "
              "furniture (rule 93); the headline kept once as the title; complete in the stored copy)",
    license=PK,
    paras=["Heute, am 30. Juni, ist der Internationale Tag des Parlamentarismus. „Gerade in diesem Jahr, in dem die "
           "Menschheit durch die COVID-19-Pandemie auf eine harte Probe gestellt wird“, so Nationalratspräsident Wolfgang "
           "Sobotka, „zeigt sich, dass Krisen nur durch einen starken und robusten Parlamentarismus gelöst werden können.“",
           "Sobotka betont, dass auch in Ausnahmesituationen demokratische und rechtsstaatliche Prinzipien nicht vergessen "
           "werden dürfen und hebt die Bedeutung der Interparlamentarischen Union hervor."],
    quotes=[("„Gerade in diesem Jahr, in dem die Menschheit durch die COVID-19-Pandemie auf eine harte Probe gestellt "
             "wird“", SOBOTKA),
            ("„zeigt sich, dass Krisen nur durch einen starken und robusten Parlamentarismus gelöst werden können.“",
             SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "NR-Präsident Sobotka"]})
