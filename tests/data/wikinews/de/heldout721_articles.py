# Seven-hundred-and-twenty-first held-out German real-news set (tests/data/heldout721-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4480-4484). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout719-heldout726). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-twenty-first held-out set": nine releases of Austrian associations, NGOs
# and charities on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): the Österreichische Hoteliervereinigung
# (Markus Gratzer against Roman Hebenstreit's comparison, May 2019), the Österreichischer Handelsverband (Stephan
# Mayer-Heinisch on Sunday opening in tourist areas, June 2011), the Arbeiter-Samariter-Bund Österreichs (Franz Schnabl on the
# International Volunteer Day, December 2015), the ÖAMTC (Oliver Schmerold at its general assembly, June 2013), the Lebenshilfe
# Österreich twice (Albert Brandstätter and the artist Gerhard Maurer on the European protest day, May 2015; Germain Weber's
# demands to the new government, December 2008), SOS Mitmensch twice (Alexander Pollak against the defence minister
# Doskozil's remark, October 2016; Pollak's call to resume the asylum talks, July 2015) and the Volkshilfe Österreich (Ewald
# Sacher re-elected, May 2023). Stored copies are the `search` tool's `pages` excerpts; three bodies are complete in them, six
# are cut off in a later paragraph, which is dropped with any subheading left dangling before it (rules 15, 290); the ots.at
# furniture (crawl-date prefixes, service and link lines, contact blocks and footers) is dropped (rules 63, 4420, 4480); each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_SENDERS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


GRATZER = "Markus Gratzer"
HEBENSTREIT = "Roman Hebenstreit"
MAYER = "Stephan Mayer-Heinisch"
SCHNABL = "Franz Schnabl"
SCHMEROLD = "Oliver Schmerold"
BRANDSTAETTER = "Albert Brandstätter"
MAURER = "Gerhard Maurer"
WEBER = "Germain Weber"
POLLAK = "Alexander Pollak"
DOSKOZIL = "Doskozil"
SACHER = "Ewald Sacher"

# --- APA-OTS, Österreichische Hoteliervereinigung, 17 May 2019: Markus Gratzer against Roman Hebenstreit's comparison ---

HV_T = "ÖGB soll sich von Hebenstreit-Vergleich distanzieren"
HV_P1 = ("Wien (OTS) - Ein „leidiges Thema“ nennt vida-Vorsitzender Roman Hebenstreit im Interview mit der Presse seine "
         "kolportierten Gelüste, in der Gewerkschaftshierarchie ganz hinauf zu wollen: „Und er buhlt trotzdem um Aufmerksamkeit, "
         "koste es, was es wolle“, kann sich Markus Gratzer, Generalsekretär der Österreichischen Hoteliervereinigung (ÖHV) über "
         "Hebenstreits Vergleich von Dienstverhältnissen und Sklaverei nur wundern. Der Vergleich sei das Letzte, so Gratzer: „Er "
         "beleidigt Mitarbeiter und Chefs in Österreich und marginalisiert Sklaverei in der ganzen Welt. Der ÖGB sollte sich nicht "
         "nur bei seinen Mitgliedern und jenen entschuldigen, die deren Gehälter zahlen, sondern auch bei 12 Mio. Menschen, die "
         "laut Vereinten Nationen tatsächlich in Sklaverei leben.“ Die Gewerkschaft vida habe acht Stunden Nachtruhe in "
         "Saisonbetrieben im Kollektivvertag 2016 mitbeschlossen, deren Vorsitzender Hebenstreit seit 2016 ist und der das jetzt "
         "mit Sklaverei vergleicht. Seltsam.“")
HV_SH = "Arbeitgebervertretung fordert Sachlichkeit ein"
HV_P2 = ("Ausdrücklich bedankt sich Gratzer beim Vorsitzenden des vida-Fachbereichs Tourismus, Berend Tusch, und "
         "Fachbereichssekretär Andreas Gollner, für oft harte, aber faire und nie gehässige Auseinandersetzungen: „Wir sagen ganz "
         "klar Ja zu Verbesserungen und Forderungen danach. Aber so klar unser Nein zu schwarzen Schafen ist, so klar ist es auch "
         "zu Effekthascherei auf Kosten des Miteinanders. Hätte Hebenstreit diesen Frame weggelassen, hätte sich die Aussage nicht "
         "geändert. Nur der Exzess und die Aufmerksamkeit wären ausgeblieben.“")

add(id="ho721-ots-oehv-2019-05-17-gratzer-hebenstreit-vergleich",
    title=HV_T,
    url="https://www.ots.at/presseaussendung/OTS_20190517_OTS0144/oegb-soll-sich-von-hebenstreit-vergleich-distanzieren",
    retrieved="same address (release of the Österreichische Hoteliervereinigung on the APA-OTS service, 17 May 2019 by its OTS "
              "number; the sender is told by the service line 'Weitere Pressemeldungen und Bildmaterial unter "
              "www.oehv.at/presse' and the contact block 'Martin Stanits / Leiter Public Affairs | Unternehmenssprecher / … / "
              "martin.stanits @ oehv.at / www.oehv.at', both dropped with the heading 'Rückfragen & Kontakt:' (rules 4420, 4480); "
              "the crawl-date prefix ' date 2019-05' dropped (rule 63); headline kept as the title, the subheading 'Arbeitgeber"
              "vertretung fordert Sachlichkeit ein' as a line of its own (rule 13); the published 'Kollektivvertag', the missing "
              "comma after '(ÖHV)' and the closing mark after 'Seltsam.' without an opening mark kept (rules 20, 22); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[HV_P1, HV_SH, HV_P2],
    # the marked words that `nennt vida-Vorsitzender Roman Hebenstreit im Interview mit der Presse` his ambitions are his own
    # term (rules 3, 25), the newspaper named without marks being the medium (rule 12); the quotation before `kann sich Markus
    # Gratzer, Generalsekretär der Österreichischen Hoteliervereinigung (ÖHV) über … nur wundern` is Gratzer's, its `er` being
    # Hebenstreit, of whom he speaks (rule 4481); the colon quotation after `Der Vergleich sei das Letzte, so Gratzer:` is his
    # (rules 9, 30); the lone closing mark after the Konjunktiv sentence `Die Gewerkschaft vida habe …` closes the one-word
    # sentence `Seltsam.`, his (rule 4482); the colon quotation after `Ausdrücklich bedankt sich Gratzer beim Vorsitzenden …:`
    # is his (rule 9), Berend Tusch and Andreas Gollner, whom he thanks, saying nothing; the ÖGB, the Gewerkschaft vida and the
    # Vereinten Nationen say nothing in marks; `vida-Vorsitzender` and `Generalsekretär der Österreichischen Hoteliervereinigung`
    # name a body and are no aliases (rule 33), nor is the genitive `Hebenstreits` (rule 7)
    quotes=[("„leidiges Thema“", HEBENSTREIT),
            (cut(HV_P1, "„Und er buhlt", "was es wolle“"), GRATZER),
            (cut(HV_P1, "„Er beleidigt", "Sklaverei leben.“"), GRATZER),
            ("Seltsam.“", GRATZER),
            (cut(HV_P2, "„Wir sagen", "wären ausgeblieben.“"), GRATZER)],
    aliases={GRATZER: ["Markus Gratzer", "Gratzer"],
             HEBENSTREIT: ["Roman Hebenstreit", "Hebenstreit"]})

# --- APA-OTS, Österreichischer Handelsverband, 22 June 2011: Stephan Mayer-Heinisch on Sunday opening ---

HA_T = "Handelsverband: Geschäfte in Tourismusdestinationen sollen am Sonntag offen halten dürfen!"
HA_SUB = "Präsident Mayer-Heinisch: \"Landeshauptleute mögen Verordnungsermächtigung nutzen!\""
HA_P1 = ("Wien (OTS) - \"Es geht nicht um eine verordnetes Offenhalten von Geschäften am Sonntag, sondern vielmehr um die "
         "Abschaffung von unsinnigen Verboten\", erklärt Dr. Stephan Mayer-Heinisch, Präsident des Österreichischen "
         "Handelsverbandes, und fordert eine Versachlichung der Diskussion. Der \"heile arbeitsfreie Sonntag im Kreise der "
         "Familie\" sei im Übrigen längst ein Mythos, den Kirchen, Gewerkschaft und Teile der Wirtschaftskammer in stiller "
         "Eintracht immer noch aufrechterhielten, während die Realität in weiten Teilen der Gesellschaft längst anders aussehe, "
         "so Mayer-Heinisch: \"Kaum jemand käme auf die Idee, beispielsweise vom ORF die Einstellung des Senderbetriebs ab Samstag "
         "18:00 Uhr zu fordern.\"")
HA_P2 = ("\"Stellen Sie sich vor, Sie mieten ein Geschäftslokal in der Wiener Innenstadt und erklären Ihrem Vermieter, Sie wollen "
         "die Miete für den Sonntag nicht bezahlen, weil Sie Ihren Laden ja nicht nützen dürfen\", bringt Mayer-Heinisch ein "
         "drastisches Bild. Insbesondere zahlungskräftige und -willige Städtetouristen seien seit langem verwundert über die "
         "kontemplative Ruhe, mit der sie in Wien, einer der schönsten Städte Europas, am Wochenende konfrontiert würden. Der "
         "Landeshauptmann hätte es ja über seine Verordnungsermächtigung in der Hand,, das Offenhalten in Tourismusregionen zu "
         "ermöglichen. In dieser Frage ist Bürgermeister Michael Häupl allerdings seit Jahren säumig. Damit schadet er dem "
         "Standort und dem Wiener Handel. Natürlich gebe es auch in anderen Ländern Öffnungszeitenregelungen, aber auch bei "
         "internationalen Vergleichen sollte man sich an den Besten orientieren.")

add(id="ho721-ots-handelsverband-2011-06-22-mayer-heinisch-sonntagsoeffnung",
    title=HA_T,
    url="https://www.ots.at/presseaussendung/OTS_20110622_OTS0183/handelsverband-geschaefte-in-tourismusdestinationen-sollen-"
        "am-sonntag-offen-halten-duerfen",
    retrieved="same address (release on the APA-OTS service, 22 June 2011 by its OTS number and the ORF programme of 19 June "
              "2011 that its third paragraph names; headline and subtitle kept as lines of their own as stored; the stored "
              "excerpt ends inside the third body paragraph ('Der Handelsverband freue sich daher über Wirtschaftsminister "
              "Reinhold Mitterlehner, der in der ORF-Sendung \"Im Zentrum\" … über die Ladenöffnun'), which is dropped with the "
              "programme's name in marks (rule 15), before any contact block; the sender, the Österreichischer Handelsverband, is "
              "inferred from the headline label 'Handelsverband:' and the release's own voice, which quotes only its president "
              "(rules 2581, 4420, 4480); the published 'eine verordnetes' and 'in der Hand,,' kept (rule 20); used as stored up to "
              "the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[HA_SUB, HA_P1, HA_P2],
    # the subtitle quotation after the label `Präsident Mayer-Heinisch:` is his (rules 26, 54), the body not repeating it in
    # the kept text; the quotation before `erklärt Dr. Stephan Mayer-Heinisch, Präsident des Österreichischen
    # Handelsverbandes` is his (rule 30); the marked phrase in the Konjunktiv sentence closed by `so Mayer-Heinisch:` is his
    # wording of the myth he rejects, the closing cue governing the whole sentence (rules 3, 115), not a slogan of the Kirchen
    # or the Gewerkschaft, who are not said to use it; the colon quotation after that cue is his (rule 9); the quotation
    # before `bringt Mayer-Heinisch ein drastisches Bild` is his (rule 4481); the Konjunktiv and indicative sentences after it
    # are unmarked (rule 5); the Landeshauptmann, Michael Häupl, the ORF, the Kirchen, the Gewerkschaft and the
    # Wirtschaftskammer say nothing in marks; `Präsident des Österreichischen Handelsverbandes` names a body and is no alias
    # (rule 33); `Präsident Mayer-Heinisch` names only him (rule 44)
    quotes=[("\"Landeshauptleute mögen Verordnungsermächtigung nutzen!\"", MAYER),
            (cut(HA_P1, "\"Es geht nicht", "unsinnigen Verboten\""), MAYER),
            ("\"heile arbeitsfreie Sonntag im Kreise der Familie\"", MAYER),
            (cut(HA_P1, "\"Kaum jemand", "zu fordern.\""), MAYER),
            (cut(HA_P2, "\"Stellen Sie", "nützen dürfen\""), MAYER)],
    aliases={MAYER: ["Stephan Mayer-Heinisch", "Dr. Stephan Mayer-Heinisch", "Mayer-Heinisch", "Präsident Mayer-Heinisch"]})

# --- APA-OTS, Arbeiter-Samariter-Bund Österreichs, 3 December 2015: Franz Schnabl on the International Volunteer Day ---

SA_T = "Schnabl: „Ehrenamtliche sind wichtige Stütze der Gesellschaft“"
SA_SUB = "Mehr als 7.000 Ehrenamtliche engagieren sich beim Samariterbund"
SA_P1 = ("Wien (OTS) - „Mehr als 7.000 ehrenamtliche Samariterinnen und Samariter helfen dem Samariterbund dabei, Katastrophenhilfe "
         "im In-und Ausland zu leisten, die Rettung und Versorgung von Verletzten und Kranken zu gewährleisten, pflegebedürftige "
         "und ältere Menschen zu unterstützen sowie qualifiziertes Fachwissen in Erste Hilfe zu vermitteln. Aufgrund der aktuellen "
         "Situation hat sich die Betreuung von Flüchtlingen in kürzester Zeit zu einer Kernaufgabe des Samariterbundes entwickelt. "
         "Ohne die Unterstützung von Ehrenamtlichen wäre die derzeitige Situation kaum zu bewältigen“, erklärt Franz Schnabl, "
         "Präsident des Arbeiter-Samariter-Bund Österreichs, anlässlich des Internationalen Tages des Ehrenamtes am 5. Dezember "
         "2015.")
SA_P2 = ("„Egal zu welcher Tages- oder Nachtzeit, unter der Woche oder an Feiertagen - wir sind dort, wo uns andere Menschen "
         "brauchen“, so Schnabl. „Der Mehrwert dabei ist das Wissen, dass man sinnvoll geholfen hat. Ein Dankeschön, ein "
         "schüchternes Lächeln oder eine herzliche Umarmung sind der Lohn für gelebte Übernahme von Verantwortung.\"")
SA_P3 = ("„Als Vertreter der zweitgrößten Rettungs-, Sozial- und Gesundheitsorganisation Österreichs stelle ich die Forderung, "
         "dass künftig alle ehrenamtlichen Mitarbeiterinnen und Mitarbeiter, gleich in welcher Organisation sie sich engagieren, "
         "österreichweit verpflichtend haftpflicht- und unfallversichert sind und somit einen einheitlichen und umfangreichen "
         "Versicherungsschutz genießen. Das ist ein absolutes Muss: Denn Ehrenamtliche schenken uns neben Zeit ihr höchstes Gut, "
         "ihre Gesundheit. NGOs haben daher die Pflicht, ihren ehrenamtlichen Mitarbeiterinnen und Mitarbeitern "
         "Versicherungsschutz zu geben. Das wird seit Jahren beim Samariterbund so umgesetzt\", erklärt Schnabl.")

add(id="ho721-ots-asboe-2015-12-03-schnabl-ehrenamtliche",
    title=SA_T,
    url="https://www.ots.at/presseaussendung/OTS_20151203_OTS0091/schnabl-ehrenamtliche-sind-wichtige-stuetze-der-gesellschaft",
    retrieved="same address (release on the APA-OTS service, 3 December 2015 by its OTS number and the International Volunteer "
              "Day of 5 December 2015 it announces; headline and subtitle kept as lines of their own as stored; the stored "
              "excerpt ends inside the fourth body paragraph ('Alle ehrenamtlichen Mitarbeiterinnen und Mitarbeiter erhalten beim "
              "Samariterbund je nach Einsat'), which is dropped (rule 15), before any contact block; the sender, the "
              "Arbeiter-Samariter-Bund Österreichs, is inferred from the release's own voice, which quotes only its president "
              "speaking for 'wir' and 'uns' of the Samariterbund (rules 2581, 4420, 4480); the published mixed marks '„…\"' and "
              "'In-und Ausland' kept (rules 20, 21); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[SA_SUB, SA_P1, SA_P2, SA_P3],
    # the headline quotation after the label `Schnabl:` is his (rules 26, 54), a summary of his body statements; the
    # quotations before `erklärt Franz Schnabl, Präsident des Arbeiter-Samariter-Bund Österreichs`, `so Schnabl` and
    # `erklärt Schnabl` are his (rule 30), and the cue-less quotation after `so Schnabl.` continues his (rule 30; NOTES.md
    # continuation); the low opening marks closed by ASCII marks make one span each (rules 21, 292); the Samariterbund and the
    # NGOs say nothing in marks; `Präsident des Arbeiter-Samariter-Bund Österreichs` names a body and is no alias (rule 33)
    quotes=[("„Ehrenamtliche sind wichtige Stütze der Gesellschaft“", SCHNABL),
            (cut(SA_P1, "„Mehr als", "zu bewältigen“"), SCHNABL),
            (cut(SA_P2, "„Egal zu", "Menschen brauchen“"), SCHNABL),
            (cut(SA_P2, "„Der Mehrwert", "von Verantwortung.\""), SCHNABL),
            (cut(SA_P3, "„Als Vertreter", "so umgesetzt\""), SCHNABL)],
    aliases={SCHNABL: ["Franz Schnabl", "Schnabl"]})

# --- APA-OTS, ÖAMTC, 21 June 2013: Oliver Schmerold at the club's general assembly ---

OE_T = "ÖAMTC-Generalversammlung: Der Mensch im Mittelpunkt - erfolgreiche Nothilfebilanz (+ Foto)"
OE_SUB = "Personelle Veränderung im Präsidium - Zumtobel folgt Blum"
OE_P1 = ("Wien (OTS) - Am Donnerstag, 20. Juni, hat in Wien die 66. Generalversammlung des ÖAMTC stattgefunden. "
         "ÖAMTC-Verbandsdirektor Oliver Schmerold zog eine erfolgreiche Bilanz über das vergangene Geschäftsjahr: \"Beim ÖAMTC "
         "steht der Mensch im Mittelpunkt. Mehr als 1,8 Millionen Mitglieder verlassen sich auf den Club.\" 100 Prozent Mobilität "
         "- das Versprechen des größten Mobilitätsclubs in Österreich basiert auf verschiedenen Nothilfesäulen. \"100 Prozent "
         "Mobilität steht für eine ganze Nothilfekette - vom Pannendienst über Rückholungen bis zur juristischen "
         "Rechtsberatung\", skizzierte der ÖAMTC-Verbandsdirektor anlässlich der Generalversammlung die Bandbreite der "
         "ÖAMTC-Nothilfeleistungen.")
OE_P2 = ("An 111 Stützpunkten und sechs mobilen Prüfstationen österreichweit wurden im Jahr 2012 über 600.000 stationäre "
         "Pannenhilfen geleistet. Dazu kamen rund 715.000 mobile Pannenhilfen und rund 200.000 Abschleppungen. Die "
         "Christophorus-Flugrettung steht für eine flächendeckende notärztliche Versorgung aus der Luft. Von den 16 Standorten aus "
         "sind die Notarzthubschrauber zu mehr als 15.000 Einsätzen im Jahr 2012 abgehoben. Bereits rund 66 Prozent aller "
         "Mitglieder sind außerdem Inhaber eines Schutzbriefes. Mehr als 141.000 Hilferufe hat das Team der "
         "ÖAMTC-Schutzbrief-Nothilfe im vergangenen Jahr entgegengenommen.")

add(id="ho721-ots-oeamtc-2013-06-21-schmerold-generalversammlung",
    title=OE_T,
    url="https://www.ots.at/presseaussendung/OTS_20130621_OTS0036/oeamtc-generalversammlung-der-mensch-im-mittelpunkt-"
        "erfolgreiche-nothilfebilanz-foto-bild",
    retrieved="same address (release on the APA-OTS service, 21 June 2013 by its OTS number, the day after the general assembly "
              "of 'Donnerstag, 20. Juni'; the crawl-date prefix ' date 2018-03', a date of the copy and not of the release, "
              "dropped (rules 63, 4480); headline, with its '(+ Foto)', and subtitle kept as lines of their own as stored; the "
              "stored excerpt ends inside the paragraph under the subheading 'Verkehrssicherheit - Club setzt auf Prävention' "
              "('… Neben d'), which is dropped with the subheading (rules 15, 290), before any contact block; the sender, the "
              "ÖAMTC, is inferred from the headline label 'ÖAMTC-Generalversammlung:' and the release's own voice on 'den Club' "
              "(rules 2581, 4420, 4480); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[OE_SUB, OE_P1, OE_P2],
    # the colon quotation after `ÖAMTC-Verbandsdirektor Oliver Schmerold zog eine erfolgreiche Bilanz über das vergangene
    # Geschäftsjahr:` is his (rule 9); the quotation before `skizzierte der ÖAMTC-Verbandsdirektor` is his too (rules 30,
    # 4481), the role compound naming the club and no alias (rule 33); the unmarked `100 Prozent Mobilität - …` between them
    # is the release's (rule 5); Zumtobel and Blum in the subtitle say nothing
    quotes=[(cut(OE_P1, "\"Beim ÖAMTC", "auf den Club.\""), SCHMEROLD),
            (cut(OE_P1, "\"100 Prozent", "Rechtsberatung\""), SCHMEROLD)],
    aliases={SCHMEROLD: ["Oliver Schmerold"]})

# --- APA-OTS, Lebenshilfe Österreich, 4 May 2015: Albert Brandstätter and Gerhard Maurer before the European protest day ---

LB_T = ("Lebenshilfe fordert von Bund, Ländern und Gemeinden mehr Einsatz für ein selbstbestimmtes Leben von Menschen mit "
        "Beeinträchtigungen")
LB_P1 = ("Wien (OTS) - Anlässlich des Europäischen Protesttages zur Gleichstellung von Menschen mit Beeinträchtigungen am 5. "
         "Mai appelliert die Lebenshilfe an die österreichische Bundesregierung, die Länder und Gemeinden, sich verstärkt für ein "
         "selbstbestimmtes Leben von Menschen mit Beeinträchtigungen und deren gleichberechtigte politische Teilhabe einzusetzen. "
         "\"Das bedeutet Wahlfreiheit bei Wohnformen in der Gemeinschaft, Angebote in der Persönlichen Assistenz sowie "
         "barrierefreie und inklusive Gemeinden und Städte\", erklärt Generalsekretär Albert Brandstätter.")
LB_SH = "Mit-Leben mit Persönlicher Assistenz"
LB_P2 = ("Gerhard Maurer (57) ist Künstler bei der Lebenshilfe Salzburg und stellt bei der inklusiven Kunstaktion "
         "\"Barrierefreiheit im Kopf\" (5.-12.Mai) in der ehemaligen Anker-Expedithalle in Wien aus. \"Heute benütze ich zum ersten "
         "Mal einen Sprachcomputer. Der gehört mir nicht. Die Werkstätte, in der ich arbeite, hat ihn vor kurzem für unsere Arbeit "
         "gespendet bekommen. Mit dem Sprachcomputer kann ich in kurzer Zeit viel mehr sagen, als sonst. Ausstellungen sind toll. "
         "Dazu brauche ich aber Unterstützung. Ohne freiwillige Helfer, die ihre Freizeit zur Verfügung stellen, könnte ich diese "
         "schönen Dinge nicht machen. Wenn ich etwas weiter weg will, brauche ich jemanden, der mich in einem speziellen Bus, in "
         "den mein großer Elektrorollstuhl passt, fährt. Der Rollstuhl kann nicht über Treppen fahren. Ich brauche Hilfe beim "
         "Essen und wenn ich arbeite, brauche ich Assistenz, die mir die Materialien zurecht legt.\" Gerhard Maurer hat keine "
         "Persönliche Assistenz, weil dies in Salzburg noch nicht möglich ist.")

add(id="ho721-ots-lebenshilfe-2015-05-04-brandstaetter-maurer-protesttag",
    title=LB_T,
    url="https://www.ots.at/presseaussendung/OTS_20150504_OTS0001/lebenshilfe-fordert-von-bund-laendern-und-gemeinden-mehr-"
        "einsatz-fuer-ein-selbstbestimmtes-leben-von-menschen-mit-beeintraechtigungen",
    retrieved="same address (release on the APA-OTS service, 4 May 2015 by its OTS number and the protest day 'am 5. Mai' it "
              "announces; headline kept as the title, the subheading 'Mit-Leben mit Persönlicher Assistenz' as a line of its own "
              "(rule 13); the stored excerpt ends inside the third body paragraph, inside the quotation of a second woman with "
              "learning difficulties ('Hingegen ist Hanna Kamrat (48) … \"Ich bin in Bad Ischl aufgewachsen, und arbeite in der "
              "Lebenshilfe Bad '), which is dropped (rule 15), before any contact block; the sender, the Lebenshilfe Österreich, "
              "is inferred from the headline label 'Lebenshilfe' and the release's own voice, which quotes its secretary general "
              "(rules 2581, 4420, 4480); the published '(5.-12.Mai)' and 'zurecht legt' kept (rule 20); used as stored up to the "
              "cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[LB_P1, LB_SH, LB_P2],
    # the quotation before `erklärt Generalsekretär Albert Brandstätter` is his (rule 30), its `Das` taking up the Lebenshilfe's
    # appeal; the name of the art campaign in marks is null (rules 2, 24); the first-person quotation right after the
    # narrator's sentence that introduces Gerhard Maurer and his exhibition is Maurer's (rule 4483), and the narrator's
    # sentence after it speaks of him in the third person; the Bundesregierung, the Länder and Gemeinden and the Lebenshilfe
    # Salzburg say nothing in marks; `Generalsekretär` names only Brandstätter (rule 44)
    quotes=[(cut(LB_P1, "\"Das bedeutet", "Gemeinden und Städte\""), BRANDSTAETTER),
            ("\"Barrierefreiheit im Kopf\"", None),
            (cut(LB_P2, "\"Heute benütze", "zurecht legt.\""), MAURER)],
    aliases={BRANDSTAETTER: ["Albert Brandstätter", "Generalsekretär Albert Brandstätter", "Generalsekretär"],
             MAURER: ["Gerhard Maurer"]})

# --- APA-OTS, Lebenshilfe Österreich, 2 December 2008: Germain Weber's demands to the new government ---

LW_T = "Lebenshilfe Österreich fordert von neuer Regierung: Neue Chancen für Menschen mit Behinderungen"
LW_SUB = "Lebenshilfe-Präsident drängt auf höheres Tempo bei der Bearbeitung offener Punkte in der Behindertenpolitik"
LW_P1 = ("Wien (OTS) - \"Dass Jugendliche mit intellektueller Behinderung bis zum 18. Lebensjahr ihre Schulbildung abschließen "
         "können, dass ihre Arbeitsleistung gerecht entlohnt und in die gesetzliche Unfallversicherung einbezogen wird und dass "
         "behindertes Leben in unserer Gesellschaft eine faire Chance bekommt\", nennt Präsident Univ.-Prof. Dr. Germain Weber als "
         "wichtigste Forderungen der Lebenshilfe Österreich an die neue Regierung. \"Das Tempo muss jetzt beschleunigt werden. Von "
         "der neuen Regierung verlangen wir Gesetze, die die Bedürfnisse von Menschen mit Lernbehinderung einschließen im Sinne "
         "einer inklusiven Politik. Die Einladung an die Interessenvertretungen zur Zusammenarbeit ist löblich, darf jedoch nicht "
         "zur Alibierklärung verkommen.\" Ein offener Punkt im österreichischen Strafgesetzbuch, der dringend zu korrigieren ist, "
         "ist die Abschaffung der Eugenischen Indikation (der straffreien Abtreibung behinderten Lebens bis unmittelbar vor der "
         "Geburt).")

add(id="ho721-ots-lebenshilfe-2008-12-02-weber-neue-regierung",
    title=LW_T,
    url="https://www.ots.at/presseaussendung/OTS_20081202_OTS0228/lebenshilfe-oesterreich-fordert-von-neuer-regierung-neue-"
        "chancen-fuer-menschen-mit-behinderungen",
    retrieved="same address (release on the APA-OTS service, 2 December 2008 by its OTS number and the International Day of "
              "Persons with Disabilities, 3 December, that its second paragraph names; headline and subtitle kept as lines of "
              "their own as stored; the stored excerpt ends inside the second body paragraph ('… soll auch für Me'), which is "
              "dropped with the quotation of Heide Tomacek of the Lebenshilfe Wien in it (rule 15), before any contact block; "
              "the sender, the Lebenshilfe Österreich, is inferred from the headline label and the release's own voice, which "
              "quotes its president (rules 2581, 4420, 4480); used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[LW_SUB, LW_P1],
    # the marked `Dass`-clauses before `nennt Präsident Univ.-Prof. Dr. Germain Weber als wichtigste Forderungen der
    # Lebenshilfe Österreich` are his: `nennen … als` presents what he names (rules 30, 3, 4481); the cue-less quotation after
    # it continues his (rule 30; NOTES.md continuation), its `wir` speaking for the Lebenshilfe; the sentence on the Eugenische
    # Indikation is unmarked (rule 5); the neue Regierung and the Interessenvertretungen say nothing; `Lebenshilfe-Präsident`
    # in the subtitle names the body and is no alias (rule 33)
    quotes=[(cut(LW_P1, "\"Dass Jugendliche", "faire Chance bekommt\""), WEBER),
            (cut(LW_P1, "\"Das Tempo", "Alibierklärung verkommen.\""), WEBER)],
    aliases={WEBER: ["Germain Weber", "Univ.-Prof. Dr. Germain Weber"]})

# --- APA-OTS, SOS Mitmensch, 19 October 2016: Alexander Pollak against the defence minister's remark ---

SM_T = "SOS Mitmensch: Es ist wesentlich ob jemand ins Asylverfahren kommt, Herr Minister Doskozil!"
SM_SUB = "Asylsuchende ringen um Aufenthaltssicherheit, Rechte und Perspektiven"
SM_P1 = ("Wien (OTS) - SOS Mitmensch übt Kritik an Aussagen von Verteidigungsminister Doskozil, wonach es „nicht wesentlich“ "
         "sei, ob jemand ins Asylverfahren komme. Diese Aussage sei zynisch und stehe im Widerspruch zur Realität, so die "
         "Menschenrechtsorganisation. SOS Mitmensch verweist darauf, dass Aufenthaltssicherheit und Perspektiven untrennbar mit der "
         "Zulassung zum Asylverfahren und dessen Ausgang verbunden sind.")
SM_P2 = ("„Tausende Asylsuchende zittern dieser Tage, ob sie in Österreich ins Asylverfahren kommen oder im Rahmen der "
         "Dublin-Verordnung abgeschoben werden. Zigtausende Menschen, die sich im Asylverfahren befinden, warten bangevoll, ob "
         "ihnen volle, teilweise oder gar keine Aufenthaltssicherheit zuerkannt wird. Angesichts der tatsächlichen Lage der "
         "betroffenen Menschen kann die Aussage des Verteidigungsministers, wonach es egal sei, ob man ins Asylverfahren kommt, nur "
         "Kopfschütteln hervorrufen“, sagt Alexander Pollak, Sprecher von SOS Mitmensch.")
SM_P3 = ("Pollak verweist auf die gerade stattfindende Abschiebewelle nach Kroatien, bei der Familien, die sich bereits in "
         "Österreich eingelebt haben, wieder aus ihrer Umgebung herausgerissen werden. In zahlreichen Gemeinden protestieren "
         "BürgerInnen gegen die Abschiebung ihrer neuen NachbarInnen. Der SOS Mitmensch-Sprecher verweist zudem darauf, dass es "
         "für Betroffene einen großen Unterschied mache, ob sie nach ihrer Aufnahme ins Asylverfahren schlussendlich Asyl "
         "zuerkannt bekommen oder nur subsidiären Schutz oder gar keinen Schutz. Davon würden Aufenthaltssicherheit, Rechte und "
         "Lebensperspektiven abhängen.")

add(id="ho721-ots-sos-mitmensch-2016-10-19-pollak-doskozil",
    title=SM_T,
    url="http://www.ots.at/presseaussendung/OTS_20161019_OTS0167/sos-mitmensch-es-ist-wesentlich-ob-jemand-ins-asylverfahren-"
        "kommt-herr-minister-doskozil",
    retrieved="same address, stored under the plain http address (release of SOS Mitmensch on the APA-OTS service, 19 October "
              "2016 by its OTS number; the sender is told by the contact block 'SOS Mitmensch, Zollergasse 15/2, 1070 Wien / "
              "Alexander Pollak / …' and the footer code SMM0001, dropped with the heading 'Rückfragen & Kontakt:' (rule 4420); "
              "headline and subtitle kept as lines of their own as stored; the published 'wesentlich ob' without a comma and "
              "'bangevoll' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[SM_SUB, SM_P1, SM_P2, SM_P3],
    # the marked words in `übt Kritik an Aussagen von Verteidigungsminister Doskozil, wonach es „nicht wesentlich“ sei` are
    # the minister's, the words of his statement that the sender criticises (rule 4484), not the sender's; the headline, in
    # which SOS Mitmensch answers him, and the Konjunktiv report of the organisation's view (`so die
    # Menschenrechtsorganisation`) are unmarked (rule 5); the quotation before `sagt Alexander Pollak, Sprecher von SOS
    # Mitmensch` is his (rule 30), the minister inside it spoken of in the third person; Pollak's reports in the last
    # paragraph are unmarked (rule 5); the organisation's role compound `SOS Mitmensch-Sprecher` is no alias (rule 33); only
    # the surname of the minister is given, so it is canonical (rule 7)
    quotes=[("„nicht wesentlich“", DOSKOZIL),
            (cut(SM_P2, "„Tausende", "Kopfschütteln hervorrufen“"), POLLAK)],
    aliases={DOSKOZIL: ["Doskozil", "Verteidigungsminister Doskozil", "Herr Minister Doskozil"],
             POLLAK: ["Alexander Pollak", "Pollak"]})

# --- APA-OTS, SOS Mitmensch, 8 July 2015: Alexander Pollak calls for the asylum talks to resume in Traiskirchen ---

ST_T = "SOS Mitmensch: Bereits mehr als 1.700 rufen zur Wiederaufnahme der Asylverhandlungen auf"
ST_SUB = "Verhandlungen sollen in der Asylstelle Traiskirchen stattfinden"
ST_P1 = ("Wien (OTS) - Auf Facebook haben sich bereits mehr als 1.700 Menschen für die sofortige Wiederaufnahme der "
         "Asylverhandlungen zwischen Bund und Ländern zur Lösung der Unterbringungsfrage ausgesprochen. Die Verhandlungen sollen "
         "in der Asylstelle Traiskirchen stattfinden, so die Forderung, damit die politisch Verantwortlichen die Folgen ihrer "
         "bisherigen Nichteinigung hautnah miterleben.")
ST_P2 = ("\"Die Bilder von der katastrophalen Situation im Lager Traiskirchen und in den Zeltlagern zeugen von einem kollektiven "
         "Politikversagen in Österreich. Die Zustände sind nicht nur unhaltbar, sondern vor allem auch nicht notwendig, denn "
         "zeitgleich stehen Kasernen und andere Gebäude leer\", sagt Alexander Pollak, Sprecher von SOS Mitmensch \"Die "
         "Unterbringungsfrage ist lösbar, aber dazu braucht es eine gemeinsame Anstrengung aller Verantwortlichen, jenseits von "
         "Eitelkeiten und Egoismus\", fordert Pollak Bundeskanzler Faymann, Vizekanzler Mitterlehner, Innenministerin "
         "Mikl-Leitner, Sozialminister Hundstorfer, Integrationsminister Kurz, Bildungsministerin Heinisch-Hosek, "
         "Familienministerin Karmasin sowie die Landeshauptleute Haslauer, Häupl, Kaiser, Niessl, Platter, Pröll, Pühringer, "
         "Schützenhöfer und Wallner zum sofortigen Handeln auf.")

add(id="ho721-ots-sos-mitmensch-2015-07-08-pollak-traiskirchen",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20150708_OTS0006/sos-mitmensch-bereits-mehr-als-1700-rufen-zur-"
        "wiederaufnahme-der-asylverhandlungen-auf",
    retrieved="same address (release of SOS Mitmensch on the APA-OTS service, 8 July 2015 by its OTS number; the sender is told "
              "by the contact block 'SOS Mitmensch, Zollergasse 15/2, 1070 Wien / Alexander Pollak / …' and the footer code "
              "SMM0001, dropped with the heading 'Rückfragen & Kontakt:' (rule 4420); the link lines 'Facebook-Link:' / "
              "'https://www.facebook.com/sosmitmensch/posts/10153505965944189' after the body dropped (rule 4480); headline and "
              "subtitle kept as lines of their own as stored; the published missing full stop after 'Sprecher von SOS Mitmensch' "
              "kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the quotation before `sagt Alexander Pollak, Sprecher von SOS Mitmensch` is his (rule 30); the second quotation, which
    # the release sets after that cue without a full stop, is his by its own cue `fordert Pollak … zum sofortigen Handeln
    # auf` (rules 20, 30), the sixteen office holders named as the addressees of his demand saying nothing (rule 104); the
    # demand of the 1,700 Facebook users (`so die Forderung`) is unmarked (rule 5)
    quotes=[(cut(ST_P2, "\"Die Bilder", "Gebäude leer\""), POLLAK),
            (cut(ST_P2, "\"Die Unterbringungsfrage", "Eitelkeiten und Egoismus\""), POLLAK)],
    aliases={POLLAK: ["Alexander Pollak", "Pollak"]})

# --- APA-OTS, Volkshilfe Österreich, 10 May 2023: Ewald Sacher re-elected president ---

VH_T = "Volkshilfe Österreich: Präsident Ewald Sacher wiedergewählt"
VH_SUB = "Leitlinien der Arbeit für die nächsten Jahre beschlossen; Sozialminister Rauch gratuliert; hohe Ehrungen verliehen"
VH_P1 = ("Wien (OTS) - In der Urania Wien wurde heute der Präsident der Volkshilfe Österreich Ewald Sacher für eine zweite "
         "Periode von vier Jahren wiedergewählt. Die Wahl durch die Delegierten aus allen neun Volkshilfe Landesorganisationen "
         "fand im Rahmen der Bundeskonferenz der Volkshilfe Österreich, dem höchsten Gremium der Organisation, statt.")
VH_P2 = ("In seiner Rede über die vergangene Funktionsperiode wies Präsident Sacher darauf hin, „dass weite Teile unter den "
         "Vorzeichen der Pandemie standen. Das war für alle Mitarbeiter*innen eine sehr schwierige Situation, besonders im Bereich "
         "Pflege und Betreuung. Daher bedanke ich mich bei allen, die unter großen persönlichen Risken und Mühen mitgeholfen "
         "haben, die pflegebedürftigen Menschen weiter zu betreuen. Das darf im Zuge der Diskussion um Gehälter und "
         "Arbeitsbedingungen nicht vergessen werden.“")

add(id="ho721-ots-volkshilfe-2023-05-10-sacher-wiedergewaehlt",
    title=VH_T,
    url="https://www.ots.at/presseaussendung/OTS_20230510_OTS0147/volkshilfe-oesterreich-praesident-ewald-sacher-"
        "wiedergewaehlt-bild",
    retrieved="same address (release on the APA-OTS service, 10 May 2023 by its OTS number and the conference held 'heute'; "
              "the crawl-date prefix ' date 2023-05' dropped (rule 63); headline and subtitle kept as lines of their own as "
              "stored; the empty lines between the paragraphs dropped; the stored excerpt ends inside the paragraph under the "
              "subheading 'Viele Höhepunkte in den vergangenen vier Jahren' ('… Ebenso wie der Besuch von Bundespräsident Al'), "
              "which is dropped with the subheading and the quotations in it (rules 15, 290), before any contact block; the "
              "sender, the Volkshilfe Österreich, is inferred from the headline label and the release's own voice on its own "
              "conference (rules 2581, 4420, 4480); the published 'Volkshilfe Landesorganisationen' and 'Risken' kept (rule 20); "
              "used as stored up to the cut-off paragraph)",
    license=APA_OTS_SENDERS,
    paras=[VH_SUB, VH_P1, VH_P2],
    # the quotation that begins as the `dass`-clause of `wies Präsident Sacher darauf hin,` and goes on in his first person is
    # one span of his (rules 3, 4451: the marks open before `dass` and close after the last sentence); the minister Rauch in
    # the subtitle, who congratulates him, says nothing in the kept text; `Präsident Sacher` names only him (rule 44);
    # `Präsident der Volkshilfe Österreich` names the body and is no alias (rule 33)
    quotes=[(cut(VH_P2, "„dass weite", "nicht vergessen werden.“"), SACHER)],
    aliases={SACHER: ["Ewald Sacher", "Präsident Sacher", "Sacher"]})
