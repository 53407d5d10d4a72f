# Two-hundred-and-ninety-ninth held-out German real-news set (tests/data/heldout299-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1875-1878). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by article number or URL slug,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Two-hundred-and-ninety-ninth held-out set": five articles of "EWSA info", the newsletter
# of the European Economic and Social Committee, on eesc.europa.eu/de (2021-2024: two Western Balkans civil society
# forums, three items on the EESC's call for a European Blue Deal on water; licence EESC_INFO) and two news items of the
# EESC on eesc.europa.eu/de/content (2018: the civil society conference on the Western Balkans in Sofia, the first AI
# stakeholder summit; licence EESC_PRESS). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rule 14), and each retrieval
# note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO, EESC_PRESS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


ROEPKE = "Oliver Röpke"
SUICA = "Dubravka Šuica"
SCHWENG = "Christa Schweng"
ZAEV = "Zoran Zaev"
VARHELYI = "Olivér Várhelyi"
JAHIER = "Luca Jahier"
SLAVOVA = "Dilyana Slavova"
ZAHARIEVA = "Ekaterina Zaharieva"
MULLER = "Catelijne Muller"
GABRIEL = "Mariya Gabriel"
WEISS = "Pernille Weiss"
DE_LOTTO = "Pietro Francesco de Lotto"

# --- EWSA info, November 2023: Western Balkans civil society forum in Thessaloniki ---

WB23_P4 = ("Bei der Eröffnung betonte EWSA-Präsident Oliver Röpke, dass der EWSA seit jeher eng in den "
           "EU-Erweiterungsprozess eingebunden ist. „Ich bin stolz darauf, dass wir unsere Unterstützung noch ausweiten "
           "können. Vor einigen Wochen hat der EWSA den historischen Beschluss gefasst, sich auf institutioneller Ebene für "
           "EU-Beitrittskandidaten zu öffnen und Erweiterungskandidatenmitglieder zu integrieren.\"")
WB23_P5 = ("Die Vizepräsidentin der Europäischen Kommission für Demokratie und Demografie, Dubravka Šuica, versicherte "
           "gegenüber den Kandidatenländern, dass \"zwischen Europa und dem Westbalkan heute und in Zukunft enge Bande "
           "bestehen. Ich begrüße die Initiative des EWSA, Vertreter aus den Erweiterungsländern in seine beratende Arbeit "
           "einzubeziehen. Unter den EU-Institutionen nimmt er damit eine Vorreiterrolle ein.“")

add(id="ho299-eesc-info-2023-11-forum-westbalkan-thessaloniki",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/112023/articles/114050",
    retrieved="same address (stored article of EWSA info, November 2023, on the EESC's Western Balkans civil society forum "
              "of 19/20 October 2023 in Thessaloniki; the stored copy begins with the first paragraph and shows no "
              "headline, so the text has no title line (rules 18, 32); the grammar slip 'des klaren Bekenntnis' and the "
              "mixed marks (Röpke's quotation opened with „ and closed with a straight \", Šuica's opened with a straight \" "
              "and closed with “) kept as stored (rule 20); the last paragraph 'Die Vertreter verschiedener Organisationen "
              "… und eine begrenzte Ein', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Der EWSA veranstaltete am 19./20. Oktober 2023 sein Forum der Zivilgesellschaft des Westbalkans, das im Zeichen "
           "des neuen Schwungs, der aufgrund der aktuellen geopolitischen Lage im EU-Beitrittsprozess der Länder dieser "
           "Region zu verzeichnen ist, sowie des klaren Bekenntnis der europäischen Staats- und Regierungschefs zur "
           "Erweiterungspolitik stand.",
           "Vertreter von Organisationen der Zivilgesellschaft betonten, dass der zivilgesellschaftliche Raum stärker "
           "gefördert und geschützt werden muss, um die Umsetzung der für eine EU-Mitgliedschaft erforderlichen wichtigen "
           "Sozial- und Wirtschaftsreformen zu erleichtern.",
           "Das Forum fand in Zusammenarbeit mit der Europäischen Kommission, der Europäischen Stiftung für Berufsbildung, "
           "dem Regionalen Kooperationsrat und dem Europäischen Zentrum für die Förderung der Berufsbildung im griechischen "
           "Thessaloniki statt.",
           WB23_P4,
           WB23_P5],
    # Röpke: the quotation follows his narrated statement in the same paragraph, no cue after it (rule 8 context);
    # Šuica: a quotation opening after `dass` and running on over full sentences is one span, hers (rule 1875)
    quotes=[(cut(WB23_P4, "„Ich bin stolz", "integrieren.\""), ROEPKE),
            (cut(WB23_P5, "\"zwischen Europa", "Vorreiterrolle ein.“"), SUICA)],
    aliases={ROEPKE: ["Oliver Röpke", "EWSA-Präsident Oliver Röpke"],
             SUICA: ["Dubravka Šuica", "Die Vizepräsidentin der Europäischen Kommission für Demokratie und Demografie"]})

# --- EWSA info, September 2021: 8th Western Balkans civil society forum in Skopje ---

WB21_P3 = ("Der Ministerpräsident der Republik Nordmazedonien, Zoran Zaev, betonte: „Das Thema ‚Stärkung des "
           "Beitrittsprozesses – Eine glaubwürdige EU-Perspektive für den westlichen Balkan‘ ist angesichts der "
           "aufgezwungenen Erweiterungsblockade genau das richtige Thema zur richtigen Zeit.\"")
WB21_P5 = ("„Ich bin fest davon überzeugt, dass der Platz des Westbalkans in der EU ist. Wir dürfen auch nicht vergessen, "
           "dass jegliche Erweiterungsdebatte implizit eine Debatte über die Zukunft Europas ist, weshalb die "
           "Zivilgesellschaft der Region und der EU umfassend in diesen Prozess einbezogen werden sollte.“")
WB21_P6 = ("Der EU-Kommissar für Nachbarschaft und Erweiterung, Olivér Várhelyi, hielt fest: „Der Weg in die EU ist lang und "
           "kompliziert und voller Herausforderungen. Aber Durchhaltevermögen führt zum Ziel. Für mich steht es außer Frage: "
           "die Zukunft des Westbalkans liegt in der Europäischen Union.“")

add(id="ho299-eesc-info-2021-09-forum-westbalkan-skopje",
    title="8. Forum der Zivilgesellschaft des Westbalkans: Der Platz dieser Region ist in der EU",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/092021/articles/92856",
    retrieved="same address (stored article of EWSA info, September 2021, on the 8th Western Balkans civil society forum "
              "of 30 September/1 October 2021 in Skopje; the page header 'European Economic / and Social Committee' above "
              "the headline dropped (rule 14); Zaev's quotation opened with „ and closed with a straight \" kept as stored "
              "(rule 20); the last paragraph 'Eine aktive Beteiligung der Zivilgesellschaft ist fü', cut off in the stored "
              "copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Auf dem EWSA-Forum der Zivilgesellschaft des Westbalkans am 30. September/1. Oktober in Skopje wurden der "
           "aktuelle Stand der klaren EU-Beitrittsperspektive der Region und die aktive Einbeziehung der Zivilgesellschaft "
           "in diese Bemühungen beleuchtet.",
           "Das vom Europäischen Wirtschafts- und Sozialausschuss in Zusammenarbeit mit der Europäischen Kommission und dem "
           "Regionalen Kooperationsrat organisierte Forum kam zum richtigen Zeitpunkt, wenige Tage vor dem Gipfeltreffen "
           "EU-Westbalkan in Brdo unter dem slowenischen Ratsvorsitz.",
           WB21_P3,
           "EWSA-Präsidentin Christa Schweng bekräftigte die klare Unterstützung des Ausschusses für eine Erweiterung der "
           "Union um die Länder dieser Region.",
           WB21_P5,
           WB21_P6,
           "Gašper Dovžan, Staatssekretär im Ministerium für auswärtige Angelegenheiten Sloweniens, bestätigte, dass eine "
           "Erweiterung ein logischer Schritt und ein für beide Seiten vorteilhafter Prozess ist, der Ehrgeiz und "
           "Resilienz erfordert."],
    # Zaev's quotation holds the nested title ‚…‘ of the Commission communication, which stays inside his span (rule 110);
    # Schweng's quotation stands alone in the paragraph after her narrated statement (rule 1876)
    quotes=[(cut(WB21_P3, "„Das Thema", "richtigen Zeit.\""), ZAEV),
            (WB21_P5, SCHWENG),
            (cut(WB21_P6, "„Der Weg", "Europäischen Union.“"), VARHELYI)],
    aliases={ZAEV: ["Zoran Zaev", "Der Ministerpräsident der Republik Nordmazedonien"],
             SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng"],
             VARHELYI: ["Olivér Várhelyi", "Der EU-Kommissar für Nachbarschaft und Erweiterung"]})

# --- eesc.europa.eu/de/content, 2018: civil society conference on the Western Balkans before the Sofia summit ---

SOF_P3 = ("Die Zukunft der Region liegt in Europa“, betonte EWSA-Präsident Luca Jahier in seiner Ansprache auf der "
          "Konferenz. „Ich bin der Überzeugung, dass es sowohl für die EU als auch die Westbalkanländer keine Alternative zu "
          "einem schrittweisen nachhaltigen Wandel hin zur Vollmitgliedschaft gibt.“")
SOF_P4 = ("„Ich glaube fest daran, dass es nicht nur im Interesse der Länder und Völker des Westbalkans, sondern auch von uns "
          "allen in der EU liegt, diese Region so schnell wie möglich in unsere gemeinsame Union zu integrieren“, sagte "
          "Dilyana Slavova, Vorsitzende der Fachgruppe Außenbeziehungen des EWSA, bei der Eröffnung der Konferenz.")
SOF_P5 = ("„Die Sozialpartner spielen für die sozioökonomische Entwicklung und den Zusammenhalt im Westbalkan eine wichtige "
          "Rolle \", so die für die Justizreform zuständige stellvertretende Ministerpräsidentin und Ministerin für "
          "auswärtige Angelegenheiten Bulgariens Ekaterina Zaharieva. Sie brachte die Hoffnung zum Ausdruck, dass zwei "
          "Westbalkanländer bis 2025 EU-Mitgliedstaaten sein werden.")

add(id="ho299-eesc-2018-05-westbalkan-sofia-konferenz",
    title="Die Zukunft des Westbalkans liegt in Europa",
    url="https://www.eesc.europa.eu/de/content/die-zukunft-des-westbalkans-liegt-europa",
    retrieved="same address (undated news item of the EESC on the civil society conference before the EU-Western Balkans "
              "summit of 15 May 2018 in Sofia, hence May 2018; the missing space in 'Westbalkansam', the missing opening "
              "mark before 'Die Zukunft der Region' and the space before the straight closing mark in 'wichtige Rolle \"' "
              "kept as stored (rules 20, 22); a leading space before the fourth and the last paragraph dropped; complete, "
              "ending with the author's initials '(sg)')",
    license=EESC_PRESS,
    paras=["Über 100 Vertreter der Zivilgesellschaft verabschiedeten einen gemeinsamen Beitrag zum Gipfel der Staats- und "
           "Regierungschefs der EU und des Westbalkansam 15. Mai in Sofia.",
           "Die Teilnehmer der hochrangigen Konferenz brachten ihre Überzeugung zum Ausdruck, dass die Erweiterung der EU "
           "und insbesondere die Verbreitung ihrer demokratischen Werte und Rechtsnormen im Westbalkan sowohl dem Interesse "
           "der Westbalkanländer als auch dem der EU dient. Die Förderung der Werte der EU in der Region sorge für "
           "Sicherheit und Stabilität und stärke neben der sozialen und wirtschaftlichen Entwicklung auch die Demokratie und "
           "Rechtsstaatlichkeit in diesen Ländern, was wiederum Stabilität und Sicherheit für die EU bedeute.",
           SOF_P3,
           SOF_P4,
           SOF_P5,
           "Das Hauptaugenmerk der Vertreter der zivilgesellschaftlichen Organisationen galt den Rechten und der Teilhabe "
           "schutzbedürftiger Gruppen in der Region. (sg)"],
    # the first quotation has no opening mark: the span starts at the paragraph start (rule 22), Jahier's by the
    # trailing cue; his second quotation follows in the same paragraph with no cue of its own (rule 8 context)
    quotes=[("Die Zukunft der Region liegt in Europa“", JAHIER),
            (cut(SOF_P3, "„Ich bin der", "Vollmitgliedschaft gibt.“"), JAHIER),
            (cut(SOF_P4, "„Ich glaube", "integrieren“"), SLAVOVA),
            (cut(SOF_P5, "„Die Sozialpartner", "Rolle \""), ZAHARIEVA)],
    aliases={JAHIER: ["Luca Jahier", "EWSA-Präsident Luca Jahier"],
             SLAVOVA: ["Dilyana Slavova", "Vorsitzende der Fachgruppe Außenbeziehungen des EWSA"],
             ZAHARIEVA: ["Ekaterina Zaharieva", "stellvertretende Ministerpräsidentin und Ministerin für auswärtige "
                         "Angelegenheiten Bulgariens"]})

# --- eesc.europa.eu/de/content, 2018: first AI stakeholder summit of the EESC and the Commission ---

KI_P2 = ("„Die künstliche Intelligenz darf uns weder ersetzen noch überwältigen“, forderte Catelijne Muller, Vorsitzende der "
         "EWSA-Studiengruppe Künstliche Intelligenz. „Die Menschen müssen die Kontrolle über die künstliche Intelligenz "
         "behalten“.")

add(id="ho299-eesc-2018-06-ki-gipfel-interessentraeger",
    title=None,
    url="https://www.eesc.europa.eu/de/content/die-europaeische-union-muss-ihren-werten-bei-der-entwicklung-der-kuenstlichen-"
        "intelligenz-treu-bleiben-fordern-eu",
    retrieved="same address (undated news item of the EESC on the first AI stakeholder summit of 18 June (2018, by the "
              "Commission's plan 'Bis 2020'); the stored copy begins with the first paragraph and shows no headline, so the "
              "text has no title line (rules 18, 32); 'dass sie als' (for 'das sie als') kept as published (rule 20); "
              "complete, ending with the author's initials '(ia)')",
    license=EESC_PRESS,
    paras=["Der erste Gipfel der Interessenträger im Bereich künstliche Intelligenz wurde vom Europäischen Wirtschafts- und "
           "Sozialausschuss (EWSA) und der Europäischen Kommission am 18. Juni in Brüssel organisiert. Tenor dieses "
           "Gipfels: Die EU muss dafür sorgen, dass künstliche Intelligenz sicher und neutral ist und europäische Werte "
           "wahrt.",
           KI_P2,
           "Mariya Gabriel, Kommissionsmitglied für digitale Wirtschaft und Gesellschaft, äußerte sich zu den Bemühungen "
           "der Kommission um ein koordiniertes Herangehen an die künstliche Intelligenz, dass sie als eine „große "
           "politische Priorität“ bezeichnete. Bis 2020 beabsichtigt die Kommission, 20 Milliarden EUR öffentlicher und "
           "privater Investitionen für künstliche Intelligenz zu mobilisieren. Im nächsten Jahrzehnt sollen es jährlich 20 "
           "Milliarden EUR sein.",
           "Mady Delvaux, EP-Berichterstatterin für künstliche Intelligenz, machte auf das Problem der Zugänglichkeit "
           "aufmerksam. Ihrer Meinung nach muss Europa dafür sorgen, dass der durch künstliche Intelligenz erwirtschaftete "
           "Wohlstand gut verteilt wird.",
           "Künstliche Intelligenz ist ein ganz wichtiges politisches Anliegen der derzeitigen EWSA-Präsidentschaft. Ariane "
           "Rodert, Vorsitzende der Fachgruppe Binnenmarkt, Produktion, Verbrauch erinnerte daran, dass der EWSA an zwei "
           "neuen Stellungnahmen über künstliche Intelligenz arbeitet. (ia)"],
    # Muller's second quotation follows her cue with no cue of its own (rule 8 context); the phrase that Gabriel
    # `als eine „…“ bezeichnete` is her wording, not a name (rule 1877)
    quotes=[("„Die künstliche Intelligenz darf uns weder ersetzen noch überwältigen“", MULLER),
            ("„Die Menschen müssen die Kontrolle über die künstliche Intelligenz behalten“", MULLER),
            ("„große politische Priorität“", GABRIEL)],
    aliases={MULLER: ["Catelijne Muller", "Vorsitzende der EWSA-Studiengruppe Künstliche Intelligenz"],
             GABRIEL: ["Mariya Gabriel", "Kommissionsmitglied für digitale Wirtschaft und Gesellschaft"]})

# --- EWSA info, November 2023: the EESC presents its call for a European Blue Deal ---

BD23_P3 = ("EWSA-Präsident Oliver Röpke legte eine politische Erklärung mit Grundsätzen und konkreten Maßnahmen zur "
           "Verwirklichung des Blauen Deals vor. „Wasser ist DIE Priorität schlechthin“, sagte Röpke. „Wir müssen aus "
           "unseren Fehlern bei Klimawandel, Energie und kritischen Rohstoffen lernen und eine eigenständige "
           "Wasserstrategie auf den Weg bringen, die dem europäischen Grünen Deal ebenbürtig ist.“")

add(id="ho299-eesc-info-2023-11-blauer-deal-wasserstrategie",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/112023/articles/114052",
    retrieved="same address (stored article of EWSA info, November 2023, on the EESC's call for a European Blue Deal "
              "presented on 26 October 2023; the stored copy begins with the first paragraph and shows no headline, so the "
              "text has no title line (rules 18, 32); the last paragraph 'Der EWSA will den Druck auf EU-Institutionen und "
              "Mitgliedstaaten erhöhen, … Er', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Am 26. Oktober erläuterte der Europäische Wirtschafts- und Sozialausschuss (EWSA) seinen Plan für eine "
           "umfassende EU-Wasserstrategie. Der EWSA setzt sich als erste europäische Institution für konkrete Maßnahmen zur "
           "Bewältigung der Wasserkrise ein. Er schlägt in diesem Zusammenhang Wasserverbrauchskennzeichnungen, einen Fonds "
           "für einen blauen Übergang, Auflagen für Wasser in EU-Fonds und einen eigenen EU-Kommissar für das Ressort "
           "Wasser vor.",
           "Die Kosten des Nichtstuns in der Wasserpolitik liegen Schätzungen zufolge um ein Fünffaches über den Kosten "
           "entsprechender Maßnahmen, Unternehmen kann so ein erheblicher finanzieller Nachteil entstehen. Europa bietet "
           "sich die einmalige Gelegenheit, Herausforderungen im Bereich Wasser als Chance für die Entwicklung neuer "
           "Techniken, den gesellschaftlichen Fortschritt und das Wirtschaftswachstum zu nutzen. Der derzeitige "
           "uneinheitliche Ansatz ist jedoch kaum geeignet, Wasserknappheit, Umweltverschmutzung und Klimawandel zu "
           "bekämpfen.",
           BD23_P3,
           "Pernille Weiss, Mitglied des Europäischen Parlaments, schloss sich dem Aufruf zum Handeln an und betonte, dass "
           "in der EU eine echte Wasserresilienz erreicht werden muss. Virginijus Sinkevičius, EU-Kommissar für Umwelt, "
           "Meere und Fischerei, begrüßte die Wasserinitiative des EWSA, mit der die Süßwasserbewirtschaftung in Europa in "
           "den Fokus gerückt wird."],
    # `sagte Röpke` between the two quotations; the second has no cue of its own (rule 8 context)
    quotes=[("„Wasser ist DIE Priorität schlechthin“", ROEPKE),
            (cut(BD23_P3, "„Wir müssen", "ebenbürtig ist.“"), ROEPKE)],
    aliases={ROEPKE: ["Oliver Röpke", "Röpke", "EWSA-Präsident Oliver Röpke"]})

# --- EWSA info, February 2024: the Blue Deal before the European elections ---

BD24_P3 = ("„Wir stehen vor einer Wasserkrise von beispiellosem Ausmaß“, mahnte EWSA-Präsident Oliver Röpke. Er verwies auf "
           "die anstehende Europawahl im Juni und erklärte, dass das Thema Wasser jeden Einzelnen betreffe. „Wie werden die "
           "Politiker in der EU das Wasserproblem und die künftigen Herausforderungen angehen? Es ist an der Zeit, diese "
           "Fragen zu stellen.“")

add(id="ho299-eesc-info-2024-02-blauer-deal-europawahl",
    title="Wasser als Chance für Europa: Der europäische Blaue Deal rückt vor der Europawahl stärker in den Blickpunkt",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/eesc-info-february2024/articles/116222",
    retrieved="same address (stored article of EWSA info, February 2024, on an EESC event on the Blue Deal and river "
              "basins; the page header 'European Economic / and Social Committee' above the headline dropped (rule 14); "
              "the last paragraph 'Die Forderung des EWSA nach einem europäischen Blauen Deal … Der für Wasserressourcen "
              "zu', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Die Forderung des Europäischen Wirtschafts- und Sozialausschusses nach einem europäischen Blauen Deal stößt auf "
           "immer mehr Zuspruch von politischen Entscheidungsträgern und der Zivilgesellschaft. Das Thema rückt stärker in "
           "den Blickpunkt, da zunehmend anerkannt wird, dass die Wasserknappheit dringend angegangen werden muss und der "
           "Blaue Deal hierbei eine umfassende Lösung bieten kann.",
           "Bei einer jüngsten Veranstaltung im Europäischen Wirtschafts- und Sozialausschuss (EWSA) kamen wichtige "
           "Interessenträger zusammen, um den Blauen Deal und seinen möglichen Beitrag zur Umgestaltung der "
           "Wasserbewirtschaftung in Europa zu erörtern, insbesondere mit Blick auf Flusseinzugsgebiete.",
           BD24_P3,
           "Pernille Weiss, MdEP, bekräftigte die Forderung nach einer umfassenden Lösung und sprach sich für einen "
           "speziellen Fonds für einen blauen Übergang aus, um Unternehmen und Bevölkerung bei der Umstellung auf eine "
           "nachhaltige Wasserbewirtschaftung zu unterstützen. Der Sonderberichterstatter der Vereinten Nationen, Pedro "
           "Arrojo Agudo, betonte, dass Wasserknappheit und Klimawandel keine Grenzen kennen, und forderte die EU auf, bei "
           "der Suche nach einer globalen Lösung der Wasserkrise voranzugehen."],
    # the second quotation follows `Er verwies … und erklärte, dass …` (er = Röpke, rule 8) with no cue of its own
    quotes=[("„Wir stehen vor einer Wasserkrise von beispiellosem Ausmaß“", ROEPKE),
            (cut(BD24_P3, "„Wie werden", "zu stellen.“"), ROEPKE)],
    aliases={ROEPKE: ["Oliver Röpke", "EWSA-Präsident Oliver Röpke"]})

# --- EWSA info, April 2023: hearing of water experts opening the EESC's work on water ---

W23_P4 = ("EWSA-Präsidentin Christa Schweng stellte fest: „Die EU hat die Chance, sich im Bereich Wasser als Vorreiter zu "
          "positionieren.“")
W23_P5 = ("Das Europäische Parlament hat ebenfalls kürzlich eine Wasserstrategie der EU gefordert. Pernille Weiss, "
          "Vorsitzende der MdEP-Gruppe zum Thema Wasser, hierzu: „Ich habe die Hoffnung, dass Europa beim sorgsamen Umgang "
          "mit Wasserressourcen ein Vorbild sein wird.“")
W23_P7 = ("Pietro Francesco de Lotto, Vorsitzender der Beratenden Kommission für den industriellen Wandel, unterstrich die "
          "industrielle Dimension von Wasser: „Wassereffiziente Technologien sind ein wichtiger Teil der Lösung, die nicht "
          "nur die Industrie, sondern auch die Gesellschaft insgesamt braucht.“")

add(id="ho299-eesc-info-2023-04-anhoerung-wasser",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/042023/articles/106658",
    retrieved="same address (stored article of EWSA info, April 2023, on the EESC hearing of water experts of 27 February "
              "2023; the stored copy begins with the first paragraph and shows no headline, so the text has no title line "
              "(rules 18, 32); trailing spaces after 'zum Thema Wasser ein.' and 'bei der Energiepolitik zu vermeiden.' "
              "dropped; the last paragraph 'Salla Saastamoinen, stellvertretende Generaldirektorin der Gemeinsamen "
              "Forschungsstelle (', cut off in the stored copy, dropped (rule 15))",
    license=EESC_INFO,
    paras=["Wasserknappheit und Wasserverschmutzung sind nach wie vor globale Herausforderungen, für die der derzeitige "
           "Politikrahmen der EU nicht ausreicht. Vor diesem Hintergrund kamen am 27. Februar hochrangige "
           "Wassersachverständige im EWSA zusammen, um mögliche Lösungen aufzuzeigen. Mit der Anhörung leitet der EWSA "
           "seine Arbeiten zum Thema Wasser ein.",
           "Der EWSA erarbeitet derzeit eine Reihe von Initiativstellungnahmen und wird im Herbst die Empfehlungen der "
           "Zivilgesellschaft zur Zukunft des Wassers in der EU darlegen.",
           "Im Sommer 2022 erlebte Europa die schwersten Dürren seit 500 Jahren. Im Grünen Deal der EU sind zwar Vorschläge "
           "zur Lösung von Wasserproblemen vorgesehen, diese Ziele werden jedoch nicht ausreichend in alle Politikbereiche "
           "der EU einbezogen. Es muss ein Paradigmenwechsel stattfinden, um frühere Fehler bei der Energiepolitik zu "
           "vermeiden.",
           W23_P4,
           W23_P5,
           "Der EWSA wird sich mit einer Reihe von Initiativstellungnahmen für eine umfassende Wasserstrategie der EU "
           "einsetzen und Vorschläge zum Schutz von sauberem Wasser, zur frühzeitigen Erkennung und Eindämmung der "
           "Auswirkungen internationaler Konflikte im Zusammenhang mit Wasser sowie zur nachhaltigen Wasserbewirtschaftung "
           "vorlegen.",
           W23_P7],
    # colon cues; Weiss's cue has no verb (`Name, Rolle, hierzu:`), still hers (rule 1878)
    quotes=[(cut(W23_P4, "„Die EU", "positionieren.“"), SCHWENG),
            (cut(W23_P5, "„Ich habe", "sein wird.“"), WEISS),
            (cut(W23_P7, "„Wassereffiziente", "braucht.“"), DE_LOTTO)],
    aliases={SCHWENG: ["Christa Schweng", "EWSA-Präsidentin Christa Schweng"],
             WEISS: ["Pernille Weiss", "Vorsitzende der MdEP-Gruppe zum Thema Wasser"],
             DE_LOTTO: ["Pietro Francesco de Lotto", "Vorsitzender der Beratenden Kommission für den industriellen Wandel"]})
