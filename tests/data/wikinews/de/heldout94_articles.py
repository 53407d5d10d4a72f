# Ninety-fourth held-out German real-news set (tests/data/heldout94-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, numbered from 750). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, and by the speakers' names and a distinctive phrase of each text against all modules,
# SOURCES files and jsonl files, and against the modules of the other held-out worktrees being written at the same time).
# The annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see the section "Ninety-fourth held-out set" of SOURCES.md: texts of the European Economic and Social Committee
# (EESC): articles of its newsletter "EWSA info" on eesc.europa.eu/de (licence EESC_INFO), a news item on eesc.europa.eu/de
# and EESC press releases in the europa.eu press-release database (licence EESC_PRESS, new). Stored copies are the `search`
# tool's `pages` corpus, excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and
# each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EESC_INFO, EESC_PRESS  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


JAHIER = "Luca Jahier"

# --- EWSA info, August 2018 (special issue on the new presidency) ---

REN_P3 = ("„Ich fordere Sie alle dazu auf, sich gemeinsam mit mir im Interesse einer nachhaltigen Zukunft Europas für ein "
          "starkes zivilgesellschaftliches Engagement einzusetzen. Ich lade Sie auch ein, gemeinsam mit mir von einem "
          "revitalisierten Europa zu träumen und auf eine zweite europäische Renaissance hinzuarbeiten!“ – mit diesen Worten "
          "wandte sich Präsident Jahier an die 350 Mitglieder des EWSA, der bei der Ernennung seines neuen Präsidiums in "
          "puncto Geschlechtergleichstellung seiner Vorbildwirkung gerecht wurde und viele Spitzenpositionen mit Frauen "
          "besetzt hat.")
REN_P4 = ("„Europa leidet immer noch unter der hohen Arbeitslosigkeit, der ungelösten Migrationskrise und dem geringem "
          "Vertrauen in die demokratischen Institutionen und würde von einer kraftvollen humanistischen Revolution und einer "
          "mit der Renaissance vergleichbaren Transformation profitieren“, so Präsident Jahier weiter. Er hoffe daher, dass "
          "diese „rEUnaissance“ dank seiner vier Prioritäten „für eine verbindende Zukunftsagenda“ eine echte Chance auf "
          "Verwirklichung hat.")

add(id="ho94-eesc-info-2018-08-jahier-reunaissance",
    title="rEUnaissance: Neuer EWSA-Präsident befürwortet stärkeres zivilgesellschaftliches Engagement für ein nachhaltiges "
          "Europa",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/082018/articles/61694",
    retrieved="same address (stored article of EWSA info, August 2018; 'dem geringem Vertrauen' kept as published (rule 20); "
              "the last paragraph 'Er lobte zudem die Arbeit seines Vorgängers, Georges Dassis, in so wichtigen', cut off "
              "in the stored copy, dropped (rule 15); it holds no quotation mark in the stored part)",
    license=EESC_INFO,
    paras=["Der Italiener Luca Jahier wurde zum 32. Präsidenten des Europäischen Wirtschafts- und Sozialausschusses (EWSA) "
           "gewählt und wird der Institution gemeinsam mit den beiden neuen Vizepräsidentinnen – Milena Angelova "
           "(Bulgarien), zuständig für Haushaltsfragen und Isabel Caño Aguilar (Spanien), zuständig für Kommunikation – in "
           "den kommenden zweieinhalb Jahren vorstehen.",
           "Auf der EWSA-Plenartagung am 18. April, die den Abschluss der Präsidentschaft von Georges Dassis markierte, legte "
           "der neue Präsident in einer inspirierenden Rede die vier Prioritäten seines Programms dar: nachhaltige "
           "Entwicklung, Förderung des Friedens, Stärkung der Rolle der Kultur und Gewährleistung eines Mitspracherechts für "
           "die Jugend Europas.",
           REN_P3,
           REN_P4],
    # the slogan inside Jahier's reported hope is his own coinage (rule 751); the fragment after it is his wording (rule 25)
    quotes=[(cut(REN_P3, "„Ich fordere", "hinzuarbeiten!“"), JAHIER),
            (cut(REN_P4, "„Europa leidet", "profitieren“"), JAHIER),
            ("„rEUnaissance“", JAHIER),
            ("„für eine verbindende Zukunftsagenda“", JAHIER)],
    aliases={JAHIER: ["Luca Jahier", "Präsident Jahier", "Jahier"]})

# --- EESC news item, March 2019 ---

BERNASCONI = "Patrick Bernasconi"
BER_P1 = ("„Europa neu denken – mit Begeisterung und Projekten, die den Menschen am Herzen liegen“, so die Botschaft der "
          "Präsidenten Patrick Bernasconi und Luca Jahier auf der EWSA-Plenartagung im März")
BER_P2 = ("„Wir müssen gemeinsam für die Zukunft Europas kämpfen und mit Blick auf die Europawahl die Zivilgesellschaft auf "
          "allen Ebenen mobilisieren. Mehr denn je sind unsere Wachsamkeit und unser Engagement gefordert.“ Ohne die "
          "Zusammenarbeit aller Institutionen geht es nicht, erklärte Luca Jahier und verwies darauf, dass die europäische "
          "Zivilgesellschaft unbeirrbar hinter dem europäischen Projekt, seinen Werten und seinen Errungenschaften steht.")

add(id="ho94-eesc-2019-03-jahier-bernasconi",
    title="EWSA und französischer Wirtschafts-, Sozial- und Umweltrat: Gemeinsam für eine breite Beteiligung an der "
          "Europawahl",
    url="https://www.eesc.europa.eu/de/node/69706",
    retrieved="same address (stored news item of the EESC, March 2019, complete; the English photo caption 'Plenary session "
              "March 2019 - day 22 - bilateral meeting - presidents Jahier and Bernasconi' after the headline dropped (rule "
              "14); the lead line without final full stop kept as published (rule 20); the editor's initials '(mp)' at the "
              "end of the last paragraph kept as published)",
    license=EESC_PRESS,
    paras=[BER_P1,
           BER_P2,
           "Patrick Bernasconi teilte die Ansichten des EWSA-Präsidenten und unterstrich, dass die beiden Organe als Mittler "
           "zwischen Gesellschaft und politischer Macht fungieren müssen. Er beschrieb seine Vision von der Rolle der "
           "Zivilgesellschaft im Vorfeld der Europawahl und betonte, dass verlorener Boden wiedergutgemacht und "
           "Geschlossenheit demonstriert werden muss. (mp)"],
    # the joint message goes to the first named president (rule 27); Jahier, who has a quotation of his own, is not an
    # alias of Bernasconi (rule 750); the quotation before `erklärte Luca Jahier` is Jahier's (rule 752)
    quotes=[(cut(BER_P1, "„Europa neu", "am Herzen liegen“"), BERNASCONI),
            (cut(BER_P2, "„Wir müssen", "gefordert.“"), JAHIER)],
    aliases={BERNASCONI: ["Patrick Bernasconi"],
             JAHIER: ["Luca Jahier"]})

# --- EWSA info, August 2020 ---

CANO = "Isabel Caño Aguilar"
CANO_P2 = ("Isabel Caño Aguilar, für Kommunikation zuständige EWSA-Vizepräsidentin, hatte die Idee zu dem Projekt: „Der EWSA "
           "verfolgt die Entwicklung der Pandemie sehr genau und bekundet seine Solidarität mit den vom Coronavirus "
           "Betroffenen und ihren Familien. Mit diesem Projekt wollen wir zeigen, wie engagiert unsere Mitglieder Tag für Tag "
           "vor Ort etwas gegen die Folgen der Pandemie unternehmen.“")
CANO_P3 = ("Ein Besuch der neuen Webseite lohne sich, sagt sie, denn: „Diese Webseite ist der Arbeit gewidmet, die der EWSA, "
           "seine Mitglieder und die zivilgesellschaftlichen Organisationen, die sie vertreten, geleistet haben, um die Krise "
           "zu bewältigen und uns für die Zukunft zu wappnen. In unseren Krankenhäusern, unseren Ländern, unseren Städten und "
           "Dörfern haben viele namenlose Helferinnen und Helfer unermüdlich Hand in Hand gearbeitet, um die Krise zu "
           "überwinden. Wir wollen deutlich machen, dass die organisierte Zivilgesellschaft ein zentraler Akteur im Kampf "
           "gegen die Pandemie und für den Neustart ist.“")

add(id="ho94-eesc-info-2020-08-covid-webseite",
    title=None,
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/082020/articles/81463",
    retrieved="same address (stored article of EWSA info, August 2020, complete; the stored copy begins with the article's "
              "first paragraph and shows no headline, so the text has no title line (rules 18, 32); the editor's initials "
              "'(mp)' at the end of the last paragraph kept as published)",
    license=EESC_INFO,
    paras=["Der EWSA widmet in seinem Internetportal dem Kampf der Zivilgesellschaft gegen Covid-19 eine eigene neue Webseite "
           "mit über fünfzig Geschichten über Erholung, Solidarität und praktische Hilfe in der Coronakrise. Sie ging am 2. "
           "Juli 2020 online und zeigt, mit welchen Initiativen sich EWSA-Mitglieder über ihre lokalen Organisationen in den "
           "Mitgliedstaaten gegen Covid-19 stemmen.",
           CANO_P2,
           CANO_P3,
           "Die Geschichten der EWSA-Mitglieder sind vielfältig: Es geht darin um Beschäftigte, Unternehmen und sozialen "
           "Dialog ebenso wie um Landwirtschaft, Gesundheit, Verkehr, Umwelt, Verbraucher, Gleichberechtigung, Jugend, Familie "
           "und Senioren. (mp)"],
    # `sagt sie` resolves to Caño Aguilar, named in the paragraph before (pronoun rule)
    quotes=[(cut(CANO_P2, "„Der EWSA", "unternehmen.“"), CANO),
            (cut(CANO_P3, "„Diese Webseite", "Neustart ist.“"), CANO)],
    aliases={CANO: ["Isabel Caño Aguilar"]})

# --- EESC press release CES/13/31, 18 April 2013 ---

MALOSSE = "Henri Malosse"
MAL_P3 = ("\"Es ist die Aufgabe des Ausschusses, im Namen der unterschiedlichen Interessen in unserer Gesellschaft die "
          "anderen Institutionen auf ihre Strategie anzusprechen und Rechenschaft von ihnen zu verlangen. Nur so können wir "
          "das Vertrauen der Bürger wiedererlangen.\" Henri Malosse, Präsident des EWSA")

add(id="ho94-eesc-press-2013-04-malosse",
    title="Neue Präsidentschaft im Europäischen Wirtschafts- und Sozialausschuss: Henri Malosse stellt die Bürger in den "
          "Mittelpunkt der öffentlichen Debatte",
    url="http://europa.eu/rapid/press-release_CES-13-31_de.htm",
    retrieved="same address (stored EESC press release CES/13/31 of 18 April 2013 in the europa.eu press-release database; "
              "the site lines 'Navigation path', 'Left navigation', 'Additional tools', the line 'European Economic and "
              "Social Committee - CES/13/31 18/04/2013', the language list 'Other available languages: …', the reference "
              "and date lines 'CES/13/31' and '18. April 2013' and the repeated headline dropped (rules 14, 93); the "
              "signature line after the quotation is part of its paragraph as stored; the last paragraph 'Dazu wird der EWSA "
              "seinen Weitblick schärfen, seine Arbeiten offen gestalten und die EU-Politik evaluiere', cut off in the "
              "stored copy, dropped (rule 15); it holds no quotation mark in the stored part)",
    license=EESC_PRESS,
    paras=["Henri Malosse übernimmt für zweieinhalb Jahre das Zepter in der europäischen Institution, die die "
           "Zivilgesellschaft repräsentiert. Angesichts des zunehmenden Unverständnisses der Bürger gegenüber den von der "
           "Europäischen Union gefassten Beschlüssen will der neue Präsident dem EWSA wieder sein volles Gewicht in der "
           "europäischen Debatte verleihen. Das hat für ihn angesichts der gegenwärtigen Krise in Europa Priorität.",
           "Bei seinem Amtsantritt als 30. Präsident des EWSA stellt Henri Malosse eine Kluft zwischen Europa und den "
           "Europäern fest, die jüngst durch die Krisen in Griechenland und Zypern noch verdeutlicht wurde. In der "
           "Überzeugung, dass eine der Lösungen in einem Ausgleich der Kräfte in Brüssel besteht, fordert er die zweite "
           "Versammlung der Europäischen Union auf, wieder stärker die wirklichen Erwartungen der Bürger widerzuspiegeln, "
           "mit anderen Worten: die Schaffung von Arbeitsplätzen in Europa, die berufliche Eingliederung junger Menschen, der "
           "Schutz von Ersparnissen, der Zugang zu Gesundheitsversorgung usw.",
           MAL_P3],
    # a quotation followed by the name-and-function line of its author is that person's (rule 752)
    quotes=[(cut(MAL_P3, "\"Es ist", "wiedererlangen.\""), MALOSSE)],
    aliases={MALOSSE: ["Henri Malosse"]})

# --- EESC press release CES/12/79, 13 December 2012 ---

NILSSON = "Staffan Nilsson"
NIL_P3 = ("2012 sollten innovative Initiativen und Projekte ausgezeichnet werden, die eine neue und nachhaltige Praxis im "
          "Wirtschafts- und Sozialbereich fördern und so zur Schaffung einer inklusiven Gesellschaft beitragen. Bei der "
          "Preisverleihung sagte EWSA-Präsident Staffan Nilsson, er sei \"von der Kreativität und der Einzigartigkeit der "
          "drei ausgezeichneten Projekte beeindruckt\" und äußerst stolz auf die Gewinner, \"die die soziale Innovation ins "
          "Zentrum ihrer Aktivitäten gestellt und gezeigt haben, dass Nachhaltigkeit nicht nur eine Frage des Umweltschutzes "
          "ist\".")

add(id="ho94-eesc-press-2012-12-preis-zivilgesellschaft",
    title="EWSA-PREIS DER ZIVILGESELLSCHAFT 2012 – SEI INNOVATIV FÜR EIN NACHHALTIGES EUROPA!",
    url="http://europa.eu/rapid/press-release_CES-12-79_de.htm",
    retrieved="same address (stored EESC press release CES/12/79 of 13 December 2012 in the europa.eu press-release "
              "database; the site lines 'Navigation path', 'Left navigation', 'Additional tools', the line 'European "
              "Economic and Social Committee - CES/12/79 13/12/2012', the language list, the reference and date lines "
              "'CES/12/79' and '13 December 2012' and the repeated headline (set over two lines) dropped (rules 14, 93); the "
              "subheading '1. Preis: Transition Network (UK)' and the paragraph after it, cut off in the stored copy inside "
              "a quotation of the organisation's self-description, dropped with its unclosed quotation (rule 15))",
    license=EESC_PRESS,
    paras=["Am 12. Dezember verlieh der Europäische Wirtschafts- und Sozialausschuss (EWSA) den Preis der Zivilgesellschaft "
           "2012 an Transition Network, eine 2007 im Vereinigten Königreich gegründete basisorientierte Organisation, die "
           "derzeit in 34 Ländern tätig ist. Über 1 000 lokale Initiativen in ganz Europa setzen sich für ein nachhaltigeres "
           "Wirtschafts- und Sozialmodell ein.",
           "Mit dem Preis der Zivilgesellschaft werden die Leistungen von Organisationen der Zivilgesellschaft bei der "
           "Entwicklung von Projekten gewürdigt, die sich positiv auf das Leben der Europäerinnen und Europäer auswirken und "
           "zur Stärkung der europäischen Werte beitragen. Der EWSA verleiht diesen Preis an basisorientierte "
           "Organisationen, die auf europäischer, nationaler oder lokaler Ebene tätig sind.",
           NIL_P3],
    # two partial quotations inside Nilsson's indirect speech (rule 25)
    quotes=[(cut(NIL_P3, "\"von der", "beeindruckt\""), NILSSON),
            (cut(NIL_P3, "\"die die", "Umweltschutzes ist\""), NILSSON)],
    aliases={NILSSON: ["Staffan Nilsson", "EWSA-Präsident Staffan Nilsson"]})

# --- EWSA info, March 2019 ---

add(id="ho94-eesc-info-2019-03-yeys-schulbesuche",
    title="Schüler in ganz Europa begrüßen EWSA-Mitglieder zur Vorbereitung von „Your Europe, Your Say!“",
    url="https://www.eesc.europa.eu/de/news-media/eesc-info/032019/articles/67445",
    retrieved="same address (stored article of EWSA info, March 2019, complete; the rubric line 'Europawahlen 2019' under "
              "the headline and the closing link line 'Näheres zu YEYS 2019 auf der Internetseite – ein Video zu YEYS 2018 "
              "finden Sie hier. (ks/dgf)' dropped as furniture (rule 93); they hold no quotation mark)",
    license=EESC_INFO,
    paras=["Im Februar haben Mitglieder des Europäischen Wirtschafts- und Sozialausschusses 33 Schulen besucht, um sie auf die "
           "Jugendplenartagung Your Europe, Your Say (YEYS) vorzubereiten. Die seit nunmehr zehn Jahren organisierte "
           "Veranstaltung findet in Brüssel unter dem Motto „#YEYSturns10: Die Zukunft wählen!“ statt.",
           "Die 16- bis 18-jährigen Schüler werden am 21./22. März nach Brüssel reisen, um sich auf der Jugendplenartagung "
           "#YEYSturns10 über ihre Ansichten, Hoffnungen und Erwartungen für die bevorstehenden Europawahlen auszutauschen. "
           "Die Jugendlichen werden über drei Vorschläge abstimmen, die das Europäische Parlament im Europawahlkampf "
           "aufgreifen soll.",
           "Außerdem wird das Europäische Parlament den Abschlussbericht von YEYS als eine Botschaft der europäischen Jugend "
           "über „das Europa, in dem wir leben möchten“ werten.",
           "Die 33 teilnehmenden Schulen wurden aus einer Rekordzahl von 1038 Bewerbungen in einem elektronischen "
           "Losverfahren ermittelt. Teilnehmen wird je eine Schule aus den 28 EU-Mitgliedstaaten und den fünf "
           "Bewerberländern (Albanien, ehemalige jugoslawische Republik Mazedonien, Montenegro, Serbien und Türkei).",
           "Die Veranstaltung unter dem Namen „Your Europe, Your Say!“ (YEYS) wird vom Europäischen Wirtschafts- und "
           "Sozialausschuss organisiert, der die Stimme der Zivilgesellschaft in Europa ist. Es ist die Signalveranstaltung "
           "des Ausschusses für junge Menschen."],
    # event name (twice) and motto are null (rule 24); the first-person phrase naming the theme of a report not yet
    # written has no speaker (rule 753)
    quotes=[("„Your Europe, Your Say!“", None, 0),
            ("„#YEYSturns10: Die Zukunft wählen!“", None),
            ("„das Europa, in dem wir leben möchten“", None),
            ("„Your Europe, Your Say!“", None, 1)],
    aliases={})
