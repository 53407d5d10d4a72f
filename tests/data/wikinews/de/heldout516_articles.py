# Five-hundred-and-sixteenth held-out German real-news set (tests/data/heldout516-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2870-2873). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, two or more distinctive phrases
# and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-sixteenth held-out set": five releases of Austrian federal ministries
# on the APA-OTS service (ots.at), licence APA_OTS_POLITICS: three of the Foreign Ministry (Benita Ferrero-Waldner making
# her remark on a Volksbefragung more precise, September 2000; the content of her audio file on a special status in EU
# transport policy, July 2001; her answer to Pierre Moscovici's criticism, from Ljubljana, March 2004) and two of the
# Ministry of Defence (Günther Platter receiving the returning KFOR soldiers, April 2004, and on the exercise 'Schutz 04',
# April 2004). Stored copies are the `search` tool's `pages` excerpts; all five are complete in the stored copy, and the wire
# furniture (the OTS banner, end marks, contact blocks, service lines and footers) is dropped (rules 19, 48, 2680, 2870);
# each retrieval note names what was dropped. The search budget ran out after eight answered queries, so the set has five texts.
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


PLATTER = "Günther Platter"

PLATTER_ALIASES = ["Günther Platter", "Verteidigungsminister Günther Platter", "Platter", "Verteidigungsminister"]

# --- APA-OTS, Foreign Ministry, 4 September 2000: Ferrero-Waldner makes her remark on a Volksbefragung more precise ---

VB_T = "Ferrero-Waldner zur Präzisierung betreffend Volksbefragung"
VB_P1 = ("Wien (OTS) - Zur Präzisierung ihrer verkürzten Äußerung im ORF-Mittagsjournal stellt Außenministerin Benita "
         "Ferrero-Waldner fest, daß \"nach Erscheinen des Weisenberichts und einer Reaktion der EU-14 darauf, die "
         "Bundesregierung sicherlich über die Notwendigkeit der Abhaltung einer Volksbefragung beraten wird\". Für "
         "Ferrero-Waldner ist dabei \"entscheidend, welchen Nutzen die Volksbefragung für Österreich im Lichte der Reaktion "
         "der EU-14 bringen kann. Dies könne man nach Ansicht er Außenministerin erst nach Bekanntwerden der Reaktion der "
         "EU-14 auf den Weisenbericht beurteilen\".")

add(id="ho516-ots-bmaa-2000-09-04-ferrero-waldner-praezisierung-volksbefragung",
    title=VB_T,
    url="https://www.ots.at/presseaussendung/OTS_20000904_OTS0167/ferrero-waldner-zur-praezisierung-betreffend-volksbefragung",
    retrieved="same address (release of the Federal Ministry for Foreign Affairs on the APA-OTS service, 4 September 2000 by "
              "its OTS number; the headline kept as the title; the dateline 'Wien (OTS) -' kept at the start of the only "
              "paragraph; the banner '*** OTS-ORIGINALTEXT UNTER AUSSCHLIESSLICHER INHALTLICHER / VERANTWORTUNG DES "
              "AUSSENDERS ***', the contact block 'Rückfragen & Kontakt: Bundesministerium für auswärtige Angelegenheiten "
              "Mag. Johannes Peterlik, Pressesprecher der Bundesministerin …', the service line and the footer with the "
              "sender code 'MAA/OTS' dropped (rules 48, 2680, 2870); the published 'daß', 'darauf, die Bundesregierung' and "
              "'nach Ansicht er Außenministerin' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[VB_P1],
    # `stellt Außenministerin Benita Ferrero-Waldner fest, daß "…"` is hers (rule 3); `Für Ferrero-Waldner ist dabei "…"`
    # gives her view in her wording (rule 2605), and its span runs to the published closing mark, over the Konjunktiv
    # sentence that names her in the third person (rule 2872); the ORF-Mittagsjournal is the medium, without marks
    quotes=[(cut(VB_P1, "\"nach Erscheinen", "beraten wird\""), "Benita Ferrero-Waldner"),
            (cut(VB_P1, "\"entscheidend", "beurteilen\""), "Benita Ferrero-Waldner")],
    aliases={"Benita Ferrero-Waldner": ["Benita Ferrero-Waldner", "Außenministerin Benita Ferrero-Waldner", "Ferrero-Waldner",
                                        "Außenministerin"]})

# --- APA-OTS, Foreign Ministry, 11 July 2001: an audio file of Ferrero-Waldner on a special status in EU transport policy ---

AF_T = "Ferrero-Waldner für Sonderstatus Österreichs in der EU bei Verkehrsfrage"
AF_P1 = ("(Wien-OTS) Ab sofort finden Sie einen neuen AUDIO-FILE von Außenministerin Benita FERRERO-WALDNER unter der "
         "Internet Adresse des Außenministeriums: http://www.bmaa.gv.at/presseservice/fotoservice/")
AF_P2 = ("Inhalt: Außenministerin Ferrero-Waldner zeigt sich davon überzeugt, daß Österreich im Zusammenhang mit den "
         "ökologisch sensiblen Zonen bei Verkehrsfragen innerhalb der Europäischen Union einen Sonderstatus haben wird, so "
         "wie andere Zonen auch. Die Außenministerin sieht in der Nachfolgeregung zum Transitvertrag \"zum ersten Mal die "
         "Chance\", zu einer gesamteuropäischen Lösung der Verkehrsproblematik zu kommen. \"Das ist für Österreich eine ganz "
         "wichtige Thematik, die müssen wir gewinnen und wir werden sie gewinnen\", so Ferrero-Waldner.")

add(id="ho516-ots-bmaa-2001-07-11-ferrero-waldner-audio-verkehr",
    title=AF_T,
    url="https://www.ots.at/presseaussendung/OTS_20010711_OTS0007/ferrero-waldner-fuer-sonderstatus-oesterreichs-in-der-eu-bei-verkehrsfrage",
    retrieved="same address (release of the Federal Ministry for Foreign Affairs on the APA-OTS service, 11 July 2001 by its "
              "OTS number; the headline kept as the title; the bracketed dateline '(Wien-OTS)' kept at the start of the first "
              "paragraph, the notice of the audio file with its web address kept as that paragraph and the label 'Inhalt:' "
              "kept at the start of the second (rule 2870); the end mark '(Schluß)' between 'so Ferrero-Waldner' and the "
              "final full stop dropped (rules 48, 2680, 2870); the contact block 'Rückfragen & Kontakt: J.Peterlik, "
              "Pressesprecher der Außenministerin … BM für auswärtige Angelegenheiten', the service line and the footer with "
              "the sender code 'MAA/WIEN-OTS' dropped (rules 48, 2870); the published 'AUDIO-FILE', 'FERRERO-WALDNER', "
              "'Internet Adresse', 'daß' and 'Nachfolgeregung' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[AF_P1, AF_P2],
    # the `Inhalt:` paragraph summarises her recorded statement: `Die Außenministerin sieht … "…"` is her view in her words
    # (rules 2604, 2871) and `"…", so Ferrero-Waldner` closes her full quotation (rule 30); the name in capitals in the
    # notice gives way to the normal spelling as canonical name, the capitals forms being aliases (rules 1162, 1201)
    quotes=[("\"zum ersten Mal die Chance\"", "Ferrero-Waldner"),
            (cut(AF_P2, "\"Das ist", "gewinnen\""), "Ferrero-Waldner")],
    aliases={"Ferrero-Waldner": ["Ferrero-Waldner", "Außenministerin Ferrero-Waldner", "Benita FERRERO-WALDNER",
                                 "Außenministerin Benita FERRERO-WALDNER", "Außenministerin"]})

# --- APA-OTS, Foreign Ministry, 17 March 2004: Ferrero-Waldner in Ljubljana answers Pierre Moscovici's criticism ---

MO_T = ("Ferrero-Waldner zur Kritik Pierre Moscovicis: \"Ich hätte gehofft, dass Herr Moscovici aus der völlig verfehlten "
        "Sanktionspolitik eine Lektion gelernt hat\"")
MO_P1 = ("Laibach (OTS) - Am Rande ihres bilateralen Slowenien-Besuches nahm Außenministerin Ferrero-Waldner auch zu der am "
         "gestrigen Tag vom Europasprecher der französischen Sozialisten Pierre Moscovici geäußerten Kritik Stellung: \"Die "
         "SPÖ ist offenbar zur Einsicht gelangt, dass eine Ausgrenzungspolitik kein erfolgversprechendes und "
         "zukunftsweisendes Rezept ist. Österreich hat weder bei der Regierungsbildung im Jahr 2000 einen Ratschlag von außen "
         "gebraucht, noch braucht es einen derartigen Ratschlag von außen im Jahr 2004. Ich hätte gehofft, dass Herr "
         "Moscovici aus der völlig verfehlten Sanktionspolitik im Jahr 2000 seine Lektion gelernt hat\", schloss die "
         "Außenministerin.")

add(id="ho516-ots-bmaa-2004-03-17-ferrero-waldner-kritik-moscovici",
    title=MO_T,
    url="https://www.ots.at/presseaussendung/OTS_20040317_OTS0209/ferrero-waldner-zur-kritik-pierre-moscovicis-ich-haette-gehofft-dass-herr-moscovici-aus-der-voellig-verfehlten-sanktionspolitik-eine-lektion-gelernt-hat",
    retrieved="same address (release of the Foreign Ministry on the APA-OTS service, 17 March 2004 by its OTS number, sent "
              "from the minister's visit to Slovenia; the headline kept as the title; the dateline 'Laibach (OTS) -' kept at "
              "the start of the only paragraph (rule 2870); the contact block 'Rückfragen & Kontakt: Außenministerium "
              "Presseabteilung … abti3@bmaa.gv.at …', the service line and the footer with the sender code 'MAA0002' dropped "
              "(rules 48, 2680, 2870); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[MO_P1],
    # the headline label `Ferrero-Waldner zur Kritik Pierre Moscovicis: "…"` condenses her body quotation and is hers, not
    # the critic's whom the genitive and the quotation name (rule 2873); the colon quotation after `nahm Außenministerin
    # Ferrero-Waldner … zu der … von … Pierre Moscovici geäußerten Kritik Stellung:` and before `schloss die
    # Außenministerin` is hers (rules 9, 30, 2873); Moscovici and the SPÖ say nothing in marks
    quotes=[("\"Ich hätte gehofft, dass Herr Moscovici aus der völlig verfehlten Sanktionspolitik eine Lektion gelernt "
             "hat\"", "Ferrero-Waldner"),
            (cut(MO_P1, "\"Die SPÖ", "gelernt hat\""), "Ferrero-Waldner")],
    aliases={"Ferrero-Waldner": ["Ferrero-Waldner", "Außenministerin Ferrero-Waldner", "Außenministerin"]})

# --- APA-OTS, BMLV, 2 April 2004: Platter receives the first part of the KFOR contingent AUCON 9 at Schwechat ---

KF_T = "Platter: Schwieriger Einsatz erfolgreich abgeschlossen"
KF_SUB = "Verteidigungsminister empfing Kosovo-Soldaten"
KF_P1 = ("Wien (OTS) - \"Das größte Kapital des Bundesheeres sind seine Soldaten\", sagte heute, Freitag, "
         "Verteidigungsminister Günther Platter beim Empfang von 194 österreichischen Kfor-Soldaten am Flughafen "
         "Wien-Schwechat. Der erste Teil des Österreichischen KFOR-Kontingents AUCON 9 ist heute nach dem sechsmonatigen "
         "Friedenseinsatz zurückgekehrt. Platter bedankte sich für den mutigen und professionellen Einsatz: \"Aufgrund der "
         "Eskalation vor zwei Wochen handelte es sich um einen der schwierigsten Einsätze für österreichische Soldaten\", so "
         "Platter, \"Ich bin stolz auf euch und froh, dass ihr alle gesund und unverletzt in die Heimat zurückgekommen "
         "seid.\"")
KF_P2 = ("\"Eure Arbeit schafft Sicherheit für ganz Europa\", sagte Platter zu seinen Soldaten, \"und ihr habt bewiesen, dass "
         "ihr in unruhigen Zeiten eure Aufgaben hervorragend erfüllt.\"")
KF_P3 = ("Als sich die Situation im Gebiet zuspitzte, hat Platter innerhalb weniger Tage weitere 90 Soldaten in den Kosovo "
         "versetzt. \"Es ging mir darum, die österreichischen Truppen im Kosovo zu entlasten,\" so Platter. Der "
         "Verteidigungsminister hob die Wichtigkeit der starken Präsenz Österreichs in Südosteuropa hervor: \"Österreich ist "
         "nur sicher, wenn sein Umfeld sicher ist.\" Aus diesem Grund wird das österreichische Kosovo-Kontingent im "
         "Frühsommer diesen Jahres von 500 auf 600 Soldaten aufgestockt, zusätzlich entsendet Platter im Sommer bis zu 150 "
         "Soldaten nach Bosnien.")

add(id="ho516-ots-bmlv-2004-04-02-platter-kfor-empfang",
    title=KF_T,
    url="https://www.ots.at/presseaussendung/OTS_20040402_OTS0227/platter-schwieriger-einsatz-erfolgreich-abgeschlossen",
    retrieved="same address (release of the Federal Ministry of Defence on the APA-OTS service, 2 April 2004 by its OTS "
              "number; headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at the "
              "start of the first paragraph; the contact block 'Rückfragen & Kontakt: Mag. Lisa Berger, Bundesministerium für "
              "Landesverteidigung, Pressesprecherin des Verteidigungsministers …', the service line and the footer with the "
              "sender code 'NLA0001' dropped (rules 48, 2680, 2870); the published 'so Platter, \"Ich bin', 'entlasten,\"', "
              "'des Österreichischen KFOR-Kontingents' and 'diesen Jahres' kept (rule 20); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[KF_SUB, KF_P1, KF_P2, KF_P3],
    # `"…", sagte heute, Freitag, Verteidigungsminister Günther Platter` (rule 44); the colon quotation after `Platter
    # bedankte sich …:` is split by `so Platter,` and goes on with a capital `Ich` after the comma: two spans, both his (rule
    # 9, quotation split by its cue); so too `"…", sagte Platter zu seinen Soldaten, "und …"`, the soldiers being the
    # addressees (rule 12); `"…," so Platter` with the comma inside the mark (rules 20, 30); the colon quotation after `Der
    # Verteidigungsminister hob … hervor:` is his (rules 9, 44)
    quotes=[(cut(KF_P1, "\"Das größte", "Soldaten\""), PLATTER),
            (cut(KF_P1, "\"Aufgrund", "Soldaten\""), PLATTER),
            (cut(KF_P1, "\"Ich bin", "seid.\""), PLATTER),
            (cut(KF_P2, "\"Eure Arbeit", "Europa\""), PLATTER),
            (cut(KF_P2, "\"und ihr", "erfüllt.\""), PLATTER),
            (cut(KF_P3, "\"Es ging", "entlasten,\""), PLATTER),
            (cut(KF_P3, "\"Österreich ist", "ist.\""), PLATTER)],
    aliases={PLATTER: PLATTER_ALIASES})

# --- APA-OTS, BMLV, 13 April 2004: Platter on the start of the exercise 'Schutz 04' with the interior ministry ---

SU_T = "Platter zu Schutz 04: Sicherheit der Bürger ist gesamtstaatliche Aufgabe"
SU_SUB = "Einsatzkräfte trainieren Zusammenarbeit"
SU_P1 = ("Wien (OTS) - \"Die Großübung Schutz 04 ist unverzichtbar für Österreichs Sicherheit\", sagte heute, Dienstag, "
         "Verteidigungsminister Günther Platter. Das österreichische Bundesheer übe dabei für den Ernstfall \"in der "
         "Hoffnung, dass er niemals eintritt\", so der Verteidigungsminister. \"Werden Assistenzleistungen des Bundesheeres "
         "angefordert, so müssen die Soldaten sofort einsetzbar sein\", betonte Platter. \"Die Zusammenarbeit zwischen den "
         "Einsatzkräften muss dabei reibungslos funktionieren.\"")
SU_P2 = ("\"Ich wünsche allen Beteiligten einen unfallfreien Verlauf der Übung\", sagte Platter. Am kommenden Freitag werde "
         "er sich persönlich vor Ort ein Bild vom Übungsverlauf machen. Schließlich sei die Abwehr von terroristischen "
         "Bedrohungen \"wichtiger Bestandteil unserer Assistenzeinsätze\".")
SU_P3 = ("\"Schutz 04\" wird von heute bis 23. April in der Steiermark und in Kärnten abgehalten. Angenommen wird, dass das "
         "Bundesministerium für Inneres das Bundesheer für die Terrorbekämpfung um Assistenzleistungen ersucht. Die Abwehr von "
         "terroristischen Bedrohungen sei grundsätzlich Aufgabe des Innenministeriums, betonte Platter. \"Aber die Sicherheit "
         "der Bürger ist ein gesamtstaatliches Anliegen, deshalb kann das Bundesheer auf Ersuchen des Innenministers "
         "Assistenz leisten.\"")
SU_P4 = ("Die Übung sei schon lange vor den Anschlägen von Madrid geplant worden. \"Einzelne Punkte wurden aber in die Übung "
         "eingebaut\", sagte Platter. Neben der Terrorabwehr wird in der zweiten Übungswoche die territoriale "
         "Landesverteidigung geübt.")

add(id="ho516-ots-bmlv-2004-04-13-platter-schutz-04",
    title=SU_T,
    url="https://www.ots.at/presseaussendung/OTS_20040413_OTS0101/platter-zu-schutz-04-sicherheit-der-buerger-ist-gesamtstaatliche-aufgabe",
    retrieved="same address (release of the Federal Ministry of Defence on the APA-OTS service, 13 April 2004 by its OTS "
              "number; headline and subtitle kept as lines of their own as stored; the dateline 'Wien (OTS) -' kept at the "
              "start of the first paragraph; the contact block 'Rückfragen & Kontakt: Mag. Lisa Berger, Bundesministerium für "
              "Landesverteidigung, Pressesprecherin des Verteidigungsministers …', the service line and the footer with the "
              "sender code 'NLA0002' dropped (rules 48, 2680, 2870); complete in the stored copy)",
    license=APA_OTS_POLITICS,
    paras=[SU_SUB, SU_P1, SU_P2, SU_P3, SU_P4],
    # `sagte heute, Dienstag, Verteidigungsminister Günther Platter`, `so der Verteidigungsminister`, `betonte Platter` and
    # `sagte Platter` close his quotations (rules 30, 44); the phrase in marks in the Konjunktiv sentence before `so der
    # Verteidigungsminister` is his (rule 3); the cue-less quotations after `betonte Platter.` (twice: after his quotation
    # and after his unmarked Konjunktiv report) continue him (NOTES.md continuation), and so does the marked phrase with
    # `unserer` in the Konjunktiv report after `sagte Platter` (rules 3, 25); the exercise's name in marks at the start of
    # the third paragraph is null (rule 24), the same name without marks in the headline and in his first quotation has no
    # span of its own (rule 5); the unnamed `Innenminister` says nothing
    quotes=[(cut(SU_P1, "\"Die Großübung", "Sicherheit\""), PLATTER),
            (cut(SU_P1, "\"in der", "eintritt\""), PLATTER),
            (cut(SU_P1, "\"Werden", "sein\""), PLATTER),
            (cut(SU_P1, "\"Die Zusammenarbeit", "funktionieren.\""), PLATTER),
            (cut(SU_P2, "\"Ich wünsche", "Übung\""), PLATTER),
            ("\"wichtiger Bestandteil unserer Assistenzeinsätze\"", PLATTER),
            ("\"Schutz 04\"", None),
            (cut(SU_P3, "\"Aber die", "leisten.\""), PLATTER),
            (cut(SU_P4, "\"Einzelne", "eingebaut\""), PLATTER)],
    aliases={PLATTER: PLATTER_ALIASES})
