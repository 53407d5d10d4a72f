# Seventy-sixth held-out German real-news set (tests/data/heldout76-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 570). None of these
# pages is in any tests/data/*.jsonl (checked by URL, OTS number and document number against every source/url field and
# every address named in the modules and SOURCES.md files of tests/data and of the other helpers' worktrees, and by the
# speakers' names and a distinctive phrase of each text against all modules, SOURCES files and jsonl files). The annotation
# was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Seventy-sixth held-out set" of SOURCES.md: one release of the Austrian Parliament's
# Parlamentskorrespondenz on OTS (a budget debate of the Nationalrat) and pages of the Parliament's stenographic protocols of
# the Nationalrat on parlament.gv.at (one speech or one question of the Fragestunde with its answer per page; licence PK,
# the Parliament's copyright notice for the texts of its site). Stored copies are excerpts cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PK  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


# --- OTS: a Parlamentskorrespondenz release of November 2022 on the budget debate ---

OPP = "Opposition"
DOPPELBAUER = "Karin Doppelbauer"
BU_P2 = ("Zu hitzigeren Debatten kam es vor allem bei den Budgetposten für die Öffentlichkeitsarbeit im Bundeskanzleramt "
         "sowie im Parlament, die \"vor dem Hintergrund der wirtschaftlich schwierigen Rahmenbedingungen\" von den "
         "Vertreter:innen der Opposition massiv in Frage gestellt wurden. Statt \"ein goldenes Klavier zu mieten\", sollten "
         "den Abgeordneten mehr Ressourcen zur Verfügung gestellt und einzelne Abteilungen wie etwa der Parlamentarische "
         "Budgetdienst deutlich aufgestockt werden, wurde unisono gefordert. Offenbar stehe vor allem der "
         "Nationalratspräsident auf der Bremse, wenn es darum gehe, diese wichtige, weisungsfreie Institution im Haus "
         "besser auszustatten, zeigte sich Abgeordnete Karin Doppelbauer (NEOS) verärgert.")

add(id="ho76-ots-2022-11-15-budget-oberste-organe",
    title="Budget 2023: Lob für Aufstockung der Mittel für Oberste Organe und Sport, Kritik an den Ausgaben für "
          "Öffentlichkeitsarbeit",
    url="https://www.ots.at/presseaussendung/OTS_20221115_OTS0237/budget-2023-lob-fuer-aufstockung-der-mittel-fuer-oberste-"
        "organe-und-sport-kritik-an-den-ausgaben-fuer-oeffentlichkeitsarbeit",
    retrieved="same address (stored OTS release of 15 November 2022, dateline 'Wien (PK)'; the date line ' date 2022-11' "
              "dropped (rule 93); the subtitle kept as a line of its own (rule 18); the paragraph 'Die Obersten Organe "
              "nehmen zentrale Aufgaben … die Gesetzgebung, die Gewährle', cut off in the stored copy, dropped with the "
              "subheading before it, 'Budgets der Obersten Organe auf dem Prüfstand der Abgeordneten' (rule 15))",
    license=PK,
    paras=["Start der Detailberatungen im Nationalrat über Parlament, Rechnungshof, Gerichtshöfe, Presseförderung und "
           "Öffentlicher Dienst",
           "Wien (PK) - Mit den Budgetvoranschlägen für das Parlament, die Präsidentschaftskanzlei, die Höchstgerichte, den "
           "Rechnungshof, die Volksanwaltschaft, das Bundeskanzleramt sowie die Bereiche öffentlicher Dienst und Sport "
           "startete heute der Nationalrat seine dreitägigen Detailberatungen über den Haushaltsentwurf 2023. Dieser sieht "
           "für das nächste Jahr insgesamt Ausgaben in der Höhe von 115,1 Mrd. € und Einnahmen in der Höhe von 98,1 Mrd. € "
           "vor. Die Abstimmungen über den Voranschlag, den damit zusammenhängenden Bundesfinanzrahmen sowie über die im "
           "Laufe der Sitzung eingebrachten Anträge werden gesammelt am Donnerstag erfolgen.",
           BU_P2],
    quotes=[("\"vor dem Hintergrund der wirtschaftlich schwierigen Rahmenbedingungen\"", OPP),
            ("\"ein goldenes Klavier zu mieten\"", OPP)],
    aliases={OPP: ["Opposition", "Vertreter:innen der Opposition"]})

# --- parlament.gv.at: pages of the stenographic protocols of the Nationalrat ---

LEICHTFRIED = "Jörg Leichtfried"
EDTSTADLER = "Karoline Edtstadler"

add(id="ho76-parl-nr-xxvii-189-fragestunde-leichtfried",
    title="",
    url="http://www.parlinkom.gv.at/dokument/XXVII/NRSITZ/189/A_-_09_09_46_00285750.html",
    retrieved="same address (stored page of the stenographic protocol of the 189th sitting of the Nationalrat, XXVII. GP, "
              "Fragestunde; the page has no headline, so there is no title line (rules 18, 32); the separator lines '*****' "
              "before and after the wording of the written question dropped as furniture (rule 93); the last paragraph of the "
              "minister's answer, 'Ich durfte aufgrund des Auskunftsp', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter Mag. Jörg Leichtfried (SPÖ): Herr Präsident! Guten Morgen, Frau Bundesministerin! Meine Frage an "
           "Sie wäre: Wann dürfen die Menschen in Österreich endlich, so wie das in vielen anderen europäischen Ländern schon "
           "der Fall ist, mit einem Informationsfreiheitsgesetz rechnen? Ich glaube, es wäre schön langsam hoch an der Zeit; "
           "wenn ich es richtig im Kopf habe, diskutieren wir das jetzt schon fast ein Jahrzehnt. Wann ist es jetzt so weit?",
           "Die schriftlich eingebrachte Anfrage, 220/M, hat folgenden Wortlaut:",
           "„Wann dürfen die österreichischen Bürgerinnen und Bürger endlich mit einer Regierungsvorlage zur Umsetzung der "
           "Informationsfreiheit rechnen, einer Informationsfreiheit, wie es in anderen europäischen Ländern seit Jahren "
           "Standard ist?“",
           "Präsident Mag. Wolfgang Sobotka: Bitte, Frau Bundesministerin.",
           "Bundesministerin für EU und Verfassung im Bundeskanzleramt Mag. Karoline Edtstadler: Herr Abgeordneter, wenn Sie "
           "den Beginn der Diskussion ansprechen, dann muss ich sagen, das war vor meiner Zeit in der Politik. Ich kann aber "
           "sagen, seit ich unter anderem auch für diesen Bereich zuständig bin, habe ich mich ganz klar dazu bekannt, dass "
           "dieser Paradigmenwechsel vorzunehmen ist. Die Gesellschaft im 21. Jahrhundert hat ein anderes "
           "Informationsbedürfnis als frühere, und ich war auch immer ganz klar dafür, dass das Amtsgeheimnis abgeschafft "
           "werden soll. Wir wollen aber Regelungen entwerfen und entwickeln, die von denen, die sie umsetzen müssen, "
           "tatsächlich auch angenommen werden.",
           "Es ist kein einfacher Prozess, das darf ich auch sagen. Transparenz ist aber zweifelsohne ein Gebot der Stunde, "
           "und deswegen sind wir auch in diesem Gesetzwerdungsprozess transparent. Wir haben dieses Gesetz, das ist richtig, "
           "schon vor mehr als einem Jahr in Begutachtung gehabt. Wir haben über 200 Stellungnahmen im Begutachtungsprozess "
           "bekommen. Wir haben in der Zwischenzeit viele Gespräche geführt."],
    quotes=[("„Wann dürfen die österreichischen Bürgerinnen und Bürger endlich mit einer Regierungsvorlage zur Umsetzung "
             "der Informationsfreiheit rechnen, einer Informationsfreiheit, wie es in anderen europäischen Ländern seit "
             "Jahren Standard ist?“", LEICHTFRIED)],
    aliases={LEICHTFRIED: ["Jörg Leichtfried", "Abgeordneter Mag. Jörg Leichtfried", "Mag. Jörg Leichtfried"]})

MARGREITER = "Johannes Margreiter"
MA_P4 = ("Bundesministerin für EU und Verfassung im Bundeskanzleramt Mag. Karoline Edtstadler: Ich würde es anders "
         "formulieren. Sie haben gesagt „sträuben“, das will ich nicht so stehen lassen. Es gibt Bedenken, was die Umsetzung "
         "dieses Gesetzes betrifft. Die gibt es aus gutem Grund, weil da natürlich die Sorge vorherrscht, dass die "
         "Verwaltung lahmgelegt werden könnte. Ich glaube, wir haben viele Punkte im Gesetz vorgesehen, um Missbrauch "
         "vorzubeugen und ihn zu erkennen und die Verwaltung in jedem Moment auch handlungsfähig zu erhalten, aber diese "
         "Gespräche sind notwendig, sie müssen geführt werden, weil das ein wahrer Paradigmenwechsel ist.")

add(id="ho76-parl-nr-xxvii-189-fragestunde-margreiter",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/189/A_-_09_26_32_00285741.html",
    retrieved="same address (stored page of the stenographic protocol of the 189th sitting of the Nationalrat, XXVII. GP, "
              "Fragestunde, a supplementary question and its answer; the page has no headline, so there is no title line "
              "(rules 18, 32); the last paragraph, 'Ich sage noch einmal: Ich stehe zu diesem Paradi', cut off in the stored "
              "copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter Dr. Johannes Margreiter (NEOS): Herr Präsident! Sehr geehrte Frau Bundesministerin! Es war der "
           "19.4.2021 – vor mehr als 600 Tagen, fast 100 Wochen –, da endete die Begutachtungsfrist für dieses "
           "Gesetzespaket, das wir unter dem Etikett Informationsfreiheitsgesetz verhandeln. Seither wurden Sie schon öfter "
           "gefragt, welche Hindernisse dem jetzt entgegenstehen, dass das dem Nationalrat zur Beschlussfassung vorgelegt "
           "wird. Sie haben auch heute bereits Antworten gegeben. Eine der Antworten war, dass Länder- und Gemeindevertreter "
           "sich dagegen sträuben oder Bedenken äußern, daher die Frage:",
           "„Können Sie konkretisieren, welche Länder- oder Gemeindevertreter – und vor allem aus welchem Grund und auf "
           "welche Weise – die Umsetzung der Informationsfreiheit verhindern?“",
           "Präsident Mag. Wolfgang Sobotka: Bitte, Frau Bundesministerin.",
           MA_P4,
           "Das Amtsgeheimnis ist seit 1925 im Bundes-Verfassungsgesetz verankert, und um so etwas zu ändern, braucht es "
           "auch ein Umdenken bei denen, die dann die Gesetze anwenden. An diesem Prozess sind wir dran. Sie haben jetzt die "
           "Tage aufgezählt; ich habe es nicht nachgerechnet, aber ich glaube, jeder Tag, an dem wir daran arbeiten und "
           "Überzeugungsarbeit leisten, um im Endeffekt zu einem gut angewendeten Gesetz zu kommen, ist ein guter."],
    quotes=[("„Können Sie konkretisieren, welche Länder- oder Gemeindevertreter – und vor allem aus welchem Grund und auf "
             "welche Weise – die Umsetzung der Informationsfreiheit verhindern?“", MARGREITER),
            ("„sträuben“", MARGREITER)],
    aliases={MARGREITER: ["Johannes Margreiter", "Abgeordneter Dr. Johannes Margreiter", "Dr. Johannes Margreiter"]})

GERSTL = "Wolfgang Gerstl"

add(id="ho76-parl-nr-xxvii-45-fragestunde-gerstl",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/45/A_-_09_08_48_00221903.html",
    retrieved="same address (stored page of the stenographic protocol of the 45th sitting of the Nationalrat, XXVII. GP, "
              "Fragestunde; the page has no headline, so there is no title line (rules 18, 32); the separator lines '*****' "
              "before and after the wording of the written question dropped as furniture (rule 93); the last paragraph of the "
              "minister's answer, 'Es geht darum, dieses Informationsbedürfnis … die Funktionsfähigkeit der Verwaltung "
              "aufrecht', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter Mag. Wolfgang Gerstl (ÖVP): Herr Präsident! Sehr geehrte Frau Bundesministerin! Gläserner Staat "
           "statt gläserner Bürger, das ist die Devise, weg vom Amtsgeheimnis, hin zu mehr Informationsfreiheit. Mit der "
           "Abschaffung des Amtsgeheimnisses stärken wir das Vertrauen der Bürgerinnen und Bürger in den Staat, und dieses "
           "Vertrauen ist die Grundlage für die Demokratie.",
           "Meine Frage an Sie, Frau Bundesministerin: Wie weit fortgeschritten ist der Begutachtungsentwurf zur Abschaffung "
           "des Amtsgeheimnisses, den Sie in diesem Sommer noch vorlegen wollen?",
           "Die schriftlich eingebrachte Anfrage, 14/M, hat folgenden Wortlaut:",
           "„Wie weit fortgeschritten ist der Begutachtungsentwurf zur Abschaffung des Amtsgeheimnisses, den Sie vor dem "
           "Sommer vorlegen wollen?“",
           "Präsident Mag. Wolfgang Sobotka: Frau Minister, bitte.",
           "Bundesministerin für EU und Verfassung im Bundeskanzleramt Mag. Karoline Edtstadler: Sehr geehrter Herr "
           "Präsident! Geschätzte Damen und Herren Abgeordnete! Hohes Haus! Geschätzte Zuseherinnen und Zuseher! Zunächst "
           "auch von meiner Seite einen schönen guten Morgen!",
           "Herr Abgeordneter Gerstl, um gleich zu Ihrer Frage zu kommen: Transparenz ist ein ganz zentrales Anliegen dieser "
           "Bundesregierung, auch die Schaffung eines Informationsfreiheitsgesetzes und damit einhergehend – Sie haben es "
           "gesagt – die Abschaffung des Amtsgeheimnisses. In einem sehr bedeutenden historischen Jahr, in dem wir 100 Jahre "
           "Bundes-Verfassungsgesetz feiern, wird damit auch das Paradigma umgekehrt – zunächst Befriedigung des "
           "Informationsbedürfnisses und nicht Verstecken hinter einem Amtsgeheimnis."],
    quotes=[("„Wie weit fortgeschritten ist der Begutachtungsentwurf zur Abschaffung des Amtsgeheimnisses, den Sie vor dem "
             "Sommer vorlegen wollen?“", GERSTL)],
    aliases={GERSTL: ["Wolfgang Gerstl", "Abgeordneter Mag. Wolfgang Gerstl", "Mag. Wolfgang Gerstl", "Gerstl",
                      "Herr Abgeordneter Gerstl"]})

SPOE_BGLD = "SPÖ Burgenland"
WO1_P2 = ("Wahrscheinlich hat es aber mit der gestrigen Aussendung der SPÖ Burgenland zu tun. Darin wurde gefordert: „Wir "
          "fordern sofortigen Zuwanderungsstopp aufgrund Corona-Krise“. – Das ist sozusagen der Vorspann für die heutige "
          "Dringliche Anfrage gewesen, also macht es euch einmal aus! Ich würde eher sagen: eine weitere Bankrotterklärung und "
          "ein Zeichen für diesen Zustand der Sozialdemokratie. (Zwischenrufe bei der SPÖ.) Ich bin neugierig, wie die "
          "SPÖ-Abgeordneten aus dem Burgenland in der Zukunft bei etwaigen Themen stimmen werden, meine Damen und Herren. Wir "
          "werden uns das genau anschauen. (Beifall bei der ÖVP.)")

add(id="ho76-parl-nr-xxvii-83-woeginger-dringliche",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00083/A_-_16_39_07_00236919.html",
    retrieved="same address (stored page of the stenographic protocol of the 83rd sitting of the Nationalrat, XXVII. GP, a "
              "speech in the debate on a Dringliche Anfrage; the time line '16.39' above the speaker's line dropped as "
              "furniture (rule 93), so there is no title line (rules 18, 32); the interjections in parentheses kept as "
              "published (rule 20); the last paragraph, 'Zur Vorsicht bei der FPÖ: … das gibt es heute auch nicht mehr', cut "
              "off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter August Wöginger (ÖVP): Frau Präsidentin! Meine sehr geehrten Damen und Herren! Herr Kollege "
           "Krainer, wissen Sie, was bemerkenswert ist? – Dass heute hier bei dieser Dringlichen Anfrage nicht die stärkste "
           "Oppositionspartei die Begründung gebracht hat, sondern Kickl von der FPÖ, der zweitstärksten Oppositionspartei. "
           "Ich würde also einmal hinterfragen, warum das nicht auch Krainer kann. Nein, man lässt Ex-Innenminister Kickl "
           "vor, der von Hass gegen diese Bundesregierung (Zwischenrufe bei der FPÖ) und insbesondere gegen den "
           "Bundeskanzler getrieben ist und weil er Staatsoberbeleidigter ist, weil er nicht mehr Innenminister dieser "
           "Republik sein darf, meine Damen und Herren. (Beifall bei der ÖVP. – Heiterkeit bei der FPÖ.)",
           WO1_P2],
    quotes=[("„Wir fordern sofortigen Zuwanderungsstopp aufgrund Corona-Krise“", SPOE_BGLD)],
    aliases={SPOE_BGLD: ["SPÖ Burgenland"]})

RENDI = "Rendi-Wagner"
WO2_P2 = ("Frau Kollegin Rendi-Wagner stellt sich hier ans Rednerpult und fragt, was „am Tag danach“ passiert. Es sei "
          "furchtbar und es sei dringend notwendig zu handeln. (Abg. Heinisch-Hosek: Ist es auch! – Weitere Zwischenrufe bei "
          "der SPÖ.) Kollege Muchitsch stellt sich ans Rednerpult und sagt, es trage alles die sozialdemokratische Handschrift "
          "und alle Errungenschaften seien auf die Sozialdemokratie zurückzuführen. (Ja-Rufe bei der SPÖ.) Liebe Kolleginnen "
          "und Kollegen, da wird wieder sichtbar, wie unterschiedlich die Meinungen sogar in Ihren eigenen Reihen sind, sogar "
          "innerhalb von drei Bankreihen. Da habe ich Herrn Doskozil aus dem Burgenland noch gar nicht erwähnt. (Beifall bei "
          "ÖVP und FPÖ. – Zwischenrufe bei der SPÖ.)")
WO2_P3 = ("Eines, Frau Kollegin Rendi-Wagner, muss man aber schon hinterfragen: Wo war die SPÖ wirklich in den letzten elf "
          "Jahren? (Ruf bei der SPÖ: Mit euch in der Koalition! – Abg. Heinisch-Hosek: Wir haben eure Angriffe abgewehrt!) – "
          "Angeblich im Gesundheitsressort und auch im Sozialressort, zumindest war das die Situation. Und jetzt fragen Sie: "
          "„Was passiert am Tag danach?“ (Abg. Rendi-Wagner: Abschaffung des Pflegeregresses! – Abg. Drozda: Abschaffung des "
          "Pflegeregresses! – Neuerlicher Zwischenruf der Abg. Rendi-Wagner.)")

add(id="ho76-parl-nr-xxvi-66-woeginger-pflege",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVI/NRSITZ/NRSITZ_00066/A_-_15_34_26_00197695.html",
    retrieved="same address (stored page of the stenographic protocol of the 66th sitting of the Nationalrat, XXVI. GP, a "
              "speech in the debate on care; the time line '15.34' above the speaker's line dropped as furniture (rule 93), "
              "so there is no title line (rules 18, 32); the interjections in parentheses kept as published (rule 20); the "
              "last paragraph, 'Diese Bundesregierung hat die Pflege als Schwerpunktthema festgelegt. … Schwerpunktthema "
              "dieser', cut off in the stored copy, dropped (rule 15))",
    license=PK,
    paras=["Abgeordneter August Wöginger (ÖVP): Sehr geehrter Herr Präsident! Herr Bundeskanzler! Geschätzte Mitglieder der "
           "Bundesregierung! Meine sehr geehrten Damen und Herren! Wir fragen uns ja schon wochenlang: Erstens, wer schafft "
           "an in der SPÖ, und zweitens, wie hätten Sie es denn gerne? (Zwischenruf des Abg. Leichtfried. – Abg. "
           "Heinisch-Hosek: Na habts ihr Sorgen!)",
           WO2_P2,
           WO2_P3],
    quotes=[("„am Tag danach“", RENDI),
            ("„Was passiert am Tag danach?“", RENDI)],
    aliases={RENDI: ["Rendi-Wagner", "Frau Kollegin Rendi-Wagner", "Abg. Rendi-Wagner"]})

BECHER = "Becher"

add(id="ho76-parl-nr-xxvii-156-egger-rechnungshof",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/156/A_-_21_14_12_00267643.html",
    retrieved="same address (stored page of the stenographic protocol of the 156th sitting of the Nationalrat, XXVII. GP, the "
              "continuation of a speech on a report of the Rechnungshof, complete in the stored copy; the time line '21.15' "
              "after the speech dropped as furniture (rule 93); there is no title line (rules 18, 32); the interjections in "
              "parentheses and the president's line after the speech kept as published (rule 20))",
    license=PK,
    paras=["Abgeordneter Mag. (FH) Kurt Egger (fortsetzend): Das, was Kollege Singer zitiert hat, dass jedes Jahr 5 "
           "Millionen Euro für Öffentlichkeitsarbeit – Klammer auf: Inserate, Klammer zu – ausgegeben werden, steht im "
           "Bericht. Dass ein Renovierungszyklus von 30 Jahren vorgesehen ist, 67 Jahre aber die Tatsache sind, steht im "
           "Bericht. (Zwischenruf des Abg. Lausch.)",
           "Wie Kollegin Becher zur Erkenntnis kommt, dass dieser Bericht „in internationalen Fachkreisen sehr anerkannt "
           "ist“, kann ich nicht ganz nachvollziehen. (Zwischenruf des Abg. Hoyos-Trauttmansdorff.)",
           "Mir fehlt da ein wenig die Empörung des Kollegen Krainer, der scheinbar nicht mehr da ist. – Nein, da ist er eh! – "
           "Wir kennen ihn ja aus dem Untersuchungsausschuss, dort hätte er sich wahrscheinlich schon richtig aufgeregt – "
           "heute ist er ein bisschen müde –, wenn bei anderen Parteien solche Dinge passiert wären.",
           "Ich danke dem Rechnungshof für diese schonungslose Aufdeckung, wie die SPÖ in Wien agiert und wie da mit "
           "Steuermitteln umgegangen wird. (Beifall bei der ÖVP sowie des Abg. Schrangl.)",
           "Präsident Ing. Norbert Hofer: Zu Wort gelangt Mag. Philipp Schrangl. – Bitte."],
    quotes=[("„in internationalen Fachkreisen sehr anerkannt ist“", BECHER)],
    aliases={BECHER: ["Becher", "Kollegin Becher"]})

add(id="ho76-parl-nr-xxvii-127-meinl-reisinger-geschaeftsbehandlung",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00127/A_-_16_37_47_00254170.html",
    retrieved="same address (stored page of the stenographic protocol of the 127th sitting of the Nationalrat, XXVII. GP, a "
              "statement on the conduct of business, complete in the stored copy; the time lines '16.37' and '16.38' and the "
              "separator line '*****' dropped as furniture (rule 93), so there is no title line (rules 18, 32); the "
              "interjections in parentheses and the president's lines after the statement kept as published (rule 20))",
    license=PK,
    paras=["Abgeordnete Mag. Beate Meinl-Reisinger, MES (NEOS) (zur Geschäftsbehandlung): Herr Präsident! Ich melde mich "
           "selten zur Geschäftsordnung zu Wort, aber den Antrag auf Einsetzung eines Untersuchungsausschusses, der gestern "
           "eingebracht wurde, hier vor allen im Hohen Haus als „Hetzschrift“ und „Pamphlet“ zu benennen, das verdient, wie "
           "ich finde, einen Ordnungsruf. Das ist der Würde des Hohen Hauses nicht angemessen! – Danke. (Beifall und "
           "Bravoruf bei den NEOS sowie Beifall bei SPÖ, FPÖ und bei Abgeordneten der Grünen.)",
           "Präsident Mag. Wolfgang Sobotka: Der Herr Vizekanzler ist zu Wort gemeldet. – Bitte. (Abg. Kollross: Was macht "
           "er jetzt, der Präsident? – Weitere Zwischenrufe bei der SPÖ.)",
           "Der Herr Vizekanzler ist zu Wort gemeldet. (Ruf bei der SPÖ: Was? – Weitere Zwischenrufe bei der SPÖ.)"],
    quotes=[("„Hetzschrift“", None),
            ("„Pamphlet“", None)],
    aliases={})

add(id="ho76-parl-nr-xxvii-270-aktuelle-stunde-klimakrise",
    title="Aktuelle Stunde",
    url="https://www.parlament.gv.at/dokument/XXVII/NRSITZ/270/A_-_09_08_22_00327485.html",
    retrieved="same address (stored page of the stenographic protocol of the 270th sitting of the Nationalrat, XXVII. GP, "
              "the opening of the Aktuelle Stunde, complete in the stored copy; the heading 'Aktuelle Stunde' is the title "
              "(rule 18); the topic, set in its own line, kept as a line of its own; the interjection in parentheses kept as "
              "published (rule 20))",
    license=PK,
    paras=["Präsident Mag. Wolfgang Sobotka: Wir gelangen nun zur Aktuellen Stunde mit dem Thema:",
           "„Hitze, Unwetter und Klimakrise gefährden unsere Gesundheit – aktiver Klimaschutz schützt die Bevölkerung“",
           "Zu Wort gemeldet ist Frau Klubobfrau Sigrid Maurer zur Begründung. Ich darf ihr das Wort erteilen. – Die "
           "Redezeit beträgt, Sie wissen das, 10 Minuten. Bitte sehr. (Abg. Hörl: Falscher Minister!)"],
    quotes=[("„Hitze, Unwetter und Klimakrise gefährden unsere Gesundheit – aktiver Klimaschutz schützt die "
             "Bevölkerung“", None)],
    aliases={})

add(id="ho76-parl-nr-xxvii-77-angerer-geschaeftsordnung",
    title="",
    url="https://www.parlament.gv.at/PAKT/VHG/XXVII/NRSITZ/NRSITZ_00077/A_-_09_13_29_00234492.html",
    retrieved="same address (stored page of the stenographic protocol of the 77th sitting of the Nationalrat, XXVII. GP, a "
              "statement on the conduct of business and the president's reply, complete in the stored copy; the time lines "
              "'9.13' (twice) and the separator line '*****' dropped as furniture (rule 93), so there is no title line (rules "
              "18, 32); the interjections in parentheses kept as published (rule 20))",
    license=PK,
    paras=["Abgeordneter Erwin Angerer (FPÖ) (zur Geschäftsbehandlung): Herr Präsident! Ich muss mich jetzt noch einmal zu "
           "Wort melden, denn soweit ich in § 59 der Geschäftsordnung lese, steht unter Absatz 2: „Meldet sich ein "
           "Abgeordneter, ohne einen Antrag zu stellen, zur Geschäftsbehandlung zum Wort, so ist der Präsident berechtigt, "
           "ihm das Wort erst am Schlusse der Sitzung zu erteilen.“ (Abg. Belakowitsch: Von einem Antrag steht da nix! – "
           "Abg. Kickl: Von einem Antrag steht da gar nix!)",
           "Präsident Mag. Wolfgang Sobotka: Lesen Sie die nächsten Absätze! (Abg. Belakowitsch: Vielleicht lesen Sie "
           "einmal die Geschäftsordnung!)",
           "Wir kommen jetzt zur Erklärung des Bundeskanzlers. (Beifall bei der ÖVP. – Abg. Schnedlitz: Dass die ÖVP "
           "parteipolitisch applaudiert, nachdem der Präsident ...! – Zwischenruf des Abg. Loacker. – Rufe und Gegenrufe "
           "zwischen Abgeordneten von FPÖ und ÖVP.) – Der Herr Bundeskanzler gelangt jetzt zu Wort. – Bitte."],
    quotes=[("„Meldet sich ein Abgeordneter, ohne einen Antrag zu stellen, zur Geschäftsbehandlung zum Wort, so ist der "
             "Präsident berechtigt, ihm das Wort erst am Schlusse der Sitzung zu erteilen.“", None)],
    aliases={})

add(id="ho76-parl-nr-xxviii-59-greiner-geschaeftsordnung",
    title="",
    url="https://www.parlament.gv.at/dokument/XXVIII/NRSITZ/59/A_-_10_22_25_00883475.html",
    retrieved="same address (stored page of the stenographic protocol of the 59th sitting of the Nationalrat, XXVIII. GP, a "
              "statement on the conduct of business, complete in the stored copy; the marginal number 'RN/23', the time "
              "lines '10.22' and '10.23', a line holding only a space and the status note 'Die angezeigte Rede ist noch nicht "
              "nach § 52 Abs. 2 GOG-NR autorisiert.' dropped as furniture (rules 14, 93), so there is no title line (rules "
              "18, 32); the space at the end of the first paragraph dropped; the published space before the closing mark "
              "('beschränken. “') kept (rule 20); the interjections in parentheses kept as published)",
    license=PK,
    paras=["Abgeordnete Mag. Karin Greiner (SPÖ) (zur Geschäftsbehandlung): Herr Präsident! Ich möchte der Ordnung halber "
           "festhalten: Auf eine tatsächliche Berichtigung gibt es eine Erwiderung. Ich darf jetzt aus der Geschäftsordnung "
           "zitieren:",
           "„Eine Erwiderung auf eine tatsächliche Berichtigung ist nur durch einen Abgeordneten möglich, der in die "
           "Darlegung des berichtigten Sachverhaltes gemäß Abs. 2 persönlich einbezogen wurde; er hat sich bei seiner "
           "Wortmeldung auf die Sachverhaltsdarstellung zu beschränken. “ – Vielleicht kann man dem FPÖ-Klub auch ein "
           "aktuelles Exemplar geben. (Beifall bei SPÖ, ÖVP, NEOS und Grünen. – Zwischenrufe der Abgeordneten Deimek [FPÖ] "
           "und Höfinger [ÖVP].)"],
    quotes=[("„Eine Erwiderung auf eine tatsächliche Berichtigung ist nur durch einen Abgeordneten möglich, der in die "
             "Darlegung des berichtigten Sachverhaltes gemäß Abs. 2 persönlich einbezogen wurde; er hat sich bei seiner "
             "Wortmeldung auf die Sachverhaltsdarstellung zu beschränken. “", None)],
    aliases={})
