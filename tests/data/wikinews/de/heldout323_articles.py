# Three-hundred-and-twenty-third held-out German real-news set (tests/data/heldout323-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1930-1933). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, page number, headline
# and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-twenty-third held-out set": texts of the European Parliament (licence
# EP): the release of its Liaison Office in Germany on President Metsola's call to vote in the 2024 European elections
# (May 2023, 'Brüssel/Berlin (ots)', as reposted unchanged by finanznachrichten.de); two weekly pages 'Neues aus dem
# Parlament' of the Europe Direct centre Duisburg, which reposts the Parliament's news week by week (October 2019, July
# 2020); and two plenary previews 'Die Schwerpunkte' of the Liaison Office on the press portal presseportal.de (July and
# November 2014). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


METSOLA = "Roberta Metsola"
ABGEORDNETE = "Abgeordnete"

# --- European Parliament, Liaison Office in Germany, May 2023: Metsola on the 2024 European elections (ots repost) ---

WAHL_P1 = ('Brüssel/Berlin (ots) -Europawahl 2024: "Gehen Sie wählen. Lassen Sie nicht zu, dass jemand anderes für Sie '
           'entscheidet" (https://www.europarl.europa.eu/news/de/press-room/20230424IPR82001/europawahl-2024-gehen-sie-'
           'wahlen-fordert-ep-prasidentin-metsola)Nachdem die Vertreter der EU-Länder auf der Ratstagung am Mittwoch den '
           '6.-9. Juni 2024 als Termin für die nächste Europawahl bestätigt haben, erklärte EP-Präsidentin Roberta '
           'Metsola:"Die Europäische Union entwickelt sich immer weiter. Die Welt verändert sich und wir müssen uns '
           'anpassen. Wir brauchen Reformen. Wir dürfen uns vor Veränderungen nicht fürchten. Die EU ist nicht perfekt. '
           'Wir müssen dieses Projekt leben und erfüllen, indem wir weiter zuhören, weiter erklären und weiter liefern.Ich '
           'lege Ihnen allen nahe, sich die Hoffnung und die Chancen, die die Europäische Union bietet, wieder zu eigen zu '
           'machen. Gehen Sie wählen. Lassen Sie nicht zu, dass jemand anderes für Sie entscheidet. Beteiligen Sie sich an '
           'der größten demokratischen Aktion in Europa."In Deutschland wird am Sonntag, den 9. Juni 2024, gewählt.')

add(id="ho323-ep-2023-05-metsola-europawahl-2024",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2023-05/59116383-europawahl-2024-gehen-sie-waehlen-lassen-sie-nicht-"
        "zu-dass-jemand-anderes-fuer-sie-entscheidet-007.htm",
    retrieved="same address (the release of the European Parliament's Liaison Office in Germany of May 2023, dateline "
              "'Brüssel/Berlin (ots)', as reposted unchanged by finanznachrichten.de with the Liaison Office's own press "
              "contacts ('Pressereferentin | Verbindungsbüro des Europäischen Parlaments in Deutschland'), used as the "
              "Parliament's text (rule 31); the store's prefix ' date 2023-05 ' dropped; the stored copy begins with the "
              "dateline, into which the release's headline and its link are run, so there is no title line (rule 32); it "
              "runs the release's lines together without spaces ('(ots) -Europawahl', 'metsola)Nachdem', "
              "'Metsola:\"Die', 'liefern.Ich', 'Europa.\"In'), kept as stored in one paragraph (rule 20, as for the "
              "aktiencheck.de copy of the twenty-second set); the link list from 'Weitere Informationen' on ('Erklärung von "
              "EP-Präsidentin Metsola (Video)', 'Die Präsidentin des Europäischen Parlaments', 'EP-Multimedia-Center - "
              "Europwahl 2024' with their addresses) and the press-contact block from 'Pressekontakt:' on, cut off in the "
              "stored copy, dropped (rules 14, 19))",
    license=EP,
    paras=[WAHL_P1],
    quotes=[('"Gehen Sie wählen. Lassen Sie nicht zu, dass jemand anderes für Sie entscheidet"', METSOLA),
            ('"Die Europäische Union entwickelt sich immer weiter. Die Welt verändert sich und wir müssen uns anpassen. Wir '
             'brauchen Reformen. Wir dürfen uns vor Veränderungen nicht fürchten. Die EU ist nicht perfekt. Wir müssen '
             'dieses Projekt leben und erfüllen, indem wir weiter zuhören, weiter erklären und weiter liefern.Ich lege '
             'Ihnen allen nahe, sich die Hoffnung und die Chancen, die die Europäische Union bietet, wieder zu eigen zu '
             'machen. Gehen Sie wählen. Lassen Sie nicht zu, dass jemand anderes für Sie entscheidet. Beteiligen Sie sich '
             'an der größten demokratischen Aktion in Europa."', METSOLA)],
    aliases={METSOLA: ["Roberta Metsola", "EP-Präsidentin"]})

# --- Europe Direct Duisburg, 'Neues aus dem Parlament', week 41 of 2019: budget, climate and Brexit debate ---

KW41_P3 = ("Die Abgeordneten forderten eine schnelle Einigung beim nächsten langfristigen EU-Investitionshaushalt in der "
           "Debatte über den bevorstehenden EU-Gipfel im Oktober mit der Vertreterin des finnischen Ratsvorsitzes Tytti "
           "Tuppurainen, Kommissionspräsident Jean-Claude Juncker und EU-Verhandlungsführer Brexit Michel Barnier. Eine "
           "Verspätung des mehrjährigen Finanzrahmens 2021-2027 würde die von der EU finanzierten Programme ab 2021 "
           "unterbrechen.")
KW41_P5 = ('In Bezug auf den Brexit verurteilten die meisten Abgeordneten das "Schwarzer-Peter-Spiel" der '
           'Schuldzuweisungen und die Haltung der britischen Regierung. Sie forderten, einen "katastrophalen" Brexit ohne '
           'Abkommen zu vermeiden.')
KW40_P1 = ("EP President Sassoli sent letters to von der Leyen regarding the Legal Affairs Committee's decision on two "
           "Commissioners-designate in order to inform her that the European Parliament's Legal Affairs Committee has voted "
           "to declare Commissioners-designate László Trócsányi and Rovana Plumb unable to exercise their functions, on the "
           "grounds of conflicts of interest found when their declarations of financial interests were examined.")
KW40_P2 = ("Until President-elect von der Leyen has communicated to the Parliament what further steps she intends to take, "
           "the hearings for the Romanian and Hungarian Commissioners-designate will be suspended.")

add(id="ho323-ep-edic-duisburg-2019-kw41-haushalt-klima-brexit",
    title="Neues aus dem Parlament",
    url="https://www2.duisburg.de/micro2/europe_direct/news_eu/102010100000559222.php",
    retrieved="same address (stored page 'Neues aus dem Parlament' of the Europe Direct centre Duisburg, which reposts the "
              "European Parliament's news week by week, used as the Parliament's text (rule 31; the items are the "
              "Parliament's own news items, one of them in the English of its press service): the page's first two weeks, "
              "7 to 13 October 2019 and 30 September to 6 October 2019; the breadcrumb line 'Neues...' dropped (rule 14); "
              "the week lines and the items' headlines kept as lines of their own; the English item kept as stored (rule "
              "20); the third week line 'News für die 38. KW 16.09.2019 - 22.09.2019' dropped with its item 'EP-Präsident "
              "David Sassoli erhält Anru…', cut off in the stored copy (rule 15))",
    license=EP,
    paras=["News für die 41. KW 07.10.2019 - 13.10.2019",
           "Abgeordnete besorgt über EU-Haushalt, Klimawandel und Brexit",
           "Vor dem EU-Gipfel nächste Woche forderten die Abgeordneten dringende Maßnahmen zur Sicherung der Finanzierung "
           "der EU-Programme und zur Bekämpfung des Klimawandels.",
           'Auch ein "No-Deal"-Brexit soll vermieden werden.',
           KW41_P3,
           "Sie forderten auch zeitige Lösungen für den Klimawandel, um die Ziele des Pariser Abkommens zu erreichen.",
           KW41_P5,
           "News für die 40. KW 30.09.2019 - 06.10.2019",
           "Letters by President Sassoli to Commission President-elect von der Leyen",
           KW40_P1, KW40_P2],
    quotes=[('"No-Deal"', None),
            ('"Schwarzer-Peter-Spiel"', ABGEORDNETE),
            ('"katastrophalen"', ABGEORDNETE)],
    aliases={ABGEORDNETE: ["Abgeordnete", "Abgeordneten"]})

# --- Europe Direct Duisburg, 'Neues aus dem Parlament', week 28 of 2020: health, road transport, budget, Merkel ---

KW28_P1 = ("COVID-19 habe gezeigt, dass die EU besser für den Umgang mit gesundheitlichen Notfällen aufgestellt sein muss, "
           "so die Abgeordneten in einer Debatte zur öffentlichen Gesundheit. Viele Abgeordnete sprachen sich dafür aus, der "
           "EU eine weitaus stärkere Rolle im Bereich der Gesundheit zu geben.")
KW28_P2 = ("Das Parlament spricht sich für die überarbeiteten Kraftverkehrsvorschriften aus. Damit sollen die "
           "Arbeitsbedingungen der Fahrer verbessert und Wettbewerbsverzerrungen beseitigt werden. Am 08.07.20 billigten "
           "die Abgeordneten alle drei Rechtsakte, die die EU-Minister im April 2020 angenommen hatten, ohne Änderungen. Im "
           "Dezember 2019 hatte das Parlament bereits eine politische Einigung mit dem Rat erzielt.")
KW28_H3 = 'Debatte über EU-Haushalt und Aufbauplan: "Einigung im Rat nicht das letzte Wort"'
KW28_P3 = ("Im Rückblick auf den EU-Gipfel am 19. Juni und im Vorfeld des Gipfels am 17. Juli haben die Abgeordneten ihren "
           "Standpunkt zur künftigen EU-Finanzierung und zum Corona-Aufbauplan dargelegt. Die meisten Abgeordneten "
           "bekräftigten, dass die Vorschläge der Kommission für den Aufbauplan und einen überarbeiteten langfristigen "
           "EU-Haushalt die absolute Mindestforderung darstellen, die für das Parlament akzeptabel ist.")
KW28_P4 = ('Die Abgeordneten diskutierten mit Bundeskanzlerin Merkel und Kommissionspräsidentin von der Leyen über '
           'Strategie und Ziele der deutschen Ratspräsidentschaft in den nächsten sechs Monaten. Unter dem Motto '
           '"Gemeinsam. Europa wieder stark machen." sei die deutsche Ratspräsidentschaft entschlossen, die große '
           'Herausforderung der Pandemie anzugehen, sagte Merkel.')

add(id="ho323-ep-edic-duisburg-2020-kw28-gesundheit-haushalt-merkel",
    title="Neues aus dem Parlament",
    url="https://www2.duisburg.de/micro2/europe_direct/news_eu/102010100000568157.php",
    retrieved="same address (stored page 'Neues aus dem Parlament' of the Europe Direct centre Duisburg, which reposts the "
              "European Parliament's news week by week, used as the Parliament's text (rule 31): the page's first week, 6 "
              "to 12 July 2020, with its four items; the page title, which the stored copy repeats as the page heading, is "
              "kept once as the title (rule 18); the week line and the items' headlines kept as lines of their own; the "
              "fifth item's headline 'Deutsche Ratspräsidentschaft unterrichtet EP-Ausschüsse über Priorität…', cut off in "
              "the stored copy, dropped (rule 15))",
    license=EP,
    paras=["News für die 28. KW vom 06.07.2020 - 12.07.2020",
           "EU soll stärkere Rolle bei der Verbesserung der öffentlichen Gesundheit spielen",
           KW28_P1,
           "Parlament beschließt große Reform des Lkw-Verkehrs",
           KW28_P2,
           KW28_H3,
           KW28_P3,
           "Angela Merkel präsentiert Prioritäten der deutschen Ratspräsidentschaft im Europäischen Parlament",
           KW28_P4],
    quotes=[('"Einigung im Rat nicht das letzte Wort"', ABGEORDNETE),
            ('"Gemeinsam. Europa wieder stark machen."', None)],
    aliases={ABGEORDNETE: ["Abgeordnete", "Abgeordneten"]})

# --- European Parliament, Liaison Office in Germany, presseportal.de: plenary preview of 24 to 27 November 2014 ---

NOV_P2 = ("Papst Franziskus spricht am kommenden Dienstag (25. November 2014) im Plenum des Europäischen Parlaments in "
          "Straßburg. Das Oberhaupt der Katholischen Kirche wird um 10.30 Uhr am Europäischen Parlament eintreffen und um "
          "11.15 Uhr seine Rede vor den Europa-Abgeordneten halten. Der Besuch des Papstes im Europäischen Parlament kann "
          "über die Web-Medien des Europäischen Parlaments live mitverfolgt werden, auch gibt es die Möglichkeit für Medien, "
          "den live-stream in die eigene Web-Site einzubetten (Details siehe "
          "http://audiovisual.europarl.europa.eu/Page.aspx?id=1707). Am Mittwochmittag (12 Uhr) ehrt das Europäische "
          "Parlament den Arzt Dr. Denis Mukwege aus der Demokratischen Republik Kongo mit dem Sacharow-Preis. Denis Mukwege "
          "hat das Panzi-Krankenhaus in Bukavu gegründet und behandelt dort Opfer von Vergewaltigungen und sexueller "
          'Gewalt. Mukwege tritt weltweit gegen diese Form der "Kriegsführung" und des Terrors gegen Frauen und Mädchen '
          "ein. Dr. Denis Mukwege wird zur Verleihung des Sacharow-Preises in Straßburg sein, ebenso Vertreter der "
          "Euromaidan-Protestbewegung aus der Ukraine, die für den Sacharow-Preis nominiert war.")

add(id="ho323-ep-ots-2014-11-plenartagung-schwerpunkte",
    title="Plenartagung des Europäischen Parlaments 24. bis 27. November 2014 - Die Schwerpunkte",
    url="https://presseportal.de/en/pm/106967/2886852?langid=1",
    retrieved="same address (the plenary preview of the European Parliament's Liaison Office in Germany of November 2014, "
              "dateline 'Berlin/Straßburg (ots)', in the Parliament's newsroom on the press portal presseportal.de (page "
              "shown with the portal's English interface, text in German); the stored copy shows no sender line, the "
              "preview speaks for the Parliament about its own plenary week, so it is taken as the Liaison Office's "
              "release (inference noted, as for the OTS copies of the twenty-second set); headline, dateline and summary "
              "line kept as lines of their own as stored, the published typo 'EU-Kommmission' kept (rule 20); the "
              "paragraph 'Ebenfalls am Mittwoch, jedoch am Vormittag um 9 Uhr, wird Kommissionspräsident Juncker …', cut "
              "off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["Berlin/Straßburg (ots)",
           "Papst Franziskus in Straßburg; Sacharow-Preis 2014 für Denis Mukwege; Juncker stellt "
           "300-Milliarden-Euro-Paket vor; EU-Haushalt; Misstrauensantrag gegen EU-Kommmission; u.a.m.",
           NOV_P2],
    quotes=[('"Kriegsführung"', None)],
    aliases={})

# --- European Parliament, Liaison Office in Germany, presseportal.de: plenary preview of 1 to 3 July 2014 ---

JUL_P1 = ("Am Dienstag, 1. Juli 2014, beginnt mit der Konstituierung des neugewählten Europäischen Parlaments die achte "
          "Legislaturperiode seit der ersten Direktwahl von 1979. Aus Deutschland werden 96 Europa-Abgeordnete ihr Mandat "
          "antreten, insgesamt setzt sich das Europäische Parlament aus 751 Abgeordneten zusammen. Ihre Mandatszeit beträgt "
          "volle fünf Jahre.")
JUL_P2 = ("Zur konstituierenden Sitzung haben sich sieben Fraktionen gebildet, in denen insgesamt 699 Europa-Abgeordnete "
          "vereint sind; 52 Abgeordnete sind nicht in Fraktionen organisiert. Der älteste Europa-Abgeordnete wird der "
          "Grieche Emmanouil Glezos (91 Jahre) sein, der jüngste Europa-Abgeordnete der Däne Anders Primdahl Vistisen (26 "
          "Jahre). Der Anteil der weiblichen Europa-Abgeordneten ist mit 36 Prozent so hoch wie noch nie seit der ersten "
          "Europawahl, der Frauenanteil der Abgeordneten aus Deutschland liegt bei 35 Prozent. Deutschland ist das Land in "
          "der EU, aus dem die meisten wiedergewählten Europa-Abgeordneten kommen, knapp 70 Prozent sind wiederkehrende "
          'Abgeordnete. Aus Griechenland hingegen kommen 100 Prozent "Neulinge", nicht ein einziger der 21 griechischen '
          'Europa-Abgeordneten wurde wiedergewählt. Insgesamt liegt die "Wiederwahl-Quote" im neuen Europäischen Parlament '
          "bei knapp 50 Prozent.")

add(id="ho323-ep-ots-2014-07-konstituierung-schwerpunkte",
    title="Plenartagung des Europäischen Parlaments",
    url="https://presseportal.de/pm/106967/2771131",
    retrieved="same address (the plenary preview of the European Parliament's Liaison Office in Germany of June 2014 for "
              "the constituent session of 1 to 3 July 2014, dateline 'Berlin/Straßburg (ots)', in the Parliament's "
              "newsroom on presseportal.de; no sender line in the stored copy, taken as the Liaison Office's release as "
              "the November preview (inference noted); the headline's first line is the title, its second line '1. bis 3. "
              "Juli 2014 - Die Schwerpunkte', the subtitle and the dateline kept as lines of their own as stored (rule "
              "18); the paragraph 'Als erster Tagesordnungspunkt steht am Dienstagvormittag die Wahl des Präsidenten …', "
              "cut off in the stored copy, dropped (rule 15))",
    license=EP,
    paras=["1. bis 3. Juli 2014 - Die Schwerpunkte",
           "Konstituierung des neuen Europäischen Parlaments",
           "Berlin/Straßburg (ots)",
           JUL_P1, JUL_P2],
    quotes=[('"Neulinge"', None),
            ('"Wiederwahl-Quote"', None)],
    aliases={})
