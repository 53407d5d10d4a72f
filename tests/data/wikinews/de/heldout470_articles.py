# Four-hundred-and-seventieth held-out German real-news set (tests/data/heldout470-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2480-2482). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by release number, OTS number or
# address slug, headline, two or more distinctive phrases and the speakers' names of each text with grep -rliF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventieth held-out set": nine texts of the Austrian Parliament of
# 2015-2024, all under licence PK: four releases of the Parlamentskorrespondenz on parlament.gv.at (PK 1241/2015 on the
# minute of silence for the victims of the Paris attacks, PK 908/2016 on the draft report of the Hypo inquiry committee,
# PK 995/2016 on the death of Shimon Peres, PK 461/2024 on the special exhibition on the EU), one PK notice on the OTS
# press-release service (the AVISO of December 2018 for the reading that opened the series on women's suffrage), two PK
# releases reposted by the Österreich Journal (the Hypo inquiry committee's interim balance of May 2015, Doris Bures on
# the Berlin attack of December 2016), one news item of parlament.gv.at (Bundesratspräsidentin Claudia Arpa on child
# poverty, 2023; rule 136) and one event page of parlament.gv.at (the press conference at the end of the Hypo inquiry
# committee, October 2016; rules 136, 2481). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture, end marks, photo notes and the
# Österreich Journal's date lines and rubric notes are dropped (rules 14, 48, 93), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


SOBOTKA = "Wolfgang Sobotka"
BURES = "Doris Bures"
MAYREDER = "Rosa Mayreder"
ARPA = "Arpa"
PILGERMAIR = "Walter Pilgermair"

# --- PK on parlament.gv.at, No. 461 of 14.05.2024: Sobotka opens the special exhibition on the EU ---

EU_P1 = ("Wien (PK) – Nationalratspräsident Wolfgang Sobotka eröffnete heute die Sonderausstellung \"Die Europäische "
         "Union\", die sich im Vorfeld der Europawahl am 9. Juni mit der EU beschäftigt. Im Besucher:innenzentrum des "
         "Parlaments gelegen, informiert die Ausstellung über die Europäische Union, ihre Funktionsweise und ihre Bedeutung "
         "für Österreich. Ein besonderer Fokus wird auf die Wahl zum Europäischen Parlament gelegt. Besucher:innen können "
         "die Sonderausstellung bis 10. Juni 2024 besichtigen.")
EU_P2 = ("\"Das Parlament ist mit Europa eng verbunden\", betonte Nationalratspräsident Wolfgang Sobotka bei der Eröffnung. "
         "Die Ausstellung solle den Besucherinnen und Besuchern zeigen, in welchem Konnex das österreichische Parlament mit "
         "der EU stehe, so Sobotka. Viele Menschen wüssten etwa nicht, dass Abgeordnete zum Europäischen Parlament das "
         "Rederecht bei österreichischen Parlamentssitzungen haben, oder in welche europäischen Institutionen noch für unser "
         "Land von Bedeutung seien. Der Nationalratspräsident verwies zudem auf die Mitbestimmungsrechte der nationalen "
         "Parlamente und die Bedeutung von parlamentarischer Diplomatie.")
EU_P3 = ("Die Ausstellung wird durch Objekte aus dem Haus der Europäischen Union und Erklärvideos sowie durch den "
         "EU-Freihandbereich in der Parlamentsbibliothek ergänzt. Ziel ist es, ein breites Publikum über die Geschichte, "
         "Gegenwart und Zukunft der Beziehung zwischen Österreich und der Europäischen Union zu informieren und zu "
         "sensibilisieren. Die Sonderausstellung ist Teil der Kampagne #MehralseinKreuzerl, mit der das Parlament "
         "zahlreiche Aktionen im Wahljahr 2024 setzt.")

add(id="ho470-pk-2024-461-sobotka-eu-sonderausstellung",
    title="Parlamentskorrespondenz Nr. 461 vom 14.05.2024",
    url="http://parlament.gv.at/aktuelles/pk/jahr_2024/pk0461",
    retrieved="same address (stored page of the release; it begins with the release's number line, which is the first "
              "line (rule 18), then headline and subtitle as lines of their own; the en dash of the dateline and the "
              "straight marks kept as published (rule 20); the end mark '(Schluss) kar' and the photo note 'HINWEIS: Fotos "
              "von der Ausstellungseröffnung finden Sie im Webportal des Parlaments.' dropped (rule 48); complete as "
              "stored)",
    license=PK,
    paras=["Sonderausstellung zu EU und Europawahl ab sofort im Parlament",
           "Sobotka betont bei Eröffnung Zusammenspiel zwischen Parlament und EU",
           EU_P1, EU_P2, EU_P3],
    # the exhibition's name is null (rules 24, 48); the quotation before its cue 'betonte Nationalratspräsident Wolfgang
    # Sobotka' is his (rule 44); the Konjunktiv report after it ('so Sobotka') and the unmarked subtitle carry no span
    # (rule 5); 'Der Nationalratspräsident', which names only him here, is an alias (rule 44); the campaign hashtag has no
    # marks
    quotes=[("\"Die Europäische Union\"", None),
            ("\"Das Parlament ist mit Europa eng verbunden\"", SOBOTKA)],
    aliases={SOBOTKA: ["Wolfgang Sobotka", "Nationalratspräsident Wolfgang Sobotka", "Sobotka", "Nationalratspräsident"]})

# --- PK on parlament.gv.at, No. 1241 of 16.11.2015: a minute of silence for the victims of the Paris attacks ---

PA_P1 = ("Wien (PK) – Ein \"Zeichen des Widerstands\", wie Nationalratspräsidentin Doris Bures sagte, setzte heute das "
         "Parlament und gedachte in der Säulenhalle gemeinsam der Opfer der verheerenden Terroranschläge in Paris. Neben den "
         "beiden Präsidenten Karlheinz Kopf und Norbert Hofer kamen heute Mittag nicht nur alle Klubobleute sondern auch "
         "zahlreiche ParlamentarierInnen und MitarbeiterInnen der Klubs und der Parlamentsdirektion dem Aufruf der "
         "Nationalratspräsidentin nach, in einer Schweigeminute ihrer Solidarität und Anteilnahme Ausdruck zu verleihen.")
PA_P2 = ("\"Unsere Gedanken sind in Frankreich – bei den Opfern und bei den weinenden Angehörigen\", drückte die "
         "Nationalratspräsidentin im Namen aller ihre Anteilnahme aus. \"Fassungslos blicken wir dieser Tage nach "
         "Frankreich: In nur 33 Minuten haben terroristische Mörderbanden das Leben von 129 Menschen ausgelöscht und weitere "
         "hunderte Menschen verletzt. Dieser feige Angriff auf Demokratie, Freiheit und Stabilität lässt uns noch näher "
         "zusammenrücken\", so die Nationalratspräsidentin. \"Das heutige Gedenken im Parlament, dem Zentrum der Demokratie, "
         "sehe ich auch als ein Zeichen des Widerstands: Steht dieses Haus doch wie kein anderes für jene Werte, die von den "
         "Terroristen auf abscheuliche Weise bekämpft werden\".")
PA_P3 = ("\"Terroristen werden uns nicht zwingen können, unsere Demokratie einzuschränken und Werte wie Freiheit, Toleranz "
         "und Offenheit aufzugeben. Wir werden sie nicht siegen lassen!\", stellte Bures mit Nachdruck fest.")

add(id="ho470-pk-2015-1241-schweigeminute-paris",
    title="Parlamentskorrespondenz Nr. 1241 vom 16.11.2015",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2015/PK1241/index.shtml",
    retrieved="same address (stored page of the release; number line first (rule 18), then headline and subtitle as lines "
              "of their own; the published 'Klubobleute sondern' without a comma and the full stop after the closing mark "
              "('bekämpft werden\".') kept (rule 20); the end mark '(Schluss) red' and the photo note 'HINWEIS: Fotos von "
              "der Schweigeminute finden Sie im Fotoalbum auf www.parlament.gv.at.' dropped (rule 48); complete as stored)",
    license=PK,
    paras=["Parlament gedenkt in Schweigeminute der Opfer des Pariser Terrors",
           "Bures: Das heutige Gedenken ist ein Zeichen des Widerstands",
           PA_P1, PA_P2, PA_P3],
    # the phrase in marks after which 'wie Nationalratspräsidentin Doris Bures sagte' is inserted is hers, not the
    # Parliament's that 'setzte' it (rule 2482); the second paragraph's three quotations are hers: the first cued by
    # 'drückte die Nationalratspräsidentin … aus', the second by 'so die Nationalratspräsidentin', the third cue-less after
    # it (NOTES.md continuation); the third paragraph's by 'stellte Bures … fest'; the subtitle 'Bures: …' has no marks
    # (rule 400); the two other presidents are named as present and say nothing
    quotes=[("\"Zeichen des Widerstands\"", BURES),
            (cut(PA_P2, "\"Unsere Gedanken", "Angehörigen\""), BURES),
            (cut(PA_P2, "\"Fassungslos", "zusammenrücken\""), BURES),
            (cut(PA_P2, "\"Das heutige", "bekämpft werden\""), BURES),
            (cut(PA_P3, "\"Terroristen", "lassen!\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin"]})

# --- PK reposted by the Österreich Journal, 20.12.2016: Bures on the attack on the Berlin Christmas market ---

BE_P1 = ("Berlin/Wien (pk) - Nationalratspräsidentin Doris Bures zeigt sich tief betroffen über den schrecklichen Vorfall "
         "in Berlin, bei dem nach jetzigem Wissensstand neun Menschen ihr Leben verloren haben und sehr viele weitere "
         "verletzt worden sind. Gegenüber dem deutschen Bundespräsidenten Joachim Gauck und ihrem deutschen Amtskollegen, "
         "Bundestagspräsidenten Norbert Lammert, drückt die Nationalratspräsidentin ihre Anteilnahme und die volle "
         "Solidarität Österreichs aus. Ihr tief empfundenes Mitgefühl gilt den Angehörigen der Todesopfer und allen "
         "Verletzten dieser furchtbaren Tragödie.")
BE_P2 = ("Die Fahnen auf und vor dem Parlamentsgebäude sind seit heute 9.30 Uhr bis morgen Sonnenuntergang auf Halbmast "
         "gesetzt. Die Trauerbeflaggung steht im Zeichen der tiefen Betroffenheit über den Anschlag in Berlin und der vollen "
         "Solidarität des österreichischen Parlaments gegenüber der Bundesrepublik Deutschland in diesen Stunden.")
BE_P3 = ("Nationalratspräsidentin Doris Bures: \"Unsere Gedanken und unsere tiefe Anteilnahme gilt allen Betroffenen dieses "
         "Terroranschlags und der gesamten Bevölkerung Deutschlands. Ziel dieser feigen Attacke sind auch unsere "
         "europäischen Grundwerte, die aber stärker sind als der blinde Hass der Terroristen.\"")

add(id="ho470-pk-oej-2016-12-20-bures-anschlag-berlin",
    title="Tief empfundenes Mitgefühl gilt den Opfern und ihren Angehörigen",
    url="http://oe-journal.at/Aktuelles/!2016/1216/W3/42012ApkBures.htm",
    retrieved="same address (the Parlamentskorrespondenz's release of 20 December 2016, dateline 'Berlin/Wien (pk)', as "
              "reposted by the Österreich Journal (rule 31); the headline, wrapped over two lines in the stored copy, "
              "joined with a space; the repost's date lines 'erstellt am' / '20. 12. 16' / '11:00 MEZ' dropped (rule 93); "
              "the subtitle kept as a line of its own (rule 18); the link line 'Allgemeine Informationen: "
              "http://www.parlament.gv.at', the navigation 'zurück' and the Österreich Journal's notes on its rubric "
              "('Die Nachrichten-Rubrik \"Österreich, Europa und die Welt\" widmet Ihnen der Auslandsösterreicher-Weltbund') "
              "and its monthly magazine dropped with their marks (rule 93); the published 'Unsere Gedanken und unsere tiefe "
              "Anteilnahme gilt' kept (rule 20); complete in the stored copy)",
    license=PK,
    paras=["Nationalratspräsidentin Doris Bures drückt Deutschland volle Solidarität Österreichs aus",
           BE_P1, BE_P2, BE_P3],
    # the quotation after the speaker label 'Nationalratspräsidentin Doris Bures:' is hers (rule 9, as the label `Bures: "…"` in the twenty-third set); the German
    # president and the Bundestag's president to whom she writes say nothing
    quotes=[(cut(BE_P3, "\"Unsere", "Terroristen.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin"]})

# --- PK AVISO on OTS, 17.12.2018: the reading that opens the Parliament's series on women's suffrage ---

FW_P1 = ("Wien (PK) - Anlässlich des 100-Jahr-Jubiläums des Frauenwahlrechts lädt Nationalratspräsident Wolfgang Sobotka "
         "zu einer Lesung unter dem Titel (und Zitat von Rosa Mayreder) \"Es ist immer die leidige Frauenfrage, die mich "
         "bewegt.\"")
FW_P2 = ("Am 18. Dezember 1918 wurde jene Wahlordnung verabschiedet, in der das allgemeine Frauenwahlrecht in Österreich "
         "festgehalten ist. Die Lesung ist der Anfang einer Reihe von geplanten Veranstaltungen des Parlaments zum Thema "
         "Frauenwahlrecht.")
FW_P3 = ("Nach einer Keynote-Speech von der Ehrenpräsidentin des österreichischen UN-Women Nationalkomitees Lilly Sucharipa "
         "wird die Schauspielerin und UN-Botschafterin für die \"Orange the World\"-Kampagne Ursula Strauss Texte von den "
         "Pionierinnen des Frauenwahlrechts, etwa Rosa Mayreder, Marianne Hainisch und Adelheid Popp, vortragen.")
FW_L1 = ("Veranstaltung : \"Es ist immer die leidige Frauenfrage, die mich bewegt\" (Zitat Rosa Mayreder) - "
         "Auftaktveranstaltung der Veranstaltungsreihe Frauenwahlrecht")

add(id="ho470-pk-ots-2018-12-17-aviso-frauenwahlrecht",
    title="AVISO: Auftakt der Veranstaltungsreihe Frauenwahlrecht",
    url="https://www.ots.at/presseaussendung/OTS_20181217_OTS0129/aviso-auftakt-der-veranstaltungsreihe-frauenwahlrecht",
    retrieved="same address (stored OTS copy of the Parlamentskorrespondenz notice of 17 December 2018, dateline 'Wien "
              "(PK)'; the stored copy's date prefix ' date 2018-12' dropped (rule 63); the subtitle kept as a line of its "
              "own (rule 18); the service lines 'Veranstaltung : …', 'Zeit: …', 'Ort : …' and the invitation to media "
              "representatives, which stand before the end mark, kept as lines of their own as published, with the "
              "published spaces before the colons (rule 20; as in the thirty-second set); the end mark '(Schluss) red' "
              "dropped (rule 48); complete as stored)",
    license=PK,
    paras=["Nationalratspräsident Sobotka lädt am 18. Dezember 2018, 16 Uhr in die Börsensäle",
           FW_P1, FW_P2, FW_P3, FW_L1,
           "Zeit: Dienstag, 18. Dezember 2018, 16 Uhr",
           "Ort : Festsaal der Wiener Börse, Eingang Wipplingerstraße",
           "MedienvertreterInnen sind zu diesem Termin herzlich eingeladen."],
    # the reading's title, which the notice itself calls a quotation of Rosa Mayreder ('(und Zitat von Rosa Mayreder)',
    # '(Zitat Rosa Mayreder)'), is hers both times, with the full stop inside the first span as published (rule 2480;
    # contrast rule 401); the campaign name is null (rule 24); Sobotka, who invites, and the speakers of the event say
    # nothing in marks
    quotes=[(cut(FW_P1, "\"Es ist", "bewegt.\""), MAYREDER),
            ("\"Orange the World\"", None),
            (cut(FW_L1, "\"Es ist", "bewegt\""), MAYREDER)],
    aliases={MAYREDER: ["Rosa Mayreder"]})

# --- parlament.gv.at news item (2023): Bundesratspräsidentin Claudia Arpa on child poverty ---

AR_P1 = ("Es sei noch immer Fakt, dass manche junge Menschen hoffnungsvoller in die Zukunft blicken können als andere, "
         "sagte Arpa. Ihr sei es wichtig, junge Menschen wieder mitzunehmen und mit ihnen und für sie das Land "
         "chancenreicher und lebenswerter zu machen. Als wichtigen Hebel dafür nannte Arpa den freien Zugang zu Bildung.")
AR_P2 = ("In Zeiten vielfältiger Krisen müssten Familien mit Kindern, Alleinerziehende und Beschäftigte in schlecht bezahlten "
         "Berufen bei der Bildung und der Teilhabe am gesellschaftlichen Leben sparen, gab die Bundesratspräsidentin zu "
         "bedenken. Die Erfahrung von Armut und die dadurch erlebten Ungleichheiten würden Kinder ihr ganzes Leben lang "
         "prägen. \"Armut wird in Österreich vererbt und das dürfen wir nicht zulassen\", betonte Arpa. Jede Investition in "
         "die Jugend mache sich später um ein Vielfaches bezahlt, zeigte sie sich überzeugt.")
AR_P3 = ("Die Vorsitzende der Länderkammer plädierte deshalb dafür, gemeinsam dafür zu sorgen, das Leben der Familien in "
         "Österreich so zu gestalten, dass alle Kinder und Jugendlichen mit den gleichen Chancen aufwachsen können.")

add(id="ho470-parl-news-2023-arpa-investition-in-kinder",
    title=None,
    url="https://www.parlament.gv.at/aktuelles/news/Arpa-Investition-in-Kinder-macht-sich-vielfach-bezahlt",
    retrieved="same address (news item of the Austrian Parliament's website, undated in the stored copy; from the second "
              "half of 2023, when Claudia Arpa presided over the Bundesrat, by its contents; taken under the PK terms as a "
              "text of the Parliament's press service, rule 136; the stored copy begins inside the item, with its "
              "Konjunktiv report 'Es sei noch immer Fakt, …', so the text has no title line and no dateline (rules 18, 32); "
              "three paragraphs, complete as stored)",
    license=PK,
    paras=[AR_P1, AR_P2, AR_P3],
    # the one quotation is cued by 'betonte Arpa' (rule 44); the Konjunktiv reports around it have no marks (rule 5); she
    # is named only by her surname in the stored part, which is canonical (rule 7); 'Bundesratspräsidentin' names only her
    # (rule 44), while 'Die Vorsitzende der Länderkammer' names the chamber and is no alias (rule 33)
    quotes=[("\"Armut wird in Österreich vererbt und das dürfen wir nicht zulassen\"", ARPA)],
    aliases={ARPA: ["Arpa", "Bundesratspräsidentin"]})

# --- PK reposted by the Österreich Journal, 26.05.2015: interim balance of the Hypo inquiry committee ---

HY_T = ("10 Sitzungen, 12 Auskunftspersonen und 39 Stunden Befragungszeit - Nationalratspräsidentin Bures: Wir sind mitten "
        "in der Aufklärungsarbeit")
HY_P1 = ("Wien (pk) – Der Hypo-Untersuchungsausschuss findet nunmehr seit drei Monaten statt, vergangene Woche tagte seine "
         "zehnte Sitzung. Zeit für eine Zwischenbilanz: Die Mitglieder des Ausschusses befragten bisher zwölf "
         "Auskunftspersonen. Ohne Pausen und Unterbrechungen betrug die reine Befragungszeit aller Auskunftspersonen 38 "
         "Stunden und 51 Minuten. Die Gesamtdauer der ersten zehn Sitzungen lag bei 61 Stunden und 24 Minuten.")
HY_P2 = ("Im gesicherten Online-System des Parlaments finden sich mittlerweile 900.000 Seiten an Akten und Unterlagen zum "
         "Untersuchungsgegenstand, die von den Mitgliedern des Ausschusses mit Vollsuchfunktion gefunden werden können. "
         "Diese 900.000 ins System eingespeisten Akten würden als A4 Seiten ausgedruckt 4,5 Tonnen wiegen, was dem Gewicht "
         "eines ausgewachsenen Elefanten entspricht. Würde man die einzelnen Aktenseiten nebeneinander legen, würden sie acht "
         "Fußballplätze bedecken.")
HY_P3 = ("Hinzu kommen noch 88.000 Aktenseiten der Sicherheitsstufe 2 (\"vertraulich\") und 900 Seiten der Sicherheitsstufe "
         "3 (\"geheim\"), die den Ausschussmitgliedern für ihre Aufklärungsarbeit zur Verfügung stehen – die aber vom "
         "Parlament aus Sicherheitsgründen nicht digitalisiert aufbewahrt werden dürfen.")
HY_P4 = ("Der Hypo-Untersuchungsausschuss ist der erste U-Ausschuss, bei dem die neue Verfahrensordnung zum Einsatz kommt, "
         "die im vergangenen Jahr von SPÖ, ÖVP, FPÖ, Grünen und Neos beschlossen worden ist. Bei allen zehn Sitzungen des "
         "Ausschusses führte Nationalratspräsidentin Doris Bures den Vorsitz. Die Nationalratspräsidentin resümiert: \"Das "
         "neue Regelwerk für den Untersuchungsausschuss sorgte in einigen Punkten für Diskussionen. Die meisten offenen "
         "Fragen konnten konsensuell geklärt werden, beim Thema Aktenschwärzungen ist nun der Verfassungsgerichtshof am Wort. "
         "Wir sind mittlerweile mitten in der Aufklärungsarbeit.\"")

add(id="ho470-pk-oej-2015-05-26-hypo-u-ausschuss-zwischenbilanz",
    title=HY_T,
    url="http://oe-journal.at/Aktuelles/!2015/0515/W4/52605pkU-Ausschuss.htm",
    retrieved="same address (the Parlamentskorrespondenz's interim balance of the Hypo inquiry committee of 26 May 2015, "
              "dateline 'Wien (pk)', as reposted by the Österreich Journal (rule 31); the stored copy begins with the "
              "release's subtitle, which is the first line (rules 18, 32); its fixed-width line wraps joined with spaces "
              "(rules 48, 451), with paragraph breaks where a short line ends a sentence and never where a sentence "
              "continues on the same line ('beschlossen worden ist. Bei allen' stays one paragraph); the en dash before "
              "'die aber' and the published 'A4 Seiten' kept (rule 20); the paragraph 'Die Befragunge', cut off in the "
              "stored copy, dropped (rule 15))",
    license=PK,
    paras=[HY_P1, HY_P2, HY_P3, HY_P4],
    # the two security levels in marks are classification terms, null (rule 24); the colon quotation after 'Die
    # Nationalratspräsidentin resümiert:' is Doris Bures's, named in the sentence before (rules 9, 44); the unmarked
    # 'Bures: Wir sind …' of the first line carries no span (rule 400)
    quotes=[("\"vertraulich\"", None),
            ("\"geheim\"", None),
            (cut(HY_P4, "\"Das neue", "Aufklärungsarbeit.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin Bures", "Bures",
                     "Nationalratspräsidentin"]})

# --- parlament.gv.at event page, 11.10.2016: press conference at the end of the Hypo inquiry committee ---

PKH_P1 = ("Nationalratspräsidentin und Hypo-U-Ausschuss-Vorsitzende Doris Bures zog heute gemeinsam mit Verfahrensrichter "
          "Walter Pilgermair und Verfahrensanwalt Bruno Binder in einer Pressekonferenz Bilanz über den "
          "Hypo-Untersuchungsausschuss.")
PKH_P2 = ("Nach nunmehr 670 Stunden Ausschussdauer, 79 Sitzungen und 142 Befragungen von 124 Auskunftspersonen zog die "
          "Nationalratspräsidentin das Resümee, dass die \"Premiere für die neue Verfahrensordnung gelungen\" und dass das "
          "\"Regelwerk erfolgreich mit Leben erfüllt\" worden ist.")
PKH_P3 = ("Nationalratspräsidentin Doris Bures: \"Die Geschehnisse rund um die Hypo wurden im U-Ausschuss im Rahmen "
          "demokratischer Legitimation, transparent und so umfassend, wie noch nie zuvor, durchleuchtet. Die Befragungen "
          "fanden unter Wahrheitspflicht statt und behandelten alle Facetten der Causa Hypo. Sowohl alle "
          "Befragungsprotokolle wie auch der Bericht und die Fraktionsberichte sind auf der Homepage des Parlaments für alle "
          "Bürgerinnen und Bürger einsehbar und dokumentiert. Der Hypo-U-Ausschuss hat Zusammenhänge rund um die Bank "
          "verdeutlicht und damit zur Sensibilisierung der Öffentlichkeit beigetragen.\"")
PKH_P4 = ("Auch Verfahrensrichter Walter Pilgermair zog eine positive Bilanz über das neue Regelwerk: \"Der große Umfang und "
          "die Tiefe der Untersuchungen des Untersuchungsausschusses haben wichtige neue Erkenntnisse gebracht.\" Neben dem "
          "Ausschussbericht hätten sich dabei auch die sechs Fraktionsberichte im Sinn der Untersuchungsarbeit als sehr "
          "wertvoll erwiesen, so Pilgermair.")

add(id="ho470-parl-veranstaltung-2016-10-hypo-u-ausschuss-pressekonferenz",
    title="Pressekonferenz zum Ende des Hypo-Untersuchungsausschusses",
    url="https://www.parlament.gv.at/erleben/veranstaltungen/712523",
    retrieved="same address (event page of the Austrian Parliament's website for the press conference of 11 October 2016 "
              "at the end of the Hypo inquiry committee (date by its contents: the day after the committee's last sitting "
              "of 10 October 2016); its text, under the tab 'Inhalt', is the report of the Parliament's press service and "
              "is taken under the PK terms (rules 136, 2481); the page label 'Veranstaltung', the list of tab labels "
              "'Inhalt und Programm', 'Parlamentskorrespondenz', 'Mediathek', 'Wichtige Hinweise' and the tab heading "
              "'Inhalt' dropped, the event's heading kept as the title (rule 2481); four paragraphs, the last ending with "
              "'so Pilgermair.', complete as stored)",
    license=PK,
    paras=[PKH_P1, PKH_P2, PKH_P3, PKH_P4],
    # the two partial quotations in the dass-clauses after 'zog die Nationalratspräsidentin das Resümee' are hers (rules
    # 3, 25, 48: her own verdict, not a name); the quotation after the label 'Nationalratspräsidentin Doris Bures:' is
    # hers (rule 9, as the label `Bures: "…"` in the twenty-third set); the colon quotation after 'Auch Verfahrensrichter Walter Pilgermair zog eine positive Bilanz …:'
    # is his (rule 9); the Verfahrensanwalt named in the first paragraph says nothing
    quotes=[("\"Premiere für die neue Verfahrensordnung gelungen\"", BURES),
            ("\"Regelwerk erfolgreich mit Leben erfüllt\"", BURES),
            (cut(PKH_P3, "\"Die Geschehnisse", "beigetragen.\""), BURES),
            (cut(PKH_P4, "\"Der große", "gebracht.\""), PILGERMAIR)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Nationalratspräsidentin"],
             PILGERMAIR: ["Walter Pilgermair", "Verfahrensrichter Walter Pilgermair", "Pilgermair"]})

# --- PK on parlament.gv.at, No. 995 of 28.09.2016: Bures on the death of Shimon Peres ---

PE_P1 = ("Wien (PK) - Soeben von einem Besuch in Israel zurückgekehrt, zeigt sich Nationalratspräsidentin Doris Bures "
         "betroffen über die Nachricht vom Ableben des ehemaligen israelischen Staatspräsidenten Shimon Peres: \"Ein ganz "
         "Großer ist von uns gegangen. Peres hat sich in verschiedenen politischen Funktionen nicht nur beständig für die "
         "Sicherheit seines Landes, sondern auch für den friedlichen Ausgleich mit dem palästinensischen Volk und den "
         "Nachbarländern Israels eingesetzt. Er war in diesen Bemühungen unermüdlich und ist dafür auch mit dem "
         "Friedensnobelpreis ausgezeichnet worden. Sein Wirken bleibt Beispiel und Auftrag für alle, die sich für Frieden "
         "und Versöhnung einsetzen.\" Dem israelischen Volk drückt die österreichische Nationalratspräsidentin ihre tief "
         "empfundene Anteilnahme aus.")

add(id="ho470-pk-2016-995-bures-tod-peres",
    title="Parlamentskorrespondenz Nr. 995 vom 28.09.2016",
    url="https://www.parlament.gv.at/PAKT/PR/JAHR_2016/PK0995/index.shtml",
    retrieved="same address (stored page of the release; number line first (rule 18), then headline and subtitle as lines "
              "of their own; the end mark '(Schluss) red' dropped (rule 48); complete as stored)",
    license=PK,
    paras=["Bures zum Tod von Shimon Peres: Sein Wirken bleibt Beispiel und Auftrag für alle",
           "Nationalratspräsidentin drückt israelischem Volk tief empfundene Anteilnahme aus",
           PE_P1],
    # the colon quotation after 'zeigt sich Nationalratspräsidentin Doris Bures betroffen über die Nachricht …:' is hers
    # (rule 9), not that of Peres, whom the colon's noun phrase names last and the quotation speaks about; the headline's
    # unmarked 'Bures zum Tod von Shimon Peres: …', which repeats the quotation's last sentence, carries no span (rule 400)
    quotes=[(cut(PE_P1, "\"Ein ganz", "einsetzen.\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Doris Bures", "Bures", "Nationalratspräsidentin"]})

# --- PK on parlament.gv.at, No. 908 of 23.08.2016: the draft report of the Hypo inquiry committee ---

HB_P1 = ("Wien (PK) - Nationalratspräsidentin und Hypo-U-Ausschuss -Vorsitzende Doris Bures hat heute den von "
         "Verfahrensrichter Walter Pilgermair erstellten Entwurf des Ausschuss-Berichts an die Fraktionen übermittelt. \"Die "
         "Aufklärungsarbeit im Hypo-U-Ausschuss ist transparent, größtenteils medienöffentlich und im Rahmen demokratischer "
         "Legitimation erfolgt\", so die Nationalratspräsidentin.")
HB_P2 = ("Bis spätestens 6. September 2016 müssen nun die Fraktionen ihre etwaigen Fraktionsberichte der Vorsitzenden "
         "übermitteln - danach widmet sich der Verfahrensrichter der Wahrung der Rechte der im Bericht erwähnten Personen. "
         "Am 10. Oktober 2016 übermittelt der U-Ausschuss im Rahmen einer letzten Geschäftsordnungssitzung den Bericht an "
         "die Nationalratspräsidentin – woraufhin dieser dann auch veröffentlicht wird. Am 12. Oktober 2016 wird der Bericht "
         "planmäßig im Nationalrat behandelt.")

add(id="ho470-pk-2016-908-hypo-berichtsentwurf",
    title="Parlamentskorrespondenz Nr. 908 vom 23.08.2016",
    url="http://www.parlament.gv.at/aktuelles/pk/jahr_2016/pk0908",
    retrieved="same address (stored page of the release; number line first (rule 18), then headline and subtitle as lines "
              "of their own; the published 'Hypo-U-Ausschuss -Vorsitzende' with its stray space kept (rule 20); the end "
              "mark '(Schluss) wz' dropped (rule 48); complete as stored)",
    license=PK,
    paras=["Hypo-U-Ausschuss: Entwurf des Berichts an Fraktionen übermittelt",
           "Nationalratspräsidentin Bures: Aufklärungsarbeit ist transparent, demokratisch legitimiert und größtenteils "
           "medienöffentlich erfolgt",
           HB_P1, HB_P2],
    # 'so die Nationalratspräsidentin' takes up Doris Bures, the subject of the sentence before (rules 30, 44); the judge
    # who wrote the draft says nothing; the unmarked subtitle paraphrase carries no span (rule 400)
    quotes=[(cut(HB_P1, "\"Die Aufklärungsarbeit", "erfolgt\""), BURES)],
    aliases={BURES: ["Doris Bures", "Nationalratspräsidentin Bures", "Nationalratspräsidentin"]})
