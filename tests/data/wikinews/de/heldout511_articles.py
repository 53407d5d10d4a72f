# Five-hundred-and-eleventh held-out German real-news set (tests/data/heldout511-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2820-2826). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal release number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-eleventh held-out set": nine press releases of German police
# authorities sent over ots by news aktuell and shown in their newsrooms on presseportal.de (blaulicht) - six of the police
# of Rhineland-Palatinate (the Polizeipräsidium Rheinpfalz welcoming new officers, October 2019 and, by video, May 2020; the
# Polizeipräsidium Koblenz on the attack on officers in Andernach, October 2020; the Polizeipräsidium Westpfalz on a torn-down
# sign, January 2021; the Polizeipräsidium Mainz welcoming new officers, May 2022 and October 2025) and three of the police of
# North Rhine-Westphalia (the Polizeipräsidium Bielefeld's statement on burnt-out police vehicles, 2017; Herbert Reul
# installing Jörg Lukat as police president of Bochum, June 2019; the Münster police president at the ISG, July 2022).
# Licences: OTS_POLIZEI_RLP for the six Rhineland-Palatinate releases (the police's own reuse statement), OTS_POLIZEI_SENDER
# for the three NRW releases (the ots distributor's terms, with the caveat of OTS_POLIZEI). Stored copies are the `search`
# tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), presseportal
# furniture (date prefixes, the page-logo line, newsroom labels, image furniture, contact blocks and footers) is dropped
# (rules 2520, 2610, 2790, 2820), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_POLIZEI_RLP, OTS_POLIZEI_SENDER  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


EBLING = "Thomas Ebling"
MARON = "Karlheinz Maron"
DORNDORF = "Alexandra Dorndorf"
ISG = "ISG"
LUKAT = "Jörg Lukat"
REUL = "Herbert Reul"
GIERE = "Katharina Giere"
KOCH = "Ulrich Koch"
HAMM = "Reiner Hamm"

# --- presseportal.de (ots), May 2020: Polizeipräsidium Rheinpfalz, 43 new officers welcomed by video message ---

VB_T = "POL-PPRP: Per Videobotschaft 43 \"neue\" Polizistinnen und Polizisten im Polizeipräsidium Rheinpfalz begrüßt"
VB_P1 = ("Im Zuge des landesweiten Versetzungsgeschehens der Polizei wurden mit Wirkung zum 1. Mai 2020 13 "
         "Polizeibeamtinnen und 30 Polizeibeamte zum Polizeipräsidium Rheinpfalz versetzt. Sie alle sind Absolventinnen und "
         "Absolventen des 17. Bachelor Studienganges der Hochschule der Polizei.")
VB_P2 = ("Üblicherweise begrüßt Polizeipräsident Thomas Ebling die neuen Kolleginnen und Kollegen persönlich in einer kleinen "
         "Feierstunde im Polizeipräsidium. Zurzeit ist das aber leider nicht möglich. Das steht einer persönlichen Begrüßung "
         "aber nicht im Wege.")
VB_P3 = ("In einer Videobegrüßung hieß der Polizeipräsident die \"Neuen\" herzlich willkommen. In seiner Ansprache machte er "
         "deutlich, dass wir als Bürgerpolizei auch gerade in diesen ungewöhnlichen Zeiten für die Menschen da sein müssen.")
VB_P4 = ("Polizeipräsident Thomas Ebling \"Seien Sie Bürgerpolizistin und Bürgerpolizist aus Überzeugung. Dazu müssen Sie "
         "aufrecht, offen, konsequent und menschlich auftreten. Nur so werden die Bürger Sie als hilfreich empfinden.\"")
VB_P5 = ("Die Polizeibeamtinnen und Polizeibeamten werden den Polizeidirektionen Ludwigshafen (26), Landau (6) und Neustadt "
         "(11) zugewiesen.")

add(id="ho511-ots-2020-05-pp-rheinpfalz-videobegruessung",
    title=VB_T,
    url="https://www.presseportal.de/blaulicht/pm/117696/4586725",
    retrieved="same address (release of the Polizeipräsidium Rheinpfalz sent over news aktuell, May 2020; the date prefix "
              "' date 2020-05' and the newsroom label 'Polizeipräsidium Rheinpfalz' dropped (rules 2520, 2820); the headline "
              "with its service code 'POL-PPRP:' is the first line, the dateline 'Ludwigshafen (ots)' a line of its own; the "
              "published '17. Bachelor Studienganges' kept (rule 20); complete as stored, the stored copy ending after the "
              "last paragraph, before the contact block)",
    license=OTS_POLIZEI_RLP,
    paras=["Ludwigshafen (ots)", VB_P1, VB_P2, VB_P3, VB_P4, VB_P5],
    # the marked adjective and noun for the newcomers (headline `43 "neue" Polizistinnen`, body `hieß … die "Neuen"
    # herzlich willkommen`) are the release's own colloquial marks, null (rules 24, 2661); the paragraph that sets the
    # quotation directly after `Polizeipräsident Thomas Ebling`, with no colon and no verb, is his (rule 2825)
    quotes=[("\"neue\"", None),
            ("\"Neuen\"", None),
            (cut(VB_P4, "\"Seien Sie", "empfinden.\""), EBLING)],
    aliases={EBLING: ["Thomas Ebling", "Polizeipräsident Thomas Ebling", "Polizeipräsident"]})

# --- presseportal.de (ots), October 2019: Polizeipräsidium Rheinpfalz, 43 graduates welcomed by the police president ---

BG_P1 = ("Im Zuge des landesweiten Versetzungsgeschehens der Polizei im Oktober 2019 verlassen 14 Kolleginnen und Kollegen das "
         "Polizeipräsidium Rheinpfalz, sie wechseln in andere Polizeipräsidien des Landes. Zum Polizeipräsidium Rheinpfalz "
         "werden insgesamt 48 Polizisten versetzt.Fünf Zuversetzungen erfolgen zum 07.Oktober.")
BG_P2 = ("Zum Stichtag 01. Oktober wurden heute insgesamt 43 Kollegen von der Hochschule der Polizei zu uns versetzt, davon 16 "
         "Polizeibeamtinnen und 27 Polizeibeamte. Diese wurden erst gestern nach erfolgreichem Studienabschluss zu "
         "Polizeikommissarinnen und Polizeikommissaren ernannt. Heute Morgen begrüßte sie unser Polizeipräsidenten Thomas "
         "Ebling zum Dienstantritt im Polizeipräsidium Rheinpfalz: \"Sie gehören zu den bestausgebildeten Polizisten, die wir "
         "jemals hatten. Ihr Ausbildungsstand ist hervorragend. Zur Vollwertigkeit gehört nur noch die Erfahrung! Vertrauen sie "
         "den Kollegen, die sie nun an der Hand nehmen.\" In seiner Ansprache machte Ebling deutlich, wie groß der "
         "Personalbedarf in unserer Behörde ist und wie sehr wir uns auf die Verstärkung freuen. In seinen abschließenden "
         "Worten machte er den jungen Frauen und Männer aber auch deutlich, welche Erwartungen er an sie hat. \"Bleiben sie "
         "stets aufrecht, offen und tolerant im demokratischen Sinne. Handeln Sie konsequent, mit Verstand aber auch mit "
         "Herz!\" Die 43 Polizeibeamtinnen und Polizeibeamte werden im gesamten Präsidialbereich verteilt. Zur Direktion "
         "Ludwigshafen kommen 20, nach Landau 13 und nach Neustadt 10 Beamtinnen und Beamte.")

add(id="ho511-ots-2019-10-pp-rheinpfalz-dienstantritt",
    title=None,
    url="https://www.presseportal.de/blaulicht/pm/117696/4390425",
    retrieved="same address (release of the Polizeipräsidium Rheinpfalz sent over news aktuell, 1 October 2019 by its text "
              "and release number; the stored copy shows no date prefix, no newsroom label, no headline and no dateline and "
              "begins with the first paragraph, so the document has no title line (rules 18, 32, 2790, 2820); the published "
              "'versetzt.Fünf', 'zum 07.Oktober', 'unser Polizeipräsidenten', 'Vertrauen sie', 'den jungen Frauen und "
              "Männer' and 'Bleiben sie' kept (rule 20); complete as stored, the stored copy ending after the second "
              "paragraph)",
    license=OTS_POLIZEI_RLP,
    paras=[BG_P1, BG_P2],
    # the colon quotation after `begrüßte sie unser Polizeipräsidenten Thomas Ebling …:` is his (rule 9); the cue-less
    # quotation after `In seinen abschließenden Worten machte er … deutlich, welche Erwartungen er an sie hat.` is his as
    # well: `er` takes up Ebling (rule 8), and the sentence announces the words that follow (NOTES.md continuation)
    quotes=[(cut(BG_P2, "\"Sie gehören", "nehmen.\""), EBLING),
            (cut(BG_P2, "\"Bleiben sie", "Herz!\""), EBLING)],
    aliases={EBLING: ["Thomas Ebling", "Ebling"]})

# --- presseportal.de (ots), October 2020: Polizeipräsidium Koblenz, Karlheinz Maron after the attack in Andernach ---

AN_T = ("POL-PPKO: Polizeipräsident Maron: große Anteilnahme für die verletzten Polizistinnen und Polizisten aus der "
        "Bevölkerung - Ermittlungen laufen auf Hochtouren")
AN_P1 = ("\"Die Gewalttat vom Wochenende macht uns betroffen. Hier wurde ganz klar eine rote Linie überschritten. Taten wie "
         "diese dürfen sich nicht wiederholen.\" Der Koblenzer Polizeipräsident Karlheinz Maron wählt klare Worte bei seiner "
         "Beurteilung der Geschehnisse in der Nacht von Freitag auf Samstag in Andernach.")
AN_P2 = ("Dankbar ist der Polizeipräsident angesichts der großen Anteilnahme und des Zuspruchs aus der Bevölkerung. \"In den "
         "letzten Tagen haben uns viele Beistandsbekundungen und Genesungswünsche erreicht. Es zeigt uns, welch hohen "
         "Stellenwert und positives Ansehen wir in der Bevölkerung genießen.\"")
AN_P3 = ("Aber auch Persönlichkeiten des öffentlichen Lebens, allen voran Ministerpräsidentin Malu Dreyer, Innenminister Roger "
         "Lewentz, der Andernacher Oberbürgermeister Achim Hütten und viele andere haben unmittelbar ihre Solidarität mit den "
         "Polizei- und Rettungskräften bekundet, die bei ständig zunehmender Tendenz Ziel von tätlichen Angriffen werden. Auch "
         "dem Oberbürgermeister von Koblenz David Langner und dem gesamten Stadtrat dankt Maron für die vorbehaltlose "
         "Unterstützung der Polizei.")
AN_P4 = ("Das Polizeipräsidium Koblenz hat zur Aufklärung der Geschehnisse eine Ermittlungsgruppe (EG) eingerichtet. Auf Grund "
         "der ersten Ermittlungsergebnisse sind wir zuversichtlich, so Karlheinz Maron weiter, dass die begangenen Straftaten "
         "aufgeklärt und die Straftäter alle identifiziert werden können. Dies schließt auch die in der Folge begangenen "
         "Beleidigungen in den sozialen Netzwerken mit ein. \"Wir werden alle strafrechtlich relevanten Äußerungen ermitteln und "
         "zur Anzeige bringen.\"")

add(id="ho511-ots-2020-10-pp-koblenz-maron-andernach",
    title=AN_T,
    url="https://www.presseportal.de/blaulicht/pm/117715/4736470",
    retrieved="same address (release of the Polizeipräsidium Koblenz sent over news aktuell, October 2020; the date prefix "
              "' date 2020-10' and the newsroom label 'Polizeipräsidium Koblenz' dropped (rules 2520, 2820); the headline with "
              "its service code 'POL-PPKO:' and its unmarked label 'Polizeipräsident Maron:' is the first line, the dateline "
              "'Koblenz Andernach (ots)' a line of its own as stored; the last paragraph 'Der Polizeipräsident wird "
              "abschließend deutlich: \"Respektlosigkeit gegenüber Einsat', cut off in the stored copy inside its quotation, "
              "dropped with it (rule 15))",
    license=OTS_POLIZEI_RLP,
    paras=["Koblenz Andernach (ots)", AN_P1, AN_P2, AN_P3, AN_P4],
    # the opening quotation is Maron's by the sentence after it, which names his choice of words (rule 2826); the quotation
    # after `Dankbar ist der Polizeipräsident …` continues him (rule 2826); the last one follows his unmarked report `so
    # Karlheinz Maron weiter` and its next sentence and is his (rules 5, 30; NOTES.md continuation); the headline label has
    # no marks and no span (rule 5); Malu Dreyer, Roger Lewentz, Achim Hütten and David Langner say nothing in marks
    quotes=[(cut(AN_P1, "\"Die Gewalttat", "wiederholen.\""), MARON),
            (cut(AN_P2, "\"In den", "genießen.\""), MARON),
            (cut(AN_P4, "\"Wir werden", "bringen.\""), MARON)],
    aliases={MARON: ["Karlheinz Maron", "Polizeipräsident Maron", "Maron", "Polizeipräsident"]})

# --- presseportal.de (ots), July 2022: Polizei Münster, the police president at the ISG in the station quarter ---

IS_T = ("POL-MS: Polizeipräsidentin Alexandra Dorndorf zu Gast bei der ISG - Verantwortliche tauschen sich über Neuigkeiten "
        "und Veränderungen im Bahnhofsviertel aus")
IS_P1 = ("Am vergangenen Freitag (15.7.) hat sich Polizeipräsidentin Alexandra Dorndorf in der Alexianer Waschküche an der "
         "Bahnhofstraße mit der Vorstandsvorsitzenden der ISG, Ute Deutschländer, und dem stellvertretenden Vorsitzenden der "
         "ISG, Gerhard von und zur Mühlen, getroffen. Die Polizeipräsidentin war der Einladung gerne gefolgt und wurde mit den "
         "Worten \"Schön, dass das mit dem Besuch so kurzfristig geklappt hat\", begrüßt. Begleitet wurde Alexandra Dorndorf "
         "durch den Leiter der Direktion Kriminalität, Jürgen Dekker, und die Leiterin Leitungsstab, Alexandra Füchter. Nach "
         "einer kurzen Vorstellungsrunde schilderte Frau Deutschländer zunächst die aktuelle Situation im Viertel aus Sicht der "
         "ISG und machte dabei deutlich, dass ihr die Fortsetzung der engen Zusammenarbeit mit der Polizei sehr wichtig sei. "
         "Die Beteiligten tauschten sich zur polizeilichen Bewertung der aktuellen Sicherheitslage rund um den Bahnhof aus, "
         "sprachen über bauliche Veränderungen, die örtlich ansässige Drogenszene und die Sicherheit im Bahnhofsviertel. "
         "Abschließend bedankte sich Alexandra Dorndorf: \"Vielen Dank für das intensive Gespräch. Ich habe großen Respekt für "
         "das, was Sie hier leisten. Für eine gute Sicherheit aller Beteiligten im Bahnhofsviertel brauchen wir einen "
         "vertrauensvollen und regelmäßigen Austausch wie diesen. Auf die Zusammenarbeit mit Ihnen freue ich mich.\"")

add(id="ho511-ots-2022-07-pp-muenster-dorndorf-isg",
    title=IS_T,
    url="https://www.presseportal.de/blaulicht/pm/11187/5277947",
    retrieved="same address (release of the Polizeipräsidium Münster sent over news aktuell, July 2022; the date prefix ' date "
              "2022-07', the newsroom label 'Polizei Münster', the image furniture 'Bild-Infos' and 'Download' and the footer "
              "'Original-Content von: Polizei Münster, übermittelt durch news aktuell' dropped (rules 2520, 2610); the headline "
              "with its service code 'POL-MS:' is the first line, the dateline 'Münster (ots)' a line of its own; the published "
              "'Gerhard von und zur Mühlen' (a local repost prints 'Gebhard') and the comma after the closing mark "
              "('geklappt hat\", begrüßt') kept (rule 20); complete in the stored copy)",
    license=OTS_POLIZEI_SENDER,
    paras=["Münster (ots)", IS_P1],
    # the greeting in the agentless passive whose subject is the guest is the hosts', the ISG's, with its two board members
    # named as her hosts as aliases, not the police president's (rule 2821); her colon quotation after `Abschließend
    # bedankte sich Alexandra Dorndorf:` is hers (rule 9); Jürgen Dekker and Alexandra Füchter say nothing
    quotes=[(cut(IS_P1, "\"Schön", "geklappt hat\""), ISG),
            (cut(IS_P1, "\"Vielen Dank", "freue ich mich.\""), DORNDORF)],
    aliases={ISG: ["ISG", "Ute Deutschländer", "Gerhard von und zur Mühlen", "Frau Deutschländer"],
             DORNDORF: ["Alexandra Dorndorf", "Polizeipräsidentin Alexandra Dorndorf", "Polizeipräsidentin"]})

# --- presseportal.de (ots), June 2019: Polizei Bochum, Herbert Reul installs Jörg Lukat as police president ---

LU_T = "POL-BO: Innenminister Herbert Reul führt Polizeipräsident Jörg Lukat in sein Amt ein"
LU_P1 = ("Das Polizeipräsidium Bochum hat einen neuen Präsidenten: NRW-Innenminister Herbert Reul führte Jörg Lukat (56) am "
         "Dienstagabend, 11. Juni, offiziell ins Amt ein.")
LU_P2 = ("\"Ich bin ein Kind des Ruhrgebietes und freue mich auf die Menschen in meiner Heimat\", sagte Lukat vor 240 "
         "geladenen Gästen bei seiner Amtseinführung im Bochumer Kunstmuseum. \"Hier lebe ich, hier bin ich aufgewachsen, "
         "deshalb ist mir ihre Sicherheit ein persönliches Anliegen. Dafür werde ich mit all meiner Kraft und Erfahrung "
         "arbeiten.\"")
LU_P3 = ("Lukat trat 1979 mit 17 Jahren in den mittleren Dienst der Polizei ein. Nach der Ausbildung arbeitete der Hertener "
         "unter anderem im Streifendienst im Rheinland und im Ruhrgebiet. Nach mehreren Studiengängen und Fortbildungen "
         "übernahm er Führungsaufgaben in verschiedenen Polizeibehörden, unter anderem beim Staatsschutz in Dortmund. Zuletzt "
         "leitete er das Referat \"Einsatz in besonderen Lagen\" in der Polizeiabteilung des Innenministeriums "
         "Nordrhein-Westfalen. Lukat ist verheiratet und hat zwei erwachsene Kinder. Er fährt Motorrad und verbringt seine "
         "Urlaube gerne an der Nordsee.")
LU_P4 = ("\"Jörg Lukat ist der richtige Mann am richtigen Platz\", sagte NRW-Innenminister Herbert Reul. \"Bochums neuer "
         "Polizeipräsident lebt und liebt das Ruhrgebiet, er kennt die Menschen, und die werden von seiner langjährigen "
         "Erfahrung als Polizist profitieren. Ich bin mir sicher, Jörg Lukat wird einen tollen Job machen. Ich wünsche ihm von "
         "Herzen viel Erfolg und Freude in der neuen Position.\"")

add(id="ho511-ots-2019-06-pp-bochum-amtseinfuehrung-lukat",
    title=LU_T,
    url="https://www.presseportal.de/blaulicht/pm/11530/4294604",
    retrieved="same address (release of the Polizeipräsidium Bochum sent over news aktuell, 11/12 June 2019 by its text; the "
              "date prefix ' date 2019-06' and the newsroom label 'Polizei Bochum' dropped (rules 2520, 2820); the headline "
              "with its service code 'POL-BO:' is the first line; the stored copy gives no dateline, and none is added (rules "
              "18, 2610); the last paragraph 'Lukats Vorgängerin, Kerstin Wittmeier, wurde im Rahmen der Feierlichkeiten "
              "verabschiedet. … der Leitende Polizeidirektor Martin Jansen, die Geschäf', cut off in the stored copy, dropped "
              "(rule 15))",
    license=OTS_POLIZEI_SENDER,
    paras=[LU_P1, LU_P2, LU_P3, LU_P4],
    # `"…", sagte Lukat` and the cue-less quotation after the cue sentence are his (rule 3; NOTES.md continuation); the
    # department's name in marks is null (rule 24); `"…", sagte NRW-Innenminister Herbert Reul` and the quotation after it
    # are Reul's, although they speak of Lukat in the third person (rule 134: the person spoken of is not the speaker);
    # `Polizeipräsident`, which in the kept text names only Lukat, is his alias (rule 44); the compound role
    # `NRW-Innenminister` is not listed (rule 67)
    quotes=[(cut(LU_P2, "\"Ich bin ein", "Heimat\""), LUKAT),
            (cut(LU_P2, "\"Hier lebe", "arbeiten.\""), LUKAT),
            ("\"Einsatz in besonderen Lagen\"", None),
            (cut(LU_P4, "\"Jörg Lukat", "Platz\""), REUL),
            (cut(LU_P4, "\"Bochums neuer", "Position.\""), REUL)],
    aliases={LUKAT: ["Jörg Lukat", "Polizeipräsident Jörg Lukat", "Lukat", "Polizeipräsident"],
             REUL: ["Herbert Reul", "Innenminister Herbert Reul"]})

# --- presseportal.de (ots), 2017: Polizei Bielefeld, the police president's statement on the burnt-out police vehicles ---

BR_T = "POL-BI: Statement der Polizeipräsidentin Dr. Katharina Giere zu den ausgebrannten Polizeifahrzeugen"
BR_P1 = ("Bielefeld (ots) - SR/ Bielefeld - Polizeipräsidentin Dr. Katharina Giere: \"Ich bin froh, dass der Brand lediglich "
         "Sachschäden zur Folge hatte und keiner Polizeibeamtin und keinem Polizeibeamten etwas passiert ist. Zur Feststellung "
         "der Brandursache ermitteln wir momentan noch in alle Richtungen. Zum derzeitigen Ermittlungsstand liegen allerdings "
         "keine Hinweise auf einen technischen Defekt vor. Uns fehlen jetzt wichtige Arbeits- und Einsatzmittel - die "
         "Einsatzfähigkeit der Bielefelder Einsatzhundertschaft ist hierdurch eingeschränkt. Sofern sich der Verdacht einer "
         "Brandstiftung bestätigt, werden wir alles daran setzen, den Angriff auf die Polizei und damit auch auf die "
         "öffentliche Sicherheit mit allen uns zur Verfügung stehenden Mitteln zu verfolgen.\"")

add(id="ho511-ots-2017-pp-bielefeld-statement-giere",
    title=BR_T,
    url="http://www.presseportal.de/blaulicht/pm/12522/3687576",
    retrieved="same address (release of the Polizeipräsidium Bielefeld sent over news aktuell, 2017 by its release number, "
              "in the old layout; the newsroom label 'Polizei Bielefeld' above the headline dropped (rule 2520); the headline "
              "with its service code 'POL-BI:' is the first line; the dateline, the press office's sign and place mark run "
              "into the one body paragraph as stored ('Bielefeld (ots) - SR/ Bielefeld - …', rules 2520, 2820); the contact "
              "block 'Rückfragen bitte an: Polizeipräsidium Bielefeld Leitungsstab/ Pressestelle …', the footer "
              "'Original-Content von: Polizei Bielefeld, übermittelt durch news aktuell' and the page lines 'Weitere "
              "Meldungen: Polizei Bielefeld' and 'Das könnte Sie auch interessieren:' dropped (rule 2520); complete in the "
              "stored copy)",
    license=OTS_POLIZEI_SENDER,
    paras=[BR_P1],
    # the verbless colon label `Polizeipräsidentin Dr. Katharina Giere: "…"` gives her the statement (rules 9, 54); the
    # canonical name drops the academic title (rule 181); the role noun names only her (rule 44)
    quotes=[(cut(BR_P1, "\"Ich bin froh", "verfolgen.\""), GIERE)],
    aliases={GIERE: ["Katharina Giere", "Polizeipräsidentin Dr. Katharina Giere", "Polizeipräsidentin"]})

# --- presseportal.de (ots), January 2021: Polizeipräsidium Westpfalz, the sign 'Platz der Kinderrechte' torn down ---

KI_T = "POL-PPWP: Schild \"Platz der Kinderrechte\" abgerissen"
KI_P1 = ("Der Stockhausplatz in der Altstadt ist \"Platz der Kinderrechte\", so stand es auf einem Schild am Stockhausplatz - "
         "bis Dienstag. Am 26. Januar stellte ein Zeuge fest, dass das Schild abgerissen und beschädigt wurde. Der Schaden "
         "dürfte mindestens 100 Euro betragen. Jetzt ermittelt die Polizei. Die Beamten bitten um Hinweise: Wer hat "
         "Verdächtiges beobachtet? Zeugen werden gebeten, sich unter der Telefonnummer 0631 369 2150 mit der Polizei "
         "Kaiserslautern in Verbindung zu setzen. |erf")

add(id="ho511-ots-2021-01-pp-westpfalz-schild-kinderrechte",
    title=KI_T,
    url="https://www.presseportal.de/blaulicht/pm/117683/4823434",
    retrieved="same address (release of the Polizeipräsidium Westpfalz sent over news aktuell, January 2021; the date prefix "
              "' date 2021-01' and the newsroom label 'Polizeipräsidium Westpfalz' dropped (rules 2520, 2820); the headline "
              "with its service code 'POL-PPWP:' is the first line, the dateline 'Kaiserslautern (ots)' a line of its own; the "
              "press office's sign '|erf' run into the last sentence kept (rules 2520, 2820); complete as stored, the stored "
              "copy ending after the paragraph)",
    license=OTS_POLIZEI_RLP,
    paras=["Kaiserslautern (ots)", KI_P1],
    # the name of the square in marks, in the headline and before `so stand es auf einem Schild`, is null both times: the
    # `so` clause names where the words stood, not who said them (rule 2824); the unmarked appeal after `Die Beamten bitten
    # um Hinweise:` has no span (rule 5), and the witness says nothing in marks
    quotes=[("\"Platz der Kinderrechte\"", None, 0),
            ("\"Platz der Kinderrechte\"", None, 1)],
    aliases={})

# --- presseportal.de (ots), 9 October 2025: Polizeipräsidium Mainz, 57 new officers welcomed by the vice-president ---

NE_T = "POL-PPMZ: 57 neue Polizistinnen und Polizisten starten ihren Dienst im Polizeipräsidium Mainz"
NE_P1 = ("Am Mittwochvormittag, dem 08. Oktober 2025, begrüßte Polizeivizepräsident Ulrich Koch im Polizeipräsidium Mainz "
         "insgesamt 57 frisch graduierte Polizistinnen und Polizisten. Die Nachwuchskräfte hatten ihr Studium an der Hochschule "
         "der Polizei Rheinland-Pfalz erst vor wenigen Tagen erfolgreich beendet und starten nun in den unterschiedlichen "
         "Direktionen des Präsidiums ihre polizeiliche Laufbahn.")
NE_P2 = ("Die neuen Kolleginnen und Kollegen werden zukünftig bei den Flächendirektionen Mainz, Worms und Bad Kreuznach sowie "
         "in der Verkehrsdirektion und der Kriminaldirektion Mainz eingesetzt. Die breite Verteilung auf unterschiedliche "
         "Aufgabenbereiche verdeutlicht die vielseitige und fundierte Ausbildung, mit der die Absolventinnen und Absolventen in "
         "ihre polizeiliche Laufbahn starten.")
NE_P3 = ("Polizeivizepräsident Ulrich Koch betonte in seiner Ansprache, dass sich die jungen Beamtinnen und Beamten für einen "
         "abwechslungsreichen und anspruchsvollen Beruf entschieden haben. Ihre fundierte Ausbildung biete ihnen eine solide "
         "Grundlage, um den Dienst mit Engagement und Verantwortungsbewusstsein auszuüben.")
NE_P4 = ("Zum Abschluss der Begrüßungsveranstaltung erinnerte Herr Koch an einen wichtigen Leitsatz von Jakob Steffan: "
         "\"Verrichten Sie stets Ihre Arbeit so, dass Sie von der Bevölkerung als Freund wahrgenommen werden.\" Mit diesen "
         "Worten entließ der Polizeivizepräsident die neuen Kolleginnen und Kollegen in ihren Dienstalltag - bereit, sich für "
         "die Sicherheit der Bürgerinnen und Bürger einzusetzen.")

add(id="ho511-ots-2025-10-09-pp-mainz-57-neue",
    title=NE_T,
    url="https://www.presseportal.de/blaulicht/pm/117708/6134533",
    retrieved="same address (release of the Polizeipräsidium Mainz sent over news aktuell, 9 October 2025; the date prefix "
              "' date 2025-10-09', the page-logo line 'PRESSEPORTAL Presseportal Logo', the newsroom label 'Polizeipräsidium "
              "Mainz' and the bulleted image furniture '• Bild-Infos', '• Download' dropped (rule 2820); the headline with "
              "its service code 'POL-PPMZ:' is the first line, the dateline 'Mainz (ots)' a line of its own; complete as "
              "stored, the stored copy ending after the last paragraph, before the contact block)",
    license=OTS_POLIZEI_RLP,
    paras=["Mainz (ots)", NE_P1, NE_P2, NE_P3, NE_P4],
    # the maxim after `erinnerte Herr Koch an einen wichtigen Leitsatz von Jakob Steffan:` is Koch's, who says it in the
    # reported event, not its author's, who stands right before the colon (rule 2822; rules 47, 1281); `Mit diesen Worten
    # entließ der Polizeivizepräsident …` confirms him; his unmarked Konjunktiv report in the paragraph before has no span
    quotes=[(cut(NE_P4, "\"Verrichten", "werden.\""), KOCH)],
    aliases={KOCH: ["Ulrich Koch", "Polizeivizepräsident Ulrich Koch", "Herr Koch", "Polizeivizepräsident"]})

# --- presseportal.de (ots), May 2022: Polizeipräsidium Mainz, Reiner Hamm welcomes 38 new officers ---

HA_T = ("POL-PPMZ: Polizeipräsident begrüßt 38 neue Polizeibeamtinnen und Polizeibeamte im Polizeipräsidium Mainz")
HA_P1 = ("\"Dies ist eine der schönsten Veranstaltungen des Jahres und ein ganz besonderer Tag in ihrem Berufsleben.\" Mit "
         "diesen Worten begrüßte Polizeipräsident Reiner Hamm, zusammen mit seinem Stellvertreter Herrn Thomas Brühl und "
         "weiteren Führungskräften, insgesamt 38 neue Polizeibeamtinnen und Polizeibeamte im Polizeipräsidium Mainz. Erstmals "
         "nach zwei Jahren Corona bedingtem Ausfall der Veranstaltung, konnte der Polizeipräsident die neuen Mitarbeiterinnen "
         "und Mitarbeiter wieder persönlich begrüßen.")
HA_P2 = ("In seiner Begrüßungsrede betonte Polizeipräsident Hamm die hervorragende Ausbildung, die bereits in den letzten "
         "Jahren gezeigt hat, dass die neuen Kolleginnen und Kollegen gut auf ihren Dienst vorbereitet sind und nun nicht mehr "
         "als Praktikant im Streifenwagen \"hinten einsteigen\". Nach dem erfolgreichen Abschluss des Bachelor Studiums an der "
         "Hochschule der Polizei werden die jungen Beamtinnen und Beamte ab jetzt eigenverantwortlich tätig.")
HA_P3 = ("\"Wie immer werden die Neuzugänge von uns allen freudig erwartet\" führte Polizeipräsident Hamm weiter aus, da nach "
         "17 Ruhestandsversetzungen bis Mai 2022 die Personallücken schnellstmöglich geschlossen werden können und sich die "
         "vielen Neueinstellungen positiv bemerkbar machen. Zusätzlich zu den frisch graduierten Beamtinnen und Beamten, bekommt "
         "das Polizeipräsidium Mainz nämlich noch Zuwachs von 14 Kolleginnen und Kollegen, die im Rahmen des alljährlichen "
         "Versetzungsgeschehens von anderen Polizeibehörden nach Mainz versetzt werden.")

add(id="ho511-ots-2022-05-pp-mainz-hamm-38-neue",
    title=HA_T,
    url="https://www.presseportal.de/blaulicht/pm/117708/5211562",
    retrieved="same address (release of the Polizeipräsidium Mainz sent over news aktuell, May 2022; the date prefix ' date "
              "2022-05' and the newsroom label 'Polizeipräsidium Mainz' dropped (rules 2520, 2820); the headline with its "
              "service code 'POL-PPMZ:' is the first line, the dateline 'Mainz (ots)' a line of its own; the last paragraph "
              "'\"Verrichten sie ihren Dienst so, dass der Bürger sie als Freund wahrnimmt\" zitierte Polizeipräsident Hamm in "
              "seiner Rede den ersten Polizeipräsidenten des Mainzer Präsidiums nach dem zweiten Weltkrieg, Jakob Stefan und "
              "hob die wichtige Auf', cut off in the stored copy, dropped with its quotation (rule 15); the published 'Corona "
              "bedingtem', 'Veranstaltung, konnte', 'Beamtinnen und Beamte ab jetzt', 'Beamten, bekommt' and the missing "
              "comma before 'führte' kept (rule 20))",
    license=OTS_POLIZEI_RLP,
    paras=["Mainz (ots)", HA_P1, HA_P2, HA_P3],
    # the quotation before `Mit diesen Worten begrüßte Polizeipräsident Reiner Hamm, zusammen mit seinem Stellvertreter Herrn
    # Thomas Brühl und weiteren Führungskräften, …` is Hamm's alone (rule 2823); the marked idiom at the end of his reported
    # praise after `betonte Polizeipräsident Hamm` is his (rules 3, 25); the quotation before `führte Polizeipräsident Hamm
    # weiter aus`, published without the comma, is his (rule 20); Thomas Brühl says nothing and is no alias
    quotes=[(cut(HA_P1, "\"Dies ist", "Berufsleben.\""), HAMM),
            ("\"hinten einsteigen\"", HAMM),
            (cut(HA_P3, "\"Wie immer", "erwartet\""), HAMM)],
    aliases={HAMM: ["Reiner Hamm", "Polizeipräsident Reiner Hamm", "Polizeipräsident Hamm", "Hamm", "Polizeipräsident"]})
