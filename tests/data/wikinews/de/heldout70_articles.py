# Seventieth held-out German real-news set (tests/data/heldout70-de.jsonl), annotated by hand for whosaid (rules:
# ANNOTATION.md, rules 1-183, the rules of the later sets, and the new rules of this set, 510-511). None of these pages is
# in any tests/data/*.jsonl (checked by URL against every source/url field and every address named in the modules and
# SOURCES.md files of tests/data, by speaker names and by a distinctive phrase against the texts of all sets). The
# annotation was finished and committed before whosaid was run on any of these texts. Fields as in articles.py.
# Sources: see ANNOTATION.md, section "Seventieth held-out set": issues of the newsletter "EU-Aktuell – Die EU in
# Deutschland" of the European Commission's Representation in Germany (ec.europa.eu/newsroom, licence EU). Stored copies
# are excerpts cut after about 2,000 characters; only complete paragraphs are kept (rules 15, 17), and each retrieval note
# names what was dropped. Swiss federal releases (admin.ch) were looked for and not used: the only stored statement of the
# admin.ch terms (quoted in a kleinreport.ch item of 2009) requires prior written consent for any reproduction.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import EU  # noqa: E402
from spans import cut  # noqa: E402

ARTICLES = []


def add(**a):
    ARTICLES.append(a)


NL70 = "https://ec.europa.eu/newsroom/representations/newsletter-archives/"
NL70_NOTE = ("stored issue of the Representation's newsletter 'EU-Aktuell – Die EU in Deutschland'; the e-mail line 'Falls "
             "Sie diese E-Mail nicht lesen können, klicken Sie hier um zur Online-Version zu gelangen.' and 'European "
             "Commission Logo' dropped as furniture, the newsletter's name and subtitle 'EU-AKTUELL' / 'DIE EU IN "
             "DEUTSCHLAND' are the first lines and the section name 'Nachrichten' a line of its own (rules 18, 19, 100); "
             "each item keeps its headline line and its text as published; the links 'mehr' / 'More' and the empty "
             "separator lines dropped (rule 19)")
VDL = "Ursula von der Leyen"

# --- 43626: earthquake in Turkey and Syria (February 2023) ---

ERD_P2 = ("Kommissionspräsidentin von der Leyen erklärte: „Wir alle sind von den verheerenden Auswirkungen der Erdbeben in "
          "der Türkei und in Syrien diese Woche erschüttert. Am wichtigsten ist es nun, rund um die Uhr zu arbeiten, um so "
          "viele Menschen wie möglich zu retten, da immer noch zahlreiche Menschen unter dem Schutt eingeschlossen sind. Zu "
          "diesem Zweck wurde das Katastrophenschutzverfahren der EU sofort aktiviert, und inzwischen wurden 31 Teams für "
          "Such- und Rettungseinsätze und fünf medizinische Teams aus 23 Ländern entsandt. Aber wir richten bereits jetzt "
          "eine Botschaft an die Bevölkerung in der Türkei und in Syrien: Die EU wird ihre Gemeinschaften unterstützen. "
          "Denn niemand darf allein gelassen werden, wenn eine Tragödie wie diese ein Volk trifft.“")

add(id="ho70-eucom-nl-2023-02-erdbeben-geberkonferenz",
    title="EU-AKTUELL",
    url=NL70 + "43626",
    retrieved="same address (" + NL70_NOTE + "; issue of February 2023; the second item 'Neue Abgasnorm Euro-7: Saubere "
              "Luft und erschwingliche Autos', whose text is cut off in the stored copy ('… Die Vertretung der E'), "
              "dropped with its headline (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "Nach Erdbeben in der Türkei und Syrien: Kommission und Schweden kündigen Geberkonferenz an, Lenarčič heute in "
           "Gaziantep",
           "EU-Kommissionspräsidentin Ursula von der Leyen und der schwedische Ministerpräsident Ulf Kristersson haben eine "
           "Geberkonferenz angekündigt, um nach den schweren Erdbeben in der Türkei und Syrien Hilfsmittel für die Menschen "
           "vor Ort zu mobilisieren. In Abstimmung mit den türkischen Behörden wird die Konferenz im März in Brüssel "
           "ausgerichtet. Heute reist Janez Lenarčič, EU-Kommissar für Krisenmanagement, in die betroffene Region. Eine "
           "Aufzeichnung seiner Pressekonferenz in Gaziantep gibt es hier.",
           ERD_P2],
    quotes=[(cut(ERD_P2, "„Wir alle", "Volk trifft.“"), VDL)],
    aliases={VDL: [VDL, "EU-Kommissionspräsidentin Ursula von der Leyen", "Kommissionspräsidentin von der Leyen",
                   "von der Leyen"]})

# --- 35179: after the European Council, Belarus border (October 2021) ---

BEL_P = ("Beim Treffen der Staats- und Regierungschefs Ende vergangener Woche stand neben einer Diskussion über die "
         "steigenden Energiepreise, die Rechtsstaatlichkeit und die Lage in Afghanistan das Thema Migration im Zentrum der "
         "Debatte. Kommissionspräsidentin Ursula von der Leyen zeigte sich besorgt über die Lage an den Grenzen zu Belarus. "
         "„Wir ordnen das Verhalten der weißrussischen Regierung als hybriden Angriff ein. Menschenleben dürfen nicht zu "
         "politischen Zwecken missbraucht werden. Wir werden den Druck auf das Lukaschenko-Regime aufrechterhalten“, so "
         "die Kommissionspräsidentin in der abschließenden Pressekonferenz. Die Kommission werde die Mitgliedstaaten auch "
         "weiterhin beim wirksamen Schutz der EU-Außengrenzen unterstützen.")

add(id="ho70-eucom-nl-2021-10-belarus-ukraine",
    title="EU-AKTUELL",
    url=NL70 + "35179",
    retrieved="same address (" + NL70_NOTE + "; issue of October 2021; the third item, of which the stored copy keeps "
              "only the beginning of its headline ('Kommission dehnt EU-Umwe'), dropped (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "Nach EU-Gipfel: Kommissionspräsidentin von der Leyen zeigt sich besorgt über Lage an Grenze zu Belarus",
           BEL_P,
           "EU hilft Ukraine mit 600 Mio. Euro Makrofinanzhilfe bei Bewältigung von COVID-19-Pandemie",
           "Die Europäische Kommission hat heute (Montag) 600 Mio. Euro als EU-Makrofinanzhilfe an die Ukraine ausgezahlt. "
           "Für die Ukraine ist dies die zweite und letzte Tranche aus ihrem laufenden Makrofinanzhilfeprogramm, nachdem im "
           "Dezember 2020 die ersten 600 Mio. Euro ausgezahlt worden waren. Damit hat die Ukraine im Rahmen mehrerer "
           "Makrofinanzhilfeprogramme inzwischen Darlehen im Gesamtumfang von 4,4 Mrd. Euro erhalten. Die heutige Zahlung "
           "ist Bestandteil des 3 Mrd. Euro schweren Soforthilfepakets für zehn Erweiterungs- und Nachbarschaftspartner, "
           "die durch Makrofinanzhilfe bei der Bewältigung der wirtschaftlichen Folgen der COVID-19-Pandemie unterstützt "
           "werden sollen. Das Programm zeigt ganz konkret, dass die EU ihren Partnern solidarisch zur Seite steht, um die "
           "wirtschaftlichen Folgen der COVID-19-Pandemie zu überwinden."],
    quotes=[(cut(BEL_P, "„Wir ordnen", "aufrechterhalten“"), VDL)],
    aliases={VDL: [VDL, "Kommissionspräsidentin Ursula von der Leyen", "Kommissionspräsidentin von der Leyen",
                   "von der Leyen", "die Kommissionspräsidentin"]})

# --- 17931: Juncker on the attack in Halle (October 2019) ---

JUNCKER = "Jean-Claude Juncker"
HALLE_P = ("„Ich bin schockiert über die Nachricht von dem mörderischen Anschlag in Halle, am Jom Kippur, dem heiligsten Tag "
           "des jüdischen Jahres“, sagte Kommissionspräsident Jean-Claude Juncker gestern (Mittwoch) nach dem Anschlag in "
           "Halle. „Meine Gedanken und Gebete sind bei den Familien und Freunden der Opfer und der jüdischen Gemeinschaft "
           "in Deutschland und Europa, die in den letzten Jahren immer wieder Ziel antisemitischer Angriffe wurde. Der "
           "zunehmende Antisemitismus muss alle Europäerinnen und Europäer zum Handeln aufrufen. Wir stehen an diesem Tag "
           "in Solidarität mit der jüdischen Gemeinschaft.“")

add(id="ho70-eucom-nl-2019-10-juncker-halle",
    title="EU-AKTUELL",
    url=NL70 + "17931",
    retrieved="same address (" + NL70_NOTE + "; issue of 10 October 2019; the second item 'EU ruft Türkei auf, "
              "Militäraktion in Nordostsyrien einzustellen', whose text is cut off in the stored copy inside Juncker's "
              "quotation ('… Eine nachhaltige Lösung des syrischen Konflikts kann nur du'), dropped with its headline and "
              "its unclosed quotation (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "Juncker zum Anschlag in Halle: „Zunehmender Antisemitismus muss alle Europäer zum Handeln aufrufen“",
           HALLE_P],
    quotes=[("„Zunehmender Antisemitismus muss alle Europäer zum Handeln aufrufen“", JUNCKER),
            (cut(HALLE_P, "„Ich bin schockiert", "Jahres“"), JUNCKER),
            (cut(HALLE_P, "„Meine Gedanken", "Gemeinschaft.“"), JUNCKER)],
    aliases={JUNCKER: [JUNCKER, "Kommissionspräsident Jean-Claude Juncker", "Juncker"]})

# --- 15882: Oettinger on the EU budget 2021-2027 (June 2019) ---

OETT = "Günther Oettinger"
OETT_P = ("Vor dem Treffen des Europäischen Rates am 20. und 21. Juni appelliert die Europäische Kommission an die Staats- "
          "und Regierungschefs, die Verhandlungen über den nächsten langfristigen EU-Haushalt 2021-2027 energisch "
          "voranzutreiben, damit bis zum Herbst eine Einigung erzielt werden kann. „Am dringendsten müssen wir uns auf den "
          "Gesamtrahmen verständigen, und zwar möglichst rasch im Interesse der Studierenden, Landwirte und Forscher, die "
          "wie noch viele andere auf EU-Mittel zählen“, sagte Haushaltskommissar Günther Oettinger heute (Donnerstag) in "
          "Brüssel. Die Kommission zieht in einer heute veröffentlichten Mitteilung über das bisher Erreichte Bilanz und "
          "zeigt die wichtigsten ungeklärten Fragen auf, die es zu lösen gilt, damit der Weg für eine Einigung rasch "
          "geebnet wird.")

add(id="ho70-eucom-nl-2019-06-oettinger-haushalt",
    title="EU-AKTUELL",
    url=NL70 + "15882",
    retrieved="same address (" + NL70_NOTE + "; issue of June 2019; the third item, of which the stored copy keeps only "
              "its headline 'EU fordert Respekt für Versammlungsfreiheit', dropped (rule 15))",
    license=EU,
    paras=["DIE EU IN DEUTSCHLAND",
           "Nachrichten",
           "EU-Haushalt 2021-2027: Oettinger fordert die Staats- und Regierungschefs auf, sich bis Herbst zu einigen",
           OETT_P,
           "Nur jeder zehnte Deutsche liest Datenschutzerklärungen vollständig durch",
           "80 Prozent der Deutschen haben von den neuen europäischen Datenschutzvorschriften gehört, aber nicht immer "
           "machen die Menschen ausreichend von ihren Rechten Gebrauch. So liest sich nur jeder zehnte Deutsche die "
           "Datenschutzerklärungen vollständig durch, EU-weit sind es 13 Prozent. Das geht aus einem heute (Donnerstag) "
           "veröffentlichten Eurobarometer hervor, das die Kommission anlässlich des ersten Jahres der Anwendung der "
           "EU-Datenschutz-Grundverordnung (DSGVO) veröffentlicht hat. Die Kommission startet ab sofort eine "
           "Sensibilisierungskampagne, mit der die Bürger ermutigt werden sollen, Datenschutzerklärungen durchzulesen und "
           "ihre Datenschutzeinstellungen so zu optimieren, dass sie nur noch solche personenbezogenen Daten mitteilen, zu "
           "deren Preisgabe sie bereit sind."],
    quotes=[(cut(OETT_P, "„Am dringendsten", "zählen“"), OETT)],
    aliases={OETT: [OETT, "Haushaltskommissar Günther Oettinger", "Oettinger"]})
