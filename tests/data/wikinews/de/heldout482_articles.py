# Four-hundred-and-eighty-second held-out German real-news set (tests/data/heldout482-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2570-2574). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid
# was run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-eighty-second held-out set": nine releases of Austrian federal
# ministries, parliamentary party clubs and political parties on the APA-OTS service (ots.at). Two of ministries: the
# Federal Ministry of Defence and Sport (Norbert Darabos's three-year balance, January 2010; licence APA_OTS_POLITICS) and
# the Federal Ministry for Education and Women (Gabriele Heinisch-Hosek on the death of Barbara Prammer, August 2014;
# licence BMBF, rule 670). Seven of parliamentary clubs and parties (licence APA_OTS_POLITICS): the BZÖ's Parlamentsklub
# (Josef Bucher presenting the 'Team Wien', March 2010; Bucher on eight years of the BZÖ, April 2013), the SPÖ's press
# service (Günther Kräuter on Harald Vilimsky, May 2009), the Greens (Christiane Brunner on Nikolaus Berlakovich, January
# 2011; the Vienna Greens on Van der Bellen's re-election, October 2022), the ÖVP's press service (Maria Rauch-Kallat on the
# women in the cabinet, January 2005) and the FPÖ's Parlamentsklub (Herbert Kickl on Karlheinz Kopf, September 2012). Stored
# copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete paragraphs are kept (rules
# 15, 17), the wire furniture (crawl-date prefixes, the OTS marker '****', end marks, 'Zwtl.' markers, contact blocks and
# footers) is dropped (rules 19, 48, 460, 2570), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import APA_OTS_POLITICS, BMBF  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


DARABOS = "Norbert Darabos"
HEINISCH = "Gabriele Heinisch-Hosek"
BUCHER = "Josef Bucher"
TSCHARNUTTER = "Michael Tscharnutter"
KRAEUTER = "Günther Kräuter"
BERLAKOVICH = "Berlakovich"
BRUNNER = "Christiane Brunner"
KRAUS = "Peter Kraus"
PUEHRINGER = "Judith Pühringer"
RAUCH = "Maria Rauch-Kallat"
KICKL = "Herbert Kickl"

# --- APA-OTS, BMLVS, 4 January 2010: Darabos's balance of three years as Minister of Defence ---

DA_T = "Darabos: Die Truppe weiter stärken, die Verwaltung straffen"
DA_SUB = "Unter Darabos wurden zwei Milliarden Euro in die Truppe investiert"
DA_P1 = ("BMLVS (OTS) - \"Die humanitäre Friedensmission im Tschad, die Nulltoleranzpolitik gegenüber Rechts, die "
         "Ausgestaltung der Bundesheer-Reform und Investitionen in die Truppe waren wichtige Eckpfeiler meiner bisherigen "
         "Arbeit\", zog Verteidigungsminister Norbert Darabos heute, Montag, eine positive Bilanz seiner bisherigen "
         "Amtszeit. \"Diesen Kurs werde ich mit Elan fortsetzen. Das heißt, weiterhin die Truppe stärken, die Verwaltung "
         "straffen, wichtige Investitionen tätigen und ein konsequentes und unmissverständliches Vorgehen gegen Rechts\", so "
         "Darabos.")
DA_P2 = ("\"In den vergangenen drei Jahren stand ich vor großen Herausforderungen, die mir einiges an Zähigkeit und "
         "Standfestigkeit abverlangt haben. Stichworte Eurofighter, der Einsatz im Tschad oder die tragischen Unfälle in "
         "Allentsteig\", leitete der Minister die Pressekonferenz zur seiner dreijährigen Ministerbilanz ein. \"Die "
         "hervorragenden Mitarbeiter dieses Hauses und ich als Ressortchef haben diese Herausforderungen gut bewältigt und "
         "ich habe und werde weiter versuchen, dem Bundesheer eine neue Richtung zu geben.\"")
DA_H = "Zwei Milliarden Euro an Investitionen"
DA_P3 = ("Darabos, der seit 2007 über 100 Truppenbesuche absolviert hat, verwies im Rahmen der Pressekonferenz auf sein "
         "oberstes Ziel: die Truppe zu stärken. Insgesamt wurden etwa zwei Milliarden Euro in die Sicherheit der "
         "Soldatinnen und Soldaten investiert, davon in die Infrastruktur mehr als 300 Mio. Euro. Der Verwaltungsaufwand "
         "konnte, so Darabos, um 10 % verringert werden. \"In meiner Amtszeit ist es auch gelungen, rund 500 Mitarbeiter "
         "von der Verwaltung zur Truppe zu bringen\", sagt der Ressortchef. Seit 2007 seien etwa 53 Liegenschaften verkauft "
         "und damit ein Erlös von insgesamt rund 67 Mio. Euro erzielt worden, bilanziert der Minister. \"Das Geld fließt zu "
         "100 % ins Bundesheer. Wir liegen mit unseren Verkäufen im Plan.\"")

add(id="ho482-ots-bmlvs-2010-01-04-darabos-truppe-staerken",
    title=DA_T,
    url="https://www.ots.at/presseaussendung/OTS_20100104_OTS0100/darabos-die-truppe-weiter-staerken-die-verwaltung-straffen",
    retrieved="same address (release of the Federal Ministry of Defence and Sport on the APA-OTS service, 4 January 2010 by "
              "its OTS number; the dateline 'BMLVS (OTS) -' kept at the start of the first paragraph; headline and "
              "subtitle kept as lines of their own as stored; the wire's marker 'Zwtl.' before the subheading dropped and "
              "the subheading kept as a line (rule 2570); the next subheading 'Zwtl. Einsatz', after which the stored copy "
              "breaks off, dropped with the rest (rules 15, 2570); the published 'zur seiner dreijährigen Ministerbilanz' "
              "kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[DA_SUB, DA_P1, DA_P2, DA_H, DA_P3],
    # the teaser quotation before `zog Verteidigungsminister Norbert Darabos … eine positive Bilanz` is his (the cue names
    # an act of speaking, rule 11), and so is the next with `so Darabos`; the quotation before `leitete der Minister die
    # Pressekonferenz … ein` opens his press conference (rule 44) and the cue-less one after it continues him (NOTES.md
    # continuation); `sagt der Ressortchef` (rule 30), and the last quotation follows the Konjunktiv sentence closed by
    # `bilanziert der Minister` (NOTES.md continuation); the unmarked headline, subtitle and Konjunktiv report carry no span
    # (rule 5)
    quotes=[(cut(DA_P1, "\"Die humanitäre", "Arbeit\""), DARABOS),
            (cut(DA_P1, "\"Diesen Kurs", "Rechts\""), DARABOS),
            (cut(DA_P2, "\"In den vergangenen", "Allentsteig\""), DARABOS),
            (cut(DA_P2, "\"Die hervorragenden", "geben.\""), DARABOS),
            (cut(DA_P3, "\"In meiner Amtszeit", "bringen\""), DARABOS),
            (cut(DA_P3, "\"Das Geld", "Plan.\""), DARABOS)],
    aliases={DARABOS: ["Norbert Darabos", "Darabos", "Verteidigungsminister", "Minister", "Ressortchef"]})

# --- APA-OTS, BMBF, 2 August 2014: Heinisch-Hosek on the death of Barbara Prammer ---

PR_T = "Heinisch-Hosek: Mit höchstem Respekt verabschiede ich mich von Barbara Prammer"
PR_P1 = ("Wien (OTS) - Frauenministerin Gabriele Heinisch-Hosek ist sehr traurig und betroffen über das Ableben von "
         "Nationalratspräsidentin Barbara Prammer: \"Barbara Prammer war für mich Freundin, Verbündete, Wegbegleiterin und "
         "Mentorin.\"")
PR_P2 = ("Barbara Prammer sei für sie nicht nur Vorbild als Frauenpolitikerin und Ministerin gewesen, sondern habe sie "
         "persönlich tief beeindruckt und geprägt, so Heinisch-Hosek. \"Sie war eine große und herausragende Politikerin "
         "Österreichs. Nicht nur für mich, sondern für viele Frauen. In ihrer Bestimmtheit, ihrer Zielstrebigkeit und "
         "ihrer Überzeugung hat sie Gesetze und Maßnahmen - oft auch gegen Widerstand - aber immer im Bewusstsein dessen, "
         "das Leben der Frauen in Österreich nachhaltig zu verbessern, umgesetzt.\"")
PR_P3 = ("\"Ich bin sehr dankbar, dass ich an der Seite von Barbara Prammer arbeiten durfte. Ich verneige mich mit Respekt "
         "vor dieser großen Frau, die für mich ein ganz wichtiger Teil meines Lebens war. Die Freude darüber und die "
         "Erinnerung an meine gute Freundin werden die Zeit der Trauer überdauern.")
PR_P4 = ("\"In tiefer Verbundenheit bin ich in Gedanken bei ihrer Familie, vor allem bei ihren Kindern und Eltern\", so "
         "Frauenministerin und SPÖ-Bundesfrauenvorsitzende Gabriele Heinisch-Hosek abschließend.")

add(id="ho482-ots-bmbf-2014-08-02-heinisch-hosek-abschied-prammer",
    title=PR_T,
    url="https://www.ots.at/presseaussendung/OTS_20140802_OTS0035/heinisch-hosek-mit-hoechstem-respekt-verabschiede-ich-mich-von-barbara-prammer",
    retrieved="same address (release of the Federal Ministry for Education and Women on the APA-OTS service, 2 August 2014 "
              "by its OTS number; the contact block names the minister's press spokeswoman with a bmbf.gv.at address and "
              "the footer the sender code 'MUK0001', the code of the education ministry's releases (rule 670); the dateline "
              "'Wien (OTS) -' kept at the start of the first paragraph; the contact block, the service line and the footer "
              "dropped (rules 19, 2570); complete as stored)",
    license=BMBF,
    paras=[PR_P1, PR_P2, PR_P3, PR_P4],
    # the colon quotation after `Frauenministerin Gabriele Heinisch-Hosek ist sehr traurig … über das Ableben von
    # Nationalratspräsidentin Barbara Prammer:` is the subject's, not the deceased's, whose name stands nearest the colon
    # (rules 9, 55); the quotation after the Konjunktiv sentence closed by `so Heinisch-Hosek` continues her (NOTES.md
    # continuation); the third paragraph opens a quotation without closing it and the fourth opens a new mark: a
    # multi-paragraph statement whose first part runs to the end of its paragraph (rules 22, 935), the second part closed
    # by `so Frauenministerin … Gabriele Heinisch-Hosek abschließend`; the headline in the first person has no marks (rule
    # 5); the party office `SPÖ-Bundesfrauenvorsitzende` is not listed (rule 33), nor is `Ministerin`, which the Konjunktiv
    # sentence uses for Prammer
    quotes=[(cut(PR_P1, "\"Barbara Prammer war", "Mentorin.\""), HEINISCH),
            (cut(PR_P2, "\"Sie war", "umgesetzt.\""), HEINISCH),
            (PR_P3, HEINISCH),
            (cut(PR_P4, "\"In tiefer", "Eltern\""), HEINISCH)],
    aliases={HEINISCH: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek", "Frauenministerin"]})

# --- APA-OTS, Parlamentsklub des BZÖ, 30 March 2010: Bucher presents the 'Team Wien' ---

TW_T = "BZÖ-Bucher präsentierte \"Team Wien\""
TW_SUB = ("\"Team Wien\" mit Tscharnutter, Scheibner, Westenthaler und Markowitz trifft Vorbereitungen für Antritt bei "
          "Wiener Landtagwahlen - BZÖ als Angebot für bürgerliche Wähler")
TW_P1 = ("Wien (OTS) - BZÖ-Bündnisobmann Josef Bucher präsentierte heute im Rahmen einer Pressekonferenz das \"Team Wien\" "
         "des BZÖ, das die Vorbereitungen für einen erfolgreichen Antritt bei den Wiener Gemeinderats-, Landtags- und "
         "Bezirksvertretungswahlen treffen soll. Diesem Team gehören neben dem amtierenden Landesobmann Michael Tscharnutter "
         "die BZÖ-Abgeordneten Herbert Scheibner, Peter Westenthaler und Stefan Markowitz an. \"Mit diesem Team ist die "
         "Basis für eine starke Performance des BZÖ in Wien geschaffen. In Wien gibt es eine Vielzahl an bürgerlichen "
         "Wählern, welche die Schlammschlacht zwischen Strache und Häupl anwidert. Für diese ist das BZÖ mit seiner "
         "rechtsliberalen und leistungsorientierten Politik ein sehr gutes Angebot. Wir wollen die althergebrachten, "
         "verkrusteten Strukturen aufbrechen und Schwung und Dynamik in die Wiener Politik bringen\", betonte Bucher.")
TW_P2 = ("Tscharnutter sagte, dass die Wählerinnen und Wähler derzeit nur die Wahl zwischen den beiden rot-blauen "
         "\"Schlammcatchern\" Häupl und Strache auf der einen Seite und den schwarz-grünen \"Dauerschläfern\" Marek und "
         "Vassilakou haben. \"Das BZÖ hat auch in Wien durch den rechtsliberalen Kurs von Josef Bucher einen großen Zulauf "
         "von neuen Persönlichkeiten - insbesondere aus dem bürgerlichen Lager. Diese Bürgerinnen und Bürger wollen mit dem "
         "BZÖ Wien von der absoluten Mehrheit der Häupl-SPÖ befreien, die in den vergangenen Jahren nur die Gebühren erhöht "
         "hat, keine Initiativen für eine Stärkung der Wirtschaft oder neue Arbeitsplätze gesetzt hat. Stattdessen wurde "
         "mit der sinnlosen Volksbefragung Steuergeldverschwendung betrieben\", kritisierte der Wiener BZÖ-Bündnisobmann.")

add(id="ho482-ots-bzoe-2010-03-30-bucher-team-wien",
    title=TW_T,
    url="https://www.ots.at/presseaussendung/OTS_20100330_OTS0133/bzoe-bucher-praesentierte-team-wien-bild",
    retrieved="same address (release of the BZÖ on the APA-OTS service, 30 March 2010 by its OTS number; the address slug "
              "ends in '-bild' (a photo attached), the stored headline has no 'BILD' and is kept as stored; headline and "
              "subtitle kept as lines of their own; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; "
              "the published 'Landtagwahlen' kept (rule 20); the third paragraph 'Scheibner betonte, dass es ein wichtiges "
              "Signal sei, auch in Wien die Linie von BZÖ-Bündnisobmann Josef B', cut off in the stored copy, dropped "
              "(rule 15))",
    license=APA_OTS_POLITICS,
    paras=[TW_SUB, TW_P1, TW_P2],
    # the team's name in the headline, the subtitle and the lead is null (rules 2, 24; occurrence indices 0-2); the
    # quotation closed by `betonte Bucher` is his; the two marked words in the dass-clause after `Tscharnutter sagte` are
    # his (rule 3), and so is the quotation closed by `kritisierte der Wiener BZÖ-Bündnisobmann`, the Vienna party leader
    # named as `amtierenden Landesobmann` in the lead, not the federal `BZÖ-Bündnisobmann Josef Bucher` (rule 2571); the
    # party-role phrases are not listed (rule 33); Scheibner, Westenthaler, Markowitz, Strache, Häupl, Marek and Vassilakou
    # say nothing in the kept text
    quotes=[("\"Team Wien\"", None, 0),
            ("\"Team Wien\"", None, 1),
            ("\"Team Wien\"", None, 2),
            (cut(TW_P1, "\"Mit diesem Team", "bringen\""), BUCHER),
            ("\"Schlammcatchern\"", TSCHARNUTTER),
            ("\"Dauerschläfern\"", TSCHARNUTTER),
            (cut(TW_P2, "\"Das BZÖ hat", "betrieben\""), TSCHARNUTTER)],
    aliases={BUCHER: ["Josef Bucher", "Bucher"],
             TSCHARNUTTER: ["Michael Tscharnutter", "Tscharnutter", "Landesobmann"]})

# --- APA-OTS, Parlamentsklub des BZÖ, 17 April 2013: Bucher on eight years of the BZÖ ---

AJ_T = "Acht Jahre BZÖ: Bucher: BZÖ wird trotz massiver Behinderungen NR-Wahl erfolgreich schlagen"
AJ_SUB = ("Steuersenkung und Verteidigung der Bürgerrechte Schwerpunkte - BZÖ-Chef kritisiert \"willkürliche\" "
          "Entscheidung der Justiz")
AJ_P1 = ("Wien (OTS) - \"Heute vor acht Jahren wurde das BZÖ gegründet. Es waren acht abwechslungsreiche und lehrreiche Jahre "
         "mit vielen Höhen und Tiefen. Unter meiner Obmannschaft wurde ab dem Jahr 2009 der inhaltliche Erneuerungsprozess "
         "des BZÖ eingeleitet und wir werden bei der Nationalratswahl mit einem runderneuerten Team erfolgreich antreten. "
         "Unter unserem Motto \"Genug gezahlt!\" werden wir für Steuersenkungen kämpfen, aber auch die Bürgerrechte, die "
         "vom Staat immer weiter eingeschränkt werden, verteidigen\", sagte BZÖ-Chef Klubobmann Josef Bucher im Rahmen "
         "einer gemeinsamen Pressekonferenz mit dem Obmann der BZÖ-Unternehmer, Mag. Christian Ebner.")
AJ_P2 = ("Das BZÖ sei den Mächtigen im Weg und werde mit vielen unsauberen Mitteln bekämpft. \"Zuerst hat man versucht mich "
         "aus dem BZÖ herauszuschälen, dann wurden andere Mandatare vom BZÖ mit anscheinend unsauberen Mitteln abgeworben, "
         "es gab Schmieraktionen gegen die Parteizentrale in Kärnten und selbst vor Anschlägen auf meine Person schreckt man "
         "nicht zurück. Heute Nacht wurde mein Auto zum zweiten Mal durch einen offenbar politisch motivierten Vandalenakt "
         "beschädigt\", so Bucher.")

add(id="ho482-ots-bzoe-2013-04-17-bucher-acht-jahre-bzoe",
    title=AJ_T,
    url="https://www.ots.at/presseaussendung/OTS_20130417_OTS0130/acht-jahre-bzoe-bucher-bzoe-wird-trotz-massiver-behinderungen-nr-wahl-erfolgreich-schlagen",
    retrieved="same address (release of the BZÖ on the APA-OTS service, 17 April 2013 by its OTS number; headline and "
              "subtitle kept as lines of their own; the dateline 'Wien (OTS) -' kept at the start of the first paragraph; "
              "the third paragraph 'Ein weiterer Punkt sei das Zurückhalten der Parteienförderung … \"Mit diesen Vorgängen "
              "habe ich nichts zu tun, … Jetzt begründet der Richter diese Maßnahme nur mit einer Gallup-Umf', cut off in "
              "the stored copy inside Bucher's quotation, dropped (rule 15))",
    license=APA_OTS_POLITICS,
    paras=[AJ_SUB, AJ_P1, AJ_P2],
    # the marked word in the subtitle is the criticism of the `BZÖ-Chef` named in the headline, Bucher (rule 2574); the
    # lead quotation closed by `sagte BZÖ-Chef Klubobmann Josef Bucher` holds the party motto in the same ASCII marks,
    # which stays inside the one span and gets none of its own (rule 143); the quotation after the Konjunktiv sentence is
    # closed by `so Bucher`; the party-role phrase `BZÖ-Chef` is not listed (rule 33); Christian Ebner says nothing
    quotes=[("\"willkürliche\"", BUCHER),
            (cut(AJ_P1, "\"Heute vor", "verteidigen\""), BUCHER),
            (cut(AJ_P2, "\"Zuerst", "beschädigt\""), BUCHER)],
    aliases={BUCHER: ["Josef Bucher", "Bucher"]})

# --- APA-OTS, SPÖ-Pressedienst, 31 May 2009: Kräuter on Vilimsky's 'primitiven Rundumschlag' ---

KV_T = "Kräuter: \"Primitiver Vilimsky-Rundumschlag\""
KV_SUB = "FPÖ stellt sich immer mehr ins radikale Eck"
KV_P1 = ("Wien (SK) - SPÖ-Bundesgeschäftsführer Günther Kräuter übt scharfe Kritik am \"primitiven Rundumschlag\" des "
         "FPÖ-Generalsekretärs Harald Vilimsky. Kräuter: \"Beschimpfungen gegen den österreichischen Bundeskanzler mit "
         "Vokabeln wie 'stalinistisches Vorgehen', 'Hasspolitik' oder 'Hetze' richten sich von selbst. Mit diesem "
         "primitiven Rundumschlag stellt sich die FPÖ immer mehr ins radikale Eck.\"")
KV_P2 = ("Festzuhalten sei aus sozialdemokratischer Sicht, dass aus den dunkelsten Kapiteln der Geschichte ähnliche "
         "Beschimpfungen von Sozialdemokratischen Repräsentanten überliefert seien. \"Wenigstens wird immer deutlicher, mit "
         "welchen Geistes Kindern wir es bei Strache, Mölzer, Vilimsky und Co zu tun haben\", so Kräuter abschließend.")

add(id="ho482-ots-spoe-2009-05-31-kraeuter-vilimsky-rundumschlag",
    title=KV_T,
    url="https://www.ots.at/presseaussendung/OTS_20090531_OTS0012/kraeuter-primitiver-vilimsky-rundumschlag",
    retrieved="same address (release of the SPÖ-Bundesorganisation's press service on the APA-OTS service, 31 May 2009 by "
              "its OTS number; headline and subtitle kept as lines of their own; the dateline 'Wien (SK) -' kept at the "
              "start of the first paragraph; the OTS marker '****' after the lead, the end mark '(Schluss) mo', the "
              "contact block 'SPÖ-Bundesorganisation, Pressedienst, …', the service line and the footer with the sender "
              "code 'SPK0001' dropped (rules 19, 48, 460, 2570); complete as stored; the published 'Sozialdemokratischen "
              "Repräsentanten' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KV_SUB, KV_P1, KV_P2],
    # the headline quotation after the label `Kräuter:` is his (rule 54), although it names Vilimsky inside the compound;
    # the marked label in `übt scharfe Kritik am "primitiven Rundumschlag" des FPÖ-Generalsekretärs` is the critic's
    # wording, which he repeats in his quotation, not words of the man in the genitive (rule 2572); the label quotation
    # `Kräuter: "…"` (rules 9, 54) holds Vilimsky's words in single marks, which stay inside the span (rules 47, 52, 143);
    # the last quotation is closed by `so Kräuter abschließend`; the party office is not listed (rule 33)
    quotes=[("\"Primitiver Vilimsky-Rundumschlag\"", KRAEUTER),
            ("\"primitiven Rundumschlag\"", KRAEUTER),
            (cut(KV_P1, "\"Beschimpfungen", "Eck.\""), KRAEUTER),
            (cut(KV_P2, "\"Wenigstens", "haben\""), KRAEUTER)],
    aliases={KRAEUTER: ["Günther Kräuter", "Kräuter"]})

# --- APA-OTS, Grüne, 13 January 2011: Brunner on Berlakovich's climate balance ---

KF_T = "Brunner zu Berlakovich: Der Klimawandel ist kein Fußballspiel"
KF_SUB = "Grüne sehen Überschwemmungen in Australien als Warnzeichen auch für Österreich"
KF_P1 = ("Wien (OTS) - Österreichs desaströse Klimabilanz und Minister Berlakovichs Reaktion \"abgepfiffen werde zum "
         "Schluss\" zeigen, dass der Minister den Ernst der Lage nicht erkennt. \"Der Klimawandel ist kein Fußballspiel. Wenn "
         "Australien unter Wasser steht und Österreich seine Klimahaushaufgaben nicht macht, dann sind wir erstens "
         "mitschuld an dieser Katastrophe und können zweitens die nächsten sein\", so Christiane Brunner, Umweltsprecherin "
         "der Grünen. Brunner fordert von Berlakovich nun Taten: \"Der Minister muss handeln, bevor auch bei uns Menschen in "
         "Gefahr geraten!\"")

add(id="ho482-ots-gruene-2011-01-13-brunner-berlakovich-fussballspiel",
    title=KF_T,
    url="https://www.ots.at/presseaussendung/OTS_20110113_OTS0138/brunner-zu-berlakovich-der-klimawandel-ist-kein-fussballspiel",
    retrieved="same address (release of the Greens on the APA-OTS service, 13 January 2011 by its OTS number; headline and "
              "subtitle kept as lines of their own; the dateline 'Wien (OTS) -' kept at the start of the paragraph; the "
              "stored copy ends after this paragraph, without a contact block; the published 'Klimahaushaufgaben' kept "
              "(rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KF_SUB, KF_P1],
    # the marked words after `Minister Berlakovichs Reaktion` are the minister's reaction, quoted by his critic: the
    # genitive names the owner of the utterance noun (rule 2572); he is named only by surname, the base form canonical and
    # the genitive an alias (rule 2230), `Minister` an alias as it names only him; `so Christiane Brunner, Umweltsprecherin
    # der Grünen` (the role naming the party not listed, rule 33), and the colon quotation after `Brunner fordert von
    # Berlakovich nun Taten:` is the subject's, although Berlakovich stands nearest the colon (rules 9, 55)
    quotes=[("\"abgepfiffen werde zum Schluss\"", BERLAKOVICH),
            (cut(KF_P1, "\"Der Klimawandel", "sein\""), BRUNNER),
            (cut(KF_P1, "\"Der Minister", "geraten!\""), BRUNNER)],
    aliases={BERLAKOVICH: ["Berlakovich", "Berlakovichs", "Minister"],
             BRUNNER: ["Christiane Brunner", "Brunner"]})

# --- APA-OTS, Grüne Wien, 9 October 2022: the party chairs on Van der Bellen's re-election ---

VB_T = "Grüne Wien/Pühringer, Kraus: Große Freude über Wiederwahl von Alexander Van der Bellen"
VB_P1 = ("Wien (OTS) - Über das klare Votum für Alexander Van der Bellen freuen sich die Parteivorsitzenden der Grünen "
         "Wien, Judith Pühringer und Peter Kraus. \"Wir haben Alexander Van der Bellen vom ersten Tag an unterstützt und "
         "freuen uns über die heutige Bestätigung seines Kurses im ersten Wahlgang. In politisch so stürmischen Zeiten wie "
         "diesen ist es gut, sich in der Hofburg auf Stabilität verlassen zu können\", so Kraus.")
VB_P2 = ("Co-Vorsitzende Judith Pühringer ergänzt: „Zwei Drittel aller Wiener:innen haben die verantwortungsvolle Politik "
         "von Alexander von Van der Bellen wiedergewählt und sich für soziale Gerechtigkeit, Klimaschutz und ein soziales "
         "Europa entschieden. Wir sind sind überwältigt“.")

add(id="ho482-ots-gruene-wien-2022-10-09-wiederwahl-van-der-bellen",
    title=VB_T,
    url="https://www.ots.at/presseaussendung/OTS_20221009_OTS0040/gruene-wienpuehringer-kraus-grosse-freude-ueber-wiederwahl-von-alexander-van-der-bellen",
    retrieved="same address (release of the Vienna Greens on the APA-OTS service, 9 October 2022 by its OTS number; the "
              "crawl-date prefix ' date 2022-10' dropped (rule 2570); the dateline 'Wien (OTS) -' kept at the start of the "
              "first paragraph; the stored copy ends after the second paragraph, without a contact block; the published "
              "'Alexander von Van der Bellen', 'Wir sind sind' and the full stop after the closing mark kept (rule 20); "
              "ASCII and low-high marks as published)",
    license=APA_OTS_POLITICS,
    paras=[VB_P1, VB_P2],
    # the first quotation, in the first person plural after a lead whose subject is both party chairs, is Kraus's by `so
    # Kraus` (rule 2573); the colon quotation after `Co-Vorsitzende Judith Pühringer ergänzt:` is hers (rule 9); the
    # Federal President says nothing; `Co-Vorsitzende`, which fits either chair, is not listed
    quotes=[(cut(VB_P1, "\"Wir haben", "können\""), KRAUS),
            (cut(VB_P2, "„Zwei Drittel", "überwältigt“"), PUEHRINGER)],
    aliases={KRAUS: ["Peter Kraus", "Kraus"],
             PUEHRINGER: ["Judith Pühringer", "Pühringer"]})

# --- APA-OTS, ÖVP-Pressedienst, January 2005: Rauch-Kallat on the women in the cabinet ---

RK_T = "Rauch-Kallat: Erstmals 50 Prozent Frauen in der Ministerriege"
RK_P1 = ("Wien, 25. Februar 2005 (ÖVP-PD) \"Noch nie zuvor gab es so viele Frauen in einer österreichischen "
         "Bundesregierung wie heute\", freut sich Frauenministerin und Bundesleiterin der ÖVP-Frauen Maria Rauch-Kallat "
         "anlässlich der Besetzung des Sozialministeriums mit Ursula Haubner. Die Bundesregierung unter Bundeskanzler "
         "Wolfgang Schüssel habe in den vergangenen Jahren nicht nur wichtige Entscheidungen für alle Frauen in Österreich "
         "getroffen, wie z.B. bei Pensionsharmonisierung und Steuerreform, sondern besetze wichtige Ministerien mit Frauen.")
RK_P2 = ("Die Frauenministerin ist sich sicher, dass dieser hohe Frauenanteil in der österreichischen Bundesregierung auch "
         "international Anerkennung und Vorbildwirkung finden werde. \"In der Regierung werden nun die Hälfte aller "
         "Entscheidungen von Frauen getroffen. Das ist ein Prozentsatz, der Frauen auf allen Ebenen und in allen "
         "Berufsfeldern zusteht. Die ÖVP-Frauen arbeiten strategisch und konsequent an der Umsetzung dieses Zieles\", "
         "schloss Rauch-Kallat.")

add(id="ho482-ots-oevp-2005-01-26-rauch-kallat-frauen-ministerriege",
    title=RK_T,
    url="https://www.ots.at/presseaussendung/OTS_20050126_OTS0026/rauch-kallat-erstmals-50-prozent-frauen-in-der-ministerriege",
    retrieved="same address (release of the ÖVP's press service on the APA-OTS service, dated 26 January 2005 by its OTS "
              "number; the published date line 'Wien, 25. Februar 2005 (ÖVP-PD)' kept at the start of the first paragraph "
              "as stored, with its wrong month (rule 20); the OTS marker '****' after the lead, the contact block 'ÖVP "
              "Bundespartei, Abteilung Presse und Medien …', the service line and the footer with the sender code "
              "'NVP0001' dropped (rules 19, 460, 2570); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RK_P1, RK_P2],
    # the teaser quotation before `freut sich Frauenministerin … Maria Rauch-Kallat` is hers (rule 44), not Ursula Haubner's,
    # who is named after her; the quotation after the Konjunktiv sentence is closed by `schloss Rauch-Kallat`;
    # `Frauenministerin` names only her (rule 44), the party office naming the ÖVP-Frauen is not listed (rule 33)
    quotes=[(cut(RK_P1, "\"Noch nie", "heute\""), RAUCH),
            (cut(RK_P2, "\"In der Regierung", "Zieles\""), RAUCH)],
    aliases={RAUCH: ["Maria Rauch-Kallat", "Rauch-Kallat", "Frauenministerin"]})

# --- APA-OTS, Freiheitlicher Parlamentsklub, 16 September 2012: Kickl on Kopf in the 'Pressestunde' ---

KK_T = "FPÖ: Kickl zu ÖVP-Kopf: Trauriges Bild der Hilflosigkeit"
KK_SUB = "ÖVP sind Posten wichtiger als Korruptionsaufklärung"
KK_P1 = ("Wien (OTS) - Für FPÖ-Generalsekretär Herbert Kickl bot ÖVP-Klubobmann Karlheinz Kopf in der heutigen "
         "ORF-Pressestunde ein trauriges Bild der Hilflosigkeit.")
KK_P2 = ("Geradezu rührend seien Kopfs unglaubwürdigen Behauptungen gewesen, dass er mehrfach darauf gedrängt habe, "
         "SPÖ-Bundeskanzler Faymann in den Untersuchungsausschuss zu laden, aber nicht den Bruch der Koalition riskieren "
         "wolle. \"Das zeigt nur, dass der ÖVP ihre Posten wichtiger sind als Aufklärung über Korruption an höchster "
         "Stelle\", so Kickl. Wenn zudem der Ausschuss tatsächlich abgedreht werde, würden ÖVP, SPÖ und Grüne mit ihrem "
         "absurden, jedweder Seriosität hohnsprechenden Verhalten die volle Verantwortung tragen.")
KK_P3 = ("Die Pressestunde habe auch klar gezeigt, dass sich die ÖVP jeder dringend notwendigen parlamentarischen Reform "
         "verweigere, so Kickl weiter, der verlangte, dass die Einberufung eines Untersuchungsausschusses endlich zu einem "
         "Minderheitenrecht werden müsse. Seit Jahren diskutiere man darüber, geschehen sei aufgrund der schwarz-roten "
         "Ablehnungsfront bisher aber nichts.")

add(id="ho482-ots-fpoe-2012-09-16-kickl-kopf-pressestunde",
    title=KK_T,
    url="https://www.ots.at/presseaussendung/OTS_20120916_OTS0038/fpoe-kickl-zu-oevp-kopf-trauriges-bild-der-hilflosigkeit",
    retrieved="same address (release of the Freiheitlicher Parlamentsklub on the APA-OTS service, 16 September 2012 by its "
              "OTS number; headline and subtitle kept as lines of their own; the dateline 'Wien (OTS) -' kept at the start "
              "of the first paragraph; the contact block 'Freiheitlicher Parlamentsklub …', the service line and the "
              "footer with the sender code 'FPK0002' dropped (rules 19, 2570); complete as stored; the published 'Kopfs "
              "unglaubwürdigen Behauptungen' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[KK_SUB, KK_P1, KK_P2, KK_P3],
    # the only marked quotation is Kickl's by `so Kickl`, although the Konjunktiv sentence before it reports Kopf's claims
    # (unmarked, rule 5); Kopf and Faymann say nothing in marks; the headline label `Kickl zu ÖVP-Kopf:` precedes unmarked
    # words (rule 5)
    quotes=[(cut(KK_P2, "\"Das zeigt", "Stelle\""), KICKL)],
    aliases={KICKL: ["Herbert Kickl", "Kickl"]})
