# Seven-hundred-and-sixty-third held-out German real-news set (tests/data/heldout763-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4800-4806). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number, the
# finance portals' news ids, the ots.at release numbers, two or more distinctive phrases and the speakers' names of each text
# with grep -rlF against every annotation module, SOURCES file and jsonl file of /work/main/tests/data and
# /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any of these texts; no extractor
# and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixty-third held-out set": nine releases of German and Austrian
# broadcasters, each quoting what a politician said to the broadcaster or announcing a programme: four of PHOENIX read in its
# newsroom on presseportal.de (licence OTS_MEDIEN: Edmund Stoiber on a TV duel with Gerhard Schröder, April 2002; Angela Merkel
# on Hans Eichel at the constituent sitting of the Bundestag, October 2002; Wolfgang Bosbach on the exclusion of Martin Hohmann,
# November 2003; Edmund Stoiber on a coalition with the Greens and on Franz Müntefering, September 2005), three of PHOENIX shown
# by the finance portals finanznachrichten.de and finanzen.at (OTS_MEDIEN_REPOST: Katrin Göring-Eckardt and Hans-Christian
# Ströbele at the Greens' party conference, June 2017; Thomas Oppermann on election night, September 2017; Mario Voigt on the
# evening of the Thuringian Landtag election, September 2024), and two Austrian releases read on ots.at (APA_OTS_SENDERS: the
# ATV "Headline Talk" call-in with Salzburg's FPÖ chairman Schnell, November 2000; the ORF programme note of "im ZENTRUM" before
# the Bundesheer referendum, January 2013). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs
# are kept (rules 15, 17); the newsroom, portal and wire furniture is dropped (rules 2770, 3420, 4010, 4650, 4730, 4800);
# each retrieval note names what was dropped.
# The search budget of the session allowed 60 queries; 26 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_MEDIEN, OTS_MEDIEN_REPOST, APA_OTS_SENDERS  # noqa: E402

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


STOIBER = "Edmund Stoiber"
MERKEL = "Angela Merkel"
BOSBACH = "Wolfgang Bosbach"
KGE = "Katrin Göring-Eckardt"
STROEBELE = "Hans-Christian Ströbele"
OPPERMANN = "Thomas Oppermann"
VOIGT = "Mario Voigt"
SCHNELL = "Schnell"

# --- PHOENIX (presseportal.de, newsroom 6511), April 2002: Edmund Stoiber demands a TV duel on the American model ---

SD_T = "Stoiber fordert Fernsehduell nach US-Vorbild"
SD_P1 = ("Der Kanzlerkandidat der Union Edmund Stoiber hat gegenüber PHOENIX ein Fernsehduell nach amerikanischem Modell "
         "gefordert. Dem Bonner Sender sagte Stoiber: \"Ich würde mich auf eine sachliche Auseinandersetzung im Fernsehen "
         "freuen. Man habe sich deshalb mit Bundeskanzler Schröder auf das amerikanische Modell verständigt. Stoiber: \"Jetzt "
         "will der Bundeskanzler von diesem Modell etwas abweichen. Das \"amerikanische Modell\" heißt, dass drei Wochen vor "
         "der Wahl keine Duelle mehr stattfinden. Er hat vielleicht nicht gewusst, was das bedeutet, als ich gesagt habe, "
         "`nach amerikanischem Modell`.\" Stoiber sagte weiter, der Kanzler habe Angst vor seiner Politik: \"Auch wenn er "
         "jetzt glaubt, er könne alleine in der persönlichen Auseinandersetzung Punkte machen, indem er oft unter der "
         "Gürtellinie zuschlägt, mir Unanständigkeit oder ähnliches vorwirft, werde ich nicht in der selben Art antworten. "
         "Ich werde seine Schlusslichtpolitik in den Mittelpunkt rücken.\"")
SD_P2 = ("Nach dem Wahlsieg der CDU in Sachsen-Anhalt zeigte Stoiber sich selbstbewusst und siegessicher, was die "
         "Bundestagswahl im Herbst angeht. Stoiber: \" Ich bin der erfolgreichere Ministerpräsident als er und ich werde der "
         "erfolgreichere Kanzler sein.\"")

add(id="ho763-presseportal-phoenix-2002-04-stoiber-fernsehduell",
    title=SD_T,
    url="https://presseportal.de/pm/6511/342371",
    retrieved="same address (release of PHOENIX, the news and documentary channel of ARD and ZDF, Bonn, sent over news "
              "aktuell with the dateline 'Bonn/ Berlin (ots)' after the CDU's victory in the Saxony-Anhalt Landtag election "
              "of 21 April 2002 ('Nach dem Wahlsieg der CDU in Sachsen-Anhalt'), while Edmund Stoiber was the Union's "
              "candidate for chancellor; undated in the copy and dated by its content to late April 2002); the copy shows no "
              "widget and no label; the headline is the title, the dateline 'Bonn/ Berlin (ots)' a line of its own, the two "
              "body paragraphs lines as stored (rule 4730); the published quotation marks are kept as they stand, with the "
              "first quotation never closed, an inner pair of the same ASCII marks around 'amerikanische Modell', grave "
              "accents around 'nach amerikanischem Modell' and a space after the opening mark of the last quotation (rules "
              "20, 4802); the contact line 'Rückfragen: PHOENIX Kommunikation Regina Breetzke Telefon 0228/9584 193, Fax "
              "0228/9584 198' and the line 'Original-Content von: PHOENIX, übermittelt durch news aktuell' dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn/ Berlin (ots)", SD_P1, SD_P2],
    # the title is unmarked (rule 5); the quotation opened after `Dem Bonner Sender sagte Stoiber:` is never closed: it
    # ends with the sentence `… im Fernsehen freuen.`, before the Konjunktiv report `Man habe sich deshalb …` that follows
    # it, and is his (rules 9, 103, 4802); the quotation after the verbless `Stoiber:` runs to the closing mark after the
    # grave accents, and the inner pair around `amerikanische Modell` and the accents around `nach amerikanischem Modell`
    # are nested inside it, not quotations of their own (NOTES.md nested quotes, rules 1380, 4802); the colon quotation after
    # `Stoiber sagte weiter, der Kanzler habe Angst vor seiner Politik:` is his (rule 9), its `er` being Schröder; the last
    # quotation after the verbless `Stoiber:`, whose published space after the opening mark is part of the span, is his
    # (rules 9, 20); Gerhard Schröder (`Bundeskanzler Schröder`, `der Bundeskanzler`, `der Kanzler`) and the CDU say nothing
    # in marks; `Kanzlerkandidat der Union` names a party alliance and is no alias (rules 33, 4735)
    quotes=[("\"Ich würde mich auf eine sachliche Auseinandersetzung im Fernsehen freuen.", STOIBER),
            (cut(SD_P1, "\"Jetzt will", "Modell`.\""), STOIBER),
            (cut(SD_P1, "\"Auch wenn er", "Mittelpunkt rücken.\""), STOIBER),
            (cut(SD_P2, "\" Ich bin", "Kanzler sein.\""), STOIBER)],
    aliases={STOIBER: ["Edmund Stoiber", "Stoiber"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 17 October 2002: Angela Merkel on Hans Eichel at the constituent sitting ---

ME_T = "Merkel: \"Interessante Entwicklung\" bei Eichel"
ME_P1 = ("Enttäuscht darüber, dass der Unionsfraktion kein zweiter Vizepräsident im Bundestag zugestanden wird, hat sich die "
         "Fraktions- und CDU-Vorsitzende Angela Merkel gegenüber PHOENIX geäußert. Am Rande der konstituierenden Sitzung "
         "sagte Merkel: \"Im Augenblick ist das, was Rot-Grün uns entgegenbringt, nicht das, war wir in einem Parlament "
         "brauchen.\" Die Parlamentsarbeit sei von Geben und Nehmen geprägt.")
ME_P2 = ("Bundesfinanzminister Hans Eichel bescheinigte Angela Merkel eine \"interessante Entwicklung\". Eichel sehe "
         "\"inzwischen ein\", so Merkel, \"dass er mit der Steuerreform Fehler gemacht hat.\"")

add(id="ho763-presseportal-phoenix-2002-10-merkel-eichel-entwicklung",
    title=ME_T,
    url="https://presseportal.de/pm/6511/389468",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell with the dateline 'Berlin/Bonn (ots)' from "
              "the constituent sitting of the 15th Bundestag ('Am Rande der konstituierenden Sitzung'), 17 October 2002; "
              "the address came back also in the English interface (presseportal.de/en/pm/6511/389468?langid=1), hard-wrapped "
              "under the widget 'All Stories' / 'Follow' / 'Subscribe to PHOENIX' with the same wording and a story list "
              "whose neighbouring releases are dated '17.10.2002 – 16:49' and '17.10.2002 – 16:46'; the German copy, with "
              "each paragraph one line and without widget, is used (rule 4730); the headline is the title, the dateline a "
              "line of its own, the two body paragraphs lines as stored; the published 'war wir in einem Parlament' (for "
              "'was') kept (rule 20); the contact line 'Rückfragen: PHOENIX-Kommunikation, Regina Breetzke, Tel: "
              "0228/9584-193, Fax: 0228/9584-198' and the line 'Original-Content von: PHOENIX, übermittelt durch news "
              "aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Berlin/Bonn (ots)", ME_P1, ME_P2],
    # the title's quotation after the label `Merkel:` is hers, and so is the same phrase in the body: `Bundesfinanzminister
    # Hans Eichel bescheinigte Angela Merkel eine "interessante Entwicklung"` puts the dative object Eichel first and the
    # subject Merkel after the verb, as the headline (`Merkel: "…" bei Eichel`) and the next sentence (`Eichel sehe
    # "inzwischen ein", so Merkel, …`) show (rules 26, 54, 4801); the colon quotation after `Am Rande der konstituierenden
    # Sitzung sagte Merkel:` is hers (rule 9); the partial `"inzwischen ein"` in her Konjunktiv about Eichel and the
    # quotation after `so Merkel,` that completes it are hers, Eichel being the one she speaks of (rules 3, 25, 30); Hans
    # Eichel, Rot-Grün and the Unionsfraktion say nothing; `Fraktions- und CDU-Vorsitzende` names a party and is no alias
    # (rules 33, 4735)
    quotes=[("\"Interessante Entwicklung\"", MERKEL),
            (cut(ME_P1, "\"Im Augenblick", "Parlament brauchen.\""), MERKEL),
            ("\"interessante Entwicklung\"", MERKEL),
            ("\"inzwischen ein\"", MERKEL),
            ("\"dass er mit der Steuerreform Fehler gemacht hat.\"", MERKEL)],
    aliases={MERKEL: ["Angela Merkel", "Merkel"]})

# --- PHOENIX (presseportal.de, newsroom 6511), November 2003: Wolfgang Bosbach after the exclusion of Martin Hohmann ---

BO_T = "Bosbach: Müssen noch viel Überzeugungsarbeit leisten"
BO_P1 = ("Der stellvertretende Unionsfraktionsvorsitzende Wolfgang Bosbach (CDU) erklärte am Freitag morgen im "
         "PHOENIX-Interview, man könne denen, die in der Unionsfraktion für den Verbleib Martin Hohmanns votiert hätten, "
         "\"nun wirklich nicht unterstellen, dass sie die Rede des Kollegen Hohmann inhaltlich teilen.\" Vielen Abgeordneten "
         "sei die Trennung nicht leicht gefallen. \"Wir werden sehr gut begründen müssen, nicht nur in der Öffentlichkeit "
         "auch bei den Parteimitgliedern, (...) dass und warum es leider unausweichlich war, dass die Trennung herbeigeführt "
         "wurde\", so Bosbach. \"Wir haben dafür viele gute Gründe, aber die sind nicht jedem bekannt. Und deswegen ist es "
         "eine Bringschuld von uns. Von der Partei- und Fraktionsführung werden wir noch viel Überzeugungsarbeit leisten "
         "müssen in den nächsten Tagen.\"")

add(id="ho763-presseportal-phoenix-2003-11-bosbach-hohmann-ueberzeugungsarbeit",
    title=BO_T,
    url="https://presseportal.de/pm/6511/499784?langid=5",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell on the Friday on which the CDU/CSU "
              "Bundestag group voted to exclude Martin Hohmann over his speech of 3 October 2003 ('am Freitag morgen', 'dass "
              "die Trennung herbeigeführt wurde'); undated in the copy, which shows no story list, and dated by its content "
              "and its release number, close below the 2 December 2003 release 505507, to November 2003, most likely Friday "
              "14 November 2003); the copy shows no widget and no label; the headline is the title, the dateline 'Bonn "
              "(ots)' a line of its own, the body one line as stored (rule 4730); the published 'Freitag morgen' kept (rule "
              "20); the lines 'ots-Originaltext: Phoenix', 'Digitale Pressemappe: "
              "http://www.presseportal.de/story.htx?firmaid=6511', the contact block 'Kontakt: Ingo Firley "
              "PHOENIX-Kommunikation Telefon: 0228 / 9584 195 Fax: 0228 / 9584 198' and the line 'Original-Content von: "
              "PHOENIX, übermittelt durch news aktuell' dropped; complete as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn (ots)", BO_P1],
    # the title's label `Bosbach:` before unmarked words carries no span, although they shorten his last quotation (rules
    # 5, 630); the partial quotation closing his Konjunktiv after `erklärte … im PHOENIX-Interview, man könne denen, … "…"`
    # is his (rules 3, 25), the Abgeordneten who voted for Hohmann and Hohmann himself saying nothing; the quotation before
    # `so Bosbach` is his (rule 30); the cue-less quotation after it continues his speech (NOTES.md continuation); PHOENIX
    # is the medium (rule 4731); `stellvertretende Unionsfraktionsvorsitzende` names a parliamentary group and is no alias
    # (rules 33, 4735)
    quotes=[("\"nun wirklich nicht unterstellen, dass sie die Rede des Kollegen Hohmann inhaltlich teilen.\"", BOSBACH),
            (cut(BO_P1, "\"Wir werden sehr", "herbeigeführt wurde\""), BOSBACH),
            (cut(BO_P1, "\"Wir haben dafür", "nächsten Tagen.\""), BOSBACH)],
    aliases={BOSBACH: ["Wolfgang Bosbach", "Bosbach"]})

# --- PHOENIX (presseportal.de, newsroom 6511), 19 September 2005: Edmund Stoiber on the Greens and on Franz Müntefering ---

SG_T = ("Stoiber schließt Regierungsbündnis mit Grünen nicht aus und bezeichnet Müntefering-Aussagen zur Parteistärke als "
        "\"Blödsinn\"")
SG_P1 = ("Edmund Stoiber (CSU) im PHOENIX-Interview: \"Ich glaube, dass CDU/CSU und FDP natürlich ein gutes Team wären. Ob es "
         "mit einer anderen Partei geht, also mit den Grünen zusammen dann eine solche Koalition zu bilden, kann ich heute "
         "noch nicht absehen. Aber Gespräche werden geführt und ich hoffe, dass wir nicht wochenlang brauchen, bis wir eine "
         "stabile Regierung in Deutschland haben.\"")
SG_P2 = ("Zu den Aussagen von Franz Müntefering, die SPD sei stärkste Partei bei der Bundestagswahl, sagte Stoiber: \"CDU und "
         "CSU sind zwei Par-teien, aber sie sind eine Fraktion. Das sind natürlich formalistische Argumente und das ist "
         "Blödsinn. (...) CDU und CSU sind Schwesterparteien und natürlich als Fraktion fest miteinander verschweißt. Uns "
         "bringt auch niemand auseinander.\"")

add(id="ho763-presseportal-phoenix-2005-09-stoiber-gruene-muentefering-bloedsinn",
    title=SG_T,
    url="https://presseportal.de/en/pm/6511/726448",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell on the day after the Bundestag election of 18 "
              "September 2005; undated in the copy, and dated by its content and by a news portal's copy of the same "
              "wording, 'Archivmeldung vom 19.09.2005' on extremnews.com, not used, to 19 September 2005); the address came "
              "back in the English interface of presseportal.de with the German release and the wire's English footer; the "
              "copy shows no widget and no label; the headline is the title, the dateline 'Bonn (ots)' a line of its own, "
              "the two body paragraphs lines as stored (rule 4730); the published hyphen in 'Par-teien' kept (rule 20); the "
              "contact block 'Rückfragen bitte an: Phoenix PHOENIX-Kommunikation Ingo Firley Telefon: 0228 / 9584 195 Fax: "
              "0228 / 9584 198' and the line 'Original content of: PHOENIX, transmitted by news aktuell' dropped; complete "
              "as stored)",
    license=OTS_MEDIEN,
    paras=["Bonn (ots)", SG_P1, SG_P2],
    # the single word in marks closing the title's report sentence about Stoiber (`… bezeichnet Müntefering-Aussagen zur
    # Parteistärke als "Blödsinn"`) is his: the body has it, unmarked, inside his own quotation (`das ist Blödsinn`; rules
    # 26, 54, 4732), Müntefering being the one whose statement he calls so; the colon quotation after the verbless label
    # `Edmund Stoiber (CSU) im PHOENIX-Interview:` is his (rules 9, 4731); the colon quotation after `Zu den Aussagen von
    # Franz Müntefering, die SPD sei stärkste Partei bei der Bundestagswahl, sagte Stoiber:` is his, Müntefering's words
    # standing unmarked in Konjunktiv (rules 5, 9, 4803); Franz Müntefering, the SPD, the FDP and the Grünen say nothing in
    # marks
    quotes=[("\"Blödsinn\"", STOIBER),
            (cut(SG_P1, "\"Ich glaube", "Deutschland haben.\""), STOIBER),
            (cut(SG_P2, "\"CDU und", "auseinander.\""), STOIBER)],
    aliases={STOIBER: ["Edmund Stoiber", "Stoiber"]})

# --- PHOENIX (ots, shown by finanznachrichten.de), 18 June 2017: Katrin Göring-Eckardt and Hans-Christian Ströbele ---

GE_P1 = ("Bonn (ots) - Die Spitzenkandidatin von Bündnis 90/Die Grünen zur Bundestagswahl, Katrin Göring-Eckardt, hat "
         "deutlich gemacht, dass es in den kommenden Monaten bis zum 24. September auch darum gehe, dass die Partei "
         "geschlossen agiere. \"Manche haben Cem Özdemir und ich überrascht, als wir auf der Bundesdelegiertenkonferenz sehr "
         "kämpferisch und klar gesprochen haben. Aber das sind wir. Es fühlt sich sehr gut an, wenn die Partei so hinter "
         "einem steht\", bewertete Göring-Eckardt den Parteikonvent im Fernsehsender phoenix (Sonntag, 18. Juni) äußerst "
         "positiv und fügte hinzu: \"Wir wollen dritte Kraft bei der Bundestagswahl werden.\" Wichtig sei es, dass die "
         "Bürger nicht den Eindruck erhielten, für die Grünen stünden Koalitionsfragen im Mittelpunkt. Wichtig sei es, "
         "\"nicht darüber zu reden mit wem, sondern für was\" man einstehe. Sollte man tatsächlich nach der Wahl in der Lage "
         "sein, mit anderen eine Regierung zu bilden, werde dies kompliziert. \"Es wird mit allen schwierig werden\", so "
         "Göring-Eckardt.")
GE_P2 = ("Der scheidende grüne Bundestagsabgeordnete Hans-Christian Ströbele mahnte seine Partei, auch über außenpolitische "
         "Themen wie die Einsätze der Bundeswehr eine Sprachregelung zu finden. \"Ich hoffe, dass wir in diesem Punkt in den "
         "kommenden Wochen nochmal zulegen. Die Wähler wollen wissen, ob nach 16 Jahren Bundeswehr in Afghanistan da jetzt "
         "auch mal Schluss ist\", so das grüne Urgestein.")

add(id="ho763-finanznachrichten-phoenix-2017-06-goering-eckardt-stroebele-dritte-kraft",
    title=None,
    url="http://www.finanznachrichten.de/nachrichten-2017-06/40988437-gruene-spitzenkandidatin-katrin-goering-eckardt-wir-"
        "wollen-dritte-kraft-werden-007.htm",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell from the Greens' Bundesdelegiertenkonferenz "
              "in Berlin, dated in its text '(Sonntag, 18. Juni)', shown by the finance portal finanznachrichten.de with the "
              "ots dateline 'Bonn (ots) -' and the wire's line 'OTS: PHOENIX newsroom: …'); the stored excerpt begins with "
              "the dateline run into the body and shows no headline, so the document has no title and none is rebuilt from "
              "the address (rules 32, 1381); the two body paragraphs, each one line and separated by empty lines in the "
              "copy, are kept as stored (rule 4730); the published 'Manche haben Cem Özdemir und ich überrascht' kept (rule "
              "20); the line 'OTS: PHOENIX newsroom: http://www.presseportal.de/nr/6511 newsroom via RSS: "
              "http://www.presseportal.de/rss/pm_6511.rss2' and the contact block 'Pressekontakt: phoenix-Kommunikation "
              "Pressestelle Telefon: 0228 / 9584 192 Fax: 0228 / 9584 198 presse@phoenix.de presse.phoenix.de' dropped; "
              "complete as stored from the dateline on)",
    license=OTS_MEDIEN_REPOST,
    paras=[GE_P1, GE_P2],
    # the quotation before `bewertete Göring-Eckardt den Parteikonvent im Fernsehsender phoenix … und fügte hinzu:` is hers,
    # Cem Özdemir, named inside it, saying nothing, and phoenix the medium (rules 30, 4731); the colon quotation after `fügte
    # hinzu:` is hers, the same subject carrying both cues (rules 9, 4804); the partial quotation in her Konjunktiv
    # `Wichtig sei es, "…" man einstehe` is hers (rules 3, 25); the quotation before `so Göring-Eckardt` is hers (rule 30);
    # the quotation before `so das grüne Urgestein` is Ströbele's, the description taking up the subject of the sentence
    # before it (rules 8, 30, 4804); the Grünen, the Partei, the Bürger and the Wähler say nothing; the role phrases
    # `Spitzenkandidatin von Bündnis 90/Die Grünen zur Bundestagswahl`, `scheidende grüne Bundestagsabgeordnete` and `grüne
    # Urgestein` name a party and are no aliases (rules 33, 4735, 4804)
    quotes=[(cut(GE_P1, "\"Manche haben", "hinter einem steht\""), KGE),
            ("\"Wir wollen dritte Kraft bei der Bundestagswahl werden.\"", KGE),
            ("\"nicht darüber zu reden mit wem, sondern für was\"", KGE),
            ("\"Es wird mit allen schwierig werden\"", KGE),
            (cut(GE_P2, "\"Ich hoffe", "mal Schluss ist\""), STROEBELE)],
    aliases={KGE: ["Katrin Göring-Eckardt", "Göring-Eckardt"],
             STROEBELE: ["Hans-Christian Ströbele"]})

# --- PHOENIX (ots, shown by finanzen.at), 24 September 2017: Thomas Oppermann on election night ---

OP_T = "phoenix: Oppermann (SPD) will AfD \"notfalls mit Ordnungsrecht\" begegnen"
OP_P1 = join("Bonn/Berlin (ots) - Der Fraktionschef der Sozialdemokraten im",
             "Bundestag, Thomas Oppermann, hat deutlich gemacht, dass man die",
             "Auseinandersetzung mit der AfD im Bundestag nicht scheuen werde.",
             "\"Wenn da rassistische Töne im Bundestag kommen, klare Kante, dann",
             "machen wir notfalls auch vom Ordnungsrecht Gebrauch\", so Oppermann im",
             "Fernsehsender phoenix. Bei der Wahl sei es seiner Partei nicht",
             "gelungen, die Erfolge als Regierungspartei deutlich zu machen und",
             "sich als Alternative zur Kanzlerin darzustellen. \"In der Opposition",
             "können wir jetzt eine klare Alternative zu Merkel bilden. Es wird",
             "keine Koalitionsverhandlungen mit der SPD geben\", schloss auch",
             "Oppermann Gespräche aus.")
OP_P2 = "Bonn/Berlin, 24. September 2017"

add(id="ho763-finanzen-phoenix-2017-09-oppermann-afd-ordnungsrecht",
    title=OP_T,
    url="https://styles.finanzen.at/nachrichten/aktien/phoenix-oppermann-spd-will-afd-notfalls-mit-ordnungsrecht-"
        "begegnen-1002494876",
    retrieved="same address (release of PHOENIX, Bonn, sent over news aktuell on the evening of the Bundestag election of "
              "24 September 2017, closed by the release's own line 'Bonn/Berlin, 24. September 2017', shown by the finance "
              "portal finanzen.at with the ots dateline 'Bonn/Berlin (ots) -' and the portal's time line '24.09.2017 "
              "22:17:56'); the same wording, with the same line breaks, came back on politikexpress.de without the dateline, "
              "not used; the portal's time line and the separator '|' under it dropped (rules 3420, 4730); the headline with "
              "its prefix 'phoenix:' is the title; the body, hard-wrapped at about 70 characters without empty lines and "
              "with the dateline run in, is joined with one space and stays one paragraph: its third line ('… nicht scheuen "
              "werde.', 66 characters) closes a sentence, but at the wrap width, the next word not fitting (rules 1372, 2695, "
              "4730); the release's closing place and date line is kept as a line of its own (rule 4730); the line 'OTS: "
              "PHOENIX newsroom: http://www.presseportal.de/nr/6511 newsroom via RSS: "
              "http://www.presseportal.de/rss/pm_6511.rss2', the contact block 'Pressekontakt: phoenix-Kommunikation "
              "Pressestelle Telefon: 0228 / 9584 192 Fax: 0228 / 9584 198 presse@phoenix.de presse.phoenix.de' and the "
              "portal's advertisement lines ('Der finanzen.at Ratgeber für Aktien!', 'Wenn Sie mehr über das Thema Aktien "
              "erfahren wollen, …', 'Jetzt informieren!', each twice) dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=[OP_P1, OP_P2],
    # the partial quotation in the title's report sentence `Oppermann (SPD) will AfD "…" begegnen` is his: the body gives
    # him `… dann machen wir notfalls auch vom Ordnungsrecht Gebrauch`, of which the headline's words are the release's
    # condensation (rules 26, 54, 4732); the quotation before `so Oppermann im Fernsehsender phoenix` is his, phoenix the
    # medium (rules 30, 4731); the quotation before `schloss auch Oppermann Gespräche aus`, a cue with no verb of saying,
    # is his (rules 30, 4805); Angela Merkel (`Merkel`, `Kanzlerin`), the AfD and the SPD say nothing; `Fraktionschef der
    # Sozialdemokraten im Bundestag` names a party and is no alias (rules 33, 4735)
    quotes=[("\"notfalls mit Ordnungsrecht\"", OPPERMANN),
            (cut(OP_P1, "\"Wenn da", "Ordnungsrecht Gebrauch\""), OPPERMANN),
            (cut(OP_P1, "\"In der Opposition", "mit der SPD geben\""), OPPERMANN)],
    aliases={OPPERMANN: ["Thomas Oppermann", "Oppermann"]})

# --- PHOENIX (ots, shown by finanznachrichten.de), 1 September 2024: Mario Voigt on the Thuringian Landtag election ---

VO_P1 = ("Der CDU-Spitzenkandidat für Thüringen, Mario Voigt, zieht nach den ersten Prognosen zu den Landtagswahlen ein "
         "eindeutiges Fazit: \"Für mich ist klar, dass Rot-Rot-Grün abgewählt ist und auch die Ampel abgestraft wurde\", so "
         "Voigt beim Fernsehsender phoenix. Dennoch habe in seinen Augen \"die SPD ein sehr respektables Ergebnis geholt\". "
         "Für Voigt sei daher der SPD-Spitzenkandidat Georg Maier sein \"erster Ansprechpartner\". Aber: \"Ich werde mich "
         "logischerweise auch mit der BSW unterhalten\", so Voigt bei phoenix.")
VO_P2 = "Das ganze Interview finden Sie in Kürze bei phoenix.de"

add(id="ho763-finanznachrichten-phoenix-2024-09-voigt-thueringen-spd-bsw",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2024-09/63143247-mario-voigt-cdu-will-nach-thueringer-landtagswahl-"
        "mit-spd-und-bsw-sprechen-007.htm",
    retrieved="same address (release of PHOENIX sent over news aktuell on the evening of the Thuringian Landtag election "
              "of 1 September 2024 ('nach den ersten Prognosen'), shown by the finance portal finanznachrichten.de with the "
              "ots dateline 'Erfurt/Bonn (ots) -' and the wire's lines 'Original-Content von: PHOENIX, übermittelt durch "
              "news aktuell' and 'Originalmeldung: https://www.presseportal.de/pm/6511/5855084'; the copy of the press-release "
              "portal firmenpresse.de, with the headline and 'Datum: 01.09.2024 - 19:43 Uhr', was seen in the results and not "
              "used); the stored excerpt shows no headline, so the document has no title and none is rebuilt from the "
              "address (rules 32, 1381); the crawler's date prefix ' date 2024-09' dropped; the dateline 'Erfurt/Bonn (ots) "
              "-', set apart by empty lines in the copy, is a line of its own, the body paragraph and the release's pointer "
              "'Das ganze Interview finden Sie in Kürze bei phoenix.de' lines as stored (rule 4730); the contact block "
              "'Pressekontakt: phoenix-Kommunikation Telefon: 0228 / 9584 192 kommunikation@phoenix.de Twitter.com: "
              "phoenix_de', the 'Original-Content' and 'Originalmeldung' lines and the portal's '© 2024 news aktuell' "
              "dropped; complete as stored)",
    license=OTS_MEDIEN_REPOST,
    paras=["Erfurt/Bonn (ots) -", VO_P1, VO_P2],
    # the colon quotation after `zieht … ein eindeutiges Fazit:`, closed by `so Voigt beim Fernsehsender phoenix`, is his
    # (rules 9, 30, 4731, 4805); the partial quotation closing his Konjunktiv `Dennoch habe in seinen Augen "…"` is his (rules 3,
    # 25); the partial `"erster Ansprechpartner"` in `Für Voigt sei daher der SPD-Spitzenkandidat Georg Maier sein "…"` is
    # his, Georg Maier being the one he names so (rules 3, 25, 4806); the quotation after the verbless `Aber:`, closed by `so
    # Voigt bei phoenix`, is his (rules 9, 30); Georg Maier, the SPD, the BSW, Rot-Rot-Grün and the Ampel say nothing;
    # `CDU-Spitzenkandidat für Thüringen` names a party and a Land and is no alias (rules 33, 4735)
    quotes=[(cut(VO_P1, "\"Für mich", "abgestraft wurde\""), VOIGT),
            ("\"die SPD ein sehr respektables Ergebnis geholt\"", VOIGT),
            ("\"erster Ansprechpartner\"", VOIGT),
            ("\"Ich werde mich logischerweise auch mit der BSW unterhalten\"", VOIGT)],
    aliases={VOIGT: ["Mario Voigt", "Voigt"]})

# --- ATV (ots.at, OTS_20001129_OTS0334), 29 November 2000: call-in with Salzburg's FPÖ chairman Schnell ---

SN_T = "Live-Call-in von FP-Schnell heute, Mittwoch, 18.45h im ATV-\"Headline Talk\""
SN_P1 = ("\"Lump ist noch zu harmlos\", sagt Salzburgs FPÖ-Chef Schnell. Und meint damit Bundespräsident Klestil. Ein "
         "\"Lump\" sei in Salzburg ein liebes Hunderl - und das sei Klestil bei Leibe nicht. Sondern ein Falott, der "
         "Österreich im Ausland schlecht gemacht habe. Jetzt verlangt sogar Jörg Haider, dass sich Schnell entschuldigt. Doch "
         "Schnell: \"Ich denke nicht daran\". Warum der Salzburger SP-Chef das gesagt hat und mit welchen Konsequenzen er "
         "rechnet, das erzählt er heute, Mittwoch, um 18.45 Uhr bei einem Call-in im \"Headline Talk\".")

add(id="ho763-ots-atv-2000-11-schnell-headline-talk-lump",
    title=SN_T,
    url="https://www.ots.at/presseaussendung/OTS_20001129_OTS0334/live-call-in-von-fp-schnell-heute-mittwoch-1845h-im-atv-"
        "headline-talk",
    retrieved="same address (release of the Austrian private broadcaster ATV, sent over APA-OTS on Wednesday 29 November "
              "2000 (release number OTS_20001129_OTS0334, 'heute, Mittwoch'), contact 'ATV Pressestelle', footer ATV/ATV); "
              "the release has no dateline; the headline is the title, the body one paragraph as stored; the published "
              "'bei Leibe' and 'der Salzburger SP-Chef' (for the FPÖ chairman) kept (rule 20); the line '*** "
              "OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS ***', the contact block "
              "'Rückfragen & Kontakt: Birgit Kleinlercher Tel.: (01) 213 64-7945 Fa: (01) 213 64-7979 email: "
              "kleinlercherb@rtv.co.at http://www.austria-tv.at ATV Pressestelle' and the footer 'OTS-ORIGINALTEXT "
              "PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | ATV/ATV' dropped (rule "
              "4800); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[SN_P1],
    # the programme's name `"Headline Talk"` in the title and at the end of the body is null (rules 24, 4731); the
    # quotation before `sagt Salzburgs FPÖ-Chef Schnell` is his (rule 30); the word `"Lump"` in the Konjunktiv that explains
    # what he meant (`Ein "Lump" sei in Salzburg ein liebes Hunderl`) is his own word, reported as his (rules 3, 25, 4806);
    # the quotation after the verbless `Doch Schnell:` is his (rule 9); Bundespräsident Klestil, of whom he speaks, and
    # Jörg Haider, who demands an apology, say nothing in marks; the release names Schnell only by his surname, which is
    # his canonical name (rule 7); `Salzburgs FPÖ-Chef`, `Salzburger SP-Chef` and the compound `FP-Schnell` name a party
    # and are no aliases (rules 33, 4735)
    quotes=[("\"Headline Talk\"", None, 0),
            ("\"Lump ist noch zu harmlos\"", SCHNELL),
            ("\"Lump\"", SCHNELL),
            ("\"Ich denke nicht daran\"", SCHNELL),
            ("\"Headline Talk\"", None, 1)],
    aliases={SCHNELL: ["Schnell"]})

# --- ORF (ots.at, OTS_20130111_OTS0156), 11 January 2013: programme note of "im ZENTRUM" before the Bundesheer referendum ---

IZ_T = "\"im ZENTRUM\": Schicksalsfrage - Entscheidung übers Bundesheer"
IZ_P1 = ("Wien (OTS) - Eine Woche vor der Volksbefragung über die Zukunft des Bundesheeres gehen die Emotionen zum Thema "
         "hoch: Beinahe täglich zaubern die Parteien neue Argumente für ihre Linie aus dem Hut. Um die Kernaufgaben der "
         "militärischen Landesverteidigung geht es dabei so gut wie nie, Österreich diskutiert aber heftig über "
         "Katastrophenschutz und Zivildienst.")
IZ_P2 = ("Dennoch rechnen Meinungsforscher mit einer geringen Beteiligung an der Befragung. Wer hat am Ende die besseren "
         "Karten? Welche Heeresform ist für Österreich tatsächlich die bessere? Darüber diskutieren am Sonntag, dem 13. "
         "Jänner 2013, um 22.00 Uhr in ORF 2 bei Ingrid Thurnher \"im ZENTRUM\":")
IZ_GUESTS = ["Anton Pelinka", "Komitee \"Unser Heer\"", "Veit Sorger", "Komitee \"Einsatz für Österreich\"",
             "Matthias Horx", "Trendforscher", "Dieter Chmelar", "Kolumnist"]
IZ_H = "Der weitere ORF-Fahrplan zur Volksbefragung"
IZ_P3 = ("\"Der Report\" widmet der Volksbefragung am 15. Jänner einen Schwerpunkt, ein verlängerter \"Runder Tisch\" am 16. "
         "Jänner versammelt die Klubobleute der Parlamentsparteien. Das \"Weltjournal\" blickt an diesem Tag auf die Armeen "
         "anderer Länder. Am Tag der Volksbefragung, dem 20. Jänner, meldet sich ORF 2 erstmals um 16.55 Uhr live mit der "
         "ersten Hochrechnung. Nach weiteren Live-Einstigen um 18.25, 18.30 und 18.57 Uhr steht um 21.50 Uhr eine \"ZiB 2 "
         "spezial\" auf dem Programm, ehe um 22.15 Uhr ein weiteres \"im ZENTRUM\" mit Repräsentanten aller sechs "
         "Parlamentsparteien den ORF-Schwerpunkt beendet. Die ORF-Radios berichten ebenfalls ausführlich darüber und bringen "
         "mehrere \"Journal Panorama\"-Ausgaben zum Thema. Die ORF-TVthek bietet einen Themencontainer mit dem Titel "
         "\"Geschichte des Bundesheers\" mit ca. 30 Berichten, Dokumentationen und Beiträgen aus dem ORF-Archiv. Zudem "
         "berichten das ORF.at-Netzwerk und der ORF TELETEXT umfangreich.")

add(id="ho763-ots-orf-2013-01-im-zentrum-bundesheer",
    title=IZ_T,
    url="https://www.ots.at/presseaussendung/OTS_20130111_OTS0156/im-zentrum-schicksalsfrage-entscheidung-uebers-bundesheer",
    retrieved="same address (programme note of the ORF sent over APA-OTS on 11 January 2013 (release number "
              "OTS_20130111_OTS0156) for the discussion programme 'im ZENTRUM' of Sunday 13 January 2013, a week before the "
              "referendum on compulsory military service of 20 January 2013; the sender is inferred from the release's own "
              "voice ('Der weitere ORF-Fahrplan zur Volksbefragung'), the stored excerpt ending before the contact block); "
              "the crawler's date prefix ' date 2018-03' dropped; the headline is the title, the subtitle line 'Am 13. Jänner "
              "um 22.00 Uhr in ORF 2' a line of its own, the two lead paragraphs, each guest's name and affiliation, the "
              "heading 'Der weitere ORF-Fahrplan zur Volksbefragung' and the closing paragraph lines as stored (rules 19, "
              "4800); the published 'Live-Einstigen' kept (rule 20); the excerpt ends after the closing paragraph 'Zudem "
              "berichten das ORF.at-Netzwerk und der ORF TELETEXT umfangreich.', before the contact block; every kept "
              "paragraph is complete)",
    license=APA_OTS_SENDERS,
    paras=["Am 13. Jänner um 22.00 Uhr in ORF 2", IZ_P1, IZ_P2] + IZ_GUESTS + [IZ_H, IZ_P3],
    # every quotation of the note is a name and null: the programme's name `"im ZENTRUM"` in the title, before the guest
    # list and for the second programme on the day of the referendum (rules 24, 4731); the campaign committees `Komitee
    # "Unser Heer"` and `Komitee "Einsatz für Österreich"` under the guests' names (rules 2, 24, 4806); the programmes
    # `"Der Report"`, `"Runder Tisch"`, `"Weltjournal"`, `"ZiB 2 spezial"` and `"Journal Panorama"` (the last in the
    # compound `"Journal Panorama"-Ausgaben`) and the title of the ORF-TVthek collection `"Geschichte des Bundesheers"`
    # (rules 24, 4731); the guests Anton Pelinka, Veit Sorger, Matthias Horx and Dieter Chmelar, the host Ingrid Thurnher,
    # the Parteien and the Meinungsforscher say nothing in marks
    quotes=[("\"im ZENTRUM\"", None, 0),
            ("\"im ZENTRUM\"", None, 1),
            ("\"Unser Heer\"", None),
            ("\"Einsatz für Österreich\"", None),
            ("\"Der Report\"", None),
            ("\"Runder Tisch\"", None),
            ("\"Weltjournal\"", None),
            ("\"ZiB 2 spezial\"", None),
            ("\"im ZENTRUM\"", None, 2),
            ("\"Journal Panorama\"", None),
            ("\"Geschichte des Bundesheers\"", None)],
    aliases={})
