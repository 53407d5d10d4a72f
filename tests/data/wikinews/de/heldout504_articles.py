# Five-hundred-and-fourth held-out German real-news set (tests/data/heldout504-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2760-2765). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, two
# or more distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES
# file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before
# whosaid was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-fourth held-out set": nine press releases of German charities and aid
# organisations sent over the ots service of news aktuell and shown in the senders' newsrooms on presseportal.de (licence
# OTS_VERBAENDE_DE): two of the Kindernothilfe (the typhoon in the Philippines, about the end of September 2009; the start of
# its sixtieth anniversary year, 5 December 2018), four of Plan International Deutschland (Ulrich Wickert handing over the
# 200,000th sponsorship, 18 March 2005; the twentieth anniversary matinee, 1 March 2009; the Ulrich Wickert Preis für
# Kinderrechte 2019; Marie-Luise Marjan's 85th birthday, August 2025) and three of the ASB-Bundesverband, the Arbeiter-
# Samariter-Bund (the Weltjugendtag in Cologne, summer 2005; the football World Cup, 6 June 2006; the European Championship,
# about June 2008). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 bytes; only complete
# paragraphs are kept (rules 15, 17), presseportal furniture (date prefixes, newsroom widget and label, page date lines, image
# captions and notes, contact blocks, donation and service lines) is dropped (rules 2590, 2610, 2700, 2760), the hard-wrapped
# copy of 2005 is joined (rules 2700, 2760), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_VERBAENDE_DE  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.rstrip(" ") for line in lines)


LINK = "Sören Link"
WEIDEMANN = "Katrin Weidemann"
BELLEN = "Peter Bellen"
GOETSCH = "Christa Goetsch"
SCHLEYER = "Hanns-Eberhard Schleyer"
WICKERT = "Ulrich Wickert"
FLACHSBARTH = "Maria Flachsbarth"
BERNER = "Petra Berner"
SANDBRINK = "Stefan Sandbrink"
SCHOTTNER = "Harald Schottner"
GELBKE = "Daniel Gelbke"

# --- presseportal.de (ots), newsroom 40844, 5 December 2018: the Kindernothilfe opens its sixtieth anniversary year ---

KJ_P1 = ("Duisburg (ots) - Unter dem Motto \"Kinderrechte dürfen keine Träume bleiben\" feiert die Kindernothilfe im "
         "kommenden Jahr ihr 60. Jubiläum. Mit zahlreichen Aktionen, vom 1. Kindernothilfe Neujahrslauf bis zu einer "
         "60-Kilometer-Wanderung quer durch das Ruhrgebiet, macht die Kinderrechtsorganisation mit Sitz in Duisburg im "
         "Jubiläumsjahr auf die nach wie vor schwierige Situation von Millionen Kindern weltweit aufmerksam.")
KJ_P2 = ("\"Wir haben die Kindernothilfe seit 60 Jahren als kompetenten Ansprechpartner als international tätiges "
         "Kinderhilfswerk in unserer Stadt, die sich auch hier dafür einsetzt, dass Kinder vor Gewalt und Missbrauch "
         "geschützt werden\", würdigt Oberbürgermeister und Kindernothilfe-Botschafter Sören Link das Wirken.")
KJ_P3 = ("Angetreten war die Kindernothilfe 1959, um Not leidenden Kindern in Indien zu helfen. Mit fünf Patenschaften "
         "begann die Hilfe, die Mädchen und Jungen eine Ausbildung und einen Platz im Schülerwohnheim sicherte. \"Seitdem hat "
         "die Kindernothilfe 5.300 Projekte von lokalen Partnerorganisationen gefördert und dadurch rund 7,1 Millionen Kinder "
         "und Jugendliche vor Gewalt und Ausbeutung geschützt, ihnen einen Schulbesuch ermöglicht und für ihre Gesundheit und "
         "Ernährung gesorgt\", sagt Katrin Weidemann, Vorstandsvorsitzende der Kindernothilfe.")
KJ_P4 = ("\"Jedes Kind hat das Recht gesund und behütet aufzuwachsen, gefördert zu werden und seinen Platz in der "
         "Gesellschaft zu finden\", so Katrin Weidemann weiter. \"Mit den zusätzlichen Einnahmen im Jubiläumsjahr wollen wir "
         "deshalb insbesondere Projekte fördern, die Kindern die Teilhabe am Leben ermöglichen.\"")

add(id="ho504-presseportal-kindernothilfe-2018-12-05-60-jahre",
    title=None,
    url="https://www.presseportal.de/pm/40844/4134917",
    retrieved="same address (release of the Kindernothilfe e.V. sent over news aktuell on the Tag des Ehrenamts, 5 December "
              "2018, as its last paragraph says, with the store's date prefix ' date 2018-12'); the date prefix dropped (rules "
              "63, 2760); the stored copy shows neither the newsroom label nor the headline and begins with the dateline run "
              "into the first paragraph, which is therefore the first line, and the document has no title line (rules 18, 32, "
              "2760); the fifth paragraph, on the founding member Lüder Lüers, cut off in the stored copy ('für d'), dropped "
              "(rule 15); the published 'das Recht gesund und behütet aufzuwachsen' without comma kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[KJ_P1, KJ_P2, KJ_P3, KJ_P4],
    # the anniversary motto after 'Unter dem Motto' is null (rules 24, 2765); the quotation before 'würdigt Oberbürgermeister
    # und Kindernothilfe-Botschafter Sören Link das Wirken' is his (rule 2765); 'sagt Katrin Weidemann, Vorstandsvorsitzende
    # der Kindernothilfe', 'so Katrin Weidemann weiter' and the cue-less quotation after it (NOTES.md continuation) are hers;
    # the role phrases naming the Kindernothilfe are no aliases, the bare role nouns naming only one person are (rules 33, 44)
    quotes=[("\"Kinderrechte dürfen keine Träume bleiben\"", None),
            (cut(KJ_P2, "\"Wir haben", "werden\""), LINK),
            (cut(KJ_P3, "\"Seitdem", "gesorgt\""), WEIDEMANN),
            (cut(KJ_P4, "\"Jedes Kind", "finden\""), WEIDEMANN),
            (cut(KJ_P4, "\"Mit den", "ermöglichen.\""), WEIDEMANN)],
    aliases={LINK: ["Sören Link", "Oberbürgermeister"],
             WEIDEMANN: ["Katrin Weidemann", "Vorstandsvorsitzende"]})

# --- presseportal.de (ots), newsroom 40844, about the end of September 2009: the typhoon in the Philippines ---

KT_T = "Philippinen: Taifun hinterlässt Kinder im Chaos"
KT_SUB1 = "Kindernothilfe gibt 30.000 Euro Soforthilfe"
KT_SUB2 = "Spendenaufruf"
KT_P1 = ("Manila/Duisburg (ots) - Nach dem schweren Taifun in Asien ist die Lage der Flutopfer in den Philippinen immer noch "
         "unübersichtlich. Nach Information des Kindernothilfe-Partners vor Ort, der Vincentiner-Mission, sind Familien in "
         "den Armutsvierteln der Hauptstadt Manila besonders hart getroffen worden. Die Kindernothilfe ist dort mit einem "
         "Stadtteilprojekt seit Jahren vertreten und leistet jetzt Soforthilfe unter den Flutopfern. Die Kindernothilfe bittet "
         "um Unterstützung und ruft zu Spenden auf.")
KT_P2 = ("Die Nothilfe konzentriert sich auf die Hauptstadt Manila und die Provinzen Laguna und Batangas. Hier versorgt der "
         "Kindernothilfe-Partner rund 1.000 Familien mit Grundnahrungsmitteln, Trinkwasser und Hygieneartikeln. \"Viele "
         "dieser Menschen haben alles verloren. Sie brauchen Kleidung, medizinische Versorgung und einen Platz zum Schlafen. "
         "Vor allem die Kinder brauchen jetzt unsere Begleitung und Unterstützung. Die Eltern sind nach einer Katastrophe "
         "solchen Ausmaßes nicht allein in der Lage, gut für ihre Kinder zu sorgen\", berichtet Peter Bellen, Koordinator der "
         "Kindernothilfe in den Philippinen. Schnelle Hilfe ist gefordert, da die Gefahr von Infektionskrankheiten und Seuchen "
         "täglich zunimmt.")

add(id="ho504-presseportal-kindernothilfe-2009-taifun-philippinen",
    title=KT_T,
    url="https://www.presseportal.de/pm/40844/1484239",
    retrieved="same address (release of the Kindernothilfe e.V. sent over news aktuell after the typhoon Ketsana that flooded "
              "Manila on 26 September 2009; the stored copy gives no date); the newsroom label 'Kindernothilfe e.V.' dropped, "
              "the headline is the title and the two subtitle lines are lines of their own as stored, the dateline "
              "'Manila/Duisburg (ots) -' run into the first paragraph kept (rules 2700, 2760); the donation lines 'Spenden unter "
              "dem Stichwort \"Taifun Asien\"' / 'Kindernothilfe-Konto: 45 45 40' / 'KD Bank eG: BLZ 350 601 90' and the service "
              "line 'Weitere Informationen unter www.kindernothilfe.de', the contact block ('Pressekontakt: Sascha Decker, …'), "
              "the ots line and the link lines dropped (rules 2700, 2760); complete in the stored copy",
    license=OTS_VERBAENDE_DE,
    paras=[KT_SUB1, KT_SUB2, KT_P1, KT_P2],
    # 'berichtet Peter Bellen, Koordinator der Kindernothilfe in den Philippinen' after the quotation is his (rule 30); the
    # bare 'Koordinator' names only him (rule 44); the partner organisation named before says nothing in marks
    quotes=[(cut(KT_P2, "\"Viele", "sorgen\""), BELLEN)],
    aliases={BELLEN: ["Peter Bellen", "Koordinator"]})

# --- presseportal.de (ots), newsroom 18591, 1 March 2009: Plan Deutschland's twentieth anniversary matinee ---

PG_T = "Kinderhilfswerk Plan Deutschland feiert 20. Geburtstag Christa Goetsch: \"Gelebte Solidarität zum Wohle der Kinder\""
PG_P1 = ("Mit einer Matinee feierte Plan Deutschland heute sein 20-jähriges Bestehen in der Hamburgischen Staatsoper. Das "
         "Kinderhilfswerk mit Sitz in Hamburg bedankte sich mit prominenter Unterstützung auf diese Weise bei seinen Patinnen "
         "und Paten, Freunden, Förderern und ehrenamtlichen Helfern. Begrüßt wurde das Publikum von Hamburgs Zweiter "
         "Bürgermeisterin Christa Goetsch, dem Plan-Vorstandsvorsitzenden Dr. Werner Bauch sowie dem Kuratoriumsvorsitzenden "
         "Hanns-Eberhard Schleyer. Plan-Patin Dunja Hayali moderierte ein abwechslungsreiches Programm mit Auftritten von "
         "Katja Riemann bis Henning Mankell.")
PG_P2 = ("Christa Goetsch, Hamburgs Zweite Bürgermeisterin, hob die Bedeutung von Plan als gesellschaftliche Institution "
         "hervor: \"20 Jahre Plan International Deutschland bedeuten 20 Jahre Einsatz für die Rechte von Kindern in aller Welt. "
         "Auch viele Hamburgerinnen und Hamburger engagieren sich hier - das ist gelebte Solidarität zum Wohle der Kinder. "
         "Herzlichen Glückwunsch und weiterhin viel Erfolg!\"")
PG_P3 = ("Hanns-Eberhard Schleyer, Vorsitzender des Plan-Kuratoriums, sagte: \"Entwicklungszusammenarbeit war für mich in "
         "meiner bisherigen politischen und verbandlichen Tätigkeit ein wichtiges Thema, das mich auch emotional stark berührt "
         "hat. Das konkrete Engagement für Plan - und damit für Kinder dieser Welt - ist mir daher ein besonderes Anliegen. Ich "
         "wünsche Plan im Interesse dieser Kinder auch für die kommenden Jahre viel Erfolg.\"")

add(id="ho504-presseportal-plan-2009-03-01-20-jahre-matinee",
    title=PG_T,
    url="http://www.presseportal.de/pm/18591/1361370",
    retrieved="same address (release of Plan International Deutschland e.V. sent over news aktuell on the day of the matinee, "
              "1 March 2009); the newsroom label 'Plan International Deutschland e.V.' dropped; the stored line that runs "
              "headline and subtitle together kept as the title, unsplit (rules 18, 2704); the image caption 'Matinee zum "
              "20-jährigen Geburtstag von Plan International Deutschland in der Hamburgischen Staatsoper am 1.3.2009.' and the "
              "note '- Querverweis: Bildmaterial ist abrufbar unter http://www.presseportal.de/galerie.htx?type=obs -' dropped "
              "(rules 14, 2760); the dateline 'Hamburg (ots) -' a line of its own as stored, the four leading spaces of the old "
              "layout's lines dropped (rules 2700, 2760); the fifth paragraph, on Katja Riemann and Marie-Luise Marjan, cut off "
              "in the stored copy ('Kuratoriumsmitglied Marie-Lui'), dropped (rule 15)",
    license=OTS_VERBAENDE_DE,
    paras=["Hamburg (ots) -", PG_P1, PG_P2, PG_P3],
    # the label in the run-together title line is Goetsch's, whose colon quotation in the body holds the same words (rules
    # 54, 2704, 2763); the colon quotations after 'hob … hervor:' and 'Hanns-Eberhard Schleyer, …, sagte:' are theirs (rule
    # 9); Werner Bauch, Dunja Hayali, Katja Riemann and Henning Mankell say nothing in marks
    quotes=[("\"Gelebte Solidarität zum Wohle der Kinder\"", GOETSCH),
            (cut(PG_P2, "\"20 Jahre", "Erfolg!\""), GOETSCH),
            (cut(PG_P3, "\"Entwicklungszusammenarbeit", "Erfolg.\""), SCHLEYER)],
    aliases={GOETSCH: ["Christa Goetsch", "Zweite Bürgermeisterin"],
             SCHLEYER: ["Hanns-Eberhard Schleyer", "Kuratoriumsvorsitzenden Hanns-Eberhard Schleyer", "Vorsitzender"]})

# --- presseportal.de (ots), newsroom 18591, 18 March 2005: Ulrich Wickert hands over the 200,000th sponsorship ---

PW_T = "Ulrich Wickert übergibt 200.000ste Patenschaft des Kinderhilfswerks Plan International Deutschland"
PW_SUB = "Plan-Mitarbeiter aus den Tsunami-Gebieten berichten über Wiederaufbau"
PW_P1 = ("Von 1 auf 200.000 in 16 Jahren: 1989 wurde das deutsche Büro des internationalen Kinderhilfswerks Plan in Hamburg "
         "gegründet. Heute betreut die Organisation 200.000 Patenschaften für Kinder in 44 Ländern in Asien, Afrika, "
         "Lateinamerika und in Plans einzigem europäischen Programmland Albanien. Ulrich Wickert, Mitglied des "
         "Plan-Kuratoriums, hat heute im Spiegelsaal des Museums für Kunst und Gewerbe die 200.000ste Patenschaft vor rund "
         "hundert Gästen an Karin Ottens-Spargel aus Cuxhaven übergeben. Ihr Patenkind ist die achtjährige Mazabelo aus Togo.")
PW_P2 = ("Wickert begrüßte auch die neuen Paten mit der 199.999sten und der 200.001sten Patenschaft. Nicht einen, sondern "
         "mehrere hundert Paten bekam der achtjährige Samuel aus Ghana: Die Schüler der Herbert-Quandt-Grundschule in "
         "Pritzwalk übernahmen heute, vertreten durch Schulleiterin Inga Demgensky und vier Schüler, die 199.999ste "
         "Patenschaft. Ludger Wilmer aus Putzbrunn bei München unterstützt mit der 200.001sten Patenschaft die achtjährige Eli "
         "aus Indonesien.")
PW_P3 = ("Ulrich Wickert ist seit 1995 Pate des inzwischen 13jährigen Humphrey-Christopher aus Tansania. \"Als "
         "Tagesthemen-Mann werde ich ständig mit dem Elend dieser Welt konfrontiert. Die Gefahr ist groß, das Schicksal "
         "einzelner Menschen nicht mehr wahrzunehmen.  Deshalb engagiere ich mich für Plan, eine international tätige "
         "Hilfsorganisation, gegründet von einem Journalisten\", sagte Wickert.")

add(id="ho504-presseportal-plan-2005-03-18-wickert-200000-patenschaft",
    title=PW_T,
    url="https://www.presseportal.de/pm/18591/660067",
    retrieved="same address (release of Plan International Deutschland e.V. sent over news aktuell, 18 March 2005 by the "
              "page's date line); the newsroom header 'Alle Meldungen' / 'Abonnieren Sie alle Meldungen von Plan International "
              "Deutschland e.V.', the page's date line '18.03.2005 – 14:29' and the newsroom label dropped (rules 2610, 2700, "
              "2760); headline and subtitle lines of their own, the dateline 'Hamburg (ots)' a line of its own as stored, the "
              "four leading spaces of the old layout's lines and the two spaces at the end of the first paragraph dropped, the "
              "double space inside the quotation ('wahrzunehmen.  Deshalb') kept (rules 20, 2700, 2760); the fourth paragraph, "
              "on the Plan staff from Sri Lanka and Indonesia, cut off in the stored copy ('Plans Arbeit im'), dropped (rule "
              "15); the published '13jährigen' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[PW_SUB, "Hamburg (ots)", PW_P1, PW_P2, PW_P3],
    # 'sagte Wickert' after the quotation is Ulrich Wickert's, named in the sentence before (rule 30); the sponsors, the
    # head teacher and the children named say nothing; the subtitle's staff, whose report is lost with the cut-off
    # paragraph, carry no span
    quotes=[(cut(PW_P3, "\"Als", "Journalisten\""), WICKERT)],
    aliases={WICKERT: ["Ulrich Wickert", "Wickert"]})

# --- presseportal.de (ots), newsroom 18591, 2019: the Ulrich Wickert Preis für Kinderrechte awarded for the eighth time ---

PU_T = "Ulrich Wickert Preis für Kinderrechte zum achten Mal in Berlin an Journalisten verliehen"
PU_P1 = ("Auf einer Veranstaltung des Kinderhilfswerks Plan International in Berlin sind am Mittwochabend die vier "
         "Siegerinnen und Sieger des Ulrich Wickert Preises für Kinderrechte 2019 geehrt worden. Die Auszeichnung in der "
         "Sparte Deutschland / Österreich erhielt Jürgen Bätz, Korrespondent der dpa, für seinen Beitrag \"Todesurteil "
         "Kinderehe\". Dr. Maria Flachsbarth, Parlamentarische Staatssekretärin beim Bundesminister für wirtschaftliche "
         "Zusammenarbeit und Entwicklung, überreichte den Peter Scholl-Latour Preis an Barbara Schmickler für ihre Reportage "
         "\"Abschottung total - Kann man Migration stoppen?\", die sie für das Format STRG_F des Jugendportals Funk erstellte. "
         "Internationaler Preisträger ist José Alberto Mojica Patiño, Redakteur der kolumbianischen Tageszeitung El Tiempo. Er "
         "erhielt die Auszeichnung für seinen Beitrag \"Das Licht, das in Tumaco nicht ausgeht\" über eine junge "
         "Friedensaktivistin. Der Sonderpreis ging an die \"Youth Advocates\", die sich mit ihrer Medienarbeit für die Rechte "
         "von geflüchteten Kindern und Jugendlichen in Deutschland einsetzen.")
PU_P2 = ("Parlamentarische Staatssekretärin Dr. Maria Flachsbarth: \"Die UN-Kinderrechtskonvention der Vereinten Nationen "
         "wird in diesem Jahr 30 Jahre alt. Sie ist Grundlage unserer Entwicklungspolitik und hat dazu beigetragen, dass sich "
         "das Leben für Kinder in vielen Bereichen verbessert hat. Doch immer noch sind hunderttausende Mädchen und Jungen in "
         "Afrika, Asien und Lateinamerika von diesen Fortschritten ausgeschlossen. Deshalb ist es wichtig, dass "
         "Medienschaffende über Missbrauch berichten und Organisationen wie Plan International Kindern Zukunftschancen geben. "
         "Ich freue mich, dass der Ulrich Wickert Preis für Kinderrechte diesen Einsatz von Journalistinnen und Journalisten "
         "würdigt und Kindern eine Stimme gibt.\"")

add(id="ho504-presseportal-plan-2019-ulrich-wickert-preis",
    title=PU_T,
    url="https://www.presseportal.de/pm/18591/4372738",
    retrieved="same address (release of Plan International Deutschland e.V. sent over news aktuell after the award evening "
              "of the 2019 prize, 'am Mittwochabend'; the stored copy gives no date and no dateline and is kept as it begins "
              "after the label, rules 2610, 2760); the newsroom label 'Plan International Deutschland e.V.' dropped, the "
              "headline is the title (rule 2700); the third paragraph, Ulrich Wickert's label and quotation, cut off in the "
              "stored copy inside the quotation ('\"Die eingereich'), dropped with it (rule 15)",
    license=OTS_VERBAENDE_DE,
    paras=[PU_P1, PU_P2],
    # the titles of the prize-winning reports and the name of the prize-winning group are null (rules 2, 24, 2764); the
    # label 'Parlamentarische Staatssekretärin Dr. Maria Flachsbarth:' opening the paragraph gives her its quotation (rules
    # 9, 54), canonical without the academic title (rule 181); the prize's namesake, whose quotation is lost with the cut-off
    # paragraph, and the prize winners say nothing in the kept text
    quotes=[("\"Todesurteil Kinderehe\"", None),
            ("\"Abschottung total - Kann man Migration stoppen?\"", None),
            ("\"Das Licht, das in Tumaco nicht ausgeht\"", None),
            ("\"Youth Advocates\"", None),
            (cut(PU_P2, "\"Die UN-Kinderrechtskonvention", "gibt.\""), FLACHSBARTH)],
    aliases={FLACHSBARTH: ["Maria Flachsbarth", "Dr. Maria Flachsbarth",
                           "Parlamentarische Staatssekretärin Dr. Maria Flachsbarth", "Parlamentarische Staatssekretärin"]})

# --- presseportal.de (ots), newsroom 18591, August 2025: Plan congratulates Marie-Luise Marjan on her 85th birthday ---

PM_T = "85 Jahre: Happy Birthday, Marie-Luise Marjan!"
PM_SUB = "Schauspielerin engagiert sich seit über drei Jahrzehnten für Plan International"
PM_P1 = ("Hoch soll sie leben: Die beliebte Schauspielerin Marie-Luise Marjan wird am 9. August 85 Jahre alt. Für die "
         "Kinderrechtsorganisation Plan International Deutschland ein schöner Anlass, dem Lindenstraßen-Star für seine "
         "langjährige und engagierte Unterstützung als Patin, Kuratoriumsmitglied und Stifterin zu danken.")
PM_P2 = ("\"Wir gratulieren Marie-Luise Marjan ganz herzlich zu ihrem 85. Geburtstag\", sagt Petra Berner, "
         "Vorstandsvorsitzende von Plan International Deutschland. \"Seit 35 Jahren unterstützt sie als Patin und seit 15 "
         "Jahren als Stifterin die Arbeit von Plan mit beispiellosem Engagement und ganz viel Herz. Darüber hinaus ist sie "
         "seit mehr als drei Jahrzehnten als Mitglied in unserem Kuratorium aktiv. Der besondere Erfolg von Plan International "
         "als Patenschaftsorganisation ist auch ihr Erfolg. Durch ihre beherzte Fürsprache haben sich viele Menschen ebenfalls "
         "für eine Patenschaft entschieden. Durch ihre Unterstützung hat sie zahlreichen Kindern auf dieser Welt Hoffnung und "
         "die Chance auf eine bessere und selbstbestimmtere Zukunft gegeben.\"")
PM_P3 = ("1990, nur ein Jahr nach der Gründung des deutschen Büros von Plan International, übernahm Marie-Luise Marjan ihre "
         "erste Plan-Patenschaft für ein Mädchen in Indien, weitere Patenschaften für Kinder in Vietnam, Sri Lanka, Paraguay, "
         "Haiti, Mosambik und Nepal folgten. Die meisten ihrer insgesamt acht Patenkinder sind inzwischen erwachsen. Diese "
         "auch persönlich kennenzulernen, war Marie-Luise Marjan ein großes Anliegen. Sie reiste im Laufe der Jahre in mehrere "
         "Plan-Programmländer, um einige ihrer Patenkinder und deren Familien zu besuchen und sich von sich von der "
         "Nachhaltigkeit der Projekte zu überzeugen.")

add(id="ho504-presseportal-plan-2025-08-marjan-85-geburtstag",
    title=PM_T,
    url="https://www.presseportal.de/pm/18591/6091593",
    retrieved="same address (release of Plan International Deutschland e.V. sent over news aktuell before Marie-Luise "
              "Marjan's birthday on 9 August 2025, with the store's date prefix ' date 2025-08'); the date prefix and the "
              "newsroom label 'Plan International Deutschland e.V.' dropped, the headline is the title, subtitle and dateline "
              "'Hamburg (ots)' lines of their own as stored (rules 63, 2700, 2760); the fourth paragraph, cut off in the "
              "stored copy inside the name of the foundation ('Unter dem Dach der \"Stiftung Hilfe'), dropped with its opening "
              "mark (rule 15); the published 'sich von sich von der Nachhaltigkeit' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[PM_SUB, "Hamburg (ots)", PM_P1, PM_P2, PM_P3],
    # the quotation before 'sagt Petra Berner, Vorstandsvorsitzende von Plan International Deutschland' and the cue-less
    # quotation after it are hers (rule 30, NOTES.md continuation); Marie-Luise Marjan, the subject of the paragraph before
    # and named inside the quotation, is its topic, not its speaker, and says nothing in marks (rule 2765)
    quotes=[(cut(PM_P2, "\"Wir gratulieren", "Geburtstag\""), BERNER),
            (cut(PM_P2, "\"Seit 35", "gegeben.\""), BERNER)],
    aliases={BERNER: ["Petra Berner", "Vorstandsvorsitzende"]})

# --- presseportal.de (ots), newsroom 6532, summer 2005: ASB medics at the Weltjugendtag in Cologne ---

AW_T = "ASB-Sanitäter beim Weltjugendtag im Einsatz"
AW_SUB = ("Über 2.000 Einsatzkräfte des Arbeiter-Samariter-Bundes, der Malteser, des Deutschen Roten Kreuzes und der "
          "Johanniter sind gemeinsam tätig")
AW_P1 = join("„Die erwarteten 800.000 jungen Pilger auf dem XX.",
             "Weltjugendtag 2005 in Köln können sich gut betreut fühlen“, ist sich",
             "Dr. Stefan Sandbrink, Geschäftsführer des ASB-Landesverbandes",
             "Nordrhein- Westfalen, sicher. „Der ASB stellt gemeinsam mit den",
             "Maltesern, dem Deutschen Roten Kreuz und den Johannitern über 2.000",
             "Einsatzkräfte bereit, um Verletzte, Kranke und andere hilfsbedürftige",
             "Pilger zu versorgen“, so Sandbrink weiter.")
AW_P2 = join("Der Arbeiter-Samariter-Bund (ASB) beteiligt sich während des XX.",
             "Weltjugendtages in Köln an der sanitätsdienstlichen Versorgung",
             "zahlreicher Veranstaltungen. Auch beim Höhepunkt des Weltjugendtages",
             "– dem Abschlussgottesdienst mit Papst Benedikt XVI. am 21. August",
             "2005 auf dem Marienfeld bei Frechen – wird sich der ASB um eine",
             "optimale medizinische Versorgung kümmern. Gemeinsam mit dem DRK wird",
             "der ASB den westlichen Abschnitt des Marienfeldes mit zwölf",
             "stationären Unfallhilfstellen absichern. Zusätzlich werden zwei",
             "mobile Unfallhilfsstellen bereitgehalten.")
AW_P3 = join("Der koordinierende ASB-Landesverband Nordrhein-Westfalen setzt",
             "neben eigenen Sanitätern auch Helfer aus Bayern, Berlin-Brandenburg,",
             "Bremen, Hessen, Niedersachsen und Rheinland-Pfalz ein. Insgesamt",
             "werden 120 Ärzte, Rettungsassistenten, Rettungssanitäter und",
             "Sanitätshelfer des ASB im Schichtdienst auf zwei stationären und",
             "einer mobilen Unfallhilfsstelle für einen reibungslosen Ablauf des",
             "Sanitätsdienstes sorgen. Eine Unfallhilfsstelle ist jeweils für",
             "35.000 Pilger zuständig.")

add(id="ho504-presseportal-asb-2005-weltjugendtag-sandbrink",
    title=AW_T,
    url="https://presseportal.de/pm/6532/700251",
    retrieved="same address (release of the ASB-Bundesverband sent over news aktuell in the summer of 2005, after the "
              "agreement of 8 July 2005 that its last paragraph names and before the Weltjugendtag of 16 to 21 August; the "
              "stored copy gives no date); the newsroom widget 'Alle Storys' / 'Folgen' / 'Keine Story von ASB-Bundesverband "
              "mehr verpassen.' and the label 'ASB-Bundesverband' dropped, the headline is the title, subtitle and dateline "
              "'Köln (ots)' lines of their own as stored (rules 2700, 2760); the hard-wrapped body joined with one space per "
              "line break, also after the ordinal 'XX.' at a line end, and a paragraph ended at each short line that closes a "
              "sentence outside marks and would have left room for the next word ('so Sandbrink weiter.', 'bereitgehalten.', "
              "'zuständig.'; rules 2700, 2760); the fourth paragraph, cut off in the stored copy ('ein Vertrag über'), dropped "
              "(rule 15); the published 'Nordrhein- Westfalen', 'Unfallhilfstellen' beside 'Unfallhilfsstellen' kept (rule 20)",
    license=OTS_VERBAENDE_DE,
    paras=[AW_SUB, "Köln (ots)", AW_P1, AW_P2, AW_P3],
    # the quotation before 'ist sich Dr. Stefan Sandbrink, Geschäftsführer …, sicher' is his (rule 2762), canonical without
    # the academic title (rule 181), and so is the quotation before 'so Sandbrink weiter'; the role phrase naming the ASB's
    # Land association is no alias, the bare 'Geschäftsführer' is (rules 33, 44); Pope Benedict XVI says nothing
    quotes=[(cut(AW_P1, "„Die erwarteten", "fühlen“"), SANDBRINK),
            (cut(AW_P1, "„Der ASB", "versorgen“"), SANDBRINK)],
    aliases={SANDBRINK: ["Stefan Sandbrink", "Dr. Stefan Sandbrink", "Sandbrink", "Geschäftsführer"]})

# --- presseportal.de (ots), newsroom 6532, 6 June 2006: the ASB three days before the football World Cup ---

AM_T = "ASB im WM-Fieber"
AM_SUB = "Helferinnen und Helfer freuen sich auf ihre Einsätze"
AM_P1 = ("Drei Tage vor Beginn der Fußballweltmeisterschaft laufen die Vorbereitungen des Arbeiter-Samariter-Bundes auf "
         "Hochtouren. In drei Stadien, bei zahlreichen Public-Viewing-Veranstaltungen und in Fancamps wird der ASB für einen "
         "reibungslosen Ablauf der sanitätsdienstlichen Betreuung sorgen.")
AM_P2 = ("\"Insgesamt sind bundesweit über 6.000 ASB´ler bei den öffentlichen Großereignissen, in den Stadien und im "
         "Katastrophenschutz im Einsatz\", erklärt Harald Schottner, Leiter des Referates Notfallvorsorge beim ASB. \"Unsere "
         "Helferinnen und Helfer freuen sich schon sehr auf die Weltmeisterschaft und sind stolz, zu einem guten Gelingen der "
         "zahlreichen Veranstaltungen beitragen zu können\", so Schottner weiter.")
AM_P3 = ("So sichert der ASB-Sanitätsdienst z.B. in Köln die WM-Party auf dem Heumarkt ab, kümmert sich um die Zuschauer in "
         "der Fan-Hall und dem Fan-Village in der Dortmunder Westfalenhalle, richtet in Frankfurt im Auftrag der Stadt einen "
         "Behandlungsplatz ein und hilft im Stadtzentrum und am Völkerschlachtdenkmal in Leipzig beim Sanitätsdienst an den "
         "Großleinwänden. Darüber hinaus betreut der ASB in Kaiserslautern die WM-Meile mit 56 Live-Übertragungen und einem "
         "bunten Rahmenprogramm mit Straßentheater, Musik und Gauklern und stellt in Barsinghausen bei Hannover 500 "
         "Fußballfans preiswerte Übernachtungsmöglichkeiten in einem Fancamp zur Verfügung.")
AM_P4 = ("Bei den 16 Spielen in den WM-Stadien Berlin, Hannover und Hamburg setzt der ASB rund 560 Helferinnen und Helfer "
         "ein. Hier sind der ASB und das DRK partnerschaftlich für die notfallmedizinische Versorgung und Betreuung der "
         "Zuschauer, Gäste und Spieler verantwortlich.")

add(id="ho504-presseportal-asb-2006-06-06-wm-schottner",
    title=AM_T,
    url="https://presseportal.de/pm/6532/831976",
    retrieved="same address (release of the ASB-Bundesverband sent over news aktuell on 6 June 2006, by its closing date "
              "line); the headline is the title, subtitle and dateline 'Köln (ots)' lines of their own as stored (rules 2700, "
              "2760); the service line 'Weitere Informationen rund um den ASB-Einsatz bei der Fußballweltmeisterschaft 2006 "
              "finden Sie auf den Internetseiten des ASB unter www.asb.de.', the closing date line 'Köln, den 6. Juni 2006' "
              "and the contact block 'Kontakt für Interviewanfragen, Fotomaterial und weitere Informationen: ASB-Pressestelle: "
              "…' (cut off in the stored copy) dropped (rules 19, 2760); the published 'ASB´ler' with an acute accent kept "
              "(rule 20); complete in the stored copy",
    license=OTS_VERBAENDE_DE,
    paras=[AM_SUB, "Köln (ots)", AM_P1, AM_P2, AM_P3, AM_P4],
    # 'erklärt Harald Schottner, Leiter des Referates Notfallvorsorge beim ASB' and 'so Schottner weiter' are his (rule 30);
    # the role phrase naming the ASB is no alias, the bare 'Leiter' is (rules 33, 44)
    quotes=[(cut(AM_P2, "\"Insgesamt", "Einsatz\""), SCHOTTNER),
            (cut(AM_P2, "\"Unsere", "können\""), SCHOTTNER)],
    aliases={SCHOTTNER: ["Harald Schottner", "Schottner", "Leiter"]})

# --- presseportal.de (ots), newsroom 6532, about June 2008: ASB helpers at the European Championship in Vienna ---

AE_T = "ASB im Einsatz bei Fußball-EM"
AE_SUB = "Samariterorganisationen bündeln ihre Kräfte"
AE_P1 = ("Wenn am 7. Juni 2008 die Fußball-Europameisterschaft in der Schweiz und in Österreich angepfiffen wird, ist auch "
         "der Arbeiter-Samariter-Bund Deutschland e.V. (ASB) mit von der Partie. Als Mitgliedsverband von Samariter "
         "International (SAINT) wird der ASB zusammen mit den Verbänden aus Ungarn, der Tschechischen Republik und Südtirol die "
         "Samariter aus Österreich mit zahlreichen Einsatzkräften unterstützen.")
AE_P2 = ("Die über 200 ASB-Helferinnen und Helfer kommen insbesondere in Wien zum Einsatz. Im Rettungsdienst und bei "
         "zahlreichen Fanfesten in der österreichischen Hauptstadt werden sie professionelle Hilfe bei kleinen und großen "
         "Notfällen leisten. \"ASB'ler aus ganz Deutschland reisen mit ihrer Ausrüstung zur EM\", beschreibt Daniel Gelbke, "
         "Referent für die Notfallvorsorge und Koordinator für den EM-Einsatz in der ASB-Bundesgeschäftsstelle, die "
         "Planungen: \"Manche unserer Mitarbeiterinnen und Mitarbeiter nehmen über 1.000 km Anfahrtsstrecke in Kauf, um beim "
         "zweitgrößten Fußballfest der Welt ihren Dienst zu tun.\"")
AE_P3 = ("Durch die internationale Zusammenarbeit im Rettungsdienst kann der ASB seinen Teil zu einem sicheren Fußballfest "
         "beitragen. \"Mit Rettungsdienstkräften aus Deutschland und den befreundeten Kollegen aus Europa wird es sicherlich "
         "ein spannender Einsatz. Unsere Helferinnen und Helfer freuen sich auf das Fußballereignis\", so Gelbke.")
AE_P4 = ("Die ASB'ler werden vor ihrem Einsatz von den österreichischen Kollegen in das Rettungsdienstsystem der Stadt Wien "
         "eingewiesen. Es werden immer Teams zum Einsatz kommen, die aus deutschen und österreichischen Helferinnen und "
         "Helfern bestehen. So wird nach der erfolgreichen Weltmeisterschaft 2006 auch während der EM in diesem Jahr die "
         "Qualität im Rettungsdienst sichergestellt.")

add(id="ho504-presseportal-asb-2008-em-gelbke",
    title=AE_T,
    url="https://presseportal.de/pm/6532/1189595",
    retrieved="same address (release of the ASB-Bundesverband sent over news aktuell before the European Championship that "
              "began on 7 June 2008; the stored copy gives no date); the headline is the title, subtitle and dateline 'Köln "
              "(ots)' lines of their own as stored (rules 2700, 2760); the contact block 'Pressekontakt: Kontakt für "
              "Interviewanfragen und weitere Informationen: ASB-Pressestelle: …' (cut off in the stored copy) dropped (rules "
              "19, 2760); the ASCII apostrophes of 'ASB'ler' kept (rules 6, 20); complete in the stored copy",
    license=OTS_VERBAENDE_DE,
    paras=[AE_SUB, "Köln (ots)", AE_P1, AE_P2, AE_P3, AE_P4],
    # the quotation before 'beschreibt Daniel Gelbke, …, die Planungen:' and the colon quotation after it are both his (rule
    # 2761), and so is the quotation before 'so Gelbke' (rule 30); the bare role nouns of his apposition name only him
    # (rule 44)
    quotes=[(cut(AE_P2, "\"ASB'ler", "EM\""), GELBKE),
            (cut(AE_P2, "\"Manche", "tun.\""), GELBKE),
            (cut(AE_P3, "\"Mit Rettungsdienstkräften", "Fußballereignis\""), GELBKE)],
    aliases={GELBKE: ["Daniel Gelbke", "Gelbke", "Referent", "Koordinator"]})
