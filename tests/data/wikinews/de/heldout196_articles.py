# Hundred-and-ninety-sixth held-out German real-news set (tests/data/heldout196-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1450-1451). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL, content id, the speakers' names and a
# distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and of
# the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these texts.
# Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-ninety-sixth held-out set": texts of the Austrian social-insurance portal
# sozialversicherung.at (licence SV_PORTAL): a news item of the Hauptverband der österreichischen Sozialversicherungsträger
# of October 2014 and an editorial of its journal "Soziale Sicherheit" of January 2010. Stored copies are excerpts cut after
# about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import SV_PORTAL  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


MCD_P5 = ("„Ich bedanke mich für das Vertrauen, das mir vom Vorstand durch die einstimmige Wahl zum Ausdruck gebracht wurde“, "
          "so McDonald nach dem Ende der Vorstandssitzung. „Wir stehen vor großen Herausforderungen, die es gemeinsam zu "
          "meistern gilt. Wir müssen heute die Weichen stellen, um für morgen die soziale Absicherung und das Vertrauen der "
          "Menschen darin über Generationen zu bewahren. Die Sozialversicherung besteht nicht zum Selbstzweck - sie hat einen "
          "besonderen Wert für die Österreicherinnen und Österreicher. Nur wer sicher versorgt ist, kann nachts gut schlafen "
          "und sich untertags voll auf die Herausforderungen des Lebens konzentrieren und in Österreich sind das nahezu 100 "
          "Prozent der Menschen, dank ihrer Sozialversicherung.“")

add(id="ho196-sv-2014-10-21-mcdonald-gewaehlt",
    title="Peter McDonald einstimmig zum 13. Vorsitzenden des Verbandsvorstands im Hauptverband gewählt",
    url="https://www.sozialversicherung.at/cdscontent/?contentid=10007.845310&portal=svportal",
    retrieved="same address (news item of the Hauptverband of 21 October 2014 on sozialversicherung.at; the print-button "
              "label 'DRUCKEN' dropped as furniture (rule 14); the date line '21. Oktober 2014' kept as a line of its own "
              "and the subtitle kept (rule 18); double spaces between sentences kept as stored, trailing blanks of the "
              "paragraphs dropped; the paragraph 'Seine wichtigste Aufgabe sieht der neue Verbandsvorsitzende in der "
              "\"konsequenten Umsetzung von Gesundheitsreformen\".  „Wi…', cut off in the stored copy inside its second "
              "quotation, dropped with its quotations (rule 15))",
    license=SV_PORTAL,
    paras=["21. Oktober 2014",
           "Wichtigste Aufgabe ist die Umsetzung der Gesundheitsreform",
           "Der Hauptverband der österreichischen Sozialversicherungsträger hat einen neuen Vorsitzenden. Der "
           "Verbandsvorstand hat in seiner heutigen Sitzung Peter McDonald einstimmig gewählt.  Der 41-jährige tritt damit "
           "die Nachfolge von Hans Jörg Schelling an, der Anfang September 2014 als Bundesminister für Finanzen in die "
           "Bundesregierung berufen wurde.",
           "Peter McDonald ist Direktor des Wirtschaftsbundes und war bisher stellvertretender Obmann der Sozialversicherung "
           "der gewerblichen Wirtschaft (SVA). In dieser Funktion verantwortete er ein jährliches Budgetvolumen von vier "
           "Milliarden Euro und die soziale Absicherung für rund 750.000 Versicherte.  Im Hauptverband ist McDonald bereits "
           "seit 2011 als stv. Vorsitzender der Trägerkonferenz der österreichischen Sozialversicherungsträger aktiv, sowie "
           "seit 2013 als Mitglied der Zielsteuerungskommission des Bundes für die Gesundheitsreform.",
           MCD_P5],
    quotes=[(cut(MCD_P5, "„Ich bedanke", "gebracht wurde“"), "Peter McDonald"),
            (cut(MCD_P5, "„Wir stehen", "Sozialversicherung.“"), "Peter McDonald")],
    aliases={"Peter McDonald": ["Peter McDonald", "McDonald"]})

ED_P2 = ("„Wir haben im Jahr 2009 enorm viel bewegt, das hat viele überrascht“, das sagt der Vorsitzende des "
         "Verbandsvorstandes im Hauptverband Dr. Hans Jörg Schelling im ersten großen Interview mit der Sozialen Sicherheit. "
         "Er zieht eine Bilanz nach dem ersten Jahr seiner Tätigkeit im Hauptverband. „Wir müssen immer im Auge behalten, "
         "dass wir Bilanz darüber zu ziehen haben, ob wir die Funktion als Motor und Treiber zur Verbesserung des "
         "Gesundheitssystems nicht verlassen haben. Ich unternehme immer den Versuch und habe gelernt, dass man, um ein Ziel "
         "zu erreichen, einen Prozess braucht, um von der Ausgangssituation auch zu einer Lösung zu kommen,“ so Schelling, "
         "der damit auch über die grundsätzliche Konzeption seiner persönlichen Herangehensweise an Probleme Auskunft gibt.")
ED_P4 = ("Prof. Dr. Johannes Rudda (Hauptverband) unterzieht demgegenüber in seinem Beitrag ein ganz konkretes Problem – "
         "nämlich die Invaliditätspensionen – einer Prüfung und stellt die „Zeitgemäßheit“ ihres gesetzlichen "
         "Regelungscharakters, wie er sich gegenwärtig darstellt, in Frage. Dabei werden die Reformbestrebungen der "
         "Pensionskommission von 2000 bis 2002 ebenso wieder aufgeworfen wie das unter BM Buchinger initiierte Projekt "
         "„Invalididtät im Wandel“ vom Herbst 2007. Weiters das diesbezügliche Regierungsprogramm des Kabinetts "
         "Faymann/Pröll sowie die Novellierungsvorschläge des Hauptverbandes aus dem Sanierungspaket vom Juni 2009.")

add(id="ho196-sv-2010-01-editorial-schelling",
    title="Editorial Jänner 2010",
    url="https://www.sozialversicherung.at/cdscontent/?contentid=10007.844822&portal=svportal",
    retrieved="same address (editorial of the January 2010 issue of 'Soziale Sicherheit', the journal of the Hauptverband, "
              "by its editor-in-chief Wilhelm Donner, on sozialversicherung.at; the print-button label 'DRUCKEN' and the "
              "author box 'Dr. Wilhelm DonnerDer Autor: / Dr. Wilhelm Donner / ist Chefredakteur der Sozialen Sicherheit im "
              "Hauptverband der österreichischen Sozialversicherungsträger.' (a photo label run together with its heading "
              "and two lines) dropped as furniture (rules 14, 93); the salutation 'Liebe Leserinnen und Leser!' kept as a "
              "line of its own; the paragraph 'Das Problem der Polypharmakotherapie, … behandelt Dr. Michael Sokol (SVA "
              "der…', cut off in the stored copy, dropped (rule 15); the typo 'Invalididtät' kept as stored)",
    license=SV_PORTAL,
    paras=["Liebe Leserinnen und Leser!",
           ED_P2,
           "Die erste Ausgabe im neuen Jahr beginnt also mit einem Interview, das nicht nur Bilanz zieht, sondern auch "
           "programmatisch die Tür zu einem neuen Arbeitsjahr aufstößt.",
           ED_P4],
    quotes=[(cut(ED_P2, "„Wir haben", "überrascht“"), "Hans Jörg Schelling"),
            (cut(ED_P2, "„Wir müssen", "zu kommen,“"), "Hans Jörg Schelling"),
            ("„Zeitgemäßheit“", None),
            ("„Invalididtät im Wandel“", None)],
    aliases={"Hans Jörg Schelling": ["Hans Jörg Schelling", "Dr. Hans Jörg Schelling", "Schelling",
                                     "der Vorsitzende des Verbandsvorstandes im Hauptverband"]})
