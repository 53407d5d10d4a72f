# Four-hundred-and-fifty-fourth held-out German real-news set (tests/data/heldout454-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2360-2363). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by address slug, two or more distinctive
# phrases and the speakers' names of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts; no extractor and no code of the project was run on them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-fifty-fourth held-out set": seven reports of the German service of the
# press agency Pressenza (2017-2019) that carry press releases of ICAN Deutschland and the IPPNW (the Korea declaration, the
# Singapore summit, the Tornado successor, the SIPRI yearbook, the end of the INF treaty, the Iran deal, the Deutsche Bank's
# exit from nuclear-weapons business), one author page (ICAN) and one tag page ('Atommächte') of the same service; licence PZ
# (CC BY 4.0, constant in licences.py, unchanged). No Global Voices auf Deutsch page is in the set: the pages found were all
# in earlier sets (see SOURCES.md). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000
# characters; only complete paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 87, 141), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import PZ  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


def cut(p, first, last):
    """The span of paragraph p from the first occurrence of `first` to the end of the next `last` after it."""
    i = p.index(first)
    return p[i:p.index(last, i) + len(last)]


def rest(p, first):
    """The span of paragraph p from the first occurrence of `first` to the end of the paragraph."""
    return p[p.index(first):]


HINRICHS = "Martin Hinrichs"
BLUM = "Inga Blum"
HALL = "Xanthe Hall"
PUTIN = "Wladimir Putin"
KOREAS = "beiden Staaten"
ORGS = "Organisationen"
ICAN = "Internationale Kampagne zur Abschaffung von Atomwaffen"
AKTIVISTEN = "Aktivisten"

# --- Pressenza, April 2018: ICAN and IPPNW on the joint declaration of North and South Korea ---

KO_P1 = ("Die mit dem Friedensnobelpreis ausgezeichneten Organisationen ICAN und IPPNW freuen sich über das Bekenntnis Nord- "
         "und Südkoreas zur „vollständigen nuklearen Abrüstung“.")
KO_P2 = ("Die beiden Staaten sprechen in einer heutigen Erklärung vom Ziel einer atomwaffenfreien koreanischen Halbinsel. Kim "
         "Jong-un bekräftigte sein Versprechen, dass es keine weiteren Atomtests geben werde.")
KO_P3 = ("Martin Hinrichs aus dem Vorstand von ICAN Deutschland kommentiert: „Frieden und Sicherheit in Korea wird es nur "
         "ohne Atomwaffen geben. Daher ist die Erklärung von Nord- und Südkorea ein wichtiger Schritt in die richtige "
         "Richtung. Wir erwarten nun konkrete Pläne zum Beenden des Atomwaffenprogramms.“")
KO_P4 = ("Inga Blum, Vorstandsmitglied der deutschen IPPNW-Sektion, ergänzt: „Mit ihrer gemeinsamen Erklärung stellen Nord- "
         "und Südkorea die großen Atommächte in den Schatten, die immer noch an diesen schrecklichen "
         "Massenvernichtungswaffen festhalten. Die Mehrheit der Staaten hingegen ist schon weiter: Im vergangenen Sommer haben "
         "122 Länder einen Verbotsvertrag beschlossen, der die Existenz von Atomwaffen für absolut inakzeptabel erklärt. Die "
         "deutsche Bundesregierung boykottiert leider dieses wegweisenden Abkommen, das muss sich ändern.“")

add(id="ho454-pz-2018-04-ican-korea-erklaerung",
    title=None,
    url="https://pressenza.com/de/2018/04/ican-frieden-und-sicherheit-nur-ohne-atomwaffen",
    retrieved="same address (Pressenza, April 2018, a press release of ICAN and IPPNW on the joint declaration of North and "
              "South Korea; the stored copy begins with the first paragraph and shows no headline, byline or date line, so "
              "the text has no title line (rules 18, 32); complete as stored, the last paragraph ending with its closing "
              "mark; the published 'dieses wegweisenden Abkommen' kept (rule 20))",
    license=PZ,
    paras=[KO_P1, KO_P2, KO_P3, KO_P4],
    # the quoted term of the declaration is the two states' (rule 25), under the phrase the next sentence names them by
    # (rule 2361); the colon cues `kommentiert:` and `ergänzt:` give the two board members their statements (rule 9)
    quotes=[("„vollständigen nuklearen Abrüstung“", KOREAS),
            (rest(KO_P3, "„Frieden"), HINRICHS),
            (rest(KO_P4, "„Mit ihrer"), BLUM)],
    aliases={KOREAS: ["beiden Staaten", "Nord- und Südkoreas"],
             HINRICHS: ["Martin Hinrichs"],
             BLUM: ["Inga Blum"]})

# --- Pressenza, June 2018: ICAN after the Singapore summit of Donald Trump and Kim Jong Un ---

SG_P1 = ("Die mit dem Friedensnobelpreis ausgezeichnete Anti-Atomwaffen-Organisation ICAN verlangt nach dem Treffen zwischen "
         "Donald Trump und Kim Jong Un einen konkreten Abrüstungsplan auf Grundlage internationaler Verträge. „Das Ergebnis "
         "des Atomgipfels ist ein erster Schritt zur Verständigung zwischen Nordkorea und den USA und kann langfristig zur "
         "nuklearen Abrüstung der koreanischen Halbinsel führen“, sagt Martin Hinrichs aus dem Vorstand von ICAN "
         "Deutschland.")
SG_P2 = ("„Wir brauchen jedoch einen Plan mit konkreten Vorgaben, was Denuklearisierung bedeutet. Das Gleiche gilt für die von "
         "den USA angebotenen Sicherheitsgarantien. Der Abrüstungsplan muss auf Grundlage internationaler Verträge "
         "ausgearbeitet werden, ansonsten kann die Vereinbarung bald wieder in Frage gestellt werden. Das Völkerrecht bleibt "
         "– auch dann, wenn Trump oder Kim keine Lust mehr auf Abrüstung haben.“")
SG_P3 = ("Zur umfassenden und nachvollziehbaren Abrüstung der koreanischen Halbinsel hat ICAN kurz vor dem Singapur-Gipfels "
         "einen Fahrplan präsentiert. Dieser sieht die Anerkennung der katastrophalen, humanitären Konsequenzen eines "
         "Atomwaffeneinsatzes als Voraussetzung zur Eliminierung der Waffen. Weitere Schritte sind der Beitritt Nord- und "
         "Südkoreas zum Atomwaffenverbotsvertrag, einen Plan zur verifizierbaren und unumkehrbaren Beseitigung der Waffen, "
         "die Ratifikation des umfassenden Atomwaffenteststoppvertrages (CTBT) sowie die Wiederaufnahme Nordkoreas in den "
         "Nichtverbreitungsvertrag (NVV).")
SG_P4 = ("Auf Grundlage dieses Fahrplans ist eine langfristige Friedenslösung mit Nordkorea möglich. Die heute in Singapur "
         "getroffene Vereinbarung kann dafür aus Sicht von ICAN ein erster Schritt sein.")

add(id="ho454-pz-2018-06-ican-singapur-gipfel",
    title=None,
    url="https://pressenza.com/de/2018/06/nach-singapur-gipfel-friedensnobelpreistraeger-fordert-abruestungsplan-auf-"
        "grundlage-internationaler-vertraege",
    retrieved="same address (Pressenza, June 2018, a press release of ICAN after the Singapore summit; the stored copy begins "
              "with the first paragraph and shows no headline, byline or date line, so the text has no title line (rules 18, "
              "32); complete as stored; the published 'kurz vor dem Singapur-Gipfels' and 'einen Plan' kept (rule 20))",
    license=PZ,
    paras=[SG_P1, SG_P2, SG_P3, SG_P4],
    # the cue-less quotation paragraph after `„…“, sagt Martin Hinrichs …` continues him (NOTES.md continuation); the
    # summit's two leaders, named in the lead and inside the quotation, say nothing in marks
    quotes=[(cut(SG_P1, "„Das Ergebnis", "führen“"), HINRICHS),
            (SG_P2, HINRICHS)],
    aliases={HINRICHS: ["Martin Hinrichs"]})

# --- Pressenza, December 2018: three ICAN partner organisations against new carrier aircraft for nuclear weapons ---

TR_P1 = ("Drei Partnerorganisation der Internationalen Kampagne für die Abschaffung der Atomwaffen (ICAN), die 2017 den "
         "Friedensnobelpreis erhielt, fordern Verteidigungsministerin Ursula von der Leyen auf, keine neuen Flugzeuge für den "
         "Atomwaffeneinsatz zu kaufen.")
TR_P2 = ("Medienberichten zufolge will die Bundesregierung noch vor Weihnachten darüber entscheiden, welches Kampfflugzeug als "
         "Ersatz für den Tornado angeschafft werden soll. Deutschland stellt momentan der NATO Tornado-Flugzeuge sowie deutsche "
         "Piloten im Rahmen der sogenannten nuklearen Teilhabe zur Verfügung, um im Ernstfall Atomwaffen einzusetzen.")
TR_P3 = ("„Wir befürchten, dass die Bundesregierung ohne öffentliche Debatte ein neues, teures Flugzeug – wie etwa die F-35 – "
         "aus den USA anschafft, um weiterhin Atomwaffen einsetzen zu können. Obwohl die Mehrheit der deutschen Bevölkerung "
         "die Stationierung von US-Atomwaffen hierzulande deutlich ablehnt, wird durch einen solchen Beschluss für die "
         "vorhersehbare Zukunft ‚Nägel mit Köpfen‘ gemacht“,")
TR_P4 = ("schreiben die Organisationen ICAN Deutschland, IPPNW Deutschland und die Kampagne „Büchel ist überall! "
         "atomwaffenfrei.jetzt“.")
TR_P5 = ("Sie mahnen, dass dieser Kauf zusammen mit der bereits beschlossenen Stationierung von neuen US-Atombomben ab 2020 die "
         "bedeutendste nukleare Aufrüstung seit der Nachrüstung in den 1980er Jahren wäre. Angesichts der Spannung zwischen "
         "den USA und Russland wegen des INF-Vertrags und die damit verbundene Drohung einer Stationierung von "
         "Mittelstreckenraketen in Europa befeure dieses Modernisierungsvorhaben ein Wettrüsten.")
TR_P6 = ("Die ICAN-Partner fordern die Bundesregierung auf, aus der nuklearen Teilhabe der NATO auszusteigen, statt enorme "
         "Summen an Steuergeldern für neue Atomwaffensysteme auszugeben.")
TR_P7 = ("Hinweis: Den Brief an Frau Ministerin Ursula von der Leyen finden Sie hier: "
         "https://www.icanw.de/wp-content/uploads/2018/12/tornado_brief_final_mitlogos.pdf")

add(id="ho454-pz-2018-12-ican-partner-tornado-nachfolge",
    title=None,
    url="https://pressenza.com/de/2018/12/deutschland-soll-keine-neuen-traegersysteme-fuer-atomwaffen-kaufen",
    retrieved="same address (Pressenza, December 2018, a press release of three ICAN partner organisations on the successor "
              "of the Tornado; the stored copy begins with the first paragraph and shows no headline, byline or date line, "
              "so the text has no title line (rules 18, 32); the line break the stored copy has between the quotation and "
              "its cue 'schreiben die Organisationen …' kept as stored, each line a paragraph (rules 706, 879); the closing "
              "note with the address of the letter kept as published; complete as stored; the published 'Drei "
              "Partnerorganisation' and 'die damit verbundene Drohung' kept (rule 20))",
    license=PZ,
    paras=[TR_P1, TR_P2, TR_P3, TR_P4, TR_P5, TR_P6, TR_P7],
    # the joint written statement is the group's under the head noun of its cue, not the first-named ICAN Deutschland
    # (rule 2360); the nested ‚Nägel mit Köpfen‘ is part of the span (rule 52); the campaign's name is null (rule 2)
    quotes=[(TR_P3[:TR_P3.index("gemacht“") + len("gemacht“")], ORGS),
            ("„Büchel ist überall! atomwaffenfrei.jetzt“", None)],
    aliases={ORGS: ["Organisationen", "Partnerorganisation"]})

# --- Pressenza, June 2019: ICAN on the SIPRI yearbook and on Iran's uranium enrichment ---

SI_P1 = ("Die mit dem Friedensnobelpreis ausgezeichnete Anti-Atomwaffen-Organisation ICAN sieht sich im Anfang dieser Woche "
         "veröffentlichten SIPRI-Bericht bestätigt: Ein Verbot von Atomwaffenbesitz und – Einsatz ist der einzig realistische "
         "Weg, dem Wettrüsten der Atomwaffenstaaten entgegen zu wirken. Zwar sinken derzeit noch durch alte "
         "Rüstungskontrollverträge die Zahlen der Atomwaffen weltweit. Doch diese Verträge wurden entweder gekündigt oder "
         "laufen demnächst aus, während alle Atomwaffenstaaten weiterhin massiv durch Modernisierung aufrüsten.")
SI_P2 = ("Xanthe Hall, Vorstandsmitglied von ICAN Deutschland sagt: „Dieser Aufrüstungstrend ist nur durch den neuen UN-Vertrag "
         "zum Verbot von Atomwaffen zu bekämpfen. Nicht nur die Atomwaffenstaaten, sondern auch alle so genannten "
         "Nichtatomwaffenstaaten – Deutschland gehört offiziell dazu, trotz US-Atomwaffen in Büchel – haben eine rechtliche "
         "Verantwortung, das Wettrüsten zu beenden und für nukleare Abrüstung zu sorgen. Deswegen müssen sie umgehend dem "
         "Verbotsvertrag beitreten.“")
SI_P3 = ("Auch die Nachricht, dass der Iran wieder die stärkere Anreicherung von Uran aufnimmt und mehr Uran lagert, ist Grund "
         "zur Besorgnis für die deutsche Sektion von ICAN. Hall sagt dazu: „Mit 20% Urananreicherung ist der Iran zwar noch "
         "nicht in der Lage, Materialien für Atomwaffen herzustellen, aber dieses ist eine gefährliche Vorstufe. Das "
         "Atomabkommen mit dem Iran könnte damit hinfällig werden und dies führt zu noch mehr Eskalation im Nahen und "
         "Mittleren Osten.“")
SI_P4 = ("Seit einigen Jahren verweist das schwedische Forschungsinstitut SIPRI auf den gefährlichen Trend der Modernisierung "
         "von Atomwaffen. Fast 2.000 der 3.750 einsatzbereiten Atomwaffen weltweit werden in den USA und Russland auf höchster "
         "Alarmbereitschaft gehalten und stellen nach wie vor eine akute Gefahr für die Welt dar, weil sie durch einen "
         "Fehlalarm leicht zum Einsatz kämen.")

add(id="ho454-pz-2019-06-ican-sipri-wettruesten",
    title=None,
    url="https://www.pressenza.com/de/2019/06/verbot-von-atomwaffen-einzige-antwort-auf-nukleares-wettruesten/",
    retrieved="same address (Pressenza, June 2019, a press release of ICAN on the SIPRI yearbook; the stored copy begins with "
              "the first paragraph and shows no headline, byline or date line, so the text has no title line (rules 18, 32); "
              "the fifth paragraph 'Die Rüstungskontrolle zwischen den USA und Russland ist am Ende: Im August läuft der "
              "INF-Ver', cut off in the stored copy, dropped (rule 15); the published 'Atomwaffenbesitz und – Einsatz' kept "
              "(rule 20))",
    license=PZ,
    paras=[SI_P1, SI_P2, SI_P3, SI_P4],
    # two colon cues, the second with the surname only (rules 7, 9); the research institute is named, not quoted
    quotes=[(rest(SI_P2, "„Dieser"), HALL),
            (rest(SI_P3, "„Mit 20%"), HALL)],
    aliases={HALL: ["Xanthe Hall", "Hall"]})

# --- Pressenza, author page of ICAN, page 4 (teasers of 2018) ---

IA_P2 = ("Die Anti-Atomwaffen-Kampagne ICAN fordert Abrüstung auf Grundlage internationaler Verträge. Die mit dem "
         "Friedensnobelpreis ausgezeichnete Anti-Atomwaffen-Organisation ICAN begrüßt die die Ergebnisse des Korea-Gipfels als "
         "ersten Schritt zu einer atomwaffenfreien koreanischen Halbinsel. Allerdings fehlt ein verbindlicher Fahrplan zur "
         "atomaren Abrüstung. „Die Ergebnisse des Treffens in Pjöngjang sind ein wichtiger Fortschritt im Friedensprozess…")
IA_P4 = ("Das Geld der 30 Millionen Kunden von Volks- und Raiffeisenbanken steckt auch in Atomwaffen, kritisiert die "
         "Abrüstungsorganisation ICAN. Letztes Jahr haben die Aktivisten den Friedensnobelpreis gewonnen – heute starten sie "
         "eine Kampagne, die sich an die Genossenschaftsbanken richtet. Sie fordern, die Geschäfte mit Atomwaffenherstellern "
         "zu beenden. Kunden der Volks- und…")
IA_P5 = "Hiroshima: „Deutsche Atomwaffenpolitik ist beschämend“"
IA_P6 = ("Der Atombombenangriff auf Hiroshima jährte sich am 6. August zum 73. Mal. Weltweit wurde der Opfer gedacht und "
         "gemahnt, dass diese Massenvernichtungswaffen nie mehr eingesetzt werden dürfen. Die mit dem Friedensnobelpreis "
         "ausgezeichnete Internationale Kampagne zur Abschaffung von Atomwaffen (ICAN) fordert von der Bundesregierung den "
         "deutschen Beitritt zum…")
IA_P8 = ("Am ersten Jahrestag des internationalen Atomwaffenverbots haben Friedensaktivisten die Bundesregierung zum Beitritt "
         "aufgefordert. In einem Straßentheater auf dem Berliner Alexanderplatz wagten sie einen optimistischen Blick in die "
         "Zukunft: Zwei als Bundeskanzlerin Angela Merkel und Außenminister Heiko Maas verkleidete Personen haben einen "
         "überdimensionierten Verbotsvertrag unterschrieben. Passanten unterzeichneten zudem…")

add(id="ho454-pz-author-ican-seite-4",
    title="International Campaign to Abolish Nuclear Weapons",
    url="https://www.pressenza.com/de/author/international-campaign-to-abolish-nuclear-weapons/page/4/",
    retrieved="same address (author page of ICAN on Pressenza's German service, page 4, teasers of 2018; a list page (rules "
              "19, 87, 141): the author's name is the first line (the stored copy shows no description line under it), "
              "then each headline and teaser as published, the teasers with the site's '…', the link mark '»' after each "
              "teaser dropped as furniture; the fifth item, of which the stored copy shows only 'Umfra', dropped (rule 15); "
              "the published 'begrüßt die die Ergebnisse' kept (rule 20))",
    license=PZ,
    paras=["Korea-Gipfel: Friedensnobelpreisträgerin begrüßt Fortschritte",
           IA_P2,
           "Volksbanken finanzieren Atomwaffenhersteller – Friedensnobelpreisträger ICAN startet Kampagne",
           IA_P4,
           IA_P5,
           IA_P6,
           "Ein Jahr Atomwaffenverbot: Friedensnobelpreisträger fordern Beitritt Deutschlands",
           IA_P8],
    # the quotation cut by the teaser's length after sentences with ICAN as subject is ICAN's (rule 140); the headline
    # quotation the teaser credits to no one else is the author organisation's (rule 2362); canonical name the fullest
    # German form of the name (rule 7)
    quotes=[(rest(IA_P2, "„Die Ergebnisse"), ICAN),
            (rest(IA_P5, "„Deutsche"), ICAN)],
    aliases={ICAN: ["Internationale Kampagne zur Abschaffung von Atomwaffen", "ICAN",
                    "International Campaign to Abolish Nuclear Weapons", "Abrüstungsorganisation ICAN",
                    "Friedensnobelpreisträgerin"]})

# --- Pressenza, tag page 'Atommächte' ---

AT_P3 = ("Nachdem das 50. Land den UN-Vertrag unterzeichnet hat, soll er in 90 Tagen ratifiziert werden. Die Initiatoren sind "
         "überzeugt, dass dadurch der Druck auf die Atommächte wächst. Honduras war die Nummer 50. Das mittelamerikanische "
         "Land hat den UN-Vertrag über das Verbot von Atomwaffen ratifiziert und sich wie die anderen Unterzeichner…")
AT_P5 = ("Da der Vertrag über das Verbot von Kernwaffen 2017 kurz vor seinem Inkrafttreten steht und nur noch fünf Staaten ihn "
         "ratifizieren müssen, um den Schwellenwert von 50 Vertragsstaaten zu erreichen, hat die ICAN diese Woche ihren Druck "
         "auf Staaten ohne nuklear Waffen verstärkt, die angeblich Schutz durch die US-Nuklearwaffen beanspruchen.")
AT_P7 = ("Die Covid-19-Pandemie hat gezeigt, wie nutzlos riesige Arsenale während einer Pandemie tatsächlich sind. Genau die "
         "Länder, die obszöne Summen für Atomwaffen ausgegeben haben, versagen dabei auch nur die grundlegendste "
         "Schutzausrüstung gegen das Corona Virus bereitzustellen und bringen ihre Bürger damit in große Gefahr. Neue "
         "Krankheitserreger werden sich weiterentwickeln, verbreiten und…")
AT_P8 = "Putin droht mit neuen „unschlagbaren“ Atomwaffen"
AT_P9 = ("Die Friedensorganisationen IPPNW und ICAN Deutschland kritisieren die angekündigte atomare Aufrüstung in der "
         "Wahlrede von Russlands Präsident Wladimir Putin. „Jetzt steigt auch Putin in den Potenzstreit mit Donald Trump und "
         "Kim Jung-un ein“, sagt Xanthe Hall, Abrüstungssprecherin der IPPNW und Vorstandsmitglied von ICAN Deutschland. "
         "„Damit ist die Renaissance des atomaren…")

add(id="ho454-pz-tag-atommaechte",
    title="Atommächte",
    url="https://www.pressenza.com/de/tag/atommaechte/",
    retrieved="same address (tag page of Pressenza's German service, a list page (rules 19, 68, 87): the tag name is the "
              "first line, then each headline and teaser as published, the teasers with the site's '…', the link mark '»' "
              "after each teaser dropped as furniture; the stored copy ends with the complete fourth item; the published "
              "'ohne nuklear Waffen' and 'Kim Jung-un' kept (rule 20))",
    license=PZ,
    paras=["Anti-Atomwaffenvertrag tritt Januar in Kraft",
           AT_P3,
           "Öffentlicher Bekenntnisbrief zur Unterstützung des Atomwaffenverbot von 2017",
           AT_P5,
           "Atommächte handhaben COVID-19 am schlechtesten",
           AT_P7,
           AT_P8,
           AT_P9],
    # the claimed quality in the headline is Putin's own term for his weapons (rule 2363); the second quotation, cut by the
    # teaser's length, continues Xanthe Hall's statement (rule 140, NOTES.md continuation); the role phrases after her name
    # name two organisations and are no aliases (rule 33)
    quotes=[("„unschlagbaren“", PUTIN),
            (cut(AT_P9, "„Jetzt", "ein“"), HALL),
            (rest(AT_P9, "„Damit"), HALL)],
    aliases={PUTIN: ["Wladimir Putin", "Putin"],
             HALL: ["Xanthe Hall"]})

# --- Pressenza, February 2019: ICAN Deutschland and IPPNW on the end of the INF treaty ---

IN_P2 = ("Die Kündigung des INF-Vertrages durch Donald Trump bricht mit der bewährten Rüstungskontrolle. Damit setzen die USA die "
         "Welt und insbesondere Europa einem unverantwortlichen Risiko aus, kritisieren die ICAN-Partnerorganisation ICAN "
         "Deutschland und IPPNW heute in Reaktion auf die Erklärung von US-Außenminister Mike Pompeo in Washington.")
IN_P4 = ("Nach der Aufkündigung des INF-Vertrages beginnt eine sechsmonatige Kündigungsfrist. Ohne eine überraschende Wendung "
         "im kommenden halben Jahr, endet der Vertrag am 2. August 2019. Die USA und Russland können dann völlig ungehindert "
         "neue Nuklearraketen mit einer Reichweite von 500 bis 5.500 km entwickeln und auch stationieren – ohne jegliche "
         "Maßnahmen der Transparenz und Kontrolle.")
IN_P5 = ("„Die heutige US-Kündigung des INF-Vertrages ist der Auftakt eines neuen, unkontrollierten Wettrüstens. Die USA und "
         "Russland werden ungehindert neue Mittelstreckenraketen für Europa bauen. Denn die Pläne dazu liegen bereits in der "
         "Schublade,“ sagt Xanthe Hall, Vorstandsmitglied von ICAN Deutschland und Abrüstungsreferentin der "
         "Ärzteorganisation IPPNW. „Europa muss nun verhindern, in einen neuen Kalten Krieg hingezogen zu werden. Ein "
         "eindeutiges Nein der europäischen Staaten zur erneuten Stationierung von Mittelstreckenraketen ist jetzt notwendig. "
         "Deutschland muss mit gutem Beispiel voran gehen, um ein neues atomares Wettrüsten auf Kosten der Europäer zu "
         "verhindern.“")

add(id="ho454-pz-2019-02-ican-ippnw-inf-vertrag",
    title=None,
    url="https://www.pressenza.com/de/2019/02/kuendigung-inf-vertrages-stationierung-neuer-raketen-verhindern/",
    retrieved="same address (Pressenza, February 2019, a press release of ICAN Deutschland and the IPPNW on the US "
              "withdrawal from the INF treaty; the stored copy begins with the first paragraph and shows no headline, byline "
              "or date line, so the text has no title line (rules 18, 32); the subheading 'Sechsmonatige Frist läuft' kept as "
              "a line of its own (rule 13); the sixth paragraph '„Wir sehen die Kündigung als eine Missachtung künftiger "
              "Generationen,“ erklärt Inga Blum, … Jetzt ist die Angst für mich und m', cut off in the stored copy, dropped "
              "with its quotations (rule 15); the published comma inside the closing mark ('Schublade,“') kept (rule 20))",
    license=PZ,
    paras=["Einen Tag nach den USA hat auch Russland den INF-Abrüstungsvertrag ausgesetzt und kündigt die Entwicklung neuer "
           "Raketen an.",
           IN_P2,
           "Sechsmonatige Frist läuft",
           IN_P4,
           IN_P5],
    # a quotation before its cue and a second one after the cue sentence without a new cue (NOTES.md continuation); the two
    # organisations' unmarked criticism in the second paragraph is not annotated (rule 5)
    quotes=[(cut(IN_P5, "„Die heutige", "Schublade,“"), HALL),
            (rest(IN_P5, "„Europa"), HALL)],
    aliases={HALL: ["Xanthe Hall"]})

# --- Pressenza, October 2017: ICAN on Donald Trump and the nuclear deal with Iran ---

IR_P2 = ("Xanthe Hall, Vorstandsmitglied von ICAN Deutschland erklärt: „Es gibt keinerlei Hinweise darauf, dass sich der Iran "
         "nicht an die Vereinbarungen hält. Daher ist Trumps Handeln hochgefährlich: Wenn sich andere Staaten nicht mehr auf "
         "völkerrechtliche Verträge verlassen können, schwindet ihr Vertrauen in Diplomatie und friedliche Lösungen. Auch "
         "Nordkorea wird so noch schwerer zu überzeugen sein, das Atomprogramm aufzugeben. Die USA müssen wie alle anderen "
         "Vertragsparteien ihre Verpflichtungen aus dem Abkommen einhalten.“")
IR_P3 = ("Das Abkommen mit dem Iran hat einen jahrelangen Konflikt beendet. Deutschland und Europa müssen sich daher weiter an "
         "den Vertrag halten. „Deutschland soll sich schützend vor dem Iran-Deal stellen“, so Hall. „Gleichzeitig sollte "
         "Trumps Handlung für die Bundesregierung Anlass sein, sich von der Atomwaffenpolitik der USA zu emanzipieren. ICAN "
         "fordert die Bundesregierung auf, dem internationalen Atomwaffenverbot beizutreten und für den Abzug der "
         "US-Atomwaffen aus Deutschland zu sorgen.“")

add(id="ho454-pz-2017-10-ican-iran-deal",
    title=None,
    url="https://pressenza.com/de/2017/10/deutschland-soll-sich-schuetzend-vor-iran-deal-stellen",
    retrieved="same address (Pressenza, October 2017, a press release of ICAN on the US President's threat to the nuclear "
              "deal with Iran; the stored copy begins with the first paragraph and shows no headline, byline or date line, "
              "so the text has no title line (rules 18, 32); complete as stored)",
    license=PZ,
    paras=["Die mit dem Friedensnobelpreis ausgezeichnete Internationale Kampagne zur Abschaffung von Atomwaffen (ICAN) "
           "kritisiert Donald Trumps Gefährdung des Atom-Deals mit dem Iran.",
           IR_P2, IR_P3],
    # colon cue, then `„…“, so Hall.` and a cue-less quotation after it (NOTES.md continuation); the unmarked sentence
    # before the second quotation is not annotated (rule 5); ICAN, named inside her quotation, is no speaker here
    quotes=[(rest(IR_P2, "„Es gibt"), HALL),
            (cut(IR_P3, "„Deutschland soll", "stellen“"), HALL),
            (rest(IR_P3, "„Gleichzeitig"), HALL)],
    aliases={HALL: ["Xanthe Hall", "Hall"]})

# --- Pressenza, May 2018: ICAN on the Deutsche Bank's guideline on controversial weapons ---

DB_P1 = ("Die Deutsche Bank will ihre Geschäftsbeziehungen zu Atomwaffen-Herstellern beenden. Mit einer heute veröffentlichten "
         "„Richtlinie zu kontroversen Waffen“ [1] reagiert sie auf Kritik der Internationalen Kampagne zur Abschaffung von "
         "Atomwaffen (ICAN), die im vergangenen Jahr den Friedensnobelpreis erhielt. „Die neue Richtlinie ist ein bedeutender "
         "Schritt in die richtige Richtung,“ sagt Martin Hinrichs, Vorstandsmitglied von ICAN Deutschland. „Geschäfte mit "
         "Massenvernichtungswaffen sind durch nichts zu rechtfertigen.“")
DB_P4 = ("„Jetzt müssen wir sehen, wie die Deutsche Bank ihre Richtlinie in der Praxis umsetzt,“ so Hinrichs. „Wenn den Worten "
         "auch Taten folgen, dann ist die neue Politik vorbildlich. Auch andere große Finanzinstitute wie die Commerzbank oder "
         "die Allianz müssen Geschäfte mit Atomwaffen-Herstellern nun klar ausschließen.“ Sie können so zur internationalen "
         "Ächtung von Atomwaffen beitragen. Die Uhr tickt, mahnen die Aktivisten: “Wenn wir das weltweite Wettrüsten nicht "
         "stoppen, dann werden wir erneut den Einsatz einer Atombombe erleben.”")

add(id="ho454-pz-2018-05-ican-deutsche-bank-richtlinie",
    title=None,
    url="https://pressenza.com/de/?p=645476",
    retrieved="same address (Pressenza, 2018 (ICAN 'im vergangenen Jahr' a Nobel laureate; ICAN's speech at the bank's "
              "general meeting on the guideline is filed under 2018/05 on atombombengeschaeft.de), a press release of ICAN; "
              "the stored copy begins with the first paragraph and shows no "
              "headline, byline or date line, so the text has no title line (rules 18, 32); the footnote marks '[1]' and "
              "'[2]' kept as printed (the notes themselves are not in the stored copy); the stored copy ends with the "
              "complete fourth paragraph; the published commas inside the closing marks ('Richtung,“', 'umsetzt,“') and the "
              "English-style marks of the last quotation kept (rules 20, 21))",
    license=PZ,
    paras=[DB_P1,
           "ICAN hatte in einer Studie [2] zusammen mit der Friedensorganisation PAX aufgedeckt, dass die Deutsche Bank "
           "mehrere Milliarden Euro in Hersteller von Atomsprengköpfen und Atomraketen investiert hatte.",
           "Mit der Richtlinie werden erstmals alle Transaktionen mit Firmen ausgeschlossen, die direkt an der Herstellung "
           "oder Instandhaltung von Atomwaffen beteiligt sind. Gleichzeitig lässt die Richtlinie weiterhin Raum für "
           "Ausnahmen in bestimmten Fällen. Aus Sicht von ICAN fehlt außerdem eine Liste mit Firmen, die ausgeschlossen "
           "werden.",
           DB_P4],
    # the bank's document name is null (rules 2, 24); Hinrichs's two statements, each with a cue-less continuation
    # (NOTES.md); the unmarked sentence `Sie können so … beitragen.` is not annotated (rule 5); the colon cue `mahnen die
    # Aktivisten:` gives the last quotation to the group by its head noun (rules 9, 10, 29)
    quotes=[("„Richtlinie zu kontroversen Waffen“", None),
            (cut(DB_P1, "„Die neue", "Richtung,“"), HINRICHS),
            (rest(DB_P1, "„Geschäfte"), HINRICHS),
            (cut(DB_P4, "„Jetzt", "umsetzt,“"), HINRICHS),
            (cut(DB_P4, "„Wenn den", "ausschließen.“"), HINRICHS),
            (rest(DB_P4, "“Wenn wir"), AKTIVISTEN)],
    aliases={HINRICHS: ["Martin Hinrichs", "Hinrichs"],
             AKTIVISTEN: ["Aktivisten"]})
