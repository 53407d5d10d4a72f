# Six-hundred-and-forty-ninth held-out German real-news set (tests/data/heldout649-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3930-3935). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-forty-ninth held-out set": nine releases of Austrian parties, a
# parliamentary club in a city hall, Land parties, the SPÖ's press service and a party's youth and workers' organisations on
# the APA-OTS service (ots.at), licence APA_OTS_POLITICS: the SPÖ's press service for the president of the Pensionistenverband
# (Karl Blecha on pensioners ready to demonstrate, April 2003), the SPÖ Oberösterreich (Christian Denkmaier on the ÖVP's survey,
# July 2009), the Junge ÖVP (Sebastian Kurz on the young voters in the Burgenland election, May 2010), Die Freiheitlichen in
# Kärnten (Martin Strutz against Gabriel Obernosterer, July 2012), the BZÖ (its chairman Bucher leaving politics, October 2013,
# sender inferred), the Klub der Freiheitlichen in the Vienna Rathaus (Johann Gudenus on Michael Häupl's place in a trust
# index, October 2014), the ÖAAB (August Wöginger and Karl Nehammer before the 1st of May, April 2016, sender read from the
# footer code), the Volkspartei Niederösterreich (Johanna Mikl-Leitner congratulating Georg Strasser, June 2021, sender read
# from the dateline code) and the SPÖ's federal organisation (Klaus Seltenheim against the FPÖ, November 2025). Stored copies
# are the `search` tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire and site furniture
# (the ots.at lines of time and number, a crawl-date prefix, the old layout's repeated `Utl.:` subtitle, the OTS marker
# `****`, end marks with editors' signs, contact blocks and footers) is dropped and the hard-wrapped lines of two copies are
# joined (rules 48, 63, 460, 2580, 3260, 3520, 3810, 3930); each retrieval note names what was dropped.
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


BLECHA = "Karl Blecha"
DENKMAIER = "Christian Denkmaier"
KURZ = "Sebastian Kurz"
STRUTZ = "Martin Strutz"
BUCHER = "Bucher"
GUDENUS = "Johann Gudenus"
WOEGINGER = "August Wöginger"
NEHAMMER = "Karl Nehammer"
MIKL_LEITNER = "Johanna Mikl-Leitner"
SELTENHEIM = "Klaus Seltenheim"

# --- APA-OTS, Pressedienst der SPÖ, 21 April 2003: Karl Blecha of the Pensionistenverband on pensioners ready to demonstrate ---

BL_T = "Blecha: Pensionisten-Demonstration denkbar"
BL_SUB = "\"Geht es nach der ÖVP ist eines sicher: Die Pensionen sind es nicht!\""
BL_P1 = ("Wien (SK) \"Österreichs Pensionisten sind demonstrationsbereit\", gab heute der Präsident des Pensionistenverbandes "
         "Österreichs, Karl Blecha, bekannt. Blecha ortet \"aufgrund tausender empörter Anrufe und durch unzählige persönliche "
         "Kontakte eine starke Protestbereitschaft unter den normalerweise harmoniebedürftigen Senioren. Doch die "
         "Pensionskürzungspläne der ÖVP, die sich über die Lebensleistung und Lebensplanung nahezu der gesamten Bevölkerung "
         "hinwegsetzt, hat nun ein Ausmaß erreicht, dass auch die Pensionisten zu Demonstrationen und zur Unterstützung der "
         "Streiks der Aktiven bereit sind\", erklärte Blecha am Montag gegenüber dem SPÖ-Pressedienst.")
BL_P2 = ("Blecha forderte wiederholt die Aufnahme einer \"Pensionsgarantie\" in der Verfassung, \"um das notwendige Vertrauen in "
         "das Pensionssystems wieder herzustellen und die Pensionen von den Kürzungslaunen eines Bundeskanzlers und "
         "Finanzministers fern zu halten.\" Blecha hält die \"strukturelle Harmonisierung\" der Pensionssysteme, die Schaffung von "
         "Arbeitsplätzen und damit eine Erhöhung der Erwerbsquote sowie effiziente und intelligente Arbeitsprogramme zur Erhöhung "
         "des Pensionsantrittsalters für geeignet, \"die Pensionen zu sichern, ohne sie zu halbieren!\" Blecha anschließend: "
         "\"Denn geht es nach den Plänen der ÖVP ist eines sicher: Die Pensionisten sind es nicht!\"")

add(id="ho649-ots-spoe-pvoe-2003-04-21-blecha-pensionisten-demonstration",
    title=BL_T,
    url="https://www.ots.at/presseaussendung/OTS_20030421_OTS0016/blecha-pensionisten-demonstration-denkbar",
    retrieved="same address (release of the SPÖ's press service on the APA-OTS service for the president of the "
              "Pensionistenverband Österreichs, 21 April 2003 by its OTS number, a Monday ('am Montag'); the sender is told by "
              "the dateline code 'Wien (SK)', the cue's 'gegenüber dem SPÖ-Pressedienst', the contact block 'Pressedienst der "
              "SPÖ, Tel.: 01/53427-275, http://www.spoe.at' and the footer code NSK0001, the last two dropped (rule 3930); the "
              "OTS marker ' ****' after the first paragraph and the end mark with the editor's sign '(Schluss) se' run onto the "
              "last paragraph dropped (rules 48, 460); the dateline without a dash kept at the start of the first paragraph as "
              "stored; headline and subtitle kept as lines of their own; the published 'Geht es nach der ÖVP ist' without a "
              "comma, 'die Pensionskürzungspläne …, die sich … hinwegsetzt, hat' and 'in das Pensionssystems' kept (rule 20); "
              "complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[BL_SUB, BL_P1, BL_P2],
    # the headline label `Blecha:` stands before unmarked words and carries no span (rule 5); the subtitle quotation under it
    # is his, the body's last quotation saying the same with `den Plänen der` and `Pensionisten` for `Pensionen` (rules 26,
    # 107, 300; rule 3934); the quotation before `gab heute der Präsident des Pensionistenverbandes Österreichs, Karl Blecha,
    # bekannt` is his (rule 30); the quotation opened inside the sentence `Blecha ortet "…` and closed two sentences later
    # before `erklärte Blecha am Montag gegenüber dem SPÖ-Pressedienst` is his, the press service the addressee (rules 3, 12,
    # 30); the demand's term `"Pensionsgarantie"` and the purpose clause after it in the sentence `Blecha forderte …` are his
    # (rules 3, 25); `"strukturelle Harmonisierung"` in the object of `Blecha hält … für geeignet` and the infinitive
    # `"die Pensionen zu sichern, …"` that completes it are his (rules 25, 151; rule 3933); the colon quotation after the
    # verbless `Blecha anschließend:` is his (rule 9); the ÖVP, the Bundeskanzler, the Finanzminister, the Senioren and the
    # Aktiven say nothing; `Präsident des Pensionistenverbandes Österreichs` names the association and is no alias (rule 33)
    quotes=[(BL_SUB, BLECHA),
            ("\"Österreichs Pensionisten sind demonstrationsbereit\"", BLECHA),
            (cut(BL_P1, "\"aufgrund tausender", "bereit sind\""), BLECHA),
            ("\"Pensionsgarantie\"", BLECHA),
            (cut(BL_P2, "\"um das notwendige", "fern zu halten.\""), BLECHA),
            ("\"strukturelle Harmonisierung\"", BLECHA),
            ("\"die Pensionen zu sichern, ohne sie zu halbieren!\"", BLECHA),
            (cut(BL_P2, "\"Denn geht es", "sind es nicht!\""), BLECHA)],
    aliases={BLECHA: ["Karl Blecha", "Blecha"]})

# --- APA-OTS, SPÖ Oberösterreich, 29 July 2009: Christian Denkmaier on the ÖVP's survey ---

DE_T = "Denkmaier: Wer Probleme nicht sieht, kann sie auch nicht lösen"
DE_SUB = "SPÖ Oberösterreich zum neuesten ÖVP-\"Stimmungsbild\""
DE_P1 = ("Linz (OTS) - \"Wenn man der jüngsten ÖVP-Umfrage und der Selbstdarstellung der ÖVP-Granden glauben will, dann gibt es "
         "überhaupt keine Probleme in Oberösterreich\", so kommentiert SPÖ-Landesgeschäftsführer Christian Denkmaier das heute "
         "von ÖVP-chef Pühringer und Landesgeschäftsführer Strugl veröffentlichte ÖVP-\"Meinungsbild\".")
DE_P2 = ("\"Wer die Probleme im Land nicht sieht, kann sie auch nicht lösen\", stellt Denkmaier weiter fest. \"Nur mit "
         "Schönrederei allein kann ganz sicher nichts für die Menschen erreicht werden. Es stünde der ÖVP viel besser an, sich "
         "wie die SPÖ mit ganzer Tatkraft der Lösung der Probleme der Menschen in Oberösterreich anzunehmen\".")

add(id="ho649-ots-spoe-ooe-2009-07-29-denkmaier-oevp-stimmungsbild",
    title=DE_T,
    url="https://www.ots.at/presseaussendung/OTS_20090729_OTS0167/denkmaier-wer-probleme-nicht-sieht-kann-sie-auch-nicht-loesen",
    retrieved="same address (release of the SPÖ Oberösterreich on the APA-OTS service, 29 July 2009 by its OTS number; the "
              "sender is told by the subtitle, the contact block 'SPÖ Oberösterreich, Medienservice, Gerald Höchtler, Tel.: "
              "(0732) 772611-22' and the footer code DS40002, the last two dropped (rule 3930); headline and subtitle kept as "
              "lines of their own; the single stored line break after the first paragraph's last full stop, which ends a line of "
              "over three hundred characters, kept as the source's paragraph break (rules 3520, 3930); the published 'ÖVP-chef' "
              "in lower case and the full stop after the last closing mark ('anzunehmen\".') kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[DE_SUB, DE_P1, DE_P2],
    # the headline label `Denkmaier:` stands before unmarked words, which take up his second quotation, and carries no span
    # (rule 5); the marked `"Stimmungsbild"` of the subtitle and `"Meinungsbild"` at the end of the first paragraph, each the
    # second part of a compound with the other party's short name, name the ÖVP's survey with the sender's distancing marks and
    # are null, not the ÖVP's and not Denkmaier's (rules 24, 75; rule 3932); the quotation before `so kommentiert
    # SPÖ-Landesgeschäftsführer Christian Denkmaier` is his (rule 30); the quotation before `stellt Denkmaier weiter fest` and
    # the cue-less one after it are his (rule 30; NOTES.md continuation); the ÖVP, Pühringer, Strugl and the ÖVP-Granden say
    # nothing; `SPÖ-Landesgeschäftsführer` names the party and is no alias (rule 33)
    quotes=[("\"Stimmungsbild\"", None),
            (cut(DE_P1, "\"Wenn man", "in Oberösterreich\""), DENKMAIER),
            ("\"Meinungsbild\"", None),
            (cut(DE_P2, "\"Wer die Probleme", "nicht lösen\""), DENKMAIER),
            (cut(DE_P2, "\"Nur mit", "anzunehmen\""), DENKMAIER)],
    aliases={DENKMAIER: ["Christian Denkmaier", "Denkmaier"]})

# --- APA-OTS, Junge ÖVP, 31 May 2010: Sebastian Kurz on the young voters in the Burgenland election ---

KU_T = "JVP-Kurz: ÖVP auch im Burgenland Nummer 1 bei den Jungen!"
KU_SUB = "Mit 1900 Vorzugsstimmen schafft Christoph Wolf den Einzug in den Landtag"
KU_P1 = ("Wien, 31. Mai 2010 (ÖVP-OTS) „Junge Kandidatinnen und Kandidaten, junge Themen und ein junger Wahlkampf haben die unter "
         "30-jährigen überzeugt, dass die ÖVP die Nummer 1 ist, wenn es um die Vertretung der Jungen im Burgenland geht“, freut "
         "sich der Bundesobmann der Jungen ÖVP Sebastian Kurz über den Erfolg der ÖVP bei den Landtagswahlen und gratuliert "
         "Franz Steindl, Christian Sagartz, Christoph Wolf und der ÖVP Burgenland zum großartigen Ergebnis.")
# the single stored line break after `der Landesobmann der` inside the first sentence is joined with a space (rule 3930)
KU_P2 = join("Besonders bei den Jungen punkten konnte der Landesobmann der",
             "JVP Burgenland, Christoph Wolf, mit der JVP-Kampagne „Scharf auf geregelten Verkehr“ und kann sich über 1900 "
             "Vorzugsstimmen im Bezirk Eisenstadt freuen. Auch in der Gemeinde Hornstein, wo Christoph Wolf Parteiobmann der ÖVP "
             "ist, kann man den Erfolg sehen – mit dem Gewinn von 3,6 Prozent für die ÖVP. „Die harte Arbeit von Christoph Wolf "
             "und dem Team der Jungen ÖVP hat sich ausgezahlt: Die Jungen sind ab jetzt auch endlich im Landtag vertreten“, zeigt "
             "Sebastian Kurz die großartige Leistung der JVP Burgenland auf.")
KU_P3 = ("37 Prozent der unter 30-jährigen haben sich bei den Landtagswahlen mit ihrer Stimme für die ÖVP entschieden. Die ÖVP "
         "ist somit nach den Wahlen zum Europaparlament, den Nationalratswahlen und den Gemeinderatswahlen abermals die Partei der "
         "Jungen. „Mit den Erfolgen bei den Wahlen, schaffen immer mehr Junge den Einzug in die politischen Gremien, in denen "
         "entschieden wird: Die Politik wird jünger, frecher und mutiger“, unterstreicht Bundesobmann Sebastian Kurz.")

add(id="ho649-ots-jvp-2010-05-31-kurz-burgenland-junge",
    title=KU_T,
    url="https://www.ots.at/presseaussendung/OTS_20100531_OTS0187/jvp-kurz-oevp-auch-im-burgenland-nummer-1-bei-den-jungen",
    retrieved="same address (release of the Junge ÖVP on the APA-OTS service, 31 May 2010 by its OTS number and its date line "
              "'Wien, 31. Mai 2010 (ÖVP-OTS)'; the sender is told by the contact block 'Junge ÖVP, Kristina Rausch Tel.: (01) "
              "40126 610; http://www.junge.oevp.at' and the footer code NVP0002, both dropped (rule 3930); the date line kept at "
              "the start of the first paragraph without a dash, the first quotation following it after one space (rules 3190, "
              "3810); the OTS marker ' ****' after the first paragraph dropped (rule 460); the single stored line break after "
              "'der Landesobmann der' inside the second paragraph's first sentence joined with a space (rule 3930); headline and "
              "subtitle kept as lines of their own; the published 'unter 30-jährigen' in lower case and 'Mit den Erfolgen bei den "
              "Wahlen, schaffen' with its comma kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[KU_SUB, KU_P1, KU_P2, KU_P3],
    # the headline label `JVP-Kurz:` stands before unmarked words and carries no span (rule 5); the quotation before `freut
    # sich der Bundesobmann der Jungen ÖVP Sebastian Kurz … und gratuliert Franz Steindl, Christian Sagartz, Christoph Wolf …`
    # is his, the congratulated persons saying nothing (rules 30, 3682); the campaign's name `„Scharf auf geregelten Verkehr“`
    # in apposition to `der JVP-Kampagne` is null (rule 24); the quotation before `zeigt Sebastian Kurz die großartige
    # Leistung der JVP Burgenland auf` is his, Christoph Wolf, whose work it praises, being named in it (rules 30, 320); the
    # quotation before `unterstreicht Bundesobmann Sebastian Kurz` is his; Christoph Wolf, Franz Steindl, Christian Sagartz,
    # the ÖVP Burgenland and the JVP Burgenland say nothing; `Bundesobmann der Jungen ÖVP` names the organisation and the
    # fused label `JVP-Kurz` is no alias (rules 33, 3672), while `Bundesobmann` alone names only him (rule 44)
    quotes=[(cut(KU_P1, "„Junge Kandidatinnen", "Burgenland geht“"), KURZ),
            ("„Scharf auf geregelten Verkehr“", None),
            (cut(KU_P2, "„Die harte Arbeit", "Landtag vertreten“"), KURZ),
            (cut(KU_P3, "„Mit den Erfolgen", "und mutiger“"), KURZ)],
    aliases={KURZ: ["Sebastian Kurz", "Kurz", "Bundesobmann"]})

# --- APA-OTS, Die Freiheitlichen in Kärnten - FPK, 30 July 2012: Martin Strutz against Gabriel Obernosterer ---

ST_T = "FPK-Strutz: Herr Obernoster, Thema verfehlt, Nicht genügend, setzten!"
ST_SUB = "Qualität der ÖVP auf neuerlichem Tiefpunkt"
ST_P1 = ("Klagenfurt/Wien (OTS) - \"Es ist zwar schade, aber mehr als bezeichnend, wie der geschäftsführende Parteiobmann der ÖVP "
         "Kärnten, Gabriel Obernosterer, auf eine Aufforderung zu einem Parteiengespräch reagiert\", wundert sich der "
         "freiheitliche NAbg. Martin Strutz. Damit ist die Qualität der ÖVP Politik wohl auf einem neuerlichen Tiefpunkt "
         "angelangt.")
ST_P2 = ("In mehr als 50 Jahren Innenpolitik hat es noch nie ein geschäftsführender Parteiobmann, der noch von keinem einzigen "
         "Funktionär seine Stimme bekommen hat und dessen Legitimation auf einem Parteien-Förderskandal seines Vorgängers beruht, "
         "sich mit einer Aussage derart isoliert. \"Wenn Obernosterer seinen Anspruch mit erstinstanzlich verurteilten "
         "Politikern nicht reden zu wollen gerecht wird, so wird er wohl als selbst erstinstanzlich verurteilter Politiker "
         "vorsorglich seinen Hut nehmen müssen\", so Strutz weiter.")
ST_P3 = ("\"Für uns hat sich die ÖVP damit einmal mehr disqualifiziert. Wir freuen uns allerdings bereits darauf, wenn man "
         "endlich erklären wird, wo denn das Geld von Birnbacher hingeflossen ist. Wenn man endlich erklären wird warum Stephan "
         "Tauschitz im U-Ausschuss mehr zu- als aufgedeckt hat und wenn schlussendlich Obernosterer für diese Art der Politik "
         "spätestens am Parteitag die rote Karte bekommt\", betont Strutz.")
ST_P4 = ("\"Allerdings suchen wir weiterhin das Gespräch zu allen vernünftigen politischen Kräften in diesem Land, denen neben "
         "einem Ablenkungsmanöver von ihren eigenen Skandalen wirklich und ernsthaft daran gelegen ist, dass wir Kärnten aus "
         "dieser schwierigen Situation herausführen und nach Aufklärung aller Vorwürfen eine gemeinsame Strategie für die "
         "Aufklärung und die anschließenden Neuwahlen festlegen\", schließt Strutz.")

add(id="ho649-ots-fpk-2012-07-30-strutz-obernosterer",
    title=ST_T,
    url="https://www.ots.at/presseaussendung/OTS_20120730_OTS0122/fpk-strutz-herr-obernoster-thema-verfehlt-nicht-genuegend-setzten",
    retrieved="same address (release of Die Freiheitlichen in Kärnten on the APA-OTS service, 30 July 2012 by its OTS number; "
              "the sender is told by the contact block 'Die Freiheitlichen in Kärnten - FPK, 9020 Klagenfurt, Tel.: 0463/56 404', "
              "dropped with the footer line that the stored copy breaks off after 'AUSSCHLI' (rule 3930); the end mark with the "
              "editor's sign '(Schluss/mw)' on a line of its own dropped (rule 48); headline and subtitle kept as lines of their "
              "own; the published headline 'Herr Obernoster, … Nicht genügend, setzten!', 'der ÖVP Politik' without a hyphen, "
              "'hat es noch nie ein geschäftsführender Parteiobmann, …, sich … derart isoliert', 'nicht reden zu wollen gerecht "
              "wird', 'erklären wird warum' without a comma and 'aller Vorwürfen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[ST_SUB, ST_P1, ST_P2, ST_P3, ST_P4],
    # the headline label `FPK-Strutz:` stands before unmarked words and carries no span (rule 5); the quotation before
    # `wundert sich der freiheitliche NAbg. Martin Strutz` is his (rule 30), Gabriel Obernosterer, whom it names, saying
    # nothing; the unmarked sentences after it and before his next quotation are the release's own (rule 5); the quotations
    # before `so Strutz weiter`, `betont Strutz` and `schließt Strutz` are his (rule 30); Obernosterer, the ÖVP, Birnbacher
    # and Stephan Tauschitz say nothing; the fused label `FPK-Strutz` is no alias (rules 33, 3672)
    quotes=[(cut(ST_P1, "\"Es ist zwar", "reagiert\""), STRUTZ),
            (cut(ST_P2, "\"Wenn Obernosterer", "nehmen müssen\""), STRUTZ),
            (cut(ST_P3, "\"Für uns", "rote Karte bekommt\""), STRUTZ),
            (cut(ST_P4, "\"Allerdings", "Neuwahlen festlegen\""), STRUTZ)],
    aliases={STRUTZ: ["Martin Strutz", "Strutz"]})

# --- APA-OTS, BZÖ (sender inferred), 2 October 2013: its chairman Bucher leaving politics ---

BU_T = "BZÖ-Bucher: \"Ich werde aus der Politik ausscheiden\""
BU_SUB = ("\"Eine Abrüstung der Worte ist nun notwendig und erforderlich - es zeichnet sich für morgen eine sehr gute "
          "Entscheidung ab\"")
BU_P1 = ("Wien (OTS) - \"Ich werde gemeinsam mit Markus Fauland aus der Politik ausscheiden. Selbstverständlich übernehmen wir "
         "die Verantwortung und ziehen auch die Konsequenzen aus dem Wahlergebnis\", sagte BZÖ-Bündnisobmann in einer "
         "gemeinsamen Pressekonferenz mit BZÖ-Bündniskoordinator Markus Fauland. \"Die 165.000 Wähler und Wählerinnen und auch "
         "meine Mitarbeiter haben es nicht verdient, dass man jetzt einen Schauprozess in aller Öffentlichkeit abzieht. Eine "
         "Abrüstung der Worte ist nun notwendig und erforderlich\", forderte Bucher.")
BU_P2 = ("\"Seit Sonntag war mir klar, dass ich meinen Abschied aus der Politik nehmen werde. Dies habe ich an diesem Tag meinem "
         "persönlichen Umfeld und auch allen Mitstreitern mit klaren Worten mitgeteilt. Ich habe mich aber dann auch überreden "
         "lassen, bis zur Bündnisteamsitzung an Bord zu bleiben\", so Bucher weiter.")
BU_P3 = ("\"Es war mir sehr wichtig, Gespräche mit den Verantwortungsträgern des BZÖ zu führen, um einen Weg zu finden, wie das "
         "BZÖ weitermachen kann. Wir haben immerhin das Vertrauen von 165.000 Wählern bekommen - das ist ein respektables "
         "Ergebnis. Markus Fauland war ein hervorragender Wahlkampfmanager, der unter einer schwierigen Situation das Beste "
         "daraus gemacht hat. Hätte ich ihn in Kärnten gehabt, wäre ich Landesrat\", sagte Bucher.")

add(id="ho649-ots-bzoe-2013-10-02-bucher-ausscheiden",
    title=BU_T,
    url="https://www.ots.at/presseaussendung/OTS_20131002_OTS0141/bzoe-bucher-ich-werde-aus-der-politik-ausscheiden",
    retrieved="same address (release on the APA-OTS service, 2 October 2013 by its OTS number, three days after the National "
              "Council election of 29 September 2013 ('Seit Sonntag'); the stored copy ends inside the fourth body paragraph "
              "before any contact block, and the sender is inferred from the release's own voice as the BZÖ, the party or its "
              "parliamentary club, whose chairman's press conference it reports under the label 'BZÖ-Bucher:' (rules 3520, 3930); "
              "the fourth body paragraph, cut off after '… Es gibt', dropped with its quotation (rule 15); headline and subtitle "
              "kept as lines of their own; the published cue 'sagte BZÖ-Bündnisobmann' without the chairman's name and 'unter "
              "einer schwierigen Situation' kept (rule 20))",
    license=APA_OTS_POLITICS,
    paras=[BU_SUB, BU_P1, BU_P2, BU_P3],
    # the headline quotation after the label `BZÖ-Bucher:` is his (rule 54), the body's first quotation saying the same with
    # `gemeinsam mit Markus Fauland`; the subtitle quotation under that headline is his, its first part repeating his
    # quotation before `forderte Bucher` (rules 26, 107); the first body quotation, before the cue `sagte BZÖ-Bündnisobmann in
    # einer gemeinsamen Pressekonferenz mit BZÖ-Bündniskoordinator Markus Fauland`, whose role noun the release prints without
    # the chairman's name, is Bucher's, the headline label's name, not Fauland's, whom the quotation and the cue name as the
    # co-presenter (rules 104, 169; rule 3931); the quotations before `forderte Bucher`, `so Bucher weiter` and `sagte Bucher`
    # are his (rule 30); Markus Fauland, the Wähler and the Mitarbeiter say nothing; the fused label `BZÖ-Bucher` and the
    # compounds `BZÖ-Bündnisobmann` and `BZÖ-Bündniskoordinator` carry the party's name and are no aliases (rules 33, 3672);
    # `Bucher` is the only form of his name in the text (rule 7)
    quotes=[("\"Ich werde aus der Politik ausscheiden\"", BUCHER),
            (BU_SUB, BUCHER),
            (cut(BU_P1, "\"Ich werde gemeinsam", "Wahlergebnis\""), BUCHER),
            (cut(BU_P1, "\"Die 165.000", "erforderlich\""), BUCHER),
            (cut(BU_P2, "\"Seit Sonntag", "zu bleiben\""), BUCHER),
            (cut(BU_P3, "\"Es war mir", "Landesrat\""), BUCHER)],
    aliases={BUCHER: ["Bucher"]})

# --- APA-OTS, Klub der Freiheitlichen (Vienna Rathaus), 18 October 2014: Johann Gudenus on Michael Häupl and a trust index ---

GU_T = "FP-Gudenus: Häupl hat das Vertrauen der Bürger verspielt!"
GU_SUB = "Wiener SPÖ-Chef hat nicht nur die Stadt, sondern auch sich selbst zum Österreich-Schlusslicht gemacht"
GU_P1 = ("Wien (OTS/fpd) - Der oberösterreichische Landeshauptmann Josef Pühringer (ÖVP) wird sich über den aktuellen "
         "APA-OGM-Vertrauensindex freuen. Er führt mit weitem Abstand vor seinen Kollegen aus den anderen Bundesländern. "
         "Absolutes Schlusslicht ist Wiens SPÖ-Bürgermeister Michael Häupl. \"Es ist der Platz, der ihm gebührt\", stellt Wiens "
         "FPÖ-Klubchef und stellvertretender Bundesparteiobmann Mag. Johann Gudenus trocken fest, \"er hat das Vertrauen der "
         "Bürger verspielt!\"")
GU_P2 = ("Ob Schmäh-Befragungen, Kampf gegen ein faires Wahlrecht, Massenzuwanderung oder Misswirtschaft - Häupl hat tatsächlich "
         "alles getan, um Wien, sich und seine Partei in Misskredit zu bringen. \"Da hat er das Ergebnis\", erklärt Gudenus. Er "
         "will den enttäuschten Bürgern aber Mut machen: \"Um die Wahl im kommenden Jahr kommt Häupl nicht herum. Dann haben die "
         "Wienerinnen und Wiener die Möglichkeit, einen Mann an die Spitze ihrer Stadt zu stellen, dem man vertrauen kann - "
         "unseren HC Strache!\"")

add(id="ho649-ots-fpoe-klub-wien-2014-10-18-gudenus-haeupl-vertrauensindex",
    title=GU_T,
    url="https://www.ots.at/presseaussendung/OTS_20141018_OTS0025/fp-gudenus-haeupl-hat-das-vertrauen-der-buerger-verspielt",
    retrieved="same address (release of the FPÖ's club in the Vienna Rathaus on the APA-OTS service, 18 October 2014 by its "
              "OTS number; the sender is told by the dateline code 'OTS/fpd', the contact block 'Klub der Freiheitlichen, "
              "Pressestelle, Tel.: (01) 4000 / 81 798' and the footer code NFW0003, the last two dropped (rule 3930); the end "
              "mark ' (Schluss)' after the last closing mark dropped (rule 48); headline and subtitle kept as lines of their "
              "own; complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[GU_SUB, GU_P1, GU_P2],
    # the headline after the label `FP-Gudenus:` is unmarked and carries no span (rule 5), although his second quotation says
    # the same; the quotation split by the inserted cue `stellt Wiens FPÖ-Klubchef und stellvertretender Bundesparteiobmann
    # Mag. Johann Gudenus trocken fest` is his in both parts (rule 30); the quotation before `erklärt Gudenus` and the colon
    # quotation after `Er will den enttäuschten Bürgern aber Mut machen:` are his (rules 8, 9, 30); Josef Pühringer, Michael
    # Häupl, HC Strache and the Bürger say nothing; the academic title `Mag.` stays in the alias that carries it and out of
    # the canonical name (rules 7, 3732); `FPÖ-Klubchef` and the fused label `FP-Gudenus` are no aliases (rules 33, 3672)
    quotes=[("\"Es ist der Platz, der ihm gebührt\"", GUDENUS),
            ("\"er hat das Vertrauen der Bürger verspielt!\"", GUDENUS),
            ("\"Da hat er das Ergebnis\"", GUDENUS),
            (cut(GU_P2, "\"Um die Wahl", "HC Strache!\""), GUDENUS)],
    aliases={GUDENUS: ["Johann Gudenus", "Mag. Johann Gudenus", "Gudenus"]})

# --- APA-OTS, ÖAAB (footer code AAB), 29 April 2016: August Wöginger and Karl Nehammer before the 1st of May ---

OE_T = "Der 1. Mai ist keine Erbpacht der Sozialdemokraten"
OE_SUB = "ÖAAB stellt sich den Herausforderungen der Arbeitswelt der Zukunft"
OE_P1 = join("Wien (OTS) - „Der ‚Tag der Arbeit‘ ist keine Erbpacht der",
             "Sozialdemokraten. Denn nur die leistungsbereiten Arbeitnehmerinnen",
             "und Arbeitnehmer stärken nachhaltig die österreichische Wirtschaft im",
             "rauen internationalen Wettbewerb. Deshalb setzt sich der ÖAAB mit",
             "seinen starken Landesorganisationen mit aller Kraft für die Rechte",
             "der arbeitenden Menschen ein“, betont gf. ÖAAB-Bundesobmann August",
             "Wöginger anlässlich des „Tags der Arbeit“ am 1. Mai.")
OE_P2 = join("„Arbeitsplätze entstehen nicht von alleine. Alte Rezepte gehören der",
             "Vergangenheit an. Sie bieten keine Antworten auf die vielfältigen",
             "Herausforderungen der Arbeitswelt der Zukunft. Neue Wege sind",
             "gefragt. Der ÖAAB stellt sich diesen Herausforderungen: Im Dialog mit",
             "der heimischen Wirtschaft und im Sinne der einsatzkräftigen",
             "Arbeitnehmerinnen und Arbeitnehmer“, ergänzt ÖAAB-Generalsekretär",
             "Karl Nehammer abschließend.")

add(id="ho649-ots-oeaab-2016-04-29-woeginger-nehammer-erster-mai",
    title=OE_T,
    url="https://www.ots.at/presseaussendung/OTS_20160429_OTS0118/der-1-mai-ist-keine-erbpacht-der-sozialdemokraten",
    retrieved="same address (release of the ÖAAB on the APA-OTS service, 29 April 2016 by its OTS number and the ots.at line "
              "'• 29.04.2016, 11:11:58'; the stored copy shows no contact block, and the sender is read from the footer code "
              "'AAB' of the line 'OTS-ORIGINALTEXT PRESSEAUSSENDUNG … - WWW.OTS.AT | AAB', the code of the ÖAAB's releases "
              "(AAB0001 with the contact 'ÖAAB-Bundesleitung' in its release OTS_20070117_OTS0220, used by an earlier set), and "
              "from the release's own voice, whose two speakers are the ÖAAB's federal chairman and general secretary (rule "
              "3930); the ots.at lines of time and number above the headline ('• 29.04.2016, 11:11:58' / '• /' / '• OTS0118 "
              "OTW0118'), the old layout's repetition of the subtitle after 'Utl.:', hard-wrapped and ended with the wire's '=' "
              "('Utl.: ÖAAB stellt sich den Herausforderungen der Arbeitswelt der' / 'Zukunft ='), the footer line and the "
              "share and keyword lines after it dropped (rules 2580, 3520); headline and subtitle kept as lines of their own; "
              "the hard-wrapped lines of each paragraph joined with one space (rule 3520); the nested single marks '‚Tag der "
              "Arbeit‘' and the published 'gf.' and 'einsatzkräftigen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[OE_SUB, OE_P1, OE_P2],
    # the headline and the subtitle are unmarked and carry no span (rule 5); the quotation before `betont gf.
    # ÖAAB-Bundesobmann August Wöginger` is his, the single marks around `‚Tag der Arbeit‘` inside his span (NOTES.md nested
    # quotes); the marked name of the day `„Tags der Arbeit“` in the occasion phrase of his cue is null, also though his
    # quotation has just set the same name in single marks (rules 24, 251; rule 3935); the quotation before `ergänzt
    # ÖAAB-Generalsekretär Karl Nehammer abschließend` is his (rule 30); the Sozialdemokraten and the ÖAAB say nothing; the
    # compounds `ÖAAB-Bundesobmann` and `ÖAAB-Generalsekretär` name the organisation and are no aliases (rule 33)
    quotes=[(cut(OE_P1, "„Der ‚Tag", "Menschen ein“"), WOEGINGER),
            ("„Tags der Arbeit“", None),
            (cut(OE_P2, "„Arbeitsplätze", "Arbeitnehmer“"), NEHAMMER)],
    aliases={WOEGINGER: ["August Wöginger", "Wöginger"],
             NEHAMMER: ["Karl Nehammer", "Nehammer"]})

# --- APA-OTS, Volkspartei Niederösterreich (dateline code NÖI), 26 June 2021: Johanna Mikl-Leitner congratulating Georg Strasser ---

ML_T = "LH Mikl-Leitner und LGF Ebner zur Wiederwahl von Bauernbundpräsidenten Georg Strasser"
ML_P1 = ("St. Pölten (OTS/NÖI) - „Ich gratuliere Georg Strasser zu seiner Wiederwahl als Präsident des Österreichischen "
         "Bauernbundes. Georg Strasser zeichnet sich durch sein großartiges Verhandlungsgeschick und seinen Weitblick aus. Er "
         "vertritt die Interessen der Bäuerinnen und Bauern auf allen Ebenen mit Nachdruck und ist ein echter Verbinder, wo das "
         "Miteinander immer einen zentralen Platz einnimmt. Ich wünsche ihm und seinem gesamten Team viel Erfolg und freue mich "
         "über die Fortsetzung der guten und wichtigen Zusammenarbeit zwischen Land und Landwirtschaft“, betont Landeshauptfrau "
         "Johanna Mikl-Leitner.")
ML_P2 = ("Die Bäuerinnen und Bauern könnten sich darauf verlassen, dass man in Niederösterreich weiterhin mit aller Kraft hinter "
         "ihnen stehe – sei es etwa mit raschen Hilfen bei Unwetterkatastrophen, wie sie diese Woche Teile des Landes getroffen "
         "haben oder auch dann, wenn es um überbordende Umweltstandards gehe, so die Landeshauptfrau: „Wenn manche meinen, die "
         "Umweltstandards in der Landwirtschaft immer weiter nach oben schrauben zu müssen, dann laufen wir Gefahr Tierleid und "
         "schlechte soziale und Umweltstandards aus anderen Staaten importieren zu müssen. Das kann nicht der richtige Weg sein "
         "und dagegen werden wir uns auch wehren.“")
ML_P3 = ("Gerade die Bäuerinnen seien die besten Umweltschützer, weil sie auf Grund und Boden Acht geben und ihre Lebensgrundlage "
         "nicht mutwillig zerstören würden. „Viel wichtiger ist es, unsere Bäuerinnen und Bauern die notwendigen "
         "Rahmenbedingungen zu geben, damit sie auch weiterhin erfolgreich und ökologisch wirtschaften können“, so die "
         "Landeshauptfrau")

add(id="ho649-ots-vpnoe-2021-06-26-mikl-leitner-strasser-wiederwahl",
    title=ML_T,
    url="https://www.ots.at/presseaussendung/OTS_20210626_OTS0024/lh-mikl-leitner-und-lgf-ebner-zur-wiederwahl-von-"
        "bauernbundpraesidenten-georg-strasser",
    retrieved="same address (release of the Volkspartei Niederösterreich on the APA-OTS service, 26 June 2021 by its OTS number "
              "and Georg Strasser's re-election at the Bundesbauernrat of 26 June 2021; the stored copy ends inside the fourth "
              "body paragraph before any contact block, and the sender is read from the dateline code 'OTS/NÖI', the Volkspartei "
              "Niederösterreich's, and from the headline's 'LGF Ebner', its Land manager (rules 3520, 3930); the crawl-date "
              "prefix ' date 2021-06' before the headline dropped (rule 63); the fourth body paragraph, the Land manager Bernhard "
              "Ebner's congratulation cut off inside its colon quotation ('… dass er eine starke Stimme fü'), dropped with that "
              "quotation (rule 15); the published 'von Bauernbundpräsidenten', 'getroffen haben oder' without a comma, 'laufen "
              "wir Gefahr Tierleid' without a comma and the last sentence without its full stop ('so die Landeshauptfrau') kept "
              "(rule 20))",
    license=APA_OTS_POLITICS,
    paras=[ML_P1, ML_P2, ML_P3],
    # the headline names the Landeshauptfrau and the Land manager Ebner without marks and carries no span (rule 5); Ebner's
    # congratulation is lost with the cut paragraph, so he has no quotation in the kept text (rules 15, 3250); the quotation
    # before `betont Landeshauptfrau Johanna Mikl-Leitner` is hers, the congratulation naming Georg Strasser in the third
    # person (rules 30, 3682); the colon quotation after her Konjunktiv report closed by `so die Landeshauptfrau:` and the
    # quotation before the second `so die Landeshauptfrau` are hers (rules 8, 9, 30); the unmarked Konjunktiv reports carry no
    # span (rule 5); Georg Strasser, Bernhard Ebner, the Bäuerinnen und Bauern and `manche` say nothing; `LH Mikl-Leitner`
    # and `Landeshauptfrau`, the office naming only her, are aliases (rule 44)
    quotes=[(cut(ML_P1, "„Ich gratuliere", "Landwirtschaft“"), MIKL_LEITNER),
            (cut(ML_P2, "„Wenn manche", "wehren.“"), MIKL_LEITNER),
            (cut(ML_P3, "„Viel wichtiger", "wirtschaften können“"), MIKL_LEITNER)],
    aliases={MIKL_LEITNER: ["Johanna Mikl-Leitner", "LH Mikl-Leitner", "Mikl-Leitner", "Landeshauptfrau"]})

# --- APA-OTS, SPÖ-Bundesorganisation/Pressedienst, 5 November 2025: Klaus Seltenheim against the FPÖ ---

SE_T = ("SPÖ-Seltenheim: „SPÖ in der Regierung arbeitet täglich für die Menschen, FPÖ beweist täglich, dass sie keine Lösungen "
        "hat“")
SE_DL = "Wien (OTS) -"
SE_P1 = ("Mit Kopfschütteln reagiert SPÖ-Bundesgeschäftsführer Klaus Seltenheim auf die heutigen aggressiven Rundumschläge von "
         "FPÖ-Generalsekretär Schnedlitz. „Dass die FPÖ für Hass und Hetze steht, ist hinreichend bewiesen. Dafür hätte es die "
         "heutige Schnedlitz-Aussendung nicht gebraucht. Wofür die FPÖ mit Kickl NICHT steht, sind Verantwortung und Arbeit für "
         "Österreich. Während die SPÖ mit Vizekanzler und Wohnminister Andreas Babler in der Regierung seit Tag 1 zum Wohl der "
         "Menschen arbeitet, beweist die FPÖ täglich, dass sie nichts in der Regierung verloren und keine Lösungen für Österreich "
         "hat“, betonte Seltenheim heute, Mittwoch, gegenüber dem SPÖ-Pressedienst.")
SE_P2 = ("Für den SPÖ-Bundesgeschäftsführer ist klar: „Es ist gut, dass die FPÖ bei der Regierungsbildung an Kickls Angst vor "
         "Verantwortung gescheitert ist. Und es ist gut, dass die SPÖ Verantwortung übernommen hat. Wir Sozialdemokrat*innen mit "
         "Andreas Babler an der Spitze sind der Motor in der Regierung, wenn es um Maßnahmen für ein leistbares Leben geht. Mit "
         "dem Mietpreis-Stopp, dem Energie-Sozialtarif sowie zahlreichen Maßnahmen für faire Lebensmittelpreise wie zum Beispiel "
         "dem Kampf gegen den ‚Österreich-Aufschlag‘ und irreführende Rabatte greifen wir ein und machen das Leben leistbar“, so "
         "Seltenheim.")

add(id="ho649-ots-spoe-2025-11-05-seltenheim-fpoe-keine-loesungen",
    title=SE_T,
    url="https://www.ots.at/presseaussendung/OTS_20251105_OTS0163/spoe-seltenheim-spoe-in-der-regierung-arbeitet-taeglich-fuer-"
        "die-menschen-fpoe-beweist-taeglich-dass-sie-keine-loesungen-hat",
    retrieved="same address (release of the SPÖ's federal organisation on the APA-OTS service, 5 November 2025 by its OTS "
              "number and the ots.at line '• 05.11.2025, 15:47:02', a Wednesday ('heute, Mittwoch'); the sender is told by the "
              "cue's 'gegenüber dem SPÖ-Pressedienst', the contact block 'SPÖ-Bundesorganisation/Pressedienst, Telefon: "
              "01/53427-275, E-Mail: pressedienst@spoe.at' and the footer code NSK, the last two dropped with the share, keyword "
              "and channel lines and the distributor's address after them (rules 2580, 3930); the ots.at lines above the "
              "headline ('• 05.11.2025, 15:47:02' / '• /' / '• OTS0163') dropped (rule 2580); the dateline 'Wien (OTS) - ', "
              "which this layout sets on a line of its own before an empty line, kept as a line of its own without its line-end "
              "space (rule 3930); the OTS marker ' ****' after the first paragraph and the end mark with the editors' signs "
              "'(Schluss) mb/bj' dropped (rules 48, 460); the nested single marks '‚Österreich-Aufschlag‘', the published 'NICHT' "
              "in capitals, 'seit Tag 1' and 'Sozialdemokrat*innen' kept (rule 20); complete as stored)",
    license=APA_OTS_POLITICS,
    paras=[SE_DL, SE_P1, SE_P2],
    # the headline quotation after the label `SPÖ-Seltenheim:` is his (rule 54), his first body quotation saying the same with
    # `beweist die FPÖ täglich, dass sie … keine Lösungen für Österreich hat`; the quotation before `betonte Seltenheim heute,
    # Mittwoch, gegenüber dem SPÖ-Pressedienst` is his, the press service the addressee (rules 12, 30); the colon quotation
    # after `Für den SPÖ-Bundesgeschäftsführer ist klar:` is his, the role taking up the lead's `SPÖ-Bundesgeschäftsführer
    # Klaus Seltenheim` (rules 8, 9, 151), with the single marks around `‚Österreich-Aufschlag‘` inside his span (NOTES.md
    # nested quotes); Schnedlitz, Kickl, Andreas Babler, the FPÖ and the SPÖ say nothing; `SPÖ-Bundesgeschäftsführer` and the
    # fused label `SPÖ-Seltenheim` carry the party's name and are no aliases (rules 33, 3672)
    quotes=[("„SPÖ in der Regierung arbeitet täglich für die Menschen, FPÖ beweist täglich, dass sie keine Lösungen hat“",
             SELTENHEIM),
            (cut(SE_P1, "„Dass die FPÖ", "Österreich hat“"), SELTENHEIM),
            (cut(SE_P2, "„Es ist gut", "Leben leistbar“"), SELTENHEIM)],
    aliases={SELTENHEIM: ["Klaus Seltenheim", "Seltenheim"]})
