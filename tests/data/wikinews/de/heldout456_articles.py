# Four-hundred-and-fifty-sixth held-out German real-news set (tests/data/heldout456-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2380-2382). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, page number or OTS
# number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation
# module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and
# committed before whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields
# as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifty-sixth held-out set": two texts of the Deutsche Bundesbank on
# bundesbank.de (the topic page on the second cash symposium, 2014; the press note on Hans Tietmeyer's death, 2016; licence
# BUBA), two texts of the German Federal Government (the Kulturstaatsministerin's speech at the Deutscher Verlagspreis 2021
# on bundesregierung.de, licence BREG; the Integration Commissioner's report of her Deutschlandreise on
# integrationsbeauftragte.de, licence BREG_COMMISSIONER) and five texts of the Austrian Federal Chancellery (three OTS
# releases of 2009 and 2011 and a news item of 2013 on the Chancellery's older site, all with the Chancellor's or the
# women's minister's press spokesperson at the Chancellery named in the contact block, and a news item of bundeskanzleramt.gv.at
# of December 2017; licence BKA). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), page furniture, contact blocks and captions are dropped (rules 14, 93,
# 112, 2382), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BUBA, BREG, BREG_COMMISSIONER, BKA  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


THIELE = "Carl-Ludwig Thiele"
MERSCH = "Yves Mersch"
WEIDMANN = "Jens Weidmann"
FEUCHTWANGER = "Lion Feuchtwanger"
WIDMANN_MAUZ = "Widmann-Mauz"
LONDON = "Nika London"
FAYMANN = "Werner Faymann"
HEINISCH_HOSEK = "Gabriele Heinisch-Hosek"

# --- Deutsche Bundesbank, topic page of May 2014: the second cash symposium (Thiele, Mersch) ---

BS_T = "Bargeld das beliebteste Zahlungsmittel in Deutschland Zweites Bargeldsymposium der Bundesbank"
BS_P1 = ("Zahlreiche hochrangige Vertreter aus der Kreditwirtschaft und dem öffentlichen Bereich folgten am 19. Mai 2014 der "
         "Einladung der Bundesbank zum zweiten Bargeldsymposium in Frankfurt am Main, um sich über die aktuellen und "
         "zukünftigen Herausforderungen des Bargeldverkehrs auszutauschen.")
BS_P2 = ("Vorstandsmitglied Carl-Ludwig Thiele bekräftigte, dass Bargeld als Wertaufbewahrungs- und Zahlungsmittel von den "
         "Bürgern weiterhin geschätzt würde, nicht zuletzt, weil es schnell, anonym und kostengünstig verwendet werden könne: "
         "\"Bargeld ist nach wie vor das beliebteste Zahlungsmittel in Deutschland und wird es auf absehbare Zeit wohl auch "
         "bleiben.\" Seiner Einschätzung nach präferiere die Bundesbank weder das bare noch das unbare Zahlungsmittel.")
BS_P3 = ("Thiele informierte die rund 160 Teilnehmer des Symposiums über die logistischen Herausforderungen, den "
         "Bargeldkreislauf in Deutschland effizient und reibungslos zu organisieren. Rein rechnerisch bearbeite heute jeder "
         "Filialbeschäftigte der Bundesbank pro Tag mehr als 20.000 Banknoten, führte er aus. Zum Vergleich: Vor gut 20 Jahren "
         "habe das nicht einmal die Hälfte des aktuellen Volumens ausgemacht – und das bei einem dreimal so hohen Bestand an "
         "Maschinen zur Bargeldbearbeitung.")
BS_H = "Neue Zehn-Euro-Banknote ab 23. September im Umlauf"
BS_P4 = ("Neben Bundesbankpräsident Jens Weidmann, der sich vor allem zu den aktuellen geldpolitischen Fragestellungen "
         "äußerte, sprach als weiteres Mitglied des EZB-Rats der Luxemburger Yves Mersch. Er unterstrich, dass die Zahl der "
         "Fälschungen trotz des gestiegenen Banknotenumlaufs weitgehend konstant geblieben sei: \"Damit das so bleibt, wird "
         "die neue Banknotenserie mit verbesserten Sicherheitsmerkmalen sukzessive eingeführt.\" Er dankte in diesem "
         "Zusammenhang der Bundesbank für ihre Arbeit und wies darauf hin, dass die neue Zehn-Euro-Banknote ab dem 23. "
         "September 2014 ausgegeben werde.")

add(id="ho456-bundesbank-themen-2014-05-zweites-bargeldsymposium",
    title=BS_T,
    url="https://bundesbank.de/de/aufgaben/themen/bargeld-das-beliebteste-zahlungsmittel-in-deutschland-634170",
    retrieved="same address (topic page of the Deutsche Bundesbank under 'Aufgaben > Themen' on its second cash symposium "
              "of 19 May 2014; the stored copy runs the headline and the subtitle 'Zweites Bargeldsymposium der Bundesbank' "
              "into one line, kept so as the title (rules 18, 20, 150); the subheading 'Neue Zehn-Euro-Banknote ab 23. "
              "September im Umlauf' kept as a line of its own (rule 13); the last paragraph 'Der frühere B', cut off in the "
              "stored copy, dropped (rule 15))",
    license=BUBA,
    paras=[BS_P1, BS_P2, BS_P3, BS_H, BS_P4],
    # Thiele's quotation follows his reported statement after a colon (rule 46); `Er unterstrich` goes to Mersch, the
    # subject after the verb of the sentence before, not to Weidmann in its fronted `Neben …, der …` phrase (rule 2381);
    # Weidmann says nothing in marks; `Luxemburger Yves Mersch` names a country and is no alias (rule 33)
    quotes=[(cut(BS_P2, "\"Bargeld ist", "bleiben.\""), THIELE),
            (cut(BS_P4, "\"Damit das", "eingeführt.\""), MERSCH)],
    aliases={THIELE: ["Carl-Ludwig Thiele", "Thiele", "Vorstandsmitglied Carl-Ludwig Thiele"],
             MERSCH: ["Yves Mersch"]})

# --- Deutsche Bundesbank, press note of December 2016: the Bundesbank mourns Hans Tietmeyer ---

TM_T = "Bundesbank trauert um Hans Tietmeyer"
TM_P1 = ("Die Deutsche Bundesbank trauert um Hans Tietmeyer. Der ehemalige Bundesbankpräsident ist am 27. Dezember 2016 im "
         "Alter von 85 Jahren verstorben.")
TM_P2 = ("Hans Tietmeyer kam im Jahr 1990 zur Bundesbank. Zunächst war er Mitglied des Direktoriums, dann Vizepräsident. Am 1. "
         "Oktober 1993 wurde er zum Präsidenten der Bundesbank ernannt. Dieses Amt übte er bis zum Jahr 1999 aus. Als "
         "Präsident stand er vorbildhaft für die Unabhängigkeit und die Stabilitätsorientierung der Bundesbank. Den Weg zur "
         "Europäischen Wirtschafts- und Währungsunion gestaltete er maßgeblich mit.")
TM_P3 = ("\"Hans Tietmeyer war ein herausragender Präsident, dessen Handeln stets klaren und festen Linien mit dem Ziel der "
         "Geldwertstabilität folgte\", sagte Bundesbankpräsident Jens Weidmann. \"Unsere Anteilnahme und unser Mitgefühl "
         "gelten jetzt seinen Angehörigen\", so Weidmann.")

add(id="ho456-bundesbank-pressenotiz-2016-12-trauer-um-tietmeyer",
    title=TM_T,
    url="https://bundesbank.de/de/presse/pressenotizen/bundesbank-trauert-um-hans-tietmeyer-665184",
    retrieved="same address (press note of the Deutsche Bundesbank under 'Presse > Pressenotizen' on Tietmeyer's death on "
              "27 December 2016; the trailing blanks after the first and second paragraphs dropped "
              "(rule 20 keeps published irregularities inside the text, not blanks at a line end); complete as stored)",
    license=BUBA,
    paras=[TM_P1, TM_P2, TM_P3],
    # the deceased, the subject of the note, says nothing; `Bundesbankpräsident` also names Tietmeyer (`Der ehemalige
    # Bundesbankpräsident`), so the bare role word is no alias of Weidmann (rule 44)
    quotes=[(cut(TM_P3, "\"Hans Tietmeyer", "folgte\""), WEIDMANN),
            (cut(TM_P3, "\"Unsere Anteilnahme", "Angehörigen\""), WEIDMANN)],
    aliases={WEIDMANN: ["Jens Weidmann", "Weidmann", "Bundesbankpräsident Jens Weidmann"]})

# --- German Federal Government (bundesregierung.de), 2021: speech of the Kulturstaatsministerin at the award of the
#     Deutscher Verlagspreis 2021 in Munich ---

VP_T = "Rede von Kulturstaatsministerin Grütters anlässlich der Verleihung des Deutschen Verlagspreises 2021"
VP_P1 = ("In seinen eher knapp und nüchtern gehaltenen Tagebuchaufzeichnungen schreibt Lion Feuchtwanger, einer der "
         "berühmtesten literarischen Söhne Münchens, immer wieder auch über seinen Verleger Gustav Kiepenheuer. Darin finden "
         "sich Sätze wie:")
VP_L1 = "„Unerquickliche Unterredung mit Kiepenheuer, dem ich Erleichterung einräume.“"
VP_L2 = "„Geld von Kiepenheuer.“"
VP_L3 = ("„Kiepenheuer schickt nach langer Mahnung eine längst fällige Abrechnung, aber kein Geld. Erklärt dann, er werde das "
         "Geld in 3 Tagen schicken.“")
VP_P2 = ("Bekanntermaßen ist ja die Autor-Verleger-Beziehung nicht immer die einfachste – Thomas Bernhards Briefwechsel mit "
         "Siegfried Unseld ist legendär und mittlerweile selbst als Buch erschienen.")
VP_P3 = ("Aber es ist eben auch eine zentrale Beziehung für alle Schreibenden; denn ihre Verlegerinnen und Verleger sind das "
         "Bindeglied zwischen ihnen und ihrem Publikum. Mit ihrer großen Leidenschaft für Literatur, mit ihrem Glauben an die "
         "Kraft des geschriebenen Wortes, mit unternehmerischer Weitsicht und feinem Gespür für außergewöhnliche Stoffe "
         "sorgen sie dafür, dass auch Bücher abseits des publizistischen Mainstreams ihren Weg in den Buchhandel finden. Und "
         "oft sind sie auch wichtige Vertraute oder sogar Freunde. Feuchtwanger jedenfalls hielt in seinem Tagebuch auch "
         "fest, dass sein Verleger Kiepenheuer an seinem Geburtstag im Jahr 1931 sein einziger Gast war.")

add(id="ho456-breg-2021-07-gruetters-rede-deutscher-verlagspreis",
    title=VP_T,
    url="https://www.bundesregierung.de/breg-de/aktuelles/rede-von-kulturstaatsministerin-gruetters-anlaesslich-der-"
        "verleihung-des-deutschen-verlagspreises-2021-1940482",
    retrieved="same address (speech of Kulturstaatsministerin Monika Grütters at the award of the Deutscher Verlagspreis "
              "2021 in the Münchner Kammerspiele, as published on bundesregierung.de; the headline is the title (rule 18); "
              "the list bullets '•' before the three diary sentences dropped, each sentence kept as a line of its own "
              "(rule 93); the two paragraphs 'Bekanntermaßen …' and 'Aber es ist eben …', which the stored copy separates by "
              "a single line break, kept as two lines; the paragraph 'Die große Leistung der Verlegerinnen und Verleger … – "
              "wenn auch nicht in der voll', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=[VP_P1, VP_L1, VP_L2, VP_L3, VP_P2, VP_P3],
    # the three diary sentences the speech quotes after `schreibt Lion Feuchtwanger … Darin finden sich Sätze wie:` are
    # Feuchtwanger's written words, one quote per line, not the words of the speech's own speaker (rule 2380); the
    # publisher Kiepenheuer, named inside them, is not their speaker
    quotes=[(VP_L1, FEUCHTWANGER),
            (VP_L2, FEUCHTWANGER),
            (VP_L3, FEUCHTWANGER)],
    aliases={FEUCHTWANGER: ["Lion Feuchtwanger", "Feuchtwanger"]})

# --- Federal Government Commissioner for Migration, Refugees and Integration (integrationsbeauftragte.de), 2019-2020:
#     Annette Widmann-Mauz's Deutschlandreise ---

IB_T = "Deutschland kann Integration!"
IB_P1 = "Auf ihrer Deutschlandreise besuchte Staatsministerin Widmann-Mauz Orte, die zeigen, wie Integration gelingen kann."
IB_P2 = ("Bei der Deutschlandreise von Staatsministerin Widmann-Mauz gab es Einblicke in die verschiedensten Bereiche der "
         "Integrationspolitik. In der Kita in Berlin-Neukölln, in der 155 Kinder aus mehr als 20 Nationen betreut werden, "
         "ging es um  Sprachförderung von Anfang an. Staatsministerin Widmann-Mauz ließ sich von Erzieherinnen und Erziehern "
         "das Konzept erläutern und sprach sich für verpflichtende Sprachstandstests und Sprachförderung in ganz Deutschland "
         "aus: „Gute Sprachkenntnisse sind eine entscheidende Voraussetzung für den Bildungserfolg aller Kinder“.")
IB_H = "Größte Herausforderung: Dranbleiben"
IB_P3 = ("Zum Auftakt des Projekts „Prävention durch Dialog: jüdisch-muslimisches Gespräch neu gedacht“ des Zentralrats der "
         "Juden, traf die Staatsministerin für Integration jüdische und muslimische Unternehmensgründer zum Austausch in "
         "Berlin. „Dialog, Verständigung und Aufklärung spielen eine ganz wichtige Rolle. Im Gespräch lernt man die eigene "
         "Religion aus der Perspektive des anderen zu sehen. So erkennt man Gemeinsamkeiten, kann Vorurteile abbauen und "
         "Respekt füreinander entwickeln“, erklärte die Integrationsbeauftragte. Der jüdische Gründer und Projektmanager "
         "Nika London sagte beim Gespräch: „Man weiß nie genug von einander. Wissen verfliegt, deshalb braucht man "
         "nachhaltige Dialoge. Größte Herausforderung: Dranbleiben!“ Das Projekt wird durch die Staatsministerin gefördert.")

add(id="ho456-ib-deutschlandreise-widmann-mauz",
    title=IB_T,
    url="https://www.integrationsbeauftragte.de/ib-de/amt-und-person/deutschland-kann-integration--1646282",
    retrieved="same address (stored page of the Integrationsbeauftragte's site on Annette Widmann-Mauz's Deutschlandreise, "
              "page number 1646282 of the Government's system, about 2019; the site name 'Integrationsbeauftragte' and the "
              "kicker 'Deutschlandreise' above the headline dropped as furniture, as the sixty-third set did for this site "
              "(rules 18, 352); the headline is the title and the teaser line kept as a line of its own; the image texts "
              "'Staatsministerin Widmann-Mauz auf Deutschlandreise Pressereise Staatsministerin Widmann-Mauz auf "
              "Deutschlandreise' and 'Staatsministerin Widmann-Mauz in einer Berliner Kita …' with their credits 'Quelle: "
              "Integrationsbeauftragte/Potente' dropped (rule 93); the subheading 'Größte Herausforderung: Dranbleiben' kept "
              "(rule 13); the published double space in 'um  Sprachförderung' kept (rule 20); the subheading "
              "'Wachstumsbremse Fachkräftemangel' and the paragraph after it, 'Um die Praxis der Ausbildungsduldung und die "
              "Fachkrä', cut off in the stored copy, dropped (rule 15))",
    license=BREG_COMMISSIONER,
    paras=[IB_P1, IB_P2, IB_H, IB_P3],
    # the kept text never gives the Commissioner's first name (it stood only in dropped furniture of other pages), so the
    # surname is canonical (rule 361); the role nouns `Staatsministerin`, `Staatsministerin für Integration` and
    # `Integrationsbeauftragte` name only her in the document (rule 44); the project's name is null (rule 24); the
    # subheading that repeats Nika London's last words has no marks and no span (rule 108)
    quotes=[(cut(IB_P2, "„Gute", "Kinder“"), WIDMANN_MAUZ),
            ("„Prävention durch Dialog: jüdisch-muslimisches Gespräch neu gedacht“", None),
            (cut(IB_P3, "„Dialog,", "entwickeln“"), WIDMANN_MAUZ),
            (cut(IB_P3, "„Man weiß", "Dranbleiben!“"), LONDON)],
    aliases={WIDMANN_MAUZ: ["Widmann-Mauz", "Staatsministerin Widmann-Mauz", "Staatsministerin für Integration",
                            "Staatsministerin", "Integrationsbeauftragte"],
             LONDON: ["Nika London", "Projektmanager Nika London"]})

# --- Austrian Federal Chancellery, OTS release of 29 June 2011: Faymann welcomes the Greek parliament's decision ---

GR_T = "Bundeskanzler Faymann begrüßt Entscheidung des griechischen Parlaments"
GR_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann begrüßt die Annahme des von der griechischen Regierung unter Giorgios "
         "Papandreou vorgelegten Maßnahmenpaketes: \"Das ist eine wichtige Entscheidung des griechischen Parlaments auf dem "
         "Weg zur Stabilisierung und zur Einhaltung der Bedingungen von EU und IWF\", so der österreichische Regierungschef "
         "am Mittwochnachmittag, \"ich hoffe, dass auch die weiteren notwendigen Entscheidungen in Griechenland positiv "
         "verlaufen.\"")

add(id="ho456-bka-ots-2011-06-29-faymann-griechenland",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_20110629_OTS0304/bundeskanzler-faymann-begruesst-entscheidung-des-"
        "griechischen-parlaments",
    retrieved="same address (OTS release of 29 June 2011 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Mag. Leo Szemeliker / Pressesprecher des Bundeskanzlers "
              "/ Tel.: (01) 531 15 - 2090, …' names the Chancellor's press spokesman (rule 116); that block and the OTS "
              "footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "NBU0001' dropped (rules 48, 112); the dateline kept in its paragraph (rule 13); complete as stored)",
    license=BKA,
    paras=[GR_P1],
    # one statement split by its cue `so der österreichische Regierungschef`: two spans, both his (NOTES.md split quotes);
    # `Regierungschef` names only him (the Greek government is named by its head's name, not by the role, rule 44)
    quotes=[(cut(GR_P1, "\"Das ist", "IWF\""), FAYMANN),
            (cut(GR_P1, "\"ich hoffe", "verlaufen.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann",
                       "Regierungschef"]})

# --- Austrian Federal Chancellery, OTS release of 6 January 2009: the Sternsinger visit Faymann ---

SS_T = "Dreikönigstag: Sternsinger bei Bundeskanzler Werner Faymann"
SS_P1 = ("Wien (OTS) - Die Sternsinger des Hilfswerk der Katholischen Jugend statteten heute, am Dreikönigstag, Bundeskanzler "
         "Werner Faymann in seinem neuen Büro im Bundeskanzleramt einen Besuch ab. Nach einer kurzen Begrüßung überreichte "
         "Christina Schneider, die Vorsitzende der Katholischen Jungschar, dem Kanzler ein Gastgeschenk, anschließend folgten "
         "Lieder und Sprüche der Sternsinger .")
SS_P2 = ("Werner Faymann bedankte sich herzlich und überreichte den heiligen drei Königen eine Spende und für jeden der "
         "Darsteller ein Sackerl zum Naschen. Der Kanzler lobte die Sternsinger für ihr Engagement und betonte, dass eine "
         "wesentliche Aufgabe der westlichen Welt darin bestünde, Armut und Missstände in der dritten Welt zu bekämpfen. "
         "\"Die Sternsinger-Aktion lädt zu Solidarität und Nächstenliebe ein und fördert mit dem Erlös Projekte in den "
         "ärmsten Regionen der Welt. Ich bin froh, dass die Tradition dieser Aktion auch heuer mit nicht nachlassendem Einsatz "
         "weitergeführt wird und wünsche Ihnen viel Erfolg und nachträglich alles Gute für das Jahr 2009.\"")
SS_P3 = ("Anschließend wurden die Kinder und ihre Begleiter noch zu Schnitzelsemmeln und Saft eingeladen, wo die Kinder "
         "Gelegenheit hatten, mit dem Bundeskanzler zu plaudern. \"Ich bewundere sehr den Einsatz und das "
         "Solidaritätsgefühl der Kinder\", so Faymann. \"Ich würde mir wünschen, daß dieses Engagement auch auf viele "
         "Erwachsene abfärbt.\"")

add(id="ho456-bka-ots-2009-01-06-sternsinger-bei-faymann",
    title=SS_T,
    url="https://www.ots.at/presseaussendung/OTS_20090106_OTS0027/dreikoenigstag-sternsinger-bei-bundeskanzler-werner-"
        "faymann",
    retrieved="same address (OTS release of 6 January 2009 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Mag. Angelika Feigl / Pressesprecherin des "
              "Bundeskanzlers / Tel. (01) 531 15 - 2758 …' names the Chancellor's press spokeswoman, while the SPÖ's own "
              "release on the same visit was sent as 'Wien (SK)' (OTS_20090106_OTS0025, not used; rule 116); the contact "
              "block and the OTS footer dropped (rules 48, 112); the published space before the full stop in 'der "
              "Sternsinger .', the spelling 'daß' and 'des Hilfswerk der Katholischen Jugend' kept (rule 20); complete as "
              "stored)",
    license=BKA,
    paras=[SS_P1, SS_P2, SS_P3],
    # the cue-less quotation after `Der Kanzler lobte … und betonte, dass …` continues his reported speech (NOTES.md,
    # rule 59); the second quotation of the last paragraph, without a cue of its own, continues `so Faymann`; Christina
    # Schneider hands over a gift and says nothing in marks; `Kanzler` and `Bundeskanzler` name only Faymann (rule 97)
    quotes=[(cut(SS_P2, "\"Die Sternsinger-Aktion", "Jahr 2009.\""), FAYMANN),
            (cut(SS_P3, "\"Ich bewundere", "Kinder\""), FAYMANN),
            (cut(SS_P3, "\"Ich würde", "abfärbt.\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Kanzler", "Bundeskanzler"]})

# --- Austrian Federal Chancellery, OTS release of 9 March 2009: the women's minister visits the Federal President ---

HH_T = "Frauenministerin Heinisch-Hosek zu Gast bei Bundespräsident Heinz Fischer"
HH_P1 = ("Wien (OTS) - Anlässlich des Internationalen Frauentages absolvierte die Bundesministerin für Frauen und öffentlichen "
         "Dienst Gabriele Heinisch-Hosek ihren Antrittsbesuch bei Bundespräsident Heinz Fischer.")
HH_P2 = ("Die Ministerin und der Bundespräsident diskutierten über die Einkommensschere und die sich daraus ergebenden "
         "Einkommensunterschiede zwischen Männern und Frauen. Dabei bekräftigte die Ministerin ihr Ansinnen, für mehr "
         "Transparenz bei den Einkommen sorgen zu wollen. In einem ersten Schritt könnten die Einstiegsgehälter in der "
         "Wirtschaft offengelegt werden. Dies könne im Gleichbehandlungsgesetz geregelt werden, sagte Heinisch-Hosek. Denn "
         "fast 15 Prozent der Gehaltsunterschiede zwischen Männern und Frauen würden sich allein aus dem Umstand des "
         "Geschlechts ergeben. \"Einfach weil eine Frau eine Frau ist, bekommt sie um 15 Prozent weniger Gehalt\", so die "
         "Ministerin.")
HH_P3 = ("Die Frauenministerin berichtete dem Bundespräsidenten über die geplanten nächsten Schritte, was die Vereinbarkeit "
         "von Beruf und Familie anlangt. Die Debatte um die Gratis-Kindergärten in Österreich sowie das geplante "
         "einkommensabhängige Kinderbetreuungsgeld waren Thema in dem knapp einstündigen Gespräch mit dem Bundespräsidenten.")

add(id="ho456-bka-ots-2009-03-09-heinisch-hosek-bei-fischer",
    title=HH_T,
    url="https://www.ots.at/presseaussendung/OTS_20090309_OTS0156/frauenministerin-heinisch-hosek-zu-gast-bei-"
        "bundespraesident-heinz-fischer",
    retrieved="same address (OTS release of 9 March 2009 under the plain dateline 'Wien (OTS)', sent for the women's "
              "minister in the Federal Chancellery: the contact block 'Rückfragehinweis: Mag. Dagmar Strobel / "
              "Pressesprecherin der Bundesministerin Gabriele Heinisch-Hosek / … / E-Mail: dagmar.strobel@bka.gv.at' names "
              "her press spokeswoman at the Chancellery (rule 116, as for the women's minister's releases of the "
              "hundred-and-seventy-second set); the ots.at lines above the headline ('• 09.03.2009, 13:39:06', '• /', '• "
              "OTS0156 OTW0156'), the contact block and the OTS footer with its share links dropped (rules 48, 112); hard "
              "line breaks inside the paragraphs joined with a space (rule 48); complete as stored)",
    license=BKA,
    paras=[HH_P1, HH_P2, HH_P3],
    # the Federal President, whom she visits, says nothing in marks; `Ministerin` and `Frauenministerin` name only her
    # (rule 44); the indirect speech before the quotation (`sagte Heinisch-Hosek`) has no marks (rule 5)
    quotes=[(cut(HH_P2, "\"Einfach", "Gehalt\""), HEINISCH_HOSEK)],
    aliases={HEINISCH_HOSEK: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Frauenministerin Heinisch-Hosek",
                              "Ministerin", "Frauenministerin"]})

# --- Austrian Federal Chancellery, news item of 2 March 2013 on its older site: Faymann congratulates the ski jumpers ---

SK_T = "Bundeskanzler Faymann gratuliert ÖSV-Team zu Skisprung-Gold"
SK_SUB = "Ein Erfolg bei einer Mannschaftskonkurrenz stelle eine besondere Belohnung für die vielen Mühen dar"
SK_P1 = ("Bundeskanzler Werner Faymann freut sich über den Sieg unserer Skispringer bei der Nordischen Ski-WM in Val di "
         "Fiemme: \"Manuel Fettner, Wolfgang Loitzl, Thomas Morgenstern und Gregor Schlierenzauer haben bewiesen, dass sie "
         "als Mannschaft bei Großveranstaltungen weiterhin das Maß aller - sportlichen - Dinge sind.\" Ein Erfolg bei einer "
         "Mannschaftskonkurrenz stelle eine besondere Belohnung für die vielen Mühen im Rahmen der Vorbereitung auf eine "
         "derartige Großveranstaltung dar. \"Für die ausklingende Weltcupsaison wünsche ich den ÖSV-Adlern alles Gute\", so "
         "der Bundeskanzler.")

add(id="ho456-bka-2013-03-02-faymann-gratuliert-oesv-skispringer",
    title=SK_T,
    url="http://www.bundeskanzleramt.at/site/cob__50545/6597/default.aspx",
    retrieved="same address (news item of 2 March 2013 on the Federal Chancellery's older site (bundeskanzleramt.at/site/"
              "cob__…); the date line '02.03.2013' above the headline dropped and the contact block 'Rückfragehinweis: Mag. "
              "Jürgen Schwarz / Pressesprecher / Tel.: … / juergen.schwarz@bka.gv.at' dropped (rule 2382); the headline is "
              "the title and the subtitle kept as a line of its own (rule 112); complete as stored)",
    license=BKA,
    paras=[SK_SUB, SK_P1],
    # the colon after `freut sich über den Sieg …` introduces his quotation (rule 9); the four ski jumpers named inside it
    # are its topic, not speakers; the Konjunktiv sentence between the quotations and the subtitle that repeats it carry no
    # marks (rule 5); the closing `so der Bundeskanzler` is Faymann's role noun (rule 97)
    quotes=[(cut(SK_P1, "\"Manuel", "Dinge sind.\""), FAYMANN),
            (cut(SK_P1, "\"Für die", "alles Gute\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler Faymann",
                       "Bundeskanzler"]})

# --- Austrian Federal Chancellery (bundeskanzleramt.gv.at), 27 December 2017: Kurz receives a group of Sternsinger ---

KS_T = "Bundeskanzler Kurz empfing Sternsingergruppe im Kanzleramt"
KS_SUB = "Traditioneller Besuch im Rahmen der Dreikönigsaktion"
KS_P1 = ("Bundeskanzler Sebastian Kurz empfing am 27. Dezember die als \"Heilige Drei Könige\" verkleideten Kinder im Rahmen "
         "der Dreikönigsaktion an seinem Amtssitz am Ballhausplatz 2. Die Sternsingergruppe aus der niederösterreichischen "
         "Pfarre Sankt Andrä/Wördern bringt in den nächsten Tagen gemeinsam mit insgesamt 85 000 an der Aktion beteiligten "
         "Kindern Friedenswünsche für das neue Jahr in Österreichs Haushalte. Zugleich werden mit der traditionellen Aktion "
         "der Katholischen Jungschar Spenden für Hilfsprojekte in Afrika, Lateinamerika und Asien gesammelt, wobei dieses "
         "Jahr Nicaragua im Mittelpunkt steht. Der Bundeskanzler würdigte das Engagement der zahlreichen Sternsingerinnen "
         "und Sternsinger als eine wirkungsvolle Initiative. Mit der Spendenaktion konnten zuletzt rund 17 Millionen Euro "
         "gesammelt werden.")

add(id="ho456-bka-2017-12-27-kurz-empfing-sternsinger",
    title=KS_T,
    url="https://www.bundeskanzleramt.gv.at/-/bundeskanzler-kurz-empfing-sternsingergruppe-im-kanzleramt",
    retrieved="same address (news item of the Federal Chancellery on bundeskanzleramt.gv.at on Kurz's reception of the "
              "Sternsinger on 27 December; the year, which the stored copy does not give, is taken as 2017, Kurz's first "
              "month in office, for which newspaper reports of that day record the Sternsinger's visit to him; the "
              "navigation word 'Inhalt' and the closing line 'Bilder sind über das Fotoservice des Bundespressedienstes "
              "kostenfrei abrufbar.' dropped (rule 112); the headline is the title and the subtitle kept as a line of its "
              "own (rule 112); the spaced number '85 000' kept as stored (rule 112); complete as stored)",
    license=BKA,
    paras=[KS_SUB, KS_P1],
    # the traditional name of the roles the children are dressed as is a label in marks, nobody's utterance (rules 24,
    # 75); Kurz's praise is reported without marks (rule 5)
    quotes=[("\"Heilige Drei Könige\"", None)],
    aliases={})
