# Six-hundred-and-forty-first held-out German real-news set (tests/data/heldout641-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3870-3874). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-forty-first held-out set": nine releases of Austrian parties, a party's
# press service, a parliamentary club and party organisations for the young, the old and the workers on the APA-OTS service
# (ots.at), licence APA_OTS_POLITICS: the Grünalternative Jugend (Naomi Sametinger and Philipp Eikenberg on the climate,
# September 2019, sender inferred), the press service of Die Freiheitlichen in Kärnten (on Stefan Petzner's announced
# resignation, March 2010), the BZÖ (Stefan Petzner on Strache and Scheuch, January 2010, sender inferred), the Liberales Forum
# (Alexander Zach on election night, October 2006), the Österreichischer Seniorenbund (Heinz K. Becker on Buchinger and Blecha,
# December 2006), the SPÖ's federal press service for the Pensionistenverband (Karl Blecha on the pension rise, November 2007),
# the Fraktion Sozialdemokratischer GewerkschafterInnen (Wilhelm Haberzettl on the Arbeiterkammer elections, May 2009), the
# NEOS Niederösterreich (Indra Collini on the Landbauer affair, January 2018, sender inferred) and the Freiheitlicher
# Parlamentsklub (HC Strache on the FPÖ Salzburg, April 2016). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS markers `****` and `++++`, end
# marks with the press officer's sign, a sender's numbering line, contact blocks and footers) is dropped and a single stored
# line break inside a paragraph is joined (rules 48, 63, 460, 3050, 3570, 3870), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


SAMETINGER = "Naomi Sametinger"
EIKENBERG = "Philipp Eikenberg"
FPK_PD = "FPK-Pressedienst"
PETZNER = "Stefan Petzner"
ZACH = "Alexander Zach"
BECKER = "Heinz K. Becker"
BLECHA = "Karl Blecha"
HABERZETTL = "Wilhelm Haberzettl"
COLLINI = "Indra Collini"
STRACHE = "HC Strache"

# --- APA-OTS, Grünalternative Jugend, 15 September 2019: an action on the climate, two speakers ---

GA_T = "Grünalternative Jugend: Unsere Zukunft schmilzt. Retten wir sie!"
GA_SUB = "Grünalternative Jugend fordert ernsthaftes Umdenken in der Klimapolitik."
GA_P1 = ("Wien (OTS) - Die Grünalternative Jugend (GAJ) hat heute mit einer Aktion auf die verbliebene Zeit aufmerksam gemacht, "
         "um den Klimakollaps abzuwenden. „Die Politik steuert mit riesigen Schritten in die Klimakatastrophe. Es muss sich "
         "dringend etwas ändern!“, so Naomi Sametinger, Bundessprecherin der GAJ. „Während unsere Zukunft zerrinnt, tut die "
         "etablierte Politik nichts“, so Sametinger.")
GA_P2 = ("„Statt Milliarden in den Ausbau von Autobahn und Flughäfen zu stecken, braucht es eine umfassende Verkehrswende“, so "
         "Philipp Eikenberg, Sprecher der GAJ Wien. „Wir fordern gratis Öffis für alle, denn nur wenn öffentlicher Verkehr allen "
         "zugänglich ist, können wir die Wende schaffen. Außerdem brauchen wir eine Öffi-Offensive. Denn an vielen Orten haben wir "
         "immer noch kaum Zugang zu Bus und Bahn“, so Eikenberg abschließend.")

add(id="ho641-ots-gaj-2019-09-15-sametinger-eikenberg-klimakollaps",
    title=GA_T,
    url="https://www.ots.at/presseaussendung/OTS_20190915_OTS0022/gruenalternative-jugend-unsere-zukunft-schmilzt-retten-wir-sie-bild",
    retrieved="same address (release of the Grünalternative Jugend on the APA-OTS service, 15 September 2019 by its OTS "
              "number, the action being 'heute'; the crawl-date prefix ' date 2019-09' before the headline dropped (rule 63); "
              "headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the stored copy ends after the second body paragraph, before any contact block, so the sender is "
              "inferred from the release's own voice: the headline and the lead name the GAJ as the actor, and only its "
              "federal spokeswoman and the spokesman of its Vienna group are quoted (rules 3570, 3870); used as stored, "
              "ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[GA_SUB, GA_P1, GA_P2],
    # the headline label `Grünalternative Jugend:` before unmarked words carries no span (rule 5); the quotations before `so
    # Naomi Sametinger, Bundessprecherin der GAJ` and `so Sametinger` are hers, those before `so Philipp Eikenberg, Sprecher
    # der GAJ Wien` and `so Eikenberg abschließend` his (rule 30), each cue deciding for the quotation it closes; their `wir`
    # and `unsere` speak for the youth organisation; the role phrases with the organisation's name are no aliases (rule 33);
    # the GAJ and die Politik say nothing in marks
    quotes=[(cut(GA_P1, "„Die Politik", "ändern!“"), SAMETINGER),
            (cut(GA_P1, "„Während", "nichts“"), SAMETINGER),
            (cut(GA_P2, "„Statt", "Verkehrswende“"), EIKENBERG),
            (cut(GA_P2, "„Wir fordern", "Bahn“"), EIKENBERG)],
    aliases={SAMETINGER: ["Naomi Sametinger", "Sametinger"],
             EIKENBERG: ["Philipp Eikenberg", "Eikenberg"]})

# --- APA-OTS, Die Freiheitlichen in Kärnten (FPK-Pressedienst), 25 March 2010: on Petzner's announced resignation ---

FP_T = "FPK-Pressedienst: Selbstdemontage des BZÖ hat begonnen"
FP_P1 = ("Klagenfurt (OTS) - Zur Rücktrittsankündigung von BZÖ-Generalsekretär Stefan Petzner, stellt heute der FPK-Pressedienst "
         "fest: \"Die internen Streitigkeiten im BZÖ fordern bereits ihr erstes Opfer. Der Monaco-Werbeexperte, der unter anderem "
         "auch als Wiener Bürgermeister kandidieren wollte, dürfte nun auch innerparteilich aufgegeben haben. Die desaströsen "
         "Wahlergebnisse sowie seine ständigen unqualifizierten Meldungen, scheinen im BZÖ dazu geführt zu haben, ihn endgültig "
         "auf Bundesebene los werden zu wollen.")
FP_P2 = ("Pucher dürfte Petzner spätestens nach gewonnener oder verlorener steirischer Landtagswahl folgen. Denn sollte auch "
         "wider erwarten der Einzug in den Landtag geschafft werden, wird man das BZÖ von steiermärkischer Seite her übernehmen. "
         "Übrig bleibt ein politisch ertrinkender Generalsekretär, der in Kärnten völlig überflüssig ist. Zwischen Realität und "
         "Traumwelt und zwischen vollmundigen Ankündigungen und harter politischer Arbeit besteht eben doch ein großer "
         "Unterschied. Dies wird auch Stefan Petzner zur Kenntnis nehmen müssen.")
FP_P3 = ("Die Freiheitlichen in Kärnten haben diese Entwicklung im BZÖ vorausgesehen und sich früh genug abgewandt. Die "
         "Richtigkeit des freiheitlichen Weges in Kärnten ist nun einmal mehr eindrucksvoll bestätigt worden.\"")

add(id="ho641-ots-fpk-2010-03-25-pressedienst-petzner-selbstdemontage",
    title=FP_T,
    url="https://www.ots.at/presseaussendung/OTS_20100325_OTS0254/fpk-pressedienst-selbstdemontage-des-bzoe-hat-begonnen",
    retrieved="same address (release of Die Freiheitlichen in Kärnten on the APA-OTS service, 25 March 2010 by its OTS "
              "number, the day of Stefan Petzner's announced resignation as the BZÖ's general secretary; the sender is told by "
              "the contact block 'Die Freiheitlichen in Kärnten, Karfreitstraße 4, 9020 Klagenfurt' and the footer FLK0002, "
              "both dropped (rule 3870); the headline kept as the first line, the copy having no subtitle; the dateline kept at "
              "the start of the first paragraph; the published 'wider erwarten' and 'los werden' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[FP_P1, FP_P2, FP_P3],
    # the statement after `stellt heute der FPK-Pressedienst fest:` opens with a mark that its paragraph does not close, runs
    # on through a paragraph without any mark and closes at the end of the third paragraph: three spans, the first from its
    # mark to the paragraph end, the middle paragraph whole, the last from the paragraph start to its closing mark (rules 22,
    # 935, 3873), all the press service's, the body that the colon cue names as the speaker (rules 9, 11); the Freiheitlichen
    # in Kärnten, named in the third person inside the statement, are the party whose press service speaks, not a second
    # speaker; the headline label `FPK-Pressedienst:` before unmarked words carries no span (rule 5); Stefan Petzner, Pucher
    # and the BZÖ say nothing in marks
    quotes=[(cut(FP_P1, "\"Die internen", "los werden zu wollen."), FPK_PD),
            (FP_P2, FPK_PD),
            (FP_P3, FPK_PD)],
    aliases={FPK_PD: ["FPK-Pressedienst"]})

# --- APA-OTS, BZÖ, 19 January 2010: Petzner on the FPÖ and the FPK ---

PE_T = ("BZÖ-Petzner: Der Konflikt zwischen Strache und Scheuch hat schon begonnen und wird in Scheidungsdrama enden!")
PE_SUB = ("BZÖ ist die einzige saubere, ehrliche und von Parteien- und Korruptionssumpf unbelastete politische Bewegung in Kärnten "
          "und in Österreich")
PE_P1 = join("Wien (OTS) - \"Die beiden Alpha-Tiere Scheuch und Strache, die",
             "beide die negative Charaktereigenschaft haben, dass sie nichts und niemanden neben sich dulden, tragen in Sachen "
             "Erhöhung der Parteienförderung bereits ihren ersten handfesten Ehekrach nach ihrer Bussi-Bussi-Pressekonferenz am "
             "16. Dezember aus. Weitere Ehekrachs werden garantiert folgen. Und am Ende steht ein weiteres Scheidungsdrama im "
             "dritten Lager an.\" Mit diesen Worten kommentiert BZÖ-Generalsekretär Stefan Petzner die aktuellen Entwicklungen "
             "zwischen FPK und FPÖ.")
PE_P2 = ("\"Strache und Scheuch als Experte für Parteispaltungen haben mit ihrer missglückten Polit-Ehe der Sache des dritten "
         "Lagers nichts gutes getan. Schon jetzt steht nämlich auch schon fest: Diese wackelige Polit-Ehe ist für eine "
         "angestrebte Regierungsbeteiligung viel zu instabil und wäre ein Schaden für Österreich. Strache und Scheuch haben aus "
         "den Fehlern der Regierungsbeteiligung im Jahr 2000 sowie Knittelfeld mit Hauptakteur Scheuch als Reißwolf nichts "
         "gelernt. Im Gegenteil, sie sind drauf und dran dieselben Fehler zu wiederholen und damit die freiheitlichen Anliegen "
         "zu enttäuschen, zu verraten und zu verkaufen\", analysiert Petzner weiter.")
PE_P3 = ("Der BZÖ-Generalsekretär: \"Straches Saubermann-Image ist auch dahin. Dass Strache nun die skandalöse Erhöhung der "
         "Parteienförderung in Kärnten mittragen muss und ihm Scheuch dazu ausrichtet, er, Strache, habe in Kärnten nichts zu "
         "melden, ist nämlich nur der Anfang von einer ganzen Reihe von FPK-Pleiten und FPK-Pannen für die Strache ab sofort die "
         "volle Mitverantwortung trägt.\"")
PE_P4 = ("\"Das BZÖ ist die einzige saubere, ehrliche und von Parteien- und Korruptionssumpf unbelastete politische Bewegung "
         "in Kärnten und in Österreich\", so Petzner.")

add(id="ho641-ots-bzoe-2010-01-19-petzner-strache-scheuch-scheidungsdrama",
    title=PE_T,
    url="https://www.ots.at/presseaussendung/OTS_20100119_OTS0171/bzoe-petzner-der-konflikt-zwischen-strache-und-scheuch-hat-"
        "schon-begonnen-und-wird-in-scheidungsdrama-enden",
    retrieved="same address (release on the APA-OTS service, 19 January 2010 by its OTS number; the stored copy ends after "
              "the fourth body paragraph, before any contact block, so the sender is inferred from the release's own voice: "
              "only the BZÖ's general secretary is quoted, his party is the subject of the subtitle and of his last quotation, "
              "and the dateline is Vienna, the seat of the federal party (rules 3570, 3870); headline and subtitle kept as "
              "lines of their own as stored, the subtitle without a full stop; the dateline kept at the start of the first "
              "paragraph; the single stored line break inside the first quotation ('… Scheuch und Strache, die' / 'beide die "
              "negative …') joined with one space (rules 3050, 3870); the published 'Experte', 'nichts gutes', 'drauf und dran "
              "dieselben' and 'FPK-Pannen für die Strache' kept (rule 20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[PE_SUB, PE_P1, PE_P2, PE_P3, PE_P4],
    # the quotation before the cue sentence `Mit diesen Worten kommentiert BZÖ-Generalsekretär Stefan Petzner …` is his (rules
    # 44, 752), as are the quotations before `analysiert Petzner weiter` and `so Petzner` (rule 30) and the colon quotation
    # after the verbless label `Der BZÖ-Generalsekretär:` (rules 9, 54), the role taking up the lead; the headline label
    # `BZÖ-Petzner:` before unmarked words and the unmarked subtitle, which his last quotation repeats, carry no span (rule
    # 5); Strache, Scheuch, the FPK and the FPÖ say nothing in marks, Strache's reported words in the third quotation being
    # part of Petzner's; `BZÖ-Generalsekretär` names the party and is no alias (rule 33)
    quotes=[(cut(PE_P1, "\"Die beiden", "Lager an.\""), PETZNER),
            (cut(PE_P2, "\"Strache und", "verkaufen\""), PETZNER),
            (cut(PE_P3, "\"Straches", "trägt.\""), PETZNER),
            (cut(PE_P4, "\"Das BZÖ", "Österreich\""), PETZNER)],
    aliases={PETZNER: ["Stefan Petzner", "Petzner"]})

# --- APA-OTS, Liberales Forum, 2 October 2006: Zach on the night of the national election ---

LZ_T = "LIF: Schüssel für fehlende Distanz zu rechtem Rand abgestraft"
LZ_SUB = "Zach: \"Unser Beitrag war vielleicht klein, aber entscheidend\""
LZ_P1 = ("Wien (OTS) - Erfreut über die Tatsache, dass die SPÖ im Bündnis mit dem LIF den ersten Platz erringen konnte zeigte "
         "sich heute LIF-Bundessprecher und Nationalratskandidat Alexander Zach in einer ersten Reaktion. \"Bundeskanzler "
         "Schüssel ist damit für seine fehlende Distanz der letzten Jahre zum rechten Rand abgestraft worden\", so Zach. Der "
         "LIF-Chef bedauerte zwar, dass eine rechte Mehrheit aus ÖVP-FPÖ-BZÖ zum derzeitigen Stand rechnerisch möglich ist. "
         "\"Da ich aber davon ausgehe, dass Dr. Alfred Gusenbauer mit dem Regierungsauftrag betraut werden wird, ist er der "
         "Garant dafür, dass Abenteuern mit ausländerfeindlichen und menschenverachtenden Parteien ein Ende gesetzt wird\", so "
         "Zach. Das knappe Ergebnis zugunsten der SPÖ sei ein Beweis dafür, dass das Bündnis der Liberalen mit den "
         "Sozialdemokraten der richtige Weg war, um eine rechtsgeführte Regierung zu verhindern: \"Wenn unser Beitrag dazu noch "
         "so klein war, vielleicht aber war er entscheidend\", ist Zach überzeugt.")
LZ_P2 = ("Für das LIF sei es nun notwendig zu zeigen, dass dieses Bündnis auch inhaltlich begründet ist: \"Die Schwerpunkte "
         "meiner Arbeit der nächsten Jahre werden der Einsatz für Grund- und Menschenrechte einerseits und die Umsetzung der "
         "Grundsicherung in Österreich andererseits sein. Ziel ist es, auf Grundlage unseres bestehenden Programms liberaler "
         "Politik wieder eine parlamentarische Stimme zu geben\", so der Liberalen-Chef abschließend.")

add(id="ho641-ots-lif-2006-10-02-zach-wahlabend-beitrag-entscheidend",
    title=LZ_T,
    url="https://www.ots.at/presseaussendung/OTS_20061002_OTS0099/lif-schuessel-fuer-fehlende-distanz-zu-rechtem-rand-abgestraft",
    retrieved="same address (release of the Liberales Forum on the APA-OTS service, 2 October 2006 by its OTS number, the day "
              "after the national election of 1 October 2006, 'in einer ersten Reaktion'; the sender is told by the contact "
              "block 'LIF. Die Liberalen, Tel: 01 / 503 06 67, Mobil: …' and the footer LIF0001, both dropped (rule 3870); "
              "headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the published 'erringen konnte zeigte' without a comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LZ_SUB, LZ_P1, LZ_P2],
    # the subtitle quotation after the label `Zach:` is his (rule 54), the body giving the same thought in other words
    # (rule 26); the quotations before the two cues `so Zach` are his (rule 30); the colon quotation after the Konjunktiv
    # sentence on the election result, closed by `ist Zach überzeugt`, and the colon quotation after the Konjunktiv sentence
    # on the LIF, closed by `so der Liberalen-Chef abschließend`, are his (rules 9, 30), their `unser` speaking for the LIF;
    # the headline label `LIF:` before unmarked words carries no span (rule 5); Schüssel, Gusenbauer, the SPÖ and the
    # Sozialdemokraten say nothing in marks; `LIF-Bundessprecher`, `LIF-Chef` and `Liberalen-Chef` carry the party's names
    # and are no aliases (rule 33)
    quotes=[("\"Unser Beitrag war vielleicht klein, aber entscheidend\"", ZACH),
            (cut(LZ_P1, "\"Bundeskanzler", "abgestraft worden\""), ZACH),
            (cut(LZ_P1, "\"Da ich", "gesetzt wird\""), ZACH),
            (cut(LZ_P1, "\"Wenn unser", "entscheidend\""), ZACH),
            (cut(LZ_P2, "\"Die Schwerpunkte", "zu geben\""), ZACH)],
    aliases={ZACH: ["Alexander Zach", "Zach"]})

# --- APA-OTS, Österreichischer Seniorenbund, 9 December 2006: Becker on Buchinger's plan and Blecha's rejection ---

BE_T = ("Seniorenbund-Generalsekretär Becker begrüßt Blechas Klarstellung: \"Schluss mit Verunsicherung der "
        "Pensionisten!\"")
BE_SUB = "Seniorenbund und Pensionistenverband ziehen an einem Strang: Zuviel ist zuviel!"
BE_P1 = ("Wien (OTS) - Die Äußerungen von SPÖ-Verhandler Buchinger sorgen bei den österreichischen Seniorinnen und Senioren "
         "für Unmut. Nach Seniorenbundobmann Dr. Andreas Khol, hat nun auch Pensionistenverbandspräsident Karl Blecha seine "
         "Ablehnung eines Solidarbeitrag besser gestellter Pensionisten kundgetan. \"Wir werden in dieser Angelegenheit "
         "konsequent in einer Reihe stehen\", so Generalsekretär Heinz K. Becker, denn: \"Die Äußerungen Buchingers sind eine "
         "Zumutung!\"")
BE_P2 = ("Abgesehen davon, das die höheren Pensionen in den letzten Jahren immer - im Sinne eines solidarischen Beitrages - "
         "\"nur\" um einen Fixbetrag erhöht wurden, wäre \"ein Eingriff in die bestehenden Pensionsrechte eine Unverschämtheit. "
         "Und das sage ich ganz bewusst als ASVG-Versicherter!\", so Becker abschließend.")

add(id="ho641-ots-seniorenbund-2006-12-09-becker-blecha-klarstellung",
    title=BE_T,
    url="https://www.ots.at/presseaussendung/OTS_20061209_OTS0034/seniorenbund-generalsekretaer-becker-begruesst-blechas-"
        "klarstellung-schluss-mit-verunsicherung-der-pensionisten",
    retrieved="same address (release of the Österreichischer Seniorenbund on the APA-OTS service, 9 December 2006 by its OTS "
              "number; the sender is told by the contact block 'Österreichischer Seniorenbund, Mag. Martin Amor, Tel.: "
              "01/40126-157, Mobil: …' and the footer SEN0001, both dropped (rule 3870); headline and subtitle kept as lines "
              "of their own as stored; the dateline kept at the start of the first paragraph; the published 'Nach "
              "Seniorenbundobmann Dr. Andreas Khol, hat', 'eines Solidarbeitrag' and 'Abgesehen davon, das' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BE_SUB, BE_P1, BE_P2],
    # the headline quotation after `Seniorenbund-Generalsekretär Becker begrüßt Blechas Klarstellung:` is Becker's, the
    # headline's subject, not Blecha's, whose rejection the body reports only without marks (rule 3871); the quotations
    # before `so Generalsekretär Heinz K. Becker` and after its `denn:` are his (rules 9, 30), as is the quotation before `so
    # Becker abschließend` (rule 30), and the adverb `"nur"` set in marks inside the sentence that cue reports (rule 3872);
    # the unmarked subtitle carries no span (rule 5); Buchinger, Andreas Khol and Karl Blecha say nothing in marks;
    # `Generalsekretär` names only Becker in the release and is an alias (rule 44), `Seniorenbund-Generalsekretär` carries
    # the organisation's name and is not (rule 33)
    quotes=[("\"Schluss mit Verunsicherung der Pensionisten!\"", BECKER),
            (cut(BE_P1, "\"Wir werden", "Reihe stehen\""), BECKER),
            (cut(BE_P1, "\"Die Äußerungen", "Zumutung!\""), BECKER),
            ("\"nur\"", BECKER),
            (cut(BE_P2, "\"ein Eingriff", "ASVG-Versicherter!\""), BECKER)],
    aliases={BECKER: ["Heinz K. Becker", "Becker", "Generalsekretär"]})

# --- APA-OTS, SPÖ-Bundesorganisation (Pressedienst) for the Pensionistenverband, 15 November 2007: Blecha on the rise ---

BL_T = "Blecha hält Kritik an Pensionserhöhung für schäbig"
BL_SUB = "Pensionserhöhung leistbar, Bundesbeitrag zu Pensionen sinkt"
BL_P1 = ("Wien (SK) - Als \"schäbig\" bezeichnete der Präsident des Pensionistenverbandes Österreichs, Karl Blecha, die Kritik "
         "an der Pensionserhöhung 2008. \"Bei 11 Milliarden zusätzlicher Steuereinnahmen sollen angeblich 100 Millionen mehr "
         "für die Pensionisten nicht da sein?\", wundert sich Blecha.")
BL_P2 = ("Unter großem Beifall argumentierte Blecha bei der Eröffnung der Wiener Seniorenmesse: \"Diese Pensionserhöhung stellt "
         "sicher, dass die Pensionisten in einem unmittelbar bevorstehenden harten Winter nicht erfrieren müssen! Und es ist "
         "geradezu lächerlich und falsch, dass sich das reiche Österreich angesichts sprudelnder Steuereinnahmen, explodierender "
         "Unternehmensgewinne und sinkender Staatszuschüsse zu den Pensionen nicht eine kaufkraftsichernde Pensionserhöhung "
         "leisten könne!\"")
BL_P3 = ("An die Adresse der \"selbsternannten Pensionsexperten\" richtete Blecha die Botschaft, \"dass es nicht um Alt und "
         "Jung, sondern um Arm und Reich geht, wie das so treffend eine Vertreterin der Jugend, nämlich Laura Rudas, formulierte. "
         "Den Pensionsexperten fehlt das soziale Gewissen, denn die Preislawine für Energie, Lebensmittel, Wohnen und Gesundheit "
         "ist für die überwiegende Zahl der Pensionisten erdrückend!\"")
BL_P4 = ("Blecha: \"Offenbar trauern einige immer noch der abgewählten Zeit nach, in der Pensionen gekürzt wurden! Diese ist "
         "aber vorbei: Die Regierung Gusenbauer hat eine faire, soziale und gerechte Pensionserhöhung beschlossen!\"")

add(id="ho641-ots-spoe-pvoe-2007-11-15-blecha-pensionserhoehung-schaebig",
    title=BL_T,
    url="https://www.ots.at/presseaussendung/OTS_20071115_OTS0159/blecha-haelt-kritik-an-pensionserhoehung-fuer-schaebig",
    retrieved="same address (release of the SPÖ's federal press service on the APA-OTS service for the Pensionistenverband "
              "Österreichs, 15 November 2007 by its OTS number; the sender is told by the dateline code 'Wien (SK)', the "
              "contact block 'SPÖ-Bundesorganisation, Pressedienst, Tel.: 01/53427-275, Löwelstraße 18, 1014 Wien, …' and "
              "the footer NSK0003, the organisation it sends for by the line 'Rückfragehinweis: Andy Wohlmuth, Tel. 01 313 72 "
              "30, www.pvoe.at' before the contact block; that line, the contact block and the footer dropped (rule 3870); the "
              "OTS marker ' ****' after the first paragraph and the end mark with the press officers' signs ' (Schluss) "
              "wf/mp' after the last dropped (rules 48, 460); headline and subtitle kept as lines of their own as stored; the "
              "dateline kept at the start of the first paragraph; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BL_SUB, BL_P1, BL_P2, BL_P3, BL_P4],
    # the marked word after `Als` in `Als "schäbig" bezeichnete … Karl Blecha, die Kritik …` is his (rule 3); the question
    # before `wundert sich Blecha` and the colon quotation after `argumentierte Blecha bei der Eröffnung der Wiener
    # Seniorenmesse:` are his (rules 9, 30); the marked label of his addressees in `An die Adresse der "selbsternannten
    # Pensionsexperten" richtete Blecha die Botschaft, "dass …"` and the quotation after `die Botschaft,`, with the words it
    # credits to Laura Rudas, are his (rule 3874); the colon quotation after the label `Blecha:` is his (rules 9, 54); the
    # headline and the subtitle have no marks; Laura Rudas, the Regierung Gusenbauer and the Pensionsexperten say nothing in
    # marks; `Präsident des Pensionistenverbandes Österreichs` names the organisation and is no alias (rule 33)
    quotes=[("\"schäbig\"", BLECHA),
            (cut(BL_P1, "\"Bei 11", "da sein?\""), BLECHA),
            (cut(BL_P2, "\"Diese Pensionserhöhung", "leisten könne!\""), BLECHA),
            ("\"selbsternannten Pensionsexperten\"", BLECHA),
            (cut(BL_P3, "\"dass es", "erdrückend!\""), BLECHA),
            (cut(BL_P4, "\"Offenbar", "beschlossen!\""), BLECHA)],
    aliases={BLECHA: ["Karl Blecha", "Blecha"]})

# --- APA-OTS, Fraktion Sozialdemokratischer GewerkschafterInnen, 19 May 2009: Haberzettl on the AK elections ---

HA_T = "FSG Haberzettl zu AK Wahlen: FSG ist weiterhin klare Nummer eins"
HA_SUB = "Schmerzliche Verluste und niedrige Beteiligung werden nun analysiert"
HA_P1 = ("Wien (FSG) - \"Die FSG ist bei den ArbeitnehmerInnen im Land weiterhin ganz klar an der Spitze, auch wenn wir "
         "schmerzliche Verluste einfahren mussten\", sagt FSG Vorsitzender Wilhelm Haberzettl zum Ausgang der "
         "Arbeiterkammerwahlen. Die Verluste würden nun gründlich analysiert.")
HA_P2 = ("Zu den Reaktionen anderer Parteien sagt Haberzettl: \"Es ist bemerkenswert, dass manche politischen Kräfte im Land "
         "völlig ausblenden, dass die SozialdemokratInnen in der Arbeiterkammer absolut und mit großem Abstand vorne liegen. Die "
         "FSG ist und bleibt bundesweit die Nummer eins in der Vertretung der Interessen der ArbeitnehmerInnen.\" Die Zugewinne "
         "für die Freiheitlichen findet Haberzettl unverstädnlich, \"zumal unter Regierungsbeteiligung der FPÖ bzw. danach des "
         "BZÖ viele arbeitnehmerInnenfeindliche Maßnahmen umgesetzt wurden. Vielleicht müssen wir das noch viel deutlicher "
         "machen, unter anderem auch im Vorfeld der EU Wahlen am 7. Juni.\"")
HA_P3 = ("Zum Ergebnis der Wiener AK Wahlen meint Haberzettl, dass das Ergebnis \"alles andere als erfreulich sei, wiewohl wir "
         "auch hier die absolute Mehrheit halten konnten. Erstmals sind in Wien 12 Listen angetreten, da ergibt schon die reine "
         "Logik, dass für die großen Listen weniger Stimmen übrig bleiben.\" Die Ergebnisse würden innerhalb der FSG nun genau "
         "analysiert werden. \"Vor allem, warum die Wahlbeteiligung gesunken ist, werden wir uns ganz genau anschauen.\"")

add(id="ho641-ots-fsg-2009-05-19-haberzettl-ak-wahlen-nummer-eins",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20090519_OTS0204/fsg-haberzettl-zu-ak-wahlen-fsg-ist-weiterhin-klare-nummer-eins",
    retrieved="same address (release of the Fraktion Sozialdemokratischer GewerkschafterInnen on the APA-OTS service, 19 May "
              "2009 by its OTS number and its own numbering line; the sender is told by the dateline code 'Wien (FSG)', the "
              "numbering line 'FSG, 19. Mai 2009 Nr. 52', the contact block 'FSG Presse, (01) 534 44 240, …, www.fsg.or.at' "
              "and the footer NGS0001; the numbering line, the contact block and the footer dropped (rule 3870); the OTS "
              "marker '++++' run onto the full stop of the first paragraph ('analysiert.++++') dropped (rules 460, 3870); "
              "headline and subtitle kept as lines of their own as stored; the dateline kept at the start of the first "
              "paragraph; the published 'AK Wahlen', 'FSG Vorsitzender', 'unverstädnlich' and 'EU Wahlen' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[HA_SUB, HA_P1, HA_P2, HA_P3],
    # the quotation before `sagt FSG Vorsitzender Wilhelm Haberzettl` and the colon quotation after `sagt Haberzettl:` are
    # his (rules 9, 30); the marked rest of the sentence after the narrator's view clause `Die Zugewinne für die
    # Freiheitlichen findet Haberzettl unverstädnlich,` and the marked rest of the `dass`-clause after `meint Haberzettl, dass
    # das Ergebnis` are his (rules 3, 25, 2330), each running on across a second sentence to its closing mark; the cue-less
    # quotation after the Konjunktiv sentence on the FSG's analysis continues him (NOTES.md continuation); their `wir`
    # speaks for the FSG; the headline label `FSG Haberzettl zu AK Wahlen:` before unmarked words carries no span (rule 5);
    # the FPÖ, the BZÖ, the Freiheitlichen and the SozialdemokratInnen say nothing in marks; `FSG Vorsitzender` names the
    # faction and is no alias (rule 33)
    quotes=[(cut(HA_P1, "\"Die FSG", "einfahren mussten\""), HABERZETTL),
            (cut(HA_P2, "\"Es ist", "ArbeitnehmerInnen.\""), HABERZETTL),
            (cut(HA_P2, "\"zumal", "7. Juni.\""), HABERZETTL),
            (cut(HA_P3, "\"alles andere", "übrig bleiben.\""), HABERZETTL),
            (cut(HA_P3, "\"Vor allem", "anschauen.\""), HABERZETTL)],
    aliases={HABERZETTL: ["Wilhelm Haberzettl", "Haberzettl"]})

# --- APA-OTS, NEOS Niederösterreich, 27 January 2018: Collini on the Landbauer affair and the Proporz ---

CO_T = "Causa Landbauer: Taten nach der Wahl für NEOS NÖ wichtiger als Worte davor"
CO_SUB = "Collini: „Nur Abschaffung des Proporzes ermöglicht eine Regierung, die mitsammen will und nicht muss“"
CO_P1 = ("St. Pölten/Wien (OTS) - Grundsätzlich begrüßenswert halten NEOS NÖ die Aussagen von ÖVP-Landeshauptfrau Johanna "
         "Mikl-Leitner, die eine Zusammenarbeit mit dem FPÖ-Spitzenkandidaten und möglichem künftigen Landesrat Udo Landbauer "
         "nach den jüngsten Vorkommnissen ausschließt. Schon unmittelbar nach Bekanntwerden der NS-verherrlichenden Liedtexte aus "
         "der Wiener Neustädter Burschenschaft Landbauers hatte NEOS-Spitzenkandidatin Indra Collini als erste den Rücktritt "
         "Landbauers gefordert.")
CO_P2 = ("„Die konkreten Taten nach der Wahl sind für uns und alle niederösterreichischen Bürgerinnen und Bürger aber wichtiger "
         "als die Worte davor“, schränkt Collini rein. Nur die umgehende Abschaffung des nur noch in Oberösterreich und "
         "Niederösterreich geltenden Proporzes in der Landesregierung könne endlich eine Regierung ermöglichen, „die auch "
         "wirklich mitsammen will und nicht mitsammen muss.“")
CO_P3 = ("Die NEOS-Spitzenkandidatin erneuerte in diesem Zusammenhang den Plan der pinken Oppositionskraft, als erste "
         "Initiative nach dem Einzug in den Landtag mit allen Parteien Gespräche zu einem umfassenden Demokratie- und "
         "Transparentpaket zu suchen, in dem auch die Abschaffung des Proporz ein Thema sein soll. „Wer mehr Freiheit in "
         "Niederösterreich will, der muss auch ein Interesse daran haben, dass das Land frei von Zwangs-Kooperationen regiert "
         "wird“, so Collini.")

add(id="ho641-ots-neos-noe-2018-01-27-collini-landbauer-proporz",
    title=CO_T,
    url="https://www.ots.at/presseaussendung/OTS_20180127_OTS0057/causa-landbauer-taten-nach-der-wahl-fuer-neos-noe-wichtiger-"
        "als-worte-davor",
    retrieved="same address (release on the APA-OTS service, 27 January 2018 by its OTS number, the eve of the Landtag "
              "election in Niederösterreich of 28 January 2018; the crawl-date prefix ' date 2018-01' before the headline "
              "dropped (rule 63); headline and subtitle kept as lines of their own as stored; the dateline kept at the start of "
              "the first paragraph; the three empty lines between the body paragraphs are one paragraph break each (rule "
              "3570); the stored copy ends after the third body paragraph, before any contact block, so the sender is inferred "
              "from the release's own voice: the headline and the lead name the NEOS NÖ, and only their top candidate is "
              "quoted (rules 3570, 3870); the published 'schränkt Collini rein', 'Transparentpaket' and 'des Proporz' kept "
              "(rule 20); used as stored, ending after a complete paragraph)",
    license=APA_OTS_POLITICS,
    paras=[CO_SUB, CO_P1, CO_P2, CO_P3],
    # the subtitle quotation after the label `Collini:` is hers (rule 54), the body giving the same demand in her words; the
    # quotations before `schränkt Collini rein` and `so Collini` are hers (rule 30); the marked end of the Konjunktiv
    # sentence `Nur die umgehende Abschaffung … könne endlich eine Regierung ermöglichen, "…"`, which goes on reporting her,
    # is hers (rules 3, 8, 25); the NEOS NÖ, whose view the lead gives without marks, Johanna Mikl-Leitner and Udo Landbauer
    # say nothing in marks; `NEOS-Spitzenkandidatin` carries the party's name and is no alias (rule 33)
    quotes=[(cut(CO_SUB, "„Nur", "nicht muss“"), COLLINI),
            (cut(CO_P2, "„Die konkreten", "Worte davor“"), COLLINI),
            (cut(CO_P2, "„die auch", "muss.“"), COLLINI),
            (cut(CO_P3, "„Wer mehr", "regiert wird“"), COLLINI)],
    aliases={COLLINI: ["Indra Collini", "Collini"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 29 April 2016: Strache on the FPÖ Salzburg's new leadership ---

ST_T = "Strache: FPÖ Salzburg setzt starkes Zeichen der Geschlossenheit"
ST_P1 = ("Wien (OTS) - „Bereits mit den erfolgreichen Bezirksparteitagen vergangenes Jahr haben die Salzburger Freiheitlichen "
         "gemeinsam mit der Bundespartei ein starkes Zeichen des Aufbruchs und der Geschlossenheit gesetzt. Mit der Präsentation "
         "des künftigen Führungsteams rund um Marlene Svazek wurden nun die Weichen für den kommenden Landesparteitag optimal "
         "gestellt. Ich gratuliere Marlene Svazek sehr herzlich zur Nominierung als Landesparteiobfrau, bedanke mich aber auch "
         "bei Landesparteiobmann Andreas Schöppl für die großartige Aufbauarbeit“, so FPÖ-Bundesobmann HC Strache.")
ST_P2 = ("„Die Neustrukturierung ist abgeschlossen, der Zusammenhalt bei den Salzburger Freiheitlichen, aber auch zwischen "
         "Bundes- und Landespartei könnte größer nicht sein“, so Strache. Der FPÖ-Bundesparteiobmann hat daher auch gern die "
         "Einladung zum Maifest der FPÖ Salzburg im Gasthaus \"Kuglhof\" am Samstag angenommen. „Nur die FPÖ tritt ohne Wenn und "
         "Aber für die Interessen der eigenen Bevölkerung ein, nur eine starke FPÖ ist in Salzburg Garant dafür, dass es dort "
         "wieder aufwärts geht. Ziel muss sein, auch in Salzburg wieder Regierungsverantwortung zu tragen. Mit diesem neuen Team "
         "an der Spitze wird das auch gelingen“, so Strache.")

add(id="ho641-ots-fpoe-klub-2016-04-29-strache-salzburg-geschlossenheit",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20160429_OTS0129/strache-fpoe-salzburg-setzt-starkes-zeichen-der-geschlossenheit",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 29 April 2016 by its OTS "
              "number, the Maifest being 'am Samstag', 30 April 2016; the sender is told by the contact block 'Freiheitlicher "
              "Parlamentsklub, 01/ 40 110 - 7012, presse-parlamentsklub@fpoe.at, …' and the footer FPK0002, both dropped "
              "(rule 3870); the headline kept as the first line, the copy having no subtitle; the dateline kept at the start of "
              "the first paragraph; typographic marks for the quotations and ASCII marks for the inn's name as published "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_P1, ST_P2],
    # the quotations before `so FPÖ-Bundesobmann HC Strache` and the two cues `so Strache` are his (rule 30), the party
    # leader's name in the short form the release uses, which is canonical (rule 7); the inn's name `"Kuglhof"` in the
    # narrator's sentence is null (rule 2); the headline label `Strache:` before unmarked words carries no span (rule 5);
    # Marlene Svazek, Andreas Schöppl and the Salzburger Freiheitlichen say nothing; `FPÖ-Bundesobmann` and
    # `FPÖ-Bundesparteiobmann` carry the party's name and are no aliases (rule 33)
    quotes=[(cut(ST_P1, "„Bereits", "Aufbauarbeit“"), STRACHE),
            (cut(ST_P2, "„Die Neustrukturierung", "nicht sein“"), STRACHE),
            ("\"Kuglhof\"", None),
            (cut(ST_P2, "„Nur die FPÖ", "auch gelingen“"), STRACHE)],
    aliases={STRACHE: ["HC Strache", "Strache"]})
