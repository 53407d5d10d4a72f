# Seven-hundred-and-sixty-second held-out German real-news set (tests/data/heldout762-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4790-4798). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout759 to heldout766). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-sixty-second held-out set": eight advance releases of Austrian magazines
# on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): seven of the news magazine NEWS (Erwin Pröll, Josef
# Pühringer and Franz Schausberger on the ÖVP's claim to the chancellorship, August 1999; Karl Schlögl not ruling out his
# election by the FPÖ, November 1999; Vinzenz Liechtenstein against Jörg Haider, February 2000; Erwin Pröll on Haider's
# resignation, March 2000; Peter Westenthaler against Erhard Busek, August 2000; Hannes Androsch, Karl Blecha and Ferdinand
# Lacina for red-green, December 2000; Westenthaler against the Wirtschaftskammer's studies on immigration, June 2001) and one
# of the business magazine trend (Karl Heinz Grasser on the budget, February 2001). Stored copies are the `search` tool's
# `pages` excerpts; all eight bodies are complete in them; the wire furniture (banners, contact headings, contact blocks,
# footers), the list bullets `- ` and the old layout's marker `Utl.: ` are dropped, and hard line breaks inside a paragraph are
# joined (rule 4790); each retrieval note names what was dropped.
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


def join(*lines):
    """A hard-wrapped stored paragraph: its lines joined with one space (a line-end space of the copy is that space)."""
    return " ".join(line.strip(" ") for line in lines)


PROELL = "Erwin Pröll"
PUEHRINGER = "Josef Pühringer"
SCHAUSBERGER = "Franz Schausberger"
SCHLOEGL = "Karl Schlögl"
LIECHTENSTEIN = "Vinzenz Liechtenstein"
WESTENTHALER_P = "Peter Westenthaler"
WESTENTHALER = "Westenthaler"
ANDROSCH = "Hannes Androsch"
BLECHA = "Karl Blecha"
LACINA = "Ferdinand Lacina"
GRASSER = "Karl Heinz Grasser"

# --- APA-OTS, the news magazine NEWS, 4 August 1999: Pröll, Pühringer and Schausberger on the ÖVP's claim to the chancellery ---

PP_T = ("Vorausmeldung zu NEWS Nr. 31/5.8.1999 Niederösterreichs Landeshauptmann Pröll im NEWS-Interview: Kanzlerwunsch der "
        "ÖVP legitim. Landeshauptleute Pühringer und Schausberger skeptisch")
PP_P1 = ("Wien (OTS) - Als \"legitim\" bezeichnet Niederösterreichs Landeshauptmann Erwin Pröll in einem Interview in der morgen "
         "erscheinenden Ausgabe des Nachrichtenmagazins NEWS, den Anspruch seiner Partei, den Kanzler zu stellen. Pröll: \"Das "
         "ist ja ein offenes Geheimnis, daß die ÖVP Sehnsucht danach hat.\" Möglich sei das aber nur, \"wenn die ÖVP die Wahlen "
         "deutlich gewinnt, SPÖ und FPÖ aber verlieren.\" Die FPÖ will Pröll als Partner \"weder aus- noch einschließen\", "
         "aber: \"Sie hat ihren politischen Zenit längst überschritten.\"")
PP_P2 = ("Skeptisch sind auch seine Landeshauptmannkollegen Josef Pühringer (OÖ) und Franz Schausberger ( Salzburg). "
         "Landeshauptmann Pühringer im NEWS-Gespräch über den Vorstoß seines Parteifreundes Bartenstein in Richtung "
         "schwarz-blau: \"Seine Aussage ist ganz sicher nicht die Parteilinie, sondern die Meinung eines einzelnen.\" Pühringer "
         "spricht sich dafür aus, eine Koalition mit der FPÖ \"offen zu lassen\", mit Jörg Haider \"kann ich mir das aber nur "
         "sehr schwer vorstellen\". Ähnlich Landeshauptmann Schausberger: \"Es ist die Frage, wie sich Haiders FPÖ benimmt. Für "
         "Haider war es sicher nicht förderlich, wie er die Landeshauptleute angegangen ist. Er hat sich halt nicht unter "
         "Kontrolle.\"")

add(id="ho762-ots-news-1999-08-04-proell-puehringer-schausberger-kanzlerwunsch",
    title=PP_T,
    url="https://www.ots.at/presseaussendung/OTS_19990804_OTS0117/vorausmeldung-zu-news-nr-31581999-niederoesterreichs-"
        "landeshauptmann-proell-im-news-interview-kanzlerwunsch-der-oevp-legitim-landeshauptleute-puehringer-und-"
        "schausberger-skeptisch",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 4 August 1999 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung "
              "zu NEWS Nr. 31/5.8.1999'; the sender is told by the contact block 'Sekretariat News Chefredaktion' / 'Tel.: "
              "(01) 213 12 103' and the footer code 'NEF/OTS', dropped with the banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the heading 'Rückfragen & Kontakt:' and "
              "the footer line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
              "AUSSENDERS' (rule 4790); the headline, which begins with the kicker, kept as the title as stored (rule 3090); no "
              "subtitle; the dateline at the start of the first paragraph; the published 'daß', 'verlieren.\"' with the full "
              "stop inside the marks of a partial quotation, 'schwarz-blau', 'eines einzelnen' and '( Salzburg)' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[PP_P1, PP_P2],
    # the headline carries no marks (rule 5); the partial quotation `"legitim"` after `Als … bezeichnet … Erwin Pröll` and the
    # label `Pröll:` quotation are his (rules 3, 8, 54); the Konjunktiv report `Möglich sei das aber nur, "wenn …"` continues
    # his account (rules 25, 30) and the partial `"weder aus- noch einschließen"` after `will Pröll` is his, as is the colon
    # quotation after `aber:` in the same sentence (rules 3, 9); the label `Landeshauptmann Pühringer im NEWS-Gespräch über …:`
    # gives Pühringer the quotation, Bartenstein being the one spoken about (rules 54, 4793); `Pühringer spricht sich dafür
    # aus, … "offen zu lassen", mit Jörg Haider "kann ich mir das aber nur sehr schwer vorstellen"` gives him both partial
    # quotations, the second in his first person (rules 3, 25, 4795); `Ähnlich Landeshauptmann Schausberger:` gives
    # Schausberger the last quotation (rules 9, 54, 4795); the ÖVP, SPÖ, FPÖ, Bartenstein and Jörg Haider say nothing in
    # marks; `Landeshauptmann` alone names all three and is no alias (rule 4795); `Niederösterreichs Landeshauptmann` phrases
    # name only Pröll
    quotes=[("\"legitim\"", PROELL),
            (cut(PP_P1, "\"Das ist ja", "danach hat.\""), PROELL),
            (cut(PP_P1, "\"wenn die ÖVP", "verlieren.\""), PROELL),
            ("\"weder aus- noch einschließen\"", PROELL),
            (cut(PP_P1, "\"Sie hat", "überschritten.\""), PROELL),
            (cut(PP_P2, "\"Seine Aussage", "eines einzelnen.\""), PUEHRINGER),
            ("\"offen zu lassen\"", PUEHRINGER),
            ("\"kann ich mir das aber nur sehr schwer vorstellen\"", PUEHRINGER),
            (cut(PP_P2, "\"Es ist die Frage", "unter Kontrolle.\""), SCHAUSBERGER)],
    aliases={PROELL: ["Erwin Pröll", "Pröll", "Niederösterreichs Landeshauptmann Erwin Pröll",
                      "Niederösterreichs Landeshauptmann Pröll", "Niederösterreichs Landeshauptmann"],
             PUEHRINGER: ["Josef Pühringer", "Pühringer", "Landeshauptmann Pühringer"],
             SCHAUSBERGER: ["Franz Schausberger", "Schausberger", "Landeshauptmann Schausberger"]})

# --- APA-OTS, the news magazine NEWS, 10 November 1999: Karl Schlögl does not rule out his election by the FPÖ ---

KS_T = "Schlögl \"schließt nicht aus\", sich von FPÖ zum niederösterreichischen Landeshauptmann wählen zu lassen."
KS_SUB = ("Der Innenminister im NEWS-Interview: \"Es ist falsch, die Freiheitlichen auszugrenzen.\" - Vorausmeldung zu NEWS "
          "45/11.11.99")
KS_P1 = ("Wien (OTS) - Eine bemerkenswerte Position vertritt Innenminister Karl Schlögl in einem NEWS-Gespräch, das während "
         "seines Aufenthalts beim New Yorker Stadtmarathon geführt wurde. In dem Interview in der morgen erscheinenden Ausgabe "
         "des Nachrichtenmagazins NEWS schließt Schlögl \"nicht aus\", sich nach den nächsten niederösterreichischen "
         "Landtagswahlen von der FPÖ zum Landeshauptmann wählen zu lassen. Grundvoraussetzung sei freilich, \"daß die SPÖ stark "
         "dazugewinnt\". Schlögl zu NEWS: \"Es ist falsch, die FPÖ auszugrenzen.\"")

add(id="ho762-ots-news-1999-11-10-schloegl-fpoe-landeshauptmann",
    title=KS_T,
    url="https://www.ots.at/presseaussendung/OTS_19991110_OTS0158/schloegl-schliesst-nicht-aus-sich-von-fpoe-zum-"
        "niederoesterreichischen-landeshauptmann-waehlen-zu-lassen",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 10 November 1999 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung "
              "zu NEWS 45/11.11.99'; the sender is told by the contact line 'Tel. 01/213 12 103Sekretariat NEWS Chefredaktion' "
              "and the footer code 'NEF/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the footer line "
              "(rule 4790); headline kept as the title and subtitle, which runs the kicker on after ' - ', as a line of its own "
              "as stored (rule 3090); the dateline at the start of the first paragraph; the published 'daß' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KS_SUB, KS_P1],
    # the headline's partial quotation `"schließt nicht aus"` with the verb inside the marks is Schlögl's, the subject of the
    # headline (rules 3, 26, 4797); the subtitle quotation after the label `Der Innenminister im NEWS-Interview:` is his,
    # though its wording (`die Freiheitlichen`) differs from the body's (`die FPÖ`; rules 54, 4611, 4797); the partial
    # `"nicht aus"` after `schließt Schlögl`, the Konjunktiv report `Grundvoraussetzung sei freilich, "daß …"` and the
    # quotation after the label `Schlögl zu NEWS:` are his (rules 3, 12, 25, 54); the FPÖ, the SPÖ and the magazine say
    # nothing in marks; aliases: name, surname, the role phrase and role words that name only him (rule 44)
    quotes=[("\"schließt nicht aus\"", SCHLOEGL),
            ("\"Es ist falsch, die Freiheitlichen auszugrenzen.\"", SCHLOEGL),
            ("\"nicht aus\"", SCHLOEGL),
            ("\"daß die SPÖ stark dazugewinnt\"", SCHLOEGL),
            ("\"Es ist falsch, die FPÖ auszugrenzen.\"", SCHLOEGL)],
    aliases={SCHLOEGL: ["Karl Schlögl", "Schlögl", "Innenminister Karl Schlögl", "Der Innenminister", "Innenminister"]})

# --- APA-OTS, the news magazine NEWS, 9 February 2000: the ÖVP Bundesrat Vinzenz Liechtenstein against Jörg Haider ---

VL_T = ("ÖVP-Bundesrat Vinzenz Liechtenstein im NEWS-Interview über FPÖ-Obmann Jörg Haider: \"Mit Haider ist kein Staat zu "
        "machen.\"")
VL_SUB = ("Der wertkonservative ÖVP-Mandatar über die Regierung mit der FPÖ: \"Diese Koalition wird keine Ewigkeit dauern. Ich "
          "hoffe, nicht lange.\" Vorausmeldung News 6/00 vom 10.2.00")
VL_P1 = join("Wien (OTS) - In einem Interview in der morgen erscheinenden",
             "Ausgabe der Nachrichtenmagazins NEWS übt der führende Exponent des christlich-wertkonservativen Flügels der ÖVP, "
             "der steirische Bundesrat Vinzenz Liechtenstein, massive Kritik an der Koalition mit Haiders FPÖ.")
VL_P2 = ("Mit FPÖ-Obmann Haider sei kein Staat zu machen: \"Seine bisherigen Äußerungen haben das gezeigt. Gleichgültig ob es "
         "um die Waffen-SS, die Beschäftigungspolitik oder sonst etwas geht. Ich kann mir kaum vorstellen, dass nicht noch "
         "weitere Sager folgen werden, die auch zum Schaden Österreichs sind.\" Liechtenstein weiter: \"Haider ist und bleibt "
         "unkalkulierbar. Ich hoffe, er zügelt seine Zunge. Oder noch besser: Die FPÖ sucht sich einen neuen Vorsitzenden.\"")
VL_P3 = ("Für Liechtenstein, der aufgrund seines familiären Backgrounds über exzellente internationale Kontakte verfügt, war die "
         "Reaktion der EU vorhersehbar, \"sozialistische Weltverschwörung\" kann er keine erkennen, \"obwohl die "
         "Sozialistische Internationale Österreich keine Vorteile erbringt\".")
VL_P4 = "Sein Fazit: \"Die Koalition mit der FPÖ wird keine Ewigkeit dauern. Ich hoffe, nicht lange.\""

add(id="ho762-ots-news-2000-02-09-liechtenstein-haider-kein-staat",
    title=VL_T,
    url="https://www.ots.at/presseaussendung/OTS_20000209_OTS0175/-oevp-bundesrat-vinzenz-liechtenstein-im-news-interview-"
        "ueber-fpoe-obmann-joerg-haider-mit-haider-ist-kein-staat-zu-machen",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 9 February 2000 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe der Nachrichtenmagazins NEWS', kicker 'Vorausmeldung "
              "News 6/00 vom 10.2.00'; the sender is told by the contact block 'Sekretariat NEWS-Chefredaktion' / 'Tel.: (01) "
              "213 12103' and the footer code 'NEF/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the "
              "footer line (rule 4790); the list bullets '- ' before headline and subtitle dropped, each kept as a line of its "
              "own (rules 3040, 3090; the address slug's leading dash shows the headline's bullet); the subtitle with the kicker "
              "run on after it kept as stored; the dateline at the start of the first paragraph, whose single break after "
              "'erscheinenden' is joined with one space (rules 3200, 4790); the published 'der Nachrichtenmagazins' kept (rule "
              "20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[VL_SUB, VL_P1, VL_P2, VL_P3, VL_P4],
    # the headline quotation after the label `ÖVP-Bundesrat Vinzenz Liechtenstein im NEWS-Interview über FPÖ-Obmann Jörg
    # Haider:` is Liechtenstein's, Haider after `über` the one spoken about (rules 26, 54, 4793); the subtitle quotation
    # after the role label `Der wertkonservative ÖVP-Mandatar über die Regierung mit der FPÖ:` is his too, the body's `Sein
    # Fazit:` giving him the same words (rules 26, 4793); the colon quotation after the narrator's Konjunktiv `Mit
    # FPÖ-Obmann Haider sei kein Staat zu machen:` and the one after `Liechtenstein weiter:` are his (rules 9, 30, 4794); the
    # marked `"sozialistische Weltverschwörung"` that `kann er keine erkennen` and the partial `"obwohl …"` are his (rules 3,
    # 25, 4794); Jörg Haider, the FPÖ, the EU and the Sozialistische Internationale say nothing in marks; aliases: name,
    # surname and the role phrase without a party that names only him (`steirische Bundesrat`); not the party-prefixed
    # `ÖVP-Bundesrat` and `ÖVP-Mandatar` (rule 33)
    quotes=[("\"Mit Haider ist kein Staat zu machen.\"", LIECHTENSTEIN),
            ("\"Diese Koalition wird keine Ewigkeit dauern. Ich hoffe, nicht lange.\"", LIECHTENSTEIN),
            (cut(VL_P2, "\"Seine bisherigen", "Österreichs sind.\""), LIECHTENSTEIN),
            (cut(VL_P2, "\"Haider ist und", "Vorsitzenden.\""), LIECHTENSTEIN),
            ("\"sozialistische Weltverschwörung\"", LIECHTENSTEIN),
            (cut(VL_P3, "\"obwohl", "erbringt\""), LIECHTENSTEIN),
            (cut(VL_P4, "\"Die Koalition", "nicht lange.\""), LIECHTENSTEIN)],
    aliases={LIECHTENSTEIN: ["Vinzenz Liechtenstein", "Liechtenstein", "steirische Bundesrat Vinzenz Liechtenstein",
                             "steirische Bundesrat"]})

# --- APA-OTS, the news magazine NEWS, 1 March 2000: Erwin Pröll on Jörg Haider's resignation and the FPÖ ministers ---

EP_T = "Pröll in NEWS: \"Es gibt manche, die nicht auf die Regierungsbank gehören\""
EP_SUB = "NÖ-Landeshauptmann über Haider-Rücktritt: \"Richtiger Schritt\" VORAUSMELDUNG NEWS 9/00 vom 2.3.00"
EP_P1 = ("Wien (OTS) - Zufrieden äußert sich Niederösterreichs Landeshauptmann Erwin Pröll in einem Interview in der morgen "
         "erscheinenden neuen Ausgabe von NEWS mit dem Rücktritt Jörg Haiders als FPÖ-Chef: \"Das ist ganz sicher ein "
         "richtiger Schritt zur Entspannung und Deeskalierung gewesen.\"")
EP_P2 = ("Zur Demission des Kurzzeit-Justizministers Michael Krüger sagt Pröll: \"Es trennt sich die Spreu vom Weizen.\" "
         "Kritisch äußert sich der einflußreiche niederösterreichische VP-Chef über die FPÖ-Regierungsmannschaft generell: \"Es "
         "gib manche, die nicht auf diese Regierungsbank gehören.\"")

add(id="ho762-ots-news-2000-03-01-proell-haider-ruecktritt-regierungsbank",
    title=EP_T,
    url="https://www.ots.at/presseaussendung/OTS_20000301_OTS0178/proell-in-news-es-gibt-manche-die-nicht-auf-die-"
        "regierungsbank-gehoeren",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 1 March 2000 by its OTS number, "
              "a Wednesday, for 'der morgen erscheinenden neuen Ausgabe von NEWS', kicker 'VORAUSMELDUNG NEWS 9/00 vom "
              "2.3.00'; the sender is told by the contact block 'Sekretariat NEWS-Chefredaktion' / 'Tel.: (01) 213 12103' and "
              "the footer code 'NEF/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the footer line "
              "(rule 4790); headline kept as the title and subtitle with the kicker run on after it as a line of its own as "
              "stored (rule 3090); the dateline at the start of the first paragraph; the published 'einflußreiche' and 'Es gib "
              "manche' (the headline has 'Es gibt manche') kept (rules 20, 4798); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[EP_SUB, EP_P1, EP_P2],
    # the headline quotation after the label `Pröll in NEWS:` is his, the body giving him the same words with `Es gib` and
    # `diese Regierungsbank` (rules 26, 54, 4798); the subtitle's `"Richtiger Schritt"` after the label `NÖ-Landeshauptmann
    # über Haider-Rücktritt:` is his, the body's `ein richtiger Schritt` its source (rules 26, 54, 4793); the colon quotations
    # after `Zufrieden äußert sich … Erwin Pröll … mit dem Rücktritt Jörg Haiders als FPÖ-Chef:`, `sagt Pröll:` and `Kritisch
    # äußert sich der einflußreiche niederösterreichische VP-Chef …:` are his (rules 8, 9, 30); Jörg Haider, Michael Krüger
    # and the FPÖ-Regierungsmannschaft say nothing in marks; aliases: name, surname and the role forms that name only him
    # (`Niederösterreichs Landeshauptmann`, `NÖ-Landeshauptmann`); not the party-prefixed `VP-Chef` (rule 33)
    quotes=[("\"Es gibt manche, die nicht auf die Regierungsbank gehören\"", PROELL),
            ("\"Richtiger Schritt\"", PROELL),
            (cut(EP_P1, "\"Das ist ganz", "gewesen.\""), PROELL),
            ("\"Es trennt sich die Spreu vom Weizen.\"", PROELL),
            (cut(EP_P2, "\"Es gib", "gehören.\""), PROELL)],
    aliases={PROELL: ["Erwin Pröll", "Pröll", "Niederösterreichs Landeshauptmann Erwin Pröll", "Niederösterreichs Landeshauptmann",
                      "NÖ-Landeshauptmann"]})

# --- APA-OTS, the news magazine NEWS, 30 August 2000: Peter Westenthaler wants no more tax money for Erhard Busek ---

PW_T = ("NEWS: FPÖ-Klubobmann Peter Westenthaler will Erhard Busek für sein Donauraum-Institut die Subventionen streichen: "
        "\"Kein Schilling Steuergeld für Erhard Busek\"")
PW_SUB = "Vorausmeldung zu NEWS Nr. 35, 31. August 2000"
PW_P1 = ("Wien (OTS) - Für FPÖ-Klubobmann Peter Westenthaler ist der Streit mit dem Regierungsbeauftragten für die "
         "EU-Erweiterung, Erhard Busek, noch lange nicht erledigt. In der morgen erscheinenden Ausgabe der Zeitschrift NEWS "
         "erklärt er: \"Wir werden sicherstellen, dass kein einziger Steuerschilling mehr für Busek fließt.\" Gemeint sind damit "
         "nicht bloß Flugtickets und Spesen. Die Drohung Westenthalers: \"Laut meinen Informationen bekommt Busek öffentliche "
         "Gelder für sein Donauraum-Institut. Der Finanzminister wird diesen Subventionen in Zukunft mit Sicherheit nicht mehr "
         "zustimmen.\"")

add(id="ho762-ots-news-2000-08-30-westenthaler-busek-steuergeld",
    title=PW_T,
    url="https://www.ots.at/presseaussendung/OTS_20000830_OTS0184/news-fpoe-klubobmann-peter-westenthaler-will-erhard-busek-"
        "fuer-sein-donauraum-institut-die-subventionen-streichen-kein-schilling-steuergeld-fuer-erhard-busek",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 30 August 2000 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe der Zeitschrift NEWS', kicker 'Vorausmeldung zu NEWS "
              "Nr. 35, 31. August 2000'; the sender is told by the contact block 'Sekretariat NEWS-Chefredaktion' / 'Tel. (01) "
              "213 12 103' and the footer code 'NES/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the "
              "footer line (rule 4790); headline kept as the title and the kicker as a line of its own as stored; the dateline "
              "at the start of the first paragraph; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[PW_SUB, PW_P1],
    # the headline quotation after the label `NEWS: FPÖ-Klubobmann Peter Westenthaler will … streichen:` is his, the
    # headline's summary of the body's `kein einziger Steuerschilling mehr für Busek` (rules 26, 54); the colon quotation
    # after `erklärt er:` is his, `er` taking up the subject of the sentence before, not Busek in apposition to its object
    # (rules 8, 4796); the colon quotation after the verbless label `Die Drohung Westenthalers:` is his, the genitive naming
    # the one who threatens (rule 4796); Erhard Busek and the Finanzminister say nothing in marks; the magazine is the
    # reporting medium (rule 12); aliases: name and surname; not the party-prefixed `FPÖ-Klubobmann` (rule 33) nor the
    # genitive `Westenthalers`
    quotes=[("\"Kein Schilling Steuergeld für Erhard Busek\"", WESTENTHALER_P),
            (cut(PW_P1, "\"Wir werden", "Busek fließt.\""), WESTENTHALER_P),
            (cut(PW_P1, "\"Laut meinen", "zustimmen.\""), WESTENTHALER_P)],
    aliases={WESTENTHALER_P: ["Peter Westenthaler", "Westenthaler"]})

# --- APA-OTS, the news magazine NEWS, 5 December 2000: Androsch, Blecha and Lacina for a red-green coalition ---

AB_T = "NEWS: SP-Altpolitiker Androsch, Blecha, Lacina für"
AB_L2 = "Wien (OTS) - Weichenstellung Richtung Rot-Grün."
AB_L3 = "Androsch im NEWS-Interview: \"Wenn es sich ausgeht,"
AB_L4 = "gar nicht lange nachdenken.\""
AB_L5 = "Vorausmeldung zu NEWS 49/00 vom 6.12.2000 ="
AB_P1 = join("In der morgen erscheinenden Ausgabe des",
             "Nachrichtenmagazins NEWS sprechen sich prominente SP-Altpolitiker für die rot-grüne Option aus. Überraschend "
             "deutlich beispielsweise der ehemalige Finanzminister und nunmehrige Unternehmer Hannes Androsch:",
             "\"Wenn es nach der nächsten Wahl eine rot-grüne Mehrheit gibt, braucht man gar nicht lange nachdenken, ich kann "
             "mir Rot-Grün gut vorstellen.\"")
AB_P2 = join("Ähnlich Ex-Innenminister und SP-Pensioninsten-Chef Karl Blecha:",
             "\"Man muß die Herausforderung auch in Wien annehmen. Gibt es eine rot-grüne Mehrheit, muß man das auch "
             "ansagen.\"")
AB_P3 = ("Auch der ehemalige Finanzminister Ferdinand Lacina kann sich Rot-Grün vorstellen: \"Es kommt auf den Partner an. "
         "Wenn der auf der grünen Seite Alexander van der Bellen heißt, sehe ich keine Probleme mit Rot-Grün.\"")

add(id="ho762-ots-news-2000-12-05-androsch-blecha-lacina-rot-gruen",
    title=AB_T,
    url="https://www.ots.at/presseaussendung/OTS_20001205_OTS0215/-news-sp-altpolitiker-androsch-blecha-lacina-fuer",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 5 December 2000 by its OTS "
              "number, a Tuesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung zu "
              "NEWS 49/00 vom 6.12.2000'; the sender is told by the contact block 'Sekretariat NEWS-Chefredaktion' / 'Tel. (01) "
              "213 12 103' and the footer code 'NES/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the "
              "footer line (rule 4790); the headline field ends at 'für' (the address slug ends there too), and the stored copy "
              "sets the headline's rest 'Weichenstellung Richtung Rot-Grün.' after the dateline 'Wien (OTS) - ', then the "
              "subtitle item, broken by an empty line inside its quotation, then the kicker after the old layout's marker "
              "'Utl.: ' with the wire's closing '='; these lines are kept as stored, each a line of its own, not rebuilt into one "
              "headline (rules 18, 3090, 3350, 4790, 4791); the list bullets '- ' before the headline and the subtitle item and "
              "the marker 'Utl.: ' dropped (rules 3040, 3090, 3260); the single breaks inside the body's first two paragraphs "
              "(after 'Ausgabe des' and after the colons of 'Hannes Androsch:' and 'Karl Blecha:') joined with one space (rules "
              "3090, 4380, 4790); the published 'muß', 'SP-Pensioninsten-Chef' and 'van der Bellen' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[AB_L2, AB_L3, AB_L4, AB_L5, AB_P1, AB_P2, AB_P3],
    # the title and its continuation after the dateline carry no marks (rule 5); the subtitle quotation after the label
    # `Androsch im NEWS-Interview:`, broken by an empty line, gives two spans of Androsch: from the opening mark to the end of
    # its line and from the first word of the next line to the closing mark (rules 22, 3091, 3351, 4791), the body giving him
    # the full words (rule 26); the colon quotations after the role-and-name cues `… der ehemalige Finanzminister und
    # nunmehrige Unternehmer Hannes Androsch:`, `Ähnlich Ex-Innenminister und SP-Pensioninsten-Chef Karl Blecha:` and `Auch
    # der ehemalige Finanzminister Ferdinand Lacina kann sich Rot-Grün vorstellen:` are theirs (rules 9, 30, 54); Alexander
    # van der Bellen, named inside Lacina's quotation, says nothing; `der ehemalige Finanzminister` names two of the three
    # (Androsch and Lacina) and is no alias; `Ex-Innenminister` names only Blecha (rule 44)
    quotes=[("\"Wenn es sich ausgeht,", ANDROSCH),
            ("gar nicht lange nachdenken.\"", ANDROSCH),
            (cut(AB_P1, "\"Wenn es nach", "gut vorstellen.\""), ANDROSCH),
            (cut(AB_P2, "\"Man muß", "auch ansagen.\""), BLECHA),
            (cut(AB_P3, "\"Es kommt", "mit Rot-Grün.\""), LACINA)],
    aliases={ANDROSCH: ["Hannes Androsch", "Androsch"],
             BLECHA: ["Karl Blecha", "Blecha", "Ex-Innenminister"],
             LACINA: ["Ferdinand Lacina", "Lacina"]})

# --- APA-OTS, the business magazine trend, 20 February 2001: Karl Heinz Grasser on the budget ---

KG_T = "Grasser im \"trend\"-Interview: \"Der Sanierungsprozess dauert noch zumindest drei Jahre\""
KG_SUB = "Kein Nulldefizit um jeden Preis"
KG_P1 = ("Wien (OTS) - Bundesminister Karl Heinz Grasser (FP) bezieht im trend-Interview Stellung zu den offenen Fragen der "
         "Budgetsanierung. Es erklärt: \"Meine Budgetrede wird zum Inhalt haben, dass wir erstmals einen ausgeglichenen "
         "Haushalt haben. Das heißt aber nicht, dass das Problem an sich erledigt ist. Der Sanierungsprozess begleitet uns "
         "zumindest noch die nächsten drei Jahre.\"")
KG_P2 = ("Grasser spricht sich \"aus grundsätzlicher Überlegung\" für Selbstbehalte im Gesundheitswesen und eine weitere "
         "Überprüfung des Transfersystems aus. Er hofft auf das Gelingen des Nulldefizits, da er \"Optimist und Positivdenker\" "
         "sei. Allerdings, so Grasser: \"Wenn die Märkte einbrechen, haben wir neue Voraussetzungen, die mit der Bevölkerung "
         "diskutiert werden müssten. Es kann kein Nulldefizit um jeden Preis geben.\"")

add(id="ho762-ots-trend-2001-02-20-grasser-sanierungsprozess",
    title=KG_T,
    url="https://www.ots.at/presseaussendung/OTS_20010220_OTS0268/grasser-im-trend-interview-der-sanierungsprozess-dauert-"
        "noch-zumindest-drei-jahre",
    retrieved="same address (advance release of the business magazine trend on the APA-OTS service, 20 February 2001 by its OTS "
              "number, a Tuesday, on its interview 'im trend-Interview'; the sender is told by the contact line 'trend "
              "Redaktion Othmar Pruckner 01/53470-2421' and the footer code 'TRE/TRE', dropped with the banner, the heading "
              "'Rückfragen & Kontakt:' and the footer line (rule 4790); headline kept as the title and subtitle as a line of "
              "its own as stored; the dateline at the start of the first paragraph; the copy sets its paragraphs on unwrapped "
              "lines, so the single break after 'drei Jahre.\"' is a paragraph break (rules 3040, 3090); the published 'Es "
              "erklärt' (for 'Er erklärt') and 'Karl Heinz Grasser' without hyphen kept (rules 20, 4792); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KG_SUB, KG_P1, KG_P2],
    # the magazine's name in marks as the marked part of `"trend"-Interview` is null (rules 2, 1882, 3350); the headline
    # quotation after the label `Grasser im "trend"-Interview:` is his, the body giving him the same claim (`Der
    # Sanierungsprozess begleitet uns zumindest noch die nächsten drei Jahre`; rules 26, 54); the subtitle carries no marks
    # (rule 5); the colon quotation after the misprinted `Es erklärt:` is his (rules 8, 4792); the partial quotations
    # `"aus grundsätzlicher Überlegung"` after `Grasser spricht sich` and `"Optimist und Positivdenker"` in the Konjunktiv
    # clause `da er … sei` are his (rules 3, 25); the colon quotation after `Allerdings, so Grasser:` is his (rules 9, 31);
    # the Bevölkerung and the Märkte say nothing; aliases: name, surname and the role phrase and role word that name only him
    # (`Bundesminister Karl Heinz Grasser`, `Bundesminister`; rule 44)
    quotes=[("\"trend\"", None),
            ("\"Der Sanierungsprozess dauert noch zumindest drei Jahre\"", GRASSER),
            (cut(KG_P1, "\"Meine Budgetrede", "drei Jahre.\""), GRASSER),
            ("\"aus grundsätzlicher Überlegung\"", GRASSER),
            ("\"Optimist und Positivdenker\"", GRASSER),
            (cut(KG_P2, "\"Wenn die Märkte", "jeden Preis geben.\""), GRASSER)],
    aliases={GRASSER: ["Karl Heinz Grasser", "Grasser", "Bundesminister Karl Heinz Grasser", "Bundesminister"]})

# --- APA-OTS, the news magazine NEWS, 6 June 2001: Peter Westenthaler against the Wirtschaftskammer on immigration ---

WZ_T = "Westenthaler in NEWS: \"Brauchen keinen einzigen Zuwanderer mehr.\""
WZ_SUB = ("Der FPÖ-Klubobmann kontra Wirtschaft: \"Das sind doch alles Horrorzahlen von Leitl & Co.\" Vorausmeldung zu NEWS "
          "Nr. 23, 7.6.2001")
WZ_P1 = join("Wien (OTS) - In einem Interview in der morgen erscheinenden",
             "Ausgabe des Nachrichtenmagazins NEWS stellt sich der FP-Klubobmann gegen die Wirtschaft und ÖVP-Minister "
             "Bartenstein.")
WZ_P2 = ("Westenthaler in NEWS: \"Ich wehre mich gegen die Panikmache seitens der Wirtschaftskammer, die ja zum Teil der "
         "Wirtschaftsminister vertritt. Ich halte von diesen Studien überhaupt nix. Die sind sogar eine Gefahr für die "
         "Gesellschaft.\"")
WZ_P3 = ("In der Zuwanderungsfrage will Westenthaler hart bleiben: \"Die Senkung der Zuwanderungsquote steht im "
         "Koalitionsübereinkommen. Sie wird auch kommen. Wir geben keinen Millimeter nach, denn wir brauchen keinen einzigen "
         "Zuwanderer mehr.\"")

add(id="ho762-ots-news-2001-06-06-westenthaler-zuwanderer-horrorzahlen",
    title=WZ_T,
    url="https://www.ots.at/presseaussendung/OTS_20010606_OTS0196/-westenthaler-in-news-brauchen-keinen-einzigen-zuwanderer-mehr",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 6 June 2001 by its OTS number, a "
              "Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung zu NEWS Nr. "
              "23, 7.6.2001'; the sender is told by the contact block 'Sekretariat NEWS-Chefredaktion' / 'Tel. (01) 213 121103' "
              "and the footer code 'NES/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the footer line "
              "(rule 4790); the list bullets '- ' before headline and subtitle dropped, each kept as a line of its own (rules "
              "3040, 3090; the address slug's leading dash shows the headline's bullet); the subtitle with the kicker run on "
              "after it kept as stored; the dateline at the start of the first paragraph, whose single break after "
              "'erscheinenden' is joined with one space (rules 3200, 4790); the published 'nix' kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_SENDERS,
    paras=[WZ_SUB, WZ_P1, WZ_P2, WZ_P3],
    # the headline quotation after the label `Westenthaler in NEWS:` is his, the body's last quotation its source (rules 26,
    # 54); the subtitle quotation after the role label `Der FPÖ-Klubobmann kontra Wirtschaft:` is his, the body naming him `der
    # FP-Klubobmann` (rules 54, 4793); the quotations after the label `Westenthaler in NEWS:` and after `In der
    # Zuwanderungsfrage will Westenthaler hart bleiben:` are his (rules 9, 12, 30, 54); Leitl, the Wirtschaftskammer, the
    # Wirtschaftsminister and Bartenstein say nothing in marks; canonical `Westenthaler`, the only form of his name in the
    # release (rule 7); the party-prefixed `FPÖ-Klubobmann` and `FP-Klubobmann` are no aliases (rule 33)
    quotes=[("\"Brauchen keinen einzigen Zuwanderer mehr.\"", WESTENTHALER),
            ("\"Das sind doch alles Horrorzahlen von Leitl & Co.\"", WESTENTHALER),
            (cut(WZ_P2, "\"Ich wehre", "Gesellschaft.\""), WESTENTHALER),
            (cut(WZ_P3, "\"Die Senkung", "Zuwanderer mehr.\""), WESTENTHALER)],
    aliases={WESTENTHALER: ["Westenthaler"]})
