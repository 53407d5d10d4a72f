# Hundred-and-third held-out German real-news set (tests/data/heldout103-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 835). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-third held-out set": texts of the European Commission in German: the monthly
# headlines pages of President Barroso's site of the 2010-2014 Commission on ec.europa.eu (2010-2012) (licence EU).
# Stored copies are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each
# retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BARROSO = "Barroso"

# --- ec.europa.eu/commission_2010-2014/president: monthly headlines pages of the President's site ---

MAR_P = ("In einer gemeinsamen Erklärung haben EU-Kommissionspräsident Barroso und die Hohe Vertreterin der Union für "
         "Außen- und Sicherheitspolitik und Vizepräsidentin Catherine Ashton den Terroranschlag in Marrakesch auf das "
         "Schärfste verurteilt. Sie bezeichneten den Anschlag als ein abscheuliches Verbrechen und erklärten, die Täter "
         "hätten damit eine „vollständige Missachtung der Würde des Menschen und des menschlichen Lebens“ gezeigt. "
         "Präsident Barroso und die Hohe Vertreterin der Union, Ashton, sicherten dem marokkanischen Volk die "
         "Unterstützung Europas in dieser schweren Zeit zu.")
CERN_P = ("EU-Kommissionspräsident Barroso hat heute CERN besucht, die Europäische Organisation für Kernforschung in der "
          "Nähe von Genf. Barroso erklärte, dass „CERN ein echtes europäisches Exzellenzzentrum ist: ein Ort, an dem sich "
          "unser kollektives Talent konzentriert und Spitzenforschung betreibt, mit einem europäischen Fundament, aber mit "
          "globaler Ausrichtung.“ Die Rolle von CERN in der europäischen Forschungs- und Innovationspolitik sowie Wege zu "
          "einer Verstärkung der Zusammenarbeit mit der Kommission standen im Mittelpunkt der Gespräche während des "
          "Besuchs.")

add(id="ho103-eucom-2011-04-barroso-marrakesch-cern",
    title="Erklärung nach dem Terroranschlag von Marrakesch",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/04/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, April 2011: "
              "its first two items with their date lines; the header lines 'Navigationsleiste' / 'Schlagzeilen', the "
              "image captions 'Moroccan flag' and 'Juhanson (Commons)' under the date lines and the link 'Zur gemeinsamen "
              "Erklärung von Präsident Barroso und der Hohen Vertreterin/Vizepräsidentin der Kommission Catherine Ashton' "
              "dropped (rule 14); the third item 'Offizieller Besuch in der Ukraine' of 18/04/2011, whose only body "
              "paragraph is cut off inside its second quotation in the stored copy ('… sollten daher ebenfalls'), dropped "
              "whole with its headline, teaser, date line and caption (rule 15))",
    license=EU,
    paras=["29/04/2011",
           MAR_P,
           "Besuch bei CERN",
           "20/04/2011",
           CERN_P],
    quotes=[(cut(MAR_P, "„vollständige", "Lebens“"), BARROSO),
            (cut(CERN_P, "„CERN", "Ausrichtung.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso", "Präsident Barroso", "Catherine Ashton",
                       "Vizepräsidentin Catherine Ashton", "Ashton"]})

YOUTH_T = "Initiative “Chancen für junge Menschen”"
YOUTH_P = ("Heute hat die Kommission das Versprechen eingelöst, das Präsident Barroso in seiner Rede zur Lage der Union im "
           "September 2011 gegeben hatte und ihre Initiative ‘Chancen für junge Menschen’ vorgestellt. Präsident Barroso "
           "erklärte: „Die Initiative ‘Chancen für junge Menschen’ zeigt den jungen Leuten in Europa, dass wir ihre Lage "
           "aufmerksam verfolgen. Wir haben ihre wiederholten Appelle von Madrid bis Brüssel vernommen, dass sie an der "
           "europäischen Gesellschaft teilhaben wollen. Der Anfang hierzu ist ein Arbeitsplatz. Langfristige Reformen der "
           "Arbeitsmärkte sind auf jeden Fall nötig, doch dauert es, bis solche Reformen die erwarteten Ergebnisse "
           "zeitigen. Mit der heute gestarteten Initiative haben wir ein direkteres Instrument entwickelt, das die "
           "Jugendarbeitslosigkeit senken wird.“ Im Rahmen der Strategie Europa 2020 erwarte die Kommission, so Barroso "
           "weiter, dass die Mitgliedstaaten „sich in ihren nationalen Reformprogrammen für 2012 mit dem Problem der "
           "Beschäftigung junger Menschen auseinandersetzen.“ Die Kommission werde die Anstrengungen der Mitgliedstaaten "
           "unterstützen, und zwar sowohl mit Orientierungsempfehlungen als auch mit Finanzmitteln. „Wir müssen die "
           "vorhandenen Finanzmittel, die bisher noch nicht abgerufen wurden, sehr viel besser nutzen. 30 Mrd. EUR aus dem "
           "Europäischen Sozialfonds wurden bisher noch nicht für Projekte abgerufen und können den Mitgliedstaaten bei der "
           "Schaffung von umfassenderen Förderprogrammen für junge Menschen helfen. Zusätzlich werden wir 1,3 Mio. EUR aus "
           "dem Europäischen Sozialfonds für technische Hilfe bereitstellen, um die Zahl der Lehrstellen zu erhöhen”, "
           "versprach Präsident Barroso abschließend.")

add(id="ho103-eucom-2011-12-barroso-chancen-junge-menschen",
    title=YOUTH_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/12/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, December "
              "2011: its first item with its date line; the header lines 'Navigationsleiste' / 'Schlagzeilen', the image "
              "caption 'José Manuel Barroso' under the date line and the link lines 'EU ruft zu Sofortmaßnahmen gegen die "
              "Jugendarbeitslosigkeit auf' / 'Read the statement' / 'Video on the initiative' dropped (rule 14); the next "
              "headline 'Qualitätsrahmen für Dienstleistungen von allgemeinem Interesse in d', cut off in the stored copy, "
              "dropped (rule 15); the quotation opened with „ and closed with ” and the single marks ‘…’ kept as "
              "published)",
    license=EU,
    paras=["20/12/2011",
           YOUTH_P],
    quotes=[(cut(YOUTH_T, "“Chancen", "Menschen”"), None),
            ("‘Chancen für junge Menschen’", None, 0),
            (cut(YOUTH_P, "„Die Initiative", "senken wird.“"), BARROSO),
            (cut(YOUTH_P, "„sich in", "auseinandersetzen.“"), BARROSO),
            (cut(YOUTH_P, "„Wir müssen", "erhöhen”"), BARROSO)],
    aliases={BARROSO: ["Barroso", "Präsident Barroso"]})

GOV_P = ('Die Kommission hat eine Mitteilung über eine Reihe von Instrumenten zur Stärkung der wirtschaftspolitischen '
         'Steuerung der EU verabschiedet. Dazu erklärte der Präsident der Europäischen Kommission Barroso: "Heute macht '
         'die Kommission ehrgeizige Vorschläge, die zu konkreten Fortschritten führen werden. Mit Hilfe des "Europäischen '
         'Semesters" können wir Kohärenz in das europäische Monitoring bringen. Dies ist logisch und notwendig. Und durch '
         'ein System von Anreizen, welches Sanktionen früher anwendet, schaffen wir das notwendige Instrumentarium, um zu '
         'handeln, wenn es notwendig ist."')
SUM_P = ('Kommissionspräsident Barroso erläuterte, wie die Strategie Europa 2020 Europa "wieder auf Kurs bringen" wird und '
         'welche Rolle die Vorschläge der Kommission für eine stärkere wirtschaftspolitische Steuerung dabei spielen '
         'werden. Barroso betonte, dass die Antwort Wachstum heißt. "Die alles entscheidende Frage lautet: Wie können wir '
         'das Wachstum ankurbeln?" Und die Antwort: "Wir müssen das Vertrauen wiederherstellen. Ohne Vertrauen kein '
         'Wachstum. Deshalb brauchen wir unbedingt eine Konsolidierung der Staatshaushalte. Und was wir ebenfalls '
         'brauchen, sind Strukturreformen."')

add(id="ho103-eucom-2010-06-barroso-wirtschaftspolitische-steuerung",
    title="Wirtschaftspolitische Steuerung der EU",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2010/06/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, June 2010: "
              "its first two items with the first item's teaser and the date lines; the header lines 'Navigationsleiste' / "
              "'Schlagzeilen', the image captions 'José Manuel Barroso © EU' under both date lines and the link lines 'Zur "
              "vollständigen Erklärung' / 'Zum MEMO' / 'Read the Communication and the specifications on the Stability "
              "and Growth Pact' dropped (rule 14); the third item 'Glückwünsche an Julia Gillard, die neue "
              "Premierministerin von Australien' of 29/06/2010, whose body paragraph is cut off in the stored copy ('… vor "
              "allem den Klimawan'), dropped whole with its headline, date line and caption (rule 15); the ASCII marks "
              "nested inside an ASCII-marked quotation kept as published (rule 835))",
    license=EU,
    paras=["Wir müssen die wirtschaftliche Governance in Europa verstärken.",
           "30/06/2010",
           GOV_P,
           "Europäischer Wirtschaftsgipfel",
           "30/06/2010",
           SUM_P],
    quotes=[(cut(GOV_P, '"Heute', 'notwendig ist."'), BARROSO),
            (cut(SUM_P, '"wieder', 'bringen"'), BARROSO),
            (cut(SUM_P, '"Die alles', 'ankurbeln?"'), BARROSO),
            (cut(SUM_P, '"Wir müssen', 'Strukturreformen."'), BARROSO)],
    aliases={BARROSO: ["Barroso", "Kommissionspräsident Barroso"]})

AFR_P1 = ("“Europa und Afrika sind natürliche Partner, zusammengeschweißt durch eine gemeinsame Geschichte, gemeinsame "
          "Werte und gemeinsame Interessen“, erklärte EU-Kommissionspräsident Barroso nach der Plenarsitzung der "
          "Kommission der Afrikanischen Union und der Kommission der EU. Europa und Afrika werden auch in Zukunft „die "
          "Armut bekämpfen, an den Millenniumsentwicklungszielen festhalten, gegen den Klimawandel vorgehen und für "
          "Frieden, Sicherheit und die Menschenrechte eintreten“, betonte Barroso. Es „kann kein Wirtschaftswachstum geben "
          "ohne das richtige politische Fundament. Entwicklung und Demokratie müssen Hand in Hand gehen.“")
AFR_H2 = ("„Die historischen Umbrüche in Afrika bieten enorme Chancen für die Stärkung der Beziehungen zwischen unseren "
          "Kontinenten“")
AFR_P2 = ("Die Kommission der Afrikanischen Union und die Europäische Kommission kommen in Brüssel zu ihrer 5. "
          "Jahressitzung auf Kollegiumsebene zusammen. Auf der gemeinsamen Agenda im Rahmen der strategischen "
          "Partnerschaft zwischen der EU und Afrika stehen zwei hochaktuelle Themen im Mittelpunkt der Gespräche: "
          "Demokratie und Wachstum. Kommissionspräsident Barroso erklärte im Vorfeld der Sitzung: „Die historischen "
          "Umbrüche in Afrika bieten enorme Chancen für die Stärkung der Beziehungen zwischen unseren Kontinenten. Für eine "
          "nachhaltige Entwicklung brauchen wir sowohl Wachstum als auch Demokratie.“")

add(id="ho103-eucom-2011-05-barroso-afrikanische-union",
    title="Meeting with the African Union Commission",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/05/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, May 2011: its "
              "first item with its English headline, its teaser and date line, and the second item, whose headline is a "
              "quotation; the header lines 'Navigationsleiste' / 'Schlagzeilen', the image caption 'African Union Flag © "
              "Commons', a line holding only a non-breaking space and the link lines 'Zur Pressemitteilung' / 'Mehr zur "
              "Gemeinsamen Afrika-EU-Strategie' / 'Erklärung von Präsident Barroso im Anschluss an die Plenarsitzung' / "
              "'Read the declaration' / 'Zum Video' dropped (rule 14); the third item 'Glückwunschschreiben an den "
              "Präsidenten von Nigeria' of 30/05/2011, cut off in the stored copy ('… zu seiner Wahl zum'), dropped whole "
              "(rule 15); the quotation opened with “ and closed with “ kept as published)",
    license=EU,
    paras=["Europa und Afrika sind natürliche Partner, zusammengeschweißt durch eine gemeinsame Geschichte, gemeinsame "
           "Werte und gemeinsame Interessen.",
           "31/05/2011",
           AFR_P1,
           AFR_H2,
           AFR_P2],
    quotes=[(cut(AFR_P1, "“Europa", "Interessen“"), BARROSO),
            (cut(AFR_P1, "„die Armut", "eintreten“"), BARROSO),
            (cut(AFR_P1, "„kann kein", "gehen.“"), BARROSO),
            (AFR_H2, BARROSO),
            (cut(AFR_P2, "„Die historischen", "Demokratie.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso", "Kommissionspräsident Barroso"]})

IRQ_P = ("EU-Kommissionspräsident Barroso gratulierte dem amtierenden Ministerpräsidenten Nouri al-Maliki zu seiner "
         "Wiederwahl. Er bekräftigte die Unterstützung der Europäischen Kommission für die Bemühungen der Regierung „um den "
         "Wiederaufbau des Landes und die Konsolidierung des demokratischen Systems im Irak“. Der Präsident äußerte sich "
         "auch zuversichtlich, dass „wir mit dem Abkommen über Partnerschaft und Zusammenarbeit, das so schnell wie möglich "
         "unterzeichnet werden sollte, die Partnerschaft zwischen dem Irak und der Europäischen Union weiter ausbauen "
         "können.“")
TPS_P = ("Zum Tode von Tommaso Padoa-Schioppa am 18. Dezember hat EU-Kommissionspräsident Barroso den Angehörigen seine "
         "aufrichtige Anteilnahme übermittelt. Tommaso Padoa-Schioppa war langjähriges Mitglied des Direktoriums der "
         "Europäischen Zentralbank und gilt als einer der Väter des Euro. „Europa“, so schrieb Barroso, „wird seine "
         "intellektuelle Leidenschaft und die Hartnäckigkeit vermissen, mit der er an den europäischen Idealen "
         "festgehalten hat, auch als Präsident von Notre Europe und führendes Mitglied des Netzwerks Europäische "
         "Bewegung.“")

add(id="ho103-eucom-2010-12-barroso-maliki-padoa-schioppa",
    title="Al-Maliki als Ministerpräsident der Republik Irak wiedergewählt",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2010/12/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, December "
              "2010: its first two items with their date lines; the header lines 'Navigationsleiste' / 'Schlagzeilen', the "
              "image captions 'Iraqi flag (Commons)' and 'Tommaso Padoa-Schioppa (Commons licence)' under the date lines "
              "and the link 'Zur Erklärung' dropped (rule 14); the third item '2010: Europäisches Jahr zur Bekämpfung von "
              "Armut und sozialer Ausgrenzung' of 17/12/2010, whose body paragraph is cut off in the stored copy ('… und "
              "auf die neue Europäis'), dropped whole with its headline, date line and caption (rule 15))",
    license=EU,
    paras=["22/12/2010",
           IRQ_P,
           "Kondolenzschreiben von Barroso zum Tode von Tommaso Padoa-Schioppa",
           "19/12/2010",
           TPS_P],
    quotes=[(cut(IRQ_P, "„um den", "im Irak“"), BARROSO),
            (cut(IRQ_P, "„wir mit", "können.“"), BARROSO),
            ("„Europa“", BARROSO),
            (cut(TPS_P, "„wird seine", "Bewegung.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso"]})

CYP_P = ("In einer Erklärung vor dem Treffen des UN-Generalsekretärs Ban Ki-moon mit den Führern der beiden Volksgruppen "
         "Zyperns, Christofias und Eroglu, am 30. und 31. Oktober in New York erklärte EU-Kommissionspräsident Barroso: "
         "„Nach mehr als drei Jahren Verhandlungsgesprächen ist es an der Zeit, eine Lösung für die noch offenen Fragen zu "
         "finden. Alle Zyprioten und die Europäische Union werden von einem geeinten Zypern profitieren.“ Die Europäische "
         "Kommission, so Barroso, „erwartet von dem Treffen in New York greifbare Ergebnisse, Ergebnisse, die den Weg frei "
         "machen für die Schlussphase der Verhandlungen. Ich verfolge diesen Prozess mit großer Aufmerksamkeit, und ich "
         "möchte beide Politiker eindringlich auffordern, die Gelegenheit für eine umfassende Lösung zu nutzen. Die Führer "
         "der beiden Volksgruppen und die Vereinten Nationen können auf die vollständige Unterstützung der Europäischen "
         "Kommission für ihr historisches Unterfangen zählen.\"")

add(id="ho103-eucom-2011-10-barroso-zypern",
    title="Erklärung zu Zypern",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/10/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, October "
              "2011: its first item with its date line; the header lines 'Navigationsleiste' / 'Schlagzeilen', the image "
              "caption ' © EU' under the date line and the link 'Vollständige Erklärung' dropped (rule 14); the second item "
              "'Europäischer Rat und Gipfel der Eurozone, 26. Oktober 2011' of 27/10/2011, whose body paragraph is cut off "
              "inside a quotation in the stored copy ('… wiederherstellen können, an'), dropped whole with its headline, "
              "teaser, date line and caption (rule 15); the quotation opened with „ and closed with an ASCII mark kept as "
              "published)",
    license=EU,
    paras=["28/10/2011",
           CYP_P],
    quotes=[(cut(CYP_P, "„Nach", "profitieren.“"), BARROSO),
            (cut(CYP_P, "„erwartet", "zählen.\""), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso"]})

ER_P1 = ("Am Mittwoch hat EU-Kommissionspräsident Barroso im Europäischen Parlament die Schlussfolgerungen der informellen "
         "Tagung des Europäischen Rates vorgestellt. „Zunächst einmal war der Europäische Rat ein erster, aber "
         "entscheidender Schritt der Staats- und Regierungschefs hin zu der Anerkennung, dass es nicht reicht, wenn wir uns "
         "nur auf finanzielle Stabilität und wirtschaftliche Disziplin konzentrieren”, erklärte Präsident Barroso. „Wir "
         "haben”, so Barroso, „konkrete Vorschläge auf den Tisch gelegt, um die Jugendarbeitslosigkeit zu bekämpfen und KMU "
         "bei der Finanzierung von Investitionen zu helfen. Auf diese Weise hat die Kommission die Probleme einbezogen, die "
         "unseren Bürgern am meisten auf den Nägeln brennen – Arbeitsplätze und Wachstum. Und zwar nachhaltiges "
         "Wachstum.“")

add(id="ho103-eucom-2012-01-barroso-informeller-rat",
    title="Informeller Europäischer Rat, 30. Januar 2012",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2012/01/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, January "
              "2012: its first item, headline, teaser, date line and first paragraph; the header lines 'Navigationsleiste' / "
              "'Schlagzeilen', the image caption 'EU' and the update line 'Updated 1 February' under the date line dropped "
              "(rule 14); the item's second paragraph 'Die wichtigste Botschaft, … „Jeder Mitgliedstaat wird', cut off "
              "inside a quotation in the stored copy, dropped whole with its quotations (rule 15); the quotations opened "
              "with „ and closed with ” or “ kept as published)",
    license=EU,
    paras=["Es reicht nicht, wenn wir uns nur auf finanzielle Stabilität und Wirtschaftsdisziplin konzentrieren",
           "01/02/2012",
           ER_P1],
    quotes=[(cut(ER_P1, "„Zunächst", "konzentrieren”"), BARROSO),
            ("„Wir haben”", BARROSO),
            (cut(ER_P1, "„konkrete", "Wachstum.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso", "Präsident Barroso"]})

JMB = "José Manuel Barroso"
CSR_P1 = ("„Wir haben einen Gesundheitscheck der finanzpolitischen und wirtschaftlichen Situation in allen 27 "
          "Mitgliedstaaten durchgeführt. Und wir haben eine Therapie vorgeschlagen – spezifische Empfehlungen für die "
          "Reformen, die notwendig sind, um Stabilität, Wachstum und neue Arbeitsplätze zu schaffen”, erklärte Präsident "
          "Barroso nach der Annahme des Pakets.")
CSR_P2 = ("Die europäische Ebene kann und will ihren Anteil beisteuern, um die nationalen Maßnahmen zu unterstützen. „Der "
          "EU-Gipfel im Juni sollte meiner Meinung nach drei Dinge beschließen, und ich werde alles daransetzen, damit der "
          "Europäische Rat dies auch tun wird”, erklärte der Präsident.")

add(id="ho103-eucom-2012-05-barroso-ostseegipfel-empfehlungen",
    title="Präsident Barroso auf dem Ostseegipfel",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2012/05/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, May 2012: its "
              "first item and the second item up to its second paragraph, with headlines, the second item's teaser and the "
              "date lines; the header lines 'Navigationsleiste' / 'Schlagzeilen', the image captions '© EU' and ' José "
              "Manuel Barroso' under the date lines and the links 'Zur Videoaufzeichnung' / 'Zu den Empfehlungen.' dropped "
              "(rule 14); the list item '- „Als erstes eine klare Bestätigu', cut off inside its quotation in the stored "
              "copy, dropped (rule 15); the quotations opened with „ and closed with ” kept as published)",
    license=EU,
    paras=["Am Mittwoch und Donnerstag, dem 30. und 31. Mai, nahm der Präsident der Europäischen Kommission José Manuel "
           "Barroso auf Einladung der deutschen Bundeskanzlerin Angela Merkel am 9. Ostseegipfel in Stralsund "
           "(Deutschland) teil.",
           "31/05/2012",
           "Auf der Tagesordnung des Gipfels standen vor allem die Themen Energiesicherheit und Veränderungen bei der "
           "Bevölkerungsentwicklung in der Ostseeregion. Die Gipfelteilnehmer diskutierten auch über die "
           "Wettbewerbsfähigkeit und nachhaltiges Wachstum, sowohl in der Region als auch in Europa insgesamt.",
           "Der Ostseegipfel wird einmal jährlich vom Ostseerat veranstaltet. Die Organisation war 1992 gegründet worden, "
           "um die Entwicklung und Zusammenarbeit in der Region zu unterstützen. Mitglieder des Ostseerates sind acht "
           "EU-Länder (Dänemark, Estland, Finnland, Deutschland, Lettland, Litauen, Polen und Schweden) und drei "
           "Nicht-EU-Länder (Island, Norwegen und Russland).",
           "Wirtschaftspolitische Steuerung: Länderspezifische Empfehlungen",
           "Es gibt zweifellos Fortschritte: Die öffentlichen Finanzen verbessern sich allmählich, und die "
           "Ungleichgewichte gehen zurück. Wir müssen aber mehr tun",
           "30/05/2012",
           CSR_P1,
           CSR_P2],
    quotes=[(cut(CSR_P1, "„Wir haben", "schaffen”"), JMB),
            (cut(CSR_P2, "„Der", "tun wird”"), JMB)],
    aliases={JMB: ["José Manuel Barroso", "Barroso", "Präsident Barroso", "Präsident"]})
