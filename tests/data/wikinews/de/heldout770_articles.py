# Seven-hundred-and-seventieth held-out German real-news set (tests/data/heldout770-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4850-4856). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout767 to heldout774). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-seventieth held-out set": seven advance releases of the news magazine
# NEWS on the APA-OTS service, shown on ots.at (licence APA_OTS_SENDERS): Hannes Farnleitner on his future as economics
# minister (July 1999); Viktor Klima's ultimatum to the ÖVP (November 1999); Karl Schlögl for a minority government
# (December 1999); Klima on forming a government in January (December 1999); Michael Häupl on the SPÖ-ÖVP talks (January
# 2000); Karl Stix retiring from politics (July 2000); Franz Schausberger against the federal government (June 2003).
# Stored copies are the `search` tool's `pages` excerpts; six bodies are complete in them, the seventh (Klima, December 1999)
# is cut off inside its third body paragraph, of which only the complete paragraphs before the cut are kept; the wire
# furniture (banners, contact headings, contact blocks, footers), the list bullets `- ` and the old layout's marker `Utl.: `
# are dropped, and hard line breaks inside a paragraph are joined (rule 4850); each retrieval note names what was dropped.
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


FARNLEITNER = "Hannes Farnleitner"
KLIMA = "Viktor Klima"
SCHLOEGL = "Karl Schlögl"
HAEUPL = "Michael Häupl"
STIX = "Karl Stix"
SCHAUSBERGER = "Franz Schausberger"

# --- APA-OTS, the news magazine NEWS, 21 July 1999: Hannes Farnleitner on his future as economics minister ---

HF_T = ("Regierung - Farnleitner-Interview: \"Fast öffentlicher Selbstmord.\" Vorausmeldung News 29/22.7.1999")
HF_P1 = join("Wien (OTS) - In einem Interview mit der morgen erscheinenden",
             "Ausgabe des Nachrichtenmagazins NEWS, - geht der unter öffentlichen Beschuß geratene Wirtschaftsminister Hannes "
             "Farnleitner davon aus, daß er auch der nächsten Regierung als Wirtschaftsminister angehören wird. Farnleitner zu "
             "NEWS: \"Meine Lebensperspektiven sind ausgewogen:",
             "Wolfgang Schüssel geht wieder mit dem selben ÖVP-Regierungsteam in die Wahl. Ich gehöre diesem Team an. Die ganze "
             "Wahlwerbung ist darauf aufgebaut. Wenn die ÖVP in der Regierung bleibt und wenn Schüssel das will, dann bleibe ich "
             "Wirtschaftsminister. Das ist mir so übrigens auch signalisiert.\"")
HF_P2 = join("Zu den Angriffen, die Farnleitner wegen seiner Reaktion auf den Bergsturz in Schwaz hinnehmen mußte, meint der "
             "Wirtschaftsminister:",
             "\"Es geht mir wirklich auf die Nerven, daß offenbar das Pietätsgefühl mancher, die schreiben, unterentwickelt ist. "
             "Nämlich Lassing mit Schwaz zu vergleichen. Das verdienen die Lassinger nicht. Ich glaube, daß es auch so was geben "
             "muß wie ein minimales Pietätsangebot dieser brutalen Öffentlichkeitsarbeit, Ich bin nicht bereit, jedes Spiel "
             "mitzuspielen, nur damit man nett über mich schreibt.\"")
HF_P3 = ("Zur Frage seiner Öffentlichkeitsarbeit meint Farnleitner: \"Ich messe mich daran, was ich zusammengebracht habe. Das "
         "ist mir wichtiger, als alles, was die Presse oder sonst wer über mich schreibt. Natürlich, das ist fast öffentlicher "
         "Selbstmord von mir, das weiß ich. Es muß eben auch Leute und Minister geben, die anders sind.\"")

add(id="ho770-ots-news-1999-07-21-farnleitner-oeffentlicher-selbstmord",
    title=HF_T,
    url="https://www.ots.at/presseaussendung/OTS_19990721_OTS0157/regierung-farnleitner-interview-fast-oeffentlicher-"
        "selbstmord-vorausmeldung-news-292271999",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 21 July 1999 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung "
              "News 29/22.7.1999' at the end of the headline; the sender is told by the contact block 'News Chefredaktion' / "
              "'Tel.: 01/21312 103' and the footer code 'NEF/OTS', dropped with the banner '*** OTS-ORIGINALTEXT UNTER "
              "AUSSCHLIESSLICHER INHALTLICHER' / 'VERANTWORTUNG DES AUSSENDERS ***', the heading 'Rückfragen & Kontakt:' and "
              "the footer line (rule 4850); the headline with its kicker kept as the title as stored (the address slug runs "
              "through the kicker); no subtitle; the dateline at the start of the first paragraph; the single breaks after "
              "'erscheinenden', after the colon inside the first quotation ('ausgewogen:') and after the cue colon 'meint der "
              "Wirtschaftsminister:' joined with one space (rules 4790, 4850); the published 'NEWS, - geht', 'Beschuß', 'daß', "
              "'mußte', 'muß', 'mit dem selben' and the comma before 'Ich bin nicht bereit' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[HF_P1, HF_P2, HF_P3],
    # the headline quotation after the label `Farnleitner-Interview:` is Farnleitner's: the compound names the interviewee as
    # `Name im NEWS-Interview:` does, and the body gives him the words (`das ist fast öffentlicher Selbstmord von mir`; rules
    # 26, 54, 4851); the colon quotations after `Farnleitner zu NEWS:`, `meint der Wirtschaftsminister:` and `meint
    # Farnleitner:` are his (rules 8, 9, 12, 54), the first one across the joined break after `ausgewogen:` one span (rule
    # 4850); Wolfgang Schüssel, the ÖVP, the Presse and the Lassinger say nothing in marks; aliases: name, surname, the role
    # phrase and the role words that name only him (`der Wirtschaftsminister`, `Wirtschaftsminister`; rule 44); not the
    # compound `Farnleitner-Interview`
    quotes=[("\"Fast öffentlicher Selbstmord.\"", FARNLEITNER),
            (cut(HF_P1, "\"Meine Lebensperspektiven", "signalisiert.\""), FARNLEITNER),
            (cut(HF_P2, "\"Es geht mir", "über mich schreibt.\""), FARNLEITNER),
            (cut(HF_P3, "\"Ich messe mich", "anders sind.\""), FARNLEITNER)],
    aliases={FARNLEITNER: ["Hannes Farnleitner", "Farnleitner", "Wirtschaftsminister Hannes Farnleitner",
                           "der Wirtschaftsminister", "Wirtschaftsminister"]})

# --- APA-OTS, the news magazine NEWS, 17 November 1999: Chancellor Viktor Klima's ultimatum to the ÖVP ---

VK1_T = ("Klima: \"Regierung bis Ende '99\" Der Kanzler setzt im News-Interview Ultimatum: Wenn heuer keine Koalition mit ÖVP "
         "möglich, kommt Minderheitsregierung Vorausmeldung zu News 46/18.11.1999")
VK1_P1 = join("Wien (OTS) - In einem Interview mit der morgen erscheinenden",
              "Ausgabe des Nachrichtenmagazins News setzt Bundeskanzler Viktor Klima der ÖVP ein deutliches Ultimatum. Klima: "
              "\"Die Sondierungsgespräche dürfen nicht zur unendlichen Geschichte werden. Wir müssen die Regierungsgespräche "
              "noch heuer abschließen, denn die Übergangsregierung sollte kein Budget machen.\" Klima macht noch einmal "
              "deutlich, daß im Falle des Scheiterns der Verhandlungen mit der ÖVP eine Minderheitsregierung seine bevorzugte "
              "Variante wäre: \"Es macht Sinn, wenn es eine Zusammenarbeit mit der ÖVP gibt. Bleibt die ÖVP in Opposition, "
              "kommt ja auch schwarz/blau nicht in Frage. Dann wäre eine Minderheitsregierung die Alternative. Daher würde ich "
              "Klestil eine Regierung aus Sozialdemokraten und aus einem breiten Spektrum von Menschen von außerhalb "
              "vorschlagen. \"Klima zeigt sich überzeugt, daß eine solche Minderheitsregierung \"funktionieren\" würde, räumt "
              "aber ein: \"Für wirklich große Reformprojekte ist es nicht die bevorzugte Variante.\" Mit der FPÖ sieht Klima "
              "weiterhin keine Grundlage für eine gemeinsame Regierungsbildung, sie sei aber ein \"Partner für "
              "Sachzusammenarbeit\".")

add(id="ho770-ots-news-1999-11-17-klima-regierung-bis-ende-99",
    title=VK1_T,
    url="https://www.ots.at/presseaussendung/OTS_19991117_OTS0128/klima-regierung-bis-ende-99-der-kanzler-setzt-im-news-"
        "interview-ultimatum-wenn-heuer-keine-koalition-mit-oevp-moeglich-kommt-minderheitsregierung-vorausmeldung-zu-news-"
        "4618111999",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 17 November 1999 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins News', kicker 'Vorausmeldung "
              "zu News 46/18.11.1999' at the end of the headline; the sender is told by the contact block 'News Sekretariat "
              "Chefredaktion' / 'Tel.: (01) 213 12/103' and the footer code 'NEF/OTS', dropped with the banner, the heading "
              "'Rückfragen & Kontakt:' and the footer line (rule 4850); the headline, which runs its subtitle and kicker on "
              "after the quotation, kept whole as the title as stored (the address slug runs through the kicker); the dateline "
              "at the start of the only paragraph, whose single break after 'erscheinenden' is joined with one space (rules "
              "4790, 4850); the published 'daß', 'schwarz/blau' and the closing mark set after a space and run into the next "
              "word ('vorschlagen. \"Klima zeigt sich') kept (rules 20, 4852); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[VK1_P1],
    # the headline quotation after the label `Klima:` is his (rules 26, 54); `'99` inside it is an apostrophe (rule 2); the
    # colon quotations after the label `Klima:` and after `Klima macht noch einmal deutlich, daß …:` are his, the second
    # closing at the mark after `vorschlagen. ` that the copy runs into `Klima zeigt sich` (rules 8, 9, 4852); the partial
    # `"funktionieren"` in `Klima zeigt sich überzeugt, daß … würde` and the quotation after `räumt aber ein:` in the same
    # sentence are his (rules 3, 9, 25); the marked `"Partner für Sachzusammenarbeit"` in the Konjunktiv clause `sie sei
    # aber ein …` after `sieht Klima` is his word for the FPÖ, which is the subject of the clause, not a speaker (rules 3, 25,
    # 4853); Klestil, the ÖVP and the FPÖ say nothing in marks; aliases: name, surname, the role phrase and the role nouns that
    # name only him (`Der Kanzler` in the headline, `Bundeskanzler`; rule 44)
    quotes=[("\"Regierung bis Ende '99\"", KLIMA),
            (cut(VK1_P1, "\"Die Sondierungsgespräche", "Budget machen.\""), KLIMA),
            (cut(VK1_P1, "\"Es macht Sinn", "vorschlagen. \""), KLIMA),
            ("\"funktionieren\"", KLIMA),
            (cut(VK1_P1, "\"Für wirklich", "Variante.\""), KLIMA),
            ("\"Partner für Sachzusammenarbeit\"", KLIMA)],
    aliases={KLIMA: ["Viktor Klima", "Klima", "Bundeskanzler Viktor Klima", "Der Kanzler", "Bundeskanzler"]})

# --- APA-OTS, the news magazine NEWS, 1 December 1999: Interior Minister Karl Schlögl for a minority government ---

KS_T = "Schlögl: \"Wenn Klima keinen Regierungspartner findet, für"
KS_L2 = ("Wien (OTS) - Minderheitsregierung für einen begrenzten Zeitraum. - Der Innenminister im NEWS-Interview: "
         "Minderheitsregierung maximal")
KS_L3 = "ein Jahr, dann Neuwahlen"
KS_L4 = "Vorausmeldung NEWS 48/2.12.1999 ="
KS_P1 = join("In einem Interview mit dem morgen erscheinenden",
             "Nachrichtenmagazin NEWS spricht sich Innenminister Karl Schlögl für eine SPÖ-Minderheitsregierung aus, sollte "
             "Viktor Klima keinen Regierungspartner finden. Schlögl: \"Klima soll eine Minderheitsregierung für einen "
             "begrenzten Zeitraum - maximal ein Jahr - vorschlagen und dann kommen Neuwahlen.\" Über seine persönliche "
             "politische Zukunft sagt Schlögl: \"Ich habe nicht vor, in der Hitparade der Parteihierarchie aufzusteigen.\" Die "
             "Frage der Klima-Nachfolge stelle sich für ihn \"nach wie vor nicht\". Über seine NÖ-Pläne sagt Schlögl: \"Mit "
             "Unterstützung der FPÖ den Landeshauptmann zu stellen, ist keine Option.\"")
KS_P2 = ("Auf die Frage, ob der Innenminister, gleich nach dem Bürgermeister von Purkersdorf, noch immer sein Traumjob sei, "
         "antwortet Schlögl ausweichend: \"Das ist eine Position, in der man jeden Tag mit neuen Problemen konfrontiert ist und "
         "es gibt sehr wenige Erfolgserlebnisse. Es ist aber ein Job, den ich sehr gerne mache.\"")

add(id="ho770-ots-news-1999-12-01-schloegl-minderheitsregierung",
    title=KS_T,
    url="https://www.ots.at/presseaussendung/OTS_19991201_OTS0177/schloegl-wenn-klima-keinen-regierungspartner-findet-fuer",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 1 December 1999 by its OTS "
              "number, a Wednesday, for 'dem morgen erscheinenden Nachrichtenmagazin NEWS', kicker 'Vorausmeldung NEWS "
              "48/2.12.1999 ='; the sender is told by the contact block 'Sekretariat NEWS Chefredaktion' / 'Tel.: 01/213 "
              "12/103' and the footer code 'NEF/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the "
              "footer line (rule 4850); the headline field ends at 'für' inside its quotation (the address slug ends there too), "
              "and the stored copy sets the headline's rest 'Minderheitsregierung für einen begrenzten Zeitraum.' after the "
              "dateline 'Wien (OTS) - ', the subtitle item in two lines split by an empty line ('… Minderheitsregierung "
              "maximal' / 'ein Jahr, dann Neuwahlen'), then the kicker after the old layout's marker 'Utl.: ' with the wire's "
              "closing '='; these lines are kept as stored, each a line of its own, not rebuilt into one headline (rules 4791, "
              "4854); the marker 'Utl.: ' dropped (rules 3260, 4790); the single break after 'erscheinenden' in the first body "
              "paragraph joined with one space (rule 4850); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KS_L2, KS_L3, KS_L4, KS_P1, KS_P2],
    # the headline quotation after the label `Schlögl:` opens and is never closed, the headline field ending at `für`: its
    # span runs from the opening mark to the end of the title line (rules 54, 4854); its continuation after the dateline
    # (`Minderheitsregierung für einen begrenzten Zeitraum.`) carries no mark and no span (rules 5, 4854); the subtitle
    # `Der Innenminister im NEWS-Interview: Minderheitsregierung maximal` / `ein Jahr, dann Neuwahlen` has no marks (rule 5);
    # the colon quotations after `Schlögl:`, `sagt Schlögl:` (twice) and `antwortet Schlögl ausweichend:` and the partial
    # `"nach wie vor nicht"` in the Konjunktiv clause `stelle sich für ihn` are his (rules 3, 8, 9, 25); Viktor Klima, named
    # inside the quotations, and the FPÖ say nothing in marks; aliases: name, surname, the role phrase and the role words that
    # name only him (`Der Innenminister`, `Innenminister`; rule 44)
    quotes=[("\"Wenn Klima keinen Regierungspartner findet, für", SCHLOEGL),
            (cut(KS_P1, "\"Klima soll", "Neuwahlen.\""), SCHLOEGL),
            (cut(KS_P1, "\"Ich habe nicht vor", "aufzusteigen.\""), SCHLOEGL),
            ("\"nach wie vor nicht\"", SCHLOEGL),
            (cut(KS_P1, "\"Mit Unterstützung", "keine Option.\""), SCHLOEGL),
            (cut(KS_P2, "\"Das ist eine Position", "gerne mache.\""), SCHLOEGL)],
    aliases={SCHLOEGL: ["Karl Schlögl", "Schlögl", "Innenminister Karl Schlögl", "Der Innenminister", "Innenminister"]})

# --- APA-OTS, the news magazine NEWS, 8 December 1999: Chancellor Viktor Klima on forming a government in January ---

VK2_T = ("Viktor Klima bekräftigt im NEWS-Interview \"Im Jänner ist Regierungsbildung möglich. Wenn alle wollen!\"")
VK2_L2 = ("Zu Forderungen von Wolfgang Schüssel: \"Nichts davon ist unverhandelbar, manches würde ich ergänzen und neu "
          "einbringen\"")
VK2_L3 = join("Über Verhältnis zum Vizekanzler und zum",
              "Bundespräsidenten: \"Allseitiger Respekt füreinander\".")
VK2_L4 = ("Neutralitätsgesetz nicht streichen, aber:\"Ergänzen um das Gebot einer europäischen Friedensunion im Sinne einer "
          "europäischen Sicherheitsarchitektur.")
VK2_L5 = "Vorausmeldung zu NEWS 49/9.12.1999="
VK2_P1 = join("Wien (OTS) - In einem Interview in der morgen erscheinenden Ausgabe des Nachrichtenmagazins News bilanziert "
              "Bundeskanzler Klima die nun abgeschlosenen Sondierungsgespräche mit den anderen Parteien und stellt angesichts "
              "des Donnerstag zu erwartenden Auftrages von Bundespräsident Klestil an ihn zwecks Regierungsverhandlungen eine "
              "baldige Lösung in Aussicht: Eine neue Regierung unter dem Christbaum wäre, \"schön, aber wahrscheinlich nicht "
              "ganz realistisch. Aber im Jänner könnten wir soweit sein, wenn wirklich alle wollen\". Warum er damit die ÖVP "
              "meine, begründet er unter Hinweis auf Thomas Klestil:",
              "\"Ich teile voll das zentrale Anliegen des Herrn Bundespräsidenten, für Österreich eine Regierung zustande zu "
              "bringen, die innen-politisch stabil und aussenpolitisch unumstritten ist\".")
VK2_P2 = ("Mit Wolfgang Schüssel verbinde ihn \"stets ein gutes Gesprächs- und Zusammenarbeitsverhältnis\". Die Beziehung "
          "zwischen ihn, Schüssel und Klestil, sei geprägt von \"allseitigem Respekt für einander\".")

add(id="ho770-ots-news-1999-12-08-klima-regierungsbildung-jaenner",
    title=VK2_T,
    url="https://www.ots.at/presseaussendung/OTS_19991208_OTS0060/viktor-klima-bekraeftigt-im-news-interview-im-jaenner-ist-"
        "regierungsbildung-moeglich-wenn-alle-wollen",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 8 December 1999 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins News', kicker 'Vorausmeldung "
              "zu NEWS 49/9.12.1999=' as the last subtitle item; the sender is the magazine named in the kicker and the "
              "dateline sentence, the stored excerpt ending before any contact block (rule 4850); headline kept as the title "
              "and the four subtitle items as lines of their own, their list bullets '- ' dropped (rules 3040, 3090), the "
              "single break inside the second item after 'und zum' joined with one space (rule 4850); the dateline at the start "
              "of the first body paragraph, whose single break before the cue's quotation ('Thomas Klestil:' / '\"Ich teile') "
              "is joined with one space (rules 4380, 4790); the published 'aber:\"Ergänzen' without a space and without a "
              "closing mark, 'abgeschlosenen', 'wäre, \"schön', 'zwischen ihn', 'innen-politisch', 'aussenpolitisch' and 'für "
              "einander' kept (rules 20, 4855); the stored copy breaks off inside the third body paragraph ('Die Bereitschaft "
              "der ÖVP zu Regierungsverhandlungen (...\"sofern ihr Parteivorstand das kommenden Montag beschließt\") halte er "
              "für \"sehr wertvoll\". … Es geht aber um eine stabile Regierung für vier Jahre in einer heiklen Pha'), which is "
              "dropped with the rest of the release: the first two body paragraphs are kept)",
    license=APA_OTS_SENDERS,
    paras=[VK2_L2, VK2_L3, VK2_L4, VK2_L5, VK2_P1, VK2_P2],
    # the headline quotation after `Viktor Klima bekräftigt im NEWS-Interview` (no colon) is his (rules 26, 54); the three
    # subtitle items are his words under his headline, with topic labels, not speakers, before their colons: `Zu Forderungen
    # von Wolfgang Schüssel:` gives Klima's first-person answer (`manches würde ich ergänzen`), Schüssel being the one whose
    # demands are answered; `Über Verhältnis zum Vizekanzler und zum Bundespräsidenten:` and `Neutralitätsgesetz nicht
    # streichen, aber:` likewise (rules 54, 4793, 4855); the third item's quotation is never closed and runs to the end of its
    # line (rules 22, 4854, 4855); the partial quotation `Eine neue Regierung unter dem Christbaum wäre, "schön, …"` in the
    # narrator's Konjunktiv after `stellt … eine baldige Lösung in Aussicht:`, the colon quotation after `begründet er unter
    # Hinweis auf Thomas Klestil:` and the partials `"stets ein gutes …"` and `"allseitigem Respekt für einander"` in the
    # Konjunktiv reports `verbinde ihn`, `sei geprägt von` are his (rules 3, 8, 25, 30); Wolfgang Schüssel (`Vizekanzler`),
    # Thomas Klestil (`Bundespräsident Klestil`, `des Herrn Bundespräsidenten`) and the ÖVP say nothing in marks; aliases:
    # name, surname, the role phrase and the role noun that name only him (`Bundeskanzler Klima`, `Bundeskanzler`; rule 44)
    quotes=[("\"Im Jänner ist Regierungsbildung möglich. Wenn alle wollen!\"", KLIMA),
            (cut(VK2_L2, "\"Nichts davon", "einbringen\""), KLIMA),
            ("\"Allseitiger Respekt füreinander\"", KLIMA),
            (cut(VK2_L4, "\"Ergänzen", "Sicherheitsarchitektur."), KLIMA),
            (cut(VK2_P1, "\"schön, aber", "alle wollen\""), KLIMA),
            (cut(VK2_P1, "\"Ich teile voll", "unumstritten ist\""), KLIMA),
            ("\"stets ein gutes Gesprächs- und Zusammenarbeitsverhältnis\"", KLIMA),
            ("\"allseitigem Respekt für einander\"", KLIMA)],
    aliases={KLIMA: ["Viktor Klima", "Klima", "Bundeskanzler Klima", "Bundeskanzler"]})

# --- APA-OTS, the news magazine NEWS, 12 January 2000: Michael Häupl on the SPÖ-ÖVP coalition talks ---

MH_T = "Wiens Bürgermeister Häupl zeigt sich im News-Interview"
MH_L2 = ("optimistisch: \"Spätestens Ende nächster Woche sind wir fertig.\" - Häupl: \"Edlinger und Schlögl bleiben.\" "
         "Vorausmeldung News 2/00 vom 13.1.00")
MH_P1 = join("Wien (OTS) - In einem Interview mit der morgen erscheinenden",
             "Ausgabe des Nachrichtenmagazins News äußert sich Wiens Bürgermeister Michael Häupl zuversichtlich zu einer "
             "Neuauflage einer SPÖ/ÖVP-Koalition: \"Spätestens Ende nächster Woche sind wir fertig. Rot-Schwarz ist "
             "machbar.\"")
MH_P2 = join("Häupl nennt allerdings auch \"drei, vier Punkte, bei denen es hart werden könnte\" - vor allem \"beim Budget und "
             "in der Sicherheitspolitik\". Er hätte aber bei den Verhandlungen \"nicht den Eindruck, daß man es in der ÖVP auf "
             "ein Scheitern anlegt\". Häupl:",
             "\"Wenn man in der ÖVP auch noch Alternativen im Kopf hat.\"")
MH_P3 = ("Gerüchte über die Ablöse von Innenminister Karl Schlögl und Finanzminister Rudolf Edlinger bezeichnet Häupl als "
         "\"absurde Enten\". Und weiter: \"Für mich ist es keine Frage, daß die beiden der nächsten Regierung angehören.\"")

add(id="ho770-ots-news-2000-01-12-haeupl-edlinger-schloegl-bleiben",
    title=MH_T,
    url="https://www.ots.at/presseaussendung/OTS_20000112_OTS0150/-wiens-buergermeister-haeupl-zeigt-sich-im-news-interview",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 12 January 2000 by its OTS "
              "number, a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins News', kicker 'Vorausmeldung "
              "News 2/00 vom 13.1.00'; the sender is told by the contact block 'Sekretariat News Chefredaktion' / 'Tel.: (01) "
              "213 12-103' and the footer code 'NEF/OTS', dropped with the banner, the heading 'Rückfragen & Kontakt:' and the "
              "footer line (rule 4850); the list bullet '- ' before the headline dropped (the address slug's leading dash shows "
              "it); the headline field ends at 'im News-Interview' (the address slug ends there too) and the stored copy sets "
              "its rest 'optimistisch:' with the subtitle and the kicker run on after it on the next line, after an empty line; "
              "the two lines are kept as stored, not rebuilt into one headline (rules 4791, 4854); the single breaks after "
              "'erscheinenden' and after the cue colon 'Häupl:' before its quotation joined with one space (rules 4790, 4850); "
              "the published 'daß' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[MH_L2, MH_P1, MH_P2, MH_P3],
    # the cut headline `Wiens Bürgermeister Häupl zeigt sich im News-Interview` continues on the next line with
    # `optimistisch: "Spätestens …"`: the quotation after the colon is Häupl's, the subject of the headline sentence whose
    # rest the line is (rules 54, 4854), the body giving him the words (rule 26); `"Edlinger und Schlögl bleiben."` after the
    # label `- Häupl:` is his, a shortening of the body's `"Für mich ist es keine Frage, daß die beiden der nächsten
    # Regierung angehören."`, the two ministers named in it the topic, not speakers (rules 26, 54, 4856); the colon quotation
    # after `äußert sich … Michael Häupl zuversichtlich zu einer Neuauflage einer SPÖ/ÖVP-Koalition:` and the one after
    # `Häupl:` are his (rules 8, 9); the partials after `Häupl nennt allerdings auch`, `- vor allem` and in the Konjunktiv
    # `Er hätte aber … "nicht den Eindruck, …"` are his (rules 3, 25); the marked `"absurde Enten"` after `bezeichnet Häupl
    # als` and the quotation after `Und weiter:` are his (rules 3, 9, 31); Karl Schlögl, Rudolf Edlinger and the ÖVP say
    # nothing in marks; aliases: name, surname and the role phrases that name only him (`Wiens Bürgermeister`; rule 44)
    quotes=[("\"Spätestens Ende nächster Woche sind wir fertig.\"", HAEUPL),
            ("\"Edlinger und Schlögl bleiben.\"", HAEUPL),
            (cut(MH_P1, "\"Spätestens", "machbar.\""), HAEUPL),
            ("\"drei, vier Punkte, bei denen es hart werden könnte\"", HAEUPL),
            ("\"beim Budget und in der Sicherheitspolitik\"", HAEUPL),
            (cut(MH_P2, "\"nicht den Eindruck", "anlegt\""), HAEUPL),
            ("\"Wenn man in der ÖVP auch noch Alternativen im Kopf hat.\"", HAEUPL),
            ("\"absurde Enten\"", HAEUPL),
            (cut(MH_P3, "\"Für mich", "angehören.\""), HAEUPL)],
    aliases={HAEUPL: ["Michael Häupl", "Häupl", "Wiens Bürgermeister Michael Häupl", "Wiens Bürgermeister Häupl",
                      "Wiens Bürgermeister"]})

# --- APA-OTS, the news magazine NEWS, 12 July 2000: Burgenland's governor Karl Stix retiring from politics ---

KX_T = "Burgenlands Landeshauptmann Stix vor Rückzug aus der Politik."
KX_SUB = ("Stix erwartet im NEWS-Interview Neuwahlen im Burgenland und eine schwarz/blaue Koalition. Vorausmeldung zu NEWS "
          "28/00 vom 13. Juli 2000")
KX_P1 = ("Wien (OTS) - Burgenlands Landeshauptmann Karl Stix zieht sich im Herbst endgültig aus der Landespolitik zurück. In "
         "einem Interview in der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS erwartet Stix als Folge des "
         "Bankenskandals noch heuer vorgezogene Neuwahlen. Stix zu NEWS: \"Ich rechne fest damit, dass die ÖVP die politische "
         "Führung übernehmen und auch im Land die schwarz/blaue Koalition installieren will.\"")
KX_P2 = ("Stix selbst will kein öffentliches Amt mehr übernehmen: \"Es muss eine neue Generation an die Spitze.\" Er will "
         "seine politischen Erfahrungen künftig in den Aufbau eines burgenländisch-ungarischen Wirtschaftsraums einbringen. "
         "Stix: \"Mir liegt die Osterweiterung besonders am Herzen. Für unsere Region ist sie überlebenswichtig.\"")

add(id="ho770-ots-news-2000-07-12-stix-rueckzug-neuwahlen",
    title=KX_T,
    url="https://www.ots.at/presseaussendung/OTS_20000712_OTS0146/-burgenlands-landeshauptmann-stix-vor-rueckzug-aus-der-"
        "politik",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 12 July 2000 by its OTS number, "
              "a Wednesday, for 'der morgen erscheinenden Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung zu NEWS "
              "28/00 vom 13. Juli 2000' run on after the subtitle; the sender is told by the contact block 'Sekretariat "
              "NEWS-Chefredaktion' / 'Tel.: (01) 213 12103' and the footer code 'NEF/OTS', dropped with the banner, the heading "
              "'Rückfragen & Kontakt:' and the footer line (rule 4850); the list bullets '- ' before headline and subtitle "
              "dropped, each kept as a line of its own (rules 3040, 3090; the address slug's leading dash shows the headline's "
              "bullet); the dateline at the start of the first paragraph; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KX_SUB, KX_P1, KX_P2],
    # headline and subtitle carry no marks (rule 5); the colon quotations after `Stix zu NEWS:`, after `Stix selbst will kein
    # öffentliches Amt mehr übernehmen:` and after the label `Stix:` are his (rules 8, 9, 12, 54); the ÖVP says nothing in
    # marks; aliases: name, surname and the role phrases that name only him (`Burgenlands Landeshauptmann`; rule 44)
    quotes=[(cut(KX_P1, "\"Ich rechne", "installieren will.\""), STIX),
            ("\"Es muss eine neue Generation an die Spitze.\"", STIX),
            (cut(KX_P2, "\"Mir liegt", "überlebenswichtig.\""), STIX)],
    aliases={STIX: ["Karl Stix", "Stix", "Burgenlands Landeshauptmann Karl Stix", "Burgenlands Landeshauptmann Stix",
                    "Burgenlands Landeshauptmann"]})

# --- APA-OTS, the news magazine NEWS, 11 June 2003: Franz Schausberger against the federal government ---

FS_T = "VP-Schausberger in NEWS: \"Bundespolitik schadet Ländern\""
FS_SUB = "Vorausmeldung zu NEWS Nr. 24 vom 12.6.2003"
FS_P1 = join("Wien (OTS) - In einem Interview für die morgen erscheinende",
             "Ausgabe des Nachrichtenmagazins NEWS übt der Salzburger VP-Landeshauptmann Franz Schausberger heftige Kritik an "
             "der schwarz-blauen Koalition in Wien. Wörtlich sagt Schausberger in NEWS:",
             "\"Die verpatzte Politik der Bundesregierung schadet den Ländern. Ich werde mich als Landeshauptmann von Salzburg "
             "immer sehr klar zu Wort melden, weil ich nicht einsehe, dass dadurch die Position der ÖVP in den Ländern "
             "geschwächt wird.\"")
FS_P2 = ("Konkret übt Schausberger Kritik an der Pensionsreform Wolfgang Schüssels: \"Die Bundes-ÖVP hat es sträflich "
         "verabsäumt, die Leute auf die notwendigen Reformen vorzubereiten. Ich kann nur hoffen, dass die ÖVP wieder zu einer "
         "Politik zurückkehrt, wo sie nicht die Wähler, die sie im November 2002 bekommen haben, weiter verunsichert.\"")

add(id="ho770-ots-news-2003-06-11-schausberger-bundespolitik-schadet",
    title=FS_T,
    url="https://www.ots.at/presseaussendung/OTS_20030611_OTS0160/vp-schausberger-in-news-bundespolitik-schadet-laendern",
    retrieved="same address (advance release of the news magazine NEWS on the APA-OTS service, 11 June 2003 by its OTS number, "
              "a Wednesday, for 'die morgen erscheinende Ausgabe des Nachrichtenmagazins NEWS', kicker 'Vorausmeldung zu NEWS "
              "Nr. 24 vom 12.6.2003'; the sender is told by the contact block 'Sekretariat NEWS' / 'Chefredaktion' / 'Tel.: "
              "(01) 213 12 DW 1103' and the footer code 'NES0005', dropped with the heading 'Rückfragen & Kontakt:' and the "
              "footer line 'OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS' (rule 4850); "
              "headline kept as the title and the kicker as a line of its own as stored; the dateline at the start of the first "
              "paragraph, whose single breaks after 'erscheinende' and after the cue colon 'sagt Schausberger in NEWS:' are "
              "joined with one space (rules 4790, 4850); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[FS_SUB, FS_P1, FS_P2],
    # the headline quotation after the label `VP-Schausberger in NEWS:` is his, a shortening of the body's first sentence
    # (rules 26, 54); the colon quotation after `Wörtlich sagt Schausberger in NEWS:` and the one after `Konkret übt
    # Schausberger Kritik an der Pensionsreform Wolfgang Schüssels:` are his, Schüssel named in the genitive as the author of
    # the reform, not of the words (rules 8, 9, 12, 4856); the Bundesregierung, the Bundes-ÖVP and Wolfgang Schüssel say
    # nothing in marks; aliases: name and surname; not the party-prefixed `VP-Schausberger` and `VP-Landeshauptmann` (rule
    # 33)
    quotes=[("\"Bundespolitik schadet Ländern\"", SCHAUSBERGER),
            (cut(FS_P1, "\"Die verpatzte", "geschwächt wird.\""), SCHAUSBERGER),
            (cut(FS_P2, "\"Die Bundes-ÖVP", "weiter verunsichert.\""), SCHAUSBERGER)],
    aliases={SCHAUSBERGER: ["Franz Schausberger", "Schausberger"]})
