# Four-hundred-and-twenty-second held-out German real-news set (tests/data/heldout422-de.jsonl), annotated by hand for
# whosaid (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2200-2203). None
# of these pages is in any tests/data/*.jsonl or in another helper's worktree (checked by page number or URL slug,
# headline and two distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl
# file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was
# run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Four-hundred-and-twenty-second held-out set": eight press releases and one printed
# speech of the Bundeszentrale für politische Bildung under bpb.de 'Presse' (2002-2024; licence BPB) and one press
# release of the Presse- und Informationsamt der Bundesregierung on the Kulturstaatsminister at the Bürgerfest of May 2009
# (licence BREG). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), page furniture is dropped (rules 14, 19, 93), and each retrieval note names what was
# dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import BPB, BREG  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


KRUEGER = "Thomas Krüger"
HECKHAUSEN = "Markus Heckhausen"
FAESER = "Nancy Faeser"
RAU = "Johannes Rau"
OESTERLE = "Simon Oesterle"
NEUMANN = "Bernd Neumann"
SHELL = "Shell-Jugendstudie"

# --- bpb press release, June 2011: ten years of the einheitspreis, birthday cake from the Ampelmann GmbH ---

AMP_P2 = ("\"In zehn Jahren einheitspreis haben wir mehr als 60 Preisträger für ihr beispielhaftes Engagement ausgezeichnet. "
          "Im letzten Jahr des Wettbewerbs freuen wir uns ganz besonders auf zahlreiche Bewerbungen und interessante "
          "Projekte\", sagte Thomas Krüger.")
AMP_P3 = ("\"Das Ampelmännchen steht wie kaum eine andere Figur für die Annäherung von Ost- und Westdeutschland. Daher "
          "unterstützen wir den Wettbewerb und freuen uns über die zahlreichen spannenden Projekte und Akteure, die mit dem "
          "einheitspreis geehrt wurden\", betonte Markus Heckhausen, dessen Ampelmann GmbH mit 15 Jahren ebenfalls ein "
          "Jubiläum feiert.")

add(id="ho422-bpb-2011-06-einheitspreis-ampelmann-torte",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/49839/suesse-glueckwuensche-fuer-zehn-jahre-buergerengagement",
    retrieved="same address (press release 49839 of the bpb, June 2011 ('Bis zum 31. Juli 2011'); the stored copy begins "
              "with the first paragraph and shows no headline, so the text has no title line (rules 18, 32); the two "
              "category items kept as lines of their own; the third item 'Jugend – Zukunft der Einheit: Es werden "
              "Initiativen prämiert, … Annäherung der Bundesrepublik an ihre östlichen Nac', cut off in the stored copy, "
              "dropped (rule 15))",
    license=BPB,
    paras=["Am Donnerstag den 30. Juni feierten die Bundeszentrale für politische Bildung/bpb und die Ampelmann GmbH zehn "
           "Jahre vorbildliches Bürgerengagement im Rahmen des einheitspreis der bpb. Vor historischer Kulisse am "
           "Brandenburger Tor überreichte Markus Heckhausen, Geschäftsführer der Ampelmann GmbH, dem Präsidenten der "
           "Bundeszentrale für politische Bildung, Thomas Krüger, eine Ampelmann-Geburtstagstorte.",
           AMP_P2, AMP_P3,
           "Der einheitspreis wird seit 2002 an engagierte Bürgerinnen und Bürger sowie originelle Projekte vergeben, die "
           "sich für die innerdeutsche Einheit oder die Annäherung Deutschlands an seine osteuropäischen Nachbarländer "
           "einsetzen. Der Preis ist mit 15.000 Euro dotiert. Bis zum 31. Juli 2011 können sich Personen und Projekte "
           "bewerben oder vorgeschlagen werden.",
           "Für die folgenden Kategorien wird der einheitspreis 2011 verliehen:",
           "Menschen – Akteure der Einheit: Hier werden \"Akteuren der Einheit\" geehrt, die das Zusammenwachsen von Ost "
           "und West in Deutschland und Europa fördern.",
           "Kultur – Profil der Einheit: Ausgezeichnet werden kulturelle Projekte, die sich auf besonders kreative Weise mit "
           "der Annäherung von Ost und West im deutschen und europäischen Raum befassen."],
    # the category name in marks, inflected to fit the sentence, is a name (rule 2201)
    quotes=[(AMP_P2[:AMP_P2.index("Projekte\",") + len("Projekte\"")], KRUEGER),
            (AMP_P3[:AMP_P3.index("wurden\",") + len("wurden\"")], HECKHAUSEN),
            ("\"Akteuren der Einheit\"", None)],
    aliases={KRUEGER: ["Thomas Krüger", "Präsidenten der Bundeszentrale für politische Bildung"],
             HECKHAUSEN: ["Markus Heckhausen", "Geschäftsführer der Ampelmann GmbH"]})

# --- bpb press release, September 2024: Federal Interior Minister Nancy Faeser visits the bpb in Bonn ---

FAE_Q = ("„Politische Bildung ist unverzichtbar für unsere Demokratie, indem sie Wissen vermittelt, Zusammenhänge und "
         "Hintergründe erklärt. Politische Bildung macht Menschen Mut und gibt ihnen die Stärke, sich für unsere Werte und "
         "unsere Demokratie einzusetzen. Ich bin allen Mitarbeiterinnen und Mitarbeitern der Bundeszentrale für politische "
         "Bildung sehr dankbar, die sich tagtäglich – ob in Bonn, Berlin oder Gera – für die politische Bildung und damit "
         "für unsere wehrhafte Demokratie engagieren.“")
KRU_Q = ("„Hier aus Bonn kommen wir, hier sind wir genau richtig und hier werden wir mit unserem Stammsitz bleiben! Es war "
         "uns eine große Freude, der Bundesministerin des Innern und für Heimat, Nancy Faeser, unseren Ort der Demokratie zu "
         "zeigen. Wir hoffen nun, dass es ihr viele Bürgerinnen und Bürger gleichtun und das bpb:medienzentrum – unseren "
         "Buchladen – in der nächsten Zeit besuchen.“")

add(id="ho422-bpb-2024-09-faeser-besuch-bonn",
    title="Bundesministerin des Innern und für Heimat Nancy Faeser zu Besuch in Bonn",
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/552629/bundesministerin-des-innern-und-fuer-heimat-nancy-faeser-"
        "zu-besuch-in-bonn",
    retrieved="same address (press release 552629 of the bpb, September 2024; the browser title 'Bundesministerin des "
              "Innern und für Heimat Nancy Faeser zu Besuch in Bonn | Presse | bpb.de' and the reading time '/ 2 Minuten "
              "zu lesen' dropped (rules 19, 93); the headline is the title (rule 18); the teaser line and the two name "
              "lines kept as lines of their own; the closing paragraph 'Seit ihrer Gründung vor 72 Jahren am 25. November "
              "1952 verfolgt die Bundeszentrale für pol', cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=["Bundesministerin Nancy Faeser am neuen Standort der bpb // Besuch im bpb:medienzentrum mit bpb-Präsident Thomas "
           "Krüger",
           "Die Bundesministerin des Innern und für Heimat Nancy Faeser hat die Bundeszentrale für politische Bildung/bpb "
           "erstmals nach dem Umzug an ihrem Stammsitz am Bundeskanzlerplatz 2 in Bonn besucht.",
           "Seit 1952 ist die bpb in Bonn ansässig – im Januar 2024 zog die nachgeordnete Behörde des Bundesministeriums "
           "des Innern und für Heimat in ein neues Bürogebäude am Bundeskanzlerplatz 2. Dort befindet sich auch das "
           "bpb:medienzentrum, ein Buchladen, in dem interessierte Bürgerinnen und Bürger das gesamte Angebot der bpb "
           "kennenlernen und erwerben können.",
           "Nancy Faeser, Bundesministerin des Innern und für Heimat:",
           FAE_Q,
           "Thomas Krüger, Präsident der bpb, freut sich über den Besuch:",
           KRU_Q],
    # each statement stands in its own paragraph under a line naming its speaker and ending in a colon (rule 2202)
    quotes=[(FAE_Q, FAESER),
            (KRU_Q, KRUEGER)],
    aliases={FAESER: ["Nancy Faeser", "Bundesministerin Nancy Faeser", "Bundesministerin des Innern und für Heimat"],
             KRUEGER: ["Thomas Krüger", "bpb-Präsident Thomas Krüger", "Präsident der bpb"]})

# --- bpb press release, November 2002: the bpb's 50th anniversary with Federal President Johannes Rau ---

RAU_P3 = ("Bundespräsident Johannes Rau hob in seiner Rede die Bedeutung der politischen Bildung für den Erhalt der "
          "freiheitlichen Ordnung hervor. Auf Dauer sei diese nur gesichert, wenn Bürgerinnen und Bürger es als ihre eigene "
          "Aufgabe erkennen, diese Ordnung zu erhalten: \"Darum ist politische Bildung unter dem Grundgesetz ihrem Wesen nach "
          "nicht Gebot, sondern Angebot, nicht Indoktrination, sondern die Anforderung, auch in politischen Angelegenheiten "
          "selber zu denken, sich sachkundig zu machen und sich kräftig in die eigenen Angelegenheiten einzumischen.\"")
EP = "\"einheitspreis – Bürgerpreis zur deutschen Einheit\""

add(id="ho422-bpb-2002-11-festakt-50-jahre-rau",
    title="Offizieller Festakt zu 50 Jahre bpb mit Bundespräsident Johannes Rau Verleihung des ersten " + EP,
    url="http://bpb.de/presse/1IGL6F,0,0,Offizieller_Festakt_zu_50_Jahre_bpb_mit_Bundespr%E4sident_Johannes_Rau.html",
    retrieved="same address (press release of the bpb of 23 November 2002 under its old address form; the furniture line "
              "'Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen', the browser title '… | Presse | bpb.de', the "
              "navigation line 'Presse Pressemitteilungen Pressetexte 2024 Archiv … Pressekontakt' and the reading time "
              "'/ 7 Minuten zu lesen' dropped (rules 19, 93); the headline and subtitle run together in one line as stored "
              "are the title (rule 18); the teaser kept as the first paragraph; the paragraph 'Der Bundesminist', cut off "
              "in the stored copy, and everything after it dropped (rule 15))",
    license=BPB,
    paras=["Die bpb hat mit einem Festakt im ehemaligen Staatsratsgebäude der DDR in Berlin ihr 50-jähriges Jubiläum "
           "gefeiert. Bundespräsident Rau, Bundesinnenminister Schily, die Präsidentin der Kultusministerkonferenz Schipanski "
           "und rund 600 geladene Gäste nahmen teil. Im Rahmen des Festaktes wurde erstmals der " + EP + " verliehen.",
           "Die Bundeszentrale für politische Bildung/bpb feierte heute mit einem Festakt im ehemaligen Staatsratsgebäude "
           "der DDR in Berlin-Mitte ihr 50-jähriges Jubiläum. Am 25. November 1952 als Bundeszentrale für Heimatdienst "
           "gegründet, steht sie seit 50 Jahren im Dienst der Demokratie. Bundespräsident Johannes Rau, "
           "Bundesinnenminister Otto Schily, Präsidentin der Kultusministerkonferenz Dagmar Schipanski und rund 600 geladene "
           "Gäste aus der Bundesrepublik nahmen an dem Festakt mit Empfang und kulturellem Programm teil.",
           RAU_P3],
    # the prize's name twice (title line and teaser), and Rau's words after the colon that closes the reported sentence
    quotes=[(EP, None, 0),
            (EP, None, 1),
            (RAU_P3[RAU_P3.index("\"Darum"):], RAU)],
    aliases={RAU: ["Johannes Rau", "Bundespräsident Johannes Rau", "Bundespräsident Rau"]})

# --- bpb press release, August 2008: last 19 days to apply for the einheitspreis 2008 ---

E08_P1 = ("Der Endspurt hat begonnen: In 19 Tagen läuft die Bewerbungsfrist für den \"einheitspreis – Bürgerpreis zur "
          "Deutschen Einheit\" aus. Zum ersten Mal werden in diesem Jahr neben Personen und Projekten, die sich mit Beiträgen "
          "für den deutschen Einigungsprozess verdient gemacht haben, auch Initiativen ausgezeichnet, die sich für die "
          "Annäherung zwischen Ost und West in Europa eingesetzt haben. Die Bundeszentrale für politische Bildung/bpb vergibt "
          "zum siebten Mal den Preis in den drei Kategorien \"Menschen\",\"Kultur\" und \"Jugend\".")
E08_P2 = ("\"Neben den großen politischen Gesten gehen die vielen kleinen Aktionen und Bemühungen um die Einheit Deutschlands "
          "und Europas oft unter. Mit dem einheitspreis sollen gerade diese Initiativen beachtet, gewürdigt und unterstützt "
          "werden\", sagt Thomas Krüger, Präsident der bpb.")

add(id="ho422-bpb-2008-08-einheitspreis-endspurt",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/50374/noch-19-tage-endspurt-fuer-bewerbungen-zum-einheitspreis-2008",
    retrieved="same address (press release 50374 of the bpb of 12 August 2008; this stored copy begins with the first "
              "paragraph and shows no headline, so the text has no title line (rules 18, 32); the line break inside the "
              "last paragraph before the telephone number joined with a space; the link annotation 'Externer Link:' kept "
              "as stored; the PDF line 'Pressemitteilung als Interner Link: PDF-Version (160 KB)' and the two contact "
              "blocks 'Pressekontakt/bpb …' dropped as furniture (rules 14, 93); nothing else dropped)",
    license=BPB,
    paras=[E08_P1, E08_P2,
           "Die Preisträger werden von einer Jury ausgewählt, die von der bpb einberufen wird und deren Vorsitz jetzt schon "
           "im zweiten Jahr Hildegard Müller, Staatsministerin bei der Bundeskanzlerin, übernommen hat. Die Verleihung des "
           "einheitspreises findet am 2. Oktober 2008 im Rahmen der offiziellen Feier zum Tag der Deutschen Einheit in "
           "Hamburg statt.",
           "Mehr Informationen zum \"einheitspreis 2008\" sowie die Bewerbungsunterlagen gibt es im Internet unter Externer "
           "Link: www.einheitspreis.de oder auf telefonische Anfrage unter +49 (0)30 288761-37."],
    # the prize and its three categories are names (rule 2); the category marks follow each other without a space
    quotes=[("\"einheitspreis – Bürgerpreis zur Deutschen Einheit\"", None),
            ("\"Menschen\"", None),
            ("\"Kultur\"", None),
            ("\"Jugend\"", None),
            (E08_P2[:E08_P2.index("werden\",") + len("werden\"")], KRUEGER),
            ("\"einheitspreis 2008\"", None)],
    aliases={KRUEGER: ["Thomas Krüger", "Präsident der bpb"]})

# --- bpb press release, 2015: the Jugenddemokratiepreis 2015 goes to "Queer durch Deutschland" ---

JDP15_P4 = ("\"Der Preis soll junge Menschen, die aktiv sind, würdigen und gleichzeitig alle, die eine Idee haben, dazu "
            "ermutigen, sich zu engagieren!\", sagt Simon Oesterle, Mitglied der Jugendjury.")

add(id="ho422-bpb-2015-jugenddemokratiepreis-queer-durch-deutschland",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/209901/jugenddemokratiepreis-2015-geht-an-queer-durch-deutschland",
    retrieved="same address (press release 209901 of the bpb, 2015; the stored copy begins with the first paragraph and "
              "shows no headline, so the text has no title line (rules 18, 32); the project names kept as published, "
              "in „…“ and in ASCII marks and in two spellings ('Learn Before You Vote', 'Learn bevor you vote'), and "
              "'dass junge Projektinteressierte' kept as published (rule 20); the stored copy ends after the sixth "
              "paragraph)",
    license=BPB,
    paras=["Die Bundeszentrale für politische Bildung/bpb zeichnet mit dem 6. Jugenddemokratiepreis das Videoprojekt „Queer "
           "durch Deutschland“ aus. Auszeichnungen gehen außerdem an die Projekte „Learn Before You Vote“ aus Litauen und "
           "„Das dreibeinige Sofa“ aus Bremen. Mit dem Jugenddemokratiepreis werden Projekte von oder für junge Menschen "
           "gewürdigt, die sich in herausragender Weise für Demokratie einsetzen.",
           "Der mit 3.000 Euro dotierte Preis wird 2015 zum sechsten Mal verliehen. Die Gewinner werden von einer "
           "Jugendjury, bestehend aus jungen Menschen zwischen 17 und 27 Jahren, bestimmt.",
           "Das Reportageprojekt „Queer durch Deutschland“ wurde 2013 von vier jungen Menschen im Alter zwischen 20 und 27 "
           "Jahren initiiert. Die Teilnehmer wollen mit ihrem Videoprojekt auf die Lebenssituation von schwulen, lesbischen, "
           "bisexuellen und transgender Jugendlichen in Deutschland aufmerksam machen und interviewen diese zu ihrer "
           "Lebenssituation. Mit Videos werben sie für Akzeptanz und möchten Mut machen, die eigene Situation als queerer "
           "Mensch selbst in die Hand zu nehmen.",
           JDP15_P4,
           "Um den Jugenddemokratiepreis 2015 der bpb bewarben sich 88 Projekte, von denen einige die Jury nachhaltig "
           "beeindruckt haben. Die Jugendjury würdigt deshalb zwei weitere Bewerber: Das Bremer Projekt \"Das dreibeinige "
           "Sofa\" und \"Learn bevor you vote\" aus Litauen.",
           "\"Das dreibeinige Sofa\" ist ein inklusives Jugendprojekt, bei dem Kinder und Jugendliche Diskussionen mit "
           "Politikern und Multiplikatoren an öffentlichen Plätzen veranstalten. Die Gespräche werden dabei auf einem "
           "dreibeinigen Sofa geführt, dass junge Projektinteressierte auf dem Sperrmüll gefunden haben. „Learn bevor you "
           "vote“ ist ein Erst- und Zweitwähler-Projekt sowie eine Wahlbeobachtungs- und Informationskampagne, die von "
           "jungen Litauern initiiert wurde."],
    quotes=[("„Queer durch Deutschland“", None, 0),
            ("„Learn Before You Vote“", None),
            ("„Das dreibeinige Sofa“", None),
            ("„Queer durch Deutschland“", None, 1),
            (JDP15_P4[:JDP15_P4.index("!\",") + len("!\"")], OESTERLE),
            ("\"Das dreibeinige Sofa\"", None, 0),
            ("\"Learn bevor you vote\"", None),
            ("\"Das dreibeinige Sofa\"", None, 1),
            ("„Learn bevor you vote“", None)],
    aliases={OESTERLE: ["Simon Oesterle", "Mitglied der Jugendjury"]})

# --- bpb press release, 2008: the first Jugenddemokratiepreis goes to a Lithuanian youth project ---

JDP08_P2 = ("Der Wettbewerb zum Jugenddemokratiepreis wird von Jugendlichen gestaltet. Eine zwölfköpfige Jury aus "
            "Jugendlichen und jungen Erwachsenen zwischen 16 und 27 Jahren entscheidet über die Auswahlkriterien, die "
            "Bewerbungsformulare sowie die Auswahl der Preisträger. \"Wir haben den Jugenddemokratiepreis ins Leben gerufen "
            "um zu zeigen, was Jugendliche auf die Beine stellen können und dass sie mit kleinen Aktionen viel bewegen "
            "können. Wir möchten junge Menschen anregen, sich in Europa zu engagieren und aktiv an der Gestaltung der "
            "Gesellschaft und der Politik mitzuwirken\", so Thomas Krüger, Präsident der Bundeszentrale für politische "
            "Bildung, zu dem neuen Preis der bpb.")

add(id="ho422-bpb-2008-jugenddemokratiepreis-litauen",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/50303/jugenddemokratiepreis-2008-geht-an-litauisches-"
        "jugendprojekt",
    retrieved="same address (press release 50303 of the bpb, 2008; the stored copy begins with the first paragraph and "
              "shows no headline, so the text has no title line (rules 18, 32); the unclosed parenthesis '(\"Youth, Vote "
              "Smart!\" (www.jaunimerinkisrimtai.lt)' and 'Schülerinnen und Schulen (Schüler und Schülerinnen)' kept as "
              "published (rule 20); the paragraph 'In dem Projekt \"KidsCourage\" (Externer Link: www.falken-berlin.de/…) "
              "setzen sich Grundschulkinder … im Rahmen des Pr', cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=["Die Bundeszentrale für politische Bildung/bpb vergibt den Jugenddemokratiepreis 2008 an das litauische Projekt "
           "\"Jaunime, Rinkis Rimtai!\" (\"Youth, Vote Smart!\"). Die Projekte \"Polit-gramota\" aus Russland und "
           "\"KidsCourage\" aus Deutschland erhalten eine schriftliche Würdigung. Mit dem Jugenddemokratiepreis sollen vor "
           "allem junge Menschen für ihr Engagement in Europa ausgezeichnet werden. Der Preis ist mit 3.000 Euro dotiert und "
           "wird 2008 erstmals verliehen.",
           JDP08_P2,
           "In dem Projekt \"Jaunime, Rinkis Rimtai!\" (\"Youth, Vote Smart!\" (www.jaunimerinkisrimtai.lt) sprechen "
           "Jugendliche zwischen 17 und 23 Jahren Schülerinnen und Schulen (Schüler und Schülerinnen) in ländlichen Gebieten "
           "Litauens an und motivieren sie, an den Wahlen teilzunehmen. In dem Projekt \"Polit-gramota\" (\"Politisches "
           "ABC\") organisieren Studenten politische Debatten zu aktuellen Themen für ein junges Publikum. Die Internetseite "
           "www.polit-gramota.ru dokumentiert diese Debatten und bietet Hintergrundinformationen und Diskussionsforen an."],
    # project names and their translations in marks are null, the translation too (rule 2203)
    quotes=[("\"Jaunime, Rinkis Rimtai!\"", None, 0),
            ("\"Youth, Vote Smart!\"", None, 0),
            ("\"Polit-gramota\"", None, 0),
            ("\"KidsCourage\"", None),
            (JDP08_P2[JDP08_P2.index("\"Wir haben"):JDP08_P2.index("mitzuwirken\",") + len("mitzuwirken\"")], KRUEGER),
            ("\"Jaunime, Rinkis Rimtai!\"", None, 1),
            ("\"Youth, Vote Smart!\"", None, 1),
            ("\"Polit-gramota\"", None, 1),
            ("\"Politisches ABC\"", None)],
    aliases={KRUEGER: ["Thomas Krüger", "Präsident der Bundeszentrale für politische Bildung"]})

# --- Presse- und Informationsamt der Bundesregierung, press release no. 213 of 19 May 2009: the BKM at the Bürgerfest ---

BF_P3 = ("\"Kultur ist als Grundwert unseres Gemeinwesens Ausdruck unserer nationalen Identität und Weltoffenheit. Deshalb "
         "ist die Kultur wichtiger Bestandteil des Geburtstagsfestes der Bundesrepublik. Ich freue mich, auf dem Bürgerfest "
         "einen Querschnitt der vielfältigen Kultur- und Medienpolitik des Bundes vorstellen zu können: Einrichtungen von "
         "nationaler Bedeutung und beispielhafte Initiativen präsentieren sich den Bürgerinnen und Bürgern,\" erklärte "
         "Staatsminister Bernd Neumann.")

add(id="ho422-breg-2009-05-19-bkm-buergerfest",
    title="Kulturstaatsminister beteiligt sich mit wichtigen Einrichtungen beim Bürgerfest",
    url="http://www.bundesregierung.de/statisch/buergerfest/nn_798724/Content/DE/Pressemitteilungen/BPA/2009/05/"
        "2009-05-19-bkm-buergerfest-wichtige-einrichtungen.html",
    retrieved="same address (press release no. 213 of the Presse- und Informationsamt der Bundesregierung of 19 May 2009 on "
              "the Government's Bürgerfest site; the navigation line 'Startseite', the header lines 'PRESSE- UND "
              "INFORMATIONSAMT DER BUNDESREGIERUNG' and 'PRESSEMITTEILUNG NR.: 213', the date line 'Di, 19.05.2009', the "
              "photo caption 'Festmeile vor dem Brandenburger Tor' and the credit 'Foto: REGIERUNGonline' dropped (rules "
              "14, 93); the headline is the title (rule 18); the kicker 'Spiel, Spaß und Information' kept as a line; the "
              "leading spaces of two paragraphs dropped; list bullets dropped, items kept as lines of their own (rule 93); "
              "'Zusätzlichpräsentiert' kept as published (rule 20); the fourth item 'Die Bundesbeauftragte für die "
              "Stasi-Unterlagen, die Stiftung zur Aufarbei', cut off in the stored copy, dropped (rule 15))",
    license=BREG,
    paras=["Spiel, Spaß und Information",
           "Beim Bürgerfest am 23. Mai in Berlin, mit dem das 60-jährige Bestehen der Bundesrepublik Deutschland gefeiert "
           "wird, präsentiert sich Kulturstaatsminister Bernd Neumann mit vielen Einrichtungen und Initiativen.",
           BF_P3,
           "In einem großen Zelt auf der Straße des 17. Juni stellt sich der Staatsminister für Kultur und Medien (BKM) vor. "
           "Hier werden Informationen zur Bundeskulturpolitik vermittelt. Bei einem Quiz kann das Kulturwissen getestet "
           "werden. Im selben Zelt präsentieren sich weiter die folgenden Einrichtungen und Initiativen:",
           "Die Stiftung Preußischer Kulturbesitz gibt einen Einblick in die museumspädagogischen Angebote ihrer "
           "Einrichtungen. Zusätzlichpräsentiert die Stiftung eine Auswahl aus dem breiten Spektrum ihrer Publikationen.",
           "Die Stiftung Genshagen stellt ein von jungen Menschen gestaltetes phantastisches Relief aus, das die Bedeutung "
           "der kulturellen Bildung im europäischen Dialog versinnbildlichen soll.",
           "Das Haus der Geschichte der Bundesrepublik Deutschland präsentiert sich ebenso wie das Deutsche Historische "
           "Museum, das eine mittelalterliche Schreibwerkstatt für Kinder und ein Quiz zur Verfassung anbietet."],
    # the comma before the closing mark is inside the span
    quotes=[(BF_P3[:BF_P3.index("Bürgern,\"") + len("Bürgern,\"")], NEUMANN)],
    aliases={NEUMANN: ["Bernd Neumann", "Kulturstaatsminister Bernd Neumann", "Staatsminister Bernd Neumann",
                       "Kulturstaatsminister", "Staatsminister für Kultur und Medien (BKM)"]})

# --- bpb, speech of its president at the award ceremony of the competition "Branding Democracy" ---

BD_P3 = ("die Shell-Jugendstudie bescheinigte im vergangenen Jahr jungen Menschen ein nur geringes politisches Engagement. "
         "\"Sich in die Politik einzumischen\" sei \"out\". Gleichzeitig aber wird festgestellt, dass gesellschaftliches "
         "Engagement durchaus von Bedeutung für junge Menschen ist. Die Beteiligung am Wettbewerb Branding Democracy ist ein "
         "deutlicher Beleg, dass sie einen Beitrag zur Gestaltung einer demokratischen Zivilgesellschaft leisten wollen und "
         "vor allem, dass sie hierbei Kreativität und gestalterische Intelligenz entwickeln.")

add(id="ho422-bpb-rede-preisverleihung-branding-democracy",
    title="Preisverleihung des Wettbewerbes \"Branding Democracy\" in Berlin",
    url="https://bpb.de/die-bpb/presse/51211/preisverleihung-des-wettbewerbes-branding-democracy-in-berlin",
    retrieved="same address (speech of the bpb's president published under bpb.de 'Presse' (undated in the stored copy; "
              "'die Shell-Jugendstudie … im vergangenen Jahr'); the furniture line 'Meine Merkliste Geteilte Merkliste PDF "
              "oder EPUB erstellen', the browser title '… | Presse | bpb.de', the navigation line 'Presse "
              "Pressemitteilungen Pressetexte 2025 … Pressekontakt' and the reading time '/ 3 Minuten zu lesen' dropped "
              "(rules 19, 93); the headline is the title (rule 18); the teaser and the salutation kept as lines of their "
              "own; the paragraph '180 Entwürfe sind von Studentinnen und Studenten … unverzichtbar für die "
              "Zukunftsfähigkeit unserer De', cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=["Gesellschaftliches Engagement ist wichtig für junge Menschen. In seiner Rede betonte bpb-Präsident Thomas "
           "Krüger, dass die hohe Beteiligung am Wettbewerb \"Branding Democracy\" ein deutlicher Beleg dafür sei.",
           "Sehr geehrte Damen und Herren, sehr geehrte Teilnehmerinnen und Teilnehmer des Wettbewerbs Branding Democracy,",
           BD_P3],
    # the competition's name twice (title line and teaser); the two partial quotes reported from the study (rule 2200)
    quotes=[("\"Branding Democracy\"", None, 0),
            ("\"Branding Democracy\"", None, 1),
            ("\"Sich in die Politik einzumischen\"", SHELL),
            ("\"out\"", SHELL)],
    aliases={SHELL: ["Shell-Jugendstudie"]})

# --- bpb press release, 2022: the bpb's bus tour for its 70th anniversary ---

TOUR_P1 = ("„Die Bundeszentrale für politische Bildung wird siebzig Jahre. Grund genug, einmal persönlich vorbei zu kommen, "
           "in Ihre Stadt, auf Ihren Marktplatz, in ihr Viertel“, so Thomas Krüger, Präsident der bpb. Für Krüger ist dabei "
           "wichtig: „Politische Bildung funktioniert nur, wenn es vor Ort viele aktive Träger und Vereine gibt, die "
           "politische Bildung tagtäglich leben, ihnen wollen wir auf dieser Tour für Ihre Arbeit danken“.")

add(id="ho422-bpb-2022-70-jahre-bus-tour",
    title=None,
    url="https://bpb.de/die-bpb/presse/pressemitteilungen/514617/hier-kommt-demokratie-in-fahrt",
    retrieved="same address (press release 514617 of the bpb, 2022 (the bpb's 70th anniversary on 25 November); the "
              "stored copy begins with the fragment 'Die Bundeszentrale für politische Bildung/bpb feiert ihr', whose link "
              "text is missing in the stored copy, and shows no headline: the fragment is dropped and the text has no "
              "title line (rules 15, 18, 32); the second paragraph, which ends in 'gibt es unter' where the stored copy "
              "omits a link, kept as stored; 'vorbei zu kommen' and 'für Ihre Arbeit' kept as published (rule 20); the "
              "paragraphs 'Als letzte Station steuert der bpb-Bus … um Anmeldung unter' and 'Seit ihrer Gründung vor 70 "
              "Jahren … demokratische Bewusstsein zu festigen', the latter cut off in the stored copy, dropped (rule 15))",
    license=BPB,
    paras=[TOUR_P1,
           "Zu den Stationen gehören neben den bpb-Standorten Berlin und Gera unter anderem auch Dresden, Beutelsbach, "
           "Frankfurt am Main, Halle und Friedrichshafen. An jeder Station besucht die bpb Träger der politischen Bildung "
           "und zivilgesellschaftliche Akteure und lädt gemeinsam mit ihnen zu kleinen Aktionen, Veranstaltungen und zum "
           "Gespräch ein. Alle Interessierten sind herzlich eingeladen, dazuzukommen, kostenlose Lese-, Lehr- und "
           "Lernmaterialien mitzunehmen und über politische Bildung ins Gespräch zu kommen. Weitere Informationen und die "
           "Stationen des bpb-Busses gibt es unter"],
    quotes=[(TOUR_P1[:TOUR_P1.index("Viertel“") + len("Viertel“")], KRUEGER),
            (TOUR_P1[TOUR_P1.index("„Politische"):TOUR_P1.index("danken“") + len("danken“")], KRUEGER)],
    aliases={KRUEGER: ["Thomas Krüger", "Präsident der bpb", "Krüger"]})
