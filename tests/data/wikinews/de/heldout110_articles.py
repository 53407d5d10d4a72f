# Hundred-and-tenth held-out German real-news set (tests/data/heldout110-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, numbered from 905). None of these
# pages is in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules
# and SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets, and against
# the modules of the other held-out worktrees written at the same time). The annotation was finished and committed before
# whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-tenth held-out set": texts of the European Commission in German: the monthly
# headlines pages of President Barroso's site of the 2010-2014 Commission on ec.europa.eu (2010-2012) and one news item of
# the Commission's Representation in Germany (ec.europa.eu/deutschland, 2013) (licence EU).
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

JUN_T = "„Wir stecken alle zusammen in der Krise, und wir werden die Krise nur überwinden, wenn wir alle zusammenhalten.“"
JUN_P1 = ("„Was mir überhaupt nicht gefallen hat […], ist, dass einige Gipfelteilnehmer sich mit einem Sieg über andere "
          "gebrüstet haben. Das ist nicht die Art und Weise, wie man in Europa Politik machen kann. Entweder wir gehen alle "
          "zusammen erfolgreich aus der Krise hervor – oder wir gehen alle zusammen unter; was wir brauchen, ist ein starkes "
          "europäisches Team.“")
JUN_H2 = ("„Nach Auffassung der Kommission sollten wir so schnell wie möglich mit der Verwirklichung einer echten "
          "Wirtschafts- und Währungsunion beginnen.”")

add(id="ho110-eucom-2012-06-barroso-abschlusserklaerung-parlament",
    title=JUN_T,
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2012/06/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, June 2012: its "
              "first item, dated 03/07/2012, with its quotation headline, quotation teaser, date line and the link line "
              "'Zur Abschlusserklärung des Präsidenten im Europäischen European Parlament' (kept as published, with its "
              "doubled word, because it is the only line that says whose words the headline and teaser are, rule 905), "
              "then the quotation sub-heading and the first three body paragraphs of the item; the header lines "
              "'Navigationsleiste' / 'Schlagzeilen', the image caption '© EU' and the link lines 'Zur Videoaufzeichnung der "
              "Abschlusserklärung des Präsidenten im Europäischen Parlament', 'Videoauszug: \"I did not like when some "
              "claimed victory over the other.\"' and 'Videoauszug: \"Leaders and MEPs to tell the same at home as in "
              "Strasbourg\"' dropped (rule 14); the fourth body paragraph 'Der Präsident ging auch auf … hin. Deshalb, so "
              "Ba', cut off in the stored copy, dropped with its quotation (rule 15); the quotation opened with „ and "
              "closed with ” kept as published)",
    license=EU,
    paras=[JUN_P1,
           "03/07/2012",
           "Zur Abschlusserklärung des Präsidenten im Europäischen European Parlament",
           JUN_H2,
           "In seiner Rede im Europäischen Parlament äußerte sich Präsident Barroso überzeugt, dass der Europäische Rat "
           "und der Eurozonen-Gipfel Ergebnisse gebracht haben, die das Vertrauen in die Stabilität der Eurozone gestärkt "
           "und den Weg für die Zukunft geebnet haben.",
           "So wies Barroso vor allem darauf hin, dass bei beiden Veranstaltungen erstmals alle Elemente einer umfassenden "
           "Reaktion in ein- und derselben Tagung behandelt wurden.",
           "Er erinnerte daran, dass Haushaltskonsolidierung mit nachhaltigem Wachstum einhergehen müsse und dass es daher "
           "wichtig sei, dass die Gipfelteilnehmer sich auf einen Pakt für Wachstum und Beschäftigung geeinigt haben, der "
           "sich an den Kommissionsvorschlägen orientiere."],
    quotes=[(JUN_T, BARROSO),
            (JUN_P1, BARROSO),
            (JUN_H2, BARROSO)],
    aliases={BARROSO: ["Barroso", "Präsident Barroso"]})

MAR_P1 = ("Kommissionspräsident Barroso traf sich heute mit Carlos Gomes Junior, dem Ministerpräsidenten von Guinea-Bissau, "
          "zu politischen Gesprächen. Thema der Unterredung waren die aktuelle Situation in Guinea-Bissau und die "
          "notwendigen Reformen für eine Stabilisierung des Landes. Diese Reformen, so Präsident Barroso, seien die "
          "Voraussetzung für eine schrittweise Wiederaufnahme der Zusammenarbeit mit der Europäischen Union.")
MAR_P2 = ("Auf einer Veranstaltung zu Ehren des brasilianischen UN-Diplomaten Sergio Vieira de Mello sprach "
          "EU-Kommissionspräsident Barroso über den Weg zur Demokratie. „Das Streben nach Demokratie ist universal, denn es "
          "ist ein innerstes Bedürfnis des Menschen“, betonte Barroso. Als Beispiele für diese Überzeugung nannte er die "
          "Entwicklung in Mittel- und Osteuropa, Lateinamerika, Timor Leste und nicht zuletzt in Nordafrika. Europa könne "
          "nicht „auf halbem Weg zwischen Diktatur und Demokratie stehen bleiben. Wir haben uns klar für die Unterstützung "
          "der Demokratie entschieden“.")

add(id="ho110-eucom-2011-03-barroso-guinea-bissau-vieira-de-mello",
    title="Treffen mit dem Ministerpräsidenten von Guinea-Bissau",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/03/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, March 2011: "
              "its first two items with their date lines; the header lines 'Navigationsleiste' / 'Schlagzeilen', the "
              "image captions 'M. Carlos Gomes Junior and President Barroso © EU' and 'UE' under the date lines and the "
              "link lines 'Watch the video' / 'Zur Rede' / 'Zum video' / 'More about President Barroso's visit to Geneva' "
              "dropped (rule 14); the third item 'Europäischer Rat, 24. – 25. März 2011' of 25/03/2011, whose body "
              "paragraph is cut off in the stored copy ('… in angrenzenden Staaten angeschlossen'), dropped whole with its "
              "headline, teaser, date line and caption (rule 15))",
    license=EU,
    paras=["30/03/2011",
           MAR_P1,
           "Rede auf der Jahreskonferenz der Sergio Vieira de Mello-Stiftung",
           "29/03/2011",
           MAR_P2],
    quotes=[(cut(MAR_P2, "„Das Streben", "Menschen“"), BARROSO),
            (cut(MAR_P2, "„auf halbem", "entschieden“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso", "Kommissionspräsident Barroso",
                       "Präsident Barroso"]})

OCT_P1 = ("In seiner Erklärung nach dem Abschluss der Ratstagung betonte EU-Kommissionspräsident Barroso, dass „wir uns "
          "gestern bemüht haben, die europäische Wirtschaft auf eine stabilere Grundlage zu stellen. Was dieses Ziel "
          "anbetrifft, haben wir in der Tat echte Fortschritte erzielt, und wir hoffen, dass diese Fortschritte nun von "
          "allen Institutionen auf europäischer Ebene bestätigt werden.“ Diese wichtigen Maßnahmen „müssen wir intern "
          "umsetzen“, betonte Barroso. Gleichzeitig dürfe man das globale Umfeld nicht außer Acht lassen, denn langfristig "
          "hänge das Wachstum unserer Wirtschaft auch von einer gesunden Weltwirtschaft ab.")
OCT_P2 = ("EU-Kommissionspräsident Barroso sandte dem Präsidenten der Republik Indonesien, Susilo Bambang Yudhoyono, im "
          "Namen der Europäischen Kommission folgendes Kondolenzschreiben: „Ich möchte Ihnen meine aufrichtige Anteilnahme "
          "übermitteln und mein tief empfundenes Mitgefühl mit den Menschen aussprechen, die bei dem Tsunami und dem "
          "Ausbruch des Vulkans Merapi den Tod fanden oder verletzt wurden.“")

add(id="ho110-eucom-2010-10-barroso-europaeischer-rat-kondolenz",
    title="Europäischer Rat, 28.-29. Oktober 2010",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2010/10/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, October 2010: "
              "its first three items with the first item's teaser and the date lines; the header lines 'Navigationsleiste' "
              "/ 'Schlagzeilen', the image captions 'José Manuel Barroso © Consilium', ' Flagge Indonesiens' and 'Néstor "
              "Carlos Kirchner (Presidencia de la Nación Argentina, Commons licence)' under the date lines and the link "
              "'Zur vollständigen Presseerklärung von Präsident Barroso' dropped (rule 14); the next headline 'Dreigliedr', "
              "cut off in the stored copy, dropped (rule 15))",
    license=EU,
    paras=["Wir haben ein klares Mandat erhalten, bei unseren Partnern der G20 für eine Intensivierung der "
           "wirtschaftspolitischen Steuerung auf internationaler Ebene einzutreten",
           "29/10/2010",
           OCT_P1,
           "Kondolenzschreiben an den Präsidenten der Republik Indonesien",
           "28/10/2010",
           OCT_P2,
           "Kondolenzschreiben an die Präsidentin der Republik Argentinien",
           "28/10/2010",
           "EU-Kommissionspräsident Barroso sandte der argentinischen Präsidentin, Frau Cristina Fernández de Kirchner, ein "
           "Kondolenzschreiben zum Tod ihres Ehegatten Néstor Carlos Kirchner. Der frühere Präsident der Republik "
           "Argentinien war als Politiker stets mit großem persönlichem Einsatz für Demokratie und Menschenrechte "
           "eingetreten."],
    quotes=[(cut(OCT_P1, "„wir uns", "werden.“"), BARROSO),
            (cut(OCT_P1, "„müssen", "umsetzen“"), BARROSO),
            (cut(OCT_P2, "„Ich möchte", "wurden.“"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso"]})

JUL_P2 = ("Nach dem Bombenanschlag in Oslo sandte EU-Kommissionspräsident Barroso dem norwegischen Ministerpräsidenten ein "
          "Beileidsschreiben: „Mit großem Entsetzen habe ich die Nachrichten von dem Anschlag in Oslo heute Nachmittag "
          "verfolgt. Der Bombenanschlag mitten im Regierungsviertel hat ein Bild des Grauens hinterlassen, und ich verstehe, "
          "dass es sowohl Tote als auch viele schwer Verletzte gegeben hat. Ich möchte den Opfern dieses "
          "verabscheuungswürdigen Anschlags und ihren Angehörigen meine tiefste Anteilnahme aussprechen.”")
JUL_P3 = ("„Zum ersten Mal seit Beginn der Finanzkrise können wir sagen, dass die Politik und die Finanzbranche sich "
          "geeinigt haben”, erklärte EU-Kommissionspräsident Barroso nach der Tagung der Staats- und Regierungschefs der "
          "Eurozone. Er betonte, dass das überzeugende Hilfspaket, das heute beschlossen wurde, „sowohl die Bedenken der "
          "Finanzmärkte als auch die der Bürger berücksichtigt. Es trägt auch den Bedenken aller Mitgliedstaaten der "
          "Eurozone Rechnung. Und es ist ein Paket, das alle Regierungen unterzeichnet haben.” Präsident Barroso forderte "
          "alle Beteiligten auf, „dieses Hilfspaket in der Öffentlichkeit mit aller Entschiedenheit zu verteidigen und es "
          "auch umzusetzen.”")

add(id="ho110-eucom-2011-07-barroso-marokko-oslo-eurogipfel",
    title="Kondolenzschreiben an den König von Marokko",
    url="http://ec.europa.eu/commission_2010-2014/president/news/archives/2011/07/index_de.htm",
    retrieved="same address (stored headlines page of President Barroso's site of the 2010-2014 Commission, July 2011: its "
              "first three items with the third item's teaser and the date lines; the header lines 'Navigationsleiste' / "
              "'Schlagzeilen', the image captions 'Flag of Morocco', 'Map of Norway' and 'EU' under the date lines and the "
              "links 'Zum Schreiben' (twice) dropped (rule 14); the next line '“Der Ernst der Lage erfordert den vollen "
              "Einsatz aller Gip', cut off inside its quotation in the stored copy, dropped (rule 15); the quotations "
              "opened with „ and closed with ” kept as published)",
    license=EU,
    paras=["28/07/2011",
           "Nach dem Absturz eines Militärflugzeugs am 26. Juli im Süden von Marokko sandte EU-Kommissionspräsident Barroso "
           "seiner Majestät, König Mohammed VI. von Marokko, ein Kondolenzschreiben. Der Präsident sprach den Angehörigen "
           "der Opfer und dem marokkanischen Volk im Namen der Europäischen Kommission seine Anteilnahme und sein "
           "Mitgefühl aus.",
           "Kondolenzschreiben an den Ministerpräsidenten von Norwegen",
           "22/07/2011",
           JUL_P2,
           "Euro-Sondergipfel, 21. Juli 2011",
           "Wir brauchten ein glaubwürdiges Hilfspaket: Wir haben ein glaubwürdiges Hilfspaket",
           "21/07/2011",
           JUL_P3],
    quotes=[(cut(JUL_P2, "„Mit großem", "aussprechen.”"), BARROSO),
            (cut(JUL_P3, "„Zum ersten", "geeinigt haben”"), BARROSO),
            (cut(JUL_P3, "„sowohl", "unterzeichnet haben.”"), BARROSO),
            (cut(JUL_P3, "„dieses", "umzusetzen.”"), BARROSO)],
    aliases={BARROSO: ["Barroso", "EU-Kommissionspräsident Barroso", "Präsident Barroso"]})

# --- ec.europa.eu/deutschland: news of the Commission's Representation in Germany ---

GIP_TEASER = ("Nach dem ersten Tag des Europäischen Rates hat EU-Kommissionspräsident José Manuel Barroso den europäischen "
              "Konsens über die wirtschaftspolitischen Herausforderungen begrüßt.")
GIP_P1 = (GIP_TEASER + " \"Die Realität ist, dass unser Wachstum enttäuschend ist. In einigen Teilen Europas haben wir "
          "eine soziale Notlage. Dieser Situation müssen wir uns mit Mut und Ehrgeiz stellen\", sagte Barroso. Der "
          "Europäische Rat habe ein wichtiges Zeichen gesetzt und einen Konsens über die politischen Ziele für die Zukunft "
          "hergestellt.")

add(id="ho110-eucom-de-2013-06-28-barroso-konsens-gipfel",
    title="Barroso begrüßt Konsens beim Gipfel",
    url="http://ec.europa.eu/deutschland/press/pr_releases/11517_de.htm",
    retrieved="same address (stored news item of the Commission's Representation in Germany of 28 June 2013: headline, the "
              "teaser line with its date as one line, as in the stored copy, and both body paragraphs; the header line "
              "'Navigationsleiste', the link lines 'Zur Rede von Präsident Barroso gelangen Sie hier.' / 'Die "
              "Schlussfolgerungen des Europäischen Rates finden Sie hier.' and the side boxes 'Zusatzinformationen' / "
              "'Übersicht EU-Aktuell' / 'Newsletter-Abo' / 'Seiteninformationen' dropped (rule 14))",
    license=EU,
    paras=["28.06.2013 " + GIP_TEASER,
           GIP_P1,
           "Am ersten Tag des Europäischen Rates haben die Staats- und Regierungschefs die länderspezifischen Empfehlungen "
           "der Kommission angenommen. Barroso begrüßte die gestiegene Bereitschaft der Mitgliedsstaaten, sich dem "
           "Reformprogramm zu stellen. Gleichzeitig betonte Barroso den dringenden Bedarf an Investitionen. Er begrüßte die "
           "Einigung des Gipfels, die Mittel für das Programm zur Bekämpfung der Jugendarbeitslosigkeit vorzuziehen. Am "
           "zweiten Tag des Europäischen Rates heute (Freitag) geht es um die Vertiefung der Wirtschafts- und Währungsunion "
           "und besonders um die Bankenunion."],
    quotes=[(cut(GIP_P1, "\"Die Realität", "stellen\""), "José Manuel Barroso")],
    aliases={"José Manuel Barroso": ["José Manuel Barroso", "EU-Kommissionspräsident José Manuel Barroso", "Barroso"]})
