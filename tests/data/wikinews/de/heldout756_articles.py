# Seven-hundred-and-fifty-sixth held-out German real-news set (tests/data/heldout756-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 4750-4756). None of these pages
# is in any tests/data/*.jsonl or in another helper's worktree (checked by address, address slug or number, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data, including the worktrees present of the parallel sets
# heldout751 to heldout758). The annotation was finished and committed before whosaid was run on any of these texts; no
# extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Seven-hundred-and-fifty-sixth held-out set": nine press releases of German associations,
# unions, an environmental group, charities and a banking association: three sent over ots by news aktuell and reposted with
# the ots dateline (the VdB Bundesbankgewerkschaft's protest against branch closures, October 2009, and the NABU and LBV's
# first public vote on the "Vogel des Jahres", October 2020, both on bankkaufmann.com; the NABU and LBV's vote of September
# 2022 on finanznachrichten.de); two on the senders' own sites (the Caritas im Bistum Mainz's thanks to the departing Caritas
# president, 2021; the DGB Hamburg on the DAG's return, December 2000); two reproduced on member organisations' sites (the
# DRK's release on Gerda Hasselfeldt's election, December 2017, on the DRK-Altenhilfe Halle's site; the DSGV's donation to the
# DRK, 2013, on a BRK Kreisverband's site); one on lifepr.de (the NABU Hamburg, about 2017); and one as reproduced by
# Schattenblick (ver.di, November 2011). Stored copies are the `search` tool's `pages` excerpts; only complete paragraphs are
# kept (rules 15, 17), the portal and site furniture is dropped (rules 660, 2691, 4540, 4750), and each retrieval note names
# what was dropped. The search budget of the session allowed 60 queries; 59 were used (SOURCES.md).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import (LIFEPR_VERBAENDE, OTS_VERBAENDE_DE_REPOST, OTS_VERBAENDE_DE_REPOST_PORTAL,  # noqa: E402
                      VERBAENDE_DE_REPOST_SCHATTENBLICK, VERBAENDE_DE_SITE)

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


BAUER = "Harald Bauer"
MILLER = "Leif Miller"
FREISBERG = "Regina Freisberg"
ADICK = "Nicola Adick"
HASSELFELDT = "Gerda Hasselfeldt"
MAIZIERE = "Thomas de Maizière"
GOOSSENS = "Ludger Gooßens"
SEITERS = "Rudolf Seiters"
PUMM = "Erhard Pumm"
PORSCHKE = "Alexander Porschke"
MENSCH = "Beate Mensch"

# --- bankkaufmann.com (ots repost), 13 October 2009: VdB Bundesbankgewerkschaft, protest for the Bundesbank's branches ---

BB_T = "Bundesbankmitarbeiter protestieren für Erhalt der Filialen"
BB_P1 = ("Frankfurt a. M. (ots) - Rund 1.500 Mitarbeiter der Deutschen Bundesbank haben am heutigen Dienstag vor der Zentrale "
         "in Frankfurt für den Erhalt aller Filialstandorte protestiert. Zu der Aktion unter dem Motto \"Hände weg von den "
         "Filialen!\" hatten VdB Bundesbankgewerkschaft und ver.di aufgerufen. Die Teilnehmer brachten mit zahlreichen "
         "Transparenten ihren Ärger und Unverständnis über die Absichten des Vorstandes der Deutschen Bundesbank, 14 Standorte "
         "bis Ende 2012 zu schließen, zum Ausdruck. Harald Bauer, Bundesvorsitzender der VdB Bundesbankgewerkschaft rief die "
         "Vorstandsmitglieder zum Umdenken auf. Er kritisierte insbesondere den Umgang mit den Mitarbeiterinnen und "
         "Mitarbeitern in den Filialen. \"Wir brauchen keine bedenkenlosen Sanierer - wir brauchen Vorstandsmitglieder, die "
         "ihre Mitarbeiter schätzen und achten\", rief er unter dem tosenden Beifall der Demonstranten in Richtung Vorstand.")
BB_P2 = ("Nachdem auch betroffene Kolleginnen und Kollegen zu Wort kamen, rief der stellvertretende Bundesvorsitzende der VdB "
         "Bundesbankgewerkschaft, Matthias Herrmann, selbst Geldbearbeiter in der von der Schließung bedrohten Filiale "
         "Dortmund, den Vorstand dazu auf, seine Positionierung zurückzunehmen. Er erinnerte auch an die schwerbehinderten "
         "Kolleginnen und Kollegen, die von den beabsichtigten Schließungen noch härter getroffen werden, als die übrigen "
         "Beschäftigten.")

add(id="ho756-bankkaufmann-ots-vdb-2009-10-13-bauer-bundesbank-filialen",
    title=BB_T,
    url="https://bankkaufmann.com/a-230514-Bundesbankmitarbeiter-protestieren-fr-Erhalt-der-Filialen.html",
    retrieved="same address (release sent over ots by news aktuell on 13 October 2009, 'am heutigen Dienstag', as reposted "
              "by the banking portal bankkaufmann.com with the ots dateline 'Frankfurt a. M. (ots) -'); the portal's date "
              "line 'Geschrieben am 13-10-2009 |' dropped (rule 660); the headline is the title; the third paragraph ('Die "
              "Gewerkschaften machten erneut deutlich, … die Bargeldversorgung im Krisenfall nicht mehr gewährlei'), cut off "
              "at the stored copy's limit, dropped (rule 15); the sender is inferred from the release's own voice: the "
              "union's chairman and deputy chairman are reported at length and the dropped paragraph speaks of 'die "
              "Argumentation der VdB Bundesbankgewerkschaft, die bereits im Vorfeld darauf hingewiesen hat' (rule 4750); "
              "'Bundesbankgewerkschaft rief' without a comma after the apposition kept (rule 20)",
    license=OTS_VERBAENDE_DE_REPOST_PORTAL,
    paras=[BB_P1, BB_P2],
    # the protest's motto `"Hände weg von den Filialen!"` after `unter dem Motto` is null (rules 24, 4751); the quotation
    # before `rief er unter dem tosenden Beifall` is Bauer's, `er` resolving to Harald Bauer of the sentences before it
    # (rule 30; NOTES.md pronouns); Matthias Herrmann is reported without marks (rule 5); the Vorstand, the Demonstranten and
    # the Kolleginnen und Kollegen say nothing in marks; `Bundesvorsitzender der VdB Bundesbankgewerkschaft` carries the
    # union's name and is not listed (rule 33)
    quotes=[("\"Hände weg von den Filialen!\"", None),
            (cut(BB_P1, "\"Wir brauchen", "achten\""), BAUER)],
    aliases={BAUER: ["Harald Bauer"]})

# --- bankkaufmann.com (ots repost), 9 October 2020: NABU and LBV, the first public vote on the "Vogel des Jahres" ---

VW_T = ("Deutschland wählt den Vogel des Jahres 2021 / Zum 50. Jubiläum der Aktion: NABU und LBV rufen zur ersten "
        "öffentlichen Wahl des \"Vogel des Jahres\" auf")
VW_P1 = ("Berlin (ots) - Der Naturschutzbund Deutschland (NABU) und der Landesbund für Vogelschutz in Bayern (LBV) rufen "
         "erstmals die Bevölkerung in Deutschland dazu auf, den \"Vogel des Jahres 2021\" selbst zu wählen. Ab sofort kann "
         "jeder und jede unter http://www.vogeldesjahres.de seinen Lieblingsvogel nominieren. Die erste öffentliche Wahl zum "
         "50. Jubiläum der Aktion \"Vogel des Jahres\" verläuft in zwei Phasen. Bis zum 15. Dezember werden aus insgesamt 307 "
         "Vogelarten die Top-Ten-Kandidaten ermittelt. Hierbei stehen alle in Deutschland brütenden sowie die wichtigsten "
         "Gastvogelarten des Landes zur Auswahl. Die zehn von der Bevölkerung meist nominierten Vogelarten gehen dann ab dem "
         "18. Januar ins finale Rennen um den Titel. Am 19. März 2021 verkünden NABU und LBV den ersten öffentlich gewählten "
         "Vogel des Jahres.")
VW_P2 = ("Leif Miller, NABU-Bundesgeschäftsführer: \"Die Bürgerinnen und Bürger können erstmals die Wahl zum Vogel des Jahres "
         "selbst in die Hand nehmen. Ob Rotkehlchen, Weißstorch oder Eisvogel - viele Menschen in Deutschland haben einen "
         "Lieblingsvogel oder möchten etwas für den Schutz einer bestimmten Art tun. Wir rufen alle dazu auf, sich an dieser "
         "Wahl zu beteiligen, denn unsere bedrohte Vogelwelt braucht dringend mehr Aufmerksamkeit.\"")

add(id="ho756-bankkaufmann-ots-nabu-lbv-2020-10-09-miller-vogelwahl-2021",
    title=VW_T,
    url="https://www.bankkaufmann.com/meldung-751666.html",
    retrieved="same address (joint release of the NABU and the LBV sent over ots by news aktuell with an embargo to 9 October "
              "2020, as reposted by bankkaufmann.com with the ots dateline 'Berlin (ots) -'); the portal's lines "
              "'(Registrieren)' and 'Geschrieben am 09-10-2020' and the embargo line 'Sperrfrist: 09.10.2020 00:00 Bitte "
              "beachten Sie, dass diese Meldung erst nach Ablauf der Sperrfrist zur Veröffentlichung freigegeben ist.' "
              "dropped (rules 660, 4750); the headline is the title; the third paragraph, the LBV chairman's label quotation "
              "('Dr. Norbert Schäffer, LBV-Vorsitzender: \"Der Vogel des Jahres ist seit einem halben Jahrhundert … Hierfür "
              "brauch'), cut off at the stored copy's limit, dropped with its unclosed quotation (rules 15, 290); the senders "
              "are the two associations named in the first sentence, the dateline Berlin the NABU's seat (rule 4750); 'Ob "
              "Rotkehlchen, Weißstorch oder Eisvogel - viele' kept (rule 20)",
    license=OTS_VERBAENDE_DE_REPOST_PORTAL,
    paras=[VW_P1, VW_P2],
    # the campaign's name `"Vogel des Jahres"` in the headline and in the first paragraph (located by occurrence index) and the
    # title `"Vogel des Jahres 2021"` are null (rules 2, 4751); the quotation after the label `Leif Miller,
    # NABU-Bundesgeschäftsführer:` is his (rules 9, 54, 4752); Norbert Schäffer's paragraph is dropped (see the retrieval note);
    # the Bevölkerung says nothing; `NABU-Bundesgeschäftsführer` carries the body's name and is not listed (rule 33)
    quotes=[("\"Vogel des Jahres\"", None, 0),
            ("\"Vogel des Jahres 2021\"", None),
            ("\"Vogel des Jahres\"", None, 1),
            (cut(VW_P2, "\"Die Bürgerinnen", "Aufmerksamkeit.\""), MILLER)],
    aliases={MILLER: ["Leif Miller"]})

# --- finanznachrichten.de (ots repost), September 2022: NABU and LBV, the vote on the "Vogel des Jahres 2023" ---

VJ_P1 = ("Berlin (ots) -Ab 2. September lassen der NABU und sein bayerischer Partner, der LBV (Landesbund für Vogelschutz), "
         "den Vogel des Jahres wieder öffentlich wählen. Jeder und jede kann unter www.vogeldesjahres.de mitbestimmen, wer "
         "Jahresvogel 2023 wird.")
VJ_P2 = ("\"Im vergangenen Jahr haben mehr als 143.000 Menschen bei unserer Wahl mitgemacht und den Wiedehopf zum Vogel des "
         "Jahres 2022 gekürt\", sagt NABU-Bundesgeschäftsführer Leif Miller, \"Wir freuen uns sehr, dass das Interesse an "
         "Naturschutz und der heimischen Vogelwelt so groß ist. Jetzt können wieder alle mitentscheiden, wer die Krone der "
         "Vogelwelt 2023 tragen soll.\"")
VJ_P3 = ("In Deutschland leben mehr als 300 Vogelarten. Die Vogelkundler des NABU haben wieder fünf Arten ausgesucht, unter "
         "denen abgestimmt werden kann. Für den Jahresvogel 2023 ins Rennen gehen: Braunkehlchen, Feldsperling, Neuntöter, "
         "Teichhuhn und Trauerschnäpper. Miller: \"Jeder der fünf Vögel steht für ein Naturschutzthema, das dringend mehr "
         "Aufmerksamkeit braucht. Klimakrise, Insektenschwund, intensive Landwirtschaft und Verlust von naturnahem Grün "
         "bedrohen die Bestände unserer Vogelarten.\"")
VJ_P4 = ("Zum Beispiel der Trauerschnäpper: Anders als sein Name vermuten lässt, ist er ein fröhlicher Luftakrobat. Er fängt "
         "sein Insekten-Futter im Flug. Doch Insekten gibt es immer weniger. Außerdem hat er ein Zeitproblem: Weil der "
         "Frühling durch die Klimakrise immer früher beginnt, geht der Trauerschnäpper oft leer aus bei der Suche nach "
         "Bruthöhlen. Wenn er aus seinem Winterquartier südlich der Sahara zurück ist, sind viele Baumhöhlen und Nistkästen "
         "schon besetzt. Sein Slogan: \"Schnappt zu für mehr Klimaschutz!\"")

add(id="ho756-finanznachrichten-ots-nabu-lbv-2022-09-miller-vogelwahl-2023",
    url="https://www.finanznachrichten.de/nachrichten-2022-09/56964181-nabu-und-lbv-rufen-wieder-zur-vogelwahl-auf-"
        "braunkehlchen-feldsperling-neuntoeter-teichhuhn-oder-trauerschnaepper-wer-wird-vogel-des-jahres-2023-007.htm",
    retrieved="same address (release of the NABU with the LBV sent over ots by news aktuell at the start of the vote on 2 "
              "September 2022, 'Ab 2. September', as reposted by finanznachrichten.de with the ots dateline 'Berlin (ots) "
              "-'); the crawl-date prefix ' date 2022-09' dropped (rule 4540); the copy shows no headline (the address slug "
              "gives it), so the document has no title (rule 4750); the copy runs its paragraphs together without a space "
              "('… wer Jahresvogel 2023 wird.\"Im vergangenen Jahr', '… tragen soll.\"In Deutschland', '… unserer Vogelarten."
              "\"Zum Beispiel', '… Klimaschutz!\"Der Volksmund') while every sentence inside a paragraph is followed by a "
              "space, so the breaks are restored at those joins, no character added (rule 2691); the fifth paragraph ('Der "
              "Volksmund hat dem Neuntöter das Image eines Serienkillers verpasst. … Leider'), cut off at the stored copy's "
              "limit, dropped (rule 15); '(ots) -Ab' without a space and '\"Wir freuen' capitalised after the comma of the "
              "cue kept (rule 20); the sender is the NABU, named first with its partner and whose Bundesgeschäftsführer alone "
              "is quoted (rule 4750)",
    license=OTS_VERBAENDE_DE_REPOST,
    paras=[VJ_P1, VJ_P2, VJ_P3, VJ_P4],
    # the quotation before `sagt NABU-Bundesgeschäftsführer Leif Miller,` and the one after the comma of that cue, opened
    # with a capital, are two spans of Miller's (rules 30, 4753); the quotation after the surname label `Miller:` is his
    # (rules 9, 54, 4752); the candidate bird's campaign slogan after `Sein Slogan:`, `"Schnappt zu für mehr Klimaschutz!"`,
    # is null: the colon introduces the slogan the campaign gives the bird, not a speaker (rule 4751); the Vogelkundler des
    # NABU and the 143.000 Menschen say nothing; `NABU-Bundesgeschäftsführer` carries the body's name and is not listed
    # (rule 33)
    quotes=[(cut(VJ_P2, "\"Im vergangenen", "gekürt\""), MILLER),
            (cut(VJ_P2, "\"Wir freuen", "tragen soll.\""), MILLER),
            (cut(VJ_P3, "\"Jeder der", "Vogelarten.\""), MILLER),
            ("\"Schnappt zu für mehr Klimaschutz!\"", None)],
    aliases={MILLER: ["Leif Miller", "Miller"]})

# --- caritas-bistum-mainz.de, autumn 2021: the Caritas im Bistum Mainz thanks the departing Caritas president Peter Neher ---

CM_P1 = ("Mainz. Mit der Verabschiedung von Peter Neher als Caritas-Präsident geht heute eine Ära zu Ende. An der Spitze des "
         "Deutschen Caritasverbande habe Prälat Neher 18 Jahre lang Politik, Kirche und Gesellschaft geprägt und auch im "
         "Bistum Mainz Spuren hinterlassen, so die Diözesancaritasdirektorinnen Nicola Adick und Regina Freisberg. \"Immer "
         "wieder hat er öffentlichkeitswirksam soziale Probleme wie Kinderarmut angeprangert und sich für Menschlichkeit und "
         "Toleranz eingesetzt, etwa im Rahmen einer humanen europäischen Flüchtlingspolitik. Zuletzt hat er den Verband durch "
         "die Pandemie geführt und wichtige Impulse für mehr Klimagerechtigkeit gegeben\", so Freisberg.")
CM_P2 = ("\"Für die jahrelange vertrauensvolle Zusammenarbeit danken wir\", so Diözesancaritasdirektorin Nicola Adick. Immer "
         "wieder sei Neher in Deutschland unterwegs gewesen, am Puls dessen, was die Caritas vor Ort und in den Diözesen "
         "gerade bewegt habe. Neher informierte sich beispielsweise bei einem Fachtag über das Konzept der Caritaszentren im "
         "Bistum Mainz und diskutierte in Mainz über die Zukunft der Kirche und ihrer Caritas. \"Wir freuen uns darauf, diese "
         "enge und gute Zusammenarbeit mit Caritas-Präsidentin Eva Welskop-Deffaa fortzusetzen\", so Adick.")

add(id="ho756-caritas-mainz-2021-freisberg-adick-neher-abschied",
    url="https://www.caritas-bistum-mainz.de/ueberuns/pressemeldungen/presse/caritas-im-bistum-mainz-dankt-praesident-"
        "neher-988760d9-074d-4b4e-b5c0-1ba3c28e85aa",
    retrieved="same address (press release of the Caritas im Bistum Mainz, the diocesan Caritas association, in its own "
              "press section 'pressemeldungen/presse' on the day of Peter Neher's farewell as president of the Deutscher "
              "Caritasverband, autumn 2021 by its successor Eva Welskop-Deffaa already named 'Caritas-Präsidentin'; the copy "
              "gives no date); the stored copy begins with the dateline 'Mainz.' of the body and shows no headline (the "
              "address slug gives it, 'Caritas im Bistum Mainz dankt Präsident Neher'), so the document has no title (rule "
              "4750); 'des Deutschen Caritasverbande' kept (rule 20); complete as stored",
    license=VERBAENDE_DE_SITE,
    paras=[CM_P1, CM_P2],
    # the two directors are introduced jointly in the Konjunktiv report `so die Diözesancaritasdirektorinnen Nicola Adick und
    # Regina Freisberg`, which has no span (rule 5); the quotation closed by `so Freisberg` is Regina Freisberg's, the two
    # closed by `so Diözesancaritasdirektorin Nicola Adick` and `so Adick` are Nicola Adick's (rules 30, 4754); Peter Neher,
    # reported in the Konjunktiv and by `Neher informierte sich`, and Eva Welskop-Deffaa say nothing in marks; the role noun
    # `Diözesancaritasdirektorin(nen)`, held by both speakers, is not listed for either (rules 44, 4754)
    quotes=[(cut(CM_P1, "\"Immer wieder", "gegeben\""), FREISBERG),
            (cut(CM_P2, "\"Für die", "danken wir\""), ADICK),
            (cut(CM_P2, "\"Wir freuen", "fortzusetzen\""), ADICK)],
    aliases={FREISBERG: ["Regina Freisberg", "Freisberg"],
             ADICK: ["Nicola Adick", "Adick"]})

# --- drk-altenhilfe-halle.de, December 2017: the DRK's release on Gerda Hasselfeldt's election as president ---

DH_T = "Gerda Hasselfeldt ist neue DRK Präsidentin"
DH_P1 = ("Erstmals steht mit Gerda Hasselfeldt eine Frau an der Spitze des Deutschen Roten Kreuzes. Die frühere "
         "Bundesministerin und ehemalige Bundestagsabgeordnete ist damit Nachfolgerin von Dr. Rudolf Seiters, der nach 14 "
         "Jahren aus dem Amt scheidet.")
DH_P2 = ("„Ich freue mich sehr auf meine neue ehrenamtliche Aufgabe. Es ist mir eine Herzensangelegenheit, Menschen in Not zu "
         "helfen, ob in Deutschland oder in den vielen Krisen- und Katastrophenregionen der Welt. Immer mehr Menschen fliehen "
         "vor Krieg, Gewalt, Klimawandel, Hunger und Armut. Und auch wir in Deutschland müssen uns bei der Notfallversorgung "
         "der Bevölkerung auf neue Herausforderungen einstellen“, sagte die DRK-Präsidentin.")
DH_P3 = ("„Mit Gerda Hasselfeldt hat das Deutsche Rote Kreuz eine herausragende Persönlichkeit des öffentlichen Lebens zur "
         "neuen Präsidentin gewählt. Dazu gratuliere ich sehr herzlich“, sagte Bundesinnenminister Dr. Thomas de Maizière auf "
         "der DRK-Bundesversammlungnach der einstimmigen Wahl von Frau Hasselfeldt.")

add(id="ho756-drk-altenhilfe-halle-drk-2017-12-hasselfeldt-de-maiziere-wahl",
    title=DH_T,
    url="http://www.drk-altenhilfe-halle.de/ehrenamt/",
    retrieved="same address (the Deutsches Rotes Kreuz's release on the election of Gerda Hasselfeldt by the DRK-"
              "Bundesversammlung in Berlin on 1 December 2017, as reproduced on the 'Ehrenamt' page of the DRK-Altenhilfe "
              "Halle, a DRK member organisation; the date is not in the copy and is taken from the reports of that day that "
              "came back in the same queries, rule 4750); the headline is the title; the picture credit 'Foto: Michael "
              "Handelmann / DRK' under it dropped (rule 14); the empty lines holding a single space between the paragraphs "
              "and the space after the last paragraph's full stop dropped as layout; the link line 'Ehemaliger DRK Präsident "
              "Herr Dr. h.c. Rudolf Seiters über das Ehrenamt' after the release dropped as page furniture (rule 4750); "
              "'DRK Präsidentin' without a hyphen and 'DRK-Bundesversammlungnach' without a space kept (rule 20)",
    license=VERBAENDE_DE_SITE,
    paras=[DH_P1, DH_P2, DH_P3],
    # the quotation before `sagte die DRK-Präsidentin` is Gerda Hasselfeldt's, the new president named in the paragraph
    # before it (rules 30, 4755; the outgoing president Seiters is named there too, but `die DRK-Präsidentin`, feminine and
    # the office she has just taken, is she); the quotation before `sagte Bundesinnenminister Dr. Thomas de Maizière` is his
    # (rule 30); `Bundesinnenminister` names only him and is an alias (rule 44); `DRK-Präsidentin` carries the body's name and
    # is not listed (rule 33); Rudolf Seiters says nothing
    quotes=[(cut(DH_P2, "„Ich freue", "einstellen“"), HASSELFELDT),
            (cut(DH_P3, "„Mit Gerda", "herzlich“"), MAIZIERE)],
    aliases={HASSELFELDT: ["Gerda Hasselfeldt", "Frau Hasselfeldt"],
             MAIZIERE: ["Thomas de Maizière", "Dr. Thomas de Maizière", "Bundesinnenminister"]})

# --- kvtoel.brk.de, 2013: the Sparkassen-Finanzgruppe's donation to the DRK for its 150th anniversary ---

SP_T = "Sparkassen-Finanzgruppe spendet 100.000 € an das Deutsche Rote Kreuz"
SP_P1 = ("Mit einer Spende von 100.000 Euro würdigte die Sparkassen-Finanzgruppe die Verdienste des Deutschen Roten Kreuzes. "
         "Anlass ist das 150-jährige Bestehen des Deutschen Roten Kreuzes.")
SP_P2 = ("„Sparkassen und das Rote Kreuz engagieren sich beide vor Ort für die Menschen und das Zusammenleben. Uns verbinden "
         "zahlreiche gemeinsame Aktionen, die von Sparkassen unterstützt werden. Zum 150-jährigen Jubiläum des Roten Kreuzes "
         "wollen wir mit unserer einmaligen Spende ein Zeichen setzen“, so Ludger Gooßens, Geschäftsführendes "
         "Vorstandsmitglied des Deutschen Sparkassen- und Giroverbandes (DSGV), bei der Übergabe der Spende am Vorabend des "
         "Festaktes zum 150-jährigen Jubiläum des DRK.")
SP_P3 = ("Die Spende der Sparkassen-Finanzgruppe wird für zwei konkrete Projekte verwendet: zum einen für die Ausbildung des "
         "Wasserrettungsdienstes und zum anderen zur Beschaffung von Schutzmaterialien für die Wasserrettung wie "
         "beispielsweise neue Schutzhelme.")
SP_P4 = ("DRK-Präsident Dr. Rudolf Seiters: „Beim katastrophalen Hochwasser in diesem Sommer haben Luftretter der "
         "DRK-Wasserwacht Großartiges geleistet, um die Menschen aus ihren umspülten Häusern zu retten. Die Spende der "
         "Sparkassen-Finanzgruppe hilft uns dabei, noch mehr solcher Experten auszubilden und technisch auf dem aktuellen "
         "Stand auszustatten. Dafür unseren herzlichen Dank!“")
SP_P5 = ("Die Spende unterstreicht das vielfältige Engagement der Institute der Sparkassen-Finanzgruppe für die Kreisverbände "
         "und Ortsvereinigungen des DRK. Die Unterstützung reicht dabei vom Sanitäts- und Sozialdienst bis hin zur Wasser- oder "
         "Bergwacht. Darüber hinaus engagieren sich unzählige Mitarbeiter der Sparkassen-Finanzgruppe ehrenamtlich in den "
         "Organisationen des DRK auf allen Ebenen.")

add(id="ho756-brk-kvtoel-dsgv-2013-goossens-seiters-spende-150-jahre",
    title=SP_T,
    url="https://kvtoel.brk.de/leichte-sprache/aktuell/presse-service/meldung/sparkassen-finanzgruppe-spendet-100000-eur-an-"
        "das-deutsche-rote-kreuz.html",
    retrieved="same address (release of the Deutscher Sparkassen- und Giroverband (DSGV) on its donation to the Deutsches Rotes "
              "Kreuz on the eve of the DRK's 150th-anniversary ceremony, 2013 by the anniversary and 'Beim katastrophalen "
              "Hochwasser in diesem Sommer', as reproduced in the 'Presse-Service' of the BRK Kreisverband Bad "
              "Tölz-Wolfratshausen; the copy gives no date); the sender is read from the cut boilerplate 'Der Deutsche "
              "Sparkassen- und Giroverband (DSGV) ist der Dachverband der Sparkassen-Finanzgruppe. …', the release's own "
              "voice being the donor's (rule 4750); that boilerplate paragraph, cut off in the stored copy ('… elf "
              "Erstversi'), dropped (rule 15); the headline is the title; complete otherwise as stored",
    license=VERBAENDE_DE_SITE,
    paras=[SP_P1, SP_P2, SP_P3, SP_P4, SP_P5],
    # the quotation before `so Ludger Gooßens, Geschäftsführendes Vorstandsmitglied des Deutschen Sparkassen- und
    # Giroverbandes (DSGV)` is his (rule 30); the quotation after the label `DRK-Präsident Dr. Rudolf Seiters:` is Seiters's
    # (rules 9, 54, 4752); the Luftretter and the Mitarbeiter say nothing; the offices with the bodies' names
    # (`Geschäftsführendes Vorstandsmitglied des Deutschen Sparkassen- und Giroverbandes`, `DRK-Präsident`) are not listed
    # (rule 33)
    quotes=[(cut(SP_P2, "„Sparkassen", "setzen“"), GOOSSENS),
            (cut(SP_P4, "„Beim", "Dank!“"), SEITERS)],
    aliases={GOOSSENS: ["Ludger Gooßens"],
             SEITERS: ["Rudolf Seiters", "Dr. Rudolf Seiters"]})

# --- hamburg.dgb.de, 12 December 2000: the DGB Hamburg on the DAG's return to the DGB ---

DG_T = "Gewerkschaften legen Grundstein für Rückkehr"
DG_P1 = ("Der Deutsche Gewerkschaftsbund hat die Grundlagen für die Rückkehr der Deutschen Angestellten-Gewerkschaft in den "
         "DGB geschaffen. DGB-Bundesvorsitzender Dieter Schulte bezeichnete die Rückkehr der DAG in den DGB nach mehr als "
         "fünfzigjähriger Trennung als einen historischen Schritt und eine der größten Leistungen der jüngeren "
         "Gewerkschaftsgeschichte. In Hamburg gibt es schon seit einigen Jahren eine von großem Vertrauen geprägte "
         "Zusammenarbeit. So ist es für uns nahezu schon selbstverständlich, dass der Vorsitzende der Hamburger DAG an den "
         "Sitzungen des Hamburger DGB-Vorstandes teilnimmt. Gewerkschaftliche Aktionen bis hin zu den Demonstrationen und "
         "Kundgebungen am 1. Mai werden schon seit Jahren gemeinsam in Hamburg veranstaltet. Die Hamburger \"Ver.di\"-"
         "Gewerkschaften, aber auch die Dachorganisation der Gewerkschaften, der DGB, erwarten, dass im Frühjahr 2001 die "
         "Gründung der größten Dienstleistungsgewerkschaft vollzogen werden kann. Hamburgs DGB-Vorsitzender Erhard Pumm: \"In "
         "Hamburg steht die Ampel auf Grün!\"")

add(id="ho756-dgb-hamburg-2000-12-12-pumm-dag-rueckkehr",
    title=DG_T,
    url="http://hamburg.dgb.de/presse/++co++3cb7cf1e-6b53-11e0-503a-00188b4dc422",
    retrieved="same address (press release of the DGB Hamburg in its own press section, dated by its line 'PM - 12.12.2000'); "
              "the site header 'Deutscher Gewerkschaftsbund' and the line 'PM - 12.12.2000' above the headline dropped, and "
              "after the body the link 'Nach oben', the search form ('Suchbegriff eingeben', 'Datum eingrenzen', 'seit bis'), "
              "the press office's contact block ('Kontakt Pressestelle', 'Felix Hoffmann', telephone, fax and mobile numbers) "
              "and the repeated photo credits ('Pressefotos Katja Karger', 'Katja Karger (Foto: Peter Bisping)') dropped as "
              "page furniture (rule 4750); the headline is the title; the body is one paragraph in the copy; complete as "
              "stored",
    license=VERBAENDE_DE_SITE,
    paras=[DG_P1],
    # the name of the planned union in marks, `"Ver.di"` in `Die Hamburger "Ver.di"-Gewerkschaften`, is null (rules 2, 4751);
    # the quotation after the label `Hamburgs DGB-Vorsitzender Erhard Pumm:` is his (rules 9, 54, 4752); Dieter Schulte is
    # reported without marks (rule 5); the release's own `für uns` is the DGB Hamburg's voice, not a quotation; `Hamburgs
    # DGB-Vorsitzender` carries the body's name and is not listed (rule 33)
    quotes=[("\"Ver.di\"", None),
            (cut(DG_P1, "\"In Hamburg", "Grün!\""), PUMM)],
    aliases={PUMM: ["Erhard Pumm"]})

# --- lifepr.de, about late 2017: the NABU Hamburg on the Naturschutzgroßprojekt ---

NH_T = "NABU-Kommentierung zum Naturschutzgroßprojekt"
NH_SUB = "Ein wichtiges Projekt für unsere StadtNatur mit guten Entwicklungschancen"
NH_P1 = ("(lifePR) ( Hamburg-Borgfelde, ) Der Startschuss für das Naturschutzgroßprojekt ist für den NABU Hamburg ein echter "
         "Grund zur Freude. NABU Vorsitzender Alexander Porschke: \"Wir gratulieren den Naturschützern in der Behörde zu ihrem "
         "Erfolg und freuen uns mit ihnen, dass es nun in die erste Phase geht, in der wir auch weiter mitwirken wollen. Ein "
         "solches Projekt ist für die Natur in unserer Stadt sehr wichtig. Nach der gerade wieder verlängerten "
         "Einsatzmöglichkeit von Glyphosat geht es mit dem Artensterben auf dem Lande weiter. Umso wichtiger ist es, dass in "
         "unserer Stadt die Chancen ergriffen werden, Lebensräume für die Naturbewohner zu erhalten und zu entwickeln.\"")

add(id="ho756-lifepr-nabu-hamburg-2017-porschke-naturschutzgrossprojekt",
    title=NH_T,
    url="https://www.lifepr.de/inaktiv/naturschutzbund-deutschland-nabu-landesverband-hamburg-ev/NABU-Kommentierung-zum-"
        "Naturschutzgrossprojekt/boxid/684446",
    retrieved="same address (release of the Naturschutzbund Deutschland (NABU) Landesverband Hamburg e.V., named in the "
              "address, distributed by lifePR; undated in the copy, whose dateline leaves the date empty, '(lifePR) ( "
              "Hamburg-Borgfelde, )'; probably late 2017 by 'der gerade wieder verlängerten Einsatzmöglichkeit von "
              "Glyphosat', rule 4750); headline and subtitle kept as lines of their own, the distributor's dateline run into "
              "the first paragraph as the model set runs datelines in (the copy breaks the line after it); the distributor's "
              "notice after the body ('Für die oben stehenden Pressemitteilungen, … ist allein der jeweils angegebene "
              "Herausgeber … verantwortlich. … Die Nutzung von hier veröffentlichten Informationen … ist in der Regel "
              "kostenfrei. … Bei Veröffentlichung senden Sie bitte ein Belegexemplar an service@lifepr.de.') dropped and "
              "recorded in the licence constant; 'NABU Vorsitzender' without a hyphen and 'StadtNatur' kept (rule 20); "
              "complete as stored",
    license=LIFEPR_VERBAENDE,
    paras=[NH_SUB, NH_P1],
    # the quotation after the label `NABU Vorsitzender Alexander Porschke:` is his (rules 9, 54, 4752); the Naturschützer in
    # der Behörde say nothing; `NABU Vorsitzender` carries the body's name and is not listed (rule 33)
    quotes=[(cut(NH_P1, "\"Wir gratulieren", "entwickeln.\""), PORSCHKE)],
    aliases={PORSCHKE: ["Alexander Porschke"]})

# --- schattenblick.de, 10 November 2011: ver.di on the bank demonstrations (Schattenblick copy of the release) ---

VD_T = "Banken-Demonstrationen: Konzernvorstände in die Verantwortung nehmen"
VD_P1 = ("Berlin, 10.11.2011 - \"Wir fordern mit den protestierenden Menschen bei Occupy strenge Gesetze für eine "
         "Finanzmarktregulierung, und wir fordern die Konzernvorstände auf, ihre Kultur der Maßlosigkeit zu beenden\", betont "
         "Beate Mensch, Bundesvorstandsmitglied der Vereinten Dienstleistungsgewerkschaft (ver.di) im Zusammenhang mit den "
         "geplanten Demonstrationen in Frankfurt und Berlin am kommenden Samstag.")
VD_P2 = ("Es sei wichtig, die tatsächlichen Verursacher der Finanzkrise zur Verantwortung zu ziehen, sie zu kontrollieren und "
         "durch scharfe Regelungen erneute Krisen zu verhindern. Die Eindämmung von Spekulationsgeschäften durch eine "
         "Finanztransaktionssteuer sowie die Schaffung eines Finanz-TÜV seien notwendige Maßnahmen, um den Finanzmarkt zu "
         "regulieren und die Verbraucher zu schützen. Weiterhin ist unter anderem die Begrenzung der Größe von "
         "Finanzinstituten erforderlich sowie die Gründung einer öffentlichen europäischen Ratingagentur, um nicht ganze "
         "Volkswirtschaften zu gefährden.")
VD_P3 = ("\"Wichtig ist auch, dass die Bankangestellten, die selbst Opfer der Bankenkrise sind, nicht für das Gebaren der "
         "Konzernführungen verantwortlich gemacht werden\", betonte die Gewerkschafterin. Die Beschäftigten hätten wie andere "
         "Bürgerinnen und Bürger auch als Steuerzahler tief in die Taschen greifen müssen, um zur Rettung des europäischen "
         "Wirtschaftmarktes beizutragen. Nach wie vor würden sie durch Vertriebskontrollsysteme der Banken vom Berater zum "
         "Verkäufer getrieben.")

add(id="ho756-schattenblick-verdi-2011-11-10-mensch-banken-demonstrationen",
    title=VD_T,
    url="http://www.schattenblick.de/infopool/politik/wirtsch/pwgew517.html",
    retrieved="same address (press release of ver.di - Vereinte Dienstleistungsgewerkschaft of 10 November 2011 as reproduced "
              "by Schattenblick; its source line 'ver.di - Vereinte Dienstleistungsgewerkschaft - Presseinformation vom 10. "
              "November 2011' names the sender); Schattenblick's navigation line 'Schattenblick →INFOPOOL →POLITIK → "
              "WIRTSCHAFT', its index line 'GEWERKSCHAFT/517: Banken-Demonstrationen - Konzernvorstände in die Verantwortung "
              "nehmen (ver.di)' and the source line dropped; the release's own headline kept as title (rule 1987); the "
              "dateline 'Berlin, 10.11.2011 -' kept in its paragraph (rule 13); the fourth paragraph ('Beate Mensch wies "
              "darauf hin, … \"Die Beschäftigten der Postbank ha'), cut off at the stored copy's limit, dropped with its "
              "unclosed quotation (rules 15, 290); 'Wirtschaftmarktes' kept (rule 20)",
    license=VERBAENDE_DE_REPOST_SCHATTENBLICK,
    paras=[VD_P1, VD_P2, VD_P3],
    # the quotation before `betont Beate Mensch, Bundesvorstandsmitglied der Vereinten Dienstleistungsgewerkschaft (ver.di)`
    # is hers (rule 30); the Konjunktiv paragraph after it, with the indicative `Weiterhin ist …` inside, has no span (rule
    # 5); the quotation before `betonte die Gewerkschafterin` is hers: the role noun names only her in the release (rules
    # 30, 44, 4755); Occupy, the Konzernvorstände and the Bankangestellten say nothing; `Bundesvorstandsmitglied der
    # Vereinten Dienstleistungsgewerkschaft (ver.di)` carries the body's name and is not listed (rule 33)
    quotes=[(cut(VD_P1, "\"Wir fordern", "zu beenden\""), MENSCH),
            (cut(VD_P3, "\"Wichtig ist", "gemacht werden\""), MENSCH)],
    aliases={MENSCH: ["Beate Mensch", "Gewerkschafterin"]})
