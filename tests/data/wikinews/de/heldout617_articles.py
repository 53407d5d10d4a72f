# Six-hundred-and-seventeenth held-out German real-news set (tests/data/heldout617-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3690-3694). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-seventeenth held-out set": nine releases of Austrian parties, Land parties,
# a Landtag club and a party's youth and farmers' organisations on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the
# Österreichischer Bauernbund (Fritz Grillitsch congratulating Franz Windisch, October 2007), the Freiheitlichen in Kärnten-BZÖ
# (Manfred Stromberger on Stephan Tauschitz's election as club chairman, October 2007), the Junge ÖVP (Silvia Fuhrmann handing
# over to Sebastian Kurz, May 2009, sender inferred; Kurz and Bettina Rausch on their summer tour, July 2009), the BZÖ
# Steiermark (Gerald Grosz's surname only, on the resignation of the Graz SPÖ chairman, September 2011), the SPÖ's federal press
# service (Norbert Darabos as new federal secretary, March 2013, sender read from the dateline code), the SPÖ Niederösterreich
# (Matthias Stadler and Robert Laimer on the municipal elections, January 2015), the Freiheitlicher Klub im NÖ Landtag (Walter
# Rosenkranz on the same elections, January 2015) and the Grüne Niederösterreich (Helga Krismer and Hikmet Arslan a month
# after the municipal elections, February 2020, sender inferred). Stored copies are the `search` tool's `pages` excerpts; only
# complete paragraphs are kept (rules 15, 17), the wire furniture (crawl-date prefixes, the OTS marker `****`, end marks,
# contact blocks and footers) is dropped and a single stored line break inside a paragraph is joined (rules 48, 63, 460, 2570,
# 3570, 3690), and each retrieval note names what was dropped.
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


GRILLITSCH = "Fritz Grillitsch"
STROMBERGER = "Manfred Stromberger"
FUHRMANN = "Silvia Fuhrmann"
KURZ = "Sebastian Kurz"
RAUSCH = "Bettina Rausch"
GROSZ = "Grosz"
DARABOS = "Norbert Darabos"
STADLER = "Matthias Stadler"
LAIMER = "Robert Laimer"
ROSENKRANZ = "Walter Rosenkranz"
KRISMER = "Helga Krismer"
ARSLAN = "Hikmet Arslan"

# --- APA-OTS, Österreichischer Bauernbund, 3 October 2007: Grillitsch congratulates Windisch on his re-election ---

BB_T = "Grillitsch gratuliert Windisch zur Wiederwahl"
BB_SUB = "Franz Windisch als Obmann des Wiener Bauernbundes mit 98,78% bestätigt"
BB_P1 = ("Wien (OTS) - \"Das Wahlergebnis - nämlich über 98% der Stimmen -ist die Bestätigung für die hervorragende Arbeit, die "
         "Franz Windisch als Landesobmann des Wiener Bauernbundes leistet\", erklärte Bauernbundpräsident Fritz Grillitsch "
         "anlässlich der gestrigen Wahl beim Wiener Landesbauernrat. Grillitsch bezeichnete dieses Ergebnis als starkes Zeichen "
         "von Einigkeit und Stabilität. \"Der erfolgreiche Weg der österreichischen Landwirtschaft kann nur mit einer in sich "
         "geeinten Interessenvertretung konsequent weiter beschritten werden\", so der Bauernbundpräsident.")
BB_P2 = ("In diesem Zusammenhang bedankte sich Grillitsch für die gute Zusammenarbeit in der Vergangenheit und blickte "
         "zuversichtlich in die Zukunft. Dabei wünschte er Windisch auch weiterhin viel Erfolg. \"Ich freue mich auf die gewohnt "
         "gute Zusammenarbeit mit Windisch im Interesse der österreichischen und vor allem der Wiener Landwirtschaft. Das "
         "Erntedankfest 2008 am Wiener Heldenplatz in Zusammenarbeit mit dem Wiener und dem Österreichischen Bauernbund ist "
         "schon in Planung\", so Grillitsch.")

add(id="ho617-ots-bauernbund-2007-10-03-grillitsch-windisch",
    title=BB_T,
    url="https://www.ots.at/presseaussendung/OTS_20071003_OTS0174/grillitsch-gratuliert-windisch-zur-wiederwahl",
    retrieved="same address (release of the Österreichischer Bauernbund on the APA-OTS service, 3 October 2007 by its OTS number "
              "and the release's 'anlässlich der gestrigen Wahl'; the sender is told by the contact block 'Österreichischer "
              "Bauernbund, Brucknerstraße 6/3, 1040 Wien, … http://www.bauernbund.at' and the footer code AIM0002, both dropped "
              "with the service line; the end mark '(Schluss)' on a line of its own dropped (rules 48, 2570, 3690); headline and "
              "subtitle kept as lines of their own as stored; the published missing space in '-ist' kept (rule 20); complete "
              "as stored)",
    license=APA_OTS_POLITICS,
    paras=[BB_SUB, BB_P1, BB_P2],
    # the quotations before `erklärte Bauernbundpräsident Fritz Grillitsch anlässlich …`, `so der Bauernbundpräsident` and
    # `so Grillitsch` are his (rules 8, 30); Franz Windisch, the Landesobmann whom he congratulates and names in two of his
    # quotations, the Wiener Landesbauernrat and the two Bauernbünde say nothing; `Bauernbundpräsident` fuses the body's name
    # and is no alias (rule 33)
    quotes=[(cut(BB_P1, "\"Das Wahlergebnis", "leistet\""), GRILLITSCH),
            (cut(BB_P1, "\"Der erfolgreiche", "beschritten werden\""), GRILLITSCH),
            (cut(BB_P2, "\"Ich freue", "in Planung\""), GRILLITSCH)],
    aliases={GRILLITSCH: ["Fritz Grillitsch", "Grillitsch"]})

# --- APA-OTS, Die Freiheitlichen in Kärnten-BZÖ, 24 October 2007: Stromberger on Tauschitz's election as club chairman ---

ST_T = "BZÖ-LGF Stromberger zu Tauschitz: Klubobmann, der keiner ist?"
ST_SUB = "Einmalige Panne bei der vermeintlichen Wahl von Stephan Tauschitz zum VP-Klubobmann"
ST_P1 = ("Klagenfurt (OTS) - \"Die Vorgänge um die Wahl von Stephan Tauschitz zum Klubobmann der Kärntner Volkspartei sind an "
         "Kuriosität nicht zu überbieten!\" Mit diesen Worten kommentiert der Landesgeschäftsführer des BZÖ Kärnten, Manfred "
         "Stromberger, Mendienberichte, wonach kein einziger der ÖVP-Landtagsabgeordneten Stephan Tauschitz zum Klubobmann "
         "gewählt habe. Tauschitz habe lediglich die Zustimmung von Josef Martinz und der beiden Parteisekretäre erhalten.")
ST_P2 = ("\"Man muss sich daher fragen, ob Tauschitz überhaupt Klubobmann ist. Denn die Geschäftsordnung des Kärntner Landtages "
         "gibt eindeutige Vorgaben für die Wahl eines Klubobmannes. Dieser kann nur von den Abgeordneten gewählt werden und von "
         "niemanden sonst!\", so Stromberger. \"Offenbar ist Tauschitz in Fragen der Geschäftsordnung nicht firm, sonst würde er "
         "das wissen und hätte sich diese peinliche Panne erspart\", so der BZÖ-Landesgeschäftsführer, der nach dem \"großen "
         "Wahlskandal in der Klagenfurter SPÖ\" von einem \"kleinen Wahlskandal in der kleinen Volkspartei\" spricht und "
         "\"Aufklärung\" fordert.")

add(id="ho617-ots-bzoe-kaernten-2007-10-24-stromberger-tauschitz",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20071024_OTS0143/bzoe-lgf-stromberger-zu-tauschitz-klubobmann-der-keiner-ist",
    retrieved="same address (release of the BZÖ Kärnten on the APA-OTS service, 24 October 2007 by its OTS number; the sender is "
              "told by the contact block 'Die Freiheitlichen in Kärnten-BZÖ' and the footer code BZK0001, both dropped with the "
              "service line (rules 2570, 3690); headline and subtitle kept as lines of their own as stored; the published "
              "'Mendienberichte', 'des Kärntner Landtages' and 'von niemanden sonst' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2],
    # the headline label `BZÖ-LGF Stromberger zu Tauschitz:` before unmarked words has no span (rule 5); the exclamation before
    # the cue sentence `Mit diesen Worten kommentiert der Landesgeschäftsführer des BZÖ Kärnten, Manfred Stromberger, …` is his
    # (rules 44, 752); the Konjunktiv sentence on Martinz and the Parteisekretäre carries no span (rule 5); the quotations
    # before `so Stromberger` and `so der BZÖ-Landesgeschäftsführer` are his (rule 30), and so are the three marked phrases in
    # the relative clause hung on that role cue (`der nach dem "…" von einem "…" spricht und "…" fordert`; rule 3694);
    # Stephan Tauschitz, Josef Martinz, the Parteisekretäre, the Kärntner Volkspartei and the Klagenfurter SPÖ say nothing; the
    # role phrases with the party's name are no aliases (rule 33)
    quotes=[(cut(ST_P1, "\"Die Vorgänge", "überbieten!\""), STROMBERGER),
            (cut(ST_P2, "\"Man muss", "niemanden sonst!\""), STROMBERGER),
            (cut(ST_P2, "\"Offenbar", "erspart\""), STROMBERGER),
            ("\"großen Wahlskandal in der Klagenfurter SPÖ\"", STROMBERGER),
            ("\"kleinen Wahlskandal in der kleinen Volkspartei\"", STROMBERGER),
            ("\"Aufklärung\"", STROMBERGER)],
    aliases={STROMBERGER: ["Manfred Stromberger", "Stromberger"]})

# --- APA-OTS, Junge ÖVP, 4 May 2009: Silvia Fuhrmann hands the JVP over to Sebastian Kurz ---

JF_T = "Staffelübergabe in der Jungen ÖVP"
JF_SUB = "Silvia Fuhrmann übergibt am 27. Juni an Sebastian Kurz"
JF_P1 = ("Wien, 4. Mai 2009 (OTS) „10 Jahre Jugendpolitik haben mich dazu bewogen, die personelle Weichenstellung in der Jungen "
         "ÖVP vorzubereiten und es war mein persönlicher Entschluss, meine Funktion als Bundesobfrau in jüngere Hände zu legen. "
         "Ich möchte keine Berufsjugendliche werden “, sagte heute, Montag, Abg.z.NR Silvia Fuhrmann im Rahmen einer "
         "Pressekonferenz und präsentiert den designierten Bundesobmann Sebastian Kurz, der gestern von der Bundesleitung der "
         "Jungen ÖVP auf ihren Vorschlag hin nominiert worden ist.")
JF_P2 = ("Fuhrmann, seit 2001 Bundesobfrau, zieht nach acht Jahren an der Spitze der Junge ÖVP eine positive Bilanz: „Die "
         "Gestaltung jugendlicher Lebensräume habe ich immer in den Mittelpunkt meiner Arbeit gestellt. In den vergangenen acht "
         "Jahren konnten zahlreiche Maßnahmen für Jugendliche umgesetzt werden.“ Zu den größten Erfolgen ihrer Arbeit zählen die "
         "Senkung des Wahlalters, Verkürzung des Präsenz- und Zivildienstes und die Frage der Generationengerechtigkeit, bei der "
         "Fuhrmann immer als Anwältin der Jungen fungierte.")
JF_P3 = join("„Ich war immer der Meinung, dass es junge Menschen in der Politik braucht, die ihre Anliegen selbst formulieren "
             "und in politische Prozesse einbringen. Ich habe Politik nie als",
             "Selbstzweck gesehen, sondern immer das Interesse der jungen Generation in den Vordergrund gestellt“, so Fuhrmann.")
JF_SH = "Designierter Bundesobmann Sebastian Kurz"
JF_P4 = ("„Ich habe mich sehr geehrt gefühlt und auch gefreut, als mich Silvia Fuhrmann gefragt hat, ob ich ihr nachfolgen "
         "möchte und bedanke mich herzlich, dass ich diese Chance bekommen habe“, so Sebastian Kurz und weiter in Richtung Silvia "
         "Fuhrmann: „Du warst insgesamt 10 Jahre in der Jugendpolitik auf Bundesebene aktiv, 8 davon als Bundesobfrau. Dass "
         "Deine Arbeit äußerst geschätzt und honoriert wird, haben Dir die Landesobleute gestern auch deutlich zum Ausdruck "
         "gebracht“.")

add(id="ho617-ots-jvp-2009-05-04-fuhrmann-kurz-staffeluebergabe",
    title=JF_T,
    url="https://www.ots.at/presseaussendung/OTS_20090504_OTS0186/staffeluebergabe-in-der-jungen-oevp",
    retrieved="same address (release on the APA-OTS service, 4 May 2009 by its OTS number and the date line 'Wien, 4. Mai 2009 "
              "(OTS)', kept without a dash as stored (rule 2570); the stored copy breaks off in the paragraph after the "
              "subheading ('Für Sebastian Ku') before any contact block, and the sender is inferred from the release's own voice "
              "as the Junge ÖVP's federal organisation: the headline 'Staffelübergabe in der Jungen ÖVP', only its outgoing "
              "Bundesobfrau and its designated Bundesobmann quoted, the same date-line form as the Junge ÖVP's release of July "
              "2009 in this set, which carries its contact block (rules 3310, 3570, 3690); the cut-off paragraph dropped (rule "
              "15); the OTS marker ' ****' after the first paragraph dropped (rule 460); one stored line break inside the third "
              "paragraph ('nie als' / 'Selbstzweck') joined with one space (rule 3570); headline, subtitle and the subheading "
              "'Designierter Bundesobmann Sebastian Kurz' kept as lines of their own as stored (rule 13); the published space "
              "before the first closing mark ('werden “'), 'an der Spitze der Junge ÖVP' and the closing mark before the final "
              "full stop ('gebracht“.') kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[JF_SUB, JF_P1, JF_P2, JF_P3, JF_SH, JF_P4],
    # the quotation before `sagte heute, Montag, Abg.z.NR Silvia Fuhrmann …` is hers (rule 30), the Kurz whom she presents
    # being the object of the second verb; the colon quotation after `Fuhrmann, … zieht … eine positive Bilanz:` and the
    # quotation before `so Fuhrmann` are hers (rules 9, 30); the quotation before `so Sebastian Kurz` and the colon quotation
    # after its continuation `und weiter in Richtung Silvia Fuhrmann:` are his, Fuhrmann being the addressee whom he calls
    # `Du` (rule 3692); the Bundesleitung and the Landesobleute say nothing; `Bundesobfrau` names only Fuhrmann and
    # `Bundesobmann` only Kurz, both aliases (rule 44)
    quotes=[(cut(JF_P1, "„10 Jahre", "werden “"), FUHRMANN),
            (cut(JF_P2, "„Die", "umgesetzt werden.“"), FUHRMANN),
            (cut(JF_P3, "„Ich war", "gestellt“"), FUHRMANN),
            (cut(JF_P4, "„Ich habe", "bekommen habe“"), KURZ),
            (cut(JF_P4, "„Du warst", "gebracht“"), KURZ)],
    aliases={FUHRMANN: ["Silvia Fuhrmann", "Abg.z.NR Silvia Fuhrmann", "Fuhrmann", "Bundesobfrau"],
             KURZ: ["Sebastian Kurz", "Bundesobmann"]})

# --- APA-OTS, Junge ÖVP, 17 July 2009: Kurz and Rausch on the JVP's summer tour in Niederösterreich ---

JR_T = "JVP-Kurz und Rausch: Unterwegs, wo die Jungen sind"
JR_SUB = "Sommertour der Jungen ÖVP gemeinsam mit StS Marek in Niederösterreich"
JR_P1 = ("Wien, 17. Juli 2009 (OTS) In Niederösterreich unterwegs ist heute, Freitag, der neue Bundesobmann der Jungen "
         "Volkspartei (JVP), Sebastian Kurz. Gemeinsam mit der niederösterreichischen Landesobfrau, Bundesrätin Bettina Rausch, "
         "besucht er Firmen, Freibäder und Veranstaltungen, um direkt mit den Jungen ins Gespräch zu kommen.")
JR_P2 = ("Vor knapp drei Wochen hat das Team der neuen JVP rund um Sebastian Kurz die Arbeit aufgenommen. „Wir sind nicht junge "
         "Gesichter für alte Botschaften, sondern eine starke Stimme für uns Junge“, gibt der neue JVP-Bundesobmann die Richtung "
         "vor.")
JR_P3 = ("„Wir sind dort unterwegs, wo die Jungen sind. Denn so erfahren wir ihre Anliegen, können sie mitnehmen und dort "
         "einbringen, wo sie hingehören und dann gemeinsam durchboxen. Genau das ist unser Job als Jugendvertreter“, beschreibt "
         "JVP-NÖ-Obfrau Bettina Rausch das Ziel des heutigen Aktionstages.")
JR_P4 = ("Das JVP-Team besucht unter anderem den Flughafen Wien, um dort mit jungen Arbeitnehmerinnen und Arbeitnehmern zu "
         "diskutieren sowie Freibäder und Badeseen, um dort mit den Jungen ins Gespräch zu kommen. Am Abend stößt auch Christine "
         "Marek, Staatssekretärin im Bundesministerium für Wirtschaft, Familie und Jugend, zur JVP. Sie nimmt an einer Diskussion "
         "mit Funktionärinnen und Funktionären der JVP über aktuelle jugendpolitische Themen teil und besucht dann mit dem "
         "JVP-Team das „Badfest“ der JVP Aspang.")
JR_P5 = ("„Uns ist wichtig, dass sich auch unsere Regierungsmitglieder den Jungen stellen und live erleben, wie sich das Leben "
         "junger Menschen so abspielt“, wollen die Jugendvertreter Sebastian Kurz und Bettina Rausch dem Regierungsteam "
         "Einblicke in die Lebenswelten ihrer Generation verschaffen.")

add(id="ho617-ots-jvp-2009-07-17-kurz-rausch-sommertour",
    title=JR_T,
    url="https://www.ots.at/presseaussendung/OTS_20090717_OTS0047/jvp-kurz-und-rausch-unterwegs-wo-die-jungen-sind",
    retrieved="same address (release of the Junge ÖVP on the APA-OTS service, 17 July 2009 by its OTS number and the date line "
              "'Wien, 17. Juli 2009 (OTS)', kept without a dash as stored (rule 2570); the sender is told by the contact block "
              "'Junge ÖVP, Bernadett Thaler, Tel.: (01) 40126 – 614, http://www.junge.oevp.at', dropped with the service line "
              "that the stored copy breaks off ('… UNTER AUSSCHLIESSLICHER INHALTLICHER'; rules 3570, 3690); the OTS marker ' "
              "****' after the first paragraph dropped (rule 460); headline and subtitle kept as lines of their own as stored; "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[JR_SUB, JR_P1, JR_P2, JR_P3, JR_P4, JR_P5],
    # the headline label `JVP-Kurz und Rausch:` before unmarked words has no span (rule 5); the quotation before `gibt der neue
    # JVP-Bundesobmann die Richtung vor` is Kurz's, the role taking up the Bundesobmann of the lead and of the sentence before
    # (rules 8, 30); the quotation before `beschreibt JVP-NÖ-Obfrau Bettina Rausch das Ziel …` is hers; the event's name
    # `„Badfest“` is null (rule 24); the quotation before `wollen die Jugendvertreter Sebastian Kurz und Bettina Rausch dem
    # Regierungsteam Einblicke … verschaffen` is their joint statement, the first named canonical and Rausch, who has a
    # quotation of her own, not his alias (rules 27, 750, 3691); Christine Marek, the JVP-Team, the Regierungsmitglieder and
    # the JVP Aspang say nothing; the role phrases with the organisation's name are no aliases (rule 33)
    quotes=[(cut(JR_P2, "„Wir sind nicht", "uns Junge“"), KURZ),
            (cut(JR_P3, "„Wir sind dort", "Jugendvertreter“"), RAUSCH),
            ("„Badfest“", None),
            (cut(JR_P5, "„Uns ist", "abspielt“"), KURZ)],
    aliases={KURZ: ["Sebastian Kurz", "Kurz"],
             RAUSCH: ["Bettina Rausch", "Bundesrätin Bettina Rausch", "Rausch"]})

# --- APA-OTS, BZÖ Steiermark, 26 September 2011: Grosz on the resignation of the Graz SPÖ's chairman ---

GR_T = "BZÖ-Grosz zu Müller Rücktritt: Grazer SPÖ ist und bleibt meuchelnde Räuberbande!"
GR_SUB = "\"Sammelsurium von Sesselklebern und Intriganten nicht mehr ernst zu nehmen\""
GR_P1 = join("Graz (OTS) - \"Solidarität\", das geflügelte Motto der SPÖ",
             "bekomme angesichts des nunmehrigen Rücktrittes des Grazer SPÖ-Vorsitzenden und Stadtrates Edmund Müller eine "
             "gefährliche Dimension. \"Die Grazer SPÖ ist und bleibt eine Schlangengrube, ein Sammelsurium von Sesselklebern, "
             "Abkassieren und Intriganten. Diese meuchelnde Räuberbande ist nicht mehr ernst zu nehmen und de facto auch keine "
             "wählbarer Alternative für die Grazerinnen und Grazer\", so der steirische BZÖ-Chef und Grazer Gemeinderat Abg. "
             "Grosz in einer ersten knappen Reaktion zu den heutigen Turbulenzen innerhalb der Grazer SPÖ.")

add(id="ho617-ots-bzoe-steiermark-2011-09-26-grosz-mueller-ruecktritt",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_20110926_OTS0230/bzoe-grosz-zu-mueller-ruecktritt-grazer-spoe-ist-und-bleibt-"
        "meuchelnde-raeuberbande",
    retrieved="same address (release of the BZÖ Steiermark on the APA-OTS service, 26 September 2011 by its OTS number; the "
              "sender is told by the contact block 'BZÖ Steiermark - Presse' and the footer code BZC0006, both dropped with the "
              "service line (rules 2570, 3690); one stored line break inside the only body paragraph ('Motto der SPÖ' / "
              "'bekomme') joined with one space (rule 3570); headline and subtitle kept as lines of their own as stored; the "
              "published 'zu Müller Rücktritt' and 'keine wählbarer Alternative' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GR_SUB, GR_P1],
    # the headline label `BZÖ-Grosz zu Müller Rücktritt:` before unmarked words has no span (rule 5); the subtitle in marks
    # without a cue is the speaker's whose body quotation holds the same words (`ein Sammelsurium von Sesselklebern, … und
    # Intriganten … nicht mehr ernst zu nehmen`; rules 26, 461); `"Solidarität"`, named by the Konjunktiv sentence as `das
    # geflügelte Motto der SPÖ`, is null (rules 24, 161); the quotation before `so der steirische BZÖ-Chef und Grazer
    # Gemeinderat Abg. Grosz` is his; the text gives only his surname, which is canonical (rule 7); Edmund Müller and the
    # Grazer SPÖ say nothing; `BZÖ-Grosz` and `BZÖ-Chef` carry the party's name and are no aliases (rules 33, 3672)
    quotes=[(GR_SUB, GROSZ),
            ("\"Solidarität\"", None),
            (cut(GR_P1, "\"Die Grazer", "und Grazer\""), GROSZ)],
    aliases={GROSZ: ["Grosz", "Abg. Grosz"]})

# --- APA-OTS, SPÖ press service, 5 March 2013: Darabos becomes federal secretary and campaign manager ---

DA_T = "SPÖ-Präsidium (2) - Darabos: Sozialdemokratie in der Regierung ist unverzichtbar für Österreich"
DA_SUB = "Sozialdemokratische Kernkompetenzen in den Vordergrund stellen"
DA_P1 = ("Wien (OTS/SK) - Der derzeitige Verteidigungsminister Norbert Darabos wird SPÖ-Bundesgeschäftsführer und "
         "Wahlkampfleiter für die heurige Nationalratswahl. Als Bundeskanzler Werner Faymann ihn gefragt habe, ob er diese "
         "Position übernehmen wolle, \"habe ich sofort Ja gesagt\", betonte Darabos in einer gemeinsamen Pressekonferenz mit dem "
         "Bundeskanzler. Denn, so Darabos: \"Die Sozialdemokratie in der Regierung ist unverzichtbar für Österreich - und zwar "
         "als führende und stärkste Kraft.\" Dies werde man erreichen, indem man \"die sozialdemokratischen Kernthemen und "
         "Kernkompetenzen in den Vordergrund stellt, denn das sind auch jene Kompetenzen, die die Menschen von uns einfordern. "
         "Die Sozialdemokratie ist die einzige politische Kraft, die sich auch für Mittel- und Kleinverdiener einsetzt. Wir sind "
         "die einzigen, die für soziale Werte stehen.\"")
DA_P2 = ("\"Es geht darum, die Unterscheidungsmerkmale in der politischen Auseinandersetzung klar zu machen. Und klar zu "
         "machen, warum die Sozialdemokratie diesen Führungsanspruch stellt\", sagte Norbert Darabos. Es gehe darum, im "
         "September bei der Nationalratswahl eine Richtungsentscheidung zu treffen. Die Sozialdemokratie solle nach der Wahl "
         "nicht nur weiterhin den Bundeskanzler stellen, sondern auch gestärkt aus der Wahlauseinandersetzung herausgehen.")
DA_P3 = ("Bei den letzten Landtagswahlkämpfen habe man gesehen, dass einige Parteien \"sehr alt\" aussehen, wie man das an der "
         "FPÖ sehe, die sich immer als Partei des kleinen Mannes geriert habe und nun ein dickes Minus einfahren musste.")

add(id="ho617-ots-spoe-2013-03-05-darabos-bundesgeschaeftsfuehrer",
    title=DA_T,
    url="https://www.ots.at/presseaussendung/OTS_20130305_OTS0242/spoe-praesidium-2-darabos-sozialdemokratie-in-der-regierung-"
        "ist-unverzichtbar-fuer-oesterreich",
    retrieved="same address (release on the APA-OTS service, 5 March 2013 by its OTS number, the second of a numbered series on "
              "the SPÖ's Präsidium of that day; the stored copy breaks off inside its fourth body paragraph ('… Darabos betonte, "
              "dass die Nachwirkung') before any end mark or contact block, and the sender is read from the dateline code 'Wien "
              "(OTS/SK)', the SPÖ's federal press service (rules 3050, 3570, 3690); the cut-off paragraph dropped (rule 15); the "
              "crawl-date prefix ' date 2018-03' before the headline and the OTS marker ' ****' after the first paragraph dropped "
              "(rules 63, 460); headline and subtitle kept as lines of their own as stored)",
    license=APA_OTS_POLITICS,
    paras=[DA_SUB, DA_P1, DA_P2, DA_P3],
    # the headline label `SPÖ-Präsidium (2) - Darabos:` before unmarked words has no span (rule 5); the first-person partial
    # quotation closed by `betonte Darabos …` is his, Werner Faymann, who asked the question, being named in the reported
    # clause before it (rules 3, 30); the colon quotation after `Denn, so Darabos:` is his (rule 9); the marked end of the
    # Konjunktiv sentence `Dies werde man erreichen, indem man "…"`, which goes on in his first person (`von uns`, `Wir
    # sind`), is his (rules 3, 25); the quotation before `sagte Norbert Darabos` is his; the marked `"sehr alt"` in the next
    # paragraph's Konjunktiv report, which has no cue of its own and goes on reporting him, is his (rules 3, 8, 30); Werner
    # Faymann (`Bundeskanzler`) and the FPÖ say nothing; `Verteidigungsminister` names only Darabos and is an alias (rule 44),
    # `SPÖ-Bundesgeschäftsführer` carries the party's name and is not (rule 33)
    quotes=[("\"habe ich sofort Ja gesagt\"", DARABOS),
            (cut(DA_P1, "\"Die Sozialdemokratie in", "stärkste Kraft.\""), DARABOS),
            (cut(DA_P1, "\"die sozialdemokratischen", "Werte stehen.\""), DARABOS),
            (cut(DA_P2, "\"Es geht", "Führungsanspruch stellt\""), DARABOS),
            ("\"sehr alt\"", DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos", "Verteidigungsminister"]})

# --- APA-OTS, SPÖ Niederösterreich, 25 January 2015: Stadler and Laimer on the municipal elections ---

SL_T = "Stadler/Laimer: SPÖ-GRW-Ergebnisse zeigen neben Verlusten auch starke Zugewinne"
SL_P1 = ("St. Pölten (OTS) - SPÖ Landesparteivorsitzender Mag. Matthias Stadler und Landesgeschäftsführer Robert Laimer "
         "gratulieren allen FunktionärInnen und MandatarInnen zu ihren Ergebnissen in den NÖ Gemeinden. Die Ergebnisse sind sehr "
         "unterschiedlich, es gibt sowohl Verluste, als auch Zugewinne von Mandaten - beispielsweise in Ober Grafendorf, "
         "Traismauer, Trumau, Traiskirchen, Rabensburg, Dietmanns, St. Georgen am Ybbsfelde oder Hirtenberg. \"Es zeigt, dass die "
         "gute, engagierte Arbeit unserer FunktionärInnen Früchte trägt\", so Stadler, der allen WählerInnen für ihr Vertrauen in "
         "die Sozialdemokratie dankt.")
SL_P2 = ("\"Wir freuen uns aber auch über den riesigen Erfolg von Nationalrat Johann Hell und seinem Team in Böheimkirchen - ihm "
         "ist es gelungen, in einer bäuerlich geprägten Gemeinde die Stimmenmehrheit zu erreichen. Damit wird die Gemeinde "
         "sozialdemokratisch!\", freut sich Stadler: \"Das Ergebnis war kein Zufall, sondern Hell war der Einzige, der sich "
         "Gedanken über die Herausforderungen der Zukunft gemacht und ein fundiertes Wirtschaftskonzept vorgelegt hat!\"")
SL_P3 = ("\"Obwohl viele unserer BürgermeisterInnen ihre sehr guten Ergebnisse halten bzw. ausbauen konnten, gibt es natürlich "
         "auch Schattenseiten auf der politischen Wetterkarte in NÖ: In Wiener Neustadt, das ja schon seit dem historischen "
         "SPÖ-Erfolg in Krems von der ÖVP zur 'Kampfzone' erklärt wurde, ist es Bernhard Müller und seinem Team leider nicht "
         "gelungen, die absolute Mehrheit zu halten\", erklärt Laimer: \"Durch das Antreten von zehn Listen ist aber auch klar, "
         "dass der Anteil am 'Wählerkuchen' für alle viel kleiner wird. Wir akzeptieren die Entscheidung von Bernhard Müller, "
         "sein Amt zur Verfügung zu stellen und danken ihm für sein Engagement und seine Arbeit, die er für die SPÖ geleistet "
         "hat.\"")

add(id="ho617-ots-spoe-noe-2015-01-25-stadler-laimer-gemeinderatswahl",
    title=SL_T,
    url="https://www.ots.at/presseaussendung/OTS_20150125_OTS0064/stadlerlaimer-spoe-grw-ergebnisse-zeigen-neben-verlusten-auch-"
        "starke-zugewinne",
    retrieved="same address (release of the SPÖ Niederösterreich on the APA-OTS service, 25 January 2015 by its OTS number, the "
              "day of the municipal elections in Niederösterreich; the sender is told by the contact block 'SPÖ-Niederösterreich, "
              "Mag. Gabriele Strahberger, Pressesprecherin, …', which the stored copy breaks off inside the e-mail address "
              "('gabriele.strahber'), dropped (rules 2570, 3690); the headline a line of its own, no subtitle stored; the "
              "published 'SPÖ Landesparteivorsitzender' without a hyphen, 'sowohl Verluste, als auch' and 'Nationalrat Johann "
              "Hell' kept (rule 20); the release body complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SL_P1, SL_P2, SL_P3],
    # the headline label `Stadler/Laimer:` before unmarked words has no span (rule 5); the lead's joint congratulation carries
    # no marks (rule 5); the quotation before `so Stadler, der … dankt` is his; the quotation before `freut sich Stadler:` and
    # the quotation after its colon are his, the cue standing between the two parts of his statement (rules 9, 30); the
    # quotation before `erklärt Laimer:` and the one after its colon are Laimer's, and the words in ASCII single marks nested
    # in them (`'Kampfzone'`, the ÖVP's word as he reports it, and `'Wählerkuchen'`) stay inside his spans (rules 6, 110);
    # Johann Hell, Bernhard Müller, the ÖVP, the FunktionärInnen and the WählerInnen say nothing; `Landesparteivorsitzender`
    # names only Stadler and `Landesgeschäftsführer` only Laimer, both aliases (rule 44)
    quotes=[(cut(SL_P1, "\"Es zeigt", "Früchte trägt\""), STADLER),
            (cut(SL_P2, "\"Wir freuen", "sozialdemokratisch!\""), STADLER),
            (cut(SL_P2, "\"Das Ergebnis", "vorgelegt hat!\""), STADLER),
            (cut(SL_P3, "\"Obwohl", "Mehrheit zu halten\""), LAIMER),
            (cut(SL_P3, "\"Durch das", "geleistet hat.\""), LAIMER)],
    aliases={STADLER: ["Matthias Stadler", "Mag. Matthias Stadler", "Stadler", "Landesparteivorsitzender"],
             LAIMER: ["Robert Laimer", "Laimer", "Landesgeschäftsführer"]})

# --- APA-OTS, Freiheitlicher Klub im NÖ Landtag, 25 January 2015: Rosenkranz on the same municipal elections ---

RO_T = "FP-Rosenkranz zu GR-Wahlen: Ein herzliches Dankeschön an unsere Wähler und Kandidaten!"
RO_SUB = "Fundament für eine erfolgreiche Landtagswahl 2018 ist gelegt"
RO_P1 = ("St. Pölten (OTS) - \"Ein herzliches Dankeschön an unsere Wähler und ebenso herzlichen Dank an unsere vielen Kandidaten "
         "und Mitstreiter, die sich bereit erklärt haben, trotz massiver Anfeindungen, für die FPÖ - und damit für mehr "
         "Demokratie und Kontrolle - in den Wahlkampf zu ziehen\", so der freiheitliche Landesparteiobmann Dr. Walter Rosenkranz "
         "zum vorläufigen Ergebnis der heutigen GR-Wahlen.")
RO_P2 = ("Nach derzeitigem Auszählungsstand sei es der FPÖ bei den heutigen Wahlen gelungen, die magische Zahl von 600 "
         "Gemeinderatsmandataren zu überspringen. Besondere Wahl-Highlights seien unter anderem Waidhofen an der Thaya mit "
         "Klubobmann Gottfried Waldhäusl, Guntramsdorf mit dem gf. Landesparteiobmann Christian Höbart an der Spitze, Kaumberg, "
         "die Heimat von Landesparteisekretär Christian Hafenecker und Blindenmarkt. \"Gemeinden mit über 30 Prozent "
         "Stimmenanteil bestätigen uns und unseren Kurs, das ist ein fulminantes Ergebnis, worüber wir uns mehr als freuen "
         "können\", so der Landesobmann.")
RO_P3 = ("\"Bedauerlicherweise ist es uns leider nicht gelungen, flächendeckend antreten zu können, sonst wäre das Ergebnis ein "
         "noch deutlicheres. Dennoch wurde heute das Fundament für eine erfolgreiche Landtagswahl 2018 gelegt\", so Rosenkranz "
         "abschließend.")

add(id="ho617-ots-fpoe-noe-klub-2015-01-25-rosenkranz-gemeinderatswahl",
    title=RO_T,
    url="https://www.ots.at/presseaussendung/OTS_20150125_OTS0049/fp-rosenkranz-zu-gr-wahlen-ein-herzliches-dankeschoen-an-"
        "unsere-waehler-und-kandidaten",
    retrieved="same address (release on the APA-OTS service, 25 January 2015 by its OTS number and the release's 'der heutigen "
              "GR-Wahlen', the day of the municipal elections in Niederösterreich; the sender is told by the contact block "
              "'Freiheitlicher Klub im NÖ Landtag, Pressereferat, … presse-noe@fpoe.at, www.fpoe-noe.at' and the footer code "
              "FKN0001, both dropped with the service line (rules 2570, 3690); headline and subtitle kept as lines of their own "
              "as stored; the published 'gf. Landesparteiobmann' and 'ein noch deutlicheres' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[RO_SUB, RO_P1, RO_P2, RO_P3],
    # the headline label `FP-Rosenkranz zu GR-Wahlen:` before words that the body's first quotation opens with, set without
    # marks, has no span (rule 5); the quotation before `so der freiheitliche Landesparteiobmann Dr. Walter Rosenkranz` is his;
    # the quotation before `so der Landesobmann`, which closes his Konjunktiv report, is his and not that of the `gf.
    # Landesparteiobmann Christian Höbart` named nearer to it in the report's list (rule 3693); the quotation before `so
    # Rosenkranz abschließend` is his (rule 30); Gottfried Waldhäusl, Christian Höbart, Christian Hafenecker and the FPÖ say
    # nothing; `Landesobmann` names only Rosenkranz and is an alias (rule 44), `Landesparteiobmann` names both him and Höbart
    # and is not (rules 33, 44)
    quotes=[(cut(RO_P1, "\"Ein herzliches", "zu ziehen\""), ROSENKRANZ),
            (cut(RO_P2, "\"Gemeinden mit", "freuen können\""), ROSENKRANZ),
            (cut(RO_P3, "\"Bedauerlicherweise", "2018 gelegt\""), ROSENKRANZ)],
    aliases={ROSENKRANZ: ["Walter Rosenkranz", "Dr. Walter Rosenkranz", "Rosenkranz", "Landesobmann"]})

# --- APA-OTS, Grüne Niederösterreich, 25 February 2020: Krismer and Arslan a month after the municipal elections ---

GN_T = "Grüne NÖ ziehen nach Gemeinderatswahl 2020 Bilanz"
GN_SUB = ("Krismer \"1/3 mehr Grüne GemeinderätInnen und Verdopplung der Vize-BürgermeisterInnen sind ein tolles Ergebnis\"")
GN_P1 = ("St. Pölten (OTS) - Ein Monat nach der Gemeinderatswahl in Niederösterreich ziehen die Grünen eine positive Bilanz. "
         "Landessprecherin Helga Krismer: „Wenn man in Niederösterreich drittstärkste Partei wird, 30% mehr GemeinderätInnen hat "
         "und die Anzahl der Vize-BürgermeisterInnen sich verdoppelt, kann man zufrieden sein. Die Grünen Gruppen haben in den "
         "letzten Wochen gut verhandelt und fix werden die Grünen in folgenden Gemeinden mitregieren: Gießhübl, Neunkirchen, "
         "Vösendorf, Amstetten, Pressbaum, Kaltenleutgeben, Neulengbach, Waidhofen/Thaya, Wienerwald, Wilhelmsburg, Baden, "
         "Pernitz, Emmersdorf und Maria Lanzendorf. Dort sind die Verhandlungen abgeschlossen und damit sind 14 Grüne "
         "Vize-BürgermeisterInnen fix. Weitere Verhandlungen laufen noch und wir erhoffen uns 1-2 weitere "
         "Regierungsbeteiligungen.“")
GN_P2 = ("Landesgeschäftsführer Hikmet Arslan zeigt sich erfreut: „409 GemeinderätInnen in 126 Gruppen, das sind 100 "
         "GemeinderätInnen mehr als vor fünf Jahren, damit sind wir in 126 Gemeinden im Gemeinderat vertreten. Zusätzlich haben "
         "sich im Zuge der Gemeinderatswahlen in NÖ 21 neue Grüne Gemeindegruppen gegründet.“ Das erfreuliche Ergebnis ist damit "
         "eine gute Basis für die kommende Arbeit in unseren Gemeinden und eine gute Basis für eine erfolgreiche kommende "
         "Landtagswahl in Niederösterreich.")

add(id="ho617-ots-gruene-noe-2020-02-25-krismer-arslan-bilanz",
    title=GN_T,
    url="https://www.ots.at/presseaussendung/OTS_20200225_OTS0094/gruene-noe-ziehen-nach-gemeinderatswahl-2020-bilanz",
    retrieved="same address (release on the APA-OTS service, 25 February 2020 by its OTS number, a month after the municipal "
              "elections of 26 January 2020; the crawl-date prefix ' date 2020-02' before the headline dropped (rule 63); the "
              "stored copy ends after its second body paragraph without a contact block, under the plain 'St. Pölten (OTS) -', "
              "and the sender is inferred from the release's own voice as the Grüne Niederösterreich: the headline 'Grüne NÖ "
              "ziehen … Bilanz', only the Land party's spokeswoman and its Landesgeschäftsführer quoted, and the closing sentence "
              "'in unseren Gemeinden' (rules 3310, 3570, 3690); headline and subtitle kept as lines of their own as stored; the "
              "published 'Ein Monat nach', 'Die Grünen Gruppen' and '1-2' kept (rule 20); used as stored, ending after a complete "
              "paragraph)",
    license=APA_OTS_POLITICS,
    paras=[GN_SUB, GN_P1, GN_P2],
    # the subtitle's name directly followed by a quotation, without a colon, credits it to Krismer (rule 2603), whose body
    # quotation gives the same result in other figures (`30% mehr GemeinderätInnen`, `die Anzahl der Vize-BürgermeisterInnen
    # sich verdoppelt`; rule 26); the colon quotations after the verbless label `Landessprecherin Helga Krismer:` and after
    # `Landesgeschäftsführer Hikmet Arslan zeigt sich erfreut:` are theirs (rules 9, 54); the unmarked closing sentence with
    # `unseren Gemeinden` carries no span (rule 5); the Grünen Gruppen and the places named say nothing; `Landessprecherin`
    # names only Krismer and `Landesgeschäftsführer` only Arslan, both aliases (rule 44)
    quotes=[(cut(GN_SUB, "\"1/3", "Ergebnis\""), KRISMER),
            (cut(GN_P1, "„Wenn man", "Regierungsbeteiligungen.“"), KRISMER),
            (cut(GN_P2, "„409", "gegründet.“"), ARSLAN)],
    aliases={KRISMER: ["Helga Krismer", "Krismer", "Landessprecherin"],
             ARSLAN: ["Hikmet Arslan", "Landesgeschäftsführer"]})
