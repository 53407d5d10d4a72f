# Five-hundred-and-twenty-sixth held-out German real-news set (tests/data/heldout526-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2960-2963). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-twenty-sixth held-out set": four texts of the European Commission
# (licence EU) and one of the Council of Europe (licence COE): two pages of President Barroso's site of the 2010-2014
# Commission (the headlines page of May 2010, with Yves Leterme and Serzh Sargsyan; the press-release page of October 2009,
# with his video message on poverty), a news item of the Commission's Representation in Germany (Jean-Claude Juncker on the
# future of the Union, February 2017), a release of the Representation in Germany as reposted by the press portal 88news.de
# (Barroso receiving Federal President Christian Wulff, 2010) and a statement page of the Council of Europe portal on the
# death sentences passed in Donetsk (undated in the stored copy). Stored copies are the `search` tool's `pages` excerpts, cut
# after about 2,000 characters; only complete paragraphs and items are kept (rules 15, 17), page furniture (header lines,
# image captions, link lines, press contacts, page footers) is dropped (rules 14, 19), and each retrieval note names what
# was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE, EU  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BARROSO = "Barroso"
BARROSO_FULL = "José Manuel Barroso"
JUNCKER = "Juncker"

# --- Commission, President Barroso's site, headlines of May 2010: Leterme and Sargsyan in Brussels ---

LET_T = "Treffen mit dem belgischen Ministerpräsidenten Yves Leterme"
LET_TEASER = "Ich bin überzeugt, dass die belgische Ratspräsidentschaft ein Erfolg wird"
LET_P = ("Kommissionspräsident Barroso und der amtierende belgische Ministerpräsident Leterme sprachen über die Zusammenarbeit "
         "und die geplanten Schwerpunkte während des belgischen Ratsvorsitzes. Präsident Barroso äußerte sich zuversichtlich, "
         "dass die Kommission und der Ratsvorsitz in den Fragen der Finanzmarktregulierung, einer engeren wirtschaftlichen "
         "Koordinierung und der Governance in Europa „sehr eng zusammenarbeiten werden.“ Barroso betonte, die Strategie Europa "
         "2020 sei „der Weg, den wirtschaftlichen Herausforderungen mit einer ganzheitlichen Strategie zu begegnen.“")
ARM_H = "Besuch des Staatspräsidenten von Armenien, Serzh Sargsyan"
ARM_P = ("Heute begrüßte Kommissionspräsident Barroso den armenischen Staatspräsidenten Serzh Sargsyan und betonte, die "
         "Europäische Kommission „fühlt sich der Stabilität und Demokratie in Armenien verpflichtet und ist an einer "
         "Verbesserung der bilateralen Beziehungen interessiert.“ Beide Politiker äußerten sich optimistisch darüber, dass "
         "schon in naher Zukunft Verhandlungen zu einem Assoziierungsabkommen beginnen könnten. Barroso erklärte, die EU "
         "unterstütze die Bemühungen um eine Lösung des Konflikts in Nagorny-Karabach und um eine Normalisierung der "
         "Beziehungen zwischen Armenien und der Türkei.")

add(id="ho526-eucom-2010-05-barroso-leterme-sargsyan",
    title=LET_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2010/05/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, May 2010: its "
              "first two items with the first item's teaser and both date lines; the header lines 'Navigationsleiste' / "
              "'Schlagzeilen', the image captions 'José Manuel Barroso and Yves Leterme © EU' and 'Serzh Sargsyan © EU' "
              "under the date lines and the link lines 'Zur vollständigen Rede' / 'Zum Video' / 'Zur Rede' / 'Zum video' "
              "dropped (rule 14); the third item 'Global Jean Monnet Conference' of 25/05/2010, whose body paragraph is cut "
              "off in the stored copy inside its third quotation ('… vor allem aber „eine stärker stru'), dropped whole with "
              "its headline, the two trailing spaces after it, its date line and its caption (rule 15))",
    license=EU,
    paras=[LET_TEASER, "26/05/2010", LET_P, ARM_H, "26/05/2010", ARM_P],
    # the teaser in the first person stands without marks and carries no span (rules 5, 23, 2961); the partial quotation
    # closing the sentence that begins `Präsident Barroso äußerte sich zuversichtlich, dass …` and the one after `Barroso
    # betonte, die Strategie Europa 2020 sei` are his (rule 3, the closing mark after the full stop as published, rule
    # 20); in the second item the partial quotation whose grammatical subject is `die Europäische Kommission` is Barroso's,
    # the subject of `betonte` (rule 2961); Yves Leterme and Serzh Sargsyan say nothing in marks, and `Beide Politiker`
    # report only a view in indirect speech (rule 5)
    quotes=[(cut(LET_P, "„sehr eng", "werden.“"), BARROSO),
            (cut(LET_P, "„der Weg", "begegnen.“"), BARROSO),
            (cut(ARM_P, "„fühlt sich", "interessiert.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "Kommissionspräsident Barroso", "Präsident Barroso"]})

# --- Commission, President Barroso's site, press releases of October 2009: the video message on poverty ---

POV_T = "Das Thema Armut: absolute Priorität für die Europäische Union"
POV_P = ("„Jeder Fortschritt, der dazu beiträgt, die Geißel der Armut zurückzudrängen, ist ein Erfolg für unsre gemeinsamen "
         "Werte“, `betonte Kommissionspräsident Barroso in einer Videobotschaft zur Konferenz „Armut zwischen Wahrnehmung und "
         "Realität: eine kommunikative Herausforderung“. Diese Konferenz fand als Auftaktveranstaltung zur Eröffnung des "
         "Europäischen Jahres 2010 zur Bekämpfung von Armut und sozialer Ausgrenzung in Brüssel statt. Da der "
         "Kommissionspräsident wegen der Vorbereitungen zur Tagung des Europäischen Rates nicht persönlich an der Konferenz "
         "teilnehmen konnte, wollte er auf diesem Weg deutlich machen, wie sehr ihm dieses Problem am Herzen liegt. Derzeit "
         "gelten rund 80 Millionen Menschen in Europa als arm, darunter 19 Millionen Kinder.")

add(id="ho526-eucom-2009-10-barroso-armut-videobotschaft",
    title=POV_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/press-releases/2009/10/index_de.htm",
    retrieved="same address (stored press-release page of President Barroso's site, October 2009: its first item with its "
              "date line and body paragraph; the header lines 'Navigationsleiste' / 'Pressemitteilungen', the image caption "
              "'Ein Bettler, der Passanten auf der Straße einen Plastikbecher entgegenhält © EC', which the stored copy runs "
              "into the first sentence of the body, and the link lines 'Sehen Sie die Videobotschaft des Präsidenten video "
              "[03'40\"]' / 'Besuchen Sie die offizielle Website des Europäischen Jahres 2010 …' / 'Neun von zehn Europäern "
              "sagen: jetzt gegen Armut handeln' / 'Lesen Sie die Presseerklärung …' (twice) / 'Wenn Sie mehr über die "
              "Reaktion der EU …' and a line holding only a space dropped (rules 14, 1154, 2960); the second item 'Kampf "
              "gegen den Klimawandel: Europa kann die Verhandlungen nicht allein voranbringen' of 29/10/2009, whose body is "
              "cut off in the stored copy ('… zur Vorbereitung der Klimakonferenz vo'), dropped whole with its headline, "
              "date line and caption (rule 15); the published stray backquote in '`betonte' and 'unsre' kept (rules 20, "
              "2960))",
    license=EU,
    paras=["29/10/2009", POV_P],
    # the opening quotation before the cue `betonte Kommissionspräsident Barroso in einer Videobotschaft` is his (rules 3,
    # 44; the video message is the medium, rule 12); the conference's title in marks after `zur Konferenz` is null (rule
    # 24); the link line `Neun von zehn Europäern sagen: …`, dropped as furniture, would carry no span anyway (rule 5)
    quotes=[(cut(POV_P, "„Jeder", "Werte“"), BARROSO),
            (cut(POV_P, "„Armut", "Herausforderung“"), None)],
    aliases={BARROSO: ["Barroso", "Kommissionspräsident Barroso", "Kommissionspräsident"]})

# --- Commission, Representation in Germany, 24 February 2017: Juncker on the future of the Union ---

JUN_P1 = ("(24.02.2017) – „Wir können vieles gemeinsam machen, aber es ist jetzt nicht die Zeit für die Vorstellung, dass wir "
          "alle die gleiche Sache gemeinsam machen können“, sagte Juncker. Nun sei der Moment gekommen, an dem man sich die "
          "Frage stellen müsse, wollen wir zu 28 weitermachen, wo man den 28sten doch schon verloren habe, oder ob die, die "
          "schneller voranschreiten wollten, dies auch tun könnten, so Juncker weiter.")
JUN_P2 = ("Die Kommission will in den kommenden Wochen ein Weißbuch zur Zukunft der EU vorlegen, in dem Junckers Vorschläge "
          "für die Weiterentwicklung der Union dargelegt werden.")

add(id="ho526-eucom-2017-02-24-juncker-zukunft-der-union",
    title=None,
    url="https://germany.representation.ec.europa.eu/news/juncker-zur-zukunft-der-europaischen-union-2017-02-24_de",
    retrieved="same address (stored news item of the Commission's Representation in Germany of 24 February 2017; the stored "
              "copy begins inside the article, at its dated paragraph, so no title is invented (rules 18, 32); the lines "
              "'Weitere Informationen:', the link line 'Wortlaut der Rede: L'Europe aujourd'hui et demain. Discours du "
              "Président Juncker à l'Institut d'études européennes de l'Université catholique de Louvain-la-Neuve', the press "
              "contact, the line on citizens' enquiries to ERLEBNIS EUROPA and the footer 'Einzelheiten / Datum der "
              "Veröffentlichung / 24. Februar 2017 / Autor / Vertretung in Deutschland' dropped (rule 14); complete in the "
              "stored copy)",
    license=EU,
    paras=[JUN_P1, JUN_P2],
    # the quotation before `sagte Juncker` is his (rule 44); the Konjunktiv sentence closed by `so Juncker weiter`, with the
    # unmarked question `wollen wir zu 28 weitermachen` inside it, carries no span (rule 5)
    quotes=[(cut(JUN_P1, "„Wir können", "können“"), JUNCKER)],
    aliases={JUNCKER: ["Juncker"]})

# --- Council of Europe, statement page: the death sentences passed in Donetsk ---

DON_P1 = ("„Ich verurteile die heute in der besetzten ukrainischen Stadt Donezk erlassenen Todesurteile auf das Schärfste. "
          "Die Todesstrafe ist nicht mit der Menschenwürde vereinbar und stellt eine unmenschliche und erniedrigende "
          "Behandlung dar. Sie hat auf dem europäischen Kontinent keinen Platz.")
DON_P2 = ("Im Namen des Europarates rufe ich zur Wahrung der gemeinsamen europäischen Menschenrechtsgrundsätze auf, mit denen "
          "die heutige Entscheidung nicht im Einklang steht.“")

add(id="ho526-coe-donezk-todesurteile-erklaerung",
    title=None,
    url="https://coe.int/de/web/portal/-/statement-by-council-of-europe-secretary-general-marija-pejcinovic-buric"
        "?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D14",
    retrieved="same address (stored statement page of the Council of Europe portal, German version; the stored copy holds "
              "only the statement's two paragraphs, with no headline, date or cue line, so no title is invented (rules 18, "
              "32, 2962); complete in the stored copy; an excerpt of under 500 words reproduced unchanged)",
    license=COE,
    paras=[DON_P1, DON_P2],
    # one statement over a paragraph break, opened in the first paragraph and closed in the second: two spans (rule 935,
    # NOTES.md multi-paragraph quotes), both null because the stored text never names the speaker; the first person is not
    # resolved from the page address (rules 24, 1862, 2962)
    quotes=[(DON_P1, None),
            (DON_P2, None)],
    aliases={})

# --- Commission, Representation in Germany, release as reposted by 88news.de (2010): Barroso receives Wulff ---

WUL_T = "EU-Kommissionspräsident Barroso empfängt Bundespräsident Wulff / „Beeindruckt von Wulffs europäische"
WUL_P1 = ("EU-Kommissionspräsident José Manuel Barroso hat den neuen deutschen Bundespräsidenten Christian Wulff auf dessen "
          "erster Auslandsreise in Brüssel empfangen. Barroso dankte Wulff für die starke Rolle Deutschlands in der "
          "Europäischen Union. „Ich war sehr beeindruckt von der Antrittsrede von Bundespräsident Wulff im Bundestag, in der er "
          "seine Vision eines tief in der Europäischen Union verankerten Deutschlands beschrieben hat“, sagte Barroso in einer "
          "gemeinsamen Pressebegegnung nach dem Treffen.")
WUL_P2 = ("Dass Wulffs erste Auslandsreise als Bundespräsident ihn auch zu den europäischen Institutionen nach Straßburg und "
          "Brüssel führe, nannte Barroso „ein wichtiges Zeichen dafür, welche Bedeutung Präsident Wulff persönlich Europa "
          "beimisst“.")
WUL_P3 = ("Barroso und Wulff sprachen über eine Reihe europäischer Fragen. „Wir waren uns völlig einig, dass wir eine bessere "
          "und engere Koordination unserer Wirtschafts- und Haushaltspolitik in Europa brauchen“, sagte Barroso. Er verwies "
          "unter anderem auf die Vorschläge der Kommission zur Stärkung des Stabilitäts- und Wachstumspaktes. Die Kommission "
          "wolle einen Pakt „mit scharfen Zähnen, damit er von allen respektiert wird“, sagte Barroso.")

add(id="ho526-eucom-88news-2010-barroso-wulff",
    title=WUL_T,
    url="https://www.88news.de/eu-kommissionspraesident-barroso-empfaengt-bundespraesident-wulff-beeindruckt-von-wulffs-"
        "europaeische-224628.html",
    retrieved="same address (release of the Commission's Representation in Germany as reposted by the press portal 88news.de, "
              "undated in the stored copy and dated to 2010 by its content, Christian Wulff being the new Federal President "
              "on his first trip abroad; the sender is read from the contact block 'Pressekontakt: Europäische Kommission – "
              "Vertretung in Deutschland / Pressestelle / …', which is dropped with the press officer's name, telephone, "
              "e-mail and web address (rules 14, 31, 2963); the portal's headline line, cut off after 'europäische' with its "
              "quotation unclosed, kept as the first line as stored (rules 18, 20, 2963); the hard line wraps of the wire "
              "text inside the paragraphs joined with single spaces, the blank lines kept as paragraph breaks (rules 886, "
              "2843); complete in the stored copy)",
    license=EU,
    paras=[WUL_P1, WUL_P2, WUL_P3],
    # the headline's unclosed quotation runs to the end of the line (rule 22) and is Barroso's, whose body quotation it
    # condenses (`Ich war sehr beeindruckt von der Antrittsrede …`; rules 26, 2963); `„…“, sagte Barroso in einer
    # gemeinsamen Pressebegegnung`, the partial quotation after `nannte Barroso`, `„…“, sagte Barroso` and the partial
    # quotation in the Konjunktiv sentence `Die Kommission wolle einen Pakt „…“, sagte Barroso` are his (rules 3, 44);
    # Christian Wulff, named in the headline, the body and inside two of the quotations, says nothing in marks (rule 12)
    quotes=[(cut(WUL_T, "„Beeindruckt", "europäische"), BARROSO_FULL),
            (cut(WUL_P1, "„Ich war", "beschrieben hat“"), BARROSO_FULL),
            (cut(WUL_P2, "„ein wichtiges", "beimisst“"), BARROSO_FULL),
            (cut(WUL_P3, "„Wir waren", "brauchen“"), BARROSO_FULL),
            (cut(WUL_P3, "„mit scharfen", "respektiert wird“"), BARROSO_FULL)],
    aliases={BARROSO_FULL: ["José Manuel Barroso", "Barroso", "EU-Kommissionspräsident Barroso",
                            "EU-Kommissionspräsident José Manuel Barroso"]})
