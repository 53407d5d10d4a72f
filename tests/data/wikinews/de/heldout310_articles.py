# Three-hundred-and-tenth held-out German real-news set (tests/data/heldout310-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 1900-1904). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by URL slug, headline or first words and two
# distinctive phrases of each text with grep -rlF against every annotation module, SOURCES file and jsonl file of
# /work/main/tests/data and /work/wt-*/tests/data). The annotation was finished and committed before whosaid was run on any
# of these texts. Fields as in articles.py.
# Sources: see SOURCES.md, section "Three-hundred-and-tenth held-out set": seven netzpolitik.org texts of 2015-2025 (the
# World Day against Cyber Censorship, 2015; the SMS notices of the Berlin cell-site query system, 2021; the Linke
# parliamentary group's dissolution, 2023; two texts on the UN Cybercrime Convention, January and March 2024; the tag page
# "rags" on the "Chatkontrolle light"; the Brandenburg data protection authority on payment cards for refugees, 2025, read on
# a proxy mirror of netzpolitik.org) (licence NP). Stored copies are the `search` tool's `pages` excerpts, cut after about
# 2,000 characters; only complete paragraphs are kept (rule 15, a dangling subheading before the cut is dropped with it),
# the stored date line is dropped (rule 14), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import NP  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


ADB = "Anke Domscheit-Berg"
EFF = "Electronic Frontier Foundation"
HARTGE = "Dagmar Hartge"
FDP_GRUENE = "FDP und Grüne"

# --- netzpolitik.org, March 2015: World Day against Cyber Censorship ---

WT_P2 = ("Reporter ohne Grenzen zählt die Länder, in denen die zuvor blockierten Seiten zugänglich gemacht wurden, wegen "
         "ihrer scharfen Zensur zu den Feinden des Internets. Mit ihrer Great Firewall schottet etwa die Regierung in "
         "Peking das Internet für Chinas Bürger ab, neben zahlreichen Webseiten sind auch Facebook, Twitter und zunehmend "
         "VPNs blockiert. 29 Journalisten und 72 Blogger sind inhaftiert. Im Iran, wo derzeit 17 Journalisten sowie 28 "
         "Onlineaktivisten und Bürgerjournalisten hinter Gitter sitzen, arbeitet die Regierung seit Jahren an einem "
         "„halalen“, vollständig staatlich kontrollierten Internet. Dort sollen mehrere Millionen Webseiten blockiert "
         "sein.")

add(id="ho310-np-2015-03-welttag-gegen-internetzensur",
    title="Welttag gegen Internetzensur",
    url="https://netzpolitik.org/2015/welttag-gegen-internetzensur-2",
    retrieved="same address (stored page of March 2015, complete; the comment counter '1 Ergänzungen' and the notice "
              "'Dieser Artikel ist älter als ein Jahr, daher sind die Ergänzungen geschlossen.' dropped (rule 14); a second "
              "stored copy of the same article under '?replytocom=1744669' shows the same text)",
    license=NP,
    paras=["Heute ist Welttag gegen Internetzensur. Aus diesem Anlass hat Reporter ohne Grenzen neun in elf Ländern "
           "gesperrte Webseiten gespiegelt und damit wieder zugänglich gemacht. Darunter befinden sich unter anderem Seiten "
           "aus Russland, China, Bahrain und Vietnam.",
           WT_P2,
           "Klar, neun Webseiten sind ein symbolischer Anfang. Doch, wenn auch etwas versteckt, findet sich eine Anleitung, "
           "wie man selbst Seiten spiegeln kann, um mehr Inhalte wieder zugänglich zu machen."],
    quotes=[("„halalen“", None)],
    aliases={})

# --- netzpolitik.org, 2021: the first SMS notices of the Berlin cell-site query transparency system ---

FTS_P1 = ("„Ihre Handynummer und Vorratsdaten sind bei der Polizei gelandet“ – diese Information haben gestern einige "
          "Menschen per SMS bekommen, weil sie in der Vergangenheit in eine Funkzellenabfrage geraten sind. Das Land Berlin "
          "hat erstmals solche Benachrichtigungen per SMS verschickt. Damit gibt es endlich konkrete Ergebnisse der "
          "jahrelangen Auseinandersetzungen.")

add(id="ho310-np-2021-fts-berlin-sms-funkzellenabfragen",
    title=None,
    url="https://netzpolitik.org/2021/transparenz-system-berlin-informiert-per-sms-ueber-funkzellenabfragen/",
    retrieved="same address (stored page of 2021; the stored copy begins with the first paragraph and shows no headline, so "
              "the text has no title line (rules 18, 32); the heading 'Sieben Jahre Streit' kept as its own line; the "
              "paragraph beginning '„I', cut off in the stored copy after two characters, dropped (rule 15))",
    license=NP,
    paras=[FTS_P1,
           "Bei einer Funkzellenabfrage fragen Polizei und Justiz bei Mobilfunkbetreibern nach allen Handys, die sich in "
           "einem bestimmten Zeitraum in einem bestimmten Gebiet aufgehalten haben. Die Anbieter geben den "
           "Ermittlungsbehörden Datensätze mit zehn- oder hunderttausenden Verbindungsdaten, die diese dann rastern und "
           "durchsuchen, um Verdächtige zu finden.",
           "Sieben Jahre Streit",
           "Vor zehn Jahren wurde diese Handy-Rasterfahndung durch Fälle in Dresden und Berlin einer breiten Öffentlichkeit "
           "bekannt. Der damalige Berliner Datenschutzbeauftragte bezeichnete die Funkzellenabfrage als Routinemaßnahme, "
           "die regelmäßig Gesetze verletzt. Schwere Straftaten, Ultima Ratio, Verhältnismäßigkeit, Prüfpflichten, "
           "Löschbestimmungen, Protokollierung – viele der rechtlichen Vorgaben vor und während der Maßnahme wurden nicht "
           "eingehalten.",
           "Darüber hinaus müssen Betroffene von Überwachungsmaßnahmen darüber informiert werden. Das fordert das Gesetz, "
           "trotzdem wurde diese Benachrichtigungspflicht politisch bekämpft. Polizei, Staatsanwaltschaften und "
           "konservative Politiker erfanden jede Menge Ausreden, warum die Benachrichtigung nicht notwendig oder möglich "
           "sei. Datenschutzbehörden protestierten heftig: Die Benachrichtigung ist nicht optional und sehr wohl möglich, "
           "zum Beispiel per SMS.",
           "In Berlin hat das Abgeordnetenhaus 2014 beschlossen, ein System zur Benachrichtigung per SMS einzuführen. Vier "
           "Jahre später ging das Funkzellenabfragen-Transparenz-System an den Start und ermöglichte, sich für eine "
           "Benachrichtigung zu registrieren. Jetzt, nochmal drei Jahre später, wurden die ersten Betroffenen informiert."],
    quotes=[("„Ihre Handynummer und Vorratsdaten sind bei der Polizei gelandet“", None)],
    aliases={})

# --- netzpolitik.org, December 2023: the Linke parliamentary group is dissolved ---

LI_P4 = ("Aufgeben ist aber für die Abgeordneten keine Option: „Mir liegt besonders viel daran, dass man uns nicht "
         "abschreibt, denn wir sind zwar keine Fraktion mehr, aber immer noch da“, schreibt Anke-Domscheit-Berg. Sie war "
         "bisher die digitalpolitische Sprecherin der aufgelösten Fraktion. „Wir werden uns weiter den Allerwertesten "
         "aufreißen, als einzige linke Opposition im Bundestag“, kündigt sie an.")

add(id="ho310-np-2023-12-linke-netzpolitik-im-bundestag",
    title=None,
    url="https://netzpolitik.org/2023/linke-netzpolitik-im-bundestag-wir-sind-immer-noch-da/",
    retrieved="same address (stored page of December 2023; the stored date line ' date 2023-12' dropped (rule 14); the "
              "stored copy begins with the teaser and shows no headline, so the text has no title line (rules 18, 32); the "
              "paragraph 'Um einen Teil der Rechte wiederzuerlangen … die direkt bei', cut off in the stored copy, dropped "
              "with the heading 'Weitermachen als Gruppe' before it (rule 15))",
    license=NP,
    paras=["Die Fraktion der Linken im Bundestag ist Geschichte, doch die Arbeit geht weiter. Anke Domscheit-Berg erklärt, "
           "was die linken Abgeordneten jetzt vorhaben und wie es mit der netzpolitischen Agenda weitergeht.",
           "Die Fraktion der Linken im Bundestag ist seit heute aufgelöst. Die Abgeordneten der Partei bleiben, zunächst "
           "als fraktionslose Parlamentarier:innen. Das wird vieles ändern, auch für netzpolitische Oppositionspolitik. "
           "Denn mit dem Fraktionsstatus fallen auch viele Rechte für die Abgeordneten der Linken weg.",
           "Kurz vor Auflösung der Fraktion wurde deshalb in der letzten Woche noch über viele Anträge der früheren "
           "Fraktion abgestimmt: etwa über ein Ende von Netzsperren, den Verzicht auf Privatadressen im Impressum oder für "
           "das Recht auf Offline-Zugang zu allen wichtigen Dienstleistungen des Staates. Alle wurden abgelehnt. Jetzt wird "
           "es noch schwieriger als bisher, linke Digitalpolitik auf die Agenda des Parlaments zu hieven.",
           LI_P4],
    quotes=[("„Mir liegt besonders viel daran, dass man uns nicht abschreibt, denn wir sind zwar keine Fraktion mehr, aber "
             "immer noch da“", ADB),
            ("„Wir werden uns weiter den Allerwertesten aufreißen, als einzige linke Opposition im Bundestag“", ADB)],
    aliases={ADB: ["Anke Domscheit-Berg", "Anke-Domscheit-Berg", "digitalpolitische Sprecherin der aufgelösten Fraktion"]})

# --- netzpolitik.org, January 2024: podcast excerpt on the UN Cybercrime Convention ---

UC_P3 = ("Der Podcast „Dicke Bretter“ von Constanze Kurz, Elisa Lindinger und Elina Eickstädt erscheint alle zwei Monate "
         "beim Chaosradio. Es geht darin anhand von Beispielen um die Entstehung von Gesetzen, Richtlinien oder Konventionen "
         "bei digitalen Themen sowie um die Institutionen, Akteure und Organisationen, die daran mitwirken.")
UC_P4 = ("In Zusammenarbeit mit dem Chaosradio des Chaos Computer Clubs erscheint bei netzpolitik.org ein Auszug aus der "
         "aktuellen Ausgabe von „Dicke Bretter“: ein Gespräch zwischen Elina Eickstädt, Tanja Fachathaler und Constanze "
         "Kurz über das Entstehen von UN-Konventionen, über die Definition von Cyberkriminalität und darüber, bei welchen "
         "inhaltlichen Forderungen die Alarmglocken schrillen.")

add(id="ho310-np-2024-01-un-cybercrime-convention-podcast",
    title=None,
    url="https://netzpolitik.org/2024/un-cybercrime-convention-der-vertrag-soll-einen-umfassenden-zugang-zu-daten-schaffen/",
    retrieved="same address (stored page of January 2024; the stored date line ' date 2024-01' dropped (rule 14); the "
              "stored copy begins with the first paragraph and shows neither headline nor teaser, so the text has no title "
              "line (rules 18, 32); the paragraph 'Tanja Fachathaler hat Rechts- und Lateinamerikawissenschaften … Tanja "
              "engagiert s', cut off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Seit März 2022 verhandeln die Vereinten Nationen eine Konvention zur Bekämpfung von Cyberkriminalität: die "
           "Cybercrime Convention. Eigentlich sollte sie Anfang 2024 fertig sein. Doch es gibt eine Reihe von inhaltlichen "
           "Streitpunkten und auch Forderungen nach weitgehenden Überwachungsmaßnahmen, die auf den Widerstand jener "
           "stoßen, die sich für Menschenrechte einsetzen. Sie befürchten, dass der völkerrechtliche Vertrag, anstatt "
           "Cyberkriminalität zu bekämpfen, einen neuen breiten Zugang zu Daten schaffen soll.",
           "Tanja Fachathaler engagiert sich als Teil der Zivilgesellschaft für epicenter.works bei den UN-Verhandlungen. "
           "Sie erklärt im Podcast-Gespräch, welche problematischen Aspekte der aktuelle Stand der Verhandlungen des "
           "Übereinkommens enthält.",
           UC_P3, UC_P4],
    quotes=[("„Dicke Bretter“", None, 0),
            ("„Dicke Bretter“", None, 1)],
    aliases={})

# --- netzpolitik.org, March 2024: the UN Cybercrime Convention stalls ---

UK_P3 = ("Einige NGOs nehmen an den Beratungen teil, sie können sich auch mit kurzen Statements zu Wort melden. Sie "
         "befürchten, dass der völkerrechtliche Vertrag einen sehr breiten Zugang zu Daten schaffen wird, der mit der "
         "Bekämpfung von Cyberkriminalität kaum noch in Verbindung steht. Die Electronic Frontier Foundation warnte schon "
         "früh, dass die Vorschläge das Risiko bergen würden, „das Strafrecht auf der ganzen Welt umzuschreiben“. Besonders "
         "die vorgesehenen weitgehenden Überwachungsmaßnahmen stoßen bei Menschenrechtlern auf Widerstand.")

add(id="ho310-np-2024-03-un-konvention-cyberkriminalitaet-ohne-resultat",
    title=None,
    url="https://netzpolitik.org/2024/un-konvention-zur-cyberkriminalitaet-hart-umkaempft-ohne-resultat/",
    retrieved="same address (stored page of March 2024; the stored date line ' date 2024-03' dropped (rule 14); the stored "
              "copy begins with the first paragraph and shows neither headline nor teaser, so the text has no title line "
              "(rules 18, 32); the heading 'Kritische Punkte' and the interviewer's question line 'netzpolitik.org: …' kept "
              "as their own lines; the answer 'Tanja Fachathaler: Es wurden gleich zu Beginn … also „Überwachungsmaßna', cut "
              "off in the stored copy, dropped (rule 15))",
    license=NP,
    paras=["Seit 2022 verhandeln die Vereinten Nationen zu einer Konvention zur Bekämpfung von Cyberkriminalität. Anfang "
           "2024 sollte diese Cybercrime Convention eigentlich stehen. Aber die UN-Mitgliedsstaaten konnten sich in der "
           "abschließenden Sitzung im Februar und März nicht einigen.",
           "Der Grund für das Stocken der Verhandlungen sind die vielen Streitpunkte, die in der Kürze der Zeit nicht "
           "ausgeräumt werden konnten. Die Delegationen beschlossen deshalb, weiter zu verhandeln.",
           UK_P3,
           "Tanja Fachathaler beantwortete unsere Fragen. Sie ist Policy Advisor bei epicenter.works. Der Verein nahm als "
           "zivilgesellschaftliche Organisation an den Verhandlungen teil.",
           "Kritische Punkte",
           "netzpolitik.org: Die Mitgliedsstaaten der Vereinten Nationen haben sich Ende Januar vorerst nicht auf die "
           "geplante UN-Konvention gegen Cyberkriminalität verständigt. Welche Artikel waren die kritischen Punkte in den "
           "Verhandlungen?"],
    quotes=[("„das Strafrecht auf der ganzen Welt umzuschreiben“", EFF)],
    aliases={EFF: ["Electronic Frontier Foundation"]})

# --- netzpolitik.org, tag page "rags": the "Chatkontrolle light" ---

RAGS_P1 = ("Innenministerin Faeser möchte weiterhin unverschlüsselte Chats und E-Mails durchleuchten. FDP und Grüne "
           "kritisieren diese „Chatkontrolle light“. Eigentlich wollte sich die Bundesregierung längst geeinigt haben. Doch "
           "die Ampel streitet weiter, während das Innenministerium in Brüssel verhandelt.")

add(id="ho310-np-tag-rags-chatkontrolle-light",
    title=None,
    url="https://netzpolitik.org/tag/rags/",
    retrieved="same address (stored tag page; the stored copy holds only the teaser of the one article filed under the tag, "
              "without headline, date or author, so the text is that single paragraph (rules 18, 32))",
    license=NP,
    paras=[RAGS_P1],
    quotes=[("„Chatkontrolle light“", FDP_GRUENE)],
    aliases={FDP_GRUENE: ["FDP und Grüne"]})

# --- netzpolitik.org, 2025: payment cards for refugees and the Brandenburg data protection authority ---

BZ_P4 = ("In ihrem Tätigkeitsbericht für das Jahr 2024 wird deutlich: Begeistert ist die brandenburgische "
         "Landesdatenschützerin Dagmar Hartge von der Idee nicht. Ihre Behörde hält eine solche Liste und „die damit "
         "verbundene Verarbeitung personenbezogener Daten für die Leistungserbringung nicht für erforderlich und damit für "
         "unzulässig“.")

add(id="ho310-np-2025-bezahlkarten-ueberweisungsfreigaben-datenschutz",
    title=None,
    url="https://i6e65747a706f6c6974696bo6f7267z.oszar.com/2025/bezahlkarten-ueberweisungsfreigaben-sind-ein-datenschutzproblem",
    retrieved="stored copy at a proxy mirror of netzpolitik.org (the host name 'i6e65747a706f6c6974696bo6f7267z.oszar.com' "
              "spells netzpolitik.org in hexadecimal; the path is that of "
              "https://netzpolitik.org/2025/bezahlkarten-ueberweisungsfreigaben-sind-ein-datenschutzproblem), article of 2025; "
              "the stored copy begins with the first paragraph and shows no headline, so the text has no title line (rules "
              "18, 32); the paragraph 'Einer der datenschutzrechtlichen Kritikpunkte: … die etwas über Weltan', cut off in "
              "the stored copy, dropped with the heading 'Die Behörde geht das alles nichts an' before it (rule 15)",
    license=NP,
    paras=["Im brandenburgischen Märkisch-Oderland gibt es sie bereits seit einem Jahr, Potsdam will sie nicht, andere "
           "Landkreise wie Oder-Spree und Oberspreewald-Lausitz haben kürzlich mit der Ausgabe begonnen: die Bezahlkarte für "
           "Geflüchtete. Seit Ende 2023 die Ministerpräsident:innen sich darauf einigten, das restriktive Zahlungsmittel "
           "einzuführen, gibt es Kritik.",
           "Die Bezahlkarten sind keine gewöhnlichen Girocards oder Kreditkarten, mit denen sich frei haushalten lässt. "
           "Vielerorts sind etwa Bargeldabhebungen auf 50 Euro pro Monat begrenzt, Überweisungen sind in der Regel nicht "
           "erlaubt. Das schränkt die Teilhabe am gesellschaftlichen Leben massiv ein und erschwert den Betroffenen, ihr "
           "Existenzminimum zu sichern.",
           "Für die Überweisungsproblematik setzen daher Länder wie Bayern auf eine Freischalt-Lösung: Die "
           "Bezahlkarten-Nutzer:innen können beantragen, dass Überweisungen an ihren Sportverein, die Deutsche Bahn oder "
           "auch die eigene Anwältin auf eine Erlaubnis-Liste kommen. Offenbar hat sich auch das Innenministerium in "
           "Brandenburg mit diesem Ausweg beschäftigt und deshalb die Landesdatenschutzbeauftragte nach ihrer Einschätzung "
           "gefragt.",
           BZ_P4],
    quotes=[("„die damit verbundene Verarbeitung personenbezogener Daten für die Leistungserbringung nicht für erforderlich "
             "und damit für unzulässig“", HARTGE)],
    aliases={HARTGE: ["Dagmar Hartge", "Landesdatenschützerin", "Landesdatenschutzbeauftragte", "Ihre Behörde"]})
