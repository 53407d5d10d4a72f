# Four-hundred-and-seventy-second held-out German real-news set (tests/data/heldout472-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2500-2501). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number or release
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventy-second held-out set": seven pages of "EWSA info", the
# newsletter of the European Economic and Social Committee, on eesc.europa.eu/de (licence EESC_INFO): six articles (the
# portrait of Arno Metzler as new president of Group III in the issue 07/2018; Michel Barnier at the October 2019 plenary; the
# French presidency as seen by members of the Diversity Europe Group, March 2022; Charles Michel at the May 2022 plenary;
# the conference on the instrumentalisation of migrants, July 2022; the Belgian presidency, January 2024) and the issue
# page of February 2019 on the Civil Society Prize 2018; and one German press release of the European Central Bank
# (4 September 2015, the sculpture by Giuseppe Penone; licence ECB_PR) read in a stored copy served under a bare IP address
# with the ECB's address path and page layout. Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page furniture (navigation lines, language lists,
# section labels, summary bullets' bullet signs) is dropped (rules 14, 93), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO, ECB_PR  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MICHEL = "Charles Michel"
PRAES = "EWSA-Präsidentin"
BARNIER = "Michel Barnier"
JAHIER = "Luca Jahier"
SCHINAS = "Margaritis Schinas"
SCHWENG = "Christa Schweng"
GILLOT = "Dominique Gillot"
BLANC = "Patricia Blanc"
DESTOM = "Joël Destom"
METZLER = "Arno Metzler"
ROEPKE = "Oliver Röpke"
COEURE = "Benoît Cœuré"

# --- EWSA info, July 2022: Charles Michel at the EESC plenary session of May 2022 ---

MI_P1 = ("Bei der Eröffnung der Plenartagung im Mai betonte die EWSA-Präsidentin: „Gemeinsam müssen wir die Folgen des "
         "Krieges in der Ukraine und die künftigen geopolitischen Herausforderungen bewältigen. Europa muss sich von einem "
         "Meister der Krisenbewältigung zum Weltmeister der Zukunftsgestaltung entwickeln“.")
MI_P2 = ("„Der Kreml hat sich geirrt – in Bezug auf seine militärische Fähigkeiten, die Stärke des ukrainischen Widerstands "
         "und die Entschlossenheit und Einheit Europas“, so der Präsident des Europäischen Rates, Charles Michel, der einen "
         "neuen Ansatz für die Erweitungsverhandlungen vorschlug.")
MI_P3 = ("Angesichts der schleppenden Fortschritte der Verhandlungen mit den Westbalkanländern und neuen Beitrittsanträgen "
         "der Ukraine, Georgiens und Moldaus sollte die EU einen Ansatz der „verhältnismäßigen und gesteuerten Integration“ "
         "anstreben.")
MI_P4 = ("Michel zufolge „könnte die Lösung in einer schrittweisen und progressiven Integration im Zuge des "
         "Beitrittsprozesses liegen“.")
MI_P5 = ("Der Präsident des Europäischen Rates sprach über die Schaffung einer Europäischen Geopolitischen Gemeinschaft, da "
         "die EU eine größere politische Führungsrolle übernehme. Die Außenpolitik wäre ein wichtiger Bereich der "
         "Zusammenarbeit innerhalb dieser Gemeinschaft. „Ziel ist es, Konvergenz zu schaffen und die operative "
         "Zusammenarbeit zu vertiefen. Es gilt, gemeinsame Herausforderungen zu bewältigen und Frieden, Stabilität und "
         "Sicherheit auf unserem Kontinent zu wahren“, so Michel.")
MI_P6 = ("Er stellte indes klar, dass diese Initiative „in keiner Weise die Erweiterung ersetzen soll oder gar als neue "
         "Ausrede für einen Aufschub gedacht ist. Genauso wenig ist dies eine Garantie für die Teilnehmer, eines Tages auch "
         "tatsächlich Mitglied der EU zu sein.“ (at)")

add(id="ho472-eesc-info-2022-07-michel-geopolitische-gemeinschaft",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072022/articles/99734",
    retrieved="same address (stored article of EWSA info, July 2022, on the opening of the EESC plenary session of May "
              "2022 with the President of the European Council; the stored copy begins with the first paragraph and shows "
              "no headline, so the text has no title line (rules 18, 32); complete as stored, ending with the editor's "
              "initials '(at)', kept as published; the published 'Erweitungsverhandlungen' and 'seine militärische "
              "Fähigkeiten' kept (rule 20))",
    license=EESC_INFO,
    paras=[MI_P1, MI_P2, MI_P3, MI_P4, MI_P5, MI_P6],
    # the EESC president is never named in this text, so her office is her name (rule 29); the cue-less paragraph that
    # spells out the approach Michel proposed carries his term (rule 2500); `Er stellte … klar` takes up `so Michel`
    # (rules 8, 30); the role phrase naming the European Council is no alias (rule 33)
    quotes=[(cut(MI_P1, "„Gemeinsam", "entwickeln“"), PRAES),
            (cut(MI_P2, "„Der Kreml", "Europas“"), MICHEL),
            (cut(MI_P3, "„verhältnismäßigen", "Integration“"), MICHEL),
            (cut(MI_P4, "„könnte", "liegen“"), MICHEL),
            (cut(MI_P5, "„Ziel ist es", "zu wahren“"), MICHEL),
            (cut(MI_P6, "„in keiner Weise", "zu sein.“"), MICHEL)],
    aliases={PRAES: ["EWSA-Präsidentin", "die EWSA-Präsidentin"],
             MICHEL: ["Charles Michel", "Michel"]})

# --- EWSA info, November 2019: Michel Barnier at the EESC plenary session of 30 October 2019 ---

BA_P1 = ("Auf der Tagesordnung der EWSA-Plenartagung am 30. Oktober stand eine Debatte mit Michel Barnier, dem "
         "Chefunterhändler der Europäischen Union für den Brexit. Barnier rief zu einer engen Partnerschaft zwischen der EU "
         "und dem Vereinigten Königreich nach dem Brexit auf. Der Frieden in Irland müsse hierbei Priorität haben, außerdem "
         "sei „die Integrität des Binnenmarkts nicht verhandelbar“.")
BA_P2 = ("Michel Barnier erläuterte vor den EWSA-Mitgliedern den Stand der Brexit-Verhandlungen aus seiner Sicht und betonte "
         "die Entschlossenheit der Europäischen Kommission zu einem geordneten Brexit, da „die Gefahr eines Brexits ohne "
         "ratifiziertes Abkommen noch nicht gebannt“ sei. Ferner hob er hervor: „Der Brexit ist nur eine Etappe, nicht das "
         "Ziel“. Die größte Herausforderung bestehe nun darin, eine neue Partnerschaft zwischen der EU und dem Vereinigten "
         "Königreich aufzubauen, die sich auf zwei Säulen stützt: den wirtschaftlichen Austausch und die Zusammenarbeit im "
         "Sicherheits- und Verteidigungsbereich.")
BA_P3 = ("EWSA-Präsident Luca Jahier eröffnete die Debatte. Er wies darauf hin, dass die Vertreter der Zivilgesellschaft nach "
         "dem Brexit eine wichtige Rolle spielen könnten. „Die Beziehungen zu Organisationen der britischen "
         "Zivilgesellschaft, die in den vergangenen 44 Jahren entstanden sind, müssen nicht nur bewahrt, sondern vielmehr "
         "noch gestärkt werden. Es bleibt noch viel harte Arbeit zu tun, aber der EWSA wird immer an Ihrer Seite sein!“ "
         "versicherte Luca Jahier.")

add(id="ho472-eesc-info-2019-11-barnier-brexit-plenartagung",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/112019/articles/74921",
    retrieved="same address (stored article of EWSA info, November 2019, on the debate with Michel Barnier at the EESC "
              "plenary session of 30 October 2019; the stored copy begins with the first paragraph and shows no headline, "
              "so the text has no title line (rules 18, 32); complete as stored; the inverted cue after the exclamation "
              "mark without a comma ('sein!“ versicherte') kept as published (rule 20))",
    license=EESC_INFO,
    paras=[BA_P1, BA_P2, BA_P3],
    # the Konjunktiv clause after `Barnier rief … auf` and the `da`-clause report him (rules 3, 25, 341); `hob er hervor:`
    # (rules 8, 9); the Commission named in his sentence is not the speaker; the role phrase naming the EU is no alias
    # (rule 33)
    quotes=[(cut(BA_P1, "„die Integrität", "verhandelbar“"), BARNIER),
            (cut(BA_P2, "„die Gefahr", "gebannt“"), BARNIER),
            (cut(BA_P2, "„Der Brexit", "Ziel“"), BARNIER),
            (cut(BA_P3, "„Die Beziehungen", "Seite sein!“"), JAHIER)],
    aliases={BARNIER: ["Michel Barnier", "Barnier"],
             JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier"]})

# --- EWSA info, July 2022: conference on the instrumentalisation of migrants ---

MG_P2 = ("Die Konferenz mit dem Titel „Auf dem Weg zu einer Europäisierung der Migrationspolitik? Lehren aus der "
         "Instrumentalisierung von Migranten und dem Krieg in der Ukraine“ fand in Verbindung mit einer Sitzung der "
         "Fachgruppe Außenbeziehungen (REX) statt.")
MG_P4 = ("In Bezug auf die Instrumentalisierung von Migranten als Waffe in den Händen autoritärer Führer erklärte Margaritis "
         "Schinas, Vizepräsident für die Förderung unserer europäischen Lebensweise: „Die wichtigste Erkenntnis aus unserer "
         "bisherigen Politik lautet, dass wir so lange Zielscheibe bleiben, wie wir es nicht schaffen, ein abgestimmtes "
         "gemeinsames Migrationssystem zu schaffen.“")
MG_P5 = ("EWSA-Präsidentin Christa Schweng betonte: „Diese Flüchtlingskrise hat verdeutlicht, dass sich Migration auf "
         "sämtliche Mitgliedstaaten auswirkt. Die EU muss diese Dynamik nutzen, um das neue Migrations- und Asylpaket "
         "voranzubringen und einen Systemwechsel zu erreichen, der notwendig ist, um eine rationale und auf Rechten "
         "beruhende EU-Asyl- und Migrationspolitik in die Wege zu leiten.“")
MG_P6 = ("„Jetzt ist der Augenblick der Geopolitik gekommen. In diesem Zusammenhang ist eines ganz wichtig: Die Pandemie hat "
         "uns zusammenrücken lassen – und dieser Krieg zeitigt die gleiche Wirkung auf die europäische Öffentlichkeit“, so "
         "Vizepräsident Margaritis Schinas. (at)")

add(id="ho472-eesc-info-2022-07-konferenz-instrumentalisierung-migranten",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072022/articles/99745",
    retrieved="same address (stored article of EWSA info, July 2022, on the EESC conference on the instrumentalisation of "
              "migrants, held with a meeting of the REX section; the stored copy begins with the first paragraph and shows "
              "no headline, so the text has no title line (rules 18, 32); complete as stored, ending with the editor's "
              "initials '(at)', kept as published)",
    license=EESC_INFO,
    paras=["Als Reaktion auf die staatlich geförderte Instrumentalisierung von Migranten an den EU-Außengrenzen veranstaltete "
           "der EWSA eine einschlägige Konferenz, auf der die Dynamik für eine Europäisierung der Migrationspolitik "
           "herausgestellt wurde. Bislang können autoritäre Führer menschliches Leid instrumentalisieren, um Europa zu "
           "erpressen, da sie sich der Spaltung des Kontinents im Bereich der Migrationspolitik bewusst sind.",
           MG_P2,
           "Die Instrumentalisierung von Migranten durch das belarussische Regime ist kein Präzedenzfall – ähnliche "
           "Vorkommnisse gab es bereits in der Türkei, Libyen und Marokko.",
           MG_P4, MG_P5, MG_P6],
    # the conference title is a name (rule 24); the colon quotations after `erklärte …:` and `betonte:` and the closing
    # `so Vizepräsident Margaritis Schinas` (rules 9, 30)
    quotes=[(cut(MG_P2, "„Auf dem Weg", "in der Ukraine“"), None),
            (cut(MG_P4, "„Die wichtigste", "zu schaffen.“"), SCHINAS),
            (cut(MG_P5, "„Diese Flüchtlingskrise", "zu leiten.“"), SCHWENG),
            (cut(MG_P6, "„Jetzt ist", "Öffentlichkeit“"), SCHINAS)],
    aliases={SCHINAS: ["Margaritis Schinas", "Vizepräsident Margaritis Schinas"],
             SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng"]})

# --- EWSA info, March 2022: French members of the Diversity Europe Group on the French Council presidency ---

FR_P4 = ("Dominique Gillot (Allgemeiner Verband für öffentliche Schulbildung FG-PEP, Nationaler Beirat der Menschen mit "
         "Behinderungen CNCPH) hofft, dass „die Idee eines inklusiven Europas in Bezug auf Solidarität und Gesundheit, "
         "umfassende Bürgerbeteiligung und besondere Aufmerksamkeit für Menschen mit Behinderungen und ältere Menschen "
         "bekräftigt wird“.")
FR_P5 = ("Patricia Blanc (Verein „Imagine for Margo – Children without cancer“) ist der Ansicht, dass durch COVID-19 die "
         "Gesundheit in den Mittelpunkt des öffentlichen Interesses gerückt wurde: „Es darf nicht vergessen werden, dass "
         "jedes Jahr Millionen von Menschen in Europa von Krebs und seltenen Krankheiten betroffen sind.“")
FR_P6 = ("Joël Destom (Mutuelle Interprofessionnelle Antilles Guyane (MIAG), AG2R La Mondiale) hofft, dass „das Motto des "
         "französischen Ratsvorsitzes, nämlich ‚Aufschwung, Stärke, Zugehörigkeit‘, sowie soziale, digitale und Klimafragen "
         "in den Überseegebieten noch größeren Nachhall finden“.")

add(id="ho472-eesc-info-2022-03-vielfalt-europa-franzoesischer-ratsvorsitz",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/032022/articles/96104",
    retrieved="same address (stored article of EWSA info, March 2022, on the hopes of the French members of the Diversity "
              "Europe Group for the French Council presidency; the stored copy begins with the byline and shows no "
              "headline, so the text has no title line (rules 18, 32); the byline 'von der EWSA-Gruppe Vielfalt Europa' "
              "kept as a line of its own (as in the three-hundred-and-forty-second set); the last paragraph 'Arnaud "
              "Schwartz (France Nature Envi', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["von der EWSA-Gruppe Vielfalt Europa",
           "Der französische EU-Ratsvorsitz hat seine Arbeit aufgenommen und französische Mitglieder der Gruppe Vielfalt "
           "Europa äußern ihre mit diesem Halbjahr verknüpften Hoffnungen. Diese reichen von der Stärkung der europäischen "
           "Demokratie bis hin zur Verlagerung des Schwerpunkts von der Union auf die Unionsbürgerinnen und -bürger.",
           "Frankreich hat seit dem 1. Januar 2022 den sechsmonatigen Vorsitz im Rat der EU inne. Eine seiner Prioritäten "
           "ist die Stärkung der europäischen Demokratie. Das Programm des französischen Ratsvorsitzes beruht auf drei "
           "Hauptzielen, darunter ein menschliches Europa, das den Anliegen der Bürgerinnen und Bürger im Rahmen der "
           "laufenden Konferenz zur Zukunft Europas Gehör schenkt.",
           "Als Vertreter der Organisationen der Zivilgesellschaft unterstützt der EWSA dieses Ziel und ist aktiv an der "
           "Konferenz beteiligt. Die französischen Mitglieder der EWSA-Gruppe Vielfalt Europa hegen große Erwartungen.",
           FR_P4, FR_P5, FR_P6],
    # partial quotes after `hofft, dass` (rule 3); the association's name in marks is null (rule 2); the colon quotation
    # after Blanc's `ist der Ansicht, dass …:` (rule 9); the presidency's motto in single marks stays inside Destom's span
    # (rules 52, 110); the members' organisations in brackets are no aliases (rule 33)
    quotes=[(cut(FR_P4, "„die Idee", "bekräftigt wird“"), GILLOT),
            ("„Imagine for Margo – Children without cancer“", None),
            (cut(FR_P5, "„Es darf", "betroffen sind.“"), BLANC),
            (cut(FR_P6, "„das Motto", "Nachhall finden“"), DESTOM)],
    aliases={GILLOT: ["Dominique Gillot"],
             BLANC: ["Patricia Blanc"],
             DESTOM: ["Joël Destom"]})

# --- EWSA info, issue 07/2018: Arno Metzler new president of Group III ---

ME_P4 = ("Angesichts der Tatsache, dass Vielfalt eine der Stärken unserer Gruppe ist, bestand eine seiner ersten "
         "Entscheidungen als Vorsitzender in der Änderung ihres Namens von „Gruppe Verschiedene Interessen“ in Gruppe "
         "Vielfalt Europa: „eine neue Bezeichnung, die klarer und eingängiger ist und unseren Stolz auf unsere Vielfalt "
         "veranschaulicht“.")

add(id="ho472-eesc-info-2018-07-metzler-gruppe-iii",
    title="Zeit für Veränderung in Gruppe III",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/072018/articles/61728",
    retrieved="same address (stored article of EWSA info on the election of Arno Metzler as president of Group III on 18 "
              "April 2018, issue 07/2018; headline first; the last paragraph 'Bei seiner Arbeit erhält er "
              "in den nächsten zweieinhalb Jahren Unterstützung von sieben neu gewählten Vizepräsidenten: B. MILTOVIČA (LV), "
              "… A. G', cut off in the stored copy inside its list of names, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Am 18. April wurde Arno Metzler offiziell zum Vorsitzenden der Gruppe III für die Mandatsperiode 2018-2020 "
           "gewählt.",
           "Seit 1983 ist er Anwalt mit eigener Kanzlei in Deutschland, und seit 2002 vertritt er die deutschen freien Berufe "
           "im EWSA. Bevor er Gruppenvorsitzender wurde, war er als stellvertretender Vorsitzender für KMU, freie Berufe und "
           "die Geschäftsordnung zuständig.",
           "Er ist ein großer Europafreund und glaubt an die Vorzüge der EU als ergänzende Steuerungs- und Identitätsebene. "
           "Er hält es für unerlässlich, viel Energie für die Vermittlung Europas und seiner Werte der Toleranz, Pluralität "
           "und Inklusion aufzuwenden.",
           ME_P4,
           "Bekämpfung von Vorurteilen und Populismus durch Verantwortung und Vielfalt – so lautet eine der "
           "Hauptprioritäten seiner Amtszeit. Es wurde bereits eine Studie über die Zunahme von Populismus in Gebieten "
           "außerhalb von Ballungszentren in Auftrag gegeben. Sie soll es dem EWSA erleichtern, die Faktoren, die die "
           "Attraktivität von Populismus für die Öffentlichkeit beeinflussen, und die Mittel zivilgesellschaftlicher "
           "Organisationen zur Bekämpfung von Populismus besser zu begreifen, um deren Tätigkeiten stärker zu unterstützen. "
           "Die Ergebnisse der Studie sollen auf einer Konferenz der Gruppe im Oktober in Österreich vorgestellt werden. Im "
           "Fokus der Amtszeit von Herrn Metzler werden auch die Bekämpfung von Vorurteilen und die Förderung von Vielfalt "
           "durch Bildung stehen."],
    # the group's old name is a name (rule 2); the verbless colon phrase after `eine seiner ersten Entscheidungen` is
    # Metzler's (rule 2501)
    quotes=[("„Gruppe Verschiedene Interessen“", None),
            (cut(ME_P4, "„eine neue Bezeichnung", "veranschaulicht“"), METZLER)],
    aliases={METZLER: ["Arno Metzler", "Herrn Metzler"]})

# --- EWSA info, January 2024: the EESC and the Belgian Council presidency ---

BE_P1 = ("Belgien hat am 1. Januar den Vorsitz im Rat der EU für das so wichtige erste Halbjahr 2024 übernommen. Die "
         "Europawahl im Juni ist dabei sicher der Höhepunkt, denn dann können die EU-Bürgerinnen und -Bürger über den "
         "künftigen Kurs der EU entscheiden. Der EWSA wird aktiv über die Wahl informieren und sich für eine starke "
         "Wahlbeteiligung einsetzen. „Als Haus der organisierten Zivilgesellschaft wird der EWSA eng mit dem belgischen "
         "Ratsvorsitz zusammenarbeiten, um ein stärkeres, resilienteres und demokratischeres Europa aufzubauen“, betont "
         "EWSA-Präsident Oliver Röpke.")

add(id="ho472-eesc-info-2024-01-belgischer-ratsvorsitz-roepke",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-january-2024/articles/115501",
    retrieved="same address (stored article of EWSA info, January 2024, announcing the EESC's brochure on the Belgian "
              "Council presidency; the stored copy begins with the first paragraph and shows no headline, so the text has "
              "no title line (rules 18, 32); the line 'Wer sind überhaupt unsere belgischen Mitglieder?', set as a line of "
              "its own in the stored copy, kept so; complete as stored, the editor's initials '(cw).' inside the last "
              "sentence kept as published)",
    license=EESC_INFO,
    paras=[BE_P1,
           "In der neuen Broschüre werden unsere Tätigkeiten im ersten Halbjahr und die wichtigsten Dossiers unserer "
           "Fachgruppen sowie die Sondierungsstellungnahmen auf Ersuchen des belgischen Ratsvorsitzes vorgestellt.",
           "Wer sind überhaupt unsere belgischen Mitglieder?",
           "Hier werden sie vorgestellt. Außerdem erfahren Sie, welcher Gruppe im EWSA sie angehören. Die Broschüre liegt "
           "auf Niederländisch, Französisch, Deutsch und Englisch vor (cw)."],
    # the quotation before the inverted cue `betont EWSA-Präsident Oliver Röpke` (rule 7)
    quotes=[(cut(BE_P1, "„Als Haus", "aufzubauen“"), ROEPKE)],
    aliases={ROEPKE: ["Oliver Röpke", "EWSA-Präsident Oliver Röpke"]})

# --- EWSA info, February 2019: issue page on the Civil Society Prize 2018 ---

add(id="ho472-eesc-info-2019-02-ausgabe-preis-der-zivilgesellschaft",
    title="EWSA-Preis für Verdienste um die europäischen Werte",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/022019",
    retrieved="same address (the February 2019 issue page of 'EWSA info'; the line 'Verfügbare Sprachfassungen:' and the "
              "section labels 'Grußwort', 'Neue Veröffentlichungen' and 'Aktuelles' dropped (rules 14, 93, as in the "
              "two-hundred-and-sixty-second set); the editorial's headline kept as the first line and its teaser as "
              "published; each item's headline kept as a line of its own with its teaser (rule 19); a line holding only a "
              "non-breaking space dropped; the item 'SWANS verleiht Frauen Flügel', whose teaser ('… noch mehr Frauen mit "
              "Potenzial zu') is cut off in the stored copy, dropped with its headline (rules 15, 19))",
    license=EESC_INFO,
    paras=["Liebe Leserinnen und Leser,",
           "die alljährliche Verleihung des Preises der Zivilgesellschaft ist stets ein wichtiges Ereignis für den "
           "Europäischen Wirtschafts- und Sozialausschuss, der diesen Preis vergibt, aber auch für alle Organisationen der "
           "Zivilgesellschaft, die durch ihre Arbeit zur Verbesserung des Zusammenlebens in Europa beitragen. Ist es doch "
           "die europäische Zivilgesellschaft in all ihrer Vielfalt und all ihrem Reichtum, die – symbolisch gesehen – bei "
           "dieser Gelegenheit auf die Bühne gebeten und mit dem Preis ausgezeichnet wird.",
           "Broschüre „Preis der Zivilgesellschaft“",
           "Der EWSA hat eine Broschüre zu den fünf Preisträgern veröffentlicht, in der auch allgemeine "
           "Hintergrundinformationen über den Preis der Zivilgesellschaft enthalten sind.",
           "Der deutsche Verein „Danube-Networkers for Europe (DANET)“ erhält den EWSA-Preis der Zivilgesellschaft 2018",
           "Der Europäische Wirtschafts- und Sozialausschuss (EWSA) zeichnete am 13. Dezember 2018 fünf Organisationen der "
           "Zivilgesellschaft für ihre herausragenden Projekte aus, die europäische Werte bekräftigen, die Vielfalt der "
           "europäischen Identitäten feiern und das Kulturerbe als Möglichkeit fördern, die Bürgerinnen und Bürger Europas "
           "einander wieder näherzubringen.",
           "Der Geschmack der Donau – Brot verbindet",
           "Um die Menschen für die Idee eines geeinten und friedlichen Europas zu begeistern, müssen sie aktiv eingebunden "
           "werden, betont Eva Hrabal vom Projekt „Geschmack der Donau – Brot verbindet“, das mit dem EWSA-Preis der "
           "Zivilgesellschaft ausgezeichnet wurde."],
    # names of a brochure, an association and a project, null (rules 2, 24); Eva Hrabal's statement has no marks (rule 5)
    # and the project named after her is not her quotation
    quotes=[("„Preis der Zivilgesellschaft“", None),
            ("„Danube-Networkers for Europe (DANET)“", None),
            ("„Geschmack der Donau – Brot verbindet“", None)],
    aliases={})

# --- European Central Bank, press release of 4 September 2015: Giuseppe Penone's sculpture ---

PE_P2 = ("„Giuseppe Penones Baum vermittelt ein Gefühl von Stabilität sowie Wachstum und verkörpert auf wundervolle Weise die "
         "humanistischen Werte Europas“, so Benoît Cœuré, Mitglied des Direktoriums der EZB und Vorsitzender der Jury, die "
         "das Kunstwerk ausgewählt hat.")

add(id="ho472-ecb-2015-09-kunstwerk-penone-gravity-and-growth",
    title="EZB stellt Kunstwerk vor ihrem Hauptgebäude auf",
    url="http://193.109.132.12/press/pr/date/2015/html/pr150904.de.html",
    retrieved="same address (stored copy of the ECB press release of 4 September 2015, served under a bare IP address with "
              "the ECB's address path and page layout; the ECB's own address is ecb.europa.eu/press/pr/date/2015/html/"
              "pr150904.de.html; the navigation lines 'Suchoptionen', 'Startseite Medien Wissenswertes Forschung und "
              "Publikationen Statistiken Geldpolitik Der Euro Zahlungsverkehr und Märkte Karriere', 'Vorschläge', 'Sortieren "
              "nach' and the label 'PRESSEMITTEILUNG' dropped as furniture (rule 93); the date line and the three summary "
              "bullets kept as lines of their own without their bullet signs (as in the hundred-and-fortieth set); the "
              "paragraph 'Im Jahr 2014 lobte die EZB einen internationalen Kunstwettbewerb … Bei den nun ausgewählten "
              "Arbeiten, „welche die Kunst Europas in ihrer besten Form repräsentieren“, handelt es sich um … ihren Platz "
              "vor dem Ge', cut off in the stored copy, dropped with its quotation (rule 15); the contact block with the "
              "licence line is not reached by the stored copy)",
    license=ECB_PR,
    paras=["4. September 2015",
           "Das vom italienischen Künstler Giuseppe Penone geschaffene Kunstobjekt wird am 4. September 2015 aufgestellt",
           "„Gravity and Growth“ ist ein mehr als 17 Meter hoher Baum und besteht vorwiegend aus Bronze und Granit",
           "Es ist eins von drei Projekten, die 2014 im Rahmen eines internationalen Wettbewerbs von einer Jury ausgewählt "
           "wurden",
           "Am 4. September 2015 wird vor dem Haupteingang des Hauptgebäudes der Europäischen Zentralbank (EZB) eine Skulptur "
           "von Giuseppe Penone, einem der führenden Vertreter der Arte Povera, aufgestellt. Sie trägt den Titel „Gravity "
           "and Growth“, ist 17,5 Meter hoch und stellt einen aus Bronze und Granit geformten Baum dar, den kugelförmig "
           "angeordnete vergoldete Blätter zieren.",
           PE_P2],
    # the title of the work, in the summary bullet and in the body, is null (rule 24; located by occurrence index);
    # Cœuré's role phrase names the ECB and is no alias (rule 33); the artist says nothing
    quotes=[("„Gravity and Growth“", None, 0),
            ("„Gravity and Growth“", None, 1),
            (cut(PE_P2, "„Giuseppe", "Europas“"), COEURE)],
    aliases={COEURE: ["Benoît Cœuré"]})
