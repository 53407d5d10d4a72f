# Six-hundred-and-fifty-seventh held-out German real-news set (tests/data/heldout657-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3990-3993). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fifty-seventh held-out set": nine releases of Austrian parties, party
# clubs, the SPÖ's press service and party organisations of farmers and business people on the APA-OTS service (ots.at),
# licence APA_OTS_POLITICS: the BZÖ (Gerald Grosz on an 'Allianz der Feinde des BZÖ', September 2006), Die Grünen (Madeleine
# Petrovic on Peter Westenthaler's 'Pressestunde', May 2007), the ÖVP's parliamentary club (Johann Rädler on the SPÖ's
# integration debate, October 2009), the SPÖ's press service (Günther Kräuter against Fritz Kaltenegger and the ÖVP's ÖBB
# criticism, with a phrase of the ÖVP's transport spokesman Maier, September 2010), the Ring Freiheitlicher
# Wirtschaftstreibender (Fritz Amann on the 'Drohgebärden' of the Bauernbund's chairman, August 2011), the Bauernbund (Jakob
# Auer on the Arbeiterkammer's resolution against the debt brake, November 2011), NEOS (Matthias Strolz and Angelika Mlinar on
# Michael Spindelegger's 'Pressestunde', June 2013), the Team Stronach's parliamentary club (Leo Steinbichler on the seven-day
# week of farmers, November 2016) and the SPÖ's press service for the SPÖ-Frauen (Gabriele Heinisch-Hosek and Andrea Brunner on
# the Frauen*Volksbegehren, October 2018). Stored copies are the `search` tool's `pages` excerpts; every release body is
# complete in them; the wire and site furniture (the ots.at lines of time and number, the OTS marker `****`, end marks,
# contact blocks, footers and share lines) is dropped and the hard-wrapped lines of two copies are joined (rules 48, 460,
# 1372, 2580, 3520, 3930, 3990); each retrieval note names what was dropped.
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


GROSZ = "Gerald Grosz"
PETROVIC = "Madeleine Petrovic"
RAEDLER = "Johann Rädler"
KRAEUTER = "Günther Kräuter"
MAIER = "Maier"
AMANN = "Fritz Amann"
AUER = "Jakob Auer"
STROLZ = "Matthias Strolz"
MLINAR = "Angelika Mlinar"
STEINBICHLER = "Leo Steinbichler"
HEINISCH_HOSEK = "Gabriele Heinisch-Hosek"
BRUNNER = "Andrea Brunner"

# --- APA-OTS, BZÖ, 6 September 2006: Gerald Grosz on an 'Allianz der Feinde des BZÖ' ---

GR_T = "BZÖ-Grosz: Allianz der Feinde des BZÖ hat sich nun endlich gefunden"
GR_SUB = "VP-Rachefeldzug wird Peter Westenthaler und das BZÖ nicht stoppen"
GR_P1 = ("Graz (OTS) - \"Wenn man sich die scheinbar parteipolitisch motivierten Urteile einiger Gerichte ansieht, den letzten "
         "kuriosen Entscheid der Bundeswahlbehörde und die neue Stoßrichtung der VP-nahen Umfrageinstitute, wird es immer "
         "offensichtlicher, dass sich hier eine Allianz der Feinde des BZÖ zusammengefunden hat. Man braucht hier gar kein "
         "Verschwörungstheoretiker zu sein um zu erkennen, dass es den großkoalitionären VP-Funktionären ausschließlich darum "
         "geht das BZÖ mit Peter Westenthaler zu ruinieren. Da ist ihnen jedes Mittel recht und es wird sogar in VP-nahen "
         "Umfrageinstituten eine Alt-FPÖ hochgeschrieben. Es ist deutlicher denn je, dass sich eine besonders widerliche und "
         "absonderliche Allianz gegen das BZÖ entwickelt\", so der steirische BZÖ-Chef Gerald Grosz am Mittwoch in Graz.")
GR_P2 = ("\"Die ÖVP sollte hier sehr vorsichtig sein. Mittlerweile entwickelt sich eine ähnlich Stimmung wie bei der letzten "
         "Landtagswahl. Schüssels Versprechen, dass die ÖVP einen sachorientierten und positiven Wahlkampf führt hat sich "
         "einmal mehr in Luft aufgelöst. Der ÖVP sei daher ein weiteres Mal ins Stammbuch geschrieben, dass Hochmut vor dem "
         "Fall kommt. Es wird der ÖVP nicht gelingen, mit einer widerlichen Allianz aus Großkoalitionären und ewig Gestrigen "
         "der Alt-FPÖ, das menschliche Regulativ in der Regierung mit Peter Westenthaler tot zu schreiben\", so Grosz "
         "abschließend.")

add(id="ho657-ots-bzoe-2006-09-06-grosz-allianz-der-feinde",
    title=GR_T,
    url="https://www.ots.at/presseaussendung/OTS_20060906_OTS0032/bzoe-grosz-allianz-der-feinde-des-bzoe-hat-sich-nun-endlich-gefunden",
    retrieved="same address (release of the BZÖ on the APA-OTS service, 6 September 2006 by its OTS number, a Wednesday ('am "
              "Mittwoch'); the sender is told by the contact block 'Bündnis Zukunft Österreich (BZÖ)' and the footer code "
              "BZO0001, both dropped (rule 3990); headline and subtitle kept as lines of their own, the dateline 'Graz (OTS) -' "
              "at the start of the first paragraph as stored; the published 'kein Verschwörungstheoretiker zu sein um zu "
              "erkennen', 'darum geht das BZÖ', 'eine ähnlich Stimmung' and 'Wahlkampf führt hat sich' without commas kept "
              "(rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GR_SUB, GR_P1, GR_P2],
    # the headline label `BZÖ-Grosz:` stands before unmarked words and carries no span (rule 5); the quotation before `so der
    # steirische BZÖ-Chef Gerald Grosz am Mittwoch in Graz` and the one before `so Grosz abschließend` are his (rule 30); the
    # Konjunktiv `Der ÖVP sei daher … ins Stammbuch geschrieben` inside his marks is part of his span (rule 6 of NOTES.md: a
    # span runs from mark to mark); Peter Westenthaler, Schüssel, the ÖVP, the Gerichte, the Bundeswahlbehörde and the
    # Umfrageinstitute say nothing; `BZÖ-Chef` names the party and is no alias (rule 33), nor is the fused label `BZÖ-Grosz`
    # (rule 3672)
    quotes=[(cut(GR_P1, "\"Wenn man", "entwickelt\""), GROSZ),
            (cut(GR_P2, "\"Die ÖVP sollte", "tot zu schreiben\""), GROSZ)],
    aliases={GROSZ: ["Gerald Grosz", "Grosz"]})

# --- APA-OTS, Die Grünen, 13 May 2007: Madeleine Petrovic on Peter Westenthaler's 'Pressestunde' ---

PE_T = "Petrovic zu Westenthaler: Von einem Umfaller zum nächsten"
PE_SUB = "Bewertung für dieses Verhalten wird bei den nächsten Wahlen folgen"
PE_P1 = join("Wien (OTS) - \"Mit überheblichem Ton von einem Umfaller zum",
             "nächsten, von einer Inkonsequenz und Widersprüchlichkeit zur anderen.",
             "Es gibt kaum eine Partei, die jeden Splitter in den Augen der",
             "politischen Mitbewerber sieht, aber gleichzeitig den Balken im",
             "eigenen Auge nicht wahrnimmt\", reagiert die stv. Bundessprecherin der",
             "Grünen, Madeleine Petrovic, auf den heutigen Auftritt von BZÖ-Obmann",
             "Peter Westenthaler in der ORF-´Pressestunde´.")
PE_P2 = join("Es wurde deutlich, dass sich das BZÖ bei der Nationalratswahl",
             "lediglich aufgrund der Popularität des Kärntner Landeshauptmanns ins",
             "Parlament retten konnte.")
PE_P3 = join("\"Westenthaler wollte weder den Umfaller des BZÖ in der",
             "Eurofighter-Frage eingestehen, noch die aufklärungswürdigen Umstände",
             "rund um den Beschaffungsvorgang zugeben. Aber auch das Hü-Hott bei",
             "den Themen Gesamtschule und Verkehrssicherheit machte deutlich, dass",
             "die BZÖ-Positionen durch Widersprüchlichkeiten und Inkonsequenzen",
             "gekennzeichnet sind. Die einzige inhaltliche Konstante beim BZÖ,",
             "nämlich ein problematisches Verhältnis zur österreichischen Identität",
             "und zu Migration, ist ebenso alt wie abgeschmackt. Die Bewertung der",
             "Bevölkerung für dieses Verhalten wird bei den nächsten Wahlen",
             "folgen\", so Petrovic.")

add(id="ho657-ots-gruene-2007-05-13-petrovic-westenthaler-umfaller",
    title=PE_T,
    url="https://www.ots.at/presseaussendung/OTS_20070513_OTS0018/petrovic-zu-westenthaler-von-einem-umfaller-zum-naechsten",
    retrieved="same address (release of Die Grünen on the APA-OTS service, 13 May 2007 by its OTS number and by the ots.at "
              "line '13.05.2007, 12:47:44', a Sunday, the day of the ORF's 'Pressestunde'; the ots.at lines of time and number "
              "above the headline ('• 13.05.2007, 12:47:44' / '• /' / '• OTS0018 OTW0018') dropped (rule 2580); the sender is "
              "told by the contact block 'Rückfragehinweis: Die Grünen, Birgit Rys, 0664 831 74 42, presse@gruene.at' and the "
              "footer with the code FMB, both dropped with the share, keyword and channel lines (rule 3990); headline and "
              "subtitle kept as lines of their own; the copy is hard-wrapped at about seventy characters with empty lines "
              "between paragraphs, and the lines of each paragraph are joined with one space, except that the short line "
              "'Peter Westenthaler in der ORF-´Pressestunde´.', which closes a sentence outside marks, ends a paragraph before "
              "the narrator's sentence 'Es wurde deutlich, …' (rules 1372, 2695, 3990); the acute accents around "
              "'Pressestunde' kept as printed, no marks (rule 3525); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[PE_SUB, PE_P1, PE_P2, PE_P3],
    # the headline `Petrovic zu Westenthaler: …` reports her without marks and carries no span (rule 5); the quotation before
    # `reagiert die stv. Bundessprecherin der Grünen, Madeleine Petrovic, auf den heutigen Auftritt von BZÖ-Obmann Peter
    # Westenthaler` is hers, Westenthaler the one reacted to (rules 12, 30); the quotation before `so Petrovic` after the
    # narrator's unmarked paragraph is hers (rule 30); the programme's name in acute accents `´Pressestunde´` is no mark and
    # has no span (rule 3525); Westenthaler, the BZÖ, the Kärntner Landeshauptmann and the Bevölkerung say nothing;
    # `stv. Bundessprecherin der Grünen` names the party and is no alias (rule 33)
    quotes=[(cut(PE_P1, "\"Mit überheblichem", "nicht wahrnimmt\""), PETROVIC),
            (cut(PE_P3, "\"Westenthaler wollte", "Wahlen folgen\""), PETROVIC)],
    aliases={PETROVIC: ["Madeleine Petrovic", "Petrovic"]})

# --- APA-OTS, ÖVP-Parlamentsklub, 3 October 2009: Johann Rädler on the SPÖ's integration debate ---

RA_T = "Rädler: SPÖ soll Krise intern bereinigen"
RA_SUB = "Mit nutzlosen Hüh-Hott-Debaten nicht Regierungsarbeit lähmen"
RA_P1 = ("Wien, 03. Oktober 2009 (ÖVP-PK) \"Die SPÖ soll ihre Krise intern bereinigen und nicht mit nutzlosen "
         "Hüh-Hott-Debatten zum Thema Integration die Regierungsarbeit lähmen\", stellt ÖVP-Integrationssprecher Johann Rädler "
         "klar, und weiter: \"Die derzeitige Hüh-Hott-Politik nützt niemand und hilft niemand.\" Rädler verweist auf die völlig "
         "unterschiedlichen Aussagen der SPÖ in den letzten Tagen: \"Rudas war im ORF-Report gegen ein zusätzliches "
         "Regierungsmitglied, ihr Kollege, Geschäftsführer Kräuter, ist im Radio dafür, Wiens Bürgermeister Häupl und AK-Chef "
         "Tumpel sind dafür, SPÖ-Chef Faymann dagegen. Dieses Hüh\u2013Hott braucht kein Mensch.\" Diese Debatte sollte intern "
         "ausdiskutiert werden. Vor allem aber soll man daraus keinen Koalitionskonflikt stricken, wie Kräuter das versucht. "
         "\"Kräuter ist ein Scharfmacher und Heckenschütze, der ständig gegen die Interessen seines eigenen Parteichefs "
         "werkt\", schließt der ÖVP-Integrationssprecher.")

add(id="ho657-ots-oevp-klub-2009-10-03-raedler-spoe-krise",
    title=RA_T,
    url="https://www.ots.at/presseaussendung/OTS_20091003_OTS0068/raedler-spoe-soll-krise-intern-bereinigen",
    retrieved="same address (release of the ÖVP's parliamentary club on the APA-OTS service, 3 October 2009 by its OTS number "
              "and its date line 'Wien, 03. Oktober 2009 (ÖVP-PK)'; the sender is told by the dateline code 'ÖVP-PK' and the "
              "footer code VPK0005, the contact block naming the party's press department ('ÖVP Bundespartei, Abteilung Presse "
              "und Medien, Tel.:(01) 401 26-420; Internet: http://www.oevp.at'); contact block and footer dropped (rules 3520, "
              "3990); headline and subtitle kept as lines of their own, the date line without a dash at the start of the single "
              "body paragraph as stored (rule 3520); the subtitle's published 'Hüh-Hott-Debaten', 'nützt niemand', the en "
              "dash of 'Hüh\u2013Hott' beside the hyphens of 'Hüh-Hott-Debatten' and 'Hüh-Hott-Politik' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[RA_SUB, RA_P1],
    # the headline label `Rädler:` stands before unmarked words and carries no span (rule 5); the quotation before `stellt
    # ÖVP-Integrationssprecher Johann Rädler klar` is his (rule 30), and the colon quotation after `, und weiter:` in the same
    # sentence is his (rule 9); the colon quotation after `Rädler verweist auf die völlig unterschiedlichen Aussagen der SPÖ
    # in den letzten Tagen:` is his account of what others said, the named SPÖ politicians (Rudas, Kräuter, Häupl, Tumpel,
    # Faymann) being its topic, not its speakers (rules 9, 320, 3034); the narrator's unmarked sentences after it carry no span
    # (rule 5); the quotation before `schließt der ÖVP-Integrationssprecher`, a role that names only him in the release, is
    # his (rules 8, 30); `ÖVP-Integrationssprecher` names the party and is no alias (rule 33)
    quotes=[(cut(RA_P1, "\"Die SPÖ soll", "lähmen\""), RAEDLER),
            ("\"Die derzeitige Hüh-Hott-Politik nützt niemand und hilft niemand.\"", RAEDLER),
            (cut(RA_P1, "\"Rudas war", "kein Mensch.\""), RAEDLER),
            (cut(RA_P1, "\"Kräuter ist", "werkt\""), RAEDLER)],
    aliases={RAEDLER: ["Johann Rädler", "Rädler"]})

# --- APA-OTS, SPÖ-Bundesorganisation/Pressedienst, 21 September 2010: Günther Kräuter against Kaltenegger, with a phrase of Maier ---

KR_T = "Kräuter ad Kaltenegger: \"ÖVP-Obmann Pröll soll für Mäßigung sorgen\""
KR_SUB = "SPÖ wird weiterhin die ÖVP-Verantwortung an ÖBB-Misere aufklären"
KR_P1 = join("Wien (OTS/SK) - \"ÖVP-Bundesparteiobmann Josef Pröll soll in",
             "seinen Reihen für Ordnung und ein Mindestmaß an politischer Kultur sorgen\", forderte SPÖ-Bundesgeschäftsführer "
             "Günther Kräuter angesichts der absurden Rücktrittsforderung von ÖVP-Kaltenegger gegenüber SPÖ-Justizsprecher "
             "Hannes Jarolim. Kräuter forderte am Dienstag gegenüber dem SPÖ-Pressedienst Pröll neuerlich auf, die "
             "wirtschaftspolitisch völlig verantwortungslosen und unternehmensschädigenden Angriffe der ÖVP gegen den "
             "ÖBB-Konzern abzustellen.")
KR_P2 = ("\"Immer, wenn sich die schwarze Vertuscherpartie bedroht fühlt, schlägt sie rücksichtslos auf das größte heimische "
         "Unternehmen, den ÖBB-Konzern, ein\" zeigt sich SPÖ-Bundesgeschäftsführer Günther Kräuter über das permanente "
         "ÖBB-Bashing von Lopatka, Maier und Co empört und stellt klar: \"Die SPÖ wird weiterhin die Bevölkerung über die "
         "ÖVP-Verantwortung an der ÖBB-Misere aufklären.\" So sei es wichtig daran zu erinnern, dass ÖVP-Verkehrssprecher Maier "
         "vor wenigen Tagen bei einer Pressekonferenz mit Kompagnon Lopatka die verantwortungslosen "
         "ÖBB-Spekulationsgeschäfte unter ÖVP-Mann Huber zynisch gelobt und gemeint habe, \"es hätte ja auch Erfolge bei "
         "diesen Geschäften gegeben\". Kräuter: \"Die Steuerzahler haben mit hunderten Millionen Euro für die "
         "ÖVP-Spekulationen mit Bahngeld aufkommen müssen.\"")

add(id="ho657-ots-spoe-2010-09-21-kraeuter-kaltenegger-maessigung",
    title=KR_T,
    url="https://www.ots.at/presseaussendung/OTS_20100921_OTS0059/kraeuter-ad-kaltenegger-oevp-obmann-proell-soll-fuer-maessigung-sorgen",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service, 21 September 2010 by its OTS number, "
              "a Tuesday ('am Dienstag'); the sender is told by the dateline code 'OTS/SK', the cue's 'gegenüber dem "
              "SPÖ-Pressedienst', the contact block 'SPÖ-Bundesorganisation, Pressedienst, Löwelstraße 18, 1014 Wien' and the "
              "footer code NSK0001, the last two dropped (rule 3990); the OTS marker '****' run onto the first paragraph's last "
              "full stop ('abzustellen.****') and the end mark with the editor's sign run onto the last paragraph after a space "
              "('(Schluss)sc') dropped (rules 48, 460); the single stored line break after the first line of the first "
              "paragraph ('… Josef Pröll soll in' / 'seinen Reihen …'), a wrap inside an open quotation, joined with one space "
              "(rules 1372, 3520); headline with its quotation and subtitle kept as lines of their own; the published "
              "'ÖBB-Konzern, ein\" zeigt sich' without a comma after the closing mark kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KR_SUB, KR_P1, KR_P2],
    # the headline quotation after the label `Kräuter ad Kaltenegger:` is Kräuter's, Kaltenegger the addressee of `ad`, and
    # the body's first quotation says the same at length (rules 12, 26, 54; the `VP-Tschirf ad Häupl:` case); the quotation
    # before `forderte SPÖ-Bundesgeschäftsführer Günther Kräuter` is his (rule 30); the quotation before `zeigt sich
    # SPÖ-Bundesgeschäftsführer Günther Kräuter … empört`, without a comma after its closing mark, and the colon quotation
    # after `und stellt klar:` are his (rules 8, 9, 30); the partial quotation after `dass ÖVP-Verkehrssprecher Maier … gemeint
    # habe,` is Maier's, whose words Kräuter reports (rule 3993); the colon quotation after the verbless label `Kräuter:` is
    # his (rules 9, 54); Kaltenegger, Josef Pröll, Hannes Jarolim, Lopatka, Huber and the ÖVP say nothing; `Maier` is the only
    # form of the transport spokesman's name (rule 7); the role compounds `SPÖ-Bundesgeschäftsführer`,
    # `ÖVP-Verkehrssprecher` and the label form `ÖVP-Kaltenegger` are no aliases (rule 33)
    quotes=[("\"ÖVP-Obmann Pröll soll für Mäßigung sorgen\"", KRAEUTER),
            (cut(KR_P1, "\"ÖVP-Bundesparteiobmann", "Kultur sorgen\""), KRAEUTER),
            (cut(KR_P2, "\"Immer, wenn", "ÖBB-Konzern, ein\""), KRAEUTER),
            (cut(KR_P2, "\"Die SPÖ wird", "aufklären.\""), KRAEUTER),
            ("\"es hätte ja auch Erfolge bei diesen Geschäften gegeben\"", MAIER),
            (cut(KR_P2, "\"Die Steuerzahler", "aufkommen müssen.\""), KRAEUTER)],
    aliases={KRAEUTER: ["Günther Kräuter", "Kräuter"],
             MAIER: ["Maier"]})

# --- APA-OTS, Ring Freiheitlicher Wirtschaftstreibender, 29 August 2011: Fritz Amann on the Bauernbund chairman ---

AM_T = "RfW-BO Amann: \"Drohgebärden\" von Bauernbund-Chef Grillitsch sind indiskutable Vorgangsweise"
AM_SUB = ("Wenn der Bauerbund-Chef etwas für seine Klientel vorzutragen habe, dann möge er das in angemessener Form tun, frei "
          "von \"bauerbündlerischem Mistgabel-Rasseln\".")
AM_P1 = ("Wien (OTS) - Als \"indiskutable Vorgangsweise\" bezeichnet RfW-Bundesobmann Fritz Amann die \"Drohgebärden\" von "
         "Bauernbund-Chef Grillitsch in Zusammenhang mit der Steuerdebatte. \"Abseits aller inhaltlichen Fragen, Grillitsch "
         "scheint da etwas zu verwechseln: Innerhalb der Partei ÖVP mag der Bauerbund-Chef ja den mächtigsten Bund vertreten. "
         "Das gibt ihm aber noch lange nicht das Recht, außerhalb der \"bündischen Spielwiese\" Volkspartei für nicht einmal "
         "vier Prozent der Bevölkerung die restliche 96 Prozent in \"Geiselhaft\" zu nehmen\", so Amann.")
AM_P2 = ("Im Übrigen sei die Landwirtschaft bei den bisherigen Steuererhöhungen - Stichwort Mineralölsteuer - recht gut "
         "\"weggekommen\", besser jedenfalls als Wirtschaft und Arbeitnehmer. \"Während die heimischen KMUs und Pendler unter der "
         "hohen Kostenbelastung bei Benzin und Diesel leiden, wurde den Bauern die Agrardiesel-Rückvergütung pro Liter sogar "
         "erhöht\", so Amann. Wenn der Bauerbund-Chef für seine Klientel etwas vorzutragen habe, dann möge er das in "
         "angemessener Form tun, frei von \"bauerbündlerischem Mistgabel-Rasseln\".")
AM_P3 = ("Amann erwarte sich im Übrigen auch eine klare Ansage von Wirtschaftsbund-Chef und WKÖ-Präsident Leitl. \"Leitl hat "
         "sich klar gegen solche Methoden zu stellen und damit den Unternehmern ein Signal zu senden, dass man in der "
         "Regierungspartei ÖVP vielleicht doch noch zwischen partikularen Interessen von Parteiorganisationen und dem "
         "Regierungsauftrag unterscheiden kann\", so Amann.")

add(id="ho657-ots-rfw-2011-08-29-amann-grillitsch-drohgebaerden",
    title=AM_T,
    url="https://www.ots.at/presseaussendung/OTS_20110829_OTS0149/rfw-bo-amann-drohgebaerden-von-bauernbund-chef-grillitsch-sind-indiskutable-vorgangsweise",
    retrieved="same address (release of the Ring Freiheitlicher Wirtschaftstreibender, the FPÖ's organisation of business "
              "people, on the APA-OTS service, 29 August 2011 by its OTS number; the sender is told by the headline label "
              "'RfW-BO', the contact block 'RfW - Bundesmedienreferat, Isolde Seidl, Tel.: 01 / 408 25 20 -14, seidl@rfw.at "
              "http://www.rfw.at' and the footer code RFW0001, the last two dropped (rule 3990); headline and subtitle kept as "
              "lines of their own; the single stored line break inside the first paragraph's quotation after the colon "
              "('… etwas zu verwechseln:' / 'Innerhalb der Partei ÖVP …'), in a copy that separates its paragraphs by empty "
              "lines, joined with one space (rules 1372, 3050, 3960); the published 'Bauerbund-Chef' beside 'Bauernbund-Chef', "
              "'bauerbündlerischem' and 'die restliche 96 Prozent' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[AM_SUB, AM_P1, AM_P2, AM_P3],
    # the marked `"Drohgebärden"` after the headline label `RfW-BO Amann:` and as the object of `bezeichnet RfW-Bundesobmann
    # Fritz Amann die "Drohgebärden" von Bauernbund-Chef Grillitsch` is his word for Grillitsch's conduct, and
    # `"indiskutable Vorgangsweise"` after `Als … bezeichnet` is his verdict (rules 3, 25, 54; rule 3992); the subtitle's
    # Konjunktiv sentence, which the body repeats after `so Amann`, reports him, and its marked phrase
    # `"bauerbündlerischem Mistgabel-Rasseln"` is his, in the subtitle and in the body (rules 3, 25, 107); the quotation
    # before the first `so Amann` runs from `"Abseits` to `zu nehmen"`, the ASCII pairs around `bündischen Spielwiese` and
    # `Geiselhaft` nested inside it, because his sentence goes on after each (rules 835, 2175); the marked `"weggekommen"` in
    # the Konjunktiv sentence `Im Übrigen sei die Landwirtschaft … recht gut "weggekommen"` is his (rules 3, 25; rule
    # 3992); the quotations before the second and third `so Amann` are his (rule 30); Grillitsch, Leitl, the ÖVP, the
    # Bauern, the KMUs and the Pendler say nothing; `RfW-Bundesobmann` and `RfW-BO` name the organisation and are no aliases
    # (rule 33)
    quotes=[("\"Drohgebärden\"", AMANN, 0),
            ("\"bauerbündlerischem Mistgabel-Rasseln\"", AMANN, 0),
            ("\"indiskutable Vorgangsweise\"", AMANN),
            ("\"Drohgebärden\"", AMANN, 1),
            (cut(AM_P1, "\"Abseits", "zu nehmen\""), AMANN),
            ("\"weggekommen\"", AMANN),
            (cut(AM_P2, "\"Während", "sogar erhöht\""), AMANN),
            ("\"bauerbündlerischem Mistgabel-Rasseln\"", AMANN, 1),
            (cut(AM_P3, "\"Leitl hat", "unterscheiden kann\""), AMANN)],
    aliases={AMANN: ["Fritz Amann", "Amann"]})

# --- APA-OTS, Bauernbund Österreich, 23 November 2011: Jakob Auer on the Arbeiterkammer's resolution ---

AU_T = "Jakob Auer: Landwirtschaft sichert Zukunft und treibt keine Schulden"
AU_SUB = "So mancher in den eigenen Reihen scheint blind für die bäuerliche Realität zu sein"
AU_P1 = ("Wien (OTS) - \"Dass die AK eine Resolution gegen die Schuldenbremse einbringt und damit unter Beweis stellt, dass ihr "
         "die ausgabenseitige Sanierung des Budgets kein Anliegen ist, nehme ich mit Kopfschütteln zur Kenntnis. Was mich aber "
         "aufs Äußerste verwundert, ist, dass offenbar auch in den eigenen Reihen so mancher auf einem Auge blind ist\", "
         "kommentierte Jakob Auer, der designierte Präsident des Österreichischen Bauernbundes, den heutigen Beschluss der "
         "AK-Hauptversammlung. \"Die AK negiert damit, dass die aktuelle Politik eine Verantwortlichkeit für einen gesunden "
         "Staatshaushalt zu übernehmen hat und damit für die Zukunft dieses Landes Sorge trägt\", bedauert Auer. Wer den "
         "Bauern unterstellen würde, sie seien Schuldentreiber \"hat ganz offensichtlich weder Berührungspunkte mit der "
         "Landwirtschaft, geschweige denn kennt so jemand die wirtschaftliche Realität auf den Höfen unserer Bauern\", weist "
         "Auer derartige Unterstellungen auf das Schärfste zurück.")

add(id="ho657-ots-bauernbund-2011-11-23-auer-ak-schuldenbremse",
    title=AU_T,
    url="https://www.ots.at/presseaussendung/OTS_20111123_OTS0326/jakob-auer-landwirtschaft-sichert-zukunft-und-treibt-keine-schulden",
    retrieved="same address (release of the Bauernbund Österreich, the ÖVP's farmers' organisation, on the APA-OTS service, "
              "23 November 2011 by its OTS number; the sender is told by the contact block 'Bauernbund Österreich, Mag. Andrea "
              "Salzburger, …, www.bauernbund.at' and the footer code AIM0002, both dropped (rule 3990); the end mark "
              "'(Schluss)' on a line of its own dropped (rule 48); headline and subtitle kept as lines of their own; the "
              "published 'sie seien Schuldentreiber \"hat' without a comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[AU_SUB, AU_P1],
    # the headline label `Jakob Auer:` stands before unmarked words and carries no span (rule 5); the quotation before
    # `kommentierte Jakob Auer, der designierte Präsident des Österreichischen Bauernbundes, den heutigen Beschluss` and the
    # one before `bedauert Auer` are his (rule 30); the marked second half of the sentence `Wer den Bauern unterstellen würde,
    # sie seien Schuldentreiber "hat ganz offensichtlich …"`, closed by `weist Auer derartige Unterstellungen … zurück`, is his,
    # the span starting at its mark (rule 3991); the AK, its Hauptversammlung and the eigenen Reihen say nothing; `Präsident
    # des Österreichischen Bauernbundes` names the organisation and is no alias (rule 33)
    quotes=[(cut(AU_P1, "\"Dass die AK", "blind ist\""), AUER),
            (cut(AU_P1, "\"Die AK negiert", "Sorge trägt\""), AUER),
            (cut(AU_P1, "\"hat ganz", "unserer Bauern\""), AUER)],
    aliases={AUER: ["Jakob Auer", "Auer"]})

# --- APA-OTS, NEOS, 23 June 2013: Matthias Strolz and Angelika Mlinar on Michael Spindelegger's 'Pressestunde' ---

NE_T = "NEOS zu Pressestunde: Geknebelter Spindelegger als Entfesselungskünstler?"
NE_SUB = "Strolz: \"Wer wirtschaftliche und politische Entfesselung will, muss NEOS wählen\""
NE_P1 = ("Wien (OTS) - Die heutige ORF Pressestunde mit Vizekanzler Michael Spindelegger war ein erneuter Versuch, jahrelangen "
         "politischen Stillstand durch ein Ankündigungsstakkato zu verschleiern.")
NE_P2 = ("NEOS-Spitzenkandidat Matthias Strolz kann nur schmunzeln: \"Dass ÖVP-Chef Spindelegger nach Jahren der "
         "Selbstlähmung durch Gewerkschaft, Bünde und Länder sowie der Knebelung durch einen unliebsamen Koalitionspartner nun "
         "plötzlich den Harry Houdini der österreichischen Innenpolitik gibt und sich und seine Partei selbst entfesseln will, "
         "ist lächerlich und unglaubwürdig.\"")
NE_P3 = ("Dass dabei massiv auf Kernthemen und wortgleiche Formulierungen von NEOS - das Neue Österreich zurückgegriffen wurde, "
         "macht wieder einmal klar: Politische Erneuerung kann nur von außen kommen. \"Die in der Reformstarre verharrenden "
         "Altparteien haben Angst vor frischem Wind, für den wir stehen\", so Strolz.")
NE_P4 = ("\"Lustig ist das Ganze nicht, denn viele Menschen haben Sorgen um ihren Job und kommen gerade so über die Runden. "
         "Unsere Bewegung wurzelt in der Mitte der Gesellschaft und kennt diese Ängste, daher werden wir uns massiv für mehr "
         "Netto vom Brutto einsetzen,\" versichert NEOS Spitzenkandidatin und LIF Vorsitzende Angelika Mlinar.")
NE_P5 = ("Fakt ist: Die ÖVP stellt seit Jahren Wirtschafts- und Finanzminister - und bringt dennoch nichts weiter. Halbherzige "
         "Reformen und kurzsichtige Symptombekämpfung retten keinen einzigen Arbeitsplatz in Österreich. Wahre wirtschaftliche "
         "Entfesselung kann nur von einer Partei ohne Fußfesseln kommen.")

add(id="ho657-ots-neos-2013-06-23-strolz-mlinar-spindelegger-pressestunde",
    title=NE_T,
    url="https://www.ots.at/presseaussendung/OTS_20130623_OTS0062/neos-zu-pressestunde-geknebelter-spindelegger-als-entfesselungskuenstler",
    retrieved="same address (release of NEOS on the APA-OTS service, 23 June 2013 by its OTS number, a Sunday, the day of the "
              "ORF's 'Pressestunde' ('Die heutige ORF Pressestunde'); the sender is told by the headline label 'NEOS zu "
              "Pressestunde:', the contact block 'NEOS Presseteam | neos@presse.eu, Stefan Egger | +43 664 88665030' and the "
              "footer code NEO0001, the last two dropped (rule 3990); headline and subtitle kept as lines of their own; the "
              "published 'NEOS - das Neue Österreich zurückgegriffen', 'NEOS Spitzenkandidatin und LIF Vorsitzende' without "
              "hyphens and the comma inside the closing mark ('einsetzen,\" versichert') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[NE_SUB, NE_P1, NE_P2, NE_P3, NE_P4, NE_P5],
    # the headline asks in the sender's voice without marks and carries no span (rule 5); the subtitle quotation after the
    # label `Strolz:` is his (rules 54, 107); the colon quotation after `NEOS-Spitzenkandidat Matthias Strolz kann nur
    # schmunzeln:` is his (rule 9); the quotation before `so Strolz`, after the narrator's unmarked sentence, is his (rule
    # 30); the quotation before `versichert NEOS Spitzenkandidatin und LIF Vorsitzende Angelika Mlinar` is hers (rule 30);
    # the narrator's closing paragraph `Fakt ist: …` carries no marks and no span (rule 5); Michael Spindelegger, the ÖVP,
    # the Altparteien and Harry Houdini say nothing; `NEOS-Spitzenkandidat`, `NEOS Spitzenkandidatin` and `LIF Vorsitzende`
    # name the parties and are no aliases (rule 33)
    quotes=[(cut(NE_SUB, "\"Wer wirtschaftliche", "NEOS wählen\""), STROLZ),
            (cut(NE_P2, "\"Dass ÖVP-Chef", "unglaubwürdig.\""), STROLZ),
            (cut(NE_P3, "\"Die in der", "wir stehen\""), STROLZ),
            (cut(NE_P4, "\"Lustig ist", "einsetzen,\""), MLINAR)],
    aliases={STROLZ: ["Matthias Strolz", "Strolz"],
             MLINAR: ["Angelika Mlinar"]})

# --- APA-OTS, Team Stronach Parlamentsklub, 18 November 2016: Leo Steinbichler on the seven-day week of farmers ---

ST_T = "Stronach/Steinbichler: Mehr Bundesmittel für Landwirte gefordert"
ST_SUB = "In Hotellerie, Gastronomie und Viehwirtschaft arbeitet man sieben Tage durch"
ST_P1 = ("Wien (OTS) - „Es stimmt, in der Landwirtschaft wird in einem hohen Ausmaß gearbeitet. Dennoch dürfen wir nicht "
         "Gefahr laufen, sie zu pauschalisieren und so ihr Image weiter zu schädigen. Denn es sind jene Bauern mit einer "
         "Geflügel- oder Schweinehaltung und ganz besonders jene mit Milchviehhaltung, der Formel 1 der Tierhaltung, die "
         "besonders von einer Siebentagewoche betroffen sind. Ihnen gebührt besonderer Respekt und Dank“, kommentiert Team "
         "Stronach Wirtschafts-und Agrarsprecher Leo Steinbichler den Bericht „Arbeitsorganisation und "
         "Arbeitszeitgestaltung“ der Statistik Austria. Daraus geht hervor, dass rund 570.000 Menschen in Österreich in ihrer "
         "Haupttätigkeit regelmäßig sechs bzw. sieben Tage in der Woche arbeiten. Besonders drei Branchen sind betroffen: die "
         "Hotellerie, die Gastronomie und die Landwirtschaft. „Daher sollten Landwirte auch dieselbe Förderung erhalten wie "
         "Landgasthöfe, bei denen der Bund den Zinsendienst und die Haftungskosten für Kredite übernimmt. Gerade angesichts "
         "der schwierigen Preissituation auf den Bauernhöfen mit Preisen wie vor 40 Jahren würde das unseren Bauern den "
         "finanziellen Druck nehmen“, so Steinbichler. Und weiter: „Diese Mittel haben eine 100-prozentige Wirkung auf die "
         "regionale Wirtschaft und die regionalen Arbeitsplätze!“")

add(id="ho657-ots-team-stronach-klub-2016-11-18-steinbichler-landwirte",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20161118_OTS0082/stronachsteinbichler-mehr-bundesmittel-fuer-landwirte-gefordert",
    retrieved="same address (release of the Team Stronach's parliamentary club on the APA-OTS service, 18 November 2016 by its "
              "OTS number; the sender is told by the contact block 'Team Stronach Parlamentsklub, ++43 1 401 10/8080, "
              "parlamentsklub@teamstronach.at' and the footer code TSK0001, both dropped (rule 3990); headline with the label "
              "'Stronach/Steinbichler:' and subtitle kept as lines of their own; the published 'Wirtschafts-und Agrarsprecher' "
              "without a space kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1],
    # the headline label `Stronach/Steinbichler:` stands before unmarked words and carries no span (rule 5); the quotation
    # before `kommentiert Team Stronach Wirtschafts-und Agrarsprecher Leo Steinbichler den Bericht …` is his (rule 30); the
    # report's title `„Arbeitsorganisation und Arbeitszeitgestaltung“`, the object of his cue, is null (rules 2, 24); the
    # quotation before `so Steinbichler`, after two unmarked sentences of the narrator on the report's figures, is his (rule
    # 30), and the colon quotation after the verbless `Und weiter:` is his (rule 9); the Statistik Austria, the Bund and the
    # Bauern say nothing; `Team Stronach Wirtschafts-und Agrarsprecher` names the party and is no alias (rule 33)
    quotes=[(cut(ST_P1, "„Es stimmt", "Respekt und Dank“"), STEINBICHLER),
            ("„Arbeitsorganisation und Arbeitszeitgestaltung“", None),
            (cut(ST_P1, "„Daher sollten", "Druck nehmen“"), STEINBICHLER),
            (cut(ST_P1, "„Diese Mittel", "Arbeitsplätze!“"), STEINBICHLER)],
    aliases={STEINBICHLER: ["Leo Steinbichler", "Steinbichler"]})

# --- APA-OTS, SPÖ-Bundesorganisation/Pressedienst, 1 October 2018: Heinisch-Hosek and Brunner on the Frauen*Volksbegehren ---

HH_T = "Heinisch-Hosek/Brunner: Stell dir vor es ist Frauen*Volksbegehren und alle gehen hin!"
HH_SUB = "SPÖ-Frauen rufen zur Unterstützung des Frauenvolksbegehrens auf"
HH_P1 = ("Wien (OTS/SK) - „Stell dir vor es ist Frauen*Volksbegehren und alle gehen hin!“, sagte SPÖ-Bundesfrauenvorsitzende "
         "Gabriele Heinisch-Hosek und betont: „Dann wären wir echter Gleichstellung einen Riesenschritt näher. Bis dahin "
         "allerdings, müssen wir dafür sorgen, dass möglichst viele Frauen und Männer dieses wichtige Volksbegehren "
         "unterstützen“.")
HH_P2 = ("„Wir wollen, dass es für die Frauen in Österreich bergauf geht. Die schwarz-blaue Regierung hat frauenpolitisch den "
         "Rückwärtsgang eingelegt, aber wir halten dagegen!“, sagt SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner. Deshalb "
         "rufen die SPÖ-Frauen dazu auf, vom 1. bis zum 8. Oktober das Frauen*Volksbegehren zu unterschreiben.")
HH_P3 = ("\"Gemeinsam sind wir im Kampf gegen frauenpolitische Rückschritte der schwarz-blauen Regierung stark. Denn wir alle "
         "lassen uns diese schwarzblaue Politik des Drüberfahrens über gleichstellungsorientierte Politik nicht gefallen. "
         "Sondern wir setzen uns mit allen UnterstützerInnen des Volksbegehrens für wichtige Forderungen für eine "
         "geschlechtergerechte Gesellschaft ein\", erklärten Heinisch-Hosek und Brunner.")
HH_P4 = ("„Gemeinsam sind wir stärker. Deshalb unterstützen wir das Frauen*Volksbegehren“, sagten Heinisch-Hosek und Brunner "
         "zum Schluss.")
HH_P5 = ("Service: Das Frauen*Volksbegehren kann von 1. bis 8. Oktober an jedem Gemeindeamt in ganz Österreich oder mit "
         "BürgerInnenkarte bzw. Online-Signatur bequem von zuhause aus unterzeichnet werden. Alle Forderungen des "
         "Frauen*Volksbegehrens finden Sie hier: frauenvolksbegehren.at")

add(id="ho657-ots-spoe-frauen-2018-10-01-heinisch-hosek-brunner-frauenvolksbegehren",
    title=HH_T,
    url="https://www.ots.at/presseaussendung/OTS_20181001_OTS0011/heinisch-hosekbrunner-stell-dir-vor-es-ist-frauenvolksbegehren-und-alle-gehen-hin",
    retrieved="same address (release of the SPÖ's press service for the SPÖ-Frauen on the APA-OTS service, 1 October 2018 by "
              "its OTS number, the first day of the Frauen*Volksbegehren's signing week; the sender is told by the dateline "
              "code 'OTS/SK', the contact block 'SPÖ-Bundesorganisation, Pressedienst, Löwelstraße 18, 1014 Wien' and the footer "
              "code NSK0001, the last two dropped (rule 3990); the OTS marker ' ****' after the first paragraph's last full stop "
              "dropped (rule 460); headline and subtitle kept as lines of their own; the closing 'Service:' paragraph, two "
              "sentences on where to sign, kept as the release's own text (rule 3990); the published 'Stell dir vor es ist' "
              "without a comma, 'Bis dahin allerdings, müssen wir', the full stop after the closing mark ('unterstützen“.') "
              "and the ASCII marks of the third paragraph beside the low-high marks of the others kept (rule 20); complete as "
              "stored)",
    license=APA_OTS_POLITICS,
    paras=[HH_SUB, HH_P1, HH_P2, HH_P3, HH_P4, HH_P5],
    # the headline label `Heinisch-Hosek/Brunner:` stands before unmarked words, which the body's first quotation gives in
    # marks, and carries no span (rule 5); the quotation before `sagte SPÖ-Bundesfrauenvorsitzende Gabriele Heinisch-Hosek`
    # and the colon quotation after `und betont:` are hers (rules 9, 30); the quotation before `sagt
    # SPÖ-Bundesfrauengeschäftsführerin Andrea Brunner` is Brunner's (rule 30); the joint quotations before `erklärten
    # Heinisch-Hosek und Brunner` and `sagten Heinisch-Hosek und Brunner zum Schluss` go to the first named, Heinisch-Hosek,
    # and Brunner, who has a quotation of her own, is not made her alias, nor is the joint form, which holds Brunner's name
    # (rules 27, 750); the SPÖ-Frauen and the schwarz-blaue Regierung say nothing; `SPÖ-Bundesfrauenvorsitzende` and
    # `SPÖ-Bundesfrauengeschäftsführerin` name the party and are no aliases (rule 33)
    quotes=[("„Stell dir vor es ist Frauen*Volksbegehren und alle gehen hin!“", HEINISCH_HOSEK),
            (cut(HH_P1, "„Dann wären", "unterstützen“"), HEINISCH_HOSEK),
            (cut(HH_P2, "„Wir wollen", "dagegen!“"), BRUNNER),
            (cut(HH_P3, "\"Gemeinsam sind wir im", "Gesellschaft ein\""), HEINISCH_HOSEK),
            (cut(HH_P4, "„Gemeinsam sind wir stärker", "Frauen*Volksbegehren“"), HEINISCH_HOSEK)],
    aliases={HEINISCH_HOSEK: ["Gabriele Heinisch-Hosek", "Heinisch-Hosek"],
             BRUNNER: ["Andrea Brunner", "Brunner"]})
