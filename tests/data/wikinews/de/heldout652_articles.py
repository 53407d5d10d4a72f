# Six-hundred-and-fifty-second held-out German real-news set (tests/data/heldout652-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 3960-3963). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by OTS number, address slug, two or more
# distinctive phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and
# jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Six-hundred-and-fifty-second held-out set": nine press releases of an Austrian
# association of industry, charities, an association for people with disabilities, a sports federation, a bank holding, a
# federal museum, an animal-welfare organisation and a union, distributed by APA-OTS Originaltext-Service and shown on ots.at
# (licence APA_OTS_SENDERS): the Industriellenvereinigung (Georg Kapsch and Christoph Neumayer congratulating Harald Mahrer,
# December 2017; Veit Sorger and the IV on a union rally before the Haus der Industrie, May 2009), CARE Österreich (Ulrike
# Schelander on emergency aid after the earthquake in Indonesia, May 2006), the ASKÖ (Hermann Krist and Michael Maurer on
# volunteers in sport, December 2014, sender inferred), the Lebenshilfe Österreich (Albert Brandstätter on the deadline for
# barrier-free public buildings, November 2010), the Raiffeisen-Holding NÖ-Wien (Christian Konrad on the extension of Klaus
# Albrecht Schröder's contract, June 2008), the Albertina (Schröder on the same extension, June 2008, sender inferred), VIER
# PFOTEN (Johanna Stadler on a kidnapped bear cub in Slovenia, June 2011, sender inferred) and the Gewerkschaft der
# Gemeindebediensteten (Rudolf Hundstorfer re-elected at its Vienna conference, September 2002). Stored copies are the `search`
# tool's `pages` excerpts; only complete paragraphs are kept (rules 15, 17), the wire furniture (the OTS marker `++++`, the ÖGB
# press service's number lines, donation-account lines, service lines, contact blocks and footers) is dropped and the stored
# line breaks are treated as rules 2580, 3050, 3850 and 3960 say; each retrieval note names what was dropped.
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


KAPSCH = "Georg Kapsch"
NEUMAYER = "Christoph Neumayer"
SORGER = "Veit Sorger"
IV = "Industriellenvereinigung"
SCHELANDER = "Ulrike Schelander"
KRIST = "Hermann Krist"
MAURER = "Michael Maurer"
BRANDSTAETTER = "Albert Brandstätter"
KONRAD = "Christian Konrad"
SCHROEDER = "Klaus Albrecht Schröder"
STADLER = "Johanna Stadler"
HUNDSTORFER = "Rudolf Hundstorfer"

# --- APA-OTS, Industriellenvereinigung, 18 December 2017: Kapsch and Neumayer congratulate Harald Mahrer ---

MA_T = "Industrie gratuliert Harald Mahrer zur Wahl zum Wirtschaftsbund-Obmann"
MA_SUB = ("IV-Präsident Kapsch und IV-GS Neumayer: WKÖ auch in Zukunft wichtiger Partner der Industrie – Aufschwung nützen, "
          "Wirtschaftsstandort durch Reformen stärken")
# the single stored line break after the colon that ends `stellte auch IV-Generalsekretär Neumayer klar:` is joined with a
# space (rules 3050, 3860, 3960)
MA_P1 = join("Wien (OTS) - „Wir gratulieren Harald Mahrer sehr herzlich zu seiner heutigen Bestellung als "
             "Wirtschaftsbund-Obmann und freuen uns auf eine von Tatkraft geprägte Zusammenarbeit im Sinne der "
             "österreichischen Unternehmen“, so Mag. Georg Kapsch, Präsident der Industriellenvereinigung (IV) und Mag. "
             "Christoph Neumayer, IV-Generalsekretär, heute, Montag. Seit jeher sei die Wirtschaftskammer ein wichtiger und "
             "wertgeschätzter Partner der heimischen Industrie. „Daher freut es mich, dass mit Harald Mahrer eine "
             "Persönlichkeit an der Spitze stehen wird, die sich schon in der Vergangenheit stets durch Sachkenntnis und "
             "großes Verständnis für die Anliegen und Erfordernisse des Standortes Österreich ausgezeichnet hat“, betonte der "
             "IV-Präsident, der gleichzeitig die Reformbereitschaft Mahrers hervorhob. Eben jene Bereitschaft brauche es "
             "gerade jetzt, stellte auch IV-Generalsekretär Neumayer klar:",
             "„Harald Mahrer war immer jemand, der Reformerfordernisse klar erkannt und sich nie gescheut hat, sie auch beim "
             "Namen zu nennen. Ich bin zuversichtlich, dass er das auch in seiner neuen Funktion so handhaben wird.“ Denn "
             "gerade die wieder in Fahrt gekommenen Konjunktur müsse für eine nachhaltige Stärkung des Wirtschaftsstandortes "
             "genutzt werden, um auf eventuell kommende Unwägbarkeiten bestmöglich vorbereitet zu sein und Wohlstand und "
             "Arbeitsplätze in Österreich zu halten. „Erste positive Schritte in diese Richtung sind bereits erkennbar, "
             "weitere müssen folgen. Die Wirtschaftskammer hat in der Industriellenvereinigung dabei auch in Zukunft eine "
             "verlässliche Partnerin“, so Neumayer und Kapsch abschließend.")

add(id="ho652-ots-iv-2017-12-18-kapsch-neumayer-mahrer-wirtschaftsbund",
    title=MA_T,
    url="https://www.ots.at/presseaussendung/OTS_20171218_OTS0156/industrie-gratuliert-harald-mahrer-zur-wahl-zum-"
        "wirtschaftsbund-obmann",
    retrieved="same address (release of the Industriellenvereinigung on the APA-OTS service, 18 December 2017 by its OTS "
              "number and the release's 'heute, Montag'; the sender is told by the contact block 'IV-Newsroom, +43 (1) 711 "
              "35-2306, newsroom@iv.at', which the stored copy breaks off ('https://w'), dropped (rules 2580, 3960); the "
              "service line 'Weitere Informationen: www.iv.at/medien' between the body and the contact block dropped as "
              "furniture (rule 3960); headline and subtitle kept as lines of their own as stored; the single stored line "
              "break after the colon that ends '… stellte auch IV-Generalsekretär Neumayer klar:' joined with one space "
              "(rules 3050, 3960); the published 'die wieder in Fahrt gekommenen Konjunktur' kept (rule 20); complete as "
              "stored up to the service line)",
    license=APA_OTS_SENDERS,
    paras=[MA_SUB, MA_P1],
    # the subtitle label `IV-Präsident Kapsch und IV-GS Neumayer:` before unmarked words has no span (rule 5); the quotation
    # before the joint cue `so Mag. Georg Kapsch, Präsident der Industriellenvereinigung (IV) und Mag. Christoph Neumayer,
    # IV-Generalsekretär` is their joint statement and goes to the first named, Kapsch; Neumayer, who has quotations of his
    # own, is not his alias (rules 27, 750); the quotation before `betonte der IV-Präsident` is Kapsch's, the role naming only
    # him in the release (rules 8, 30); the colon quotation after `stellte auch IV-Generalsekretär Neumayer klar:` is
    # Neumayer's, Harald Mahrer, whose name opens it, being the man spoken of (rules 9, 30); the last quotation, before the
    # joint cue `so Neumayer und Kapsch abschließend`, goes to the first named of that cue, Neumayer, not to the lead's order
    # (rules 27, 3811); Harald Mahrer, the Wirtschaftskammer, the WKÖ and the Industriellenvereinigung say nothing in marks;
    # the role phrases with the body's name (`IV-Präsident`, `IV-Generalsekretär`, `IV-GS`, `Präsident der
    # Industriellenvereinigung (IV)`) are no aliases (rule 33)
    quotes=[(cut(MA_P1, "„Wir gratulieren", "Unternehmen“"), KAPSCH),
            (cut(MA_P1, "„Daher freut", "ausgezeichnet hat“"), KAPSCH),
            (cut(MA_P1, "„Harald Mahrer war", "handhaben wird.“"), NEUMAYER),
            (cut(MA_P1, "„Erste positive", "verlässliche Partnerin“"), NEUMAYER)],
    aliases={KAPSCH: ["Mag. Georg Kapsch", "Georg Kapsch", "Kapsch"],
             NEUMAYER: ["Mag. Christoph Neumayer", "Christoph Neumayer", "Neumayer"]})

# --- APA-OTS, Industriellenvereinigung, 13 May 2009: Sorger and the IV on the union rally before the Haus der Industrie ---

DE_T = "Industrie zu Demonstration: Tür für Gespräche im Haus der Industrie immer offen"
DE_SUB = "IV: Bedauern über Gang auf die Strasse durch Gewerkschaften"
# the single stored line break after the colon that ends `Für die Industriellenvereinigung gilt:` is joined with a space
# (rules 3050, 3860, 3960)
DE_P1 = join("Wien (OTS) - (PdI) \"Die Tür steht im Haus der Industrie für Arbeitnehmervertreterinnen und "
             "Arbeitnehmervertreter immer offen -auch heute\", sagte IV-Präsident Dr. Veit Sorger, zur heute vor dem Haus der "
             "Industrie am Schwarzenbergplatz abgehaltenen Gewerkschaftskundgebung. Für die Industriellenvereinigung gilt:",
             "\"Probleme werden wir nicht auf der Straße lösen können - schon gar nicht in der stärksten Wirtschaftskrise der 2. "
             "Republik. Es braucht vielmehr das Wahrnehmen gemeinsamer Verantwortung für die Arbeitsplätze, das Wachstum und "
             "den Wohlstand in diesem Land. Die Industrie nimmt diese Verantwortung wahr.\"")

add(id="ho652-ots-iv-2009-05-13-sorger-demonstration-haus-der-industrie",
    title=DE_T,
    url="https://www.ots.at/presseaussendung/OTS_20090513_OTS0349/industrie-zu-demonstration-tuer-fuer-gespraeche-im-haus-"
        "der-industrie-immer-offen",
    retrieved="same address (release of the Industriellenvereinigung on the APA-OTS service, 13 May 2009 by its OTS number and "
              "the release's 'heute'; the sender is told by the contact block 'IV-Newsroom, Tel.: (++43-1) 711 35-2306, … "
              "http://www.iv-net.at/medien' and the footer code NPI0002, both dropped (rules 2580, 3960); the IV press "
              "service's code '(PdI)' after the dateline kept as release text, as rule 2780 keeps '(PWK70/FS)'; headline and "
              "subtitle kept as lines of their own as stored; the single stored line break after the colon that ends 'Für die "
              "Industriellenvereinigung gilt:' joined with one space (rules 3050, 3960); the published 'immer offen -auch "
              "heute', 'Dr. Veit Sorger, zur heute' with its comma and 'Strasse' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[DE_SUB, DE_P1],
    # the subtitle label `IV:` before unmarked words has no span (rule 5); the quotation before `sagte IV-Präsident Dr. Veit
    # Sorger` is his (rule 30); the colon quotation after `Für die Industriellenvereinigung gilt:` is the association's, which
    # the frame names as the holder of the position, not its president's (rules 11, 3961); the Gewerkschaften and the
    # Arbeitnehmervertreterinnen und Arbeitnehmervertreter say nothing; `IV-Präsident` names the body and is no alias (rule 33)
    quotes=[(cut(DE_P1, "\"Die Tür", "auch heute\""), SORGER),
            (cut(DE_P1, "\"Probleme werden", "Verantwortung wahr.\""), IV)],
    aliases={SORGER: ["Dr. Veit Sorger", "Veit Sorger"],
             IV: ["Industriellenvereinigung"]})

# --- APA-OTS, CARE Österreich, 29 May 2006: emergency aid after the earthquake in Indonesia ---

CA_T = "CARE: 10.000 Euro Soforthilfe für indonesische Erdbebenopfer"
CA_SUB = "Interviewpartner vor Ort verfügbar"
CA_P1 = ("Wien (OTS) - CARE Österreich stellt 10.000 Euro finanzielle Soforthilfe für die Erdbebenopfer in Indonesien bereit "
         "und bittet dringend um Spenden für weitere Hilfsmaßnahmen. Mitarbeiter von CARE, unter ihnen der stellvertretende "
         "Country Director und die medizinische Leiterin von CARE Indonesien sind seit Sonntag mit einem Team der UNO im "
         "Katastrophengebiet unterwegs. Sie erheben das genaue Ausmaß des Erdbebens und den Bedarf an Hilfsgütern. Gleichzeitig "
         "stellt die Hilforganisation bereits Wasseraufbereitungsmittel für die Betroffenen zur Verfügung.")
CA_P2 = ("\"Sauberes Wasser ist ein Schlüsselfaktor nach einer Katastrophe,\" erklärt die Geschäftsführerin von CARE "
         "Österreich, Mag. Ulrike Schelander. \"Nur dadurch kann die Seuchengefahr eingedämmt werden.\" CARE hat deshalb \"Safe "
         "Water Solutions\" als Ersthilfe zur Verfügung gestellt, die 1.200 Familien einen Monat lang mit sauberem Trinkwasser "
         "versorgen. Mit dem Geld aus Österreich können auch weitere Sofortmaßnahmen in Angriff genommen werden.")
CA_P3 = ("CARE ist bereits seit fast 40 Jahren in Indonesien tätig und arbeitet eng mit der UNO, der Regierung und anderen NGOs "
         "zusammen, um ein genaues Bild der notwendigen Hilfsleistungen zu zeichnen. \"Nur wenn der Bedarf klar und die "
         "Verteilung gut organisiert ist, kann die Hilfe rasch und effizient erfolgen,\" erklärt Schelander.")
CA_P4 = ("In der Region um Yogyakarta sind bei dem Erdbeben am Samstag über 5.000 Menschen ums Leben gekommen, mehr als 20.000 "
         "sind verletzt und über 100.000 wurden obdachlos.")
CA_P5 = "CARE Österreich bittet um rasche Hilfe für die betroffene Bevölkerung:"

add(id="ho652-ots-care-2006-05-29-schelander-erdbeben-indonesien",
    title=CA_T,
    url="https://www.ots.at/presseaussendung/OTS_20060529_OTS0102/care-10000-euro-soforthilfe-fuer-indonesische-erdbebenopfer",
    retrieved="same address (release of CARE Österreich on the APA-OTS service, 29 May 2006 by its OTS number, two days after "
              "the Yogyakarta earthquake of Saturday, 27 May 2006; the stored copy ends inside the boilerplate section 'CARE "
              "in Indonesien:' before any contact block, and the sender is inferred from the release's own voice: the "
              "headline label 'CARE:', the charity's own aid and appeal, only its managing director quoted (rules 2850, "
              "3960); headline and subtitle kept as lines of their own as stored; the subheading 'Spendenkonto:' and the two "
              "account lines under the appeal ('- Spendenkonto: 1.236.000 (PSK, BLZ 60.000), Kennwort: \"Erdbeben "
              "Indonesien\"', '- Online-Spenden auf www.care.at/spenden') dropped as donation-account furniture, the appeal "
              "sentence with its colon kept as a line of its own (rules 3230, 3960); the subheading 'CARE in Indonesien:' and "
              "the boilerplate paragraph cut off after it ('… Gesundheits-, Wass') dropped (rule 15); the published "
              "'Katastrophe,\" erklärt' and 'erfolgen,\" erklärt' with the commas inside the marks, 'der stellvertretende "
              "Country Director und die medizinische Leiterin von CARE Indonesien sind' without a closing comma and "
              "'Hilforganisation' kept (rule 20); complete as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[CA_SUB, CA_P1, CA_P2, CA_P3, CA_P4, CA_P5],
    # the quotation before `erklärt die Geschäftsführerin von CARE Österreich, Mag. Ulrike Schelander` is hers, its comma
    # inside the closing mark (rules 20, 30), and the cue-less quotation after the cue sentence continues her (NOTES.md
    # continuation); the product's name `"Safe Water Solutions"` is null (rules 2, 24); the quotation before `erklärt
    # Schelander` is hers (rule 30); CARE, the UNO, the Regierung, the NGOs, the Country Director and the medizinische
    # Leiterin say nothing; the role phrase with the charity's name is no alias (rule 33)
    quotes=[(cut(CA_P2, "\"Sauberes Wasser", "Katastrophe,\""), SCHELANDER),
            ("\"Nur dadurch kann die Seuchengefahr eingedämmt werden.\"", SCHELANDER),
            ("\"Safe Water Solutions\"", None),
            (cut(CA_P3, "\"Nur wenn", "erfolgen,\""), SCHELANDER)],
    aliases={SCHELANDER: ["Mag. Ulrike Schelander", "Ulrike Schelander", "Schelander"]})

# --- APA-OTS, ASKÖ, 23 December 2014: Krist and Maurer on the volunteers of organised sport ---

AS_T = "ASKÖ wünscht der gesamten Sportfamilie alles Gute für 2015"
AS_P1 = ("Wien (OTS) - Die ASKÖ wünscht allen Sportvereinen und Sportverbänden mit ihren Mitgliedern sowie allen bewegungs- "
         "und sportbegeisterten Österreicherinnen und Österreichern erholsame Weihnachtsfeiertage und einen guten Rutsch ins "
         "Neue Jahr 2015.")
AS_P2 = ("Bei dieser Gelegenheit betonen ASKÖ-Präsident Hermann Krist und Generalsekretär Michael Maurer die Bedeutung des "
         "organisierten Sports in Österreich und dessen ungemein hohe Wertschöpfung. \"Seriösen Schätzungen zu Folge leisten "
         "ca. 500.000 ehrenamtliche Funktionärinnen und Funktionäre wöchentlich fast 2 Millionen unentgeltliche "
         "Arbeitsstunden. Alleine daran sieht man, dass es ohne diese idealistisch tätigen und sportlich begeisterten Menschen "
         "nie möglich sein könnte, den Sportlerinnen und Sportlern ihre Aktivitäten zu ermöglichen und eine derartige Vielfalt "
         "von Sport- und Bewegungsangeboten anzubieten\", so ASKÖ-Präsident Hermann Krist, der ankündigt, dass die ASKÖ im "
         "Jahr 2015 vor allem dem Funktionärswesen ein besonderes Augenmerk schenken wird.")
AS_P3 = ("ASKÖ-Generalsekretär Michael Maurer betont, dass die gemeinnützigen Verbände und Vereine aufgrund der schwieriger "
         "werdenden wirtschaftlichen und öffentlichen Rahmenbedingungen immer größeren Belastungen ausgesetzt sind. \"Anhand der "
         "Wertschöpfungskennzahlen erkennt man ganz klar, dass jährlich in die Milliarden gehende Mehrwerte durch die über "
         "14.000 Vereine und Verbände für unsere Gesellschaft vor Ort, in den Städten und Gemeinden erbracht werden. "
         "Sportvereine bieten nicht nur sportliche Leistungen an, sondern bringen uns allen einen Nutzen. Dazu kommen "
         "gesundheitliche und soziale Einsparungseffekte. Es ist daher unbedingt notwendig, den Funktionärinnen und "
         "Funktionären, die den Sport in Österreich erst möglich machen, eine merkbare Anerkennung zu Teil werden zu lassen. "
         "Bewegung & Sport darf keine Bürde sein, sondern muss allen Beteiligten Freude machen können.\"")

add(id="ho652-ots-askoe-2014-12-23-krist-maurer-ehrenamt",
    title=AS_T,
    url="https://www.ots.at/presseaussendung/OTS_20141223_OTS0034/askoe-wuenscht-der-gesamten-sportfamilie-alles-gute-fuer-2015",
    retrieved="same address (release on the APA-OTS service, 23 December 2014 by its OTS number and its Christmas and New "
              "Year wishes for 2015; the stored copy breaks off in its fourth paragraph ('Krist und Maur') before any contact "
              "block, and the sender is inferred from the release's own voice as the ASKÖ, the sports federation whose "
              "wishes the headline states and whose president and secretary general alone are quoted (rules 2850, 3960); the "
              "cut-off fourth paragraph dropped (rule 15); the published 'Seriösen Schätzungen zu Folge', 'zu Teil werden' "
              "and 'Bewegung & Sport' kept (rule 20); used as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[AS_P1, AS_P2, AS_P3],
    # the lead names both officers as subject of `betonen … die Bedeutung`, unmarked indirect speech without a span (rule 5);
    # the quotation closed by `so ASKÖ-Präsident Hermann Krist, der ankündigt, …` is Krist's alone, the cue naming only him
    # (rule 30); the cue-less quotation after `ASKÖ-Generalsekretär Michael Maurer betont, dass …` continues the subject of
    # that sentence, Maurer (NOTES.md continuation; rule 30); the ASKÖ, the Funktionärinnen und Funktionäre and the Vereine
    # say nothing; `ASKÖ-Präsident` and `ASKÖ-Generalsekretär` name the federation and are no aliases (rule 33), the bare
    # `Generalsekretär` names only Maurer (rule 44)
    quotes=[(cut(AS_P2, "\"Seriösen", "anzubieten\""), KRIST),
            (cut(AS_P3, "\"Anhand", "machen können.\""), MAURER)],
    aliases={KRIST: ["Hermann Krist"],
             MAURER: ["Michael Maurer", "Generalsekretär Michael Maurer"]})

# --- APA-OTS, Lebenshilfe Österreich, 29 November 2010: Brandstätter on the deadline for barrier-free buildings ---

LH_T = "Lebenshilfe erfreut über Beibehaltung der Frist für Umsetzung der Barrierefreiheit"
LH_SUB = "Kleiner Erfolg täuscht aber nicht über die großen Budgetprobleme hinweg"
LH_P1 = ("Wien (OTS) - \"Die Bedenken der Behindertenverbände sind ernst genommen worden\", zeigt sich der "
         "Bundesgeschäftsführer der Lebenshilfe Österreich, Mag. Albert Brandstätter, erfreut darüber, dass Bundesminister "
         "Rudolf Hundstorfer die Beibehaltung der ursprünglichen Umsetzungsfrist für die Barrierefreiheit an öffentlichen "
         "Gebäuden bis 2016 gelungen ist. \"Alles andere wäre ein fatales Signal gewesen.\"")
LH_P2 = ("In Summe allerdings verweist die Lebenshilfe auf die vielen Probleme mit dem Budget. \"Trotz aller \"Abfederungen\" "
         "wird für viele Menschen in diesem Land der Weg zu besserer Lebensqualität holpriger und schwieriger. Wir brauchen "
         "einen zukunftsorientierten Blick auf die Behinderten- und Sozialpolitik. Inklusion muss uns etwas wert sein. "
         "Investitionen im Bereich Pflegegeld und der Unterstützung behinderter Menschen sind Investitionen in Lebensräume und "
         "Lebensmöglichkeiten\", meint Brandstätter abschließend.")

add(id="ho652-ots-lebenshilfe-2010-11-29-brandstaetter-barrierefreiheit",
    title=LH_T,
    url="https://www.ots.at/presseaussendung/OTS_20101129_OTS0223/lebenshilfe-erfreut-ueber-beibehaltung-der-frist-fuer-"
        "umsetzung-der-barrierefreiheit",
    retrieved="same address (release of the Lebenshilfe Österreich on the APA-OTS service, 29 November 2010 by its OTS number; "
              "the sender is told by the contact block 'Lebenshilfe Österreich, Mag. (FH) Eva Schrammel, … "
              "www.lebenshilfe.at' and the footer code LBH0002, both dropped (rules 2580, 3960); headline and subtitle kept as "
              "lines of their own as stored; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[LH_SUB, LH_P1, LH_P2],
    # the quotation before `zeigt sich der Bundesgeschäftsführer der Lebenshilfe Österreich, Mag. Albert Brandstätter,
    # erfreut darüber, dass Bundesminister Rudolf Hundstorfer …` is Brandstätter's, the minister named in the `dass`-clause
    # being the subject of what pleases him (rule 30), and the cue-less quotation after that sentence continues him (NOTES.md
    # continuation); the quotation that opens after `In Summe allerdings verweist die Lebenshilfe auf …` and is closed by
    # `meint Brandstätter abschließend` is his, not the association's, the cue after it naming the speaker (rules 11, 30); the
    # ASCII pair around `Abfederungen` inside it is nested, the statement going on after it, and stays in his span (rules 835,
    # 2175); Rudolf Hundstorfer, the Behindertenverbände and the Lebenshilfe say nothing; the role phrase with the
    # association's name is no alias (rule 33)
    quotes=[("\"Die Bedenken der Behindertenverbände sind ernst genommen worden\"", BRANDSTAETTER),
            ("\"Alles andere wäre ein fatales Signal gewesen.\"", BRANDSTAETTER),
            (cut(LH_P2, "\"Trotz aller", "Lebensmöglichkeiten\""), BRANDSTAETTER)],
    aliases={BRANDSTAETTER: ["Mag. Albert Brandstätter", "Albert Brandstätter", "Brandstätter"]})

# --- APA-OTS, Raiffeisen-Holding NÖ-Wien, 9 June 2008: Christian Konrad on the extension of Schröder's contract ---

KO_T = ("Kuratoriumsvorsitzender der Albertina, Christian Konrad, begrüßt Vertragsverlängerung von Klaus Albrecht "
        "Schröder")
KO_P1 = ("Wien (OTS) - Der Vorsitzende des Kuratoriums der Albertina, Dr. Christian Konrad, zeigt sich über die "
         "Vertragsverlängerung des Direktors der Albertina, Dir. Dr. Klaus Albrecht Schröder, durch BM Dr. Claudia Schmied "
         "sehr zufrieden. \"Die Entscheidung, Schröders Vertrag als Direktor der Albertina für weitere fünf Jahre bis 2014 zu "
         "verlängern, begrüße ich sehr. Ich werte dies als eine Bestätigung des von Schröder eingeschlagenen Weges.\"")
KO_P2 = ("\"Schröder ist es gelungen, die Kunst der Zeichnung gleichberechtigt mit anderen Kunstgattungen zu zeigen und auf "
         "diese Weise die künstlerische Einheit eines Werks oder einer Epoche sichtbar zu machen. Damit hat Schröder die früher "
         "nur Spezialisten bekannte Sammlung aus der Isolation geführt, ohne dass man die charakteristischen Stärken der "
         "Albertina vernachlässigt hätte. Mit der Sammlung Batliner hat er zudem in der Albertina erstmals eine permanente "
         "Schausammlung etabliert\", so Dr. Christian Konrad.")

add(id="ho652-ots-raiffeisen-2008-06-09-konrad-albertina-schroeder",
    title=KO_T,
    url="https://www.ots.at/presseaussendung/OTS_20080609_OTS0097/kuratoriumsvorsitzender-der-albertina-christian-konrad-"
        "begruesst-vertragsverlaengerung-von-klaus-albrecht-schroeder",
    retrieved="same address (release of the Raiffeisen-Holding NÖ-Wien on the APA-OTS service, 9 June 2008 by its OTS number; "
              "the sender is told by the contact block 'Dr. Michaela Stefan-Jandl, Raiffeisen-Holding NÖ-Wien, 1020 Wien, "
              "F.W.-Raiffeisen-Platz 1, …' and the footer code RFH0001, both dropped (rules 2580, 3960): the bank holding whose "
              "general director Konrad was sends his statement as chairman of the museum's board of trustees; the headline "
              "kept as the title, the copy showing no subtitle; complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[KO_P1, KO_P2],
    # the cue-less quotation after `Der Vorsitzende des Kuratoriums der Albertina, Dr. Christian Konrad, zeigt sich über die
    # Vertragsverlängerung … durch BM Dr. Claudia Schmied sehr zufrieden.` is Konrad's, the subject of that sentence, whose
    # first person (`begrüße ich sehr`) takes up his being pleased; the minister, the name nearest before the mark, is the
    # agent of the extension, and Klaus Albrecht Schröder its object (NOTES.md continuation; rules 8, 30); the quotation
    # before `so Dr. Christian Konrad` is his (rule 30); Schröder, Claudia Schmied and the Albertina say nothing in marks; the
    # role phrases with the museum's name (`Kuratoriumsvorsitzender der Albertina`, `Der Vorsitzende des Kuratoriums der
    # Albertina`) are no aliases (rule 33)
    quotes=[(cut(KO_P1, "\"Die Entscheidung", "eingeschlagenen Weges.\""), KONRAD),
            (cut(KO_P2, "\"Schröder ist", "etabliert\""), KONRAD)],
    aliases={KONRAD: ["Dr. Christian Konrad", "Christian Konrad"]})

# --- APA-OTS, Albertina, 9 June 2008: Klaus Albrecht Schröder on the extension of his contract ---

AL_T = ("Dr. Klaus Albrecht Schröder zeigte sich heute sehr befriedigt über die Verlängerung seines Vertrages als Direktor der "
        "Albertina bis 2014.")
AL_P1 = ("Wien (OTS) - Schröder sieht es als Bestätigung seiner Vision, die Albertina zu einem wichtigen Museum innerhalb der "
         "internationalen Museumslandschaft zu machen und als Wertschätzung seine bisherigen Arbeit, die Kunst der Zeichnung "
         "und Druckgraphik ebenbürtig und gleichwertig mit anderen Kunstgattungen im Sinne einer künstlerischen Einheit eines "
         "Werks zu präsentieren.")
AL_P2 = ("\"Aus den Gesprächen mit der Ministerin habe ich erkannt, wie sehr sie genau verfolgt, was wir in den letzten Jahren "
         "gemacht haben und warum wir die Albertina neu positioniert haben. Ich freue mich darüber, dass sie diesen Kurs "
         "weiterhin mit voller Kraft unterstützen will. Ihrer Einladung und Bitte, an der Weiterentwicklung der Bundesmuseen "
         "aktiv und initiativ mitzuwirken, komme ich gerne nach. Ihr Ziel, die Museen möglichst breiten "
         "Gesellschaftsschichten barrierefrei zugänglich zu machen und damit die österreichische Bevölkerung an unseren "
         "Sammlungen teilhaben zu lassen, teile ich in vollem Umfang.")
AL_P3 = ("Die Notwendigkeit, die staatliche Dotierung der Albertina nach fast zehn Jahren zu erhöhen, den Veränderungen und dem "
         "in den letzten Jahren erfolgten personellen wie räumlichen Ausbau anzupassen, hat die Ministerin ebenso anerkannt, "
         "wie sie die einzigartige historische Vielfalt der Wiener Museumslandschaft als einen besonderen Wert ansieht.")
AL_P4 = ("Als Direktor der Albertina wie als Mitglied der von Bundesministerin Schmied angeregten Direktorenkonferenz freue ich "
         "mich darauf, mit ihr gemeinsam die österreichischen Museen noch stärker und noch interessanter zu machen. Die "
         "Modernisierung der Albertina ist ein für mich nicht abgeschlossenes Projekt, um das Museum den jeweiligen "
         "gesellschaftlichen Veränderungen und Erfordernissen der Gegenwart anzupassen.\" (Dr. Klaus Albrecht Schröder, "
         "Direktor der Albertina)")

add(id="ho652-ots-albertina-2008-06-09-schroeder-vertragsverlaengerung",
    title=AL_T,
    url="https://www.ots.at/presseaussendung/OTS_20080609_OTS0093/dr-klaus-albrecht-schroeder-zeigte-sich-heute-sehr-"
        "befriedigt-ueber-die-verlaengerung-seines-vertrages-als-direktor-der-albertina-bis-2014-bild",
    retrieved="same address (release on the APA-OTS service, 9 June 2008 by its OTS number, the day of the extension that the "
              "Raiffeisen-Holding's release of the same day names; the stored copy breaks off inside the contact block "
              "('Mag. Verena Dahlitz' / 'Lei'), which is dropped, and the sender is inferred from the release's own voice as "
              "the Albertina, the federal museum whose director alone speaks on his own contract and signs the statement "
              "with his role (rules 2581, 2850, 3960); the headline with its published full stop kept as the title, the copy "
              "showing no subtitle (rule 2580); the slug ending '-bild' adds no 'BILD' to the stored headline (rule 2570); "
              "the four paragraphs kept as stored, the statement's opening mark standing only before the second and its "
              "closing mark only in the fourth, with the credit in brackets after it (rules 20, 22, 3962); the published "
              "'als Wertschätzung seine bisherigen Arbeit' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[AL_P1, AL_P2, AL_P3, AL_P4],
    # the headline and the first paragraph report Schröder without marks and carry no span (rule 5); the statement that
    # opens with the mark before `Aus den Gesprächen` is never closed in its paragraph and runs to the paragraph's end, the
    # third paragraph, which goes on with it without marks, has no span, and the fourth paragraph, which closes it without an
    # opening mark, is a span from the paragraph's start to the closing mark; both spans are Schröder's, whom the bracketed
    # credit after the closing mark names and who speaks in the first person as the museum's director (rules 22, 23, 3962);
    # the Ministerin, Bundesministerin Schmied and the Albertina say nothing; `Direktor der Albertina` names the museum and
    # is no alias (rule 33)
    quotes=[(AL_P2, SCHROEDER),
            (AL_P4[:AL_P4.index("anzupassen.\"") + len("anzupassen.\"")], SCHROEDER)],
    aliases={SCHROEDER: ["Dr. Klaus Albrecht Schröder", "Klaus Albrecht Schröder", "Schröder"]})

# --- APA-OTS, VIER PFOTEN, 22 June 2011: a bear cub kidnapped in Slovenia ---

VP_T = "Skrupellose Verbrecher entführen slowenisches Bärenbaby"
VP_SUB = "1000 Euro Ergreiferprämie von VIER PFOTEN ausgesetzt"
# the single stored line break after `angeblich` inside the first sentence is joined with a space (rules 2580, 3960)
VP_P1 = join("Wien (OTS) - Vor wenigen Wochen war ein kleiner Bär angeblich",
             "einer Familie in Slowenien zugelaufen, die ihn aufziehen wollte. Die Behörden konfiszierten das Tier wegen "
             "artwidriger Haltung, jetzt wurde er aus seinem zwischenzeitlichen Domizil entführt - genau einen Tag vor dem "
             "Eintreffen des VIER PFOTEN-Teams, das gemeinsam mit den Behörden schon eine Lösung geplant hatte.")
VP_P2 = ("Der \"Lucky\" genannte Bär sollte im Hinterhof der Familie gemeinsam mit Hund und Kindern großgezogen werden - ein "
         "Vorhaben, das jedem Tierfreund absurd erscheinen muss und auch aus praktischen Gründen nur zu Problemen führen kann. "
         "\"Bären sind Wildtiere und können nicht domestiziert werden\", so Johanna Stadler, Geschäftsführerin von VIER "
         "PFOTEN. \"Schon nach wenigen Wochen in einer so artfremden Umgebung sind Jungtiere psychisch so gestört, dass sie "
         "nicht mehr in die Wildnis entlassen werden können, und mit einem Jahr sind sie so groß, dass sie leicht zur Gefahr "
         "für Tier und Mensch werden.\"")
VP_P3 = ("Deshalb arbeitete die internationale Tierschutzorganisation VIER PFOTEN unter Hochdruck an einer nachhaltigen Lösung, "
         "die noch in dieser Woche fixiert werden sollte. Doch auch die Geheimhaltung, mit der dieses Projekt vorangetrieben "
         "wurde, nützte nichts: in der Nacht von Sonntag auf Montag wurde \"Lucky\" entführt und ist seither unauffindbar.")
VP_P4 = ("Damit erscheint die angestrebte Lösung, das Junge in die Bärenwaisenstation in Harghita in Rumänien zu bringen, "
         "unerreichbar. In dieser von VIER PFOTEN mitgegründeten und seit Jahren unterstützen Einrichtung werden verwaiste "
         "Bären mit sehr viel Geduld und Professionalität, unter Beachtung der aktuellsten wissenschaftlichen Erkenntnisse, auf "
         "ein Leben in der Wildnis vorbereitet. Nach mehreren Jahren intensivster, bärengerechter Betreuung werden sie in die "
         "Freiheit entlassen und können dann so leben, wie es ihrer Natur entspricht.")

add(id="ho652-ots-vier-pfoten-2011-06-22-stadler-baerenbaby-slowenien",
    title=VP_T,
    url="https://www.ots.at/presseaussendung/OTS_20110622_OTS0014/skrupellose-verbrecher-entfuehren-slowenisches-baerenbaby",
    retrieved="same address (release on the APA-OTS service, 22 June 2011 by its OTS number; the stored copy breaks off at the "
              "opening of its fifth paragraph ('\"Je') before any contact block, and the sender is inferred from the release's "
              "own voice as VIER PFOTEN, the animal-welfare organisation whose reward the subtitle announces, whose team and "
              "project the body reports and whose managing director alone is quoted (rules 2850, 3960); the cut-off fifth "
              "paragraph, a quotation without a cue in the copy, dropped (rule 15); headline and subtitle kept as lines of "
              "their own as stored; the single stored line break after 'angeblich' joined with one space (rules 2580, 3960); "
              "the published 'seit Jahren unterstützen Einrichtung' and lower-case 'in der Nacht' after the colon kept (rule "
              "20); used as stored up to the cut)",
    license=APA_OTS_SENDERS,
    paras=[VP_SUB, VP_P1, VP_P2, VP_P3, VP_P4],
    # the bear's name `"Lucky"`, twice, is null (rule 2); the quotation before `so Johanna Stadler, Geschäftsführerin von VIER
    # PFOTEN` is hers (rule 30), and the cue-less quotation after the cue sentence continues her (NOTES.md continuation); the
    # Familie, the Behörden, the Tierfreund and VIER PFOTEN say nothing in marks; the role phrase with the organisation's name
    # is no alias (rule 33)
    quotes=[("\"Lucky\"", None, 0),
            ("\"Bären sind Wildtiere und können nicht domestiziert werden\"", STADLER),
            (cut(VP_P2, "\"Schon nach", "Mensch werden.\""), STADLER),
            ("\"Lucky\"", None, 1)],
    aliases={STADLER: ["Johanna Stadler"]})

# --- APA-OTS, Gewerkschaft der Gemeindebediensteten (ÖGB), 25 September 2002: Hundstorfer re-elected in Vienna ---

GD_T = "GdG-Landeskonferenz: Große Mehrheit für Hundstorfer"
GD_SUB = ("Delegierte bestätigen Kurs der GdG Wien - Vorsitzender mit 96,22 Prozent der Stimmen für weitere vier Jahre "
          "gewählt")
GD_P1 = ("Wien (ÖGB/GdG). Ein eindeutiges Ergebnis: Mit 96,22 Prozent der Stimmen wählten die Delegierten der Gewerkschaft "
         "der Gemeindebediensteten den bisherigen Vorsitzenden Rudolf Hundstorfer Mittwoch für weitere vier Jahre an die "
         "Spitze der GdG-Landesgruppe Wien.")
GD_P2 = ("In seiner Antrittsrede auf der 15. Wiener Landeskonferenz nannte Hundstorfer die vordringlichsten Ziele der GdG in "
         "den kommenden Monaten. Seine \"High Priority\"-Liste: Die zügige Umsetzung der Verwaltungsreform, die für die "
         "Bediensteten keine Verschlechterungen bringen dürfe und dem Bürger optimalen Service bringen soll. Ebenfalls von "
         "besonderer Bedeutung sei der Wiederaufbau einer fairen Sozialpartnerschaft, die von der abgetretenen Regierung arg "
         "ins Wanken gebracht worden sei. \"Besonders vordringlich ist dabei die möglichst schnelle Aufnahme von Verhandlungen "
         "über die Inflationsabgeltung für die österreichischen Gemeindebediensteten\", betonte Hundstorfer. Da die "
         "blau/schwarze Regierung sämtliche Abmachungen gebrochen und Verhandlungen verweigert habe, warten die Bediensteten "
         "noch immer auf die Angleichung ihrer Löhne an die Inflationsrate. Hundstorfers Credo: \"Der öffentliche Sektor muss "
         "öffentlich bleiben. Wir brauchen starke Gewerkschaften, die sich auch in Zukunft für die Interessen der Arbeitnehmer "
         "einsetzen.\" Gefragt sei jetzt ein klares Bekenntnis zum Miteinander, um den Bediensteten der Gemeinden bei allen zu "
         "lösenden Problemen soziale Sicherheit, ein gutes Einkommensniveau, gute Berufsaussichten und eine freundliche "
         "Arbeitswelt bieten zu können.")
GD_P3 = "Die Wahl in Zahlen: 394 Wahlberechtigte, 89,34 Prozent Wahlbeteiligung, 97,73 Prozent gültige Stimmen."

add(id="ho652-ots-gdg-2002-09-25-hundstorfer-landeskonferenz",
    title=GD_T,
    url="https://www.ots.at/presseaussendung/OTS_20020925_OTS0202/gdg-landeskonferenz-grosse-mehrheit-fuer-hundstorfer-utl-"
        "delegierte-bestaetigen-kurs-der-gdg-wien-vorsitzender-mit-9622-prozent-der-stimmen-fuer-weitere-vier-jahre-gewaehlt",
    retrieved="same address (release of the Gewerkschaft der Gemeindebediensteten through the ÖGB's press service on the "
              "APA-OTS service, 25 September 2002 by its OTS number and the service's number line 'ÖGB, 25. September 2002' / "
              "'Nr. 728', the conference's Wednesday; the sender is told by the dateline code 'Wien (ÖGB/GdG).' and the "
              "contact block 'Gewerkschaft der Gemeindebediensteten, Pressereferat, Tel.: 313 16/83 616 …', whose footer the "
              "stored copy breaks off ('OTS'); the number lines, the contact block and the footer dropped (rules 3850, 3960); "
              "the old layout's marker ' Utl: ' with which the stored headline line runs the subtitle on dropped and the "
              "subtitle set as a line of its own, as rules 3260 and 3440 do for 'Utl.:' and ' Utl = ' (the address slug "
              "carries 'utl' too); the OTS marker '++++' run onto the last full stop of the first paragraph ('Wien.++++') "
              "dropped (rules 460, 3850); the dateline with its full stop kept run into the first paragraph; the published "
              "'blau/schwarze Regierung' kept (rule 20); complete as stored)",
    license=APA_OTS_SENDERS,
    paras=[GD_SUB, GD_P1, GD_P2, GD_P3],
    # the headline names Hundstorfer without marks and carries no span (rule 5); the marked English words that form the
    # first part of the compound `Seine "High Priority"-Liste`, the list of aims he names in his inaugural speech, are his
    # term (rules 3, 25, 3963); the unmarked Konjunktiv report of his aims carries no span (rule 5); the quotation before
    # `betonte Hundstorfer` is his (rule 30); the colon quotation after the verbless label `Hundstorfers Credo:` is his,
    # the genitive naming the holder of the credo (rules 9, 54); the Delegierten, the GdG, the abgetretene Regierung, the
    # blau/schwarze Regierung and the Bediensteten say nothing; `Vorsitzender` in the subtitle and `den bisherigen
    # Vorsitzenden` name only him but stand in no form that a prediction would give, and only the name forms are listed
    # (rule 7)
    quotes=[("\"High Priority\"", HUNDSTORFER),
            (cut(GD_P2, "\"Besonders vordringlich", "Gemeindebediensteten\""), HUNDSTORFER),
            (cut(GD_P2, "\"Der öffentliche", "einsetzen.\""), HUNDSTORFER)],
    aliases={HUNDSTORFER: ["Rudolf Hundstorfer", "Hundstorfer"]})
