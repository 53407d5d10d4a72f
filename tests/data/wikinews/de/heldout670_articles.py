# Six-hundred-and-seventieth held-out German real-news set (tests/data/heldout670-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4100-4102). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# other addresses and slugs, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-seventieth held-out set": six texts of German police authorities and a
# Land ministry - four releases sent over ots by news aktuell and read in the senders' newsrooms on presseportal.de (Polizei
# Dortmund, Gregor Lange on the crime figures of the first nine months of 2021, November 2021, and on the traffic report 2024
# for Lünen, March 2025, licence OTS_POLIZEI_SENDER; the Ministry of the Interior of Mecklenburg-Vorpommern, Lorenz Caffier
# demanding a third asylum package after the Berlin attack, December 2016, OTS_LAND_MINISTRY; the Polizeidirektion
# Limburg-Weilburg of the Polizeipräsidium Westhessen on the welcome of more than 100 new staff, August 2025,
# OTS_POLIZEI_SENDER) - and two releases as reposted by the news aggregator nepoli.eu (the Polizeipräsidium Freiburg on the
# visit of the interior minister Reinhold Gall, with words of Gall and of the police president Bernhard Rotzinger, November
# 2014, on its archive host archiv.nepoli.eu; the same ministry of Mecklenburg-Vorpommern, Caffier's statement on right-wing
# Gefährder answering the Landtag member Peter Ritter, July 2020, on de.nepoli.eu; OTS_REPOST_NEPOLI, new in licences.py,
# caveats in SOURCES.md). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15,
# 17), the presseportal and aggregator furniture (date prefixes, newsroom labels, the aggregator's date line, an editor's
# initials on a line of their own, contact blocks, source lines) is dropped (rules 2250, 2610, 3910, 4040, 4100), and each
# retrieval note names what was dropped. The search budget of the session (60 queries) was used up; the set is smaller than
# planned (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_LAND_MINISTRY, OTS_POLIZEI_SENDER, OTS_REPOST_NEPOLI  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


GALL = "Reinhold Gall"
ROTZINGER = "Bernhard Rotzinger"
LANGE = "Gregor Lange"
CAFFIER = "Lorenz Caffier"

# --- archiv.nepoli.eu (ots repost), 28 November 2014: Polizeipräsidium Freiburg, the visit of the minister Reinhold Gall ---

FR_T = "POL-FR: Freiburg: Innenminister Reinhold Gall zu Gast beim Polizeipräsidium Freiburg"
FR_P1 = ("Freiburg (ots) – Am Freitag (28. November) besuchte der baden-württembergische Innenminister Reinhold Gall in "
         "Begleitung des Landespolizeipräsidenten Gerhard Klotter das Polizeipräsidium Freiburg, das nach der Polizeireform seit "
         "Beginn des Jahres für die Landkreise Freiburg-Stadt, Breisgau-Hochschwarzwald, Emmendingen, Lörrach und Waldshut "
         "zuständig ist.")
FR_P2 = ("Nach der Besichtigung des Führungs- und Lagezentrums in der Bissierstraße traf sich der hohe Besuch aus Stuttgart mit "
         "den Führungskräften des Präsidiums mit dem Freiburger Polizeipräsidenten Bernhard Rotzinger an der Spitze.")
FR_P3 = ("In einem regen Gespräch wurden dabei die bisherigen Erfahrungen mit der neuen Polizeiorganisation in Baden-Württemberg "
         "erörtert.")
FR_P4 = ("Im Anschluss daran standen der Innenminister sowie die Polizeiführung vor geladenen Medienvertretern aus dem "
         "regionalen Bereich Rede und Antwort zur aktuellen Situation der Polizei. Mit dem Hinweis, dass die Polizeireform für "
         "sich im Gespräch mit den Führungskräften kein Thema mehr war, gab es diesbezüglich Lob des Ministers: „Die Polizei hat "
         "die Reform selbst umgesetzt. Davon bin ich beeindruckt.“")
FR_P5 = ("Mit einem Augenzwinkern, aber durchaus ernstem Hintergrund verabschiedete Polizeipräsident Rotzinger seine Gäste mit "
         "dem Hinweis: „Wir bewältigen alle polizeilichen Aufgaben – wir brauchen dazu nur Geld und Personal“. Mit dieser "
         "Botschaft im Gepäck trat man die Heimreise an – allerdings auf Umwegen – denn der Minister hatte noch zwei Termine in "
         "Staufen auf seinem Tagesprogramm, und am Abend hatte er sich für das Fußball-Bundesligaspiel SC Freiburg gegen den VfB "
         "Stuttgart angekündigt.")

add(id="ho670-nepoli-2014-11-pol-fr-gall-rotzinger-besuch",
    title=FR_T,
    url="https://archiv.nepoli.eu/2014/11/28/pol-fr-freiburg-innenminister-reinhold-gall-zu-gast-beim-polizeipraesidium-"
        "freiburg",
    retrieved="same address (release of the Polizeipräsidium Freiburg sent over ots on Friday 28 November 2014, reposted by "
              "the news aggregator nepoli.eu on its archive host under the date path '2014/11/28' with the headline and its "
              "service code 'POL-FR:', the aggregator's date line '28.11.2014 | 17:37 Uhr', the wire's dateline 'Freiburg "
              "(ots) –', the contact block 'Rückfragen bitte an: Walter Roth Polizeipräsidium Freiburg Stabsstelle "
              "Öffentlichkeitsarbeit Telefon: 0761 882-1013 …' and the line 'Quelle: news aktuell / dpa'); the headline is the "
              "title; the aggregator's date line dropped, the dateline stays run into the first paragraph as stored; the press "
              "officer's initials 'wr' on a line of their own after the last paragraph, the contact block and the source line "
              "dropped (rules 2250, 4040, 4100); the stored copy ends with the source line; complete as stored)",
    license=OTS_REPOST_NEPOLI,
    paras=[FR_P1, FR_P2, FR_P3, FR_P4, FR_P5],
    # the colon quotation after the verbless `gab es diesbezüglich Lob des Ministers:` is Reinhold Gall's: the genitive role
    # noun names the bearer of the praise and takes up the minister of the lead and of the sentence before (rules 9, 30, 4101);
    # the colon quotation after `verabschiedete Polizeipräsident Rotzinger seine Gäste mit dem Hinweis:` is the president's,
    # the noun of saying `Hinweis` taking the sentence's subject as its speaker (rules 9, 4101); Gerhard Klotter, the
    # Polizeiführung, the Führungskräfte and the Medienvertreter say nothing; `Innenminister` and `Minister` name only Gall,
    # `Polizeipräsident` only Rotzinger in the release and are aliases (rule 44), the genitive `Ministers` and the role phrase
    # with the place `Freiburger Polizeipräsidenten` are not (rules 7, 33)
    quotes=[(cut(FR_P4, "„Die Polizei", "beeindruckt.“"), GALL),
            (cut(FR_P5, "„Wir bewältigen", "Personal“"), ROTZINGER)],
    aliases={GALL: ["Reinhold Gall", "Innenminister Reinhold Gall", "Innenminister", "Minister"],
             ROTZINGER: ["Bernhard Rotzinger", "Polizeipräsident Rotzinger", "Rotzinger", "Polizeipräsident"]})

# --- presseportal.de (ots), November 2021: Polizei Dortmund, Gregor Lange on the crime figures of the first nine months ---

DO_T = ("POL-DO: Kriminalitätszahlen der ersten neun Monate zeigen erneut deutliche Rückgänge - Polizeipräsident nutzt "
        "strategische Fahndung als wirksames Instrument der Polizeiarbeit")
DO_P1 = ("Die steigenden Corona-Inzidenzen machen derzeit den Menschen in ganz Deutschland und so auch in Dortmund und Lünen "
         "Sorgen. Umso mehr freut sich Polizeipräsident Gregor Lange darüber, in diesen Zeiten auch positive Zahlen verkünden zu "
         "können. Denn die Kriminalitätszahlen sowohl in Dortmund als auch in Lünen folgen auch in den ersten neun Monaten des "
         "Jahres 2021 dem Abwärtstrend der letzten Jahre. Rund zwölf Prozent beträgt beispielsweise der Rückgang der "
         "Gesamtkriminalität im Zuständigkeitsbereich der Dortmunder Polizei (von 50.242 in 2020 auf 44.072 in 2021) - für "
         "Dortmund beträgt der Rückgang 12,7 Prozent (2020: 46.458, 2021: 40.538), für Lünen 6,6 Prozent (2020: 3.784, 2021: "
         "3.534). Im Fünf-Jahres-Vergleich sprechen wir sogar von rund 31 Prozent Rückgang im gesamten Zuständigkeitsbereich "
         "(2016: 63.498) bzw. von rund 30 Prozent in Dortmund (2016: 58.298) und 32 Prozent in Lünen (2016: 5.200).")
DO_P2 = ("\"In diesen Zeiten, die für uns alle weiterhin mit vielen Sorgen und Ängsten verbunden sind, bin ich froh, dass gerade "
         "wir als Polizei auch gute Nachrichten verkünden können. Die Wahrscheinlichkeit, Opfer einer Straftat zu werden, hat "
         "für die Menschen in Dortmund und Lünen weiter deutlich abgenommen\", sagt der Dortmunder Polizeipräsident Gregor "
         "Lange. \"Noch mehr freut mich, dass wir es mittlerweile mit einer andauernden Entwicklung zu tun haben. Das zeigt mir "
         "der Vergleich mit den Zahlen der letzten fünf Jahre. Ich denke, dass die drei Quartale den Trend des Jahres 2021 schon "
         "gut erkennen lassen.\"")

add(id="ho670-ots-2021-11-pol-do-lange-kriminalitaet-neun-monate",
    title=DO_T,
    url="https://www.presseportal.de/blaulicht/pm/4971/5069007",
    retrieved="same address (release of the Polizei Dortmund sent over news aktuell in November 2021: the date prefix ' date "
              "2021-11' and the figures of 'den ersten neun Monaten des Jahres 2021'; the presseportal story list "
              "it.presseportal.de/blaulicht/st/Instrument/240 shows its teaser with the dateline 'Dortmund (ots) - Lfd. Nr.: "
              "1215'); the date prefix and the newsroom label 'Polizei Dortmund' dropped (rules 3910, 4040); the headline with "
              "its service code 'POL-DO:' is the title; the stored copy shows no dateline and no running number above the "
              "body, and none is added (rules 2610, 3110); the third paragraph, which the stored copy breaks off ('Betroffen von "
              "dem stetigen Rückgang ist erfreulicherweise nicht nur die Gesamtkriminalität, sondern sind gerade auch die "
              "Delikte, die für die Bürgerinnen u'), dropped (rule 15))",
    license=OTS_POLIZEI_SENDER,
    paras=[DO_P1, DO_P2],
    # the quotation before `sagt der Dortmunder Polizeipräsident Gregor Lange` is his (rule 30), and the cue-less quotation
    # after the cue sentence continues him (NOTES.md continuation), its `wir` speaking for the police; the narrator's `sprechen
    # wir` in the first paragraph is unmarked (rule 5); the headline's `Polizeipräsident nutzt strategische Fahndung …` has no
    # marks; `Polizeipräsident` names only Lange in the release and is an alias (rule 44), the role phrase with the city's
    # adjective `Dortmunder Polizeipräsident` is not (rule 33)
    quotes=[(cut(DO_P2, "\"In diesen", "abgenommen\""), LANGE),
            (cut(DO_P2, "\"Noch mehr", "erkennen lassen.\""), LANGE)],
    aliases={LANGE: ["Gregor Lange", "Polizeipräsident Gregor Lange", "Polizeipräsident"]})

# --- presseportal.de (ots), March 2025: Polizei Dortmund, Gregor Lange on the traffic report 2024 for Lünen ---

VZ_T = "POL-DO: Verkehrsbericht 2024: Die \"Vision Zero\" erreicht - keine Getöteten im Straßenverkehr in Lünen"
VZ_P1 = ("\"Wir haben unser wichtigstes Ziel erreicht. Ich bin so dankbar dafür\" - mit diesen Worten kommentierte "
         "Polizeipräsident Gregor Lange am Montag (17.3.2025) die bedeutendste Aussage aus der Verkehrsunfallstatistik für das "
         "Jahr 2024 in Lünen.")
VZ_P2 = ("Und diese Aussage lautet: 2024 gab es auf den Straßen in Lünen keinen Verkehrsunfall, bei dem ein Beteiligter "
         "verstorben ist.")
VZ_P3 = ("\"Unsere Vision Zero ist Wirklichkeit geworden\", sagte Gregor Lange dazu. Die \"Vision Zero\" der "
         "nordrhein-westfälischen Polizei zielt auf null Getötete im Straßenverkehr ab.")
VZ_P4 = ("In den meisten Tabellenspalten der Unfallstatistik aus dem Verkehrsbericht 2024 stimmen in Lünen im Vergleich zum "
         "Vorjahr die Vorzeichen:")
VZ_L1 = "Minus 24,1 Prozent bei den Verkehrsunfällen insgesamt 2023: 3.730 / 2024: 2.831"
VZ_L2 = "Minus 100 Prozent bei den Getöteten"
VZ_L3 = "2023: 4 / 2024: 0"
VZ_L4 = "Minus 18 Prozent bei den verunglückten jungen Erwachsenen 2023: 50 - 2024: 32"
VZ_L5 = "Minus 16 Prozent bei den verunglückten Kindern 2023: 43 - 2024: 36"
VZ_L6 = "Minus 15 Prozent bei den verunglückten Fußgängern 2023: 38 statt 32)"
VZ_P5 = ("Allerdings gibt es auch Anstiege. Zum Beispiel bei den Schwerverletzten (36 statt 33), bei den verunglückten "
         "Pedelec-Fahrern (34 statt 29) und bei den Senioren (58 statt 46).")

add(id="ho670-ots-2025-03-pol-do-lange-vision-zero-luenen",
    title=VZ_T,
    url="https://www.presseportal.de/blaulicht/pm/4971/5992312",
    retrieved="same address (release of the Polizei Dortmund sent over news aktuell in March 2025: the date prefix ' date "
              "2025-03' and the presentation 'am Montag (17.3.2025)'); the date prefix and the newsroom label 'Polizei "
              "Dortmund' dropped (rules 3910, 4040); the headline with its service code 'POL-DO:' is the title, the dateline "
              "'Dortmund (ots)' a line of its own, as stored; the figure lines under the sentence ending with a colon kept as "
              "lines of their own as stored, the unpaired closing bracket of '2023: 38 statt 32)' kept as published (rules 20, "
              "4100); the last stored paragraph, which holds Lange's third quotation and which the stored copy breaks off "
              "inside its second sentence ('… \"…\", sagte der Polizeipräsident. Denn obwohl es Rückgänge in wichtigen "
              "Bereichen gibt: Die Anstiege bei den an Verkehrsunfällen beteiligten Senioren (58 statt 46), bei den "
              "Pedelec-Fahrern (34 statt 29) und bei den Schwerverletzten insgesamt (36 statt 33) zeigen, d'), dropped with "
              "its quotation (rules 15, 52))",
    license=OTS_POLIZEI_SENDER,
    paras=["Dortmund (ots)", VZ_P1, VZ_P2, VZ_P3, VZ_P4, VZ_L1, VZ_L2, VZ_L3, VZ_L4, VZ_L5, VZ_L6, VZ_P5],
    # the quotation before `- mit diesen Worten kommentierte Polizeipräsident Gregor Lange` is his (rule 30, as the PK's `Mit
    # diesen Worten begann …`, rule 44), the quotation before `sagte Gregor Lange dazu` too; the name of the police's road
    # safety programme in marks, `"Vision Zero"`, is null in the headline and in the body sentence that explains it, although
    # Lange's own quotation holds the same words without marks (rules 2, 24, 4102); the sentence after `Und diese Aussage
    # lautet:` is the narrator's unmarked statement of the figure (rule 5); `Polizeipräsident` names only Lange in the kept
    # text and is an alias (rule 44)
    quotes=[("\"Vision Zero\"", None, 0),
            (cut(VZ_P1, "\"Wir haben", "dankbar dafür\""), LANGE),
            ("\"Unsere Vision Zero ist Wirklichkeit geworden\"", LANGE),
            ("\"Vision Zero\"", None, 1)],
    aliases={LANGE: ["Gregor Lange", "Polizeipräsident Gregor Lange", "Polizeipräsident"]})

# --- presseportal.de (ots), 22 December 2016: IM-MV, Lorenz Caffier demands a third asylum package after the Berlin attack ---

AS_P1 = ("Schwerin (ots) - Nach dem Anschlag in Berlin und den bisher bekannt gewordenen Details zur Person des mutmaßlichen "
         "Täters fordert der Innenminister Mecklenburg-Vorpommerns und Sprecher der unionsgeführten Innenressorts der Länder "
         "Lorenz Caffier angesichts der weiterhin bestehenden Schwierigkeiten bei Rückführungen abgelehnter Asylbewerber ein "
         "drittes Asylpaket. \"Wir brauchen dringend weitere Maßnahmen, um Abschiebungen zu erleichtern.")
AS_P2 = ("Ein großes Problem dabei ist zudem die Feststellung der Identität der Flüchtlinge. Oft sind Pässe nicht vorhanden "
         "oder Identitäten werden gefälscht. Wer hier nicht kooperiert oder gar bewusst täuscht, muss zukünftig mit deutlichen "
         "Konsequenzen rechnen\", verlangte Caffier. So müssten weitere Auswirkungen auf das Asylverfahren geprüft werden.")
AS_P3 = ("In diesem Zusammenhang bekräftigte er die bereits von den Unions-Innenministern auf der letzten Innenministerkonferenz "
         "Ende November in Saarbrücken erhobene Forderung, Tunesien, Algerien und Marokko als sichere Herkunftsstaaten "
         "einzustufen. \"Die SPD muss hier endlich ihre Blockadehaltung aufgeben\", so Caffier. \"Natürlich wird Deutschland "
         "Menschen aus diesen Staaten auch Schutz gewähren, wenn ihnen ein individuelles Verfolgungsschicksal droht. Das heißt "
         "gleichzeitig aber auch, dass der Aufenthalt nicht schutzbedürftiger Asylsuchender ohne Bleibeperspektive und "
         "straffällig gewordener Personen in Deutschland möglichst schnell beendet wird und sie aus Deutschland auch "
         "tatsächlich ausreisen. Das Konzept der sicheren Herkunftsländer hat sich bereits bei Flüchtlingen aus den "
         "Balkanstaaten bewährt.\"")

add(id="ho670-ots-2016-12-im-mv-caffier-drittes-asylpaket",
    title=None,
    url="http://www.presseportal.de/blaulicht/pm/108531/3518453",
    retrieved="same address (release of the Ministry of the Interior of Mecklenburg-Vorpommern (newsroom 108531) sent over "
              "news aktuell in December 2016, after the attack on the Berlin Christmas market of 19 "
              "December 2016; the date prefix ' date 2016-12'; the aggregator's tag page de.nepoli.eu/tag/is-mv/page/232 lists "
              "the same release as 'IM-MV: Nach Berliner Anschlag: Innenminister Lorenz Caffier fordert drittes Asylpaket' of "
              "'22.12.2016 – 12:42'); the date prefix dropped (rules 3910, 4040); the stored copy shows no headline and no "
              "newsroom label and begins with the dateline run into the first paragraph, so the document gets no title and the "
              "headline is not supplied from the tag page (rules 18, 32, 4100); the paragraph break that the stored copy sets "
              "inside Caffier's first quotation after '… zu erleichtern.' kept as stored (rules 42, 2342); the fourth "
              "paragraph, whose quotation the stored copy breaks off before its closing mark ('Der Minister verwies darauf, "
              "dass die Bundesregierung das Asyl- und Aufenthaltsrecht … bereits massiv verstärkt hat. \"Allerdings führt der "
              "aktuelle Fall uns auch vor Augen: Es muss sich etwas ändern in der Abschiebepraxis.'), dropped with it (rules "
              "15, 52))",
    license=OTS_LAND_MINISTRY,
    paras=[AS_P1, AS_P2, AS_P3],
    # the quotation that opens in the first paragraph after the sentence naming Caffier and closes in the second before
    # `verlangte Caffier` is his, two spans because the stored copy breaks the paragraph inside it: the first from its opening
    # mark to the end of the first paragraph, the second from the start of the second paragraph to the closing mark (rules 22,
    # 42, 2342); the Konjunktiv sentence after it is unmarked (rule 5); the quotation before `so Caffier` is his (rule 30), and
    # the cue-less quotation after it continues him (NOTES.md continuation); the SPD, Deutschland, the Unions-Innenminister and
    # the Innenministerkonferenz say nothing; the role phrase with the Land's name `Innenminister Mecklenburg-Vorpommerns` is no
    # alias (rule 33)
    quotes=[("\"Wir brauchen dringend weitere Maßnahmen, um Abschiebungen zu erleichtern.", CAFFIER),
            (cut(AS_P2, "Ein großes Problem", "rechnen\""), CAFFIER),
            ("\"Die SPD muss hier endlich ihre Blockadehaltung aufgeben\"", CAFFIER),
            (cut(AS_P3, "\"Natürlich wird", "bewährt.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Caffier"]})

# --- de.nepoli.eu (ots repost), 16 July 2020: IM-MV, Lorenz Caffier's statement on right-wing Gefährder ---

GF_T = "Statement Innenminister Caffier zu rechten Gefährdern in MV:"
GF_P1 = ("Innenminister Lorenz Caffier betont im Zusammenhang mit der heutigen Pressemitteilung des Landtagsabgeordneten Peter "
         "Ritter, dass die Sicherheitsbehörden bei der hohen Anzahl von erkannten Rechtsextremisten im Land Schwerpunkte setzt. "
         "Dafür werden bestimmte Personen, denen man schwerste Gewalttaten zutraut, nach bundeseinheitlichen Maßstäben als "
         "Gefährder eingestuft. Das bedeutet, dass sie, soweit rechtlich zulässig, mit gefahrenabwehrenden Maßnahmen überwacht "
         "und kontrolliert werden.")
GF_P2 = ("\"Neben der Bedrohung durch den internationalen Terrorismus ist der Rechtsextremismus und die Politisch motivierte "
         "Kriminalität - rechts - die größte Herausforderung für unseren Rechtsstaat\", so der Minister. \"Natürlich kann man "
         "wie Herr Ritter versuchen, eine Schwerpunktsetzung auf Gefährder zu skandalisieren. Mit den vorhandenen Ressourcen "
         "haben die Sicherheitsbehörden aber das rechtsextremistische Klientel mit abgestuften Maßnahmen insgesamt im Blick. Das "
         "dürfte auch Herrn Ritter nicht entgangen sein.\"")
GF_P3 = ("Bundesweit arbeiten die Sicherheitsbehörden gemeinsam daran, bislang nicht in Erscheinung getretene Straftäter wie in "
         "Halle und Hanau frühzeitig zu erkennen.")

add(id="ho670-nepoli-2020-07-im-mv-caffier-rechte-gefaehrder-ritter",
    title=GF_T,
    url="https://de.nepoli.eu/2020/07/16/im-mv-statement-innenminister-caffier-zu-rechten-gefaehrdern-in-mv",
    retrieved="same address (release of the Ministry of the Interior of Mecklenburg-Vorpommern sent over ots on 16 July 2020, "
              "reposted by the news aggregator de.nepoli.eu under its date path '2020/07/16' with the headline without its "
              "service code, which the address slug keeps ('im-mv-'), and with the ministry's contact block 'Rückfragen bitte "
              "an: Ministerium für Inneres und Europa Telefon: 0385/5882003 E-Mail: presse@im.mv-regierung.de "
              "https://www.regierung-mv.de'; the presseportal story list it.presseportal.de/blaulicht/st/Sicherheitsbehörden/150 "
              "shows the same release in the ministry's newsroom with the code 'IM-MV:' and the dateline 'Schwerin (ots) -', "
              "which the repost leaves out); the headline as the repost shows it, ending with its colon, is the title, no code "
              "and no dateline added (rules 18, 20, 4100); the contact block dropped (rule 4040); complete as stored)",
    license=OTS_REPOST_NEPOLI,
    paras=[GF_P1, GF_P2, GF_P3],
    # the quotation before `so der Minister` is Caffier's, the minister of the first sentence (rule 30), and the cue-less
    # quotation after it continues him (NOTES.md continuation): it names Peter Ritter twice in the third person (`wie Herr
    # Ritter`, `Herrn Ritter`), the man it answers, who is its topic, not its speaker (rule 12); the first paragraph reports
    # Caffier without marks (rule 5); the title's colon is followed by no quotation (rule 4100); Peter Ritter, the
    # Sicherheitsbehörden and the Gefährder say nothing in marks; `Innenminister` and `Minister` name only Caffier and are
    # aliases (rule 44)
    quotes=[(cut(GF_P2, "\"Neben der", "Rechtsstaat\""), CAFFIER),
            (cut(GF_P2, "\"Natürlich kann", "entgangen sein.\""), CAFFIER)],
    aliases={CAFFIER: ["Lorenz Caffier", "Innenminister Lorenz Caffier", "Innenminister Caffier", "Caffier", "Innenminister",
                       "Minister"]})

# --- presseportal.de (ots), August 2025: PD Limburg-Weilburg - Polizeipräsidium Westhessen, welcome of new staff ---

WH_T = ("POL-LM: Begrüßung von mehr als 100 neuen Mitarbeiterinnen und Mitarbeitern für das Polizeipräsidium Westhessen")
WH_P1 = ("(fh)Am heutigen Montag, dem 04.08.2025 begrüßte das Polizeipräsidium Westhessen über 100 neue Mitarbeiterinnen und "
         "Mitarbeiter, die nun in unterschiedlichsten Funktionen für die Sicherheit von knapp 1,2 Millionen Bürgerinnen und "
         "Bürgern zuständig sind.")
WH_P2 = ("Wie auch schon in der Vergangenheit fand die Feierlichkeit in den eindrucksvollen Räumlichkeiten im Schloss Biebrich "
         "statt. Neben den \"Neuen\" hatte die Leiterin der Abteilung Einsatz, Abteilungsdirektorin Stefanie König in "
         "urlaubsbedingter Abwesenheit der Behördenleitung auch die gesamten Führungskräfte des Präsidiums, polizeiinterne "
         "Ansprechpersonen, Vertreter des Personalrats sowie Gert-Uwe Mende, Oberbürgermeister der Landeshauptstadt Wiesbaden, "
         "zu diesem besonderen Ereignis eingeladen.")
WH_P3 = ("Im Rahmen der Begrüßungsfeier stellten die Führungskräfte ihre jeweiligen Abteilungen bzw. Direktionen vor. Auch die "
         "verschiedenen Ansprechstellen im Präsidium wurden vorgestellt, um den Anwesenden ihre Funktionen zu erläutern und "
         "ihnen so im Bedarfsfall eine zuverlässige Hilfestellung zu geben.")
WH_P4 = ("Nach einem feierlichen Abschluss samt musikalischer Untermalung und dem obligatorischen Fototermin wurden die "
         "Neuankömmlinge in ihre zukünftigen Wirkungsstätten entlassen.")
WH_P5 = ("Das Polizeipräsidium Westhessen freut sich auf jede Einzelne und jeden Einzelnen und wünscht ihnen einen guten "
         "Start!")

add(id="ho670-ots-2025-08-pol-lm-westhessen-begruessung-schloss-biebrich",
    title=WH_T,
    url="https://www.presseportal.de/blaulicht/pm/50153/6090224",
    retrieved="same address (release of the Polizeipräsidium Westhessen sent over news aktuell from the newsroom of its "
              "Polizeidirektion Limburg-Weilburg in August 2025: the date prefix ' date 2025-08' and the ceremony on 'Montag, "
              "04.08.2025'); the date prefix and the newsroom label 'PD Limburg-Weilburg - Polizeipräsidium Westhessen' "
              "dropped (rules 3910, 4040); the headline with its service code 'POL-LM:' is the title; the dateline 'Limburg "
              "(ots)' and the place and date lines 'Wiesbaden, Schloss Biebrich,' and 'Montag, 04.08.2025' kept as lines of "
              "their own as stored (rules 2610, 4100); the press office's sign '(fh)' run into the first word of the first "
              "paragraph kept as published (rules 20, 2610); the stored copy ends after the fifth paragraph; complete as "
              "stored)",
    license=OTS_POLIZEI_SENDER,
    paras=["Limburg (ots)", "Wiesbaden, Schloss Biebrich,", "Montag, 04.08.2025", WH_P1, WH_P2, WH_P3, WH_P4, WH_P5],
    # the marked noun for the newcomers, the release's own colloquial word, is null (rules 24, 2661, as `die "Neuen"` in the
    # 511th set); Stefanie König, Gert-Uwe Mende, the Führungskräfte and the Polizeipräsidium Westhessen, whose wishes close the
    # release without marks, say nothing in marks (rule 5); no speaker in this document
    quotes=[("\"Neuen\"", None)],
    aliases={})
