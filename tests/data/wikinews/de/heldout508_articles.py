# Five-hundred-and-eighth held-out German real-news set (tests/data/heldout508-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2800-2803). None of these pages is in
# any tests/data/*.jsonl or in another helper's worktree (checked by release number, two or more distinctive phrases and the
# speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-eighth held-out set": nine releases of the Ministry of the Interior of
# Mecklenburg-Vorpommern ('Ministerium für Inneres, Bau und Digitalisierung' until 2024, 'Ministerium für Inneres und Bau'
# since; headline code 'IM-MV:') sent over ots by news aktuell and shown in the ministry's newsroom 108531 on presseportal.de
# (licence OTS_LAND_MINISTRY of the five-hundredth set, added to this branch's licences.py with the identical definition):
# Christian Pegel on the police operation in Wismar (March 2026), on the attack on police officers on the Neubrandenburg
# Datzeberg (September 2025) and in Hagenow (September 2023), on the firefighters obstructed in Barth (September 2025), at the
# OPEN CAMPUS in Güstrow (September 2025), on the 157 new trainees for the mittlerer Dienst with the director of the
# Fachhochschule Stefan Metzger (August 2023) and at the swearing-in of 241 police trainees (November 2023); the integration
# commissioner Jana Michael on her move into the ministry (September 2025); and the press invitation for the handover of the
# 100th of 265 fire engines in Malchow (April 2022). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rules 15, 17), page and wire furniture is dropped (rules 2731, 2800),
# and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_LAND_MINISTRY  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


PEGEL = "Christian Pegel"
METZGER = "Stefan Metzger"
MICHAEL = "Jana Michael"
DL = "Schwerin (ots)"

# --- presseportal.de (ots), IM-MV, 3 March 2026: Pegel on the police operation in Wismar ---

WI_T = "IM-MV: Innenminister Christian Pegel zum heutigen Polizeieinsatz in Wismar"
WI_P1 = ("Innenminister Christian Pegel zeigte sich betroffen über den heutigen Polizeieinsatz in Wismar, bei dem ein "
         "Polizeibeamter und mehrere Passanten teils schwere Verletzungen erlitten haben sollen.")
WI_P2 = ("\"Der Vorfall erschüttert mich zutiefst. Unsere Polizeibeamtinnen und -beamten leisten tagtäglich einen "
         "anspruchsvollen Dienst unter oftmals unübersichtlichen und gefährlichen Bedingungen. Der heutige Einsatz zeigt "
         "deutlich, welchen Risiken sie bei der Wahrnehmung ihrer Aufgaben ausgesetzt sind\", erklärte der Innenminister.")
WI_P3 = ("Der Minister sprach den eingesetzten Polizeikräften seinen ausdrücklichen Dank für ihr entschlossenes und "
         "professionelles Handeln aus. \"Dem verletzten Kollegen wünsche ich die bestmögliche medizinische Versorgung und eine "
         "vollständige Genesung\", so Pegel weiter.")
WI_P4 = ("Auch mehrere unbeteiligte Bürgerinnen und Bürger wurden infolge des Einsatzgeschehens verletzt. \"Ich bedaure "
         "zutiefst, was hier unbescholtenen Passanten widerfahren ist. Wir wünschen ihnen eine vollständige Genesung und das "
         "sie Erlebte schnellstmöglich verarbeiten können\", betonte der Innenminister.")
WI_P5 = ("Mit Nachdruck verurteilte Pegel jegliche Form von Gewalt gegen Einsatzkräfte: \"Angriffe auf Polizistinnen und "
         "Polizisten sind Angriffe auf die Grundpfeiler unseres Rechtsstaats. Wir werden alles daransetzen, die Hintergründe "
         "vollständig aufzuklären und den Verantwortlichen zur Rechenschaft zu ziehen.\"")
WI_P6 = "Die Ermittlungen der Kriminalpolizei dauern weiter an."

add(id="ho508-ots-im-mv-2026-03-03-pegel-polizeieinsatz-wismar",
    title=WI_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6227915",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots and shown in "
              "its presseportal newsroom 108531, 3 March 2026 by the crawl date and 'zum heutigen Polizeieinsatz'; the crawl "
              "date prefix ' date 2026-03-03' and the newsroom label 'Ministerium für Inneres und Bau Mecklenburg-Vorpommern' "
              "dropped (rule 2731); headline with its ots prefix 'IM-MV:' as the first line, the dateline 'Schwerin (ots)' a "
              "line of its own as stored; the published 'und das sie Erlebte' kept (rule 20); complete as stored, the stored "
              "copy ending after the last paragraph without contact block or footer)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, WI_P1, WI_P2, WI_P3, WI_P4, WI_P5, WI_P6],
    # `"…", erklärte der Innenminister` and `betonte der Innenminister` (the role noun takes up Pegel, the only minister named,
    # also after the sentence about the injured passers-by, rule 30); `so Pegel weiter`; the colon cue after `verurteilte
    # Pegel …` (rule 9); the police officer, the passers-by and the Kriminalpolizei say nothing
    quotes=[(cut(WI_P2, "\"Der Vorfall", "ausgesetzt sind\""), PEGEL),
            (cut(WI_P3, "\"Dem verletzten", "Genesung\""), PEGEL),
            (cut(WI_P4, "\"Ich bedaure", "verarbeiten können\""), PEGEL),
            (cut(WI_P5, "\"Angriffe", "zu ziehen.\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Pegel", "Innenminister", "Minister"]})

# --- presseportal.de (ots), IM-MV, September 2025: Pegel on the attack on police officers on the Neubrandenburg Datzeberg ---

DZ_T = "IM-MV: Innenminister Pegel verurteilt Angriff auf Polizeibeamte in Neubrandenburg"
DZ_P1 = ("Innenminister Christian Pegel zeigt sich tief empört über die Vorfälle beim Polizeieinsatz am Samstagabend auf dem "
         "Neubrandenburger Datzeberg, bei dem Polizistinnen und Polizisten massiv behindert, beleidigt und sogar bedroht wurden "
         "(siehe Pressemitteilung Nr.6121742 der Polizei).")
DZ_P2 = ("\"Es macht mich fassungslos, mit welcher Aggressivität sich Menschen gegen unsere Polizei stellen. Es ist völlig "
         "inakzeptabel, dass Polizistinnen und Polizisten, die täglich für die Sicherheit der Bürgerinnen und Bürger eintreten, "
         "in dieser Form angegangen werden. Beleidigungen, Bedrohungen und körperlicher Widerstand gegen Vollstreckungsbeamte "
         "sind keine Kavaliersdelikte - sie stellen Straftaten dar, die mit aller Konsequenz verfolgt werden. Dass aus einer "
         "Personengruppe heraus sogar versucht wurde, eine polizeiliche Maßnahme zu vereiteln, ist erschütternd und zeugt von "
         "einem gefährlichen Maß an Respektlosigkeit gegenüber unserem Rechtsstaat\", sagt Minister Pegel und:")
DZ_P3 = ("\"Unsere Beamtinnen und Beamte verdienen nicht nur Respekt, sondern auch das klare Signal: Wir stehen geschlossen "
         "hinter ihnen, wenn sie für unsere Sicherheit eintreten.\"")

add(id="ho508-ots-im-mv-2025-09-pegel-angriff-polizei-datzeberg",
    title=DZ_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6122093",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, September 2025 by its release number, which follows the police release 6121742 it cites and the "
              "ministry's releases 6121576 and 6121609 of 20 September 2025, and by 'am Samstagabend'; the stored copy has no "
              "crawl date prefix; the newsroom label and the footer 'Original-Content von: Ministerium für Inneres und Bau "
              "Mecklenburg-Vorpommern, übermittelt durch news aktuell' dropped (rule 2731); headline and dateline 'Schwerin "
              "(ots)' as lines of their own as stored; the published 'Nr.6121742' and 'Unsere Beamtinnen und Beamte "
              "verdienen' kept (rule 20); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, DZ_P1, DZ_P2, DZ_P3],
    # `"…", sagt Minister Pegel und:` closes its paragraph, and the elliptic `und:` introduces the next paragraph's quotation
    # as his (rule 2801); the police, whose release is cited by number, say nothing
    quotes=[(cut(DZ_P2, "\"Es macht", "Rechtsstaat\""), PEGEL),
            (DZ_P3, PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister Pegel", "Minister Pegel",
                     "Innenminister"]})

# --- presseportal.de (ots), IM-MV, September 2023: Pegel on the attack on police officers in Hagenow ---

HG_T = "IM-MV: Innenminister Christian Pegel: \"Wer Polizei angreift, greift den Staat an\""
HG_P1 = ("Innenminister Christian Pegel hat einen Angriff aus einer Gruppe von vier Personen auf Polizeibeamte in Hagenow "
         "verurteilt. Die Beamten waren wegen ruhestörenden Lärms gerufen worden und hatten dabei unter den vier angetroffenen "
         "Männern einen mit Haftbefehl gesuchten Beteiligten ausgemacht. Die anderen drei Männer versuchten, die Vollstreckung "
         "des per Haftbefehl Gesuchten zu verhindern, und attackierten die Polizeikräfte.")
HG_P2 = ("\"Wer Polizeibeamte angreift, greift den Staat an und stellt damit das staatliche Gewaltmonopol und den Rechtsstaat "
         "in Frage\", so der Minister. Polizei und Staat würden solche Angriffe nicht dulden und diesen entschieden begegnen. "
         "\"Das vorliegend die Verhaftung eines mit Haftbefehl gesuchten Mannes verhindert werden sollte, macht umso "
         "deutlicher, dass hier der Rechtsstaat in Frage stand\", ordnet Pegel ein und: \"Ich bin der Polizei für die "
         "Durchsetzung der rechtsstaatlichen Regeln in unser aller Interesse dankbar und wünsche dem bei diesem Einsatz "
         "verletzten Polizeibeamten schnelle Genesung.\"")
HG_P3 = ("Weitere Informationen zu dem Sachverhalt können Sie der Pressemitteilung des Polizeipräsidiums Rostock entneh-men: "
         "https://www.presseportal.de/blaulicht/pm/108746/5614591")

add(id="ho508-ots-im-mv-2023-09-pegel-angriff-polizei-hagenow",
    title=HG_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5614900",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, September 2023 by the crawl date; the crawl date prefix ' date 2023-09' and the newsroom "
              "label dropped (rule 2731); headline with its ots prefix and label and the dateline 'Schwerin (ots)' as lines "
              "of their own as stored; the closing paragraph that points to the release of the Polizeipräsidium Rostock, with "
              "its address, kept as part of the release (rule 2800); the published 'Das vorliegend die Verhaftung' and "
              "'entneh-men' kept (rule 20); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, HG_P1, HG_P2, HG_P3],
    # the headline label after the ots prefix is Pegel's (rule 2732), in other words than the body's first quotation (rule
    # 250); `so der Minister` (rules 30, 44); `"…", ordnet Pegel ein und: "…"` gives both quotations to him, the elliptic
    # `und:` introducing the second (rule 2801); the Konjunktiv sentence between them is unmarked (rule 5); the four men, the
    # wanted man and the Polizeipräsidium Rostock say nothing
    quotes=[("\"Wer Polizei angreift, greift den Staat an\"", PEGEL),
            (cut(HG_P2, "\"Wer Polizeibeamte", "in Frage\""), PEGEL),
            (cut(HG_P2, "\"Das vorliegend", "in Frage stand\""), PEGEL),
            (cut(HG_P2, "\"Ich bin", "Genesung.\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Pegel", "Innenminister", "Minister"]})

# --- presseportal.de (ots), IM-MV, 20 September 2025: Pegel on the firefighters obstructed and insulted in Barth ---

BA_T = "IM-MV: Innenminister Pegel: \"Respekt und Rückhalt für unsere Feuerwehrkräfte sind unverzichtbar\""
BA_P1 = ("Innenminister Christian Pegel zeigt sich schockiert über die Vorkommnisse in Barth, bei denen Einsatzkräfte der "
         "Freiwilligen Feuerwehr während eines Rettungseinsatzes behindert und beleidigt wurden.")
BA_P2 = ("\"Ich bin erschüttert über das Verhalten einzelner Menschen, die Feuerwehrleute in Barth während eines Einsatzes "
         "beschimpft und sogar gestört haben. Dieses Verhalten ist in keiner Weise zu entschuldigen. Feuerwehrfrauen und "
         "-männer stellen in akuten Notlagen ihre eigene Sicherheit hinten an, um anderen Menschen zu helfen. Wer sie dabei "
         "behindert oder gar beleidigt, handelt nicht nur respektlos, sondern gefährdet auch Menschenleben\", sagt Minister "
         "Christian Pegel und ergänzt:")
BA_P3 = ("\"Unsere Freiwilligen Feuerwehren sind das Rückgrat des Brand- und Katastrophenschutzes in unserem Land. Ohne die "
         "vielen tausend Ehrenamtlichen wäre schnelle Hilfe in Notlagen schlicht nicht möglich. Dieses Engagement verdient "
         "unsere höchste Anerkennung, Unterstützung und vor allem Respekt. Es ist ein Ehrenamt, das nicht selbstverständlich "
         "ist. Ich danke den Kameradinnen und Kameraden der Feuerwehr Barth und allen ehrenamtlich Engagierten in den "
         "Feuerwehren unseres Landes, die sich 365 Tage im Jahr 24 Stunden am Tag für uns alle einsetzen. Wir alle sind Ihnen "
         "zu Dank und Respekt verpflichtet.\"")

add(id="ho508-ots-im-mv-2025-09-20-pegel-feuerwehr-barth",
    title=BA_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6121576",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 20 September 2025 by the crawl date; the crawl date prefix ' date 2025-09-20' and the newsroom label "
              "dropped (rule 2731); headline with its ots prefix and label as the first line; the stored copy gives no "
              "dateline, and none is added (rule 2800); the published 'hinten an' and 'sind Ihnen zu Dank' kept (rule 20); "
              "complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[BA_P1, BA_P2, BA_P3],
    # the headline label is Pegel's (rule 2732); `"…", sagt Minister Christian Pegel und ergänzt:` closes its paragraph, and
    # the colon of `ergänzt` introduces the next paragraph's quotation (rules 9, 2065); the firefighters of Barth, the people
    # who obstructed them and the Ehrenamtliche say nothing
    quotes=[("\"Respekt und Rückhalt für unsere Feuerwehrkräfte sind unverzichtbar\"", PEGEL),
            (cut(BA_P2, "\"Ich bin", "Menschenleben\""), PEGEL),
            (BA_P3, PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister Pegel", "Minister Christian Pegel",
                     "Innenminister"]})

# --- presseportal.de (ots), IM-MV, 19 September 2025: the integration commissioner Jana Michael moves into the ministry ---

IB_T = "IM-MV: Integrationsbeauftragte des Landes nun im Innenministerium"
IB_P1 = ("Der Bereich Integration wurde innerhalb der Landesregierung Mecklenburg-Vorpommern mit dem Bereich Migration im "
         "Ministerium für Inneres und Bau zusammengeführt. Auch die Integrationsbeauftragte des Landes ist künftig dem "
         "Innenministerium zugeordnet.")
IB_P2 = ("Die Neuausrichtung verdeutlicht: Integration soll von Anfang an mitgedacht werden, wenn Menschen mit "
         "Einwanderungsgeschichte nach Mecklenburg-Vorpommern kommen. Integration ist eine Querschnittsaufgabe, die soziale, "
         "migrationsrechtliche, sicherheitspolitische und gesellschaftliche Dimensionen miteinander verbindet. Durch die "
         "Ansiedlung im Innenministerium kann Integration eng mit Fragen der Migration, des Staatsangehörigkeitsrechts und der "
         "Sicherheitspolitik verzahnt werden.")
IB_P3 = ("Auch die Integrationsbeauftragte, Jana Michael, wird ihre Aufgaben künftig aus dem Innenministerium heraus "
         "wahrnehmen und die Kontinuität in Projekten, Beziehungen zu Migrant:innenorganisationen und zu kommunalen Akteuren "
         "gewährleisten.")
IB_P4 = ("\"Integration ist mehr als soziale Fürsorge - sie betrifft Gesetzeslage, Sicherheit und das Miteinander der "
         "Menschen. Die neue Heimat im Innenministerium bietet die Chance, über Abteilungsgrenzen hinweg besser zu "
         "koordinieren. Für mich bedeutet dies, dass wichtige Aufgaben wie Teilhabe, Anerkennung und Empowerment von "
         "Zugewanderten fest eingebunden werden\", betont Frau Michael.")

add(id="ho508-ots-im-mv-2025-09-19-integrationsbeauftragte-michael",
    title=IB_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6121368",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 19 September 2025 by the crawl date; the crawl date prefix ' date 2025-09-19' and the newsroom label "
              "dropped (rule 2731); the image widget lines 'Bild-Infos' and 'Download' between headline and dateline dropped "
              "(rule 2800); headline and dateline 'Schwerin (ots)' as lines of their own as stored; the footer 'Original-Content "
              "von: …, übermittelt durch news aktuell' dropped (rule 2731); the published 'Migrant:innenorganisationen' kept "
              "(rule 20); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, IB_P1, IB_P2, IB_P3, IB_P4],
    # `betont Frau Michael` is the commissioner named in the paragraph before (rule 2803); the colon after `Die Neuausrichtung
    # verdeutlicht:` introduces the release's own unmarked statement (rule 5); the minister is not named and says nothing
    quotes=[(cut(IB_P4, "\"Integration", "eingebunden werden\""), MICHAEL)],
    aliases={MICHAEL: ["Jana Michael", "Frau Michael", "Integrationsbeauftragte"]})

# --- presseportal.de (ots), IM-MV, 20 September 2025: Pegel at the OPEN CAMPUS of the Fachhochschule in Güstrow ---

OC_T = ("IM-MV: Innenminister Christian Pegel beim OPEN CAMPUS in Güstrow - eine klare Botschaft für die Nachwuchsgewinnung "
        "der Landespolizei")
OC_P1 = ("Innenminister Christian Pegel hat heute den OPEN CAMPUS an der Fachhochschule für öffentliche Verwaltung, Polizei "
         "und Rechtspflege in Güstrow besucht. Die Veranstaltung richtete sich an junge Menschen, die sich für eine Laufbahn "
         "bei der Polizei interessieren.")
OC_P2 = ("Im Gespräch mit Studierenden, Lehrkräften sowie Besucherinnen und Besuchern des OPEN CAPUS informierte sich "
         "Innenminister Christian Pegel über die Herausforderungen, mit denen die Fachhochschule bei der Nachwuchsgewinnung "
         "konfrontiert ist, sowie über die Themen, die potenzielle Bewerberinnen und Bewerber im Hinblick auf eine Karriere bei "
         "der Polizei interessieren.")
OC_P3 = ("\"Wir brauchen engagierte junge Menschen, die Verantwortung übernehmen wollen. Der Polizeiberuf bietet eine sichere "
         "Perspektive, anspruchsvolle Aufgaben und eine wichtige Rolle für unsere Gesellschaft. Die Nachwuchsförderung in der "
         "Polizei gehört zu den zentralen Zukunftsaufgaben des Landes\", so Innenminister Christian Pegel.")
OC_P4 = ("Zugleich betonte er die Rolle der Fachhochschule: \"Güstrow ist das Zentrum für die Ausbildung unserer Polizei. Hier "
         "wird die Grundlage für Professionalität und Einsatzbereitschaft gelegt und ist somit ein entscheidender Faktor für "
         "die Sicherheit in Mecklenburg-Vorpommern.\"")
OC_P5 = "Hintergrund:"
OC_P6 = ("https://www.fh-guestrow.de/ Der OPEN CAMPUS bot zahlreichen Interessierten die Gelegenheit, sich umfassend über "
         "Studium, Ausbildung und Karrierewege bei der Polizei zu informieren.")

add(id="ho508-ots-im-mv-2025-09-20-pegel-open-campus-guestrow",
    title=OC_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6121609",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 20 September 2025 by the crawl date and 'heute'; the crawl date prefix ' date 2025-09-20' and the "
              "newsroom label dropped (rule 2731); headline as the first line; the stored copy gives no dateline, and none is "
              "added (rule 2800); the subheading 'Hintergrund:' kept as a line of its own and the paragraph after it, which "
              "begins with the address of the Fachhochschule, kept as stored (rules 13, 2800); the published 'OPEN CAPUS' "
              "kept (rule 20); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[OC_P1, OC_P2, OC_P3, OC_P4, OC_P5, OC_P6],
    # `so Innenminister Christian Pegel`; `Zugleich betonte er die Rolle der Fachhochschule: "…"` is his, the pronoun going
    # back to him and the Fachhochschule being the object of his stress, not a speaker (rules 8, 9); the students, teachers and
    # visitors say nothing
    quotes=[(cut(OC_P3, "\"Wir brauchen", "des Landes\""), PEGEL),
            (cut(OC_P4, "\"Güstrow", "Vorpommern.\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister"]})

# --- presseportal.de (ots), IM-MV, August 2023: 157 new trainees for the mittlerer Dienst; Pegel and Stefan Metzger ---

PM_T = ("IM-MV: Innenminister Christian Pegel: \"Großer Zuspruch für Ausbildung zur Polizeimeisterin und zum "
        "Polizeimeister\"")
PM_P1 = ("Heute haben 157 junge Frauen und Männer an der Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege "
         "des Landes Mecklenburg-Vorpommern in Güstrow ihre Ausbildung zum Polizeimeister bzw. zur Polizeimeisterin begonnen.")
PM_P2 = ("\"Wir freuen uns sehr, dass unser Ausbildungsangebot für den mittleren Polizeivollzugsdienst in diesem Jahr so "
         "großen Zuspruch erfährt. Ursprünglich sollten 125 neue Anwärterinnen und Anwärter eingestellt werden. Wegen der "
         "guten Bewerbungslage haben wir die Anzahl der Ausbildungsplätze erhöht. Das ist nicht selbstverständlich in Zeiten, "
         "in denen aufgrund der demografischen Entwicklung in unserem Land nahezu alle Branchen um Nachwuchs ringen\", sagt "
         "Innenminister Christian Pegel.")
PM_P3 = ("Gründe für den Andrang sieht er unter anderem im Engagement der Fachhochschule, im ganzen Land für die Ausbildung "
         "zu werben: \"Im Jahr 2022 waren die Einstellungsberater des Zentralen Auswahl- und Einstellungsdienstes der "
         "Fachhochschule an 132 Tagen zur Nachwuchsgewinnung sowohl in Mecklenburg-Vorpommern als auch außerhalb unterwegs, um "
         "die jungen Menschen in persönlichen Gesprächen von einer Bewerbung bei der Polizei M-V zu überzeugen\", so Dr. Stefan "
         "Metzger, Direktor der Fachhochschule. \"Hinzu kommt, dass wir im Bewerbungsfenster mit einem neuen Karriere-Account "
         "auf Instagram sowie einer neuen Webseite online gegangen sind\", sagt Dr. Stefan Metzger weiter.")

add(id="ho508-ots-im-mv-2023-08-pegel-metzger-ausbildung-polizeimeister",
    title=PM_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5571529",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, August 2023 by the crawl date; the crawl date prefix ' date 2023-08' and the newsroom "
              "label dropped (rule 2731); headline with its ots prefix and label and the dateline 'Schwerin (ots)' as lines of "
              "their own as stored; the fourth paragraph ('Der Innenminister würdigt zudem, dass die Fachhochschule in Güstrow "
              "auch ungewöhnliche Wege geht: \"In anderen Bundesländern … aufs folgende Ausbildungsjahr ve'), cut off inside "
              "its quotation in the stored copy, dropped with it (rules 15, 2800); the published 'bzw.' kept (rule 20))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, PM_P1, PM_P2, PM_P3],
    # the headline label is Pegel's (rule 2732; the body's first quotation speaks of the same `Zuspruch`, rule 250); `"…",
    # sagt Innenminister Christian Pegel`; the colon after `Gründe … sieht er …:` does not make the next quotation Pegel's,
    # since the cue after it names Stefan Metzger (rule 2802), whose `"…", sagt Dr. Stefan Metzger weiter` follows; canonical
    # without the academic title (rule 181); `Direktor der Fachhochschule` names the Fachhochschule and is no alias (rule 33)
    quotes=[("\"Großer Zuspruch für Ausbildung zur Polizeimeisterin und zum Polizeimeister\"", PEGEL),
            (cut(PM_P2, "\"Wir freuen", "Nachwuchs ringen\""), PEGEL),
            (cut(PM_P3, "\"Im Jahr 2022", "zu überzeugen\""), METZGER),
            (cut(PM_P3, "\"Hinzu kommt", "gegangen sind\""), METZGER)],
    aliases={PEGEL: ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister"],
             METZGER: ["Stefan Metzger", "Dr. Stefan Metzger"]})

# --- presseportal.de (ots), IM-MV, November 2023: Pegel swears in 241 police trainees in Güstrow ---

VE_T = "IM-MV: Innenminister Christian Pegel vereidigt 241 Polizeianwärter in Güstrow"
VE_P1 = ("Landesinnenminister Christian Pegel hat heute 241 Berufsanfängerinnen und Berufsanfänger der Polizei "
         "Mecklenburg-Vorpommern feierlich in der Sport- und Kongresshalle in Güstrow vereidigt. 165 (davon 38 Frauen) begannen "
         "in diesem Jahr ihre zweijährige Ausbildung (mittlerer Dienst), die weiteren 76 (davon 26 Frauen) ihr dreijähriges "
         "Bachelorstudium (gehobener Dienst) an der Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege des "
         "Landes Mecklenburg-Vorpommern in Güstrow.")
VE_P2 = ("\"Ich freue mich sehr, dass Sie sich für eine Ausbildung bzw. ein Studium bei unserer Landespolizei entschieden "
         "haben. Es erwarten Sie spannende wie auch mit Sicherheit anstrengende Monate der Ausbildung. Mit Ihrem heute "
         "geleisteten Amtseid stehen Sie in besonderer Weise für den Erhalt der freiheitlich-demokratischen Grundordnung ein "
         "und verpflichten sich für den Schutz unserer Bürgerinnen und Bürger\", sagte Innenminister Christian Pegel und: \"Ich "
         "freue mich, dass es mit den eingesetzten Maßnahmen durch die Mitarbeiterinnen und Mitarbeiter der Fachhochschule "
         "gelungen ist, die Zahl der Anwärterinnen und Anwärter des vorigen Jahres noch einmal zu steigern: von 223 auf für "
         "dieses Jahr 241 Frauen und Männer.\"")
VE_P3 = ("Die Mitarbeiterinnen und Mitarbeiter der Fachhochschule haben im ganzen Land für die Ausbildung geworben: \"Die "
         "Einstellungsberater des Zentralen Auswahl- und Einstellungsdienstes der Fachhochschule waren sowohl in "
         "Mecklenburg-Vorpommern als auch außerhalb unterwegs, um die jungen Menschen in persönlichen Gesprächen von einer "
         "Bewerbung bei der Polizei M-V zu überzeugen. Und auch die Social-Media-Plattformen haben wir aktiv genutzt\", "
         "erklärte der Minister weiter.")

add(id="ho508-ots-im-mv-2023-11-pegel-vereidigung-polizeianwaerter",
    title=VE_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5651566",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, November 2023 by the crawl date and 'heute'; the crawl date prefix ' date 2023-11' and "
              "the newsroom label dropped (rule 2731); headline as the first line; the stored copy gives no dateline, and none "
              "is added (rule 2800); the fourth paragraph ('Die Polizei ist eine wesentliche Säule der Demok'), cut off in the "
              "stored copy, dropped (rules 15, 2800); the published 'bzw.' and 'von 223 auf für dieses Jahr' kept (rule 20))",
    license=OTS_LAND_MINISTRY,
    paras=[VE_P1, VE_P2, VE_P3],
    # `"…", sagte Innenminister Christian Pegel und: "…"` gives both quotations to him (rule 2801); the colon after the
    # sentence on the Fachhochschule staff does not make them the speakers, since the cue after the quotation names the
    # minister (rule 2802; `der Minister` is Pegel, rules 30, 44); the trainees addressed as `Sie` say nothing
    quotes=[(cut(VE_P2, "\"Ich freue mich sehr", "Bürger\""), PEGEL),
            (cut(VE_P2, "\"Ich freue mich, dass es", "Männer.\""), PEGEL),
            (cut(VE_P3, "\"Die Einstellungsberater", "genutzt\""), PEGEL)],
    aliases={PEGEL: ["Christian Pegel", "Landesinnenminister Christian Pegel", "Innenminister Christian Pegel",
                     "Innenminister", "Minister"]})

# --- presseportal.de (ots), IM-MV, 29 April 2022: press invitation for the handover of the 100th of 265 fire engines ---

LF_T = "IM-MV: Malchow: Christian Pegel übergibt 100. von 265 neuen Löschfahrzeugen"
LF_P1 = ("Am morgigen Sonnabend übergibt Innenminister Christian Pegel 16 Löschfahrzeuge an Feuerwehren in allen sechs "
         "Landkreisen Mecklenburgs-Vorpommerns. Darunter ist auch das 100. der insgesamt 265 Löschfahrzeuge, die das Land im "
         "Rahmen des 50-Millionen-Programms \"Zukunftsfähige Feuerwehr\" den Feuerwehren im Land zur Verfügung stellt. Das 100. "
         "Fahrzeug geht an die Freiwillige Feuerwehr Mallin im Landkreis Mecklenburgische Seenplatte. Mit dem Termin am "
         "Sonnabend sind dann insgesamt 101 Fahrzeuge des Typs TSF-W (Tragkraftspritzfahrzeug-Wasser) davon verteilt. Die "
         "übrigen werden bis 2023 hergestellt und ausgeliefert.")
LF_P2 = ("Medienvertreterinnen und -vertreter sind unter Beachtung der Abstands- und Hygieneregeln herzlich zur Übergabe der "
         "16 Fahrzeuge eingeladen.")
LF_L = ["Termin: Sonnabend, 30. April 2022, 11.30 Uhr",
        "Ort: 17213 Malchow, Landesschule für Brand- und Katastrophenschutz M-V, Strandstraße 12, Außenstandort Damerow",
        "Jeweils eines der neuen Fahrzeuge, die speziell für Mecklenburg-Vorpommern konzipiert wurden, erhalten:",
        "Ludwigslust-Parchim:",
        "Freiwillige Feuerwehr Tessin, Freiwillige Feuerwehr Zühr, Freiwillige Feuerwehr Tessenow",
        "Mecklenburgische Seenplatte:",
        "Freiwillige Feuerwehr Kalübbe, Freiwillige Feuerwehr Zepkow, Freiwillige Feuerwehr Mallin",
        "Nordwestmecklenburg:",
        "Freiwillige Feuerwehr Börzow-Gostorf, Freiwillige Feuerwehr Groß Molzahn",
        "Landkreis Rostock:",
        "Ortsfeuerwehr Dölitz, Freiwillige Feuerwehr Finkenthal",
        "Vorpommern-Greifswald:",
        "Freiwillige Feuerwehr Dargelin, Freiwillige Feuerwehr Altwigshagen, Freiwillige Feuerwehr Hammer a.d. Uecker, "
        "Freiwillige Feuerwehr Menzlin, Freiwillige Feuerwehr Ladenthin",
        "Vorpommern-Rügen:",
        "Freiwillige Feuerwehr Klausdorf"]

add(id="ho508-ots-im-mv-2022-04-29-pegel-loeschfahrzeuge-malchow",
    title=LF_T,
    url="https://presseportal.de/blaulicht/pm/108531/5208701",
    retrieved="same address (press invitation of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern "
              "sent over ots, newsroom 108531, 29 April 2022 by 'Am morgigen Sonnabend' and the date of the appointment, "
              "Sonnabend, 30. April 2022; the newsroom label dropped (rule 2731); the stored copy gives the release's lines "
              "separated by single line breaks, and each is kept as a line, the headline first, then the dateline 'Schwerin "
              "(ots)', the appointment lines and the list of Landkreise with their brigades as stored (rules 2261, 2800); the "
              "contact block 'Rückfragen bitte an: Ministerium für Inneres, Bau und Digitalisierung / Mecklenburg-Vorpommern / "
              "Telefon … / E-Mail … / https:/', cut off in the stored copy, dropped (rule 2731); the published "
              "'Mecklenburgs-Vorpommerns' kept (rule 20))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, LF_P1, LF_P2] + LF_L,
    # the programme's name in marks is null (rule 24); the headline `IM-MV: Malchow: Christian Pegel übergibt …` has no marks
    # and no span (rule 5); Pegel and the brigades listed say nothing in this invitation
    quotes=[("\"Zukunftsfähige Feuerwehr\"", None)],
    aliases={})
