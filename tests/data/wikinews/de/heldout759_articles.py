# Seven-hundred-and-fifty-ninth held-out German real-news set (tests/data/heldout759-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4760-4766). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data, including the worktrees of the parallel sets heldout760-heldout766). The
# annotation was finished and committed before whosaid was run on any of these texts; no extractor and no code of the project
# was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-ninth held-out set": nine releases on the APA-OTS service (ots.at)
# of Austrian parties' youth and seniors' organisations, a Land party's press service and a municipal club, licence
# APA_OTS_POLITICS: the Sozialistische Jugend Wien on a Stalin biography on its homepage (Thomas Landgraf, October 2000, sent
# through the SPÖ Wien's account, code DSW), the Österreichischer Seniorenbund at the turn of the year (Stefan Knafl, December
# 2002, sender inferred), the SPÖ Klub Rathaus on an election meeting in Penzing (Andreas Schieder and Karl Blecha, September
# 2006), the Sozialistische Jugend Wien re-electing its chair (Sandra Breiteneder, May 2007, sender inferred), the Ring
# Freiheitlicher Jugend through the club of the Vienna FPÖ (Udo Landbauer, May 2012), the RFJ Kärnten on its reunion with the
# federal RFJ (Ewald Mödritscher, May 2013, sender inferred), the Junge ÖVP on an SJ action at Mauthausen (Laura Sachslehner,
# May 2019, sender inferred), the SPÖ Wien's press service for the campaign start of its youth organisations (Doris Bures and
# Katharina Weninger, August 2019) and the Österreichischer Seniorenbund congratulating the Pensionistenverband (Ingrid
# Korosec, September 2019, sender inferred). Stored copies are the `search` tool's `pages` excerpts; seven release bodies are
# complete in them (four of them ending before any contact block), two are cut off inside a later paragraph, which is dropped
# (rule 15); the wire furniture (the wire header and slug line of 2000, crawl-date prefixes, OTS markers, end marks, contact
# blocks, signature lines and footers) is dropped (rules 48, 63, 460, 2810, 4170, 4700, 4760); each retrieval note names what
# was dropped.
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


LANDGRAF = "Thomas Landgraf"
SJWIEN = "Sozialistische Jugend Wien"
KNAFL = "Stefan Knafl"
SCHIEDER = "Andreas Schieder"
BLECHA = "Karl Blecha"
BREITENEDER = "Sandra Breiteneder"
LANDBAUER = "Udo Landbauer"
MOEDRITSCHER = "Ewald Mödritscher"
SACHSLEHNER = "Laura Sachslehner"
JUGEND = "Jugendorganisationen"
BURES = "Doris Bures"
WENINGER = "Katharina Weninger"
KOROSEC = "Ingrid Korosec"

# --- APA-OTS, SPÖ Wien / Sozialistische Jugend Wien, 16 October 2000: Thomas Landgraf on the Stalin biography ---

LG_T = "SJ: Keine Diskussion - Stalin war ein Massenmörder"
LG_SUB = "Homepage wird sofort überarbeitet"
LG_P1 = ("Wien (OTS) Thomas Landgraf, Vorsitzender der Sozialistischen Jugend Wien (SJ-Wien), am Montag: \"Ich möchte mich für "
         "die undifferenzierte Darstellungsweise der Kurzbiographie Stalins auf der Homepage der SJ-Wien entschuldigen. Josef "
         "Stalin ist keinesfalls ein Vorbild für die SJ-Wien. Es gibt eindeutige SJ-Beschlüsse, die sich vom Realsozialismus als "
         "System der Unterdrückung distanzieren.\"")
LG_P2 = ("Die Homepage der SJ-Wien, so Landgraf weiter, wird noch heute neu gestaltet, denn: \"Wir sehen im Gegensatz zur ÖVP "
         "und den Freiheitlichen unsere Fehler ein und sind bereit diese auszubessern. Wenn wir schon dabei sind, fordere ich "
         "die ÖVP auf, sich endlich vom Austrofaschisten Dollfuß und dessen System der Unterdrückung zu distanzieren. Es ist ein "
         "untragbarer Zustand, dass die Volkspartei immer noch den Totengräber der österreichischen Demokratie verehrt.\" Die "
         "Sozialistische Jugend Wien bekennt sich klar zu Demokratie und Freiheit. Aus der Grundsatzerklärung der SJ-Wien von "
         "1998: \"Die Freiheit des Einzelnen ist unser höchstes Ziel. Dort wo Strukturen und Hierarchien Menschen daran "
         "hindern, am demokratischen Prozess der gesellschaftlichen Entwicklung teilzuhaben, treten wir kämpferisch dagegen "
         "auf.\" Abschließend macht Landgraf noch ein konkretes Angebot: \"Als Orientierungshilfe, wie eine demokratische "
         "Gesellschaft aussehen soll, werde ich ÖVP und FPÖ unsere Grundsatzerklärung zukommen lassen.\"")

add(id="ho759-ots-sj-wien-2000-10-16-landgraf-stalin",
    title=LG_T,
    url="https://www.ots.at/presseaussendung/fliesstext/OTS_20001016_OTS0155",
    retrieved="same address (the service's plain-text view of the release OTS0155 of 16 October 2000, a Monday, by the wire "
              "header 'OTS0155 5 II 0226 DSW002 CI Mo, 16.Okt 2000' and 'am Montag'; the wire header and the slug line 'SPÖ "
              "Wien / SJ / Landgraf / Medien ***OTS-PRESSEAUSSENDUNG***' before the headline dropped (rules 2810, 4760), and "
              "so are the OTS marker '****' run onto the first paragraph after its closing mark (rule 460), the signature "
              "'Thomas Landgraf' with telephone and e-mail lines, the two-line banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the contact heading and block repeating "
              "those lines and the closing line 'OTS0155 2000-10-16/13:15' (rule 4760); the sender is read from the wire code "
              "DSW, the SPÖ Wien's account on the service, and the slug line as the Sozialistische Jugend Wien sending through "
              "its Land party, whose chair speaks (rules 2581, 4760); headline and subtitle kept as lines of their own, the "
              "dateline 'Wien (OTS)' without a dash at the start of the first paragraph; the hard line break after "
              "'ein konkretes Angebot:' before the last quotation joined with a space (rule 48); 'bereit diese auszubessern' "
              "and 'Dort wo Strukturen' without commas kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[LG_SUB, LG_P1, LG_P2],
    # the colon quotation after the verbless `Thomas Landgraf, Vorsitzender der Sozialistischen Jugend Wien (SJ-Wien), am
    # Montag:` is his (rule 9), and so is the colon quotation after `so Landgraf weiter, … denn:` (rule 30); the colon
    # quotation after `Aus der Grundsatzerklärung der SJ-Wien von 1998:`, a programme's words after a sentence whose subject
    # is the organisation, is the Sozialistische Jugend Wien's, not Landgraf's (rules 28, 2121, 4761); the last colon
    # quotation after `Abschließend macht Landgraf noch ein konkretes Angebot:` is his (rule 9); the headline after the label
    # `SJ:` is unmarked (rule 630); Stalin, the ÖVP, the Freiheitlichen, the FPÖ and Dollfuß say nothing; the office
    # `Vorsitzender der Sozialistischen Jugend Wien` names the organisation and is no alias of Landgraf (rule 33), while the
    # organisation's own names are its aliases (rule 11)
    quotes=[(cut(LG_P1, "\"Ich möchte", "distanzieren.\""), LANDGRAF),
            (cut(LG_P2, "\"Wir sehen", "verehrt.\""), LANDGRAF),
            (cut(LG_P2, "\"Die Freiheit", "dagegen auf.\""), SJWIEN),
            (cut(LG_P2, "\"Als Orientierungshilfe", "zukommen lassen.\""), LANDGRAF)],
    aliases={LANDGRAF: ["Thomas Landgraf", "Landgraf"],
             SJWIEN: ["Sozialistische Jugend Wien", "Sozialistischen Jugend Wien", "SJ-Wien"]})

# --- APA-OTS, Österreichischer Seniorenbund, 19 December 2002: Stefan Knafl at the turn of the year ---

KN_T = "Der Bundesobmann des Österreichischen Seniorenbundes Stefan Knafl: Gedanken zum Jahreswechsel"
KN_P1 = ("Wien (OTS) - \"Das abgelaufene Jahr war für uns Senioren ein höchst interessantes und erfolgreiches. So wurde auf dem "
         "10. außerordentlichen Bundesseniorentag das richtungsweisende Positionspapier \"Mitten im Leben. Sicher in die "
         "Zukunft.\" erarbeitet. Damit liegt erstmals ein von Experten des Seniorenbundes erarbeitetes Grundsatzpapier vor, das "
         "zu allen relevanten Aspekten der zukünftigen Sicherung des Pensions- und Gesundheitssystems klare Antworten gibt, mit "
         "denen in einem generationenübergreifenden Dialog ab sofort Schritte zur Realisierung entwickelt werden können\", "
         "stellte Knafl zufrieden fest.")
KN_P2 = ("Am 14. Oktober wurde von Bundeskanzler Dr. Wolfgang Schüssel, Klubobmann Dr. Andreas Khol und Bundesobmann Stefan "
         "Knafl das \"Bündnis für Österreichs Senioren\" abgeschlossen, welches große Bedeutung für die Sicherheit und Wohlstand "
         "von Österreichs Senioren hat. Als wichtigster Punkt wurde darin die Werterhaltung der Pensionen bei der jährlichen "
         "Pensionsanpassung verankert, eine langjährige Forderung des Österreichischen Seniorenbundes, welche sich nun auch die "
         "Pensionsreformkommission der Bundesregierung angeschlossen hat.")
KN_P3 = ("\"Als besonderer Höhepunkt dieses Jahres war die Jubiläumsfeier zum 50-jährigen Bestehen des Österreichischen "
         "Seniorenbundes im Wiener Musikvereinssaal, wo die Festrede Bundeskanzler Dr. Wolfgang Schüssel hielt und die neue "
         "Seniorenbund-Abgeordnete zum Nationalrat, Ingrid Turcovic-Wendl, in charmanter Weise ihre Freude darüber zum Ausdruck "
         "brachte, für unsere Gemeinschaft tätig werden zu dürfen\", so Knafl weiter.")

add(id="ho759-ots-seniorenbund-2002-12-19-knafl-jahreswechsel",
    title=KN_T,
    url="https://www.ots.at/presseaussendung/OTS_20021219_OTS0117/der-bundesobmann-des-oesterreichischen-seniorenbundes-"
        "stefan-knafl-gedanken-zum-jahreswechsel",
    retrieved="same address (release on the APA-OTS service, 19 December 2002 by its OTS number, looking back on 2002 with "
              "the national election of 24 November 2002; the stored copy is cut off inside its fourth body paragraph, a "
              "further quotation after the label 'Knafl:' ('… haben die Seniorinnen und Senioren beigetragen. So'), which is "
              "dropped with what it holds (rule 15), and it ends before any contact block, so the sender is inferred from "
              "the headline and the release's own voice as the Österreichischer Seniorenbund, the ÖVP's seniors' "
              "organisation, whose Bundesobmann speaks (rules 2581, 3310, 4760); the headline kept as the title, the "
              "dateline 'Wien (OTS) -' at the start of the first paragraph; 'die Sicherheit und Wohlstand', 'welche sich "
              "nun auch die Pensionsreformkommission … angeschlossen hat' and 'Als besonderer Höhepunkt dieses Jahres war' "
              "kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KN_P1, KN_P2, KN_P3],
    # the quotation before `stellte Knafl zufrieden fest` is his, one span from its first mark to the mark before the cue,
    # with the title of the position paper nested in the same ASCII mark inside it (rules 30, 143); the name of the
    # `"Bündnis für Österreichs Senioren"`, which the narrator reports as concluded by three men, is null (rule 24); the
    # quotation before `so Knafl weiter` is his (rule 30); Wolfgang Schüssel, Andreas Khol and Ingrid Turcovic-Wendl say
    # nothing; `Bundesobmann Stefan Knafl` in the second paragraph is his name with an office that names only him (rule
    # 44), the headline's `Der Bundesobmann des Österreichischen Seniorenbundes Stefan Knafl` names the organisation (rule 33)
    quotes=[(cut(KN_P1, "\"Das abgelaufene", "werden können\""), KNAFL),
            ("\"Bündnis für Österreichs Senioren\"", None),
            (cut(KN_P3, "\"Als besonderer", "werden zu dürfen\""), KNAFL)],
    aliases={KNAFL: ["Stefan Knafl", "Bundesobmann Stefan Knafl", "Knafl"]})

# --- APA-OTS, SPÖ Klub Rathaus, 28 September 2006: Andreas Schieder and Karl Blecha at an election meeting in Penzing ---

SC_T = ("Wahlveranstaltung in Penzing - SP-Schieder: \"Pensionisten ärgern sich über kleine Pensionen und "
        "Selbstbehalte!\"")
SC_P1 = ("Wien (OTS) - Ihrem Ärger Luft machten gestern PensionistInnen bei einer gut besuchten SPÖ-Wahlveranstaltung im "
         "Baumgartner Casino: \"Es gibt großen Ärger über die Entwicklung der Pensionen seit dem Jahr 2000\", berichtet "
         "Penzings SPÖ-Vorsitzender und Kandidat zur Nationalratswahl, Mag. Andreas Schieder. \"So haben die PensionistInnen "
         "weniger an Kaufkraft im Börsl als früher, darüber hinaus machen Rezeptgebühren und Selbstbehalte das Leben für "
         "BezieherInnen von Durchschnittspensionen noch schwerer.\" Darauf nahm auch SP-Pensionistenchef Karl Blecha Bezug: "
         "\"Der Kaufkraftverlust der durchschnittlichen Pensionen beträgt mehrere Prozent, bei den niedrigsten Pensionen sogar "
         "noch mehr. Das ist sozial ungerecht!\"")
SC_P2 = ("Es braucht neue Fairness für die Genrerationen, unterstrich Schieder:\" Was viele Ältere auch bewegt ist die "
         "Bildungsmisere: Die Sorge ob das eigene Enkerl auch die Ausbildung und einen guten Job bekommen wird. Achtung "
         "Wolfgang Schüssel: die PensionistInnen sind echt sauer!\"")

add(id="ho759-ots-spoe-klub-rathaus-2006-09-28-schieder-blecha-penzing",
    title=SC_T,
    url="https://www.ots.at/presseaussendung/OTS_20060928_OTS0141/wahlveranstaltung-in-penzing-sp-schieder-pensionisten-"
        "aergern-sich-ueber-kleine-pensionen-und-selbstbehalte",
    retrieved="same address (release on the APA-OTS service, 28 September 2006 by its OTS number, three days before the "
              "national election of 1 October 2006, on an SPÖ meeting held 'gestern'; the sender is told by the contact "
              "block 'SPÖ Klub Rathaus, Presse' with the lines 'Mag. Michaela Zlamal', telephone and e-mail, dropped with the "
              "contact heading and the footer 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER "
              "VERANTWORTUNG DES AUSSENDERS | DS10003', and so is the end mark '(Schluss)' after the last closing mark (rules "
              "460, 4760); the headline kept as the title, the dateline 'Wien (OTS) -' at the start of the first paragraph; "
              "'Genrerationen', the opening mark set after the colon without a space and followed by one "
              "('Schieder:\" Was'), 'bewegt ist die Bildungsmisere' and 'Die Sorge ob' without commas kept (rule 20); complete "
              "as stored)",
    license=APA_OTS_POLITICS,
    paras=[SC_P1, SC_P2],
    # the headline quotation after the fused label `SP-Schieder:` is his (rules 26, 54, 3672), the body giving him the same
    # complaint; the colon quotation after the pensioners' act (`Ihrem Ärger Luft machten gestern PensionistInnen …:`) and
    # before `berichtet … Mag. Andreas Schieder` is his report, not the pensioners' words (rules 30, 4762), and so is the next
    # quotation, which continues him with no new speaker (rule 8); the colon quotation after `Darauf nahm auch
    # SP-Pensionistenchef Karl Blecha Bezug:` is Blecha's (rule 9); the colon quotation after the unmarked `Es braucht neue
    # Fairness für die Genrerationen, unterstrich Schieder:` is Schieder's (rules 9, 30); the PensionistInnen, Wolfgang
    # Schüssel and the SPÖ say nothing; `Mag. Andreas Schieder` is his name with an academic title (rule 44), the offices with
    # the party's name (`Penzings SPÖ-Vorsitzender`, `SP-Pensionistenchef`) and the fused label `SP-Schieder` are no aliases
    # (rules 33, 3672)
    quotes=[(cut(SC_T, "\"Pensionisten", "Selbstbehalte!\""), SCHIEDER),
            (cut(SC_P1, "\"Es gibt", "Jahr 2000\""), SCHIEDER),
            (cut(SC_P1, "\"So haben", "noch schwerer.\""), SCHIEDER),
            (cut(SC_P1, "\"Der Kaufkraftverlust", "ungerecht!\""), BLECHA),
            (cut(SC_P2, "\" Was viele", "echt sauer!\""), SCHIEDER)],
    aliases={SCHIEDER: ["Andreas Schieder", "Mag. Andreas Schieder", "Schieder"],
             BLECHA: ["Karl Blecha"]})

# --- APA-OTS, Sozialistische Jugend Wien, 21 May 2007: Sandra Breiteneder re-elected as chair ---

BR_T = ("SJ-Breitender: \"Kämpfen statt Umfallen! - Landeskonferenz ist Startsignal für weiteres "
        "Organisationswachstum!\"")
BR_SUB = "Sandra Breiteneder mit 90,8% als Wiener SJ-Vorsitzende bestätigt"
BR_P1 = ("Wien (OTS) - Die Landeskonferenz der Sozialistischen Jugend (SJ) Wien, die zum verlängerten Wochenende stattfand, "
         "enthielt eine klare Forderung an die eigene Partei: \"Kämpfen statt Umfallen!\" lautete das Motto der Wiener "
         "SJ-Landeskonferenz, bei der die rund 130 Delegierten die 24-jährige Sandra Breiteneder mit 90,8% der Stimmen für "
         "weitere zwei Jahre in ihrer Funktion als Vorsitzende bestätigten. Der 25-jährige Ottakringer Stefan Jagsch wurde mit "
         "90% zum neuen Landessekretär gewählt. Damit wurde die regierungskritische Linie der SJ klar bestätigt.")
BR_P2 = ("Der Protest gegen den Eintritt der SPÖ in die große Koalition ist für Breiteneder Ausdruck des Anspruchs der SJ eine "
         "\"starke Stimme von Jugendlichen für Jugendliche\" zu sein. \"Ob bei Zivildienst, Geschlechtergerechtigkeit, "
         "Lehrlingsausbildung, Schulreform, Studiengebühren, Anti-Rassismus oder auch kostenlosem Zugang zu "
         "Verhütungsmitteln: Wir setzen uns für die unmittelbaren Interessen der Jugendlichen ein. Und wir kämpfen auch dafür, "
         "dass die SPÖ diese Interessen wahrnimmt und gegen die ÖVP-Politik der letzten Jahre ankämpft. Wenn die "
         "Bundesregierung das nicht tut, werden wir aber auch in Zukunft unserer Unzufriedenheit lautstark Ausdruck "
         "verleihen\", stellt Breiteneder klar. Der erfolgreiche glaubwürdige SJ-Kurs der letzten Jahre werde fortgesetzt.")
BR_P3 = ("Neben der Neuwahl des Vorstandes beschäftigte die Konferenz die Diskussion der rund zwanzig Anträge zu aktuellen "
         "innenpolitischen, grundsätzlichen und internationalen Themen. Außerdem auf dem Programm stand ein Gastreferat von "
         "Wiens Integrationsstadträtin Sandra Frauenberger.")

add(id="ho759-ots-sj-wien-2007-05-21-breiteneder-landeskonferenz",
    title=BR_T,
    url="https://www.ots.at/presseaussendung/OTS_20070521_OTS0176/sj-breitender-kaempfen-statt-umfallen-landeskonferenz-ist-"
        "startsignal-fuer-weiteres-organisationswachstum",
    retrieved="same address (release on the APA-OTS service, 21 May 2007 by its OTS number, after the Land conference of the "
              "SJ Wien held over the long weekend; the stored copy is cut off inside its fourth body paragraph, after a "
              "further quotation of Breiteneder's ('… um gehört zu werden!\" Mit'), which is dropped with what it holds (rule "
              "15), and it ends before any contact block, so the sender is inferred from the release's own voice as the "
              "Sozialistische Jugend Wien, the SPÖ's youth organisation in Vienna, whose re-elected chair speaks (rules 2581, "
              "3250, 4760); headline and subtitle kept as lines of their own as stored, the dateline 'Wien (OTS) -' at the "
              "start of the first paragraph; the misspelt label 'SJ-Breitender', 'des Anspruchs der SJ eine' without a comma "
              "and 'Der erfolgreiche glaubwürdige SJ-Kurs' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BR_SUB, BR_P1, BR_P2, BR_P3],
    # the headline quotation after the fused and misspelt label `SJ-Breitender:` is Breiteneder's as a whole, although it
    # opens with the conference's motto (rules 26, 54, 3672, 4763); the motto in the body, `"Kämpfen statt Umfallen!"
    # lautete das Motto der Wiener SJ-Landeskonferenz`, is null (rules 24, 4763); the partial quotation inside `ist für
    # Breiteneder Ausdruck des Anspruchs der SJ eine "…" zu sein` is hers (rules 3, 4763), and so is the quotation before
    # `stellt Breiteneder klar` (rule 30); Stefan Jagsch, Sandra Frauenberger, the SPÖ, the ÖVP and the Bundesregierung say
    # nothing; the office `Wiener SJ-Vorsitzende` of the subtitle names the organisation and the misspelt fused label is no
    # alias (rules 33, 3672)
    quotes=[(cut(BR_T, "\"Kämpfen", "Organisationswachstum!\""), BREITENEDER),
            (cut(BR_P1, "\"Kämpfen", "Umfallen!\""), None),
            ("\"starke Stimme von Jugendlichen für Jugendliche\"", BREITENEDER),
            (cut(BR_P2, "\"Ob bei", "Ausdruck verleihen\""), BREITENEDER)],
    aliases={BREITENEDER: ["Sandra Breiteneder", "Breiteneder"]})

# --- APA-OTS, Ring Freiheitlicher Jugend (Klub der Freiheitlichen, Wien), 30 May 2012: Udo Landbauer on the SJ ---

RF_T = "RFJ-Landbauer: Linksextremer SJ-Beißreflex ist unausstehlich"
RF_SUB = "Kiffen macht anscheinend wirklich paranoid"
RF_P1 = ("Wien (OTS/fpd) - Den jüngsten Rundumschlag des Ober-Jusos Moitzi gegen die FPÖ, im Zusammenhang mit einer "
         "angedachten Schnupperhaft, bewertet RFJ-Bundesobmann Udo Landbauer lediglich als erbärmlichen Versuch, wieder ein "
         "paar Hirngespinste in die Welt schreien zu können. Er betont: \"Auch wenn Moitzi noch tausend Mal >Haltet den Dieb!< "
         "schreit, so bleibt dennoch klar, dass es einzig und allein seine SJ ist, die mit linksfaschistischen Schlägertruppen "
         "wie dem schwarzen Block aus Deutschland Schulter an Schulter an Demonstrationen teilnimmt. Erinnern möchte ich in "
         "diesem Zusammenhang nur an die Demo gegen den WKR-Ball. Die dort sichergestellte, eineinhalb Kilogramm schwere Bombe "
         "wurde mit Sicherheit nicht von einem Freiheitlichen mitgebracht.\"")
RF_P2 = ("Landbauer bezeichnet es keineswegs als jugendfeindlich, wenn man anständige junge Menschen vor gewalttätigen "
         "Schlägertruppen schützen will. Aber dies dürfte eben nicht in das linke Weltbild \"wir haben uns alle lieb, so lange "
         "wir keine bösen Rechten sind\" passen.")
RF_P3 = ("\"Es sind aber schon die Richtigen, nämlich die Jugendlichen, die sehr wohl erkennen, dass nur wir Freiheitliche sie "
         "vor solchen Gewalttätern schützen werden und ihnen auch wieder einen angstfreien Abend an einem Wochenende "
         "sicherstellen wollen\", so Landbauer abschließend.")

add(id="ho759-ots-rfj-2012-05-30-landbauer-sj-beissreflex",
    title=RF_T,
    url="https://www.ots.at/presseaussendung/OTS_20120530_OTS0124/rfj-landbauer-linksextremer-sj-beissreflex-ist-unausstehlich",
    retrieved="same address (release on the APA-OTS service, 30 May 2012 by its OTS number; the sender is told by the dateline "
              "code 'OTS/fpd' and the contact block 'Klub der Freiheitlichen, Pressestelle' with a telephone line, the press "
              "office of the Vienna FPÖ's club, sending for the Ring Freiheitlicher Jugend, the FPÖ's youth organisation, "
              "whose Bundesobmann speaks (rules 2581, 3250, 4760); the contact block, its heading and the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | "
              "NFW0001' dropped, and so is the end mark '(Schluss)' after the last cue (rules 460, 4760); headline and "
              "subtitle kept as lines of their own as stored, the dateline 'Wien (OTS/fpd) -' at the start of the first "
              "paragraph; the angle marks '>Haltet den Dieb!<', 'so lange' and 'Ober-Jusos' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[RF_SUB, RF_P1, RF_P2, RF_P3],
    # the colon quotation after `Er betont:`, the pronoun resolving to `RFJ-Bundesobmann Udo Landbauer` of the sentence
    # before, is his, with the words he puts in Moitzi's mouth between angle marks inside it (rules 8, 9, NOTES.md nested
    # quotes); the mock motto of `das linke Weltbild "…"` in the narrator's sentence that goes on reporting his view after
    # `Landbauer bezeichnet …` is his coinage, not null and not Moitzi's (rules 4294, 4764); the quotation before `so
    # Landbauer abschließend` is his (rule 30); Moitzi (`Ober-Jusos Moitzi`), the SJ, the schwarzer Block and the FPÖ say
    # nothing; the headline after the fused label `RFJ-Landbauer:` and the subtitle are unmarked (rule 630); the office
    # `RFJ-Bundesobmann` and the fused label are no aliases (rules 33, 3672)
    quotes=[(cut(RF_P1, "\"Auch wenn", "mitgebracht.\""), LANDBAUER),
            ("\"wir haben uns alle lieb, so lange wir keine bösen Rechten sind\"", LANDBAUER),
            (cut(RF_P3, "\"Es sind", "sicherstellen wollen\""), LANDBAUER)],
    aliases={LANDBAUER: ["Udo Landbauer", "Landbauer"]})

# --- APA-OTS, RFJ Kärnten, 22 May 2013: Ewald Mödritscher on the reunion of the freiheitliche Jugend ---

MO_T = "RFJ Kärnten: Wiedervereinigung der Freiheitlichen Jugend"
MO_SUB = "Die Freiheitliche Jugend marschiert den Weg der Erneuerung voran"
MO_P1 = ("Klagenfurt (OTS) - Noch vor dem Wiedervereinigungsparteitag der Kärntner Freiheitlichen mit der Bundespartei planen "
         "die Jungen Freiheitlichen die Zusammenführung des Ring Freiheitlicher Jungend (RFJ) Kärnten mit dem RFJ auf "
         "Bundesebene. Die bisherige Vorfeldorganisation der FPK, der Club Kärnten hat den RFJ in Kärnten wieder zum Leben "
         "erweckt und wird zukünftig als RFJ Kärnten die Vorfeldorganisation des freiheitlichen Landtagsklubs in Kärnten sein. "
         "\"Die freiheitliche Jugend möchte den Weg der Erneuerung voran gehen und steht geschlossen hinter der Vereinigung\", "
         "so der designierte RFJ-Landesobmann Ewald Mödritscher.")
MO_P2 = ("Der Bundesvorstand unter Obmann Udo Landbauer begrüßt und unterstützt die Wiedervereinigung der freiheitlichen "
         "Jugend. Beim Landesjugendtag am 22. Juni 2013 wird der RFJ-Landesvorstand gewählt und sofort die Arbeit aufnehmen. "
         "\"Vor allem die Themen Sicherheit, Bildung, die Aufwertung der Lehre sowie die Anliegen der eigenen jungen "
         "Arbeitnehmer wollen wir in Zukunft fördern\", sagt der designierte Obmann.")

add(id="ho759-ots-rfj-kaernten-2013-05-22-moedritscher-wiedervereinigung",
    title=MO_T,
    url="https://www.ots.at/presseaussendung/OTS_20130522_OTS0165/rfj-kaernten-wiedervereinigung-der-freiheitlichen-jugend",
    retrieved="same address (release on the APA-OTS service, 22 May 2013 by its OTS number, before the Landesjugendtag of "
              "22 June 2013; the crawl-date prefix ' date 2018-03' before the headline dropped (rule 63); the copy ends after "
              "the second body paragraph with empty lines, before any contact block; a later part of the release, if any, "
              "is not stored (rule 17), and the sender is inferred from the headline label 'RFJ Kärnten:', the dateline "
              "Klagenfurt and the release's own voice as the RFJ Kärnten, the FPÖ's youth organisation in Carinthia, whose "
              "designated Landesobmann speaks (rules 2581, 3250, 4760); headline and subtitle kept as lines of their own as "
              "stored, the dateline 'Klagenfurt (OTS) -' at the start of the first paragraph; 'Ring Freiheitlicher Jungend', "
              "'der FPK, der Club Kärnten hat' without a second comma and 'voran gehen' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[MO_SUB, MO_P1, MO_P2],
    # the quotation before `so der designierte RFJ-Landesobmann Ewald Mödritscher` is his (rule 30); the quotation before
    # `sagt der designierte Obmann` is his as well, not that of `Obmann Udo Landbauer`, named in the sentence before: the
    # adjective `designierte` takes up the designated Land chair, while Landbauer heads the federal board (rules 30, 4765);
    # Landbauer, the Bundesvorstand, the FPK and the Club Kärnten say nothing; `designierte Obmann` names only Mödritscher
    # and is his alias (rules 29, 4765), the office with the organisation's name (`designierte RFJ-Landesobmann`) is not
    # (rule 33); the headline after the label `RFJ Kärnten:` and the subtitle are unmarked (rule 630)
    quotes=[(cut(MO_P1, "\"Die freiheitliche", "der Vereinigung\""), MOEDRITSCHER),
            (cut(MO_P2, "\"Vor allem", "Zukunft fördern\""), MOEDRITSCHER)],
    aliases={MOEDRITSCHER: ["Ewald Mödritscher", "designierte Obmann"]})

# --- APA-OTS, Junge ÖVP, 5 May 2019: Laura Sachslehner on the SJ's action at Mauthausen ---

SL_T = "Junge ÖVP: SJ missbraucht Gedenkfeier für Wahlkampf"
SL_P1 = ("Wien (OTS) - \"Die heutige Aktion der Sozialistischen Jugend im Rahmen der Gedenk- und Befreiungsfeier in der "
         "KZ-Gedenkstätte Mauthausen zeigt wieder aufs Neue, wie leichtfertig die Sozialistische Jugend das Gedenken an die "
         "Gräueltaten der Nationalsozialisten und des Zweiten Weltkrieges missbraucht, um billiges politisches Kleingeld zu "
         "wechseln. Anstatt anzuerkennen, dass am heutigen Tag die Opfer und die Befreiung im Vordergrund stehen, nutzt die "
         "Vorsitzende der SJ, Julia Herr, den Tag, um Fotos für ihren Wahlkampf zu sammeln\", so Laura Sachslehner, "
         "Generalsekretärin der Jungen ÖVP, zur heutigen Aktion der SJ.")
SL_P2 = ("\"Bevor die Sozialistische Jugend auch die nächste Gedenkfeier zu ihrer politischen Bühne macht, könnte sie lieber "
         "anfangen gegen rot-blaue Koalitionen in den eigenen Reihen zu demonstrieren. Eine KZ-Gedenkstätte ist jedoch "
         "definitiv kein passender Ort dafür\", so Laura Sachslehner abschließend.")

add(id="ho759-ots-junge-oevp-2019-05-05-sachslehner-mauthausen",
    title=SL_T,
    url="https://www.ots.at/presseaussendung/OTS_20190505_OTS0042/junge-oevp-sj-missbraucht-gedenkfeier-fuer-wahlkampf",
    retrieved="same address (release on the APA-OTS service, 5 May 2019 by its OTS number and 'Die heutige Aktion' at the "
              "liberation ceremony at Mauthausen, three weeks before the European election; the copy ends after the second "
              "body paragraph with empty lines, before any contact block; a later part of the release, if any, is not "
              "stored (rule 17), and the sender is inferred from the headline label 'Junge ÖVP:' and the release's own voice "
              "as the Junge ÖVP, the ÖVP's youth organisation, whose Generalsekretärin speaks (rules 2581, 3250, 4760); the "
              "runs of empty lines between the paragraphs are paragraph breaks; the headline kept as the title, the dateline "
              "'Wien (OTS) -' at the start of the first paragraph; 'anfangen gegen rot-blaue Koalitionen … zu demonstrieren' "
              "without a comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SL_P1, SL_P2],
    # the quotations before `so Laura Sachslehner, Generalsekretärin der Jungen ÖVP, …` and `so Laura Sachslehner
    # abschließend` are hers (rule 30); Julia Herr (`die Vorsitzende der SJ, Julia Herr`) and the Sozialistische Jugend,
    # whose action the release attacks, say nothing; the headline after the label `Junge ÖVP:` is unmarked (rule 630); the
    # office `Generalsekretärin der Jungen ÖVP` names the organisation and is no alias (rule 33)
    quotes=[(cut(SL_P1, "\"Die heutige", "zu sammeln\""), SACHSLEHNER),
            (cut(SL_P2, "\"Bevor", "Ort dafür\""), SACHSLEHNER)],
    aliases={SACHSLEHNER: ["Laura Sachslehner"]})

# --- APA-OTS, SPÖ Wien (OTS/SPW), 30 August 2019: the youth organisations start their campaign (Doris Bures, Katharina
# Weninger) ---

JW_T = ("SPÖ Wien Jugendwahlauftakt: \"Wir setzen uns für gesellschaftlichen Wandel und ein gutes Leben für alle "
        "ein.\"")
JW_SUB = "Jugendorganisationen der Wiener SPÖ starten kämpferisch in den Nationalratswahlkampf"
JW_P1 = ("Wien (OTS/SPW) - Mit kämpferischen Slogans und vielen konkreten Forderungen sind am Donnerstag die "
         "Jugendorganisationen der SPÖ Wien in den Nationalratswahlkampf 2019 gestartet. Die Kampagnen der Sozialistischen "
         "Jugend (SJ), der Jungen Generation (JG) und der jungen GewerkschafterInnen in der SPÖ Wien einen die Forderungen "
         "nach bestmöglicher Bildung und leistbarem Wohnen, für Verteilungsgerechtigkeit und einen Planeten, der auch noch für "
         "die kommenden Generationen bewohnbar ist. Während die SJ unter dem Kampagnentitel „Steh auf…“ für mutige Visionen, "
         "Klimaschutz, Gleichberechtigung und gegen gekaufte Politik für alle eintritt, macht sich die JG unter "
         "„#keinekompromisse“ unter anderem für die Ausfinanzierung den Bildungssystems, ein Verbot unbezahlter Praktika und "
         "eine faire Erbschaftssteuer stark. Unter „Gute Arbeit. Besseres Leben. Starkes Land.“ engagieren sich die jungen "
         "GewerkschafterInnen in der SPÖ Wien hingegen vor allem für den Rechtsanspruch auf eine 4-Tage-Woche.")
JW_P2 = ("Bei der Auftaktveranstaltung im ega:frauen im zentrum richtete die Zweite Nationalratspräsidentin Doris Bures "
         "Begrüßungsworte an die Jugendorganisationen: „Als es damals um das AKW-Zwentendorf ging war die Debatte niemals "
         "leicht, aber wir haben sie als Junge gewonnen. Es ist immer wichtig, für die eigene Meinung aufzustehen, auch gegen "
         "großen Widerstand.“")
JW_P3 = ("Danach brachte JG Wien-Vorsitzende Katharina Weninger die Forderungen der Jungen Generation auf den Punkt: „Für uns "
         "steht fest: nach der Regierungsbildung braucht es eine Bildungsregierung! Denn die beste Bildung für alle Kinder ist "
         "der Grundstock für eine gesamtgesellschaftliche Veränderung“.")

add(id="ho759-ots-spoe-wien-2019-08-30-jugendwahlauftakt-bures-weninger",
    title=JW_T,
    url="https://www.ots.at/presseaussendung/OTS_20190830_OTS0074/spoe-wien-jugendwahlauftakt-wir-setzen-uns-fuer-"
        "gesellschaftlichen-wandel-und-ein-gutes-leben-fuer-alle-ein",
    retrieved="same address (release on the APA-OTS service, 30 August 2019 by its OTS number, on the campaign start of 'am "
              "Donnerstag', 29 August, before the national election of 29 September 2019; the crawl-date prefix ' date "
              "2019-08' before the headline dropped (rule 63), and so is the OTS marker '****' after the first paragraph "
              "(rule 460); the copy ends after the third body paragraph with empty lines, before any contact block; a later "
              "part of the release, if any, is not stored (rule 17); the sender is told by the dateline code 'OTS/SPW', the "
              "SPÖ Wien's press service, sending for the party's youth organisations in Vienna (rules 2581, 3250, 4760); the "
              "runs of empty lines between the paragraphs are paragraph breaks; headline and subtitle kept as lines of their "
              "own as stored, the dateline 'Wien (OTS/SPW) -' at the start of the first paragraph; 'die Ausfinanzierung den "
              "Bildungssystems', 'im ega:frauen im zentrum', 'ging war' without a comma, the lower-case 'nach' after a colon "
              "and the full stop after the closing mark ('Veränderung“.') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[JW_SUB, JW_P1, JW_P2, JW_P3],
    # the headline quotation after the event label `SPÖ Wien Jugendwahlauftakt:`, in the first person plural of the
    # campaigners, is the statement of the youth organisations that the subtitle and the first sentence name as starting
    # the campaign, a group speaker (rules 10, 26, 4766); the three campaign titles after `unter dem Kampagnentitel`,
    # `unter` and `Unter` are null (rules 24, 4766); the colon quotation after `richtete die Zweite Nationalratspräsidentin
    # Doris Bures Begrüßungsworte an die Jugendorganisationen:` is hers, the youth organisations being the addressees (rules
    # 9, 12); the colon quotation after `brachte JG Wien-Vorsitzende Katharina Weninger die Forderungen der Jungen
    # Generation auf den Punkt:` is hers (rule 9); the SJ, the JG and the jungen GewerkschafterInnen, named as campaigners,
    # have no words of their own; `Zweite Nationalratspräsidentin Doris Bures` is her name with an office that names only
    # her (rule 44), the office with the organisation's name (`JG Wien-Vorsitzende`) is no alias (rule 33); the group's
    # aliases are the head noun without the genitive that names the party (rules 10, 33)
    quotes=[(cut(JW_T, "\"Wir setzen", "für alle ein.\""), JUGEND),
            ("„Steh auf…“", None),
            ("„#keinekompromisse“", None),
            ("„Gute Arbeit. Besseres Leben. Starkes Land.“", None),
            (cut(JW_P2, "„Als es", "Widerstand.“"), BURES),
            (cut(JW_P3, "„Für uns", "Veränderung“"), WENINGER)],
    aliases={JUGEND: ["Jugendorganisationen"],
             BURES: ["Doris Bures", "Zweite Nationalratspräsidentin Doris Bures"],
             WENINGER: ["Katharina Weninger"]})

# --- APA-OTS, Österreichischer Seniorenbund, 16 September 2019: Ingrid Korosec congratulates the Pensionistenverband ---

KO_T = "Seniorenbund-Präsidentin Ingrid Korosec gratuliert Pensionistenverband zum 70-Jährigen Bestehen"
KO_SUB = "Korosec betont die Wichtigkeit von Seniorenorganisationen für die Gemeinschaft und gegen Einsamkeit im Alter."
KO_P1 = ("Wien (OTS) - „Als Präsidentin des Österreichischen Seniorenbundes möchte ich dem Pensionistenverband Österreich "
         "herzlich zu seinem 70. Jubiläum gratulieren!“, so Ingrid Korosec anlässlich des 70. Jahrestags der Gründung des PVÖ "
         "am 17. September.")
KO_P2 = ("Korosec hebt auch die große Bedeutung von Seniorenorganisationen hervor. „Sie bieten Seniorinnen und Senioren "
         "vielfältige Aktivitäten wie Sport, gemeinsame Reisen oder Wanderungen. So fördern sie nicht nur die Gemeinschaft, "
         "sondern bieten einen Anhaltspunkt und beugen Einsamkeit im Alter vor“, betont Korosec. Auch generationsübergreifende "
         "Initiativen wie die Lesepatenschaft in Volksschulen würden das Miteinander von Jung und Alt fördern, so die "
         "Seniorenbund-Präsidentin. „Darüber hinaus haben die Seniorenorganisationen wichtige politische Aufgaben im Rahmen des "
         "Österreichischen Seniorenrats als gesetzlich festgelegter und äußerst wichtiger Interessensvertretung der älteren "
         "Generation“, so Korosec weiter.")
KO_P3 = ("Der Österreichische Seniorenrat stellt seit 2000 auch den fünften Sozialpartner dar. Hier betont Korosec die gute "
         "und enge Zusammenarbeit zwischen Seniorenbund und Pensionistenverband. „Das ist unumgänglich, um für die "
         "Seniorinnen und Senioren eine schlagkräftige politische Interessensvertretung sicherzustellen“, sagt sie.")
KO_P4 = ("„Ich freue mich darauf, auch in den kommenden Jahren in guter Zusammenarbeit mit dem Pensionistenverband weiter für "
         "die Belange der älteren Generation und ein gutes Einvernehmen zwischen den Generationen einzustehen“, sagt Ingrid "
         "Korosec abschließend.")

add(id="ho759-ots-seniorenbund-2019-09-16-korosec-pvoe",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20190916_OTS0163/seniorenbund-praesidentin-ingrid-korosec-gratuliert-"
        "pensionistenverband-zum-70-jaehrigen-bestehen",
    retrieved="same address (release on the APA-OTS service, 16 September 2019 by its OTS number, the day before the 70th "
              "anniversary of the Pensionistenverband's founding on 17 September; the crawl-date prefix ' date 2019-09' "
              "before the headline dropped (rule 63); the copy ends after the fourth body paragraph with empty lines, before "
              "any contact block; a later part of the release, if any, is not stored (rule 17), and the sender is inferred "
              "from the headline and the release's own voice as the Österreichischer Seniorenbund, the ÖVP's seniors' "
              "organisation, whose president speaks (rules 2581, 3310, 4760); headline and subtitle kept as lines of their "
              "own as stored (the subtitle with its full stop), the dateline 'Wien (OTS) -' at the start of the first "
              "paragraph; 'zum 70-Jährigen Bestehen' and 'als gesetzlich festgelegter und äußerst wichtiger "
              "Interessensvertretung' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KO_SUB, KO_P1, KO_P2, KO_P3, KO_P4],
    # the quotations before `so Ingrid Korosec anlässlich …`, `betont Korosec`, `so Korosec weiter` and `sagt Ingrid Korosec
    # abschließend` are hers (rule 30), and so is the quotation before `sagt sie`, the pronoun resolving to Korosec, the
    # subject of the sentence before (rule 8); the unmarked Konjunktiv sentence closed by `so die Seniorenbund-Präsidentin`
    # carries no span (rule 5); the Pensionistenverband, the PVÖ and the Österreichischer Seniorenrat say nothing; the office
    # `Seniorenbund-Präsidentin` names the organisation and is no alias (rule 33)
    quotes=[(cut(KO_P1, "„Als Präsidentin", "gratulieren!“"), KOROSEC),
            (cut(KO_P2, "„Sie bieten", "im Alter vor“"), KOROSEC),
            (cut(KO_P2, "„Darüber hinaus", "Generation“"), KOROSEC),
            (cut(KO_P3, "„Das ist", "sicherzustellen“"), KOROSEC),
            (cut(KO_P4, "„Ich freue", "einzustehen“"), KOROSEC)],
    aliases={KOROSEC: ["Ingrid Korosec", "Korosec"]})
