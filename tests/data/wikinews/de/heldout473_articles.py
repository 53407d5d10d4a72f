# Four-hundred-and-seventy-third held-out German real-news set (tests/data/heldout473-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2510-2513). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, repost file name or
# portal number, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-seventy-third held-out set": seven texts of the Austrian Federal
# Chancellery (licence BKA): two releases of its press service, the Bundespressedienst, as reposted by the Österreich
# Journal under the dateline 'Wien (bpd)' (Gusenbauer receives the Swedish Prime Minister Reinfeldt, January 2007; Faymann
# and Ostermayer receive Conchita Wurst, May 2014) and five OTS releases of Chancellor Faymann sent by the Chancellery (OTS
# sender code NBU; on the death of Raimund Abraham, March 2010; on the ski jumpers' gold and silver and their team gold at
# the Nordic World Ski Championships in Oslo, March 2011; on the death of Udo Jürgens, December 2014; on the attack in
# Copenhagen, February 2015); and two press releases of the Government of the Principality of Liechtenstein sent over ots
# (news aktuell), one on presseportal.ch and one shown unchanged by finanznachrichten.de (Aurelia Frick receives Karin
# Kneissl, November 2018; Manuel Frick at the Triennale, October 2021; licence LI_OTS). Stored copies are the `search` tool's
# `pages` excerpts; only complete paragraphs are kept (rules 15, 17), OTS header lines, contact blocks, footers, portal
# furniture and the reposting site's closing mark are dropped (rules 48, 112, 2100, 2011), and each retrieval note names
# what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BKA, LI_OTS  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


GUSENBAUER = "Alfred Gusenbauer"
REINFELDT = "Frederik Reinfeldt"
FAYMANN = "Werner Faymann"
OSTERMAYER = "Josef Ostermayer"
WURST = "Conchita Wurst"
A_FRICK = "Aurelia Frick"
M_FRICK = "Manuel Frick"

# --- Bundespressedienst release of 22 January 2007 (Österreich Journal repost): Gusenbauer receives Reinfeldt ---

RE_P1 = ("Wien (bpd) - Bundeskanzler Alfred Gusenbauer empfing am Nachmittag des 22.01. den schwedischen "
         "Ministerpräsidenten Frederik Reinfeldt zu einem Gespräch im Austria Center Vienna. „Im Mittelpunkt des Gesprächs "
         "standen die künftigen Schwerpunkte in der EU-Politik und die Fortsetzung der traditionell guten Beziehung zwischen "
         "Österreich und Schweden“, so der Bundeskanzler im anschließenden Pressegespräch. „Österreich und Schweden sind "
         "seit Jahrzehnten durch ausgezeichnete Beziehungen verbunden, unabhängig von den jeweilig regierenden Parteien. Ich "
         "freue mich, diese Zusammenarbeit in Zukunft fortzusetzen und zu intensivierten. Unsere Länder haben viele "
         "Gemeinsamkeiten“, so Gusenbauer. Der Bundeskanzler habe den schwedischen Ministerpräsidenten über die Schwerpunkte "
         "im neuen österreichischen Regierungsprogramm informiert und „in Fragen der EU-Politik konnten eine Reihe "
         "gemeinsamer Interessen identifiziert werden“, betonte Alfred Gusenbauer. Ein zentrales Anliegen beider Länder sei "
         "es, mehr Arbeitsplätze zu schaffen und die Arbeitslosigkeit zu senken, so Ministerpräsident Reinfeldt über den "
         "Gesprächsverlauf. „Es ist eine unserer wichtigsten Aufgaben, mehr Jobs in ganz Europa zu schaffen“, betonte "
         "Reinfeldt, der ebenso die exzellenten Beziehungen zwischen Österreich und Schweden lobte. „Ich freue mich auf die "
         "künftige Zusammenarbeit unserer Regierungen“, so Bundeskanzler Gusenbauer abschließend")

add(id="ho473-bka-oej-2007-01-22-gusenbauer-reinfeldt",
    title=None,
    url="http://oe-journal.at/Aktuelles/!2007/0107/W4/52301bpd.htm",
    retrieved="same address (release of the Bundespressedienst of the Bundeskanzleramt on Gusenbauer's meeting with the "
              "Swedish Prime Minister on 22 January 2007, as reposted by the Österreich Journal under the dateline 'Wien "
              "(bpd)', taken as the Chancellery's text (rules 111, 2011); the stored copy shows no headline and begins with "
              "the dateline, so there is no title line (rules 18, 32); its hard line breaks are joined with a space and, as "
              "it has no blank lines, the body is one paragraph (rules 48, 2011); the reposting site's closing mark ' |' "
              "dropped (rule 2011); the published spelling 'Frederik Reinfeldt', 'zu intensivierten', 'eine Reihe … konnten' "
              "and the missing full stop after 'abschließend' kept (rule 20); complete in the stored copy)",
    license=BKA,
    paras=[RE_P1],
    # `so der Bundeskanzler`, `so Gusenbauer`, `betonte Alfred Gusenbauer`: the Chancellor (rules 30, 97); the marked main
    # clause joined by `und` to the Konjunktiv report `Der Bundeskanzler habe … informiert` is his (rules 3, 2513); the
    # guest's Konjunktiv sentence (`so Ministerpräsident Reinfeldt`) has no marks (rule 5), his marked sentence after it
    # has its own cue; the last quotation returns to the Chancellor by its cue. Canonical name of the guest as published
    # (rule 2513)
    quotes=[(cut(RE_P1, "„Im Mittelpunkt", "Schweden“"), GUSENBAUER),
            (cut(RE_P1, "„Österreich und Schweden", "Gemeinsamkeiten“"), GUSENBAUER),
            (cut(RE_P1, "„in Fragen", "werden“"), GUSENBAUER),
            (cut(RE_P1, "„Es ist eine", "schaffen“"), REINFELDT),
            (cut(RE_P1, "„Ich freue mich auf", "Regierungen“"), GUSENBAUER)],
    aliases={GUSENBAUER: ["Alfred Gusenbauer", "Bundeskanzler Alfred Gusenbauer", "Gusenbauer", "Bundeskanzler Gusenbauer",
                          "Bundeskanzler"],
             REINFELDT: ["Frederik Reinfeldt", "Reinfeldt", "Ministerpräsident Reinfeldt", "Ministerpräsident"]})

# --- Bundespressedienst release of 17 May 2014 (Österreich Journal repost): Conchita Wurst at the Chancellery ---

CW_T = ("Bundeskanzler Werner Faymann und Kulturminister Josef Ostermayer empfangen Conchita Wurst im "
        "Bundeskanzleramt")
CW_P1 = ("Wien (bpd) - \"Der Sieg beim Europäischen Song Contest ist ein Sieg, auf den die Österreicherinnen und Österreicher "
         "stolz sein können. Denn er enthielt auch eine Botschaft an die Menschen in Richtung Toleranz, Liebe und "
         "Lebensfreude. Die Botschaft richtet sich ganz eindeutig gegen Hass und für den Frieden, darauf bin ich als "
         "Bundeskanzler sehr stolz\", sagte Bundeskanzler Werner Faymann am 17.05. beim Empfang von Conchita Wurst im "
         "Bundeskanzleramt. \"Ich habe großen Respekt vor Ihrer künstlerischen Leistung, aber ganz besonders danke ich Ihnen "
         "für Ihr Signal, für Ihre Ausstrahlung und das Image, das nun auch auf Österreich zurückwirkt.\" Kulturminister "
         "Ostermayer berichtet von seinem Besuch bei den Filmfestspielen in Cannes, bei denen er fast nur zu Conchita Wurst "
         "befragt und beglückwünscht wurde. \"Ich gratuliere herzlich und bin stolz, dass Sie uns heute hier im "
         "Bundeskanzleramt die Ehre geben.\" Conchita Wurst selbst dankte für die Ehre der Einladung ins Bundeskanzleramt. "
         "\"Ich freue mich, dass ich diesen Sieg nach Hause bringen und unsere Botschaft hinaustragen durfte. Er ist für die "
         "Gemeinschaft ein wichtiges Zeichen des Fortschritts, der Offenheit, des Friedens und der Freiheit.\" Im Anschluss "
         "trat Conchita Wurst auf die Bühne vor dem Kanzleramt auf dem Ballhausplatz und sang vor mehreren tausend Fans "
         "unter anderem den Song-Contest-Siegertitel \"Rise like a Phoenix.\"")

add(id="ho473-bka-oej-2014-05-17-faymann-ostermayer-conchita-wurst",
    title=CW_T,
    url="http://oe-journal.at/Aktuelles/!2014/0514/W2/11905bpdConchita.htm",
    retrieved="same address (release of the Bundespressedienst of the Bundeskanzleramt on the reception of Conchita Wurst "
              "on 17 May 2014, as reposted by the Österreich Journal under the dateline 'Wien (bpd)', taken as the "
              "Chancellery's text (rules 111, 2011); the headline, which the stored copy breaks after 'im', joined with a "
              "space and kept as the title (rules 18, 48); the body's hard line breaks joined with a space and, as the copy "
              "has no blank lines, the body is one paragraph (rules 48, 2011); the reposting site's closing mark '|' dropped "
              "(rule 2011); the full stop inside the closing mark of the song title kept (rule 20); complete in the stored "
              "copy)",
    license=BKA,
    paras=[CW_P1],
    # three speakers take turns in one paragraph: the Chancellor's cued quotation and its cue-less continuation, then one
    # cue-less quotation each after a sentence whose subject is the Minister of Culture and the singer (rule 2512); the
    # song title is a name, null (rules 2, 24); `Bundeskanzler` and `Kulturminister` name one person each here (rule 44)
    quotes=[(cut(CW_P1, "\"Der Sieg", "stolz\""), FAYMANN),
            (cut(CW_P1, "\"Ich habe", "zurückwirkt.\""), FAYMANN),
            (cut(CW_P1, "\"Ich gratuliere", "geben.\""), OSTERMAYER),
            (cut(CW_P1, "\"Ich freue", "Freiheit.\""), WURST),
            ("\"Rise like a Phoenix.\"", None)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler"],
             OSTERMAYER: ["Josef Ostermayer", "Kulturminister Josef Ostermayer", "Kulturminister Ostermayer", "Ostermayer",
                          "Kulturminister"],
             WURST: ["Conchita Wurst"]})

# --- Federal Chancellery, OTS release of 21 December 2014: Faymann on the death of Udo Jürgens ---

UJ_T = "Bundeskanzler Werner Faymann tief betroffen vom Tod Udo Jürgens"
UJ_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann zeigt sich tief betroffen vom plötzlichen Tod des großartigen Künstlers "
         "Udo Jürgens. \"Udo Jürgens war nicht nur ein Botschafter Österreichs in der Welt, sondern hat auch stets politische "
         "Haltung bewiesen, indem er sich immer für die Demokratie stark gemacht und nie seine Heimat Österreich vergessen "
         "hat. Ich bin froh, dass ich die Gelegenheit gehabt habe, Udo Jürgens im persönlichen Gespräch zu versichern, wie "
         "stolz Österreich auf ihn ist\", so Bundeskanzler Werner Faymann.")
UJ_P2 = ("\"Udo Jürgens war ein großer Österreicher und ein musikalischer Botschafter unseres Landes. Seiner Familie, seinen "
         "Kindern, seinen Freunden und allen die seine Musik geliebt haben, gilt in diesen schweren Stunden mein aufrichtiges "
         "Beileid.\"")

add(id="ho473-bka-ots-2014-12-21-faymann-tod-udo-juergens",
    title=UJ_T,
    url="http://www.ots.at/presseaussendung/OTS_20141221_OTS0038/bundeskanzler-werner-faymann-tief-betroffen-vom-tod-udo-"
        "juergens",
    retrieved="same address (OTS release of 21 December 2014 under the plain dateline 'Wien (OTS)'; the stored copy has no "
              "contact block, and the sender is read from the footer's OTS sender code 'NBU', the Chancellery's code (rule "
              "2510); the ots.at lines above the headline ('• 21.12.2014, 19:06:11', '• /', '• OTS0038 OTW0038'), the footer "
              "'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS - "
              "WWW.OTS.AT | NBU' and the share links and 'Stichworte' / 'Channel' lines after it dropped (rules 48, 112); "
              "hard line breaks inside the paragraphs joined with a space (rule 48); the published 'allen die' without a "
              "comma kept (rule 20); complete as stored)",
    license=BKA,
    paras=[UJ_P1, UJ_P2],
    # the second paragraph, a quotation without a cue of its own, continues the Chancellor's statement (NOTES.md
    # continuation); the dead singer, named inside both quotations, says nothing
    quotes=[(cut(UJ_P1, "\"Udo", "ist\""), FAYMANN),
            (UJ_P2, FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann"]})

# --- Federal Chancellery, OTS release of 5 March 2011: Faymann congratulates the ski jumpers on team gold ---

TG_T = "Bundeskanzler Werner Faymann gratuliert den österreichischen Skispringern zu Team-Gold"
TG_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann spricht den ÖSV-Skispringern zum \"WM-Grand-Slam\" seine Glückwünsche "
         "aus: \"Ich gratuliere Martin Koch, Andreas Kofler, Thomas Morgenstern und Gregor Schlierenzauer herzlich zu ihrer "
         "beeindruckenden mannschaftlichen Leistung.\" Aufgrund schwieriger Bedingungen wurde der Bewerb überraschend in nur "
         "einem Durchgang entschieden. Damit haben die bis dahin führenden Österreicher in allen vier Skisprungbewerben bei "
         "dieser WM den Sieg davontragen können.")
TG_P2 = ("Erfreulich sei, dass die Nordischen Ski-Weltmeisterschaften 2011 damit die Olympischen Spiele in Turin 2006 als für "
         "Österreich bisher erfolgreichstes Großereignis in den Nordischen Bewerben ablösten. \"Ich freue mich für das "
         "gesamte ÖSV-Team über dessen großartigen Erfolge und wünsche allen Sportlerinnen und Sportlern sowie ihren Betreuern "
         "weiterhin alles Gute\", so der Bundeskanzler.")

add(id="ho473-bka-ots-2011-03-05-faymann-skispringer-team-gold",
    title=TG_T,
    url="https://www.ots.at/presseaussendung/OTS_20110305_OTS0047/bundeskanzler-werner-faymann-gratuliert-den-"
        "oesterreichischen-skispringern-zu-team-gold",
    retrieved="same address (OTS release of 5 March 2011 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Mag. Leo Szemeliker / Pressesprecher des Bundeskanzlers "
              "/ Tel.: (01) 531 15 - 2090, …' names the Chancellor's press spokesman (rule 116); that block and the OTS "
              "footer '… VERANTWORTUNG DES AUSSENDERS | NBU0001' dropped (rules 48, 112); the published 'über dessen "
              "großartigen Erfolge' kept (rule 20); complete as stored)",
    license=BKA,
    paras=[TG_P1, TG_P2],
    # the marked label of the occasion after `spricht … zum "…" seine Glückwünsche aus` is null (rule 2511); the quotation
    # after that sentence's colon is the Chancellor's (rule 9), and so is the one closed by `so der Bundeskanzler` after the
    # unmarked Konjunktiv sentence (rules 5, 97); the four jumpers named inside the first quotation say nothing
    quotes=[("\"WM-Grand-Slam\"", None),
            (cut(TG_P1, "\"Ich gratuliere", "Leistung.\""), FAYMANN),
            (cut(TG_P2, "\"Ich freue", "alles Gute\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler"]})

# --- Federal Chancellery, OTS release of 3 March 2011: Faymann congratulates Schlierenzauer and Morgenstern ---

SM_T = "Bundeskanzler Werner Faymann gratuliert Gregor Schlierenzauer und Thomas Morgenstern zu Gold und Silber"
SM_P1 = ("Wien (OTS) - Bundeskanzler Werner Faymann freut sich mit Gregor Schlierenzauer und Thomas Morgenstern über Gold "
         "und Silber im Einzelspringen bei den 48. Nordischen Ski-Weltmeisterschaften in Oslo. \"Die beiden Österreicher "
         "haben heute beim spannenden Springen der Herren von der Großschanze eine großartige Leistung gezeigt, ich "
         "gratuliere ihnen herzlich\", sagte Faymann.")
SM_P2 = ("Mit diesem - um nur drei Zehntelpunkte vor Morgenstern errungenen -Weltmeistertitel habe Schlierenzauer ein "
         "beeindruckendes Comeback hingelegt und als erst dritter Österreicher nach Karl Schnabl 1976 und Andreas Felder 1987 "
         "den Weltmeistertitel auf der Großschanze erringen können.")
SM_P3 = ("Erfreulich sei, dass Österreich bisher alle Bewerbe im Skispringen bei dieser für den ÖSV bisher erfolgreichsten "
         "Nordischen WM gewonnen habe: \"Auch für die noch verbleibenden Wettkämpfe wünsche ich unseren Athletinnen und "
         "Athleten viel Erfolg\", so der Bundeskanzler.")

add(id="ho473-bka-ots-2011-03-03-faymann-schlierenzauer-morgenstern",
    title=SM_T,
    url="https://www.ots.at/presseaussendung/OTS_20110303_OTS0302/bundeskanzler-werner-faymann-gratuliert-gregor-"
        "schlierenzauer-und-thomas-morgenstern-zu-gold-und-silber",
    retrieved="same address (OTS release of 3 March 2011 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Mag. Leo Szemeliker / Pressesprecher des Bundeskanzlers "
              "/ Tel.: (01) 531 15 - 2090, …' names the Chancellor's press spokesman (rule 116); that block and the OTS "
              "footer '… VERANTWORTUNG DES AUSSENDERS | NBU0004' dropped (rules 48, 112); the published dash and space in "
              "'errungenen -Weltmeistertitel' kept (rule 20); complete as stored)",
    license=BKA,
    paras=[SM_P1, SM_P2, SM_P3],
    # `sagte Faymann` after the quotation; the colon after the Konjunktiv report `Erfreulich sei, dass … gewonnen habe:`
    # opens the Chancellor's second quotation, closed by `so der Bundeskanzler` (rules 9, 97); the two jumpers and the
    # earlier champions named in the unmarked middle paragraph say nothing
    quotes=[(cut(SM_P1, "\"Die beiden", "herzlich\""), FAYMANN),
            (cut(SM_P3, "\"Auch für", "Erfolg\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Faymann", "Bundeskanzler"]})

# --- Federal Chancellery, OTS release of 5 March 2010: Faymann on the death of Raimund Abraham ---

RA_T = "Bundeskanzler Werner Faymann zum Ableben Raimund Abrahams"
RA_L1 = ("Wien (OTS) - Bundeskanzler Werner Faymann würdigt anlässlich des tragischen Ablebens des weltweit renommierten "
         "österreichisch-amerikanischen Architekten und Designers Raimund Abraham dessen Leistungen, aber auch seine "
         "politischen Überzeugungen:")
RA_L2 = ("\"Professor Abraham war ein Weltbürger aus Österreich und erregte nicht zuletzt mit dem Bau des Österreichischen "
         "Kulturforums in New York international große Aufmerksamkeit. Er war ein Aushängeschild für Österreichs "
         "Architekturtradition und gleichzeitig ein Mahner gegen politische Fehlentwicklungen. Mein Mitgefühl gilt seinen "
         "Angehörigen und Freunden, denen ich mein aufrichtiges Beileid ausspreche\", so der Bundeskanzler.")

add(id="ho473-bka-ots-2010-03-05-faymann-ableben-raimund-abraham",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20100305_OTS0198/bundeskanzler-werner-faymann-zum-ableben-raimund-abrahams",
    retrieved="same address (OTS release of 5 March 2010 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Pressesprecherin des Bundeskanzlers / Mag. Angelika "
              "Feigl / Tel.: (01) 531 15 - 2758, …' names the Chancellor's press spokeswoman (rule 116); that block, the "
              "OTS footer '… VERANTWORTUNG DES AUSSENDERS | NBU0004' and the link line 'Digitale Pressemappe: "
              "http://www.ots.at/pressemappe/56' dropped (rules 48, 112); the lead ending in a colon and the statement "
              "stand on two lines in the stored copy and are kept so (rule 353); complete as stored)",
    license=BKA,
    paras=[RA_L1, RA_L2],
    # the statement on the line after the colon-ending lead is the Chancellor's (rules 9, 353), closed by `so der
    # Bundeskanzler`; the dead architect, named inside it as `Professor Abraham`, says nothing
    quotes=[(cut(RA_L2, "\"Professor", "ausspreche\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann", "Bundeskanzler"]})

# --- Federal Chancellery, OTS release of 14 February 2015: Faymann condemns the attack in Copenhagen ---

KO_T = "Bundeskanzler Werner Faymann verurteilt Attentat in Kopenhagen auf das Schärfste"
KO_SUB = ("Betroffen zeigt sich Bundeskanzler Werner Faymann von dem heutigen Attentat auf ein Kulturzentrum in "
          "Kopenhagen")
KO_P1 = ("Wien (OTS) - \"Die Freiheit der Meinung, der Medien und der Kunst in Form und Ausdruck zählt zu den wichtigsten "
         "Errungenschaften unserer Gesellschaft. Wir werden diese mit aller Kraft verteidigen. Den heutigen Anschlag "
         "verurteile ich auf das Schärfste. Den Hinterbliebenen des Opfers möchte ich im Namen der Österreicherinnen und "
         "Österreicher mein tiefes Mitgefühl aussprechen\", so Bundeskanzler Werner Faymann in einer ersten Reaktion.")

add(id="ho473-bka-ots-2015-02-14-faymann-attentat-kopenhagen",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20150214_OTS0041/bundeskanzler-werner-faymann-verurteilt-attentat-in-"
        "kopenhagen-auf-das-schaerfste",
    retrieved="same address (OTS release of 14 February 2015 under the plain dateline 'Wien (OTS)'; the sender is the "
              "Chancellery: the contact block 'Rückfragen & Kontakt: Matthias Euler-Rolle / Pressesprecher des "
              "Bundeskanzlers / … matthias.euler-rolle@bka.gv.at' names the Chancellor's press spokesman with a bka.gv.at "
              "address (rule 116); that block and the OTS footer '… VERANTWORTUNG DES AUSSENDERS | NBU0001' dropped (rules "
              "48, 112); the subtitle kept as a line of its own (rule 112); complete as stored)",
    license=BKA,
    paras=[KO_SUB, KO_P1],
    # the quotation opens the body right after the dateline and takes the cue after it (rule 30); the headline and the
    # subtitle report the Chancellor without marks (rule 5)
    quotes=[(cut(KO_P1, "\"Die Freiheit", "aussprechen\""), FAYMANN)],
    aliases={FAYMANN: ["Werner Faymann", "Bundeskanzler Werner Faymann"]})

# --- Liechtenstein, ots release of 2 October 2021 (presseportal.ch): Manuel Frick at the Triennale ---

TR_T = "Besuch Triennale anlässlich der \"Langen Nacht der Museen\""
TR_P1 = ("Regierungsrat Manuel Frick besuchte am Samstag, 2. Oktober anlässlich der \"Langen Nacht der Museen\" den alten "
         "Pfarrhof in Balzers. Dort stellen im Zuge der Triennale sieben Künstler aus Liechtenstein unter dem Motto \"Sieben "
         "kurze Anekdoten aus Raum und Zeit\" ihre Werke aus.")
TR_P2 = ("\"Die verschiedenen Facetten des künstlerischen Schaffens faszinieren mich immer wieder. Die Triennale hat die "
         "enorme Bandbreite in Liechtenstein zum Ausdruck gebracht. Ich freue mich bereits auf die nächste Triennale in drei "
         "Jahren\" so Regierungsrat Frick.")

add(id="ho473-li-ots-2021-10-frick-triennale-lange-nacht",
    title=TR_T,
    url="https://www.presseportal.ch/de/pm/100000148/100878654",
    retrieved="same address (release of the Government of October 2021 in the newsroom 'Fürstentum Liechtenstein' on "
              "presseportal.ch; the stored copy's date prefix ' date 2021-10' dropped (rule 63) and the newsroom label "
              "'Fürstentum Liechtenstein' before the headline dropped as furniture (rules 19, 2100); the dateline line "
              "'Vaduz (ots)' kept as stored (rules 13, 2100); the missing comma before 'so Regierungsrat Frick' kept (rule "
              "20); the stored copy ends with the second paragraph, which is kept whole)",
    license=LI_OTS,
    paras=["Vaduz (ots)", TR_P1, TR_P2],
    # the event's name in the headline and again in the body (occurrence index, rule 4) and the exhibition's motto after
    # `unter dem Motto` are names, null (rules 2, 24, 68); the statement is closed by a cue without a comma (rule 30)
    quotes=[("\"Langen Nacht der Museen\"", None, 0),
            ("\"Langen Nacht der Museen\"", None, 1),
            ("\"Sieben kurze Anekdoten aus Raum und Zeit\"", None),
            (cut(TR_P2, "\"Die verschiedenen", "Jahren\""), M_FRICK)],
    aliases={M_FRICK: ["Manuel Frick", "Regierungsrat Manuel Frick", "Regierungsrat Frick", "Regierungsrat"]})

# --- Liechtenstein, ots release of November 2018 (finanznachrichten.de): Aurelia Frick receives Karin Kneissl ---

KN_P1 = ("Vaduz (ots) - Auf Einladung von Aussenministerin Aurelia Frick weilte die Bundesministerin für Europa, Integration "
         "und Äusseres der Republik Österreich, Karin Kneissl, zu einem Arbeitsbesuch in Vaduz. Der erste bilaterale Besuch "
         "der Bundesministerin in Liechtenstein stand ganz im Zeichen der guten Nachbarschaft zwischen Österreich und "
         "Liechtenstein. Beide Ministerinnen bekräftigten ihren Willen, die ausgezeichneten Nachbarschaftsbeziehungen noch "
         "weiter zu vertiefen.")
KN_P2 = ("Regierungsrätin Aurelia Frick war es ein grosses Anliegen, der österreichischen Bundesministerin ein möglichst "
         "umfangreiches Bild von Liechtenstein zu vermitteln und die enge historische, wirtschaftliche und kulturelle "
         "Vernetzung mit Österreich aufzuzeigen. Auf dem vielseitigen Programm standen eine Besichtigung der Firma Hilti in "
         "Schaan, ein Besuch des Kunstmuseums in Vaduz sowie ein Kurzvortrag des Historikers Peter Geiger zu den "
         "geschichtlichen Beziehungen zwischen den beiden Staaten. Zentraler Bestandteil des Programms bildeten das "
         "Arbeitsgespräch mit Aussenministerin Aurelia Frick sowie Höflichkeitsbesuche bei S.D. Erbprinz Alois von und zu "
         "Liechtenstein und Regierungschef Adrian Hasler.")
KN_P3 = ("Die beiden Ministerinnen würdigten im Arbeitsgespräch die gewachsenen und vertrauensvollen Beziehungen zwischen den "
         "beiden Staaten, die über 40 Verträge miteinander verbunden sind. Der intensive Austausch über die Staatsgrenzen "
         "hinweg, der nahezu alle Bereiche des öffentlichen Lebens betrifft, ist für viele Liechtensteiner und Vorarlberger "
         "in ihrem Alltag allgegenwärtig.")
KN_P4 = ("Anlässlich der gemeinsamen Medienkonferenz betonte Regierungsrätin Aurelia Frick, dass sie den Besuch von "
         "Bundesministerin Kneissl gerade während der EU-Ratspräsidentschaft Österreichs als grosse Wertschätzung versteht. "
         "\"Mit Österreich haben wir einen echten Partner in der EU\", so Aussenministerin Frick.")

add(id="ho473-li-ots-2018-11-frick-kneissl-gute-nachbarschaft",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2018-11/45293355-ikr-gute-nachbarschaft-inmitten-europas-007.htm",
    retrieved="same address (the Government's release 'ikr: Gute Nachbarschaft inmitten Europas' of November 2018 sent over "
              "ots, as shown unchanged by finanznachrichten.de; the stored copy's date prefix ' date 2018-11' dropped (rule "
              "63); the copy shows no headline and its dateline runs into the first sentence, so there is no title line "
              "(rules 18, 32, 2100); the empty lines between the paragraphs dropped; the fifth paragraph ('Die liech'), cut "
              "off in the stored copy, dropped (rule 15))",
    license=LI_OTS,
    paras=[KN_P1, KN_P2, KN_P3, KN_P4],
    # the dass-clause after `betonte Regierungsrätin Aurelia Frick` has no marks (rule 5); the marked sentence after it is
    # hers by its cue `so Aussenministerin Frick`; the Austrian guest, the historian, the Hereditary Prince and the head of
    # government say nothing in marks; `Aussenministerin` names only Aurelia Frick, the guest being `Bundesministerin`
    quotes=[(cut(KN_P4, "\"Mit Österreich", "EU\""), A_FRICK)],
    aliases={A_FRICK: ["Aurelia Frick", "Aussenministerin Aurelia Frick", "Regierungsrätin Aurelia Frick",
                       "Aussenministerin Frick", "Aussenministerin"]})
