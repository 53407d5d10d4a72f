# Five-hundred-and-sixty-eighth held-out German real-news set (tests/data/heldout568-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3320-3325). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal release number or StMI release
# number, address slug, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixty-eighth held-out set": eight releases of the Ministry of the Interior
# of Mecklenburg-Vorpommern (headline code 'IM-MV:', 'Ministerium für Inneres und Europa' in 2021, 'Ministerium für Inneres,
# Bau und Digitalisierung' 2021-2024, 'Ministerium für Inneres und Bau' since) sent over ots by news aktuell and shown in the
# ministry's newsroom 108531 on presseportal.de (licence OTS_LAND_MINISTRY): Torsten Renz at the swearing-in of 236 police
# trainees in Güstrow (November 2021), Christian Pegel presenting the Verfassungsschutzbericht 2021 (August 2022), Pegel and
# the new Catholic police chaplain Christina Innemann at her induction (autumn 2022), the press invitation and the release of
# the handover of forest-fire kits (April 2023), Pegel on the searches in his ministry (September 2025), on the 75th
# anniversary of the Munitionsbergungsdienst and on the state secretary Wolfgang Schmülling's request to be relieved of his
# office (both October 2025); and one regional press release of the Bavarian State Ministry of the Interior (licence BAYSTMI):
# Sandro Kirchner at the 150th anniversary of the Freiwillige Feuerwehr Petersaurach (May 2025). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs and list items are kept (rules 15, 17),
# page and wire furniture is dropped (rules 2261, 2731, 2800, 3320), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BAYSTMI, OTS_LAND_MINISTRY  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


PEGEL = "Christian Pegel"
INNEMANN = "Christina Innemann"
RENZ = "Torsten Renz"
KIRCHNER = "Sandro Kirchner"
DL = "Schwerin (ots)"
PEGEL_FORMS = ["Christian Pegel", "Innenminister Christian Pegel", "Innenminister"]

# --- presseportal.de (ots), IM-MV, November 2021: Torsten Renz at the swearing-in of 236 police trainees in Güstrow ---

VE_T = ("IM-MV: Vereidigung der Polizei in Güstrow/ Innenminister Renz: Sie übernehmen Verantwortung für unser Land")
VE_P1 = ("236 Berufsanfängerinnen und Berufsanfänger der Landespolizei Mecklenburg-Vorpommern haben heute mit ihrer "
         "Vereidigung in einer feierlichen Veranstaltung in der Sport- und Kongresshalle in Güstrow einen ganz besonderen Tag "
         "erlebt. 174 (davon 47 Frauen) begannen in diesem Jahr ihre zweijährige Ausbildung (mittlerer Dienst), die weiteren "
         "75 (davon 23 Frauen) ihr dreijähriges Bachelorstudium (gehobener Dienst) an der Fachhochschule für öffentliche "
         "Verwaltung, Polizei und Rechtspflege des Landes Mecklenburg-Vorpommern in Güstrow. 13 Polizei-Anwärter/-innen "
         "konnten aus unterschiedlichen Gründen heute nicht dabei sein und werden zu einem späteren Zeitpunkt vereidigt.")
VE_P2 = ("In seiner Festrede beglückwünschte Innenminister Torsten Renz den Polizei-Nachwuchs. \"Der Polizeiberuf ist "
         "rechtlich, fachlich, körperlich und psychisch fordernd. Seien Sie stolz auf sich, Sie haben sich im Auswahlverfahren "
         "durchgesetzt. Sie verkörpern den Aufbruch in eine jüngere, dynamische und noch leistungsfähigere Landespolizei. Denn "
         "wir haben in den letzten Jahren deutlich gemacht, dass die früheren Sparrunden bei der Polizei der Vergangenheit "
         "angehören müssen. Auch dieser Jahrgang ist deshalb Ergebnis des Stellenaufwuchses bei der Polizei.\"")
VE_P3 = ("Die Polizei ist eine wesentliche Säule der Demokratie, ein unverzichtbarer Bestandteil des Rechtstaates. Dieser "
         "besonderen Verantwortung müssen sich alle angehenden Polizistinnen und Polizisten bewusst sein.")

add(id="ho568-ots-im-mv-2021-11-renz-vereidigung-guestrow",
    title=VE_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5071417",
    retrieved="same address (release of the Ministerium für Inneres und Europa Mecklenburg-Vorpommern sent over ots and shown "
              "in its presseportal newsroom 108531, November 2021 by the crawl date and 'haben heute mit ihrer Vereidigung'; "
              "the crawl date prefix ' date 2021-11' and the newsroom label 'Ministerium für Inneres und Europa "
              "Mecklenburg-Vorpommern' dropped (rules 2731, 3320); headline with its ots code as the first line and the "
              "dateline 'Schwerin (ots)' a line of its own as stored; the fourth paragraph ('\"Sie schwören heute einen Eid, "
              "… Das ist Grundvoraussetzung dafür, dass die Me'), cut off inside a quotation in the stored copy, dropped with "
              "it (rule 15); the published 'Güstrow/ Innenminister', 'Polizei-Anwärter/-innen' and 'Rechtstaates' kept (rule "
              "20))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, VE_P1, VE_P2, VE_P3],
    # the cue-less quotation right after `In seiner Festrede beglückwünschte Innenminister Torsten Renz den Polizei-Nachwuchs.`
    # is his (rule 3324); the headline label `Innenminister Renz: Sie übernehmen …` has no marks and no span (rule 5); the
    # ministry's unmarked sentences on the police as a pillar of democracy are no quotation (rule 5); the trainees say nothing
    quotes=[(cut(VE_P2, "\"Der Polizeiberuf", "bei der Polizei.\""), RENZ)],
    aliases={RENZ: ["Torsten Renz", "Innenminister Torsten Renz", "Innenminister Renz", "Innenminister"]})

# --- presseportal.de (ots), IM-MV, 24 August 2022: Christian Pegel presents the Verfassungsschutzbericht 2021 ---

VS_T = "IM-MV: Innenminister Christian Pegel stellte Verfassungsschutzbericht 2021 vor"
VS_P1 = ("Der Bericht des Landesamts für Verfassungsschutz fürs Jahr 2021 skizziert auf 132 Seiten die Erkenntnisse der "
         "Sicherheitsbehörde über Extremisten und ihre Aktivitäten in Mecklenburg-Vorpommern. Innenminister Christian Pegel "
         "stellte den Bericht heute in Schwerin vor.")
VS_P2 = ("\"Rechtsextremismus ist nach wie vor die größte Gefahr für unsere Demokratie. Die Zahl der Rechtsextremisten bei uns "
         "im Land ist 2021 im Vergleich zum Vorjahr leicht um 30 Personen auf 1.790 gestiegen. Davon schätzen unsere "
         "Verfassungsschützer 680 als gewaltbereit ein\", sagte Christian Pegel bei der Pressekonferenz.")
VS_P3 = ("Die Zahl der Mitglieder in rechten Parteien blieb konstant. Die größte, die NPD, verlor im Vergleich zum Vorjahr zehn "
         "ihrer 170 Mitglieder und konnte bei Bundes- und Landtagswahl nicht mehr an den Stand vergangener Wahlkämpfe "
         "anknüpfen. Die Partei \"Der III. Weg\" verzeichnete 2021 in M-V 30 Mitglieder, zehn mehr als im Jahr zuvor.")
VS_P4 = ("\"Neu in der rechten Parteienlandschaft in M-V ist die \"Neue-Stärke-Partei, die 2021 in Thüringen gegründet wurde "
         "und seit Mai 2022 eine Abteilung M-V' mit einem Personenpotenzial im unteren zweistelligen Bereich hat\", so Pegel.")
VS_SUB = "Das \"Nordkreuz\"-Netzwerk"
VS_P5 = ("Dieser waffenaffine rechtsextremistische Personenzusammenschluss steht seit Jahren im Fokus der Sicherheitsbehörden. "
         "\"Seit bekannt wurde, dass dort auch Mitarbeiter unserer Polizei aktiv sind, hat unsere Landespolizei intensiv an der "
         "Aufdeckung gearbeitet. Sie hat nach Auftauchen der ersten Hinweise auf das, Nordkreuz'-Netzwerk gründlich und "
         "umfassend ermittelt und allein in diesem Zusammenhang 18 Fälle möglicher Verletzungen der politischen Treuepflicht "
         "ermittelt\", so Christian Pegel.")

add(id="ho568-ots-im-mv-2022-08-24-pegel-verfassungsschutzbericht-2021",
    title=VS_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5304438",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, 24 August 2022 by the crawl date, 'stellte den Bericht heute in Schwerin vor' and the "
              "ministry's invitation of 23 August 2022 for the press conference 'morgen', Wednesday 24 August, seen on "
              "verfassungsschutz-mv.de; the crawl date prefix ' date 2022-08' and the newsroom label dropped (rules 2731, "
              "3320); the stored copy gives no dateline between headline and lead, and none is added (rule 2800); the "
              "subheading 'Das \"Nordkreuz\"-Netzwerk' kept as a line of its own (rule 13); the last paragraph ('Von den bei "
              "der Polizei eingeleiteten Verfahren endeten ach'), cut off in the stored copy, dropped (rule 15); the "
              "published inner marks '\"Neue-Stärke-Partei, … M-V'' and ', Nordkreuz'' kept as stored (rules 20, 3321))",
    license=OTS_LAND_MINISTRY,
    paras=[VS_P1, VS_P2, VS_P3, VS_P4, VS_SUB, VS_P5],
    # `"…", sagte Christian Pegel bei der Pressekonferenz`, `"…", so Pegel` and `"…", so Christian Pegel` (rules 30, 44);
    # the fourth paragraph is one span of Pegel from its first ASCII mark to the mark before `, so Pegel`, the mismatched
    # inner pair `"Neue-Stärke-Partei, … M-V'` inside it (rule 3321); the comma-and-apostrophe pair `, Nordkreuz'` stays inside
    # the last span (rules 802, 3321); the party name `"Der III. Weg"` in the ministry's own sentence is null (rule 2), and so
    # is the network's name in the subheading (rule 3322); the NPD, the Landespolizei and the Verfassungsschützer say nothing
    quotes=[(cut(VS_P2, "\"Rechtsextremismus", "gewaltbereit ein\""), PEGEL),
            ("\"Der III. Weg\"", None),
            (cut(VS_P4, "\"Neu in", "Bereich hat\""), PEGEL),
            ("\"Nordkreuz\"", None),
            (cut(VS_P5, "\"Seit bekannt", "ermittelt\""), PEGEL)],
    aliases={PEGEL: PEGEL_FORMS + ["Pegel"]})

# --- presseportal.de (ots), IM-MV, autumn 2022: Pegel inducts the Catholic police chaplain Christina Innemann ---

SE_T = "IM-MV: Christian Pegel führt neue katholische Polizeiseelsorgerin ins Amt ein"
SE_P1 = ("Bei einem Gottesdienst hat Innenminister Christian Pegel heute die Diplom-Theologin Christina Innemann in ihr Amt als "
         "neue katholische Polizeiseelsorgerin für Mecklenburg-Vorpommern eingeführt.")
SE_P2 = ("\"Mit der Seelsorge bieten wir unseren Polizistinnen und Polizisten einen Schutzraum, in dem sie ihre schwierigen "
         "Aufgaben und oftmals belastenden Erlebnisse verarbeiten können\", sagte Innenminister Christian Pegel bei der "
         "Amtseinführung in Schwerin und fügte hinzu:")
SE_P3 = ("\"An den Beruf der Polizeiseelsorge werden hohe ethische Anforderungen gestellt. Der Alltag der Polizeiseelsorge ist "
         "geprägt von Begegnungen mit Polizistinnen und Polizisten in den Dienststellen, bei Weiterbildungen oder im "
         "Ethikunterricht während der Ausbildung unserer Polizistinnen und Polizisten an der Fachhochschule in Güstrow.\"")
SE_P4 = ("\"Die katholische Kirche schickt Seelsorgerinnen wie mich ganz bewusst in Aufgabenbereiche außerhalb des Kirchturms, "
         "um Menschen unabhängig von ihrer religiösen oder weltanschaulichen Orientierung zu begleiten. Mit meiner Arbeit stehe "
         "ich für Menschlichkeit und Menschenwürde als Bestandteil des christlichen Menschenbildes ein. Ich wünsche mir, dass "
         "unsere Polizistinnen und Polizisten diese Unterstützung annehmen. Seelsorge ist eine Ergänzung zu anderen Angeboten, "
         "beispielsweise denen der sozialen Ansprechpartner oder des sozialpsychologischen Dienstes\", sagte Christina Innemann "
         "in ihrer Ansprache.")
SE_P5 = ("Sie wurde 1980 in Pasewalk geboren und studierte katholische Theologie in Frankfurt am Main und Freiburg im Breisgau. "
         "Nach dem Studium arbeitete sie als Jugendreferentin in Mecklenburg. Anschließend absolvierte sie eine "
         "berufsbegleitende kirchliche Ausbildung. Seitdem trägt sie als Seelsorgerin die Berufsbezeichnung "
         "\"Pastoralreferentin\".")

add(id="ho568-ots-im-mv-2022-pegel-innemann-polizeiseelsorgerin",
    title=SE_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5370043",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, autumn 2022 by its release number, between 5304438 of 24 August 2022 and 5493456 of "
              "April 2023, and by 'heute … eingeführt'; the stored copy has no crawl date prefix; the newsroom label dropped "
              "(rules 2731, 3320); headline and dateline 'Schwerin (ots)' as lines of their own as stored; the last paragraph "
              "('Christina Innemann leitete die Studierendenseelsorge in Rostock und w'), cut off in the stored copy, dropped "
              "(rule 15))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, SE_P1, SE_P2, SE_P3, SE_P4, SE_P5],
    # `"…", sagte Innenminister Christian Pegel … und fügte hinzu:` closes its paragraph, and the colon introduces the next
    # paragraph's quotation as his (rules 2065, 2801); `"…", sagte Christina Innemann in ihrer Ansprache` (rule 44), the
    # `mich` and `meiner Arbeit` hers; the job title in marks after `trägt sie … die Berufsbezeichnung` is null (rule 3325);
    # `Diplom-Theologin` and `Polizeiseelsorgerin` name only her and are aliases (rule 44)
    quotes=[(cut(SE_P2, "\"Mit der Seelsorge", "verarbeiten können\""), PEGEL),
            (SE_P3, PEGEL),
            (cut(SE_P4, "\"Die katholische", "Dienstes\""), INNEMANN),
            ("\"Pastoralreferentin\"", None)],
    aliases={PEGEL: PEGEL_FORMS,
             INNEMANN: ["Christina Innemann", "Diplom-Theologin Christina Innemann", "Polizeiseelsorgerin"]})

# --- presseportal.de (ots), IM-MV, April 2023: press invitation for the handover of forest-fire kits ---

WE_T = "IM-MV: Presseeinladung: Ministerium unterstützt bei Waldbrandvorsorge"
WE_P1 = ("Landesinnenminister Christian Pegel übergibt am Mittwoch im Katastrophenschutzlager des Landes "
         "Mecklenburg-Vorpommern Zusatzbeladungssätze für den Einsatz bei Waldbränden an Vertreter der Landkreise. Eine "
         "Zusatzbeladung enthält u.a. einen Werkzeug- und Geräterucksack, zwei Löschrucksäcken mit Befülleinrichtungen, "
         "Gesichtsschutz mit Filter, Schutzbrillen sowie ein Multifunktionswerkzeug.")
WE_P2 = ("Medienvertreterinnen und -vertreter sind zum Termin herzlich eingeladen. Für die Teilnahme sind eine Anmeldung und "
         "eine Verschwiegenheitserklärung über den Lagerort zwingende Voraussetzung. Bitte halten Sie ihren aktuellen "
         "Presseausweis bereit. Der Ort wird Ihnen nach Anmeldung und Zustimmung zur Verschwiegenheitserklärung mitgeteilt.")
WE_P3 = ("Bitte teilen Sie uns bis Mittwoch, 11 Uhr, per E-Mail an presse@im.mv-regierung.de Ihren Namen und das Medium mit, "
         "für das Sie vor Ort sind. Dann wird Ihnen auch die Adresse des Übergabeortes mitgeteilt. Vielen Dank für Ihr "
         "Verständnis.")
WE_L1 = "Termin: Mittwoch, 26. April 2023, 14 Uhr"
WE_L2 = ("Ort: Ein Lager des Landesamtes für zentrale Aufgaben und Technik der Polizei, Brand- und Katastrophenschutz M-V")
WE_P4 = ("Das Land M-V hat in Umsetzung zum \"Konzept Waldbrandschutz in Mecklenburg-Vorpommern\" sowie in Umsetzung des "
         "\"Aktionsplanes zum Konzept Waldbrandschutz in Mecklenburg-Vorpommern\" diese einheitlichen Zusatzbeladungssätze "
         "\"Waldbrand\" beschafft.")

add(id="ho568-ots-im-mv-2023-04-pegel-presseeinladung-waldbrandvorsorge",
    title=WE_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5493456",
    retrieved="same address (press invitation of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern "
              "sent over ots, newsroom 108531, April 2023 by the crawl date and the appointment 'Mittwoch, 26. April 2023', "
              "announced as 'am Mittwoch'; the crawl date prefix ' date 2023-04' and the newsroom label dropped (rules 2731, "
              "3320); headline and dateline 'Schwerin (ots)' as lines of their own, the appointment lines 'Termin: …' and "
              "'Ort: …' kept as lines as stored (rule 3320); this copy ends after the last paragraph; a second stored copy "
              "(https://presseportal.de/blaulicht/pm/108531/5493456) shows the same text with the contact block 'Rückfragen "
              "bitte an: Ministerium für Inneres, Bau und Digitalisierung …' and the footer 'Original-Content von: Ministerium "
              "für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern, übermittelt durch news aktuell', which name the "
              "sender; the published 'zwei Löschrucksäcken' and 'ihren aktuellen Presseausweis' kept (rule 20); complete as "
              "stored)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, WE_P1, WE_P2, WE_P3, WE_L1, WE_L2, WE_P4],
    # the names of the concept and of the action plan and the kit's label in marks are null (rule 3323); Pegel, announced as
    # handing over the kits, and the Landkreise say nothing in this invitation
    quotes=[("\"Konzept Waldbrandschutz in Mecklenburg-Vorpommern\"", None),
            ("\"Aktionsplanes zum Konzept Waldbrandschutz in Mecklenburg-Vorpommern\"", None),
            ("\"Waldbrand\"", None)],
    aliases={})

# --- presseportal.de (ots), IM-MV, 26 April 2023: Pegel hands over the forest-fire kits ---

WS_T = "IM-MV: Minister Pegel: \"Wir sind für beginnende Waldbrand-Saison gut gerüstet\""
WS_P1 = ("Trockene und besonders warme Sommer lassen die Waldbrandgefahr auch in Mecklenburg-Vorpommern steigen. Mit der "
         "heutigen Übergabe von Zusatzbeladungssätzen für den Einsatz bei Waldbränden setzt das Innenministerium das (Konzept "
         "zum Waldbrandschutz) in unserem Land weiter um.")
WS_P2 = ("\"Wir übergeben heute allen Landkreisen und kreisfreien Städte als unteren Katastrophenschutzbehörden mindestens "
         "zwei dieser speziellen Zusatzbeladungssätze. Sie enthalten jeweils einen Werkzeug- und Geräterucksack, zwei "
         "Löschrucksäcke mit Befülleinrichtungen, Gesichtsschutz mit Filter, Schutzbrillen sowie ein "
         "Multifunktionswerkzeug\", sagte Innenminister Christian Pegel und ergänzte:")
WS_P3 = ("\"Die Landkreise Mecklenburgische Seenplatte, Ludwigslust-Parchim und Vorpommern-Greifswald bekommen neun "
         "Extra-Sätze, weil sie aufgrund der großen und kampfmittelbelasteten Waldflächen besonders gefährdet sind. Die zwei "
         "Basissätze werden in den (Löschgruppenfahrzeugen Katastrophenschutz) stationiert. Die Extra-Sätze halten die unteren "
         "Katastrophenschutzeinheiten in eigener Regie vor. Sie können zentral gelagert oder bei ausgewählten Feuerwehren "
         "stationiert werden.\" Darüber hinaus werde eine Reserve von etwa 30 Beladungssätzen im Katastrophenschutzlager des "
         "Landes vorgehalten.")

add(id="ho568-ots-im-mv-2023-04-26-pegel-waldbrand-saison",
    title=WS_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/5495354",
    retrieved="same address (release of the Ministerium für Inneres, Bau und Digitalisierung Mecklenburg-Vorpommern sent over "
              "ots, newsroom 108531, 26 April 2023 by 'Mit der heutigen Übergabe' and the invitation 5493456 for that day; "
              "the crawl date prefix ' date 2023-04' and the newsroom label dropped (rules 2731, 3320); headline and dateline "
              "'Schwerin (ots)' as lines of their own as stored; the last paragraph ('\"Somit können wir mit dieser Technik … "
              "Mit unserem Konzept zum Waldbrandschutz haben wir nicht nur unser Land in de'), cut off inside a quotation in "
              "the stored copy, dropped with it (rule 15); the published parentheses '(Konzept zum Waldbrandschutz)' and "
              "'(Löschgruppenfahrzeugen Katastrophenschutz)' and 'allen Landkreisen und kreisfreien Städte' kept (rules 20, "
              "3323))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, WS_P1, WS_P2, WS_P3],
    # the headline label behind the ots code, `IM-MV: Minister Pegel: "…"`, gives the quotation to him (rules 2732, 250);
    # `"…", sagte Innenminister Christian Pegel und ergänzte:` closes its paragraph, and the colon cue with its verb introduces
    # the next paragraph's quotation as his (rules 9, 2065, 2801); the unmarked Konjunktiv sentence after it has no span
    # (rule 5); the words in parentheses get no span (rule 3323); the Landkreise and Feuerwehren say nothing
    quotes=[("\"Wir sind für beginnende Waldbrand-Saison gut gerüstet\"", PEGEL),
            (cut(WS_P2, "\"Wir übergeben", "Multifunktionswerkzeug\""), PEGEL),
            (cut(WS_P3, "\"Die Landkreise", "stationiert werden.\""), PEGEL)],
    aliases={PEGEL: PEGEL_FORMS + ["Minister Pegel"]})

# --- presseportal.de (ots), IM-MV, 17 September 2025: Pegel on the searches in his ministry ---

DU_T = "IM-MV: Durchsuchungsmaßnahmen im Innenministerium"
DU_P1 = ("Heute hat es Durchsuchungsmaßnahmen im Rahmen eines Ermittlungsverfahrens der Staatsanwaltschaft Schwerin im "
         "Ministerium für Inneres und Bau gegeben. Diese wurden von den zuständigen Ermittlungsbehörden angeordnet und "
         "durchgeführt. Zudem kam es zu Durch-suchungsmaßnahmen im Landesamt für zentrale Aufga-ben und Technik der Polizei, "
         "Brand- und Katastrophen-schutz Mecklenburg-Vorpommern (LPBK M-V).")
DU_P2 = ("Weiterhin gilt die Unschuldsvermutung. Gleichwohl wird ein Disziplinarverfahren eingeleitet werden - das ist bei "
         "Strafverfahren der übliche Weg. Üblich ist auch, dass die-ses Verfahren bis zum Abschluss des Strafverfahrens "
         "ausgesetzt wird. Innenminister Christian Pegel erklärt dazu: \"Wir nehmen die Angelegenheit sehr ernst. Das "
         "Ministerium kooperiert uneingeschränkt mit den zuständigen Ermittlungsbehör-den und unterstützt die Aufklärung des "
         "Sachverhalts.\"")
DU_P3 = ("Da es sich um ein laufendes Verfahren handelt, können derzeit keine weiteren inhaltlichen Angaben gemacht werden.")

add(id="ho568-ots-im-mv-2025-09-17-pegel-durchsuchungen-ministerium",
    title=DU_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6119839",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 17 September 2025 by the crawl date and 'Heute'; named as looked at and not used by the five-hundredth "
              "and five-hundred-and-eighth sets, in no jsonl; the crawl date prefix ' date 2025-09-17' and the newsroom label "
              "dropped (rules 2731, 3320); headline and dateline 'Schwerin (ots)' as lines of their own as stored; the "
              "visible hyphens of the copy ('Durch-suchungsmaßnahmen', 'Aufga-ben', 'Katastrophen-schutz', 'die-ses', "
              "'Ermittlungsbehör-den') kept (rules 20, 3320); complete as stored)",
    license=OTS_LAND_MINISTRY,
    paras=[DL, DU_P1, DU_P2, DU_P3],
    # the colon cue `Innenminister Christian Pegel erklärt dazu:` (rule 9); the ministry's own sentences on the presumption of
    # innocence and the disciplinary procedure are no quotation (rule 5); the Staatsanwaltschaft Schwerin says nothing
    quotes=[(cut(DU_P2, "\"Wir nehmen", "Sachverhalts.\""), PEGEL)],
    aliases={PEGEL: PEGEL_FORMS})

# --- presseportal.de (ots), IM-MV, 15 October 2025: Pegel on 75 years of the Munitionsbergungsdienst ---

MB_T = "IM-MV: 75 Jahre Munitionsbergungsdienst Mecklenburg-Vorpommern - Verantwortung, Mut, Sicherheit"
MB_P1 = ("Der Munitionsbergungsdienst Mecklenburg-Vorpommern beging heute mit einer Jubiläumsveranstaltung sein 75-jähriges "
         "Bestehen. Innenminister Christian Pegel dankte den Mitarbeiterinnen und Mitarbeitern für ihre engagierte Arbeit, die "
         "sie immer wieder unter Beweis stellen.")
MB_P2 = ("Seit mehr als sieben Jahrzehnten sorgt der Munitionsbergungsdienst, dass die Menschen und das Land vor den "
         "versteckten Gefahren vergangener Kriege geschützt sind. In diesen 75 Jahren sind die Mitarbeiterinnen und Mitarbeiter "
         "unzählige Male ausgerückt, um Munition zu bergen und unschädlich zu machen, nicht selten unter lebensgefährlichen "
         "Bedingungen. Was sich unbemerkt unter uns befindet, stellt auch heute noch eine ernstzunehmende Gefahr dar.")
MB_P3 = ("Dazu Innenminister Christian Pegel: \"Nach wie vor lagern Abertausende Tonnen an Kriegsmaterial aus zwei Weltkriegen "
         "in unseren Wäldern, auf den Äckern und in der Ostsee. Besonders heikel ist die Lage in Häfen und Küstengebieten, wo "
         "immer wieder Munition gefunden wird. Die Mitarbeiterinnen und Mitarbeiter des Munitionsbergungsdienstes in unse-rem "
         "Land verrichten ihre Arbeit stets mit großer Sorgfalt, fachmännisch und mit eiserner Disziplin und sind somit eine "
         "unentbehrliche Stütze für die Sicherheit hier in Mecklenburg-Vorpommern. 75 Jahre Präzision, Mut und Verantwortung, "
         "das ist gelebte Sicherheit für die Menschen in unserem Land. Die Mitarbeiterinnen und Mitarbeiter des "
         "Munitionsbergungsdienstes handeln mit höchster Professionalität und unermüdlichem Pflichtbewusstsein. Ihnen gilt "
         "unser Dank.\"")
MB_SUB = "Zahlen und Fakten:"
MB_L1 = "- gesamte Munitionsbelastung in Mecklenburg-Vorpommern: ca. 166.325 ha (Ostsee: 68.547 ha, Land: 97.778 ha)"
MB_L2 = "- davon sind 90.378 ha als bedenklich eingestuft"

add(id="ho568-ots-im-mv-2025-10-15-pegel-75-jahre-munitionsbergungsdienst",
    title=MB_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6138280",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 15 October 2025 by 'beging heute' and the reports of that day on the anniversary; the stored copy has "
              "no crawl date prefix; the newsroom label dropped (rules 2731, 3320); headline and dateline 'Schwerin (ots)' as "
              "lines of their own as stored; the subheading 'Zahlen und Fakten:' and the first two list items kept as lines "
              "with their '- ' as stored, the third item ('- seit 1990 wurden 2.582 t Munition bei Beräumungen und 249 t bei "
              "Soforteinsätzen geborgen, darunter'), cut off in the stored copy, dropped with the rest (rules 15, 2261, "
              "3320); the visible hyphen 'unse-rem' kept (rule 20))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, MB_P1, MB_P2, MB_P3, MB_SUB, MB_L1, MB_L2],
    # the verbless colon label `Dazu Innenminister Christian Pegel:` (rules 9, 54); the sentence before it on the hidden
    # dangers is the ministry's own and has no marks (rule 5); the Munitionsbergungsdienst and its staff, thanked, say nothing
    quotes=[(cut(MB_P3, "\"Nach wie vor", "unser Dank.\""), PEGEL)],
    aliases={PEGEL: PEGEL_FORMS})

# --- presseportal.de (ots), IM-MV, 15 October 2025: Pegel on the state secretary Schmülling's request to be relieved ---

SM_T = "IM-MV: Staatssekretär Schmülling bittet um Entbindung von seinen Aufgaben"
SM_P1 = ("Innenminister Christian Pegel wurde am Mittwoch, dem 15.10.2025, von Staatssekretär Wolfgang Schmülling darüber "
         "informiert, dass dieser die Ministerpräsidentin gebeten hat, ihn von seinen Aufgaben zu entbinden.")
SM_P2 = ("In seinem Schreiben begründet Schmülling diesen Schritt mit seiner Verantwortung gegenüber dem Amt, dem Land und den "
         "Werten der freiheitlich-demokratischen Grundordnung. In den vergangenen Wochen habe sich eine zunehmend verschärfte "
         "Debatte entfaltet, in deren Zusammenhang auch Sachverhalte aus dem Innenministerium in den Fokus geraten seien. "
         "Schmülling bedauert dies sehr, da es ihm stets ein Anliegen war, dass die Arbeit des Innenministeriums von "
         "Sachlichkeit und Respekt geprägt ist. Nach reiflicher Überlegung habe er sich für diesen Schritt entschieden, um "
         "weiteren Schaden für die Landesregierung und das Gemeinwohl abzuwenden.")
SM_P3 = ("Innenminister Christian Pegel dazu: \"Ich habe die Bitte von Herrn Schmülling mit großem Respekt entgegengenommen. "
         "Ich danke ihm sehr für sein langjähriges, engagiertes Wirken im Dienst unseres Landes. Er hat in verschiedenen "
         "Funktionen, ob auf kommunaler oder auf Landesebene, über Jahrzehnte mit Loyalität und Sachkenntnis Verantwortung "
         "übernommen. Für seine stets vertrauensvolle Zusammenarbeit und seine Verlässlichkeit bin ich ihm sehr dankbar.\"")

add(id="ho568-ots-im-mv-2025-10-15-pegel-schmuelling-entbindung",
    title=SM_T,
    url="https://www.presseportal.de/blaulicht/pm/108531/6138542",
    retrieved="same address (release of the Ministerium für Inneres und Bau Mecklenburg-Vorpommern sent over ots, newsroom "
              "108531, 15 October 2025 by the crawl date and 'am Mittwoch, dem 15.10.2025'; the crawl date prefix ' date "
              "2025-10-15' and the newsroom label dropped (rules 2731, 3320); headline and dateline 'Schwerin (ots)' as lines "
              "of their own as stored; the stored copy ends after the minister's statement, without contact block or footer; "
              "a repost on ruegen-und-mee-h-r.com continues with a statement of the Ministerpräsidentin, which is not added "
              "(rule 3320))",
    license=OTS_LAND_MINISTRY,
    paras=[DL, SM_P1, SM_P2, SM_P3],
    # the verbless colon label `Innenminister Christian Pegel dazu:` (rules 9, 54); Schmülling's reasons are reported in the
    # indicative and the Konjunktiv without marks and get no span (rule 5), and he is the person spoken about in Pegel's
    # statement (`Herrn Schmülling`, `ihm`), not its speaker; the Ministerpräsidentin says nothing in the stored copy
    quotes=[(cut(SM_P3, "\"Ich habe", "sehr dankbar.\""), PEGEL)],
    aliases={PEGEL: PEGEL_FORMS})

# --- StMI regional press release S7/2025, 10 May 2025: Kirchner at the 150th anniversary of the FF Petersaurach ---

PA_SUB = ("150. Jubiläum der Freiwilligen Feuerwehr Petersaurach: Bayerns Innenstaatssekretär Sandro Kirchner gratuliert vor "
          "Ort: \"Seit eineinhalb Jahrhunderten sind Sie mutig im Einsatz für Ihre Mitmenschen\"")
PA_P1 = ("+++ Grund zu feiern gab es heute in Petersaurach: Die dortige Freiwillige Feuerwehr beging ihr 150. Jubiläum. Bayerns "
         "Innenstaatssekretär Sandro Kirchner hat seine Glückwünsche vor Ort übermittelt und dabei das große Engagement der 77 "
         "aktiven Feuerwehrmitglieder hervorgehoben: \"Seit eineinhalb Jahrhunderten sind Sie mutig im Einsatz für Ihre "
         "Mitmenschen. Auch heute noch ist auf Sie jederzeit Verlass. Sie sind große Vorbilder für ehrenamtliches Engagement und "
         "eine solidarische Gemeinschaft!\" Allein im Jahr 2024 leisteten die Feuerwehrfrauen und -männer fast 600 "
         "Einsatzstunden und rückten 9 Mal zur Brandbekämpfung und 15 Mal zur Technischen Hilfeleistung aus. \"Das ist eine "
         "großartige Leistung, die unsere Anerkennung und Respekt verdient. Bayern baucht Menschen wie Sie, die uneigennützig "
         "zupacken, wenn andere Hilfe benötigen\", so Kirchner. +++")

add(id="ho568-stmi-2025-05-10-kirchner-ff-petersaurach",
    title="Kirchner: 150. Jubiläum der Freiwilligen Feuerwehr Petersaurach",
    url="https://bayerisches-innenministerium.de/med/pressemitteilungen/regional/2025/S7/index.php",
    retrieved="same address (regional press release S7 of the StMI, 10 May 2025; named as looked at and not used by earlier "
              "sets, in no jsonl; the date line 'München, 10.05.2025' dropped (rule 2261); subtitle kept as a line; the "
              "second paragraph ('Die Freiwilligen Feuerwehren seien laut Kirchner … \"Ich freue mich sehr, dass auch hier in "
              "Petersaurach 15 Jugendliche … Herzlichen Dank ihnen allen und auch den'), cut off inside a quotation in the "
              "stored copy, dropped with its three quotations (rule 15); the teaser markers '+++' kept (rule 2260); the "
              "published 'Bayern baucht' and 'unsere Anerkennung und Respekt' kept (rule 20))",
    license=BAYSTMI,
    paras=[PA_SUB, PA_P1],
    # the subtitle's colon quotation after `Bayerns Innenstaatssekretär Sandro Kirchner gratuliert vor Ort:` is his (rules 54,
    # 107), and the body gives the same sentence as the start of his longer quotation; the colon quotation after `… hat seine
    # Glückwünsche vor Ort übermittelt und dabei … hervorgehoben:` (rule 9) and `"…", so Kirchner. +++` (rules 30, 2260) are
    # his; the 77 members of the brigade, addressed as `Sie`, say nothing
    quotes=[(cut(PA_SUB, "\"Seit", "Mitmenschen\""), KIRCHNER),
            (cut(PA_P1, "\"Seit", "Gemeinschaft!\""), KIRCHNER),
            (cut(PA_P1, "\"Das ist", "benötigen\""), KIRCHNER)],
    aliases={KIRCHNER: ["Sandro Kirchner", "Kirchner", "Innenstaatssekretär"]})
