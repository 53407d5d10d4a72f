# Five-hundred-and-twenty-fourth held-out German real-news set (tests/data/heldout524-de.jsonl), annotated by hand for whosaid
# (rules: ANNOTATION.md, rules 1-183, the rules of the later sets and the new rules of this set, 2950-2951). None of these
# pages is in any tests/data/*.jsonl or in another helper's worktree (checked by presseportal newsroom and release number or
# portal address, two or more distinctive phrases and the speakers' names of each text with grep -rlF against every
# annotation module, SOURCES file and jsonl file of /work/main/tests/data and /work/wt-*/tests/data). The annotation was
# finished and committed before whosaid was run on any of these texts; no extractor and no code of the project was run on
# them. Fields as in articles.py.
# Sources: see SOURCES.md, section "Five-hundred-and-twenty-fourth held-out set": eight press releases of three German retail
# companies sent over the ots service of news aktuell, none of whose releases an earlier set used: four of Kaufland (the
# "Kauf-eins-mehr" campaign for the Tafeln, May 2020, in Kaufland's newsroom on presseportal.de, licence OTS_FIRMEN; the
# donation of 250,000 euros to the Tafeln, December 2020, and the sustainable textiles with Johannes Mahrholdt, January 2020,
# both shown by finanznachrichten.de; the 10,000 blankets from old staff clothing for the ASB, April 2018, as reposted by the
# site smartphone-blog.de), one of dm-drogerie markt (the GIVING FRIDAY of November 2017, finanznachrichten.de) and three of
# PENNY (the online donation campaign for the Tafeln, April 2020, on aktiencheck.de; the "PENNY Förderkorb" in seven cities,
# 2016, on pressekat.de; the competition "Bestes Junior Unternehmen 2019", June 2019, on finanznachrichten.de). The reposts are
# licensed as OTS_FIRMEN_REPOST, the blog repost as OTS_FIRMEN_REPOST_SITE (new, see licences.py). No text of a federal or
# Land government was found that is not already in an earlier set or that has a stored reuse statement (see SOURCES.md, what
# was searched). Stored copies are the `search` tool's `pages` excerpts, cut after about 2,000 characters; only complete
# paragraphs are kept (rules 15, 17), the newsroom, portal and wire furniture is dropped and the portals' line layouts undone
# (rules 660, 1372, 2690, 2691, 2695, 2770, 2950), and each retrieval note names what was dropped.
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from licences import OTS_FIRMEN, OTS_FIRMEN_REPOST, OTS_FIRMEN_REPOST_SITE  # noqa: E402

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


KOCHANSKI = "Lavinia Kochanski"
BRUEHL = "Jochen Brühl"
BEESE = "Inke Maleen Beese"
MAHRHOLDT = "Johannes Mahrholdt"
WERNER = "Christoph Werner"
ROSY = "KindOfRosy"
MAGEL = "Stefan Magel"

# --- Kaufland (presseportal.de, newsroom 111476), May 2020: the "Kauf-eins-mehr" campaign for the Tafeln ---

KE_T = "\"Die Tafeln brauchen unsere Unterstützung jetzt mehr denn je\""
KE_SUB = "Bundesweite Hilfsaktion \"Kauf-eins-mehr\" bei Kaufland"
KE_DL = "Neckarsulm (ots)"
KE_P1 = ("Die Corona-Pandemie stellt die Tafeln vor größte Herausforderungen. Kaufland startet deshalb eine Hilfsaktion und "
         "ruft seine Kunden dazu auf, während ihres Einkaufs an die Tafeln zu spenden. Die Aktion trägt dazu bei, weiterhin "
         "Lebensmittelspenden an ca. 1,65 Mio. bedürftige Menschen, die die Tafeln erreicht, zu gewährleisten. Die "
         "Abwicklung und Übergabe der Spenden an die Tafeln übernimmt das Unternehmen.")
KE_H1 = "Die Hilfsaktion"
KE_P2 = ("Um die Verbreitung des Coronavirus einzudämmen, muss vor allem die sonst sehr kontaktintensive Arbeit der Tafeln so "
         "kontaktarm wie nur möglich gestaltet werden. Viele der ca. 2.000 Lebensmittelausgabestellen mussten deshalb "
         "vorübergehend schließen. Die 1,65 Mio. bedürftigen Menschen, die über die Tafeln erreicht werden, benötigen die "
         "Lebensmittelspenden jetzt jedoch genauso dringend wie sonst auch. \"Zu den Tafeln kommen in diesen Tagen "
         "zusätzlich viele Menschen, die ihren Job verloren haben oder in Kurzarbeit und oftmals verzweifelt sind. Auch ihnen "
         "wollen wir helfen. Dafür brauchen wir Unterstützung\", sagt Jochen Brühl, Vorsitzender der Tafel Deutschland e.V.. "
         "Die benötigte Unterstützung sichert Kaufland der Tafel zu. \"Die Tafeln brauchen unsere Unterstützung jetzt mehr "
         "denn je\", sagt Lavinia Kochanski, Leiterin CSR bei Kaufland. \"Deshalb starten wir die bundesweite "
         "\"Kauf-eins-mehr-Aktion\", bei der wir auch unsere Kunden mit ins Boot holen\", so Kochanski weiter.")

add(id="ho524-ots-kaufland-2020-05-kochanski-kauf-eins-mehr",
    title=KE_T,
    url="https://www.presseportal.de/pm/111476/4600719",
    retrieved="same address (Kaufland's release in its newsroom 111476 on presseportal.de, May 2020 by the crawl date prefix, "
              "the campaign running from 28 May to 10 June 2020; the crawl date prefix ' date 2020-05' and the newsroom "
              "label 'Kaufland' above the headline dropped (rules 63, 2690, 2770); headline, subtitle, the dateline line "
              "'Neckarsulm (ots)' and the subheading 'Die Hilfsaktion' kept as lines of their own as stored (rules 13, "
              "2690); the paragraph 'Vom 28. Mai bis zum 10. Juni 2020 werden die Kunden … \"Wir liefern schon seit vielen "
              "Jahren deutschlandweit Lebens', cut off in the stored copy inside a quotation, dropped with it (rule 15); "
              "the published 'Tafel Deutschland e.V..' with two full stops and 'die die Tafeln erreicht' kept (rule 20))",
    license=OTS_FIRMEN,
    paras=[KE_SUB, KE_DL, KE_P1, KE_H1, KE_P2],
    # the headline repeats word for word the quotation the body gives with `sagt Lavinia Kochanski`, and gets her (rules
    # 26, 49; the two identical spans by occurrence index); the campaign's name in the subtitle is null (rules 24, 2692);
    # the quotation before `sagt Jochen Brühl, Vorsitzender der Tafel Deutschland e.V..` is the Tafel chairman's, although
    # the release is Kaufland's (rule 2693); Kochanski's second quotation, before `so Kochanski weiter`, holds the campaign's
    # name in an inner pair of the same ASCII marks and is one span (rules 835, 2733: the mark before `Kauf` follows a
    # space inside her sentence, the one after `Aktion` is followed by the comma of the relative clause that goes on to
    # `holen`, so the pair is nested, and no quotation of hers ends after `bundesweite`); the role phrases name the Tafel
    # and Kaufland and are no aliases (rule 33)
    quotes=[(KE_T, KOCHANSKI, 0),
            ("\"Kauf-eins-mehr\"", None),
            (cut(KE_P2, "\"Zu den Tafeln", "Unterstützung\""), BRUEHL),
            (KE_T, KOCHANSKI, 1),
            (cut(KE_P2, "\"Deshalb starten", "Boot holen\""), KOCHANSKI)],
    aliases={KOCHANSKI: ["Lavinia Kochanski", "Kochanski"], BRUEHL: ["Jochen Brühl"]})

# --- Kaufland (ots, shown by finanznachrichten.de), December 2020: 250,000 euros for the Tafeln ---

ZT_P1 = ("Neckarsulm (ots) - Pünktlich zur Weihnachtszeit unterstützt Kaufland die Tafeln mit einer Spende von 250.000 Euro, "
         "damit die Organisation auch während der derzeitigen Situation ihre Arbeit aufrechterhalten kann. Die Spende hilft "
         "den Tafeln überall in Deutschland. Sie ermöglicht beispielsweise die Anschaffung von dringend benötigter "
         "Hygiene-Ausstattung wie etwa Luftreinigern, die Aerosole und Viren aus der Luft filtern und so ein sicheres "
         "Arbeiten in den oft engen Tafel-Räumlichkeiten ermöglichen.")
ZT_P2 = ("Corona fordert auch Hilfsorganisationen heraus: Um die Verbreitung des Coronavirus einzudämmen, müssen die Tafeln "
         "ihre Arbeit umstellen, um Ehrenamtliche und Tafel-Kunden bestmöglich zu schützen. Die über 1,6 Mio. "
         "armutsbetroffenen Menschen, die über die Tafeln erreicht werden, benötigen die Lebensmittelspenden jetzt jedoch "
         "genauso dringend wie sonst auch. \"Zusammenhalt ist aktuell wichtiger denn je. Zu unserem Versprechen, "
         "Verantwortung für unsere Mitmenschen zu übernehmen, stehen wir auch in Zeiten wie diesen\", sagt Lavinia "
         "Kochanski, Leiterin Nachhaltigkeit.")
ZT_P3 = ("\"Wir freuen uns sehr über die großartige Unterstützung von Kaufland. Mit dieser können wir unsere Arbeit "
         "aufrechterhalten und denen Lebensmittel geben, die besonders von der Krise betroffen sind. Um Ehrenamtliche, "
         "Kundinnen und Kunden zu schützen, haben die Tafeln neue Ausgabemodelle entwickelt. Das funktioniert nur mit der "
         "entsprechenden Ausstattung, für die sie dringend Geld benötigen\", sagt Jochen Brühl, Vorsitzender der Tafel "
         "Deutschland.")

add(id="ho524-ots-kaufland-2020-12-kochanski-bruehl-250000-euro",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2020-12/51410024-zusammenhalt-auch-in-schwierigen-zeiten-250-000-euro-"
        "fuer-die-tafeln-007.htm",
    retrieved="same address (Kaufland's release of December 2020 'Zusammenhalt auch in schwierigen Zeiten: 250.000 Euro für "
              "die Tafeln' (title by the address only), sent over ots ('Neckarsulm (ots) -') and shown by "
              "finanznachrichten.de; the crawl date prefix ' date 2020-12' dropped (rule 63); no headline in the copy, the "
              "paragraph with its dateline is the first line (rules 32, 660, 2770); the copy runs its paragraphs together "
              "without space, and the breaks are restored at the joins ('ermöglichen.Corona', 'Nachhaltigkeit.\"Wir'), no "
              "character added (rules 2691, 2950); the paragraph 'Bereits seit Jahren stellen die Kaufland-Märkte … und "
              "ans', cut off in the stored copy, dropped with the campaign name in marks it holds (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=[ZT_P1, ZT_P2, ZT_P3],
    # the quotation before `sagt Lavinia Kochanski, Leiterin Nachhaltigkeit` is hers (rule 3), the paragraph opened by a
    # quotation before `sagt Jochen Brühl, Vorsitzender der Tafel Deutschland` is the Tafel chairman's (rules 3, 2693);
    # the narrator's colon sentence `Corona fordert auch Hilfsorganisationen heraus:` has no marks (rule 5); the role
    # phrases are no aliases (rule 33)
    quotes=[(cut(ZT_P2, "\"Zusammenhalt", "diesen\""), KOCHANSKI),
            (cut(ZT_P3, "\"Wir freuen", "benötigen\""), BRUEHL)],
    aliases={KOCHANSKI: ["Lavinia Kochanski"], BRUEHL: ["Jochen Brühl"]})

# --- Kaufland (ots, reposted by smartphone-blog.de), 25 April 2018: 10,000 blankets for people in need ---

DE_T = "Kaufland spendet 10.000 Decken für Menschen in Not"
DE_DL = "Heilbronn (ots) –"
DE_P1 = ("Kaufland lebt Verantwortung – auch bei der Mitarbeiterkleidung. Derzeit stattet das Unternehmen alle rund 130.000 "
         "Filial-Mitarbeiter in Deutschland und sechs weiteren Ländern mit neuer, qualitativ hochwertiger Arbeitskleidung "
         "aus. Die ausgediente Mitarbeiterkleidung wird jedoch nicht einfach entsorgt. Ganz im Gegenteil: Mit Unterstützung "
         "der GreenCycle GmbH, dem Ver- und Entsorgungsunternehmen der Schwarz Gruppe, hat Kaufland ein Konzept entwickelt, "
         "um die alte Arbeitskleidung zu recyceln. Entstanden sind wärmespendende Decken, die heute von Kaufland an das "
         "Bündnis Aktion Deutschland Hilft überreicht wurden. Die Decken werden von der Mitgliedsorganisation "
         "Arbeiter-Samariter-Bund für deren Projektarbeit verwendet.")
DE_H1 = "Verantwortung leben – Wärme spenden"
DE_P2 = ("Als weltweit größter Abnehmer von Fairtrade-Baumwolle für Mitarbeiterkleidung setzt Kaufland den Gedanken der "
         "Nachhaltigkeit im Beschaffungsprozess konsequent um. „Das Thema Nachhaltigkeit liegt uns sehr am Herzen und ist "
         "vor allem in Bezug auf Umwelt- und Sozialstandards in der Lieferkette von enormer Bedeutung“, sagt Lavinia "
         "Kochanski, Leiterin CSR bei Kaufland. „Durch die Spende der Decken an eine gemeinnützige Organisation übernehmen "
         "wir auch am Ende des Produktlebenszyklus Verantwortung für Mensch und Umwelt.“ Insgesamt werden 10.000 Decken an "
         "den ASB abgegeben, der diese für verschiedene Projekte verwendet. Der ASB freut sich über die großzügige Spende, "
         "die er als Mitglied von Aktion Deutschland Hilft von Kaufland erhalten hat. „Die Decken werden in vielen Projekten "
         "Menschen in Not Wärme spenden“, sagt Inke Maleen Beese vom ASB.")

add(id="ho524-ots-kaufland-2018-04-kochanski-beese-decken",
    title=DE_T,
    url="https://smartphone-blog.de/news/10005-kaufland-spendet-10-000-decken-fuer-menschen-in-not.html",
    retrieved="same address (Kaufland's release of 25 April 2018 on 10,000 blankets made from old staff clothing for the ASB, "
              "sent over ots and reposted in full by the site smartphone-blog.de with the wire's dateline; the date and the "
              "wording are corroborated by Kaufland's own copy of the release in the stored copies "
              "(unternehmen.kaufland.de/presse/pressemitteilungen/pressemitteilungen-detail.y=2018.m=4.n=deckenspende.html, "
              "'Heilbronn, 25. April 2018', same headline and sentences); the sender told by the dateline and the release's "
              "own voice (rule 2951); headline, the dateline line 'Heilbronn (ots) –' with the repost's dash and the "
              "subheading kept as lines of their own as stored (rules 13, 20, 2951); the repost runs the release's last two "
              "paragraphs together, kept so (the copy used decides, rule 2770); the company profile 'Über Kaufland:' and "
              "its paragraph, cut off in the stored copy ('… Obst und Gemüse, Molk'), dropped (rule 15))",
    license=OTS_FIRMEN_REPOST_SITE,
    paras=[DE_DL, DE_P1, DE_H1, DE_P2],
    # the quotation before `sagt Lavinia Kochanski, Leiterin CSR bei Kaufland` is hers (rule 3), and the cue-less quotation
    # after her cue sentence continues her (NOTES.md continuation); the last quotation follows a narrator's sentence with
    # the ASB as subject (`Der ASB freut sich über die großzügige Spende, …`), but its own cue names a person of the ASB,
    # and the cue decides (rules 3, 2693); `vom ASB` and the role phrase naming Kaufland are no aliases (rule 33); the
    # GreenCycle GmbH, Aktion Deutschland Hilft and the ASB as a body say nothing in marks
    quotes=[(cut(DE_P2, "„Das Thema", "Bedeutung“"), KOCHANSKI),
            (cut(DE_P2, "„Durch die Spende", "Umwelt.“"), KOCHANSKI),
            (cut(DE_P2, "„Die Decken", "spenden“"), BEESE)],
    aliases={KOCHANSKI: ["Lavinia Kochanski"], BEESE: ["Inke Maleen Beese"]})

# --- Kaufland (ots, shown by finanznachrichten.de), January 2020: sustainable textiles ---

NK_P1 = ("Neckarsulm (ots) - Der Lebensmittelhändler Kaufland setzt sich für die Gestaltung nachhaltiger Lieferketten von "
         "Textilien ein. Vom Anbau der Rohstoffe über den Einsatz umweltverträglicher Substanzen bei der Verarbeitung bis "
         "zur Einhaltung hoher sozialer Standards werden alle Bereiche mit in die Prozessgestaltung einbezogen. \"Das schafft "
         "man nur, wenn alle Beteiligten auf Augenhöhe zusammenarbeiten\", sagt Johannes Mahrholdt, Geschäftsführer Einkauf "
         "Non Food bei Kaufland.")
NK_H1 = "Rundum nachhaltiges Sortiment"
NK_P2 = ("Eine gerade herausgebrachte, nachhaltig gestaltete Sportkollektion aus recyceltem Kunststoff und die Zertifizierung "
         "sämtlicher Eigenmarken-Baumwollartikel nach dem Öko-GOTS-Standard (Global Organic Textile Standard) sowie dem "
         "neuen nachhaltigen Textilsiegel \"Der Grüne Knopf\" machen das umfassend nachhaltige Textilsortiment bei Kaufland "
         "aus. Besonders viel Wert wird auf Transparenz und Fairness gelegt. \"Deshalb haben wir in unseren "
         "Produktionsländern eigene Mitarbeiter vor Ort, die täglich zu den Lieferanten rausfahren. Und auch ich bin "
         "regelmäßig dort, um mir ein Bild machen zu können und die Bedingungen und die Menschen kennenzulernen. So findet "
         "ein viel besserer Wissensaustausch statt und wir können sichergehen, dass die Bedingungen wirklich eingehalten "
         "werden\", so Mahrholdt.")

add(id="ho524-ots-kaufland-2020-01-mahrholdt-nachhaltige-textilien",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2020-01/48576022-verantwortung-ist-anziehend-nachhaltige-kleidung-bei-"
        "kaufland-007.htm",
    retrieved="same address (Kaufland's release of January 2020 'Verantwortung ist anziehend: Nachhaltige Kleidung bei "
              "Kaufland' (title by the address only), ahead of a dialogue event on 15 January 2020, sent over ots "
              "('Neckarsulm (ots) -') and shown by finanznachrichten.de; the crawl date prefix ' date 2020-01' dropped (rule "
              "63); no headline in the copy, the paragraph with its dateline is the first line (rules 32, 660, 2770); the "
              "copy runs paragraphs and subheadings together without space, and the breaks are restored at the joins "
              "('Kaufland.Rundum', 'SortimentEine', 'Mahrholdt.Dialogveranstaltung'), no character added (rule 2691); the "
              "subheading 'Dialogveranstaltung zu \"Verantwortungsvollem Handeln im Handel\" in Berlin' and the paragraph "
              "after it ('Bereits im vergangenen Jahr … unter dem Titel \"Verantwo'), cut off in the stored copy, dropped "
              "with the names in marks they hold (rule 15))",
    license=OTS_FIRMEN_REPOST,
    paras=[NK_P1, NK_H1, NK_P2],
    # the quotation before `sagt Johannes Mahrholdt, Geschäftsführer Einkauf Non Food bei Kaufland` is his (rule 3), and so
    # is the quotation before `so Mahrholdt` (rule 30), whose opening `Deshalb` takes up the narrator's sentence before it
    # and does not make the narrator its speaker (rule 50); the textile seal's name in marks is null (rules 2, 24); the role
    # phrase names Kaufland and is no alias (rule 33)
    quotes=[(cut(NK_P1, "\"Das schafft", "zusammenarbeiten\""), MAHRHOLDT),
            ("\"Der Grüne Knopf\"", None),
            (cut(NK_P2, "\"Deshalb haben", "werden\""), MAHRHOLDT)],
    aliases={MAHRHOLDT: ["Johannes Mahrholdt", "Mahrholdt"]})

# --- dm-drogerie markt (ots, shown by finanznachrichten.de), November 2017: the GIVING FRIDAY ---

GF_DL = "Karlsruhe (ots) -"
GF_P1 = ("Am Freitag, 24. November, war bei dm GIVING FRIDAY. Fünf Prozent des Tagesumsatzes, insgesamt 1.422.739,85 Euro, "
         "spendet dm-drogerie markt an verschiedene gemeinnützige Bildungsprojekte für Kinder und Jugendliche in ganz "
         "Deutschland. So erhalten Initiativen, wie beispielsweise das SOS-Kinderdorf Ammersee-Lech, der Karlsruher "
         "Kindertisch e.V. oder die Aktion Kinderparadies e.V. in Hamburg, Gelder, um Bildungsprojekte zu realisieren. "
         "Weitere Informationen, auch zu den Spendenempfängern und Projekten in Ihrer Region, finden Sie unter "
         "www.dm.de/givingfriday.")
GF_P2 = ("\"Das war ein ganz besonderer Tag für uns. Wir freuen uns sehr über die vielen Kunden, die mit Ihrem Einkauf online "
         "auf dm.de und in unseren dm-Märkten diese Spendenaktion möglich gemacht haben. Viele verschiedene gemeinnützige "
         "Projekte können dadurch gefördert werden. Wir wollten mit dem GIVING FRIDAY ganz bewusst eine andere Richtung "
         "einschlagen und sind überwältigt, wie positiv unsere Kunden dies angenommen haben\", sagt Christoph Werner, als "
         "dm-Geschäftsführer verantwortlich für das Ressort Marketing + Beschaffung.")
GF_H1 = "Besonderes Highlight: Die Black Box der Lieblingsstars"
GF_P3 = ("Gemeinsam mit den Influencern MRS BELLA, xLaeta, Nihan, Maren Wolf und KindOfRosy hat sich dm für diesen Tag noch "
         "etwas ganz Besonderes ausgedacht: Die Internet-Stars haben ihre Lieblingsprodukte von dm in jeweils eine Black Box "
         "gepackt. Die limitierten Sonderboxen waren am GIVING FRIDAY sowohl in den dm-Märkten als auch im Onlineshop dm.de "
         "ein heißbegehrtes Produkt. \"Ich finde es klasse, dass die Aktion für einen wohltätigen Zweck ist. Da hat es gleich "
         "doppelt so viel Spaß gemacht, die Produkte auszusuchen\", berichtet KindOfRosy.")

add(id="ho524-ots-dm-2017-11-werner-giving-friday",
    title=GF_DL,
    url="http://www.finanznachrichten.de/nachrichten-2017-11/42332192-givingisthenewblack-dm-bietet-eine-alternative-zur-"
        "rabattschlacht-und-spendet-mit-dem-givingfriday-rund-1-4-millionen-euro-fuer-die-bildung-von-kinder-007.htm",
    retrieved="same address (release of dm-drogerie markt of late November 2017 on its GIVING FRIDAY of 24 November, sent "
              "over ots ('Karlsruhe (ots) -') and shown by finanznachrichten.de; the sender told by the dateline and the "
              "release's own voice, its managing director quoted; the crawl date prefix ' date 2017-11' dropped (rule 63); "
              "no headline in the copy, which gives the dateline as a line of its own: that line is the first line, no "
              "headline supplied (rules 32, 660, as the '(ots) -' line of the 496th set's Telekom release); the ots service "
              "line '- Querverweis: Bildmaterial wird über obs versandt und ist abrufbar unter http://www.presseportal.de/"
              "bilder -' dropped (rule 2690); the runs of empty lines between paragraphs are paragraph breaks; the "
              "subheading kept as a line of its own; the company profile 'Zu dm-drogerie markt' and its paragraph, cut off "
              "in the stored copy ('Sich in der Gesellschaft einzub'), dropped (rule 15); the published 'mit Ihrem "
              "Einkauf' kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[GF_P1, GF_P2, GF_H1, GF_P3],
    # the quotation before `sagt Christoph Werner, als dm-Geschäftsführer verantwortlich für …` is his (rule 3); the
    # quotation before `berichtet KindOfRosy` is the influencer's, under the name the release gives her (rules 3, 7, 35),
    # one of five influencers listed in the same paragraph, of whom the others say nothing; `dm-Geschäftsführer` names the
    # company and is no alias (rule 33); the action's name GIVING FRIDAY stands without marks and has no span (rule 5)
    quotes=[(cut(GF_P2, "\"Das war", "angenommen haben\""), WERNER),
            (cut(GF_P3, "\"Ich finde", "auszusuchen\""), ROSY)],
    aliases={WERNER: ["Christoph Werner"], ROSY: ["KindOfRosy"]})

# --- PENNY (ots, shown by aktiencheck.de), 16 April 2020: online donation vouchers for the Tafeln ---

PT_P1 = ("Köln (ots) - Die Corona-Krise wirkt sich massiv auf das Hilfsnetzwerk der Tafeln aus. Beinahe jede zweite Tafel ist "
         "derzeit aus Gründen der Pandemie-Bekämpfung geschlossen. Viele weitere lokale Tafeln haben das Angebot an "
         "Unterstützung verringern müssen. PENNY unterstützt die Tafeln bereits seit 2007 und hilft nun auch während der "
         "Pandemie: Ab heute (16.4.) können Kunden sieben Tage lang online ( "
         "https://www.penny-kartenwelt.de/tafel-spendenaktion/tafel-spendengutschein.html ) einfach und bequem für die "
         "Tafeln spenden. Dazu kaufen sie unter dem Menü-Punkt \"Tafel-Spendenaktion\" einen Gutschein im nominellen Wert von "
         "zehn Euro. Berechnet werden den Kunden für diesen Gutschein aber lediglich fünf Euro. PENNY verdoppelt den "
         "Gutscheinwert dann auf zehn Euro. Die zehn-Euro-Geschenkgutscheine werden dann elektronisch an Tafel Deutschland "
         "e.V. in Berlin übermittelt. Die Dachorganisation verteilt dann die Gutscheine an lokale Tafeln. Technisch "
         "unterstützt epay, Martinsried, die Umsetzung der Online-Spendenaktion.")
PT_P2 = ("\"Die Tafeln unterstützen täglich mehr als 1,6 Millionen Menschen. Mit dem Ausbruch der Corona-Pandemie ist dieses "
         "Netzwerk quasi über Nacht weggefallen. Wir wollen mit unserer Online-Spendenaktion helfen, dass sich Bedürftige in "
         "diesen schwierigen Zeiten nicht auch noch Sorgen um die eigene Lebensmittelversorgung machen müssen. Wir setzen "
         "daher gezielt ein Zeichen der Solidarität. Nur mit gesellschaftlichem Zusammenhalt werden wir die Pandemie, aber "
         "auch die schweren wirtschaftlichen Folgen überstehen\", sagt Stefan Magel Bereichsvorstand der REWE Group und COO "
         "PENNY an.")

add(id="ho524-ots-penny-2020-04-magel-tafel-spendenaktion",
    title=None,
    url="http://www.aktiencheck.de/news/Artikel-PENNY_startet_bundesweite_Online_Spendenaktion_fuer_Tafeln_PENNY_verdoppelt_"
        "Spendenvolumen_Tafel_Deutschland_e_V_verteilt_Spenden-11203850",
    retrieved="same address (release of the PENNY Markt GmbH of 16 April 2020 'PENNY startet bundesweite "
              "Online-Spendenaktion für Tafeln' (title by the address only), sent over ots ('Köln (ots) -') and shown by the "
              "finance portal aktiencheck.de with its footer 'Weiteres Material: https://www.presseportal.de/pm/59659/4572535 "
              "OTS: PENNY Markt GmbH Original-Content von: PENNY Markt GmbH, übermittelt durch news aktuell', which names the "
              "sender and the release in PENNY's presseportal newsroom; the crawl date prefix ' date 2020-04' dropped (rule "
              "63); no headline in the copy, the paragraph with its dateline is the first line (rules 32, 660, 2770); the "
              "copy runs its paragraphs together without space, and the break is restored at the join "
              "('Online-Spendenaktion.\"Die'), no character added (rule 2950); the contact block run into the last paragraph "
              "('an.Für Rückfragen:PENNY-Unternehmenskommunikation, Tel.: …') and the footer dropped (rules 2690, 2770); "
              "complete as stored; the published spaces inside the bracket around the web address and 'sagt Stefan Magel "
              "Bereichsvorstand … an' kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[PT_P1, PT_P2],
    # the menu item's name in marks is null (rules 24, 40); the quotation before `sagt Stefan Magel Bereichsvorstand der
    # REWE Group und COO PENNY an` is his (rule 3), the published separable verb `sagt … an` read as the cue it stands for
    # (rule 20); the role phrase names the REWE Group and PENNY and is no alias (rule 33); the Tafel Deutschland and epay
    # say nothing
    quotes=[("\"Tafel-Spendenaktion\"", None),
            (cut(PT_P2, "\"Die Tafeln", "überstehen\""), MAGEL)],
    aliases={MAGEL: ["Stefan Magel"]})

# --- PENNY (ots, shown by pressekat.de), September 2016: the "PENNY Förderkorb" in seven cities ---

FK_P1 = join("(ots) - PENNY hat 2015 den \"PENNY Förderkorb\" ins Leben",
             "gerufen, um gezielt Organisationen der Kinder- und Jugendförderung zu",
             "unterstützen. Gestartet in Hamburg weitet PENNY das Engagement nun",
             "auf insgesamt sieben Städte im Bundesgebiet aus. In Berlin, Frankfurt",
             "am Main, Hannover, Köln, Leipzig, Mannheim und München sind sämtliche",
             "Vereine aus dem Bereich der Kinder- und Jugendförderung eingeladen,",
             "sich um einen von insgesamt vier Förderpreisen in Gesamthöhe von",
             "12.000 Euro pro Stadt zu bewerben.")
FK_P2 = join("Bis zum 16. September 2016 läuft auf der Online-Plattform",
             "(www.foerderkorb.penny.de) noch die Bewerbungsfrist für die Vereine.")
FK_P3 = join("Vom 23. September bis 21. Oktober 2016 können dann alle Kunden für",
             "ihren jeweiligen Favoriten abstimmen. Aus den Vereinen mit den",
             "meisten Stimmen wählt eine achtköpfige Jury drei Sieger-Vereine pro",
             "Region aus. Zusätzlich vergibt die Jury unter allen teilnehmenden",
             "Vereinen pro Stadt auch noch einen Sonderpreis für besonderes",
             "Engagement in Höhe von 3.000 Euro.")
FK_P4 = join("\"Jeder weiß, wie wichtig Kinder- und Jugendförderung ist. Dennoch",
             "gibt es immer wieder Wunschprojekte, für die kein Geld zur Verfügung",
             "steht. Das wollen wir mit dem PENNY Förderkorb zumindest teilweise",
             "ändern. PENNY positioniert sich als der nachbarschaftliche",
             "Discounter. Mit dem Förderkorb zeigen wir, dass sich gute Nachbarn",
             "auch helfen. Ich hoffe auf eine vergleichbar rege Teilnahme wie zum",
             "Start in Hamburg\" sagt Stefan Magel, Bereichsvorstand Discount",
             "National/COO PENNY.")
FK_P5 = join("PENNY erzielte 2015 allein in Deutschland mit rund 2.150 Filialen",
             "und 26.000 Mitarbeitern einen Umsatz von über sieben Milliarden Euro.")
FK_P6 = join("Im Ausland erwirtschaftete PENNY mit 1.360 Filialen und 18.000",
             "Mitarbeitern einen Umsatz von über vier Milliarden Euro.")

add(id="ho524-ots-penny-2016-09-magel-foerderkorb",
    title=None,
    url="https://pressekat.de/pressinfo1384326-penny-f-rderkorb-f-rderpreis-f-r-kinder-und-jugendarbeit-in-sieben-st-dten-"
        "vereine-k-nnen-sich-um-f-rdergelder-im-gesamtwert-von-84-000-euro-bewerben.html",
    retrieved="same address (release of PENNY of September 2016, before the application deadline of 16 September, 'PENNY "
              "Förderkorb: Förderpreis für Kinder- und Jugendarbeit in sieben Städten …' (title by the address only), sent "
              "over ots and reposted unchanged by the press-release portal pressekat.de, whose stored copy begins with the "
              "wire's '(ots) -' without the place, run into the first line of the text; that paragraph is the first line, "
              "no headline supplied (rules 32, 660); the sender told by the release's own voice and its contact block "
              "'PENNY-Unternehmenskommunikation'; the hard-wrapped copy shows no empty lines: lines joined with one space, "
              "a paragraph ending at a line that closes a sentence outside marks (rules 1372, 2695), so that the company "
              "profile falls into two short paragraphs; the contact block 'Für Rückfragen: PENNY-Unternehmenskommunikation, "
              "Tel.: …, E-Mail: presse(at)rewe-group.com' dropped (rule 2770); complete as stored; the published closing "
              "mark followed by ' sagt' without a comma kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[FK_P1, FK_P2, FK_P3, FK_P4, FK_P5, FK_P6],
    # the programme's name in marks is null (rules 24, 2692), and its repetitions without marks, also inside Magel's
    # quotation, carry no span of their own (rule 5); the quotation before `sagt Stefan Magel, Bereichsvorstand Discount
    # National/COO PENNY` is his, the missing comma after the closing mark notwithstanding (rules 3, 20); the role phrase
    # names PENNY and is no alias (rule 33); the jury, the clubs and the customers say nothing
    quotes=[("\"PENNY Förderkorb\"", None),
            (cut(FK_P4, "\"Jeder weiß", "Hamburg\""), MAGEL)],
    aliases={MAGEL: ["Stefan Magel"]})

# --- PENNY (ots, shown by finanznachrichten.de), June 2019: premium sponsor of "Bestes Junior Unternehmen 2019" ---

JU_P1 = ("Köln (ots) - Erstmals unterstützt PENNY als Premiumförderer den Bundeswettbewerb \"Bestes Junior Unternehmen 2019\" "
         "der IW JUNIOR. Am Donnerstag (13.6.) treten die 15 Finalisten im Bundesministerium für Wirtschaft und Energie in "
         "Berlin an, um als Hauptpreis die Teilnahme am Europawettbewerb zu gewinnen. Vom 3. bis 5. Juli wird dann unter 35 "
         "Schülerunternehmen der Europameister gekürt. Darüber hinaus bietet PENNY im Rahmen der Kooperation mit IW JUNIOR "
         "Schülern die Möglichkeit beim \"Innovation Camp\" und dem Aktionstag \"Leaders for a day\" Einblicke in die "
         "Arbeitsthemen bei PENNY zu erhalten, mitzugestalten und dabei Wirtschaft hautnah zu erleben.")
JU_P2 = ("Stefan Magel, Bereichsvorstand Handel Deutschland und COO PENNY dazu: \"Alle Projekte haben eine beeindruckende "
         "Qualität, das wird keine leichte Entscheidung für die Jury. Man sieht, mit wie viel Engagement und Sachverstand die "
         "Unternehmer von Morgen ihre Ideen vorantreiben. Umso mehr freue ich mich, dass wir den Teilnehmern während des "
         "Innovation Camps im Mai dieses Jahres in der Kölner Zentrale PENNY näherbringen konnten. Ich glaube, dass einige "
         "Teilnehmer die Dynamik und die Perspektiven des Discounts unterschätzt haben.\"")
JU_P3 = ("PENNY erzielte 2018 allein in Deutschland mit rund 2.180 Filialen und mehr als 28.000 Mitarbeitern einen Umsatz "
         "von 7,6 Milliarden Euro.")

add(id="ho524-ots-penny-2019-06-magel-bestes-junior-unternehmen",
    title=None,
    url="https://www.finanznachrichten.de/nachrichten-2019-06/46922920-penny-ist-premium-foerderer-des-bundeswettbewerbs-"
        "beste-junior-unternehmen-2019-jury-mitglied-stefan-magel-alle-15-kandidaten-sind-bereits-gewinn-007.htm",
    retrieved="same address (release of PENNY of June 2019, before the final on Thursday 13 June, 'PENNY ist "
              "Premium-Förderer des Bundeswettbewerbs …' (title by the address only), sent over ots ('Köln (ots) -') and "
              "shown by finanznachrichten.de with the ots footer 'OTS: PENNY Markt GmbH newsroom: "
              "http://www.presseportal.de/nr/59659 …', which names the sender; no headline in the copy, the paragraph with "
              "its dateline is the first line (rules 32, 660, 2770); the runs of empty lines between paragraphs are "
              "paragraph breaks; the ots footer and the contact block 'Pressekontakt: Für Rückfragen: "
              "PENNY-Unternehmenskommunikation, …' dropped (rules 2690, 2770); complete as stored; the published 'Schülern "
              "die Möglichkeit beim' without a comma and 'Unternehmer von Morgen' kept (rule 20))",
    license=OTS_FIRMEN_REPOST,
    paras=[JU_P1, JU_P2, JU_P3],
    # the competition's name, the camp's name and the action day's name in marks are null (rules 24, 2692), and the camp's
    # name without marks inside Magel's quotation has no span of its own (rule 5); the quotation after the verbless label
    # `Stefan Magel, Bereichsvorstand Handel Deutschland und COO PENNY dazu:` is his (rules 9, 54); the role phrase names
    # PENNY and is no alias (rule 33); the IW JUNIOR, the federal ministry where the final is held, the jury and the
    # finalists say nothing
    quotes=[("\"Bestes Junior Unternehmen 2019\"", None),
            ("\"Innovation Camp\"", None),
            ("\"Leaders for a day\"", None),
            (cut(JU_P2, "\"Alle Projekte", "unterschätzt haben.\""), MAGEL)],
    aliases={MAGEL: ["Stefan Magel"]})
