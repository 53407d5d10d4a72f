# Hundred-and-seventy-sixth held-out German real-news set (tests/data/heldout176-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1320-1321). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL and page slug, the speakers' names and
# a distinctive 8-word phrase of each text against every annotation module, SOURCES file and jsonl file of tests/data and
# of the other held-out worktrees). The annotation was finished and committed before whosaid was run on any of these
# texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Hundred-and-seventy-sixth held-out set": news items and one statement of the Council
# of Europe (Europarat) on its portal coe.int/de, 2016-2021, on its conventions (the Istanbul Convention at ten and at
# the Generation Equality Forum, the Lanzarote Convention's ratifications by the United Kingdom, Norway, Azerbaijan and
# Armenia, the MEDICRIME Convention at ten) and on the European Day of Languages 2017 (licence COE: excerpts of under 500
# words, unchanged, with the Council of Europe credited). Stored copies are excerpts cut after about 2,000 characters;
# only complete paragraphs are kept (rules 15, 17), and each retrieval note names what was dropped. No multi-paragraph
# statement with unmarked middle paragraphs occurs in the set (rule 46 not needed).
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import COE  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


BURIC = "Marija Pejčinović Burić"
JAGLAND = "Thorbjørn Jagland"
BATTAINI = "Gabriella Battaini-Dragoni"

# --- 2021: event for the tenth anniversary of the Istanbul Convention at PACE ---

IK_P1 = ('„Ich muss Sie alle daran erinnern, dass in den zwei Stunden, die diese Veranstaltung dauert, Tausende Frauen '
         'misshandelt werden. Während wir hier sitzen, werden Frauen sogar zu Tode misshandelt. Wir sprechen auch nicht von '
         'vereinzelten Fällen, sondern von vielen Tausenden Gewalttaten. Denken Sie darüber nach“, so der Präsident der '
         'Parlamentarischen Versammlung des Europarates, Rik Daems, bei der Eröffnung einer im Rahmen der Sommersitzung 2021 '
         'der Versammlung organisierten Veranstaltung anlässlich des 10. Jahrestags der Istanbulkonvention, des Übereinkommen '
         'des Europarates zur Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt.')
IK_P2 = ('„Durch die Verabschiedung der Istanbulkonvention hat der Europarat die weltweite Aufmerksamkeit auf die Frage der '
         'geschlechtsspezifischen Gewalt gelenkt. Sie dürfen nun nicht über etwas hinwegsehen, was Sie richtigerweise als '
         'eine der gefährlichsten und häufigsten Menschenrechtsverletzungen erkannt haben“, erklärte Nadia Murad, '
         'Menschenrechtsaktivistin und Gewinnerin des Václav-Havel-Preises des Europarates 2016 und des Friedensnobelpreises '
         '2018. „Das Problem ist so gravierend, dass es auf allen Ebenen bekämpft werden muss: in internationalen '
         'Organisationen wie dem Europarat, den innerstaatlichen Regierungen und innerhalb der Gesellschaft“, fügte sie hinzu.')

add(id="ho176-coe-2021-06-istanbul-konvention-zehn-jahre-daems-murad",
    title=None,
    url="https://coe.int/de/web/portal/-/10th-anniversary-of-the-istanbul-convention-nothing-will-make-us-back-down-?"
        "p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D14",
    retrieved="same address (news item of June 2021 on the event of the Parliamentary Assembly for the tenth anniversary of "
              "the Istanbul Convention; no headline in the stored copy (rules 18, 32); the stored excerpt ends after the "
              "second paragraph, and both are kept complete; the grammar slip 'des Übereinkommen' kept as published)",
    license=COE,
    paras=[IK_P1, IK_P2],
    quotes=[(cut(IK_P1, '„Ich muss', 'darüber nach“'), "Rik Daems"),
            (cut(IK_P2, '„Durch die', 'erkannt haben“'), "Nadia Murad"),
            (cut(IK_P2, '„Das Problem', 'der Gesellschaft“'), "Nadia Murad")],
    aliases={"Rik Daems": ["Rik Daems", "Präsident der Parlamentarischen Versammlung des Europarates"],
             "Nadia Murad": ["Nadia Murad", "Menschenrechtsaktivistin"]})

# --- 2021: the Secretary General at the conference for the tenth anniversary of the Istanbul Convention (rule 1321) ---

WC_P1 = ('In einer Rede anlässlich des 10. Jahrestags der Zeichnungsauflegung des Übereinkommens des Europarates zur '
         'Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher Gewalt, besser bekannt als Istanbulkonvention, hat '
         'Generalsekretärin Marija Pejčinović Burić den Erfolg des Vertrags im letzten Jahrzehnt dargelegt und die '
         'Mitgliedsstaaten dringend aufgefordert, ihre diesbezügliche Unterstützung zu erhöhen.')
WC_P2 = ('Bei einer Online-Konferenz, die heute gemeinsam mit dem deutschen Bundesministerium für Familie, Senioren, Frauen und '
         'Jugend im Rahmen des derzeitigen deutschen Vorsitzes im Ministerkomitee des Europarates veranstaltet wurde, '
         'unterstrich sie, dass „es heute in Europa Frauen gibt, die wegen der Istanbulkonvention noch am Leben sind“, und '
         'dass „der Vertrag als ‚Goldstandard‘ bezeichnet wurde und dort, wo er verabschiedet wurde, funktioniert“.')
WC_P3 = ('Als Reaktion auf den von der Türkei angekündigten Austritt aus dem Vertrag erklärte sie, dass „die Normen der '
         'Istanbulkonvention zum Schutz von Frauen strenger sind als die Gesetze vieler Länder“ und dass „die Konvention '
         'einen unabhängigen und einzigartigen internationalen Überwachungsmechanismus zur Bewertung ihrer Umsetzung auf '
         'nationaler Ebene und zur Unterstützung ihrer Umsetzung bietet.“')
WC_P4 = ('Auf der Vormittagssitzung der Konferenz wurde erneut der politische Wille der Staaten bekräftigt, die Konvention '
         'vollständig umzusetzen und ihre positiven Auswirkungen im letzten Jahrzehnt hervorzuheben.')
WC_P5 = ('Thema einer Podiumsdiskussion am Nachmittag waren die Umsetzung der Empfehlung des Europarates zur Prävention und '
         'Bekämpfung von Sexismus und die zugehörige Europaratskampagne „Sexismus: Erkenne ihn. Benenne ihn. Beende ihn.“ Es '
         'wurden relevante Initiativen von Entscheidungsträgerinnen und -trägern und der Zivilgesellschaft auf nationaler und '
         'regionaler Ebene zur Bekämpfung von Sexismus beleuchtet.')

add(id="ho176-coe-2021-05-buric-istanbul-konvention-unterstuetzung",
    title=None,
    url="https://coe.int/de/web/portal/-/let-s-widen-the-circle-of-support-for-treaty-to-protect-women-and-girls-against-"
        "violence?p_l_back_url=%2Ffr%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D15",
    retrieved="same address (news item of May 2021 on the online conference for the tenth anniversary of the opening for "
              "signature of the Istanbul Convention; no headline in the stored copy (rules 18, 32); the sixth paragraph "
              "('In diesem Interview mit der Deutschen Welle legt Marceline NAUDI, Präsidentin der Exper'), cut off in the "
              "stored copy, dropped (rule 15))",
    license=COE,
    paras=[WC_P1, WC_P2, WC_P3, WC_P4, WC_P5],
    quotes=[(cut(WC_P2, '„es heute', 'am Leben sind“'), BURIC),
            (cut(WC_P2, '„der Vertrag', 'funktioniert“'), BURIC),
            (cut(WC_P3, '„die Normen', 'vieler Länder“'), BURIC),
            (cut(WC_P3, '„die Konvention', 'bietet.“'), BURIC),
            ("„Sexismus: Erkenne ihn. Benenne ihn. Beende ihn.“", None)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin Marija Pejčinović Burić", "Generalsekretärin"]})

# --- 2021: the Secretary General at the Generation Equality Forum in Paris ---

GE_P1 = ('Die Generalsekretärin des Europarates, Marija Pejčinović Burić, hat bei der Eröffnung des Generation Equality '
         'Forums in Paris die Bedeutung des Übereinkommens des Europarates zur Verhütung und Bekämpfung von Gewalt gegen '
         'Frauen und häuslicher Gewalt (Istanbul-Konvention) unterstrichen.')
GE_P2 = ('„Im letzten Jahr haben wir einen Anstieg der häuslichen Gewalt während der coronabedingten Ausgangsbeschränkungen '
         'beobachtet. Die Konvention bietet drei Vorteile, die kein einzelnes Land erreichen kann: Sie verbessert die '
         'innerstaatlichen Normen, enthält einen Überwachungsmechanismus und sichert die Zusammenarbeit der Regierungen bei '
         'der Strafverfolgung“, so die Generalsekretärin.')
GE_P3 = ('Die Veranstaltung, deren Vorsitz das Gastgeberland Frankreich gemeinsam mit Mexiko führt, wurde vom französischen '
         'Präsidenten, Emmanuel Macron, und vom Generalsekretär der Vereinten Nationen, Antonio Guterres, eröffnet. Sie ist '
         'Teil einer Reihe von Weltkonferenzen, welche die Vereinten Nationen seit 1975 zum Thema Frauen organisiert. Staats- '
         'und Regierungschefs, die Zivilgesellschaft und Selbstorganisationen von Jugendlichen sowie Persönlichkeiten aus dem '
         'Privatsektor und gemeinnützige Stiftungen geben dabei ihrem Bekenntnis Ausdruck, den Frauenrechten einen neuen, '
         'weltweiten Impuls verleihen zu wollen. Die vierte Konferenz fand 1995 in Beijing statt und war ein historischer '
         'Wendepunkt für die Gleichstellung der Geschlechter auf internationaler Ebene.')

add(id="ho176-coe-2021-06-buric-generation-equality-forum",
    title=None,
    url="https://coe.int/de/web/portal/-/secretary-general-participates-in-opening-ceremony-of-generation-equality-forum-"
        "in-paris?p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D19",
    retrieved="same address (news item of June 2021; no headline in the stored copy (rules 18, 32); complete as stored)",
    license=COE,
    paras=[GE_P1, GE_P2, GE_P3],
    quotes=[(cut(GE_P2, '„Im letzten', 'Strafverfolgung“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates", "Generalsekretärin"]})

# --- 2021: the tenth anniversary of the MEDICRIME Convention ---

MC_P1 = ('Anlässlich des 10. Jahrestags der Zeichnungsauflegung des Übereinkommens des Europarates über die Fälschung von '
         'Arzneimittelprodukten und ähnliche Verbrechen, die eine Bedrohung der öffentlichen Gesundheit darstellen '
         '(MEDICRIME-Übereinkommen) findet am 2. Dezember eine Online-Veranstaltung statt. Im Mittelpunkt stehen die '
         'Hintergründe des Übereinkommens, sein Mehrwert, seine Erfolge sowie die beispiellosen Herausforderungen in diesem '
         'Bereich.')
MC_P2 = ('Die feierliche Veranstaltung wird vor dem Hintergrund des stark zunehmenden illegalen Handels mit Arzneimitteln und '
         'Medizinprodukten im Zusammenhang mit der Covid-19-Pandemie (gefälschte Impfstoffe oder Masken, die sich als '
         'unwirksam oder gefährlich für die Nutzenden erweisen können) sowie mit anderen Produkten, wie Krebsmedikamenten oder '
         'Schmerzmitteln, begangen.')
MC_P3 = ('„Die Probleme, denen das MEDICRIME-Übereinkommen entgegenwirken soll, sind heute noch spürbarer als vor zehn Jahren, '
         'gleichzeitig sind aber auch die Möglichkeiten, damit diese Straftaten zu bekämpfen, größer denn je. Ich fordere die '
         'Regierungen in Europa und darüber hinaus auf, den Jahrestag zum Anlass zu nehmen und den Sicherheitszugewinn zu '
         'bedenken, den die Ratifizierung dieses Vertrags der Bevölkerung bietet. Jeder neue Beitritt zum Übereinkommen '
         'bedeutet einen Schlag gegen die Kriminalität, auch gegen die organisierte Kriminalität“, erklärte die '
         'Generalsekretärin des Europarates, Marija Pejčinović Burić, im Vorfeld der Konferenz.')
MC_P4 = ('Das Übereinkommen bietet einen Rahmen für die Zusammenarbeit zwischen den zuständigen Gesundheits-, Polizei- und '
         'Zollbehörden auf innerstaatlicher und internationaler Ebene, für kriminalitätsvorbeugende Maßnahmen gemeinsam mit '
         'der Privatwirtschaft, für die wirksame Strafverfolgung der Täter und den Schutz von Opfern und Zeugen. Das '
         'MEDICRIME-Übereinkommen ist der einzige völkerrechtlich bindende Vertrag auf diesem Gebiet und hat weltweite '
         'Wirkung.')

add(id="ho176-coe-2021-11-medicrime-zehn-jahre",
    title=None,
    url="https://coe.int/de/web/portal/-/increased-trafficking-in-counterfeit-medicines-countries-urged-to-ratify-"
        "medicrime-convention",
    retrieved="same address (news item of November 2021 announcing the online event of 2 December for the tenth "
              "anniversary of the MEDICRIME Convention; no headline in the stored copy (rules 18, 32); the fifth paragraph "
              "('Seit der Zeichnungsauflegung am 28. Oktober 201'), cut off in the stored copy, dropped (rule 15))",
    license=COE,
    paras=[MC_P1, MC_P2, MC_P3, MC_P4],
    quotes=[(cut(MC_P3, '„Die Probleme', 'organisierte Kriminalität“'), BURIC)],
    aliases={BURIC: ["Marija Pejčinović Burić", "Generalsekretärin des Europarates"]})

# --- 2018: the United Kingdom ratifies the Lanzarote Convention ---

UK_P1 = ('Das Vereinigte Königreich hat das Übereinkommen über den Schutz von Kindern vor sexueller Ausbeutung und sexuellem '
         'Missbrauch (Lanzarote-Konvention) offiziell ratifiziert.')
UK_P2 = ('Das Übereinkommen ist ein rechtsverbindlicher Vertrag, der die Länder verpflichtet, eine Vielzahl von Maßnahmen zu '
         'ergreifen, um sexuelle Gewalt gegen Kinder zu verhindern, Opfer zu schützen und Straftäter strafrechtlich zu '
         'verfolgen.')
UK_P3 = ('Es ermöglicht den teilnehmenden Ländern darüber hinaus einen regelmäßigen Austausch von Informationen, Erfahrungen '
         'und bewährten Verfahren.')
UK_P4 = ('"Es freut mich, dass das Vereinigte Königreich die Lanzarote-Konvention ratifiziert hat", erklärt Generalsekretär '
         'Thorbjørn Jagland. "Dies wird dazu beitragen, Kinder vor sexueller Gewalt im Vereinigten Königreich zu schützen, und '
         'vor allem wird es auch dem übrigen Europa ermöglichen, von der großen Erfahrung und dem Wissensschatz des '
         'Vereinigten Königreichs in diesem Bereich zu profitieren.')
UK_P5 = ('Ich ersuche erneut Armenien, Aserbaidschan und Irland – die einzigen Mitglieder des Europarates, die die Konvention '
         'noch nicht ratifiziert haben–, rasch nachzuziehen."')
UK_P6 = 'Das Übereinkommen wird im Vereinigten Königreich am 1. Oktober 2018 in Kraft treten.'

add(id="ho176-coe-2018-uk-ratifiziert-lanzarote",
    title=None,
    url="https://coe.int/de/web/portal/-/the-uk-ratifies-the-lanzarote-convention-to-protect-children-against-sexual-"
        "violence?p_l_back_url=%2Fbe%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D50%26start%3D50",
    retrieved="same address (news item of June 2018; no headline in the stored copy (rules 18, 32); complete as stored; "
              "the straight marks and the missing space in 'ratifiziert haben–,' kept as published (rule 20))",
    license=COE,
    paras=[UK_P1, UK_P2, UK_P3, UK_P4, UK_P5, UK_P6],
    quotes=[(cut(UK_P4, '"Es freut', 'ratifiziert hat"'), JAGLAND),
            (UK_P4[UK_P4.index('"Dies'):], JAGLAND),
            (UK_P5, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär Thorbjørn Jagland", "Generalsekretär"]})

# --- 2018: Norway ratifies the Lanzarote Convention ---

NO_P1 = ('Norwegen hat heute als 43. Mitgliedsstaat des Europarates das Übereinkommen zum Schutz von Kindern vor sexueller '
         'Ausbeutung und sexuellem Missbrauch („Lanzarote-Konvention“) ratifiziert. Das Übereinkommen wird in Norwegen am 1. '
         'Oktober 2018 in Kraft treten.')
NO_P2 = ('Der Generalsekretär des Europarates, Thorbjørn Jagland, erklärte: „Der sexuelle Missbrauch von Kindern ist ein '
         'besonders abscheuliches Verbrechen, das in Europa leider nur allzu häufig vorkommt. Mit der heutigen Ratifizierung '
         'der Lanzarote-Konvention des Europarates leistet Norwegen einen Beitrag im Kampf gegen diese Vergehen. Somit haben '
         'lediglich vier Mitgliedsstaaten des Europarates – Armenien, Aserbaidschan, Irland und das Vereinigte Königreich – '
         'diesen wichtigen Vertrag, der den rechtlichen Schutz der Kinder vor Missbrauch verbessert, noch nicht ratifiziert. '
         'Ich begrüße den Schritt Norwegens und rufe die verbleibenden Länder auf, sich dieser Sache ebenfalls anzuschließen.“')
NO_P3 = ('Eines von fünf Kindern unter 18 Jahren erleidet in Europa sexuelle Gewalt. Die Lanzarote-Konvention verpflichtet die '
         'Staaten dazu, jede Form von an Kindern begangenen Sexualvergehen mit Strafe zu bewehren (auch wenn sie im Internet '
         'verübt werden), die Opfer zu schützen und die Täter strafrechtlich zu verfolgen. Die Vertragsparteien müssen zudem '
         'dem Übereinkommen zufolge sicherstellen, dass die Verjährungsfrist für die Einleitung der Strafverfolgung wegen an '
         'Kindern begangener Sexualstraftaten ausreichend lang ist, um die tatsächliche Einleitung der Strafverfolgung zu '
         'ermöglichen, nachdem das Opfer volljährig geworden ist.')
NO_P4 = ('Ein Ausschuss der Vertragsparteien, der Lanzarote-Ausschuss, überwacht die wirksame Umsetzung des Übereinkommens. '
         'Die Überwachung erfolgt in themenspezifischen Monitoring-Runden.')

add(id="ho176-coe-2018-norwegen-ratifiziert-lanzarote",
    title=None,
    url="https://coe.int/de/web/portal/-/norway-ratifies-council-of-europe-convention-to-protect-children-against-sexual-"
        "violence?p_l_back_url=%2Fen%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D75%26start%3D36",
    retrieved="same address (news item of 2018; no headline in the stored copy (rules 18, 32); complete as stored)",
    license=COE,
    paras=[NO_P1, NO_P2, NO_P3, NO_P4],
    quotes=[("„Lanzarote-Konvention“", None),
            (NO_P2[NO_P2.index('„'):], JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates"]})

# --- 2019: Azerbaijan ratifies the Lanzarote Convention ---

AZ_P1 = ('Aserbaidschan hat als 46. Staat das Übereinkommen des Europarates zum Schutz von Kindern vor sexueller Ausbeutung '
         'und sexuellem Missbrauch („Lanzarote-Konvention“) ratifiziert. Im Beisein der Stellvertretenden Generalsekretärin '
         'des Europarates, Gabriella Battaini-Dragoni, hinterlegte der Ständige Vertreter des Landes beim Europarat, '
         'Fachraddin Ismailow, die Ratifizierungsurkunde. Das Übereinkommen tritt in Aserbaidschan am 1. April 2020 in Kraft.')
AZ_P2 = ('Die Stellvertretende Generalsekretärin erklärte: „Sexueller Missbrauch von Kindern ist eine abscheuliche Straftat, '
         'die in Europa unglücklicherweise häufig vorkommt. Ich begrüße, dass Aserbaidschan die Lanzarote-Konvention '
         'ratifiziert hat, und rufe weitere Staaten auf, sich ebenso für dieses Anliegen einzusetzen.“')
AZ_P3 = ('Eine/r von fünf unter 18-Jährigen wird in Europa zum Opfer sexualisierter Gewalt. Die Lanzarote-Konvention '
         'verpflichtet die Staaten dazu, jede Art von sexuellem Vergehen gegen Kinder – auch im Internet begangene – unter '
         'Strafe zu stellen, die Opfer zu schützen und die Täter zu verfolgen. Die Vertragsstaaten müssen gemäß dem '
         'Übereinkommen unter anderem auch sicherstellen, dass die Verjährungsfrist für die Einleitung der Strafverfolgung '
         'aufgrund von Sexualstraftaten gegen Kinder ausreichend lang ist, um die tatsächliche Einleitung der Strafverfolgung '
         'zu ermöglichen, nachdem das Opfer volljährig geworden ist.')
AZ_P4 = ('Ein Ausschuss der Vertragsparteien, der „Lanzarote-Ausschuss“, überwacht, ob die Vertragsparteien das Übereinkommen '
         'wirksam umsetzen. Dieses „Monitoring“ erfolgt in Form von Runden, die bestimmten Themen gewidmet sind.')

add(id="ho176-coe-2019-aserbaidschan-ratifiziert-lanzarote",
    title=None,
    url="https://coe.int/de/web/portal/-/azerbaijan-ratifies-convention-to-protect-children-against-sexual-violence?"
        "p_l_back_url=%2Fde%2Fweb%2Fportal%2Fnewsroom%3Fdelta%3D100%26start%3D21",
    retrieved="same address (news item of 2019; no headline in the stored copy (rules 18, 32); complete as stored)",
    license=COE,
    paras=[AZ_P1, AZ_P2, AZ_P3, AZ_P4],
    quotes=[("„Lanzarote-Konvention“", None),
            (AZ_P2[AZ_P2.index('„'):], BATTAINI),
            ("„Lanzarote-Ausschuss“", None),
            ("„Monitoring“", None)],
    aliases={BATTAINI: ["Gabriella Battaini-Dragoni", "Stellvertretende Generalsekretärin"]})

# --- 2020: Armenia completes the ratification of the Lanzarote Convention (rule 1320) ---

AM_P1 = ('Armenien hat als 47. Staat die Ratifizierung des Übereinkommens des Europarates zum Schutz von Kindern vor sexueller '
         'Ausbeutung und sexuellem Missbrauch („Lanzarote Konvention“) abgeschlossen. Der Ständige Vertreter Armeniens beim '
         'Europarat, Botschafter Parujr Howhannisjan, hinterlegte die Ratifizierungsurkunde in Anwesenheit der '
         'Stellvertretenden Generalsekretärin, Gabriella Battaini-Dragoni. Die Konvention tritt am 1. Januar 2021 in Armenien '
         'in Kraft.')
AM_P2 = ('Battaini-Dragoni erklärte: „Ich begrüße die Ratifizierung der Lanzarote-Konvention durch Armenien. Die Konvention '
         'ist ein einzigartiges Instrument zur Verhütung und Bekämpfung eines der schrecklichsten Verbrechen, das leider in '
         'unserer Gesellschaft noch immer allzu häufig ist.“')
AM_P3 = ('Die Lanzarote-Konvention wurde mittlerweile mit Ausnahme Irlands von allen Mitgliedsstaaten des Europarates sowie '
         'von Tunesien ratifiziert. Laut Christel de Craim, Vorsitzende des Lanzarote-Ausschusses, der die Umsetzung der '
         'Konvention überwacht, „sorgt die Lanzarote-Konvention für einen entscheidenden Unterschied, wenn es darum geht, '
         'Regierungen in ganz Europa und darüber hinaus bei ihrer gemeinsamen Arbeit zur Bekämpfung von sexueller Ausbeutung '
         'und sexuellem Missbrauch von Kindern zu unterstützen. Irland ist das letzte fehlende Puzzleteil in Europa.“')
AM_P4 = ('Eins von fünf Kindern unter 18 Jahren ist in Europa Opfer sexueller Gewalt. Die Lanzarote-Konvention verpflichtet '
         'die Staaten dazu, alle Arten von Sexualstraftaten an Kindern unter Strafe zu stellen, auch im Internet, die Opfer '
         'zu schützen und die Täter zu verfolgen. Die Staaten sind unter anderem auch dazu aufgefordert, sicherzustellen, dass '
         'die Verjährungsfrist für die Einleitung von Verfahren, die Sexualstraftaten an Kindern betreffen, ausreichend lang '
         'ist, um die Einleitung von Verfahren zu ermöglichen, wenn das Opfer die Volljährigkeit erreicht hat.')

add(id="ho176-coe-2020-armenien-ratifiziert-lanzarote",
    title=None,
    url="https://coe.int/de/web/portal/-/armenia-completes-ratification-of-lanzarote-convention?p_l_back_url=%2Fde%2Fweb%2F"
        "portal%2Fnewsroom%3Fdelta%3D100%26start%3D18",
    retrieved="same address (news item of 2020; no headline in the stored copy (rules 18, 32); complete as stored; the spelling 'Lanzarote Konvention' without "
              "hyphen in the first paragraph kept as published)",
    license=COE,
    paras=[AM_P1, AM_P2, AM_P3, AM_P4],
    quotes=[("„Lanzarote Konvention“", None),
            (AM_P2[AM_P2.index('„'):], BATTAINI),
            (AM_P3[AM_P3.index('„'):], "Christel de Craim")],
    aliases={BATTAINI: ["Gabriella Battaini-Dragoni", "Battaini-Dragoni"],
             "Christel de Craim": ["Christel de Craim", "Vorsitzende des Lanzarote-Ausschusses"]})

# --- 2017: statement of the Secretary General for the European Day of Languages ---

EDL_TITLE = "Europäischer Tag der Sprachen 2017, Erklärung von Thorbjørn Jagland, Generalsekretär des Europarates"
EDL_P1 = ('„Zentrales Thema des Europäischen Tages der Sprachen sind in diesem Jahr innovative Methoden zum Erlernen und '
          'Unterrichten von Sprachen. Dies gibt uns die ideale Gelegenheit, um den außerordentlichen Wert der kulturellen '
          'Vielfielt Europas zu unterstreichen. Die europäischen Nationen sind immer dann besonders stark und erfolgreich, wenn '
          'sie aufgeschlossen sind und sich nach außen wenden, andere Lebensgewohnheiten akzeptieren und jene Menschen '
          'willkommen heißen, die einen Beitrag zu unseren Gesellschaften leisten können. Indem wir die zahlreichen Sprachen '
          'feiern, die in unseren Gemeinschaften gesprochen werden, senden wir eine starke Botschaft: Dass Europa ein von '
          'wahrer sprachlicher Vielfalt geprägter Ort ist, an dem Menschen aus allen Schichten und jeglicher Herkunft '
          'willkommen sind und die Stimme jedes Menschen gleich viel zählt. Die Förderung der Sprachen wird auf unserem '
          'Kontinent immer mehr zu einem wichtigen Instrument, nicht nur zum Schutz der Rechte nationaler Minderheiten, '
          'sondern auch zur Steigerung des gegenseitigen Verständnisses in unseren Gesellschaften durch die Betonung der Werte '
          'und des Kulturerbes, die den Ländern Europas gemeinsam sind. Hunderte von Veranstaltungen wurden anlässlich dieses '
          'Tages von Schulen, Universitäten und Kulturinstituten organisiert. Ich möchte allen Teilnehmenden meine besten '
          'Wünsche übermitteln.“')

add(id="ho176-coe-2017-09-26-jagland-tag-der-sprachen",
    title=EDL_TITLE,
    url="https://www.coe.int/de/web/portal/-/european-day-of-languages-2017-statement-from-council-of-europe-secretary-"
        "general-thorbj-rn-jagland",
    retrieved="same address (statement of 26 September 2017; the link word 'Zurück' before the heading and the two "
              "image-caption lines 'Thorbjørn Jagland' dropped (rule 93); the footer line 'Generalsekretär Straßburg 26. "
              "September 2017' and the page's French buttons ('Diminuer la taille du texte', 'Augmenter la taille du "
              "texte', 'Imprimer la page') dropped; the trailing space after the closing mark dropped; the misspelling "
              "'Vielfielt' kept as published)",
    license=COE,
    paras=[EDL_P1],
    quotes=[(EDL_P1, JAGLAND)],
    aliases={JAGLAND: ["Thorbjørn Jagland", "Generalsekretär des Europarates"]})
